"""A lower-case two-letter weekday before a numeric date ("di 15-12", CLDR's Dutch weekday
and day-month) makes the date, where the mail is German or Dutch, or where the date can be
read one way only and falls on that day. Elsewhere the two letters are words: Filipino "sa
4/7/2026" is "on 4/7/2026", Polish "do 15.12" is "until 15.12"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.parsing.mailkit import plain_mail, read_json

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_a_short_dutch_confirmation_reads_its_two_letter_day() -> None:
    # too short for the language to be told: "di" is also an Indonesian word
    got = read_json(
        plain_mail(
            "Afspraak",
            "Hoi Alex,\n\nPrima, dan zie ik je di 15-12 om 16:00 uur.\n\nFemke\n",
            sender="Femke de Wit <femke@polderpunt.example.nl>",
            to="Alex Morgan <alex.morgan@mailbox.example>",
            date="Thu, 03 Dec 2026 09:12:00 +0100",
        )
    )
    assert got["start"] == datetime(2026, 12, 15, 16, 0, tzinfo=AMSTERDAM).isoformat()


def test_filipino_sa_is_on_not_saturday() -> None:
    # 4/7/2026 is 7 April in US order, a Tuesday; read day-first it would be Saturday 4 July
    got = read_json(
        plain_mail(
            "Imbitasyon sa interview",
            "Magandang araw po,\n\nIniimbitahan po namin kayo sa isang interview sa 4/7/2026, "
            "ng 9:15 AM.\n\nSalamat po,\nMaria Santos\n",
            sender="Maria Santos <maria@bagwis.example.com.ph>",
            to="Alex Morgan <alex.morgan@mailbox.example>",
            date="Wed, 01 Apr 2026 09:28:41 +0800",
        )
    )
    assert got["start"] == datetime(2026, 4, 7, 9, 15, tzinfo=ZoneInfo("Asia/Manila")).isoformat()
