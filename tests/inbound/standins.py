"""Parser stand-ins for tests: hostile on marked messages, the real parser on all others.

Named through AFTERVIEW_TEST_PARSER (only names under `tests.` are honoured), so the
reading child imports them; a message carrying `X-Test-Hostile: sleep` never finishes,
one with `X-Test-Hostile: allocate` allocates until it cannot, and `pause` waits a few
seconds and then reads normally (to kill a process mid-read).
"""

from __future__ import annotations

import time
from datetime import datetime

from service.parsing import ParsedMessage, parse_message

VARIABLE = "AFTERVIEW_TEST_PARSER"
HOSTILE = "tests.inbound.standins:hostile"


def hostile(raw: bytes, *, now: datetime) -> ParsedMessage:
    if b"X-Test-Hostile: sleep" in raw:
        while True:
            time.sleep(3600)
    if b"X-Test-Hostile: allocate" in raw:
        hoard = []
        while True:
            hoard.append(bytearray(8 * 1024 * 1024))
    if b"X-Test-Hostile: pause" in raw:
        time.sleep(4)
    return parse_message(raw, now=now)


def marked(raw: bytes, how: str) -> bytes:
    """Put the stand-in's marker at the top of a message's header."""
    return f"X-Test-Hostile: {how}\r\n".encode() + raw
