"""Someone else's interview, mailed to the interviewer, the hiring manager or the staff member
who hosts it: the candidate is another named person, and the mail hands the reader a duty
(a feedback form, a grade, the CV to review), casts the reader as interviewer in the
reader's language, or is a booking tool's copy for the staff member. Controls in the same
voices (the reader's own interview, naming the people the reader meets) stay sure.
"""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import interviewer_side, names_another_candidate
from tests.parsing.mailkit import assert_sure_at, bare_mail

SURE = 0.5
READER = frozenset({"sam", "ortiz"})


def _mail(body: str, *, subject: str, to: str = "Sam Ortiz <sam.ortiz@mailbox.example>") -> bytes:
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return bare_mail(
        subject,
        body,
        sender="Hiring Desk <desk@keelwater.example>",
        to=to,
        date="Tue, 03 Mar 2026 08:40:00 +0100",
    )


def _calendar_mail(summary: str, description: str, *, to: str) -> bytes:
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Keelwater//Scheduler//EN\r\nVERSION:2.0\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kw-7731@keelwater.example\r\n"
        "DTSTAMP:20260303T074000Z\r\nDTSTART:20260312T140000Z\r\nDTEND:20260312T144500Z\r\n"
        f"SEQUENCE:0\r\nSUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        "ORGANIZER;CN=Hiring Desk:mailto:desk@keelwater.example\r\n"
        f"ATTENDEE;RSVP=TRUE:mailto:{to}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    text = f"{summary}\r\n{description.replace(chr(92) + 'n', chr(10))}\r\n"
    return (
        f"From: Hiring Desk <desk@keelwater.example>\r\nTo: {to}\r\n"
        f"Subject: Invitation: {summary}\r\nDate: Tue, 03 Mar 2026 08:40:00 +0100\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="kw"\r\n\r\n'
        f"--kw\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        "--kw\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        f"{ics}\r\n--kw--\r\n"
    ).encode()


def _not_sure(raw: bytes) -> None:
    result = parse_message(raw)
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result


def _sure(raw: bytes, start: str) -> None:
    assert_sure_at(raw, start)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview booked: Lena Park",
            "An interview has been scheduled for Lena Park on Thursday 12 March at 10:00. "
            "Please fill in the interview feedback form the same day.",
        ),
        (
            "Gespräch geplant",
            "Ein Gespräch mit Jonas Weber ist am Donnerstag, 12. März um 10:00 Uhr geplant. "
            "Bitte füllen Sie danach das Feedbackformular aus.",
        ),
        (
            "Entrevista programada",
            "Tienes una entrevista con Lucas Pérez el jueves 12 de marzo a las 10:00. Por "
            "favor, revise el CV en el portal antes.",
        ),
        (
            "Entretien planifié",
            "Un entretien avec Chloé Martin aura lieu le jeudi 12 mars à 10h. Merci de "
            "remplir le formulaire d'évaluation ensuite.",
        ),
        (
            "New interview meeting",
            "You have a meeting on Thursday 12 March at 10:00 with nora.vance@mailbox.example. "
            "Afterwards, enter a grade for the applicant.",
        ),
    ],
)
def test_a_duty_and_an_interview_with_another_named_person(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ваш кандидат",
            "Коллеги, добрый день!\n\nВстреча с кандидатом Петром Ивановым в четверг, 12 марта, "
            "в 10:00, переговорная 4.\n",
        ),
        (
            "ראיון ביום חמישי",
            "שלום סאם,\n\nהראיון עם רוני לוי נקבע ליום חמישי, 12 במרץ, בשעה 10:00. אשמח אם "
            "תצטרף כמראיין.\n",
        ),
        (
            "Szkolenie",
            "Cześć Sam,\n\nzapraszamy na szkolenie dla osób prowadzących rozmowy rekrutacyjne "
            "w czwartek, 12 marca, o 10:00.\n",
        ),
        (
            "Colloquio giovedì",
            "Ciao Sam,\n\nti chiedo di esserci al colloquio con la candidata Sara Neri, giovedì "
            "12 marzo alle 10:00.\n",
        ),
    ],
)
def test_the_reader_on_the_interviewing_side_in_more_languages(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYou have one confirmed Interview appointment on March 12, 2026 at 10:00 am. "
        "The appointment is added to your schedule.",
        "Hallo Sam,\n\nSie haben einen bestätigten Termin am 12.03.2026 um 10:00. Der Termin "
        "wurde Ihrem Terminplan hinzugefügt.",
    ],
)
def test_a_booking_tools_copy_for_the_staff_member(body: str) -> None:
    _not_sure(_mail(body, subject="Appointment Approved"))


def test_a_calendar_interview_titled_with_another_candidate() -> None:
    raw = _calendar_mail(
        "Interview: Nora Vance – Data Analyst",
        "Candidate profile: https://ats.keelwater.example/c/41\\nFeedback form: "
        "https://ats.keelwater.example/f/41",
        to="sam.ortiz@mailbox.example",
    )
    _not_sure(raw)


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Your interview with Priya Raman",
            "Hi Sam,\n\nYour interview with Priya Raman, our hiring manager, is on Thursday 12 "
            "March at 10:00. Please bring your CV.",
            "2026-03-12T10:00",
        ),
        (
            "Su entrevista",
            "Hola Sam:\n\nSu entrevista con Marta Gil es el jueves 12 de marzo a las 10:00. "
            "Revise su CV antes, por favor.",
            "2026-03-12T10:00",
        ),
        (
            "Colloquio giovedì",
            "Ciao Marta,\n\nti confermo il colloquio con la candidata Marta Rossi (cioè te) "
            "giovedì 12 marzo alle 10:00.\n",
            "2026-03-12T10:00",
        ),
    ],
)
def test_own_interview_naming_people_stays_sure(subject: str, body: str, start: str) -> None:
    # sent to the person greeted: a greeting to someone else sends a reading to review
    to = (
        "Marta Rossi <marta.rossi@mailbox.example>"
        if "Marta," in body
        else "Sam Ortiz <s@x.example>"
    )
    _sure(_mail(body, subject=subject, to=to), start)


def test_a_calendar_interview_titled_with_the_readers_own_name_stays_sure() -> None:
    raw = _calendar_mail(
        "Interview: Sam Ortiz for Backend Engineer",
        "You'll meet Priya Raman, our hiring manager, and Tom Lee from the platform team.",
        to="sam.ortiz@mailbox.example",
    )
    result = parse_message(raw)
    assert result.kind == "invitation", result
    assert result.confidence >= 0.9, result


def test_a_duty_word_needs_someone_else_to_be_interviewed() -> None:
    duty = "Please fill in the feedback form afterwards."
    assert interviewer_side("Interview", f"An interview with Lena Park. {duty}", READER)
    assert not interviewer_side("Interview", f"An interview with Sam Ortiz. {duty}", READER)
    # a date after "scheduled for" is no person
    assert not interviewer_side("Interview", f"Scheduled for Thursday March 12. {duty}", READER)


def test_a_notice_whose_candidate_field_names_someone_else() -> None:
    rows = "Date: Thursday, 12 March 2026\nTime: 10:00\nLocation: Online\n"
    other = f"Hello Sam Ortiz,\n\nAn interview for the QA Lead role is booked.\n\n{rows}"
    _not_sure(_mail(f"{other}Candidate: Nora Vance\n", subject="Interview scheduled"))
    # the candidate's own copy names the interviewer, or the reader as the candidate
    own = f"Hello Sam Ortiz,\n\nYour interview for the QA Lead role is booked.\n\n{rows}"
    _sure(_mail(f"{own}Interviewer: Nora Vance\n", subject="Your interview"), "2026-03-12T10:00")
    _sure(_mail(f"{own}Candidate: Sam Ortiz\n", subject="Your interview"), "2026-03-12T10:00")
    assert not names_another_candidate("Candidate: Nora Vance", frozenset())


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Entretien jeudi",
            "Bonjour Sam,\n\nUn entretien avec Hugo Lemaire est prévu le jeudi 12 mars à 10h. "
            "Consultez le CV dans le portail avant l'entretien.",
        ),
        (
            "Interview am Donnerstag",
            "Hallo Sam,\n\nein Interview mit Jonas Keller ist am Donnerstag, 12. März um 10:00 "
            "Uhr geplant. Bitte sehen Sie sich die Bewerbungsunterlagen vorher an.",
        ),
        (
            "Interview booked",
            "Hello Sam Ortiz,\n\nDate: Thursday, 12 March 2026\nTime: 10:00\n"
            "Candidate name: Nora Vance\n",
        ),
    ],
)
def test_more_languages_of_the_interviewers_copy(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))
