"""An employer gives up one hour and, a sentence later, sends the meeting to another ("Friday
at 2pm no longer works for James. Can we push to 4pm instead? I've already moved the
invite"): the new hour keeps the day of the old one, and the mail is a move. The same ask left
open ("... instead? Let me know") waits for the candidate and is not sure."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message

SENT = "Tue, 01 Dec 2026 16:20:00 +0100"


def _mail(body: str, subject: str = "Interview") -> bytes:
    return (
        "From: Tom Whitfield <tom@harbourmere.example.co.uk>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


MADE = [
    (
        "Friday 11 December at 2pm no longer works for James. Can we push to 4pm instead? "
        "I've already moved the invite, same Teams link.",
        16,
    ),
    (
        "Your interview on Thursday 10 December at 10am doesn't work for Dana anymore - we've "
        "moved you to 3pm, same link.",
        15,
    ),
    (
        "Bonjour, l'entretien du jeudi 10 décembre à 10h ne convient plus à Claire. On peut "
        "décaler à 14h ? J'ai déjà mis à jour l'invitation.",
        14,
    ),
    (
        "Hej! Intervjun torsdag 10 december kl. 10 fungerar inte för Eva. Vi behöver flytta till "
        "kl. 15, inbjudan är uppdaterad.",
        15,
    ),
    (
        "Hola, la entrevista del jueves 10 de diciembre a las 10:00 ya no le va bien a Marta. La "
        "tenemos que mover a las 16:00, ya actualicé la invitación.",
        16,
    ),
]


@pytest.mark.parametrize(("body", "hour"), MADE)
def test_the_hour_pushed_onto_a_sentence_later_is_the_new_slot(body: str, hour: int) -> None:
    result = parse_message(_mail(body))
    assert result.kind == "reschedule", (body, result.warnings)
    assert isinstance(result.start, datetime)
    assert (result.start.month, result.start.day, result.start.hour) in {
        (12, 10, hour),
        (12, 11, hour),
    }, body


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is on Thursday 10 December at 10am. Please report to reception at 9:45.",
        "Your interview is Thursday 10 December at 10am; we'll move to the lab at 11 for a demo.",
    ],
)
def test_a_later_hour_that_is_not_a_move_leaves_the_slot(body: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind == "invitation"
    assert isinstance(result.start, datetime)
    assert result.start.hour == 10, body


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, Friday 11 December at 2pm no longer works for James. Can we push to 4pm "
        "instead? Let me know.",
        "Hi Sam, could we move Friday's interview to 4pm? Would that work?",
        "Bonjour, jeudi 10 décembre à 10h ne convient plus à Claire. On peut décaler à 14h ? "
        "Dis-moi.",
        "Hallo Sam, Donnerstag 10. Dezember um 10 Uhr geht bei Eva nicht mehr. Können wir auf 14 "
        "Uhr verschieben? Gib mir kurz Bescheid.",
    ],
)
def test_a_move_only_asked_is_not_sure(body: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind == "not_invitation" or result.confidence < 0.5, (body, result.start)
