"""Forward header blocks that start where no rule of dashes stands (threads13).

New Outlook writes its "From / Date / To / Subject" block with no rule above it, right
under the forwarder's note; Apple Mail heads its block with "Begin forwarded message:" in
the reader's language. Either way, a date label the tables lack (Finnish "Päivämäärä:")
is the forwarded message's date, the anchor of "Thursday", never the slot. Yahoo prints
the forward's date with seconds and a zone's abbreviation after them ("09.26.50 CET").
People, addresses and text are made up.
"""

from __future__ import annotations

from datetime import date, timedelta
from email.message import EmailMessage
from email.policy import SMTP

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.forwards import canonical_headers

BOSS = "rekry@lumipuu.example.fi"
USER = "me@mailbox.example"
FI_DAYS = ["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]
FI_MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta"]


def _mail(text: str, sent: str, subject: str = "VL: Haastattelu") -> bytes:
    message = EmailMessage()
    message["From"] = USER
    message["To"] = "in@afterview.example"
    message["Date"] = sent
    message["Subject"] = subject
    message.set_content(text, cte="8bit")
    return message.as_bytes(policy=SMTP)


def _new_outlook_fi(written: date, hour: int) -> str:
    day = FI_DAYS[written.weekday()]
    return (
        f"Lähettäjä: Riikka Koski <{BOSS}>\n"
        f"Päivämäärä: {day}, {written.day}. {FI_MONTHS[written.month - 1]} "
        f"{written.year} klo {hour}.05\n"
        f"Vastaanottaja: {USER} <{USER}>\nAihe: Haastattelu\n"
    )


def test_unknown_date_label_below_a_note_is_rewritten() -> None:
    text = "Kalenteriin, kiitos.\n\n" + _new_outlook_fi(date(2027, 2, 1), 9)
    rewritten = canonical_headers(text, forwarded=True)
    assert "\nDate: maanantaina, 1. helmikuuta 2027 klo 9.05\n" in rewritten
    # not in a forward, the same lines are left alone
    assert canonical_headers(text, forwarded=False) == text


def test_a_meeting_date_label_in_an_invitation_stays() -> None:
    # no From line starts a block: "Päivämäärä:" here is the meeting's own date
    text = "Hei,\n\nPäivämäärä: torstai 4.2.2027 klo 10.00\nPaikka: Hämeenkatu 5\nAika: 45 min\n"
    assert canonical_headers(text, forwarded=True) == text


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=4))
def test_weekday_counts_from_the_new_outlook_block(offset: int, target: int) -> None:
    # written on a weekday in Feb 2027, forwarded the same day; the named weekday is the
    # next one after the day it was written (or that day, a week on, never before)
    written = date(2027, 2, 1) + timedelta(days=offset)
    if written.weekday() > 4:
        written -= timedelta(days=written.weekday() - 4)
    ahead = (target - written.weekday()) % 7 or 7
    want = written + timedelta(days=ahead)
    body = f"Hei Alex,\n\ntervetuloa haastatteluun {FI_DAYS[target]} klo 10.00.\n\nRiikka\n"
    text = "Tämä kalenteriin.\n\n" + _new_outlook_fi(written, 9) + "\n" + body
    sent = f"{written:%a, %d %b %Y} 12:00:00 +0200"
    parsed = parse_message(_mail(text, sent))
    assert parsed.start is not None
    assert (parsed.start.date(), parsed.start.hour) == (want, 10)


def test_apple_mail_begin_forwarded_line_heads_a_block() -> None:
    text = (
        "Lisää tämä.\n\n> Välitetty viesti alkaa:\n>\n"
        f"> Lähettäjä: Riikka Koski <{BOSS}>\n> Aihe: Haastattelu\n"
        "> Päivämäärä: 1. helmikuuta 2027 klo 9.05.00 UTC+2\n"
        f"> Vastaanottaja: {USER}\n>\n> Hei Alex, nähdään torstaina klo 10.00.\n"
    )
    parsed = parse_message(_mail(text, "Wed, 03 Feb 2027 08:00:00 +0200", "Fwd: Haastattelu"))
    assert parsed.original_sender == BOSS
    assert parsed.start is not None
    assert (parsed.start.date(), parsed.start.hour) == (date(2027, 2, 4), 10)


def test_yahoo_dotted_seconds_and_zone_abbreviation() -> None:
    # written Monday evening, forwarded Tuesday morning: "i morgen" is the Tuesday
    text = (
        "Til kalenderen\n\n   ----- Videresendt meddelelse ----- "
        "Fra: Lise Dahl <lise@hav.example.dk>"
        f'Til: "{USER}" <{USER}>Sendt: mandag den 1. februar 2027 18.40.10 CETEmne: Samtale\n'
        " Hej Alex, kan du komme i morgen kl. 11.00?\n"
    )
    parsed = parse_message(_mail(text, "Tue, 02 Feb 2027 08:00:00 +0100", "Fwd: Samtale"))
    assert parsed.start is not None
    assert (parsed.start.date(), parsed.start.hour) == (date(2027, 2, 2), 11)
