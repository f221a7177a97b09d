"""calendar51: a calendar REQUEST whose words name an interview in another sense than hiring
(a clinic's new-patient intake or a nutritionist's screening, an animal shelter's adoption
talk, a bank's mortgage talk) or whose title opens with a public event (a webinar, an
information session about a graduate programme) is not claimed as the reader's interview,
even though its text speaks of interviews or a selection process; the reader's own job
interview from the same tools stays claimed, with its slot
(tests/parsing/corpus/build_calendar51.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import OTHER_SENSE_INTERVIEW_CUES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import calendar_mail, claimed

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"
START = datetime(2026, 10, 14, 8, 0, tzinfo=UTC)


def _request(subject: str, title: str, body: str, sender: str) -> bytes:
    organizer = sender.split("<")[1].rstrip(">")
    events = [
        "BEGIN:VEVENT",
        "UID:calendar51-test-1@example.org",
        "DTSTAMP:20261005T070000Z",
        "DTSTART:20261014T080000Z",
        "DTEND:20261014T084500Z",
        "SEQUENCE:0",
        f"SUMMARY:{title}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.morgan@mailbox.example",
        "END:VEVENT",
    ]
    return calendar_mail(subject, body, events, method="REQUEST", sender=sender, to=TO, date=DATE)


OTHER_SENSES = {
    "en_patient": (
        "Appointment details",
        "New patient intake interview",
        "Hi Alex,\n\nYour appointment has been registered.\n\nService: New patient intake "
        "interview\nProvider: Nurse Ward\nStart: 14/10/2026 09:00\n",
        "Oakfield Surgery <bookings@oakfield-surgery.example>",
    ),
    "pt_nutrition": (
        "Convite: Entrevista de triagem",
        "Entrevista de triagem – consulta nutricional",
        "Olá Alex,\n\nNa entrevista de triagem a nutricionista conhece seus hábitos antes da "
        "primeira consulta.\n",
        "Clínica Bem Viver <agenda@bemviver.example>",
    ),
    "de_shelter": (
        "Bestätigt: Vermittlungsinterview – Kater Moritz",
        "Vermittlungsinterview – Kater Moritz",
        "Hallo Alex,\n\nim Interview sprechen wir über Ihre Wohnung; danach lernen Sie Moritz "
        "kennen.\n\nTierheim Am Deich\n",
        "Tierheim Am Deich <vermittlung@tierheim-deich.example>",
    ),
    "en_shelter": (
        "Your booking is confirmed",
        "Adoption interview – Max (beagle)",
        "Hi Alex,\n\nAt the animal shelter we will talk about your home, then you can meet Max.\n",
        "Riverbend Rescue <adopt@riverbend.example>",
    ),
    "it_mortgage": (
        "Colloquio con il consulente",
        "Colloquio con il consulente – mutuo prima casa",
        "Gentile Alex,\n\nle confermiamo il colloquio per la richiesta di mutuo prima casa.\n",
        "Banca Adige <filiale@bancaadige.example>",
    ),
    "es_mortgage": (
        "Invitación: Entrevista con su gestor",
        "Entrevista con su gestor – hipoteca",
        "Estimado Alex:\n\nLe confirmamos la entrevista con su gestor para estudiar la "
        "hipoteca de su vivienda.\n",
        "Caja Sur <oficina@cajasur-demo.example>",
    ),
    "es_info_session": (
        "Invitación: Sesión informativa",
        "Sesión informativa: Programa de Graduados 2027",
        "Te contamos cómo es el proceso de selección (pruebas online, entrevistas y "
        "assessment) y qué buscamos.\n",
        "Talento Iberia <talento@iberia-demo.example>",
    ),
    "en_webinar": (
        "Webinar: how we hire",
        "Webinar: how our interview process works",
        "Hi Alex,\n\nOur recruiters walk through each interview stage and answer questions.\n",
        "Northwind Careers <careers@northwind-demo.example>",
    ),
}


@pytest.mark.parametrize("case", sorted(OTHER_SENSES))
def test_an_interview_in_another_sense_is_not_claimed(case: str) -> None:
    subject, title, body, sender = OTHER_SENSES[case]
    raw = _request(subject, title, body, sender)
    assert not claimed(raw)
    assert parse_message(raw).start == START  # the slot is kept for review


CONTROLS = {
    "en_receptionist": (
        "Appointment details",
        "Job interview – Practice Receptionist",
        "Hi Alex,\n\nThank you for applying for the receptionist vacancy. Your appointment has "
        "been registered.\n\nService: Job interview – Practice Receptionist\n",
        "Oakfield Surgery <bookings@oakfield-surgery.example>",
    ),
    "it_selection": (
        "Colloquio di selezione – Consulente junior",
        "Colloquio di selezione – Consulente junior (Alex Morgan)",
        "Gentile Alex,\n\nla ringraziamo per la candidatura alla posizione di consulente junior "
        "e la invitiamo a un colloquio di selezione.\n",
        "Banca Adige <selezione@bancaadige.example>",
    ),
    "pt_nutritionist_job": (
        "Entrevista – vaga de nutricionista",
        "Entrevista de emprego – Alex Morgan / Nutricionista",
        "Olá Alex,\n\nobrigada pela candidatura à vaga de nutricionista. Convidamos você para "
        "uma entrevista.\n",
        "Clínica Bem Viver <rh@bemviver.example>",
    ),
    "de_video": (
        "Online-Vorstellungsgespräch",
        "Online-Vorstellungsgespräch – Alex Morgan (Werkstudent Marketing)",
        "Hallo Alex,\n\nvielen Dank für deine Bewerbung. Wir laden dich zu einem "
        "Vorstellungsgespräch per Teams ein.\n",
        "Jobkompass <lena@jobkompass-demo.example>",
    ),
}


@pytest.mark.parametrize("case", sorted(CONTROLS))
def test_the_readers_own_interview_from_the_same_tools_is_claimed(case: str) -> None:
    subject, title, body, sender = CONTROLS[case]
    raw = _request(subject, title, body, sender)
    assert claimed(raw)
    assert parse_message(raw).start == START


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(OTHER_SENSES)),
    st.sampled_from(["", "Please arrive ten minutes early.\n", "Kind regards\n"]),
)
def test_other_senses_stay_unclaimed_whatever_the_sign_off(case: str, tail: str) -> None:
    subject, title, body, sender = OTHER_SENSES[case]
    assert not claimed(_request(subject, title, body + tail, sender))


def test_the_other_sense_cues_scan_in_linear_time() -> None:
    assert_linear(
        scans(OTHER_SENSE_INTERVIEW_CUES), repeated("new patient intake "), label="patient"
    )
    assert_linear(scans(OTHER_SENSE_INTERVIEW_CUES), repeated("animal shelter "), label="shelter")


COMMITTEES = {
    "nl": (
        "Uitnodiging: Sollicitatiegesprek kandidaat Eva Jansen (commissie)",
        "Sollicitatiegesprek kandidaat Eva Jansen (commissie)",
        "Hallo Alex,\n\nJij zit namens het team in de sollicitatiecommissie. We bespreken de "
        "kandidaat direct na afloop.\n",
        "Merel de Vries <hr@polderdata-demo.example>",
    ),
    "de": (
        "Einladung: Auswahlgespräch Frau Haas",
        "Auswahlgespräch Frau Haas (Kommission)",
        "Hallo Alex,\n\ndu sitzt mit mir und Frau Kaya in der Auswahlkommission für die Stelle "
        "in der Buchhaltung.\n",
        "Frank Weber <frank.weber@stadtwerke-demo.example>",
    ),
}


@pytest.mark.parametrize("lang", sorted(COMMITTEES))
def test_a_seat_on_the_selection_committee_is_not_claimed(lang: str) -> None:
    subject, title, body, sender = COMMITTEES[lang]
    assert not claimed(_request(subject, title, body, sender))


def test_the_committee_cue_scans_in_linear_time() -> None:
    from service.parsing.lookalikes import READER_ON_PANEL_CUES

    assert_linear(scans(READER_ON_PANEL_CUES), repeated("jij zit in de "), label="commissie")
    assert_linear(scans(READER_ON_PANEL_CUES), repeated("du sitzt in der "), label="kommission")
