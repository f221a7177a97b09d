"""Inbound mail hooks: authenticate, store and commit, and only then answer 2xx.

Status codes follow what each sender does with them: 5xx when storing failed (every
provider retries those); 401/403 with nothing stored for bad credentials; 413 only
where the sender keeps the message (the raw hook's caller, Postmark); SendGrid and
Mailgun get 200 for an oversized or unreadable message, which is kept quarantined,
because SendGrid drops anything 4xx and Mailgun drops after its retries.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta

import sqlalchemy as sa
from flask import Blueprint, Response, current_app, jsonify, request
from sqlalchemy.exc import SQLAlchemyError

from service.inbound import providers, throttle
from service.inbound.arrival import Arrival, Rejected, check_shape, header_block, read_head
from service.inbound.intake import accept
from service.inbound.models import InboundMessage, Provider
from service.inbound.providers import Attachment, BadPayload
from service.inbound.store import Proof, Replayed, Stored
from service.platform.config import Settings, settings_of
from service.platform.db import db, utcnow
from service.web.errors import problem
from service.web.input_guard import JSONInputError, loads_checked

bp = Blueprint("hooks", __name__, url_prefix="/hooks/email")
log = logging.getLogger(__name__)

RAW_TYPES = {"message/rfc822", "application/octet-stream"}
FORM_TYPES = {"multipart/form-data", "application/x-www-form-urlencoded"}
MAILGUN_TOKEN_LIFETIME = timedelta(
    seconds=providers.MAILGUN_RETRY_SECONDS + 2 * providers.SIGNATURE_WINDOW_SECONDS
)
RAW_SIGNATURE_FORM = 'v2=<hex HMAC-SHA256 of "<timestamp>.<recipient>.<body>">'


class Refused(Exception):
    """Authentication failed; nothing is stored and the client is counted."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _settings() -> Settings:
    return settings_of(current_app)


def _hard_limit() -> int:
    # Form or JSON wrapping (base64, a text copy beside the raw) can double a message.
    return 2 * _settings().max_message_bytes + 1024 * 1024


def _refuse(hook: str, error: Refused) -> Response:
    """Answer a failed authentication; past the allowance, slow the client down."""
    session = db.session()
    now = utcnow()
    try:
        count = throttle.note_failure(session, f"{hook}:{request.remote_addr or '?'}", now)
        session.commit()
    except SQLAlchemyError:
        session.rollback()
        count = 0
    if count > throttle.FAILURES_ALLOWED:
        response = problem(429, "Too many failed requests", "Try again later.")
        response.headers["Retry-After"] = str(throttle.retry_after(now))
        return response
    response = problem(
        error.status, "Unauthorized" if error.status == 401 else "Forbidden", error.detail
    )
    if error.status == 401 and hook in ("sendgrid", "postmark"):
        response.headers["WWW-Authenticate"] = 'Basic realm="afterview-hooks"'
    return response


def _store(
    arrival: Arrival, proof: Proof | None = None, authserv_id: str | None = None
) -> Response:
    """Store and commit, then answer 200; 503 when the database could not keep it."""
    try:
        stored = accept(arrival, proof=proof, authserv_id=authserv_id)
    except SQLAlchemyError as error:
        db.session.rollback()
        # The error's text may quote the row (subject, sender): name its kind only.
        orig = getattr(error, "orig", None)
        cause = type(orig).__name__ if orig is not None else ""
        log.error(
            "inbound %s message could not be stored: %s %s",
            arrival.provider,
            type(error).__name__,
            cause,
        )
        response = problem(503, "Not stored", "The message could not be stored; retry later.")
        response.headers["Retry-After"] = "60"
        return response
    body = jsonify(stored_answer(stored))
    body.status_code = 200
    return body


def stored_answer(stored: Stored) -> dict[str, object]:
    """The 200 answer's fields for a message that is kept (now or before)."""
    return {
        "stored": True,
        "duplicate": not stored.created,
        "id": stored.message_id,
        "status": stored.status,
    }


def _disabled(name: str) -> Response:
    return problem(404, "Not found", f"This hook is off: set {name} to enable it.")


def _media_type() -> str:
    return (request.mimetype or "").lower()


def _oversized_stub(provider: Provider, size: int) -> Arrival:
    """A placeholder for a request too large to read, so it is on record, quarantined."""
    note = f"X-Afterview-Oversize: {size} bytes received {utcnow().isoformat()}\r\n\r\n"
    return Arrival(
        provider=provider,
        raw=note.encode(),
        problem=f"a request of {size} bytes was too large to read; nothing of it was kept",
        original_size=size,
    )


def _keepable(arrival: Arrival) -> Arrival:
    """Quarantine what cannot be used as it is, keeping the header of an oversized one."""
    limit = _settings().max_message_bytes
    if len(arrival.raw) > limit:
        return replace(
            arrival,
            raw=header_block(arrival.raw)[:65536],
            problem=(
                f"the message is {len(arrival.raw)} bytes, over the {limit}-byte limit; "
                "only its header was kept"
            ),
            original_size=len(arrival.raw),
        )
    try:
        check_shape(arrival.raw)
    except Rejected as error:
        log.warning("inbound %s message is malformed: %s", arrival.provider, error)
        return replace(
            arrival,
            raw=arrival.raw[:65536] if arrival.raw.strip() else b"(empty)",
            problem=f"unreadable: {error}",
            original_size=len(arrival.raw),
        )
    return arrival


# --- raw --------------------------------------------------------------------------------


@bp.post("/raw")
def raw_hook() -> Response:
    """Take one raw message signed with AFTERVIEW_HOOK_SECRET."""
    settings = _settings()
    if not settings.hook_secret:
        return _disabled("AFTERVIEW_HOOK_SECRET")
    limit = settings.max_message_bytes
    if request.content_length is not None and request.content_length > limit:
        return problem(413, "Too large", f"The message is over the {limit}-byte limit.")
    if _read_bounded(limit) is None:
        return problem(413, "Too large", f"The message is over the {limit}-byte limit.")
    # An unencoded "+" in a query string arrives as a space; addresses have no spaces.
    # The signature covers the recipient as it is used, so it cannot be moved to another.
    recipient = request.args.get("to", "").replace(" ", "+")
    try:
        signature = _raw_signature(settings, recipient)
    except Refused as error:
        return _refuse("raw", error)
    if _media_type() not in RAW_TYPES:
        return problem(415, "Unsupported media type", "Send the message as message/rfc822.")
    raw = request.get_data(cache=False)
    try:
        check_shape(raw)
    except Rejected as error:
        status = 400 if not raw.strip() else 422
        return problem(status, "Not a mail message", str(error))
    return _store_once(
        raw_arrival(raw, recipient),
        "raw",
        signature,
        "This signature was used before (replay).",
        authserv_id=settings.inbound_authserv_id,
        signs_message=True,  # the HMAC covers the body and ?to=: it brings this row only
    )


def raw_arrival(raw: bytes, recipient: str) -> Arrival:
    """The raw hook's arrival: only its Message-ID and ?to='s owner are read before the 2xx."""
    return Arrival(provider=Provider.RAW, raw=raw, recipients=(recipient,) if recipient else ())


def raw_proof(signature: str) -> Proof:
    """The raw hook's HMAC signs this message for this recipient: it brings one row only."""
    return Proof("hook-raw", signature, throttle.WINDOW, signs_message=True)


def _raw_signature(settings: Settings, recipient: str) -> str:
    """Check the request's v2 signature (see `check_raw_signature`)."""
    return check_raw_signature(
        settings.hook_secret,
        request.headers.get("X-Afterview-Timestamp", ""),
        request.headers.get("X-Afterview-Signature", ""),
        recipient,
        request.get_data(cache=True),
    )


def check_raw_signature(
    secret: str, timestamp: str, header: str, recipient: str, body: bytes
) -> str:
    """Check a v2 signature, which covers the timestamp, the recipient and the body.

    Returns the signature in one canonical spelling (lower-case hex, no spaces), so a
    replay cannot pass for new by changing case or adding blanks. Raises Refused.
    """
    timestamp = timestamp.strip()
    header = header.strip()
    if not timestamp or not header:
        raise Refused(401, "X-Afterview-Timestamp and X-Afterview-Signature are required.")
    scheme, _, value = header.partition("=")
    signature = "".join(value.split()).lower()
    if scheme.strip().lower() != "v2":
        raise Refused(401, f"X-Afterview-Signature must be {RAW_SIGNATURE_FORM}.")
    if not providers.is_hex_digest(signature):
        raise Refused(403, f"The signature must look like {RAW_SIGNATURE_FORM}.")
    if not providers.fresh(timestamp, time.time()):
        raise Refused(403, "The timestamp is more than 5 minutes from now.")
    message = b".".join((timestamp.encode(), recipient.encode("utf-8", "surrogateescape"), body))
    if not providers.signature_matches(secret, message, signature):
        raise Refused(403, "The signature does not match.")
    return signature


# --- Mailgun ----------------------------------------------------------------------------


@bp.post("/mailgun")
@bp.post("/mailgun/mime")
def mailgun_hook() -> Response:
    """Take a Mailgun route post (parsed fields, or raw MIME when the URL ends in "mime")."""
    settings = _settings()
    if not settings.mailgun_signing_key:
        return _disabled("AFTERVIEW_MAILGUN_SIGNING_KEY")
    if _media_type() not in FORM_TYPES:
        return problem(415, "Unsupported media type", "Mailgun posts form data.")
    too_large = _allow_large_form()
    if too_large is not None:
        return too_large
    form = request.form
    timestamp, token, signature = (form.get(k, "") for k in ("timestamp", "token", "signature"))
    try:
        if not (timestamp and token and signature):
            raise Refused(401, "timestamp, token and signature are required.")
        if not providers.signature_matches(
            settings.mailgun_signing_key, (timestamp + token).encode(), signature
        ):
            raise Refused(403, "The signature does not match.")
        stored = _stored_with_token(token)
        if stored is not None and _same_message(form, stored):
            # Mailgun retries a delivery it saw no 2xx for, with the same token and
            # timestamp, for hours: that message is kept already, so say so.
            return _already_stored(stored)
        if not providers.fresh(timestamp, time.time(), providers.MAILGUN_RETRY_SECONDS):
            raise Refused(403, "The timestamp is older than Mailgun's retries or in the future.")
    except Refused as error:
        return _refuse("mailgun", error)
    try:
        arrival = providers.mailgun_arrival(form, _files(), current_app.config.get("DKIM_DNS"))
    except BadPayload as error:
        return problem(422, "Not a Mailgun message", str(error))
    if not providers.fresh(timestamp, time.time()):
        # A retry of a delivery that was not stored (503, a timeout). Mailgun's signature
        # does not cover the body, and an older signature has had longer to be seen
        # (Mailgun signs its event webhooks with the same key): keep the message, but
        # take nothing Mailgun said about its sender. Our own DKIM check still counts.
        arrival = replace(arrival, verdicts=replace(arrival.verdicts, spf="", spf_domain=""))
    arrival = _keepable(arrival)
    try:
        # Spent for as long as a post with this timestamp is taken: a replay of it is refused.
        return _store(arrival, Proof("hook-mailgun", token, MAILGUN_TOKEN_LIFETIME))
    except Replayed:
        # A retry that met the first attempt still storing it: kept now, so say so.
        stored = _stored_with_token(token)
        if stored is not None and _same_message(form, stored):
            return _already_stored(stored)
        return _refuse("mailgun", Refused(403, "This token was used before (replay)."))


def _stored_with_token(token: str) -> InboundMessage | None:
    """Return the message a Mailgun token (signature already checked) brought, if any."""
    if "\x00" in token:  # no column holds it (PostgreSQL); reading the payload says so
        return None
    return db.session.scalar(
        sa.select(InboundMessage).where(
            InboundMessage.provider == Provider.MAILGUN,
            InboundMessage.provider_ref == token[:200],
        )
    )


def _same_message(form: Mapping[str, str], stored: InboundMessage) -> bool:
    """Tell whether a post carries the message stored under its token (a retry, not a swap)."""
    try:
        # Only the head is compared: no DKIM lookups for a message that is kept already.
        arrival = providers.mailgun_arrival(form, [], dkim_dns=lambda *_a, **_k: None)
    except BadPayload:
        return False
    head = read_head(arrival.raw)
    if head.message_id and head.message_id == stored.message_id_header:
        return True
    return hashlib.sha256(arrival.raw).hexdigest() == stored.raw_sha256


def _already_stored(message: InboundMessage) -> Response:
    """Answer a retry of a delivery whose message is kept: 200, and nothing new stored."""
    body = jsonify(stored=True, duplicate=True, id=message.id, status=message.status)
    body.status_code = 200
    return body


def _store_once(
    arrival: Arrival,
    hook: str,
    proof: str,
    replayed: str,
    authserv_id: str | None = None,
    signs_message: bool = False,
) -> Response:
    """Store the message, spending its signature or token in the same transaction."""
    spent = raw_proof(proof) if signs_message else Proof(f"hook-{hook}", proof, throttle.WINDOW)
    try:
        return _store(arrival, spent, authserv_id)
    except Replayed:
        return _refuse(hook, Refused(403, replayed))


# --- SendGrid ---------------------------------------------------------------------------


def _basic_auth(settings: Settings) -> None:
    auth = request.authorization
    if auth is None or auth.type != "basic":
        raise Refused(401, "Basic authentication is required.")
    if not providers.basic_auth_matches(settings.hook_basic_auth, auth.username, auth.password):
        raise Refused(401, "The user name or password is wrong.")


def _basic_auth_refusal(hook: str) -> Response | None:
    """The answer that turns a basic-auth hook's post away (the hook is off, or the user name
    or password is missing or wrong), or None when the post may be read."""
    settings = _settings()
    if not settings.hook_basic_auth:
        return _disabled("AFTERVIEW_HOOK_BASIC_AUTH")
    try:
        _basic_auth(settings)
    except Refused as error:
        return _refuse(hook, error)
    return None


@bp.post("/sendgrid")
def sendgrid_hook() -> Response:
    """Take a SendGrid Inbound Parse post (raw mode: the whole message in `email`)."""
    refusal = _basic_auth_refusal("sendgrid")
    if refusal is not None:
        return refusal
    if _media_type() not in FORM_TYPES:
        return problem(415, "Unsupported media type", "SendGrid posts multipart/form-data.")
    size = request.content_length or 0
    if size > _hard_limit():
        # Reading it is out of the question, and SendGrid drops anything 4xx: keep a note.
        return _store(_oversized_stub(Provider.SENDGRID, size))
    too_large = _allow_large_form()
    if too_large is not None:
        return too_large
    try:
        arrival = providers.sendgrid_arrival(request.form, _files())
    except BadPayload as error:
        return problem(422, "Not a SendGrid message", str(error))
    return _store(_keepable(arrival))


# --- Postmark ---------------------------------------------------------------------------


@bp.post("/postmark")
def postmark_hook() -> Response:
    """Take a Postmark inbound JSON post (RawEmail when included, attachments otherwise)."""
    refusal = _basic_auth_refusal("postmark")
    if refusal is not None:
        return refusal
    settings = _settings()
    if _media_type() != "application/json":
        return problem(415, "Unsupported media type", "Postmark posts application/json.")
    size = request.content_length or 0
    if size > _hard_limit():
        # Postmark keeps a message it could not deliver and can retry it from its UI.
        return problem(413, "Too large", "The message is over the size limit.")
    body = _read_bounded(_hard_limit())
    if body is None:
        return problem(413, "Too large", "The message is over the size limit.")
    try:
        # A message to keep, not a request to check: a repeated key keeps its last value.
        payload = loads_checked(body, unique_keys=False)
        arrival = providers.postmark_arrival(payload)
    except (ValueError, UnicodeDecodeError) as error:
        detail = (
            str(error)
            if isinstance(error, BadPayload | JSONInputError)
            else "The body is not valid JSON."
        )
        return problem(400 if not isinstance(error, BadPayload) else 422, "Bad payload", detail)
    if len(arrival.raw) > settings.max_message_bytes:
        return problem(413, "Too large", "The message is over the size limit.")
    return _store(arrival)


def _read_bounded(limit: int) -> bytes | None:
    """Read the whole body, or return None when it is longer than `limit`.

    A chunked body has no Content-Length to check up front, and Werkzeug stops reading
    one at `max_content_length` without saying so: the message would arrive cut short.
    Reading one byte past the limit tells a body that fits from one that does not.
    """
    request.max_content_length = limit + 1
    data = request.get_data(cache=True)
    return None if len(data) > limit else data


def _allow_large_form() -> Response | None:
    """Let a whole message through as one form field (Werkzeug's default is 500 kB).

    Returns a 413 answer for a chunked body past the limit, which is never stored.
    """
    if request.content_length is None and _read_bounded(_hard_limit()) is None:
        return problem(413, "Too large", "The request is over the size limit.")
    request.max_content_length = _hard_limit()
    request.max_form_memory_size = _hard_limit()
    return None


def _files() -> list[Attachment]:
    found = []
    for storage in request.files.values():
        found.append(
            Attachment(
                filename=storage.filename or "",
                content_type=storage.mimetype or "application/octet-stream",
                data=storage.read(),
            )
        )
    return found
