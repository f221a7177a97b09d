"""Zones typed as places, the browser's zone at first sign-in, which interviews the feed shows,
and a Feed page that says when Google and Outlook cannot reach the feed."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import interviews
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Source, StepStatus
from service.platform.db import db, utcnow
from tests.conftest import make_app
from tests.helpers import PASSWORD, make_user
from tests.web.forms import sign_in, submit, text

SETTINGS = {
    "display_name": "Ana",
    "hours_start": "09:00",
    "hours_end": "17:00",
    "day_mon": "on",
    "day_tue": "on",
    "day_wed": "on",
    "day_thu": "on",
    "day_fri": "on",
    "follow_up_days": "7",
    "feed_interviews": "hand_logged",
}


def _user(app: Flask, user_id: int) -> User:
    user = db.session.get(User, user_id)
    assert user is not None
    return user


def _log(app: Flask, user_id: int, company: str, source: str, days: int = 3) -> None:
    with app.app_context():
        user = _user(app, user_id)
        start = (utcnow() + timedelta(days=days)).replace(
            hour=15, minute=0, second=0, microsecond=0
        )
        data = interviews.InterviewInput(
            company=company,
            role="Engineer",
            start=start,
            end=start + timedelta(hours=1),
            timezone=user.timezone,
            source=source,
        )
        interviews.create_interview(db.session(), user, data, utcnow())
        db.session.commit()


def _sign_in_from(client: FlaskClient, zone: str) -> str:
    response = submit(
        client,
        "/login",
        "/login",
        {"email": "ana@example.com", "password": PASSWORD, "browser_zone": zone},
    )
    assert response.status_code == 302
    return text(client.get("/"))


def test_first_sign_in_takes_the_browsers_zone_and_replans_the_steps(app: Flask) -> None:
    user_id = make_user(app, timezone=None)
    _log(app, user_id, "Northwind", Source.API)
    page = _sign_in_from(app.test_client(), "America/Los_Angeles")
    assert "Times are shown in America/Los_Angeles" in page
    with app.app_context():
        user = _user(app, user_id)
        assert (user.timezone, user.zone_confirmed) == ("America/Los_Angeles", True)
        la = ZoneInfo("America/Los_Angeles")
        for step in db.session.query(FollowUpStep).filter_by(status=StepStatus.PENDING):
            if step.kind != "ask_next_steps":
                # planned in working hours of the new zone, not of UTC
                assert 9 <= step.due_at.astimezone(la).hour < 17, step.kind
    # Later sign-ins from elsewhere (travel, another computer) change nothing.
    _sign_in_from(app.test_client(), "Asia/Tokyo")
    with app.app_context():
        assert _user(app, user_id).timezone == "America/Los_Angeles"


@pytest.mark.parametrize("browser_zone", ["", "Not/AZone", "../../etc/passwd", "x" * 500])
def test_a_missing_or_broken_browser_zone_changes_nothing(app: Flask, browser_zone: str) -> None:
    user_id = make_user(app, timezone=None)
    _sign_in_from(app.test_client(), browser_zone)
    with app.app_context():
        user = _user(app, user_id)
        assert (user.timezone, user.zone_confirmed) == ("UTC", False)


def test_a_zone_the_person_chose_is_never_replaced_by_the_browsers(app: Flask) -> None:
    user_id = make_user(app, timezone="Europe/Berlin")
    page = _sign_in_from(app.test_client(), "America/Los_Angeles")
    assert "Times are shown in" not in page
    with app.app_context():
        assert _user(app, user_id).timezone == "Europe/Berlin"


def test_settings_take_a_city_and_answer_an_ambiguous_one_with_choices(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app, timezone=None)
    sign_in(client)
    saved = submit(client, "/settings", "/settings", {**SETTINGS, "timezone": "New York"})
    assert saved.status_code == 302
    with app.app_context():
        user = _user(app, user_id)
        assert (user.timezone, user.zone_confirmed) == ("America/New_York", True)
    refused = submit(client, "/settings", "/settings", {**SETTINGS, "timezone": "Springfield"})
    assert refused.status_code == 422
    page = text(refused)
    assert "America/Chicago (Springfield, Missouri, United States)" in page
    assert "America/New_York (Springfield, Massachusetts, United States)" in page
    with app.app_context():
        assert _user(app, user_id).timezone == "America/New_York"


def test_the_zone_picker_names_places_with_their_offsets(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    page = text(client.get("/settings"))
    assert re.search(r'<option value="Asia/Kolkata" label="Kolkata, India · UTC\+05:30">', page)
    assert "Type a city or country" in page


def _feed(client: FlaskClient) -> icalendar.Calendar:
    page = text(client.get("/feed"))
    url = re.search(r'id="feed-url" type="text" value="([^"]+)"', page)
    assert url
    body = client.get(urlsplit(url[1]).path)
    assert body.status_code == 200
    return icalendar.Calendar.from_ical(body.data)


@pytest.mark.parametrize(
    ("choice", "shown"),
    [
        ("hand_logged", {"Logged"}),
        ("all", {"Logged", "Forwarded"}),
        ("none", set()),
    ],
)
def test_the_feed_shows_the_interviews_the_person_chose(
    app: Flask, client: FlaskClient, choice: str, shown: set[str]
) -> None:
    user_id = make_user(app)
    _log(app, user_id, "Logged", Source.MANUAL)
    _log(app, user_id, "Forwarded", Source.EMAIL, days=4)
    sign_in(client)
    data = {**SETTINGS, "timezone": "Europe/Berlin", "feed_interviews": choice}
    assert submit(client, "/settings", "/settings", data).status_code == 302
    events = [str(event["SUMMARY"]) for event in _feed(client).walk("VEVENT")]
    listed = {
        title.split("— ")[1].split(",")[0] for title in events if title.startswith("Interview")
    }
    assert listed == shown
    # The steps of both interviews are there whatever the choice.
    assert sum(title.startswith("Thank") for title in events) == 2


def test_new_accounts_show_only_hand_logged_interviews(app: Flask) -> None:
    user_id = make_user(app)
    with app.app_context():
        assert _user(app, user_id).feed_interviews == "hand_logged"


def test_the_feed_page_says_when_google_and_outlook_cannot_reach_the_feed(
    database_url: str, tmp_path: Path
) -> None:
    local = make_app(database_url, tmp_path / "local", base_url="http://127.0.0.1:5000")
    make_user(local)
    client = local.test_client()
    sign_in(client)
    page = text(client.get("/feed"))
    assert "Google Calendar and Outlook cannot subscribe to this address" in page
    assert "127.0.0.1 can only be reached from this computer" in page
    assert "calendar.google.com" not in page
    assert 'download="afterview.ics"' in page
    assert "webcal://127.0.0.1:5000/feeds/" in page
    public = make_app(database_url, tmp_path / "public", base_url="https://afterview.example.com")
    client = public.test_client()
    sign_in(client)
    page = text(client.get("/feed"))
    assert "cannot subscribe" not in page
    assert "calendar.google.com/calendar/r?cid=webcal" in page
    assert "outlook.live.com/calendar/0/addfromweb" in page
    for app in (local, public):
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
