"""Hour and date words of languages read since langs12: Odia and Assamese parts of the day and
o'clock words, Central Kurdish's two-word months and the ezafe glued to day and hour, "from"
and "until" after the first hour of a range, a morning range ending at noon, a part of the day
before a dotted time, "tomorrow" (and Hindi and Urdu "kal"), "by" after the hour, the Oromo
and Kinyarwanda day clocks and "we regret to inform you". Every sentence is ours; the sender
writes on Monday 2 November 2026 from Berlin."""

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
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def _read(body: str) -> dict[str, object]:
    return parse_message(_mail(body)).to_json_dict()


def _at(day: int, hour: int, minute: int = 0) -> str:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN).isoformat()


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # Odia: vowel signs inside the month, a part of the day and the o'clock word
        pytest.param("ସାକ୍ଷାତକାର ନଭେମ୍ବର 12, 2026 ସକାଳ 9 ଟାରେ ହେବ।", (12, 9), None, id="or"),
        pytest.param(
            "ସାକ୍ଷାତକାର ୧୨ ନଭେମ୍ବର ଅପରାହ୍ନ ୩:୦୦ ରୁ ୪:୦୦ ପର୍ଯ୍ୟନ୍ତ ହେବ।", (12, 15), (12, 16), id="or-range"
        ),
        # Assamese: morning and afternoon words, the o'clock word with its locative
        pytest.param("সাক্ষাৎকাৰ ১২ নৱেম্বৰ পুৱা ১০ বজাত হ'ব।", (12, 10), None, id="as-morning"),
        pytest.param("সাক্ষাৎকাৰ ১২ নৱেম্বৰ আবেলি ৪ বজাত হ'ব।", (12, 16), None, id="as-afternoon"),
        # CLDR's p.m. word before a dotted time
        pytest.param(
            "সাক্ষাৎকাৰ:\n2026 নৱেম্বৰ 12, বৃহস্পতিবাৰ অপৰাহ্ন 3.15", (12, 15, 15), None, id="as-dot"
        ),
        # Urdu's late afternoon
        pytest.param("انٹرویو 12 نومبر کو سہ پہر 4 بجے ہوگا", (12, 16), None, id="ur-afternoon"),
        # Central Kurdish: a two-word month, the ezafe after day, month and hour
        pytest.param(
            "چاوپێکەوتن ١٢ی تشرینی دووەمی ٢٠٢٦، کاتژمێر ٩ی بەیانی دەبێت.", (12, 9), None, id="ckb"
        ),
        pytest.param(
            "چاوپێکەوتن ١٢ی تشرینی دووەم کاتژمێر ٤ی ئێوارە دەبێت.", (12, 16), None, id="ckb-evening"
        ),
        # Igbo: the part of the day after the hour
        pytest.param("Ajụjụ ọnụ: 12 Novemba 2026, n'elekere 9 nke ụtụtụ", (12, 9), None, id="ig"),
        # "from" or "until" after the first hour of a range
        pytest.param(
            "সাক্ষাৎকার ১২ নভেম্বর সকাল ১০:০০ থেকে ১০:৪৫ পর্যন্ত", (12, 10), (12, 10, 45), id="bn"
        ),
        pytest.param("நேர்காணல் 12.11.2026 காலை 10:00 முதல் 11:00 வரை", (12, 10), (12, 11), id="ta"),
        pytest.param("Мусоҳиба 12 ноябр аз соати 10:00 то 11:30", (12, 10), (12, 11, 30), id="tg"),
        pytest.param("ቃለ-መሕትት 12 ሕዳር ካብ ሰዓት 9:00 ክሳብ 10:00 ቅ.ቀ.", (12, 9), (12, 10), id="ti"),
        # a morning range that ends at twelve ends at noon, not at midnight
        pytest.param(
            "Interview on 12 November 2026 from 11 am to 12.", (12, 11), (12, 12), id="en"
        ),
        pytest.param(
            "انٹرویو 12 نومبر کو صبح 11 بجے سے 12 بجے تک ہوگا", (12, 11), (12, 12), id="ur"
        ),
        # tomorrow
        pytest.param("আগামীকাল দুপুর ১২টায় সাক্ষাৎকার হবে।", (3, 12), None, id="bn-tomorrow"),
        pytest.param("நாளை மாலை 4 மணிக்கு நேர்காணல்.", (3, 16), None, id="ta-tomorrow"),
        pytest.param(
            "Samrøða í morgin kl. 9.30 á skrivstovuni.", (3, 9, 30), None, id="fo-tomorrow"
        ),
        # Hindi and Urdu "kal" with a clock after it and nothing past: tomorrow
        pytest.param("Interview kal dopahar 2 baje fix ho gaya hai.", (3, 14), None, id="hi-kal"),
        pytest.param("آپ کا انٹرویو کل شام 5 بجے ہوگا۔", (3, 17), None, id="ur-kal"),
        pytest.param("आपका इंटरव्यू कल सुबह 10 बजे होगा।", (3, 10), None, id="hi-kal-deva"),
        # Kinyarwanda counts the hours from 6 in the morning, as Swahili does
        pytest.param(
            "Ikiganiro: ku wa Kane, 12 Ugushyingo 2026, saa munani z'amanywa.",
            (12, 14),
            None,
            id="rw",
        ),
        pytest.param(
            "Ikiganiro: ku wa Kane, 12 Ugushyingo 2026, saa tatu za mu gitondo.",
            (12, 9),
            None,
            id="rw-am",
        ),
        # the Oromo day clock where the count fits the morning; the international one otherwise
        pytest.param(
            "Af-gaaffiin Sadaasa 12, 2026 ganama sa'aatii 4:00 ta'a.", (12, 10), None, id="om"
        ),
        pytest.param(
            "Af-gaaffiin Sadaasa 12, 2026 ganama sa'aatii 9:00 ta'a.", (12, 9), None, id="om-intl"
        ),
    ],
)
def test_the_hour_is_read(body: str, start: tuple[int, ...], end: tuple[int, ...] | None) -> None:
    result = _read(body)
    assert result.get("start") == _at(*start)
    assert result.get("end") == (_at(*end) if end else None)


@pytest.mark.parametrize(
    "body",
    [
        # "by" after the hour: a deadline, not a meeting
        pytest.param("অনুগ্রহ করে ১২ নভেম্বর সন্ধ্যা ৬টার মধ্যে কাগজপত্র পাঠান।", id="bn"),
        pytest.param("কাগজ ১২ নৱেম্বৰ সন্ধিয়া ৫ বজাৰ ভিতৰত পঠিয়াওক।", id="as"),
        pytest.param("ଦୟାକରି ନଭେମ୍ବର 12 ସନ୍ଧ୍ୟା 6 ଟା ସୁଦ୍ଧା ପ୍ରମାଣପତ୍ର ପଠାନ୍ତୁ।", id="or"),
        pytest.param("براہ کرم 12 نومبر شام 5 بجے تک دستاویزات بھیج دیں۔", id="ur"),
        pytest.param("ஆவணங்களை நவம்பர் 12 மாலை 5 மணிக்குள் அனுப்பவும்.", id="ta"),
        pytest.param("Sanadoota Sadaasa 12, 2026 sa'aatii 17:00 dura ergaa.", id="om"),
        # "kal" in a sentence that is past is yesterday; "کل" before a count is "total"
        pytest.param("Thanks! Kal shaam 5 baje ka interview accha hua tha.", id="hi-kal-past"),
        pytest.param("کل 3 گھنٹے کا کام ہے، جلد بھیج دیں۔", id="ur-kal-total"),
        # a refusal, whatever later date it names
        pytest.param(
            "افسوس کے ساتھ مطلع کیا جاتا ہے کہ ہم کسی اور امیدوار کے ساتھ آگے بڑھ رہے ہیں۔"
            " نئی آسامیاں 12 نومبر کو صبح 10 بجے ویب سائٹ پر ہوں گی۔",
            id="ur-rejection",
        ),
        pytest.param(
            "Ọ dị anyị nwute na anyị agaghị aga n'ihu. Ọrụ ọhụrụ ga-apụta na 12 Novemba"
            " n'elekere 9 nke ụtụtụ.",
            id="ig-rejection",
        ),
    ],
)
def test_no_interview_is_claimed(body: str) -> None:
    result = _read(body)
    assert not (result.get("kind") == "invitation" and float(result.get("confidence") or 0) >= 0.5)
