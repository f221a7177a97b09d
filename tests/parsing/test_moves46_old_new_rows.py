# ruff: noqa: E501 (each language's sentences read best whole)
"""A change typed as two labelled rows (moves46): Polish "Było: … / Jest: …", Portuguese and
Spanish "Antes: … / Agora|Ahora: …": the second row is the new slot, a sure move. "jest"
and "antes" without the label's colon mark nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Fri, 25 Sep 2026 10:15:00 +0200"


def _read(body: str) -> tuple[str, str, float]:
    raw = plain_mail(
        "Zmiana terminu / Mudança",
        body,
        sender="Tomasz Lis <tomasz@tatra.example>",
        to="alex@mailbox.example",
        date=SENT,
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


ROWS = {
    "pl": ("Dzień dobry,\n\nzmieniamy termin rozmowy:\n\nByło: wtorek, 29 września, 10:00\nJest: czwartek, 1 października, 13:00\n\nPozdrawiam", "2026-10-01T13:00:00+02:00"),
    "pt-BR": ("Oi Alex,\n\nsua entrevista mudou:\n\nAntes: terça, 29/09, 10h\nAgora: quinta, 01/10, 14h\n\nAbraço", "2026-10-01T14:00:00+02:00"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_the_second_row_is_the_new_slot(lang: str) -> None:
    body, start = ROWS[lang]
    kind, got, confidence = _read(body)
    assert (kind, got) == ("reschedule", start)
    assert confidence >= 0.5


def test_jest_in_a_sentence_marks_no_new_slot() -> None:
    body = "Dzień dobry,\n\nrozmowa jest w czwartek, 1 października, o 13:00 w naszym biurze.\n\nPozdrawiam"
    kind, start, _ = _read(body)
    assert (kind, start) == ("invitation", "2026-10-01T13:00:00+02:00")
