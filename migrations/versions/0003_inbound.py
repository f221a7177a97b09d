"""inbound mail store

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa
import service.platform.db

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=64), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("provider_ref", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("envelope_sender", sa.String(length=320), nullable=False),
        sa.Column("header_from", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("message_id_header", sa.String(length=500), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("raw_sha256", sa.String(length=64), nullable=False),
        sa.Column("raw_size", sa.Integer(), nullable=False),
        sa.Column("received_at", service.platform.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("auth_verdicts", sa.JSON(), nullable=False),
        sa.Column("parse_summary", sa.JSON(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("user_verdict", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("processed_at", service.platform.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("body_dropped_at", service.platform.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_inbound_messages_interview_id_interviews"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_inbound_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_messages")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_inbound_messages_dedupe_key")),
    )
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inbound_messages_interview_id"), ["interview_id"], unique=False
        )
        batch_op.create_index(
            "ix_inbound_messages_status_received", ["status", "received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inbound_messages_user_id"), ["user_id"], unique=False)

    op.create_table(
        "imap_cursors",
        sa.Column("account", sa.String(length=400), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", service.platform.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account", "folder", name=op.f("pk_imap_cursors")),
    )
    op.create_table(
        "hook_throttle",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("window_start", service.platform.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window_start", name=op.f("pk_hook_throttle")),
    )


def downgrade() -> None:
    op.drop_table("hook_throttle")
    op.drop_table("imap_cursors")
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbound_messages_user_id"))
        batch_op.drop_index("ix_inbound_messages_status_received")
        batch_op.drop_index(batch_op.f("ix_inbound_messages_interview_id"))
    op.drop_table("inbound_messages")
