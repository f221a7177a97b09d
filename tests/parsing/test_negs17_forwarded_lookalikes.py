"""Forwarded look-alikes in the shapes negs17 added.

Fixtures are written for these tests (own words): the user forwards (Gmail, Outlook, Thunderbird
header blocks) a notice that the results of a selection step come on a date and hour, in
Spanish, Portuguese, Polish and Italian. Such a time is when the employer answers, not a meeting
with the reader. Controls in the same shapes set the reader's own interview, including Spanish
invitations that say "si no puedes asistir" ("if you can't make it, tell us"), which asks the
reader to say so and offers no second time.
"""

from __future__ import annotations

from email.header import Header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}

BLOCKS = {
    "gmail": (
        "---------- Forwarded message ---------\r\nDe: {who}\r\n"
        "Date: lun, 26 abr 2027 a las 10:07\r\nSubject: {subject}\r\n"
        "To: Kit <kit@inbox.example>\r\n"
    ),
    "outlook": (
        "-----Mensaje original-----\r\nDe: {who}\r\nEnviado el: lunes, 26 de abril de 2027 10:07"
        "\r\nPara: Kit <kit@inbox.example>\r\nAsunto: {subject}\r\n"
    ),
    "thunderbird": (
        "-------- Forwarded Message --------\r\nSubject: \t{subject}\r\n"
        "Date: \tMon, 26 Apr 2027 10:07:00 +0200\r\nFrom: \t{who}\r\n"
        "To: \tKit <kit@inbox.example>\r\n"
    ),
}


def _forward(note: str, subject: str, body: str, client: str = "gmail") -> ParsedMessage:
    who = "Selección Orbe <seleccion@orbe.example>"
    inner = BLOCKS[client].format(who=who, subject=subject)
    text = f"{note}\r\n\r\n{inner}\r\n{body}\r\n"
    raw = (
        "From: Kit Moreau <kit@inbox.example>\r\n"
        "To: Afterview <in@afterview.example>\r\n"
        f"Subject: {Header('Fwd: ' + subject, 'utf-8').encode()}\r\n"
        "Date: Mon, 26 Apr 2027 12:20:00 +0200\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}"
    ).encode()
    return parse_message(raw)


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


RESULTS = [
    (
        "Próximos pasos",
        "Hola Kit:\r\n\r\nGracias por venir a la entrevista. Comunicaremos los resultados el "
        "jueves 6 de mayo de 2027 a partir de las 13:00 por correo.\r\n\r\nSelección",
    ),
    (
        "Resultados del proceso",
        "Hola Kit:\r\n\r\nLos resultados se publicarán el jueves 6 de mayo de 2027 a las 13:00 "
        "en el portal del candidato.\r\n\r\nSelección",
    ),
    (
        "Divulgação do resultado",
        "Olá, Kit!\r\n\r\nO resultado será divulgado na quinta-feira, 6 de maio de 2027, às "
        "13h, na área do candidato.\r\n\r\nEquipe de RH",
    ),
    (
        "Wyniki rekrutacji",
        "Dzień dobry,\r\n\r\nwyniki rekrutacji ogłosimy w czwartek 6 maja 2027 r. o godz. "
        "13:00.\r\n\r\nZespół Rekrutacji",
    ),
    (
        "Esiti della selezione",
        "Gentile Kit,\r\n\r\ngli esiti saranno pubblicati giovedì 6 maggio 2027 alle ore 13:00 "
        "sul sito.\r\n\r\nUfficio Selezione",
    ),
]


@pytest.mark.parametrize(("subject", "body"), RESULTS)
@pytest.mark.parametrize("client", sorted(BLOCKS))
def test_forwarded_results_date_is_not_claimed(subject: str, body: str, client: str) -> None:
    parsed = _forward("fyi", subject, body, client)
    assert not _claimed(parsed)


@given(
    client=st.sampled_from(sorted(BLOCKS)),
    note=st.sampled_from(["", "fyi", "¿es el día correcto?", "no es entrevista, solo guardar"]),
    hour=st.integers(min_value=8, max_value=18),
    minute=st.sampled_from([0, 15, 30, 45]),
)
@settings(max_examples=25, deadline=None)
def test_spanish_results_any_hour_any_client(
    client: str, note: str, hour: int, minute: int
) -> None:
    body = (
        "Hola Kit:\r\n\r\nComunicaremos los resultados el viernes 7 de mayo de 2027 a partir de "
        f"las {hour}:{minute:02d}.\r\n\r\nSelección"
    )
    assert not _claimed(_forward(note, "Próximos pasos", body, client))


@pytest.mark.parametrize("client", sorted(BLOCKS))
def test_control_interview_with_si_no_puedes_is_sure(client: str) -> None:
    body = (
        "Hola Kit:\r\n\r\nNos gustaría invitarte a una entrevista el jueves 6 de mayo de 2027 a "
        "las 13:00 en nuestra oficina de la calle Mayor 4.\r\n\r\nSi no puedes asistir, "
        "responde a este correo.\r\n\r\nUn saludo,\r\nSelección"
    )
    parsed = _forward("¡entrevista! añádela por favor", "Entrevista", body, client)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-05-06T13:00:00+02:00"
    assert parsed.confidence >= SURE


def test_control_results_then_own_interview_keeps_its_time() -> None:
    body = (
        "Hola Kit:\r\n\r\nHas superado la prueba. Tu entrevista será el jueves 6 de mayo de "
        "2027 a las 13:00 con la directora de operaciones.\r\n\r\nSelección"
    )
    parsed = _forward("interview! please add", "Entrevista final", body)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-05-06T13:00:00+02:00"
    assert parsed.confidence >= SURE


def test_alternative_day_still_reads_as_open() -> None:
    body = (
        "Hola Kit:\r\n\r\nTe propongo una entrevista el jueves 6 de mayo de 2027 a las 13:00; "
        "si no, el viernes a la misma hora.\r\n\r\nSelección"
    )
    parsed = _forward("", "Entrevista", body)
    assert parsed.confidence < SURE
