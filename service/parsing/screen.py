"""A second opinion on a mail the wording checks would put in the calendar.

The checks name what a look-alike is (a webinar, a colleague's candidate, a parcel's slot);
mail of a kind no check has met yet goes through them. The screen is a logistic regression
over the words, word pairs and (for scripts written without spaces) character pairs of our
labelled corpus's dev split, trained by tests/bench/train_screen.py: it says how much a
mail reads like the invitations there rather than like the look-alikes. It can only send a
reading to review, never make a time an invitation, so on a real invitation it costs a
question in the review queue, never a wrong calendar entry.

Calendar mail has a screen of its own (CALENDAR_WEIGHTS_FILE), trained on the calendar-bearing
mail of the same split: a file's title and notes say less, and other things, than prose does
("Interview: Jane Doe" against "Sprint review", "Yoga class"), and it judges any length.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("screen_weights.json")
CALENDAR_WEIGHTS_FILE = Path(__file__).with_name("screen_calendar_weights.json")
MIN_WORDS = 20  # for text-only mail; a calendar's own title is worth weighing however short
SHORT_WORDS = 40  # text-only mail shorter than this is judged against a threshold of its own
TEXT_LIMIT = 4000  # the head of a mail says what it is; a long thread's tail does not
_URL = re.compile(r"(?:https?://|www\.)\S+")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
# Thai, kana, CJK ideographs and Hangul: words are not separated by spaces
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


@dataclass(frozen=True)
class Screen:
    """The trained weights, and the odds below which a reading goes to review; a short mail
    has a line of its own, set on short mail, as its few words score differently."""

    bias: float
    threshold: float
    weights: dict[str, float]
    short_threshold: float | None = None


def features(text: str) -> Counter[str]:
    """Count the words, word pairs and unspaced-script character pairs of a mail's head.

    Digits count as 0 and links as one word: a date or an address names no kind of mail.
    """
    text = _DIGIT.sub("0", _URL.sub(" url ", text[:TEXT_LIMIT].lower()))
    words = _WORD.findall(text)
    found = Counter(words)
    found.update(f"{first} {second}" for first, second in pairwise(words))
    for run in _UNSPACED.findall(text):
        found.update(run[at : at + 2] for at in range(len(run) - 1))
    return found


def word_count(found: Counter[str]) -> int:
    """The words (or unspaced character pairs) among a mail's features."""
    return sum(count for name, count in found.items() if " " not in name)


def judged(words: int, *, calendar: bool = False) -> bool:
    """Tell whether a mail of `words` words (or unspaced character pairs) is weighed at all."""
    return calendar or words >= MIN_WORDS


def line_for(words: int, model: Screen, *, calendar: bool = False) -> float:
    """The odds below which a judged mail of `words` words goes to review."""
    if calendar or model.short_threshold is None or words >= SHORT_WORDS:
        return model.threshold
    return model.short_threshold


@cache
def screen(*, calendar: bool = False) -> Screen:
    path = CALENDAR_WEIGHTS_FILE if calendar else WEIGHTS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    short = data.get("short_threshold")
    return Screen(
        float(data["bias"]),
        float(data["threshold"]),
        dict(data["weights"]),
        None if short is None else float(short),
    )


def invitation_odds(text: str, model: Screen | None = None) -> float:
    """How much the text reads like an invitation rather than a look-alike, from 0 to 1."""
    return _odds(features(text), model or screen())


def _odds(found: Counter[str], model: Screen) -> float:
    norm = math.sqrt(sum(count * count for count in found.values())) or 1.0
    weights = model.weights
    score = model.bias + sum(weights.get(f, 0.0) * count for f, count in found.items()) / norm
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


def reads_unlike_invitations(text: str, *, calendar: bool = False) -> bool:
    """Tell whether a mail reads less like an invitation than nearly all of those trained on.

    A text-only mail of fewer than MIN_WORDS words ("Could you drop by Friday at 4pm?") says
    too little for its wording to outweigh the checks that read it: the screen keeps no
    opinion on it, and one of fewer than SHORT_WORDS must read less like an invitation still.
    """
    found = features(text)
    words = word_count(found)
    if not judged(words, calendar=calendar):
        return False
    model = screen(calendar=calendar)
    return _odds(found, model) < line_for(words, model, calendar=calendar)
