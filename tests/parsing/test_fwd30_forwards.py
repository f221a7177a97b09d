"""Forward rules that name the sender, and reply attributions of KMail, Evolution, Roundcube.

Invariants, each on our own short mails (not corpus files):

- Horde IMP writes "----- <Forwarded message from> Name <address> -----" in its languages,
  NeoMutt "----- Forwarded message from Name <address> -----": whatever the block's labels
  (known or not), the forwarded sender is that address and the forwarded Date anchors the
  original's "tomorrow".
- A dashed line naming an address with no header block below it changes nothing.
- KMail's replies "Am <date> <time> schrieben Sie:" and "Le <date> <time>, vous avez écrit :"
  head quoted mail: their own date is never the slot.
- Evolution's "On Thu, 2026-12-03 at 14:00 +0000, Hannah Moore wrote:" and Roundcube's
  "On 2026-12-03 14:00, Hannah Moore wrote:" name the quoted author without an address: a
  reply greeting that author is the reader's own, not mail to someone else; a greeting of
  anyone else still is.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import is_reply_header

USER = "Kaisa Rebane <kaisa.rebane@mail.example.ee>"


def _mail(body: str, subject: str, date: str, sender: str = USER) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Afterview <in@afterview.example>"
    message["Subject"] = subject
    message["Date"] = date
    message.set_content(body)
    return bytes(message)


def _horde(title: str, labels: tuple[str, str, str, str], original: str, note: str) -> str:
    date, frm, subject, to = labels
    rows = [
        (date, "Mon, 16 Nov 2026 17:40:00 +0000"),
        (frm, "Laura Finch <laura.finch@northgate-labs.example.com>"),
        (subject, "Interview tomorrow"),
        (to, USER),
    ]
    width = max(len(label) for label, _ in rows) + 2
    block = "".join(f"{(label + ': ').rjust(width)}{value}\n" for label, value in rows)
    sender = "Laura Finch <laura.finch@northgate-labs.example.com>"
    return (
        f"{note}\n\n----- {title.replace('%s', sender)} -----\n{block}\n{original}\n\n"
        "----- End -----\n"
    )


ORIGINAL = (
    "Hi Kaisa,\n\nCould you join us tomorrow at 11:00 (UK time) for a 30-minute call with the"
    " hiring manager?\n\nThanks,\nLaura"
)
# Labels of languages the parser has no list for; the rule names the sender
HORDE_LIKE = [
    ("Edastatud kiri %s'lt", ("Kuupäev", "Kellelt", "Teema", "Kellele")),
    ("Persiųstas laiškas nuo %s", ("Data", "Nuo", "Tema", "Kam")),
    ("Posredovano sporočilo od %s", ("Datum", "Od", "Zadeva", "Za")),
    ("Forwarded message from %s", ("Date", "From", "Subject", "To")),
]


@pytest.mark.parametrize(("title", "labels"), HORDE_LIKE)
def test_sender_rule_block_gives_the_sender_and_anchors_tomorrow(
    title: str, labels: tuple[str, str, str, str]
) -> None:
    # forwarded the next morning: "tomorrow" is the Tuesday after the forwarded Date
    raw = _mail(
        _horde(title, labels, ORIGINAL, "Vaata seda."),
        "Fwd: Interview tomorrow",
        "Tue, 17 Nov 2026 08:05:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.original_sender == "laura.finch@northgate-labs.example.com"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-11-17T11:00:00+00:00"


_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüõšž", min_size=3, max_size=10).map(
    str.capitalize
)


@settings(max_examples=25, deadline=None)
@given(date=_LABEL, frm=_LABEL, subject=_LABEL, to=_LABEL, word=_LABEL)
def test_any_labels_under_a_sender_rule_give_the_sender(
    date: str, frm: str, subject: str, to: str, word: str
) -> None:
    raw = _mail(
        _horde(f"{word} %s", (date, frm, subject, to), ORIGINAL, ""),
        "Fwd: Interview tomorrow",
        "Mon, 16 Nov 2026 19:00:00 +0200",
    )
    assert parse_message(raw).original_sender == "laura.finch@northgate-labs.example.com"


def test_dashed_line_with_an_address_and_no_block_changes_nothing() -> None:
    body = (
        "Hi Kaisa,\n\nWe'd like to invite you to an interview on Thursday 26 November 2026 at"
        " 14:00 CET.\n\n-- Laura Finch <laura.finch@northgate-labs.example.com> --\n"
        "Room: 3.12\nPhone: +44 20 7946 0000\n"
    )
    parsed = parse_message(
        _mail(
            body,
            "Interview invitation",
            "Mon, 16 Nov 2026 10:00:00 +0100",
            "Laura Finch <laura.finch@northgate-labs.example.com>",
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-11-26T14:00:00+01:00"


@pytest.mark.parametrize(
    "line",
    [
        "Am Montag, 30. November 2026 10:05:00 CET schrieben Sie:",
        "Am Dienstag, 1. Dezember 2026, 16:40:12 CET schrieben Sie:",
        "Le lundi 30 novembre 2026 10:05:00 Léa Brandt, vous avez écrit :",
        "Le mardi 1 décembre 2026 16:40, vous avez écrit :",
    ],
)
def test_kmail_you_wrote_attribution_heads_a_quote(line: str) -> None:
    assert is_reply_header(line)


def test_kmail_french_reply_attribution_date_is_not_the_slot() -> None:
    body = (
        "Le lundi 30 novembre 2026 10:05:00 Léa Brandt, vous avez écrit :\n"
        "> Bonjour Kaisa,\n>\n> nous vous proposons un entretien le mercredi 9 décembre à"
        " 11h00 dans nos locaux.\n>\n> Cordialement,\n> Léa Brandt\n\n"
        "Bonjour Léa,\n\nmercredi à 11h00 me convient très bien.\n\nKaisa\n"
    )
    parsed = parse_message(_mail(body, "Re: Entretien", "Mon, 30 Nov 2026 12:46:00 +0100"))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-09T11:00:00"


def test_kmail_reply_attribution_date_is_not_the_slot() -> None:
    body = (
        "Am Montag, 30. November 2026 10:05:00 CET schrieben Sie:\n"
        "> Hallo Frau Rebane,\n>\n> wir würden Sie gern am Mittwoch, 9. Dezember, um 11:00 Uhr"
        " in Köln begrüßen. Passt Ihnen das?\n>\n> Viele Grüße\n> Lea Brandt\n\n"
        "Hallo Frau Brandt,\n\nMittwoch um 11:00 Uhr passt mir gut.\n\nViele Grüße\nKaisa Rebane\n"
    )
    parsed = parse_message(_mail(body, "Re: Gesprächstermin", "Mon, 30 Nov 2026 12:46:00 +0100"))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-09T11:00:00+01:00"


ATTRIBUTIONS = [
    "On Thu, 2026-12-03 at 14:00 +0000, Hannah Moore wrote:",  # Evolution
    "On 2026-12-03 14:00, Hannah Moore wrote:",  # Roundcube (en_US mailreplyintro)
]
QUOTE = (
    "> Dear Kaisa,\n>\n> We'd like to invite you to interview on Wednesday 16 December at"
    " 9:30am at our Leeds office.\n>\n> Kind regards,\n> Hannah\n"
)


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_reply_greeting_the_quoted_author_is_the_readers_own(attribution: str) -> None:
    body = (
        "Dear Hannah,\n\nThank you, I'm happy to confirm Wednesday at 9:30am.\n\n"
        f"Best wishes,\nKaisa\n\n{attribution}\n{QUOTE}"
    )
    parsed = parse_message(
        _mail(body, "Re: Interview invitation", "Thu, 03 Dec 2026 15:10:00 +0000")
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    # no zone is stated: the wall-clock time is what the quote says
    assert parsed.start.replace(tzinfo=None).isoformat() == "2026-12-16T09:30:00"
    assert not any("greets someone else" in note for note in parsed.warnings)


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_reply_greeting_someone_else_is_still_theirs(attribution: str) -> None:
    body = (
        "Dear Samuel,\n\nThank you, I'm happy to confirm Wednesday at 9:30am.\n\n"
        f"Best wishes,\nKaisa\n\n{attribution}\n{QUOTE}"
    )
    parsed = parse_message(
        _mail(body, "Re: Interview invitation", "Thu, 03 Dec 2026 15:10:00 +0000")
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
