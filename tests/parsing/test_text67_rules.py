# ruff: noqa: E501 (mail sentences read best one a line)
"""What the text67 batch showed the parser missing (tests/parsing/corpus/PROVENANCE-text67.md),
read as one rule each, in several languages:

- CLDR's "today" (date_fields day, relative 0) is a day like its "tomorrow": a recruiter's
  same-day call "danas u 15 sati", "täna kell 16.00", "σήμερα στις 17:00" named no date and
  the mail read as no invitation; a short Latin-script "today" ("leo", "ma", "sot") is left
  out, being a name or another language's word first;
- a verb of finishing names the meeting's end in Greek, Estonian, Icelandic, Filipino and
  Malay ("θα ολοκληρωθεί έως τις 12:00", "lõpeb hiljemalt kell 11.00", "lýkur kl. 10:45",
  "matatapos bandang 3:00", "dijangka tamat pada jam 11.00"), the South Slavic lasting verb
  with its "until" ("trajat će do 11 sati"), "runs to" in English, the Dutch "zijn rond 11.00
  uur klaar", and the hedges "približno", "oko", "bandang" after a range's joiner;
- a push by an amount in Slovene and Malay ("je zamaknjen za 30 minut", "dianjakkan 30 minit
  ke jam yang lebih lewat") moves the slot by it;
- Hausa "Sat" (September, short) is no month: "Trajanje sastanka: 1 sat" (one hour) read as 1
  September, a past day.

The invariants: a date, a start, a length and a language drawn at random, written in one of
the frames, read as that start (and end), or are left unsure (confidence under 0.5)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from babel.dates import format_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import RELATIVE_DAYS, month_names
from tests.parsing.mailkit import plain_mail

SENT_DAY = date(2026, 12, 3)
SENT = "Thu, 03 Dec 2026 07:05:00 +0100"


def _read(body: str, subject: str = "Interview") -> tuple[float, str | None, str | None]:
    parsed = parse_message(
        plain_mail(
            subject,
            "Hello,\n\n" + body + "\n\nRita Moll\nWerkhaus",
            sender="Rita Moll <rita.moll@werkhaus.example>",
            to="sam@mailbox.example",
            date=SENT,
        )
    )

    def wall(value: datetime | None) -> str | None:
        return None if value is None else f"{value:%Y-%m-%d %H:%M}"

    return parsed.confidence, wall(parsed.start), wall(parsed.end)


def _hm(value: time, sep: str = ":") -> str:
    return f"{value.hour}{sep}{value.minute:02d}"


# (language, frame): {s} the clock "14:30", {sd} with a dot "14.30"
TODAY_FRAMES = [
    ("hr", "Kako smo se čuli, razgovor ćemo obaviti danas u {s} telefonom."),
    ("sr", "Razgovor za posao biće održan danas u {s} u našoj kancelariji."),
    ("sl", "Razgovor bo danes ob {sd} po telefonu."),
    ("et", "Teeme lühikese telefoniintervjuu täna kell {sd}, helistan ise."),
    ("el", "Η τηλεφωνική συνέντευξη θα γίνει σήμερα στις {s}."),
    ("lv", "Darba intervija notiks šodien plkst. {sd} mūsu birojā."),
    ("lt", "Pokalbis vyks šiandien {s} val. mūsų biure."),
]


@given(
    hour=st.integers(min_value=9, max_value=18),
    minute=st.sampled_from([0, 15, 30, 45]),
    frame=st.sampled_from(TODAY_FRAMES),
)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cldr_today_is_the_mails_day(hour: int, minute: int, frame: tuple[str, str]) -> None:
    _, text = frame
    clock = time(hour, minute)
    body = text.format(s=_hm(clock), sd=_hm(clock, "."))
    confidence, got_start, _ = _read(body, "Razgovor / Interview")
    want = f"{datetime.combine(SENT_DAY, clock):%Y-%m-%d %H:%M}"
    assert got_start == want or confidence < 0.5, (body, got_start, confidence)


@pytest.mark.parametrize("word", ["leo", "ma", "sot", "yau", "taa", "azi"])
def test_short_latin_today_is_left_out(word: str) -> None:
    assert word not in RELATIVE_DAYS


@pytest.mark.parametrize("word", ["danas", "danes", "täna", "σήμερα", "šodien", "šiandien"])
def test_cldr_today_words_are_read(word: str) -> None:
    assert RELATIVE_DAYS.get(word) == 0


# (language, frame, babel locale): {full} the CLDR full date
END_FRAMES = [
    (
        "el",
        "Η συνέντευξη είναι την {full}. Θα ξεκινήσει στις {s} και θα ολοκληρωθεί έως τις {e}.",
        "el",
    ),
    ("et", "Vestlus on {full}. Vestlus algab kell {sd} ja lõpeb hiljemalt kell {ed}.", "et"),
    ("is", "Viðtalið er {full}. Viðtalið hefst kl. {s} og lýkur kl. {e}.", "is"),
    (
        "ms",
        "Temu duga pada {full}. Temu duga akan bermula pada jam {sd} dan dijangka tamat pada jam {ed}.",
        "ms",
    ),
    (
        "fil",
        "Ang interview ay sa {full}. Magsisimula ito nang {s} at matatapos bandang {e}.",
        "fil",
    ),
    ("hr", "Pozivamo Vas na razgovor {full}. Razgovor počinje u {s} i trajat će do {e}.", "hr"),
    ("sl", "Vabimo vas na razgovor {full}, od {sd} do približno {ed}.", "sl"),
    ("sr", "Razgovor je {full}. Počinje u {s} i završava se oko {e}.", "sr_Latn"),
    ("nl", "We zien je op {full}. We beginnen om {sd} uur en zijn rond {ed} uur klaar.", "nl"),
    (
        "en",
        "Our assessment afternoon is on {full}. Registration opens at {s} and the afternoon runs to {e}.",
        "en_GB",
    ),
]


@given(
    day=st.dates(min_value=date(2026, 12, 7), max_value=date(2027, 11, 30)),
    hour=st.integers(min_value=8, max_value=15),
    minute=st.sampled_from([0, 15, 30, 45]),
    length=st.sampled_from([30, 45, 60, 90, 120]),
    frame=st.sampled_from(END_FRAMES),
)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_finishing_words_give_the_end(
    day: date, hour: int, minute: int, length: int, frame: tuple[str, str, str]
) -> None:
    _, text, locale = frame
    start = datetime.combine(day, time(hour, minute))
    end = start + timedelta(minutes=length)
    body = text.format(
        full=format_date(day, "full", locale=locale),
        s=_hm(start.time()),
        e=_hm(end.time()),
        sd=_hm(start.time(), "."),
        ed=_hm(end.time(), "."),
    )
    confidence, got_start, got_end = _read(body)
    want = (f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}")
    assert (got_start, got_end) == want or confidence < 0.5, (body, got_start, got_end, confidence)


PUSH_FRAMES = [
    ("sl", "Razgovor {full} ob {sd} je zamaknjen za {n} minut. Vse ostalo ostaja enako."),
    (
        "ms",
        "Temu duga anda pada {full} jam {sd} telah dianjakkan {n} minit ke jam yang lebih lewat.",
    ),
]


@given(
    day=st.dates(min_value=date(2026, 12, 7), max_value=date(2027, 11, 30)),
    hour=st.integers(min_value=8, max_value=15),
    minute=st.sampled_from([0, 30]),
    push=st.sampled_from([15, 30, 45]),
    frame=st.sampled_from(PUSH_FRAMES),
)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_push_by_minutes_moves_the_slot(
    day: date, hour: int, minute: int, push: int, frame: tuple[str, str]
) -> None:
    lang, text = frame
    start = datetime.combine(day, time(hour, minute))
    body = text.format(
        full=format_date(day, "full", locale=lang), sd=_hm(start.time(), "."), n=push
    )
    confidence, got_start, _ = _read(body, "Sprememba / Perubahan")
    want = f"{start + timedelta(minutes=push):%Y-%m-%d %H:%M}"
    assert got_start == want or confidence < 0.5, (body, got_start, confidence)


def test_sat_is_no_month() -> None:
    assert "sat" not in month_names()


@given(
    day=st.dates(min_value=date(2026, 12, 7), max_value=date(2027, 11, 30)),
    hour=st.integers(min_value=8, max_value=16),
    hours=st.integers(min_value=1, max_value=3),
)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_hour_count_after_a_length_label_is_no_date(day: date, hours: int, hour: int) -> None:
    unit = "sat" if hours == 1 else "sata"
    body = (
        f"Datum: {day:%d.%m.%Y}.\nVreme: {hour:02d}:00\nTrajanje sastanka: {hours} {unit}\n"
        "Poruka: dođite 10 minuta ranije."
    )
    confidence, got_start, _ = _read(body, "Vaš sastanak sa poslodavcem je zakazan")
    want = f"{day:%Y-%m-%d} {hour:02d}:00"
    assert got_start == want or confidence < 0.5, (body, got_start, confidence)
