"""Moves stated relative to the old slot, as a user reads them: a weekday "at the same time"
counted from the slot it moves (not from the day the mail was sent), the same day a span
later or earlier in words the parser did not know, an invitation that asks the reader to
come early (its start stays), a Vietnamese calendar line with the hour before the date, and
a move only asked for (nothing is put in the calendar)."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 02 Dec 2026 09:05:00 +0100"


def _read(body: str, subject: str = "Interview", date: str = SENT) -> tuple[str, float, str]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=date)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, parsed.confidence, start


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # the weekday is the Friday of the old slot's week, not the Friday after 2 December
        (
            "Hi Alex,\n\nYour interview on Tuesday, January 12, 2027 at 2:00 PM has been "
            "moved to the same time on Friday. Everything else stays as it was.\n\nPat",
            "2027-01-15T14:00:00+01:00",
        ),
        # "kl." before the hour ends no sentence
        (
            "Hei Alex,\n\nSamtalen mandag 11. januar 2027 kl. 09:30 er flyttet til "
            "fredag, samme tid.\n\nHilsen Pat",
            "2027-01-15T09:30:00+01:00",
        ),
        # the year's dot ("2027.") ends no sentence either
        (
            "Poštovani,\n\nrazgovor u ponedjeljak, 11. siječnja 2027. u 13:00 premješten je "
            "na srijedu u isto vrijeme.\n\nPat",
            "2027-01-13T13:00:00+01:00",
        ),
        # Hindi: "was to be … now on Wednesday at the same time", no move verb
        (
            "नमस्ते,\n\nआपका इंटरव्यू, जो सोमवार, 11 जनवरी 2027 को सुबह 11:00 बजे होना था, अब "
            "बुधवार को उसी समय होगा।\n\nPat",
            "2027-01-13T11:00:00+01:00",
        ),
    ],
)
def test_a_weekday_at_the_same_time_counts_from_the_old_slot(body: str, start: str) -> None:
    kind, confidence, got = _read(body)
    assert (kind, got) == ("reschedule", start)
    assert confidence >= 0.5


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (  # Latvian: one word for "an hour"
            "Labdien!\n\nIntervija ceturtdien, 2026. gada 17. decembrī, plkst. 14.00 notiks "
            "tajā pašā dienā, bet stundu vēlāk.\n\nPat",
            "2026-12-17T15:00:00+01:00",
        ),
        (  # Lithuanian: one word for "half an hour"
            "Laba diena,\n\npokalbis, numatytas 2026 m. gruodžio 17 d. 15:00, vyks tą pačią "
            "dieną, tačiau pusvalandžiu vėliau.\n\nPat",
            "2026-12-17T15:30:00+01:00",
        ),
        (  # Estonian
            "Tere!\n\nIntervjuu neljapäeval, 17. detsembril 2026 kell 10.00 toimub samal "
            "päeval, kuid pool tundi varem.\n\nPat",
            "2026-12-17T09:30:00+01:00",
        ),
        (  # Slovene
            "Pozdravljeni,\n\nrazgovor v četrtek, 17. decembra 2026, ob 11.00 bo isti dan, "
            "vendar eno uro kasneje.\n\nPat",
            "2026-12-17T12:00:00+01:00",
        ),
        (  # Romanian: "o oră" (one hour)
            "Bună ziua,\n\nInterviul de joi, 17 decembrie 2026, ora 10:00, începe cu o oră "
            "mai târziu.\n\nPat",
            "2026-12-17T11:00:00+01:00",
        ),
        (  # the same day and time a week on
            "Hi Alex,\n\nYour interview on Thursday, December 17, 2026 at 3:00 PM has been "
            "moved to the same day and time the following week.\n\nPat",
            "2026-12-24T15:00:00+01:00",
        ),
    ],
)
def test_a_span_in_new_words_moves_the_old_slot(body: str, start: str) -> None:
    kind, confidence, got = _read(body)
    assert (kind, got) == ("reschedule", start)
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Hej Alex,\n\nDin intervju är torsdag 17 december 2026 kl. 10:00. Kom gärna 10 "
        "minuter tidigare.\n\nPat",
        "Beste Alex,\n\nJe gesprek is op donderdag 17 december 2026 om 10:00. Wil je 10 "
        "minuten eerder aanwezig zijn?\n\nPat",
        "Hi Alex,\n\nYour interview is on Thursday, December 17, 2026 at 10:00 AM; please "
        "be there 15 minutes earlier to collect a badge.\n\nPat",
    ],
)
def test_coming_early_does_not_move_the_start(body: str) -> None:
    kind, confidence, got = _read(body)
    assert (kind, got) == ("invitation", "2026-12-17T10:00:00+01:00")
    assert confidence >= 0.5


def test_vietnamese_hour_before_the_date_is_the_start() -> None:
    body = (
        "Chào Alex,\n\nMời bạn tham gia buổi phỏng vấn:\n\nThứ 4, 15:30 16 thg 12, 2026 - "
        "16:15\n\nTrân trọng,\nPat"
    )
    kind, confidence, got = _read(body, "Lời mời phỏng vấn", "Wed, 02 Dec 2026 09:05:00 +0700")
    assert (kind, got) == ("invitation", "2026-12-16T15:30:00+07:00")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nCould we shift your interview on Friday, December 18, 2026 at 11:00 AM "
        "to Monday at the same time? Let me know.\n\nPat",
        "Alex您好：\n\n能否把2026年12月18日（周五）上午11:00的面试提前半小时？\n\nPat",
        "アレックス様\n\n2026年12月18日（金）11:00の面接を1時間遅らせることは可能でしょうか。"
        "\n\nPat",
        "Hei Alex,\n\nvoisimmeko siirtää haastattelusi perjantaina 18.12.2026 klo 11.00 "
        "puoli tuntia myöhemmäksi?\n\nPat",
    ],
)
def test_a_move_only_asked_for_is_not_claimed(body: str) -> None:
    kind, confidence, _ = _read(body)
    assert not (kind in ("invitation", "reschedule") and confidence >= 0.5)


def test_a_made_move_then_a_question_is_still_a_reschedule() -> None:
    body = (
        "Hi Alex,\n\nYour interview on Tuesday, January 12, 2027 at 2:00 PM has been moved "
        "to Thursday at the same time. Does that still work for you?\n\nPat"
    )
    kind, confidence, got = _read(body)
    assert (kind, got) == ("reschedule", "2027-01-14T14:00:00+01:00")
    assert confidence >= 0.5


def test_a_move_then_a_word_to_come_early_still_moves() -> None:
    body = (
        "Hi Alex,\n\nThe panel has pulled your interview on Thursday 17 December 2026 at "
        "10:00 forward by half an hour, so please arrive a little earlier.\n\nPat"
    )
    kind, confidence, got = _read(body)
    assert (kind, got) == ("reschedule", "2026-12-17T09:30:00+01:00")
    assert confidence >= 0.5
