"""A forwarded mail's subject is shown as its sender wrote it, not as RFC 2047 code.

Found by the attack pass: a mail whose subject came as encoded words, which is how
every mail program sends a subject that is not plain ASCII ("Einladung zum
Vorstellungsgespräch"), was listed on the Inbound pages, and named in the review mail,
as `=?utf-8?q?Einladung_zum_Vorstellungsgespr=C3=A4ch?=`: the stored subject was the
header's raw text. So was one written in raw UTF-8 bytes, shown with U+FFFD. The parser
read both correctly; only what people see was code.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.outbox.models import OutboxMessage
from service.platform.db import db
from tests.helpers import make_user
from tests.inbound import kit
from tests.web.forms import sign_in

SUBJECTS = {
    "=?utf-8?q?Einladung_zum_Vorstellungsgespr=C3=A4ch?=\r\n =?utf-8?q?_f=C3=BCr_Backend?=": (
        "Einladung zum Vorstellungsgespräch für Backend"
    ),
    "=?iso-8859-1?b?Q2l0YSBwZXIgaWwgY29sbG9xdWlvIOg=?=": "Cita per il colloquio è",
    "Entretien pr\u00e9vu": "Entretien prévu",  # raw UTF-8 bytes (RFC 6532)
    "=?utf-8?b?not base64 at all!!?= tail": "=?utf-8?b?not base64 at all!!?= tail",
}


def _mail(subject: str, number: int) -> bytes:
    return (
        "From: Recruiter <r@acme.example>\r\n"
        "To: me@example.com\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: <subject-{number}@acme.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hello, a note with no date in it.\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("number", "sent", "shown"), [(n, *p) for n, p in enumerate(SUBJECTS.items())]
)
def test_the_inbound_pages_show_the_subject_as_written(
    app: Flask, client: FlaskClient, number: int, sent: str, shown: str
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    raw = _mail(sent, number)
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)
    (message,) = kit.messages(app)
    assert message.raw == raw  # the message itself is kept as it came
    assert message.subject == shown
    sign_in(client)
    listed = client.get("/inbound").get_data(as_text=True)
    detail = client.get(f"/inbound/{message.id}").get_data(as_text=True)
    assert shown in listed
    assert shown in detail
    with app.app_context():
        subjects = [m.subject for m in db.session.scalars(db.select(OutboxMessage))]
    assert all("=?utf-8?q?" not in s for s in subjects), subjects
