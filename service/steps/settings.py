"""Changing the settings that place steps, and re-planning every pending step after.

Web, API and CLI all save preferences through `save_preferences`, so a new zone,
working hours or follow-up delay moves the pending steps (and the feed) at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from service.accounts import Preferences, update_preferences
from service.accounts.models import User
from service.interviews import replan_user
from service.platform.errors import Problems


def save_preferences(
    session: Session,
    user: User,
    prefs: Preferences,
    now: datetime,
    problems: Problems | None = None,
) -> None:
    """Validate and apply all preferences (or none); re-plan when a placing one changed.

    `problems` carries what the caller's own checks found, so all are named together."""
    if update_preferences(user, prefs, now, problems):
        session.flush()
        replan_user(session, user, now)
