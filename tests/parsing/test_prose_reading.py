"""How the prose reader weighs what a mail says: the cases a careful person gets right."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message
from tests.parsing.hostile_shapes import PROSE_SHAPES
from tests.parsing.linearity import hang_guard


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


@pytest.mark.parametrize("shape", sorted(PROSE_SHAPES))
def test_the_prose_reader_ends_on_hostile_text(shape: str) -> None:
    with hang_guard():  # stopped there, not left to run
        parse_message(_mail(PROSE_SHAPES[shape].decode()))


def test_a_french_outlook_forward_names_the_original_sender_not_the_user() -> None:
    body = (
        "à ajouter\n\n________________________________\n"
        "De\xa0: Inès Lefebvre <ines@cap-horizon.example>\n"
        "Envoyé\xa0: mardi 1 septembre 2026 10:55\n"
        "À\xa0: Robin <robin@fastpost.example>\n"
        "Objet\xa0: Convocation à un entretien\n\n"
        "Nous vous convions à un entretien le lundi 7 septembre 2026 de 9h30 à 10h30, "
        "heure de Paris.\n"
    )
    result = parse_message(
        _mail(
            body, subject="TR: Convocation à un entretien", sender="Robin <robin@fastpost.example>"
        )
    )
    assert result.original_sender == "ines@cap-horizon.example"
    assert result.organizer is None or result.organizer.email != "robin@fastpost.example"
    assert result.start == datetime(2026, 9, 7, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))


def test_a_date_without_a_time_goes_to_review_saying_what_is_missing() -> None:
    body = "We would like to invite you to an interview on Thursday 12 March 2026. Any time works."
    result = parse_message(_mail(body))
    assert result.kind == "not_invitation"
    assert "Thu 12 Mar 2026 but states no time" in " ".join(result.warnings)


def test_offered_alternatives_wait_for_the_choice() -> None:
    body = "Does Thursday 5 March at 3pm work? If not, Friday morning is free too."
    result = parse_message(_mail(body, subject="Quick chat"))
    assert result.confidence < 0.5
    assert any("more than one time" in warning for warning in result.warnings)


def test_a_booking_window_is_not_a_booked_slot() -> None:
    body = (
        "Please book a 30-minute call with me at a time that suits you: any weekday between "
        "March 9 and March 20, 9:00 AM to 3:00 PM Eastern."
    )
    assert parse_message(_mail(body, subject="Book a call")).confidence < 0.5


def test_a_decline_is_not_an_invitation() -> None:
    body = "I can't make it tomorrow at 10:00, sorry! Could someone take notes?"
    assert parse_message(_mail(body, subject="Re: Team call")).confidence < 0.5


def test_slots_labelled_from_and_to_give_start_and_end() -> None:
    body = (
        "Your interview has been scheduled as below:\n"
        "From: 09-Mar-2026 11:00 AM\nTo: 09-Mar-2026 12:00 PM\nTime zone: IST\n"
    )
    result = parse_message(_mail(body, date="Mon, 02 Mar 2026 09:00:00 +0530"))
    assert result.start == datetime(2026, 3, 9, 11, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert result.end == datetime(2026, 3, 9, 12, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


def test_a_calendar_entry_pasted_as_text_is_read() -> None:
    body = (
        "The invite bounced, so here it is:\n\nBEGIN:VEVENT\nSUMMARY:Interview\n"
        "DTSTART;TZID=Europe/Stockholm:20260310T093000\n"
        "DTEND;TZID=Europe/Stockholm:20260310T103000\nEND:VEVENT\n"
    )
    result = parse_message(_mail(body))
    assert result.start == datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert result.end == datetime(2026, 3, 10, 10, 30, tzinfo=ZoneInfo("Europe/Stockholm"))


def test_hungarian_year_first_dates_are_read() -> None:
    body = "Örömmel meghívjuk személyes állásinterjúra.\nIdőpont: 2026. március 9. 14:00–15:00\n"
    result = parse_message(_mail(body, date="Mon, 02 Mar 2026 09:00:00 +0100"))
    assert result.start is not None
    assert result.start.replace(tzinfo=None) == datetime(2026, 3, 9, 14, 0)


def test_a_deadline_is_not_a_meeting() -> None:
    body = "Reminder: your online assessment must be completed by 23:59 GMT on Sunday 8 March 2026."
    result = parse_message(_mail(body, subject="Complete your assessment"))
    assert result.kind == "not_invitation"


def test_a_house_number_after_at_is_not_an_hour() -> None:
    body = (
        "You are invited to our assessment centre on Wednesday 11 March 2026 at 1 Thames Gate, "
        "London. Please arrive by 08:45 for a 09:00 start."
    )
    result = parse_message(_mail(body, date="Mon, 02 Mar 2026 09:00:00 +0000"))
    assert result.start is not None
    assert result.start.replace(tzinfo=None) != datetime(2026, 3, 11, 13, 0)


@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        ("Join us on Thursday 12 March 2026. Please arrive by 10:40 for an 11:00 start.", 11, 0),
        ("Datum: Donnerstag, 12. März 2026\nEinlass ab 10:30 Uhr, Beginn 11:00 Uhr.", 11, 0),
        ("Entretien le jeudi 12 mars 2026 : merci d'arriver à 10h45, début à 11h00.", 11, 0),
    ],
)
def test_the_time_to_arrive_by_is_not_the_start(body: str, hour: int, minute: int) -> None:
    result = parse_message(_mail(f"{body}\nInterview for the analyst role.", subject="Interview"))
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (hour, minute)


@pytest.mark.parametrize(
    ("body", "instant"),
    [
        (
            "Confirming our interview on Tuesday 10 March at 9:00 your time, which is 22:00 "
            "for me in Singapore.",
            datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("UTC")),
        ),
        (
            "Interview: Dienstag, 10. März um 9:00 Ihrer Zeit, also 15:00 Uhr bei mir in Berlin.",
            datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("UTC")),
        ),
    ],
)
def test_a_time_in_the_readers_zone_is_pinned_by_its_zoned_twin(
    body: str, instant: datetime
) -> None:
    result = parse_message(_mail(body, date="Mon, 02 Mar 2026 09:00:00 -0500"))
    assert result.start == instant


def test_a_range_restated_later_gives_the_end() -> None:
    body = (
        "Could you come in on Thursday 12 March 2026 at 2:30pm (Chicago time) for an "
        "interview? It will run 2:30-3:15pm with our office manager."
    )
    result = parse_message(_mail(body))
    chicago = ZoneInfo("America/Chicago")
    assert result.start == datetime(2026, 3, 12, 14, 30, tzinfo=chicago)
    assert result.end == datetime(2026, 3, 12, 15, 15, tzinfo=chicago)


def test_an_onsite_programme_ends_with_its_last_session() -> None:
    body = (
        "Your onsite interview programme\n\nDate: Thursday, March 12, 2026\n"
        "9:00 AM - 9:45 AM EDT Welcome and coffee\n9:45 AM - 11:00 AM Technical interview\n"
        "11:00 AM - 11:30 AM Meet the team\n\nThe office is at 1 Main Street."
    )
    result = parse_message(_mail(body))
    eastern = ZoneInfo("America/New_York")
    assert result.start == datetime(2026, 3, 12, 9, 0, tzinfo=eastern)
    assert result.end == datetime(2026, 3, 12, 11, 30, tzinfo=eastern)


@pytest.mark.parametrize(
    ("sender", "date", "zone"),
    [
        ("HR <hr@congty.vn>", "Mon, 02 Mar 2026 09:00:00 +0700", "Asia/Ho_Chi_Minh"),
        ("HR <hr@firma.co.za>", "Mon, 02 Mar 2026 09:00:00 +0200", "Africa/Johannesburg"),
        ("HR <hr@empresa.pe>", "Mon, 02 Mar 2026 09:00:00 -0500", "America/Lima"),
    ],
)
def test_a_country_domain_that_writes_the_day_first_settles_a_numeric_date(
    sender: str, date: str, zone: str
) -> None:
    body = "Hello,\n\nYour interview is on 12/03/2026 at 14:00.\n\nRegards"
    result = parse_message(_mail(body, sender=sender, date=date))
    assert result.start is not None
    assert (result.start.month, result.start.day) == (3, 12)
    assert not any("day-first or month-first" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("body", "subject", "date", "instant"),
    [
        (
            "เรียนคุณสมชาย\n\nขอเชิญสัมภาษณ์งานในวันพฤหัสบดีที่ 12 มีนาคม 2026 เวลา 10:00 น.",
            "เชิญสัมภาษณ์งาน",
            "Mon, 02 Mar 2026 09:00:00 +0700",
            datetime(2026, 3, 12, 3, 0, tzinfo=ZoneInfo("UTC")),
        ),
        (
            "您好，\n\n誠摯邀請您參加面試。\n時間：2026年3月12日（星期四）下午3:00\n地點：台北",
            "面試邀請",
            "Mon, 02 Mar 2026 09:00:00 +0800",
            datetime(2026, 3, 12, 7, 0, tzinfo=ZoneInfo("UTC")),
        ),
    ],
)
def test_thai_month_names_and_traditional_chinese_invitations_are_read(
    body: str, subject: str, date: str, instant: datetime
) -> None:
    result = parse_message(_mail(body, subject=subject, date=date))
    assert result.kind == "invitation"
    assert result.start == instant


def test_a_numeric_date_that_is_near_only_read_the_other_way_is_read_so_and_flagged() -> None:
    # A CRM in India printing m/d/Y: the reminder is sent on 5 March for 11:00 that day;
    # read day first it would be 3 May, two months away.
    body = "Reminder\nWhen: 03/05/2026 11:00am IST(+05:30)\nInterview with the hiring team"
    result = parse_message(
        _mail(
            body,
            subject="Meeting Reminder - interview",
            sender="CRM <crm-noreply@crm.example.in>",
            date="Thu, 05 Mar 2026 10:30:00 +0530",
        )
    )
    assert result.start == datetime(2026, 3, 5, 11, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert result.confidence < 0.5
    assert any("day-first or month-first" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "written",
    ["Mon, Feb 23, 2026 at 9:00 AM", "23/02/2026 09:00", "Mo., 23. Feb. 2026 um 09:00"],
)
def test_a_weekday_in_forwarded_mail_counts_from_the_day_that_mail_was_written(
    written: str,
) -> None:
    body = (
        "Forwarding this, see below.\n\n---------- Forwarded message ---------\n"
        f"From: Jane Roe <jane@acme-corp.example>\nDate: {written}\nSubject: Interview\n"
        "To: Sam <sam@mailbox.example>\n\n"
        "Hi Sam, confirmed for the interview on Thursday at 2pm ET.\n"
    )
    result = parse_message(
        _mail(
            body,
            subject="Fwd: Interview",
            sender="Sam <sam@mailbox.example>",
            date="Mon, 02 Mar 2026 09:00:00 -0500",
        )
    )
    assert result.start == datetime(2026, 2, 26, 14, 0, tzinfo=ZoneInfo("America/New_York"))


def test_a_bare_hour_before_a_zone_name_is_an_hour_not_a_house_number() -> None:
    body = "We'd like to invite you to an interview next Tuesday at 9 Eastern Time (US & Canada)."
    result = parse_message(_mail(body, date="Thu, 03 Dec 2026 08:59:00 -0500"))
    assert result.start == datetime(2026, 12, 8, 9, 0, tzinfo=ZoneInfo("America/New_York"))


def test_an_absence_mentioned_inside_an_invitation_does_not_make_it_an_absence_notice() -> None:
    body = (
        "Beste Alex,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek op donderdag "
        "12 maart 2026 om 13:30 uur in Delft.\n\nIk ben op vakantie tot en met 6 maart; vragen "
        "kun je tot dan aan mijn collega stellen.\n\nGroet, Pieter"
    )
    result = parse_message(
        _mail(
            body,
            subject="Uitnodiging sollicitatiegesprek",
            sender="Pieter <p@bedrijf.nl>",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
        )
    )
    assert result.start == datetime(2026, 3, 12, 13, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert result.confidence >= 0.5


def test_an_absence_notice_with_a_return_time_is_no_invitation() -> None:
    body = "I am out of the office until Monday 16 March 2026 at 9:00. For interviews contact HR."
    result = parse_message(_mail(body, subject="Re: Interview"))
    assert result.kind == "not_invitation" or result.confidence < 0.5
