# ruff: noqa: E501 (mail sentences read best one a line)
"""Ends of an interview stated in prose, as the spans46 mails showed the parser missing them.

The end is said with a verb of finishing, before its clock ("acabará a las 16:45", "dovrebbe
finire entro le 10:15", "loopt tot 11.15 uur", "закончится в 11:45") or after it where the
language puts the verb last ("14時45分終了予定", "10点45分结束", "3시 45분에 끝날 예정",
"11:45'te bitecek"); or in the sentence after the slot's, when the meeting or its writers
are what finishes ("Samtalen slutter senest kl. 10.30", "We should be done by 2:45 pm",
"Gegen 15:45 Uhr sind wir fertig"). An end clock under 12 after an afternoon start carries
the afternoon. A length in words ("1時間半", "полтора часа") closes the slot; clock words take
the part of the day after a range ("von drei bis Viertel vor vier am Nachmittag") and the
Spanish range's ends without their article ("de diez y media a once y cuarto"). Controls: a
later sentence about reception, parking or the office names no end. Every mail here is
written for the test."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import (
    parse_message,
    when,
    when_choosers,
    when_clocks,
    when_common,
    when_dates,
    when_ends,
    when_lines,
)
from service.parsing.word_clocks import spell_word_clocks
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail, sure_or_screened

SENT = "Mon, 08 Jun 2026 09:05:00 +0200"


def _when_attr(name: str) -> re.Pattern[str]:
    """The pattern `name` from whichever of the `when` modules defines it."""
    home = next(
        m
        for m in (when, when_choosers, when_clocks, when_common, when_dates, when_ends, when_lines)
        if hasattr(m, name)
    )
    pattern: re.Pattern[str] = getattr(home, name)
    return pattern


def _mail(body: str) -> bytes:
    return plain_mail(
        "Interview",
        "Hello,\n\n" + body + "\n\nRita Moll\nWerkhaus",
        sender="Rita Moll <rita.moll@werkhaus.example>",
        to="sam@mailbox.example",
        date=SENT,
    )


def _screened(body: str) -> bool:
    """Held for review by the screen alone (tests/parsing/mailkit.py sure_or_screened)."""
    return sure_or_screened(parse_message(_mail(body)))


def _read(body: str) -> tuple[str, float, str | None, str | None]:
    """kind, confidence and the start and end wall clocks (HH:MM) the mail is read with."""
    parsed = parse_message(_mail(body))

    def wall(value: datetime | None) -> str | None:
        return None if value is None else f"{value:%Y-%m-%d %H:%M}"

    return parsed.kind, parsed.confidence, wall(parsed.start), wall(parsed.end)


VERB_BEFORE = [
    "Te confirmamos la entrevista el martes 16 de junio. Empezaremos a las 16:00 y acabará a las 16:45.",
    "ti aspettiamo per il colloquio martedì 16 giugno alle 16:00; dovrebbe finire entro le 16:45.",
    "Het gesprek is op dinsdag 16 juni om 16.00 uur en loopt tot 16.45 uur.",
    "Приглашаем вас на собеседование: вторник, 16 июня 2026 г., начало в 16:00, закончится в 16:45.",
    "Zveme vás na pohovor v úterý 16. června 2026 v 16:00, pohovor skončí v 16:45.",
    "Zapraszamy na rozmowę we wtorek 16 czerwca 2026 o 16:00, rozmowa zakończy się o 16:45.",
    "Vi ses tirsdag den 16. juni 2026 kl. 16.00, og samtalen slutter senest kl. 16.45.",
]
VERB_AFTER = [
    "面接の日程：2026年6月16日火曜日 16時開始、16時45分終了予定です。",
    "您的面试安排在2026年6月16日星期二下午4点开始，预计4点45分结束。",
    "면접은 2026년 6월 16일 화요일 오후 4시에 시작해서 4시 45분에 끝날 예정입니다.",
    "Mülakatınız 16 Haziran 2026 Salı günü saat 16:00'da başlayacak ve 16:45'te bitecek.",
]
NEXT_SENTENCE = [
    "Vi ser frem til at møde dig tirsdag den 16. juni 2026 kl. 16.00. Samtalen slutter senest kl. 16.45.",
    "Välkommen på intervju tisdag 16 juni 2026 kl. 16.00. Vi räknar med att vara klara kl. 16.45.",
    "Entretien le mardi 16 juin 2026 à 16h. L'échange se termine à 16h45.",
    "You're confirmed for Tuesday, June 16, 2026 at 4:00 pm.\n\nWe should be done by 4:45 pm.",
    "Quedamos el martes 16 de junio de 2026 a las 16:00.\n\nTerminaremos a las 16:45 como muy tarde.",
    "Ihr Gespräch ist am Dienstag, 16. Juni 2026 um 16 Uhr.\n\nGegen 16:45 Uhr sind wir fertig.",
    "Je gesprek is op dinsdag 16 juni 2026 om 16.00 uur. Om 16.45 uur zijn we klaar.",
]


# any form of a verb of finishing, with its reflexive, modal or limit word
ANY_FORM = [
    "Il colloquio è martedì 16 giugno alle 16:00 e si concluderà alle 16:45.",
    "A entrevista será na terça-feira, 16 de junho, às 16h e deve terminar às 16h45.",
    "Intervjun är tisdag 16 juni kl. 16.00 och avslutas kl. 16.45.",
    "Rozmowa we wtorek 16 czerwca o 16:00 i powinna się skończyć do 16:45.",
    "L'entretien aura lieu le mardi 16 juin à 16h et prendra fin à 16h45.",
    "Das Gespräch am Dienstag, 16. Juni beginnt um 16:00 Uhr und ist gegen 16:45 Uhr beendet.",
    "Het gesprek is op dinsdag 16 juni om 16.00 uur en is om 16.45 uur afgelopen.",
    "The interview is on Tuesday 16 June at 4pm. It should wrap up around 4:45pm.",
]
# the clock first, the date, then the end after a verb of finishing: the end is no start
CLOCK_DATE_END = [
    "We'll start at 16:00 on Tuesday 16 June and wrap up by 16:45.",
    "Nous commencerons à 16h le mardi 16 juin et terminerons à 16h45.",
    "Empezamos a las 16:00 el martes 16 de junio y acabaremos a las 16:45.",
    "Wir beginnen um 16:00 Uhr am Dienstag, 16. Juni und enden um 16:45 Uhr.",
    "Vi börjar kl. 16.00 tisdag 16 juni och slutar kl. 16.45.",
    "Начнём в 16:00 во вторник, 16 июня, и закончим в 16:45.",
]


@pytest.mark.parametrize(
    "body", VERB_BEFORE + VERB_AFTER + NEXT_SENTENCE + ANY_FORM + CLOCK_DATE_END
)
def test_end_said_with_a_verb_closes_the_slot(body: str) -> None:
    kind, confidence, start, end = _read(body)
    assert kind == "invitation"
    assert confidence >= 0.5 or _screened(body)
    assert (start, end) == ("2026-06-16 16:00", "2026-06-16 16:45")


@pytest.mark.parametrize(
    ("body", "end"),
    [
        ("面接は2026年6月16日火曜日 10時からです。所要時間は1時間半です。", "11:30"),
        ("面试时间为2026年6月16日星期二上午10点，时长1小时半。", "11:30"),
        (
            "Собеседование назначено на вторник, 16 июня 2026 г. в 10:00 и продлится полтора часа.",
            "11:30",
        ),
        ("Співбесіда у вівторок, 16 червня 2026 р. о 10:00, триватиме півтори години.", "11:30"),
    ],
)
def test_length_with_a_half_in_words(body: str, end: str) -> None:
    kind, _, start, stop = _read(body)
    assert kind == "invitation"
    assert (start, stop) == ("2026-06-16 10:00", f"2026-06-16 {end}")


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Nos vemos el martes 16 de junio de diez y media a once y cuarto de la mañana.",
            "10:30",
            "11:15",
        ),
        (
            "Wir haben den Dienstag, 16. Juni notiert, von drei bis Viertel vor vier am Nachmittag.",
            "15:00",
            "15:45",
        ),
        ("Wir sehen uns am Dienstag, 16. Juni 2026, um 3 Uhr am Nachmittag.", "15:00", None),
        ("Wir sehen uns am Dienstag, 16. Juni 2026, um zehn Uhr am Vormittag.", "10:00", None),
        (
            "See you on Tuesday 16 June from three until quarter to four in the afternoon.",
            "15:00",
            "15:45",
        ),
        ("Nos vemos el martes 16 de junio de tres a cuatro de la tarde.", "15:00", "16:00"),
        (
            "We'll start at 10:30 on Tuesday 16 June and wrap up by half past eleven.",
            "10:30",
            "11:30",
        ),
    ],
)
def test_clock_words_and_part_of_day_after_them(body: str, start: str, end: str | None) -> None:
    kind, _, got_start, got_end = _read(body)
    assert kind == "invitation"
    assert got_start == f"2026-06-16 {start}"
    assert got_end == (None if end is None else f"2026-06-16 {end}")


@pytest.mark.parametrize(
    "body",
    [
        "Je gesprek is op dinsdag 16 juni 2026 om 16.00 uur. Om 17.30 uur gaat de receptie dicht.",
        "Ihr Gespräch ist am Dienstag, 16. Juni 2026 um 16 Uhr. Bis 18 Uhr sind wir telefonisch erreichbar.",
        "Your interview is on Tuesday, June 16, 2026 at 4:00 pm. Reception is open until 6:00 pm.",
        "Your interview is on Tuesday, June 16, 2026 at 4:00 pm. We will let you know by 5:30 pm.",
        "Välkommen på intervju tisdag 16 juni 2026 kl. 16.00. Kontoret stänger kl. 17.",
        "面接は2026年6月16日火曜日 16時からです。受付は17時までです。",
        "Your interview is on Tuesday, June 16, 2026 at 4:00 pm; please confirm no later than 5:00 pm.",
        "Il colloquio è martedì 16 giugno 2026 alle 16:00. L'ufficio chiude alle 18:00.",
    ],
)
def test_a_later_end_of_something_else_is_no_end(body: str) -> None:
    kind, _, start, end = _read(body)
    assert kind == "invitation"
    assert start == "2026-06-16 16:00"
    assert end is None


def test_english_am_after_a_clock_is_still_the_morning() -> None:
    _, _, start, _ = _read("Your call is on Tuesday, June 16, 2026 at 9:30 am Eastern.")
    assert start == "2026-06-16 09:30"


@settings(max_examples=30, deadline=None)
@given(hour=st.integers(min_value=1, max_value=6), minutes=st.sampled_from([15, 30, 45, 60, 90]))
def test_afternoon_carries_to_a_bare_end(hour: int, minutes: int) -> None:
    """ "at 2:00 pm ... done by 2:45": the end clock without its pm is the afternoon's."""
    end_minutes = hour * 60 + minutes
    end_h, end_m = divmod(end_minutes, 60)
    body = (
        f"You're confirmed for Tuesday, June 16, 2026 at {hour}:00 pm.\n\n"
        f"We should be done by {end_h}:{end_m:02d}."
    )
    _, _, start, end = _read(body)
    assert start == f"2026-06-16 {hour + 12:02d}:00"
    assert end == f"2026-06-16 {end_h + 12:02d}:{end_m:02d}"


# searched over the whole text: these two existing patterns, with every language's words,
# take about 1 s a megabyte on main already; the bound guards against a blow-up, the new
# words in them being plain alternatives and one fixed lookahead
_PATTERNS = ("_CLOCK", "_DURATION")
# tried beside a clock as when.py calls them: matched where a clock finishes ("終了" after
# it), searched in the window before it (30 characters; 16 for a start cue) or fully matched
# against a sentence's head of at most 120 characters; the old ones this extends (the last
# four) are large alternations of many languages, about 1.2 s on main at a clock every 40
# characters of a megabyte: each window must cost the same wherever it stands
_WINDOWED = {
    "_PROSE_END_AFTER": ("match", 30),
    "_LATER_END_VERB": ("match", 120),
    "_LATER_END_LEAD": ("fullmatch", 120),
    "_FINISH_THEN_PREPOSITION": ("search", 30),
    "_PROSE_END_BEFORE": ("search", 30),
    "_START_CUE_BEFORE": ("search", 16),
    "_NEXT_SENTENCE_END": ("fullmatch", 120),
    "_DATE_THEN_UNTIL": ("fullmatch", 60),
}


def _windows(how: str, width: int, pattern: re.Pattern[str]) -> Callable[[str], None]:
    """Try `pattern` beside a clock every 40 characters, as when.py calls it."""

    def run(text: str) -> None:
        for at in range(width, len(text), 40):
            if how == "match":
                pattern.match(text, at - width, at + width)
            elif how == "search":
                pattern.search(text, at - width, at)
            else:
                pattern.fullmatch(text, at - width, at)

    return run


@pytest.mark.parametrize(
    "chunk",
    [
        "de diez y media a once y cuarto ",
        "von drei bis Viertel vor vier am Nachmittag ",
        "Samtalen slutter senest kl. 10.30. vi räknar med att vara klara kl ",
        "Gegen 15:45 Uhr sind wir fertig. we should be done by ",
        "on Tuesday 16 June and wrap up by si concluderà alle powinna się skończyć do ",
        "1時間半 4時45分終了 3시 45분에 끝날 11:45'te bitecek полтора часа ",
    ],
)
@pytest.mark.parametrize("joiner", ["", "\n"])
def test_new_patterns_stay_linear(chunk: str, joiner: str) -> None:
    """Each pattern touched here, run over 1 MB of its own words, costs in proportion to the
    text."""
    make = repeated(chunk, joiner)
    for name in _PATTERNS:
        assert_linear(scans(_when_attr(name)), make, label=name)
    for name, (how, width) in _WINDOWED.items():
        found = _when_attr(name)
        pattern = re.compile(found, re.IGNORECASE) if isinstance(found, str) else found
        assert_linear(_windows(how, width, pattern), make, label=name)
    assert_linear(spell_word_clocks, make)  # every frame of every language, not one
