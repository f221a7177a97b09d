"""Poll an IMAP folder: store each new message, and only then mark or move it.

Position is kept as (UIDVALIDITY, last UID) per account and folder: UIDs mean nothing
across a UIDVALIDITY change, so a change starts the folder again (the dedupe key keeps
messages already stored from becoming twice). Messages are never fetched with the
default mark-as-seen; a crash between storing and marking only means the next poll
finds the message again and stores nothing new. Sizes are asked first, so a message
over the limit is fetched by its header alone and never held whole in memory.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from flask import Flask
from imap_tools import AND, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.consts import MailMessageFlags

from service.inbound.arrival import (
    Arrival,
    Rejected,
    authentication_results_of,
    check_shape,
    header_block,
)
from service.inbound.intake import accept
from service.inbound.models import ImapCursor, Provider
from service.platform.config import settings_of
from service.platform.db import db, utcnow

log = logging.getLogger(__name__)
BATCH = 200
# The most of an oversized message's header that is fetched and kept.
HEADER_KEPT = 65536
_SIZE_ITEM = re.compile(
    rb"\bUID (\d+)\b.*?\bRFC822\.SIZE (\d+)|\bRFC822\.SIZE (\d+)\b.*?\bUID (\d+)"
)


@dataclass(frozen=True)
class Polled:
    stored: int
    repeats: int
    last_uid: int


MAILBOXES: dict[str, type[MailBox | MailBoxStartTls | MailBoxUnencrypted]] = {
    "ssl": MailBox,
    "starttls": MailBoxStartTls,
    "none": MailBoxUnencrypted,
}


def poll_once(app: Flask) -> Polled:
    """Fetch messages newer than the cursor, store each, then mark it seen or move it."""
    settings = settings_of(app)
    if not settings.imap_host:
        return Polled(0, 0, 0)
    account = f"{settings.imap_username}@{settings.imap_host}:{settings.imap_port}"
    box_class = MAILBOXES[settings.imap_security]
    with (
        app.app_context(),
        box_class(settings.imap_host, settings.imap_port).login(
            settings.imap_username, settings.imap_password, initial_folder=settings.imap_folder
        ) as mailbox,
    ):
        status = mailbox.folder.status(settings.imap_folder, ["UIDVALIDITY"])
        validity = int(status["UIDVALIDITY"])
        session = db.session()
        cursor = session.get(ImapCursor, (account, settings.imap_folder))
        if cursor is None or cursor.uidvalidity != validity:
            if cursor is not None:
                log.warning("IMAP UIDVALIDITY of %s changed: reading it again", account)
                session.delete(cursor)
                session.flush()
            cursor = ImapCursor(
                account=account,
                folder=settings.imap_folder,
                uidvalidity=validity,
                last_uid=0,
                updated_at=utcnow(),
            )
            session.add(cursor)
            session.commit()
        last = cursor.last_uid
        uids = [int(u) for u in mailbox.uids(AND(uid=f"{last + 1}:*")) if int(u) > last]
        stored = repeats = 0
        batch = sorted(uids)[:BATCH]
        sizes = _sizes(mailbox, batch)
        limit = settings.max_message_bytes
        for uid in batch:
            size = sizes.get(uid)
            if size is not None and size > limit:
                # Only the header: a message over the limit is never held whole in memory.
                head = _peek(mailbox, uid, f"BODY.PEEK[HEADER]<0.{HEADER_KEPT}>")
                if head is None:
                    continue  # expunged meanwhile
                arrival = _oversized(head, size, limit, settings.inbound_authserv_id)
            else:
                raw = _peek(mailbox, uid)
                if raw is None:
                    continue  # expunged meanwhile
                arrival = _arrival(raw, limit, settings.inbound_authserv_id)
            result = accept(arrival)
            # Stored and committed: only now may the mailbox forget about it.
            if settings.imap_processed_folder:
                mailbox.move(str(uid), settings.imap_processed_folder)
            else:
                mailbox.flag(str(uid), MailMessageFlags.SEEN, True)
            cursor = session.get(ImapCursor, (account, settings.imap_folder)) or cursor
            cursor.last_uid = uid
            cursor.updated_at = utcnow()
            session.commit()
            stored += 1 if result.created else 0
            repeats += 0 if result.created else 1
            last = uid
        db.session.remove()
    return Polled(stored, repeats, last)


def _sizes(
    mailbox: MailBox | MailBoxStartTls | MailBoxUnencrypted, uids: list[int]
) -> dict[int, int]:
    """Ask the server each message's size (RFC822.SIZE) in one command, before any body."""
    if not uids:
        return {}
    kind, data = mailbox.client.uid("FETCH", ",".join(map(str, uids)), "(RFC822.SIZE)")
    if kind != "OK":
        raise OSError(f"IMAP FETCH of message sizes failed: {kind}")
    sizes: dict[int, int] = {}
    for item in data:
        line = item[0] if isinstance(item, tuple) else item
        found = _SIZE_ITEM.search(line) if isinstance(line, bytes) else None
        if found is None:
            continue
        uid, size = (found[1], found[2]) if found[1] else (found[4], found[3])
        sizes[int(uid)] = int(size)
    return sizes


def _peek(
    mailbox: MailBox | MailBoxStartTls | MailBoxUnencrypted,
    uid: int,
    part: str = "BODY.PEEK[]",
) -> bytes | None:
    """Fetch the exact bytes with BODY.PEEK, which leaves the \\Seen flag alone."""
    kind, data = mailbox.client.uid("FETCH", str(uid), f"({part})")
    if kind != "OK":
        raise OSError(f"IMAP FETCH of UID {uid} failed: {kind}")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            return bytes(item[1])
    return None


def _oversized(head: bytes, size: int, limit: int, authserv_id: str) -> Arrival:
    """Keep a message over the limit by its header alone, quarantined, saying why."""
    kept = header_block(head)[:HEADER_KEPT] or b"(empty)"
    return Arrival(
        provider=Provider.IMAP,
        raw=kept,
        verdicts=authentication_results_of(kept, authserv_id),
        problem=f"the message is {size} bytes, over the {limit}-byte limit; "
        "only its header was kept (the whole message stays in the mailbox)",
        original_size=size,
    )


def _arrival(raw: bytes, limit: int, authserv_id: str) -> Arrival:
    """Build the arrival; an oversized or unreadable message is kept quarantined, not skipped."""
    if len(raw) > limit:
        return _oversized(raw, len(raw), limit, authserv_id)
    verdicts = authentication_results_of(raw, authserv_id)
    try:
        check_shape(raw)
    except Rejected as error:
        return Arrival(
            provider=Provider.IMAP,
            raw=raw[:65536] or b"(empty)",
            problem=f"unreadable: {error}",
            original_size=len(raw),
        )
    return Arrival(provider=Provider.IMAP, raw=raw, verdicts=verdicts)
