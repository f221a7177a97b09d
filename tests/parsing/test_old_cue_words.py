"""A word for "instead of" or "old" marks the slot given up only as a whole word: Finnish
"haastatteluun" holds German "statt", Dutch "houden" and Afrikaans "onderhoud" hold "oud",
German "Inhalte" holds "alte". Read inside longer words they threw away the real slot.

Every mail here is written for the test.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

HELSINKI = ZoneInfo("Europe/Helsinki")


def _mail(body: str, date: str = "Mon, 01 Feb 2027 09:15:00 +0200") -> bytes:
    message = EmailMessage()
    message["From"] = "Aino <aino@hiring-example.fi>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = date
    message["Subject"] = "Haastattelu"
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    "body",
    [
        "Tervetuloa haastatteluun torstaina 4.2. klo 10.00 toimistollemme.",
        "Welkom! We houden het gesprek op donderdag 4 februari om 10.00 uur.",
        "Die Inhalte besprechen wir am Donnerstag, 4.2., um 10 Uhr.",
    ],
)
def test_a_longer_word_marks_no_slot_as_old(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2027, 2, 4, 10, 0, tzinfo=HELSINKI)


def test_this_morning_in_afrikaans_is_past() -> None:
    body = "Dankie vir die onderhoud vanoggend om 10:00. Ons sal teen Vrydag na jou terugkom."
    parsed = parse_message(_mail(body, "Tue, 08 Dec 2026 16:00:00 +0200"))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5


def test_the_writers_conditional_proposal_is_not_booked() -> None:
    body = "ehdottaisin haastatteluksi keskiviikkoa 10.2. klo 12, käykö se teille?"
    parsed = parse_message(_mail(body))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5
