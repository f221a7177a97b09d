"""Scheduling negotiation (propose24): the writer's own time in the German conditional.

"Mir würde Donnerstag, 10.12., um 14 Uhr gut passen - ginge das bei Ihnen?" floats the
writer's time; nobody has said yes, so it is not claimed, whatever day and hour it names. The
reader's (or the employer's) "Donnerstag um 14 Uhr passt mir gut" is a pick in the indicative
and stays an invitation.
"""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Wed, 02 Dec 2026 08:30:00 +0100"
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]


def _parse(body: str, sender: str = "Katrin Vogler <k.vogler@hansewerk-it.example.de>") -> dict:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Date"] = SENT
    message["Subject"] = "Vorstellungsgespräch"
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def _slot(weekday: int, hour: int) -> str:
    day = 7 + weekday  # Monday 7 December 2026
    return f"{DAYS[weekday]}, {day}.12., um {hour} Uhr"


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 4), st.integers(8, 17), st.sampled_from(["", "gut ", "sehr gut "]))
def test_what_would_suit_the_writer_is_not_claimed(weekday: int, hour: int, how: str) -> None:
    got = _parse(
        f"Hallo Frau Vogler,\n\nmir würde {_slot(weekday, hour)} {how}passen - ginge das bei "
        "Ihnen für das Vorstellungsgespräch?\n\nViele Grüße\nAlex Morgan",
        sender="Alex Morgan <alex.morgan@mailbox.example>",
    )
    assert got["kind"] != "invitation" or float(str(got["confidence"])) < 0.5


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 4), st.integers(8, 17))
def test_a_pick_in_the_indicative_stays_an_invitation(weekday: int, hour: int) -> None:
    got = _parse(
        f"Guten Tag Herr Morgan,\n\n{_slot(weekday, hour)} passt uns gut, dann sehen wir uns "
        "zum Vorstellungsgespräch bei uns im Büro.\n\nViele Grüße\nKatrin Vogler"
    )
    assert got["kind"] == "invitation"
    assert str(got["start"]).startswith(f"2026-12-{7 + weekday:02d}T{hour:02d}:00")


def _english(body: str) -> dict:
    message = EmailMessage()
    message["From"] = "Nadia Brooks <nadia.brooks@tallgrass-analytics.example.org.uk>"
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Date"] = "Tue, 01 Dec 2026 10:15:00 +0000"
    message["Subject"] = "Next step"
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["would like to meet you", "would love to meet you", "'d like to see you"]),
    st.integers(9, 16),
)
def test_a_thank_you_that_asks_for_the_next_round_is_an_invitation(ask: str, hour: int) -> None:
    got = _english(
        "Hi Alex,\n\nThanks for your time on the phone yesterday. Our head of data, Sam Patel, "
        f"{ask} for a video interview on Tuesday 8 December at {hour}:00 on Teams.\n\nNadia"
    )
    assert got["kind"] == "invitation"
    assert got["start"] == f"2026-12-08T{hour:02d}:00:00+00:00"
    assert float(str(got["confidence"])) >= 0.5


def test_a_thank_you_naming_when_they_decide_is_not_claimed() -> None:
    got = _english(
        "Hi Alex,\n\nThanks for your time today. The panel meets on Thursday 10 December at 2pm "
        "to make a decision and we will let you know by Friday.\n\nNadia"
    )
    assert got["kind"] != "invitation" or float(str(got["confidence"])) < 0.5
