# ruff: noqa: E501 (each language's sentences read best whole)
"""Set slots that the ats46 templates (Recruiting Playbook, Moodle mod_organizer) state
with wording that read as 'something else':

- an alternative the reader may *ask for* ("falls Sie einen alternativen Termin benötigen",
  "if you need an alternative time") is no second time offered: the slot stays set;
  "alternativ am Donnerstag um 10 Uhr" / "alternatively Thursday at 10" still offers one;
- a slot or appointment "assigned to you" is the reader's meeting, not a task handed over;
  "a task has been assigned to you ... due 16 June" stays a task;
- "keinen Termin mehr" / "geen gesprek meer" (no appointment any more) is what a
  cancellation leaves, not a note that the mail is not about an interview.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 09 Jun 2026 10:12:00 +0200"


def _parse(subject: str, body: str):  # type: ignore[no-untyped-def]
    raw = plain_mail(subject, body, sender="Jana Krüger <bewerbung@hafenkontor.example.de>",
                     to="alex.morgan@mailbox.example", date=SENT)  # fmt: skip
    return parse_message(raw)


def _start(parsed) -> str:  # type: ignore[no-untyped-def]
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


# one set slot, then the sentence that lets the reader ask for another one
ASK_FOR_ALTERNATIVE = {
    "de": (
        "Einladung zum Vorstellungsgespräch: Sachbearbeiter Einkauf",
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Ihnen mitteilen zu können, dass uns Ihre Bewerbung überzeugt hat.\n\nTerminvorschlag:\nDatum:\nDienstag, 16. Juni 2026\nUhrzeit:\n14:00 Uhr\nOrt:\nAm Sandtorkai 12, Hamburg\n\nBitte bestätigen Sie uns den Termin oder teilen Sie uns mit, falls Sie einen alternativen Termin benötigen.\n\nWir freuen uns auf das Gespräch mit Ihnen!",
    ),
    "de-wenn": (
        "Ihr Vorstellungsgespräch bei Hafenkontor",
        "Hallo Herr Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Dienstag, 16. Juni 2026, um 14:00 Uhr in unser Büro ein.\nSollten Sie einen Alternativtermin wünschen, melden Sie sich bitte kurz.\n\nViele Grüße\nJana Krüger",
    ),
    "en": (
        "Interview invitation: Purchasing Clerk",
        "Dear Alex,\n\nWe are pleased to invite you to an interview on Tuesday 16 June 2026 at 14:00 at our Hamburg office.\n\nPlease confirm, or let us know if you need an alternative time.\n\nBest regards,\nJana",
    ),
}


@pytest.mark.parametrize("key", sorted(ASK_FOR_ALTERNATIVE))
def test_an_alternative_the_reader_may_ask_for_leaves_the_slot_set(key: str) -> None:
    subject, body = ASK_FOR_ALTERNATIVE[key]
    parsed = _parse(subject, body)
    assert parsed.kind == "invitation"
    assert _start(parsed) == "2026-06-16T14:00:00+02:00"
    assert parsed.confidence >= 0.5, parsed.warnings


# the same in other languages, and or-words before a request to get in touch
ASK_FOR_ALTERNATIVE_ELSEWHERE = {
    "fr": "Bonjour Alex,\n\nNous avons le plaisir de vous inviter à un entretien le mardi 16 juin 2026 à 14h00 dans nos locaux de Lyon.\n\nMerci de confirmer, ou de nous prévenir si vous souhaitez une date alternative.\n\nCordialement,\nJana",
    "fr-sinon": "Bonjour Alex,\n\nVotre entretien aura lieu le mardi 16 juin 2026 à 14h00 dans nos locaux de Lyon. Cet horaire vous convient-il ? Sinon, merci de nous prévenir.\n\nCordialement,\nJana",
    "es": "Hola Alex:\n\nTe invitamos a una entrevista el martes 16 de junio de 2026 a las 14:00 en nuestra oficina de Madrid.\n\nConfírmanos tu asistencia o avísanos si necesitas una fecha alternativa.\n\nUn saludo,\nJana",
    "it": "Ciao Alex,\n\nti invitiamo a un colloquio martedì 16 giugno 2026 alle 14:00 nella nostra sede di Milano.\n\nConfermaci la presenza oppure scrivici se preferisci un orario alternativo.\n\nCordiali saluti,\nJana",
    "de-falls-nicht": "Hallo Alex,\n\ndein Vorstellungsgespräch ist am Dienstag, 16. Juni 2026, um 14:00 Uhr bei uns in Hamburg. Passt dir das? Falls nicht, melde dich bitte kurz.\n\nViele Grüße\nJana",
    "nl": "Beste Alex,\n\nWe nodigen je uit voor een gesprek op dinsdag 16 juni 2026 om 14:00 uur op ons kantoor in Utrecht.\n\nWil je bevestigen, of laten weten als je een alternatief tijdstip wilt?\n\nGroet,\nJana",
}


@pytest.mark.parametrize("key", sorted(ASK_FOR_ALTERNATIVE_ELSEWHERE))
def test_asking_the_reader_to_say_so_leaves_the_slot_set(key: str) -> None:
    parsed = _parse(
        "Entretien / Entrevista / Colloquio / Gespräch", ASK_FOR_ALTERNATIVE_ELSEWHERE[key]
    )
    assert parsed.kind == "invitation"
    assert _start(parsed) == "2026-06-16T14:00:00+02:00"
    assert parsed.confidence >= 0.5, parsed.warnings


# controls: an alternative the writer offers keeps the choice open
OFFERED_ALTERNATIVE = {
    "de": "Hallo Herr Morgan,\n\nwir können Ihnen Dienstag, 16. Juni 2026, um 14:00 Uhr anbieten, alternativ Donnerstag, 18. Juni, um 10 Uhr.\n\nViele Grüße\nJana Krüger",
    "en": "Dear Alex,\n\nWe could do Tuesday 16 June 2026 at 14:00; alternatively Thursday 18 June at 10:00.\n\nBest,\nJana",
    "fr": "Bonjour Alex,\n\nNous pourrions vous recevoir le mardi 16 juin 2026 à 14h00, sinon le jeudi 18 juin à 10h00.\n\nCordialement,\nJana",
    "it": "Ciao Alex,\n\npossiamo vederci martedì 16 giugno 2026 alle 14:00, oppure giovedì 18 giugno alle 10:00.\n\nCiao,\nJana",
    "de-falls-nicht": "Hallo Alex,\n\nwir könnten Dienstag, 16. Juni 2026, um 14:00 Uhr. Falls nicht, ginge Donnerstag, 18. Juni, um 10 Uhr.\n\nViele Grüße\nJana",
}


@pytest.mark.parametrize("lang", sorted(OFFERED_ALTERNATIVE))
def test_an_alternative_the_writer_offers_stays_open(lang: str) -> None:
    parsed = _parse("Interview", OFFERED_ALTERNATIVE[lang])
    assert parsed.confidence < 0.5, parsed.warnings


def test_a_slot_assigned_to_you_is_your_meeting() -> None:
    body = (
        "Hello Alex Morgan!\n\nAs a part of the course KS-26 Careers Service: Interview Days with Partner Companies, "
        "an appointment with Martin Frühwirth (Lumora Systems) on 16.06.2026 at 14:00 has been assigned to you by Lena Aigner.\n\n"
        "Teacher: Martin Frühwirth (Lumora Systems)\nLocation: Careers Service, room B 2.14\nDate: 16.06.2026 at 14:00\n\nMoodle Messaging System\n"
    )
    parsed = _parse("[KS-26 / Interview slots] - Appointment assigned by teacher", body)
    assert parsed.kind == "invitation"
    assert _start(parsed) == "2026-06-16T14:00:00+02:00"
    assert parsed.confidence >= 0.5, parsed.warnings


def test_a_task_assigned_to_you_stays_a_task() -> None:
    body = "Hello Alex,\n\nA new task has been assigned to you: 'Prepare the onboarding checklist'. It is due on 16.06.2026 at 14:00.\n\nOpenProject"
    parsed = _parse("Task assigned to you", body)
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


NO_APPOINTMENT_ANY_MORE = {
    "de": (
        "[KS-26 / Interviewslots] - Termin abgesagt",
        "Hallo Alex Morgan!\n\nIm Rahmen des Kurses KS-26 wurde ihr Termin am 18.06.2026 um 11:00 im/in Karriereservice, Raum B 2.16 abgesagt.\nBeachten Sie dabei, dass Sie keinen Termin mehr im Terminplaner Interviewslots haben!\nFür einen Ersatztermin folgen Sie bitte dem Link: https://moodle.example/course/view.php?id=4127\n",
    ),
    "nl": (
        "Gesprek geannuleerd",
        "Beste Alex,\n\nJe gesprek op 18-06-2026 om 11:00 is geannuleerd. Je hebt dus geen gesprek meer in het rooster; kies via de link een nieuw moment.\n\nGroet,\nLoopbaancentrum",
    ),
}


@pytest.mark.parametrize("lang", sorted(NO_APPOINTMENT_ANY_MORE))
def test_no_appointment_any_more_is_a_cancellation_not_a_disclaimer(lang: str) -> None:
    subject, body = NO_APPOINTMENT_ANY_MORE[lang]
    parsed = _parse(subject, body)
    assert parsed.kind == "cancellation"
    assert _start(parsed) == "2026-06-18T11:00:00+02:00"
    assert "the note on top says this is not an interview" not in parsed.warnings


def test_a_note_saying_no_appointment_still_counts() -> None:
    body = "Kein Termin, nur zur Info.\n\n---------- Forwarded message ---------\nVon: Karriereservice <ks@moodle.example>\n\nUnser Karrieretag ist am 18.06.2026 um 11:00 im Audimax.\n"
    parsed = _parse("WG: Karrieretag", body)
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


@pytest.mark.parametrize("newlines", [True, False])
def test_the_new_patterns_stay_linear(newlines: bool) -> None:
    """Four times the text takes about four times as long, not sixteen
    (tests/parsing/linearity.py: judged on a megabyte, when its scan is slow enough to tell)."""
    from service.parsing.lexicon import ALTERNATIVES_CUES, READER_ASKS_ALTERNATIVE, SLOT_ASSIGNED
    from service.parsing.lookalikes import NOT_AN_INTERVIEW_CUES

    units = (
        "falls Sie einen alternativen Termin benötigen ",
        "if you need an alternative time ",
        "an appointment with X on 16.06.2026 at 14:00 has been assigned to you ",
        "Sie haben keinen Termin mehr ",
        "je hebt geen gesprek meer ",
        "Sinon, merci de nous prévenir ",
        "oppure scrivici se preferisci ",
    )
    patterns = (READER_ASKS_ALTERNATIVE, SLOT_ASSIGNED, NOT_AN_INTERVIEW_CUES, ALTERNATIVES_CUES)
    for unit in units:
        for pattern in patterns:
            assert_linear(
                scans(pattern),
                repeated(unit, "\n" if newlines else " "),
                label=(unit, pattern.pattern[:60]),
            )
