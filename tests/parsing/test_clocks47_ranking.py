# ruff: noqa: E501 (each language's sentences read best whole)
"""Which clock is the interview's (clocks47): of several times on the interview's day, the
one whose own clause names the interview or its start is its start, not the time to report
to reception, the doors, a tour or lunch ("Bitte um 8:50 Uhr an der Pforte; das Gespräch
beginnt um 9 Uhr", "Accueil à 13 h 45, entretien à 14 h"); a programme of the day keeps
its first row (the corpus's candidate-day policy); a dated time whose own words name the reception leaves the
hour to the subject ("Colloquio ore 10:30")."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Thursday 11 June is next week


def _read(body: str, subject: str = "Interview") -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


# the date in one sentence, then the arrival clock and the start clock, each in its clause
ARRIVAL_THEN_START = {
    "de": "Wir freuen uns, Sie am Donnerstag, 11. Juni, bei uns zu begrüßen. Bitte seien Sie um 9:40 Uhr an der Pforte; das Vorstellungsgespräch beginnt um 10 Uhr.",
    "fr": "Je vous confirme votre entretien le jeudi 11 juin.\n\nAccueil à 9 h 40 au 2e étage, entretien à 10 h avec la directrice.",
    "es": "Nos vemos el jueves 11 de junio en la oficina central. Te pedimos que llegues a las 9:40 para registrarte; la entrevista comienza a las 10:00.",
    "pl": "Zapraszamy na rozmowę w czwartek 11 czerwca do biura przy ul. Polnej 3 w Poznaniu. Prosimy o przyjście o 9:40, rozmowa zaczyna się o 10:00.",
    "it": "La aspettiamo giovedì 11 giugno nella nostra sede di Padova. Si presenti alle 9:40 in portineria, il colloquio inizia alle 10:00.",
    "en": "Looking forward to Thursday, June 11. The front doors open at 9:40 and your interview with the panel starts at 10:00 in room 4.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ARRIVAL_THEN_START))
def test_the_clause_that_names_the_interview_gives_its_start(lang: str) -> None:
    kind, start, confidence = _read(ARRIVAL_THEN_START[lang])
    assert kind == "invitation"
    assert start == "2026-06-11T10:00:00+02:00"
    assert confidence >= 0.5


def test_a_dated_reception_hour_leaves_the_hour_to_the_subject() -> None:
    body = "Buongiorno,\n\nla aspettiamo giovedì 11 giugno nella nostra sede di Padova. La reception apre alle 8:00; chieda di me."
    kind, start, _ = _read(body, subject="Colloquio ore 10:30")
    assert (kind, start) == ("invitation", "2026-06-11T10:30:00+02:00")


# controls: the first clock is the start and a later one names something else, or the
# first one's own clause names the interview already
CONTROLS = {
    "lunch after": ("Your interview is on Thursday 11 June at 10:00, followed by lunch with the team at 12:30.", "2026-06-11T10:00:00+02:00"),
    "start word first": ("We start on Thursday 11 June at 10:00 with the interview; a short tour at 11:30 follows.", "2026-06-11T10:00:00+02:00"),
    "arrive for start": ("See you on Thursday 11 June. Please arrive at 9:45 for a 10:00 start.", "2026-06-11T10:00:00+02:00"),
    "first row names it": ("Your day on Thursday 11 June:\n\n10:00 Interview with Dana\n11:00 Interview with Lee\n12:00 Lunch", "2026-06-11T10:00:00+02:00"),
    "programme keeps its first row": ("Your day on Thursday 11 June:\n\n9:30 Welcome\n10:00 Case study\n13:00 Interviews", "2026-06-11T09:30:00+02:00"),
    "reception named in the date's sentence": ("Please come to reception on Thursday 11 June at 10:00 for your interview.", "2026-06-11T10:00:00+02:00"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls_keep_the_first_start(name: str) -> None:
    body, want = CONTROLS[name]
    assert _read(body)[1] == want


def test_an_open_evening_stays_no_invitation() -> None:
    body = "Hoi,\n\nOp donderdag 11 juni houden we een open avond voor iedereen die bij ons wil werken. Inloop vanaf 18:30, de presentaties beginnen om 19:00."
    kind, _, confidence = _read(body, subject="Uitnodiging: open avond")
    assert kind != "invitation" or confidence < 0.5


def test_clause_words_split_at_the_clause_break() -> None:
    from service.parsing.when_choosers import _clause_lead, _clause_tail
    from service.parsing.when_clocks import _clocks

    line = "Accueil à 8 h 45 au rez-de-chaussée, entretien à 9 h avec Mme Lefort"
    clocks = _clocks(line)
    assert len(clocks) == 2
    assert "entretien" in _clause_lead(line, clocks, clocks[1])
    assert "entretien" not in _clause_tail(line, clocks, clocks[0])


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_clause_words_stay_linear(sep: str) -> None:
    from service.parsing.when_choosers import _clause_lead, _clause_tail
    from service.parsing.when_clocks import _clocks

    def read(line: str) -> None:
        # the clocks of the line's first 1/200 (5,000 characters of a megabyte), each with
        # its clause in the whole line: a clause that ran to the line's end would be 16x
        clocks = _clocks(line[: len(line) // 200])
        for item in clocks:
            _clause_lead(line, clocks, item)
            _clause_tail(line, clocks, item)
        kind, _, _ = _read(line[: len(line) // 5])
        assert kind

    unit = "Accueil à 8 h 45, entretien à 9 h avec Mme Lefort"
    assert_linear(read, lambda n: sep.join([unit] * (n // len(unit) + 1))[:n])
