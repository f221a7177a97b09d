"""Who commits to the time: mail whose time is not a meeting set for the reader stays unsure.

The time an employer decides, a time offered only "if you are interested", the hour someone is
back at work, an answer to an event the reader organises, an invoice's due hour, a session for
all candidates, a reminder from a calendar the reader watches for someone else, a test link's
expiry. Each signal is shown in two languages or more, and each has a control: the same
sender's voice giving the reader a slot of their own keeps its confidence.
"""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, bare_mail

SURE = 0.5


def _mail(body: str, *, subject: str, sender: str = "") -> bytes:
    sender = sender or "Ines Okafor <ines.okafor@tallow-systems.example>"
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return bare_mail(
        subject,
        body,
        sender=sender,
        to="Jo Lehmann <jo.lehmann@mailbox.example>",
        date="Mon, 20 Apr 2026 09:12:00 +0200",
    )


def _not_sure(raw: bytes, reason: str) -> None:
    result = parse_message(raw)
    assert result.kind == "not_invitation" or result.confidence < SURE, result
    if result.kind != "not_invitation":
        assert any(reason in warning for warning in result.warnings), result.warnings


def _sure(raw: bytes, start: str) -> None:
    assert_sure_at(raw, start)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Notes from your interview",
            "Hi Jo,\r\n\r\nThanks for coming in last week. The team liked your case study.\r\n"
            "\r\nOur directors meet on Thursday 23 April at 16:00 CEST to reach a decision and "
            "I will let you know straight after.\r\n\r\nInes\r\n",
        ),
        (
            "Terugkoppeling gesprek",
            "Hoi Jo,\r\n\r\nBedankt voor het gesprek van vorige week.\r\n\r\nHet team neemt "
            "donderdag 23 april om 16:00 uur een besluit en we laten je daarna weten hoe het "
            "verder gaat.\r\n\r\nInes\r\n",
        ),
    ],
)
def test_the_time_an_employer_decides_is_not_a_meeting(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "when they decide or answer")


def test_feedback_that_books_the_next_round_stays_sure() -> None:
    body = (
        "Hi Jo,\r\n\r\nThe team's decision is in and it is good news.\r\n\r\nYour final "
        "interview is scheduled for Thursday 23 April at 16:00 CEST with our CTO, Dana "
        "Whitfield.\r\n\r\nInes\r\n"
    )
    _sure(_mail(body, subject="Final round"), "2026-04-23T16:00:00+02:00")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "A role you might like",
            "Hi Jo,\r\n\r\nI recruit for a logistics scale-up in Hamburg. If you're interested,"
            " we could have a coffee with their COO on Wednesday 22 April at 10:00 CEST.\r\n\r\n"
            "Ines\r\n",
        ),
        (
            "Kort hej",
            "Hej Jo!\r\n\r\nJag rekryterar till ett bolag i Malmö. Om du är intresserad kan vi "
            "ses på en kaffe onsdag 22 april kl. 10.00.\r\n\r\nInes\r\n",
        ),
    ],
)
def test_a_time_offered_only_if_the_reader_is_interested_is_not_booked(
    subject: str, body: str
) -> None:
    _not_sure(_mail(body, subject=subject), "only if you are interested")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview",
            "Thanks for your message. I am away and will be back in the office on Tuesday 28 "
            "April at 9:00.\r\n\r\nInes\r\n",
        ),
        (
            "Re: Colloquio",
            "Grazie per il messaggio. Sono in ferie e rientrerò martedì 28 aprile alle 9:00."
            "\r\n\r\nInes\r\n",
        ),
    ],
)
def test_the_hour_someone_is_back_at_work_is_not_a_meeting(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "back at work")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Sam Reyes will attend your event",
            "Hi Jo,\r\n\r\nSam Reyes will attend your event.\r\n\r\nInterview practice circle"
            "\r\nThursday 23 April 2026, 18:30 CEST\r\nOnline: https://meet.example/circle\r\n",
        ),
        (
            "Respuesta a tu evento",
            "Hola Jo:\r\n\r\nSam Reyes asistirá a tu sesión «Simulacro de entrevistas».\r\n\r\n"
            "Jueves 23 de abril de 2026, 18:30 (hora de Madrid)\r\n",
        ),
    ],
)
def test_an_answer_to_an_event_the_reader_organises_sets_nothing(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "an event you organise")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Invoice 4471 from Quill CV Studio",
            "Hello Jo,\r\n\r\nThank you for booking interview coaching with us.\r\n\r\nAmount: "
            "EUR 120.00\r\nPayable on Friday 24 April 2026 at 12:00 CEST.\r\n",
        ),
        (
            "Rechnung 4471 – Bewerbungscoaching",
            "Hallo Jo,\r\n\r\ndanke für Ihre Buchung des Interviewtrainings.\r\n\r\nBetrag: "
            "120,00 EUR\r\nZahlbar am Freitag, 24. April 2026, um 12:00 Uhr.\r\n",
        ),
    ],
)
def test_an_invoice_gives_a_due_hour_not_a_meeting(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "invoice, receipt or payment")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Q&A evening",
            "Hello,\r\n\r\nAll candidates for our apprenticeships are welcome to a Q&A evening "
            "on Thursday 23 April at 18:00 CEST in our Leipzig office.\r\n\r\nInes\r\n",
        ),
        (
            "Sessão de dúvidas",
            "Olá!\r\n\r\nConvidamos todos os candidatos para uma sessão de dúvidas na quinta, "
            "23/04, às 18h, no nosso escritório.\r\n\r\nInes\r\n",
        ),
    ],
)
def test_a_session_for_all_candidates_is_not_the_readers_slot(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "for a whole group")


def test_the_readers_own_slot_after_a_group_session_stays_sure() -> None:
    body = (
        "Hi Jo,\r\n\r\nAfter the Q&A evening for all candidates, your individual interview "
        "is on Thursday 23 April at 19:10 CEST with Dana Whitfield in room 3.\r\n\r\nInes\r\n"
    )
    _sure(_mail(body, subject="Your interview slot"), "2026-04-23T19:10:00+02:00")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Invitation received on behalf of Pat Kim",
            "You are receiving this because you are a delegate for Pat Kim.\r\n\r\nPat Kim has "
            "been invited to: Budget review\r\nThursday 23 April 2026, 14:00 - 15:00 CEST\r\n",
        ),
        (
            "Promemoria dal calendario condiviso",
            "Promemoria di un evento del calendario condiviso con te da Pat Kim:\r\n\r\nRiunione"
            " con il fornitore\r\ngiovedì 23 aprile 2026, 14:00 – 15:00\r\n",
        ),
        (
            "Erinnerung: Teamrunde",
            "Erinnerung aus dem freigegebenen Kalender von Pat Kim:\r\n\r\nTeamrunde mit dem "
            "Vertrieb\r\nDonnerstag, 23. April 2026, 14:00 – 15:00 Uhr\r\n",
        ),
        (
            "Rappel : point fournisseur",
            "Vous recevez ce rappel en tant que délégué de Pat Kim.\r\n\r\nPoint fournisseur"
            "\r\njeudi 23 avril 2026, 14h00 – 15h00\r\n",
        ),
        (
            "Herinnering: overleg",
            "Herinnering uit de gedeelde agenda van Pat Kim:\r\n\r\nOverleg met de leverancier"
            "\r\ndonderdag 23 april 2026, 14:00 - 15:00\r\n",
        ),
        (
            "Reminder: vendor review",
            "Pat Kim shared their calendar with you. Upcoming on that calendar:\r\n\r\nVendor "
            "review\r\nThursday 23 April 2026, 14:00 - 15:00 CEST\r\n",
        ),
    ],
)
def test_a_notice_from_someone_elses_calendar_is_not_the_readers_meeting(
    subject: str, body: str
) -> None:
    _not_sure(_mail(body, subject=subject), "for someone else")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your online test",
            "Hi Jo,\r\n\r\nTallow Systems invites you to an online test. Your test link expires "
            "on Friday 24 April at 17:00 CEST.\r\n",
        ),
        (
            "Tu prueba en línea",
            "Hola Jo:\r\n\r\nTallow Systems te invita a una prueba en línea. La ventana se "
            "cierra el viernes 24 de abril a las 17:00.\r\n",
        ),
    ],
)
def test_a_test_links_expiry_is_a_deadline(subject: str, body: str) -> None:
    result = parse_message(_mail(body, subject=subject))
    assert result.kind == "not_invitation" or result.confidence < SURE, result


def test_a_live_interview_on_the_same_platform_stays_sure() -> None:
    body = (
        "Hi Jo,\r\n\r\nYour live coding interview with Tallow Systems is scheduled for Friday "
        "24 April at 17:00 CEST with Dana Whitfield.\r\n"
    )
    _sure(_mail(body, subject="Live interview scheduled"), "2026-04-24T17:00:00+02:00")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reference letter",
            "Hi Jo,\r\n\r\nplease send the reference letter by Thursday 23 April, 17:00 CEST. "
            "I'll share the interview date later, once the panel is set.\r\n",
        ),
        (
            "Referenzschreiben",
            "Hallo Jo,\r\n\r\nbitte schicken Sie das Referenzschreiben bis Donnerstag, 23. April, "
            "17:00 Uhr. Den Termin für das Gespräch teile ich Ihnen später mit.\r\n",
        ),
        (
            "Lettre de référence",
            "Bonjour Jo,\r\n\r\nmerci d'envoyer la lettre avant le jeudi 23 avril à 17h00. Nous "
            "vous communiquerons la date de l'entretien plus tard.\r\n",
        ),
        (
            "Referans mektubu",
            "Merhaba Jo,\r\n\r\nreferans mektubunu 23 Nisan Perşembe 17:00'ye kadar gönder lütfen;"
            " mülakat tarihini sonra paylaşacağım.\r\n",
        ),
    ],
)
def test_a_date_still_to_be_shared_books_nothing(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your schedule for Thursday 23 April",
            "Your schedule for Thursday 23 April 2026\r\n\r\n09:30 - 10:00  Team stand-up\r\n"
            "14:00 - 15:00  Interview with a candidate\r\n",
        ),
        (
            "Dnevni raspored",
            "Vaš raspored za četvrtak, 23. travnja 2026.\r\n\r\n9:00 – 9:30  Jutarnji sastanak\r\n"
            "13:00 – 14:00  Razgovor s kandidatkinjom\r\n",
        ),
        (
            "Agenda",
            "Thursday 23 April 2026\r\n\r\n9:30 AM – 10:00 AM  Weekly sync\r\n"
            "2:00 PM – 3:00 PM  Candidate interview\r\n",
        ),
    ],
)
def test_a_days_agenda_of_separate_meetings_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "agenda")


def test_an_onsite_programme_of_sessions_back_to_back_stays_sure() -> None:
    body = (
        "Hi Jo,\r\n\r\nwe look forward to your onsite interview on Thursday 23 April 2026 "
        "(times CEST):\r\n\r\n10:00 - 10:45  Hiring manager\r\n10:45 - 11:30  Technical "
        "interview\r\n11:30 - 12:15  Team lunch\r\n"
    )
    _sure(_mail(body, subject="Your onsite interview"), "2026-04-23T10:00:00+02:00")


@pytest.mark.parametrize(
    "rows",
    [
        "1:00 PM - 2:00 PM PDT\r\n\r\n1:00 PM - 1:30 PM Technical screen with Alex Kim\r\n"
        "1:30 PM - 2:00 PM Team chat with Dana Ortiz\r\n",
        "13:00 - 15:00 Uhr\r\n\r\n13:00 - 14:00 Fachgespräch\r\n14:00 - 15:00 Rundgang\r\n",
    ],
)
def test_a_slot_followed_by_its_own_programme_stays_sure(rows: str) -> None:
    """The whole slot first, then its parts: one visit, not a day of separate meetings."""
    body = f"Hi Jo,\r\n\r\nyour interview is confirmed for Thursday 23 April 2026:\r\n\r\n{rows}"
    _sure(_mail(body, subject="Your interview"), "2026-04-23T13:00:00")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Отговор: практическо интервю",
            "Мария Петрова прие поканата за практическото интервю, което организирате, в четвъртък"
            " 23 април 2026 г. от 14:00.\r\n",
        ),
        (
            "Odgovor: vježba razgovora",
            "Ivana Horvat prihvatila je poziv na vježbu razgovora u četvrtak, 23. travnja 2026. "
            "u 14:00.\r\n",
        ),
        (
            "Ответ: пробное собеседование",
            "Анна Смирнова приняла приглашение на пробное собеседование в четверг, 23 апреля 2026 "
            "в 14:00.\r\n",
        ),
        (
            "תשובה: ראיון תרגול",
            "נועה לוי אישרה את ההזמנה לראיון התרגול ביום חמישי, 23 באפריל 2026, בשעה 14:00.\r\n",
        ),
        (
            "رد: مقابلة تدريبية",
            "قبلت سارة أحمد الدعوة إلى المقابلة التدريبية يوم الخميس 23 أبريل 2026 "
            "الساعة 14:00.\r\n",
        ),
        (
            "Yanıt: deneme mülakatı",
            "Ayşe Yılmaz davetinizi kabul etti: deneme mülakatı, 23 Nisan 2026 Perşembe 14:00.\r\n",
        ),
    ],
)
def test_someone_elses_yes_to_an_event_the_reader_organises_sets_nothing(
    subject: str, body: str
) -> None:
    _not_sure(_mail(body, subject=subject), "")


def test_asking_the_reader_to_confirm_attendance_stays_an_invitation() -> None:
    body = (
        "Poštovana Jo,\r\n\r\npozivamo Vas na razgovor za posao u četvrtak, 23. travnja 2026. u "
        "14:00 (CEST) u našem uredu. Molimo potvrdite dolazak.\r\n"
    )
    _sure(_mail(body, subject="Poziv na razgovor za posao"), "2026-04-23T14:00:00+02:00")
