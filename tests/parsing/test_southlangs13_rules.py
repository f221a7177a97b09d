"""Rules read since southlangs13: CRLF bodies read like LF ones, "to"/"from" between the hours
of a range in Marathi, Hausa, Swahili and Burmese, CLDR's "tomorrow" in more South and
South-East Asian languages, "from" after the slot a move leaves (Telugu, Hindi, Bengali), a
part of the day wrapped away from its hour, interview words that make a slot an invitation,
"by" after the hour (a deadline, not a meeting) and cancel words. Every sentence is ours; the
sender writes on Monday 14 December 2026 from India (+05:30)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

INDIA = timezone(timedelta(hours=5, minutes=30))


def _mail(body: str, newline: str = "\r\n") -> bytes:
    head = (
        "From: Asha Rao <asha@hr-example.in>\r\nTo: sam@mailbox.example\r\n"
        "Subject: Interview\r\nDate: Mon, 14 Dec 2026 09:00:00 +0530\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + body.replace("\n", newline) + newline).encode()


def _read(body: str, newline: str = "\r\n") -> dict[str, object]:
    return parse_message(_mail(body, newline)).to_json_dict()


def _at(day: int, hour: int, minute: int = 0) -> str:
    return datetime(2026, 12, day, hour, minute, tzinfo=INDIA).isoformat()


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # Marathi "ते", Devanagari digits
        pytest.param("मुलाखत: १७/१२/२०२६, सकाळी ९:३० ते १०:१५", (17, 9, 30), (17, 10, 15), id="mr"),
        # Hausa "zuwa", the part of the day after each hour
        pytest.param(
            "Hira ta aiki\nRana: Alhamis, 17 ga Disamba, 2026\n"
            "Lokaci: 3:00 na rana zuwa 3:30 na rana",
            (17, 15),
            (17, 15, 30),
            id="ha",
        ),
        # Swahili "hadi" between two 24-hour times
        pytest.param("Usaili: 17/12/2026, 11:00 hadi 11:40", (17, 11), (17, 11, 40), id="sw"),
        # Burmese "မှ ... အထိ", Myanmar digits
        pytest.param("အင်တာဗျူး ၁၇-၁၂-၂၀၂၆ ၁၅:၀၀ မှ ၁၅:၃၀ အထိ", (17, 15), (17, 15, 30), id="my"),
    ],
)
def test_range_words(body: str, start: tuple[int, ...], end: tuple[int, ...] | None) -> None:
    got = _read(body)
    assert got["start"] == _at(*start)
    assert got["end"] == (_at(*end) if end else None)


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        pytest.param("రేపు సాయంత్రం 4 గంటలకు ఇంటర్వ్యూ ఉంటుంది.", 16, id="te"),
        pytest.param("उद्या दुपारी २ वाजता मुलाखत आहे.", 14, id="mr"),
        pytest.param("આવતીકાલે સવારે ૧૦ વાગ્યે ઇન્ટરવ્યૂ છે.", 10, id="gu"),
        pytest.param("भोलि दिउँसो ३ बजे अन्तर्वार्ता हुनेछ।", 15, id="ne"),
        pytest.param("සම්මුඛ පරීක්ෂණය හෙට පෙ.ව. 11.00 ට.", 11, id="si"),
    ],
)
def test_cldr_tomorrow(body: str, hour: int) -> None:
    got = _read(body)
    assert got["start"] == _at(15, hour)
    assert float(str(got["confidence"])) >= 0.5  # the interview word makes it one


@pytest.mark.parametrize(
    ("body", "start"),
    [
        pytest.param(
            "మీ ఇంటర్వ్యూ డిసెంబర్ 18 ఉదయం 10 గంటల నుండి డిసెంబర్ 21 మధ్యాహ్నం 2 గంటలకు మార్చబడింది.",
            (21, 14),
            id="te",
        ),
        pytest.param(
            "आपका इंटरव्यू 18 दिसंबर सुबह 10 बजे से बदलकर 21 दिसंबर दोपहर 2 बजे कर दिया गया है।",
            (21, 14),
            id="hi",
        ),
        pytest.param(
            "আপনার সাক্ষাৎকার ১৮ ডিসেম্বর সকাল ১০টা থেকে ২১ ডিসেম্বর দুপুর ২টায় পরিবর্তন করা হয়েছে।",
            (21, 14),
            id="bn",
        ),
    ],
)
def test_move_with_from_after_the_old_slot(body: str, start: tuple[int, int]) -> None:
    got = _read(body)
    assert got["start"] == _at(*start)
    assert got["kind"] == "reschedule"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        pytest.param("మీ ఇంటర్వ్యూ డిసెంబర్ 18 (శుక్రవారం) సాయంత్రం\n5 గంటలకు ఉంటుంది.", (18, 17), id="te"),
        pytest.param("आपका इंटरव्यू 18 दिसंबर को दोपहर\n3 बजे होगा।", (18, 15), id="hi"),
    ],
)
def test_day_part_wrapped_before_its_hour(body: str, start: tuple[int, int]) -> None:
    assert _read(body)["start"] == _at(*start)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("कृपया कागदपत्रे १८ डिसेंबर संध्याकाळी ५ वाजेपर्यंत पाठवा. मुलाखत नंतर.", id="mr"),
        pytest.param("कृपया दस्तावेज़ 18 दिसंबर शाम 5 बजे तक भेजें। इंटरव्यू बाद में।", id="hi"),
        pytest.param("कागजात डिसेम्बर १८ बेलुका ५ बजेभित्र पठाउनुहोस्। अन्तर्वार्ता पछि।", id="ne"),
        pytest.param("ఆన్‌లైన్ పరీక్షను డిసెంబర్ 18 రాత్రి 11:00 లోపు పూర్తి చేయండి. ఇంటర్వ్యూ తర్వాత.", id="te"),
        pytest.param("ලේඛන දෙසැම්බර් 18 ප.ව. 4.00 ට පෙර එවන්න. සම්මුඛ පරීක්ෂණය පසුව.", id="si"),
    ],
)
def test_by_after_the_hour_is_a_deadline(body: str) -> None:
    got = _read(body)
    claimed = got["kind"] in {"invitation", "reschedule"} and float(str(got["confidence"])) >= 0.5
    assert not claimed


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Usaili wa 18 Desemba 2026 saa 10:00 umefutwa.", id="sw"),
        pytest.param("දෙසැම්බර් 18 පෙ.ව. 10.00 ට සම්මුඛ පරීක්ෂණය අවලංගු කර ඇත.", id="si"),
        pytest.param("مصاحبه ۱۸ دسامبر ساعت ۱۰ صبح لغو شد.", id="fa"),
        pytest.param("Buổi phỏng vấn lúc 10h00 ngày 18/12/2026 đã bị hủy.", id="vi"),
    ],
)
def test_cancel_words(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "cancellation"
    assert got["start"] == _at(18, 10)


_LINES = st.lists(
    st.sampled_from(
        [
            "Usaili wako wa Jumatano, 16 Desemba 2026 saa 8:00",
            "mchana (14:00 EAT) umefutwa.",
            "మీ ఇంటర్వ్యూ డిసెంబర్ 17 (గురువారం) మధ్యాహ్నం",
            "3 గంటలకు ఉంటుంది.",
            "Interview on Friday 18 December at",
            "2:30 pm, 45 minutes.",
            "",
            "Regards, Asha",
        ]
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(_LINES)
def test_crlf_reads_as_lf(lines: list[str]) -> None:
    """The line ending the body was sent with changes nothing the parser reads."""
    body = "\n".join(lines)
    lf = _read(body, "\n")
    crlf = _read(body, "\r\n")
    for key in ("kind", "start", "end", "timezone", "confidence"):
        assert lf[key] == crlf[key]
