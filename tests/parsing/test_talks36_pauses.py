"""An office reopening after a closure, a slot free again, a standing one-to-one at work.

- A closure named first ("Betriebsferien", "Chiusura estiva", "Kerstsluiting", "Office
  closure") and the time given for when the work picks up again: no meeting is set.
- A booking tool's "appointment reopened" / "slot available again": nothing is booked.
- A manager's recurring check-in sent as a calendar request whose title ends with the two
  people ("Point mensuel – Camille / Candidat"): the reader's workplace, not an interview.
Controls: the reader's own interview set after a closure or in a freed slot stays claimed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail, claimed, plain_mail

DEV = Path(__file__).parent / "corpus" / "dev"
TO = "Candidate <candidate@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_MEETINGS = [
    (
        "it_chiusura",
        "Chiusura estiva – la sua candidatura",
        "Buongiorno,\n\ngli uffici restano chiusi per ferie dal 9 al 20 agosto.\n\nRiapriamo "
        "lunedì 23 agosto 2027 alle 9:00 e la ricontatteremo per un eventuale colloquio.",
    ),
    (
        "nl_sluiting",
        "Kantoorsluiting rond de feestdagen",
        "Hallo,\n\nOns kantoor is dicht van 24 december tot en met 1 januari.\n\nVanaf maandag "
        "3 januari 2028 om 9:00 uur zijn we weer bereikbaar voor je sollicitatie.",
    ),
    (
        "en_slot_again",
        "A slot is available again: Careers appointment",
        "Hello,\n\nA slot you were waiting for is available again.\n\nWhen: Friday 12 March 2027, "
        "15:00-15:30\nWhere: Careers Hub\n\nBook it from your account if you still want it.",
    ),
    (
        "de_wieder_frei",
        "Termin wieder frei: Beratung Vorstellungsgespräch",
        "Hallo,\n\nfür die Beratung ist wieder ein Termin frei:\n\nFreitag, 12. März 2027, "
        "10:00 Uhr, Raum 014\n\nBuchen Sie ihn bei Interesse im Portal.",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), NOT_MEETINGS, ids=[n[0] for n in NOT_MEETINGS]
)
def test_reopening_or_free_slot_not_claimed(name: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Office <office@employer.example>", to=TO, date=DATE)
    assert not claimed(raw), name


@pytest.mark.parametrize(
    "name",
    [
        "closure25__de_betriebsferien.eml",
        "olatappt__en_reopened_en.eml",
        "teammeet21__point_mensuel_manager_fr.eml",
    ],
)
def test_dev_singles_not_claimed(name: str) -> None:
    assert not claimed((DEV / name).read_bytes()), name


def _one_to_one(summary: str) -> bytes:
    return calendar_mail(
        summary,
        "Hi,\n\nour usual check-in.\n",
        [
            "BEGIN:VEVENT",
            "UID:jf-36@employer.example",
            "DTSTAMP:20270301T080000Z",
            "DTSTART:20270312T100000Z",
            "DTEND:20270312T103000Z",
            "RRULE:FREQ=WEEKLY",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Jonas Beispiel:mailto:jonas@employer.example",
            "ATTENDEE;CN=Candidate;RSVP=TRUE:mailto:candidate@inbox.example",
            "END:VEVENT",
        ],
        method="REQUEST",
        sender="Jonas Beispiel <jonas@employer.example>",
        to=TO,
        date=DATE,
    )


def test_one_to_one_title_with_localised_name_not_claimed() -> None:
    assert not claimed(_one_to_one("Point hebdo – Jonas / Candidat"))


def test_interview_in_title_pair_still_claimed() -> None:
    assert claimed(_one_to_one("1:1 Interview / Candidate"))


INTERVIEWS = [
    (
        "de_after_closure",
        "Einladung zum Vorstellungsgespräch",
        "Guten Tag,\n\nunsere Betriebsferien sind vorbei. Wir laden Sie zu einem "
        "Vorstellungsgespräch am Freitag, 12. März 2027, um 10:00 Uhr in die Beispielstraße 3, "
        "Berlin, ein.",
        "2027-03-12T10:00:00+01:00",
    ),
    (
        "en_freed_slot",
        "An earlier interview slot is available again",
        "Hi,\n\nAn earlier slot is available again, so we'd like to invite you to an "
        "interview for the Analyst role on Friday 12 March 2027 at 14:00 at 5 Example Street, "
        "London.",
        "2027-03-12T14:00:00+01:00",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body", "start"), INTERVIEWS, ids=[n[0] for n in INTERVIEWS]
)
def test_own_interview_still_claimed(name: str, subject: str, body: str, start: str) -> None:
    raw = plain_mail(subject, body, sender="HR <hr@employer.example>", to=TO, date=DATE)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", name
    assert parsed.confidence >= 0.5, name
    assert parsed.start == datetime.fromisoformat(start), name
