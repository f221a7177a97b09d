"""Tell which calendar service fetched a feed, from the User-Agent it sent."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache


class ClientFamily(StrEnum):
    """Name the client families the admin page reports fetches for."""

    GOOGLE = "google"
    OUTLOOK = "outlook"
    APPLE = "apple"
    OTHER = "other"


# Lower-case substrings, checked in this order: Outlook for iOS says "iOS" too, so the
# Apple markers are the calendar daemons' names, never the OS name alone.
_MARKERS: tuple[tuple[ClientFamily, tuple[str, ...]], ...] = (
    (ClientFamily.GOOGLE, ("google-calendar-importer", "googlecalendar", "google-calendar")),
    (
        ClientFamily.OUTLOOK,
        (
            "microsoft outlook",
            "microsoft office",
            "microsoft exchange",
            "microsoft.exchange",
            "msexchange",
            "exchangeservices",
            "outlook-ios",
            "outlook-android",
            "outlook",
            "ms-office",
        ),
    ),
    (
        ClientFamily.APPLE,
        ("dataaccessd", "calendaragent", "ical/", "davkit", "calendarstore", "accountsd"),
    ),
)


@lru_cache(maxsize=1024)
def classify_client(user_agent: str | None) -> ClientFamily:
    """Return the client family for a User-Agent header; unknown or missing is OTHER.

    Cached: a deployment sees few distinct agents, each polling many times.
    """
    if not user_agent:
        return ClientFamily.OTHER
    agent = user_agent.lower()
    for family, markers in _MARKERS:
        if any(marker in agent for marker in markers):
            return family
    return ClientFamily.OTHER
