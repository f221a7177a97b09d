"""Build provider-shaped requests from fixture mail, as each provider documents them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Flask

from service import accounts
from service.accounts import senders
from service.accounts.models import User
from service.inbound.models import InboundMessage
from service.inbound.reader import Read, read_pending
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.db import db, utcnow

FIXTURES = Path(__file__).parent / "fixtures"
HOOK_SECRET = "raw-hook-test-secret"
MAILGUN_KEY = "mailgun-signing-key-test"
BASIC = ("afterview", "parse-password")
SETTINGS: dict[str, Any] = {
    "hook_secret": HOOK_SECRET,
    "mailgun_signing_key": MAILGUN_KEY,
    "hook_basic_auth": f"{BASIC[0]}:{BASIC[1]}",
    "inbound_domain": "in.afterview.test",
}


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def inbound_address(app: Flask, user_id: int) -> str:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        secret = accounts.user_inbound_secret(user, app.config["SECRET_KEY"])
    return f"interviews+{secret}@in.afterview.test"


def raw_signature(body: bytes, to: str, stamp: str, key: str = HOOK_SECRET) -> str:
    """The v2 signature: HMAC-SHA256 of "<timestamp>.<recipient>.<body>", in hex."""
    message = stamp.encode() + b"." + to.encode() + b"." + body
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def raw_headers(
    body: bytes, to: str = "", *, timestamp: int | None = None, key: str = HOOK_SECRET
) -> dict[str, str]:
    """Headers of a raw hook post to `?to=<to>`, signed as the README says."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": "message/rfc822",
        "X-Afterview-Timestamp": stamp,
        "X-Afterview-Signature": f"v2={raw_signature(body, to, stamp, key)}",
    }


def mailgun_mac(stamp: str, token: str, key: str = MAILGUN_KEY) -> str:
    return hmac.new(key.encode(), (stamp + token).encode(), hashlib.sha256).hexdigest()


def mailgun_signature(*, timestamp: int | None = None, key: str = MAILGUN_KEY) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    token = secrets.token_hex(25)  # 50 characters, like Mailgun's
    return {"timestamp": stamp, "token": token, "signature": mailgun_mac(stamp, token, key)}


def mailgun_mime_form(
    raw: bytes, recipient: str, sender: str = "ana@example.com"
) -> dict[str, str]:
    """What a route forward() to a URL ending in "mime" posts."""
    return {
        **mailgun_signature(),
        "recipient": recipient,
        "sender": sender,
        "from": sender,
        "subject": "forwarded",
        "body-mime": raw.decode("utf-8"),
    }


def basic_auth(user: str = BASIC[0], password: str = BASIC[1]) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def sendgrid_raw_form(
    raw: bytes,
    recipient: str,
    *,
    sender: str = "ana@example.com",
    spf: str = "pass",
    dkim: str = "{@example.com : pass}",
) -> dict[str, str]:
    """What Inbound Parse posts with "POST the raw, full MIME message" checked."""
    return {
        "email": raw.decode("utf-8"),
        "to": recipient,
        "from": sender,
        "subject": "forwarded",
        "envelope": json.dumps({"to": [recipient], "from": sender}),
        "charsets": json.dumps({"to": "UTF-8", "from": "UTF-8", "subject": "UTF-8"}),
        "SPF": spf,
        "dkim": dkim,
        "sender_ip": "192.0.2.10",
        "spam_score": "0.1",
    }


def postmark_payload(
    raw: bytes | None,
    recipient: str,
    *,
    text: str = "",
    attachments: list[dict[str, Any]] | None = None,
    headers: list[dict[str, str]] | None = None,
    subject: str = "Invitation",
    sender: str = "ana@example.com",
) -> dict[str, Any]:
    """Postmark's inbound JSON; RawEmail only when "include raw email content" is on."""
    local = recipient.split("@")[0]
    payload: dict[str, Any] = {
        "FromName": "Ana Silva",
        "MessageStream": "inbound",
        "From": sender,
        "FromFull": {"Email": sender, "Name": "Ana Silva", "MailboxHash": ""},
        "To": recipient,
        "ToFull": [{"Email": recipient, "Name": "", "MailboxHash": local.partition("+")[2]}],
        "Cc": "",
        "CcFull": [],
        "Bcc": "",
        "BccFull": [],
        "OriginalRecipient": recipient,
        "Subject": subject,
        "MessageID": secrets.token_hex(8),
        "ReplyTo": "",
        "MailboxHash": local.partition("+")[2],
        "Date": "Mon, 6 Apr 2026 11:12:00 +0200",
        "TextBody": text,
        "HtmlBody": "",
        "StrippedTextReply": "",
        "Tag": "",
        "Headers": headers
        or [
            {"Name": "X-Spam-Status", "Value": "No"},
            {
                "Name": "Received-SPF",
                "Value": "Pass (sender SPF authorized) identity=mailfrom; "
                "envelope-from=ana@example.com; receiver=" + recipient,
            },
        ],
        "Attachments": attachments or [],
    }
    if raw is not None:
        payload["RawEmail"] = raw.decode("utf-8")
    return payload


def read_all(app: Flask) -> list[Read]:
    """Let the background reader read everything stored (the scheduler does this itself)."""
    return read_pending(app)


def register_sender(app: Flask, user_id: int, address: str) -> str:
    """Register a forwarding address; return the confirmation link mailed to it (a path)."""
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        now = utcnow()
        current = [s.email for s in user.allowed_senders]
        [sender] = accounts.set_allowed_senders(db.session, user, [*current, address])
        senders.queue_confirmation(
            db.session, user, sender, now, secret_key=app.config["SECRET_KEY"]
        )
        db.session.commit()
        key = f"sender-confirm:{sender.id}:{now:%Y%m%dT%H%M%S%f}"
        mail = db.session.scalar(sa.select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
        assert mail is not None
        assert mail.to_address == address
        text = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://afterview.test")
    [link] = re.findall(r"http://afterview\.test(/\S+)", text)
    return link


def confirmed_sender(app: Flask, user_id: int, address: str) -> None:
    """Register a forwarding address and use its confirmation link, as its owner would."""
    link = register_sender(app, user_id, address)
    assert app.test_client().post(link).status_code == 200


def messages(app: Flask) -> list[InboundMessage]:
    with app.app_context():
        rows = list(db.session.scalars(db.select(InboundMessage).order_by(InboundMessage.id)))
        db.session.expunge_all()
        return rows


def multipart(form: dict[str, str]) -> tuple[bytes, str]:
    """Encode form fields the way SendGrid does (multipart/form-data), as bytes."""
    from werkzeug.test import encode_multipart

    boundary, body = encode_multipart(form)
    return body, f"multipart/form-data; boundary={boundary}"


def deliver(app: Flask, client: Any, name: str, to: str) -> InboundMessage:
    """Post a fixture to the raw hook, let the reader read it, and return its stored row."""
    raw = fixture(name)
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    read_all(app)
    with app.app_context():
        row = db.session.get(InboundMessage, response.json["id"])
        assert row is not None
        db.session.expunge(row)
        return row


def not_an_interview(app: Flask, client: Any, message_id: object) -> None:
    """Follow "Not an interview" in the confirmation mail about one message, as its owner would."""
    with app.app_context():
        mail = db.session.scalars(
            sa.select(OutboxMessage).where(
                OutboxMessage.dedupe_key.startswith(f"inbound:{message_id}:")
            )
        ).one()
        text = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://afterview.test")
    [link] = re.findall(r"Not an interview:\s+http://afterview\.test(\S+)", text)
    assert client.post(link).status_code == 200
