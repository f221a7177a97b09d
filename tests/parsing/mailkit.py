"""One small builder for the hand-written mails of the look-alike tests, and the question
they ask of each: is it claimed (an invitation sure enough to go to the calendar)?"""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message


def _text_message(subject: str, body: str, *, sender: str, to: str, date: str) -> EmailMessage:
    """A text/plain message with the headers a reading depends on."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body)
    return message


def plain_mail(subject: str, body: str, *, sender: str, to: str, date: str) -> bytes:
    """A one-part text/plain message with the headers a reading depends on."""
    return bytes(_text_message(subject, body, sender=sender, to=to, date=date))


def claimed(raw: bytes) -> bool:
    """Tell whether the mail is read as an invitation with confidence >= 0.5."""
    parsed = parse_message(raw)
    return parsed.kind == "invitation" and parsed.confidence >= 0.5


def calendar_mail(
    subject: str,
    body: str,
    events: list[str],
    *,
    method: str | None,
    sender: str,
    to: str,
    date: str,
) -> bytes:
    """A text part and a text/calendar part holding `events` (VEVENT/VTIMEZONE lines) under
    one VCALENDAR, with METHOD (and the part's method parameter) when given."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Afterview tests//mailkit//EN", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    calendar = "\r\n".join([*lines, *events, "END:VCALENDAR"]) + "\r\n"
    message = _text_message(subject, body, sender=sender, to=to, date=date)
    params = {"method": method} if method else {}
    message.add_alternative(calendar.encode(), maintype="text", subtype="calendar", params=params)
    return bytes(message)
