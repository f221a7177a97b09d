"""indexes for passes over everyone: interviews by start and end, steps by due time, digests

The steps' (status, due_at) index becomes (due_at, status): almost every step is
pending, so a search on the status alone read them all.

Revision ID: x0009
Revises: z0009
"""

from alembic import op

revision = "x0009"
down_revision = "z0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interviews_start_at", "interviews", ["start_at"])
    op.create_index("ix_interviews_end_at", "interviews", ["end_at"])
    op.create_index("ix_users_daily_digest", "users", ["daily_digest", "is_active"])
    op.drop_index("ix_follow_up_steps_status_due", table_name="follow_up_steps")
    op.create_index("ix_follow_up_steps_due_status", "follow_up_steps", ["due_at", "status"])


def downgrade() -> None:
    op.drop_index("ix_follow_up_steps_due_status", table_name="follow_up_steps")
    op.create_index("ix_follow_up_steps_status_due", "follow_up_steps", ["status", "due_at"])
    op.drop_index("ix_users_daily_digest", table_name="users")
    op.drop_index("ix_interviews_end_at", table_name="interviews")
    op.drop_index("ix_interviews_start_at", table_name="interviews")
