"""Inbound mail review: every forwarded message, what the parser understood, and fixes."""

from __future__ import annotations

import sqlalchemy as sa
from flask import render_template

from service.db import db
from service.models import User
from service.models_inbound import InboundMessage, MessageStatus
from service.web.admin import bp


def needs_review_count(user: User) -> int:
    """Count this user's messages waiting for a decision."""
    count = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(InboundMessage)
        .where(
            InboundMessage.user_id == user.id,
            InboundMessage.status.in_([MessageStatus.NEEDS_REVIEW, MessageStatus.QUARANTINED]),
        )
    )
    return int(count or 0)


@bp.get("/inbound")
def inbound_list() -> str:
    """List forwarded messages, those waiting for a decision first."""
    return render_template("inbound.html", messages=[])
