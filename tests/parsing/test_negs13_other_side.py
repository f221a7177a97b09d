"""Mail with a future time that is no interview for the reader, in the shapes negs13 added.

Fixtures are written for these tests (own words): a coordinator briefing the reader as an
interviewer about someone else's candidate (a scorecard, a jury, an evaluation sheet), drop-in
hours, a salon that charges for no-shows, IT training for new staff, and a Dutch "zet het in je
agenda". Controls in the same voices set the reader's own interview and stay sure: the panel
layout naming the reader as the candidate, a final round "set for" a time after "thanks for
your time so far", an interview that says to put it in your calendar.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import interviewer_side, reader_tokens
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _mail(body: str, *, subject: str = "Thursday", to: str = "Kit Moreau") -> bytes:
    return bare_mail(
        subject,
        body,
        sender="Hana Ruiz <hana.ruiz@larkspur-works.example>",
        to=f"{to} <kit.moreau@inbox.example>",
        date="Mon, 09 Nov 2026 09:15:00 +0100",
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Panel brief: Rosa Quint",
            "Hi Kit,\r\n\r\nThanks for agreeing to sit on the panel for the analyst interviews."
            "\r\n\r\nCandidate: Rosa Quint\r\nDate: Thursday 12 November 2026\r\nTime: "
            "14:00-15:00\r\nRoom: Blue Room\r\n\r\nYour scorecard is in the hiring folder."
            "\r\n\r\nHana",
        ),
        (
            "Gespräch für Ihre Stelle",
            "Hallo Kit,\r\n\r\nfür Ihre ausgeschriebene Stelle habe ich das Gespräch mit dem "
            "Kandidaten Herrn Jonas Pahl am Donnerstag, 12.11.2026, um 14:00 Uhr eingeplant."
            "\r\n\r\nGruß\r\nHana",
        ),
        (
            "Jury",
            "Bonjour Kit,\r\n\r\nLa candidate, Mme Inès Faure, passe l'entretien jeudi 12 "
            "novembre à 14h en salle 3. La grille d'évaluation est jointe.\r\n\r\nHana",
        ),
        (
            "Planning",
            "Hoi Kit,\r\n\r\nHet gesprek met de kandidaat (Sanne Wit) is donderdag 12 november "
            "om 14:00 uur; jij doet het technische deel. Na afloop graag je beoordeling in het "
            "systeem.\r\n\r\nHana",
        ),
    ],
)
def test_an_interviewer_brief_is_not_sure(subject: str, body: str) -> None:
    result = parse_message(_mail(body, subject=subject))
    assert result.kind not in CLAIMS or result.confidence < SURE, result


def test_the_panel_layout_naming_the_reader_stays_sure() -> None:
    body = (
        "Hi Kit,\r\n\r\nHere is your interview schedule.\r\n\r\nCandidate: Kit Moreau\r\n"
        "Date: Thursday 12 November 2026\r\nTime: 14:00-15:00\r\nPanel: Tom Baird, Ines Oro\r\n"
        "\r\nThe panel fills in a scorecard afterwards.\r\n\r\nGood luck!\r\nHana"
    )
    result = parse_message(_mail(body, subject="Interview schedule"))
    assert result.kind == "invitation"
    assert result.start is not None
    assert result.start.isoformat().startswith("2026-11-12T14:00")
    assert result.confidence >= SURE, result


# a name, not a title the To line's reader drops ("Mevr", "Frau", "Herr")
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9).filter(
    lambda word: bool(reader_tokens(word.capitalize()))
)


@settings(max_examples=60, deadline=None)
@given(first=_WORD, last=_WORD)
def test_a_brief_naming_the_reader_as_candidate_is_never_the_other_side(
    first: str, last: str
) -> None:
    """Whoever the reader is, a brief that names them as the candidate is theirs."""
    name = f"{first.capitalize()} {last.capitalize()}"
    text = f"Candidate: {name}\nYour scorecard is attached."
    assert interviewer_side("Interview", text, reader_tokens(f"{name} <x@y.example>")) is None


@pytest.mark.parametrize(
    "body",
    [
        # drop-in hours
        "Bonjour Kit,\r\n\r\nVotre marraine, Nathalie, tient une permanence en visio jeudi 12 "
        "novembre de 12h à 13h. Passez quand vous voulez, sans rendez-vous.\r\n",
        "Hola Kit:\r\n\r\nTu asesora, Marta Gil, te atiende por videollamada el jueves 12 de "
        "noviembre de 10:00 a 11:00. Conéctate cuando quieras, sin cita previa.\r\n",
        # a booking that charges for no-shows
        "Hi Kit,\r\n\r\nThis is a reminder of your appointment:\r\n\r\nHaircut with Dana\r\n"
        "Thursday, Nov 12 at 4:30 PM\r\n\r\nReply C to confirm. A $20 fee applies to "
        "no-shows.\r\n",
        "Hallo Kit,\r\n\r\nIhr Termin zur Massage mit Frau Lind: Donnerstag, 12.11.2026, 16:30 "
        "Uhr. Bei Absagen unter 24 Stunden berechnen wir eine Ausfallgebühr.\r\n",
        # IT training for new staff
        "Hi Kit,\r\n\r\nWelcome to Larkspur! As part of onboarding, please attend New Hire IT "
        "Orientation & Security Training:\r\n\r\nThursday, November 12, 2026\r\n9:00 AM - "
        "10:30 AM ET\r\nZoom (link in your calendar)\r\n",
        "Hoi Kit,\r\n\r\nWe nodigen je uit voor de IT-sessie voor nieuwe medewerkers op "
        "donderdag 12 november van 09:00 tot 10:00 uur met Joost van de servicedesk.\r\n",
    ],
)
def test_drop_ins_bookings_and_new_hire_training_are_not_sure(body: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind not in CLAIMS or result.confidence < SURE, result


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hoi Kit,\r\n\r\nZet het alvast in je agenda: je tweede gesprek is op donderdag 12 "
            "november om 16:00 uur bij ons op kantoor.\r\n\r\nGroet,\r\nHana",
            "2026-11-12T16:00",
        ),
        (
            "Hi Kit,\r\n\r\nThanks for your time so far! Your final round with Dana Lee is set "
            "for Thursday, November 12, 4:00-5:00 PM on Zoom.\r\n\r\nHana",
            "2026-11-12T16:00",
        ),
    ],
)
def test_own_interviews_in_the_same_voices_stay_sure(body: str, start: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind == "invitation", result
    assert result.start is not None
    assert result.start.isoformat().startswith(start)
    assert result.confidence >= SURE, result


# weekday names by day of November 2026 modulo 7 (the 12th is a Thursday)
_EN = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_DE = ["Samstag", "Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
_FR = ["samedi", "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi"]
_OUTAGE_NOTES = [
    "Please note our careers portal will be down for maintenance on {en} {day} November from "
    "22:00 to 23:30; the interview link still works.",
    "Hinweis: Unser Bewerberportal ist am {de}, {day}.11.2026, von 18:00 bis 20:00 Uhr wegen "
    "Wartungsarbeiten nicht erreichbar.",
    "À noter : la plateforme sera en maintenance le {fr} {day} novembre de 6h à 7h.",
]


@settings(max_examples=30, deadline=None)
@given(day=st.integers(min_value=13, max_value=20), note=st.sampled_from(_OUTAGE_NOTES))
def test_an_outage_note_leaves_the_interview_sure(day: int, note: str) -> None:
    """A day named only for a portal's maintenance is no second option to choose from."""
    body = (
        "Hi Kit,\r\n\r\nYour video interview is confirmed for Thursday 12 November 2026 at "
        "14:00 GMT (45 minutes) with Sarah Quinn.\r\n\r\n"
        + note.format(day=day, en=_EN[day % 7], de=_DE[day % 7], fr=_FR[day % 7])
        + "\r\n\r\nHana"
    )
    result = parse_message(_mail(body, subject="Your video interview"))
    assert result.kind == "invitation", result
    assert result.start is not None
    assert result.start.isoformat().startswith("2026-11-12T14:00")
    assert result.confidence >= SURE, result


@settings(max_examples=20, deadline=None)
@given(hour=st.integers(min_value=1, max_value=6), minute=st.sampled_from([0, 15, 30, 45]))
def test_an_h_clock_is_a_24_hour_clock(hour: int, minute: int) -> None:
    """'6h00', '5h30' (French, Portuguese, Spanish writers) are morning times: the evening is
    '18h00'. A bare '6' or '5.30' stays the afternoon guess."""
    body = (
        f"Bonjour Kit,\r\n\r\nVotre entretien avec Julie aura lieu le jeudi 12 novembre à "
        f"{hour}h{minute:02d} dans nos locaux.\r\n\r\nHana"
    )
    result = parse_message(_mail(body, subject="Votre entretien"))
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (hour, minute), result


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\r\n\r\nUne opération de maintenance est prévue le jeudi 12 novembre de 6h00 "
        "à 7h00 (heure de Paris). Les réunions en cours pourront être interrompues.\r\n",
        "Hello,\r\n\r\nOur candidate portal will be unavailable for planned maintenance on "
        "Thursday 12 November from 22:00 to 23:30 GMT. Your interviews are not affected.\r\n",
    ],
)
def test_a_maintenance_window_is_not_sure(body: str) -> None:
    result = parse_message(_mail(body, subject="Planned maintenance"))
    assert result.kind not in CLAIMS or result.confidence < SURE, result


def test_a_maintenance_job_interview_stays_sure() -> None:
    body = (
        "Hi Kit,\r\n\r\nWe would like to invite you to an interview for the Maintenance "
        "Technician role on Thursday 12 November 2026 at 10:00 GMT with our site manager."
        "\r\n\r\nHana"
    )
    result = parse_message(_mail(body, subject="Interview: Maintenance Technician"))
    assert result.kind == "invitation", result
    assert result.confidence >= SURE, result
