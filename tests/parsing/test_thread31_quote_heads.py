"""Where a reply's new text ends: Japanese attributions and Outlook-style header blocks.

Invariants, each on our own short mails (not corpus files):

- Japanese reply attributions head quoted mail: Gmail's "2026年12月8日(火) 10:00 Name
  <address>:" and Thunderbird for Android's "<date>、<sender> より:". Their own date and time
  are never the slot, so a thanks-only reply over a quoted invitation sets no interview.
- A reply's new text ends where a From / Sent / To / Subject block begins (Outlook for
  Windows and the web, K-9's "header" quote style, new Outlook for Mac): alternatives the
  quoted mail offered ("Tuesday at 10 or Wednesday at 3") are not the new text's, so the
  reply that fixes one of them is read as sure.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lexicon import is_reply_header
from tests.parsing.mailkit import claimed, plain_mail

READER = "Aiko Mori <aiko.mori@mail.example.jp>"
RECRUITER = "Ren Fujita <ren.fujita@kaede-soft.example.jp>"

JA_HEADS = [
    # Gmail (ja): date, weekday, time, the author with the address, a colon
    "2026年12月8日(火) 10:00 藤田 蓮 <ren.fujita@kaede-soft.example.jp>:",
    "2027年1月5日(火) 9:05 Ren Fujita <ren.fujita@kaede-soft.example.jp>:",
    # Thunderbird for Android / K-9 (ja): message_compose_reply_header_fmt_with_date
    "2026年12月8日 10:00:00 GMT+09:00、藤田 蓮 <ren.fujita@kaede-soft.example.jp> より:",
]


@pytest.mark.parametrize("head", JA_HEADS)
def test_japanese_attributions_head_quoted_mail(head: str) -> None:
    assert is_reply_header(head)


@pytest.mark.parametrize(
    "line",
    [
        "2026年12月15日(火) 14:00〜15:00:",  # a slot line ending in a colon, no author
        "日時：2026年12月15日(火) 14:00",
        "面接は12月15日(火) 14:00からです。",
    ],
)
def test_japanese_slot_lines_are_not_attributions(line: str) -> None:
    assert not is_reply_header(line)


@pytest.mark.parametrize("head", JA_HEADS)
def test_thanks_over_a_quoted_japanese_invitation_is_no_invitation(head: str) -> None:
    invitation = (
        "森様\n\n最終面接を12月15日（火）14:00より行います。本社までお越しください。\n\n藤田"
    )
    quoted = "\n".join(f"> {line}" if line else ">" for line in invitation.split("\n"))
    body = f"藤田様\n\nご連絡ありがとうございます。承知いたしました。\n\n森\n\n{head}\n\n{quoted}\n"
    raw = plain_mail(
        "Re: 最終面接のご案内",
        body,
        sender=READER,
        to=RECRUITER,
        date="Tue, 08 Dec 2026 12:30:00 +0900",
    )
    parsed = parse_message(raw)
    assert parsed.kind != "invitation"
    assert parsed.start is None or parsed.start.day == 15  # never the attribution's 8th


BLOCKS = [
    # Outlook for Windows / the web (text of divRplyFwdMsg)
    "Van: {who}\nVerzonden: maandag 30 november 2026 21:00\nAan: {me}\nOnderwerp: Re: Interview",
    "From: {who}\nSent: Monday, November 30, 2026 9:00 PM\nTo: {me}\nSubject: Re: Interview",
    # new Outlook for Mac (email-forward-parser new_outlook_2019_de)
    "Von: {who}\nDatum: Montag, 30. November 2026 um 21:00\nAn: {me}\nBetreff: Re: Interview",
]
PROPOSALS = {
    "Van": "Dinsdag 8 december om 10:00 of woensdag 9 december om 15:00 kan ik allebei.",
    "From": "I could do Tuesday, December 8 at 10:00 or Wednesday, December 9 at 15:00.",
    "Von": "Mir passt Dienstag, 8.12., um 10:00 Uhr oder Mittwoch, 9.12., um 15:00 Uhr.",
}
FIXES = {
    "Van": "Dan zien we je voor het gesprek op dinsdag 8 december om 10:00 uur op kantoor.",
    "From": "Great, let's meet for the interview on Tuesday, December 8 at 10:00 at our office.",
    "Von": "Dann sehen wir uns zum Gespräch am Dienstag, 8.12., um 10:00 Uhr im Büro.",
}


@pytest.mark.parametrize("block", BLOCKS)
def test_alternatives_below_a_header_block_are_the_quoted_mails(block: str) -> None:
    label = block.split(":", 1)[0]
    header = block.format(who=READER, me=RECRUITER)
    body = f"{FIXES[label]}\n\nRen\n\n{header}\n\n{PROPOSALS[label]}\n\nAiko\n"
    raw = plain_mail(
        "Re: Interview",
        body,
        sender=RECRUITER,
        to=READER,
        date="Tue, 01 Dec 2026 09:14:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (8, 10)
    assert claimed(raw)


def test_alternatives_in_the_new_text_still_leave_the_choice_open() -> None:
    # the same block below, but the new text itself offers two times: nothing is fixed
    header = BLOCKS[1].format(who=READER, me=RECRUITER)
    body = (
        "We could meet for the interview on Tuesday, December 8 at 10:00 or, if that does not"
        f" suit, Wednesday, December 9 at 15:00.\n\nRen\n\n{header}\n\nAny news?\n\nAiko\n"
    )
    raw = plain_mail(
        "Re: Interview",
        body,
        sender=RECRUITER,
        to=READER,
        date="Tue, 01 Dec 2026 09:14:00 +0100",
    )
    assert not claimed(raw)


@pytest.mark.parametrize(
    "who", ["our CTO", "our VP Engineering", "our Head of Product", "the hiring manager"]
)
def test_a_slot_with_someone_named_by_role_is_a_meeting(who: str) -> None:
    # no word for a meeting, but a person to meet: not a booking or a notice
    body = (
        f"Hi Aiko,\n\nAs agreed, you're booked in with {who} on Thursday, December 10 at 11:00"
        " for 30 minutes. Reception will sign you in.\n\nRen"
    )
    raw = plain_mail(
        "Thursday - Data Analyst role",
        body,
        sender=RECRUITER,
        to=READER,
        date="Tue, 01 Dec 2026 09:14:00 +0000",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 11)
    assert claimed(raw)


def test_a_booked_slot_with_nobody_stays_a_booking() -> None:
    body = (
        "Hi Aiko,\n\nYou're booked in on Thursday, December 10 at 11:00 for 30 minutes."
        " Reception will sign you in.\n\nRen"
    )
    raw = plain_mail(
        "Thursday", body, sender=RECRUITER, to=READER, date="Tue, 01 Dec 2026 09:14:00 +0000"
    )
    assert not claimed(raw)
