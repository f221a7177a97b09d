"""Invitations dated in the Solar Hijri calendar as year/month/day, and Hijri dates written
beside Gregorian ones: the user sees the right Gregorian day, and a mail whose two calendars
name different days goes to review instead of being trusted."""

from __future__ import annotations

from datetime import date, timedelta
from email.message import EmailMessage

import jdatetime
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.eras import hijri_disagrees, hijri_to_ordinal, solar_hijri_numeric

SENT = "Wed, 02 Dec 2026 09:05:00 +0330"
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _parse(body: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "hr@pars-data.example.ir"
    message["To"] = "alex@mailbox.example"
    message["Subject"] = "دعوت به مصاحبه"
    message["Date"] = SENT
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def _hijri(day: date) -> tuple[int, int, int]:
    """The tabular Islamic date of a Gregorian day, by search over hijri_to_ordinal."""
    for year in range(1447, 1451):
        for month in range(1, 13):
            first = hijri_to_ordinal(year, month, 1)
            if 0 <= day.toordinal() - first < 30 and (
                month == 12 or day.toordinal() < hijri_to_ordinal(year, month + 1, 1)
            ):
                return year, month, day.toordinal() - first + 1
    raise AssertionError(day)


days = st.integers(min_value=7, max_value=300).map(lambda n: date(2026, 12, 2) + timedelta(n))


@settings(max_examples=20, deadline=None)
@given(day=days, persian=st.booleans(), sep=st.sampled_from("/-"))
def test_solar_hijri_numeric_date_is_read_as_its_gregorian_day(
    day: date, persian: bool, sep: str
) -> None:
    solar = jdatetime.date.fromgregorian(date=day)
    written = f"{solar.year}{sep}{solar.month:02d}{sep}{solar.day:02d}"
    clock = "ساعت 10:00"
    if persian:
        written, clock = written.translate(PERSIAN), clock.translate(PERSIAN)
    got = _parse(f"با سلام\nاز شما برای مصاحبه دعوت می‌شود.\nتاریخ: {written} {clock}\n")
    assert got["kind"] == "invitation"
    assert str(got["start"]).startswith(f"{day.isoformat()}T10:00")


def test_lunar_hijri_dates_are_not_read_as_solar() -> None:
    assert solar_hijri_numeric("1448/06/29هـ") == "1448/06/29هـ"
    assert solar_hijri_numeric("1448/06/29") == "1448/06/29"  # lunar years are 1440 and on
    assert solar_hijri_numeric("1405/09/19") == "2026/12/10"
    assert solar_hijri_numeric("1405/13/19") == "1405/13/19"


def test_tabular_hijri_is_within_a_day_of_umm_al_qura() -> None:
    # 1 Ramadan 1447 and 1 Muharram 1448 by Umm al-Qura
    for hijri, gregorian in (((1447, 9, 1), date(2026, 2, 18)), ((1448, 1, 1), date(2026, 6, 16))):
        assert abs(hijri_to_ordinal(*hijri) - gregorian.toordinal()) <= 1


@settings(max_examples=15, deadline=None)
@given(day=days, shift=st.integers(min_value=-2, max_value=2), eastern=st.booleans())
def test_hijri_beside_gregorian_within_two_days_agrees(
    day: date, shift: int, eastern: bool
) -> None:
    year, month, number = _hijri(day + timedelta(shift))
    text = f"{year}/{month:02d}/{number:02d}هـ الموافق {day:%Y/%m/%d}م"
    assert not hijri_disagrees(text.translate(ARABIC) if eastern else text)


@settings(max_examples=15, deadline=None)
@given(day=days, shift=st.integers(min_value=3, max_value=60), dmy=st.booleans())
def test_hijri_days_away_from_the_gregorian_disagree(day: date, shift: int, dmy: bool) -> None:
    year, month, number = _hijri(day + timedelta(shift))
    if dmy:
        text = f"{number:02d}/{month:02d}/{year}هـ الموافق {day:%d/%m/%Y}م"
    else:
        text = f"{year}/{month:02d}/{number:02d}هـ الموافق {day:%Y/%m/%d}م"
    assert hijri_disagrees(text)


def test_disagreeing_calendars_go_to_review() -> None:
    body = "ندعوكم لإجراء مقابلة شخصية يوم الخميس {}هـ الموافق 2026/12/10م الساعة 10:00 صباحاً\n"
    agreed = _parse(body.format("1448/06/29"))
    assert agreed["kind"] == "invitation"
    assert float(agreed["confidence"]) >= 0.5  # type: ignore[arg-type]
    wrong = _parse(body.format("1448/06/10"))
    assert float(wrong["confidence"]) < 0.5  # type: ignore[arg-type]
    assert any("Hijri" in note for note in wrong["warnings"])  # type: ignore[union-attr]


def test_persian_to_between_hours_gives_the_end() -> None:
    got = _parse("با سلام\nمصاحبه روز پنجشنبه ۱۴۰۵/۰۹/۱۹ از ساعت ۱۰:۰۰ الی ۱۱:۰۰ برگزار می‌شود.\n")
    assert str(got["start"]).startswith("2026-12-10T10:00")
    assert str(got["end"]).startswith("2026-12-10T11:00")


def _parse_en(body: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "hr@example.com"
    message["To"] = "alex@mailbox.example"
    message["Subject"] = "Interview"
    message["Date"] = "Wed, 02 Dec 2026 09:05:00 +0700"
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def test_a_year_of_another_calendar_read_as_gregorian_is_not_trusted() -> None:
    # Nepal's Bikram Sambat 2083 and Thailand's Buddhist Era 2569 are 2026; read as
    # Gregorian years they put the interview decades away, which no invitation does
    nepali = _parse("अन्तर्वार्ता सूचना\nमिति: २०८३/०८/२४ गते बिहान १०:०० बजे\n")
    thai = _parse_en("We invite you to an interview on 10/12/2569 at 14:00 at our office.\n")
    for got in (nepali, thai):
        assert got["kind"] != "invitation" or float(got["confidence"]) < 0.5  # type: ignore[arg-type]
