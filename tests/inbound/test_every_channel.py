"""One move of a forwarded interview, made through each edge a user has, gives one result.

The interview arrives by mail in every case; then it is moved to 10:00 (New York) through the
web form, the API, the CLI, or the employer's updated invitation. Start, status and every
step's due instant must come out the same, and the feed must show it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import icalendar
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from service import accounts, cli
from service.accounts.models import User
from service.interviews.models import Interview
from service.platform.db import db
from tests.helpers import auth, make_token, make_user
from tests.inbound import kit
from tests.web.forms import sign_in, submit, text

NEW_YORK = ZoneInfo("America/New_York")
UID = "loop-7731@calendar.northwind.example"


def _tuesday_ahead() -> date:
    day = datetime.now(UTC).date() + timedelta(weeks=2)
    return day + timedelta(days=(1 - day.weekday()) % 7)


def _invitation(day: date, hour: int, sequence: int) -> bytes:
    """An Outlook-shaped invitation from the employer, forwarded as it arrived."""
    start = datetime(day.year, day.month, day.day, hour, tzinfo=NEW_YORK)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Northwind//Scheduler//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = icalendar.Event()
    event.add("uid", UID)
    event.add("sequence", sequence)
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(hours=1))
    event.add("summary", "Interview: Northwind - Product Designer")
    organizer = icalendar.vCalAddress("mailto:mara@northwind.example")
    organizer.params["cn"] = "Mara Quist"
    event.add("organizer", organizer)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    message = EmailMessage()
    message["From"] = "Mara Quist <mara@northwind.example>"
    message["To"] = "someone@example.com"
    message["Subject"] = "Interview: Northwind - Product Designer"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="northwind.example")
    message.set_content(
        "Hello,\n\nWe would like to invite you to an interview for the Product Designer "
        "role at Northwind.\n\nMara Quist\n"
    )
    message.add_alternative(calendar.to_ical(), maintype="text", subtype="calendar")
    for part in message.iter_parts():
        if part.get_content_type() == "text/calendar":
            part.set_param("method", "REQUEST")
    return message.as_bytes()


def _deliver(app: Flask, client: FlaskClient, raw: bytes, to: str) -> None:
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)


def _interview_id(app: Flask, user_id: int) -> int:
    with app.app_context():
        ids = db.session.scalars(sa.select(Interview.id).where(Interview.user_id == user_id))
        [found] = ids.all()
        return found


Steps = tuple[tuple[str, str, datetime], ...]
State = tuple[datetime, datetime, str, str, Steps]


def _state(app: Flask, interview_id: int) -> State:
    with app.app_context():
        row = db.session.get(Interview, interview_id)
        assert row is not None
        steps = tuple(sorted((s.kind, s.status, s.due_at) for s in row.steps))
        return (row.start_at, row.end_at, row.status, row.timezone, steps)


def _feed_starts(app: Flask, client: FlaskClient, user_id: int) -> set[datetime]:
    """When the user's calendar shows something: the steps the feed serves right now."""
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        secret = accounts.user_feed_secret(user, app.config["SECRET_KEY"])
    served = client.get(f"/feeds/{secret}.ics")
    assert served.status_code == 200
    calendar = icalendar.Calendar.from_ical(served.data)
    return {e.decoded("DTSTART").astimezone(UTC) for e in calendar.walk("VEVENT")}


def _move(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner, channel: str, user_id: int, day: date
) -> None:
    interview_id = _interview_id(app, user_id)
    start, end = f"{day}T10:00", f"{day}T11:00"
    if channel == "web":
        browser = app.test_client()
        sign_in(browser, f"{channel}@example.com")
        edit = f"/interviews/{interview_id}/edit"
        moved = submit(
            browser, edit, f"/interviews/{interview_id}/reschedule", {"start": start, "end": end}
        )
        assert moved.status_code == 302, text(moved)[:1000]
    elif channel == "api":
        moved = client.post(
            f"/api/v1/interviews/{interview_id}/reschedule",
            json={"start": start, "end": end},
            headers=auth(make_token(app, user_id)),
        )
        assert moved.status_code == 200, moved.get_json()
    elif channel == "cli":
        result = runner.invoke(
            cli, ["interview", "reschedule", str(interview_id), "--start", start, "--end", end]
        )
        assert result.exit_code == 0, result.output
    else:  # the employer's updated invitation, forwarded
        _deliver(app, client, _invitation(day, 10, 1), kit.inbound_address(app, user_id))


def test_one_move_through_every_edge_gives_the_same_interview_and_steps(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    day = _tuesday_ahead()
    arrived: set[State] = set()
    moved: dict[str, State] = {}
    for channel in ("web", "api", "cli", "mail"):
        user_id = make_user(app, email=f"{channel}@example.com")
        _deliver(app, client, _invitation(day, 9, 0), kit.inbound_address(app, user_id))
        arrived.add(_state(app, _interview_id(app, user_id)))
        _move(app, client, runner, channel, user_id, day)
        moved[channel] = _state(app, _interview_id(app, user_id))
        pending_dues = {due for _, status, due in moved[channel][4] if status == "pending"}
        assert _feed_starts(app, client, user_id) == pending_dues
    assert len(arrived) == 1
    assert len(set(moved.values())) == 1, moved
    start, _end, status, zone, steps = moved["mail"]
    assert moved["mail"] not in arrived
    assert start.astimezone(NEW_YORK).strftime("%H:%M") == "10:00"
    assert (status, zone) == ("scheduled", "America/New_York")
    assert {kind for kind, step_status, _ in steps if step_status == "pending"} == {
        "ask_next_steps",
        "thank_you",
        "follow_up",
    }
