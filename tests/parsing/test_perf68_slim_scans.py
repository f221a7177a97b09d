"""The substring scans that slim a long input find what the regexes they replaced found.

perf68: on a 25 MB message/rfc822 part of base64 lines the engine tried r"\r?\n\r?\n" and
each "^" (re.MULTILINE) pattern at every byte, over a second in all; _head_end, _fields_from
and _delimiters start from a substring scan instead, and must agree with the old patterns
on any input, line ends, blank lines and near-miss delimiters included.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import mime

_PIECES = [b"\r", b"\n", b"\r\n", b" ", b"\t", b"-", b"--", b"--B", b"--B--", b"x", b"To: a"]
_PIECES += [b"Content-Type: t", b"\n\tmore", b"FROM:", b"subject :", b"QUJD"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map(b"".join)

_HEAD_END = re.compile(rb"\r?\n\r?\n")
_READ_HEADER = re.compile(
    rb"^(?:from|to|cc|subject|date|message-id|reply-to|mime-version|content-[\w-]+)[ \t]*:"
    rb"[^\n]*+(?:\n[ \t][^\n]*+)*+",
    re.IGNORECASE | re.MULTILINE,
)


@settings(max_examples=600, deadline=None)
@given(_texts)
def test_the_head_end_is_the_first_blank_line(text: bytes) -> None:
    found = _HEAD_END.search(text)
    assert mime._head_end(text) == (None if found is None else found.span())


@settings(max_examples=600, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=60))
def test_the_read_fields_are_those_at_line_starts(text: bytes, cut: int) -> None:
    # _fields_from starts at the head's start or just after a line end
    position = 0 if cut == 0 else text.find(b"\n", 0, cut) + 1
    expected = [found.group(0) for found in _READ_HEADER.finditer(text, position)]
    assert list(mime._fields_from(text, position)) == expected


@settings(max_examples=600, deadline=None)
@given(_texts)
def test_the_delimiters_are_those_on_lines_of_their_own(text: bytes) -> None:
    delimiter = re.compile(rb"^--B(--)?[ \t]*\r?$", re.MULTILINE)
    expected = [(m.start(), m.end(), bool(m.group(1))) for m in delimiter.finditer(text)]
    assert list(mime._delimiters(text, b"B")) == expected
