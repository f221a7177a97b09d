"""The reader's own reply, copied to Afterview, greets the one whose mail it quotes.

A job seeker answers a recruiter ("Hi Harriet, that works for me") and copies the reply to
Afterview; the greeting names the author of the quoted invitation, so it is no sign that the
time belongs to someone else. Seen with Claws Mail's two-line attribution ("Am …" / "schrieb
… :") and SnappyMail's "<who> schreef op …:" (fwd27 batch). Our own short mails.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import answers_greeted


def _mail(top: str, attribution: str, quoted: str, date: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Mia Sand <mia.sand@mail.example.com>"
    message["To"] = "Afterview <in@afterview.example>"
    message["Subject"] = "Re: Interview"
    message["Date"] = date
    quote = "\n".join(f"> {line}".rstrip() for line in quoted.split("\n"))
    message.set_content(f"{top}\n\n{attribution}\n\n{quote}\n")
    return bytes(message)


CASES = [
    (
        "Hi Harriet,\n\nMonday 2pm works for me, see you then!\n\nMia",
        "Harriet Cole <h.cole@ferncastle.example.co.uk> wrote on 4 Dec 2026, 15:05:",
        "Hi Mia,\n\nCould we meet on Monday 14 December 2026, 2:00-2:45 pm GMT on Teams?"
        "\n\nHarriet",
        "Fri, 04 Dec 2026 16:00:00 +0000",
        "2026-12-14T14:00:00+00:00",
    ),
    (
        "Bonjour Monsieur Roche,\n\nC'est noté pour mardi 10h. Merci !\n\nMia",
        "Le Tue, 01 Dec 2026 17:20:00 +0100,\nPaul Roche <p.roche@loire.example.fr> a écrit :",
        "Bonjour Mia,\n\nJe vous propose un entretien le mardi 8 décembre 2026 à 10h00"
        " (heure de Paris).\n\nPaul Roche",
        "Tue, 01 Dec 2026 18:00:00 +0100",
        "2026-12-08T10:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("top", "attribution", "quoted", "date", "start"), CASES)
def test_reply_greeting_the_quoted_author_keeps_the_slot(
    top: str, attribution: str, quoted: str, date: str, start: str
) -> None:
    parsed = parse_message(_mail(top, attribution, quoted, date))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
    assert not any("greets someone else" in warning for warning in parsed.warnings)


def test_greeting_someone_not_quoted_is_still_someone_else() -> None:
    raw = _mail(
        "Hi Jonas,\n\nFriday 10:00 is your slot, see you then.\n\nMia",
        "Harriet Cole <h.cole@ferncastle.example.co.uk> wrote on 4 Dec 2026, 15:05:",
        "Hi Mia, any news?",
        "Fri, 04 Dec 2026 16:00:00 +0000",
    )
    parsed = parse_message(raw)
    assert parsed.confidence < 0.5 or parsed.kind != "invitation"


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(["Harriet", "Paul", "Anna", "Kacper", "Lotte"]),
    last=st.sampled_from(["Cole", "Roche", "Lindner", "Kubiak", "Vermeulen"]),
    hello=st.sampled_from(["Hi", "Hello", "Dear", "Hallo", "Bonjour", "Hola", "Beste"]),
    use_last=st.booleans(),
)
def test_answers_greeted_matches_the_attribution(
    first: str, last: str, hello: str, use_last: bool
) -> None:
    authors = frozenset({first.lower(), last.lower()})
    name = last if use_last else first
    assert answers_greeted(f"{hello} {name},\n\nfine for me.", authors)
    assert not answers_greeted(f"{hello} Zygmunt,\n\nfine for me.", authors)
    assert not answers_greeted(f"{hello} {name},\n\nfine for me.", frozenset())
