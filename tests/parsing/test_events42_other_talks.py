"""Calendar requests and school notices whose interview word names another kind of talk:
a teacher's with a pupil's parents ("Elterngespräch", "colloquio con la maestra", "個人面談"),
a home service's visit ("entretien de la chaudière"), a children's club fixture ("U12 League
– Round 7", "Journée de sélection U15"), a broadcast interview ("Diretta: intervista a ...");
and booking tables whose "E-post" (Swedish e-mail) or "Stanowisko 7" (a Polish counter) is no
post. The slot, zone and UID stay the file's; only the claim drops below 0.5, with a note
that says why. The same shapes naming a job interview stay sure.

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from service.parsing.lookalikes import other_party_talk

SURE = 0.5
START = datetime.fromisoformat("2027-05-11T16:30:00+02:00")
END = datetime.fromisoformat("2027-05-11T17:00:00+02:00")


def _request(summary: str, body: str, *, html: str | None = None) -> ParsedMessage:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Test//events42//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:events42-test-3@example.com",
            "DTSTAMP:20270501T090000Z",
            "DTSTART;TZID=Europe/Berlin:20270511T163000",
            "DTEND;TZID=Europe/Berlin:20270511T170000",
            "SEQUENCE:0",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Kim Weber:mailto:kim.weber@home.example",
            "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robin:mailto:robin@inbox.example",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    text_type, text = ("text/html", html) if html is not None else ("text/plain", body)
    raw = (
        "From: Kim Weber <kim.weber@home.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {summary}\r\n"
        "Date: Sat, 01 May 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: {text_type}; charset=utf-8\r\n\r\n"
        f"{text}\r\n"
        "--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        f"{calendar}\r\n"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


def _facts_kept(got: ParsedMessage) -> None:
    assert got.start == START
    assert got.end == END
    assert got.timezone == "Europe/Berlin"
    assert got.uid == "events42-test-3@example.com"
    assert got.method == "REQUEST"


OTHER_TALKS = [
    "Elterngespräch Jonas (4a) – Herr Brandt",
    "Oudergesprek groep 5 – meester Bas",
    "Colloquio con il maestro di Luca",
    "Entrevista con el tutor de Marta",
    "Rozmowa z wychowawcą Kuby",
    "Kennenlernnachmittag Kita Regenbogen",
    "Entretien de la chaudière – passage du technicien",
    "三者面談（保護者・担任）",
]


@pytest.mark.parametrize("summary", OTHER_TALKS)
def test_a_talk_with_a_teacher_or_a_service_is_no_interview(summary: str) -> None:
    got = _request(summary, "Added to our family calendar. Can you make it?")
    _facts_kept(got)
    assert got.confidence < SURE
    assert any("school's talk" in note for note in got.warnings)


@pytest.mark.parametrize(
    "summary",
    [
        "U11 League – Round 4: Eastfield v Westbrook",
        "Journée de sélection départementale U13",
        "Talenttag Schwimmen U9",
        "Seriematch omgång 6: IBK Väst – FBC Öst",
    ],
)
def test_a_club_fixture_or_trial_is_no_interview(summary: str) -> None:
    got = _request(summary, "Kit on, be there 45 minutes early. Parents welcome.")
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize(
    "summary",
    ["Diretta: intervista a Sara Conti, pasticcera", "Live: entrevista com o secretário de obras"],
)
def test_a_broadcast_interview_is_no_interview(summary: str) -> None:
    got = _request(summary, "Reminder: the stream starts on time.")
    _facts_kept(got)
    assert got.confidence < SURE


def test_a_booking_table_with_e_post_and_a_numbered_desk_names_no_post() -> None:
    table = (
        "<html><body><h1>Din tid är nu bokad</h1><table>"
        "<tr><td>Tjänst</td><td>Passansökan</td></tr>"
        "<tr><td>Utförare</td><td>Stanowisko 7</td></tr>"
        "<tr><td>E-post</td><td>robin@inbox.example</td></tr></table></body></html>"
    )
    got = _request("Passansökan", "", html=table)
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize(
    "summary",
    [
        "Vorstellungsgespräch Erzieherin – Kita Regenbogen",
        "Colloquio di lavoro – insegnante di sostegno",
        "Final round with the CTO",
        "Interview: Junior Analyst (second round)",
    ],
)
def test_the_same_shapes_naming_a_job_interview_stay_sure(summary: str) -> None:
    got = _request(summary, "Thanks for your application - see you then.")
    _facts_kept(got)
    assert got.confidence >= SURE


def test_a_school_portals_colloquio_booking_is_not_claimed() -> None:
    raw = (
        "From: Registro scuola <noreply@registro.example>\r\nTo: Robin <robin@inbox.example>\r\n"
        "Subject: Prenotazione colloquio confermata\r\n"
        "Date: Mon, 03 May 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Gentile genitore, il colloquio con la prof.ssa Greco (Inglese) è confermato per "
        "giovedì 13 maggio 2027 alle ore 16:40.\r\n"
    ).encode()
    got = parse_message(raw)
    assert not (got.kind == "invitation" and got.confidence >= SURE)


_HIRING = ["Bewerbung als Erzieherin", "job interview", "vacature leerkracht", "採用面接"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(OTHER_TALKS), st.sampled_from(_HIRING))
def test_hiring_named_beside_the_talk_always_keeps_it(talk: str, hiring: str) -> None:
    """Invariant: a talk word in another sense clears nothing once hiring is named beside it."""
    assert other_party_talk(talk)
    assert not other_party_talk(f"{talk}\n{hiring}")


def _fair_mail(subject: str, body: str) -> ParsedMessage:
    raw = (
        "From: Harbour Careers Fair <bookings@harbourfair.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 03 May 2027 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()
    return parse_message(raw)


def test_an_interview_slot_booked_at_a_fair_stays_sure() -> None:
    """The subject names the reader's own interview; the time stands on a line of its own."""
    got = _fair_mail(
        "Your interview slot with Tidewell at the careers fair",
        "Hi Robin,\n\nTidewell read your CV and booked you a slot at their stand.\n\n"
        "Thursday 13 May 2027, 14:40-15:00, Stand 9 (Hall A)\n\nSee you there!",
    )
    assert got.kind == "invitation"
    assert got.start == datetime.fromisoformat("2027-05-13T14:40:00+01:00")
    assert got.confidence >= SURE


def test_a_webinar_whose_subject_says_your_interview_stays_unsure() -> None:
    got = _fair_mail(
        "Confirmation: Ace your next interview",
        "Thanks for registering for our free webinar.\n\n"
        "Thursday 13 May 2027, 18:00-19:00\n\nThe join link follows by e-mail.",
    )
    assert not (got.kind == "invitation" and got.confidence >= SURE)


def test_a_room_numbered_like_an_age_group_is_no_fixture() -> None:
    """'Raum U12' is a basement room, not an under-12 team: the title stays as it was."""
    from service.parsing.lexicon import SPORTS_FIXTURE_TITLE

    assert SPORTS_FIXTURE_TITLE.search("U12 League – Round 7")
    assert not SPORTS_FIXTURE_TITLE.search("Kennenlernen mit Northwind, Raum U12")
    assert not SPORTS_FIXTURE_TITLE.search("Chat with Priya – room U3")
