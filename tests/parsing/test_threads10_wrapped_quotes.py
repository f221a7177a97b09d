"""Plain-text clients wrap a long "On … wrote:" line in two. The first half alone is a date
and a time (when the quoted mail was written), and without the second half nothing marks the
lines below as quoted: the reply must read the same wrapped or not. Mail text is invented.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from service.parsing import parse_message

QUOTE = "> Hi, I could do Thursday 5 November at 11:00 or Friday 6 November at 15:00."
ATTRIBUTIONS = {
    "en_wrote_alone": "On Mon, Nov 2, 2026 at 2:14 PM Alex Morgan <alex.morgan@mailbox.example>\n"
    "wrote:",
    "de_address_wrapped": "Am Mo., 2. Nov. 2026 um 14:14 Uhr schrieb Alex Morgan <\n"
    "alex.morgan@mailbox.example>:",
    "fr_verb_wrapped": "Le lun. 2 nov. 2026 à 14:14, Alex Morgan <alex.morgan@mailbox.example> a\n"
    "écrit :",
}


def _reply(new: str, attribution: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Hiring <hiring@fernhill.example>"
    message["To"] = "alex.morgan@mailbox.example"
    message["Date"] = "Tue, 03 Nov 2026 09:00:00 +0100"
    message["Subject"] = "Re: Interview"
    message.set_content(f"{new}\n\n{attribution}\n\n{QUOTE}\n", cte="8bit")
    return message.as_bytes(policy=SMTP)


@pytest.mark.parametrize("name", sorted(ATTRIBUTIONS))
def test_a_wrapped_attribution_reads_like_an_unwrapped_one(name: str) -> None:
    wrapped = parse_message(_reply("Thanks Alex, Thursday works.", ATTRIBUTIONS[name]))
    whole = parse_message(
        _reply("Thanks Alex, Thursday works.", ATTRIBUTIONS[name].replace("\n", " "))
    )
    assert wrapped.start == whole.start
    assert wrapped.start is not None
    assert wrapped.start.replace(tzinfo=None) == datetime(2026, 11, 5, 11, 0)


def test_a_line_before_a_short_colon_line_is_not_an_attribution() -> None:
    parsed = parse_message(_reply("We meet on Thursday 5 November at 11:00 in room 4\nAgenda:", ""))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 11, 5, 11, 0)


def test_a_blank_line_above_a_whole_attribution_is_not_one() -> None:
    attribution = "Am Mo., 2. Nov. 2026 um 14:14 Uhr schrieb Alex <alex@mailbox.example>:"
    parsed = parse_message(_reply("Thanks Alex, Thursday works.\n", attribution))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 11, 5, 11, 0)


def test_a_forward_written_as_a_wrapped_quote_names_its_sender() -> None:
    message = EmailMessage()
    message["From"] = "alex.morgan@mailbox.example"
    message["To"] = "in@afterview.example"
    message["Date"] = "Tue, 03 Nov 2026 09:00:00 +0100"
    message["Subject"] = "Fwd: Interview"
    message.set_content(
        "On Mon, Nov 2, 2026 at 2:14 PM Hiring Team <hiring@fernhill.example>\nwrote:\n\n"
        "> Dear Alex, your interview is on Thursday 5 November at 11:00.\n",
        cte="8bit",
    )
    parsed = parse_message(message.as_bytes(policy=SMTP))
    assert parsed.original_sender == "hiring@fernhill.example"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 11, 5, 11, 0)
