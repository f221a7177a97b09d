"""The inbound pages say what a forwarded mail did, in words, after the real hook and reader."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from service.inbound.summary import understood
from tests.helpers import make_user
from tests.inbound import kit
from tests.web.forms import sign_in, text

YEAR = "" if datetime.now(UTC).year == 2026 else " 2026"  # the fixtures are April 2026


def _visible(page: str) -> str:
    """The page's text with tags removed and entities decoded, one space between words."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _main(page: str) -> str:
    return _visible(page.split("<main", 1)[1].split("</main>", 1)[0])


def test_a_created_and_a_moved_interview_are_told_in_both_zones(
    app: Flask, client: FlaskClient
) -> None:
    to = kit.inbound_address(app, make_user(app, timezone="America/New_York"))
    sign_in(client)
    created = kit.deliver(app, client, "invite.eml", to)
    moved = kit.deliver(app, client, "reschedule.eml", to)

    listing = _main(text(client.get("/inbound")))
    said_created = (
        f"Created: Fernwood Analytics — Data Engineer, Tue 14 Apr{YEAR} 15:00 (your time 09:00)"
        f" (since moved to Thu 16 Apr{YEAR} 11:00)"
    )
    assert said_created in listing
    said_moved = (
        f"Moved from Tue 14 Apr{YEAR} 15:00 to Thu 16 Apr{YEAR} 11:00 (your time 05:00): "
        "Fernwood Analytics — Data Engineer"
    )
    assert said_moved in listing
    assert said_created in _main(text(client.get(f"/inbound/{created.id}")))

    page = text(client.get(f"/inbound/{moved.id}"))
    shown = _main(page)
    assert said_moved in shown
    # People read as names with their addresses, never as the parser's JSON.
    assert "Organiser Lena Ortiz lena.ortiz@fernwoodanalytics.com" in shown
    assert "Tom Becker tom.becker@fernwoodanalytics.com" in shown
    assert '{"name"' not in page
    assert "&#34;name&#34;" not in page
    assert "&quot;name" not in page
    # The raw message is there only on request, and as text.
    details = page.split('<details class="raw">', 1)[1].split("</details>", 1)[0]
    assert "Show the message as it arrived" in details
    assert "BEGIN:VCALENDAR" in details


def test_a_mail_in_review_says_it_waits_for_you_and_why(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    sign_in(client)
    message = kit.deliver(app, client, "newsletter.eml", to)
    listing = _main(text(client.get("/inbound")))
    assert "Needs you Waiting for you: not an interview invitation (newsletter)" in listing
    shown = _main(text(client.get(f"/inbound/{message.id}")))
    assert "Why it needs review Not an interview invitation (newsletter)." in shown
    assert "What Afterview read from it What it is A newsletter" in shown
    assert "Make it an interview" in shown


def test_a_cancellation_and_a_reply_say_what_they_did(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    sign_in(client)
    kit.deliver(app, client, "invite.eml", to)
    kit.deliver(app, client, "employer_reply.eml", to)
    cancelled = kit.deliver(app, client, "cancel.eml", to)
    listing = _main(text(client.get("/inbound")))
    assert "Noted when Fernwood Analytics will get back to you: they said:" in listing
    assert f"Cancelled: Fernwood Analytics — Data Engineer, Tue 14 Apr{YEAR} 15:00" in _main(
        text(client.get(f"/inbound/{cancelled.id}"))
    )


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
_keys = st.sampled_from(
    [
        "kind",
        "category",
        "company",
        "start",
        "end",
        "timezone",
        "all_day",
        "organizer",
        "interviewers",
        "confidence",
        "warnings",
        "uid",
        "original_sender",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_keys, _json))
def test_any_stored_summary_reads_as_plain_rows(summary: dict[str, Any]) -> None:
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    read = understood(summary, ZoneInfo("Europe/Berlin"), now)
    containers = [v for v in summary.values() if isinstance(v, list | dict) and v]
    listed = summary.get("warnings") if isinstance(summary.get("warnings"), list) else []
    containers += [w for w in listed if isinstance(w, list | dict) and w]
    for label, value in (*read.rows, *read.technical):
        assert isinstance(label, str)
        assert isinstance(value, str)
        for container in containers:  # never a structure dumped as text
            assert json.dumps(container) not in value
            assert str(container) not in value
    for _, people in read.people:
        assert people
        assert all(p.name or p.email for p in people)
