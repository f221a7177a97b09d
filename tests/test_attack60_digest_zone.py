"""The daily digest of a user who flies west and sets the new zone comes once.

Found by the attack pass: the digest was kept to one per local day by a key naming the
day, so a user in Tokyo who had the morning's digest, then set Los Angeles (where it was
still the day before, in working hours), got a second digest listing the same steps
half an hour later; and the next morning in Los Angeles, a day with the same date as
Tokyo's, got none. Two digests are now never closer than twelve hours, and a day's key
names the zone it is a day in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask

from service import accounts
from service.accounts.models import User
from service.platform.db import db
from service.steps.settings import save_preferences
from tests.helpers import make_user
from tests.mailserver import Sink
from tests.test_reminders import app as app
from tests.test_reminders import log_interview, run
from tests.test_reminders import sink as sink

# Tuesday 22:00 in Tokyo; the thank-you is due Wednesday 09:00 there.
START = datetime(2031, 3, 4, 13, 0, tzinfo=UTC)


def _set_zone(app: Flask, user_id: int, name: str, now: datetime) -> None:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        prefs = accounts.current_preferences(user)
        save_preferences(
            db.session(),
            user,
            accounts.Preferences(**{**prefs.__dict__, "timezone": name, "daily_digest": True}),
            now,
        )
        user.reminder_emails = False
        db.session.commit()


def test_a_new_zone_a_day_behind_gets_no_second_digest(
    app: Flask,
    sink: tuple[Sink, int],
) -> None:
    user_id = make_user(app, timezone="Asia/Tokyo")
    morning = datetime(2031, 3, 5, 0, 30, tzinfo=UTC)  # Wednesday 09:30 in Tokyo
    _set_zone(app, user_id, "Asia/Tokyo", START - timedelta(days=3))
    log_interview(app, user_id, start=START)
    assert run(app, morning).digests == 1
    # Landed in Los Angeles: Tuesday 17:00 there, inside working hours, another day.
    _set_zone(app, user_id, "America/Los_Angeles", morning + timedelta(minutes=20))
    assert run(app, morning + timedelta(minutes=30)).digests == 0
    assert run(app, morning + timedelta(hours=8)).digests == 0  # Wednesday 00:30 there
    # The next morning there, a day's digest again.
    assert run(app, datetime(2031, 3, 5, 17, 30, tzinfo=UTC)).digests == 1
    subjects = [str(r.message["Subject"]) for r in sink[0].received]
    assert subjects == [
        "Your follow-ups for Wednesday 5 March 2031",
        "Your follow-ups for Wednesday 5 March 2031",
    ]
