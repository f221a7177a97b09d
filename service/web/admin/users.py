"""Account administration: administrators create, disable and enable accounts."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from service import accounts
from service.accounts.models import User
from service.interviews.models import Interview
from service.platform.db import db, utcnow
from service.platform.errors import Invalid, NotFound
from service.web.admin import bp
from service.web.admin.common import checked, committed, form, invalid_page, me, server_key


@bp.before_request
def _admins_only() -> None:
    if request.endpoint and request.endpoint.startswith("admin.users"):
        user = me()
        if not user.is_admin:
            abort(403, "Only administrators can manage accounts.")


def _context(**overrides: Any) -> dict[str, Any]:
    counts = dict(
        db.session.execute(
            sa.select(Interview.user_id, sa.func.count()).group_by(Interview.user_id)
        ).all()
    )
    context: dict[str, Any] = {
        "users": list(db.session.scalars(sa.select(User).order_by(User.email))),
        "counts": counts,
        "values": {"email": "", "display_name": "", "timezone": "", "is_admin": False},
        "errors": {},
    }
    context.update(overrides)
    return context


@bp.get("/users")
def users_page() -> str:
    """List accounts with a form to create one."""
    return render_template("users.html", **_context())


@bp.post("/users")
def users_create() -> Response | tuple[str, int]:
    """Create an account with the password the administrator chose."""
    email, name, zone_name = form("email"), form("display_name"), form("timezone").strip()
    is_admin = checked("is_admin")
    values = {"email": email, "display_name": name, "timezone": zone_name, "is_admin": is_admin}
    try:
        created = committed(
            lambda: accounts.create_user(
                db.session(),
                email=email,
                password=form("password"),
                now=utcnow(),
                server_key=server_key(),
                timezone=zone_name or None,
                display_name=name,
                is_admin=is_admin,
            )
        )
    except Invalid as exc:
        return invalid_page("users.html", exc, **_context(values=values))
    flash(f"Created {created.email}. Give them their password in person.", "success")
    return redirect(url_for("admin.users_page"))


def _account(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(f"no account {user_id}")
    return user


@bp.post("/users/<int:user_id>/active")
def users_set_active(user_id: int) -> Response:
    """Disable an account (its sessions, feed and inbound address stop) or enable it again."""
    user = _account(user_id)
    active = form("active") == "1"
    if user.id == me().id and not active:
        raise Invalid("active", "you cannot disable your own account")

    committed(lambda: accounts.set_active(db.session(), user, active))
    flash(f"{user.email} {'enabled' if active else 'disabled'}.", "success")
    return redirect(url_for("admin.users_page"))
