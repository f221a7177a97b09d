"""The admin pages as a person uses them: every change goes through a form, errors are named."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service import accounts, interviews
from service.accounts.models import User
from service.interviews.models import FeedFetch, FollowUpStep, Interview
from service.outbox.models import OutboxMessage
from service.parsing.model import Person
from service.platform.db import db
from tests.helpers import make_user
from tests.web.forms import csrf_from, sign_in, submit, text

FORM = {
    "company": "Acme",
    "role": "Backend Engineer",
    "start": "2030-03-05T14:00",
    "end": "2030-03-05T15:00",
    "timezone": "America/New_York",
    "location": "",
    "meeting_url": "",
    "interviewers": "Dana Reyes <dana@acme.example>",
    "notes": "",
}
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def ana(app: Flask, client: FlaskClient) -> int:
    user_id = make_user(app)
    sign_in(client)
    return user_id


def _log(app: Flask, user_id: int, start: datetime, company: str = "Globex") -> int:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        created = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company=company,
                role="Platform Engineer",
                start=start,
                end=start + timedelta(hours=1),
                timezone="Europe/Berlin",
                interviewers=(Person(name="Sam", email="sam@globex.example"),),
            ),
            datetime.now(UTC),
        )
        db.session.commit()
        return created.id


def _steps(app: Flask, interview_id: int) -> dict[str, FollowUpStep]:
    with app.app_context():
        rows = db.session.scalars(
            sa.select(FollowUpStep).where(FollowUpStep.interview_id == interview_id)
        ).all()
        db.session.expunge_all()
        return {row.kind: row for row in rows}


def _interviews(app: Flask) -> list[Interview]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Interview).order_by(Interview.id)))
        db.session.expunge_all()
        return rows


def test_logging_an_interview_plans_three_steps_in_the_users_zone(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    form_page = text(client.get("/interviews/new"))
    assert 'name="timezone" type="text" value="Europe/Berlin"' in form_page
    response = submit(client, "/interviews/new", "/interviews/new", {**FORM, "timezone": ""})
    assert response.status_code == 302
    [created] = _interviews(app)
    assert created.timezone == "Europe/Berlin"
    assert created.start_at == datetime(2030, 3, 5, 13, 0, tzinfo=UTC)
    page = text(client.get(response.headers["Location"]))
    for title in ("Ask about next steps", "Thank-you note", "Follow up"):
        assert title in page
    assert "Interview logged" in page
    assert "mailto:dana@acme.example?subject=" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "is not a city, country or time zone we know"),
        ({"start": "next tuesday"}, "is not a date and time such as 2026-03-05T14:00"),
        ({"end": "2030-03-05T13:00"}, "must be after the start"),
        ({"start": "9999-01-01T10:00", "end": "9999-01-01T11:00"}, "outside 2000"),
        ({"company": "   "}, "is required"),
        ({"meeting_url": "javascript:alert(1)"}, "must be an http(s) link"),
        ({"interviewers": "Dana <not an address>"}, "is not an email address"),
        (
            {"start": "2030-03-31T02:30", "end": "2030-03-31T03:30", "timezone": "Europe/Berlin"},
            "does not exist in Europe/Berlin",
        ),
        ({"role": "r" * 5000}, "at most 200 are allowed"),
    ],
)
def test_bad_input_is_named_next_to_its_field_and_nothing_is_saved(
    app: Flask, client: FlaskClient, ana: int, changes: dict[str, str], message: str
) -> None:
    response = submit(client, "/interviews/new", "/interviews/new", {**FORM, **changes})
    assert response.status_code == 422
    page = text(response)
    assert message in page
    assert 'aria-invalid="true"' in page or 'role="alert"' in page
    assert "ISO 8601" not in page  # a standard's name means nothing to most job seekers
    assert _interviews(app) == []


def test_an_empty_date_asks_for_one_in_words(app: Flask, client: FlaskClient, ana: int) -> None:
    response = submit(client, "/interviews/new", "/interviews/new", {**FORM, "start": ""})
    assert response.status_code == 422
    assert "give a date and time, such as 2026-03-05T14:00" in text(response)
    assert "ISO" not in text(response)


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("api", "Through the API"),
        ("cli", "From the command line"),
        ("email", "From forwarded mail"),
        ("manual", "By hand"),
    ],
)
def test_how_an_interview_came_in_is_said_in_words(
    app: Flask, client: FlaskClient, ana: int, source: str, words: str
) -> None:
    interview_id = _log(app, ana, datetime.now(UTC) + timedelta(days=2))
    with app.app_context():
        db.session.get_one(Interview, interview_id).source = source
        db.session.commit()
    page = text(client.get(f"/interviews/{interview_id}"))
    logged = re.search(r"<dt>Logged</dt><dd>([^,<]*),", page)
    assert logged is not None
    assert logged[1] == words


def test_a_megabyte_field_is_refused_whole(app: Flask, client: FlaskClient, ana: int) -> None:
    response = submit(
        client, "/interviews/new", "/interviews/new", {**FORM, "notes": "x" * 1_048_576}
    )
    assert response.status_code in (413, 422)
    assert "nothing was saved" in text(response).lower()
    assert _interviews(app) == []


def test_html_in_every_text_field_is_shown_as_text_never_run(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    hostile_form = {
        **FORM,
        "company": HOSTILE[:190],
        "role": HOSTILE[:190],
        "location": HOSTILE,
        "notes": HOSTILE,
        "interviewers": f"{HOSTILE[:150]} <dana@acme.example>",
    }
    response = submit(client, "/interviews/new", "/interviews/new", hostile_form)
    assert response.status_code == 302
    detail = response.headers["Location"]
    interview_id = int(detail.rsplit("/", 1)[1])
    submit(client, detail, f"/interviews/{interview_id}/timeline", {"timeline": HOSTILE})
    submit(
        client,
        "/settings",
        "/settings",
        {
            "display_name": HOSTILE,
            "timezone": "Europe/Berlin",
            "hours_start": "09:00",
            "hours_end": "18:00",
            "day_mon": "on",
            "follow_up_days": "7",
        },
    )
    # A refused value is echoed back into the form: escaped there too.
    refused = submit(client, "/interviews/new", "/interviews/new", {**FORM, "timezone": HOSTILE})
    pages = [text(refused)] + [
        text(client.get(page))
        for page in ("/", "/interviews", detail, f"{detail}/edit", "/settings")
    ]
    for page in pages:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
    assert "&lt;script&gt;alert(" in text(client.get(detail))


def test_someone_elses_interview_is_not_found_by_url(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    other = make_user(app, "bo@example.com")
    theirs = _log(app, other, datetime.now(UTC) - timedelta(days=2))
    step = _steps(app, theirs)["thank_you"]
    before = _interviews(app)[0]
    assert client.get(f"/interviews/{theirs}").status_code == 404
    assert client.get(f"/interviews/{theirs}/edit").status_code == 404
    token = csrf_from(client, "/")
    posts = {
        f"/interviews/{theirs}/edit": {"company": "Hijacked", "role": "x"},
        f"/interviews/{theirs}/reschedule": {
            "start": "2030-01-01T10:00",
            "end": "2030-01-01T11:00",
        },
        f"/interviews/{theirs}/cancel": {},
        f"/interviews/{theirs}/timeline": {"timeline": "two weeks"},
        f"/interviews/{theirs}/outcome": {"outcome": "offer"},
        f"/interviews/{theirs}/heard-back": {},
        f"/steps/{step.id}/status": {"status": "done"},
        f"/steps/{step.id}/snooze": {},
    }
    for action, data in posts.items():
        response = client.post(action, data={"csrf_token": token, **data})
        assert response.status_code == 404, action
    after = _interviews(app)[0]
    assert (after.company, after.status, after.outcome, after.revision) == (
        before.company,
        before.status,
        before.outcome,
        before.revision,
    )
    assert _steps(app, theirs)["thank_you"].status == "pending"
    assert "Globex" not in text(client.get("/"))
    assert "Globex" not in text(client.get("/interviews"))


def test_dashboard_highlights_overdue_steps_and_offers_one_click_actions(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    past = _log(app, ana, datetime.now(UTC) - timedelta(days=3), company="Initech")
    future = _log(app, ana, datetime.now(UTC) + timedelta(days=3), company="Hooli")
    steps = _steps(app, past)
    page = text(client.get("/"))
    overdue_ids = re.findall(r'class="step overdue" id="step-(\d+)"', page)
    assert str(steps["thank_you"].id) in overdue_ids
    assert str(_steps(app, future)["thank_you"].id) not in overdue_ids
    assert "overdue</span>" in page

    response = submit(client, "/", f"/steps/{steps['thank_you'].id}/status", {"status": "done"})
    assert response.headers["Location"] == "/"
    assert _steps(app, past)["thank_you"].status == "done"

    old_due = steps["follow_up"].due_at
    submit(client, "/", f"/steps/{steps['follow_up'].id}/snooze")
    snoozed = _steps(app, past)["follow_up"]
    assert snoozed.snoozed
    assert snoozed.due_at > old_due

    submit(client, "/", f"/interviews/{past}/heard-back")
    assert _steps(app, past)["follow_up"].status == "cancelled"
    assert _interviews(app)[0].outcome == "heard_back"
    page = text(client.get("/"))
    assert f"step-{steps['follow_up'].id}" not in page


def test_timeline_moves_the_follow_up_and_says_where(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    start = datetime(2030, 3, 5, 13, 0, tzinfo=UTC)
    interview_id = _log(app, ana, start)
    before = _steps(app, interview_id)["follow_up"].due_at
    page = f"/interviews/{interview_id}"
    response = submit(
        client, page, f"{page}/timeline", {"timeline": "", "timeline_date": "2030-03-29"}
    )
    assert response.status_code == 302
    after = _steps(app, interview_id)["follow_up"].due_at
    assert after > before
    shown = text(client.get(page))
    assert "Follow-up moved from" in shown
    assert "Mon 1 Apr 2030" in shown or after.strftime("%-d %b") in shown

    bad = submit(client, page, f"{page}/timeline", {"timeline_date": "2029-01-01"})
    assert bad.status_code == 422
    assert "is before the interview" in text(bad)
    assert _steps(app, interview_id)["follow_up"].due_at == after


def test_edit_reschedule_outcome_and_cancel(app: Flask, client: FlaskClient, ana: int) -> None:
    interview_id = _log(app, ana, datetime(2030, 3, 5, 13, 0, tzinfo=UTC))
    page = f"/interviews/{interview_id}/edit"
    edit_page = text(client.get(page))
    assert 'value="2030-03-05T14:00"' in edit_page  # shown in the interview's zone
    response = submit(
        client,
        page,
        page,
        {
            "company": "Globex Corp",
            "role": "Staff Engineer",
            "interviewers": "Kim <kim@globex.example>",
        },
    )
    assert response.status_code == 302
    assert _interviews(app)[0].company == "Globex Corp"

    thank_you_before = _steps(app, interview_id)["thank_you"].due_at
    response = submit(
        client,
        page,
        f"/interviews/{interview_id}/reschedule",
        {"start": "2030-03-12T10:00", "end": "2030-03-12T11:00", "timezone": "Europe/Berlin"},
    )
    assert response.status_code == 302
    assert _steps(app, interview_id)["thank_you"].due_at - thank_you_before >= timedelta(days=6)

    bad = submit(
        client,
        page,
        f"/interviews/{interview_id}/reschedule",
        {"start": "2030-03-12T10:00", "end": "2030-03-12T09:00", "timezone": "Europe/Berlin"},
    )
    assert bad.status_code == 422
    assert "must be after the start" in text(bad)
    assert _interviews(app)[0].start_at == datetime(2030, 3, 12, 9, 0, tzinfo=UTC)

    detail = f"/interviews/{interview_id}"
    submit(client, detail, f"{detail}/outcome", {"outcome": "next_round"})
    assert _interviews(app)[0].outcome == "next_round"
    assert submit(client, detail, f"{detail}/outcome", {"outcome": "<b>"}).status_code == 422

    submit(client, detail, f"{detail}/cancel")
    assert _interviews(app)[0].status == "cancelled"
    assert all(s.status != "pending" for s in _steps(app, interview_id).values())


def test_feed_page_shows_a_working_url_links_qr_and_fetch_health(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    with app.app_context():
        db.session.add(
            FeedFetch(
                user_id=ana,
                client="google",
                last_fetched_at=datetime.now(UTC) - timedelta(hours=9, minutes=5),
                fetch_count=3,
            )
        )
        db.session.commit()
    page = text(client.get("/feed"))
    url = re.search(r'id="feed-url" type="text" value="([^"]+)"', page)
    assert url
    assert url[1].startswith("http://afterview.test/feeds/")
    path = url[1].removeprefix("http://afterview.test")
    assert client.get(path).status_code == 200
    # afterview.test is no public https address: Google and Outlook could not fetch it.
    assert "Google Calendar and Outlook cannot subscribe to this address" in page
    assert 'href="webcal://afterview.test/feeds/' in page
    assert "<svg" in page
    assert "last fetched this feed 9 hours ago" in page
    assert "Apple Calendar</span>" in page or "has not fetched this feed" in page

    response = submit(client, "/feed", "/feed/rotate")
    assert response.status_code == 302
    assert client.get(path).status_code == 404
    new = re.search(r'id="feed-url" type="text" value="([^"]+)"', text(client.get("/feed")))
    assert new
    assert new[1] != url[1]
    assert client.get(new[1].removeprefix("http://afterview.test")).status_code == 200


SETTINGS = {
    "display_name": "Ana",
    "timezone": "America/Chicago",
    "hours_start": "08:30",
    "hours_end": "17:00",
    "day_mon": "on",
    "day_tue": "on",
    "day_thu": "on",
    "follow_up_days": "10",
    "reminder_emails": "on",
    "feed_interviews": "none",
}


def test_settings_save_all_or_nothing(app: Flask, client: FlaskClient, ana: int) -> None:
    assert submit(client, "/settings", "/settings", SETTINGS).status_code == 302
    with app.app_context():
        user = db.session.get(User, ana)
        assert user is not None
        assert user.timezone == "America/Chicago"
        assert user.working_hours == "08:30-17:00 mon,tue,thu"
        assert (user.follow_up_days, user.reminder_emails, user.feed_interviews) == (
            10,
            True,
            "none",
        )
    for bad, message in [
        ({"timezone": "Nowhere/Land"}, "is not a city, country or time zone we know"),
        ({"follow_up_days": "99"}, "between 1 and 60"),
        ({"feed_interviews": "some"}, "That choice is not one Afterview offers here"),
        ({"follow_up_days": "soon"}, "whole number"),
        ({"hours_start": "18:00"}, "must be later than “From” (18:00)"),
    ]:
        response = submit(
            client, "/settings", "/settings", {**SETTINGS, "display_name": "Zed", **bad}
        )
        assert response.status_code == 422
        assert message in text(response)
        with app.app_context():
            user = db.session.get(User, ana)
            assert user is not None
            assert (user.display_name, user.follow_up_days) == ("Ana", 10)


def test_inbound_address_and_allowed_senders(app: Flask, client: FlaskClient, ana: int) -> None:
    page = text(client.get("/settings"))
    address = re.search(r'id="inbound-address" type="text" value="([^"]+)"', page)
    assert address
    assert address[1].startswith("interviews+")
    assert address[1].endswith("@localhost")
    response = submit(
        client, "/settings", "/settings/senders", {"senders": "Me@Example.com\nwork@corp.example"}
    )
    assert response.status_code == 302
    page = text(client.get("/settings"))
    assert "me@example.com\nwork@corp.example" in page
    assert "A confirmation mail went to me@example.com, work@corp.example" in page
    assert "waiting for its confirmation link" in page
    with app.app_context():
        mailed = sorted(
            db.session.scalars(
                sa.select(OutboxMessage.to_address).where(
                    OutboxMessage.dedupe_key.startswith("sender-confirm:")
                )
            )
        )
    assert mailed == ["me@example.com", "work@corp.example"]
    bad = submit(
        client, "/settings", "/settings/senders", {"senders": "me@example.com\nnot-an-address"}
    )
    assert bad.status_code == 422
    with app.app_context():
        user = db.session.get(User, ana)
        assert user is not None
        assert sorted(s.email for s in user.allowed_senders) == [
            "me@example.com",
            "work@corp.example",
        ]
    submit(client, "/settings", "/settings/inbound/rotate")
    assert address[1] not in text(client.get("/settings"))


def test_only_administrators_manage_accounts(app: Flask, client: FlaskClient, ana: int) -> None:
    assert client.get("/users").status_code == 403
    token = csrf_from(client, "/")
    refused = client.post(
        "/users", data={"csrf_token": token, "email": "x@example.com", "password": "p" * 10}
    )
    assert refused.status_code == 403
    with app.app_context():
        user = db.session.get(User, ana)
        assert user is not None
        user.is_admin = True
        db.session.commit()
    created = submit(
        client,
        "/users",
        "/users",
        {
            "email": "cy@example.com",
            "display_name": "Cy",
            "timezone": "Asia/Tokyo",
            "password": "a fine password",
        },
    )
    assert created.status_code == 302
    cy = app.test_client()
    sign_in(cy, "cy@example.com", "a fine password")
    assert cy.get("/users").status_code == 403
    duplicate = submit(
        client,
        "/users",
        "/users",
        {"email": "cy@example.com", "timezone": "UTC", "password": "x" * 10},
    )
    assert duplicate.status_code == 422
    assert "already exists" in text(duplicate)
    with app.app_context():
        cy_user = accounts.find_user_by_email(db.session(), "cy@example.com")
        assert cy_user is not None
        cy_id = cy_user.id
    submit(client, "/users", f"/users/{cy_id}/active", {"active": "0"})
    assert cy.get("/").status_code == 302
    myself = submit(client, "/users", f"/users/{ana}/active", {"active": "0"})
    assert myself.status_code == 422
    assert client.get("/").status_code == 200


def test_reminder_mail_that_failed_for_good_is_shown_and_can_be_sent_again(
    app: Flask, client: FlaskClient, ana: int
) -> None:
    from service import outbox
    from service.outbox.models import OutboxMessage

    with app.app_context():
        row = outbox.enqueue(
            db.session(),
            user_id=ana,
            to="ana@example.com",
            subject=f"Thank-you note due {HOSTILE}",
            text="body",
            html="",
            dedupe_key="test-failed-1",
            now=datetime.now(UTC),
        )
        assert row is not None
        row.status = "failed"
        row.last_error = "550 mailbox unavailable"
        db.session.commit()
        mail_id = row.id
    page = text(client.get("/"))
    assert "Reminder mail that could not be sent" in page
    assert "550 mailbox unavailable" in page
    assert "<script>alert" not in page
    response = submit(client, "/", f"/mail/{mail_id}/retry", {"back": "/"})
    assert response.status_code == 302
    with app.app_context():
        again = db.session.get(OutboxMessage, mail_id)
        assert again is not None
        assert again.status == "queued"
    assert "Reminder mail that could not be sent" not in text(client.get("/"))
    other = make_user(app, "bo@example.com")
    assert other
    bo = app.test_client()
    sign_in(bo, "bo@example.com")
    assert submit(bo, "/", f"/mail/{mail_id}/retry").status_code == 404


def test_mail_templates_render_outside_a_request(app: Flask) -> None:
    """Jobs render mail with no request; the admin layout's context must not need one."""
    from flask import render_template_string

    with app.app_context():
        assert render_template_string("{{ 1 + 1 }}") == "2"
