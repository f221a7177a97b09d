"""Turn HTML bodies into text that keeps each table cell on its own line."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_element import HtmlElement
from inscriptis.model.tag import CustomHtmlTagHandlerMapping

_TABLE_TAGS = ("table", "tr", "td", "th")
MAX_HTML_CHARS = 300_000
MAX_TAGS = 20_000


def _ignore_start(state: Any, attrs: Any) -> None:
    return None


def _ignore_end(state: Any) -> None:
    return None


@cache
def _config() -> ParserConfig:
    # Invitation mails lay out "Date | Time | Zone" in table cells; inscriptis' column
    # layout would interleave them with the neighbouring column, so rows become lines.
    css = dict(CSS_PROFILES["strict"])
    for tag in ("table", "tr", "tbody", "thead", "tfoot"):
        css[tag] = HtmlElement(display=Display.block)
    for tag in ("td", "th"):
        css[tag] = HtmlElement(display=Display.inline, suffix="  ")
    mapping = CustomHtmlTagHandlerMapping(
        start_tag_mapping=dict.fromkeys(_TABLE_TAGS, _ignore_start),
        end_tag_mapping=dict.fromkeys(_TABLE_TAGS, _ignore_end),
    )
    return ParserConfig(css=css, custom_html_tag_handler_mapping=mapping)


def _within_tag_budget(html: str) -> str:
    """Cut the HTML before its MAX_TAGS-th tag: inscriptis spends ~10 µs on each element."""
    if html.count("<") <= MAX_TAGS:
        return html
    position = 0
    for _ in range(MAX_TAGS):
        position = html.find("<", position) + 1
    return html[: position - 1]


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML body."""
    return _converted(_within_tag_budget(html[:MAX_HTML_CHARS]))


@lru_cache(maxsize=4)
def _converted(html: str) -> str:
    # the parser asks for the text of the same body more than once per message
    try:
        return str(get_text(html, _config()))
    except Exception:  # lxml rejects some hostile documents outright
        return ""
