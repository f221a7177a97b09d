"""A patient's pre-op talk, a notary's deed, an animal charity's adoption talk and a
family's rites are no job interviews; a forwarder who says "not a job thing" is believed.

Why: "a nurse will interview you before your operation", "Prämedikationsgespräch", an
"appuntamento per il rogito", a mortgage adviser's "oriënterend gesprek", an animal
charity's adoption talk and a parish's talk before a baptism were claimed as the reader's
job interviews (looks60's preop60, notary60, petcare60, rites60). The same words beside a
post stay the reader's interview. A pet sitter or a dog walker is left out: the reader may
apply to be one (test_employer48_private_hiring).
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_not_sure, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_HIRING = [
    (
        "en-preop",
        "Your pre-op assessment",
        "Hello Alex,\n\na nurse will interview you by phone on Friday 12 March 2027 at 16:15 "
        "to go through your medicines before your operation.\n\nDay Surgery Unit",
    ),
    (
        "de-anaesthesia",
        "Ihr Termin zum Narkosegespräch",
        "Guten Tag,\n\nIhr Gespräch mit der Anästhesie ist am Freitag, 12. März 2027 um 16:15 "
        "Uhr in Haus B, Ebene 2.\n\nKlinikum Süd",
    ),
    (
        "es-notary",
        "Cita en la notaría",
        "Hola Alex:\n\nle confirmamos la cita para la firma de la escritura de compraventa con "
        "el notario el viernes 12 de marzo de 2027 a las 16:15.\n\nNotaría Ruiz",
    ),
    (
        "it-baptism",
        "Incontro per il battesimo",
        "Cari Alex e Sam,\n\nvi aspettiamo venerdì 12 marzo 2027 alle 16:15 in parrocchia per "
        "il colloquio in preparazione al battesimo di Lucia.\n\nDon Paolo",
    ),
    (
        "en-forward-note",
        "Fwd: Your appointment",
        "Not a job thing, just for my calendar.\n\n---------- Forwarded message ---------\n"
        "From: Front Desk <desk@clinic.example>\nDate: Mon, 1 Mar 2027 at 08:00\n"
        "Subject: Your appointment\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n"
        "Hi Alex, we look forward to our interview on Friday 12 March 2027 at 16:15.\n",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), NOT_HIRING, ids=[row[0] for row in NOT_HIRING]
)
def test_a_talk_that_hires_nobody_is_not_claimed(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="office@service.example", to=TO, date=DATE)
    assert_not_sure(raw)


JOB_INTERVIEWS = [
    (
        "anaesthesia-nurse",
        "Interview: Anaesthesia Nurse",
        "Dear Alex,\n\nthank you for applying for the Anaesthesia Nurse post. We would like "
        "to invite you to an interview on Friday 12 March 2027 at 16:15.\n\nHR, Day Surgery",
    ),
    (
        "notary-clerk",
        "Entrevista – puesto de oficial de notaría",
        "Hola Alex:\n\ngracias por tu candidatura al puesto de oficial de notaría. Te "
        "convocamos a una entrevista el viernes 12 de marzo de 2027 a las 16:15.\n\nNotaría Ruiz",
    ),
    (
        "funeral-assistant",
        "Interview: Funeral Service Assistant",
        "Dear Alex,\n\nthank you for your application for the Funeral Service Assistant "
        "role. We would like to invite you to an interview on Friday 12 March 2027 at 16:15."
        "\n\nRecruitment",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), JOB_INTERVIEWS, ids=[row[0] for row in JOB_INTERVIEWS]
)
def test_a_job_interview_beside_those_words_stays(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)
