# ruff: noqa: E501 (one mail a row reads best)
"""Words that looked like something else.

A Turkish "if this time does not suit you" ("bu saat size uymuyorsa") is a condition, not a
refusal: the stem "uymuyor" (does not suit) carries the conditional "-sa". Design and
engineering hiring names its stages for what the candidate shows ("the portfolio review", "a
pair-programming session"), and "we'd like to move you forward to the portfolio review" is
progress in the process, not a slot moved.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message

SENT = "Mon, 01 Mar 2027 09:00:00 +0100"
DECLINING = "reads like someone declining a meeting, not setting one"


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Ayşe Kaya <ayse@firma.example>\r\nTo: deniz@example.org\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMessage-ID: <m79@firma.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def test_turkish_if_the_time_does_not_suit_is_no_refusal() -> None:
    body = (
        "Merhaba Deniz,\n\nSizi 4 Mart 2027 Perşembe saat 14:00'te ofisimizde iş görüşmesine "
        "davet ediyoruz.\nBu saat size uymuyorsa lütfen bize yazın.\n\nSaygılarımızla,\nAyşe Kaya"
    )
    got = parse_message(_mail("Mülakat daveti", body)).to_json_dict()
    assert got["kind"] == "invitation"
    assert got["start"] == "2027-03-04T14:00:00+01:00"
    assert DECLINING not in got["warnings"]
    assert float(got["confidence"]) >= 0.5


def test_turkish_refusal_still_reads_as_one() -> None:
    body = "Merhaba,\n\n4 Mart 2027 Perşembe saat 14:00 maalesef bana uymuyor.\n\nDeniz"
    got = parse_message(_mail("Ynt: Mülakat daveti", body)).to_json_dict()
    assert DECLINING in got["warnings"] or got["kind"] != "invitation"


STAGES = [
    ("portfolio", "Great news: we'd like to move you forward to the portfolio review with our design lead. The review is on Thursday 4 March 2027 at 2pm at our studio."),
    ("pairing", "Next up is a pair-programming session with two of our engineers on Thursday 4 March 2027 at 2pm, over Google Meet."),
    ("case", "We'd love you to give your case study presentation to the team on Thursday 4 March 2027 at 2pm."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body"), STAGES, ids=[s[0] for s in STAGES])
def test_a_stage_named_for_what_the_candidate_shows_is_an_interview(name: str, body: str) -> None:
    got = parse_message(_mail("Next steps", f"Hi Deniz,\n\n{body}\n\nBest,\nAyşe")).to_json_dict()
    assert got["kind"] == "invitation"
    assert got["start"] == "2027-03-04T14:00:00+01:00"


def test_moving_the_candidate_forward_to_a_review_moves_no_slot() -> None:
    body = "Hi Deniz,\n\nWe'd like to move you forward to the portfolio review. It is on Thursday 4 March 2027 at 2pm.\n\nBest,\nAyşe"
    got = parse_message(_mail("Next steps", body)).to_json_dict()
    assert got["kind"] == "invitation"
