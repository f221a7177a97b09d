"""A thank-you that cannot be within the 24 hours, as the pages, the feed and the
reminder mail word it.

Found by the attack pass, reading what a job seeker reads:
- the page said "no working hours within 24 h of the end, so the first working minute
  after" beside a late thank-you (after what?);
- the feed told "Send a short thank-you note within 24 hours of the interview." on an
  event placed days after it (a Friday evening interview, a snooze, one logged late);
- the reminder mail of an interview logged a day late said to send it "within 24 hours,
  by Sunday 6 December, 09:45", a time already gone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import accounts
from service.accounts.models import User
from service.platform.db import db
from tests.helpers import api_interview, make_token, make_user
from tests.mailserver import Sink
from tests.test_reminders import app as app
from tests.test_reminders import log_interview, run
from tests.test_reminders import sink as sink
from tests.web.forms import sign_in, text

# Berlin, 09:00-18:00 Monday to Friday: Friday evening leaves nothing within 24 hours.
FRIDAY_EVENING = {"start": "2027-05-07T18:00", "end": "2027-05-07T19:00"}
TUESDAY = {"start": "2027-05-04T10:00", "end": "2027-05-04T11:00"}


def _feed(client: FlaskClient, app: Flask, user_id: int) -> dict[str, str]:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        url = f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"
    calendar = icalendar.Calendar.from_ical(client.get(url).data)
    return {str(event["SUMMARY"]): str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT")}


def test_a_late_thank_you_says_why_in_words_on_the_page(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    token = make_token(app, user_id)
    late = api_interview(client, token, **FRIDAY_EVENING)
    sign_in(client)
    page = text(client.get(f"/interviews/{late['id']}"))
    assert "your working hours leave no time sooner" in page
    assert "first working minute" not in page
    assert "24 h " not in page


def test_the_feed_does_not_ask_for_a_thank_you_within_24_hours_it_places_later(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    token = make_token(app, user_id)
    api_interview(client, token, company="Late", **FRIDAY_EVENING)
    api_interview(client, token, company="Early", **TUESDAY)
    events = _feed(client, app, user_id)
    late = events["Thank-you note — Late, Analyst"]
    assert "within 24 hours" not in late
    assert "still counts" in late
    assert "within 24 hours of the interview" in events["Thank-you note — Early, Analyst"]


@pytest.mark.parametrize("logged_after", [timedelta(hours=26), timedelta(hours=2)])
def test_the_thank_you_mail_never_names_a_deadline_gone_by(
    app: Flask,
    sink: tuple[Sink, int],
    logged_after: timedelta,
) -> None:
    user_id = make_user(app)
    start = datetime(2031, 3, 4, 13, 0, tzinfo=UTC)  # a Tuesday, 14:00 in Berlin
    end = start + timedelta(hours=1)
    log_interview(app, user_id, start=start, logged=end + logged_after)
    run(app, end + logged_after + timedelta(minutes=1))
    [received] = [r for r in sink[0].received if "thank-you" in str(r.message["Subject"]).lower()]
    for part in ("plain", "html"):
        body = received.message.get_body((part,)).get_content()
        if logged_after > timedelta(hours=24):
            assert "within 24 hours" not in body, part
            assert "Wednesday 5 March, 15:00" not in body, part
            assert "still counts" in body, part
        else:
            assert "Wednesday 5 March, 15:00 CET" in body, part
