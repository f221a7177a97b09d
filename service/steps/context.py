"""The one view of an interview that every channel words a step from.

The feed, reminder mails, the digest and the dashboard all call `step_context`, so a
draft reads the same wherever it is opened: dates in the user's current zone, and the
follow-up date only when this interview still carries a pending follow-up.
"""

from __future__ import annotations

from datetime import datetime

from service.accounts.models import User
from service.interviews.models import Interview, StepStatus
from service.parsing.model import Person
from service.parsing.timezones import zone
from service.platform import urls
from service.steps.kinds import StepKind
from service.steps.templates import DraftText
from service.steps.wording import DEFAULT_TEMPLATES, DRAFT_KINDS, StepContext


def interview_url(base_url: str, interview: Interview) -> str:
    """Return the interview's page in Afterview, where every step can be acted on."""
    return urls.interview(base_url, interview.id)


def step_url(base_url: str, step_id: int) -> str:
    """Return the short link to one step's page (its drafts), behind sign-in."""
    return urls.absolute(base_url, f"/s/{step_id}")


def step_context(
    interview: Interview, user: User, base_url: str = "", now: datetime | None = None
) -> StepContext:
    """Gather what the wording of this interview's steps needs, for any channel.

    Given `now`, drafts leave the year out of dates in the user's current year.
    """
    tz = zone(user.timezone)
    follow_up = next(
        (
            s
            for s in interview.steps
            if s.kind == StepKind.FOLLOW_UP and s.status == StepStatus.PENDING
        ),
        None,
    )
    return StepContext(
        company=interview.company,
        role=interview.role,
        interview_start=interview.start_at,
        interview_end=interview.end_at,
        zone=tz,
        interviewers=tuple(Person(p.name, p.email) for p in interview.interviewers),
        user_name=user.display_name,
        stated_timeline=interview.timeline_text or None,
        stated_timeline_date=interview.timeline_date,
        follow_up_due=follow_up.due_at if follow_up is not None else None,
        admin_url=interview_url(base_url, interview) if base_url else None,
        today=now.astimezone(tz).date() if now is not None else None,
        templates=draft_templates(user),
    )


def draft_templates(user: User) -> dict[str, DraftText]:
    """Return the draft templates this user wrote, by step kind (Afterview's fill the rest)."""
    stored = user.draft_templates or {}
    found: dict[str, DraftText] = {}
    for kind in DRAFT_KINDS:
        entry = stored.get(kind.value)
        if isinstance(entry, dict):
            subject, body = entry.get("subject"), entry.get("body")
            if isinstance(subject, str) and isinstance(body, str):
                found[kind.value] = DraftText(subject=subject, body=body)
    return found


def template_for(user: User, kind: str) -> DraftText:
    """Return the template a step kind's drafts are written from for this user."""
    return draft_templates(user).get(kind) or DEFAULT_TEMPLATES[StepKind(kind)]
