"""Caps on a message's MIME structure, checked before the parser sees it (in the reading child)."""

from __future__ import annotations

import email
from email.policy import compat32
from typing import Any

MAX_PARTS = 200
MAX_DEPTH = 10


def structure_problem(raw: bytes) -> str:
    """Return why the MIME structure is beyond the caps, or "" when it is within them."""
    try:
        parsed = email.message_from_bytes(raw, policy=compat32)
    except RecursionError:
        return f"the message is nested more than {MAX_DEPTH} levels deep"
    except Exception as error:
        return f"the MIME structure could not be read ({type(error).__name__})"
    count = 0
    stack: list[tuple[Any, int]] = [(parsed, 0)]
    while stack:
        part, depth = stack.pop()
        count += 1
        if count > MAX_PARTS:
            return f"the message has more than {MAX_PARTS} MIME parts"
        if depth > MAX_DEPTH:
            return f"the message is nested more than {MAX_DEPTH} levels deep"
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in payload)
    return ""
