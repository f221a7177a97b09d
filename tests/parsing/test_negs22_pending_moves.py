"""A time the writer has asked about and still waits on is no interview yet (negs22 shapes).

Fixtures are written for these tests (own words): an English recruiter who has "asked the
hiring manager whether" a moved time works, a Spanish one "consultando" whether a new hour is
possible, a Polish one who will "sprawdzę, czy" the proposed day suits, and a Dutch one who
passed the request on ("je verzoek ... doorgegeven"); and a Polish recruiter who will get
back ("odezwiemy się") by a day and hour. Controls in the same voices: the move
confirmed, and an interview set at a time.
"""

from __future__ import annotations

import pytest

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str) -> ParsedMessage:
    raw = bare_mail(
        subject,
        body,
        sender="Nora Vidal <nora.vidal@lindenhof-care.example>",
        to="Sam Okafor <sam.okafor@inbox.example>",
        date="Mon, 07 Jun 2027 09:12:00 +0200",
    )
    return parse_message(raw)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Moving our interview",
            "Hi Sam,\r\n\r\nOf course. I've asked the hiring manager whether Friday 11 June at "
            "2pm works instead and will confirm as soon as I hear back.\r\n\r\nNora",
        ),
        (
            "RE: Cambio de hora",
            "Hola Sam:\r\n\r\nEstoy consultando con la directora si podemos pasar la entrevista "
            "al jueves 10 de junio a las 16:00. Te confirmo en cuanto lo sepa.\r\n\r\nNora",
        ),
        (
            "Re: Termin rozmowy",
            "Dzień dobry,\r\n\r\ndziękuję. Sprawdzę, czy środa 9 czerwca o 13:00 pasuje "
            "kierownikowi, i potwierdzę termin jutro.\r\n\r\nNora Vidal",
        ),
        (
            "Re: Gesprek verzetten",
            "Hoi Sam,\r\n\r\nIk heb je verzoek om het gesprek naar donderdag 10 juni om 15:00 "
            "te verzetten doorgegeven. Zodra ik reactie heb, laat ik het je weten.\r\n\r\nNora",
        ),
    ],
)
def test_a_time_still_being_asked_about_is_not_claimed(subject: str, body: str) -> None:
    parsed = _parse(body, subject)
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)


def test_the_move_once_confirmed_is_still_read() -> None:
    parsed = _parse(
        "Hi Sam,\r\n\r\nGood news: the hiring manager can do Friday. Your interview has been "
        "moved to Friday 11 June, 2:00-3:00pm, same place.\r\n\r\nNora",
        "Re: Moving our interview",
    )
    assert parsed.kind in CLAIMS
    assert parsed.confidence >= SURE
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-06-11T14:00:00+02:00"


def test_an_interview_set_by_the_same_voice_is_sure() -> None:
    parsed = _parse(
        "Dzień dobry,\r\n\r\nzapraszamy na rozmowę w środę 9 czerwca w godz. 13:00-14:00 w "
        "naszym biurze.\r\n\r\nNora Vidal",
        "Zaproszenie na rozmowę",
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-06-09T13:00:00+02:00"


def test_polish_we_will_get_back_by_is_not_an_interview() -> None:
    parsed = _parse(
        "Dzień dobry Panie Sam,\r\n\r\ndziękujemy za udział w rozmowie. Odezwiemy się do "
        "Pana najpóźniej w czwartek, 10 czerwca, do godz. 12:00.\r\n\r\nZ pozdrowieniami\r\n"
        "Nora Vidal",
        "Informacja o procesie rekrutacji",
    )
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)
