"""The spans53 batch's cause, found by rendering CLDR's own clocks: a 12-hour clock with the
locale's flexible day period (CLDR "Bhm"/"Bh": "7:00 več.", "3 popietė", "2:00 ч.
следобед", "du. 3:00", "arrats. 2", "10 siang", "5 απόγ.", "7:00 ערב") was read in the
morning, or not as a clock at all, in the languages the hand-typed day-part words did not
cover. The words and the span of the day each names now come from CLDR
(cldr_words.json "day_periods"), and the hour is read into that span. Fixtures are ours.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date, format_skeleton
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import cldr_day_period_half, cldr_day_periods
from service.parsing.when_clocks import _CLOCK
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed, plain_mail

_ME = "Alex Morgan <alex.morgan@mailbox.example>"
# the invitation's lead-in and the zone of each locale the batch writes in
LEADS = {
    "ro": ("Vă invităm la interviu", "Europe/Bucharest"),
    "hu": ("Meghívjuk interjúra", "Europe/Budapest"),
    "el": ("Σας προσκαλούμε σε συνέντευξη", "Europe/Athens"),
    "cs": ("Zveme Vás na pohovor", "Europe/Prague"),
    "sk": ("Pozývame Vás na pohovor", "Europe/Bratislava"),
    "bg": ("Каним Ви на интервю", "Europe/Sofia"),
    "lt": ("Kviečiame į pokalbį", "Europe/Vilnius"),
    "lv": ("Aicinām uz interviju", "Europe/Riga"),
    "et": ("Kutsume Teid vestlusele", "Europe/Tallinn"),
    "sl": ("Vabimo vas na razgovor", "Europe/Ljubljana"),
    "hr": ("Pozivamo Vas na razgovor", "Europe/Zagreb"),
    "ca": ("Et convidem a una entrevista", "Europe/Madrid"),
    "eu": ("Elkarrizketa batera gonbidatzen zaitugu", "Europe/Madrid"),
    "gl": ("Convidámoste a unha entrevista", "Europe/Madrid"),
    "vi": ("Mời bạn tham dự phỏng vấn", "Asia/Ho_Chi_Minh"),
    "th": ("ขอเชิญสัมภาษณ์งาน", "Asia/Bangkok"),
    "id": ("Kami mengundang Anda untuk wawancara", "Asia/Jakarta"),
    "ms": ("Anda dijemput ke temu duga", "Asia/Kuala_Lumpur"),
    "fil": ("Iniimbitahan ka namin sa interview", "Asia/Manila"),
    "hi": ("आपको साक्षात्कार के लिए आमंत्रित किया जाता है", "Asia/Kolkata"),
    "bn": ("সাক্ষাৎকারের জন্য আমন্ত্রণ", "Asia/Dhaka"),
    "ar": ("ندعوكم لإجراء مقابلة", "Asia/Riyadh"),
    "he": ("נשמח לזמן אותך לראיון", "Asia/Jerusalem"),
    "fa": ("شما را برای مصاحبه دعوت می‌کنیم", "Asia/Tehran"),
    "sw": ("Tunakualika kwa usaili", "Africa/Nairobi"),
    "ta": ("நேர்காணலுக்கு அழைக்கிறோம்", "Asia/Kolkata"),
}
# the clocks whose CLDR word is left out on purpose: Hungarian "este" (Spanish "this"),
# and the night (Swahili "usiku", Persian "شب" from 19:00)
LEFT_OUT = {("hu", 19), ("sw", 19), ("fa", 19)}
HOURS = ((9, 30), (10, 0), (11, 0), (14, 0), (15, 30), (17, 0), (19, 0))


def _mail(code: str, when: str) -> bytes:
    lead, zone = LEADS[code]
    sent = datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo(zone))
    day = format_date(date(2026, 12, 10), "full", locale=code)
    return plain_mail(
        "Interview",
        f"{lead}: {day}, {when}.\n\n--\nAna",
        sender="Ana Recruiter <ana@firm.example>",
        to=_ME,
        date=sent.strftime("%a, %d %b %Y %H:%M:%S %z"),
    )


def _wall(raw: bytes, code: str) -> str | None:
    result = parse_message(raw)
    if result.kind != "invitation" or result.confidence < 0.5 or result.start is None:
        return None
    return result.start.astimezone(ZoneInfo(LEADS[code][1])).strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize("code", sorted(LEADS))
def test_cldr_flexible_day_period_clock_is_read_in_its_span(code: str) -> None:
    wrong = []
    for hour, minute in HOURS:
        if (code, hour) in LEFT_OUT:
            continue
        for skeleton in ("Bhm", "Bh") if not minute else ("Bhm",):
            when = format_skeleton(skeleton, time(hour, minute), locale=code)
            got = _wall(_mail(code, when), code)
            if got != f"2026-12-10T{hour:02d}:{minute:02d}":
                wrong.append(f"{when!r} read {got}")
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("word", "hour", "half"),
    [
        ("siang", 10, "am"),  # id 10:00-15:00: ten in the morning
        ("siang", 2, "pm"),
        ("popietė", 3, "pm"),
        ("VEČ.", 7, "pm"),
        ("du.", 3, "pm"),
        ("de.", 10, "am"),
        ("arrats.", 2, "pm"),
        ("ค่ำ", 7, "pm"),  # NFKC splits its vowel as the reader's text does
        ("עצר", 3, None),  # no period word
    ],
)
def test_cldr_day_period_half(word: str, hour: int, half: str | None) -> None:
    assert cldr_day_period_half(word, hour) == half


def test_left_out_words() -> None:
    """The night, short Latin words, other languages' days and everyday words stay out."""
    words = cldr_day_periods()[0]
    for word in ("este", "mañana", "morgen", "jutro", "night", "ночі", "дня", "mg.", "po", "nit"):
        assert word not in words, word


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # Spanish "este" (this) before a day is no Hungarian evening
        (
            "Hola Alex, te escribo para confirmar que este 7 de diciembre cerramos la oficina.",
            "Fri, 04 Dec 2026 10:00:00 +0100",
        ),
        # a dose in milligrams, and English nouns after a count
        (
            "Hi Alex, the pharmacy says take 10 mg. twice a day; we have 3 morning slots left "
            "in the yoga class.",
            "Fri, 04 Dec 2026 10:00:00 +0000",
        ),
    ],
)
def test_clashing_words_claim_nothing(body: str, date: str) -> None:
    raw = plain_mail("Note", body, sender="A <a@example.org>", to=_ME, date=date)
    assert not claimed(raw)


@settings(max_examples=40, deadline=None)
@given(
    code=st.sampled_from(sorted(LEADS)),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from((0, 15, 30, 45)),
)
def test_any_daytime_clock_with_its_day_period(code: str, hour: int, minute: int) -> None:
    when = format_skeleton("Bhm", time(hour, minute), locale=code)
    got = _wall(_mail(code, when), code)
    assert got == f"2026-12-10T{hour:02d}:{minute:02d}", when


def test_clock_with_cldr_day_periods_is_linear() -> None:
    assert_linear(scans(_CLOCK), repeated("3 popietė du. 4 arrats. 5 "), label="cldr periods")
    assert_linear(scans(_CLOCK), repeated("du.du.du. 1"), label="cldr periods before")


@pytest.mark.parametrize(
    ("code", "when", "want"),
    [
        # the span's last hour is in it: Macedonian "наутро" is 04:00-10:00
        ("mk", "во среда, 16 декември, во 10 часот наутро", "2026-12-16T10:00"),
        # a CLDR after-hour word that leads the next clock leaves the day before it alone
        ("te", "డిసెంబర్ 16 ఉదయం 11 గంటలకు", "2026-12-16T11:00"),
        ("te", "డిసెంబర్ 16 మధ్యాహ్నం 3 గంటలకు", "2026-12-16T15:00"),
        # Estonian "homme" and Basque "bihar" (tomorrow) right before a clock
        ("et", "homme kell 11", "2026-12-08T11:00"),
        ("eu", "bihar 10:00etan", "2026-12-08T10:00"),
        ("eu", "bihar arratsaldeko 4etan", "2026-12-08T16:00"),
        # Persian "the day after tomorrow", joined or parted by a space
        ("fa", "پس\u200cفردا ساعت ۱۱:۰۰", "2026-12-09T11:00"),
        ("fa", "پس فردا ساعت 11:00", "2026-12-09T11:00"),
    ],
)
def test_cldr_words_in_their_place(code: str, when: str, want: str) -> None:
    zone = {"mk": "Europe/Skopje", "te": "Asia/Kolkata"}.get(code) or LEADS[code][1]
    lead = {"mk": "Ве покануваме на интервју", "te": "మిమ్మల్ని ఇంటర్వ్యూకి ఆహ్వానిస్తున్నాము"}
    sent = datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo(zone))
    raw = plain_mail(
        "Interview",
        f"{lead.get(code) or LEADS[code][0]}: {when}.\n\n--\nAna",
        sender="Ana Recruiter <ana@firm.example>",
        to=_ME,
        date=sent.strftime("%a, %d %b %Y %H:%M:%S %z"),
    )
    result = parse_message(raw)
    assert result.kind == "invitation", result
    assert result.confidence >= 0.5, result
    assert result.start is not None
    assert result.start.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M") == want


@pytest.mark.parametrize(
    "body",
    [
        # French "homme" and the Indian state are no "tomorrow"
        "Bonjour, l'homme de la réception vous attendra. Bihar office: 10 staff on site.",
        "Greetings from Patna, Bihar 2026 conference team.",
    ],
)
def test_tomorrow_words_of_other_languages_stay_nouns(body: str) -> None:
    raw = plain_mail(
        "Note", body, sender="A <a@example.org>", to=_ME, date="Mon, 07 Dec 2026 10:00:00 +0100"
    )
    assert not claimed(raw)
