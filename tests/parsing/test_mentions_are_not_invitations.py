"""Mail that mentions a meeting without setting one must not land in the calendar.

Each test builds a message the way a mail client or an employer writes it and checks what a
job seeker would see: no invitation with confidence >= 0.5, or the right slot and kind.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.header import Header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SURE = 0.5


def _mail(body: str, *, subject: str, headers: str = "", sender: str = "") -> bytes:
    sender = sender or "Ana Ruiz <ana.ruiz@harbourline-logistics.com>"
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return (
        f"From: {sender}\r\nTo: jo@example.org\r\nSubject: {subject}\r\n"
        "Date: Mon, 20 Apr 2026 12:48:00 +0200\r\n"
        f"{headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def _claims_invitation(raw: bytes) -> bool:
    result = parse_message(raw)
    return result.kind != "not_invitation" and result.confidence >= SURE


INVITATION = (
    "Hello,\r\n\r\nWe would like to invite you to an interview on Thursday, 23 April 2026 at "
    "10:00 CEST at our Madrid office.\r\n\r\nBest regards,\r\nAna\r\n"
)


def test_the_same_invitation_is_read_without_the_markers() -> None:
    result = parse_message(_mail(INVITATION, subject="Interview invitation"))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 4, 23, 8, 0, tzinfo=UTC)
    assert result.confidence >= SURE


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["auto-replied", "auto-replied; owner-email=ana@x.com"]),
    st.sampled_from(["Interview invitation", "Re: interview"]),
)
def test_an_rfc3834_auto_reply_is_never_an_invitation(submitted: str, subject: str) -> None:
    raw = _mail(INVITATION, subject=subject, headers=f"Auto-Submitted: {submitted}\r\n")
    assert not _claims_invitation(raw)


def test_an_auto_reply_is_not_the_employer_getting_back() -> None:
    body = "Thank you for your application. I am out of the office until Monday 27 April.\r\n"
    result = parse_message(
        _mail(
            body, subject="Automatic reply: Interview", headers="Auto-Submitted: auto-replied\r\n"
        )
    )
    assert result.kind == "not_invitation"
    assert result.category == "other"


def test_auto_generated_notifications_are_still_read() -> None:
    # ATS and calendar tools mark their notices auto-generated; those are real invitations
    raw = _mail(
        INVITATION, subject="Interview invitation", headers="Auto-Submitted: auto-generated\r\n"
    )
    assert _claims_invitation(raw)


@given(
    st.sampled_from(
        [
            "Automatic reply: Interview",
            "Automatische Antwort: Vorstellungsgespräch",
            "Réponse automatique : entretien",
            "Respuesta automática: entrevista",
            "Risposta automatica: colloquio",
            "Out of Office: interview",
        ]
    )
)
def test_a_responders_subject_marks_an_auto_reply(subject: str) -> None:
    assert not _claims_invitation(_mail(INVITATION, subject=subject))


def test_a_weekday_in_quoted_mail_counts_from_that_mails_date() -> None:
    # quoted on Monday 13 April: "jueves" is 16 April, a week before this reply of 20 April
    body = (
        "Hola Diego:\r\n\r\nGracias de nuevo por venir el jueves. Le escribiremos pronto.\r\n\r\n"
        "El lun, 13 abr 2026 a las 10:03, Ana Ruiz (<ana.ruiz@harbourline-logistics.com>) "
        "escribió:\r\n> Hola Diego:\r\n> le proponemos una entrevista el jueves a las 10:00 en "
        "nuestras oficinas.\r\n"
    )
    result = parse_message(_mail(body, subject="Re: Entrevista"))
    assert result.confidence < SURE or result.kind == "not_invitation"
    assert result.start is None or result.start < datetime(2026, 4, 20, tzinfo=UTC)


def test_an_outlook_reply_quotes_the_invitation_it_does_not_forward_it() -> None:
    body = (
        "Hallo Herr Baumann,\r\n\r\nja, Sie können gerne auf dem Besucherparkplatz parken.\r\n\r\n"
        "-----Ursprüngliche Nachricht-----\r\nVon: Ruiz, Ana <ana.ruiz@harbourline-logistics.com>"
        "\r\nGesendet: Montag, 13. April 2026 09:12\r\nAn: Felix Baumann <jo@example.org>\r\n"
        "Betreff: Einladung zum Vorstellungsgespräch\r\n\r\nwir laden Sie am Mittwoch, den 22. "
        "April 2026 um 14:00 Uhr zu einem Vorstellungsgespräch ein.\r\n"
    )
    raw = _mail(body, subject="AW: Einladung zum Vorstellungsgespräch")
    result = parse_message(raw)
    assert result.original_sender is None  # a reply, not a forward
    assert not _claims_invitation(raw)


def test_the_same_block_under_a_forward_subject_is_a_forward() -> None:
    body = (
        "-----Ursprüngliche Nachricht-----\r\nVon: Ruiz, Ana <ana.ruiz@harbourline-logistics.com>"
        "\r\nGesendet: Montag, 13. April 2026 09:12\r\nAn: Felix Baumann <jo@example.org>\r\n"
        "Betreff: Einladung zum Vorstellungsgespräch\r\n\r\nwir laden Sie am Mittwoch, den 22. "
        "April 2026 um 14:00 Uhr zu einem Vorstellungsgespräch ein.\r\n"
    )
    raw = _mail(body, subject="WG: Einladung zum Vorstellungsgespräch", sender="jo@example.org")
    result = parse_message(raw)
    assert result.original_sender == "ana.ruiz@harbourline-logistics.com"
    assert result.kind == "invitation"


def test_a_job_offer_with_a_first_day_is_not_an_interview() -> None:
    body = (
        "Hi Mina,\r\n\r\nI'm delighted to offer you the position of Product Designer!\r\n"
        "Start date: Monday, May 4, 2026 - please come to reception at 9:00 AM.\r\n"
        "Questions? Grab 15 minutes on my calendar any time.\r\n"
    )
    assert not _claims_invitation(_mail(body, subject="Your offer"))


def test_a_cancellation_that_gives_a_filled_post_as_reason_keeps_its_slot() -> None:
    body = (
        "Hi Aaron,\r\n\r\nI'm sorry to let you know that we need to cancel your interview "
        "scheduled for Thursday, April 23 at 2:00 PM ET. The position has been filled "
        "internally.\r\n"
    )
    result = parse_message(_mail(body, subject="Interview cancelled"))
    assert result.kind == "cancellation"
    assert result.start == datetime(2026, 4, 23, 18, 0, tzinfo=UTC)


def test_a_move_from_one_slot_to_another_takes_the_second() -> None:
    body = (
        "Estimada Irene:\r\n\r\nhemos reprogramado su entrevista del lunes 27 de abril a las "
        "9:30 al miércoles 29 de abril a las 12:00 (hora peninsular).\r\n"
    )
    result = parse_message(_mail(body, subject="Cambio de fecha de su entrevista"))
    assert result.kind == "reschedule"
    assert result.start == datetime(2026, 4, 29, 10, 0, tzinfo=UTC)


def test_the_post_is_read_after_a_french_or_spanish_cue() -> None:
    fr = "Bonjour,\r\n\r\nSuite à votre candidature au poste de Chargée de communication, nous"
    es = "Hola:\r\n\r\nNos gustaría conocerte para el puesto de Ingeniera de Proyectos el martes."
    de = "Guten Tag,\r\n\r\nvielen Dank für Ihre Bewerbung als Referentin Einkauf (m/w/d). Wir"
    assert parse_message(_mail(fr, subject="Candidature")).role == "Chargée de communication"
    assert parse_message(_mail(es, subject="Candidatura")).role == "Ingeniera de Proyectos"
    assert parse_message(_mail(de, subject="Bewerbung")).role == "Referentin Einkauf (m/w/d)"


@given(
    st.sampled_from(
        [
            "Thanks so much for coming in on Friday at 1pm - the team enjoyed meeting you.",
            "We spoke last Friday at 3pm; here are the notes.",
            "Nos vimos el viernes pasado a las 10:00 para la entrevista.",
            "Merci pour notre échange de vendredi à 10h, nous revenons vers vous.",
        ]
    )
)
def test_a_weekday_that_looks_back_is_the_one_before_the_mail(body: str) -> None:
    # sent on Monday 20 April: the Friday meant is 17 April, not 24 April
    assert not _claims_invitation(_mail(body, subject="Interview"))


def test_thanks_then_a_new_invitation_still_reads_the_next_weekday() -> None:
    body = (
        "Thanks for meeting with us! We'd like to invite you to a second interview on Friday "
        "at 10:00 CEST."
    )
    result = parse_message(_mail(body, subject="Second interview"))
    assert result.start == datetime(2026, 4, 24, 8, 0, tzinfo=UTC)


FORWARDED_REQUEST = """From: Jo Doe <jo.doe@homemail.net>
To: in+inbox@afterview.example
Subject: FW: Interview: Data Engineer
Date: Mon, 20 Apr 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

-----Original Message-----
From: Kim Lee <kim.lee@quarry-analytics.com>
Sent: Friday, April 17, 2026 4:00 PM
To: Jo Doe <jo.doe@homemail.net>
Subject: Interview: Data Engineer

--b1
Content-Type: text/calendar; method=REQUEST; charset=utf-8

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:fwd-attendee-1
DTSTAMP:20260417T160000Z
DTSTART:20260428T140000Z
DTEND:20260428T150000Z
SUMMARY:Interview: Data Engineer
ORGANIZER;CN=Kim Lee:mailto:kim.lee@quarry-analytics.com
ATTENDEE;CN=Sam Park:mailto:sam.park@quarry-analytics.com
ATTENDEE;CN=Jo Doe:mailto:jo.doe@homemail.net
END:VEVENT
END:VCALENDAR
--b1--
""".replace("\n", "\r\n").encode()


def test_the_forwarder_is_never_an_interviewer() -> None:
    result = parse_message(FORWARDED_REQUEST)
    assert result.start == datetime(2026, 4, 28, 14, 0, tzinfo=UTC)
    emails = {person.email for person in result.interviewers}
    assert "jo.doe@homemail.net" not in emails
    assert "sam.park@quarry-analytics.com" in emails
    assert result.organizer is not None
    assert result.organizer.email == "kim.lee@quarry-analytics.com"


@given(
    st.sampled_from(
        [
            "Zu Ihrem Vorstellungsgespräch gehört ein Online-Test. Bearbeitungsfrist: "
            "28.04.2026, 18:00 Uhr.",
            "Votre entretien commence par un test en ligne. Date limite : 28/04/2026 à 18h00.",
            "Su entrevista incluye una prueba en línea. Fecha límite: 28/04/2026 a las 18:00.",
            "Il colloquio prevede un test online. Scadenza: 28/04/2026 alle 18:00.",
        ]
    )
)
def test_a_deadline_in_any_language_is_no_meeting(body: str) -> None:
    assert not _claims_invitation(_mail(body, subject="Interview"))


def _slot_list(lines: list[str]) -> str:
    return "Hello,\r\n\r\nFor the interview we can offer:\r\n" + "\r\n".join(lines) + "\r\n"


@given(
    st.sampled_from(
        [
            ["- Tuesday 28 April 2026, 10:00 CEST", "- Thursday 30 April 2026, 15:00 CEST"],
            ["* Di., 28.04.2026, 10:00 Uhr", "* Do., 30.04.2026, 15:00 Uhr"],
            ["- mardi 28 avril 2026 à 10h00", "- jeudi 30 avril 2026 à 15h00"],
            ["1. martes 28 de abril de 2026, a las 10:00", "2. jueves 30 de abril, a las 15:00"],
        ]
    ),
    st.sampled_from(["Please vote in the poll: https://poll.example/x", "Reply with your pick."]),
)
def test_slots_on_several_days_are_a_choice_not_a_booking(lines: list[str], ask: str) -> None:
    raw = _mail(_slot_list(lines) + ask + "\r\n", subject="Interview - your availability")
    result = parse_message(raw)
    assert not _claims_invitation(raw)
    assert any("different days" in warning for warning in result.warnings)


def test_one_slot_with_its_end_and_a_restated_subject_is_still_booked() -> None:
    body = (
        "Hello,\r\n\r\nYour interview is confirmed for Thursday, 23 April 2026 from 10:00 to "
        "11:00 CEST at our Madrid office.\r\n\r\nBest regards,\r\nAna\r\n"
    )
    raw = _mail(body, subject="Interview confirmed: Thu 23 April 2026 10:00")
    assert _claims_invitation(raw)


@given(
    st.sampled_from(
        [
            ("Accepted: Interview - Data Analyst", "Jo Park has accepted this invitation."),
            ("Declined: Interview - Data Analyst", "Jo Park has declined the invitation."),
            ("Abgelehnt: Vorstellungsgespräch", "Jo Park hat die Einladung abgelehnt."),
            ("Refusé : Entretien", "Jo Park a refusé l'invitation."),
            ("Fwd: Aceptado: Entrevista", "Jo Park ha aceptado la invitación."),
        ]
    )
)
def test_an_answer_to_an_invitation_sets_no_meeting(pair: tuple[str, str]) -> None:
    subject, line = pair
    body = f"{line}\r\n\r\nInterview\r\nWhen: Thursday, 23 April 2026 10:00-11:00 CEST\r\n"
    assert not _claims_invitation(_mail(body, subject=subject))


@given(
    st.sampled_from(
        [
            (
                "New message",
                "@jo you have been mentioned: interview with the candidate Thursday "
                "23 April 2026 at 10:00 CEST?",
            ),
            (
                "Slack",
                "Ana mentioned you in #hiring: can you run the interview on 23 April "
                "2026 at 10:00 CEST?",
            ),
            (
                "Team",
                "Sie wurden von ana in #bewerbung erwähnt: Gespräch am 23.04.2026 um 10:00 Uhr?",
            ),
        ]
    )
)
def test_a_chat_mention_about_someone_elses_interview_is_no_invitation(
    pair: tuple[str, str],
) -> None:
    subject, body = pair
    assert not _claims_invitation(_mail(body + "\r\n", subject=subject))


@given(
    st.sampled_from(
        [
            "Please complete the online test by Thursday, 23 April 2026, 18:00 CEST.",
            "Due date: Thursday, 23 April 2026, 18:00 CEST. Your interview depends on it.",
            "Tienes hasta el jueves 23 de abril de 2026 a las 18:00 para la prueba de la "
            "entrevista.",
            "Prazo para entrega: 23/04/2026 às 18h - desafio da entrevista.",
        ]
    )
)
def test_a_deadline_named_before_the_date_is_no_meeting(body: str) -> None:
    assert not _claims_invitation(_mail(body + "\r\n", subject="Interview process"))


def test_a_quoted_future_slot_under_a_reply_is_no_new_invitation() -> None:
    body = (
        "Yes, there is visitor parking at the side entrance.\r\n\r\n"
        "On Mon, 20 Apr 2026 at 09:00, Ana Ruiz <ana.ruiz@harbourline-logistics.com> wrote:\r\n"
        "> We would like to invite you to an interview on Thursday, 23 April 2026 at 10:00\r\n"
        "> CEST at our Madrid office.\r\n"
    )
    result = parse_message(_mail(body, subject="Re: Interview invitation"))
    assert result.kind == "not_invitation"
    assert any("quoted" in warning for warning in result.warnings)


@given(
    st.sampled_from(
        [
            "Nous sommes au regret de vous informer que nous ne donnerons pas suite, après "
            "notre entretien du jeudi 16 avril 2026 à 10h00.",
            "Naar aanleiding van ons gesprek van 16 april 2026 om 10:00 bieden wij je graag de "
            "functie aan. Reageer uiterlijk 24 april 2026.",
        ]
    )
)
def test_a_refusal_or_offer_naming_the_interview_is_no_invitation(body: str) -> None:
    assert not _claims_invitation(_mail(body + "\r\n", subject="Uw sollicitatie / Candidature"))


@given(
    st.sampled_from(
        [
            (
                "You're going to Interview Skills Workshop",
                "You're going!\r\nInterview Skills "
                "Workshop\r\nThursday, 23 April 2026, 18:30 to 20:00 CEST\r\n",
            ),
            (
                "Your ticket for Career Night",
                "Here is your ticket for Career Night: practice "
                "interviews with recruiters.\r\nDate: Thursday, 23 April 2026, 18:30 CEST\r\n",
            ),
            (
                "Reminder: Interview Skills Meetup starts tomorrow",
                "Your event is tomorrow.\r\nThursday 23 April 2026 · 18:30 CEST\r\n",
            ),
        ]
    )
)
def test_a_seat_at_a_career_event_is_no_interview(pair: tuple[str, str]) -> None:
    subject, body = pair
    assert not _claims_invitation(_mail(body, subject=subject))


def test_two_times_on_one_day_joined_by_or_are_a_choice() -> None:
    body = "For the interview we have Thursday 23 April 2026 at 10:00 CEST or at 14:00 CEST.\r\n"
    assert not _claims_invitation(_mail(body, subject="Interview slots"))


def test_a_two_day_visit_programme_is_still_one_invitation() -> None:
    body = (
        "Hello,\r\n\r\nWe invite you to our campus interview. Programme:\r\n\r\n"
        "Thursday, 23 April 2026\r\n  8:00 CEST  Pick-up at the hotel\r\n  9:00  Panel\r\n"
        "  12:00  Lunch\r\n  14:00  Seminar\r\n\r\nFriday, 24 April 2026\r\n"
        "  8:30 CEST  Meeting with the dean\r\n  10:00  Shuttle\r\n"
    )
    result = parse_message(_mail(body, subject="Campus interview programme"))
    assert not any("different days" in warning for warning in result.warnings)


def test_a_chat_channel_digest_about_an_interview_is_no_invitation() -> None:
    body = (
        "You have 1 new message in #hiring:\r\nKim: interview with the candidate moved to "
        "Thursday 23 April 2026 at 10:00 CEST\r\n"
    )
    assert not _claims_invitation(_mail(body, subject="New message from Kim"))


@given(
    st.sampled_from(
        [
            "This is a friendly reminder of the task 'Interview prep call' at Thursday 23 "
            "April 2026 10:00 CEST.",
            "Kim assigned you to the task 'Run interview with candidate' on Thursday 23 April "
            "2026 at 10:00 CEST.",
            "Die Aufgabe 'Vorstellungsgespräch vorbereiten' ist fällig am 23.04.2026 um 10:00 Uhr.",
        ]
    )
)
def test_a_task_tool_reminder_is_no_invitation(body: str) -> None:
    assert not _claims_invitation(_mail(body + "\r\n", subject="Reminder"))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your flight confirmation XK7QP2",
            "Booking reference XK7QP2\r\nDeparture: Thu 23 Apr 2026 07:45 Madrid (MAD)\r\n"
            "Arrival: Thu 23 Apr 2026 09:10 London (LHR)\r\n",
        ),
        (
            "Delivery scheduled",
            "Your parcel will be delivered on Thursday, 23 April 2026 between 10:00 and 14:00.",
        ),
        (
            "Exam schedule",
            "Written exam on Thursday 23 April 2026 at 10:00 in room H1. Bring your student ID.",
        ),
        (
            "Terminbestätigung",
            "Wir bestätigen Ihren Termin am Donnerstag, 23.04.2026 um 10:00 Uhr in unserer Praxis.",
        ),
        (
            "Booking request received",
            "We received your booking request for a meeting room on Thursday 23 April 2026, "
            "10:00-11:00. It is pending approval by the administrator.",
        ),
        (
            "Reminder: coding assessment",
            "Please complete your online coding assessment before Thursday 23 April 2026, "
            "10:00 CEST. It takes about 90 minutes.",
        ),
        (
            "Ihre Anmeldung zum Karriereabend",
            "Vielen Dank für Ihre Zusage zum Karriereabend am Donnerstag, 23. April 2026, "
            "18:30 Uhr. Treffen Sie unsere Teams beim Get-together.",
        ),
        (
            "New poll: team interview slot",
            "Max has created a poll 'Team interview slot for Jo'. Options: Thu 23.04. 10:00, "
            "Thu 23.04. 14:00. Vote now.",
        ),
        (
            "Prepare for your interview",
            "Your interview is coming up! Join our free prep session on Wednesday 22 April at "
            "19:00 CEST to practise the usual questions.",
        ),
        (
            "Re: Interview",
            "Hi Ana, thanks for the invite for Thursday 23 April at 10:00, I have accepted it "
            "in my calendar. See you then!",
        ),
        (
            "Quick call?",
            "Hi Jo, we help engineering leaders hire faster. Would you have 15 minutes on "
            "Thursday 23 April at 14:00 for a quick demo?",
        ),
        (
            "Your talk is scheduled",
            "Your talk 'Rust at scale' has been scheduled for Thursday 23 April 2026, 10:00, "
            "Room B.",
        ),
        (
            "线上招聘会报名成功",
            "欢迎报名参加线上招聘会！时间：2026年4月23日 14:00-17:00。届时将有50家企业在线面试。",
        ),
        (
            "Kariyer Fuarı'na davetlisiniz",
            "Kariyer Fuarı 23 Nisan 2026 Perşembe günü saat 10:00'da başlıyor! Yerinde mülakat "
            "fırsatı. Ücretsiz kayıt olun.",
        ),
        (
            "ندوة مجانية",
            "سجل الآن في ندوة عبر الإنترنت حول المقابلة الشخصية يوم الخميس 23 أبريل 2026 الساعة "
            "7:00 مساءً.",
        ),
        (
            "Appointment reminder",
            "Your dental check-up with Dr Patel is on Thursday 23 April 2026 at 08:40. "
            "Reply C to confirm.",
        ),
        (
            "Réunion parents-professeurs",
            "Madame, Monsieur, la réunion parents-professeurs aura lieu le jeudi 23 avril à "
            "17h30 en salle 12.",
        ),
        (
            "Appello d'esame",
            "Gentili studenti, l'appello d'esame di Statistica è fissato per giovedì 23 aprile "
            "alle 9:00 in aula 3.",
        ),
        (
            "Verpasste Nachrichten",
            "Sie haben verpasste Nachrichten in Teams: Max: passt dir Donnerstag 23.04. um "
            "14 Uhr für das Gespräch?",
        ),
        (
            "Unterlagen",
            "Bitte laden Sie bis Donnerstag, 23. April, 12:00 Uhr Ihre Zeugnisse hoch. Danach "
            "melden wir uns mit einem Terminvorschlag für das Gespräch.",
        ),
        (
            "Re: Entrevista",
            "Olá Ana,\r\n\r\nnão consigo na quinta-feira, 23 de abril, às 10h. Podemos remarcar?",
        ),
    ],
)
def test_bookings_notices_and_declines_are_not_sure_invitations(subject: str, body: str) -> None:
    assert not _claims_invitation(_mail(body, subject=subject))


def test_an_employer_in_health_care_still_invites() -> None:
    body = (
        "Hollis Dental Group has scheduled a phone interview with you for the Practice "
        "Manager role on Thursday 23 April 2026 at 10:00 CEST."
    )
    assert _claims_invitation(_mail(body, subject="Interview scheduled"))


@pytest.mark.parametrize("status", ["zatwierdzenie", "akceptację", "potwierdzenie"])
@pytest.mark.parametrize("verb", ["oczekuje", "czeka"])
def test_a_polish_booking_still_waiting_for_approval_is_no_invitation(
    verb: str, status: str
) -> None:
    body = (
        "Dzień dobry,\r\n\r\notrzymaliśmy prośbę o rezerwację: rozmowa kwalifikacyjna, "
        f"czwartek 23.04.2026, godz. 10:00. Rezerwacja {verb} na {status} przez pracownika; "
        "dostaniesz osobną wiadomość.\r\n"
    )
    assert not _claims_invitation(_mail(body, subject="Twoja rezerwacja"))


def test_the_polish_booking_once_confirmed_is_still_read() -> None:
    body = (
        "Dzień dobry,\r\n\r\nTwoja rezerwacja została potwierdzona: rozmowa kwalifikacyjna, "
        "czwartek 23.04.2026, godz. 10:00, ul. Długa 5, Gdańsk.\r\n"
    )
    result = parse_message(_mail(body, subject="Twoja rezerwacja"))
    assert result.kind == "invitation"
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (10, 0)


@pytest.mark.parametrize(
    "status",
    [
        "Your appointment is not confirmed yet.",
        "Your booking has not been confirmed yet.",
        "You have not been booked yet.",
        "This interview is not yet confirmed.",
    ],
)
def test_a_booking_request_not_yet_confirmed_is_no_invitation(status: str) -> None:
    body = (
        "Request received\r\n\r\nRequested: Thursday, 23 April 2026 at 10:00 AM CEST\r\n"
        f"Interview with Ana Ruiz (45 min)\r\n\r\n{status} We will let you know once it is "
        "accepted.\r\n"
    )
    assert not _claims_invitation(_mail(body, subject="Appointment request received"))


@pytest.mark.parametrize("who", ["Ana Ruiz has", "The hiring team have"])
def test_new_times_proposed_to_choose_from_are_no_claim(who: str) -> None:
    body = (
        f"{who} proposed new times for your interview:\r\n\r\n"
        "- Thursday, 23 April 2026, 10:00 - 10:30 CEST\r\n"
        "- Friday, 24 April 2026, 14:00 - 14:30 CEST\r\n\r\nChoose one: "
        "https://scheduler.example/p/1\r\n"
    )
    assert not _claims_invitation(_mail(body, subject="New times proposed"))
