"""Thanks for a past interview, in languages whose word for the interview the parser has
read since langs75 (Somali "wareysi", Irish "agallamh", Kurdish "hevpeyvîn", Kyrgyz
"маектешүү"). Once the word was known, a thank-you naming the day the result comes became
a sure invitation for that day: knowing the interview needs knowing its thank-you too."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 07 Dec 2026 09:12:00 +0300"


def _read(body: str, subject: str = "Re") -> tuple[str, float]:
    parsed = parse_message(
        plain_mail(
            subject, body, sender="HR <hr@firm.example>", to="alex@mailbox.example", date=SENT
        )
    )
    return parsed.kind, parsed.confidence


@pytest.mark.parametrize(
    "body",
    [
        "Salaan Alex,\n\nWaad ku mahadsan tahay wareysigii shalay. Natiijada waxaan kuu soo "
        "sheegi doonnaa Khamiista 10 Disembar saacadda 14:00.\n\nCabdi",
        "Dia duit Alex,\n\nGo raibh maith agat as an agallamh inné. Inseoimid an toradh duit "
        "Déardaoin 10 Nollaig ag 14:00.\n\nSiobhán",
        "Silav Alex,\n\nSpas ji bo hevpeyvîna duh. Em ê encamê roja Pêncşemê 10ê Kanûnê saet "
        "14:00 ji te re bibêjin.\n\nAzad",
        "Салам Alex,\n\nКечээки маектешүү үчүн рахмат. Жыйынтыгын 10-декабрь, бейшемби күнү "
        "саат 14:00дө билдиребиз.\n\nАйгүл",
    ],
)
def test_a_thank_you_naming_the_results_day_sets_no_interview(body: str) -> None:
    kind, confidence = _read(body)
    assert not (kind == "invitation" and confidence >= 0.5), (kind, confidence)


@pytest.mark.parametrize(
    "body",
    [
        "Salaan Alex,\n\nWaxaan kugu martiqaadaynaa wareysi shaqo Khamiista 10 Disembar "
        "saacadda 14:00 xafiiskayaga.\n\nCabdi",
        "Dia duit Alex,\n\nBa mhaith linn cuireadh a thabhairt duit chuig agallamh poist "
        "Déardaoin 10 Nollaig ag 14:00 inár n-oifig.\n\nSiobhán",
    ],
)
def test_the_same_languages_invitations_stay_sure(body: str) -> None:
    kind, confidence = _read(body, "Wareysi / Agallamh")
    assert kind == "invitation"
    assert confidence >= 0.5


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Сайн байна уу Alex,\n\nТаны ярилцлагыг 2026.12.17 11:00 цаг руу шилжүүллээ.\n\nБолор",
            "Ярилцлага",
        ),
        (
            "Salaan Alex,\n\nWareysigaaga waxaa loo dib u dhigay 17-Dis-2026, saacadda 11:00."
            "\n\nHodan",
            "Wareysi",
        ),
    ],
)
def test_a_move_in_the_same_languages_is_a_move(body: str, subject: str) -> None:
    """And their word for a move: a move read as a new invitation leaves the old slot."""
    parsed = parse_message(
        plain_mail(
            subject, body, sender="HR <hr@firm.example>", to="alex@mailbox.example", date=SENT
        )
    )
    assert parsed.kind == "reschedule"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (17, 11)
