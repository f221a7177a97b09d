"""A reply that moves only the hour of the slot it quotes ("we've pushed your interview to
16:00, same link") keeps the quoted day; asked ("could we push it to 16:00?") it moves
nothing, and over a quoted offer of several days an hour picks none of them by itself."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

QUOTED = (
    "On Mon, Nov 30, 2026 at 10:02 AM Jonas Weber <jonas.weber@nordlicht.example> wrote:\n"
    "> Hi Kim,\n>\n> Your interview is confirmed for Thursday 3 December at 14:00 CET on "
    "Teams.\n>\n> Jonas\n"
)


def _reply(top: str) -> bytes:
    return plain_mail(
        "Re: Interview",
        f"{top}\n\n{QUOTED}",
        sender="Jonas Weber <jonas.weber@nordlicht.example>",
        to="Kim Lee <kim@mailbox.example>",
        date="Tue, 01 Dec 2026 09:30:00 +0100",
    )


@pytest.mark.parametrize(
    ("top", "hour"),
    [
        ("Hi Kim, quick update: we've pushed your interview to 16:00, same link. Jonas", 16),
        ("Hi Kim, we need to push it back an hour - see you at 15:00 instead. Jonas", 15),
        ("Hallo Kim, wir haben Ihr Gespräch auf 16 Uhr verschoben, gleicher Link. Jonas", 16),
        ("Bonjour Kim, l'entretien est décalé à 16h, même lien. Jonas", 16),
        ("Hola Kim, te aviso que movimos la entrevista a las 16:00, mismo enlace. Jonas", 16),
    ],
)
def test_a_moved_hour_keeps_the_quoted_day(top: str, hour: int) -> None:
    parsed = parse_message(_reply(top))
    assert isinstance(parsed.start, datetime), parsed
    assert (parsed.start.day, parsed.start.hour) == (3, hour), parsed
    assert parsed.kind == "reschedule", parsed


def test_an_asked_move_of_the_hour_moves_nothing() -> None:
    assert not claimed(_reply("Hi Kim, could we push your interview to 16:00? Jonas"))
