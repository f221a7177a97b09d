"""A move the sender still has to make, with the new time to come, is no reading of the old
slot as the new one: the reader's calendar must not keep the given-up time as settled."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

LONDON = ZoneInfo("Europe/London")

# (language, the move still to make around the old slot, the promise of a new time)
FRAMES = {
    "en": (
        "we will need to move your interview on {weekday} {day} {month} at {hour}:00.",
        "I'll come back to you with new options once I have the panel's diaries.",
    ),
    "en2": (
        "unfortunately we have to reschedule your interview scheduled for {weekday} {day}"
        " {month} at {hour}:00.",
        "Please use the link below to pick a new time.",
    ),
    "de": (
        "leider müssen wir Ihr Gespräch am {weekday_de}, {day}. {month_de} um {hour}:00 Uhr"
        " verschieben.",
        "Ich melde mich mit neuen Terminvorschlägen.",
    ),
    "fr": (
        "nous devons malheureusement décaler votre entretien du {weekday_fr} {day} {month_fr}"
        " à {hour}h.",
        "Je vous enverrai de nouveaux créneaux.",
    ),
    "es": (
        "lamentablemente tenemos que cambiar tu entrevista del {weekday_es} {day} de"
        " {month_es} a las {hour}:00.",
        "Te propondré nuevas fechas pronto.",
    ),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
}
MONTHS = {
    "en": ("May", "June"),
    "de": ("Mai", "Juni"),
    "fr": ("mai", "juin"),
    "es": ("mayo", "junio"),
}
SENT = datetime(2027, 4, 26, 9, 0, tzinfo=LONDON)
WEEKDAYS_OF_MAY_JUNE = [
    datetime(2027, month, day, tzinfo=LONDON)
    for month in (5, 6)
    for day in range(3, 29)
    if datetime(2027, month, day).weekday() < 5
]


def _mail(body: str) -> bytes:
    return (
        "Date: Mon, 26 Apr 2027 09:00:00 +0100\r\n"
        "From: Ravi Menon <ravi@kestrel.example.co.uk>\r\n"
        "To: Alex Morgan <alex@mailbox.example>\r\n"
        "Subject: Your interview\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hi Alex,\r\n\r\n{body}\r\n\r\nRavi\r\n"
    ).encode()


def _render(template: str, day: datetime, hour: int) -> str:
    names = {}
    for lang in ("en", "de", "fr", "es"):
        suffix = "" if lang == "en" else f"_{lang}"
        names[f"weekday{suffix}"] = WEEKDAYS[lang][day.weekday()]
        names[f"month{suffix}"] = MONTHS[lang][day.month - 5]
    return template.format(day=day.day, hour=hour, **names)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(FRAMES)),
    st.sampled_from(WEEKDAYS_OF_MAY_JUNE),
    st.integers(min_value=9, max_value=16),
)
def test_a_move_still_to_make_never_confirms_the_old_slot(
    frame: str, day: datetime, hour: int
) -> None:
    move, promise = FRAMES[frame]
    parsed = parse_message(_mail(f"{_render(move, day, hour)} {promise}"))
    assert parsed.confidence < 0.5, (frame, parsed.kind, parsed.start, parsed.warnings)
    assert any("new time is not set yet" in warning for warning in parsed.warnings)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WEEKDAYS_OF_MAY_JUNE), st.integers(min_value=9, max_value=16))
def test_a_move_made_to_a_new_time_stays_read_at_that_time(day: datetime, hour: int) -> None:
    """The control: the same words with the new slot given read as the move to it."""
    days = WEEKDAYS_OF_MAY_JUNE
    new_day = days[(days.index(day) + 3) % len(days)]
    body = (
        f"we have had to move your interview to {_render('{weekday} {day} {month}', new_day, 0)}"
        f" at {hour}:00. See you then."
    )
    parsed = parse_message(_mail(body))
    assert parsed.kind == "reschedule"
    assert parsed.confidence >= 0.5
    assert parsed.start == new_day.replace(hour=hour)
