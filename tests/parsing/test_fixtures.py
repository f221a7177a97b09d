"""Every labelled fixture parses to its label, compared the way the benchmark compares."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from service.parsing import parse_message

FIXTURES = Path(__file__).parent / "fixtures"
LABELS = sorted(FIXTURES.glob("*.expected.json"))
IGNORED = {"note", "source", "tz_stated"}


def _moment(value: object) -> datetime | date | None:
    if not isinstance(value, str):
        return None
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.name.split(".")[0])
def test_fixture_parses_to_its_label(label_path: Path) -> None:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    source = label_path.with_name(label_path.name.removesuffix(".expected.json"))
    got = parse_message(source.read_bytes()).to_json_dict()
    for key, wanted in label.items():
        if key in IGNORED:
            continue
        if key == "organizer_email":
            organizer = got["organizer"]
            assert isinstance(organizer, dict)
            assert organizer["email"] == wanted, key
        elif key in {"start", "end"}:
            assert _moment(got[key]) == _moment(wanted), key
        else:
            assert got[key] == wanted, key


def test_fixture_set_covers_every_kind() -> None:
    kinds = {json.loads(path.read_text(encoding="utf-8")).get("kind") for path in LABELS}
    assert {"invitation", "cancellation", "reschedule", "reply", "not_invitation"} <= kinds
