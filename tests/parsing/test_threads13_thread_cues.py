"""Reply-thread wording that decides whether a time is set (threads13).

- Swedish "till" after a move verb says where the meeting goes ("vi behöver flytta
  intervjun till fredag"), as English "push it till Friday" does; "senast till fredag"
  (by Friday at the latest) stays a deadline.
- "Would it be possible to move this to Friday?" and its Italian, French and Spanish forms
  only ask for a move.
- German "ich kläre das noch ab" and "ich melde mich, ob …" leave the time pending.
- "Thursday 10:00 clashes with an exam": the writer's own clash declines the time, while
  "if it clashes with your diary" (the reader's) does not.
People, addresses and text are made up.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import DECLINE_CUES
from service.parsing.lookalikes import MOVE_ASKED_CUES, PENDING_CUES
from service.parsing.when_dates import _is_due

REC = "kim@lyktan.example.se"
USER = "me@mailbox.example"
QUOTE = (
    "Den tors 4 feb. 2027 kl 10:00 skrev Kim Ek <kim@lyktan.example.se>:\n"
    "> Hej Alex, välkommen torsdag 11 februari kl. 10.00.\n"
)


def _mail(text: str, sender: str = REC) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = USER if sender == REC else REC
    message["Date"] = "Mon, 08 Feb 2027 15:00:00 +0100"
    message["Subject"] = "Re: Intervju"
    message.set_content(text, cte="8bit")
    return message.as_bytes(policy=SMTP)


@given(
    st.sampled_from(["flytta", "flyttar", "flyttat", "skjuta", "move", "push", "moved"]),
    st.sampled_from(["intervjun ", "mötet ", "it ", "this ", ""]),
)
def test_till_after_a_move_verb_is_no_deadline(verb: str, thing: str) -> None:
    assert not _is_due(f"Vi behöver {verb} {thing}till ")


@pytest.mark.parametrize(
    "before", ["Skicka in testet senast till ", "Svara gärna till ", "Open till ", "Skicka till "]
)
def test_till_without_a_move_stays_a_deadline(before: str) -> None:
    assert _is_due(before)


def test_swedish_move_reads_the_new_time() -> None:
    text = (
        "Hej Alex,\n\nVi behöver tyvärr flytta intervjun till fredag 12 februari kl. 14.00."
        + "\n\nKim\n\n"
        + QUOTE
    )
    parsed = parse_message(_mail(text))
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (12, 14)
    assert parsed.confidence >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "would it be possible to move this to friday at 10:00?",
        "sarebbe possibile spostare a venerdì alle 10:00?",
        "serait-il possible de décaler à vendredi 10h ?",
        "¿sería posible mover la entrevista al viernes a las 10:00?",
    ],
)
def test_move_asked(sentence: str) -> None:
    assert MOVE_ASKED_CUES.search(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "ich kläre das noch mit dem team und melde mich",
        "ich kläre das erst ab",
        "ich melde mich morgen, ob donnerstag passt",
        "i'll get back to you on whether thursday works",
        "let me check with the panel",
    ],
)
def test_pending(text: str) -> None:
    assert PENDING_CUES.search(text)


@pytest.mark.parametrize(
    ("text", "declines"),
    [
        ("thursday 10:00 clashes with an exam", True),
        ("der termin kollidiert leider mit einem arzttermin", True),
        ("torsdag krockar med ett annat möte", True),
        ("if this clashes with your diary, let me know", False),
        ("it conflicts with nothing on our side", False),
    ],
)
def test_own_clash_declines(text: str, declines: bool) -> None:
    assert bool(DECLINE_CUES.search(text)) is declines


def test_candidate_asking_to_move_is_not_claimed() -> None:
    text = (
        "Hi Kim,\n\nWould it be possible to move this to Friday? Thursday 10:00 clashes with "
        "an exam.\n\nAlex\n\n" + QUOTE
    )
    parsed = parse_message(_mail(text, sender=USER))
    assert parsed.kind not in ("invitation", "reschedule") or parsed.confidence < 0.5
