"""What the moves76 batch showed the parser missing (tests/parsing/corpus/PROVENANCE-moves76.md):
a notice that moves the reader's interview by naming the old and the new hour in one clause was
read wrong where the word for "instead of" was one the clock tables lacked - Russian "в 16:00
вместо 15:00" and Ukrainian "о 12:00 замість 11:00" (the word before the hour given up) came out
as a sure NEW invitation, Japanese "15:00ではなく16:00" and Korean "15:00 대신 16:00" (the word
after it) at the OLD hour - and a Russian or Ukrainian move by an amount ("переносится на час
раньше", "перенесено на годину пізніше") kept the old hour. Read so, the service would either
create a second interview or leave the one it holds at the wrong hour.

The rule, exhaustively over a small table of hours: such a notice is a `reschedule` at the NEW
start (the old start plus or minus the amount for a move by an amount). Controls: a first
invitation whose "instead of" trades a phone call for a meeting ("Вместо звонка приглашаем",
"電話ではなく", "전화 면접 대신") stays an invitation at its hour, at confidence 0.5 or more."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail, wall_minute

SENT = "Mon, 07 Dec 2026 08:05:00 +0100"
DAY = "2026-12-10"  # Thursday

# (language, notice): {o} the old hour, {n} the new one - ours
TRADED = [
    ("ru", "Собеседование в четверг, 10 декабря, пройдёт в {n}:00 вместо {o}:00."),
    ("uk", "Співбесіда в четвер, 10 грудня, відбудеться о {n}:00 замість {o}:00."),
    ("ja", "12月10日（木）の面接は、{o}:00ではなく{n}:00開始に変更となりました。"),
    ("ko", "12월 10일(목) 면접은 {o}:00 대신 {n}:00에 진행됩니다."),
]
# (language, notice, minutes the slot moves by): {o} the old hour
SHIFTED = [
    ("ru", "Ваше собеседование в четверг, 10 декабря, в {o}:00 переносится на час раньше.", -60),
    ("ru", "Ваше собеседование в четверг, 10 декабря, в {o}:00 переносится на час позже.", 60),
    ("ru", "Собеседование в четверг, 10 декабря, в {o}:00 сдвигается на полчаса позже.", 30),
    ("uk", "Вашу співбесіду в четвер, 10 грудня, о {o}:00 перенесено на годину раніше.", -60),
]
# a first invitation: {o} its hour
CONTROLS = [
    (
        "ru",
        "Вместо звонка приглашаем вас на собеседование в офисе в четверг, 10 декабря, в {o}:00.",
    ),
    ("ja", "電話ではなく、12月10日（木）{o}:00に弊社にて面接をお願いしたく存じます。"),
    ("ko", "전화 면접 대신 12월 10일(목) {o}:00에 사무실에서 면접을 진행하고자 합니다."),
]
HOURS = [10, 11, 13, 14, 15]


def _read(body: str) -> tuple[str, float, str | None]:
    parsed = parse_message(
        plain_mail(
            "Interview",
            "Alex,\n\n" + body + "\n\nRita Moll\nWerkhaus",
            sender="Rita Moll <rita.moll@werkhaus.example>",
            to="alex.morgan@mailbox.example",
            date=SENT,
        )
    )
    return parsed.kind, parsed.confidence, wall_minute(parsed.start)


@pytest.mark.parametrize("later", [True, False])
@pytest.mark.parametrize("old", HOURS)
@pytest.mark.parametrize(("lang", "frame"), TRADED)
def test_a_trade_of_hours_in_one_clause_is_a_reschedule_at_the_new_hour(
    lang: str, frame: str, old: int, later: bool
) -> None:
    new = old + 1 if later else old - 1
    kind, _, start = _read(frame.format(o=old, n=new))
    assert (kind, start) == ("reschedule", f"{DAY} {new:02d}:00"), lang


@pytest.mark.parametrize("old", HOURS)
@pytest.mark.parametrize(("lang", "frame", "minutes"), SHIFTED)
def test_a_move_by_an_amount_is_a_reschedule_at_the_old_start_moved(
    lang: str, frame: str, minutes: int, old: int
) -> None:
    total = old * 60 + minutes
    kind, _, start = _read(frame.format(o=old))
    assert (kind, start) == ("reschedule", f"{DAY} {total // 60:02d}:{total % 60:02d}"), lang


@pytest.mark.parametrize("old", HOURS)
@pytest.mark.parametrize(("lang", "frame"), CONTROLS)
def test_instead_of_a_call_is_still_a_sure_invitation(lang: str, frame: str, old: int) -> None:
    kind, confidence, start = _read(frame.format(o=old))
    assert (kind, start) == ("invitation", f"{DAY} {old:02d}:00"), lang
    assert confidence >= 0.5, lang
