"""Column-aligned label rows and workplace routines in calendar titles (fresh26 batch).

Plain-text calendar notices pad their row labels to a column before the colon ("to          :
09/02/2027 15:00"); the padded end row closes the range, it does not move the slot. Team
routines in Vietnamese and Chinese titles, and a quarter's budget review, go to review.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _text_mail(body: str, subject: str, date: str = "Wed, 03 Feb 2027 16:40:00 -0600") -> bytes:
    return (
        "From: Rosa Lind <rosa@quarry-hire.example>\r\nTo: Candidate <candidate@inbox.example>\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + body.replace("\n", "\r\n")
    ).encode()


@settings(max_examples=30, deadline=None)
@given(
    pad_from=st.integers(min_value=2, max_value=12),
    pad_to=st.integers(min_value=2, max_value=12),
    twelve=st.booleans(),
)
def test_padded_end_row_closes_the_range(pad_from: int, pad_to: int, twelve: bool) -> None:
    # (unpadded "from : …" / "to : …" rows still read as a quoted header block: not covered)
    start, end = ("02:30 PM", "03:15 PM") if twelve else ("14:30", "15:15")
    body = (
        "Interview invitation\n\nYou are invited to an interview with our team.\n\n"
        f"from{' ' * pad_from} : 02/09/2027 {start}\n\n"
        f"to{' ' * pad_to} : 02/09/2027 {end}\n\n"
        "subject : Interview - Data Clerk\n"
    )
    parsed = parse_message(_text_mail(body, "Interview - Data Clerk"))
    zone = timezone(timedelta(hours=-6))
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2027, 2, 9, 14, 30, tzinfo=zone)
    assert parsed.end == datetime(2027, 2, 9, 15, 15, tzinfo=zone)


def test_vietnamese_padded_rows_give_start_and_end() -> None:
    body = (
        "Bạn được mời tham dự buổi phỏng vấn\n\n"
        "từ             : 23/03/2027 09:30\n\n"
        "đến            : 23/03/2027 10:15\n\n"
        "chủ đề         : Phỏng vấn - Nhân viên kinh doanh\n"
    )
    parsed = parse_message(
        _text_mail(body, "Phỏng vấn - Nhân viên kinh doanh", "Thu, 18 Mar 2027 16:40:00 +0700")
    )
    zone = timezone(timedelta(hours=7))
    assert parsed.start == datetime(2027, 3, 23, 9, 30, tzinfo=zone)
    assert parsed.end == datetime(2027, 3, 23, 10, 15, tzinfo=zone)


def test_a_stated_move_still_moves() -> None:
    body = "Hi,\n\nwe had to move your interview from 2:00pm to 4:30pm on Tuesday 9 February.\n"
    parsed = parse_message(_text_mail(body, "Interview moved"))
    assert parsed.start is not None
    assert (parsed.start.hour, parsed.start.minute) == (16, 30)


def _request(summary: str) -> bytes:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:routine-1@test.example\r\nDTSTAMP:20270101T090000Z\r\n"
        "DTSTART:20270310T013000Z\r\nDTEND:20270310T023000Z\r\nSEQUENCE:0\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER;CN=Org:mailto:org@host.example\r\n"
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Candidate:mailto:candidate@inbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        "From: Org <org@host.example>\r\nTo: Candidate <candidate@inbox.example>\r\n"
        "Subject: =?utf-8?b?"
        + __import__("base64").b64encode(summary.encode()).decode()
        + "?=\r\nDate: Fri, 05 Mar 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        "Please see the attached invitation.\r\n"
        '--b\r\nContent-Type: text/calendar; charset="utf-8"; method=REQUEST\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{ics}--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    "summary",
    ["Họp giao ban tuần", "Họp phòng kinh doanh", "周报会议", "Quarterly budget review"],
)
def test_workplace_routine_requests_go_to_review(summary: str) -> None:
    parsed = parse_message(_request(summary))
    assert parsed.confidence < 0.5
    assert parsed.start == datetime(2027, 3, 10, 1, 30, tzinfo=UTC)
    assert parsed.uid == "routine-1@test.example"


@pytest.mark.parametrize("summary", ["Phỏng vấn - Kế toán", "面试：测试工程师"])
def test_interview_titles_stay_claimed(summary: str) -> None:
    parsed = parse_message(_request(summary))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
