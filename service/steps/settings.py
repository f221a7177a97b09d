"""Changing the settings that place steps, and re-planning every pending step after.

Web, API and CLI all save preferences through `save_preferences`, so a new zone,
working hours or follow-up delay moves the pending steps (and the feed) at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from service.accounts import Preferences, update_preferences
from service.interviews import replan_user
from service.models import User


def save_preferences(session: Session, user: User, prefs: Preferences, now: datetime) -> None:
    """Validate and apply all preferences (or none); re-plan when a placing one changed."""
    if update_preferences(user, prefs, now):
        session.flush()
        replan_user(session, user, now)
