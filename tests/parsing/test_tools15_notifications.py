"""The rules the tools15 batch added, on short mails written for this test.

- A range whose two ends each name the zone ("2:00 PM EST – 3:00 PM EST", CLDR's long time
  "10:30:00 GMT+1 – 11:15:00 GMT+1" as ICU/Punic formatters print it) keeps its end; two
  different zones, or two clocks in two sentences, still make no range.
- A Polish poll ("sonda": "Przypomnienie do sondy ...") with a deadline is not a meeting.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import eight_bit_mail


def _mail(subject: str, body: str, date: str = "Mon, 18 Jan 2027 09:00:00 +0000") -> bytes:
    return eight_bit_mail(
        subject,
        body,
        sender="Hiring Desk <hiring@fernway.example>",
        to="Robin Vale <robin.vale@inbox.example>",
        date=date,
    )


def _twelve(hour: int, minute: int, seconds: bool) -> str:
    clock = f"{hour % 12 or 12}:{minute:02d}" + (":00" if seconds else "")
    return f"{clock} {'AM' if hour < 12 else 'PM'}"


@settings(max_examples=40, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=16),
    minute=st.sampled_from([0, 15, 30, 45]),
    length=st.sampled_from([30, 45, 60, 90]),
    zone=st.sampled_from(["EST", "GMT", "GMT+1", "(GMT+1)", "UTC+2", "CET"]),
    seconds=st.booleans(),
    dash=st.sampled_from([" - ", " – "]),
)
def test_zone_after_both_ends_keeps_the_range(
    hour: int, minute: int, length: int, zone: str, seconds: bool, dash: str
) -> None:
    end_hour, end_minute = divmod(hour * 60 + minute + length, 60)
    when = (
        f"January 26, 2027 at {_twelve(hour, minute, seconds)} {zone}{dash}"
        f"{_twelve(end_hour, end_minute, seconds)} {zone}"
    )
    body = f"Your interview with the platform team is confirmed.\r\n\r\nWhen: {when}\r\n"
    parsed = parse_message(_mail("Interview confirmed", body))
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.hour, parsed.start.minute) == (hour, minute)
    assert parsed.end - parsed.start == timedelta(minutes=length)


def test_cldr_long_time_range_in_german_with_named_zone() -> None:
    body = (
        'Kerstin Vogt möchte dich über das Endergebnis der Umfrage "Zweitgespräch" informieren.'
        "\r\n\r\nBestätigte Option:\r\n\r\n"
        "  • 9. Februar 2027 um 10:30:00 GMT+1 – 11:15:00 GMT+1\r\n\r\n"
        'Die verwendete Zeitzone ist "Europe/Berlin".\r\n'
    )
    parsed = parse_message(
        _mail('Umfrage "Zweitgespräch" - Bestätigung', body, "Mon, 01 Feb 2027 16:00:00 +0100")
    )
    assert parsed.start is not None
    assert parsed.end is not None
    assert parsed.start.isoformat() == "2027-02-09T10:30:00+01:00"
    assert parsed.end.isoformat() == "2027-02-09T11:15:00+01:00"


def test_two_different_zones_make_no_range() -> None:
    body = "Interview: January 26, 2027 at 2:00 PM EST - 3:00 PM PST\r\n"
    parsed = parse_message(_mail("Interview", body))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-01-26T14:00:00-05:00"
    assert parsed.end is None


def test_clocks_in_two_sentences_make_no_range() -> None:
    body = "Interview on January 26, 2027 at 10:00 CET. The office closes 18:00 CET.\r\n"
    parsed = parse_message(_mail("Interview", body))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-01-26T10:00:00+01:00"
    assert parsed.end is None


def test_polish_poll_reminder_is_not_a_sure_invitation() -> None:
    body = (
        "Sonda wygaśnie szybciej niż 48 godzin (22 lutego 2027 08:00:00 GMT+1, Europe/Warsaw)."
        "\r\n\r\nSprawdź swoje głosy: https://cloud.odra.example/apps/polls/s/abc\r\n"
    )
    parsed = parse_message(
        _mail(
            'Przypomnienie do sondy "Rozmowa – spedytor"', body, "Sat, 20 Feb 2027 08:00:00 +0100"
        )
    )
    assert parsed.kind != "invitation" or (parsed.confidence or 0) < 0.5


def test_polish_interview_without_a_poll_is_still_read() -> None:
    body = (
        "Dzień dobry,\r\n\r\nzapraszamy na rozmowę rekrutacyjną 22 lutego 2027 o 10:00 "
        "w naszym biurze przy ul. Długiej 5.\r\n\r\nPozdrawiamy,\r\nDział HR\r\n"
    )
    parsed = parse_message(
        _mail("Zaproszenie na rozmowę – spedytor", body, "Sat, 20 Feb 2027 08:00:00 +0100")
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-02-22T10:00:00+01:00"
