"""`afterview parse` as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from service.parsing.command import parse_command
from service.parsing.model import JSON_KEYS

FIXTURES = Path(__file__).parent / "fixtures"


def test_json_output_has_the_contract_keys() -> None:
    result = CliRunner().invoke(parse_command, [str(FIXTURES / "icloud_cancel.ics"), "--json"])
    assert result.exit_code == 0
    facts = json.loads(result.output)
    assert tuple(facts) == JSON_KEYS
    assert facts["kind"] == "cancellation"
    assert facts["start"] == "2026-04-02T16:00:00+02:00"


def test_reads_standard_input() -> None:
    raw = (FIXTURES / "gmail_forward_plain.eml").read_bytes()
    result = CliRunner().invoke(parse_command, ["-"], input=raw)
    assert result.exit_code == 0
    assert "original sender: priya@quillstack.com" in result.output


def test_unreadable_input_exits_65_with_one_line() -> None:
    result = CliRunner().invoke(parse_command, ["-", "--json"], input=b"\x00\xff" * 64)
    assert result.exit_code == 65
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("afterview parse: ")
