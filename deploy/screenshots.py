"""Write PNG screenshots of every admin page and the three mails to deploy/screenshots/.

`make screenshots`: starts the real app on a throwaway SQLite database filled with demo
interviews and forwarded mail (read by the real reader), drives Debian's Chromium
through Playwright, and never touches instance/. The mails are the ones the app queued
(a reminder, a confirmation, a review-queue mail), their HTML rendered as a page.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from flask import Flask, current_app  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from service import accounts, create_app, interviews  # noqa: E402
from service.accounts import addresses  # noqa: E402
from service.accounts.models import User  # noqa: E402
from service.inbound.models import InboundMessage  # noqa: E402
from service.inbound.reader import read_pending  # noqa: E402
from service.interviews.models import FeedFetch  # noqa: E402
from service.interviews.reminders import enqueue_due_reminders  # noqa: E402
from service.outbox import maillinks  # noqa: E402
from service.outbox.models import OutboxMessage  # noqa: E402
from service.platform.config import settings_of  # noqa: E402
from service.platform.db import db  # noqa: E402
from service.scheduler import reminder_policy  # noqa: E402
from tests.inbound.kit import raw_headers  # noqa: E402
from tests.web.live import chromium, free_port, serving  # noqa: E402

OUT = ROOT / "deploy" / "screenshots"
EMAIL = "demo@example.com"
PASSWORD = "afterview-demo"  # noqa: S105 - a throwaway database


def _person(name: str, email: str) -> interviews.Person:
    return interviews.Person(name=name, email=email)


def fill(now: datetime) -> dict[str, int]:
    """Create the demo accounts and a believable week of interviews; return page ids."""
    session = db.session()
    key = str(current_app.config["SECRET_KEY"])
    user = accounts.create_user(
        session,
        email=EMAIL,
        password=PASSWORD,
        now=now - timedelta(days=20),
        server_key=key,
        timezone="Europe/Berlin",
        display_name="Alex Morgan",
        is_admin=True,
    )
    for email, name in (("sam@example.com", "Sam Lee"), ("old@example.com", "")):
        other = accounts.create_user(
            session, email=email, password=PASSWORD, now=now, server_key=key, display_name=name
        )
        other.is_active = email != "old@example.com"
    session.flush()
    hour = now.replace(minute=0, second=0, microsecond=0)
    plans = [
        (
            "Acme Robotics",
            "Senior Backend Engineer",
            hour - timedelta(days=2, hours=4),
            (_person("Dana Reyes", "dana@acme.example"), _person("Lee Park", "lee@acme.example")),
        ),
        ("Globex", "Platform Engineer", hour - timedelta(days=9), (_person("Sam Okafor", ""),)),
        (
            "Initech",
            "Staff Engineer",
            hour + timedelta(days=1, hours=2),
            (_person("Priya Nair", "priya@initech.example"),),
        ),
        (
            "Hooli",
            "Site Reliability Engineer",
            hour + timedelta(days=6),
            (_person("Gavin B.", ""),),
        ),
        ("Umbrella Health", "Data Engineer", hour - timedelta(days=15), ()),
    ]
    ids: dict[str, int] = {}
    for company, role, start, people in plans:
        created = interviews.create_interview(
            session,
            user,
            interviews.InterviewInput(
                company=company,
                role=role,
                start=start,
                end=start + timedelta(minutes=45),
                timezone="Europe/Berlin",
                location="Video call" if company != "Hooli" else "Hooli HQ, Palo Alto",
                meeting_url="https://meet.example/abc-defg-hij" if company != "Hooli" else "",
                interviewers=people,
            ),
            now - timedelta(days=20),
        )
        ids[company] = created.id
        session.flush()
    acme = interviews.get_interview(session, user, ids["Acme Robotics"])
    interviews.record_timeline(session, acme, "We will decide within two weeks", now)
    globex = interviews.get_interview(session, user, ids["Globex"])
    for step in globex.steps:
        if step.kind in ("ask_next_steps", "thank_you"):
            interviews.set_step_status(step, "done", now)
    umbrella = interviews.get_interview(session, user, ids["Umbrella Health"])
    interviews.record_outcome(session, umbrella, "offer", now)
    for step in umbrella.steps:
        if step.status == "pending":
            interviews.set_step_status(step, "done", now)
    session.add_all(
        [
            FeedFetch(
                user_id=user.id,
                client="google",
                last_fetched_at=now - timedelta(hours=9),
                fetch_count=41,
            ),
            FeedFetch(
                user_id=user.id,
                client="apple",
                last_fetched_at=now - timedelta(minutes=25),
                fetch_count=380,
            ),
        ]
    )
    accounts.set_allowed_senders(session, user, ["alex.morgan@example.com"])
    db.session.commit()
    return ids


def _invitation(start: datetime, sequence: int, subject: str) -> bytes:
    """A forwarded calendar invitation from a made-up employer, New York time."""
    local = start.astimezone(ZoneInfo("America/New_York"))
    stamp = "%Y%m%dT%H%M%S"
    return f"""From: Alex Morgan <alex.morgan@example.com>
To: Northwind Recruiting <talent@northwind.example>
Subject: Fwd: {subject}
Date: {start:%a, %d %b %Y %H:%M:%S} +0000
Message-ID: <demo-{sequence}@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset="utf-8"

---------- Forwarded message ---------
From: Jordan Blake <jordan.blake@northwind.example>
Subject: {subject}

Hi Alex, here is the calendar invitation for your interview with the design team.
Jordan

--alt
Content-Type: text/calendar; charset="utf-8"; method=REQUEST

BEGIN:VCALENDAR
PRODID:-//Northwind//Hiring//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:northwind-design-20@northwind.example
SEQUENCE:{sequence}
DTSTAMP:{datetime.now(UTC):%Y%m%dT%H%M%SZ}
DTSTART;TZID=America/New_York:{local:{stamp}}
DTEND;TZID=America/New_York:{local + timedelta(hours=1):{stamp}}
SUMMARY:Northwind - Senior Product Designer interview
ORGANIZER;CN=Jordan Blake:mailto:jordan.blake@northwind.example
ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@example.com
ATTENDEE;CN=Riley Chen;ROLE=REQ-PARTICIPANT:mailto:riley.chen@northwind.example
ATTENDEE;CN=Sam Ortiz;ROLE=REQ-PARTICIPANT:mailto:sam.ortiz@northwind.example
LOCATION:https://video.northwind.example/design-20
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
--alt--
""".replace("\n", "\r\n").encode()


UNDATED = b"""From: Alex Morgan <alex.morgan@example.com>
To: Bluebird Labs <people@bluebird.example>
Subject: Fwd: Next conversation with Bluebird Labs
Date: Mon, 30 Nov 2026 10:00:00 +0000
Message-ID: <demo-undated@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

---------- Forwarded message ---------
From: Casey Hart <casey@bluebird.example>
Subject: Next conversation with Bluebird Labs

Hi Alex, it was good to speak on the phone. We would love you to meet the team for a
technical conversation. Could you let me know which days suit you next week?

Casey Hart, People team, Bluebird Labs
""".replace(b"\n", b"\r\n")


def forward_mail(app: Flask, now: datetime) -> None:
    """Forward three mails through the raw hook and let the real reader read them."""
    client = app.test_client()
    user = db.session.get(User, 1)
    assert user is not None
    to = addresses.inbound_address(user, settings_of(app), str(app.config["SECRET_KEY"]))
    day = (now + timedelta(days=11)).astimezone(ZoneInfo("America/New_York"))
    first = day.replace(hour=14, minute=0, second=0, microsecond=0)
    mails = [
        _invitation(first, 0, "Invitation: Northwind - Senior Product Designer interview"),
        _invitation(
            first + timedelta(days=3, hours=-3),
            1,
            "Updated invitation: Northwind - Senior Product Designer interview",
        ),
        UNDATED,
    ]
    for raw in mails:
        response = client.post(
            "/hooks/email/raw",
            query_string={"to": to},
            data=raw,
            headers=raw_headers(raw, to, key=HOOK),
        )
        assert response.status_code == 200, response.get_data(as_text=True)
        read_pending(app)


def queue_reminders(now: datetime) -> None:
    """Queue the reminder mails due now, as the scheduler does."""

    def render(name: str, values: object) -> str:
        return current_app.jinja_env.get_template(name).render(**values)  # type: ignore[arg-type]

    enqueue_due_reminders(db.session(), now, reminder_policy(current_app), render)
    db.session.commit()


def mail_pages(base: str) -> dict[str, str]:
    """The HTML of a reminder, a confirmation and a review-queue mail, links signed."""
    key = str(current_app.config["SECRET_KEY"])
    rows = list(db.session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)))
    waiting = {
        f"inbound:{m.id}:"
        for m in db.session.scalars(sa.select(InboundMessage))
        if m.action == "review"
    }
    found: dict[str, str] = {}
    for row in rows:
        if row.step_id is not None:
            name = "mail-reminder"
        elif any(row.dedupe_key.startswith(prefix) for prefix in waiting):
            name = "mail-review"
        elif row.dedupe_key.startswith("inbound:"):
            name = "mail-confirmation"
        else:
            continue
        if row.html_body:
            found.setdefault(name, maillinks.expand(row.html_body, key, base))
    return found


HOOK = "screenshots-hook-secret"
# name, path, scheme, viewport, full page
PAGES = [
    ("dashboard", "/", "light", (1280, 900), True),
    ("dashboard-dark", "/", "dark", (1280, 900), True),
    ("dashboard-phone", "/", "light", (390, 844), False),
    ("dashboard-phone-dark", "/", "dark", (390, 844), True),
    ("interviews", "/interviews", "light", (1280, 820), True),
    ("interview", "/interviews/{acme}", "light", (1280, 1000), True),
    ("interview-dark", "/interviews/{acme}", "dark", (1280, 1000), True),
    ("interview-phone", "/interviews/{acme}", "light", (390, 844), True),
    ("new-interview", "/interviews/new", "light", (1280, 900), True),
    ("inbound", "/inbound", "light", (1280, 700), True),
    ("inbound-phone", "/inbound", "light", (390, 844), True),
    ("inbound-message", "/inbound/{moved}", "light", (1280, 900), True),
    ("inbound-review", "/inbound/{undated}", "light", (1280, 900), True),
    ("inbound-message-dark", "/inbound/{moved}", "dark", (1280, 900), True),
    ("feed", "/feed", "light", (1280, 900), True),
    ("settings", "/settings", "light", (1280, 1100), True),
    ("settings-phone-dark", "/settings", "dark", (390, 844), True),
    ("account", "/account", "light", (1280, 960), True),
    ("accounts", "/users", "light", (1280, 760), True),
]


def _edit_with_errors(page: object, base: str, interview_id: int) -> None:
    """Open the edit form and submit a move with an end before the start and a vague zone."""
    page.goto(f"{base}/interviews/{interview_id}/edit")  # type: ignore[attr-defined]
    page.get_by_label("Starts").fill("2026-12-14T15:00")  # type: ignore[attr-defined]
    page.get_by_label("Ends").fill("2026-12-14T14:00")  # type: ignore[attr-defined]
    page.get_by_label("Time zone of these times").fill("Springfield")  # type: ignore[attr-defined]
    page.get_by_role("button", name="Move interview").click()  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        app = create_app(
            {
                "database_url": f"sqlite:///{folder}/demo.db",
                "instance_path": folder,
                "secret_key": "screenshots-only",
                "base_url": f"http://127.0.0.1:{port}",
                "inbound_domain": "in.afterview.example",
                "hook_secret": HOOK,
            }
        )
        now = datetime.now(UTC)
        with app.app_context():
            upgrade()
            ids = fill(now)
            assert db.session.get(User, 1) is not None
            forward_mail(app, now)
            queue_reminders(now)
            messages = {m.action: m.id for m in db.session.scalars(sa.select(InboundMessage))}
            ids["moved"] = messages["rescheduled"]
            ids["undated"] = messages["review"]
        with serving(app, port) as base, chromium() as browser:
            with app.app_context():
                mails = mail_pages(base)
            signed_in = browser.new_context()
            page = signed_in.new_page()
            page.goto(f"{base}/login")
            page.get_by_label("Email").fill(EMAIL)
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url(f"{base}/")
            state = signed_in.storage_state()
            signed_in.close()
            fields = {
                "acme": ids["Acme Robotics"],
                "moved": ids["moved"],
                "undated": ids["undated"],
            }

            def shoot(
                name: str, scheme: str, size: tuple[int, int], full: bool, **kw: object
            ) -> object:
                context = browser.new_context(
                    viewport={"width": size[0], "height": size[1]},
                    color_scheme=scheme,
                    device_scale_factor=1,
                    **kw,
                )
                return context

            for name, path, scheme, size, full in PAGES:
                context = shoot(name, scheme, size, full, storage_state=state)
                page = context.new_page()  # type: ignore[attr-defined]
                page.goto(f"{base}{path.format(**fields)}")
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)
                context.close()  # type: ignore[attr-defined]
                print(f"wrote {OUT / name}.png")
            for name, scheme, size in (
                ("edit-error", "light", (1280, 1000)),
                ("edit-error-phone", "light", (390, 844)),
            ):
                context = shoot(name, scheme, size, True, storage_state=state)
                page = context.new_page()  # type: ignore[attr-defined]
                _edit_with_errors(page, base, ids["Initech"])
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
                context.close()  # type: ignore[attr-defined]
                print(f"wrote {OUT / name}.png")
            for name, scheme, size in (
                ("sign-in", "light", (1280, 760)),
                ("sign-in-phone-dark", "dark", (390, 844)),
            ):
                context = shoot(name, scheme, size, False)
                page = context.new_page()  # type: ignore[attr-defined]
                page.goto(f"{base}/login")
                page.screenshot(path=str(OUT / f"{name}.png"))
                context.close()  # type: ignore[attr-defined]
                print(f"wrote {OUT / name}.png")
            for name, html in sorted(mails.items()):
                context = shoot(name, "light", (720, 240), True)
                page = context.new_page()  # type: ignore[attr-defined]
                page.set_content(html)
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
                context.close()  # type: ignore[attr-defined]
                print(f"wrote {OUT / name}.png")
            missing = {"mail-reminder", "mail-confirmation", "mail-review"} - set(mails)
            if missing:
                raise SystemExit(f"no mail queued for {sorted(missing)}")
        with app.app_context():
            db.engine.dispose()


if __name__ == "__main__":
    main()
