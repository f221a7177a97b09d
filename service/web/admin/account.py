"""The user's own settings: preferences, the inbound address and its senders, the password."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from flask import flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from service import accounts
from service.accounts import senders
from service.accounts.addresses import inbound_address
from service.accounts.models import FeedInterviews, User
from service.platform.db import db, utcnow
from service.platform.errors import Invalid, Problems
from service.steps.schedule import END_OF_DAY, WorkingHours
from service.steps.settings import save_preferences
from service.web.admin import bp
from service.web.admin.auth import check_password_throttled, start_session
from service.web.admin.common import (
    checked,
    committed,
    fingerprint,
    form,
    invalid_page,
    me,
    read_seen,
    seen_token,
    server_key,
    settings,
)

DAYS = (
    ("mon", "Mon"),
    ("tue", "Tue"),
    ("wed", "Wed"),
    ("thu", "Thu"),
    ("fri", "Fri"),
    ("sat", "Sat"),
    ("sun", "Sun"),
)
FLAGS = ("feed_alarms", "reminder_emails", "daily_digest")
FEED_INTERVIEWS = (
    (
        FeedInterviews.HAND_LOGGED,
        "Only those I log by hand",
        "Forwarded invitations are usually in your calendar already.",
    ),
    (FeedInterviews.ALL, "All of them", "Also those read from forwarded mail."),
    (FeedInterviews.NONE, "None", "Only the follow-up steps."),
)


def _values(user: User) -> dict[str, Any]:
    hours = WorkingHours.parse(user.working_hours)
    return {
        "display_name": user.display_name,
        "timezone": user.timezone,
        "hours_start": f"{hours.start:%H:%M}",
        "hours_end": f"{hours.end:%H:%M}",
        "days": {DAYS[d][0] for d in hours.days},
        "follow_up_days": str(user.follow_up_days),
        "feed_interviews": user.feed_interviews,
        **{flag: getattr(user, flag) for flag in FLAGS},
    }


SETTING_FIELDS = (
    "display_name",
    "timezone",
    "hours_start",
    "hours_end",
    "days",
    "follow_up_days",
    "feed_interviews",
    *FLAGS,
)


def _as_shown(values: Mapping[str, Any]) -> dict[str, str]:
    """Each setting as text, to tell which ones the person changed on the page."""
    shown = {}
    for name in SETTING_FIELDS:
        value = values[name]
        if name == "days":
            shown[name] = ",".join(sorted(value))
        elif isinstance(value, bool):
            shown[name] = "on" if value else ""
        else:
            shown[name] = re.sub(r"^(\d\d?:\d\d):00$", r"\1", str(value).strip())
    return shown


def _context(user: User, **overrides: Any) -> dict[str, Any]:
    stored = _values(user)
    context: dict[str, Any] = {
        "values": stored,
        "seen": seen_token(_as_shown(stored), SETTING_FIELDS),
        "days": DAYS,
        "feed_choices": FEED_INTERVIEWS,
        "inbound": inbound_address(user, settings(), server_key()),
        "senders": "\n".join(s.email for s in user.allowed_senders),
        "sender_states": [(s.email, s.confirmed_at is not None) for s in user.allowed_senders],
        "errors": {},
    }
    context.update(overrides)
    return context


@bp.get("/settings")
def settings_page() -> str:
    """Show preferences, the inbound address and the allowed forwarding addresses."""
    return render_template("settings.html", **_context(me()))


@bp.post("/settings")
def save_settings() -> Response | tuple[str, int]:
    """Save preferences all at once, or none of them."""
    user = me()
    days = [code for code, _label in DAYS if checked(f"day_{code}")]
    name, zone_name = form("display_name"), form("timezone").strip()
    start, end = form("hours_start").strip(), form("hours_end").strip()
    delay = form("follow_up_days").strip()
    flags = {flag: checked(flag) for flag in FLAGS}
    shown = form("feed_interviews").strip() or user.feed_interviews
    values: dict[str, Any] = {
        "display_name": name,
        "timezone": zone_name,
        "hours_start": start,
        "hours_end": end,
        "days": set(days),
        "follow_up_days": delay,
        "feed_interviews": shown,
        **flags,
    }
    token = form("settings_seen")
    seen = read_seen(token, SETTING_FIELDS)
    if seen is not None:
        # A setting left as the page showed it keeps what is stored now: a zone set
        # through the API while this page stood open is not put back by saving hours.
        stored = _values(user)
        sent_text, stored_text = _as_shown(values), _as_shown(stored)
        clashes = []
        for field_name in SETTING_FIELDS:
            if fingerprint(sent_text[field_name]) == seen[field_name]:
                values[field_name] = stored[field_name]
            elif fingerprint(stored_text[field_name]) not in (
                seen[field_name],
                fingerprint(sent_text[field_name]),
            ):
                clashes.append(field_name)
        if clashes:
            return _settings_changed_elsewhere(user, values, clashes)
        name, zone_name = values["display_name"], values["timezone"]
        start, end = values["hours_start"], values["hours_end"]
        days = [code for code, _label in DAYS if code in values["days"]]
        delay, shown = values["follow_up_days"], values["feed_interviews"]
        flags = {flag: values[flag] for flag in FLAGS}
    problems = Problems()
    # Each time named by its field: the domain's message quotes the stored form
    # ('09.00-18:00 mon,tue,...': expected 'HH:MM-HH:MM days'), which nobody typed here.
    opens, closes = _clock("From", start, problems), _clock("Until", end, problems)
    if opens and closes and opens >= closes:
        problems.add("working_hours", f"“Until” ({closes}) must be later than “From” ({opens})")
    start, end = opens or start, closes or end
    try:
        if len(name) > 200:
            problems.add("display_name", "at most 200 characters")
        if not days:
            problems.add("working_hours", "pick at least one working day")
        if not delay.isdecimal() or len(delay) > 3:
            problems.add("follow_up_days", "must be a whole number of days")
        prefs = accounts.Preferences(
            display_name=name,
            timezone=zone_name,
            working_hours=f"{start}-{end} {','.join(days)}",
            follow_up_days=int(delay) if delay.isdecimal() and len(delay) <= 3 else 0,
            feed_interviews=shown,
            feed_alarms=flags["feed_alarms"],
            reminder_emails=flags["reminder_emails"],
            daily_digest=flags["daily_digest"],
        )
        committed(lambda: save_preferences(db.session(), user, prefs, utcnow(), problems))
    except Invalid as exc:
        db.session.refresh(user)
        context = _context(user, values=values)
        return invalid_page("settings.html", exc, **{**context, "seen": token or context["seen"]})
    flash("Settings saved. Your pending steps are planned with them.", "success")
    return redirect(url_for("admin.settings_page"))


SETTING_LABELS = {
    "display_name": "your name",
    "timezone": "your time zone",
    "hours_start": "the start of your working hours",
    "hours_end": "the end of your working hours",
    "days": "your working days",
    "follow_up_days": "the follow-up delay",
    "feed_interviews": "which interviews the feed shows",
    "feed_alarms": "the feed's alarms",
    "reminder_emails": "reminder emails",
    "daily_digest": "the daily digest",
}


def _settings_changed_elsewhere(
    user: User, values: dict[str, Any], clashes: list[str]
) -> tuple[str, int]:
    """The form again with what was chosen, saying which settings changed meanwhile."""
    named = ", ".join(SETTING_LABELS[name] for name in clashes)
    message = (
        f"While this page was open, {named} changed elsewhere (in the app, another window "
        "or your browser's zone). Nothing was saved: the form keeps your choices; check "
        "them and save again to keep them."
    )
    context = _context(user, values=values)  # now seen: saving again keeps these
    return render_template("settings.html", **{**context, "errors": {"elsewhere": message}}), 409


_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::00)?")


def _clock(label: str, value: str, problems: Problems) -> str | None:
    """A working-hours field as HH:MM; a time input may send seconds (09:00:00)."""
    found = _CLOCK.fullmatch(value)
    if found and int(found[1]) < 24 and int(found[2]) < 60:
        return f"{int(found[1]):02d}:{found[2]}"
    if found and label == "Until" and int(found[1]) == 24 and found[2] == "00":
        return f"{END_OF_DAY:%H:%M}"  # the end of the day, as people write it
    said = f"“{value[:20]}” is not a time of day" if value else "it is empty"
    if found and int(found[1]) == 24:
        said += " (a day's hours run from 00:00; 24:00 can only end them)"
    problems.add("working_hours", f"“{label}”: {said}; give a time such as 09:00")
    return None


@bp.post("/settings/senders")
def save_senders() -> Response | tuple[str, int]:
    """Replace the addresses allowed to forward invitations."""
    user = me()
    text = form("senders")
    addresses = [a.strip() for a in text.replace(",", "\n").splitlines() if a.strip()]

    def register() -> list[str]:
        session = db.session()
        added = accounts.set_allowed_senders(session, user, addresses)
        for sender in added:
            senders.queue_confirmation(session, user, sender, utcnow(), secret_key=server_key())
        return [sender.email for sender in added]

    try:
        if len(addresses) > 100:
            raise Invalid("allowed_senders", "at most 20 addresses")
        added = committed(register)
    except Invalid as exc:
        db.session.refresh(user)
        return invalid_page(
            "settings.html", exc, {"allowed_senders": "senders"}, **_context(user, senders=text)
        )
    if added:
        flash(
            f"Forwarding addresses saved. A confirmation mail went to {', '.join(added)}; "
            "mail from an address counts once its link is used.",
            "success",
        )
    else:
        flash("Forwarding addresses saved.", "success")
    return redirect(url_for("admin.settings_page") + "#inbound")


@bp.post("/settings/inbound/rotate")
def rotate_inbound() -> Response:
    """Give the user a new inbound address; mail to the old one is no longer accepted."""
    user = me()
    committed(lambda: accounts.issue_secrets(user, server_key(), feed=False))
    flash("New inbound address. Mail sent to the old one is no longer accepted.", "success")
    return redirect(url_for("admin.settings_page") + "#inbound")


@bp.get("/account/password")
def password_page() -> str:
    return render_template("password.html", errors={}, keep_api_tokens=False)


@bp.post("/account/password")
def change_password() -> Response | tuple[str, int]:
    """Change the password: every session ends (this browser gets a new one), API tokens too.

    The current-password check is throttled like sign-in, so a stolen session cannot
    be used to guess the password.
    """
    user = me()
    keep_tokens = checked("keep_api_tokens")
    check = check_password_throttled(user.email, user, form("current_password"))
    if check.retry_after is not None:
        errors = {"current_password": check.refusal("wrong passwords")}
        page = render_template("password.html", errors=errors, keep_api_tokens=keep_tokens)
        return page, 429, check.retry_header()  # type: ignore[return-value]
    try:
        problems = Problems()
        if not check.ok:
            problems.add("current_password", "is not your current password")
        new = form("new_password")
        accounts.check_new_password(problems, new, form("confirm_password"))
        problems.raise_any()
        committed(
            lambda: accounts.change_password(db.session(), user, new, keep_api_tokens=keep_tokens)
        )
    except Invalid as exc:
        db.session.rollback()
        return invalid_page(
            "password.html", exc, {"password": "new_password"}, keep_api_tokens=keep_tokens
        )
    start_session(user)
    kept = " Your API tokens still work." if keep_tokens else " Your API tokens were revoked."
    flash(
        "Password changed. Every other browser signed in to your account was signed out." + kept,
        "success",
    )
    return redirect(url_for("admin.dashboard"))
