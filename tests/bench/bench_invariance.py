"""Metamorphic check: transformations of a labelled message that must not change the parser's
answer, counted per transformation over the own corpus (dev and held-out apart).

Run by hand (not part of `make test`; about 10 minutes on the shared 2-core machine):

    .venv/bin/python tests/bench/bench_invariance.py [--split dev|heldout] [--only NAME,...]
        [--fam SUBSTR] [--out FILE.json] [-v]

Every message of tests/parsing/corpus/{dev,heldout} is parsed as it is and after each
transformation below; the answer compared is kind, start, end and timezone, and for mail that
carries a calendar part also uid, sequence and method. A transformation that cannot apply to a
message (no calendar part to move, text not representable in windows-1252, ...) skips it.
Printed per transformation: applicable / changed for dev and for held-out, and how many of the
changes turn a right answer (by the label) wrong. With -v the changed DEV messages are listed
with both answers; held-out messages are only counted, never named (they are not for diagnosis).

Transformations (none of them changes what the message says):
- fwd_{gmail,outlook,apple}_{en,lang}: forwarded inline by that client, header block in English
  or in the mail's language (tests/parsing/wrappers.py); a calendar part rides along as an
  attachment, as the clients do.
- fwd_attached: forwarded as an attachment (message/rfc822).
- cte_{base64,qp,8bit}: every text part re-encoded with that Content-Transfer-Encoding.
- cs_{cp1252,latin1}: text parts re-encoded in windows-1252 / iso-8859-1 (when representable).
- eol_swap: CRLF line ends become LF and LF become CRLF.
- html_only: the text/plain alternative dropped; plain-only mail rendered into simple HTML.
- plain_only: the text/html alternative dropped (when there is a plain one).
- signature: a sender signature with a phone number and office hours appended to the body.
- disclaimer: a legal disclaimer footer appended to the body.
- top_note: "See below" from the forwarder on top of the body.
- ics_attachment: calendar part as `application/ics` with Content-Disposition: attachment.
- ics_refold: calendar content lines unfolded and refolded at 75 octets.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import quopri
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from email import message_from_bytes
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from io import BytesIO
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.parsing import ParseError, parse_message  # noqa: E402
from service.parsing.text import html_to_text  # noqa: E402
from tests.bench import bench_parse  # noqa: E402
from tests.parsing import wrappers  # noqa: E402

CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
PLAIN_KEYS = ("kind", "start", "end", "timezone")
CALENDAR_KEYS = ("uid", "sequence", "method")

SIGNATURE = (
    "Jordan Vale\nTalent Partner | Northwind Example\nPhone: +44 20 7946 0958\n"
    "Office hours: Mon-Thu 9:00-17:30, Fri 9:00-13:00"
)
DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and"
    " intended solely for the use of the individual or entity to whom they are addressed. If"
    " you have received this e-mail in error please notify the sender and delete it. Northwind"
    " Example Ltd, registered in England and Wales No. 01234567, 1 Example Street, London."
)
TOP_NOTE = "See below"


# --- MIME helpers ----------------------------------------------------------------------------


def _load(raw: bytes) -> Message:
    return message_from_bytes(raw, policy=compat32)


def _dump(message: Message, crlf: bool = False) -> bytes:
    out = BytesIO()
    policy = compat32.clone(linesep="\r\n" if crlf else "\n")
    BytesGenerator(out, mangle_from_=False, policy=policy).flatten(message)
    return out.getvalue()


def _crlf(raw: bytes) -> bool:
    return b"\r\n" in raw[:2000]


def _leaves(message: Message) -> list[Message]:
    return [part for part in message.walk() if not part.is_multipart()]


def _is_attachment(part: Message) -> bool:
    return "attachment" in str(part.get("Content-Disposition", "")).lower()


def _is_calendar(part: Message) -> bool:
    return part.get_content_type() in CALENDAR_TYPES


def _body_parts(message: Message) -> list[Message]:
    """Text parts a reader sees as the body (not attachments, not calendars, not inside an
    attached message)."""
    found: list[Message] = []

    def visit(part: Message) -> None:
        if part.get_content_type() == "message/rfc822":
            return
        if part.is_multipart():
            for child in part.get_payload():
                visit(child)
            return
        if part.get_content_type() in {"text/plain", "text/html"} and not _is_attachment(part):
            found.append(part)

    visit(message)
    return found


def _text(part: Message) -> str | None:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None
    charset = part.get_content_charset() or "us-ascii"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _set_text(part: Message, text: str, charset: str | None = None, cte: str | None = None) -> None:
    """Write text back into a leaf, keeping its charset and encoding unless told otherwise."""
    charset = charset or part.get_content_charset() or "utf-8"
    if charset.lower() in {"us-ascii", "ascii"} and not text.isascii():
        charset = "utf-8"
    old = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    cte = cte or (old if old in {"base64", "quoted-printable", "8bit"} else None)
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    _put(part, data, cte)
    part.set_param("charset", charset)


def _put(part: Message, data: bytes, cte: str) -> None:
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("ascii", "surrogateescape")
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(body)


def _append(part: Message, plain: str, top: bool = False) -> bool:
    text = _text(part)
    if text is None:
        return False
    if part.get_content_type() == "text/html":
        block = "<div>" + html.escape(plain).replace("\n", "<br>\n") + "</div>"
        if top:
            found = re.search(r"<body\b[^>]*>", text, re.IGNORECASE)
            cut = found.end() if found else 0
        else:
            found = re.search(r"</body>", text, re.IGNORECASE)
            cut = found.start() if found else len(text)
        text = text[:cut] + block + text[cut:]
    else:
        text = f"{plain}\n\n{text}" if top else f"{text.rstrip()}\n\n{plain}\n"
    _set_text(part, text)
    return True


def _html_page(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text.strip())
    inner = "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs if p.strip()
    )
    return f"<html><body>\n{inner}\n</body></html>\n"


# --- transformations -------------------------------------------------------------------------

Transform = Callable[[bytes, str], "bytes | None"]


def _forward(client: str, in_language: bool) -> Transform:
    def run(raw: bytes, language: str) -> bytes | None:
        lang = language if in_language and language in wrappers.LANGUAGES else "en"
        if in_language and lang == "en" and language != "en":
            return None  # no header labels for that language: the English run covers it
        message = _load(raw)
        calendars = [p for p in _leaves(message) if _is_calendar(p)]
        if not calendars:
            return wrappers.wrap(raw, wrappers.Wrapper(client, lang, "none"))
        # clients forward the text inline and carry the invitation along as an attachment
        stripped = _load(raw)
        _drop(stripped, lambda p: _is_calendar(p) or _is_attachment(p))
        forwarded = wrappers.wrap(_dump(stripped), wrappers.Wrapper(client, lang, "none"))
        if forwarded is None:
            return None
        outer = _load(forwarded)
        if not outer.is_multipart() or outer.get_content_type() != "multipart/mixed":
            mixed = Message()
            for key in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if outer[key]:
                    mixed[key] = outer[key]
            mixed.set_type("multipart/mixed")
            body = Message()
            for key, value in outer.items():
                if key.lower().startswith("content-"):
                    body[key] = value
            body.set_payload(outer.get_payload())
            mixed.set_payload([body])
            outer = mixed
        for part in calendars:
            if not _is_attachment(part):
                part["Content-Disposition"] = 'attachment; filename="invite.ics"'
            outer.attach(part)
        return _dump(outer, _crlf(raw))

    return run


def _drop(message: Message, unwanted: Callable[[Message], bool]) -> bool:
    dropped = False
    for part in message.walk():
        if not part.is_multipart():
            continue
        children = part.get_payload()
        kept = [c for c in children if c.is_multipart() or not unwanted(c)]
        if len(kept) != len(children):
            dropped = True
            part.set_payload(kept)
    return dropped


def fwd_attached(raw: bytes, language: str) -> bytes | None:
    return wrappers.wrap(raw, wrappers.Wrapper("attached", "en", "none"))


def _cte(cte: str) -> Transform:
    def run(raw: bytes, language: str) -> bytes | None:
        message = _load(raw)
        changed = False
        for part in _leaves(message):
            if part.get_content_maintype() != "text":
                continue
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                continue
            _put(part, data, cte)
            changed = True
        return _dump(message, _crlf(raw)) if changed else None

    return run


def _charset(charset: str) -> Transform:
    def run(raw: bytes, language: str) -> bytes | None:
        message = _load(raw)
        parts = [p for p in _leaves(message) if p.get_content_maintype() == "text"]
        if not parts:
            return None
        for part in parts:
            text = _text(part)
            if text is None:
                return None
            try:
                text.encode(charset)
            except UnicodeEncodeError:
                return None
            if part.get_content_type() == "text/html":
                text = re.sub(
                    r"(<meta[^>]*charset=)[\"']?[\w-]+", rf"\g<1>{charset}", text, flags=re.I
                )
            _set_text(part, text, charset, "quoted-printable")
        return _dump(message, _crlf(raw))

    return run


def eol_swap(raw: bytes, language: str) -> bytes | None:
    if b"\r\n" in raw:
        return raw.replace(b"\r\n", b"\n")
    return raw.replace(b"\n", b"\r\n")


def _twin_alternatives(message: Message) -> list[tuple[Message, list[Message]]]:
    """The multipart/alternative parts holding both a plain and an HTML twin, with their
    children: what html_only and plain_only each cut one side of."""
    found = []
    for part in list(message.walk()):
        if part.get_content_type() != "multipart/alternative":
            continue
        children = part.get_payload()
        types = {c.get_content_type() for c in children}
        if "text/html" in types and "text/plain" in types:
            found.append((part, children))
    return found


def html_only(raw: bytes, language: str) -> bytes | None:
    message = _load(raw)
    changed = False
    for part, children in _twin_alternatives(message):
        part.set_payload([c for c in children if c.get_content_type() != "text/plain"])
        changed = True
    for part in _body_parts(message):
        if part.get_content_type() != "text/plain":
            continue
        text = _text(part)
        if text is None:
            return None
        part.set_type("text/html")
        _set_text(part, _html_page(text))
        changed = True
    return _dump(message, _crlf(raw)) if changed else None


def plain_only(raw: bytes, language: str) -> bytes | None:
    message = _load(raw)
    changed = False
    for part, children in _twin_alternatives(message):
        plain = " ".join(_text(c) or "" for c in children if c.get_content_type() == "text/plain")
        rich = " ".join(_text(c) or "" for c in children if c.get_content_type() == "text/html")
        if not set(_NUMBERS.findall(html_to_text(rich))) <= set(_NUMBERS.findall(plain)):
            return None  # the plain part says less (a stub, a table left out): not the same
        part.set_payload([c for c in children if c.get_content_type() != "text/html"])
        changed = True
    return _dump(message, _crlf(raw)) if changed else None


_NUMBERS = re.compile(r"\d+")


def _footer(plain: str, top: bool = False) -> Transform:
    def run(raw: bytes, language: str) -> bytes | None:
        message = _load(raw)
        parts = _body_parts(message)
        if not parts or not all(_append(part, plain, top) for part in parts):
            return None
        return _dump(message, _crlf(raw))

    return run


def ics_attachment(raw: bytes, language: str) -> bytes | None:
    message = _load(raw)
    parts = [p for p in _leaves(message) if _is_calendar(p)]
    if not parts:
        return None
    for part in parts:
        data = part.get_payload(decode=True)
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        del part["Content-Type"]
        del part["Content-Disposition"]
        part["Content-Type"] = 'application/ics; name="invite.ics"'
        part["Content-Disposition"] = 'attachment; filename="invite.ics"'
        if isinstance(data, bytes):
            _put(part, data, "base64" if cte == "base64" else "quoted-printable")
    return _dump(message, _crlf(raw))


def _refold(data: bytes) -> bytes:
    lines = re.sub(rb"\r?\n[ \t]", b"", data).splitlines()
    out: list[bytes] = []
    for line in lines:
        while len(line) > 75:
            cut = 75
            while cut > 1 and (line[cut] & 0xC0) == 0x80:
                cut -= 1  # do not split a UTF-8 sequence
            out.append(line[:cut])
            line = b" " + line[cut:]
        out.append(line)
    return b"\r\n".join(out) + b"\r\n"


def ics_refold(raw: bytes, language: str) -> bytes | None:
    message = _load(raw)
    parts = [p for p in _leaves(message) if _is_calendar(p)]
    if not parts:
        return None
    changed = False
    for part in parts:
        data = part.get_payload(decode=True)
        charset = (part.get_content_charset() or "utf-8").lower()
        if not isinstance(data, bytes) or charset.startswith(("utf-16", "utf-32")):
            return None
        folded = _refold(data)
        if folded.replace(b"\r\n", b"\n") != data.replace(b"\r\n", b"\n"):
            changed = True
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        _put(part, folded, "base64" if cte == "base64" else "quoted-printable")
    return _dump(message, _crlf(raw)) if changed else None


# --- calendar-level transformations (what other producers write) ----------------------------


def _unfold_lines(data: bytes) -> list[bytes]:
    return [ln for ln in re.sub(rb"\r?\n[ \t]", b"", data).splitlines() if ln.strip()]


def _calendar_bytes(transform: Callable[[bytes], bytes | None]) -> Transform:
    """Apply a byte-level change to every calendar part, keeping its transfer encoding."""

    def run(raw: bytes, language: str) -> bytes | None:
        message = _load(raw)
        parts = [p for p in _leaves(message) if _is_calendar(p)]
        if not parts:
            return None
        changed = False
        for part in parts:
            data = part.get_payload(decode=True)
            charset = (part.get_content_charset() or "utf-8").lower()
            if not isinstance(data, bytes) or charset.startswith(("utf-16", "utf-32")):
                return None
            new = transform(data)
            if new is None:
                return None
            if new != data:
                changed = True
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
            _put(part, new, "base64" if cte == "base64" else "quoted-printable")
        return _dump(message, _crlf(raw)) if changed else None

    return run


def _fold_at(width: int, lead: bytes) -> Callable[[bytes], bytes | None]:
    """Refold at `width` octets, cutting anywhere (inside a UTF-8 sequence too)."""

    def run(data: bytes) -> bytes | None:
        out: list[bytes] = []
        for line in _unfold_lines(data):
            first = True
            while len(line) > width:
                cut = width if first else width - 1
                out.append(line[:cut] if first else lead + line[:cut])
                line = line[cut:]
                first = False
            out.append(line if first else lead + line)
        return b"\r\n".join(out) + b"\r\n"

    return run


def _eol(mixed: bool) -> Callable[[bytes], bytes | None]:
    def run(data: bytes) -> bytes | None:
        lines = data.replace(b"\r\n", b"\n").split(b"\n")
        if not mixed:
            return b"\n".join(lines)
        return b"".join(ln + (b"\r\n" if i % 2 else b"\n") for i, ln in enumerate(lines[:-1]))

    return run


_NAME_HEAD = re.compile(
    rb'^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):'
)
_DISPLAY_TZID = re.compile(rb";TZID=[^\";:]*[(,:]", re.I)
_PARAM = re.compile(rb';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:]*)(?:,(?:"[^"]*"|[^";:,]*))*)')


def _edit_heads(
    edit: Callable[[bytes, list[tuple[bytes, bytes]]], tuple[bytes, list[tuple[bytes, bytes]]]],
) -> Callable[[bytes], bytes | None]:
    """Rewrite every content line's name and parameters (lines unfolded, then refolded)."""

    def run(data: bytes) -> bytes | None:
        out = []
        for line in _unfold_lines(data):
            head = _NAME_HEAD.match(line)
            if head is None or _DISPLAY_TZID.search(line):
                # an unquoted Windows display name ("TZID=(UTC+01:00) Amsterdam, Berlin")
                # has no parameter boundary a rewrite could keep
                out.append(line)
                continue
            params = [(m[1], m[2]) for m in _PARAM.finditer(head[2])]
            name, params = edit(head[1], params)
            out.append(
                name + b"".join(b";" + k + b"=" + v for k, v in params) + line[head.end() - 1 :]
            )
        return _refold(b"\r\n".join(out))

    return run


def _mixed(word: bytes) -> bytes:
    return bytes(c ^ 0x20 if i % 2 and 0x41 <= c <= 0x5A else c for i, c in enumerate(word))


def _lower_edit(
    name: bytes, params: list[tuple[bytes, bytes]]
) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    return name.lower(), [(k.lower(), v) for k, v in params]


def _mixed_edit(
    name: bytes, params: list[tuple[bytes, bytes]]
) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    if name.upper() in {b"BEGIN", b"END"}:
        return name, [(_mixed(k), v) for k, v in params]
    return _mixed(name), [(_mixed(k), v) for k, v in params]


def _quote_edit(
    name: bytes, params: list[tuple[bytes, bytes]]
) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    return name, [(k, v if v.startswith(b'"') or b"," in v else b'"' + v + b'"') for k, v in params]


def _xparam_edit(
    name: bytes, params: list[tuple[bytes, bytes]]
) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    if name.upper() in {b"BEGIN", b"END"}:
        return name, params
    return name, [(b"X-PRODUCER-HINT", b"a1"), *params, (b"X-EXTRA", b'"b;c:d"')]


_MOMENT_LINE = re.compile(rb"^(DTSTART|DTEND|RECURRENCE-ID)((?:;[^:]*)?):(\d{8}T\d{6}Z?)$", re.I)


def _value_datetime(data: bytes) -> bytes | None:
    out = []
    for line in _unfold_lines(data):
        found = _MOMENT_LINE.match(line)
        if found and b"VALUE=" not in found[2].upper():
            line = found[1] + b";VALUE=DATE-TIME" + found[2] + b":" + found[3]
        out.append(line)
    return _refold(b"\r\n".join(out))


def _x_properties(data: bytes) -> bytes | None:
    out = []
    for line in _unfold_lines(data):
        out.append(line)
        upper = line.upper()
        if upper.startswith(b"BEGIN:VEVENT") or upper.startswith(b"BEGIN:VCALENDAR"):
            out.append(b"X-PRODUCER-TRACKING-ID;X-SOURCE=web:abc-123:DEF")
            out.append(b"X-PRODUCER-NOTE:DTSTART:19990101T000000Z")
    return _refold(b"\r\n".join(out))


def _duration(style: str) -> Callable[[bytes], bytes | None]:
    """Replace DTEND by the DURATION that says the same (same TZID/form as DTSTART)."""

    def spell(seconds: int) -> bytes:
        if style == "minutes":
            return b"PT%dM" % (seconds // 60) if seconds % 60 == 0 else b"PT%dS" % seconds
        days, rest = divmod(seconds, 86400)
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        text = b"P"
        if days:
            text += b"%dD" % days
        if hours or minutes or secs:
            text += b"" if style == "loose" else b"T"
            text += (b"%dH" % hours if hours else b"") + (b"%dM" % minutes if minutes else b"")
            text += b"%dS" % secs if secs else b""
        return text if text != b"P" else b"PT0S"

    def run(data: bytes) -> bytes | None:
        lines = _unfold_lines(data)
        out: list[bytes] = []
        start: tuple[bytes, bytes] | None = None
        done = False
        for line in lines:
            upper = line.upper()
            found = re.match(rb"^(DTSTART|DTEND)((?:;[^:]*)?):(\d{8}(?:T\d{6}Z?)?)$", line, re.I)
            if upper.startswith(b"BEGIN:VEVENT"):
                start = None
            if found and found[1].upper() == b"DTSTART":
                start = (found[2], found[3])
            if found and found[1].upper() == b"DTEND" and start is not None:
                if found[2].upper() != start[0].upper() or len(found[3]) != len(start[1]):
                    return None
                form = "%Y%m%dT%H%M%S" if len(found[3]) > 8 else "%Y%m%d"
                a = datetime.strptime(start[1].decode().rstrip("Z"), form)
                b = datetime.strptime(found[3].decode().rstrip("Z"), form)
                seconds = int((b - a).total_seconds())
                if seconds < 0 or (style == "loose" and seconds % 86400 == 0):
                    return None
                out.append(b"DURATION:" + spell(seconds))
                done = True
                continue
            out.append(line)
        return _refold(b"\r\n".join(out)) if done else None

    return run


def _zones_after(data: bytes) -> bytes | None:
    lines = _unfold_lines(data)
    zones: list[bytes] = []
    rest: list[bytes] = []
    inside = False
    for line in lines:
        upper = line.upper().rstrip()
        if upper == b"BEGIN:VTIMEZONE":
            inside = True
        (zones if inside else rest).append(line)
        if upper == b"END:VTIMEZONE":
            inside = False
    if not zones:
        return None
    ends = [i for i, ln in enumerate(rest) if ln.upper().rstrip() == b"END:VCALENDAR"]
    if not ends:
        return None
    cut = ends[0]
    return _refold(b"\r\n".join(rest[:cut] + zones + rest[cut:]))


def _bom(data: bytes) -> bytes | None:
    return b"\xef\xbb\xbf" + data.lstrip(b"\xef\xbb\xbf")


def _method_in_type_only(raw: bytes, language: str) -> bytes | None:
    message = _load(raw)
    parts = [p for p in _leaves(message) if _is_calendar(p)]
    if not parts:
        return None
    for part in parts:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return None
        found = re.search(rb"^METHOD:([A-Za-z-]+)\s*$", data, re.M | re.I)
        if found is None:
            return None
        part.set_param("method", found[1].decode().upper())
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        new = data[: found.start()] + data[found.end() :].lstrip(b"\r\n")
        _put(part, new, "base64" if cte == "base64" else "quoted-printable")
    return _dump(message, _crlf(raw))


def _calendar_part(edit: Callable[[Message, bytes], tuple[bytes, str] | None]) -> Transform:
    def run(raw: bytes, language: str) -> bytes | None:
        message = _load(raw)
        parts = [p for p in _leaves(message) if _is_calendar(p)]
        if not parts:
            return None
        for part in parts:
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                return None
            result = edit(part, data)
            if result is None:
                return None
            _put(part, *result)
        return _dump(message, _crlf(raw))

    return run


def _octet(part: Message, data: bytes) -> tuple[bytes, str] | None:
    del part["Content-Type"]
    del part["Content-Disposition"]
    part["Content-Type"] = 'application/octet-stream; name="invite.ics"'
    part["Content-Disposition"] = 'attachment; filename="invite.ics"'
    return data, "base64"


def _cal_cte(cte: str) -> Callable[[Message, bytes], tuple[bytes, str] | None]:
    return lambda part, data: (data, cte)


def _cal_charset(label: str | None) -> Callable[[Message, bytes], tuple[bytes, str] | None]:
    def run(part: Message, data: bytes) -> tuple[bytes, str] | None:
        charset = (part.get_content_charset() or "utf-8").lower()
        if charset.replace("-", "") not in {"utf8", "usascii", "ascii"}:
            return None
        if label is None:
            part.del_param("charset")
        else:
            part.set_param("charset", label)
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        return data, "base64" if cte == "base64" else "quoted-printable"

    return run


CALENDAR_TRANSFORMS: dict[str, Transform] = {
    "cal_fold40_utf8": _calendar_bytes(_fold_at(40, b" ")),
    "cal_fold75_tab": _calendar_bytes(_fold_at(75, b"\t")),
    "cal_fold13_tab": _calendar_bytes(_fold_at(13, b"\t")),
    "cal_eol_lf": _calendar_bytes(_eol(False)),
    "cal_eol_mixed": _calendar_bytes(_eol(True)),
    "cal_names_lower": _calendar_bytes(_edit_heads(_lower_edit)),
    "cal_names_mixed": _calendar_bytes(_edit_heads(_mixed_edit)),
    "cal_params_quoted": _calendar_bytes(_edit_heads(_quote_edit)),
    "cal_x_params": _calendar_bytes(_edit_heads(_xparam_edit)),
    "cal_x_props": _calendar_bytes(_x_properties),
    "cal_value_datetime": _calendar_bytes(_value_datetime),
    "cal_duration": _calendar_bytes(_duration("plain")),
    "cal_duration_min": _calendar_bytes(_duration("minutes")),
    "cal_duration_loose": _calendar_bytes(_duration("loose")),
    "cal_zones_after": _calendar_bytes(_zones_after),
    "cal_octet_stream": _calendar_part(_octet),
    "cal_base64": _calendar_part(_cal_cte("base64")),
    "cal_qp": _calendar_part(_cal_cte("quoted-printable")),
    "cal_cs_utf8": _calendar_part(_cal_charset("utf-8")),
    "cal_cs_UTF8": _calendar_part(_cal_charset("UTF8")),
    "cal_cs_none": _calendar_part(_cal_charset(None)),
    "cal_method_type_only": _method_in_type_only,
    "cal_bom": _calendar_bytes(_bom),
}


TRANSFORMS: dict[str, Transform] = {
    "fwd_gmail_en": _forward("gmail", False),
    "fwd_gmail_lang": _forward("gmail", True),
    "fwd_outlook_en": _forward("outlook", False),
    "fwd_outlook_lang": _forward("outlook", True),
    "fwd_apple_en": _forward("apple", False),
    "fwd_apple_lang": _forward("apple", True),
    "fwd_attached": fwd_attached,
    "cte_base64": _cte("base64"),
    "cte_qp": _cte("quoted-printable"),
    "cte_8bit": _cte("8bit"),
    "cs_cp1252": _charset("windows-1252"),
    "cs_latin1": _charset("iso-8859-1"),
    "eol_swap": eol_swap,
    "html_only": html_only,
    "plain_only": plain_only,
    "signature": _footer("-- \n" + SIGNATURE),
    "disclaimer": _footer(DISCLAIMER),
    "top_note": _footer(TOP_NOTE, top=True),
    "ics_attachment": ics_attachment,
    "ics_refold": ics_refold,
    **CALENDAR_TRANSFORMS,
}


# --- measuring -------------------------------------------------------------------------------


def answer(raw: bytes, bearing: bool) -> dict[str, object]:
    try:
        got = parse_message(raw).to_json_dict()
    except ParseError as error:
        return {"kind": None, "error": str(error)[:60]}
    keys = PLAIN_KEYS + (CALENDAR_KEYS if bearing else ())
    return {key: got.get(key) for key in keys}


def right(label: dict[str, object], got: dict[str, object]) -> bool:
    keys = [k for k in PLAIN_KEYS + CALENDAR_KEYS if k in label and k in got]
    return all(bench_parse.same(k, label[k], got, label) for k in keys)


def check(job: tuple[str, str, list[str]]) -> tuple[str, str, dict[str, object]]:
    warnings.simplefilter("ignore")
    path_text, split, names = job
    path = Path(path_text)
    label = json.loads(Path(path_text + ".expected.json").read_text(encoding="utf-8"))
    raw = path.read_bytes()
    language = str(label.get("language") or "en")
    bearing = bench_parse.is_calendar_bearing(raw, path)
    base = answer(raw, bearing)
    results: dict[str, object] = {"_base": base, "_right": right(label, base)}
    for name in names:
        try:
            changed = TRANSFORMS[name](raw, language)
        except Exception as error:  # a transformation bug is reported, not fatal
            results[name] = {"error": f"transform: {type(error).__name__}: {error}"[:120]}
            continue
        if changed is None:
            continue
        got = answer(changed, bearing)
        if got != base:
            results[name] = {"got": got, "right": right(label, got)}
        else:
            results[name] = None
    return path_text, split, results


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--split", choices=("dev", "heldout"))
    options.add_argument("--only", help="comma-separated transformation names")
    options.add_argument("--fam", help="only families whose name contains this")
    options.add_argument("--out", help="write per-message results (dev names only) as JSON")
    options.add_argument("--procs", type=int, default=2)
    options.add_argument(
        "--calendar", action="store_true", help="only calendar-bearing mail (and fixtures)"
    )
    options.add_argument("--every", type=int, default=1, help="only every n-th message")
    options.add_argument("-v", action="store_true")
    args = options.parse_args()
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    jobs = [
        # fixtures count with dev (they are ours to read), under --calendar only
        (str(item.path), "dev" if item.split == "fixtures" else item.split, names)
        for item in bench_parse.labelled_files()
        if (
            (item.split in {"dev", "heldout"} or (args.calendar and item.split == "fixtures"))
            and (args.split is None or item.split == args.split)
        )
        or (args.calendar and item.split == "fixtures" and args.split == "dev")
        if (args.fam is None or args.fam in item.family)
        and item.path.suffix == ".eml"
        and (not args.calendar or b"BEGIN:VCALENDAR" in item.path.read_bytes().upper())
    ]
    jobs = jobs[:: max(args.every, 1)]
    began = time.perf_counter()
    with Pool(args.procs) as pool:
        outcome = pool.map(check, jobs, chunksize=4)
    applicable: dict[str, Counter[str]] = defaultdict(Counter)
    changed: dict[str, Counter[str]] = defaultdict(Counter)
    broke: dict[str, Counter[str]] = defaultdict(Counter)
    failed: Counter[str] = Counter()
    listing: dict[str, list[str]] = defaultdict(list)
    dump: dict[str, dict[str, object]] = {}
    for path_text, split, results in outcome:
        for name in names:
            if name not in results:
                continue
            result = results[name]
            applicable[name][split] += 1
            if result is None:
                continue
            assert isinstance(result, dict)
            if "error" in result:
                failed[name] += 1
                continue
            changed[name][split] += 1
            if results["_right"] and not result["right"]:
                broke[name][split] += 1
            if split == "dev":
                dump.setdefault(Path(path_text).name, {"_base": results["_base"]})[name] = result
                listing[name].append(
                    f"  {Path(path_text).name}: {_diff(results['_base'], result['got'])}"
                )
    width = max(len(n) for n in names)
    print(f"{len(jobs)} messages, {time.perf_counter() - began:.0f} s")
    print(f"{'transformation':{width}s}  dev changed/n (broke)   heldout changed/n (broke)")
    for name in names:
        cells = []
        for split in ("dev", "heldout"):
            cells.append(
                f"{changed[name][split]:4d}/{applicable[name][split]:<5d}({broke[name][split]})"
            )
        extra = f"  transform errors {failed[name]}" if failed[name] else ""
        print(f"{name:{width}s}  {cells[0]:20s}  {cells[1]:20s}{extra}")
    if args.v:
        for name in names:
            if listing[name]:
                print(f"\n{name} (dev):")
                print("\n".join(sorted(listing[name])))
    if args.out:
        Path(args.out).write_text(json.dumps(dump, indent=1, default=str), encoding="utf-8")


def _diff(base: object, got: object) -> str:
    assert isinstance(base, dict)
    assert isinstance(got, dict)
    keys = [k for k in {**base, **got} if base.get(k) != got.get(k)]
    return "; ".join(f"{k} {base.get(k)} -> {got.get(k)}" for k in keys)


if __name__ == "__main__":
    main()
