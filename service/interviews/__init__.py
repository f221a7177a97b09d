"""Interview domain: log, change, reschedule and cancel interviews; keep their steps right.

Every function takes the session and `now`; none commits. The caller (a view, a CLI
command, a job) owns the transaction, so a failed rule leaves nothing half-written.
"""

from __future__ import annotations

import re
from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from flask import Flask

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.utils import getaddresses
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from service.accounts import lock_own_account, mark_feed_changed, own_addresses
from service.accounts.models import User
from service.interviews.models import (
    FollowUpStep,
    Interview,
    Interviewer,
    InterviewStatus,
    Outcome,
    Source,
    StepStatus,
)
from service.outbox.models import OutboxMessage, OutboxStatus
from service.parsing.model import Person
from service.parsing.timezones import (
    check_year,
    check_zone,
    parse_instant,
    zone,
)
from service.platform.errors import Invalid, NotFound, Problems, not_one_of
from service.platform.text import (
    check_name,
    check_text,
    close_bidi,
    closed_within,
    shows_nothing,
    without_controls,
)
from service.steps.kinds import StepKind
from service.steps.schedule import (
    StepPlan,
    WorkingHours,
    latest_round,
    next_monday,
    next_working_moment,
    opening_on,
    plan_steps,
    snoozed_until,
)
from service.steps.timeline import timeline_date

MAX_DURATION = timedelta(hours=24)
MAX_INTERVIEWERS = 20
MAX_NAME = 200  # an interviewer's name, as its column holds it
LIMITS = {"company": 200, "role": 200, "location": 500, "meeting_url": 2000, "notes": 10_000}

SUPERSEDED = "a later round carries the follow-up"
HEARD_BACK = "heard back from the employer"
CANCELLED = "interview cancelled"
# An interview logged once it was over: there was no moment to ask in the room.
ASKED_TOO_LATE = "the interview was over when it was logged"
# What a step's status can be set to; cancelled comes only with the interview.
SETTABLE_STATUSES = ("pending", "done", "skipped")
NO_TIMELINE = "write what they said (such as 'within two weeks'), or give the date they named"


def read_person(text: str) -> Person:
    """Read 'Name <email>', a bare address or a bare name, as the form and the CLI take them."""
    text = text.strip()
    if "<" in text and text.endswith(">"):
        name, _, email = text[:-1].rpartition("<")
        return Person(name=name.strip().strip('"'), email=email.strip())
    if "@" in text and " " not in text:
        return Person(email=text)
    return Person(name=text)


def read_people(line: str) -> tuple[Person, ...]:
    """Read one typed line of interviewers: one person as `read_person` reads it, or a
    To/Cc line pasted from the invitation ("Ana <ana@x.example>, Dana <dana@x.example>",
    "ana@x.example; dana@x.example") as one person per address, not one person whose
    name holds the others' addresses. A quoted "Ruiz, Ana" stays one name."""
    if line.count("@") > 1:
        listed = line if '"' in line else line.replace(";", ",")
        people = [
            Person(name=name.strip(), email=address.strip())
            for name, address in getaddresses([listed])
            if address
        ]
        if len(people) > 1 and all(
            "@" in p.email and " " not in p.email and "<" not in p.name for p in people
        ):
            return tuple(people)
    return (read_person(line),)


@dataclass(frozen=True)
class InterviewInput:
    """What it takes to log an interview; times are aware instants."""

    company: str
    role: str
    start: datetime
    end: datetime
    timezone: str
    location: str = ""
    meeting_url: str = ""
    notes: str = ""
    interviewers: tuple[Person, ...] = ()
    source: str = Source.MANUAL
    calendar_uid: str | None = None
    calendar_sequence: int | None = None
    origin_message_id: str | None = None
    organizer: Person | None = None


@dataclass(frozen=True)
class DetailsUpdate:
    """Fields that change without moving the interview; None leaves a field as it is."""

    company: str | None = None
    role: str | None = None
    location: str | None = None
    meeting_url: str | None = None
    notes: str | None = None
    interviewers: tuple[Person, ...] | None = None


def _text(name: str, value: str, *, required: bool = False) -> str:
    check_text(name, value)
    cleaned = close_bidi(" ".join(value.split()) if name != "notes" else value.strip())
    if required and not cleaned:
        raise Invalid(name, "is required")
    if name in ("company", "role"):
        check_name(name, cleaned)
    limit = LIMITS[name]
    if len(cleaned) > limit:
        raise Invalid(name, f"is {len(cleaned)} characters long; at most {limit} are allowed")
    return cleaned


def _people(
    people: Sequence[Person], own: frozenset[str] = frozenset(), *, typed: bool = True
) -> tuple[Person, ...]:
    """The interviewers cleaned. A name that shows nothing (only U+202E, U+200B, ...) is
    refused when someone `typed` it; from mail, which nobody can type again, it is dropped."""
    if len(people) > MAX_INTERVIEWERS:
        raise Invalid("interviewers", f"at most {MAX_INTERVIEWERS} interviewers")
    cleaned = []
    for person in people:
        # Names end up in mail headers and calendar text: one line, bounded.
        one_line = " ".join(without_controls(person.name).split())
        if typed and len(one_line) > MAX_NAME:
            # Typed: say so, as for a company or a role. From mail: kept cut short.
            raise Invalid(
                "interviewers",
                f"a name is {len(one_line)} characters long; at most {MAX_NAME} are allowed",
            )
        name = closed_within(one_line, MAX_NAME)
        if typed:
            check_name("interviewers", name)
        elif shows_nothing(name):
            name = ""
        email = person.email.strip().lower()
        if email and ("@" not in email or len(email) > 320 or any(c.isspace() for c in email)):
            raise Invalid("interviewers", f"{email[:80]!r} is not an email address")
        if email in own:
            continue  # the user's own address: a draft must not be addressed to oneself
        if name or email:
            cleaned.append(Person(name=name, email=email))
    return tuple(cleaned)


def _check_times(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise Invalid("start", "times must carry a zone or offset")
    check_year(start, "start")
    check_year(end, "end")
    if end <= start:
        raise Invalid("end", "must be after the start")
    if end - start > MAX_DURATION:
        raise Invalid("end", "an interview lasts at most 24 hours")


# Stands in for a time the caller could not read; `validate` raises before it is used.
UNREAD_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def validate(data: InterviewInput, problems: Problems | None = None) -> InterviewInput:
    """Return a cleaned copy of the input, or raise naming every bad field at once.

    `problems` may already hold what the caller found while reading the input (see
    `read_times`); they are raised together with the rest.
    """
    found = problems if problems is not None else Problems()
    zone = found.value(lambda: check_zone(data.timezone, "timezone"), None)
    if data.start is not UNREAD_TIME and data.end is not UNREAD_TIME:
        with found.check():
            _check_times(data.start, data.end)
    if data.meeting_url and not data.meeting_url.strip().lower().startswith(
        ("https://", "http://")
    ):
        found.add("meeting_url", "must be an http(s) link")

    def text(name: str, value: str, *, required: bool = False) -> str:
        # A field the caller already found wrong (a number sent for the company) is not
        # read again: it was also named "is required", two answers to one mistake.
        if found.has(name):
            return ""
        return found.value(lambda: _text(name, value, required=required), "")

    clean = replace(
        data,
        timezone=zone.key if zone is not None else data.timezone,
        company=text("company", data.company, required=True),
        role=text("role", data.role, required=True),
        location=text("location", data.location),
        meeting_url=text("meeting_url", data.meeting_url),
        notes=text("notes", data.notes),
        interviewers=found.value(
            lambda: _people(data.interviewers, typed=data.source != Source.EMAIL), ()
        ),
    )
    found.raise_any()
    return clean


def read_instant(text: str, tz: ZoneInfo, field: str) -> datetime:
    """Read one ISO 8601 time (wall clock in `tz` without an offset), as every edge must."""
    return parse_instant(text, tz, field)


def read_times(
    problems: Problems, start: str, end: str, zone_name: str
) -> tuple[datetime, datetime]:
    """Read start and end as wall-clock time in the zone (or with their own offset).

    What cannot be read is noted in `problems` rather than raised, so the caller
    can go on to check every other field and report them all together. A field
    the caller already found wrong is not read again.
    """
    tz = problems.value(lambda: check_zone(zone_name, "timezone"), None)

    def read(text: str, field: str) -> datetime:
        if tz is None or problems.has(field):
            return UNREAD_TIME
        return problems.value(lambda: read_instant(text, tz, field), UNREAD_TIME)

    return read(start, "start"), read(end, "end")


def logged_already(session: Session, user: User, data: InterviewInput) -> Interview | None:
    """The user's interview that `data` would log again, or None.

    The same company, role, start and end, not cancelled: a form sent twice (a double
    click, a reload after an answer that never came) logged the interview twice, each
    with its own follow-up steps and reminders. Raises Invalid as `validate` does.
    """
    clean = validate(data)
    return session.scalar(
        sa.select(Interview)
        .where(
            Interview.user_id == user.id,
            Interview.company == clean.company,
            Interview.role == clean.role,
            Interview.start_at == clean.start,
            Interview.end_at == clean.end,
            Interview.status != InterviewStatus.CANCELLED,
        )
        .order_by(Interview.id)
        .limit(1)
    )


class LoggedAlready(Exception):
    """The interview asked for is logged already, as `interview_id`."""

    def __init__(self, interview_id: int) -> None:
        super().__init__(f"logged already as {interview_id}")
        self.interview_id = interview_id


def log_once(session: Session, user: User, data: InterviewInput, now: datetime) -> Interview:
    """Log the interview unless the user has it already; raises LoggedAlready naming it.

    The check reads behind the account's lock, in the transaction that inserts: checked
    before it, two identical requests sent at once both found nothing and both logged
    the interview, each with its three steps and their reminders.
    """
    lock_own_account(session, user.id)
    return log_once_locked(session, user, data, now)


def log_once_locked(session: Session, user: User, data: InterviewInput, now: datetime) -> Interview:
    """`log_once` for a caller that holds the account's lock already (`lock_own_account`),
    having checked something of its own behind it (the API's Idempotency-Key)."""
    logged = logged_already(session, user, data)
    if logged is not None:
        raise LoggedAlready(logged.id)
    return create_interview(session, user, data, now)


def create_interview(
    session: Session, user: User, data: InterviewInput, now: datetime
) -> Interview:
    """Log an interview and plan its three steps (and re-plan its earlier rounds)."""
    clean = validate(data)
    own = own_addresses(session, user)
    organizer = _people([data.organizer] if data.organizer else [], own, typed=False)
    interview = Interview(
        user_id=user.id,
        company=clean.company,
        role=clean.role,
        start_at=clean.start,
        end_at=clean.end,
        timezone=clean.timezone,
        location=clean.location,
        meeting_url=clean.meeting_url,
        notes=clean.notes,
        status=InterviewStatus.SCHEDULED,
        source=clean.source,
        calendar_uid=clean.calendar_uid,
        calendar_sequence=clean.calendar_sequence,
        origin_message_id=clean.origin_message_id,
        organizer_name=organizer[0].name if organizer else "",
        organizer_email=organizer[0].email if organizer else "",
        created_at=now,
        updated_at=now,
    )
    interview.interviewers = [
        Interviewer(position=i, name=p.name, email=p.email)
        for i, p in enumerate(_people(clean.interviewers, own, typed=False))
    ]
    session.add(interview)
    session.flush()
    for kind in StepKind:
        session.add(
            FollowUpStep(
                interview_id=interview.id,
                kind=kind.value,
                due_at=clean.end,
                status=StepStatus.PENDING,
                status_changed_at=now,
                created_at=now,
                updated_at=now,
            )
        )
    session.flush()
    session.refresh(interview)
    _pass_ask_if_over(interview, now)
    replan_rounds(session, user, interview.company, interview.role, now)
    return interview


def update_details(
    session: Session,
    interview: Interview,
    changes: DetailsUpdate,
    now: datetime,
    problems: Problems | None = None,
) -> None:
    """Change what the interview is called and who is in it; the steps follow.

    Every wrong field is named at once (with any the caller noted in `problems`);
    the caller rolls back what was set before the error.
    """
    found = problems if problems is not None else Problems()
    old_group = (interview.company, interview.role)
    with found.check():
        if changes.company is not None:
            interview.company = _text("company", changes.company, required=True)
    with found.check():
        if changes.role is not None:
            interview.role = _text("role", changes.role, required=True)
    with found.check():
        if changes.location is not None:
            interview.location = _text("location", changes.location)
    with found.check():
        if changes.meeting_url is not None:
            url = _text("meeting_url", changes.meeting_url)
            if url and not url.lower().startswith(("https://", "http://")):
                raise Invalid("meeting_url", "must be an http(s) link")
            interview.meeting_url = url
    with found.check():
        if changes.notes is not None:
            interview.notes = _text("notes", changes.notes)
    if old_group != (interview.company, interview.role) and not (
        found.has("company") or found.has("role")
    ):
        with found.check():
            _refuse_twin(session, interview, "company" if changes.company is not None else "role")
    people = found.value(
        lambda: (
            None
            if changes.interviewers is None
            else _people(changes.interviewers, own_addresses(session, interview.user))
        ),
        None,
    )
    found.raise_any()
    if people is not None:
        interview.interviewers.clear()
        session.flush()
        interview.interviewers.extend(
            Interviewer(position=i, name=p.name, email=p.email) for i, p in enumerate(people)
        )
    _touch(interview, now, steps=True)
    session.flush()
    user = interview.user
    if old_group != (interview.company, interview.role):
        replan_rounds(session, user, *old_group, now)
    replan_rounds(session, user, interview.company, interview.role, now)


def reschedule(
    session: Session,
    interview: Interview,
    *,
    start: datetime,
    end: datetime,
    timezone: str,
    now: datetime,
    calendar_sequence: int | None = None,
) -> None:
    """Move the interview; every pending step moves with it, done steps stay done."""
    if interview.status == InterviewStatus.CANCELLED:
        raise Invalid("status", "a cancelled interview cannot be rescheduled; log it again")
    timezone = check_zone(timezone, "timezone").key
    _check_times(start, end)
    # Moved onto a live copy (by hand, or by a forwarded update), it gave two live
    # interviews with one company, role and time, each with its steps and reminders.
    _refuse_twin(session, interview, "start", start=start, end=end)
    interview.start_at = start
    interview.end_at = end
    interview.timezone = timezone
    if calendar_sequence is not None:
        interview.calendar_sequence = calendar_sequence
    _pass_ask_if_over(interview, now)
    _replan_after(session, interview, now)


def cancel(session: Session, interview: Interview, now: datetime) -> None:
    """Cancel the interview and its pending steps; an earlier round may take the follow-up."""
    if interview.status == InterviewStatus.CANCELLED:
        return
    # The account first, as a move or a restore takes it: writing the interview first
    # and then waiting for the account deadlocked with a move of the same interview.
    lock_own_account(session, interview.user_id)
    interview.status = InterviewStatus.CANCELLED
    for step in interview.steps:
        if step.status == StepStatus.PENDING:
            _set_status(step, StepStatus.CANCELLED, now, CANCELLED)
    _replan_after(session, interview, now)


class TwinStands(Invalid):
    """A cancelled interview was logged again since; the new one stands, so it stays cancelled."""

    def __init__(self, twin: int) -> None:
        super().__init__(
            "status",
            f"this interview was logged again as {twin} (the same company, role and time);"
            " that one stands, so this one stays cancelled",
        )
        self.twin = twin


def _live_twin(
    session: Session,
    interview: Interview,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> int | None:
    """Another live interview of the user's with this one's company, role and time (or
    the `start` and `end` it is about to move to).

    Read it behind the account's lock (`lock_own_account`), or a twin logged meanwhile
    goes unseen; the caller that decides on the answer takes it.
    """
    with session.no_autoflush:
        return session.scalar(
            sa.select(Interview.id)
            .where(
                Interview.user_id == interview.user_id,
                Interview.id != interview.id,
                Interview.company == interview.company,
                Interview.role == interview.role,
                Interview.start_at == (start or interview.start_at),
                Interview.end_at == (end or interview.end_at),
                Interview.status != InterviewStatus.CANCELLED,
            )
            .limit(1)
        )


def twin_at(session: Session, interview: Interview, start: datetime, end: datetime) -> int | None:
    """The id of a live interview with this one's company and role at `start`-`end`: a
    look before moving it, to word why not (reschedule checks again behind the lock)."""
    return _live_twin(session, interview, start=start, end=end)


def _refuse_twin(session: Session, interview: Interview, field: str, **moved: datetime) -> None:
    """Refuse a change that would make the interview a second copy of a live one."""
    lock_own_account(session, interview.user_id)
    twin = _live_twin(session, interview, **moved)
    if twin is not None:
        raise Invalid(
            field,
            f"interview {twin} has the same company, role and time already; change one"
            " of them, or cancel that interview first",
        )


def restore(session: Session, interview: Interview, now: datetime) -> None:
    """Undo a cancellation: the steps it cancelled come back, planned afresh.

    The rounds are re-planned, so the follow-up goes back to whichever round is latest.
    """
    if interview.status != InterviewStatus.CANCELLED:
        raise Invalid("status", "only a cancelled interview can be restored")
    # Logged again after it was cancelled: restoring it too gave two live copies, each
    # with its thank-you and its reminders.
    lock_own_account(session, interview.user_id)
    twin = _live_twin(session, interview)
    if twin is not None:
        raise TwinStands(twin)
    interview.status = InterviewStatus.SCHEDULED
    for step in interview.steps:
        if step.status == StepStatus.CANCELLED and step.status_reason == CANCELLED:
            _set_status(step, StepStatus.PENDING, now, "")
            step.snoozed = False
    _pass_ask_if_over(interview, now)
    _replan_after(session, interview, now)


def delete_interview(session: Session, interview: Interview, now: datetime) -> None:
    """Remove an interview and its steps; the other rounds are re-planned without it."""
    user, company, role = interview.user, interview.company, interview.role
    session.delete(interview)
    session.flush()
    mark_feed_changed(user, now)
    replan_rounds(session, user, company, role, now)


def adopt_calendar_identity(
    interview: Interview,
    now: datetime,
    *,
    uid: str | None = None,
    sequence: int | None = None,
    message_id: str | None = None,
) -> None:
    """Remember the calendar UID and Message-ID a later mail about this interview will carry.

    Only what is not known yet is taken; the change counts as an edit for the feed.
    """
    changed = False
    if uid and not interview.calendar_uid:
        interview.calendar_uid = uid[:500]
        interview.calendar_sequence = sequence if sequence is not None else 0
        changed = True
    if message_id and not interview.origin_message_id:
        interview.origin_message_id = message_id[:500]
        changed = True
    if changed:
        _touch(interview, now)


def record_calendar_sequence(interview: Interview, sequence: int) -> None:
    """Remember the newest SEQUENCE seen for the interview's invitation (nothing moves)."""
    interview.calendar_sequence = sequence


# A setting that moves a step's reminder moment by less than this (a zone: at most 26
# hours; working hours: within the day) moves the same reminder, already sent or not.
SAME_REMINDER_SHIFT = timedelta(days=1)


def replan_user(session: Session, user: User, now: datetime) -> None:
    """Re-plan every pending step of the user, e.g. after a change of zone or hours.

    A step whose reminder went out and that the change moves earlier, or later by less
    than a day, keeps it as sent: changing the zone while travelling, or the start of
    the day from 09:00 to 10:00, would otherwise mail the same "Follow up" again that
    day. A longer wait chosen after the reminder (a new follow-up delay) is a new
    follow-up day, and is reminded then.
    """
    # Only a reminder that went out: one still waiting (a relay down) is cancelled by
    # the sender once its step moves, and the step must then get one at its new time.
    sent = sa.exists().where(
        OutboxMessage.step_id == FollowUpStep.id,
        OutboxMessage.step_anchor_at == FollowUpStep.reminder_anchor_at,
        OutboxMessage.status == OutboxStatus.SENT,
    )
    reminded = {
        step: step.reminder_anchor_at
        for step in session.scalars(
            sa.select(FollowUpStep).where(
                FollowUpStep.user_id == user.id,
                FollowUpStep.status == StepStatus.PENDING,
                FollowUpStep.reminded.is_(True),
                sent,
            )
        )
    }
    groups = session.execute(
        sa.select(sa.func.lower(Interview.company), sa.func.lower(Interview.role))
        .where(Interview.user_id == user.id, Interview.status != InterviewStatus.CANCELLED)
        .distinct()
    ).all()
    for company, role in groups:
        replan_rounds(session, user, company, role, now)
    session.flush()  # the flush sets each moved step's reminder moment (and unsets reminded)
    for step, sent_for in reminded.items():
        if step.reminder_anchor_at - sent_for < SAME_REMINDER_SHIFT:
            step.reminded = True
    mark_feed_changed(user, now)


def record_timeline(
    session: Session,
    interview: Interview,
    text: str,
    now: datetime,
    *,
    on: date | None = None,
) -> date | None:
    """Keep what the employer said about their timeline and move the follow-up after it.

    `on` overrides the date read from the text. Returns the date the follow-up now
    waits for, or None when the text gives no date (the default delay then applies).
    """
    cleaned = " ".join(text.split())
    if not cleaned and on is None:
        # Nothing said and no date: every edge refuses it here, the command line too,
        # which used to take an empty text and wipe the timeline kept before.
        raise Invalid("timeline", NO_TIMELINE)
    if len(cleaned) > 500:
        raise Invalid("timeline", "at most 500 characters")
    user = interview.user
    implied = on
    if implied is None and cleaned:
        implied = timeline_date(cleaned, interview_end=interview.end_at, zone=zone(user.timezone))
    if implied is not None and not interview.end_at.date() - timedelta(days=1) <= implied:
        raise Invalid("timeline_date", "is before the interview")
    if implied is not None and implied > interview.end_at.date() + timedelta(days=366):
        raise Invalid("timeline_date", "is more than a year after the interview")
    interview.timeline_text = cleaned
    interview.timeline_date = implied
    _replan_after(session, interview, now)
    return implied


def record_outcome(session: Session, interview: Interview, outcome: str, now: datetime) -> None:
    """Note what came back; any answer from the employer ends the wait for a follow-up."""
    try:
        value = Outcome(outcome)
    except ValueError:
        raise Invalid("outcome", not_one_of(outcome, (o.value for o in Outcome))) from None
    interview.outcome = value
    if interview.heard_back_at is None:
        interview.heard_back_at = now
    if interview.status == InterviewStatus.SCHEDULED and interview.end_at <= now:
        interview.status = InterviewStatus.COMPLETED
    for step in interview.steps:
        if step.kind == StepKind.FOLLOW_UP and step.status == StepStatus.PENDING:
            _set_status(step, StepStatus.CANCELLED, now, HEARD_BACK)
    _touch(interview, now)
    session.flush()


def mail_snapshot(interview: Interview) -> dict[str, str | None]:
    """What a message can change on an interview, as JSON, to compare and put back later."""

    def text(value: datetime | date | None) -> str | None:
        if isinstance(value, datetime):
            value = value.astimezone(UTC)  # one spelling per instant, so snapshots compare
        return value.isoformat() if value is not None else None

    thank_you = next((s for s in interview.steps if s.kind == StepKind.THANK_YOU), None)
    return {
        "start_at": text(interview.start_at),
        "end_at": text(interview.end_at),
        "timezone": interview.timezone,
        "status": interview.status,
        "outcome": interview.outcome,
        "heard_back_at": text(interview.heard_back_at),
        "timeline_text": interview.timeline_text,
        "timeline_date": text(interview.timeline_date),
        "thank_you": thank_you.status if thank_you is not None else None,
    }


def undo_mail_change(
    session: Session,
    interview: Interview,
    before: dict[str, str | None],
    after: dict[str, str | None],
    now: datetime,
) -> list[str]:
    """Put back what one message changed, field by field, unless something changed it since.

    A field the user (or a later message) has set again since keeps its newer value.
    Returns the fields put back.
    """
    current = mail_snapshot(interview)
    back = [k for k in before if before[k] != after.get(k) and current.get(k) == after.get(k)]
    if not back:
        return []
    if "status" in back and interview.status == InterviewStatus.CANCELLED:
        with suppress(TwinStands):  # a twin logged since the mail keeps the reminders
            restore(session, interview, now)
    times = ("start_at", "end_at", "timezone")
    put_back = all(k in back or before[k] == after.get(k) for k in times) and set(times) & set(back)
    if put_back:
        old_start = datetime.fromisoformat(str(before["start_at"]))
        old_end = datetime.fromisoformat(str(before["end_at"]))
        lock_own_account(session, interview.user_id)  # a copy logged meanwhile is seen
        if _live_twin(session, interview, start=old_start, end=old_end) is None:
            reschedule(
                session,
                interview,
                start=old_start,
                end=old_end,
                timezone=str(before["timezone"]),
                now=now,
            )
        else:
            # The old time is taken by a copy logged since: the interview stays where it is.
            back = [k for k in back if k not in times]
    if "outcome" in back:
        interview.outcome = before["outcome"]
    if "heard_back_at" in back:
        heard = before["heard_back_at"]
        interview.heard_back_at = datetime.fromisoformat(heard) if heard else None
    if "timeline_text" in back or "timeline_date" in back:
        interview.timeline_text = before["timeline_text"] or ""
        on = before["timeline_date"]
        interview.timeline_date = date.fromisoformat(on) if on else None
    if "status" in back and interview.status == InterviewStatus.COMPLETED:
        interview.status = InterviewStatus(str(before["status"]))
    not_heard = interview.outcome is None and interview.heard_back_at is None
    for step in interview.steps:
        if step.kind == StepKind.THANK_YOU and "thank_you" in back:
            _set_status(step, StepStatus(str(before["thank_you"])), now, "")
        if step.kind == StepKind.FOLLOW_UP and not_heard and step.status_reason == HEARD_BACK:
            _set_status(step, StepStatus.PENDING, now, "")
    _replan_after(session, interview, now)
    return back


def set_step_status(step: FollowUpStep, status: str, now: datetime) -> None:
    """Mark a step done, skipped or pending again; a cancelled step stays cancelled."""
    try:
        wanted = StepStatus(status)
    except ValueError:
        raise Invalid("status", not_one_of(status, SETTABLE_STATUSES)) from None
    if wanted == StepStatus.CANCELLED:
        raise Invalid("status", "steps are cancelled with their interview, not directly")
    if step.status == StepStatus.CANCELLED:
        raise Invalid("status", "this step was cancelled with its interview")
    if wanted == StepStatus.PENDING and step.status_reason == SUPERSEDED:
        raise Invalid("status", "a later round of this company and role carries the follow-up")
    if step.status != wanted:
        _set_status(step, wanted, now, "")
        _touch(step.interview, now, steps=False)


def snooze_step(step: FollowUpStep, now: datetime, by: timedelta = timedelta(days=1)) -> None:
    """Push a pending step later: `by` after the later of its time and now, on a whole
    minute inside the user's working hours."""
    if step.status != StepStatus.PENDING:
        raise Invalid("status", f"only a pending step can be snoozed; this one is {step.status}")
    user = step.interview.user
    step.due_at = snoozed_until(step.due_at, now, by, zone(user.timezone), _hours(user))
    step.snoozed = True
    step.revision += 1
    step.updated_at = now
    _touch(step.interview, now, steps=False)


# How far a step may be put off past its due time: further is a typo (2062), not a plan.
SNOOZE_DAYS = 366
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# What the pages offer besides a date; the words are the buttons' labels.
SNOOZE_CHOICES = {"day": "A day", "3days": "Three days", "monday": "Next Monday"}


def snooze_offers(step: FollowUpStep, now: datetime) -> dict[str, str]:
    """The choices worth offering for a step: next Monday only when that is later."""
    user = step.interview.user
    tz = zone(user.timezone)
    monday = opening_on(next_monday(now, tz), tz, _hours(user))
    if monday <= max(step.due_at, now):
        return {key: label for key, label in SNOOZE_CHOICES.items() if key != "monday"}
    return dict(SNOOZE_CHOICES)


def snooze_step_until(step: FollowUpStep, now: datetime, until: datetime) -> None:
    """Push a pending step to a moment (the next working moment when it falls outside),
    later than it is due (or now) and at most `SNOOZE_DAYS` after that."""
    by = until - max(step.due_at, now)
    if by <= timedelta(0):
        raise Invalid("until", "that is not later than when the step is due now")
    if by > timedelta(days=SNOOZE_DAYS):
        raise Invalid(
            "until",
            f"is more than {SNOOZE_DAYS} days after the step is due; choose a nearer day",
        )
    snooze_step(step, now, by)


def _snooze_step_to_day(step: FollowUpStep, now: datetime, day_text: str) -> None:
    """Push a pending step to the start of working hours on a YYYY-MM-DD day."""
    user = step.interview.user
    tz, hours = zone(user.timezone), _hours(user)
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise Invalid(
            "until", "choose a day, three days, next Monday, or a date like 2026-03-09"
        ) from None
    check_year(datetime(day.year, day.month, day.day, tzinfo=UTC), "until")
    snooze_step_until(step, now, opening_on(day, tz, hours))


def snooze_step_to(step: FollowUpStep, now: datetime, until: str) -> None:
    """Push a pending step to a date (the start of working hours that day) or a time
    (wall clock in the user's zone without an offset), as the API's `until` gives it."""
    text = until.strip()
    date_form, time_form = "a date such as 2026-03-09", "a time such as 2026-03-09T14:30"
    if _DAY.fullmatch(text):
        try:
            date.fromisoformat(text)
        except ValueError:
            raise Invalid(
                "until", f"{text!r} is no day of the calendar; give {date_form} or {time_form}"
            ) from None
        _snooze_step_to_day(step, now, text)
        return
    try:
        datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        # The time fields' own message asks for a time: here a date does as well.
        raise Invalid("until", f"{text[:40]!r} is neither {date_form} nor {time_form}") from None
    snooze_step_until(step, now, read_instant(text, zone(step.interview.user.timezone), "until"))


def snooze_step_as_chosen(step: FollowUpStep, now: datetime, choice: str) -> None:
    """Snooze by a choice the pages offer: a day, three days, next Monday or a date.

    A date (YYYY-MM-DD) and next Monday mean the start of working hours that day, in
    the user's zone.
    """
    user = step.interview.user
    tz, hours = zone(user.timezone), _hours(user)
    choice = choice.strip()
    if choice == "day":
        snooze_step(step, now, timedelta(days=1))
    elif choice == "3days":
        snooze_step(step, now, timedelta(days=3))
    elif choice == "monday":
        snooze_step_until(step, now, opening_on(next_monday(now, tz), tz, hours))
    else:
        _snooze_step_to_day(step, now, choice)


def replan_rounds(session: Session, user: User, company: str, role: str, now: datetime) -> None:
    """Re-plan every live round with this company and role; only the latest gets a follow-up."""
    rounds = list(
        session.scalars(
            sa.select(Interview)
            .where(
                Interview.user_id == user.id,
                sa.func.lower(Interview.company) == company.lower(),
                sa.func.lower(Interview.role) == role.lower(),
                Interview.status != InterviewStatus.CANCELLED,
            )
            .options(selectinload(Interview.steps))
        )
    )
    carrier = latest_round([(r.id, r.start_at) for r in rounds])
    hours = _hours(user)
    user_zone = zone(user.timezone)
    for interview in rounds:
        plan = plan_steps(
            start=interview.start_at,
            end=interview.end_at,
            user_zone=user_zone,
            hours=hours,
            timeline_date=interview.timeline_date,
            follow_up_days=user.follow_up_days,
            carries_follow_up=interview.id == carrier,
        )
        _apply_plan(interview, plan, now, user_zone, hours)
    session.flush()


def _replan_after(session: Session, interview: Interview, now: datetime) -> None:
    """Record an edit of this interview and re-plan its company and role's rounds."""
    _touch(interview, now)
    session.flush()
    replan_rounds(session, interview.user, interview.company, interview.role, now)


def _hours(user: User) -> WorkingHours:
    try:
        return WorkingHours.parse(user.working_hours)
    except ValueError:
        return WorkingHours()  # a stored value no longer readable: the defaults


def _pass_ask_if_over(interview: Interview, now: datetime) -> None:
    """Record "ask about next steps" as passed when the interview is already over.

    Logged (or moved) after the fact, the step was never askable: it must not nag as
    overdue. Moved into the future again, it is pending again.
    """
    for step in interview.steps:
        if step.kind != StepKind.ASK_NEXT_STEPS:
            continue
        if interview.end_at <= now and step.status == StepStatus.PENDING:
            _set_status(step, StepStatus.SKIPPED, now, ASKED_TOO_LATE)
        elif interview.end_at > now and step.status_reason == ASKED_TOO_LATE:
            _set_status(step, StepStatus.PENDING, now, "")


def _apply_plan(
    interview: Interview, plan: StepPlan, now: datetime, user_zone: ZoneInfo, hours: WorkingHours
) -> None:
    due = {
        StepKind.ASK_NEXT_STEPS.value: plan.ask_next_steps,
        StepKind.THANK_YOU.value: plan.thank_you,
        StepKind.FOLLOW_UP.value: plan.follow_up,
    }
    changed = False
    for step in interview.steps:
        when = due[step.kind]
        if step.kind == StepKind.FOLLOW_UP:
            if when is None:
                if step.status == StepStatus.PENDING:
                    _set_status(step, StepStatus.SKIPPED, now, SUPERSEDED)
                    changed = True
                continue
            if step.status == StepStatus.SKIPPED and step.status_reason == SUPERSEDED:
                _set_status(step, StepStatus.PENDING, now, "")
                changed = True
        # A passed ask step keeps its place too, so the feed and the page show when it was.
        if step.status != StepStatus.PENDING and step.status_reason != ASKED_TOO_LATE:
            continue
        if step.kind == StepKind.THANK_YOU and step.status_reason != plan.thank_you_reason:
            step.status_reason = plan.thank_you_reason
            changed = True
        if step.snoozed:
            # A snoozed step keeps its time, but never outside the current working hours,
            # and a snooze only ever puts it later: an interview moved past the snoozed
            # time takes the step with it (a thank-you before the interview, never).
            kept = next_working_moment(step.due_at, user_zone, hours)
            if when is None or kept > when:
                when = kept
            else:
                step.snoozed = False
        if when is not None and step.due_at != when:
            step.due_at = when
            step.revision += 1
            step.updated_at = now
            changed = True
    if changed:
        _touch(interview, now, steps=False)


def _set_status(step: FollowUpStep, status: StepStatus, now: datetime, reason: str) -> None:
    step.status = status
    step.status_reason = reason
    step.status_changed_at = now
    step.revision += 1
    step.updated_at = now


def _touch(interview: Interview, now: datetime, *, steps: bool = False) -> None:
    """Record a change so the feed's SEQUENCE and Last-Modified move forward."""
    interview.revision += 1
    interview.updated_at = now
    if steps:
        for step in interview.steps:
            step.revision += 1
            step.updated_at = now
    mark_feed_changed(interview.user, now)


MAX_ROW_ID = 2**31 - 1  # INTEGER primary keys on PostgreSQL
_Row = TypeVar("_Row")


def is_row_id(value: int) -> bool:
    """Tell whether a number can be a row id at all (a database would overflow otherwise)."""
    return 1 <= value <= MAX_ROW_ID


def get_row(session: Session, model: type[_Row], row_id: int) -> _Row | None:
    """Return the row with that id, or None; an id no row can have is never queried."""
    return session.get(model, row_id) if is_row_id(row_id) else None


def get_interview(session: Session, user: User, interview_id: int) -> Interview:
    """Return one of this user's interviews; anyone else's is simply not found."""
    interview = get_row(session, Interview, interview_id)
    if interview is None or interview.user_id != user.id:
        raise NotFound(f"no interview {interview_id}")
    return interview


def get_step(session: Session, user: User, step_id: int) -> FollowUpStep:
    """Return one of this user's steps; anyone else's is simply not found."""
    step = get_row(session, FollowUpStep, step_id)
    if step is None or step.interview.user_id != user.id:
        raise NotFound(f"no step {step_id}")
    return step


PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_OFFSET = 1_000_000  # far past any real list; keeps the number inside a database integer


def page_bounds(limit: int | str | None, offset: int | str | None) -> tuple[int, int]:
    """Check a page's size and start as given by a client; Invalid names what is wrong."""
    size = _whole_number("limit", limit, PAGE_SIZE)
    start = _whole_number("offset", offset, 0)
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise Invalid("limit", f"must be between 1 and {MAX_PAGE_SIZE}")
    if not 0 <= start <= MAX_OFFSET:
        raise Invalid("offset", f"must be between 0 and {MAX_OFFSET}")
    return size, start


def _whole_number(name: str, value: int | str | None, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise Invalid(name, f"{str(value)[:40]!r} is not a whole number") from None


def list_interviews(
    session: Session,
    user: User,
    *,
    status: InterviewStatus | None = None,
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[Interview]:
    """Return one page of the user's interviews (only those in `status` when given), newest
    first, steps and people loaded."""
    query = (
        sa.select(Interview)
        .where(Interview.user_id == user.id)
        .order_by(Interview.start_at.desc(), Interview.id.desc())
        .limit(limit)
        .offset(offset)
        .options(selectinload(Interview.steps), selectinload(Interview.interviewers))
    )
    if status is not None:
        query = query.where(Interview.status == status)
    return list(session.scalars(query))


def list_steps(
    session: Session,
    user: User,
    *,
    status: str | None = None,
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[FollowUpStep]:
    """Return one page of the user's steps by due time, each with its interview loaded."""
    query = (
        sa.select(FollowUpStep)
        .join(Interview)
        # Both owners: the interview's leads a planner through the user's interviews, the
        # step's own to the index of their pending steps when only those are asked for.
        .where(Interview.user_id == user.id, FollowUpStep.user_id == user.id)
        .order_by(FollowUpStep.due_at, FollowUpStep.id)
        .limit(limit)
        .offset(offset)
        .options(
            # Pages word each step from its interview, its people and its sibling steps:
            # one query per relation for the whole page, never one per row.
            selectinload(FollowUpStep.interview).selectinload(Interview.interviewers),
            selectinload(FollowUpStep.interview).selectinload(Interview.steps),
        )
    )
    if status is not None:
        try:
            query = query.where(FollowUpStep.status == StepStatus(status))
        except ValueError:
            raise Invalid("status", f"{status[:40]!r} is not a step status") from None
    return list(session.scalars(query))


def init_app(app: Flask) -> None:
    """Add the interview, step and demo commands."""
    from service.interviews import cli

    cli.init_app(app)
