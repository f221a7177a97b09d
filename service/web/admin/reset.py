"""Forgotten password: ask for a link by mail, then choose a new password with it."""

from __future__ import annotations

import logging

from flask import current_app, flash, make_response, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from service import accounts
from service.accounts import password_reset
from service.outbox.oneclick import LinkRejected
from service.platform.db import db, utcnow
from service.platform.errors import Invalid
from service.web.admin import bp
from service.web.admin.auth import start_session
from service.web.admin.common import committed, form, invalid_page, server_key

log = logging.getLogger(__name__)
SENT = (
    "If an account uses that address, a link to choose a new password is on its way. "
    "It works once, for an hour. Nothing arrived? Check your spam folder, or ask again "
    "in a few minutes."
)


@bp.route("/password/forgot", methods=["GET", "POST"])
def forgot_password() -> Response | str | tuple[str, int]:
    """Ask for a reset link; the answer is the same whether or not the address has an account.

    Same in time too: the account is looked up and the mail queued only once the answer
    has gone out (`call_on_close`), so the work before it is alike for every address.
    """
    if request.method == "GET":
        return render_template("forgot.html", email="", errors={}, sent=False)
    email = form("email").strip()[:320]
    try:
        address = accounts.normalise_email(email)
    except Invalid as exc:
        return invalid_page("forgot.html", exc, email=email, sent=False)
    response = make_response(
        render_template("forgot.html", email=email, errors={}, sent=True, message=SENT)
    )
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    key = server_key()

    def queue_the_mail() -> None:
        with app.app_context():
            try:
                committed(
                    lambda: password_reset.request_reset(
                        db.session(), address, utcnow(), secret_key=key
                    )
                )
            except Exception:
                # The answer is out: a failure here can only be logged.
                log.exception("could not queue a password reset mail")

    response.call_on_close(queue_the_mail)
    return response


def _rejected(exc: LinkRejected) -> tuple[str, int]:
    db.session.rollback()
    return render_template("reset.html", token="", errors={}, problem=str(exc)), 410


@bp.get("/password/reset/<token>")
def reset_password(token: str) -> str | tuple[str, int]:
    """Show the new-password form for a valid link (the link is spent only on saving)."""
    try:
        password_reset.read_link(db.session(), server_key(), token)
    except LinkRejected as exc:
        return _rejected(exc)
    return render_template("reset.html", token=token, errors={}, problem="")


@bp.post("/password/reset/<token>")
def reset_password_save(token: str) -> Response | str | tuple[str, int]:
    """Set the new password, sign every other browser out, revoke the API tokens, and sign
    this one in."""
    try:
        user = committed(
            lambda: password_reset.complete_reset(
                db.session(),
                server_key(),
                token,
                form("new_password"),
                form("confirm_password"),
                utcnow(),
            )
        )
    except LinkRejected as exc:
        return _rejected(exc)
    except Invalid as exc:
        db.session.rollback()
        return invalid_page(
            "reset.html", exc, {"password": "new_password"}, token=token, problem=""
        )
    start_session(user)
    flash(
        "Your new password is set. Every other browser signed in to your account was signed out."
        " Your API tokens were revoked.",
        "success",
    )
    return redirect(url_for("admin.dashboard"))
