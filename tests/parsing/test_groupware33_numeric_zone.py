"""Groupware that formats its times with PHP's date('T') or strftime's %Z prints the tz
database's abbreviation, which for zones without letters is a bare offset ("09:00 -05",
"10:00 +04"). The minus must not be read as the end of a range, nor the zone be lost."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

CASES = [
    (
        "Invitación: Entrevista",
        "Ha sido invitado al siguiente evento.\n\nEntrevista – analista\n\n"
        "Inicio: 08/07/2026 09:00 -05\nFin: 08/07/2026 10:00 -05\nLugar: Bogotá\n",
        datetime(2026, 7, 8, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
    ),
    (
        "Convite: Entrevista",
        "Você foi convidado para o evento abaixo.\n\nEntrevista técnica\n\n"
        "Início: 12/08/2026 15:00 -03\nFim: 12/08/2026 16:00 -03\n",
        datetime(2026, 8, 12, 15, 0, tzinfo=timezone(timedelta(hours=-3))),
    ),
    (
        "Dəvət: Müsahibə",
        "Siz aşağıdakı tədbirə dəvət olunmusunuz.\n\nMüsahibə\n\n"
        "Başlanğıc: 10.06.2026 10:00 (+04)\nSon: 10.06.2026 11:00 (+04)\n",
        datetime(2026, 6, 10, 10, 0, tzinfo=timezone(timedelta(hours=4))),
    ),
    (
        "Invitation: Interview",
        "You have been invited to the event below.\n\nInterview\n\n"
        "Start: 14.05.2026 21:30 +03\nEnd: 14.05.2026 22:30 +03\nLocation: Office\n",
        datetime(2026, 5, 14, 21, 30, tzinfo=timezone(timedelta(hours=3))),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CASES)
def test_numeric_zone_abbreviation_after_a_time(subject: str, body: str, start: datetime) -> None:
    # sent from a zone other than the slot's, so only the printed offset gives the instant
    raw = plain_mail(
        subject,
        body,
        sender="Groupware <noreply@intranet.example>",
        to="me@mailbox.example",
        date="Fri, 01 May 2026 10:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.start == start
    assert parsed.end == start + timedelta(hours=1)


def test_a_range_to_an_hour_is_still_a_range() -> None:
    raw = plain_mail(
        "Interview",
        "Can you come by on 14.05.2026, 10:00 -11 Uhr? Best, Jana",
        sender="Jana <jana@corp.example>",
        to="me@mailbox.example",
        date="Fri, 08 May 2026 10:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.start.utcoffset() == timedelta(hours=2)
