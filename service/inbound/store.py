"""Keep every arrival durably, exactly once, before anyone acknowledges it.

`store_arrival` writes one row in the caller's transaction; the caller commits and
only then answers 2xx (or exits 0, or marks the IMAP message). The unique dedupe key
makes a second delivery of the same message return the first row, even when both
arrive at the same instant in different processes: one `INSERT … ON CONFLICT DO
NOTHING` decides, and the loser reads the winner's row.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.accounts.models import User
from service.inbound.arrival import Arrival, Head, message_id_of, read_head
from service.inbound.models import InboundMessage, MessageStatus
from service.inbound.routing import Route, route, route_by_secret
from service.outbox.oneclick import spend_once
from service.platform.db import Base, insert_new


@dataclass(frozen=True)
class Stored:
    """The row an arrival became; `created` is False for a repeat delivery."""

    message_id: int
    created: bool
    status: str


@dataclass(frozen=True)
class Proof:
    """A signature or token that may bring a message once: spent with the row, or refused."""

    purpose: str
    value: str
    lifetime: timedelta
    # True when the proof signs this very message for this recipient (the raw hook's
    # HMAC): it can only ever bring this one row, so the row records it instead of a
    # separate spent-token row, and a second use meets that row and stores nothing.
    signs_message: bool = False

    def digest(self) -> str:
        """The proof as the row keeps it: hashed, never the value itself."""
        return "proof:" + hashlib.sha256(f"{self.purpose}:{self.value}".encode()).hexdigest()


class Replayed(Exception):
    """The proof was spent before; nothing was stored."""


HEAD_PENDING = "head_pending"  # in auth_verdicts: the reader fills in the header fields


def dedupe_key(route_: Route, message_id: str, raw_sha256: str) -> str:
    """Key one message per owner: the same Message-ID (or, without one, the same bytes)."""
    owner = f"user:{route_.user_id}" if route_.user_id is not None else f"to:{route_.recipient}"
    message = f"mid:{message_id.lower()}" if message_id else f"sha:{raw_sha256}"
    return hashlib.sha256(f"{owner}\n{message}".encode("utf-8", "surrogateescape")).hexdigest()


def store_arrival(
    session: Session,
    arrival: Arrival,
    now: datetime,
    head: Head | None = None,
    proof: Proof | None = None,
    authserv_id: str | None = None,
) -> Stored:
    """Route and record an arrival; return the existing row when it was delivered before.

    `head` is the arrival's header as the caller already read it (`read_head`), so the
    header block is parsed once per request. A `proof` is spent in the same transaction
    as the insert (raising Replayed when it was spent before). Everything is read and
    decided before the first write, so the write lock (SQLite's is per database) is held
    for two inserts and the commit only.

    `authserv_id` (not None) says the arrival's verdicts are what our own receiving host
    wrote in its Authentication-Results, to be read from the header. Then, when the
    envelope recipient's secret names an account, nothing else of the header is read
    here: the Message-ID keys the row, and the background reader fills in sender,
    subject and verdicts (`complete_head`) before it applies the message.
    """
    raw_sha256 = hashlib.sha256(arrival.raw).hexdigest()
    decided = None
    if authserv_id is not None and head is None and not arrival.problem:
        decided = route_by_secret(session, arrival.recipients)
    if decided is not None:
        message_id, fields, verdicts = _head_left_unread(arrival.raw)
    else:
        if head is None:
            head = read_head(arrival.raw)
        if authserv_id is not None:
            arrival = replace(arrival, verdicts=head.verdicts(authserv_id))
        decided = route(session, arrival, head)
        message_id = head.message_id
        fields = _head_fields(head)
        verdicts = arrival.verdicts.to_json()
    key = dedupe_key(decided, message_id, raw_sha256)
    status = MessageStatus.RECEIVED
    reason = decided.reason
    if arrival.problem:
        status = MessageStatus.QUARANTINED
        reason = arrival.problem
    elif decided.user_id is None:
        status = MessageStatus.QUARANTINED
    bound = proof if proof is not None and proof.signs_message else None
    if proof is not None and bound is None:
        _spend(session, proof, now)
    new_id = insert_new(
        session,
        InboundMessage,
        InboundMessage.dedupe_key,
        _row(arrival, decided, key, raw_sha256, fields, verdicts, status, reason, bound, now),
        returning=InboundMessage.id,
    )
    if new_id is not None:
        return Stored(new_id, True, status)
    # Delivered before, or a concurrent delivery committed first: that row is the one.
    found = session.execute(
        sa.select(InboundMessage.id, InboundMessage.status, InboundMessage.provider_ref).where(
            InboundMessage.dedupe_key == key
        )
    ).one()
    # A proof that signs this message for this recipient can bring no other row: the
    # same request sent again (a caller retrying after a timeout, or after the worker
    # that committed it was killed before it answered) is a repeat, answered as stored.
    # Refusing it as a replay told that caller its message was turned away.
    return Stored(found.id, False, found.status)


def _spend(session: Session, proof: Proof, now: datetime) -> None:
    if not spend_once(session, proof.purpose, proof.value, now, now + proof.lifetime):
        raise Replayed(proof.purpose)


def store_for_owner(
    connection: sa.Connection,
    arrival: Arrival,
    owner: Route,
    secret_hash: str,
    proof: Proof,
    now: datetime,
) -> Stored | None:
    """Keep a signed arrival for the account its secret names, in one statement that commits.

    The raw hook's common case, without a session: `connection` is in autocommit, so
    the one `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING` is the transaction,
    committed when it returns (the caller wakes the reader after). The row is the one
    `store_arrival` would write for it. The insert checks in the same statement that
    `secret_hash` still names `owner.user_id`'s active account, so an owner remembered
    from an earlier message is never trusted after a rotation.

    None means nothing was stored: the message is there already, or the secret names
    no active account (any more). Then `store_arrival` decides, as for any arrival.
    """
    assert owner.user_id is not None
    assert proof.signs_message
    raw_sha256 = hashlib.sha256(arrival.raw).hexdigest()
    message_id, fields, verdicts = _head_left_unread(arrival.raw)
    key = dedupe_key(owner, message_id, raw_sha256)
    status = MessageStatus.RECEIVED
    row = _row(arrival, owner, key, raw_sha256, fields, verdicts, status, "", proof, now)
    statement = _insert_for_owner(connection.dialect.name, tuple(row))
    new_id = connection.execute(
        statement, {**row, "owner_id": owner.user_id, "owner_secret": secret_hash}
    ).scalar()
    if new_id is None:
        return None
    return Stored(int(new_id), True, MessageStatus.RECEIVED)


@functools.cache
def _insert_for_owner(dialect: str, names: tuple[str, ...]) -> sa.Executable:
    """Built once per dialect: the insert `store_for_owner` sends."""
    table = Base.metadata.tables[InboundMessage.__tablename__]
    values = sa.select(*(sa.bindparam(name, type_=table.c[name].type) for name in names)).where(
        sa.exists().where(
            User.id == sa.bindparam("owner_id"),
            User.inbound_token_hash == sa.bindparam("owner_secret"),
            User.is_active,
        )
    )
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return (
        insert(table)
        .from_select(names, values)
        .on_conflict_do_nothing(index_elements=[table.c.dedupe_key])
        .returning(table.c.id)
    )


def _head_left_unread(raw: bytes) -> tuple[str, dict[str, str], dict[str, object]]:
    """The Message-ID and header fields of an arrival routed by its secret (see above)."""
    message_id = message_id_of(raw)
    fields = {"header_from": "", "subject": "", "message_id_header": _text(message_id, 500)}
    return message_id, fields, {HEAD_PENDING: True}


def _row(
    arrival: Arrival,
    decided: Route,
    key: str,
    raw_sha256: str,
    fields: dict[str, str],
    verdicts: dict[str, object],
    status: str,
    reason: str,
    bound: Proof | None,
    now: datetime,
) -> dict[str, object]:
    """The inbound_messages row an arrival becomes."""
    return dict(
        dedupe_key=key,
        provider=arrival.provider,
        provider_ref=bound.digest() if bound else _text(arrival.provider_ref, 200),
        recipient=_text(decided.recipient, 320),
        envelope_sender=_text(arrival.envelope_sender, 320),
        **fields,
        raw=arrival.raw,
        raw_sha256=raw_sha256,
        raw_size=arrival.original_size or len(arrival.raw),
        received_at=now,
        status=status,
        reason=_text(reason, 500),
        auth_verdicts={**verdicts, "routed_via": decided.via},
        user_id=decided.user_id,
        attempts=0,
        processed_at=now if status == MessageStatus.QUARANTINED else None,
    )


def head_pending(verdicts: dict[str, object] | None) -> bool:
    """Tell whether a row's header fields are still to be read (see `store_arrival`)."""
    return bool((verdicts or {}).get(HEAD_PENDING))


def complete_head(message: InboundMessage, authserv_id: str, head: Head | None = None) -> None:
    """Fill in the header fields the raw hook left to the reader (see `store_arrival`).

    `head` is `read_head(message.raw)` when the reader read it before its transaction.
    """
    verdicts = dict(message.auth_verdicts or {})
    if not verdicts.pop(HEAD_PENDING, False) or message.raw is None:
        return
    if head is None:
        head = read_head(message.raw)
    for name, value in _head_fields(head).items():
        setattr(message, name, value)
    message.auth_verdicts = {**verdicts, **head.verdicts(authserv_id).to_json()}


def _head_fields(head: Head) -> dict[str, str]:
    return {
        "header_from": _text(head.from_address, 320),
        "subject": _text(head.subject, 300),
        "message_id_header": _text(head.message_id, 500),
    }


def _text(value: str, limit: int) -> str:
    """Bound a header-derived value for a text column; NUL is the one character none holds."""
    return value.replace("\x00", "")[:limit]
