"""Our byte-level folding gives exactly the bytes icalendar's own folding gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser.content_line import Contentline

from feeds.render import fold_line

TEXTY = st.text(alphabet=st.sampled_from(list("ab \\^;,:é€😀ÿ\t")), min_size=0, max_size=400)


@settings(max_examples=400, deadline=None)
@given(value=TEXTY)
def test_fold_matches_icalendar(value: str) -> None:
    line = "DESCRIPTION:" + value
    assert fold_line(line) == Contentline(line).to_ical() + b"\r\n"


def test_fold_never_splits_a_character_or_an_escape() -> None:
    line = "SUMMARY:" + "é" * 100 + "\\n" * 50
    folded = fold_line(line)
    for physical in folded.split(b"\r\n")[:-1]:
        assert len(physical) <= 75
        physical.decode("utf-8")
        assert not physical.endswith(b"\\") or physical.endswith(b"\\\\")
