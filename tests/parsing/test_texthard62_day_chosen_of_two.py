# ruff: noqa: E501 (one sentence a line reads best)
"""Two slots on two weekdays offered, then the writer's own words choose one by its weekday
(texthard62 pickone62): "Gerne bestätigen wir Ihnen den Donnerstag", "nous retenons le jeudi",
"nos quedamos con el martes", "wybieramy środę", "a sexta é melhor pra gente", "so Thursday it
is". The first slot was taken. Controls: the open offer, a question and a refusal keep the
first slot (and the offer's low confidence)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Mar 2027 09:10:00 +0100"
TZ = timezone(timedelta(hours=1))

# weekday names by language for Tue 9 (index 0) and Thu 11 (index 1) March 2027
OFFER = {
    "de": ("Wir hatten Ihnen Dienstag, 9. März, {a}:00 Uhr oder Donnerstag, 11. März, {b}:00 Uhr angeboten.", ("Gerne bestätigen wir Ihnen den Dienstag.", "Gerne bestätigen wir Ihnen den Donnerstag.")),
    "fr": ("Vous nous aviez proposé mardi 9 mars à {a}h ou jeudi 11 mars à {b}h.", ("Nous retenons le mardi.", "Nous retenons le jeudi.")),
    "es": ("Nos propusiste el martes 9 de marzo a las {a}:00 o el jueves 11 de marzo a las {b}:00.", ("Nos quedamos con el martes.", "Nos quedamos con el jueves.")),
    "en": ("We had offered Tuesday 9 March at {a}:00 or Thursday 11 March at {b}:00.", ("So Tuesday it is!", "So Thursday it is!")),
    "pt": ("Das duas opções (terça 9/3 às {a}h ou quinta 11/3 às {b}h), fica melhor pra gente:", ("a terça.", "a quinta.")),
}  # fmt: skip


def _parse(body: str) -> tuple[datetime, float]:
    raw = plain_mail("Interview", body, sender="Kim Lee <kim.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert isinstance(parsed.start, datetime)
    return parsed.start, parsed.confidence


@settings(max_examples=30, deadline=None)
@given(lang=st.sampled_from(sorted(OFFER)), pick=st.sampled_from([0, 1]),
       a=st.integers(min_value=9, max_value=12), b=st.integers(min_value=13, max_value=17))  # fmt: skip
def test_the_day_chosen_of_two_is_the_start(lang: str, pick: int, a: int, b: int) -> None:
    offer, chosen = OFFER[lang]
    body = f"Hello Alex,\n\n{offer.format(a=a, b=b)} {chosen[pick]}\n\nBest regards\nKim Lee"
    want = datetime(2027, 3, 9, a, tzinfo=TZ) if pick == 0 else datetime(2027, 3, 11, b, tzinfo=TZ)
    assert _parse(body)[0] == want


def test_an_open_offer_a_question_or_a_refusal_chooses_nothing() -> None:
    first = datetime(2027, 3, 9, 10, tzinfo=TZ)
    for tail in (
        "Let me know which you prefer.",
        "Would Thursday work best for you?",
        "Unfortunately neither works for us, and we will not take Thursday either.",
        "Leider passt uns keiner der beiden Termine, auch nicht der Donnerstag.",
    ):
        body = f"Hello Alex,\n\nWe had offered Tuesday 9 March at 10:00 or Thursday 11 March at 14:00. {tail}\n\nBest regards\nKim Lee"
        start, confidence = _parse(body)
        assert start == first or confidence < 0.5
