"""The scheduler's housekeeping job: spent tokens past expiry go, inbound mail is tidied."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask import Flask

from service.outbox.models import UsedToken
from service.outbox.oneclick import spend_once
from service.platform.db import db, utcnow
from service.scheduler import housekeeping


def test_housekeeping_forgets_only_expired_tokens(app: Flask) -> None:
    now = utcnow()
    with app.app_context():
        assert spend_once(
            db.session(), "act", "old", now - timedelta(days=9), now - timedelta(days=1)
        )
        assert spend_once(db.session(), "act", "new", now, now + timedelta(days=7))
        db.session.commit()
    housekeeping(app)
    with app.app_context():
        left = db.session.scalars(sa.select(UsedToken.purpose)).all()
        assert left == ["act"]
        # The live token still refuses a replay; the expired one was forgotten.
        assert not spend_once(db.session(), "act", "new", now, now + timedelta(days=7))
