"""What forwarded mail does, the one-click answers, the pipe command and housekeeping."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from service.inbound.housekeeping import housekeeping
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.config import settings_of
from service.platform.db import db, utcnow
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit
from tests.web.forms import sign_in


def _send(app: Flask, client: FlaskClient, name: str, to: str) -> dict[str, object]:
    raw = kit.fixture(name)
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)
    return dict(response.json)


def _interview(app: Flask) -> dict[str, object]:
    with app.app_context():
        [row] = db.session.scalars(sa.select(Interview)).all()
        return {
            "id": row.id,
            "status": row.status,
            "start": row.start_at,
            "sequence": row.calendar_sequence,
            "outcome": row.outcome,
            "steps": {s.kind: (s.status, s.due_at) for s in row.steps},
        }


def _message(app: Flask, message_id: object) -> InboundMessage:
    with app.app_context():
        row = db.session.get(InboundMessage, message_id)
        assert row is not None
        db.session.expunge(row)
        return row


def test_reschedule_moves_every_pending_step_and_stale_updates_change_nothing(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    _send(app, client, "invite.eml", to)
    before = _interview(app)
    moved = _send(app, client, "reschedule.eml", to)
    after = _interview(app)
    assert _message(app, moved["id"]).action == "rescheduled"
    assert after["start"] == datetime(2026, 4, 16, 9, 0, tzinfo=UTC)
    assert after["sequence"] == 1
    # The invitation's April date has passed by the time the tests run: "ask about next
    # steps" is recorded as passed rather than overdue, and still moves with the rest.
    passed = {"ask_next_steps": "skipped"}
    for kind, (status, due) in after["steps"].items():  # type: ignore[attr-defined]
        assert status == passed.get(kind, "pending")
        assert due != before["steps"][kind][1]  # type: ignore[index]
    stale = _send(app, client, "stale_update.eml", to)  # same UID, SEQUENCE 0 < 1
    message = _message(app, stale["id"])
    assert message.status == MessageStatus.DUPLICATE
    assert "not newer" in message.reason
    assert _interview(app)["start"] == after["start"]


def test_cancellation_cancels_the_interview_and_its_pending_steps(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    _send(app, client, "invite.eml", to)
    cancelled = _send(app, client, "cancel.eml", to)
    state = _interview(app)
    assert state["status"] == "cancelled"
    statuses = {kind: s for kind, (s, _) in state["steps"].items()}  # type: ignore[attr-defined]
    # The ask step had passed already (the invitation's date is behind us); the rest cancel.
    assert statuses == {
        "ask_next_steps": "skipped",
        "thank_you": "cancelled",
        "follow_up": "cancelled",
    }
    assert _message(app, cancelled["id"]).action == "cancelled"


def test_employer_reply_with_a_date_moves_the_follow_up_after_it(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    _send(app, client, "invite.eml", to)
    reply = _send(app, client, "employer_reply.eml", to)  # "… in touch by Friday"
    state = _interview(app)
    status, due = state["steps"]["follow_up"]  # type: ignore[index]
    assert status == "pending"
    # Friday after the interview (Tue 14 April) is the 17th; two business days later.
    assert due == datetime(2026, 4, 21, 7, 0, tzinfo=UTC)  # 09:00 in Berlin
    message = _message(app, reply["id"])
    assert message.action == "timeline"
    assert "in touch by Friday" in message.reason


def test_own_thank_you_note_ticks_the_thank_you_step(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app, "ana@example.com"))
    _send(app, client, "invite.eml", to)
    thanks = _send(app, client, "thank_you.eml", to)  # BCC'd: the envelope says where
    assert _interview(app)["steps"]["thank_you"][0] == "done"  # type: ignore[index]
    assert _message(app, thanks["id"]).action == "thank_you_done"


def test_anything_else_waits_in_the_review_queue_with_its_reason(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    sent = _send(app, client, "newsletter.eml", to)
    message = _message(app, sent["id"])
    assert message.status == MessageStatus.NEEDS_REVIEW
    assert "newsletter" in message.reason
    with app.app_context():
        assert db.session.scalars(sa.select(Interview)).all() == []


def _links(app: Flask) -> dict[str, str]:
    with app.app_context():
        [mail] = db.session.scalars(sa.select(OutboxMessage)).all()
        # What the dispatcher sends: links are signed then, not stored.
        text = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://afterview.test")
    found = re.findall(r"(Looks right|Fix it|Not an interview):\s+(\S+)", text)
    return {label: url.replace("http://afterview.test", "") for label, url in found}


def test_one_click_links_ask_on_get_and_act_once_on_post(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    sent = _send(app, client, "invite.eml", to)
    links = _links(app)
    page = client.get(links["Looks right"])
    assert page.status_code == 200
    assert b'<form method="post"' in page.data
    assert _message(app, sent["id"]).user_verdict == ""  # a prefetching scanner changes nothing
    assert client.post(links["Looks right"]).status_code == 200
    assert _message(app, sent["id"]).user_verdict == "confirmed"
    assert client.post(links["Looks right"]).status_code == 409
    # One answer per message: "not an interview" no longer undoes it.
    assert client.post(links["Not an interview"]).status_code == 409
    assert _interview(app)["status"] == "scheduled"
    # "Fix it" opens the edit form itself, once signed in: it needs no one-click token.
    edit = f"/interviews/{_interview(app)['id']}/edit"
    assert links["Fix it"] == edit
    asked = client.get(links["Fix it"])
    assert asked.status_code == 302
    assert "/login?next=" in asked.headers["Location"]
    sign_in(client)
    opened = client.get(links["Fix it"])
    assert opened.status_code == 200
    assert b"Save details" in opened.data


def test_not_an_interview_removes_what_the_mail_created(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    sent = _send(app, client, "invite.eml", to)
    links = _links(app)
    assert client.post(links["Not an interview"]).status_code == 200
    with app.app_context():
        assert db.session.scalars(sa.select(Interview)).all() == []
    assert _message(app, sent["id"]).status == MessageStatus.DISCARDED
    assert client.get("/inbound/act/forged-token").status_code == 400


def test_ingest_pipe_stores_once_and_exits_zero(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    from service import cli

    to = kit.inbound_address(app, make_user(app))
    path = tmp_path / "mail.eml"
    path.write_bytes(
        b"From recruiter@example.com Mon Apr  6 09:12:00 2026\n" + kit.fixture("invite.eml")
    )
    first = runner.invoke(cli, ["ingest", "--recipient", to, str(path)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["ingest", "--recipient", to, "-"], input=path.read_bytes())
    assert again.exit_code == 0
    assert "already stored" in again.output
    [message] = kit.messages(app)
    assert message.provider == "pipe"
    assert message.raw == kit.fixture("invite.eml")
    assert message.status == MessageStatus.RECEIVED  # the pipe only stores
    kit.read_all(app)
    with app.app_context():
        assert len(db.session.scalars(sa.select(Interview)).all()) == 1


def test_ingest_exit_codes_tell_the_mta_what_to_do(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    from service import cli

    empty = runner.invoke(cli, ["ingest", "-"], input=b"")
    assert empty.exit_code == 65
    assert "empty" in empty.output
    garbage = runner.invoke(cli, ["ingest", "-"], input=b"\x00\x01 not mail")
    assert garbage.exit_code == 65
    unknown = runner.invoke(
        cli,
        ["ingest", "--recipient", "nobody@in.afterview.test", "-"],
        input=kit.fixture("invite.eml"),
    )
    assert unknown.exit_code == 0  # kept, quarantined: the MTA must not bounce it back
    assert "quarantined" in unknown.output
    assert kit.messages(app)[0].status == MessageStatus.QUARANTINED


def test_ingest_exits_75_when_the_database_is_unreachable(tmp_path: Path) -> None:
    from service import cli

    broken = make_app(
        "postgresql+psycopg://afterview@127.0.0.1:1/gone", tmp_path / "i", **kit.SETTINGS
    )
    result = broken.test_cli_runner().invoke(cli, ["ingest", "-"], input=kit.fixture("invite.eml"))
    assert result.exit_code == 75
    assert "retry later" in result.output


def test_inbound_address_and_reprocess_commands(app: Flask, runner: FlaskCliRunner) -> None:
    from service import cli

    user_id = make_user(app, "ana@example.com")
    printed = runner.invoke(cli, ["inbound-address", "--user", "ana@example.com"])
    assert printed.exit_code == 0
    assert printed.output.strip() == kit.inbound_address(app, user_id)
    # Not an interview: it waits for review; reading it again (parser unchanged) keeps it there.
    bare = runner.invoke(
        cli,
        ["ingest", "--recipient", printed.output.strip(), "-"],
        input=kit.fixture("newsletter.eml"),
    )
    assert bare.exit_code == 0
    kit.read_all(app)
    [message] = kit.messages(app)
    assert message.status == MessageStatus.NEEDS_REVIEW
    again = runner.invoke(cli, ["inbound", "reprocess", str(message.id)])
    assert again.exit_code == 0
    assert "needs_review" in again.output
    missing = runner.invoke(cli, ["inbound", "reprocess", "9999"])
    assert missing.exit_code == 1


def test_housekeeping_drops_old_bodies_and_closes_stale_reviews(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app))
    applied = _send(app, client, "invite.eml", to)
    review = _send(app, client, "newsletter.eml", to)
    with app.app_context():
        session = db.session()
        later = utcnow() + timedelta(days=settings_of(app).raw_mail_retention_days + 1)
        tidied = housekeeping(session, later, settings_of(app))
        session.commit()
    assert tidied.bodies_dropped == 1
    assert tidied.reviews_closed == 1
    kept = _message(app, applied["id"])
    assert kept.raw is None
    assert kept.raw_sha256  # what it was stays known
    assert _message(app, review["id"]).status == MessageStatus.DISCARDED
    # The review item is now finished: the next run drops its body too.
    with app.app_context():
        housekeeping(db.session(), later, settings_of(app))
        db.session.commit()
    assert _message(app, review["id"]).raw is None


@pytest.mark.parametrize("update", ["reschedule.eml", "cancel.eml"])
def test_not_an_interview_on_an_update_puts_the_interview_back(
    app: Flask, client: FlaskClient, update: str
) -> None:
    to = kit.inbound_address(app, make_user(app))
    _send(app, client, "invite.eml", to)
    before = _interview(app)
    changed = _send(app, client, update, to)
    assert _interview(app) != before
    kit.not_an_interview(app, client, changed["id"])
    after = _interview(app)
    assert (after["start"], after["steps"], after["status"]) == (
        before["start"],
        before["steps"],
        before["status"],
    )
