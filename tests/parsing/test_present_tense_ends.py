"""An end said in the present tense, after a place or a desk was named: "We'll see you at
10am in reception; it runs until 11:15", "l'entretien dure jusqu'à 11h15", "la entrevista
dura hasta las 11:15", "il colloquio dura fino alle 11:15". The meeting is the subject of
"until", so the reception named between is not what ends; a sentence whose subject is the
reception ("reception is open until 5pm") still gives no end. Every mail here is written for
the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 13 Apr 2026 09:00:00 +0100"
DAY = {
    "en": "Friday 17 April",
    "fr": "vendredi 17 avril",
    "es": "el viernes 17 de abril",
    "it": "venerdì 17 aprile",
}
START = {
    "en": "We'll see you on {day} at 10:00 in reception",
    "fr": "Nous vous attendons le {day} à 10h00 à l'accueil",
    "es": "Te esperamos {day} a las 10:00 en recepción",
    "it": "Ti aspettiamo {day} alle 10:00 alla reception",
}
END = {
    "en": ["it runs until 11:15", "the interview lasts until 11:15", "it ends at 11:15"],
    "fr": ["l'entretien dure jusqu'à 11h15", "il se termine à 11h15"],
    "es": ["la entrevista dura hasta las 11:15", "la entrevista termina a las 11:15"],
    "it": ["il colloquio dura fino alle 11:15", "il colloquio termina alle 11:15"],
}
OTHER = {
    "en": "reception is open until 17:00",
    "fr": "l'accueil est ouvert jusqu'à 17h00",
    "es": "la recepción está abierta hasta las 17:00",
    "it": "la reception è aperta fino alle 17:00",
}


def _read(language: str, sentence: str) -> tuple[datetime | None, datetime | None]:
    raw = plain_mail(
        "Interview",
        f"Hello Alex,\n\n{sentence}\n\nBen",
        sender="Ben Hale <ben.hale@firm.example.co.uk>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    return parsed.start, parsed.end


@settings(max_examples=40, deadline=None)
@given(data=st.data(), joiner=st.sampled_from(["; ", ". "]))
def test_an_end_said_in_the_present_after_a_place_closes_the_slot(
    data: st.DataObject, joiner: str
) -> None:
    language = data.draw(st.sampled_from(sorted(START)))
    end = data.draw(st.sampled_from(END[language]))
    if joiner == ". ":
        end = end[0].upper() + end[1:]
    sentence = START[language].format(day=DAY[language]) + joiner + end + "."
    start, stop = _read(language, sentence)
    assert start is not None, sentence
    assert (start.hour, start.minute, start.day) == (10, 0, 17), sentence
    assert stop is not None, sentence
    assert (stop.hour, stop.minute) == (11, 15), sentence


@pytest.mark.parametrize("language", sorted(START))
def test_the_desk_s_own_hours_are_no_end(language: str) -> None:
    sentence = START[language].format(day=DAY[language]) + "; " + OTHER[language] + "."
    start, stop = _read(language, sentence)
    assert start is not None, sentence
    assert (start.hour, start.minute) == (10, 0), sentence
    assert stop is None, sentence


@pytest.mark.parametrize(
    ("body", "end"),
    [
        ("We'll see you at 10am in reception; it runs until 11.15 and includes a walk.", (11, 15)),
        ("We'll see you at 10am. The interview will last until 11:15.", (11, 15)),
        ("We'll see you at 10am in reception; reception is open until 5pm.", None),
        ("We'll see you at 10am; please reply by 5pm.", None),
    ],
)
def test_an_end_in_the_body_closes_a_slot_whose_day_is_in_the_subject(
    body: str, end: tuple[int, int] | None
) -> None:
    raw = plain_mail(
        "Friday 17th April - second interview",
        f"Morning Alex,\n\n{body}\n\nBen",
        sender="Ben Hale <ben.hale@firm.example.co.uk>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (17, 10)
    assert (None if parsed.end is None else (parsed.end.hour, parsed.end.minute)) == end
