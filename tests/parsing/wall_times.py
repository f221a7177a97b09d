"""A plain-text mail around a body, and the start and end the parser reads from it."""

from __future__ import annotations

from datetime import datetime

from service.parsing import parse_message


def plain_mail(body: str) -> bytes:
    """A recruiter's plain-text mail sent on Monday 2 November 2026, 09:00 +01:00."""
    return (
        "From: Mira Osei <mira@hr-example.org>\r\nTo: sam@mailbox.example\r\n"
        "Subject: Interview\r\nDate: Mon, 02 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def wall_times(body: str) -> tuple[datetime | None, datetime | None]:
    """The start and end the parser reads, as wall times (no zone is stated)."""
    result = parse_message(plain_mail(body))
    start = result.start if isinstance(result.start, datetime) else None
    end = result.end if isinstance(result.end, datetime) else None
    return (
        start.replace(tzinfo=None) if start else None,
        end.replace(tzinfo=None) if end else None,
    )
