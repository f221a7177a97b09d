"""Pure invitation parser: raw mail bytes in, a frozen ParsedMessage out."""

from service.parsing.model import ParsedMessage, ParseError, Person
from service.parsing.parser import parse_message

__all__ = ["ParseError", "ParsedMessage", "Person", "parse_message"]
