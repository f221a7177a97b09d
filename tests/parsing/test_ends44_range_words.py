"""Ends the ends44 mails showed the parser missing, as a candidate reads them.

A range whose joiner carries the start's word for the hour or the end's article ("van 10
uur tot 11 uur", "de 14 heures à 15 heures", "das 10 horas às 11 horas", "de las 16:00 a
las 17:00", "dalle ore 10 alle ore 11") ends at its second hour; a range with one end in
clock words ("von zehn bis elf Uhr", "från halv tio till tio") is read whole; and a row that
opens with "afterwards" (lunch with the team after the interview) is no session of the
interview's programme. Every mail here is written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:05:00 +0200"
DAY = {
    "es": "el miércoles 10 de junio de 2026",
    "fr": "le mercredi 10 juin 2026",
    "nl": "op woensdag 10 juni 2026",
    "pt": "na quarta-feira, 10 de junho de 2026",
    "it": "mercoledì 10 giugno 2026",
    "de": "am Mittwoch, 10. Juni 2026",
    "sv": "onsdag 10 juni 2026",
    "da": "onsdag den 10. juni 2026",
    "en": "on Wednesday 10 June 2026",
    "cs": "ve středu 10. 6. 2026",
    "ru": "в среду, 10 июня 2026 года,",
    "pl": "w środę 10 czerwca 2026",
}
LEAD = {
    "es": "Hola Sam:\n\nTe esperamos para la entrevista {day}, {range}, en nuestra oficina.",
    "fr": "Bonjour Sam,\n\nNous vous attendons pour un entretien {day}, {range}, dans nos locaux.",
    "nl": "Hoi Sam,\n\nJe bent welkom voor een sollicitatiegesprek {day} {range}.",
    "pt": "Olá Sam,\n\nSua entrevista será {day}, {range}, no nosso escritório.",
    "it": "Ciao Sam,\n\nil colloquio si terrà {day} {range} nella nostra sede.",
    "de": "Hallo Sam,\n\nwir laden Sie zum Vorstellungsgespräch {day} {range} ein.",
    "sv": "Hej Sam,\n\nVälkommen på intervju {day} {range} på vårt kontor.",
    "da": "Hej Sam,\n\nVi ses til jobsamtale {day} {range} på kontoret.",
    "en": "Hi Sam,\n\nWe'd like to invite you to an interview {day} {range}.",
    "cs": "Dobrý den,\n\nzveme Vás na pohovor {day} {range} v naší kanceláři.",
    "ru": "Здравствуйте!\n\nПриглашаем вас на собеседование {day} {range}.",
    "pl": "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną {day} {range}.",
}


def _read(lang: str, text: str) -> tuple[str, str, str]:
    body = LEAD[lang].format(day=DAY[lang], range=text) + "\n\nRita"
    parsed = parse_message(
        plain_mail(
            "Interview",
            body,
            sender="Rita Moll <rita.moll@werk.example>",
            to="sam@mailbox.example",
            date=SENT,
        )
    )
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


# the start's hour word or the end's article inside the joiner
WORDED_RANGES = [
    ("nl", "van {h} uur tot {e} uur"),
    ("fr", "de {h} heures à {e} heures"),
    ("pt", "das {h} horas às {e} horas"),
    ("es", "de {h} horas a {e} horas"),
    ("es", "de las {h}:00 a las {e}:00"),
    ("es", "de las {h}:30 a las {e}:30"),
    ("it", "dalle ore {h} alle ore {e}"),
    # words that alone count hours ("trvá 2 hodiny") name the hour from one to the other
    ("cs", "od {h} hodin do {e} hodin"),
    ("ru", "с {h} часов до {e} часов"),
    ("pl", "od godziny {h} do godziny {e}"),
    ("pl", "od godz. {h}:00 do godz. {e}:00"),
]


@settings(max_examples=25, deadline=None)
@given(
    shape=st.sampled_from(WORDED_RANGES),
    hour=st.integers(min_value=9, max_value=16),
    length=st.integers(min_value=1, max_value=2),
)
def test_a_range_with_hour_words_in_its_joiner_ends_at_its_second_hour(
    shape: tuple[str, str], hour: int, length: int
) -> None:
    lang, pattern = shape
    minute = "30" if ":30" in pattern else "00"
    kind, start, end = _read(lang, pattern.format(h=hour, e=hour + length))
    assert kind == "invitation"
    assert start == f"2026-06-10T{hour:02d}:{minute}:00+02:00"
    assert end == f"2026-06-10T{hour + length:02d}:{minute}:00+02:00"


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("de", "von zehn bis elf Uhr", "10:00", "11:00"),
        ("de", "von neun bis halb elf", "09:00", "10:30"),
        ("nl", "van tien tot elf uur", "10:00", "11:00"),
        ("nl", "van half tien tot tien uur", "09:30", "10:00"),
        ("sv", "från halv tio till tio", "09:30", "10:00"),
        ("sv", "från tio till halv tolv", "10:00", "11:30"),
        ("da", "fra ti til halv elleve", "10:00", "10:30"),
    ],
)
def test_a_range_with_one_end_in_clock_words_is_read_whole(
    lang: str, text: str, start: str, end: str
) -> None:
    kind, got_start, got_end = _read(lang, text)
    assert kind == "invitation"
    assert (got_start, got_end) == (f"2026-06-10T{start}:00+02:00", f"2026-06-10T{end}:00+02:00")


def test_hours_counted_without_a_from_word_are_no_clock() -> None:
    kind, start, _ = _read("cs", "v 10:00; odpověď pošleme do 2 hodin")
    assert (kind, start) == ("invitation", "2026-06-10T10:00:00+02:00")


def test_hour_words_before_another_noun_are_no_range() -> None:
    kind, start, _ = _read("de", "um 14 Uhr; wir erwarten von zehn bis zwanzig Bewerbern")
    assert (kind, start) == ("invitation", "2026-06-10T14:00:00+02:00")


AFTERWARDS = [
    ("sv", "kl. 10.00–11.00.\nEfteråt bjuder vi på lunch kl. 11.30–12.30 med teamet."),
    ("de", "von 10:00 bis 11:00 Uhr.\nDanach Mittagspause mit dem Team (11:15–12:00 Uhr)."),
    ("en", "from 10:00 to 11:00.\nAfterwards, lunch with the team 11:15 - 12:00."),
    ("fr", "de 10h à 11h.\nEnsuite, déjeuner avec l'équipe de 11h15 à 12h."),
    ("nl", "van 10:00 tot 11:00 uur.\nDaarna lunch met het team, 11:15 - 12:00."),
]


@pytest.mark.parametrize(("lang", "text"), AFTERWARDS)
def test_what_follows_the_interview_afterwards_is_not_its_end(lang: str, text: str) -> None:
    kind, start, end = _read(lang, text)
    assert (kind, start, end) == (
        "invitation",
        "2026-06-10T10:00:00+02:00",
        "2026-06-10T11:00:00+02:00",
    )


def test_a_programme_row_after_a_short_break_still_extends_the_end() -> None:
    text = "as follows:\n10:00 - 10:45 technical\n11:00 - 11:45 hiring manager"
    kind, start, end = _read("en", text)
    assert (kind, start, end) == (
        "invitation",
        "2026-06-10T10:00:00+02:00",
        "2026-06-10T11:45:00+02:00",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Hemos cambiado tu entrevista del miércoles 10 de junio de las 10:00 a las 12:30.",
        "Hemos movido tu entrevista del miércoles 10 de junio de las 10:00 a las 12:30.",
        "Wir haben Ihr Gespräch am Mittwoch, 10. Juni von 10:00 auf 12:30 Uhr verschoben.",
    ],
)
def test_a_moved_hour_from_one_clock_to_another_is_no_range(line: str) -> None:
    parsed = parse_message(
        plain_mail(
            "Cambio / Änderung",
            f"Hola Sam / Hallo Sam,\n\n{line}\n\nRita",
            sender="Rita Moll <rita.moll@werk.example>",
            to="sam@mailbox.example",
            date=SENT,
        )
    )
    assert parsed.kind == "reschedule"
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == "2026-06-10T12:30:00+02:00"
    assert parsed.end is None or parsed.end > parsed.start
