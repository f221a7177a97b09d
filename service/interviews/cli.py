"""Interview and step commands, and the demo account: thin edges over the interview domain."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from service import accounts, interviews
from service.accounts.cli import feed_url_for, user_by_email
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Interview, Source
from service.parsing.model import Person
from service.parsing.timezones import check_zone, first_repeated_note
from service.platform import urls
from service.platform.cli import HOST_OPTION, PORT_OPTION, follow_served_links, run
from service.platform.config import settings_of
from service.platform.dates import format_moment
from service.platform.db import db, utcnow
from service.platform.errors import Invalid, NotFound, Problems


def init_app(app: Flask) -> None:
    """Add the interview, step and demo commands to `afterview` and `flask --app service`."""
    for command in (interview, step, demo):
        app.cli.add_command(command)


def interview_by_id(interview_id: int) -> Interview:
    """The interview with this ID, or NotFound naming it."""
    interview = interviews.get_row(db.session(), Interview, interview_id)
    if interview is None:
        raise NotFound(f"no interview {interview_id}")
    return interview


@click.group()
def interview() -> None:
    """Log and change interviews."""


@interview.command("add")
@click.option("--user", "email", required=True, help="Account email.")
@click.option("--company", required=True)
@click.option("--role", required=True)
@click.option(
    "--start", required=True, help="ISO 8601; wall-clock in --tz unless it has an offset."
)
@click.option("--end", required=True, help="ISO 8601; wall-clock in --tz unless it has an offset.")
@click.option(
    "--tz", default=None, help="Zone of the times: a city or tz name (default: the account's)."
)
@click.option("--location", default="")
@click.option("--meeting-url", default="")
@click.option("--interviewer", "people", multiple=True, help="'Name <email>'; repeatable.")
@click.option("--notes", default="")
@with_appcontext
def interview_add(
    email: str,
    company: str,
    role: str,
    start: str,
    end: str,
    tz: str | None,
    location: str,
    meeting_url: str,
    people: tuple[str, ...],
    notes: str,
) -> None:
    """Log an interview and print its ID."""

    def add() -> Interview:
        owner = user_by_email(email)
        zone_name = tz or owner.timezone
        problems = Problems()
        start_at, end_at = interviews.read_times(problems, start, end, zone_name)
        data = interviews.InterviewInput(
            company=company,
            role=role,
            start=start_at,
            end=end_at,
            timezone=zone_name,  # validate gives the zone's IANA name
            location=location,
            meeting_url=meeting_url,
            notes=notes,
            interviewers=tuple(one for p in people for one in interviews.read_people(p)),
            source=Source.CLI,
        )
        interviews.validate(data, problems)  # every mistake at once, not one per try
        return interviews.log_once(db.session(), owner, data, utcnow())

    try:
        created = run(add)
    except interviews.LoggedAlready as exc:
        # As the API's 409 and the web form: a command run again from the shell's history
        # logged the interview twice, and so every reminder twice.
        raise click.ClickException(
            f"this interview is logged already as {exc.interview_id} (the same company,"
            " role, start and end, not cancelled); nothing new was added"
        ) from None
    click.echo(created.id)
    _say_if_repeated(start, end, created.timezone)


def _say_if_repeated(start: str, end: str, zone_name: str) -> None:
    """On standard error, beside the id scripts read: which one a time that comes twice
    (the clocks go back) was taken as, as the pages say it."""
    note = first_repeated_note(start, end, zone_name)
    if note is not None:
        click.echo(note, err=True)


@interview.command("list")
@click.option("--user", "email", required=True, help="Account email.")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
@with_appcontext
def interview_list(email: str, as_json: bool) -> None:
    """List the account's interviews with their steps, in the account's zone."""
    from service.interviews.records import interview_json

    rows = run(lambda: interviews.list_interviews(db.session(), user_by_email(email), limit=500))
    if as_json:
        click.echo(json.dumps([interview_json(i) for i in rows], indent=2))
        return
    owner = user_by_email(email)
    zone = check_zone(owner.timezone)
    for row in rows:
        start = row.start_at.astimezone(zone)
        click.echo(f"{row.id}\t{start:%Y-%m-%d %H:%M %Z}\t{row.status}\t{row.company} — {row.role}")
        for step in row.steps:
            due = step.due_at.astimezone(zone)
            click.echo(f"\tstep {step.id}\t{step.kind}\t{due:%Y-%m-%d %H:%M %Z}\t{step.status}")


@interview.command("reschedule")
@click.argument("interview_id", type=int)
@click.option("--start", required=True)
@click.option("--end", required=True)
@click.option(
    "--tz", default=None, help="Zone of the times: a city or tz name (default: the interview's)."
)
@with_appcontext
def interview_reschedule(interview_id: int, start: str, end: str, tz: str | None) -> None:
    """Move an interview; its pending steps move with it."""

    def move() -> str:
        row = interview_by_id(interview_id)
        zone_name = tz or row.timezone
        zone = check_zone(zone_name, "tz")
        interviews.reschedule(
            db.session(),
            row,
            start=interviews.read_instant(start, zone, "start"),
            end=interviews.read_instant(end, zone, "end"),
            timezone=zone.key,
            now=utcnow(),
        )
        return zone.key

    zone_name = run(move)
    click.echo(f"rescheduled {interview_id}")
    _say_if_repeated(start, end, zone_name)


@interview.command("cancel")
@click.argument("interview_id", type=int)
@with_appcontext
def interview_cancel(interview_id: int) -> None:
    """Cancel an interview and its pending steps."""
    run(lambda: interviews.cancel(db.session(), interview_by_id(interview_id), utcnow()))
    click.echo(f"cancelled {interview_id}")


@interview.command("restore")
@click.argument("interview_id", type=int)
@with_appcontext
def interview_restore(interview_id: int) -> None:
    """Undo a cancellation; its steps are planned again."""
    run(lambda: interviews.restore(db.session(), interview_by_id(interview_id), utcnow()))
    click.echo(f"restored {interview_id}")


@interview.command("timeline")
@click.argument("interview_id", type=int)
@click.argument("text")
@with_appcontext
def interview_timeline(interview_id: int, text: str) -> None:
    """Record what the employer said about their timeline; the follow-up moves."""
    implied = run(
        lambda: interviews.record_timeline(
            db.session(), interview_by_id(interview_id), text, utcnow()
        )
    )
    click.echo(f"follow-up waits for {implied}" if implied else "no date understood; default delay")


@click.group()
def step() -> None:
    """Work with follow-up steps."""


def _step_status(step_id: int, status: str) -> None:
    from service.interviews.models import FollowUpStep

    def apply() -> None:
        row = interviews.get_row(db.session(), FollowUpStep, step_id)
        if row is None:
            raise NotFound(f"no step {step_id}")
        interviews.set_step_status(row, status, utcnow())

    run(apply)


@step.command("done")
@click.argument("step_id", type=int)
@with_appcontext
def step_done(step_id: int) -> None:
    """Mark a step done."""
    _step_status(step_id, "done")
    click.echo(f"step {step_id} done")


@step.command("skip")
@click.argument("step_id", type=int)
@with_appcontext
def step_skip(step_id: int) -> None:
    """Mark a step skipped."""
    _step_status(step_id, "skipped")
    click.echo(f"step {step_id} skipped")


DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "afterview-demo"  # noqa: S105 - printed on purpose: local demo only


@click.command("demo")
@HOST_OPTION
@PORT_OPTION
@with_appcontext
def demo(host: str, port: int) -> None:
    """Create the demo account (once) and print how to reach it on HOST:PORT."""
    follow_served_links(host, port)

    def ensure() -> User:
        existing = accounts.find_user_by_email(db.session(), DEMO_EMAIL)
        if existing is not None:
            return existing
        now = utcnow()
        created = accounts.create_user(
            db.session(),
            email=DEMO_EMAIL,
            password=DEMO_PASSWORD,
            now=now,
            server_key=settings_of(current_app).secret_key,
            timezone="Europe/Berlin",
            display_name="Demo User",
            is_admin=True,
        )
        # Whoever tries the demo sees it in their own zone: their browser's, at sign-in.
        created.zone_confirmed = False
        db.session.flush()
        _demo_interviews(created, now)
        return created

    owner = run(ensure)
    click.echo(f"Admin page: {urls.absolute(settings_of(current_app).base_url)}")
    click.echo(f"Demo login: {DEMO_EMAIL} / {DEMO_PASSWORD}")
    click.echo(f"Feed URL:   {feed_url_for(owner)}")


def _demo_interviews(owner: User, now: Any) -> None:
    day = now.replace(minute=0, second=0, microsecond=0)
    samples = [
        (
            "Acme Robotics",
            "Senior Backend Engineer",
            day + timedelta(days=2, hours=3),
            "Dana Reyes",
        ),
        ("Globex", "Platform Engineer", day - timedelta(days=1, hours=2), "Sam Okafor"),
    ]
    for company, role, start, person in samples:
        interviews.create_interview(
            db.session(),
            owner,
            interviews.InterviewInput(
                company=company,
                role=role,
                start=start,
                end=start + timedelta(minutes=45),
                timezone=owner.timezone,
                interviewers=(Person(name=person, email=""),),
                source=Source.DEMO,
            ),
            now,
        )


_SPAN = re.compile(r"^\s*(\d{1,3})\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _step(step_id: int) -> FollowUpStep:
    row = interviews.get_row(db.session(), FollowUpStep, step_id)
    if row is None:
        raise NotFound(f"no step {step_id}")
    return row


def span(text: str) -> timedelta:
    """Read '1d', '3d', '2h', '90m' or '1w' as a length of time."""
    match = _SPAN.match(text)
    if match is None or int(match[1]) == 0:
        raise Invalid("for", f"{text[:20]!r}: give a length such as 1d, 3d, 2h or 1w")
    return timedelta(**{_UNITS[match[2]]: int(match[1])})


@step.command("snooze")
@click.argument("step_id", type=int)
@click.option("--for", "length", help="How long: 1d, 3d, 2h, 1w (default 1d).")
@click.option(
    "--until",
    "until",
    help="Until when: 2026-03-09 (the start of your working hours that day) or"
    " 2026-03-09T14:30, wall-clock in your zone.",
)
@with_appcontext
def step_snooze(step_id: int, length: str | None, until: str | None) -> None:
    """Push a pending step later, by a length of time or to a moment."""
    if length is not None and until is not None:
        raise click.UsageError("give --for or --until, not both")

    def snooze() -> str:
        row = _step(step_id)
        owner = row.interview.user
        tz = check_zone(owner.timezone)
        now = utcnow()
        if until is not None:
            # A date alone is the start of your working hours that day, as on the page
            # and in the API (it used to be refused, asking for a time).
            interviews.snooze_step_to(row, now, until)
        else:
            interviews.snooze_step(row, now, span("1d" if length is None else length))
        return f"step {step_id} snoozed: due {format_moment(row.due_at, tz, short=True)}"

    click.echo(run(snooze))


@interview.command("outcome")
@click.argument("interview_id", type=int)
@click.argument("outcome")
@with_appcontext
def interview_outcome(interview_id: int, outcome: str) -> None:
    """Record what the employer said: heard_back, next_round, offer, rejected or withdrew."""
    run(
        lambda: interviews.record_outcome(
            db.session(), interview_by_id(interview_id), outcome.strip().lower(), utcnow()
        )
    )
    click.echo(f"interview {interview_id}: {outcome.strip().lower()} recorded")
