"""Calendar mail in the shapes calneg22 added: a team's standing meeting at the reader's own
job sent as a request, a service's booking confirmed with a published .ics, a Turkish webinar
registration; and the interviews the same producers send, which must stay sure.

Fixtures are written for these tests (own words, made-up people). What a user notices: the
department meeting, the dentist and the webinar land on the review page (their slot kept),
while an interview request or a clinic's interview booking goes straight to the calendar.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import ParsedMessage, parse_message

SURE = 0.5


def _mail(subject: str, body: str, summary: str, method: str) -> ParsedMessage:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Test//calneg22//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            "UID:calneg22-test-1@example.com",
            "DTSTAMP:20270301T090000Z",
            "DTSTART;TZID=Europe/Rome:20270316T100000",
            "DTEND;TZID=Europe/Rome:20270316T110000",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Ada Riva:mailto:ada.riva@firm.example",
            "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:robin@inbox.example",
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada.riva@firm.example",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    raw = (
        "From: Ada Riva <ada.riva@firm.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f"--b\r\nContent-Type: text/calendar; charset=utf-8; method={method}\r\n"
        'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n'
        f"{calendar}\r\n"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


START = datetime.fromisoformat("2027-03-16T10:00:00+01:00")


@pytest.mark.parametrize(
    "summary",
    [
        "Riunione di reparto – budget",
        "Avdelningsmöte mars",
        "Cotygodniowe spotkanie zespołu",
        "営業部 定例会議",
        "项目周会",
        "Sprint-Review Team Kasse",
    ],
)
def test_a_teams_standing_meeting_goes_to_review_with_its_slot(summary: str) -> None:
    got = _mail(summary, "Ciao a tutti, ci vediamo come sempre.", summary, "REQUEST")
    assert got.kind == "invitation"
    assert got.start == START
    assert got.confidence < SURE


@pytest.mark.parametrize(
    "summary",
    ["Colloquio – Controller junior", "二面 – 数据分析师", "Rozmowa kwalifikacyjna – zespół IT"],
)
def test_an_interview_request_stays_sure(summary: str) -> None:
    got = _mail(
        summary, "La invitiamo a un colloquio per la posizione di Controller.", summary, "REQUEST"
    )
    assert got.kind == "invitation"
    assert got.start == START
    assert got.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Randevunuz oluşturuldu", "Sayın Robin,\n\nPoliklinik: Göz\nTarih: 16.03.2027 10:00"),
        (
            "[미소치과] 예약이 확정되었습니다",
            "Robin 님, 예약이 확정되었습니다.\n일시: 2027년 3월 16일 오전 10:00",
        ),
        (
            "Reserva confirmada: clase práctica",
            "Hola Robin, tu clase está reservada el 16 de marzo a las 10:00.",
        ),
    ],
)
def test_a_confirmed_service_booking_goes_to_review(subject: str, body: str) -> None:
    got = _mail(subject, body, "Termin", "PUBLISH")
    assert got.start == START
    assert not (got.kind == "invitation" and got.confidence >= SURE)


def test_a_turkish_webinar_registration_is_no_invitation() -> None:
    got = _mail(
        "Kayıt onayı",
        "Merhaba Robin,\n\nWeb seminerine kaydınız alınmıştır.\nTarih: 16 Mar 2027 10:00\n"
        "Katılmak için: https://zoom.example/w/1",
        "Kariyer planlama",
        "PUBLISH",
    )
    assert not (got.kind == "invitation" and got.confidence >= SURE)


def test_a_clinic_booking_the_readers_interview_stays_sure() -> None:
    got = _mail(
        "Bevestiging sollicitatiegesprek",
        "Beste Robin,\n\nHierbij bevestigen we je sollicitatiegesprek op 16 maart om 10:00 met "
        "Anouk Smit. Je afspraak is bevestigd.",
        "Sollicitatiegesprek verpleegkundige",
        "PUBLISH",
    )
    assert got.kind == "invitation"
    assert got.start == START
    assert got.confidence >= SURE
