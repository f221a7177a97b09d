"""The user's own mail that was misread (ownmail53).

1. The user's Bcc copy of their plain yes over the recruiter's one-slot question that the
   mail client hard-wrapped ("> Could you come in on Tuesday 17 November at 10:00 at our
   Leeds" / "> depot?"): the question is read across its wrapped lines, in each quoting
   style ("> ", ">> ", Outlook's header block with no markers), so the yes takes the slot;
   the user's own question forwarded, wrapped the same way, is still their own ask.
2. The candidate's own thank-you note offering a time ("Thank you for today. I'm available
   for a follow-up on Tue 13 Oct at 10:00 if that suits") is a note after an interview in
   English too, as it was in Indonesian and Hindi: the writer's proposal, nobody said yes.
3. The user's own calendar mailed as a document (Outlook's "Email calendar" export: "Calendar",
   a range of days, a table of events) and Google Calendar's daily agenda in its languages
   list the user's days; the interview among them is no invitation.
"""

from __future__ import annotations

import pytest

from service.parsing import classify
from service.parsing.lexicon import CALENDAR_EXPORT_CUES
from service.parsing.lookalikes import OWN_AVAILABILITY_CUES, wrapped_sentence
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_at, claimed, plain_mail
from tests.parsing.test_reply53_own_replies import mail

USER = "Alex Morgan <alex.morgan@mailbox.example>"
RECRUITER = "Priya Shah <priya.shah@fjordline.example.com>"
ATTRIBUTION = "On Mon, 9 Nov 2026 at 11:00, Priya Shah <priya.shah@fjordline.example.com> wrote:"
QUESTION = ["Could you come in on Tuesday 17 November at 10:00 at our Leeds", "depot?"]
OUTLOOK_HEAD = (
    "________________________________\nFrom: Priya Shah <priya.shah@fjordline.example.com>\n"
    "Sent: Monday, November 9, 2026 11:00 AM\nTo: Alex Morgan <alex.morgan@mailbox.example>\n"
    "Subject: Interview - Logistics Planner\n"
)


def _quoted(marker: str) -> str:
    lines = ["Hi Alex,", "", *QUESTION, "", "Priya"]
    if not marker:
        return OUTLOOK_HEAD + "\n" + "\n".join(lines)
    return ATTRIBUTION + "\n" + "\n".join(f"{marker} {x}" if x else marker for x in lines)


STYLES = {"gmail": ">", "nested": ">>", "outlook": ""}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_yes_over_a_wrapped_quoted_question_takes_its_slot(style: str) -> None:
    words = "That suits me well, thank you."
    assert_claimed_at(
        mail(f"Hi Priya,\n\n{words}\n\nBest,\nAlex\n\n{_quoted(STYLES[style])}"), 10, 0
    )


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_no_over_a_wrapped_quoted_question_takes_nothing(style: str) -> None:
    words = "Malheureusement ce créneau ne me convient pas."
    assert not claimed(mail(f"Bonjour,\n\n{words}\n\nAlex\n\n{_quoted(STYLES[style])}"))


@pytest.mark.parametrize(
    "ask",
    [
        "Would Monday 16 November at 4pm work instead for\nthe interview?",
        "Would it be possible to move\nit to Monday 16 November at 4pm?",
    ],
)
def test_the_users_own_wrapped_question_forwarded_is_still_their_ask(ask: str) -> None:
    body = (
        "FYI\n\n---------- Forwarded message ---------\n"
        f"From: {USER}\nDate: Mon, 9 Nov 2026 at 11:00\nSubject: Re: Interview\n"
        f"To: {RECRUITER}\n\nHi Priya,\n\n{ask}\n\nAlex\n"
    )
    raw = plain_mail("Fwd: Re: Interview", body, sender=USER, to="in@afterview.example", date=DATE)
    assert not claimed(raw)


DATE = "Mon, 09 Nov 2026 16:20:00 +0000"


def test_wrapped_sentence_joins_the_quote_lines_of_one_sentence() -> None:
    body = "> Hi,\n>\n> Could you come on Tuesday at 10:00 at our Leeds\n> depot? Thanks.\n"
    line = "Could you come on Tuesday at 10:00 at our Leeds"
    assert wrapped_sentence(body, line, 20).rstrip().endswith("depot?")
    assert wrapped_sentence("no such line", line, 20) == line


THANKS = {
    "en": (
        "Thank you",
        "Hi Priya,\n\nThank you for today. I'm available for a follow-up on "
        "Tue 13 Oct at 10:00 if that suits.\n\nBest,\nAlex",
    ),
    "en-b": (
        "Thank you - Logistics Planner interview",
        "Hi Priya,\n\nThanks again for today's "
        "interview, I really enjoyed meeting the team. I'm free for a follow-up call on "
        "Tuesday 13 October at 10:00 if that works for you.\n\nBest regards,\nAlex Morgan",
    ),
    "ja": (
        "本日の面接のお礼",
        "Shah様\n\n本日は面接のお時間をいただき、誠にありがとうございました。\n"
        "もし追加でお話しする機会があれば、10月13日（火）10:00以降であれば"
        "対応可能です。\n\nAlex Morgan",
    ),
    "ko": (
        "오늘 면접 감사합니다",
        "Shah 님께,\n\n오늘 면접 기회를 주셔서 감사합니다. 추가 면담이 "
        "필요하시면 10월 13일(화) 오전 10시에 가능합니다.\n\nAlex Morgan 드림",
    ),
    "de": (
        "Danke für das Gespräch",
        "Hallo Frau Shah,\n\nvielen Dank für das Gespräch heute. Für "
        "ein weiteres Gespräch hätte ich am Dienstag, 13. Oktober um 10:00 Uhr Zeit, wenn es "
        "Ihnen passt.\n\nViele Grüße\nAlex Morgan",
    ),
}


@pytest.mark.parametrize("lang", sorted(THANKS))
def test_the_candidates_thank_you_offering_a_time_is_not_claimed(lang: str) -> None:
    subject, body = THANKS[lang]
    raw = plain_mail(
        subject, body, sender=USER, to=RECRUITER, date="Mon, 05 Oct 2026 16:20:00 +0000"
    )
    assert not claimed(b"Delivered-To: in@afterview.example\n" + raw)


def test_an_employers_thanks_that_invite_to_the_next_round_still_count() -> None:
    body = (
        "Hi Alex,\n\nThank you for today's interview. We'd like to invite you to a second "
        "interview with our director on Tuesday 13 October at 10:00.\n\nBest,\nPriya"
    )
    raw = plain_mail(
        "Second interview", body, sender=RECRUITER, to=USER, date="Mon, 05 Oct 2026 16:20:00 +0000"
    )
    assert_claimed_at(raw, 10, 0)


EXPORTS = {
    "en": "Alex Morgan\nCalendar\nTuesday, 17 November 2026 - Wednesday, 18 November 2026\n"
    "Time zone: (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nTuesday, 17 November 2026\n"
    "10:00 - 11:00   Interview - Fjordline (Leeds depot)",
    "de": "Alex Morgan\nKalender\nDienstag, 17. November 2026 - Dienstag, 17. November 2026\n"
    "Zeitzone: (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
    "Dienstag, 17. November 2026\n10:00 - 11:00   Vorstellungsgespräch Lindner Logistik",
    "es-google": "Agenda para mar 17 nov 2026\n\n10:00 – 11:00   Entrevista con Fjordline",
    "fr-google": "Agenda pour mar. 17 nov. 2026\n\n10:00 – 11:00   Entretien Atelier Beaumont",
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_the_users_own_calendar_mailed_is_not_claimed(name: str) -> None:
    raw = plain_mail(
        "My calendar", EXPORTS[name], sender=USER, to="in@afterview.example", date=DATE
    )
    assert not claimed(raw)


def test_a_calendar_heading_without_a_range_of_days_is_no_export() -> None:
    assert not CALENDAR_EXPORT_CUES.search("Calendar\nTuesday, 17 November 2026 at 10:00")
    assert not CALENDAR_EXPORT_CUES.search("Agenda for your interview on 17 November")


def test_the_changed_lists_stay_linear() -> None:
    assert_linear(scans(CALENDAR_EXPORT_CUES), repeated("calendar\n2026 - 2026 ", ""))
    assert_linear(scans(CALENDAR_EXPORT_CUES), repeated("agenda für di. 1", " "))
    assert_linear(scans(classify._THANK_YOU), repeated("thank you again for today's ", " "))
    assert_linear(
        scans(classify._THANK_YOU_MORE_LANGS),
        repeated("面接の時間を 면접 기회를 感谢您今天抽出时间与我", " "),
    )
    assert_linear(scans(OWN_AVAILABILITY_CUES), repeated("hätte ich am dienstag ", " "))
