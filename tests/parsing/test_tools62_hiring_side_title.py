"""A calendar request whose title names the hiring side's own meeting is not the reader's
interview.

What a user notices:
- an iTIP request titled "Hiring committee - shortlist for <role>", "Selection panel:
  shortlisting", "Candidate review", "Revue des candidats", "Comité de sélection",
  "Auswahlkommission", "Comisión de selección", "Selectiecommissie" (the reader sits on the
  side that chooses) keeps its slot but is not claimed as the reader's interview;
- the same committee beside an interview ("Interview with the search committee") or beside
  the reader's name ("Hiring committee - Alex Morgan") is still the reader's own interview.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import hiring_side_title
from tests.parsing.mailkit import request_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
READER = frozenset({"alex", "morgan", "alex.morgan"})
SENDER = "Priya Lindgren <priya.lindgren@northfold.example>"
DATE = "Mon, 15 Mar 2027 09:05:00 +0100"

HIRING_SIDE = [
    "Hiring committee – shortlist for Junior Controller",
    "Selection panel: shortlisting (Data Engineer)",
    "Candidate review – Backend Developer",
    "Revue des candidats – Chargé(e) de clientèle",
    "Comité de sélection – poste comptable",
    "Auswahlkommission Stelle 2027-14",
    "Comisión de selección – Técnico de laboratorio",
    "Selectiecommissie vacature beleidsmedewerker",
]
OWN = [
    "Interview with the search committee – Alex Morgan",
    "Interview: Alex Morgan / hiring committee",
    "Hiring committee – Alex Morgan",
    "Entretien avec le comité de sélection",
]


def _request(title: str, hour: int, minute: int) -> bytes:
    start = f"20270318T{hour:02d}{minute:02d}00Z"
    end = f"20270318T{hour + 1:02d}{minute:02d}00Z"
    return request_mail(
        title,
        f"Hi,\n\nsee the calendar entry for {title}.\n\nPriya",
        uid=f"t62-{len(title)}-{hour}{minute}@northfold.example",
        dtstart=start,
        dtend=end,
        organizer_cn="Priya Lindgren",
        sender=SENDER,
        to=ME,
        date=DATE,
    )


@pytest.mark.parametrize("title", HIRING_SIDE)
def test_hiring_side_titles_are_named(title: str) -> None:
    assert hiring_side_title(title, READER) is not None


@pytest.mark.parametrize("title", OWN)
def test_the_readers_own_interview_is_not(title: str) -> None:
    assert hiring_side_title(title, READER) is None


@settings(max_examples=20, deadline=None)
@given(
    title=st.sampled_from(HIRING_SIDE),
    hour=st.integers(min_value=7, max_value=16),
    minute=st.sampled_from([0, 15, 30, 45]),
)
def test_a_hiring_side_request_keeps_its_slot_unclaimed(title: str, hour: int, minute: int) -> None:
    parsed = parse_message(_request(title, hour, minute))
    assert parsed.confidence < 0.5
    assert parsed.start is not None
    assert (parsed.start.hour, parsed.start.minute) == (hour, minute)


@pytest.mark.parametrize("title", OWN[:2])
def test_an_interview_with_the_committee_is_still_claimed(title: str) -> None:
    parsed = parse_message(_request(title, 10, 30))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
