"""A second reading of a mail that adds its HTML alternative to the subject and plain text
reuses their first readings (SegmentReadings): it must answer exactly as a fresh reading does,
however the first call adjusted (scored, marked quoted, ended) the readings it was handed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing.when import SegmentReadings, find_times
from service.parsing.when_common import Context, Segment

BERLIN = ZoneInfo("Europe/Berlin")
SENT = datetime(2026, 11, 2, 9, 30, tzinfo=BERLIN)

MAILS = [
    (
        "Interview on Thursday",
        "Hello Mira,\nthanks for applying. Shall we say Thursday 5 November at 14:00?\nBest, Jo",
        "<p>Thursday, 5 November 2026, 14:00 - 14:45 (Europe/Berlin)</p>",
    ),
    (
        "Re: Gespräch",
        "Danke!\n\n> Am Mo., 2. Nov. 2026 um 08:10 schrieb Kai:\n> Dienstag 10.11. um 10 Uhr?",
        "<div>Dienstag, 10. November 2026, 10:00–11:00 Uhr MEZ</div>",
    ),
    (
        "Entretien - nouvelle date",
        "Bonjour,\nau lieu du lundi 9 novembre à 9h, l'entretien aura lieu le mardi 10 novembre "
        "à 15h.\nCordialement",
        "<p>Mardi 10 novembre 2026 &agrave; 15h00 (heure de Paris)</p>",
    ),
]


@pytest.mark.parametrize(("subject", "plain", "html"), MAILS)
@pytest.mark.parametrize("is_reply", [False, True])
def test_the_second_reading_with_kept_segments_answers_as_a_fresh_one(
    subject: str, plain: str, html: str, is_reply: bool
) -> None:
    context = Context(SENT, True, BERLIN, "Europe/Berlin", is_reply=is_reply)
    segments = [Segment(subject, "subject"), Segment(plain, "body")]
    with_html = [*segments, Segment(html, "html")]
    kept = SegmentReadings()
    first = find_times(segments, context, kept)
    assert first  # every mail here names its time in the plain text
    assert first == find_times(segments, context)
    assert find_times(with_html, context, kept) == find_times(with_html, context)
    # and the same segments read a third time, after both calls adjusted their copies
    assert find_times(segments, context, kept) == first
