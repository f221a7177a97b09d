"""Talks at the current job, interview workshops and "your time follows" mail are not an
interview slot; an invitation a friend passes back to its addressee is.

What a user notices:
- a manager's "stay interview" or an HR "entrevista de reincorporación" after leave is a
  talk about the reader's current job, not claimed as a job interview;
- a workshop announced with its how-to title in quotes ("un atelier « Réussir son entretien
  d'embauche » le mardi 16 février de 9h30 à 12h", "unser Workshop „So gelingt Ihr
  Vorstellungsgespräch“") is a public session, not the reader's interview;
- "interviews run on the 24th from 9:00; we'll send your exact time by Friday" ("Konkretny
  termin dla Pana prześlemy do piątku") books nothing yet;
- a friend forwarding to Alex an invitation written to Alex ("Dear Alex, ... interview on
  Tuesday 23 February at 11:00") passes on Alex's own interview: it is claimed, at its time.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 8 Feb 2027 09:14:00 +0100"


def _mail(subject: str, body: str, sender: str = "Lea Hart <lea.hart@corp.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=ME, date=DATE)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Stay interview - Thursday",
            "Hi Alex,\n\nI'm holding a short stay interview with each member of the team. "
            "Yours is on Thursday, February 11 at 2:00 PM in my office.\n\nGrace",
        ),
        (
            "Entrevista de reincorporación",
            "Hola Alex:\n\nTendremos una breve entrevista de reincorporación tras tu baja el "
            "martes 16 de febrero a las 9:30 en Recursos Humanos.\n\nMarta",
        ),
        (
            "Atelier",
            "Bonjour,\n\nLa Maison de l'emploi organise un atelier « Réussir son entretien "
            "d'embauche » le mardi 16 février de 9h30 à 12h. Inscription gratuite.",
        ),
        (
            "Workshop",
            "Hallo,\n\nam Dienstag, 16. Februar, um 18:00 Uhr findet unser Workshop „So "
            "gelingt Ihr Vorstellungsgespräch“ in der Stadtbibliothek statt.\n\nIhr Team",
        ),
        (
            "Etap rozmów - informacja",
            "Dzień dobry,\n\nrozmowy kwalifikacyjne odbędą się 24 i 25 lutego od godz. 9:00. "
            "Konkretny termin dla Pana prześlemy do piątku.\n\nAnna",
        ),
        (
            "Shortlist",
            "Hi Alex,\n\nInterviews will take place on Wednesday 17 February from 9:00. I'll "
            "confirm your exact time by Friday.\n\nHannah",
        ),
    ],
)
def test_not_an_interview_slot_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


def test_invitation_passed_back_to_its_addressee_is_theirs() -> None:
    body = (
        "Alex, this reached me somehow - it's your interview!\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Shah <priya.shah@kestrel.example>\n"
        "Date: Mon, Feb 8, 2027 at 2:14 PM\n"
        "Subject: Interview invitation - Alex Morgan\n"
        f"To: {ME}\n\n"
        "Dear Alex,\n\nThank you for your application. We would like to invite you to an "
        "interview on Tuesday 23 February at 11:00 at our Bristol office.\n\nPriya Shah\n"
    )
    raw = _mail("Fwd: Interview invitation - Alex Morgan", body, "Sam Keller <sam@mailbox.example>")
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (2, 23, 11)


def test_reply_quoting_the_writers_own_invitation_is_not_passed_back() -> None:
    """Not a friend's forward: the recruiter quotes her own mail to Alex under a reply that
    calls the interview off, and the quoted slot is not claimed."""
    body = (
        "Hi Alex,\n\nI'm sorry, the position has been filled internally, so we won't go ahead "
        "with the interview below.\n\nPriya\n\n"
        "________________________________\n"
        "From: Priya Shah <priya.shah@kestrel.example>\n"
        "Sent: Monday, February 8, 2027 2:14 PM\n"
        f"To: {ME}\n"
        "Subject: Interview invitation - Alex Morgan\n\n"
        "Dear Alex,\n\nWe would like to invite you to an interview on Tuesday 23 February at "
        "11:00 at our Bristol office.\n\nPriya Shah\n"
    )
    raw = _mail(
        "RE: Interview invitation - Alex Morgan", body, "Priya Shah <priya.shah@kestrel.example>"
    )
    assert not claimed(raw)
