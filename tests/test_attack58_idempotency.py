"""A retried `POST /api/v1/interviews` logs the interview once.

Found by the attack pass: a client that timed out and sent the request again (or a
network layer that retried it) logged two identical interviews, each with its own three
steps, so every reminder went out twice. With an `Idempotency-Key` the retry gets the
first answer back; without one, the same interview is a 409 naming the first.
"""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import interviews
from service.accounts import idempotency
from service.accounts.models import IdempotencyKey, User
from service.interviews.models import FollowUpStep, Interview, Source
from service.parsing.timezones import parse_instant, zone
from service.platform.db import db, utcnow
from tests.conftest import make_app
from tests.helpers import auth, make_token, make_user

BODY = {
    "company": "Acme",
    "role": "Data Analyst",
    "start": "2027-05-03T10:00",
    "end": "2027-05-03T11:00",
    "timezone": "Europe/Berlin",
}


def _post(
    client: FlaskClient, token: str, body: dict[str, Any] | None = None, key: str | None = None
) -> Any:
    headers = auth(token)
    if key is not None:
        headers[idempotency.HEADER] = key
    return client.post("/api/v1/interviews", json=body or BODY, headers=headers)


def _counts(client: FlaskClient, token: str) -> tuple[int, int]:
    """How many interviews the account has, and how many steps they hold."""
    listed = client.get("/api/v1/interviews", headers=auth(token)).get_json()
    return len(listed["interviews"]), sum(len(i["steps"]) for i in listed["interviews"])


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    retries=st.integers(1, 5),
    key=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=80),
)
def test_any_number_of_retries_with_one_key_logs_one_interview(
    app: Flask, client: FlaskClient, retries: int, key: str
) -> None:
    email = f"{uuid.uuid4().hex[:12]}@example.com"
    token = make_token(app, make_user(app, email=email))
    answers = [_post(client, token, key=key) for _ in range(retries + 1)]

    assert {a.status_code for a in answers} == {201}
    assert len({a.get_data() for a in answers}) == 1  # the same interview, the same steps
    assert len({a.headers["Location"] for a in answers}) == 1
    assert "Idempotent-Replayed" not in answers[0].headers
    assert all(a.headers["Idempotent-Replayed"] == "true" for a in answers[1:])
    assert _counts(client, token) == (1, 3)


def test_the_same_key_with_another_body_is_refused_naming_the_header(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    assert _post(client, token, key="k-1").status_code == 201
    other = _post(client, token, {**BODY, "role": "Engineer"}, key="k-1")
    assert other.status_code == 422
    assert other.mimetype == "application/problem+json"
    [error] = other.get_json()["errors"]
    assert error["field"] == "Idempotency-Key"
    assert "different body" in error["message"]
    assert _counts(client, token) == (1, 3)
    # The same body with its keys in another order is the same request.
    reordered = dict(reversed(list(BODY.items())))
    assert _post(client, token, reordered, key="k-1").status_code == 201


def test_keys_are_per_account(app: Flask, client: FlaskClient) -> None:
    ana = make_token(app, make_user(app))
    bo = make_token(app, make_user(app, email="bo@example.com"))
    first = _post(client, ana, key="shared")
    second = _post(client, bo, {**BODY, "role": "Engineer"}, key="shared")
    assert (first.status_code, second.status_code) == (201, 201)
    assert "Idempotent-Replayed" not in second.headers
    assert second.get_json()["role"] == "Engineer"
    assert _counts(client, ana) == (1, 3)
    assert _counts(client, bo) == (1, 3)


def test_without_a_key_the_same_interview_is_a_conflict_naming_the_first(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    first = _post(client, token)
    again = _post(client, token)
    assert again.status_code == 409
    assert again.mimetype == "application/problem+json"
    problem = again.get_json()
    interview_id = first.get_json()["id"]
    assert problem["interview_id"] == interview_id
    assert problem["interview_url"] == first.headers["Location"]
    assert str(interview_id) in problem["detail"]
    assert client.get(problem["interview_url"], headers=auth(token)).status_code == 200
    # A fresh key does not get round it: it is still the same interview.
    assert _post(client, token, key="fresh").status_code == 409
    assert _counts(client, token) == (1, 3)
    # Another time, or once the first is cancelled, is a new interview.
    later = {**BODY, "start": "2027-05-04T10:00", "end": "2027-05-04T11:00"}
    assert _post(client, token, later).status_code == 201
    client.post(f"/api/v1/interviews/{interview_id}/cancel", headers=auth(token))
    assert _post(client, token).status_code == 201


def test_a_bad_key_is_named(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    for key in ("x" * 256, "has space", "é"):
        answer = client.post(
            "/api/v1/interviews",
            json=BODY,
            headers={**auth(token), idempotency.HEADER: key.encode().decode("latin-1")},
        )
        assert answer.status_code == 422, key
        assert answer.get_json()["errors"][0]["field"] == "Idempotency-Key"
    assert _counts(client, token) == (0, 0)


def test_a_refused_request_stores_nothing_so_the_fixed_one_goes_through(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    assert _post(client, token, {**BODY, "end": "2027-05-03T09:00"}, key="k").status_code == 422
    assert _post(client, token, key="k").status_code == 201


def test_a_key_is_kept_in_the_database_a_day(app: Flask, client: FlaskClient) -> None:
    """Another app on the same database (a second worker, a restart) knows the key; a
    day later the key is free again."""
    token = make_token(app, make_user(app))
    first = _post(client, token, key="day")
    other_worker = make_app(app.config["SQLALCHEMY_DATABASE_URI"], app.instance_path + "-2")
    replay = _post(other_worker.test_client(), token, key="day")
    assert replay.get_data() == first.get_data()
    assert replay.headers["Idempotent-Replayed"] == "true"
    with other_worker.app_context():
        db.session.remove()
        db.engine.dispose()
    with app.app_context():
        db.session.execute(
            sa.update(IdempotencyKey).values(created_at=utcnow() - timedelta(hours=24, seconds=1))
        )
        db.session.commit()
    # Expired: the key is answered afresh, so the same interview is a conflict again.
    assert _post(client, token, key="day").status_code == 409
    later = {**BODY, "start": "2027-05-05T10:00", "end": "2027-05-05T11:00"}
    assert _post(client, token, later, key="day").status_code == 201
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(IdempotencyKey)) == 1


def test_deleting_the_account_deletes_its_keys(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    _post(client, token, key="gone")
    with app.app_context():
        from service.accounts.data import delete_account

        user = db.session.scalar(sa.select(User))
        assert user is not None
        delete_account(db.session(), user, inbound_address="x@in.example")
        db.session.commit()
        assert db.session.scalar(sa.select(sa.func.count()).select_from(IdempotencyKey)) == 0


def test_two_requests_with_one_key_at_once_log_one_interview(
    app: Flask, client: FlaskClient
) -> None:
    """The first request's transaction is held open, its key stored but not committed,
    while the second runs the whole request: the second waits on the key (PostgreSQL's
    unique index, SQLite's write lock), then answers the first's answer and rolls its own
    interview back."""
    user_id = make_user(app)
    token = make_token(app, user_id)
    answers: list[Any] = []
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        tz = zone("Europe/Berlin")
        data = interviews.InterviewInput(
            company=BODY["company"],
            role=BODY["role"],
            start=parse_instant(BODY["start"], tz, "start"),
            end=parse_instant(BODY["end"], tz, "end"),
            timezone="Europe/Berlin",
            source=Source.API,
        )
        now = utcnow()
        held = interviews.create_interview(db.session(), user, data, now).id
        first = idempotency.Answer(201, f'{{"id": {held}}}', f"/api/v1/interviews/{held}")
        fingerprint = idempotency.request_hash(BODY)
        assert idempotency.store_answer(db.session(), user, "race", fingerprint, first, now)

        second = threading.Thread(
            target=lambda: answers.append(_post(app.test_client(), token, key="race"))
        )
        second.start()
        second.join(timeout=1.0)
        assert second.is_alive()  # waiting on the first's key
        db.session.commit()
        second.join(timeout=30)
        assert not second.is_alive()
    [answer] = answers
    assert answer.status_code == 201
    assert answer.headers["Idempotent-Replayed"] == "true"
    assert answer.headers["Location"] == f"/api/v1/interviews/{held}"
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) == 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(FollowUpStep)) == 3
