"""The raw hook's one-statement store: what it acknowledges is kept once, for the right account."""

from __future__ import annotations

import threading
import time
from collections import Counter

from flask import Flask

from service import accounts
from service.accounts.models import User
from service.inbound.models import MessageStatus
from service.platform.db import db
from tests.helpers import make_user
from tests.inbound import kit


def _message(number: int) -> bytes:
    return kit.fixture("invite.eml").replace(b"<invite-001@", f"<quick-{number}@".encode())


def _post(
    app: Flask, raw: bytes, to: str, timestamp: int | None = None
) -> tuple[int, dict[str, object]]:
    headers = kit.raw_headers(raw, to, timestamp=timestamp)
    response = app.test_client().post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=headers
    )
    return response.status_code, response.get_json()


def test_concurrent_deliveries_are_each_kept_once_before_their_acknowledgement(
    app: Flask,
) -> None:
    to = kit.inbound_address(app, make_user(app))
    # Eight threads, 40 distinct messages each delivered twice, the second time signed
    # afresh as a provider's retry is, and by another thread at about the same moment.
    now = int(time.time())
    deliveries = [(_message(number), now + copy) for number in range(40) for copy in range(2)]
    answers: list[tuple[int, dict[str, object]]] = []
    lock = threading.Lock()

    def deliver(share: list[tuple[bytes, int]]) -> None:
        for raw, timestamp in share:
            answer = _post(app, raw, to, timestamp)
            with lock:
                answers.append(answer)

    threads = [threading.Thread(target=deliver, args=(deliveries[i::8],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [status for status, _ in answers] == [200] * 80
    rows = kit.messages(app)
    assert len(rows) == 40
    assert len({row.message_id_header for row in rows}) == 40
    assert {row.status for row in rows} == {MessageStatus.RECEIVED}
    # Every acknowledgement names a row that is there; each message was new exactly once.
    assert {answer["id"] for _, answer in answers} == {row.id for row in rows}
    assert Counter(answer["duplicate"] for _, answer in answers) == {False: 40, True: 40}


def test_a_rotated_inbound_address_no_longer_reaches_the_account(app: Flask) -> None:
    user_id = make_user(app)
    old = kit.inbound_address(app, user_id)
    assert _post(app, _message(1), old)[0] == 200  # the process now knows the old secret
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        accounts.issue_secrets(user, app.config["SECRET_KEY"], feed=False)
        db.session.commit()

    status, answer = _post(app, _message(2), old)

    assert status == 200
    assert answer["status"] == MessageStatus.QUARANTINED
    first, second = kit.messages(app)
    assert first.user_id == user_id
    assert second.user_id is None
    assert "matches no account" in second.reason
    status, answer = _post(app, _message(3), kit.inbound_address(app, user_id))
    assert (status, answer["status"]) == (200, MessageStatus.RECEIVED)
    assert kit.messages(app)[-1].user_id == user_id


def test_a_closed_account_gets_no_more_mail_through_a_known_address(app: Flask) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    assert _post(app, _message(1), to)[0] == 200
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        accounts.set_active(db.session, user, False)
        db.session.commit()

    status, answer = _post(app, _message(2), to)

    assert (status, answer["status"]) == (200, MessageStatus.QUARANTINED)
    assert kit.messages(app)[-1].user_id is None
