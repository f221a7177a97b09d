"""An "interview" at a set hour that is no job interview is not put in the calendar.

A job seeker is asked to interviews of other kinds: a live radio or streamed interview (the
reader as a guest, or a company's CEO interviewed on LinkedIn Live), an expert network's paid
call with its client ("Expertengespräch", "entretien d'expert"), and the public employment
service's appointment with an adviser (Jobcenter, France Travail, UWV, Arbetsförmedlingen),
whose letters speak of applications and sanctions but set no employer's interview. So is a
survey institute's call with the reader as the respondent. An
employer's job interview still goes to the calendar, also when the agency referred the reader
or the interviewer is the CEO.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import claimed, plain_mail

TO = "Alex Morgan <alex.morgan@inbox.example>"
SENDER = "Team <team@sender.example>"
DATE = "Mon, 07 Dec 2026 09:30:00 +0100"

NOT_JOB_INTERVIEWS = [
    (
        "de-jobcenter",
        "Ihr Termin im Jobcenter",
        "Guten Tag Frau Morgan,\n\nbitte kommen Sie am Mittwoch, 16.12.2026 um 10:15 Uhr zu "
        "Ihrer Arbeitsvermittlerin ins Jobcenter Essen-Süd, Raum 3.12. Bringen Sie Ihre "
        "Bewerbungsnachweise mit.\n\nMit freundlichen Grüßen",
    ),
    (
        "nl-uwv",
        "Afspraak UWV",
        "Beste mevrouw Morgan,\n\nU bent uitgenodigd voor een gesprek met uw werkcoach van "
        "UWV op donderdag 17 december om 13:30 uur. We bespreken uw sollicitaties.\n\nGroet",
    ),
    (
        "it-cpi",
        "Appuntamento",
        "Gentile Alex,\n\nla aspettiamo al Centro per l'impiego di Torino martedì 15 dicembre "
        "alle 11:00 per il colloquio con l'operatore e l'aggiornamento della sua "
        "candidatura a Garanzia Giovani.\n\nSaluti",
    ),
    (
        "de-expert-call",
        "Ihr Expertengespräch am Donnerstag",
        "Hallo Alex,\n\nunser Kunde möchte Sie sprechen: das Expertengespräch findet am "
        "Donnerstag, 17. Dezember, um 16:00 Uhr telefonisch statt. Honorar: 200 € pro "
        "Stunde.\n\nBeste Grüße",
    ),
    (
        "fr-expert-call",
        "Entretien d'expert confirmé",
        "Bonjour,\n\nVotre entretien d'expert avec notre client aura lieu le mercredi 16 "
        "décembre à 9h30 par téléphone, rémunéré 250 € de l'heure.\n\nCordialement",
    ),
    (
        "es-radio-live",
        "Entrevista en la radio",
        "Hola, Alex:\n\nTe esperamos el jueves 17 de diciembre a las 8:40 para la entrevista, "
        "que se emitirá en directo en Radio Turia; te llamamos al fijo.\n\nUn saludo",
    ),
    (
        "de-ceo-livestream",
        "Live-Interview mit unserem Gründer",
        "Hallo Alex,\n\nam Dienstag, 15. Dezember, um 19:00 Uhr stellt sich unser Gründer im "
        "Livestream auf LinkedIn Live den Fragen einer Journalistin.\n\nBis dann",
    ),
    (
        "en-survey-respondent",
        "Booking confirmed: your survey call",
        "Hello Alex,\n\nThanks for agreeing to take part in a phone interview for the Commuter "
        "Habits Survey. We will ring you on Wednesday 16 December at 17:45.\n\nBest wishes",
    ),
    (
        "de-poll-respondent",
        "Ihr Interviewtermin",
        "Guten Tag,\n\nschön, dass Sie bei unserer Umfrage mitmachen. Wir rufen Sie am "
        "Dienstag, 15. Dezember, um 18:15 Uhr für das Interview an.\n\nIhr Umfrageteam",
    ),
    (
        "sv-survey-respondent",
        "Intervju",
        "Hej!\n\nTack för att du vill delta i vår enkät om kollektivtrafik. Vi ringer dig "
        "onsdag 16 december kl. 18.00 för intervjun.\n\nHälsningar",
    ),
    (
        "pt-live",
        "Live com nossa CEO",
        "Olá, Alex!\n\nQuarta-feira, 16 de dezembro, às 20h, nossa CEO dá uma entrevista ao vivo "
        "no Instagram sobre a empresa.\n\nAbraços",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), NOT_JOB_INTERVIEWS, ids=[c[0] for c in NOT_JOB_INTERVIEWS]
)
def test_interview_of_another_kind_is_not_claimed(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date=DATE)
    assert not claimed(raw), case


JOB_INTERVIEWS = [
    (
        "de-referred-by-agency",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\ndas Jobcenter Essen hat uns Ihre Bewerbung weitergeleitet. "
        "Wir laden Sie zum Vorstellungsgespräch am Mittwoch, 16.12.2026 um 10:15 Uhr in unser "
        "Büro ein.\n\nMit freundlichen Grüßen",
    ),
    (
        "fr-referred-by-agency",
        "Entretien d'embauche",
        "Bonjour Madame Morgan,\n\nVotre candidature nous a été transmise par France Travail. "
        "Nous vous proposons un entretien d'embauche le mercredi 16 décembre à 9h30 dans nos "
        "locaux.\n\nCordialement",
    ),
    (
        "es-live-video-interview",
        "Entrevista en directo con Grupo Peral",
        "Hola Alex:\n\nTe invitamos a una entrevista en directo por vídeo con Ana Ruiz el "
        "miércoles 16 de diciembre a las 10:00. Duración: 30 minutos.\n\nSelección Grupo Peral",
    ),
    (
        "en-survey-firm-hiring",
        "Interview invitation",
        "Hi Alex,\n\nThanks for applying for the Survey Analyst position. We'd like to invite "
        "you to an interview on Wednesday 16 December at 17:45 at our office.\n\nBest, HR",
    ),
    (
        "en-ceo-interviewer",
        "Final interview with our CEO",
        "Hi Alex,\n\nOur CEO would like to meet you for your final interview for the Product "
        "Lead role on Wednesday, December 16 at 3:00 PM in our office.\n\nBest,\nRecruiting",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), JOB_INTERVIEWS, ids=[c[0] for c in JOB_INTERVIEWS]
)
def test_job_interview_beside_those_words_is_claimed(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date=DATE)
    assert claimed(raw), case


AGENCIES = ["Jobcenter Köln", "Agentur für Arbeit Bonn", "der Arbeitsagentur Mainz"]
ADVISERS = ["Ihrer Arbeitsvermittlerin", "Ihrem Ansprechpartner", "Ihrer Integrationsfachkraft"]


@settings(max_examples=20, deadline=None)
@given(
    agency=st.sampled_from(AGENCIES),
    adviser=st.sampled_from(ADVISERS),
    day=st.integers(min_value=14, max_value=18),
    hour=st.integers(min_value=8, max_value=15),
    employer=st.booleans(),
)
def test_agency_appointment_is_claimed_only_with_an_employers_interview(
    agency: str, adviser: str, day: int, hour: int, employer: bool
) -> None:
    """The same letter from the agency is not an invitation; once an employer invites the
    reader to a Vorstellungsgespräch at that hour, it is."""
    weekday = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"][day - 14]
    when = f"am {weekday}, {day}.12.2026 um {hour}:30 Uhr"
    if employer:
        subject = "Einladung zum Vorstellungsgespräch"
        body = (
            f"Sehr geehrte Frau Morgan,\n\n{agency} hat uns Ihr Profil vorgeschlagen. Wir laden "
            f"Sie {when} zu einem Vorstellungsgespräch in unsere Firma ein.\n\nMit freundlichen "
            "Grüßen"
        )
    else:
        subject = "Einladung zu einem Termin"
        body = (
            f"Sehr geehrte Frau Morgan,\n\nbitte kommen Sie {when} zu {adviser} bei "
            f"{agency}. Wir sprechen über Ihre Bewerbungsbemühungen.\n\nMit freundlichen Grüßen"
        )
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date=DATE)
    assert claimed(raw) is employer
