"""The Settings form's working hours, named by their fields when they are wrong.

Found by the attack pass: a "From" of 09.00 (a browser without a time picker, a typo)
was refused with "working hours '09.00-18:00 mon,tue,wed,thu,fri': expected
'HH:MM-HH:MM days', e.g. '09:00-17:30 mon-fri'", the stored form, which the page never
shows; and a time input that sends seconds (09:00:00) was refused the same way.
"""

from __future__ import annotations

import html

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.accounts.models import User
from service.platform.db import db
from tests.helpers import make_user
from tests.web.forms import sign_in, submit, text

FORM = {
    "display_name": "Ana",
    "timezone": "Europe/Berlin",
    "hours_start": "09:00",
    "hours_end": "18:00",
    "day_mon": "on",
    "day_tue": "on",
    "day_wed": "on",
    "day_thu": "on",
    "day_fri": "on",
    "follow_up_days": "7",
    "feed_interviews": "hand_logged",
    "reminder_emails": "on",
}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            {"hours_start": "09.00"},
            "“From”: “09.00” is not a time of day; give a time such as 09:00",
        ),
        ({"hours_end": "6pm"}, "“Until”: “6pm” is not a time of day"),
        ({"hours_start": "25:00"}, "“From”: “25:00” is not a time of day"),
        ({"hours_end": ""}, "“Until”: it is empty"),
        ({"hours_start": "18:00", "hours_end": "09:00"}, "“Until” (09:00) must be later than"),
    ],
)
def test_a_wrong_time_is_named_by_its_field(
    app: Flask, client: FlaskClient, change: dict[str, str], says: str
) -> None:
    user_id = make_user(app)
    sign_in(client)
    answer = submit(client, "/settings", "/settings", {**FORM, **change})
    assert answer.status_code == 422
    page = html.unescape(text(answer))
    assert says in page
    assert "HH:MM" not in page
    assert "mon,tue" not in page
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        assert user.working_hours.startswith("09:00-18:00")  # nothing saved


def test_a_time_sent_with_seconds_is_that_time(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    sign_in(client)
    form = {**FORM, "hours_start": "08:30:00", "hours_end": "17:00:00"}
    assert submit(client, "/settings", "/settings", form).status_code == 302
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        assert user.working_hours.startswith("08:30-17:00")
