"""The `afterview parse` command: show what the parser understands, store nothing."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import BinaryIO

import click

from service.parsing.model import ParsedMessage, ParseError
from service.parsing.parser import MAX_INPUT_BYTES, parse_message

EX_DATAERR = 65


def _read(source: BinaryIO) -> bytes:
    data = source.read(MAX_INPUT_BYTES + 1)
    return data if isinstance(data, bytes) else bytes(data)


def _describe(result: ParsedMessage) -> str:
    facts = result.to_json_dict()
    lines = []
    for key, value in facts.items():
        if value in (None, [], ""):
            continue
        if key == "organizer" and isinstance(value, dict):
            value = " ".join(filter(None, [value.get("name"), f"<{value.get('email')}>"]))
        elif key == "interviewers" and isinstance(value, list):
            value = ", ".join(str(person.get("email") or person.get("name")) for person in value)
        elif key == "warnings" and isinstance(value, list):
            value = "; ".join(value)
        lines.append(f"{key.replace('_', ' ')}: {value}")
    return "\n".join(lines)


@click.command("parse")
@click.argument("source", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def parse_command(source: BinaryIO, as_json: bool) -> None:
    """Parse one mail or .ics file (or - for stdin) and print what it says; store nothing."""
    raw = _read(source)
    try:
        result = parse_message(raw, now=datetime.now(UTC))
    except ParseError as error:
        reason = str(error).splitlines()[0] if str(error) else "unreadable input"
        click.echo(f"afterview parse: {reason}", err=True)
        sys.exit(EX_DATAERR)
    if as_json:
        click.echo(json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_describe(result))
