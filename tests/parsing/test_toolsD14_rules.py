"""The rule the toolsD14 batch added, on short mails written for this test.

- strftime's space-padded hours ("%l", "%k") leave two spaces between a range's word and a
  one-digit end ("from  9:30am to  10am" is fine, "from  1pm to  1:30pm" was not): the
  range still has its end, in English and German, with am/pm or 24-hour clocks.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import eight_bit_mail


def _mail(subject: str, body: str, date: str = "Mon, 11 Jan 2027 10:30:00 -0600") -> bytes:
    return eight_bit_mail(
        subject,
        body,
        sender="Course Tools <notify@courses.example>",
        to="Robin Vale <robin.vale@inbox.example>",
        date=date,
    )


def _padded_12h(hour: int, minute: int) -> str:
    clock = f"{hour % 12 or 12:2d}"
    clock += f":{minute:02d}" if minute else ""
    return clock + ("am" if hour < 12 else "pm")


@settings(max_examples=40, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=16),
    minute=st.sampled_from([0, 15, 30, 45]),
    length=st.sampled_from([15, 30, 45, 60]),
)
def test_space_padded_end_keeps_the_range_in_english(hour: int, minute: int, length: int) -> None:
    end_total = hour * 60 + minute + length
    end_hour, end_minute = divmod(end_total, 60)
    when = f"Jan 21, 2027 from {_padded_12h(hour, minute)} to {_padded_12h(end_hour, end_minute)}"
    body = (
        'Pat Quinn has booked you into "Portfolio review interviews".\r\n\r\n'
        f"Details:\r\nDate/time: {when}\r\nCourse: Design Studio 3\r\n"
    )
    parsed = parse_message(_mail("Booked: Portfolio review interviews", body))
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.hour, parsed.start.minute) == (hour, minute)
    assert (parsed.end.hour, parsed.end.minute) == (end_hour, end_minute)


def test_space_padded_24_hour_range_in_german() -> None:
    body = (
        "Dr. Kim Albers hat Sie für „Auswahlgespräche“ angemeldet.\r\n\r\n"
        "Termindetails:\r\nDatum/Uhrzeit: Am 2 März von  8:00 bis  8:30\r\nKurs: Seminar\r\n"
    )
    parsed = parse_message(
        _mail("Angemeldet: Auswahlgespräche", body, "Mon, 22 Feb 2027 17:30:00 +0100")
    )
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (3, 2, 8)
    assert (parsed.end.hour, parsed.end.minute) == (8, 30)


def test_single_spaced_ranges_are_unchanged() -> None:
    body = "Your interview is booked.\r\n\r\nWhen: Jan 21, 2027 from 1pm to 1:45pm\r\n"
    parsed = parse_message(_mail("Interview booked", body))
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.hour, parsed.end.hour, parsed.end.minute) == (13, 13, 45)
