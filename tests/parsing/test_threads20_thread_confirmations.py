"""Whole scheduling threads (threads20): a job seeker forwarding their own unanswered
counter-proposal ("Would Monday at 4pm work instead?") is not told it is booked; German
"Super, dann bis Dienstag, 16.11., um 14:00 Uhr!" is a farewell over an agreed time, not a
deadline; Dutch "dan staat donderdag ... vast" fixes the slot. Mail text is invented for these
tests; controls keep what must not change.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP

from service.parsing import parse_message

ME = "Alex Morgan <alex.morgan@mailbox.example>"


def _mail(body: str, *, sender: str, subject: str, date_header: str, to: str = ME) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Date"] = date_header
    message["Subject"] = subject
    message.set_content(body, cte="8bit")
    return message.as_bytes(policy=SMTP)


def _wall(parsed_start: datetime | None) -> datetime | None:
    return parsed_start.replace(tzinfo=None) if parsed_start is not None else None


def _own_forward(own_words: str) -> bytes:
    """The user forwards a mail they wrote themselves to a recruiter."""
    body = (
        "Still waiting to hear back.\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {ME}\n"
        "Date: Wed, Dec 1, 2027 at 12:10 PM\n"
        "Subject: Re: Next steps\n"
        "To: Dana Reyes <dana.reyes@kestrel-works.example>\n\n"
        f"Hi Dana,\n\n{own_words}\n\nAlex\n\n"
        "On Wed, Dec 1, 2027 at 9:40 AM Dana Reyes <dana.reyes@kestrel-works.example> wrote:\n\n"
        "> Hi Alex,\n>\n> Could you do Thursday 9 Dec at 10am or Friday 10 Dec at 3pm for an "
        "interview?\n>\n> Dana\n"
    )
    return _mail(
        body,
        sender=ME,
        to="Afterview <in+inbox@afterview.example>",
        subject="Fwd: Re: Next steps",
        date_header="Wed, 1 Dec 2027 13:20:00 +0000",
    )


def test_own_forwarded_counter_proposal_is_not_sure() -> None:
    parsed = parse_message(
        _own_forward(
            "Sorry, I'm away on both days. Would Monday 13 Dec at 4pm work for the interview "
            "instead?"
        )
    )
    # the user's own question: nobody has said yes to it
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)
    assert any("your own proposal" in note for note in parsed.warnings)


def test_own_forwarded_counter_proposal_in_polish_is_not_sure() -> None:
    parsed = parse_message(
        _own_forward(
            "Niestety w czwartek nie mogę. Czy moglibyśmy spotkać się na rozmowę w środę "
            "15 grudnia o 12:00?"
        )
    )
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)


def test_recruiters_forwarded_question_is_not_the_users_own() -> None:
    # control: the mail passed on is the recruiter's, so the own-proposal note does not apply
    body = (
        "fyi\n\n---------- Forwarded message ---------\n"
        "From: Dana Reyes <dana.reyes@kestrel-works.example>\n"
        "Date: Wed, Dec 1, 2027 at 9:40 AM\nSubject: Interview\n"
        f"To: {ME}\n\n"
        "Hi Alex,\n\nWould Monday 13 Dec at 4pm work for your interview?\n\nDana\n"
    )
    parsed = parse_message(
        _mail(
            body,
            sender=ME,
            to="Afterview <in+inbox@afterview.example>",
            subject="Fwd: Interview",
            date_header="Wed, 1 Dec 2027 13:20:00 +0000",
        )
    )
    assert not any("your own proposal" in note for note in parsed.warnings)


def test_dann_bis_dienstag_is_a_farewell_not_a_deadline() -> None:
    body = (
        "Super, dann bis Dienstag, 16.11., um 14:00 Uhr bei uns in Oldenburg! Das Gespräch "
        "dauert etwa eine Stunde.\n\nSvenja Holtkamp\n"
    )
    parsed = parse_message(
        _mail(
            body,
            sender="Svenja Holtkamp <s.holtkamp@kestrel-works.example>",
            subject="Re: Ihr Vorstellungsgespräch",
            date_header="Tue, 9 Nov 2027 08:47:00 +0100",
        )
    )
    assert parsed.kind == "invitation"
    assert _wall(parsed.start) == datetime(2027, 11, 16, 14, 0)


def test_bis_after_a_task_stays_a_deadline() -> None:
    # control: "die Unterlagen bitte bis Dienstag, 16.11., um 14:00 Uhr" is when they are due
    body = (
        "Hallo Herr Morgan,\n\nbitte senden Sie uns die Unterlagen bis Dienstag, 16.11., um "
        "14:00 Uhr zu.\n\nSvenja Holtkamp\n"
    )
    parsed = parse_message(
        _mail(
            body,
            sender="Svenja Holtkamp <s.holtkamp@kestrel-works.example>",
            subject="Ihre Bewerbung",
            date_header="Tue, 9 Nov 2027 08:47:00 +0100",
        )
    )
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)


def test_dutch_staat_vast_fixes_the_slot() -> None:
    body = "Top, dan staat donderdag 9 december om 11.00 uur vast. Tot dan!\n\nMaarten\n"
    parsed = parse_message(
        _mail(
            body,
            sender="Maarten Visser <maarten.visser@kestrel-works.example>",
            subject="Re: Vervolg",
            date_header="Wed, 1 Dec 2027 16:30:00 +0100",
        )
    )
    assert parsed.kind == "invitation"
    assert _wall(parsed.start) == datetime(2027, 12, 9, 11, 0)


def test_dutch_staat_nog_niet_vast_is_no_booking() -> None:
    body = (
        "Hoi Alex,\n\nDonderdag 9 december om 11.00 uur staat nog niet vast; ik laat het je "
        "weten.\n\nMaarten\n"
    )
    parsed = parse_message(
        _mail(
            body,
            sender="Maarten Visser <maarten.visser@kestrel-works.example>",
            subject="Re: Vervolg",
            date_header="Wed, 1 Dec 2027 16:30:00 +0100",
        )
    )
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)
