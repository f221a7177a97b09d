"""The calendar screen: an event whose title and notes read like other appointments goes to
review, with the file's slot, zone and UID kept.

The checks of a calendar mail name the occasions met so far (a team lunch, a career fair, a
dentist); an information session or a webinar about applying, worded as none of them, is
weighed by the screen trained on the calendar mail of the dev corpus. Interview requests,
however tersely titled, stay sure.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.parser import UNLIKE_INTERVIEWS_NOTE, calendar_wording
from service.parsing.screen import CALENDAR_WEIGHTS_FILE, reads_unlike_invitations, screen

sys.path.insert(0, str(Path(__file__).parent))
from mailkit import request_mail

SENDER = "Sam Keller <sam.keller@northwind-analytics.example>"
READER = "Alex Morgan <alex.morgan@example.com>"
DATE = "Mon, 2 Nov 2026 09:00:00 +0100"
START = datetime(2026, 11, 12, 10, 0, tzinfo=UTC)

# Interview requests as recruiters and schedulers title them: all stay sure.
INTERVIEWS = [
    (
        "Interview: Data Analyst with Northwind",
        "Hi Alex, as discussed, here is the invitation for your interview for the Data Analyst "
        "role. You will meet Sam Keller and Priya Shah. The video link is in the invite.",
    ),
    (
        "Northwind | Alex Morgan - technical interview",
        "Agenda: 15 min intro, 45 min case study, 15 min for your questions.",
    ),
    ("Phone screen - Alex Morgan / Northwind", ""),
    ("Entretien - Analyste de données", "Bonjour Alex, voici l'invitation pour votre entretien."),
    ("Vorstellungsgespräch Alex Morgan", "Hallo Alex, anbei die Einladung zum Gespräch."),
    ("Coffee chat with Sam (Northwind recruiting)", "Looking forward to chatting about the role."),
    ("Entrevista - Analista de datos", "Hola Alex, te enviamos la invitación a la entrevista."),
    ("Sollicitatiegesprek Data Analist", "Beste Alex, hierbij de uitnodiging voor het gesprek."),
]

# Sessions about applying that no check names, each worded in its own way: to review.
SESSIONS = [
    (
        "Recruiting webinar: how to hire engineers",
        "Learn how top companies interview and hire engineers. Register for the live Q&A.",
    ),
    (
        "Online info session: traineeships in logistics",
        "Join our online information session about the traineeship. Our recruiters answer "
        "questions about the application and the programme. Register via the link.",
    ),
    (
        "Résumé review drop-in hours",
        "Our advisers review your résumé during drop-in hours; no appointment needed for "
        "applicants.",
    ),
    (
        "Webinar: Bewerbungstipps für Berufseinsteiger",
        "In unserem Webinar zeigen wir, wie eine gute Bewerbung aussieht. Die Teilnahme ist "
        "kostenlos, bitte melden Sie sich an.",
    ),
]


def _request(title: str, body: str, uid: str = "evt-55@northwind-analytics.example") -> bytes:
    return request_mail(
        title,
        body,
        uid=uid,
        dtstart="20261112T100000Z",
        dtend="20261112T110000Z",
        organizer_cn="Sam Keller",
        sender=SENDER,
        to=READER,
        date=DATE,
    )


@pytest.mark.parametrize(("title", "body"), INTERVIEWS, ids=[t for t, _ in INTERVIEWS])
def test_interview_requests_stay_sure(title, body):
    parsed = parse_message(_request(title, body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5, parsed.warnings
    assert UNLIKE_INTERVIEWS_NOTE not in parsed.warnings


@pytest.mark.parametrize(("title", "body"), SESSIONS, ids=[t for t, _ in SESSIONS])
def test_a_session_about_applying_goes_to_review_with_its_slot(title, body):
    parsed = parse_message(_request(title, body))
    assert parsed.confidence < 0.5
    assert UNLIKE_INTERVIEWS_NOTE in parsed.warnings
    assert parsed.start == START  # the slot, and which event it is, stay as the file says
    assert parsed.uid == "evt-55@northwind-analytics.example"


def test_the_calendar_weights_are_a_trained_model():
    data = json.loads(CALENDAR_WEIGHTS_FILE.read_text(encoding="utf-8"))
    model = screen(calendar=True)
    assert 0.0 < model.threshold < 0.5
    assert model.weights["interview"] > 0
    assert model.weights.get("webinar", 0.0) < 0
    assert data["examples"] > 1_000
    assert model != screen()  # not the text-only model under another name


def test_text_only_mail_is_not_read_by_the_calendar_screen():
    raw = b"From: a@example.com\r\nSubject: hi\r\n\r\nInterview on Thursday at 10:00.\r\n"
    assert calendar_wording(raw) is None


_TITLES = [
    "Interview",
    "Webinar",
    "Information session",
    "Technical interview",
    "Career fair",
    "Vorstellungsgespräch",
    "Workshop",
    "Alex Morgan",
    "Northwind",
]
_NOTES = [
    "Register via the link.",
    "You will meet the hiring manager.",
    "Bring your CV.",
    "The recording will be shared.",
    "Please confirm that the time works.",
    "",
]


@settings(max_examples=40, deadline=None)
@given(
    title=st.lists(st.sampled_from(_TITLES), min_size=1, max_size=3).map(" - ".join),
    notes=st.lists(st.sampled_from(_NOTES), max_size=3).map(" ".join),
)
def test_the_screen_only_ever_holds_a_slot_for_review(title, notes):
    raw = _request(title, notes)
    parsed = parse_message(raw)
    assert parsed.start == START  # whatever the screen says, the file's slot is the reading
    if parsed.confidence >= 0.5:
        assert not reads_unlike_invitations(calendar_wording(raw) or "", calendar=True)
    if UNLIKE_INTERVIEWS_NOTE in parsed.warnings:
        assert parsed.confidence < 0.5
