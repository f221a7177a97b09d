"""casual26: relayed platform messages and casually typed clocks.

A job platform's notice of one person's message ("X sent you a new message", "New message
from ...") keeps its unsubscribe footer out of the newsletter check; "wed 3p", "noon thurs",
"half 2 thurs", a picked "option 2", Zulu "zingama-10" and Estonian translative months are
read. Examples are written for these tests.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.classify import categorise, is_relayed_message
from service.parsing.when_lines import normalise

SENT = "Mon, 07 Dec 2026 09:00:00 +0000"


def _parse(body: str, subject: str = "chat", unsubscribe: bool = False) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Nia Brooks <nia@fernhill.example.com>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = SENT
    message["Subject"] = subject
    if unsubscribe:
        message["List-Unsubscribe"] = "<https://relay.example/u/1>"
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("hey - wed 3p works, i'll send a meet link", "2026-12-09T15:00:00+00:00"),
        ("can you come in tues 11a for an interview?", "2026-12-08T11:00:00+00:00"),
        ("noon thurs work for you? we can talk at the shop", "2026-12-10T12:00:00+00:00"),
        ("half 2 thurs work for a quick call? I'll ring you.", "2026-12-10T14:30:00+00:00"),
        ("thanks, tue 3pm works for the interview", "2026-12-08T15:00:00+00:00"),
    ],
)
def test_typed_clocks_are_read(body: str, start: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == start


@pytest.mark.parametrize(
    "text",
    ["Flat 2a, Mill Road", "the 3p rule", "ratio 4p to 1", "see page 12a."],
)
def test_one_letter_without_a_day_stays(text: str) -> None:
    assert normalise(text) == text


@given(st.sampled_from(["wed", "thurs", "tmrw", "Friday", "at"]), st.integers(1, 12))
def test_one_letter_after_a_day_becomes_pm(day: str, hour: int) -> None:
    assert f"{day} {hour}pm" in normalise(f"ok {day} {hour}p works")


def test_relayed_message_is_not_a_newsletter() -> None:
    body = (
        'Dana Reyes\nRecruiter at Fernhill\n\n"Confirmed - noon wed works, see you at our '
        'office."\n\nReply\n\nYou are receiving InMail notification emails. Unsubscribe'
    )
    assert is_relayed_message("Dana Reyes sent you a new message", body)
    assert categorise("Dana Reyes sent you a new message", body) != "newsletter"
    got = _parse(body, "Dana Reyes sent you a new message", unsubscribe=True)
    assert got["kind"] == "invitation"
    assert got["start"] == "2026-12-09T12:00:00+00:00"


def test_job_alert_with_footer_stays_bulk() -> None:
    body = "New jobs for you\n\nAnalyst - Fernhill\nApply by Thu, Dec 10, 5 PM\n\nUnsubscribe"
    assert not is_relayed_message("12 new jobs for 'analyst'", body)
    assert categorise("12 new jobs for 'analyst'", body) == "job_alert"
    assert _parse(body, "12 new jobs for 'analyst'", unsubscribe=True)["kind"] == "not_invitation"


def test_option_picked_from_a_relayed_list() -> None:
    body = (
        "Option 2 works - see you then!\n\nEarlier messages:\nNia: Could you do one of these? "
        "1) Wed 12/9 10am 2) Thu 12/10 2pm 3) Fri 12/11 9am\nAlex: any of those are fine."
    )
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == "2026-12-10T14:00:00+00:00"


def test_zulu_day_with_its_copula() -> None:
    got = _parse(
        "Siyakumema enhlolokhonweni ngoLwesine, zingama-10 kuDisemba 2026, ngo-2:00 "
        "ntambama, ehhovisi lethu."
    )
    assert got["start"] == "2026-12-10T14:00:00+00:00"


def test_estonian_translative_month_in_a_cancellation() -> None:
    got = _parse(
        "Kahjuks peame teisipäevaks, 15. detsembriks kell 10 planeeritud vestluse tühistama.",
        "Vestlus tühistatud",
    )
    assert got["kind"] == "cancellation"
    assert got["start"] == "2026-12-15T10:00:00+00:00"
