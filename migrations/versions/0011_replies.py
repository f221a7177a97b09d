"""interviews remember who organised them, so a reply from that person finds its interview

Revision ID: r0009
Revises: x0009
"""

from alembic import op
import sqlalchemy as sa

revision = "r0009"
down_revision = "x0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("organizer_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("organizer_email", sa.String(length=320), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column("organizer_email")
        batch_op.drop_column("organizer_name")
