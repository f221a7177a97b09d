"""Hostile and broken input gives a result or ParseError, quickly, never a crash."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, ParseError, parse_message

INVITE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:deep-1\r\n"
    b"DTSTART:20260310T150000Z\r\nDTEND:20260310T160000Z\r\nSUMMARY:Interview\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _parse_quickly(raw: bytes, limit: float = 10.0) -> ParsedMessage | None:
    started = time.process_time()
    try:
        result: ParsedMessage | None = parse_message(raw)
    except ParseError:
        result = None
    assert time.process_time() - started < limit
    return result


def test_twenty_level_forward_chain_reaches_the_original() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "Origin <origin@deepco.com>", "Interview"
    message["Message-ID"], message["Date"] = "<origin@deepco.com>", "Mon, 02 Mar 2026 10:00 +0000"
    message.set_content("invite")
    message.add_alternative(INVITE, maintype="text", subtype="calendar")
    for level in range(20):
        wrapper = EmailMessage()
        wrapper["From"], wrapper["Subject"] = f"hop{level}@relay.net", f"Fwd {level}"
        wrapper["Date"] = "Mon, 02 Mar 2026 11:00 +0000"
        wrapper.set_content("fwd")
        wrapper.add_attachment(message)
        message = wrapper
    result = _parse_quickly(message.as_bytes(policy=SMTP))
    assert result is not None
    assert result.original_sender == "origin@deepco.com"
    assert result.uid == "deep-1"


def test_five_hundred_parts_are_bounded() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "a@b.com", "many"
    message["Date"] = "Mon, 02 Mar 2026 10:00 +0000"
    message.set_content("body")
    for index in range(600):
        message.add_attachment(f"part {index}".encode(), maintype="application", subtype="x")
    result = _parse_quickly(message.as_bytes(policy=SMTP))
    assert result is not None
    assert "too many MIME parts; the rest was ignored" in result.warnings


def test_large_attachment_and_large_header() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "a@b.com", "x" * 1_000_000
    message["Date"] = "Mon, 02 Mar 2026 10:00 +0000"
    message.set_content("see invite")
    message.add_alternative(INVITE, maintype="text", subtype="calendar")
    message.add_attachment(b"\x89PNG" * (25 * 1024 * 1024 // 4), maintype="image", subtype="png")
    result = _parse_quickly(message.as_bytes(policy=SMTP), limit=30.0)
    assert result is not None
    assert result.uid == "deep-1"


@pytest.mark.parametrize(
    "raw",
    [
        INVITE[: len(INVITE) // 2],
        b'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID="Nowhere:2026\r\nEND:VCALENDAR',
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/calendar\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!notbase64\r\n",
        b"From: a@b.com\r\nContent-Type: multipart/alternative\r\n\r\nno boundary at all",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nRRULE:FREQ=SECONDLY\r\nDTSTART:20200101T000000Z\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n",
    ],
)
def test_broken_structures_still_give_a_result(raw: bytes) -> None:
    _parse_quickly(raw)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.builds(
            lambda head, tail: head + tail,
            st.sampled_from(
                [
                    INVITE,
                    b"From: a@b.com\r\nDate: Mon, 02 Mar 2026 10:00 +0000\r\n\r\n",
                    b"Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n",
                    b"---------- Forwarded message ---------\r\nFrom: x@y.com\r\n",
                ]
            ),
            st.binary(max_size=1000),
        ),
    )
)
def test_no_exception_escapes(raw: bytes) -> None:
    try:
        result = parse_message(raw)
    except ParseError as error:
        reason = str(error)
    else:
        reason = ""
        assert 0.0 <= result.confidence <= 1.0
        result.to_json_dict()
    assert "\n" not in reason


# Shapes that each held a worker for seconds to hours before the parser was bounded
# (times measured on the shared 2-core machine before the fix). Each must now parse within
# a generous two seconds and still find the invitation the mail states.

TWO_SECONDS = 2.0
MB = 1_000_000
CALENDAR_INVITE = (Path(__file__).parent / "fixtures" / "outlook_display_name.ics").read_bytes()
WANTED_START = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def _mail(body: bytes, content_type: bytes = b"text/plain") -> bytes:
    """A forwarded-looking invitation whose body carries one hostile piece."""
    return (
        b"From: Ann Lee <ann@acme-robotics.com>\r\nTo: me@gmail.com\r\nSubject: Interview\r\n"
        b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nContent-Type: " + content_type + b"\r\n\r\n"
        b"Hello,\r\nWe would like to interview you on March 10 at 3pm UTC.\r\n"
        + body
        + b"\r\nThanks\r\n"
    )


def _timed_parse(raw: bytes) -> tuple[ParsedMessage | None, float]:
    """Parse and count the CPU seconds this process spent: other work on a shared machine
    cannot inflate them, while a quadratic or explosive parse still shows."""
    started = time.process_time()
    try:
        result: ParsedMessage | None = parse_message(raw)
    except ParseError:
        result = None
    return result, time.process_time() - started


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


@pytest.mark.parametrize("body", TEXT_SHAPES.values(), ids=TEXT_SHAPES.keys())
def test_hostile_text_parses_quickly_and_keeps_the_invitation(body: bytes) -> None:
    result, seconds = _timed_parse(_mail(body))
    assert seconds < TWO_SECONDS
    assert result is not None
    assert result.start == WANTED_START


def test_a_one_megabyte_header_line_before_a_calendar() -> None:
    # before: over an hour; the role phrase read the 1 MB Subject from every letter
    raw = b"Subject: " + b"A" * MB + b"\r\n" + CALENDAR_INVITE
    _, seconds = _timed_parse(raw)
    assert seconds < TWO_SECONDS


HTML_SHAPES = {
    "100,000 unclosed paragraphs": b"<p>x" * 100_000,
    "100,000 nested divs": b"<div>" * 100_000 + b"x" + b"</div>" * 100_000,
    "a 1 MB attribute": b'<a href="' + b"A" * MB + b'">x</a>',
    "100,000 unclosed bold tags": b"<b>" * 100_000,
}


@pytest.mark.parametrize("body", HTML_SHAPES.values(), ids=HTML_SHAPES.keys())
def test_hostile_html_parses_quickly_and_keeps_the_invitation(body: bytes) -> None:
    result, seconds = _timed_parse(_mail(b"<p>" + body, b"text/html"))
    assert seconds < TWO_SECONDS
    assert result is not None
    assert result.start == WANTED_START


def _calendar(zone: bytes, rule: bytes = b"") -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        + zone
        + b"BEGIN:VEVENT\r\nUID:hostile-zone\r\nDTSTART;TZID=Custom:20260310T150000\r\n"
        b"DTEND;TZID=Custom:20260310T160000\r\n" + rule + b"SUMMARY:Interview\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _zone(standard_rule: bytes, blocks: int = 1) -> bytes:
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
    "a zone rule of FREQ=SECONDLY": _calendar(_zone(b"FREQ=SECONDLY")),
    # before: 19 s, every lookup evaluated each of the 1,000 rules from its DTSTART
    "3,000 zone blocks": _calendar(_zone(b"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", blocks=3000)),
    # before: 4-6 s, a rule without occurrences was searched up to the year 9999
    # found by bench_parse_worst: COUNT made every block walk its rule from DTSTART
    "a counted monthly zone rule in 3,000 blocks": _calendar(
        _zone(b"FREQ=MONTHLY;COUNT=100000", blocks=3000)
    ),
    "a zone rule for February 30": _calendar(_zone(b"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")),
    "a yearly zone rule for February 30": _calendar(_zone(b"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")),
    # the event's rule is expanded only with a reference date: a dated mail carries it
    "an event rule for February 30": b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n"
    b"Content-Type: text/calendar\r\n\r\n"
    + _calendar(
        _zone(b"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
        b"RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n",
    ),
    # before: 2 s and more, icalendar's cost grows with lines and parameters
    "35,000 events": b"BEGIN:VCALENDAR\r\n"
    + b"BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T150000Z\r\nEND:VEVENT\r\n" * 35_000
    + b"END:VCALENDAR\r\n",
    "a line of 250,000 parameters": _calendar(b"X-A" + b";P=1" * 250_000 + b":v\r\n"),
    "300,000 folded lines": _calendar(b"X-LONG:x\r\n" + b" y\r\n" * 300_000),
}


@pytest.mark.parametrize("raw", CALENDAR_SHAPES.values(), ids=CALENDAR_SHAPES.keys())
def test_hostile_calendars_parse_quickly(raw: bytes) -> None:
    result, seconds = _timed_parse(raw)
    assert seconds < TWO_SECONDS
    assert result is not None
    assert result.start is not None


def test_a_finer_than_monthly_zone_rule_is_refused_with_a_warning() -> None:
    result, _ = _timed_parse(_calendar(_zone(b"FREQ=SECONDLY")))
    assert result is not None
    assert any("time zone has a rule" in warning for warning in result.warnings)
    # the standard block counts only by its DTSTART (1970), so the daylight rule's latest
    # onset (29 March 2025) governs 10 March 2026
    assert isinstance(result.start, datetime)
    assert result.start.utcoffset() == timedelta(hours=2)


def test_a_well_formed_custom_zone_gives_both_offsets() -> None:
    winter = _calendar(_zone(b"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
    summer = winter.replace(b"20260310T1", b"20260710T1")
    for raw, hours in ((winter, 1), (summer, 2)):
        result, _ = _timed_parse(raw)
        assert result is not None
        assert isinstance(result.start, datetime)
        assert result.start.utcoffset() == timedelta(hours=hours)
        assert result.warnings == ()


def _multipart_with(filler: bytes, filler_type: bytes) -> bytes:
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


@pytest.mark.parametrize(("filler", "filler_type"), MIME_SHAPES.values(), ids=MIME_SHAPES.keys())
def test_many_lines_up_to_the_size_limit_parse_quickly(filler: bytes, filler_type: bytes) -> None:
    result, seconds = _timed_parse(_multipart_with(filler, filler_type))
    assert seconds < TWO_SECONDS
    assert result is not None
    assert result.uid == "owa-display-name-1"


# Fuzzing: mails assembled from pathological pieces. Sizes stay below a megabyte per piece
# so that the whole test runs in well under 20 s; the named shapes above cover the limits.
_UNITS = [b" ", b"&", b"& ", b"A", b"Ab ", b"-", b"_", b"*", b">", b"7", b"\r\n", b"\t", b":"]
_UNITS += [b"2026-03-10 ", b"role: ", b"at Acme ", b"call +1 ", b"From: a@b.com\r\n", b"<p>"]
_UNITS += [b"<div>", b"<td>", b"-- Forwarded message --\r\n", b"Subject: s\r\n", b"=?utf-8?q?x?="]
_FREQUENCIES = [b"SECONDLY", b"MINUTELY", b"HOURLY", b"DAILY", b"WEEKLY", b"MONTHLY", b"YEARLY"]
_RULE_PARTS = [b"", b";BYMONTH=2;BYMONTHDAY=30", b";BYMONTH=3;BYDAY=-1SU", b";BYDAY=5FR"]
_RULE_PARTS += [b";COUNT=100000", b";INTERVAL=7;BYDAY=TU", b";BYSETPOS=-1;BYDAY=MO,FR"]

_pieces = st.builds(
    lambda unit, count: unit * count, st.sampled_from(_UNITS), st.integers(1, 300_000)
)
_rules = st.builds(
    lambda frequency, parts: b"FREQ=" + frequency + parts,
    st.sampled_from(_FREQUENCIES),
    st.sampled_from(_RULE_PARTS),
)
_odd_calendars = st.builds(
    lambda zone_rule, blocks, event_rule, start, filler: _calendar(
        _zone(zone_rule, blocks) + filler,
        b"RRULE:" + event_rule + b"\r\n",
    ).replace(b"20260310T150000", start),
    _rules,
    st.integers(1, 1500),
    _rules,
    st.sampled_from([b"20260310T150000", b"19000101T000000", b"00010101T000000"]),
    _pieces,
)
_parts = st.one_of(
    st.tuples(st.sampled_from([b"text/plain", b"text/html", b"image/png"]), _pieces),
    st.tuples(st.just(b"text/calendar"), _odd_calendars),
)


def _assembled(header_piece: bytes, parts: list[tuple[bytes, bytes]]) -> bytes:
    head = (
        b"From: Ann Lee <ann@acme-robotics.com>\r\nTo: me@gmail.com\r\nSubject: Interview "
        + header_piece.replace(b"\r", b" ").replace(b"\n", b" ")
        + b"\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=B\r\n\r\n"
    )
    body = b"".join(
        b"--B\r\nContent-Type: " + content_type + b"\r\n\r\n" + content + b"\r\n"
        for content_type, content in parts
    )
    return head + body + b"--B--\r\n"


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(
    max_examples=40,
    deadline=None,
    # no shrinking: a failure is reported as found, rather than after minutes of 1 MB inputs
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(_pieces, st.lists(_parts, min_size=1, max_size=4))
def test_mails_built_from_pathological_pieces_parse_within_the_bound(
    header_piece: bytes, parts: list[tuple[bytes, bytes]]
) -> None:
    raw = _assembled(header_piece[:100_000], parts)
    started = time.process_time()
    try:
        result = parse_message(raw)
    except ParseError:
        pass
    else:
        result.to_json_dict()
    shape = [(content_type, len(content), content[:40]) for content_type, content in parts]
    assert time.process_time() - started < 3.0, (header_piece[:40], len(header_piece), shape)
