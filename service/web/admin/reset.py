"""Forgotten password: ask for a link by mail, then choose a new password with it."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from service.accounts import password_reset
from service.outbox.oneclick import LinkRejected
from service.platform.db import db, utcnow
from service.platform.errors import Invalid
from service.web.admin import bp
from service.web.admin.auth import start_session
from service.web.admin.common import committed, form, invalid_page, server_key

SENT = (
    "If an account uses that address, a link to choose a new password is on its way. "
    "It works once, for an hour. Nothing arrived? Check your spam folder, or ask again "
    "in a few minutes."
)


@bp.route("/password/forgot", methods=["GET", "POST"])
def forgot_password() -> str | tuple[str, int]:
    """Ask for a reset link; the answer is the same whether or not the address has an account."""
    if request.method == "GET":
        return render_template("forgot.html", email="", errors={}, sent=False)
    email = form("email").strip()[:320]
    try:
        committed(
            lambda: password_reset.request_reset(
                db.session(), email, utcnow(), secret_key=server_key()
            )
        )
    except Invalid as exc:
        return invalid_page("forgot.html", exc, email=email, sent=False)
    return render_template("forgot.html", email=email, errors={}, sent=True, message=SENT)


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
