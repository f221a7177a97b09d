"""Feeds built from literals, one per situation a subscriber's calendar has to cope with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from feeds import EventStatus, FeedCalendar, FeedEvent
from service.parsing.model import Person
from service.steps.wording import StepContext, step_description, step_title

STAMP = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
CREATED = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
ADMIN = "https://afterview.example/admin/interviews"


def _steps(
    interview_id: int,
    ctx: StepContext,
    *,
    sequence: int = 0,
    changed: datetime = CREATED,
    tzid: str | None = None,
    done: frozenset[str] = frozenset(),
    alarm: int | None = None,
) -> tuple[FeedEvent, ...]:
    """Return the interview and its three steps as events, with stable UIDs."""
    start, end = ctx.interview_start, ctx.interview_end
    slots = {
        # The last ten minutes of the interview itself.
        "ask_next_steps": (end - timedelta(minutes=10), end),
        "thank_you": (end + timedelta(hours=2), end + timedelta(hours=2, minutes=30)),
        "follow_up": (
            ctx.follow_up_due or end + timedelta(days=7),
            (ctx.follow_up_due or end + timedelta(days=7)) + timedelta(minutes=30),
        ),
    }
    events = [
        FeedEvent(
            uid=f"interview-{interview_id}@afterview.example",
            summary=f"Interview — {ctx.company}, {ctx.role}",
            description=f"Interview for {ctx.role} at {ctx.company}.",
            start=start,
            end=end,
            sequence=sequence,
            created=CREATED,
            last_modified=changed,
            tzid=tzid,
            categories=("Interview",),
            url=f"{ADMIN}/{interview_id}",
        )
    ]
    for kind, (step_start, step_end) in slots.items():
        is_done = kind in done
        events.append(
            FeedEvent(
                uid=f"step-{interview_id}-{kind}@afterview.example",
                summary=step_title(kind, ctx.company, ctx.role, done=is_done),
                description=step_description(
                    kind, replace(ctx, admin_url=f"{ADMIN}/{interview_id}#{kind}"), done=is_done
                ),
                start=step_start,
                end=step_end,
                sequence=sequence,
                created=CREATED,
                last_modified=changed,
                busy=not is_done,
                tzid=tzid,
                categories=("Afterview", "Follow-up"),
                url=f"{ADMIN}/{interview_id}#{kind}",
                alarm_minutes_before=alarm,
            )
        )
    return tuple(events)


def _acme(start: datetime, zone: str = "Europe/London") -> StepContext:
    return StepContext(
        company="Acme Rockets",
        role="Senior Engineer",
        interview_start=start,
        interview_end=start + timedelta(hours=1),
        zone=zone,
        interviewers=(
            Person("Ana Ruiz", "ana.ruiz@acme.example"),
            Person("Ben O'Neill"),
        ),
        user_name="Sam Lee",
        stated_timeline="two weeks",
        follow_up_due=start + timedelta(days=16),
    )


def _calendar(events: tuple[FeedEvent, ...], zone: str = "Europe/London") -> FeedCalendar:
    return FeedCalendar(
        name="Interview follow-ups — Sam Lee",
        description="Next steps, thank-you notes and follow-ups for Sam's interviews.",
        timezone=zone,
        stamp=STAMP,
        events=events,
    )


ACME_START = datetime(2025, 3, 12, 14, 0, tzinfo=UTC)


def normal() -> FeedCalendar:
    """Two interviews in UTC; one thank-you already sent (free time), alarms on."""
    globex = StepContext(
        company="Globex",
        role="Platform Lead",
        interview_start=datetime(2025, 3, 14, 9, 30, tzinfo=UTC),
        interview_end=datetime(2025, 3, 14, 10, 15, tzinfo=UTC),
        zone="Europe/London",
        interviewers=(Person("Chen Wei", "chen@globex.example"),),
        user_name="Sam Lee",
    )
    return _calendar(
        _steps(1, _acme(ACME_START), done=frozenset({"ask_next_steps"}), alarm=15)
        + _steps(2, globex)
    )


def rescheduled() -> FeedCalendar:
    """The Acme interview moved two days later: same UIDs, SEQUENCE and LAST-MODIFIED up."""
    moved = ACME_START + timedelta(days=2, hours=1)
    return _calendar(
        _steps(
            1,
            _acme(moved),
            sequence=1,
            changed=datetime(2025, 3, 11, 7, 45, tzinfo=UTC),
            done=frozenset({"ask_next_steps"}),
            alarm=15,
        )
    )


def cancelled() -> FeedCalendar:
    """The Acme interview was cancelled: its pending steps left, the interview is struck."""
    interview = _steps(1, _acme(ACME_START))[0]
    return _calendar(
        (
            replace(
                interview,
                status=EventStatus.CANCELLED,
                sequence=1,
                busy=False,
                last_modified=datetime(2025, 3, 11, 16, 20, tzinfo=UTC),
                summary="Cancelled: " + interview.summary,
            ),
        )
    )


def windows_zone() -> FeedCalendar:
    """An Outlook invite said "Eastern Standard Time"; the feed must say America/New_York."""
    start = datetime(2025, 11, 3, 15, 0, tzinfo=UTC)  # 10:00 EST, the day after DST ends
    ctx = _acme(start, "America/New_York")
    return _calendar(_steps(3, ctx, tzid="Eastern Standard Time"), zone="Eastern Standard Time")


def dst_week() -> FeedCalendar:
    """Berlin events around both 2025 changes, including the repeated hour in October."""
    spring = StepContext(
        company="Initech",
        role="Data Engineer",
        # 00:30 UTC on 30 March = 01:30 CET; ends 02:30 CEST, straddling the change.
        interview_start=datetime(2025, 3, 30, 0, 30, tzinfo=UTC),
        interview_end=datetime(2025, 3, 30, 1, 30, tzinfo=UTC),
        zone="Europe/Berlin",
        interviewers=(Person("Jürgen Groß", "juergen@initech.example"),),
        user_name="Sam Lee",
    )
    autumn = replace(
        spring,
        company="Umbrella",
        # 00:30 UTC on 26 October = 02:30 CEST; 01:30 UTC is 02:30 again, now CET.
        interview_start=datetime(2025, 10, 26, 0, 30, tzinfo=UTC),
        interview_end=datetime(2025, 10, 26, 1, 30, tzinfo=UTC),
        follow_up_due=datetime(2025, 10, 31, 8, 0, tzinfo=UTC),
    )
    return _calendar(
        _steps(4, spring, tzid="Europe/Berlin") + _steps(5, autumn, tzid="Europe/Berlin"),
        zone="Europe/Berlin",
    )


def empty() -> FeedCalendar:
    """A new user with no interviews yet still gets a valid calendar."""
    return _calendar(())


def hostile() -> FeedCalendar:
    """Text copied from emails that tries to end lines, add properties or split lists."""
    ctx = StepContext(
        company="Evil; Corp, Inc.\\",
        role="Engineer\r\nDTSTART:19700101T000000Z",
        interview_start=datetime(2025, 5, 6, 12, 0, tzinfo=UTC),
        interview_end=datetime(2025, 5, 6, 13, 0, tzinfo=UTC),
        zone="Europe/Paris",
        interviewers=(Person("Eve\r\nBcc: all@evil.example", "eve@evil.example?bcc=x@y"),),
        user_name="Sam\nEND:VEVENT",
    )
    events = _steps(6, ctx)
    first = replace(
        events[0],
        location="Room 1;\r\nBEGIN:VALARM\x00\x0b\u2028END:VCALENDAR",
        url="https://evil.example/a b\r\nX-INJECTED:1",
        categories=("a,b", "c;d\\", "\r\n"),
    )
    return FeedCalendar(
        name="Sam's; interviews, all\r\nMETHOD:REQUEST",
        description="Line one\r\nMETHOD:REQUEST\\n",
        timezone="Europe/Paris",
        stamp=STAMP,
        events=(first, *events[1:]),
    )


SCENARIOS: dict[str, Callable[[], FeedCalendar]] = {
    "normal": normal,
    "rescheduled": rescheduled,
    "cancelled": cancelled,
    "windows-zone": windows_zone,
    "dst-week": dst_week,
    "empty": empty,
    "hostile": hostile,
}
