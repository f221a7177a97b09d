"""A booking the reader made but has still to confirm by a link that expires ("this
confirmation link expires in 24 hours", "Der Bestätigungslink ist 48 Stunden gültig") is a
double opt-in: until the link is clicked the slot is not booked, so it must not go into the
calendar as sure. The same booking once accepted, and an interview whose time is set, stay
invitations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import plain_mail

SENDER = "Booking page <noreply@cloud.example.org>"
TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Sep 2026 09:00:00 +0200"

# (language, subject, summary lines with the slot, expiry sentence)
PENDING = [
    (
        "en",
        "Please confirm your interview booking",
        "  * Job interview, Acme Ltd (What)\n  * 16 September 2026 at 14:00 (Europe/London) (When)",
        "This confirmation link expires in {n} hours.",
    ),
    (
        "en",
        "Confirm your booking",
        "Interview: Wednesday 16 September 2026, 14:00 (Europe/London)",
        "The link to confirm your booking is valid for {n} hours.",
    ),
    (
        "de",
        "Bitte Buchung bestätigen",
        "  * Vorstellungsgespräch (Termin)\n  * 16. September 2026 um 14:00 (Europe/Berlin) (Wann)",
        "Der Bestätigungslink ist {n} Stunden gültig.",
    ),
    (
        "de",
        "Bestätigung erforderlich",
        "Bewerbungsgespräch am Mittwoch, 16. September 2026, 14:00 Uhr (Europe/Berlin)",
        "Dieser Bestätigungslink läuft in {n} Stunden ab.",
    ),
    (
        "fr",
        "Confirmez votre réservation",
        "  * Entretien d'embauche (Objet)\n  * 16 septembre 2026 à 14:00 (Europe/Paris) (Date)",
        "Le lien de confirmation expirera dans {n} heures.",
    ),
    (
        "es",
        "Confirme su reserva",
        "Entrevista de trabajo: 16 de septiembre de 2026, 14:00 (Europe/Madrid)",
        "El enlace de confirmación caduca en {n} horas.",
    ),
    (
        "it",
        "Conferma la prenotazione",
        "Colloquio: 16 settembre 2026 14:00 (Europe/Rome)",
        "Il link di conferma scade tra {n} ore.",
    ),
    (
        "nl",
        "Bevestig je boeking",
        "Sollicitatiegesprek: 16 september 2026 om 14:00 (Europe/Amsterdam)",
        "De bevestigingslink verloopt na {n} uur.",
    ),
    (
        "pl",
        "Potwierdź rezerwację",
        "Rozmowa kwalifikacyjna: 16 września 2026 14:00 (Europe/Warsaw)",
        "Link potwierdzający będzie ważny przez {n} godzin.",
    ),
    (
        "pt",
        "Confirme a sua reserva",
        "Entrevista: 16 de setembro de 2026 às 14:00 (Europe/Lisbon)",
        "O link de confirmação expira em {n} horas.",
    ),
    (
        "sv",
        "Bekräfta din bokning",
        "Intervju: 16 september 2026 14:00 (Europe/Stockholm)",
        "Bekräftelselänken gäller i {n} timmar.",
    ),
    (
        "ru",
        "Подтвердите бронирование",
        "Собеседование: 16 сентября 2026 г., 14:00 (Europe/Moscow)",
        "Ссылка для подтверждения действительна {n} часа.",
    ),
    (
        "ja",
        "予約の確認をお願いします",
        "面接：2026年9月16日 14:00 (Asia/Tokyo)",
        "確認用リンクの有効期限は{n}時間です。",
    ),
]


def _mail(subject: str, lines: str, tail: str) -> bytes:
    body = f"Hello Alex,\n\n{lines}\n\n{tail}\n\nThe booking page"
    return plain_mail(subject, body, sender=SENDER, to=TO, date=DATE)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PENDING), st.sampled_from(["12", "24", "48", "72"]))
def test_unconfirmed_booking_is_not_sure(row: tuple[str, str, str, str], hours: str) -> None:
    _lang, subject, lines, expiry = row
    parsed = parse_message(_mail(subject, lines, expiry.format(n=hours)))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PENDING))
def test_the_same_booking_without_the_expiring_link_is_read(row: tuple[str, str, str, str]) -> None:
    _lang, _subject, lines, _expiry = row
    parsed = parse_message(
        _mail("Your interview booking has been accepted", lines, "See you then.")
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (9, 16, 14)


def test_confirming_attendance_of_a_set_interview_stays_an_invitation() -> None:
    body = (
        "Hi Alex,\n\nyour interview with Priya is on Wednesday 16 September 2026 at 2pm "
        "(London time). Please confirm your attendance by replying to this mail.\n\nBest"
    )
    parsed = parse_message(
        plain_mail("Interview on 16 September", body, sender=SENDER, to=TO, date=DATE)
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5


def test_hostile_expiry_cue_body_stays_linear() -> None:
    def mail(n: int) -> bytes:
        body = "Bestätigungslink " * n + "lien de confirmation " * (n // 3)
        return plain_mail("Bitte bestätigen", body, sender=SENDER, to=TO, date=DATE)

    assert_linear(parse_message, mail, 60_000)
