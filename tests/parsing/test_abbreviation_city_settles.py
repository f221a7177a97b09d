"""A city written after a shared zone abbreviation settles which clock it means.

"IST" is India's, Ireland's or Israel's clock, "AST" the Atlantic or Arabia's, "CST" the US
Central, China's or Cuba's, "BST" British summer or Bangladesh's, "PST" the US Pacific or the
Philippines'. Writers who know this add the city: "3 PM AST (Riyadh)", "10:00 IST (Dublin)",
"2 pm CST, Beijing time". Read without it, the interview lands hours away from where it is.
A city whose clock the abbreviation never means ("EST (London)") settles nothing.
"""

from __future__ import annotations

from datetime import datetime
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from tests.parsing.mailkit import plain_mail, read_json

# abbreviation, city as written, the zone the city keeps
MEANT = [
    ("IST", "Dublin", "Europe/Dublin"),
    ("IST", "Jerusalem", "Asia/Jerusalem"),
    ("IST", "Bengaluru", "Asia/Kolkata"),
    ("AST", "Riyadh", "Asia/Riyadh"),
    ("AST", "Doha", "Asia/Qatar"),
    ("AST", "Halifax", "America/Halifax"),
    ("CST", "Shanghai", "Asia/Shanghai"),
    ("CST", "Taipei", "Asia/Taipei"),
    ("CST", "Havana", "America/Havana"),
    ("CST", "Chicago", "America/Chicago"),
    ("BST", "Dhaka", "Asia/Dhaka"),
    ("BST", "London", "Europe/London"),
    ("PST", "Manila", "Asia/Manila"),
    ("PST", "Seattle", "America/Los_Angeles"),
    ("AEST", "Brisbane", "Australia/Brisbane"),
]
# an abbreviation with a city it never means: the abbreviation's own clock stays
UNMEANT = [("EST", "London", "America/New_York"), ("PST", "Tokyo", "America/Los_Angeles")]
FORMS = ("{clock} {abbr} ({city})", "{clock} {abbr}, {city} time", "{clock} {abbr} ( {city} )")
# a January and a July day: summer time in the north, then in the south
DAYS = (datetime(2027, 1, 20, 15, 0), datetime(2027, 7, 21, 15, 0))


def _invitation(when: str, day: datetime) -> bytes:
    body = (
        "Hi Sam,\n\nThank you for applying. We would like to invite you to an interview for the "
        f"Data Analyst role on {day:%A, %d %B %Y} at {when}.\n\nBest regards,\nNoor Haddad\n"
    )
    return plain_mail(
        "Interview invitation - Data Analyst",
        body,
        sender="Noor Haddad <noor@talent.example>",
        to="Sam Lee <sam.lee@inbox.example>",
        # sent from a clock none of the cities keep: the sender's zone settles nothing
        date=f"{day.replace(day=day.day - 5, hour=9):%a, %d %b %Y %H:%M:%S} -1000",
    )


@pytest.mark.parametrize(
    ("abbr", "city", "zone", "form", "day"),
    [(*meant, form, day) for meant, form, day in product(MEANT + UNMEANT, FORMS, DAYS)],
)
def test_a_city_after_an_abbreviation_names_its_clock(
    abbr: str, city: str, zone: str, form: str, day: datetime
) -> None:
    when = form.format(clock="3:00 PM", abbr=abbr, city=city)
    got = read_json(_invitation(when, day))
    assert got["start"] == day.replace(tzinfo=ZoneInfo(zone)).isoformat(), when
