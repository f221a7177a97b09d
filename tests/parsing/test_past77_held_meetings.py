# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""A bare weekday whose meeting the sentence tells as already held (past77).

Why, one rule (lexicon.PAST_MEETING_BEFORE / PAST_MEETING_AFTER, read by
when_dates._coming_or_last for every bare weekday, the full, short and CJK forms alike): a
past-tense "took place / was held / we met / thanks for coming" right before the weekday
("Собеседование прошло в четверг", "Rozmowa odbyła się w czwartek", "pohovor proběhl ve
čtvrtek") or right after it and its hour ("Perşembe günü saat 15:00'te yaptığımız",
"木曜日15時に行われた", "donderdag om 15:00 langskwam"), or "last week's" in Chinese,
Japanese and Korean before it ("上周四", "先週の木曜日", "지난 목요일"), names the last such weekday before the
mail, not the coming one; such a mail sets no new interview.
Controls: the same past meeting cited beside a new round at a new fixed time keeps the new slot.

Sentences hand-written here, not the corpus's. Mail sent Monday 8 March 2027: the Thursday
named is 4 March, and a forward reading would wrongly give 11 March.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import CALENDAR_KINDS, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"

HELD: dict[str, tuple[str, str]] = {
    "ru": ("Спасибо", "Алекс, добрый день!\n\nНаша встреча прошла в четверг в 16:00, спасибо за интересный разговор. Ответ пришлём позже.\n\nМарина"),
    "pl": ("Podziękowanie", "Dzień dobry,\n\nspotkanie odbyło się w czwartek o 16:00 i dziękujemy za rozmowę. Wrócimy z odpowiedzią.\n\nAnna"),
    "cs": ("Děkujeme", "Dobrý den,\n\nschůzka, která proběhla ve čtvrtek v 16:00, nás velmi zaujala. Ozveme se.\n\nPetra"),
    "uk": ("Дякуємо", "Доброго дня!\n\nЗустріч, що відбулася в четвер о 16:00, була дуже корисною. Ми напишемо згодом.\n\nІрина"),
    "en": ("Thanks", "Hi Alex,\n\nThank you for joining us on Thursday at 4pm. We'll be in touch once the hiring team has met.\n\nSam"),
    "tr": ("Teşekkürler", "Merhaba Alex,\n\nPerşembe günü saat 16:00'da gerçekleşen toplantı için teşekkürler. Size döneceğiz.\n\nAyşe"),
    "ja": ("お礼", "モーガン様\n\n木曜日16時に行われた面談では大変お世話になりました。結果は追ってご連絡します。\n\n採用担当"),
    "nl": ("Bedankt", "Hoi Alex,\n\nFijn dat je donderdag om 16:00 langskwam voor een kennismaking. We laten snel iets weten.\n\nLotte"),
    "en_after": ("Update", "Hi Alex,\n\nYour interview on Thursday at 4pm went really well. We will get back to you soon.\n\nSam"),
    "zh_last": ("感谢", "Alex 您好：\n\n上周四下午4点的面试，感谢您的参与。我们会尽快答复。"),
    "ko_last": ("감사합니다", "알렉스 님,\n\n지난 목요일 오후 4시 면접에 와 주셔서 감사합니다. 결과는 곧 알려 드리겠습니다."),
}  # fmt: skip

NEW_ROUND: dict[str, tuple[str, str]] = {
    "ru": ("Второй этап", "Алекс, добрый день!\n\nНаша встреча прошла в четверг в 16:00. Приглашаем вас на второй этап в среду, 10 марта, в 11:30, офис на Невском, 20.\n\nМарина"),
    "pl": ("Drugi etap", "Dzień dobry,\n\nspotkanie odbyło się w czwartek o 16:00. Zapraszamy na drugi etap w środę 10 marca o 11:30, ul. Długa 3.\n\nAnna"),
    "en": ("Next round", "Hi Alex,\n\nThank you for joining us on Thursday at 4pm. We'd like to invite you to a final interview on Wednesday, March 10 at 11:30 AM at 12 Pier Road.\n\nSam"),
}  # fmt: skip


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Hiring <jobs@firm.example>", to=TO, date=DATE)


@pytest.mark.parametrize("name", sorted(HELD))
def test_held_meeting_is_not_read_forward(name: str) -> None:
    parsed = parse_message(_mail(*HELD[name]))
    forward = parsed.start is not None and parsed.start.date().isoformat() == "2027-03-11"
    assert not (parsed.kind in CALENDAR_KINDS and forward), (name, parsed.kind, parsed.start)


@pytest.mark.parametrize("name", sorted(NEW_ROUND))
def test_new_round_after_held_meeting_keeps_new_slot(name: str) -> None:
    assert_sure_at(_mail(*NEW_ROUND[name]), "2027-03-10T11:30")
