"""A calendar's SEQUENCE is reported as written; the 32-bit column caps it when stored."""

from __future__ import annotations

from service.interviews.models import MAX_STORED_SEQUENCE, Interview


def test_a_timestamp_sequence_is_capped_when_stored() -> None:
    interview = Interview(calendar_sequence=1_407_317_367_304)
    assert interview.calendar_sequence == MAX_STORED_SEQUENCE == 2**31 - 1
    interview.calendar_sequence = 7
    assert interview.calendar_sequence == 7
    interview.calendar_sequence = None
    assert interview.calendar_sequence is None
