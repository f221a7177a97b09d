"""A fixed-offset zone is shown the way people write it, not the tz database's way.

Found by the attack pass: a user who typed Outlook's "Dateline Standard Time" (UTC-12)
saw "Etc/GMT+12" in Settings and "Times are in Etc/GMT+12" on the dashboard. tz counts
those zones' hours the POSIX way, so the name says "+12" for a zone twelve hours
*behind* UTC: read by a person, every time on the page looks a day off. The pages now
say "UTC-12 (fixed)", which every zone field reads back as the same zone.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from service.accounts.models import User
from service.parsing import places
from service.platform.dates import format_moment, zone_label
from service.platform.db import db
from tests.helpers import make_user
from tests.test_attack60_hours_form import FORM
from tests.web.forms import sign_in, submit, text


def test_settings_and_dashboard_name_the_dateline_as_utc_minus_twelve(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    sign_in(client)
    form = {**FORM, "timezone": "Dateline Standard Time"}
    assert submit(client, "/settings", "/settings", form).status_code == 302
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        assert user.timezone == "Etc/GMT+12"
    for page in ("/settings", "/"):
        shown = html.unescape(text(client.get(page)))
        assert "GMT+12" not in shown, page
    settings_page = client.get("/settings").get_data(as_text=True)
    field = re.search(r'<input[^>]*name="timezone"[^>]*>', settings_page)
    assert field is not None
    assert 'value="UTC-12 (fixed)"' in field.group(0)
    assert "Times are in UTC-12 (fixed)" in html.unescape(text(client.get("/")))
    # what the page shows, sent back unchanged, keeps the zone
    assert (
        submit(client, "/settings", "/settings", {**form, "timezone": "UTC-12 (fixed)"}).status_code
        == 302
    )
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        assert user.timezone == "Etc/GMT+12"


@settings(deadline=None)
@given(hours=st.integers(-14, 12))
def test_every_fixed_zone_label_reads_back_as_that_zone(hours: int) -> None:
    """The label of Etc/GMT±N names the offset a clock there has, and resolves to it."""
    name = "Etc/GMT" if hours == 0 else f"Etc/GMT{hours:+d}"
    label = zone_label(name)
    assert places.resolve(label) == ("UTC" if hours == 0 else name)
    moment = datetime(2027, 1, 15, 12, tzinfo=UTC)
    shown = format_moment(moment, ZoneInfo(name))
    offset = -hours
    assert f"{12 + offset:02d}:00" in shown or not 0 <= 12 + offset < 24
    if offset:
        assert f"UTC{offset:+03d}" in shown, shown
