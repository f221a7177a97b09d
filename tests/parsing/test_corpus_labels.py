"""Every label in tests/parsing/corpus is well-formed, without asking the parser anything.

A label that names an unknown key, an instant that does not parse, or an offset that differs
from what the tz database gives for the labelled zone at that instant would make the benchmark
measure the label's mistake instead of the parser's.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

CORPUS = Path(__file__).parent / "corpus"
LABELS = sorted(CORPUS.glob("*/*.expected.json"))
KNOWN_KEYS = {
    "kind",
    "start",
    "end",
    "all_day",
    "timezone",
    "tz_stated",
    "uid",
    "sequence",
    "method",
    "company",
    "role",
    "meeting_url",
    "organizer_email",
    "original_sender",
    "original_message_id",
    "language",
    "source",
    "note",
}
KINDS = {"invitation", "reschedule", "cancellation", "reply", "not_invitation"}
CALENDAR_ONLY = {"uid", "sequence", "method"}


def _load(path: Path) -> dict[str, object]:
    value = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def _moment(value: object) -> datetime | date:
    assert isinstance(value, str)
    if len(value) == 10:
        return date.fromisoformat(value)
    moment = datetime.fromisoformat(value)
    assert moment.tzinfo is not None, f"{value} has no UTC offset"
    return moment


def _has_calendar(source: Path) -> bool:
    if source.suffix == ".ics":
        return True
    message = message_from_bytes(source.read_bytes(), policy=default)
    return any(
        part.get_content_type() in {"text/calendar", "application/ics"}
        or (part.get_filename() or "").lower().endswith(".ics")
        for part in message.walk()
    )


def test_corpus_is_present_and_split() -> None:
    assert {path.parent.name for path in LABELS} == {"dev", "heldout"}
    assert len(LABELS) >= 110


@pytest.mark.parametrize("path", LABELS, ids=lambda path: f"{path.parent.name}/{path.name[:-14]}")
def test_label_is_well_formed(path: Path) -> None:
    label = _load(path)
    source = path.with_name(path.name.removesuffix(".expected.json"))
    assert source.is_file(), "label without its message"
    assert set(label) <= KNOWN_KEYS, set(label) - KNOWN_KEYS
    if "kind" in label:
        assert label["kind"] in KINDS
    assert isinstance(label.get("language"), str)
    assert label["language"]
    provenance = label.get("source")
    assert isinstance(provenance, dict)
    assert isinstance(provenance.get("family"), str)
    assert provenance["family"]
    assert provenance.get("template")
    assert provenance.get("license")
    if not _has_calendar(source):
        assert not CALENDAR_ONLY & set(label), "uid/sequence/method on a mail without calendar"


@pytest.mark.parametrize("path", LABELS, ids=lambda path: f"{path.parent.name}/{path.name[:-14]}")
def test_instants_agree_with_the_zone(path: Path) -> None:
    label = _load(path)
    moments = {key: _moment(label[key]) for key in ("start", "end") if key in label}
    if "end" in moments:
        assert "start" in moments
        assert moments["end"] > moments["start"]
    if "start" in moments:
        all_day = not isinstance(moments["start"], datetime)
        assert label.get("all_day") is all_day
    zone = label.get("timezone")
    if zone is None:
        return
    assert isinstance(zone, str)
    rules = ZoneInfo(zone)  # raises for a name that is not IANA
    assert label.get("tz_stated") is not False, "a zone is labelled but no zone is stated"
    for key, moment in moments.items():
        if isinstance(moment, datetime):
            expected = moment.astimezone(rules).utcoffset()
            assert moment.utcoffset() == expected, f"{key} offset differs from {zone}"


def test_heldout_holds_whole_families() -> None:
    families: dict[str, set[str]] = {}
    for path in LABELS:
        families.setdefault(path.name.split("__", 1)[0], set()).add(path.parent.name)
    mixed = {name for name, splits in families.items() if len(splits) > 1}
    assert not mixed, f"families split across dev and heldout: {sorted(mixed)}"
