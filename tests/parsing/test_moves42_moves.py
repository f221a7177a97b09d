"""Text-only moves (moves42 batch): a span led by its move verb before the slot it moves, a
move by days or weeks with the hour kept and no direction word, a reply whose quoted part
holds the only regret, and move lines broken inside the slot. Fixtures are our own
sentences; the corpus files are in tests/parsing/corpus (moves42).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail, read_json

SENT = "Mon, 02 Mar 2026 09:00:00 +0100"
SENDER = "Noa Lindgren <noa.lindgren@birchway-hiring.example>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Interview", date: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


# the verb, the span, then the slot it moves: (sentence with {old}, minutes moved)
VERB_LED = [
    ("Debemos atrasar 30 minutos tu entrevista del {es} a las {hm}.", 30),
    ("Adelantamos media hora la entrevista del {es} a las {hm}.", -30),
    ("Nous devons avancer d'une heure votre entretien du {fr} à {hm}.", -60),
    ("Dobbiamo posticipare di un'ora il colloquio di {it} alle {hm}.", 60),
    ("Vamos adiar em 45 minutos a sua entrevista de {pt}, às {hm}.", 45),
]
ES_DAYS = {9: "lunes 9 de marzo", 10: "martes 10 de marzo", 11: "miércoles 11 de marzo"}
FR_DAYS = {9: "lundi 9 mars", 10: "mardi 10 mars", 11: "mercredi 11 mars"}
IT_DAYS = {9: "lunedì 9 marzo", 10: "martedì 10 marzo", 11: "mercoledì 11 marzo"}
PT_DAYS = {
    9: "segunda-feira, 9 de março",
    10: "terça-feira, 10 de março",
    11: "quarta-feira, 11 de março",
}


@settings(max_examples=25, deadline=None)
@given(
    day=st.sampled_from([9, 10, 11]),
    hour=st.integers(min_value=9, max_value=16),
    case=st.sampled_from(VERB_LED),
)
def test_span_led_by_its_verb_moves_the_slot_after_it(
    day: int, hour: int, case: tuple[str, int]
) -> None:
    sentence, minutes = case
    old = datetime(2026, 3, day, hour)
    text = sentence.format(
        es=ES_DAYS[day], fr=FR_DAYS[day], it=IT_DAYS[day], pt=PT_DAYS[day], hm=f"{hour}:00"
    )
    got = _parse(f"Hola,\n\n{text} Gracias.\n\nNoa")
    new = old + timedelta(minutes=minutes)
    assert str(got["start"]).startswith(new.strftime("%Y-%m-%dT%H:%M"))
    assert got["kind"] == "reschedule"
    assert got.get("end") is None  # the span is how far it moves, not how long it lasts


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Dzień dobry,\n\nspotkanie ze środy 4 marca o 11:00 zostaje przesunięte o "
            "tydzień, na tę samą godzinę.\n\nNoa",
            "2026-03-11T11:00",
        ),
        (
            "Hallo,\n\nIhr Termin am Dienstag, 3. März um 9 Uhr wird um zwei Tage verlegt, "
            "die Uhrzeit bleibt gleich.\n\nNoa",
            "2026-03-05T09:00",
        ),
        (
            "Ciao,\n\nil colloquio di giovedì 5 marzo alle 14:00 slitta di una settimana, "
            "stesso orario.\n\nNoa",
            "2026-03-12T14:00",
        ),
        (
            "Olá,\n\na entrevista de terça-feira, 3 de março, às 15h, fica para o dia "
            "seguinte no mesmo horário.\n\nNoa",
            "2026-03-04T15:00",
        ),
    ],
)
def test_days_on_with_the_hour_kept(body: str, start: str) -> None:
    got = _parse(body)
    assert str(got["start"]).startswith(start)
    assert got["kind"] == "reschedule"


def test_days_on_without_a_kept_hour_is_not_guessed() -> None:
    got = _parse(
        "Dzień dobry,\n\nspotkanie ze środy 4 marca o 11:00 zostaje przesunięte o tydzień.\n\nNoa"
    )
    assert not str(got.get("start")).startswith("2026-03-11T11:00")


@pytest.mark.parametrize(
    ("top", "quoted", "start"),
    [
        (
            "Goed, dan zetten we het op deze donderdag om 11.00 uur.",
            "dinsdag 3 maart om 15.00 uur kan ik helaas niet meer.",
            "2026-03-05T11:00",
        ),
        (
            "Bra, vi flyttar samtalet till fredag den här veckan kl. 14.00.",
            "onsdag 4 mars kl. 9.00 passar tyvärr inte längre.",
            "2026-03-06T14:00",
        ),
    ],
)
def test_regret_only_in_the_quoted_mail_is_no_rejection(top: str, quoted: str, start: str) -> None:
    body = f"{top}\n\nNoa\n\nOn Sun, 1 Mar 2026 at 18:00, Alex wrote:\n> {quoted}\n>\n> Alex\n"
    got = _parse(body, subject="Re: Interview")
    assert str(got["start"]).startswith(start)


def test_own_regret_under_a_quote_stays_a_refusal() -> None:
    body = (
        "On Sun, 1 Mar 2026 at 18:00, Noa wrote:\n> We can offer Thursday 5 March at 10:00.\n\n"
        "Unfortunately we have decided to proceed with other candidates, so the Thursday slot "
        "is no longer available.\n\nNoa\n"
    )
    got = _parse(body, subject="Re: Interview")
    assert got["kind"] == "not_invitation"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi,\n\nBecause the panel changed, your interview with us has now been moved from\n"
            "Monday 9 March at 11:00 to\nWednesday 11 March at 16:00. Sorry about that.\n\nNoa",
            "2026-03-11T16:00",
        ),
        (
            "Hi,\n\nYour interview has been rescheduled to Thursday, March\n"
            "12 at 3:30 PM (originally Tuesday, March 10 at 9:00 AM).\n\nNoa",
            "2026-03-12T15:30",
        ),
        (
            "Dzień dobry,\n\nz powodu urlopu rozmowę przenosimy na\npiątek, 13 marca 2026 r., "
            "godz.\n11:00 (zamiast środy 11 marca, godz. 9:00).\n\nNoa",
            "2026-03-13T11:00",
        ),
    ],
)
def test_move_line_broken_inside_the_slot(body: str, start: str) -> None:
    got = _parse(body)
    assert str(got["start"]).startswith(start)


def _parse_html(html: str, subject: str = "Interview") -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Noa Lindgren <noa.lindgren@birchway-hiring.example>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = SENT
    message["Subject"] = subject
    message.set_content(html, subtype="html")
    return parse_message(message.as_bytes()).to_json_dict()


def _table(head: list[str], *rows: list[str]) -> str:
    cells = "<tr>" + "".join(f"<th>{cell}</th>" for cell in head) + "</tr>"
    for row in rows:
        cells += "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
    return f"<html><body><p>Your interview has moved.</p><table>{cells}</table></body></html>"


@pytest.mark.parametrize(
    ("html", "start", "end"),
    [
        (  # no label column: each column a whole slot
            _table(
                ["Previous slot", "New slot"],
                ["Tuesday 10 March 2026, 09:00-09:30", "Friday 13 March 2026, 11:00-11:30"],
            ),
            "2026-03-13T11:00",
            "2026-03-13T11:30",
        ),
        (  # Danish headings over a label column
            _table(
                ["", "Tidligere", "Nyt tidspunkt"],
                ["Dato", "mandag 9. marts", "torsdag 12. marts"],
                ["Tid", "10:00-11:00", "13:00-14:00"],
            ),
            "2026-03-12T13:00",
            "2026-03-12T14:00",
        ),
    ],
)
def test_old_new_columns_give_the_new_slot(html: str, start: str, end: str) -> None:
    got = _parse_html(html)
    assert str(got["start"]).startswith(start)
    assert str(got["end"]).startswith(end)


def test_formal_german_ask_to_move_is_only_asked() -> None:
    got = _parse(
        "Guten Tag,\n\nwäre es für Sie möglich, das Vorstellungsgespräch am Donnerstag, "
        "12. März von 10 auf 13 Uhr zu verschieben?\n\nNoa"
    )
    assert not (got["kind"] != "not_invitation" and float(str(got["confidence"])) >= 0.5)


def test_line_broken_after_a_weekday_joins_its_date() -> None:
    got = _parse(
        "Hej,\n\nNy tid för ditt samtal: fredag\n13 mars kl. 10.00 (tidigare onsdag 11 mars "
        "kl. 14.00).\n\nNoa"
    )
    assert str(got["start"]).startswith("2026-03-13T10:00")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday 13 March your interview moves from 09:00-09:45 to 11:30-12:15.",
        "Am Freitag, 13. März verschiebt sich Ihr Gespräch von 09:00–09:45 Uhr auf "
        "11:30–12:15 Uhr.",
        "Le vendredi 13 mars, votre entretien est déplacé de 09:00-09:45 à 11:30-12:15.",
    ],
)
def test_range_moved_to_range_on_one_day(sentence: str) -> None:
    got = _parse(f"Hello,\n\n{sentence}\n\nNoa")
    assert str(got["start"]).startswith("2026-03-13T11:30")
    assert str(got["end"]).startswith("2026-03-13T12:15")
    assert got["kind"] == "reschedule"


def test_two_ranges_without_a_move_stay_a_choice_of_the_first() -> None:
    got = _parse(
        "Hello,\n\nOn Friday 13 March we are free from 09:00-09:45 to 11:30-12:15 if you "
        "want to talk.\n\nNoa"
    )
    assert not str(got.get("start")).startswith("2026-03-13T11:30")
