"""A slot split across a hard line wrap is one slot.

Plain-text mail is wrapped by the sender's client at 72-78 columns (Thunderbird's 72,
Outlook's 76), and a reply re-wraps the text it quotes with "> ". The break can fall between
a clock and its date ("… at 2:30 pm" / "Thursday, 17 December 2026", "… lúc 15h00 chiều" /
"thứ Hai, ngày 21/12/2026"), between a date and "at / um / à / alle / lúc + clock", or inside
the date ("on Thursday," / "17 December 2026"): read line by line, the clock pairs with
another line's date or the weekday stands alone. A line the writer ended (a list's row, a
short line above a longer text) stays as written.
"""

from __future__ import annotations

import textwrap
from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENDER = "Recruiting <jobs@company.example>"
TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Wed, 02 Dec 2026 09:05:00 +0100"


def _mail(body: str, subject: str = "Interview") -> bytes:
    return plain_mail(subject, body, sender=SENDER, to=TO, date=DATE)


def _wrap(text: str, width: int, prefix: str = "") -> str:
    return "\n".join(
        textwrap.wrap(
            text,
            width=width,
            initial_indent=prefix,
            subsequent_indent=prefix,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


ONE_LINE = {
    "en": (
        "Thank you for your application. We would like to invite you to a video interview "
        "with our engineering lead at 2:30 pm on Thursday, 17 December 2026. The call will "
        "take about 45 minutes.",
        "2026-12-17T14:30:00+01:00",
    ),
    "de": (
        "vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem persönlichen "
        "Gespräch mit unserer Teamleiterin ein, und zwar am Mittwoch, 16. Dezember 2026 um "
        "14:00 Uhr in unserem Büro in der Leopoldstraße.",
        "2026-12-16T14:00:00+01:00",
    ),
    "fr": (
        "Suite à votre candidature, nous avons le plaisir de vous proposer un entretien "
        "téléphonique avec notre directrice technique à 11h00 le lundi 14 décembre 2026. "
        "L'échange durera environ trente minutes.",
        "2026-12-14T11:00:00+01:00",
    ),
}


@pytest.mark.parametrize("lang", sorted(ONE_LINE))
def test_wrapping_at_any_column_keeps_the_start(lang: str) -> None:
    text, start = ONE_LINE[lang]
    one_line = parse_message(_mail(f"Hi Alex,\n\n{text}\n\nBest regards,\nSam Taylor"))
    assert _iso(one_line.start) == start
    wrong = {}
    for width in range(40, 79):
        body = f"Hi Alex,\n\n{_wrap(text, width)}\n\nBest regards,\nSam Taylor"
        parsed = parse_message(_mail(body))
        got = parsed.start.isoformat() if parsed.start else None
        if got != start or parsed.kind != one_line.kind:
            wrong[width] = (parsed.kind, got)
    assert wrong == {}


# What a sender's mail server appends under the client's wrapped text, one unwrapped line a
# paragraph: a legal notice in the firm's house language, a registration line.
SERVER_FOOTERS = (
    "This e-mail and any files transmitted with it are confidential and intended solely for "
    "the use of the individual or entity to whom they are addressed.",
    "Northwind Example Ltd, registered in England and Wales No. 01234567, 1 Example Street, "
    "London.",
    "Diese E-Mail enthält vertrauliche Informationen; wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail.",
)


@pytest.mark.parametrize("lang", sorted(ONE_LINE))
def test_an_unwrapped_footer_does_not_unwrap_the_body(lang: str) -> None:
    """The client's wrap width is read from the body, not from a footer's one long line:
    with the footer counted, no line break was taken for a soft wrap any more."""
    text, start = ONE_LINE[lang]
    wrong = {}
    for width in (60, 66, 72, 76):
        for footer in SERVER_FOOTERS:
            body = f"Hi Alex,\n\n{_wrap(text, width)}\n\nBest regards,\nSam Taylor\n\n{footer}"
            got = _iso(parse_message(_mail(body)).start)
            if got != start:
                wrong[(width, footer[:20])] = got
    assert wrong == {}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def test_move_wrapped_between_new_clock_and_new_date() -> None:
    # the new clock ends the line that holds the old date
    text = (
        "We are sorry, but we need to move your interview from 10:00 on Monday 14 December "
        "(the slot you had agreed with Sam Reed last week) to 3:00 pm Tuesday 15 December "
        "2026. The video link stays the same."
    )
    wrapped = _wrap(text, 76)
    assert "to 3:00 pm\nTuesday 15 December" in wrapped
    body = f"Hi Alex,\n\n{wrapped}\n\nKind regards,\nPriya"
    parsed = parse_message(_mail(body, "Change to your interview time"))
    assert parsed.kind == "reschedule"
    assert _iso(parsed.start) == "2026-12-15T15:00:00+01:00"


def test_vietnamese_move_wrapped_after_day_part() -> None:
    text = (
        "Lịch phỏng vấn với anh Nam được dời từ 10h sáng thứ Sáu 18/12 sang 15h00 chiều "
        "thứ Hai, ngày 21/12/2026. Địa điểm không thay đổi."
    )
    wrapped = _wrap(text, 78)
    assert "15h00 chiều\nthứ Hai" in wrapped
    raw = _mail(f"Chào Alex,\n\n{wrapped}\n\nMinh Quân", "Dời lịch phỏng vấn")
    parsed = parse_message(raw)
    assert parsed.kind == "reschedule"
    assert _iso(parsed.start) == "2026-12-21T15:00:00+01:00"


def test_quoted_rewrapped_date_then_clock() -> None:
    text = (
        "Hallo Alex, wegen einer Terminkollision haben wir Ihr Gespräch mit der "
        "Bereichsleitung und der Teamleitung IT auf Montag, 21. Dezember 2026 um 10:00 Uhr "
        "verlegt. Alles andere bleibt gleich."
    )
    quoted = _wrap(text, 72, "> ")
    assert "21. Dezember 2026\n> um 10:00 Uhr" in quoted
    body = (
        "Hallo Alex,\n\nkurze Erinnerung an meine Nachricht unten - passt Ihnen der neue "
        "Termin?\n\nViele Grüße\nSabine\n\n"
        "Am 02.12.2026 um 08:40 schrieb Sabine Roth <jobs@company.example>:\n>\n" + quoted
    )
    parsed = parse_message(_mail(body, "AW: Neuer Termin für Ihr Gespräch"))
    assert _iso(parsed.start) == "2026-12-21T10:00:00+01:00"


def test_rows_the_writer_ended_stay_apart() -> None:
    # short rows: each ends where the writer ended it, the next row's date is its own
    body = (
        "Hi Alex,\n\nThank you for your time on the phone today. As promised, here are the "
        "two\nslots the panel can offer; please reply with the one that suits you best.\n\n"
        "Panel one at 9:00\nThursday 17 December 2026 at 14:00 panel two\n\nBest,\nSam"
    )
    parsed = parse_message(_mail(body))
    assert parsed.start is None or parsed.start.isoformat() != "2026-12-17T09:00:00+01:00"


def test_label_row_is_no_wrapped_prose() -> None:
    # the longest line of the mail, ending in a date, and the time on the row below: a
    # label's value the writer ended, not a wrap
    body = (
        "Hi Alex,\n\nWe need to change the date of your interview.\n\n"
        "New date: Thursday 10 December 2026 (previously Tuesday 8 December)\n"
        "11:00-11:45\nWhere: Microsoft Teams (link unchanged)\n\nThanks,\nPriya"
    )
    parsed = parse_message(_mail(body, "Change of date"))
    assert parsed.kind == "reschedule"
    assert _iso(parsed.start) == "2026-12-10T11:00:00+01:00"
