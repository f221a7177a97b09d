# ruff: noqa: E501 (fixture sentences read best one a line)
"""A booking page tells its owner that someone booked them ("X a pris rendez-vous avec
vous", "X marcou um compromisso com você", "X забронировал встречу с вами"): the reader
hosts the slot and is not the one invited, even when the slot is an interview the reader
conducts. The booker's own copy ("your booking has been accepted") stays an invitation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Sep 2026 09:00:00 +0200"

# (subject, notice sentence with {who}, slot line) in our own words, several forms per language
HOST = [
    (
        "Nouveau créneau réservé",
        "Bonjour Alex, {who} a pris rendez-vous avec vous pour l'entretien d'embauche.",
        "Date : 16 septembre 2026 à 14:00 (Europe/Paris)",
    ),
    (
        "Réservation",
        "{who} a réservé un créneau avec vous : entretien de stage.",
        "Quand : mercredi 16 septembre 2026, 14h00",
    ),
    (
        "Novo agendamento",
        "Olá Alex, {who} marcou uma entrevista com você.",
        "Data: 16 de setembro de 2026 às 14:00 (America/Sao_Paulo)",
    ),
    (
        "Novo compromisso",
        "{who} reservou um horário com você para a entrevista técnica.",
        "Quando: 16/09/2026 14:00",
    ),
    (
        "Новая запись",
        "Здравствуйте, Алекс! {who} забронировал(а) встречу с вами: собеседование.",
        "Дата: 16 сентября 2026 г., 14:00 (Europe/Moscow)",
    ),
    (
        "Новая запись на собеседование",
        "{who} записался на собеседование с вами.",
        "Когда: 16.09.2026 14:00",
    ),
    (
        "Nueva cita",
        "Estimado Alex, {who} ha reservado una cita con usted: entrevista de trabajo.",
        "Fecha: 16 de septiembre de 2026, 14:00 (Europe/Madrid)",
    ),
    (
        "Nowa rezerwacja",
        "{who} rezerwuje czas na spotkanie z Tobą: rozmowa kwalifikacyjna.",
        "Data: 16 września 2026 14:00 (Europe/Warsaw)",
    ),
    (
        "新しい予約",
        "{who}さんがあなたとの面接を予約しました。",
        "日時: 2026年9月16日 14:00 (Asia/Tokyo)",
    ),
]
WHO = [
    "Julien Moreau (julien.moreau@courriel.example)",
    "Beatriz Lima",
    "Дмитрий Орлов",
    "Kacper Wiśniewski (k.w@poczta.example)",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(HOST), st.sampled_from(WHO))
def test_someone_booking_the_reader_is_not_claimed(row: tuple[str, str, str], who: str) -> None:
    subject, sentence, slot = row
    body = f"{sentence.format(who=who)}\n\n{slot}\n\n-- \nBooking page"
    parsed = parse_message(
        plain_mail(
            subject, body, sender="Booking page <noreply@cloud.example.org>", to=TO, date=DATE
        )
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


ATTENDEE = [
    (
        "Votre rendez-vous « Entretien d'embauche » avec Claire Dubois a été accepté",
        "Bonjour Alex, votre réservation a été acceptée.\n\nDate : 16 septembre 2026 à 14:00 (Europe/Paris)",
    ),
    (
        'Seu compromisso "Entrevista" com Mariana Souza foi aceito',
        "Olá Alex, sua reserva foi aceita.\n\nData: 16 de setembro de 2026 às 14:00 (America/Sao_Paulo)",
    ),
    (
        "Ваша встреча «Собеседование» с Анной Смирновой подтверждена",
        "Здравствуйте, Алекс, ваше бронирование подтверждено.\n\nДата: 16 сентября 2026 г., 14:00 (Europe/Moscow)",
    ),
]


def test_the_bookers_copy_stays_an_invitation() -> None:
    for subject, body in ATTENDEE:
        parsed = parse_message(
            plain_mail(
                subject, body, sender="Booking <noreply@cloud.example.org>", to=TO, date=DATE
            )
        )
        assert parsed.kind == "invitation", subject
        assert parsed.start is not None
        assert (parsed.start.day, parsed.start.hour) == (16, 14)


def _host_copy(method: str | None, sentence: str) -> bytes:
    event = [
        "BEGIN:VEVENT",
        "UID:3c1d9e2a-host-copy@cloud.example.org",
        "DTSTAMP:20260907T070000Z",
        "DTSTART:20260916T120000Z",
        "DTEND:20260916T123000Z",
        "SUMMARY:Julien Moreau - Entretien de recrutement",
        "ORGANIZER;CN=Alex Morgan:mailto:alex.morgan@mailbox.example",
        "ATTENDEE;CN=Julien Moreau;PARTSTAT=ACCEPTED:mailto:julien.moreau@courriel.example",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    body = f"Bonjour Alex, {sentence}\n\nDate : 16 septembre 2026 à 14:00 (Europe/Paris)"
    return calendar_mail(
        "Nouveau rendez-vous « Entretien de recrutement »",
        body,
        event,
        method=method,
        sender="Julien Moreau <noreply@cloud.example.org>",
        to=TO,
        date=DATE,
    )


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from([None, "PUBLISH", "REQUEST"]),
    st.sampled_from(
        [
            "Julien Moreau (julien.moreau@courriel.example) a pris rendez-vous avec vous.",
            "Julien Moreau a réservé un créneau avec vous pour un entretien.",
        ]
    ),
)
def test_the_hosts_copy_with_its_calendar_is_not_claimed(method: str | None, sentence: str) -> None:
    parsed = parse_message(_host_copy(method, sentence))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
