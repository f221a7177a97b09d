# ruff: noqa: E501 (each language's sentences read best whole)
"""A move typed as a question that the writer has already made (moves46): "Can we push to
4? I've updated the invite" moves the slot; the same question with "let me know" after it,
or asked by the candidate, moves nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 23 Sep 2026 11:20:00 +0200"


def _read(
    body: str, sender: str = "Lena Hofmann <lena.hofmann@isarlabs.example>"
) -> tuple[str, str, float]:
    raw = plain_mail("Interview today", body, sender=sender, to="alex@mailbox.example", date=SENT)
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


# (the question, what the writer did) in each language: today's 14:00 to 15:00
MADE = {
    "de": "Hallo Alex,\n\nkönnen wir unser Gespräch heute um 14 Uhr auf 15 Uhr schieben? Ich habe die Einladung schon angepasst. Bis später!",
    "fr": "Bonjour Alex,\n\nOn peut décaler notre entretien d'aujourd'hui de 14 h à 15 h ? J'ai déjà mis à jour l'invitation. À tout à l'heure !",
    "es": "Hola Alex:\n\n¿Podemos pasar la entrevista de hoy de las 14 a las 15? Ya he cambiado la invitación del calendario. ¡Hasta luego!",
    "it": "Ciao Alex,\n\npossiamo spostare il colloquio di oggi dalle 14 alle 15? Ho già aggiornato l'invito. A dopo!",
    "nl": "Hoi Alex,\n\nKunnen we ons gesprek van vandaag van 14.00 naar 15.00 uur schuiven? Ik heb de uitnodiging al aangepast. Tot straks!",
    "en": "Hi Alex,\n\nCould we push today's 2pm to 3pm? I've updated the invitation - see you at 3.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(MADE))
def test_a_move_asked_and_made_is_the_new_slot(lang: str) -> None:
    kind, start, confidence = _read(MADE[lang])
    assert (kind, start) == ("reschedule", "2026-09-23T15:00:00+02:00")
    assert confidence >= 0.5


ONLY_ASKED = {
    "de": "Hallo Alex,\n\nkönnten wir unser Gespräch heute von 14 auf 15 Uhr schieben? Geben Sie mir kurz Bescheid, ob das passt.",
    "fr": "Bonjour Alex,\n\nPourrait-on décaler notre entretien d'aujourd'hui de 14 h à 15 h ? Dites-moi si ça vous va.",
    "en": "Hi Alex,\n\nCould we push today's 2pm interview to 3pm? Let me know if that works.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ONLY_ASKED))
def test_a_move_only_asked_is_not_sure(lang: str) -> None:
    assert _read(ONLY_ASKED[lang])[2] < 0.5


def test_a_german_move_joined_by_auf_with_the_verb_last_is_read() -> None:
    body = "Guten Tag,\n\nwir haben Ihr Vorstellungsgespräch heute um 14 Uhr auf 15 Uhr verlegt.\n\nViele Grüße"
    assert _read(body)[:2] == ("reschedule", "2026-09-23T15:00:00+02:00")


def test_push_to_a_bare_hour_over_the_quoted_slot_once_the_invite_is_moved() -> None:
    body = (
        "Hi Alex - so sorry, clash on Priya's side. Can we push to 4? Same link, I've updated the invite.\n\n"
        "On Tue, Sep 22, 2026 at 3:05 PM Lena Hofmann <lena.hofmann@isarlabs.example> wrote:\n"
        "> Confirmed for tomorrow (Wed) at 2pm with Priya. Link: https://meet.example/isar\n"
    )
    assert _read(body)[:2] == ("reschedule", "2026-09-23T16:00:00+02:00")


def test_push_to_a_bare_hour_only_asked_moves_nothing() -> None:
    body = (
        "Hi Alex - can we push to 4? Let me know.\n\n"
        "On Tue, Sep 22, 2026 at 3:05 PM Lena Hofmann <lena.hofmann@isarlabs.example> wrote:\n"
        "> Confirmed for tomorrow (Wed) at 2pm with Priya. Link: https://meet.example/isar\n"
    )
    _, start, confidence = _read(body)
    assert start != "2026-09-23T16:00:00+02:00" or confidence < 0.5


NOUN_BETWEEN = {
    "push_todays_2pm_interview": ("Hi Alex,\n\nCould we push today's 2pm interview to 3pm? I've updated the invitation - see you at 3.", "2026-09-23T15:00:00+02:00"),
    "push_your_2pm_interview_to_4": ("Hi Alex, we had to push your 2pm interview to 4 today. Same link.", "2026-09-23T16:00:00+02:00"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(NOUN_BETWEEN))
def test_the_meetings_noun_between_the_old_hour_and_the_new(case: str) -> None:
    body, start = NOUN_BETWEEN[case]
    assert _read(body)[:2] == ("reschedule", start)
