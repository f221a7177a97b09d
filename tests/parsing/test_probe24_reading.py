"""Shapes found by probing common mail by hand (session 11): an American "Tuesday, 12.8.",
a live Q&A named after "your interview", a German thank-you that says "danke" in full.
Every mail here is written for the test.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import sure_or_screened

SENT = datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("America/New_York"))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _mail(
    subject: str, body: str, sender: str = "Dana Reyes <dana@acme-corp.example.com>"
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


def _dotted_american(day: date) -> bool:
    """A date an American may write "12.8.": both numbers could be a month, and only the
    month-first reading falls on the written weekday."""
    if day.day > 12 or day.day == day.month:
        return False
    try:
        swapped = day.replace(month=day.day, day=day.month)
    except ValueError:
        return True
    return swapped.weekday() != day.weekday()


@settings(deadline=None)
@given(
    st.integers(min_value=1, max_value=150)
    .map(lambda days: SENT.date() + timedelta(days=days))
    .filter(_dotted_american)
)
def test_a_weekday_turns_an_american_dotted_date_round(day: date) -> None:
    body = (
        "Hi Sam,\n\nThanks for applying. We'd like to invite you to an interview on "
        f"{WEEKDAYS[day.weekday()]}, {day.month}.{day.day}. 2:30 PM EST with our team.\n\n"
        "Best, Dana"
    )
    parsed = parse_message(_mail("Interview", body))
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(
        day.year, day.month, day.day, 14, 30, tzinfo=ZoneInfo("America/New_York")
    )


def test_a_german_dotted_date_stays_day_first() -> None:
    body = (
        "Hallo Sam,\n\nwir laden Sie zu einem Vorstellungsgespräch am Dienstag, 8.12. um "
        "14:30 Uhr in unser Büro in Köln ein.\n\nViele Grüße\nDana"
    )
    parsed = parse_message(_mail("Einladung zum Vorstellungsgespräch", body))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 12, 8, 14, 30)


def test_a_live_qa_named_after_your_interview_is_not_one() -> None:
    body = (
        'Hi Sam,\nDon\'t miss our live Q&A "How to ace your interview" on Wednesday at 6pm '
        "EST. Save your seat!\nCareer Coach"
    )
    parsed = parse_message(_mail("This week's webinar", body, "Coach <hello@career-coach.example>"))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_thanks_for_a_conversation_sets_no_new_one() -> None:
    body = (
        "Hallo Sam, danke für das nette Gespräch am Montag um 10 Uhr. Wir melden uns bis "
        "Freitag bei Ihnen.\nDana"
    )
    parsed = parse_message(_mail("Feedback", body))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_a_relatives_news_of_their_own_interview_is_not_the_readers() -> None:
    body = "Hey Sam,\nI got an interview at Globex on Thursday at 2pm!! Any tips?\nLove, Mom"
    parsed = parse_message(_mail("My interview!", body, "Mom <mum.lee@mailbox.example>"))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_a_recruiting_evening_is_a_public_event() -> None:
    body = (
        "Hi Sam,\nJoin our Meet the Recruiters evening on Thursday, December 10 at 6pm at our "
        "London office. Drinks and snacks provided!\nGlobex Campus"
    )
    parsed = parse_message(_mail("Meet the recruiters", body, "Campus <campus@globex.example>"))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_a_window_to_grab_any_slot_in_books_nothing() -> None:
    body = (
        "Hi Sam,\nThe team is free on Thursday between 1 and 5pm ET. Just grab whatever "
        "45-minute slot works on my calendar: https://calendly.com/dana\nDana"
    )
    parsed = parse_message(_mail("Interview times", body))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_thanks_for_a_call_before_the_interview_it_sets_stays_sure() -> None:
    body = (
        "Hi Sam,\nThanks for your time on the phone earlier. As discussed, your in-person "
        "interview is on Friday, December 11 at 10am at our Boston office.\nDana"
    )
    parsed = parse_message(_mail("Phone interview", body))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 12, 11, 10, 0)
    assert parsed.confidence >= 0.5


def test_an_unsubscribe_link_marks_bulk_mail_once_its_list_headers_are_gone() -> None:
    """Forwarded, a status page's notice loses its List-Unsubscribe header; the footer link
    ("取消订阅", "Abonnement opzeggen") still says it went to every subscriber."""
    for body in (
        "新的计划维护已创建。\n\n面试平台升级 已计划于 2026-12-12 02:00 进行\n\n谢谢\n"
        "[取消订阅](https://status.example.cn/unsubscribe/1)",
        "Nieuw gepland onderhoud.\n\nOnderhoud gespreksmodule is ingepland voor zaterdag "
        "12 december 2026 23:00\n\n[Abonnement opzeggen](https://status.example.nl/u/1)",
    ):
        parsed = parse_message(_mail("Fwd: notice", body, "Status <status@platform.example>"))
        assert parsed.kind != "invitation" or parsed.confidence < 0.5


REGRET_THEN_MOVE = {
    "en": "Unfortunately Raj is not available on Tuesday. Your interview has therefore been "
    "moved to Thursday, December 10 at 2pm.",
    "nl": "Joost kan helaas niet op dinsdag. Je gesprek is daarom verplaatst naar donderdag "
    "10 december om 14:00.",
    "de": "Leider ist Herr Maier am Dienstag verhindert. Ihr Vorstellungsgespräch wurde daher "
    "auf Donnerstag, 10. Dezember, 14:00 Uhr verschoben.",
    "fr": "Malheureusement M. Martin n'est pas disponible mardi. Votre entretien est donc "
    "déplacé au jeudi 10 décembre à 14h.",
    "es": "Lamentablemente Ana no puede el martes. Tu entrevista se ha movido al jueves 10 de "
    "diciembre a las 14:00.",
    "it": "Purtroppo Marco non è disponibile martedì. Il tuo colloquio è stato spostato a "
    "giovedì 10 dicembre alle 14:00.",
}


@pytest.mark.parametrize("text", REGRET_THEN_MOVE.values(), ids=REGRET_THEN_MOVE.keys())
def test_regret_that_explains_a_move_is_no_rejection(text: str) -> None:
    parsed = parse_message(_mail("Interview", f"Hi Sam,\n{text}\nDana"))
    assert parsed.kind in {"invitation", "reschedule"}
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 12, 10, 14, 0)
    assert parsed.confidence >= 0.5


@pytest.mark.parametrize(
    "asks",
    [
        "The team would like to bring you in for a final round.",
        "We'd love to have you back for a conversation with our CTO.",
    ],
)
def test_thanks_that_asks_for_the_next_round_keeps_its_time(asks: str) -> None:
    body = f"Hi Sam,\nThanks for the chat yesterday! {asks} Are you free Tuesday Dec 15 at 1pm ET?"
    parsed = parse_message(_mail("Re: Next steps", body + "\n\nDana"))
    assert parsed.start == datetime(2026, 12, 15, 13, 0, tzinfo=ZoneInfo("America/New_York"))
    # the note after the interview sets no cap of its own; the time is only asked about, so
    # it waits for the reader's yes (asks67)
    assert not any(note.startswith("a note after an interview") for note in parsed.warnings)
    assert sure_or_screened(parsed) or any(
        note.startswith("the time is only asked about") for note in parsed.warnings
    )


def test_cue_words_of_unspaced_scripts_are_found_inside_a_sentence() -> None:
    """A cue list tried at word starts only must still find its Chinese, Japanese and Thai
    words where a sentence runs them on: "面试改期至", "面接はキャンセルされました"."""
    from service.parsing.lexicon import CANCELLED_CUES, RESCHEDULED_CUES

    assert RESCHEDULED_CUES.search("您原定于12月9日的面试改期至12月11日")
    assert CANCELLED_CUES.search("明日の面接はキャンセルされました")
    assert not RESCHEDULED_CUES.search("面试时间为12月11日下午2点")
