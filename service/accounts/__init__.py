"""Accounts: creating users, their passwords, feed and inbound secrets, and API tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

import functools
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from service.accounts import tokens
from service.accounts.models import AllowedSender, ApiToken, FeedInterviews, User
from service.accounts.sessions import WebSession
from service.parsing.timezones import check_zone
from service.platform.claims import begin_write
from service.platform.errors import Invalid, NotFound, Problems, not_one_of
from service.platform.text import check_text, one_line_name
from service.steps.schedule import WorkingHours

# The part before the @ in the letters every mail server delivers (RFC 5322 atext and
# dots): a character beyond them cannot be written in a mail header, and most of them
# (U+200B, U+00AD, a Cyrillic а) make an address that looks like another account's.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}"
EMAIL_RE = re.compile(
    rf"^{_LOCAL}@[A-Za-z0-9.-]{{1,253}}\.[A-Za-z0-9-]{{2,63}}$|^{_LOCAL}@localhost$"
)
_NOT_LOCAL = re.compile(r"[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]")
ONE_SECOND = timedelta(seconds=1)
LAST_USED_PRECISION = timedelta(minutes=1)
MIN_PASSWORD = 8
MAX_PASSWORD = 1024


def folded_email(email: str) -> str:
    """An address as it is kept and looked up: full-width letters (ＡＮＡ) read as the
    plain ones they show, lower case, no surrounding space."""
    return unicodedata.normalize("NFKC", email).strip().lower()


def normalise_email(email: str, field: str = "email") -> str:
    """Return a lower-cased address or raise naming the field."""
    cleaned = folded_email(email)
    if len(cleaned) > 320 or not EMAIL_RE.match(cleaned):
        local = cleaned.rpartition("@")[0]
        odd = _NOT_LOCAL.search(local) if "@" in cleaned else None
        why = ""
        if odd is not None:
            char = odd[0]
            shown = f"“{char}”" if char.isascii() and char.isprintable() else f"U+{ord(char):04X}"
            why = f": {shown} before the @ cannot be in an address mail reaches"
        raise Invalid(field, f"{email[:80]!r} is not an email address{why}")
    return cleaned


def check_password(password: str) -> str:
    """Reject passwords too short to protect anything, or absurdly long."""
    if len(password) < MIN_PASSWORD:
        raise Invalid("password", f"must be at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise Invalid("password", f"must be at most {MAX_PASSWORD} characters")
    return password


def check_new_password(problems: Problems, password: str, confirm: str) -> None:
    """Note what is wrong with a new password and the repetition meant to match it."""
    with problems.check():
        check_password(password)
    if password != confirm:
        problems.add("confirm_password", "does not match the new password")


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    now: datetime,
    server_key: str,
    timezone: str | None = None,
    display_name: str = "",
    is_admin: bool = False,
) -> User:
    """Create an account with fresh secrets; the address must be new.

    Without a zone the account starts on UTC and takes the browser's at the first sign-in.
    """
    address = normalise_email(email)
    zone_name = check_zone(timezone, "timezone").key if timezone is not None else "UTC"
    check_password(password)
    if session.scalar(sa.select(User.id).where(User.email == address)) is not None:
        raise Invalid("email", f"an account for {address} already exists")
    user = User(
        email=address,
        password_hash=generate_password_hash(password),
        display_name=one_line_name(display_name),
        timezone=zone_name,
        zone_confirmed=timezone is not None,
        working_hours=str(WorkingHours()),
        feed_nonce="",
        feed_token_hash="",
        inbound_nonce="",
        inbound_token_hash="",
        is_admin=is_admin,
        created_at=now,
        feed_changed_at=now,
    )
    issue_secrets(user, server_key)
    session.add(user)
    return user


def issue_secrets(user: User, server_key: str, *, feed: bool = True, inbound: bool = True) -> None:
    """Give the user new feed and/or inbound secrets, invalidating the old ones."""
    if feed:
        user.feed_nonce = tokens.new_nonce()
        user.feed_token_hash = tokens.hash_secret(tokens.feed_secret(server_key, user.feed_nonce))
    if inbound:
        user.inbound_nonce = tokens.new_nonce()
        user.inbound_token_hash = tokens.hash_secret(
            tokens.inbound_secret(server_key, user.inbound_nonce)
        )


def mark_feed_changed(user: User, now: datetime) -> None:
    """Move the feed's change time strictly forward, by at least a whole second.

    HTTP dates have one-second resolution: two changes within a second must still
    give two different Last-Modified values, or a client revalidating by date
    (Apple) would keep the older feed.
    """
    user.feed_changed_at = max(now, user.feed_changed_at.replace(microsecond=0) + ONE_SECOND)


def rotate_feed_secret(user: User, server_key: str, now: datetime) -> str:
    """Replace the feed secret; the old URL stops working at once."""
    issue_secrets(user, server_key, inbound=False)
    mark_feed_changed(user, now)
    return tokens.feed_secret(server_key, user.feed_nonce)


def user_feed_secret(user: User, server_key: str) -> str:
    return tokens.feed_secret(server_key, user.feed_nonce)


def user_inbound_secret(user: User, server_key: str) -> str:
    return tokens.inbound_secret(server_key, user.inbound_nonce)


def find_user_by_feed_secret(session: Session, secret: str) -> User | None:
    """Look a user up by feed secret; malformed secrets never reach the database."""
    if not tokens.looks_like_secret(secret, tokens.FEED_SECRET_BYTES):
        return None
    wanted = tokens.hash_secret(secret)
    user = session.scalar(sa.select(User).where(User.feed_token_hash == wanted))
    if (
        user is None
        or not user.is_active
        or not tokens.secret_matches(secret, user.feed_token_hash)
    ):
        return None
    return user


def inbound_owner_id(session: Session, secret: str) -> int | None:
    """Return the id of the active account whose inbound address holds this secret.

    Only the id is read: routing runs on every inbound post, before it is acknowledged.
    """
    candidate = secret.strip().lower()
    if not tokens.looks_like_secret(candidate, tokens.INBOUND_SECRET_BYTES):
        return None
    return inbound_owner_by_hash(session.connection(), tokens.hash_secret(candidate))


def inbound_owner_by_hash(connection: sa.Connection, wanted: str) -> int | None:
    """Return the id of the active account whose inbound secret hashes to `wanted`."""
    owner: int | None = connection.execute(_owner_by_inbound_hash(), {"wanted": wanted}).scalar()
    return owner


@functools.cache
def _owner_by_inbound_hash() -> sa.Select[int]:
    """Built once: every hook post asks it, and building cost more than the lookup."""
    return sa.select(User.id).where(
        User.inbound_token_hash == sa.bindparam("wanted"), User.is_active
    )


def find_user_by_email(session: Session, email: str) -> User | None:
    return session.scalar(sa.select(User).where(User.email == folded_email(email)))


def verify_password(user: User, password: str) -> bool:
    # The hash first, always: skipping it for a disabled account made its refusal
    # fast enough to tell from every other, so sign-in timing named disabled accounts.
    matches = check_password_hash(user.password_hash, password)
    return matches and user.is_active


def set_password(user: User, password: str) -> None:
    user.password_hash = generate_password_hash(check_password(password))


def change_password(
    session: Session, user: User, password: str, *, keep_api_tokens: bool = False
) -> None:
    """Set a new password and end every browser session (and, unless kept, every API token).

    Whoever knew the old password may have signed in or issued a token with it;
    the caller signs the current browser in again.
    """
    set_password(user, password)
    end_sessions(session, user)
    if not keep_api_tokens:
        session.execute(sa.delete(ApiToken).where(ApiToken.user_id == user.id))


def lock_account(session: Session, user_id: int) -> User | None:
    """Serialise writes for one account from here to the end of the transaction.

    A check that must still hold when the transaction commits (no identical interview
    logged meanwhile) reads after this. PostgreSQL: FOR NO KEY UPDATE on the user's row,
    so writers for the account queue, while a hook storing mail for it (its foreign key
    takes FOR KEY SHARE) need not wait. SQLite: the database's write lock, taken now
    (BEGIN IMMEDIATE) rather than at the first write, after the check had read.
    """
    begin_write(session)
    query = sa.select(User).where(User.id == user_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(key_share=True)
    return session.scalar(query)


def lock_own_account(session: Session, user_id: int) -> None:
    """`lock_account` for a request made as the user: raises NotFound once the account
    is gone (deleted after the request signed in), where the insert that followed
    failed on its foreign key with a 500."""
    if lock_account(session, user_id) is None:
        raise NotFound("this account no longer exists")


def set_active(session: Session, user: User, active: bool) -> None:
    """Disable or enable an account; its browser sessions end either way.

    Ending them on disable means enabling the account again revives no old cookie.
    """
    user.is_active = active
    end_sessions(session, user)


def start_session(session: Session, user: User, now: datetime, lifetime: timedelta) -> str:
    """Open a browser session and return its secret (for the cookie; only the hash is kept).

    The account's sessions past their lifetime are swept out on the way.
    """
    end_sessions(session, user, older_than=now - lifetime)
    token = secrets.token_urlsafe(32)
    session.add(WebSession(user_id=user.id, token_hash=tokens.hash_secret(token), created_at=now))
    return token


def find_session_user(
    session: Session, token: str, now: datetime, lifetime: timedelta
) -> User | None:
    """Return the active owner of a session still inside its lifetime, or None."""
    if not 20 <= len(token) <= 100:
        return None
    row = session.scalar(
        sa.select(WebSession).where(WebSession.token_hash == tokens.hash_secret(token))
    )
    if row is None or row.created_at + lifetime <= now:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        return None
    return user


def end_session(session: Session, token: str) -> None:
    """Sign one browser out: its cookie stops working everywhere."""
    session.execute(sa.delete(WebSession).where(WebSession.token_hash == tokens.hash_secret(token)))


def end_sessions(session: Session, user: User, *, older_than: datetime | None = None) -> None:
    """Sign every browser of an account out (or only those opened before `older_than`)."""
    statement = sa.delete(WebSession).where(WebSession.user_id == user.id)
    if older_than is not None:
        statement = statement.where(WebSession.created_at < older_than)
    session.execute(statement)


def create_api_token(session: Session, user: User, now: datetime) -> str:
    """Issue an API token; only its hash is kept, so it is shown once."""
    token = tokens.new_api_token()
    session.add(ApiToken(user_id=user.id, token_hash=tokens.hash_secret(token), created_at=now))
    return token


def find_user_by_api_token(session: Session, token: str, now: datetime) -> User | None:
    """Return the active user owning an API token, noting when it was last used."""
    if not token.startswith("av_") or len(token) > 200:
        return None
    row = session.scalar(
        sa.select(ApiToken).where(ApiToken.token_hash == tokens.hash_secret(token))
    )
    if row is None:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        return None
    # A write per request would cost more than most API calls; minute precision will do.
    if row.last_used_at is None or now - row.last_used_at >= LAST_USED_PRECISION:
        row.last_used_at = now
    return user


@dataclass(frozen=True)
class Preferences:
    """The settings a user can change about themselves."""

    display_name: str
    timezone: str
    working_hours: str
    follow_up_days: int
    feed_interviews: str
    feed_alarms: bool
    reminder_emails: bool
    daily_digest: bool


def adopt_browser_zone(user: User, name: str) -> bool:
    """At the first sign-in of someone who never chose a zone, take their browser's: the
    default (UTC, or whatever an admin guessed) would put every step at the wrong hour."""
    if user.zone_confirmed or "/" not in name:
        return False
    try:
        found = check_zone(name, "browser_zone")
    except Invalid:
        return False
    user.timezone = found.key
    user.zone_confirmed = True
    return True


def preference_problems(prefs: Preferences) -> list[Invalid]:
    """Return what is wrong with each field, all at once (empty when all is well)."""
    problems: list[Invalid] = []
    if len(prefs.display_name.strip()) > 200:
        problems.append(Invalid("display_name", "at most 200 characters"))
    try:
        check_text("display_name", prefs.display_name)
    except Invalid as exc:
        problems.append(exc)
    try:
        check_zone(prefs.timezone, "timezone")
    except Invalid as exc:
        problems.append(exc)
    try:
        WorkingHours.parse(prefs.working_hours)
    except ValueError as exc:
        problems.append(Invalid("working_hours", str(exc)))
    if prefs.feed_interviews not in set(FeedInterviews):
        choices = (choice.value for choice in FeedInterviews)
        problems.append(Invalid("feed_interviews", not_one_of(prefs.feed_interviews, choices)))
    if not 1 <= prefs.follow_up_days <= 60:
        problems.append(Invalid("follow_up_days", "must be between 1 and 60 days"))
    return problems


def update_preferences(
    user: User, prefs: Preferences, now: datetime, problems: Problems | None = None
) -> bool:
    """Apply validated preferences; nothing is changed when any of them is wrong.

    Every wrong field is named at once, together with any the caller noted in `problems`
    (a form's own checks). Returns whether a setting that places the steps (zone, working
    hours, follow-up delay) changed; the caller then re-plans (service.steps.settings).
    """
    found = problems if problems is not None else Problems()
    for exc in preference_problems(prefs):
        if not found.has(exc.field):
            found.note(exc)
    found.raise_any()
    hours = WorkingHours.parse(prefs.working_hours)
    placed = (user.timezone, user.working_hours, user.follow_up_days)
    # Shown in greetings and drafts on one line: a line break or an open bidi override
    # in it broke the line it was put in.
    user.display_name = one_line_name(prefs.display_name)
    user.timezone = check_zone(prefs.timezone, "timezone").key
    user.zone_confirmed = True
    user.working_hours = str(hours)
    user.follow_up_days = prefs.follow_up_days
    user.feed_interviews = FeedInterviews(prefs.feed_interviews)
    user.feed_alarms = prefs.feed_alarms
    user.reminder_emails = prefs.reminder_emails
    user.daily_digest = prefs.daily_digest
    mark_feed_changed(user, now)
    return placed != (user.timezone, user.working_hours, user.follow_up_days)


def current_preferences(user: User) -> Preferences:
    """Return the user's preferences as they are, to change a few of them."""
    return Preferences(
        display_name=user.display_name,
        timezone=user.timezone,
        working_hours=user.working_hours,
        follow_up_days=user.follow_up_days,
        feed_interviews=user.feed_interviews,
        feed_alarms=user.feed_alarms,
        reminder_emails=user.reminder_emails,
        daily_digest=user.daily_digest,
    )


def set_allowed_senders(session: Session, user: User, addresses: list[str]) -> list[AllowedSender]:
    """Replace the addresses allowed to forward mail for this user.

    Addresses already registered keep their confirmation; new ones start unconfirmed
    and are returned, so the caller can mail each one its confirmation link.
    """
    cleaned = sorted({normalise_email(a, "allowed_senders") for a in addresses if a.strip()})
    if len(cleaned) > 20:
        raise Invalid("allowed_senders", "at most 20 addresses")
    existing = {sender.email: sender for sender in user.allowed_senders}
    for email, sender in existing.items():
        if email not in cleaned:
            user.allowed_senders.remove(sender)
    session.flush()
    added = [AllowedSender(email=address) for address in cleaned if address not in existing]
    user.allowed_senders.extend(added)
    session.flush()
    return added


def own_addresses(session: Session, user: User, *also: str | None) -> frozenset[str]:
    """Every address that is the user's own: sign-in, registered forwarders, and `also`.

    Mail the user forwards carries these on its envelope and in calendar attendee
    lists; none of them is ever an interviewer or organizer (drafts would go to oneself).
    """
    registered = session.scalars(
        sa.select(AllowedSender.email).where(AllowedSender.user_id == user.id)
    )
    found = {user.email, *registered, *(a for a in also if a)}
    return frozenset(a.strip().lower() for a in found if a and a.strip())


def init_app(app: Flask) -> None:
    """Add the account commands."""
    from service.accounts import cli

    cli.init_app(app)
