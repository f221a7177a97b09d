"""What no text a person gives may hold, checked once for every field and edge."""

from __future__ import annotations

import re
import unicodedata

from service.platform.errors import Invalid

# C0 controls and DEL, but for tab and the line and page breaks pasted text carries
# (Word's manual line break is a vertical tab). Whitespace collapsing keeps those out
# of one-line fields; the rest would reach mail headers and terminals as they are
# (ESC starts a terminal escape sequence).
REFUSED_CONTROLS = "".join(map(chr, [*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F]))
_CONTROL = re.compile(f"[{re.escape(REFUSED_CONTROLS)}]")


def without_controls(value: str) -> str:
    """`value` with NUL and the controls `check_text` refuses taken out, for text read
    from mail (an interviewer's name), which nobody can be asked to type again."""
    return _CONTROL.sub("", value.replace("\x00", ""))


def check_text(field: str, value: str) -> None:
    """Raise Invalid naming `field` when `value` holds a character no field can keep.

    NUL: no PostgreSQL text column can hold it. Half a character (a lone surrogate):
    it cannot be written as UTF-8, and the database driver failed on it with a 500.
    Other invisible control characters: they cannot be shown, and in a mail subject
    they are sent as they are.
    """
    if "\x00" in value:
        raise Invalid(field, "contains a NUL character, which no text field can hold")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Invalid(
                field, "contains half a character, which no text field can hold"
            ) from None
    control = _CONTROL.search(value)
    if control is not None:
        raise Invalid(
            field,
            f"contains an invisible control character (U+{ord(control[0]):04X}) that cannot "
            "be shown; type the text again without it",
        )


# Letters that draw nothing (Hangul fillers, the braille blank, the Mongolian vowel
# separator) and marks that only change the character before them (variation selectors,
# the combining grapheme joiner).
_BLANK_LETTERS = frozenset(
    "\u115f\u1160\u3164\uffa0\u2800\u180e\u034f"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)
# Format characters (bidi overrides such as U+202E, zero-width spaces and joiners, the
# BOM), controls, separators and code points with no character.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Cs", "Zs", "Zl", "Zp"})


def _invisible(char: str) -> bool:
    return (
        char.isspace()
        or char in _BLANK_LETTERS
        or unicodedata.category(char) in _INVISIBLE_CATEGORIES
    )


_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: closed by PDI


def close_bidi(value: str) -> str:
    """`value` with every bidi embedding, override or isolate it opens closed at its end.

    A company typed as U+202E + "emcA" shows as "Acme" on its own, but left open the
    override ran on into whatever followed it on the same line: the calendar's
    "Interview — Acme, Analyst" read "Interview — Acme ,tsylanA", and so did mail
    subjects. Closing it keeps the reversal inside the text that asked for it.
    """
    if value.isascii():
        return value
    open_: list[str] = []
    for char in value:
        if char in _EMBEDDINGS:
            open_.append("\u202c")
        elif char in _ISOLATES:
            open_.append("\u2069")
        elif char == "\u202c" and open_ and open_[-1] == "\u202c":
            open_.pop()
        elif char == "\u2069" and "\u2069" in open_:
            # A PDI closes its isolate and every embedding opened inside it.
            while open_.pop() != "\u2069":
                pass
    return value + "".join(reversed(open_))


def closed_within(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with its bidi controls closed (`close_bidi`)."""
    closed = close_bidi(text[:limit])
    while len(closed) > limit:
        text = text[: len(text[:limit]) - 1]
        closed = close_bidi(text)
    return closed


def one_line_name(value: str, limit: int = 200) -> str:
    """A name as it is kept: one line, spaces collapsed, bidi controls closed, bounded."""
    return closed_within(" ".join(value.split()), limit)


def shows_nothing(value: str) -> bool:
    """Whether `value` holds characters and not one of them can be seen."""
    return bool(value) and all(map(_invisible, value))


def check_name(field: str, value: str) -> None:
    """Raise Invalid naming `field` when a name (a company, a role, an interviewer) is
    made only of characters that show nothing, such as U+202E or U+200B.

    Such a name passed as filled in, and then showed as a blank line in the list, the
    calendar and the reminder mails, with no way to tell the interviews apart. The web
    form, the API and the CLI all validate through the domain, which calls this.
    """
    if not shows_nothing(value):
        return
    codes = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in value if not c.isspace()))
    raise Invalid(
        field,
        f"shows nothing: it holds only invisible characters ({codes[:60]}); type a name",
    )
