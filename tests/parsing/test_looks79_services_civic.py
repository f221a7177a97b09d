# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Service and civic look-alikes with a job interview's words, a date and an hour (looks79).

Why, one rule each (each extends an existing list):
- A residence permit named with its kind between the words ("povolení k přechodnému pobytu",
  "povolenie na trvalý pobyt"; lookalikes._AUTHORITY_MORE_LANGS).
- Foster care by its own nouns ("rodzina zastępcza", "Pflegefamilie", "pleeggezin";
  OTHER_SENSE_INTERVIEW_CUES beside adoption).
- A lawyer's or an adviser's first consultation ("first consultation", "prima consulenza";
  CUSTOMER_ADVISER_CUES).
- A tax return in ja and zh ("税務相談", "个税"; NON_JOB_PURPOSE_CUES).
- A coach's first talk named before the coaching on a calendar ("Kennenlerngespräch Coaching",
  "Intakegesprek coaching"; COACHING_SESSION_TITLE).
Controls: the reader's own job interviews at a foster-care service, a law firm and a coaching
company stay sure.

Exhaustive over mails x clock times (no draw). Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, claims_a_slot, plain_mail, request_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(9, 30), (14, 0)]

# per mail: subject and body with {h} and {m} for the one clock time (Thursday 11 March)
LOOKALIKES: dict[str, tuple[str, str]] = {
    "permit_cs": ("Pozvánka k pohovoru",
                  "Dobrý den,\n\nve věci Vaší žádosti o povolení k přechodnému pobytu Vás zveme k pohovoru ve čtvrtek 11. března v {h}:{m:02d}, přepážka 3.\n\nOdbor správní"),
    "permit_sk": ("Pozvánka na pohovor",
                  "Dobrý deň,\n\nk Vašej žiadosti o povolenie na trvalý pobyt Vás pozývame na pohovor vo štvrtok 11. marca o {h}:{m:02d}.\n\nOddelenie cudzineckej polície"),
    "foster_pl": ("Rozmowa z kandydatami",
                  "Dzień dobry,\n\ndziękujemy za zgłoszenie chęci utworzenia rodziny zastępczej. Zapraszamy Państwa na rozmowę w czwartek 11 marca o {h}:{m:02d} w siedzibie ośrodka.\n\nKoordynator"),
    "foster_de": ("Ihr Gespräch beim Jugendamt",
                  "Hallo Alex,\n\nschön, dass Sie sich als Pflegefamilie bewerben möchten. Wir laden Sie zu einem ersten Gespräch am Donnerstag, 11. März, um {h}:{m:02d} Uhr ein.\n\nPflegekinderdienst"),
    "foster_nl": ("Kennismakingsgesprek",
                  "Beste Alex,\n\nLeuk dat je interesse hebt om pleeggezin te worden. We nodigen je uit voor een gesprek op donderdag 11 maart om {h}:{m:02d} uur.\n\nTeam Pleegzorg"),
    "lawyer_en": ("Your appointment with us",
                  "Dear Alex,\n\nThank you for contacting the practice about your boundary dispute. Your first consultation with Mr Hale is booked for Thursday 11 March at {h}:{m:02d}; it takes around 45 minutes and is charged at a fixed fee.\n\nReception"),
    "lawyer_it": ("Colloquio in studio",
                  "Gentile Alex,\n\nle confermiamo la prima consulenza con l'avv. Greco per la questione condominiale, giovedì 11 marzo alle {h}:{m:02d}.\n\nSegreteria"),
    "tax_ja": ("ご面談のご案内",
               "Alex Morgan 様\n\n税務相談の面談を3月11日(木){h}:{m:02d}より当事務所にて承ります。\n\n山田会計"),
    "tax_zh": ("面谈预约",
               "Alex 您好:\n\n关于您的个税汇算,我们安排了面谈:3月11日(周四){h}:{m:02d}。\n\n明德财税"),
}  # fmt: skip

CONTROLS: dict[str, tuple[str, str]] = {
    "foster_service_job_de": ("Einladung zum Vorstellungsgespräch",
                              "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Sozialpädagoge im Fachdienst Pflegefamilien. Wir laden Sie zu einem Vorstellungsgespräch am Donnerstag, 11. März, um {h}:{m:02d} Uhr ein.\n\nPersonalabteilung"),
    "law_firm_job_es": ("Entrevista",
                        "Hola Alex:\n\nGracias por tu candidatura al puesto de abogado junior. Te invitamos a una primera entrevista el jueves 11 de marzo a las {h}:{m:02d} en nuestro despacho.\n\nRecursos Humanos"),
    "coach_job_en": ("Interview - Career Coach",
                     "Hi Alex,\n\nThank you for applying for the Career Coach position. We'd like to invite you to an interview on Thursday, March 11 at {h}:{m:02d}.\n\nHR"),
}  # fmt: skip

# a coach's first talk booked as a calendar request: title, body
CALENDARS: dict[str, tuple[str, str]] = {
    "kennenlernen_de": ("Kennenlerngespräch Coaching - Alex Morgan",
                        "Hallo Alex,\n\nwir klären in unserem Gespräch dein Anliegen und ob das Coaching zu dir passt.\n\nTom"),
    "intake_nl": ("Intakegesprek coaching",
                  "Hoi Alex,\n\nin de intake bespreken we je vraag en hoe een traject eruitziet.\n\nEva"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_never_claimed(name: str, hour: int, minute: int) -> None:
    subject, body = LOOKALIKES[name]
    raw = plain_mail(
        subject,
        _render(body, hour, minute),
        sender="Office <office@service.example>",
        to=TO,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert not claims_a_slot(parsed), (name, parsed.kind)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CALENDARS))
def test_coach_first_talk_calendar_is_never_claimed(name: str, hour: int, minute: int) -> None:
    title, body = CALENDARS[name]
    raw = request_mail(
        title,
        body,
        uid=f"looks79-{name}-{hour}{minute}@coach.example",
        dtstart=f"20270311T{hour - 1:02d}{minute:02d}00Z",
        dtend=f"20270311T{hour:02d}{minute:02d}00Z",
        organizer_cn="Coach",
        sender="Coach <coach@coach.example>",
        to=TO,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert not claims_a_slot(parsed), (name, parsed.kind, parsed.confidence)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = plain_mail(
        subject,
        _render(body, hour, minute),
        sender="Recruiting <jobs@firm.example>",
        to=TO,
        date=DATE,
    )
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")


def test_coach_job_interview_calendar_stays_sure() -> None:
    raw = request_mail(
        "Vorstellungsgespräch - Business Coach (m/w/d)",
        "Hallo Alex,\n\nwir freuen uns auf das Gespräch zu deiner Bewerbung.\n\nPersonal",
        uid="looks79-coach-job@firm.example",
        dtstart="20270311T130000Z",
        dtend="20270311T140000Z",
        organizer_cn="Personal",
        sender="Personal <jobs@firm.example>",
        to=TO,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", parsed.kind
    assert parsed.confidence >= 0.5, parsed.confidence
