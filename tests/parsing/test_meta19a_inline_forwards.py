"""An inline forward must read like the mail it passes on: the zone a mail that names none
means is its writer's, so the forwarder's country (a recruiter at a .de address passing a
candidate's reply on) must not name one the original did not."""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message

BODY = (
    "Hello Mira,\n\n"
    "Thank you for the invitation. Could we meet on Thursday, 18 March 2027 at 14:30\n"
    "for the interview instead? I will come to your office.\n\n"
    "Best regards,\nJonas Ferrell\n"
)


def _direct() -> bytes:
    message = EmailMessage()
    message["From"] = "Jonas Ferrell <jonas.ferrell@mailbox.example>"
    message["To"] = "Mira Oswin <mira.oswin@halden-werk.example.de>"
    message["Subject"] = "Interview time"
    message["Date"] = "Wed, 10 Mar 2027 12:03:00 +0100"
    message.set_content(BODY)
    return bytes(message)


def _forwarded(client: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Mira Oswin <mira.oswin@halden-werk.example.de>"
    message["To"] = "in+inbox@afterview.example"
    message["Subject"] = "Fwd: Interview time"
    message["Date"] = "Thu, 11 Mar 2027 14:20:00 +0100"
    if client == "gmail":
        head = (
            "---------- Forwarded message ---------\n"
            "From: Jonas Ferrell <jonas.ferrell@mailbox.example>\n"
            "Date: Wed, Mar 10, 2027 at 12:03 PM\n"
            "Subject: Interview time\n"
            "To: Mira Oswin <mira.oswin@halden-werk.example.de>\n\n"
        )
    else:
        head = (
            "________________________________\n"
            "From: Jonas Ferrell <jonas.ferrell@mailbox.example>\n"
            "Sent: Wednesday, March 10, 2027 12:03 PM\n"
            "To: Mira Oswin <mira.oswin@halden-werk.example.de>\n"
            "Subject: Interview time\n\n"
        )
    message.set_content(head + BODY)
    return bytes(message)


def test_forward_keeps_the_writers_zone_not_the_forwarders_country() -> None:
    direct = parse_message(_direct())
    assert str(direct.start).startswith("2027-03-18 14:30")
    for client in ("gmail", "outlook"):
        forwarded = parse_message(_forwarded(client))
        assert forwarded.kind == direct.kind
        assert forwarded.start == direct.start
        assert forwarded.timezone == direct.timezone, client


def test_forwarded_writer_with_a_country_still_names_it() -> None:
    raw = _forwarded("gmail").replace(b"mailbox.example>", b"ferrell-atelier.example.fr>")
    assert parse_message(raw).timezone == "Europe/Paris"


def test_reply_over_a_quoted_header_block_keeps_the_repliers_country() -> None:
    """ "Vs:" is a forward in Norwegian and a reply in Finnish: a replier who sets the slot
    above the quoted block is the writer whose zone it is."""
    message = EmailMessage()
    message["From"] = "Aava Lindqvist <aava.lindqvist@kallio-data.example.fi>"
    message["To"] = "Jonas Ferrell <jonas.ferrell@mailbox.example>"
    message["Subject"] = "Vs: Haastattelu"
    message["Date"] = "Thu, 27 May 2027 11:03:00 +0300"
    message.set_content(
        "Hei Jonas,\n\nsovitaan siis tiistaiksi 1.6. klo 14.00. Tervetuloa toimistollemme!\n\n"
        "Terveisin\nAava\n\n"
        "________________________________\n"
        "From: Jonas Ferrell <jonas.ferrell@mailbox.example>\n"
        "Sent: Wednesday, May 26, 2027 4:10 PM\n"
        "To: Aava Lindqvist <aava.lindqvist@kallio-data.example.fi>\n"
        "Subject: Haastattelu\n\n"
        "Hei Aava, tiistai sopii minulle hyvin.\n"
    )
    assert parse_message(bytes(message)).timezone == "Europe/Helsinki"
