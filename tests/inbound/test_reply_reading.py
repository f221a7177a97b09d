"""What an employer's own words amount to, in the languages the parser reads."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from service.inbound.replies import read_reply
from service.interviews.models import Outcome

ENDED = datetime(2025, 3, 4, 15, 0, tzinfo=UTC)  # Tuesday 16:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("We would like to invite you to the final round.", Outcome.NEXT_ROUND),
        ("We'd love to move you forward to the next stage.", Outcome.NEXT_ROUND),
        ("Wir möchten Sie zum zweiten Gespräch einladen.", Outcome.NEXT_ROUND),
        ("Nous souhaitons vous inviter au prochain entretien.", Outcome.NEXT_ROUND),
        ("We are delighted to offer you the position.", Outcome.OFFER),
        ("Thanks for your patience, we are still reviewing.", Outcome.HEARD_BACK),
    ],
)
def test_what_a_reply_amounts_to(said: str, outcome: Outcome) -> None:
    assert read_reply(said, rejection=False, interview_end=ENDED, zone=BERLIN).outcome == outcome


def test_a_rejection_outweighs_any_other_words() -> None:
    said = "We will not invite you to the final round; we move forward with other candidates."
    assert read_reply(said, rejection=True, interview_end=ENDED, zone=BERLIN).outcome == "rejected"


@pytest.mark.parametrize(
    ("said", "sentence", "on"),
    [
        (
            "Hi Ada,\n\nThanks for coming in. We will get back to you within two weeks.\n\nPriya",
            "We will get back to you within two weeks.",
            date(2025, 3, 18),
        ),
        (
            "Hallo Ada, danke für das Gespräch. Wir melden uns bis Freitag, den 14. Viele Grüße",
            "Wir melden uns bis Freitag, den 14.",
            date(2025, 3, 14),
        ),
        (
            "Bonjour, merci. Nous vous donnerons une réponse d'ici vendredi 14. Cordialement",
            "Nous vous donnerons une réponse d'ici vendredi 14.",
            date(2025, 3, 14),
        ),
    ],
)
def test_a_stated_timeline_is_found_and_quoted(said: str, sentence: str, on: date) -> None:
    read = read_reply(said, rejection=False, interview_end=ENDED, zone=BERLIN)
    assert (read.outcome, read.timeline, read.timeline_on) == ("heard_back", sentence, on)


def test_a_date_that_is_no_answer_is_no_timeline() -> None:
    said = "I am out of the office until Monday. Thanks for your time last week!"
    assert read_reply(said, rejection=False, interview_end=ENDED, zone=BERLIN).timeline == ""
