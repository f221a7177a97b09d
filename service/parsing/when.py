"""Find when an interview is in the prose of a mail: subject, plain text and HTML alike.

The reader collects every date-and-time it can read (in the languages of `lexicon`),
pairs each with the zone written next to it, and scores them as a careful reader would:
a labelled slot ("When:", "Datum:", "Inizio:") beats a passing mention, a stated zone beats
an assumed one, the new time of a move beats the old one, and anything in quoted earlier
mail or before the mail was sent counts against it. Every pattern is linear: the text is
cut into bounded lines first and no pattern can backtrack across more than one line.

This module is the entry point (`find_times`) and reads the moves between an old and a new
slot, including a slot moved by a stated span (`shift_by_stated_span`). The stages it calls
live beside it: `when_common` (the records a time is read into, and shared patterns),
`when_lines` (normalising the text and cutting it into lines), `when_dates` (reading days,
and the order of numeric dates), `when_clocks` (reading hours and the zones beside them),
`when_ends` (ends, ranges and lengths), `when_choosers` (which of the times found is the
interview).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import cache

from service.parsing.forwards import COLON, RULE_ATTRIBUTION, SENT_LABELS
from service.parsing.lexicon import (
    ANY_MOVE_VERB,
    ARRIVE_EARLY_CUES,
    DESTINATION_WORDS,
    FORWARD_SUBJECT,
    KEPT_HOUR_CUES,
    MOVE_VERB_WORDS,
    MOVE_VERBS,
    NEW_SLOT_MARKED_AFTER,
    NEW_TIME_CUES,
    NEXT_DAY_CUES,
    REPLY_SUBJECT,
    RESCHEDULED_CUES,
    SAME_DAY_NEXT_WEEK_CUES,
    SAME_HOUR_CUES,
    SHIFT_AMOUNT_WORDS,
    SHIFT_BARE_O_UNITS,
    SHIFT_BARE_UNITS,
    SHIFT_DANO_NORWEGIAN_UNITS,
    SHIFT_EARLIER_WORDS,
    SHIFT_LATER_WORDS,
    SHIFT_NORDIC_HOUR,
    SHIFT_UNITS,
    SHIFT_WHOLE_SPANS,
    START_WORDS,
    alternation,
    full_weekday_names,
    is_reply_header,
    lower_as_regex,
    month_words,
    weekday_names,
)
from service.parsing.lookalikes import MOVE_MADE_CUES, time_sentence
from service.parsing.when_choosers import (
    _ASK_SENTENCE_END,
    _ORIGIN_RANK,
    _QUESTION_END,
    _REQUEST,
    _Below,
    _date_weekday_by_quoted_offer,
    _date_weekdays_by_subject,
    _marked_old,
    _moves_quoted_slot,
    _named_occurrence,
    _pair_across,
    _prefer_forwarders_new_time,
    _range_written_as_from_to,
    _take_the_confirmed_quoted_slot,
    _take_the_day_chosen_of_two,
    _take_the_named_quoted_slot,
    _take_the_numbered_option,
    _take_the_slot_picked_below,
)
from service.parsing.when_clocks import (
    _DAY_WORD,
    _TRADED_FOR,
    _clocks,
    _corrected_day,
    _document_zone,
    _line_clocks,
    _LineClocks,
    corrected_days,
    corrected_hours,
)
from service.parsing.when_common import (
    _DIGIT,
    _RELATIVE_WORDS,
    _STRUCK,
    MAX_CANDIDATES,
    MAX_LINE,
    Context,
    FoundTime,
    Segment,
    _Candidate,
    _Clock,
    _Date,
    _folded,
    _is_full_weekday_word,
    _is_month_word,
    _Line,
    _patterns,
)
from service.parsing.when_dates import (
    _ASKED_AFTER,
    _NEXT_WEEK_AFTER,
    _NEXT_WEEK_BEFORE,
    _SAME_DAY,
    _dates,
    date_order,
)
from service.parsing.when_ends import (
    _attach_ends,
    _attach_labelled_ends,
    _attach_restated_ranges,
    _same_sentence,
    _start_at_programme,
)
from service.parsing.when_lines import (
    _SEPARATOR,
    _is_forward_header_line,
    _lines,
    _merge_short_lines,
    normalise,
)
from service.parsing.zone_words import Zone


def _times_read(counts: dict[str, int]) -> int:
    """How often an instant is read, its plain and HTML alternatives taken as one text."""
    text = max(counts.get("body", 0), counts.get("html", 0))
    return text + sum(n for origin, n in counts.items() if origin not in {"body", "html"})


# A postscript under the signature: "P.S.", "PS:", "P. D." (Spanish "posdata"), "P.-S."
POSTSCRIPT = re.compile(r"\s{0,4}(?:p\.?\s?s\.?|p\.\s?d\.|p\.-s\.)\s?[:.\-–]?\s", re.IGNORECASE)
# words of a postscript that change the hour said above it: "ce sera finalement 11h30",
# "mejor a las 10:00", "het wordt 10.30 uur", "passar para as 15h", "make it 3pm instead",
# "doch erst um 11", "meglio alle 15"
_POSTSCRIPT_CHANGE = re.compile(
    r"\b(?:actually|instead|make it|it'?ll be|will be|moved to|finalement|plutôt|ce sera"
    r"|décalé|mejor a las|finalmente|será a las|pasamos a|het wordt|wordt het|verschoven"
    r"|liever om|passar para|passamos para|mudou para|vai ser|será às|stattdessen|doch erst"
    r"|doch schon|verschoben auf|wird es|invece|meglio alle|sarà alle|spostato alle"
    r"|przesun|zamiast|istället|flyttat till|blir det)\b",
    re.IGNORECASE,
)


def _names_a_day(line: str) -> bool:
    """Tell whether a line names a weekday or a month (a postscript with a day sets a slot
    of its own)."""
    return any(
        _is_month_word(word) or _is_full_weekday_word(word) for word in _DAY_WORD.findall(line)
    )


def _postscript_hour(texts: list[str]) -> time | None:
    """The hour a writer's own postscript moves the slot to, or None.

    "Rendez-vous à 11h … P.S. Petit changement : ce sera finalement 11h30", "Te esperamos a
    las 9:30 … P. D.: mejor a las 10:00", "om 10.00 uur … PS: het wordt 10.30 uur": one hour
    and no date, under words that change it; a question asks, it does not move."""
    for text in texts:
        for raw in text.split("\n")[:400]:
            line = raw[:MAX_LINE]
            if not POSTSCRIPT.match(line) or "?" in line:
                continue
            if not _POSTSCRIPT_CHANGE.search(line) or _names_a_day(line):
                continue
            hours = {clock.start for clock in _line_clocks(line)}
            if len(hours) == 1:
                return hours.pop()
    return None


def _apply_day_corrections(
    candidates: list[_Candidate], texts: list[str], context: Context, order: str, order_sure: bool
) -> None:
    """Move each reading on a day the writer corrected to the day meant, at its hour.

    "See you Wednesday 5/20 at 10am" and below it "Correction: Thursday 5/21, not
    Wednesday. Same time"; a follow-up "c'est bien le vendredi 22 mai, pas le jeudi 21" over
    the quoted first mail that gave the hour: the hour stays, the day is the corrected one."""
    corrections = corrected_days(
        texts, context.reference.date(), order, order_sure, context.language
    )
    if not corrections:
        return
    for candidate in candidates:
        meant = _corrected_day(candidate, corrections)
        if meant is None or meant == candidate.start.date():
            continue
        # an aware datetime plus days keeps its wall time, its zone's offset worked anew
        shift = meant - candidate.start.date()
        candidate.start = candidate.start + shift
        if candidate.end is not None:
            candidate.end = candidate.end + shift
        candidate.notes.append(f"the writer corrected the day to {meant:%Y-%m-%d}")


def _apply_corrections(candidates: list[_Candidate], texts: list[str]) -> None:
    """Move each reading of an hour the writer corrected to the hour meant, on its day.

    "See you Wednesday 5/20 at 2pm" and below it "sorry, I meant 3pm, not 2pm"; a follow-up
    "il colloquio è alle 16:30, non alle 16:00" over the quoted first mail that gave the
    day: the day stays, the hour is the corrected one. A slip is not a move, so the slot is
    the same kind it was; the length read with it stays."""
    corrections = corrected_hours(texts)
    moved_to = _postscript_hour(texts)
    if moved_to is not None:
        for candidate in candidates:
            if not candidate.quoted and candidate.start.timetz().replace(tzinfo=None) != moved_to:
                corrections.setdefault(candidate.start.timetz().replace(tzinfo=None), moved_to)
    if not corrections:
        return
    for candidate in candidates:
        meant = corrections.get(candidate.start.timetz().replace(tzinfo=None))
        if meant is None:
            continue
        start = candidate.start.replace(hour=meant.hour, minute=meant.minute)
        if candidate.end is not None:
            candidate.end = candidate.end + (start - candidate.start)
        candidate.start = start
        candidate.notes.append(f"the writer corrected the hour to {meant:%H:%M}")


class SegmentReadings:
    """Each segment's readings of one mail, kept for find_times to read the same segments
    again with more (the plain text, then with its HTML alternative) without reading them
    twice. A segment's readings depend only on its text, origin, the mail's context and
    the date order, so they are reused only under the same date order. find_times adjusts
    the readings it is given, so each is handed out as a fresh copy."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str, str, bool], list[_Candidate]] = {}

    def read(
        self, text: str, origin: str, context: Context, order: str, order_sure: bool
    ) -> list[_Candidate]:
        key = (text, origin, order, order_sure)
        if key not in self._kept:
            self._kept[key] = _read(text, origin, context, order, order_sure)
        return _copied(self._kept[key])


def _copied(candidates: list[_Candidate]) -> list[_Candidate]:
    """Copies of `candidates`, their lists of notes copied too (and shared as they were)."""
    notes: dict[int, list[str]] = {}
    copies = []
    for candidate in candidates:
        copy = replace(candidate)
        copy.notes = notes.setdefault(id(candidate.notes), list(candidate.notes))
        copies.append(copy)
    return copies


def find_times(
    segments: list[Segment], context: Context, readings: SegmentReadings | None = None
) -> list[FoundTime]:
    """Return every plausible reading of the interview's time, best first.

    `readings` keeps the segments' readings for a later call over the same segments."""
    texts = [normalise(segment.text) for segment in segments]
    order, order_sure = date_order(texts, context)
    candidates: list[_Candidate] = []
    for segment, text in zip(segments, texts, strict=True):
        read = (
            readings.read(text, segment.origin, context, order, order_sure)
            if readings is not None
            else _read(text, segment.origin, context, order, order_sure)
        )
        if segment.origin == "subject" and (context.is_reply or context.reply_subject):
            for candidate in read:  # a reply's subject repeats the thread's, like a quote
                candidate.quoted = True
                candidate.score -= 3.0
        candidates.extend(read)
    if not candidates:
        candidates = _pair_across(segments, texts, context, order, order_sure)
    elif all(item.other_thing for item in candidates):
        # the only dated times are the reception's or lunch's: the interview's hour may be
        # the subject's ("Colloquio ore 9:30" over "venerdì 16 ottobre ... La reception
        # apre alle 8:30")
        paired = _pair_across(segments, texts, context, order, order_sure)
        for item in candidates if paired else []:
            item.score -= 2.0  # the hour that pairs with the day outranks the reception's
        candidates = paired + candidates
    elif all(item.quoted for item in candidates):
        # a reply whose only dates are the quoted thread's ("On Mon, 20 Apr … wrote:") may
        # set its own hour on the day its subject names: "Sure, 3:30pm it is" under "Re:
        # Interview on Thursday"; an hour already gone by then is no new slot, and the
        # quoted slot said again ("see you at 2" over the quoted Thursday 14:00) sets nothing
        quoted_starts = {item.start for item in candidates}
        paired = _pair_across(segments, texts, context, order, order_sure, settled_only=True)
        candidates = [
            item
            for item in paired
            if item.start not in quoted_starts
            and (not context.dated or item.start > context.reference)
        ] + candidates
    if not candidates:
        return []
    # The same instant read twice (in the subject and the text, or twice in the text) is more
    # likely the one meant. The HTML alternative is the plain text again, and every client
    # adds one to a forward: a time read in both counts once, or a forward of a plain mail
    # would be surer than the mail itself.
    seen: dict[datetime, dict[str, int]] = {}
    for candidate in candidates:
        counts = seen.setdefault(candidate.start, {})
        counts[candidate.origin] = counts.get(candidate.origin, 0) + 1
    for candidate in candidates:
        if _times_read(seen[candidate.start]) > 1:
            candidate.score += 0.3
    ends = {item.start: item.end for item in candidates if item.end is not None}
    for candidate in candidates:
        if candidate.end is None:
            candidate.end = ends.get(candidate.start)
    _prefer_forwarders_new_time(candidates)
    _date_weekdays_by_subject(candidates, segments, texts, context, order, order_sure)
    _apply_day_corrections(candidates, texts, context, order, order_sure)
    _apply_corrections(candidates, texts)
    # on a tie the mail's text outranks the subject, the plain part the HTML one: an HTML-only
    # mail's "13:00 – 13:45<br>Midden-Europese tijd - Amsterdam" over the subject's "(CEST)"
    ranked = sorted(
        candidates, key=lambda item: (-item.score, _ORIGIN_RANK.get(item.origin, 2), item.begin)
    )
    best = ranked[0]
    if best.zone is None and not best.quoted:
        # the same instant read again where its zone is named ("… 11:00 - 12:00, <date>" in
        # the subject, "<date> | 11:00 - 12:00 (Europe/Madrid)" in the body): that reading.
        # A reading without a zone knows only its wall time, so the wall times are compared
        # (Calendly's "02:00pm Wed, Jun 17, 2026" subject sent from London over "02:00pm -
        # Wednesday, June 17, 2026 (Central European Summer Time)").
        wall = best.start.replace(tzinfo=None)
        for other in ranked[1:]:
            if (
                other.zone is not None
                and (other.start == best.start or other.start.replace(tzinfo=None) == wall)
                and not other.quoted
            ):
                ranked.remove(other)
                ranked.insert(0, other)
                break
    if ranked[0].old:
        # the slot a move gives up loses to any other slot the mail names nearly as well
        # ("Originally scheduled for Monday 10:00" under the new date and time)
        for other in ranked[1:]:
            if (
                not (other.old or other.quoted or other.deadline)
                and other.start not in (ranked[0].start, ranked[0].end)  # "From: … To: …"
                and other.score >= ranked[0].score - 2.5
            ):
                ranked.remove(other)
                ranked.insert(0, other)
                break
    _take_the_numbered_option(ranked, segments, texts, context)
    if not ranked[0].quoted:
        _take_the_day_chosen_of_two(ranked, segments, texts, context, (order, order_sure))
    if ranked[0].quoted:
        _take_the_confirmed_quoted_slot(ranked, segments, texts, context)
    if ranked[0].quoted:
        _take_the_named_quoted_slot(ranked, segments, texts, context, order, order_sure)
    if ranked[0].quoted:
        _take_the_slot_picked_below(ranked, segments, texts, context, (order, order_sure))
    else:
        _date_weekday_by_quoted_offer(ranked[0], ranked, context.reference)
    top = ranked[0]
    _named_occurrence(top, segments, texts, context, order, order_sure)
    for _ in range(2):  # the slot given up, then the one that replaces it
        joined = _range_written_as_from_to(top, candidates)
        if joined is None:
            break
        # "scheduled from 02/02/2027 11:00 to 02/02/2027 11:45": one slot's start and end;
        # "initially scheduled from … to …": the end of the slot given up, and the slot
        # that replaces it is read next
        start, was_old = joined
        start.end = top.start
        ranked.remove(start)
        if was_old:
            ranked.remove(top)
            ranked.append(top)
            ranked.append(start)
            top.old, top.new = True, False
        else:
            start.old = False
            ranked.insert(0, start)
        top = ranked[0]
    if top.new and any(
        item.old and not item.quoted and item.start != top.start for item in candidates
    ):
        top.moved = True  # "Was: Monday 15:00 / Now: Tuesday 10:30"
    elif _moves_quoted_slot(top, candidates):
        top.moved = True
    _start_at_programme(top, segments)
    return [_found(candidate, context) for candidate in ranked]


def _found(candidate: _Candidate, context: Context) -> FoundTime:
    zone = candidate.zone
    # A stated zone pins the instant, so an hour's slack covers a late notice; a zone-less
    # time is read in the sender's zone, which can be some hours off the meeting's.
    slack = timedelta(hours=1) if zone is not None else timedelta(hours=6)
    start, reference = candidate.start, context.reference
    # A stamp to the odd minute just before the mail was sent ("viewed on 10 Nov at 09.12",
    # "recebida às 09h14", "посмотрел в 16:07") says when something happened: meetings are
    # set on the five minutes, and one that began before the mail was written is no news.
    past = context.dated and (
        start < reference - slack or (start < reference and start.minute % 5 != 0)
    )
    return FoundTime(
        start=candidate.start,
        end=candidate.end,
        timezone=zone.name if zone is not None else context.default_zone_name,
        zone_stated=zone is not None,
        score=candidate.score,
        quoted=candidate.quoted,
        past=past,
        order_assumed=candidate.order_assumed,
        relative=candidate.relative,
        warnings=tuple(candidate.notes),
        deadline=candidate.deadline,
        line=candidate.line,
        at=candidate.at,
        moved=candidate.moved,
        weekday_conflict=candidate.weekday_conflict,
        day_unsure=candidate.day_unsure,
        zones_disagree=candidate.zones_disagree,
        programme=candidate.programme,
        day_rows=candidate.day_rows,
    )


def _read(
    text: str, origin: str, context: Context, order: str, order_sure: bool
) -> list[_Candidate]:
    text = _STRUCK.sub(" ", text)
    lines = _merge_short_lines(_lines(text, context))
    reference_day = context.reference.date()
    document_zone = _document_zone(lines)
    label = _patterns()["label"]
    end_label = _patterns()["end_label"]
    found: list[_Candidate] = []
    quote_day: date | None = None
    clocks_of = _LineClocks(lines)
    reader = _Below(
        lines, clocks_of, context, order, order_sure, document_zone, origin, label, end_label
    )
    for index, line in enumerate(lines):
        if len(found) >= MAX_CANDIDATES:
            break  # an invitation states its time early; a list of hundreds is no invitation
        if line.quoted and line.text:
            written = _written_on(line.text, reference_day, order, order_sure)
            if written is None and index + 1 < len(lines) and not line.text.endswith(":"):
                # Gmail wraps a long attribution before the address: "Am Fr., 16. Juli 2027
                # um 15:00 Uhr schrieb Name" then "<name@example.de>:"
                joined = f"{line.text} {lines[index + 1].text}"
                # ... whose address line may be merged with the quote's first short line
                # ("<name@example.de>: Hallo Frau Albers,"): the attribution ends at ">:"
                cut = joined.find(">:")
                joined = joined[: cut + 2] if cut >= 0 else joined
                written = _written_on(joined, reference_day, order, order_sure)
            quote_day = written or quote_day
        if not line.text or _is_forward_header_line(lines, index):
            continue
        if not line.quoted and is_reply_header(line.text):
            continue  # the "On … wrote:" above a forwarded quote dates the message, not a meeting
        if (
            index
            and line.text.endswith(":")
            and _SEPARATOR.match(lines[index - 1].text)
            and RULE_ATTRIBUTION.match(line.text)
        ):
            continue  # "26.10.2026, 13:10, "Name" <address>:" under a forward rule, likewise
        # "Thursday" in quoted mail is the Thursday after that mail was written, not this one
        day = quote_day if line.quoted and quote_day is not None else reference_day
        dates = _dates(line.text, day, order, order_sure, context.language)
        if not dates:
            continue
        if index and dates[0].relative:
            dates = _weekday_of_date_above(
                lines[index - 1], line.text, dates, day, order, order_sure, context.language
            )
        dates = _weekday_after_moved_slot(dates, line.text, day)
        clocks = [
            clock
            for clock in clocks_of(index)
            if not any(hit.begin <= clock.begin < hit.finish for hit in dates)
        ]
        if not clocks:
            kept = _date_kept(dates, line.text)
            found.extend(reader.read(kept, index))
            found.extend(reader.moved_below(kept, index))
            continue
        here = reader.combine(dates, clocks, index, index)
        if not here:
            kept_hour = _kept_hour_move(dates, clocks, line.text)
            if kept_hour is not None:
                new_day, hour = kept_hour
                here = reader.combine([new_day], [hour], index, index)
                for item in here:
                    item.moved = item.new = True
        _share_line_zone(here)
        _old_then_new(here, line.text)
        found.extend(here)
        last = dates[-1]
        if (
            len(dates) > 1
            and all(item.start.date() != last.day for item in here)
            and (
                NEW_TIME_CUES.search(line.text[max(0, last.begin - 24) : last.begin])
                or _WRAPPED_TAIL.fullmatch(line.text, last.finish)
            )
        ):
            # "Instead of Monday at 09:00 it now takes place on Wednesday 9 December." with
            # the new day's programme on the lines below: the old day took the only time
            found.extend(reader.read(last, index, (1, 2, 3)))
        found.extend(_same_hour_elsewhere(here, dates, line.text, context.reference.date()))
    if all(item.quoted for item in found):
        # (a reply's quote may hold a time of its own: "> I'll be 10 minutes late for 14:00")
        found.extend(_traded_hour_today(lines, clocks_of, context, origin))
    _attach_ends(found)
    _attach_restated_ranges(found, lines, clocks_of)
    _attach_labelled_ends(found, lines, clocks_of, end_label)
    _read_anchored(found, lines, clocks_of, context, order, order_sure)
    _take_thread_zone(found, context.reference)
    return found


TRADED_TODAY_NOTE = "no day is named: the move is read as one of the day the mail was written"


def _traded_hour_today(
    lines: list[_Line],
    clocks_of: _LineClocks,
    context: Context,
    origin: str,
) -> list[_Candidate]:
    """A start moved from one hour to another in mail that names no day at all: "let's start
    at 14:15 instead of 14:00", "wir verschieben den Beginn auf 14:15 statt 14:00", "vi
    flyttar starten till kl. 14:15 i stället för 14:00". Such a short-notice move is written
    on the meeting's own day, so the day is the day of writing; an hour already gone then,
    a question ("could we start at 2:30 instead of 2?") and quoted lines set nothing."""
    if not context.dated:
        return []
    reference = context.reference
    for index, line in enumerate(lines[:MAX_ANCHORED_LINES]):
        if line.quoted or not line.text:
            continue
        for clock in clocks_of(index):
            if not clock.moved or not _TRADED_FOR.match(line.text, clock.finish):
                continue
            stop = _SHIFT_SENTENCE_END.search(line.text, clock.finish)
            if stop is not None and line.text[stop.start()] in "?？":
                continue
            sentence = time_sentence(line.text, clock.begin)
            if not (START_WORDS.search(sentence) or ANY_MOVE_VERB.search(sentence)):
                continue  # "le magasin ouvre à 14h15 au lieu de 14h": no meeting's start
            start = datetime.combine(reference.date(), clock.start, tzinfo=reference.tzinfo)
            if start <= reference:
                continue
            return [
                _Candidate(
                    start=start,
                    end=None,
                    zone=None,
                    score=1.0,
                    origin=origin,
                    begin=line.offset,
                    quoted=False,
                    relative=True,
                    order_assumed=False,
                    notes=[TRADED_TODAY_NOTE],
                    line=line.text,
                    at=clock.begin,
                    moved=True,
                )
            ]
    return []


def _take_thread_zone(found: list[_Candidate], reference: datetime) -> None:
    """Read a reply's zone-less time in the one zone the quoted thread states: "could we do
    Thursday at 11:00 instead?" over "> … on Wednesday at 14:00 GMT" keeps the thread's zone,
    which a forwarder's Date header (another country's) would otherwise replace. Times of the
    day the mail was sent keep theirs: they are stamps (an attribution's "om 16:05"), and a
    zone-less stamp is judged past or not with the slack a zone-less time gets."""

    def key(zone: Zone) -> str:
        return zone.name or str(zone.tz)

    zones = {key(item.zone): item.zone for item in found if item.quoted and item.zone is not None}
    if len(zones) != 1:
        return
    ((name, zone),) = zones.items()
    if any(not item.quoted and item.zone is not None and key(item.zone) != name for item in found):
        return
    for item in found:
        if not item.quoted and item.zone is None and item.start.date() > reference.date():
            _put_in_zone(item, zone)


def _put_in_zone(item: _Candidate, zone: Zone) -> None:
    """Read a zone-less candidate's wall clock in `zone` (the clock stays, the instant moves)."""
    item.zone = zone
    item.start = item.start.replace(tzinfo=zone.tz)
    item.end = item.end.replace(tzinfo=zone.tz) if item.end is not None else None


WEEKDAY_AFTER_NOTE = "the new day is the weekday named, counted from the slot it moves; check it"
WEEKDAY_EITHER_NOTE = (
    "the weekday named could fall in the week of the slot it moves or the week after; check the day"
)
# (the Nordic "kl." before an hour ends no sentence: "tirsdag 9. februar kl. 10:00 flyttes til
# torsdag")
# (nor do the Lithuanian year's and day's "m." and "d.": "2026 m. gruodžio 15 d. 11:00,
# perkeliamas į …", as in _SHIFT_SENTENCE_END)
_ONE_SENTENCE = re.compile(r"(?<!\d)(?<!\bkl)(?<!\b[dm])[.!?](?:\s|$)|[。?？;\n]", re.IGNORECASE)
# a word for "on" read with the weekday: "moved to the same time on Thursday", Croatian
# "premješten je na četvrtak", Slovene "v četrtek"
_ON_BEFORE_WEEKDAY = frozenset(("on", "the", "na", "u", "v", "w", "am", "le", "el", "op", "på"))


def _weekday_after_moved_slot(dates: list[_Date], text: str, reference: date) -> list[_Date]:
    """Count a bare weekday that a move sends a dated slot to from that slot, not from the
    mail: "your interview on Thursday 10 December needs to move to the Friday, same time",
    "am Dienstag, 15.12. ... auf Donnerstag verlegt", "del martes 8 pasa al jueves". A
    weekday later in the slot's week is that day; one earlier in the week (or the same
    weekday) is the one after when a word sends the slot later, the one before when a word
    brings it forward, and otherwise the one after but flagged, as either may be meant."""
    if len(dates) < 2:
        return dates
    out = list(dates)
    for index, hit in enumerate(dates):
        if not index or not hit.relative:
            continue
        written = _folded(text[hit.begin : hit.finish]).strip(".,()").split()
        if len(written) == 2 and written[0] in _ON_BEFORE_WEEKDAY:
            written = written[1:]  # "on Thursday": still a weekday alone
        weekday = weekday_names().get(" ".join(written))
        if weekday is None:
            continue  # "tomorrow", "next week": not a weekday alone
        anchor = next((item for item in reversed(dates[:index]) if not item.relative), None)
        if anchor is None or anchor.day <= reference or not 0 < hit.begin - anchor.finish <= 120:
            continue
        # searched in place, so that the year's dot ("15. prosinca 2026. u 11:00") ends nothing
        if _ONE_SENTENCE.search(text, anchor.finish, hit.begin):
            continue
        # the verb stands between them or, verb-last, just after the weekday ("auf Donnerstag
        # verlegt", "naar dinsdag verplaatst")
        stop = _ONE_SENTENCE.search(text, hit.finish)
        tail = text[anchor.finish : min(hit.finish + 40, stop.start() if stop else len(text))]
        # or a word for "now"/"new" stands right before the weekday, after the old slot
        # ("… 10:00 बजे होना था, अब गुरुवार को उसी समय", "… की जगह अब शुक्रवार को")
        now = NEW_TIME_CUES.search(text[max(anchor.finish, hit.begin - 12) : hit.begin])
        if not (ANY_MOVE_VERB.search(tail) or RESCHEDULED_CUES.search(tail) or now):
            continue
        sentence = time_sentence(text, hit.begin)
        if _REQUEST.search(sentence):
            continue  # "could we move it to Friday?" moves nothing
        after = anchor.day + timedelta(days=(weekday - anchor.day.weekday()) % 7 or 7)
        before = anchor.day - timedelta(days=(anchor.day.weekday() - weekday) % 7 or 7)
        later = bool(_SHIFT_LATER.search(sentence))
        earlier = bool(_SHIFT_EARLIER.search(sentence))
        unsure = False
        if _NEXT_WEEK_BEFORE.search(text, max(0, hit.begin - 40), hit.begin) or (
            _NEXT_WEEK_AFTER.match(text, hit.finish)
        ):
            # "perkeliamas į kitos savaitės antradienį", "na torek naslednji teden": that
            # weekday in the week after the old slot's week
            day = anchor.day + timedelta(days=7 - anchor.day.weekday() + weekday)
        elif weekday > anchor.day.weekday():
            day = after  # later in the same week: both readings agree
            unsure = earlier and not later
        elif earlier and not later:
            day = before
        else:
            day, unsure = after, not later
        if day == hit.day and not unsure:
            continue
        note = WEEKDAY_EITHER_NOTE if unsure else WEEKDAY_AFTER_NOTE
        out[index] = replace(hit, day=day, day_note=note, day_unsure=unsure)
    return out


def _date_kept(dates: list[_Date], text: str) -> _Date:
    """Return the date of a line without a time that the time below belongs to: the last
    one, unless words before it mark it as the day given up while an earlier one is not
    ("New date: Thursday 10 December (previously Tuesday 8 December)" then "Time: 14:00",
    "Nuova data: giovedì 10 dicembre (in precedenza martedì 8 dicembre)" then "Ora: 15:00")."""
    last = dates[-1]
    if len(dates) < 2 or not _marked_old(text[max(0, last.begin - 40) : last.begin]):
        return last
    for hit in reversed(dates[:-1]):
        if not _marked_old(text[max(0, hit.begin - 40) : hit.begin]):
            return hit
    return last


def _weekday_of_date_above(
    above: _Line,
    line: str,
    dates: list[_Date],
    day: date,
    order: str,
    order_sure: bool,
    language: str,
) -> list[_Date]:
    """Give a weekday that opens a line the date that ends the line above, when it is that
    date's weekday: "on 13 January 2027" / "(Wednesday) at 14:00" is one phrase the client
    wrapped, not the coming Wednesday at 14:00; a weekday that is not the date's is flagged."""
    first = dates[0]
    if line[: first.begin].strip(" \t(,") or above.quoted:
        return dates
    written = _folded(line[first.begin : first.finish]).strip(".,()")
    if weekday_names().get(written) != first.day.weekday():
        return dates  # "tomorrow", "next week": not a weekday name
    dated = _dates(above.text, day, order, order_sure, language)
    if (
        not dated
        or dated[-1].relative
        or not _WRAPPED_DATE_TAIL.fullmatch(above.text, dated[-1].finish)
    ):
        return dates
    # a weekday that is not that date's is flagged, as when both stand in one line
    conflict = dated[-1].day.weekday() != first.day.weekday()
    taken = replace(
        first, day=dated[-1].day, relative=False, weekday_checked=True, weekday_conflict=conflict
    )
    return [taken, *dates[1:]]


# what may follow a date at the end of its line when its weekday opens the next: a comma, a
# bracket, a short word for "year" ("13 януари 2027 г.")
_WRAPPED_DATE_TAIL = re.compile(r"[ \t,(]{0,3}(?:[^\W\d_]{1,3}\.?)?[ \t,(]{0,2}")


def _share_line_zone(here: list[_Candidate]) -> None:
    """Give the times of a line that names one zone that zone: "your 2pm ET on Thursday is
    now 4pm", "moved from 10:00 to 14:30 (CET)" state it once for both slots."""
    zoned = [item for item in here if item.zone is not None]
    if not zoned or len(zoned) == len(here):
        return
    for item in here:
        if item.zone is None:
            zone = min(zoned, key=lambda other: abs(other.at - item.at)).zone
            assert zone is not None
            _put_in_zone(item, zone)
            item.score += 0.5


def _old_then_new(here: list[_Candidate], text: str) -> None:
    """Mark the two slots of a line that moves a meeting, neither marked yet, as the old one
    and then the new one: people write a move in that order ("remarcar sua entrevista de
    terça às 10h para quinta às 14h", "aplazar la entrevista del martes a las 10:00. ¿Te
    viene bien el jueves a las 16:30?", "skjuta upp intervjun på onsdag kl 10 till fredag")."""
    if len(here) != 2 or any(item.old or item.new for item in here):
        return
    first, second = sorted(here, key=lambda item: item.at)
    if first.start == second.start or not 0 < second.at - first.at <= 200:
        return
    verb = ANY_MOVE_VERB.search(text, 0, second.at) or RESCHEDULED_CUES.search(text[: second.at])
    if verb is not None:
        # the sentence that moves: asking whether it may move ("can we move …?") moves nothing
        sentence = time_sentence(text, verb.start())
    elif ANY_MOVE_VERB.search(time_sentence(text[second.at :], 0)):
        # the verb closing the sentence, where the language puts it last: "az interjút
        # március 2-áról (kedd, 10:00) március 4-re (csütörtök) 15:00-ra tesszük át"
        # (moveone39; quoted34 "csütörtökre tesszük át")
        sentence = time_sentence(text, second.at)
    else:
        return
    if sentence.rstrip().endswith("?") or _REQUEST.search(sentence):
        return
    first.old, first.score = True, first.score - 1.2
    second.new, second.moved, second.score = True, True, second.score + 0.6


# what joins the words that keep the hour to the day that changes: "but (on)", "mais (le)",
# "pero (el)", "ma", "maar (dan) (op)", "mas (na)", "ale (w)", "men (på)", "aber (am)"
_BUT_ON_DAY = re.compile(
    r"[,;:\s–—-]{1,3}(?:but|mais|pero|ma|maar|mas|ale|men|aber|men på)"
    r"(?:\s(?:then|dan|on|le|el|la|op|w|we|na|no|på|am|il|a|o|den|der)){0,2}\s",
    re.IGNORECASE,
)


def _same_hour_joins_days(
    here: list[_Candidate], dates: list[_Date], text: str, cue: re.Match[str], target: _Date
) -> bool:
    """Tell "Ihr Gespräch am Dienstag, 10. März um 10 Uhr findet zur gleichen Uhrzeit am
    Freitag, 13. März statt", "il colloquio di martedì 10 marzo alle 11:00 si terrà alla
    stessa ora venerdì 13 marzo": one sentence gives a slot with its hour, then "the same
    hour" and another day right after it. Nobody says "the same hour" of the slot just
    named; it carries that hour to the other day, which is the move itself."""
    if not 0 <= target.begin - cue.end() <= 8:
        return False
    return any(
        hit.finish <= cue.start()
        and hit.day != target.day
        and any(item.start.date() == hit.day and item.at < cue.start() for item in here)
        and _same_sentence(text, hit.begin, target.begin)
        for hit in dates
    )


def _same_hour_elsewhere(
    here: list[_Candidate], dates: list[_Date], text: str, reference_day: date
) -> list[_Candidate]:
    """Return the slot a move gives by its day alone, keeping the hour of the slot it moves
    ("your 11am tomorrow moves to Monday 14 December, same time", "décalé au lundi 14,
    même heure"): the day came without a clock, so the old slot took the line's only time.
    Where a date is marked as given up ("instead of", "was", "au lieu du") and one other is
    not, words that keep the hour ("still starting at 9:30", "same time, new day", "the
    start time stays the same") give that other date the given-up slot's hour."""
    if len(dates) < 2 or not here:
        return []
    lowered = lower_as_regex(text)
    cue = SAME_HOUR_CUES.search_lowered(lowered)
    kept = cue or KEPT_HOUR_CUES.search_lowered(lowered)
    if kept is None:
        return _onto_date_alone(here, dates, text)
    # a date marked given up by the words right before it ("instead of Tuesday 8 December",
    # "(was Wednesday", "au lieu du mardi"), not by a word further back
    olds = [hit for hit in dates if _marked_old(text[max(0, hit.begin - 16) : hit.begin])]
    said = bool(ANY_MOVE_VERB.search_lowered(lowered) or RESCHEDULED_CUES.search_lowered(lowered))
    # the day the cue belongs to: just before it, no other number between ("Monday 14
    # December, same time", "auf Freitag, 11.12. verschieben, gleiche Uhrzeit"), or just
    # after it ("same time on Friday")
    target = None
    if cue is not None:
        # "same time, but on Thursday instead", "même heure, mais le jeudi 12", "misma hora,
        # pero el miércoles 11", "hetzelfde tijdstip, maar dan op donderdag", "o tej samej
        # godzinie, ale w piątek", "samma tid men på torsdag": the hour kept and the day not,
        # which is the move itself
        target = next(
            (hit for hit in dates if _BUT_ON_DAY.fullmatch(text, cue.end(), hit.begin)), None
        )
        said = said or target is not None
    if cue is not None and target is None:
        target = next(
            (
                hit
                for hit in reversed(dates)
                if (
                    0 <= cue.start() - hit.finish <= 30
                    and not _DIGIT.search(text, hit.finish, cue.start())
                )
                or 0 <= hit.begin - cue.end() <= 8
            ),
            None,
        )
        if target is not None and not said:
            # "findet nun am Mittwoch, 9.12. statt - zur gleichen Uhrzeit": a word for the
            # new slot before the day says the move
            said = bool(NEW_TIME_CUES.search(text[max(0, target.begin - 24) : target.begin]))
        if target is not None and not said:
            said = _same_hour_joins_days(here, dates, text, cue, target)
    if target is None and not olds:
        # "… at 2pm is moving to Thursday 10 December - the time stays the same", "spostato a
        # giovedì 10 dicembre, stesso orario": the day a move verb sends the slot to
        target = next(
            (hit for hit in dates[1:] if _MOVED_ONTO_DAY.search(text, hit.begin - 60, hit.begin)),
            None,
        )
        said = said or target is not None
    if target is None and olds:
        rest = [hit for hit in dates if hit not in olds]
        if len(rest) == 1 and {hit.day for hit in olds}.isdisjoint({rest[0].day}):
            target, said = rest[0], True
    elif target is None and _joined_day_to_day(dates, text):
        target = dates[1]  # "passe du lundi 14 au mercredi 16": the second day is the new one
    if target is None and not olds and cue is None and kept is not None:
        # the hour said to stay before the day it goes to, in its own clause: "the time
        # stays at 10, but we're moving it to Wednesday", "die Uhrzeit bleibt (10 Uhr), aber
        # … auf Mittwoch", "kellaaeg jääb samaks (10.00), aga päev muutub – kolmapäev"
        target = next(
            (hit for hit in dates if 0 <= hit.begin - kept.end() <= 90),
            None,
        )
        said = said or target is not None
    if target is None or not said or any(item.start.date() == target.day for item in here):
        return []
    given_up = {hit.day for hit in olds}
    moved = [item for item in here if item.start.date() in given_up] or [
        item for item in here if item.at < target.begin
    ]
    if not moved or _REQUEST.search(time_sentence(text, target.begin)):
        # asked in its own sentence ("could we do Friday, same time?"), not in the next one
        # ("… passa para quarta-feira à mesma hora. Pedimos desculpa …")
        return []
    old = moved[-1]
    # a bare weekday read as one before the slot it moves ("your interview on Tuesday 10
    # March … same time, but on Thursday instead", sent on the 2nd) is that day of the moved
    # slot's week; "the following Monday" was read from the old slot already
    day = target.day
    if day < old.start.date():
        day = _day_in_anchor_week(target, text, old.start.date(), reference_day) or day
    start = datetime.combine(day, old.start.timetz())
    length = old.end - old.start if old.end is not None else None
    return [
        replace(
            old,
            start=start,
            end=start + length if length is not None else None,
            score=old.score + 0.5,
            begin=old.begin - old.at + target.begin,
            at=target.begin,
            moved=True,
            new=True,
            old=False,
            notes=[*old.notes, "the hour is taken from the slot it moves; check it"],
        )
    ]


# the move marked after the day it goes to, as Japanese, Korean and Turkish write it:
# "3月15日(月)に変更", "3월 11일(목)로 변경", "11 Mart Perşembe'ye alındı"; a weekday in
# brackets may stand between
_MOVED_ONTO_DAY_AFTER = re.compile(
    rf"(?:\s?[(（][^()（）\n]{{1,4}}[)）])?(?:{NEW_SLOT_MARKED_AFTER})", re.IGNORECASE
)


def _onto_date_alone(here: list[_Candidate], dates: list[_Date], text: str) -> list[_Candidate]:
    """Return the slot a move sends to a date written with its day of the month and no hour
    ("… dinsdag 9 maart om 10:00 is verplaatst naar maandag 15 maart", "… on Tuesday 9
    March at 14:00, has been moved to Friday 12 March", "3月11日(木)10:00 … 3月15日(月)に
    変更"): the hour stays, as "same time" says it elsewhere. The old slot's day and hour come
    first in the sentence; no clock stands after the new date in it."""
    if len(dates) < 2 or not here:
        return []
    for hit in dates[1:]:
        if not _DIGIT.search(text, hit.begin, hit.finish):
            continue  # a weekday alone: _weekday_after_moved_slot's
        onto = _MOVED_ONTO_DAY.search(text, max(0, hit.begin - 60), hit.begin) or (
            _MOVED_ONTO_DAY_AFTER.match(text, hit.finish)
        )
        if onto is None:
            continue
        stop = _ONE_SENTENCE.search(text, hit.finish)
        if any(item.at >= hit.begin and (stop is None or item.at < stop.start()) for item in here):
            return []  # the new day has an hour of its own
        olds = [
            item
            for item in here
            if item.at < hit.begin
            and item.start.date() != hit.day
            and not _ONE_SENTENCE.search(text, item.at, hit.begin)
        ]
        if not olds or _REQUEST.search(time_sentence(text, hit.begin)):
            return []
        old = olds[-1]
        start = datetime.combine(hit.day, old.start.timetz())
        length = old.end - old.start if old.end is not None else None
        return [
            replace(
                old,
                start=start,
                end=start + length if length is not None else None,
                score=old.score + 0.5,
                begin=old.begin - old.at + hit.begin,
                at=hit.begin,
                moved=True,
                new=True,
                old=False,
                notes=[*old.notes, "the hour is taken from the slot it moves; check it"],
            )
        ]
    return []


# a move verb and where it goes, right before a day: "is moving to", "è spostato a", "passa
# para", "wird auf … verschoben" reads the other way round and is left to the cues above
_MOVED_ONTO_DAY = re.compile(
    rf"{MOVE_VERB_WORDS}(?:\s[^\W\d_]+){{0,2}}?\s(?:{DESTINATION_WORDS})\s"
    r"(?:(?:the|on|el|le|la|o|a|den|il)\s)?$",
    re.IGNORECASE,
)


# what joins the day a move leaves to the day it goes to: "del lunes 14 al miércoles 16",
# "du lundi 14 au mercredi 16", "from Monday 14 to Wednesday 16", "vom 9.12. auf den 16.12."
_DAY_TO_DAY = re.compile(
    r"\s?(?:al|au|à|a|to|till|until|auf|bis|naar|para|sang)\s(?:(?:el|le|o|den|the)\s)?",
    re.IGNORECASE,
)


def _joined_day_to_day(dates: list[_Date], text: str) -> bool:
    """Tell two days of a line that a from/to joins ("del lunes 14 al miércoles 16"), the
    order people write a move in; a word that gives one up says more and is read first."""
    return len(dates) == 2 and bool(_DAY_TO_DAY.fullmatch(text, dates[0].finish, dates[1].begin))


# how far the hour may stand from the words that keep it: "El horario no cambia (10:00)",
# "the start time of 14:00 stays the same", "stessa ora (15:30)"
_KEPT_HOUR_REACH = 16


def _kept_hour_move(
    dates: list[_Date], clocks: list[_Clock], text: str
) -> tuple[_Date, _Clock] | None:
    """The new day and the hour of a move that keeps the hour and writes it inside the words
    that keep it, away from both days: "El horario no cambia (10:00), solo el día: la
    entrevista pasa del lunes 14 al miércoles 16 de diciembre". No day took that hour, so
    the move gives it to the day it goes to: the one of two days that no word gives up, or
    the second of two joined by "to"/"al"/"au". The hour returned stands right after that
    day, where _combine pairs it."""
    if len(dates) not in (1, 2) or not clocks:
        return None
    lowered = lower_as_regex(text)
    cue = KEPT_HOUR_CUES.search_lowered(lowered) or SAME_HOUR_CUES.search_lowered(lowered)
    if cue is None or _REQUEST.search(time_sentence(text, cue.start())):
        return None
    held = [
        clock
        for clock in clocks
        if cue.start() - _KEPT_HOUR_REACH <= clock.begin <= cue.end() + _KEPT_HOUR_REACH
    ]
    if len(held) != 1:
        return None
    if len(dates) == 1:
        # only the day it goes to is written: "Same time as before (2:30pm), but we need to
        # move the interview to Wednesday, December 9", "die Uhrzeit bleibt (10 Uhr), aber
        # wir verlegen das Gespräch auf Mittwoch, den 9. Dezember"
        (day,) = dates
        if day.begin < held[0].begin or not (
            ANY_MOVE_VERB.search_lowered(lowered) or RESCHEDULED_CUES.search_lowered(lowered)
        ):
            return None
        return day, replace(held[0], begin=day.finish, finish=day.finish)
    first, second = dates
    olds = [_marked_old(text[max(0, hit.begin - 16) : hit.begin]) for hit in dates]
    if olds == [True, False]:
        new_day = second
    elif olds == [False, True]:
        new_day = first
    elif not any(olds) and _joined_day_to_day(dates, text):
        new_day = second
    else:
        return None
    if first.day == second.day or not (
        ANY_MOVE_VERB.search_lowered(lowered) or RESCHEDULED_CUES.search_lowered(lowered)
    ):
        return None
    hour = held[0]
    return new_day, replace(hour, begin=new_day.finish, finish=new_day.finish)


# What may follow the last date of a line whose hour went onto the next one: a weekday in
# brackets and a part of the day ("డిసెంబర్ 17 (గురువారం) మధ్యాహ్నం" / "3 గంటలకు", "sang
# 15h00 chiều thứ Hai, ngày 21/12/2026" wrapped before the hour): no digit, a few words
_WRAPPED_TAIL = re.compile(r"[^\d.!?;:]{0,28}")


def _read_anchored(
    found: list[_Candidate],
    lines: list[_Line],
    clocks_of: _LineClocks,
    context: Context,
    order: str,
    order_sure: bool,
) -> None:
    """Add the slot that new words place against the slot of older mail in the thread.

    A reply over the quoted invitation ("we need to push it to the day after, same time",
    "same time Thursday with the team", "le lendemain, à la même heure") and a forwarder's
    note over the mail passed on ("they moved this to 3pm, same day", "pushed back an hour
    to 4:30", "Перенесли на 16:00, в тот же день") name only the part that changes: the rest
    is the older slot's. Asking ("could we do the day after?") moves nothing.
    """
    older = [item for item in found if item.quoted]
    passed_on = [item for item in found if item.forwarded and not item.quoted]
    if not older and not passed_on:
        return
    best = max(item.score for item in found)
    reference_day = context.reference.date()
    for index, line in enumerate(lines[:MAX_ANCHORED_LINES]):
        if line.quoted or not line.text:
            continue
        # the message a forward passes on may itself answer older mail it quotes; what the
        # forwarder wrote above it answers either
        anchors = older if line.forwarded else older + passed_on
        if not anchors:
            continue
        text = line.text
        lowered = lower_as_regex(text)  # once for the four lists
        next_day = NEXT_DAY_CUES.search_lowered(lowered)
        same_hour = SAME_HOUR_CUES.search_lowered(lowered)
        same_day = _SAME_DAY.search(text)
        moved = bool(
            MOVE_VERBS.search_lowered(lowered)
            or RESCHEDULED_CUES.search_lowered(lowered)
            # "Can we push to 4? I've updated the invite": the verb before its destination
            or (MOVE_MADE_CUES.search(text) and ANY_MOVE_VERB.search_lowered(lowered))
            or _start_traded(text, lowered, clocks_of(index))
        )
        # a reply's own words move it too: "we've pushed your interview to 16:00, same link"
        # over the quoted Thursday 14:00 (a question moves nothing: _REQUEST below), where
        # the quote holds one day only: over an offer of several ("tiden kl. 15 passar oss")
        # the hour picks one of them, which _date_weekday_by_quoted_offer reads
        moved = moved and (
            bool(line.note)
            or len(
                {
                    item.start.date()
                    for item in anchors
                    if item.start > context.reference and not is_reply_header(item.line)
                }
            )
            == 1
        )
        if not (next_day or same_hour or same_day or moved):
            continue
        # a move asked "same day" is still placed on the older slot's day: whether it holds
        # is for the look-alike cues ("let me know") to say, and the day of writing, which
        # _same_day_move would give, is wrong here
        asked_same_day = same_day is not None and _ASKED_AFTER.match(text, same_day.end())
        if _REQUEST.search(text) and not (asked_same_day or MOVE_MADE_CUES.search(text)):
            continue  # asked, unless the writer has already moved the invitation
        dates = [] if next_day else _dates(text, reference_day, order, order_sure, context.language)
        # "same day" read as the day of writing (_same_day_move) is the older slot's day here
        dates = [hit for hit in dates if not _SAME_DAY.fullmatch(text, hit.begin, hit.finish)]
        clocks = [
            clock
            for clock in clocks_of(index)
            if not any(hit.begin <= clock.begin < hit.finish for hit in dates)
        ]
        anchor = max(anchors, key=lambda item: item.score)
        span = _first_stated_span(text) if same_day and not clocks else None
        onto = None if clocks or not moved else _bare_hour_onto(text, anchor.start)
        if dates and clocks:
            # a whole slot of its own, read like any other; but a bare weekday in the
            # forwarder's note of a move ("Przełożyli na piątek 10:00", "auf Freitag, 10:00
            # verschoben") is that weekday of the moved slot's week, not the next one after
            # the day the note was written
            if line.note and moved:
                _weekday_of_anchor_week(found, line, dates[-1], anchor, reference_day)
            continue
        if next_day:
            day = anchor.start.date() + timedelta(days=1)
        elif dates:
            # "let's move it to Thursday at the same time" over a quoted Tuesday 15 December:
            # the Thursday of that week, not the one after the reply was written
            hit, anchor_day = dates[-1], anchor.start.date()
            bare = _folded(text[hit.begin : hit.finish]).strip(".,()") in weekday_names()
            in_week = _day_in_anchor_week(hit, text, anchor_day, reference_day) if bare else None
            if in_week is not None and in_week != anchor_day and (moved or same_hour):
                day = in_week
            else:
                day = hit.day
        elif (clocks or onto is not None) and (same_day or moved):
            day = anchor.start.date()
        elif same_day and span is not None:
            day = (anchor.start + span).date()
        else:
            continue
        if clocks:
            hour = clocks[0].start
        elif onto is not None:
            hour = onto
        elif same_hour or next_day:
            hour = anchor.start.timetz().replace(tzinfo=None)
        elif same_day and span is not None:
            # "now on the same day, one hour later": the older slot moved by the span
            hour = (anchor.start + span).timetz().replace(tzinfo=None)
        else:
            continue
        start = datetime.combine(day, hour, tzinfo=anchor.start.tzinfo)
        if start == anchor.start:
            continue
        # the older slot's length holds when only its day moved, or when the note says it
        # holds ("c'est décalé à 16h le même jour (même durée)")
        kept = not clocks or _SAME_LENGTH.search(text)
        length = anchor.end - anchor.start if anchor.end is not None and kept else None
        found.append(
            _Candidate(
                start=start,
                end=start + length if length is not None else None,
                zone=anchor.zone,
                score=best + 0.5,
                origin=anchor.origin,
                begin=line.offset,
                quoted=False,
                relative=True,
                order_assumed=False,
                notes=["the day or hour is taken from an earlier message in the thread; check it"],
                line=text,
                at=clocks[0].begin if clocks else 0,
                moved=moved or bool(line.note),
                new=True,
            )
        )
        return
    _moved_by_span_alone(found, lines, clocks_of, context, order, order_sure)


def _start_traded(text: str, lowered: str, clocks: list[_Clock]) -> bool:
    """A start given in exchange for another hour, with no move verb: "das Gespräch beginnt
    jetzt um 9:30 statt um 10:00 Uhr", "la entrevista empezará a las 9:30 en lugar de las
    10:00", "l'entretien commencera à 9h30 au lieu de 10h" over the quoted slot."""
    return any(clock.moved and _TRADED_FOR.match(text, clock.finish) for clock in clocks) and bool(
        START_WORDS.search_lowered(lowered)
    )


def _moved_by_span_alone(
    found: list[_Candidate],
    lines: list[_Line],
    clocks_of: _LineClocks,
    context: Context,
    order: str,
    order_sure: bool,
) -> None:
    """Add the quoted slot moved by a span a reply states with no clock of its own: "we'll
    kick off Thursday's final round 30 minutes later", "wir beginnen am Donnerstag eine halbe
    Stunde früher", "mercoledì iniziamo mezz'ora più tardi" over the one quoted slot still to
    come. The sentence starts or moves the meeting, names no day but the slot's own weekday,
    and asks nothing; a span of days is read by _read_anchored's "same time" cues. A reply
    that writes a time of its own is read by that time."""
    if any(not item.quoted for item in found):
        return
    slots = {
        item.start
        for item in found
        if item.quoted and item.start > context.reference and not is_reply_header(item.line)
    }
    if len(slots) != 1:
        return
    anchor = max((item for item in found if item.quoted and item.start in slots), key=_score_of)
    for index, line in enumerate(lines[:MAX_ANCHORED_LINES]):
        if line.quoted or line.forwarded or not line.text or clocks_of(index):
            continue
        text = line.text
        for match, span in _stated_spans(text, 0, len(text)):
            sentence = time_sentence(text, match.start())
            if abs(span) >= timedelta(days=1) or _REQUEST.search(sentence):
                continue
            if not (START_WORDS.search(sentence) or ANY_MOVE_VERB.search(sentence)):
                continue
            days = _dates(sentence, context.reference.date(), order, order_sure, context.language)
            if any(hit.day.weekday() != anchor.start.weekday() for hit in days):
                continue  # another day named: a slot of its own, read elsewhere
            start = anchor.start + span
            found.append(
                _Candidate(
                    start=start,
                    end=None,
                    zone=anchor.zone,
                    score=max(item.score for item in found) + 0.5,
                    origin=anchor.origin,
                    begin=line.offset,
                    quoted=False,
                    relative=True,
                    order_assumed=False,
                    notes=[
                        "the day or hour is taken from an earlier message in the thread; check it"
                    ],
                    line=text,
                    at=match.start(),
                    moved=True,
                    new=True,
                )
            )
            return


def _score_of(item: _Candidate) -> float:
    return item.score


MAX_ANCHORED_LINES = 200

# a bare hour a move verb sends the meeting to: "can we push to 4?", "bump it to 11"
_BARE_ONTO = re.compile(
    MOVE_VERB_WORDS + r"(?:\s(?:it|us|this|that))?\s(?:to|till)\s(\d{1,2})(?![\d:.]\d|\s?[ap]\.?m)"
    r"(?!\s?(?:h|uhr|o'clock|min|minutes|hours?|days?|weeks?)\b)",
    re.IGNORECASE,
)


def _bare_hour_onto(text: str, old: datetime) -> time | None:
    """The hour of "can we push to 4?" over a quoted 2pm: the bare number keeps the old
    slot's half of the day, as "push your 3pm to 7" does (_moved_to)."""
    match = _BARE_ONTO.search(text)
    if match is None or not 1 <= int(match.group(1)) <= 12:
        return None
    hour = int(match.group(1)) % 12
    if old.hour >= 12 and hour + 12 <= 23:
        hour += 12
    return time(hour, 0)


def _day_in_anchor_week(
    hit: _Date, text: str, anchor_day: date, reference_day: date
) -> date | None:
    """Return the day a bare weekday names in the week of the slot it moves (three days
    either side of it), or None when it is no bare weekday or that day is already past."""
    if not hit.relative or _DIGIT.search(text, hit.begin, hit.finish):
        return None
    if _RELATIVE_WORDS.search(text[hit.begin : hit.finish]):
        return None  # "tomorrow", "today": the writer's days
    day = anchor_day + timedelta(days=(hit.day.weekday() - anchor_day.weekday() + 3) % 7 - 3)
    return None if day < reference_day else day


def _weekday_of_anchor_week(
    found: list[_Candidate], line: _Line, hit: _Date, anchor: _Candidate, reference_day: date
) -> None:
    """Put the slots read from a note's bare weekday on that weekday of the week of the slot
    the note moves (three days either side of it), when that day is not already past; a
    clock the note gives without a zone is in the zone of the slot it moves."""
    day = _day_in_anchor_week(hit, line.text, anchor.start.date(), reference_day)
    if day is None or day == hit.day:
        return
    shift = day - hit.day
    finish = line.offset + len(line.text)
    for item in found:
        if not item.quoted and line.offset <= item.begin < finish and item.start.date() == hit.day:
            item.start += shift
            if item.end is not None:
                item.end += shift
            if item.zone is None and anchor.zone is not None:
                _put_in_zone(item, anchor.zone)


# A move's note saying the length stays: "(même durée)", "same length", "gleiche Dauer"
_SAME_LENGTH = re.compile(
    r"\b(?:même durée|same (?:length|duration)|gleichen? (?:dauer|länge)|misma duración"
    r"|stessa durata|dezelfde duur|mesma duração|samma längd|samme længde|samme lengde"
    r"|tej samej długości|stejná délka)\b",
    re.IGNORECASE,
)


_WRITTEN_LINE = re.compile(rf"^[\s>*]*(?:{SENT_LABELS})\s?\**\s?{COLON}", re.IGNORECASE)


def _written_on(text: str, reference: date, order: str, order_sure: bool) -> date | None:
    """Return the day a quoted message was written, from its "On … wrote:" or "Sent:" line."""
    attribution = text.endswith(":") and is_reply_header(text)  # "… wrote:"
    if not (attribution or _WRITTEN_LINE.match(text)):
        return None
    for hit in _dates(text[:300], reference, order, order_sure):
        if not hit.relative and hit.day <= reference:
            return hit.day
    return None


def lone_date(texts: list[str], context: Context) -> date | None:
    """Return the one future date a mail names when it gives no time, to say what is missing."""
    order, sure = date_order(texts, context)
    days: set[date] = set()
    for text in texts:
        for line in _lines(normalise(text), context, 400):
            if not line.quoted:
                days.update(
                    hit.day
                    for hit in _dates(
                        line.text, context.reference.date(), order, sure, context.language
                    )
                    if not hit.relative and hit.day >= context.reference.date()
                )
    return days.pop() if len(days) == 1 else None


def is_reply_subject(subject: str | None) -> bool:
    """Tell whether a subject marks a reply rather than a forward or a new mail."""
    if not subject:
        return False
    return bool(REPLY_SUBJECT.match(subject)) and not FORWARD_SUBJECT.match(subject)


# --- a slot moved away, its new time not given -----------------------------------------

MOVED_AWAY_NOTE = (
    "the mail moves this slot elsewhere without giving the new time in full; check the new time"
)
# a move verb and where it goes, after the slot it moves: "… at 2pm on Tuesday is pushed to
# Thursday", "… um 14 Uhr wird auf Donnerstag verschoben" (the verb comes last in German)
_MOVED_AWAY = re.compile(
    rf"{MOVE_VERB_WORDS}(?:\s[^\W\d_]+)?\s(?:{DESTINATION_WORDS})\s"
    r"|\s(?:auf|naar)\s[^\W\d_]+(?:\s[^\W\d_]+)?\s"
    r"(?:verschoben|verlegt|vorverlegt|verplaatst|verzet|verschoven)\b",
    re.IGNORECASE,
)


def moved_away(found: FoundTime) -> bool:
    """Tell a slot that the words after it in its sentence move elsewhere: the old slot of
    a move whose new day or hour the parser did not read ("is pushed to Thursday", "has
    been moved to next week"). Reading it as the interview's time would keep the old slot."""
    if found.moved or not found.line:
        return False
    line = found.line
    stop = _SHIFT_SENTENCE_END.search(line, found.at)
    end = stop.start() if stop else len(line)
    away = _MOVED_AWAY.search(line, found.at, min(end, found.at + 240))
    if away is None or not isinstance(found.start, datetime):
        return False
    # the hour read stands before the move ("at 2pm … is pushed to"), not after it ("la
    # entrevista del viernes la pasamos a las 16:00": the new hour)
    if not _names_when(line[away.start() : away.end() + 40], away.end() - away.start()):
        return False  # "we'll move to the lab at 11": a place, not a day
    hour = found.start.time().replace(tzinfo=None)
    clocks = [clock for clock in _clocks(line) if clock.start == hour]
    return bool(clocks) and all(clock.finish <= away.start() for clock in clocks)


ASKED_MOVE_NOTE = "the mail only asks whether this slot may move; nothing has moved yet"


# Chinese, Japanese and Korean words that move a slot, in a question: "能否把…提前半小时？",
# "…に変更していただけますか", "…로 옮길 수 있을까요?" ("提前" alone also asks the reader to come
# early; a word for arriving rules that out above)
_CJK_MOVE_WORDS = re.compile(
    "提前|推迟|推遲|延后|延後|改到|改为|改成|调整|調整|変更|ずら|遅らせ|早め|繰り上げ|繰り下げ"
    "|옮기|옮길|변경|조정|당기|당길"
)


def asked_to_move(found: FoundTime) -> bool:
    """Tell a slot whose own sentence only asks whether it may move ("Would it be possible
    to move your interview on Tuesday … to Thursday at the same time?", "…を30分遅らせることは
    可能でしょうか。", "هل يمكن تأجيل مقابلتك … لمدة ساعة؟"): a question with a move verb, a
    span's direction or words that keep the hour. Nothing has moved, and the slot read is
    either the one that may be given up or one only proposed."""
    line = found.line
    if not line:
        return False
    start = 0
    for before in _ASK_SENTENCE_END.finditer(line, 0, found.at):
        start = before.end()
    stop = _ASK_SENTENCE_END.search(line, found.at)
    end = stop.end() if stop else len(line)
    if found.moved and stop is not None and not _QUESTION_END.search(line, start, end):
        # a slot moved by the span the next sentence asks about ("We need to move your
        # interview on Wednesday at 10:30. Could we do the same time the next day?"): that
        # sentence is the one asked
        after = _ASK_SENTENCE_END.search(line, end)
        start, end = end, after.end() if after else len(line)
    sentence = line[start:end]
    if not _QUESTION_END.search(sentence) or ARRIVE_EARLY_CUES.search(sentence):
        return False  # "Wil je 10 minuten eerder aanwezig zijn?" asks the reader to come early
    # the change asked for is all the question says of the new slot: a span ("back an
    # hour?", "30분 늦출 수 있을까요?") or the old hour kept ("to Thursday at the same time?");
    # a question that writes the new time out ("can we move to 4pm same day?") proposes a
    # slot of its own, often taken as agreed in the next breath
    spans = list(_SHIFT_SPAN.finditer(sentence))
    if any(_stated_span(sentence, match) is not None for match in spans):
        return True
    if spans and _CJK_MOVE_WORDS.search(sentence):
        return True  # "能否…提前半小时？": "提前" is no direction word elsewhere
    lowered = lower_as_regex(sentence)
    return bool(
        SAME_HOUR_CUES.search_lowered(lowered)
        or NEXT_DAY_CUES.search_lowered(lowered)
        or SAME_DAY_NEXT_WEEK_CUES.search_lowered(lowered)
    )


# words for when a moved slot goes besides a day's name or a number: "next week", "another
# day", "a later date", "nächste Woche", "la semaine prochaine", "la próxima semana"
_WHEN_WORDS = frozenset(
    (
        *("next", "another", "later", "tomorrow", "week", "nächste", "nächsten", "morgen"),
        *("woche", "prochaine", "prochain", "demain", "semaine", "próxima", "próximo"),
        *("mañana", "semana", "prossima", "prossimo", "domani", "settimana", "volgende"),
    )
)


def _names_when(window: str, verb_length: int) -> bool:
    """Tell whether the words a move sends its slot to name a time: a digit, a day, a month
    or a word such as "next" in the two words after the verb and its destination (in the
    German order, the words before the participle)."""
    words = re.findall(r"[^\W_]+", window.lower())
    head = re.findall(r"[^\W_]+", window[:verb_length].lower())
    if len(head) >= 3 and head[0] in ("auf", "naar"):
        ahead = head[1:-1]  # "auf Donnerstag verschoben"
    else:
        ahead = words[len(head) : len(head) + 2]
    return any(word.isdigit() or word in _when_names() or word in _WHEN_WORDS for word in ahead)


@cache
def _when_names() -> frozenset[str]:
    """Day and month names long enough to stand alone: "Thursday", "Donnerstag", "juin";
    the three-letter forms of some languages are common words elsewhere ("lab", "den")."""
    return frozenset(word for word in (*full_weekday_names(), *month_words()) if len(word) >= 4)


# --- moves by a stated span -------------------------------------------------------------

SHIFTED_NOTE = "the new time is not written: read as the old slot moved by the span the mail states"
_SHIFT_SPAN = re.compile(
    r"(?<![0-9A-Za-z\u00c0-\u024f_:.時시\uac00-\ud7af])(?:(?:(?P<digits>\d{1,3})|(?P<word>"
    + alternation(SHIFT_AMOUNT_WORDS)
    + r"))(?:\sde\s|[\s-]?)(?P<unit>"  # Romanian "30 de minute"
    + alternation(SHIFT_UNITS)
    + r")|(?P<whole>"
    + alternation(SHIFT_WHOLE_SPANS)
    + r")|(?P<bare>"
    + alternation(SHIFT_BARE_UNITS)
    + r"))(?![^\W\d_\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af])",  # Thai and CJK run on
    re.IGNORECASE,
)
_LATIN_BEFORE = r"(?<![0-9A-Za-z\u00c0-\u024f])"  # CJK runs its words together
_SHIFT_LATER = re.compile(rf"{_LATIN_BEFORE}(?:{SHIFT_LATER_WORDS})", re.IGNORECASE)
_SHIFT_EARLIER = re.compile(rf"{_LATIN_BEFORE}(?:{SHIFT_EARLIER_WORDS})", re.IGNORECASE)
# the Nordic "kl." before an hour ("torsdag kl. 14:00 flyttas en timme senare") and the Thai
# "น." after one ("เวลา 10:00 น. จะเลื่อนออกไป") end no sentence
# the Latvian "plkst." and the Polish "godz." before an hour and the Lithuanian "2026 m.
# gruodžio 16 d. 13:00" (year, day) likewise
_SHIFT_SENTENCE_END = re.compile(  # (the look-ahead first: see _ZONE_MARK_HINT)
    r"(?=[.!?。?？।۔])(?:(?<!\d)(?<!\bkl)(?<!\bplkst)(?<!\bgodz)(?<!\b[dm])(?<!น)[.!?](?:\s|$)"
    r"|[。?？।۔])",
    re.IGNORECASE,
)
_MINUTES_AFTER_H = re.compile(r"\s?\d")
_SHIFT_LIMITS = {1: 180, 15: 3, 60: 4, 1440: 14, 10080: 4}  # the largest span each unit moves by


def _first_stated_span(text: str) -> timedelta | None:
    """The first span a line moves something by, other than asking the reader to come early."""
    return next((span for _, span in _stated_spans(text, 0, len(text))), None)


def _stated_spans(line: str, start: int, end: int) -> Iterator[tuple[re.Match[str], timedelta]]:
    """The spans a move states between `start` and the sentence's `end`, each with its words;
    "please arrive 15 minutes earlier" moves no start, so it is not one. The direction word
    must be in the span's sentence: "大约半小时。请提前准备" (about half an hour. Prepare in
    advance) moves nothing."""
    for match in _SHIFT_SPAN.finditer(line, start, end):
        span = _stated_span(line[:end], match)
        if span is not None and not _asks_to_come_early(line, match):
            yield match, span


def _stated_span(line: str, match: re.Match[str]) -> timedelta | None:
    """The span a move states ("45 minutes later", "avancé d'une heure", "bir gün
    sonraya"), signed by the word beside it; None when it is no move by a span."""
    minutes = _span_size(match)
    if minutes is None:
        return None
    sign = _shift_direction(line, match.start(), match.end())
    if sign is None and _dano_norwegian_fram(line, match):
        sign = -1
    if sign is None:
        return None
    return timedelta(minutes=sign * minutes)


def _span_size(match: re.Match[str]) -> float | None:
    """How many minutes a span of amount and unit stands for, whichever way it moves; None
    for words that only look like one ("a time later", a Polish "o" before no unit)."""
    if match.group("whole"):
        # "stundu vēlāk", "pusvalandžiu anksčiau": one word holds the amount and the unit
        return float(SHIFT_WHOLE_SPANS[match.group("whole").lower()])
    rest = match.string[match.end() : match.end() + 40]
    if match.group("bare"):
        # "tydzień później", "den později": one of the unit, the direction right after it,
        # in a sentence that moves the slot or keeps its hour ("link wyślę dzień wcześniej",
        # the link a day before, moves nothing)
        if not (_SHIFT_LATER.match(rest.lstrip()) or _SHIFT_EARLIER.match(rest.lstrip())):
            return None
        sentence = time_sentence(match.string, match.start())
        if not (ANY_MOVE_VERB.search(sentence) or _keeps_hour(lower_as_regex(sentence))):
            return None
        return float(SHIFT_UNITS[match.group("bare").lower()])
    if match.group("unit").lower() == "h" and _MINUTES_AFTER_H.match(rest):
        return None  # "1h30", "14 h 30": a clock or a length, not a span of hours
    unit = SHIFT_UNITS[match.group("unit").lower()]
    word = (match.group("word") or "").lower()
    if word == "o" and match.group("unit").lower() not in SHIFT_BARE_O_UNITS:
        return None
    if match.group("unit").lower() == "time" and word not in SHIFT_NORDIC_HOUR:
        return None
    if match.group("digits"):
        amount = float(match.group("digits"))
    else:
        amount = SHIFT_AMOUNT_WORDS[match.group("word").lower()]
    if amount <= 0 or amount > _SHIFT_LIMITS[unit] or (unit == 1 and amount % 5):
        return None
    return amount * unit


def _span_lands_on_clock(found: FoundTime, clocks: list[_Clock], end: int) -> FoundTime:
    """Read a move whose span names no direction by the hour written after it: "flyttas fram
    en timme, till kl. 11.00" (a Swede's "fram" goes either way), "verschoben um eine Stunde
    auf 11 Uhr", "moved by an hour, to 11:00": the hour that is the old one plus or minus
    the span is the new start, not the old slot's end."""
    line = found.line
    if not ANY_MOVE_VERB.search(time_sentence(line, found.at)):
        return found
    old = found.start
    for match in _SHIFT_SPAN.finditer(line, found.at, end):
        size = _span_size(match)
        if size is None or size >= 1440 or _asks_to_come_early(line, match):
            continue
        if _SPAN_LENGTH_BEFORE.search(line, max(0, match.start() - 24), match.start()):
            continue  # "it lasts an hour, until 11:00": how long, not how far
        steps = (timedelta(minutes=size), timedelta(minutes=-size))
        for clock in clocks:
            if not match.end() <= clock.begin < end:
                continue
            for step in steps:
                if (old + step).time().replace(tzinfo=None) == clock.start:
                    notes = found.warnings
                    return replace(found, start=old + step, end=None, moved=True, warnings=notes)
        return found
    return found


_FRAM = re.compile(rf"{_LATIN_BEFORE}fram\b", re.IGNORECASE)


def _dano_norwegian_fram(line: str, match: re.Match[str]) -> bool:
    """Tell Nynorsk "flytta ein time fram" (earlier, as Bokmål and Danish "frem"): "fram"
    beside a unit only Danish and Norwegian write; a Swede "flyttar fram" either way."""
    unit = (match.group("unit") or match.group("whole") or "").lower()
    if unit not in SHIFT_DANO_NORWEGIAN_UNITS:
        return False
    return _FRAM.search(line, max(0, match.start() - 40), match.end() + 24) is not None


def _shift_direction(line: str, start: int, finish: int) -> int | None:
    """The sign of a span's move: the direction word nearest to it, as a clause beside the
    span may use the other ("pushed back an hour, as her earlier meeting overruns", "moves
    30 minutes later; the earlier slot goes to someone else"); None when there is none."""
    begin = max(0, start - 40)
    window = line[begin : finish + 24]
    nearest: tuple[int, int] | None = None
    for sign, pattern in ((-1, _SHIFT_EARLIER), (1, _SHIFT_LATER)):
        for word in pattern.finditer(window):
            at = begin + word.start()
            distance = start - (begin + word.end()) if at < start else at - finish
            if nearest is None or distance < nearest[0]:
                nearest = (distance, sign)
    if nearest is None:
        return _verb_direction(line, start)
    return nearest[1]


# a span a sentence's opening verb moves stands after "by" ("d'une heure", "di un'ora", "en
# una hora", "em meia hora", "met een half uur", "by a week", "um eine Stunde"); a span after
# a word of length ("il durera une heure", "pour une durée d'une heure", "for an hour") is
# how long the meeting lasts, not how far it moves
_SPAN_BY_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:d['’]|de|di|en|em|por|met|med|by|um)\s*$", re.IGNORECASE
)
_SPAN_LENGTH_BEFORE = re.compile(
    r"(?:durée|dur\w*|pendant|lasting|lasts?|for|duur\w*|während|per)\W+"
    r"(?:(?:d['’]|de|di|en|em|por|met|by|um)\s*)?$",
    re.IGNORECASE,
)


# the verbs that move a slot, read back to the start of the span's sentence when no direction
# word stands beside the span: "Le client avance votre entretien du jeudi 14 janvier à 15 h
# d'une heure", "Posticipiamo il colloquio di giovedì 17 dicembre alle 10:00 di un'ora",
# "We're postponing your interview on Tuesday 15 December at 2pm by a week" (verb first, the
# old slot between it and the span). Only verbs: an adverb ("later", "earlier") far off says
# nothing of this span.
_SHIFT_VERB_EARLIER = re.compile(
    rf"{_LATIN_BEFORE}(?:avan[cç]\w*|adelant\w*|antecip\w*|anticip(?:iamo|at[oaie]|a|are)\b"
    r"|vervroeg\w*|vorverleg\w*|prepon\w*)",
    re.IGNORECASE,
)
_SHIFT_VERB_LATER = re.compile(
    rf"{_LATIN_BEFORE}(?:décal\w*|repouss\w*|retras\w*|atras\w*|adia[dr]\w*|posticip\w*"
    # English "push" and "delay" move later unless a direction word beside the span says
    # otherwise ("push it forward by an hour" is read by _shift_direction first); Dutch
    # "uitstellen" postpones
    r"|ritard\w*|postpon\w*|aplaz\w*|push(?:ed|ing|es)?\b|delay\w*|uitstel\w*"
    # Swedish "Vi behöver skjuta upp din intervju … med 30 minuter", Norwegian "utsette",
    # Danish "udsætte … med 30 minutter"
    r"|skjut\w* upp|skjuts upp|utsett\w*|udsæt\w*)",
    re.IGNORECASE,
)
_VERB_REACH = 160
# the verb right before the span, with its object at most: "Retrasamos media hora tu
# entrevista", "we're pushing it 30 minutes", "Posticipiamo di un'ora" is read above
_OBJECT_AFTER_VERB = re.compile(
    r"(\w+)(?:\s+(?:it|them|this|lo|la|le|les|het|es|ihn|sie|il))?\s+$", re.IGNORECASE
)


def _verb_direction(line: str, start: int) -> int | None:
    """The sign a move verb earlier in the span's sentence gives it; None when there is none."""
    before = line[max(0, start - 24) : start]
    adjacent = _OBJECT_AFTER_VERB.search(before)
    if adjacent is not None:
        for sign, pattern in ((-1, _SHIFT_VERB_EARLIER), (1, _SHIFT_VERB_LATER)):
            if pattern.fullmatch(adjacent.group(1)):
                return sign
    if not _SPAN_BY_BEFORE.search(before) or _SPAN_LENGTH_BEFORE.search(before):
        return None
    begin = max(0, start - _VERB_REACH)
    for stop in _SHIFT_SENTENCE_END.finditer(line, begin, start):
        begin = stop.end()
    newline = line.rfind("\n", begin, start)
    if newline >= 0:
        begin = newline + 1
    nearest: tuple[int, int] | None = None
    for sign, pattern in ((-1, _SHIFT_VERB_EARLIER), (1, _SHIFT_VERB_LATER)):
        for word in pattern.finditer(line, begin, start):
            if nearest is None or word.start() > nearest[0]:
                nearest = (word.start(), sign)
    return None if nearest is None else nearest[1]


# the word for "by" a span may stand after its verb: "repousser de 45 minutes", "anticipare
# di mezz'ora", "adiar em 30 minutos", "retrasar 45 minutos" (none)
_BY_AFTER_VERB = re.compile(
    r"(\w+)\s+(?:(?:de|di|em|en|por|met|by|um)\s+|d['’]\s*)?$", re.IGNORECASE
)


def _span_led_by_verb(line: str, match: re.Match[str]) -> int | None:
    """The sign of a span that is the move verb's own complement, the verb right before it
    and the slot it moves after it: "Tenemos que retrasar 45 minutos tu entrevista del …",
    "Adelantamos una hora tu entrevista del …", "Nous devons repousser de 45 minutes votre
    entretien du …"; None when no move verb leads the span."""
    adjacent = _BY_AFTER_VERB.search(line, max(0, match.start() - 24), match.start())
    if adjacent is None:
        return None
    for sign, pattern in ((-1, _SHIFT_VERB_EARLIER), (1, _SHIFT_VERB_LATER)):
        if pattern.fullmatch(adjacent.group(1)):
            return sign
    return None


def _keeps_hour(lowered: str) -> bool:
    """Words that keep the old slot's hour, beside the new day ("same time", "no mesmo
    horário", "stesso orario") or of the time itself ("die Uhrzeit bleibt gleich")."""
    return bool(SAME_HOUR_CUES.search_lowered(lowered) or KEPT_HOUR_CUES.search_lowered(lowered))


def _days_on_undirected(
    line: str, start: int, end: int, lowered: str
) -> list[tuple[int, int, timedelta]]:
    """A move by whole days or weeks with no word for its direction, the hour kept: "zostaje
    przesunięta o tydzień, na tę samą godzinę", "moved by a day … at the same time". A slot
    is put off, not brought a week forward, unless the mail says "earlier"."""
    if not _keeps_hour(lowered):
        return []
    for match in _SHIFT_SPAN.finditer(line, start, end):
        unit = match.group("unit")
        if unit is None or SHIFT_UNITS[unit.lower()] < 1440:
            continue
        if match.group("digits"):
            amount = float(match.group("digits"))
        else:
            amount = SHIFT_AMOUNT_WORDS.get((match.group("word") or "").lower(), 0)
        if 0 < amount <= _SHIFT_LIMITS[SHIFT_UNITS[unit.lower()]]:
            minutes = amount * SHIFT_UNITS[unit.lower()]
            return [(match.start(), match.end(), timedelta(minutes=minutes))]
    return []


# the hour a move leaves, named after the move's span: "; it was 2:00 PM", "originally at
# 10", "geplant war 14:00 Uhr", "bisher 9 Uhr", "initialement à 10h", "antes era a las 10"
_GIVEN_UP_BEFORE_CLOCK = re.compile(
    r"(?:\bit was|\boriginally(?: it was)?|\bpreviously|\bgeplant war|\bbisher"
    r"|\binitialement|\bantes era|\bera|\bprevisto era)(?: set)?"
    r"(?:\s(?:at|for|um|à|a las|alle))?\s{1,2}$",
    re.IGNORECASE,
)


def _left_after_span(line: str, clock: _Clock, old_hour: time) -> bool:
    """Tell the hour a move leaves, named after its span ("; it was 2:00 PM")."""
    return clock.start == old_hour and bool(
        _GIVEN_UP_BEFORE_CLOCK.search(line, max(0, clock.begin - 24), clock.begin)
    )


def _shift_by_span_before(found: FoundTime, clocks: list[_Clock], end: int) -> FoundTime:
    """Move a slot by a span its move verb states before it, in the same sentence ("retrasar
    45 minutos tu entrevista del miércoles 11 de marzo a las 16:00"). Every clock of the
    sentence must be the old slot's: a time written there besides it is a new time of its
    own. A span read as the meeting's length ("45 minutos tu entrevista") is no end."""
    line = found.line
    begin = 0
    for stop in _SHIFT_SENTENCE_END.finditer(line, 0, found.at):
        begin = stop.end()
    spans = [
        match
        for match in _SHIFT_SPAN.finditer(line, begin, found.at)
        if not _asks_to_come_early(line, match)
    ]
    if len(spans) != 1:
        return found
    sign = _span_led_by_verb(line, spans[0])
    span = _stated_span(line[: spans[0].end() + 24], spans[0]) if sign is not None else None
    if span is None or (span > timedelta(0)) != (sign == 1):
        return found
    old = (found.start.time().replace(tzinfo=None), found.end)
    said = [c for c in clocks if spans[0].end() <= c.begin < end]
    if (
        not said
        or any(c.start != old[0] for c in said)
        or any(c.finish <= spans[0].start() and c.begin >= begin for c in clocks)
    ):
        return found
    new_end = None
    if found.end is not None and found.end - found.start != abs(span):
        new_end = found.end + span
    notes = (*found.warnings, SHIFTED_NOTE)
    return replace(found, start=found.start + span, end=new_end, moved=True, warnings=notes)


# how far from a span a word asking the reader to come early is read: right before it
# ("please arrive 15 minutes earlier", "Kom gärna 10 minuter tidigare") or, verb last, in
# the same clause after it ("15 dakika erken gelin", "15 Minuten früher da sein")
_ARRIVE_REACH = 16
_SAME_CLAUSE = re.compile(r"[^,;:.!?\n]{0,24}")


def _asks_to_come_early(line: str, span: re.Match[str]) -> bool:
    """Tell a span that says how early the reader should come, not how far the slot moves:
    "bumped forward by half an hour, so please arrive a bit earlier" still moves it."""
    before = line[max(0, span.start() - _ARRIVE_REACH) : span.start()]
    clause = _SAME_CLAUSE.match(line, span.end())
    after = clause.group(0) if clause else ""
    return bool(ARRIVE_EARLY_CUES.search(before) or ARRIVE_EARLY_CUES.search(after))


# words that send a slot some days on, read with words that keep its hour: "the next day,
# same time", "samma dag veckan efter, samma tid"
_DAYS_ON = ((NEXT_DAY_CUES, 1), (SAME_DAY_NEXT_WEEK_CUES, 7))


def _spans_said(
    line: str, begin: int, end: int, *, moves: bool
) -> list[tuple[int, int, timedelta]]:
    """The spans a move states between `begin` and `end`, each with where it is written: a
    span with its direction ("30 minutes later"), a day on with the hour kept ("the next
    day, same time"), or, where a verb moves the slot (`moves`), whole days with the hour
    kept and no direction ("przesunięta o tydzień, na tę samą godzinę")."""
    lowered = lower_as_regex(line[begin:end])
    spans = [(match.start(), match.end(), span) for match, span in _stated_spans(line, begin, end)]
    for cues, days in _DAYS_ON:
        day_on = cues.search_lowered(lowered)
        if not spans and day_on is not None and _keeps_hour(lowered):
            spans.append((begin + day_on.start(), begin + day_on.end(), timedelta(days=days)))
    if not spans and moves:
        spans = _days_on_undirected(line, begin, end, lowered)
    return spans


_MOVE_VERB = re.compile(MOVE_VERB_WORDS, re.IGNORECASE)


def _moves_itself(line: str, begin: int, end: int) -> bool:
    """Tell a sentence that moves a slot with a verb of its own: a move verb that is no
    direction word ("pushed back by an hour", "um eine Woche verschieben"), or one right
    before the span ("postponed by a week"). A direction word that is also a noun elsewhere
    in the sentence moves nothing: "Dispondrá de 10 minutos para exponer sus avances"."""
    for verb in _MOVE_VERB.finditer(line, begin, end):
        word = verb.group(0)
        if not (_SHIFT_LATER.fullmatch(word) or _SHIFT_EARLIER.fullmatch(word)):
            return True
        if any(
            0 <= span.start() - verb.end() <= 8
            for span in _SHIFT_SPAN.finditer(line, verb.end(), end)
        ):
            return True
    return False


def _spans_said_next(line: str, begin: int, *, moves: bool) -> list[tuple[int, int, timedelta]]:
    """The span of a move said in the sentence that starts at `begin`, after the slot's own,
    which names no day or hour of its own, only the span. The slot's sentence moves it, or
    this one keeps its hour ("Can we meet at the same time a week later?"); a span there
    beside no move ("Dispondrá de 10 minutos para exponer sus avances") moves nothing."""
    stop = _SHIFT_SENTENCE_END.search(line, begin)
    end = stop.start() if stop else len(line)
    # the move said in this sentence itself, the slot's own only naming it: "... scheduled
    # from 10:00 to 11:00 AM. ... the whole panel has been pushed back by an hour", "... war
    # für Mittwoch, 10. März um 9:30 Uhr geplant. ... müssen wir es um eine Woche
    # verschieben; die Uhrzeit bleibt" (moves79)
    moves = moves or _moves_itself(line, begin, end)
    # (a question there, "Could we do the same time the next day?", is still read; the
    # parser's asked_to_move then leaves the reading unsure)
    spans = _spans_said(line, begin, end, moves=moves)
    if not spans or not (moves or _keeps_hour(lower_as_regex(line[begin:end]))):
        return []
    first, last, _ = spans[0]
    if _DIGIT.search(line[begin:first] + " " + line[last:end]):
        return []  # "The office party is at the same time on Friday 13 March": its own day
    return spans[:1]


def shift_by_stated_span(found: FoundTime) -> FoundTime:
    """Move a slot by the span a move states: "your interview on Tuesday, December 8 at 10:00
    AM will now start 45 minutes later", "…15:00'teki mülakatınız bir saat ertelendi", "has to
    move to the same time the following day". The slot read must be the old one, its hour
    written before the span in the same sentence. A time written after the span must be the
    old one plus the span ("pushed back 2 hours, so it's now 3pm"); any other time there is
    a new time of its own and nothing is changed. Asked moves ("could we …?") are left."""
    line = found.line
    if not line or found.quoted or found.deadline:
        return found
    stop = _SHIFT_SENTENCE_END.search(line, found.at)
    end = stop.start() if stop else len(line)
    if stop is not None and line[stop.start()] in "?？":
        return found
    old_hour = found.start.time().replace(tzinfo=None)
    clocks = _clocks(line)
    moves = ANY_MOVE_VERB.search(time_sentence(line, found.at)) is not None
    spans = _spans_said(line, found.at, end, moves=moves)
    if not spans and stop is not None:
        # the move's span in the next sentence: "we need to move your interview on Wednesday
        # 14 April at 10:30. We'll meet at the same time the next day", "…przełożyć rozmowę z
        # piątku 16 kwietnia, godz. 10:30. Proponuję tydzień później o tej samej godzinie"
        spans, end = _spans_said_next(line, stop.end(), moves=moves), end
        if spans:
            after_stop = _SHIFT_SENTENCE_END.search(line, stop.end())
            end = after_stop.start() if after_stop else len(line)
    if not spans:
        landed = _span_lands_on_clock(found, clocks, end)
        if landed is not found:
            return landed
        return _shift_by_span_before(found, clocks, end)
    for begin, finish, span in spans[:1]:
        # "push your interview on Thursday back by 30 minutes; it was 2:00 PM", "um eine
        # halbe Stunde nach hinten verschieben; geplant war 14:00 Uhr": the hour left is
        # named after the span (moves50)
        left = [c for c in clocks if c.begin >= finish and _left_after_span(line, c, old_hour)]
        if not left and not any(c.finish <= begin and c.start == old_hour for c in clocks):
            return found
        new_start = found.start + span
        after = [
            c for c in clocks if begin < c.begin < end and not c.begin < finish and c not in left
        ]
        if after and not any(c.start == new_start.time().replace(tzinfo=None) for c in after):
            return found
        notes = found.warnings if after else (*found.warnings, SHIFTED_NOTE)
        new_end = found.end + span if found.end is not None else None
        stated_end = any(c.start == old_hour and c.end is not None for c in clocks)
        if new_end is not None and not stated_end and new_end - new_start == abs(span):
            # "pusvalandžiu anksčiau" (half an hour earlier) was also read as the meeting's
            # length: the words say how far it moves, not how long it lasts
            new_end = None
        return replace(found, start=new_start, end=new_end, moved=True, warnings=notes)
    return found
