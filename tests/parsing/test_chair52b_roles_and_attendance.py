"""chair52b: a role the reader holds in a programme (chair, moderator, host of an on-stage
interview, judge), a seat on a degree-examination board, and an attendee's status on a
community event platform (participation confirmed, registered, a reminder, a new event in a
group), each with a set time and an interview-like word that is not the reader's job
interview (tests/parsing/corpus/build_chair52b.py), beside the reader's own job interview in
the same layouts.

Invariants, not restated patterns: a programme that casts the reader as moderator, host or
judge, an examination board the reader sits on, and a platform that confirms the reader's
attendance at a public event are not claimed, whatever the hour; an employer's interview
booked through the same conference or platform stays claimed at its time.
"""

from __future__ import annotations

from service.parsing.lookalikes import (
    EVENT_AUDIENCE_CUES,
    SPEAKER_ROLE_CUES,
    THESIS_DEFENCE_CUES,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed_at_the_hour, never_claimed

NOT_YOURS = {
    "host de": (
        "Ihr Abend im Kulturforum",
        "Liebe Frau Morgan,\n\nProgrammpunkt: „Interview mit Lea Brandt über ihr Buch“, "
        "Donnerstag, 4. Februar 2027, {t} Uhr, Saal 2.\n\nIhr Abend als Gastgeberin: Sie "
        "führen das Gespräch auf der Bühne.\n\nHerzliche Grüße\nProgrammleitung",
    ),
    "moderatore it": (
        "Programma della giornata",
        "Caro Alex,\n\nsarai moderatore del panel «Lavoro e città», giovedì 4 febbraio 2027 "
        "alle {t}, sala B. Prima del panel: intervista al sindaco.\n\nLa segreteria",
    ),
    "judge en-US": (
        "Judge schedule",
        "Hi Alex,\n\nThanks for joining our judging panel. Final pitches start Thursday, "
        "February 4, 2027 at {t}. Judges get three minutes to interview each team.\n\n"
        "The organizers",
    ),
    "laurea it": (
        "Commissione di laurea",
        "Gentile prof. Morgan,\n\nLa commissione di laurea di cui Lei fa parte si riunirà "
        "giovedì 4 febbraio 2027 alle ore {t}, aula Magna. Sono previsti 12 candidati.\n\n"
        "La Segreteria",
    ),
    "teilnahme de": (
        "Deine Teilnahme wurde bestätigt",
        "Hallo Alex,\n\ndeine Teilnahme an der folgenden Veranstaltung wurde bestätigt:\n\n"
        "Interview mit der Bürgermeisterin\nDonnerstag, 4. Februar 2027 um {t} Uhr\n"
        "Stadtbibliothek",
    ),
    "rappel fr": (
        "Rappel : Entretien public",
        "Bonjour,\n\nL'événement auquel vous participez commence bientôt :\n\nEntretien "
        "public avec un romancier\njeudi 4 février 2027 à {t}\nMédiathèque",
    ),
    "inscrito es": (
        "Estás inscrito: Entrevista abierta",
        "¡Estás dentro!\n\nEntrevista abierta con una fundadora\njueves, 4 de febrero de 2027"
        " · {t}\nImpact Hub",
    ),
    "lid nl": (
        "Nieuw evenement: Interview met een journalist",
        "Data Club heeft een nieuw evenement gepland.\n\nInterview met een journalist\n"
        "donderdag 4 februari 2027, {t}\n\nJe ontvangt deze mail omdat je lid bent van Data "
        "Club.",
    ),
    "presenca pt-BR": (
        "Presença confirmada",
        "Oi Alex!\n\nSua presença está confirmada no próximo encontro da comunidade: "
        "entrevista ao vivo com uma engenheira, quinta-feira, 4 de fevereiro de 2027, às {t}.",
    ),
    "anmald sv": (
        "Du är anmäld",
        "Hej Alex!\n\nDu är anmäld till:\n\nSamtal och intervju med en författare\ntorsdag 4 "
        "februari 2027 kl. {t}\nStora scenen",
    ),
}

YOURS = {
    "hiring evening de": (
        "Dein Gesprächstermin beim Hiring-Abend",
        "Hallo Alex,\n\nKontor Software hat dir einen Termin für dein Vorstellungsgespräch als "
        "Backend-Entwickler gegeben: Donnerstag, 4. Februar 2027, {t} Uhr.\n\nTeilnahme ändern",
    ),
    "sponsor fr": (
        "Entretien d'embauche pendant le congrès",
        "Bonjour Alex,\n\nJe vous propose un entretien d'embauche pour le poste de chef de "
        "projet sur notre stand, le jeudi 4 février 2027 à {t}.\n\nCordialement,\nSophie "
        "Laurent, responsable recrutement",
    ),
    "fair slot nl": (
        "Je sollicitatiegesprek op het Banenplein",
        "Beste Alex,\n\nZorggroep Vecht nodigt je uit voor een sollicitatiegesprek voor de "
        "functie teamleider: donderdag 4 februari 2027, {t} uur, gesprekshoek 3.\n\nTeam "
        "Banenplein",
    ),
    "meetup host es": (
        "Tu entrevista tras el meetup",
        "Hola Alex:\n\nGracias por venir al meetup. Nos gustaría hacerte una entrevista de "
        "trabajo para el puesto de DevOps el jueves 4 de febrero de 2027 a las {t}.\n\n"
        "Equipo de Talento",
    ),
}


test_roles_boards_and_attendance_are_not_claimed = never_claimed(NOT_YOURS)


test_the_readers_own_job_interview_in_the_same_layouts_stays_claimed = claimed_at_the_hour(YOURS)


def test_new_cues_grow_linearly() -> None:
    assert_linear(scans(SPEAKER_ROLE_CUES), repeated("sarai "), label="sarai")
    assert_linear(scans(SPEAKER_ROLE_CUES), repeated("judging "), label="judging")
    assert_linear(scans(THESIS_DEFENCE_CUES), repeated("commissione di "), label="laurea")
    assert_linear(scans(EVENT_AUDIENCE_CUES), repeated("teilnahme an der "), label="teiln")
    assert_linear(scans(EVENT_AUDIENCE_CUES), repeated("presença está "), label="presenca")
