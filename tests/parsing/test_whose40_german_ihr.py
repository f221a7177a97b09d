"""German writes the polite "your" with a capital: "Ihr Vorstellungsgespräch" is the reader's,
while a lowercase "ihr Vorstellungsgespräch" is hers or theirs ("Frau Lehmann hat sich
gemeldet: ihr Vorstellungsgespräch ist am Donnerstag"), a colleague's note about a candidate
the reader is to meet at reception."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

DATE = "Tue, 01 Dec 2026 10:05:00 +0100"


def _mail(sentence: str) -> bytes:
    body = f"Hallo Alex,\n\n{sentence}\n\nViele Grüße\nKarin"
    return plain_mail(
        "Termin",
        body,
        sender="Karin Vogt <k.vogt@elbtec.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=DATE,
    )


@pytest.mark.parametrize("noun", ["Vorstellungsgespräch", "Bewerbungsgespräch", "Gespräch"])
def test_her_interview_with_a_lowercase_ihr_is_not_the_readers(noun: str) -> None:
    raw = _mail(
        f"Frau Lehmann hat sich gemeldet: ihr {noun} ist am Donnerstag, 10.12., um 14 Uhr. "
        "Kannst du sie am Empfang abholen?"
    )
    assert not claimed(raw)


@pytest.mark.parametrize("noun", ["Vorstellungsgespräch", "Bewerbungsgespräch"])
def test_the_polite_capital_ihr_is_the_readers_own(noun: str) -> None:
    parsed = parse_message(
        _mail(f"wir bestätigen: Ihr {noun} ist am Donnerstag, 10.12., um 14 Uhr.")
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 14)
