"""Changing the settings that place steps (re-planning every pending step after) or word them.

Web, API and CLI all save preferences through `save_preferences`, so a new zone,
working hours or follow-up delay moves the pending steps (and the feed) at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from service.accounts import Preferences, update_preferences
from service.accounts.models import User
from service.interviews import replan_user
from service.platform.errors import Problems, Unoffered
from service.steps.templates import DraftText, TemplateError, check_template
from service.steps.wording import DEFAULT_TEMPLATES, DRAFT_KINDS


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


def save_draft_templates(user: User, changes: Mapping[str, DraftText | None]) -> None:
    """Check every changed template, naming each problem, then store all of them or none.

    None (or Afterview's own wording) puts a kind back to Afterview's, which then keeps
    improving with new versions instead of being frozen in the user's row.
    """
    kinds = {kind.value: kind for kind in DRAFT_KINDS}
    problems = Problems()
    checked: dict[str, DraftText | None] = {}
    for name, template in changes.items():
        if name not in kinds:
            problems.add(
                name, Unoffered(f"there is no draft to word for this; use {' or '.join(kinds)}")
            )
        elif template is None:
            checked[name] = None
        else:
            try:
                checked[name] = check_template(template, f"{name}.")
            except TemplateError as error:
                problems.add(error.field, error.message)
    problems.raise_any()
    stored = dict(user.draft_templates or {})
    for name, template in checked.items():
        if template is None or template == DEFAULT_TEMPLATES[kinds[name]]:
            stored.pop(name, None)
        else:
            stored[name] = {"subject": template.subject, "body": template.body}
    user.draft_templates = stored or None
