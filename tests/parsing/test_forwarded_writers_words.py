"""What the writer of a forwarded mail says of themselves stays theirs once the user passes it
on: a relative's "my interview is confirmed for …" and a Japanese out-of-office whose only
mark left after forwarding is its bracketed subject ("【自動返信】") set no interview for the
reader, while the user's own "my interview" in the note above a forward is the reader's.

Every mail here is written for the test; the forwards are made by tests/parsing/wrappers.py.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message
from tests.parsing.wrappers import LANGUAGES, Wrapper

INVITATION_KINDS = {"invitation", "reschedule", "cancellation"}


def _mail(sender: str, subject: str, body: str, date: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = date
    message["Subject"] = subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


COUSIN = _mail(
    "Arjun Rao <arjun.rao@mailbox.example>",
    "Coming to Bengaluru - can I crash at yours?",
    "Hey Sam,\n\nMy interview at Nilgiri Systems is confirmed for 22nd Feb, 11 AM, at their "
    "Whitefield office. Can I stay at your place the night before? I'll take the overnight "
    "bus.\n\nArjun\n",
    "Mon, 08 Feb 2027 19:12:00 +0530",
)

AWAY = _mail(
    "Kato Yui <kato.yui@hikari-soft.example.jp>",
    "【自動返信】Re: 二次面接の日程について",
    "メールありがとうございます。\n\n2月8日(月)から2月12日(金)まで休暇のため不在です。"
    "2月15日(月)10時以降に順次お返事いたします。\n\n株式会社ひかりソフト 加藤\n",
    "Mon, 08 Feb 2027 09:03:00 +0900",
    Auto_Submitted="auto-replied",
)

FORWARDS = [
    Wrapper(client=client, language=language, note="none", encoding="quoted-printable", crlf=False)
    for client in ("gmail", "outlook", "apple")
    for language in LANGUAGES[:3]
]


def _sure_invitation(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in INVITATION_KINDS and parsed.confidence >= 0.5


@pytest.mark.parametrize("raw", [COUSIN, AWAY], ids=["cousin", "away"])
def test_read_directly_nothing_is_claimed(raw: bytes) -> None:
    assert not _sure_invitation(raw)


@pytest.mark.parametrize("wrapper", FORWARDS, ids=lambda w: f"{w.client}-{w.language}")
def test_a_relatives_own_interview_stays_theirs_when_forwarded(wrapper: Wrapper) -> None:
    wrapped = wrapper(COUSIN)
    assert wrapped is not None
    parsed = parse_message(wrapped)
    assert not _sure_invitation(wrapped), parsed.warnings
    assert any("someone else" in note for note in parsed.warnings)


@pytest.mark.parametrize("wrapper", FORWARDS, ids=lambda w: f"{w.client}-{w.language}")
def test_a_forwarded_bracketed_out_of_office_sets_nothing(wrapper: Wrapper) -> None:
    wrapped = wrapper(AWAY)
    assert wrapped is not None
    assert not _sure_invitation(wrapped), parse_message(wrapped).warnings


def test_the_users_own_note_about_my_interview_is_theirs() -> None:
    """Above a forward, "my interview" is the user's: their time is read and is sure."""
    message = EmailMessage()
    message["From"] = "Sam Lee <sam.lee@mailbox.example>"
    message["To"] = "in+inbox@afterview.example"
    message["Date"] = "Tue, 09 Feb 2027 08:00:00 +0000"
    message["Subject"] = "Fwd: Next steps"
    message.set_content(
        "My interview with Hollis & Grey is on Thursday 11 February at 2pm GMT, see below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Dana Hollis <dana@hollisgrey.example.co.uk>\n"
        "Date: Mon, Feb 8, 2027 at 4:10 PM\n"
        "Subject: Next steps\n"
        "To: Sam Lee <sam.lee@mailbox.example>\n\n"
        "Hi Sam,\n\nThanks for your time on the phone. The second interview will be with our "
        "CTO; I'll send the details shortly.\n\nDana\n"
    )
    parsed = parse_message(bytes(message))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (11, 14)
    assert parsed.confidence >= 0.5
