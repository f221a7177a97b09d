# ruff: noqa: E501 (each language's sentences read best whole)
"""Office or front-desk hours in a signature ("Horaires d'accueil : du lundi au vendredi,
8h30–12h", "Çalışma saatleri: Pzt–Cum 09:00–18:00", "工作时间：周一至周五 9:00-18:00") are no
second day offered: the invitation's one slot stays sure (threads46)."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

# (the invitation's sentence, the signature's hours line, Date, expected start)
SIGNED = {
    "fr": ("Nous avons le plaisir de vous convier à un entretien le mercredi 17 juin à 11h, en salle du conseil.",
           "Horaires d'accueil : du lundi au vendredi, 8h30–12h / 14h–18h", "Fri, 05 Jun 2026 09:00:00 +0200", "2026-06-17T11:00:00+02:00"),
    "tr": ("Sizi 18 Haziran Perşembe saat 10:00'da ofisimizde mülakata davet etmek isteriz.",
           "Çalışma saatleri: Pzt–Cum 09:00–18:00", "Fri, 05 Jun 2026 11:00:00 +0300", "2026-06-18T10:00:00+03:00"),
    "zh": ("诚邀您于6月17日（周三）上午11:00来我司参加面试。",
           "工作时间：周一至周五 9:00-18:00", "Thu, 04 Jun 2026 10:00:00 +0800", "2026-06-17T11:00:00+08:00"),
    "ko": ("6월 17일(수) 오전 11:00에 본사에서 면접을 진행하고자 합니다.",
           "업무 시간: 월–금 09:00–18:00", "Thu, 04 Jun 2026 10:00:00 +0900", "2026-06-17T11:00:00+09:00"),
    "pl": ("Zapraszamy na rozmowę kwalifikacyjną w piątek 12 czerwca o 13:00 w siedzibie spółki.",
           "Godziny pracy biura: pon.–pt. 8:00–16:00", "Tue, 02 Jun 2026 10:00:00 +0200", "2026-06-12T13:00:00+02:00"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SIGNED))
def test_office_hours_in_the_signature_leave_the_slot_sure(lang: str) -> None:
    sentence, hours, date, want = SIGNED[lang]
    body = f"Alex,\n\n{sentence}\n\nAnna Kowal\nHR\n{hours}\n"
    parsed = parse_message(
        plain_mail(
            "Interview",
            body,
            sender="Anna Kowal <anna@firm.example>",
            to="alex@mailbox.example",
            date=date,
        )
    )
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    assert (parsed.kind, start) == ("invitation", want)
    assert parsed.confidence >= 0.5


@pytest.mark.parametrize(
    ("body", "date"),
    [("您的简历我们已收到，筛选结果将在一周内通知您。\n\n招聘组\n工作时间：周一至周五 9:00-18:00", "Thu, 04 Jun 2026 09:00:00 +0800"),
     ("Başvurunuz bize ulaştı, teşekkür ederiz.\n\nİK Ekibi\nÇalışma saatleri: Pzt–Cum 09:00–18:00", "Thu, 04 Jun 2026 09:00:00 +0300")],
)  # fmt: skip
def test_a_receipt_with_office_hours_only_is_no_invitation(body: str, date: str) -> None:
    parsed = parse_message(
        plain_mail(
            "Başvuru / 简历", body, sender="hr@firm.example", to="alex@mailbox.example", date=date
        )
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
