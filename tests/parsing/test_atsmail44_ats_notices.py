"""Candidate-facing notices from ATS and booking software without a calendar part:

- an ATS's answer to a reschedule request names the slot given up in a clause that ends on
  "telah diubah" / "telah dipinda" (has been changed / amended) and lists the new one below
  it: the interview is at the new time, and the mail says it moved;
- "join 15 menit sebelumnya" (join 15 minutes beforehand) says how early to come, not how
  long the interview lasts;
- a booking tool's status change "was changed from Approved to Cancelled" (LatePoint) or a
  "Status: CANCELLED" row calls the slot off.

Fixtures are written for these tests (own words in the shapes of the atsmail44 batch).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import eight_bit_mail


def _mail(body: str, subject: str = "Interview", offset: str = "+0700") -> ParsedMessage:
    raw = eight_bit_mail(
        subject,
        body,
        sender="HR <hr@example.co.id>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=f"Mon, 02 Mar 2026 09:12:00 {offset}",
    )
    return parse_message(raw)


def _wall(value: datetime | None) -> tuple[int, int, int, int] | None:
    return None if value is None else (value.month, value.day, value.hour, value.minute)


# (the clause that gives the old slot up, the label of the new slot's day, of its hour)
MOVES = [
    (
        "Jadwal interview User pada Senin, 20 April 2026 pukul 10:00 telah diubah. "
        "Berikut ini jadwal yang baru:",
        "Hari / Tanggal: Rabu, 22 April 2026",
        "Pukul: 14:00 - selesai",
    ),
    (
        "Jadwal wawancara anda pada Senin, 20 April 2026 pukul 10:00 sudah dipindahkan.",
        "Hari / Tanggal: Rabu, 22 April 2026",
        "Pukul: 14:00 WIB - selesai",
    ),
    (
        "Jadual temu duga anda pada Isnin, 20 April 2026 jam 10:00 telah dipinda. "
        "Berikut jadual baharu:",
        "Hari / Tarikh: Rabu, 22 April 2026",
        "Masa: 14:00 - selesai",
    ),
]


@pytest.mark.parametrize(("given_up", "day", "hour"), MOVES)
def test_the_slot_a_notice_says_was_changed_is_not_the_interview(
    given_up: str, day: str, hour: str
) -> None:
    got = _mail(f"Yth. Alex Morgan,\n\n{given_up}\n\n{day}\n{hour}\nTempat: Kantor Pusat")
    assert _wall(got.start) == (4, 22, 14, 0)
    assert got.kind == "reschedule"


def test_a_slot_changed_to_a_video_call_keeps_its_time() -> None:
    got = _mail(
        "Dear Alex,\n\nYour interview on Wednesday, 22 April 2026 at 10:00 has been changed "
        "to a video call. Link: https://meet.example.com/abc",
        offset="+0100",
    )
    assert _wall(got.start) == (4, 22, 10, 0)


@settings(max_examples=20, deadline=None)
@given(
    minutes=st.sampled_from([10, 15, 20, 30]),
    note=st.sampled_from(
        [
            "Catatan: Pastikan anda sudah join {m} menit sebelumnya, dan siap mengikuti interview",
            "Mohon hadir {m} menit sebelumnya.",
            "Sila hadir {m} minit lebih awal.",
        ]
    ),
)
def test_minutes_beforehand_are_not_the_interviews_length(minutes: int, note: str) -> None:
    got = _mail(
        "Kami mengundang anda untuk interview HR pada:\n\n"
        "Hari / Tanggal: Selasa, 17 Maret 2026\nPukul: 09:00 - selesai\n"
        f"Tempat: Google Meet\n{note.format(m=minutes)}"
    )
    assert _wall(got.start) == (3, 17, 9, 0)
    assert got.end is None


@pytest.mark.parametrize(
    "line",
    [
        "The status of your Hiring Manager Interview with Luis Ortega was changed from "
        "Approved to Cancelled.",
        "Your interview booking has been updated.\nStatus: CANCELLED",
        "The status of your interview is now Cancelled.",
    ],
)
def test_a_status_changed_to_cancelled_calls_the_slot_off(line: str) -> None:
    got = _mail(
        f"Hi Alex Morgan,\n\n{line}\n\nAppointment Details:\nAgent: Luis Ortega\n"
        "Date, Time: April 9, 2026, 9:30 am - 10:00 am",
        offset="-0600",
    )
    assert got.kind == "cancellation"
    assert _wall(got.start) == (4, 9, 9, 30)


def test_a_status_confirmed_is_still_an_invitation() -> None:
    got = _mail(
        "Hi Alex Morgan,\n\nThe status of your Screening Interview with Dana was changed from "
        "Pending to Approved.\n\nNo-shows and cancelled bookings cannot be refunded.\n\n"
        "Date, Time: April 9, 2026, 9:30 am - 10:00 am",
        offset="-0600",
    )
    assert got.kind == "invitation"
