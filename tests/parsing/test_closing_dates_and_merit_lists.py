"""A closing date said with its verb, and a merit list posted to every applicant, set no
interview for the reader.

"Bewerbungsschluss ist der 15.12.2026 um 12:00 Uhr", "The deadline is Friday 11 December at
17:00": the deadline word used to count only right before the date, so the verb between them
turned a closing date into a meeting. "The list of candidates shortlisted for interview on
27-01-2027 at 0900 hrs ... Roll No. 10234, 10251" is posted to all who applied; it names no
slot of the reader's own. An invitation that also names a deadline keeps its slot.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

CLAIMING = {"invitation", "reschedule", "cancellation", "reply"}


def _mail(subject: str, body: str, zone: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Jobs <jobs@firm.example>"
    message["To"] = "alex@mail.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo(zone)))
    message.set_content(body)
    return message.as_bytes()


CLOSING_DATES = {
    "de": (
        "Stellenangebot: Werkstudent Marketing",
        "Hallo zusammen,\n\nwir suchen eine*n Werkstudent*in im Marketing. Bewerbungsschluss "
        "ist der 15.12.2026 um 12:00 Uhr.\n\nViele Grüße\nAnna",
        "Europe/Berlin",
    ),
    "de_anmeldung": (
        "Karrieretag",
        "Hallo,\n\nfür Einzelgespräche mit Unternehmen gilt: Anmeldeschluss ist am 10.12.2026 "
        "um 18:00 Uhr.\n\nDas Career Center",
        "Europe/Berlin",
    ),
    "en": (
        "Backend developer - applications open",
        "Hi all,\n\nWe're hiring a backend developer. The deadline is Friday 11 December at "
        "17:00 GMT.\n\nJan",
        "Europe/London",
    ),
    "fr": (
        "Offre de stage",
        "Bonjour,\n\nNous recrutons un stagiaire. La date limite est le vendredi 11 décembre à "
        "17 h.\n\nL'équipe RH",
        "Europe/Paris",
    ),
}


@pytest.mark.parametrize("name", sorted(CLOSING_DATES))
def test_a_closing_date_with_its_verb_is_no_meeting(name: str) -> None:
    subject, body, zone = CLOSING_DATES[name]
    reading = parse_message(_mail(subject, body, zone))
    assert not (reading.kind in CLAIMING and reading.confidence >= 0.5), reading


def test_a_merit_list_for_every_applicant_is_not_the_readers_slot() -> None:
    body = (
        "Dear Candidates,\n\nThe following candidates have been shortlisted for interview on "
        "10 December 2026:\n\n09:00  Roll no. 10231\n09:30  Roll no. 10244\n\nCandidates "
        "must report 30 minutes before their time with original documents.\n\nRecruitment Cell"
    )
    reading = parse_message(_mail("Shortlisted candidates", body, "Asia/Kolkata"))
    assert not (reading.kind in CLAIMING and reading.confidence >= 0.5), reading


def test_an_invitation_that_names_a_deadline_too_keeps_its_slot() -> None:
    body = (
        "Dear Alex,\n\nWe are pleased to invite you to an interview on Wednesday 9 December at "
        "10:00 at our office. The deadline is Monday 7 December for sending your documents.\n\n"
        "Kind regards,\nHR"
    )
    reading = parse_message(_mail("Interview invitation", body, "Europe/London"))
    assert reading.kind == "invitation"
    # the slot is the interview's, not the deadline's (its confidence is the deadline
    # check's business: it may still ask for review)
    assert reading.start == datetime(2026, 12, 9, 10, tzinfo=ZoneInfo("Europe/London"))
