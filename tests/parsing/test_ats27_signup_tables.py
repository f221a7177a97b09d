"""Sign-up sheets, approval requests and date-and-time table cells (ats27 batch).

- A date-and-time label in a table cell ("Start date & time | 2026-10-15 10:00", German
  "Startdatum & Zeit") beside an end row names an event's start, like the "Start Date & Time :"
  row does; it is not a job's first working day.
- A sign-up sheet's announcement cuts a window into slots to sign up for: nothing is booked.
- The organizer of a sign-up sheet is told that someone else took a slot: they host it.
- A booking request sent to a manager or approver still waits: nothing is booked.

Mails here are our own short ones, not the corpus files.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(
    body: str,
    subject: str,
    *,
    html: bool = False,
    to: str = "Robin Vale <robin.vale@inbox.example>",
    date: str = "Mon, 05 Oct 2026 09:00:00 +0100",
) -> bytes:
    kind = "html" if html else "plain"
    return (
        f"From: Harbour CRM <crm@harbour-works.example>\r\nTo: {to}\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: text/{kind}; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + body.replace("\n", "\r\n")
    ).encode()


def _table(rows: list[tuple[str, str]], title: str) -> str:
    cells = "".join(f"<tr><td><div><i>{k}</i></div></td><td>{v}</td></tr>" for k, v in rows)
    return f"<html><body><h1>{title}</h1><table>{cells}</table></body></html>"


@settings(max_examples=20, deadline=None)
@given(
    label=st.sampled_from(
        [
            ("Start date & time", "End time"),
            ("Start Date & Time", "End Time"),
            ("Start date/time", "End date/time"),
            ("Startdatum & Zeit", "Endzeit"),
        ]
    ),
    hour=st.integers(min_value=8, max_value=16),
    iso=st.booleans(),
)
def test_date_and_time_cell_is_the_meeting_start(
    label: tuple[str, str], hour: int, iso: bool
) -> None:
    day = "2026-10-21" if iso else "21.10.2026"
    rows = [
        (label[0], f"{day} {hour:02d}:30"),
        (label[1], f"{day} {hour + 1:02d}:30"),
        ("Location", "Harbour Works, Pier Road 4"),
        ("Description", "Interview with the operations lead."),
    ]
    doc = _table(rows, "Meeting Interview: Shift Planner")
    parsed = parse_message(_mail(doc, "Meeting Interview: Shift Planner", html=True))
    zone = timezone(timedelta(hours=1))
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2026, 10, 21, hour, 30, tzinfo=zone)
    assert not any("first working day" in note for note in parsed.warnings)


def test_a_start_cell_without_an_end_row_stays_a_first_day() -> None:
    rows = [("Start date & time", "2026-11-02 08:30"), ("Contact", "Front desk, Pier Road 4")]
    doc = _table(rows, "Onboarding")
    parsed = parse_message(_mail(doc, "Onboarding: your details", html=True))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_a_first_day_cell_stays_a_first_day() -> None:
    rows = [("Start date", "2026-11-02"), ("Arrival", "08:30"), ("Contact", "Front desk")]
    doc = _table(rows, "Welcome aboard")
    body = (
        "<p>Congratulations on your new job! Your first working day is Monday 2 November 2026 "
        "at 08:30.</p>" + doc
    )
    parsed = parse_message(_mail(body, "Your first day at Harbour Works", html=True))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "A new meeting has been announced for the 'Careers 2026' site on Campus by Ana "
            "Diaz.\n\nMeeting Title: Employer interviews - Fenwick Freight\nMeeting Time: Oct "
            "21, 2026 - from 9:00 AM to 12:00 PM (Europe/London)\n\nThis meeting is divided "
            "into 9 time slots of 20 minutes. Each time slot permits 1 participant(s) to sign "
            "up.\n",
            'New meeting "Employer interviews - Fenwick Freight" announced by Ana Diaz',
        ),
        (
            "Une nouvelle réunion a été annoncée pour l'espace 'Stages' sur Campus par Ana "
            "Diaz.\n\nTitre de la réunion : Entretiens employeurs\nDate et horaire de réunion "
            ": 21 oct. 2026 de 09:00 à 12:00 (Europe/Paris)\n\nConnectez-vous à l'espace et "
            "cliquez sur Inscription dans le menu de gauche pour sélectionner un créneau "
            "horaire.\n",
            "Nouvelle réunion « Entretiens employeurs » annoncée par Ana Diaz",
        ),
        (
            "Una nueva reunión ha sido anunciada en el sitio 'Prácticas' de Campus por Ana "
            "Diaz.\n\nTítulo de reunión: Entrevistas con empresas\nHora de reunión: 21 oct "
            "2026 - desde 9:00 hasta 12:00 (Europe/Madrid)\n\nEsta reunión permite un número "
            "ilimitado de participantes. Sin embargo, es necesario inscribirse.\n",
            "Nueva reunión anunciada por Ana Diaz",
        ),
    ],
)
def test_a_sign_up_sheet_books_nothing(body: str, subject: str) -> None:
    parsed = parse_message(_mail(body, subject))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


@pytest.mark.parametrize(
    "opening",
    [
        "Priya Raman has signed up for the meeting for the 'Careers 2026' site on Campus:",
        "2026/10/21 のサイト 'キャリア' のミーティング に 山本 蓮 がサインアップしました．",
        "Camille Roux s'est inscrite à la réunion de l'espace 'Stages' sur Campus :",
    ],
)
def test_the_host_is_told_someone_else_signed_up(opening: str) -> None:
    body = (
        f"Dear Robin Vale,\n\n{opening}\n\nMeeting Title: Portfolio review\n"
        "Time slot: 11:00 AM - 11:30 AM on Oct 21, 2026 (Europe/London)\n"
    )
    parsed = parse_message(_mail(body, "Sign-up notice"))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_the_readers_own_sign_up_still_counts() -> None:
    body = (
        "Dear Robin Vale,\n\nYou have signed up for the following meeting in the 'Careers "
        "2026' site on Campus:\n\nMeeting Title: Interview - Fenwick Freight graduate scheme\n"
        "Time slot: 11:00 AM - 11:30 AM on Oct 21, 2026 (Europe/London)\n"
    )
    parsed = parse_message(_mail(body, 'You have signed up for the meeting "Interview"'))
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2026, 10, 21, 11, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "approver", ["your manager", "the sessions approvers", "your line manager"]
)
def test_a_booking_request_waits_for_its_approver(approver: str) -> None:
    body = (
        f"Your request to book into the following appointment has been sent to {approver}:"
        "\n\nParticipant:   Robin Vale\nAppointment:   Interview - Team Leader\n\nDate(s):\n"
        "21 October 2026, 10:00 AM - 11:00 AM (time zone: Europe/London)\n\nLocation:   "
        "Head office\n"
    )
    parsed = parse_message(_mail(body, "Appointment booking request: Interview - Team Leader"))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


@pytest.mark.parametrize(
    ("lead", "old", "joint", "new", "want"),
    [
        (
            "has changed your appointment for meeting: Interview on Oct 20, 2026",
            "From 10:00 AM - 10:30 AM",
            "To",
            "1:30 PM - 2:00 PM",
            (13, 30, 14, 0),
        ),
        (
            "a changé votre rendez-vous pour la réunion : Entretien le 20 oct. 2026",
            "De 14:00 - 14:30",
            "à",
            "15:00 - 15:30",
            (15, 0, 15, 30),
        ),
        (
            "foi mudado seu compromisso para a reunião: Entrevista em 20 de out. de 2026",
            "De 09:00 - 09:30",
            "Até",
            "10:00 - 10:30",
            (10, 0, 10, 30),
        ),
    ],
)
@pytest.mark.parametrize("two_lines", [False, True])
def test_a_move_below_its_day_takes_the_new_range(
    lead: str, old: str, joint: str, new: str, want: tuple[int, int, int, int], two_lines: bool
) -> None:
    sep = "\n" if two_lines else " "
    body = (
        f"Dear Robin Vale,\n\nAna Diaz {lead} for the 'Careers' site on Campus\n\n"
        f"Meeting Title: Interview\nMeeting Place: Room 4\n{old}{sep}{joint} {new}\n\n"
        "Details of this meeting are available on Campus.\n"
    )
    parsed = parse_message(_mail(body, "Meeting changed"))
    zone = timezone(timedelta(hours=1))
    assert parsed.start == datetime(2026, 10, 20, want[0], want[1], tzinfo=zone)
    assert parsed.end == datetime(2026, 10, 20, want[2], want[3], tzinfo=zone)


def test_a_single_range_below_its_day_is_no_move() -> None:
    body = (
        "Dear Robin Vale,\n\nYour interview is booked for Tuesday, October 20, 2026.\n\n"
        "Meeting Title: Interview\nFrom 10:00 to 11:00\n"
    )
    parsed = parse_message(_mail(body, "Interview booked"))
    zone = timezone(timedelta(hours=1))
    assert parsed.start == datetime(2026, 10, 20, 10, 0, tzinfo=zone)
    assert parsed.kind == "invitation"
