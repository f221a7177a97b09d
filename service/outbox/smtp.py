"""Outgoing mail: Flask-Mail configured from the settings, with an SMTP timeout it lacks."""

from __future__ import annotations

import binascii
import functools
import secrets
import smtplib
import time
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime
from typing import Any

from flask import Flask, current_app
from flask_mail import Connection, Mail, sanitize_address

from service.platform.config import Settings

mail = Mail()


def init_app(app: Flask) -> None:
    """Map the AFTERVIEW_MAIL_* settings onto Flask-Mail's keys and bind it."""
    settings: Settings = app.config["SETTINGS"]
    app.config.update(
        MAIL_SERVER=settings.mail_server,
        MAIL_PORT=settings.mail_port,
        MAIL_USE_TLS=settings.mail_use_tls,
        MAIL_USE_SSL=settings.mail_use_ssl,
        MAIL_USERNAME=settings.mail_username or None,
        MAIL_PASSWORD=settings.mail_password or None,
        MAIL_DEFAULT_SENDER=settings.mail_default_sender,
        MAIL_TIMEOUT=settings.mail_timeout,
    )
    # Flask-Mail suppresses sending whenever TESTING is on; our tests talk to a real
    # SMTP server on loopback instead, so only an explicit setting suppresses.
    app.config.setdefault("MAIL_SUPPRESS_SEND", False)
    mail.init_app(app)


class TimedConnection(Connection):
    """A Flask-Mail connection whose socket gives up after MAIL_TIMEOUT seconds.

    Flask-Mail 0.10 builds `smtplib.SMTP(server, port)` without a timeout, so a relay
    that accepts the TCP connection and then stalls would block the dispatcher forever.
    """

    def __init__(self, state: Any, timeout: float) -> None:
        super().__init__(state)
        self.timeout = timeout

    def configure_host(self) -> smtplib.SMTP:
        state = self.mail
        host: smtplib.SMTP
        if state.use_ssl:
            host = smtplib.SMTP_SSL(state.server, state.port, timeout=self.timeout)
        else:
            host = smtplib.SMTP(state.server, state.port, timeout=self.timeout)
        host.set_debuglevel(int(state.debug))
        if state.use_tls:
            host.starttls()
        if state.username and state.password:
            host.login(state.username, state.password)
        return host

    def send_raw(self, envelope_from: str, to: str, raw: bytes) -> None:
        """Send rendered bytes (`render_message`); nothing when sending is suppressed."""
        if self.host is not None:
            self.host.sendmail(_envelope(envelope_from), [_envelope(to)], raw)

    def open(self) -> None:
        """Connect now (unless sending is suppressed); errors propagate to the caller."""
        self.num_emails = 0
        self.host = None if self.mail.suppress else self.configure_host()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Say goodbye if the server still listens; a dead connection is just dropped."""
        host, self.host = self.host, None
        if host is None:
            return
        try:
            host.quit()
        except (smtplib.SMTPException, OSError):
            host.close()


def open_connection() -> TimedConnection:
    """Return an unopened connection for the current app; use it as a context manager."""
    state = current_app.extensions["mail"]
    return TimedConnection(state, float(current_app.config.get("MAIL_TIMEOUT", 30.0)))


def render_message(
    *,
    sender: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    auto: bool = True,
    date: float | None = None,
) -> bytes:
    """Render one outbox mail as the bytes that go on the wire (CRLF line ends).

    multipart/alternative (text, then HTML when there is any), both quoted-printable:
    it wraps long lines (RFC 5321 caps them at 1,000 octets; a mailto: link with a whole
    draft in it is longer) and keeps them 7-bit clean. Assembled directly, with the C
    quoted-printable encoder, because building it with the email package's objects cost
    more than sending it: the dispatcher's rate was a quarter of plain smtplib's.
    """
    for name, value in (("sender", sender), ("recipient", to), ("subject", subject)):
        if "\r" in value or "\n" in value:
            raise ValueError(f"a line break in the {name} would start a new header")
    head = [
        f"From: {_address_header(sender)}",
        f"To: {_address_header(to)}",
        f"Subject: {_header_text(subject)}",
        f"Date: {format_datetime(datetime.fromtimestamp(date or time.time(), UTC))}",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
    ]
    if auto:
        # RFC 3834: tells vacation responders and ticket systems not to answer a reminder.
        head.append("Auto-Submitted: auto-generated")
    parts = [_qp_part("plain", text)]
    if html:
        parts.append(_qp_part("html", html))
    boundary = f"=_afterview_{secrets.token_hex(12)}"
    head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
    delimiter = f"--{boundary}\r\n".encode()
    body = b"".join(delimiter + part for part in parts) + f"--{boundary}--\r\n".encode()
    return "\r\n".join(head).encode("ascii") + b"\r\n\r\n" + body


@functools.lru_cache(maxsize=1024)
def _address_header(address: str) -> str:
    """An address as a header holds it (encoded name, IDN domain); the sender repeats."""
    return sanitize_address(address)


def _envelope(address: str) -> str:
    """An address as SMTP's MAIL FROM / RCPT TO takes it (smtplib quotes it)."""
    return address if address.isascii() else _address_header(address)


def _header_text(value: str) -> str:
    """An unstructured header value: as it is when ASCII, else RFC 2047 encoded words."""
    if value.isascii():
        return value
    return Header(value, "utf-8").encode(linesep="\r\n")


def _qp_part(subtype: str, text: str) -> bytes:
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    # The encoder ends soft breaks like the text's own lines (LF here); then all are CRLF.
    encoded = binascii.b2a_qp(lines.encode("utf-8"), istext=True).replace(b"\n", b"\r\n")
    return (
        (
            f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ).encode()
        + encoded
        + b"\r\n"
    )  # that CRLF belongs to the next boundary (RFC 2046)
