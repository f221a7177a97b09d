"""Registered sender addresses: mail from one reaches the account only once its owner agreed.

Typing an address into the settings page proves nothing about who owns it, and a
sign-in address proves no more. So registering one queues a mail to that address
with a single-use link; only after the link is used does mail from it (with a
passing, aligned SPF/DKIM/DMARC result) route to the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service import outbox
from service.accounts.models import AllowedSender, User
from service.outbox import maillinks
from service.outbox.oneclick import LinkRejected, consume_link, read_signed

PURPOSE = "sender-confirm"
LINK_LIFETIME = timedelta(days=3)


def queue_confirmation(
    session: Session, user: User, sender: AllowedSender, now: datetime, *, secret_key: str
) -> None:
    """Queue the mail that asks the owner of `sender.email` to confirm it, in this transaction."""
    link = maillinks.placeholder(
        secret_key, PURPOSE, {"u": user.id, "s": sender.id, "e": sender.email}
    )
    text = (
        f"The Afterview account {user.email} wants to accept forwarded interview mail "
        f"sent from {sender.email}.\n\n"
        f"If that is you, confirm it here (the link works once, for 3 days):\n  {link}\n\n"
        "If it is not, ignore this mail: nothing from this address reaches that account.\n"
    )
    html = (
        '<!doctype html>\n<html lang="en"><body style="font-family: system-ui, sans-serif">'
        f"<p>The Afterview account {escape(user.email)} wants to accept forwarded interview "
        f"mail sent from {escape(sender.email)}.</p>"
        f'<p><a href="{link}">Yes, this is my address</a> (works once, for 3 days)</p>'
        "<p>If it is not yours, ignore this mail: nothing from this address reaches that "
        "account.</p></body></html>"
    )
    outbox.enqueue(
        session,
        user_id=user.id,
        to=sender.email,
        subject="Afterview: confirm your forwarding address",
        text=text,
        html=html,
        # The moment too: SQLite gives a removed address's id to the next one added, and
        # that address (or the same one added again) needs a mail of its own.
        dedupe_key=f"sender-confirm:{sender.id}:{now:%Y%m%dT%H%M%S%f}",
        now=now,
    )


@dataclass(frozen=True)
class Pending:
    """A checked (not yet spent) confirmation link and the address it is for."""

    sender: AllowedSender


def read_link(session: Session, secret_key: str, token: str) -> Pending:
    """Check a confirmation link without spending it, for the page a GET shows."""
    payload = read_signed(secret_key, PURPOSE, token, max_age=LINK_LIFETIME)
    return Pending(_sender(session, payload))


def confirm(session: Session, secret_key: str, token: str, now: datetime) -> AllowedSender:
    """Spend a confirmation link and mark its address confirmed; the caller commits."""
    payload = consume_link(session, secret_key, PURPOSE, token, now=now, max_age=LINK_LIFETIME)
    sender = _sender(session, payload)
    sender.confirmed_at = sender.confirmed_at or now
    return sender


def _sender(session: Session, payload: object) -> AllowedSender:
    if not isinstance(payload, dict):
        raise LinkRejected("this link is not valid")
    sender = session.scalar(
        sa.select(AllowedSender).where(
            AllowedSender.id == payload.get("s"),
            AllowedSender.user_id == payload.get("u"),
            AllowedSender.email == payload.get("e"),
        )
    )
    if sender is None:
        raise LinkRejected("this address is no longer registered")
    return sender
