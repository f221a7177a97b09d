"""A calendar request whose own mail puts the slot in someone else's diary.

An assistant's request to the team ("Dana out - interview (offsite)") carries the boss's
interview, and the mail says so ("she has an interview offsite", "er hat am Mittwoch ein
Vorstellungsgespräch"): the reader's hour is blocked, nobody interviews the reader. The same
request whose mail names the reader's own interview stays an invitation.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import calendar_mail, claimed

OTHERS = [
    "Heads-up so nobody books Dana on Wednesday afternoon: she has an interview offsite.",
    "Just so you know, he's got an interview that afternoon, so please cover his calls.",
    "Zur Info: Er hat am Mittwoch ein Vorstellungsgespräch, bitte keine Termine legen.",
    "Pour info : elle a un entretien mercredi après-midi, merci de ne rien caler.",
]
OWN = [
    "Your interview with Dana Whitfield is confirmed for Wednesday afternoon.",
    "We'd like to invite you to an interview with our team on Wednesday.",
]


def _mail(body: str, hour: int) -> bytes:
    event = [
        "BEGIN:VEVENT",
        "UID:block-7731@brightline.example",
        "DTSTAMP:20261026T124700Z",
        f"DTSTART:20261104T{hour:02d}0000Z",
        f"DTEND:20261104T{hour + 2:02d}0000Z",
        "SEQUENCE:0",
        "SUMMARY:Dana - interview (offsite)",
        "ORGANIZER;CN=Priya Shah:mailto:priya.shah@brightline.example",
        "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@mailbox.example",
        "END:VEVENT",
    ]
    return calendar_mail(
        "Invitation: Dana - interview (offsite)",
        f"Hi,\n\n{body}\n\nPriya\n",
        event,
        method="REQUEST",
        sender="Priya Shah <priya.shah@brightline.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 26 Oct 2026 08:47:00 -0400",
    )


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(OTHERS), st.integers(min_value=8, max_value=18))
def test_someone_elses_interview_in_the_mail_is_not_claimed(body: str, hour: int) -> None:
    assert not claimed(_mail(body, hour))


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(OWN), st.integers(min_value=8, max_value=18))
def test_the_readers_own_interview_stays_claimed(body: str, hour: int) -> None:
    assert claimed(_mail(body, hour))
