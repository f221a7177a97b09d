"""A car's visit to a workshop and a child's school-entrance interview with its parents, sent
as a calendar request or as text: the slot is a service's or a school's, not a job
interview. The claim drops below 0.5 with a note that says why; the same shapes naming a job
(a garage hiring a mechanic, a school hiring a teacher) stay invitations.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from service.parsing.lookalikes import other_party_talk

SURE = 0.5


def _request(summary: str, body: str) -> ParsedMessage:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Test//appts43//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:appts43-test-1@example.com",
            "DTSTAMP:20270301T090000Z",
            "DTSTART;TZID=Europe/Paris:20270309T083000",
            "DTEND;TZID=Europe/Paris:20270309T100000",
            "SEQUENCE:0",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Atelier Lemaire:mailto:atelier@lemaire-auto.example",
            "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robin:mailto:robin@inbox.example",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    raw = (
        "From: Atelier Lemaire <atelier@lemaire-auto.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {summary}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        "--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        f"{calendar}\r\n"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


def test_workshop_request_for_a_car_is_not_claimed() -> None:
    got = _request(
        "Rendez-vous atelier - Peugeot 208",
        "Bonjour, nous vous attendons mardi 9 mars à 8h30 pour la révision de votre "
        "véhicule (vidange et freins). Comptez une heure et demie.",
    )
    assert got.start is not None
    assert got.start.isoformat() == "2027-03-09T08:30:00+01:00"
    assert not (got.kind == "invitation" and got.confidence >= SURE)
    assert any("car" in warning for warning in got.warnings)


def test_garage_hiring_a_mechanic_stays_an_invitation() -> None:
    got = _request(
        "Entretien d'embauche - mécanicien (Atelier Lemaire)",
        "Bonjour Robin, suite à votre candidature au poste de mécanicien, nous vous "
        "recevons mardi 9 mars à 8h30 à l'atelier pour un entretien d'embauche.",
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE


def test_parent_and_child_entrance_interview_text_is_not_claimed() -> None:
    raw = (
        "From: =?utf-8?b?44GC44GK44Gw5a2m6ZmiIOWFpeippuS/gg==?= <nyushi@aoba-gakuin.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        "Subject: =?utf-8?b?6Z2i5o6l5pel5pmC44Gu44GK55+l44KJ44Gb77yI6Kaq5a2Q6Z2i5o6l77yJ?=\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "ロビン 様\r\n\r\n本学院の入学考査における親子面接を、次のとおり行います。\r\n\r\n"
        "日時：2027年3月10日(水) 10:15～10:30\r\n場所：本館2階 面接室\r\n\r\n"
        "受験票をお持ちのうえ、時間までにお越しください。\r\n"
    ).encode()
    got = parse_message(raw)
    assert not (got.kind == "invitation" and got.confidence >= SURE)


_VISITS = [
    "Werkstatttermin für Ihren Golf",
    "APK-keuring en onderhoudsbeurt",
    "Prenotazione tagliando",
    "親子面接のご案内",
]
_HIRING = ["Bewerbung als Kfz-Mechatroniker", "vacature monteur", "job interview", "採用面接"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_VISITS), st.sampled_from(_HIRING))
def test_hiring_named_beside_a_service_visit_keeps_it(visit: str, hiring: str) -> None:
    """Invariant: a service's visit clears the claim only while no job is named beside it."""
    assert other_party_talk(visit)
    assert not other_party_talk(f"{visit}\n{hiring}")
