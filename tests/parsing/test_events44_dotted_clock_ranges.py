# ruff: noqa: E501 (mail bodies read best one line a sentence)
"""A dotted clock range ("15.10 - 15.25 uur", "15.10 bis 15.25 Uhr", "kl. 15.10 – 15.25")
is two clocks, not the date 15 October and then a time: Dutch, German and the Nordic
languages write clocks with a dot, and the day stands elsewhere in the mail. Before, the
first clock was taken for a date (no slot read, or the slot moved to October); a range of two
dates ("15.10 - 22.10") and a dotted date before a clock ("am 15.10 um 14.30 Uhr") stay dates.

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Fri, 26 Feb 2027 09:12:00 +0100"
START = datetime.fromisoformat("2027-03-04T15:10:00+01:00")
END = datetime.fromisoformat("2027-03-04T15:25:00+01:00")

CASES = [
    (
        "Je sollicitatiegesprek met Van Dam Bouw",
        "Hoi Alex,\n\nJe sollicitatiegesprek met Van Dam Bouw is ingepland:\n\nDatum: donderdag 4 maart 2027\nTijd: {clock}\nPlek: Stand 22\n\nSucces!\nVan Dam Bouw",
        ("15.10 - 15.25 uur", "15.10 tot 15.25 uur", "15.10 – 15.25 uur"),
    ),
    (
        "Ihr Vorstellungsgespräch bei der Stadtwerke Kassel AG",
        "Hallo Alex Morgan,\n\nwir laden Sie zum Vorstellungsgespräch ein:\n\nDatum: Donnerstag, 4. März 2027\nUhrzeit: {clock}\nOrt: Königstor 3, Kassel\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ("15.10 - 15.25 Uhr", "15.10 bis 15.25 Uhr"),
    ),
    (
        "Kallelse till intervju hos Nordvatten AB",
        "Hej Alex!\n\nVälkommen på intervju hos Nordvatten AB torsdag 4 mars 2027 kl. {clock} på vårt kontor, Sveavägen 12.\n\nHälsningar\nNordvatten AB",
        ("15.10 - 15.25", "15.10 – 15.25"),
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "clock"),
    [(subject, body, clock) for subject, body, clocks in CASES for clock in clocks],
)
def test_dotted_clock_range_is_the_slot(subject: str, body: str, clock: str) -> None:
    raw = plain_mail(
        subject,
        body.format(clock=clock),
        sender="Recruiting <jobs@employer.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start == START
    assert parsed.end == END


def test_dotted_date_before_a_clock_stays_a_date() -> None:
    raw = plain_mail(
        "Einladung zum Vorstellungsgespräch",
        "Hallo Alex Morgan,\n\nwir laden Sie am 15.10 um 14.30 Uhr zum Vorstellungsgespräch in unser Büro ein.\n\nViele Grüße\nPersonalabteilung",
        sender="Recruiting <jobs@employer.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 04 Oct 2027 09:12:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.start == datetime.fromisoformat("2027-10-15T14:30:00+02:00")
