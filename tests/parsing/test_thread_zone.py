"""A reply that moves the slot rarely repeats the zone the thread already stated.

Forwarded by someone in another country, the forward's Date header is the only other clue,
and it is the forwarder's zone, not the meeting's: the thread's own zone must win.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _forwarded_thread(reply: str, quoted: str, forwarder_offset: str) -> bytes:
    body = (
        "Moved again, the whole thread is below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Leo Fraser <leo.fraser@saltire.example.co.uk>\n"
        "Date: Thu, Jan 28, 2027 at 2:00 PM\n"
        "Subject: Re: Interview\n"
        "To: Larissa Menezes <larissa@correio.example.com.br>\n\n"
        f"{reply}\n\n"
        "On Wed, Jan 20, 2027 at 10:12 AM Leo Fraser <leo.fraser@saltire.example.co.uk> wrote:\n"
        + "".join(f"> {line}\n" for line in quoted.splitlines())
    )
    return plain_mail(
        "Fwd: Re: Interview",
        body,
        sender="Larissa Menezes <larissa@correio.example.com.br>",
        to="in+inbox@afterview.example",
        date=f"Thu, 28 Jan 2027 16:41:00 {forwarder_offset}",
    )


def test_a_moved_slot_keeps_the_zone_the_quoted_invitation_stated() -> None:
    raw = _forwarded_thread(
        "Sorry, we need to move it: could we do Thursday 4 February at 11:00 instead?",
        "We'd like to invite you to an interview on Wednesday 3 February at 14:00 GMT.",
        "-0300",
    )
    parsed = parse_message(raw)
    assert parsed.start == datetime(2027, 2, 4, 11, 0, tzinfo=UTC)


def test_the_same_in_german_with_a_named_zone() -> None:
    raw = _forwarded_thread(
        "Leider müssen wir verschieben: ginge stattdessen Donnerstag, 4. Februar um 11 Uhr?",
        "Wir laden Sie zum Vorstellungsgespräch am Mittwoch, 3. Februar um 14:00 Uhr MEZ ein.",
        "+0530",
    )
    parsed = parse_message(raw)
    assert parsed.start == datetime(2027, 2, 4, 11, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_thread_naming_two_zones_settles_nothing() -> None:
    """Quoted mail with slots in two zones gives no single zone to carry over."""
    raw = _forwarded_thread(
        "Could we do Thursday 4 February at 11:00 instead?",
        "Either Wednesday 3 February at 14:00 GMT or Friday 5 February at 9:00 EST.",
        "-0300",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.start.utcoffset() == timedelta(hours=-3)
