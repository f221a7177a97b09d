"""English interview mail from many countries (prose17): a recruiter who asks for the
reader's times while naming the employer's free window ("our hiring manager is flexible
between 2-5pm", "send over 2-3 times that work") books nothing and must not go to the
calendar unreviewed; a real slot beside "please confirm your availability" still does; and
"we're on for tomorrow at 09:30" reads as a confirmed meeting, like "we're set for"."""

from __future__ import annotations

import pytest

from service.parsing.lexicon import has_invitation_cue
from service.parsing.lookalikes import ASKS_AVAILABILITY_CUES, OWN_AVAILABILITY_CUES
from tests.parsing.mailkit import plain_mail, read_json, sure_json

SENDER = "Nadia Rahman <nadia@oakvale-energy.example>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str, subject: str = "Interview") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


DUBAI = "Mon, 15 Feb 2027 10:00:00 +0400"
NEW_YORK = "Wed, 10 Feb 2027 13:15:00 -0500"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Hi Sam,\n\nPlease confirm your availability for a call this week. Our director is "
            "flexible between 1-4pm Dubai time, Tuesday to Thursday.\n\nThanks,\nNadia",
            DUBAI,
        ),
        (
            "Hi Sam,\n\nCould you send over 2-3 times that work next week for a call with the "
            "team lead? I'm pretty open Tues/Wed after 2pm ET.\n\nThanks!\nNadia",
            NEW_YORK,
        ),
        (
            "Hi Sam,\n\nThe client wants a second round. Can you send me a couple of slots? "
            "They're flexible anytime between 10 and 3 on Thursday.\n\nNadia",
            NEW_YORK,
        ),
    ],
)
def test_availability_ask_with_the_employers_window_is_not_sure(body: str, date: str) -> None:
    assert not sure_json(_parse(body, date))


def test_slot_with_confirm_your_availability_stays_sure() -> None:
    got = _parse(
        "Dear Sam,\n\nWe are pleased to invite you to an interview on Thursday 18 February "
        "2027 at 11:00 AM GST at our office in DIFC.\n\nKindly confirm your availability.\n\n"
        "Regards,\nNadia",
        DUBAI,
    )
    assert sure_json(got)
    assert got.get("start") == "2027-02-18T11:00:00+04:00"


def test_the_cues_read_the_shapes_not_neighbours() -> None:
    assert ASKS_AVAILABILITY_CUES.search_lowered("could you send over 2-3 times that work?")
    assert ASKS_AVAILABILITY_CUES.search_lowered("please share your availability for friday")
    assert not ASKS_AVAILABILITY_CUES.search_lowered("we will send you the times tomorrow")
    assert OWN_AVAILABILITY_CUES.search_lowered("the manager is flexible between 2-5pm")
    assert not OWN_AVAILABILITY_CUES.search_lowered("hours are flexible for this role")


def test_were_on_for_tomorrow_is_a_meeting_word() -> None:
    assert has_invitation_cue("Lekker, we're on for tomorrow at 09:30 at the office.")
    assert has_invitation_cue("You're all set for Monday at 10.")
    assert not has_invitation_cue("The lights are on for the whole weekend.")
    got = _parse(
        "Hi Sam,\n\nGreat, we're on for tomorrow at 09:30 - 10:30 with Thabo and me at the "
        "Bree Street office.\n\nPieter",
        "Thu, 11 Feb 2027 16:10:00 +0200",
        "Tomorrow",
    )
    assert got.get("kind") == "invitation"
    assert got.get("start") == "2027-02-12T09:30:00+02:00"


@pytest.mark.parametrize("prefix", ["FW: ", "Fwd: ", "Fwd: FW: "])
def test_forwarded_out_of_office_is_not_an_invitation(prefix: str) -> None:
    # a Czech responder's text gives a date and an hour (when the sender is back); only the
    # subject under the forward prefix says it is an automatic reply
    got = _parse(
        "On Mon, Mar 8, 2027 at 9:07 AM Pavla Dvořáková <pavla@oakvale-energy.example> "
        "wrote:\n> Dobrý den,\n>\n> do středy 10. 3. 2027 nejsem v kanceláři. Od čtvrtka "
        "11. 3. od 9:00 jsem opět k zastižení.\n>\n> Pavla Dvořáková",
        "Tue, 09 Mar 2027 11:24:00 +0100",
        f"{prefix}Automatická odpověď: Re: Pohovor",
    )
    assert got.get("kind") == "not_invitation"
