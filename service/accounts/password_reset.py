"""Password reset by mail: a signed link that expires, works once, and dies with the password.

Asking for a reset answers the same whether or not the address has an account, so
the form cannot be used to learn who uses this Afterview. The link is a mail-link
placeholder, signed only when the mail goes out, so the outbox holds no working link.
It carries a fingerprint of the password hash: once the password changes (by this
link or any other way), every older link stops working.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from html import escape

from sqlalchemy.orm import Session

from service import accounts, outbox
from service.accounts.models import User
from service.outbox import maillinks
from service.outbox.oneclick import LinkRejected, consume_link, read_signed
from service.platform.errors import Problems

PURPOSE = "password-reset"
LINK_LIFETIME = timedelta(hours=1)
# At most one reset mail per account in this window, however often the form is sent.
MAIL_WINDOW = timedelta(minutes=5)


def _fingerprint(user: User) -> str:
    return hashlib.sha256(f"reset|{user.password_hash}".encode()).hexdigest()[:24]


def request_reset(session: Session, email: str, now: datetime, *, secret_key: str) -> None:
    """Queue a reset mail if an active account uses `email`; otherwise do nothing, silently.

    Only a malformed address is an error: that says something about the input, not
    about who has an account.
    """
    address = accounts.normalise_email(email)
    user = accounts.find_user_by_email(session, address)
    if user is None or not user.is_active:
        return
    link = maillinks.placeholder(secret_key, PURPOSE, {"u": user.id, "p": _fingerprint(user)})
    minutes = int(LINK_LIFETIME.total_seconds() // 60)
    text = (
        "Someone (we hope you) asked to reset the password of your Afterview account "
        f"{user.email}.\n\n"
        f"Choose a new password here. The link works once, for {minutes} minutes:\n"
        f"  {link}\n\n"
        "If you did not ask for this, ignore this mail: your password stays as it is.\n"
    )
    html = (
        '<!doctype html>\n<html lang="en"><body style="font-family: system-ui, sans-serif">'
        "<p>Someone (we hope you) asked to reset the password of your Afterview account "
        f"{escape(user.email)}.</p>"
        f'<p><a href="{link}">Choose a new password</a> (works once, for {minutes} minutes)</p>'
        "<p>If you did not ask for this, ignore this mail: your password stays as it is.</p>"
        "</body></html>"
    )
    window = int(now.timestamp() // MAIL_WINDOW.total_seconds())
    outbox.enqueue(
        session,
        user_id=user.id,
        to=user.email,
        subject="Afterview: reset your password",
        text=text,
        html=html,
        dedupe_key=f"password-reset:{user.id}:{window}",
        now=now,
    )


def _owner(session: Session, payload: dict[str, object]) -> User:
    user_id = payload.get("u")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.is_active:
        raise LinkRejected("this link is not valid")
    if payload.get("p") != _fingerprint(user):
        raise LinkRejected("this link was already used, or your password changed since")
    return user


def read_link(session: Session, secret_key: str, token: str) -> User:
    """Check a reset link without spending it (for the page a GET shows); return its account."""
    return _owner(session, read_signed(secret_key, PURPOSE, token, max_age=LINK_LIFETIME))


def complete_reset(
    session: Session, secret_key: str, token: str, password: str, confirm: str, now: datetime
) -> User:
    """Spend the link and set the new password; every browser is signed out, every API
    token revoked.

    The password is checked before the link is spent, so a typo does not waste it.
    Tokens go too: a reset is also what someone does who fears another knew the old
    password, and a token made with it would outlive the new one.
    """
    problems = Problems()
    accounts.check_new_password(problems, password, confirm)
    problems.raise_any()
    user = read_link(session, secret_key, token)
    _owner(
        session, consume_link(session, secret_key, PURPOSE, token, now=now, max_age=LINK_LIFETIME)
    )
    accounts.change_password(session, user, password)
    return user
