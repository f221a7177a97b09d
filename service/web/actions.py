"""One-click links from reminder mails: GET asks, POST acts, once.

Mail scanners and link previews fetch every GET, so GET only shows a page with one
button; the signed token is the credential, which is why POST needs no CSRF token.
"""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from service.interviews import reminders
from service.outbox.oneclick import LinkRejected
from service.platform.config import settings_of
from service.platform.db import db, utcnow
from service.platform.errors import Invalid, NotFound

bp = Blueprint("actions", __name__)

_WORDING = {
    "done": ("Mark this step done?", "Mark done", "Marked done. Nice work."),
    "snooze": ("Remind you tomorrow?", "Remind me tomorrow", "Done: you will hear again tomorrow."),
    "heard_back": (
        "Did you hear back from them?",
        "Yes, I heard back",
        "Noted. The follow-up reminder for this interview is off.",
    ),
    "timeline": (
        "Record the employer's timeline",
        "Save timeline",
        "Saved. Your follow-up now waits for their timeline.",
    ),
}


def _page(heading: str, message: str, status: int) -> tuple[str, int, dict[str, str]]:
    html = render_template("actions/result.html", heading=heading, message=message)
    # The token sits in the URL: keep the page out of caches and Referer headers.
    return html, status, {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


@bp.get("/act/<token>")
def confirm(token: str) -> tuple[str, int, dict[str, str]]:
    """Show what the link would do, with one button; change nothing."""
    payload = reminders.verify_link(settings_of(current_app).secret_key, token)
    if payload is None:
        return _page("This link does not work", "It is not valid or has expired.", 400)
    try:
        target = reminders.read_link(db.session(), payload)
    except NotFound as exc:
        return _page("This link does not work", str(exc), 404)
    heading, button, _ = _WORDING[target.action]
    interview = target.step.interview
    html = render_template(
        "actions/confirm.html",
        heading=heading,
        button=button,
        action=target.action,
        step_title=f"{interview.company} — {interview.role}",
    )
    return html, 200, {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


@bp.post("/act/<token>")
def apply(token: str) -> tuple[str, int, dict[str, str]]:
    """Spend the link and apply its action; a used, expired or forged link changes nothing."""
    session = db.session()
    try:
        target = reminders.apply_link(
            session,
            settings_of(current_app).secret_key,
            token,
            utcnow(),
            timeline=request.form.get("timeline", "")[:2000],
        )
    except LinkRejected as exc:
        session.rollback()
        status = 409 if "already used" in str(exc) else 400
        return _page("This link does not work", f"{str(exc).capitalize()}.", status)
    except NotFound as exc:
        session.rollback()
        return _page("This link does not work", str(exc), 404)
    except Invalid as exc:
        session.rollback()
        return _page("That did not work", exc.message, 422)
    session.commit()
    current_app.logger.info("one-click %s applied to step %s", target.action, target.step.id)
    return _page("Done", _WORDING[target.action][2], 200)
