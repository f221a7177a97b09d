"""A subject that names a coach's or a mentor's session, in mail with no calendar part.

Why: the calendar path read "Karrierecoaching" or "Mentoria de carreira" in an event's title
as a coaching session, but a mentoring programme or a booking tool that mails the same
subject as plain text ("Ihr erstes Mentoring-Gespräch ist vereinbart", "Jadwal sesi mentoring
karier kamu") went to the calendar as the reader's interview: its career and HR words read as
hiring. Eight text mails of seven families in the corpus carry such a subject, all of them
look-alikes. The controls name a coach as the role applied for, or a mentoring programme
beside the reader's own interview, and must stay sure.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Team <team@network.example>", to=TO, date=DATE)


SESSIONS = [
    (
        "de",
        "Ihr erstes Mentoring-Gespräch ist vereinbart",
        "Hallo Alex,\n\nIhre Mentorin Petra Vogt (Personalleiterin) trifft Sie am Donnerstag, "
        "8. Oktober, um 11:00 Uhr im Café am Markt. Sie sprechen über Ihren Berufseinstieg und "
        "Ihre Bewerbungsunterlagen.\n\nViele Grüße\nIhr Programmteam",
    ),
    (
        "en",
        "Career coaching session booked",
        "Hi Alex,\n\nYour career coaching session with Dana (former recruiter) is booked for "
        "Thursday 8 October at 11:00. Bring your CV and the job ads you are applying to.\n\n"
        "Cheers,\nThe Coaching Team",
    ),
    (
        "es",
        "Sesión de mentoría confirmada",
        "Hola Alex:\n\nTu sesión de mentoría con Marta Ruiz, responsable de selección, queda "
        "fijada el jueves 8 de octubre a las 11:00 por videollamada.\n\nUn saludo,\nRed Mentores",
    ),
    (
        "id",
        "Jadwal sesi mentoring karier kamu",
        "Halo Alex,\n\nSesi mentoring karier kamu bersama Kak Rina (HR Manager) dijadwalkan "
        "Kamis, 8 Oktober 2026 pukul 11.00 via Zoom.\n\nSalam,\nTim Karier",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), SESSIONS, ids=[row[0] for row in SESSIONS])
def test_a_coaching_or_mentoring_session_is_not_claimed(lang: str, subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body)), lang


OWN = [
    (
        "en",
        "Interview: Career Coach (maternity cover)",
        "Hi Alex,\n\nThank you for applying for the Career Coach role. We'd like to invite you "
        "to an interview on Thursday 8 October at 11:00 at our office, 4 Mill Lane.\n\n"
        "Best wishes,\nHR",
    ),
    (
        "de",
        "Vorstellungsgespräch (Mentoring-Programm)",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Koordinator unseres "
        "Mentoring-Programms. Wir laden Sie zu einem Vorstellungsgespräch am Donnerstag, "
        "8. Oktober, um 11:00 Uhr ein.\n\nViele Grüße\nPersonalabteilung",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), OWN, ids=[row[0] for row in OWN])
def test_a_coachs_job_interview_stays_sure(lang: str, subject: str, body: str) -> None:
    assert_sure_at(_mail(subject, body), "2026-10-08T11:00", or_screened=True)
