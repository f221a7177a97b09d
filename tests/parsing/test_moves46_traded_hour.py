# ruff: noqa: E501 (each language's sentences read best whole)
"""A short-notice move from one hour to another that names no day (moves46): "let's start
at 14:15 instead of 14:00" sent at 13:48 moves a meeting of the day of writing; a question,
an hour already gone and a shop's opening hour set nothing."""

from __future__ import annotations

import timeit
from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 20 Oct 2026 13:48:00 +0100"
QUOTE = "\n\nOn Tue, 20 Oct 2026 at 13:44, Alex Morgan <alex@mailbox.example> wrote:\n> Sorry, I'll be about 10 minutes late for 14:00.\n"


def _read(body: str, subject: str = "Re: Running late") -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


# the new hour, then the old one, "instead of" between; no day anywhere
TRADED = {
    "en": "No problem, our previous session is overrunning anyway, so let's start at 14:15 instead of 14:00. See you then.",
    "de": "Kein Problem. Wir verschieben den Beginn auf 14:15 statt 14:00, dann haben Sie keinen Stress.",
    "sv": "Inga problem! Vi flyttar starten till kl. 14:15 i stället för 14:00. Välkommen!",
    "fr": "Pas de souci, on décale à 14h15 au lieu de 14h. À tout à l'heure.",
    "es": "No pasa nada, empezamos a las 14:15 en lugar de las 14:00. Hasta luego.",
    "it": "Nessun problema, cominciamo alle 14:15 invece delle 14:00. A dopo.",
    "nl": "Geen probleem, we beginnen om 14.15 uur in plaats van 14.00 uur. Tot zo.",
    "pl": "Nie ma problemu, zaczniemy o 14:15 zamiast o 14:00. Do zobaczenia.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TRADED))
def test_an_hour_traded_for_another_with_no_day_is_today(lang: str) -> None:
    _, start, _ = _read(TRADED[lang] + QUOTE)
    assert start == "2026-10-20T14:15:00+01:00"


@pytest.mark.parametrize("lang", sorted(TRADED))
def test_the_traded_hour_of_an_interview_is_a_sure_move(lang: str) -> None:
    kind, start, confidence = _read(TRADED[lang], "Re: Interview this afternoon")
    assert (kind, start) == ("reschedule", "2026-10-20T14:15:00+01:00")
    assert confidence >= 0.5


NOTHING_SET = {
    "asked": "Could we start at 14:30 instead of 14:00?",
    "gone": "We started at 9:15 instead of 9:00 this morning, sorry again.",
    "shop": "Le magasin ouvre à 14h15 au lieu de 14h.",
}


@pytest.mark.parametrize("case", sorted(NOTHING_SET))
def test_no_slot_from_an_ask_a_past_hour_or_a_shop(case: str) -> None:
    _, start, confidence = _read(NOTHING_SET[case])
    assert start == "" or confidence < 0.5


def test_the_trade_pattern_stays_linear() -> None:
    """The pattern is tried right after each clock of a line (match, not search): 1 MB of
    its own words, with and without line breaks, is read well within the limit."""
    from service.parsing.when_clocks import _TRADED_FOR

    for text in ("14:15 instead of " * 60000, "14:15\ninstead\nof\n" * 60000):
        ends = range(5, len(text), 17)

        def run(t: str = text, ends: range = ends) -> None:
            for end in ends:
                _TRADED_FOR.match(t, end)

        # the best of three runs, as the machine may be busy with other work
        assert min(timeit.repeat(run, number=1, repeat=3)) < 0.5
