"""Whose slot it is: mail with a future time that books nothing for the reader stays unsure.

A calendar shared with the reader previews its owner's next event, an attendee proposes another
time for a meeting the reader organises, a booking tool reminds the reader to book, a recruiter
gives only their own free hours and asks for the reader's, a newsletter or an event platform
sends a time to everyone on its list. Each signal is shown in two languages or more, and each
has a control in the same voice that gives the reader a slot of their own and stays sure.
"""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, bare_mail

SURE = 0.5


def _mail(body: str, *, subject: str, sender: str = "", headers: str = "") -> bytes:
    sender = sender or "Rosa Quint <rosa.quint@harrow-mills.example>"
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return bare_mail(
        subject,
        body,
        sender=sender,
        to="Sam Ortiz <sam.ortiz@mailbox.example>",
        date="Tue, 03 Mar 2026 08:40:00 +0100",
        headers=headers,
    )


def _not_sure(raw: bytes) -> None:
    result = parse_message(raw)
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result


def _sure(raw: bytes, start: str) -> None:
    assert_sure_at(raw, start)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Owen Hart shared a calendar with you",
            'Owen Hart has shared the calendar "Owen - hiring" with you.\r\n\r\nUpcoming on '
            "this calendar:\r\nInterview - warehouse lead candidate\r\nThu Mar 12, 2026 "
            "10:00am - 11:00am\r\n",
        ),
        (
            "Lea Brandt hat Ihnen Zugriff auf ihren Kalender gegeben",
            "Lea Brandt hat Ihnen Zugriff auf ihren Kalender gegeben.\r\n\r\nNächster Termin in "
            "diesem Kalender:\r\nVorstellungsgespräch Frau Aydin\r\nDonnerstag, 12.03.2026, "
            "10:00 – 11:00\r\n",
        ),
        (
            "Copia para el asistente: Entrevista de Marta Gil",
            "Recibes esta copia como asistente de Marta Gil.\r\n\r\nMarta Gil ha sido invitada "
            "a: Entrevista con candidato\r\njueves, 12 de marzo de 2026, 10:00 – 11:00\r\n",
        ),
    ],
)
def test_someone_elses_calendar_is_not_the_readers_meeting(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


def test_control_the_calendar_owner_invites_the_reader() -> None:
    body = (
        "Owen Hart has invited you to:\r\nInterview - Warehouse Lead (Sam Ortiz)\r\n\r\nThursday"
        " 12 March 2026, 14:00 - 14:45 (Europe/Berlin)\r\nJoin: https://meet.example.com/"
        "hm-owen-sam\r\n"
    )
    _sure(_mail(body, subject="Invitation: Interview - Warehouse Lead"), "2026-03-12T14:00")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "New Time Proposed: Reading circle",
            "Nina Roy has proposed a new time for this meeting.\r\n\r\nReading circle\r\nProposed"
            " time: Friday, March 13, 2026 6:00 PM-7:00 PM\r\nCurrent time: Thursday, March 12, "
            "2026 6:00 PM-7:00 PM\r\n",
        ),
        (
            "Nuovo orario proposto: Corsa del sabato",
            "Paolo Neri ha proposto un nuovo orario per questo evento.\r\n\r\nCorsa del sabato\r\n"
            "Proposto: sabato 14 marzo 2026, 9:00–10:00\r\n",
        ),
    ],
)
def test_a_counter_proposal_answers_an_event_it_sets_nothing(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


def test_control_the_employer_moves_the_readers_interview() -> None:
    body = (
        "Hi Sam,\r\n\r\nI have to move our interview: it is now on Friday 13 March at 11:00 CET "
        "instead of Thursday. Same link as before.\r\n\r\nRosa\r\n"
    )
    result = parse_message(_mail(body, subject="New time for your interview"))
    assert result.kind == "reschedule", result
    assert result.start is not None
    assert result.start.isoformat() == "2026-03-13T11:00:00+01:00"
    assert result.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reminder: book your interview",
            "Hi Sam,\r\n\r\nYou haven't booked your interview yet. The last open slot is on "
            "Friday 13 March at 16:00 - grab it here: https://book.example.com/hm\r\n",
        ),
        (
            "Você ainda não agendou sua entrevista",
            "Oi, Sam!\r\n\r\nVocê ainda não agendou sua entrevista. A agenda fecha na sexta-feira,"
            " 13/03, às 16h.\r\n",
        ),
        (
            "Non hai ancora prenotato il colloquio",
            "Ciao Sam,\r\n\r\nnon hai ancora prenotato il colloquio: le prenotazioni chiudono "
            "venerdì 13 marzo alle 16:00.\r\n",
        ),
    ],
)
def test_a_nudge_to_book_books_nothing(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


def test_control_the_booking_is_confirmed() -> None:
    body = (
        "Hi Sam,\r\n\r\nThanks for booking. Your interview is confirmed for Friday 13 March, "
        "16:00 - 16:30 CET, with Rosa Quint.\r\n"
    )
    _sure(_mail(body, subject="Your interview is booked"), "2026-03-13T16:00")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Call next week?",
            "Hi Sam,\r\n\r\nAre you free for a call next week? I'm mostly open on Tuesday 10 "
            "March after 3pm - let me know what works for you.\r\n\r\nRosa\r\n",
        ),
        (
            "Telefonat nächste Woche?",
            "Hallo Sam,\r\n\r\nwann hätten Sie nächste Woche Zeit für ein Telefonat? Ich bin am "
            "Dienstag, 10.03., ab 15 Uhr gut erreichbar.\r\n\r\nRosa\r\n",
        ),
        (
            "Heb je tijd volgende week?",
            "Hoi Sam,\r\n\r\nheb je tijd voor een kort gesprek volgende week? Ik ben dinsdag 10 "
            "maart vanaf 15:00 beschikbaar.\r\n\r\nRosa\r\n",
        ),
    ],
)
def test_own_free_hours_and_a_question_book_nothing(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


def test_control_the_recruiter_books_the_agreed_time() -> None:
    body = (
        "Hi Sam,\r\n\r\nTuesday works - I've booked our call for Tuesday 10 March at 15:30 CET, "
        "30 minutes. I'll ring your mobile.\r\n\r\nRosa\r\n"
    )
    _sure(_mail(body, subject="Call on Tuesday: Data Analyst role"), "2026-03-10T15:30")


BULK = "List-Unsubscribe: <https://news.example.com/u/77>\r\nPrecedence: bulk\r\n"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Harrow Mills newsletter: meet the team",
            "Hello,\r\n\r\nCome and meet the Harrow Mills team at our Leeds studio on Thursday "
            "12 March, 18:00 - 20:00. Drinks and short talks; bring a friend.\r\n",
        ),
        (
            "Rencontre avec l'équipe Harrow Mills",
            "Bonjour,\r\n\r\nRetrouvez l'équipe Harrow Mills à Lyon le jeudi 12 mars de 18h00 à "
            "20h00 pour un échange avec nos ingénieurs.\r\n",
        ),
    ],
)
def test_bulk_mail_without_a_slot_of_ones_own_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject, headers=BULK))


def test_control_bulk_headers_do_not_outweigh_the_readers_own_interview() -> None:
    body = (
        "Hi Sam,\r\n\r\nHarrow Mills has invited you to an interview at the careers evening.\r\n"
        "\r\nYour interview: Thursday 12 March 2026, 18:30 - 18:50 CET\r\nBring your ticket and "
        "arrive ten minutes early.\r\n"
    )
    _sure(_mail(body, subject="Your interview slot", headers=BULK), "2026-03-12T18:30")
