"""Mail read on the employer's side of an interview: the reader books the room for a
candidate who "kommt Donnerstag 10 Uhr", is told the candidate "has also been notified" of
the slot, gives feedback on "l'entretien de Thomas Petit", is scheduled as a Malay
"penemuduga" or is told "tu fais partie du jury". The slot is someone else's interview, so
it must not land in the reader's calendar as theirs; mail to the reader as the candidate,
with the same times, stays an invitation.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import plain_mail

SURE = 0.5


def _mail(subject: str, body: str, offset: str = "+0200") -> ParsedMessage:
    raw = plain_mail(
        subject,
        body,
        sender="Lee Park <lee.park@firm.example>",
        to="Robin Vale <robin.vale@inbox.example>",
        date=f"Mon, 13 Apr 2026 09:00:00 {offset}",
    )
    return parse_message(raw)


def _claimed(got: ParsedMessage) -> bool:
    return got.kind == "invitation" and got.confidence >= SURE


# someone else comes in, or was told of the slot, or was interviewed by the reader
EMPLOYER_SIDE = [
    (
        "Do 10 Uhr Gespräch Vertrieb",
        "Hallo Robin,\n\nKandidatin kommt Donnerstag, 16.04.2026 um 10 Uhr (Frau Brandt, "
        "Vertrieb), bitte Raum 2.05 reservieren.\n\nDanke\nLee",
    ),
    (
        "Thursday 10:00 - room please",
        "Hi Robin,\n\nThe candidate arrives on Thursday 16 April at 10:00 for the sales "
        "role (Ms Brandt). Could you book room 2.05 and meet her at reception?\n\nLee",
    ),
    (
        "Interview schedule - Sales Manager",
        "Dear Robin,\n\nYou are on the schedule below for the Sales Manager interview.\n\n"
        "Name: Jana Brandt\nDate: Thursday, 16 April 2026, 10:00\nPlace: Room 2.05\n\n"
        "The candidate has also been notified of this schedule by email.\n\nHR",
    ),
    (
        "Jadwal Interview Terkonfirmasi",
        "Yang terhormat Bapak/Ibu Robin Vale,\n\nTerimakasih telah menyetujui jadwal "
        "interview untuk:\nNama: Jana Brandt\nPada: Kamis, 16 April 2026 pukul 10.00\n\n"
        "Pelamar yang bersangkutan juga telah diberitahu melalui email untuk jadwal ini.",
    ),
    (
        "Makluman Jadual Temuduga",
        "Tuan/Puan Robin Vale,\n\nDimaklumkan bahawa tuan/puan dijadualkan sebagai "
        "penemuduga bagi temuduga berikut:\nNama: Jana Brandt\nTarikh: Khamis, 16 April "
        "2026, jam 10.00 pagi\nTempat: Bilik Mesyuarat 5",
    ),
    (
        "Votre retour sur l'entretien de Jana Brandt",
        "Bonjour Robin,\n\nMerci d'avoir mené l'entretien du jeudi 16 avril à 10h. Peux-tu "
        "remplir la grille d'évaluation avant vendredi 18h ?\n\nLee",
    ),
    (
        "Jury de recrutement",
        "Bonjour Robin,\n\nTu fais partie du jury pour l'entretien de recrutement du jeudi "
        "16 avril à 10h (poste de comptable). Merci de confirmer.\n\nLee",
    ),
    (
        "Tribunal del jueves",
        "Hola Robin:\n\nFormas parte del tribunal de la entrevista del jueves 16 de abril a "
        "las 10:00 para la plaza de administrativo.\n\nLee",
    ),
    (
        "Colloquio giovedì",
        "Ciao Robin,\n\nil candidato arriva giovedì 16 aprile alle 10:00, puoi prenotare la "
        "sala riunioni?\n\nLee",
    ),
    (
        "Entrevista quinta",
        "Oi Robin,\n\na candidata chega na quinta, 16 de abril, às 10h. Você pode reservar a "
        "sala 3?\n\nLee",
    ),
]


@pytest.mark.parametrize(("subject", "body"), EMPLOYER_SIDE)
def test_someone_elses_interview_is_not_claimed(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert not _claimed(got), got.warnings


# the reader is the candidate: the same slot, said to them
CANDIDATE_SIDE = [
    (
        "Einladung zum Vorstellungsgespräch",
        "Hallo Robin,\n\nwir laden Sie am Donnerstag, 16.04.2026 um 10 Uhr zum "
        "Vorstellungsgespräch ein. Sie treffen Frau Brandt und Herrn Kahl aus dem Vertrieb; "
        "bitte kommen Sie zum Empfang.\n\nLee",
    ),
    (
        "Your interview on Thursday",
        "Hi Robin,\n\nWe'd like to invite you to an interview on Thursday 16 April 2026 at "
        "10:00. You'll meet our panel: Jana Brandt and Ola Kahl. Please arrive at reception "
        "ten minutes early.\n\nLee",
    ),
    (
        "Undangan Interview",
        "Robin Vale\n\nKami mengundang anda untuk interview User pada:\nHari / Tanggal: "
        "Kamis, 16 April 2026\nPukul: 10.00 - selesai\nTempat: Kantor Pusat",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CANDIDATE_SIDE)
def test_the_readers_own_interview_stays_an_invitation(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert _claimed(got), got.warnings
    assert got.start is not None
    assert got.start.strftime("%Y-%m-%d %H:%M") == "2026-04-16 10:00"


_TOLD = [
    "The candidate has also been notified of this slot.",
    "Der Kandidat wurde ebenfalls informiert.",
    "La candidate a déjà été prévenue.",
    "El candidato ha sido notificado.",
    "Kandidat yang bersangkutan juga telah diberitahu.",
]
_OPENINGS = [
    "Hi Robin,\n\nHere is Thursday's slot: 16 April 2026 at 10:00, room 2.05.",
    "Hallo Robin,\n\nTermin: Donnerstag, 16.04.2026, 10:00 Uhr, Raum 2.05.",
]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_OPENINGS), st.sampled_from(_TOLD))
def test_a_slot_the_candidate_was_told_of_is_not_the_readers(opening: str, told: str) -> None:
    """Invariant: whatever the language, a mail saying the candidate was told of the slot
    is not the reader's own invitation."""
    assert not _claimed(_mail("Interview", f"{opening}\n\n{told}\n\nLee"))
