"""The `afterview` command: a Flask CLI group, so `flask --app service ...` works the same.

Exit codes: 0 done; 1 not found or refused; 2 bad input (named in the message).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from service import accounts, addresses, create_app, interviews, settings_of, urls
from service.config import ConfigError, Settings
from service.db import db, utcnow
from service.errors import Invalid, NotFound, Problems
from service.models import Interview, Source, User
from service.timezones import check_zone, parse_instant

T = TypeVar("T")


class UsageFailure(click.ClickException):
    exit_code = 2


@contextmanager
def domain_errors() -> Iterator[None]:
    """Turn domain errors into one-line messages and exit codes; roll back on failure."""
    try:
        yield
        db.session.commit()
    except Invalid as exc:
        db.session.rollback()
        raise UsageFailure(str(exc)) from None
    except NotFound as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    except BaseException:
        db.session.rollback()
        raise


def _user(email: str) -> User:
    user = accounts.find_user_by_email(db.session(), email)
    if user is None:
        raise NotFound(f"no account for {email}")
    return user


def _interview(interview_id: int) -> Interview:
    interview = (
        db.session.get(Interview, interview_id) if interviews.is_row_id(interview_id) else None
    )
    if interview is None:
        raise NotFound(f"no interview {interview_id}")
    return interview


def _run(action: Callable[[], T]) -> T:
    with domain_errors():
        return action()


cli = FlaskGroup(
    create_app=lambda: create_app(),
    add_default_commands=True,
    help="Afterview: interviews in, follow-up steps out.",
)


def main() -> None:
    """Console-script entry point; a bad setting is one line naming it, exit code 2."""
    try:
        cli.main(prog_name="afterview")
    except ConfigError as exc:
        click.echo(f"afterview: configuration error: {exc}", err=True)
        sys.exit(2)


@cli.group()
def user() -> None:
    """Manage accounts."""


@user.command("create")
@click.argument("email")
@click.option(
    "--timezone",
    "tz",
    default=None,
    help="Time zone: a city (Berlin) or tz name (Europe/Berlin). "
    "Default: the browser's at the first sign-in (UTC until then).",
)
@click.option("--name", default="", help="Display name used in drafts.")
@click.option("--admin", is_flag=True, help="May manage other accounts.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def user_create(email: str, tz: str | None, name: str, admin: bool, password_stdin: bool) -> None:
    """Create an account (the password is asked for, or read from stdin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)

    def create() -> User:
        created = accounts.create_user(
            db.session(),
            email=email,
            password=password,
            now=utcnow(),
            server_key=current_app.config["SECRET_KEY"],
            timezone=tz,
            display_name=name,
            is_admin=admin,
        )
        return created

    created = _run(create)
    click.echo(f"created {created.email} (id {created.id})")


@user.command("disable")
@click.argument("email")
@with_appcontext
def user_disable(email: str) -> None:
    """Disable an account: it can no longer sign in, and its feed and hooks stop."""

    def disable() -> None:
        accounts.set_active(db.session(), _user(email), False)

    _run(disable)
    click.echo(f"disabled {email}")


@user.command("enable")
@click.argument("email")
@with_appcontext
def user_enable(email: str) -> None:
    """Enable a disabled account again."""

    def enable() -> None:
        accounts.set_active(db.session(), _user(email), True)

    _run(enable)
    click.echo(f"enabled {email}")


@user.command("set")
@click.option("--user", "email", required=True, help="Account email.")
@click.option("--zone", default=None, help="IANA zone the steps are placed in.")
@click.option("--working-hours", "hours", default=None, help="e.g. 09:00-17:30")
@click.option("--days", default=None, help="Working days, e.g. mon-fri or sun-thu.")
@click.option("--follow-up-days", type=int, default=None, help="Days before following up.")
@click.option("--digest/--no-digest", default=None, help="One digest a day instead of mails.")
@with_appcontext
def user_set(
    email: str,
    zone: str | None,
    hours: str | None,
    days: str | None,
    follow_up_days: int | None,
    digest: bool | None,
) -> None:
    """Change the settings that place steps; every pending step is re-planned."""
    from dataclasses import replace

    from service.steps.schedule import WorkingHours
    from service.steps.settings import save_preferences

    def apply() -> User:
        owner = _user(email)
        prefs = accounts.current_preferences(owner)
        window, _, current_days = prefs.working_hours.partition(" ")
        changes: dict[str, Any] = {}
        if zone is not None:
            changes["timezone"] = zone
        if hours is not None or days is not None:
            changes["working_hours"] = f"{hours or window} {days or current_days}".strip()
        if follow_up_days is not None:
            changes["follow_up_days"] = follow_up_days
        if digest is not None:
            changes["daily_digest"] = digest
        save_preferences(db.session(), owner, replace(prefs, **changes), utcnow())
        return owner

    owner = _run(apply)
    placed = WorkingHours.parse(owner.working_hours)
    click.echo(
        f"{owner.email}: zone {owner.timezone}, working hours {placed}, "
        f"follow up after {owner.follow_up_days} days; pending steps re-planned"
    )


@cli.group("api-token")
def api_token() -> None:
    """Manage API tokens."""


@api_token.command("create")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def api_token_create(email: str) -> None:
    """Print a new API token (shown once; only its hash is stored)."""
    token = _run(lambda: accounts.create_api_token(db.session(), _user(email), utcnow()))
    click.echo(token)


@cli.group()
def interview() -> None:
    """Log and change interviews."""


def _person(text: str) -> interviews.Person:
    """Read 'Name <email>' or a bare address or name."""
    text = text.strip()
    if "<" in text and text.endswith(">"):
        name, _, email = text[:-1].partition("<")
        return interviews.Person(name=name.strip().strip('"'), email=email.strip())
    if "@" in text:
        return interviews.Person(email=text)
    return interviews.Person(name=text)


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
        owner = _user(email)
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
            interviewers=tuple(_person(p) for p in people),
            source=Source.CLI,
        )
        interviews.validate(data, problems)  # every mistake at once, not one per try
        return interviews.create_interview(db.session(), owner, data, utcnow())

    created = _run(add)
    click.echo(created.id)


@interview.command("list")
@click.option("--user", "email", required=True, help="Account email.")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
@with_appcontext
def interview_list(email: str, as_json: bool) -> None:
    """List the account's interviews with their steps, in the account's zone."""
    from service.records import interview_json

    rows = _run(lambda: interviews.list_interviews(db.session(), _user(email), limit=500))
    if as_json:
        click.echo(json.dumps([interview_json(i) for i in rows], indent=2))
        return
    owner = _user(email)
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

    def move() -> None:
        row = _interview(interview_id)
        zone_name = tz or row.timezone
        zone = check_zone(zone_name, "tz")
        interviews.reschedule(
            db.session(),
            row,
            start=parse_instant(start, zone, "start"),
            end=parse_instant(end, zone, "end"),
            timezone=zone.key,
            now=utcnow(),
        )

    _run(move)
    click.echo(f"rescheduled {interview_id}")


@interview.command("cancel")
@click.argument("interview_id", type=int)
@with_appcontext
def interview_cancel(interview_id: int) -> None:
    """Cancel an interview and its pending steps."""
    _run(lambda: interviews.cancel(db.session(), _interview(interview_id), utcnow()))
    click.echo(f"cancelled {interview_id}")


@interview.command("restore")
@click.argument("interview_id", type=int)
@with_appcontext
def interview_restore(interview_id: int) -> None:
    """Undo a cancellation; its steps are planned again."""
    _run(lambda: interviews.restore(db.session(), _interview(interview_id), utcnow()))
    click.echo(f"restored {interview_id}")


@interview.command("timeline")
@click.argument("interview_id", type=int)
@click.argument("text")
@with_appcontext
def interview_timeline(interview_id: int, text: str) -> None:
    """Record what the employer said about their timeline; the follow-up moves."""
    implied = _run(
        lambda: interviews.record_timeline(db.session(), _interview(interview_id), text, utcnow())
    )
    click.echo(f"follow-up waits for {implied}" if implied else "no date understood; default delay")


@cli.group()
def step() -> None:
    """Work with follow-up steps."""


def _step_status(step_id: int, status: str) -> None:
    from service.models import FollowUpStep

    def apply() -> None:
        row = db.session.get(FollowUpStep, step_id) if interviews.is_row_id(step_id) else None
        if row is None:
            raise NotFound(f"no step {step_id}")
        interviews.set_step_status(row, status, utcnow())

    _run(apply)


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


@cli.group()
def feed() -> None:
    """The calendar feed."""


def feed_url_for(owner: User) -> str:
    return addresses.feed_url(owner, settings_of(current_app), current_app.config["SECRET_KEY"])


@feed.command("url")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def feed_url(email: str) -> None:
    """Print the feed URL (first line), then subscribe links."""
    owner = _run(lambda: _user(email))
    url = feed_url_for(owner)
    click.echo(url)
    for label, link in subscribe_lines(url):
        click.echo(f"{label}: {link}")


def subscribe_lines(url: str) -> list[tuple[str, str]]:
    """Return the subscribe links for a feed URL, labelled."""
    from feeds.links import subscribe_links

    links = subscribe_links(url, "Afterview")
    return [
        ("Apple Calendar (webcal)", links.webcal),
        ("Google Calendar", links.google),
        ("Outlook.com", links.outlook_com),
        ("Microsoft 365", links.microsoft_365),
    ]


@feed.command("rotate")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def feed_rotate(email: str) -> None:
    """Give the feed a new secret URL; the old one stops working."""

    def rotate() -> User:
        owner = _user(email)
        accounts.rotate_feed_secret(owner, current_app.config["SECRET_KEY"], utcnow())
        return owner

    owner = _run(rotate)
    click.echo(feed_url_for(owner))


DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "afterview-demo"  # noqa: S105 - printed on purpose: local demo only


_HOST = click.option("--host", default="127.0.0.1", show_default=True, envvar="HOST")
_PORT = click.option("--port", default=5000, show_default=True, envvar="PORT", type=int)


def _links_follow(host: str, port: int) -> None:
    """Without AFTERVIEW_BASE_URL, every link follows where the development server listens.

    The address is kept in the instance folder, so commands run beside the server
    (`afterview feed url`, the scheduler) print and mail the same links.
    """
    if Settings.from_env().base_url:
        return
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    served = urls.served_url(host, port)
    urls.remember_served(Path(app.instance_path), served)
    app.config["SETTINGS"] = replace(settings_of(app), base_url=served)


@cli.command("demo")
@_HOST
@_PORT
@with_appcontext
def demo(host: str, port: int) -> None:
    """Create the demo account (once) and print how to reach it on HOST:PORT."""
    _links_follow(host, port)

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
            server_key=current_app.config["SECRET_KEY"],
            timezone="Europe/Berlin",
            display_name="Demo User",
            is_admin=True,
        )
        # Whoever tries the demo sees it in their own zone: their browser's, at sign-in.
        created.zone_confirmed = False
        db.session.flush()
        _demo_interviews(created, now)
        return created

    owner = _run(ensure)
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
                interviewers=(interviews.Person(name=person, email=""),),
                source=Source.DEMO,
            ),
            now,
        )


@cli.command("serve")
@_HOST
@_PORT
@with_appcontext
def serve(host: str, port: int) -> None:
    """Serve the development server (with the scheduler when enabled)."""
    _links_follow(host, port)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    background = None
    if settings_of(app).run_scheduler:
        from service.scheduler import start_in_background

        background = start_in_background(app)
    try:
        # Not app.run(): under the flask CLI it returns at once without serving.
        from werkzeug.serving import run_simple

        run_simple(host, port, app, use_reloader=False, threaded=True)
    finally:
        if background is not None:
            background.shutdown(wait=False)


def add_commands_to(app: Flask) -> None:
    """Give `flask --app service …` the same commands as `afterview`."""
    for name, command in cli.commands.items():
        if name not in app.cli.commands and name not in ("run", "shell", "routes"):
            app.cli.add_command(command, name)


def register(command: click.Command) -> None:
    """Add a command defined elsewhere to the group."""
    cli.add_command(command)


def _register_features() -> None:
    from service.parsing.command import parse_command

    register(parse_command)

    from service.preflight import check_command

    register(check_command)
    from service.scheduler import reminders_group, scheduler_command

    register(scheduler_command)
    register(reminders_group)

    from service.inbound.command import inbound_address_command, inbound_group, ingest_command

    register(ingest_command)
    register(inbound_address_command)
    register(inbound_group)

    from service.account_cli import export_command  # also adds its commands to the groups

    register(export_command)


_register_features()
