"""Storing an arrival, straight against the database: one row per message, proofs spent once."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.inbound.arrival import Arrival, message_id_of, read_head
from service.inbound.intake import accept
from service.inbound.models import InboundMessage, Provider
from service.inbound.store import Proof, Replayed
from service.platform.db import db
from tests.helpers import make_user
from tests.inbound import kit


def _message(message_id: str, subject: str) -> bytes:
    return (
        f"From: Recruiter <jobs@example.com>\r\nTo: someone@example.com\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{message_id}@example.com>\r\n\r\nHello\r\n"
    ).encode()


def _count(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(InboundMessage)) or 0


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    deliveries=st.lists(
        st.tuples(st.integers(0, 3), st.booleans(), st.text(max_size=20)), min_size=1, max_size=8
    )
)
def test_each_message_is_one_row_and_a_repeat_returns_the_first(
    app: Flask, deliveries: list[tuple[int, bool, str]]
) -> None:
    """Whatever order and however often messages come, owners and Message-IDs key the rows."""
    user_id = make_user(app, email=f"{uuid.uuid4().hex[:12]}@example.com")
    owned = kit.inbound_address(app, user_id)
    batch = uuid.uuid4().hex
    before = _count(app)
    first_of: dict[tuple[int, bool], tuple[int, str]] = {}
    with app.app_context():
        for number, to_owner, subject in deliveries:
            raw = _message(f"{batch}-{number}", subject.replace("\r", " ").replace("\n", " "))
            recipient = owned if to_owner else "nobody@in.afterview.test"
            arrival = Arrival(provider=Provider.RAW, raw=raw, recipients=(recipient,))
            stored = accept(arrival, read_head(raw))
            key = (number, to_owner)
            if key in first_of:
                assert not stored.created
                assert (stored.message_id, stored.status) == first_of[key]
            else:
                assert stored.created
                first_of[key] = (stored.message_id, stored.status)
        db.session.remove()
    assert _count(app) - before == len(first_of)


def test_a_spent_proof_refuses_even_a_new_message_and_stores_nothing(app: Flask) -> None:
    to = kit.inbound_address(app, make_user(app))
    proof = Proof("hook-test", uuid.uuid4().hex, timedelta(minutes=10))
    with app.app_context():
        first = accept(Arrival(Provider.RAW, _message("one", "A"), recipients=(to,)), proof=proof)
        assert first.created
        with pytest.raises(Replayed):
            accept(Arrival(Provider.RAW, _message("two", "B"), recipients=(to,)), proof=proof)
        db.session.remove()
    assert [m.message_id_header for m in kit.messages(app)] == ["<one@example.com>"]


_HEADER_PIECES = st.sampled_from(
    [
        b"Message-ID:",
        b"message-id: ",
        b"Message-Id:\t",
        b"Message-ID :",
        b"From ",
        b"From: a@b.example",
        b"Subject: hi",
        b":",
        b" ",
        b"\t",
        b"<a@b>",
        b"<x y@z>",
        b"\r\n",
        b"\n",
        b"\r",
        b"\r\n\r\n",
        b"not a field",
        b"\xc3\xa9",
        b"x" * 300,
    ]
)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_HEADER_PIECES, max_size=30), tail=st.binary(max_size=8))
def test_the_quick_message_id_is_the_one_the_header_parser_reads(
    pieces: list[bytes], tail: bytes
) -> None:
    """The raw hook keys rows on `message_id_of`; mail read in full must key the same."""
    raw = b"".join(pieces) + tail
    assert message_id_of(raw) == read_head(raw).message_id
