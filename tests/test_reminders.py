"""Reminder emails through a real SMTP server on loopback: each due step mailed once.

The clock is the only fake: passes run with a chosen `now`; the database, the SMTP
server and the HTTP landing pages are real.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from service import interviews
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Interview, Interviewer, StepStatus
from service.interviews.reminders import LINK_PURPOSE
from service.outbox import failed_messages
from service.outbox.models import OutboxMessage, OutboxStatus
from service.outbox.oneclick import sign_link
from service.parsing.model import Person
from service.platform.db import db
from service.scheduler import DispatchResult, dispatch_once
from tests.conftest import make_app
from tests.helpers import make_user
from tests.mailserver import Sink, free_port, running_sink, silent_server

START = datetime(2031, 3, 4, 13, 0, tzinfo=UTC)  # a Tuesday, 14:00 in Berlin
END = START + timedelta(hours=1)
CREATED = START - timedelta(days=3)


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    with running_sink() as running:
        yield running


_extra_apps: list[Flask] = []


@pytest.fixture(autouse=True)
def _dispose_extra_apps() -> Iterator[None]:
    """Close the pools of apps a test built beside the fixture's, so no connection leaks."""
    yield
    while _extra_apps:
        extra = _extra_apps.pop()
        with extra.app_context():
            db.session.remove()
            db.engine.dispose()


def mail_app(database_url: str, tmp_path: Path, port: int, **overrides: Any) -> Flask:
    settings: dict[str, Any] = {
        "mail_server": "127.0.0.1",
        "mail_port": port,
        "mail_timeout": 2.0,
        "mail_default_sender": "Afterview <reminders@afterview.test>",
    }
    settings.update(overrides)
    built = make_app(database_url, tmp_path / "instance", **settings)
    _extra_apps.append(built)
    return built


@pytest.fixture
def app(database_url: str, tmp_path: Path, sink: tuple[Sink, int]) -> Iterator[Flask]:
    application = mail_app(database_url, tmp_path, sink[1])
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def log_interview(
    app: Flask,
    user_id: int,
    *,
    company: str = "Acme Robotics",
    start: datetime = START,
    people: tuple[Person, ...] = (Person(name="Dana Reyes", email="dana@acme.example"),),
    logged: datetime = CREATED,
) -> int:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        created = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company=company,
                role="Backend Engineer",
                start=start,
                end=start + timedelta(hours=1),
                timezone="Europe/Berlin",
                interviewers=people,
            ),
            logged,
        )
        db.session.commit()
        return created.id


def step_of(app: Flask, interview_id: int, kind: str) -> int:
    with app.app_context():
        step_id = db.session.scalar(
            sa.select(FollowUpStep.id).where(
                FollowUpStep.interview_id == interview_id, FollowUpStep.kind == kind
            )
        )
        assert step_id is not None
        return step_id


def run(app: Flask, now: datetime) -> DispatchResult:
    return dispatch_once(app, worker="test", clock=lambda: now)


def outbox(app: Flask) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)))
        db.session.expunge_all()
        return rows


def test_ask_about_next_steps_arrives_an_hour_before_and_only_once(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    log_interview(app, make_user(app))
    assert run(app, START - timedelta(minutes=61)).sending.sent == 0
    first = run(app, START - timedelta(minutes=59))
    second = run(app, START - timedelta(minutes=58))
    received = sink[0].received
    assert (first.sending.sent, second.queued, second.sending.sent) == (1, 0, 0)
    assert len(received) == 1
    mail = received[0].message
    assert str(mail["Subject"]).strip().startswith("Ask about next steps")
    assert received[0].rcpt_tos == ["ana@example.com"]
    assert mail["Message-ID"] == outbox(app)[0].message_id
    text = mail.get_body(("plain",)).get_content()
    assert "14:00 CET" in text  # the user's zone, not UTC
    assert "How long does the decision usually take" in text
    assert "/act/" in text


def test_thank_you_reminder_carries_a_draft_with_names_role_and_deadline(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    log_interview(app, make_user(app))
    run(app, END + timedelta(minutes=1))
    [received] = sink[0].received
    text = received.message.get_body(("plain",)).get_content()
    html = received.message.get_body(("html",)).get_content()
    assert (
        received.message["Subject"] == "Send your thank-you note: Acme Robotics, Backend Engineer"
    )
    assert "Dear Dana," in text
    assert "Backend Engineer role at Acme Robotics" in text
    assert "[Anything you promised" in text
    assert "by Wednesday 5 March, 15:00 CET" in text  # the 24-hour deadline, this year's
    assert "March 2031" not in text
    assert "mailto:dana@acme.example?subject=" in text
    assert "mailto:dana@acme.example?subject=" in html
    assert "Overdue" not in received.message["Subject"]


def test_steps_done_snoozed_or_cancelled_before_sending_are_not_sent(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    done = log_interview(app, user_id, company="Done Co")
    snoozed = log_interview(app, user_id, company="Snoozed Co")
    cancelled = log_interview(app, user_id, company="Cancelled Co")
    with app.app_context():
        now = END - timedelta(minutes=5)
        step = db.session.get(FollowUpStep, step_of(app, done, "thank_you"))
        assert step is not None
        interviews.set_step_status(step, "done", now)
        step = db.session.get(FollowUpStep, step_of(app, snoozed, "thank_you"))
        assert step is not None
        interviews.snooze_step(step, now)
        row = db.session.get(Interview, cancelled)
        assert row is not None
        interviews.cancel(db.session(), row, now)
        db.session.commit()
    run(app, END + timedelta(minutes=1))
    assert sink[0].received == []
    run(app, END + timedelta(days=1, hours=1, minutes=1))
    assert [r.message["Subject"] for r in sink[0].received] == [
        "Send your thank-you note: Snoozed Co, Backend Engineer"
    ]


def test_a_step_done_after_queueing_is_dropped_at_claim_time(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    log_interview(app, make_user(app))
    # Queue without sending: the SMTP server is down for this pass.
    down = mail_app(app.config["SQLALCHEMY_DATABASE_URI"], Path(app.instance_path), free_port())
    assert run(down, END + timedelta(minutes=1)).sending.retried == 1
    with app.app_context():
        step = db.session.scalar(sa.select(FollowUpStep).where(FollowUpStep.kind == "thank_you"))
        assert step is not None
        interviews.set_step_status(step, "done", END + timedelta(minutes=2))
        db.session.commit()
    result = run(app, END + timedelta(hours=1))
    assert result.sending.cancelled == 1
    assert sink[0].received == []
    assert outbox(app)[0].status == OutboxStatus.CANCELLED


def test_after_downtime_an_overdue_reminder_goes_once_and_says_so(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    log_interview(app, make_user(app))
    run(app, END + timedelta(hours=5))
    run(app, END + timedelta(hours=6))
    [received] = sink[0].received
    assert received.message["Subject"].startswith("Overdue: Send your thank-you note")
    assert "This reminder is late" in received.message.get_body(("plain",)).get_content()


def test_reminders_older_than_the_staleness_limit_are_skipped(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    log_interview(app, make_user(app))
    result = run(app, END + timedelta(hours=73))
    assert result.queued == 0
    assert sink[0].received == []


def test_a_permanent_refusal_fails_and_shows_a_temporary_one_retries(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    log_interview(app, user_id)
    sink[0].refuse_rcpt = "451 4.3.0 mailbox busy, try later"
    now = END + timedelta(minutes=1)
    assert run(app, now).sending.retried == 1
    [row] = outbox(app)
    assert (row.status, row.attempts) == (OutboxStatus.QUEUED, 1)
    assert row.next_attempt_at > now
    assert "451" in row.last_error
    assert run(app, now + timedelta(seconds=30)).sending.sent == 0  # backoff respected
    sink[0].refuse_rcpt = "550 5.1.1 no such mailbox"
    assert run(app, now + timedelta(minutes=5)).sending.failed == 1
    [row] = outbox(app)
    assert row.status == OutboxStatus.FAILED
    assert "550" in row.last_error
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        assert [m.id for m in failed_messages(db.session(), user)] == [row.id]
    assert run(app, now + timedelta(hours=2)).sending.sent == 0
    assert sink[0].received == []


def test_a_server_that_never_answers_times_out_and_is_retried(
    database_url: str, tmp_path: Path
) -> None:
    with silent_server() as port:
        app = mail_app(database_url, tmp_path, port, mail_timeout=0.5)
        log_interview(app, make_user(app))
        started = datetime.now(UTC)
        result = run(app, END + timedelta(minutes=1))
        elapsed = datetime.now(UTC) - started
    assert result.sending.retried == 1
    assert elapsed < timedelta(seconds=5)
    [row] = outbox(app)
    assert row.status == OutboxStatus.QUEUED
    assert "did not answer in time" in row.last_error or "closed" in row.last_error


def test_a_server_that_stalls_mid_conversation_is_retried_then_succeeds(
    database_url: str, tmp_path: Path
) -> None:
    with running_sink(Sink(stall_seconds=1.5)) as (sink, port):
        app = mail_app(database_url, tmp_path, port, mail_timeout=0.5)
        log_interview(app, make_user(app))
        now = END + timedelta(minutes=1)
        assert run(app, now).sending.retried == 1
        sink.stall_seconds = 0
        assert run(app, now + timedelta(minutes=2)).sending.sent == 1
        assert len(sink.received) == 1


def test_a_dropped_connection_is_retried_without_a_duplicate(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    log_interview(app, make_user(app))
    sink[0].drop_next = 1
    now = END + timedelta(minutes=1)
    assert run(app, now).sending.retried == 1
    assert sink[0].received == []
    assert run(app, now + timedelta(minutes=2)).sending.sent == 1
    assert run(app, now + timedelta(minutes=30)).sending.sent == 0
    [row] = outbox(app)
    assert sink[0].message_ids() == [row.message_id]
    assert (row.status, row.attempts) == (OutboxStatus.SENT, 2)


@dataclass
class DropsTheFourth(Sink):
    """Accepts three mails, then hangs up on the fourth, once."""

    dropped: bool = False

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if len(self.received) == 3 and not self.dropped:
            self.dropped, self.drop_next = True, 1
        return await super().handle_DATA(server, session, envelope)


def test_mails_sent_before_a_connection_drops_stay_sent_and_go_once(
    database_url: str, tmp_path: Path
) -> None:
    """Sent mails are recorded a batch at a time: a batch cut short keeps what went out."""
    with running_sink(DropsTheFourth()) as (sink, port):
        app = mail_app(database_url, tmp_path, port)
        user_id = make_user(app)
        for number in range(6):
            log_interview(app, user_id, company=f"Company {number}")
        now = END + timedelta(minutes=1)
        first = run(app, now).sending
        assert (first.sent, first.retried) == (3, 1)
        assert [r.status for r in outbox(app)].count(OutboxStatus.SENT) == 3
        assert run(app, now + timedelta(minutes=5)).sending.sent == 3
        ids = sink.message_ids()
        assert sorted(ids) == sorted(r.message_id for r in outbox(app))
        assert len(set(ids)) == 6


def test_an_unreachable_server_leaves_the_mail_queued_with_a_reason(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = mail_app(database_url, tmp_path, free_port())
    log_interview(app, make_user(app))
    assert run(app, END + timedelta(minutes=1)).sending.retried == 1
    [row] = outbox(app)
    assert row.status == OutboxStatus.QUEUED
    assert "unreachable" in row.last_error
    assert any("retrying in" in r.getMessage() for r in caplog.records)


def test_user_text_cannot_add_mail_headers(app: Flask, sink: tuple[Sink, int]) -> None:
    user_id = make_user(app)
    interview_id = log_interview(app, user_id)
    with app.app_context():
        # Straight into the database, past the domain's own cleaning.
        row = db.session.get(Interview, interview_id)
        assert row is not None
        row.company = "Evil\r\nBcc: victim@example.org\r\nX-Injected: 1"
        db.session.add(
            Interviewer(
                interview_id=interview_id, position=1, name="Eve\r\nBcc: x@example.org" + "e" * 150
            )
        )
        user = db.session.get(User, user_id)
        assert user is not None
        user.display_name = "Ana\nX-Other: 2"
        user.timezone = "Not/AZone"  # a broken zone falls back to UTC, it does not crash
        db.session.commit()
    run(app, END + timedelta(minutes=1))
    [received] = sink[0].received
    assert received.rcpt_tos == ["ana@example.com"]
    header_names = [
        line.split(b":", 1)[0] for line in received.raw.split(b"\r\n\r\n")[0].split(b"\r\n")
    ]
    assert b"Bcc" not in header_names
    assert b"X-Injected" not in header_names
    assert b"X-Other" not in header_names
    assert len(received.message.get_all("Subject") or []) == 1
    assert "Evil Bcc: victim@example.org X-Injected: 1" in received.message["Subject"]


def test_a_name_as_long_as_allowed_is_mailed_safely(app: Flask, sink: tuple[Sink, int]) -> None:
    """The longest name an interview takes (200 characters; longer ones are refused where
    they are typed) is folded into the subject without a header break."""
    user_id = make_user(app)
    log_interview(app, user_id, people=(Person(name="N" * 188 + "\r\nBcc: a@b.c"),))
    assert run(app, END + timedelta(minutes=1)).sending.sent == 1
    [received] = sink[0].received
    header_names = [
        line.split(b":", 1)[0] for line in received.raw.split(b"\r\n\r\n")[0].split(b"\r\n")
    ]
    assert b"Bcc" not in header_names


def test_a_deleted_interview_cancels_its_queued_reminder(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    interview_id = log_interview(app, make_user(app))
    down = mail_app(app.config["SQLALCHEMY_DATABASE_URI"], Path(app.instance_path), free_port())
    run(down, END + timedelta(minutes=1))
    with app.app_context():
        db.session.execute(sa.delete(Interview).where(Interview.id == interview_id))
        db.session.commit()
    assert run(app, END + timedelta(minutes=10)).sending.cancelled == 1
    assert sink[0].received == []


def _links(text: str) -> dict[str, str]:
    labels = {"Done:": "done", "Remind me tomorrow:": "snooze", "I heard back:": "heard_back"}
    found = {}
    for line in text.splitlines():
        for label, name in labels.items():
            if line.strip().startswith(label):
                found[name] = line.split()[-1]
    timeline = re.search(r"record it here.*\n\s+(\S+/act/\S+)", text)
    if timeline:
        found["timeline"] = timeline.group(1)
    return found


def _path(url: str) -> str:
    return url.removeprefix("http://afterview.test")


def test_one_click_links_ask_on_get_and_act_once_on_post(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    interview_id = log_interview(app, make_user(app))
    run(app, END + timedelta(minutes=1))
    links = _links(sink[0].received[0].message.get_body(("plain",)).get_content())
    client = app.test_client()
    done = _path(links["done"])
    page = client.get(done)
    assert page.status_code == 200
    assert b"Mark done" in page.data
    step_id = step_of(app, interview_id, "thank_you")
    with app.app_context():
        step = db.session.get(FollowUpStep, step_id)
        assert step is not None
        assert step.status == StepStatus.PENDING  # a mail scanner's GET changed nothing
    assert client.post(done).status_code == 200
    with app.app_context():
        step = db.session.get(FollowUpStep, step_id)
        assert step is not None
        assert step.status == StepStatus.DONE
    again = client.post(done)
    assert again.status_code == 409
    assert b"already used" in again.data
    forged = client.post(done[:-3] + "xyz")
    assert forged.status_code == 400
    assert client.get("/act/not-a-token").status_code == 400


def test_snooze_and_heard_back_links_change_the_steps(app: Flask, sink: tuple[Sink, int]) -> None:
    interview_id = log_interview(app, make_user(app))
    run(app, END + timedelta(minutes=1))
    links = _links(sink[0].received[0].message.get_body(("plain",)).get_content())
    client = app.test_client()
    assert client.post(_path(links["snooze"])).status_code == 200
    assert client.post(_path(links["heard_back"])).status_code == 200
    with app.app_context():
        row = db.session.get(Interview, interview_id)
        assert row is not None
        kinds = {s.kind: s for s in row.steps}
        assert kinds["thank_you"].snoozed
        assert kinds["follow_up"].status == StepStatus.CANCELLED
        assert row.outcome == "heard_back"


def test_the_timeline_link_records_what_the_employer_said(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    interview_id = log_interview(app, make_user(app))
    run(app, START - timedelta(minutes=50))
    links = _links(sink[0].received[0].message.get_body(("plain",)).get_content())
    client = app.test_client()
    url = _path(links["timeline"])
    assert b'name="timeline"' in client.get(url).data
    assert client.post(url, data={"timeline": "  "}).status_code == 422
    assert client.post(url, data={"timeline": "within two weeks"}).status_code == 200
    with app.app_context():
        row = db.session.get(Interview, interview_id)
        assert row is not None
        assert row.timeline_text == "within two weeks"


@pytest.mark.parametrize("step_id", [10**30, 2**63, -1])
def test_a_signed_link_to_a_step_no_row_can_have_is_a_dead_link(app: Flask, step_id: int) -> None:
    """The step id came straight from the link into the query: past SQLite's INTEGER it
    overflowed into a 500 (the attack pass, with a link signed by the right key)."""
    user_id = make_user(app)
    token = sign_link(
        app.config["SECRET_KEY"], LINK_PURPOSE, {"s": step_id, "u": user_id, "a": "done"}
    )
    client = app.test_client()
    for response in (client.get(f"/act/{token}"), client.post(f"/act/{token}")):
        assert response.status_code == 404
        assert b"This link does not work" in response.data


def test_two_dispatchers_at_once_send_each_reminder_once(
    database_url: str, tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    first = mail_app(database_url, tmp_path / "a", sink[1])
    second = mail_app(database_url, tmp_path / "b", sink[1])
    user_id = make_user(first)
    for number in range(30):
        log_interview(first, user_id, company=f"Company {number}")
    now = END + timedelta(minutes=1)
    errors: list[BaseException] = []

    def dispatch(app: Flask, name: str) -> None:
        try:
            for _ in range(3):
                dispatch_once(app, worker=name, clock=lambda: now)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=dispatch, args=(first, "one")),
        threading.Thread(target=dispatch, args=(second, "two")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    ids = sink[0].message_ids()
    assert len(ids) == 30
    assert len(set(ids)) == 30
    assert {r.status for r in outbox(first)} == {OutboxStatus.SENT}


def test_the_daily_digest_comes_once_in_working_hours(app: Flask, sink: tuple[Sink, int]) -> None:
    user_id = make_user(app)
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        user.daily_digest = True
        user.reminder_emails = False
        db.session.commit()
    log_interview(app, user_id)
    early = datetime(2031, 3, 5, 6, 0, tzinfo=UTC)  # 07:00 in Berlin: before working hours
    assert run(app, early).digests == 0
    assert run(app, early + timedelta(hours=3)).digests == 1
    assert run(app, early + timedelta(hours=4)).digests == 0
    [received] = sink[0].received
    assert received.message["Subject"] == "Your follow-ups for Wednesday 5 March 2031"
    digest = received.message.get_body(("plain",)).get_content()
    assert "Thank-you note — Acme Robotics" in digest
    # Its footer leads to Settings, where the digest is turned off.
    assert "daily digest is on in your settings: http://afterview.test/settings" in digest
    html = received.message.get_body(("html",)).get_content()
    assert '<a href="http://afterview.test/settings">settings</a>' in html


def test_send_due_command_runs_one_pass_and_prints_counts(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    from service import cli

    log_interview(app, make_user(app), start=datetime.now(UTC) - timedelta(hours=2))
    result = app.test_cli_runner().invoke(cli, ["reminders", "send-due"])
    assert result.exit_code == 0, result.output
    assert "queued=1" in result.output
    assert "sent=1" in result.output
    assert len(sink[0].received) == 1


def test_a_crashed_senders_batch_goes_out_once_and_its_mail_in_flight_is_not_resent(
    app: Flask, sink: tuple[Sink, int], caplog: pytest.LogCaptureFixture
) -> None:
    user_id = make_user(app)
    for company in ("Acme Robotics", "Birch Labs", "Cobalt Systems"):
        log_interview(app, user_id, company=company)
    now = END + timedelta(minutes=1)
    down = mail_app(app.config["SQLALCHEMY_DATABASE_URI"], Path(app.instance_path), free_port())
    run(down, now)  # queued; the server is down, so each waits for its next attempt
    with app.app_context():
        # What a sender killed while sending the first of its batch leaves behind: the whole
        # batch claimed, the first handed to the relay, nothing recorded.
        db.session.execute(
            sa.update(OutboxMessage).values(
                status=OutboxStatus.SENDING,
                claimed_by="gone:1",
                claimed_at=now,
                next_attempt_at=now,
                attempts=2,
            )
        )
        first_id = db.session.scalar(sa.select(sa.func.min(OutboxMessage.id)))
        db.session.execute(
            sa.update(OutboxMessage)
            .where(OutboxMessage.id == first_id)
            .values(handed_over_at=now + timedelta(seconds=1))
        )
        db.session.commit()
    assert run(app, now + timedelta(minutes=2)).sending.sent == 0  # still within the lease
    with caplog.at_level(logging.WARNING, logger="service.outbox"):
        result = run(app, now + timedelta(minutes=20))
    assert (result.sending.recovered, result.sending.sent) == (2, 2)
    first, *rest = outbox(app)
    # the operator's log names the mail and the sender that stopped mid-send
    assert f"outbox {first.id}: its sender gone:1 stopped" in caplog.text
    # The one the server may have accepted is not sent again; the person is told.
    assert first.status == OutboxStatus.FAILED
    assert "may have arrived" in first.last_error
    assert [row.status for row in rest] == [OutboxStatus.SENT, OutboxStatus.SENT]
    assert sink[0].message_ids() == [row.message_id for row in rest]
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        assert [m.id for m in failed_messages(db.session(), user)] == [first.id]
    assert run(app, now + timedelta(hours=2)).sending.sent == 0


def test_the_scheduler_keeps_jobs_in_memory_and_polls_imap_only_when_configured(
    app: Flask, database_url: str, tmp_path: Path
) -> None:
    from apscheduler.jobstores.memory import MemoryJobStore

    from service.scheduler import build_scheduler

    plain = build_scheduler(app, blocking=False)
    assert {job.id for job in plain.get_jobs()} == {"dispatch", "housekeeping", "places"}
    assert isinstance(plain._jobstores["default"], MemoryJobStore)
    assert plain._job_defaults == {
        "misfire_grace_time": None,
        "coalesce": True,
        "max_instances": 1,
    }
    with_imap = build_scheduler(
        mail_app(database_url, tmp_path / "imap", 25, imap_host="imap.example.org"),
        blocking=False,
    )
    assert "imap" in {job.id for job in with_imap.get_jobs()}


def test_one_digest_a_day_instead_means_no_single_reminders(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    # Reminder mails stay on: the digest is "instead", so it alone may arrive.
    user_id = make_user(app)
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        user.daily_digest = True
        db.session.commit()
    log_interview(app, user_id)
    assert run(app, END + timedelta(minutes=1)).queued == 0  # the thank-you's moment
    assert run(app, datetime(2031, 3, 5, 8, 0, tzinfo=UTC)).digests == 1
    subjects = [r.message["Subject"] for r in sink[0].received]
    assert subjects == [
        "Your follow-ups for Tuesday 4 March 2031",
        "Your follow-ups for Wednesday 5 March 2031",
    ]
