"""The interview page's timeline picture: marks in time order, "now" among them, states a
person can tell apart, and nothing from the interview's text that can break out of the SVG."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from typing import Any
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from hypothesis import given, settings
from hypothesis import strategies as st

from service.web.admin.picture import Mark, timeline_svg
from tests.helpers import make_token, make_user
from tests.web.live import CHROMIUM
from tests.web.test_browser import _sign_in

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"


def _marks(svg: str) -> list[tuple[str, str]]:
    root = ElementTree.fromstring(svg)
    found = []
    for group in root.iter(f"{SVG}g"):
        texts = [t.text or "" for t in group.iter(f"{SVG}text")]
        found.append((group.get("data-state") or "", texts[0]))
    return found


def test_marks_are_in_time_order_with_now_between_the_past_and_the_future() -> None:
    interview = NOW - timedelta(days=1)
    svg = timeline_svg(
        [
            Mark("Follow-up", NOW + timedelta(days=6), "pending"),
            Mark("Interview", interview, "interview"),
            Mark("Thank-you", interview + timedelta(hours=2), "done"),
            Mark("Ask", interview + timedelta(minutes=50), "skipped"),
        ],
        NOW,
        BERLIN,
    )
    assert _marks(svg) == [
        ("interview", "Interview"),
        ("skipped", "Ask"),
        ("done", "Thank-you"),
        ("now", "now"),
        ("pending", "Follow-up"),
    ]
    title = ElementTree.fromstring(svg).find(f"{SVG}title")
    assert title is not None
    assert "Follow-up: Wed 9 Dec (pending)" in (title.text or "")


def test_dates_drop_the_year_this_year_and_say_today() -> None:
    svg = timeline_svg(
        [
            Mark("Interview", NOW + timedelta(hours=3), "interview"),
            Mark("Follow-up", datetime(2027, 1, 12, 9, tzinfo=UTC), "pending"),
        ],
        NOW,
        BERLIN,
    )
    assert "today 14:00" in svg
    assert "Tue 12 Jan 2027" in svg


@settings(max_examples=60, deadline=None)
@given(
    label=st.text(max_size=40),
    offsets=st.lists(st.integers(min_value=-90 * 24, max_value=90 * 24), min_size=1, max_size=4),
)
def test_any_label_and_any_times_give_well_formed_svg_with_every_mark(
    label: str, offsets: list[int]
) -> None:
    label = "".join(c for c in label if c.isprintable())
    marks = [Mark(label, NOW + timedelta(hours=h), "pending") for h in offsets]
    svg = str(timeline_svg(marks, NOW, BERLIN))
    drawn = _marks(svg)  # parses: no label can break the markup
    assert len(drawn) == len(marks) + 1
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert xs == sorted(xs)
    assert "<script" not in svg.lower()


@pytest.mark.browser
@pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Debian's chromium is not installed")
@pytest.mark.parametrize(
    ("width", "scheme"), [(1280, "light"), (390, "dark")], ids=["desktop", "dark-phone"]
)
def test_the_interview_page_draws_its_timeline_to_fit_the_screen_and_theme(
    live: tuple[Flask, str], browser: Any, width: int, scheme: str
) -> None:
    app, base = live
    user_id = make_user(app, "ana@example.com", "Europe/Berlin")
    token = make_token(app, user_id)
    start = (datetime.now(UTC) - timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    created = app.test_client().post(
        "/api/v1/interviews",
        json={
            "company": "Northwind",
            "role": "Designer",
            "start": start.isoformat(),
            "end": (start + timedelta(hours=1)).isoformat(),
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    assert created.status_code == 201, created.get_data(as_text=True)
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    _sign_in(page, base, "ana@example.com")
    page.goto(f"{base}/interviews/{created.get_json()['id']}")
    picture = page.locator("svg.timeline-picture")
    assert picture.is_visible()
    states = picture.locator("g.mark").evaluate_all("gs => gs.map(g => g.dataset.state)")
    assert states[0] == "interview"
    assert "now" in states
    box = picture.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= width + 1  # no sideways scrolling on a phone
    text_colour = picture.locator("text.name").first.evaluate("t => getComputedStyle(t).fill")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert text_colour != background
    dark_text = text_colour in ("rgb(230, 233, 238)",)
    assert dark_text == (scheme == "dark")
    context.close()
