# ruff: noqa: E501
"""Moves that name the old dated slot and then only the span or the day (shifts33), in
languages whose span, next-day and same-hour words the parser lacked. Mails are our own."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message

SENT = "Thu, 28 Jan 2027 09:00:00 +0000"


def _parse(body: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Mira Ost <mira.ost@quillon-works.example.com>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = SENT
    message["Subject"] = "Interview"
    message.set_content(f"{body}\n\nMira\n")
    return parse_message(message.as_bytes()).to_json_dict()


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Samtalen mandag den 8. februar 2027 kl. 14.00 rykkes en halv time senere.", "14:30"),
        ("Haastattelusi torstaina 4.2.2027 klo 13.00 siirtyy puoli tuntia myöhemmäksi.", "13:30"),
        (
            "L'entrevista de dimarts, 2 de febrer de 2027, a les 11:00, s'endarrereix mitja hora.",
            "11:30",
        ),
        ("بدھ، 10 فروری 2027 کو صبح 11:00 بجے کا انٹرویو اب آدھا گھنٹہ تاخیر سے ہوگا۔", "11:30"),
        ("הראיון שלך ביום שלישי, 9 בפברואר 2027 בשעה 10:00 נדחה ב-30 דקות.", "10:30"),
    ],
)
def test_span_words_of_more_languages_move_the_old_slot(body: str, start: str) -> None:
    parsed = _parse(body)
    assert str(parsed["start"])[11:16] == start


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Intervjun onsdag 10 februari 2027 kl. 09:00 flyttas till samma dag veckan efter, samma tid.",
            "2027-02-17",
        ),
        (
            "A entrevista de quinta-feira, 11 de fevereiro de 2027, às 15h00, passa para o dia seguinte, à mesma hora.",
            "2027-02-12",
        ),
        (
            "Teie intervjuu kolmapäeval, 3. veebruaril 2027 kell 10.00 lükkub järgmisele päevale, samale kellaajale.",
            "2027-02-04",
        ),
    ],
)
def test_relative_day_with_same_hour_moves_the_day(body: str, day: str) -> None:
    parsed = _parse(body)
    assert str(parsed["start"])[:10] == day


def test_sentence_after_the_slot_does_not_move_it() -> None:
    parsed = _parse(
        "面谈安排在2027年2月5日（周五）下午15:00，大约半小时。请提前准备好季度工作总结。"
    )
    assert str(parsed["start"])[11:16] == "15:00"
