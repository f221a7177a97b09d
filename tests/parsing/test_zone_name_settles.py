"""A zone's own name after a shared abbreviation settles which zone it is.

Every mail here is written for the test. "IST" is Irish and India Standard Time, "CST" is
Central and China Standard Time, "AST" Atlantic and Arabia Standard Time: written as
"2:00 PM IST (Europe/Dublin)" the bracket names the zone, whatever the abbreviation alone
would have been read as.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

PAIRS = [
    ("IST", "Europe/Dublin"),
    ("IST", "Asia/Kolkata"),
    ("CST", "America/Chicago"),
    ("CST", "Asia/Shanghai"),
    ("AST", "America/Halifax"),
    ("AST", "Asia/Riyadh"),
]


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Ciara Walsh <ciara.walsh@harbourline-example.com>"
    message["To"] = "reader@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    message["Subject"] = "Interview"
    message.set_content(body)
    return bytes(message)


@settings(max_examples=30, deadline=None)
@given(pair=st.sampled_from(PAIRS), hour=st.integers(min_value=9, max_value=17))
def test_the_bracketed_zone_name_wins(pair: tuple[str, str], hour: int) -> None:
    abbreviation, name = pair
    clock = f"{hour % 12 or 12}:00 {'AM' if hour < 12 else 'PM'}"
    body = f"Your interview is on Thursday 10 December at {clock} {abbreviation} ({name})."
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 10, hour, 0, tzinfo=ZoneInfo(name)), body
