"""What a forwarded message did and what was read from it, in the words a job seeker uses.

Pure: a message's stored fields in, sentences and labelled rows out. The web pages show
them; nothing here decides anything (that is `apply` and `review`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from service.inbound.apply import Action
from service.inbound.confirm import moved_from
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.parsing.timezones import check_zone, zone
from service.platform.dates import short_moment
from service.platform.errors import Invalid

_OUTCOME_WORDS = {
    Action.HEARD_BACK: "Marked heard back",
    Action.REJECTED: "Marked heard back (not moving forward)",
    Action.NEXT_ROUND: "Marked heard back (invited to a next round)",
    Action.OFFER: "Marked heard back (an offer)",
}
_KIND_WORDS = {
    "invitation": "An interview invitation",
    "reschedule": "A new time for an interview",
    "cancellation": "A cancellation",
    "employer_reply": "A reply from the employer",
    "rejection": "A reply from the employer (not moving forward)",
    "thank_you_note": "Your thank-you note",
    "newsletter": "A newsletter",
    "job_alert": "A job alert",
    "other": "Not recognised as an invitation",
    "not_invitation": "Not an invitation",
    "reply": "A reply",
}


def both_zones(moment: datetime, there: ZoneInfo, here: ZoneInfo, now: datetime) -> str:
    """The time where the interview is, and the user's own when their clock says otherwise.

    "Fri 11 Dec 14:00 (your time 20:00)"; the date is repeated when it differs too.
    """
    shown = short_moment(moment, there, now)
    if moment.astimezone(there).utcoffset() == moment.astimezone(here).utcoffset():
        return shown
    same_day = moment.astimezone(there).date() == moment.astimezone(here).date()
    yours = f"{moment.astimezone(here):%H:%M}" if same_day else short_moment(moment, here, now)
    return f"{shown} (your time {yours})"


def _name(interview: Interview) -> str:
    return f"{interview.company} — {interview.role}"


def what_happened(
    message: InboundMessage, interview: Interview | None, user_zone: ZoneInfo, now: datetime
) -> str:
    """One sentence saying what the message did to the user's interviews, or why it waits."""
    status, action, reason = message.status, message.action, message.reason
    if status == MessageStatus.RECEIVED:
        return "Not read yet: Afterview reads it within a few seconds"
    if status == MessageStatus.NEEDS_REVIEW:
        return f"Waiting for you: {reason or 'Afterview could not tell what it is about'}"
    if status == MessageStatus.QUARANTINED:
        return f"Held back: {reason or 'it could not be checked'}"
    if status == MessageStatus.DISCARDED:
        return "Discarded: you said it needs no action"
    if status == MessageStatus.DUPLICATE:
        return f"Nothing changed: {reason or 'Afterview already had this'}"
    if interview is None:
        return reason[:1].upper() + reason[1:] if reason else "Done"
    there = zone(interview.timezone)
    # The time this mail gave, which a later mail may have changed since.
    said = _moment((message.parse_summary or {}).get("start")) or interview.start_at
    when = both_zones(said, there, user_zone, now)
    since = ""
    if said != interview.start_at and interview.status != "cancelled":
        since = f" (since moved to {short_moment(interview.start_at, there, now)})"
    if action == Action.CREATED:
        return f"Created: {_name(interview)}, {when}{since}"
    if action == Action.RESCHEDULED:
        moved = moved_from(message)
        earlier = moved[0] if moved is not None else None
        if earlier is None:
            return f"Moved to {when}: {_name(interview)}{since}"
        before = short_moment(earlier, there, now)
        return f"Moved from {before} to {when}: {_name(interview)}{since}"
    if action == Action.CANCELLED:
        return f"Cancelled: {_name(interview)}, {when}"
    if action in _OUTCOME_WORDS:
        return f"{_OUTCOME_WORDS[action]}: {_name(interview)}"
    if action == Action.TIMELINE:
        return f"Noted when {interview.company} will get back to you: {reason}"
    if action == Action.THANK_YOU_DONE:
        return f"Thank-you note ticked off: {_name(interview)}"
    if action == "attached":
        return f"Attached to {_name(interview)}"
    return f"Applied to {_name(interview)}"


@dataclass(frozen=True)
class Person:
    """Someone the parser found: a name, an address, or both."""

    name: str
    email: str


@dataclass(frozen=True)
class Understood:
    """What was read from a message, as labelled rows, people and the technical rest."""

    rows: tuple[tuple[str, str], ...]
    people: tuple[tuple[str, tuple[Person, ...]], ...]
    technical: tuple[tuple[str, str], ...]


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


def _person(value: object) -> Person | None:
    if not isinstance(value, dict):
        return None
    found = Person(name=_text(value.get("name")), email=_text(value.get("email")))
    return found if found.name or found.email else None


def _parsed_zone(summary: dict[str, Any], fallback: ZoneInfo) -> ZoneInfo:
    try:
        return check_zone(_text(summary.get("timezone"))) if summary.get("timezone") else fallback
    except Invalid:  # a zone name no one knows, from a mail: show the user's time instead
        return fallback


def understood(summary: dict[str, Any] | None, user_zone: ZoneInfo, now: datetime) -> Understood:
    """Turn the parser's stored summary into rows a person reads; JSON never shows."""
    summary = summary or {}
    rows: list[tuple[str, str]] = []
    kind = _text(summary.get("category")) or _text(summary.get("kind"))
    if kind:
        rows.append(("What it is", _KIND_WORDS.get(kind, kind.replace("_", " ").capitalize())))
    for key, label in (("company", "Company"), ("role", "Role")):
        if _text(summary.get(key)):
            rows.append((label, _text(summary[key])))
    start, end = _moment(summary.get("start")), _moment(summary.get("end"))
    if summary.get("all_day"):
        rows.append(("When", "All day (no time given)"))
    elif start is not None:
        there = _parsed_zone(summary, user_zone)
        when = both_zones(start, there, user_zone, now)
        if end is not None and end > start:
            when = f"{when}, until {end.astimezone(there):%H:%M}"
        rows.append(("When", when))
    else:
        rows.append(("When", "No date could be read"))
    if _text(summary.get("timezone")):
        rows.append(("Time zone", _text(summary["timezone"])))
    for key, label in (("location", "Where"), ("meeting_url", "Meeting link")):
        if _text(summary.get(key)):
            rows.append((label, _text(summary[key])))
    confidence = summary.get("confidence")
    if isinstance(confidence, int | float) and summary.get("start"):
        rows.append(("How sure", f"{round(confidence * 100)}%"))
    found_warnings = summary.get("warnings")
    warnings = (
        [w for w in found_warnings if isinstance(w, str) and w.strip()][:5]
        if isinstance(found_warnings, list)
        else []
    )
    if warnings:
        rows.append(("Worth checking", "; ".join(warnings)))
    people: list[tuple[str, tuple[Person, ...]]] = []
    organizer = _person(summary.get("organizer"))
    if organizer is not None:
        people.append(("Organiser", (organizer,)))
    found = summary.get("interviewers")
    interviewers = tuple(
        p for p in (_person(v) for v in (found if isinstance(found, list) else [])) if p
    )
    if interviewers:
        people.append(("Interviewers", interviewers))
    sender = _text(summary.get("original_sender"))
    if sender:
        people.append(("First sent by", (Person(name="", email=sender),)))
    technical = tuple(
        (label, str(summary[key]))
        for key, label in (
            ("uid", "Calendar event ID"),
            ("sequence", "Calendar update number"),
            ("method", "Calendar method"),
            ("original_message_id", "Original Message-ID"),
        )
        if isinstance(summary.get(key), str | int) and summary.get(key) not in ("", True, False)
    )
    return Understood(rows=tuple(rows), people=tuple(people), technical=technical)
