"""A forwarded mail that names no interview waits in review with its reason; it grows no
interview and no reminders. The same mail that names the interview is taken at once."""

from __future__ import annotations

from email.message import EmailMessage

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.platform.db import db
from tests.helpers import make_user
from tests.inbound import kit

BODY = (
    "Hi Ana,\n\nWe're meeting on Thursday 10 December 2026 at 14:00 CET at our Leeds "
    "office, 2nd floor, with Hannah Price.\n\nSee you then,\nDana Ruiz\nNorthwind Labs\n"
)


def _deliver(app: Flask, client: FlaskClient, subject: str, to: str) -> InboundMessage:
    message = EmailMessage()
    message["From"] = "Dana Ruiz <dana.ruiz@northwind-labs.example>"
    message["To"] = "Ana <ana@example.com>"  # an auto-forward keeps the original headers
    message["Date"] = "Mon, 07 Dec 2026 09:12:00 +0100"
    message["Subject"] = subject
    message["Message-ID"] = f"<{abs(hash(subject))}@northwind-labs.example>"
    message.set_content(BODY)
    return _deliver_mail(app, client, message, to)


def _interviews(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) or 0


def test_a_meeting_that_names_no_interview_waits_in_review(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    row = _deliver(app, client, "Thursday", to)
    assert row.status == MessageStatus.NEEDS_REVIEW
    assert "names an interview" in row.reason
    assert _interviews(app) == 0


def test_the_same_mail_naming_the_interview_is_taken(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    row = _deliver(app, client, "Interview on Thursday - Data Analyst role", to)
    assert row.status != MessageStatus.NEEDS_REVIEW, row.reason
    assert _interviews(app) == 1


def _calendar_mail(summary: str, uid: str, sequence: int, hour: int) -> EmailMessage:
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Afterview tests//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SEQUENCE:{sequence}",
            "DTSTAMP:20261207T080000Z",
            f"DTSTART:20261210T{hour - 1:02d}0000Z",
            f"DTEND:20261210T{hour:02d}0000Z",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@northwind-labs.example",
            "ATTENDEE;CN=Ana:mailto:ana@example.com",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message = EmailMessage()
    message["From"] = "Dana Ruiz <dana.ruiz@northwind-labs.example>"
    message["To"] = "Ana <ana@example.com>"
    message["Date"] = "Mon, 07 Dec 2026 09:12:00 +0100"
    message["Subject"] = summary
    message["Message-ID"] = f"<{uid}.{sequence}@northwind-labs.example>"
    message.set_content(f"{summary}\n")
    message.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    return message


def _deliver_mail(
    app: Flask, client: FlaskClient, message: EmailMessage, to: str
) -> InboundMessage:
    raw = bytes(message)
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)
    with app.app_context():
        row = db.session.get(InboundMessage, response.json["id"])
        assert row is not None
        db.session.expunge(row)
        return row


def _starts(app: Flask) -> list[str]:
    with app.app_context():
        return [
            f"{start:%H:%M}"
            for start in db.session.scalars(sa.select(Interview.start_at).order_by(Interview.id))
        ]


def test_an_update_of_a_kept_interview_moves_it_whatever_its_title(
    app: Flask, client: FlaskClient
) -> None:
    """The UID settles that the event is the interview; a bare title must not stall the move."""
    to = kit.inbound_address(app, make_user(app))
    first = _calendar_mail("Interview: Data Analyst, Northwind Labs", "iv-77", 0, 14)
    assert _deliver_mail(app, client, first, to).status == MessageStatus.APPLIED
    assert _starts(app) == ["13:00"]
    moved = _deliver_mail(app, client, _calendar_mail("Ana / Dana", "iv-77", 1, 16), to)
    assert moved.status == MessageStatus.APPLIED, moved.reason
    assert _starts(app) == ["15:00"]


def test_the_same_bare_title_with_an_unknown_uid_waits_in_review(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    first = _calendar_mail("Interview: Data Analyst, Northwind Labs", "iv-77", 0, 14)
    assert _deliver_mail(app, client, first, to).status == MessageStatus.APPLIED
    other = _deliver_mail(app, client, _calendar_mail("Ana / Dana", "iv-78", 1, 16), to)
    assert other.status == MessageStatus.NEEDS_REVIEW
    assert "names an interview" in other.reason
    assert _starts(app) == ["13:00"]
