"""The greeting that says whom a mail is written to need not be its first line: a mail
gateway puts "[EXTERNAL] This email came from outside the organisation" on top, a notice its
heading, a forwarder "See below". Such a line no longer hides "Dear Elsa" in a mail that
reached Alex. A sign-off that opens with a greeting's word ("Liebe Grüße", "Beste Grüße")
greets nobody."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

TOP_LINES = [
    "[EXTERNAL] This email originated from outside the organisation.",
    "CAUTION: External sender. Do not click links unless you trust the sender.",
    "See below",
    "Interview confirmed",
]


def _mail(top: str, greeting: str, sign_off: str = "Best wishes") -> bytes:
    body = (
        f"{top}\n\n{greeting}\n\nJust confirming your interview on Tuesday 8 December 2026 "
        f"at 11:00 GMT at our Glasgow office.\n\n{sign_off}\nFiona"
    )
    return plain_mail(
        "Interview on Tuesday",
        body,
        sender="Fiona Reid <fiona@clyde.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Wed, 02 Dec 2026 09:12:00 +0000",
    )


@pytest.mark.parametrize("top", TOP_LINES)
def test_a_line_above_the_greeting_does_not_hide_it(top: str) -> None:
    raw = _mail(top, "Dear Elsa,")
    assert not claimed(raw)
    assert any("Elsa" in warning for warning in parse_message(raw).warnings)


@pytest.mark.parametrize("top", TOP_LINES)
def test_the_readers_own_greeting_under_such_a_line_stays_sure(top: str) -> None:
    assert claimed(_mail(top, "Dear Alex,"))


@pytest.mark.parametrize("sign_off", ["Liebe Grüße", "Beste Grüße", "Beste groeten"])
def test_a_sign_off_near_the_top_of_a_short_mail_greets_nobody(sign_off: str) -> None:
    raw = plain_mail(
        "Termin",
        f"Herr Morgan, passt Ihnen Ihr Vorstellungsgespräch am Montag, 14. Dezember 2026, um "
        f"9 Uhr bei uns?\n{sign_off}\nFlorian",
        sender="Florian <f@donau.example.at>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Wed, 02 Dec 2026 09:12:00 +0100",
    )
    assert not any("greets someone else" in warning for warning in parse_message(raw).warnings)
