"""Invitations written in words only: zone words, stated durations, deleted bookings, choices.

Each case is one a careful reader gets right without thinking; the parser must too, or say it
is unsure (confidence below 0.5) rather than put a wrong time in a calendar.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.zone_words import read_zone

NEW_YORK = ZoneInfo("America/New_York")


def _mail(body: str, *, subject: str = "Interview", date: str, html: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Hannah Price <hprice@lakeshore.example>"
    message["To"] = "derek@mailhub.example"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body, subtype="html" if html else "plain")
    return bytes(message)


REGIONS = {
    "Eastern": "America/New_York",
    "Central": "America/Chicago",
    "Mountain": "America/Denver",
    "Pacific": "America/Los_Angeles",
}


@settings(max_examples=25, deadline=None)
@given(
    region=st.sampled_from(sorted(REGIONS)),
    day=st.dates(min_value=datetime(2026, 1, 5).date(), max_value=datetime(2026, 12, 20).date()),
    hour=st.integers(min_value=9, max_value=16),
)
def test_a_bare_us_region_word_follows_that_zone_across_the_dst_change(
    region: str, day: object, hour: int
) -> None:
    """'3 pm Eastern' is New York's rules on that day, not the offset the mail was sent in."""
    assert isinstance(day, type(datetime(2026, 1, 1).date()))
    start = datetime(day.year, day.month, day.day, hour, 0, tzinfo=ZoneInfo(REGIONS[region]))
    sent = start - timedelta(days=5)
    clock = f"{hour % 12 or 12} {'am' if hour < 12 else 'pm'}"
    body = (
        f"Hi Derek,\n\nCan we lock in {start:%A, %B} {start.day} at {clock} {region}? "
        "I'll send the phone bridge separately.\n\nBest,\nHannah"
    )
    date = sent.astimezone(NEW_YORK).strftime("%a, %d %b %Y %H:%M:%S %z")
    result = parse_message(_mail(body, subject="Phone screen", date=date))
    assert result.start == start


@pytest.mark.parametrize(
    "text",
    [" Eastern Europe expansion", " central heating", " Pacific Ocean view", " Central Park"],
)
def test_a_region_word_that_goes_on_as_a_place_is_no_zone(text: str) -> None:
    assert read_zone(text) is None


def test_the_region_word_before_a_question_mark_is_the_zone() -> None:
    zone = read_zone(" Eastern? I've sent a hold")
    assert zone is not None
    assert zone.name == "America/New_York"


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("Η συνέντευξη είναι την Τρίτη 9 Ιουνίου 2026, ώρα 11:00. Διάρκεια: 45 λεπτά.", 45),
        ("Собеседование во вторник, 19 мая 2026 г., в 11:00. Продолжительность - 1 час.", 60),
        ("Співбесіда у середу, 20 травня 2026 р. о 10:00. Тривалість - 45 хвилин.", 45),
        ("Görüşme 22 Ekim 2026 saat 14:00'te. Görüşme 30 dakika sürecektir.", 30),
        ("Temu duga pada 9 Jun 2026, jam 10.00 pagi. Dijangka mengambil masa 45 minit.", 45),
        ("Entretien le jeudi 4 juin 2026 à 14h30 dans nos locaux (durée : 1h).", 60),
    ],
)
def test_a_duration_stated_in_the_mail_gives_the_end(sentence: str, minutes: int) -> None:
    result = parse_message(_mail(sentence, date="Mon, 11 May 2026 09:00:00 +0300"))
    assert result.start is not None
    assert result.end == result.start + timedelta(minutes=minutes)


def test_in_15_minutes_is_not_how_long_the_interview_lasts() -> None:
    body = "Interview on Thursday 14 May 2026 at 10:00. The link opens in 15 minutes before."
    result = parse_message(_mail(body, date="Mon, 11 May 2026 09:00:00 +0200"))
    assert result.end is None


@pytest.mark.parametrize(
    ("subject", "body", "zone"),
    [
        ("Reserva Borrada por Sala Tajo", "Inicio: 02/07/2026 @ 16:00 (Europe/Madrid)", "Madrid"),
        ("Reservation removed for Room 4B", "Start: 07/02/2026 @ 4:00 PM (America/Chicago)", ""),
        (
            "Your appointment",
            "The following appointment was removed from the company's schedule.\n"
            "Start: 2026-07-02 16:00 (Europe/Madrid)",
            "Madrid",
        ),
    ],
)
def test_a_deleted_booking_is_a_cancellation_even_when_it_promises_a_new_date(
    subject: str, body: str, zone: str
) -> None:
    text = f"Interview room booking.\n{body}\nReason: we will write with a new date (nueva fecha)."
    result = parse_message(_mail(text, subject=subject, date="Mon, 29 Jun 2026 13:22:00 +0200"))
    assert result.kind == "cancellation"
    where = ZoneInfo("Europe/Madrid" if zone else "America/Chicago")
    assert result.start == datetime(2026, 7, 2, 16, 0, tzinfo=where)


def test_windows_offered_to_choose_from_are_not_a_booked_slot() -> None:
    body = (
        "Hi Ravi,\n\nThe team would love to chat. Could you let me know which of these suit "
        "you?\n\n- Tue 12 May, 2-4pm BST\n- Thu 14 May, 10am-12pm BST\n\nThanks,\nChloe"
    )
    result = parse_message(_mail(body, subject="Availability", date="Wed, 06 May 2026 10:00 +0100"))
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_an_explicit_date_next_to_tomorrow_wins_and_pst_in_june_is_pacific_time() -> None:
    body = (
        "Hi Kevin,\n\nThe hiring manager is only free in the evening, so we're set for tomorrow "
        "(6/24 - 9 PM PST) on Zoom.\n\nBrianna"
    )
    result = parse_message(
        _mail(body, subject="Re: next steps", date="Mon, 22 Jun 2026 15:41:00 -0700")
    )
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 6, 24, 21, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Automatische Antwort: Vorstellungsgespräch",
            "Ich bin bis Montag, 22.06.2026, 9:00 Uhr nicht im Büro.",
        ),
        ("Automatic reply: Interview", "I am out of the office until Monday 22 June at 9:00."),
        ("Réponse automatique : Entretien", "Je suis absente du bureau jusqu'au 22/06/2026 9h."),
    ],
)
def test_an_automatic_reply_is_no_invitation_whatever_date_it_names(
    subject: str, body: str
) -> None:
    result = parse_message(_mail(body, subject=subject, date="Mon, 15 Jun 2026 17:00 +0200"))
    assert result.kind == "not_invitation"


def test_notes_about_a_meeting_held_that_morning_are_no_invitation() -> None:
    body = (
        "Meeting notes - Interview debrief\nDate: 15.06.2026 10:00-10:30\n"
        "Attendees: Hannah, Tom\nDecision: advance the candidate to the final round."
    )
    result = parse_message(_mail(body, subject="Debrief", date="Mon, 15 Jun 2026 11:00 +0200"))
    assert result.kind == "not_invitation" or result.confidence < 0.5


@pytest.mark.parametrize("days_back", [1, 12, 45, 100])
def test_a_day_and_month_some_weeks_back_is_that_past_day_not_next_year(days_back: int) -> None:
    sent = datetime(2026, 6, 15, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    then = sent - timedelta(days=days_back)
    body = f"FYI - notes from my interview on {then.day} {then:%B} at 14:00. They asked about SQL."
    date = sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    result = parse_message(_mail(body, subject="Notes", date=date))
    assert result.start is None or result.start.year == 2026
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_a_date_months_back_rolls_into_next_year() -> None:
    body = "Hi Sam, your interview is on 5 January at 10:00 CET. See you then!"
    result = parse_message(_mail(body, subject="Interview", date="Mon, 14 Dec 2026 10:00 +0100"))
    assert result.start == datetime(2027, 1, 5, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
