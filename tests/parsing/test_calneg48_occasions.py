# ruff: noqa: E501  (hand-written mail lines read best whole)
"""Calendar mail of calneg48's shapes that books the reader for something other than their own
job interview although a word of it reads like one: a therapist's or a financial adviser's
first consultation booked through a scheduling page ("Erstgespräch", "vrijblijvend gesprek"),
a train leg saved from a journey planner on the way to an interview ("Succes met je
sollicitatiegesprek!"); and the interview requests of the same shapes, which must stay sure,
among them a Danish club's "Jobsamtale" for a youth coach (a "U15" age group in the title).

Fixtures are written for these tests (own words, made-up people), the calendars built with
the icalendar package. Invariant: the calendar's slot and UID are the file's whatever the
claim; only the confidence drops below 0.5 for a look-alike.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.linearity import assert_linear, repeated

SURE = 0.5
ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2027, 3, 16, 10, 0, tzinfo=ZONE)
UID = "calneg48-test@example.com"


def _mail(
    summary: str,
    body: str,
    *,
    description: str = "",
    method: str = "REQUEST",
    prodid: str = "-//Cal.com Inc.//Cal.com Event//EN",
    organizer: tuple[str, str] = ("Ada Riva", "ada.riva@firm.example"),
    utc: bool = True,
    guests: int = 0,
) -> ParsedMessage:
    calendar = icalendar.Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = icalendar.Event()
    event.add("uid", UID)
    event.add("dtstamp", datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    start = START.astimezone(UTC) if utc else START
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=50))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("organizer", f"mailto:{organizer[1]}", parameters={"CN": organizer[0]})
    event.add(
        "attendee",
        "mailto:robin@inbox.example",
        parameters={"CN": "Robin Vale", "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION"},
    )
    for number in range(guests):
        event.add(
            "attendee",
            f"mailto:colleague{number}@firm.example",
            parameters={"CN": f"Colleague {number}", "ROLE": "OPT-PARTICIPANT"},
        )
    calendar.add_component(event)
    data = calendar.to_ical().decode()
    raw = (
        f"From: {organizer[0]} <{organizer[1]}>\r\n"
        "To: Robin Vale <robin@inbox.example>\r\n"
        f"Subject: {summary}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f"--b\r\nContent-Type: text/calendar; charset=utf-8; method={method}\r\n\r\n"
        f"{data}\r\n"
        "--b--\r\n"
    )
    return parse_message(raw.encode())


def _held_back(parsed: ParsedMessage) -> None:
    assert parsed.confidence < SURE, parsed.warnings
    assert parsed.start == START
    assert parsed.uid == UID


def _sure(parsed: ParsedMessage) -> None:
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE, parsed.warnings
    assert parsed.start == START


# a therapist's or a counsellor's first consultation, booked through a scheduling page: the
# "Erstgespräch", "gesprek" or "entretien" is the practice's intake, not a job interview
THERAPY = [
    (
        "Erstgespräch Psychotherapie zwischen Dr. Anna Lenz und Robin Vale",
        "Was: Erstgespräch Psychotherapie (50 Min.)\nWo: Praxis, Bergmannstraße 5, Berlin",
    ),
    (
        "Intakegesprek psychotherapie – Robin Vale",
        "Je intakegesprek bij Praktijk De Linde is ingepland. Neem je verwijsbrief van de huisarts mee.",
    ),
    (
        "Premier entretien – psychothérapie",
        "Votre premier entretien avec Mme Dubois, psychothérapeute, est confirmé.",
    ),
    (
        "Primera sesión de psicoterapia",
        "Tu primera entrevista con la psicóloga Lucía Gil está confirmada.",
    ),
    (
        "Initial consultation: counselling session with Jo Park",
        "Your first counselling session is booked. Please fill in the intake form beforehand.",
    ),
    ("Primo colloquio di psicoterapia", "Il primo colloquio con la dott.ssa Ferri è confermato."),
    ("Samtal – psykoterapi", "Välkommen till ditt första samtal hos psykoterapeut Eva Lind."),
]

# an adviser's first talk about pensions, savings or insurance
ADVICE = [
    (
        "Kennismaking tussen Finvest Advies en Robin Vale",
        "Wat: Kennismaking (30 min) – vrijblijvend gesprek over je pensioenopbouw als zzp'er",
    ),
    (
        "Erstgespräch Altersvorsorge – Robin Vale",
        "Ihr kostenfreies Gespräch zur Altersvorsorge und Rentenlücke mit unserem Finanzberater.",
    ),
    (
        "Initial consultation – retirement planning",
        "Your financial adviser will go through your pension and savings goals.",
    ),
    (
        "Premier rendez-vous – bilan patrimonial",
        "Entretien découverte avec votre conseiller en gestion de patrimoine.",
    ),
]


@pytest.mark.parametrize(("summary", "body"), THERAPY + ADVICE)
def test_a_practices_or_advisers_first_talk_is_held_back(summary: str, body: str) -> None:
    _held_back(_mail(summary, body, description=body))


@settings(max_examples=20, deadline=None)
@given(
    case=st.sampled_from(THERAPY + ADVICE),
    method=st.sampled_from(["REQUEST", "PUBLISH"]),
    utc=st.booleans(),
)
def test_held_back_whatever_the_producer(case: tuple[str, str], method: str, utc: bool) -> None:
    summary, body = case
    _held_back(_mail(summary, body, method=method, utc=utc))


# a train or a coach saved from a journey planner, titled by the mode and two stations, on
# the reader's way to an interview the mail wishes them luck with
JOURNEYS = [
    (
        "Trein Amsterdam Centraal → Eindhoven Centraal",
        "Succes met je sollicitatiegesprek! Let op: werkzaamheden tussen Utrecht en Den Bosch.",
    ),
    (
        "Zug Köln Hbf → Frankfurt (Main) Hbf",
        "Gute Reise und viel Erfolg bei Ihrem Vorstellungsgespräch!",
    ),
    (
        "Train London Paddington -> Bristol Temple Meads",
        "Good luck with your interview! Platform shown 20 minutes before departure.",
    ),
    ("Tåg Stockholm C → Göteborg C", "Lycka till på anställningsintervjun! Plats 34, vagn 5."),
    (
        "Bus Lyon Perrache → Grenoble Gare routière",
        "Bon voyage et bonne chance pour votre entretien d'embauche !",
    ),
]


@pytest.mark.parametrize(("summary", "body"), JOURNEYS)
def test_a_journey_leg_to_an_interview_is_held_back(summary: str, body: str) -> None:
    _held_back(
        _mail(
            summary,
            body,
            method="PUBLISH",
            prodid="-//Journey Planner//EN",
            organizer=("Reisplanner", "noreply@rail.example"),
        )
    )


CONTROLS = [
    # a Nordic club's own job interview: the hiring words clear the youth age group
    (
        "Jobsamtale – ungdomstræner U15 (Robin Vale)",
        "Tak for din ansøgning til stillingen som ungdomstræner. Vi mødes i klubhuset.",
    ),
    (
        "Samtale – trener G14 (Robin Vale)",
        "Takk for søknaden din på stillingen som trener. Vi møtes i klubbhuset.",
    ),
    # a practice's or an adviser firm's interview for a post there
    (
        "Vorstellungsgespräch Psychotherapeut*in (m/w/d) – Robin Vale",
        "Vielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch.",
    ),
    (
        "Sollicitatiegesprek – Financieel adviseur pensioenen",
        "Bedankt voor je sollicitatie op de vacature Financieel adviseur. Hierbij de uitnodiging.",
    ),
    # an interview whose description gives the train to take
    (
        "Interview – Robin Vale (Data Analyst)",
        "Thanks for applying. Take the train London Paddington → Reading; we are five minutes from the station.",
    ),
]


@pytest.mark.parametrize(("summary", "body"), CONTROLS)
def test_the_same_shapes_for_the_readers_interview_stay_sure(summary: str, body: str) -> None:
    _sure(_mail(summary, body, description=body, utc=False))


# a careers service's or a coach's practice interview booked as a meeting: the interview is
# rehearsed, whatever job the reader names for it
MOCK = [
    (
        "Simulacro de entrevista con Laura (orientadora)",
        "Tipo de evento: Simulacro de entrevista (45 min)\nPuesto para el que te preparas: analista de datos junior",
    ),
    (
        "Mock interview with Priya (Careers Service)",
        "Your mock interview for graduate roles is booked. Bring the job description you are applying for.",
    ),
    (
        "Probeinterview – Bewerbungstraining",
        "Wir üben dein Vorstellungsgespräch für die Stelle als Controller.",
    ),
    (
        "Simulation d'entretien – Pôle carrière",
        "Préparez votre entretien d'embauche avec une conseillère du pôle carrière.",
    ),
    (
        "Proefsollicitatie met je loopbaanadviseur",
        "We oefenen je sollicitatiegesprek voor de functie van data-analist.",
    ),
]


@pytest.mark.parametrize(("summary", "body"), MOCK)
def test_a_practice_interview_is_held_back(summary: str, body: str) -> None:
    _held_back(_mail(summary, body, description=body, prodid="-//Calendly//Calendly Scheduler//EN"))


# a request sent to a crowd of staff is a training or a broadcast, even one about
# interviewing others; the reader's own group interview says so
TRAININGS = [
    (
        "Formation recruteurs : conduire un entretien structuré",
        "Vous êtes inscrits à la formation : grille d'évaluation, questions comportementales, biais.",
    ),
    (
        "Interviewer training: structured interviews",
        "All hiring managers are enrolled. We'll cover scorecards and bias.",
    ),
    (
        "Schulung: Strukturierte Interviews führen",
        "Alle Führungskräfte mit offenen Stellen sind angemeldet.",
    ),
]


@pytest.mark.parametrize(("summary", "body"), TRAININGS)
def test_a_request_to_a_crowd_about_interviewing_is_held_back(summary: str, body: str) -> None:
    _held_back(_mail(summary, body, description=body, guests=20, utc=False))


def test_the_readers_own_group_interview_sent_to_many_stays_sure() -> None:
    body = "Thank you for your application. Your interview is part of our group assessment; all candidates are invited."
    _sure(
        _mail(
            "Assessment centre – Graduate Programme", body, description=body, guests=20, utc=False
        )
    )


def test_new_cues_stay_linear_on_hostile_text() -> None:
    """The adviser's and therapist's phrases are read by hires_nobody over a whole text; the
    journey leg only on a title's first 200 characters, as _other_occasion reads it."""
    from service.parsing.lexicon import JOURNEY_LEG_TITLE
    from service.parsing.lookalikes import hires_nobody

    def read(text: str) -> None:
        hires_nobody(text)
        JOURNEY_LEG_TITLE.search(text[:200])

    for word in ("psychotherap ", "pensioen ", "financial ", "conseiller en ", "Trein "):
        assert_linear(read, repeated(word), label=word)
