"""The language a mail is read in is the language of the message passed on, not of the mail
client's forward header above it: a Brazilian "Data: 12/11/2026" is the 12th of November
whether it arrives directly or under a Japanese (or any other) Thunderbird header; and the
header's own clock is read as the client prints it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from service.parsing import parse_message
from service.parsing.parser import _read_forward_date
from tests.parsing.wrappers import LANGUAGES, Wrapper

MAIL = (
    "From: Renata Oliveira <renata@ipe-amarelo.example.com.br>\r\n"
    "To: alex@mailbox.example\r\nSubject: Convite para entrevista\r\n"
    "Date: Wed, 04 Nov 2026 10:12:00 -0300\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Olá, Alex!\r\n\r\nConvidamos você para uma entrevista.\r\n\r\n"
    "Data: 12/11/2026\r\nHorário: 14h às 15h\r\nLocal: escritório da Paulista\r\n"
).encode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_forward_header_language_does_not_reorder_the_date(language: str) -> None:
    direct = parse_message(MAIL)
    assert isinstance(direct.start, datetime)
    assert (direct.start.month, direct.start.day) == (11, 12)
    wrapper = Wrapper(
        client="thunderbird", language=language, note="none", encoding="base64", crlf=False
    )
    wrapped = wrapper(MAIL)
    assert wrapped is not None
    forwarded = parse_message(wrapped)
    assert forwarded.start == direct.start, language


@pytest.mark.parametrize(
    ("header", "hour"),
    [
        ("mar, 26 may 2026 a las 6:00", 6),
        ("mar., 26 mai 2026 à 6:05", 6),
        ("Tue, May 26, 2026 at 6:00 PM", 18),
        ("lun, 25 may 2026 a las 14:05", 14),
    ],
)
def test_a_forward_header_clock_is_read_as_the_client_prints_it(header: str, hour: int) -> None:
    """Clients print 24-hour clocks unpadded ("a las 6:00" is six in the morning); only an
    am/pm mark makes an hour the afternoon one."""
    forwarded = datetime(2026, 5, 27, 8, 17, tzinfo=timezone(timedelta(hours=3)))
    read = _read_forward_date(header, forwarded)
    assert read is not None, header
    assert read.hour == hour, header
