"""A cancellation whose verb comes after the slot, dotted times and dates between.

Every mail here is written for the test. Dutch and German put the verb last ("moeten we het
gesprek van donderdag 10 december om 14.00 uur annuleren", "müssen wir das Gespräch am
10.12. um 14.00 Uhr leider absagen"): the dots of the slot do not end the sentence, and the
mail calls that slot off. French "d'ici vendredi 17h" is a date to answer by, not a meeting.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Noor Visser <noor.visser@duinwerk-example.nl>"
    message["To"] = "reader@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Beste Sam, helaas moeten we het gesprek van donderdag 10 december om 14.00 uur "
            "annuleren. De vacature is intern ingevuld.",
            datetime(2026, 12, 10, 14, 0, tzinfo=AMSTERDAM),
        ),
        (
            "Hallo Sam, leider müssen wir das Gespräch am 10.12. um 14.00 Uhr absagen, da die "
            "Stelle intern besetzt wurde.",
            datetime(2026, 12, 10, 14, 0, tzinfo=BERLIN),
        ),
    ],
)
def test_the_slot_is_called_off(body: str, start: datetime) -> None:
    parsed = parse_message(_mail(body, "Gesprek / Gespräch"))
    assert parsed.kind == "cancellation"
    assert parsed.start == start


def test_a_date_to_answer_by_is_no_meeting() -> None:
    parsed = parse_message(
        _mail(
            "Bonjour Sam, merci pour votre candidature. Les entretiens auront lieu entre le 14 "
            "et le 18 décembre ; nous reviendrons vers vous d'ici vendredi 11 décembre 17h si "
            "votre profil est retenu.",
            "Votre candidature",
        )
    )
    assert parsed.kind not in {"invitation", "reschedule"} or parsed.confidence < 0.5
