"""Forward header blocks in the languages and clients the first reader did not know: who
sent the forwarded message is found, and a relative day in it counts from when it was sent.

The blocks are typed here the way each client lays them out (labels from their translation
files or published samples); the people, addresses and mail text are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from service.parsing import parse_message
from service.parsing.forwards import InlineForward, find_forwards
from service.parsing.parser import _inline_date

USER = "me@mailbox.example"
BOSS = "hr@harbourline.example"


def _forward(block: str, body: str, sent: str = "Thu, 15 Oct 2026 08:40:00 +0300") -> bytes:
    message = EmailMessage()
    message["From"] = USER
    message["To"] = "in@afterview.example"
    message["Date"] = sent
    message["Subject"] = "Fwd: Interview"
    message.set_content(f"{block}\n{body}\n", cte="8bit")
    return message.as_bytes(policy=SMTP)


BLOCKS = {
    "yahoo_ru_one_line": (
        "   ----- Пересылаемое сообщение ----- От: Нина Гусева <" + BOSS + ">Кому: "
        f'"{USER}" <{USER}>Отправлено: среда, 14 октября 2026 г., 16:05:00 GMT+3Тема: Встреча'
    ),
    "thunderbird_tr": (
        "-------- İletilen İleti --------\nKonu: \tGörüşme\nTarih: \tWed, 14 Oct 2026 16:05:00 "
        f"+0300\nKimden: \tSelin Ak <{BOSS}>\nKime: \t{USER}"
    ),
    "k9_korean": (
        f"-------- 원본 메시지 --------\n보낸 사람: 박서연 <{BOSS}>\n받는 사람: {USER}\n"
        "보낸 날짜: 2026-10-14 16:05\n제목: 면접"
    ),
    "roundcube_hebrew": (
        "-------- הודעה מקורית --------\nנושא: ראיון\nתאריך: 14.10.2026 16:05\n"
        f"מאת: Dana Levi <{BOSS}>\nאל: <{USER}>"
    ),
    "outlook_arabic": (
        f"________________________________\nمن: Omar Saleh <{BOSS}>\nالتاريخ: الأربعاء، "
        f"14/10/2026 16:05\nإلى: <{USER}>\nالموضوع: مقابلة"
    ),
    "apple_romanian_quoted": (
        "> Începe mesajul redirecționat:\n>\n> Expeditorul: Ana Pop <" + BOSS + ">\n"
        "> Subiectul: Interviu\n> Dată: 14 octombrie 2026, 16:05:00 GMT+3\n"
        f"> Destinatarul: {USER}\n>"
    ),
    "gmail_croatian": (
        "---------- Forwarded message ---------\nŠalje: Iva Marić <" + BOSS + ">\n"
        f"Date: sri, 14. lis 2026. u 16:05\nSubject: Razgovor\nTo: <{USER}>"
    ),
}


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_the_forwarded_sender_is_found_under_each_client_block(name: str) -> None:
    raw = _forward(BLOCKS[name], "Hi, see you tomorrow at 3pm at our office.")
    assert parse_message(raw).original_sender == BOSS


@pytest.mark.parametrize("name", ["thunderbird_tr", "yahoo_ru_one_line", "k9_korean"])
def test_tomorrow_counts_from_the_forwarded_date_not_the_forward(name: str) -> None:
    # written on Wednesday the 14th, forwarded on Thursday morning: "tomorrow" is Thursday
    parsed = parse_message(_forward(BLOCKS[name], "Hi Alex, can you come in tomorrow at 3pm?"))
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (15, 15)


def test_yahoo_glued_subject_label_is_split_off() -> None:
    block = find_forwards(BLOCKS["yahoo_ru_one_line"] + "\n\nТекст письма")[0]
    assert block.subject == "Встреча"
    assert block.date_text is not None
    assert "Тема" not in block.date_text


def test_a_subject_word_inside_prose_is_not_a_header() -> None:
    # the glued split only applies on a forward rule's own line
    text = "Our Subject: matters\nFrom: someone\n"
    assert find_forwards(text) == []


def test_an_attribution_line_under_a_forward_rule_names_the_sender() -> None:
    block = (
        f'-------- Пересылаемое сообщение --------\n14.10.2026, 16:05, "Нина Гусева" <{BOSS}>:\n'
    )
    parsed = parse_message(_forward(block, "Ждём вас в пятницу, 16 октября, в 10:00."))
    assert parsed.original_sender == BOSS
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (16, 10)


def test_an_attribution_line_needs_the_rule_above_it() -> None:
    text = f'Notes from the call, 14.10.2026, "Nina" <{BOSS}>:\nThanks!\n'
    assert find_forwards(text) == []


def test_apple_mail_dates_with_seconds_and_gmt_offset_are_read() -> None:
    forwarded_at = datetime(2026, 10, 28, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    for text, expected in (
        ("26 de mayo de 2026, 6:00:00 GMT+3", datetime(2026, 5, 26, 3, 0, tzinfo=UTC)),
        ("26 Ekim 2026 14:25:08 GMT+3", datetime(2026, 10, 26, 11, 25, tzinfo=UTC)),
    ):
        block = InlineForward(None, None, None, text, None, "", True)
        assert _inline_date(block, forwarded_at) == expected
