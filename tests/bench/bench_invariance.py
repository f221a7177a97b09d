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
    options.add_argument("-v", action="store_true")
    args = options.parse_args()
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    jobs = [
        (str(item.path), item.split, names)
        for item in bench_parse.labelled_files()
        if item.split in {"dev", "heldout"}
        and (args.split is None or item.split == args.split)
        and (args.fam is None or args.fam in item.family)
        and item.path.suffix == ".eml"
    ]
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
