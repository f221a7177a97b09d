"""How the prose reader weighs what a mail says: the cases a careful person gets right."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from service.parsing import parse_message


def _mail(
    body: str,
    *,
    subject: str = "Interview",
    sender: str = "Mara Quill <mara@brightfield.example>",
    date: str = "Mon, 02 Mar 2026 09:00:00 -0500",
    html: str | None = None,
    charset: str = "utf-8",
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sam@mailbox.example"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body, charset=charset)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return bytes(message)


def test_a_time_struck_through_in_the_html_is_the_old_one() -> None:
    html = (
        "<p>Your interview moved.</p><p>When: "
        "<span style='text-decoration: line-through'>Thursday, March 12, 2026 2:00 PM</span> "
        "Friday, March 13, 2026 9:30 AM (America/Chicago)</p>"
    )
    result = parse_message(_mail("Your interview moved. See the HTML version.", html=html))
    assert result.start == datetime(2026, 3, 13, 9, 30, tzinfo=ZoneInfo("America/Chicago"))


def test_moved_from_one_time_to_another_gives_the_new_time_and_says_so() -> None:
    body = (
        "Hi Sam, we need to move our interview from Tuesday 10 March, 11:00 "
        "to Thursday 12 March, 16:30 SGT. Sorry for the shuffle."
    )
    result = parse_message(_mail(body, date="Mon, 02 Mar 2026 09:00:00 +0800"))
    assert result.start == datetime(2026, 3, 12, 16, 30, tzinfo=ZoneInfo("Asia/Singapore"))
    assert result.kind == "reschedule"


def test_a_reply_whose_subject_carries_the_thread_date_is_no_new_invitation() -> None:
    body = "I agree with the plan, but let us keep the agenda short this time.\n"
    result = parse_message(_mail(body, subject="Re: Committee meeting: Friday March 20, 17:00 UTC"))
    assert result.kind != "invitation" or result.confidence < 0.5


def test_a_meeting_that_had_passed_when_the_mail_was_sent_is_no_invitation() -> None:
    body = "Thank you for the interview on Thursday 26 February at 14:00. It was great to meet."
    result = parse_message(_mail(body, subject="Thanks for interviewing"))
    assert result.kind == "not_invitation"


def test_the_moment_the_mail_was_written_is_not_the_meeting() -> None:
    body = "03-02-26 9:00 AM\nDear Sam, your status for the interview has changed."
    result = parse_message(_mail(body, subject="Application status"))
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_a_dutch_role_ending_in_leider_is_not_a_rejection() -> None:
    body = (
        "Beste Sam,\n\nGraag nodigen we je uit voor een sollicitatiegesprek voor de functie van "
        "Projectleider op vrijdag 6 maart 2026 om 14:00 uur CET.\n"
    )
    result = parse_message(_mail(body, subject="Uitnodiging sollicitatiegesprek"))
    assert result.start == datetime(2026, 3, 6, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_iso_2022_jp_mail_is_decoded_and_read() -> None:
    body = "山田様\n\n最終面接の日時：2026年3月19日（木）14:00〜15:00（JST）\n"
    raw = _mail(
        body, subject="面接のご案内", charset="iso-2022-jp", date="Thu, 12 Mar 2026 10:00 +0900"
    )
    result = parse_message(raw)
    assert result.start == datetime(2026, 3, 19, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert result.end == datetime(2026, 3, 19, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_an_ambiguous_numeric_date_without_locale_cues_asks_instead_of_guessing() -> None:
    body = "Could we do the interview on 04/05/2026 at 10:00 UTC?"
    result = parse_message(
        _mail(body, sender="Kit <kit@example.com>", date="Wed, 01 Apr 2026 09:00:00 +0000")
    )
    assert result.confidence < 0.5
    assert any("day-first or month-first" in warning for warning in result.warnings)


def test_pst_written_in_summer_means_the_pacific_zone() -> None:
    body = "Let's talk on Wednesday, July 15, 2026 at 10:00 AM PST about the interview."
    result = parse_message(_mail(body, date="Mon, 06 Jul 2026 09:00:00 -0700"))
    assert result.start == datetime(2026, 7, 15, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert result.start is not None
    assert result.start.utcoffset() is not None
    assert result.start.utcoffset().total_seconds() == -7 * 3600  # type: ignore[union-attr]
