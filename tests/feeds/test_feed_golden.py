"""Golden feeds: each situation renders byte for byte as reviewed, and every parser reads it.

Regenerate after an intended change with `AFTERVIEW_UPDATE_GOLDEN=1 pytest tests/feeds`,
then review the diff of tests/feeds/golden/ like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from feeds import render_feed
from tests.feeds.feed_parsers import assert_clients_agree, icaljs_raw
from tests.feeds.feed_scenarios import SCENARIOS

GOLDEN = Path(__file__).resolve().parent / "golden"
# Read at import: the suite's autouse fixture clears AFTERVIEW_* before each test runs.
UPDATE = os.environ.get("AFTERVIEW_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_feed_matches_golden_file(name: str) -> None:
    body = render_feed(SCENARIOS[name]())
    path = GOLDEN / f"{name}.ics"
    if UPDATE:
        path.write_bytes(body)
    assert path.exists(), f"no golden file; run with AFTERVIEW_UPDATE_GOLDEN=1 to create {path}"
    assert body == path.read_bytes(), f"{path.name} changed; review, then regenerate"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_parser_sees_the_events_at_their_true_times(name: str) -> None:
    calendar = SCENARIOS[name]()
    assert_clients_agree(render_feed(calendar), calendar)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_golden_file_is_read_by_icaljs_as_a_feed(name: str) -> None:
    seen = icaljs_raw((GOLDEN / f"{name}.ics").read_bytes())
    assert seen["method"] is None
    assert seen["name"]
