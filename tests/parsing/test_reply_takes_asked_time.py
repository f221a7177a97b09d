"""A reply that takes the one time the quoted mail asks about, in plain text and in HTML.

Mail clients head a quote with an attribution in the user's language, some with the name
first ("Harriet Cole <…> schreef op 4 december 2026 om 16:05:", K-9's and SnappyMail's
Dutch; "… scrive:", "… pisze:", "… napisał/a:"). Unrecognised, an HTML-only reply's
<blockquote> lost its quote marks and the question below read as the reply's own words.
Recognised, the reply "That works for me, see you then!" over "Could we meet on Monday 14
December, 2:00-2:45 pm GMT?" takes that time: an invitation, but one the asker has not
confirmed, so it waits for review; thanks over a time the quoted mail already set are no
new interview.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from service.parsing import parse_message
from service.parsing.lexicon import is_reply_header

ASKED = "Could we meet on Monday 14 December 2026, 2:00-2:45 pm GMT over Teams?"
SET = "Your interview is on Monday 14 December 2026, 2:00-2:45 pm GMT over Teams."

ATTRIBUTIONS = [
    "Harriet Cole <h.cole@ferncastle.example> schreef op 4 december 2026 om 16:05:",
    "Harriet Cole schreef op 4 december 2026 16:05:00 CET:",
    "4 dicembre 2026 16:05, Harriet Cole <h.cole@ferncastle.example> scrive:",
    "W dniu 4.12.2026 o 16:05, Harriet Cole pisze:",
    "Dnia 4 grudnia 2026, Harriet Cole <h.cole@ferncastle.example> napisał/a:",
    "On Fri, 4 Dec 2026 at 16:05, Harriet Cole <h.cole@ferncastle.example> wrote:",
]


@pytest.mark.parametrize("line", ATTRIBUTIONS)
def test_attributions_head_a_quote(line: str) -> None:
    assert is_reply_header(line)


@pytest.mark.parametrize(
    "prose", ["Hij schreef op maandag 4 december:", "Ze schreef op haar blog het volgende:"]
)
def test_prose_with_the_verb_heads_no_quote(prose: str) -> None:
    assert not is_reply_header(prose)


def _reply(attribution: str, quoted: str, *, html: bool) -> bytes:
    message = EmailMessage()
    message["From"] = "Sanne de Groot <sanne@mail.example>"
    message["To"] = "Afterview <in+inbox@afterview.example>"
    message["Date"] = "Fri, 04 Dec 2026 19:12:00 +0100"
    message["Subject"] = "Re: Interview on Monday 14th"
    own = "Hi Harriet,\n\nThat works for me, see you then!\n\nSanne\n\n"
    if html:
        message.set_content(
            "<p>Hi Harriet,</p><p>That works for me, see you then!</p><p>Sanne</p>"
            f"<p>{attribution.replace('<', '&lt;').replace('>', '&gt;')}</p>"
            f"<blockquote><p>Hi Sanne,</p><p>{quoted}</p><p>Harriet</p></blockquote>",
            subtype="html",
        )
    else:
        message.set_content(f"{own}{attribution}\n> Hi Sanne,\n>\n> {quoted}\n>\n> Harriet\n")
    return bytes(message)


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
@pytest.mark.parametrize("attribution", ATTRIBUTIONS[:1] + ATTRIBUTIONS[-1:])
def test_taking_the_asked_time_is_an_invitation_for_review(attribution: str, html: bool) -> None:
    reading = parse_message(_reply(attribution, ASKED, html=html))
    assert reading.kind == "invitation"
    assert reading.start == datetime(2026, 12, 14, 14, tzinfo=UTC)
    assert reading.confidence < 0.5
    assert any("asked for" in warning for warning in reading.warnings)


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_thanks_over_a_set_time_are_no_new_interview(html: bool) -> None:
    reading = parse_message(_reply(ATTRIBUTIONS[0], SET, html=html))
    assert not (reading.kind == "invitation" and reading.confidence >= 0.5)
