"""Two identical interviews sent at once, without an Idempotency-Key, log one.

Found by the attack pass: the "logged already" check (API 409, web form's lead to the
first) read before the interview's transaction wrote, so two requests sent at the same
moment (a client firing its retry before the first answer, a double submit from two
tabs) both found nothing and both logged it: two interviews, six steps, every reminder
twice. The check now runs inside the writing transaction, behind the account's lock.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from typing import Any

import sqlalchemy as sa
from flask import Flask

from service.interviews.models import FollowUpStep, Interview
from service.platform.db import db
from tests.helpers import make_token, make_user
from tests.web.live import free_port, serving

BODY = (
    b'{"company": "Acme", "role": "Data Analyst", "start": "2027-05-03T10:00",'
    b' "end": "2027-05-03T11:00", "timezone": "Europe/Berlin"}'
)
AT_ONCE = 6


def _post(url: str, token: str, start: threading.Barrier, answers: list[Any]) -> None:
    request = urllib.request.Request(
        f"{url}/api/v1/interviews",
        data=BODY,
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    start.wait()
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            answers.append((answer.status, answer.read()))
    except urllib.error.HTTPError as error:
        answers.append((error.code, error.read()))


def _counts(app: Flask) -> tuple[int, int]:
    with app.app_context():
        try:
            return (
                db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) or 0,
                db.session.scalar(sa.select(sa.func.count()).select_from(FollowUpStep)) or 0,
            )
        finally:
            db.session.remove()


def test_identical_requests_at_once_log_one_interview(app: Flask) -> None:
    token = make_token(app, make_user(app))
    with serving(app, free_port()) as url:
        for round_ in range(3):
            start = threading.Barrier(AT_ONCE)
            answers: list[Any] = []
            threads = [
                threading.Thread(target=_post, args=(url, token, start, answers))
                for _ in range(AT_ONCE)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=90)
            statuses = sorted(status for status, _ in answers)
            expected = [201] + [409] * (AT_ONCE - 1) if round_ == 0 else [409] * AT_ONCE
            assert statuses == expected, answers
            assert _counts(app) == (1, 3)
