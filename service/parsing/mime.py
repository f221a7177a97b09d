"""Take a raw message apart within fixed limits of time and memory."""

from __future__ import annotations

import base64
import binascii
import contextlib
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from itertools import islice

from service.parsing.model import ParseError

MAX_PARTS = 500
MAX_DEPTH = 20
MAX_HEADER_CHARS = 4000
MAX_TEXT_CHARS = 200_000
MAX_CALENDAR_BYTES = 2_000_000
# The stdlib parser costs about a microsecond per line: 25 MB of blank lines took 19 s.
# Longer inputs are slimmed first (see _slimmed) to at most this many lines.
MAX_PARSED_LINES = 200_000
MAX_HEADER_BLOCK_BYTES = 256 * 1024
MAX_READ_HEADER_FIELDS = 2000
# A read header field after a line end. The engine looks for a pattern's literal start with
# a fast scan, but tries "^" (re.MULTILINE) at every byte: on 25 MB of one header block (a
# message/rfc822 part of base64 lines) the "\n" start is six times quicker.
_READ_HEADER = re.compile(
    rb"\n((?:from|to|cc|subject|date|message-id|reply-to|mime-version|content-[\w-]+)[ \t]*:"
    rb"[^\n]*+(?:\n[ \t][^\n]*+)*+)",
    re.IGNORECASE,
)

_CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}
_STRONG_HEADERS = frozenset(
    {
        "date",
        "message-id",
        "mime-version",
        "received",
        "content-type",
        "return-path",
        "delivered-to",
        "dkim-signature",
        "x-mailer",
    }
)
_KNOWN_HEADERS = (
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "content-type",
    "received",
    "return-path",
    "delivered-to",
    "reply-to",
)


@dataclass
class Envelope:
    """The parts of one message the parser reads, nested messages included."""

    subject: str | None = None
    sender_name: str | None = None
    sender: str | None = None
    message_id: str | None = None
    date: datetime | None = None
    reply_to: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    recipient_text: str = ""  # To and Cc as written, names and addresses
    # the addresses the mail was delivered to by its envelope (Delivered-To, X-Original-To,
    # Envelope-To) or a kept Bcc line: a Bcc copy reached one that is in none of To and Cc
    delivered_to: tuple[str, ...] = ()
    auto_reply: bool = False
    discussion_list: bool = False  # posted to a mailing list (List-Post, a lists.* address)
    bulk: bool = False  # sent in bulk: Precedence bulk/list/junk, List-Unsubscribe, List-Id
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[bytes] = field(default_factory=list)
    attached: list[Envelope] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the texts the parser took from these parts, by how it read them: several of its
    # readers ask for the same ones while it reads this one message
    read: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)


def header_text(message: Message, name: str) -> str | None:
    """Return one header decoded to text, cut to a sane length."""
    raw: object = message.get(name)  # a Header, not a str, when it holds raw 8-bit bytes
    if raw is None:
        return None
    value = _eight_bit_header(message, name) if isinstance(raw, Header) else str(raw)
    value = value[:MAX_HEADER_CHARS]
    decoded = value
    if "=?" in value:  # most headers hold no RFC 2047 encoded word: nothing to decode
        with contextlib.suppress(ValueError, LookupError, UnicodeError, AssertionError):
            decoded = str(make_header(decode_header(value)))
    return _SPACES.sub(" ", decoded).strip() or None


_SPACES = re.compile(r"\s+")  # compiled once: some fifteen headers are read per message


def _eight_bit_header(message: Message, name: str) -> str:
    """Decode a header written in raw 8-bit bytes, as RFC 6532 allows for UTF-8 (servers
    that speak SMTPUTF8, .eml files some clients save) and old software does in Latin-1.
    The compat32 parser keeps such bytes as surrogate escapes and prints them as U+FFFD,
    which hid "Vorstellungsgespräch" from the readers and garbled names."""
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            return decode_bytes(str(value).encode("ascii", "surrogateescape"), None)
    return str(message.get(name))


def parse_date_header(value: str | None) -> datetime | None:
    """Return the Date header as an aware datetime, None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        return None
    return parsed


def decode_bytes(payload: bytes, charset: str | None) -> str:
    """Decode text whatever its label claims, preferring what the bytes really are."""
    payload = payload[: MAX_TEXT_CHARS * 4]
    label = (charset or "").strip().strip('"').lower()
    if label.startswith("iso-2022") or b"\x1b$" in payload[:4096]:
        # ISO-2022-JP is 7-bit: it decodes as utf-8 too, leaving its escape codes as text
        try:
            return payload.decode(label if label.startswith("iso-2022") else "iso-2022-jp")
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        # A utf-8 body labelled latin-1 is common; valid utf-8 is almost never an accident.
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if label in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", ""}:
        # Browsers treat these labels as windows-1252, and so do the mails that carry them.
        label = "windows-1252"
    try:
        return payload.decode(label, errors="replace")
    except LookupError:
        return payload.decode("windows-1252", errors="replace")


_QUOTE_DEPTH = re.compile(r">*")


# A plain part made from an HTML mail by stripping its tags keeps the style sheet's text
# (PHPMailer's AltBody through strip_tags, as Easy!Appointments sends it: "ol li {
# list-style-position: inside; }", "hr { border: 0; }"): rule blocks of "property: value;"
# declarations under a selector, which are no words of the mail ("position" names no job,
# "hr" no HR team). A block is dropped only when it holds a declaration or nothing (an
# emptied "@media ... { }"); "{{first_name}}" or "{Room 4}" stay.
_STYLE_BODY = re.compile(r"\{([^{}]{0,4000})\}")
_DECLARATION = re.compile(r"[\w-]+[ \t]*:[ \t]*[^;{}\n]+;")
_STYLE_COMMENT = re.compile(r"/\*[^*]{0,2000}\*/")
_SELECTOR_CHARS = frozenset("#.:,>*+~[]=\"'()@%- \t_")


def _selector_start(text: str, brace: int) -> int:
    """Where the selector before the brace at `brace` begins: back over selector characters
    (letters, digits, "#.:,>*+~[]=()@%-" and spaces), at most 200, onto the line above only
    when it ends with a comma."""
    at = brace
    while at > 0 and brace - at < 200:
        char = text[at - 1]
        if char == "\n":
            # a selector list runs over lines (".footer td,\n.footer p,\n... {"): go on only
            # over a line that ends with a comma
            if not text[: at - 1].rstrip(" \t\r").endswith(","):
                break
        elif not (char.isalnum() or char in _SELECTOR_CHARS or char == "\r"):
            break
        at -= 1
    return at


def without_style_rules(text: str) -> str:
    """The plain text without the style sheet a tag-stripped HTML mail left in it."""
    if "{" not in text or ":" not in text:
        return text
    text = _STYLE_COMMENT.sub(" ", text) if "/*" in text else text
    for _ in range(3):  # "@media (...) { .a { ... } }": the inner rules first, then the shell
        pieces: list[str] = []
        done = 0
        for body in _STYLE_BODY.finditer(text):
            inner = body.group(1)
            if inner.strip() and not _DECLARATION.search(inner):
                continue
            begin = max(_selector_start(text, body.start()), done)
            pieces += [text[done:begin], " "]
            done = body.end()
        if not pieces:
            break
        text = "".join([*pieces, text[done:]])
    return text


def unflow(text: str, *, delsp: bool) -> str:
    """Join the soft line breaks of a format=flowed plain part (RFC 3676).

    Apple Mail (iOS and macOS) and Thunderbird send format=flowed: a line ending in a space
    continues on the next one, and with DelSp=yes (Apple Mail) that space is not part of the
    text, so a wrap inside "at 2:30 PM" arrives as "at 2: " + CRLF + "30 PM". Read raw, the
    time is cut in two; a reader joins the lines as the sender meant them.
    """
    out: list[str] = []
    open_line: str | None = None
    open_depth = 0
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        mark = _QUOTE_DEPTH.match(line)
        depth = len(mark.group()) if mark else 0
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing (or the space after a quote mark)
        if open_line is not None and depth != open_depth:
            out.append(open_line)  # a soft break may not cross quote depths
            open_line = None
        soft = content.endswith(" ") and content != "-- "
        if soft and delsp:
            content = content[:-1]
        joined = _quoted(depth, content) if open_line is None else open_line + content
        if soft:
            open_line, open_depth = joined, depth
        else:
            out.append(joined)
            open_line = None
    if open_line is not None:
        out.append(open_line)
    return "\n".join(out)


def _quoted(depth: int, content: str) -> str:
    return f"{'>' * depth} {content}" if depth else content


_UTF8_NAMES = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def calendar_as_utf8(data: bytes, charset: object) -> bytes:
    """Return calendar bytes as UTF-8, which the calendar reader expects.

    Windows Calendar and some Exchange exports write UTF-16 (with a byte-order mark); Lotus
    Notes and older Outlook label parts ISO-8859-1 or windows-1252. Bytes that already read
    as UTF-8 are kept whatever the label says: a wrong label is commoner than such bytes.
    """
    name = charset.strip().lower().replace("_", "-") if isinstance(charset, str) else ""
    if data[:2] in UTF16_BOMS:
        name = "utf-16"
    if not name or name in _UTF8_NAMES:
        return data
    if not name.startswith(("utf-16", "utf-32")):
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            # a UTF-8 byte-order mark an exporter put before text in the labelled charset is
            # no text: decoded as windows-1252 it became "ï»¿BEGIN:VCALENDAR", no calendar
            data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode(name).encode("utf-8")
    except (LookupError, UnicodeError):
        return data


_ITIP_METHODS = frozenset(
    {"PUBLISH", "REQUEST", "REPLY", "ADD", "CANCEL", "REFRESH", "COUNTER", "DECLINECOUNTER"}
)
# the calendar's first content line, folds included: a producer folding at a narrow width
# writes "BEGIN:VCALEND" then "\tAR" (RFC 5545 3.1 allows a fold anywhere)
_CALENDAR_HEAD = re.compile(
    rb"\A((?:\xef\xbb\xbf)?\s*(?:[^\r\n]*(?:\r\n|\r|\n)[ \t]){0,20}[^\r\n]*(?:\r\n|\r|\n))"
)
_FOLD = re.compile(rb"(?:\r\n|\r|\n)[ \t]")
_METHOD_LINE = re.compile(rb"^METHOD[;:]", re.IGNORECASE | re.MULTILINE)
_LATER_CALENDAR = re.compile(rb"^BEGIN:VCALENDAR[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE | re.MULTILINE)


def with_part_method(data: bytes, method: object) -> bytes:
    """Give a calendar without METHOD the method its MIME part names.

    iMIP (RFC 6047 2.4) writes the method twice, as the part's `method` parameter and as the
    calendar's METHOD. Producers whose calendar library cannot write METHOD
    (markuspoerschke/iCal#427) or that leave it out so one file also suits CalDAV, which
    forbids it (adamgibbons/ics#297, betagouv/rdv-service-public#6516), set it only on the
    part; the part's word then stands for the missing property. A METHOD already written
    anywhere in the file is left alone.
    """
    if not isinstance(method, str) or method.strip().upper() not in _ITIP_METHODS:
        return data
    if _METHOD_LINE.search(data):
        return data
    line = b"METHOD:" + method.strip().upper().encode("ascii") + b"\r\n"
    head = _CALENDAR_HEAD.match(data)
    if head is None:
        return data
    first = _FOLD.sub(b"", head.group(1)).lstrip(b"\xef\xbb\xbf").strip().upper()
    if first != b"BEGIN:VCALENDAR":
        return data
    # a part may hold several VCALENDAR objects (a VTIMEZONE in one, the VEVENT in the next):
    # the part's method stands for each of them
    rest = _LATER_CALENDAR.sub(lambda found: found.group(0) + line, data[head.end() :])
    return head.group(1) + line + rest


def _payload_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        return b""
    return payload if isinstance(payload, bytes) else b""


def part_filename(part: Message) -> str:
    """The attachment's file name, lower-cased, with RFC 2047 encoded-words decoded.

    RFC 2047 section 5 keeps encoded-words out of parameters, yet Outlook, Gmail and
    Thunderbird name non-ASCII attachments so ('name="=?UTF-8?B?...?="'): an .ics typed
    application/octet-stream is known for a calendar only by that name. RFC 2231 names
    ("filename*=UTF-8''...") the stdlib decodes itself.
    """
    try:
        name = part.get_filename() or ""
    except (ValueError, TypeError, LookupError):
        return ""
    if "=?" in name:
        with contextlib.suppress(ValueError, LookupError, binascii.Error):
            name = str(make_header(decode_header(name)))
    return name.strip().lower()


def looks_like_message(message: Message) -> bool:
    """Tell a real header block from a pasted body that merely starts with "From: ..."."""
    keys = {key.lower() for key in message.keys()[:200]}
    if keys & _STRONG_HEADERS:
        return True
    # Outlook's quoted header block ("From:/Sent:/To:") is body text, not headers
    return bool(keys & {"from", "to", "subject"}) and not keys - set(_KNOWN_HEADERS)


def read_message(raw: bytes) -> Message:
    """Parse bytes leniently; the stdlib parser records defects instead of raising."""
    # An mbox "From " line before the headers is not a header.
    if raw.startswith(b"From "):
        raw = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    if raw.count(b"\n") > MAX_PARSED_LINES:
        raw = _slimmed(raw, 0, [MAX_PARTS], [MAX_PARSED_LINES])
    try:
        return message_from_bytes(raw, policy=compat32)
    except (ValueError, TypeError, IndexError, LookupError, RecursionError) as error:
        raise ParseError(f"unreadable MIME structure: {type(error).__name__}") from error


def build_envelope(message: Message, depth: int = 0, budget: list[int] | None = None) -> Envelope:
    """Collect headers, bodies, calendars and attached messages from a parsed message."""
    budget = budget if budget is not None else [MAX_PARTS]
    envelope = Envelope()
    envelope.subject = header_text(message, "subject")
    name, address = parseaddr(header_text(message, "from") or "")
    envelope.sender_name = name or None
    envelope.sender = address.lower() if "@" in address else None
    message_id = header_text(message, "message-id")
    envelope.message_id = message_id.strip() if message_id else None
    envelope.date = parse_date_header(header_text(message, "date"))
    reply_to = header_text(message, "reply-to")
    envelope.reply_to = (
        tuple(address.lower() for _, address in getaddresses([reply_to]) if "@" in address)
        if reply_to
        else ()
    )
    recipients = " ,".join(filter(None, [header_text(message, "to"), header_text(message, "cc")]))
    envelope.recipients = tuple(
        address.lower() for _, address in getaddresses([recipients])[:100] if "@" in address
    )
    envelope.recipient_text = recipients[:MAX_HEADER_CHARS]
    envelope.delivered_to = _delivered_to(message)
    envelope.auto_reply = is_auto_reply(message)
    envelope.discussion_list = header_text(message, "list-post") is not None or any(
        _LIST_HOST.search(address) for address in envelope.recipients
    )
    envelope.bulk = is_bulk(message)
    _collect(message, envelope, depth, budget)
    return envelope


_ENVELOPE_HEADERS = ("delivered-to", "x-original-to", "envelope-to", "bcc")


def _delivered_to(message: Message) -> tuple[str, ...]:
    """The addresses of the envelope headers and a kept Bcc line (the first few of each)."""
    found: list[str] = []
    for name in _ENVELOPE_HEADERS:
        for value in (message.get_all(name) or [])[:8]:
            text = str(value)[:MAX_HEADER_CHARS]
            found += [a.lower() for _, a in getaddresses([text])[:20] if "@" in a]
    return tuple(dict.fromkeys(found))


def is_bulk(message: Message) -> bool:
    """Tell mail sent to many at once by its headers (RFC 2076 Precedence, RFC 2369 List-*,
    RFC 8058 one-click unsubscribe): newsletters, event platforms and mailing lists."""
    precedence = (header_text(message, "precedence") or "").lower()
    return precedence in {"bulk", "list", "junk"} or any(
        header_text(message, name) is not None for name in ("list-unsubscribe", "list-id")
    )


# the hosts of discussion lists: "dev@lists.example.org", Google Groups, groups.io
_LIST_HOST = re.compile(r"@(?:lists?\.|.*\b(?:googlegroups\.com|groups\.io)$)")


def is_auto_reply(message: Message) -> bool:
    """Tell whether the headers mark an automatic reply (RFC 3834), such as out-of-office.

    Only "auto-replied": ATS and calendar notifications say "auto-generated" and are read.
    """
    submitted = (header_text(message, "auto-submitted") or "").lower()
    precedence = (header_text(message, "precedence") or "").lower()
    return (
        submitted.startswith("auto-replied")
        or precedence == "auto_reply"
        or header_text(message, "x-autoreply") is not None
        or header_text(message, "x-autorespond") is not None
    )


def _collect(part: Message, envelope: Envelope, depth: int, budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        if "too many MIME parts; the rest was ignored" not in envelope.warnings:
            envelope.warnings.append("too many MIME parts; the rest was ignored")
        return
    content_type = part.get_content_type()
    filename = part_filename(part) if content_type != "message/rfc822" else ""
    if content_type == "message/rfc822" or (
        content_type.startswith("multipart/") is False and filename.endswith(".eml")
    ):
        _collect_attached(part, envelope, depth, budget)
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for child in payload:
                if isinstance(child, Message):
                    _collect(child, envelope, depth, budget)
        return
    disposition = (part.get("content-disposition") or "").lower()
    if content_type in _CALENDAR_TYPES or filename.endswith((".ics", ".vcs")):
        data = calendar_as_utf8(_payload_bytes(part), part.get_param("charset"))
        data = with_part_method(data, part.get_param("method"))
        if len(data) > MAX_CALENDAR_BYTES:
            envelope.warnings.append("calendar attachment too large; ignored")
        elif data.strip():
            envelope.calendars.append(data)
        return
    if "attachment" in disposition and content_type not in {"text/plain", "text/html"}:
        return
    if content_type == "text/plain" and "attachment" not in disposition:
        text = decode_bytes(_payload_bytes(part), part.get_content_charset())
        if str(part.get_param("format") or "").lower() == "flowed":
            text = unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
        text = without_style_rules(text[: MAX_TEXT_CHARS * 2])
        if text.strip():
            envelope.plain.append(text[:MAX_TEXT_CHARS])
    elif content_type == "text/html" and "attachment" not in disposition:
        text = decode_bytes(_payload_bytes(part), part.get_content_charset())
        if text.strip():
            envelope.html.append(text[:MAX_TEXT_CHARS])


def _collect_attached(part: Message, envelope: Envelope, depth: int, budget: list[int]) -> None:
    if depth + 1 > MAX_DEPTH:
        envelope.warnings.append("forward chain too deep; inner messages ignored")
        return
    inner: Message | None = None
    payload = part.get_payload()
    encoding = str(part.get("content-transfer-encoding") or "").strip().lower()
    if encoding in {"base64", "quoted-printable"} and part.get_content_type() == "message/rfc822":
        # RFC 2046 5.2.1 allows only 7bit, 8bit and binary here, but forwards whose message
        # part is base64- or QP-encoded are met (cyrus-imapd #2385); the stdlib then reads the
        # encoded text as a message without headers
        inner = _encoded_message(payload, encoding)
    elif isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
    else:
        data = _payload_bytes(part)
        if data:
            try:
                inner = read_message(data)
            except ParseError:
                inner = None
    if inner is None:
        return
    envelope.attached.append(build_envelope(inner, depth + 1, budget))


def _encoded_message(payload: object, encoding: str) -> Message | None:
    """Decode a message/rfc822 part sent with a transfer encoding and read the message in it."""
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        try:
            text = payload[0].as_bytes()
        except (ValueError, TypeError, LookupError, UnicodeError):
            return None
    elif isinstance(payload, str):
        text = payload.encode("ascii", "surrogateescape")
    else:
        return None
    try:
        data = (
            base64.b64decode(text, validate=False)
            if encoding == "base64"
            else quopri.decodestring(text)
        )
    except (ValueError, binascii.Error):
        return None
    try:
        return read_message(data) if data.strip() else None
    except ParseError:
        return None


def _cut_lines(data: bytes, lines_left: list[int]) -> bytes:
    """Return the first lines of data within the shared line budget."""
    wanted = lines_left[0]
    if data.count(b"\n") <= wanted:
        lines_left[0] -= data.count(b"\n")
        return data
    position = 0
    for _ in range(wanted):
        position = data.find(b"\n", position) + 1
    lines_left[0] = 0
    return data[:position]


def _slimmed(entity: bytes, depth: int, parts_left: list[int], lines_left: list[int]) -> bytes:
    """Return the entity with what the parser never reads left out, in few enough lines.

    Only used for inputs of very many lines. Bodies of attachments other than text,
    calendars and messages are dropped (the parser skips them anyway), preambles and
    epilogues too, and the text that is kept shares one line budget.
    """
    head_end = _head_end(entity)
    if head_end is None:
        head, separator, body = entity, b"\r\n\r\n", b""
    else:
        head, separator = entity[: head_end[0]], entity[head_end[0] : head_end[1]]
        body = entity[head_end[1] :]
    if len(head) > MAX_HEADER_BLOCK_BYTES:
        # a flood of header lines: keep the block's start and the fields the parser reads
        start = head[: head.rfind(b"\n", 0, MAX_HEADER_BLOCK_BYTES) + 1]
        fields = islice(_fields_from(head, len(start)), MAX_READ_HEADER_FIELDS)
        wanted = b"".join(found.rstrip(b"\r") + b"\r\n" for found in fields)
        head = start + wanted[: MAX_HEADER_BLOCK_BYTES * 8]
        head = head[: head.rfind(b"\n")] if head.endswith(b"\n") else head
    parts_left[0] -= 1
    if depth > MAX_DEPTH or parts_left[0] < 0 or lines_left[0] <= 0:
        return head + separator
    info = message_from_bytes(head + b"\r\n\r\n", policy=compat32)
    content_type = info.get_content_type()
    if content_type == "message/rfc822":
        return head + separator + _slimmed(body, depth + 1, parts_left, lines_left)
    boundary = info.get_boundary() if content_type.startswith("multipart/") else None
    if boundary:
        return head + separator + _slimmed_multipart(body, boundary, depth, parts_left, lines_left)
    filename = part_filename(info)
    readable = content_type in {"text/plain", "text/html"} | _CALENDAR_TYPES
    if not readable and not filename.endswith((".ics", ".vcs", ".eml")):
        return head + separator
    return head + separator + _cut_lines(body, lines_left)


def _slimmed_multipart(
    body: bytes, boundary: str, depth: int, parts_left: list[int], lines_left: list[int]
) -> bytes:
    marker = boundary.encode("ascii", "surrogateescape")
    pieces: list[bytes] = []
    previous: tuple[int, int, bool] | None = None
    for match in _delimiters(body, marker):  # lazily: a flood of delimiters stops early
        if previous is not None:
            part = body[previous[1] : match[0]]
            part = part.removeprefix(b"\r\n").removeprefix(b"\n")
            slim = _slimmed(part, depth + 1, parts_left, lines_left)
            pieces.append(b"--" + marker + b"\r\n" + slim.rstrip(b"\r\n") + b"\r\n")
        if match[2] or parts_left[0] <= 0 or lines_left[0] <= 0:
            previous = None
            break
        previous = match
    if previous is not None:
        part = body[previous[1] :].removeprefix(b"\r\n").removeprefix(b"\n")
        slim = _slimmed(part, depth + 1, parts_left, lines_left)
        pieces.append(b"--" + marker + b"\r\n" + slim.rstrip(b"\r\n") + b"\r\n")
    pieces.append(b"--" + marker + b"--\r\n")
    return b"".join(pieces)


def _head_end(entity: bytes) -> tuple[int, int] | None:
    """Where the first blank line (r"\r?\n\r?\n") starts and ends, found by two substring
    scans: the engine tries a pattern that starts with "\r?" at every byte (a second on a
    25 MB header block with no blank line)."""
    found = [at for at in (entity.find(b"\n\n"), entity.find(b"\n\r\n")) if at >= 0]
    if not found:
        return None
    line_end = min(found)
    start = line_end - 1 if line_end > 0 and entity[line_end - 1] == 0x0D else line_end
    end = line_end + (2 if entity[line_end + 1] == 0x0A else 3)
    return start, end


def _fields_from(head: bytes, position: int) -> Iterator[bytes]:
    """The header fields the parser reads in `head`, each at a line start from `position`
    on (the start of `head` or just after a line end)."""
    if position == 0:
        head, position = b"\n" + head, 1
    for found in _READ_HEADER.finditer(head, position - 1):
        yield found.group(1)


def _delimiters(body: bytes, marker: bytes) -> Iterator[tuple[int, int, bool]]:
    """The multipart delimiter lines in `body` (start, end, whether it is the closing one),
    as r"^--marker(--)?[ \t]*\r?$" with re.MULTILINE finds them, without trying "^" at
    every byte (see _READ_HEADER)."""
    rest = rb"(--)?[ \t]*\r?$"
    first = re.compile(b"--" + re.escape(marker) + rest, re.MULTILINE).match(body)
    if first is not None:
        yield first.start(), first.end(), bool(first.group(1))
    after = re.compile(rb"\n--" + re.escape(marker) + rest, re.MULTILINE)
    for found in after.finditer(body, first.end() if first is not None else 0):
        yield found.start() + 1, found.end(), bool(found.group(1))
