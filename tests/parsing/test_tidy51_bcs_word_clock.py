"""Bosnian, Croatian and Serbian clocks said in words, as a recruiter writes them in a letter:
"u deset i trideset" (10:30), "u devet i četrdeset pet" (9:45), "u četrnaest i petnaest"
(14:15), "u deset sati" (10:00), "u deset sati i trideset minuta", "u pola jedanaest." at a
sentence's end, beside the weekday and month forms the languages put around them ("u
utorak", "utorka", "15. prosinca", "15. decembra"). Fixtures are ours.

Invariant, not a restated pattern: the interview is claimed at the hour and minute the words
say, whichever weekday or month form stands beside them; the same number words counting
something else ("u deset i trideset dana", "traje deset sati") set no clock.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.word_clocks import _BCS_CLOCK, _BCS_RANGE_START, spell_word_clocks
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_at, claimed, plain_mail

SENDER = "Ured za ljudske potencijale <hr@tvrtka.example.hr>"
TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Dec 2026 09:00:00 +0100"

HOURS = {
    8: "osam",
    9: "devet",
    10: "deset",
    11: "jedanaest",
    12: "dvanaest",
    13: "trinaest",
    14: "četrnaest",
    15: "petnaest",
    16: "šesnaest",
    17: "sedamnaest",
}
MINUTES = {15: "petnaest", 30: "trideset", 45: "četrdeset pet", 20: "dvadeset"}

# {c}: the clock in words; the day around it in the forms each language writes
FRAMES = {
    "hr u utorak, 15. prosinca": (
        "Poziv na razgovor za posao",
        "Poštovana gospođo Morgan,\n\nzahvaljujemo na prijavi za radno mjesto voditeljice "
        "projekata. Pozivamo Vas na razgovor za posao u utorak, 15. prosinca 2026. {c}.\n\n"
        "Lijep pozdrav,\nIvana Horvat",
    ),
    "sr utorka, 15. decembra": (
        "Poziv na intervju",
        "Poštovana Alex,\n\nhvala Vam na prijavi za poziciju analitičara. Intervju će se "
        "održati utorka, 15. decembra {c} u našim prostorijama.\n\nSrdačan pozdrav,\n"
        "Marko Petrović",
    ),
    "bs u srijedu, 16. decembra": (
        "Razgovor za posao",
        "Poštovana Alex,\n\nnakon pregleda Vaše prijave želimo Vas upoznati. Razgovor za "
        "posao je u srijedu, 16. decembra 2026. godine, {c}, u sjedištu firme u Sarajevu."
        "\n\nS poštovanjem,\nAmra Hodžić",
    ),
}


def _words(hour: int, minute: int) -> str:
    return f"u {HOURS[hour]} i {MINUTES[minute]}"


@pytest.mark.parametrize("shape", sorted(FRAMES))
@given(hour=st.sampled_from(sorted(HOURS)), minute=st.sampled_from(sorted(MINUTES)))
@settings(max_examples=6, deadline=None)
def test_a_clock_in_words_is_read_at_its_hour_and_minute(
    shape: str, hour: int, minute: int
) -> None:
    subject, body = FRAMES[shape]
    raw = plain_mail(subject, body.format(c=_words(hour, minute)), sender=SENDER, to=TO, date=DATE)
    assert_claimed_at(raw, hour, minute)


@pytest.mark.parametrize(
    ("words", "clock"),
    [
        ("u deset i trideset", (10, 30)),
        ("u deset sati", (10, 0)),
        ("u deset sati i trideset minuta", (10, 30)),
        ("oko devet i četrdeset i pet", (9, 45)),
        ("u pola jedanaest", (10, 30)),
        ("od deset do jedanaest sati", (10, 0)),
        ("od devet i trideset do deset i trideset", (9, 30)),
    ],
)
def test_each_way_of_saying_the_clock(words: str, clock: tuple[int, int]) -> None:
    subject, body = FRAMES["hr u utorak, 15. prosinca"]
    raw = plain_mail(subject, body.format(c=words), sender=SENDER, to=TO, date=DATE)
    assert_claimed_at(raw, *clock)


def test_the_serbian_cyrillic_clock_reads_the_same() -> None:
    body = (
        "Поштована Алекс,\n\nпозивамо Вас на разговор за посао у уторак, 15. децембра "
        "у десет и тридесет.\n\nСрдачан поздрав,\nМарко Петровић"
    )
    assert_claimed_at(
        plain_mail("Позив на разговор", body, sender=SENDER, to=TO, date=DATE), 10, 30
    )


@pytest.mark.parametrize(
    "text",
    [
        "Odgovor očekujemo u deset i trideset dana.",
        "Put traje deset sati.",
        "Imamo u deset i trideset ureda diljem zemlje.",
        "Tražimo od deset do jedanaest kandidata.",
    ],
)
def test_the_number_words_counting_something_else_set_no_clock(text: str) -> None:
    assert spell_word_clocks(text) == text


def test_a_reply_counting_days_is_not_claimed() -> None:
    body = (
        "Poštovana Alex,\n\nhvala na prijavi. Odluku ćemo Vam javiti u deset i trideset "
        "dana od zatvaranja natječaja.\n\nLijep pozdrav"
    )
    assert not claimed(plain_mail("Vaša prijava", body, sender=SENDER, to=TO, date=DATE))


def test_the_clock_scan_grows_linearly() -> None:
    assert_linear(scans(_BCS_CLOCK), repeated("u deset i deset i "), label="bcs clock")
    assert_linear(scans(_BCS_CLOCK), repeated("u deset sati i "), label="bcs sati")
    assert_linear(scans(_BCS_RANGE_START), repeated("od deset do "), label="bcs range")


def test_a_range_in_words_keeps_its_start() -> None:
    """The start of "od deset do jedanaest sati" is ten, not the end's eleven."""
    assert spell_word_clocks("od deset do jedanaest sati") == "od 10:00 do 11:00"
    assert spell_word_clocks("od deset do jedanaest kandidata") == "od deset do jedanaest kandidata"
