"""Hostile and broken input gives a result or ParseError, quickly, never a crash."""

from __future__ import annotations

import time
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, ParseError, parse_message

INVITE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:deep-1\r\n"
    b"DTSTART:20260310T150000Z\r\nDTEND:20260310T160000Z\r\nSUMMARY:Interview\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _parse_quickly(raw: bytes, limit: float = 10.0) -> ParsedMessage | None:
    started = time.perf_counter()
    try:
        result: ParsedMessage | None = parse_message(raw)
    except ParseError:
        result = None
    assert time.perf_counter() - started < limit
    return result


def test_twenty_level_forward_chain_reaches_the_original() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "Origin <origin@deepco.com>", "Interview"
    message["Message-ID"], message["Date"] = "<origin@deepco.com>", "Mon, 02 Mar 2026 10:00 +0000"
    message.set_content("invite")
    message.add_alternative(INVITE, maintype="text", subtype="calendar")
    for level in range(20):
        wrapper = EmailMessage()
        wrapper["From"], wrapper["Subject"] = f"hop{level}@relay.net", f"Fwd {level}"
        wrapper["Date"] = "Mon, 02 Mar 2026 11:00 +0000"
        wrapper.set_content("fwd")
        wrapper.add_attachment(message)
        message = wrapper
    result = _parse_quickly(message.as_bytes(policy=SMTP))
    assert result is not None
    assert result.original_sender == "origin@deepco.com"
    assert result.uid == "deep-1"


def test_five_hundred_parts_are_bounded() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "a@b.com", "many"
    message["Date"] = "Mon, 02 Mar 2026 10:00 +0000"
    message.set_content("body")
    for index in range(600):
        message.add_attachment(f"part {index}".encode(), maintype="application", subtype="x")
    result = _parse_quickly(message.as_bytes(policy=SMTP))
    assert result is not None
    assert "too many MIME parts; the rest was ignored" in result.warnings


def test_large_attachment_and_large_header() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "a@b.com", "x" * 1_000_000
    message["Date"] = "Mon, 02 Mar 2026 10:00 +0000"
    message.set_content("see invite")
    message.add_alternative(INVITE, maintype="text", subtype="calendar")
    message.add_attachment(b"\x89PNG" * (25 * 1024 * 1024 // 4), maintype="image", subtype="png")
    result = _parse_quickly(message.as_bytes(policy=SMTP), limit=30.0)
    assert result is not None
    assert result.uid == "deep-1"


@pytest.mark.parametrize(
    "raw",
    [
        INVITE[: len(INVITE) // 2],
        b'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID="Nowhere:2026\r\nEND:VCALENDAR',
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/calendar\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!notbase64\r\n",
        b"From: a@b.com\r\nContent-Type: multipart/alternative\r\n\r\nno boundary at all",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nRRULE:FREQ=SECONDLY\r\nDTSTART:20200101T000000Z\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n",
    ],
)
def test_broken_structures_still_give_a_result(raw: bytes) -> None:
    _parse_quickly(raw)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.builds(
            lambda head, tail: head + tail,
            st.sampled_from(
                [
                    INVITE,
                    b"From: a@b.com\r\nDate: Mon, 02 Mar 2026 10:00 +0000\r\n\r\n",
                    b"Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n",
                    b"---------- Forwarded message ---------\r\nFrom: x@y.com\r\n",
                ]
            ),
            st.binary(max_size=1000),
        ),
    )
)
def test_no_exception_escapes(raw: bytes) -> None:
    try:
        result = parse_message(raw)
    except ParseError as error:
        reason = str(error)
    else:
        reason = ""
        assert 0.0 <= result.confidence <= 1.0
        result.to_json_dict()
    assert "\n" not in reason
