# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Which of several times is the one (moves50): an employer's bare confirmation ("Confirmed!",
"ist eingetragen", "c'est bien noté", "Bokat!") books the slot the reader picked from the
quoted list by its place, letter, weekday or part of day; a pick of two books nothing. A move
laid out as two columns without a label column ("Ancien horaire    Nouvel horaire", "Antes |
Ahora", "｜変更前｜変更後｜") or as "Prima: … / Dopo: …" rows starts at the new slot. A
scheduling list's "Monday, March 9 - 11:00 AM" is a day and a clock, not a range 9-11."""

from __future__ import annotations

from datetime import datetime

from service.parsing import parse_message
from service.parsing.text import by_slot_lines, html_to_text
from service.parsing.when import _GIVEN_UP_BEFORE_CLOCK
from service.parsing.when_choosers import _LETTER_MARK, _PICK_LETTER, _PICK_NUMBER, _PICK_PLACE
from service.parsing.when_clocks import _DASH_TO_CLOCK
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail

SENDER = "Robin Vale <robin.vale@northwind-hiring.example>"


def _read(body: str, date: str, subject: str = "Re: Interview") -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender=SENDER, to="alex@mailbox.example", date=date)
    parsed = parse_message(raw)
    start = parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


def _thread(top: str, pick: str, offer: str) -> str:
    inner = "\n".join("> " + line for line in offer.split("\n"))
    middle = pick + "\n\nOn Mon, 2 Mar 2026 at 16:00, Robin Vale wrote:\n" + inner
    quoted = "\n".join(("> " + line).rstrip() for line in middle.split("\n"))
    return top + "\n\nOn Tue, 3 Mar 2026 at 09:10, Alex Morgan wrote:\n" + quoted


OFFER = "Hi Alex,\n\nWe can offer:\n\n(a) Tuesday 10 March at 09:00\n(b) Tuesday 10 March at 13:30\n(c) Friday 13 March at 11:00\n\nRobin"
DATE = "Tue, 03 Mar 2026 11:00:00 +0000"


def test_a_bare_confirmation_books_the_slot_picked_by_letter() -> None:
    kind, start, confidence = _read(
        _thread("Lovely - you're booked in.", "(b) please.", OFFER), DATE
    )
    assert (kind, start) == ("invitation", "2026-03-10T13:30")
    assert confidence >= 0.5


def test_a_bare_confirmation_books_the_slot_picked_by_place() -> None:
    for pick, want in (
        ("The last one would be great.", "2026-03-13T11:00"),
        ("The first option suits me.", "2026-03-10T09:00"),
    ):
        kind, start, confidence = _read(_thread("Confirmed, see you then!", pick, OFFER), DATE)
        assert (kind, start) == ("invitation", want), pick
        assert confidence >= 0.5


def test_a_weekday_and_a_part_of_the_day_pick_one_of_two_slots_that_day() -> None:
    kind, start, confidence = _read(
        _thread("Bokat! Vi ses då.", "Tisdag eftermiddag passar bäst.", OFFER), DATE
    )
    assert (kind, start) == ("invitation", "2026-03-10T13:30")
    assert confidence >= 0.5


def test_two_picks_book_nothing() -> None:
    top = "Thanks! I'll check with the panel and confirm which one tomorrow."
    kind, _start, confidence = _read(_thread(top, "Either (a) or (c) works for me.", OFFER), DATE)
    assert kind != "invitation" or confidence < 0.5


def test_two_columns_without_a_label_column_start_at_the_new_slot() -> None:
    body = "Bonjour Alex,\n\nVotre entretien change d'horaire :\n\nAncien horaire          Nouvel horaire\nmercredi 8 avril, 9h    jeudi 9 avril, 16h30\n\nCordialement"
    kind, start, _ = _read(body, "Thu, 02 Apr 2026 10:15:00 +0200", "Changement d'horaire")
    assert (kind, start) == ("reschedule", "2026-04-09T16:30")


def test_full_width_bars_and_bare_before_after_headings() -> None:
    assert "変更後: 6月4日（木）10:30" in by_slot_lines(
        "｜変更前｜変更後｜\n｜6月2日（火）13:00｜6月4日（木）10:30｜"
    )
    html = "<table><tr><th></th><th>Alt</th><th>Neu</th></tr><tr><td>Datum</td><td>30.03.2026</td><td>31.03.2026</td></tr><tr><td>Uhrzeit</td><td>10:00 Uhr</td><td>14:30 Uhr</td></tr></table>"
    assert "Neu: 31.03.2026, 14:30 Uhr" in html_to_text(html)


def test_prima_dopo_rows_start_at_the_new_slot() -> None:
    body = "Gentile Alex,\n\nvariazione del suo colloquio:\n\nPrima: martedì 28 aprile 2026, 10:00\nDopo: mercoledì 29 aprile 2026, 11:30\n\nCordiali saluti"
    kind, start, _ = _read(body, "Wed, 22 Apr 2026 11:30:00 +0200", "Variazione colloquio")
    assert (kind, start) == ("reschedule", "2026-04-29T11:30")


def test_a_month_day_dash_clock_is_a_day_and_a_clock() -> None:
    body = "Hi Alex,\n\nYour interview is confirmed for Monday, March 9 - 11:00 AM.\n\nBest,\nRobin"
    assert _read(body, "Wed, 04 Mar 2026 16:10:00 -0500", "Interview")[1] == "2026-03-09T11:00"
    # a day before the month leaves the number an hour: "Monday 9 March 10 - 11:00"
    body = "Hi Alex,\n\nYour interview is on Monday 9 March 10 - 11:00.\n\nBest,\nRobin"
    assert _read(body, "Wed, 04 Mar 2026 16:10:00 +0000", "Interview")[1] == "2026-03-09T10:00"


def test_the_new_patterns_stay_linear() -> None:
    for pattern, unit in (
        (_PICK_PLACE, "the second le dernier Termin erste "),
        (_PICK_NUMBER, "option 2 nr. (3) の 2番目 第二个 # "),
        (_PICK_LETTER, "(b) a) ((c "),
        (_LETTER_MARK, "(a) b) "),
        (_DASH_TO_CLOCK, " - 11:0 – 9 "),
    ):
        assert_linear(scans(pattern), repeated(unit), label=f"moves50 {unit.strip()}")


def test_a_japanese_list_of_open_starts_reads_each_slot() -> None:
    body = "アレックス様\n\n候補日時は以下のとおりです。\n\n①6月2日（火）10:00～\n②6月3日（水）14:00～\n③6月5日（金）16:00～\n\nご都合をお知らせください。"
    quoted = "\n".join(
        ("> " + line).rstrip()
        for line in (
            "山田様\n\n②の日時でお願いいたします。\n\nアレックス\n\n2026年5月27日(水) 17:10 山田 <yamada@hoshizora.example.jp>:\n"
            + "\n".join("> " + x for x in body.split("\n"))
        ).split("\n")
    )
    text = (
        "かしこまりました。当日お待ちしております。\n\n山田\n\n2026年5月28日(木) 9:30 Alex Morgan <alex@mailbox.example>:\n"
        + quoted
    )
    kind, start, confidence = _read(
        text, "Thu, 28 May 2026 11:00:00 +0900", "Re: Re: 二次面接の日程"
    )
    assert (kind, start) == ("invitation", "2026-06-03T14:00")
    assert confidence >= 0.5


def test_a_span_with_the_hour_left_named_after_it_moves_that_hour() -> None:
    body = "Hi Alex,\n\nWe had to push your interview on Thursday, June 11 back by 30 minutes; it was 2:00 PM.\n\nChris"
    assert _read(body, "Mon, 08 Jun 2026 13:30:00 -0400", "Thursday")[1] == "2026-06-11T14:30"
    body = "Hallo Herr Morgan,\n\nwir mussten Ihr Gespräch am Donnerstag, 11. Juni, um eine halbe Stunde nach hinten verschieben; geplant war 14:00 Uhr.\n\nGrüße"
    assert _read(body, "Mon, 08 Jun 2026 09:00:00 +0200", "Gespräch")[1] == "2026-06-11T14:30"
    # the new hour written beside the span stays the new hour
    body = "Hi Alex,\n\nWe pushed your interview on Thursday, June 11 back by 30 minutes to 2:30 PM; it was 2:00 PM.\n\nChris"
    assert _read(body, "Mon, 08 Jun 2026 13:30:00 -0400", "Thursday")[1] == "2026-06-11T14:30"


def test_the_given_up_hour_cue_stays_linear() -> None:
    assert_linear(
        scans(_GIVEN_UP_BEFORE_CLOCK),
        repeated("it was originally at  era "),
        label="moves50 it was",
    )
