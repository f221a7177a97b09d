"""Each provider's documented payload and authentication, turned into an `Arrival`.

No Flask here: the hook views hand in the form fields, files and JSON they read.
Sources: Mailgun "Receiving messages via HTTP" and "Securing webhooks"; Twilio
SendGrid "Inbound Parse Webhook" (raw mode posts the whole MIME in `email`);
Postmark "Inbound webhook" (`RawEmail` when "include raw email content" is on).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import Any

from service.inbound import dkim_check
from service.inbound.arrival import Arrival, Verdicts, header_block, single_address
from service.inbound.dkim_check import DnsLookup
from service.inbound.models import Provider

SIGNATURE_WINDOW_SECONDS = 300
# Mailgun retries a delivery it got no 200 (or 406) for over about 8 hours (10 min, 15 min,
# 30 min, 1 h, 2 h, 4 h), and every retry carries the first attempt's timestamp, token and
# signature: a retry after a 503 (database down) or a timeout is that old, and refusing it
# as stale loses the message. Its single-use token guards the longer window instead.
MAILGUN_RETRY_SECONDS = 9 * 3600
_SKIP_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}
_DKIM_RESULT = re.compile(r"@([A-Za-z0-9.-]+)\s*:\s*([A-Za-z]+)")


class BadPayload(ValueError):
    """The request is not what the provider documents; the message says what is wrong."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


def signature_matches(key: str, message: bytes, signature: str) -> bool:
    """Compare a hex HMAC-SHA256 in constant time.

    As bytes: compare_digest raises TypeError for text that is not ASCII ("é" or U+FFFD
    in a forged signature was a 500)."""
    expected = hmac.new(key.encode(), message, hashlib.sha256).hexdigest()
    given = signature.strip().lower().encode("utf-8", "surrogateescape")
    return hmac.compare_digest(expected.encode(), given)


def is_hex_digest(value: str) -> bool:
    """Tell whether `value` has the shape of a hex SHA-256 digest."""
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def fresh(timestamp: str, now_seconds: float, max_age: float = SIGNATURE_WINDOW_SECONDS) -> bool:
    """Tell whether a unix timestamp is at most `max_age` seconds old and at most five
    minutes ahead (a clock that is a little off).

    Only plain ASCII digits count, and at most 12 of them: `int()` would also take
    '1_700_000_000' or other scripts' digits, and a few hundred digits make an int
    too large to compare with the float clock (OverflowError, a 500 before any
    signature was checked).
    """
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        return False
    age = now_seconds - int(timestamp)
    return -SIGNATURE_WINDOW_SECONDS <= age <= max_age


def basic_auth_matches(configured: str, username: str | None, password: str | None) -> bool:
    """Compare Basic credentials with the configured `user:password` in constant time."""
    want_user, _, want_password = configured.partition(":")
    given_user = (username or "").encode()
    given_password = (password or "").encode()
    user_ok = hmac.compare_digest(given_user, want_user.encode())
    password_ok = hmac.compare_digest(given_password, want_password.encode())
    return user_ok and password_ok


def build_mime(
    headers: Sequence[tuple[str, str]],
    text: str,
    html: str,
    attachments: Sequence[Attachment],
) -> bytes:
    """Rebuild a MIME message from a provider's parsed fields (when no raw copy was sent)."""
    body: MIMEBase
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText(text or "", "plain", "utf-8"))
    if html:
        alternative.attach(MIMEText(html, "html", "utf-8"))
    if attachments:
        body = MIMEMultipart("mixed")
        body.attach(alternative)
        for item in attachments:
            maintype, _, subtype = (item.content_type or "application/octet-stream").partition("/")
            part = MIMEBase(maintype or "application", subtype or "octet-stream")
            part.set_payload(base64.encodebytes(item.data).decode("ascii"))
            part["Content-Transfer-Encoding"] = "base64"
            if item.filename:
                part.add_header("Content-Disposition", "attachment", filename=_flat(item.filename))
            body.attach(part)
    else:
        body = alternative
    for name, value in headers:
        if name.lower() in _SKIP_HEADERS or not re.fullmatch(r"[!-9;-~]{1,100}", name):
            continue
        body[name] = _flat(value)
    return body.as_bytes()


def _flat(value: str) -> str:
    # Header values from JSON may carry CR/LF; one line each, never a new header.
    return " ".join(str(value).split())[:4000]


def _first_header(headers: Sequence[tuple[str, str]], name: str) -> str:
    for key, value in headers:
        if key.lower() == name.lower():
            return value
    return ""


def _headers_of_raw(raw: bytes) -> list[tuple[str, str]]:
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    try:
        message = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
        return [(k, str(v)) for k, v in message.items()]
    except Exception:
        return []


def _envelope_text(value: object, field: str) -> str:
    """Return an envelope field as text for the database, refusing what no column can hold."""
    if not isinstance(value, str):
        raise BadPayload(f"{field} must be a string")
    if "\x00" in value:
        raise BadPayload(f"{field} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # The form keeps bytes that are not UTF-8 as lone surrogates (input_guard).
        raise BadPayload(f"{field} is not valid UTF-8") from None
    return value.strip()


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip(" <>").lower() if "@" in address else ""


# --- Mailgun -------------------------------------------------------------------------------


def mailgun_arrival(
    form: Mapping[str, str],
    attachments: Sequence[Attachment],
    dkim_dns: DnsLookup | None = None,
) -> Arrival:
    """Read a Mailgun route post: `body-mime` (URL ending in "mime") or the parsed fields.

    Mailgun's DKIM result is one word that names no domain, so it is not used: with the
    raw message we verify the signatures ourselves (`dkim_check`); a message rebuilt
    from parsed fields no longer carries what was signed, so there DKIM vouches for nothing.
    """
    recipient = _envelope_text(form.get("recipient", ""), "recipient")
    sender = _envelope_text(form.get("sender", ""), "sender")
    raw_text = form.get("body-mime", "")
    dkim_domains: tuple[str, ...] = ()
    if raw_text:
        raw = raw_text.encode("utf-8", "surrogateescape")
        headers = _headers_of_raw(raw)
        spf = _first_header(headers, "X-Mailgun-Spf")
        author = single_address(_first_header(headers, "From"))
        dkim_domains = dkim_check.verified_domains(raw, _domain(author), dkim_dns)
    else:
        try:
            pairs = json.loads(form.get("message-headers", "[]"))
            headers = [(k, v) for k, v in pairs]
        except (ValueError, TypeError, RecursionError):
            raise BadPayload("message-headers is not the JSON list Mailgun sends") from None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in headers):
            # str() would have kept a null as the text "None" (a "From: None" header).
            raise BadPayload("message-headers must be pairs of strings, as Mailgun sends them")
        if not headers and not form.get("body-plain"):
            raise BadPayload("neither body-mime nor message-headers/body-plain was posted")
        raw = build_mime(
            headers, form.get("body-plain", ""), form.get("body-html", ""), attachments
        )
        spf = form.get("X-Mailgun-Spf", "") or _first_header(headers, "X-Mailgun-Spf")
    verdicts = Verdicts(
        source="mailgun",
        spf=spf.strip().lower(),
        spf_domain=_domain(sender),
        dkim_pass_domains=dkim_domains,
    )
    recipients = tuple(r.strip() for r in recipient.split(",") if r.strip())
    return Arrival(
        provider=Provider.MAILGUN,
        raw=raw,
        recipients=recipients,
        envelope_sender=sender,
        verdicts=verdicts,
        provider_ref=_envelope_text(form.get("token", ""), "token")[:200],
    )


# --- SendGrid ------------------------------------------------------------------------------


def sendgrid_arrival(form: Mapping[str, str], attachments: Sequence[Attachment]) -> Arrival:
    """Read a SendGrid Inbound Parse post: the raw `email` field, or the parsed fields."""
    envelope: dict[str, Any] = {}
    if form.get("envelope"):
        try:
            loaded = json.loads(form["envelope"])
        except (ValueError, RecursionError):
            raise BadPayload("envelope is not the JSON object SendGrid sends") from None
        if isinstance(loaded, dict):
            envelope = loaded
    to = envelope.get("to") or []
    recipients = tuple(
        _envelope_text(str(r), "envelope.to") for r in (to if isinstance(to, list) else [to]) if r
    )
    sender = _envelope_text(str(envelope.get("from") or ""), "envelope.from")
    if form.get("email"):
        raw = form["email"].encode("utf-8", "surrogateescape")
    elif form.get("headers") or form.get("text") or form.get("html"):
        headers = _headers_of_raw((form.get("headers", "").strip() + "\n\n").encode())
        raw = build_mime(headers, form.get("text", ""), form.get("html", ""), attachments)
    else:
        raise BadPayload("no email field (raw mode) and no headers/text/html were posted")
    dkim_domains = tuple(
        domain.lower()
        for domain, result in _DKIM_RESULT.findall(form.get("dkim", ""))
        if result.lower() == "pass"
    )
    verdicts = Verdicts(
        source="sendgrid",
        spf=form.get("SPF", "").strip().lower(),
        spf_domain=_domain(sender),
        dkim_pass_domains=dkim_domains,
    )
    return Arrival(
        provider=Provider.SENDGRID,
        raw=raw,
        recipients=recipients,
        envelope_sender=sender,
        verdicts=verdicts,
    )


# --- Postmark ------------------------------------------------------------------------------


def postmark_arrival(payload: object) -> Arrival:
    """Read a Postmark inbound JSON post: `RawEmail` when present, else its parsed fields."""
    if not isinstance(payload, dict):
        raise BadPayload("the body is not the JSON object Postmark sends")
    for key in ("Headers", "ToFull", "CcFull", "BccFull", "Attachments"):
        if payload.get(key) is not None and not isinstance(payload[key], list):
            raise BadPayload(f"{key} must be a list, as Postmark sends it")
    for key in ("RawEmail", "From", "OriginalRecipient", "MessageID", "TextBody", "HtmlBody"):
        if payload.get(key) is not None and not isinstance(payload[key], str):
            raise BadPayload(f"{key} must be a string, as Postmark sends it")
    headers = [
        (str(h.get("Name", "")), str(h.get("Value", "")))
        for h in payload.get("Headers") or []
        if isinstance(h, dict)
    ]
    raw_email = payload.get("RawEmail")
    if isinstance(raw_email, str) and raw_email.strip():
        raw = raw_email.encode("utf-8", "surrogateescape")
    else:
        if not any(payload.get(k) for k in ("From", "TextBody", "HtmlBody", "Headers")):
            raise BadPayload("neither RawEmail nor From/TextBody/HtmlBody/Headers was posted")
        raw = build_mime(
            _postmark_headers(payload, headers),
            str(payload.get("TextBody") or ""),
            str(payload.get("HtmlBody") or ""),
            _postmark_attachments(payload.get("Attachments")),
        )
    recipients: list[str] = []
    if payload.get("OriginalRecipient"):
        recipients.append(_envelope_text(payload["OriginalRecipient"], "OriginalRecipient"))
    for key in ("ToFull", "CcFull", "BccFull"):
        for entry in payload.get(key) or []:
            if isinstance(entry, dict) and entry.get("Email"):
                address = _envelope_text(entry["Email"], f"{key}[].Email")
                if address not in recipients:
                    recipients.append(address)
    # Postmark prepends its own Received-SPF and SpamAssassin results; later copies
    # of those headers come from the sender and prove nothing.
    received_spf = _first_header(headers, "Received-SPF")
    spf_word = received_spf.split(" ", 1)[0].strip().lower()
    envelope_from = re.search(r"envelope-from=([^;\s]+)", received_spf)
    tests = _first_header(headers, "X-Spam-Tests")
    from_full = payload.get("FromFull") if isinstance(payload.get("FromFull"), dict) else {}
    author = str((from_full or {}).get("Email") or "") or single_address(
        str(payload.get("From", ""))
    )
    dkim_domains = (_domain(author),) if "DKIM_VALID_AU" in tests and _domain(author) else ()
    verdicts = Verdicts(
        source="postmark",
        spf=spf_word,
        spf_domain=_domain(envelope_from.group(1)) if envelope_from else "",
        dkim_pass_domains=dkim_domains,
    )
    return Arrival(
        provider=Provider.POSTMARK,
        raw=raw,
        recipients=tuple(recipients),
        envelope_sender=envelope_from.group(1) if envelope_from else "",
        verdicts=verdicts,
        provider_ref=_envelope_text(payload.get("MessageID") or "", "MessageID")[:200],
    )


def _postmark_headers(
    payload: dict[str, Any], headers: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    given = {name.lower() for name, _ in headers}
    extra: list[tuple[str, str]] = []
    for name, key in (("From", "From"), ("To", "To"), ("Cc", "Cc"), ("Subject", "Subject")):
        if name.lower() not in given and payload.get(key):
            extra.append((name, str(payload[key])))
    if "date" not in given and payload.get("Date"):
        extra.append(("Date", str(payload["Date"])))
    return extra + headers


def _postmark_attachments(items: object) -> list[Attachment]:
    found = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        try:
            data = base64.b64decode(str(item.get("Content") or ""), validate=False)
        except (binascii.Error, ValueError):
            raise BadPayload("an attachment's Content is not base64") from None
        found.append(
            Attachment(
                filename=str(item.get("Name") or ""),
                content_type=str(item.get("ContentType") or "application/octet-stream"),
                data=data,
            )
        )
    return found
