"""calfix52: three calendar kinds calendar51 left wrong, each with a second sender
(tests/parsing/corpus/build_calfix52.py, dev only):

- Google Calendar's cancellation says the event was "supprimé de votre agenda", "verwijderd
  uit je agenda", "removido da sua agenda": that is no digest of the reader's agenda, so the
  zone the text names (UTC in the file) is the one reported;
- an invite to the interviewers' debrief or scorecard review of someone else's interview is
  not the reader's interview; the reader's own interview from the same tool stays claimed;
- a published calendar listing one employer's interview slots, each with another candidate,
  is a slot list, not the reader's interview; a published interview day of the reader's
  stays claimed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import DIGEST_CUES
from service.parsing.lookalikes import _DEBRIEF_TITLE
from service.parsing.parser import _SLOT_FOR_PERSON
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import calendar_mail, claimed

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"
ME = (
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
    ":mailto:alex.morgan@mailbox.example"
)


def _event(
    uid: str, start: str, end: str, title: str, *, organizer: str | None, seq: int = 0
) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261005T070000Z",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"SEQUENCE:{seq}",
        f"SUMMARY:{title}",
    ]
    if organizer:
        lines += [f"ORGANIZER;CN=Organizer:mailto:{organizer}", ME]
    return [*lines, "END:VEVENT"]


# ------------------------------------------------------------------ Google's cancellations
CANCELS = {
    "fr": (
        "Cet événement a été annulé et supprimé de votre agenda.",
        "Entretien – Alex Morgan / Chargé de projet",
        "jeudi 15 octobre 2026 14:00 – 15:00 (heure d'été d'Europe centrale - Paris)",
        "Europe/Paris",
        "Invitation de Google Agenda",
    ),
    "nl": (
        "Dit evenement is geannuleerd en verwijderd uit je agenda.",
        "Sollicitatiegesprek Alex Morgan – Werkvoorbereider",
        "donderdag 15 oktober 2026 14:00 – 15:00 (Midden-Europese zomertijd - Amsterdam)",
        "Europe/Amsterdam",
        "Uitnodiging van Google Agenda",
    ),
    "pt": (
        "Este evento foi cancelado e removido da sua agenda.",
        "Entrevista – Alex Morgan / Analista de Compras",
        "quinta-feira, 15 de outubro de 2026 09:00 – 10:00"
        " (Horário Padrão de Brasília - São Paulo)",
        "America/Sao_Paulo",
        "Convite do Google Agenda",
    ),
}
CANCEL_UTC = {"fr": "20261015T120000Z", "nl": "20261015T120000Z", "pt": "20261015T120000Z"}


@pytest.mark.parametrize("lang", sorted(CANCELS))
def test_a_google_cancellation_takes_the_zone_its_text_names(lang: str) -> None:
    line, title, when, zone, footer = CANCELS[lang]
    start = CANCEL_UTC[lang]
    end = start.replace("T12", "T13")
    events = _event("gc52@google.com", start, end, title, organizer="hr@firm.example", seq=1)
    events = [*events[:-1], "STATUS:CANCELLED", "END:VEVENT"]
    raw = calendar_mail(
        f"Cancelled: {title}",
        f"{line}\n\n{title}\n{when}\n\n{footer}",
        events,
        method="CANCEL",
        sender="HR <hr@firm.example>",
        to=TO,
        date=DATE,
    )
    result = parse_message(raw)
    assert result.kind == "cancellation"
    assert result.start is not None
    assert result.start.astimezone(UTC) == datetime(2026, 10, 15, 12, 0, tzinfo=UTC)
    assert result.timezone == zone


@pytest.mark.parametrize(
    "text",
    [
        "Cet événement a été supprimé de votre agenda.",
        "Dit evenement is verwijderd uit je agenda.",
        "Este evento foi removido da sua agenda.",
        "Este evento se ha eliminado de tu agenda.",
    ],
)
def test_removed_from_your_agenda_is_no_digest(text: str) -> None:
    assert DIGEST_CUES.search(text) is None


@pytest.mark.parametrize(
    "text",
    ["Voici votre agenda pour demain", "Dit is je agenda voor vandaag", "Resumo: sua agenda"],
)
def test_a_digest_of_your_agenda_is_still_one(text: str) -> None:
    assert DIGEST_CUES.search(text) is not None


# ------------------------------------------------------------------ debriefs and scorecards
DEBRIEFS = {
    "en": (
        "Debrief: Jordan Blake – Senior Backend Engineer",
        "Hi panel,\n\nThanks for interviewing Jordan yesterday. Please have your scorecards in "
        "before we meet to decide.\n",
    ),
    "de": (
        "Nachbesprechung: Lea Brandt – Frontend-Entwicklerin",
        "Hallo Alex,\n\ndanke für das Fachinterview mit Lea gestern. Bitte trag deine Scorecard "
        "bis morgen ein.\n",
    ),
    "fr": (
        "Débrief : Hugo Martel – Contrôleur de gestion",
        "Bonjour Alex,\n\nmerci d'avoir reçu Hugo mardi. Pensez à remplir votre fiche "
        "d'évaluation avant le débrief.\n",
    ),
}


@pytest.mark.parametrize("lang", sorted(DEBRIEFS))
def test_an_invite_to_the_interviewers_debrief_is_not_claimed(lang: str) -> None:
    title, body = DEBRIEFS[lang]
    events = _event(
        "db52@ats.example", "20261014T140000Z", "20261014T143000Z", title, organizer="r@co.example"
    )
    raw = calendar_mail(
        f"Invitation: {title}",
        body,
        events,
        method="REQUEST",
        sender="Recruiting <r@co.example>",
        to=TO,
        date=DATE,
    )
    assert not claimed(raw)


def test_the_readers_own_interview_from_an_ats_is_claimed() -> None:
    title = "Interview: Alex Morgan (Data Analyst) – Hiring Manager Round"
    events = _event(
        "own52@ats.example", "20261014T140000Z", "20261014T144500Z", title, organizer="r@co.example"
    )
    raw = calendar_mail(
        f"Invitation: {title}",
        "Hi Alex,\n\nThank you for applying to the Data Analyst role. Your interview with the "
        "hiring manager is confirmed; we'll send a video link the day before.\n",
        events,
        method="REQUEST",
        sender="Recruiting <r@co.example>",
        to=TO,
        date=DATE,
    )
    assert claimed(raw)


# ------------------------------------------------------------------ published slot lists
def _published(titles: list[str], subject: str, body: str) -> bytes:
    events: list[str] = []
    for i, title in enumerate(titles):
        hour = 9 + i
        events += _event(
            f"slot52-{i}@cal.example",
            f"202611{10 + i // 4:02d}T{hour:02d}0000Z",
            f"202611{10 + i // 4:02d}T{hour:02d}3000Z",
            title,
            organizer=None,
        )
    return calendar_mail(
        subject,
        body,
        ["X-WR-CALNAME:Interviews", *events],
        method="PUBLISH",
        sender="Calendar <calendar@cal.example>",
        to=TO,
        date=DATE,
    )


NAMES = ["Tyler R.", "Keisha W.", "Dana P.", "R. Jansen", "Lucía G.", "Léa B.", "K. Yilmaz"]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES), min_size=2, max_size=5, unique=True),
    st.sampled_from(["Interview", "Bewerbungsgespräch", "Entrevista", "Colloquio candidato"]),
)
def test_a_published_list_of_other_peoples_slots_is_not_claimed(
    names: list[str], word: str
) -> None:
    raw = _published(
        [f"{word}: {name}" for name in names],
        "Shared calendar: interview slots",
        "Hi Alex,\n\nI have shared the calendar of interview slots for the shop with you.\n",
    )
    assert not claimed(raw)


def test_the_readers_own_interview_day_published_as_sessions_is_claimed() -> None:
    raw = _published(
        ["Interview day: coding exercise", "Interview day: system design"],
        "Your interview day at Harbourline",
        "Hi Alex,\n\nYour interview day is confirmed: the two sessions are in the attached "
        "calendar file.\n",
    )
    assert claimed(raw)


def test_the_new_cues_scan_in_linear_time() -> None:
    assert_linear(scans(_DEBRIEF_TITLE), repeated("debrie "), label="debrief")
    assert_linear(scans(_SLOT_FOR_PERSON), repeated(": Tyler R. "), label="slot title")
    assert_linear(
        lambda text: DIGEST_CUES.search(text), repeated("supprimé de votre "), label="agenda"
    )
