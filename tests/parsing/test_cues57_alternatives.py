"""A word that only begins like an "or" offers no second time.

Why: the cue list of offered alternatives matched its short words at the start of any word,
so a company called "Grupo Albor" read as the Polish "albo" (or), and German "Anders als
…" (unlike) as the Dutch "anders" (otherwise): real invitations with one fixed slot went to
review as "offers more than one time" (real57's controls, and Spanish mail of four older
families signed by a company whose name begins so). The words themselves still offer one.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"
ALTERNATIVES_NOTE = "offers more than one time; the choice may still be open"

ONE_SLOT = [
    (
        "es",
        "Entrevista en Grupo Albor",
        "Hola, Alex:\n\nTe confirmamos la entrevista para el puesto de administrador de "
        "sistemas el jueves 8 de octubre a las 11:00 en Calle Alcalá 120.\n\nUn saludo,\n"
        "Marta Ibáñez\nSelección · Grupo Albor",
    ),
    (
        "de",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Anders als bei vielen Bewerbungen hat "
        "uns Ihr Portfolio sofort überzeugt. Wir laden Sie zum Vorstellungsgespräch am "
        "Donnerstag, 8. Oktober, um 11:00 Uhr ein.\n\nViele Grüße\nPersonalabteilung",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), ONE_SLOT, ids=[row[0] for row in ONE_SLOT])
def test_one_slot_stays_sure(lang: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="hr@firm.example", to=TO, date=DATE)
    assert_sure_at(raw, "2026-10-08T11:00", or_screened=True)
    assert ALTERNATIVES_NOTE not in parse_message(raw).warnings


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("pl", "Zapraszamy na rozmowę w czwartek 8 października o 11:00 albo w piątek o 9:00."),
        ("nl", "Kun je donderdag 8 oktober om 11:00 langskomen, of anders vrijdag om 9:00?"),
        ("id", "Wawancara hari Kamis, 8 Oktober pukul 11.00 atau Jumat pukul 09.00."),
    ],
)
def test_the_words_themselves_still_offer_a_choice(lang: str, sentence: str) -> None:
    raw = plain_mail(
        "Interview", f"Hi Alex,\n\n{sentence}\n\nHR", sender="hr@firm.example", to=TO, date=DATE
    )
    parsed = parse_message(raw)
    assert parsed.confidence < 0.5, (lang, parsed)
    assert ALTERNATIVES_NOTE in parsed.warnings, (lang, parsed.warnings)
