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


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        # "tomorrow" in languages read through CLDR alone, counted from Tuesday the 10th
        ("Potvrđujemo intervju sutra u 11:00.", 11, 11),
        ("Confirmámosche a entrevista de mañá ás 12:00.", 11, 12),
        ("Ens veiem demà a les 9:30 per a l'entrevista.", 11, 9),
        ("Ве очекуваме на интервју утре во 10:00 часот.", 11, 10),
        ("Welwn ni chi yfory am 15:00 ar gyfer y cyfweliad.", 11, 15),
        # Albanian's weekday with its article ("të enjten"), the Thursday after the mail
        ("Ju ftojmë për një intervistë të enjten në orën 14:00.", 12, 14),
        ("Intervista juaj është të premten, ora 09:30.", 13, 9),
    ],
)
def test_tomorrow_and_albanian_weekdays_are_read(text: str, day: int, hour: int) -> None:
    parsed = parse_message(
        _mail(
            f"Hi Alex,\n\n{text}\n\nMara\n", subject="Intervju", sent="Tue, 10 Nov 2026 09:00 +0100"
        )
    )
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (day, hour)


@pytest.mark.parametrize(
    ("note", "day", "hour"),
    [
        # the forwarder's note names only what changed; the rest is the forwarded slot's
        ("M'han trucat: l'han passat a divendres, mateixa hora.", 13, 10),
        ("Го поместија на 12:00, истиот ден.", 12, 12),
        ("Pomjerili su ga na 11:30, isti dan.", 12, 11),
    ],
)
def test_a_note_over_an_unknown_block_moves_the_forwarded_slot(
    note: str, day: int, hour: int
) -> None:
    text = f"{note}\n\n\n{BLOCKS['subject_first']}\nHi Alex,\n\nSee you Thursday at 10:00.\n"
    parsed = parse_message(_mail(text, sent="Wed, 11 Nov 2026 09:00:00 +0100"))
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (day, hour)


def test_a_forward_date_read_a_year_off_is_not_the_anchor() -> None:
    # Outlook's Basque date: the reader took "azaroak 9" but not "2026(e)ko" before it; a
    # Monday of 2025 would move "Thursday" to another week
    block = (
        f"-----Jatorrizko mezua-----\nNork: Mikel Arana [mailto:{BOSS}]\n"
        f"Noiz: 2026(e)ko azaroak 9, astelehena 13:00\nNori: Alex <{USER}>\nGaia: Interview\n"
    )
    text = f"{block}\nHi Alex,\n\nSee you on Thursday at 14:00.\n"
    parsed = parse_message(_mail(text, sent="Tue, 10 Nov 2026 09:00:00 +0100"))
    assert parsed.start is not None
    assert (parsed.start.year, parsed.start.month, parsed.start.day) == (2026, 11, 12)


def test_a_details_block_below_a_rule_is_not_a_header() -> None:
    # an invitation's own fields below a rule: a range, or one address and no full timestamp
    ranged = (
        "Hi Alex,\n\n----------\nKdy: Thursday 12 November 2026 14:00-15:00\n"
        f"Kontakt: Mara Holt <{BOSS}>\nKde: 4 Quill Lane\n"
    )
    assert canonical_headers(ranged) == ranged
    dated = (
        "Hi Alex,\n\n----------\nKdy: Thursday 12 November at 2 pm\n"
        f"Kontakt: Mara Holt <{BOSS}>\nKde: 4 Quill Lane\n"
    )
    assert canonical_headers(dated) == dated


def test_a_subject_first_block_inside_a_quoted_forward_is_passed_on() -> None:
    # Roundcube writes Subject and Date above From; forwarded again as a quote ("On … wrote:"
    # and "> "), those two lines are the block's own, not text someone wrote above it
    inner = (
        "-------- Original Message --------\nSubject: Interview\nDate: 2026-11-09 10:00\n"
        f"From: Mara Holt <{BOSS}>\nTo: Alex <{USER}>\n\nDear Alex,\n\n"
        "Please come in on Thursday at 11:00.\n"
    )
    text = f"On Wed, Nov 11, 2026 at 12:00 PM Alex <{USER}> wrote:\n" + "\n".join(
        f"> {line}" if line else ">" for line in inner.split("\n")
    )
    parsed = parse_message(_mail(text, subject="Fwd: Fwd: Interview"))
    assert parsed.kind == "invitation"
    assert parsed.original_sender == BOSS
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (12, 11)
