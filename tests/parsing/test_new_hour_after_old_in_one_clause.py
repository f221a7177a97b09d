# ruff: noqa: E501 (one mail line a row reads best)
"""A move that keeps the day and names only the new hour, in one clause with the old one.

"Ihr Gespräch am 4. März um 14:00 Uhr wurde auf 15:00 Uhr verschoben": German puts the verb
last, Japanese, Korean and Turkish mark the new hour after it, Chinese writes "changed to"
right before it, Russian and Portuguese put "onto" and an article between. Each is read as
15:00 on the same day; reading the old hour would put the interview in the calendar at the
time it no longer takes place.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message

SENT = "Mon, 01 Mar 2027 09:00:00 +0100"


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Talent Team <talent@northwind.example>\r\nTo: sam@example.org\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMessage-ID: <m1@northwind.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


MOVES = [
    (
        "de",
        "Neue Uhrzeit",
        "Ihr Vorstellungsgespräch am 4. März um 14:00 Uhr wurde auf 15:00 Uhr verschoben.",
    ),
    ("ru", "Перенос собеседования", "Ваше собеседование 4 марта в 14:00 перенесено на 15:00."),
    ("pt", "Nova hora", "Sua entrevista em 4 de março às 14h foi remarcada para as 15h."),
    ("ja", "面接時間の変更", "3月4日14:00の面接は15:00に変更になりました。"),
    ("ko", "면접 시간 변경", "3월 4일 14:00 면접이 15:00로 변경되었습니다."),
    ("tr", "Mülakat saati", "4 Mart 14:00'teki mülakatınız 15:00'e alınmıştır."),
    ("zh", "面试时间调整", "原定3月4日14:00的面试改为15:00，地点不变。"),
    ("zh-same-day", "面试时间调整", "您3月4日14:00的面试改为同日15:00。"),
]


@pytest.mark.parametrize(("lang", "subject", "line"), MOVES, ids=[m[0] for m in MOVES])
def test_the_new_hour_is_read(lang: str, subject: str, line: str) -> None:
    got = parse_message(_mail(subject, f"Hello,\n\n{line}\n\nHR")).to_json_dict()
    assert got["kind"] == "reschedule"
    assert datetime.fromisoformat(str(got["start"])).hour == 15


RANGES = [
    ("ja", "3月4日10:00〜11:00の面接を14:00〜15:00に変更いたします。"),
    ("ko", "3월 4일 10:00~11:00 면접을 14:00~15:00로 변경합니다."),
    (
        "de",
        "Ihr Gespräch am 4. März von 10:00 bis 11:00 Uhr wird auf 14:00 bis 15:00 Uhr verschoben.",
    ),
]


@pytest.mark.parametrize(("lang", "line"), RANGES, ids=[r[0] for r in RANGES])
def test_a_range_moved_whole_is_read_as_the_new_range(lang: str, line: str) -> None:
    got = parse_message(_mail("Interview", f"Hello,\n\n{line}\n\nHR")).to_json_dict()
    start = datetime.fromisoformat(str(got["start"]))
    assert (start.hour, start.day) == (14, 4)
    assert got["end"] is not None
    assert datetime.fromisoformat(str(got["end"])).hour == 15


KEPT = [
    (
        "de",
        "Ihr Gespräch am 4. März um 14:00 Uhr ist bestätigt, bitte melden Sie sich um 13:45 am Empfang.",
    ),
    ("ru", "Ваше собеседование 4 марта в 14:00, пожалуйста, приходите на 15 минут раньше."),
    ("ja", "3月4日14:00〜15:00に面接を行います。"),
]


@pytest.mark.parametrize(("lang", "line"), KEPT, ids=[k[0] for k in KEPT])
def test_a_second_hour_that_moves_nothing_keeps_the_first(lang: str, line: str) -> None:
    got = parse_message(_mail("Interview", f"Hello,\n\n{line}\n\nHR")).to_json_dict()
    assert datetime.fromisoformat(str(got["start"])).hour == 14


SAME_HOUR = [
    ("en", "Your interview on 4 March at 2pm has been moved to 5 March, same time."),
    ("fr", "Votre entretien du 4 mars à 14h est reporté au 5 mars, même heure."),
    ("es", "Su entrevista del 4 de marzo a las 14:00 se traslada al 5 de marzo a la misma hora."),
    ("nl", "Uw gesprek van 4 maart om 14:00 wordt verplaatst naar 5 maart, zelfde tijd."),
    ("zh", "原定3月4日14:00的面试改到3月5日同一时间。"),
]


@pytest.mark.parametrize(("lang", "line"), SAME_HOUR, ids=[s[0] for s in SAME_HOUR])
def test_a_move_onto_a_day_keeps_the_hour(lang: str, line: str) -> None:
    """The day's number after "moved to" is no hour the meeting goes to."""
    got = parse_message(_mail("Interview", f"Hello,\n\n{line}\n\nHR")).to_json_dict()
    assert got["kind"] == "reschedule"
    start = datetime.fromisoformat(str(got["start"]))
    assert (start.day, start.hour) == (5, 14)


def test_another_persons_interview_moved_in_turkish_is_not_claimed() -> None:
    """The Turkish case ending marks where a move goes; whose interview it is, the genitive
    says: "Deniz Hanım'ın görüşmesi" is someone else's, "Sizin görüşmeniz" the reader's."""
    line = (
        "Takvimdeki değişiklik Deniz Hanım'ın görüşmesiyle ilgili; onun görüşmesi 4 Mart "
        "14:00'ten 5 Mart 11:00'e alındı. Sizin görüşmeniz değişmedi."
    )
    got = parse_message(_mail("Görüşme takvimi", f"Merhaba,\n\n{line}\n\nİK")).to_json_dict()
    assert not (got["kind"] in {"invitation", "reschedule"} and float(got["confidence"]) >= 0.5)


def test_the_readers_own_interview_moved_in_turkish_is_read() -> None:
    line = "4 Mart 14:00'teki görüşmeniz 5 Mart 11:00'e alınmıştır."
    got = parse_message(_mail("Görüşme saati", f"Merhaba,\n\n{line}\n\nİK")).to_json_dict()
    assert got["kind"] == "reschedule"
    start = datetime.fromisoformat(str(got["start"]))
    assert (start.day, start.hour) == (5, 11)
