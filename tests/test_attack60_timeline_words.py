"""A follow-up's event in the feed names the timeline the employer gave, even as a date.

Found by the attack pass: a timeline recorded as a date only (the page's "Or the date
they gave", the API's {"date": ...}) left the feed saying "Timeline they gave: not
recorded (a week is a sensible default)" while the follow-up waited for that date; and
"a week" whatever delay the settings name.
"""

from __future__ import annotations

import icalendar
from flask import Flask
from flask.testing import FlaskClient

from service import accounts
from service.accounts.models import User
from service.platform.db import db
from tests.helpers import api_interview, auth, make_token, make_user

TUESDAY = {"start": "2027-05-04T10:00", "end": "2027-05-04T11:00"}


def _feed(client: FlaskClient, app: Flask, user_id: int) -> dict[str, str]:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        url = f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"
    calendar = icalendar.Calendar.from_ical(client.get(url).data)
    return {str(event["SUMMARY"]): str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT")}


def test_the_feed_names_the_timeline_date_the_employer_gave(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    token = make_token(app, user_id)
    dated = api_interview(client, token, company="Dated", **TUESDAY)
    api_interview(client, token, company="Plain", **TUESDAY)
    answer = client.put(
        f"/api/v1/interviews/{dated['id']}/timeline",
        json={"date": "2027-05-20"},
        headers=auth(token),
    )
    assert answer.status_code == 200, answer.get_json()
    events = _feed(client, app, user_id)
    dated_text = events["Follow up — Dated, Analyst"]
    assert "Timeline they gave: Thursday 20 May 2027" in dated_text
    assert "Timeline they gave: not recorded" not in dated_text
    plain = events["Follow up — Plain, Analyst"]
    assert "Timeline they gave: not recorded" in plain
    assert "a week" not in plain
