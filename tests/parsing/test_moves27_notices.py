"""Notices of change (moves27 batch). Fixtures are our own short mails; the corpus files are
in tests/parsing/corpus (moves27).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import plain_mail, read_json

SENT = "Tue, 01 Dec 2026 09:00:00 +0000"
SENDER = "Ruth Ansell <ruth.ansell@kelpie-works.example.com>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Interview", sent: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=sent))


OLD_WORDS = [
    ("New date: {new} (previously {old})", "Time: {hh}:00"),
    ("New date: {new} (was {old})", "{hh}:00 - {hh}:45"),
    ("Nuova data: {new} (in precedenza {old})", "Ora: {hh}:00"),
    ("Nouvelle date : {new} (au lieu de {old})", "Heure : {hh}:00"),
]


@settings(max_examples=30, deadline=None)
@given(
    new_day=st.integers(min_value=9, max_value=18),
    back=st.integers(min_value=1, max_value=5),
    hour=st.integers(min_value=9, max_value=16),
    shape=st.sampled_from(OLD_WORDS),
)
def test_time_below_goes_with_the_new_date_not_the_one_given_up(
    new_day: int, back: int, hour: int, shape: tuple[str, str]
) -> None:
    new, old = date(2026, 12, new_day), date(2026, 12, new_day - back)
    head, below = shape
    body = (
        "Hello Alex,\n\nYour interview has been rescheduled.\n\n"
        + head.format(new=f"{new:%A} {new.day} December 2026", old=f"{old:%A} {old.day} December")
        + "\n"
        + below.format(hh=f"{hour:02d}")
        + "\n\nRuth"
    )
    got = _parse(body)
    assert str(got["start"]).startswith(f"2026-12-{new_day:02d}T{hour:02d}:00")


def test_a_date_line_with_only_old_words_keeps_its_last_date() -> None:
    body = (
        "Hello Alex,\n\nWe met on Monday 30 November; next step below.\n\n"
        "Date: Thursday 10 December 2026\nTime: 14:00\n\nRuth"
    )
    got = _parse(body)
    assert str(got["start"]).startswith("2026-12-10T14:00")


@pytest.mark.parametrize(
    "line",
    [
        "Interview on Thursday 10 December 2026 (originally Tuesday 8 December)",
        "Interview: Thursday 10 December 2026 (old date: Tuesday 8 December)",
    ],
)
def test_new_date_first_on_its_line(line: str) -> None:
    got = _parse(f"Hi Alex,\n\nThe date has changed.\n{line}\nTime: 11:30\n\nRuth")
    assert str(got["start"]).startswith("2026-12-10T11:30")


@settings(max_examples=25, deadline=None)
@given(
    old=st.integers(min_value=1, max_value=4),
    later=st.integers(min_value=1, max_value=3),
    day=st.sampled_from([("today", 1), ("tomorrow", 2)]),
    verb=st.sampled_from(["push", "move", "shift"]),
)
def test_move_of_your_hour_on_a_named_day_to_a_bare_hour(
    old: int, later: int, day: tuple[str, int], verb: str
) -> None:
    word, dom = day
    body = f"Hi Alex - I've had to {verb} your {old}pm {word} to {old + later}. Same link.\n\nRuth"
    got = _parse(body, subject="quick one")
    assert str(got["start"]).startswith(f"2026-12-0{dom}T{old + later + 12}:00")
    assert got["kind"] == "reschedule"


def test_a_range_on_a_named_day_is_not_a_move() -> None:
    got = _parse("Hi Alex,\n\nYour interview is tomorrow 2pm to 3pm.\n\nRuth")
    assert str(got["start"]).startswith("2026-12-02T14:00")
    assert str(got["end"]).startswith("2026-12-02T15:00")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi Alex,\n\nSorry - we've moved your final interview to Friday 11 December, "
            "10am-10.45am.\n\nRuth",
            "2026-12-11T10:00",
        ),
        (
            "Hoi Alex,\n\nJe sollicitatiegesprek is naar voren gehaald: woensdag 9 december om "
            "11:00 uur.\n\nRuth",
            "2026-12-09T11:00",
        ),
        (
            "Halo Alex,\n\nWawancara Anda diundur ke hari Kamis, 10 Desember 2026 pukul 14.00."
            "\n\nRuth",
            "2026-12-10T14:00",
        ),
        (
            "Halo Alex,\n\nWawancara Anda dimajukan ke hari Senin, 7 Desember 2026 pukul 09.00."
            "\n\nRuth",
            "2026-12-07T09:00",
        ),
        (
            "Hi Alex,\n\nAapka interview Friday, 11 Dec 4:00 PM par shift kar diya hai.\n\nRuth",
            "2026-12-11T16:00",
        ),
        (
            "سلام Alex،\n\nمصاحبه شما به روز دوشنبه ۱۴ دسامبر ساعت ۱۰:۰۰ موکول شد.\n\nRuth",
            "2026-12-14T10:00",
        ),
    ],
)
def test_words_for_a_made_move_make_a_reschedule(body: str, start: str) -> None:
    got = _parse(body, subject="Update")
    assert str(got["start"]).startswith(start)
    assert got["kind"] == "reschedule"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hola Alex:\n\nPor un imprevisto, cancelamos la entrevista del martes 15 de "
            "diciembre a las 12:00. Te escribimos con otras opciones.\n\nRuth",
            "2026-12-15T12:00",
        ),
        (
            "Bonjour Alex,\n\nLe poste est pourvu : nous annulons l'entretien du lundi 14 "
            "décembre à 10 h.\n\nRuth",
            "2026-12-14T10:00",
        ),
    ],
)
def test_we_cancel_in_the_present_names_the_cancelled_slot(body: str, start: str) -> None:
    got = _parse(body, subject="Entrevista / entretien")
    assert str(got["start"]).startswith(start)
    assert got["kind"] == "cancellation"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nYour appointment with Dr. Moreau has been moved to Friday, Dec 11 at "
        "10:40 AM. Reply C to confirm or call us.\n\nHarbourview Smiles",
        "hi alex, dr okoye is off sick so ur appt is moved to thu 2pm. reply Y to confirm, "
        "thx!\n\nreception",
    ],
)
def test_a_practice_text_that_takes_a_one_letter_reply_is_not_claimed(body: str) -> None:
    got = _parse(body, subject="Your appointment has been moved")
    assert float(str(got["confidence"])) < 0.5 or got["kind"] == "not_invitation"


def test_an_interview_move_asking_for_a_reply_stays_claimed() -> None:
    got = _parse(
        "Hi Alex,\n\nYour interview has been moved to Friday, Dec 11 at 10:40 AM. Reply to "
        "confirm, please.\n\nRuth",
        subject="Interview moved",
    )
    assert got["kind"] == "reschedule"
    assert float(str(got["confidence"])) >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Hola Alex:\n\nGracias por recomendarnos a Sofía. Te cuento que su entrevista se ha "
        "movido al martes 15 de diciembre a las 11:00.\n\nUn saludo,\nRuth",
        "Hi Alex,\n\nThanks again for referring Tomás! His interview has been moved to "
        "Tuesday, December 15 at 11:00 AM.\n\nRuth",
        "Bonjour Alex,\n\nMerci d'avoir recommandé Léa. Son entretien est déplacé au mardi 15 "
        "décembre à 11 h.\n\nRuth",
    ],
)
def test_the_interview_of_someone_the_reader_referred_is_not_claimed(body: str) -> None:
    got = _parse(body, subject="Referral")
    assert float(str(got["confidence"])) < 0.5 or got["kind"] == "not_invitation"


def test_being_referred_is_still_an_invitation() -> None:
    got = _parse(
        "Hi Alex,\n\nJamie referred you for our analyst role - thanks for recommending us to "
        "your network too! We'd like to invite you to your interview on Tuesday, December 15 "
        "at 11:00 AM.\n\nRuth",
        subject="Interview invitation",
    )
    assert got["kind"] == "invitation"
    assert float(str(got["confidence"])) >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nLa réunion d'information du jeudi 10 décembre à 18 h est reportée au "
        "jeudi 17 décembre à 18 h.\n\nL'équipe",
        "Bonjour,\n\nNotre réunion d'informations pour les candidats est déplacée au mardi 15 "
        "décembre à 19 h.\n\nL'équipe",
    ],
)
def test_a_moved_information_meeting_is_a_group_event(body: str) -> None:
    got = _parse(body, subject="Réunion reportée")
    assert float(str(got["confidence"])) < 0.5 or got["kind"] == "not_invitation"


def _ko_hour(hour: int, minute: int) -> str:
    half = "오전" if hour < 12 else "오후"
    twelve = hour if hour <= 12 else hour - 12
    return f"{half} {twelve}시" + (f" {minute}분" if minute else "")


@settings(max_examples=30, deadline=None)
@given(
    old=st.integers(min_value=9, max_value=17),
    new=st.integers(min_value=9, max_value=17),
    minute=st.sampled_from([0, 30]),
    ending=st.sampled_from(["으로 변경되었습니다", "으로 옮겨졌습니다", "으로 조정되었습니다"]),
)
def test_korean_hour_moved_from_one_hour_to_another_on_the_same_day(
    old: int, new: int, minute: int, ending: str
) -> None:
    if old == new:
        return
    to = _ko_hour(new, minute)
    tail = ending if to.endswith("분") else ending.removeprefix("으")
    body = (
        f"Alex 님,\n\n12월 10일(목) 면접 시간이 {_ko_hour(old, 0)}에서 {to}{tail}.\n\n감사합니다."
    )
    got = _parse(body, subject="면접 시간 변경", sent="Tue, 01 Dec 2026 09:00:00 +0900")
    assert str(got["start"]).startswith(f"2026-12-10T{new:02d}:{minute:02d}")
    assert got["kind"] == "reschedule"


def test_korean_range_from_until_is_still_a_range() -> None:
    body = "Alex 님,\n\n면접은 12월 10일(목) 오후 3시부터 오후 4시까지입니다.\n\n감사합니다."
    got = _parse(body, subject="면접 안내", sent="Tue, 01 Dec 2026 09:00:00 +0900")
    assert str(got["start"]).startswith("2026-12-10T15:00")
    assert str(got["end"]).startswith("2026-12-10T16:00")
