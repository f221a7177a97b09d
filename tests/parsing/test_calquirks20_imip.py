"""Calendar mail in the shapes calquirks20 added: the method named only on the MIME part, and
a colleague's standing meeting or team outing sent as a request.

Fixtures are written for these tests (own words). A mailer that cannot write METHOD into the
file (PHPMailer's Ical with a library that has no METHOD) still names it on the part
("text/calendar; method=REQUEST"): the reader must see a request, a cancellation as a
cancellation, and a file's own METHOD must win over the part. A German "Jour fixe" and a
Polish team-building evening sent as requests go to review; an interview request does not.
"""

from __future__ import annotations

from datetime import datetime

from service.parsing import ParsedMessage, parse_message

SURE = 0.5


def _calendar(summary: str, *, method: str | None, seq: int = 0, status: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Test//calquirks20//EN",
        "VERSION:2.0",
        *([f"METHOD:{method}"] if method else []),
        "BEGIN:VEVENT",
        "UID:calquirks20-test-1@example.com",
        "DTSTAMP:20270301T090000Z",
        "DTSTART;TZID=Europe/Warsaw:20270316T100000",
        "DTEND;TZID=Europe/Warsaw:20270316T110000",
        f"SEQUENCE:{seq}",
        f"SUMMARY:{summary}",
        *([f"STATUS:{status}"] if status else []),
        "ORGANIZER;CN=Ola Nowak:mailto:ola.nowak@firm.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:robin@inbox.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _mail(subject: str, body: str, calendar: str, part_method: str) -> ParsedMessage:
    raw = (
        "From: Ola Nowak <ola.nowak@firm.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f"--b\r\nContent-Type: text/calendar; charset=utf-8; method={part_method}\r\n\r\n"
        f"{calendar}"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


INTERVIEW = "Thank you for applying. Here is the invitation to your interview for the tester role."


def test_a_request_named_only_on_the_part_is_a_request() -> None:
    got = _mail(
        "Interview invitation",
        INTERVIEW,
        _calendar("Interview - Software Tester", method=None),
        "REQUEST",
    )
    assert got.method == "REQUEST"
    assert got.kind == "invitation"
    assert got.confidence >= SURE
    assert got.start == datetime.fromisoformat("2027-03-16T10:00:00+01:00")


def test_a_cancellation_named_only_on_the_part_cancels() -> None:
    got = _mail(
        "Cancelled: Interview - Software Tester",
        "I am sorry, we have to cancel the interview.",
        _calendar("Interview - Software Tester", method=None, seq=1),
        "CANCEL",
    )
    assert got.method == "CANCEL"
    assert got.kind == "cancellation"


def test_the_files_own_method_wins_over_the_part() -> None:
    got = _mail(
        "Interview invitation",
        INTERVIEW,
        _calendar("Interview - Software Tester", method="PUBLISH"),
        "REQUEST",
    )
    assert got.method == "PUBLISH"


def test_a_made_up_part_method_is_ignored() -> None:
    got = _mail(
        "Interview invitation",
        INTERVIEW,
        _calendar("Interview - Software Tester", method=None),
        "CREATE",
    )
    assert got.method is None
    assert got.start == datetime.fromisoformat("2027-03-16T10:00:00+01:00")


def test_a_jour_fixe_request_goes_to_review() -> None:
    got = _mail(
        "Jour fixe Einkauf",
        "Hallo zusammen, ab jetzt treffen wir uns dienstags kurz.",
        _calendar("Jour fixe Team Einkauf", method="REQUEST"),
        "REQUEST",
    )
    assert got.start is not None
    assert got.confidence < SURE


def test_a_polish_team_outing_request_goes_to_review() -> None:
    got = _mail(
        "Wyjazd integracyjny",
        "Cześć, w piątek jedziemy razem nad jezioro.",
        _calendar("Wyjazd integracyjny działu IT", method=None),
        "REQUEST",
    )
    assert got.confidence < SURE


def test_an_interview_request_for_an_integration_tester_stays_sure() -> None:
    got = _mail(
        "Zaproszenie na rozmowę",
        "Dzień dobry, zapraszamy na rozmowę rekrutacyjną na stanowisko testera.",
        _calendar("Rozmowa rekrutacyjna – Inżynier testów integracyjnych", method="REQUEST"),
        "REQUEST",
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE
