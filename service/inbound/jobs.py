"""Scheduler entry points for the inbound feature; each takes the app and runs in its context."""

from __future__ import annotations

import logging

from flask import Flask

from service import settings_of
from service.db import db, utcnow
from service.inbound.housekeeping import housekeeping
from service.inbound.intake import process

log = logging.getLogger(__name__)


def inbound_housekeeping(app: Flask) -> None:
    """Run housekeeping, then apply messages a crash left unapplied."""
    with app.app_context():
        session = db.session()
        try:
            tidied = housekeeping(session, utcnow(), settings_of(app))
            session.commit()
        except Exception:
            session.rollback()
            raise
        for message_id in tidied.stuck:
            process(message_id)
        log.info(
            "inbound housekeeping: %d bodies dropped, %d reviews closed, %d retried",
            tidied.bodies_dropped,
            tidied.reviews_closed,
            len(tidied.stuck),
        )
        db.session.remove()
