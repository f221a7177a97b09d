"""Scheduler entry points for the inbound feature; each takes the app and runs in its context."""

from __future__ import annotations

import logging

from flask import Flask

from service.inbound.housekeeping import housekeeping
from service.platform.config import settings_of
from service.platform.db import db, utcnow

log = logging.getLogger(__name__)


def inbound_housekeeping(app: Flask) -> None:
    """Drop old bodies and close stale reviews (the reader itself picks up unread mail)."""
    with app.app_context():
        session = db.session()
        try:
            tidied = housekeeping(session, utcnow(), settings_of(app))
            session.commit()
        except Exception:
            session.rollback()
            raise
        log.info(
            "inbound housekeeping: %d bodies dropped, %d reviews closed",
            tidied.bodies_dropped,
            tidied.reviews_closed,
        )
        db.session.remove()
