"""a forwarded reschedule remembers the time it moved the interview from

Revision ID: p0013
Revises: r0009
"""

from alembic import op
import sqlalchemy as sa

import service.db

revision = "p0013"
down_revision = "r0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_start_at", service.db.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_column("previous_start_at")
