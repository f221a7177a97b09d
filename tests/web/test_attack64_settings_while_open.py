"""Settings saved from a page opened before another change keep that change.

Found by an attack pass: the Settings form sends every setting, so a zone set through
the API (from a phone, while travelling) was put back to the old one when an older
Settings page in a browser saved a new start of the day; every step was then planned
in the wrong zone. Settings left as shown now keep what is stored, and one changed on
both sides is refused (409) with nothing saved.
"""

from __future__ import annotations

import html
import re

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user
from tests.test_attack60_hours_form import FORM
from tests.web.forms import sign_in, text


def _open(client: FlaskClient) -> dict[str, str]:
    """The settings form as a browser holds it (FORM is what the page shows at first)."""
    page = text(client.get("/settings"))
    found = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', page))
    return {**FORM, "csrf_token": found["csrf_token"], "settings_seen": found["settings_seen"]}


def _me(client: FlaskClient, token: str) -> dict[str, object]:
    got = client.get("/api/v1/me", headers=auth(token)).get_json()
    assert isinstance(got, dict)
    return got


def test_a_zone_set_elsewhere_survives_saving_hours_from_an_older_page(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    form = _open(client)
    moved = client.patch("/api/v1/me", json={"timezone": "America/New_York"}, headers=auth(token))
    assert moved.status_code == 200
    saved = client.post("/settings", data={**form, "hours_start": "10:00"})
    assert saved.status_code == 302, text(saved)[:800]
    me = _me(client, token)
    assert me["timezone"] == "America/New_York"
    assert me["working_hours"] == "10:00-18:00 mon-fri"


def test_a_setting_changed_on_both_sides_is_refused(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    form = _open(client)
    client.patch("/api/v1/me", json={"follow_up_days": 10}, headers=auth(token))
    answer = client.post("/settings", data={**form, "follow_up_days": "5"})
    assert answer.status_code == 409
    page = html.unescape(text(answer))
    assert "the follow-up delay changed elsewhere" in page
    assert "Nothing was saved" in page
    assert _me(client, token)["follow_up_days"] == 10
    # Saved again from that page, the choice shown there is kept.
    again = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', text(answer)))
    resent = {**form, "follow_up_days": "5", "settings_seen": again["settings_seen"]}
    assert client.post("/settings", data=resent).status_code == 302
    assert _me(client, token)["follow_up_days"] == 5


def test_a_time_input_that_sends_seconds_is_no_change(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    form = _open(client)
    client.patch("/api/v1/me", json={"working_hours": "08:00-18:00 mon-fri"}, headers=auth(token))
    saved = client.post(
        "/settings", data={**form, "hours_start": "09:00:00", "display_name": "Ana R"}
    )
    assert saved.status_code == 302, text(saved)[:800]
    me = _me(client, token)
    assert (me["display_name"], me["working_hours"]) == ("Ana R", "08:00-18:00 mon-fri")
