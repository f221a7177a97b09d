"""Two look-alikes a job seeker's inbox holds every week, with controls in the same shapes.
Every mail here is written for the test.

- A workplace occasion at the reader's current job (an all-hands, a team lunch, a stand-up)
  with no word of hiring beside its time: not an interview, whatever "meeting" it says.
- A public webinar or fair whose own sentence names "your interview" in its title ("How to
  ace your interview"): signing up to it books no interview.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message

SURE = 0.5


def _mail(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Jen Park <jen.park@talent.example.com>"
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = "Tue, 01 Dec 2026 11:10:00 -0500"
    message["Subject"] = subject
    message.set_content(f"Hi Sam,\n\n{body}\n\nBest,\nJen\n")
    return bytes(message)


LOOKALIKES = {
    "all_hands": (
        "Team update",
        "Reminder: all-hands meeting this Thursday, December 3 at 4pm ET in the main "
        "conference room. Pizza provided.",
    ),
    "team_lunch": ("Friday", "Team lunch is on Friday, December 4 at 12:30 at Rosa's, my treat!"),
    "webinar": (
        "Webinar: Ace your interview",
        "Join our free webinar 'How to ace your interview' on Thursday, December 10 at 1:00 PM "
        "ET. Register here: https://events.example.com/ace",
    ),
    "career_fair": (
        "See you at the fair",
        "Visit our stand at the career fair for your interview tips on Wednesday, December 9 "
        "at 10am in Hall B.",
    ),
}


@pytest.mark.parametrize("mail", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_a_lookalike_is_not_claimed(mail: tuple[str, str]) -> None:
    parsed = parse_message(_mail(*mail))
    assert parsed.start is not None  # the time stays for the review page
    assert parsed.confidence < SURE


CONTROLS = {
    "interview_then_lunch": (
        "Your interview on Thursday",
        "Your interview is on Thursday, December 3 at 11am ET at our office, followed by "
        "lunch with the team.",
        (12, 3, 11),
    ),
    "hiring_manager_lunch": (
        "Lunch interview",
        "The hiring manager would like to meet you for a lunch interview on Friday, December "
        "4 at 12:30 at Rosa's.",
        (12, 4, 12),
    ),
    "own_interview": (
        "Interview confirmed",
        "Your interview is confirmed for Thursday, December 10 at 1:00 PM ET on Zoom.",
        (12, 10, 13),
    ),
}


@pytest.mark.parametrize("mail", CONTROLS.values(), ids=CONTROLS.keys())
def test_an_interview_in_the_same_shape_stays_sure(mail: tuple[str, str, tuple[int, ...]]) -> None:
    subject, body, (month, day, hour) = mail
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (month, day, hour)
    assert parsed.confidence >= SURE


def _request(summary: str) -> bytes:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Test//team occasions//NL",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:team-occasion-1@bedrijf.example.nl",
            "DTSTAMP:20261201T090000Z",
            "DTSTART:20261204T153000Z",
            "DTEND:20261204T173000Z",
            "SEQUENCE:0",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Sanne de Vries:mailto:sanne@bedrijf.example.nl",
            "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sam.lee@mailbox.example",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message = EmailMessage()
    message["From"] = "Sanne de Vries <sanne@bedrijf.example.nl>"
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = "Tue, 01 Dec 2026 11:10:00 +0100"
    message["Subject"] = f"Uitnodiging: {summary}"
    message.set_content(f"Je bent uitgenodigd voor {summary}.")
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return bytes(message)


@pytest.mark.parametrize("summary", ["Vrijdagborrel", "Zomerborrel team Finance"])
def test_dutch_drinks_written_as_one_word_go_to_review(summary: str) -> None:
    """Dutch joins its drinks into one word ("vrijdagborrel", "zomerborrel"): still the
    team's own occasion, kept with its slot but not claimed."""
    parsed = parse_message(_request(summary))
    assert parsed.start is not None
    assert parsed.confidence < SURE


def test_a_dutch_interview_request_stays_sure() -> None:
    parsed = parse_message(_request("Sollicitatiegesprek Data Analist"))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE
