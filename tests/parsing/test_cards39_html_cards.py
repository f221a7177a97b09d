"""Scheduling mail built as HTML cards, as newer applicant-tracking tools send it: a label
and its value in spans back to back ("<span>WHEN</span><span>Tue, Dec 15 …"), an
unsubscribe footer, an onsite day of five hours, and a footer offering to "pick a new time".
Each was read wrong: the label glued to the weekday ("WHENTue") hid the date, the footer made
the mail a newsletter, the long day went to review as a window, the footer made a move."""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message
from service.parsing.text import html_to_text

FOOTER = (
    '<p style="font-size:10px">© 2026 Hireflow Inc. · 500 Market St, San Francisco · '
    '<a href="https://hireflow.example/unsub">Unsubscribe</a></p>'
)


def _html_mail(subject: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Hireflow <no-reply@hireflow.example>"
    message["To"] = "Sam Reyes <sam@mailbox.example>"
    message["Date"] = "Mon, 07 Dec 2026 09:12:00 -0800"
    message["Subject"] = subject
    message.set_content("")
    message.add_alternative(html, subtype="html")
    return bytes(message)


def _row(label: str, value: str) -> str:
    return (
        f'<div class="row"><span class="label">{label}</span>'
        f'<span class="value">{value}</span></div>'
    )


def test_a_label_and_value_in_spans_stay_apart_and_a_word_split_in_spans_stays_whole() -> None:
    assert "WHEN Tue, Dec 15" in html_to_text(_row("WHEN", "Tue, Dec 15"))
    assert "interview" in html_to_text("<p>your <span>interv</span><span>iew</span></p>")


def test_an_onsite_card_with_an_unsubscribe_footer_is_the_readers_interview() -> None:
    parsed = parse_message(
        _html_mail(
            "You're scheduled: Onsite Interview",
            "<div><h2>You're all set, Sam!</h2>"
            + _row("WHEN", "Tue, Dec 15 &bull; 10:00 AM &ndash; 3:00 PM (Pacific Time)")
            + _row("WHERE", "1 Harbor Way, Oakland")
            + "</div>"
            + FOOTER,
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-15T10:00:00-08:00"
    assert parsed.end is not None
    assert parsed.end.isoformat() == "2026-12-15T15:00:00-08:00"
    assert parsed.confidence >= 0.5


def test_a_footer_offering_a_new_time_is_no_move() -> None:
    parsed = parse_message(
        _html_mail(
            "Interview reminder",
            "<p>Hi Sam,</p><p>Reminder: your video interview with <b>Cobalt</b> starts "
            "<b>tomorrow, Tuesday Dec 8, at 4:00 PM (PST)</b>.</p><p>Need to reschedule? "
            '<a href="https://cobalt.example/r">Pick a new time</a>.</p>',
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-08T16:00:00-08:00"


def test_a_newsletter_with_a_long_event_stays_out() -> None:
    parsed = parse_message(
        _html_mail(
            "Career fair next week",
            "<p>Meet 40 employers at our onsite career fair on Tue, Dec 15, 10:00 AM - 3:00 PM "
            "PT. On-site interviews for selected roles. Register now.</p>" + FOOTER,
        )
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
