"""Half and quarter hours in words, in the languages that count them toward the coming hour
or name them with their own words: Finnish "puoli kolme", Estonian "kell pool kolm",
Indonesian "pukul setengah tiga", Ukrainian "о пів на третю", Russian "в половине третьего",
Czech "čtvrt na deset", Catalan "dos quarts de cinc", Hindi "साढ़े तीन बजे" and "ढाई बजे",
Hinglish "saade teen baje", Vietnamese "9 giờ rưỡi". Each is 2:30 (or its quarter) on the
12-hour dial, and an interview at 2:30 is in the afternoon."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from service.parsing.word_clocks import spell_word_clocks
from tests.parsing.mailkit import plain_mail

CASES = [
    (
        "fi",
        "Kutsu haastatteluun",
        "Tervetuloa haastatteluun torstaina 17.12. klo puoli kolme.",
        "+0200",
        "14:30",
    ),
    (
        "et",
        "Kutse intervjuule",
        "Ootame Teid intervjuule neljapäeval, 17. detsembril kell pool kolm.",
        "+0200",
        "14:30",
    ),
    (
        "id",
        "Undangan wawancara",
        "Kami mengundang Anda wawancara pada hari Kamis, 17 Desember 2026 "
        "pukul setengah tiga sore.",
        "+0700",
        "14:30",
    ),
    (
        "uk",
        "Запрошення на співбесіду",
        "Запрошуємо вас на співбесіду в четвер, 17 грудня, о пів на третю.",
        "+0200",
        "14:30",
    ),
    (
        "ru",
        "Приглашение на собеседование",
        "Приглашаем вас на собеседование в четверг, 17 декабря, в половине третьего.",
        "+0300",
        "14:30",
    ),
    (
        "cs",
        "Pozvánka na pohovor",
        "Zveme Vás na pohovor ve čtvrtek 17. prosince ve čtvrt na tři.",
        "+0100",
        "14:15",
    ),
    (
        "ca",
        "Entrevista",
        "Et convidem a una entrevista dijous 17 de desembre a dos quarts de quatre de la tarda.",
        "+0100",
        "15:30",
    ),
    ("hi", "साक्षात्कार", "आपका साक्षात्कार गुरुवार, 17 दिसंबर को साढ़े तीन बजे होगा।", "+0530", "15:30"),
    ("hi", "साक्षात्कार", "आपका साक्षात्कार गुरुवार, 17 दिसंबर को ढाई बजे होगा।", "+0530", "14:30"),
    (
        "hi-Latn",
        "Interview",
        "Aapka interview Thursday 17 December ko saade teen baje hai.",
        "+0530",
        "15:30",
    ),
    (
        "vi",
        "Thư mời phỏng vấn",
        "Mời bạn tham dự phỏng vấn vào lúc 2 giờ rưỡi chiều thứ Năm, ngày 17/12/2026.",
        "+0700",
        "14:30",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body", "offset", "clock"), CASES)
def test_a_half_hour_in_words_is_the_start(
    lang: str, subject: str, body: str, offset: str, clock: str
) -> None:
    parsed = parse_message(
        plain_mail(
            subject,
            body,
            sender="HR <hr@firm.example>",
            to="Sam Reyes <sam@mailbox.example>",
            date=f"Mon, 07 Dec 2026 09:12:00 {offset}",
        )
    )
    assert parsed.kind == "invitation", lang
    assert isinstance(parsed.start, datetime)
    assert parsed.start.strftime("%Y-%m-%d %H:%M %z") == f"2026-12-17 {clock} {offset}"


@pytest.mark.parametrize(
    "text",
    ["puoli tuntia", "setengah jam", "swimming pool 3", "ढाई घंटे", "3 बजे", "pool kolm kotti"],
)
def test_halves_that_are_no_clock_stay_words(text: str) -> None:
    assert spell_word_clocks(text) == text
