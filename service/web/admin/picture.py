"""An interview's timeline as a picture: the interview and its three steps on one line, with
"now" among them, drawn on the server as SVG (no script; colours come from the page's CSS, so
dark mode and phones need nothing of their own).

Marks are evenly spaced in time order rather than to scale: the interview, the question at its
end and the thank-you are hours apart, the follow-up a week later; to scale, the first three
would sit on top of each other. Each mark carries its date, so the spacing never misleads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape

from service.platform.dates import short_day

WIDTH = 420
HEIGHT = 96
_EDGE = 44  # room for the first and last labels
_LINE_Y = 48


@dataclass(frozen=True)
class Mark:
    """One thing on the line: what it is, when, and how it stands."""

    label: str
    at: datetime
    state: str  # "interview", "pending", "overdue", "done", "skipped", "cancelled"


def _day(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    local = moment.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return f"today {local:%H:%M}"
    return short_day(moment, zone, now)


def timeline_svg(marks: Sequence[Mark], now: datetime, zone: ZoneInfo) -> Markup:
    """Draw the marks and "now" in time order; return inline SVG with a text alternative."""
    ordered = sorted([*marks, Mark("Now", now, "now")], key=lambda mark: mark.at)
    step = (WIDTH - 2 * _EDGE) / max(len(ordered) - 1, 1)
    described = "; ".join(
        f"{mark.label}: {_day(mark.at, zone, now)} ({mark.state})"
        for mark in ordered
        if mark.state != "now"
    )
    parts = [
        f'<svg class="timeline-picture" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="timeline-picture-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="timeline-picture-title">Timeline. {escape(described)}</title>',
        f'<line class="axis" x1="{_EDGE}" y1="{_LINE_Y}" x2="{WIDTH - _EDGE}" y2="{_LINE_Y}"/>',
    ]
    for index, mark in enumerate(ordered):
        x = round(_EDGE + index * step, 1)
        if mark.state == "now":
            parts.append(
                f'<g class="mark now" data-state="now"><line x1="{x}" y1="{_LINE_Y - 22}" '
                f'x2="{x}" y2="{_LINE_Y + 22}"/>'
                f'<text x="{x}" y="{_LINE_Y + 38}" text-anchor="middle">now</text></g>'
            )
            continue
        # Alternate labels above and below would read badly; names above, dates below.
        parts.append(
            f'<g class="mark {mark.state}" data-state="{mark.state}">'
            f'<circle cx="{x}" cy="{_LINE_Y}" r="7"/>'
            f'<text class="name" x="{x}" y="{_LINE_Y - 16}" text-anchor="middle">'
            f"{escape(mark.label)}</text>"
            f'<text class="when" x="{x}" y="{_LINE_Y + 26}" text-anchor="middle">'
            f"{escape(_day(mark.at, zone, now))}</text></g>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above went through escape()
