"""Two recruiter sentences that gave a time no meeting has: "Interviews will take place
between 14 and 18 December; we'll be in touch by Friday 11 December at 5pm if you're
shortlisted" (the interview word sits in the other clause, so the reply-by time counted as
the reader's slot) and "I'm free for a call today between 2 and 5pm or tomorrow morning —
whatever suits you best" (a choice still open). Both were claimed for the calendar."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _claimed(body: str) -> bool:
    parsed = parse_message(
        plain_mail(
            "Your application",
            f"Hi Sam,\n\n{body}\n\nDana",
            sender="Dana Ruiz <dana@northwind-hr.example>",
            to="Sam Reyes <sam@mailbox.example>",
            date="Mon, 07 Dec 2026 09:12:00 +0000",
        )
    )
    return parsed.kind == "invitation" and parsed.confidence >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying. Interviews for this role will take place between 14 and 18 "
        "December; we'll be in touch by Friday 11 December at 5pm if you're shortlisted.",
        "I'm free for a quick catch-up call today between 2 and 5pm or tomorrow morning — "
        "whatever suits you best.",
        "Happy to talk again: Thursday 10 December at 3pm, or whichever time works for you.",
    ],
)
def test_a_reply_by_time_or_an_open_choice_is_not_claimed(body: str) -> None:
    assert not _claimed(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying; your interview is on Thursday 10 December at 3pm at our office.",
        "Your interview is confirmed for Thursday 10 December at 3pm; we'll be in touch by "
        "Friday with directions.",
    ],
)
def test_an_interview_set_in_its_own_clause_is_still_claimed(body: str) -> None:
    assert _claimed(body)


@pytest.mark.parametrize(
    "body",
    [
        "I'm back in the office on Monday 14 December at 8am and will answer your email about "
        "the interview then.",
        "jag är tillbaka på kontoret måndag 14 december kl. 08.00 och svarar på ditt mejl om "
        "intervjun då.",
    ],
)
def test_the_writers_return_is_no_slot_even_beside_the_word_interview(body: str) -> None:
    assert not _claimed(body)
