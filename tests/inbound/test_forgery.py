"""Forged mail must not reach an account: each way a sender or a captured request could lie.

DKIM is real: messages are signed with RSA keys made by openssl and checked by dkimpy;
only DNS is a stand-in (dkimpy's `dnsfunc`), serving the keys as TXT records would.
"""

from __future__ import annotations

import base64
import io
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import dkim
import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from service.inbound.arrival import Verdicts
from service.inbound.models import MessageStatus
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit

AUTHSERV = "mx.afterview.test"
BARE = "interviews@in.afterview.test"


# --- real DKIM keys, stand-in DNS ------------------------------------------------------


def _rsa_key(tmp: Path, name: str) -> tuple[bytes, str]:
    """Make an RSA key with openssl; return the private PEM and the DNS TXT record."""
    private = tmp / f"{name}.pem"
    subprocess.run(
        ["openssl", "genrsa", "-out", str(private), "2048"], check=True, capture_output=True
    )
    public = subprocess.run(
        ["openssl", "rsa", "-in", str(private), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    return private.read_bytes(), f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, str]]:
    folder = tmp_path_factory.mktemp("dkim")
    return {domain: _rsa_key(folder, domain) for domain in ("example.com", "attacker.example")}


def _dns(keys: dict[str, tuple[bytes, str]]) -> Callable[..., bytes | None]:
    records = {f"sel._domainkey.{domain}.": txt.encode() for domain, (_, txt) in keys.items()}

    def lookup(name: bytes | str, timeout: float = 5) -> bytes | None:
        text = name.decode() if isinstance(name, bytes) else name
        return records.get(text if text.endswith(".") else text + ".")

    return lookup


def _signed(message: bytes, domain: str, keys: dict[str, tuple[bytes, str]]) -> bytes:
    header = dkim.sign(
        message,
        b"sel",
        domain.encode(),
        keys[domain][0],
        include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
    )
    return header + message


def _note(number: int, sender: str = "Ana Silva <ana@example.com>") -> bytes:
    return (
        f"From: {sender}\r\n"
        f"To: {BARE}\r\n"
        f"Subject: Thank you for today's conversation\r\n"
        f"Date: Tue, 14 Apr 2026 17:30:00 +0000\r\n"
        f"Message-ID: <note-{number}@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Thanks again, note {number}.\r\n"
    ).encode()


@pytest.fixture
def dkim_app(
    database_url: str, tmp_path: Path, keys: dict[str, tuple[bytes, str]]
) -> Iterator[Flask]:
    application = make_app(database_url, tmp_path / "i", **kit.SETTINGS, DKIM_DNS=_dns(keys))
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def test_a_bogus_victim_signature_beside_a_valid_one_does_not_vouch_for_the_victim(
    dkim_app: Flask, keys: dict[str, tuple[bytes, str]]
) -> None:
    app = dkim_app
    user_id = make_user(app, "ana@example.com")
    kit.confirmed_sender(app, user_id, "ana@example.com")
    client = app.test_client()
    # The attacker signs with their own domain and adds a signature that claims the victim's.
    forged = _signed(_note(1), "attacker.example", keys)
    bogus = (
        b"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=example.com; s=sel;\r\n"
        b" h=from:subject; bh="
        + base64.b64encode(b"x" * 32)
        + b"; b="
        + base64.b64encode(b"y" * 256)
    )
    forged = bogus + b"\r\n" + forged
    # Mailgun prepends its verdict: "Pass", since one signature (the attacker's) verified.
    posted = b"X-Mailgun-Dkim-Check-Result: Pass\r\nX-Mailgun-Spf: Pass\r\n" + forged
    form = kit.mailgun_mime_form(posted, BARE, sender="bounce@attacker.example")
    assert client.post("/hooks/email/mailgun/mime", data=form).status_code == 200
    [message] = kit.messages(app)
    assert message.user_id is None
    assert message.status == MessageStatus.QUARANTINED
    assert "example.com" not in message.auth_verdicts["dkim_pass_domains"]
    # The same path with a real signature of the victim's domain does reach the account.
    genuine = b"X-Mailgun-Dkim-Check-Result: Pass\r\n" + _signed(_note(2), "example.com", keys)
    form = kit.mailgun_mime_form(genuine, BARE, sender="bounce@attacker.example")
    assert client.post("/hooks/email/mailgun/mime", data=form).status_code == 200
    second = kit.messages(app)[1]
    assert second.user_id == user_id
    assert second.auth_verdicts["dkim_pass_domains"] == ["example.com"]


def test_a_message_altered_after_signing_does_not_verify(
    dkim_app: Flask, keys: dict[str, tuple[bytes, str]]
) -> None:
    app = dkim_app
    user_id = make_user(app, "ana@example.com")
    kit.confirmed_sender(app, user_id, "ana@example.com")
    signed = _signed(_note(3), "example.com", keys).replace(b"note 3", b"note 4")
    form = kit.mailgun_mime_form(b"X-Mailgun-Dkim-Check-Result: Pass\r\n" + signed, BARE)
    assert app.test_client().post("/hooks/email/mailgun/mime", data=form).status_code == 200
    [message] = kit.messages(app)
    assert message.user_id is None


# --- Authentication-Results -------------------------------------------------------------


@pytest.fixture
def ar_app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    settings = {**kit.SETTINGS, "inbound_authserv_id": AUTHSERV}
    application = make_app(database_url, tmp_path / "i", **settings)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def _post_raw(client: FlaskClient, raw: bytes, to: str = BARE) -> int:
    headers = kit.raw_headers(raw, to)
    return client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=headers)


@pytest.mark.parametrize(
    ("results", "routed"),
    [
        # Ours, topmost, with a From domain: the one case that counts.
        ([f"{AUTHSERV}; dmarc=pass header.from=example.com"], True),
        # DMARC pass that names no From domain vouches for none.
        ([f"{AUTHSERV}; dmarc=pass"], False),
        # Someone else's host on top; the copy naming us lower down was written by the sender.
        (["relay.example.net; none", f"{AUTHSERV}; dmarc=pass header.from=example.com"], False),
        # A look-alike id is not ours.
        ([f"{AUTHSERV}.evil; dmarc=pass header.from=example.com"], False),
    ],
)
def test_only_our_topmost_authentication_results_with_a_from_domain_vouches(
    ar_app: Flask, results: list[str], routed: bool
) -> None:
    app = ar_app
    user_id = make_user(app, "ana@example.com")
    kit.confirmed_sender(app, user_id, "ana@example.com")
    header = b"".join(f"Authentication-Results: {value}\r\n".encode() for value in results)
    assert _post_raw(app.test_client(), header + _note(5)).status_code == 200
    [message] = kit.messages(app)
    assert (message.user_id == user_id) is routed


def test_authentication_results_are_ignored_when_no_authserv_id_is_set(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app, "ana@example.com")
    kit.confirmed_sender(app, user_id, "ana@example.com")
    forged = f"Authentication-Results: {AUTHSERV}; dmarc=pass header.from=example.com\r\n"
    assert _post_raw(client, forged.encode() + _note(6)).status_code == 200
    [message] = kit.messages(app)
    assert message.user_id is None


@given(domain=st.from_regex(r"[a-z]{1,10}\.(com|org|example)", fullmatch=True))
def test_dmarc_pass_without_a_from_domain_vouches_for_no_address(domain: str) -> None:
    assert not Verdicts(dmarc="pass").vouches_for(f"ana@{domain}")
    assert Verdicts(dmarc="pass", dmarc_domain=domain).vouches_for(f"ana@{domain}")


# --- registered senders ------------------------------------------------------------------


def test_a_sender_counts_only_after_its_confirmation_link_is_used(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app, "ana@example.com")

    def post(number: int) -> int | None:
        form = kit.sendgrid_raw_form(_note(number), BARE, dkim="{@example.com : pass}")
        body, content_type = kit.multipart(form)
        response = client.post(
            "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
        )
        assert response.status_code == 200
        return kit.messages(app)[-1].user_id

    assert post(7) is None  # the sign-in address alone is not a trusted sender
    link = kit.register_sender(app, user_id, "ana@example.com")
    assert post(8) is None  # registered, but its owner has not agreed yet
    page = client.get(link)
    assert page.status_code == 200
    assert b"ana@example.com" in page.data
    assert post(9) is None  # a GET (a mail scanner's prefetch) confirms nothing
    assert client.post(link).status_code == 200
    assert post(10) == user_id
    assert client.post(link).status_code == 409  # single use


def test_removing_a_sender_invalidates_its_pending_link(app: Flask, client: FlaskClient) -> None:
    from service import accounts
    from service.accounts.models import User

    user_id = make_user(app, "ana@example.com")
    link = kit.register_sender(app, user_id, "ana@work.example")
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        accounts.set_allowed_senders(db.session, user, [])
        db.session.commit()
    assert client.post(link).status_code == 409


# --- the raw hook's signature --------------------------------------------------------------


def test_a_captured_raw_request_cannot_be_redirected_to_another_account(
    app: Flask, client: FlaskClient
) -> None:
    victim = kit.inbound_address(app, make_user(app, "ana@example.com"))
    attacker = kit.inbound_address(app, make_user(app, "eve@example.org"))
    raw = kit.fixture("invite.eml")
    captured = kit.raw_headers(raw, attacker)
    moved = client.post("/hooks/email/raw", query_string={"to": victim}, data=raw, headers=captured)
    assert moved.status_code == 403
    assert kit.messages(app) == []


def test_the_old_signature_form_is_refused_with_401_naming_the_new_one(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("invite.eml")
    stamp = str(int(time.time()))
    headers = {
        "Content-Type": "message/rfc822",
        "X-Afterview-Timestamp": stamp,
        "X-Afterview-Signature": "sha256=" + kit.raw_signature(raw, to, stamp),
    }
    response = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=headers)
    assert response.status_code == 401
    assert "v2=" in response.json["detail"]
    assert "<timestamp>.<recipient>.<body>" in response.json["detail"]
    assert kit.messages(app) == []


@pytest.mark.parametrize("respell", ["v2= {hex}", "V2={HEX}", "v2={hex} ", "v2 = {hex}"])
def test_a_respelled_signature_brings_nothing_new(
    app: Flask, client: FlaskClient, respell: str
) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("newsletter.eml")
    headers = kit.raw_headers(raw, to)
    first = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=headers)
    assert first.status_code == 200
    digest = headers["X-Afterview-Signature"].removeprefix("v2=")
    again = {
        **headers,
        "X-Afterview-Signature": respell.format(hex=digest, HEX=digest.upper()),
    }
    replay = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=again)
    assert replay.status_code == 200
    assert replay.json["duplicate"] is True
    assert len(kit.messages(app)) == 1


def test_the_readme_recipe_signs_what_the_hook_checks(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    [line] = [s for s in readme.splitlines() if s.startswith("sig=$(") and "openssl" in s]
    raw = kit.fixture("invite.eml")
    (tmp_path / "message.eml").write_bytes(raw)
    to = "interviews+abc@in.example.com"
    result = subprocess.run(
        ["sh", "-c", f'{line}\nprintf %s "$sig"'],
        cwd=tmp_path,
        env={
            "AFTERVIEW_HOOK_SECRET": kit.HOOK_SECRET,
            "ts": "1700000000",
            "to": to,
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == kit.raw_signature(raw, to, "1700000000")


# --- retries and sizes ---------------------------------------------------------------------


def test_a_mailgun_retry_of_a_stored_message_is_acknowledged_and_stores_nothing(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), to)
    first = client.post("/hooks/email/mailgun/mime", data=form)
    assert first.status_code == 200
    retry = client.post("/hooks/email/mailgun/mime", data=form)
    assert retry.status_code == 200
    assert retry.json["duplicate"] is True
    assert retry.json["id"] == first.json["id"]
    assert len(kit.messages(app)) == 1


def test_a_late_mailgun_retry_of_a_stored_message_is_acknowledged(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), to)
    assert client.post("/hooks/email/mailgun/mime", data=form).status_code == 200
    # Mailgun retries for hours with the token it first signed; stand in for the clock
    # having moved on by signing the same token with a timestamp 20 minutes old.
    stale = str(int(time.time()) - 1200)
    late = {**form, "timestamp": stale, "signature": kit.mailgun_mac(stale, form["token"])}
    response = client.post("/hooks/email/mailgun/mime", data=late)
    assert response.status_code == 200
    assert response.json["duplicate"] is True
    assert len(kit.messages(app)) == 1
    # A swapped body under a spent token stays refused; a late post whose token brought
    # nothing is a retry of a delivery that was not stored (test_attack63_mailgun_late_retry).
    swapped = {**late, "body-mime": kit.fixture("cancel.eml").decode()}
    assert client.post("/hooks/email/mailgun/mime", data=swapped).status_code == 403
    assert len(kit.messages(app)) == 1
    unknown = kit.mailgun_mime_form(kit.fixture("cancel.eml"), to)
    unknown.update(kit.mailgun_signature(timestamp=int(time.time()) - 1200))
    assert client.post("/hooks/email/mailgun/mime", data=unknown).status_code == 200
    assert len(kit.messages(app)) == 2


def test_a_chunked_raw_body_over_the_limit_is_refused_before_it_is_stored(
    database_url: str, tmp_path: Path
) -> None:
    small = make_app(database_url, tmp_path / "i", **{**kit.SETTINGS, "max_message_bytes": 1000})
    raw = kit.fixture("invite.eml")
    assert 1000 < len(raw) < 1000 + 1024 * 1024  # under the app-wide cap, over the hook's
    to = BARE
    response = small.test_client().post(
        "/hooks/email/raw",
        query_string={"to": to},
        input_stream=io.BytesIO(raw),
        headers={**kit.raw_headers(raw, to), "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == 413
    assert kit.messages(small) == []
    with small.app_context():
        db.engine.dispose()
