# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Regional date, zone and length habits (regions79).

Why, one rule each (each extends an existing table or count):
- A numeric date typed without its year counts toward the mail's day/month order as a dated
  one does (when_dates._SLASH_DAY_MONTH): a Toronto recruiter's "on 05/04 at 10:00" beside
  "references by 31/03" is the 5th of April, and "05/04" beside "Monday, April 5" written out
  settles the same way; "4/30" beside it keeps a Calgary writer month first, and "24/7" votes
  for nothing.
- "NZ time" names New Zealand's clock (zone_words.PLACE_ZONES), as "11am NZ time" and "(it's NZ
  time)" do in shiftweek20 and cwthread.
- Belgian and Swiss French tens give a length: "septante minutes", "nonante minutes"
  (when_ends._SPELLED_COUNTS).
- Written Cantonese puts its own part of the day before the hour: "晏晝2點半", "下晝3點",
  "夜晚7點" are afternoon and evening, "朝早10點", "上晝11點半" morning
  (when_common._PRE_AFTERNOON, _PRE_MORNING); main read "下晝3點" as 03:00, sure.

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"


def _mail(body: str, sender: str, date: str, subject: str = "Interview") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=date)


TORONTO = "Priya Raman <priya.raman@maplecrest.example.ca>"
CALGARY = "Dale Fortier <dfortier@prairiehydro.example.ca>"
EAST = "Mon, 29 Mar 2027 09:05:00 -0400"
MOUNTAIN = "Mon, 29 Mar 2027 08:40:00 -0600"

# the meeting's numeric date, then a second date or an aside that settles the order
ORDERS = {
    "references_by_31_03": ("Hi Alex,\n\nThe hiring manager would like to meet you on 05/04 at 10:00 a.m. at 40 King St W. Please send your two references by 31/03.\n\nPriya\nToronto, ON", TORONTO, EAST, "2027-04-05T10:00"),
    "forms_due_before_day_first": ("Bonjour Alex,\n\nThe panel can see you 06/04 at 2:30 p.m. Your forms are due 30/03, ideally scanned.\n\nPriya Raman\nToronto", TORONTO, EAST, "2027-04-06T14:30"),
    "weekday_written_out": ("Hello Alex,\n\nYou're booked for a panel interview on 05/04 at 1:30 p.m. (Monday, April 5) with our operations lead.\n\nDale\nCalgary, Alberta", CALGARY, MOUNTAIN, "2027-04-05T13:30"),
    "month_first_second_date": ("Hello Alex,\n\nYou're booked for a panel interview on 04/05 at 1:30 p.m. Your safety forms are due 4/30 as well.\n\nDale\nCalgary, Alberta", CALGARY, MOUNTAIN, "2027-04-05T13:30"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(ORDERS))
def test_a_second_date_without_year_settles_the_order(name: str) -> None:
    body, sender, date, start = ORDERS[name]
    assert_sure_at(_mail(body, sender, date), start)


def test_all_day_every_day_is_no_date() -> None:
    body = "Hi Alex,\n\nThe hiring manager would like to meet you on 05/04 at 10:00 a.m. Our support line runs 24/7 if you get lost.\n\nDale\nCalgary, AB"
    parsed = parse_message(_mail(body, CALGARY, MOUNTAIN))
    assert parsed.start is not None
    assert parsed.start.isoformat().startswith("2027-05-04T10:00"), parsed


@pytest.mark.parametrize(
    "line",
    [
        "Could we meet on Wednesday 7 April at 11am NZ time for the interview?",
        "Your interview is set for Wednesday 7 April, 11am (NZ time), over Teams.",
    ],
)
def test_nz_time_names_new_zealand(line: str) -> None:
    body = f"Hi Alex,\n\n{line}\n\nKind regards,\nJess\nTalent team"
    parsed = parse_message(
        _mail(body, "Jess <jess@talent.example.com>", "Mon, 29 Mar 2027 20:00:00 +0000")
    )
    assert parsed.start is not None
    # 7 April: New Zealand is back on standard time (+12:00) after 4 April
    assert parsed.start.isoformat() == "2027-04-07T11:00:00+12:00", parsed


@pytest.mark.parametrize(
    ("words", "minutes"),
    [("septante minutes", 70), ("nonante minutes", 90), ("huitante minutes", 80)],
)
def test_belgian_and_swiss_tens_give_a_length(words: str, minutes: int) -> None:
    body = f"Bonjour Alex,\n\nNous vous invitons à un entretien le mardi 16 mars à 9 h 30, avenue Louise 250. L'entretien durera {words}.\n\nService RH"
    parsed = parse_message(
        _mail(body, "RH <rh@brabant.example.be>", "Mon, 08 Mar 2027 09:15:00 +0100")
    )
    assert parsed.start is not None, parsed
    assert parsed.end is not None, parsed
    assert (parsed.end - parsed.start).total_seconds() == minutes * 60, parsed


# written Cantonese names the part of the day before the hour as Mandarin's "下午" does
CANTONESE = {
    "晏晝2點半": "2027-03-16T14:30",
    "下晝3點": "2027-03-16T15:00",
    "夜晚7點": "2027-03-16T19:00",
    "朝早10點": "2027-03-16T10:00",
    "上晝11點半": "2027-03-16T11:30",
}


@pytest.mark.parametrize("clock", sorted(CANTONESE))
def test_cantonese_day_parts(clock: str) -> None:
    body = f"Alex 你好,\n\n多謝你申請物業主任一職。面試喺3月16日(星期二){clock},地點:觀塘開源道 55 號 12 樓。\n\n九龍物業 人事部"
    raw = _mail(
        body,
        "人事部 <hr@kowloonprop.example.com.hk>",
        "Mon, 08 Mar 2027 09:15:00 +0800",
        "面試安排",
    )
    assert_sure_at(raw, CANTONESE[clock])
