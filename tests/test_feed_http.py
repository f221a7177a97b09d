"""The feed as calendar clients fetch it: secrets, caching headers, updates in place."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import accounts, cli
from service.accounts.models import User
from service.parsing.model import Person
from service.platform.config import settings_of
from service.platform.db import db, utcnow
from tests.feeds.feed_parsers import lint, with_ical, with_icaljs
from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in

GOOGLE_UA = "Google-Calendar-Importer"
APPLE_UA = "macOS/14.5 (23F79) CalendarAgent/1000"


def _feed_url(app: Flask, user_id: int) -> str:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        return f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"


def _events(body: bytes) -> dict[str, icalendar.Event]:
    """Parse a served feed with icalendar, and check ical and ical.js read it the same."""
    lint(body)
    calendar = icalendar.Calendar.from_ical(body)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    expected = sorted(
        (uid, e.decoded("DTSTART").astimezone(UTC), int(e["SEQUENCE"])) for uid, e in events.items()
    )
    for parser in (with_ical, with_icaljs):
        seen = sorted((e.uid, e.start, e.sequence) for e in parser(body))
        assert seen == expected, parser.__name__
    return events


def _interview(client: FlaskClient, token: str, **changes: object) -> dict[str, object]:
    body = {
        "company": "Acme",
        "role": "Senior Engineer",
        "start": (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT15:00"),
        "end": (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT16:00"),
        "interviewers": [{"name": "Dana Reyes", "email": "dana@acme.example"}],
        **changes,
    }
    response = client.post("/api/v1/interviews", json=body, headers=auth(token))
    assert response.status_code == 201, response.get_json()
    result = response.get_json()
    assert isinstance(result, dict)
    return result


def _settle(app: Flask, user_id: int) -> None:
    """Put the feed's last change a minute back, as it is for almost every fetch.

    Each change moves the change time a second on, so right after a few it lies ahead of
    the clock: Last-Modified then says now, and a date cannot vouch for the feed until
    that second has passed (the full feed is sent instead of a 304).
    """
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        user.feed_changed_at = utcnow().replace(microsecond=0) - timedelta(minutes=1)
        db.session.commit()


@pytest.fixture
def user_id(app: Flask) -> int:
    return make_user(app)


@pytest.fixture
def token(app: Flask, user_id: int) -> str:
    return make_token(app, user_id)


def test_empty_feed_is_a_valid_calendar(app: Flask, client: FlaskClient, user_id: int) -> None:
    response = client.get(_feed_url(app, user_id))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("inline")
    assert "Content-Encoding" not in response.headers
    calendar = icalendar.Calendar.from_ical(response.data)
    assert calendar["X-WR-CALNAME"] == "Interview follow-ups"
    assert "METHOD" not in calendar
    assert list(calendar.walk("VEVENT")) == []


def test_feed_lists_three_steps_and_the_interview(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    created = _interview(client, token)
    body = client.get(_feed_url(app, user_id)).data
    events = _events(body)
    summaries = sorted(str(e["SUMMARY"]) for e in events.values())
    assert summaries == [
        "Ask about next steps — Acme, Senior Engineer",
        "Follow up — Acme, Senior Engineer",
        "Interview — Acme, Senior Engineer",
        "Thank-you note — Acme, Senior Engineer",
    ]
    thank_you = next(e for e in events.values() if str(e["SUMMARY"]).startswith("Thank-you"))
    description = str(thank_you["DESCRIPTION"])
    assert "Dana Reyes" in description
    assert "mailto:" not in description
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in body
    assert b"X-PUBLISHED-TTL:PT1H" in body
    # The description's short link leads, after sign-in, to the step and its draft.
    link = re.search(r"Your draft, ready to send: (\S+)$", description)
    assert link is not None, description
    path = link[1].removeprefix(settings_of(app).base_url)
    assert re.fullmatch(r"/s/\d+", path), link[1]
    asked = client.get(path)
    assert asked.status_code == 302
    assert "/login?next=" in asked.headers["Location"]
    sign_in(client)
    opened = client.get(path, follow_redirects=True)
    assert opened.request.path == f"/interviews/{created['id']}"
    page = opened.get_data(as_text=True)
    step_id = path.rsplit("/", 1)[1]
    assert f'id="step-{step_id}"' in page
    assert 'href="mailto:dana@acme.example?subject=Thank%20you' in page
    assert "Dear Dana," in page


def test_reschedule_moves_events_in_place(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    created = _interview(client, token)
    url = _feed_url(app, user_id)
    before = _events(client.get(url).data)
    client.post(
        f"/api/v1/interviews/{created['id']}/reschedule",
        json={"start": "2027-02-02T10:00", "end": "2027-02-02T11:00"},
        headers=auth(token),
    )
    after = _events(client.get(url).data)
    assert set(after) == set(before)
    for uid, event in after.items():
        assert int(event["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
        assert event.decoded("LAST-MODIFIED") >= before[uid].decoded("LAST-MODIFIED")
        assert event.decoded("DTSTART") != before[uid].decoded("DTSTART")


def test_done_step_stays_as_free_time_and_cancel_removes_pending(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    created = _interview(client, token)
    steps = {s["kind"]: s for s in created["steps"]}  # type: ignore[union-attr]
    client.patch(
        f"/api/v1/steps/{steps['thank_you']['id']}", json={"status": "done"}, headers=auth(token)
    )
    url = _feed_url(app, user_id)
    events = _events(client.get(url).data)
    done = [e for e in events.values() if str(e["SUMMARY"]).startswith("Done")]
    assert len(done) == 1
    assert str(done[0]["TRANSP"]) == "TRANSPARENT"

    client.post(f"/api/v1/interviews/{created['id']}/cancel", headers=auth(token))
    remaining = _events(client.get(url).data)
    assert [str(e["SUMMARY"]) for e in remaining.values()] == [str(done[0]["SUMMARY"])]


def test_conditional_get_and_head(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    _interview(client, token)
    _settle(app, user_id)
    url = _feed_url(app, user_id)
    first = client.get(url)
    etag = first.headers["ETag"]
    assert etag.startswith('"')
    assert first.headers["Cache-Control"].startswith("private")
    again = client.get(url)
    assert again.data == first.data
    assert again.headers["ETag"] == etag

    not_modified = client.get(url, headers={"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.data == b""
    assert not_modified.headers["ETag"] == etag
    by_date = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_date.status_code == 304

    head = client.head(url)
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["ETag"] == etag

    ranged = client.get(url, headers={"Range": "bytes=0-10", "Accept": "application/json"})
    assert ranged.status_code == 200
    assert ranged.data == first.data


@pytest.mark.parametrize(
    "since",
    [
        "Fri, 31 Dec 99999999999 23:59:59 GMT",  # a year datetime cannot hold
        "Mon, 01 Jan 0001 00:00:00 GMT",
        "not a date",
        "Fri, 31 Dec 9999 23:59:59 GMT",  # later than now: no date this server gave
    ],
)
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_an_impossible_if_modified_since_gets_the_whole_feed(
    app: Flask, client: FlaskClient, user_id: int, token: str, since: str, method: str
) -> None:
    _interview(client, token)
    url = _feed_url(app, user_id)
    response = client.open(url, method=method, headers={"If-Modified-Since": since})
    assert response.status_code == 200
    assert response.headers["ETag"].startswith('"')


def test_an_interview_logged_by_another_process_is_in_the_next_fetch(
    app: Flask, client: FlaskClient, user_id: int
) -> None:
    """The scheduler applies forwarded mail in a process of its own; the web worker that
    served the feed a moment ago must not keep serving the feed from before."""
    url = _feed_url(app, user_id)
    before = client.get(url)
    assert client.get(url, headers={"If-None-Match": before.headers["ETag"]}).status_code == 304
    start = (datetime.now(UTC) + timedelta(days=5)).replace(hour=14, minute=0, second=0)
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")},
        "AFTERVIEW_DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "AFTERVIEW_INSTANCE_PATH": app.instance_path,
        "AFTERVIEW_SECRET_KEY": app.config["SECRET_KEY"],
    }
    command = ["interview", "add", "--user", "ana@example.com", "--company", "Initech"]
    command += ["--role", "Analyst", "--start", start.isoformat()]
    command += ["--end", (start + timedelta(hours=1)).isoformat()]
    subprocess.run(
        [str(Path(sys.executable).parent / "afterview"), *command],
        env=environment,
        check=True,
        capture_output=True,
    )

    after = client.get(url, headers={"If-None-Match": before.headers["ETag"]})

    assert after.status_code == 200
    assert b"Initech" in after.data


def test_last_modified_moves_forward_when_an_event_is_removed(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    created = _interview(client, token)
    url = _feed_url(app, user_id)
    first = client.get(url)
    client.post(f"/api/v1/interviews/{created['id']}/cancel", headers=auth(token))
    later = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    # Same second is possible in a fast test: the ETag still tells them apart.
    assert later.headers["ETag"] != first.headers["ETag"]
    assert later.last_modified is not None
    assert first.last_modified is not None
    assert later.last_modified >= first.last_modified


def test_rotation_retires_the_old_url(app: Flask, client: FlaskClient, user_id: int) -> None:
    old = _feed_url(app, user_id)
    assert client.get(old).status_code == 200
    result = app.test_cli_runner().invoke(cli, ["feed", "rotate", "--user", "ana@example.com"])
    assert result.exit_code == 0
    new = result.output.strip().removeprefix("http://afterview.test")
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/nope.ics",
        "/feeds/" + "a" * 32 + ".ics",
        "/feeds/" + "a" * 10_000 + ".ics",
        "/feeds/../../etc/passwd.ics",
        "/feeds/%2e%2e%2fsecret.ics",
        "/feeds/" + "A" * 32 + ".ics",
    ],
)
def test_bad_secrets_are_plain_404s(client: FlaskClient, user_id: int, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert b"ana@example.com" not in response.data


def test_another_users_interview_is_not_downloadable(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    created = _interview(client, token)
    other_id = make_user(app, "ben@example.com")
    mine = _feed_url(app, user_id).removesuffix(".ics")
    theirs = _feed_url(app, other_id).removesuffix(".ics")
    single = client.get(f"{mine}/interviews/{created['id']}.ics")
    assert single.status_code == 200
    assert set(_events(single.data)) <= set(_events(client.get(mine + ".ics").data))
    assert client.get(f"{theirs}/interviews/{created['id']}.ics").status_code == 404
    assert b"Acme" not in client.get(theirs + ".ics").data


def test_fetches_are_recorded_per_client_family(
    app: Flask, client: FlaskClient, user_id: int
) -> None:
    from service.interviews.models import FeedFetch

    url = _feed_url(app, user_id)
    client.get(url, headers={"User-Agent": GOOGLE_UA})
    client.get(url, headers={"User-Agent": APPLE_UA})
    with app.app_context():
        rows = {r.client: r for r in db.session.query(FeedFetch).filter_by(user_id=user_id)}
    assert set(rows) == {"google", "apple"}
    assert rows["google"].last_fetched_at > utcnow() - timedelta(minutes=1)


def test_text_from_mail_cannot_inject_properties(
    app: Flask, client: FlaskClient, user_id: int, token: str
) -> None:
    _interview(
        client,
        token,
        company="Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned",
        interviewers=[{"name": "X\nATTENDEE:mailto:a@b", "email": ""}],
    )
    body = client.get(_feed_url(app, user_id)).data
    assert not re.search(rb"^SUMMARY:pwned", body, re.MULTILINE)
    assert not re.search(rb"^ATTENDEE", body, re.MULTILINE)
    assert len(_events(body)) == 4


def test_impossible_interview_id_in_download_is_404(
    app: Flask, client: FlaskClient, user_id: int
) -> None:
    base = _feed_url(app, user_id).removesuffix(".ics")
    assert client.get(f"{base}/interviews/42288811934.ics").status_code == 404


def test_feed_keeps_the_newest_interviews_under_googles_limit(
    app: Flask, client: FlaskClient, user_id: int
) -> None:
    from service import interviews
    from service.interviews.feed import MAX_FEED_INTERVIEWS

    now = utcnow().replace(microsecond=0)
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        for i in range(MAX_FEED_INTERVIEWS + 20):
            start = now - timedelta(days=100) + timedelta(hours=12 * i)
            interviews.create_interview(
                db.session(),
                user,
                interviews.InterviewInput(
                    company=f"Company {i}",
                    role="Engineer with a long title for size",
                    start=start,
                    end=start + timedelta(hours=1),
                    timezone="Europe/Berlin",
                    interviewers=(Person("Dana Reyes", "dana@x.example"),),
                ),
                now,
            )
        db.session.commit()
    body = client.get(_feed_url(app, user_id)).data
    assert len(body) < 1_000_000
    summaries = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(body).walk("VEVENT")}
    newest = f"Interview — Company {MAX_FEED_INTERVIEWS + 19}, Engineer with a long title for size"
    assert newest in summaries
    assert not any("Company 0," in s for s in summaries)


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_last_modified_is_never_later_than_now_after_a_burst_of_edits(
    app: Flask, client: FlaskClient, user_id: int, token: str, method: str
) -> None:
    """Each change moves the change time a whole second on, so six quick edits put
    Last-Modified five seconds in the future (the attack pass); a client keeps that date
    and sends it back. The header stops at now, and a client that revalidates with it
    still gets the edits made after it fetched."""
    created = _interview(client, token)
    url = _feed_url(app, user_id)
    for n in range(6):
        edit = {"notes": f"edit {n}"}
        client.patch(f"/api/v1/interviews/{created['id']}", json=edit, headers=auth(token))

    fetched = client.open(url, method=method)
    after = datetime.now(UTC)

    assert fetched.last_modified is not None
    assert fetched.last_modified <= after
    client.post(f"/api/v1/steps/{_step_id(created)}/snooze", headers=auth(token))
    again = client.get(url, headers={"If-Modified-Since": fetched.headers["Last-Modified"]})
    assert again.status_code == 200
    assert again.headers["ETag"] != fetched.headers["ETag"]


def _step_id(created: dict[str, object]) -> object:
    steps = created["steps"]
    assert isinstance(steps, list)
    return next(s["id"] for s in steps if s["kind"] == "follow_up")
