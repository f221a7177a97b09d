"""A VTIMEZONE under an IANA name defines the time when its rules differ from the tz database.

Most producers copy the tz database into an IANA-named VTIMEZONE, and the database is then
the better copy. Some copies are stale or wrong: a server that writes central-European rules
under TZID Europe/London, an old library that still gives Sao Paulo its summer time (abolished
in 2019). RFC 5545 3.2.19 makes the object's own VTIMEZONE the definition, and the senders'
calendars showed the time they typed under it, so that is the instant the user must see; the
IANA name, which no longer describes the offset, is dropped and a warning says why.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail


def _rules(std: str, dst: str, std_rule: str, dst_rule: str, start: str = "19700101") -> list[str]:
    return [
        "BEGIN:STANDARD",
        f"DTSTART:{start}T030000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;{std_rule}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{start}T020000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;{dst_rule}",
        "END:DAYLIGHT",
    ]


CET = _rules("+0100", "+0200", "BYMONTH=10;BYDAY=-1SU", "BYMONTH=3;BYDAY=-1SU")
BRAZIL_2018 = _rules("-0300", "-0200", "BYMONTH=2;BYDAY=3SU", "BYMONTH=11;BYDAY=1SU", "20180101")


def _invite(tzid: str, rules: list[str], wall: str) -> bytes:
    calendar = [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        *rules,
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:stale-zone@quayside.example",
        "DTSTAMP:20261201T100000Z",
        f"DTSTART;TZID={tzid}:{wall}",
        "DURATION:PT1H",
        "SUMMARY:Interview with Quayside",
        "ORGANIZER;CN=Ola Berg:mailto:ola@quayside.example",
        "ATTENDEE;RSVP=TRUE:mailto:sam@inbox.example",
        "END:VEVENT",
    ]
    return calendar_mail(
        "Interview with Quayside",
        "Your interview invitation is attached.",
        calendar,
        method="REQUEST",
        sender="Ola Berg <ola@quayside.example>",
        to="sam@inbox.example",
        date="Tue, 01 Dec 2026 10:00:00 +0000",
    )


def test_london_named_zone_with_central_european_rules_reads_the_rules() -> None:
    parsed = parse_message(_invite("Europe/London", CET, "20270512T100000"))
    assert parsed.start == datetime(2027, 5, 12, 8, 0, tzinfo=UTC)
    assert parsed.timezone != "Europe/London"
    assert any("own definition of Europe/London" in warning for warning in parsed.warnings)
    assert parsed.confidence >= 0.5


def test_sao_paulo_with_its_abolished_summer_time_reads_the_calendar() -> None:
    parsed = parse_message(_invite("America/Sao_Paulo", BRAZIL_2018, "20270119T150000"))
    assert parsed.start == datetime(2027, 1, 19, 17, 0, tzinfo=UTC)
    assert parsed.end == datetime(2027, 1, 19, 18, 0, tzinfo=UTC)
    assert parsed.timezone is None


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=3 * 365), st.integers(min_value=7, max_value=19))
def test_a_faithful_copy_keeps_the_database_zone(day: int, hour: int) -> None:
    """A VTIMEZONE that copies the tz database changes nothing: same instant, name kept."""
    wall = datetime(2026, 12, 2, hour, 0) + timedelta(days=day)
    parsed = parse_message(_invite("Europe/Berlin", CET, wall.strftime("%Y%m%dT%H%M%S")))
    assert parsed.start == wall.replace(tzinfo=ZoneInfo("Europe/Berlin"))
    assert parsed.timezone == "Europe/Berlin"
    assert not any("own definition" in warning for warning in parsed.warnings)
