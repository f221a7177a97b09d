"""The end and the start of a plain-text invitation written the ways the spans50 batch found
missed: a tool's ISO 8601 duration in lower case ("Dauer: pt1h30m", "Duration: pt45m"), a
length in hours with its half in words ("dura cerca de 1 hora e meia"), an end given loosely
after "until" ("von 10 bis gegen 11 Uhr", "until about 3pm") and noon with its minutes in
words ("à midi et quart", "ao meio-dia e meia", "a mezzogiorno e mezzo"). Fixtures are ours.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing.when_clocks import _BRACKETED_DAY, _WORD_AND_BRACKET_BEFORE
from service.parsing.when_ends import _HALF_AFTER_HOURS, _ISO_LENGTH
from service.parsing.word_clocks import _CJK_DIGIT_QUARTER, _NOON_FRAMES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import eight_bit_mail, read_span

_DATE = "Mon, 11 Jan 2027 09:00:00 +0100"
_SENDER = "Recruiting <jobs@firm.example>"
_TO = "alex@mailbox.example"


def _mail(subject: str, body: str) -> bytes:
    return eight_bit_mail(subject, body, sender=_SENDER, to=_TO, date=_DATE)


def _read(subject: str, body: str) -> tuple[str | None, float, datetime | None, datetime | None]:
    return read_span(_mail(subject, body))


@pytest.mark.parametrize(
    ("body", "start", "minutes"),
    [
        (
            "Your interview is booked.\n\nStart: 2027-01-21 14:00\nDuration: pt45m\n"
            "Where: video call",
            (14, 0),
            45,
        ),
        (
            "Ihr Vorstellungsgespräch ist bestätigt.\n\nBeginn: 21.01.2027 14:00\n"
            "Dauer: pt1h30m\nOrt: Hamburg, Empfang",
            (14, 0),
            90,
        ),
        (
            "Oi, Alex! Sua entrevista ficou para quinta-feira, 21 de janeiro, às 14h. "
            "A conversa dura cerca de 1 hora e meia.",
            (14, 0),
            90,
        ),
        (
            "Guten Tag Herr Morgan, Ihr Vorstellungsgespräch findet am Donnerstag, "
            "21. Januar, von 14 bis gegen 15 Uhr statt.",
            (14, 0),
            60,
        ),
        (
            "Hi Alex, your interview is on Thursday 21 January from 2pm until about 3pm.",
            (14, 0),
            60,
        ),
    ],
)
def test_end_from_a_loose_or_coded_length(body: str, start: tuple[int, int], minutes: int) -> None:
    kind, confidence, got_start, got_end = _read("Interview", body)
    assert kind == "invitation"
    assert confidence >= 0.5
    assert got_start is not None
    assert got_end is not None
    assert (got_start.day, got_start.hour, got_start.minute) == (21, *start)
    assert (got_end - got_start).total_seconds() == minutes * 60


@pytest.mark.parametrize(
    ("body", "minute"),
    [
        ("Bonjour, votre entretien aura lieu le jeudi 21 janvier à midi et quart.", 15),
        ("Bonjour, votre entretien aura lieu le jeudi 21 janvier à midi et demi.", 30),
        ("Olá, sua entrevista será na quinta-feira, 21 de janeiro, ao meio-dia e meia.", 30),
        ("Ciao, il colloquio è giovedì 21 gennaio a mezzogiorno e mezzo.", 30),
    ],
)
def test_noon_with_its_minutes_in_words(body: str, minute: int) -> None:
    kind, confidence, got_start, _end = _read("Entretien / entrevista / colloquio", body)
    assert kind == "invitation"
    assert confidence >= 0.5
    assert got_start is not None
    assert (got_start.hour, got_start.minute) == (12, minute)


def test_afternoon_is_no_noon() -> None:
    """ "l'après-midi et demi" is no time: the afternoon holds "midi" after a hyphen."""
    _kind, _confidence, got_start, _end = _read(
        "Entretien",
        "Bonjour, votre entretien aura lieu le jeudi 21 janvier à 15h, dans l'après-midi et "
        "demi-journée de visite.",
    )
    assert got_start is not None
    assert (got_start.hour, got_start.minute) == (15, 0)


def test_a_zone_abbreviation_is_no_iso_length() -> None:
    """ "9am PT (12pm ET)" holds "PT" with no digits after it: no length."""
    kind, _confidence, got_start, got_end = _read(
        "Interview", "Hi Alex, your interview is Thursday 21 January at 9am PT (12pm ET)."
    )
    assert kind == "invitation"
    assert got_end is None
    assert got_start is not None
    assert got_start.utcoffset() is not None
    assert got_start.hour == 9


def test_new_scans_are_linear() -> None:
    assert_linear(scans(_ISO_LENGTH), repeated("PT1H30M45 pt pt1 P0DT "), label="iso length")
    assert_linear(scans(_HALF_AFTER_HOURS), repeated(" e meia and a half y "), label="half")
    for frame in _NOON_FRAMES:
        assert_linear(
            scans(frame.pattern), repeated("midi et meio-dia e mezzogiorno e "), label=frame
        )


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, l'entretien du jeudi 21 janvier débute à 10h et s'achève à 11h.",
        "Dzień dobry, rozmowa w czwartek 21 stycznia zaczyna się o 10:00 i kończy się o 11:00.",
        "Dobrý den, pohovor ve čtvrtek 21. ledna začíná v 10:00 a končí v 11:00.",
        "Poštovani, razgovor u četvrtak 21. siječnja počinje u 10 sati i završava u 11 sati.",
        "Поштовани, разговор у четвртак 21. јануара почиње у 10 часова и завршава се у 11 часова.",
    ],
)
def test_end_after_a_verb_of_finishing_in_the_present(body: str) -> None:
    kind, confidence, got_start, got_end = _read("Razgovor / entretien / pohovor", body)
    assert kind == "invitation"
    assert confidence >= 0.5
    assert got_start is not None
    assert got_end is not None
    assert (got_start.hour, got_end.hour, got_end.minute) == (10, 11, 0)


@pytest.mark.parametrize(
    ("body", "clock"),
    [
        ("面试时间：1月21日（周四）上午十点一刻。", (10, 15)),
        ("面试时间：1月21日（周四）下午三点三刻。", (15, 45)),
        ("面试时间：1月21日（周四）下午3点一刻。", (15, 15)),
        ("Olá, sua entrevista é na quinta-feira, 21 de janeiro, às quinze para as onze.", (10, 45)),
        (
            "Olá, sua entrevista é na quinta-feira, 21 de janeiro, às dez para as três da tarde.",
            (14, 50),
        ),
    ],
)
def test_quarters_and_minutes_before_the_hour_in_words(body: str, clock: tuple[int, int]) -> None:
    """ "十点一刻" is 10:15, not 10:00; "quinze para as onze" is 10:45."""
    kind, confidence, got_start, _end = _read("面试 / entrevista", body)
    assert kind == "invitation"
    assert confidence >= 0.5
    assert got_start is not None
    assert (got_start.hour, got_start.minute) == clock


def test_quarter_scan_is_linear() -> None:
    assert_linear(scans(_CJK_DIGIT_QUARTER), repeated("10点一1点三刻"), label="cjk quarter")


@pytest.mark.parametrize(
    ("body", "clock"),
    [
        ("Merhaba, iş görüşmeniz bu cuma (15.01) öğlen 12'de.", (12, 0)),
        ("Merhaba, iş görüşmeniz bu cuma (15.01) saat 14:00'te.", (14, 0)),
        ("Dzień dobry, zapraszamy na rozmowę w piątek (15.01) o 14:00.", (14, 0)),
        ("Sveiki, kviečiame į darbo pokalbį šį penktadienį (01-15) 13 val.", (13, 0)),
    ],
)
def test_weekday_glossed_with_its_dotted_date(body: str, clock: tuple[int, int]) -> None:
    """ "bu cuma (15.01)" is this Friday, 15 January: the bracket holds a date, not 15:01."""
    kind, confidence, got_start, got_end = _read("Mülakat / rozmowa", body)
    assert kind == "invitation"
    assert confidence >= 0.5
    assert got_start is not None
    assert (got_start.month, got_start.day, got_start.hour, got_start.minute) == (1, 15, *clock)
    assert got_end is None


def test_hours_in_brackets_stay_a_range() -> None:
    """ "Friday 15 January (10-11)": hours without a leading zero are no date."""
    _kind, _confidence, got_start, got_end = _read(
        "Interview", "Hi Alex, interview Friday 15 January (10-11)."
    )
    assert got_start is not None
    assert got_end is not None
    assert (got_start.hour, got_end.hour) == (10, 11)


def test_bracket_scans_are_linear() -> None:
    assert_linear(scans(_BRACKETED_DAY), repeated("(01-1(15.0(15.01.(0"), label="bracketed day")
    assert_linear(scans(_WORD_AND_BRACKET_BEFORE), repeated("cuma (cuma ("), label="word bracket")
