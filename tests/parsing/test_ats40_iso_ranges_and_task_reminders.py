"""Two things the ats40 batch (OpenTalk, OpenProject, Moodle Scheduler, Vikunja) showed.

An ISO day followed by "10:00-11:00" is a range a person wrote (OpenProject with the ISO date
setting, the Swedish and Lithuanian way of writing a day), not 10:00 at a -11:00 offset: the
user must see the interview at 10:00 in the stated zone, ending at 11:00. A machine's
timestamp ("2027-02-17T10:00:00-05:00", "2027-02-17 10:00:00-05:00") keeps its offset.

A task tool's reminder or overdue notice of the reader's own to-do ("Erinnerung an die
Aufgabe ... Vorstellungsgespräch ... Di 09.03. 10:00") is not an invitation the user should
find in the calendar unasked, in any of the languages the tool ships.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Mon, 08 Feb 2027 15:21:00 +0100"


def _parse(
    subject: str, body: str, sender: str = "openproject@pm.kranich.example"
) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Subject"] = subject
    message["Date"] = SENT
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def _instant(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def _claimed(got: dict[str, object]) -> bool:
    return got["kind"] == "invitation" and float(str(got["confidence"])) >= 0.5


@settings(max_examples=15, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=16),
    length=st.sampled_from((30, 45, 60, 90)),
    zone=st.sampled_from(("UTC+01:00", "UTC+02:00", "UTC+05:30")),
)
def test_an_iso_day_with_a_hyphenated_range_is_a_range(hour: int, length: int, zone: str) -> None:
    start = datetime(2027, 2, 17, hour, 0)
    end = start + timedelta(minutes=length)
    body = (
        "Jana Wolff has sent you an invitation for the meeting 'Interview: Alex Morgan'\n\n"
        "Talent Acquisition: Interview: Alex Morgan (https://pm.kranich.example/meetings/412)\n"
        "Jana Wolff\n\n"
        f"Date/Time: 2027-02-17 {start:%H:%M}-{end:%H:%M} ({zone})\n"
        "Location: Meeting room Spree\n"
    )
    got = _parse("[Talent Acquisition] Interview: Alex Morgan", body)
    sign, hours, minutes = zone[3], int(zone[4:6]), int(zone[7:9])
    offset = timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
    assert got["kind"] == "invitation"
    assert _instant(got["start"]) == start.replace(tzinfo=timezone(offset))
    assert _instant(got["end"]) == end.replace(tzinfo=timezone(offset))


def test_a_machine_timestamp_keeps_its_offset() -> None:
    body = (
        "Your interview with Kranich Software is confirmed.\n\n"
        "Start: 2027-02-17T10:00:00-05:00\nEnd: 2027-02-17T11:00:00-05:00\n"
    )
    got = _parse("Interview confirmed: Alex Morgan", body, "recruiting@kranich.example")
    assert got["kind"] == "invitation"
    assert _instant(got["start"]) == datetime(2027, 2, 17, 15, 0, tzinfo=UTC)


REMINDERS = (
    (
        "Erinnerung an „Vorstellungsgespräch Nordwind vorbereiten – Di 09.03. 10:00“ (Bewerbungen)",
        "Hallo Alex,\n\nDies ist eine freundliche Erinnerung an die Aufgabe „Vorstellungsgespräch "
        "Nordwind vorbereiten – Di 09.03. 10:00“ (Bewerbungen).\n\nAufgabe in Vikunja öffnen:\n"
        "https://tasks.alex.example/tasks/12\n\nHab einen schönen Tag!\n",
    ),
    (
        "Je achterstallige taken",
        "Hallo Alex,\n\nJe hebt de volgende achterstallige taken:\n\n* Portfolio bijwerken voor "
        "gesprek 10 maart 9:30 (Sollicitaties), te laat sinds 5 uur\n\nVikunja openen:\n"
        "https://tasks.alex.example/\n\nFijne dag!\n",
    ),
    (
        'Promemoria per "Confermare colloquio del 24/02 ore 15:00" (Ricerca lavoro)',
        "Ciao Alex,\n\nQuesto è un promemoria amichevole dell'attività \"Confermare colloquio del "
        '24/02 ore 15:00" (Ricerca lavoro).\n\nApri Vikunja:\nhttps://tasks.alex.example/\n',
    ),
    (
        "Ваши просроченные задачи",
        "Привет, Alex,\n\nЗадачи, у которых истёк срок:\n\n* Собеседование 2 марта в 11:00 — "
        "повторить кейсы (Поиск работы), overdue 30 часов\n\nОткрыть Vikunja:\n"
        "https://tasks.alex.example/\n",
    ),
    (
        "「%!」(string=3月2日(火) 11:00 面接の準備)(就職活動) のリマインダー",
        "こんにちは、Alexさん\n\nタスク「%!」(string=3月2日(火) 11:00 面接の準備)(就職活動) の"
        "リマインダーです。\n\nVikunjaでタスクを開く:\nhttps://tasks.alex.example/tasks/4\n",
    ),
)


@settings(max_examples=len(REMINDERS) * 2, deadline=None)
@given(case=st.sampled_from(REMINDERS))
def test_a_task_reminder_naming_an_interview_time_is_not_claimed(case: tuple[str, str]) -> None:
    subject, body = case
    got = _parse(subject, body, "vikunja@tasks.alex.example")
    assert not _claimed(got)
