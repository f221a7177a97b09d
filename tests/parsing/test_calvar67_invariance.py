"""Calendars from producers we have not seen must read the same: the content-line and MIME
variations real producers write (tests/bench/bench_invariance.py, `cal_*`), drawn alone and
combined over our own fixture calendars, leave start, end, timezone, uid, sequence and
method as they were."""

from __future__ import annotations

import warnings
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.bench import bench_invariance as bench

FIXTURES = Path(__file__).parent / "fixtures"

# Our own calendar (not a corpus file): an Outlook-style zone whose TZID is a German display
# name with an umlaut, which a fold at the wrong octet cuts in two, and an X- name with "_".
UMLAUT_ZONE = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "PRODID:-//Afterview//calvar67 test//DE",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:Mitteleuropäische Zeit",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "X-ENTOURAGE_UUID:3E5C2D1A-0000-4B7A-9F11-CA1VAR670000",
        "UID:umlaut-zone-1@calvar67.example",
        "SEQUENCE:1",
        "DTSTAMP:20261101T090000Z",
        'DTSTART;TZID="Mitteleuropäische Zeit":20261210T100000',
        'DTEND;TZID="Mitteleuropäische Zeit":20261210T111500',
        "SUMMARY:Vorstellungsgespräch",
        "ORGANIZER;CN=Jana Beispiel:mailto:jana@firma.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def _with_calendar(calendar: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Jana Beispiel <jana@firma.example>"
    message["To"] = "Robin Vale <robin@mailbox.example>"
    message["Subject"] = "Einladung: Vorstellungsgespräch"
    message["Date"] = "Mon, 2 Nov 2026 09:12:00 +0100"
    message.set_content("Die Einladung liegt bei.")
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return message.as_bytes(policy=SMTP)


MAILS = {
    "google_request": (FIXTURES / "google_request.eml").read_bytes(),
    "zoom_recurring": (FIXTURES / "zoom_recurring.eml").read_bytes(),
    "icloud_cancel": _with_calendar((FIXTURES / "icloud_cancel.ics").read_text("utf-8")),
    "outlook_display": _with_calendar((FIXTURES / "outlook_display_name.ics").read_text("utf-8")),
    "umlaut_zone": _with_calendar(UMLAUT_ZONE),
}
# the part's method parameter is gone with application/octet-stream: after METHOD was moved
# into that parameter, the method is nowhere any more (nothing a reader could keep)
LOSES_METHOD = {"cal_method_type_only"}
NAMES = sorted(name for name in bench.CALENDAR_TRANSFORMS if not name.startswith("cal_fold"))


def _answer(raw: bytes) -> tuple[object, ...]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = parse_message(raw).to_json_dict()
    return tuple(got.get(key) for key in bench.PLAIN_KEYS + bench.CALENDAR_KEYS)


def _folded(width: int, lead: str) -> bench.Transform:
    return bench._calendar_bytes(bench._fold_at(width, lead.encode("ascii")))


@pytest.mark.parametrize("mail", sorted(MAILS))
def test_fixture_calendars_are_read(mail: str) -> None:
    kind, start, end, _, uid, _, method = _answer(MAILS[mail])
    assert kind in {"invitation", "reschedule", "cancellation"}
    assert start
    assert end
    assert uid
    assert method


@pytest.mark.parametrize("mail", sorted(MAILS))
@pytest.mark.parametrize("name", sorted(bench.CALENDAR_TRANSFORMS))
def test_each_transformation_keeps_the_reading(mail: str, name: str) -> None:
    raw = MAILS[mail]
    changed = bench.CALENDAR_TRANSFORMS[name](raw, "en")
    if changed is not None:
        assert _answer(changed) == _answer(raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mail=st.sampled_from(sorted(MAILS)),
    steps=st.lists(st.sampled_from(NAMES), min_size=1, max_size=4),
    width=st.one_of(st.none(), st.integers(min_value=8, max_value=90)),
    lead=st.sampled_from([" ", "\t"]),
)
def test_combined_transformations_keep_the_reading(
    mail: str, steps: list[str], width: int | None, lead: str
) -> None:
    raw = MAILS[mail]
    changed = raw
    applied: list[str] = []
    for name in steps:
        if name == "cal_octet_stream" and LOSES_METHOD & set(applied):
            continue
        result = bench.CALENDAR_TRANSFORMS[name](changed, "en")
        if result is not None:
            changed = result
            applied.append(name)
    if width is not None:
        # the fold comes last: every other transformation unfolds and refolds at 75 octets
        changed = _folded(width, lead)(changed, "en") or changed
    assert _answer(changed) == _answer(raw), applied
