# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""A bare dotted day and month before its hour (text74).

"martedì 15.12 alle 10:30", "el martes 15.12 a las 10:30", "terça-feira 15.12 às 10h30" and
"marți 15.12 la ora 10:30": the word for "at" also joins a range's hours ("dalle 10 alle 11"),
so "15.12" was read as the clock 15:12 and the range 15:12-10:30 lost the hour. With no word
for "from" before it, a weekday before it or a "range" ending before it starts, the pair is the
day and month (when_clocks._day_month_before_clock). Czech "15.12 v 10.30": "v" before a dotted
hour was taken for a version's "v"; after a day's number, a weekday or "zítra" it is "at"
(when_clocks._czech_v_before).

Controls: real dotted ranges ("dalle 15.10 alle 16.30", "de 10.30 a 11.30") stay ranges; a
version "v 10.30" after a product name stays no hour. Exhaustive over a small table.
"""

from __future__ import annotations

from datetime import time

import pytest

from service.parsing.when_clocks import _clocks
from tests.parsing.mailkit import assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Dec 2026 09:15:00 +0100"

# (sender, subject, body with {t} for a dotted-day line's hour as the language writes it)
MAILS: dict[str, tuple[str, str, str]] = {
    "it": (
        "Colloquio",
        "Gentile Alex,\n\nla invitiamo a un colloquio di lavoro martedì 15.12 alle {h}:{m:02d} presso la nostra sede di Via Roma 4.\n\nCordiali saluti,\nGiulia Ferri",
    ),
    "es": (
        "Entrevista",
        "Hola Alex:\n\nte invitamos a una entrevista de trabajo el martes 15.12 a las {h}:{m:02d} en nuestra oficina.\n\nUn saludo,\nMarta Gil",
    ),
    "pt": (
        "Entrevista",
        "Olá Alex,\n\nconvidamos você para uma entrevista de emprego na terça-feira 15.12 às {h}h{m:02d}.\n\nAbraços,\nRita Lopes",
    ),
    "ro": (
        "Interviu",
        "Bună ziua,\n\nvă invităm la un interviu pentru postul de contabil marți 15.12 la ora {h}:{m:02d}.\n\nCu stimă,\nIoana Pop",
    ),
    "cs": (
        "Pohovor",
        "Dobrý den,\n\nzveme Vás na pracovní pohovor: úterý 15.12 v {h}.{m:02d}, Na Poříčí 12, Praha.\n\nS pozdravem\nJana Nováková",
    ),
}
TIMES = [(10, 30), (16, 0)]


@pytest.mark.parametrize("lang", sorted(MAILS))
@pytest.mark.parametrize(("hour", "minute"), TIMES)
def test_dotted_day_month_keeps_its_hour(lang: str, hour: int, minute: int) -> None:
    subject, body = MAILS[lang]
    raw = plain_mail(
        subject, body.format(h=hour, m=minute), sender="HR <hr@firma.example>", to=TO, date=DATE
    )
    assert_sure_at(raw, f"2026-12-15T{hour:02d}:{minute:02d}")


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("colloquio dalle 15.10 alle 16.30", time(15, 10), time(16, 30)),
        ("entrevista de 10.30 a 11.30", time(10, 30), time(11, 30)),
        ("das 9.15 às 10.45", time(9, 15), time(10, 45)),
    ],
)
def test_dotted_ranges_stay_ranges(line: str, start: time, end: time) -> None:
    clocks = _clocks(line)
    assert [(c.start, c.end) for c in clocks] == [(start, end)]


def test_version_v_stays_no_hour() -> None:
    assert _clocks("Release notes v 10.30") == []
