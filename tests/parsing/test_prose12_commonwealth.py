"""Scheduling mail typed in Commonwealth English (prose12): minutes before "past"/"to" in
words ("ten past 11", and the German and Dutch "zehn nach elf", "om tien over elf"), thanks
for having attended, "let me know what you can do", "a.m." ending a sentence, and British
agency wording ("can see you", "a second stage", "face-to-face")."""

from __future__ import annotations

from service.parsing import parse_message
from service.parsing.lookalikes import time_sentence
from service.parsing.word_clocks import spell_word_clocks
from tests.parsing.mailkit import plain_mail


def _parse(body: str, date: str = "Thu, 05 Nov 2026 12:40:00 +0000") -> dict[str, object]:
    return parse_message(
        plain_mail(
            "Interview update",
            body,
            sender="Hannah Okafor <hannah@agency.example.co.uk>",
            to="candidate@mailbox.example",
            date=date,
        )
    ).to_json_dict()


def _start(body: str, date: str = "Thu, 05 Nov 2026 12:40:00 +0000") -> str:
    return str(_parse(body, date).get("start"))[:16]


def _claimed(body: str, date: str = "Thu, 05 Nov 2026 12:40:00 +0000") -> bool:
    got = _parse(body, date)
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


# --- minutes in words before "past" / "to" ----------------------------------------------------


def test_minutes_past_and_to_in_english_german_and_dutch() -> None:
    assert spell_word_clocks("Friday at ten past 11 on Teams") == "Friday at 11:10 on Teams"
    assert spell_word_clocks("teach at twenty past nine") == "teach at 9:20"
    assert spell_word_clocks("twenty-five past two") == "2:25"
    assert spell_word_clocks("arrive at five to three") == "arrive at 2:55"
    assert spell_word_clocks("am Montag zehn nach elf") == "am Montag 11:10"
    assert spell_word_clocks("um zehn vor drei") == "um 2:50"
    assert spell_word_clocks("maandag om tien over elf") == "maandag om 11:10"


def test_british_half_after_a_range_word_or_about() -> None:
    assert spell_word_clocks("from 2 till half 3") == "from 2 till 3:30"
    assert spell_word_clocks("Tuesday, around half ten") == "Tuesday, around 10:30"
    assert spell_word_clocks("for half an hour") == "for half an hour"


def test_a_range_of_numbers_is_no_clock() -> None:
    assert spell_word_clocks("it takes from five to ten minutes") == (
        "it takes from five to ten minutes"
    )
    assert spell_word_clocks("wir sind fünf vor zwölf dran") == "wir sind fünf vor zwölf dran"


def test_ten_past_eleven_tomorrow() -> None:
    body = (
        "Hi Alex,\n\nJust confirming you're booked in with Marlow Digital tomorrow (Friday) at "
        "ten past 11 on Teams.\n\nGood luck,\nHannah"
    )
    assert _start(body) == "2026-11-06T11:10"


# --- thanks for having attended ---------------------------------------------------------------


def test_thanks_for_attending_names_only_when_they_decide() -> None:
    body = (
        "Dear Alex,\n\nThank you for attending the interview this morning at 9.00 a.m. The "
        "panel will communicate results by Friday 27th November at 5.00 p.m.\n\nRegards,\nHR"
    )
    assert not _claimed(body, "Fri, 20 Nov 2026 15:00:00 +0300")


def test_thanks_for_attending_in_spanish() -> None:
    body = (
        "Hola Alex,\n\nGracias por asistir a la entrevista de ayer. Te daremos una respuesta el "
        "viernes 27 de noviembre a las 17:00.\n\nSaludos"
    )
    assert not _claimed(body, "Fri, 20 Nov 2026 15:00:00 +0100")


def test_am_ends_a_sentence_only_before_a_new_one() -> None:
    line = "Thank you for attending at 9.00 a.m. The panel meets on Friday at 5 p.m."
    assert time_sentence(line, line.index("Friday")).startswith("The panel")
    line = "Your interview is at 10 a.m. Eastern Time on Friday."
    assert time_sentence(line, line.index("Friday")).startswith("Your interview")


# --- availability asked -----------------------------------------------------------------------


def test_let_me_know_what_you_can_do_books_nothing() -> None:
    body = (
        "Hi Alex,\n\nHarrowfield want to get a second interview in next week. They're looking "
        "at Tues/Weds afternoons, probably from 2ish on the 11th. Could you let me know what "
        "you can do and I'll go back to them?\n\nThanks,\nGemma"
    )
    assert not _claimed(body, "Tue, 10 Nov 2026 09:05:00 +0000")


# --- British agency wording -------------------------------------------------------------------


def test_can_see_you_a_week_on_friday_is_an_invitation() -> None:
    body = (
        "Hi Alex,\n\nOuse & Co can see you a week on Friday (20th) at 1pm at the Micklegate "
        "office.\n\nJess"
    )
    got = _parse(body, "Mon, 09 Nov 2026 11:15:00 +0000")
    assert got.get("kind") == "invitation"
    assert str(got.get("start"))[:16] == "2026-11-20T13:00"


def test_second_stage_is_an_invitation() -> None:
    body = (
        "Morning Alex,\n\nThe client would like you back for a second stage on Tuesday 17th "
        "November at 10.15am, for an hour.\n\nRob"
    )
    got = _parse(body, "Wed, 04 Nov 2026 10:05:00 +0000")
    assert got.get("kind") == "invitation"
    assert str(got.get("end"))[:16] == "2026-11-17T11:15"


def test_moved_you_to_a_slot_is_a_move() -> None:
    body = (
        "Dear Alex,\n\nNo problem at all. I've moved you to the afternoon slot, 3.15pm on "
        "Friday 27th November, same venue.\n\nJoanne"
    )
    got = _parse(body, "Fri, 20 Nov 2026 10:20:00 +0000")
    assert got.get("kind") == "reschedule"
    assert str(got.get("start"))[:16] == "2026-11-27T15:15"


def test_moved_you_to_the_next_stage_is_no_move() -> None:
    body = (
        "Hi Alex,\n\nGreat news, we've moved you to the next stage. Your interview is on "
        "Friday 27th November at 3.15pm with the panel.\n\nJoanne"
    )
    assert _parse(body, "Fri, 20 Nov 2026 10:20:00 +0000").get("kind") == "invitation"


# --- "<country> time" for the one-zone Commonwealth countries ---------------------------------


def test_commonwealth_country_time_words() -> None:
    for place, offset in (
        ("South African time", "+02:00"),
        ("Ghana time", "+00:00"),
        ("Trinidad time", "-04:00"),
        ("Jamaica time", "-05:00"),
        ("KL time", "+08:00"),
    ):
        body = f"Your interview is on Wednesday 18 November at 10:00 {place}, on Teams."
        got = str(_parse(body, "Wed, 04 Nov 2026 10:05:00 +0100").get("start"))
        assert got == f"2026-11-18T10:00:00{offset}", place
