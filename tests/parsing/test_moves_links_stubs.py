"""Where the new slot hides: a move's new half, calendar links, the HTML behind a stub part.

Every mail here is written for the test: a move told as old and new lines or as "from ... to
..." in one sentence, a reply whose own text moves the slot over a quoted confirmation, a
booking whose time is only in its add-to-calendar links, and a plain part that only says to
open the HTML.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message


def _mail(
    body: str | None,
    *,
    subject: str = "Interview",
    sender: str = "Rhea Lindqvist <rhea@copperfield-hr.example>",
    date: str = "Tue, 01 Dec 2026 09:00:00 +0100",
    html: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sam@mailbox.example"
    message["Date"] = date
    message["Subject"] = subject
    if body is None:
        assert html is not None
        message.set_content(html, subtype="html")
    else:
        message.set_content(body)
        if html is not None:
            message.add_alternative(html, subtype="html")
    return bytes(message)


BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")


# --- a. a reply's own text over a quoted older confirmation ----------------------------


def test_a_reply_moving_the_call_from_one_hour_to_another_gives_the_later_hour() -> None:
    body = (
        "Hi Sam,\n\nsomething came up - could we shift our chat on Friday from 10:00am to "
        "1:30pm? Same link as before.\n\nGreta\n\n"
        "On Mon, 30 Nov 2026 at 16:12, Greta Holm <greta@northwind-labs.example> wrote:\n"
        "> Your call is booked:\n> When: Friday, December 4, 2026 10:00am\n"
        "> Time zone: Europe/Stockholm\n"
    )
    result = parse_message(_mail(body, subject="Re: Booked: call with Greta Holm"))
    assert result.start == datetime(2026, 12, 4, 13, 30, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert result.kind == "reschedule"


def test_a_german_reply_moving_the_hour_von_auf_gives_the_new_hour() -> None:
    body = (
        "Hallo Sam,\n\nwir müssen unser Gespräch am Donnerstag leider von 9:00 auf 11:30 Uhr "
        "verschieben. Der Raum bleibt gleich.\n\nGrüße\nTill\n\n"
        "Am Mo., 30. Nov. 2026 um 10:00 schrieb Till Reuter <till@elbwerk.example>:\n"
        "> Bestätigt: Donnerstag, 3. Dezember 2026, 9:00 Uhr (MEZ)\n"
    )
    result = parse_message(_mail(body, subject="AW: Termin Donnerstag"))
    assert result.start == datetime(2026, 12, 3, 11, 30, tzinfo=BERLIN)


def test_a_range_after_moved_to_is_still_the_new_slot() -> None:
    body = (
        "Hi Sam,\n\nyour interview has been moved to Thursday 3 December, from 2pm to 3pm "
        "(UK time).\n\nBest,\nNoor"
    )
    result = parse_message(_mail(body, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.start == datetime(2026, 12, 3, 14, 0, tzinfo=LONDON)
    assert result.end == datetime(2026, 12, 3, 15, 0, tzinfo=LONDON)


def test_a_time_only_in_quoted_older_mail_makes_no_new_interview() -> None:
    body = (
        "Thanks Sam, all noted - I'll pass your portfolio on to the team.\n\nGreta\n\n"
        "On Mon, 30 Nov 2026 at 16:12, Greta Holm <greta@northwind-labs.example> wrote:\n"
        "> Your call is booked for Friday, December 4, 2026 at 10:00am (Europe/Stockholm).\n"
    )
    result = parse_message(_mail(body, subject="Re: Booked: call with Greta Holm"))
    assert result.kind != "invitation" or result.confidence < 0.5


# --- b. moves written as old and new ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Grüezi Sam\n\nIhr Termin wurde verschoben.\n\nBisher: Montag, 7. Dezember 2026, "
            "09:00 Uhr\nNeu: Mittwoch, 9. Dezember 2026, 14:00 Uhr\n\nFreundliche Grüsse\nHR",
            datetime(2026, 12, 9, 14, 0, tzinfo=ZoneInfo("Europe/Zurich")),
        ),
        (
            "Hallo Sam,\n\nleider müssen wir Ihr Gespräch verlegen.\n\nAlter Termin: Dienstag, "
            "8.12.2026, 10:00 Uhr\nNeuer Termin: Freitag, 11.12.2026, 13:15 Uhr\n\nViele Grüße",
            datetime(2026, 12, 11, 13, 15, tzinfo=ZoneInfo("Europe/Zurich")),
        ),
        (
            "Hi Sam,\n\nsmall change to your panel.\n\nWas: Monday 7 December, 15:00\n"
            "Now: Tuesday 8 December, 10:30\n\nSame room.\n\nRhea",
            datetime(2026, 12, 8, 10, 30, tzinfo=ZoneInfo("Europe/Zurich")),
        ),
    ],
)
def test_old_and_new_lines_give_the_new_slot(body: str, expected: datetime) -> None:
    result = parse_message(_mail(body, date="Tue, 01 Dec 2026 09:00:00 +0100"))
    assert result.start == expected
    assert result.kind == "reschedule"


def test_a_table_with_previous_and_new_rows_gives_the_new_slot() -> None:
    html = (
        "<p>Hi Sam, your interview time has changed.</p><table>"
        "<tr><td>Previous time</td><td>Wednesday, December 9, 2026 at 11:00 AM</td></tr>"
        "<tr><td>New time</td><td>Thursday, December 10, 2026 at 3:00 PM</td></tr>"
        "<tr><td>Where</td><td>Video call</td></tr></table><p>Thanks, Rhea</p>"
    )
    result = parse_message(_mail(None, html=html, date="Tue, 01 Dec 2026 09:00:00 -0500"))
    assert result.start == datetime(2026, 12, 10, 15, 0, tzinfo=ZoneInfo("America/New_York"))
    assert result.kind == "reschedule"


def test_a_moved_day_with_its_sessions_on_the_lines_below_starts_with_the_first() -> None:
    body = (
        "Hello Sam,\n\nyour assessment day had to move. Instead of Monday, 7 December at "
        "09:00 it now takes place on Wednesday, 9 December 2026.\n\n"
        "New programme (all times CET):\n  10:00-11:00  Case study\n"
        "  11:15-12:00  Meet the team\n\nKind regards\nRhea"
    )
    result = parse_message(_mail(body))
    assert result.start == datetime(2026, 12, 9, 10, 0, tzinfo=BERLIN)
    assert result.kind == "reschedule"


# --- c. the time only in add-to-calendar links -----------------------------------------


def _links(google: str, outlook: tuple[str, str], yahoo: str) -> str:
    return (
        "<p>Add it to your calendar: "
        "<a href='https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Interview"
        f"&amp;dates={google}'>Google</a> | "
        "<a href='https://outlook.office.com/calendar/0/deeplink/compose?subject=Interview"
        f"&amp;startdt={outlook[0]}&amp;enddt={outlook[1]}'>Outlook</a> | "
        f"<a href='https://calendar.yahoo.com/?v=60&amp;title=Interview&amp;{yahoo}'>Yahoo</a>"
        "</p>"
    )


def test_a_booking_whose_time_is_only_in_its_calendar_links() -> None:
    html = (
        "<p>Hi Sam,</p><p>your interview with Copperfield is booked for <b>Thursday 3 December "
        "2026</b> at our Leeds office.</p>"
        + _links(
            "20261203T150000Z/20261203T160000Z",
            ("2026-12-03T15:00:00Z", "2026-12-03T16:00:00Z"),
            "st=20261203T150000Z&amp;et=20261203T160000Z",
        )
    )
    result = parse_message(_mail(None, html=html, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    assert result.end == datetime(2026, 12, 3, 16, 0, tzinfo=UTC)


def test_an_outlook_link_alone_with_an_offset_gives_the_instant() -> None:
    html = (
        "<p>Hallo Sam, Ihr Vorstellungsgespräch ist bestätigt. Wir freuen uns auf Sie!</p>"
        "<p><a href='https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar"
        "%2Faction%2Fcompose&amp;subject=Gespr%C3%A4ch&amp;startdt=2026-12-08T10%3A30%3A00%2B01"
        "%3A00&amp;enddt=2026-12-08T11%3A15%3A00%2B01%3A00'>In Outlook speichern</a></p>"
    )
    result = parse_message(_mail(None, html=html))
    assert result.start == datetime(2026, 12, 8, 10, 30, tzinfo=BERLIN)
    assert result.end == datetime(2026, 12, 8, 11, 15, tzinfo=BERLIN)


def test_a_stated_time_outranks_the_calendar_links() -> None:
    html = (
        "<p>Hi Sam, your interview is on Thursday 3 December 2026 at 4:00 PM (Europe/London)."
        "</p>"
        + _links(
            "20261203T150000Z/20261203T160000Z",
            ("2026-12-03T15:00:00Z", "2026-12-03T16:00:00Z"),
            "st=20261203T150000Z&amp;et=20261203T160000Z",
        )
    )
    result = parse_message(_mail(None, html=html, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.start == datetime(2026, 12, 3, 16, 0, tzinfo=LONDON)


def test_links_for_several_different_events_pin_nothing() -> None:
    html = (
        "<p>Hi Sam, we would love to see you at one of our open evenings.</p>"
        "<p><a href='https://calendar.google.com/calendar/render?action=TEMPLATE&amp;"
        "dates=20261203T170000Z/20261203T190000Z'>3 December</a> or "
        "<a href='https://calendar.google.com/calendar/render?action=TEMPLATE&amp;"
        "dates=20261210T170000Z/20261210T190000Z'>10 December</a></p>"
    )
    result = parse_message(_mail(None, html=html, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.start is None


# --- d. a plain part that only points to the HTML --------------------------------------


@pytest.mark.parametrize(
    "stub",
    [
        "This message is best viewed in HTML. View it in your browser: "
        "https://mail.copperfield-hr.example/v/8812\n\nUnsubscribe",
        "Ihr E-Mail-Programm unterstützt kein HTML. Bitte öffnen Sie die HTML-Version: "
        "https://mail.copperfield-hr.example/v/8812",
        "Votre messagerie ne prend pas en charge le HTML. Afficher ce message dans votre "
        "navigateur : https://mail.copperfield-hr.example/v/8812",
    ],
)
def test_a_plain_stub_sends_the_reader_to_the_html(stub: str) -> None:
    html = (
        "<p>Hi Sam,</p><p>We'd like to invite you to an interview.</p><table>"
        "<tr><td>Date</td><td>Wednesday 9 December 2026</td></tr>"
        "<tr><td>Time</td><td>14:00 – 15:00 (Europe/London)</td></tr></table>"
    )
    result = parse_message(_mail(stub, html=html, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 12, 9, 14, 0, tzinfo=LONDON)
    assert result.end == datetime(2026, 12, 9, 15, 0, tzinfo=LONDON)


def test_we_have_moved_your_interview_is_a_reschedule() -> None:
    body = (
        "Hi Sam,\n\nwe have moved your interview from Tuesday 8 December to Thursday 10 "
        "December at 11:00 (UK time). The address stays the same.\n\nBest,\nNoor"
    )
    result = parse_message(_mail(body, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.kind == "reschedule"
    assert result.start == datetime(2026, 12, 10, 11, 0, tzinfo=LONDON)


# --- hours in words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "date", "expected"),
    [
        (
            "Hi Sam, would you be free on Thursday the 10th at half past two? I'd like you to "
            "meet our head of finance.",
            "Tue, 01 Dec 2026 09:00:00 +0000",
            datetime(2026, 12, 10, 14, 30, tzinfo=LONDON),
        ),
        (
            "Hallo Sam, ich lade Sie am Montag, 14. Dezember um halb drei zu einem Gespräch "
            "in unser Büro ein.",
            "Tue, 01 Dec 2026 09:00:00 +0100",
            datetime(2026, 12, 14, 14, 30, tzinfo=BERLIN),
        ),
        (
            "Hoi Sam, we nodigen je graag uit voor een gesprek op woensdag 16 december om kwart "
            "over tien.",
            "Tue, 01 Dec 2026 09:00:00 +0100",
            datetime(2026, 12, 16, 10, 15, tzinfo=BERLIN),
        ),
        (
            "Hi Sam, your interview is on Friday 11 December at a quarter to four with Priya.",
            "Tue, 01 Dec 2026 09:00:00 +0000",
            datetime(2026, 12, 11, 15, 45, tzinfo=LONDON),
        ),
    ],
)
def test_hours_written_in_words(body: str, date: str, expected: datetime) -> None:
    result = parse_message(_mail(body, date=date))
    assert result.start == expected


def test_half_an_hour_is_no_time_of_day() -> None:
    body = (
        "Hi Sam, your interview is on Friday 11 December at 10:00 and takes half an hour; "
        "we'll need half past the hour for a tour."
    )
    result = parse_message(_mail(body, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.start == datetime(2026, 12, 11, 10, 0, tzinfo=LONDON)


def test_a_link_for_another_day_than_the_one_the_text_names_is_ignored() -> None:
    html = (
        "<p>Hi Sam, your interview is booked for <b>Thursday 3 December 2026</b>.</p>"
        "<p>While you are here, join our open evening: <a href='https://calendar.google.com/"
        "calendar/render?action=TEMPLATE&amp;dates=20261217T170000Z/20261217T190000Z'>add it"
        "</a></p>"
    )
    result = parse_message(_mail(None, html=html, date="Tue, 01 Dec 2026 09:00:00 +0000"))
    assert result.start is None


def test_a_dutch_invitation_to_plan_a_moment_yourself_books_nothing() -> None:
    body = (
        "Hoi Sam,\n\nwe nodigen je uit voor een kennismaking. Plan zelf een moment in via "
        "https://afspraak.copperfield-hr.example/sam - dinsdag 8 december om 15:00 is nog "
        "vrij.\n\nGroet,\nRhea"
    )
    result = parse_message(_mail(body))
    assert result.kind != "invitation" or result.confidence < 0.5


def test_forwarded_headers_only_in_the_html_still_name_the_original_sender() -> None:
    """Outlook on the web may put the forwarded header block in the HTML alternative only."""
    message = EmailMessage()
    message["From"], message["To"] = "Sam <sam.lee@mailbox.example>", "in@afterview.example"
    message["Subject"], message["Date"] = "RV: Entrevista", "Tue, 01 Dec 2026 10:00:00 +0000"
    message.set_content("te lo reenvío")
    message.add_alternative(
        "<div>te lo reenvío</div><hr><div><b>De:</b> Lucía Pérez &lt;lucia@grupo.example.es&gt;"
        "<br><b>Enviado:</b> lunes, 30 de noviembre de 2026 17:04<br><b>Asunto:</b> Entrevista"
        "</div><p>Te convocamos a una entrevista el jueves 10 de diciembre de 2026 a las 11:30"
        " (hora de Madrid).</p>",
        subtype="html",
    )
    result = parse_message(message.as_bytes())
    assert result.original_sender == "lucia@grupo.example.es"
    assert result.start == datetime(2026, 12, 10, 11, 30, tzinfo=ZoneInfo("Europe/Madrid"))
