"""`afterview interview add` run again logs nothing new, as the API and the web form.

Found by the attack pass: the same command run twice (from the shell's history, or a
script retried after a timeout) logged two identical interviews, six steps and every
reminder twice, where the API answers 409 and the web form leads to the first.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask

from service.interviews.models import FollowUpStep, Interview
from service.platform.db import db
from tests.helpers import make_user

ADD = [
    "interview",
    "add",
    "--user",
    "ana@example.com",
    "--company",
    "Initech",
    "--role",
    "QA Engineer",
    "--start",
    "2027-05-03T10:00",
    "--end",
    "2027-05-03T11:00",
]


def _counts(app: Flask) -> tuple[int, int]:
    with app.app_context():
        return (
            db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) or 0,
            db.session.scalar(sa.select(sa.func.count()).select_from(FollowUpStep)) or 0,
        )


def test_the_same_add_twice_logs_one_and_names_it(app: Flask) -> None:
    make_user(app)
    runner = app.test_cli_runner()
    first = runner.invoke(args=ADD)
    assert first.exit_code == 0, first.output
    interview_id = int(first.output.strip())

    again = runner.invoke(args=ADD)
    assert again.exit_code == 1
    assert f"this interview is logged already as {interview_id}" in again.output
    assert "nothing new was added" in again.output
    assert _counts(app) == (1, 3)

    # Once it is cancelled, or at another time, it is a new interview.
    assert runner.invoke(args=["interview", "cancel", str(interview_id)]).exit_code == 0
    assert runner.invoke(args=ADD).exit_code == 0
    assert _counts(app) == (2, 6)
