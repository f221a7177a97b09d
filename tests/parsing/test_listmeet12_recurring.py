"""A recurring meeting announced with its next date: "every other Wednesday at 17:00 UTC ...
the next one is on 9 December". The weekday alone gives the coming Wednesday, which may be the
week off; the date the post names on that weekday is the one meant. Every post here is written
for the test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from service.parsing import parse_message

CET = timezone(timedelta(hours=1))


def _post(subject: str, body: str, date: str = "Mon, 30 Nov 2026 10:00:00 +0000") -> bytes:
    return (
        "From: Sam Chair <sam@project.example>\r\nTo: wg@lists.project.example\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        "The WG call happens every other Wednesday at 17:00 UTC. The next one is on "
        "Wednesday 9 December.",
        "We meet every other Wednesday at 17:00 UTC; next meeting Dec 9.",
        "Nous nous réunissons tous les mercredis à 17h UTC ; prochaine réunion le 9 décembre.",
        "Nos reunimos cada miércoles a las 17:00 UTC; la próxima reunión es el 9 de diciembre.",
    ],
)
def test_the_named_next_date_wins_over_the_coming_weekday(body: str) -> None:
    result = parse_message(_post("WG call", body))
    assert result.start == datetime(2026, 12, 9, 17, 0, tzinfo=UTC)


def test_german_every_second_wednesday_with_the_next_date() -> None:
    body = "Wir treffen uns jeden zweiten Mittwoch um 19 Uhr, das nächste Mal am 9.12."
    result = parse_message(_post("Treffen", body, "Mon, 30 Nov 2026 10:00:00 +0100"))
    assert result.start == datetime(2026, 12, 9, 19, 0, tzinfo=CET)


def test_the_named_date_in_the_subject_counts() -> None:
    body = "As a reminder, the community call happens every other Wednesday at 17:00 UTC."
    result = parse_message(_post("Community call: next one Wednesday 9 December", body))
    assert result.start == datetime(2026, 12, 9, 17, 0, tzinfo=UTC)


def test_a_date_on_another_weekday_does_not_move_the_meeting() -> None:
    body = "The WG meets every Wednesday at 17:00 UTC. Proposals are due on Friday 11 December."
    result = parse_message(_post("WG call", body))
    assert result.start == datetime(2026, 12, 2, 17, 0, tzinfo=UTC)


def test_a_weekday_that_does_not_recur_is_not_moved() -> None:
    body = "Let's meet on Wednesday at 17:00 UTC. The release is on Wednesday 16 December."
    result = parse_message(_post("Sync", body))
    assert result.start == datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
