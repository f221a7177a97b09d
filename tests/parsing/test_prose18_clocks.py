"""Interview mail typed in European languages (prose18): the half hour that Polish, Czech
and Slovak name by the coming hour ("wpół do ósmej", "v půl páté", "o pol piatej" are all
half past the hour before), Romanian "ora 15 și jumătate" and "fără un sfert", and the
ordinal hour "o 10-tej" must land on the right minute; a day and month before Polish "o"
(at) is no second time on offer; and a German recruiter who asks when the reader has time
while naming "bei uns ginge es ..." books nothing."""

from __future__ import annotations

import pytest

from service.parsing.lexicon import ALTERNATIVES_CUES, has_invitation_cue
from service.parsing.word_clocks import spell_word_clocks
from tests.parsing.mailkit import plain_mail, read_json

SENDER = "Ewa Lis <ewa.lis@odra-metal.example.pl>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str, subject: str = "Rozmowa") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("spotkanie o wpół do ósmej rano", "7:30"),
        ("zapraszam o wpół do dwunastej", "11:30"),
        ("rozmowa kwadrans po dziewiątej", "9:15"),
        ("schůzka v půl páté odpoledne", "4:30"),
        ("přijďte ve středu o půl desáté", "9:30"),
        ("pohovor bude o pol piatej", "4:30"),
        ("interviul este la ora 15 și jumătate", "ora 15:30"),
        ("ne vedem la ora 11 fără un sfert", "ora 10:45"),
        ("la patru şi un sfert", "la 4:15"),
        ("pohovor o 10-tej, recepcia", "o 10:00"),
    ],
)
def test_half_hours_and_ordinal_hours(text: str, clock: str) -> None:
    assert clock in spell_word_clocks(text)


@pytest.mark.parametrize(
    "text",
    [
        "półtorej godziny i pół godziny przerwy",
        "schůzka potrvá půl hodiny",
        "po 10-tej iteracji wynik",
        "do 10-tej harmonicznej",
    ],
)
def test_halves_and_ordinals_that_are_no_clock(text: str) -> None:
    assert ":" not in spell_word_clocks(text)


def test_polish_half_hour_is_the_slot() -> None:
    got = _parse(
        "Dzień dobry,\n\nzgodnie z rozmową zapraszam na spotkanie w piątek o wpół do "
        "jedenastej w naszym biurze przy ul. Długiej 5.\n\nPozdrawiam\nEwa Lis",
        "Mon, 08 Mar 2027 09:00:00 +0100",
    )
    assert got["start"] == "2027-03-12T10:30:00+01:00"


def test_polish_date_before_o_is_not_an_alternative() -> None:
    assert ALTERNATIVES_CUES.search("zapraszam we wtorek 23.03 o 15:00 do biura") is None
    assert ALTERNATIVES_CUES.search("alle 10.30 o 11.30, come preferisci") is not None
    got = _parse(
        "Cześć,\n\nzapraszam na rozmowę we wtorek 23.03 o 15-ej u nas w biurze.\n\nEwa",
        "Wed, 17 Mar 2027 12:00:00 +0100",
    )
    assert got["start"] == "2027-03-23T15:00:00+01:00"
    assert isinstance(got["confidence"], float)
    assert got["confidence"] >= 0.5


def test_romanian_half_hour_is_the_slot() -> None:
    got = _parse(
        "Bună ziua,\n\nVă invităm la interviu marți, 16 martie, ora 15 și jumătate, la "
        "sediul nostru din Iași.\n\nCu stimă,\nIoana",
        "Wed, 10 Mar 2027 10:00:00 +0200",
        "Invitație la interviu",
    )
    assert got["start"] == "2027-03-16T15:30:00+02:00"


def test_german_own_window_beside_a_question_books_nothing() -> None:
    got = _parse(
        "Hallo Herr Lis,\n\nwir würden Sie gern kennenlernen. Wann hätten Sie in der "
        "kommenden Woche Zeit? Bei mir ginge es am Mittwoch ab 13 Uhr oder Freitag früh.\n\n"
        "Beste Grüße\nJana Koch",
        "Thu, 04 Mar 2027 10:00:00 +0100",
        "Gespräch",
    )
    confidence = got["confidence"]
    assert got["kind"] == "not_invitation" or (isinstance(confidence, float) and confidence < 0.5)


def test_german_come_by_is_an_invitation_cue() -> None:
    assert has_invitation_cue("Dann kommen Sie doch am Mittwoch um 15 Uhr bei uns vorbei.")
    assert has_invitation_cue("Komm doch morgen um 10 bei uns im Studio vorbei")
    assert not has_invitation_cue("Komm einfach zwischen 14 und 17 Uhr vorbei.")
