"""A booking tool's confirmation says what is booked in a service row: Easy!Appointments'
"Servicio:" / "Dienstleistung:" / "Serviço:", a garage's "Prestation :", a clinic's
"Service:". Where the row names a treatment or a service, even with an interview word in
another sense qualified by what it is about ("Entrevista inicial de nutrición", "Entrevista de
anamnese", "Intake interview for physiotherapy"), and nothing in the head names a job, the
booking is a customer's or a patient's: never claimed (events67: a dietitian's and a
psychologist's first sessions in es and pt-BR). The same
tools booking a job interview, the row naming it ("Entrevista de trabajo – …",
"Vorstellungsgespräch – …", "Job interview – …", "Entrevista de emprego – …"), stay
invitations at their time.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Thu, 01 Oct 2026 09:10:00 +0200"
TO = "Alex Morgan <alex.morgan@mailbox.example>"

# language: (subject, opening, row label, provider label, start label, end label)
LAYOUTS = {
    "es": (
        "Su cita ha sido reservada con éxito",
        "Su cita ha sido reservada con éxito.\n\nDetalles de la cita",
        "Servicio",
        "Proveedor",
        "Inicio",
        "Fin",
    ),
    "pt-BR": (
        "Agendamento confirmado",
        "Olá, Alex!\n\nSeu agendamento foi confirmado.",
        "Serviço",
        "Profissional",
        "Início",
        "Fim",
    ),
    "de": (
        "Ihr Termin ist erfolgreich gebucht worden.",
        "Ihr Termin ist erfolgreich gebucht worden.\n\nTermindaten",
        "Dienstleistung",
        "Anbieter",
        "Beginn",
        "Ende",
    ),
    "en": (
        "Your appointment has been successfully booked",
        "Your appointment has been successfully booked.\n\nAppointment details",
        "Service",
        "Provider",
        "Start",
        "End",
    ),
}
# the rule reads an interview word qualified by its subject; a German row ("Erstgespräch
# Physiotherapie") is not among its shapes and is left to other checks
TREATMENTS = {
    "es": ["Entrevista inicial de nutrición", "Entrevista de valoración de fisioterapia"],
    "pt-BR": ["Entrevista de anamnese – psicologia", "Entrevista inicial de fonoaudiologia"],
    "en": ["Intake interview for physiotherapy", "Initial interview of a new patient"],
}
HIRING = {
    "es": [
        "Entrevista de trabajo – Dependiente/a",
        "Entrevista de trabajo – Auxiliar administrativo/a",
    ],
    "pt-BR": ["Entrevista de emprego – Analista Financeiro", "Entrevista de emprego – Vendedor(a)"],
    "de": [
        "Vorstellungsgespräch – Sachbearbeitung Netzplanung",
        "Vorstellungsgespräch – Erzieherin",
    ],
    "en": ["Job interview – Shop Assistant", "Job interview – Data Analyst"],
}
PROVIDERS = ["Lucía Prieto", "Marina Lopes", "Tobias Lang", "Hannah Lee"]


def _booking(lang: str, service: str, provider: str, day: int, hour: int) -> bytes:
    subject, opening, row, who, begin, end = LAYOUTS[lang]
    body = (
        f"{opening}\n{row}: {service}\n{who}: {provider}\n"
        f"{begin}: {day:02d}/10/2026 {hour:02d}:00\n{end}: {day:02d}/10/2026 {hour:02d}:45\n"
    )
    return plain_mail(subject, body, sender="Bookings <citas@booking.example>", to=TO, date=SENT)


def _claimed_any(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in ("invitation", "reschedule") and parsed.confidence >= 0.5


@settings(max_examples=20, deadline=None)
@given(
    data=st.data(),
    provider=st.sampled_from(PROVIDERS),
    day=st.integers(13, 29),
    hour=st.integers(8, 18),
)
def test_a_treatment_or_service_booking_is_never_claimed(
    data: st.DataObject, provider: str, day: int, hour: int
) -> None:
    lang = data.draw(st.sampled_from(sorted(TREATMENTS)))
    service = data.draw(st.sampled_from(TREATMENTS[lang]))
    assert not _claimed_any(_booking(lang, service, provider, day, hour))


@settings(max_examples=12, deadline=None)
@given(
    data=st.data(),
    provider=st.sampled_from(PROVIDERS),
    day=st.integers(13, 23),
    hour=st.integers(8, 17),
)
def test_the_same_tool_booking_a_job_interview_is_claimed(
    data: st.DataObject, provider: str, day: int, hour: int
) -> None:
    lang = data.draw(st.sampled_from(sorted(LAYOUTS)))
    service = data.draw(st.sampled_from(HIRING[lang]))
    parsed = parse_message(_booking(lang, service, provider, day, hour))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (day, hour)
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 10, day, hour, 0)
