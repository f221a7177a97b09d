# ruff: noqa: E501 (fixture mails read best one line a sentence)
"""Whose interview is it: mail between people on the hiring side speaks of a candidate who
belongs to one of them ("my candidate Priya is free Tuesday at 10", "mi candidato", "mijn
kandidaat", "mon candidat", "meine Kandidatin", "il mio candidato", "moja kandydatka", "min
kandidat", "弊社ご紹介の候補者", "我推荐的候选人", the client's "your candidate") or of a third
person's interview ("her interview at Halden is Tuesday", "Sein Gespräch bei …", "son
entretien", "zijn gesprek", "jego rozmowa", "hans samtale"). The slot is the candidate's,
not the reader's. The same agency writing to the candidate ("your interview with our
client", "Ihr Gespräch", "votre entretien", "您的面试") stays an invitation, even when it
mentions other candidates or names the client; so does a forward whose note tells the
reader they are the one to be met.

Fixtures are written for these tests (own words, made-up people and companies).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from service.parsing.lookalikes import (
    _HER_GERMAN_INTERVIEW,
    _OWNED_CANDIDATE,
    _OWNED_CANDIDATE_EN,
    _THIRD_PERSONS_INTERVIEW,
)
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SURE = 0.5
DATE = "Mon, 13 Apr 2026 09:00:00 +0200"


def _mail(subject: str, body: str) -> ParsedMessage:
    raw = plain_mail(
        subject,
        body,
        sender="Noor Haddad <noor.haddad@firm.example>",
        to="Robin Vale <robin.vale@inbox.example>",
        date=DATE,
    )
    return parse_message(raw)


def _claimed(got: ParsedMessage) -> bool:
    return got.kind == "invitation" and got.confidence >= SURE


# an agency to its client, or the client to the agency: an owned candidate and a slot
OWNED = [
    (
        "Tariq Aziz - availability",
        "Hi Robin,\n\nMy candidate Tariq Aziz is free on Tuesday 14 April at 10:00 for a first chat with you. Shall I lock it in?\n\nNoor",
    ),
    (
        "RE: shortlist",
        "Hi Robin,\n\nThanks for the CVs. We'd like to see your candidate Ellen Shaw on Tuesday 14 April at 10:00, please check she's free.\n\nNoor",
    ),
    (
        "Frau Demir – Termin",
        "Hallo Herr Vale,\n\nmeine Kandidatin Frau Aylin Demir kann am Dienstag, 14. April um 10:00 Uhr zu Ihnen kommen. Passt Ihnen das?\n\nGruß\nNoor Haddad",
    ),
    (
        "Candidat Hugo Perrin",
        "Bonjour Robin,\n\nMon candidat Hugo Perrin est disponible le mardi 14 avril à 10h pour un entretien avec vous. Je le lui confirme ?\n\nNoor",
    ),
    (
        "Candidata Inés Varela",
        "Hola Robin:\n\nMi candidata Inés Varela puede el martes 14 de abril a las 10:00. ¿Te va bien?\n\nNoor",
    ),
    (
        "Candidato Pietro Sala",
        "Ciao Robin,\n\nil mio candidato Pietro Sala è libero martedì 14 aprile alle 10:00 per il colloquio. Va bene?\n\nNoor",
    ),
    (
        "Kandidaat Joris Veen",
        "Hoi Robin,\n\nMijn kandidaat Joris Veen kan dinsdag 14 april om 10:00 bij jullie komen. Is dat goed?\n\nNoor",
    ),
    (
        "Kandydatka Ewa Sowa",
        "Dzień dobry,\n\nmoja kandydatka Ewa Sowa może przyjść we wtorek 14 kwietnia o 10:00. Czy termin pasuje?\n\nNoor",
    ),
    (
        "Kandidat Nils Ek",
        "Hej Robin!\n\nMin kandidat Nils Ek kan komma tisdag 14 april kl. 10.00. Passar det?\n\nNoor",
    ),
    (
        "Kandidat Freja Bang",
        "Hej Robin,\n\nVores kandidat Freja Bang kan komme tirsdag den 14. april kl. 10.00. Passer det?\n\nNoor",
    ),
    (
        "Candidato Caio Prado",
        "Oi Robin,\n\nO meu candidato Caio Prado pode na terça-feira, 14 de abril, às 10:00. Fechado?\n\nNoor",
    ),
    (
        "候補者 中村様",
        "ヴェイル様\n\n弊社ご紹介の候補者、中村 優様ですが、4月14日（火）10:00からの面接でご都合がつくとのことです。\n\nハッダード",
    ),
    (
        "候选人刘畅",
        "Robin 您好，\n\n我推荐的候选人刘畅4月14日（星期二）10:00可以参加面试。\n\nNoor",
    ),
]
# a consultant hands a colleague a candidate: the interview is the candidate's, by its possessive
THEIRS = [
    (
        "Tariq - Halden",
        "Hi Robin,\n\nCould you call Tariq Aziz on Monday? His interview at Halden is on Tuesday 14 April at 10:00.\n\nThanks!\nNoor",
    ),
    (
        "Übergabe Frau Demir",
        "Hi Robin,\n\nkannst du Frau Demir anrufen, bevor ihr Gespräch bei der Lindwerk AG am Dienstag, 14. April um 10:00 Uhr beginnt?\n\nDanke\nNoor",
    ),
    (
        "Übergabe Herr Kaya",
        "Hi Robin,\n\nkannst du Herrn Kaya betreuen? Sein Gespräch bei der Lindwerk AG ist am Dienstag, 14. April um 10:00 Uhr.\n\nDanke\nNoor",
    ),
    (
        "Suivi Hugo Perrin",
        "Salut Robin,\n\nPeux-tu appeler Hugo Perrin ? Son entretien chez Valmy est le mardi 14 avril à 10h.\n\nNoor",
    ),
    (
        "Overdracht Joris",
        "Hoi Robin,\n\nWil jij Joris Veen bellen? Zijn gesprek bij Delta is op dinsdag 14 april om 10:00.\n\nNoor",
    ),
    (
        "Kandydat Jan Wilk",
        "Cześć Robin,\n\nczy możesz zadzwonić do Jana Wilka? Jego rozmowa u klienta jest we wtorek 14 kwietnia o 10:00.\n\nNoor",
    ),
    (
        "Kandidat Freja",
        "Hej Robin,\n\nKan du ringe til Freja Bang? Hendes samtale hos Nordlys er tirsdag den 14. april kl. 10.00.\n\nNoor",
    ),
]
# controls: the agency or the client to the candidate, with other candidates and the client named
CONTROLS = [
    (
        "Your interview with Halden",
        "Hi Robin,\n\nOur client Halden would like to meet you. Your interview is on Tuesday 14 April at 10:00; they're seeing two other candidates this week.\n\nNoor",
    ),
    (
        "Ihr Gespräch bei Lindwerk",
        "Hallo Herr Vale,\n\nunser Kunde Lindwerk möchte Sie kennenlernen. Ihr Gespräch ist am Dienstag, 14. April um 10:00 Uhr.\n\nGruß\nNoor Haddad",
    ),
    (
        "Votre entretien chez Valmy",
        "Bonjour Robin,\n\nValmy reçoit trois candidats ; votre entretien est fixé au mardi 14 avril à 10h.\n\nNoor",
    ),
    (
        "Tu entrevista",
        "Hola Robin:\n\nNuestro cliente quiere conocerte. Tu entrevista es el martes 14 de abril a las 10:00.\n\nNoor",
    ),
    (
        "Jouw gesprek bij Delta",
        "Hoi Robin,\n\nDelta spreekt drie kandidaten. Jouw gesprek is op dinsdag 14 april om 10:00.\n\nNoor",
    ),
    (
        "您的面试安排",
        "Robin 您好，\n\n我们的客户想邀请您参加面试。您的面试时间是4月14日（星期二）10:00。\n\nNoor",
    ),
    (
        "Interview with our CTO",
        "Hi Robin,\n\nOur CTO, Dr Lena Cho, will hold her interview with you on Tuesday 14 April at 10:00.\n\nNoor",
    ),
]
START = datetime(2026, 4, 14, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
START_ASIA = {"候補者 中村様", "候选人刘畅", "您的面试安排"}


@pytest.mark.parametrize(("subject", "body"), OWNED + THEIRS, ids=[s for s, _ in OWNED + THEIRS])
def test_someone_elses_candidate_is_not_claimed(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert not _claimed(got), got.warnings


@pytest.mark.parametrize(("subject", "body"), CONTROLS, ids=[s for s, _ in CONTROLS])
def test_the_candidates_own_interview_stays_an_invitation(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert _claimed(got), got.warnings
    assert got.start is not None
    if subject not in START_ASIA:  # the Date's offset: the text names no zone
        assert got.start == START


def _forward(note: str, inner: str) -> ParsedMessage:
    body = f"{note}\n\n---------- Forwarded message ---------\nFrom: Dan Rowe <dan.rowe@halden.example>\nSubject: Tariq Aziz - confirmed\n\n{inner}"
    return _mail("Fwd: confirmed", body)


def test_agency_forwards_the_clients_confirmation_to_the_clients_hr() -> None:
    got = _forward(
        "Hi Robin,\n\nForwarding Dan's note so you can book a visitor pass for my candidate.\n\nNoor",
        "Hi Noor,\n\nHappy to confirm Tariq Aziz for Tuesday 14 April at 10:00.\n\nDan",
    )
    assert not _claimed(got), got.warnings


def test_agency_forwards_the_clients_wish_to_meet_the_reader() -> None:
    got = _forward(
        "Hi Robin,\n\nGreat news, they want to meet you - details below.\n\nNoor",
        "Hi Noor,\n\nWe would like to interview your candidate on Tuesday 14 April at 10:00 at our office.\n\nDan",
    )
    assert _claimed(got), got.warnings
    assert got.start == START


def test_the_client_invites_the_forwarders_candidate_who_is_the_reader() -> None:
    """The mail passed on was written to the agency: its "your candidate" is the agency's
    candidate, who may be the reader; only the forwarder's note speaks to the reader."""
    got = _forward(
        "Hi Robin,\n\nGood news from the client, see below.\n\nNoor",
        "Hi Noor,\n\nWe would like to interview your candidate on Tuesday 14 April at 10:00 at our office.\n\nDan",
    )
    assert _claimed(got), got.warnings
    assert got.start == START


NAMES = st.sampled_from(["Tariq Aziz", "Ellen Shaw", "Aylin Demir", "Hugo Perrin", "Joris Veen"])
OWNERS = st.sampled_from(
    [
        "My candidate",
        "Our candidate",
        "Your candidate",
        "Meine Kandidatin",
        "Unser Kandidat",
        "Ma candidate",
        "Notre candidat",
        "Mi candidato",
        "Vuestra candidata",
        "Mijn kandidaat",
        "Onze kandidate",
        "Moja kandydatka",
        "Vår kandidat",
    ]
)


@settings(max_examples=25, deadline=None)
@given(owner=OWNERS, name=NAMES)
def test_any_owned_candidate_with_a_slot_is_theirs(owner: str, name: str) -> None:
    got = _mail(
        f"{name} - Tuesday",
        f"Hi Robin,\n\n{owner} {name} can come in on Tuesday 14 April at 10:00.\n\nNoor",
    )
    assert not _claimed(got), got.warnings


@pytest.mark.parametrize(
    "phrase",
    [
        "Sign in to your candidate home to view the details",
        "your candidate profile",
        "our candidate portal",
        "Your Candidate Profile",
        "your candidate\naccount",
        "Ihre Kandidatur",
        "Ihr Bewerber-Konto",
        "votre candidature",
        "la tua candidatura",
        "Du er kandidat til stillingen",
    ],
)
def test_a_candidate_word_used_as_a_modifier_owns_nobody(phrase: str) -> None:
    assert _OWNED_CANDIDATE.search(phrase) is None
    assert _OWNED_CANDIDATE_EN.search(phrase) is None


def _scan(text: str) -> None:
    """The three cues over `text`, as the reader runs them."""
    for cue in (_OWNED_CANDIDATE, _THIRD_PERSONS_INTERVIEW):
        list(cue.finditer(text))
    list(_HER_GERMAN_INTERVIEW.finditer(text))


@pytest.mark.parametrize(
    "words",
    [
        "my candidate Priya ",
        "her interview at ",
        "Sein Gespräch ",
        "jego rozmowa ",
        "我推荐的候选人",
    ],
)
@pytest.mark.parametrize("joiner", ["", "\n"])
def test_the_cues_stay_linear(words: str, joiner: str) -> None:
    assert_linear(_scan, repeated(words, joiner), label=words)
