"""A series given by RDATEs alone, without an RRULE, reports its next session.

RFC 5545 3.8.5.2: DTSTART and the RDATEs together are the set of instances. Lotus Notes
writes an irregular series so (RDATE;VALUE=PERIOD in the CalConnect streams), and so do
booking tools that list a programme's sessions (a group exercise, then a final interview).
Read only for RRULE series, the mail sent after the first session showed that session, in
the past, instead of the next one with its own length.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
FIRST = datetime(2027, 6, 1, 9, 0, tzinfo=SAO_PAULO)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _series(rdate_line: str, sent: datetime) -> bytes:
    return calendar_mail(
        "Trainee programme: group exercise and interviews",
        "The next steps of the trainee programme are in the invitation.",
        [
            "BEGIN:VEVENT",
            "UID:rdate-series@cafeipe.example",
            "DTSTAMP:20270520T120000Z",
            "DTSTART;TZID=America/Sao_Paulo:20270601T090000",
            "DTEND;TZID=America/Sao_Paulo:20270601T100000",
            rdate_line,
            "SUMMARY:Trainee programme - group exercise and interviews",
            "ORGANIZER;CN=Trainee Team:mailto:trainee@cafeipe.example",
            "ATTENDEE;RSVP=TRUE:mailto:sam@inbox.example",
            "END:VEVENT",
        ],
        method="REQUEST",
        sender="Trainee Team <trainee@cafeipe.example>",
        to="sam@inbox.example",
        date=sent.strftime("%a, %d %b %Y %H:%M:%S %z"),
    )


def test_the_next_period_is_reported_with_its_own_end() -> None:
    first = datetime(2027, 6, 8, 14, 0, tzinfo=SAO_PAULO)
    second = datetime(2027, 6, 15, 9, 0, tzinfo=SAO_PAULO)
    periods = (
        f"{_stamp(first)}/{_stamp(first + timedelta(hours=2, minutes=30))},"
        f"{_stamp(second)}/{_stamp(second + timedelta(hours=1))}"
    )
    parsed = parse_message(
        _series(f"RDATE;VALUE=PERIOD:{periods}", datetime(2027, 6, 3, 9, 0, tzinfo=SAO_PAULO))
    )
    assert parsed.start == first
    assert parsed.end == first + timedelta(hours=2, minutes=30)
    assert parsed.confidence >= 0.5


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=4, unique=True),
    st.integers(min_value=-5, max_value=70),
)
def test_the_next_instance_of_dtstart_and_its_rdates(days: list[int], sent_day: int) -> None:
    instances = sorted([FIRST, *(FIRST + timedelta(days=day) for day in days)])
    sent = FIRST + timedelta(days=sent_day, hours=2)
    rdates = ",".join(moment.strftime("%Y%m%dT%H%M%S") for moment in instances[1:])
    parsed = parse_message(_series(f"RDATE;TZID=America/Sao_Paulo:{rdates}", sent))
    ahead = [moment for moment in instances if moment >= sent]
    assert parsed.start == (ahead[0] if ahead else FIRST)
