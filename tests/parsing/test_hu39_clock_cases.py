"""Hungarian marks a clock hour by case: "10 órakor" and "10-kor" (at ten), "10 órára" (for
ten: "10 órára várjuk", we expect you at ten), "10 órától 11 óráig" (from ten until eleven).
Only "órakor" was read, so an invitation "for ten" went to review as one without a time, and
"10-kor" was Albanian's 10 July ("kor")."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _read(body: str) -> tuple[str, str, str]:
    parsed = parse_message(
        plain_mail(
            "Meghívó állásinterjúra",
            f"Kedves Sam!\n\n{body}\n\nÜdvözlettel:\nHR csapat",
            sender="HR <hr@ceg.example>",
            to="Sam Reyes <sam@mailbox.example>",
            date="Mon, 07 Dec 2026 09:12:00 +0100",
        )
    )
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Örömmel meghívjuk Önt állásinterjúra 2026. december 16-án, szerdán 10 órára "
            "budapesti irodánkba.",
            "2026-12-16T10:00:00+01:00",
            "",
        ),
        (
            "Az interjú időpontja: december 17., csütörtök, 14 órától 15 óráig, Teams-en.",
            "2026-12-17T14:00:00+01:00",
            "2026-12-17T15:00:00+01:00",
        ),
        (
            "Az interjú: december 17., 14:00-tól 15:30-ig, az irodánkban.",
            "2026-12-17T14:00:00+01:00",
            "2026-12-17T15:30:00+01:00",
        ),
        (
            # "-kor" glued to the hour (not Albanian "kor", July: "10 July" was read)
            "Szeretettel várjuk december 17-én, csütörtökön 10-kor az irodánkban.",
            "2026-12-17T10:00:00+01:00",
            "",
        ),
        (
            "Szeretettel várjuk személyes beszélgetésre december 15-én 9 órakor az irodánkban.",
            "2026-12-15T09:00:00+01:00",
            "",
        ),
    ],
)
def test_a_hungarian_clock_in_any_case_is_the_start(body: str, start: str, end: str) -> None:
    kind, read_start, read_end = _read(body)
    assert (kind, read_start) == ("invitation", start)
    if end:
        assert read_end == end
