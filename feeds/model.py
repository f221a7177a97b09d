"""Plain values a feed is rendered from, checked once so rendering cannot fail late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

DEFAULT_PRODID = "-//Afterview//Interview follow-ups 1.0//EN"
DEFAULT_REFRESH = timedelta(hours=1)


class EventStatus(StrEnum):
    """Say whether an event still stands; cancelled ones are struck through or hidden."""

    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"


def _utc(value: datetime, what: str) -> datetime:
    """Return an aware datetime in UTC so every later comparison is unambiguous."""
    if not isinstance(value, datetime):
        raise TypeError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware (UTC), got naive {value.isoformat()}")
    return value.astimezone(UTC)


@lru_cache(maxsize=256)
def resolve_zone(name: str) -> str:
    """Return the IANA name for an IANA or Windows zone name, or raise ValueError.

    Invitations sent from Outlook/Exchange name zones the Windows way ("Eastern Standard
    Time"); calendars only understand IANA ids, so both are accepted and IANA comes out.
    """
    candidate = WINDOWS_TO_OLSON.get(name.strip(), name.strip())
    if not candidate or candidate != candidate.strip() or "\\" in candidate:
        raise ValueError(f"unknown time zone {name!r}")
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc
    return candidate


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedEvent:
    """Describe one calendar event of the feed: a follow-up step or an interview.

    `uid` must be stable forever for one (interview, step); `sequence` must rise on
    every visible change. `busy=False` marks the slot as free time (a step already done).
    `tzid` names the zone the times are written in (IANA or Windows name; None means UTC).
    """

    uid: str
    summary: str
    description: str
    start: datetime
    end: datetime
    sequence: int
    created: datetime
    last_modified: datetime
    status: EventStatus = EventStatus.CONFIRMED
    busy: bool = True
    tzid: str | None = None
    location: str | None = None
    url: str | None = None
    categories: tuple[str, ...] = ()
    alarm_minutes_before: int | None = None

    def __post_init__(self) -> None:
        if not self.uid.strip():
            raise ValueError("uid must not be empty")
        for name in ("start", "end", "created", "last_modified"):
            object.__setattr__(self, name, _utc(getattr(self, name), name))
        if self.end < self.start:
            raise ValueError(f"event {self.uid!r} ends before it starts")
        if isinstance(self.sequence, bool) or self.sequence < 0:
            raise ValueError("sequence must be a non-negative int")
        object.__setattr__(self, "status", EventStatus(self.status))
        if self.tzid is not None:
            object.__setattr__(self, "tzid", resolve_zone(self.tzid))
        object.__setattr__(self, "categories", tuple(self.categories))
        if self.alarm_minutes_before is not None and (
            isinstance(self.alarm_minutes_before, bool) or self.alarm_minutes_before < 0
        ):
            raise ValueError("alarm_minutes_before must be a non-negative int or None")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedCalendar:
    """Describe one subscription feed: its header properties and its events.

    `stamp` is written as every event's DTSTAMP; pass a stored time (e.g. the latest
    change), never "now", so identical data renders identical bytes.
    """

    name: str
    description: str
    timezone: str
    stamp: datetime
    events: tuple[FeedEvent, ...] = ()
    refresh: timedelta = DEFAULT_REFRESH
    prodid: str = DEFAULT_PRODID

    def __post_init__(self) -> None:
        object.__setattr__(self, "stamp", _utc(self.stamp, "stamp"))
        object.__setattr__(self, "timezone", resolve_zone(self.timezone))
        object.__setattr__(self, "events", tuple(self.events))
        if self.refresh <= timedelta(0):
            raise ValueError("refresh must be a positive duration")
        if not self.prodid.strip():
            raise ValueError("prodid must not be empty")
        uids = [event.uid for event in self.events]
        if len(set(uids)) != len(uids):
            # Clients collapse events sharing a UID, so one would silently vanish.
            duplicates = sorted({uid for uid in uids if uids.count(uid) > 1})
            raise ValueError(f"duplicate event UIDs: {duplicates}")
