"""A travel desk's or a carrier's mail sets out a journey's leg: a line that starts with the
departure (a place and a clock) and a line that starts with the arrival, in any language
("Depart Boston (BOS) 2:05 PM" / "Arrive Chicago (ORD) 3:58 PM", "Abfahrt Hannover Hbf 06:41"
/ "Ankunft Emden Hbf 08:52", "Salida … / Llegada …", "Vertrek … / Aankomst …", "Wylot … /
Przylot …", "Avgång … / Ankomst …", or both ends in one sentence: "depart Boston 2:05 PM,
arrive Chicago 3:58 PM"). When those are the only clock times
in the mail, the times are the trip's, whatever it is for, even a ticket to the reader's own
interview (events67: airline, rail and coach notices, a travel desk's ticket to an onsite):
never claimed. The same legs after the interview's own time, set first, keep the mail an
invitation at that time.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Thu, 01 Oct 2026 09:10:00 +0200"
TO = "Alex Morgan <alex.morgan@mailbox.example>"

# language: (subject, opening, date line, departure word, arrival word, interview line)
LANGS = {
    "en": (
        "Your flight to your interview",
        "Hi Alex,\n\nYour travel for your onsite interview is booked.",
        "Wednesday, October 21, 2026",
        "Depart",
        "Arrive",
        "Your interview starts at {t} at our office.",
    ),
    "de": (
        "Ihre Fahrkarte zum Vorstellungsgespräch",
        "Guten Tag,\n\nanbei Ihre Fahrkarte für die Anreise zum Vorstellungsgespräch.",
        "Mittwoch, 21.10.2026",
        "Abfahrt",
        "Ankunft",
        "Ihr Vorstellungsgespräch beginnt um {t} Uhr in unserem Büro.",
    ),
    "es": (
        "Tu billete para la entrevista",
        "Hola Alex:\n\nTe enviamos el billete para tu desplazamiento a la entrevista.",
        "miércoles, 21 de octubre de 2026",
        "Salida",
        "Llegada",
        "Tu entrevista empieza a las {t} en nuestra oficina.",
    ),
    "nl": (
        "Je reis naar het sollicitatiegesprek",
        "Beste Alex,\n\nWe hebben je reis naar het sollicitatiegesprek geboekt.",
        "woensdag 21 oktober 2026",
        "Vertrek",
        "Aankomst",
        "Je sollicitatiegesprek begint om {t} op ons kantoor.",
    ),
    "pl": (
        "Bilet na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\nw załączniku bilet na dojazd na rozmowę kwalifikacyjną.",
        "środa, 21 października 2026",
        "Wylot",
        "Przylot",
        "Rozmowa kwalifikacyjna zaczyna się o {t} w naszym biurze.",
    ),
    "sv": (
        "Din resa till anställningsintervjun",
        "Hej Alex!\n\nVi har bokat din resa till anställningsintervjun.",
        "onsdag 21 oktober 2026",
        "Avgång",
        "Ankomst",
        "Din anställningsintervju börjar kl. {t} på vårt kontor.",
    ),
}
PLACES = [
    "Boston (BOS)",
    "Hannover Hbf",
    "Madrid Puerta de Atocha",
    "Utrecht Centraal",
    "Warszawa (WAW)",
    "Stockholm C",
    "Lyon Part-Dieu",
]


def _clock(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


def _trip(
    lang: str,
    dep: tuple[int, int],
    arr: tuple[int, int],
    places: tuple[str, str],
    extra: str = "",
    inline: bool = False,
) -> bytes:
    subject, opening, date_line, dep_word, arr_word, _ = LANGS[lang]
    # the two ends on their own lines, or both in one sentence after the date
    between = f", {arr_word.lower()} " if inline else f"\n{arr_word} "
    head = f"{date_line}: " if inline else f"{date_line}\n"
    body = (
        f"{opening}\n\n{extra}{head}{dep_word.lower() if inline else dep_word} {places[0]} "
        f"{_clock(*dep)}{between}{places[1]} {_clock(*arr)}.\nRef: HX8P2Q\n"
    )
    return plain_mail(subject, body, sender="Travel desk <travel@firm.example>", to=TO, date=SENT)


def _claimed_any(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in ("invitation", "reschedule") and parsed.confidence >= 0.5


clocks = st.tuples(st.integers(6, 20), st.sampled_from([0, 5, 15, 30, 41, 55]))
two_places = st.lists(st.sampled_from(PLACES), min_size=2, max_size=2, unique=True).map(tuple)


@settings(max_examples=20, deadline=None)
@given(
    lang=st.sampled_from(sorted(LANGS)),
    dep=clocks,
    places=two_places,
    ride=st.integers(40, 180),
    inline=st.booleans(),
)
def test_a_journeys_times_alone_are_never_claimed(
    lang: str, dep: tuple[int, int], places: tuple[str, str], ride: int, inline: bool
) -> None:
    minutes = dep[0] * 60 + dep[1] + ride
    arr = (min(minutes // 60, 23), minutes % 60)
    assert not _claimed_any(_trip(lang, dep, arr, places, inline=inline))


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(LANGS)), places=two_places, gap=st.integers(1, 4))
def test_the_interviews_own_time_beside_the_journey_is_claimed(
    lang: str, places: tuple[str, str], gap: int
) -> None:
    dep, arr = (7, 5), (8, 50)
    start = 9 + gap
    extra = LANGS[lang][2] + ": " + LANGS[lang][5].format(t=_clock(start, 0)) + "\n\n"
    parsed = parse_message(_trip(lang, dep, arr, places, extra))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == datetime.fromisoformat(f"2026-10-21T{start:02d}:00:00+02:00")
