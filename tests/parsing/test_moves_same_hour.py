"""Moves that name the new day alone ("same time") or use the verbs people type in English.

Every mail here is written for the test. A move that says "moved to Friday 11 December, same
time" keeps the hour of the slot it gives up; "is postponed to" and "brought forward" join an
old slot and a new one, never the two ends of a window; "your 2pm is now 4pm" is a move; two
unmarked slots in a sentence that moves the meeting are the old one, then the new one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
PARIS = ZoneInfo("Europe/Paris")
BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str, *, subject: str = "Interview", offset: str = "-0500") -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Reyes <dana.reyes@northwind-example.com>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = f"Mon, 07 Dec 2026 09:00:00 {offset}"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


CASES = [
    pytest.param(
        "Quick heads up: Jordan is out sick, so your 11am with him tomorrow moves to next "
        "Monday (Dec 14), same time. Sorry!",
        "-0500",
        datetime(2026, 12, 14, 11, 0, tzinfo=NEW_YORK),
        id="en-moves-to-same-time",
    ),
    pytest.param(
        "Hi Sam, your interview on Wed Dec 9 at 2pm (ET) has been moved to Fri Dec 11, same "
        "time. See you then!",
        "-0500",
        datetime(2026, 12, 11, 14, 0, tzinfo=NEW_YORK),
        id="en-moved-same-time",
    ),
    pytest.param(
        "Bonjour Sam, petit changement : votre entretien de demain 11h avec Julie est décalé "
        "au lundi 14 décembre, même heure.",
        "+0100",
        datetime(2026, 12, 14, 11, 0, tzinfo=PARIS),
        id="fr-meme-heure",
    ),
    pytest.param(
        "Hallo Sam, Ihr Gespräch am Mittwoch, 9.12. um 14 Uhr müssen wir leider auf Freitag, "
        "11.12. verschieben, gleiche Uhrzeit.",
        "+0100",
        datetime(2026, 12, 11, 14, 0, tzinfo=BERLIN),
        id="de-gleiche-uhrzeit",
    ),
    pytest.param(
        "Dear Candidate, due to a scheduling conflict the interview slated for 10 Dec, 14:00 "
        "IST is postponed to 11 Dec, 16:00 IST. Regret the inconvenience.",
        "+0530",
        datetime(2026, 12, 11, 16, 0, tzinfo=KOLKATA),
        id="en-in-postponed-to",
    ),
    pytest.param(
        "Dear Sam, your technical round on 11 Dec at 3 PM IST has been preponed to 10 Dec, "
        "11 AM IST. Kindly confirm.",
        "+0530",
        datetime(2026, 12, 10, 11, 0, tzinfo=KOLKATA),
        id="en-in-preponed-to",
    ),
    pytest.param(
        "Hola Sam: por un imprevisto tenemos que aplazar la entrevista del martes 8 a las 10:00 "
        "(hora de Madrid). ¿Te viene bien el jueves 10 a las 16:30? Si no me dices nada, la "
        "dejamos así.",
        "+0100",
        datetime(2026, 12, 10, 16, 30, tzinfo=ZoneInfo("Europe/Madrid")),
        id="es-aplazar-then-proposal",
    ),
    pytest.param(
        "Oi Sam, tudo bem? Precisamos remarcar sua entrevista de terça (08/12) às 10h para "
        "quinta (10/12) às 14h (horário de Brasília). Pode ser?",
        "-0300",
        datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo("America/Sao_Paulo")),
        id="pt-remarcar-de-para",
    ),
    pytest.param(
        "Hoi Sam, ons gesprek van donderdag 10 december om 14.00 uur schuift een uurtje op naar "
        "15.00 uur (Nederlandse tijd). Tot dan!",
        "+0100",
        datetime(2026, 12, 10, 15, 0, tzinfo=ZoneInfo("Europe/Amsterdam")),
        id="nl-schuift-op",
    ),
    pytest.param(
        "Hi Sam - quick change: your 2pm ET on Thursday Dec 10 is now 4pm the same day. "
        "Everything else stays the same.",
        "-0500",
        datetime(2026, 12, 10, 16, 0, tzinfo=NEW_YORK),
        id="en-is-now",
    ),
]


@pytest.mark.parametrize(("body", "offset", "start"), CASES)
def test_the_move_gives_the_new_slot(body: str, offset: str, start: datetime) -> None:
    parsed = parse_message(_mail(body, offset=offset))
    assert parsed.kind == "reschedule", parsed.warnings
    assert parsed.start == start
    # the old slot is not the start of a window that ends at the new one
    assert parsed.end is None or parsed.end - parsed.start <= timedelta(hours=4)


def test_asking_to_move_keeps_the_booked_slot() -> None:
    """A question moves nothing yet: the slot on the books stays the reading."""
    parsed = parse_message(
        _mail(
            "Hi Sam, can we move your interview on Wed Dec 9 at 2pm (ET) to Fri Dec 11, same time?"
        )
    )
    assert parsed.start == datetime(2026, 12, 9, 14, 0, tzinfo=NEW_YORK)


VERBS = ["has been moved to", "has been postponed to", "is postponed to", "was pushed to"]


@settings(max_examples=40, deadline=None)
@given(
    old_offset=st.integers(min_value=1, max_value=10),
    shift=st.integers(min_value=1, max_value=6),
    hour=st.integers(min_value=8, max_value=17),
    verb=st.sampled_from(VERBS),
)
def test_same_time_keeps_the_old_hour_on_the_new_day(
    old_offset: int, shift: int, hour: int, verb: str
) -> None:
    """Whatever the days and the hour, "moved to <day>, same time" is that day at the hour."""
    old_day = date(2026, 12, 7) + timedelta(days=old_offset)
    new_day = old_day + timedelta(days=shift)
    clock = f"{hour % 12 or 12}{'am' if hour < 12 else 'pm'}"
    body = (
        f"Hi Sam, your interview on {old_day:%a %b} {old_day.day} at {clock} (ET) {verb} "
        f"{new_day:%A %B} {new_day.day}, same time. Thanks for your flexibility."
    )
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime.combine(new_day, datetime.min.time(), NEW_YORK).replace(
        hour=hour
    ), body


def test_a_slot_named_by_its_hour_is_a_meeting_that_moves() -> None:
    """ "We need to move tomorrow's 10am to 3pm" names no meeting word, yet moves one."""
    parsed = parse_message(
        _mail("Hi Sam, sorry - we need to move tomorrow's 10am to 3pm ET. Same place.")
    )
    assert parsed.kind == "reschedule"
    assert parsed.start == datetime(2026, 12, 8, 15, 0, tzinfo=NEW_YORK)
