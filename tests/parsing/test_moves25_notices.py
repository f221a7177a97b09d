"""Notices that move or call off an interview without the usual verbs (moves25 batch).

Fixtures are our own sentences; the corpus files are in tests/parsing/corpus (moves25).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.lexicon import CANCELLED_CUES, RESCHEDULED_CUES
from tests.parsing.mailkit import plain_mail, read_json

MADRID = "Wed, 02 Dec 2026 09:30:00 +0100"
SENDER = "Rocío Vidal <rocio.vidal@sierra-datos.example.es>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str = MADRID, subject: str = "Entrevista") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "nous avons avancé votre entretien au",
            "votre entretien est décalé d'une heure",
            "hemos adelantado tu entrevista",
            "la entrevista se retrasa una hora",
            "abbiamo anticipato il colloquio",
            "antecipamos sua entrevista",
            "uw gesprek is verzet naar vrijdag",
            "het gesprek begint een uur later",
            "Ihr Termin verschiebt sich um eine Stunde",
            "görüşmeniz bir saat ileri alındı",
            "면접이 12월 9일 오후 2시로 변경되었습니다",
            "we were able to move up your final round",
            "the assessment centre moves one day later",
        ]
    ),
    st.sampled_from(["", "Hi Alex, ", "Hola: "]),
)
def test_move_words(sentence: str, lead: str) -> None:
    assert RESCHEDULED_CUES.search(lead + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "the interview on Friday will no longer take place",
        "Thursday's interview won't be going ahead",
        "tomorrow's call has been called off",
        "l'entretien du vendredi n'aura pas lieu",
        "das Gespräch findet leider nicht statt",
        "unser Termin morgen muss leider ausfallen",
        "면접이 취소되었습니다",
        "the interview scheduled for Thursday will not take place",
        "das Gespräch am 3.12. um 14 Uhr entfällt leider",
        "la entrevista del jueves no se llevará a cabo",
        "il colloquio di giovedì non avrà luogo",
        "het gesprek van donderdag gaat helaas niet door",
        "a entrevista de quinta não vai mais acontecer",
    ],
)
def test_cancel_words(sentence: str) -> None:
    assert CANCELLED_CUES.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "your interview will not take place at our office but on Teams",
        "the interview will not take place in person; we'll use Zoom",
        "die Anreise entfällt, da das Gespräch online stattfindet",
        "der Online-Test entfällt",
    ],
)
def test_where_it_takes_place_or_what_else_is_dropped_cancels_nothing(sentence: str) -> None:
    assert not CANCELLED_CUES.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nivel de inglés avanzado",
        "anglais niveau avancé requis",
        "travail en horaires décalés",
        "si llegas antes, se adelanta la visita a la planta",
        "the call-off order was signed",
        "we will call off the search only when the role is filled",
    ],
)
def test_look_alike_words_move_nothing(sentence: str) -> None:
    assert not RESCHEDULED_CUES.search(sentence)
    assert not CANCELLED_CUES.search(sentence)


def test_brought_forward_in_spanish_is_a_move_to_the_new_slot() -> None:
    got = _parse(
        "Hola Alex:\n\nhemos adelantado tu entrevista: será el lunes 7 de diciembre a las 16:00 "
        "en lugar del miércoles 9.\n\nUn saludo,\nRocío"
    )
    assert got["kind"] == "reschedule"
    assert got["start"] == "2026-12-07T16:00:00+01:00"


def test_no_longer_taking_place_is_a_cancellation_of_the_slot() -> None:
    got = _parse(
        "Dear Alex,\n\nI'm sorry to say that the interview on Friday 11 December at 10:00 will "
        "no longer take place.\n\nRegards,\nRocío",
        date="Wed, 02 Dec 2026 16:00:00 +0000",
        subject="Your interview on 11 December",
    )
    assert got["kind"] == "cancellation"
    assert str(got["start"]).startswith("2026-12-11T10:00:00")
