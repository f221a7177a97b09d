"""Refuse input no handler can use before it reaches one: deep JSON, NUL, lone surrogates.

Python's JSON decoder recurses once per nesting level, so `[[[[…]]]]` a few thousand
deep raises RecursionError (a 500) instead of a decoding error; and PostgreSQL text
columns cannot hold NUL, so a "\\u0000" in any field would fail at the database.
JSON's "\\ud800" escapes decode to a lone surrogate, which is no character at all:
it cannot be encoded as UTF-8, so storing it fails in the database driver. All three
are the client's mistake and get a 400 that says which.

Bytes that are not UTF-8 in a form or query string ("%FF%FE" in a company's name) are
kept as lone surrogates by `KeepBytesRequest`, so the mail hooks store a message's
bytes as sent, and every other route refuses them with the same 400 as a surrogate:
Werkzeug's own parsing kept them as the literal text "%FF%FE", turned them into U+FFFD,
or dropped the whole form (then refused as a forged form).
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable
from functools import cached_property
from typing import IO, Any
from urllib.parse import parse_qsl

from flask import Flask, Request, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.datastructures import Headers, ImmutableMultiDict, MultiDict
from werkzeug.exceptions import BadRequest
from werkzeug.formparser import FormDataParser, MultiPartParser

MAX_JSON_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")
# Hook form fields carry whole messages; the hooks check their envelope fields themselves.
_FORM_CHECK_SKIPS = frozenset({"hooks"})
# The hook fields that hold a whole message as sent (Mailgun's and SendGrid's): their
# bytes are kept. Every other hook field (a token, a subject SendGrid sent in Latin-1)
# has what is not UTF-8 shown as U+FFFD, as Werkzeug did, so no signature check or
# column meets a lone surrogate.
_MESSAGE_FIELDS = frozenset({"body-mime", "email"})


# A codec name for UTF-8 that keeps undecodable bytes as lone surrogates whatever error
# handler the caller asks for: Werkzeug's multipart parser always asks for "replace".
_KEEP_BYTES = "afterview-utf-8-keep-bytes"


def _keep_bytes_decode(data: Any, errors: str = "strict", /) -> tuple[str, int]:
    return codecs.utf_8_decode(data, "surrogateescape", True)


def _find_keep_bytes(name: str) -> codecs.CodecInfo | None:
    if name != _KEEP_BYTES.replace("-", "_"):
        return None
    utf8 = codecs.lookup("utf-8")
    return codecs.CodecInfo(utf8.encode, _keep_bytes_decode, name=_KEEP_BYTES)


codecs.register(_find_keep_bytes)


class _KeepBytesMultiPart(MultiPartParser):
    def get_part_charset(self, headers: Headers) -> str:
        charset = super().get_part_charset(headers)
        return charset if charset == "iso-8859-1" else _KEEP_BYTES


class _KeepBytesFormParser(FormDataParser):
    """Werkzeug's parser, with bytes that are not UTF-8 kept (as lone surrogates)."""

    def _parse_multipart(
        self, stream: IO[bytes], mimetype: str, content_length: int | None, options: dict[str, str]
    ) -> tuple[IO[bytes], MultiDict[str, Any], MultiDict[str, Any]]:
        boundary = options.get("boundary", "").encode("ascii")
        if not boundary:
            raise ValueError("Missing boundary")
        parser = _KeepBytesMultiPart(
            stream_factory=self.stream_factory,
            max_form_memory_size=self.max_form_memory_size,
            max_form_parts=self.max_form_parts,
            cls=self.cls,
        )
        form, files = parser.parse(stream, boundary, content_length)
        return stream, form, files

    def _parse_urlencoded(
        self, stream: IO[bytes], mimetype: str, content_length: int | None, options: dict[str, str]
    ) -> tuple[IO[bytes], MultiDict[str, Any], MultiDict[str, Any]]:
        return stream, self.cls(_keep_bytes_pairs(stream.read())), self.cls()


def _keep_bytes_pairs(encoded: bytes) -> list[tuple[str, str]]:
    text = encoded.decode("utf-8", "surrogateescape")
    return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="surrogateescape")


class KeepBytesRequest(Request):
    """A request whose form and query string keep bytes that are not UTF-8 for the
    checks below (and the mail hooks) to see, instead of altering them silently."""

    form_data_parser_class = _KeepBytesFormParser

    def _load_form_data(self) -> None:
        super()._load_form_data()
        if self.blueprint in _FORM_CHECK_SKIPS and "form" in self.__dict__:
            self.__dict__["form"] = _mended_hook_form(self.__dict__["form"])

    @cached_property
    def args(self) -> MultiDict[str, str]:
        return self.parameter_storage_class(_keep_bytes_pairs(self.query_string))


class JSONInputError(ValueError):
    """A JSON body that decodes but cannot be used; the message says why."""


class RepeatedKey(JSONInputError):
    """An object gives one key twice: which value was meant cannot be known.

    `field` is the key's path from the body (`thank_you.body`), for the API's `errors`.
    """

    def __init__(self, field: str) -> None:
        super().__init__(f"{field}: is given twice; send each key once")
        self.field = field


class _KeysRepeated(dict[str, Any]):
    """A decoded object that held a key more than once (the decoder keeps the last)."""

    repeated: str


def _object_of(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    marked = _KeysRepeated(found)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.repeated = key
            break
        seen.add(key)
    return marked


def check_json(value: Any, depth: int = MAX_JSON_DEPTH) -> None:
    """Raise JSONInputError for nesting deeper than `depth`, a string holding NUL or a
    lone surrogate (an escape like "\\ud800" that is half of a character), or an object
    that gives a key twice (RepeatedKey, naming its path)."""
    stack: list[tuple[Any, int, str, str]] = [(value, 1, "body", "")]
    while stack:
        item, level, where, path = stack.pop()
        if level > depth:
            raise JSONInputError(f"the JSON is nested more than {depth} levels deep")
        if isinstance(item, str):
            _check_text(item, where)
        elif isinstance(item, dict):
            if isinstance(item, _KeysRepeated):
                raise RepeatedKey(f"{path}{item.repeated}")
            for key, child in item.items():
                _check_text(key, f"a key in {where}")
                stack.append((child, level + 1, key, f"{path}{key}."))
        elif isinstance(item, list):
            stack.extend((child, level + 1, where, path) for child in item)


def _check_text(text: str, where: str) -> None:
    if "\x00" in text:
        raise JSONInputError(f"{where} contains a NUL character (\\u0000)")
    found = _SURROGATE.search(text)
    if found is not None:
        raise JSONInputError(
            f"{where} contains a lone surrogate (\\u{ord(found[0]):04x}), half of a character: "
            "send text as UTF-8 or escape whole pairs"
        )


def loads_checked(data: str | bytes, *, unique_keys: bool = True) -> Any:
    """Decode JSON, turning hostile shapes into a ValueError that names the problem.

    With `unique_keys` off (a mail hook's payload, a message to keep rather than a
    request to check) a repeated key keeps its last value, as Python's decoder does.
    """
    try:
        value = json.loads(data, object_pairs_hook=_object_of if unique_keys else None)
    except RecursionError:
        raise JSONInputError(f"the JSON is nested more than {MAX_JSON_DEPTH} levels deep") from None
    except UnicodeDecodeError as error:
        raise JSONInputError(
            f"the body is not valid UTF-8 (byte {error.start + 1} is not part of a character): "
            "send JSON encoded as UTF-8"
        ) from None
    except ValueError as error:
        # Valid JSON still: Python reads at most sys.get_int_max_str_digits() digits
        # into an integer (4,300 by default), and says so in a ValueError of its own.
        if "integer string conversion" not in str(error):
            raise
        limit = sys.get_int_max_str_digits()
        raise JSONInputError(f"a number in the body has more than {limit} digits") from None
    check_json(value)
    return value


class GuardedJSONProvider(DefaultJSONProvider):
    """Flask's JSON, with deep nesting and NUL refused (Flask answers 400 to a ValueError)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        if kwargs:
            return super().loads(s, **kwargs)
        return loads_checked(s)


def nul_parameter(pairs: Iterable[tuple[str, str]]) -> str | None:
    """Name the first query parameter holding NUL (in its name or value), or None.

    The one rule for query strings, for the Flask routes and the hot paths before them.
    """
    for name, value in pairs:
        if "\x00" in name or "\x00" in value:
            return name
    return None


# On a page the field's name means nothing to the person; programs get it named.
NUL_ON_A_PAGE = (
    "Something you sent holds a NUL character, an invisible control character that "
    "cannot be saved (it sometimes comes with pasted text). Nothing was saved: "
    "type that text again and send the form once more."
)


NOT_UTF8_ON_A_PAGE = (
    "Something you sent is not readable text: your browser or the program that sent the "
    "form did not encode it as UTF-8. Nothing was saved: type that text again (or paste "
    "it from another program) and send the form once more."
)


def _nul_said(kind: str, name: str) -> str:
    if request.path.startswith(("/api/", "/hooks/")):
        return f"the {kind} {name!r} contains a NUL character"
    return NUL_ON_A_PAGE


def _not_utf8_said(kind: str, name: str) -> str:
    if request.path.startswith(("/api/", "/hooks/")):
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return f"the {kind} {shown!r} is not valid UTF-8: percent-encode UTF-8 bytes only"
    return NOT_UTF8_ON_A_PAGE


def _refuse_bad_text(kind: str, pairs: Iterable[tuple[str, str]]) -> None:
    for name, value in pairs:
        if "\x00" in name or "\x00" in value:
            raise BadRequest(_nul_said(kind, name))
        if _SURROGATE.search(name) or _SURROGATE.search(value):
            raise BadRequest(_not_utf8_said(kind, name))


def init_app(app: Flask) -> None:
    app.json = GuardedJSONProvider(app)
    app.request_class = KeepBytesRequest

    @app.before_request
    def _refuse_bad_input() -> None:
        if request.blueprint in _FORM_CHECK_SKIPS:
            # The hooks read their own envelope fields and keep a message's bytes.
            _refuse_bad_text("query parameter", request.args.items(multi=True))
            return  # the form is read by the hook, after it sets its size limit
        _refuse_bad_text("query parameter", request.args.items(multi=True))
        if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            _refuse_bad_text("form field", request.form.items(multi=True))


def _mended_hook_form(form: MultiDict[str, str]) -> ImmutableMultiDict[str, str]:
    """Keep the bytes of a hook's message fields; show the rest's stray bytes as U+FFFD."""
    return ImmutableMultiDict(
        (_mended(name), value if name in _MESSAGE_FIELDS else _mended(value))
        for name, value in form.items(multi=True)
    )


def _mended(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
