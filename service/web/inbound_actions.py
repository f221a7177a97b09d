"""One-click answers to an inbound confirmation mail: GET asks, POST acts, once.

Mail scanners fetch every GET, so GET only shows a page with one button. The signed
token is the credential (no login, no CSRF token): it names one message and one action.
"""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template
from werkzeug.wrappers import Response

from service.accounts import senders
from service.inbound import confirm
from service.outbox.oneclick import LinkRejected
from service.platform import urls
from service.platform.config import settings_of
from service.platform.db import db, utcnow

bp = Blueprint("inbound_actions", __name__, url_prefix="/inbound")

_WORDING = {
    "confirm": (
        "Does this look right?",
        "Yes, it looks right",
        "Thanks. Nothing else to do.",
    ),
    "fix": (
        "Fix this interview",
        "Open it to fix",
        "",
    ),
    "reject": (
        "Not an interview?",
        "It is not an interview",
        "Done. Afterview forgot what it had made of this mail.",
    ),
}
_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def _page(
    status: int, title: str, explanation: str, **extra: str
) -> tuple[str, int, dict[str, str]]:
    html = render_template("inbound/act.html", title=title, explanation=explanation, **extra)
    return html, status, _HEADERS


@bp.get("/act/<token>")
def ask(token: str) -> tuple[str, int, dict[str, str]]:
    """Show what the link would do, with one button; change nothing."""
    try:
        intent = confirm.read_link(db.session(), settings_of(current_app).secret_key, token)
    except LinkRejected as error:
        return _page(400, "This link does not work", str(error).capitalize() + ".")
    title, button, _ = _WORDING[intent.action]
    explanation = "Nothing changes until you press the button."
    return _page(200, title, explanation, button=button, subject=intent.message.subject)


@bp.post("/act/<token>")
def answer(token: str) -> Response | tuple[str, int, dict[str, str]]:
    """Spend the link and do what it says."""
    session = db.session()
    try:
        intent = confirm.act(session, settings_of(current_app).secret_key, token, utcnow())
        session.commit()
    except LinkRejected as error:
        session.rollback()
        return _page(409, "This link does not work", str(error).capitalize() + ".")
    if intent.action == "fix":
        base = settings_of(current_app).base_url
        target = (
            urls.interview(base, intent.message.interview_id)
            if intent.message.interview_id
            else urls.absolute(base, "/inbound")
        )
        return redirect(target, code=303)
    title, _, done = _WORDING[intent.action]
    return _page(200, title, done)


# --- confirming a forwarding address ---------------------------------------------------


@bp.get("/senders/confirm/<token>")
def ask_sender(token: str) -> tuple[str, int, dict[str, str]]:
    """Show which address the link confirms, with one button; change nothing."""
    try:
        pending = senders.read_link(db.session(), settings_of(current_app).secret_key, token)
    except LinkRejected as error:
        return _page(400, "This link does not work", str(error).capitalize() + ".")
    explanation = (
        f"Mail forwarded from {pending.sender.email} will reach the Afterview account that "
        "registered it. Nothing changes until you press the button."
    )
    return _page(200, "Confirm your forwarding address", explanation, button="Yes, it is mine")


@bp.post("/senders/confirm/<token>")
def confirm_sender(token: str) -> tuple[str, int, dict[str, str]]:
    """Spend the link and mark the address confirmed."""
    session = db.session()
    try:
        sender = senders.confirm(session, settings_of(current_app).secret_key, token, utcnow())
        email = sender.email
        session.commit()
    except LinkRejected as error:
        session.rollback()
        return _page(409, "This link does not work", str(error).capitalize() + ".")
    return _page(200, "Address confirmed", f"Mail forwarded from {email} is now accepted.")
