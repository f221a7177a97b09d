"""Reschedule notices that set the old slot and the new one side by side, as a user reads
them: an HTML table whose columns are "Original time | New time" (or "Fecha anterior |
Nueva fecha", "原定时间 | 新时间", the new column first or last) and the same table in a plain
part, piped or aligned with spaces. The new column's date goes with the new column's time;
the old slot is not what the calendar gets."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 02 Dec 2026 09:05:00 +0100"
SENDER = "Pat Lee <pat.lee@acme-works.example>"


def _html_mail(body: str, subject: str = "Interview moved") -> bytes:
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


def _columns(head: tuple[str, str], rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return (
        "<p>Hi Alex, your interview has been moved.</p><table border='1'>"
        f"<tr><th></th><th>{head[0]}</th><th>{head[1]}</th></tr>{cells}</table><p>Pat</p>"
    )


@pytest.mark.parametrize(
    ("html", "start", "end"),
    [
        (
            _columns(
                ("Original time", "New time"),
                [("Date", "Thu, Jan 14, 2027", "Fri, Jan 15, 2027"),
                 ("Time", "10:00 AM - 11:00 AM", "3:00 PM - 4:00 PM")],
            ),
            "2027-01-15T15:00:00+01:00",
            "2027-01-15T16:00:00+01:00",
        ),
        (
            _columns(
                ("Bisheriger Termin", "Neuer Termin"),
                [("Datum", "Donnerstag, 14.01.2027", "Freitag, 15.01.2027"),
                 ("Uhrzeit", "09:00 - 09:45 Uhr", "13:30 - 14:15 Uhr")],
            ),
            "2027-01-15T13:30:00+01:00",
            "2027-01-15T14:15:00+01:00",
        ),
        # the new column first
        (
            _columns(
                ("Nouvel horaire", "Ancien horaire"),
                [("Date", "mardi 19 janvier 2027", "lundi 18 janvier 2027"),
                 ("Heure", "16h00 - 17h00", "11h00 - 12h00")],
            ),
            "2027-01-19T16:00:00+01:00",
            "2027-01-19T17:00:00+01:00",
        ),
        # one row holding the date and the time; the mark after the noun
        (
            _columns(
                ("Fecha anterior", "Nueva fecha"),
                [("Fecha y hora", "lunes, 11 de enero de 2027, 17:00",
                  "miércoles, 13 de enero de 2027, 09:30")],
            ),
            "2027-01-13T09:30:00+01:00",
            "",
        ),
        (
            _columns(
                ("原定时间", "新时间"),
                [("日期", "2027年1月11日（星期一）", "2027年1月12日（星期二）"),
                 ("时间", "15:00-16:00", "09:00-10:00")],
            ),
            "2027-01-12T09:00:00+01:00",
            "2027-01-12T10:00:00+01:00",
        ),
    ],
)  # fmt: skip
def test_the_new_column_of_an_html_table_is_the_slot(html: str, start: str, end: str) -> None:
    kind, confidence, got_start, got_end = _slot(_html_mail(html))
    assert kind == "reschedule"
    assert confidence >= 0.5
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Hi Alex,\n\nYour interview moved:\n\n"
            "      | Previous            | New\n"
            "------+---------------------+--------------------\n"
            "Date  | Thu, Jan 14, 2027   | Fri, Jan 15, 2027\n"
            "Time  | 10:00 AM - 11:00 AM | 3:00 PM - 4:00 PM\n\nThanks, Pat\n",
            "2027-01-15T15:00:00+01:00",
            "2027-01-15T16:00:00+01:00",
        ),
        (
            "Hallo Alex,\n\nIhr Termin wurde verschoben:\n\n"
            "           Alter Termin           Neuer Termin\n"
            "Datum      Do, 14.01.2027         Fr, 15.01.2027\n"
            "Uhrzeit    10:00 - 11:00          15:00 - 16:00\n\nGruß, Pat\n",
            "2027-01-15T15:00:00+01:00",
            "2027-01-15T16:00:00+01:00",
        ),
        (
            "Hola, Alex:\n\nTu entrevista cambia:\n\n"
            "|               | Fecha anterior      | Nueva fecha        |\n"
            "| Día           | jueves 14/01/2027   | viernes 15/01/2027 |\n"
            "| Hora          | 10:00               | 15:00              |\n\nSaludos, Pat\n",
            "2027-01-15T15:00:00+01:00",
            "",
        ),
    ],
)
def test_the_new_column_of_a_plain_table_is_the_slot(body: str, start: str, end: str) -> None:
    raw = plain_mail("Interview moved", body, sender=SENDER, to="alex@mailbox.example", date=SENT)
    kind, confidence, got_start, got_end = _slot(raw)
    assert kind == "reschedule"
    assert confidence >= 0.5
    assert (got_start, got_end) == (start, end)


def test_a_table_of_two_other_columns_is_left_as_it_is() -> None:
    # "Round | Interviewer": no slot marks; the invitation's own slot is read as before
    html = (
        "<p>Hi Alex, we'd like to invite you to interview on Tuesday, January 12, 2027 at "
        "10:00 AM.</p><table><tr><th></th><th>Old office</th><th>Interviewer</th></tr>"
        "<tr><td>Room</td><td>4.12</td><td>Sam Roe</td></tr></table>"
    )
    kind, _, start, _ = _slot(_html_mail(html, "Interview invitation"))
    assert kind == "invitation"
    assert start == "2027-01-12T10:00:00+01:00"
