"""The outbox's mail bytes read back as what was written, in any language, at any length."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.outbox import SUBJECT_LIMIT, one_line
from service.outbox.smtp import render_message

# Text as people write it: any printable character, line breaks of both kinds, long lines.
CHARACTERS = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029"
)
TEXT = st.lists(
    st.text(CHARACTERS, max_size=300) | st.sampled_from(["\n", "\r\n", " ", "\t", "."]),
    max_size=20,
).map("".join)
ONE_LINE = st.text(CHARACTERS, max_size=250).map(lambda text: one_line(text, SUBJECT_LIMIT))


def _as_read(text: str) -> str:
    """Lines as a mail client shows them: the same whatever the line ends."""
    return text.replace("\r\n", "\n")


@settings(max_examples=150, deadline=None)
@given(subject=ONE_LINE, text=TEXT, html=TEXT)
def test_a_rendered_mail_reads_back_as_written(subject: str, text: str, html: str) -> None:
    raw = render_message(
        sender="Afterview <afterview@example.org>",
        to="ana@example.com",
        subject=subject,
        text=text,
        html=html,
        message_id="<n1@afterview.invalid>",
    )
    assert raw.isascii()
    longest = max(raw.split(b"\r\n"), key=len)
    assert len(longest) <= 998, longest[:200]  # RFC 5321 limit
    assert b"\n" not in raw.replace(b"\r\n", b"")  # no bare line feed
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    assert message["Subject"] == subject
    assert message["Message-ID"] == "<n1@afterview.invalid>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["To"] == "ana@example.com"
    plain = message.get_body(("plain",))
    assert plain is not None
    assert _as_read(plain.get_content()) == _as_read(text)
    rich = message.get_body(("html",))
    if html:
        assert rich is not None
        assert _as_read(rich.get_content()) == _as_read(html)
    else:
        assert rich is None


def test_a_line_break_in_a_header_value_is_refused() -> None:
    for field in ("to", "subject"):
        values = {"to": "ana@example.com", "subject": "Thank-you due"}
        values[field] += "\r\nBcc: someone@example.net"
        named = "recipient" if field == "to" else field
        with pytest.raises(ValueError, match=named):
            render_message(sender="a@example.org", text="x", html="", message_id="<m@x>", **values)
