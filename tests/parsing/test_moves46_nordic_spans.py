# ruff: noqa: E501 (each language's sentences read best whole)
"""Nordic moves by a span (moves46): Nynorsk "ein time fram" and "ein halvtime fram" are
earlier, as Bokmål and Danish "frem"; Danish "udskudt" and Norwegian "utsatt" put off;
Finnish "tunnilla myöhemmäksi" is an hour later; a Swedish "flyttas fram" alone says no
direction and moves nothing by itself."""

from __future__ import annotations

import timeit
from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 05 Oct 2026 09:00:00 +0200"


def _start(body: str) -> str:
    raw = plain_mail(
        "Intervju",
        body,
        sender="Kari Nilsen <kari@nordlys.example>",
        to="alex@mailbox.example",
        date=SENT,
    )
    parsed = parse_message(raw)
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


MOVED = {
    "nn_time_fram": ("Intervjuet ditt torsdag 8. oktober kl. 10.00 blir flytta ein time fram, sidan leiaren vår må reise tidleg.", "09:00"),
    "nn_halvtime_fram": ("Intervjuet ditt torsdag 8. oktober kl. 14.00 blir flytta ein halvtime fram.", "13:30"),
    "nb_halvtime_frem": ("Intervjuet ditt torsdag 8. oktober kl. 14.00 er flyttet en halvtime frem.", "13:30"),
    "nb_utsatt": ("Intervjuet torsdag 8. oktober kl. 14.00 er utsatt en halvtime.", "14:30"),
    "da_udskudt": ("Samtalen torsdag den 8. oktober kl. 10 er udskudt en halv time. Resten er uændret.", "10:30"),
    "sv_halvtimme_tidigare": ("Intervjun torsdag 8 oktober kl. 10.00 börjar en halvtimme tidigare.", "09:30"),
    "fi_tunnilla": ("Haastattelusi torstaina 8.10. klo 10.00 siirtyy tunnilla myöhemmäksi.", "11:00"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(MOVED))
def test_a_nordic_span_moves_the_slot_its_way(case: str) -> None:
    body, hour = MOVED[case]
    assert _start(f"Hei Alex,\n\n{body}\n\nHilsen\nKari") == f"2026-10-08T{hour}:00+02:00"


def test_a_swedish_fram_alone_moves_no_way() -> None:
    # "flyttas fram en timme" is read both ways in Sweden: the old hour stays, for review
    assert (
        _start(
            "Hej Alex,\n\nIntervjun torsdag 8 oktober kl. 10.00 flyttas fram en timme.\n\nHälsningar"
        )
        == "2026-10-08T10:00:00+02:00"
    )


def test_fram_far_from_a_norwegian_unit_is_no_direction() -> None:
    assert (
        _start(
            "Hei Alex,\n\nIntervjuet torsdag 8. oktober kl. 10.00 varer ein time. Kom fram til resepsjonen.\n\nHilsen"
        )
        == "2026-10-08T10:00:00+02:00"
    )


def test_the_nordic_span_patterns_stay_linear() -> None:
    """1 MB of the new words, with and without line breaks, through the one new pattern
    ("fram"; the span pattern only gained words in its lists)."""
    from service.parsing.when import _FRAM

    for text in ("flytta ein halvtime fram " * 40000, "flytta\nein\nhalvtime\nfram\n" * 40000):
        # the best of three runs, as the machine may be busy with other work
        assert min(timeit.repeat(lambda t=text: list(_FRAM.finditer(t)), number=1, repeat=3)) < 0.5
