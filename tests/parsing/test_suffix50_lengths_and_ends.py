"""The end of a plain-text invitation in the languages the suffix50 batch added, as its dev
families still missed it: a length in words ("yarım saat sürecek", "περίπου μισή ώρα",
"körülbelül egy órát vesz igénybe", "Varaa aikaa noin tunti", "bir buçuk saat"), the end's
clock with a Turkish suffix and the verb last ("Görüşme 16:00'ya kadar sürer"), and a
Turkish career seminar on interviews, which sets no interview for the reader. Fixtures are
ours.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing.lookalikes import PUBLIC_EVENT_CUES
from service.parsing.when_ends import _DURATION, _LATER_END_LEAD, _LATER_END_VERB, _PROSE_END_AFTER
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import eight_bit_mail, read_span

_DATE = "Mon, 07 Dec 2026 09:00:00 +0200"
_SENDER = "Recruiting <jobs@firm.example>"
_TO = "alex@mailbox.example"


def _mail(subject: str, body: str) -> bytes:
    return eight_bit_mail(subject, body, sender=_SENDER, to=_TO, date=_DATE)


def _read(subject: str, body: str) -> tuple[str | None, float, datetime | None, datetime | None]:
    return read_span(_mail(subject, body))


@pytest.mark.parametrize(
    ("subject", "body", "minutes"),
    [
        (
            "Mülakat",
            "Merhaba Alex,\n\nGörüşmemiz 16 Aralık Çarşamba saat 15:00'te olacak. "
            "Görüşme yarım saat sürecek.",
            30,
        ),
        (
            "Mülakat",
            "Merhaba Alex,\n\nVaka sunumunuz 16 Aralık Çarşamba saat 15:00'te başlayacak "
            "ve bir buçuk saat sürecek.",
            90,
        ),
        (
            "Συνέντευξη",
            "Καλησπέρα Alex,\n\nη συνέντευξη θα γίνει την Τετάρτη 16 Δεκεμβρίου στις 3:00 μ.μ. "
            "και θα διαρκέσει περίπου μισή ώρα.",
            30,
        ),
        (
            "Interjú",
            "Kedves Alex!\n\nAz interjú 2026. december 16., szerda 15:00-kor kezdődik, "
            "körülbelül egy órát vesz igénybe.",
            60,
        ),
        (
            "Haastattelu",
            "Hei Alex,\n\nhaastattelu on keskiviikkona 16. joulukuuta klo 15.00. "
            "Varaa aikaa noin tunti.",
            60,
        ),
    ],
)
def test_length_in_words_closes_the_slot(subject: str, body: str, minutes: int) -> None:
    kind, _confidence, start, end = _read(subject, body)
    assert kind == "invitation"
    assert start is not None
    assert (start.day, start.hour, start.minute) == (16, 15, 0)
    assert end is not None
    assert (end - start).total_seconds() == minutes * 60


@pytest.mark.parametrize(
    "body",
    [
        "Merhaba Alex,\n\nGörüşmenizi 16 Aralık Çarşamba öğleden sonra saat 3'te ofisimizde "
        "yapalım. Görüşme 16:00'ya kadar sürer.",
        "Merhaba Alex,\n\nGörüşmeniz 16 Aralık Çarşamba saat 15:00'te başlayıp 16:00'ya kadar "
        "sürecek.",
        "Kedves Alex!\n\nInterjú: december 16., szerda 15:00-kor. Az interjú 16:00-ig tart.",
    ],
)
def test_end_with_its_verb_last(body: str) -> None:
    kind, _confidence, start, end = _read("Görüşme / Interjú", body)
    assert kind == "invitation"
    assert start is not None
    assert start.hour == 15
    assert end is not None
    assert (end.hour, end.minute) == (16, 0)


def test_career_seminar_is_no_invitation_but_the_readers_interview_is() -> None:
    seminar = (
        "Sevgili öğrenciler,\n\n'Mülakatlara hazırlık ve CV hazırlama' seminerimiz 16 Aralık "
        "Çarşamba saat 14:00'te B blok konferans salonunda yapılacaktır. Kayıt gerekmez."
    )
    kind, confidence, _start, _end = _read("Kariyer semineri", seminar)
    assert kind != "invitation" or confidence < 0.5
    own = (
        "Merhaba Alex,\n\nSizi 16 Aralık Çarşamba saat 14:00'te ofisimizde yüz yüze "
        "görüşmeye davet ediyoruz."
    )
    kind, _confidence, start, _end = _read("Görüşme daveti", own)
    assert kind == "invitation"
    assert start is not None
    assert start.hour == 14


def test_new_scans_are_linear() -> None:
    assert_linear(
        scans(_DURATION),
        repeated("yarım saat μισή ώρα egy órát noin tunti bir buçuk "),
        label="len",
    )
    assert_linear(
        scans(_PROSE_END_AFTER), repeated("'ya kadar 'a kadar sür y ", " "), label="end after"
    )
    assert_linear(
        lambda text: sum(1 for i in range(0, len(text), 997) if _LATER_END_LEAD.match(text, i)),
        repeated("görüşme saat yaklaşık az interjú "),
        label="later lead",
    )
    assert_linear(
        scans(_LATER_END_VERB), repeated("'ya kadar devam -ig tart 'e kadar "), label="verb"
    )
    assert_linear(scans(PUBLIC_EVENT_CUES), repeated("seminer szeminárium semin "), label="event")


def test_turkish_before_noon_is_the_morning_not_a_deadline() -> None:
    body = "Merhaba Alex,\n\nMülakatınızı 16 Aralık Çarşamba öğleden önce 11'de yapalım."
    kind, _confidence, start, _end = _read("Mülakat", body)
    assert kind == "invitation"
    assert start is not None
    assert (start.day, start.hour) == (16, 11)
    form = "Merhaba Alex,\n\nLütfen formu 16 Aralık Çarşamba öğleden önce doldurun."
    kind, confidence, _start, _end = _read("Form", form)
    assert kind != "invitation" or confidence < 0.5
