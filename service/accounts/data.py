"""What an account holds, taken out (export) or wiped (delete), and its API tokens.

The web page, the API and the CLI all call these, so the three can never disagree
about what "everything" means.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from feeds import render_feed
from service.accounts import logins
from service.accounts.models import AllowedSender, ApiToken, IdempotencyKey, User
from service.accounts.sessions import LoginThrottle, WebSession
from service.inbound.models import InboundMessage
from service.interviews import feed, is_row_id
from service.interviews.models import FeedFetch, FollowUpStep, Interview, Interviewer
from service.interviews.records import interview_json, iso
from service.outbox.models import OutboxMessage
from service.parsing.timezones import zone
from service.platform.errors import Invalid, NotFound, not_one_of


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    ICS = "ics"


@dataclass(frozen=True)
class Export:
    """A finished download: its bytes, media type and a file name to save it under."""

    body: bytes
    media_type: str
    filename: str


def export_format(text: str) -> ExportFormat:
    try:
        return ExportFormat(text.strip().lower())
    except ValueError:
        raise Invalid("format", not_one_of(text, (f.value for f in ExportFormat))) from None


def _interviews(session: Session, user: User) -> list[Interview]:
    return list(
        session.scalars(
            sa.select(Interview)
            .where(Interview.user_id == user.id)
            .order_by(Interview.start_at, Interview.id)
            .options(selectinload(Interview.steps), selectinload(Interview.interviewers))
        )
    )


def export_account(
    session: Session, user: User, fmt: str, now: datetime, options: feed.FeedOptions
) -> Export:
    """Return everything stored for the account in one of the three formats."""
    chosen = export_format(fmt)
    rows = _interviews(session, user)
    stem = f"afterview-{now:%Y-%m-%d}"
    if chosen is ExportFormat.CSV:
        return Export(_csv(rows, user).encode("utf-8-sig"), "text/csv", f"{stem}.csv")
    if chosen is ExportFormat.ICS:
        calendar = feed.build_calendar(user, rows, now, options, name="Afterview export")
        return Export(render_feed(calendar), "text/calendar", f"{stem}.ics")
    document = _document(session, user, rows, now)
    body = json.dumps(document, indent=2, ensure_ascii=False).encode()
    return Export(body, "application/json", f"{stem}.json")


def _document(session: Session, user: User, rows: list[Interview], now: datetime) -> dict[str, Any]:
    messages = session.scalars(
        sa.select(InboundMessage)
        .where(InboundMessage.user_id == user.id)
        .order_by(InboundMessage.received_at)
    )
    mails = session.scalars(
        sa.select(OutboxMessage)
        .where(OutboxMessage.user_id == user.id)
        .order_by(OutboxMessage.created_at)
    )
    return {
        "exported_at": iso(now),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "timezone": user.timezone,
            "working_hours": user.working_hours,
            "follow_up_days": user.follow_up_days,
            "feed_interviews": user.feed_interviews,
            "feed_alarms": user.feed_alarms,
            "reminder_emails": user.reminder_emails,
            "daily_digest": user.daily_digest,
            # Only the drafts the user worded; the rest are Afterview's.
            "draft_templates": user.draft_templates or {},
            "created_at": iso(user.created_at),
            "forwarding_addresses": [
                {"email": s.email, "confirmed_at": iso(s.confirmed_at)}
                for s in user.allowed_senders
            ],
            "api_tokens": [
                {"id": t.id, "created_at": iso(t.created_at), "last_used_at": iso(t.last_used_at)}
                for t in list_api_tokens(session, user)
            ],
        },
        "interviews": [interview_json(i) for i in rows],
        "inbound_messages": [
            {
                "id": m.id,
                "received_at": iso(m.received_at),
                "from": m.header_from,
                "subject": m.subject,
                "status": m.status,
                "reason": m.reason,
                "interview_id": m.interview_id,
                "understood": m.parse_summary,
                # The message exactly as it arrived, when it is still kept.
                "raw_base64": base64.b64encode(m.raw).decode("ascii") if m.raw else None,
            }
            for m in messages
        ],
        "sent_mail": [
            {
                "to": m.to_address,
                "subject": m.subject,
                "status": m.status,
                "created_at": iso(m.created_at),
                "sent_at": iso(m.sent_at),
                "text": m.text_body,
            }
            for m in mails
        ],
    }


CSV_COLUMNS = (
    "interview_id",
    "company",
    "role",
    "start",
    "end",
    "interview_timezone",
    "interview_status",
    "outcome",
    "location",
    "meeting_url",
    "interviewers",
    "step_id",
    "step",
    "step_due",
    "step_status",
    "step_status_reason",
)


def _cell(value: str) -> str:
    # A spreadsheet runs a cell starting with these as a formula; a company name read
    # from someone else's mail must stay text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _local(moment: datetime, zone_name: str) -> str:
    return moment.astimezone(zone(zone_name)).isoformat(timespec="minutes")


def _csv(rows: list[Interview], user: User) -> str:
    """One line per step, its interview's columns repeated, times in local ISO with offset."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for interview in rows:
        people = "; ".join(
            f"{p.name} <{p.email}>" if p.name and p.email else p.name or p.email
            for p in interview.interviewers
        )
        head = [
            str(interview.id),
            interview.company,
            interview.role,
            _local(interview.start_at, interview.timezone),
            _local(interview.end_at, interview.timezone),
            interview.timezone,
            interview.status,
            interview.outcome or "",
            interview.location,
            interview.meeting_url,
            people,
        ]
        steps: list[FollowUpStep | None] = list(interview.steps) or [None]
        for step in steps:
            tail = (
                ["", "", "", "", ""]
                if step is None
                else [
                    str(step.id),
                    step.kind,
                    _local(step.due_at, user.timezone),
                    step.status,
                    step.status_reason,
                ]
            )
            writer.writerow([_cell(value) for value in head + tail])
    return out.getvalue()


def delete_account(session: Session, user: User, *, inbound_address: str) -> None:
    """Remove the account and every row stored for it, raw inbound mail included.

    Explicit deletes rather than trusting ON DELETE CASCADE: rows that only name the
    account by address (mail to its inbound address that never got routed, mail
    queued to it, sign-in counts) have no foreign key to cascade along.
    """
    uid, email = user.id, user.email
    owned = sa.select(Interview.id).where(Interview.user_id == uid).scalar_subquery()
    session.execute(
        sa.delete(InboundMessage).where(
            sa.or_(
                InboundMessage.user_id == uid,
                sa.func.lower(InboundMessage.recipient) == inbound_address.lower(),
                InboundMessage.interview_id.in_(owned),
            )
        )
    )
    session.execute(
        sa.delete(OutboxMessage).where(
            sa.or_(
                OutboxMessage.user_id == uid,
                sa.func.lower(OutboxMessage.to_address) == email,
                OutboxMessage.step_id.in_(
                    sa.select(FollowUpStep.id).where(FollowUpStep.interview_id.in_(owned))
                ),
            )
        )
    )
    session.execute(sa.delete(FollowUpStep).where(FollowUpStep.interview_id.in_(owned)))
    session.execute(sa.delete(Interviewer).where(Interviewer.interview_id.in_(owned)))
    session.execute(sa.delete(Interview).where(Interview.user_id == uid))
    for table in (AllowedSender, ApiToken, IdempotencyKey, WebSession, FeedFetch):
        session.execute(sa.delete(table).where(table.user_id == uid))
    session.execute(sa.delete(LoginThrottle).where(LoginThrottle.key == logins.account_key(email)))
    session.execute(sa.delete(User).where(User.id == uid))


def list_api_tokens(session: Session, user: User) -> list[ApiToken]:
    """The account's API tokens, newest first (only their hashes exist, never the tokens)."""
    return list(
        session.scalars(
            sa.select(ApiToken)
            .where(ApiToken.user_id == user.id)
            .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
        )
    )


def revoke_api_token(session: Session, token_id: int, owner: User | None = None) -> ApiToken:
    """Delete one API token (only the owner's, when `owner` is given); it stops working at once."""
    row = session.get(ApiToken, token_id) if is_row_id(token_id) else None
    if row is None or (owner is not None and row.user_id != owner.id):
        raise NotFound(f"no API token {token_id}")
    session.delete(row)
    session.flush()
    return row
