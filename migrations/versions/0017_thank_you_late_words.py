"""Steps planned before the thank-you's late reason was reworded get today's words

A thank-you the working hours pushed past 24 hours stored "no working hours within 24 h
of the end, so the first working minute after", words written for developers. New plans
store the plain sentence; this rewrites the rows already there, so no page has to map
old words at display time.

Revision ID: t0017
Revises: k0016
"""

import sqlalchemy as sa
from alembic import op

revision = "t0017"
down_revision = "k0016"
branch_labels = None
depends_on = None

BEFORE = "no working hours within 24 h of the end, so the first working minute after"
NOW = "later than 24 hours after the interview: your working hours leave no time sooner"


def _reword(old: str, new: str) -> None:
    steps = sa.table("follow_up_steps", sa.column("status_reason", sa.String(100)))
    op.execute(steps.update().where(steps.c.status_reason == old).values(status_reason=new))


def upgrade() -> None:
    _reword(BEFORE, NOW)


def downgrade() -> None:
    _reword(NOW, BEFORE)
