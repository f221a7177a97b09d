# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Everyday look-alikes with a date, an hour and an interview word (events78).

Why, one rule each (each extends an existing list):
- An author's evening or a public interview on stage names the audience's questions and the
  signing after it ("audience questions and a book signing", "séance de dédicaces", "вопросы
  из зала", "вы зарегистрированы на мероприятие"; lookalikes.EVENT_AUDIENCE_CUES).
- A show's guest and its taping, where the reader hosts ("แขกรับเชิญ", "บันทึกเทป";
  lookalikes.OTHER_SENSE_INTERVIEW_CUES beside "พอดแคสต์").
- Russian parents' and volunteers' talks: "Уважаемые родители", "детский сад", "заявку на
  волонтёрство" (CHILD_CUES, NON_JOB_PURPOSE_CUES, NON_JOB_APPLICATION_CUES), with
  "собеседование" a bare talk noun like "entretien"; thanks "for applying to volunteer" is no
  job's (JOB_SEARCH_CUES).
Controls: a job interview that mentions the reader's child stays a sure invitation (a child
cue in the opening no longer sinks a mail that names a post), as do a Russian job interview
for a named vacancy and a volunteer coordinator's post.

Exhaustive over mails x clock times (no draw). Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, claims_a_slot, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(10, 0), (15, 30)]


def _mail(subject: str, body: str, sender: str) -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# per mail: subject and body with {h} and {m} for the one clock time (Thursday 11 March)
LOOKALIKES: dict[str, tuple[str, str]] = {
    "author_en": ("This week at the library",
                  "Hi Alex,\n\nJoin us for an interview with novelist Tom Reyes on Thursday, March 11 at {h}:{m:02d}. The conversation ends with audience questions and a book signing.\n\nFriends of the Library"),
    "author_fr": ("Entretien avec Claire Vidal",
                  "Bonjour,\n\nEntretien avec l'autrice Claire Vidal le jeudi 11 mars à {h}h{m:02d} à la médiathèque, suivi d'une séance de dédicaces.\n\nLa médiathèque"),
    "author_ru": ("Интервью с поэтом",
                  "Здравствуйте!\n\nВы зарегистрированы на мероприятие: интервью с поэтом Ильёй Котовым, четверг, 11 марта, {h}:{m:02d}. После беседы вопросы из зала.\n\nБиблиотека"),
    "podcast_th": ("บันทึกเทปรายการ",
                   "สวัสดีคุณ Alex\n\nแขกรับเชิญคุณสมชาย ยืนยันบันทึกเทปวันพฤหัสบดีที่ 11 มีนาคม เวลา {h}:{m:02d} น. คุณเป็นผู้สัมภาษณ์\n\nทีมงาน"),
    "kindergarten_ru": ("Собеседование",
                        "Уважаемые родители!\n\nПриглашаем вас на собеседование в детский сад «Ромашка» в четверг, 11 марта, в {h}:{m:02d}.\n\nЗаведующая"),
    "volunteer_ru": ("Собеседование",
                     "Здравствуйте, Alex!\n\nСпасибо за заявку на волонтёрство. Приглашаем вас на собеседование в четверг, 11 марта, в {h}:{m:02d}.\n\nФонд"),
    "volunteer_en": ("Your chat with us",
                     "Hi Alex,\n\nThanks for applying to volunteer at the animal shelter. Come for an interview on Thursday, March 11 at {h}:{m:02d}.\n\nShelter team"),
}  # fmt: skip

CONTROLS: dict[str, tuple[str, str]] = {
    "child_es": ("Entrevista",
                 "Hola Alex:\n\nGracias por tu candidatura al puesto de contable. Te invitamos a una entrevista el jueves 11 de marzo a las {h}:{m:02d}; así puedes llevar a tu hijo al colegio antes.\n\nUn saludo,\nRRHH"),
    "child_fr": ("Entretien",
                 "Bonjour Alex,\n\nmerci pour votre candidature au poste de comptable. Nous vous invitons à un entretien le jeudi 11 mars à {h}h{m:02d}, après avoir déposé votre fille à l'école.\n\nRH"),
    "vacancy_ru": ("Собеседование",
                   "Здравствуйте, Alex!\n\nПриглашаем вас на собеседование на вакансию менеджера в четверг, 11 марта, в {h}:{m:02d}.\n\nОтдел кадров"),
    "coordinator_en": ("Interview",
                       "Hi Alex,\n\nThank you for applying for the Volunteer Coordinator role. We'd like to invite you to an interview on Thursday, March 11 at {h}:{m:02d}.\n\nHR"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_never_claimed(name: str, hour: int, minute: int) -> None:
    subject, body = LOOKALIKES[name]
    parsed = parse_message(
        _mail(subject, _render(body, hour, minute), "Office <office@community.example>")
    )
    assert not claims_a_slot(parsed), (name, parsed.kind)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, _render(body, hour, minute), "Recruiting <jobs@firm.example>")
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")
