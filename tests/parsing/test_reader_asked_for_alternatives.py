# ruff: noqa: E501 (one mail a row reads best)
"""One slot set, and the reader asked to name others if it does not suit.

"If the time doesn't suit, reply with two alternatives" offers no second time: the slot the
mail sets stays set, so it goes to the calendar without a question. A mail that itself offers
another time ("Alternatively, Friday at 10:00 is also possible") leaves the choice open.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message

SENT = "Mon, 01 Mar 2027 09:00:00 +0100"
OPEN_CHOICE = "offers more than one time; the choice may still be open"


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Talent Team <talent@northwind.example>\r\nTo: sam@example.org\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMessage-ID: <m2@northwind.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


ASKED = [
    ("en", "Interview", "We'd like to invite you to an interview on Thursday, March 4, 2027 at 2:30 PM. If the time doesn't suit, reply with two alternatives and we'll do our best."),
    ("en-slot", "Interview", "Your interview is on Thursday, March 4, 2027 at 2:30 PM. If this slot does not work, please suggest alternatives."),
    ("de", "Vorstellungsgespräch", "Wir laden Sie am Donnerstag, 4. März 2027, um 10:30 Uhr zum Gespräch ein. Falls der Termin nicht passt, schlagen Sie uns bitte zwei Alternativen vor."),
    ("fr", "Entretien", "Nous vous proposons un entretien le jeudi 4 mars 2027 à 10h30. Si ce créneau ne vous convient pas, proposez-nous une alternative."),
    ("es", "Entrevista", "Te proponemos la entrevista el jueves 4 de marzo de 2027 a las 10:30. Si no te va bien, propónnos alternativas."),
    ("it", "Colloquio", "La invitiamo a un colloquio giovedì 4 marzo 2027 alle 10:30. Se l'orario non va bene, ci suggerisca delle alternative."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "subject", "body"), ASKED, ids=[a[0] for a in ASKED])
def test_asking_the_reader_for_alternatives_keeps_the_slot_sure(
    lang: str, subject: str, body: str
) -> None:
    got = parse_message(_mail(subject, f"Hello,\n\n{body}\n\nHR")).to_json_dict()
    assert got["kind"] == "invitation"
    assert OPEN_CHOICE not in got["warnings"]
    assert float(got["confidence"]) >= 0.5


def test_a_second_time_offered_by_the_mail_leaves_the_choice_open() -> None:
    body = (
        "We'd like to invite you to an interview on Thursday, March 4, 2027 at 2:30 PM. "
        "Alternatively, Friday at 10:00 is also possible."
    )
    got = parse_message(_mail("Interview", f"Hello,\n\n{body}\n\nHR")).to_json_dict()
    assert OPEN_CHOICE in got["warnings"]
