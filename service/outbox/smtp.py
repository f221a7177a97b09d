"""Outgoing mail: Flask-Mail configured from the settings, with an SMTP timeout it lacks."""

from __future__ import annotations

import smtplib
from email.charset import QP, Charset
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from typing import Any

from flask import Flask, current_app
from flask_mail import Connection, Mail, Message

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


class SafeMessage(Message):
    """A Flask-Mail message whose text parts are quoted-printable.

    Flask-Mail registers UTF-8 bodies as raw 8bit, so a long line (a mailto: link with
    a whole draft in it) goes out unwrapped and servers refuse it: RFC 5321 caps lines
    at 1,000 octets. Quoted-printable wraps lines and keeps them 7-bit clean.
    """

    def _mimetext(self, text: str | None, subtype: str = "plain") -> MIMEText:
        body_charset = Charset("utf-8")
        body_charset.body_encoding = QP
        part = MIMENonMultipart("text", subtype)
        part.set_payload(text or "", body_charset)
        return part  # type: ignore[return-value]  # a MIMEText in all but class name


def build_message(
    *, to: str, subject: str, text: str, html: str, message_id: str, auto: bool = True
) -> Message:
    """Build the MIME message for one outbox row, keeping its stored Message-ID."""
    message = SafeMessage(subject=subject, recipients=[to], body=text, html=html or None)
    message.msgId = message_id
    if auto:
        # RFC 3834: tells vacation responders and ticket systems not to answer a reminder.
        message.extra_headers = {"Auto-Submitted": "auto-generated"}
    return message
