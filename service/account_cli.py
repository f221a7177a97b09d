"""Account commands: export, delete, API tokens, and the step and outcome actions of the pages.

Each command is a thin edge over the same domain functions the web and the API call.
"""

from __future__ import annotations

import re
import sys
from datetime import timedelta
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext

from service import account_data, addresses, interviews, settings_of
from service.cli import _interview, _run, _user, api_token, interview, step, user
from service.db import db, utcnow
from service.errors import Invalid, NotFound
from service.models import FollowUpStep, User
from service.steps.context import draft_templates, template_for
from service.steps.settings import save_draft_templates
from service.steps.templates import PLACEHOLDERS, DraftText
from service.timezones import check_zone, parse_instant
from service.web.feed import feed_options

_SPAN = re.compile(r"^\s*(\d{1,3})\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@click.command("export")
@click.option("--user", "email", required=True, help="Account email.")
@click.option(
    "--format", "fmt", default="json", show_default=True, help="json (everything), csv or ics."
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to this file, not stdout."
)
@with_appcontext
def export_command(email: str, fmt: str, output: str | None) -> None:
    """Write everything stored for an account: JSON, CSV (one line per step) or .ics."""
    result = _run(
        lambda: account_data.export_account(
            db.session(), _user(email), fmt, utcnow(), feed_options(current_app)
        )
    )
    if output:
        with open(output, "wb") as target:
            target.write(result.body)
        click.echo(f"wrote {output} ({len(result.body)} bytes)", err=True)
    else:
        sys.stdout.buffer.write(result.body)
        sys.stdout.buffer.flush()


@user.command("delete")
@click.argument("email")
@click.option("--yes", is_flag=True, help="Do not ask; delete at once.")
@with_appcontext
def user_delete(email: str, yes: bool) -> None:
    """Delete an account and everything stored for it, raw inbound mail included."""
    owner = _run(lambda: _user(email))
    if not yes:
        typed = click.prompt(f"This deletes {owner.email} and all its data. Type the address")
        if typed.strip().lower() != owner.email:
            raise click.ClickException("the address did not match; nothing was deleted")
    address = addresses.inbound_address(
        owner, settings_of(current_app), current_app.config["SECRET_KEY"]
    )
    _run(lambda: account_data.delete_account(db.session(), owner, inbound_address=address))
    click.echo(f"deleted {email} and everything stored for it")


@api_token.command("list")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def api_token_list(email: str) -> None:
    """List an account's API tokens, one a line: ID, created, last used (UTC)."""
    rows = _run(lambda: account_data.list_api_tokens(db.session(), _user(email)))
    for row in rows:
        used = f"{row.last_used_at:%Y-%m-%d %H:%M}" if row.last_used_at else "never used"
        click.echo(f"{row.id}\tcreated {row.created_at:%Y-%m-%d %H:%M}\tlast used {used}")


@api_token.command("revoke")
@click.argument("token_id", type=int)
@with_appcontext
def api_token_revoke(token_id: int) -> None:
    """Revoke an API token by its ID; anything using it is refused from then on."""

    def revoke() -> str:
        row = account_data.revoke_api_token(db.session(), token_id)
        owner = db.session.get(User, row.user_id)
        return owner.email if owner else "?"

    email = _run(revoke)
    click.echo(f"revoked API token {token_id} of {email}")


def _step(step_id: int) -> FollowUpStep:
    row = db.session.get(FollowUpStep, step_id) if interviews.is_row_id(step_id) else None
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
@click.option("--until", "until", help="Until when: 2026-03-09T09:00, wall-clock in your zone.")
@with_appcontext
def step_snooze(step_id: int, length: str | None, until: str | None) -> None:
    """Push a pending step later, by a length of time or to a moment."""
    if length and until:
        raise click.UsageError("give --for or --until, not both")

    def snooze() -> str:
        row = _step(step_id)
        owner = row.interview.user
        tz = check_zone(owner.timezone)
        now = utcnow()
        if until:
            if "T" not in until and " " not in until.strip():
                raise Invalid("until", "give a time too, e.g. 2026-03-09T09:00")
            target = parse_instant(until, tz, "until")
            by = target - max(row.due_at, now)
            if by <= timedelta(0):
                raise Invalid("until", "is not later than when the step is due now")
        else:
            by = span(length or "1d")
        interviews.snooze_step(row, now, by)
        due = row.due_at.astimezone(tz)
        return f"step {step_id} snoozed: due {due:%a %-d %b %Y, %H:%M} {due.tzname()}"

    click.echo(_run(snooze))


@interview.command("outcome")
@click.argument("interview_id", type=int)
@click.argument("outcome")
@with_appcontext
def interview_outcome(interview_id: int, outcome: str) -> None:
    """Record what the employer said: heard_back, next_round, offer, rejected or withdrew."""
    _run(
        lambda: interviews.record_outcome(
            db.session(), _interview(interview_id), outcome.strip().lower(), utcnow()
        )
    )
    click.echo(f"interview {interview_id}: {outcome.strip().lower()} recorded")


@user.command("drafts")
@click.argument("email")
@click.option(
    "--kind", type=click.Choice(["thank_you", "follow_up"]), help="Which draft to change."
)
@click.option("--subject", help="The subject, with {placeholders}.")
@click.option("--body-file", type=click.File("r"), help="The text, from a file (- for stdin).")
@click.option("--reset", is_flag=True, help="Put back Afterview's wording for --kind.")
@with_appcontext
def user_drafts(
    email: str, kind: str | None, subject: str | None, body_file: Any, reset: bool
) -> None:
    """Show the account's draft templates, or word one (--kind with --subject/--body-file)."""
    account = _run(lambda: _user(email))
    if kind is None:
        if subject is not None or body_file is not None or reset:
            raise click.UsageError("say which draft with --kind thank_you or --kind follow_up")
        for name in ("thank_you", "follow_up"):
            template = template_for(account, name)
            click.echo(
                f"== {name} ({'yours' if name in draft_templates(account) else 'Afterview'})"
            )
            click.echo(f"Subject: {template.subject}\n\n{template.body}\n")
        click.echo("Placeholders: " + ", ".join(f"{{{name}}}" for name in PLACEHOLDERS))
        return
    if reset:
        _run(lambda: save_draft_templates(account, {kind: None}))
        click.echo(f"{kind}: Afterview's wording is back")
        return
    current = template_for(account, kind)
    wanted = DraftText(
        subject=current.subject if subject is None else subject,
        body=current.body if body_file is None else body_file.read(),
    )
    _run(lambda: save_draft_templates(account, {kind: wanted}))
    click.echo(f"{kind}: saved")
