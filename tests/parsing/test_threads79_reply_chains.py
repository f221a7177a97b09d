# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Reply chains where the newest message decides (threads79).

Why, one rule each (each extends an existing reading):
- A reply's bare weekday in Chinese or Japanese ("那就定周五下午3点") picks the quoted offer on
  that weekday, as "Friday at 3 works" does (when_dates._may_name_weekday sees CJK days).
- A reply written on the offered day itself ("Donnerstag um 14 Uhr passt, bis heute
  Nachmittag!" on Thursday over Tuesday's "Donnerstag um 14 Uhr") means that day, counted
  from the quoted message's Date (Gmail's wrapped attribution whose address line is merged
  with the quote's first line now dates the quote; _date_weekday_by_quoted_offer takes a
  quoted slot of today).
- A colleague's forward of their thread with a candidate, asking the reader to sit in as the
  assessor ("als Fachbeisitzer"), is someone else's interview: the forwarder's note is read
  for the interviewer's duty, and the candidate's reply greeting the forwarder is not the
  reader's own reply.
- The employer's "te hemos pasado a las 15:00" moves the quoted slot (a reschedule).

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claims_a_slot, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def test_chinese_bare_weekday_picks_the_quoted_offer() -> None:
    body = (
        "Alex 您好:\n\n那就定周五下午4点,到时见。\n\n李娜\n\n"
        "Alex Morgan <alex.morgan@mailbox.example> 于2027年3月3日周三 09:20写道：\n"
        + _quote("李经理您好:\n\n我3月9日(周二)上午9点或3月12日(周五)下午4点都可以。\n\nAlex")
    )
    raw = plain_mail(
        "回复:面试时间",
        body,
        sender="李娜 <lina@hexin.example.cn>",
        to=TO,
        date="Wed, 03 Mar 2027 15:40:00 +0800",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (3, 12, 16)


@pytest.mark.parametrize(
    ("mine", "reply"),
    [
        (
            "in dieser Woche ginge bei mir noch Donnerstag um 15 Uhr.",
            "Donnerstag um 15 Uhr ist gut, bis heute Nachmittag!",
        ),
        (
            "ich könnte am Donnerstag um 15 Uhr vorbeikommen.",
            "Donnerstag 15 Uhr passt uns, wir sehen uns heute.",
        ),
    ],
)
def test_weekday_written_on_the_day_is_the_quoted_day(mine: str, reply: str) -> None:
    body = (
        f"Hallo Herr Morgan,\n\n{reply}\n\nMarion Keller\n\n"
        "Am Mo., 1. März 2027 um 17:30 Uhr schrieb Alex Morgan\n<alex.morgan@mailbox.example>:\n"
        + _quote(f"Hallo Frau Keller,\n\n{mine}\n\nAlex Morgan")
    )
    raw = plain_mail(
        "Re: Gespräch",
        body,
        sender="Marion Keller <m.keller@elbwerk.example.de>",
        to=TO,
        date="Thu, 04 Mar 2027 08:05:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (3, 4, 15)


def test_colleague_forward_of_a_candidate_thread_is_not_claimed() -> None:
    inner = (
        "Hallo Herr Lorenz,\n\nFreitag, 12. März um 11 Uhr passt mir sehr gut.\n\nTim Berger\n\n"
        "Am Di., 2. März 2027 um 09:00 Uhr schrieb Paul Lorenz\n<p.lorenz@kranwerk.example.de>:\n"
        + _quote(
            "Hallo Herr Berger,\n\nwir laden Sie gern am Freitag, 12. März um 11 Uhr ein.\n\nPaul Lorenz"
        )
    )
    body = (
        "Hi Alex,\n\nHerr Berger hat zugesagt. Kannst du als Beisitzer beim Gespräch dabei sein?\n\nPaul\n\n"
        "Am Di., 2. März 2027 um 11:00 Uhr schrieb Tim Berger <tim.berger@posteo.example>:\n"
        + _quote(inner)
    )
    raw = plain_mail(
        "WG: Vorstellungsgespräch Tim Berger",
        body,
        sender="Paul Lorenz <p.lorenz@kranwerk.example.de>",
        to=TO,
        date="Tue, 02 Mar 2027 12:00:00 +0100",
    )
    assert not claims_a_slot(parse_message(raw))


def test_spanish_we_moved_you_is_a_reschedule() -> None:
    body = (
        "Hola Alex:\n\nTe hemos pasado al jueves 11 de marzo a las 16:30. Lo demás no cambia.\n\nMarta\n\n"
        "El mar, 2 mar 2027 a las 10:00, Marta Gil (<marta.gil@ondaluz.example.es>) escribió:\n"
        + _quote("Hola Alex:\n\nTu entrevista es el miércoles 10 de marzo a las 12:00.\n\nMarta")
    )
    raw = plain_mail(
        "RE: Entrevista",
        body,
        sender="Marta Gil <marta.gil@ondaluz.example.es>",
        to=TO,
        date="Thu, 04 Mar 2027 09:10:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "reschedule"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour, parsed.start.minute) == (11, 16, 30)
