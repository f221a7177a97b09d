"""Look-alikes from job platforms and recruiting tools, in the shapes negs18 added.

Fixtures are written for these tests (own words): a German recruiter's first message that asks
"Hätten Sie ... Zeit?" and names only when the recruiter is reachable, an Arabic pick-a-slot
mail whose only time is when the choice closes, and controls in the same voices: a German
recruiter confirming the call at a set time ("rufe ich Sie ... am Mittwoch um 9:15 Uhr an"), a
Spanish booking confirmation that says "si no puedes, cancela" (not an alternative time), and
an Arabic interview confirmation.
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


def _parse(body: str, subject: str, offset: str = "+0200") -> ParsedMessage:
    raw = bare_mail(
        Header(subject, "utf-8").encode(),
        body,
        sender="Talent Desk <talent@desk.example>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date=f"Mon, 07 Jun 2027 09:12:00 {offset}",
    )
    return parse_message(raw)


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Neue Nachricht: Position Leitung Einkauf",
            "Hallo Frau Moreau,\r\n\r\nich suche für einen Kunden in Köln eine Leitung "
            "Einkauf. Hätten Sie in den kommenden Tagen Zeit für ein kurzes Telefonat? Ich bin "
            "am Mittwoch, 09.06., zwischen 14 und 16 Uhr gut erreichbar.\r\n\r\nViele Grüße\r\n"
            "Lea Brandt",
            "+0200",
        ),
        (
            "اختر موعد المقابلة",
            "مرحباً كيت،\r\n\r\nيرجى اختيار الموعد المناسب لك من المواعيد المتاحة قبل يوم "
            "الأربعاء 9 يونيو 2027 الساعة 17:00.\r\n\r\nرابط الحجز: https://book.example/k1"
            "\r\n\r\nفريق التوظيف",
            "+0400",
        ),
    ],
)
def test_platform_lookalikes_are_not_claimed(subject: str, body: str, offset: str) -> None:
    parsed = _parse(body, subject, offset)
    assert not _claimed(parsed), (parsed.kind, parsed.confidence, parsed.warnings)


def test_german_call_confirmed_reads_as_invitation() -> None:
    parsed = _parse(
        "Hallo Frau Moreau,\r\n\r\nprima, dann rufe ich Sie wie besprochen am Mittwoch, "
        "09.06.2027, um 9:15 Uhr auf Ihrem Handy an. Planen Sie 30 Minuten ein.\r\n\r\n"
        "Viele Grüße\r\nLea Brandt",
        "Re: Position Leitung Einkauf",
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour, parsed.start.minute) == (9, 9, 15)


def test_spanish_cancel_note_is_not_a_second_time() -> None:
    parsed = _parse(
        "Hola, Kit:\r\n\r\nHas reservado una entrevista telefónica con Hortalizas Vega.\r\n\r\n"
        "Día: jueves 10 de junio de 2027\r\nHora: 11:00 - 11:30\r\n\r\nSi no puedes, cancela "
        "desde el enlace con 12 horas de antelación.\r\n\r\nEl equipo de Selección",
        "Entrevista confirmada con Hortalizas Vega",
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 11)
    assert parsed.confidence >= SURE, parsed.warnings


def test_arabic_interview_confirmation_keeps_its_time() -> None:
    parsed = _parse(
        "عزيزتي كيت،\r\n\r\nنؤكد لك موعد المقابلة الشخصية:\r\n\r\nاليوم: الخميس 10 يونيو 2027"
        "\r\nالوقت: الساعة 10:00\r\nالمكان: مقر الشركة، دبي\r\n\r\nقسم الموارد البشرية",
        "تأكيد موعد المقابلة",
        "+0400",
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 10)


@settings(max_examples=25, deadline=None)
@given(
    day=st.integers(min_value=8, max_value=25),
    hour=st.integers(min_value=8, max_value=16),
)
def test_hatten_sie_zeit_question_never_sure(day: int, hour: int) -> None:
    body = (
        "Hallo Frau Moreau,\r\n\r\nHätten Sie nächste Woche Zeit für ein kurzes Gespräch? Ich "
        f"bin am {day:02d}.06.2027 ab {hour} Uhr erreichbar.\r\n\r\nGrüße\r\nLea Brandt"
    )
    parsed = _parse(body, "Kurzes Gespräch?")
    assert not _claimed(parsed), (parsed.kind, parsed.confidence, parsed.warnings)
