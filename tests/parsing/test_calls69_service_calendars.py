"""calls69: calendar mail that books the reader for no job interview must not be claimed.

Easy!Appointments sends its plain part as the HTML with the tags stripped and the style sheet
kept ("ol li { list-style-position: inside; }", "hr { border: 0; }"), and lists the customer's
own address in its details ("candidate.mailbox@inbox.example"): "position", "hr" and
"candidate" there tied a "Teeth cleaning" booking to a job search (eapp68, 14 dev look-alikes
claimed at 0.95). Its provider notice makes the reader the calendar's ORGANIZER. These tests
state what holds in any language: a style sheet and the reader's own address name no job; a
calendar whose organizer is the one person the mail is written to, sent by someone else, is
the reader's booking as a provider; an interview word in the title or the description keeps
a sure invitation whatever service noun stands beside it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.mime import without_style_rules
from service.parsing.parser import UNLIKE_INTERVIEWS_NOTE, _without_addresses
from tests.parsing.mailkit import calendar_mail, read_json, sure_json

READER = "candidate.mailbox@inbox.example"
STYLE = (
    "Appointment Details\n    \n        /* GLOBAL RESETS */        img {\n"
    "            border: none;\n            max-width: 100%;\n        }        ol li {\n"
    "            list-style-position: inside;\n        }        hr {\n"
    "            border: 0;\n        }\n        .footer td,\n        .footer p {\n"
    "            color: #999999;\n        }\n"
    "        @media only screen and (max-width: 620px) {\n"
    "            table[class=body] h1 { font-size: 28px !important; }\n        }\n"
)
# service nouns as booking tools title their events, in thirteen languages
SERVICES = [
    "Teeth cleaning",
    "Haircut",
    "Oil change and inspection",
    "Professionelle Zahnreinigung",
    "Haarschnitt",
    "Coupe de cheveux",
    "Séance de kinésithérapie",
    "Corte de pelo",
    "Tagliando auto",
    "Fysiotherapie",
    "Fizjoterapia",
    "Tandläkarbesök",
    "Hieronta",
    "Limpeza dentária",
    "Stříhání vlasů",
]
# the job interview in the same languages, as hiring teams title it
INTERVIEWS = [
    "Interview",
    "Job interview",
    "Vorstellungsgespräch",
    "Entretien d'embauche",
    "Entrevista de trabajo",
    "Colloquio di lavoro",
    "Sollicitatiegesprek",
    "Rozmowa kwalifikacyjna",
    "Anställningsintervju",
    "Työhaastattelu",
    "Entrevista de emprego",
    "Pohovor",
    "面接",
]


def _mail(
    summary: str,
    *,
    description: str = "",
    organizer: str = "karen@clinic.example",
    sender: str = "Karen Holt <karen@clinic.example>",
    attendee: str = READER,
    body: str | None = None,
) -> bytes:
    if body is None:
        # a plain part with the style sheet left in and the reader's address in its details,
        # and no other word: what the calendar says decides
        body = (
            f"{STYLE}\n    Hi Jordan,\n\n    please find the details below.\n\n"
            f"    Name: Jordan Price\n    Email: {READER}\n\n    Karen\n"
        )
    events = [
        "BEGIN:VEVENT",
        "UID:calls69-test@clinic.example",
        "DTSTAMP:20270301T080000Z",
        "DTSTART:20270309T100000Z",
        "DTEND:20270309T104500Z",
        "SEQUENCE:0",
        f"SUMMARY:{summary}",
        *([f"DESCRIPTION:{description}"] if description else []),
        f"ORGANIZER;CN=Provider:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
        "END:VEVENT",
    ]
    return calendar_mail(
        summary,
        body,
        events,
        method="REQUEST",
        sender=sender,
        to=f"Jordan Price <{READER}>",
        date="Mon, 01 Mar 2027 08:00:00 +0000",
    )


def test_style_sheet_left_in_a_plain_part_is_no_text() -> None:
    left = without_style_rules(STYLE + "Hello {{first_name}}, see you at 10:00; {Room 4}")
    assert "position" not in left
    assert "border" not in left
    assert "footer" not in left
    assert "{{first_name}}" in left
    assert "{Room 4}" in left
    assert "10:00;" in left


@settings(max_examples=15, deadline=None)
@given(service=st.sampled_from(SERVICES))
def test_service_only_calendar_is_never_sure(service: str) -> None:
    assert not sure_json(read_json(_mail(service)))


def test_interview_word_keeps_a_sure_invitation() -> None:
    """Every service with every interview word, in the title before or after it or in the
    description: the service-noun rule holds none back. As above, the trained calendar
    screen alone may doubt an odd pair (random draws in CI found "Hieronta" beside a
    Swedish or Finnish interview word); such a pair carries only that screen's note."""
    doubted = []
    for service in SERVICES:
        for interview in INTERVIEWS:
            for raw in (
                _mail(f"{interview} – {service}"),
                _mail(f"{service} – {interview}"),
                _mail(service, description=f"{interview} – {service}"),
            ):
                got = read_json(raw)
                assert got["kind"] == "invitation", (interview, service, got)
                if not sure_json(got):
                    assert got["warnings"] == [UNLIKE_INTERVIEWS_NOTE], (interview, service, got)
                    doubted.append((interview, service))
    assert len(doubted) * 20 <= len(SERVICES) * len(INTERVIEWS) * 3, doubted


@settings(max_examples=15, deadline=None)
@given(summary=st.sampled_from([*SERVICES, *INTERVIEWS, "30 Minute Meeting"]))
def test_reader_as_organizer_of_a_booking_is_never_sure(summary: str) -> None:
    # the provider's copy: the reader organises, a customer attends, a booking tool sends it
    raw = _mail(
        summary,
        organizer=READER,
        attendee="someone.else@mail.example",
        body="A new appointment has been added to your plan.\n\nCustomer: Robin Ellis\n",
    )
    assert not sure_json(read_json(raw))


def test_organizer_who_sends_it_keeps_the_interview() -> None:
    raw = _mail(
        "Interview – Dental Assistant",
        organizer="karen@brightsmile.example",
        sender="Karen Holt <karen@brightsmile.example>",
        body="Hi Jordan, this is your interview for the Dental Assistant role.\n",
    )
    assert sure_json(read_json(raw))


# one booking tool's title per language, the service only (SERVICE_NOUN_TITLE)
SERVICE_BY_LANGUAGE = {
    "en": "Teeth cleaning",
    "de": "Haarschnitt",
    "fr": "Coupe de cheveux",
    "es": "Corte de pelo",
    "it": "Cambio olio",
    "nl": "Vaccinatie dierenarts",
    "pl": "Fizjoterapia",
    "pt": "Corte de cabelo",
    "sv": "Klippning",
    "da": "Klipning",
    "fi": "Hieronta 60 min",
    "cs": "Servis vozidla",
    "tr": "Saç kesimi",
    "hu": "Hajvágás",
    "ro": "Schimb anvelope",
}
# a shop's footer that names its own job openings: a word of job search in the mail that is
# not about the reader's booking
FOOTER = "Hi Jordan,\n\nplease find the details below.\n\nKaren\n\nCareers | Privacy | Contact\n"


@pytest.mark.parametrize("language", sorted(SERVICE_BY_LANGUAGE))
def test_service_title_is_no_interview_beside_a_careers_footer(language: str) -> None:
    got = read_json(_mail(SERVICE_BY_LANGUAGE[language], body=FOOTER))
    assert not sure_json(got), got


def test_interview_word_beside_a_service_title_stays_sure() -> None:
    """Every pair of a service title and an interview word, not a random 15 of them: the
    service-noun rule holds none of them back. The trained calendar screen may still doubt
    an odd pair on its own ("Työhaastattelu – Hieronta 60 min", a massage beside a job
    interview), which the CI run's random draw found; such a pair carries that screen's
    note and no other."""
    doubted = []
    for service in sorted(SERVICE_BY_LANGUAGE.values()):
        for interview in INTERVIEWS:
            got = read_json(_mail(f"{interview} – {service}", body=FOOTER))
            assert got["kind"] == "invitation", (interview, service, got)
            if not sure_json(got):
                assert got["warnings"] == [UNLIKE_INTERVIEWS_NOTE], (interview, service, got)
                doubted.append((interview, service))
    # the screen doubts a few odd pairs, not the rule's whole reach
    assert len(doubted) * 20 <= len(SERVICE_BY_LANGUAGE) * len(INTERVIEWS), doubted


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    before=st.text(alphabet="İıßAaZz ,;:<>()\n.-", max_size=12),
    opening=st.sampled_from([" ", "<", ":", "(", "\n", "mailto:"]),
    closing=st.sampled_from([" ", ">", ".", ",", ";", ")", "\n", ". "]),
    after=st.text(alphabet="İıßAaZz ,;:<>()\n", max_size=12),
    upper=st.booleans(),
)
def test_own_address_is_blanked_whole_and_in_place(
    before: str, opening: str, closing: str, after: str, upper: bool
) -> None:
    """The reader's address goes wherever it stands and however it is cased, the text keeps
    its length and every other character (a letter whose lower case is longer, "İ", shifts
    nothing), and an address that merely contains it is somebody else's."""
    own = "jordan.price@inbox.example"
    written = own.upper() if upper else own
    head, tail = f"{before}{opening}", f"{closing}{after} x{own} {own}.org"
    blanked = _without_addresses(head + written + tail, frozenset({own}))
    assert blanked == head + " " * len(own) + tail
