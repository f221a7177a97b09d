"""`afterview step snooze` and `afterview interview outcome`: the page's buttons, in a shell."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from flask import Flask

from service.interviews.models import FollowUpStep, Interview
from service.platform.db import db
from tests.account.test_data import log
from tests.helpers import make_user


def _step(app: Flask, kind: str) -> tuple[int, datetime, str]:
    with app.app_context():
        row = db.session.scalar(sa.select(FollowUpStep).where(FollowUpStep.kind == kind))
        assert row is not None
        return row.id, row.due_at, row.status


@pytest.mark.parametrize(
    ("length", "delta"), [("3d", timedelta(days=3)), ("2h", timedelta(hours=2))]
)
def test_snooze_for_a_length_moves_the_step_that_much_later(
    app: Flask, length: str, delta: timedelta
) -> None:
    log(app, make_user(app))
    step_id, due, _status = _step(app, "follow_up")
    result = app.test_cli_runner().invoke(args=["step", "snooze", str(step_id), "--for", length])
    assert result.exit_code == 0, result.output
    _same, moved, status = _step(app, "follow_up")
    assert status == "pending"
    assert moved - max(due, datetime.now(UTC)) >= delta - timedelta(minutes=1)
    assert f"step {step_id} snoozed: due " in result.output


def test_snooze_until_a_moment_reads_it_in_the_users_zone(app: Flask) -> None:
    log(app, make_user(app, timezone="Asia/Kolkata"))
    step_id, _due, _status = _step(app, "follow_up")
    result = app.test_cli_runner().invoke(
        args=["step", "snooze", str(step_id), "--until", "2031-06-02T09:30"]
    )
    assert result.exit_code == 0, result.output
    _same, moved, _status = _step(app, "follow_up")
    assert moved == datetime(2031, 6, 2, 4, 0, tzinfo=UTC)  # 09:30 in Kolkata
    assert "Mon 2 Jun 2031, 09:30 IST" in result.output


def test_snooze_until_a_date_is_the_start_of_working_hours_that_day(app: Flask) -> None:
    """A date alone, as a person types it and as the page and the API take it: the CLI
    refused it, asking for a time."""
    log(app, make_user(app, timezone="Asia/Kolkata"))
    step_id, _due, _status = _step(app, "follow_up")
    result = app.test_cli_runner().invoke(
        args=["step", "snooze", str(step_id), "--until", "2031-06-02"]
    )
    assert result.exit_code == 0, result.output
    _same, moved, _status = _step(app, "follow_up")
    assert moved == datetime(2031, 6, 2, 3, 30, tzinfo=UTC)  # 09:00 in Kolkata
    assert "Mon 2 Jun 2031, 09:00 IST" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--for", "soon"], "give a length such as 1d"),
        (["--until", "02/06/2031"], "is neither a date such as 2026-03-09 nor a time"),
        (["--until", "2031-02-30"], "'2031-02-30' is no day of the calendar"),
        (["--until", ""], "'' is neither a date"),
        (["--for", ""], "give a length such as 1d"),
        (["--until", "2001-01-01T09:00"], "is not later than when the step is due"),
    ],
)
def test_a_snooze_that_cannot_be_done_is_named_and_changes_nothing(
    app: Flask, args: list[str], message: str
) -> None:
    log(app, make_user(app))
    step_id, due, _status = _step(app, "follow_up")
    result = app.test_cli_runner().invoke(args=["step", "snooze", str(step_id), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert _step(app, "follow_up")[1] == due


def test_an_unknown_step_is_not_found(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["step", "snooze", "999", "--for", "1d"])
    assert result.exit_code == 1
    assert "no step 999" in result.output


def test_an_outcome_ends_the_wait_for_a_follow_up(app: Flask) -> None:
    interview_id = log(app, make_user(app))
    runner = app.test_cli_runner()
    result = runner.invoke(args=["interview", "outcome", str(interview_id), "offer"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        row = db.session.get(Interview, interview_id)
        assert row is not None
        assert row.outcome == "offer"
        assert {s.kind: s.status for s in row.steps}["follow_up"] == "cancelled"
    wrong = runner.invoke(args=["interview", "outcome", str(interview_id), "ghosted"])
    assert wrong.exit_code == 2
    assert "'ghosted' is not one of heard_back, next_round, offer, rejected, withdrew" in (
        wrong.output
    )
