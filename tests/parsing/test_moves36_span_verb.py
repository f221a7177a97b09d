"""A move by a span whose direction is the sentence's verb, with the old slot between the verb
and the span ("Le client avance votre entretien du jeudi 14 janvier à 15 h d'une heure",
"Posticipiamo il colloquio di giovedì … alle 10:00 di un'ora", "We're postponing your interview
on Tuesday … at 2pm by a week"): the calendar gets the old slot moved by the span, in the
verb's direction. A span with no move verb in its sentence moves nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENDER = "Claire Morand <claire.morand@talents-rive.example.fr>"


def _read(body: str, date: str) -> tuple[str, str]:
    raw = plain_mail(
        "Entretien / Colloquio / Interview",
        body,
        sender=SENDER,
        to="alex@mailbox.example",
        date=date,
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        (
            "Bonjour Alex,\n\nLe jury avance votre entretien du mardi 12 janvier à 11 h "
            "d'une heure ; la salle reste la même.\n\nClaire\n",
            "Mon, 04 Jan 2027 10:00:00 +0100",
            "2027-01-12T10:00:00+01:00",
        ),
        (
            "Ciao Alex,\n\nposticipiamo il colloquio di giovedì 14 gennaio alle 10:00 di un'ora, "
            "il link resta lo stesso.\n\nGiulia\n",
            "Mon, 04 Jan 2027 10:00:00 +0100",
            "2027-01-14T11:00:00+01:00",
        ),
        (
            "Hola, Alex:\n\nretrasamos la entrevista del miércoles 13 de enero a las 12:00 en "
            "una hora. El enlace es el mismo.\n\nLucía\n",
            "Mon, 04 Jan 2027 10:00:00 +0100",
            "2027-01-13T13:00:00+01:00",
        ),
    ],
)
def test_verb_first_span_last_moves_the_old_slot(body: str, date: str, start: str) -> None:
    assert _read(body, date) == ("reschedule", start)


# English "push" and "delay" with no "back" or "later" beside the span move it later; the
# span may follow the verb and its object directly ("we're pushing it 30 minutes")
@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi Alex,\n\nWe need to push your Tuesday 12 January 11:00 CET interview by 30 "
            "minutes.\n\nClaire\n",
            "2027-01-12T11:30:00+01:00",
        ),
        (
            "Hi Alex,\n\nYour interview on Tuesday 12 January at 11:00 CET: we're pushing it "
            "30 minutes, sorry!\n\nClaire\n",
            "2027-01-12T11:30:00+01:00",
        ),
        (
            "Hi Alex,\n\nWe need to push your Tuesday 12 January 11:00 CET interview forward "
            "by an hour; the invite is updated.\n\nClaire\n",
            "2027-01-12T10:00:00+01:00",
        ),
    ],
)
def test_push_without_a_direction_word_moves_later(body: str, start: str) -> None:
    date = "Mon, 04 Jan 2027 10:00:00 +0100"
    assert _read(body, date) == ("reschedule", start)


def test_span_without_a_move_verb_keeps_the_slot() -> None:
    body = (
        "Bonjour Alex,\n\nVotre entretien du mardi 12 janvier à 11 h durera environ "
        "une heure.\n\nClaire\n"
    )
    assert _read(body, "Mon, 04 Jan 2027 10:00:00 +0100")[1] == "2027-01-12T11:00:00+01:00"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Alex,\n\nNous avons décalé votre entretien au mardi 12 janvier à 11 h ; il "
        "durera une heure.\n\nClaire\n",
        "Bonjour Alex,\n\nNous avons décalé votre entretien au mardi 12 janvier à 11 h, pour "
        "une durée d'une heure.\n\nClaire\n",
    ],
)
def test_length_after_a_move_to_a_slot_is_no_span(body: str) -> None:
    # the hour the move names stays; the length is not added to it
    assert _read(body, "Mon, 04 Jan 2027 10:00:00 +0100")[1] == "2027-01-12T11:00:00+01:00"
