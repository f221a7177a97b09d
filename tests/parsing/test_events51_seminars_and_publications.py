"""events51: conference, seminar and booking-tool mail with a set time and an interview-like
word that is not the reader's job interview (tests/parsing/corpus/build_events51.py), beside
the reader's own job interview in the same words.

Invariants, not restated patterns: a university's research seminar or colloquium announced
to a department or a list, an interview the reader gives for an organiser's own publication
(a conference blog, a staff newsletter or journal, a festival's programme) and a team's
meeting about interviews with users are not claimed, whatever the hour; a job interview for
an academic post whose day holds a research seminar, a blog editor's job interview and a
UX researcher's job interview stay claimed at their time.
"""

from __future__ import annotations

from service.parsing.lexicon import OTHER_BUSINESS_CUES
from service.parsing.lookalikes import OTHER_SENSE_INTERVIEW_CUES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed_at_the_hour, never_claimed

NOT_YOURS = {
    "seminario it": (
        "Seminario di ricerca",
        "Care colleghe e cari colleghi,\n\nil prossimo seminario di dipartimento si terrà "
        "mercoledì 3 febbraio 2027 alle {t}, aula 4.\n\nRelatore: Dott. Paolo Neri, «Il "
        "colloquio di lavoro nella pubblica amministrazione».\n\nLa segreteria",
    ),
    "seminarium pl": (
        "Zaproszenie",
        "Szanowni Państwo,\n\nzapraszamy na seminarium naukowe: dr Ewa Nowak, „Rozmowa "
        "kwalifikacyjna w sektorze publicznym”, środa, 3 lutego 2027, godz. {t}, sala 12."
        "\n\nSekretariat",
    ),
    "högre seminarium sv": (
        "Välkommen",
        "Hej,\n\nVälkommen till forskningsseminarium onsdag 3 februari 2027 kl. {t}. Lisa Ek "
        "presenterar en studie om anställningsintervjuer.\n\nInstitutionen",
    ),
    "research seminar en-GB": (
        "This week",
        "Dear all,\n\nThis week's research seminar: Dr Omar Said, 'Why employers interview', "
        "Wednesday 3 February 2027 at {t}, Room B2. All welcome.\n\nSeminar organisers",
    ),
    "blog interview de": (
        "Interview für unseren Blog",
        "Hallo Alex,\n\nfür unseren Konferenz-Blog möchten wir ein kurzes Interview mit dir "
        "führen. Termin: Mittwoch, 3. Februar 2027 um {t} Uhr per Video.\n\nDein Orga-Team",
    ),
    "journal interne fr": (
        "Rendez-vous",
        "Bonjour,\n\nMerci d'avoir accepté une interview pour le journal interne. Rendez-vous "
        "le mercredi 3 février 2027 à {t} au service communication.\n\nClaire",
    ),
    "nieuwsbrief nl": (
        "Afspraak",
        "Hoi Alex,\n\nDank je dat je mee wilt doen aan een interview voor de nieuwsbrief. "
        "We zien je woensdag 3 februari 2027 om {t} op kantoor.\n\nRedactie",
    ),
    "user interviews fr": (
        "Réunion planifiée",
        "Bonjour,\n\nVous êtes invité(e) à la réunion « Synthèse des interviews des usagers » "
        "le mercredi 3 février 2027 à {t}.\n\nLe service Rendez-vous Visio",
    ),
}
YOURS = {
    "lecturer with seminar en-GB": (
        "Interview for the post of Lecturer in Economics",
        "Dear Alex,\n\nThank you for applying for the post of Lecturer in Economics. We "
        "would like to invite you to interview on Wednesday 3 February 2027 at {t}. Later "
        "that day you will give a research seminar to the department.\n\nHR",
    ),
    "blog editor en-US": (
        "Interview: Blog Editor",
        "Hi Alex,\n\nThanks for applying for the Blog Editor position. We would like to "
        "invite you to an interview on Wednesday, February 3, 2027 at {t}.\n\nPeople Team",
    ),
    "UX researcher fr": (
        "Entretien d'embauche – chercheur·se UX",
        "Bonjour Alex,\n\nSuite à votre candidature au poste de chercheur·se UX, où vous "
        "mènerez des interviews avec les utilisateurs, nous vous invitons à un entretien "
        "d'embauche le mercredi 3 février 2027 à {t}.\n\nService RH",
    ),
}


test_seminars_publication_interviews_and_user_research_are_not_claimed = never_claimed(NOT_YOURS)


test_the_readers_own_job_interview_in_the_same_words_stays_claimed = claimed_at_the_hour(YOURS)


def test_new_cues_grow_linearly() -> None:
    assert_linear(scans(OTHER_BUSINESS_CUES), repeated("research "), label="seminar")
    assert_linear(scans(OTHER_BUSINESS_CUES), repeated("seminari "), label="seminari")
    assert_linear(scans(OTHER_SENSE_INTERVIEW_CUES), repeated("for the "), label="publication")
    assert_linear(
        scans(OTHER_SENSE_INTERVIEW_CUES), repeated("interviews avec les "), label="users"
    )
