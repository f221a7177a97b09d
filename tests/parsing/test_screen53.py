"""The screen: a model of how invitations are worded, which can only send a reading to review.

Rules name the look-alikes met so far; the screen weighs all of a mail's words against the
invitations and look-alikes of the dev corpus, so a neighbourhood evening "to practise job
interviews" or a club night with a time goes to review even where no rule names it.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.parser import UNLIKE_INVITATIONS_NOTE, wording
from service.parsing.screen import (
    TEXT_LIMIT,
    WEIGHTS_FILE,
    features,
    invitation_odds,
    reads_unlike_invitations,
    screen,
)

sys.path.insert(0, str(Path(__file__).parent))
from linearity import assert_linear
from mailkit import assert_claimed_at, plain_mail, timed_mail

SENDER = "Sam Keller <sam.keller@northwind-analytics.example>"
READER = "Alex Morgan <alex.morgan@example.com>"
DATE = "Mon, 2 Nov 2026 09:00:00 +0100"

# Invitations worded as recruiters write them: the screen must leave them sure.
INVITATIONS = [
    (
        "Interview invitation: Data Analyst",
        "Dear Alex,\n\nThank you for applying for the Data Analyst position. We would like to "
        "invite you to an interview on Thursday 12 November 2026 at {t} (CET) at our office in "
        "Cologne.\n\nPlease confirm that this time works for you.\n\nKind regards,\nSam Keller",
    ),
    (
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Gerne "
        "laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 12. November 2026, um {t} "
        "Uhr in unser Büro in Köln ein.\n\nBitte bestätigen Sie den Termin kurz.\n\n"
        "Mit freundlichen Grüßen\nSam Keller",
    ),
    (
        "Convocation à un entretien",
        "Bonjour Alex,\n\nSuite à votre candidature au poste d'analyste de données, nous "
        "souhaitons vous rencontrer en entretien le jeudi 12 novembre 2026 à {t} dans nos "
        "locaux de Lyon.\n\nMerci de nous confirmer votre présence.\n\nCordialement,\nSam Keller",
    ),
    (
        "Invitación a entrevista",
        "Hola Alex:\n\nGracias por tu candidatura al puesto de analista de datos. Nos gustaría "
        "invitarte a una entrevista el jueves 12 de noviembre de 2026 a las {t} en nuestra "
        "oficina de Madrid.\n\n¿Nos confirmas que puedes asistir?\n\nUn saludo,\nSam Keller",
    ),
    (
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nBedankt voor je sollicitatie als data-analist. We nodigen je graag uit "
        "voor een gesprek op donderdag 12 november 2026 om {t} uur op ons kantoor in Utrecht."
        "\n\nWil je laten weten of dit past?\n\nMet vriendelijke groet,\nSam Keller",
    ),
    (
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko analityka danych. "
        "Zapraszamy na rozmowę kwalifikacyjną w czwartek 12 listopada 2026 o godz. {t} w "
        "naszym biurze w Krakowie.\n\nProsimy o potwierdzenie terminu.\n\nPozdrawiam,\nSam Keller",
    ),
]

# Club and neighbourhood evenings about job interviews: job words, a time, an invitation,
# and no interview of the reader's; no rule names a "Vereinsabend" or a "buurtavond".
EVENINGS = [
    (
        "Vereinsabend: Bewerbungsgespräche üben",
        "Hallo zusammen,\n\nunser nächster Vereinsabend ist am Donnerstag, 12. November, um 19 "
        "Uhr im Clubraum. Thema: Bewerbungsgespräche üben. Zwei Mitglieder aus der "
        "Personalabteilung spielen die Gegenseite, danach gibt es Zeit für Fragen und Tipps "
        "zu Unterlagen. Getränke gibt es an der Bar, wer mag, bringt etwas zum Knabbern mit. "
        "Gäste sind willkommen.\n\n"
        "Bis dann\nder Vorstand",
        19,
        0,
    ),
    (
        "Buurtavond: sollicitatiegesprek oefenen",
        "Beste buren,\n\nop donderdag 12 november om 19.30 uur is er weer buurtavond in het "
        "wijkcentrum. Deze keer oefenen we sollicitatiegesprekken met vrijwilligers van het "
        "jobcafé. Iedereen mag meedoen, ook als je nu niet zoekt: je kunt ook alleen komen "
        "luisteren. Na afloop is er tijd om na te praten en vragen te stellen aan de "
        "vrijwilligers. Koffie en thee staan klaar.\n\nGroet,\nHet buurtcomité",
        19,
        30,
    ),
]


def test_words_pairs_and_unspaced_scripts_are_counted():
    found = features("Interview on 12/11 at https://meet.example/x 面接のご案内")
    assert found["interview"] == 1
    assert found["interview on"] == 1
    assert found["00"] == 2  # digits are 0: a date names no kind of mail
    assert found["url"] == 1
    assert not any("meet" in name for name in found)
    assert found["面接"] == 1
    assert found["案内"] == 1


def test_only_the_head_of_a_mail_is_weighed():
    head = ("invitation " * TEXT_LIMIT)[:TEXT_LIMIT]
    assert features(head + "webinar " * 1000) == features(head)


def test_the_weights_are_a_trained_model():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    model = screen()
    assert 0.0 < model.threshold < 0.5
    assert len(model.weights) > 10_000
    # what invitations say weighs for them, what event notices say against
    assert model.weights["interview"] > 0
    assert model.weights.get("webinar", 0.0) < 0
    assert data["examples"] > 5_000


@pytest.mark.parametrize(("subject", "body"), INVITATIONS, ids=[s for s, _ in INVITATIONS])
def test_invitations_stay_sure(subject, body):
    raw = timed_mail(subject, body, 10, 0, sender=SENDER, to=READER, date=DATE)
    assert not reads_unlike_invitations(wording(raw))
    assert_claimed_at(raw, 10, 0)
    assert UNLIKE_INVITATIONS_NOTE not in parse_message(raw).warnings


@pytest.mark.parametrize(
    ("subject", "body", "hour", "minute"), EVENINGS, ids=[s for s, *_ in EVENINGS]
)
def test_an_evening_about_interviews_goes_to_review_with_its_time(subject, body, hour, minute):
    raw = plain_mail(subject, body, sender=SENDER, to=READER, date=DATE)
    parsed = parse_message(raw)
    assert parsed.confidence < 0.5
    assert parsed.start is not None
    assert (parsed.start.hour, parsed.start.minute) == (hour, minute)
    assert UNLIKE_INVITATIONS_NOTE in parsed.warnings


_SENTENCES = [
    "We would like to invite you to an interview",
    "Our next meetup is on Thursday",
    "Thank you for applying for the analyst position",
    "The webinar starts on Thursday",
    "Please confirm that this time works for you",
    "Two talks, then drinks",
    "The alumni association meets",
    "Ihr Vorstellungsgespräch findet statt",
    "Der Vereinsabend ist",
]


@settings(max_examples=40, deadline=None)
@given(
    subject=st.sampled_from(_SENTENCES),
    parts=st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4),
    hour=st.integers(8, 18),
)
def test_nothing_is_claimed_that_the_screen_rejects(subject, parts, hour):
    body = ". ".join(parts) + f" on Thursday 12 November 2026 at {hour}:00 (CET)."
    raw = plain_mail(subject, body, sender=SENDER, to=READER, date=DATE)
    parsed = parse_message(raw)
    if parsed.confidence >= 0.5:
        assert not reads_unlike_invitations(wording(raw))
    if UNLIKE_INVITATIONS_NOTE in parsed.warnings:
        assert parsed.confidence < 0.5
        assert parsed.start is not None


@given(st.text(max_size=300))
def test_the_odds_are_a_probability(text):
    odds = invitation_odds(text)
    assert 0.0 <= odds <= 1.0
    assert not math.isnan(odds)


@pytest.mark.parametrize("unit", ["a", " ", "0", "&", "面", "-\n", "https://x.example/ "])
def test_the_screen_is_linear(unit):
    assert_linear(invitation_odds, lambda size: unit * size, label=unit)


def test_a_short_mail_gets_no_opinion():
    notice = "Join our free webinar about the labour market, register now and share the link. "
    assert not reads_unlike_invitations(notice)  # too few words to weigh against the checks
    assert reads_unlike_invitations(notice * 4)
