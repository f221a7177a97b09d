"""SQLite never hands out a deleted row's id again (AUTOINCREMENT)

Row ids are in the feed's step links, mailed links, pages and API paths. Without
AUTOINCREMENT SQLite gives a new row the id of the highest deleted one, so after
"Not an interview" or a deleted account an old link opened the next row made, the same
user's or another's. PostgreSQL sequences never go back: nothing changes there.

Each table is rebuilt with the keyword; SQLite then remembers the highest id it gave.

Revision ID: i0015
Revises: r0013
"""

from alembic import op

revision = "i0015"
down_revision = "r0013"
branch_labels = None
depends_on = None

# Every table with a numeric id, parents first.
TABLES = (
    "users",
    "allowed_senders",
    "api_tokens",
    "web_sessions",
    "interviews",
    "interviewers",
    "follow_up_steps",
    "inbound_messages",
    "outbox_messages",
)


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
