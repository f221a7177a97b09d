"""Danish and Norwegian move a slot earlier with "frem" after the span ("rykkes en halv time
frem", "flyttes en time frem"): the new slot is that much before the old one, and the span is
no length of the meeting. Every mail here is written for the test."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 09 Mar 2026 09:00:00 +0100"
OLD = datetime(2026, 3, 11, 10, 0)
SPANS = {"en halv time": 30, "en time": 60, "20 minutter": 20, "2 timer": 120}
SENTENCES = [
    "Dit interview onsdag den 11. marts kl. 10.00 rykkes {span} frem.",
    "Dit interview onsdag den 11. marts kl. 10.00 er flyttet {span} frem.",
    "Intervjuet ditt onsdag 11. mars kl. 10.00 flyttes {span} frem.",
    "Vi må dessverre flytte intervjuet ditt onsdag 11. mars kl. 10.00 {span} frem.",
]


@settings(max_examples=30, deadline=None)
@given(sentence=st.sampled_from(SENTENCES), span=st.sampled_from(sorted(SPANS)))
def test_frem_moves_the_slot_earlier_by_the_span(sentence: str, span: str) -> None:
    body = "Hej Alex,\n\n" + sentence.format(span=span) + "\n\nMette"
    raw = plain_mail(
        "Interview",
        body,
        sender="Mette Holm <mette.holm@firma.example.dk>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, body
    assert parsed.start.replace(tzinfo=None) == OLD - timedelta(minutes=SPANS[span]), body
    assert parsed.end is None, body


LATER = [
    ("sv", "Vi behöver skjuta upp din intervju onsdag 11 mars kl. 10.00 med {n} minuter."),
    ("sv", "Din intervju onsdag 11 mars kl. 10.00 skjuts upp {n} minuter."),
    ("nb", "Vi må utsette intervjuet ditt onsdag 11. mars kl. 10.00 med {n} minutter."),
    (
        "da",
        "Vi er nødt til at udsætte dit interview onsdag den 11. marts kl. 10.00 med {n} minutter.",
    ),
]
LENGTH = [
    "Din intervju onsdag 11 mars kl. 10.00 tar {n} minuter.",
    "Intervjuet ditt onsdag 11. mars kl. 10.00 varer i {n} minutter.",
]


@settings(max_examples=30, deadline=None)
@given(case=st.sampled_from(LATER), minutes=st.sampled_from([15, 20, 30, 45]))
def test_put_off_by_a_span_in_scandinavian_moves_the_slot_later(
    case: tuple[str, str], minutes: int
) -> None:
    _language, sentence = case
    body = "Hej Alex,\n\n" + sentence.format(n=minutes) + "\n\nErik"
    raw = plain_mail(
        "Intervju",
        body,
        sender="Erik Sand <erik.sand@firma.example.se>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, body
    assert parsed.start.replace(tzinfo=None) == OLD + timedelta(minutes=minutes), body


@settings(max_examples=10, deadline=None)
@given(sentence=st.sampled_from(LENGTH), minutes=st.sampled_from([30, 45]))
def test_a_length_in_scandinavian_is_still_the_meeting_s_length(
    sentence: str, minutes: int
) -> None:
    body = "Hej Alex,\n\n" + sentence.format(n=minutes) + "\n\nErik"
    raw = plain_mail(
        "Intervju",
        body,
        sender="Erik Sand <erik.sand@firma.example.se>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, body
    assert parsed.start.replace(tzinfo=None) == OLD, body
    assert parsed.end is not None, body
    assert parsed.end.replace(tzinfo=None) == OLD + timedelta(minutes=minutes), body
