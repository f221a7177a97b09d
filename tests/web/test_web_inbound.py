"""The inbound review pages: statuses, the parser's summary, and raw mail shown as text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.inbound.models import InboundMessage
from service.platform.db import db
from tests.helpers import make_user
from tests.web.forms import sign_in, submit, text

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _store(app: Flask, user_id: int, status: str, subject: str, key: str) -> int:
    raw = f"From: r@acme.example\r\nSubject: {subject}\r\n\r\n<html><body>{HOSTILE}</body></html>"
    with app.app_context():
        message = InboundMessage(
            dedupe_key=key,
            provider="raw",
            header_from=f"Recruiter {HOSTILE} <r@acme.example>",
            subject=subject,
            raw=raw.encode(),
            raw_sha256=key,
            raw_size=len(raw.encode()),
            received_at=datetime(2030, 1, 2, 9, 0, tzinfo=UTC),
            status=status,
            reason=f"no date found {HOSTILE}",
            parse_summary={"company": HOSTILE, "kind": "invitation", "start": None},
            user_id=user_id,
        )
        db.session.add(message)
        db.session.commit()
        return message.id


@pytest.fixture
def ana(app: Flask, client: FlaskClient) -> int:
    user_id = make_user(app)
    sign_in(client)
    return user_id


def test_messages_are_listed_with_status_and_reason_waiting_ones_first(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    _store(app, ana, "applied", "Interview confirmed", "a" * 64)
    _store(app, ana, "needs_review", f"Call? {HOSTILE}", "b" * 64)
    page = text(client.get("/inbound"))
    assert page.index("Needs you") < page.index("Done")
    assert "no date found" in page
    assert '<span class="count" aria-label="1 waiting">1</span>' in page
    assert "<script>alert" not in page
    assert "<img src=x" not in page


def test_a_message_shows_what_was_understood_and_the_raw_text_escaped(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    message_id = _store(app, ana, "quarantined", HOSTILE, "c" * 64)
    page = text(client.get(f"/inbound/{message_id}"))
    assert "Held back" in page
    assert "&lt;html&gt;&lt;body&gt;&lt;script&gt;" in page
    assert "Invitation" in page or "invitation" in page
    assert "<script>alert" not in page
    assert "<img src=x" not in page


def test_someone_elses_message_is_not_found(app: Flask, client: FlaskClient, ana: int) -> None:
    other = make_user(app, "bo@example.com")
    message_id = _store(app, other, "needs_review", "Bo's interview", "d" * 64)
    assert client.get(f"/inbound/{message_id}").status_code == 404
    assert "Bo&#39;s interview" not in text(client.get("/inbound"))
    token_page = text(client.get("/"))
    token = token_page.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(f"/inbound/{message_id}/reprocess", data={"csrf_token": token})
    assert response.status_code == 404


def _interview(app: Flask, user_id: int, company: str = "Acme") -> int:
    from service import interviews
    from service.accounts.models import User

    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        start = datetime(2030, 1, 10, 14, 0, tzinfo=UTC)
        row = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company=company,
                role="Engineer",
                start=start,
                end=start.replace(hour=15),
                timezone="Europe/Berlin",
            ),
            start,
        )
        db.session.commit()
        return row.id


def test_attach_links_the_message_and_teaches_the_interview_its_uid(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    from service.interviews.models import Interview

    message_id = _store(app, ana, "needs_review", "About Thursday", "c" * 64)
    with app.app_context():
        row = db.session.get(InboundMessage, message_id)
        assert row is not None
        row.parse_summary = {"uid": "evt-42@acme.example", "sequence": 3}
        db.session.commit()
    interview_id = _interview(app, ana)
    page = f"/inbound/{message_id}"
    assert "Attach to this interview" in text(client.get(page))
    response = submit(client, page, f"{page}/attach", {"interview_id": str(interview_id)})
    assert response.status_code == 302
    with app.app_context():
        stored = db.session.get(InboundMessage, message_id)
        interview = db.session.get(Interview, interview_id)
        assert stored is not None
        assert interview is not None
        assert (stored.status, stored.interview_id) == ("applied", interview_id)
        assert (interview.calendar_uid, interview.calendar_sequence) == ("evt-42@acme.example", 3)
    assert "Attach to this interview" not in text(client.get(page))


def test_discard_sets_a_message_aside(app: Flask, client: FlaskClient, ana: int) -> None:
    message_id = _store(app, ana, "quarantined", "Newsletter", "d" * 64)
    page = f"/inbound/{message_id}"
    assert submit(client, page, f"{page}/discard").status_code == 302
    assert "Discarded" in text(client.get("/inbound"))
    again = submit(client, "/inbound", f"{page}/discard")
    assert again.status_code == 422


def test_nobody_attaches_to_or_discards_someone_elses_mail(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    ben = make_user(app, "ben@example.com")
    theirs = _store(app, ben, "needs_review", "Ben's", "e" * 64)
    their_interview = _interview(app, ben, "Globex")
    mine = _store(app, ana, "needs_review", "Mine", "f" * 64)
    assert submit(client, "/inbound", f"/inbound/{theirs}/discard").status_code == 404
    attach_theirs = submit(
        client, "/inbound", f"/inbound/{mine}/attach", {"interview_id": str(their_interview)}
    )
    assert attach_theirs.status_code == 404
    with app.app_context():
        statuses = {m.id: m.status for m in db.session.scalars(db.select(InboundMessage))}
    assert statuses[theirs] == "needs_review"
    assert statuses[mine] == "needs_review"
