"""What no text a person gives may hold, checked once for every field and edge."""

from __future__ import annotations

import re

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
