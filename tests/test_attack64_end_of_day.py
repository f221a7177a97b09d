"""Working hours that end at "24:00" end at midnight, through every edge.

Found by an attack pass: people write the end of a day that runs to midnight as 24:00,
and the Settings form, the API and the CLI refused it ("24:00 is not a time of day",
with no word on what to write instead). It is now the end of the day (kept as 23:59,
the last minute a step can start being 23:58); 24:00 as the start is refused, saying so.
"""

from __future__ import annotations

import html

from flask import Flask
from flask.testing import FlaskClient

from service import cli
from service.accounts.models import User
from service.platform.db import db
from service.steps.schedule import WorkingHours
from tests.helpers import auth, make_token, make_user
from tests.test_attack60_hours_form import FORM
from tests.web.forms import sign_in, submit, text


def _hours(app: Flask, user_id: int) -> str:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        hours = user.working_hours
        db.session.remove()
    return hours


def test_the_settings_form_takes_24_00_as_the_end_of_the_day(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    sign_in(client)
    answer = submit(client, "/settings", "/settings", {**FORM, "hours_end": "24:00"})
    assert answer.status_code == 302, text(answer)[:800]
    assert _hours(app, user_id) == "09:00-23:59 mon-fri"
    # The same from a time input that sends seconds.
    answer = submit(client, "/settings", "/settings", {**FORM, "hours_end": "24:00:00"})
    assert answer.status_code == 302


def test_24_00_as_the_start_says_what_it_can_be(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    sign_in(client)
    answer = submit(client, "/settings", "/settings", {**FORM, "hours_start": "24:00"})
    assert answer.status_code == 422
    page = html.unescape(text(answer))
    assert "“From”: “24:00” is not a time of day" in page
    assert "24:00 can only end them" in page
    assert _hours(app, user_id).startswith("09:00-18:00")


def test_the_api_and_the_cli_take_24_00_too(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    token = make_token(app, user_id)
    answer = client.patch(
        "/api/v1/me", json={"working_hours": "18:00-24:00 sat,sun"}, headers=auth(token)
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)
    assert _hours(app, user_id) == "18:00-23:59 sat,sun"
    assert str(WorkingHours.parse("20:00 - 24:00")) == "20:00-23:59 mon-fri"
    result = app.test_cli_runner().invoke(
        cli,
        ["user", "set", "--user", "ana@example.com", "--working-hours", "08:00-24:00"],
    )
    assert result.exit_code == 0, result.output
    assert _hours(app, user_id).startswith("08:00-23:59")
