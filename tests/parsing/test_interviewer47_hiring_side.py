# ruff: noqa: E501 (fixture mails read best one line a sentence)
"""Mail whose reader runs someone else's interview: a recruiter hands the interviewer the
candidate's CV with the slot ("CV attached", "Lebenslauf anbei", "In allegato il CV", "CV w
załączniku", "CV bifogat"), says whom the reader's interview is with and calls them the
candidate ("is with Priya Nair, the candidate for …", "es con Pablo Ortega, candidato al
puesto"), or names the candidate's round in the genitive ("Oliver Hart's final round",
"Erik Sands slutintervju", "il colloquio del candidato Marco Neri"). The same writers' mail
to the candidate ("please bring your CV", "your interview is with Sara Lind, our CTO", "your
final round is …") stays an invitation.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from service.parsing.lookalikes import (
    attached_cv_of_someone_else,
    interview_with_a_candidate,
    names_another_candidate,
)
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SURE = 0.5
SLOT = datetime(2026, 4, 16, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _mail(subject: str, body: str) -> ParsedMessage:
    raw = plain_mail(
        subject,
        body,
        sender="Lee Park <lee.park@firm.example>",
        to="Robin Vale <robin.vale@inbox.example>",
        date="Mon, 13 Apr 2026 09:00:00 +0200",
    )
    return parse_message(raw)


def _claimed(got: ParsedMessage) -> bool:
    return got.kind == "invitation" and got.confidence >= SURE


# the candidate's CV handed to the reader with the slot
CV_HANDED = [
    (
        "Thursday 10:00",
        "Hi Robin,\n\nYou're seeing Jana Brandt on Thursday 16 April at 10:00 for the buyer role. CV attached.\n\nLee",
    ),
    (
        "Do 10 Uhr",
        "Hallo Robin,\n\nam Donnerstag, 16. April, um 10:00 Uhr führst du das Gespräch mit Herrn Jonas Keller. Lebenslauf und Zeugnisse anbei.\n\nLee",
    ),
    (
        "Giovedì 10:00",
        "Ciao Robin,\n\ngiovedì 16 aprile alle 10:00 fai tu il colloquio con Paolo Rinaldi. In allegato il CV.\n\nLee",
    ),
    (
        "Czwartek 10:00",
        "Cześć Robin,\n\nw czwartek 16 kwietnia o 10:00 masz rozmowę z panem Michałem Kaczmarkiem. CV w załączniku.\n\nLee",
    ),
    (
        "Torsdag 10.00",
        "Hej Robin,\n\npå torsdag 16 april kl. 10.00 träffar du Elin Berg. CV bifogat.\n\nLee",
    ),
    (
        "Donderdag 10.00",
        "Hoi Robin,\n\ndonderdag 16 april om 10.00 uur voer jij het gesprek met Daan Visser. Het cv zit in de bijlage.\n\nLee",
    ),
    (
        "Čtvrtek 10:00",
        "Ahoj Robine,\n\nve čtvrtek 16. 4. v 10:00 vedeš pohovor s Petrem Novákem. Životopis máš v příloze.\n\nLee",
    ),
]
# the candidate asked for their own CV
CV_ASKED = [
    (
        "Your interview",
        "Hi Robin,\n\nYour interview is confirmed for Thursday 16 April at 10:00 at our office. Please bring a printed copy of your CV.\n\nLee",
    ),
    (
        "Ihr Vorstellungsgespräch",
        "Sehr geehrte Frau Vale,\n\nwir laden Sie am Donnerstag, 16. April, um 10:00 Uhr zum Vorstellungsgespräch ein. Bitte bringen Sie Ihren Lebenslauf mit.\n\nLee Park",
    ),
    (
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę w czwartek 16 kwietnia o 10:00. Prosimy zabrać ze sobą CV.\n\nLee Park",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CV_HANDED)
def test_someone_elses_cv_attached_is_not_claimed(subject: str, body: str) -> None:
    assert not _claimed(_mail(subject, body))


@pytest.mark.parametrize(("subject", "body"), CV_ASKED)
def test_candidate_asked_for_own_cv_stays_invitation(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert _claimed(got)
    assert got.start == SLOT


@pytest.mark.parametrize(
    "clause",
    [
        "Please find my CV attached.",
        "Anbei mein Lebenslauf.",
        "Please send your CV as an attachment.",
        "Le adjunto mi CV.",
        "Bifogar mitt CV.",
    ],
)
def test_own_or_asked_cv_is_not_someone_elses(clause: str) -> None:
    assert not attached_cv_of_someone_else(clause)


# whom the reader's interview is with, called the candidate
APPOSITION = [
    (
        "Your 10am Thursday",
        "Hi Robin,\n\nYour interview on Thursday 16 April at 10am is with Priya Nair, the candidate for the analyst role.\n\nLee",
    ),
    (
        "Gespräch Donnerstag",
        "Hallo Robin,\n\ndein Gespräch am Donnerstag, 16. April, um 10 Uhr ist mit Frau Lea Brandt, Bewerberin für die Stelle im Einkauf.\n\nLee",
    ),
    (
        "Entrevista jueves",
        "Hola Robin,\n\ntu entrevista del jueves 16 de abril a las 10:00 es con Sergio Lara, candidato al puesto de soporte.\n\nLee",
    ),
    (
        "Entretien jeudi",
        "Salut Robin,\n\nton entretien du jeudi 16 avril à 10h est avec Inès Dubois, candidate au poste de comptable.\n\nLee",
    ),
    (
        "Entrevista quinta",
        "Oi Robin,\n\nsua entrevista de quinta, 16 de abril, às 10h é com a candidata Júlia Alves.\n\nLee",
    ),
]
CANDIDATE_TOLD = [
    (
        "Your interview",
        "Hi Robin,\n\nYour interview is with Sara Lind, our CTO, on Thursday 16 April at 10:00 on Zoom.\n\nLee",
    ),
    (
        "Tu entrevista",
        "Hola Robin:\n\nTe confirmo tu entrevista con Laura Gómez, directora financiera, el jueves 16 de abril a las 10:00.\n\nLee",
    ),
    (
        "Your final round",
        "Hi Robin,\n\nYour final round is booked for Thursday 16 April at 10:00, with Oliver Hart and James Cole.\n\nLee",
    ),
]


@pytest.mark.parametrize(("subject", "body"), APPOSITION)
def test_interview_with_a_named_candidate_is_not_claimed(subject: str, body: str) -> None:
    assert not _claimed(_mail(subject, body))


@pytest.mark.parametrize(("subject", "body"), CANDIDATE_TOLD)
def test_candidate_told_whom_they_meet_stays_invitation(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert _claimed(got)
    assert got.start == SLOT


# the candidate's round named in the genitive, or as the candidate's
GENITIVE = [
    (
        "Re: Scheduling",
        "Thanks both. Booked: Oliver Hart's final round is Thursday 16 April at 10:00, Robin and James interviewing.\n\nLee",
    ),
    (
        "Slutintervju",
        "Hej båda,\n\nErik Sands slutintervju blir torsdag 16 april kl. 10.00. Robin och Johan intervjuar.\n\nLee",
    ),
    (
        "Secondo colloquio",
        "Ciao Robin,\n\nil secondo colloquio del candidato Marco Neri è fissato per giovedì 16 aprile alle 10:00; ci sarete tu e Paola.\n\nLee",
    ),
    (
        "Final",
        "Oi Robin,\n\na entrevista final do candidato Rafael Costa ficou para quinta, 16 de abril, às 10h.\n\nLee",
    ),
]


@pytest.mark.parametrize(("subject", "body"), GENITIVE)
def test_a_named_candidates_round_is_not_claimed(subject: str, body: str) -> None:
    assert not _claimed(_mail(subject, body))


@settings(max_examples=30, deadline=None)
@given(
    first=st.sampled_from(["Priya", "Jonas", "Marta", "Tomasz", "Elin", "Hugo"]),
    last=st.sampled_from(["Nair", "Keller", "Bianchi", "Nowak", "Berg", "Lemaire"]),
)
def test_any_other_persons_round_names_another_candidate(first: str, last: str) -> None:
    text = f"Booked: {first} {last}'s final round is Thursday 16 April at 10:00."
    assert names_another_candidate(text, frozenset({"robin", "vale"}))
    assert not names_another_candidate(text, frozenset({first.lower(), last.lower()}))


@pytest.mark.parametrize(
    "text",
    [
        "Your Data Analytics Interview is on Thursday at 10:00 via Microsoft Teams interview link.",
        "Acme Labs's interview process has three stages.",
        "Unfortunately Thursday's interview (16 April, 10.00) won't be going ahead.",
    ],
)
def test_plurals_and_firms_are_not_a_persons_round(text: str) -> None:
    assert not names_another_candidate(text, frozenset({"robin", "vale"}))


@pytest.mark.parametrize(
    "words",
    [
        "your interview on Thursday is with Priya Nair, the candidate for ",
        "CV attached and more words ",
        "Oliver Hart's final round ",
        "interview with the candidate ",
        "colloquio del candidato ",
        "gespräch am 12. Mai, mit Frau Lea Brandt, Bewerberin ",
    ],
)
@pytest.mark.parametrize("joiner", ["", "\n"])
def test_new_cues_stay_linear(words: str, joiner: str) -> None:
    def read(text: str) -> None:
        interview_with_a_candidate(text)
        attached_cv_of_someone_else(text)
        names_another_candidate(text, frozenset({"robin"}))

    assert_linear(read, repeated(words, joiner), label=words)
