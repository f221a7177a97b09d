"""html38: what a reader of HTML-framework mail notices.

- "10:00 GMT to 10:30", "2:00 PM ET – 2:30 PM": a zone written once, after the start, holds
  for the end too; the slot keeps its end and its zone.
- A stale plain-text alternative (its clock times appear nowhere in the HTML the mail client
  shows) loses to the HTML.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.parser import parse_message

ZONES = {"GMT": 0, "UTC": 0, "ET": -5, "EST": -5, "CET": 1, "PST": -8}


def _mail(text: str | None, html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@harbor.example.com>"
    message["To"] = "alex@mailbox.example"
    message["Subject"] = "Interview confirmation"
    message["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return message.as_bytes()


@settings(max_examples=30, deadline=None)
@given(
    zone=st.sampled_from(sorted(ZONES)),
    hour=st.integers(9, 16),
    minutes=st.sampled_from([15, 30, 45]),
    joiner=st.sampled_from([" to ", " – ", " until "]),  # "GMT - 9:15": see report
)
def test_zone_after_start_holds_for_the_end(
    zone: str, hour: int, minutes: int, joiner: str
) -> None:
    body = (
        "Dear Alex,\n\nYour interview is confirmed for Thursday 17 December 2026, "
        f"{hour}:00 {zone}{joiner}{hour}:{minutes:02d}.\n\nKind regards,\nRecruiting\n"
    )
    parsed = parse_message(_mail(body))
    offset = timezone(timedelta(hours=ZONES[zone]))
    assert parsed.start == datetime(2026, 12, 17, hour, 0, tzinfo=offset)
    assert parsed.end == datetime(2026, 12, 17, hour, minutes, tzinfo=offset)


def test_zone_words_in_capitals_are_not_a_joiner() -> None:
    parsed = parse_message(
        _mail("Interview on Thursday 17 December 2026, 10:00 TO 11:00 at our office.\n")
    )
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.hour, parsed.end.hour) == (10, 11)


def test_stale_plain_part_loses_to_the_html_shown() -> None:
    plain = "Hi Alex,\n\nYour interview is on Friday, December 11, 2026 at 11:00 AM.\n"
    html = (
        "<html><body><p>Hi Alex,</p><p>We moved your interview. The new time is:</p>"
        "<table><tr><td>Tuesday, December 15, 2026</td><td><span>4:00 PM</span></td>"
        "<td>&ndash;</td><td><span>4:45 PM</span></td></tr></table></body></html>"
    )
    parsed = parse_message(_mail(plain, html))
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (15, 16)


def test_plain_part_that_agrees_with_the_html_is_still_read() -> None:
    plain = "Hi Alex,\n\nYour interview: Friday, December 11, 2026, 11:00 to 11:45.\n"
    html = (
        "<html><body><p>Hi Alex,</p><p>Your interview: <b>Friday, December 11, 2026</b>, "
        "<span>11:00</span> to <span>11:45</span>.</p></body></html>"
    )
    parsed = parse_message(_mail(plain, html))
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.day, parsed.start.hour, parsed.end.minute) == (11, 11, 45)
