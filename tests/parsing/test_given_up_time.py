"""A time the words before it give up is not the new time, wherever the date stands.

"New time: 3:30 PM IST, Wed 9 Dec (earlier 11:00 AM)" puts the new time before the date and
the old one after it; the date used to take the time after it, so the slot given up was
read, and trusted. Whatever the order, the time under "was", "earlier", "rather than",
"instead of", "not at … but at" is the old one; a range's "from" is no such word.
"""

from __future__ import annotations

from datetime import datetime, time
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

KOLKATA = ZoneInfo("Asia/Kolkata")
SENT = datetime(2026, 11, 30, 10, 0, tzinfo=KOLKATA)
DAY = datetime(2026, 12, 9).date()


def _mail(line: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anita Rao <anita@talent-firm.example>"
    message["To"] = "sam@mail.example"
    message["Subject"] = "Interview time changed"
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = "<given-up@talent-firm.example>"
    message.set_content(
        "Hi Sam,\n\nSmall change to your interview with the engineering panel.\n\n"
        f"{line}\n\nSame Teams link as before.\n\nRegards,\nAnita"
    )
    return message.as_bytes()


def _12h(moment: time) -> str:
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


LAYOUTS = (
    "New time: {new} IST, Wed 9 Dec (earlier {old})",
    "New time: {new} IST, Wed 9 Dec (was {old})",
    "Wed 9 Dec at {new} IST (previously {old})",
    "We'll now meet at {new} IST on Wed 9 Dec rather than {old}.",
    "Your interview on Wed 9 Dec is not at {old} but at {new} IST.",
    "Your interview is now on Wed 9 Dec at {new} IST instead of {old}.",
)


@settings(max_examples=60, deadline=None)
@given(
    layout=st.sampled_from(LAYOUTS),
    new=st.times(min_value=time(8, 0), max_value=time(18, 0)).map(
        lambda t: t.replace(minute=t.minute // 15 * 15, second=0, microsecond=0)
    ),
    old=st.times(min_value=time(8, 0), max_value=time(18, 0)).map(
        lambda t: t.replace(minute=t.minute // 15 * 15, second=0, microsecond=0)
    ),
)
def test_the_new_time_is_read_whatever_side_of_the_date_it_stands(
    layout: str, new: time, old: time
) -> None:
    if new == old:
        return
    reading = parse_message(_mail(layout.format(new=_12h(new), old=_12h(old))))
    assert reading.start == datetime.combine(DAY, new, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Your interview: Wed 9 Dec from 11:00 AM to 11:45 AM IST.", time(11, 45)),
        ("Your interview is on Wed 9 Dec, from 11:00 AM IST.", None),
    ],
)
def test_a_range_from_is_no_time_given_up(line: str, end: time | None) -> None:
    reading = parse_message(_mail(line))
    assert reading.start == datetime.combine(DAY, time(11, 0), tzinfo=KOLKATA)
    expected_end = datetime.combine(DAY, end, tzinfo=KOLKATA) if end else None
    assert reading.end == expected_end


# "instead of" as Italian, French, Portuguese and Spanish writers put it, after the new slot:
# the day given up after it is not the new one
INSTEAD_OF = {
    "it": "il suo colloquio è stato spostato a giovedì 10 dicembre alle 11:00 anziché "
    "mercoledì 9 alle 15:00.",
    "it_piuttosto": "il colloquio sarà giovedì 10 dicembre alle 11:00 piuttosto che mercoledì 9 "
    "alle 15:00.",
    "fr": "votre entretien aura lieu le jeudi 10 décembre à 11h00 plutôt que le mercredi 9 à "
    "15h00.",
    "pt": "sua entrevista foi remarcada para quinta-feira, 10 de dezembro, às 11h00 ao invés de "
    "quarta-feira, 9, às 15h00.",
    "es": "tu entrevista será el jueves 10 de diciembre a las 11:00 en vez del miércoles 9 a las "
    "15:00.",
}


@pytest.mark.parametrize("language", sorted(INSTEAD_OF))
def test_the_slot_after_instead_of_is_the_one_given_up(language: str) -> None:
    rome = ZoneInfo("Europe/Rome")
    message = EmailMessage()
    message["From"] = "HR <hr@firm.example>"
    message["To"] = "alex@mail.example"
    message["Subject"] = "Colloquio / entretien / entrevista"
    message["Date"] = format_datetime(datetime(2026, 12, 2, 10, 30, tzinfo=rome))
    message.set_content(f"Buongiorno,\n\n{INSTEAD_OF[language]}\n\nHR")
    reading = parse_message(message.as_bytes())
    assert reading.start is not None
    assert (reading.start.day, reading.start.hour) == (10, 11)
