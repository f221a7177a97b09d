"""HTML-only replies keep their quote levels; Roundcube's reply intros head quotes.

Invariants, on our own short mails (not corpus files):

- In an HTML-only mail, lines inside a <blockquote> that an attribution heads ("On …, X
  wrote:") get "> " once per level, as a plain part shows them: the newest mail of a
  bottom-posted thread (written after the blockquote) sets the slot, and the quoted
  proposals below do not.
- A mail with a plain part is converted as before (its plain part shows the quotes), and a
  blockquote no attribution heads (Apple Mail's forward) passes its message on unquoted.
- Roundcube's reply intros in Danish/Norwegian ("X skrev den 2026-12-02 10:00:"), Greek
  ("Στις …, X έγραψε:") and Romanian ("În …, X a scris:") head quoted mail; their date is
  never the slot.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import is_reply_header
from service.parsing.text import html_to_text


def _reply_html(intro: str, quoted: str, new: str) -> str:
    # Roundcube's HTML reply (reply_mode 0): intro, the earlier mail in a blockquote, then
    # the new text below
    return f'<p id="reply-intro">{intro}</p><blockquote>{quoted}</blockquote><p><br/></p>{new}'


def _mail(html: str, plain: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Jonas Weber <jonas.weber@northgate-labs.example.com>"
    message["To"] = "Afterview <in@afterview.example>"
    message["Subject"] = "Re: Interview slots"
    message["Date"] = "Tue, 01 Dec 2026 15:22:00 +0000"
    if plain is not None:
        message.set_content(plain)
        message.add_alternative(html, subtype="html")
    else:
        message.set_content(html, subtype="html")
    return bytes(message)


FIRST = (
    "<p>Dear Kaisa,</p><p>We could offer Wednesday 9 December at 10:00 or Thursday 10"
    " December at 14:00 (UK time).</p><p>Jonas</p>"
)
SECOND = _reply_html(
    "On 2026-12-01 10:00, Jonas Weber wrote:",
    FIRST,
    "<p>Dear Jonas,</p><p>Thursday would suit me best.</p><p>Kaisa</p>",
)
THREAD = _reply_html(
    "On 2026-12-01 12:41, Kaisa Rebane wrote:",
    SECOND,
    "<p>Dear Kaisa,</p><p>Confirmed: Thursday 10 December at 14:00 UK time, one hour.</p>"
    "<p>Jonas</p>",
)


def test_blockquote_levels_become_quote_marks() -> None:
    text = html_to_text(THREAD, quotes=True)
    lines = [line for line in text.splitlines() if line.strip()]
    assert any(line.startswith(">> ") and "We could offer" in line for line in lines)
    assert any(line.startswith("> ") and "Thursday would suit" in line for line in lines)
    assert any(line.startswith("Confirmed:") for line in lines)
    assert "\ue001" not in text
    assert "\ue002" not in text


@settings(max_examples=25, deadline=None)
@given(
    depth=st.integers(min_value=1, max_value=6),
    words=st.from_regex(r"[a-z]{3,8}", fullmatch=True),
)
def test_nesting_depth_is_kept(depth: int, words: str) -> None:
    opening = "<p>On 2026-12-01 10:00, Jonas Weber wrote:</p><blockquote>"
    html = opening * depth + f"<p>{words}</p>" + "</blockquote>" * depth + "<p>tail</p>"
    lines = [line for line in html_to_text(html, quotes=True).splitlines() if line.strip()]
    assert f"{'>' * depth} {words}" in lines
    assert "tail" in lines


def test_forwarded_message_in_a_blockquote_is_not_quoted() -> None:
    # Apple Mail forwards in <blockquote type="cite"> below "Begin forwarded message:": the
    # message is passed on, not quoted
    html = (
        '<div>fyi</div><div><br><blockquote type="cite"><div>Begin forwarded message:</div>'
        "<div><b>From:</b> Jonas Weber &lt;jonas.weber@northgate-labs.example.com&gt;</div>"
        "<div>Interview on Thursday 10 December at 14:00</div></blockquote></div>"
    )
    text = html_to_text(html, quotes=True)
    assert not any(line.startswith(">") for line in text.splitlines())


def test_without_quotes_the_text_is_as_before() -> None:
    assert ">" not in html_to_text(THREAD)


def test_html_only_thread_takes_the_newest_mails_slot() -> None:
    parsed = parse_message(_mail(THREAD))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T14:00:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "Camilla Berg skrev den 2026-12-02 10:00:",
        "Ola Nordmann skrev den 2026-12-02 10:00:",
        "Στις 2026-12-01 11:00, Νίκος Γεωργίου έγραψε:",
        "În 2026-12-01 10:00, Mihai Popa a scris:",
    ],
)
def test_roundcube_reply_intros_head_a_quote(line: str) -> None:
    assert is_reply_header(line)


def test_danish_intro_date_is_not_the_slot() -> None:
    thread = _reply_html(
        "Camilla Berg skrev den 2026-12-02 10:00:",
        "<p>Hej Freja</p><p>Vi har booket din samtale mandag den 14. december kl. 9.00.</p>",
        "<p>Hej Freja</p><p>Samtalen er nu flyttet til mandag den 14. december kl. 15.00.</p>",
    )
    parsed = parse_message(_mail(thread))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-14T15:00:00"
