"""The zero-width non-joiner inside a Persian word only shapes its letters: "سه‌شنبه" is
Tuesday and "پنج‌شنبه" Thursday, never "شنبه" (Saturday) read off their second half.

Every mail here is written for the test.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Reza Karimi <reza@pars-negar.example.ir>"
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = "Mon, 10 May 2027 09:00:00 +0330"
    message["Subject"] = "دعوت به مصاحبه"
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    ("weekday", "day"),
    [("سه\u200cشنبه", 11), ("پنج\u200cشنبه", 13), ("یک\u200cشنبه", 16)],
    ids=["tuesday", "thursday", "sunday"],
)
def test_a_joined_weekday_is_the_whole_word(weekday: str, day: int) -> None:
    parsed = parse_message(
        _mail(f"سلام سام،\n\nمصاحبه شما روز {weekday} ساعت 10:00 برگزار می\u200cشود.\n\nبا احترام")
    )
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (5, day, 10)


@pytest.mark.parametrize(
    ("weekday", "day"),
    [("دو شنبه", 17), ("سه شنبه", 11), ("چهار شنبه", 12), ("پنج شنبه", 13), ("یک شنبه", 16)],
    ids=["monday", "tuesday", "wednesday", "thursday", "sunday"],
)
def test_a_weekday_written_with_a_space_is_still_one_day(weekday: str, day: int) -> None:
    """Many writers put a plain space where the joiner goes: "دو شنبه" is Monday, the
    weekday after Sunday, not Saturday read off its last word."""
    parsed = parse_message(
        _mail(f"سلام سام،\n\nمصاحبه شما روز {weekday} ساعت 10:00 برگزار می\u200cشود.\n\nبا احترام")
    )
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (5, day, 10)


def test_saturday_alone_stays_saturday() -> None:
    parsed = parse_message(_mail("سلام سام،\n\nمصاحبه شما روز شنبه ساعت 10:00 برگزار می\u200cشود."))
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day) == (5, 15)
