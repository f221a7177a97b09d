"""Every address added to the forwarding list gets its confirmation mail, as the page says.

Found by an attack pass on a running server (SQLite): replacing a forwarding address with
another gave the new row the old one's id, its confirmation mail had the same dedupe key
as the old address's, and so none was queued while the page said one went.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.outbox.models import OutboxMessage
from service.platform.db import db
from tests.helpers import make_user
from tests.web.forms import sign_in, submit, text


def _confirmations_to(app: Flask) -> list[str]:
    with app.app_context():
        return sorted(
            db.session.scalars(
                sa.select(OutboxMessage.to_address).where(
                    OutboxMessage.dedupe_key.startswith("sender-confirm:")
                )
            )
        )


def test_a_replaced_or_readded_address_is_mailed_its_own_link(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    sign_in(client)
    for senders in ("first@corp.example", "second@corp.example", "first@corp.example"):
        response = submit(client, "/settings", "/settings/senders", {"senders": senders})
        assert response.status_code == 302
        assert f"A confirmation mail went to {senders}" in text(client.get("/settings"))
    assert _confirmations_to(app) == [
        "first@corp.example",
        "first@corp.example",
        "second@corp.example",
    ]
