# ruff: noqa: E501 (each language's sentences read best whole)
"""Dates and hours as people say them (forms47): Polish and Slovak name the hour by a bare
ordinal after "o" ("o dziesiątej", "o desiatej"), Russian and Czech a spelled hour with the
part of the day ("в десять утра", "v deset dopoledne"), Czech and Slovak noon by its word
("v poledne", "na poludnie"), Dutch the day by a cardinal beside the month ("zestien juni").
An ordinal that qualifies a noun ("o pierwszej rozmowie") and the afternoon words that hold
the noon word ("odpoledne") are no hour."""

from __future__ import annotations

import functools
from datetime import datetime

from service.parsing import parse_message, when_common, word_clocks
from service.parsing.word_clocks import spell_word_clocks
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 10 Jun 2026 09:12:00 +0200"


def _start(body: str) -> str:
    raw = plain_mail("Interview", body, sender="Anna <anna@firma.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    return parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""


SPOKEN = {
    "pl-ordinal-hour": ("Dzień dobry,\n\nzapraszamy na rozmowę 16 czerwca o dziesiątej.\n\nPozdrawiam", "2026-06-16T10:00"),
    "pl-ordinal-day-and-hour": ("Dzień dobry,\n\nzapraszamy na rozmowę w czwartek, dwudziestego piątego czerwca, o czternastej, w naszym biurze.\n\nPozdrawiam", "2026-06-25T14:00"),
    "sk-ordinal-hour": ("Dobrý deň,\n\npozývame Vás na pohovor 16. júna o desiatej v našej kancelárii.\n\nS pozdravom", "2026-06-16T10:00"),
    "ru-hour-and-morning": ("Здравствуйте!\n\nПриглашаем вас на собеседование шестнадцатого июня в десять утра.\n\nС уважением", "2026-06-16T10:00"),
    "cs-hour-and-morning": ("Dobrý den,\n\nzveme Vás na pohovor 16. června v deset dopoledne.\n\nS pozdravem", "2026-06-16T10:00"),
    "cs-noon": ("Dobrý den,\n\nzveme Vás na pohovor v úterý 16.6. v poledne.\n\nS pozdravem", "2026-06-16T12:00"),
    "sk-noon": ("Dobrý deň,\n\npozývame Vás na pohovor v utorok 16.6. na poludnie.\n\nS pozdravom", "2026-06-16T12:00"),
    "nl-cardinal-day": ("Beste Alex,\n\nWe nodigen je uit voor een gesprek op zestien juni om tien uur.\n\nGroet", "2026-06-16T10:00"),
    "nl-cardinal-compound-day": ("Beste Alex,\n\nWe nodigen je uit voor een gesprek op donderdag vijfentwintig juni om 14.30 uur.\n\nGroet", "2026-06-25T14:30"),
}  # fmt: skip


def test_spoken_dates_and_hours_are_the_slot() -> None:
    wrong = {
        name: (_start(body), want) for name, (body, want) in SPOKEN.items() if _start(body) != want
    }
    assert not wrong


def test_an_ordinal_before_a_noun_is_no_hour() -> None:
    for text in (
        "Porozmawiamy o pierwszej rozmowie.",
        "Mówiliśmy o trzeciej wersji.",
        "Hovorili sme o prvej verzii.",
    ):
        assert spell_word_clocks(text) == text


def test_afternoon_words_are_no_noon() -> None:
    assert (
        _start("Dobrý den,\n\nzveme Vás na pohovor v úterý 16.6. odpoledne.\n\nS pozdravem")
        != "2026-06-16T12:00"
    )


def test_the_new_patterns_stay_linear() -> None:
    """Each new pattern over 1 MB of its own words, with and without line breaks."""
    new = [
        frame.pattern
        for frame in word_clocks._FRAMES
        if any(
            mark in frame.pattern.pattern for mark in ("(?:o|około|okolo) ", "утра", "dopoledne")
        )
    ]
    assert len(new) == 4
    patterns = [*new, word_clocks._DAY_WORD, when_common._NOON]
    for unit in (
        "o dziesiątej ",
        "o desiatej w ",
        "в десять утра ",
        "v deset dopoledne ",
        "zestien juni ",
        "v poledne ",
    ):
        for sep in ("", "\n"):
            for pattern in patterns:
                assert_linear(
                    functools.partial(pattern.sub, ""),
                    repeated(unit, sep),
                    label=(pattern.pattern[:40], unit),
                )
