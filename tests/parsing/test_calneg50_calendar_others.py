"""calneg50: calendar requests that book the reader's hour for something other than their
own job interview (tests/parsing/corpus/build_calneg50.py).

Invariants, not restated patterns: a request whose title names an induction for new starters,
or a course that teaches hiring managers to interview, is not claimed; a calendar forwarded
inline by a colleague who asks the reader to stand in for them, or by someone passing on
their own interview, is not claimed; the reader's own interview from the same senders, and
the reader's own forward, stay claimed.
"""

from __future__ import annotations

import pytest

from service.parsing.lookalikes import READER_ON_PANEL_CUES, STAND_IN_CUES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import calendar_mail, claimed

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _event(title: str, organizer: str, attendee: str = "alex.morgan@mailbox.example") -> list[str]:
    return [
        "BEGIN:VEVENT",
        "UID:calneg50-test-1@example.org",
        "DTSTAMP:20261005T070000Z",
        "DTSTART;TZID=Europe/Berlin:20261014T100000",
        "DTEND;TZID=Europe/Berlin:20261014T110000",
        "SEQUENCE:0",
        f"SUMMARY:{title}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
        "END:VEVENT",
    ]


def _request(subject: str, body: str, title: str, *, sender: str, attendee: str = "") -> bytes:
    organizer = sender.split("<")[1].rstrip(">")
    events = _event(title, organizer, attendee or "alex.morgan@mailbox.example")
    return calendar_mail(subject, body, events, method="REQUEST", sender=sender, to=TO, date=DATE)


INDUCTIONS = {
    "fr": (
        "Journée d'intégration des nouveaux arrivants",
        "Bonjour Alex,\n\nNous vous attendons le mercredi 14 octobre pour la journée "
        "d'intégration.\n\nÉlodie",
    ),
    "nl": (
        "Introductiedag + ophalen laptop",
        "Hoi Alex,\n\nWelkom! Woensdag haal je je laptop op en krijg je een rondleiding.\n\nMerel",
    ),
    "en": (
        "Induction day – Alex",
        "Hi Alex,\n\nSee you on Wednesday at reception, we'll get your badge sorted.\n\nHR",
    ),
}


@pytest.mark.parametrize("lang", sorted(INDUCTIONS))
def test_an_induction_for_new_starters_is_not_claimed(lang: str) -> None:
    title, body = INDUCTIONS[lang]
    raw = _request(f"Invitation: {title}", body, title, sender="HR <hr@firm.example>")
    assert not claimed(raw)


TRAININGS = (
    "Interview skills for hiring managers – session 3 of 4",
    "Workshop for hiring managers: structured interviews",
    "Interviewtraining für Führungskräfte",
)


@pytest.mark.parametrize("title", TRAININGS)
def test_a_course_teaching_managers_to_interview_is_not_claimed(title: str) -> None:
    raw = _request(
        title,
        "Hi all,\n\nThis session covers structured interviews. Bring a job description.\n",
        title,
        sender="Priya Nair <priya.nair@firm.example>",
    )
    assert not claimed(raw)


OWN = {
    "fr": ("Entretien final – Alex Morgan", "Bonjour Alex,\n\nMerci pour votre candidature.\n"),
    "en": ("Interview – Alex Morgan (Senior Analyst)", "Hi Alex,\n\nThanks for applying!\n"),
    "de": ("Vorstellungsgespräch – Alex Morgan", "Hallo Alex,\n\ndanke für deine Bewerbung.\n"),
}


@pytest.mark.parametrize("lang", sorted(OWN))
def test_the_readers_own_interview_from_the_same_senders_is_claimed(lang: str) -> None:
    title, body = OWN[lang]
    raw = _request(f"Invitation: {title}", body, title, sender="HR <hr@firm.example>")
    assert claimed(raw)


def _forward(note: str, original_to: str, title: str, sender: str) -> bytes:
    passed_on = (
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Recruiting <recruiting@firm.example>\n"
        "Date: Fri, Oct 9, 2026 at 3:10 PM\n"
        f"Subject: {title}\nTo: {original_to}\n\n"
        f"Hello,\n\nplease find the invitation for {title} attached.\n\nRecruiting\n"
    )
    attendee = original_to.split("<")[1].rstrip(">")
    return calendar_mail(
        f"Fwd: {title}",
        passed_on,
        _event(title, "recruiting@firm.example", attendee),
        method="REQUEST",
        sender=sender,
        to=TO,
        date=DATE,
    )


STAND_INS = {
    "de": (
        "Hallo Alex,\n\nkannst du am Mittwoch für mich beim Gespräch mit Herrn Yılmaz "
        "einspringen? Ich bin auf der Messe.\n\nKatrin",
        "Vorstellungsgespräch Herr Yılmaz – Werkstudent",
    ),
    "en": (
        "Hi Alex,\n\nCould you take Wednesday's interview for me? I'm off sick.\n\nDaniel",
        "Interview: Priya Shah (Backend Engineer)",
    ),
}


@pytest.mark.parametrize("lang", sorted(STAND_INS))
def test_a_forwarded_interview_the_reader_covers_for_a_colleague_is_not_claimed(
    lang: str,
) -> None:
    note, title = STAND_INS[lang]
    raw = _forward(
        note, "Katrin Möller <katrin@firm.example>", title, "Katrin Möller <katrin@firm.example>"
    )
    assert not claimed(raw)


def test_a_partner_passing_on_her_own_interview_is_not_claimed() -> None:
    raw = _forward(
        "Hey love,\n\nHere's my interview on Wednesday, so could you pick up the kids? "
        "Wish me luck!\n\nSam",
        "Sam Rivera <sam.rivera@mail.example>",
        "Interview: Sam Rivera – UX Researcher",
        "Sam Rivera <sam.rivera@mail.example>",
    )
    assert not claimed(raw)


def test_the_reader_forwarding_their_own_interview_is_claimed() -> None:
    raw = _forward(
        "Forwarding my interview for Wednesday.",
        TO,
        "Interview: Alex Morgan – Data Engineer",
        TO,
    )
    assert claimed(raw)


def test_the_new_cues_scan_in_linear_time() -> None:
    assert_linear(
        scans(STAND_IN_CUES), repeated("kannst du für mich für mich "), label="stand-in de"
    )
    assert_linear(
        scans(READER_ON_PANEL_CUES),
        repeated("interview skills for training for "),
        label="interviewer training",
    )


def test_the_user_forwarding_their_own_interview_to_the_inbox_is_claimed() -> None:
    inbox = "Afterview inbox <inbox@afterview.example>"
    passed_on = (
        "Do kalendarza, proszę.\n\n---------- Forwarded message ---------\n"
        "From: Kadry <kadry@firm.example>\nDate: Fri, Oct 9, 2026 at 3:10 PM\n"
        "Subject: Rozmowa kwalifikacyjna\nTo: Jonas Brandt <jonas@mail.example>\n\n"
        "Zapraszamy na rozmowę kwalifikacyjną.\n"
    )
    raw = calendar_mail(
        "Fwd: Rozmowa kwalifikacyjna",
        passed_on,
        _event("Rozmowa kwalifikacyjna", "kadry@firm.example", "jonas@mail.example"),
        method="REQUEST",
        sender="Jonas Brandt <jonas@mail.example>",
        to=inbox,
        date=DATE,
    )
    assert claimed(raw)
