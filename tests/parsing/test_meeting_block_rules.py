"""A rule of underscores frames a Teams meeting block as well as older mail.

Outlook writes a line of underscores over the header of the mail a reply quotes ("____" /
"From: …" / "Sent: …"), and also above and below the join details of a Teams meeting it
puts into an invitation's text. Only the first opens quoted mail: the time written under a
meeting block is the new mail's own.
"""

from __future__ import annotations

from service.parsing import parse_message

SENT = "Mon, 01 Mar 2027 09:00:00 +0100"
RULE = "_" * 80
TEAMS = f"{RULE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 123 456 789\nPasscode: abc123\n{RULE}\n"  # noqa: E501
QUOTED_ONLY = "the only time found is in quoted earlier mail"


def _mail(body: str) -> bytes:
    return (
        "From: Jess Alvarez <jess@northwind.example>\r\nTo: Deniz <deniz@example.org>\r\n"
        f"Subject: Interview\r\nDate: {SENT}\r\nMessage-ID: <teams79@northwind.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def test_the_time_below_a_teams_block_is_the_mails_own() -> None:
    body = f"{TEAMS}\nHi Deniz, see you Thursday, March 4, 2027 at 2:00 PM for the interview.\n"
    got = parse_message(_mail(body)).to_json_dict()
    assert got["kind"] == "invitation"
    assert got["start"] == "2027-03-04T14:00:00+01:00"
    assert QUOTED_ONLY not in got["warnings"]


def test_an_outlook_when_line_below_a_teams_block() -> None:
    body = (
        f"Hi Deniz,\n\n{TEAMS}\nWhen: Thursday, March 4, 2027 2:00 PM-3:00 PM (UTC+01:00) "
        "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n\nJess"
    )
    got = parse_message(_mail(body)).to_json_dict()
    assert got["kind"] == "invitation"
    assert got["end"] == "2027-03-04T15:00:00+01:00"


def test_a_rule_over_a_header_still_opens_quoted_mail() -> None:
    body = (
        "Thanks Deniz, noted.\n\nJess\n\n"
        f"{RULE[:32]}\nFrom: Deniz <deniz@example.org>\nSent: Monday, March 1, 2027 8:00 AM\n"
        "To: Jess Alvarez <jess@northwind.example>\nSubject: Interview\n\n"
        "Could we meet Thursday, March 4, 2027 at 2:00 PM instead?\n"
    )
    got = parse_message(_mail(body)).to_json_dict()
    assert got["kind"] != "invitation" or float(got["confidence"]) < 0.5
