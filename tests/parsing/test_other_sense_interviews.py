"""An interview that hires nobody is not a job interview.

A podcast host's recording, a journalist's questions, a user-research session, a student's
thesis interview, a consulate's visa appointment or a naturalisation interview all give the
reader a fixed time and often the word "interview", "Interview", "wywiad". None is a step
towards a job, so none may go to the calendar as one: the time stays for review, the kind is
not an invitation. Where the mail names a job ("the Reporter position", "UX Researcher role",
"Werkstudent"), the same words are the employer's and the interview is read as before.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

CLAIMING = {"invitation", "reschedule", "cancellation", "reply"}


def _mail(subject: str, body: str, zone: str, sender: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 12, 1, 9, 12, tzinfo=ZoneInfo(zone)))
    message["Message-ID"] = f"<other-sense-{abs(hash(body))}@example.org>"
    message.set_content(body)
    return message.as_bytes()


OTHER_SENSES = {
    "podcast_de": (
        "Interview für unseren Podcast",
        "Hallo Alex,\n\nschön, dass du Gast in unserem Podcast sein willst! Die Aufnahme des "
        "Interviews ist am Donnerstag, 10. Dezember, um 16 Uhr.\n\nBis dann,\nLena",
        "Europe/Berlin",
    ),
    "journalist_fr": (
        "Demande d'interview",
        "Bonjour Alex,\n\nJe suis journaliste et je prépare un article sur le télétravail. "
        "Seriez-vous disponible pour une interview jeudi 10 décembre à 10 h ?\n\nClaire",
        "Europe/Paris",
    ),
    "user_research_en": (
        "Your session is confirmed",
        "Hi Alex,\n\nThanks for signing up for our user research study. Your 45-minute "
        "session is booked for Tuesday 8 December at 2:00pm GMT on Zoom.\n\nResearch Ops",
        "Europe/London",
    ),
    "thesis_es": (
        "Entrevista para mi TFM",
        "Hola Alex:\n\nEstoy escribiendo mi TFM sobre equipos remotos y me encantaría "
        "entrevistarte el miércoles 9 de diciembre a las 17:00.\n\nLucía",
        "Europe/Madrid",
    ),
    "radio_nl": (
        "Interview woensdag",
        "Hoi Alex,\n\nLeuk dat je komt praten in ons radioprogramma! Het interview is woensdag "
        "9 december om 11.30 uur in de studio.\n\nSanne",
        "Europe/Amsterdam",
    ),
    "naturalisation_en": (
        "Your naturalization interview",
        "Your naturalization interview has been scheduled for Monday, December 14, 2026 at "
        "9:30 AM at the field office. Bring this notice and your green card.",
        "America/Los_Angeles",
    ),
    "magazine_pl": (
        "Wywiad",
        "Dzień dobry,\n\ndziękuję za zgodę na wywiad. Spotkajmy się w czwartek 10 grudnia o "
        "12:00 w kawiarni.\n\nMarta",
        "Europe/Warsaw",
    ),
    "consulate_pt": (
        "Agendamento confirmado",
        "Olá Alex,\n\nSeu atendimento na embaixada está confirmado para quinta-feira, 10 de "
        "dezembro, às 9h30. Traga o passaporte.\n\nSetor consular",
        "America/Sao_Paulo",
    ),
}


@pytest.mark.parametrize("name", sorted(OTHER_SENSES))
def test_an_interview_that_hires_nobody_is_not_claimed(name: str) -> None:
    subject, body, zone = OTHER_SENSES[name]
    reading = parse_message(_mail(subject, body, zone, "Someone <someone@example.org>"))
    assert not (reading.kind in CLAIMING and reading.confidence >= 0.5), reading
    # the time is kept for the review page: the reader may still want it in the calendar
    assert reading.start is not None
    assert any("not a job interview" in note for note in reading.warnings), reading.warnings


JOBS = (
    "the Reporter position",
    "the UX Researcher role",
    "our Podcast Producer vacancy",
    "the Werkstudent Online-Redaktion",
)


@settings(max_examples=20, deadline=None)
@given(job=st.sampled_from(JOBS), hour=st.integers(min_value=9, max_value=17))
def test_a_job_named_beside_press_or_research_words_is_still_an_interview(
    job: str, hour: int
) -> None:
    body = (
        f"Hi Alex,\n\nThank you for applying for {job}. We would like to invite you to an "
        f"interview on Thursday 10 December at {hour}:00 at our newsroom.\n\nBest regards,\nPerry"
    )
    reading = parse_message(
        _mail("Interview invitation", body, "Europe/London", "Perry <perry@daily.example>")
    )
    assert reading.kind == "invitation"
    assert reading.confidence >= 0.5
    assert reading.start == datetime(2026, 12, 10, hour, tzinfo=ZoneInfo("Europe/London"))


# Meetings of a life the reader already has: at the current job, with the job centre, at a
# child's school. Each names a fixed time and a meeting word; none is a job interview.
NOT_HIRING_MEETINGS = {
    "grievance_en": (
        "Grievance meeting",
        "Dear Alex,\n\nFurther to your grievance dated 20 November, I'd like to invite you to a "
        "grievance meeting on Friday 11 December at 11:00.\n\nRegards,\nHR",
        "Europe/London",
    ),
    "return_to_work_en": (
        "Return to work",
        "Hi Alex,\n\nWelcome back. Let's have your return to work interview on Monday 7 "
        "December at 9:30 in my office.\n\nDan",
        "Europe/London",
    ),
    "jobcenter_de": (
        "Einladung",
        "Sehr geehrter Herr Morgan,\n\nich lade Sie zu einem Gespräch über Ihre berufliche "
        "Situation ein. Bitte kommen Sie am Dienstag, 08.12.2026 um 09:15 Uhr in das Jobcenter, "
        "Zimmer 2.14.\n\nIhre Arbeitsvermittlerin",
        "Europe/Berlin",
    ),
    "france_travail_fr": (
        "Convocation",
        "Bonjour,\n\nVous êtes convoqué à un rendez-vous avec votre conseiller France Travail le "
        "lundi 7 décembre à 14 h 00.\n\nFrance Travail",
        "Europe/Paris",
    ),
    "parents_pt": (
        "Reunião de pais",
        "Prezados responsáveis,\n\na reunião de pais da turma 5B será na quinta-feira, 10 de "
        "dezembro, às 19h, na sala 12.\n\nA coordenação",
        "America/Sao_Paulo",
    ),
    "parents_it": (
        "Riunione genitori",
        "Gentili famiglie,\n\nla riunione dei genitori della classe 3A si terrà giovedì 10 "
        "dicembre alle 17:30.\n\nLa segreteria",
        "Europe/Rome",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_HIRING_MEETINGS))
def test_a_meeting_of_a_life_the_reader_already_has_is_not_claimed(name: str) -> None:
    subject, body, zone = NOT_HIRING_MEETINGS[name]
    reading = parse_message(_mail(subject, body, zone, "Someone <someone@example.org>"))
    assert not (reading.kind in CLAIMING and reading.confidence >= 0.5), reading


def _request(summary: str, body: str, description: str = "") -> bytes:
    """A Google-style iTIP request to the reader, with its one-line text part."""
    calendar = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261210T150000Z\r\n"
        "DTEND:20261210T160000Z\r\nDTSTAMP:20261201T091200Z\r\n"
        "ORGANIZER;CN=Maria:mailto:maria@northwind.example\r\n"
        f"UID:{abs(hash(summary))}@google.com\r\n"
        "ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        "mailto:alex.morgan@mailbox.example\r\n"
        f"SEQUENCE:0\r\nSUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message = EmailMessage()
    message["From"] = "Maria <maria@northwind.example>"
    message["To"] = "alex.morgan@mailbox.example"
    message["Subject"] = f"Invitation: {summary} @ Thu 10 Dec 2026 15:00 - 16:00 (GMT)"
    message["Date"] = "Tue, 01 Dec 2026 09:12:00 +0000"
    message.set_content(body)
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return message.as_bytes()


INVITED = "You have been invited to the following event."
REQUESTS_FOR_NO_JOB = {
    "podcast": ("Podcast recording: The Build Log ep. 42", INVITED, ""),
    "user_research": ("User research session", "Thanks for taking part in our study.", ""),
    "flight": ("Flight LH 923 LHR-FRA", "Your itinerary is attached.", ""),
    "as_interviewer": (
        "Interview: Jordan Lee - Backend Engineer (Technical)",
        f"{INVITED}\n\nPlease review the candidate's CV before the interview and submit your "
        "scorecard.",
        "Candidate: Jordan Lee\\nScorecard: https://ats.example/s/1",
    ),
}


@pytest.mark.parametrize("name", sorted(REQUESTS_FOR_NO_JOB))
def test_a_calendar_request_for_no_job_interview_goes_to_review(name: str) -> None:
    summary, body, description = REQUESTS_FOR_NO_JOB[name]
    reading = parse_message(_request(summary, body, description))
    # the calendar's own facts stay exactly as the file gives them
    assert reading.start == datetime(2026, 12, 10, 15, tzinfo=ZoneInfo("UTC"))
    assert reading.method == "REQUEST"
    assert reading.confidence < 0.5, reading.warnings


def test_a_calendar_request_for_the_readers_interview_stays_sure() -> None:
    reading = parse_message(
        _request("Interview: Alex Morgan / Northwind - Backend Engineer", INVITED)
    )
    assert reading.kind == "invitation"
    assert reading.confidence >= 0.9
