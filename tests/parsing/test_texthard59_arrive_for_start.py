"""The time to arrive and the start it serves in one clause with the date (texthard59): "on
Thursday 14 January at 9:45 for a 10:00 start", "jeudi 14 janvier à 9h45 pour un début à
10h", "el jueves 14 de enero a las 9:45 para empezar a las 10:00". The words between the two
times lead the later one and name it the start, so the start is the later time (the README's
arrive47 rule); they were read as the earlier time's own words and the arrival was taken.
Controls: a lone start, a start then lunch, and an arrival with no later start stay put."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 12 Jan 2027 09:15:00 +0100"


def _start(body: str) -> str:
    raw = plain_mail("Interview", body, sender="Kim Lee <kim.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


ARRIVE_FOR_START = {
    "en": "Please come to reception on Thursday 14 January at {a} for a {s} start.",
    "fr": "Merci de vous présenter jeudi 14 janvier à {a} pour un début à {s}.",
    "es": "Te esperamos el jueves 14 de enero a las {a} para empezar a las {s}.",
}  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(lang=st.sampled_from(sorted(ARRIVE_FOR_START)), hour=st.integers(min_value=9, max_value=16),
       early=st.sampled_from([10, 15, 20]))  # fmt: skip
def test_the_start_the_arrival_serves_is_the_start(lang: str, hour: int, early: int) -> None:
    arrive = f"{hour - 1}:{60 - early:02d}"
    sentence = ARRIVE_FOR_START[lang].format(a=arrive, s=f"{hour}:00")
    assert _start(f"Hello Alex,\n\n{sentence}\n\nBest") == f"2027-01-14T{hour:02d}:00:00+01:00"


def test_controls_keep_the_first_time() -> None:
    assert (
        _start(
            "Hi Alex,\n\nYour interview is on Thursday 14 January at 10:00, lunch at 12:00.\n\nBest"
        )
        == "2027-01-14T10:00:00+01:00"
    )
    assert (
        _start("Hi Alex,\n\nYour interview is on Thursday 14 January at 10:00 for an hour.\n\nBest")
        == "2027-01-14T10:00:00+01:00"
    )
