"""Indonesian and Malay "sebelum" (before) and "selambat-lambatnya" (at the latest) set a
deadline, as "paling lambat" already did: a test to finish by then is no meeting, and a reply
due before the interview does not become its time."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

SENDER = "HR <hr@maju.example.co.id>"
ME = "Alex Morgan <alex.morgan@mailbox.example>"
SENT = "Mon, 08 Jun 2026 09:00:00 +0700"


@pytest.mark.parametrize(
    "body",
    [
        "Terima kasih atas lamaran Anda. Silakan selesaikan tes online sebelum Jumat, "
        "12 Juni 2026 pukul 17.00 WIB. Tautan tes ada di bawah.",
        "Mohon unggah portofolio Anda selambat-lambatnya Jumat, 12 Juni 2026 pukul 17.00 WIB.",
        "Sila lengkapkan ujian dalam talian sebelum Jumaat, 12 Jun 2026 jam 5 petang.",
    ],
)
def test_a_deadline_is_not_claimed(body: str) -> None:
    # (an English subject, as many Indonesian and Malaysian firms write them)
    raw = plain_mail("Interview process: next step", body, sender=SENDER, to=ME, date=SENT)
    assert not claimed(raw)


def test_the_interview_wins_over_the_reply_due_before_it() -> None:
    raw = plain_mail(
        "Undangan wawancara",
        "Kami mengundang Anda untuk wawancara pada hari Jumat, 12 Juni 2026 pukul 10.00 WIB. "
        "Mohon konfirmasi kehadiran sebelum Rabu, 10 Juni pukul 17.00.",
        sender=SENDER,
        to=ME,
        date=SENT,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 6, 12, 10, 0)


def test_arriving_before_the_interview_keeps_its_time() -> None:
    raw = plain_mail(
        "Undangan wawancara",
        "Kami mengundang Anda untuk wawancara. Harap datang 15 menit sebelum wawancara pada "
        "Jumat, 12 Juni 2026 pukul 10.00 WIB.",
        sender=SENDER,
        to=ME,
        date=SENT,
    )
    parsed = parse_message(raw)
    assert claimed(raw)
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 6, 12, 10, 0)
