"""Read the slot that add-to-calendar links carry when the text names no time.

Booking and applicant-tracking mail often shows only the day ("Wednesday 24 June") and puts
the time into its "Add to Google / Outlook / Yahoo" links: Google's `dates=START/END`,
Outlook's `startdt=…&enddt=…` and Yahoo's `st=…&et=…` (or `dur=HHMM`). Those are exact
instants (UTC with a `Z`, or an offset); a time without either is the wall time of the
`ctz=` zone when the link names one.

The same slot is also carried by calendar data put in a `data:text/calendar,…` link
(DTSTART/DTEND), and by schema.org markup that mail clients read (Gmail's "actions"):
JSON-LD `Event`/`EventReservation` and microdata, each with a `startDate` (and maybe an
`endDate`) in ISO 8601.
"""

from __future__ import annotations

import html
import json
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
_LINK = re.compile(r"https?://[^\s'\"<>]{1,2000}|data:text/calendar[^\s'\"<>]{1,4000}")
_ICAL_STAMP = r"(?:;TZID=([^:;\s]{1,60}))?(?:;VALUE=DATE-TIME)?:(\d{8}T\d{4}(?:\d\d)?Z?)"
_ICAL_START = re.compile(r"DTSTART" + _ICAL_STAMP)
_ICAL_END = re.compile(r"DTEND" + _ICAL_STAMP)
_JSON_LD = re.compile(
    r"<script[^>]{0,200}application/ld\+json[^>]{0,200}>(.{1,20000}?)</script", re.I | re.S
)
# a microdata property on one tag, its value in content= or datetime=, either order
_ITEMPROP = re.compile(
    r"<[a-z]{1,10}\s[^<>]{0,400}?itemprop=[\"'](startDate|endDate)[\"'][^<>]{0,400}>", re.I
)
_ITEM_VALUE = re.compile(r"\b(?:content|datetime)=[\"']([^\"']{10,40})[\"']", re.I)
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


def markup_slots(texts: list[str], default: tzinfo) -> list[tuple[datetime, datetime | None]]:
    """Return each distinct (start, end) that schema.org markup in the HTML names, in order."""
    slots: list[tuple[datetime, datetime | None]] = []
    for text in texts:
        if "startDate" not in text:
            continue
        for start, end in [*_json_ld_pairs(text[:MAX_TEXT]), *_microdata_pairs(text[:MAX_TEXT])]:
            begin = _iso(start, default) if "T" in start else None
            slot = _pair(begin, _iso(end, default) if end and "T" in end else None)
            if slot is not None and slot not in slots:
                slots.append(slot)
    return slots


def _json_ld_pairs(text: str) -> list[tuple[str, str | None]]:
    pairs: list[tuple[str, str | None]] = []
    for block in _JSON_LD.findall(text)[:5]:
        try:
            data = json.loads(html.unescape(block) if "&quot;" in block else block)
        except ValueError:
            continue
        stack, seen = [data], 0
        while stack and seen < 200:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                start = item.get("startDate")
                if isinstance(start, str):
                    end = item.get("endDate")
                    pairs.append((start, end if isinstance(end, str) else None))
                stack.extend(value for value in item.values() if isinstance(value, dict | list))
    return pairs


def _microdata_pairs(text: str) -> list[tuple[str, str | None]]:
    starts: list[str] = []
    ends: list[str] = []
    for tag in _ITEMPROP.finditer(text):
        value = _ITEM_VALUE.search(tag.group(0))
        if value:
            (starts if tag.group(1) == "startDate" else ends).append(value.group(1))
    if len(starts) != 1:
        return [(start, None) for start in starts]
    return [(starts[0], ends[0] if len(ends) == 1 else None)]


def _slot(link: str, default: tzinfo) -> tuple[datetime, datetime | None] | None:
    if link.startswith("data:"):
        return _ical_slot(link, default)
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


def _ical_slot(link: str, default: tzinfo) -> tuple[datetime, datetime | None] | None:
    start = _ICAL_START.search(link)
    if start is None:
        return None
    end = _ICAL_END.search(link)

    def moment(found: re.Match[str]) -> datetime | None:
        zone = iana_zone(found.group(1)) if found.group(1) else None
        return _stamp(found.group(2), zone or default)

    return _pair(moment(start), moment(end) if end else None)


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
