# ruff: noqa: E501 (each language's sentences read best whole)
"""A slash pair that counts is no day of the month (slips49): a fraction of a unit ("1/2
day", "a 3/4 hour", "2/3 days a week", "4/5 Tage", "1/2 dag", "1/2 journée", "1/2 día",
"3/4 dne"), a step of a process ("round 2/3", "Runde 2/3", "etapa 2/3") and round-the-clock
"24/7" never take the place of the slot an invitation names by its weekday; the same pair
with a clock after it, or in a date's place, still reads as the date."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 09 Mar 2026 09:00:00 {offset}"  # Thursday is 12 March

# per language: sender, offset, subject, the sentence setting the slot, the slot's start, and
# sentences whose slash pairs count
SLOTS = {
    "en": ("Sam Ortiz <sam@ironwood.example.com>", "-0400", "Interview Thursday", "See you Thursday at 10am.", "2026-03-12T10:00:00-04:00",
           ["Plan for a 1/2 day.", "It's a 3/4 hour chat.", "The role is 4/5 days a week.", "We run 24/7 support.", "Hybrid: 2/3 days in the office.", "This is round 2/3.", "Stage 1/2 is done.", "It is a 1/2-day visit."]),
    "de": ("Nina Schulz <nina@kranich.example.de>", "+0100", "Gespräch am Donnerstag", "wir sehen uns Donnerstag um 10 Uhr.", "2026-03-12T10:00:00+01:00",
           ["Danach 1/2 Tag Probearbeiten.", "Die Stelle ist 4/5 Tage pro Woche.", "Unser Service ist 24/7 erreichbar.", "Das ist Runde 2/3.", "Das Gespräch dauert 3/4 Stunde."]),
    "nl": ("Femke Bakker <femke@groenewoud.example.nl>", "+0100", "Gesprek donderdag", "tot donderdag om 10 uur.", "2026-03-12T10:00:00+01:00",
           ["Daarna 1/2 dag meelopen.", "We zijn 24/7 bereikbaar.", "Dit is ronde 2/3.", "De baan is 4/5 dagen per week."]),
    "fr": ("Hugo Lefèvre <hugo@atelier.example.fr>", "+0100", "Entretien jeudi", "à jeudi 10h.", "2026-03-12T10:00:00+01:00",
           ["Prévoyez 1/2 journée.", "Notre support est 24/7.", "C'est l'étape 2/3.", "Le poste est à 4/5 jours."]),
    "es": ("Sergio Navarro <sergio@horno.example.es>", "+0100", "Entrevista el jueves", "nos vemos el jueves a las 10:00.", "2026-03-12T10:00:00+01:00",
           ["Luego 1/2 día de prueba.", "Atención al cliente 24/7.", "Es la etapa 2/3.", "La jornada es de 4/5 días."]),
    "cs": ("Petra Svobodová <petra@vltava.example.cz>", "+0100", "Pohovor ve čtvrtek", "uvidíme se ve čtvrtek v 10:00.", "2026-03-12T10:00:00+01:00",
           ["Úvazek je 3/4 dne.", "Podpora běží 24/7.", "Jde o kolo 2/3."]),
}  # fmt: skip


def _start(language: str, body: str, subject: str | None = None) -> tuple[str, str]:
    sender, offset, default_subject, _, _, _ = SLOTS[language]
    raw = plain_mail(subject or default_subject, body, sender=sender, to="alex@mailbox.example",
                     date=SENT.format(offset=offset))  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start


@settings(max_examples=60, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(SLOTS)), before=st.booleans())
def test_a_counting_slash_pair_never_replaces_the_weekday_slot(
    data: st.DataObject, language: str, before: bool
) -> None:
    _, _, _, slot, want, counts = SLOTS[language]
    count = data.draw(st.sampled_from(counts))
    line = f"{count} {slot}" if before else f"{slot} {count}"
    greeting = data.draw(st.sampled_from(["Hello,", "Hi Alex,"]))
    closing = data.draw(st.sampled_from(["Thanks", "Sam"]))
    assert _start(language, f"{greeting}\n\n{line}\n\n{closing}") == ("invitation", want)


def test_the_same_pairs_are_dates_where_a_date_stands() -> None:
    """Controls: '4/2 at 10am' from New York is 2 April; '24/7 um 10 Uhr' is 24 July; 'am
    4/5 um 10 Uhr' is 4 May; a date with a count of days after its clock stays a date."""
    assert (
        _start("en", "Hello,\n\nWe have booked you for 4/2 at 10am.\n\nThanks")[1]
        == "2026-04-02T10:00:00-04:00"
    )
    assert (
        _start("de", "Hallo,\n\ndas Gespräch ist am 24/7 um 10 Uhr.\n\nGrüße")[1]
        == "2026-07-24T10:00:00+02:00"
    )
    assert (
        _start("de", "Hallo,\n\ndas Gespräch ist am 4/5 um 10 Uhr.\n\nGrüße")[1]
        == "2026-05-04T10:00:00+02:00"
    )
    assert (
        _start("fr", "Bonjour,\n\nl'entretien est le 24/3 à 10h. Prévoyez 2 jours.\n\nMerci")[1]
        == "2026-03-24T10:00:00+01:00"
    )
    assert (
        _start(
            "es", "Hola,\n\nla entrevista es el 1/4 a las 10:00, luego 2 días de prueba.\n\nSaludos"
        )[1]
        == "2026-04-01T10:00:00+02:00"
    )


def test_the_slash_count_check_stays_linear() -> None:
    """Slash pairs and step words cost work in proportion to their length."""
    from service.parsing.when_common import _patterns
    from service.parsing.when_dates import _slash_count

    numeric = _patterns()["numeric"]

    def scan(line: str) -> None:
        for match in numeric.finditer(line):
            _slash_count(line, match)

    assert_linear(scan, repeated("round 2/3 24/7 1/2 day etapa 1/2 "))


# a mail's own common word before a number is no other language's abbreviated month:
# German "Sie" (Polish "sie", August), French "des" (December)
OWN_WORDS = {
    "de": ["Bitte bringen Sie {n} Passfotos mit.", "Bitte drucken Sie {n} Kopien Ihres Lebenslaufs aus.", "Sie {n} sind in der engeren Wahl."],
    "fr": ["Vous êtes l'un des {n} finalistes.", "Lors des {n} premiers échanges, tout s'est bien passé.", "Merci pour l'envoi des {n} documents."],
}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    language=st.sampled_from(sorted(OWN_WORDS)),
    pick=st.integers(0, 2),
    n=st.integers(1, 28),
    before=st.booleans(),
)
def test_a_common_word_before_a_number_is_no_month(
    language: str, pick: int, n: int, before: bool
) -> None:
    _, _, _, slot, want, _ = SLOTS[language]
    extra = OWN_WORDS[language][pick].format(n=n)
    line = f"{extra} {slot}" if before else f"{slot} {extra}"
    assert _start(language, f"Hallo,\n\n{line}\n\nGrüße") == ("invitation", want)
