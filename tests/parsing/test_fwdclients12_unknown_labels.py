"""Forward header blocks whose labels the parser has no word for are known by their shape.

Below a rule (or first in a mail whose subject says it is a forward), a run of short
"Label: value" lines with one address and one date is a forwarded message's header: its
date is when the message was written (the anchor of "Thursday" and "tomorrow"), never the
slot. The labels here are invented words, so no table of client strings can be what helps;
people, addresses and text are made up.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from service.parsing import parse_message
from service.parsing.forwards import canonical_headers

BOSS = "hr@quillfeather.example"
USER = "me@mailbox.example"


def _mail(text: str, subject: str = "Fwd: Interview", sent: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = USER
    message["To"] = "in@afterview.example"
    message["Date"] = sent or "Thu, 12 Nov 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(text, cte="8bit")
    return message.as_bytes(policy=SMTP)


# made-up labels in the three layouts clients use: subject first (Roundcube), sender first
# (K-9, Outlook), and an Armenian-style mark instead of the colon
BLOCKS = {
    "subject_first": (
        "-------- Zorblat vesh --------\nQuimby: Interview\nDrassel: 2026-11-10 08:00\n"
        f"Fennik: Mara Holt <{BOSS}>\nWobrin: Alex <{USER}>\n"
    ),
    "sender_first": (
        f"-----Zorblat-----\nFennik: Mara Holt [mailto:{BOSS}]\n"
        f"Drassel lo: 10.11.2026 08:00\nWobrin: Alex <{USER}>\nQuimby: Interview\n"
    ),
    "armenian_mark": (
        f"-------- Zorblat --------\nFennik\u055d Mara Holt <{BOSS}>\n"
        f"Drassel\u055d 2026-11-10 08:00\nWobrin\u055d {USER}\nQuimby\u055d Interview\n"
    ),
}


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_unknown_labels_are_read_as_a_header_block(name: str) -> None:
    # written Tuesday the 10th, forwarded Thursday the 12th: "Thursday" is the 12th
    text = f"{BLOCKS[name]}\nHi Alex,\n\nPlease come in on Thursday at 14:00.\n\nMara\n"
    parsed = parse_message(_mail(text))
    assert parsed.original_sender == BOSS
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (12, 14)


def test_the_header_date_is_never_the_slot() -> None:
    # a body with no time the reader knows leaves no slot, not the forwarded date
    text = f"{BLOCKS['subject_first']}\nHi Alex,\n\nSee you soon.\n\nMara\n"
    parsed = parse_message(_mail(text))
    assert parsed.start is None or parsed.start.hour != 8


def test_a_field_list_in_the_invitation_itself_stays_the_slot() -> None:
    # no rule above it and no forward subject: "Date / Contact / Place" is the meeting
    text = (
        "Hi Alex,\n\nYour interview:\n\nDrassel: Friday 13 November 2026 10:00\n"
        f"Fennik: Mara Holt <{BOSS}>\nPlace: 4 Quill Lane\n\nMara\n"
    )
    assert canonical_headers(text) == text
    parsed = parse_message(_mail(text, subject="Interview", sent="Tue, 10 Nov 2026 09:00 +0100"))
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (13, 10)


def test_known_blocks_and_blocks_without_address_or_date_are_left_alone() -> None:
    known = f"-------- Original Message --------\nFrom: {BOSS}\nDate: 2026-11-10 08:00\nTo: x\n"
    assert canonical_headers(known) == known
    no_date = f"----------\nFennik: {BOSS}\nWobrin: {USER}\nQuimby: Interview\n"
    assert canonical_headers(no_date) == no_date
    two_dates = "-----\nFennik: a@b.example\nDrassel: 2026-11-10 08:00\nKorb: 2026-11-12 14:00\n"
    assert canonical_headers(two_dates) == two_dates
