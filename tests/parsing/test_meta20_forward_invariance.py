"""meta20: forwarding a mail inline must not change its reading (own fixtures)."""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message

_INNER = (
    "Hello Alex,\n\nA new event was created for you, details below:\n"
    "Title  Interview - Sales Specialist\nType  Meeting\n"
    "When  Wed Oct 14, 2026 11:00 AM to Wed Oct 14, 2026 11:45 AM\n"
    "Attendees  Ece Demir, Alex Morgan\n\nRegards, the CRM team\n"
)
_HEAD_INNER = (
    "---------- Forwarded message ---------\n"
    "From: Ece Demir <ece.demir@crm-istanbul.example>\n"
    "Date: Fri, Oct 9, 2026 at 9:41 AM\n"
    "Subject: Event created: Interview - Sales Specialist\n"
    "To: Alex Morgan <alex.morgan@mailbox.example>\n\n"
)
_HEAD_OUTER = (
    "---------- Forwarded message ---------\n"
    "From: Alex Morgan <alex.morgan@mailbox.example>\n"
    "Date: Fri, Oct 9, 2026 at 10:46 AM\n"
    "Subject: Fwd: Event created: Interview - Sales Specialist\n"
    "To: Sam Lee <sam.lee@mailbox.example>\n\n"
    "Interview info.\n\n"
)


def _mail(subject: str, plain: str, html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Lee <sam.lee@mailbox.example>"
    message["To"] = "in+inbox@afterview.example"
    message["Subject"] = subject
    message["Date"] = "Sat, 10 Oct 2026 12:03:00 +0300"
    message.set_content(plain)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()


def test_forward_of_a_forward_whose_html_shows_one_block_keeps_the_range() -> None:
    # The plain part shows both header blocks; the HTML (the client kept only the innermost
    # message's markup) one. Counting two blocks in the HTML too made every line of the
    # message a forwarder's note, and "11:00 AM to 11:45 AM" a move to 11:45.
    plain = _HEAD_OUTER + _HEAD_INNER + _INNER
    html = "<div>" + (_HEAD_INNER + _INNER).replace("\n", "<br>\n") + "</div>"
    once = parse_message(
        _mail("Fwd: Event created: Interview - Sales Specialist", _HEAD_INNER + _INNER)
    )
    twice = parse_message(
        _mail("Fwd: Fwd: Event created: Interview - Sales Specialist", plain, html)
    )
    assert once.start is not None
    assert once.start.isoformat() == "2026-10-14T11:00:00+03:00"
    assert twice.start == once.start
    assert twice.end == once.end
    assert twice.end is not None
    assert twice.end.isoformat() == "2026-10-14T11:45:00+03:00"


def test_forward_header_naming_a_newsletter_sender_does_not_make_the_mail_bulk() -> None:
    # "From: Career-Newsletter North <newsletter@…>" in the forward's header block is not
    # the message: sent directly, the same mail names its sender only in the envelope.
    body = (
        "Dear applicant,\n\nwe invite you to our career fair on Tuesday, 10 November 2026"
        " from 10:00 to 16:00 at the Riverside Hall, where you can meet our hiring team.\n"
    )
    head = (
        "---------- Forwarded message ---------\n"
        "From: Career-Newsletter North <newsletter@careers-north.example>\n"
        "Date: Sun, Oct 25, 2026 at 10:00 AM\n"
        "Subject: Invitation: career fair 2026\n"
        "To: Alex Morgan <alex.morgan@mailbox.example>\n\n"
    )
    direct = EmailMessage()
    direct["From"] = "Career-Newsletter North <newsletter@careers-north.example>"
    direct["To"] = "alex.morgan@mailbox.example"
    direct["Subject"] = "Invitation: career fair 2026"
    direct["Date"] = "Sun, 25 Oct 2026 10:00:00 +0300"
    direct.set_content(body)
    first = parse_message(direct.as_bytes())
    forwarded = parse_message(_mail("Fwd: Invitation: career fair 2026", head + body))
    # a career fair is a public event: no invitation, its time kept for review (fields24)
    assert first.kind == "not_invitation"
    assert first.start is not None
    assert forwarded.kind == first.kind
    assert forwarded.start == first.start
    assert forwarded.end == first.end
