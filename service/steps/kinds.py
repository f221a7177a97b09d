"""Which steps follow an interview: the one list every other module loops over."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["StepKind"]


class StepKind(StrEnum):
    """A step's kind, stored as its value in follow_up_steps.kind."""

    ASK_NEXT_STEPS = "ask_next_steps"
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
