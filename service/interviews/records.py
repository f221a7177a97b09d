"""Interviews and steps as plain JSON records: one shape for the API, the CLI and the export."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from service.interviews.models import FollowUpStep, Interview


def iso(value: datetime | None) -> str | None:
    """Write an instant as ISO 8601 UTC with a Z, or None."""
    return value.isoformat().replace("+00:00", "Z") if value else None


def step_json(step: FollowUpStep) -> dict[str, Any]:
    return {
        "id": step.id,
        "interview_id": step.interview_id,
        "kind": step.kind,
        "due": iso(step.due_at),
        "status": step.status,
        "status_reason": step.status_reason,
        "status_changed_at": iso(step.status_changed_at),
        "revision": step.revision,
    }


def interview_json(interview: Interview) -> dict[str, Any]:
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "start": iso(interview.start_at),
        "end": iso(interview.end_at),
        "timezone": interview.timezone,
        "location": interview.location,
        "meeting_url": interview.meeting_url,
        "notes": interview.notes,
        "status": interview.status,
        "outcome": interview.outcome,
        "source": interview.source,
        "interviewers": [{"name": p.name, "email": p.email} for p in interview.interviewers],
        "timeline": {
            "text": interview.timeline_text,
            "date": interview.timeline_date.isoformat() if interview.timeline_date else None,
        },
        "steps": [step_json(s) for s in interview.steps],
    }
