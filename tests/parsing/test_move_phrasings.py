"""A move told the way people write it, in several languages: the new slot is the one kept.

Every mail here is written for the test. Each states an old slot and a new one in a single
sentence ("pasa del ... al ...", "från ... till ...", "stattdessen", "move tomorrow's 10am to
11:30", "14:30 the same day instead"); the parse must give the new one, as a move.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message


def _mail(
    body: str, *, subject: str, sender: str = "Ines Roth <ines@talentwerk-example.de>"
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Mon, 02 Nov 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


MADRID = ZoneInfo("Europe/Madrid")
STOCKHOLM = ZoneInfo("Europe/Stockholm")
PARIS = ZoneInfo("Europe/Paris")

MOVES = [
    pytest.param(
        "Hola Lucía:\nte aviso de que tu entrevista pasa del martes 10 de noviembre a las "
        "16:00 al miércoles 11 de noviembre a las 12:00 (hora de Madrid).\nUn saludo",
        "Cambio de horario",
        datetime(2026, 11, 11, 12, 0, tzinfo=MADRID),
        id="es-pasa-del-al",
    ),
    pytest.param(
        "Hej Sam,\nvi behöver flytta intervjun från tisdag 10 november kl. 10.00 till torsdag "
        "12 november kl. 13.30 (svensk tid).\nHälsningar",
        "Ny tid för intervjun",
        datetime(2026, 11, 12, 13, 30, tzinfo=STOCKHOLM),
        id="sv-fran-till",
    ),
    pytest.param(
        "Guten Tag Herr Weber,\nleider müssen wir das Gespräch am Dienstag, 10.11., um 10 Uhr "
        "verschieben. Wir haben stattdessen Donnerstag, 12.11., 15:30 Uhr (MEZ) eingetragen.",
        "Neuer Termin",
        datetime(2026, 11, 12, 15, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        id="de-stattdessen",
    ),
    pytest.param(
        "Bonjour Sam,\nnotre entretien du jeudi 12 novembre à 10h doit être décalé : nous "
        "vous proposons 14h30 le même jour à la place (heure de Paris).",
        "Entretien décalé",
        datetime(2026, 11, 12, 14, 30, tzinfo=PARIS),
        id="fr-meme-jour",
    ),
    pytest.param(
        "Hi Sam,\nour interview on Thursday 12 November at 10:00 CET has to move: we have put "
        "you in at 14:30 the same day instead. The link stays as it was.",
        "Change of time",
        datetime(2026, 11, 12, 14, 30, tzinfo=PARIS),
        id="en-same-day-instead",
    ),
]


BERLIN = ZoneInfo("Europe/Berlin")
# the same move, "from Tuesday 10 November 10:00 to Thursday 12 November 14:00", as writers of
# more languages put it; no zone stated, so the sender's (Berlin, from the Date header) holds
MORE_MOVES = [
    pytest.param(
        "Καλησπέρα, η συνέντευξή σας μεταφέρεται από την Τρίτη 10 Νοεμβρίου στις 10:00 στην "
        "Πέμπτη 12 Νοεμβρίου στις 14:00.",
        id="el",
    ),
    pytest.param(
        "Bună ziua, interviul se mută de marți, 10 noiembrie, ora 10:00, pe joi, 12 noiembrie, "
        "ora 14:00.",
        id="ro",
    ),
    pytest.param(
        "Olá, a entrevista passa de terça, 10 de novembro, às 10h00, para quinta, 12 de "
        "novembro, às 14h00.",
        id="pt",
    ),
    pytest.param(
        "Hola, l'entrevista es mou del dimarts 10 de novembre a les 10:00 al dijous 12 de "
        "novembre a les 14:00.",
        id="ca",
    ),
    pytest.param(
        "Laba diena, pokalbis perkeliamas iš lapkričio 10 d. 10:00 į lapkričio 12 d. 14:00.",
        id="lt",
    ),
    pytest.param(
        "Kedves Anna! Az interjú időpontja november 10. 10:00 helyett november 12. 14:00 lesz.",
        id="hu-postposition",
    ),
    pytest.param(
        "Merhaba, 10 Kasım Salı 10:00'daki mülakatınız 12 Kasım Perşembe 14:00'e alınmıştır.",
        id="tr-dative",
    ),
    pytest.param(
        "Hola, te paso la entrevista del martes 10/11 a las 10 hs al jueves 12/11 a las 14 hs.",
        id="es-AR",
    ),
]


@pytest.mark.parametrize("body", MORE_MOVES)
def test_a_move_in_more_languages_keeps_the_new_slot(body: str) -> None:
    result = parse_message(_mail(body, subject="Interview"))
    assert result.start == datetime(2026, 11, 12, 14, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(("body", "subject", "new_start"), MOVES)
def test_a_move_in_one_sentence_gives_the_new_slot(
    body: str, subject: str, new_start: datetime
) -> None:
    result = parse_message(_mail(body, subject=subject))
    assert result.start == new_start
    assert result.kind == "reschedule"


def test_moving_one_hour_to_another_on_the_same_day_is_not_a_range() -> None:
    body = "hey Sam - can we move tomorrow's 10am to 11:30 CET? sorry for the late notice.\n"
    result = parse_message(_mail(body, subject="interview tomorrow"))
    assert result.start == datetime(2026, 11, 3, 11, 30, tzinfo=PARIS)
    assert result.end is None  # the old hour is not where the meeting ends


def test_a_clock_after_the_word_for_an_hour_is_the_hour_not_a_length() -> None:
    body = (
        "Dzień dobry,\nrozmowa zostaje przeniesiona na środę 11 listopada na godzinę 14:00.\n"
        "Pozdrawiam"
    )
    result = parse_message(_mail(body, subject="Zmiana terminu rozmowy"))
    assert result.start == datetime(2026, 11, 11, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert result.end is None


def test_a_us_zone_from_a_day_first_country_leaves_the_numeric_date_in_doubt() -> None:
    body = "Hi Sam - your interview on 11/12 will now start at 2:30pm PT rather than 1pm.\n"
    result = parse_message(_mail(body, subject="Interview time change"))
    assert result.confidence < 0.5
    assert any("day-first or month-first" in warning for warning in result.warnings)


QUOTED_CHOICE = (
    "\n\nOn Mon, Nov 2, 2026 at 9:00 AM Dana <dana@corp.example> wrote:\n"
    "> Hi Sam, could you do Wednesday 4 Nov at 10:00 CET or Thursday 5 Nov at 14:00 CET?\n"
)


@pytest.mark.parametrize(
    "reply",
    ["Hi Dana, Thursday works best for me. See you then!", "Great, Thursday it is. Talk soon!"],
)
def test_a_reply_naming_the_day_picks_that_quoted_slot(reply: str) -> None:
    result = parse_message(_mail(reply + QUOTED_CHOICE, subject="Re: Interview slots"))
    assert result.start == datetime(2026, 11, 5, 14, 0, tzinfo=PARIS)


def test_a_reply_naming_no_day_picks_no_quoted_slot() -> None:
    result = parse_message(_mail("Thanks, will get back to you." + QUOTED_CHOICE, subject="Re: x"))
    assert result.kind == "not_invitation" or result.confidence < 0.5
