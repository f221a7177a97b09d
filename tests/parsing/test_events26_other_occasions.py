"""Calendar events that name an occasion nobody is hired at go to review, slot kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(summary: str, text: str, *, method: str = "PUBLISH", guests: int = 0) -> bytes:
    attendees = "".join(
        f"ATTENDEE;CN=Guest {i}:mailto:guest{i}@list.example\r\n" for i in range(guests)
    )
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:occasion-1@test.example\r\n"
        "DTSTAMP:20270101T090000Z\r\nDTSTART:20270210T140000Z\r\nDTEND:20270210T150000Z\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER;CN=Org:mailto:org@host.example\r\n{attendees}"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        "From: Org <org@host.example>\r\nTo: Candidate <candidate@inbox.example>\r\n"
        f"Subject: {summary}\r\nDate: Fri, 01 Jan 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
        f'{text}\r\n--b\r\nContent-Type: text/calendar; charset="utf-8"; method={method}\r\n\r\n'
        f"{ics}--b--\r\n"
    ).encode()


START = datetime(2027, 2, 10, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("summary", "method", "guests"),
    [
        ("Próba generalna – koncert wiosenny", "PUBLISH", 0),
        ("Spotkanie z doradcą – kredyt hipoteczny", "PUBLISH", 0),
        ("Webinar: Steuern für Selbstständige", "PUBLISH", 0),
        ("Afspraak huisarts", "REQUEST", 0),
        ("Discovery call: Ledger tools", "REQUEST", 0),
        ("Q1 company update", "REQUEST", 30),
    ],
)
def test_other_occasion_is_reviewed_with_its_slot(summary: str, method: str, guests: int) -> None:
    hi = "Hi Candidate,\n\nSee you on 10 February at 14:00 UTC.\n"
    parsed = parse_message(_mail(summary, hi, method=method, guests=guests))
    assert parsed.confidence < 0.5
    assert parsed.start == START
    assert parsed.uid == "occasion-1@test.example"
    # an earlier check (a webinar's text read as bulk mail) may have said so first
    assert parsed.warnings


@pytest.mark.parametrize(
    "summary",
    ["Meeting with Anna", "Chat with Tom", "Rozmowa – Candidate", "Échange – Candidate"],
)
def test_terse_interview_requests_stay_claimed(summary: str) -> None:
    text = "Hello,\n\nthanks for your application; the invitation is attached.\n"
    parsed = parse_message(_mail(summary, text, method="REQUEST"))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Webinar", "Rehearsal", "Beratungstermin", "Product demo"]))
def test_a_hiring_word_keeps_the_claim(occasion: str) -> None:
    """An occasion word beside an interview word is part of a hiring process."""
    text = "Hello,\n\nthis is the interview for your application; invitation attached.\n"
    parsed = parse_message(_mail(f"{occasion} – interview", text, method="REQUEST"))
    assert not any("occasion nobody is hired at" in note for note in parsed.warnings)
    assert parsed.start == START
