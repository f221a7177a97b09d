"""One-click links and replay guards: usable once, by purpose, until they expire."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask

from service.outbox.oneclick import LinkRejected, consume_link, sign_link, spend_once
from service.platform.db import db, utcnow

KEY = "k" * 32


def test_link_works_once(app_ctx: Flask) -> None:
    token = sign_link(KEY, "step", {"step": 7, "action": "done"})
    payload = consume_link(
        db.session(), KEY, "step", token, now=utcnow(), max_age=timedelta(days=7)
    )
    db.session.commit()
    assert payload == {"step": 7, "action": "done"}
    with pytest.raises(LinkRejected, match="already used"):
        consume_link(db.session(), KEY, "step", token, now=utcnow(), max_age=timedelta(days=7))


def test_link_is_bound_to_key_and_purpose(app_ctx: Flask) -> None:
    token = sign_link(KEY, "step", {"step": 7})
    with pytest.raises(LinkRejected, match="not valid"):
        consume_link(db.session(), KEY, "confirm", token, now=utcnow(), max_age=timedelta(days=1))
    with pytest.raises(LinkRejected, match="not valid"):
        consume_link(db.session(), "other" * 8, "step", token, now=utcnow(), max_age=timedelta(1))
    with pytest.raises(LinkRejected, match="not valid"):
        consume_link(
            db.session(), KEY, "step", token[:-3] + "abc", now=utcnow(), max_age=timedelta(1)
        )


def test_spend_once_refuses_a_replay(app_ctx: Flask) -> None:
    now = utcnow()
    assert spend_once(db.session(), "hook", "sig-1", now, now + timedelta(minutes=10))
    db.session.commit()
    assert not spend_once(db.session(), "hook", "sig-1", now, now + timedelta(minutes=10))
    assert spend_once(db.session(), "mailgun", "sig-1", now, now + timedelta(minutes=10))


def test_a_spend_that_is_rolled_back_is_not_spent(app_ctx: Flask) -> None:
    now = utcnow()
    assert spend_once(db.session(), "hook", "sig-2", now, now + timedelta(minutes=10))
    db.session.rollback()
    assert spend_once(db.session(), "hook", "sig-2", now, now + timedelta(minutes=10))
    db.session.commit()
    assert not spend_once(db.session(), "hook", "sig-2", now, now + timedelta(minutes=10))
