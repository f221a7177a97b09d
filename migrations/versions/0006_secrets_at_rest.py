"""secrets at rest: confirmed senders, recipients without secrets, mail links unsigned

Revision ID: 0006
Revises: 0005

- `allowed_senders.confirmed_at`: a registered sender counts only once the mail sent
  to it was answered. Rows from before stay unconfirmed (nobody ever proved them).
- `inbound_messages.recipient` loses its plus-part (the account's inbound secret).
- One-click links stored in outbox bodies become placeholders that the dispatcher
  signs at send time (the format of `service.outbox.maillinks`, written out here so this
  migration keeps doing the same thing whatever that module becomes).
"""

import base64
import hashlib
import hmac
import json
import re

from alembic import op
import sqlalchemy as sa
import service.platform.db
from flask import current_app
from itsdangerous import URLSafeTimedSerializer

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_LINK = re.compile(r"https?://[^\s\"'<>]*?(/inbound/act/|/act/)([A-Za-z0-9_.\-]{10,2000})")
_PURPOSES = {"/act/": "step-action", "/inbound/act/": "inbound-act"}


def _placeholder(secret_key, purpose, payload):
    text = json.dumps(payload, separators=(",", ":"), sort_keys=True)
    data = base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode("ascii")
    key = hashlib.sha256(f"afterview.maillink|{secret_key}".encode()).digest()
    mac = hmac.new(key, f"{purpose}|{data}".encode(), hashlib.sha256).hexdigest()[:32]
    return f"afterview-link:{purpose}:{data}.{mac}"


def _unsign(secret_key, body):
    def replace(match):
        purpose = _PURPOSES[match.group(1)]
        serializer = URLSafeTimedSerializer(secret_key, salt=f"afterview.oneclick.{purpose}")
        valid, payload = serializer.loads_unsafe(match.group(2))
        if valid and isinstance(payload, dict):
            return _placeholder(secret_key, purpose, payload)
        return "(link removed)"

    return _LINK.sub(replace, body or "")


def _without_secret(address):
    local, at, domain = address.rpartition("@")
    if not at:
        return address.split("+", 1)[0]
    return f"{local.split('+', 1)[0]}@{domain}"


def upgrade() -> None:
    with op.batch_alter_table("allowed_senders", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("confirmed_at", service.platform.db.UTCDateTime(timezone=True), nullable=True)
        )

    bind = op.get_bind()
    inbound = sa.table("inbound_messages", sa.column("id", sa.Integer), sa.column("recipient", sa.String))
    for row in bind.execute(sa.select(inbound.c.id, inbound.c.recipient).where(inbound.c.recipient.like("%+%"))):
        bind.execute(
            inbound.update().where(inbound.c.id == row.id).values(recipient=_without_secret(row.recipient))
        )

    secret_key = current_app.config.get("SECRET_KEY") or ""
    outbox = sa.table(
        "outbox_messages",
        sa.column("id", sa.Integer),
        sa.column("text_body", sa.Text),
        sa.column("html_body", sa.Text),
    )
    query = sa.select(outbox.c.id, outbox.c.text_body, outbox.c.html_body).where(
        sa.or_(outbox.c.text_body.like("%/act/%"), outbox.c.html_body.like("%/act/%"))
    )
    for row in bind.execute(query).all():
        bind.execute(
            outbox.update()
            .where(outbox.c.id == row.id)
            .values(
                text_body=_unsign(secret_key, row.text_body),
                html_body=_unsign(secret_key, row.html_body),
            )
        )


def downgrade() -> None:
    # Stripped secrets and unsigned links cannot be put back; only the column goes.
    with op.batch_alter_table("allowed_senders", schema=None) as batch_op:
        batch_op.drop_column("confirmed_at")
