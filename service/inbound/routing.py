"""Decide whose mail this is: the secret in the address, or a verified registered sender.

Nothing else attaches mail to an account. Anything that fails both is quarantined
with the reason, and never creates an interview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.accounts import inbound_owner_id, tokens
from service.accounts.models import AllowedSender, User
from service.inbound.arrival import Arrival, Head


@dataclass(frozen=True)
class Route:
    """The account a message belongs to, or why it belongs to none."""

    user_id: int | None
    recipient: str
    via: str = ""
    reason: str = ""


def secret_in(address: str) -> str:
    """Return the plus-part of an address when it has the shape of an inbound secret."""
    local = address.rsplit("@", 1)[0]
    if "+" not in local:
        return ""
    candidate = local.rsplit("+", 1)[1].strip().lower()
    if tokens.looks_like_secret(candidate, tokens.INBOUND_SECRET_BYTES):
        return candidate
    return ""


def without_secret(address: str) -> str:
    """Return the address with its plus-part removed: what may be stored or shown.

    The plus-part of an inbound address is the account's secret (or a guess at one);
    the account id on the row already says whose mail it is.
    """
    local, at, domain = address.rpartition("@")
    if not at:
        return address.split("+", 1)[0]
    return f"{local.split('+', 1)[0]}@{domain}"


def route_by_secret(session: Session, addresses: Sequence[str]) -> Route | None:
    """Return the route of the first address whose secret names an active account.

    One indexed lookup per address that looks like a secret address, nothing else: the
    raw hook routes with this alone before acknowledging.
    """
    for address in addresses:
        secret = secret_in(address)
        if not secret:
            continue
        owner = inbound_owner_id(session, secret)
        if owner is not None:
            return Route(owner, without_secret(address), via="secret")
    return None


def route(session: Session, arrival: Arrival, head: Head) -> Route:
    """Find the account this message belongs to by secret address, then by verified sender."""
    candidates = list(arrival.recipients) or list(head.header_recipients)
    found = route_by_secret(session, candidates)
    if found is not None:
        return found
    recipient = without_secret(candidates[0]) if candidates else ""
    sender = head.from_address
    if sender:
        owners = _owners_of(session, sender)
        if len(owners) == 1:
            if arrival.verdicts.vouches_for(sender):
                return Route(owners[0], recipient, via="sender")
            return Route(
                None,
                recipient,
                reason=(
                    f"from the registered address {sender}, but the provider did not verify "
                    f"it ({arrival.verdicts.describe()})"
                ),
            )
        if len(owners) > 1:
            return Route(None, recipient, reason=f"{sender} is registered by several accounts")
    if not candidates:
        return Route(None, "", reason="no recipient address was given")
    if any(secret_in(address) for address in candidates):
        return Route(None, recipient, reason="the secret in the inbound address matches no account")
    return Route(None, recipient, reason=f"no account has the inbound address {recipient}")


def _owners_of(session: Session, address: str) -> list[int]:
    """Return the active accounts that registered `address` and confirmed it by mail.

    A sign-in address is not a sender by itself: anyone can type any address into an
    account form, and only the confirmation mail shows that its owner agreed.
    """
    registered = sa.select(AllowedSender.user_id).where(
        AllowedSender.email == address, AllowedSender.confirmed_at.is_not(None)
    )
    ids = set(session.scalars(registered))
    if not ids:
        return []
    active = session.scalars(sa.select(User.id).where(User.id.in_(ids), User.is_active))
    return sorted(active)
