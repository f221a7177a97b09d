"""An Italian notice that calls meetings off in the plural ("OpenMeetings conferenze
cancellate:", "Gli appuntamenti sono stati annullati") cancels the slot it names, as the
singular "annullato"/"cancellata" already does; "le modifiche sono state annullate" (changes
undone) in an invitation calls nothing off."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

IT_MONTHS = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
]  # fmt: skip
PLURALS = [
    "Gli appuntamenti sono stati annullati",
    "Le riunioni sono state cancellate",
    "I colloqui previsti sono stati annullati",
    "Conferenze cancellate",
    "Le sessioni di colloquio sono state annullate",
]
SENT = "Mon, 07 Dec 2026 10:05:00 +0100"
SENDER = "Giulia Ferri <giulia.ferri@studio-cerulea.example.it>"

days = st.dates(date(2027, 1, 4), date(2027, 6, 25)).filter(lambda d: d.weekday() < 5)


def _when(day: date, hour: int) -> str:
    return f"{day.day} {IT_MONTHS[day.month - 1]} {day.year} alle {hour}:00"


@settings(max_examples=30, deadline=None)
@given(day=days, hour=st.integers(9, 17), phrase=st.sampled_from(PLURALS))
def test_plural_italian_cancellation_names_the_slot(day: date, hour: int, phrase: str) -> None:
    raw = plain_mail(
        "Colloquio - Sviluppatore frontend",
        f"Gentile Alex,\n\n{phrase}: colloquio del {_when(day, hour)}.\n\nCordiali saluti,\n"
        "Giulia Ferri\n",
        sender=SENDER,
        to="alex@mailbox.example",
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "cancellation"
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat().startswith(f"{day.isoformat()}T{hour:02d}:00")


@settings(max_examples=20, deadline=None)
@given(day=days, hour=st.integers(9, 17))
def test_changes_undone_do_not_cancel_an_invitation(day: date, hour: int) -> None:
    raw = plain_mail(
        "Invito a colloquio",
        f"Gentile Alex,\n\nla invitiamo a un colloquio il {_when(day, hour)} nella nostra sede "
        "di Torino. Le modifiche al suo profilo sono state annullate su sua richiesta.\n\n"
        "Cordiali saluti,\nGiulia Ferri\n",
        sender=SENDER,
        to="alex@mailbox.example",
        date=SENT,
    )
    assert parse_message(raw).kind != "cancellation"
