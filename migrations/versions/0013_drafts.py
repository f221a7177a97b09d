"""each user may word their thank-you and follow-up drafts themselves

Revision ID: m0012
Revises: u0012
"""

from alembic import op
import sqlalchemy as sa

revision = "m0012"
down_revision = "u0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("draft_templates", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("draft_templates")
