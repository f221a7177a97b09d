"""A reply that moves the interview names only what changes; the rest is the quoted slot's.

"Let's do Thursday instead, same time" over a quoted Tuesday 15 December at 14:00 is Thursday
17 December at 14:00: the Thursday of that week, not the first Thursday after the reply.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _reply(
    new_words: str,
    quoted_invitation: str,
    offset_hours: int,
    sent: str = "Wed, 02 Dec 2026 09:05:00",
) -> bytes:
    sign = "+" if offset_hours >= 0 else "-"
    body = (
        f"Hi Sam,\n\n{new_words}\n\nKim\n\n"
        "On Mon, 30 Nov 2026 at 11:20, Kim Berg <kim.berg@fjordline.example> wrote:\n"
        + "".join(f"> {line}\n" for line in quoted_invitation.splitlines())
    )
    return plain_mail(
        "Re: Interview",
        body,
        sender="Kim Berg <kim.berg@fjordline.example>",
        to="sam@inbox.example",
        date=f"{sent} {sign}{abs(offset_hours):02d}00",
    )


CASES = {
    "en, same time": (
        "Something came up here, so we are moving your interview to Thursday, same time.",
        "Your interview is booked for Tuesday 15 December 2026 at 14:00.",
        0,
        datetime(2026, 12, 17, 14, 0),
    ),
    "en, same day an hour later": (
        "Small change: the interview is now on the same day but one hour later.",
        "Your interview is booked for Tuesday 15 December 2026 at 14:00.",
        0,
        datetime(2026, 12, 15, 15, 0),
    ),
    "hu, sublative weekday": (
        "Az interjút péntekre tesszük át, ugyanabban az időpontban.",
        "Az interjú időpontja: 2026. december 15. (kedd) 9:30.",
        1,
        datetime(2026, 12, 18, 9, 30),
    ),
    "lt, accusative weekday": (
        "Pokalbį perkeliame į trečiadienį, tuo pačiu laiku.",
        "Patvirtiname pokalbį 2026 m. gruodžio 15 d. (antradienį) 11:00.",
        2,
        datetime(2026, 12, 16, 11, 0),
    ),
    "et, allative weekday": (
        "Vestlus lükkub reedele, samale kellaajale.",
        "Ootame teid vestlusele teisipäeval, 15. detsembril 2026 kell 10.00.",
        2,
        datetime(2026, 12, 18, 10, 0),
    ),
    "pt, an apology is no request": (
        "Pedimos desculpa, mas a entrevista passa para quinta-feira, à mesma hora.",
        "Confirmamos a entrevista na terça-feira, 15 de dezembro de 2026, às 16h00.",
        0,
        datetime(2026, 12, 17, 16, 0),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_moved_slot_keeps_what_the_reply_does_not_change(case: str) -> None:
    new_words, quoted, offset, wall = CASES[case]
    parsed = parse_message(_reply(new_words, quoted, offset))
    assert parsed.kind in {"reschedule", "invitation"}
    assert parsed.start == wall.replace(tzinfo=timezone(timedelta(hours=offset)))


def test_next_weekday_named_as_next_stays_a_week_on() -> None:
    """ "Same time next Friday", written on the day of a quoted Friday slot, is a week on."""
    raw = _reply(
        "Thanks for today. We would like you back for the last round: same time next Friday.",
        "See you on Friday 4 December 2026 at 13:00.",
        0,
        sent="Fri, 04 Dec 2026 16:00:00",
    )
    parsed = parse_message(raw)
    assert parsed.start == datetime(2026, 12, 11, 13, 0, tzinfo=UTC)
