# ruff: noqa: E501 (mail sentences read best one a line)
"""Starts and ends the span66 mails showed the parser missing (see
tests/parsing/corpus/PROVENANCE-span66.md), read as one rule each, in several languages:

- an end given loosely, a hedge word ("about", "gegen", "ongeveer", "około", "sekitar", "în
  jurul orei", ROUGHLY_WORDS) between its joiner, label or verb and its clock: "van 10 tot
  ongeveer 11 uur", "Ende: gegen 16:30 Uhr", "selesai sekitar pukul 10.30";
- a verb of finishing names the meeting's end as a row does, up to 8 hours after the start
  (a shift, a trial day: "Shift starts 07:00, finishes 15:00"); "until" alone keeps 4;
- hours and minutes spelled as units keep their Hungarian case ending, so "14 órától 15 óra
  30 percig" is a range;
- a start its "from" word leads keeps the end a range's joiner leads across an aside in
  brackets (the time in another zone): "from 10:00 CET (09:00 GMT) to 11:00 CET", "de 10:00
  (hora de Madrid; 9:00 en Londres) a 11:00".

The invariant: a date, a start, a length and a language drawn at random, written in one of
the frames, reads as that start and end, or is left unsure (confidence under 0.5)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from babel.dates import format_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 01 Dec 2026 09:05:00 +0100"


def _read(body: str) -> tuple[float, str | None, str | None]:
    parsed = parse_message(
        plain_mail(
            "Interview",
            "Hello,\n\n" + body + "\n\nRita Moll\nWerkhaus",
            sender="Rita Moll <rita.moll@werkhaus.example>",
            to="sam@mailbox.example",
            date=SENT,
        )
    )

    def wall(value: datetime | None) -> str | None:
        return None if value is None else f"{value:%Y-%m-%d %H:%M}"

    return parsed.confidence, wall(parsed.start), wall(parsed.end)


def _hm(value: time, sep: str = ":") -> str:
    return f"{value.hour}{sep}{value.minute:02d}"


# (language, frame, longest length): {full} is the CLDR full date, {s}/{e} the start and end
# clocks ("14:30"), {sd}/{ed} with a dot ("14.30"), {eh}/{em} the end's hour and minute
FRAMES = [
    ("en", "Your interview is on {full}. It starts at {s} and should finish around {e}.", 4),
    ("en", "Your trial shift is on {full}. Shift starts {s}, finishes {e}.", 8),
    ("de", "Wir laden Sie am {full} von {s} bis gegen {e} Uhr ein.", 4),
    ("de", "Für Ihren Probetag gilt:\nBeginn: {full}, {s} Uhr\nEnde: gegen {e} Uhr", 8),
    ("nl", "We nodigen je uit op {full} van {s} tot ongeveer {e} uur.", 4),
    ("pl", "Rozmowa odbędzie się {full} od {s} do około {e}.", 4),
    ("hu", "Az interjú {full} {s} órától {eh} óra {em} percig tart.", 4),
    (
        "id",
        "Wawancara akan dilaksanakan {full}. Dimulai pukul {sd} dan selesai sekitar pukul {ed}.",
        4,
    ),
    ("ro", "Interviul are loc {full}. Începe la {s} și se încheie în jurul orei {e}.", 4),
    ("en", "The interview is on {full} from {s} CET ({sd} in Paris) to {e} CET.", 4),
    ("es", "La entrevista es el {full} de {s} (hora de Madrid) a {e}.", 4),
    ("it", "Il colloquio è {full}, inizia alle {s} e dovrebbe concludersi intorno alle {e}.", 4),
    ("el", "Η συνέντευξη είναι την {full}, από τις {s} έως περίπου τις {e}.", 4),
    ("vi", "Buổi phỏng vấn vào {full}, bắt đầu lúc {s} và kết thúc khoảng {e}.", 4),
    ("ko", "면접은 {full} {s}에 시작하여 {e}쯤 끝납니다.", 4),
    ("he", "הראיון ב{full}, יתחיל ב-{s} ויסתיים בסביבות {e}.", 4),
    ("hu", "Interjú: {full}, {s}-tól kb. {e}-ig.", 4),
]


@given(
    day=st.dates(min_value=date(2026, 12, 7), max_value=date(2027, 11, 30)),
    hour=st.integers(min_value=7, max_value=15),
    minute=st.sampled_from([0, 15, 30, 45]),
    length=st.sampled_from([30, 45, 60, 90, 120, 240, 480]),
    frame=st.sampled_from(FRAMES),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_loose_and_verb_ends_read_or_unsure(
    day: date, hour: int, minute: int, length: int, frame: tuple[str, str, int]
) -> None:
    lang, text, longest = frame
    start = datetime.combine(day, time(hour, minute))
    if length > longest * 60:
        length = 60
    end = start + timedelta(minutes=length)
    if end.minute == 0 and "{em}" in text:
        end += timedelta(minutes=15)  # "15 óra 0 perc" is not how anyone writes it
    body = text.format(
        full=format_date(day, "full", locale=lang),
        s=_hm(start.time()),
        e=_hm(end.time()),
        sd=_hm(start.time(), "."),
        ed=_hm(end.time(), "."),
        eh=end.hour,
        em=end.minute,
    )
    confidence, got_start, got_end = _read(body)
    want = (f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}")
    assert (got_start, got_end) == want or confidence < 0.5, (body, got_start, got_end, confidence)


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "We nodigen je uit op dinsdag 15 december 2026 van 10 tot ongeveer 11 uur.",
            "10:00",
            "11:00",
        ),
        (
            "Rozmowa odbędzie się we wtorek 15 grudnia 2026 od 10:00 do około 11:30.",
            "10:00",
            "11:30",
        ),
        (
            "Beginn: Donnerstag, 17. Dezember 2026, 8:30 Uhr\nEnde: gegen 16:30 Uhr",
            "08:30",
            "16:30",
        ),
        (
            "Wawancara akan dilaksanakan Rabu, 16 Desember 2026. Dimulai pukul 09.00 dan selesai sekitar pukul 10.30.",
            "09:00",
            "10:30",
        ),
        (
            "Interviul are loc marți, 15 decembrie 2026. Începe la 9:30 și se încheie în jurul orei 10:30.",
            "09:30",
            "10:30",
        ),
        (
            "Your trial shift is on Friday, 18 December 2026. Shift starts 07:00, finishes 15:00.",
            "07:00",
            "15:00",
        ),
        (
            "A második forduló 2026. december 16., szerda 14 órától 15 óra 30 percig tart.",
            "14:00",
            "15:30",
        ),
        (
            "A második forduló 2026. december 16., szerda 14 óra 30 perctől 16 óráig tart.",
            "14:30",
            "16:00",
        ),
        (
            "The interview is on Tuesday 15 December 2026 from 10:00 CET (09:00 GMT) to 11:00 CET.",
            "10:00",
            "11:00",
        ),
        (
            "La entrevista es el martes 15 de diciembre de 2026 de 10:00 (hora de Madrid; 9:00 en Londres) a 11:00.",
            "10:00",
            "11:00",
        ),
    ],
)
def test_span66_ends(body: str, start: str, end: str) -> None:
    _, got_start, got_end = _read(body)
    assert got_start is not None
    assert got_start.endswith(start)
    assert got_end is not None
    assert got_end.endswith(end)


@pytest.mark.parametrize(
    "body",
    [
        # "until" alone, far after the start, is the office's hours, not the meeting's end
        "Your interview is on Friday, 18 December 2026 at 10:00. Reception is open until 17:00.",
        "Ihr Gespräch ist am Freitag, 18. Dezember 2026 um 10:00 Uhr, das Büro ist bis etwa 18 Uhr besetzt.",
    ],
)
def test_until_far_away_is_no_end(body: str) -> None:
    _, got_start, got_end = _read(body)
    assert got_start is not None
    assert got_end is None
