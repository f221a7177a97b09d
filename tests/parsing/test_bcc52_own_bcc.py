"""The user's Bcc copy of their own reply (README 'The user's Bcc copy', bcc52).

A reply the user sends to an employer with Afterview's address in Bcc reaches Afterview with
From the user, To the employer, Afterview only in Delivered-To (or a kept Bcc line) and the
employer's mail quoted below. It is the user's own mail passed on, read as the forward of
the same reply is: the user's counter-proposal offers the employer nothing the reader must
attend, and what the user's yes takes is the employer's quoted slot.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing import parser as parser_module
from tests.parsing.mailkit import claimed, plain_mail

USER = "Alex Morgan <alex.morgan@mailbox.example>"
EMPLOYER = "Kim Berg <kim.berg@fjordline-freight.example.com>"
HOOK = "in@afterview.example"
DATE = "Mon, 09 Nov 2026 16:20:00 +0000"


def bcc_copy(
    reply: str, quote: str, *, header: str = f"Delivered-To: {HOOK}", to: str = EMPLOYER
) -> bytes:
    """The user's reply as Afterview gets it through Bcc."""
    raw = plain_mail(
        "Re: Interview - Logistics Planner",
        f"{reply}\n\n{quote}",
        sender=USER,
        to=to,
        date=DATE,
    )
    return f"{header}\n".encode() + raw


def forward_of(reply: str, quote: str) -> bytes:
    """The same reply forwarded by the user to Afterview from their Sent folder (Gmail)."""
    block = (
        "---------- Forwarded message ---------\n"
        f"From: {USER}\nDate: {DATE}\nSubject: Re: Interview - Logistics Planner\n"
        f"To: {EMPLOYER}\n\n"
    )
    return plain_mail(
        "Fwd: Re: Interview - Logistics Planner",
        f"{block}{reply}\n\n{quote}",
        sender=USER,
        to=f"Afterview <{HOOK}>",
        date=DATE,
    )


GMAIL_QUOTE = (
    "On Mon, 9 Nov 2026 at 11:00, Kim Berg <kim.berg@fjordline-freight.example.com> wrote:\n"
    "> Hi Alex,\n>\n"
    "> Thanks for applying. Would Tuesday 17 November at 09:00 work for an interview at\n"
    "> our Leeds depot?\n>\n> Best,\n> Kim Berg"
)
SET_QUOTE = (
    "On Mon, 9 Nov 2026 at 11:00, Kim Berg <kim.berg@fjordline-freight.example.com> wrote:\n"
    "> Hi Alex,\n>\n"
    "> I'm pleased to confirm your interview on Tuesday 17 November at 09:00 at our Leeds\n"
    "> depot.\n>\n> Best,\n> Kim Berg"
)
OUTLOOK_QUOTE = (
    "-----Original Message-----\n"
    "From: Kim Berg <kim.berg@fjordline-freight.example.com>\n"
    "Sent: Monday, November 9, 2026 11:00 AM\n"
    "To: Alex Morgan <alex.morgan@mailbox.example>\n"
    "Subject: Interview - Logistics Planner\n\n"
    "Hi Alex,\n\nThanks for applying. Would Tuesday 17 November at 09:00 work for an "
    "interview at our Leeds depot?\n\nBest,\nKim Berg"
)
THUNDERBIRD_DE_QUOTE = (
    "Am 09.11.26 um 11:00 schrieb Kim Berg:\n"
    "> Hallo Herr Morgan,\n>\n"
    "> hätten Sie am Dienstag, 17. November um 9:00 Uhr Zeit für ein Gespräch?\n>\n"
    "> Viele Grüße\n> Kim Berg"
)

COUNTER = (
    "Hi Kim,\n\nThank you. I'm sitting an exam that morning - could we do Wednesday "
    "18 November at 11:00 instead?\n\nBest,\nAlex Morgan"
)
COUNTER_IT = (
    "Gentile Kim,\n\ngrazie mille. Martedì mattina ho un esame: potremmo fare "
    "mercoledì 18 novembre alle 11:00?\n\nCordiali saluti,\nAlex Morgan"
)


def test_bcc_copy_of_the_users_counter_proposal_is_not_claimed() -> None:
    # read as the user offering the employer a slot, it was claimed (0.64 in owncounter51)
    assert not claimed(bcc_copy(COUNTER, GMAIL_QUOTE))


def test_bcc_copy_of_an_italian_counter_proposal_is_not_claimed() -> None:
    assert not claimed(bcc_copy(COUNTER_IT, GMAIL_QUOTE))


def test_a_kept_bcc_line_marks_the_copy_too() -> None:
    assert not claimed(bcc_copy(COUNTER, GMAIL_QUOTE, header=f"Bcc: Afterview <{HOOK}>"))


def test_bcc_copy_over_an_outlook_header_block_is_the_users() -> None:
    sources = parser_module._sources(bcc_copy(COUNTER, OUTLOOK_QUOTE))
    assert parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))
    assert not claimed(bcc_copy(COUNTER, OUTLOOK_QUOTE))


def test_bcc_copy_under_a_thunderbird_line_naming_only_the_writer() -> None:
    sources = parser_module._sources(bcc_copy(COUNTER, THUNDERBIRD_DE_QUOTE))
    assert parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))


def test_see_you_over_a_set_slot_sets_nothing_new() -> None:
    reply = "Hi Kim,\n\nGreat, thanks - see you on Tuesday.\n\nAlex"
    assert not claimed(bcc_copy(reply, SET_QUOTE))


def test_employer_mail_that_reached_the_user_by_bcc_is_not_the_users_copy() -> None:
    # From the employer, the user only in Delivered-To: the employer's own mail, read as ever
    raw = b"Delivered-To: alex.morgan@mailbox.example\n" + plain_mail(
        "Interview - Logistics Planner",
        "Hi all,\n\nWe'd like to invite you to an interview on Tuesday 17 November 2026 at "
        "09:00 at our Leeds depot.\n\nBest,\nKim Berg",
        sender=EMPLOYER,
        to="Kim Berg <kim.berg@fjordline-freight.example.com>",
        date=DATE,
    )
    sources = parser_module._sources(raw)
    assert not parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))
    assert claimed(raw)


def test_a_list_delivery_is_no_bcc_copy() -> None:
    raw = b"List-Id: <jobs.lists.example.org>\n" + bcc_copy(COUNTER, GMAIL_QUOTE)
    sources = parser_module._sources(raw)
    assert not parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))


def test_a_reply_delivered_to_its_own_recipient_is_no_bcc_copy() -> None:
    raw = bcc_copy(
        COUNTER, GMAIL_QUOTE, header="Delivered-To: kim.berg@fjordline-freight.example.com"
    )
    sources = parser_module._sources(raw)
    assert not parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))


def test_quote_of_mail_not_written_to_the_user_is_no_bcc_copy() -> None:
    # the quoted mail came from someone else than the one the reply goes to, and names
    # nobody as its recipient: nothing says it was written to the user
    quote = (
        "On Mon, 9 Nov 2026 at 11:00, Priya Nair <priya@elsewhere.example> wrote:\n"
        "> Would Tuesday 17 November at 09:00 work?"
    )
    sources = parser_module._sources(bcc_copy(COUNTER, quote))
    assert not parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))


def _reading(raw: bytes) -> tuple[str, bool, str | None]:
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if parsed.start else None
    return parsed.kind, parsed.kind == "invitation" and parsed.confidence >= 0.5, start


REPLIES = [
    "Hi Kim,\n\nThat works for me, thank you. See you then.\n\nBest,\nAlex Morgan",
    COUNTER,
    "Hi Kim,\n\nMany thanks for the invitation; I have since accepted another offer and "
    "withdraw my application.\n\nBest,\nAlex Morgan",
    "Hi Kim,\n\nThanks for letting me know, I look forward to it.\n\nAlex",
    "Hallo Kim,\n\nder Termin passt mir gut, vielen Dank.\n\nViele Grüße\nAlex Morgan",
    COUNTER_IT,
]


@settings(max_examples=30, deadline=None)
@given(
    reply=st.sampled_from(REPLIES),
    quote=st.sampled_from([GMAIL_QUOTE, SET_QUOTE, OUTLOOK_QUOTE]),
)
def test_bcc_copy_and_forward_of_the_same_reply_read_the_same(reply: str, quote: str) -> None:
    assert _reading(bcc_copy(reply, quote)) == _reading(forward_of(reply, quote))


OFFER_THEN_QUESTION = (
    "On Mon, 9 Nov 2026 at 11:00, Kim Berg <kim.berg@fjordline-freight.example.com> wrote:\n"
    "> Hi Alex,\n>\n"
    "> We'd like to invite you to an interview on Tuesday 17 November at 09:00. Does that "
    "suit you?\n>\n> Best,\n> Kim Berg"
)


def test_bcc_copy_of_a_withdrawal_takes_no_slot() -> None:
    # unlike a forward, which passes a thread on for its slot, the Bcc copy is sent to the
    # employer: only its own words take the slot ("I withdraw my application" takes none)
    reply = (
        "Hi Kim,\n\nThank you, but I have since accepted another offer and withdraw my "
        "application.\n\nBest,\nAlex Morgan"
    )
    assert not claimed(bcc_copy(reply, OFFER_THEN_QUESTION))


def test_bcc_copy_of_thanks_over_a_set_slot_with_a_question_after_it() -> None:
    quote = (
        "On Mon, 9 Nov 2026 at 11:00, Kim Berg <kim.berg@fjordline-freight.example.com> "
        "wrote:\n> Hi Alex,\n>\n> Your interview is booked for Tuesday 17 November at 09:00. "
        "Could you bring photo ID?\n>\n> Best,\n> Kim Berg"
    )
    reply = "Hi Kim,\n\nThanks for confirming, will do. See you Tuesday!\n\nAlex"
    assert not claimed(bcc_copy(reply, quote))


def test_bcc_copy_of_an_italian_withdrawal_over_outlook_web_takes_no_slot() -> None:
    quote = (
        "________________________________\n"
        "Da: Kim Berg <kim.berg@fjordline-freight.example.com>\n"
        "Inviato: lunedì 9 novembre 2026 11:00\n"
        "A: Alex Morgan <alex.morgan@mailbox.example>\n"
        "Oggetto: Colloquio\n\n"
        "Gentile Alex,\n\nla invitiamo a un colloquio martedì 17 novembre alle 09:00 presso "
        "la nostra sede di Ancona. Ci conferma la disponibilità?\n\nCordiali saluti,\nKim Berg"
    )
    reply = (
        "Gentile Kim,\n\nla ringrazio molto, ma nel frattempo ho accettato un'altra offerta e "
        "ritiro la mia candidatura.\n\nCordiali saluti,\nAlex Morgan"
    )
    assert not claimed(bcc_copy(reply, quote, header=f"X-Original-To: {HOOK}"))


def test_employer_reply_forwarded_on_from_the_users_mailbox_is_no_bcc_copy() -> None:
    # the user's mailbox forwards everything to Afterview: Delivered-To names the user (on
    # the To line) and then the hook; the employer's reply quotes the user's own mail
    reply = (
        "Hi Alex,\n\nThanks for getting back to me. Let's meet on Tuesday 17 November 2026 "
        "at 09:00 at our Leeds depot.\n\nBest,\nKim Berg"
    )
    quote = (
        "On Mon, 9 Nov 2026 at 11:00, Alex Morgan <alex.morgan@mailbox.example> wrote:\n"
        "> Hi Kim,\n>\n> Thank you for the invitation; I am free most mornings next week.\n>\n"
        "> Alex Morgan"
    )
    raw = (
        f"Delivered-To: {HOOK}\nDelivered-To: alex.morgan@mailbox.example\n".encode()
        + plain_mail(
            "Re: Interview - Logistics Planner",
            f"{reply}\n\n{quote}",
            sender=EMPLOYER,
            to=USER,
            date=DATE,
        )
    )
    sources = parser_module._sources(raw)
    assert not parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))
    assert claimed(raw)
