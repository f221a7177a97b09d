"""Forms of a date, an end row and a move that were missed in whole classes of mail:

- a day's ordinal ending in each language ("31:a december", "1ro de diciembre", "1°
  dicembre", "l'1r de desembre", "8ste december", "1er décembre", "1st of December");
- a short date with dashes in a language whose own short date is "dd-MM-y" ("op 11-3 om
  14.00"), with no weekday to check it;
- an end row that says it is an estimate ("Fine prevista: 15:40", "Expected end: 15:40");
- a move typed as two labelled rows whose words also head a forward's header block
  ("De:/Para:", "De :/À :", "Da:/A:", "Van:/Aan:", "Från:/Till:");
- Apple Mail's Swedish attribution "29 dec. 2026 kl. 09:17 skrev Maja <maja@…>:", whose
  clock is no option of the thread it quotes;
- an agenda's "Follow up on previous action items", which is no minutes.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import REPLY_HEADER
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 23 Nov 2026 10:00:00 +0100"

# language, sender's domain, subject, sentence with {d} and {m} (day with its ending, month)
ORDINAL_SENTENCES = [
    ("sv", "se", "Intervju", "Välkommen på intervju den {d} {m} kl. 10.00.", ":a", "december"),
    ("sv", "se", "Intervju", "Välkommen på intervju den {d} {m} kl. 10.00.", ":e", "december"),
    ("es", "es", "Entrevista", "Tu entrevista será el {d} de {m} a las 10:00.", "ro", "diciembre"),
    ("es", "es", "Entrevista", "Tu entrevista será el {d} de {m} a las 10:00.", "º", "diciembre"),
    ("it", "it", "Colloquio", "Il colloquio è fissato per il {d} {m} alle 10:00.", "°", "dicembre"),
    ("ca", "cat", "Entrevista", "L'entrevista serà el {d} de {m} a les 10.00.", "r", "desembre"),
    ("nl", "nl", "Gesprek", "Je gesprek is op {d} {m} om 10.00 uur.", "ste", "december"),
    ("nl", "nl", "Gesprek", "Je gesprek is op {d} {m} om 10.00 uur.", "e", "december"),
    ("fr", "fr", "Entretien", "Votre entretien aura lieu le {d} {m} à 10h.", "er", "décembre"),
    ("fr", "fr", "Entretien", "Votre entretien aura lieu le {d} {m} à 10h.", "e", "décembre"),
    ("pt", "pt", "Entrevista", "A entrevista será no dia {d} de {m} às 10h.", "º", "dezembro"),
    ("en", "co.uk", "Interview", "Your interview is on the {d} of {m} at 10:00.", "th", "December"),
    ("de", "de", "Gespräch", "Ihr Gespräch ist am {d} {m} um 10:00 Uhr.", ".", "Dezember"),
    ("da", "dk", "Samtale", "Velkommen til samtale den {d} {m} kl. 10.00.", ".", "december"),
]


def _mail(domain: str, subject: str, body: str, date_header: str = DATE) -> bytes:
    return plain_mail(
        subject, body, sender=f"HR <hr@firma.example.{domain}>", to=TO, date=date_header
    )


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ORDINAL_SENTENCES), st.integers(min_value=1, max_value=31))
def test_a_day_with_its_ordinal_ending_is_read(case: tuple[str, ...], day: int) -> None:
    _lang, domain, subject, sentence, ending, month = case
    body = "Hej,\n\n" + sentence.format(d=f"{day}{ending}", m=month) + "\n\nHälsningar\n"
    parsed = parse_message(_mail(domain, subject, body))
    assert parsed.start is not None
    assert parsed.start.isoformat()[:16] == f"2026-12-{day:02d}T10:00"


def test_an_ordinal_day_with_no_month_before_its_clock() -> None:
    for domain, body, want in (
        ("se", "Hej Alex,\n\nIntervjun blir den 1:a kl. 10.00 hos oss.\n\nMaja", "2026-12-01"),
        ("es", "Hola Alex,\n\nla entrevista será el 1ro a las 10:00.\n\nSaludos", "2026-12-01"),
        ("it", "Ciao Alex,\n\nil colloquio sarà il 1° alle 10:00.\n\nSaluti", "2026-12-01"),
    ):
        parsed = parse_message(_mail(domain, "Intervju / entrevista / colloquio", body))
        assert parsed.start is not None
        assert parsed.start.isoformat()[:16] == f"{want}T10:00"


@settings(max_examples=25, deadline=None)
# (a year-less date more than about half a year ahead is read as the past one)
@given(st.dates(min_value=date(2026, 11, 25), max_value=date(2027, 5, 20)))
def test_a_dutch_dash_date_without_weekday_is_read(day: date) -> None:
    body = (
        f"Hoi Alex,\n\nJe gesprek staat gepland op {day.day}-{day.month} om 14.00 in "
        "Apeldoorn.\n\nDaan"
    )
    parsed = parse_message(_mail("nl", "Gesprek", body))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.date() == day


def test_a_dash_pair_stays_a_range_in_other_languages() -> None:
    # English "3-4 at 14:00" is no date: only dd-MM-y languages write one so
    body = "Hi Alex,\n\nWe need 3-4 people at 14:00 for the demo.\n\nBest"
    parsed = parse_message(_mail("com", "Demo", body))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


END_ROWS = [
    ("it", "Quando: mercoledì 16 dicembre 2026, ore 15:00\nFine prevista: 15:40"),
    ("en", "When: Wednesday 16 December 2026, 15:00\nExpected end: 15:40"),
    ("de", "Wann: Mittwoch, 16. Dezember 2026, 15:00 Uhr\nVoraussichtliches Ende: 15:40 Uhr"),
    ("fr", "Quand : mercredi 16 décembre 2026, 15h00\nFin prévue : 15h40"),
    ("es", "Cuándo: miércoles 16 de diciembre de 2026, 15:00\nHora de fin estimada: 15:40"),
    ("nl", "Wanneer: woensdag 16 december 2026, 15.00 uur\nVerwachte eindtijd: 15.40 uur"),
    ("sv", "När: onsdag 16 december 2026 kl. 15.00\nBeräknat slut: kl. 15.40"),
]


def test_an_estimated_end_row_closes_the_slot() -> None:
    wrong = {}
    for lang, rows in END_ROWS:
        body = f"Hello,\n\ninterview invitation.\n\n{rows}\n\nRegards\n"
        parsed = parse_message(_mail("com", "Interview invitation", body))
        got = parsed.end.isoformat()[:16] if parsed.end is not None else None
        if got != "2026-12-16T15:40":
            wrong[lang] = got
    assert not wrong


MOVES = [
    ("pt", "com.br", "Sua entrevista mudou:", "De: terça, 29/09, 10h", "Para: quinta, 01/10, 14h"),
    ("fr", "fr", "Votre entretien est déplacé :", "De : mardi 29/09, 10h", "À : jeudi 01/10, 14h"),
    (
        "it",
        "it",
        "Il colloquio è stato spostato:",
        "Da: martedì 29/09, ore 10",
        "A: giovedì 01/10, ore 14",
    ),
    (
        "nl",
        "nl",
        "Je gesprek is verzet:",
        "Van: dinsdag 29/9 10.00 uur",
        "Aan: donderdag 1/10 14.00 uur",
    ),
    (
        "sv",
        "se",
        "Intervjun är flyttad:",
        "Från: tisdag 29/9 kl. 10.00",
        "Till: torsdag 1/10 kl. 14.00",
    ),
    ("es", "es", "Tu entrevista cambia:", "De: martes 29/09, 10:00", "A: jueves 01/10, 14:00"),
]
FORWARD = (
    "FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@firma.example>\n"
    "Date: Fri, Sep 25, 2026 at 10:15 AM\nSubject: Interview\nTo: {to}\n\n"
)


def test_a_move_in_two_labelled_rows_takes_the_new_slot() -> None:
    wrong = {}
    for forwarded in (False, True):
        for lang, domain, lead, old, new in MOVES:
            body = f"Hi Alex,\n\n{lead}\n\n{old}\n{new}\n\nBest\n"
            if forwarded:
                body = FORWARD.format(to=TO) + body
            raw = plain_mail(
                "Interview",
                body,
                sender=f"HR <hr@firma.example.{domain}>",
                to=TO,
                date="Fri, 25 Sep 2026 10:20:00 +0200",
            )
            parsed = parse_message(raw)
            got = parsed.start.isoformat()[:16] if parsed.start is not None else None
            if got != "2026-10-01T14:00" or parsed.kind != "reschedule":
                wrong[(lang, forwarded)] = (parsed.kind, got)
    assert not wrong


def test_start_and_end_rows_of_one_day_stay_a_range() -> None:
    body = (
        "Bonjour Alex,\n\nvotre entretien est déplacé au même jour, nouveau créneau :\n\n"
        "De : mardi 29/09, 14h\nÀ : mardi 29/09, 15h\n\nCordialement\n"
    )
    parsed = parse_message(_mail("fr", "Entretien", body, "Fri, 25 Sep 2026 10:20:00 +0200"))
    assert parsed.start is not None
    assert parsed.start.isoformat()[:16] == "2026-09-29T14:00"


def test_apple_mail_attributions_that_name_the_writer_after_the_verb() -> None:
    for line in (
        "29 dec. 2026 kl. 09:17 skrev Maja Holmqvist <maja.h@vattenfalla.example.se>:",
        "29. des. 2026 kl. 09:17 skrev Kari Nordmann <kari@firma.example.no>:",
        "Wiadomość napisana przez Ewa Nowak <ewa@firma.example.pl> w dniu 29.12.2026, o godz. "
        "09:17:",
    ):
        assert REPLY_HEADER.match(line)
    assert not REPLY_HEADER.match("Hon skrev till mig i går, se nedan:")


def test_an_agenda_looking_back_at_action_items_is_no_minutes() -> None:
    body = (
        "Hello everyone,\n\nThe steering group will meet on Tuesday, December 8 at 1800 UTC "
        "in #steering.\n\nAgenda:\n* Roll call\n* Follow up on previous action items\n"
        "* Open reviews\n\nAnyone is welcome to attend.\n"
    )
    parsed = parse_message(_mail("org", "Steering group meeting: Tuesday, Dec 8", body))
    assert parsed.start is not None
    assert parsed.start.isoformat()[:16] == "2026-12-08T18:00"


@pytest.mark.parametrize(
    "unit", ["31:a ", "1ro de ", "Van: 1/2 ", "Fine prevista: kl. ", "skrev a <", "11-3 om "]
)
def test_the_new_patterns_stay_linear(unit: str) -> None:
    """A whole parse of a megabyte of each pattern's own near-misses."""
    assert_linear(
        parse_message, lambda n: _mail("nl", "Gesprek", unit * (n // len(unit))), label=unit
    )
