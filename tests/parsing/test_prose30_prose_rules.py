"""prose30: hand-written invitations and look-alikes from thinly covered writers.

Three invariants, each from at least two writers of the batch or the corpus:

- Macedonian and Serbian spell the interview "интервју"; it is an interview word like
  Bulgarian "интервю" and Serbian Latin "intervju", so such a mail reads as a meeting with
  someone and is sure of its slot.
- "Thanks a million for coming in on Thursday", Catalan "Gràcies per venir ahir, dijous":
  the weekday after thanks for coming is the one before the mail; such a mail books nothing.
- Basque writes a range with case endings on its hours ("12:30etik 13:15era", "10:00etatik
  11:00etara"): the second hour is the end; with a verb of moving after it ("... aldatu da")
  it is not a range.

Examples are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import plain_mail, read_json

SENT = "Wed, 13 Jan 2027 10:00:00 +0100"
SENDER = "Biljana Ristova <biljana@ohridlab.example.mk>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Termin", sent: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=sent))


@pytest.mark.parametrize(
    ("body", "subject", "start"),
    [
        (
            "Здраво Марија,\n\nинтервјуто ќе биде во петок, 15 јануари, во 10:00 часот, кај "
            "нас во канцеларијата.\n\nПоздрав",
            "Интервју",
            "2027-01-15T10:00:00+01:00",
        ),
        (
            "Поштовани,\n\nПозивамо Вас на интервју у понедељак, 18. јануара 2027. у 9.30 "
            "часова.\n\nСрдачно",
            "Позив на интервју",
            "2027-01-18T09:30:00+01:00",
        ),
    ],
)
def test_cyrillic_intervju_is_an_interview(body: str, subject: str, start: str) -> None:
    got = _parse(body, subject)
    assert got["kind"] == "invitation"
    assert got["start"] == start
    assert float(str(got["confidence"])) >= 0.5


@settings(max_examples=20, deadline=None)
@given(
    thanks=st.sampled_from(
        [
            "Thanks a million for coming in on {day}, the panel enjoyed it.",
            "Thanks a lot for coming in {day} at 11, we'll be in touch.",
            "Gràcies per venir ahir, {day}, a les 11 h. Et direm alguna cosa aviat.",
        ]
    ),
    day=st.sampled_from([("Tuesday", "dimarts"), ("Monday", "dilluns"), ("Thursday", "dijous")]),
)
def test_thanks_for_coming_books_nothing(thanks: str, day: tuple[str, str]) -> None:
    word = day[1] if thanks.startswith("Gràcies") else day[0]
    got = _parse(thanks.format(day=word), subject="Thanks")
    claimed = got["kind"] in {"invitation", "reschedule"}
    assert not (claimed and float(str(got["confidence"])) >= 0.5)
    start = got.get("start")
    assert start is None or str(start) < "2027-01-13"


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        (
            "Bigarren elkarrizketa: otsailaren 2an, asteartea, 12:30etik 13:15era.",
            "2027-02-02T12:30:00+01:00",
            "2027-02-02T13:15:00+01:00",
        ),
        (
            "Elkarrizketa urtarrilaren 21ean izango da, 10:00etatik 11:00etara, bulegoan.",
            "2027-01-21T10:00:00+01:00",
            "2027-01-21T11:00:00+01:00",
        ),
    ],
)
def test_basque_case_endings_make_a_range(line: str, start: str, end: str) -> None:
    got = _parse(f"Kaixo Alex,\n\n{line}\n\nAne", subject="Elkarrizketa")
    assert got["start"] == start
    assert got["end"] == end


def test_basque_move_is_not_a_range() -> None:
    got = _parse(
        "Kaixo,\n\nElkarrizketa otsailaren 2an, 10:00etatik 11:00etara aldatu da.\n\nAne",
        subject="Elkarrizketa",
    )
    assert got.get("end") is None
