"""A name or a compound that only holds a "new" word does not mark the time after it as new.

Why: the words that mark the new time of a move ("nova data", "nun um 14 Uhr", "nieuwe tijd",
"uusi aika") were looked for anywhere, so "Ana Novak", "Wohnung", "Nieuwegein" and
"Kuusiranta" counted as "new" too, and a second date on the same mail (a contact's hours,
an office's opening) won over the interview's time. The words themselves still mark a move.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 30 Nov 2026 09:00:00 +0100"

HIDDEN_IN_NAMES = [
    (
        "pt",
        "Confirmamos sua entrevista na quinta-feira, 10 de dezembro de 2026, às 14h.\n"
        "Contato: Ana Novak, sexta-feira, 11 de dezembro de 2026, às 9h.",
    ),
    (
        "de",
        "Ihr Vorstellungsgespräch: Donnerstag, 10. Dezember 2026, 14:00 Uhr.\n"
        "Rückfragen zur Wohnung: Freitag, 11. Dezember 2026, 9:00 Uhr.",
    ),
    (
        "nl",
        "Je sollicitatiegesprek: donderdag 10 december 2026, 14:00.\n"
        "Vestiging Nieuwegein vrijdag 11 december 2026, 9:00.",
    ),
    (
        "fi",
        "Haastattelusi: torstai 10.12.2026 klo 14.00.\n"
        "Toimisto Kuusiranta perjantai 11.12.2026 klo 9.00.",
    ),
]


@pytest.mark.parametrize(("lang", "body"), HIDDEN_IN_NAMES, ids=[row[0] for row in HIDDEN_IN_NAMES])
def test_a_name_holding_a_new_word_does_not_win(lang: str, body: str) -> None:
    raw = plain_mail(
        "Interview", f"Hi Alex,\n\n{body}\n\nHR", sender="hr@firm.example", to=TO, date=DATE
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, lang
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-10T14:00:00", (lang, parsed)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "pt",
            "Precisamos mudar sua entrevista de quinta-feira, 10 de dezembro de 2026, às 14h. "
            "Nova data: sexta-feira, 11 de dezembro de 2026, às 9h.",
        ),
        (
            "de",
            "wir müssen Ihr Vorstellungsgespräch verschieben: statt Donnerstag, 10. Dezember "
            "2026, 14:00 Uhr ist es nun am Freitag, 11. Dezember 2026, um 9:00 Uhr.",
        ),
        (
            "nl",
            "We moeten je sollicitatiegesprek verzetten. Oude tijd: donderdag 10 december 2026, "
            "14:00. Nieuwe tijd: vrijdag 11 december 2026, 9:00.",
        ),
    ],
)
def test_the_words_themselves_still_mark_the_new_time(lang: str, body: str) -> None:
    raw = plain_mail(
        "Interview", f"Hi Alex,\n\n{body}\n\nHR", sender="hr@firm.example", to=TO, date=DATE
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, lang
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-11T09:00:00", (lang, parsed)
