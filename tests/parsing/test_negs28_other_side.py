"""A customer's adviser, a child's school talk, a thesis defence, a notice to all staff and a
Turkish appraisal are not the reader's job interview.

Every mail here is written for the test. Each names a future day and a clock time beside
"rendez-vous", "reunião", "entretien", "obrona", "spotkanie" or "görüşme": the parser must not
claim it (not an invitation, confidence below 0.5, with a warning). The same shapes that
set the reader's own interview stay invitations with their start.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed as _claimed
from tests.parsing.mailkit import plain_mail


def _mail(subject: str, body: str, *, date: str = "Mon, 09 Nov 2026 09:00:00 +0100") -> bytes:
    return plain_mail(
        subject,
        body,
        sender="Nadia Roussel <nadia@harbour-mail.example>",
        to="Sam Ortiz <sam@mailbox.example>",
        date=date,
    )


LOOKALIKES = [
    (
        "Votre rendez-vous téléphonique du mardi 17 novembre",
        "Bonjour Monsieur Ortiz,\n\nNous vous confirmons votre rendez-vous téléphonique avec "
        "votre conseillère, Mme Perrin :\n\nle mardi 17 novembre 2026 à 14h30\nObjet : votre "
        "contrat auto\n\nBien cordialement,\nAssurances du Port",
    ),
    (
        "Meeting confirmed",
        "Hello Sam,\n\nYour meeting with your relationship manager, Ms Tan, is confirmed for "
        "Tuesday 17 November 2026 at 2:30 PM.\n\nRegards,\nHarbour Bank",
    ),
    (
        "Reunião confirmada",
        "Olá, Sam!\n\nSua reunião com o gerente de relacionamento está confirmada para "
        "quarta-feira, 18/11, às 10h, por videochamada no app.\n\nAbraços,\nBanco Serra",
    ),
    (
        "Entretien d'admission confirmé",
        "Madame, Monsieur,\n\nNous confirmons l'entretien d'admission de votre fils Hugo le "
        "jeudi 19 novembre 2026 à 9h15, au secrétariat du lycée.\n\nLa direction",
    ),
    (
        "Obrona pracy doktorskiej",
        "Szanowni Państwo,\n\nuprzejmie informujemy, że obrona pracy doktorskiej Pana Adama "
        "Kota odbędzie się w czwartek 19 listopada 2026 r. o godz. 11:00 w sali 105.\n\n"
        "Dziekanat",
    ),
    (
        "关于李晓同学博士学位论文答辩的通知",
        "各位老师、同学：\n\n李晓同学的博士学位论文答辩定于2026年11月19日（星期四）14:00举行。\n"
        "地点：图书馆 302 会议室\n\n研究生院",
    ),
    (
        "Spotkanie z Zarządem",
        "Drodzy Pracownicy,\n\nzapraszamy na spotkanie z Zarządem w piątek 20 listopada o "
        "godz. 13:00 w auli.\n\nDział HR",
    ),
    (
        "Performans görüşmeniz",
        "Merhaba Sam,\n\nPerformans değerlendirme görüşmeniz 18 Kasım Çarşamba saat 15:00'te "
        "yöneticinizle yapılacaktır.\n\nİnsan Kaynakları",
    ),
]


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES)
def test_not_claimed(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind != "invitation", parsed
    assert parsed.confidence < 0.5
    assert parsed.warnings


CONTROLS = [
    (
        "Entretien - Conseiller clientèle",
        "Bonjour Sam,\n\nSuite à votre candidature au poste de conseiller clientèle, nous vous "
        "invitons à un entretien le mardi 17 novembre 2026 à 14h30 en agence.\n\n"
        "Cordialement,\nBanque des Quais",
        "2026-11-17T14:30:00+01:00",
    ),
    (
        "Rozmowa kwalifikacyjna",
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną w piątek 20 listopada o godz. "
        "13:00 w naszym biurze.\n\nDział HR",
        "2026-11-20T13:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CONTROLS)
def test_own_interview_kept(subject: str, body: str, start: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
    assert parsed.confidence >= 0.5


ADVISERS = ["votre conseiller", "votre conseillère", "your relationship manager"]
CHILDREN = ["votre fille", "votre enfant", "your daughter", "your son"]


@settings(max_examples=25, deadline=None)
@given(
    who=st.sampled_from(ADVISERS + CHILDREN),
    day=st.integers(min_value=16, max_value=20),
    hour=st.integers(min_value=8, max_value=17),
)
def test_adviser_or_child_never_claimed(who: str, day: int, hour: int) -> None:
    body = (
        f"Hello,\n\nThis confirms the appointment with {who} on {day} November 2026 at "
        f"{hour}:00.\n\nBest regards,\nFront desk"
    )
    parsed = parse_message(_mail("Appointment confirmed", body))
    assert parsed.kind != "invitation", parsed
    assert not _claimed(_mail("Appointment confirmed", body))
