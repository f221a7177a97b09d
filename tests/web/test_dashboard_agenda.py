"""The dashboard's filters, counts and pages, and the snooze choices it offers."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import interviews
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Interview, StepStatus
from service.platform.db import db
from service.platform.errors import Invalid
from service.steps import agenda
from tests.helpers import make_user
from tests.web.forms import sign_in, text


def _log(app: Flask, offsets_days: list[int], now: datetime) -> None:
    with app.app_context():
        user = db.session.scalars(sa.select(User)).one()
        for index, offset in enumerate(offsets_days):
            start = now + timedelta(days=offset)
            interviews.create_interview(
                db.session(),
                user,
                interviews.InterviewInput(
                    company=f"Co {index}",
                    role="Engineer",
                    start=start,
                    end=start + timedelta(hours=1),
                    timezone="Europe/Berlin",
                ),
                now,
            )
        db.session.commit()


@pytest.fixture
def ana(app: Flask, client: FlaskClient) -> int:
    user_id = make_user(app)
    sign_in(client)
    return user_id


def _shown_steps(page: str) -> list[str]:
    return re.findall(r'<li class="step[^"]*" id="step-(\d+)"', page)


def test_every_pending_step_is_on_exactly_one_page_under_each_filter(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    now = datetime.now(UTC)
    _log(app, [-12, -9, -5, -3, -2, -1, 0, 1, 2, 4, 8, 12, 20, 30], now)
    with app.app_context():
        user = db.session.get(User, ana)
        assert user is not None
        counts = agenda.count_pending(db.session(), user, datetime.now(UTC))
        pending = {
            str(s.id): s.due_at
            for s in db.session.scalars(
                sa.select(FollowUpStep).where(FollowUpStep.status == StepStatus.PENDING)
            )
        }
    for name in agenda.FILTERS:
        seen: list[str] = []
        address: str | None = f"/?show={name}"
        while address:  # follow the pager as a person would
            page = text(client.get(address))
            seen += _shown_steps(page)
            found = re.search(r'rel="next" href="([^"]+)"', page)
            address = found[1].replace("&amp;", "&") if found else None
        assert len(seen) == len(set(seen)) == counts.of(name)
        if name == "overdue":
            assert all(pending[i] < datetime.now(UTC) for i in seen)
    assert counts.all == len(pending)


@pytest.mark.parametrize("query", ["page=abc", "page=0", "page=99999999", "page=-1"])
def test_odd_addresses_show_the_dashboard(client: FlaskClient, ana: int, query: str) -> None:
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert "Next steps" in text(response)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(offset_days=st.integers(-20, 40), hour=st.integers(0, 23))
def test_next_monday_is_offered_only_when_it_moves_the_step_later(
    app: Flask, offset_days: int, hour: int
) -> None:
    now = datetime(2026, 12, 2, hour, 0, tzinfo=UTC)  # a Wednesday
    with app.app_context():
        user = db.session.scalars(sa.select(User)).one_or_none()
        if user is None:
            make_user(app)
            user = db.session.scalars(sa.select(User)).one()
        start = now + timedelta(days=offset_days)
        made = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company="Co",
                role="Engineer",
                start=start,
                end=start + timedelta(hours=1),
                timezone="Europe/Berlin",
            ),
            now,
        )
        for step in made.steps:
            if step.status != StepStatus.PENDING:
                continue
            offers = interviews.snooze_offers(step, now)
            before = step.due_at
            if "monday" in offers:
                interviews.snooze_step_as_chosen(step, now, "monday")
                assert step.due_at > max(before, now)
                assert step.due_at.astimezone(ZoneInfo(user.timezone)).weekday() == 0
            else:
                with pytest.raises(Invalid):
                    interviews.snooze_step_as_chosen(step, now, "monday")
        db.session.rollback()


def test_a_past_interview_with_no_answer_reads_as_waiting_not_scheduled(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    _log(app, [-3, 5], datetime.now(UTC))
    listing = text(client.get("/interviews"))
    upcoming, past = listing.split('id="upcoming"', 1)[1].split("Past and cancelled", 1)
    assert "Scheduled" in upcoming
    assert "Waiting to hear back" not in upcoming
    assert "Waiting to hear back" in past
    assert "Scheduled" not in past
    with app.app_context():
        [earlier] = [i.id for i in db.session.scalars(sa.select(Interview)) if i.company == "Co 0"]
    assert "Waiting to hear back" in text(client.get(f"/interviews/{earlier}"))
