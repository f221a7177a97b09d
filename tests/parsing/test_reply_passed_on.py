"""A user who hits Reply instead of Forward and sends the mail to Afterview passes it on: the
Outlook block under "RE:" is then the mail they received, not older mail of a conversation.
A real reply (sent back to whom it answers) keeps its quoted mail as history.

Every mail here is written for the test.
"""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message

BODY = (
    "{note}\n\n"
    "________________________________\n"
    "From: Nora Quist <nora.quist@fjordtech.example.no>\n"
    "Sent: Monday, December 7, 2026 10:40\n"
    "To: Sam Lee <sam.lee@mailbox.example>\n"
    "Subject: Interview at Fjordtech\n\n"
    "Hi Sam,\n\n"
    "We would like to invite you to an interview on Thursday 10 December 2026 at 14:00 CET "
    "at our Oslo office.\n\n"
    "Best regards,\nNora\n"
)


def _reply(to: str, note: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Lee <sam.lee@mailbox.example>"
    message["To"] = to
    message["Date"] = "Mon, 07 Dec 2026 11:02:00 +0100"
    message["Subject"] = "RE: Interview at Fjordtech"
    message.set_content(BODY.format(note=note))
    return bytes(message)


def test_a_reply_sent_on_to_afterview_passes_the_invitation_on() -> None:
    parsed = parse_message(
        _reply("Afterview <in+inbox@afterview.example>", "Here is the invite, please add it.")
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 14)
    assert parsed.confidence >= 0.5
    assert parsed.original_sender == "nora.quist@fjordtech.example.no"


def test_a_real_reply_keeps_the_quoted_invitation_as_history() -> None:
    parsed = parse_message(
        _reply("Nora Quist <nora.quist@fjordtech.example.no>", "Thank you, Thursday works.")
    )
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)
