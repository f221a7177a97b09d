"""A booking mail that names its zone in a row of its own, beside a calendar in UTC.

Easy!Appointments (and booking pages like it) prints Start, End and a "Timezone" row
('Zeitzone: Berlin (+1:00)', 'Часовой пояс: Moscow (+3:00)', 'Fuso horário: Sao_Paulo
(-3:00)') and attaches an invitation.ics whose times are UTC. The text states the zone for
every time it shows, so when its time is the calendar's instant, the zone is the mail's, as it
is for a zone written after the clock. The city label keeps the standard offset in summer
and may keep the tz database's underscore ('New_York', 'Sao_Paulo').
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

ROWS = [
    # (start word, end word, zone-row word, city label, zone, date format)
    ("Beginn", "Ende", "Zeitzone", "Berlin (+1:00)", "Europe/Berlin", "%d/%m/%Y"),
    ("Начало", "Окончание", "Часовой пояс", "Moscow (+3:00)", "Europe/Moscow", "%d/%m/%Y"),
    ("開始", "終了", "タイムゾーン", "Tokyo (+9:00)", "Asia/Tokyo", "%Y/%m/%d"),
    ("Inicio", "Final", "Zona horaria", "Madrid (+1:00)", "Europe/Madrid", "%d/%m/%Y"),
    ("Inicio", "Fim", "Fuso horário", "Sao_Paulo (-3:00)", "America/Sao_Paulo", "%d/%m/%Y"),
    ("Start", "End", "Timezone", "New_York (-5:00)", "America/New_York", "%m/%d/%Y"),
    ("Début", "Fin", "Fuseau horaire", "Paris (+1:00)", "Europe/Paris", "%d/%m/%Y"),
    ("Початок", "Кінець", "Часовий пояс", "Kiev (+2:00)", "Europe/Kyiv", "%d/%m/%Y"),
    # the zone-row words of Easy!Appointments' sq, lb, fa and mr translations
    ("Fillimi", "Mbarimi", "Zona Kohore", "Tirane (+1:00)", "Europe/Tirane", "%d/%m/%Y"),
    ("Ufank", "Enn", "Zäitzon", "Luxembourg (+1:00)", "Europe/Luxembourg", "%d/%m/%Y"),
    ("شروع", "پایان", "منطقه زمانی", "Tehran (+3:30)", "Asia/Tehran", "%Y/%m/%d"),
    ("प्रारंभ करा", "समाप्त", "टाइमझोन", "Kolkata (+5:30)", "Asia/Kolkata", "%d/%m/%Y"),
]


def _mail(row: tuple[str, str, str, str, str, str], start: datetime) -> bytes:
    begin, finish, zone_word, label, _zone, date_format = row
    end = start + timedelta(minutes=45)
    cells = "".join(
        f'<tr>\n  <td class="label" style="font-weight: bold;">\n    {name}\n  </td>\n'
        f"  <td>\n    {value}\n  </td>\n</tr>\n"
        for name, value in (
            ("Service", "Interview"),
            (begin, f"{start.strftime(date_format)} {start:%H:%M}"),
            (finish, f"{end.strftime(date_format)} {end:%H:%M}"),
            (zone_word, label),
        )
    )
    html = f"<html><body><h1>Interview</h1><table>\n{cells}</table></body></html>"
    utc = "%Y%m%dT%H%M%SZ"
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Booking//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:zone-row-1@example.org\r\nDTSTAMP:20261201T100000Z\r\n"
        f"DTSTART:{start.astimezone(UTC).strftime(utc)}\r\n"
        f"DTEND:{end.astimezone(UTC).strftime(utc)}\r\n"
        "SUMMARY:Job interview\r\nORGANIZER:mailto:hr@example.org\r\n"
        "ATTENDEE;RSVP=TRUE:mailto:me@example.net\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message = MIMEMultipart("mixed")
    message.attach(MIMEText(html, "html", "utf-8"))
    message.attach(MIMEText(calendar, "calendar", "utf-8"))
    message["From"] = "hr@example.org"
    message["To"] = "me@example.net"
    message["Subject"] = "Job interview booked"
    message["Date"] = "Tue, 01 Dec 2026 10:00:00 +0000"
    return message.as_bytes()


@pytest.mark.parametrize("month", [2, 7])
@pytest.mark.parametrize("row", ROWS, ids=[row[2] for row in ROWS])
def test_the_zone_row_names_the_zone_of_a_utc_calendar(
    row: tuple[str, str, str, str, str, str], month: int
) -> None:
    zone = row[4]
    start = datetime(2027, month, 16, 14, 30, tzinfo=ZoneInfo(zone))
    result = parse_message(_mail(row, start))
    assert result.start == start, result
    assert result.timezone == zone, result
