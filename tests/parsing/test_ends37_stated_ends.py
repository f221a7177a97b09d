"""Ends people state in words the parser missed, as a candidate reads them: a next sentence
that says the interview lasts until a time ("Il colloquio durerà fino alle 10:45", "Das
Gespräch dauert bis etwa 11:30 Uhr"), a Dutch "tot ongeveer 15:30 uur" after the start, and
rows labelled with the verb ("Endet: 10:45", "Finish: 3.15pm", "Eindigt: 16:00"). British
"we've had to rearrange your interview" is a move, so the slot given is the new one."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 02 Dec 2026 09:05:00 +0100"


def _read(subject: str, body: str) -> tuple[str, str, str]:
    parsed = parse_message(
        plain_mail(
            subject,
            body,
            sender="Rita Moll <rita.moll@beispiel-werk.example>",
            to="sam@mailbox.example",
            date=SENT,
        )
    )
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


@pytest.mark.parametrize(
    ("subject", "body", "start", "end"),
    [
        (
            "Colloquio",
            "Gentile Sam,\n\nla invitiamo a un colloquio giovedì 10 dicembre alle 9:30 presso la "
            "nostra sede di Torino. Il colloquio durerà fino alle 10:15 circa.\n\nCordiali saluti",
            "2026-12-10T09:30:00+01:00",
            "2026-12-10T10:15:00+01:00",
        ),
        (
            "Einladung zum Gespräch",
            "Hallo Sam,\n\nwir laden Sie am Donnerstag, 10. Dezember um 10:30 Uhr zu einem "
            "Vorstellungsgespräch ein. Das Gespräch dauert bis etwa 11:30 Uhr.\n\nViele Grüße",
            "2026-12-10T10:30:00+01:00",
            "2026-12-10T11:30:00+01:00",
        ),
        (
            "Uitnodiging gesprek",
            "Beste Sam,\n\nWe nodigen je uit voor een gesprek op donderdag 10 december om 13:00 "
            "uur, tot ongeveer 14:00 uur, op ons kantoor in Delft.\n\nGroet,\nRita",
            "2026-12-10T13:00:00+01:00",
            "2026-12-10T14:00:00+01:00",
        ),
        (
            "Convite para entrevista",
            "Olá Sam,\n\nConvidamos você para uma entrevista na quinta-feira, 10 de dezembro, às "
            "15h. A entrevista vai durar até as 16h.\n\nAbraços",
            "2026-12-10T15:00:00+01:00",
            "2026-12-10T16:00:00+01:00",
        ),
        (
            "Vorstellungsgespräch bestätigt",
            "Hallo Sam,\n\ndein Gespräch ist bestätigt.\n\nBeginnt: Donnerstag 10. Dezember "
            "2026 14:00\nEndet: 14:45\nOrt: Werkstraße 3\n",
            "2026-12-10T14:00:00+01:00",
            "2026-12-10T14:45:00+01:00",
        ),
        (
            "Interview",
            "Hi Sam,\n\nHere are the details of your interview:\n\nDate: Thursday 10 December "
            "2026\nStart: 2.30pm\nFinish: 3.15pm\nVenue: Bath office\n",
            "2026-12-10T14:30:00+01:00",
            "2026-12-10T15:15:00+01:00",
        ),
        (
            "Sollicitatiegesprek",
            "Beste Sam,\n\nJe gesprek is ingepland.\n\nDatum: donderdag 10 december 2026\n"
            "Begint: 15:00\nEindigt: 16:00\n",
            "2026-12-10T15:00:00+01:00",
            "2026-12-10T16:00:00+01:00",
        ),
    ],
)
def test_a_stated_end_closes_the_slot(subject: str, body: str, start: str, end: str) -> None:
    kind, got_start, got_end = _read(subject, body)
    assert kind == "invitation"
    assert (got_start, got_end) == (start, end)


def test_a_rearranged_interview_is_a_move_to_the_slot_given() -> None:
    kind, start, end = _read(
        "Interview rearranged",
        "Hi Sam,\n\nWe've had to rearrange your interview. The new details are:\n\n"
        "Date: Friday 11 December 2026\nStart: 10.00am\nFinish: 10.45am\n\nBest wishes,\nRita",
    )
    assert (kind, start, end) == (
        "reschedule",
        "2026-12-11T10:00:00+01:00",
        "2026-12-11T10:45:00+01:00",
    )


def test_an_interview_the_reader_may_rearrange_is_not_moved() -> None:
    kind, start, _ = _read(
        "Interview",
        "Hi Sam,\n\nYour interview is on Friday 11 December 2026 at 10.00am. If the time does "
        "not suit you, you can rearrange it with the link below.\n\nBest wishes,\nRita",
    )
    assert (kind, start) == ("invitation", "2026-12-11T10:00:00+01:00")


@pytest.mark.parametrize(
    ("subject", "body", "end"),
    [
        (
            "ראיון עבודה",
            "שלום סאם,\n\nקבענו לך ראיון ביום חמישי, 10 בדצמבר, בשעה 11:00 במשרדינו. "
            "הפגישה צפויה להימשך כשעה.\n\nבהצלחה",
            "2026-12-10T12:00:00+01:00",
        ),
        (
            "مقابلة عمل",
            "مرحبا سام،\n\nيسعدنا دعوتك لمقابلة عمل يوم الخميس 10 ديسمبر الساعة 11:00 "
            "في مكتبنا، وستستمر المقابلة لمدة ساعة تقريبا.\n\nمع التحية",
            "2026-12-10T12:00:00+01:00",
        ),
    ],
)
def test_about_an_hour_in_hebrew_and_arabic_is_the_length(
    subject: str, body: str, end: str
) -> None:
    kind, start, got_end = _read(subject, body)
    assert (kind, start, got_end) == ("invitation", "2026-12-10T11:00:00+01:00", end)
