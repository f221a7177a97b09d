"""Signing in and out: one server-side session per browser, sign-in throttled by the database."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta

from flask import Flask, current_app, flash, redirect, render_template, request, session, url_for
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from flask.wrappers import Request
from flask_login import LoginManager, current_user, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from service import accounts, interviews
from service.accounts import logins
from service.accounts.models import User
from service.platform.config import RateLimit
from service.platform.dates import zone_label
from service.platform.db import db, utcnow
from service.web.admin import bp
from service.web.admin.common import form, local_path, settings

login_manager = LoginManager()
PUBLIC_ENDPOINTS = frozenset(
    {"admin.login", "admin.forgot_password", "admin.reset_password", "admin.reset_password_save"}
)
# Checked when the address is unknown, so a miss takes as long as a wrong password.
_DECOY_HASH = generate_password_hash("afterview-decoy-password")


class SignedIn:
    """The Flask-Login view of one browser session: its id is the session's secret."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, user: User, token: str) -> None:
        self.user = user
        self.token = token

    @property
    def is_active(self) -> bool:
        return self.user.is_active

    def get_id(self) -> str:
        return self.token


class CookieOnlyWhenSent(SecureCookieSessionInterface):
    """Flask's signed-cookie session, without building a signer for requests that sent no cookie.

    Flask builds its signing serializer on every request; API clients, hooks and
    one-click links never carry the session cookie, so they get an empty session at
    no cost. Writing a session still signs it as before.
    """

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        if app.secret_key and not request.cookies.get(self.get_cookie_name(app)):
            return self.session_class()
        return super().open_session(app, request)


def init_app(app: Flask) -> None:
    """Bind Flask-Login: an ended, expired or disabled session goes back to the sign-in page."""
    app.session_interface = CookieOnlyWhenSent()
    login_manager.init_app(app)
    login_manager.login_view = "admin.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.login_message_category = "info"
    # Flask-Login's "strong" protection ends the session when the client's address or
    # browser changes, which phones on mobile networks do all the time.
    login_manager.session_protection = "basic"

    login_manager.user_loader(load_session)


def load_session(token: str) -> SignedIn | None:
    """Return the browser's session while its row exists, is young enough and the account active."""
    lifetime = current_app.permanent_session_lifetime
    user = accounts.find_session_user(db.session(), token, utcnow(), lifetime)
    return None if user is None else SignedIn(user, token)


@bp.before_request
def _require_sign_in() -> Response | None:
    if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
        return None
    result: Response = login_manager.unauthorized()
    return result


def _safe_next(target: str | None) -> str:
    """Follow `next` only to a path on this site, never to another host."""
    return local_path(target, url_for("admin.dashboard"))


def client_address() -> str:
    """The client's address: the proxy's `X-Forwarded-For` only when ProxyFix trusts it."""
    return (request.remote_addr or "unknown")[:64]


@dataclass(frozen=True)
class PasswordCheck:
    """The outcome of a throttled password check; `retry_after` set means it was refused."""

    ok: bool
    retry_after: timedelta | None = None
    account: bool = False  # refused by the account's slowdown, not the address's limit

    def refusal(self, what: str) -> str:
        """Say what failed too often and how long to wait."""
        assert self.retry_after is not None
        seconds = self._seconds()
        if seconds < 120:
            wait = f"{seconds} second{'s' * (seconds != 1)}"
        else:
            minutes = round(seconds / 60)
            wait = f"{minutes} minute{'s' * (minutes != 1)}"
        if self.account:
            return f"This account had too many {what}, so it is slowed down. Try again in {wait}."
        return f"Too many {what}. Try again in {wait}."

    def retry_header(self) -> dict[str, str]:
        return {"Retry-After": str(self._seconds())}

    def _seconds(self) -> int:
        assert self.retry_after is not None
        return math.ceil(self.retry_after.total_seconds())


def check_password_throttled(email: str, user: User | None, password: str) -> PasswordCheck:
    """Count the attempt, then (unless refused) check the password; never sleeps.

    Used by sign-in and by the current-password check of the password form alike.
    """
    config = settings()
    limit = RateLimit.parse(config.login_rate_limit)
    address = client_address()
    admission = logins.admit(
        db.session(),
        limit,
        email=email,
        address=address,
        now=utcnow(),
        account_delay=timedelta(seconds=config.login_account_delay),
    )
    db.session.commit()  # the count is visible to every worker before the slow check
    if admission.retry_after is not None:
        return PasswordCheck(ok=False, retry_after=admission.retry_after, account=admission.account)
    if user is None:
        check_password_hash(_DECOY_HASH, password)
    ok = user is not None and accounts.verify_password(user, password)
    if ok:
        logins.succeeded(db.session(), email=email, address=address)
    else:
        logins.forget_stale(db.session(), limit, utcnow())
    db.session.commit()
    return PasswordCheck(ok=ok)


def start_session(user: User) -> None:
    """Sign this browser in with a fresh server-side session and cookie."""
    now = utcnow()
    token = accounts.start_session(db.session(), user, now, current_app.permanent_session_lifetime)
    db.session.commit()
    session.clear()  # a fresh cookie (and CSRF token) for the signed-in browser
    session.permanent = True
    login_user(SignedIn(user, token))


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    """Show the sign-in form; check the password; throttle repeated failures."""
    next_url = _safe_next(request.values.get("next"))
    if current_user.is_authenticated:
        email = accounts.folded_email(form("email"))[:320] if request.method == "POST" else ""
        if email and email != current_user.user.email:
            # Sent from a sign-in page opened before another account signed in here: it
            # answered with that account's pages, as if this sign-in had worked.
            flash(
                f"This browser is signed in as {current_user.user.email}, so you were not"
                f" signed in as {email}. Sign out first to use another account.",
                "error",
            )
        return redirect(next_url)
    if request.method == "GET":
        return render_template("login.html", next_url=next_url, email="")
    email = accounts.folded_email(form("email"))[:320]
    user = accounts.find_user_by_email(db.session(), email) if email else None
    check = check_password_throttled(email, user, form("password"))
    if check.retry_after is not None:
        page = render_template(
            "login.html", next_url=next_url, email=email, error=check.refusal("failed sign-ins")
        )
        return page, 429, check.retry_header()  # type: ignore[return-value]
    if user is None or not check.ok:
        error = "That email address and password do not match an active account."
        return render_template("login.html", next_url=next_url, email=email, error=error), 401
    adopted = accounts.adopt_browser_zone(user, form("browser_zone").strip())
    if adopted:
        interviews.replan_user(db.session(), user, utcnow())
    start_session(user)  # commits the zone with the session
    if adopted:
        flash(
            f"Times are shown in {zone_label(user.timezone)}, the zone of this browser. "
            "You can change it in Settings.",
            "info",
        )
    return redirect(next_url)


@bp.post("/logout")
def logout() -> Response:
    """End this browser's session on the server too: a copy of the cookie stops working."""
    accounts.end_session(db.session(), current_user.token)
    db.session.commit()
    logout_user()
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("admin.login"))
