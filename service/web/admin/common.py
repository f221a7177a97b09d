"""What every admin view shares: the signed-in account, one transaction, forms, dates."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, current_app, render_template, request
from flask_login import current_user

from service.accounts.models import User
from service.interviews import snooze_offers
from service.parsing.places import zone_choices
from service.parsing.timezones import zone
from service.platform.config import Settings, settings_of
from service.platform.dates import format_moment, zone_abbreviation, zone_label
from service.platform.db import committed as committed  # re-exported for the admin views
from service.platform.errors import Invalid, not_one_of, page_words
from service.steps.wording import step_title
from service.web.errors import BadQuery


def zones_now() -> tuple[tuple[str, str], ...]:
    """The zone picker's options, labelled with a city and the offset at this hour."""
    return zone_choices(datetime.now(UTC))


def local_path(target: str | None, fallback: str) -> str:
    """`target` when it is a path on this site, else `fallback`: never another host.

    The one rule for every "go back to" a form or link carries (`next`, `back`).
    Browsers drop tabs and line breaks inside a URL and read a backslash as a slash,
    so `/\t/evil.example` and `/\\evil.example` lead off the site as `//evil.example` does.
    """
    if not target or not target.startswith("/") or target.startswith("//"):
        return fallback
    if "\\" in target or any(ord(char) < 0x20 or ord(char) == 0x7F for char in target):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return fallback
    return target


def me() -> User:
    """Return the signed-in user (views run only after the sign-in check)."""
    user: User = current_user.user
    return user


def settings() -> Settings:
    return settings_of(current_app)


def server_key() -> str:
    key: str = settings_of(current_app).secret_key
    return key


def form(name: str) -> str:
    """Return a form field as text ('' when absent)."""
    return request.form.get(name, "")


def query_choice(name: str, allowed: Sequence[str], default: str) -> str:
    """The address's `?name=`, one of `allowed` (`default` when absent or empty).

    Any other value is refused with a 400 page naming the part of the address and its
    choices, rather than quietly showing the default as if that had been asked for.
    """
    value = request.args.get(name, "") or default
    if value not in allowed:
        raise BadQuery(name, not_one_of(value, allowed))
    return value


def checked(name: str) -> bool:
    return request.form.get(name) in ("on", "1", "true", "yes")


def invalid_page(
    template: str, exc: Invalid, fields: Mapping[str, str] | None = None, **context: Any
) -> tuple[str, int]:
    """Render a form again with each of the domain's messages next to the field it names.

    `fields` maps the domain's field names to the form's where they differ; the
    first message about a field is the one shown.
    """
    errors: dict[str, str] = {}
    for field, message in exc.problems:
        errors.setdefault((fields or {}).get(field, field), page_words(message))
    return render_template(template, **{**context, "errors": errors}), 422


def local_time(moment: datetime | None, zone_name: str, fmt: str | None = None) -> str:
    """Format an instant as wall-clock time in a zone, with the zone's abbreviation."""
    if moment is None:
        return ""
    if fmt is None:
        return format_moment(moment, zone(zone_name), short=True)
    here = moment.astimezone(zone(zone_name))
    return f"{here.strftime(fmt)} {zone_abbreviation(here, zone(zone_name))}"


def input_value(moment: datetime | None, zone_name: str) -> str:
    """Format an instant for an <input type=datetime-local> in a zone."""
    if moment is None:
        return ""
    return moment.astimezone(zone(zone_name)).strftime("%Y-%m-%dT%H:%M")


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def relative(moment: datetime | None, now: datetime) -> str:
    """Say how far an instant is from now, e.g. "in 3 hours" or "9 hours ago"."""
    if moment is None:
        return "never"
    delta = moment - now
    span = abs(delta)
    if span < timedelta(minutes=1):
        return "just now"
    if span < timedelta(hours=1):
        text = _plural(int(span.total_seconds() // 60), "minute")
    elif span < timedelta(days=2):
        text = _plural(int(span.total_seconds() // 3600), "hour")
    elif span < timedelta(days=60):
        text = _plural(span.days, "day")
    else:
        text = _plural(span.days // 30, "month")
    return f"in {text}" if delta > timedelta(0) else f"{text} ago"


def step_name(kind: str) -> str:
    """A step's name as every page and mail gives it ("Thank-you note"), not its code."""
    return step_title(kind, "", "")


def init_app(app: Flask) -> None:
    """Give templates the date helpers and the zone list."""
    app.jinja_env.globals.update(
        local_time=local_time,
        zone_label=zone_label,
        input_value=input_value,
        relative=relative,
        zones_now=zones_now,
        snooze_offers=snooze_offers,
        step_name=step_name,
    )


def fingerprint(value: str) -> str:
    """A short hash of a field as a form showed it (CRLF as LF, trimmed, as stored)."""
    normal = value.replace("\r\n", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def seen_token(shown: Mapping[str, str], fields: Sequence[str]) -> str:
    """What a form showed, field by field, so its save can tell what was typed.

    A form sends every field, so without this a save from a page opened before a change
    made elsewhere (the API, another window, a mail) would put the old values back.
    """
    return ".".join(fingerprint(shown[name]) for name in fields)


def read_seen(token: str, fields: Sequence[str]) -> dict[str, str] | None:
    """The fingerprints a form carried; None for a form without them (all is sent)."""
    parts = token.split(".")
    if len(parts) != len(fields):
        return None
    return dict(zip(fields, parts, strict=True))
