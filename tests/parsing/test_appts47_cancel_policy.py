"""A booking's cancellation policy ("cancel at least 24 hours before", "nicht abgesagte
Termine werden berechnet", "tout retard entraîne l'annulation") says what happens if the
reader cancels; it does not call the meeting off. Mails that do call it off stay
cancellations."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENDER = "Bookings <bookings@example.org>"
TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Sep 2026 09:00:00 +0200"

INTERVIEWS = [
    (
        "Ihr Vorstellungsgespräch am 16. September",
        "Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Ihr Vorstellungsgespräch mit "
        "Frau Kern findet am Mittwoch, 16. September 2026, um 14:00 Uhr statt.\n\nSollten Sie "
        "den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher "
        "ab; nicht abgesagte Termine werden als Absage Ihrer Bewerbung gewertet.\n\nViele Grüße",
        "2026-09-16T14:00:00+02:00",
    ),
    (
        "Votre entretien du 16 septembre",
        "Bonjour Alex,\n\nMerci pour votre candidature. Votre entretien avec Mme Perrin aura "
        "lieu le mercredi 16 septembre 2026 à 14h00.\n\nTout retard de plus de 15 minutes "
        "entraîne l'annulation de l'entretien.\n\nCordialement",
        "2026-09-16T14:00:00+02:00",
    ),
    (
        "Rozmowa kwalifikacyjna 16 września",
        "Dzień dobry,\n\ndziękujemy za aplikację. Zapraszamy na rozmowę kwalifikacyjną w środę "
        "16 września 2026 o godz. 14:00.\n\nOdwołanie rozmowy możliwe do 12 godzin przed "
        "terminem.\n\nPozdrawiamy",
        "2026-09-16T14:00:00+02:00",
    ),
    (
        "Rozmowa kwalifikacyjna – środa",
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną w środę 16 września 2026 o godz. "
        "14:00.\n\nJeśli nie może Pan przyjść, prosimy o odwołanie rozmowy.\n\nPozdrawiamy",
        "2026-09-16T14:00:00+02:00",
    ),
    (
        "Your interview on 16 September",
        "Hi Alex,\n\nThanks for applying. Your interview with Priya is on Wednesday 16 "
        "September 2026 at 2pm.\n\nCancellation policy: please let us know at least 24 hours "
        "before if you cannot attend.\n\nBest",
        "2026-09-16T14:00:00+02:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), INTERVIEWS)
def test_policy_footer_keeps_the_interview(subject: str, body: str, start: str) -> None:
    parsed = parse_message(plain_mail(subject, body, sender=SENDER, to=TO, date=DATE))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == start


SERVICES = [
    "Guten Tag,\n\nIhr Termin: Dienstag, 15. September 2026, 08:30 Uhr, Kontrolluntersuchung "
    "bei Dr. Lindner.\n\nBitte sagen Sie ihn spätestens 24 Stunden vorher ab; nicht abgesagte "
    "Termine können in Rechnung gestellt werden.",
    "Dzień dobry,\n\nprzypominamy o wizycie: wtorek, 17 listopada 2026, godz. 16:40, poradnia "
    "kardiologiczna.\n\nJeśli nie może Pan przyjść, prosimy o odwołanie wizyty.",
]


@pytest.mark.parametrize("body", SERVICES)
def test_policy_footer_is_no_cancellation(body: str) -> None:
    parsed = parse_message(plain_mail("Termin / wizyta", body, sender=SENDER, to=TO, date=DATE))
    assert parsed.kind != "cancellation"
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)


CANCELLED = [
    "Hallo Herr Morgan,\n\nIhr Vorstellungsgespräch am Mittwoch, 16. September 2026, um 14:00 "
    "Uhr wurde leider abgesagt, da die Stelle intern besetzt wurde.\n\nViele Grüße",
    "Bonjour Alex,\n\nVotre entretien du mercredi 16 septembre 2026 à 14h00 est annulé. Si "
    "vous le souhaitez, nous vous proposerons une autre date.\n\nCordialement",
    "Dzień dobry,\n\nrozmowa kwalifikacyjna w środę 16 września 2026 o godz. 14:00 została "
    "odwołana. Jeśli to możliwe, zaproponujemy nowy termin.\n\nPozdrawiamy",
    "Hi Alex,\n\nYour interview on Wednesday 16 September 2026 at 2pm has been cancelled. If "
    "you would like, we can find another slot at least 24 hours before the next panel.\n\nBest",
]


@pytest.mark.parametrize("body", CANCELLED)
def test_a_cancellation_stays_one(body: str) -> None:
    parsed = parse_message(plain_mail("Interview", body, sender=SENDER, to=TO, date=DATE))
    assert parsed.kind == "cancellation"
