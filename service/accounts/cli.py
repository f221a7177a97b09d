"""Account commands: users, their settings, API tokens, the feed URL, export and delete.

Each command is a thin edge over the same domain functions the web and the API call.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from service import accounts
from service.accounts import addresses
from service.accounts import data as account_data
from service.accounts.models import User
from service.interviews.feed import feed_options
from service.platform.cli import run
from service.platform.config import settings_of
from service.platform.dates import zone_label
from service.platform.db import db, utcnow
from service.platform.errors import NotFound
from service.steps.context import draft_templates, template_for
from service.steps.settings import save_draft_templates
from service.steps.templates import PLACEHOLDERS, DraftText


def init_app(app: Flask) -> None:
    """Add the account commands to `afterview` and `flask --app service`."""
    for command in (user, api_token, feed, export_command):
        app.cli.add_command(command)


def user_by_email(email: str) -> User:
    """The account with this address, or NotFound naming it."""
    user = accounts.find_user_by_email(db.session(), email)
    if user is None:
        raise NotFound(f"no account for {email}")
    return user


@click.group()
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
            server_key=settings_of(current_app).secret_key,
            timezone=tz,
            display_name=name,
            is_admin=admin,
        )
        return created

    created = run(create)
    click.echo(f"created {created.email} (id {created.id})")


@user.command("disable")
@click.argument("email")
@with_appcontext
def user_disable(email: str) -> None:
    """Disable an account: it can no longer sign in, and its feed and hooks stop."""

    def disable() -> None:
        accounts.set_active(db.session(), user_by_email(email), False)

    run(disable)
    click.echo(f"disabled {email}")


@user.command("enable")
@click.argument("email")
@with_appcontext
def user_enable(email: str) -> None:
    """Enable a disabled account again."""

    def enable() -> None:
        accounts.set_active(db.session(), user_by_email(email), True)

    run(enable)
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
        owner = user_by_email(email)
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

    owner = run(apply)
    placed = WorkingHours.parse(owner.working_hours)
    click.echo(
        f"{owner.email}: zone {zone_label(owner.timezone)}, working hours {placed}, "
        f"follow up after {owner.follow_up_days} days; pending steps re-planned"
    )


@click.group("api-token")
def api_token() -> None:
    """Manage API tokens."""


@api_token.command("create")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def api_token_create(email: str) -> None:
    """Print a new API token (shown once; only its hash is stored)."""
    token = run(lambda: accounts.create_api_token(db.session(), user_by_email(email), utcnow()))
    click.echo(token)


@click.group()
def feed() -> None:
    """The calendar feed."""


def feed_url_for(owner: User) -> str:
    return addresses.feed_url(owner, settings_of(current_app), settings_of(current_app).secret_key)


@feed.command("url")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def feed_url(email: str) -> None:
    """Print the feed URL (first line), then subscribe links."""
    owner = run(lambda: user_by_email(email))
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
        owner = user_by_email(email)
        accounts.rotate_feed_secret(owner, settings_of(current_app).secret_key, utcnow())
        return owner

    owner = run(rotate)
    click.echo(feed_url_for(owner))


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
    result = run(
        lambda: account_data.export_account(
            db.session(), user_by_email(email), fmt, utcnow(), feed_options(current_app)
        )
    )
    if output:
        try:
            with open(output, "wb") as target:
                target.write(result.body)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror}") from None
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
    owner = run(lambda: user_by_email(email))
    if not yes:
        typed = click.prompt(f"This deletes {owner.email} and all its data. Type the address")
        if typed.strip().lower() != owner.email:
            raise click.ClickException("the address did not match; nothing was deleted")
    address = addresses.inbound_address(
        owner, settings_of(current_app), settings_of(current_app).secret_key
    )
    run(lambda: account_data.delete_account(db.session(), owner, inbound_address=address))
    click.echo(f"deleted {email} and everything stored for it")


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
    account = run(lambda: user_by_email(email))
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
        run(lambda: save_draft_templates(account, {kind: None}))
        click.echo(f"{kind}: Afterview's wording is back")
        return
    current = template_for(account, kind)
    wanted = DraftText(
        subject=current.subject if subject is None else subject,
        body=current.body if body_file is None else body_file.read(),
    )
    run(lambda: save_draft_templates(account, {kind: wanted}))
    click.echo(f"{kind}: saved")


@api_token.command("list")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def api_token_list(email: str) -> None:
    """List an account's API tokens, one a line: ID, created, last used (UTC)."""
    rows = run(lambda: account_data.list_api_tokens(db.session(), user_by_email(email)))
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

    email = run(revoke)
    click.echo(f"revoked API token {token_id} of {email}")
