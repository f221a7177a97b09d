# ruff: noqa: E501 (each language's sentences read best whole)
"""Wording a careful reader weighs (prose45): a day the writer corrects ("Thursday 11/6,
not Wednesday", "le jeudi 11 juin, et non le mercredi 10", "6月10日（水）ではなく6月11日
（木）") in the same mail or in a follow-up over the quoted first mail is the day meant,
at the hour the mail gave."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Wednesday 10 and Thursday 11 June are next week


def _start(body: str, subject: str = "Interview") -> str:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


# (the slip with its hour, the line that corrects the day), each as its writer would put it
DAY_CORRECTED_IN_THE_MAIL = {
    "en": ("See you on Wednesday 6/10 at 10:00.", "Correction, sorry: Thursday 6/11, not Wednesday. Same time."),
    "de": ("Das Gespräch ist am Mittwoch, 10. Juni, um 10 Uhr.", "Korrektur: am Donnerstag, 11. Juni, nicht am Mittwoch. Die Uhrzeit bleibt."),
    "fr": ("L'entretien est le mercredi 10 juin à 10h.", "Pardon, je corrige : le jeudi 11 juin, et non le mercredi 10. L'heure reste la même."),
    "es": ("La entrevista es el miércoles 10 de junio a las 10:00.", "Perdona: es el jueves 11, no el miércoles. La hora es la misma."),
    "nl": ("Het gesprek is woensdag 10 juni om 10.00 uur.", "Correctie: donderdag 11 juni, niet woensdag. Zelfde tijd."),
    "sv": ("Intervjun är onsdag 10 juni kl. 10.00.", "Fel dag – det ska vara torsdag 11 juni, inte onsdag. Samma tid."),
    "pl": ("Rozmowa odbędzie się w środę 10 czerwca o 10:00.", "Pomyłka: w czwartek 11 czerwca, a nie w środę. Godzina bez zmian."),
    "zh": ("面试时间是6月10日（周三）上午10点。", "更正：是6月11日（周四），不是周三，时间不变。"),
    "ja": ("面接は6月10日（水）10時からです。", "訂正です。6月10日（水）ではなく6月11日（木）です。時間は同じです。"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(DAY_CORRECTED_IN_THE_MAIL))
def test_a_day_corrected_in_the_same_mail_is_the_corrected_one(lang: str) -> None:
    slip, correction = DAY_CORRECTED_IN_THE_MAIL[lang]
    assert _start(f"Hi Alex,\n\n{slip}\n\n{correction}\n\nPat") == "2026-06-11T10:00:00+02:00"


FOLLOW_UP = {
    "en": ("Oops - wrong day below: it's Thursday the 11th, not Wednesday. 10am still stands.",
           "We'd like to see you on Wednesday, June 10 at 10am."),
    "fr": ("Un rectificatif : c'est bien le jeudi 11 juin, pas le mercredi 10. Toujours à 10h.",
           "Nous vous recevrons le mercredi 10 juin à 10h."),
    "pt": ("Corrigindo: a entrevista é na quinta, dia 11, e não na quarta. O horário continua.",
           "Sua entrevista está marcada para quarta-feira, 10 de junho, às 10h."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(FOLLOW_UP))
def test_a_follow_up_corrects_the_day_of_the_quoted_first_mail(lang: str) -> None:
    top, first = FOLLOW_UP[lang]
    body = f"Hi Alex,\n\n{top}\n\nPat\n\nOn Mon, 1 Jun 2026 at 09:10, Pat Lee wrote:\n> {first}\n"
    assert _start(body, subject="Re: Interview") == "2026-06-11T10:00:00+02:00"


def test_a_day_given_up_in_a_quote_corrects_nothing() -> None:
    body = (
        "Hi Alex,\n\nSee you Wednesday 10 June at 10:00.\n\nPat\n\n"
        "On Mon, 1 Jun 2026 at 09:10, Sam Roe wrote:\n> Could we do Thursday 11 June, not Wednesday?\n"
    )
    assert _start(body) == "2026-06-10T10:00:00+02:00"


def test_a_day_that_is_not_given_up_moves_nothing() -> None:
    # "not Wednesday" names no other day beside it: the slot stays where it is written
    body = "Hi Alex,\n\nSee you Wednesday 10 June at 10:00. I'm not in on Tuesday, so ask for Sam.\n\nPat"
    assert _start(body) == "2026-06-10T10:00:00+02:00"


def test_reading_day_corrections_stays_linear_in_long_lines() -> None:
    """400 lines, each a day and a weekday around a gap of about 390 characters (a quarter
    of it for the small run)."""
    from service.parsing.when_clocks import corrected_days

    gaps = ((" ", 390), (", ", 190), ("no ", 130), ("不是", 190), ("Thursday 11 June, not ", 20))
    for unit, count in gaps:
        assert_linear(
            lambda texts: corrected_days(texts, date(2026, 6, 1), "dmy", False, "en"),
            _gapped_lines(unit),
            len(unit) * count,
            label=unit,
        )


def _gapped_lines(unit: str) -> Callable[[int], list[str]]:
    return lambda n: [f"Wednesday 10 June{unit * (n // len(unit))}Thursday\n" * 400]


# an ordinal or a bare day of the month with its weekday set beside it, sent on Monday 15
# June: the date says the week (Tuesday 23), not the coming Tuesday (16)
ORDINAL_BESIDE_WEEKDAY = {
    "en": "We've booked you in on the 23rd, the Tuesday, at 10:00 at our office.",
    "en-brackets": "I've put you down for the 23rd (a Tuesday) at 10am for the interview.",
    "de": "Wir haben Sie am 23., einem Dienstag, um 10 Uhr zum Gespräch eingeplant.",
    "es": "Te esperamos el día 23, martes, a las 10:00 para la entrevista.",
    "pt": "Fica marcada a entrevista para o dia 23, uma terça, às 10h.",
    "nl": "We zien je graag op de 23e, een dinsdag, om 10.00 uur voor het gesprek.",
    "sv": "Välkommen på intervju den 23:e, alltså tisdagen, kl. 10.00.",
}


@pytest.mark.parametrize("lang", sorted(ORDINAL_BESIDE_WEEKDAY))
def test_a_day_of_the_month_beside_its_weekday_says_the_week(lang: str) -> None:
    raw = plain_mail("Interview", f"Hi Alex,\n\n{ORDINAL_BESIDE_WEEKDAY[lang]}\n\nPat",
                     sender="Pat Lee <pat.lee@acme-works.example>", to="alex@mailbox.example",
                     date="Mon, 15 Jun 2026 09:30:00 +0200")  # fmt: skip
    parsed = parse_message(raw)
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == "2026-06-23T10:00:00+02:00"


def test_an_aside_that_is_no_weekday_leaves_the_ordinal_alone() -> None:
    raw = plain_mail("Interview", "Hi Alex,\n\nSee you on the 23rd, after the offsite, at 10am.\n\nPat",
                     sender="Pat Lee <pat.lee@acme-works.example>", to="alex@mailbox.example",
                     date="Mon, 15 Jun 2026 09:30:00 +0200")  # fmt: skip
    parsed = parse_message(raw)
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == "2026-06-23T10:00:00+02:00"


def _parsed(body: str, subject: str = "Interview"):  # type: ignore[no-untyped-def]
    raw = plain_mail(subject, f"Hi Alex,\n\n{body}\n\nPat",
                     sender="Pat Lee <pat.lee@acme-works.example>", to="alex@mailbox.example",
                     date="Mon, 15 Jun 2026 09:30:00 +0200")  # fmt: skip
    return parse_message(raw)


# the writer's own free windows and a question back: the reader is to choose, nothing is set
OPEN_WINDOWS = {
    "pl": "Mam wolne okienka w poniedziałek i w środę po 10:00. Proszę dać znać, co Panu pasuje, a wyślę zaproszenie.",
    "pt": "Tenho agenda livre segunda e quarta, das 10h às 12h. Qual horário fica melhor pra você? Aí eu te mando o convite.",
    "zh": "下周我这边周一、周三上午十点以后都可以，你看哪天方便？确定后我发会议邀请。",
}


@pytest.mark.parametrize("lang", sorted(OPEN_WINDOWS))
def test_open_windows_and_a_question_back_book_nothing(lang: str) -> None:
    parsed = _parsed(OPEN_WINDOWS[lang])
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5


# a cold first message that praises the profile and asks about one time: a question, not a
# booked slot
FIRST_APPROACH_QUESTION = {
    "es": "Nos ha llamado la atención su perfil. ¿Le vendría bien una llamada el miércoles a las 11:00?",
    "ja": "突然のご連絡失礼いたします。ご経歴を拝見しました。水曜日の11時にお電話でお話しできませんでしょうか。",
    "ko": "갑작스러운 연락 죄송합니다. 프로필을 보고 연락드렸습니다. 수요일 오전 11시에 통화 가능하실까요?",
    "zh": "冒昧打扰，看到您的简历很感兴趣，周三上午11点方便电话聊聊吗？",
}


@pytest.mark.parametrize("lang", sorted(FIRST_APPROACH_QUESTION))
def test_a_first_approach_asking_about_one_time_is_not_sure(lang: str) -> None:
    parsed = _parsed(FIRST_APPROACH_QUESTION[lang], subject="Opportunity")
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5


def test_a_first_approach_that_sets_the_slot_stays_an_invitation() -> None:
    parsed = _parsed(
        "Me ha encantado tu perfil, así que te espero el miércoles 17 de junio a las 11:00 en "
        "nuestras oficinas de la calle Mayor 5 para una entrevista.",
        subject="Entrevista",
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == "2026-06-17T11:00:00+02:00"
