"""A mail about a colleague's candidate ("could you prep Priya? Her interview is Tuesday at
10") is not the reader's interview, read directly. Passed on to Afterview with a note that
greets no one, it must read the same: before this stop only the forwarder's note was read
for whose candidate it is, so every client's forward claimed it. An agency that passes an
employer's mail on to its candidate greets them, and "your candidate" there is the reader."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail
from tests.parsing.wrappers import Wrapper, wrappers

DATE = "Sat, 01 Aug 2026 09:12:00 +0100"
COLLEAGUE = "Olivia Shaw <olivia.shaw@kestrel-search.example>"
READER = "Alex Morgan <alex.morgan@mailbox.example>"

ABOUT_A_COLLEAGUES_CANDIDATE = [
    (
        "Priya - Halden interview Tues",
        "Hi Alex,\n\nI'm on leave next week - could you give Priya Nair a prep call on Monday? "
        "Her interview at Halden Logistics is Tuesday 4 August at 10am with Tom Birch.\n\n"
        "Thanks!\nOlivia",
    ),
    (
        "Jonas – Gespräch Dienstag",
        "Hallo Alex,\n\nich bin nächste Woche im Urlaub. Kannst du Jonas Weber am Montag kurz "
        "vorbereiten? Sein Vorstellungsgespräch bei der Rheinwerk AG ist am Dienstag, "
        "4. August um 10:00 Uhr.\n\nDanke!\nOlivia",
    ),
    (
        "Camille – entretien mardi",
        "Bonjour Alex,\n\nJe suis en congé la semaine prochaine : peux-tu préparer Camille "
        "Roux lundi ? Son entretien chez Lumen SA est le mardi 4 août à 10h00.\n\nMerci !\n"
        "Olivia",
    ),
]


def _direct(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender=COLLEAGUE, to=READER, date=DATE)


@pytest.mark.parametrize(("subject", "body"), ABOUT_A_COLLEAGUES_CANDIDATE)
def test_not_claimed_directly(subject: str, body: str) -> None:
    assert not claimed(_direct(subject, body))


USER_FORWARDS = [w for w in wrappers() if w.client in {"gmail", "outlook", "apple", "thunderbird"}]


@settings(max_examples=40, deadline=None)
@given(
    case=st.sampled_from(ABOUT_A_COLLEAGUES_CANDIDATE),
    wrapper=st.sampled_from(USER_FORWARDS),
)
def test_a_users_forward_reads_like_the_mail(case: tuple[str, str], wrapper: Wrapper) -> None:
    """Whatever client and note the user forwards with, the colleague's candidate stays theirs."""
    forwarded = wrapper(_direct(*case))
    assert forwarded is not None
    assert not claimed(forwarded)


def test_an_agency_passing_the_employers_mail_to_its_candidate_is_theirs() -> None:
    """The employer writes to the agency of "your candidate"; the agency forwards it to Alex
    with a greeting: the candidate is the reader, and the interview is claimed."""
    inner = (
        "---------- Forwarded message ---------\n"
        "From: Hanna Berg <hanna.berg@halden.example>\n"
        "Date: Fri, 31 Jul 2026 at 16:02\n"
        "Subject: Interview - Data Analyst\n"
        "To: Olivia Shaw <olivia.shaw@kestrel-search.example>\n\n"
        "Hi Olivia,\n\nWe'd like to invite your candidate for an interview for the Data "
        "Analyst role on Tuesday 4 August at 10:00 at our Leeds office.\n\nBest,\nHanna\n"
    )
    body = "Hi Alex,\n\nGreat news - see below. Let me know if Tuesday works.\n\nOlivia\n\n" + inner
    parsed = parse_message(
        plain_mail("Fwd: Interview - Data Analyst", body, sender=COLLEAGUE, to=READER, date=DATE)
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (4, 10)
