# ruff: noqa: E501 (each language's sentences read best whole)
"""The reader interviews someone else (hirer51): a hiring tool or a scheduler names the reader
as the interviewer ("Interviewer: You", "Interviewer: Alex Morgan", "Alex Morgan
(Interviewer)", "面接官：Alex Morgan", "Tú eres el entrevistador asignado"), a tracker says a
candidate booked a slot in the reader's interview schedule, a marketplace says a tutor or a
cleaner accepted the reader's request for an interview or confirmed the interview call, a
booking page's host copy is titled "Nouvel événement : <name> - <time> - <type>" with the
French space before the colon, and a colleague writes "führen wir das Bewerbungsgespräch mit
Frau …". None of it is the reader's own interview. Controls in the same tools' words with the
reader as the candidate ("Your interviewer will be Sam Patel", "Interviewer: Alex Chen" to an
Alex Morgan, "Votre événement est programmé") stay claimed at the slot."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import (
    _ACCEPTED_YOUR_OFFER,
    _INTERVIEWER_INLINE,
    _INTERVIEWER_ROW,
    _NAMED_INTERVIEWER,
    HOST_BOOKING_CUES,
    reader_chooses,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 07 Sep 2026 09:00:00 +0200"  # Thursday is 10 September
TO = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Hiring Notices <notices@tool.example>"
CLAIMING = ("invitation", "reschedule", "cancellation")
READER = frozenset({"alex", "morgan"})

# the reader runs, hosts or sits in on someone else's interview
READER_INTERVIEWS = {
    "en_row_you": "New interview scheduled\n\nJordan Blake picked a time.\n\nThursday 10 September, 4:00pm\nInterviewer: You\n\nView applicant",
    "en_row_name": "Candidate Priya Shah booked a time.\n\nDate: Thursday 10 September 2026\nTime: 16:00 - 16:30\nInterviewer: Alex Morgan",
    "de_participants": "Für die Stelle Servicekraft wurde ein Interview geplant.\n\nDatum: Donnerstag, 10.09.2026, 16:00 Uhr\nTeilnehmende: Alex Morgan (Interviewer), Jonas Brandt",
    "nl_row": "Sanne de Vries heeft een tijd gekozen.\n\nDatum: donderdag 10 september 2026\nTijd: 16.00 - 16.30\nInterviewer: Alex Morgan",
    "es_inline": "Se ha programado un nuevo evento.\n\nInvitado: Pablo Ortega\nFecha y hora: 16:00 - jueves, 10 de septiembre de 2026\n\nTú eres el entrevistador asignado.",
    "pt_row": "O candidato escolheu um horário.\n\nData: quinta-feira, 10 de setembro, às 16h\nEntrevistador(a): você",
    "it_row": "Giulia ha confermato il colloquio.\n\nData: giovedì 10 settembre 2026, ore 16:00\nIntervistatore: Alex Morgan",
    "pl_row": "Kandydatka zarezerwowała termin.\n\nTermin: czwartek, 10 września 2026, godz. 16:00\nProwadzący: Alex Morgan",
    "sv_row": "Erik har valt en tid.\n\nTid: torsdag 10 september 2026 kl. 16:00\nIntervjuare: du och Maja Berg",
    "nl_role": "Er is een nieuw gesprek voor je ingepland: donderdag 10 september 2026, 16.00 uur.\nJouw rol: interviewer",
    "ja_row": "候補者が枠を予約しました。\n\n日時：2026年9月10日（木）16:00〜16:30\n面接官：Alex Morgan",
    "en_booked_slot": "Tom Hughes has booked a slot in your interview schedule.\n\nThursday 10 September 2026, 16:00 - 16:30",
    "nl_booked_slot": "Kandidaat Sanne heeft via je planningslink een tijd gekozen: donderdag 10 september 2026 om 16.00 uur.",
    "en_cleaner": "Maria G. accepted your request for an in-home interview.\n\nDate: Thursday, September 10, 4:00 PM",
    "en_tutor": "Hannah B. has confirmed your free 15-minute interview call.\n\nWhen: Thursday 10 September, 4:00pm",
    "de_colleague": "am Donnerstag, 10. September um 16 Uhr führen wir das Bewerbungsgespräch mit Frau Sarah König. Könntest du dabei sein?",
}  # fmt: skip

# the reader is the candidate, in the same tools' words
READER_IS_CANDIDATE = {
    "en_your_interviewer": "Your interview for Warehouse Operative is confirmed:\n\nThursday 10 September 2026, 16:00\nYour interviewer will be Sam Patel.",
    "en_row_other": "Your interview with Brightline Labs is confirmed.\n\nThursday 10 September 2026, 16:00\nInterviewer: Alex Chen",
    "de_row_other": "Ihr Interview: Donnerstag, 10.09.2026, 16:00 Uhr\nInterviewer: Frau Kornblum",
    "es_row_other": "Tu entrevista: jueves 10 de septiembre, 16:00\nEntrevistador: Pablo Ortega",
}  # fmt: skip


def _reading(subject: str, body: str) -> tuple[str | None, float, str]:
    parsed = parse_message(plain_mail(subject, body, sender=SENDER, to=TO, date=SENT))
    start = parsed.start.isoformat() if parsed.start is not None else ""
    return parsed.kind, parsed.confidence, start


@pytest.mark.parametrize("key", sorted(READER_INTERVIEWS))
def test_the_reader_as_interviewer_is_not_told_of_their_own_interview(key: str) -> None:
    kind, confidence, _ = _reading(
        "Interview", f"Hello Alex,\n\n{READER_INTERVIEWS[key]}\n\nThe team"
    )
    assert not (kind in CLAIMING and confidence >= 0.5), key


@pytest.mark.parametrize("key", sorted(READER_IS_CANDIDATE))
def test_the_reader_as_the_candidate_stays_claimed_at_the_slot(key: str) -> None:
    kind, confidence, start = _reading(
        "Interview", f"Hello Alex,\n\n{READER_IS_CANDIDATE[key]}\n\nThe team"
    )
    assert kind == "invitation", key
    assert confidence >= 0.5, key
    assert start.startswith("2026-09-10T16:00"), key


def test_a_host_copy_titled_with_the_french_space() -> None:
    subject = "Nouvel événement : Inès Moreau - 16:00 jeu. 10 sept. 2026 - Entretien téléphonique"
    body = "Bonjour Alex Morgan,\n\nUn nouvel événement a été programmé.\n\nDate/heure de l'événement :\n16:00 - jeudi 10 septembre 2026\n"
    kind, confidence, _ = _reading(subject, body)
    assert not (kind in CLAIMING and confidence >= 0.5)
    assert HOST_BOOKING_CUES.search(subject)
    assert HOST_BOOKING_CUES.search(subject.replace(" :", ":"))


def test_the_reader_named_as_the_candidate_is_theirs() -> None:
    # the row names the reader as interviewer only when every name in it is the reader's
    assert reader_chooses("Interview", "Interviewer: Alex Morgan", READER) is not None
    assert reader_chooses("Interview", "Interviewer: Alex Chen", READER) is None
    assert reader_chooses("Interview", "Interviewer: Sam Patel", READER) is None
    assert reader_chooses("Interview", "Interviewer: You\nCandidate: Alex Morgan", READER) is None


@given(
    first=st.sampled_from(["Sam", "Priya", "Jonas", "Lucía", "Maja"]),
    last=st.sampled_from(["Patel", "Chen", "Brandt", "Ortega", "Berg"]),
    label=st.sampled_from(
        ["Interviewer", "Entrevistador", "Intervistatore", "Intervjuare", "Prowadzący", "面接官"]
    ),
)
def test_a_row_naming_another_interviewer_never_makes_the_reader_choose(
    first: str, last: str, label: str
) -> None:
    """Whatever the language of the row, an interviewer who is not the reader leaves the
    mail the reader's; the same row naming the reader makes it someone else's interview."""
    assert (
        reader_chooses("Interview", f"Tu entrevista: 16:00\n{label}: {first} {last}", READER)
        is None
    )
    assert reader_chooses("Interview", f"Slot: 16:00\n{label}: Alex Morgan", READER) is not None


def test_the_cues_stay_linear_on_hostile_text() -> None:
    assert_linear(scans(_INTERVIEWER_ROW), repeated("interviewer: "), label="row")
    assert_linear(scans(_INTERVIEWER_ROW), repeated(" "), label="spaces")
    assert_linear(scans(_NAMED_INTERVIEWER), repeated("Alex "), label="named")
    assert_linear(scans(_NAMED_INTERVIEWER), repeated("Alex Morgan ("), label="named paren")
    assert_linear(scans(_INTERVIEWER_INLINE), repeated("you are the "), label="inline")
    for unit in ("accepted your request for an ", "confirmed your free ", "booked a slot in your "):
        assert_linear(scans(_ACCEPTED_YOUR_OFFER), repeated(unit), label=unit)
    assert_linear(scans(HOST_BOOKING_CUES), repeated("nouvel événement : a - "), label="host")
