"""Refuse input no handler can use before it reaches one: deep JSON, NUL, lone surrogates.

Python's JSON decoder recurses once per nesting level, so `[[[[…]]]]` a few thousand
deep raises RecursionError (a 500) instead of a decoding error; and PostgreSQL text
columns cannot hold NUL, so a "\\u0000" in any field would fail at the database.
JSON's "\\ud800" escapes decode to a lone surrogate, which is no character at all:
it cannot be encoded as UTF-8, so storing it fails in the database driver. All three
are the client's mistake and get a 400 that says which.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import BadRequest

MAX_JSON_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")
# Hook form fields carry whole messages; the hooks check their envelope fields themselves.
_FORM_CHECK_SKIPS = frozenset({"hooks"})


class JSONInputError(ValueError):
    """A JSON body that decodes but cannot be used; the message says why."""


def check_json(value: Any, depth: int = MAX_JSON_DEPTH) -> None:
    """Raise JSONInputError for nesting deeper than `depth`, or a string holding NUL or a
    lone surrogate (an escape like "\\ud800" that is half of a character)."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "body")]
    while stack:
        item, level, where = stack.pop()
        if level > depth:
            raise JSONInputError(f"the JSON is nested more than {depth} levels deep")
        if isinstance(item, str):
            _check_text(item, where)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key, f"a key in {where}")
                stack.append((child, level + 1, key))
        elif isinstance(item, list):
            stack.extend((child, level + 1, where) for child in item)


def _check_text(text: str, where: str) -> None:
    if "\x00" in text:
        raise JSONInputError(f"{where} contains a NUL character (\\u0000)")
    found = _SURROGATE.search(text)
    if found is not None:
        raise JSONInputError(
            f"{where} contains a lone surrogate (\\u{ord(found[0]):04x}), half of a character: "
            "send text as UTF-8 or escape whole pairs"
        )


def loads_checked(data: str | bytes) -> Any:
    """Decode JSON, turning hostile shapes into a ValueError that names the problem."""
    try:
        value = json.loads(data)
    except RecursionError:
        raise JSONInputError(f"the JSON is nested more than {MAX_JSON_DEPTH} levels deep") from None
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


def _nul_said(kind: str, name: str) -> str:
    if request.path.startswith(("/api/", "/hooks/")):
        return f"the {kind} {name!r} contains a NUL character"
    return NUL_ON_A_PAGE


def init_app(app: Flask) -> None:
    app.json = GuardedJSONProvider(app)

    @app.before_request
    def _refuse_nul() -> None:
        name = nul_parameter(request.args.items(multi=True))
        if name is not None:
            raise BadRequest(_nul_said("query parameter", name))
        if request.blueprint in _FORM_CHECK_SKIPS or request.mimetype not in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            return
        for name, value in request.form.items(multi=True):
            if "\x00" in name or "\x00" in value:
                raise BadRequest(_nul_said("form field", name))
