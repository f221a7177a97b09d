""" "The day after tomorrow" in the languages whose word for it contains no word for
"tomorrow" the parser knows: the slot is two days after the mail, not none and not one.

Every sentence here is written for the test.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

SENTENCES = [
    "Собеседование послезавтра в 14:00.",
    "Співбесіда післязавтра о 14:00.",
    "Az interjú holnapután 14 órakor lesz.",
    "Interviul este poimâine la ora 14:00.",
    "Η συνέντευξη είναι μεθαύριο στις 14:00.",
    "Entrevista demà passat a les 14:00.",
    "Vestlus on ülehomme kell 14.00.",
    "Intervija parīt plkst. 14.00.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_two_days_after_the_mail(sentence: str) -> None:
    message = EmailMessage()
    message["From"] = "hr@hiring-example.eu"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Thu, 03 Dec 2026 09:00:00 +0100"
    message["Subject"] = "Interview"
    message.set_content(sentence)
    parsed = parse_message(bytes(message))
    assert parsed.start == datetime(2026, 12, 5, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
