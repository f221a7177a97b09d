"""Look-alike mail in other languages than English, in the shapes negs14 added.

Fixtures are written for these tests (own words): a board card or task falling due (es,
pt-BR), a Spanish booking link in the familiar form, a Korean note saying when results can
be checked, calendar-sharing notices in Japanese, Chinese and Korean, and the "to change the
date" footer of Japanese booking confirmations. Controls in the same voices set the reader's
own interview and keep their reading: a Korean second-round invitation, a Spanish interview
with a fixed slot, a Japanese booking confirmation (an invitation, not a move) and a Japanese
notice that the date did change (still a move).
"""

from __future__ import annotations

from email.header import Header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str = "+0100") -> ParsedMessage:
    raw = bare_mail(
        Header(subject, "utf-8").encode(),
        body,
        sender="Noa Berg <noa.berg@tallgrass-works.example>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date=f"Mon, 08 Feb 2027 09:15:00 {offset}",
    )
    return parse_message(raw)


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Aviso de tablero",
            "Hola Kit:\r\n\r\nLa tarjeta «Llamar a la agencia» que tienes asignada vence "
            "pronto.\r\n\r\nVence: jueves, 11 de febrero de 2027, 16:00\r\n\r\nTablero Casa",
            "+0100",
        ),
        (
            "Lembrete do quadro",
            "Olá Kit,\r\n\r\nO cartão \u201cRevisar currículo\u201d vence amanhã, terça-feira, "
            "9 de fevereiro, às 11:00.\r\n\r\nQuadro Pessoal",
            "-0300",
        ),
        (
            "Reserva tu llamada",
            "Hola Kit:\r\n\r\nReserva el horario que mejor te venga en este enlace: "
            "https://citas.example/kit\r\n\r\nEl primer hueco es el martes 16 de febrero a las "
            "10:00.\r\n\r\nNoa",
            "+0100",
        ),
        (
            "[누리] 면접 결과 안내",
            "Kit 님, 안녕하세요.\r\n\r\n면접 결과는 2월 12일(금) 18시에 홈페이지에서 개별 "
            "확인하실 수 있습니다.\r\n\r\n인사팀",
            "+0900",
        ),
        (
            "野田さんがカレンダー「面接」をあなたと共有しました",
            "Kit 様\r\n\r\n野田さんがカレンダー「面接」をあなたと共有しました。\r\n\r\n"
            "次の予定: 2月10日(水) 14:00〜15:00 一次面接\r\n",
            "+0900",
        ),
        (
            "王芳 与您共享了日历「招聘」",
            "Kit 您好:\r\n\r\n王芳 与您共享了日历「招聘」。\r\n\r\n下一个日程:2027年2月10日(周三)"
            "14:00 面试\r\n",
            "+0800",
        ),
    ],
)
def test_a_lookalike_is_not_sure(subject: str, body: str, offset: str) -> None:
    result = _parse(body, subject, offset)
    assert result.kind not in CLAIMS or result.confidence < SURE, result


@pytest.mark.parametrize(
    ("subject", "body", "offset", "start"),
    [
        (
            "[누리] 2차 면접 일정 안내",
            "Kit 님, 안녕하세요.\r\n\r\n1차 면접 합격을 축하드립니다. 2차 면접 일정을 안내해 "
            "드립니다.\r\n\r\n- 일시: 2027년 2월 16일(화) 오후 2시 ~ 3시\r\n- 장소: 본사 "
            "7층\r\n\r\n인사팀",
            "+0900",
            "2027-02-16T14:00",
        ),
        (
            "Entrevista – Analista",
            "Hola Kit:\r\n\r\nTe confirmamos la entrevista el martes 16 de febrero a las 10:00 "
            "en nuestra oficina de la calle Mayor 3.\r\n\r\nUn saludo,\r\nNoa",
            "+0100",
            "2027-02-16T10:00",
        ),
    ],
)
def test_a_control_stays_sure(subject: str, body: str, offset: str, start: str) -> None:
    result = _parse(body, subject, offset)
    assert result.kind == "invitation", result
    assert result.start is not None
    assert result.start.isoformat().startswith(start)
    assert result.confidence >= SURE, result


@settings(max_examples=30, deadline=None)
@given(day=st.integers(min_value=9, max_value=26), hour=st.integers(min_value=9, max_value=17))
def test_a_change_footer_is_no_move(day: int, hour: int) -> None:
    """A Japanese booking confirmation says how to change the booking; it moved nothing."""
    body = (
        "Kit 様\r\n\r\n以下の日程で予約が確定しました。\r\n\r\n日時:2027年2月"
        f"{day}日 {hour}:00〜{hour}:30\r\n場所:オンライン\r\n\r\n日程を変更する場合は下記リンク"
        "から手続きしてください。\r\nhttps://nittei.example/r/42\r\n"
    )
    result = _parse(body, "【予約確定】面談", "+0900")
    assert result.kind == "invitation", result
    assert result.start is not None
    assert (result.start.day, result.start.hour) == (day, hour)


def test_a_real_change_is_still_a_move() -> None:
    body = (
        "Kit 様\r\n\r\n面接の日程が変更になりました。\r\n\r\n変更前:2月10日(水) 13:00〜\r\n"
        "変更後:2月11日(木) 15:00〜16:00\r\n\r\n人事部"
    )
    result = _parse(body, "【日程変更】面接のご案内", "+0900")
    assert result.kind == "reschedule", result
    assert result.start is not None
    assert result.start.isoformat().startswith("2027-02-11T15:00")


@settings(max_examples=30, deadline=None)
@given(day=st.integers(min_value=9, max_value=26), hour=st.integers(min_value=8, max_value=19))
def test_a_card_falling_due_is_never_sure(day: int, hour: int) -> None:
    """Whatever day and hour a board card falls due, the reminder claims no interview."""
    body = (
        "Hola Kit:\r\n\r\nUna tarjeta asignada a ti vence pronto.\r\n\r\nTarjeta: Preparar "
        f"entrevista\r\nVence: {day} de febrero de 2027, {hour}:00\r\n\r\nTablero Equipo"
    )
    result = _parse(body, "Vencimiento de tarjeta")
    assert result.kind not in CLAIMS or result.confidence < SURE, result
