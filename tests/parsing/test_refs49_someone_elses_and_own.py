"""refs49: someone else's interview told to a referee, an interviewer or the one who books its
room, and the reader's own interview beside references (tests/parsing/corpus/build_refs49.py).

Invariants, not restated patterns: a mail that hands the reader the candidates' papers in the
plural, or books a room for the interview of a person named in full beside a candidate word or
a title, is not claimed; the reader's own invitation ("invite you to interview", "laden Sie
... zu einem Vorstellungsgespräch ein") stays claimed though it asks for referees.
"""

from __future__ import annotations

from hypothesis import given, settings

from service.parsing.lookalikes import (
    _CANDIDATES_PAPERS,
    INVITES_YOU_CUES,
    names_another_candidate,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import (
    FIRST_NAMES,
    LAST_NAMES,
    claimed,
    each_shape,
    never_claimed,
    timed_mail,
)

READER = frozenset({"alex", "morgan"})

OTHERS = {
    "papers de": (
        "Gesprächsplan Vertrieb",
        "Hallo Herr Morgan,\n\nnächste Woche führen Sie folgende Gespräche:\n\nMi, 03.02.  {t} "
        "Uhr  {n}, Raum Spree\n\nDie Unterlagen der Bewerberinnen und Bewerber finden Sie im "
        "Portal.\n\nGruß\nRecruiting",
    ),
    "papers fr": (
        "Ordre de passage – jury du 3 février",
        "Bonjour,\n\nMercredi 3 février, {t} : {n}.\n\nLes dossiers des candidates et "
        "candidats sont disponibles sur l'intranet.\n\nCordialement,\nService RH",
    ),
    "room es": (
        "Sala para entrevista de candidata – miércoles",
        "Hola Alex,\n\nreserva por favor la sala Ebro el miércoles 3 de febrero a las {t} para "
        "la entrevista final de {n}.\n\nGracias,\nOperaciones",
    ),
    "room fr title": (
        "Demande de salle",
        "Bonjour,\n\nLa salle Tilleul est réservée mercredi 3 février à {t} pour l'entretien "
        "de Mme {n}.\n\nServices généraux",
    ),
}
OWN = {
    "invite to interview en-GB": (
        "Interview – Data Officer",
        "Dear Alex,\n\nWe would like to invite you to interview on Wednesday 3 February 2027 "
        "at {t} at our Bristol office.\n\nPlease also send the details of two referees; we "
        "only contact them after interview.\n\n{n}\nHR",
    ),
    "invite for interview en-GB": (
        "Shortlisting outcome",
        "Dear Alex,\n\nI am pleased to invite you for interview on Wednesday 3 February 2027 "
        "at {t}. We will take up references afterwards.\n\n{n}\nHR",
    ),
    "laden Sie ein de": (
        "Ihre Bewerbung",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie gern zu einem Vorstellungsgespräch am "
        "Mittwoch, 3. Februar 2027 um {t} Uhr ein. Bitte nennen Sie uns zwei "
        "Referenzen.\n\n{n}\nPersonal",
    ),
}


test_someone_elses_interview_is_not_claimed = never_claimed(OTHERS, names=True)


@each_shape(OWN, names=True)
def test_the_readers_own_interview_beside_referees_stays_claimed(
    shape: str, hour: int, minute: int, first: str, last: str
) -> None:
    assert claimed(timed_mail(*OWN[shape], hour, minute, name=f"{first} {last}"))


@given(first=FIRST_NAMES, last=LAST_NAMES)
@settings(max_examples=10, deadline=None)
def test_the_interview_of_a_named_person_is_theirs_unless_it_is_the_reader(
    first: str, last: str
) -> None:
    """The genitive names the one interviewed; the reader's own name there is the reader's,
    and a department ("Recursos Humanos") is nobody."""
    room = "Sala para entrevista de candidato.\nEs para la entrevista técnica de {}."
    assert names_another_candidate(room.format(f"{first} {last}"), READER)
    assert not names_another_candidate(room.format("Alex Morgan"), READER)
    department = "Estimado candidato: tu entrevista de Recursos Humanos es el lunes."
    assert not names_another_candidate(department, READER)
    assert not names_another_candidate(f"la entrevista de {first} {last}", READER)


def test_new_cues_grow_linearly() -> None:
    assert_linear(scans(INVITES_YOU_CUES), repeated("laden sie zu einem "), label="invites")
    assert_linear(scans(_CANDIDATES_PAPERS), repeated("cv de los cv "), label="papers")
    for unit in ("entrevista técnica de ", "la entrevista de Raúl ", "unterlagen der "):
        assert_linear(
            lambda text: names_another_candidate(text, READER), repeated(unit), label=unit
        )
