"""civic50b: appointment panels the reader sits on to choose someone else and slots the
reader books for a non-job purpose (a funder's grant interview, a bidder's interview in a
tender), beside the reader's own job interview in the same words (tests/parsing/corpus/
build_civic50b.py).

Invariants, not restated patterns: a parent or governor thanked or addressed as a member of
a selection panel, committee or board, and a funder's or a buyer's interview about a
project or a bid, are not claimed, whatever the hour; a council's, a school's or an
embassy's interview of the reader for a post stays claimed at its time.
"""

from __future__ import annotations

from service.parsing.lookalikes import OTHER_SENSE_INTERVIEW_CUES, READER_ON_PANEL_CUES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed_at_the_hour, never_claimed

NOT_YOURS = {
    "panel members en-GB": (
        "Deputy head appointment",
        "Dear panel members,\n\nThe interviews for the deputy headship are on Thursday 4 "
        "February 2027 starting at {t} in the library. Question sheets are attached.\n\n"
        "Clerk to the Governors",
    ),
    "parent representative en-US": (
        "Superintendent search",
        "Hi Alex,\n\nThanks for acting as the parents' representative on the superintendent "
        "selection committee. Interviews with the finalists start Thursday, February 4 at {t} "
        "in the board room.\n\nHR",
    ),
    "Auswahlgremium de": (
        "Schulleitung Gymnasium Nord",
        "Sehr geehrte Frau Morgan,\n\nSie wirken als Elternvertreterin im Auswahlgremium "
        "mit. Die Gespräche mit den Bewerbern beginnen am Donnerstag, 4. Februar 2027 um {t} "
        "Uhr.\n\nSchulamt",
    ),
    "comisión de selección es": (
        "Entrevistas dirección",
        "Estimada Alex:\n\nUsted forma parte de la comisión de selección de la dirección. Las "
        "entrevistas a los candidatos serán el jueves 4 de febrero de 2027 a las {t}.\n\n"
        "Consejo Escolar",
    ),
    "rekryteringsgrupp sv": (
        "Ny förskolechef",
        "Hej Alex,\n\ntack för att du sitter med i rekryteringsgruppen. Intervjuerna med "
        "kandidaterna är torsdag 4 februari 2027 kl. {t}.\n\nHR",
    ),
    "grant interview en-US": (
        "Scheduled: Grant interview with Riverbend Fund",
        "Hi Alex,\n\nYour grant interview is booked for Thursday, February 4, 2027 at {t}. "
        "We'll go through the budget of your community garden project.\n\nRiverbend Fund",
    ),
    "Förderprogramm de": (
        "Termin gebucht: Auswahlgespräch Förderprogramm",
        "Hallo Alex,\n\ndein Auswahlgespräch für das Förderprogramm ist am Donnerstag, 4. "
        "Februar 2027 um {t} Uhr gebucht. Es geht um dein Vereinsprojekt.\n\nStiftung",
    ),
    "tender interview en-GB": (
        "Tender clarification interview booked",
        "Hello Alex,\n\nYour firm's clarification interview for the tender is on Thursday 4 "
        "February 2027 at {t}. Please bring your bid manager.\n\nProcurement",
    ),
    "Bietergespräch de": (
        "Einladung zum Bietergespräch",
        "Sehr geehrte Frau Morgan,\n\nim Vergabeverfahren laden wir Ihr Unternehmen zum "
        "Bietergespräch am Donnerstag, 4. Februar 2027 um {t} Uhr ein.\n\nVergabestelle",
    ),
}
YOURS = {
    "council post en-GB": (
        "Interview – Committee Services Officer",
        "Dear Alex,\n\nThank you for applying for the Committee Services Officer post. The "
        "selection panel would like to interview you on Thursday 4 February 2027 at {t}.\n\n"
        "HR, Town Council",
    ),
    "school post de": (
        "Einladung zum Vorstellungsgespräch – Lehrkraft Mathematik",
        "Sehr geehrte Frau Morgan,\n\nwir laden Sie zum Vorstellungsgespräch für die Stelle "
        "als Lehrkraft ein. Sie stellen sich am Donnerstag, 4. Februar 2027 um {t} Uhr der "
        "Auswahlkommission vor.\n\nSchulleitung",
    ),
    "embassy post fr": (
        "Convocation à un entretien – assistant(e) consulaire",
        "Madame,\n\nSuite à votre candidature au poste d'assistante consulaire à l'ambassade, "
        "nous vous convions à un entretien le jeudi 4 février 2027 à {t}.\n\nService RH",
    ),
    "grants officer en-GB": (
        "Interview – Grants Officer",
        "Dear Alex,\n\nThank you for applying for the Grants Officer role. We would like to "
        "invite you to an interview on Thursday 4 February 2027 at {t}.\n\nPeople Team",
    ),
}


test_panels_the_reader_sits_on_and_non_job_bookings_are_not_claimed = never_claimed(NOT_YOURS)


test_the_readers_own_job_interview_in_the_same_words_stays_claimed = claimed_at_the_hour(YOURS)


def test_new_cues_grow_linearly() -> None:
    assert_linear(scans(READER_ON_PANEL_CUES), repeated("you representative on the "), label="rep")
    assert_linear(scans(READER_ON_PANEL_CUES), repeated("sie im sie "), label="gremium")
    assert_linear(scans(READER_ON_PANEL_CUES), repeated("du i du "), label="gruppen")
    assert_linear(scans(OTHER_SENSE_INTERVIEW_CUES), repeated("grant applicant "), label="grant")
