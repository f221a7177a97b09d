"""A slot whose start and end are each written with the full date, as booking tools and
groupware print them ("from 02/02/2027 11:00 to 02/02/2027 11:45"), is one slot, not a move
from the start to the end; "initially scheduled from … to …, was updated: from … to …" gives
up the first whole range for the second. A move verb still makes "from … to …" a move."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _read(body: str) -> tuple[str, str, str]:
    raw = plain_mail(
        "Interview",
        f"Hello,\n\n{body}\n\nHR\n",
        sender="HR <hr@council.example.org>",
        to="kim@mailbox.example",
        date="Mon, 25 Jan 2027 09:12:00 +0000",
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat()[:16] if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is scheduled from 02/02/2027 11:00 to 02/02/2027 11:45 (Europe/London).",
        "Your interview: from Tuesday 2 February 2027 11:00 to Tuesday 2 February 2027 11:45 GMT.",
        "Entretien : du 02/02/2027 11:00 au 02/02/2027 11:45 (Europe/Paris).",
    ],
)
def test_a_range_with_both_dates_is_one_slot(body: str) -> None:
    kind, start, end = _read(body)
    assert (kind, start, end) == ("invitation", "2027-02-02T11:00", "2027-02-02T11:45")


@pytest.mark.parametrize(
    "body",
    [
        "The appointment Interview, initially scheduled from 02/02/2027 11:00 to 02/02/2027 "
        "11:45, was updated :\nfrom        : 04/02/2027 15:30\nto          : 04/02/2027 16:15\n"
        "timezone    : Europe/London\nlocation    : Civic Centre, Room 1.02",
        "Le rendez-vous Entretien, initialement prévu du 02/02/2027 11:00 au 02/02/2027 11:45, "
        "a été modifié :\ndu : 04/02/2027 15:30\nau : 04/02/2027 16:15\n"
        "fuseau horaire : Europe/London",
    ],
)
def test_the_range_given_up_yields_to_the_new_one(body: str) -> None:
    _, start, end = _read(body)
    assert (start, end) == ("2027-02-04T15:30", "2027-02-04T16:15")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Your interview was moved from 02/02/2027 11:00 to 02/02/2027 14:00 (Europe/London).",
            "2027-02-02T14:00",
        ),
        (
            "We changed your interview from 02/02/2027 11:00 to 02/02/2027 12:00 GMT.",
            "2027-02-02T12:00",
        ),
    ],
)
def test_a_move_on_the_same_day_is_still_a_move(body: str, start: str) -> None:
    kind, read, _ = _read(body)
    assert (kind, read) == ("reschedule", start)
