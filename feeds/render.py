"""Render a FeedCalendar to the iCalendar bytes that subscribed clients poll."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vDDDTypes, vDuration, vInt, vText

from feeds.model import EventStatus, FeedCalendar, FeedEvent
from feeds.zones import build_vtimezone

# Line and paragraph separators that some readers split lines on; keep them as newlines.
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
# C0 controls other than TAB and LF, and DEL, are not allowed in TEXT (RFC 5545 3.3.11).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
# Everything RFC 3986 allows unescaped in a URI; the rest is percent-encoded.
_URI_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


class _Text(vText):
    """TEXT escaped by RFC 5545 3.3.11 alone.

    icalendar first rewrites a literal backslash-N in the input as a line break
    (it assumes the input may be escaped already); text from mail is never escaped,
    so "C:\\New" must come back as written, not split in two.
    """

    def to_ical(self) -> bytes:
        escaped = (
            str(self)
            .replace("\\", "\\\\")
            .replace(";", "\\;")
            .replace(",", "\\,")
            .replace("\n", "\\n")
        )
        return escaped.encode("utf-8")


def _text(value: str) -> str:
    """Return multi-line TEXT with only LF and TAB as control characters."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", value))


def _line(value: str) -> str:
    """Return single-line TEXT: a summary, location or category never spans lines."""
    return " ".join(_text(value).split())


def _label(value: str) -> str:
    """Return a category label without commas, which some readers split on even escaped."""
    return _line(value.replace(",", " "))


def _calendar_name(value: str) -> str:
    """Return a calendar name free of `,` and `;`, whose escapes Outlook on the web shows."""
    return _line(value.replace(",", " ").replace(";", " "))


def _uri(value: str) -> str:
    """Return the URL with spaces, controls and non-ASCII percent-encoded."""
    return quote(value.strip(), safe=_URI_SAFE)


def _in_zone(instant: datetime, zone: ZoneInfo) -> datetime | None:
    """Return `instant` as wall time in `zone`, or None if that wall time is ambiguous.

    In the repeated hour when clocks go back, a TZID time means its first occurrence
    (RFC 5545 3.3.5), so the second one can only be written in UTC.
    """
    local = instant.astimezone(zone)
    if local.replace(fold=0).astimezone(UTC) != instant:
        return None
    return local


def _times(event: FeedEvent) -> tuple[datetime, datetime]:
    """Return DTSTART and DTEND values: both in the event's zone, or both in UTC."""
    start = event.start.replace(microsecond=0)
    end = event.end.replace(microsecond=0)
    if event.tzid is None:
        return start, end
    zone = ZoneInfo(event.tzid)
    local_start, local_end = _in_zone(start, zone), _in_zone(end, zone)
    if local_start is None or local_end is None:
        return start, end
    return local_start, local_end


def _event(event: FeedEvent, stamp: vDDDTypes) -> Event:
    # Values go in already typed (encode=False): icalendar's type lookup per property
    # cost more than writing the event; the bytes are the same (the golden files say so).
    component = Event()
    start, end = _times(event)
    component.add("UID", vText(event.uid), encode=False)
    component.add("DTSTAMP", stamp, encode=False)
    component.add("DTSTART", vDDDTypes(start), encode=False)
    component.add("DTEND", vDDDTypes(end), encode=False)
    component.add("SEQUENCE", vInt(event.sequence), encode=False)
    component.add("CREATED", vDDDTypes(event.created.replace(microsecond=0)), encode=False)
    last_modified = vDDDTypes(event.last_modified.replace(microsecond=0))
    component.add("LAST-MODIFIED", last_modified, encode=False)
    component.add("SUMMARY", _Text(_line(event.summary)), encode=False)
    component.add("DESCRIPTION", _Text(_text(event.description)), encode=False)
    component.add("STATUS", vText(EventStatus(event.status).value), encode=False)
    component.add("TRANSP", vText("OPAQUE" if event.busy else "TRANSPARENT"), encode=False)
    location = _line(event.location or "")
    if location:
        component.add("LOCATION", _Text(location), encode=False)
    if event.url:
        component.add("URL", _uri(event.url))
    categories = [_label(category) for category in event.categories]
    if any(categories):
        component.add("CATEGORIES", [category for category in categories if category])
    if event.alarm_minutes_before is not None:
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", _Text(_line(event.summary) or "Reminder"))
        alarm.add("TRIGGER", timedelta(minutes=-event.alarm_minutes_before))
        component.add_component(alarm)
    return component


def _zone_years(calendar: FeedCalendar) -> dict[str, tuple[int, int]]:
    """Return, per zone written with TZID, the UTC years its VTIMEZONE has to cover."""
    spans: dict[str, tuple[int, int]] = {}
    for event in calendar.events:
        if event.tzid is None:
            continue
        first, last = spans.get(event.tzid, (event.start.year, event.end.year))
        spans[event.tzid] = (min(first, event.start.year), max(last, event.end.year))
    if not calendar.events:
        # RFC 5545 wants at least one component; the calendar's own zone is a harmless one.
        spans[calendar.timezone] = (calendar.stamp.year, calendar.stamp.year)
    return spans


def render_feed(calendar: FeedCalendar) -> bytes:
    """Return the feed as iCalendar bytes; the same calendar always gives the same bytes."""
    stamp = calendar.stamp.replace(microsecond=0)
    body = Calendar()
    body.add("PRODID", _line(calendar.prodid))
    body.add("VERSION", "2.0")
    body.add("CALSCALE", "GREGORIAN")
    # Explicit vText: icalendar 7.3's calendar_name/description setters write the X-WR-
    # twins unescaped, so a newline or comma in them would break or split the line.
    name, description = _calendar_name(calendar.name), _text(calendar.description)
    body.add("NAME", _Text(name))
    body.add("X-WR-CALNAME", _Text(name))
    body.add("DESCRIPTION", _Text(description))
    body.add("X-WR-CALDESC", _Text(description))
    body.add("X-WR-TIMEZONE", calendar.timezone)
    # RFC 7986 5.7 requires the explicit VALUE=DURATION parameter.
    body.add("REFRESH-INTERVAL", vDuration(calendar.refresh), parameters={"VALUE": "DURATION"})
    # vDuration, because icalendar would write a bare timedelta in X- properties as text.
    body.add("X-PUBLISHED-TTL", vDuration(calendar.refresh))

    typed_stamp = vDDDTypes(stamp)
    events = [_event(event, typed_stamp) for event in sorted(calendar.events, key=_order)]
    # An event that fell back to UTC may leave a spare VTIMEZONE behind; that is valid.
    for tzid, (first, last) in sorted(_zone_years(calendar).items()):
        body.add_component(build_vtimezone(tzid, first, last))
    for component in events:
        body.add_component(component)
    return b"".join(fold_line(line) for line in body.content_lines() if line)


FOLD_LIMIT = 74  # octets of content per physical line, as icalendar folds (75 with the space)
_CONTINUATION = 0b1100_0000
_ESCAPES = (ord("\\"), ord("^"))


def fold_line(line: str) -> bytes:
    """Return one content line, folded and CRLF-terminated, exactly as icalendar folds it.

    icalendar folds character by character, which costs more than everything else in a
    feed render; this folds the encoded bytes instead. Same rules: at most 74 octets a
    segment, never inside a UTF-8 sequence, never right after a backslash or caret
    (clients mis-read an escape split across a fold).
    """
    raw = line.encode("utf-8")
    if len(raw) <= FOLD_LIMIT:
        return raw + b"\r\n"
    segments = []
    start = 0
    while len(raw) - start > FOLD_LIMIT:
        cut = start + FOLD_LIMIT
        while raw[cut] & _CONTINUATION == 0b1000_0000:
            cut -= 1
        if raw[cut - 1] in _ESCAPES and cut - 1 > start and _chars(raw, start, cut) > 1:
            cut -= 1
        segments.append(raw[start:cut])
        start = cut
    segments.append(raw[start:])
    return b"\r\n ".join(segments) + b"\r\n"


def _chars(raw: bytes, start: int, end: int) -> int:
    """Count the characters in raw[start:end] (it starts on a character boundary)."""
    return sum(1 for byte in raw[start:end] if byte & _CONTINUATION != 0b1000_0000)


def _order(event: FeedEvent) -> tuple[datetime, str]:
    return event.start, event.uid


def feed_etag(body: bytes) -> str:
    """Return a strong, quoted ETag for a rendered feed, stable across processes."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
