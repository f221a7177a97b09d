"""Pure invitation parser: raw mail bytes in, a frozen ParsedMessage out."""

from typing import TYPE_CHECKING

from service.parsing.model import ParsedMessage, ParseError, Person
from service.parsing.parser import parse_message

__all__ = ["ParseError", "ParsedMessage", "Person", "parse_message"]

if TYPE_CHECKING:
    from flask import Flask


def init_app(app: "Flask") -> None:
    """Add the `parse` command."""
    from service.parsing.command import parse_command

    app.cli.add_command(parse_command)
