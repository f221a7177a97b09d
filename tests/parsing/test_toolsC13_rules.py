"""The rules the toolsC13 batch added, each on short mails written for this test.

- CLDR's "en" short date-time ("M/d/yy, h:mm AM", the default of ICU, the JDK and
  JavaScript's Intl) writes the month first, wherever the software runs.
- In a move written as two blocks under headings ("Previous appointment" / "New
  appointment", "Bisheriger Termin" / "Neuer Termin"), the new block's time is the slot.
- "to" inside a hyphenated compound ("one-to-one", "face-to-face") does not mark a new time.
- A task board's due-date reminder ("due reminders", "Fälligkeit", "rappel d'échéance",
  "notificaciones de vencimiento") is not an invitation, even for a card about an interview.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import NEW_TIME_CUES, OTHER_BUSINESS_CUES
from tests.parsing.mailkit import eight_bit_mail


def _mail(subject: str, body: str, date: str = "Mon, 18 Jan 2027 09:17:00 +0100") -> bytes:
    return eight_bit_mail(
        subject,
        body,
        sender="Learning Portal <no-reply@portal.example>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date=date,
    )


def _slot(month: int, day: int, hour: int, minute: int) -> str:
    clock = f"{hour % 12 or 12}:{minute:02d}\u202f{'AM' if hour < 12 else 'PM'}"
    return f"{month}/{day}/27, {clock}"


@settings(max_examples=40, deadline=None)
@given(
    month=st.integers(min_value=2, max_value=12),
    day=st.integers(min_value=1, max_value=12),
    hour=st.integers(min_value=8, max_value=17),
)
def test_cldr_en_short_date_time_is_month_first(month: int, day: int, hour: int) -> None:
    body = (
        "Dear Kit\r\n\r\nYou were added to the following appointment.\r\n\r\n"
        f"Topic: Career advice session\r\nStart: {_slot(month, day, hour, 0)}\r\n"
        f"End: {_slot(month, day, hour, 30)}\r\nLocation: Room 12\r\n"
    )
    parsed = parse_message(_mail("Added to appointment", body))
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (month, day, hour)


def test_the_same_shape_from_utc_or_south_asia_is_left_to_the_other_rules() -> None:
    # day first in mr, ta, ml, pa, km (UTC+5 to +8); a UTC Date: says nowhere
    body = "Dear Kit\r\n\r\nYour appointment is confirmed.\r\n\r\nStart: 2/4/27, 9:00 AM\r\n"
    for date in ("Mon, 18 Jan 2027 09:17:00 +0530", "Mon, 18 Jan 2027 09:17:00 +0000"):
        parsed = parse_message(_mail("Appointment confirmed", body, date))
        assert parsed.start is not None
        assert (parsed.start.month, parsed.start.day) == (4, 2), date


def test_padded_or_four_digit_dates_keep_the_senders_order() -> None:
    # "06/08/2027, 3:00 PM IST": English written in India, day first (not CLDR "en" short)
    body = (
        "Hi Kit,\r\n\r\nWe would like to invite you to the technical round: "
        "06/08/2027, 3:00 PM IST (1 hour) on Google Meet.\r\n\r\nRegards,\r\nAnil"
    )
    parsed = parse_message(_mail("Interview invitation", body, "Mon, 2 Aug 2027 10:00:00 +0530"))
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day) == (8, 6)


def _moved(old_head: str, new_head: str, old: str, new: str, labels: tuple[str, str]) -> bytes:
    first, second = labels
    body = (
        f"Hello Kit\r\n\r\nThe following appointment was changed.\r\n\r\n{old_head}\r\n"
        f"Topic: One-to-one CV review\r\n{first}: {old}\r\nLocation: Online\r\n\r\n"
        f"{new_head}\r\nTopic: One-to-one CV review\r\n{second}: {new}\r\nLocation: Online\r\n"
    )
    return _mail("Appointment changed", body)


def test_the_block_under_the_new_heading_is_the_slot() -> None:
    for old_head, new_head, old, new, labels, want in (
        (
            "Previous appointment",
            "New appointment",
            "2/4/27, 9:00\u202fAM",
            "2/5/27, 11:00\u202fAM",
            ("Start", "Start"),
            datetime(2027, 2, 5, 11, 0),
        ),
        (
            "Bisheriger Termin",
            "Neuer Termin",
            "04.02.27, 09:00",
            "05.02.27, 14:30",
            ("Beginn", "Beginn"),
            datetime(2027, 2, 5, 14, 30),
        ),
        (
            "Compromisso anterior",
            "Novo compromisso",
            "04/02/2027, 10:00",
            "06/02/2027, 16:00",
            ("Início", "Início"),
            datetime(2027, 2, 6, 16, 0),
        ),
    ):
        parsed = parse_message(_moved(old_head, new_head, old, new, labels))
        assert parsed.start is not None, old_head
        assert parsed.start.replace(tzinfo=None) == want, old_head


def test_the_heading_order_does_not_matter() -> None:
    # the new block may come first ("New appointment" then "Previous appointment")
    parsed = parse_message(
        _moved(
            "New appointment",
            "Previous appointment",
            "2/5/27, 11:00\u202fAM",
            "2/4/27, 9:00\u202fAM",
            ("Start", "Start"),
        )
    )
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2027, 2, 5, 11, 0)


@given(st.sampled_from(["one-to-one", "face-to-face", "back-to-back", "day-to-day", "up-to-date"]))
def test_to_inside_a_compound_is_no_new_time_cue(compound: str) -> None:
    assert not NEW_TIME_CUES.search(f"a {compound} review ")
    assert NEW_TIME_CUES.search("moved to ")


def test_task_board_due_reminders_are_other_business() -> None:
    for text in (
        "Interviews/Prepare for interview with Acme due reminders [Job hunt]",
        "erinnernd an das aktuelle Fälligkeitszeitpunkt von Gespräch vorbereiten",
        "Interviews/Entretien Acme rappel d'échéance [Recherche]",
        "Entrevistas/Entrevista Acme notificaciones de vencimiento [Empleo]",
        "Entrevistas/Entrevista Acme lembretes de prazo [Carreira]",
        "напоминания о сроке выполнения [Поиск работы]",
    ):
        assert OTHER_BUSINESS_CUES.search(text), text


def test_a_due_reminder_for_an_interview_card_is_not_claimed() -> None:
    body = (
        "kit was reminding the current due (Tue Jan 12 2027 09:00:00 GMT+0000 (Coordinated "
        'Universal Time)) of "Prepare for interview with Acme" is approaching<br/>'
        "https://board.example/b/x/c/y"
    )
    raw = (
        "From: Board <board@board.example>\r\nTo: Kit Moreau <kit.moreau@inbox.example>\r\n"
        "Subject: Interviews/Prepare for interview with Acme due reminders [Job hunt]\r\n"
        "Date: Mon, 11 Jan 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5
