"""A hiring manager asked to hold or block time for candidates' interviews runs them; it is
not the reader's own interview. A candidate asked to block the time of their own interview
is still invited.

What a user notices:
- "Vil du blokere fredag den 12. marts kl. 9.00-12.00 i din kalender? Der holder vi samtaler
  med de tre kandidater", "varaathan kalenteristasi torstain 11.3. klo 9-12? Haastattelemme
  silloin kolme hakijaa", "I've put a hold on your calendar for Tuesday, March 9 ... with our
  two candidates", "puoi tenerti libero giovedì 4 marzo ... con i tre candidati" are not
  claimed, at any hour;
- "Please block your calendar on Tuesday 16 March at 10:00 for your interview with our CEO"
  is claimed at 10:00.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 1 Mar 2027 09:14:00 +0100"

HOLDS = [
    "Hej Alex\n\nVil du blokere fredag den 12. marts kl. {h}.00-{e}.00 i din kalender? Der "
    "holder vi samtaler med de tre kandidater til stillingen som controller.\n\nSøren",
    "Hei Alex,\n\nvaraathan kalenteristasi torstain 11.3. klo {h}-{e}? Haastattelemme silloin "
    "kolme hakijaa myyntipäällikön tehtävään.\n\nLaura",
    "Hi Alex,\n\nI've put a hold on your calendar for Tuesday, March 9, {h}:00 - {e}:00 for "
    "the final-round interviews with our two candidates.\n\nDana",
    "Ciao Alex,\n\npuoi tenerti libero giovedì 4 marzo dalle {h}:00 alle {e}:00? Facciamo i "
    "colloqui con i tre candidati per la posizione di tecnico.\n\nGiulia",
]


@settings(max_examples=24, deadline=None)
@given(body=st.sampled_from(HOLDS), hour=st.integers(min_value=8, max_value=14))
def test_time_held_for_candidates_is_not_claimed(body: str, hour: int) -> None:
    text = body.format(h=hour, e=hour + 3)
    raw = plain_mail("Interviews", text, sender="HR <hr@corp.example>", to=ME, date=DATE)
    assert not claimed(raw)


def test_candidate_asked_to_block_their_own_interview_is_invited() -> None:
    text = (
        "Hi Alex,\n\nThank you for your application. Please block your calendar on Tuesday "
        "16 March at 10:00 for your interview with our CEO, Maria Lopez.\n\nDana"
    )
    raw = plain_mail("Your interview", text, sender="HR <hr@corp.example>", to=ME, date=DATE)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (16, 10)
