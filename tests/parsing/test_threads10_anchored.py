"""Newer words that place a slot against an older one in the same thread.

A reply that says "the day after, same time" above the quoted invitation, or a forwarder who
writes "they moved it to 3pm, same day" above the mail they pass on, names only what changes;
the day or the hour comes from the older message. Asking for a change moves nothing, and a
request for the reader's free times books nothing. Mail text here is invented.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from service.parsing import parse_message

EMPLOYER = "Talent Team <talent@ridgeway.example>"


def _mail(body: str, subject: str, sent: str, sender: str = EMPLOYER) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "me@mailbox.example"
    message["Date"] = sent
    message["Subject"] = subject
    message.set_content(body, cte="8bit")
    return message.as_bytes(policy=SMTP)


def _reply(new: str, old: str) -> bytes:
    quoted = "\n".join(f"> {line}" for line in old.splitlines())
    body = f"{new}\n\nOn Mon, Mar 2, 2026 at 9:00 AM Talent Team <talent@ridgeway.example> "
    body += f"wrote:\n{quoted}\n"
    return _mail(body, "Re: Interview", "Tue, 03 Mar 2026 15:00:00 +0100")


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [
        (
            "Sorry, we have to push it to the day after, same time.",
            "Your interview is on Thursday 5 March at 10:00.",
            datetime(2026, 3, 6, 10, 0),
        ),
        (
            "Thanks! Let's meet the team same time Friday then.",
            "See you on Wednesday 4 March at 15:30.",
            datetime(2026, 3, 6, 15, 30),
        ),
        (
            "Leider verschiebt sich das Gespräch auf den nächsten Tag, zur selben Uhrzeit.",
            "Ihr Gespräch ist am Donnerstag, 5. März um 11 Uhr.",
            datetime(2026, 3, 6, 11, 0),
        ),
        (
            "Petit changement : l'entretien aura lieu le lendemain, à la même heure.",
            "Votre entretien est prévu le jeudi 5 mars à 14h.",
            datetime(2026, 3, 6, 14, 0),
        ),
    ],
)
def test_a_reply_takes_the_missing_part_from_the_quoted_slot(
    new: str, old: str, expected: datetime
) -> None:
    parsed = parse_message(_reply(new, old))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == expected
    assert parsed.kind in {"invitation", "reschedule"}


def test_asking_for_the_day_after_moves_nothing() -> None:
    parsed = parse_message(
        _reply(
            "Could we do the day after, same time?",
            "Your interview is on Thursday 5 March at 10:00.",
        )
    )
    assert parsed.start is None or parsed.start.day != 6


def _forward(note: str, body: str) -> bytes:
    text = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: Ridgeway HR "
        "<hr@ridgeway.example>\nDate: Mon, Mar 2, 2026 at 9:00 AM\nSubject: Interview\n"
        f"To: <me@mailbox.example>\n\n{body}\n"
    )
    return _mail(text, "Fwd: Interview", "Mon, 02 Mar 2026 11:00:00 +0100", "me@mailbox.example")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("FYI they moved this to 3pm, same day.", datetime(2026, 3, 5, 15, 0)),
        ("Pushed back an hour to 4:30, just got a text.", datetime(2026, 3, 5, 16, 30)),
        ("Перенесли на 16:00, в тот же день.", datetime(2026, 3, 5, 16, 0)),
        ("Görüşme aynı gün saat 15:00'e ertelendi.", datetime(2026, 3, 5, 15, 0)),
    ],
)
def test_a_forwarders_note_moves_the_hour_of_the_slot_it_passes_on(
    note: str, expected: datetime
) -> None:
    parsed = parse_message(
        _forward(
            note,
            "Your interview is on Thursday 5 March at 15:30."
            if "4:30" in note
            else "Your interview is on Thursday 5 March at 11:00.",
        )
    )
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == expected
    assert parsed.kind == "reschedule"


def test_a_note_without_a_move_leaves_the_slot() -> None:
    parsed = parse_message(
        _forward(
            "Off on Friday 6 March, this one is fine.", "Interview: Thursday 5 March at 11:00."
        )
    )
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 3, 5, 11, 0)


@pytest.mark.parametrize(
    "body",
    [
        "2차 면접 가능하신 시간을 회신 부탁드립니다. 목요일이나 금요일 오후 2시 이후가 가능합니다.",
        "二次面接について、ご都合の良い日時をお知らせください。木曜日の14時以降が可能です。",
    ],
)
def test_a_request_for_free_times_is_not_claimed(body: str) -> None:
    parsed = parse_message(_mail(body, "면접 / 面接", "Mon, 02 Mar 2026 10:00:00 +0900"))
    assert not (parsed.kind != "not_invitation" and parsed.confidence >= 0.5)


def test_a_forwarded_reply_still_takes_the_day_from_its_own_quote() -> None:
    # the user forwards the employer's reply; the reply quotes the original invitation
    inner = (
        "Sorry, we have to push it to the day after, same time.\n\n"
        "On Mon, Mar 2, 2026 at 9:00 AM Ridgeway HR <hr@ridgeway.example> wrote:\n"
        "> Your interview is on Thursday 5 March at 10:00."
    )
    parsed = parse_message(_forward("", inner))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 3, 6, 10, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Could you come in this afternoon at 3pm for a short interview?",
        "Pouvez-vous passer cet après-midi à 15h pour un entretien ?",
        "¿Puedes venir esta tarde a las 15:00 para la entrevista?",
    ],
)
def test_this_afternoon_is_the_day_the_mail_was_sent(body: str) -> None:
    parsed = parse_message(_mail(body, "Interview", "Tue, 03 Mar 2026 09:00:00 +0100"))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 3, 3, 15, 0)
