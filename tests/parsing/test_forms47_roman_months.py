# ruff: noqa: E501 (each language's sentences read best whole)
"""Roman-numeral months (forms47): Polish, Czech, Hungarian, Romanian, Italian, Croatian and
Russian offices write a date's month in capitals, "23.VI.2026 r.", "7. X. 2026",
"3/XII/2026", "2026. XI. 12-én", "9.VI"; the slot is that date. A deadline in the same form
is no invitation, and a capital I or V beside a number that is no date stays text."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.when_lines import normalise
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _mail(body: str, subject: str = "Interview") -> bytes:
    return plain_mail(subject, body, sender="Anna Nowak <anna@firma.example>",
                      to="alex@mailbox.example", date=SENT)  # fmt: skip


def _start(body: str, subject: str = "Interview") -> str:
    parsed = parse_message(_mail(body, subject))
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


INVITATIONS = {
    "pl": ("Zapraszamy na rozmowę kwalifikacyjną w dniu 23.VI.2026 r. o godz. 10:00 w naszym biurze.", "2026-06-23T10:00:00+02:00"),
    "pl-no-year": ("Zapraszam na rozmowę we wtorek 9.VI o godz. 12:30.", "2026-06-09T12:30:00+02:00"),
    "pl-spaces": ("Zapraszamy na rozmowę 16 VI 2026 r., godz. 10.30.", "2026-06-16T10:30:00+02:00"),
    "cs": ("Zveme Vás na pohovor dne 7. X. 2026 v 9:30 hod.", "2026-10-07T09:30:00+02:00"),
    "hu": ("Szeretettel meghívjuk állásinterjúra 2026. XI. 12-én 14 órakor.", "2026-11-12T14:00:00+02:00"),
    "ro": ("Vă invităm la interviu în data de 18.IX.2026, ora 11:00.", "2026-09-18T11:00:00+02:00"),
    "it": ("La invitiamo a un colloquio il giorno 3/XII/2026 alle ore 15.", "2026-12-03T15:00:00+02:00"),
    "ru": ("Приглашаем Вас на собеседование 14.IV.2027 в 10:00.", "2027-04-14T10:00:00+02:00"),
    "pt": ("Gostaríamos de convidá-lo para uma entrevista no dia 16/VI às 10h.", "2026-06-16T10:00:00+02:00"),
    "fr": ("Nous vous invitons à un entretien le 16-VI-2026 à 10h.", "2026-06-16T10:00:00+02:00"),
}  # fmt: skip


def test_a_roman_month_is_the_month_of_the_slot() -> None:
    """The wall time is compared: the offset of a mail that states no zone is another rule's."""
    wrong = {
        lang: (_start(body), want)
        for lang, (body, want) in INVITATIONS.items()
        if _start(body)[:16] != want[:16]
    }
    assert not wrong


@settings(max_examples=25, deadline=None)
@given(
    st.dates(min_value=date(2026, 6, 10), max_value=date(2027, 12, 31)),
    st.sampled_from(["{d}.{m}.{y}", "{d}. {m}. {y}", "{d}/{m}/{y}", "{d}-{m}-{y}", "{d} {m} {y}"]),
)
def test_every_roman_date_is_read_as_its_day(day: date, shape: str) -> None:
    written = shape.format(d=day.day, m=ROMAN[day.month - 1], y=day.year)
    assert normalise(f"w dniu {written} o godz. 10:00") == f"w dniu {day.isoformat()} o godz. 10:00"


def test_a_deadline_in_the_same_form_is_not_claimed() -> None:
    body = "Dziękujemy za zgłoszenie. Termin nadsyłania dokumentów upływa 30.VI.2026 r. o godz. 16:00. Po tym terminie skontaktujemy się z wybranymi osobami."
    assert not claimed(_mail(body, "Potwierdzenie otrzymania zgłoszenia"))


def test_capitals_that_are_no_date_stay_text() -> None:
    for text in (
        "on the 16 I will call",
        "Part 2.I think so",
        "room 10.V",
        "Henry VI at 10",
        "chapter 16 V",
        "31.II.2026",
        "v1.2.IV",
    ):
        assert normalise(text) == text


def test_the_rewrite_stays_linear() -> None:
    for unit in ("16.VI.2026 ", "16 VI ", "2026. XI. ", "1 I 1 I ", "3/XII/"):
        for sep in ("", "\n"):
            assert_linear(normalise.__wrapped__, repeated(unit, sep), label=unit)
