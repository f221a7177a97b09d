"""Shapes first met in the htmlats13 batch (HTML notices from recruiting and scheduling
vendors): Spanish end rows spelled out ("Hora de finalización"), Dutch start rows
("Begintijd"), start and end rows printed above the date row, and someone's habitual free
hours named beside an announced invitation. Each case is the smallest mail of that shape; the
mails are ours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(date: str, subject: str, html: str, text: str = "View this email in a browser.") -> bytes:
    return (
        "From: Hiring <jobs@vendor.example>\r\nTo: alex@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def _table(rows: list[tuple[str, str]], head: str = "") -> str:
    cells = "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows)
    return f"<html><body><p>{head}</p><table>{cells}</table></body></html>"


def test_spanish_finalizacion_row_is_the_end() -> None:
    html = "<p>Le confirmamos su entrevista.</p>" + _table(
        [
            ("Fecha", "jueves, 11 de febrero de 2027"),
            ("Hora de inicio", "09:30"),
            ("Hora de finalización", "10:15"),
            ("Zona horaria", "Europe/Madrid"),
        ]
    )
    result = parse_message(_mail("Wed, 03 Feb 2027 10:00:00 +0100", "Entrevista", html))
    madrid = ZoneInfo("Europe/Madrid")
    assert result.start == datetime(2027, 2, 11, 9, 30, tzinfo=madrid)
    assert result.end == datetime(2027, 2, 11, 10, 15, tzinfo=madrid)


def test_dutch_begintijd_and_eindtijd_above_the_date_row() -> None:
    html = _table(
        [
            ("Begintijd", "14:00"),
            ("Eindtijd", "14:45"),
            ("Datum", "dinsdag 16 februari 2027"),
            ("Locatie", "Teams"),
        ],
        head="Graag nodigen we je uit voor een gesprek. Alle tijden in Nederlandse tijd",
    )
    result = parse_message(_mail("Mon, 08 Feb 2027 09:00:00 +0100", "Uitnodiging gesprek", html))
    ams = ZoneInfo("Europe/Amsterdam")
    assert result.start == datetime(2027, 2, 16, 14, 0, tzinfo=ams)
    assert result.end == datetime(2027, 2, 16, 14, 45, tzinfo=ams)


@settings(max_examples=25, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=16),
    minute=st.sampled_from([0, 15, 30, 45]),
    length=st.sampled_from([30, 45, 60]),
    labels=st.sampled_from([("Start Time", "End Time"), ("Begintijd", "Eindtijd")]),
)
def test_an_end_labelled_time_above_the_date_never_starts_the_slot(
    hour: int, minute: int, length: int, labels: tuple[str, str]
) -> None:
    end_minutes = hour * 60 + minute + length
    start_text = f"{hour:02d}:{minute:02d}"
    end_text = f"{end_minutes // 60:02d}:{end_minutes % 60:02d}"
    html = _table(
        [(labels[0], start_text), (labels[1], end_text), ("Date", "Tuesday, 16 February 2027")],
        head="Your interview has been scheduled.",
    )
    result = parse_message(_mail("Mon, 08 Feb 2027 09:00:00 +0000", "Interview scheduled", html))
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (hour, minute)
    assert result.end is not None
    assert (result.end.hour, result.end.minute) == divmod(end_minutes, 60)


def test_habitual_free_hours_are_not_a_booked_slot() -> None:
    html = (
        "<p>Hi Alex,</p><p>You have moved forward. Our coordinator will send you an invitation "
        "shortly; the hiring manager is usually free on Monday and Wednesday mornings "
        "(10:00-12:00 CET).</p>"
    )
    raw = _mail("Mon, 01 Feb 2027 15:00:00 +0100", "Next step: interview with the manager", html)
    result = parse_message(raw)
    assert result.confidence < 0.5


def test_habitual_free_hours_in_german_are_not_a_booked_slot() -> None:
    html = (
        "<p>Hallo Alex,</p><p>Frau Berg ist am Donnerstag (18.02.2027) in der Regel ab "
        "14:00 Uhr erreichbar; die Einladung folgt separat.</p>"
    )
    raw = _mail("Mon, 08 Feb 2027 09:00:00 +0100", "Nächster Schritt: Interview", html)
    result = parse_message(raw)
    assert result.confidence < 0.5


def test_habitual_free_hours_in_dutch_are_not_a_booked_slot() -> None:
    html = (
        "<p>Hoi Alex,</p><p>Je bent door naar de volgende ronde. De teamleider is meestal vrij "
        "op donderdag 18 februari om 14:00; de uitnodiging volgt nog.</p>"
    )
    raw = _mail("Mon, 08 Feb 2027 09:00:00 +0100", "Volgende stap: interview", html)
    assert parse_message(raw).confidence < 0.5


def test_a_fixed_slot_beside_a_usual_note_elsewhere_still_counts() -> None:
    html = (
        "<p>Hi Alex,</p><p>Your interview is on Thursday, February 18, 2027 at 2:00 PM "
        "CET.</p><p>Our office is usually open until 6pm if you want to drop by.</p>"
    )
    result = parse_message(_mail("Mon, 08 Feb 2027 09:00:00 +0100", "Interview scheduled", html))
    assert result.start is not None
    assert result.start.hour == 14
    assert result.confidence >= 0.5
