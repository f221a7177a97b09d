"""A move whose words come after the slot it gives up. With the hour kept ("is moving to
Thursday 10 December - the time stays the same", "spostato a giovedì 10 dicembre, stesso
orario") the new day takes the old hour; with no new time at all ("is pushed to Thursday",
"wird auf Donnerstag verschoben") the old slot is no answer, so the reading waits in review
as a move. Fixtures are our own short mails, sent Monday 7 December 2026."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.when import MOVED_AWAY_NOTE
from tests.parsing.mailkit import plain_mail


def _read(sentence: str) -> tuple[str, str, float, tuple[str, ...]]:
    raw = plain_mail(
        "Interview update",
        f"Hi Alex,\n\n{sentence}\n\nDana\n",
        sender="Dana Ruiz <dana.ruiz@northwind-labs.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 07 Dec 2026 09:12:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    return f"{parsed.start:%Y-%m-%d %H:%M}", parsed.kind, parsed.confidence, parsed.warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Your interview on Tuesday 8 December at 2pm CET is moving to Thursday 10 December - "
        "the time stays the same.",
        "Il tuo colloquio di martedì 8 dicembre alle 14:00 è spostato a giovedì 10 dicembre, "
        "stesso orario.",
        "A sua entrevista de terça-feira, 8 de dezembro, às 14h passa para quinta-feira, 10 de "
        "dezembro, no mesmo horário.",
    ],
)
def test_a_move_onto_a_day_that_keeps_the_hour(sentence: str) -> None:
    start, kind, confidence, _ = _read(sentence)
    assert (start, kind) == ("2026-12-10 14:00", "reschedule")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "Your interview at 2pm CET on Tuesday 8 December is pushed to Thursday.",
        "Your interview at 2pm CET on Tuesday 8 December has been moved to next week; we'll "
        "confirm the new time.",
        "Ihr Gespräch am Dienstag, 8. Dezember um 14 Uhr wird auf Donnerstag verschoben.",
        "Votre entretien du mardi 8 décembre à 14h est reporté à jeudi.",
    ],
)
def test_a_slot_moved_away_without_its_new_time_waits_in_review(sentence: str) -> None:
    _, kind, confidence, warnings = _read(sentence)
    assert kind == "reschedule"
    assert confidence < 0.5
    assert MOVED_AWAY_NOTE in warnings


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # the new hour after the move verb is the slot itself
        ("La entrevista del jueves 10 de diciembre la pasamos a las 16:00.", "2026-12-10 16:00"),
        ("We've moved your interview to Thursday 10 December at 4pm CET.", "2026-12-10 16:00"),
        # "flytten" (the relocation) after an address is no move of the meeting
        (
            "Vi vill gärna träffa dig på en intervju torsdag 10 december kl. 9:00 på vårt kontor "
            "på Sveavägen 20. Vi hjälper till med flytten om det blir aktuellt.",
            "2026-12-10 09:00",
        ),
    ],
)
def test_a_new_time_after_the_verb_is_taken(sentence: str, start: str) -> None:
    got, _, confidence, warnings = _read(sentence)
    assert got == start
    assert MOVED_AWAY_NOTE not in warnings
    assert confidence >= 0.5, warnings
