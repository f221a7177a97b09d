"""Turn a read message into what it means for the account: a new, moved or cancelled interview.

Runs in the background reader after the message was committed and read (parsed in a
child process, see `sandbox`), in one short transaction guarded by the reader's claim,
so a result is applied at most once. A failure here loses nothing: the message waits
in review with the reason. Matching order: calendar UID (then SEQUENCE decides),
original Message-ID, company and time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service import interviews
from service.accounts import lock_account, own_addresses
from service.accounts.models import User
from service.inbound.arrival import Head, read_head
from service.inbound.models import STATUS_WORDS, InboundMessage, MessageStatus, Provider
from service.inbound.replies import find_reply_interview, is_next_round, other_side, read_reply
from service.inbound.sandbox import Reading
from service.inbound.store import complete_head
from service.interviews.models import (
    MAX_STORED_SEQUENCE,
    Interview,
    InterviewStatus,
    Outcome,
    Source,
    StepStatus,
)
from service.parsing import ParsedMessage
from service.parsing.model import Person
from service.parsing.timezones import check_zone, zone
from service.platform.dates import format_day
from service.platform.errors import Invalid
from service.steps.kinds import StepKind

MIN_CONFIDENCE = 0.6
DEFAULT_LENGTH = timedelta(hours=1)
APPLICABLE = (MessageStatus.RECEIVED,)
REPROCESSABLE = (MessageStatus.RECEIVED, MessageStatus.NEEDS_REVIEW, MessageStatus.QUARANTINED)


class Action:
    CREATED = "created"
    RESCHEDULED = "rescheduled"
    CANCELLED = "cancelled"
    HEARD_BACK = "heard_back"
    REJECTED = "rejected"
    NEXT_ROUND = "next_round"
    OFFER = "offer"
    TIMELINE = "timeline"
    THANK_YOU_DONE = "thank_you_done"
    UNCHANGED = "unchanged"
    REVIEW = "review"


@dataclass(frozen=True)
class Decision:
    """What applying a message did, or why it went to the review queue."""

    status: str
    action: str
    reason: str = ""
    interview: Interview | None = None
    # The interview as it was before this message changed it (see `interviews.mail_snapshot`).
    before: dict[str, str | None] | None = None


_FIELD_WORDS = {
    "start": "the start",
    "end": "the end",
    "timezone": "the time zone",
    "meeting_url": "the meeting link",
    "interviewers": "an interviewer",
}


def apply_reading(
    session: Session,
    message_id: int,
    reading: Reading,
    now: datetime,
    worker: str,
    authserv_id: str = "",
    head: Head | None = None,
) -> InboundMessage | None:
    """Apply what reading found; None when the claim was lost (another reader has it).

    `authserv_id` reads the verdicts of a message whose header the hook left unread;
    `head` is that header, when the reader read it before this transaction began.
    """
    # The claim guard makes this the one writer of the result: a reader whose lease ran
    # out, or a message someone reset meanwhile, updates nothing and applies nothing.
    released = session.execute(
        sa.update(InboundMessage)
        .where(
            InboundMessage.id == message_id,
            InboundMessage.status.in_(APPLICABLE),
            InboundMessage.claimed_by == worker,
        )
        .values(claimed_by=None, claimed_at=None)
    )
    if getattr(released, "rowcount", 0) != 1:
        return None
    message = session.get(InboundMessage, message_id)
    if message is None:
        return message
    if message.user_id is None:
        complete_head(message, authserv_id, head)
        return message
    # The account's lock comes first, as for every other write here (no lock-order cycle).
    # Applying is serialised per account, so two invitations for one event make one
    # interview.
    user = lock_account(session, message.user_id)
    complete_head(message, authserv_id, head)
    if user is None:
        _finish(message, Decision(MessageStatus.QUARANTINED, Action.REVIEW, "account is gone"), now)
        return message
    decision = decide(session, user, message, reading, now)
    _finish(message, decision, now)
    return message


def _finish(message: InboundMessage, decision: Decision, now: datetime) -> None:
    message.status = decision.status
    message.action = decision.action
    message.reason = decision.reason[:500]
    message.interview_id = decision.interview.id if decision.interview is not None else None
    message.processed_at = now
    if decision.before is not None and decision.interview is not None:
        after = interviews.mail_snapshot(decision.interview)
        message.undo = {"before": decision.before, "after": after}


def decide(
    session: Session, user: User, message: InboundMessage, reading: Reading, now: datetime
) -> Decision:
    """Carry out for this user what reading the message found."""
    if reading.problem:
        return Decision(MessageStatus.QUARANTINED, Action.REVIEW, reading.problem)
    parsed = reading.parsed
    if parsed is None:
        return _review(reading.failure or "could not read the message")
    message.parse_summary = {
        **parsed.to_json_dict(),
        "category": parsed.category,
        "subject": parsed.subject,
    }
    # The user's own addresses, the forwarder's included, are never the other side.
    forwarded = (parsed.original_sender or "").lower() not in ("", message.header_from.lower())
    own = own_addresses(session, user, message.header_from if forwarded else None)
    try:
        if parsed.kind == "cancellation" or (parsed.method or "").upper() == "CANCEL":
            return _cancellation(session, user, message, parsed, now)
        if parsed.kind in ("invitation", "reschedule"):
            return _invitation(session, user, message, parsed, own, now)
        if parsed.category == "thank_you_note" and not other_side(parsed, own):
            return _thank_you(session, user, message, own, now)
        if parsed.category not in ("newsletter", "job_alert"):
            reply = _employer_reply(session, user, parsed, own, now)
            if reply is not None:
                return reply
    except Invalid as error:
        # Said in the review mail and on the page: fields in words, not their names.
        said = "; ".join(
            f"{_FIELD_WORDS.get(field, field.replace('_', ' '))}: {why}"
            for field, why in error.problems
        )
        return _review(f"the interview could not be saved: {said}")
    label = parsed.category or parsed.kind
    if label in ("other", "unknown", "not_invitation") and parsed.warnings:
        return _review(parsed.warnings[0])  # what the parser missed says more than "other"
    return _review(f"not an interview invitation ({label.replace('_', ' ')})")


def _review(reason: str) -> Decision:
    return Decision(MessageStatus.NEEDS_REVIEW, Action.REVIEW, reason)


def _aware(value: object) -> datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    return None


def _zone_name(parsed: ParsedMessage, user: User) -> str:
    name = parsed.timezone or ""
    try:
        if name:
            return check_zone(name).key
    except Invalid:
        pass
    return user.timezone


def find_match(
    session: Session, user: User, parsed: ParsedMessage, message: InboundMessage
) -> tuple[Interview | None, str]:
    """Find the interview a message is about: by calendar UID, Message-ID, then company+time."""
    mine = sa.select(Interview).where(Interview.user_id == user.id).order_by(Interview.id)
    if parsed.uid:
        found = session.scalar(mine.where(Interview.calendar_uid == parsed.uid[:500]).limit(1))
        if found is not None:
            return found, "uid"
    ids = {i for i in (parsed.original_message_id, message.message_id_header) if i}
    if ids:
        found = session.scalar(mine.where(Interview.origin_message_id.in_(ids)).limit(1))
        if found is not None:
            return found, "message-id"
    start = _aware(parsed.start)
    if parsed.company and start is not None:
        same = mine.where(
            sa.func.lower(Interview.company) == parsed.company.strip().lower(),
            Interview.start_at == start,
        )
        if parsed.uid:
            # Another calendar UID is another event, even at the same time.
            same = same.where(
                sa.or_(Interview.calendar_uid.is_(None), Interview.calendar_uid == parsed.uid)
            )
        found = session.scalar(same.limit(1))
        if found is not None:
            return found, "company-time"
    return None, ""


def _people(found: tuple[object, ...], own: frozenset[str]) -> tuple[Person, ...]:
    """The parser's people as the domain takes them, without the user's own addresses."""
    people = []
    for person in found:
        email = (getattr(person, "email", None) or "").strip().lower()
        if email in own:
            continue
        people.append(Person(name=getattr(person, "name", None) or "", email=email))
    return tuple(people)


def _invitation(
    session: Session,
    user: User,
    message: InboundMessage,
    parsed: ParsedMessage,
    own: frozenset[str],
    now: datetime,
) -> Decision:
    existing, matched_by = find_match(session, user, parsed, message)
    confidence = parsed.confidence
    if matched_by in ("uid", "message-id") and parsed.slot_confidence is not None:
        # The mail is about an interview already kept (its calendar UID, or the very mail it
        # came from): whether it is an interview is settled, only its slot is in question.
        confidence = max(confidence, parsed.slot_confidence)
    if confidence < MIN_CONFIDENCE:
        warnings = "; ".join(parsed.warnings[:3])
        return _review(
            f"not sure enough (confidence {parsed.confidence:.2f})"
            + (f": {warnings}" if warnings else "")
        )
    if parsed.all_day:
        return _review("an all-day event has no interview time")
    start = _aware(parsed.start)
    if start is None:
        return _review("the date could not be read")
    end = _aware(parsed.end) or start + DEFAULT_LENGTH
    if end <= start:
        end = start + DEFAULT_LENGTH
    zone_name = _zone_name(parsed, user)
    if (
        existing is not None
        and existing.status == InterviewStatus.CANCELLED
        and matched_by != "uid"
    ):
        existing = None  # a new invitation after a cancellation is a new interview
    if existing is None and parsed.kind == "reschedule":
        existing = _only_live_with_company(session, user, parsed.company)
        matched_by = "company"
    if existing is not None:
        return _update_existing(session, existing, parsed, matched_by, start, end, zone_name, now)
    if parsed.kind == "reschedule":
        return _review("a reschedule of an interview Afterview does not know")
    company, role = parsed.company, parsed.role
    earlier = _earlier_round(session, user, parsed, own, now)
    if earlier is not None:
        # A further round from someone of a known interview: the same company and (unless
        # it names another) role, so the rounds share one follow-up.
        company, role = earlier.company, role or earlier.role
    if not company:
        return _review("the company name could not be read")
    organizer = _people((parsed.organizer,) if parsed.organizer else (), own)
    data = interviews.InterviewInput(
        company=company,
        role=role or "Interview",
        start=start,
        end=end,
        timezone=zone_name,
        location=parsed.location or "",
        meeting_url=_web_link(parsed.meeting_url),
        interviewers=_people(parsed.interviewers[: interviews.MAX_INTERVIEWERS], own),
        organizer=organizer[0] if organizer else None,
        source=Source.EMAIL,
        calendar_uid=parsed.uid[:500] if parsed.uid else None,
        calendar_sequence=parsed.sequence,
        origin_message_id=(parsed.original_message_id or message.message_id_header or None),
    )
    created = interviews.create_interview(session, user, data, now)
    return Decision(MessageStatus.APPLIED, Action.CREATED, "", created)


def _web_link(url: str | None) -> str:
    return url if url and url.lower().startswith(("https://", "http://")) else ""


def _update_existing(
    session: Session,
    existing: Interview,
    parsed: ParsedMessage,
    matched_by: str,
    start: datetime,
    end: datetime,
    zone_name: str,
    now: datetime,
) -> Decision:
    stored_seq = existing.calendar_sequence
    sequenced = matched_by == "uid" and parsed.sequence is not None and stored_seq is not None
    # compared as stored: the column holds at most MAX_STORED_SEQUENCE
    incoming = min(parsed.sequence or 0, MAX_STORED_SEQUENCE)
    if sequenced and incoming <= (stored_seq or 0):
        return Decision(
            MessageStatus.DUPLICATE,
            Action.UNCHANGED,
            f"SEQUENCE {parsed.sequence} is not newer than {stored_seq}; nothing changed",
            existing,
        )
    if existing.status == InterviewStatus.CANCELLED:
        return _review("an update for an interview that was cancelled")
    if existing.start_at == start and existing.end_at == end:
        if parsed.sequence is not None and matched_by == "uid":
            interviews.record_calendar_sequence(existing, parsed.sequence)
        return Decision(
            MessageStatus.DUPLICATE,
            Action.UNCHANGED,
            "the interview already has this time",
            existing,
        )
    twin = interviews.twin_at(session, existing, start, end)
    if twin is not None:
        return _review(
            f"an update that moves the interview onto interview {twin}, which has the same company,"
            " role and time already"
        )
    before = interviews.mail_snapshot(existing)
    interviews.reschedule(
        session,
        existing,
        start=start,
        end=end,
        timezone=zone_name,
        now=now,
        calendar_sequence=parsed.sequence if matched_by == "uid" else None,
    )
    return Decision(MessageStatus.APPLIED, Action.RESCHEDULED, "", existing, before)


def _only_live_with_company(session: Session, user: User, company: str | None) -> Interview | None:
    """Return the one scheduled interview with this company, when there is exactly one."""
    if not company:
        return None
    rows = list(
        session.scalars(
            sa.select(Interview).where(
                Interview.user_id == user.id,
                sa.func.lower(Interview.company) == company.strip().lower(),
                Interview.status == InterviewStatus.SCHEDULED,
            )
        )
    )
    return rows[0] if len(rows) == 1 else None


def _cancellation(
    session: Session, user: User, message: InboundMessage, parsed: ParsedMessage, now: datetime
) -> Decision:
    existing, _ = find_match(session, user, parsed, message)
    if existing is None:
        existing = _only_live_with_company(session, user, parsed.company)
    if existing is None:
        return _review("a cancellation for an interview Afterview does not know")
    if existing.status == InterviewStatus.CANCELLED:
        return Decision(MessageStatus.DUPLICATE, Action.UNCHANGED, "already cancelled", existing)
    before = interviews.mail_snapshot(existing)
    interviews.cancel(session, existing, now)
    return Decision(MessageStatus.APPLIED, Action.CANCELLED, "", existing, before)


def _earlier_round(
    session: Session, user: User, parsed: ParsedMessage, own: frozenset[str], now: datetime
) -> Interview | None:
    """The interview an invitation to a further round follows, when it says it is one."""
    said = f"{parsed.subject or ''}\n{parsed.said or ''}"
    if not is_next_round(said):
        return None
    match = find_reply_interview(session, user, other_side(parsed, own), parsed.company, now)
    return match.interview


_OUTCOME_ACTIONS = {
    Outcome.REJECTED: Action.REJECTED,
    Outcome.OFFER: Action.OFFER,
    Outcome.NEXT_ROUND: Action.NEXT_ROUND,
    Outcome.HEARD_BACK: Action.HEARD_BACK,
}


def _employer_reply(
    session: Session, user: User, parsed: ParsedMessage, own: frozenset[str], now: datetime
) -> Decision | None:
    """Record what the employer answered about a known interview; None when it is not one."""
    sender = other_side(parsed, own)
    match = find_reply_interview(session, user, sender, parsed.company, now)
    interview = match.interview
    if interview is None:
        if parsed.category in ("employer_reply", "rejection"):
            return _review(f"an employer reply, but {match.problem}")
        return None
    said = read_reply(
        parsed.said or parsed.description or "",
        rejection=parsed.category == "rejection",
        interview_end=interview.end_at,
        zone=zone(user.timezone),
    )
    if said.outcome == Outcome.HEARD_BACK and not said.timeline and interview.end_at > now:
        # "Thanks for confirming, looking forward to Thursday" is no answer about an
        # interview still to come: recorded as one, it ended the wait for the follow-up.
        return _review(
            "a note from the employer before the interview that says nothing of how it"
            " went; nothing was changed"
        )
    before = interviews.mail_snapshot(interview)
    if said.timeline:
        # The same reading as the timeline field: the follow-up waits for their date.
        interviews.record_timeline(session, interview, said.timeline, now)
        return Decision(
            MessageStatus.APPLIED,
            Action.TIMELINE,
            f"they said: “{said.timeline}”{_follow_up_note(interview, user)}",
            interview,
            before,
        )
    interviews.record_outcome(session, interview, said.outcome, now)
    return Decision(MessageStatus.APPLIED, _OUTCOME_ACTIONS[said.outcome], "", interview, before)


def _follow_up_note(interview: Interview, user: User) -> str:
    step = next((s for s in interview.steps if s.kind == StepKind.FOLLOW_UP), None)
    if step is None or step.status != StepStatus.PENDING:
        return ""
    due = format_day(step.due_at, zone(user.timezone))
    return f"; the follow-up moved to {due}, in case you have not heard by then"


def _thank_you(
    session: Session, user: User, message: InboundMessage, own: frozenset[str], now: datetime
) -> Decision:
    if (message.header_from or "").lower() not in own:
        return _review("a thank-you note, but not one sent from your own address")
    head = read_head(message.raw or b"")
    interview = None
    for address in head.header_recipients:
        if address.lower() not in own:
            interview = find_reply_interview(session, user, address.lower(), None, now).interview
            if interview is not None:
                break
    if interview is None:
        return _review("a thank-you note, but it is not clear which interview it is for")
    step = next((s for s in interview.steps if s.kind == StepKind.THANK_YOU), None)
    if step is None or step.status != StepStatus.PENDING:
        return Decision(
            MessageStatus.DUPLICATE,
            Action.UNCHANGED,
            "the thank-you step was not pending",
            interview,
        )
    before = interviews.mail_snapshot(interview)
    interviews.set_step_status(step, StepStatus.DONE, now)
    return Decision(MessageStatus.APPLIED, Action.THANK_YOU_DONE, "", interview, before)


def reprocess(session: Session, message_id: int, now: datetime) -> InboundMessage:
    """Route a kept message again and queue it to be read again, e.g. after a parser fix.

    Reading happens in the background reader (or `read_message` from the CLI), never
    here: this runs inside a person's request. The caller commits, then wakes the reader.
    """
    from service.inbound.arrival import Arrival, Verdicts
    from service.inbound.routing import route
    from service.platform.errors import NotFound

    message = interviews.get_row(session, InboundMessage, message_id)
    if message is None:
        raise NotFound(f"no inbound message {message_id}")
    if message.status not in REPROCESSABLE:
        said = STATUS_WORDS[MessageStatus(message.status)]
        *most, last = (f"“{STATUS_WORDS[status]}”" for status in REPROCESSABLE)
        allowed = f"{', '.join(most)} or {last}"
        raise Invalid(
            "status",
            f"message {message_id} is marked “{said}”: only mail marked {allowed} is read again",
        )
    if message.raw is None or len(message.raw) != message.raw_size:
        raise Invalid("raw", f"message {message_id} was not kept whole, so it cannot be read again")
    # A message that already belongs to an account keeps it: its secret address is not
    # stored, so routing again could only lose that.
    if message.user_id is None:
        verdicts = message.auth_verdicts or {}
        arrival = Arrival(
            provider=Provider(message.provider),
            raw=message.raw,
            recipients=(message.recipient,) if message.recipient else (),
            verdicts=Verdicts(
                source=str(verdicts.get("source", "")),
                spf=str(verdicts.get("spf", "")),
                spf_domain=str(verdicts.get("spf_domain", "")),
                dkim_pass_domains=tuple(str(d) for d in verdicts.get("dkim_pass_domains", [])),
                dmarc=str(verdicts.get("dmarc", "")),
                dmarc_domain=str(verdicts.get("dmarc_domain", "")),
            ),
        )
        decided = route(session, arrival, read_head(message.raw))
        if decided.user_id is None:
            message.status = MessageStatus.QUARANTINED
            message.reason = decided.reason[:500]
            message.processed_at = now
            return message
        message.user_id = decided.user_id
    message.status = MessageStatus.RECEIVED
    message.reason = ""
    message.action = ""
    message.claimed_by = None
    message.claimed_at = None
    message.processed_at = None
    session.flush()
    return message
