"""Moves that say only what changed (moves31): a span with a direction word beside it, a
kept hour written inside the words that keep it, days joined by "from ... to". Fixtures are
our own short mails; the corpus files are in tests/parsing/corpus.
"""

from __future__ import annotations

from datetime import date, timedelta
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

# Wednesday 2 December 2026
SENT = "Wed, 02 Dec 2026 09:00:00 +0000"
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _parse(body: str, subject: str = "Your interview") -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Odile Marsh <odile.marsh@quillon-works.example.com>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = SENT
    message["Subject"] = subject
    message.set_content(f"Hello Alex,\n\n{body}\n\nOdile\n")
    return parse_message(message.as_bytes()).to_json_dict()


SPANS = [
    # (sentence with {h} the old hour, hours moved): the clause after the span uses the
    # other direction's word, which the nearer word outranks
    (
        "Your interview on Friday 11 December at {h}:00 has been pushed back an hour, as the "
        "manager's earlier call overruns.",
        1,
    ),
    (
        "Your interview on Friday 11 December at {h}:00 moves 2 hours later; the earlier slot "
        "now goes to another candidate.",
        2,
    ),
    (
        "Your interview on Friday 11 December at {h}:00 has been brought forward an hour "
        "because the panel has a later commitment.",
        -1,
    ),
]


@settings(max_examples=30, deadline=None)
@given(hour=st.integers(min_value=9, max_value=15), shape=st.sampled_from(SPANS))
def test_the_direction_word_nearest_the_span_signs_it(hour: int, shape: tuple[str, int]) -> None:
    """Invariant: a span moves the slot the way the word beside it says, whatever word for
    the other direction a later clause uses."""
    text, hours = shape
    got = _parse(text.format(h=hour))
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith(f"2026-12-11T{hour + hours:02d}:00")


KEPT = [
    "El horario no cambia ({h}:00), solo el día: la entrevista pasa del {old_es} al {new_es}"
    " de diciembre.",
    "L'horaire ne change pas ({h} h) : l'entretien passe du {old_fr} au {new_fr} décembre.",
    "The time stays the same ({h}:00); only the day changes: your interview moves from "
    "{old_en} to {new_en} December.",
]


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(min_value=7, max_value=20).map(lambda n: date(2026, 12, n)),
    ahead=st.integers(min_value=1, max_value=6),
    hour=st.integers(min_value=9, max_value=16),
    shape=st.sampled_from(KEPT),
)
def test_a_kept_hour_written_in_its_cue_goes_to_the_new_day(
    old: date, ahead: int, hour: int, shape: str
) -> None:
    """Invariant: "the time stays the same (H), ... from <weekday> D1 to <weekday> D2
    <month>" is D2 at H, the first day borrowing the month written once after the second."""
    new = old + timedelta(days=ahead)
    if new.month != old.month:
        return

    def named(days: list[str], day: date) -> str:
        return f"{days[day.weekday()]} {day.day}"

    body = shape.format(
        h=hour,
        old_es=named(ES_DAYS, old),
        new_es=named(ES_DAYS, new),
        old_fr=named(FR_DAYS, old),
        new_fr=named(FR_DAYS, new),
        old_en=named(EN_DAYS, old),
        new_en=named(EN_DAYS, new),
    )
    got = _parse(body)
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith(f"{new:%Y-%m-%d}T{hour:02d}:00")


@pytest.mark.parametrize(
    "body",
    [
        "Could we keep the same time (10:00) but move from Monday 14 to Wednesday 16 December?",
        "¿Podemos mantener el horario (10:00) y pasar del lunes 14 al miércoles 16 de diciembre?",
    ],
)
def test_an_asked_kept_hour_move_is_no_move(body: str) -> None:
    """A move only asked for is no reschedule."""
    assert _parse(body)["kind"] != "reschedule"


@pytest.mark.parametrize(
    "body",
    [
        "Your interview keeps its time (11:00) but moves from Tuesday 8 to Thursday 10 December.",
        "El cliente mantiene la hora (11:00) pero la entrevista pasa del martes 8 al jueves 10"
        " de diciembre.",
        "A entrevista mantém o horário (11h), mas passa de terça, 8, para quinta, 10 de dezembro.",
    ],
)
def test_words_that_keep_the_slots_hour_hold_that_hour(body: str) -> None:
    """'keeps its time', 'mantiene la hora', 'mantém o horário' keep the hour as 'the time
    stays the same' does: the new day at the hour written beside them."""
    got = _parse(body)
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith("2026-12-10T11:00")


@pytest.mark.parametrize(
    "body",
    [
        "Would you be able to push our Friday, December 11 interview at 10:00 back by two"
        " hours? Tell me and I'll change the invite.",
        "Would it work for you to move your interview on Friday, December 11 at 10 AM a day"
        " later, same time?",
        "Would it be OK if we shift your interview on Friday, December 11 at 10:00 half an"
        " hour earlier?",
    ],
)
def test_an_english_move_only_asked_for_is_not_sure(body: str) -> None:
    """Asked in English as in the languages MOVE_ASKED_CUES already reads: the standing slot
    is no sure invitation and nothing moves."""
    got = _parse(body)
    assert got["kind"] != "reschedule"
    assert float(str(got["confidence"])) < 0.5
