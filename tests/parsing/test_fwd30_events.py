"""A Greek seminar or online/information event is a public event, not the reader's interview.

Invariant, on our own short mails: a forwarded Greek webinar, seminar or information event
("διαδικτυακό σεμινάριο", "σεμινάριο", "ενημερωτική/διαδικτυακή εκδήλωση") with a day and a
time is never claimed as an invitation with confidence >= 0.5, even when its title names the
interview; a Greek interview invitation stays one.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message


def _forward(body: str, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Eleni Papadaki <eleni.papadaki@mail.example.gr>"
    message["To"] = "Afterview <in@afterview.example>"
    message["Subject"] = f"Fwd: {subject}"
    message["Date"] = "Mon, 09 Nov 2026 14:00:00 +0200"
    message.set_content(
        "Ίσως το δω.\n\n---------- Forwarded message ---------\n"
        "From: Ομάδα Καριέρας <team@kariera-portal.example.gr>\n"
        "Date: Mon, 9 Nov 2026 at 12:00\n"
        f"Subject: {subject}\nTo: Eleni Papadaki <eleni.papadaki@mail.example.gr>\n\n{body}\n"
    )
    return bytes(message)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Δωρεάν διαδικτυακό σεμινάριο",
            "Γεια σας,\n\nΣας προσκαλούμε στο δωρεάν διαδικτυακό σεμινάριο «Η πρώτη σας"
            " συνέντευξη» την Τετάρτη 18 Νοεμβρίου στις 19:00.\n\nΕγγραφή: https://kariera-"
            "portal.example.gr/s",
        ),
        (
            "Σεμινάριο βιογραφικού",
            "Αγαπητοί,\n\nΤο σεμινάριο για το βιογραφικό και τη συνέντευξη θα γίνει την Πέμπτη"
            " 19 Νοεμβρίου, 17:00-19:00, στην αίθουσα 4.\n\nΗ ομάδα",
        ),
        (
            "Ενημερωτική εκδήλωση",
            "Σας περιμένουμε στην ενημερωτική εκδήλωση για το πρόγραμμα νέων αποφοίτων την"
            " Παρασκευή 20 Νοεμβρίου στις 18:00.\n\nΗ ομάδα",
        ),
    ],
)
def test_greek_public_event_is_not_claimed(subject: str, body: str) -> None:
    parsed = parse_message(_forward(body, subject))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_greek_interview_invitation_stays_one() -> None:
    body = (
        "Αγαπητή κυρία Παπαδάκη,\n\nΣας προσκαλούμε σε συνέντευξη για τη θέση Λογίστριας την"
        " Τρίτη 17 Νοεμβρίου 2026 στις 12:00 στα γραφεία μας.\n\nΜε εκτίμηση,\nΤμήμα"
        " Προσωπικού"
    )
    parsed = parse_message(_forward(body, "Πρόσκληση σε συνέντευξη"))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-11-17T12:00:00"
