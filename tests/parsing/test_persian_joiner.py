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
