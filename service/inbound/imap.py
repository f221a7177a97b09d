"""Poll an IMAP folder: store each new message, and only then mark or move it.

Position is kept as (UIDVALIDITY, last UID) per account and folder: UIDs mean nothing
across a UIDVALIDITY change, so a change starts the folder again (the dedupe key keeps
messages already stored from becoming twice). Messages are never fetched with the
default mark-as-seen; a crash between storing and marking only means the next poll
finds the message again and stores nothing new.
"""

from __future__ import annotations

import logging
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
        for uid in sorted(uids)[:BATCH]:
            raw = _peek(mailbox, uid)
            if raw is None:
                continue  # expunged meanwhile
            result = accept(_arrival(raw, settings.max_message_bytes, settings.inbound_authserv_id))
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


def _peek(mailbox: MailBox | MailBoxStartTls | MailBoxUnencrypted, uid: int) -> bytes | None:
    """Fetch the exact bytes with BODY.PEEK[], which leaves the \\Seen flag alone."""
    kind, data = mailbox.client.uid("FETCH", str(uid), "(BODY.PEEK[])")
    if kind != "OK":
        raise OSError(f"IMAP FETCH of UID {uid} failed: {kind}")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            return bytes(item[1])
    return None


def _arrival(raw: bytes, limit: int, authserv_id: str) -> Arrival:
    """Build the arrival; an oversized or unreadable message is kept quarantined, not skipped."""
    verdicts = authentication_results_of(raw, authserv_id)
    if len(raw) > limit:
        return Arrival(
            provider=Provider.IMAP,
            raw=header_block(raw)[:65536],
            verdicts=verdicts,
            problem=f"the message is {len(raw)} bytes, over the {limit}-byte limit; "
            "only its header was kept (the whole message stays in the mailbox)",
            original_size=len(raw),
        )
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
