"""Shapes first met in the fwdmix14 batch (users forwarding invitations with a note of their
own): a note that moves the slot to a bare weekday means that weekday of the moved slot's
week, in the slot's zone, and wins over however fully the old slot is written; Polish past
tenses of moving verbs; a unit's ending before "früher" is no length; a note that disowns the
invitation. Each case is the smallest mail of that shape; the mails are ours."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _forward(
    date: str, note: str, body: str, sent: str = "Mon, 25 Jan 2027 09:15:00 +0000"
) -> bytes:
    text = (
        f"{note}\r\n\r\n---------- Forwarded message ----------\r\n"
        "From: Ruth Ames <ruth.ames@orchard-hr.example.com>\r\n"
        "Subject: Interview\r\n"
        f"Date: {sent}\r\n"
        "To: Alex Morgan <alex.morgan@mailbox.example>\r\n\r\n"
        f"{body}\r\n"
    )
    return (
        "From: Alex Morgan <alex.morgan@mailbox.example>\r\nTo: in+inbox@afterview.example\r\n"
        f"Subject: Fwd: Interview\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}"
    ).encode()


BODY = (
    "Hi Alex,\r\n\r\nWe'd like to meet you on Thursday 4 February at 3pm GMT for an hour."
    "\r\n\r\nRuth"
)


def test_move_note_weekday_is_in_the_moved_slots_week_and_zone() -> None:
    raw = _forward(
        "Wed, 27 Jan 2027 13:00:00 +0100",
        "Achtung: wurde auf Freitag, 10:00 Uhr verschoben.",
        BODY,
    )
    result = parse_message(raw)
    assert result.kind == "reschedule"
    # Friday of the week of Thursday 4 February, not Friday 29 January after the note
    assert result.start == datetime(2027, 2, 5, 10, 0, tzinfo=UTC)


def test_polish_past_tense_move_note() -> None:
    raw = _forward("Wed, 27 Jan 2027 13:00:00 +0100", "Przełożyli na piątek 10:00.", BODY)
    result = parse_message(raw)
    assert result.kind == "reschedule"
    assert result.start is not None
    assert result.start.date() == datetime(2027, 2, 5).date()
    assert (result.start.hour, result.start.minute) == (10, 0)


def test_japanese_change_note_with_a_full_date_wins() -> None:
    raw = _forward(
        "Wed, 27 Jan 2027 13:00:00 +0900",
        "時間が変更になりました：2月5日（金）10時からです。",
        BODY,
    )
    result = parse_message(raw)
    assert result.start is not None
    assert (result.start.month, result.start.day, result.start.hour) == (2, 5, 10)


def test_a_note_naming_the_old_slot_keeps_the_new_one_below() -> None:
    raw = _forward(
        "Wed, 27 Jan 2027 13:00:00 +0100",
        "Termin so prestavili, prej je bil sreda, 3. februar 2027 09:00. Spodaj je nov termin.",
        BODY,
    )
    result = parse_message(raw)
    assert result.start == datetime(2027, 2, 4, 15, 0, tzinfo=UTC)


@settings(max_examples=25, deadline=None)
@given(
    minutes=st.sampled_from([10, 15, 20, 30]),
    word=st.sampled_from(["früher", "vorher", "early", "earlier"]),
    unit=st.sampled_from(["Minuten", "minutes", "Min."]),
)
def test_being_early_is_no_length(minutes: int, word: str, unit: str) -> None:
    """Whatever the unit's spelling, "N minutes early" never sets the end; the stated 90
    minutes do."""
    raw = _forward(
        "Wed, 27 Jan 2027 13:00:00 +0100",
        f"Gilt so. Ich bin {minutes} {unit} {word} da.",
        "Please come on Thursday 11 February at 10:30am GMT. It will last 90 minutes.",
    )
    result = parse_message(raw)
    assert result.start == datetime(2027, 2, 11, 10, 30, tzinfo=UTC)
    assert result.end == datetime(2027, 2, 11, 12, 0, tzinfo=UTC)


@settings(max_examples=20, deadline=None)
@given(
    note=st.sampled_from(
        [
            "No es para mí, es de mi hermana. No lo añadas.",
            "Not for me - it's my brother's. Please don't add it.",
            "Das ist nicht für mich, sondern für meine Schwester.",
            "Não é pra mim, é da minha irmã.",
            "To nie do mnie, tylko do siostry.",
        ]
    )
)
def test_a_disowning_note_is_never_claimed(note: str) -> None:
    raw = _forward("Wed, 27 Jan 2027 13:00:00 +0100", note, BODY)
    result = parse_message(raw)
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_control_plain_forward_keeps_the_slot() -> None:
    raw = _forward("Wed, 27 Jan 2027 13:00:00 +0100", "Bitte eintragen, danke!", BODY)
    result = parse_message(raw)
    assert result.kind == "invitation"
    assert result.start == datetime(2027, 2, 4, 15, 0, tzinfo=UTC)
    assert result.confidence >= 0.5
