"""'next Thursday' written on a Monday, in English, German, French, Spanish and Dutch.

Why it stays below 0.5: "next Thursday", "nächsten Donnerstag", "jeudi prochain" and
"volgende donderdag" written earlier in the same week name this week's Thursday to some
writers and next week's to others (ukie19's writer corrects exactly that: "it's this Friday
... not next Friday"). The corpus labels such a day only where one reading is left: written
on a Friday (casual24, relweek50), with the date beside it ("next Thursday the 12th",
agencychat) or with a word that fixes the week ("kommenden Donnerstag", dayonly44; "volgende
week donderdag", "this Thursday"). The parser reads the coming Thursday and asks; the forms
that leave one reading stay sure. These tests keep that line where it is.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENDER = "Recruiting <jobs@firm.example>"
TO = "Alex Morgan <alex.morgan@mailbox.example>"
MONDAY = "Mon, 05 Oct 2026 09:00:00 +0200"
FRIDAY = "Fri, 02 Oct 2026 09:00:00 +0200"


def _read(sentence: str, date: str) -> tuple[float, str]:
    body = f"Hello Alex,\n\n{sentence}\n\nKind regards,\nSam"
    parsed = parse_message(plain_mail("Interview", body, sender=SENDER, to=TO, date=date))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    return parsed.confidence, parsed.start.strftime("%Y-%m-%d %H:%M")


AMBIGUOUS = [
    "Your interview is next Thursday at 10:30.",
    "Ihr Vorstellungsgespräch ist nächsten Donnerstag um 10:30 Uhr.",
    "Votre entretien aura lieu jeudi prochain à 10h30.",
    "Je sollicitatiegesprek is volgende donderdag om 10:30.",
]


@pytest.mark.parametrize("sentence", AMBIGUOUS)
def test_next_weekday_later_this_week_is_read_but_not_sure(sentence: str) -> None:
    confidence, start = _read(sentence, MONDAY)
    assert start == "2026-10-08 10:30"
    assert confidence < 0.5


@pytest.mark.parametrize("sentence", AMBIGUOUS)
def test_next_weekday_written_on_a_friday_is_sure(sentence: str) -> None:
    confidence, start = _read(sentence, FRIDAY)
    assert start == "2026-10-08 10:30"
    assert confidence >= 0.5


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Your interview is this Thursday at 10:30.", "2026-10-08 10:30"),
        ("Your interview is next Thursday, 8 October at 10:30.", "2026-10-08 10:30"),
        ("Your interview is on Thursday next week at 10:30.", "2026-10-15 10:30"),
        ("Ihr Vorstellungsgespräch ist am kommenden Donnerstag um 10:30 Uhr.", "2026-10-08 10:30"),
        ("Ihr Vorstellungsgespräch ist nächste Woche Donnerstag um 10:30 Uhr.", "2026-10-15 10:30"),
        ("Votre entretien aura lieu ce jeudi à 10h30.", "2026-10-08 10:30"),
        ("Tu entrevista será el jueves de la próxima semana a las 10:30.", "2026-10-15 10:30"),
        ("Je sollicitatiegesprek is volgende week donderdag om 10:30.", "2026-10-15 10:30"),
        ("Je sollicitatiegesprek is aanstaande donderdag om 10:30.", "2026-10-08 10:30"),
    ],
)
def test_a_weekday_whose_week_is_said_is_sure_on_a_monday(sentence: str, start: str) -> None:
    confidence, got = _read(sentence, MONDAY)
    assert got == start
    assert confidence >= 0.5
