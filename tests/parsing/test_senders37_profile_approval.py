"""A French employer answering an application says "Votre profil a retenu notre attention"
(Dolibarr's answer to a candidature, Taleez's mail to applicants) and then books the
interview: the reader is invited. A recruiter who FINDS the profile ("j'ai découvert votre
profil") is making a first approach, where a time is still a suggestion, and so is a
Brazilian recruiter's "Seu perfil tem tudo a ver!"; an applicant asked to pick a slot is
not invited either."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip

weekdays = st.dates(date(2027, 1, 4), date(2027, 6, 25)).filter(lambda d: d.weekday() < 5)
hours = st.integers(8, 17)
minutes = st.sampled_from([0, 15, 30, 45])


def _start(raw: bytes) -> str:
    parsed = parse_message(raw)
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


@settings(max_examples=25, deadline=None)
@given(day=weekdays, hour=hours, minute=minutes)
def test_french_answer_to_a_candidature_books_the_interview(
    day: date, hour: int, minute: int
) -> None:
    month = FR_MONTHS[day.month - 1]
    when = f"{FR_DAYS[day.weekday()]} {day.day} {month} {day.year} à {hour}h{minute:02d}"
    raw = plain_mail(
        "Votre candidature - Responsable logistique",
        "Merci de votre candidature.\n\nBonjour Alex,\n\nVotre profil a retenu notre attention. "
        f"Nous vous proposons un entretien le {when} dans nos bureaux de Lyon.\n\n"
        "Merci de nous confirmer votre présence.\n\nClaire Dumont\n",
        sender="Claire Dumont <recrutement@levain.example.fr>",
        to="alex@mailbox.example",
        date="Mon, 07 Dec 2026 10:05:00 +0100",
    )
    assert claimed(raw)
    assert _start(raw).startswith(f"{day.isoformat()}T{hour:02d}:{minute:02d}")


def test_a_recruiter_who_found_the_profile_still_only_suggests() -> None:
    raw = plain_mail(
        "Opportunité - Data Engineer",
        "Bonjour Alex,\n\nJ'ai découvert votre profil sur un réseau professionnel et "
        "j'aimerais vous présenter un poste. Seriez-vous ouvert à un échange mardi 12 janvier "
        "à 14h ?\n\nBien à vous,\nMarc\n",
        sender="Marc Petit <marc@chasseurs.example.fr>",
        to="alex@mailbox.example",
        date="Mon, 07 Dec 2026 10:05:00 +0100",
    )
    assert not claimed(raw)


def test_a_brazilian_recruiters_cold_message_still_only_suggests() -> None:
    raw = plain_mail(
        "Vaga de Analista de BI - podemos conversar?",
        "Oi, Alex! Tudo bem?\n\nSou recrutadora e estou com uma vaga de Analista de BI. Seu "
        "perfil tem tudo a ver! Topa um bate-papo na quinta (14/01) às 10h?\n\nAbraço,\n"
        "Juliana\n",
        sender="Juliana Rocha <juliana@ponte.example.com.br>",
        to="alex@mailbox.example",
        date="Mon, 07 Dec 2026 10:05:00 -0300",
    )
    assert not claimed(raw)


def test_an_applicant_asked_to_pick_a_slot_is_not_invited() -> None:
    raw = plain_mail(
        "Votre candidature - Choisissez votre créneau",
        "Bonjour Alex,\n\nVotre profil a retenu notre attention. Choisissez un créneau pour "
        "votre entretien avec ce lien avant le mardi 12 janvier à 18h :\n"
        "https://rdv.example.fr/creneaux/91b2\n\nL'équipe recrutement\n",
        sender="Recrutement <jobs@levain.example.fr>",
        to="alex@mailbox.example",
        date="Mon, 07 Dec 2026 10:05:00 +0100",
    )
    assert not claimed(raw)
