# ruff: noqa: E501 (each language's sentences read best whole)
"""A deadline clock on the interview's own day (dues48): "please confirm by 9:00 that day",
"bis 10 Uhr an diesem Tag", "vóór 12:00 uur die dag", "do godz. 9:00 tego samego dnia",
"nejpozději do 8:00 téhož dne", "até as 9h desse dia" is when to answer, not a second slot on the
day; the interview's own clock is the start. Controls: the same words after a start clock
build the interview's range ("von 14 bis 15 Uhr", "od 10:00 do 11:00", "das 9h até às
10h", "van 9 tot 10 uur"), and a mail with only the deadline sets no interview."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Thursday 11 June is next week


def _read(body: str) -> tuple[str, str, str, float]:
    raw = plain_mail("Gesprek / Rozmowa / Gespräch", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end, parsed.confidence


# (the day, the deadline with {due} on "that same day", the interview with {start})
DUE_THEN_START = {
    "de": ("Wir laden Sie am Donnerstag, 11. Juni ein.", "Geben Sie uns bitte bis {due}:00 Uhr an diesem Tag Bescheid.", "Das Gespräch beginnt um {start}:00 Uhr."),
    "de-dem": ("Wir laden Sie am Donnerstag, 11. Juni ein.", "Ihre Zusage brauchen wir bis {due} Uhr an dem Tag.", "Wir starten um {start}:30 Uhr."),
    "nl": ("Je bent welkom op donderdag 11 juni.", "Laat je vóór {due}:00 uur die dag weten of het lukt?", "We beginnen om {start}:00 uur."),
    "pl": ("Zapraszamy w czwartek 11 czerwca.", "Prosimy o odpowiedź do godz. {due}:00 tego samego dnia.", "Spotkanie zaczyna się o {start}:00."),
    "pl-godziny": ("Zapraszamy w czwartek 11 czerwca.", "Czekamy na potwierdzenie do godziny {due}:00 w dniu spotkania, tego samego dnia.", "Rozmowa o {start}:00."),
    "cs": ("Zveme vás ve čtvrtek 11. června.", "Účast potvrďte nejpozději do {due}:00 téhož dne.", "Pohovor začíná v {start}:00."),
    "pt": ("Sua entrevista será na quinta-feira, 11 de junho.", "Responda até as {due}h desse dia, por favor.", "A conversa começa às {start}h."),
    "it": ("Il colloquio è giovedì 11 giugno.", "Ci confermi entro le {due}:00 di quel giorno.", "Iniziamo alle {start}:00."),
    "es": ("La entrevista es el jueves 11 de junio.", "Confírmanos antes de las {due}:00 de ese día.", "Empezamos a las {start}:00."),
}  # fmt: skip

# the same words after a start clock: the interview's range
RANGE = {
    "de": "Ihr Gespräch ist am Donnerstag, 11. Juni, von {start}:00 bis {end}:00 Uhr.",
    "nl": "Je gesprek is op donderdag 11 juni van {start}:00 tot {end}:00 uur.",
    "pl": "Rozmowa odbędzie się w czwartek 11 czerwca, od {start}:00 do godz. {end}:00.",
    "cs": "Pohovor bude ve čtvrtek 11. června od {start}:00 do {end}:00.",
    "pt": "Sua entrevista será na quinta-feira, 11 de junho, das {start}h até às {end}h.",
}  # fmt: skip

# only the deadline: no interview time is set
ONLY_DUE = {
    "pl": "Prosimy o przesłanie dokumentów do godz. {due}:00 w czwartek 11 czerwca. Termin rozmowy ustalimy później.",
    "cs": "Pošlete nám prosím dokumenty nejpozději do {due}:00 ve čtvrtek 11. června. Termín pohovoru domluvíme potom.",
    "nl": "Stuur je documenten vóór {due}:00 uur op donderdag 11 juni. Daarna plannen we een gesprek.",
}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(sorted(DUE_THEN_START)),
    due=st.integers(8, 11),
    start=st.integers(13, 17),
    split=st.booleans(),
)
def test_a_deadline_clock_that_day_is_not_the_start(
    lang: str, due: int, start: int, split: bool
) -> None:
    day, due_text, start_text = DUE_THEN_START[lang]
    join = "\n\n" if split else " "
    body = "Hallo,\n\n" + join.join((day, due_text.format(due=due), start_text.format(start=start)))
    kind, got, _, _ = _read(body)
    minute = 30 if lang == "de-dem" else 0
    assert kind == "invitation"
    assert got == f"2026-06-11T{start:02d}:{minute:02d}:00+02:00"


@settings(max_examples=20, deadline=None)
@given(lang=st.sampled_from(sorted(RANGE)), start=st.integers(9, 15), length=st.integers(1, 2))
def test_the_same_words_after_a_start_clock_are_a_range(lang: str, start: int, length: int) -> None:
    body = "Hallo,\n\n" + RANGE[lang].format(start=start, end=start + length)
    kind, got, end, _ = _read(body)
    assert (kind, got, end) == (
        "invitation",
        f"2026-06-11T{start:02d}:00:00+02:00",
        f"2026-06-11T{start + length:02d}:00:00+02:00",
    )


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(ONLY_DUE)), due=st.integers(9, 17))
def test_a_deadline_alone_is_not_claimed(lang: str, due: int) -> None:
    kind, got, _, confidence = _read("Hallo,\n\n" + ONLY_DUE[lang].format(due=due))
    assert kind not in ("invitation", "reschedule") or confidence < 0.5, (kind, got)


def test_the_deadline_words_stay_linear_on_hostile_text() -> None:
    """ "That day" is scanned over whole lines, the deadline words on a short tail before
    each time, as the parser reads them: a quarter megabyte of the new words and their
    near-misses, and 5 000 such tails, cost in proportion to their size (a whole parse of
    "do godz. 9 " * 95000 costs what it cost before the change, about 2 s with eight helpers
    on two cores)."""
    from service.parsing.when_dates import _SAME_DAY, _is_due

    unit = "an diesem Tag téhož dne die dag desse di "
    assert_linear(lambda text: list(_SAME_DAY.finditer(text)), repeated(unit), len(unit) * 6000)
    words = "prosimy o odpowiedź do godz. 9 vóór 12 uur até as 9h antes de las "

    def tails(count: int) -> list[str]:
        body = words * (count // len(words) + 2)
        return [body[at : at + 90] for at in range(count)]

    def read(given: list[str]) -> None:
        for tail in given:
            _is_due(tail)

    assert_linear(read, tails, 5000)
