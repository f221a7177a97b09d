"""A forwarded mail written in Latin-1 reaches the database byte for byte.

Found by an attack pass: Werkzeug decodes form fields as UTF-8 and does not keep what
is not, so a mail in an 8-bit Latin-1 body posted by Mailgun ("body-mime", form
encoded) was stored with "%E9" where the sender wrote "é", posted by SendGrid
(multipart) with U+FFFD in its place, and one whose bytes were not percent-encoded
lost the whole form. The stored message was no longer the one sent (its DKIM body
hash broke too). The hooks now get those bytes as they came.
"""

from __future__ import annotations

import urllib.parse

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import make_user
from tests.inbound import kit

LATIN1 = (
    "From: Zoé Lefèvre <zoe@example.com>\r\n"
    "Subject: =?utf-8?q?Entretien?=\r\n"
    "Date: Tue, 14 Apr 2026 09:00:00 +0200\r\n"
    "Message-ID: <latin1-64@example.com>\r\n"
    "Content-Type: text/plain; charset=iso-8859-1\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "Bonjour, merci pour votre candidature. Réponse très bientôt.\r\n"
).encode("latin-1")


def test_mailgun_form_encoded_latin1_mail_is_stored_as_sent(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    form = {k: v for k, v in kit.mailgun_mime_form(b"", to).items() if k != "body-mime"}
    body = urllib.parse.urlencode(form).encode() + b"&body-mime="
    body += urllib.parse.quote_from_bytes(LATIN1).encode()
    response = client.post(
        "/hooks/email/mailgun/mime",
        data=body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    [message] = kit.messages(app)
    assert message.raw == LATIN1


def test_sendgrid_multipart_latin1_mail_is_stored_as_sent(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    marker = "@@EMAIL@@"
    form = kit.sendgrid_raw_form(marker.encode(), to)
    body, content_type = kit.multipart(form)
    body = body.replace(marker.encode(), LATIN1)
    response = client.post(
        "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    [message] = kit.messages(app)
    assert message.raw == LATIN1


def test_an_envelope_field_that_is_not_utf8_is_refused_by_name(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    form = kit.mailgun_mime_form(b"", to)
    del form["sender"]
    body = urllib.parse.urlencode(form).encode()
    response = client.post(
        "/hooks/email/mailgun/mime",
        data=body + b"&sender=ana%FF%40example.com",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 422, response.get_data(as_text=True)
    assert "sender is not valid UTF-8" in response.get_data(as_text=True)
    assert kit.messages(app) == []
