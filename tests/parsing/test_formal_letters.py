"""Formal interview letters of public employers and the exam notices that look like them.

Every mail here is written for the test. A written-test convocation names the interviews
that come later and is not an invitation; a regret about travel costs closes an invitation
and is not a refusal; a Japanese call's assembly time ("集合時刻") is not the start.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str, subject: str, date: str = "Mon, 04 Jan 2027 09:00:00 +0100") -> bytes:
    message = EmailMessage()
    message["From"] = "Personalamt <personal@amt-example.example>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Admit card - written test for Assistant (Finance)",
            "Dear Candidate,\n\nDate of exam: 17.01.2027 (Sunday)\nReporting time: 8.30 AM\n"
            "Exam time: 9.30 AM to 11.30 AM\nVenue: Sector 5 test centre\n\nCandidates who "
            "qualify will be called for interview on a date to be notified.",
        ),
        (
            "Einladung zum schriftlichen Einstellungstest",
            "Sehr geehrte Frau Weber,\n\nwir laden Sie zum schriftlichen Einstellungstest am "
            "Samstag, 16.01.2027, um 9:00 Uhr ein. Die Besten laden wir danach zu "
            "Vorstellungsgesprächen ein.",
        ),
        (
            "Testdag for alle ansøgere",
            "Kære ansøger\n\nAlle ansøgere inviteres til testdag fredag den 15. januar kl. "
            "10.00-12.00. Derefter indkalder vi til samtaler.",
        ),
        (
            "第一次試験（筆記試験）のご案内",
            "受験者各位\n\n試験日：1月17日（日）\n集合時刻：9時00分\n会場：市民体育館\n\n"
            "面接の日程は合格者にのみお知らせします。",
        ),
    ],
)
def test_a_written_test_call_is_not_an_interview(subject: str, body: str) -> None:
    parsed = parse_message(_mail(body, subject))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5, (subject, parsed)


def test_a_letter_that_names_the_test_and_the_interview_stays_an_invitation() -> None:
    body = (
        "Dear Sam,\n\nWe invite you to an interview on Tuesday 12 January 2027 at 10:00; "
        "it includes a short written test. Please bring photo ID."
    )
    parsed = parse_message(_mail(body, "Interview and written test - Records Officer"))
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2027, 1, 12, 10, 0, tzinfo=BERLIN)


@settings(max_examples=20, deadline=None)
@given(
    regret=st.sampled_from(
        [
            "Reisekosten können leider nicht erstattet werden.",
            "Fahrtkosten werden leider nicht übernommen.",
            "Unfortunately, we are unable to reimburse travel expenses.",
            "Les frais de déplacement ne sont malheureusement pas pris en charge.",
            "Reiskosten worden helaas niet vergoed.",
        ]
    ),
    hour=st.integers(min_value=8, max_value=16),
)
def test_a_regret_about_travel_costs_is_no_refusal(regret: str, hour: int) -> None:
    body = (
        f"Sehr geehrte Frau Weber,\n\nwir laden Sie zu einem Vorstellungsgespräch am "
        f"Dienstag, dem 12. Januar 2027, um {hour}:00 Uhr ein.\n\n{regret}\n\nMit "
        "freundlichen Grüßen"
    )
    parsed = parse_message(_mail(body, "Einladung zum Vorstellungsgespräch"))
    assert parsed.kind == "invitation", regret
    assert parsed.start == datetime(2027, 1, 12, hour, 0, tzinfo=BERLIN)


def test_a_refusal_beside_travel_costs_stays_a_refusal() -> None:
    body = (
        "Sehr geehrte Frau Weber,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für "
        "andere Bewerber entschieden haben. Ihre Reisekosten vom 12. Januar erstatten wir "
        "selbstverständlich."
    )
    parsed = parse_message(_mail(body, "Ihre Bewerbung"))
    assert parsed.kind != "invitation"


def test_the_assembly_time_is_not_the_start() -> None:
    body = (
        "モーガン 様\n\n第二次試験（個別面接）を下記のとおり実施します。\n\n日時：2027年1月19日"
        "（火）\n集合時刻：9時30分\n面接開始：10時00分\n会場：市役所 第2会議室"
    )
    parsed = parse_message(
        _mail(body, "第二次試験（面接試験）のご案内", "Wed, 06 Jan 2027 10:00:00 +0900")
    )
    assert parsed.start == datetime(2027, 1, 19, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
