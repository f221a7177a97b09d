# ruff: noqa: E501  (whole mail lines read better than split strings)
"""A calendar update whose text says the date itself was updated is a reschedule (README:
"date updated ... now scheduled for"), in the languages Odoo-style update mails are sent in."""

from __future__ import annotations

import pytest

from service.parsing import parse_message

CAL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PYVOBJECT//NONSGML Version 1//EN\r\n"
    "BEGIN:VEVENT\r\nUID:20260501T080000Z - 4711@erp-host\r\nDTSTART:20260521T130000Z\r\n"
    "DTEND:20260521T140000Z\r\nDTSTAMP:20260501T080000Z\r\nSUMMARY:{summary}\r\n"
    "ORGANIZER:MAILTO:hr@firm.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _mail(subject: str, text: str, summary: str) -> bytes:
    cal = CAL.format(summary=summary)
    return (
        "From: HR <hr@firm.example>\r\nTo: Alex Morgan <alex.morgan@mailbox.example>\r\n"
        f"Subject: {subject}\r\nDate: Fri, 01 May 2026 10:00:00 +0200\r\nMessage-ID: <x@firm.example>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        '--b\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        f'{text}\r\n--b\r\nContent-Type: text/calendar; charset="utf-8"; name="invitation.ics"\r\n'
        'Content-Disposition: attachment; filename="invitation.ics"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        f"{cal}--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "text", "summary"),
    [
        (
            "Interview: Date updated",
            "Hello Alex,\n\nThe date of the meeting has been updated. The meeting Interview created by Jo Hill is now scheduled for Thursday 21 May 2026 at 15:00 (Europe/Berlin).",
            "Interview",
        ),
        (
            "Vorstellungsgespräch: Datum aktualisiert",
            "Hallo Alex,\n\nDas Datum des Termins wurde aktualisiert. Der Termin Vorstellungsgespräch ist jetzt geplant für Donnerstag, 21. Mai 2026, 15:00 (Europe/Berlin).",
            "Vorstellungsgespräch",
        ),
        (
            "Entretien : date mise à jour",
            "Bonjour Alex,\n\nLa date de la réunion a été mise à jour. La réunion Entretien est désormais prévue le jeudi 21 mai 2026 à 15:00 (Europe/Berlin).",
            "Entretien",
        ),
        (
            "Entrevista: fecha actualizada",
            "Hola Alex:\n\nLa fecha de la reunión se actualizó. La reunión Entrevista ahora está programada para el jueves 21 de mayo de 2026 a las 15:00 (Europe/Berlin).",
            "Entrevista",
        ),
        (
            "Sollicitatiegesprek: datum bijgewerkt",
            "Hallo Alex,\n\nDe datum van de vergadering is bijgewerkt. Sollicitatiegesprek staat nu gepland op donderdag 21 mei 2026 om 15:00 (Europe/Berlin).",
            "Sollicitatiegesprek",
        ),
    ],
)
def test_date_updated_notice_is_a_reschedule(subject: str, text: str, summary: str) -> None:
    got = parse_message(_mail(subject, text, summary))
    assert got.kind == "reschedule"
    assert got.start is not None
    assert got.start.isoformat() == "2026-05-21T15:00:00+02:00"
