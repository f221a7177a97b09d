"""Mails a person can act on, read as they arrive over real SMTP, their links followed.

The confirmation of a forwarded invitation shows both zones and the planned steps, a
move shows the old and the new time, "Fix it" opens the edit form after sign-in; a
message in review names itself and offers only what fits; reminders carry a draft per
interviewer and link to Settings, where the user words their drafts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.accounts.models import User
from service.inbound.models import InboundMessage
from service.interviews.models import Interview
from service.parsing.model import Person
from service.parsing.timezones import zone
from service.platform.config import settings_of
from service.platform.dates import format_moment
from service.platform.db import db, utcnow
from service.scheduler import dispatch_once
from service.steps import wording
from tests.helpers import PASSWORD, auth, make_token, make_user
from tests.inbound import kit
from tests.mailserver import Sink, running_sink
from tests.test_reminders import END, log_interview, mail_app, run
from tests.web.forms import sign_in, submit, text

NEW_YORK = "America/New_York"


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    with running_sink() as running:
        yield running


@pytest.fixture
def app(database_url: str, tmp_path: Path, sink: tuple[Sink, int]) -> Iterator[Flask]:
    application = mail_app(database_url, tmp_path, sink[1], **kit.SETTINGS)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def _forward(app: Flask, client: FlaskClient, name: str, to: str) -> None:
    raw = kit.fixture(name)
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)


def _delivered(app: Flask, sink: Sink) -> list[EmailMessage]:
    """Send what is queued to the SMTP server and return every mail it received so far."""
    dispatch_once(app, worker="test", clock=utcnow)
    return [received.message for received in sink.received]


def _plain(mail: EmailMessage) -> str:
    body = mail.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def _html(mail: EmailMessage) -> str:
    body = mail.get_body(("html",))
    assert body is not None
    return str(body.get_content())


def _link(app: Flask, mail_text: str, label: str) -> str:
    """The path a labelled link in a plain-text mail leads to on this server."""
    found = re.search(rf"^\s*{re.escape(label)}[^\n]*:\s+(\S+)$", mail_text, re.MULTILINE)
    assert found, f"no {label!r} link in:\n{mail_text}"
    base = settings_of(app).base_url
    assert found[1].startswith(base), found[1]
    return found[1].removeprefix(base)


def _set_zone(app: Flask, user_id: int, name: str) -> None:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        user.timezone = name
        db.session.commit()


def _steps_in(app: Flask, name: str) -> list[tuple[str, str]]:
    """Each pending step's title and due time as the user should read it, from the database."""
    with app.app_context():
        [interview] = db.session.scalars(sa.select(Interview)).all()
        today = utcnow().astimezone(zone(name)).date()
        return [
            (wording.step_title(s.kind, "", ""), format_moment(s.due_at, zone(name), today=today))
            for s in sorted(interview.steps, key=lambda s: s.due_at)
            if s.status == "pending"
        ]


def test_the_confirmation_shows_both_zones_the_steps_and_fix_it_opens_the_form(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    _set_zone(app, user_id, NEW_YORK)  # the invitation is in Berlin: two zones to show
    client = app.test_client()
    _forward(app, client, "invite.eml", kit.inbound_address(app, user_id))
    [mail] = _delivered(app, sink[0])
    assert (
        mail["Subject"] == "Afterview: Added to your interviews — Fernwood Analytics, Data Engineer"
    )
    body = _plain(mail)
    assert body.startswith("Hi Ana,\n")
    # 15:00 in Berlin (summer time) is 09:00 in New York.
    assert "When: Tuesday 14 April, 15:00–16:00 (Berlin, CEST)" in body
    assert "your time: Tuesday 14 April, 09:00–10:00 (New York, EDT)" in body
    steps = _steps_in(app, NEW_YORK)
    assert [title for title, _ in steps] == ["Thank-you note", "Follow up"]
    for title, when in steps:
        assert f"  - {title}: {when}" in body
        assert f"<li>{title}: {when}</li>" in _html(mail)
    assert "Ask about next steps: " in body  # over already: said, not scheduled
    # Fix it: the edit form, after signing in, and nowhere else.
    fix = _link(app, body, "Fix it")
    with app.app_context():
        [interview] = db.session.scalars(sa.select(Interview)).all()
    assert fix == f"/interviews/{interview.id}/edit"
    asked = client.get(fix)
    assert asked.status_code == 302
    login = asked.headers["Location"]
    assert urlsplit(login).path == "/login"
    next_url = unquote(urlsplit(login).query.split("next=", 1)[1])
    assert next_url == fix
    signed_in = submit(
        client,
        login,
        login,
        {"email": "ana@example.com", "password": PASSWORD, "next": next_url},
    )
    assert signed_in.status_code == 302
    assert signed_in.headers["Location"] == fix
    form = client.get(fix)
    assert form.status_code == 200
    assert 'value="Fernwood Analytics"' in text(form)
    # The one-click answers still work: a page with a button first.
    assert client.get(_link(app, body, "Looks right")).status_code == 200
    assert client.get(_link(app, body, "Not an interview")).status_code == 200


def test_a_moved_interview_shows_the_old_and_the_new_time(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    _set_zone(app, user_id, NEW_YORK)
    client = app.test_client()
    to = kit.inbound_address(app, user_id)
    _forward(app, client, "invite.eml", to)
    _forward(app, client, "reschedule.eml", to)
    created, moved = _delivered(app, sink[0])
    assert "Moved to a new time" in moved["Subject"]
    body = _plain(moved)
    assert "Was:  Tuesday 14 April, 15:00–16:00 (Berlin, CEST)" in body
    assert "your time: Tuesday 14 April, 09:00–10:00 (New York, EDT)" in body
    assert "Now:  Thursday 16 April, 11:00–12:00 (Berlin, CEST)" in body
    assert "your time: Thursday 16 April, 05:00–06:00 (New York, EDT)" in body
    assert body.index("Was:") < body.index("Now:")
    html = _html(moved)
    assert "<s>Tuesday 14 April, 15:00–16:00 (Berlin, CEST)</s>" in html
    for title, when in _steps_in(app, NEW_YORK):
        assert f"  - {title}: {when}" in body
    assert _link(app, body, "Fix it").endswith("/edit")
    assert "Was:" not in _plain(created)
    # A misread move is put back by "Not an interview": the old time returns.
    undo = _link(app, body, "Not an interview")
    assert client.post(undo).status_code == 200
    with app.app_context():
        [interview] = db.session.scalars(sa.select(Interview)).all()
        assert interview.start_at.isoformat() == "2026-04-14T13:00:00+00:00"


def test_one_zone_is_shown_once_when_the_user_lives_there(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)  # Europe/Berlin, like the invitation
    _forward(app, app.test_client(), "invite.eml", kit.inbound_address(app, user_id))
    [mail] = _delivered(app, sink[0])
    body = _plain(mail)
    assert "When: Tuesday 14 April, 15:00–16:00 (Berlin, CEST)" in body
    assert "your time:" not in body


def test_a_mail_in_review_names_the_message_and_offers_only_what_fits(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    client = app.test_client()
    to = kit.inbound_address(app, user_id)
    _forward(app, client, "newsletter.eml", to)
    _forward(app, client, "reschedule.eml", to)  # a move of an interview never logged
    newsletter, unknown_move = _delivered(app, sink[0])
    assert newsletter["Subject"] == "Afterview needs you: “This week's top 10 job search tips”"
    body = _plain(newsletter)
    assert "Subject:  This week's top 10 job search tips" in body
    assert "From:     digest@careerdigest.example.net" in body
    assert re.search(r"Received: \w+day \d+ \w+, \d\d:\d\d CET", body), body
    assert "Why:      not an interview invitation (newsletter)" in body
    assert "Looks right" not in body
    assert "Fix it" not in body
    log_it = _link(app, body, "It is an interview: log it")
    set_aside = _link(app, body, "Not an interview: set it aside")
    move_body = _plain(unknown_move)
    assert "a reschedule of an interview Afterview does not know" in move_body
    choose = _link(app, move_body, "Choose its interview")
    assert "It is an interview" not in move_body
    sign_in(client)
    assert "Make it an interview" in text(client.get(choose))
    form = client.get(log_it)
    assert form.status_code == 200
    assert "<form" in text(form)
    assert client.get(set_aside).status_code == 200  # asks first
    assert client.post(set_aside).status_code == 200
    with app.app_context():
        statuses = db.session.scalars(
            sa.select(InboundMessage.status).order_by(InboundMessage.id)
        ).all()
    assert statuses == ["discarded", "needs_review"]


def test_a_reminder_carries_a_draft_per_interviewer_and_links_to_settings(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    log_interview(
        app,
        user_id,
        people=(
            Person(name="Dana Reyes", email="dana@acme.example"),
            Person(name="Kim, Lee", email="lee.kim@acme.example"),
        ),
    )
    run(app, END + timedelta(minutes=1))
    [received] = sink[0].received
    body = _plain(received.message)
    mailtos = re.findall(r"^mailto:\S+$", body, re.MULTILINE)
    assert len(mailtos) == 2
    expected = [("dana@acme.example", "Dear Dana,"), ("lee.kim@acme.example", "Dear Lee,")]
    for link, (address, greeting) in zip(mailtos, expected, strict=True):
        parts = urlsplit(link)
        assert unquote(parts.path) == address
        fields = dict(pair.split("=", 1) for pair in parts.query.split("&"))
        assert unquote(fields["body"]).startswith(greeting + "\r\n")
    assert "Draft to Dana Reyes:" in body
    assert "Draft to Kim, Lee:" in body
    html = _html(received.message)
    assert html.count('href="mailto:') == 2
    settings_link = _link(app, body, "Times are shown in")
    assert settings_link == "/settings"
    assert 'href="http://afterview.test/settings"' in html
    client = app.test_client()
    assert client.get(settings_link).status_code == 302
    sign_in(client)
    assert "Word your drafts" in text(client.get(settings_link))


def test_drafts_worded_in_settings_reach_the_next_reminder(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    log_interview(app, user_id)
    client = app.test_client()
    sign_in(client)
    page = text(client.get("/settings/drafts"))
    assert "{first_name}" in page
    assert "How it reads" in page
    wrong = submit(
        client,
        "/settings/drafts",
        "/settings/drafts",
        {
            "kind": "thank_you",
            "do": "save",
            "thank_you-subject": "Thanks",
            "thank_you-body": "Hi {firstname},",
        },
    )
    assert wrong.status_code == 422
    assert "unknown placeholder {firstname}" in text(wrong)
    assert 'id="thank_you-body-error"' in text(wrong)
    preview = submit(
        client,
        "/settings/drafts",
        "/settings/drafts",
        {
            "kind": "thank_you",
            "do": "preview",
            "thank_you-subject": "Thanks, {first_name}",
            "thank_you-body": "Hi {first_name},\n\nGreat to meet you.\n{my_first_name}",
        },
    )
    assert preview.status_code == 200
    assert "Hi Ana,\nGreat" not in text(preview)
    # An example interview with Ana Ruiz, signed with the user's own name (Ana too).
    assert "Hi Ana,\n\nGreat to meet you.\nAna" in text(preview)
    saved = submit(
        client,
        "/settings/drafts",
        "/settings/drafts",
        {
            "kind": "thank_you",
            "do": "save",
            "thank_you-subject": "Thanks, {first_name}",
            "thank_you-body": "Hi {first_name},\n\nGreat to meet you.\n{my_first_name}",
        },
    )
    assert saved.status_code == 302
    run(app, END + timedelta(minutes=1))
    [received] = sink[0].received
    body = _plain(received.message)
    assert "Subject: Thanks, Dana" in body
    assert "Hi Dana,\n\nGreat to meet you.\nAna" in body


def test_drafts_through_the_api(app: Flask) -> None:
    token = make_token(app, make_user(app))
    client = app.test_client()
    before = client.get("/api/v1/me/drafts", headers=auth(token)).get_json()
    assert before["thank_you"]["yours"] is False
    assert "{greeting}" in before["thank_you"]["body"]
    assert "first_name" in before["placeholders"]
    refused = client.patch(
        "/api/v1/me/drafts",
        json={
            "thank_you": {"subject": "Hi {", "body": "x"},
            "follow_up": {"subject": "ok", "body": "{nope}"},
        },
        headers=auth(token),
    )
    assert refused.status_code == 422
    fields = {e["field"]: e["message"] for e in refused.get_json()["errors"]}
    assert set(fields) == {"thank_you.subject", "follow_up.body"}
    assert "unknown placeholder {nope}" in fields["follow_up.body"]
    saved = client.patch(
        "/api/v1/me/drafts",
        json={"follow_up": {"subject": "Checking in", "body": "{greeting}\n\nAny news?"}},
        headers=auth(token),
    )
    assert saved.status_code == 200
    assert saved.get_json()["follow_up"] == {
        "subject": "Checking in",
        "body": "{greeting}\n\nAny news?",
        "yours": True,
    }
    exported = client.get("/api/v1/export?format=json", headers=auth(token)).get_json()
    assert exported["account"]["draft_templates"] == {
        "follow_up": {"subject": "Checking in", "body": "{greeting}\n\nAny news?"}
    }
    back = client.patch("/api/v1/me/drafts", json={"follow_up": None}, headers=auth(token))
    assert back.get_json()["follow_up"]["yours"] is False


def test_a_step_link_of_someone_else_is_not_found(app: Flask) -> None:
    other = make_user(app, email="bo@example.com")
    interview_id = log_interview(app, other)
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        assert interview is not None
        step_id = interview.steps[0].id
    client = app.test_client()
    sign_in(client, "bo@example.com")
    mine = client.get(f"/s/{step_id}")
    assert mine.status_code == 302
    assert mine.headers["Location"] == f"/interviews/{interview_id}#step-{step_id}"
    stranger = app.test_client()
    make_user(app)
    sign_in(stranger)
    assert stranger.get(f"/s/{step_id}").status_code == 404
    assert stranger.get("/s/999999999999").status_code == 404


def test_drafts_through_the_command_line(app: Flask, tmp_path: Path) -> None:
    make_user(app)
    runner = app.test_cli_runner()
    shown = runner.invoke(args=["user", "drafts", "ana@example.com"])
    assert shown.exit_code == 0, shown.output
    assert "== thank_you (Afterview)" in shown.output
    assert "{greeting}" in shown.output
    body = tmp_path / "body.txt"
    body.write_text("Hi {frist_name},\n")
    refused = runner.invoke(
        args=["user", "drafts", "ana@example.com", "--kind", "thank_you", "--body-file", str(body)]
    )
    assert refused.exit_code != 0
    assert "thank_you.body: unknown placeholder {frist_name}" in refused.output
    body.write_text("Hi {first_name},\n\nThanks!\n{my_name}")
    saved = runner.invoke(
        args=[
            *("user", "drafts", "ana@example.com", "--kind", "thank_you"),
            *("--subject", "Thanks, {first_name}", "--body-file", str(body)),
        ]
    )
    assert saved.exit_code == 0, saved.output
    assert (
        "== thank_you (yours)" in runner.invoke(args=["user", "drafts", "ana@example.com"]).output
    )
    reset = runner.invoke(
        args=["user", "drafts", "ana@example.com", "--kind", "thank_you", "--reset"]
    )
    assert reset.exit_code == 0
    assert (
        "== thank_you (Afterview)"
        in runner.invoke(args=["user", "drafts", "ana@example.com"]).output
    )


def test_a_cancellation_offers_to_undo_it_on_the_interview_page(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    user_id = make_user(app)
    client = app.test_client()
    to = kit.inbound_address(app, user_id)
    _forward(app, client, "invite.eml", to)
    _forward(app, client, "cancel.eml", to)
    _created, cancelled = _delivered(app, sink[0])
    body = _plain(cancelled)
    assert body.startswith("Hi Ana,\n\nCancelled: Fernwood Analytics — Data Engineer\n")
    assert "When: Tuesday 14 April, 15:00–16:00 (Berlin, CEST)" in body
    assert "Not an interview" in body  # puts the interview back, as does the page
    undo = _link(app, body, "It is not cancelled")
    sign_in(client)
    page = text(client.get(undo))
    assert "Restore" in page
