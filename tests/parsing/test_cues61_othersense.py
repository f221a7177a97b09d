"""An oral history's witness, a donor thanked by a charity, a party to a neighbours' dispute
and a traveller or resident before an immigration office are no job candidates.

Why: a "Zeitzeugengespräch" recorded by a local history group, a city archive's "entretien
enregistré" with a witness, a foundation's "Spendergespräch", a conciliator's
"Schlichtungsgespräch", a Global Entry interview and a residence-permit "görüşme" were
claimed as the reader's job interviews (looks61's oralhist61, donorcall61, mediation61,
customs61). The same words beside a post stay the reader's interview.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_not_sure, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_HIRING = [
    (
        "de-witness",
        "Ihr Zeitzeugengespräch",
        "Liebe Frau Morgan,\n\ndanke, dass Sie uns von Ihrer Lehrzeit erzählen. Das Interview "
        "ist am Freitag, 12. März 2027 um 16:15 Uhr im Stadtteilarchiv.\n\nIhre "
        "Geschichtswerkstatt",
    ),
    (
        "es-oral-history",
        "Entrevista para el archivo de historia oral",
        "Hola Alex:\n\nperfecto, grabamos la entrevista sobre la llegada de tu familia al "
        "barrio el viernes 12 de marzo de 2027 a las 16:15.\n\nProyecto de historia oral",
    ),
    (
        "de-conciliation",
        "Ladung zum Schlichtungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nin Ihrer Sache gegen Ihren Nachbarn lade ich Sie zum "
        "Gespräch am Freitag, 12. März 2027 um 16:15 Uhr ein.\n\nDie Schiedsfrau",
    ),
    (
        "tr-residence",
        "İkamet izni görüşmesi",
        "Sayın Alex Morgan,\n\nikamet izni başvurunuz için görüşmeniz 12 Mart 2027 Cuma saat "
        "16:15'te yapılacaktır.\n\nİl Göç İdaresi",
    ),
    (
        "en-global-entry",
        "Your Global Entry interview",
        "Hello Alex,\n\nyour Global Entry interview with an officer is confirmed for Friday, "
        "March 12, 2027 at 4:15 PM at the enrollment center.\n\nTrusted Traveler Programs",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), NOT_HIRING, ids=[row[0] for row in NOT_HIRING]
)
def test_an_interview_that_hires_nobody_is_not_claimed(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="office@service.example", to=TO, date=DATE)
    assert_not_sure(raw)


JOB_INTERVIEWS = [
    (
        "mediator",
        "Interview: Community Mediator",
        "Dear Alex,\n\nthank you for applying for the Community Mediator post in our "
        "neighbour mediation service. We would like to invite you to an interview on Friday "
        "12 March 2027 at 16:15.\n\nHR",
    ),
    (
        "archivist",
        "Vorstellungsgespräch Archivar/in",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Archivarin im "
        "Stadtteilarchiv. Wir laden Sie zu einem Vorstellungsgespräch am Freitag, 12. März "
        "2027 um 16:15 Uhr ein.\n\nPersonalabteilung",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), JOB_INTERVIEWS, ids=[row[0] for row in JOB_INTERVIEWS]
)
def test_a_job_interview_beside_those_words_stays(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)
