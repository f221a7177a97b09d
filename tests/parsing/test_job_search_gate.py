"""A mail that names no interview, job or application anywhere goes to review, not to the
calendar: the reading keeps its time, only the claim that it is an interview is withdrawn.

Afterview keeps interviews; a meeting, a class or a visit forwarded by mistake must not grow
three reminders. The invariants: a job-search word anywhere (subject, text, quoted mail, the
forwarder's note, a calendar's title) restores the claim, and neither side changes the time.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.parser import NO_JOB_SEARCH_NOTE, UNTIED_TIME_NOTE
from tests.parsing.mailkit import plain_mail

SENDER = "Dana Ruiz <dana.ruiz@northwind-labs.example>"
READER = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Dec 2026 09:12:00 +0100"

# One meeting, typed as people type it, with no word of a job search in it.
BODY = (
    "Hi Alex,\n\nWe're meeting on Thursday 10 December 2026 at 14:00 CET in our Leeds "
    "office, 2nd floor, with Hannah.\n\nSee you then,\nDana\n"
)

# The words a job search is named by, in the places they stand in real mail.
JOB_SUBJECTS = [
    "Interview on Thursday",
    "Vorstellungsgespräch am Donnerstag",
    "Entretien jeudi",
    "Entrevista el jueves",
    "Poziv na razgovor",
    "Kennismaking donderdag",
    "Yüz yüze görüşme",
    "面接のご案内",
    "Mwaliko wa usaili",
    "Second stage",
    "Technical round",
    "Phone screen with Dana",
    "Data Analyst position",
]


def _meeting(subject: str, body: str = BODY) -> bytes:
    return plain_mail(subject, body, sender=SENDER, to=READER, date=DATE)


def test_a_meeting_that_names_no_job_search_goes_to_review_with_its_time() -> None:
    parsed = parse_message(_meeting("Thursday"))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T14:00:00+01:00"
    assert parsed.confidence < 0.5
    assert NO_JOB_SEARCH_NOTE in parsed.warnings


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(JOB_SUBJECTS))
def test_a_job_search_word_in_the_subject_restores_the_claim_and_keeps_the_time(
    subject: str,
) -> None:
    plain, named = parse_message(_meeting("Thursday")), parse_message(_meeting(subject))
    assert named.start == plain.start
    assert named.end == plain.end
    assert named.kind == "invitation"
    assert named.confidence >= 0.5
    assert NO_JOB_SEARCH_NOTE not in named.warnings


def test_the_word_may_stand_in_the_quoted_mail_a_reply_answers() -> None:
    body = BODY + (
        "\nOn Fri, 4 Dec 2026 at 10:00, Alex Morgan <alex.morgan@mailbox.example> wrote:\n"
        "> Thank you for the invitation to interview for the analyst role.\n"
    )
    assert parse_message(_meeting("Re: Thursday", body)).confidence >= 0.5


def test_the_word_may_stand_in_the_forwarders_note() -> None:
    forwarded = (
        "FYI, this is the interview for Thursday.\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {SENDER}\nDate: Mon, Dec 7, 2026 at 9:12 AM\nSubject: Thursday\n"
        f"To: {READER}\n\n{BODY}"
    )
    raw = plain_mail("Fwd: Thursday", forwarded, sender=READER, to=READER, date=DATE)
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T14:00:00+01:00"
    assert parsed.confidence >= 0.5


def test_markup_is_not_read_as_words() -> None:
    """An HTML "<hr>" rule is no HR team: only the text of an HTML part is read."""
    message = EmailMessage()
    message["From"], message["To"], message["Date"] = SENDER, READER, DATE
    message["Subject"] = "Thursday"
    html = BODY.replace("\n\n", "<hr>").replace("\n", "<br>")
    message.set_content(f"<html><body><p>{html}</p><hr></body></html>", subtype="html")
    parsed = parse_message(bytes(message))
    assert parsed.start is not None
    assert parsed.confidence < 0.5


def _request(summary: str) -> bytes:
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Afterview tests//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:gate-1@northwind-labs.example\r\nSEQUENCE:0\r\n"
        "DTSTAMP:20261207T081200Z\r\nDTSTART:20261210T130000Z\r\nDTEND:20261210T140000Z\r\n"
        f"SUMMARY:{summary}\r\n"
        "ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@northwind-labs.example\r\n"
        "ATTENDEE;CN=Alex Morgan;RSVP=TRUE:mailto:alex.morgan@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message = EmailMessage()
    message["From"], message["To"], message["Date"] = SENDER, READER, DATE
    message["Subject"] = f"Invitation: {summary}"
    message.set_content(f"{summary}\nThursday 10 December 2026, 14:00-15:00 CET\n")
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return bytes(message)


def test_a_calendar_request_is_held_to_the_same_question() -> None:
    other, interview = (
        parse_message(_request("Sync with Dana")),
        parse_message(_request("Interview: Alex Morgan / Northwind Labs")),
    )
    for parsed in (other, interview):
        assert parsed.uid == "gate-1@northwind-labs.example"
        assert parsed.start is not None
        assert parsed.start.isoformat() == "2026-12-10T13:00:00+00:00"
    assert other.confidence < 0.5
    assert NO_JOB_SEARCH_NOTE in other.warnings
    assert interview.confidence >= 0.5


# --- a time nothing near calls a meeting ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Our shortlist goes to the director on Thursday 10 December 2026 at 14:00 CET.",
        "The team takes its pick on Thursday 10 December 2026 at 14:00 CET.",
    ],
)
def test_a_time_the_hiring_team_keeps_for_itself_goes_to_review(sentence: str) -> None:
    """The mail speaks of a meeting that was, after a time that sets none: both were claimed
    at 0.8 before."""
    body = f"Hi Alex,\n\n{sentence} Thanks again for meeting us on Monday.\n\nBest,\nDana\n"
    parsed = parse_message(_meeting("Data Analyst role", body))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T14:00:00+01:00"
    assert parsed.confidence < 0.5
    assert UNTIED_TIME_NOTE in parsed.warnings


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("Your application", "We'd like to invite you to an interview:\n"),
            ("Interview invitation", ""),
            ("Your application", "Here are the details.\nDate: "),
        ]
    )
)
def test_a_word_for_the_meeting_beside_the_time_keeps_the_claim(case: tuple[str, str]) -> None:
    """The sentence above, the subject or a row label ties the same time to a meeting."""
    subject, lead = case
    body = (
        "Hi Alex,\n\nThank you for your application for the Data Analyst role.\n\n"
        f"{lead}Thursday 10 December 2026 at 14:00 CET\n\nAsk for me at reception; the "
        "meeting takes about an hour.\n\nBest,\nDana\n"
    )
    parsed = parse_message(_meeting(subject, body))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T14:00:00+01:00"
    assert parsed.confidence >= 0.5, parsed.warnings


@pytest.mark.parametrize(
    "sender",
    [
        "Nadia Chen <nadia.chen@mapletalent.example>",
        "Careers at Northwind <careers@northwind-labs.example>",
        "Recruiting Team <team@northwind-labs.example>",
    ],
)
def test_a_sender_named_for_hiring_ties_the_mail_to_a_job_search(sender: str) -> None:
    """Forwarded, the sender's line stands in the text the check reads; sent straight, the
    same mail must read the same, so the sender's name and address count as well."""
    raw = plain_mail("Thursday", BODY, sender=sender, to=READER, date=DATE)
    parsed = parse_message(raw)
    assert NO_JOB_SEARCH_NOTE not in parsed.warnings
    assert parsed.confidence >= 0.5
