"""events50: event platforms', the press's and academia's mail with a set time and an
interview-like word that is not the reader's job interview (tests/parsing/corpus/
build_events50.py), beside the reader's own job interview in the same words.

Invariants, not restated patterns: a doctoral student's progress review or committee meeting,
an interview with the press about the reader's book or expertise, an event platform's notice
that the reader's own event is published and a place offered after an admissions interview
are not claimed, whatever the hour; an interview for a PhD post that is employment, a radio
station's job interview and a conference career corner's slot stay claimed at their time.
"""

from __future__ import annotations

from service.parsing.lexicon import DECLINE_CUES
from service.parsing.lookalikes import (
    EVENT_PUBLISHED_CUES,
    OTHER_SENSE_INTERVIEW_CUES,
    STATUS_OUTCOME_CUES,
    STUDENT_APPOINTMENT_CUES,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed_at_the_hour, never_claimed

NOT_YOURS = {
    "progress review en-GB": (
        "Annual progress review – your panel",
        "Dear Alex,\n\nYour annual progress review meeting with your thesis advisory panel "
        "is on Wednesday 3 February 2027 at {t}, Room 2.10.\n\nPlease upload your report "
        "first.\n\nDoctoral College",
    ),
    "Betreuungsgespräch de": (
        "Betreuungsgespräch Promotion",
        "Liebe Frau Morgan,\n\nIhr jährliches Betreuungsgespräch mit dem Promotionskomitee "
        "findet am Mittwoch, 3. Februar 2027 um {t} Uhr statt.\n\nGraduiertenschule",
    ),
    "comité de suivi fr": (
        "Convocation",
        "Bonjour,\n\nVous êtes convoqué devant votre comité de suivi individuel. L'entretien "
        "aura lieu le mercredi 3 février 2027 à {t}.\n\nÉcole doctorale",
    ),
    "verifica annuale it": (
        "Verifica annuale",
        "Gentile dottoranda,\n\nil colloquio della verifica annuale è fissato per mercoledì "
        "3 febbraio 2027 alle {t}.\n\nSegreteria",
    ),
    "radio author en-GB": (
        "Interview request",
        "Dear Alex,\n\nI produce the morning show on Radio Fenwick and we have just read your "
        "book. Could we interview you on Wednesday 3 February at {t}?\n\nSam",
    ),
    "journalist expert de": (
        "Anfrage",
        "Sehr geehrte Frau Morgan,\n\nich würde Sie gern als Expertin dazu befragen. Passt "
        "ein Gespräch am Mittwoch, 3. Februar 2027 um {t} Uhr? Die Zitate lege ich Ihnen zur "
        "Freigabe vor.\n\nJana Vogt",
    ),
    "event published it": (
        "Il tuo evento è stato confermato",
        "Ciao,\n\nil tuo evento è stato confermato:\n\nIntervista a Marta Ferri\nmercoledì 3 "
        "febbraio 2027 {t}\nLibreria Modo\n",
    ),
    "event published de": (
        "Veranstaltung bestätigt",
        "Hallo,\n\ndeine Veranstaltung wurde von der Redaktion geprüft und veröffentlicht:"
        "\n\nInterviews mit Zeitzeugen\nMittwoch, 3. Februar 2027 {t}\n",
    ),
    "admission offered de": (
        "Zulassungsbescheid",
        "Sehr geehrte Frau Morgan,\n\nnach Ihrem Auswahlgespräch freuen wir uns, Ihnen einen "
        "Studienplatz anzubieten. Die Einführung beginnt am Mittwoch, 3. Februar 2027 um {t} "
        "Uhr.\n\nStudierendenservice",
    ),
}
YOURS = {
    "PhD post en-GB": (
        "Invitation to interview: PhD Research Associate",
        "Dear Alex,\n\nThank you for applying for the post of PhD Research Associate. We "
        "would like to invite you to interview on Wednesday 3 February 2027 at {t}.\n\nHR",
    ),
    "Promotionsstelle de": (
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als "
        "wissenschaftliche Mitarbeiterin (Promotion). Wir laden Sie zu einem "
        "Vorstellungsgespräch am Mittwoch, 3. Februar 2027 um {t} Uhr ein.\n\nProf. Lenz",
    ),
    "radio journalist fr": (
        "Convocation à un entretien – journaliste radio",
        "Bonjour,\n\nÀ la suite de votre candidature au poste de journaliste radio, nous "
        "vous convions à un entretien le mercredi 3 février 2027 à {t}.\n\nService RH",
    ),
    "career corner en-GB": (
        "Your interview slot at the career corner",
        "Hi Alex,\n\nNorthwind Data would like to interview you for their Backend Developer "
        "position:\n\nWhen: Wednesday 3 February 2027, {t}\n\nIf the time clashes with a "
        "talk you want to see, reply and we will try to move it.\n\nCareer corner team",
    ),
}


test_milestones_press_and_platform_notices_are_not_claimed = never_claimed(NOT_YOURS)


test_the_readers_own_job_interview_in_the_same_words_stays_claimed = claimed_at_the_hour(YOURS)


def test_a_supposed_clash_declines_nothing() -> None:
    """The writer's own clash declines; an "if the time clashes" only asks."""
    assert DECLINE_CUES.search("Sorry, Thursday clashes with an exam.")
    assert not DECLINE_CUES.search("If the time clashes with a talk, reply.")


def test_new_cues_grow_linearly() -> None:
    assert_linear(
        scans(STUDENT_APPOINTMENT_CUES), repeated("réinscription en "), label="phd milestones"
    )
    assert_linear(scans(OTHER_SENSE_INTERVIEW_CUES), repeated("zitate zur "), label="press quotes")
    assert_linear(
        scans(OTHER_SENSE_INTERVIEW_CUES), repeated("als expertin "), label="press expert"
    )
    assert_linear(
        scans(EVENT_PUBLISHED_CUES), repeated("deine veranstaltung wurde "), label="event"
    )
    assert_linear(
        scans(STATUS_OUTCOME_CUES), repeated("ihnen einen studienplatz "), label="admission"
    )
    assert_linear(scans(DECLINE_CUES), repeated("if the time "), label="supposed clash")


def test_the_readers_book_is_a_book_not_a_booking() -> None:
    """An author's book names the press's interview; a booking reviewed names nothing."""
    assert OTHER_SENSE_INTERVIEW_CUES.search("we have just read your book on shipyards")
    assert not OTHER_SENSE_INTERVIEW_CUES.search("we reviewed your booking for Tuesday")
    assert not OTHER_SENSE_INTERVIEW_CUES.search("questions about your bookings")
