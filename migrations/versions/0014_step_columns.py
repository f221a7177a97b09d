"""each step stores the moment its reminder is about, whether that reminder is queued,
and whose step it is

A partial index over the steps still owed a reminder lets the dispatcher's pass read
only what falls due, instead of every interview starting or ending in its window; one
over each user's pending steps lets the dashboard count and page them without a
lookup per interview the user ever logged.

Revision ID: r0013
Revises: m0012
"""

from alembic import op
import sqlalchemy as sa
import service.platform.db

revision = "r0013"
down_revision = "m0012"
branch_labels = None
depends_on = None

OWED_REMINDER = "follow_up_steps.status = 'pending' AND NOT follow_up_steps.reminded"
PENDING_STEP = "follow_up_steps.status = 'pending'"


def upgrade() -> None:
    with op.batch_alter_table("follow_up_steps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "reminder_anchor_at",
                service.platform.db.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("reminded", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(
        """
        UPDATE follow_up_steps SET user_id = (
            SELECT interviews.user_id FROM interviews
            WHERE interviews.id = follow_up_steps.interview_id
        )
        """
    )
    # The same rule as service.steps.schedule.reminder_anchor, for the rows there are.
    op.execute(
        """
        UPDATE follow_up_steps SET reminder_anchor_at = (
            SELECT CASE
                WHEN NOT follow_up_steps.snoozed AND follow_up_steps.kind = 'ask_next_steps'
                    THEN interviews.start_at
                WHEN NOT follow_up_steps.snoozed AND follow_up_steps.kind = 'thank_you'
                    THEN interviews.end_at
                ELSE follow_up_steps.due_at
            END
            FROM interviews WHERE interviews.id = follow_up_steps.interview_id
        )
        """
    )
    op.execute(
        """
        UPDATE follow_up_steps SET reminded = EXISTS (
            SELECT 1 FROM outbox_messages
            WHERE outbox_messages.step_id = follow_up_steps.id
              AND outbox_messages.step_anchor_at = follow_up_steps.reminder_anchor_at
        )
        """
    )
    with op.batch_alter_table("follow_up_steps", schema=None) as batch_op:
        batch_op.alter_column(
            "reminder_anchor_at",
            existing_type=service.platform.db.UTCDateTime(timezone=True),
            nullable=False,
        )
        batch_op.alter_column("user_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_follow_up_steps_user_id_users"),
            "users",
            ["user_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.create_index(
        "ix_follow_up_steps_user_pending",
        "follow_up_steps",
        ["user_id", "due_at", "interview_id"],
        sqlite_where=sa.text(PENDING_STEP),
        postgresql_where=sa.text(PENDING_STEP),
    )
    op.create_index(
        "ix_follow_up_steps_owed_reminder",
        "follow_up_steps",
        ["reminder_anchor_at"],
        sqlite_where=sa.text(OWED_REMINDER),
        postgresql_where=sa.text(OWED_REMINDER),
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_steps_owed_reminder", table_name="follow_up_steps")
    op.drop_index("ix_follow_up_steps_user_pending", table_name="follow_up_steps")
    with op.batch_alter_table("follow_up_steps", schema=None) as batch_op:
        batch_op.drop_constraint("fk_follow_up_steps_user_id_users", type_="foreignkey")
        batch_op.drop_column("user_id")
        batch_op.drop_column("reminded")
        batch_op.drop_column("reminder_anchor_at")
