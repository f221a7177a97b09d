"""Read the slot that add-to-calendar links carry when the text names no time.

Booking and applicant-tracking mail often shows only the day ("Wednesday 24 June") and puts
the time into its "Add to Google / Outlook / Yahoo" links: Google's `dates=START/END`,
Outlook's `startdt=…&enddt=…` and Yahoo's `st=…&et=…` (or `dur=HHMM`). Those are exact
instants (UTC with a `Z`, or an offset); a time without either is the wall time of the
`ctz=` zone when the link names one.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta, tzinfo
from urllib.parse import unquote

from service.parsing.zones import iana_zone

_STAMP = r"\d{8}T\d{4}(?:\d\d)?Z?"
_ISO = r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?"
_GOOGLE = re.compile(rf"[?&;]dates=({_STAMP})/({_STAMP})")
_OUTLOOK = re.compile(rf"[?&;]startdt=({_ISO})(?:[^\s\"'<>]*?[?&;]enddt=({_ISO}))?")
_YAHOO = re.compile(rf"[?&;]st=({_STAMP})(?:&(?:et=({_STAMP})|dur=(\d{{4}})))?")
_CTZ = re.compile(r"[?&;]ctz=([A-Za-z_]+(?:/[A-Za-z_+-]+){1,2})")
_LINK = re.compile(r"https?://[^\s'\"<>]{1,2000}")
MAX_TEXT = 200_000
MAX_LINKS = 40


def link_slots(texts: list[str], default: tzinfo) -> list[tuple[datetime, datetime | None]]:
    """Return each distinct (start, end) the calendar links in the texts carry, in order."""
    slots: list[tuple[datetime, datetime | None]] = []
    for text in texts:
        if "=" not in text:
            continue
        links = [link for link in _LINK.findall(html.unescape(text[:MAX_TEXT])) if "=" in link]
        for link in links[:MAX_LINKS]:
            slot = _slot(unquote(link), default)
            if slot is not None and slot not in slots:
                slots.append(slot)
    return slots


def _slot(link: str, default: tzinfo) -> tuple[datetime, datetime | None] | None:
    ctz = _CTZ.search(link)
    zone = iana_zone(ctz.group(1)) if ctz else None
    wall = zone or default
    google = _GOOGLE.search(link)
    if google:
        return _pair(_stamp(google.group(1), wall), _stamp(google.group(2), wall))
    outlook = _OUTLOOK.search(link)
    if outlook:
        end = _iso(outlook.group(2), wall) if outlook.group(2) else None
        return _pair(_iso(outlook.group(1), wall), end)
    yahoo = _YAHOO.search(link)
    if yahoo:
        start = _stamp(yahoo.group(1), wall)
        end = _stamp(yahoo.group(2), wall) if yahoo.group(2) else None
        if yahoo.group(3) and start is not None:
            end = start + timedelta(hours=int(yahoo.group(3)[:2]), minutes=int(yahoo.group(3)[2:]))
        return _pair(start, end)
    return None


def _pair(start: datetime | None, end: datetime | None) -> tuple[datetime, datetime | None] | None:
    if start is None:
        return None
    if end is not None and not timedelta(0) < end - start <= timedelta(hours=12):
        end = None
    return start, end


def _stamp(value: str, wall: tzinfo) -> datetime | None:
    zone = UTC if value.endswith("Z") else wall
    digits = value.rstrip("Z")
    try:
        return datetime(
            int(digits[:4]),
            int(digits[4:6]),
            int(digits[6:8]),
            int(digits[9:11]),
            int(digits[11:13]),
            int(digits[13:15] or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


def _iso(value: str, wall: tzinfo) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=wall)
