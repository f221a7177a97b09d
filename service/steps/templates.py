"""Draft templates a user may rewrite: `{placeholder}` text, checked before it is stored.

Pure: standard library only. The syntax is deliberately tiny (no attribute access, no
format specs, no conditionals), so whatever a user saves either fills in or is refused
with the problem named; `{{` and `}}` write a literal brace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

SUBJECT_MAX = 200
BODY_MAX = 5000

# What each placeholder becomes, as Settings lists them.
PLACEHOLDERS: dict[str, str] = {
    "greeting": "“Dear Ana,” (or “Hello,” when no name is known)",
    "first_name": "the first name of the person the note is for (“Ana”)",
    "name": "their full name (“Ana Ruiz”)",
    "company": "the company (“Northwind”)",
    "role": "the role (“Senior Product Designer”)",
    "role_at_company": "“the Senior Product Designer role at Northwind”",
    "interview_date": "the interview's day (“Friday 11 December”, with the year if not this one)",
    "timeline_note": "what they said about their timeline, as a sentence, or nothing",
    "my_name": "your name as in Settings (“Sam Lee”)",
    "my_first_name": "your first name (“Sam”)",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class TemplateError(ValueError):
    """A template that cannot be used; the message names the problem for the person."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class DraftText:
    """A subject and body with placeholders, as the user (or Afterview) wrote them."""

    subject: str
    body: str


def _pieces(text: str, field: str) -> list[tuple[bool, str]]:
    """Split into (is_placeholder, text) pieces, refusing anything that is not one."""
    pieces: list[tuple[bool, str]] = []
    last = 0
    for match in _TOKEN.finditer(text):
        pieces.append((False, text[last : match.start()]))
        token = match.group(0)
        if token in ("{{", "}}"):
            pieces.append((False, token[0]))
        elif match.group(1) is None:
            raise TemplateError(
                field,
                f"a lone “{token}” at character {match.start() + 1}; "
                f"write “{token}{token}” for a brace, or close the placeholder",
            )
        else:
            name = match.group(1).strip()
            if name not in PLACEHOLDERS:
                known = ", ".join(f"{{{known}}}" for known in PLACEHOLDERS)
                shown = match.group(0) if len(match.group(0)) <= 40 else match.group(0)[:40] + "…"
                raise TemplateError(
                    field, f"unknown placeholder {shown}; the ones you can use are {known}"
                )
            pieces.append((True, name))
        last = match.end()
    pieces.append((False, text[last:]))
    return pieces


def check_template(draft: DraftText, prefix: str = "") -> DraftText:
    """Return the template tidied (line ends, surrounding space), or raise TemplateError."""
    subject = draft.subject.strip()
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not subject:
        raise TemplateError(f"{prefix}subject", "the subject must not be empty")
    if "\n" in subject or "\r" in subject:
        raise TemplateError(f"{prefix}subject", "the subject must be one line")
    if len(subject) > SUBJECT_MAX:
        raise TemplateError(f"{prefix}subject", f"the subject is at most {SUBJECT_MAX} characters")
    if not body:
        raise TemplateError(f"{prefix}body", "the text must not be empty")
    if len(body) > BODY_MAX:
        raise TemplateError(f"{prefix}body", f"the text is at most {BODY_MAX} characters")
    if "\x00" in subject or "\x00" in body:
        raise TemplateError(f"{prefix}body", "the text must not contain NUL characters")
    _pieces(subject, f"{prefix}subject")
    _pieces(body, f"{prefix}body")
    return DraftText(subject=subject, body=body)


def fill(text: str, values: Mapping[str, str], field: str = "body") -> str:
    """Put the values in for the placeholders; lines left empty by one collapse away."""
    filled = "".join(
        values.get(part, "") if is_name else part for is_name, part in _pieces(text, field)
    )
    lines = [line.rstrip() for line in filled.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
