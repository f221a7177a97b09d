"""The user's note says whose invitation it is ("this is my son's interview, just so you
know"); forwarded once more without a note, that note sits one forward deep and still says
so, whatever client passed it on. And a mail written to someone else, passed on twice, is
still theirs: the one who passed it on first is not the one it greets. Fixtures are our own
short mails."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

INNER = (
    "This is my son Leon's interview, just so you know.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Harbour Motors <jobs@harbour-motors.example>\n"
    "Date: Mon, Feb 22, 2027 at 4:12 PM\n"
    "Subject: Interview invitation\n"
    "To: Leon Morgan <leon.morgan@mailbox.example>\n\n"
    "Hello Leon,\n\nWe would like to invite you to an interview for the apprenticeship on "
    "Thursday 4 March 2027 at 3pm GMT at our workshop.\n\nKind regards,\nHarbour Motors\n"
)
OUTER = (
    "---------- Forwarded message ---------\n"
    "From: Alex Morgan <alex.morgan@mailbox.example>\n"
    "Date: Mon, Feb 22, 2027 at 6:23 PM\n"
    "Subject: Fwd: Interview invitation\n"
    "To: Afterview <in+inbox@afterview.example>\n\n"
)


def _read(body: str, subject: str) -> tuple[str, float]:
    raw = plain_mail(
        subject,
        body,
        sender="Alex Morgan <alex.morgan@mailbox.example>",
        to="Afterview <in+inbox@afterview.example>",
        date="Mon, 22 Feb 2027 18:30:00 +0000",
    )
    parsed = parse_message(raw)
    return parsed.kind, parsed.confidence


def test_the_note_says_whose_interview_it_is() -> None:
    kind, confidence = _read(INNER, "Fwd: Interview invitation")
    assert confidence < 0.5, kind


def test_forwarded_once_more_the_note_still_says_so() -> None:
    kind, confidence = _read(OUTER + INNER, "Fwd: Fwd: Interview invitation")
    assert confidence < 0.5, kind


# the same forward passed on once more by other clients: Outlook's original-message block,
# and a quote ("On … wrote:" over "> " lines) as the mobile apps forward
OUTLOOK_ORIGINAL = (
    "-----Original Message-----\n"
    "From: Alex Morgan <alex.morgan@mailbox.example>\n"
    "Sent: Monday, February 22, 2027 6:23 PM\n"
    "To: Afterview <in+inbox@afterview.example>\n"
    "Subject: Fwd: Interview invitation\n\n"
)
QUOTE_HEAD = "On Mon, Feb 22, 2027 at 6:23 PM Alex Morgan <alex.morgan@mailbox.example> wrote:\n"


def _quoted(text: str) -> str:
    return "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())


@pytest.mark.parametrize(
    "body",
    [OUTLOOK_ORIGINAL + INNER, QUOTE_HEAD + _quoted(INNER)],
    ids=["outlook-original", "quoted"],
)
def test_other_clients_keep_the_note(body: str) -> None:
    kind, confidence = _read(body, "FW: Fwd: Interview invitation")
    assert confidence < 0.5, kind


# no note at all: only the To line and the greeting say it is Sam's, not the forwarder's
NO_NOTE = (
    "---------- Forwarded message ---------\n"
    "From: Harbour Cafe <hiring@harbourcafe.example>\n"
    "Date: Wed, Feb 24, 2027 at 7:12 PM\n"
    "Subject: Interview - Barista\n"
    "To: Sam Morgan <sam.morgan@mailbox.example>\n\n"
    "Hi Sam,\n\nCould you come in for an interview on Saturday 6 March 2027 at 9:00 at the "
    "Quay Street cafe?\n\nCheers,\nHarbour Cafe\n"
)


@pytest.mark.parametrize(
    "body",
    [OUTER + NO_NOTE, OUTLOOK_ORIGINAL + NO_NOTE, QUOTE_HEAD + _quoted(NO_NOTE)],
    ids=["gmail", "outlook-original", "quoted"],
)
def test_passed_on_twice_it_is_still_someone_elses(body: str) -> None:
    raw = plain_mail(
        "Fwd: Fwd: Interview - Barista",
        body,
        sender="Alex Morgan <alex.morgan@mailbox.example>",
        to="Afterview <in+inbox@afterview.example>",
        date="Thu, 25 Feb 2027 09:00:00 +0000",
    )
    parsed = parse_message(raw)
    assert parsed.confidence < 0.5, parsed.kind
    assert any("someone else" in warning for warning in parsed.warnings), parsed.warnings


def test_an_agency_passing_on_mail_written_to_itself_is_not_someone_elses() -> None:
    """The company wrote to the agency recruiter, who passed it on to the candidate, who
    forwards it: the one who passed it on first is the one it greets."""
    body = (
        "---------- Forwarded message ---------\n"
        "From: Priya Nair <priya@talentbridge.example>\n"
        "Date: Wed, Feb 24, 2027 at 8:00 PM\n"
        "Subject: Fwd: Interview - Data Analyst\n"
        "To: Sam Okafor <sam.okafor@mailbox.example>\n\n"
        "Hi Sam, great news below!\n\n"
        "---------- Forwarded message ---------\n"
        "From: Northwind Hiring <hiring@northwind.example>\n"
        "Date: Wed, Feb 24, 2027 at 7:12 PM\n"
        "Subject: Interview - Data Analyst\n"
        "To: Priya Nair <priya@talentbridge.example>\n\n"
        "Hi Priya,\n\nWe would like to meet your candidate Sam Okafor for an interview on "
        "Tuesday 2 March 2027 at 10:00 GMT at our Leeds office.\n\nBest,\nNorthwind Hiring\n"
    )
    raw = plain_mail(
        "Fwd: Fwd: Interview - Data Analyst",
        body,
        sender="Sam Okafor <sam.okafor@mailbox.example>",
        to="Afterview <in+inbox@afterview.example>",
        date="Thu, 25 Feb 2027 09:00:00 +0000",
    )
    parsed = parse_message(raw)
    assert not any("someone else" in warning for warning in parsed.warnings), parsed.warnings


@pytest.mark.parametrize(
    "banner",
    ["Your interview is confirmed\n\n", "[EXTERNAL] This message came from outside.\n\n"],
)
def test_a_heading_above_the_greeting_does_not_hide_whose_mail_it_is(banner: str) -> None:
    """A mother forwards her daughter's invitation; a tool's heading or a mail gateway's
    banner stands above "Hola Valeria:". The greeting is still read, and the interview is
    still Valeria's; forwarded by Valeria herself it is hers."""
    body = (
        "---------- Forwarded message ---------\n"
        "From: Jonas Weber <jonas.weber@nordlicht.example>\n"
        "Date: Wed, Feb 24, 2027 at 5:03 PM\n"
        "Subject: Entrevista\n"
        "To: Valeria Ruiz <valeria.ruiz@mailbox.example>\n\n"
        f"{banner}Hola Valeria:\n\nTe confirmamos la entrevista el martes 2 de marzo a las "
        "10:30 en nuestra oficina.\n\nSaludos,\nJonas Weber\n"
    )
    for sender, theirs in (
        ("Marta Ruiz <marta.ruiz@mailbox.example>", True),
        ("Valeria Ruiz <valeria.ruiz@mailbox.example>", False),
    ):
        raw = plain_mail(
            "Fwd: Entrevista",
            body,
            sender=sender,
            to="Afterview <in+inbox@afterview.example>",
            date="Wed, 24 Feb 2027 20:00:00 +0100",
        )
        parsed = parse_message(raw)
        assert (parsed.confidence < 0.5) is theirs, (sender, parsed)
        assert any("someone else" in note for note in parsed.warnings) is theirs, parsed.warnings
