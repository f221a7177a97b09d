"""Named hostile mails: shapes that each held a worker for seconds to hours before the
parser was bounded (times measured on the shared 2-core machine before each fix).

`tests/parsing/test_hostile_input.py` checks that each still gives the invitation it states;
`make bench-parse-worst` times each against the 2 s target.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

MB = 1_000_000
# Not a speed target (`make bench-parse-worst` holds each shape to 2 s on a quiet machine): a
# test only fails on the unbounded kind (minutes, hours), with room for a loaded CI machine.
HANG_GUARD_SECONDS = 20.0
CALENDAR_INVITE = (Path(__file__).parent / "fixtures" / "outlook_display_name.ics").read_bytes()
WANTED_START = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def mail(body: bytes, content_type: bytes = b"text/plain") -> bytes:
    """A forwarded-looking invitation whose body carries one hostile piece."""
    return (
        b"From: Ann Lee <ann@acme-robotics.com>\r\nTo: me@gmail.com\r\nSubject: Interview\r\n"
        b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nContent-Type: " + content_type + b"\r\n\r\n"
        b"Hello,\r\nWe would like to interview you on March 10 at 3pm UTC.\r\n"
        + body
        + b"\r\nThanks\r\n"
    )


TEXT_SHAPES = {
    # before: 12-50 s, the forward-header pattern split the blanks between two runs
    "a line of 16,000 spaces": b" " * 16_000 + b"x",
    "a 1 MB line of spaces": b" " * MB + b"x",
    # before: 13 s and more, every word of "Acme & & & ..." was re-read to the run's end
    "8 KB of '& & &' after a company word": b"Acme " + b"& " * 4000,
    "1 MB of '&'": b"&" * MB,
    # before: 16-20 s, "^\s*" of the company field rescanned all blank lines below
    "16,000 blank lines": b"\r\n" * 16_000,
    # before: > 20 s, the role phrase re-read a run of capitals from every letter
    "64 KB of capitals": b"A" * 65_536,
    "1 MB of capitals": b"A" * MB,
    # before: 7 s and more, the separator rule re-read a dash run from every dash
    "a run of dashes": b"-" * 200_000,
    "1 MB of digits": b"7" * MB,
    "1 MB of dates": b"2026-03-10 " * (MB // 11),
    "5,000 quoted header blocks": b"From: a@b.com\r\nTo: c@d.com\r\nSubject: s\r\n\r\n" * 5000,
}


# before: seconds each, the prose reader re-read dates and words from every position
PROSE_SHAPES = {
    "a megabyte of slash dates on one line": b"1/2/2026 10:00 " * 70_000,
    "seventy thousand dated lines": b"1/2/2026 10:00\n" * 70_000,
    "month names and times": b"March 5 10:00 March 6 11:00 " * 40_000,
    "weekday words": b"Monday Tuesday next Friday tomorrow " * 30_000,
    "short lines that join into dates": b"5\nMarch\n2026\n10:00\n" * 50_000,
    "quoted reply headers": b"> On Mon wrote:\n> 5 March 10:00\n" * 30_000,
    "zone labels": b"10:00 (UTC+01:00) Amsterdam, Berlin " * 30_000,
}


HTML_SHAPES = {
    "100,000 unclosed paragraphs": b"<p>x" * 100_000,
    "100,000 nested divs": b"<div>" * 100_000 + b"x" + b"</div>" * 100_000,
    "a 1 MB attribute": b'<a href="' + b"A" * MB + b'">x</a>',
    "100,000 unclosed bold tags": b"<b>" * 100_000,
}


def calendar(zone_block: bytes, rule: bytes = b"") -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        + zone_block
        + b"BEGIN:VEVENT\r\nUID:hostile-zone\r\nDTSTART;TZID=Custom:20260310T150000\r\n"
        b"DTEND;TZID=Custom:20260310T160000\r\n" + rule + b"SUMMARY:Interview\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def zone(standard_rule: bytes, blocks: int = 1) -> bytes:
    standard = (
        b"BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:" + standard_rule + b"\r\n"
        b"TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    )
    return (
        b"BEGIN:VTIMEZONE\r\nTZID:Custom\r\n"
        + standard * blocks
        + b"BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
        b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )


CALENDAR_SHAPES = {
    # before: past 700 MB in 50 s, tzical expanded every second since 1970
    "a zone rule of FREQ=SECONDLY": calendar(zone(b"FREQ=SECONDLY")),
    # before: 19 s, every lookup evaluated each of the 1,000 rules from its DTSTART
    "3,000 zone blocks": calendar(zone(b"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", blocks=3000)),
    # before: 4-6 s, a rule without occurrences was searched up to the year 9999
    # found by bench_parse_worst: COUNT made every block walk its rule from DTSTART
    "a counted monthly zone rule in 3,000 blocks": calendar(
        zone(b"FREQ=MONTHLY;COUNT=100000", blocks=3000)
    ),
    "a zone rule for February 30": calendar(zone(b"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")),
    "a yearly zone rule for February 30": calendar(zone(b"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")),
    # the event's rule is expanded only with a reference date: a dated mail carries it
    "an event rule for February 30": b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n"
    b"Content-Type: text/calendar\r\n\r\n"
    + calendar(
        zone(b"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
        b"RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n",
    ),
    # before: 2 s and more, icalendar's cost grows with lines and parameters
    "35,000 events": b"BEGIN:VCALENDAR\r\n"
    + b"BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T150000Z\r\nEND:VEVENT\r\n" * 35_000
    + b"END:VCALENDAR\r\n",
    "a line of 250,000 parameters": calendar(b"X-A" + b";P=1" * 250_000 + b":v\r\n"),
    "300,000 folded lines": calendar(b"X-LONG:x\r\n" + b" y\r\n" * 300_000),
    # a property icalendar cannot read sinks the file, so its line is searched for and
    # dropped: at first one parse a line (seconds for a long file), now in halves and only
    # in a file of at most 2,000 properties
    "an unreadable property among 2,000": calendar(
        zone(b"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
        b"LOCATION;VALUE=1 MAIN ST, STATE 1:x\r\n"
        + b"".join(b"X-P%d:v\r\n" % number for number in range(1_980)),
    ),
}


def multipart_with(filler: bytes, filler_type: bytes) -> bytes:
    return (
        b"From: Ann Lee <ann@acme-robotics.com>\r\nTo: me@gmail.com\r\nSubject: Interview\r\n"
        b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n"
        b"Please see the invitation.\r\n--B\r\nContent-Type: text/calendar\r\n\r\n"
        + CALENDAR_INVITE
        + b"\r\n--B\r\nContent-Type: "
        + filler_type
        + b"\r\n\r\n"
        + filler
        + b"\r\n--B--\r\n"
    )


MIME_SHAPES = {
    # before: 19 s, the stdlib parser costs about a microsecond per line
    "25 MB of blank lines in an attachment": (b"\n" * (25 * 1024 * 1024 - 2000), b"image/png"),
    "24 MB of blank lines in a text part": (b"\n" * (24 * 1024 * 1024), b"text/plain"),
    "4 million boundary lines": (b"--B\r\n" * 4_000_000, b"text/plain"),
}
