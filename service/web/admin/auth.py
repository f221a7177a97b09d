"""Signing in and out: Flask-Login sessions bound to the password, throttled by the database."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Flask, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from service import accounts, logins
from service.db import db, utcnow
from service.models import User
from service.web.admin import bp
from service.web.admin.common import form, settings

login_manager = LoginManager()
SESSION_LIFETIME = timedelta(days=14)
PUBLIC_ENDPOINTS = frozenset({"admin.login"})
# Checked when the address is unknown, so a miss takes as long as a wrong password.
_DECOY_HASH = generate_password_hash("afterview-decoy-password")


class SignedIn:
    """The Flask-Login view of an account; its id changes when the password does."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, user: User) -> None:
        self.user = user

    @property
    def is_active(self) -> bool:
        return self.user.is_active

    def get_id(self) -> str:
        return f"{self.user.id}:{session_fingerprint(self.user)}"


def session_fingerprint(user: User) -> str:
    """Tie a session to the password it was opened with: changing it ends other sessions."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, user.password_hash.encode(), hashlib.sha256).hexdigest()[:32]


def init_app(app: Flask) -> None:
    """Bind Flask-Login: a stale or disabled session is sent back to the sign-in page."""
    app.config.setdefault("PERMANENT_SESSION_LIFETIME", SESSION_LIFETIME)
    login_manager.init_app(app)
    login_manager.login_view = "admin.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.login_message_category = "info"
    # Flask-Login's "strong" protection ends the session when the client's address or
    # browser changes, which phones on mobile networks do all the time.
    login_manager.session_protection = "basic"

    login_manager.user_loader(load_session)


def load_session(session_id: str) -> SignedIn | None:
    """Return the signed-in account, or None when it is gone, disabled or re-passworded."""
    user_id, _, fingerprint = session_id.partition(":")
    if not user_id.isdigit() or len(user_id) > 18:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_active:
        return None
    if not hmac.compare_digest(fingerprint, session_fingerprint(user)):
        return None
    return SignedIn(user)


@bp.before_request
def _require_sign_in() -> Response | None:
    if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
        return None
    result: Response = login_manager.unauthorized()
    return result


def _safe_next(target: str | None) -> str:
    """Follow `next` only to a path on this site, never to another host."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("admin.dashboard")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return url_for("admin.dashboard")
    return target


def _client_address() -> str:
    return (request.remote_addr or "unknown")[:64]


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    """Show the sign-in form; check the password; throttle repeated failures."""
    next_url = _safe_next(request.values.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url)
    if request.method == "GET":
        return render_template("login.html", next_url=next_url, email="")
    email = form("email").strip().lower()[:320]
    password = form("password")
    limit = logins.RateLimit.parse(settings().login_rate_limit)
    address = _client_address()
    now = utcnow()
    wait = logins.retry_after(db.session(), limit, email=email, address=address, now=now)
    if wait is not None:
        minutes = max(1, round(wait.total_seconds() / 60))
        error = f"Too many failed sign-ins. Try again in {minutes} minute{'s' * (minutes != 1)}."
        page = render_template("login.html", next_url=next_url, email=email, error=error)
        return page, 429, {"Retry-After": str(int(wait.total_seconds()) + 1)}  # type: ignore[return-value]
    user = accounts.find_user_by_email(db.session(), email) if email else None
    if user is None:
        check_password_hash(_DECOY_HASH, password)
    if user is None or not accounts.verify_password(user, password):
        logins.record_failure(db.session(), limit, email=email, address=address, now=now)
        db.session.commit()
        error = "That email address and password do not match an active account."
        return render_template("login.html", next_url=next_url, email=email, error=error), 401
    logins.forget_failures(db.session(), email=email)
    db.session.commit()
    session.clear()  # a fresh session (and CSRF token) for the signed-in visitor
    session.permanent = True
    login_user(SignedIn(user))
    return redirect(next_url)


@bp.post("/logout")
def logout() -> Response:
    """End the session everywhere it is stored (the cookie is cleared)."""
    logout_user()
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("admin.login"))


def sign_in_again(user: User) -> None:
    """Keep this browser signed in after its password changed (other sessions end)."""
    session.permanent = True
    login_user(SignedIn(user))
