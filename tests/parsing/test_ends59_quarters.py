"""A length said in quarters or in the Nordic half hour gives the end.

Why: "tre kvart" (Swedish and Norwegian for three quarters of an hour), Danish "tre
kvarter", Norwegian "en halvtime", Danish "en halv time" and a quarter of an hour in any of
eight languages ("eine Viertelstunde", "un quart d'heure", "een kwartier", "en kvart") left
the end open, where "drie kwartier" and "trois quarts d'heure" already gave one. A quarter
of an hour to arrive early is still no length.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 30 Nov 2026 09:00:00 +0100"

LENGTHS = [
    ("sv", "Välkommen på intervju torsdag 10 december 2026 kl. 14.00. Den tar tre kvart.", 45),
    (
        "da",
        "Velkommen til samtale torsdag den 10. december 2026 kl. 14.00. Den varer tre kvarter.",
        45,
    ),
    (
        "nb",
        "Velkommen til intervju torsdag 10. desember 2026 kl. 14.00. Det varer en halvtime.",
        30,
    ),
    (
        "da-half",
        "Velkommen til samtale torsdag den 10. december 2026 kl. 14.00. Den varer en halv time.",
        30,
    ),
    (
        "en",
        "Your phone screen is on Thursday 10 December 2026 at 2pm and takes a quarter of an hour.",
        15,
    ),
    (
        "de",
        "Das Telefonat ist am Donnerstag, 10. Dezember 2026 um 14:00 Uhr "
        "und dauert eine Viertelstunde.",
        15,
    ),
    ("fr", "L'appel aura lieu le jeudi 10 décembre 2026 à 14h00 et durera un quart d'heure.", 15),
    (
        "sv-q",
        "Välkommen på telefonintervju torsdag 10 december 2026 kl. 14.00. Samtalet tar en kvart.",
        15,
    ),
]


@pytest.mark.parametrize(("lang", "body", "minutes"), LENGTHS, ids=[row[0] for row in LENGTHS])
def test_the_length_in_quarters_gives_the_end(lang: str, body: str, minutes: int) -> None:
    parsed = parse_message(
        plain_mail(
            "Interview", f"Hi Alex,\n\n{body}\n\nHR", sender="hr@firm.example", to=TO, date=DATE
        )
    )
    assert parsed.start is not None, (lang, parsed)
    assert parsed.end is not None, (lang, parsed)
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-10T14:00:00"
    assert (parsed.end - parsed.start).total_seconds() == minutes * 60, (lang, parsed)


EARLY = [
    (
        "en",
        "Your interview is on Thursday 10 December 2026 at 2pm. "
        "Please arrive a quarter of an hour early.",
    ),
    (
        "de",
        "Ihr Gespräch ist am Donnerstag, 10. Dezember 2026 um 14:00 Uhr. "
        "Bitte kommen Sie eine Viertelstunde vorher.",
    ),
    (
        "fr",
        "Votre entretien aura lieu le jeudi 10 décembre 2026 à 14h00. "
        "Merci d'arriver un quart d'heure avant.",
    ),
    ("nl", "Je gesprek is op donderdag 10 december 2026 om 14:00. Kom je een kwartier eerder?"),
    ("sv", "Välkommen på intervju torsdag 10 december 2026 kl. 14.00. Kom gärna en kvart innan."),
]


@pytest.mark.parametrize(("lang", "body"), EARLY, ids=[row[0] for row in EARLY])
def test_a_quarter_to_arrive_early_is_no_length(lang: str, body: str) -> None:
    parsed = parse_message(
        plain_mail(
            "Interview", f"Hi Alex,\n\n{body}\n\nHR", sender="hr@firm.example", to=TO, date=DATE
        )
    )
    assert parsed.start is not None, lang
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-10T14:00:00"
    assert parsed.end is None, (lang, parsed)
