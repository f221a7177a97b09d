"""SOGo prints an invitation's time in the user's date format, by default '%d-%b-%y' with the
locale's own month abbreviations: Chinese ones are the month numerals ('26-八月-26', '9-五月-26'),
joined to the time by '的'. Its update notice names the old slot in a sentence that says it
changed ('per la data 03-Nov-26 all'ora 14:00 è cambiato') and lists the new start below: a
user forwarding such a notice (calendar part stripped) expects the new time, not the old."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SHANGHAI = ZoneInfo("Asia/Shanghai")

CHINESE = [
    (
        '邀请事件: "面试 – 后端工程师"',
        "王芳 邀请你去 面试 – 后端工程师。\n\n开始: 26-八月-26 的 14:00\n"
        "结束: 26-八月-26 的 15:00\n"
        "说明: 技术面试，约一小时。\n",
        datetime(2026, 8, 26, 14, 0, tzinfo=SHANGHAI),
    ),
    (
        "面试邀请",
        "李雷 邀请您参加面试。\n\n时间: 9-五月-26 - 10:00 Asia/Shanghai\n地点: 北京市海淀区\n",
        datetime(2026, 5, 9, 10, 0, tzinfo=SHANGHAI),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CHINESE)
def test_chinese_numeral_month_in_a_day_month_year_date(
    subject: str, body: str, start: datetime
) -> None:
    raw = plain_mail(
        subject,
        body,
        sender="王芳 <wang.fang@xihu-tech.cn.example>",
        to="me@mailbox.example",
        date="Mon, 27 Apr 2026 09:00:00 +0800",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start == start


UPDATES = [
    (
        "L'appuntamento \"Colloquio\" per la data 03-Nov-26 all'ora 14:00 è cambiato",
        'I seguenti dati sono cambiati nell\'appuntamento "Colloquio" :\n\n'
        "Inizio: 05-Nov-26 - 10:00 Europe/Rome\nFine: 05-Nov-26 - 11:00 Europe/Rome\n\n"
        "Per favore accetta o rifiuta questi cambiamenti.\n",
        datetime(2026, 11, 5, 10, 0, tzinfo=ZoneInfo("Europe/Rome")),
    ),
    (
        'Sestanek "Razgovor" za 08-Okt-26 at 09:00 se je spremenil',
        'Naslednji parametri so se spremenil v "Razgovor" srečanju:\n\n'
        "Začetek: 09-Okt-26 - 13:00 Europe/Ljubljana\nKonec: 09-Okt-26 - 14:00 Europe/Ljubljana\n",
        datetime(2026, 10, 9, 13, 0, tzinfo=ZoneInfo("Europe/Ljubljana")),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), UPDATES)
def test_the_slot_said_to_have_changed_is_the_old_one(
    subject: str, body: str, start: datetime
) -> None:
    raw = plain_mail(
        subject,
        f"{subject}\n\n{body}",
        sender="Organizer <organizer@groupware.example>",
        to="me@mailbox.example",
        date="Thu, 01 Oct 2026 09:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "reschedule"
    assert parsed.start == start
    assert parsed.end == start + timedelta(hours=1)


GENITIVE_AND_YEAR = [
    # Serbian writes the month in the genitive after the day, in either script
    (
        "Позив на интервју",
        "Поштовани,\n\nпозивамо Вас на интервју 12. маја 2026. у 10 часова.\n",
        datetime(2026, 5, 12, 10, 0, tzinfo=ZoneInfo("Europe/Belgrade")),
    ),
    (
        "Позив на интервју",
        "Поштовани,\n\nинтервју ће бити одржан 3. јуна 2026. у 14:30.\n",
        datetime(2026, 6, 3, 14, 30, tzinfo=ZoneInfo("Europe/Belgrade")),
    ),
    # a numeric date's year right before an hour mark is no '20:26'
    (
        "Invito a colloquio",
        "Gentile Alex,\n\ncolloquio: mar 12/05/2026 h 14:30\n\nCordiali saluti",
        datetime(2026, 5, 12, 14, 30, tzinfo=ZoneInfo("Europe/Rome")),
    ),
    (
        "Convocatoria de entrevista",
        "Hola Alex,\n\nentrevista: 12/05/2026 h 10:00 en nuestras oficinas.\n",
        datetime(2026, 5, 12, 10, 0, tzinfo=ZoneInfo("Europe/Madrid")),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), GENITIVE_AND_YEAR)
def test_serbian_genitive_months_and_a_year_before_an_hour_mark(
    subject: str, body: str, start: datetime
) -> None:
    raw = plain_mail(
        subject,
        body,
        sender="HR <hr@firma.example>",
        to="me@mailbox.example",
        date="Mon, 04 May 2026 09:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start == start
