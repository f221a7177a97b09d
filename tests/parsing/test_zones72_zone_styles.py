"""An invitation's zone, however it is written, puts the interview at its own clock.

The sender's Date header is on a clock none of the zones keep (UTC-10), so a zone the parser
misses shows as a start hours away. Every language is tried with every way of stating the zone
(a city's clock after the time, a numeric offset with a real minus sign, a sentence that gives
the zone once before the times are listed) on two days: one in the week when New York has
changed its clocks and Europe has not (17 March 2027), one in an ordinary week.

When two stated zones disagree ("9:00 New York time / 15:00 London" in that week, "3 PM
Lagos time (UTC+2)", "10:00 London / 12:00 Paris") the parser cannot know which one the writer
meant: it must not be sure of either.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from tests.parsing.mailkit import plain_mail, read_json

NY = ZoneInfo("America/New_York")
# the week between the US and the EU clock changes, and an ordinary winter week
DAYS = (datetime(2027, 3, 17, 10, 0), datetime(2027, 2, 10, 10, 0))

# language: (greeting and invitation with {date} and {when}, date format, the city's clock
# after a time, the sentence that gives the zone once before the times)
LANGUAGES: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "Hi Sam,\n\nWe would like to invite you to a video interview on {date} at {when}.\n\n"
        "Best regards,\nNoor Haddad",
        "%d %B %Y",
        "{clock} New York time",
        "All times below are New York time.",
    ),
    "es": (
        "Hola, Sam:\n\nQueremos invitarte a una entrevista por videollamada el {date} a las "
        "{when}.\n\nUn saludo,\nLucía Romero",
        "%d/%m/%Y",
        "{clock} (hora de Nueva York)",
        "Todas las horas son de Nueva York.",
    ),
    "pt": (
        "Olá, Sam!\n\nGostaríamos de convidar você para uma entrevista por vídeo no dia {date}, "
        "às {when}.\n\nAbraços,\nCamila Nogueira",
        "%d/%m/%Y",
        "{clock} (horário de Nova York)",
        "Os horários abaixo estão no horário de Nova York.",
    ),
    "fr": (
        "Bonjour Sam,\n\nNous aimerions vous rencontrer en entretien vidéo le {date} à {when}."
        "\n\nCordialement,\nClaire Fontaine",
        "%d/%m/%Y",
        "{clock} (heure de New York)",
        "Les horaires ci-dessous sont indiqués en heure de New York.",
    ),
    "pl": (
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną online w dniu {date} o godz. "
        "{when}.\n\nPozdrawiam,\nKatarzyna Wrona",
        "%d.%m.%Y",
        "{clock} czasu nowojorskiego",
        "Wszystkie godziny podane są według czasu nowojorskiego.",
    ),
    "ru": (
        "Здравствуйте, Сэм!\n\nПриглашаем вас на собеседование {date} в {when}.\n\n"
        "С уважением,\nОльга Смирнова",
        "%d.%m.%Y",
        "{clock} по нью-йоркскому времени",
        "Всё время указано нью-йоркское.",
    ),
    "ja": (
        "Sam様\n\n面接を{date} {when}より実施いたします。\n\n採用担当 佐藤",
        "%Y年%m月%d日",
        "{clock}（ニューヨーク時間）",
        "以下の時刻はすべてニューヨーク時間です。",
    ),
}
STYLES = ("city", "offset", "once")


def _mail(body: str, day: datetime) -> bytes:
    return plain_mail(
        "Interview",
        body,
        sender="Recruiting <jobs@talent.example>",
        to="Sam Lee <sam.lee@inbox.example>",
        date=f"{day - timedelta(days=5):%a, %d %b %Y} 09:00:00 -1000",
    )


def _offset(day: datetime) -> str:
    offset = day.replace(tzinfo=NY).utcoffset()
    assert offset is not None
    return f"UTC\u2212{-offset // timedelta(hours=1)}"


@pytest.mark.parametrize(
    ("language", "style", "day"), list(product(sorted(LANGUAGES), STYLES, DAYS))
)
def test_a_stated_zone_places_the_interview(language: str, style: str, day: datetime) -> None:
    frame, date_format, city, once = LANGUAGES[language]
    clock = f"{day:%H:%M}"
    when = {
        "city": city.format(clock=clock),
        "offset": f"{clock} ({_offset(day)})",
        "once": clock,
    }[style]
    body = frame.format(date=f"{day:{date_format}}", when=when)
    if style == "once":
        greeting, rest = body.split("\n\n", 1)
        body = f"{greeting}\n\n{once}\n\n{rest}"
    got = read_json(_mail(body, day))
    assert got["start"] == day.replace(tzinfo=NY).isoformat(), body
    assert float(str(got["confidence"])) >= 0.5, body


# two clocks for one time: (first as written, second as written, whether they agree on the
# day); 17 March 2027: New York is UTC-4, London UTC+0, Berlin and Paris UTC+1
PAIRS = [
    ("10:00 New York time", "14:00 London", True),
    ("10:00 New York time", "15:00 London", False),
    ("10:00 ET", "15:00 CET", True),
    ("10:00 ET", "16:00 CET", False),
    ("10:00 New York", "15:00 Berlin", True),
    ("10:00 New York", "16:00 Berlin", False),
]
JOINS = ("{one} / {two}", "{one} ({two})")


@pytest.mark.parametrize(("pair", "join"), list(product(PAIRS, JOINS)))
def test_two_clocks_that_disagree_leave_the_time_unsure(
    pair: tuple[str, str, bool], join: str
) -> None:
    one, two, agree = pair
    day = DAYS[0]
    body = LANGUAGES["en"][0].format(date=f"{day:%A, %d %B %Y}", when=join.format(one=one, two=two))
    got = read_json(_mail(body, day))
    sure = float(str(got["confidence"])) >= 0.5
    if agree:
        assert got["start"] is not None
        assert datetime.fromisoformat(str(got["start"])) == day.replace(tzinfo=NY), body
        assert sure, body
    else:
        assert not sure, body


@pytest.mark.parametrize(
    "when",
    ["3 PM Lagos time (UTC+2)", "14:00 CET (Tokyo time)", "10:00 London / 12:00 Paris"],
)
def test_a_zone_and_a_bracket_that_disagree_leave_the_time_unsure(when: str) -> None:
    body = LANGUAGES["en"][0].format(date="Thursday, 18 March 2027", when=when)
    got = read_json(_mail(body, datetime(2027, 3, 18, 10)))
    assert float(str(got["confidence"])) < 0.5, body
