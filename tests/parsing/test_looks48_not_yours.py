"""Look-alikes the parser claimed: mail with a set time and an interview-like word that is
not the reader's own job interview. Each invariant holds across languages and whatever the
hour: a time only asked or a move only asked is not booked; someone else's interview (a
parent's, a colleague's, the person a letter is addressed to by title and surname) is not the
reader's; an interview that hires nobody (a landlord's, a broadcast's, a volunteer's, a
parents' evening, an employee's appraisal, a ticket about a candidate, a room booking) is
no invitation. Controls of the same shapes that are the reader's job interview stay
claimed."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import (
    MONDAY,
    READER,
    SENDER,
    any_hour,
    assert_claimed_at,
    plain_mail,
    timed_mail,
)

# (subject, body with {t} for the clock): the time is asked, not set
ASKED = [
    (
        "ראיון",
        "שלום אלכס,\n\nרוצים לקבוע איתך ראיון. מתי נוח לך - שני או רביעי, אחרי {t}? "
        "תעדכן אותי.\n\nדנה",
    ),
    (
        "Razgovor za posao",
        "Poštovani,\n\nda li Vam više odgovara sreda u {t} ili četvrtak u 9 časova? "
        "Javite mi.\n\nPozdrav,\nJelena",
    ),
    (
        "面试安排",
        "Alex 您好，\n\n请问您下周哪几天方便？我们这边周三、周五 {t} 以后都可以。\n\n王芳",
    ),
    (
        "بخصوص موعد المقابلة",
        "مرحباً أليكس،\n\nهل يمكن تأجيل مقابلتك يوم الأربعاء 3 فبراير 2027 الساعة {t} إلى "
        "الخميس؟\n\nمنى",
    ),
]

# someone else's interview, told to the reader
OTHERS = [
    (
        "Máma v pondělí",
        "Ahoj,\n\nmáma má v pondělí 8. února v {t} pohovor v lékárně. Vezmeš ji tam?\n\nTáta",
    ),
    (
        "Tuesday - Priya out",
        "Team,\n\nPriya is out on Tuesday 2 February from {t}: she has an interview offsite. "
        "Please don't book her.\n\nMarcus",
    ),
    (
        "Zur Info: Gespräch Frau Berger",
        "Hallo Alex,\n\nnur zur Info: das Vorstellungsgespräch mit Frau Berger ist jetzt am "
        "Donnerstag, 4.2., um {t} Uhr. Du musst nichts tun.\n\nGruß\nMiriam",
    ),
]

# a shared family calendar's notice of a relative's interview
SHARED = (
    "Erinnerung: Vorstellungsgespräch Mia",
    "Erinnerung: Vorstellungsgespräch Mia (Ausbildung Bank)\n\nKalender: Familie Weber "
    "(geteilt von Tom Weber)\nWann: Mi., 3. Feb. 2027 {t}\nWo: Sparkasse, Marktplatz 2\n",
)
OTHERS.append(SHARED)

# an interview in another sense than hiring the reader
OTHER_SENSE = [
    (
        "Ihre Mietanfrage",
        "Guten Tag Herr Morgan,\n\ngern laden wir Sie zu einem Gespräch für die Wohnung in der "
        "Gartenstraße 3 ein: Mittwoch, 3. Februar 2027, {t} Uhr.\n\nHausverwaltung Krause",
    ),
    (
        "Mieszkanie – ul. Polna",
        "Dzień dobry,\n\nzapraszam na spotkanie z właścicielem mieszkania przy ul. Polnej w "
        "środę 3 lutego o {t}.\n\nPozdrawiam,\nEwa",
    ),
    (
        "Entrevista en directo",
        "Hola, Alex:\n\nTe esperamos para la entrevista en directo en el programa La Tarde el "
        "miércoles 3 de febrero a las {t}.\n\nProducción",
    ),
    (
        "Neue Ehrenamtliche",
        "Hallo Alex,\n\nwir laden dich zum Kennenlerngespräch für neue Ehrenamtliche am "
        "Mittwoch, 3. Februar 2027, um {t} Uhr ein.\n\nDein Ehrenamtsteam",
    ),
    (
        "Entretien bénévoles",
        "Bonjour Alex,\n\nvotre entretien d'accueil des bénévoles est prévu le mercredi 3 "
        "février 2027 à {t}.\n\nL'association",
    ),
    (
        "Colloquio",
        "Gentile genitore,\n\nAlunna: Morgan Sofia, classe 3B\nDocente: prof. Rossi\n"
        "Colloquio: mercoledì 3 febbraio 2027, ore {t}\n\nRegistro elettronico",
    ),
    (
        "Entrevista com a professora",
        "Olá, família!\n\nConvidamos para a entrevista individual com a professora Ana na "
        "quarta-feira, 3 de fevereiro de 2027, às {t}.\n\nCoordenação",
    ),
    (
        "Interview voor de krant",
        "Hoi Alex,\n\nIk kom woensdag 3 februari om {t} langs voor het interview voor onze "
        "rubriek over ondernemers.\n\nGroet,\nKees, verslaggever",
    ),
    (
        "Campagne des entretiens annuels",
        "Bonjour Alex,\n\nDans le cadre des entretiens annuels d'évaluation, votre entretien "
        "avec votre manager est fixé au mercredi 3 février 2027 à {t}.\n\nRH",
    ),
]

# the reader's own job interview, in the same shapes
CONTROLS = [
    (
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch für die "
        "Stelle als Immobilienkaufmann am Mittwoch, 3. Februar 2027, um {t} Uhr ein.\n\n"
        "Hausverwaltung Krause",
    ),
    (
        "Interview - Volunteer Coordinator",
        "Dear Alex,\n\nWe'd like to invite you to an interview for the paid Volunteer "
        "Coordinator post on Wednesday 3 February 2027 at {t}.\n\nKind regards",
    ),
    (
        "Entrevista – Redactor/a",
        "Hola, Alex:\n\nTe citamos a una entrevista para el puesto de redactor/a el miércoles "
        "3 de febrero de 2027 a las {t}.\n\nRR. HH.",
    ),
    (
        "Madame Morgan, votre entretien",
        "Madame Morgan,\n\nNous vous confirmons votre entretien pour le poste d'assistante le "
        "mercredi 3 février 2027 à {t}.\n\nL'équipe recrutement",
    ),
]


def claimed(raw: bytes) -> bool:
    """Tell whether the mail goes to the calendar: an invitation or a move, at >= 0.5."""
    parsed = parse_message(raw)
    return parsed.kind in {"invitation", "reschedule"} and parsed.confidence >= 0.5


@pytest.mark.parametrize(("subject", "body"), ASKED)
@any_hour(examples=6)
def test_a_time_only_asked_is_not_claimed(subject: str, body: str, hour: int, minute: int) -> None:
    assert not claimed(timed_mail(subject, body, hour, minute))


@pytest.mark.parametrize(("subject", "body"), OTHERS)
@any_hour(examples=6)
def test_someone_elses_interview_is_not_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert not claimed(timed_mail(subject, body, hour, minute))


@pytest.mark.parametrize(("subject", "body"), OTHER_SENSE)
@any_hour(examples=6)
def test_an_interview_that_hires_nobody_is_not_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert not claimed(timed_mail(subject, body, hour, minute))


@pytest.mark.parametrize(("subject", "body"), CONTROLS)
@any_hour(examples=6)
def test_the_readers_own_interview_stays_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert_claimed_at(timed_mail(subject, body, hour, minute), hour, minute)


@pytest.mark.parametrize(
    ("title", "surname"),
    [("Madame", "Lefèvre"), ("Monsieur", "Dubois"), ("Sehr geehrter Herr", "Schulze")],
)
def test_a_title_and_another_surname_greets_someone_else(title: str, surname: str) -> None:
    body = (
        f"{title} {surname},\n\nNous vous confirmons votre entretien le mercredi 3 février "
        "2027 à 10h00.\n\nRecrutement"
    )
    assert not claimed(plain_mail("Votre entretien", body, sender=SENDER, to=READER, date=MONDAY))


@pytest.mark.parametrize("priority", ["Priority", "Prioridad", "優先度", "Priorität"])
def test_an_issue_trackers_fields_mark_a_task(priority: str) -> None:
    body = (
        "Issue #12 was updated by Kim.\n\nThe interview of Ms Novak is on Wednesday 3 "
        f"February 2027 at 11:00. Please book a room.\n\n* Status: New\n* {priority}: Normal\n"
        "* Assignee: Alex Morgan\n"
    )
    assert not claimed(plain_mail("[Hiring #12] Room", body, sender=SENDER, to=READER, date=MONDAY))


def test_an_agency_footer_about_job_alerts_keeps_the_interview() -> None:
    body = (
        "Hi Alex,\n\nYour interview with Brookfield Foods is confirmed for Wednesday 3 "
        "February 2027 at 10:30 at their Leeds office.\n\nGood luck!\nSam, Consultant\n\n"
        "You are receiving this because you registered with us. Unsubscribe from job alerts"
    )
    parsed = parse_message(
        plain_mail("Your interview is confirmed", body, sender=SENDER, to=READER, date=MONDAY)
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
