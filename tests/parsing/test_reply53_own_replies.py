"""The user's own yes passed on, and a third party's mail that put the user in Bcc (reply53).

The user's Bcc copy of their reply (README 'The user's Bcc copy') takes the one slot the
quoted recruiter offered in the plain words people say yes with ("that suits me well", "ce
créneau me convient", "passar mig bra", "その日時で大丈夫です"), and the recruiter's question
under it is the recruiter's, not the user's own ask; the same words negated ("ne me convient
pas", "nie pasuje mi") take nothing. A recruiter's reply to a colleague, quoting the
colleague's mail to the recruiter, with the user in Bcc, reads header for header like the
user's copy: its From writes to its own domain or was delivered to another person's mailbox,
and it is read as any mail the user received.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parser as parser_module
from service.parsing.lexicon import REPLY_AGREES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_at, claimed, plain_mail

USER = "Alex Morgan <alex.morgan@mailbox.example>"
RECRUITER = "Priya Shah <priya.shah@fjordline.example.com>"
COLLEAGUE = "Sam Lee <sam.lee@fjordline.example.com>"
HOOK = "in@afterview.example"
DATE = "Mon, 09 Nov 2026 16:20:00 +0000"
OFFER = (
    "On Mon, 9 Nov 2026 at 11:00, Priya Shah <priya.shah@fjordline.example.com> wrote:\n"
    "> Hi Alex,\n>\n"
    "> Could you come in on Tuesday 17 November at 10:00 for an interview at our depot?\n"
    ">\n> Priya"
)


def mail(
    body: str, *, sender: str = USER, to: str = RECRUITER, envelope: str = f"Delivered-To: {HOOK}"
) -> bytes:
    raw = plain_mail("Re: Interview - Logistics Planner", body, sender=sender, to=to, date=DATE)
    return f"{envelope}\n".encode() + raw


def bcc_copy(words: str) -> bytes:
    """The user's Bcc copy of their reply `words` over the recruiter's one-slot offer."""
    return mail(f"Hi Priya,\n\n{words}\n\nBest,\nAlex\n\n{OFFER}")


YES = [
    "That suits me well, thank you.",
    "That works perfectly, thanks!",
    "Merci, ce créneau me convient très bien.",
    "Grazie, va benissimo.",
    "Grazie mille, mi va bene.",
    "¡Gracias! Me viene perfecto.",
    "Dank je wel, dat past mij prima.",
    "Vielen Dank, das passt mir perfekt.",
    "Dziękuję, termin mi odpowiada.",
    "Tack så mycket, det passar mig bra.",
    "Muito obrigado, fica ótimo para mim.",
    "ご連絡ありがとうございます。その日時で大丈夫です。",
]
NO = [
    "I'm afraid that doesn't suit me well, sorry.",
    "That no longer suits me, I have accepted another offer.",
    "Malheureusement ce créneau ne me convient pas.",
    "Purtroppo quel giorno non mi va bene.",
    "Gracias, pero ese día no me viene muy bien.",
    "Dziękuję, niestety nie pasuje mi ten termin.",
    "Tack! Tyvärr passar det mig inte.",
    "Obrigado, mas não fica bom para mim.",
]


@pytest.mark.parametrize("words", YES)
def test_the_users_plain_yes_in_a_bcc_copy_is_claimed_at_the_quoted_slot(words: str) -> None:
    assert_claimed_at(bcc_copy(words), 10, 0)


@pytest.mark.parametrize("words", YES)
def test_the_plain_yes_words_agree(words: str) -> None:
    assert REPLY_AGREES.search(words)


@pytest.mark.parametrize("words", NO)
def test_the_same_words_negated_do_not_agree(words: str) -> None:
    assert not REPLY_AGREES.search(words)
    assert not claimed(bcc_copy(words))


def test_a_counter_proposal_with_a_yes_word_is_still_the_users_ask() -> None:
    raw = bcc_copy("Tuesday doesn't suit me well - could we do Thursday 19 November at 14:00?")
    assert not claimed(raw)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(YES), st.sampled_from(["?", " Is it on site?"]))
def test_a_yes_that_asks_back_leaves_the_quoted_slot_unsure(words: str, ask: str) -> None:
    """A question in the user's own words ("Before I say yes, is it on site?") keeps the
    quoted slot the recruiter's ask: the exemption is for a plain yes only."""
    assert not claimed(bcc_copy(words.rstrip(".!。") + ask))


def test_reply_agrees_is_linear() -> None:
    assert_linear(scans(REPLY_AGREES), repeated("that no longer suits me well mi va ", " "))
    assert_linear(scans(REPLY_AGREES), repeated("nie pasuje mi passar mig その日時で大丈夫", " "))


# --- a third party's mail with the user in Bcc -----------------------------------------------
COLLEAGUE_ASKS = (
    "On Mon, 9 Nov 2026 at 11:00, Sam Lee <sam.lee@fjordline.example.com> wrote:\n"
    "> Hi Priya,\n>\n"
    "> Could we see Alex Morgan on Tuesday 17 November at 10:00 for the panel interview?\n"
    ">\n> Sam"
)
BRIEFING = (
    "Hi Sam,\n\nThat works perfectly, I'll book the room. Can you host?\n\nPriya\n\n"
    + COLLEAGUE_ASKS
)
USERS_BOX = f"Delivered-To: {HOOK}\nDelivered-To: alex.morgan@mailbox.example"


def is_bcc_copy(raw: bytes) -> bool:
    sources = parser_module._sources(raw)
    return parser_module._bcc_copy_of_own(sources, parser_module._texts(sources.outer))


def test_a_recruiters_reply_to_a_colleague_is_no_bcc_copy_of_the_users() -> None:
    raw = mail(BRIEFING, sender=RECRUITER, to=COLLEAGUE, envelope=USERS_BOX)
    assert not is_bcc_copy(raw)
    assert not claimed(raw)


def test_a_colleague_on_the_senders_own_domain_tells_it_without_the_users_mailbox() -> None:
    raw = mail(BRIEFING, sender=RECRUITER, to=COLLEAGUE)
    assert not is_bcc_copy(raw)
    assert not claimed(raw)


def test_an_agency_writing_to_its_client_was_delivered_to_another_persons_mailbox() -> None:
    client = "Thomas Weber <t.weber@alpen-fahrzeugbau.example.de>"
    quote = COLLEAGUE_ASKS.replace("Sam Lee <sam.lee@fjordline.example.com>", client)
    raw = mail(
        f"Hi Thomas,\n\nThat works perfectly, I'll let Alex know.\n\nPriya\n\n{quote}",
        sender=RECRUITER,
        to=client,
        envelope=USERS_BOX,
    )
    assert not is_bcc_copy(raw)
    assert not claimed(raw)


def test_the_users_copy_bccd_to_their_own_mailbox_is_still_theirs() -> None:
    raw = mail(f"Hi Priya,\n\nThat works perfectly, thanks!\n\nAlex\n\n{OFFER}", envelope=USERS_BOX)
    assert is_bcc_copy(raw)
    assert_claimed_at(raw, 10, 0)


def test_the_users_copy_delivered_only_to_their_own_address_is_theirs() -> None:
    raw = mail(
        f"Hi Priya,\n\nThat works perfectly, thanks!\n\nAlex\n\n{OFFER}",
        envelope="Delivered-To: alex.morgan@mailbox.example",
    )
    assert is_bcc_copy(raw)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["interviews+k3jf9xq", "in", "hook", "jobs"]))
def test_afterviews_own_address_names_nobody(local: str) -> None:
    """An inbound address ("interviews+<secret>@…") is no other person's mailbox."""
    raw = mail(
        f"Hi Priya,\n\nThat suits me well.\n\nAlex\n\n{OFFER}",
        envelope=f"Delivered-To: {local}@afterview.example",
    )
    assert is_bcc_copy(raw)


JA_OFFER = (
    "2026年11月9日(月) 11:00 佐藤 美咲 <m.sato@hikari-kogyo.example.jp>:\n"
    "> Alex Morgan 様\n>\n"
    "> 面接を11月17日（火）10:00より弊社大阪オフィスにて実施したく存じます。\n"
    "> ご都合はいかがでしょうか。\n"
    ">\n> 佐藤"
)


def test_a_japanese_counter_proposal_asks_without_a_question_mark() -> None:
    """ "…からではいかがでしょうか。" asks, as "?" does: the user's own time is no yes."""
    raw = mail(
        "佐藤様\n\nあいにくその日時は都合が悪く、11月19日（木）15:30からではいかがでしょうか。\n\n"
        f"Alex Morgan\n\n{JA_OFFER}",
        to="佐藤 美咲 <m.sato@hikari-kogyo.example.jp>",
    )
    assert not claimed(raw)


def test_asked_end_is_linear() -> None:
    assert_linear(scans(parser_module._ASKED_END), repeated("でしょうかか。 ", " "))
