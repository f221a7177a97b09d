"""Text-only moves (moves44 batch): moves only asked for in the ways people ask (the verb
after a long slot, "would it suit you", the humble Japanese causative), spans of a quarter
of an hour, a day moved with the hour kept ("same time, but on Thursday"). Fixtures are our
own sentences; the corpus files are in tests/parsing/corpus (moves44).
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import plain_mail, read_json

SENT = "Mon, 02 Mar 2026 09:00:00 +0100"
SENDER = "Ines Varga <ines.varga@larkspur-hiring.example>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Interview", date: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


# a move only asked for: nothing has moved, so no calendar entry may be made from it
ASKED = [
    "Hallo,\n\nkönnten wir das Vorstellungsgespräch am Mittwoch, 11. März 2026 um 9:30 Uhr "
    "auf Donnerstag, 12. März 2026, 16:00 Uhr verlegen? Sagen Sie mir kurz Bescheid.\n\nInes",
    "Hoi,\n\nkunnen we het sollicitatiegesprek van woensdag 11 maart 2026 om 9.30 uur naar "
    "donderdag 12 maart 2026 om 16.00 uur verplaatsen? Laat het even weten.\n\nInes",
    "Ciao,\n\nti andrebbe bene spostare il colloquio di mercoledì 11 marzo alle 9:30 a "
    "giovedì 12 marzo alle 16:00? Fammi sapere.\n\nInes",
    "Hola:\n\n¿Te vendría bien pasar la entrevista del miércoles 11 de marzo a las 9:30 al "
    "jueves 12 de marzo a las 16:00? Dime algo.\n\nInes",
    "Olá,\n\nPodemos reagendar a sua entrevista de quarta-feira, 11 de março, às 9h30, para "
    "quinta-feira, 12 de março, às 16h? Diga-me se dá.\n\nInes",
    "Hej,\n\nGår det bra om vi flyttar intervjun onsdag 11 mars kl. 9.30 till torsdag 12 "
    "mars kl. 16.00? Hör av dig.\n\nInes",
    "Hei,\n\nGår det greit om vi flytter intervjuet onsdag 11. mars kl. 9.30 til torsdag "
    "12. mars kl. 16.00? Gi meg beskjed.\n\nInes",
    "Alex様\n\n3月11日（水）9:30からの面接を、3月12日（木）16:00に変更させていただくことは"
    "可能でしょうか。\nご確認をお願いいたします。\n\nInes",
]


@pytest.mark.parametrize("body", ASKED)
def test_a_move_only_asked_for_is_not_claimed(body: str) -> None:
    got = _parse(body)
    assert got["kind"] not in ("invitation", "reschedule") or float(str(got["confidence"])) < 0.5


# a quarter of an hour, in the word each language has for it: the slot moves by 15 minutes
QUARTER = [
    ("Your interview on Thursday 12 March at 10:00 will start a quarter of an hour later.", 15),
    ("Ihr Gespräch am Donnerstag, 12. März um 10:00 Uhr beginnt eine Viertelstunde früher.", -15),
    ("Votre entretien du jeudi 12 mars à 10 h commencera un quart d'heure plus tard.", 15),
    ("Tu entrevista del jueves 12 de marzo a las 10:00 se retrasa un cuarto de hora.", 15),
    ("Il colloquio di giovedì 12 marzo alle 10:00 inizierà un quarto d'ora più tardi.", 15),
    ("Je gesprek van donderdag 12 maart om 10.00 uur begint een kwartier eerder.", -15),
    ("Din intervju torsdag 12 mars kl. 10.00 börjar en kvart senare.", 15),
    ("Rozmowa w czwartek 12 marca o 10:00 zacznie się o kwadrans później.", 15),
]


@pytest.mark.parametrize(("sentence", "minutes"), QUARTER)
def test_a_quarter_of_an_hour_moves_the_slot_by_15_minutes(sentence: str, minutes: int) -> None:
    got = _parse(f"Hello,\n\n{sentence}\n\nInes")
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith("2026-03-12T10:15" if minutes > 0 else "2026-03-12T09:45")
    assert got.get("end") is None


# the hour kept and the day changed, joined by "but": the old slot's hour on the new day, a
# bare weekday taken in the old slot's week (sent Monday 2 March; the old slot Tuesday 10)
BUT_ON_DAY = [
    "Your interview on Tuesday 10 March at 11:00 - same time, but on Friday instead.",
    "Ihr Gespräch am Dienstag, 10. März um 11 Uhr bleibt zur gleichen Uhrzeit, aber am "
    "Freitag, 13. März.",
    "Votre entretien du mardi 10 mars à 11 h reste à la même heure, mais le vendredi 13 mars.",
    "Tu entrevista del martes 10 de marzo a las 11:00 será a la misma hora, pero el viernes 13.",
    "Il colloquio di martedì 10 marzo alle 11:00 resta alla stessa ora, ma venerdì 13 marzo.",
    "Je gesprek van dinsdag 10 maart om 11.00 uur blijft op hetzelfde tijdstip, maar dan op "
    "vrijdag 13 maart.",
    "Rozmowa z wtorku 10 marca o 11:00 odbędzie się o tej samej godzinie, ale w piątek 13 marca.",
    "Din intervju tisdag 10 mars kl. 11.00 blir samma tid men på fredag 13 mars.",
]


@pytest.mark.parametrize("sentence", BUT_ON_DAY)
def test_same_time_but_another_day_moves_the_slot_to_that_day(sentence: str) -> None:
    got = _parse(f"Hello,\n\n{sentence}\n\nInes")
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith("2026-03-13T11:00")


# a bare weekday for the new day is that weekday of the old slot's week, not the first one
# after the mail was sent (Monday 2 March): later or earlier in that week
BARE_WEEKDAY = [
    ("Your interview on Tuesday 10 March at 11:00 - same time, but on Thursday instead.", "12"),
    ("Your interview on Thursday 12 March at 11:00 - same time, but on Tuesday instead.", "10"),
    ("Votre entretien du mardi 10 mars à 11 h reste à la même heure, mais le jeudi.", "12"),
    (
        "Tu entrevista del jueves 12 de marzo a las 11:00 será a la misma hora, pero el martes.",
        "10",
    ),
]


@pytest.mark.parametrize(("sentence", "day"), BARE_WEEKDAY)
def test_a_bare_new_weekday_is_in_the_old_slots_week(sentence: str, day: str) -> None:
    got = _parse(f"Hello,\n\n{sentence}\n\nInes")
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith(f"2026-03-{day}T11:00")


# "tomorrow's" written as an adjective is the day after the mail's date (Monday 2 March)
TOMORROWS = [
    "Hallo,\n\nIhr morgiges Gespräch wird auf 15:30 Uhr verschoben.\n\nInes",
    "Dzień dobry,\n\nPana jutrzejsza rozmowa zostaje przesunięta na 15:30.\n\nInes",
    "Dobrý den,\n\nVáš zítřejší pohovor přesouváme na 15:30.\n\nInes",
    "Здравствуйте!\n\nВаше завтрашнее собеседование переносится на 15:30.\n\nInes",
]


@pytest.mark.parametrize("body", TOMORROWS)
def test_tomorrows_as_an_adjective_is_the_next_day(body: str) -> None:
    got = _parse(body)
    assert str(got["start"]).startswith("2026-03-03T15:30")


# the hour named as the slot that is kept, the days in a from/to: the new day at that hour
KEPT_SLOT = [
    "We're keeping the 2:30 PM slot but moving your interview from Tuesday, March 17 to "
    "Wednesday, March 18.",
    "Mantenemos el horario de las 14:30, pero tu entrevista pasa del martes 17 de marzo al "
    "miércoles 18 de marzo.",
]


@pytest.mark.parametrize("sentence", KEPT_SLOT)
def test_the_hour_kept_as_the_slot_goes_to_the_new_day(sentence: str) -> None:
    got = _parse(f"Hello,\n\n{sentence}\n\nInes")
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith("2026-03-18T14:30")
