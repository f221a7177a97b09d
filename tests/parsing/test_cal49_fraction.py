"""Moments with a fraction of a second, as JavaScript producers write them.

`new Date().toISOString()` gives "2026-12-10T09:00:00.000Z"; hand-rolled generators that strip
only the dashes and colons send "20261210T090000.000Z" (twitch-events-ical #23, ical4j #50 from
a Node.js server, mustang #1439 lists it among real senders). RFC 5545 3.3.12 has no fraction,
icalendar refuses the value, and before this repair the whole calendar was lost: no start, no
UID, no METHOD. The fraction says nothing a reader needs; the second it belongs to is the time.
(Only the full stop: a comma already separates the items of an EXDATE or RDATE list.)
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.calendar import _MOMENT_ITEM, _MOMENT_VALUE
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.test_calendar_zone_spellings import BERLIN_TEN, _invite

_FORMS = {
    "basic, UTC": ("20261210T090000{f}Z", "20261210T100000{f}Z"),
    "extended, UTC": ("2026-12-10T09:00:00{f}Z", "2026-12-10T10:00:00{f}Z"),
    "basic, zoned": ("20261210T100000{f}", "20261210T110000{f}"),
}


@settings(max_examples=40, deadline=None)
@given(
    form=st.sampled_from(sorted(_FORMS)),
    digits=st.text(alphabet="0123456789", min_size=1, max_size=9),
)
def test_a_fraction_of_a_second_keeps_the_whole_calendar(form: str, digits: str) -> None:
    start, end = (x.format(f="." + digits) for x in _FORMS[form])
    zone = ";TZID=Europe/Berlin" if form.endswith("zoned") else ""
    parsed = parse_message(_invite([], [f"DTSTART{zone}:{start}", f"DTEND{zone}:{end}"]))
    assert parsed.start == BERLIN_TEN
    assert parsed.end is not None
    assert (parsed.end - parsed.start).total_seconds() == 3600
    data = parsed.to_json_dict()
    assert data["uid"]
    assert data["method"] == "REQUEST"


def test_a_fraction_is_not_read_as_more_clock_digits() -> None:
    # "T090000.5" is nine o'clock and half a second, never 09:00:05 or 90:00
    parsed = parse_message(
        _invite([], ["DTSTART:20261210T090000.5Z", "DTEND:20261210T094500.999Z"])
    )
    assert parsed.start == BERLIN_TEN
    assert parsed.end is not None
    assert (parsed.end - parsed.start).total_seconds() == 45 * 60


def test_the_moment_pattern_stays_linear_on_near_misses() -> None:
    # digits, dots and date-like runs that almost make a moment, over and over
    assert_linear(
        scans(_MOMENT_VALUE), repeated(":20261210T090000.123456789.1"), label="moment value"
    )
    assert_linear(scans(_MOMENT_ITEM), repeated("2026-12-10T09:00:00.9"), label="moment item")
