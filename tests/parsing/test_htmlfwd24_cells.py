"""Shapes first met in the htmlfwd24 batch (HTML-heavy mail and its forwards): template
engines split a clock across inline tags inside a table cell ("<td><span>12</span>:<span>00
</span>&nbsp;h</td>", "<td>14:<b>30</b></td>"), which must read as the clock and not as
"12: 00"; and an English 'career night' or 'careers evening' is an event for all comers, as
the Nordic and German words already were. The mails are ours."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.text import html_to_text

INLINE = ["span", "b", "strong", "i", "em", "font", "a"]


@settings(max_examples=60, deadline=None)
@given(
    hour=st.integers(min_value=0, max_value=23),
    minute=st.integers(min_value=0, max_value=59),
    cut=st.integers(min_value=0, max_value=5),
    tag=st.sampled_from(INLINE),
    label=st.sampled_from(["Time", "Hora", "Uhrzeit", "Heure", "時間"]),
)
def test_a_clock_split_by_inline_tags_in_a_cell_reads_whole(
    hour: int, minute: int, cut: int, tag: str, label: str
) -> None:
    clock = f"{hour:02d}:{minute:02d}"
    left, right = clock[:cut], clock[cut:]
    cell = f"{left}<{tag}>{right}</{tag}>" if cut % 2 else f"<{tag}>{left}</{tag}>{right}"
    html = f"<table><tr><td>{label}</td><td>{cell}</td></tr></table>"
    text = html_to_text(html)
    assert clock in text
    assert f"{label} {clock}" in text


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td>A</td><td>B</td></tr></table>",
        "<table><tr><td>A<td>B</table>",  # cells left unclosed
        "<table><tr><th>A</th><td>B</td></tr></table>",
    ],
)
def test_cells_stay_apart(html: str) -> None:
    assert "A B" in html_to_text(html)


def _mail(subject: str, html: str) -> bytes:
    return (
        "From: Alex Morgan <alex@mailbox.example>\r\nTo: Afterview <in@afterview.example>\r\n"
        f"Subject: {subject}\r\nDate: Mon, 01 Feb 2027 12:00:00 -0500\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    ).encode()


def _gmail_forward(note: str, inner: str) -> str:
    return (
        f'<div dir="ltr">{note}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        "---------- Forwarded message ---------<br>From: <strong>Orrin Labs</strong> "
        "&lt;hello@orrin-labs.example&gt;<br>Date: Mon, Feb 1, 2027 at 9:00 AM<br>"
        f"Subject: You are invited<br>To: &lt;alex@mailbox.example&gt;<br></div><br>{inner}"
        "</div></div>"
    )


def test_a_split_clock_in_a_cell_sets_the_hour() -> None:
    inner = (
        "<p>Hi Alex, your interview with our team is confirmed.</p><table><tr><td>Date</td>"
        "<td>Thursday, February 11, 2027</td></tr><tr><td>Time</td><td><span>2</span>:"
        "<span>30</span> PM ET</td></tr></table>"
    )
    result = parse_message(_mail("Fwd: Interview confirmed", _gmail_forward("Add it", inner)))
    assert result.start is not None
    assert result.start.replace(tzinfo=None) == datetime(2027, 2, 11, 14, 30)


@pytest.mark.parametrize("name", ["career night", "careers evening", "Career Night"])
def test_a_forwarded_career_evening_is_not_claimed(name: str) -> None:
    inner = (
        f"<p>Hi Alex, meet our engineers at our {name}.</p><table><tr><td>Date</td>"
        "<td>Thursday, February 18, 2027</td></tr><tr><td>Time</td><td>6:00 PM – 8:30 PM ET"
        "</td></tr></table>"
    )
    result = parse_message(_mail(f"Fwd: Orrin {name}", _gmail_forward("Should I go?", inner)))
    assert result.kind != "invitation" or result.confidence < 0.5
