"""What the text73 batch showed the parser missing (tests/parsing/corpus/PROVENANCE-text73.md),
stated as invariants over a small exhaustive product (no random draw):

- a dotted "hour.minute" right after a word said only before a clock ("klo", "kl.", "om",
  "um", "alle") is that clock, never a day and month, when the date stands elsewhere in the
  sentence ("tiistaina 15.12. klo 10.05–11.00", "maanantaina 14. joulukuuta klo 12.10.");
- a zone named by a city's adjective, Russian and Ukrainian with the name's last sound changed
  ("по пражскому времени", "за празьким часом", "по токийскому времени", "по тбилисскому
  времени") and Polish ("czasu warszawskiego", "czasu kijowskiego", "czasu praskiego"), is
  that city's zone; "по местному времени", "czasu lokalnego" name none;
- Zulu and Xhosa prefixes joined to a number by a hyphen ("ngomhla ka-16/12/2026", "mhla
  ziyi-10 kuDisemba", "ngo-2 ntambama") leave the number readable."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from service.parsing import parse_message
from service.parsing.zone_words import read_zone
from tests.parsing.mailkit import plain_mail

SENT = "Thu, 03 Dec 2026 09:12:00 +0100"

# (language, text with {d} the day, {m} the month, {t} the dotted clock, {e} the dotted end)
DOTTED = [
    ("fi", "Haastattelu on tiistaina {d}.{m}. klo {t}–{e} toimistollamme."),
    ("fi", "Tervetuloa haastatteluun {d}.{m}. klo {t}."),
    ("nb", "Intervjuet blir {d}.{m}. kl. {t}–{e} på kontoret."),
    ("sv", "Välkommen på intervju {d}/{m} kl. {t}–{e} hos oss."),
    ("da", "Vi ses til samtale den {d}.{m}. kl. {t}-{e}."),
    ("nl", "Je gesprek is op {d}-{m}-2026 om {t} uur op ons kantoor."),
]
# (day, start, end): minutes that could be a month, a start that could be a day
CLOCKS = [
    (date(2026, 12, 15), time(10, 5), time(11, 0)),
    (date(2026, 12, 14), time(12, 10), time(13, 0)),
    (date(2026, 12, 10), time(9, 10), time(10, 0)),
    (date(2026, 12, 17), time(11, 7), time(12, 0)),
]

CITY_ZONES = [
    ("в 11:00 по пражскому времени", "Europe/Prague"),
    ("в 11:00 по рижскому времени", "Europe/Riga"),
    ("в 10:00 по токийскому времени", "Asia/Tokyo"),
    ("в 12:30 по тбилисскому времени", "Asia/Tbilisi"),
    ("в 9:00 по хельсинкскому времени", "Europe/Helsinki"),
    ("о 10:30 за празьким часом", "Europe/Prague"),
    ("о 10:30 за ризьким часом", "Europe/Riga"),
    ("о 10:30 за токійським часом", "Asia/Tokyo"),
    ("o 10:00 czasu warszawskiego", "Europe/Warsaw"),
    ("o 16:00 czasu kijowskiego", "Europe/Kyiv"),
    ("o 16:00 czasu praskiego", "Europe/Prague"),
    ("o 10:00 według czasu tokijskiego", "Asia/Tokyo"),
    ("o 10:00 czasu wiedeńskiego", "Europe/Vienna"),
]
NO_CITY = [
    "в 11:00 по местному времени",
    "о 10:30 за місцевим часом",
    "o 10:00 czasu lokalnego",
    "o 10:00 czasu letniego",
]

# (text, the slot's wall time)
BANTU = [
    ("Ingxoxo izoba ngoLwesine mhla ziyi-10 kuDisemba ngo-2 ntambama.", "2026-12-10 14:00"),
    ("Ingxoxo izoba ngoLwesine mhla ziyi-10 kuDisemba 2026 ngo-14:00.", "2026-12-10 14:00"),
    ("Sicela uze ngomhla ka-16/12/2026 ngo-10:30 ekuseni.", "2026-12-16 10:30"),
    ("Sicela uze ngomhla ka-17/12/2026 ngo-2 ntambama.", "2026-12-17 14:00"),
    ("Udliwano-ndlebe luya kuba ngomhla ka-15/12/2026 ngo-15:00.", "2026-12-15 15:00"),
]


def _read(body: str) -> tuple[float, datetime | None, datetime | None]:
    parsed = parse_message(
        plain_mail(
            "Interview",
            "Hei Alex,\n\n" + body + "\n\nKari Lund\nFjordverk",
            sender="Kari Lund <kari.lund@fjordverk.example>",
            to="alex@mailbox.example",
            date=SENT,
        )
    )
    return parsed.confidence, parsed.start, parsed.end


def _wall(value: datetime | None) -> str | None:
    return None if value is None else f"{value:%Y-%m-%d %H:%M}"


@pytest.mark.parametrize("frame", DOTTED, ids=[f"{lang}{i}" for i, (lang, _) in enumerate(DOTTED)])
@pytest.mark.parametrize("slot", CLOCKS, ids=lambda slot: f"{slot[0]}T{slot[1]}")
def test_a_dotted_pair_after_a_clock_word_is_the_clock(
    frame: tuple[str, str], slot: tuple[date, time, time]
) -> None:
    _, text = frame
    day, start, end = slot
    body = text.format(
        d=day.day, m=day.month, t=f"{start.hour}.{start.minute:02d}", e=f"{end:%H.%M}"
    )
    _, got_start, got_end = _read(body)
    assert _wall(got_start) == f"{day} {start:%H:%M}", body
    if "{e}" in text:
        assert _wall(got_end) == f"{day} {end:%H:%M}", body


@pytest.mark.parametrize(("text", "zone"), CITY_ZONES)
def test_a_city_adjective_names_its_zone(text: str, zone: str) -> None:
    found = read_zone(text.split(" ", 2)[2])
    assert found is not None, text
    assert found.name == zone, text


@pytest.mark.parametrize("text", NO_CITY)
def test_local_or_summer_time_names_no_city(text: str) -> None:
    assert read_zone(text.split(" ", 2)[2]) is None, text


@pytest.mark.parametrize(("text", "wall"), BANTU)
def test_a_prefixed_number_stays_readable(text: str, wall: str) -> None:
    _, got_start, _ = _read(text)
    assert _wall(got_start) == wall, text
