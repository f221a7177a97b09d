"""who chose their zone; which interviews the feed shows

Revision ID: z0009
Revises: 0008

`zone_confirmed` is false until the person picks a zone (or their browser's is taken at the
first sign-in); accounts that existed already keep theirs. `feed_interviews` replaces the
on/off `feed_shows_interviews` with three choices: every interview, only hand-logged ones (a
forwarded invitation is usually in the calendar already), or none. Existing choices keep
their meaning: on becomes "all", off becomes "none".
"""

import sqlalchemy as sa
from alembic import op

revision = "z0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("zone_confirmed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("feed_interviews", sa.String(length=12), nullable=False, server_default="all")
        )
    op.execute(sa.text("UPDATE users SET feed_interviews = 'none' WHERE NOT feed_shows_interviews"))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("zone_confirmed", server_default=None)
        batch_op.alter_column("feed_interviews", server_default=None)
        batch_op.drop_column("feed_shows_interviews")


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "feed_shows_interviews", sa.Boolean(), nullable=False, server_default=sa.true()
            )
        )
    op.execute(
        sa.text("UPDATE users SET feed_shows_interviews = false WHERE feed_interviews = 'none'")
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("feed_shows_interviews", server_default=None)
        batch_op.drop_column("feed_interviews")
        batch_op.drop_column("zone_confirmed")
