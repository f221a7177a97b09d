"""Who wrote the mail (fields24): the organizer is the From of a direct mail.

A shared mailbox or a hiring platform's sender ("noreply@", "careers@", a Workday-style
address) is still where the invitation and its later changes come from, so its address is
kept; only its display name (a team or a company) is left out. A mail that sets no time
keeps who wrote it too. A forward whose original cannot be found still names nobody (its
sender is the user).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Tue, 09 Mar 2027 08:15:00 +0000"
INVITE = (
    "Hello Sam,\n\nWe would like to invite you to an interview for the Data Engineer role "
    "on Thursday 18 March 2027 at 14:00 (Europe/Berlin) by video call.\n\nBest regards\n"
)


def _organizer(sender: str, body: str, subject: str = "Interview invitation") -> object:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sam.reed@mailbox.example"
    message["Date"] = SENT
    message["Subject"] = subject
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()["organizer"]


@pytest.mark.parametrize(
    "sender",
    [
        "Kranwerk Careers <no-reply@kranwerk-hiring.example>",
        "Talent Team <careers@fjordline-energy.example>",
        "Fjordline via Recruiting Platform <fjordline@platform-notify.example>",
    ],
)
def test_shared_mailbox_or_platform_sender_is_kept(sender: str) -> None:
    address = sender.split("<", 1)[1].rstrip(">")
    organizer = _organizer(sender, INVITE)
    assert isinstance(organizer, dict)
    assert organizer["email"] == address


def test_shared_mailbox_display_name_is_not_a_person() -> None:
    organizer = _organizer("Kranwerk Careers <no-reply@kranwerk-hiring.example>", INVITE)
    assert isinstance(organizer, dict)
    assert not organizer.get("name")


def test_person_keeps_name() -> None:
    organizer = _organizer("Ines Duarte <ines.duarte@tejo-grid.example>", INVITE)
    assert isinstance(organizer, dict)
    assert organizer["email"] == "ines.duarte@tejo-grid.example"
    assert organizer["name"] == "Ines Duarte"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThank you for your time today, it was a pleasure to talk.\n\nIlse\n",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns bald.\n\nIlse\n",
    ],
)
def test_mail_without_a_time_keeps_its_writer(body: str) -> None:
    organizer = _organizer("Ilse Brandt <ilse.brandt@kranwerk.example>", body, "Thanks")
    assert isinstance(organizer, dict)
    assert organizer["email"] == "ilse.brandt@kranwerk.example"


def test_forward_without_its_original_names_nobody() -> None:
    body = "see below, can you add this?\n\nThursday 18 March 2027 at 14:00 interview\n"
    assert _organizer("Sam Reed <sam.reed@mailbox.example>", body, "Fwd: interview") is None


@settings(max_examples=25, deadline=None)
@given(
    local=st.sampled_from(["noreply", "no-reply", "donotreply", "careers", "jobs", "hr", "talent"]),
    domain=st.sampled_from(["vessla-tech.example", "myats-mail.example", "hiring.orbe.example"]),
    with_time=st.booleans(),
)
def test_any_direct_sender_address_is_the_organizer(
    local: str, domain: str, with_time: bool
) -> None:
    body = INVITE if with_time else "Hi Sam,\n\nYour application was received.\n"
    organizer = _organizer(f"Hiring <{local}@{domain}>", body)
    assert isinstance(organizer, dict)
    assert organizer["email"] == f"{local}@{domain}"
