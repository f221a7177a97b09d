"""A notice that casts the reader as the interviewer is not the reader's own interview.

Every mail here is written for the test. Each names a future day and a clock time beside an
interview word and a person's name. The invariants:

- a mail telling the reader, in the second person, that they are scheduled, planned or
  entered AS the interviewer ("You are scheduled as an interviewer for an interview with",
  "Sie sind als Interviewerin ... eingeplant", "Vous êtes programmée en tant
  qu'intervieweuse", "Anda dijadwalkan menjadi interviewer") is not claimed;
- a mail asking the reader to prepare or fill in the evaluation sheets
  ("Bewertungsbögen") for an applicant ("die Bewerberin") is not claimed;
- the candidate's own invitation that names who will interview them ("Ihr Gesprächspartner
  ist als Interviewer ...", "you'll meet our interviewer") stays an invitation with its start.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import assert_claimed_from, plain_mail
from tests.parsing.mailkit import claimed as _claimed


def _mail(subject: str, body: str, *, date: str = "Tue, 01 Dec 2026 09:00:00 +0100") -> bytes:
    return plain_mail(
        subject,
        body,
        sender="People Team <people@firma.example>",
        to="Robin Hale <robin.hale@firma.example>",
        date=date,
    )


AS_INTERVIEWER = [
    (
        "New notification",
        "Hi Robin,\n\nYou are scheduled as an interviewer for an interview with Tariq Osei on "
        "2026-12-09 at 11:00:00.\n\nPeople Team",
    ),
    (
        "Panel",
        "Hi Robin,\n\nyou've been booked as interviewer for Mira Jovanovic, Thursday 10 December "
        "at 3pm, room Oak.\n\nThanks",
    ),
    (
        "Neue Benachrichtigung",
        "Hallo Robin,\n\nSie sind als Interviewerin für das Gespräch mit Ida Lorenz am "
        "Mittwoch, 9. Dezember um 14:00 Uhr eingeplant.\n\nPersonalabteilung",
    ),
    (
        "Terminänderung",
        "Hallo Robin,\n\ndas Gespräch mit Ole Brandt ist jetzt am Freitag, 11. Dezember, 9:30 "
        "Uhr. Sie sind weiterhin als Interviewer eingetragen.\n\nHR",
    ),
    (
        "Nouvelle notification",
        "Bonjour Robin,\n\nVous êtes programmée en tant qu'intervieweuse pour un entretien avec "
        "Noé Lefebvre le mercredi 9 décembre à 10 h.\n\nRH",
    ),
    (
        "Jadwal Interview",
        "Yang terhormat Bapak/Ibu Robin,\n\nAnda dijadwalkan menjadi interviewer untuk "
        "interview dengan Budi Hartono pada Rabu, 9 Desember 2026 pukul 13.00.\n\nHRD",
    ),
]

EVALUATION_SHEETS = [
    (
        "Interview geplant",
        "Hallo Robin,\n\ndas Interview mit der Bewerberin Jana Koch ist am Mittwoch, 9. Dezember "
        "um 10:00 Uhr. Bitte bereiten Sie die Bewertungsbögen vor.\n\nHR",
    ),
    (
        "Termin",
        "Hallo Robin,\n\nder Bewerber Luis Wendt kommt am Donnerstag, 10. Dezember um 15 Uhr. "
        "Die Beurteilungsbögen liegen im Portal.\n\nHR",
    ),
]

OWN = [
    (
        "Einladung zum Vorstellungsgespräch",
        "Hallo Robin,\n\nwir laden Sie am Mittwoch, 9. Dezember um 14:00 Uhr zum "
        "Vorstellungsgespräch ein. Ihre Gesprächspartnerin ist Ida Lorenz (Teamleitung).\n\nHR",
        "2026-12-09T14:00",
    ),
    (
        "Your interview",
        "Hi Robin,\n\nYour interview is scheduled for Thursday, December 10 at 3:00 PM. You'll "
        "meet Mira Jovanovic, who will be your interviewer.\n\nPeople Team",
        "2026-12-10T15:00",
    ),
    (
        "Entretien",
        "Bonjour Robin,\n\nVotre entretien aura lieu le mercredi 9 décembre à 10 h avec Noé "
        "Lefebvre.\n\nRH",
        "2026-12-09T10:00",
    ),
]


@pytest.mark.parametrize(("subject", "body"), AS_INTERVIEWER + EVALUATION_SHEETS)
def test_reader_on_the_interviewing_side_is_not_claimed(subject: str, body: str) -> None:
    assert not _claimed(_mail(subject, body))


@pytest.mark.parametrize(("subject", "body", "start"), OWN)
def test_own_interview_naming_the_interviewer_stays(subject: str, body: str, start: str) -> None:
    assert_claimed_from(_mail(subject, body), start)


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(["Tariq Osei", "Ida Lorenz", "Mira Jovanovic", "Budi Hartono"]),
    day=st.integers(min_value=7, max_value=18),
    hour=st.integers(min_value=8, max_value=17),
)
def test_scheduled_as_interviewer_never_claimed(name: str, day: int, hour: int) -> None:
    body = (
        f"Hi Robin,\n\nYou are scheduled as an interviewer for an interview with {name} on "
        f"2026-12-{day:02d} at {hour:02d}:00:00.\n\nPeople Team"
    )
    assert not _claimed(_mail("New notification", body))
