# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Moves that give the new time only in part, relative to the old slot (moves79).

Why, one rule each (each extends a list or reader the parser already had):
- The hour said to stay after the new day: Russian "на то же время" beside "в то же время",
  Turkish "saat aynı" / "saati değişmedi", Korean "시간은 같습니다" / "시간은 동일합니다"
  (lexicon.SAME_HOUR_CUES).
- A move to a date with its day of the month and no hour keeps the old hour: "is verplaatst
  naar maandag 15 maart", "has been moved to Friday 12 March", "3月15日(月)に変更" (when.py
  _onto_date_alone, beside _same_hour_elsewhere; the verb before the day as _MOVED_ONTO_DAY,
  or marked after it as NEW_SLOT_MARKED_AFTER).
- The span of a move in the sentence after the slot's, that sentence moving it itself:
  "... from 10:00 to 11:00. The panel has been pushed back by an hour", "... geplant. Wir
  müssen es um eine Woche verschieben; die Uhrzeit bleibt" (_spans_said_next).
- Korean amounts "한 시간", "두 시간" (SHIFT_AMOUNT_WORDS; not at a word's end, "변경한 시간"),
  and Chinese "提前" right after the meeting ("面试提前30分钟"; not "请提前15分钟到达").
- The reader moving their own reminder is no move of an interview: "You moved your reminder",
  "Je hebt je herinnering ... verzet" (lookalikes.OWN_TOOL_CUES).
Controls: a new date with its own hour keeps that hour; a question moves nothing; a direction
word that is a noun in the next sentence ("tus avances") moves nothing.

Exhaustive over mails x clock times (no draw). Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, claims_a_slot, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(10, 0), (15, 30)]


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="HR <people@firm.example>", to=TO, date=DATE)


# per mail: subject, body with {h} and {m} for the old hour on Wednesday 10 March, and the
# new day (of March) the move sends it to, the hour kept; or the minutes it shifts by
KEPT_HOUR: dict[str, tuple[str, str, int]] = {
    "same_time_ru": ("Перенос", "Здравствуйте!\n\nСобеседование в среду, 10 марта, в {h}:{m:02d} переносится на пятницу, 12 марта, на то же время.\n\nHR", 12),
    "same_time_tr": ("Mülakat", "Merhaba,\n\n10 Mart Çarşamba saat {h}:{m:02d} mülakatınız 12 Mart Cuma gününe taşındı, saati değişmedi.\n\nİK", 12),
    "same_time_ko": ("면접 일정", "안녕하세요.\n\n3월 10일(수) {h}:{m:02d} 면접이 3월 12일(금)로 변경되었습니다. 시간은 동일합니다.\n\n인사팀", 12),
    "date_alone_nl": ("Gesprek", "Beste Alex,\n\nOns gesprek van woensdag 10 maart om {h}:{m:02d} is verschoven naar vrijdag 12 maart, want de directeur is ziek.\n\nGroet, HR", 12),
    "date_alone_en": ("Interview", "Hi Alex,\n\nYour interview on Wednesday 10 March at {h}:{m:02d} has been moved to Tuesday 16 March because of a board meeting.\n\nBest, HR", 16),
    "date_alone_ja": ("面接日程", "Alex 様\n\n3月10日(水){h}:{m:02d}の面接は3月12日(金)に変更となりました。\n\n人事部", 12),
    "week_next_sentence_de": ("Gespräch", "Hallo Alex,\n\nIhr Gespräch war für Mittwoch, 10. März um {h}:{m:02d} Uhr angesetzt. Leider müssen wir es um eine Woche verschieben; die Uhrzeit bleibt.\n\nHR", 17),
}  # fmt: skip
SHIFTED: dict[str, tuple[str, str, int]] = {
    "next_sentence_en": ("Interview", "Hi Alex,\n\nAbout your interview on Wednesday, March 10 at {h}:{m:02d}. Our director is stuck in a meeting, so it has been delayed by an hour.\n\nHR", 60),
    "two_hours_ko": ("면접", "안녕하세요.\n\n3월 10일(수) {h}:{m:02d} 면접을 두 시간 늦춰 진행하겠습니다.\n\n인사팀", 120),
    "meeting_earlier_zh": ("面试", "您好:\n\n您3月10日(周三){h}:{m:02d}的面试时间提前半小时。\n\n人事部", -30),
}  # fmt: skip
REMINDERS: dict[str, tuple[str, str]] = {
    "reminder_en": ("Reminder updated", "You moved your reminder \"Call back about the interview\" by an hour: it was Wednesday, March 10 at {h}:{m:02d} and now rings an hour later.\n\nYour job board"),
    "reminder_nl": ("Herinnering", "Je hebt je herinnering 'Gesprek voorbereiden' verzet. Oud: woensdag 10 maart {h}:{m:02d}. Nieuw: woensdag 10 maart {h2}:{m:02d}.\n\nAgenda-app"),
}  # fmt: skip


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(KEPT_HOUR))
def test_new_day_keeps_the_old_hour(name: str, hour: int, minute: int) -> None:
    subject, body, day = KEPT_HOUR[name]
    raw = _mail(subject, body.format(h=hour, m=minute))
    assert_sure_at(raw, f"2027-03-{day:02d}T{hour:02d}:{minute:02d}")
    assert parse_message(raw).kind == "reschedule"


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(SHIFTED))
def test_shift_by_a_span(name: str, hour: int, minute: int) -> None:
    subject, body, minutes = SHIFTED[name]
    total = hour * 60 + minute + minutes
    raw = _mail(subject, body.format(h=hour, m=minute))
    assert_sure_at(raw, f"2027-03-10T{total // 60:02d}:{total % 60:02d}")
    assert parse_message(raw).kind == "reschedule"


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(REMINDERS))
def test_moved_reminder_is_claimed_by_nobody(name: str, hour: int, minute: int) -> None:
    subject, body = REMINDERS[name]
    raw = _mail(subject, body.format(h=hour, m=minute, h2=hour + 1))
    assert not claims_a_slot(parse_message(raw))


@pytest.mark.parametrize(("hour", "minute"), TIMES)
def test_new_date_with_its_own_hour_keeps_that_hour(hour: int, minute: int) -> None:
    body = f"Hi Alex,\n\nYour interview on Wednesday 10 March at 9:00 has been moved to Friday 12 March at {hour}:{minute:02d}.\n\nHR"
    assert_sure_at(_mail("Interview", body), f"2027-03-12T{hour:02d}:{minute:02d}")


@pytest.mark.parametrize(("hour", "minute"), TIMES)
def test_asked_move_to_a_date_moves_nothing(hour: int, minute: int) -> None:
    body = f"Hi Alex,\n\nCould your interview on Wednesday 10 March at {hour}:{minute:02d} be moved to Friday 12 March?\n\nHR"
    parsed = parse_message(_mail("Interview", body))
    assert parsed.confidence < 0.5 or parsed.kind not in {"invitation", "reschedule"}


@pytest.mark.parametrize(("hour", "minute"), TIMES)
def test_direction_noun_in_next_sentence_moves_nothing(hour: int, minute: int) -> None:
    body = f"Hola Alex:\n\nTe esperamos el miércoles 10 de marzo a las {hour}:{minute:02d} para la entrevista. Tendrás 15 minutos para contarnos tus avances en el proyecto.\n\nRRHH"
    parsed = parse_message(_mail("Entrevista", body))
    assert parsed.start is not None
    assert parsed.start.isoformat().startswith(f"2027-03-10T{hour:02d}:{minute:02d}"), parsed
