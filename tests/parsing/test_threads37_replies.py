"""Reply chains: a short reply on top, older mail quoted below (threads37).

What a user notices, on our own short mails (not corpus files):

- A reply that confirms in words ("that's in the diary", "queda confirmado", "confermo",
  "potwierdzam") over a quote holding one slot still ahead puts that slot in the calendar,
  with a relative day ("tomorrow", "pasado mañana") counted from the quoted mail's date, not
  the reply's, however long after the quoted mail the reply was sent.
- Thanks for someone else's confirmation confirm nothing: the quoted slot stays unclaimed.
- A reply that regrets the time and asks for another ("Könnten wir stattdessen …?",
  "Sarebbe possibile spostare a venerdì?", "could we do Friday morning instead?") is not
  claimed.
- A thread the user forwards whose newest message only thanks is read for the one slot it
  holds.
- "Wir haben Sie für Donnerstag um 14:30 Uhr eingeplant" speaks of a meeting.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import ASKS_ANOTHER_TIME_CUES
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import claimed, plain_mail

READER = "Alex Morgan <alex.morgan@mailbox.example>"
RECRUITER = "Owen Hale <owen.hale@fernhollow.example.co.uk>"
LONDON = ZoneInfo("Europe/London")


def quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.strip().split("\n"))


def gmail_head(when: datetime, who: str = RECRUITER) -> str:
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    return (
        f"On {when:%a}, {when:%b} {when.day}, {when.year} at {hour}:{when:%M} {half} {who} wrote:"
    )


# (the reply's confirming words, the quoted proposal, the slot's day after the quoted mail)
CONFIRMS = [
    ("Lovely, that's in the diary. See you then.", "Could you do tomorrow at 11:00?", 1),
    (
        "Perfecto, queda confirmado. Te envío el enlace.",
        "¿Te viene bien pasado mañana a las 17:00?",
        2,
    ),
    (
        "Buongiorno, confermo: ci vediamo all'orario indicato.",
        "Le propongo il colloquio domani alle 15:00.",
        1,
    ),
    ("Dzień dobry, potwierdzam, do zobaczenia!", "Proponuję rozmowę jutro o 10:00.", 1),
]


@pytest.mark.parametrize(("top", "proposal", "days"), CONFIRMS)
def test_a_reply_confirming_in_words_claims_the_one_quoted_slot(
    top: str, proposal: str, days: int
) -> None:
    quoted_at = datetime(2026, 12, 1, 16, 10, tzinfo=LONDON)
    sent = quoted_at + timedelta(hours=16)
    body = f"{top}\n\nOwen\n\n{gmail_head(quoted_at)}\n{quote(proposal)}\n"
    raw = plain_mail("Re: Interview", body, sender=RECRUITER, to=READER, date=format_datetime(sent))
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.date() == (quoted_at + timedelta(days=days)).date()


@settings(max_examples=25, deadline=None)
@given(
    day=st.integers(min_value=0, max_value=360),
    hour=st.integers(min_value=9, max_value=17),
    gap_hours=st.integers(min_value=1, max_value=20),
)
def test_quoted_tomorrow_counts_from_the_quoted_date(day: int, hour: int, gap_hours: int) -> None:
    """'tomorrow at HH:00' quoted from a mail sent at 08:00 is the next day, whenever the reply
    that confirms it was sent (before the slot), across DST changes and the year end."""
    quoted_at = datetime(2026, 1, 1, 8, 0, tzinfo=LONDON) + timedelta(days=day)
    quoted_at = quoted_at.replace(hour=8)
    slot = (quoted_at + timedelta(days=1)).replace(hour=hour)
    sent = quoted_at + timedelta(hours=gap_hours)
    proposal = f"Could you do tomorrow at {hour}:00 for the interview?"
    body = f"Lovely, that's in the diary.\n\nOwen\n\n{gmail_head(quoted_at)}\n{quote(proposal)}\n"
    raw = plain_mail("Re: Interview", body, sender=RECRUITER, to=READER, date=format_datetime(sent))
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == slot.replace(tzinfo=None)


@pytest.mark.parametrize(
    "top",
    [
        "Thanks for confirming, Alex!",
        "Vielen Dank für Ihre Bestätigung!",
        "Merci pour la confirmation.",
        "Gracias por confirmar.",
    ],
)
def test_thanks_for_a_confirmation_confirm_nothing(top: str) -> None:
    quoted_at = datetime(2026, 12, 1, 16, 10, tzinfo=LONDON)
    invitation = "You're invited to interview on Thursday 10 December at 14:00."
    body = f"{top}\n\nOwen\n\n{gmail_head(quoted_at)}\n{quote(invitation)}\n"
    raw = plain_mail(
        "Re: Interview",
        body,
        sender=RECRUITER,
        to=READER,
        date=format_datetime(quoted_at + timedelta(hours=3)),
    )
    assert not claimed(raw)


ASKS = [
    "Hallo Frau Krüger,\n\nvielen Dank für die Einladung! Am Donnerstag um 9 Uhr habe ich leider"
    " eine Prüfung. Könnten wir stattdessen Freitag früh machen, oder Anfang nächster Woche?",
    "Am Donnerstag um 9 Uhr habe ich leider eine Prüfung. Könnten wir stattdessen Freitag früh"
    " machen?",
    "Thank you for the invitation! Unfortunately I have an exam on Thursday at 9am. Could we do"
    " Friday morning instead?",
    "Purtroppo giovedì alle 15 ho un esame. Sarebbe possibile spostare a venerdì?",
    "Desværre kan jeg ikke torsdag kl. 9. Kunne vi finde en anden tid senere på ugen?",
    "Something has come up on Thursday at 9am - could we do Friday morning instead?",
]


@pytest.mark.parametrize("ask", ASKS)
def test_a_reply_asking_for_another_time_is_not_claimed(ask: str) -> None:
    quoted_at = datetime(2026, 11, 30, 10, 0, tzinfo=LONDON)
    invitation = "We'd like to meet you on Thursday 3 December at 9:00 for the interview."
    body = f"{ask}\n\nAlex\n\n{gmail_head(quoted_at)}\n{quote(invitation)}\n"
    raw = plain_mail(
        "Re: Interview",
        body,
        sender=READER,
        to=RECRUITER,
        date=format_datetime(quoted_at + timedelta(hours=8)),
    )
    assert not claimed(raw)
    assert parse_message(raw).kind == "not_invitation"


def test_a_forwarded_thanks_only_thread_is_read_for_its_slot() -> None:
    first = datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)
    thread = (
        "You're welcome, see you then!\n\nOwen\n\n"
        f"{gmail_head(first + timedelta(hours=2), READER)}\n> Thanks, received.\n>\n"
        f"> {gmail_head(first)}\n"
        ">> We'd like to invite you to interview on Thursday 26 November at 16:00, one hour.\n"
    )
    body = (
        "For the calendar, please.\n\n---------- Forwarded message ---------\n"
        f"From: {RECRUITER}\nDate: Mon, Nov 23, 2026 at 12:40 PM\nSubject: Re: Interview\n"
        f"To: <alex.morgan@mailbox.example>\n\n{thread}"
    )
    raw = plain_mail(
        "Fwd: Re: Interview",
        body,
        sender=READER,
        to="Afterview <in+inbox@afterview.example>",
        date=format_datetime(first + timedelta(hours=9)),
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 11, 26, 16, 0)


def test_eingeplant_speaks_of_a_meeting() -> None:
    quoted_at = datetime(2026, 10, 16, 17, 40, tzinfo=ZoneInfo("Europe/Berlin"))
    sent = datetime(2026, 10, 26, 9, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    body = (
        "Hallo Alex,\n\nwir haben Sie jetzt für Donnerstag um 14:30 Uhr eingeplant, bei uns in "
        "der Hafenstraße 12. Melden Sie sich bitte am Empfang.\n\nViele Grüße\nJonas Albers\n\n"
        f"Am Fr., 16. Okt. 2026 um 17:40 Uhr schrieb {READER}:\n"
        "> Ab Donnerstag kann ich an jedem Nachmittag.\n"
    )
    raw = plain_mail(
        "Re: Ihre Bewerbung",
        body,
        sender="Jonas Albers <jonas.albers@hafenwerk.example.de>",
        to=READER,
        date=format_datetime(sent),
    )
    parsed = parse_message(raw)
    assert claimed(raw)
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 10, 29, 14, 30)
    assert quoted_at < parsed.start


def test_the_ask_cue_is_linear_on_hostile_input() -> None:
    """A regret, forty asks and no question mark, over and over: 40 times (21 KB) as the
    test was written, and a megabyte, where a scan that re-read the text shows."""
    unit = "leider " + "könnten wir " * 40 + "x" * 50
    for size in (len(unit) * 40, 1_000_000):
        assert_linear(
            lambda text: ASKS_ANOTHER_TIME_CUES.search(text.lower()), repeated(unit), size
        )
