"""Value types the parser hands to the rest of the service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Kind = Literal["invitation", "cancellation", "reschedule", "reply", "not_invitation"]
Category = Literal[
    "rejection", "employer_reply", "thank_you_note", "newsletter", "job_alert", "other"
]

JSON_KEYS: tuple[str, ...] = (
    "kind",
    "start",
    "end",
    "timezone",
    "all_day",
    "company",
    "role",
    "location",
    "meeting_url",
    "organizer",
    "interviewers",
    "uid",
    "sequence",
    "method",
    "original_message_id",
    "original_sender",
    "confidence",
    "warnings",
)


class ParseError(ValueError):
    """Raised when the input is not a message or calendar the parser can read."""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone taking part in an interview, as the parser reads them, a person types them
    and a step's wording names them: either part may be empty ("" when unknown)."""

    name: str = ""
    email: str = ""

    def to_json_dict(self) -> dict[str, object]:
        """Return the person as the JSON object the issue specifies (null when unknown)."""
        return {"name": self.name or None, "email": self.email or None}


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """Everything the parser understood about one message, unknowns as None."""

    kind: Kind
    start: datetime | date | None = None
    end: datetime | date | None = None
    timezone: str | None = None
    all_day: bool = False
    company: str | None = None
    role: str | None = None
    location: str | None = None
    meeting_url: str | None = None
    organizer: Person | None = None
    interviewers: tuple[Person, ...] = ()
    uid: str | None = None
    sequence: int | None = None
    method: str | None = None
    original_message_id: str | None = None
    original_sender: str | None = None
    confidence: float = 0.0
    # How sure the reading is of the slot alone, before asking whether the slot is the
    # reader's interview: a calendar update whose UID is a known interview's settles that
    # question, so its slot is taken on this figure (None: no separate figure).
    slot_confidence: float | None = None
    warnings: tuple[str, ...] = ()
    subject: str | None = None
    message_id: str | None = None
    sender: str | None = None
    date: datetime | None = None
    category: Category | None = None
    dial_in: str | None = None
    description: str | None = None
    # The new text the original sender wrote (no quoted mail), bounded: what a reply says.
    said: str | None = None

    def to_json_dict(self) -> dict[str, object]:
        """Return exactly the keys of the `afterview parse --json` contract."""
        return {
            "kind": self.kind,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "timezone": self.timezone,
            "all_day": self.all_day,
            "company": self.company,
            "role": self.role,
            "location": self.location,
            "meeting_url": self.meeting_url,
            "organizer": self.organizer.to_json_dict() if self.organizer else None,
            "interviewers": [person.to_json_dict() for person in self.interviewers],
            "uid": self.uid,
            "sequence": self.sequence,
            "method": self.method,
            "original_message_id": self.original_message_id,
            "original_sender": self.original_sender,
            "confidence": round(self.confidence, 2),
            "warnings": list(self.warnings),
        }


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat()
