"""The background reader on each database: limits end in review once, claims keep reads single."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.inbound import reader
from service.inbound.apply import apply_reading
from service.inbound.models import InboundMessage, MessageStatus
from service.inbound.sandbox import SPARES, TOO_LARGE, TOO_SLOW, Limits, Reading, Sandbox
from service.interviews.models import Interview
from service.outbox.models import OutboxMessage
from service.platform.config import settings_of
from service.platform.db import db, utcnow
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit, standins


@pytest.fixture
def limited(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    """An app whose reader uses the hostile stand-in, an 8 s limit and 256 MB.

    The memory hog must meet its limit before the clock does: on a loaded machine starting
    the reading child and filling 256 MB took longer than 1.5 s, so the hog was reported
    as slow instead of large. The fine message must finish inside it too: at 4 s, with two
    parser benchmarks sharing the two cores, starting its child and reading it did not."""
    monkeypatch.setenv(standins.VARIABLE, standins.HOSTILE)
    application = make_app(
        database_url,
        tmp_path / "limited",
        **kit.SETTINGS,
        inbound_read_seconds=8,
        inbound_read_memory_mb=256,
    )
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def _post(client: FlaskClient, raw: bytes, to: str) -> int:
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    return int(response.json["id"])


def _confirmations(app: Flask, message_id: int) -> list[str]:
    with app.app_context():
        return list(
            db.session.scalars(
                sa.select(OutboxMessage.subject).where(
                    OutboxMessage.dedupe_key.like(f"inbound:{message_id}:%")
                )
            )
        )


def _row(app: Flask, message_id: int) -> InboundMessage:
    with app.app_context():
        row = db.session.get(InboundMessage, message_id)
        assert row is not None
        db.session.expunge(row)
        return row


def test_a_message_past_either_limit_waits_in_review_once_and_others_are_read(
    limited: Flask,
) -> None:
    client = limited.test_client()
    ana = kit.inbound_address(limited, make_user(limited, "ana@example.com"))
    bo = kit.inbound_address(limited, make_user(limited, "bo@example.com"))
    invite = kit.fixture("invite.eml")
    sleeper = _post(client, standins.marked(invite, "sleep"), ana)
    hog = _post(client, standins.marked(invite.replace(b"<invite-001@", b"<hog@"), "allocate"), ana)
    fine = _post(client, invite, bo)

    done = {r.message_id: r for r in kit.read_all(limited)}
    assert set(done) == {sleeper, hog, fine}
    assert done[sleeper].seconds < 16  # killed at the limit, not left running

    slow = _row(limited, sleeper)
    assert (slow.status, slow.attempts) == (MessageStatus.NEEDS_REVIEW, 1)
    assert TOO_SLOW in slow.reason
    large = _row(limited, hog)
    assert (large.status, large.attempts) == (MessageStatus.NEEDS_REVIEW, 1)
    assert TOO_LARGE in large.reason
    assert _row(limited, fine).status == MessageStatus.APPLIED
    with limited.app_context():
        owners = db.session.scalars(sa.select(Interview.user_id)).all()
    assert owners == [_row(limited, fine).user_id]
    # Each told once, and nothing retries them on its own.
    assert len(_confirmations(limited, sleeper)) == 1
    assert len(_confirmations(limited, hog)) == 1
    assert kit.read_all(limited) == []
    assert _row(limited, sleeper).attempts == 1


def test_a_person_can_retry_a_message_from_review(
    limited: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = limited.test_client()
    ana = kit.inbound_address(limited, make_user(limited))
    sleeper = _post(client, standins.marked(kit.fixture("invite.eml"), "sleep"), ana)
    kit.read_all(limited)
    assert _row(limited, sleeper).status == MessageStatus.NEEDS_REVIEW
    monkeypatch.delenv(standins.VARIABLE)  # "the parser was fixed"
    result = limited.test_cli_runner().invoke(args=["inbound", "reprocess", str(sleeper)])
    assert result.exit_code == 0, result.output
    assert "applied" in result.output
    assert _row(limited, sleeper).attempts == 2
    assert len(_confirmations(limited, sleeper)) == 2


def _store_many(app: Flask, count: int) -> list[int]:
    client = app.test_client()
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("newsletter.eml")
    return [
        _post(client, raw.replace(b"Message-ID: <", f"Message-ID: <n{n}-".encode(), 1), to)
        for n in range(count)
    ]


def test_three_readers_at_once_read_each_message_exactly_once(app: Flask) -> None:
    ids = _store_many(app, 12)
    results: list[reader.Read] = []
    lock = threading.Lock()
    start = threading.Barrier(3)

    def lane(number: int) -> None:
        start.wait()
        done = reader.read_pending(app, worker=f"lane-{number}")
        with lock:
            results.extend(done)

    threads = [threading.Thread(target=lane, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.message_id for r in results) == ids
    for message_id in ids:
        row = _row(app, message_id)
        assert (row.status, row.attempts, row.claimed_by) == (MessageStatus.NEEDS_REVIEW, 1, None)
        assert len(_confirmations(app, message_id)) == 1


def test_a_lapsed_claim_is_read_again_and_a_live_one_is_left_alone(app: Flask) -> None:
    lapsed, live = _store_many(app, 2)
    held = reader.lease(settings_of(app))
    with app.app_context():
        now = utcnow()
        db.session.execute(
            sa.update(InboundMessage)
            .where(InboundMessage.id == lapsed)
            .values(claimed_by="died", claimed_at=now - held - timedelta(seconds=1), attempts=1)
        )
        db.session.execute(
            sa.update(InboundMessage)
            .where(InboundMessage.id == live)
            .values(claimed_by="busy", claimed_at=now, attempts=1)
        )
        db.session.commit()
    assert [r.message_id for r in kit.read_all(app)] == [lapsed]
    assert _row(app, lapsed).attempts == 2
    assert _row(app, live).status == MessageStatus.RECEIVED


def test_a_reader_that_lost_its_claim_applies_nothing(app: Flask) -> None:
    to = kit.inbound_address(app, make_user(app))
    message_id = _post(app.test_client(), kit.fixture("invite.eml"), to)
    with app.app_context():
        db.session.execute(
            sa.update(InboundMessage)
            .where(InboundMessage.id == message_id)
            .values(claimed_by="newer-reader", claimed_at=utcnow())
        )
        db.session.commit()
        late = apply_reading(
            db.session(), message_id, Reading(failure="anything"), utcnow(), "old-reader"
        )
        db.session.commit()
    assert late is None
    assert _row(app, message_id).status == MessageStatus.RECEIVED
    assert _confirmations(app, message_id) == []


def _refuse_interviews(app: Flask) -> Callable[[], None]:
    """Make the database refuse every new interview with an error that quotes the row.

    PostgreSQL's check violation quotes the row ("Failing row contains (...)"), so there
    the log check below has teeth; SQLite's errors never quote values, and a trigger
    gives the same kind of refusal. Returns how to undo it.
    """
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            db.session.execute(
                sa.text("ALTER TABLE interviews ADD CONSTRAINT refuse_all CHECK (false) NOT VALID")
            )
            undo = "ALTER TABLE interviews DROP CONSTRAINT refuse_all"
        else:
            db.session.execute(
                sa.text(
                    "CREATE TRIGGER refuse_all BEFORE INSERT ON interviews "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
            undo = "DROP TRIGGER refuse_all"
        db.session.commit()

    def restore() -> None:
        with app.app_context():
            db.session.execute(sa.text(undo))
            db.session.commit()

    return restore


def test_a_refused_write_goes_to_review_once_and_the_log_keeps_no_mail_text(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    to = kit.inbound_address(app, make_user(app))
    message_id = _post(app.test_client(), kit.fixture("invite.eml"), to)
    restore = _refuse_interviews(app)
    try:
        with caplog.at_level(logging.DEBUG):
            [first] = kit.read_all(app)
            again = kit.read_all(app)
    finally:
        restore()
    # A refusal that would repeat is not retried forever: it waits for a person.
    assert first.status == MessageStatus.NEEDS_REVIEW
    assert again == []
    row = _row(app, message_id)
    assert row.status == MessageStatus.NEEDS_REVIEW
    assert row.reason.startswith(reader.NOT_SAVED)
    assert "Error" not in row.reason  # the exception's name is for the log, not the page
    assert row.claimed_by is None
    assert _confirmations(app, message_id) == []
    assert caplog.records, "the failure is logged"
    logged = caplog.text + "".join(str(r.exc_info) for r in caplog.records)
    for private in ("Fernwood", "Data Engineer", "lena.ortiz"):
        assert private not in logged


def test_a_worn_reading_child_is_replaced_while_idle_not_in_front_of_a_message() -> None:
    """The replacement's start (seconds under load) is paid between messages."""
    now = datetime.now(UTC)
    with Sandbox(Limits(seconds=30, memory_bytes=1024 * 1024 * 1024)) as sandbox:
        sandbox.RECYCLE_AFTER = 2
        sandbox.start()
        first = sandbox.pid()
        sandbox.read(kit.fixture("newsletter.eml"), now)
        sandbox.recycle_if_due()
        assert sandbox.pid() == first, "replaced before it had served its share"
        sandbox.read(kit.fixture("newsletter.eml"), now)
        sandbox.recycle_if_due()
        second = sandbox.pid()
        assert second is not None
        assert second != first
        reading = sandbox.read(kit.fixture("invite.eml"), now)
        assert reading.parsed is not None
        assert sandbox.pid() == second, "the next message waited for another start"


def test_a_sequence_no_column_can_hold_still_makes_the_interview(app: Flask) -> None:
    """A 50-digit SEQUENCE overflowed the column when the interview was saved, and the
    page said 'processing failed (OverflowError)'. It is read as the largest sequence."""
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("invite.eml").replace(b"SEQUENCE:0", b"SEQUENCE:" + b"9" * 50)
    message_id = _post(app.test_client(), raw, to)
    [read] = kit.read_all(app)
    assert read.status == MessageStatus.APPLIED, _row(app, message_id).reason
    with app.app_context():
        [interview] = db.session.scalars(sa.select(Interview)).all()
        assert interview.calendar_sequence == 2**31 - 1


def test_a_time_that_cannot_be_saved_is_explained_without_field_names(app: Flask) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("invite.eml").replace(b":20260414T", b":99990414T")
    message_id = _post(app.test_client(), raw, to)
    [read] = kit.read_all(app)
    assert read.status == MessageStatus.NEEDS_REVIEW
    reason = _row(app, message_id).reason
    assert "could not be saved: the start: year 9999 is outside 2000–2100" in reason
    assert "; end:" not in reason


def test_one_off_reads_share_a_warm_child_and_a_killed_one_costs_no_message(app: Flask) -> None:
    """Each `afterview inbound read` pass (and each test) started a child and warmed its
    parser up: seconds a pass. A spare child now waits between passes; one killed while it
    waited (the OOM killer, an operator) must not fail the next message, only be replaced."""
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    client = app.test_client()
    wanted = reader.limits(settings_of(app))
    first = _post(client, kit.fixture("invite.eml"), to)
    assert [r.message_id for r in reader.read_pending(app)] == [first]
    with SPARES.borrow(wanted) as sandbox:
        warm = sandbox.pid()
    assert warm is not None
    second = _post(client, kit.fixture("newsletter.eml"), to)
    assert [r.message_id for r in reader.read_pending(app)] == [second]
    with SPARES.borrow(wanted) as sandbox:
        assert sandbox.pid() == warm, "the second pass started a child of its own"
    os.kill(warm, signal.SIGKILL)
    _wait_until_dead(warm)
    third = _post(client, kit.fixture("hooli_invite.eml"), to)
    [read] = reader.read_pending(app)
    assert read.message_id == third
    assert (read.status, _row(app, third).reason) == (MessageStatus.APPLIED, "")
    with SPARES.borrow(wanted) as sandbox:
        assert sandbox.pid() not in (None, warm)


def _wait_until_dead(pid: int) -> None:
    """Until the kernel has ended `pid` (a zombie waiting for its parent to reap it)."""
    stat = Path(f"/proc/{pid}/stat")
    for _ in range(1000):
        if not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return
        threading.Event().wait(0.01)
    raise AssertionError(f"process {pid} outlived SIGKILL for 10 s")
