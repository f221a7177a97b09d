"""each applied message remembers what it changed, so "Not an interview" can put it back

Revision ID: u0012
Revises: r0009
"""

from alembic import op
import sqlalchemy as sa

revision = "u0012"
down_revision = "r0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("undo", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_column("undo")
