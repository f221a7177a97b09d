"""A forwarded mail written in Latin-1 reaches the database byte for byte.

Found by an attack pass: Werkzeug decodes form fields as UTF-8 and does not keep what
is not, so a mail in an 8-bit Latin-1 body posted by Mailgun ("body-mime", form
encoded) was stored with "%E9" where the sender wrote "é", posted by SendGrid
(multipart) with U+FFFD in its place, and one whose bytes were not percent-encoded
lost the whole form. The stored message was no longer the one sent (its DKIM body
hash broke too). The hooks now get those bytes as they came.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.parse

import pytest
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


def test_an_envelope_sender_that_is_not_utf8_keeps_the_message(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), kit.inbound_address(app, user_id))
    del form["sender"]
    response = client.post(
        "/hooks/email/mailgun/mime",
        data=urllib.parse.urlencode(form).encode() + b"&sender=ana%FF%40example.com",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    [message] = kit.messages(app)
    assert message.raw == kit.fixture("invite.eml")
    assert message.envelope_sender == "ana\ufffd@example.com"


@pytest.mark.parametrize("field", ["timestamp", "token", "signature", "from", "subject"])
def test_other_mailgun_fields_that_are_not_utf8_are_no_server_error(
    app: Flask, client: FlaskClient, field: str
) -> None:
    user_id = make_user(app)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), kit.inbound_address(app, user_id))
    body = b"&".join(
        urllib.parse.quote(name).encode()
        + b"="
        + urllib.parse.quote(value).encode()
        + (b"%FF" if name == field else b"")
        for name, value in form.items()
    )
    response = client.post(
        "/hooks/email/mailgun/mime", data=body, content_type="application/x-www-form-urlencoded"
    )
    if field in ("from", "subject"):  # fields the stored message does not come from
        assert response.status_code == 200, response.get_data(as_text=True)
        [message] = kit.messages(app)
        assert message.raw == kit.fixture("invite.eml")
    else:  # what the signature covers, altered: refused as any wrong signature
        assert response.status_code == 403, response.get_data(as_text=True)
        assert kit.messages(app) == []


def test_sendgrid_fields_in_latin1_keep_the_message(app: Flask, client: FlaskClient) -> None:
    """SendGrid sends a subject in the charset the mail used ("charsets" says which)."""
    user_id = make_user(app)
    form = kit.sendgrid_raw_form(b"@@EMAIL@@", kit.inbound_address(app, user_id))
    form["subject"] = "Entretien @@E@@"
    form["SPF"] = "pass @@E@@"
    body, content_type = kit.multipart(form)
    body = body.replace(b"@@EMAIL@@", LATIN1).replace(b"@@E@@", b"\xe9")
    response = client.post(
        "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    [message] = kit.messages(app)
    assert message.raw == LATIN1


def test_a_raw_hook_recipient_that_is_not_utf8_is_refused_in_words(
    app: Flask, client: FlaskClient
) -> None:
    raw = kit.fixture("invite.eml")
    to = b"interviews+abc\xff@in.afterview.test"
    stamp = str(int(time.time()))
    mac = hmac.new(
        kit.HOOK_SECRET.encode(), b".".join((stamp.encode(), to, raw)), hashlib.sha256
    ).hexdigest()
    response = client.post(
        "/hooks/email/raw?to=" + urllib.parse.quote_from_bytes(to),
        data=raw,
        headers={
            "Content-Type": "message/rfc822",
            "X-Afterview-Timestamp": stamp,
            "X-Afterview-Signature": f"v2={mac}",
        },
    )
    assert response.status_code == 400, response.get_data(as_text=True)
    assert "'to' is not valid UTF-8" in response.get_data(as_text=True)
    assert kit.messages(app) == []


def test_a_signature_that_is_not_ascii_is_a_wrong_signature(
    app: Flask, client: FlaskClient
) -> None:
    """hmac.compare_digest raises TypeError for text that is not ASCII: it was a 500."""
    user_id = make_user(app)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), kit.inbound_address(app, user_id))
    form["signature"] = "é" * 64
    body, content_type = kit.multipart(form)
    response = client.post("/hooks/email/mailgun/mime", data=body, content_type=content_type)
    assert response.status_code == 403, response.get_data(as_text=True)
    assert kit.messages(app) == []
