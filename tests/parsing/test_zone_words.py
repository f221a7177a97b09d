"""Zones written as words of a place ("dansk tid", "ora României", "한국 시간"), stated once for
the whole mail, or as a Windows label with a non-ASCII city, read back to the right instant.

A generated matrix: language phrase x placement (right after the time, in brackets after it,
on a line of its own before the schedule) x any 2026 day and hour, the DST-change weeks
included through hypothesis' date range. The sender writes from a zone other than the one
stated, so a parser that ignores the words lands at the wrong instant.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

# (language, how the mail names the zone, the IANA zone meant, a line that holds the time)
PHRASES: tuple[tuple[str, str, str, str], ...] = (
    ("pl", "czas polski", "Europe/Warsaw", "Rozmowa kwalifikacyjna: {dd}.{mm}.{y}, godz. {t}"),
    ("ro", "ora României", "Europe/Bucharest", "Interviu: {dd}.{mm}.{y}, ora {t}"),
    ("da", "dansk tid", "Europe/Copenhagen", "Jobsamtale den {dd}.{mm}.{y} kl. {t}"),
    ("nb", "norsk tid", "Europe/Oslo", "Intervju {dd}.{mm}.{y} kl. {t}"),
    ("fi", "Suomen aikaa", "Europe/Helsinki", "Haastattelu {d}.{m}.{y} klo {t}"),
    ("hu", "magyar idő", "Europe/Budapest", "Interjú: {y}.{mm}.{dd}. {t}"),
    ("cs", "českého času", "Europe/Prague", "Pohovor {d}. {m}. {y} v {t}"),
    ("tr", "Türkiye saati", "Europe/Istanbul", "Mülakat: {dd}.{mm}.{y} saat {t}"),
    ("pt", "hora de Portugal", "Europe/Lisbon", "Entrevista: {dd}/{mm}/{y} às {t}"),
    ("ko", "한국 시간", "Asia/Seoul", "면접 일시: {y}년 {m}월 {d}일 {t}"),
    ("zh", "台北时间", "Asia/Taipei", "面试时间：{y}年{m}月{d}日 {t}"),
    ("he", "שעון ישראל", "Asia/Jerusalem", "ראיון: {dd}.{mm}.{y} בשעה {t}"),
    ("uk", "за київським часом", "Europe/Kyiv", "Співбесіда: {dd}.{mm}.{y} о {t}"),
    ("en", "Dutch time", "Europe/Amsterdam", "Interview: {d} {mon} {y} at {t}"),
)
PLACEMENTS = ("after", "bracket", "statement")
MONTHS = "January February March April May June July August September October November December"
SENDER_ZONE = timezone(timedelta(hours=-5))  # far from every zone above


def _mail(body: str, sent: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@employer.example>"
    message["To"] = "me@mail.example"
    message["Subject"] = "Interview"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<zone-words@employer.example>"
    message.set_content(body)
    return message.as_bytes()


def _render(phrase: tuple[str, str, str, str], placement: str, start: datetime) -> str:
    _, words, _, line = phrase
    when = line.format(
        d=start.day,
        m=start.month,
        dd=f"{start:%d}",
        mm=f"{start:%m}",
        y=start.year,
        t=f"{start:%H:%M}",
        mon=MONTHS.split()[start.month - 1],
    )
    if placement == "after":
        return f"{when} {words}\n"
    if placement == "bracket":
        return f"{when} ({words})\n"
    return f"({words})\n\n{when}\n"


@settings(max_examples=120, deadline=None)
@given(
    phrase=st.sampled_from(PHRASES),
    placement=st.sampled_from(PLACEMENTS),
    day=st.dates(min_value=date(2026, 1, 5), max_value=date(2026, 12, 18)),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from((0, 15, 30, 45)),
)
def test_zone_named_by_place_words_gives_the_instant(
    phrase: tuple[str, str, str, str], placement: str, day: date, hour: int, minute: int
) -> None:
    zone = ZoneInfo(phrase[2])
    start = datetime.combine(day, time(hour, minute), tzinfo=zone)
    sent = (start - timedelta(days=6)).astimezone(SENDER_ZONE)
    result = parse_message(_mail(_render(phrase, placement, start), sent))
    where = f"{phrase[0]} {placement}: {_render(phrase, placement, start)!r}"
    assert result.start == start, where
    assert result.timezone == phrase[2], where


def test_two_different_zones_stated_apart_from_the_time_are_not_guessed() -> None:
    """Two zone statements that disagree: the sender's zone, marked as assumed, not a pick."""
    body = "(heure de Paris)\n(czas polski)\n\nEntretien le 11.06.2026 à 10:00\n"
    sent = datetime(2026, 6, 5, 9, 0, tzinfo=SENDER_ZONE)
    result = parse_message(_mail(body, sent))
    assert result.start == datetime(2026, 6, 11, 10, 0, tzinfo=SENDER_ZONE)
    assert any("no time zone stated" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("label", "zone"),
    [
        ("(UTC+03:00) İstanbul", "Europe/Istanbul"),
        ("(UTC+01:00) Sarajevo, Skopje, Warszawa, Zagreb", "Europe/Warsaw"),
    ],
)
def test_windows_label_whose_first_city_is_not_ascii(label: str, zone: str) -> None:
    start = datetime(2026, 10, 27, 14, 0, tzinfo=ZoneInfo(zone))  # after the October change
    body = f"Date: 27.10.2026\nTime: 14:00 - 14:30 {label}\n"
    result = parse_message(_mail(body, datetime(2026, 10, 20, 9, 0, tzinfo=SENDER_ZONE)))
    assert result.start == start
    assert result.end == start + timedelta(minutes=30)
    assert result.timezone == zone


@pytest.mark.parametrize("day", [date(2026, 3, 30), date(2026, 6, 3), date(2026, 10, 26)])
def test_spaced_czech_date(day: date) -> None:
    """ČSN 01 6910 writes "3. 6. 2026"; with SELČ/SEČ the instant is Prague's."""
    start = datetime.combine(day, time(14, 30), tzinfo=ZoneInfo("Europe/Prague"))
    abbreviation = "SELČ" if start.dst() else "SEČ"
    body = f"Pohovor {day.day}. {day.month}. {day.year} v 14:30 {abbreviation}\n"
    result = parse_message(_mail(body, datetime.combine(day, time(8), SENDER_ZONE) - timedelta(5)))
    assert result.start == start


def test_english_day_first_next_to_ist_is_flagged_not_silent() -> None:
    """ "05/08/2026 … IST": sent in April, when 8 May and 5 August are both to come, the
    reader is asked to check; sent in July, 8 May is past and 5 August is left."""
    body = "Date: 05/08/2026\nTime: 11:00 AM - 11:45 AM IST\n"
    india = ZoneInfo("Asia/Kolkata")
    april = parse_message(_mail(body, datetime(2026, 4, 30, 9, 0, tzinfo=india)))
    assert any("day-first or month-first" in warning for warning in april.warnings)
    july = parse_message(_mail(body, datetime(2026, 7, 30, 9, 0, tzinfo=india)))
    assert july.start == datetime(2026, 8, 5, 11, 0, tzinfo=india)
    assert not any("day-first or month-first" in warning for warning in july.warnings)


@pytest.mark.parametrize(
    ("words", "zone"),
    [
        ("hora de Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("hora Argentina", "America/Argentina/Buenos_Aires"),
        ("hora de Ciudad de México", "America/Mexico_City"),
        ("hora de México", "America/Mexico_City"),
        ("(hora CDMX)", "America/Mexico_City"),
        ("hora de Perú", "America/Lima"),
        ("New York time", "America/New_York"),
        ("Los Angeles time", "America/Los_Angeles"),
        ("Cape Town time", "Africa/Johannesburg"),
        ("(NYC time)", "America/New_York"),
        ("Bay Area time", "America/Los_Angeles"),
        ("Hawaii time", "Pacific/Honolulu"),
        ("Atlantic Time", "America/Halifax"),
        ("Newfoundland time", "America/St_Johns"),
        ("Alaska Time", "America/Anchorage"),
        ("NZT", "Pacific/Auckland"),
    ],
)
def test_a_place_of_several_words_or_a_country_names_the_zone(words: str, zone: str) -> None:
    body = f"Entrevista / interview: jueves 10 de diciembre de 2026, 10:00 {words}.\n"
    result = parse_message(_mail(body, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)))
    assert result.start == datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo(zone))


def test_a_word_that_starts_like_an_abbreviation_is_not_a_zone() -> None:
    # "Zürcher Zeit" begins with "Z", which alone is UTC; the word goes on, so it is no zone
    body = "Gespräch: Donnerstag, 10. Dezember 2026, 14:00 Zürcher Zeit.\n"
    sent = datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    result = parse_message(_mail(body, sent))
    assert result.start == datetime(2026, 12, 10, 14, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [("noon-1pm ET", 12, 13), ("11am to noon ET", 11, 12), ("11:00 - noon (ET)", 11, 12)],
)
def test_noon_as_one_end_of_a_range_keeps_the_range_and_its_zone(
    words: str, start: int, end: int
) -> None:
    body = f"Your interview: Thursday, December 10, 2026, {words}.\n"
    result = parse_message(_mail(body, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)))
    eastern = ZoneInfo("America/New_York")
    assert result.start == datetime(2026, 12, 10, start, 0, tzinfo=eastern)
    assert result.end == datetime(2026, 12, 10, end, 0, tzinfo=eastern)


# Zoom's text invitation names the zone by its display name's cities, in the user's language
@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Time: Dec 10, 2026 02:00 PM Mumbai, Kolkata, New Delhi", "Asia/Kolkata"),
        ("Zeit: 10.Dez..2026 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien", "Europe/Berlin"),
        ("Horário: 10 dez. 2026 02:00 PM São Paulo", "America/Sao_Paulo"),
        ("時刻: 2026年12月10日 02:00 PM 大阪、札幌、東京", "Asia/Tokyo"),
        ("Hora: 10 dic 2026 02:00 PM Bogotá, Lima, Quito", "America/Bogota"),
    ],
)
def test_a_list_of_cities_after_the_time_names_the_zone(line: str, zone: str) -> None:
    body = f"Anna Berg is inviting you to a scheduled Zoom meeting.\nTopic: Interview\n{line}\n"
    result = parse_message(_mail(body, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)))
    assert result.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo(zone))


def test_cities_of_different_clocks_name_no_zone() -> None:
    body = "Interview: 10 December 2026, 14:00 London, New York\n"
    result = parse_message(_mail(body, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)))
    assert "no time zone stated" in " ".join(result.warnings)


# scheduling tools print the zone's long name in the reader's language after the time
@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("(hora estándar de la India)", "Asia/Kolkata"),
        ("(Indische Normalzeit)", "Asia/Kolkata"),
        ("(hora de Brasília)", "America/Sao_Paulo"),
        ("(ora standard dell’Europa centrale)", "Europe/Berlin"),
        ("(Coordinated Universal Time)", "UTC"),
        ("heure normale d’Europe de l’Est", "Europe/Helsinki"),
    ],
)
def test_a_zones_long_name_in_the_readers_language_names_it(name: str, zone: str) -> None:
    body = f"Interview / entrevista\n10.12.2026, 14:00 - 14:30 {name}\n"
    result = parse_message(_mail(body, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)))
    assert result.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo(zone)), name


def test_the_zone_names_file_is_what_cldr_gives() -> None:
    """The committed table is regenerated from CLDR (Babel) and must match it."""
    pytest.importorskip("babel")
    path = Path(__file__).parent / "lexicon_sources" / "build_zone_names.py"
    spec = importlib.util.spec_from_file_location("build_zone_names", path)
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    committed = json.loads(builder.OUTPUT.read_text(encoding="utf-8"))
    assert committed == builder.zone_names()


def test_a_city_and_its_state_are_no_list_of_clocks() -> None:
    # "Portland, Maine" is one place (Eastern), not the Pacific "Portland" plus a stray word
    body = "Interview: 10 December 2026, 14:00 Portland, Maine\n"
    result = parse_message(_mail(body, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)))
    assert result.timezone != "America/Los_Angeles"


@settings(max_examples=80, deadline=None)
@given(
    day=st.dates(min_value=date(2026, 1, 5), max_value=date(2026, 12, 20)),
    hour=st.integers(min_value=7, max_value=18),
    minutes=st.sampled_from([0, 15, 30, 45]),
    offset=st.sampled_from(["+0530", "+05:30", "+0100", "+09:00", "-0500", "-0300", "+1300"]),
)
def test_a_bare_offset_after_the_time_gives_the_instant(
    day: date, hour: int, minutes: int, offset: str
) -> None:
    # "14:30 +0530", the way a script or a mail client's date line writes the zone
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    wall = datetime.combine(day, time(hour, minutes))
    body = f"Your interview is confirmed for {day:%A %d %B %Y} at {wall:%H:%M} {offset}."
    sent = datetime.combine(day - timedelta(days=3), time(9, 0), tzinfo=UTC)
    reading = parse_message(_mail(body, sent))
    assert reading.start == wall.replace(tzinfo=zone)


@pytest.mark.parametrize("end", ["-11:00", "-1130", "- 11:30", "-12:00"])
def test_a_range_end_after_a_space_is_no_offset(end: str) -> None:
    sent = datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    body = f"Your interview is confirmed for Thursday 3 December 2026, 10:00 {end}."
    reading = parse_message(_mail(body, sent))
    assert reading.start == datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(
    "line",
    [
        "Співбесіда у вівторок, 26 січня 2027, о 10:00 за Києвом.",
        "Співбесіда 26.01.2027 о 10:00 (за Києвом).",
    ],
)
def test_ukrainian_by_kyiv_beside_the_hour_names_the_zone(line: str) -> None:
    """ "о 10:00 за Києвом" (by Kyiv) is how Ukrainian announcements give the zone; read
    without it, a sender in Warsaw put the interview an hour late."""
    sent = datetime(2027, 1, 19, 10, tzinfo=ZoneInfo("Europe/Warsaw"))
    parsed = parse_message(_mail(f"Привіт, Алексе!\n\n{line}\n\nДмитро\n", sent))
    assert parsed.start == datetime(2027, 1, 26, 10, tzinfo=ZoneInfo("Europe/Kyiv"))
