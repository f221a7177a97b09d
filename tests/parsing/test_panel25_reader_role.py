"""Interview mail for someone else in panel25 shapes: the reader is cast as interviewer,
assessor or board member in the mail's own language, runs a row of a candidate's timetable sent
to a group, or forwards an invitation written to a son, daughter or partner.

Fixtures are written for these tests (own words, made-up people). Controls in the same voices
set the reader's own interview, some naming the interviewers the reader will meet.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from service.parsing.lookalikes import addressed_elsewhere, passed_on_for_someone, reader_tokens
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}
READER = ("Sam Okafor", "sam.okafor@inbox.example")


def _raw(body: str, subject: str, sender: str, to: str) -> bytes:
    return bare_mail(subject, body, sender=sender, to=to, date="Mon, 01 Nov 2027 09:12:00 +0100")


def _parse(body: str, subject: str) -> ParsedMessage:
    return parse_message(
        _raw(
            body,
            subject,
            "Ilse Varga <ilse.varga@kestrel-mills.example>",
            f"{READER[0]} <{READER[1]}>",
        )
    )


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Assessment day",
            "Dear Sam,\r\n\r\nYou are confirmed as an assessor for our graduate day on Tuesday "
            "9 November, 9:00 to 13:00, in the Oak room.\r\n\r\nIlse",
        ),
        (
            "Samtaler",
            "Hej Sam\r\n\r\nDu er tilføjet som interviewer til samtalen med Ida Berg torsdag den "
            "11. november kl. 10.00-11.00.\r\n\r\nIlse",
        ),
        (
            "Komisja",
            "Dzień dobry,\r\n\r\nzostał Pan powołany w skład komisji; rozmowy z kandydatami we "
            "wtorek 16 listopada o godz. 9:00.\r\n\r\nIlse",
        ),
        (
            "Entrevues",
            "Bonjour Sam,\r\n\r\nTu fais partie du comité de sélection pour les entrevues du "
            "mercredi 10 novembre à 13 h.\r\n\r\nIlse",
        ),
        (
            "Assessment center",
            "Hola Sam:\r\n\r\nParticipas como evaluadora en el assessment del jueves 18 de "
            "noviembre de 9:00 a 13:00.\r\n\r\nIlse",
        ),
        (
            "Sesi wawancara",
            "Halo Pak Sam,\r\n\r\nBapak bertindak sebagai pewawancara pada Jumat, 12 November "
            "2027 pukul 09.00-11.00.\r\n\r\nIlse",
        ),
        (
            "Timetable",
            "Hi all,\r\n\r\nNadia Brook is with us on Friday 12 November:\r\n\r\n10:00 - 10:45  "
            "Coding  Sam Okafor\r\n11:00 - 11:30  Values  Ilse Varga\r\n\r\nIlse",
        ),
    ],
)
def test_reader_cast_as_interviewer_is_not_claimed(subject: str, body: str) -> None:
    assert not _claimed(_parse(body, subject))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your interview",
            "Dear Sam,\r\n\r\nWe would like to interview you on Tuesday 9 November, 10:00-11:00, "
            "in the Oak room. You will meet Ilse Varga and Tom Lund.\r\n\r\nIlse",
        ),
        (
            "Your timetable",
            "Hi Sam,\r\n\r\nHere is your interview schedule for Friday 12 November:\r\n\r\n"
            "10:00 - 10:45  Coding with Tom Lund\r\n"
            "11:00 - 11:30  Values with Ilse Varga\r\n\r\nIlse",
        ),
        (
            "Zaproszenie na rozmowę",
            "Dzień dobry,\r\n\r\nzapraszamy Pana na rozmowę kwalifikacyjną we wtorek 16 listopada "
            "o godz. 9:00. Komisja: Anna Lis, Piotr Mazur.\r\n\r\nIlse",
        ),
    ],
)
def test_own_interview_naming_the_interviewers_is_claimed(subject: str, body: str) -> None:
    assert _claimed(_parse(body, subject))


_NAMES = st.sampled_from(["Tom Lund", "Ilse Varga", "Rui Matos", "Grace Lim", "Ben Walsh"])


@given(st.lists(_NAMES, min_size=1, max_size=4), st.integers(min_value=0, max_value=3))
def test_rota_row_is_read_only_when_it_names_the_reader(names: list[str], where: int) -> None:
    rows = [f"{9 + i}:00 - {9 + i}:45  Part {i}  {name}" for i, name in enumerate(names)]
    reader = reader_tokens(f"{READER[0]} <{READER[1]}>")
    opening = "Hi all,\n\n" + "\n".join(rows)
    assert addressed_elsewhere(opening, reader) is None
    rows.insert(min(where, len(rows)), f"14:00 - 14:45  Part X  {READER[0]}")
    assert addressed_elsewhere("Hi all,\n\n" + "\n".join(rows), reader) is not None
    # the same rows sent to the reader by name are the reader's own day
    assert addressed_elsewhere("Hi Sam,\n\n" + "\n".join(rows), reader) is None


def test_forward_of_mail_written_to_someone_else() -> None:
    parent = reader_tokens("Sam Okafor <sam.okafor@inbox.example>")
    daughter = reader_tokens("Lena Okafor-Brandt <lena.brandt@inbox.example>")
    son = reader_tokens("Jonas Weber <jonas.weber@inbox.example>")
    assert passed_on_for_someone(parent, son, "Hallo Jonas,\n\nwir laden dich ein") is not None
    # the user's own mail, or one whose first line greets nobody in its To, is not read so
    own = reader_tokens("Sam Okafor <sam@work.example>")
    assert passed_on_for_someone(parent, own, "Hi Sam,\n\nyour interview") is None
    assert passed_on_for_someone(parent, son, "Dear candidate,\n\nJonas will call") is None
    # a family name shared with the forwarder does not make a daughter's greeting the
    # forwarder's (sides26); the forwarder's own given name greeted does
    assert passed_on_for_someone(parent, daughter, "Hi Lena,\n\nsee you") is not None
    assert passed_on_for_someone(parent, daughter, "Hi Sam,\n\nsee you") is None
    # a forwarder known only by the family name is not told apart
    surname = frozenset({"okafor"})
    assert passed_on_for_someone(surname, daughter, "Hi Lena,\n\nsee you") is None
    assert passed_on_for_someone(frozenset(), son, "Hallo Jonas,") is None
