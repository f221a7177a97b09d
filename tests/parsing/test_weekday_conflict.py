"""A weekday written beside a date that is not that date's weekday is a typo: the date is
kept (not moved a year back into the past, which lost the slot) and sent to review with a
warning that names the conflict. A short word that is only some language's weekday
abbreviation ("per" in "programada per 23/06/2026") is no conflict.

Every mail here is written for the test.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

EASTERN = ZoneInfo("America/New_York")


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana <dana@hiring-example.com>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Thu, 03 Dec 2026 09:00:00 -0500"
    message["Subject"] = "Interview"
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    "body",
    [
        "Interview on Tuesday, December 9 at 2pm ET.",
        "Interview: Tue 12/9 at 2pm ET.",
        "Interview on Tuesday, December 9, 2026 at 2pm ET.",
    ],
)
def test_the_date_is_kept_and_sent_to_review(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 9, 14, 0, tzinfo=EASTERN)
    assert parsed.confidence < 0.5
    assert any("weekday" in warning for warning in parsed.warnings)


def test_a_matching_weekday_is_no_conflict() -> None:
    parsed = parse_message(_mail("Interview on Wednesday, December 9 at 2pm ET."))
    assert parsed.confidence >= 0.5
    assert not any("weekday" in warning for warning in parsed.warnings)


def test_a_weekday_of_last_winter_moves_the_date_back_a_few_weeks() -> None:
    message = EmailMessage()
    message["From"] = "dana@hiring-example.com"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Tue, 05 Jan 2027 09:00:00 -0500"
    message["Subject"] = "Thanks"
    message.set_content("Thanks again for the interview on Tuesday, December 29 at 2pm ET.")
    parsed = parse_message(bytes(message))
    assert parsed.kind == "not_invitation"  # a past slot, read as such
