"""A desk, a phone booth or a meeting room the reader booked in the workplace's booking tool
(Seatsurfing, MRBS) is a booking of a place, even when its subject names an interview the
reader takes there by phone or holds as interviewer: the user must not find it in the
calendar as an invitation (confidence below 0.5, a warning saying what it is). A refused
booking request is no invitation either. A recruiter's invitation that names the room stays
one."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Tue, 12 Jan 2027 09:40:00 +0000"


def _parse(subject: str, html: str, sender: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "alex.morgan@mailbox.example"
    message["Subject"] = subject
    message["Date"] = SENT
    message.set_content(html, subtype="html")
    return parse_message(message.as_bytes()).to_json_dict()


def _claimed(got: dict[str, object]) -> bool:
    return got["kind"] != "not_invitation" and float(str(got["confidence"])) >= 0.5


SEATSURFING = {
    "en": (
        ("Your Seatsurfing booking", "Your booking has been confirmed."),
        ("Your Seatsurfing booking: Reminder", "This is a reminder for your upcoming booking."),
        ("Your Seatsurfing booking: Approved", "Your booking has been approved."),
    ),
    "de": (
        ("Deine Seatsurfing Buchung", "deine Buchung wurde bestätigt."),
        (
            "Deine Seatsurfing Buchung: Erinnerung",
            "dies ist eine Erinnerung an deine bevorstehende Buchung.",
        ),
    ),
}
ROWS = {
    "en": ("Hello Alex Morgan,", "Date", "Area", "Space", "Subject"),
    "de": ("Hallo Alex Morgan,", "Datum", "Bereich", "Platz", "Betreff"),
}
TOPICS = (
    "Phone interview with Tessellate Cloud",
    "Interviews (I am interviewing)",
    "Video interview round 2",
)


@settings(max_examples=20, deadline=None)
@given(
    lang=st.sampled_from(("en", "de")),
    which=st.integers(min_value=0, max_value=2),
    topic=st.sampled_from(TOPICS),
    hour=st.integers(min_value=8, max_value=16),
)
def test_a_booked_desk_or_booth_is_no_invitation(
    lang: str, which: int, topic: str, hour: int
) -> None:
    subject, sentence = SEATSURFING[lang][which % len(SEATSURFING[lang])]
    hello, date, area, space, about = ROWS[lang]
    html = (
        f"<html><body><h2>{hello}</h2><p>{sentence}</p>"
        f"<p>{date}: 2027-01-19 {hour:02d}:15 - 2027-01-19 {hour + 1:02d}:45</p>"
        f"<p>{area}: London office, Floor 5</p><p>{space}: Phone booth 2</p>"
        f"<p>{about}: {topic}</p></body></html>"
    )
    got = _parse(subject, html, "Seatsurfing <no-reply@seats.harbourline.example>")
    assert not _claimed(got)
    assert any("booked" in str(warning) or "booking" in str(warning) for warning in got["warnings"])  # type: ignore[attr-defined]


REFUSALS = (
    ("Your booking request has been declined.", "Hello Alex Morgan,", "Date", "Subject"),
    ("deine Buchungsanfrage wurde abgelehnt.", "Hallo Alex Morgan,", "Datum", "Betreff"),
)


@settings(max_examples=4, deadline=None)
@given(case=st.sampled_from(REFUSALS))
def test_a_declined_booking_request_is_no_invitation(case: tuple[str, str, str, str]) -> None:
    sentence, hello, date, about = case
    subject = "Notification"
    html = (
        f"<html><body><h2>{hello}</h2><p>{sentence}</p>"
        f"<p>{date}: 2027-03-02 10:00 - 2027-03-02 11:00</p>"
        f"<p>{about}: Kennenlernen (Video)</p></body></html>"
    )
    got = _parse(subject, html, "Seatsurfing <no-reply@desk.kranich.example>")
    assert not _claimed(got)


def test_a_recruiters_invitation_naming_the_room_stays_an_invitation() -> None:
    html = (
        "<html><body><p>Dear Alex,</p><p>We are pleased to invite you to an interview for the "
        "Data Analyst position on Tuesday 19 January 2027 at 14:15 (London time).</p>"
        "<p>Room: Phone booth area, Floor 5, ask for me at reception.</p>"
        "<p>Best regards,<br>Oliver Grant</p></body></html>"
    )
    got = _parse(
        "Interview invitation – Data Analyst", html, "Oliver Grant <o.grant@harbourline.example>"
    )
    assert got["kind"] == "invitation"
    assert float(str(got["confidence"])) >= 0.5
    assert str(got["start"]).startswith("2027-01-19T14:15")
