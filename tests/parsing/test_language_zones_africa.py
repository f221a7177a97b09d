"""A mail whose Date header says only UTC takes the zone of a language spoken in one zone.
Afrikaans was counted as Dutch and Hausa as Czech, so their interviews landed an hour off in
Amsterdam's or Prague's winter; Swahili had no zone at all. Dutch and Czech mail keep theirs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

# a week before the interview, in winter (Amsterdam and Prague at +01:00) and in summer
# (at +02:00): each wrong zone is an hour off in one of them
SEASONS = {12: "Mon, 07 Dec 2026 08:00:00 +0000", 6: "Mon, 08 Jun 2026 08:00:00 +0000"}
MONTHS = {
    12: ("Desember", "Disamba", "Desemba", "december", "prosince"),
    6: ("Junie", "Yuni", "Juni", "juni", "června"),
}


@pytest.mark.parametrize(
    ("body", "zone"),
    [
        (
            "Goeie dag Alex,\n\nBaie dankie vir jou aansoek. Ons wil jou graag nooi vir 'n "
            "onderhoud op Dinsdag 15 {m[0]} 2026 om 11:00 by ons kantoor.\n\nGroete\nPieter",
            "Africa/Johannesburg",
        ),
        (
            "Sannu Alex,\n\nMuna gayyatar ku zuwa hira a ranar Talata, 15 ga {m[1]} 2026 da "
            "karfe 11:00 na safe a ofishinmu.\n\nNa gode,\nAminu",
            "Africa/Lagos",
        ),
        (
            "Habari Alex,\n\nTunakualika kwenye usaili Jumanne, tarehe 15 {m[2]} 2026 saa "
            "11:00 katika ofisi yetu.\n\nAsante,\nAmina",
            "Africa/Nairobi",
        ),
        (
            "Beste Alex,\n\nWij nodigen je graag uit voor een gesprek op dinsdag 15 {m[3]} "
            "2026 om 11:00 uur op ons kantoor.\n\nMet vriendelijke groet,\nJan",
            "Europe/Amsterdam",
        ),
        (
            "Dobrý den,\n\nzveme Vás na pohovor v úterý 15. {m[4]} 2026 v 11:00 na naši "
            "pobočku. Děkujeme.\n\nS pozdravem\nJana",
            "Europe/Prague",
        ),
    ],
)
@pytest.mark.parametrize("month", sorted(SEASONS))
def test_the_language_names_the_zone_of_a_utc_stamped_mail(
    body: str, zone: str, month: int
) -> None:
    day = 16 if month == 6 else 15  # a Tuesday either way
    raw = plain_mail(
        "Interview",
        body.replace("15", str(day)).format(m=MONTHS[month]),
        sender="Recruiter <jobs@talent.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SEASONS[month],
    )
    parsed = parse_message(raw)
    assert parsed.start == datetime(2026, month, day, 11, 0, tzinfo=ZoneInfo(zone))
