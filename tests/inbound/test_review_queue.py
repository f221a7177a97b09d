"""The review queue and the one-click answers change interviews the way the domain does.

Whatever a person decides about a forwarded mail — make it an interview, attach it,
say it is not one — the other rounds are re-planned and the feed's change time moves,
so a calendar app sees the change on its next refresh.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.accounts.models import User
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.db import db
from tests.helpers import make_user
from tests.inbound import kit
from tests.web.forms import sign_in, submit, text


def _send(app: Flask, client: FlaskClient, name: str, to: str) -> InboundMessage:
    return kit.deliver(app, client, name, to)


def _rounds(app: Flask) -> list[tuple[str, str, str, str | None]]:
    """(status, follow-up status, follow-up reason, calendar UID) of each round, by start."""
    with app.app_context():
        rows = db.session.scalars(sa.select(Interview).order_by(Interview.start_at)).all()
        out = []
        for row in rows:
            [follow_up] = [s for s in row.steps if s.kind == "follow_up"]
            out.append((row.status, follow_up.status, follow_up.status_reason, row.calendar_uid))
        return out


def _changed_at(app: Flask, user_id: int) -> datetime:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        return user.feed_changed_at


def _reject_link(app: Flask, message_id: int) -> str:
    """The "Not an interview" link of the latest mail about one message (review or done)."""
    with app.app_context():
        mails = db.session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)).all()
        for mail in reversed(mails):
            if f"inbound:{message_id}:" in mail.dedupe_key:
                body = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://a.test")
                [link] = re.findall(r"Not an interview[^\n]*:\s+http://a\.test(\S+)", body)
                return link
    raise AssertionError(f"no confirmation mail for message {message_id}")


def test_not_an_interview_gives_the_follow_up_back_to_the_earlier_round(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    _send(app, client, "invite.eml", to)
    second = _send(app, client, "invite_round2.eml", to)
    assert second.action == "created"
    assert [r[1] for r in _rounds(app)] == ["skipped", "pending"]
    before = _changed_at(app, user_id)
    assert client.post(_reject_link(app, second.id)).status_code == 200
    [first] = _rounds(app)
    assert first[:2] == ("scheduled", "pending")  # not "a later round carries the follow-up"
    assert _changed_at(app, user_id) > before


def test_a_new_invitation_after_a_cancellation_is_a_new_interview(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    _send(app, client, "invite.eml", to)
    _send(app, client, "cancel.eml", to)
    again = _send(app, client, "invite_again.eml", to)  # new UID, same company, role and time
    assert (again.status, again.action) == (MessageStatus.APPLIED, "created"), again.reason
    cancelled, new = sorted(_rounds(app), key=lambda r: r[0])
    assert cancelled[0] == "cancelled"
    assert new[:2] == ("scheduled", "pending")
    assert new[3] == "fw-interview-4480@fernwoodanalytics.com"


def test_a_message_in_review_becomes_an_interview_filled_in_from_what_was_read(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    moved = _send(app, client, "reschedule.eml", to)  # a move of an interview never logged
    assert moved.status == MessageStatus.NEEDS_REVIEW
    sign_in(client)
    page = f"/inbound/{moved.id}"
    assert "Make it an interview" in text(client.get(page))
    form = text(client.get(f"{page}/interview"))
    assert 'value="Fernwood Analytics"' in form
    assert 'value="Data Engineer"' in form
    assert 'value="2026-04-16T11:00"' in form  # wall clock in the invitation's own zone
    assert "tom.becker@fernwoodanalytics.com" in form
    assert "ana@example.com" not in form.split("interviewers")[-1].split("</textarea>")[0]
    before = _changed_at(app, user_id)
    posted = submit(
        client,
        f"{page}/interview",
        f"{page}/interview",
        {
            "company": "Fernwood Analytics",
            "role": "Data Engineer",
            "start": "2026-04-16T11:00",
            "end": "2026-04-16T12:00",
            "timezone": "Europe/Berlin",
            "interviewers": "Tom Becker <tom.becker@fernwoodanalytics.com>",
        },
    )
    assert posted.status_code == 302, text(posted)[:500]
    [made] = _rounds(app)
    assert made[0] == "scheduled"
    assert made[3] == "fw-interview-4471@fernwoodanalytics.com"  # later updates find it
    assert _changed_at(app, user_id) > before
    with app.app_context():
        stored = db.session.get(InboundMessage, moved.id)
        assert stored is not None
        assert (stored.status, stored.action) == ("applied", "created")
    # The mail's own "Not an interview" link now removes exactly what it made.
    assert client.post(_reject_link(app, moved.id)).status_code == 200
    assert _rounds(app) == []


def test_attaching_a_message_moves_the_feed(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    moved = _send(app, client, "reschedule.eml", to)
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        start = datetime(2026, 4, 16, 9, 0, tzinfo=UTC)
        from service import interviews

        row = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company="Fernwood",
                role="Data Engineer",
                start=start,
                end=start.replace(hour=10),
                timezone="Europe/Berlin",
            ),
            start,
        )
        db.session.commit()
        interview_id, revision = row.id, row.revision
    before = _changed_at(app, user_id)
    sign_in(client)
    page = f"/inbound/{moved.id}"
    assert submit(client, page, f"{page}/attach", {"interview_id": str(interview_id)}).status_code
    with app.app_context():
        row = db.session.get(Interview, interview_id)
        assert row is not None
        assert row.calendar_uid == "fw-interview-4471@fernwoodanalytics.com"
        assert row.revision > revision  # the feed's SEQUENCE moves
    assert _changed_at(app, user_id) > before
