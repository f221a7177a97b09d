"""calpanel78: calendar-bearing mail that names an interview but sets none for the reader is
not claimed: a shared calendar's notice of a candidate's interview, the panel's debrief of
several candidates, a studio recording titled "interview with" its guest, and a colleague's
forwarded invite asking the reader to take the interview in their place; the reader's own
interview from the same tools, with "interviewers" and "recorded" in it, stays claimed
(tests/parsing/corpus/build_calpanel78.py).
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import (
    _DEBRIEF_OF_MANY,
    OTHER_SENSE_INTERVIEW_CUES,
    STAND_IN_CUES,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import calendar_mail, claimed, claims_a_slot

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 03 May 2027 09:00:00 +0200"
ME = (
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
    ":mailto:alex.morgan@mailbox.example"
)


def _mail(
    subject: str, title: str, body: str, *, method: str = "REQUEST", me: bool = True
) -> bytes:
    events = [
        "BEGIN:VEVENT",
        "UID:calpanel78-test-1@example.org",
        "DTSTAMP:20270503T070000Z",
        "DTSTART:20270512T080000Z",
        "DTEND:20270512T090000Z",
        "SEQUENCE:0",
        f"SUMMARY:{title}",
        "ORGANIZER;CN=Organizer:mailto:org@firma.example",
        *([ME] if me else []),
        "END:VEVENT",
    ]
    return calendar_mail(
        subject, body, events, method=method, sender="Org <org@firma.example>", to=TO, date=DATE
    )


SHARED = {
    "it": (
        'Nuovo evento nel calendario condiviso "Selezione"',
        "Colloquio – Giulia Ferri (candidata) – Contabile",
        'Paolo Greco ha aggiunto un evento al calendario condiviso "Selezione".\n\nSala Verdi\n',
    ),
    "nl": (
        "Nieuwe afspraak in gedeelde agenda 'Werving'",
        "Gesprek kandidaat Bram Jansen (vacature 14)",
        "Mark heeft een afspraak toegevoegd aan de gedeelde agenda 'Werving'.\n",
    ),
    "de": (
        "Neuer Termin im freigegebenen Kalender „Recruiting“",
        "Interview Kandidat Jan Richter – Data Analyst",
        "Sandra hat im freigegebenen Kalender „Recruiting“ einen Termin erstellt.\n",
    ),
}


@pytest.mark.parametrize("lang", sorted(SHARED))
def test_a_shared_calendars_notice_is_not_claimed(lang: str) -> None:
    subject, title, body = SHARED[lang]
    assert not claims_a_slot(parse_message(_mail(subject, title, body, method="PUBLISH", me=False)))


DEBRIEFS = {
    "it": ("Debrief colloqui – Magazziniere", "Ciao, confrontiamo le impressioni di oggi."),
    "es": ("Debrief entrevistas – Técnico de soporte", "Hola, decidimos la terna final."),
    "nl": ("Nabespreking sollicitatiegesprekken – Planner", "Hoi, wie gaat door?"),
}


@pytest.mark.parametrize("lang", sorted(DEBRIEFS))
def test_a_debrief_of_several_candidates_is_not_claimed(lang: str) -> None:
    title, body = DEBRIEFS[lang]
    assert not claims_a_slot(parse_message(_mail(title, title, body)))


RECORDINGS = {
    "en": "Recording: interview with Alex Morgan – Founders at Work",
    "nl": "Opname: interview met Alex Morgan (De Ondernemer)",
    "de": "Aufnahme: Interview mit Alex Morgan (Gründerzeit TV)",
}


@pytest.mark.parametrize("lang", sorted(RECORDINGS))
def test_a_recording_titled_interview_with_is_not_claimed(lang: str) -> None:
    title = RECORDINGS[lang]
    assert not claims_a_slot(parse_message(_mail(title, title, "Studio B, headphones please.")))


STAND_IN = {
    "sv": (
        "VB: Intervju – Ali Haddad",
        "Hej Alex,\n\nkan du ta intervjun åt mig? Jag är bortrest.\n\n/Sara\n\n"
        "Från: Rekrytering\nSkickat: den 26 april 2027\nTill: Sara Lind\nÄmne: Intervju",
    ),
    "es": (
        "RV: Entrevista – Pablo Ruiz",
        "Alex, ¿puedes hacer la entrevista por mí? Estoy de baja.\n\nNuria\n\n"
        "De: Selección\nEnviado el: lunes, 26 de abril de 2027\nPara: Nuria Gil"
        "\nAsunto: Entrevista",
    ),
    "nl": (
        "FW: Sollicitatiegesprek – Tom Bakker",
        "Hoi Alex, kun jij het gesprek van me overnemen? Ik ben ziek.\n\nIris\n\n"
        "Van: Werving\nVerzonden: maandag 26 april 2027\nAan: Iris de Wit"
        "\nOnderwerp: Gesprek",
    ),
    "pt": (
        "ENC: Entrevista – Lucas Rocha",
        "Alex, você pode fazer a entrevista no meu lugar? Vou viajar.\n\nBia\n\n"
        "De: Recrutamento\nEnviada em: segunda-feira, 26 de abril de 2027\nPara: Beatriz"
        "\nAssunto: Entrevista",
    ),
    "it": (
        "I: Colloquio – Luca Conti",
        "Ciao Alex, puoi fare tu il colloquio al posto mio? Sono in ferie.\n\nMarta\n\n"
        "Da: Selezione\nInviato: lunedì 26 aprile 2027\nA: Marta Riva\nOggetto: Colloquio",
    ),
}


@pytest.mark.parametrize("lang", sorted(STAND_IN))
def test_a_colleagues_forwarded_invite_to_stand_in_is_not_claimed(lang: str) -> None:
    subject, body = STAND_IN[lang]
    title = subject.split(": ", 1)[1]
    assert not claims_a_slot(parse_message(_mail(subject, title, body, me=False)))


OWN = {
    "en": (
        "Your interview with Founders Fund Ltd",
        "Interview with Founders Fund Ltd – Operations Manager",
        "Hi Alex,\n\nYour interview for Operations Manager is booked. The call will be "
        "recorded for note-taking only.\n\nInterviewers: Ruth Adams, Dev Shah\n",
    ),
    "es": (
        "Entrevista – Técnico de soporte",
        "Entrevista – Alex Morgan – Técnico de soporte",
        "Hola Alex:\n\nte confirmo la entrevista para el puesto de Técnico de soporte.\n\n"
        "Entrevistadores: Nuria Gil (RR. HH.) y Pablo Soler (jefe de equipo).\n",
    ),
}


@pytest.mark.parametrize("lang", sorted(OWN))
def test_the_readers_own_interview_stays_claimed(lang: str) -> None:
    assert claimed(_mail(*OWN[lang]))


def test_the_new_cues_scan_in_linear_time() -> None:
    assert_linear(scans(_DEBRIEF_OF_MANY), repeated("debrief "), label="debrief")
    assert_linear(scans(OTHER_SENSE_INTERVIEW_CUES), repeated("recording: "), label="recording")
    assert_linear(scans(STAND_IN_CUES), repeated("kan du ta "), label="sv")
    assert_linear(scans(STAND_IN_CUES), repeated("kun jij "), label="nl")
