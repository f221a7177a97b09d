# ruff: noqa: E501 (one talk a line reads best)
"""Talks with the reader's current employer about their own job, and a foster or adoption
service's assessment, in languages their cues lacked (looks68).

Why: looks68's Ukrainian yearly appraisal ("щорічна атестаційна співбесіда", співбесіда being
the job interview's own word) and Norwegian foster-home talk ("samtale om å bli fosterhjem")
were claimed as sure invitations: the appraisal and exit-talk cues named them in en, de, fr,
es, it, nl, pt, pl, sv, da, nb, cs, tr, ja, zh, ko only, the foster cues in en only. A matrix
of kind x language, hand-written here (not the corpus's sentences); the controls are the
reader's own job interviews in the same languages.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Team <team@office.example>", to=TO, date=DATE)


# (language, subject, body): each names the time on Thursday 8 October at 11:00
REVIEWS = [
    ("uk appraisal", "Атестаційна співбесіда", "Ваша щорічна атестаційна співбесіда з керівником: четвер, 8 жовтня, об 11:00."),
    ("uk exit", "Вихідне інтерв'ю", "Перед вашим звільненням просимо на вихідне інтерв'ю в четвер, 8 жовтня, об 11:00."),
    ("ru appraisal", "Аттестационное собеседование", "Ваше аттестационное собеседование с руководителем: четверг, 8 октября, 11:00."),
    ("ru exit", "Выходное интервью", "Перед увольнением приглашаем вас на выходное интервью в четверг, 8 октября, в 11:00."),
    ("fi appraisal", "Kehityskeskustelu", "Kehityskeskustelusi esihenkilön kanssa on torstaina 8.10. klo 11.00."),
    ("fi exit", "Lähtöhaastattelu", "Ennen viimeistä työpäivääsi pidämme lähtöhaastattelun torstaina 8.10. klo 11.00."),
    ("ca exit", "Entrevista de sortida", "Abans del teu últim dia et convoquem a l'entrevista de sortida dijous 8 d'octubre a les 11:00."),
    ("ca appraisal", "Entrevista d'avaluació", "La teva entrevista d'avaluació de l'acompliment és dijous 8 d'octubre a les 11:00."),
    ("da exit", "Fratrædelsessamtale", "Inden din sidste dag holder vi en fratrædelsessamtale torsdag den 8. oktober kl. 11.00."),
    ("sv exit", "Avslutningssamtal", "Innan din sista dag bokar vi ett avslutningssamtal torsdag 8 oktober kl. 11:00."),
    ("nb exit", "Sluttsamtale", "Før siste arbeidsdag har vi en sluttsamtale torsdag 8. oktober kl. 11.00."),
]  # fmt: skip
FOSTER = [
    ("nb foster", "Samtale om fosterhjem", "Vi inviterer deg til en samtale om å bli fosterhjem torsdag 8. oktober kl. 11.00."),
    ("da foster", "Samtale om at blive plejefamilie", "Vi inviterer dig til en samtale om at blive plejefamilie torsdag den 8. oktober kl. 11.00."),
    ("sv foster", "Samtal om att bli familjehem", "Vi bjuder in dig till ett samtal om att bli familjehem torsdag 8 oktober kl. 11:00."),
    ("fi foster", "Sijaisperheeksi – tapaaminen", "Tapaaminen sijaisperheeksi ryhtymisestä on torstaina 8.10. klo 11.00."),
    ("ca foster", "Entrevista d'acolliment familiar", "Us citem a l'entrevista de valoració com a família acollidora dijous 8 d'octubre a les 11:00."),
    ("uk foster", "Співбесіда для прийомних батьків", "Запрошуємо на співбесіду для кандидатів у прийомні батьки в четвер, 8 жовтня, об 11:00."),
    ("ru adoption", "Собеседование по усыновлению", "Приглашаем на собеседование по вопросу усыновления в четверг, 8 октября, в 11:00."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "subject", "body"), REVIEWS + FOSTER)
def test_review_or_foster_talk_is_not_claimed(name: str, subject: str, body: str) -> None:
    assert not claimed(_mail(subject, f"{body}\n\nHR")), name


CONTROLS = [
    ("uk", "Запрошення на співбесіду", "Дякуємо за резюме на вакансію бухгалтера. Запрошуємо вас на співбесіду в четвер, 8 жовтня, об 11:00."),
    ("ru", "Приглашение на собеседование", "Благодарим за отклик на вакансию инженера. Приглашаем вас на собеседование в четверг, 8 октября, в 11:00."),
    ("fi", "Kutsu työhaastatteluun", "Kiitos hakemuksestasi. Kutsumme sinut työhaastatteluun torstaina 8.10. klo 11.00."),
    ("ca", "Entrevista de feina", "Gràcies per la teva candidatura. Et convoquem a una entrevista de feina dijous 8 d'octubre a les 11:00."),
    ("nb", "Jobbintervju – barnevernspedagog", "Takk for søknaden til stillingen som barnevernspedagog i fosterhjemstjenesten. Vi inviterer deg til intervju torsdag 8. oktober kl. 11.00."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "subject", "body"), CONTROLS)
def test_own_job_interview_stays_sure(lang: str, subject: str, body: str) -> None:
    assert_sure_at(_mail(subject, f"{body}\n\nHR"), "2026-10-08T11:00")


def test_lists_stay_linear() -> None:
    for cues in (lookalikes.EMPLOYEE_REVIEW_CUES, lookalikes.OTHER_SENSE_INTERVIEW_CUES):
        assert_linear(
            scans(cues),  # type: ignore[arg-type]
            repeated("атестаційн вихідн kehitys sijais acollid "),
            200_000,
            label="looks68",
        )
