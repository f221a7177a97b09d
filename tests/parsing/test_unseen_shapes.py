"""Shapes first met in fresh human-written and booking-tool mail (parsegen5/6 batches): each
case is the smallest mail of that shape, and the instant is what a careful reader takes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message


def _mail(date: str, sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: Sender <{sender}>\r\nTo: alex@mailbox.example\r\nSubject: {subject}\r\n"
        f"Date: {date}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


CASES = [
    # inflected month names: Estonian adessive, Slovenian genitive, Latvian locative
    (
        "Mon, 04 Jan 2027 10:05:00 +0200",
        "komisjon@ylikool.example.ee",
        "Kutse vestlusele",
        "Vestlus toimub neljapäeval, 14. jaanuaril 2027 kell 11.00 Eesti aja järgi.",
        datetime(2027, 1, 14, 11, 0, tzinfo=ZoneInfo("Europe/Tallinn")),
    ),
    (
        "Mon, 04 Jan 2027 10:05:00 +0100",
        "kadrovska@podjetje.example.si",
        "Vabilo na razgovor",
        "Razgovor bo v četrtek, 14. januarja 2027 ob 11.00.",
        datetime(2027, 1, 14, 11, 0, tzinfo=ZoneInfo("Europe/Ljubljana")),
    ),
    (
        "Mon, 04 Jan 2027 10:05:00 +0200",
        "hr@uznemums.example.lv",
        "Uzaicinājums uz interviju",
        "Intervija notiks ceturtdien, 2027. gada 14. janvārī plkst. 11.00.",
        datetime(2027, 1, 14, 11, 0, tzinfo=ZoneInfo("Europe/Riga")),
    ),
    # German two-letter weekday right before a time
    (
        "Thu, 04 Mar 2027 15:02:00 +0100",
        "teamlead@firma.example.de",
        "Kurzes Gespräch",
        "Passt dir nächsten Di um 10 Uhr für ein kurzes Gespräch?",
        datetime(2027, 3, 9, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")),
    ),
    # a move written "fra … til …" (Danish), and "původně / nově" (Czech)
    (
        "Thu, 04 Mar 2027 10:12:00 +0100",
        "talent@firma.example.dk",
        "Ny tid til samtale",
        "Vi bliver nødt til at flytte samtalen fra tirsdag den 9. marts kl. 13.00 til onsdag"
        " den 10. marts kl. 14.30.",
        datetime(2027, 3, 10, 14, 30, tzinfo=ZoneInfo("Europe/Copenhagen")),
    ),
    (
        "Thu, 04 Mar 2027 10:12:00 +0100",
        "talent@firma.example.dk",
        "Ny tid til samtale",
        "Samtalen er flyttet fra 9. marts kl. 13.00 til 10. marts kl. 14.30.",
        datetime(2027, 3, 10, 14, 30, tzinfo=ZoneInfo("Europe/Copenhagen")),
    ),
    (
        "Tue, 26 Jan 2027 08:20:00 +0100",
        "sekretariat@katedra.example.cz",
        "Změna termínu pohovoru",
        "Mění se termín Vašeho pohovoru:\n\npůvodně: úterý 2. 2. 2027 v 10:00\n"
        "nově: středa 3. 2. 2027 v 9:30\n",
        datetime(2027, 2, 3, 9, 30, tzinfo=ZoneInfo("Europe/Prague")),
    ),
    # a booking tool's zone row: a city with its standard offset, read in summer
    (
        "Mon, 01 Jun 2026 10:00:00 +0300",
        "noreply@rekry.example.fi",
        "Haastattelu vahvistettu",
        "Haastattelu: 10.6.2026 klo 13.30\nAikavyöhyke: Helsinki (+2:00)",
        datetime(2026, 6, 10, 13, 30, tzinfo=ZoneInfo("Europe/Helsinki")),
    ),
]


@pytest.mark.parametrize(("date", "sender", "subject", "body", "start"), CASES)
def test_the_start_a_reader_takes(
    date: str, sender: str, subject: str, body: str, start: datetime
) -> None:
    parsed = parse_message(_mail(date, sender, subject, body))
    assert parsed.kind in {"invitation", "reschedule"}
    assert parsed.start == start
    assert parsed.start is not None
    assert parsed.start.utcoffset() == start.utcoffset()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reddedildi: Mülakat hazırlık",
            "Emre Kaya bu daveti reddetti.\n\nNe zaman: 21 Haziran 2027 Pazartesi 19:00 – 20:00",
        ),
        (
            "Acceptada: Revisió del cas",
            "Laia Serra ha acceptat aquesta invitació.\n\n"
            "Quan: dimarts, 22 de juny de 2027 16:00 – 16:30",
        ),
        (
            "수락됨: 커피챗",
            "김민지님이 이 초대를 수락했습니다.\n\n"
            "일시: 2027년 6월 18일 (금) 오후 3시 - 오후 4시 (KST)",
        ),
        (
            "Kahvi",
            'Aino Virtanen on hyväksynyt tapahtuman "Kahvi ja haastattelu".\n\n'
            "Aika: 18.6.2027 klo 15.00",
        ),
    ],
)
def test_a_calendar_answer_in_text_is_a_reply_not_an_invitation(subject: str, body: str) -> None:
    parsed = parse_message(
        _mail("Tue, 15 Jun 2027 11:30:00 +0300", "cal@calendar.example", subject, body)
    )
    assert parsed.kind == "reply"
    assert parsed.confidence < 0.5


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "noreply@tests.example.com",
            "Your live interview feedback",
            "The panel will submit feedback, and the company expects to contact you by"
            " Tuesday 5 May 2026, 17:00 (Europe/London).",
        ),
        (
            "jobs@ats.example.com",
            "Application received",
            "Thanks for applying. The posting closes on Friday, June 19, 2026 at 5:00 PM CT.",
        ),
        (
            "recrutare@firma.example.ro",
            "Actualizare privind aplicația dvs.",
            "Vă vom comunica rezultatul până pe 20.11.2026, ora 17:00.",
        ),
        (
            "rekruttering@kommune.example.no",
            "Søknad mottatt",
            "Vi har mottatt søknaden din.\n\nSøknadsfrist: 31.08.2026 kl. 12.00",
        ),
    ],
)
def test_when_an_answer_or_application_is_due_is_no_meeting(
    sender: str, subject: str, body: str
) -> None:
    parsed = parse_message(_mail("Mon, 04 May 2026 09:00:00 +0100", sender, subject, body))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5
