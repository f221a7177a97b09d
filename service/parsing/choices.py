"""Which of the times quoted below a reply the reply itself settles on.

A recruiter offers several slots, the candidate answers, and the recruiter closes the thread
in a line that restates nothing of the date: "let's go with the first option", "the 3pm one
works for us", "Perfect, that's confirmed. See you then!". The slot is in the quoted mail:
the n-th option of the quoted list, the one option at the hour named, or the candidate's own
pick quoted right below. Read in ten languages (threads41: en, de, fr, es, nl, it, pt, pl,
sv, da).
"""

from __future__ import annotations

import re
from datetime import datetime

from service.parsing.lexicon import (
    PICK_OF_TWO_EARLIER,
    PICK_OF_TWO_FORMER,
    PICK_OF_TWO_LATER,
    PICK_OF_TWO_LATTER,
    REPLY_AGREES,
    is_reply_header,
)
from service.parsing.lookalikes import PICKED_CUES, time_sentence
from service.parsing.when_common import FoundTime

# a row of a bulleted or numbered list: "- Mittwoch, 14. Oktober", "• Tue 13 Oct", "2. Friday"
LIST_ROW = re.compile(r"[ \t]{0,4}(?:[-•*–·▪]|\d{1,2}[.)])[ \t]")

_ORDINALS: dict[str, int] = {}
for _index, _words in enumerate(
    (
        # first
        "first ersten erste erster premier première primera primer primero eerste prima primo "
        "primeira primeiro pierwszy pierwszym pierwsza pierwszą pierwszej första første",
        # second
        "second zweiten zweite zweiter deuxième seconde segunda segundo tweede seconda "
        "secondo drugi drugim druga drugą drugiej andra anden andet",
        # third
        "third dritten dritte dritter troisième tercera tercer tercero derde terza terzo "
        "terceira terceiro trzeci trzecim trzecia trzecią trzeciej tredje",
    )
):
    for _word in _words.split():
        _ORDINALS[_word] = _index

# the ordinal before the noun of an option, a word between allowed ("den ersten
# vorgeschlagenen Termin", "the first proposed slot")
_OPTION_NOUNS = (
    r"option|one|slot|choice|time|termin|terminvorschlag|vorschlag|proposition|créneau"
    r"|opción|propuesta|horario|hueco|optie|moment|voorstel|tijdstip|opzione|proposta|orario"
    r"|opção|horário|terminie|termin|opcji|opcja|propozycji|propozycja|alternativet|tiden"
    r"|förslaget|mulighed|tidspunkt|forslag"
)
_ORDINAL_CHOICE = re.compile(
    r"\b(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\s+(?:[^\W\d_]+\s+)?"
    r"(?:" + _OPTION_NOUNS + r")\b",
    re.IGNORECASE,
)
# an hour named as the option: "the 3pm one", "der Termin um 15 Uhr", "le créneau de 15h",
# "la de las 15:00", "het moment van 15 uur", "quello delle 15", "o horário das 15h", "termin o
# 15:00", "tiden kl. 15"
_HOUR = re.compile(
    r"(?<![\d:./,])(?:(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d)(?![\d.])\s?"
    r"(?P<suffix>[ap]\.?m\b\.?|uhr\b|uur\b)?|\s?(?P<suffix2>[ap]\.?m\b\.?|uhr\b|h\b|uur\b))"
    r"|(?:\b(?:kl\.?|klockan|klokken|alle|delle|dalle|las|das|às|um|o|om|at)\s)"
    r"(?P<h2>[01]?\d|2[0-3])(?:[:.h](?P<m2>[0-5]\d))?(?![\d/.]\d))",
    re.IGNORECASE,
)
# the reply closes the thread: it confirms, or books and sends the invitation
_CONFIRMS = REPLY_AGREES


def _sentences_asked(opening: str, at: int) -> bool:
    """Tell whether the sentence around `at` is a question ("would the first option work?")."""
    end = re.compile(r"[.!?\n]").search(opening, at)
    return end is not None and end[0] == "?"


def _hour_matches(hour: int, minute: int, suffix: str, start: datetime) -> bool:
    if start.minute != minute:
        return False
    suffix = suffix.lower()[:1]
    if suffix in ("a", "p"):
        return start.hour == (hour % 12) + (12 if suffix == "p" else 0)
    return start.hour == hour or (hour < 12 and start.hour == hour + 12)


def _own_words(opening: str) -> str:
    """The reply's words, cut before an attribution wrapped over two lines ("Am Mo., 5. Juli
    2027 um 12:30 Uhr schrieb Alex Morgan" / "<alex@…>:"), whose clock is no option."""
    lines = opening.splitlines()
    for index, line in enumerate(lines):
        if index + 1 < len(lines) and is_reply_header(f"{line} {lines[index + 1]}"):
            return "\n".join(lines[:index])
    return opening


def chosen_from_quote(
    opening: str, message: str, readings: list[FoundTime], sent: datetime
) -> FoundTime | None:
    """Return the quoted time the reply's own words settle on, or None.

    `opening` is the reply's new text, `message` the whole text it was read from (to order
    the quoted times as they stand), `readings` every time read from it, `sent` when the
    reply was written: a quoted time before it is no option left to settle on.
    """
    opening = _own_words(opening)

    def position(reading: FoundTime) -> tuple[int, int]:
        where = message.find(reading.line) if reading.line else -1
        return (where if where >= 0 else len(message), reading.at)

    # an attribution line's date ("On Tue, Feb 16, 2027 at 3:00 PM Alex wrote:") is when
    # the quoted mail was sent, no option
    quoted = sorted(
        (
            reading
            for reading in readings
            if reading.quoted
            and reading.start > sent
            and not (reading.past or reading.deadline or is_reply_header(reading.line))
        ),
        key=position,
    )
    if not quoted or not opening.strip():
        return None
    options: dict[datetime, FoundTime] = {}
    for reading in quoted:
        options.setdefault(reading.start, reading)
    ordered = list(options.values())
    listed: dict[datetime, FoundTime] = {}
    for reading in quoted:
        if LIST_ROW.match(reading.line):
            listed.setdefault(reading.start, reading)
    rows = list(listed.values())
    pool = rows if len(rows) >= 2 else ordered
    ordinal = _ORDINAL_CHOICE.search(opening)
    if ordinal is not None and not _sentences_asked(opening, ordinal.end()):
        index = _ORDINALS[ordinal[1].lower()]
        return pool[index] if len(pool) >= 2 and index < len(pool) else None
    if len(pool) == 2 and (of_two := _one_of_two(opening, pool)) is not None:
        return of_two
    for hour in _HOUR.finditer(opening):
        if _sentences_asked(opening, hour.end()):
            continue
        value = int(hour["h"] or hour["h2"])
        minute = int(hour["m"] or hour["m2"] or 0)
        found = [
            option
            for option in pool
            if _hour_matches(value, minute, hour["suffix"] or hour["suffix2"] or "", option.start)
        ]
        if len({option.start for option in found}) == 1 and len(pool) >= 2:
            return found[0]
    confirms = _CONFIRMS.search(opening)
    if confirms is not None and not _sentences_asked(opening, confirms.end()):
        # the candidate's pick, the first time quoted below the reply
        first = quoted[0]
        if PICKED_CUES.search(time_sentence(first.line, first.at)):
            # the offer's own line for that slot, where the quote holds it: the pick's words
            # ("works best for me") are the candidate's, not the slot's
            offered = [
                reading
                for reading in quoted
                if _same_slot(first, reading)
                and not PICKED_CUES.search(time_sentence(reading.line, reading.at))
            ]
            if len({reading.start for reading in offered}) > 1:
                # two offered Wednesdays at 14:00: which one the pick meant, nothing says
                offered = [reading for reading in offered if reading.start == first.start]
            return offered[0] if offered else first
        if len(options) == 1 and asks_for_slot(first):
            # one time asked for below ("Could we meet on Monday 14 December, 2:00-2:45 pm?")
            # and the reply takes it ("That works for me, see you then!"); thanks over a time
            # the quoted mail set ("Danke, bis dann") settle nothing new
            return first
    return None


def _one_of_two(opening: str, pool: list[FoundTime]) -> FoundTime | None:
    """The one of two quoted options a reply names by its place without an ordinal noun:
    "後者の日程でお願いいたします", "ikincisi uygun", "the latter works" (the second written),
    "the later one works" (the later in time); pickone62 ja and tr, pick64's in-mail twins."""
    in_time = sorted(pool, key=lambda option: option.start)
    for pattern, option in (
        (PICK_OF_TWO_LATTER, pool[1]),
        (PICK_OF_TWO_FORMER, pool[0]),
        (PICK_OF_TWO_LATER, in_time[1]),
        (PICK_OF_TWO_EARLIER, in_time[0]),
    ):
        found = pattern.search(opening)
        if found is not None and not _sentences_asked(opening, found.end()):
            return option
    return None


def asks_for_slot(reading: FoundTime) -> bool:
    """Tell whether a time is asked for, not set: its sentence is a question ("Would Thursday
    11 June at 10:00 suit you?"). A reply taking it sets the slot in the reply's words only;
    the one who asked has not confirmed it yet."""
    return bool(_QUESTION_END.search(time_sentence(reading.line, reading.at).rstrip()))


# a question's end: "?", the full-width "？" of Chinese and Japanese, or Japanese polite "…か。"
# ("13時からはいかがでしょうか。", "ご都合はよろしいですか。"), which takes no question mark
_QUESTION_END = re.compile(r"(?:[?？]|(?:でしょう|です|ます|ません)か[。．]?)$")


# how far ahead a quoted offer may date the bare weekday a pick names it by (as when_choosers.py's
# PICKED_OFFER_WEEKS does for a reply's own weekday)
_PICK_WEEKS = 5


def _same_slot(pick: FoundTime, offered: FoundTime) -> bool:
    """Tell whether an offered slot is the one a pick names: the same instant, or, where the
    pick names a bare weekday ("Wednesday at 14:00 works best for me", read as the first
    Wednesday after the pick), the offer's dated slot on that weekday at that hour a whole
    number of weeks later ("Wednesday 9 December, 14:00")."""
    if offered.start == pick.start:
        return True
    if not pick.relative or offered.start.timetz() != pick.start.timetz():
        return False
    ahead = (offered.start.date() - pick.start.date()).days
    return 0 < ahead <= 7 * _PICK_WEEKS and ahead % 7 == 0


def confirmed_elsewhere(found: FoundTime, readings: list[FoundTime]) -> FoundTime | None:
    """Return a reading that confirms the slot `found` reads from a pick, or None.

    A thread whose quote levels a forward flattened holds both the candidate's pick
    ("Donnerstag um 14:00 Uhr passt mir am besten") and the answer that confirms it
    ("Bestätigt: Donnerstag, 3. Dezember um 14:00 Uhr"): the slot is set by the answer.
    """
    for reading in readings:
        if reading.start != found.start or reading.quoted:
            continue
        sentence = time_sentence(reading.line, reading.at)
        if _CONFIRMS.search(sentence) and not PICKED_CUES.search(sentence):
            return reading
    return None


def agrees(text: str) -> bool:
    """Tell whether words written above a mail passed on agree to the slot it asks about
    ("I've told them that works - it's confirmed", "der Termin ist bestätigt", "vi ses"), in
    the words a reply closing a thread uses."""
    return _CONFIRMS.search(text) is not None


def confirms(sentence: str) -> bool:
    """Tell whether a time's sentence confirms its slot ("Bestätigt: Donnerstag, 3. Dezember
    um 14:00 Uhr", "confirmed for Tuesday at 2"), other times in the mail being the options
    it settled among."""
    return _CONFIRMS.search(sentence) is not None and not PICKED_CUES.search(sentence)


def restates_option(found: FoundTime, readings: list[FoundTime], text: str) -> int | None:
    """Return where in `text` the mail writes its slot again after the options it was one
    of, or None.

    A mail that lists the times it had offered and then names one of them once more, in a
    sentence of its own that asks nothing ("Sie hatten folgende Termine zur Auswahl: … /
    … wir sehen uns also am Mittwoch, 9. Dezember, um 15:30 Uhr", "Parmi les créneaux
    proposés (…) … nous vous attendons donc le jeudi 10 décembre à 11h", "te esperamos el
    martes 15 a las 12:00"), has settled the choice: the list is history, whatever words the
    settling sentence uses (text69). The restatement must be the mail's last time, below
    every other option, and on a line of its own that is no list row.
    """
    # a reading's line may be a paragraph whose line breaks were folded to spaces
    flat = _SPACES.sub(" ", text)
    placed: list[tuple[int, FoundTime]] = []
    for reading in readings:
        if reading.quoted or reading.past or reading.deadline or not reading.line:
            continue
        line_at = flat.find(_SPACES.sub(" ", reading.line))
        if line_at >= 0:
            placed.append((line_at + reading.at, reading))
    if len({reading.start for _, reading in placed}) < 2:
        return None
    placed.sort(key=lambda item: item[0])
    last = placed[-1][1]
    if last.start != found.start or LIST_ROW.match(last.line) or asks_for_slot(last):
        return None
    others = [reading for _, reading in placed if reading.start != found.start]
    if any(reading.line == last.line for reading in others):
        return None
    # the slot sat among the options: on a line (or folded paragraph) with another of them,
    # or a list row like another option's
    listed = [
        reading
        for _, reading in placed[:-1]
        if reading.start == found.start
        and reading.line != last.line
        and any(
            other.line == reading.line
            or (LIST_ROW.match(other.line) and LIST_ROW.match(reading.line))
            for other in others
        )
    ]
    if not listed:
        return None
    return text.find(last.line.strip()[:40]) if last.line.strip() else None


_SPACES = re.compile(r"\s+")
