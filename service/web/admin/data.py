"""The Account page: take your data out, see and revoke API tokens, delete the account."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, session, url_for
from flask_login import logout_user
from werkzeug.wrappers import Response

from service import accounts
from service.accounts import data as account_data
from service.accounts.addresses import inbound_address
from service.platform.db import db, utcnow
from service.platform.errors import Invalid
from service.web.admin import bp
from service.web.admin.auth import check_password_throttled
from service.web.admin.common import committed, form, invalid_page, me, server_key, settings
from service.web.api_account import export_download


def _context(**overrides: Any) -> dict[str, Any]:
    context: dict[str, Any] = {
        "tokens": account_data.list_api_tokens(db.session(), me()),
        "new_token": None,
        "errors": {},
    }
    context.update(overrides)
    return context


@bp.get("/account")
def account_page() -> str:
    """Password, downloads, API tokens and deleting the account, in one place."""
    return render_template("account.html", **_context())


@bp.get("/account/export")
def account_export() -> Response:
    """Download everything as JSON, CSV (one line per step) or an .ics calendar."""
    return export_download(me())


@bp.post("/account/tokens")
def account_token_create() -> str:
    """Issue an API token and show it on this page once; only its hash is kept."""
    token = committed(lambda: accounts.create_api_token(db.session(), me(), utcnow()))
    return render_template("account.html", **_context(new_token=token))


@bp.post("/account/tokens/<int:token_id>/revoke")
def account_token_revoke(token_id: int) -> Response:
    """Revoke one of your API tokens: anything using it is refused from now on."""
    committed(lambda: account_data.revoke_api_token(db.session(), token_id, me()))
    flash(
        f"API token {token_id} revoked. Anything still using it is refused from now on.", "success"
    )
    return redirect(url_for("admin.account_page") + "#tokens")


@bp.post("/account/delete")
def account_delete() -> Response | tuple[str, int]:
    """Delete the account and everything stored for it, once the password confirms it."""
    user = me()
    check = check_password_throttled(user.email, user, form("delete_password"))
    if check.retry_after is not None:
        errors = {"delete_password": check.refusal("wrong passwords")}
        page = render_template("account.html", **_context(errors=errors))
        return page, 429, check.retry_header()  # type: ignore[return-value]
    try:
        if not check.ok:
            raise Invalid("delete_password", "is not your password; nothing was deleted")
    except Invalid as exc:
        return invalid_page("account.html", exc, **_context())
    address = inbound_address(user, settings(), server_key())
    committed(lambda: account_data.delete_account(db.session(), user, inbound_address=address))
    logout_user()
    session.clear()
    flash("Your account and everything stored for it are deleted.", "info")
    return redirect(url_for("admin.login"))
