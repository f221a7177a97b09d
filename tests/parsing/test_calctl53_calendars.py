"""calctl53: known gaps on calendar-bearing mail and two controls read unsure
(tests/parsing/corpus/build_calctl53.py):

- English "your agenda" and "agenda for" were unguarded digest cues: a real invitation that
  says "I've added this to your agenda" or "see the agenda for your interview" is one
  invitation, while "Your agenda for today" and "What's on your agenda" stay a digest (as
  calfix52 guarded "supprimé de votre agenda");
- a published file of several events whose titles are only other people's full names
  ("Priya Natarajan", "Tomás Ruiz") is a list of their slots, not the reader's interview:
  the structure says it (several events, distinct person names, none the reader's, the
  reader no attendee), whatever the words;
- "If you can't make it, cancel from the portal" and "Can't make it? Pick another slot" set
  a condition for the reader, they decline nothing;
- a meetup named as where the writer and the reader met ("Great to meet you at the meetup we
  hosted last week", "Nach dem Meetup: Vorstellungsgespräch") is the past occasion, not the
  business of a mail that invites to the reader's own interview.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.lexicon import DECLINE_CUES, DIGEST_CUES, RESCHEDULED_CUES
from service.parsing.lookalikes import MET_AT_OCCASION
from service.parsing.parser import _PERSON_TITLE, _person_title
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import (
    assert_claimed_at,
    calendar_mail,
    claimed,
    plain_mail,
    request_mail,
)

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"
ME = "alex.morgan@mailbox.example"


# ------------------------------------------------------------------ "your agenda"
@pytest.mark.parametrize(
    "text",
    [
        "I've added this to your agenda so you have the details.",
        "I have added the interview to your agenda.",
        "We added it to your agenda for Thursday.",
        "It has been removed from your agenda.",
        "It's now in your agenda.",
        "Please see the agenda for your interview below.",
        "Here is the agenda for your onsite visit.",
        "He añadido la entrevista a tu agenda.",
        "Te la he añadido a tu agenda.",
    ],
)
def test_an_invitation_put_into_your_agenda_is_no_digest(text: str) -> None:
    assert DIGEST_CUES.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Your agenda for today",
        "Here's your agenda for Tuesday, 13 October",
        "What's on your agenda today",
        "You have 3 events in your agenda today",
        "Daily agenda for Alex Morgan",
        "Agenda for the week of 12 October",
        "Agenda for the board meeting",
        "Confira a sua agenda de hoje",
        "Esta es tu agenda para mañana",
    ],
)
def test_a_digest_of_your_agenda_is_still_one(text: str) -> None:
    assert DIGEST_CUES.search(text) is not None


AGENDA_INVITES = {
    "added": "Hi Alex,\n\nThanks for applying for the Data Analyst role. I've added your "
    "interview to your agenda: Thursday 15 October 2026, 14:00 to 15:00, with me and our CTO "
    "at our office.\n\nBest,\nSam Patel",
    "this": "Hi Alex,\n\nGreat speaking earlier. I've added this to your agenda so you have "
    "the details of your interview for the Data Analyst role on Thursday 15 October 2026 at "
    "14:00.\n\nSam Patel",
}


@pytest.mark.parametrize("key", sorted(AGENDA_INVITES))
def test_a_calendar_invitation_added_to_your_agenda_is_claimed(key: str) -> None:
    raw = request_mail(
        "Interview: Alex Morgan – Data Analyst",
        AGENDA_INVITES[key],
        uid=f"agenda53-{key}@firm.example",
        dtstart="20261015T120000Z",
        dtend="20261015T130000Z",
        organizer_cn="Sam Patel",
        sender="Sam Patel <sam.patel@firm.example>",
        to=TO,
        date=DATE,
    )
    assert claimed(raw)


@pytest.mark.parametrize("key", sorted(AGENDA_INVITES))
def test_a_text_invitation_added_to_your_agenda_is_claimed(key: str) -> None:
    raw = plain_mail(
        "Your interview on Thursday",
        AGENDA_INVITES[key],
        sender="Sam Patel <sam.patel@firm.example>",
        to=TO,
        date=DATE,
    )
    assert_claimed_at(raw, 14, 0)


def _published(titles: list[str], subject: str, body: str, *, attendee: str = "") -> bytes:
    events: list[str] = []
    for i, title in enumerate(titles):
        hour = 8 + i
        events += [
            "BEGIN:VEVENT",
            f"UID:calctl53-{i}@cal.example",
            "DTSTAMP:20261005T070000Z",
            f"DTSTART:20261110T{hour:02d}0000Z",
            f"DTEND:20261110T{hour:02d}4500Z",
            f"SUMMARY:{title}",
            *([f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{attendee}"] if attendee else []),
            "END:VEVENT",
        ]
    return calendar_mail(
        subject,
        body,
        ["X-WR-CALNAME:Calendar", *events],
        method="PUBLISH",
        sender="Calendar <calendar@cal.example>",
        to=TO,
        date=DATE,
    )


def test_a_digest_of_your_agenda_with_its_file_is_not_claimed() -> None:
    raw = _published(
        ["Interview: Alex Morgan – Data Analyst", "Dentist", "Team stand-up"],
        "Your agenda for Tuesday, 10 November",
        "Good morning Alex,\n\nHere's your agenda for Tuesday, 10 November: 3 events.\n\n"
        "09:00 Interview: Alex Morgan – Data Analyst\n10:00 Dentist\n11:00 Team stand-up\n",
    )
    assert not claimed(raw)


# ------------------------------------------------------------------ slot lists of full names
FULL_NAMES = [
    "Priya Natarajan",
    "Tomás Ruiz",
    "Jan de Vries",
    "Mohammed El Amrani",
    "Anne-Marie Dubois",
    "Łukasz Wróbel",
    "Chiara Bianchi",
    "Sofie Andersen",
]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(FULL_NAMES), min_size=2, max_size=5, unique=True),
    st.sampled_from(
        [
            ("Shared calendar: Barista interviews", "Hi Alex,\n\nHere is next week's calendar."),
            ("Veröffentlichter Kalender: Termine", "Hallo Alex,\n\nanbei die Termine."),
            ("Agenda partagé : créneaux", "Bonjour Alex,\n\nvoici le calendrier partagé."),
        ]
    ),
)
def test_a_published_list_of_full_names_is_not_claimed(
    names: list[str], words: tuple[str, str]
) -> None:
    assert not claimed(_published(names, *words))


def test_a_published_list_with_the_reader_as_attendee_stays_claimed() -> None:
    raw = _published(
        ["Priya Natarajan", "Tomás Ruiz"],
        "Interview schedule",
        "Hi Alex,\n\nThe two interviews are in the attached calendar.",
        attendee=ME,
    )
    assert claimed(raw)


def test_the_readers_own_day_titled_by_interviewer_names_stays_claimed() -> None:
    raw = _published(
        ["Priya Natarajan", "Tomás Ruiz"],
        "Your interview day at Harbourline",
        "Hi Alex,\n\nYour interview day is confirmed: you meet Priya and then Tomás.",
    )
    assert claimed(raw)


@pytest.mark.parametrize(
    "title", ["Priya Natarajan", "Tomás Ruiz", "Jan de Vries", "Anne-Marie Dubois"]
)
def test_a_full_name_is_a_person_title(title: str) -> None:
    assert _person_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Technical Interview",
        "Culture Fit",
        "Sprint Planning",
        "Team Lunch",
        "Hiring Manager",
        "Case Study",
        "Interview: Priya N.",
        "priya natarajan",
    ],
)
def test_a_meeting_title_is_no_person_title(title: str) -> None:
    assert not _person_title(title)


# ------------------------------------------------------------------ "if you can't make it"
def test_if_you_cant_make_it_cancel_declines_nothing() -> None:
    raw = plain_mail(
        "Your interview slot at the DataConf Career Fair",
        "Hi Alex,\n\nNorthwind Analytics would like to interview you for the Senior Data "
        "Engineer position.\n\nDate: Wednesday, February 17, 2027\nTime: 2:30 PM - 3:00 PM\n"
        "Where: Interview Booth 6, Hall C\n\nIf you can't make it, cancel from the portal so "
        "another candidate can take the slot.\n",
        sender="Careers <careers@dataconf.example.com>",
        to=TO,
        date="Mon, 08 Feb 2027 10:00:00 -0500",
    )
    assert_claimed_at(raw, 14, 30)


def test_a_webinar_about_your_interview_is_still_a_webinar() -> None:
    raw = plain_mail(
        "Webinar: acing your video interview",
        "Hi Alex,\n\nJoin our free webinar on Wednesday 14 October 2026 at 18:00: tips for "
        "your next video interview, with a live Q&A. Register with the link below.\n",
        sender="Careers Hub <events@careershub.example>",
        to=TO,
        date=DATE,
    )
    assert not claimed(raw)


@pytest.mark.parametrize(
    "text",
    [
        "If you can't make it, please decline the invitation.",
        "Can't make it? Use the link to pick another slot.",
        "If you cannot make it, let us know.",
        "If you are unable to attend, please reply to this email.",
        "Should you be unable to attend, call us.",
        "If you won't be able to attend, tell us by Friday.",
    ],
)
def test_a_condition_for_the_reader_is_no_decline(text: str) -> None:
    assert DECLINE_CUES.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I can't make it on Thursday.",
        "Unfortunately we are unable to attend.",
        "I won't be able to attend the interview.",
        "I cannot make it tomorrow.",
    ],
)
def test_a_decline_is_still_one(text: str) -> None:
    assert DECLINE_CUES.search(text) is not None


def test_a_google_invite_that_offers_a_new_time_if_declined_is_no_move() -> None:
    text = (
        "If you can't make it, please decline the invitation so we can offer the slot to "
        "another candidate and find you a new time."
    )
    assert RESCHEDULED_CUES.search(text) is None
    raw = request_mail(
        "Interview: Alex Morgan – Support Engineer",
        f"Hi Alex,\n\nYour interview for the Support Engineer role is booked. {text}\n\nDana",
        uid="calctl53-decline@brightpath.example",
        dtstart="20261015T140000Z",
        dtend="20261015T144500Z",
        organizer_cn="Dana Price",
        sender="Dana Price <dana.price@brightpath.example>",
        to=TO,
        date=DATE,
    )
    assert claimed(raw)


# ------------------------------------------------------------------ met at a meetup
def test_the_meetup_where_they_met_is_not_the_mails_business() -> None:
    raw = plain_mail(
        "Interview for the Frontend Developer role – Thursday 17:00",
        "Hi Alex,\n\nGreat to meet you at the Leeds JS meetup we hosted last week. As "
        "mentioned, we'd love to interview you for our Frontend Developer role.\n\nWe have "
        "you down for Thursday 15 October 2026 at 17:00. The interview lasts about an hour, "
        "with me and our CTO.\n\nBest,\nRavi Menon",
        sender="Ravi Menon <ravi.menon@harbourtech.example.co.uk>",
        to=TO,
        date=DATE,
    )
    assert_claimed_at(raw, 17, 0)


def test_the_next_meetup_is_still_a_meetup() -> None:
    raw = plain_mail(
        "Leeds JS: next meetup Thursday",
        "Hi Alex,\n\nGreat to see you at our meetup last week! Our next meetup is on "
        "Thursday 15 October 2026 at 18:00, with talks on testing and a Q&A.\n\nRavi",
        sender="Ravi Menon <ravi.menon@harbourtech.example.co.uk>",
        to=TO,
        date=DATE,
    )
    assert not claimed(raw)


@pytest.mark.parametrize(
    "text",
    [
        "Great to meet you at the Leeds JS meetup",
        "Nach dem Meetup",
        "schön, dass wir uns beim Kotlin-Meetup unterhalten haben",
        "Encantada de conocerte ayer en el meetup",
        "Ravi de vous avoir rencontré au meetup",
    ],
)
def test_a_meetup_where_they_met(text: str) -> None:
    assert MET_AT_OCCASION.search(text)


def test_the_new_cues_scan_in_linear_time() -> None:
    assert_linear(
        lambda text: DIGEST_CUES.search(text), repeated("added this to your "), label="agenda"
    )
    assert_linear(
        lambda text: DIGEST_CUES.search(text), repeated("the agenda for your "), label="for"
    )
    assert_linear(
        lambda text: DECLINE_CUES.search(text), repeated("if you can't make "), label="decline"
    )
    assert_linear(scans(_PERSON_TITLE), repeated("Anne-Marie de "), label="person title")
    assert_linear(scans(MET_AT_OCCASION), repeated("great to meet you at the "), label="met")
