"""Forwarded answers from an employer: the right interview, and what they say, acted on.

Ada logs nothing by hand: she forwards Priya's invitation to her Hooli interview, then
Priya's later answers. Each answer is from the organizer of the only Hooli interview.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service import interviews
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.db import db, utcnow
from tests.helpers import make_user
from tests.inbound import kit

ADA = "ada@example.com"


def _send(app: Flask, client: FlaskClient, name: str, to: str) -> InboundMessage:
    return kit.deliver(app, client, name, to)


def _interviews(app: Flask) -> list[dict[str, object]]:
    with app.app_context():
        rows = db.session.scalars(sa.select(Interview).order_by(Interview.start_at)).all()
        return [
            {
                "company": r.company,
                "role": r.role,
                "outcome": r.outcome,
                "organizer": r.organizer_email,
                "interviewers": [p.email for p in r.interviewers],
                "timeline": r.timeline_text,
                "steps": {s.kind: (s.status, s.due_at, s.status_reason) for s in r.steps},
            }
            for r in rows
        ]


def _ada(app: Flask, client: FlaskClient) -> str:
    to = kit.inbound_address(app, make_user(app, ADA))
    invited = _send(app, client, "hooli_invite.eml", to)
    assert invited.action == "created", invited.reason
    return to


def test_a_forwarded_invitation_remembers_its_organizer(app: Flask, client: FlaskClient) -> None:
    _ada(app, client)
    [hooli] = _interviews(app)
    assert hooli["organizer"] == "priya.raman@hooli.com"
    assert ADA not in hooli["interviewers"]  # type: ignore[operator]


def test_a_rejection_from_the_organizer_ends_the_follow_up(app: Flask, client: FlaskClient) -> None:
    to = _ada(app, client)
    answer = _send(app, client, "hooli_rejection.eml", to)
    assert (answer.status, answer.action) == (MessageStatus.APPLIED, "rejected"), answer.reason
    [hooli] = _interviews(app)
    assert hooli["outcome"] == "rejected"
    assert hooli["steps"]["follow_up"][0] == "cancelled"  # type: ignore[index]


def test_an_invitation_to_the_final_round_without_a_time_is_heard_back(
    app: Flask, client: FlaskClient
) -> None:
    to = _ada(app, client)
    answer = _send(app, client, "hooli_final_round.eml", to)
    assert "not an interview" not in answer.reason
    assert (answer.status, answer.action) == (MessageStatus.APPLIED, "next_round"), answer.reason
    [hooli] = _interviews(app)
    assert hooli["outcome"] == "next_round"
    assert hooli["steps"]["follow_up"][0] == "cancelled"  # type: ignore[index]


def test_an_invitation_to_the_final_round_with_a_time_is_the_next_round(
    app: Flask, client: FlaskClient
) -> None:
    to = _ada(app, client)
    answer = _send(app, client, "hooli_final_round_booked.eml", to)
    assert answer.action == "created", answer.reason
    first, final = _interviews(app)
    # The same company and role, so one follow-up between them: the final round's.
    assert (final["company"], final["role"]) == (first["company"], first["role"])
    assert final["organizer"] == "priya.raman@hooli.com"
    assert first["steps"]["follow_up"][0] == "skipped"  # type: ignore[index]
    assert final["steps"]["follow_up"][0] == "pending"  # type: ignore[index]


def test_a_stated_timeline_moves_the_follow_up_and_is_quoted_back(
    app: Flask, client: FlaskClient
) -> None:
    to = _ada(app, client)
    answer = _send(app, client, "hooli_timeline.eml", to)
    assert (answer.status, answer.action) == (MessageStatus.APPLIED, "timeline"), answer.reason
    [hooli] = _interviews(app)
    assert hooli["timeline"] == "We will get back to you within two weeks."
    status, due, _ = hooli["steps"]["follow_up"]  # type: ignore[index]
    # Interview Tue 14 April; two weeks is Tue 28 April; two business days later, 09:00.
    assert (status, due) == ("pending", datetime(2026, 4, 30, 7, 0, tzinfo=UTC))
    with app.app_context():
        mail = db.session.scalars(
            sa.select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(1)
        ).one()
        text = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://x.test")
    assert "“We will get back to you within two weeks.”" in text
    assert "Thursday 30 April" in text


def test_an_answer_from_a_stranger_waits_in_review(app: Flask, client: FlaskClient) -> None:
    to = _ada(app, client)
    answer = _send(app, client, "hooli_stranger.eml", to)
    assert answer.status == MessageStatus.NEEDS_REVIEW
    assert "jo@initech.example" in answer.reason
    [hooli] = _interviews(app)
    assert hooli["outcome"] is None
    assert hooli["steps"]["follow_up"][0] == "pending"  # type: ignore[index]


def test_an_answer_that_fits_two_roles_waits_in_review(app: Flask, client: FlaskClient) -> None:
    to = _ada(app, client)
    with app.app_context():
        [first] = db.session.scalars(sa.select(Interview)).all()
        other = Interview(
            user_id=first.user_id,
            company="Hooli",
            role="Data Engineer",
            start_at=first.start_at,
            end_at=first.end_at,
            timezone=first.timezone,
            organizer_email="priya.raman@hooli.com",
            created_at=first.created_at,
            updated_at=first.updated_at,
        )
        db.session.add(other)
        db.session.commit()
    answer = _send(app, client, "hooli_rejection.eml", to)
    assert answer.status == MessageStatus.NEEDS_REVIEW
    assert "more than one interview" in answer.reason


def test_own_addresses_are_never_interviewers_or_organizer(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app, "ana@example.com")
    kit.register_sender(app, user_id, "ana.silva@work.example")
    to = kit.inbound_address(app, user_id)
    created = _send(app, client, "team_invite.eml", to)
    assert created.action == "created", created.reason
    [interview] = _interviews(app)
    assert interview["interviewers"] == ["tom.becker@fernwoodanalytics.com"]
    assert interview["organizer"] == "lena.ortiz@fernwoodanalytics.com"


def test_not_an_interview_on_an_answer_undoes_only_what_it_recorded(
    app: Flask, client: FlaskClient
) -> None:
    to = _ada(app, client)
    [waiting] = _interviews(app)
    answer = _send(app, client, "hooli_rejection.eml", to)
    assert _interviews(app)[0]["outcome"] == "rejected"
    kit.not_an_interview(app, client, answer.id)
    [hooli] = _interviews(app)
    assert hooli == waiting  # outcome, steps and their times as before the answer
    with app.app_context():
        row = db.session.scalars(sa.select(Interview)).one()
        assert row.heard_back_at is None


def test_not_an_interview_on_a_timeline_puts_the_follow_up_back(
    app: Flask, client: FlaskClient
) -> None:
    to = _ada(app, client)
    [waiting] = _interviews(app)
    answer = _send(app, client, "hooli_timeline.eml", to)
    assert _interviews(app)[0]["timeline"]
    kit.not_an_interview(app, client, answer.id)
    assert _interviews(app) == [waiting]


def test_not_an_interview_keeps_what_ada_set_herself_since(app: Flask, client: FlaskClient) -> None:
    to = _ada(app, client)
    answer = _send(app, client, "hooli_rejection.eml", to)
    with app.app_context():
        row = db.session.scalars(sa.select(Interview)).one()
        interviews.record_outcome(db.session, row, "offer", utcnow())
        db.session.commit()
    kit.not_an_interview(app, client, answer.id)
    [hooli] = _interviews(app)
    assert hooli["outcome"] == "offer"
    assert hooli["steps"]["follow_up"][0] == "cancelled"  # type: ignore[index]


def test_a_shared_no_reply_address_does_not_name_the_interview(
    app: Flask, client: FlaskClient
) -> None:
    """A hiring platform's no-reply sender writes for every employer on it: the Hooli
    interview it once sent must not take Initech's rejection from the same address."""
    to = _ada(app, client)
    with app.app_context():
        [hooli] = db.session.scalars(sa.select(Interview)).all()
        hooli.organizer_email = "no-reply@hire-platform.example"
        db.session.commit()
    answer = _send(app, client, "platform_rejection_other_company.eml", to)
    assert answer.status == MessageStatus.NEEDS_REVIEW, answer.reason
    [row] = _interviews(app)
    assert row["outcome"] is None
    assert row["steps"]["follow_up"][0] == "pending"  # type: ignore[index]
