"""Hour and date words of languages read since langs11: parts of the day before or after the
hour, o'clock words, the word for the hour before a bare number, "from" after the first hour
of a range, vowel signs inside month names, inflected months, the Amharic day clock and spoken
"tomorrow". Every sentence is ours; the sender writes on Monday 2 November 2026 from Berlin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str) -> bytes:
    return (
        "From: Mira Osei <mira@hr-example.org>\r\nTo: sam@mailbox.example\r\n"
        "Subject: Interview\r\nDate: Mon, 02 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nInterview:\r\n{body}\r\n"
    ).encode()


def _read(body: str) -> tuple[datetime | None, datetime | None]:
    result = parse_message(_mail(body)).to_json_dict()
    start, end = result.get("start"), result.get("end")
    return (
        datetime.fromisoformat(start) if start else None,
        datetime.fromisoformat(end) if end else None,
    )


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        # a part of the day before the hour, with or without an o'clock word
        pytest.param("१२ नोभेम्बर २०२६, दिउँसो ३ बजे", 15, 0, id="ne-afternoon"),
        pytest.param("१२ नोव्हेंबर २०२६ रोजी सकाळी ९.३० वाजता", 9, 30, id="mr-morning"),
        pytest.param("12 નવેમ્બર 2026, સાંજે 5 વાગ્યે", 17, 0, id="gu-evening"),
        pytest.param("12 ਨਵੰਬਰ 2026, ਦੁਪਹਿਰ 1 ਵਜੇ", 13, 0, id="pa-afternoon"),
        pytest.param("నవంబర్ 12, 2026 సాయంత్రం 6 గంటలకు", 18, 0, id="te-evening"),
        pytest.param("ನವೆಂಬರ್ 12, 2026 ಮಧ್ಯಾಹ್ನ 3 ಗಂಟೆಗೆ", 15, 0, id="kn-afternoon"),
        pytest.param("2026 നവംബർ 12 വൈകുന്നേരം 4 മണിക്ക്", 16, 0, id="ml-evening"),
        pytest.param("နိုဝင်ဘာလ ၁၂ ရက် ညနေ ၃ နာရီ ၁၅ မိနစ်", 15, 15, id="my-minutes"),
        pytest.param("12 November 2026, shaam 5 baje", 17, 0, id="hi-latn-evening"),
        pytest.param("azaroaren 12an, arratsaldeko 3etan", 15, 0, id="eu-afternoon"),
        # ... or after it
        pytest.param("12 Nuwamba 2026, da karfe 3 na yamma", 15, 0, id="ha-evening"),
        pytest.param("12 Novemba 2026, ngo-3:30 ntambama", 15, 30, id="zu-afternoon"),
        pytest.param("12 Samhain 2026 ar a 3 a chlog tráthnóna", 15, 0, id="ga-afternoon"),
        pytest.param("12 Tachwedd 2026 am 4 o'r gloch y prynhawn", 16, 0, id="cy-afternoon"),
        pytest.param("12 ta' Novembru 2026 fis-4:00 ta' wara nofsinhar", 16, 0, id="mt"),
        pytest.param("dijous 12 de novembre a les 5 de la tarda", 17, 0, id="ca-afternoon"),
        pytest.param("يوم ١٢ نوفمبر الساعة ٣ العصر", 15, 0, id="ar-colloquial-afternoon"),
        pytest.param("12/11 el sa3a 10 el sob7", 10, 0, id="arabizi-morning"),
        pytest.param("ថ្ងៃទី១២ ខែវិច្ឆិកា ម៉ោង ៣ រសៀល", 15, 0, id="km-afternoon"),
        # an o'clock word alone, or the word for the hour before a bare hour
        pytest.param("12 ნოემბერს 15:30 საათზე", 15, 30, id="ka-dative-month"),
        pytest.param("12 ноември 2026, во 16 часот", 16, 0, id="mk-chasot"),
        pytest.param("Donneschdeg, 12. November 2026 um 15 Auer", 15, 0, id="lb-auer"),
        pytest.param("2026 թ. նոյեմբերի 12-ին, ժամը 16-ին", 16, 0, id="hy-zhamy"),
        pytest.param("12-ноябрында саат 10:00до", 10, 0, id="ky-locative-month"),
        # a dotted time with a CLDR day period before it, however small the hour
        pytest.param("2026 නොවැම්බර් 12 ප.ව. 3.30ට", 15, 30, id="si-pm-dotted"),
        # the Amharic day clock counts from 6 in the morning
        pytest.param("ኖቬምበር 12 ቀን 2026 ከጠዋቱ 4:30 ሰዓት", 10, 30, id="am-morning"),
        pytest.param("ኖቬምበር 12 ቀን 2026 ከቀኑ 9 ሰዓት", 15, 0, id="am-afternoon"),
        pytest.param("ኖቬምበር 12 ቀን 2026 ከምሽቱ 1 ሰዓት", 19, 0, id="am-evening"),
    ],
)
def test_the_hour_is_read_in_the_words_of_the_language(body: str, hour: int, minute: int) -> None:
    start, _ = _read(body)
    assert start == _at(12, hour, minute)


@pytest.mark.parametrize(
    ("body", "end"),
    [
        pytest.param("2026 නොවැම්බර් 12 ප.ව. 2.30 සිට 3.45 දක්වා", (15, 45), id="si-sita"),
        pytest.param("నవంబర్ 12, 2026 మధ్యాహ్నం 2:30 నుండి 3:45 వరకు", (15, 45), id="te-nundi"),
        pytest.param("१२ नोभेम्बर २०२६ दिउँसो २:३० बजेदेखि ३:४५ बजेसम्म", (15, 45), id="ne-dekhi"),
    ],
)
def test_from_after_the_first_hour_joins_a_range(body: str, end: tuple[int, int]) -> None:
    start, stop = _read(body)
    assert start == _at(12, 14, 30)
    assert stop == _at(12, *end)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("bokra el sa3a 3 el 3asr", id="arabizi"),
        pytest.param("باجر الساعة ٣ العصر", id="gulf"),
        pytest.param("ертең сағат 15:00-де", id="kk"),
    ],
)
def test_spoken_tomorrow_is_the_next_day(body: str) -> None:
    start, _ = _read(body)
    assert start == datetime(2026, 11, 3, 15, 0, tzinfo=BERLIN)


def test_a_count_of_hours_in_georgian_is_no_clock() -> None:
    """'საათი' (hour) after a number is how long, not when: only 'საათზე' (at the hour) is."""
    start, _ = _read("12 ნოემბერს 10:00 საათზე, გასაუბრება გაგრძელდება 2 საათი")
    assert start == _at(12, 10)


def test_an_indonesian_and_is_no_range() -> None:
    """The Turkic "from" joins a range only glued with its hyphen ("15:00-dan"): Indonesian
    "dan" (and) between two hours offers two slots."""
    start, stop = _read("Kamis, 12 November 2026 pukul 10.00 dan 14.00")
    assert start == _at(12, 10)
    assert stop is None


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("2026 оны 11-р сарын 12-ны өдөр (Пүрэв гараг) 15:00 цагт", id="mn-digits"),
        pytest.param("арван нэгдүгээр сарын 12-нд 15 цагт", id="mn-words"),
        pytest.param("ngày 12 tháng 11 năm 2026 lúc 15:00", id="vi"),
    ],
)
def test_a_counted_month_is_read(body: str) -> None:
    """Mongolian, like Vietnamese, names a month by its number ("the 11th month")."""
    start, _ = _read(body)
    assert start == _at(12, 15)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("12 noyabr 2026-cı il, cümə axşamı, saat 15:00-da", id="az-il"),
        pytest.param("12 ноември 2026 година, четврток, во 15 часот", id="mk-godina"),
    ],
)
def test_a_weekday_after_the_word_for_year_belongs_to_the_date(body: str) -> None:
    """Azerbaijani "cümə axşamı" (Thursday) starts with "cümə" (Friday): after "2026-cı il"
    it is the date's own weekday, not the next Friday."""
    start, _ = _read(body)
    assert start == _at(12, 15)


def test_until_after_a_ranges_end_is_no_deadline() -> None:
    start, stop = _read("12 noyabr saat 15:00-dan 16:00-dək onlayn müsahibə")
    assert (start, stop) == (_at(12, 15), _at(12, 16))


def test_until_after_a_single_time_is_still_a_deadline() -> None:
    result = parse_message(_mail("Tapşırığı 12 noyabr saat 18:00-dək göndərin.")).to_json_dict()
    assert result.get("kind") == "not_invitation"


def test_lao_afternoon_hour() -> None:
    """Lao writes Thai's afternoon and o'clock words in its own letters."""
    start, _ = _read("ວັນພະຫັດ ທີ 12 ພະຈິກ 2026 ເວລາ ບ່າຍ 3 ໂມງ")
    assert start == _at(12, 15)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("12 ноябри соли 2026, соати 15:00", id="tg-izafet-month"),
        pytest.param("12-ноябр, соат 15:00 да", id="uz-cyrillic-month"),
        pytest.param("د نومبر ۱۲ مه، د ماسپښین ۳ بجې", id="ps-afternoon"),
        pytest.param("2026 නොවැම්බර් 12 පස්වරු 3ට", id="si-full-pm-word"),
        pytest.param("12 Samhain 2026 ag 3 i.n.", id="ga-dotted-pm"),
    ],
)
def test_more_month_and_day_part_forms(body: str) -> None:
    start, _ = _read(body)
    assert start == _at(12, 15)


def test_a_bare_number_without_a_day_period_stays_a_number() -> None:
    """A day period makes a bare number an hour; "3 in the box" has none (Irish "in" counts
    only dotted or in capitals)."""
    start, _ = _read("12 November 2026 um 15 Uhr, Raum 3 in the box")
    assert start == _at(12, 15)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("12 лістапада а 15-й гадзіне", id="be"),
        pytest.param("12 листопада о 15-й годині", id="uk"),
    ],
)
def test_the_ordinal_hour_of_ukrainian_and_belarusian(body: str) -> None:
    start, _ = _read(body)
    assert start == _at(12, 15)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("12 ნოემბერს დღის 3 საათზე", id="ka-of-the-day"),
        pytest.param("12. novembra u 3 sata poslijepodne", id="bs-afternoon"),
        pytest.param("12 ноября, начало в 3 часа дня", id="ru-of-the-day"),
    ],
)
def test_of_the_day_after_or_before_a_small_hour_is_the_afternoon(body: str) -> None:
    start, _ = _read(body)
    assert start == _at(12, 15)


def test_three_days_is_no_clock() -> None:
    """ "дня" is the afternoon only after the word for the hour: "через 3 дня" is in 3 days."""
    start, _ = _read("через 3 дня, 12 ноября в 10:00")
    assert start == _at(12, 10)


def test_a_count_of_hours_in_bosnian_is_no_clock() -> None:
    start, _ = _read("12. novembra u 10:00, razgovor traje 2 sata")
    assert start == _at(12, 10)
