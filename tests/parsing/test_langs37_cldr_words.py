"""Invitations in languages read through CLDR's own words (langs37): what a user sees is the
right start and end when a recruiter writes the date the way the locale prints it (Turkmen,
Tatar, Kurdish, Xhosa, Sindhi, Javanese, Scottish Gaelic, Frisian), says "tomorrow" or
"next Tuesday" in CLDR's words, or gives the length in CLDR's minute word.

Every date string is rendered by Babel from CLDR, so the tests hold for any date, not for one
template's words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

babel_dates = pytest.importorskip("babel.dates")

SENT = "Wed, 02 Dec 2026 09:05:00 +0000"  # tomorrow is Thursday 3 December
SENT_DAY = date(2026, 12, 2)
CLDR_ONLY = ("tk", "tt", "ku", "xh", "sd", "jv", "gd", "fy")


def _read(body: str) -> tuple[str, str]:
    raw = plain_mail("Interview", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return start, end


@settings(max_examples=40, deadline=None)
@given(
    lang=st.sampled_from(CLDR_ONLY),
    days=st.integers(min_value=3, max_value=360),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from((0, 15, 30, 45)),
)
def test_the_locales_full_date_gives_the_day(lang: str, days: int, hour: int, minute: int) -> None:
    day = SENT_DAY + timedelta(days=days)
    written = babel_dates.format_date(day, "full", locale=lang)
    start, _ = _read(f"Interview\n\n{written}, {hour:02d}:{minute:02d}\n\nPat")
    assert start == f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+00:00", written


# CLDR's "tomorrow" (date_fields day, relative +1) as each locale writes it
TOMORROW = {
    "tk": "ertir", "tt": "иртәгә", "ku": "sibê", "xh": "ngomso", "sd": "سڀاڻي", "jv": "sesuk",
    "gd": "a-màireach", "pa": "ਭਲਕੇ", "lo": "ມື້ອື່ນ", "ps": "سبا",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TOMORROW))
def test_cldr_tomorrow_is_the_day_after_the_mail(lang: str) -> None:
    word = TOMORROW[lang]
    assert babel_dates.Locale.parse(lang)._data["date_fields"]["day"]["relative"][1] == word
    start, _ = _read(f"Interview\n\n{word} 10:30\n\nPat")
    assert start == "2026-12-03T10:30:00+00:00"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CLDR_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@settings(max_examples=40, deadline=None)
@given(
    lang=st.sampled_from((*CLDR_ONLY, "so", "ky", "gu", "lo", "ps", "kn")),
    weekday=st.integers(min_value=0, max_value=6),
)
def test_cldr_next_weekday_reads_as_english_next_weekday(lang: str, weekday: int) -> None:
    fields = babel_dates.Locale.parse(lang)._data["date_fields"]
    phrase = fields[CLDR_DAYS[weekday]]["relative"][1]
    english, _ = _read(f"Interview\n\nnext {WEEKDAYS[weekday]} 10:30\n\nPat")
    start, _ = _read(f"Interview\n\n{phrase} 10:30\n\nPat")
    assert english
    assert start == english, phrase


# CLDR's long minute word (units duration-minute) of each locale, after the number
MINUTES = {
    "tk": "minut", "tt": "минут", "ku": "deqîqe", "sd": "منٽ", "gd": "mionaid", "ky": "мүнөт",
    "lo": "ນາທີ", "ps": "دقیقې", "so": "daqiiqo", "jv": "menit",
}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(lang=st.sampled_from(sorted(MINUTES)), length=st.sampled_from((20, 30, 45, 50, 90)))
def test_a_length_in_cldr_minutes_gives_the_end(lang: str, length: int) -> None:
    pattern = babel_dates.Locale.parse(lang)._data["unit_patterns"]["duration-minute"]["long"]
    assert any(MINUTES[lang] in form for form in pattern.values())
    start, end = _read(f"Interview\n\n15.12.2026 10:00, {length} {MINUTES[lang]}\n\nPat")
    assert start == "2026-12-15T10:00:00+00:00"
    finish = datetime(2026, 12, 15, 10, 0) + timedelta(minutes=length)
    assert end == f"{finish.isoformat()}+00:00"
