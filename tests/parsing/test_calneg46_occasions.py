# ruff: noqa: E501  (hand-written mail lines read best whole)
"""Calendar mail of calneg46's shapes that books the reader for something other than their own
job interview, though its text speaks of jobs: a coach's or a mentor's session that prepares
interviews or a CV, an employer's open day ("jornada de puertas abiertas"), the reader asked
to serve as another candidate's interviewer in Chinese or Korean; and the interview requests
the same producers send, which must stay sure.

Fixtures are written for these tests (own words, made-up people). Invariant: the calendar's
slot, UID and METHOD are the file's whatever the claim; only the confidence drops below 0.5
for a look-alike.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message

SURE = 0.5
START = datetime.fromisoformat("2027-03-16T10:00:00+01:00")


def _mail(
    summary: str, body: str, *, method: str = "REQUEST", subject: str | None = None
) -> ParsedMessage:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Test//calneg46//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            "UID:calneg46-test-3@example.com",
            "DTSTAMP:20270301T090000Z",
            "DTSTART;TZID=Europe/Berlin:20270316T100000",
            "DTEND;TZID=Europe/Berlin:20270316T110000",
            "SEQUENCE:0",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Ada Riva:mailto:ada.riva@firm.example",
            "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robin Vale:mailto:robin@inbox.example",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    raw = (
        "From: Ada Riva <ada.riva@firm.example>\r\n"
        "To: Robin Vale <robin@inbox.example>\r\n"
        f"Subject: {subject or summary}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f"--b\r\nContent-Type: text/calendar; charset=utf-8; method={method}\r\n\r\n"
        f"{calendar}\r\n"
        "--b--\r\n"
    )
    return parse_message(raw.encode())


def _held_back(parsed: ParsedMessage) -> None:
    assert parsed.confidence < SURE
    assert parsed.start == START
    assert parsed.uid == "calneg46-test-3@example.com"


COACHING = [
    (
        "Coachingsamtal: Robin Vale",
        "Tjänst: Coachingsamtal inför jobbintervjuer\nDatum: tisdag 16 mars 2027\nTid: 10:00–11:00",
    ),
    (
        "Karrierecoaching – Robin Vale",
        "Leistung: Karrierecoaching (Bewerbungsstrategie)\nDatum: 16.03.2027, 10:00 Uhr",
    ),
    (
        "1:1 커리어 멘토링 - 김지훈 멘토",
        "멘토링 예약이 확정되었습니다.\n일시: 2027년 3월 16일 오전 10:00\n주제: 이직 준비 및 이력서 피드백",
    ),
    (
        "Mentoría de carrera con Beatriz",
        "Tu sesión de mentoría para preparar entrevistas de trabajo: martes 16 de marzo, 10:00.",
    ),
    (
        "Interview coaching with Rachel",
        "Your session to practise for your job interviews is on Tuesday 16 March at 10:00.",
    ),
]


@pytest.mark.parametrize(("summary", "body"), COACHING)
def test_a_coach_or_mentor_session_is_held_back(summary: str, body: str) -> None:
    _held_back(_mail(summary, body))


def test_an_employers_open_day_is_held_back() -> None:
    body = (
        "Hola Robin:\n\nGracias por inscribirte en nuestra jornada de puertas abiertas virtual. "
        "Conocerás nuestros equipos y las vacantes abiertas.\n\nMartes, 16 de marzo de 2027, "
        "de 10:00 a 11:00."
    )
    _held_back(_mail("Jornada de puertas abiertas virtual – Solaria", body, method="PUBLISH"))


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "面试安排：候选人 陈晨（数据分析师）",
            "Robin 你好，\n\n请你担任候选人陈晨（数据分析师岗位）的第二轮面试官。面试结束后请在系统中填写评估表。",
        ),
        (
            "면접 일정: 지원자 이민호 (백엔드 개발자)",
            "Robin님, 지원자 이민호 님의 2차 면접에서 면접관을 맡아 주시기 바랍니다.",
        ),
    ],
)
def test_serving_as_someone_elses_interviewer_is_held_back(summary: str, body: str) -> None:
    _held_back(_mail(summary, body))


CONTROLS = [
    (
        "Call with Sam Lee",
        "Hi Robin, thanks for applying to the Staff Engineer role. A first interview with our recruiting team.",
    ),
    ("Robin Vale <> Acme", "Looking forward to our first interview about the Agile Coach opening."),
    (
        "Interview: Agile Coach – Robin Vale",
        "Thank you for your application. We invite you to an interview.",
    ),
    (
        "Vorstellungsgespräch – Robin Vale (Mentoring-Programm Koordination)",
        "Vielen Dank für Ihre Bewerbung, wir laden Sie zum Vorstellungsgespräch ein.",
    ),
    (
        "面试邀请：Robin Vale",
        "您好，感谢您应聘数据分析师岗位，现邀请您参加第二轮面试，面试官为刘敏。",
    ),
]


@pytest.mark.parametrize(("summary", "body"), CONTROLS)
def test_the_readers_own_interview_stays_sure(summary: str, body: str) -> None:
    parsed = _mail(summary, body)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE
    assert parsed.start == START


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(["Karriere", "Führungs", "Business", "Career ", "Leadership ", ""]))
def test_any_coaching_title_keeps_the_files_slot(name: str) -> None:
    parsed = _mail(
        f"{name}coaching – Robin", "Vorbereitung auf Vorstellungsgespräche, 16.03.2027 10:00"
    )
    assert parsed.start == START
    assert parsed.confidence < SURE


AFTER_THE_OFFER = [
    (
        "Point RH – arrivée de Robin",
        "Hello Robin, suite à ta promesse d'embauche signée, on fait le point sur ton arrivée : mutuelle et planning de ta première semaine.",
    ),
    (
        "Laptop-Übergabe & Zugänge – Robin Vale",
        "Hallo Robin,\n\nwillkommen an Bord! Ihr Arbeitsvertrag liegt uns unterschrieben vor. Wir übergeben Ihnen Laptop und Zugänge.",
    ),
    (
        "Robin / Lena",
        "Thanks again for accepting our offer for the analyst position! Let's go through the paperwork before you start.",
    ),
    (
        "Spotkanie – Robin Vale",
        "Dzień dobry, dziękujemy za przyjęcie naszej oferty pracy na stanowisku analityka. Zapraszamy na spotkanie w sprawie dokumentów.",
    ),
    (
        "Podpisanie umowy – Robin Vale",
        "Dziękujemy za udział w rekrutacji na stanowisko analityka. Zapraszamy na podpisanie umowy o pracę.",
    ),
]


@pytest.mark.parametrize(("summary", "body"), AFTER_THE_OFFER)
def test_a_meeting_after_the_offer_is_held_back(summary: str, body: str) -> None:
    _held_back(_mail(summary, body))


def test_a_mentors_orientation_session_is_held_back() -> None:
    body = "Ciao Robin, come d'accordo ci sentiamo per la sessione di orientamento sul tuo percorso di ricerca di lavoro: portami il CV."
    _held_back(_mail("Robin <> Marta", body))


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "Robin / Lena",
            "Thanks for applying! If you accept our offer to interview, we'd meet for your first interview then.",
        ),
        (
            "Kennenlernen Robin Vale",
            "Willkommen an Bord unserer Bewerberplattform! Wir laden Sie zu Ihrem Vorstellungsgespräch ein.",
        ),
        (
            "Interview – Robin Vale",
            "We'd like to invite you to an interview; our mentoring session programme is one of the perks of the role.",
        ),
    ],
)
def test_interviews_that_speak_of_offers_or_mentoring_stay_sure(summary: str, body: str) -> None:
    parsed = _mail(summary, body)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for accepting our offer to interview! Your first interview with the team is below.",
        "Gracias por haber aceptado la propuesta de horario para tu entrevista con el equipo.",
        "Merci d'avoir accepté notre proposition de rendez-vous pour votre entretien.",
        "Grazie per aver accettato la nostra proposta di colloquio per la posizione di analista.",
        "Obrigado por aceitar a nossa proposta de horário para a entrevista.",
        "Please make sure you have signed the contract with our agency before the client interview.",
    ],
)
def test_an_accepted_time_or_an_offer_to_interview_is_no_hire(body: str) -> None:
    parsed = _mail("Robin Vale <> Acme", body)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE
