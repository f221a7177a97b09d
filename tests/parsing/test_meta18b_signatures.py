"""A sender's footer read through the mail's HTML: the "-- " above a signature must survive
the HTML-to-text step, blocks mail clients mark as the signature are one, and a legal notice in
the firm's house language decides neither the mail's language nor whether its plain part is a
stub. Found with tests/bench/bench_invariance.py (signature, disclaimer, forwarded pretix)."""

from __future__ import annotations

import html
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import detect_language
from service.parsing.text import html_to_text

REJECTION = (
    "Hello Robin,\n\n"
    "Thank you for your interest in the Data Analyst role at Harbourline Example. After careful"
    " review we have decided not to move forward with your application.\n\n"
    "We wish you every success,\nMika"
)
INVITATION = (
    "Hello Robin,\n\n"
    "We would like to invite you to an interview on Thursday 14 January 2027 at 10:30 at our"
    " Lyon office. Please confirm that this time works for you.\n\nBest regards,\nMika"
)
SIGNATURES = [
    "Mika Sorensen\nTalent Partner\nPhone: +33 4 78 00 00 00\nOffice hours: Mon-Thu 9:00-17:30",
    "Mika Sorensen | Recrutement\nTél. : +33 4 78 00 00 00\nHoraires d'ouverture : 8h30-18h",
    "Mika Sorensen\nMobile +49 30 1234567\nSprechzeiten: Di und Do 10:00-12:00 Uhr",
]
NOTICE = (
    "CONFIDENTIALITY NOTICE: this message is intended solely for the addressee. If you have"
    " received this e-mail in error please notify the sender and delete it. Harbourline Example"
    " Ltd, registered in England and Wales No. 07654321, 2 Sample Road, London."
)


def _html(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>\n") + "</p>"


def _mail(plain: str | None, rich: str | None) -> bytes:
    message = EmailMessage()
    message["From"] = "Mika Sorensen <mika@harbourline.example>"
    message["To"] = "Robin Vale <robin@mailbox.example>"
    message["Subject"] = "Your application / Harbourline Example"
    message["Date"] = "Mon, 4 Jan 2027 09:12:00 +0100"
    if plain is not None:
        message.set_content(plain)
        if rich is not None:
            message.add_alternative(rich, subtype="html")
    else:
        message.set_content(rich or "", subtype="html")
    return message.as_bytes()


def _answer(raw: bytes) -> tuple[object, ...]:
    parsed = parse_message(raw)
    return (parsed.kind, parsed.start, parsed.end, parsed.timezone)


@pytest.mark.parametrize(
    "markup",
    [
        "<div>-- <br>\nMika</div>",
        "<div>--&nbsp;<br>Mika</div>",
        "<p>--\xa0</p><p>Mika</p>",
    ],
)
def test_delimiter_keeps_its_space(markup: str) -> None:
    assert "\n-- \n" in "\n" + html_to_text(f"<p>Hello</p>{markup}")


@pytest.mark.parametrize(
    "opening",
    [
        '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">',
        '<div class="moz-signature">',
        '<div id="Signature">',
        '<div id="AppleMailSignature" dir="ltr">',
        '<a name="_MailAutoSig">',
    ],
)
def test_client_signature_blocks_get_a_delimiter(opening: str) -> None:
    text = html_to_text(f"<p>Hello</p>{opening}Mika<br>Phone 0123</div>")
    lines = text.splitlines()
    assert "-- " in lines
    assert lines.index("-- ") < lines.index("Mika")


def test_a_dash_rule_in_prose_stays_as_it_is() -> None:
    assert "-- " not in html_to_text("<p>Thursday -- if it suits you -- at 10:30</p>").split("\n")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.sampled_from([REJECTION, INVITATION]), signature=st.sampled_from(SIGNATURES))
def test_signature_in_html_only_mail_changes_nothing(body: str, signature: str) -> None:
    signed = _html(body) + "<div>-- <br>\n" + html.escape(signature).replace("\n", "<br>\n")
    assert _answer(_mail(None, signed + "</div>")) == _answer(_mail(None, _html(body)))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(signature=st.sampled_from(SIGNATURES))
def test_gmail_signature_block_is_no_meeting(signature: str) -> None:
    block = html.escape(signature).replace("\n", "<br>")
    signed = f'{_html(REJECTION)}<div class="gmail_signature">{block}</div>'
    assert _answer(_mail(None, signed))[:2] == ("not_invitation", None)


def test_english_notice_does_not_make_french_mail_english() -> None:
    french = (
        "Bonjour Robin,\n\nNous avons le plaisir de vous inviter à un entretien le jeudi"
        " 14 janvier 2027 à 10h30 dans nos locaux de Lyon. Merci de nous confirmer votre"
        " présence.\n\nCordialement,\nMika"
    )
    assert detect_language(french) == "fr"
    assert detect_language(f"{french}\r\n\r\n{NOTICE}\r\n") == "fr"


def test_signature_under_a_browser_link_keeps_the_plain_part_a_stub() -> None:
    stub = "View this email in your browser: https://mail.harbourline.example/v/1"
    rich = _html(INVITATION)
    expected = _answer(_mail(stub, rich))
    assert expected[1] is not None
    signed = f"{stub}\n\n-- \n{SIGNATURES[0]}\n"
    assert _answer(_mail(signed, rich)) == expected
