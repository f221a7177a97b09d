"""Each outgoing mail records the moment its sender hands it to the relay

A sender settling another's claim as stale guessed which mail had been on the wire (the
first unrecorded one of the batch) and queued the rest again. When the other sender was
alive (its clock behind, a slow relay), it could send one of those rows in the moment
between its check and the requeue, and the mail arrived twice. Now the sender marks a
mail as handed over in the same conditional update that checks its claim, and recovery
fails exactly the marked rows and requeues only unmarked ones.

Rows already being sent when this runs are marked as handed over: which of them went
out is unknown, and a mail held back for the person to resend beats one sent twice.

Revision ID: h0018
Revises: t0017
"""

import sqlalchemy as sa
from alembic import op

import service.platform.db

revision = "h0018"
down_revision = "t0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "handed_over_at", service.platform.db.UTCDateTime(timezone=True), nullable=True
            )
        )
    outbox = sa.table(
        "outbox_messages",
        sa.column("status", sa.String(16)),
        sa.column("claimed_at", service.platform.db.UTCDateTime(timezone=True)),
        sa.column("handed_over_at", service.platform.db.UTCDateTime(timezone=True)),
    )
    op.execute(
        outbox.update()
        .where(outbox.c.status == "sending")
        .values(handed_over_at=outbox.c.claimed_at)
    )


def downgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_column("handed_over_at")
