"""Turkish puts "between" after a range, with the endings its sentence needs: "14.00 ile
14.45 arası", "14:00 ile 14:45 arasında", "10:00 ile 11:00 saatleri arasındaki görüşme",
"10.00 ile 11.00 aralığında". Each is the slot's start and end; the bare "ve/ile" of two
times with no "between" after them stays two times. Every mail here is written for the test."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 09 Feb 2026 09:00:00 +0300"
BETWEEN = ["arası", "arasında", "saatleri arası", "saatleri arasında", "aralığında"]


@settings(max_examples=40, deadline=None)
@given(
    between=st.sampled_from(BETWEEN),
    start_hour=st.integers(9, 16),
    minutes=st.sampled_from([30, 45, 60]),
    separator=st.sampled_from([":", "."]),
    tail=st.sampled_from([", Türkiye saatiyle.", " olacaktır.", " yapılacaktır.", "."]),
)
def test_a_turkish_range_with_between_after_it_has_its_end(
    between: str, start_hour: int, minutes: int, separator: str, tail: str
) -> None:
    end_hour, end_minute = divmod(start_hour * 60 + minutes, 60)
    slot = f"{start_hour:02d}{separator}00 ile {end_hour:02d}{separator}{end_minute:02d} {between}"
    body = f"Merhaba Alex,\n\nMülakatınız 18 Şubat Çarşamba günü saat {slot}{tail}\n\nElif"
    raw = plain_mail(
        "Mülakat daveti",
        body,
        sender="Elif Kaya <elif.kaya@firma.example.com.tr>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, body
    assert parsed.end is not None, body
    assert parsed.start.isoformat() == datetime(2026, 2, 18, start_hour, 0).isoformat() + "+03:00"
    assert parsed.end.isoformat() == (
        datetime(2026, 2, 18, end_hour, end_minute).isoformat() + "+03:00"
    )
