# ruff: noqa: E501 (one sentence a line reads best)
"""A clock given in another city's time (texthard62): Dutch and German join the city to the
clock word with a hyphen ("15.00 uur Dubai-tijd", "um 15 Uhr Dubai-Zeit"), Polish names the
city by its adjective ("o 10:00 czasu londyńskiego", "czasu nowojorskiego") and Italian by
its own exonym ("alle 9:30 ora di San Paolo", "ora di Città del Messico"). Each was read at
the sender's offset. Controls: "full-time" and "part-time" after a clock name no zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Mar 2027 09:10:00 +0100"


def _start(body: str) -> datetime:
    raw = plain_mail("Interview", body, sender="Kim Lee <kim.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert isinstance(parsed.start, datetime)
    return parsed.start


# (sentence, the zone's offset in early March 2027 in hours)
CITY_CLOCKS = {
    "nl_dubai": ("We nodigen je uit voor een gesprek op vrijdag 12 maart om {h}.{m} uur Dubai-tijd, via Teams.", 4),
    "nl_new_york": ("Je sollicitatiegesprek is op vrijdag 12 maart om {h}.{m} uur New York-tijd.", -5),
    "de_dubai": ("Wir laden Sie am Freitag, 12. März, um {h}:{m} Uhr Dubai-Zeit zum Vorstellungsgespräch ein.", 4),
    "pl_london": ("Zapraszamy na rozmowę kwalifikacyjną w piątek 12 marca o {h}:{m} czasu londyńskiego.", 0),
    "pl_new_york": ("Zapraszamy na rozmowę kwalifikacyjną w piątek 12 marca o {h}:{m} czasu nowojorskiego.", -5),
    "it_sao_paulo": ("Ti invitiamo al colloquio venerdì 12 marzo alle {h}:{m} ora di San Paolo.", -3),
    "it_mexico_city": ("Ti invitiamo al colloquio venerdì 12 marzo alle {h}:{m} ora di Città del Messico.", -6),
}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(key=st.sampled_from(sorted(CITY_CLOCKS)), hour=st.integers(min_value=8, max_value=18),
       minute=st.sampled_from([0, 15, 30, 45]))  # fmt: skip
def test_a_city_clock_is_that_citys_instant(key: str, hour: int, minute: int) -> None:
    sentence, offset = CITY_CLOCKS[key]
    body = f"Hello Alex,\n\n{sentence.format(h=hour, m=f'{minute:02d}')}\n\nBest regards\nKim Lee"
    want = datetime(2027, 3, 12, hour, minute, tzinfo=timezone(timedelta(hours=offset)))
    assert _start(body) == want


def test_a_hyphenated_word_that_is_no_city_names_no_zone() -> None:
    body = (
        "Hello Alex,\n\nWe invite you to an interview for the full-time role on Friday "
        "12 March at 10:00 full-time team room.\n\nBest regards\nKim Lee"
    )
    assert _start(body) == datetime(2027, 3, 12, 10, 0, tzinfo=timezone(timedelta(hours=1)))
