# ruff: noqa: E501 (each language's sentences read best whole)
"""The same hour carried to another day with no move verb and no "but" (moves46): "Ihr
Gespräch am Dienstag, 10. März um 10 Uhr findet zur gleichen Uhrzeit am Freitag, 13. März
statt" is Friday 10:00; a slot and another event on another day stay as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 02 Mar 2026 09:12:00 +0100"


def _read(body: str) -> tuple[str, str]:
    raw = plain_mail(
        "Ihr Gespräch / Interview",
        body,
        sender="Sabine Kraus <sabine@neckartal.example>",
        to="alex@mailbox.example",
        date=SENT,
    )
    parsed = parse_message(raw)
    return parsed.kind, parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


CARRIED = {
    "de": "Ihr Gespräch am Dienstag, 10. März um 10 Uhr findet zur gleichen Uhrzeit am Freitag, 13. März statt.",
    "it": "Il colloquio di martedì 10 marzo alle 10:00 si terrà alla stessa ora venerdì 13 marzo.",
    "fr": "Votre entretien du mardi 10 mars à 10 h aura lieu à la même heure le vendredi 13 mars.",
    "es": "Tu entrevista del martes 10 de marzo a las 10:00 será a la misma hora el viernes 13 de marzo.",
    "en": "Your interview on Tuesday 10 March at 10:00 will now be held at the same time on Friday 13 March.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CARRIED))
def test_the_same_hour_carried_to_another_day_is_the_move(lang: str) -> None:
    assert _read(f"Hello Alex,\n\n{CARRIED[lang]}\n\nKind regards\nSabine") == (
        "reschedule",
        "2026-03-13T10:00:00+01:00",
    )


def test_a_second_event_at_the_same_hour_in_another_sentence_moves_nothing() -> None:
    body = "Hello Alex,\n\nYour interview is on Tuesday 10 March at 10:00. The office party is at the same time on Friday 13 March, should you be hired.\n\nSabine"
    assert _read(body)[1] == "2026-03-10T10:00:00+01:00"
