"""The one settings table: every knob Afterview reads from the environment."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_type_hints

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

if TYPE_CHECKING:
    from flask import Flask

PREFIX = "AFTERVIEW_"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names it."""


def _setting(default: Any, doc: str, *, secret: bool = False) -> Any:
    return field(default=default, metadata={"doc": doc, "secret": secret})


_LIMIT_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class RateLimit:
    """At most `attempts` attempts inside a `window` (a fixed window per key)."""

    attempts: int
    window: timedelta

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """Read "10/15m" (also s, h, d); raise ValueError naming the expected form."""
        match = _LIMIT_RE.match(text)
        if match is None or int(match[1]) < 1 or int(match[2]) < 1:
            raise ValueError(f"rate limit {text[:40]!r}: expected e.g. '10/15m'")
        window = timedelta(**{_UNITS[match[3]]: int(match[2])})
        return cls(attempts=int(match[1]), window=window)


@dataclass(frozen=True)
class Settings:
    """Settings read from `AFTERVIEW_*` environment variables (field name upper-cased)."""

    database_url: str = _setting(
        "",
        "SQLAlchemy URL of the database. Default: SQLite at `instance/afterview.db`. "
        "Production: `postgresql+psycopg://user:pass@host/db`.",
        secret=True,
    )
    secret_key: str = _setting(
        "",
        "Signs sessions, one-click links and derives feed and inbound secrets. Generated "
        "once into `instance/secret_key` when absent (refused in production mode). "
        "Changing it changes every feed URL and inbound address.",
        secret=True,
    )
    base_url: str = _setting(
        "",
        "Public URL of the service, used in every printed and mailed link (feed URLs, "
        "subscribe links, emails, the CLI). Empty: the address `afterview serve` last "
        "listened on (127.0.0.1, port 5000, unless told otherwise).",
    )
    production: bool = _setting(
        False,
        "Production mode: refuse to start without an explicit secret key; secure cookies.",
    )
    instance_path: str = _setting(
        "",
        "Folder for the SQLite database and the generated secret key. Default: `instance/`.",
    )
    log_format: str = _setting("text", "`text` for people, `json` for one object per line.")
    log_level: str = _setting("INFO", "Python logging level name.")
    mail_server: str = _setting("localhost", "SMTP host for outgoing mail.")
    mail_port: int = _setting(25, "SMTP port.")
    mail_use_tls: bool = _setting(False, "Use STARTTLS.")
    mail_use_ssl: bool = _setting(False, "Use implicit TLS (SMTPS).")
    mail_username: str = _setting("", "SMTP user name.")
    mail_password: str = _setting("", "SMTP password.", secret=True)
    mail_default_sender: str = _setting(
        "Afterview <afterview@localhost>", "From address of reminder and confirmation mail."
    )
    mail_timeout: float = _setting(
        30.0, "Seconds before an SMTP connection or command gives up (then retried)."
    )
    inbound_domain: str = _setting(
        "localhost",
        "Domain of the inbound addresses: `interviews+<secret>@<domain>`.",
    )
    inbound_local_part: str = _setting(
        "interviews", "Local part before the `+` of inbound addresses."
    )
    hook_secret: str = _setting(
        "", "HMAC key for `POST /hooks/email/raw` signatures. Empty: route disabled.", secret=True
    )
    mailgun_signing_key: str = _setting(
        "", "Mailgun webhook signing key. Empty: Mailgun route disabled.", secret=True
    )
    hook_basic_auth: str = _setting(
        "",
        "`user:password` the SendGrid and Postmark hooks require. Empty: those routes disabled.",
        secret=True,
    )
    max_message_bytes: int = _setting(25 * 1024 * 1024, "Largest inbound message accepted (bytes).")
    inbound_authserv_id: str = _setting(
        "",
        "Host name your own mail server writes into Authentication-Results (raw hook, pipe, "
        "IMAP). Only that server's SPF/DKIM/DMARC verdicts let a registered sender in without "
        "the secret address. Empty: only the secret address counts on those paths.",
    )
    inbound_read_seconds: float = _setting(
        10.0,
        "Wall time one message may take to read (in its own child process of the scheduler). "
        "Past it the child is killed and the message waits in review: 'took too long to read'.",
    )
    inbound_read_memory_mb: int = _setting(
        512,
        "Address space the child reading one message may use (MB). Past it the message waits "
        "in review: 'too large to read'.",
    )
    inbound_readers: int = _setting(
        2, "Messages each scheduler process reads at the same time (one child process each)."
    )
    inbound_poll_seconds: float = _setting(
        2.0,
        "How often the scheduler looks for stored mail not yet read, in case a wake-up was "
        "missed. Storing a message wakes it at once: a NOTIFY on PostgreSQL, on SQLite a "
        "signal through `inbound-wake.sock` in the instance folder.",
    )
    raw_mail_retention_days: int = _setting(
        90, "Days a processed raw message is kept before housekeeping deletes its body."
    )
    feed_refresh_minutes: int = _setting(
        60, "Refresh interval the feed suggests to calendar clients."
    )
    feed_history_days: int = _setting(
        180, "Finished interviews older than this leave the feed (keeps it small)."
    )
    reminder_lead_minutes: int = _setting(
        60, "How long before an interview the 'ask about next steps' reminder is sent."
    )
    reminder_stale_hours: int = _setting(
        72, "Overdue reminders older than this are not sent after downtime."
    )
    run_scheduler: bool = _setting(
        False, "Run the scheduler inside the web process (`make run` sets it; never in gunicorn)."
    )
    imap_host: str = _setting("", "IMAP server to poll for forwarded mail. Empty: no polling.")
    imap_port: int = _setting(993, "IMAP port.")
    imap_security: str = _setting(
        "ssl", "`ssl` (implicit TLS, port 993), `starttls` (port 143) or `none` (loopback only)."
    )
    imap_username: str = _setting("", "IMAP user name.")
    imap_password: str = _setting("", "IMAP password.", secret=True)
    imap_folder: str = _setting("INBOX", "Folder to poll.")
    imap_processed_folder: str = _setting(
        "", "Move stored messages here; empty: mark them seen instead."
    )
    imap_poll_seconds: int = _setting(60, "Seconds between IMAP polls.")
    login_rate_limit: str = _setting(
        "10/15m",
        "Failed sign-ins allowed per client address (then refused) and per account (then "
        "slowed by `AFTERVIEW_LOGIN_ACCOUNT_DELAY`) in a window. Also counts the current "
        "password on the password form.",
    )
    login_account_delay: float = _setting(
        3.0,
        "Seconds between password checks from one client address against an account over "
        "its limit; an earlier attempt is answered at once with 429 and Retry-After, so no "
        "request waits: attackers are slowed, the owner is never locked out.",
    )
    session_days: int = _setting(
        14, "Days a sign-in lasts (cookie and server-side session), however active the browser."
    )
    trusted_proxies: int = _setting(
        0,
        "Reverse proxies in front of Afterview whose `X-Forwarded-For`/`-Proto` are trusted: "
        "`1` behind the shipped Caddy. `0`: the connecting address is the client (sign-in "
        "limits per address would then count the proxy as one client).",
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read every setting, converting by its declared type."""
        env = os.environ if environ is None else environ
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = env_name(f.name)
            if name not in env:
                continue
            values[f.name] = _convert(name, env[name], hints[f.name])
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Reject combinations that cannot work, naming the setting."""
        if self.base_url and not self.base_url.startswith(("http://", "https://")):
            raise ConfigError(f"{env_name('base_url')} must start with http:// or https://")
        if self.imap_security not in ("ssl", "starttls", "none"):
            raise ConfigError(f"{env_name('imap_security')} must be ssl, starttls or none")
        if self.log_format not in ("text", "json"):
            raise ConfigError(f"{env_name('log_format')} must be 'text' or 'json'")
        if self.production and not self.secret_key:
            raise ConfigError(
                f"{env_name('secret_key')} must be set in production mode "
                f"({env_name('production')}=1)"
            )
        if self.database_url:
            check_database_url(self.database_url)

        try:
            RateLimit.parse(self.login_rate_limit)
        except ValueError as exc:
            raise ConfigError(f"{env_name('login_rate_limit')}: {exc}") from None
        if not 0 <= self.login_account_delay <= 60:
            raise ConfigError(f"{env_name('login_account_delay')} must be 0 to 60 seconds")
        if not 1 <= self.session_days <= 365:
            raise ConfigError(f"{env_name('session_days')} must be 1 to 365 days")
        if not 0 <= self.trusted_proxies <= 5:
            raise ConfigError(f"{env_name('trusted_proxies')} must be 0 to 5")
        if not 0.5 <= self.inbound_read_seconds <= 600:
            raise ConfigError(f"{env_name('inbound_read_seconds')} must be between 0.5 and 600")
        if not 64 <= self.inbound_read_memory_mb <= 65536:
            raise ConfigError(f"{env_name('inbound_read_memory_mb')} must be 64 or more (MB)")
        if not 1 <= self.inbound_readers <= 32:
            raise ConfigError(f"{env_name('inbound_readers')} must be between 1 and 32")
        if not 0.1 <= self.inbound_poll_seconds <= 300:
            raise ConfigError(f"{env_name('inbound_poll_seconds')} must be between 0.1 and 300")

    def resolved_instance_path(self) -> Path:
        """Return the instance folder, created when missing."""
        path = Path(self.instance_path) if self.instance_path else Path.cwd() / "instance"
        path.mkdir(parents=True, exist_ok=True)
        return path.resolve()

    def resolved_database_url(self) -> str:
        """Return the database URL, defaulting to the embedded SQLite file."""
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{self.resolved_instance_path() / 'afterview.db'}"

    def resolved_base_url(self) -> str:
        """Return the public URL every link is made from (see `service.platform.urls`)."""
        from service.platform.urls import resolved_base

        return resolved_base(self.base_url, self.resolved_instance_path())

    def resolved_secret_key(self) -> str:
        """Return the secret key, generating and keeping one in the instance folder."""
        if self.secret_key:
            return self.secret_key
        key_file = self.resolved_instance_path() / "secret_key"
        if not key_file.exists():
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
        return key_file.read_text().strip()


DATABASE_URL_EXAMPLES = (
    "postgresql+psycopg://afterview:PASSWORD@127.0.0.1:5432/afterview, "
    "or sqlite:////var/lib/afterview/afterview.db"
)


def normalise_database_url(raw: str) -> str:
    """Map the libpq-style `postgres://` and `postgresql://` URLs to the installed driver."""
    text = raw.strip()
    for scheme in ("postgres://", "postgresql://"):
        if text.startswith(scheme):
            return "postgresql+psycopg://" + text[len(scheme) :]
    return text


def check_database_url(raw: str) -> URL:
    """Parse a database URL and load its driver, or raise ConfigError without echoing it.

    The URL is never quoted back: it usually holds a password.
    """
    name = env_name("database_url")
    try:
        url = make_url(normalise_database_url(raw))
    except (ArgumentError, ValueError):
        raise ConfigError(
            f"{name} is not a database URL; expected e.g. {DATABASE_URL_EXAMPLES}"
        ) from None
    try:
        url.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError):
        raise ConfigError(
            f"{name} names the database driver {url.drivername!r}, which is not installed; "
            f"Afterview supports PostgreSQL (psycopg 3) and SQLite: {DATABASE_URL_EXAMPLES}"
        ) from None
    if url.get_backend_name() not in ("postgresql", "sqlite"):
        raise ConfigError(
            f"{name}: {url.get_backend_name()} is not supported; use {DATABASE_URL_EXAMPLES}"
        )
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folder = Path(url.database).parent
        if not folder.is_dir():
            raise ConfigError(f"{name}: the SQLite file's folder {folder} does not exist")
    return url


def env_name(field_name: str) -> str:
    """Return the environment variable that sets a field."""
    return PREFIX + field_name.upper()


def documented_settings() -> list[tuple[str, str, str]]:
    """List (variable, default, doc) for the README table."""
    rows = []
    for f in fields(Settings):
        default = "" if f.metadata.get("secret") else str(f.default)
        rows.append((env_name(f.name), default, str(f.metadata["doc"])))
    return rows


def _convert(name: str, raw: str, kind: Any) -> Any:
    text = raw.strip()
    if kind is bool:
        lowered = text.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"{name} must be true or false, not {raw!r}")
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if kind is float:
        try:
            return float(text)
        except ValueError:
            raise ConfigError(f"{name} must be a number, not {raw!r}") from None
    return text


def settings_of(app: Flask) -> Settings:
    """Return the typed settings an app was built with."""
    settings = app.config["SETTINGS"]
    assert isinstance(settings, Settings)
    return settings
