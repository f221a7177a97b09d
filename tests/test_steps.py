"""The steps as a user meets them: each case from issue 12, through the real channels.

Every test here failed before the steps had one home: a zone change left the steps at
their old instants, a thank-you fell on a Saturday, a deleted round left no follow-up,
the API read a New York interview's new time in Berlin, the timeline form outvoted new
words with the old date, snooze kept seconds, and a cancellation could not be undone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from service import accounts, cli, interviews
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Interview
from service.platform.db import db
from service.steps.schedule import THANK_YOU_LATE, WorkingHours, is_working_moment
from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in, submit, text

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def _weekday_ahead(weekday: int, weeks: int = 2) -> date:
    """A date of this weekday at least `weeks` weeks from today, so it is still to come."""
    day = datetime.now(UTC).date() + timedelta(weeks=weeks)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _api_interview(client: FlaskClient, token: str, **changes: Any) -> dict[str, Any]:
    day = _weekday_ahead(1)  # a Tuesday
    body = {
        "company": "Hooli",
        "role": "Data Engineer",
        "start": f"{day}T10:00",
        "end": f"{day}T11:00",
        "timezone": "America/New_York",
        "interviewers": [{"name": "Priya Raman", "email": "priya@hooli.example"}],
        **changes,
    }
    response = client.post("/api/v1/interviews", json=body, headers=auth(token))
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert isinstance(created, dict)
    return created


def _steps(app: Flask, interview_id: int) -> dict[str, FollowUpStep]:
    with app.app_context():
        rows = db.session.scalars(
            sa.select(FollowUpStep).where(FollowUpStep.interview_id == interview_id)
        ).all()
        db.session.expunge_all()
        return {row.kind: row for row in rows}


def _user(app: Flask, user_id: int) -> User:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        db.session.expunge(user)
        return user


def _feed(app: Flask, client: FlaskClient, user_id: int) -> tuple[str, str]:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        url = f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"
    response = client.get(url)
    assert response.status_code == 200
    return response.headers["ETag"], text(response)


def _settings(zone: str, start: str = "09:00", end: str = "18:00", **extra: str) -> dict[str, str]:
    days = extra.pop("days", "mon,tue,wed,thu,fri").split(",")
    return {
        "display_name": "Ana",
        "timezone": zone,
        "hours_start": start,
        "hours_end": end,
        "follow_up_days": extra.pop("follow_up_days", "7"),
        "reminder_emails": "on",
        **{f"day_{day}": "on" for day in days},
        **extra,
    }


def _pending_in_working_hours(app: Flask, user_id: int) -> None:
    """The promise: pending thank-yous and follow-ups sit inside the user's hours, now."""
    user = _user(app, user_id)
    hours, zone = WorkingHours.parse(user.working_hours), ZoneInfo(user.timezone)
    with app.app_context():
        rows = db.session.scalars(
            sa.select(FollowUpStep)
            .join(Interview)
            .where(Interview.user_id == user_id, FollowUpStep.status == "pending")
        ).all()
        for step in rows:
            assert step.due_at.second == 0
            if step.kind != "ask_next_steps":
                assert is_working_moment(step.due_at, zone, hours), (step.kind, step.due_at)


@pytest.fixture
def ana(app: Flask) -> int:
    return make_user(app)  # Europe/Berlin, 09:00-18:00 mon-fri


@pytest.fixture
def token(app: Flask, ana: int) -> str:
    return make_token(app, ana)


def test_a_new_zone_in_settings_moves_every_pending_step_and_the_feed(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    created = _api_interview(client, token)
    etag, _ = _feed(app, client, ana)
    before = _steps(app, created["id"])
    sign_in(client)
    response = submit(client, "/settings", "/settings", _settings("America/Los_Angeles"))
    assert response.status_code == 302, text(response)[:2000]
    after = _steps(app, created["id"])
    follow_up = after["follow_up"].due_at.astimezone(LOS_ANGELES)
    assert (follow_up.hour, follow_up.minute) == (9, 0)  # 09:00 where the user now is
    assert after["follow_up"].due_at != before["follow_up"].due_at
    assert after["thank_you"].due_at != before["thank_you"].due_at
    _pending_in_working_hours(app, ana)
    new_etag, body = _feed(app, client, ana)
    assert new_etag != etag
    assert "X-WR-TIMEZONE:America/Los_Angeles" in body


def test_a_thank_you_never_falls_on_a_day_off_and_a_late_one_says_why(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    # Friday 13:00 in New York ends at 20:00 in Berlin: Monday 09:00, not Saturday.
    friday = _weekday_ahead(4)
    created = _api_interview(client, token, start=f"{friday}T13:00", end=f"{friday}T14:00")
    thank_you = _steps(app, created["id"])["thank_you"]
    local = thank_you.due_at.astimezone(BERLIN)
    assert (local.strftime("%a"), local.hour, local.minute) == ("Mon", 9, 0)
    assert thank_you.status_reason == THANK_YOU_LATE
    sign_in(client)
    assert THANK_YOU_LATE in text(client.get(f"/interviews/{created['id']}"))


def test_deleting_a_round_gives_the_follow_up_back_and_moves_the_feed(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    first = _api_interview(client, token)
    later_day = _weekday_ahead(1, weeks=3)
    second = _api_interview(client, token, start=f"{later_day}T10:00", end=f"{later_day}T11:00")
    assert _steps(app, first["id"])["follow_up"].status == "skipped"
    etag, body = _feed(app, client, ana)
    with app.app_context():
        row = db.session.get(Interview, second["id"])
        assert row is not None
        interviews.delete_interview(db.session(), row, datetime.now(UTC))
        db.session.commit()
    assert _steps(app, first["id"])["follow_up"].status == "pending"
    new_etag, new_body = _feed(app, client, ana)
    assert new_etag != etag
    assert new_body.count("BEGIN:VEVENT") < body.count("BEGIN:VEVENT")


def test_re_saving_the_timeline_takes_the_new_words_and_says_what_it_understood(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    created = _api_interview(client, token)
    page = f"/interviews/{created['id']}"
    action = f"{page}/timeline"
    sign_in(client)

    def save(words: str) -> tuple[date | None, str]:
        # Post what the browser would: the words and whatever the date field holds.
        field = re.search(r'name="timeline_date"[^>]*value="([^"]*)"', text(client.get(page)))
        shown = field[1] if field else ""
        response = submit(client, page, action, {"timeline": words, "timeline_date": shown})
        assert response.status_code == 302
        flashed = text(client.get(page))
        with app.app_context():
            row = db.session.get(Interview, created["id"])
            assert row is not None
            return row.timeline_date, flashed

    two, _ = save("We will get back to you within two weeks")
    three, said = save("We will get back to you within three weeks")
    assert two is not None
    assert three == two + timedelta(weeks=1)
    assert f"they expect to decide by {three:%a %-d %b %Y}" in said
    vague, said = save("soon-ish, after the holidays")
    assert vague is None
    assert "No date understood, so the usual delay applies." in said


def test_snooze_lands_on_a_whole_minute_inside_working_hours(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    created = _api_interview(client, token)
    for step in created["steps"]:
        response = client.post(f"/api/v1/steps/{step['id']}/snooze", headers=auth(token))
        assert response.status_code == 200
        due = datetime.fromisoformat(response.get_json()["due"])
        assert due.second == 0
        assert due > datetime.fromisoformat(step["due"])
        assert is_working_moment(due, BERLIN, WorkingHours())


def test_an_interview_logged_after_it_happened_does_not_nag(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    day = datetime.now(UTC).date() - timedelta(days=2)
    created = _api_interview(client, token, start=f"{day}T10:00", end=f"{day}T11:00")
    ask = _steps(app, created["id"])["ask_next_steps"]
    assert ask.status == "skipped"
    sign_in(client)
    dashboard = text(client.get("/"))
    assert f'id="step-{ask.id}"' not in dashboard
    # Moved to a time still to come, there is a moment to ask again.
    ahead = _weekday_ahead(2)
    moved = client.post(
        f"/api/v1/interviews/{created['id']}/reschedule",
        json={"start": f"{ahead}T10:00", "end": f"{ahead}T11:00"},
        headers=auth(token),
    )
    assert moved.status_code == 200
    assert _steps(app, created["id"])["ask_next_steps"].status == "pending"


def _cancel_and_restore_web(client: FlaskClient, interview_id: int) -> None:
    sign_in(client)
    page = f"/interviews/{interview_id}"
    assert submit(client, page, f"{page}/cancel").status_code == 302
    assert "Restore this interview" in text(client.get(page))
    assert submit(client, page, f"{page}/restore").status_code == 302


def _cancel_and_restore_api(client: FlaskClient, token: str, interview_id: int) -> None:
    url = f"/api/v1/interviews/{interview_id}"
    assert client.post(f"{url}/cancel", headers=auth(token)).status_code == 200
    assert client.post(f"{url}/restore", headers=auth(token)).status_code == 200
    again = client.post(f"{url}/restore", headers=auth(token))
    assert again.status_code == 422
    assert again.get_json()["errors"][0]["field"] == "status"


def _cancel_and_restore_cli(runner: FlaskCliRunner, interview_id: int) -> None:
    assert runner.invoke(cli, ["interview", "cancel", str(interview_id)]).exit_code == 0
    result = runner.invoke(cli, ["interview", "restore", str(interview_id)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"restored {interview_id}"


@pytest.mark.parametrize("channel", ["web", "api", "cli"])
def test_a_cancellation_can_be_undone_and_the_follow_up_goes_back(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner, ana: int, token: str, channel: str
) -> None:
    first = _api_interview(client, token)
    later_day = _weekday_ahead(1, weeks=3)
    second = _api_interview(client, token, start=f"{later_day}T10:00", end=f"{later_day}T11:00")
    before = _steps(app, second["id"])
    if channel == "web":
        _cancel_and_restore_web(client, second["id"])
    elif channel == "api":
        _cancel_and_restore_api(client, token, second["id"])
    else:
        _cancel_and_restore_cli(runner, second["id"])
    after = _steps(app, second["id"])
    assert {kind: step.status for kind, step in after.items()} == {
        "ask_next_steps": "pending",
        "thank_you": "pending",
        "follow_up": "pending",
    }
    assert {k: s.due_at for k, s in after.items()} == {k: s.due_at for k, s in before.items()}
    assert _steps(app, first["id"])["follow_up"].status == "skipped"


def test_api_me_lists_every_bad_field_and_changes_nothing(
    app: Flask, client: FlaskClient, ana: int, token: str
) -> None:
    before = client.get("/api/v1/me", headers=auth(token)).get_json()
    assert before["timezone"] == "Europe/Berlin"
    assert before["working_hours"] == "09:00-18:00 mon-fri"
    response = client.patch(
        "/api/v1/me",
        json={
            "timezone": "Mars/Olympus",
            "working_hours": "18:00-09:00",
            "follow_up_days": 0,
            "colour": "red",
        },
        headers=auth(token),
    )
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    fields = {e["field"] for e in response.get_json()["errors"]}
    assert fields == {"timezone", "working_hours", "follow_up_days", "colour"}
    assert client.get("/api/v1/me", headers=auth(token)).get_json() == before


def _local(step: FollowUpStep, zone: str) -> str:
    return step.due_at.astimezone(ZoneInfo(zone)).strftime("%a %H:%M")


def test_the_same_edits_through_web_api_and_cli_give_the_same_steps(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    """Reschedule to 10:00 wall time and move to Los Angeles hours, by each channel."""
    ahead = _weekday_ahead(3)
    results: dict[str, tuple[datetime, dict[str, datetime], tuple[str, str, int]]] = {}
    for channel in ("web", "api", "cli"):
        email = f"{channel}@example.com"
        user_id = make_user(app, email=email)
        token = make_token(app, user_id)
        created = _api_interview(client, token)
        interview_id = created["id"]
        if channel == "web":
            browser = app.test_client()
            sign_in(browser, email)
            edit = f"/interviews/{interview_id}/edit"
            form = {"start": f"{ahead}T10:00", "end": f"{ahead}T11:00"}
            form["timezone"] = "America/New_York"  # as the edit form shows it
            moved = submit(browser, edit, f"/interviews/{interview_id}/reschedule", form)
            assert moved.status_code == 302, text(moved)[:1000]
            saved = submit(
                browser,
                "/settings",
                "/settings",
                _settings("America/Los_Angeles", "08:30", "17:00", days="mon,tue,wed,thu,sat"),
            )
            assert saved.status_code == 302
        elif channel == "api":
            moved = client.post(
                f"/api/v1/interviews/{interview_id}/reschedule",
                json={"start": f"{ahead}T10:00", "end": f"{ahead}T11:00"},
                headers=auth(token),
            )
            assert moved.status_code == 200
            saved = client.patch(
                "/api/v1/me",
                json={
                    "timezone": "America/Los_Angeles",
                    "working_hours": "08:30-17:00 mon-thu,sat",
                },
                headers=auth(token),
            )
            assert saved.status_code == 200, saved.get_json()
        else:
            moved_cli = runner.invoke(
                cli,
                [
                    "interview",
                    "reschedule",
                    str(interview_id),
                    "--start",
                    f"{ahead}T10:00",
                    "--end",
                    f"{ahead}T11:00",
                ],
            )
            assert moved_cli.exit_code == 0, moved_cli.output
            saved_cli = runner.invoke(
                cli,
                [
                    "user",
                    "set",
                    "--user",
                    email,
                    "--zone",
                    "America/Los_Angeles",
                    "--working-hours",
                    "08:30-17:00",
                    "--days",
                    "mon-thu,sat",
                ],
            )
            assert saved_cli.exit_code == 0, saved_cli.output
            assert "pending steps re-planned" in saved_cli.output
        with app.app_context():
            row = db.session.get(Interview, interview_id)
            assert row is not None
            start = row.start_at
        user = _user(app, user_id)
        results[channel] = (
            start,
            {k: s.due_at for k, s in _steps(app, interview_id).items()},
            (user.timezone, user.working_hours, user.follow_up_days),
        )
        _pending_in_working_hours(app, user_id)
    assert results["web"] == results["api"] == results["cli"]
    start, dues, placed = results["cli"]
    assert start.astimezone(NEW_YORK).strftime("%H:%M") == "10:00"
    assert placed == ("America/Los_Angeles", "08:30-17:00 mon-thu,sat", 7)
    assert dues["follow_up"].astimezone(LOS_ANGELES).strftime("%H:%M") == "08:30"


def test_cli_user_set_names_every_bad_setting(app: Flask, runner: FlaskCliRunner, ana: int) -> None:
    result = runner.invoke(
        cli,
        ["user", "set", "--user", "ana@example.com", "--zone", "Nowhere/Land", "--days", "funday"],
    )
    assert result.exit_code == 2
    assert "timezone" in result.output
    assert "funday" in result.output
