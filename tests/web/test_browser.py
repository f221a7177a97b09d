"""The admin pages in a real Chromium against a real server: the journey a user takes."""

from __future__ import annotations

import shutil
from typing import Any

import icalendar
import pytest
from flask import Flask

from service.accounts.models import User
from service.platform.db import db
from tests.helpers import PASSWORD, make_user
from tests.web.live import CHROMIUM, page_width_overflow

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Debian's chromium is not installed"),
]

HOSTILE = '<img src=x onerror="window.__xss=1">'


def _watch(page: Any) -> list[str]:
    """Collect anything that would mean a page misbehaved: dialogs, CSP or script errors."""
    problems: list[str] = []
    page.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: (
            problems.append(f"console: {message.text}") if message.type == "error" else None
        ),
    )
    return problems


def _sign_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/")
    assert "/login" in page.url
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


def test_log_an_interview_mark_the_thank_you_done_and_see_it_in_the_feed(
    live: tuple[Flask, str], browser: Any
) -> None:
    app, base = live
    make_user(app, "ana@example.com", "Europe/Berlin")
    page = browser.new_page()
    problems = _watch(page)
    _sign_in(page, base, "ana@example.com")

    page.get_by_role("link", name="Log an interview").first.click()
    assert page.get_by_label("Time zone of these times").input_value() == "Europe/Berlin"
    page.get_by_label("Company").fill(f"Acme {HOSTILE}")
    page.get_by_label("Role").fill("Backend Engineer")
    page.get_by_label("Starts").fill("2030-03-05T14:00")
    page.get_by_label("Ends").fill("2030-03-05T15:00")
    page.get_by_label("Interviewers").fill("Dana Reyes <dana@acme.example>")
    page.get_by_role("button", name="Log interview").click()
    page.wait_for_url(f"{base}/interviews/*")

    steps = page.locator("#steps li.step")
    assert steps.count() == 3
    assert [steps.nth(i).get_attribute("data-kind") for i in range(3)] == [
        "ask_next_steps",
        "thank_you",
        "follow_up",
    ]
    assert page.get_by_role("heading", level=1).inner_text().startswith(f"Acme {HOSTILE}")
    thank_you = page.locator('#steps li[data-kind="thank_you"]')
    thank_you.get_by_role("button", name="Done").click()
    page.wait_for_load_state()
    assert page.locator('#steps li[data-kind="thank_you"]').get_attribute("data-status") == "done"

    page.get_by_role("link", name="Feed", exact=True).click()
    feed_url = page.locator("#feed-url").input_value()
    assert feed_url.startswith(f"{base}/feeds/")
    assert page.locator(".qr svg").count() == 1
    response = page.request.get(feed_url)
    assert response.status == 200
    calendar = icalendar.Calendar.from_ical(response.body())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    thank_you_events = [s for s in summaries if "Thank-you note" in s]
    assert len(thank_you_events) == 1
    assert thank_you_events[0].startswith("Done: Thank-you note")
    assert any(s.startswith("Follow up") for s in summaries)
    page.reload()
    assert "has not fetched this feed" in page.locator('[data-client="other"]').inner_text() or (
        "just now" in page.locator('[data-client="other"]').inner_text()
    )

    assert page.evaluate("window.__xss") is None
    assert problems == []


def test_a_second_user_cannot_reach_the_first_users_pages(
    live: tuple[Flask, str], browser: Any
) -> None:
    app, base = live
    make_user(app, "ana@example.com")
    make_user(app, "bo@example.com")
    ana = browser.new_context().new_page()
    _sign_in(ana, base, "ana@example.com")
    ana.goto(f"{base}/interviews/new")
    ana.get_by_label("Company").fill("Secret Corp")
    ana.get_by_label("Role").fill("Engineer")
    ana.get_by_label("Starts").fill("2030-03-05T14:00")
    ana.get_by_label("Ends").fill("2030-03-05T15:00")
    ana.get_by_role("button", name="Log interview").click()
    ana.wait_for_url(f"{base}/interviews/*")
    interview_url = ana.url
    edit_url = f"{interview_url}/edit"

    bo = browser.new_context().new_page()
    _sign_in(bo, base, "bo@example.com")
    for url in (interview_url, edit_url):
        response = bo.goto(url)
        assert response is not None
        assert response.status == 404
        assert "Secret Corp" not in bo.content()
    bo.goto(f"{base}/interviews")
    assert "Secret Corp" not in bo.content()
    bo.goto(f"{base}/")
    assert "Secret Corp" not in bo.content()


def test_the_pages_work_from_the_keyboard(live: tuple[Flask, str], browser: Any) -> None:
    app, base = live
    make_user(app)
    page = browser.new_page()
    page.goto(f"{base}/login")
    # The email field has focus on arrival; Tab, type, Enter is enough to sign in.
    page.wait_for_function("document.activeElement && document.activeElement.name === 'email'")
    page.keyboard.type("ana@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_a_new_user_gets_their_browsers_zone_and_picks_another_by_city(
    live: tuple[Flask, str], browser: Any, size: tuple[int, int]
) -> None:
    app, base = live
    make_user(app, "ana@example.com", None)
    width, height = size
    context = browser.new_context(
        timezone_id="America/Los_Angeles",
        viewport={"width": width, "height": height},
        color_scheme="dark",
    )
    page = context.new_page()
    problems = _watch(page)
    _sign_in(page, base, "ana@example.com")
    assert "Times are shown in America/Los_Angeles" in page.locator("body").inner_text()

    page.goto(f"{base}/settings")
    field = page.get_by_label("Your time zone")
    assert field.input_value() == "America/Los_Angeles"
    option = page.locator('#zones option[value="Asia/Kolkata"]')
    assert option.get_attribute("label") == "Kolkata, India · UTC+05:30"
    field.fill("Springfield")
    page.get_by_role("button", name="Save settings").click()
    error = page.locator("#timezone-error").inner_text()
    assert "America/Chicago (Springfield, Missouri, United States)" in error
    page.get_by_label("Your time zone").fill("Portland, OR")
    page.get_by_role("button", name="Save settings").click()
    page.wait_for_load_state()
    page.goto(f"{base}/settings")
    assert page.get_by_label("Your time zone").input_value() == "America/Los_Angeles"

    page.goto(f"{base}/feed")
    note = page.locator("#feed-unreachable")
    assert "Google Calendar and Outlook cannot subscribe" in note.inner_text()
    assert page.get_by_role("link", name="Download .ics").is_visible()
    assert page.get_by_role("link", name="Apple Calendar").is_visible()
    assert page.get_by_role("link", name="Google Calendar").count() == 0
    # The refused "Springfield" answered 422 on purpose; Chromium logs any 4xx page load.
    assert [p for p in problems if "status of 422" not in p] == []
    context.close()


@pytest.mark.parametrize("width", [390, 320, 1280])
def test_every_navigation_item_is_on_screen_at_any_width(
    live: tuple[Flask, str], browser: Any, width: int
) -> None:
    app, base = live
    make_user(app, "ana@example.com", "Europe/Berlin")
    with app.app_context():
        user = db.session.query(User).one()
        user.is_admin = True  # the longest menu
        db.session.commit()
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    _sign_in(page, base, "ana@example.com")
    links = page.locator("nav.mainnav a")
    assert links.count() >= 6
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box is not None
        label = links.nth(index).inner_text()
        assert box["x"] >= 0, (label, box)
        assert box["x"] + box["width"] <= width, (label, box)
    assert page_width_overflow(page) <= 0
    context.close()
