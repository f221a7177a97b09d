"""One property repeated past any real calendar's count is read only so far.

Why: 50,000 ATTENDEE lines took icalendar a second even cut to the content-line bound,
for attendees the parser reads twenty of. Each component now keeps a property's first
MAX_PROPERTY_REPEATS lines; the event, its time and its first attendees are unchanged.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.calendar import MAX_PROPERTY_REPEATS, repair_content_lines


def _calendar(attendees: int, where: str) -> str:
    people = "".join(
        f"ATTENDEE;CN=Person {i}:mailto:p{i}@example.org\r\n" for i in range(attendees)
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:repeats@example\r\nDTSTART:20270310T150000Z\r\nDTEND:20270310T160000Z\r\n"
        "SUMMARY:Interview\r\nORGANIZER:mailto:hr@example.org\r\n"
        + (people if where == "event" else "")
        + "END:VEVENT\r\n"
        + (people if where == "calendar" else "")
        + "END:VCALENDAR\r\n"
    )


@settings(max_examples=20, deadline=None)
@given(
    attendees=st.integers(min_value=0, max_value=3 * MAX_PROPERTY_REPEATS),
    where=st.sampled_from(["event", "calendar"]),
)
def test_a_property_is_kept_up_to_its_bound_and_the_event_reads_the_same(
    attendees: int, where: str
) -> None:
    text = repair_content_lines(_calendar(attendees, where).encode())
    assert text.count("ATTENDEE") == min(attendees, MAX_PROPERTY_REPEATS)
    assert text.count("END:VEVENT") == 1
    assert text.count("DTSTART") == 1
    parsed = parse_message(_calendar(attendees, where).encode())
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-03-10T15:00:00+00:00"
    assert parsed.uid == "repeats@example"


def test_fifty_thousand_attendees_leave_the_first_interviewers() -> None:
    parsed = parse_message(_calendar(50_000, "event").encode())
    assert [person.email for person in parsed.interviewers[:2]] == [
        "p0@example.org",
        "p1@example.org",
    ]
