"""An event held for an audience is no interview of the reader's, however much it is about jobs.

A registration, a headcount, seats or tickets say that many people come; a real invitation
names the reader's own interview slot instead, and stays claimed even when it says "event".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.parsing import parse_message


def _mail(subject: str, text: str, summary: str | None = None) -> bytes:
    head = (
        "From: Events <events@host.example>\r\nTo: Candidate <candidate@inbox.example>\r\n"
        f"Subject: {subject}\r\nDate: Fri, 01 Jan 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    )
    if summary is None:
        return (head + 'Content-Type: text/plain; charset="utf-8"\r\n\r\n' + text).encode()
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Events//EN\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\nUID:audience-1@test.example\r\nDTSTAMP:20270101T090000Z\r\n"
        "DTSTART:20270210T180000Z\r\nDTEND:20270210T200000Z\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER;CN=Host:mailto:events@host.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
        f"{text}\r\n--b\r\nContent-Type: text/calendar; charset=utf-8; method=PUBLISH\r\n\r\n"
        f"{ics}--b--\r\n"
    ).encode()


START = datetime(2027, 2, 10, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("summary", "text"),
    [
        (
            "Interview prep night with hiring managers",
            "You're registered for Interview prep night with hiring managers.\n"
            "Wednesday 10 February, 18:00 UTC. 74 going.\n",
        ),
        (
            "Bewerbungsgespräche üben – mit Personalern",
            "Danke für deine Anmeldung zum Übungsabend am 10. Februar um 18 Uhr UTC.\n",
        ),
        (
            "模擬面接会",
            "参加登録が完了しました。2月10日 18:00（UTC）、参加者 30 名。\n",
        ),
    ],
)
def test_a_published_event_for_an_audience_goes_to_review(summary: str, text: str) -> None:
    parsed = parse_message(_mail(summary, text, summary))
    assert parsed.confidence < 0.5
    assert parsed.start == START
    assert parsed.uid == "audience-1@test.example"


def test_a_text_reminder_with_a_headcount_is_not_claimed() -> None:
    text = (
        "Hi Candidate,\n\nInterview practice with recruiters is on Wednesday 10 February 2027"
        " at 6pm at the Old Mill, Leeds. Hiring managers from five firms will talk about"
        " their teams.\n\n140 attendees are registered. Tickets: 1 x Standard.\n"
    )
    parsed = parse_message(_mail("See you on Wednesday: interview practice", text))
    assert parsed.confidence < 0.5


def test_a_hiring_day_that_gives_the_reader_a_slot_stays_claimed() -> None:
    text = (
        "Hi Candidate,\n\nThanks for registering for our graduate hiring day; 60 people are"
        " registered. Your interview: Wednesday 10 February 2027, 18:00-18:45 UTC, with"
        " Ana Ruiz.\n"
    )
    parsed = parse_message(_mail("Your interview at our hiring day", text, "Interview: Candidate"))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == START


def test_a_one_on_one_interview_is_the_readers_own() -> None:
    text = (
        "Hi Candidate,\n\nThank you for registering for our nursing hiring event. Your"
        " one-on-one interview is on Wednesday 10 February 2027 at 6:00 PM UTC with Dana"
        " Holt, Nurse Manager, for the Registered Nurse position.\n"
    )
    parsed = parse_message(_mail("Hiring event: you're shortlisted", text))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == START


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "You're invited: Careers Open Evening",
            "Hi Candidate,\n\nJoin our Careers Open Evening on Wednesday 10 February 2027,"
            " 18:00-20:00 UTC, at our Leeds office. Meet the graduate team.\n",
        ),
        (
            "【キャリアセンター】面接対策講座のお知らせ",
            "学生の皆さん\n\n面接対策講座\n日時：2027年2月10日（水）18:00〜19:30\n場所：本館3階\n",
        ),
    ],
)
def test_an_open_evening_or_a_course_is_no_interview(subject: str, text: str) -> None:
    parsed = parse_message(_mail(subject, text))
    assert parsed.confidence < 0.5


@pytest.mark.parametrize(
    "line",
    ["Order #5521 - 1 x General admission", "Doors open at 5:45 PM.", "9 people are going."],
)
def test_a_ticket_type_the_doors_or_a_small_headcount_say_audience(line: str) -> None:
    text = (
        "Hi Candidate,\n\nInterview clinic with recruiters: Wednesday 10 February 2027 at"
        f" 6:00 PM UTC, Old Mill, Leeds.\n\n{line}\n"
    )
    summary = "Interview clinic with recruiters"
    parsed = parse_message(_mail(summary, text, summary))
    assert parsed.confidence < 0.5
    assert parsed.start == START
