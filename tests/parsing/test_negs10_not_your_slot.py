"""Direct mail with a future time and no zone that sets nothing for the reader stays unsure.

Each signal is shown in two languages or more, in mail written for these tests: a calendar
delegated to or shared with the reader (its next entry is the owner's), a note after an
interview that names only when they decide or write back, a community event that counts who is
coming, a payment taken on a date, a visit to a dentist or a doctor. Each has a control in the
same voice that gives the reader an interview of their own and stays sure.
"""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, bare_mail

SURE = 0.5


def _mail(body: str, *, subject: str, sender: str = "") -> bytes:
    sender = sender or "Ines Vidal <ines.vidal@larkspur-works.example>"
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return bare_mail(
        subject,
        body,
        sender=sender,
        to="Kit Moreau <kit.moreau@inbox.example>",
        date="Wed, 04 Nov 2026 09:15:00 +0100",
    )


def _not_sure(raw: bytes, why: str) -> None:
    result = parse_message(raw)
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result
    assert any(why in warning for warning in result.warnings), result.warnings


def _sure(raw: bytes, start: str) -> None:
    assert_sure_at(raw, start)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Delega calendario",
            "Giorgio Fabbri ti ha aggiunto come delegato: puoi rispondere agli inviti per suo "
            "conto.\r\n\r\nGio 12 novembre 2026, 10:30-11:15\r\nColloquio - magazziniere\r\n",
        ),
        (
            "Agenda gedeeld",
            "Femke Mulder heeft de agenda 'Sollicitaties' met je gedeeld.\r\n\r\nDonderdag 12 "
            "november 2026, 10:30 - 11:15\r\nGesprek met kandidaat J. de Wit\r\n",
        ),
        (
            "Kalender",
            "Sie können jetzt Einträge sehen.\r\n\r\nNächster Termin:\r\nDonnerstag, 12.11.2026, "
            "10:30 - 11:15 Gespräch Frau Lenz\r\n",
        ),
        (
            "Calendario",
            "Ya puede ver los eventos.\r\n\r\nPróximo evento:\r\njueves 12 de noviembre de 2026, "
            "10:30 - 11:15 Entrevista con el candidato Luis Paz\r\n",
        ),
    ],
)
def test_someone_elses_calendar_entry_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "for someone else")


def test_the_same_calendar_inviting_the_reader_stays_sure() -> None:
    body = (
        "Giorgio Fabbri ti invita a un colloquio.\r\n\r\nGiovedì 12 novembre 2026, 10:30-11:15"
        "\r\nColloquio - Kit Moreau\r\n"
    )
    _sure(_mail(body, subject="Invito: colloquio"), "2026-11-12T10:30")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "After your interview",
            "Hi Kit,\r\n\r\nThanks for your time today. The panel is still comparing notes. I'll "
            "be in touch by Friday 13 November, 4pm.\r\n\r\nInes",
        ),
        (
            "Dopo il colloquio",
            "Ciao Kit,\r\n\r\ngrazie per il colloquio di stamattina. Ti scriveremo venerdì 13 "
            "novembre alle 16:00.\r\n\r\nInes",
        ),
        (
            "Na het gesprek",
            "Hoi Kit,\r\n\r\nHet panel overlegt vrijdag 13 november om 16:00 over de volgende "
            "stap.\r\n\r\nInes",
        ),
        (
            "Tras la entrevista",
            "Hola, Kit:\r\n\r\nGracias por la entrevista de hoy. El comité se reúne el viernes "
            "13 de noviembre a las 16:00.\r\n\r\nInes",
        ),
    ],
)
def test_when_they_decide_or_write_back_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "decide or answer")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Riepilogo del colloquio",
            "Ciao Kit,\r\n\r\ngrazie per il colloquio di oggi. Il prossimo passo sarà una prova "
            "pratica; il link arriva lunedì 16 novembre alle 9:00.\r\n\r\nInes",
        ),
        (
            "Terugkoppeling",
            "Hoi Kit,\r\n\r\nDank voor het prettige gesprek. De praktijkopdracht staat klaar "
            "op maandag 16 november om 9:00.\r\n\r\nInes",
        ),
        (
            "Votre entretien",
            "Bonjour Kit,\r\n\r\nMerci pour notre échange de ce matin. L'exercice pratique sera "
            "disponible le lundi 16 novembre à 9h00.\r\n\r\nInes",
        ),
        (
            "Resumen",
            "Hola, Kit:\r\n\r\nGracias por la entrevista de ayer. La prueba técnica se abre el "
            "lunes 16 de noviembre a las 9:00.\r\n\r\nInes",
        ),
    ],
)
def test_a_note_after_an_interview_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "a note after an interview")


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Second round",
            "Hi Kit,\r\n\r\nThanks for your time today. We'd like to invite you to a second "
            "round.\r\n\r\nDate: Monday 16 November 2026\r\nTime: 10:00 - 11:00\r\n\r\nInes",
            "2026-11-16T10:00",
        ),
        (
            "Secondo colloquio",
            "Ciao Kit,\r\n\r\ngrazie per il colloquio di oggi. Ti invitiamo al secondo colloquio "
            "lunedì 16 novembre alle 10:00.\r\n\r\nInes",
            "2026-11-16T10:00",
        ),
        (
            "Tweede gesprek",
            "Hoi Kit,\r\n\r\nDank voor het prettige gesprek. We nodigen je graag uit voor een "
            "tweede ronde op maandag 16 november om 10:00.\r\n\r\nInes",
            "2026-11-16T10:00",
        ),
        (
            "Zweite Runde",
            "Hallo Kit,\r\n\r\nvielen Dank für das nette Gespräch. Wir laden Sie gern zur "
            "zweiten Runde ein: Montag, 16.11.2026, 10:00 Uhr.\r\n\r\nInes",
            "2026-11-16T10:00",
        ),
    ],
)
def test_thanks_then_an_invitation_stays_sure(subject: str, body: str, start: str) -> None:
    _sure(_mail(body, subject=subject), start)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reminder: Leeds Python Social",
            "Hi all,\r\n\r\nThe Leeds Python Social is on Thursday 12 November at 18:30 at "
            "The Tetley - meet the organisers there. 41 going, 9 spots left.\r\n",
        ),
        (
            "Erinnerung: Frontend-Treffen",
            "Hallo zusammen,\r\n\r\nunser Treffen mit Vortrag von Jana ist am Donnerstag, "
            "12.11.2026 um 18:30 Uhr. Schon 27 Zusagen!\r\n",
        ),
        (
            "Promemoria: incontro",
            "Ciao!\r\n\r\nL'incontro con gli ospiti è giovedì 12 novembre alle 18:30. Siamo già "
            "in 33.\r\n",
        ),
    ],
)
def test_an_event_that_counts_its_guests_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "counts its guests")


def test_an_interview_day_naming_a_small_group_stays_sure() -> None:
    body = (
        "Dear Kit,\r\n\r\nWe are pleased to invite you to a group interview with our hiring "
        "team on Thursday 12 November at 9:30, at our Leeds office. You will work with 6 "
        "participants in a group exercise.\r\n\r\nInes"
    )
    _sure(_mail(body, subject="Invitation: group interview"), "2026-11-12T09:30")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your plan",
            "Hi Kit,\r\n\r\nYour Pro plan renews on Thursday 12 November 2026 at 08:00 and "
            "£12 will be charged to your card.\r\n",
        ),
        (
            "Il tuo piano",
            "Ciao Kit,\r\n\r\ngiovedì 12 novembre alle 08:00 addebiteremo 12 € sulla tua carta "
            "per il piano Pro.\r\n",
        ),
    ],
)
def test_a_payment_taken_then_is_not_sure(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "a payment is taken or due")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Appointment reminder",
            "Dear Kit,\r\n\r\nA reminder of your appointment with Dr Okafor on Thursday 12 "
            "November at 9:20 (check-up).\r\n\r\nGreenway Dental",
        ),
        (
            "Terminerinnerung",
            "Guten Tag,\r\n\r\nIhr Zahnarzttermin bei Dr. Wendt ist am Donnerstag, 12.11.2026 "
            "um 9:20 Uhr.\r\n",
        ),
    ],
)
def test_a_visit_to_the_dentist_is_not_sure(subject: str, body: str) -> None:
    result = parse_message(_mail(body, subject=subject))
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result


def test_a_clinic_recruiter_inviting_to_an_interview_stays_sure() -> None:
    body = (
        "Dear Kit,\r\n\r\nWe are pleased to invite you to an interview for the Receptionist post"
        " with Dr Okafor on Thursday 12 November at 9:20, for 30 minutes.\r\n\r\nGreenway Health"
    )
    _sure(_mail(body, subject="Interview invitation"), "2026-11-12T09:20")
