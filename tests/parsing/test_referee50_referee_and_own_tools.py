"""referee50: an interview told to the reader as someone's referee or recommender, and an
interview the reader's own tools remind them of or a tracker's work item about a candidate
(tests/parsing/corpus/build_referee50.py).

Invariants, not restated patterns: a mail where someone named the reader as their referee or
recommender, whatever possessive its time's sentence uses ("su entrevista", "il suo
colloquio"), is not claimed; nor is a reminder, board card, spreadsheet notice or note to
self about an interview the reader already logged, nor an issue assigned or a card moved
about a candidate's interview. The reader's own invitation, in the same
words of references and tools ("your letters have been received", "Te convocamos a la
entrevista", a job board's "scheduled an interview with you"), stays claimed at its time.
"""

from __future__ import annotations

from service.parsing.lookalikes import (
    INVITES_YOU_CUES,
    OWN_TOOL_CUES,
    READER_NAMED_REFEREE_CUES,
    REFERENCE_CHECK_CUES,
    WORK_ITEM_CUES,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import (
    claimed,
    claimed_at_the_hour,
    each_shape,
    never_claimed,
    timed_mail,
)

REFEREE = {
    "named you en": (
        "Reference for {n}",
        "Dear Alex,\n\n{n} has named you as one of her referees for the Harcourt Research "
        "Award. Her interview with the panel is on Wednesday 3 February 2027 at {t}. Please "
        "send your statement by Monday.\n\nAwards Office",
    ),
    "su entrevista es": (
        "Beca de investigación – {n}",
        "Estimado Sr. Morgan:\n\n{n} le ha indicado como persona que lo recomienda. Su "
        "entrevista con el tribunal es el miércoles 3 de febrero de 2027 a las {t}. Le "
        "rogamos que nos envíe su carta antes del lunes.\n\nSecretaría",
    ),
    "il suo colloquio it": (
        "Borsa di ricerca – {n}",
        "Gentile Dott. Morgan,\n\n{n} ha indicato Lei per una lettera di raccomandazione. "
        "Il suo colloquio si terrà mercoledì 3 febbraio 2027 alle {t}.\n\nSegreteria",
    ),
    "gutachter de": (
        "Stipendium – {n}",
        "Sehr geehrter Herr Morgan,\n\n{n} hat Sie als Gutachter benannt. Das "
        "Auswahlgespräch ist am Mittwoch, 3. Februar 2027 um {t} Uhr.\n\nStiftungsbüro",
    ),
    "asks referee to expect a call ja": (
        "推薦者のお願い",
        "Alexさん\n\n2月3日（水）{t}から最終面接があり、その後に推薦者へ連絡が行きます。\n\n{n}",
    ),
}
OWN_TOOLS = {
    "reminder set on a page en": (
        "Reminder: Interview",
        "Reminder from your page Job search 2027\n\nNorthwind – Analyst\nInterview: "
        "3 February 2027 {t}\n\nYou set this reminder on the Interview property.",
    ),
    "card on your board de": (
        "Karte fällig",
        "Die Karte „Gespräch Nordwind“ auf deinem Board „Bewerbungen“ ist fällig: "
        "Mittwoch, 3. Februar 2027, {t} Uhr.",
    ),
    "spreadsheet edit en": (
        "Changes in your spreadsheet",
        "You changed 3 cells in Applications:\nNorthwind | Interview | 2/3/2027 {t}",
    ),
    "issue assigned en": (
        "HR-12 Interview: {n}",
        "HR-12 Interview: {n} was updated by Jana Novak\n\nAssignee: Alex Morgan\n\n"
        "Interview with {n} on Wednesday 3 February 2027 at {t} in room Oak.\n\nView issue",
    ),
    "card moved fr": (
        "Carte déplacée",
        "Léa Roux a déplacé la carte Entretien {n} – mercredi 3 février 2027 à {t} vers la "
        "liste Entretiens planifiés.\n\nVoir la carte",
    ),
    "note to self sv": (
        "Påminnelse till mig själv",
        "Intervju hos Nordvind onsdag 3 februari 2027 kl. {t}. Läs på om bolaget.",
    ),
}
OWN_INVITES = {
    "letters received en": (
        "Your interview",
        "Dear Alex,\n\nYour two letters of recommendation have been received. We would like "
        "to invite you to an interview on Wednesday 3 February 2027 at {t}.\n\n{n}",
    ),
    "te convocamos es": (
        "Tu entrevista",
        "Hola, Alex:\n\nHemos recibido tus cartas de recomendación. Te convocamos a la "
        "entrevista el miércoles 3 de febrero de 2027 a las {t}.\n\n{n}",
    ),
    "map link nl": (
        "Uitnodiging voor sollicitatiegesprek",
        "Hallo Alex,\n\nWe nodigen je uit voor een sollicitatiegesprek op woensdag 3 februari "
        "2027 om {t}.\n\nWaar: Catharijnesingel 30, Utrecht (Bekijk kaart)\n\n{n}",
    ),
    "job board en": (
        "Northwind scheduled an interview with you",
        "Hi Alex,\n\nNorthwind has scheduled an interview with you on Wednesday, February 3, "
        "2027 at {t}. Confirm in your account.\n\n{n}",
    ),
}


test_an_interview_told_to_a_referee_is_not_claimed = never_claimed(REFEREE, names=True)


@each_shape(OWN_TOOLS)
def test_the_readers_own_tools_reminding_them_are_not_claimed(
    shape: str, hour: int, minute: int
) -> None:
    assert not claimed(timed_mail(*OWN_TOOLS[shape], hour, minute, name="Maya Osei"))


test_the_readers_own_invitation_stays_claimed_at_its_time = claimed_at_the_hour(
    OWN_INVITES, names=True
)


def test_new_cues_grow_linearly() -> None:
    assert_linear(scans(OWN_TOOL_CUES), repeated('board: " job '), label="own tool")
    assert_linear(scans(OWN_TOOL_CUES), repeated("on your board "), label="own board")
    assert_linear(
        scans(READER_NAMED_REFEREE_CUES), repeated("named you as one of the "), label="named"
    )
    assert_linear(scans(REFERENCE_CHECK_CUES), repeated("llamar a las "), label="refs es")
    assert_linear(scans(INVITES_YOU_CUES), repeated("te convocamos a la "), label="convoca")
    assert_linear(scans(WORK_ITEM_CUES), repeated("heeft de kaart "), label="kaart")
    assert_linear(scans(WORK_ITEM_CUES), repeated("hat die karte ", "\n"), label="karte")
