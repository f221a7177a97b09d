"""Wording one's drafts in a real Chromium, and finding one draft per interviewer after."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from flask import Flask

from service.parsing.model import Person
from tests.helpers import PASSWORD, make_user
from tests.test_reminders import log_interview
from tests.web.live import CHROMIUM, page_width_overflow

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Debian's chromium is not installed"),
]


@pytest.mark.parametrize(
    ("size", "scheme"), [((1280, 800), "light"), ((390, 844), "dark")], ids=["desktop", "phone"]
)
def test_word_the_thank_you_then_send_one_per_interviewer(
    live: tuple[Flask, str], browser: Any, size: tuple[int, int], scheme: str
) -> None:
    app, base = live
    user_id = make_user(app)
    interview_id = log_interview(
        app,
        user_id,
        people=(
            Person(name="Dana Reyes", email="dana@acme.example"),
            Person(name="Lee Park", email="lee@acme.example"),
        ),
    )
    context = browser.new_context(
        viewport={"width": size[0], "height": size[1]}, color_scheme=scheme
    )
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    # A refused form answers 422 on purpose; Chromium logs that, and nothing else may be.
    page.on(
        "console",
        lambda m: problems.append(m.text) if m.type == "error" and "422" not in m.text else None,
    )
    page.goto(f"{base}/settings")
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/settings")
    page.get_by_role("link", name="Word your drafts").click()
    thank_you = page.locator("section#thank_you")
    body = thank_you.get_by_label("Text")
    body.fill("Hi {firstname},\n\nThanks!\n{my_first_name}")
    thank_you.get_by_role("button", name="Preview").click()
    error = page.locator("#thank_you-body-error")
    assert "unknown placeholder {firstname}" in error.inner_text()
    assert page.locator("#thank_you-body").get_attribute("aria-invalid") == "true"
    page.locator("#thank_you-body").fill("Hi {first_name},\n\nThanks!\n{my_first_name}")
    page.locator("section#thank_you").get_by_role("button", name="Preview").click()
    preview = page.locator('[data-preview="thank_you"]').inner_text()
    assert preview == "Hi Ana,\n\nThanks!\nAna"  # the example interview is with Ana Ruiz
    page.locator("section#thank_you").get_by_role("button", name="Save").click()
    assert "New drafts use your wording" in page.locator(".flash").first.inner_text()
    # Nothing on the page is wider than the screen, phone included.
    assert page_width_overflow(page) <= 0
    page.goto(f"{base}/interviews/{interview_id}")
    buttons = page.get_by_role("link", name="Draft to")
    assert buttons.count() == 2
    hrefs = [buttons.nth(i).get_attribute("href") for i in range(2)]
    assert hrefs[0].startswith("mailto:dana@acme.example?subject=")
    assert hrefs[1].startswith("mailto:lee@acme.example?subject=")
    page.get_by_text("Read the draft to Lee Park").click()
    assert "Hi Lee,\n\nThanks!\nAna" in page.locator("pre.draft-body").nth(1).inner_text()
    assert page_width_overflow(page) <= 0
    assert problems == []
    context.close()
