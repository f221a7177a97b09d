"""Published calendar files beside a plain slot line, and Polish due dates (tools17).

Fixtures are written for these tests (own words and own calendar files): a conference's
schedule mail that only states the reader's slot ("Your talk is on 06-14, 11:20 in Room
Kepler") with a METHOD-less .ics attached, the same mail saying the talk "has been moved",
and a Polish project-tool comment whose date and hour are a hand-in time ("Termin oddania
raportu: ..."). Controls: a published webinar file sent in bulk stays unclaimed, and a
Polish teammate setting a call at a time is still read as an invitation.
"""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import ParsedMessage, parse_message
from service.parsing.parser import NO_JOB_SEARCH_NOTE, PUBLISHED_EVENT_NOTE
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _ics(method: str | None) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//confapp//test//EN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [
        "BEGIN:VEVENT",
        "UID:talk-4411@confapp.example",
        "DTSTAMP:20270601T080000Z",
        "DTSTART;TZID=Europe/Paris:20270614T112000",
        "DTEND;TZID=Europe/Paris:20270614T115000",
        "SUMMARY:Small queues - Kit Moreau",
        "LOCATION:Room Kepler",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _with_calendar(
    body: str, subject: str, method: str | None = None, extra: str = ""
) -> ParsedMessage:
    raw = (
        "From: Confapp Orga <orga@confapp.example>\r\n"
        "To: Kit Moreau <kit.moreau@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 01 Jun 2027 10:00:00 +0200\r\n"
        f"{extra}MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        "--b1\r\nContent-Type: text/calendar; charset=utf-8\r\n"
        'Content-Disposition: attachment; filename="talk.ics"\r\n\r\n'
        f"{_ics(method)}"
        "--b1--\r\n"
    ).encode()
    return parse_message(raw)


def _text(body: str, subject: str) -> ParsedMessage:
    raw = bare_mail(
        Header(subject, "utf-8").encode(),
        body,
        sender="Tablica <noreply@tablica.example.pl>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date="Mon, 10 May 2027 09:12:00 +0200",
    )
    return parse_message(raw)


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Hola:\n\nYa está el programa nuevo.\n\n- Su ponencia “Colas pequeñas” será el "
            "14/06, 11:20 en la Sala Kepler.\n\nEl equipo",
            "Programa",
        ),
        (
            'Ciao!\n\nEcco il nuovo programma:\n\n- Il tuo intervento "Code piccole" si '
            "terrà alle ore 14/06, 11:20 in Sala Kepler.\n\nLo staff",
            "Programma",
        ),
        (
            "Bonjour,\n\nLe programme est publié :\n\n- Votre intervention aura lieu le 14/06, "
            "11:20 en salle Kepler.\n\nL'équipe",
            "Programme",
        ),
    ],
)
def test_a_published_slot_for_the_reader_keeps_its_time(body: str, subject: str) -> None:
    """The text states the file's slot for the reader, so the slot is not taken for a public
    event's; a talk is no interview, though, so it waits for the reader in review."""
    parsed = _with_calendar(body, subject)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-06-14T11:20:00+02:00"
    assert PUBLISHED_EVENT_NOTE not in parsed.warnings
    assert NO_JOB_SEARCH_NOTE in parsed.warnings
    assert parsed.confidence < SURE


def test_a_published_slot_that_moved_is_a_reschedule() -> None:
    body = (
        "Hi!\n\nThe schedule changed:\n\n- Your talk has been moved to 06-14, 11:20 in Room "
        "Kepler.\n\nThe orga team"
    )
    parsed = _with_calendar(body, "New schedule", method="PUBLISH")
    assert parsed.kind == "reschedule"


def test_a_bulk_webinar_file_stays_unclaimed() -> None:
    body = (
        "Thanks for registering for our product webinar on 14 June at 11:20.\n\n"
        "Add it to your calendar with the attached file.\n\nUnsubscribe: "
        "https://confapp.example/u"
    )
    parsed = _with_calendar(
        body,
        "Your webinar registration",
        method="PUBLISH",
        extra="List-Unsubscribe: <https://confapp.example/u>\r\nPrecedence: bulk\r\n",
    )
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)


@pytest.mark.parametrize(
    "line",
    [
        "Termin oddania tłumaczenia: piątek 14.05.2027, godz. 12:00. Potem wysyłamy do klienta.",
        "Ostateczny termin przesłania poprawek to czwartek 13.05.2027 o 15:00.",
    ],
)
def test_a_polish_hand_in_time_is_not_claimed(line: str) -> None:
    # "rozmowę" (the thread) in the link line reads like a talk with someone
    parsed = _text(
        f"Cześć,\n\nAnna dodała komentarz do zadania 'Raport Q2':\n\n{line}\n\n"
        "Otwórz rozmowę: https://tablica.example.pl/t/88\n",
        "Nowy komentarz w zadaniu",
    )
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)


def test_a_polish_call_at_a_time_is_still_an_invitation() -> None:
    parsed = _text(
        "Cześć Kit,\n\nzapraszam Cię na rozmowę w czwartek 13.05.2027 o 15:00, link do "
        "Google Meet wyślę w zaproszeniu.\n\nAnna",
        "Rozmowa w czwartek",
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-05-13T15:00:00+02:00"
