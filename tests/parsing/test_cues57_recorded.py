"""A German interview whose privacy note says the talk is logged ("wird protokolliert").

Why: the minutes cue read "protokoll" at the start of any word, so the verb of a recorded
video interview's privacy note made the invitation an agenda or minutes (meetingai57). The
noun still names minutes.
"""

from __future__ import annotations

from tests.parsing.mailkit import assert_not_sure, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def test_an_interview_that_is_logged_stays_sure() -> None:
    body = (
        "Hallo Alex Morgan,\n\nwir laden Sie zu einem Video-Interview mit unserer Teamleitung "
        "ein: Donnerstag, 8. Oktober, 11:00 Uhr über Teams.\n\nDatenschutz: Mit Ihrer "
        "Einwilligung wird das Gespräch aufgezeichnet und protokolliert.\n\nViele Grüße\nHR"
    )
    raw = plain_mail(
        "Einladung zum Video-Interview", body, sender="hr@firm.example", to=TO, date=DATE
    )
    assert_sure_at(raw, "2026-10-08T11:00", or_screened=True)


def test_minutes_still_read_as_minutes() -> None:
    body = (
        "Hallo zusammen,\n\nanbei das Protokoll der Teamsitzung. Nächster Termin: Donnerstag, "
        "8. Oktober, 11:00 Uhr, Raum 2.14.\n\nGruß\nJana"
    )
    raw = plain_mail("Protokoll Teamsitzung", body, sender="jana@firm.example", to=TO, date=DATE)
    assert_not_sure(raw)
