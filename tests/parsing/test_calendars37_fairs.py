"""A job fair published as a calendar event is no interview of the reader's, even when its
title promises interviews on the spot: calendars37's French careers fair ('Forum Emploi
Ingénieurs - entretiens flash sur place') and the same fair named in Portuguese and Italian
('Feira de Emprego', 'Fiera del lavoro'), as the text lists already read them (eventattend's
'forum emploi', fair17's 'feira de carreiras'). An interview the reader booked for a day and
time still stands, and the file's facts (slot, UID, METHOD) are kept whatever is decided.

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import calendar_mail

SURE = 0.5
FAIRS = [
    "Forum Emploi Ingénieurs 2027 - entretiens flash sur place",
    "Salon de l'emploi du Grand Est : entretiens avec les recruteurs",
    "Feira de Emprego 2027 - entrevistas com as empresas",
    "Fiera del lavoro 2027 - colloqui con le aziende",
]


def _mail(summary: str, method: str, body: str, hour: int = 9) -> ParsedMessage:
    event = [
        "BEGIN:VEVENT",
        "UID:fair-2027@events.example",
        "DTSTAMP:20270210T080000Z",
        f"DTSTART;TZID=Europe/Paris:20270318T{hour:02d}0000",
        f"DTEND;TZID=Europe/Paris:20270318T{hour + 1:02d}0000",
        f"SUMMARY:{summary}",
        "END:VEVENT",
    ]
    raw = calendar_mail(
        "Save the date",
        body,
        event,
        method=method,
        sender="Events <events@events.example>",
        to="Robin <robin@inbox.example>",
        date="Wed, 10 Feb 2027 09:00:00 +0100",
    )
    return parse_message(raw)


@pytest.mark.parametrize("summary", FAIRS)
def test_a_published_job_fair_is_not_claimed(summary: str) -> None:
    got = _mail(summary, "PUBLISH", "Plus de 80 entreprises. Ajoutez la date à votre agenda !")
    assert not (got.kind == "invitation" and got.confidence >= SURE), (got.kind, got.confidence)
    assert got.start == datetime.fromisoformat("2027-03-18T09:00:00+01:00")
    assert got.uid == "fair-2027@events.example"
    assert got.method == "PUBLISH"


@settings(max_examples=25, deadline=None)
@given(hour=st.integers(min_value=8, max_value=17))
def test_an_interview_request_is_still_sure(hour: int) -> None:
    got = _mail(
        "Entretien - Ingénieur(e) méthodes",
        "REQUEST",
        "Bonjour Robin, je vous confirme votre entretien pour le poste d'ingénieur(e) méthodes.",
        hour,
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE
    assert got.start == datetime.fromisoformat(f"2027-03-18T{hour:02d}:00:00+01:00")
