"""Two ways booking tools print a reservation's date that the parser did not read (the
atscards43 batch: LibreBooking mail in locales new to the corpus).

- Danish writes a numeric date "9/12-2026": day and month split by a slash, the year by a
  hyphen. LibreBooking's Danish locale prints reservations so (lang/da_da.php 'j/n-Y @ G.i'),
  and Danish-written programs format dates the same way (a laundry-room booking reminder's
  strftime('%d/%m-%Y %H:%M'), a Danish energy-data client parsing '1/1-2019' with
  '%d/%m-%Y'). It is the date, not a range.
- A tool whose translation inherits the US format prints "12/10/2026 @ 9:00 AM" in a
  Hungarian or Czech mail (LibreBooking's hu_hu and cz locales extend en_us; Easy!Appointments
  lets the admin pick "MDY" whatever the language). When every such date lands within
  three weeks of the mail only if read month first, and weeks before the mail as the
  language orders it, the mail's own moment decides the order, as it already does in
  English mail.

Every mail here is written for the test.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _read(body: str, date: str, subject: str = "Reservation") -> dict[str, object]:
    raw = plain_mail(
        subject, body, sender="noreply@rooms.example", to="me@mailbox.example", date=date
    )
    return parse_message(raw).to_json_dict()


def test_danish_slash_dash_date_is_read() -> None:
    body = (
        "Hej Rasmus,\n\nDin jobsamtale er booket.\n\n"
        "Begynder: 9/12-2026 @ 13.30 (Europe/Copenhagen)\n"
        "Slutter: 9/12-2026 @ 14.15 (Europe/Copenhagen)\n"
        "Lokale: Mødelokale 2\n"
    )
    got = _read(body, "Wed, 02 Dec 2026 10:00:00 +0100", "Jobsamtale bekræftet")
    assert got["start"] == "2026-12-09T13:30:00+01:00"
    assert got["end"] == "2026-12-09T14:15:00+01:00"


@settings(max_examples=25, deadline=None)
@given(day=st.integers(min_value=1, max_value=28), month=st.integers(min_value=1, max_value=12))
def test_slash_dash_date_reads_as_the_slash_date(day: int, month: int) -> None:
    """Whatever the day and month, "d/m-Y" is read as "d/m/Y" is."""
    template = "Hej,\n\nVi bekræfter din jobsamtale.\n\nTidspunkt: {} kl. 10.00\n"
    date = "Fri, 01 Jan 2027 09:00:00 +0100"
    dashed = _read(template.format(f"{day}/{month}-2027"), date, "Jobsamtale")
    slashed = _read(template.format(f"{day}/{month}/2027"), date, "Jobsamtale")
    assert dashed.get("start") == slashed.get("start")


def test_month_first_date_in_a_day_first_language_near_the_mail() -> None:
    body = (
        "A foglalás részletei:\n\n"
        "Kezdés: 12/10/2026 @ 9:00 AM (Europe/Budapest)\n"
        "Befejezés: 12/10/2026 @ 10:00 AM (Europe/Budapest)\n"
        "Elem: Tárgyaló B\nMegnevezés: Állásinterjú – Szabó Bence\n"
        "Leírás: Kérjük, a portán jelentkezzen.\n"
    )
    got = _read(body, "Fri, 04 Dec 2026 05:43:00 +0100", "Foglalása létrehozva")
    assert got["start"] == "2026-12-10T09:00:00+01:00"


def test_day_first_reading_near_the_mail_is_kept() -> None:
    """The same rule leaves alone a date that, read as the language orders it, is near."""
    body = (
        "Dettagli della prenotazione:\n\n"
        "Inizio: 09/12/2026 @ 15:00 (Europe/Rome)\n"
        "Fine: 09/12/2026 @ 16:00 (Europe/Rome)\n"
        "Titolo: Colloquio\n"
    )
    got = _read(body, "Thu, 03 Dec 2026 09:00:00 +0100", "Prenotazione colloquio")
    assert got["start"] == "2026-12-09T15:00:00+01:00"


def test_day_first_date_months_ahead_is_not_swapped() -> None:
    """Read day first, "01/05/2027" is months after the mail but still ahead: it stays."""
    body = "Olá, Lucas!\n\nConvidamos você para uma entrevista no dia 01/05/2027, às 09:30.\n"
    got = _read(body, "Mon, 28 Dec 2026 09:00:00 -0300", "Entrevista")
    assert got["start"] == "2027-05-01T09:30:00-03:00"
