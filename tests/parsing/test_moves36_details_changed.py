# ruff: noqa: E501
"""A booking tool's "the appointment details have changed" notice lists the slot as it now
stands: the user's calendar must move the interview there (a `reschedule`), not add a second
booking. The same notice says "booked" when it is new, which stays an invitation. Strings are
the tools' own (Easy!Appointments translations_lang.php, another booking template's "your
booking details have been changed"); a move named from one slot to another in Bengali
("… থেকে পরিবর্তন করে …", as the Hindi "… से बदलकर …") is a move too."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENDER = "Booking Desk <booking@harbour-careers.example>"


def _notice(title: str, start_label: str, end_label: str, zone_date: str) -> bytes:
    body = (
        f"{title}\n\nService: Interview – Data Analyst\nProvider: Kim Sato\n"
        f"{start_label}: 16/12/2026 14:00\n{end_label}: 16/12/2026 14:45\n\n"
        "https://booking.example/index.php/appointments/index/4b7d\n"
    )
    return plain_mail(
        title, body, sender=SENDER, to="alex@mailbox.example", date=f"Wed, 09 Dec 2026 {zone_date}"
    )


def _read(raw: bytes) -> tuple[str, str, float]:
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


@pytest.mark.parametrize(
    ("title", "start_label", "end_label", "sent", "start"),
    [
        ("Appointment details have changed", "Start", "End", "09:05:00 -0500", "2026-12-16T14:00:00-05:00"),
        ("Your booking details have been changed.", "Start", "End", "09:05:00 -0500", "2026-12-16T14:00:00-05:00"),
        ("Se han modificado los detalles de la cita.", "Inicio", "Final", "09:05:00 +0100", "2026-12-16T14:00:00+01:00"),
        ("I dettagli dell'appuntamento sono cambiati.", "Inizio", "Fine", "09:05:00 +0100", "2026-12-16T14:00:00+01:00"),
        ("Detalhes do agendamento foram alterados.", "Inicio", "Fim", "09:05:00 -0300", "2026-12-16T14:00:00-03:00"),
        ("Randevu detayları değiştirildi.", "Başlangıç", "Bitiş", "09:05:00 +0300", "2026-12-16T14:00:00+03:00"),
        ("Detalji sastanka su promijenjeni.", "Početak", "Kraj", "09:05:00 +0100", "2026-12-16T14:00:00+01:00"),
    ],
)  # fmt: skip
def test_details_changed_notice_is_a_move_to_the_listed_slot(
    title: str, start_label: str, end_label: str, sent: str, start: str
) -> None:
    kind, got, confidence = _read(_notice(title, start_label, end_label, sent))
    assert (kind, got) == ("reschedule", start)
    assert confidence >= 0.5


def test_booked_notice_stays_an_invitation() -> None:
    raw = _notice("Your appointment has been successfully booked", "Start", "End", "09:05:00 -0500")
    assert _read(raw)[:2] == ("invitation", "2026-12-16T14:00:00-05:00")


@pytest.mark.parametrize(
    ("body", "sent", "start"),
    [
        (
            "প্রিয় অ্যালেক্স,\n\nআপনার সাক্ষাৎকার 14 ডিসেম্বর সকাল 10টা থেকে পরিবর্তন করে "
            "15 ডিসেম্বর 2026, বিকেল 3:30টায় নির্ধারণ করা হয়েছে।\n\nধন্যবাদ,\nতানিয়া রহমান\n",
            "Wed, 09 Dec 2026 09:05:00 +0600",
            "2026-12-15T15:30:00+06:00",
        ),
    ],
)
def test_named_move_from_one_slot_to_another_is_a_reschedule(
    body: str, sent: str, start: str
) -> None:
    raw = plain_mail("Mülakat / সাক্ষাৎকার", body, sender=SENDER, to="alex@mailbox.example", date=sent)
    assert _read(raw)[:2] == ("reschedule", start)
