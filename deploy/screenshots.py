"""Write PNG screenshots of the main admin pages to deploy/screenshots/ (`make screenshots`).

Starts the real app on a throwaway SQLite database filled with demo interviews, drives
Debian's Chromium through Playwright, and never touches instance/.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask import current_app  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from service import accounts, create_app, interviews  # noqa: E402
from service.accounts.models import User  # noqa: E402
from service.interviews.models import FeedFetch  # noqa: E402
from service.platform.db import db  # noqa: E402
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
            }
        )
        with app.app_context():
            upgrade()
            ids = fill(datetime.now(UTC))
            assert db.session.get(User, 1) is not None
        with serving(app, port) as base, chromium() as browser:
            shots = [
                ("dashboard", "/", "light", (1280, 860)),
                ("interview", f"/interviews/{ids['Acme Robotics']}", "light", (1280, 1000)),
                ("interviews", "/interviews", "light", (1280, 820)),
                ("new-interview", "/interviews/new", "light", (1280, 900)),
                ("feed", "/feed", "light", (1280, 900)),
                ("settings", "/settings", "light", (1280, 1100)),
                ("accounts", "/users", "light", (1280, 760)),
                ("account", "/account", "light", (1280, 960)),
                ("dashboard-dark", "/", "dark", (1280, 860)),
                ("dashboard-phone", "/", "light", (390, 844)),
            ]
            for name, path, scheme, (width, height) in shots:
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    color_scheme=scheme,
                    device_scale_factor=1,
                )
                page = context.new_page()
                page.goto(f"{base}/login")
                page.screenshot(path=str(OUT / "sign-in.png")) if name == "dashboard" else None
                page.get_by_label("Email").fill(EMAIL)
                page.get_by_label("Password").fill(PASSWORD)
                page.get_by_role("button", name="Sign in").click()
                page.wait_for_url(f"{base}/")
                page.goto(f"{base}{path}")
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=name != "dashboard-phone")
                context.close()
                print(f"wrote {OUT / name}.png")
        with app.app_context():
            db.engine.dispose()


if __name__ == "__main__":
    main()
