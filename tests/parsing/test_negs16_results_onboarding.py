"""Look-alike mail in other languages than English, in the shapes negs16 added.

Fixtures are written for these tests (own words): results of a selection step published on a
date and hour (Turkish, Indonesian, Chinese, Arabic, Hindi), an Italian HR note that promises
an answer ("vi daremo un riscontro") by a time, and a Turkish orientation programme for new
starters. Controls in the same voices set the reader's own interview and keep their reading:
a Turkish interview invitation that cites the test results, an Indonesian interview after the
screening, a Chinese interview notice, an Italian phone interview.
"""

from __future__ import annotations

from email.header import Header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str = "+0300") -> ParsedMessage:
    raw = bare_mail(
        Header(subject, "utf-8").encode(),
        body,
        sender="Deniz Aral <deniz.aral@kuzeyyildizi.example>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date=f"Tue, 09 Mar 2027 10:20:00 {offset}",
    )
    return parse_message(raw)


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Değerlendirme sonuçları",
            "Merhaba Kit,\r\n\r\nTest sonuçları 19 Mart 2027 Cuma saat 15:00'te aday "
            "panelinde açıklanacaktır. Mülakata çağrılan adaylara ayrıca bilgi verilecektir."
            "\r\n\r\nKuzey Yıldızı İK",
            "+0300",
        ),
        (
            "Info hasil tes",
            "Halo Kit,\r\n\r\nPengumuman hasil tes tertulis: Kamis, 18 Maret 2027 pukul 13.00 "
            "WIB di situs karier. Jadwal wawancara dikirim terpisah.\r\n\r\nTim HR",
            "+0700",
        ),
        (
            "面试结果通知时间",
            "Kit 你好：\r\n\r\n初试结果将于3月18日（周四）下午3:00在招聘系统公布。\r\n\r\n人事部",
            "+0800",
        ),
        (
            "نتائج الاختبار",
            "مرحبًا Kit،\r\n\r\nسيتم إعلان النتائج يوم الخميس 18 مارس 2027 الساعة 2:00 مساءً "
            "على موقعنا. سنتواصل مع المرشحين للمقابلة لاحقًا.\r\n\r\nالموارد البشرية",
            "+0300",
        ),
        (
            "परीक्षा परिणाम",
            "प्रिय Kit,\r\n\r\nपरिणाम 18 मार्च 2027 को शाम 4 बजे वेबसाइट पर घोषित किया "
            "जाएगा। साक्षात्कार का समय अलग से बताया जाएगा।\r\n\r\nएचआर टीम",
            "+0530",
        ),
        (
            "Aggiornamento",
            "Ciao Kit,\r\n\r\ngrazie per il colloquio di ieri. Vi daremo un riscontro entro "
            "giovedì 18 marzo alle 18:00.\r\n\r\nDeniz",
            "+0100",
        ),
        (
            "Oryantasyon programınız",
            "Merhaba Kit,\r\n\r\nİşe yeni başlayanlar için oryantasyon: 22 Mart 2027 Pazartesi "
            "09:00 – 17:00, 4. kat eğitim salonu.\r\n\r\nİK",
            "+0300",
        ),
    ],
)
def test_a_lookalike_is_not_sure(subject: str, body: str, offset: str) -> None:
    result = _parse(body, subject, offset)
    assert result.kind not in CLAIMS or result.confidence < SURE, result


@pytest.mark.parametrize(
    ("subject", "body", "offset", "start"),
    [
        (
            "Mülakat daveti",
            "Merhaba Kit,\r\n\r\nTest sonuçlarınıza göre sizi 18 Mart 2027 Perşembe saat "
            "14:00'te mülakata davet ediyoruz.\r\n\r\nKuzey Yıldızı İK",
            "+0300",
            "2027-03-18T14:00",
        ),
        (
            "Colloquio telefonico",
            "Ciao Kit,\r\n\r\nconfermo il colloquio telefonico giovedì 18 marzo alle 11:00. "
            "Ti chiamo io.\r\n\r\nDeniz",
            "+0100",
            "2027-03-18T11:00",
        ),
        (
            "面试通知",
            "Kit 你好：\r\n\r\n恭喜通过初试。面试时间：2027年3月18日（周四）下午2:00-3:00，"
            "地点：公司5楼。\r\n\r\n人事部",
            "+0800",
            "2027-03-18T14:00",
        ),
    ],
)
def test_a_control_stays_sure(subject: str, body: str, offset: str, start: str) -> None:
    result = _parse(body, subject, offset)
    assert result.kind == "invitation", result
    assert result.start is not None
    assert result.start.isoformat().startswith(start)
    assert result.confidence >= SURE, result


@settings(max_examples=30, deadline=None)
@given(day=st.integers(min_value=10, max_value=26), hour=st.integers(min_value=8, max_value=18))
def test_results_published_are_never_sure(day: int, hour: int) -> None:
    """Whatever day and hour results come out, the notice claims no interview."""
    body = (
        "Halo Kit,\r\n\r\nPengumuman hasil seleksi administrasi akan dilakukan pada "
        f"{day} Maret 2027 pukul {hour:02d}.00 WIB melalui portal karier. Peserta yang lolos "
        "akan menerima jadwal wawancara.\r\n\r\nTim Rekrutmen"
    )
    result = _parse(body, "Jadwal pengumuman", "+0700")
    assert result.kind not in CLAIMS or result.confidence < SURE, result


@settings(max_examples=30, deadline=None)
@given(day=st.integers(min_value=10, max_value=26), hour=st.integers(min_value=9, max_value=17))
def test_a_turkish_interview_after_results_keeps_its_time(day: int, hour: int) -> None:
    """Citing the results does not take the reader's own interview away."""
    body = (
        "Merhaba Kit,\r\n\r\nSınav sonuçlarına göre mülakata davet edildiniz.\r\n\r\n"
        f"Tarih: {day} Mart 2027\r\nSaat: {hour}:30\r\nYer: Genel Müdürlük\r\n\r\nİK"
    )
    result = _parse(body, "Mülakat davetiniz", "+0300")
    assert result.kind == "invitation", result
    assert result.start is not None
    assert (result.start.day, result.start.hour, result.start.minute) == (day, hour, 30)
