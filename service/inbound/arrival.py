"""What arrived: the raw bytes, who it was delivered to, and what the receiving side vouched for.

No request and no database here. Every way in (hooks, pipe, IMAP) builds an `Arrival`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr
from typing import Any

from service.inbound.models import Provider
from service.parsing.mime import header_text

MAX_HEADER_BYTES = 64 * 1024
MAX_HEADER_FIELDS = 1000
_HEADER_LINE = re.compile(rb"^(?:From |[!-9;-~]+:)")
_ADDRESS = re.compile(r"^[^@\s<>\"()\[\],;:]{1,64}@[A-Za-z0-9.-]{1,253}$")
_LOCALHOST_ADDRESS = re.compile(r"^[^@\s]+@localhost$")
# A header line as the stdlib's parser sees one (`email.feedparser.headerRE`).
_FIELD_LINE = re.compile(rb"^(From |[\041-\071\073-\176]*:|[\t ])")
_NEWLINE = re.compile(rb"(\r\n|\r|\n)")


class Rejected(ValueError):
    """The bytes are not a message Afterview will keep; the message says why, in one line."""


@dataclass(frozen=True)
class Verdicts:
    """Sender authentication as the receiving provider reported it (never our own guess)."""

    source: str = ""
    spf: str = ""
    spf_domain: str = ""
    dkim_pass_domains: tuple[str, ...] = ()
    dmarc: str = ""
    dmarc_domain: str = ""

    def vouches_for(self, address: str) -> bool:
        """Tell whether a passing, aligned result covers the domain of `address`."""
        domain = address.rsplit("@", 1)[-1].lower()
        if not domain:
            return False
        # DMARC's verdict is about one From domain; without header.from it names none.
        if self.dmarc == "pass" and self.dmarc_domain and self.dmarc_domain == domain:
            return True
        if any(aligned(signer, domain) for signer in self.dkim_pass_domains):
            return True
        return self.spf == "pass" and bool(self.spf_domain) and aligned(self.spf_domain, domain)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "spf": self.spf,
            "spf_domain": self.spf_domain,
            "dkim_pass_domains": list(self.dkim_pass_domains),
            "dmarc": self.dmarc,
            "dmarc_domain": self.dmarc_domain,
        }

    def describe(self) -> str:
        dkim = ",".join(self.dkim_pass_domains) or "none"
        return f"spf={self.spf or 'none'} dkim-pass={dkim} dmarc={self.dmarc or 'none'}"


def aligned(authenticated: str, author: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other (never a bare TLD)."""
    a = authenticated.strip().lower().rstrip(".")
    b = author.strip().lower().rstrip(".")
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return "." in shorter and longer.endswith("." + shorter)


@dataclass(frozen=True)
class Arrival:
    """One delivered message with its envelope, before anything is decided about it."""

    provider: Provider
    raw: bytes
    recipients: tuple[str, ...] = ()
    envelope_sender: str = ""
    verdicts: Verdicts = field(default_factory=Verdicts)
    provider_ref: str = ""
    # Set when the message cannot be used as it is (too large, unreadable): the row is
    # kept quarantined with this reason; `raw` may then hold only the header block.
    problem: str = ""
    original_size: int = 0


@dataclass(frozen=True)
class Head:
    """The few header facts storing and routing need, read without parsing the body."""

    message_id: str
    from_address: str
    subject: str
    header_recipients: tuple[str, ...]
    header_bytes: int
    # Every Authentication-Results value, topmost first (see `parse_authentication_results`).
    authentication_results: tuple[str, ...] = ()

    def verdicts(self, authserv_id: str) -> Verdicts:
        """What our own receiving server wrote in the topmost Authentication-Results."""
        return parse_authentication_results(list(self.authentication_results), authserv_id)


def header_block(raw: bytes) -> bytes:
    """Return the bytes up to and including the blank line that ends the header."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator, 0, MAX_HEADER_BYTES + 4)
        if end >= 0:
            return raw[: end + len(separator)]
    return raw[: MAX_HEADER_BYTES + 1]


def check_shape(raw: bytes) -> None:
    """Raise Rejected unless the bytes look like an RFC 5322 message."""
    if not raw.strip():
        raise Rejected("the message is empty")
    head = header_block(raw)
    if len(head) > MAX_HEADER_BYTES:
        raise Rejected(f"the header block is larger than {MAX_HEADER_BYTES // 1024} KB")
    if b"\x00" in head:
        raise Rejected("the header block contains NUL bytes: this is not a mail message")
    if not _HEADER_LINE.match(raw.lstrip(b"\r\n")):
        raise Rejected("the message does not start with a header field")
    if head.count(b"\n") > MAX_HEADER_FIELDS * 4:
        raise Rejected(f"the message has more than {MAX_HEADER_FIELDS} header lines")


def read_head(raw: bytes) -> Head:
    """Read Message-ID, From, Subject, the header recipients and Authentication-Results.

    Never raises. Edges read the head once and hand it on (verdicts, storing, routing).
    """
    block = header_block(raw)
    if block.startswith(b"From "):
        block = block.split(b"\n", 1)[-1]
    try:
        message = BytesHeaderParser(policy=compat32).parsebytes(block)
    except Exception:  # hostile headers: keep the raw, route on the envelope alone
        return Head("", "", "", (), len(block))
    return Head(
        message_id=_message_id(_first(message, "Message-ID")),
        from_address=single_address(_first(message, "From")),
        subject=_subject(message),
        header_recipients=tuple(
            _addresses(message, ("Delivered-To", "X-Original-To", "To", "Cc", "Envelope-To"))
        ),
        header_bytes=len(block),
        authentication_results=_all(message, "Authentication-Results"),
    )


def message_id_of(raw: bytes) -> str:
    """Return the Message-ID exactly as `read_head` would, without parsing the rest.

    The raw hook keys a message on its owner and Message-ID before acknowledging it,
    and leaves the rest of the header to the background reader. The header block is
    read the way the stdlib's compat32 parser reads it (`email.feedparser`): fields up
    to the first line that is none, continuation lines joined, the first Message-ID
    wins. Bytes outside ASCII take the parser itself, which wraps such values.
    """
    block = header_block(raw)
    if block.startswith(b"From "):
        block = block.split(b"\n", 1)[-1]
    if not block.isascii():
        return read_head(raw).message_id
    parts = _NEWLINE.split(block)
    lines = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
    if parts[-1]:
        lines.append(parts[-1])
    header = []
    for line in lines:
        if not _FIELD_LINE.match(line):
            break
        header.append(line)
    fields: list[list[bytes]] = []
    current: list[bytes] | None = None
    for number, line in enumerate(header):
        if line[:1] in (b" ", b"\t"):
            if current is not None:
                current.append(line)
            continue
        current = None
        if line.startswith(b"From "):
            if number == len(header) - 1:
                break
            continue
        if line.startswith(b":"):
            continue
        current = [line]
        fields.append(current)
    for lines_of_field in fields:
        name, _, first = lines_of_field[0].partition(b":")
        if name.lower() == b"message-id":
            value = (first.lstrip(b" \t") + b"".join(lines_of_field[1:])).rstrip(b"\r\n")
            return _message_id(value.decode("ascii")[:4000])
    return ""


def single_address(value: str) -> str:
    """Return the one address in a From-like value, or "" when there is not exactly one."""
    try:
        pairs = getaddresses([value])
    except Exception:
        return ""
    found = [address.strip().lower() for _name, address in pairs if address.strip()]
    if len(found) != 1:
        return ""
    # getaddresses is lenient (CVE-2023-27043); recheck that parseaddr agrees.
    if parseaddr(value)[1].strip().lower() != found[0]:
        return ""
    return found[0] if is_address(found[0]) else ""


def is_address(text: str) -> bool:
    return bool(_ADDRESS.match(text) or _LOCALHOST_ADDRESS.match(text)) and len(text) <= 320


def _first(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:
        return ""
    return "" if value is None else str(value)[:4000]


def _subject(message: Message) -> str:
    """The subject as its sender wrote it, for pages and mail: encoded words ("=?utf-8?q?
    Vorstellungsgespr=C3=A4ch?=") and raw UTF-8 decoded as the parser reads them."""
    try:
        return (header_text(message, "Subject") or "")[:300]
    except Exception:  # hostile header: the raw text, as before
        return " ".join(_first(message, "Subject").split())[:300]


def _all(message: Message, name: str) -> tuple[str, ...]:
    try:
        return tuple(str(v) for v in message.get_all(name) or [])
    except Exception:
        return ()


def _message_id(value: str) -> str:
    cleaned = "".join(value.split())
    return cleaned[:500]


def _addresses(message: Message, names: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for name in names:
        try:
            values = [str(v)[:4000] for v in message.get_all(name) or []]
            pairs = getaddresses(values)
        except Exception:  # noqa: S112 - a hostile header only loses that header
            continue
        for _display, address in pairs:
            cleaned = address.strip().lower()
            if is_address(cleaned) and cleaned not in found:
                found.append(cleaned)
    return found[:50]


def parse_authentication_results(values: list[str], authserv_id: str) -> Verdicts:
    """Read the Authentication-Results header added by our own receiving server.

    `values` are the message's Authentication-Results headers, topmost first. Only the
    topmost one can be ours: our receiving host prepends it, and every copy below it was
    written by someone earlier on the way, the sender included (RFC 8601 section 5).
    So it counts only when its authserv-id equals `authserv_id`; otherwise nothing does.
    """
    wanted = authserv_id.strip().lower()
    if not wanted or not values:
        return Verdicts()
    text = " ".join(values[0].split())
    serv, _, rest = text.partition(";")
    if serv.strip().split(" ")[0].lower() != wanted:
        return Verdicts()
    spf = spf_domain = dmarc = dmarc_domain = ""
    dkim: list[str] = []
    for clause in rest.split(";"):
        words = clause.strip().split()
        if not words or "=" not in words[0]:
            continue
        method, _, result = words[0].partition("=")
        props = dict(w.split("=", 1) for w in words[1:] if "=" in w)
        method, result = method.lower(), result.lower()
        if method == "spf" and not spf:
            spf = result
            mailfrom = props.get("smtp.mailfrom", "")
            spf_domain = mailfrom.rsplit("@", 1)[-1].lower()
        elif method == "dkim" and result == "pass":
            signer = props.get("header.d") or props.get("header.i", "").lstrip("@")
            if signer:
                dkim.append(signer.rsplit("@", 1)[-1].lower())
        elif method == "dmarc" and not dmarc:
            dmarc = result
            dmarc_domain = props.get("header.from", "").lower().rstrip(".")
    return Verdicts(
        source="authentication-results",
        spf=spf,
        spf_domain=spf_domain,
        dkim_pass_domains=tuple(dkim),
        dmarc=dmarc,
        dmarc_domain=dmarc_domain,
    )


def authentication_results_of(raw: bytes, authserv_id: str) -> Verdicts:
    """Read verdicts from the raw message's own Authentication-Results headers."""
    if not authserv_id:
        return Verdicts()
    return read_head(raw).verdicts(authserv_id)
