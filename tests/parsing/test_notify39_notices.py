"""Notification mail that names a time and a meeting word but sets no interview: a calendar
reminder whose only job word sits in a link's path, a learning platform's class or
enrolment notice whose course is about interviews, a course on interviewing skills. The
user must not find them in the calendar unasked (confidence below 0.5), while the same
tools' mail about the reader's own interview stays an invitation."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Tue, 12 Jan 2027 08:05:00 -0800"


def _parse(subject: str, body: str, sender: str = "noreply@tools.example") -> dict[str, object]:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "alex.morgan@mailbox.example"
    message["Subject"] = subject
    message["Date"] = SENT
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def _claimed(got: dict[str, object]) -> bool:
    return got["kind"] == "invitation" and float(str(got["confidence"])) >= 0.5


# job words that only a link's path holds: a settings page, a button's route
PATHS = ("settings/panel/emailpreferences/", "talent/notifications", "u/alex/resume", "hr/prefs")
MEETINGS = ("Release planning 4.2", "Community call (monthly)", "Architecture sync")


@settings(max_examples=12, deadline=None)
@given(path=st.sampled_from(PATHS), title=st.sampled_from(MEETINGS))
def test_a_job_word_in_a_link_path_does_not_make_a_meeting_an_interview(
    path: str, title: str
) -> None:
    body = (
        f"\n  {title} is starting in 15 minute(s), at Tue, Jan 12, 8:20 AM (PST).\n\n"
        f"EVENT DETAIL\n  https://code.tools.example/E58\n\n"
        f"EMAIL PREFERENCES\n  https://code.tools.example/{path}\n"
    )
    got = _parse(f"[Calendar] [Reminder] {title}", body)
    assert not _claimed(got)


def test_an_interview_reminder_from_the_same_tool_stays_an_invitation() -> None:
    body = (
        "\n  Interview: Alex Morgan - Backend Engineer is starting in 15 minute(s), at Tue, "
        "Jan 12, 8:20 AM (PST).\n\nEVENT DETAIL\n  https://code.tools.example/E140\n\n"
        "EMAIL PREFERENCES\n  https://code.tools.example/settings/panel/emailpreferences/\n"
    )
    got = _parse("[Calendar] [Reminder] Interview: Alex Morgan - Backend Engineer", body)
    assert _claimed(got)
    assert str(got["start"]).startswith("2027-01-12T08:20")


CLASS_TITLES = (
    "Entrevistas técnicas: práctica en vivo",
    "Mülakat Hazırlık Kampı",
    "Préparer ses entretiens d'embauche",
    "Technical interviews, live walkthrough",
)


@settings(max_examples=12, deadline=None)
@given(title=st.sampled_from(CLASS_TITLES), live=st.booleans())
def test_a_class_about_interviews_is_not_an_interview(title: str, live: bool) -> None:
    if live:
        subject = f"Your class on {title} is today"
        lead = (
            "You have a live class scheduled tomorrow. Please be prepared and be on time "
            "for the session."
        )
    else:
        subject = f"Your batch {title} is starting tomorrow"
        lead = (
            "The batch you have enrolled for is starting tomorrow. Please be prepared and "
            "be on time for the session."
        )
    body = (
        f"Dear  Alex Morgan,\n\n{lead}\n\nClass: {title}\n\nDate: January 13, 2027\n\n"
        "Timings: 06:00 PM\n\nBest Regards\n"
    )
    got = _parse(subject, body, "noreply@learn.example")
    assert not _claimed(got)


def test_an_evaluation_of_a_course_on_interviewing_skills_is_not_an_interview() -> None:
    body = (
        "Hey Alex Morgan\n\nYour evaluation for the course Interviewing Skills for Engineers "
        "has been scheduled on Jan 14, 2027 at 1:00 PM America/New_York (GMT-5:00).\n\n"
        "Your evaluator is Dana Brooks\n\nPlease prepare well and be on time for the "
        "evaluations.\n"
    )
    got = _parse("Your evaluation slot has been booked", body, "noreply@learn.example")
    assert not _claimed(got)


def test_an_invitation_for_a_recruiter_that_names_interviewing_skills_stays_one() -> None:
    body = (
        "Dear Alex,\n\nThank you for applying for the Recruiter role at Harbor Analytics. "
        "We would like to invite you to an interview on Thursday, January 14, 2027 at "
        "10:00 AM (EST) at our Boston office. We will talk about your sourcing and "
        "interviewing skills.\n\nBest regards,\nMaya Chen\nTalent Team\n"
    )
    got = _parse("Interview invitation - Recruiter", body, "maya.chen@harboranalytics.example")
    assert _claimed(got)
    assert str(got["start"]).startswith("2027-01-14T10:00")


def test_a_student_enrolled_in_a_degree_still_gets_the_interview() -> None:
    body = (
        "Dear Alex,\n\nAs you are enrolled in the MSc Data Science programme, we would like to "
        "invite you to an interview for our summer internship on Thursday, January 14, 2027 "
        "at 10:00 AM at our Boston office.\n\nBest regards,\nMaya Chen\nHarbor Analytics\n"
    )
    got = _parse("Internship interview", body, "maya.chen@harboranalytics.example")
    assert _claimed(got)
    assert str(got["start"]).startswith("2027-01-14T10:00")
