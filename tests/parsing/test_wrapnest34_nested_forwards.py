"""A thread that nests its quotes in HTML reads the same when a client forwards it with a plain
alternative that lost the "> " marks.

Roundcube and Thunderbird send a bottom-posted thread as HTML only: each reply sits below a
<blockquote> headed by "On …, X wrote:", the newest one last, outside every quote. Gmail (and
other clients) forwarding it write a plain alternative from that HTML in which the quote levels
are gone, so the newest reply ran on below "X wrote:" as if it were quoted earlier mail: the
user saw "the only time found is in quoted earlier mail" instead of the confirmed slot. The
HTML twin still tells which part is quoted. Where there is no HTML twin (Outlook's plain
"-----Original Message-----" forward, a forward written as a quote), the attributions stacked
on each other with no deeper "> " line below them tell that the levels were lost, and the
text under them is not all read as quoted mail.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from service.parsing import parse_message
from tests.parsing.wrappers import Wrapper

_EN = (
    "<html><body><p>-------- Original Message --------</p><table><tbody>"
    "<tr><th>Subject: </th><td>Re: Interview</td></tr>"
    "<tr><th>Date: </th><td>2026-11-24 15:22</td></tr>"
    "<tr><th>From: </th><td>Nadia Brook &lt;nadia.brook@quillfield-labs.example.com&gt;</td></tr>"
    "<tr><th>To: </th><td>Tom Avery &lt;tom.avery@mail.example.org&gt;</td></tr>"
    "</tbody></table><br>"
    '<p id="reply-intro">On 2026-11-24 12:41, Tom Avery wrote:</p><blockquote>'
    '<p id="reply-intro">On 2026-11-24 10:00, Nadia Brook wrote:</p><blockquote>'
    "<p>Hi Tom,</p><p>We have booked your interview for Tuesday 1 December at 9:00.</p>"
    "<p>Nadia</p></blockquote><p><br/></p><p>Hi Nadia,</p>"
    "<p>Could we move it to the afternoon? I have a lecture in the morning.</p><p>Tom</p>"
    "</blockquote><p><br/></p><p>Hi Tom,</p>"
    "<p>Of course. Your interview is now moved to Tuesday 1 December at 15:00.</p>"
    "<p>Nadia</p></body></html>"
)
_DE = (
    "<html><body><p>-------- Ursprüngliche Nachricht --------</p><table><tbody>"
    "<tr><th>Betreff: </th><td>Re: Vorstellungsgespräch</td></tr>"
    "<tr><th>Datum: </th><td>2026-11-24 15:22</td></tr>"
    "<tr><th>Von: </th><td>Jana Wolter &lt;j.wolter@kranich-werke.example.de&gt;</td></tr>"
    "<tr><th>An: </th><td>Lukas Brandt &lt;lukas.brandt@post.example.de&gt;</td></tr>"
    "</tbody></table><br>"
    '<p id="reply-intro">Am 2026-11-24 12:41, schrieb Lukas Brandt:</p><blockquote>'
    '<p id="reply-intro">Am 2026-11-24 10:00, schrieb Jana Wolter:</p><blockquote>'
    "<p>Hallo Herr Brandt,</p><p>Wir können Ihnen Mittwoch, 2. Dezember um 10:00 Uhr oder"
    " Donnerstag, 3. Dezember um 14:00 Uhr anbieten.</p><p>Jana Wolter</p></blockquote>"
    "<p><br/></p><p>Hallo Frau Wolter,</p><p>Donnerstag um 14:00 Uhr passt mir am besten.</p>"
    "<p>Lukas Brandt</p></blockquote><p><br/></p><p>Hallo Herr Brandt,</p>"
    "<p>Bestätigt: Donnerstag, 3. Dezember um 14:00 Uhr, eine Stunde, bei uns in Köln.</p>"
    "<p>Jana Wolter</p></body></html>"
)


def _thread(html: str, sender: str, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Afterview <in+inbox@afterview.example>"
    message["Date"] = "Tue, 24 Nov 2026 18:03:00 +0100"
    message["Subject"] = subject
    message.set_content(html, subtype="html")
    return bytes(message)


def _reading(raw: bytes) -> tuple[object, ...]:
    parsed = parse_message(raw)
    return parsed.kind, parsed.start, parsed.confidence >= 0.5


EN = _thread(_EN, "Tom Avery <tom.avery@mail.example.org>", "Fwd: Re: Interview")
DE = _thread(_DE, "Lukas Brandt <lukas.brandt@post.example.de>", "Fwd: Re: Vorstellungsgespräch")


def test_the_newest_reply_below_a_nested_quote_moves_the_slot() -> None:
    kind, start, claimed = _reading(EN)
    assert kind == "reschedule"
    assert claimed
    assert start is not None
    assert start.replace(tzinfo=None) == datetime(2026, 12, 1, 15, 0)


def test_a_gmail_forward_of_the_html_thread_reads_the_same() -> None:
    for raw in (EN, DE):
        direct = _reading(raw)
        assert direct[2], "the direct reading claims the confirmed slot"
        for language in ("en", "de", "fr"):
            forwarded = Wrapper("gmail", language, note="none")(raw)
            assert forwarded is not None
            assert _reading(forwarded) == direct, language


def test_the_german_thread_confirms_thursday_once_forwarded() -> None:
    forwarded = Wrapper("gmail", "en", note="please")(DE)
    assert forwarded is not None
    parsed = parse_message(forwarded)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_a_plain_forward_that_lost_the_quote_levels_reads_the_same() -> None:
    # (the German thread forwarded as a quote still takes the first offered option: left)
    for raw, clients in ((EN, ("outlook_original", "quoted")), (DE, ("outlook_original",))):
        direct = _reading(raw)
        for client in clients:
            for language in ("en", "fr"):
                forwarded = Wrapper(client, language, note="none")(raw)
                assert forwarded is not None
                assert _reading(forwarded) == direct, client


# The user's own reply, copied to Afterview: it greets the one whose invitation it quotes.
_REPLIES = (
    (
        "Re: Interview - warehouse planner",
        "Dear Mr Okafor,\n\nThat works, see you on Thursday at 2pm. Thank you!\n\nRuth Baines\n\n"
        "On Mon, 30 Nov 2026 16:10:00 +0000,\nDaniel Okafor <d.okafor@brightwell-freight.example"
        ".co.uk> wrote:\n\n> Dear Ruth,\n>\n> We would like to invite you to an interview on"
        " Thursday 10 December 2026 at 14:00 (UK time) at our Leeds office.\n>\n> Kind regards,"
        "\n> Daniel Okafor\n",
        "Ruth Baines <ruth.baines@mail.example.org>",
        ("gmail", "outlook_original"),
    ),
    (
        "Re: Vorstellungsgespräch",
        "Guten Tag Frau Seidel,\n\nDonnerstag um 14 Uhr passt mir gut, bis dann!\n\nMarkus Vogt\n\n"
        "Am Mon, 30 Nov 2026 16:10:00 +0100\nschrieb Ines Seidel <i.seidel@lindenhof-logistik"
        ".example.de>:\n\n> Guten Tag Herr Vogt,\n>\n> wir laden Sie zum Vorstellungsgespräch am"
        " Donnerstag, 10. Dezember 2026 um 14:00 Uhr in Leipzig ein.\n>\n> Mit freundlichen"
        " Grüßen\n> Ines Seidel\n",
        "Markus Vogt <markus.vogt@post.example.de>",
        # (through Gmail, its header's date counts as a second offered day: left)
        ("outlook_original",),
    ),
)


def test_a_forwarded_reply_still_answers_the_one_it_greets() -> None:
    """Passed on inline, the reply's quote keeps its "> " marks below the forward's block, so
    "Dear Mr Okafor" still reads as the reader answering the quoted sender, not as mail
    written to someone else."""
    for subject, body, sender, clients in _REPLIES:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = "Afterview <in+inbox@afterview.example>"
        message["Date"] = "Mon, 30 Nov 2026 19:40:00 +0000"
        message["Subject"] = subject
        message.set_content(body)
        raw = bytes(message)
        direct = _reading(raw)
        assert direct[2], subject
        for client in clients:
            forwarded = Wrapper(client, "en", note="none")(raw)
            assert forwarded is not None
            assert _reading(forwarded) == direct, (subject, client)
