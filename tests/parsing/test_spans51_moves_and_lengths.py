"""Starts and ends the spans51 batch found read wrong in dev: lengths in South Slavic words
("razgovor traje sat i pol", "bo trajal eno uro"), the Scandinavian given name "Anders" read
as the Dutch "anders" (otherwise) that offers another time, moves by Danish and Croatian
verbs ("rykke samtalen en halv time frem", "da razgovor pomaknemo sat kasnije") under a
Croatian Gmail quote header ("… <ivan@…> napisao je:"), and a reply that moves the one quoted
slot by a span with no clock of its own ("we'll kick off Thursday's round 30 minutes later",
"wir beginnen am Donnerstag eine halbe Stunde früher", "mercoledì iniziamo mezz'ora più
tardi"). Fixtures are ours.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import REPLY_HEADER
from service.parsing.parser import _ANDERS_AS_NAME
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed, plain_mail

_ME = "Alex Morgan <alex.morgan@mailbox.example>"


def _read(subject: str, body: str, date: str, sender: str = "HR <hr@firm.example>") -> dict:
    raw = plain_mail(subject, body, sender=sender, to=_ME, date=date)
    return parse_message(raw).to_json_dict()


def _at(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        (
            "Poštovani,\n\nrazgovor je u srijedu, 16. prosinca 2026. u 13:00 u Puli. "
            "Razgovor traje sat i pol.",
            90,
        ),
        (
            "Poštovani,\n\nintervju je u sredu, 16. decembra 2026. u 13 časova. "
            "Intervju traje sat i po.",
            90,
        ),
        (
            "Spoštovani,\n\nrazgovor bo v sredo, 16. decembra 2026, ob 13:00 v Ljubljani. "
            "Razgovor bo trajal eno uro.",
            60,
        ),
        (
            "Spoštovani,\n\nrazgovor bo v sredo, 16. decembra 2026, ob 13:00 v Mariboru. "
            "Trajal bo uro in pol.",
            90,
        ),
    ],
)
def test_south_slavic_lengths_in_words_give_the_end(body: str, minutes: int) -> None:
    parsed = _read("Razgovor za posao", body, "Mon, 07 Dec 2026 09:00:00 +0100")
    start, end = _at(parsed["start"]), _at(parsed["end"])
    assert start is not None
    assert (start.hour, start.minute) == (13, 0)
    assert end is not None
    assert end - start == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Samtale hos Kattegat Games",
            "Hej Alex\n\nVi glæder os til at se dig mandag den 14. december kl. 13.00 i "
            "Aalborg.\n\nMvh\nAnders Holm",
        ),
        (
            "Intervju hos Mälarsoft",
            "Hej Alex,\n\nVälkommen på intervju torsdag den 17 december kl. 9.00 i Västerås.\n\n"
            "Hälsningar\nAnders\nRekryterare",
        ),
        (
            "Intervju",
            "Hei Alex,\n\nVelkommen til intervju tirsdag 15. desember kl. 10.00 i Bergen. "
            "Du møter Anders Berg og meg.\n\nHilsen\nKari",
        ),
    ],
)
def test_the_name_anders_offers_no_other_time(subject: str, body: str) -> None:
    raw = plain_mail(
        subject, body, sender="HR <hr@firm.example>", to=_ME, date="Fri, 04 Dec 2026 09:00:00 +0100"
    )
    parsed = parse_message(raw).to_json_dict()
    assert not any("more than one time" in note for note in parsed["warnings"])
    assert claimed(raw)


def test_the_dutch_anders_still_offers_another_time() -> None:
    parsed = _read(
        "Gesprek",
        "Hoi Alex,\n\nKun je donderdag 10 december om 10.00 uur langskomen? Anders vrijdag "
        "11 december om 14.00 uur.\n\nGroet,\nFemke",
        "Thu, 03 Dec 2026 09:00:00 +0100",
    )
    assert float(parsed["confidence"] or 0) < 0.5


_QUOTED_DA = (
    "Den 7. dec. 2026 kl. 11.45 skrev Camilla Rasmussen <camilla@fyn.example.dk>:\n"
    "> Hej Alex\n>\n> Du er velkommen til samtale mandag den 14. december kl. 10 i Odense.\n"
)
_QUOTED_HR = (
    "Dana 7. 12. 2026. u 13:10, Ivan Marić <ivan@zagorje.example.hr> napisao je:\n"
    "> Poštovani,\n>\n> potvrđujem razgovor u srijedu, 16. prosinca 2026. u 10 sati u "
    "Varaždinu.\n"
)


@pytest.mark.parametrize(
    ("body", "date", "new"),
    [
        (
            "Hej Alex\n\nVi bliver nødt til at rykke samtalen en halv time frem, så vi starter "
            "kl. 9.30 i stedet for kl. 10. Samme sted.\n\nMvh\nCamilla\n\n" + _QUOTED_DA,
            "Thu, 10 Dec 2026 08:20:00 +0100",
            datetime(2026, 12, 14, 9, 30),
        ),
        (
            "Pozdrav Alex,\n\nmolim Vas da razgovor pomaknemo sat kasnije, dakle u 11 sati umjesto "
            "u 10. Sve ostalo ostaje isto.\n\nIvan\n\n" + _QUOTED_HR,
            "Fri, 11 Dec 2026 09:00:00 +0100",
            datetime(2026, 12, 16, 11, 0),
        ),
    ],
)
def test_danish_and_croatian_moves_keep_the_quoted_day(body: str, date: str, new: datetime) -> None:
    parsed = _read("Re: Samtale", body, date)
    start = _at(parsed["start"])
    assert start is not None
    assert start.replace(tzinfo=None) == new


def test_croatian_gmail_quote_header_is_a_reply_header() -> None:
    assert REPLY_HEADER.match("Dana 7. 12. 2026. u 13:10, Ivan Marić <ivan@x.example> napisao je:")


# a reply that moves the one quoted slot by a span and writes no clock: (template, sign);
# {day} is the quoted slot's weekday in the language, {span} the span in words
_SPAN_ALONE = {
    "en": (
        "Hi Alex,\n\nHeads-up: we'll kick off {day}'s interview {span} {way} than planned. "
        "Same link.\n\nMegan",
        {30: "30 minutes", 60: "an hour", 15: "15 minutes"},
        {1: "later", -1: "earlier"},
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        "On Mon, 7 Dec 2026 at 10:00, Megan <megan@firm.example> wrote:\n"
        "> Your interview is set for {long} at {hh}:{mm}.\n",
    ),
    "de": (
        "Hallo Alex,\n\nkleine Änderung: Wir beginnen am {day} {span} {way}. Alles andere "
        "bleibt wie besprochen.\n\nGruß\nStefan",
        {30: "eine halbe Stunde", 60: "eine Stunde", 15: "eine Viertelstunde"},
        {1: "später", -1: "früher"},
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        "Am 07.12.2026 um 10:00 schrieb Stefan <stefan@firm.example>:\n"
        "> wie besprochen sehen wir uns am {long} um {hh}:{mm} Uhr.\n",
    ),
    "it": (
        "Ciao Alex,\n\npiccola modifica: {day} iniziamo {span} {way}. Il resto rimane "
        "uguale.\n\nRoberta",
        {30: "mezz'ora", 60: "un'ora", 15: "un quarto d'ora"},
        {1: "più tardi"},
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
        "Il giorno lun 7 dic 2026 alle ore 10:00 Roberta <roberta@firm.example> ha scritto:\n"
        "> ti aspettiamo {long} alle {hh}:{mm}.\n",
    ),
}
_LONG = {
    "en": lambda d: f"{d:%A} {d.day} December",
    "de": lambda d: (
        f"{('Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag')[d.weekday()]}, "
        f"{d.day}. Dezember"
    ),
    "it": lambda d: (
        f"{('lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì')[d.weekday()]} {d.day} dicembre"
    ),
}


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(sorted(_SPAN_ALONE)),
    day=st.integers(min_value=14, max_value=18),
    hour=st.integers(min_value=9, max_value=16),
    minute=st.sampled_from((0, 30)),
    minutes=st.sampled_from((15, 30, 60)),
    sign=st.sampled_from((1, -1)),
)
def test_a_span_alone_moves_the_quoted_slot(
    lang: str, day: int, hour: int, minute: int, minutes: int, sign: int
) -> None:
    template, spans, ways, days, quote = _SPAN_ALONE[lang]
    if sign not in ways:
        sign = 1
    old = datetime(2026, 12, day, hour, minute)
    body = template.format(day=days[old.weekday()], span=spans[minutes], way=ways[sign])
    body += "\n\n" + quote.format(long=_LONG[lang](old), hh=f"{hour:02d}", mm=f"{minute:02d}")
    parsed = _read("Re: Interview", body, "Thu, 10 Dec 2026 08:00:00 +0100")
    start = _at(parsed["start"])
    assert start is not None
    assert start.replace(tzinfo=None) == old + sign * timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "body",
    [
        # asked, not made
        "Hi Alex,\n\nCould we start Thursday's interview 30 minutes later?\n\nMegan",
        # the reader asked to come early: the slot stays
        "Hi Alex,\n\nPlease arrive 15 minutes earlier on Thursday to sign in.\n\nMegan",
    ],
)
def test_a_span_asked_or_for_arriving_moves_nothing(body: str) -> None:
    body += (
        "\n\nOn Mon, 7 Dec 2026 at 10:00, Megan <megan@firm.example> wrote:\n"
        "> Your interview is set for Thursday 17 December at 14:00.\n"
    )
    parsed = _read("Re: Interview", body, "Thu, 10 Dec 2026 08:00:00 +0100")
    start = _at(parsed["start"])
    assert start is None or start.replace(tzinfo=None) == datetime(2026, 12, 17, 14, 0)


def test_anders_and_reply_header_scans_are_linear() -> None:
    assert_linear(scans(_ANDERS_AS_NAME), repeated("Anders Anders\n"), label="anders name")
    assert_linear(
        lambda text: sum(1 for line in text.split("\n") if REPLY_HEADER.match(line)),
        repeated("Dana 7. 12. 2026. u 13:10, Ivan napisao je", " "),
        label="napisao je",
    )


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "Kleine Änderung: Das Gespräch beginnt jetzt um 9:30 statt um 10:00 Uhr.",
            "Am 07.12.2026 um 15:02 schrieb HR <hr@firm.example>:\n"
            "> wir erwarten Sie am Dienstag, 15. Dezember 2026, um 10:00 Uhr in Köln.\n",
        ),
        (
            "Pequeño cambio: la entrevista empezará a las 9:30 en lugar de las 10:00.",
            "El lun, 7 dic 2026 a las 15:02, HR <hr@firm.example> escribió:\n"
            "> Te esperamos el martes 15 de diciembre de 2026 a las 10:00 en Madrid.\n",
        ),
        (
            "Petit changement : l'entretien commencera à 9h30 au lieu de 10h.",
            "Le lun. 7 déc. 2026 à 15:02, HR <hr@firm.example> a écrit :\n"
            "> Nous vous attendons le mardi 15 décembre 2026 à 10h à Toulouse.\n",
        ),
    ],
)
def test_a_start_traded_for_the_quoted_hour_keeps_the_quoted_day(body: str, quote: str) -> None:
    parsed = _read("RE: Interview", f"{body}\n\nHR\n\n{quote}", "Thu, 10 Dec 2026 11:20:00 +0100")
    start = _at(parsed["start"])
    assert parsed["kind"] == "reschedule"
    assert start is not None
    assert start.replace(tzinfo=None) == datetime(2026, 12, 15, 9, 30)
