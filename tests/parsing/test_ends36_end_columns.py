"""The end of an interview set out without a calendar part, as a user reads it: an HTML
table whose header row names the fields ("Date | Start | End | Time zone", "Datum | Beginn |
Ende", "日付 | 開始 | 終了") over the value row, and a start and an end in two cells side by
side with no dash ("01:00 PM 02:00 PM"). The slot ends at the end column's time."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 02 Dec 2026 09:05:00 +0100"
SENDER = "Pat Lee <pat.lee@acme-works.example>"


def _html_mail(body: str, subject: str = "Interview invitation") -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = SENDER
    message["To"] = "alex@mailbox.example"
    message["Date"] = SENT
    message.set_content(body, subtype="html")
    return message.as_bytes()


def _slot(raw: bytes) -> tuple[str, float, str, str]:
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, parsed.confidence, start, end


def _grid(head: list[str], row: list[str]) -> str:
    top = "".join(f"<th>{cell}</th>" for cell in head)
    values = "".join(f"<td>{cell}</td>" for cell in row)
    return f"<table><tr>{top}</tr><tr>{values}</tr></table>"


@pytest.mark.parametrize(
    ("intro", "head", "row", "start", "end"),
    [
        (
            "Your interview is scheduled:",
            ["Date", "Start", "End", "Time zone"],
            ["2027-02-10", "09:00", "09:45", "America/Chicago"],
            "2027-02-10T09:00:00-06:00",
            "2027-02-10T09:45:00-06:00",
        ),
        (
            "Wir laden Sie zum Vorstellungsgespräch ein:",
            ["Datum", "Beginn", "Ende", "Ort"],
            ["Dienstag, 16.02.2027", "10:00", "11:00", "Raum 2"],
            "2027-02-16T10:00:00+01:00",
            "2027-02-16T11:00:00+01:00",
        ),
        (
            "Nous vous invitons à un entretien :",
            ["Date", "Début", "Fin"],
            ["mercredi 17 février 2027", "14h00", "14h45"],
            "2027-02-17T14:00:00+01:00",
            "2027-02-17T14:45:00+01:00",
        ),
        (
            "Your interview schedule:",
            ["Round", "Interviewer", "Date", "Start", "End"],
            ["Technical", "Priya Shah", "Feb 18, 2027", "3:00 PM", "4:00 PM"],
            "2027-02-18T15:00:00+01:00",
            "2027-02-18T16:00:00+01:00",
        ),
    ],
)
def test_end_column_under_a_header_row_closes_the_slot(
    intro: str, head: list[str], row: list[str], start: str, end: str
) -> None:
    kind, confidence, got_start, got_end = _slot(
        _html_mail(f"<p>Hi Alex,</p><p>{intro}</p>{_grid(head, row)}<p>Pat Lee</p>")
    )
    assert kind == "invitation"
    assert confidence >= 0.5
    assert (got_start, got_end) == (start, end)


def test_start_and_end_in_adjacent_cells_close_the_slot() -> None:
    body = (
        "<p>Hello Alex,</p><p>Your interview has been rescheduled to:</p>"
        "<table><tr><td>Hiring Manager Interview</td><td>Thursday, February 11, 2027</td>"
        "<td>01:00 PM</td><td>02:00 PM</td></tr></table><p>Talent Team</p>"
    )
    kind, _, start, end = _slot(_html_mail(body, "Interview Rescheduled"))
    assert kind == "reschedule"
    assert (start, end) == ("2027-02-11T13:00:00+01:00", "2027-02-11T14:00:00+01:00")


def test_adjacent_clocks_in_a_plain_old_new_block_end_the_new_slot() -> None:
    body = (
        "Dear Alex,\n\nYour interview has been rescheduled.\n\n"
        "Original Feb 9, 2027 09:00 AM 10:00 AM\nNew Feb 12, 2027 01:00 PM 02:00 PM\n\nRecruiting"
    )
    raw = plain_mail(
        "Interview rescheduled", body, sender=SENDER, to="alex@mailbox.example", date=SENT
    )
    kind, _, start, end = _slot(raw)
    assert kind == "reschedule"
    assert (start, end) == ("2027-02-12T13:00:00+01:00", "2027-02-12T14:00:00+01:00")


def test_a_list_of_three_times_is_not_a_start_and_an_end() -> None:
    body = (
        "Hi Alex,\n\nWe would like to interview you on Thursday 11 February 2027. "
        "Free slots: 09:00 10:00 11:00\n\nPat"
    )
    raw = plain_mail("Interview slots", body, sender=SENDER, to="alex@mailbox.example", date=SENT)
    parsed = parse_message(raw)
    assert parsed.end is None
