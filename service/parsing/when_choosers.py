"""Choose which of the times a mail names is the interview.

`_combine` pairs the dates and clocks of a block into candidates and `_score` ranks them as a
careful reader would (a labelled slot over a passing mention, a stated zone over an assumed
one, the new time of a move over the old). The `_take_the_*` choosers settle threads instead:
the quoted slot a reply confirms, the numbered option or the slot picked below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from service.parsing.lexicon import (
    AGREED_SLOT,
    ANY_MOVE_VERB,
    ARRIVAL_CUES,
    CANCELLED_CUES,
    CANCELLING_CUES,
    CONFIRMS_QUOTED_SLOT,
    EARLY_STEP_CUES,
    IF_IT_GOES_WELL_CUES,
    INTERVIEW_NOUNS,
    MOVE_VERB_WORDS,
    MOVE_VERBS,
    NEW_SLOT_MARKED_AFTER,
    NEW_TIME_CUES,
    OLD_TIME_CUES,
    OTHER_EVENT_NOUNS,
    PICK_AFTERNOON,
    PICK_BOOKED,
    PICK_COMPARAND,
    PICK_MORNING,
    PICK_NOUNS,
    PICK_OF_TWO_EARLIER,
    PICK_OF_TWO_FORMER,
    PICK_OF_TWO_LATER,
    PICK_OF_TWO_LATTER,
    PICK_ORDINAL_ALONE_SUFFIX,
    PICK_ORDINALS,
    REPLY_AGREES,
    RESCHEDULED_CUES,
    START_WORDS,
    SUBJECT_RESCHEDULED,
    THANKS_FOR_CONFIRMING,
    has_invitation_cue,
    is_reply_header,
)
from service.parsing.lookalikes import START_DATE_CUES, time_sentence
from service.parsing.text import SLOT_HEAD
from service.parsing.when_clocks import (
    _LEADS_CLOCK,
    _SAME_DAY_LATER_HALF,
    _clocks,
    _document_zone,
    _LineClocks,
    _zone_after,
    _zone_before,
    past_clock_words,
)
from service.parsing.when_common import (
    _DIGIT,
    _FINISH_VERB,
    _FROM_WORDS,
    Context,
    Segment,
    _Candidate,
    _Clock,
    _Date,
    _Line,
    _patterns,
)
from service.parsing.when_dates import (
    SPAN_FIRST,
    SPAN_JOIN,
    SPAN_LAST,
    _dates,
    _is_due,
    _may_name_weekday,
)
from service.parsing.when_ends import _attach_prose_end
from service.parsing.when_lines import _is_forward_header_line, _is_header_block_start, _lines
from service.parsing.zone_words import (
    Zone,
    city_pair_disagrees,
    in_context,
    read_zone,
    zone_for_city,
    zone_of_place_after,
)
from service.parsing.zones import iana_zone

# Languages that put "before" or "until" after the date or time: Basque "ekainaren 30a baino
# lehen", Azerbaijani "saat 18:00-dək" / "18:00-a qədər", Japanese "17時までに", Korean
# "18시까지", Chinese "18:00前"; a suffix of up to three letters may stand between ("30a",
# "18:00-a").
_DUE_AFTER = re.compile(
    r"^(?:[^\W\d_]{1,3}|\))?\s?(?:baino lehen(?:ago)?\b|-?d[əe]k\b|-?[aeə]? qədər\b|までに"
    # Korean "오후 6시까지" (by 6 p.m.); a range has swallowed its own 까지 before this;
    # Turkish "17:00'ye kadar", "cumaya kadar": the same suffix and postposition; Finnish
    # "5.11. mennessä", Estonian "kell 12.00-ks", Hungarian "november 5-ig" (by then)
    r"|까지|'?y?[ae] kadar\b|mennessä\b|-ks\b|-ig\b"
    # Chinese "18:00前", "下午6点之前": before then ("前往", going to, is no deadline, nor
    # "前台", the front desk: "9:30 前台签到" is a programme row, signing in at reception)
    r"|之前|以前|前(?![往来去台])"
    # "by" after the hour in Bengali, Assamese, Odia, Urdu, Tamil and Oromo: "৫টার মধ্যে",
    # "৫ বজাৰ ভিতৰত", "6 ଟା ସୁଦ୍ଧା", "5 بجے تک", "5 மணிக்குள்" (the suffix's last letters),
    # "17:00 dura"
    r"|মধ্যে|ভিতৰত|ସୁଦ୍ଧା|تک(?![\u0600-\u06ff])|ள்|dura\b"
    # ... in Marathi, Hindi, Nepali, Gujarati, Telugu, Sinhala, Burmese and Khmer: "६
    # वाजेपर्यंत", "6 बजे तक", "५ बजेभित्र", "૬ વાગ્યા સુધી", "11:59 లోపు", "5.00 ට පෙර",
    # "၅ နာရီ မတိုင်မီ", "ម៉ោង ៥ មុន"
    r"|पर्यंत|तक(?![\u0900-\u097f])|भित्र|સુધી|లోపు|లోగా|(?:ට\s?)?පෙර|မတိုင်မီ|មុន"
    # ... and "before" after it in Hindi and Urdu: "सुबह 9:00 बजे से पहले अपलोड करें",
    # "2 بجے سے پہلے بھیج دیں" (after34)
    r"|से पहले|سے پہلے)",
    re.IGNORECASE,
)


_FROM_BEFORE = re.compile(rf"\b{_FROM_WORDS}\s*:?\s*$", re.IGNORECASE)


# the longest span a "from … to …" on one day may be a meeting's start and end
_FROM_TO_RANGE_LIMIT = timedelta(hours=4)
# the start's date and clock, then the word for "to" before the end's date
_TO_BETWEEN = re.compile(
    r"[^\n]{0,40}?\d{1,2}[:.h]\d{2}\s*(?:to|au|à|al|a|bis|tot|até|till|until|[-–])\s*:?\s*",
    re.IGNORECASE,
)


def _range_written_as_from_to(
    top: _Candidate, candidates: list[_Candidate]
) -> tuple[_Candidate, bool] | None:
    """The start of a range written with its date twice, which "from" and "to" made look
    like a move: "Your interview is scheduled from 02/02/2027 11:00 to 02/02/2027 11:45"
    (booking tools and groupware print both ends in full). The same day, an end a meeting's
    length after the start, a bare "from" before it and no word of a move in the sentence:
    a range, not a slot given up for another. Returned with whether a word before "from"
    ("initially scheduled from … to …") gives that whole range up."""
    if top.quoted or top.end is not None:
        return None
    sentence = time_sentence(top.line, top.at)
    move_said = bool(ANY_MOVE_VERB.search(sentence) or RESCHEDULED_CUES.search(sentence))
    for item in candidates:
        if not (
            item.old
            and not item.quoted
            and item.end is None
            and item.line == top.line
            and item.at < top.at
            and item.start.date() == top.start.date()
            and timedelta(0) < top.start - item.start <= _FROM_TO_RANGE_LIMIT
        ):
            continue
        before = top.line[max(0, item.at - 40) : item.at]
        lead = _FROM_BEFORE.search(before)
        if lead is None or not _TO_BETWEEN.fullmatch(top.line, item.at, top.at):
            continue
        given_up = _marked_old(before[: lead.start()])
        if given_up or not move_said:
            # ("initialement prévu du … au …, a été modifié": the move is the next slot's)
            return item, given_up
    return None


def _moves_quoted_slot(top: _Candidate, candidates: list[_Candidate]) -> bool:
    """Tell a reply that moves the slot quoted under it ("la entrevista del jueves pasa a las
    12:00", "flytta intervjun till fredag 23 april") from one that confirms it.

    The move verb must sit in the sentence of the reply's own time, a different time must be
    in the quoted mail, and the sentence must not only ask ("können wir … verschieben?").
    """
    if top.quoted or not any(item.quoted and item.start != top.start for item in candidates):
        return False
    sentence = time_sentence(top.line, top.at)
    said = ANY_MOVE_VERB.search(sentence) or RESCHEDULED_CUES.search(sentence)
    return bool(said) and not _REQUEST.search(sentence)


# A recurring meeting's rhythm: "every other Wednesday at 17:00 UTC", "each Thursday",
# "jeden zweiten Mittwoch um 19 Uhr", "tous les mercredis à 18h", "todos los martes",
# "ogni giovedì", "elke dinsdag", "co drugą środę", "každé úterý", "каждую среду", "毎週水曜日".
_RECURRING = re.compile(
    r"\b(?:every|each|jede[nrs]?|alle zwei wochen|tous les|toutes les|chaque|todos los"
    r"|todas las|cada|ogni|tutti i|elke|iedere|om de week|co(?: drug\w+| tydzień)?"
    r"|każd\w+|každ\w+|кажд\w+|todas as|todos os)\s+(?:\w+\s+){0,2}?"
    r"(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles"
    r"|jueves|viernes|sábado|domingo|luned|marted|mercoled|gioved|venerd|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedział|wtor|środ"
    r"|czwart|piąt|sobot|niedziel|pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli"
    r"|понедельник|вторник|среду|четверг|пятниц|субботу|воскресенье|segunda|terça|quarta"
    r"|quinta|sexta)"
    r"|毎週|隔週",
    re.IGNORECASE,
)
NEXT_OCCURRENCE_WINDOW = timedelta(weeks=8)


def _named_occurrence(
    top: _Candidate,
    segments: list[Segment],
    texts: list[str],
    context: Context,
    order: str,
    order_sure: bool,
) -> None:
    """Move a recurring meeting's time to the date the mail names for its next occurrence.

    "The WG meets every other Wednesday at 17:00 UTC. The next one is on 9 December": the
    weekday alone resolves to the coming Wednesday, which may be the week off; a date on
    that weekday named elsewhere in the mail (in the subject, a line of its own) is the one
    meant. Only a reading from a bare weekday in a sentence that says it recurs moves.
    """
    if not top.relative or top.quoted or not _RECURRING.search(top.line):
        return
    reference_day = context.reference.date()
    weekday = top.start.date().weekday()
    named: set[date] = set()
    for segment, text in zip(segments, texts, strict=True):
        if segment.origin == "subject" and (context.is_reply or context.reply_subject):
            continue
        for line in _lines(text, context, 200):
            if line.quoted or _forwarders_note(line, segment) or not line.text:
                continue
            for hit in _dates(line.text, reference_day, order, order_sure, context.language):
                if (
                    not hit.relative
                    and hit.day.weekday() == weekday
                    and reference_day <= hit.day <= reference_day + NEXT_OCCURRENCE_WINDOW
                ):
                    named.add(hit.day)
    if not named:
        return
    day = min(named)
    if day == top.start.date():
        return
    _move_to_day(top, day)
    top.notes.append("a recurring meeting: the date named for its next occurrence is taken")


def _reply_own_lines(
    segments: list[Segment], texts: list[str], context: Context, limit: int
) -> Iterator[_Line]:
    """The lines a reply writes itself, among the first `limit` of each body: not quoted, not
    an attribution ("On Mon, 2 Nov … wrote:" names the quote's day, not a slot) and not a
    forward's header block (its "Date:" line)."""
    for segment, text in zip(segments, texts, strict=True):
        if segment.origin == "subject":
            continue
        lines = _lines(text, context, limit)
        for index, line in enumerate(lines):
            if line.quoted or not line.text or is_reply_header(line.text):
                continue
            if not _is_forward_header_line(lines, index):
                yield line


def _take_the_named_quoted_slot(
    ranked: list[_Candidate],
    segments: list[Segment],
    texts: list[str],
    context: Context,
    order: str,
    order_sure: bool,
) -> None:
    """Put first the quoted slot that the reply's own words pick by its day.

    "Thursday works best for me" above "Wednesday 10:00 or Thursday 14:00" confirms the
    Thursday slot: the new text names the day, the quote gives its hour.
    """
    quoted_days = {item.start.date() for item in ranked if item.quoted}
    if len(quoted_days) < 2:
        return
    named: set[date] = set()
    reference_day = context.reference.date()
    for line in _reply_own_lines(segments, texts, context, 60):
        hits = _dates(line.text, reference_day, order, order_sure, context.language)
        named.update(hit.day for hit in hits)
    picked = named & quoted_days
    if len(picked) != 1:
        return
    (day,) = picked
    choice = next(item for item in ranked if item.quoted and item.start.date() == day)
    ranked.remove(choice)
    choice.quoted = False  # the reply's own words confirm it
    choice.notes.append("the reply picks this day from the times it quotes; check the hour")
    ranked.insert(0, choice)


_QUOTED_PENALTY = 3.0  # what a time loses for standing in quoted earlier mail


def _asks_its_slot(item: _Candidate) -> bool:
    """Tell whether the sentence that holds a time is a question ("Could you do Thursday,
    June 18 at 10 AM?", "7月14日（火）14時からの面接はいかがでしょうか。"): the time is asked
    about, not set."""
    line = item.line
    if not line:
        return False
    start = 0
    for before in _ASK_SENTENCE_END.finditer(line, 0, item.at):
        start = before.end()
    stop = _ASK_SENTENCE_END.search(line, item.at)
    return bool(_QUESTION_END.search(line[start : stop.end() if stop else len(line)]))


def _offers_its_slot(item: _Candidate) -> bool:
    """Tell whether a quoted slot is offered for an answer rather than set: its sentence is
    a question, or a question follows it on its line ("We'd like to invite you on Monday 23
    November at 15:00. Does that suit you?", "… einladen. Passt Ihnen der Termin?")."""
    return _asks_its_slot(item) or bool(item.line and _QUESTION_END.search(item.line, item.at))


# how many hard-wrapped lines a quoted sentence is read across, each way from its time
_WRAP_LINES = 3


def _whole_sentence(item: _Candidate, lines: list[_Line]) -> _Candidate:
    """The quoted time with its sentence read across the hard-wrapped lines that carry it.

    A quoted question wrapped by the mail client ("> Could you come in on Tuesday 10 March at
    10:00 at our Leeds" / "> depot?"; ">> " deeper, Outlook's header block with no markers at
    all) asks on the line below its time; the lines come with their markers stripped, and a
    line runs on into the next while its sentence has not ended and no blank line parts
    them. The time's own line is returned as it is where nothing wraps."""
    index = next(
        (
            i
            for i, line in enumerate(lines)
            if line.text == item.line and line.offset <= item.begin <= line.offset + len(line.text)
        ),
        None,
    )
    if index is None:
        return item
    text, at = item.line, item.at
    low = index
    while low > max(0, index - _WRAP_LINES):
        above = lines[low - 1]
        if not above.text or above.quoted != item.quoted or above.text[-1] in ".!?？。:;":
            break
        low -= 1
        text, at = f"{above.text} {text}", at + len(above.text) + 1
    high = index
    while high < min(len(lines) - 1, index + _WRAP_LINES):
        below = lines[high + 1]
        if not below.text or below.quoted != item.quoted:
            break
        if _ASK_SENTENCE_END.search(text, at) is not None:
            break  # the time's sentence ends on the lines read so far
        high += 1
        text = f"{text} {below.text}"
    return item if text == item.line else replace(item, line=text, at=at)


def _take_the_confirmed_quoted_slot(
    ranked: list[_Candidate], segments: list[Segment], texts: list[str], context: Context
) -> None:
    """Put first the one slot a reply confirms in words without repeating it.

    "Lovely, that's in the diary" over "Could you do next Wednesday at 11?" and the reader's
    yes, "Perfecto, queda confirmado" over "¿Te viene bien pasado mañana a las 17:00?",
    "Confermo, ci vediamo all'orario indicato qui sotto", "Só confirmando o nosso horário
    (veja abaixo)", "potwierdzam, do zobaczenia!" (threads37, five writers and languages):
    the new text confirms, the quote gives the day and hour, counted from the quoted mail's
    own date. Only a quote holding one slot, still ahead, counts; thanks for someone else's
    confirmation ("vielen Dank für Ihre Bestätigung") confirm nothing. A forwarded thread
    needs no such words: the user passes it on for its slot.
    """
    # the quoted mail's own attribution lines ("El mié, 2 dic 2026 a las 13:45, …") and
    # anything else behind the reply's date are history, not the slot
    quoted = [
        item
        for item in ranked
        if item.quoted
        and item.origin != "subject"
        and not (item.old or item.deadline)
        and item.start >= context.reference
    ]
    if len({item.start for item in quoted}) != 1:
        return
    # a thread the user forwards is passed on whole: its one slot still ahead is what it is
    # forwarded for, whatever thanks were said under it ("Anota na agenda" over "Imagina! Até
    # lá." and the invitation, "Para el calendario" over "¡De nada, hasta el jueves!")
    # a reply that calls the meeting off names the quoted slot too: the one it cancels ("Den
    # Termin am Dienstag sage ich deshalb ab" over the quoted invitation)
    own = list(_reply_own_lines(segments, texts, context, 40))
    calls_off = any(
        CANCELLING_CUES.search(line.text) or CANCELLED_CUES.search(line.text) for line in own
    )
    # ... unless the thread only asks for it: where every quoted line holding the slot is a
    # question ("Would Tuesday 16 June at 15:00 work for you?", "Wäre Dienstag um 15 Uhr
    # möglich?", "Seriez-vous disponible …?", "いかがでしょうか"), the slot is proposed, and
    # only words above it that take it make it the slot (fwdconfirm49)
    # (there a reply's own yes counts in the words that close a thread: "Toppen, då är det
    # bokat. Vi ses då!", "承知しました")
    # the user's own reply passed on (forwarded, or their Bcc copy of it) reads as a forward
    forward = context.is_forward or context.own_mail
    # the quoted sentence is read whole, across the lines its client wrapped it on
    read = {
        segment.origin: _lines(text, context)
        for segment, text in zip(segments, texts, strict=True)
        if segment.origin != "subject"
    }
    whole = [_whole_sentence(item, read.get(item.origin, [])) for item in quoted]
    asked = all(_asks_its_slot(item) for item in whole)
    if context.own_mail and not calls_off and not any(_offers_its_slot(item) for item in whole):
        # the user's own reply, forwarded, over a slot the employer had already set ("Got it,
        # thanks. See you then!", "ich freue mich auf Freitag", "Nos vemos el martes" over
        # "we've booked your interview for ..."): it sets nothing new (README 'Replies over
        # a quoted time'); the user forwards the employer's own mail for its slot instead
        return
    # a forward passes the thread on for its slot; the user's Bcc copy of their reply is
    # sent to the employer, and takes the slot only in its own words (a withdrawal, "thanks
    # for confirming" under a set slot with a question after it, take nothing)
    confirmed = (context.is_forward and not asked) or any(
        (CONFIRMS_QUOTED_SLOT.search(line.text) or (forward and REPLY_AGREES.search(line.text)))
        and not THANKS_FOR_CONFIRMING.search(line.text)
        for line in own
    )
    if not (confirmed or calls_off):
        return
    choice = quoted[0]
    ranked.remove(choice)
    choice.quoted = False  # the reply's own words confirm it
    choice.score += _QUOTED_PENALTY  # and make it the reply's own
    choice.notes.append(
        "the reply calls off the one time it quotes; check it"
        if calls_off
        else CONFIRMED_QUOTE_NOTE
    )
    ranked.insert(0, choice)


# "option 2 works", "let's lock in #3", "Option 2 passt", "l'option 2", "opción 2": a pick of
# one numbered slot ("2) Thu 12/10 2pm", "Option 2: ...") of a list the thread carries
_OPTION_PICK = re.compile(
    r"(?:\b(?:option|choice|slot|number|opción|opção|opzione|optie|variante)|(?<![\w&])#)"
    r"\s?(?P<n>[1-9])(?![\d:.]\d|\s?(?:[ap]\.?m\b|h\b|uhr\b|/))",
    re.IGNORECASE,
)
# a list item's number before its slot: "2) ", "2. ", "2: ", "#2 ", "Option 2: ", "2 - "
_OPTION_MARK = re.compile(
    r"(?:^|(?<=\s)|(?<=[>(]))(?:(?:option|choice|slot|opción|opção|opzione|optie|variante)\s?"
    r"|#)?(?P<n>[1-9])(?:[).:]|\s[-–])(?=\s)",
    re.IGNORECASE,
)


def _take_the_numbered_option(
    ranked: list[_Candidate], segments: list[Segment], texts: list[str], context: Context
) -> None:
    """Put first the slot a reply picks by its number in a listed offer.

    "Option 2 works - see you then!" above "1) Wed 12/9 10am 2) Thu 12/10 2pm 3) Fri 12/11
    9am", or "let's lock in #3" over a quoted list: the new text names the item, the list
    gives its day and hour. Only one number picked and one slot listed under it count.
    """
    if len(ranked) < 2:
        return
    picks: set[str] = set()
    for segment, text in zip(segments, texts, strict=True):
        if segment.origin == "subject":
            continue
        for line in _lines(text, context, 40):
            if line.quoted or not line.text or is_reply_header(line.text):
                continue
            if _OPTION_MARK.match(line.text.lstrip()):
                continue  # a list item itself, not a pick of one
            picks.update(found["n"] for found in _OPTION_PICK.finditer(line.text))
    if len(picks) != 1:
        return
    (number,) = picks
    chosen: list[_Candidate] = []
    for item in ranked:
        marks = list(_OPTION_MARK.finditer(item.line, 0, item.at + 1))
        if marks and marks[-1]["n"] == number and item.start not in {c.start for c in chosen}:
            chosen.append(item)
    if len(chosen) != 1 or (chosen[0] is ranked[0] and not chosen[0].quoted):
        return
    choice = chosen[0]
    ranked.remove(choice)
    choice.quoted = False  # the reply's own words confirm it
    choice.notes.append(f"the reply picks option {number} of the times listed; check it")
    ranked.insert(0, choice)


# a pick by place: an ordinal before a slot's noun ("the second one", "der erste Termin",
# "la terza opzione"), or alone before a stop ("Je prends le dernier, si possible.")
_ANY_ORDINAL = "|".join(words for _, words in PICK_ORDINALS)
_PICK_PLACE = re.compile(
    "|".join(
        rf"\b(?P<o{number}>{words})\s+(?:{PICK_NOUNS})\b"
        rf"|\b(?P<t{number}>{words}){PICK_ORDINAL_ALONE_SUFFIX}\b"
        rf"|\b(?:the|le|la|il|el|o|a|het|de|den|det)\s+(?P<s{number}>{words})(?=\s*[,.!;]|$)"
        # the first of two joined places: "de eerste en de derde optie", "the first or
        # second one" (two picks, none booked)
        rf"|\b(?P<p{number}>{words})\s+(?:and|or|en|of|und|oder|et|ou|y|o|e|och|eller|i|lub)"
        rf"\s+(?:[^\W\d_]{{1,3}}\s+)?(?=(?:{_ANY_ORDINAL})\s+(?:{PICK_NOUNS})\b)"
        for number, words in enumerate(words for _, words in PICK_ORDINALS)
    ),
    re.IGNORECASE,
)
# a pick by number or letter: "option 2", "opção 3", "#3", "nr 1", "②の", "第二个", "(b)", "la c)"
_PICK_NUMBER = re.compile(
    r"(?:\b(?:option|choice|slot|number|opción|opção|opzione|optie|nr\.?|no\.)|(?<![\w&])#)"
    r"\s?(?P<n>[1-9])(?![\d:.]\d|\s?(?:[ap]\.?m\b|h\b|uhr\b|/))"
    r"|\((?P<c>[1-5])\)\s?の|(?P<b>[1-5])\s?番目|第(?P<z>[一二三四五])个",
    re.IGNORECASE,
)
_PICK_LETTER = re.compile(r"(?:^|(?<=[\s(]))\(?(?P<l>[a-e])\)(?=[\s,.!;]|$)")
# a list item's letter before its slot: "(b) Tuesday 24 March at 13:30", "c) viernes"
_LETTER_MARK = re.compile(r"(?:^|(?<=[\s>(]))\(?(?P<l>[a-e])\)\s")
_HAN_DIGITS = "一二三四五"


def _picked_places(text: str) -> set[int]:
    """The places in a listed offer a line picks by ordinal or number (-1 the last)."""
    places: set[int] = set()
    for found in _PICK_PLACE.finditer(text):
        group = next(name for name, value in found.groupdict().items() if value)
        places.add(PICK_ORDINALS[int(group[1:])][0])
    for found in _PICK_NUMBER.finditer(text):
        if found["n"]:
            places.add(int(found["n"]) - 1)
        elif found["c"] or found["b"]:
            places.add(int(found["c"] or found["b"]) - 1)  # "②の" normalised to "(2) の"
        elif found["z"]:
            places.add(_HAN_DIGITS.index(found["z"]))
    return places


def _picked_by_place(text: str, offered: list[_Candidate]) -> set[datetime]:
    """The listed slots a line picks by place, number or letter ("the last one", "(b)")."""
    picks = {
        offered[place].start
        for place in _picked_places(text)
        if -len(offered) <= place < len(offered)
    }
    for found in _PICK_LETTER.finditer(text):
        for item in offered:
            marks = list(_LETTER_MARK.finditer(item.line, 0, item.at + 1))
            if marks and marks[-1]["l"] == found["l"]:
                picks.add(item.start)
    return picks


def _picked_by_day(
    text: str, offered: list[_Candidate], reference: date, order: tuple[str, bool], language: str
) -> set[datetime]:
    """The listed slots a line picks by weekday or date, narrowed by a part of the day
    ("Tisdag eftermiddag" over two Tuesday slots)."""
    days = _dates(text, reference, order[0], order[1], language)
    if not days:
        return set()
    hits: set[datetime] = set()
    for item in offered:
        for day in days:
            same = (
                (item.start.date() - day.day).days % 7 == 0
                and abs((item.start.date() - day.day).days) <= 7 * PICKED_OFFER_WEEKS
                if day.relative
                else day.day == item.start.date()
            )
            if same:
                hits.add(item.start)
    if len(hits) > 1 and PICK_MORNING.search(text) and not PICK_AFTERNOON.search(text):
        hits = {start for start in hits if start.hour < 12}
    elif len(hits) > 1 and PICK_AFTERNOON.search(text) and not PICK_MORNING.search(text):
        hits = {start for start in hits if start.hour >= 12}
    return hits


_MAX_HOUR_PICK_SLOTS = 24


def _picked_with_hour(
    text: str,
    clocks: list[_Clock],
    offered: list[_Candidate],
    reference: date,
    order: tuple[str, bool],
    language: str,
) -> set[datetime]:
    """The listed slots a line picks by its day and hour together ("Thursday at 2"): the
    day must name the slot and one of the line's clocks its hour (12-hour readings allowed)."""
    # a pick written with a weekday only was read as a slot of its own, on that weekday's
    # next date; only the dated slots of the list are picked from
    dated = [item for item in offered if not item.relative]
    hits = _picked_by_day(text, dated, reference, order, language)
    return {
        start
        for start in hits
        if any(
            clock.start.hour % 12 == start.hour % 12 and clock.start.minute == start.minute
            for clock in clocks
        )
    }


def _take_the_slot_picked_below(
    ranked: list[_Candidate],
    segments: list[Segment],
    texts: list[str],
    context: Context,
    order: tuple[str, bool],
) -> None:
    """Put first the listed slot the reader picked, when the newest layer only books it.

    "Confirmed!" or "you're booked in" over the reader's "The Wednesday slot would be great"
    / "(b) please" / "der erste Termin wäre perfekt" over the offered list (pickok50, eight
    writers and languages): the pick is in the quoted reply, its day and hour in the list
    under it. The pick must name one listed slot and the newest layer must book it without
    a time of its own; two picks ("either 2 or 3") or a layer that only thanks leave it.
    """
    offered: list[_Candidate] = []
    for item in sorted(ranked, key=lambda c: (_ORIGIN_RANK.get(c.origin, 2), c.begin, c.at)):
        if (
            item.quoted
            and item.origin != "subject"
            and not (item.old or item.deadline)
            and item.start >= context.reference
            and item.start not in {other.start for other in offered}
        ):
            offered.append(item)
    if len(offered) < 2:
        return
    own = list(_reply_own_lines(segments, texts, context, 20))
    if any(_clocks(line.text) or _QUESTION_END.search(line.text) for line in own):
        return
    reference_day = context.reference.date()
    books = any(
        (
            CONFIRMS_QUOTED_SLOT.search(line.text)
            or REPLY_AGREES.search(line.text)
            or PICK_BOOKED.search(line.text)
        )
        and not THANKS_FOR_CONFIRMING.search(line.text)
        for line in own
    )
    # the newest layer may pick for itself: by the day it settles on ("Thursday it is!",
    # "nos quedamos con el jueves"), or by place in words that book it ("the 2nd one works
    # - invite to follow", "ikincisi olsun, görüşmek üzere"); that pick is the slot, and
    # the reader's pick below, if any, must be the same
    picks: set[datetime] = set()
    for line in own:
        if _CHOSEN_DAY.search(line.text) and not _NO_CHOICE.search(line.text):
            picks |= _picked_by_day(line.text, offered, reference_day, order, context.language)
        if books and not _NO_PLACE_CHOICE.search(line.text):
            picks |= _picked_by_place(line.text, offered)
    if not (books or picks):
        return
    # the lines the dated slots were read from (a client's wrapped lines joined); a mail
    # listing more slots than anyone picks from is not read for a pick with its hour (and
    # the line-by-line search below stays small)
    listed = [item.line for item in offered if not item.relative]
    hour_picks = len(listed) <= _MAX_HOUR_PICK_SLOTS
    for segment, text in zip(segments, texts, strict=True):
        if segment.origin == "subject":
            continue
        for line in _lines(text, context, 200):
            if not line.quoted or not line.text or is_reply_header(line.text):
                continue
            if _OPTION_MARK.match(line.text.lstrip()):
                continue  # a listed slot itself, not a pick of one
            clocks = _clocks(line.text)
            if clocks:
                # the reader's pick may repeat its hour, bare: "Thursday at 2 works for me",
                # "Donnerstag um 14 passt mir gut", "木曜日の14時で問題ありません",
                # "周四下午2点可以的" (fwd74, nine languages); a line the slots were read from
                # is the list itself
                if hour_picks and not any(line.text in joined for joined in listed):
                    picks |= _picked_with_hour(
                        line.text, clocks, offered, reference_day, order, context.language
                    )
                continue
            picks |= _picked_by_place(line.text, offered)
            picks |= _picked_by_day(line.text, offered, reference_day, order, context.language)
        if picks:
            break
    if len(picks) != 1:
        return
    (start,) = picks
    choice = next(item for item in offered if item.start == start)
    if choice.end in {item.start for item in offered}:
        choice.end = None  # the next listed slot, read as this one's end across the list
    ranked.remove(choice)
    choice.quoted = False  # the newest layer books what the reader picked
    choice.score += _QUOTED_PENALTY
    choice.notes.append("the reply books the slot the reader picked from a list; check it")
    ranked.insert(0, choice)


# the writer's own choice of one of the days just offered: "so Thursday it is", "gerne
# bestätigen wir Ihnen den Donnerstag", "nous retenons le jeudi", "nos quedamos con el martes",
# "wybieramy środę", "a sexta é melhor pra gente", "scegliamo il giovedì"
_CHOSEN_DAY = re.compile(
    r"(?<!\w)(?:it is|works best|suits us best|we(?:'ll| will)? go with|we(?:'ll| will)? take"
    r"|bestätigen|bestaetigen|nehmen wir|retenons|retenu|nos quedamos|quedamos con"
    r"|wybieramy|wybraliśmy|é melhor|fica melhor|ficamos com|confermiamo|scegliamo"
    r"|kiezen we|gaan we voor)(?!\w)",
    re.IGNORECASE,
)
# words that turn the offered days down, or leave the choice open
_REFUSALS = (
    r"neither|none|not|keiner|keinen|ni l'un|aucun|ninguno|ningún|żaden|nenhum|nessuno|geen van"
)
_NO_CHOICE = re.compile(rf"(?<!\w)(?:{_REFUSALS}|leider)(?!\w)|\?", re.IGNORECASE)
# a pick by place names its slot outright; "leider" there only regrets the other one ("passt
# uns der zweite Termin leider besser")
_NO_PLACE_CHOICE = re.compile(rf"(?<!\w)(?:{_REFUSALS})(?!\w)|\?", re.IGNORECASE)


_CONDITION = re.compile(
    r"(?<!\w)(?:if|whether|si|wenn|falls|ob|jeśli|czy|eğer|indien|als je|もし|如果|만약)(?!\w)",
    re.IGNORECASE,
)
_BETWEEN_SENTENCES = re.compile(r"(?<=[.!?。])\s+")


def _picked_of_two(tail: str, offered: list[_Candidate]) -> set[datetime]:
    """The one of two offered slots a sentence picks by its place, in the text ("the second
    option", "der zweite Termin", "後者", "ikincisi") or in time ("the later one")."""
    tail = PICK_COMPARAND.sub(" ", tail)
    if _NO_PLACE_CHOICE.search(tail):
        return set()
    # a place named after "if" is no pick: "Dis-moi si tu veux que je sois là pour le
    # deuxième", "let me know if the second one suits"; "la segunda opción, si te parece bien"
    # still picks
    tail = " ".join(
        _CONDITION.split(sentence, maxsplit=1)[0] for sentence in _BETWEEN_SENTENCES.split(tail)
    )
    in_text = sorted(offered, key=lambda item: (_ORIGIN_RANK.get(item.origin, 2), item.begin))
    in_time = sorted(offered, key=lambda item: item.start)
    picks = {in_text[place].start for place in _picked_places(tail) if -2 <= place < 2}
    if PICK_OF_TWO_LATTER.search(tail):
        picks.add(in_text[-1].start)
    if PICK_OF_TWO_FORMER.search(tail):
        picks.add(in_text[0].start)
    if PICK_OF_TWO_LATER.search(tail):
        picks.add(in_time[-1].start)
    if PICK_OF_TWO_EARLIER.search(tail):
        picks.add(in_time[0].start)
    return picks


def _take_the_day_chosen_of_two(
    ranked: list[_Candidate],
    segments: list[Segment],
    texts: list[str],
    context: Context,
    order: tuple[str, bool],
) -> None:
    """Put first the one of two offered slots the writer's own words then choose by weekday.

    "We had offered Tuesday 9 March 10:00 or Thursday 11 March 14:00. Gerne bestätigen wir
    Ihnen den Donnerstag." / "Entre el lunes 8 a las 10:00 y el martes 9 a las 12:00, nos
    quedamos con el martes" / "either Tue 3/2 at 10 or Thu 3/4 at 2 ... so Thursday it is"
    (texthard62 pickone62; de, en, es, fr, pl, pt): the first slot was taken. Or by its place:
    "the later one works best", "the second option", "der zweite Termin", "la segunda
    opción", "後者で確定", "ikincisi daha uygun" (texthard64 pick64; de, en, es, it, ja, pt,
    tr). Only two slots in the newest layer count, the choice must follow both with no clock
    of its own, name exactly one of them (by weekday only when their weekdays differ) and not
    ask or turn them down.
    """
    offered: list[_Candidate] = []
    for item in ranked:
        if (
            not (item.quoted or item.old or item.deadline or item.forwarded)
            and item.origin != "subject"
            and item.start >= context.reference
            and item.start not in {other.start for other in offered}
        ):
            offered.append(item)
    if len(offered) != 2:
        return
    one_weekday = offered[0].start.weekday() == offered[1].start.weekday()
    slot_lines = {item.line for item in offered}
    tails: list[str] = []
    for segment, text in zip(segments, texts, strict=True):
        if segment.origin == "subject":
            continue
        own = [line for line in _lines(text, context, 40) if not line.quoted and line.text]
        # a slot's line, or one row of a list the reading joined into it ("・11月15日(月)10:00–")
        last = max(
            (
                i
                for i, line in enumerate(own)
                if line.text in slot_lines
                or (_clocks(line.text) and any(line.text in joined for joined in slot_lines))
            ),
            default=-1,
        )
        for line in own[last:] if last >= 0 else []:
            clocks = _clocks(line.text)
            tails.append(line.text[clocks[-1].finish :] if clocks else line.text)
    picks: set[datetime] = set()
    by_place = False
    for tail in tails[:3]:
        if not one_weekday and _CHOSEN_DAY.search(tail) and not _NO_CHOICE.search(tail):
            picks |= _picked_by_day(
                tail, offered, context.reference.date(), order, context.language
            )
        placed = _picked_of_two(tail, offered)
        by_place = by_place or bool(placed)
        picks |= placed
    if len(picks) != 1:
        return
    (start,) = picks
    choice = next(item for item in offered if item.start == start)
    if choice is ranked[0]:
        return
    ranked.remove(choice)
    choice.notes.append(
        "the mail picks this one of the two slots it offers by its place; check it"
        if by_place
        else "the mail chooses this day of the two it offers; check it"
    )
    ranked.insert(0, choice)


# how far ahead a quoted offer may date the bare weekday a reply picks it by
PICKED_OFFER_WEEKS = 5


def _date_weekday_by_quoted_offer(
    top: _Candidate, ranked: list[_Candidate], reference: datetime | None = None
) -> None:
    """Give a reply's bare weekday and hour the date of the quoted offer it picks.

    "Vrijdag om 13:30 is prima!" above "woensdag 24 maart om 10:00 of vrijdag 26 maart om
    13:30", sent on Tuesday 16 March: the Friday meant is the 26th the quote offers, not
    the first Friday after the reply. Only a quoted slot on the same weekday at the same
    wall-clock hour, a whole number of weeks later and the only such one, dates it. A reply
    written on the offered day itself ("Donnerstag um 14 Uhr passt, bis heute Nachmittag!"
    on Thursday over Tuesday's "Donnerstag um 14 Uhr") means that day, not a week later:
    a quoted slot of that day, a week before and still ahead of the reply, dates it too.
    """
    if not top.relative or top.quoted or not _may_name_weekday(top.line):
        return
    wall = top.start.timetz().replace(tzinfo=None)
    # a move of the quoted slot names its weekday and the new hour: "can we push Wednesday
    # to 15:00?", "Donnerstag lieber um 16 Uhr": the weekday is the quoted slot's, whatever
    # its hour
    moved = bool(ANY_MOVE_VERB.search(time_sentence(top.line, top.at)))
    days: set[date] = set()
    for item in ranked:
        if not item.quoted or (item.start.timetz().replace(tzinfo=None) != wall and not moved):
            continue
        ahead = (item.start.date() - top.start.date()).days
        today = (
            ahead == -7
            and reference is not None
            and item.start.date() == reference.date()
            and item.start > reference
        )
        if (0 < ahead <= 7 * PICKED_OFFER_WEEKS or today) and ahead % 7 == 0:
            days.add(item.start.date())
    if len(days) != 1:
        return
    _move_to_day(top, days.pop())
    top.notes.append("the reply picks this weekday from the dated times it quotes")


def _date_weekdays_by_subject(
    candidates: list[_Candidate],
    segments: list[Segment],
    texts: list[str],
    context: Context,
    order: str,
    order_sure: bool,
) -> None:
    """Give a bare weekday of the body the date the subject writes out for that weekday:
    "Interview Thursday 3 December" above "see you Thursday at 2pm" is the 3rd, not the
    first Thursday after the mail was sent."""
    reference_day = context.reference.date()
    days = {
        hit.day
        for segment, text in zip(segments, texts, strict=True)
        if segment.origin == "subject"
        for hit in _dates(text[:300], reference_day, order, order_sure, context.language)
        if not hit.relative and hit.day >= reference_day
    }
    if len(days) != 1:
        return
    (day,) = days
    for candidate in candidates:
        moved_by = (day - candidate.start.date()).days
        if candidate.relative and not candidate.quoted and moved_by > 0 and moved_by % 7 == 0:
            _move_to_day(candidate, day)


def _move_to_day(candidate: _Candidate, day: date) -> None:
    """Put a reading on another day at the same wall-clock hours (its end moves with it)."""
    shift = day - candidate.start.date()
    candidate.start = candidate.start.replace(year=day.year, month=day.month, day=day.day)
    if candidate.end is not None:
        moved = (candidate.end + shift).date()
        candidate.end = candidate.end.replace(year=moved.year, month=moved.month, day=moved.day)


_ORIGIN_RANK = {"body": 0, "html": 1}


def _prefer_forwarders_new_time(candidates: list[_Candidate]) -> None:
    """A new time the forwarder writes above the mail they pass on ("la hemos movido al
    jueves 25 a las 11:00", "moved to Friday 3 PM" over a relayed CRM or HR notice) replaces
    the time in that mail, however well labelled it is there."""
    passed_on = [item.score for item in candidates if item.forwarded and not item.quoted]
    if not passed_on:
        return
    top = max(passed_on)
    for item in candidates:
        # the forwarder's note is read from the HTML alternative when the plain one is absent
        if item.forwarded or item.quoted or item.origin == "subject":
            continue
        # the forwarder says it moved ("時間が変更になりました：2月3日16時", "auf Freitag
        # verschoben"): their time wins however fully the old one is written
        moved = bool(ANY_MOVE_VERB.search(item.line) or RESCHEDULED_CUES.search(item.line))
        if (item.new or moved) and not _REQUEST.search(time_sentence(item.line, item.at)):
            item.score += 2.0
            if moved:
                item.score = max(item.score, top + 0.1)


# A move the forwarder only asks for or proposes ("Can we move it to Friday at 3?", "I asked
# them to move it", "¿podemos pasarla al jueves?"): nothing has moved yet.
_REQUEST = re.compile(
    r"\?|\b(?:ask(?:ed)?|request(?:ed)?|propos(?:e|ed)|suggest(?:ed)?|can we|could we|could you"
    r"|would it be possible|podemos|podríamos|pedí|hemos pedido|können wir|könnten wir"
    r"|gebeten|pourrions|pouvons|demandé|possiamo|potremmo|kunnen we|zouden we"
    # "pedimos desculpa/disculpas" (we apologise) asks for nothing
    r"|pedimos(?!\s+(?:desculpa|disculpa|perd[aã]o|perd[oó]n))"
    r"|czy możemy|poprosiłem|poprosiłam)\b",
    re.IGNORECASE,
)


def _forwarders_note(line: _Line, segment: Segment) -> bool:
    """Tell whether a line is the forwarder's own note above the mail they pass on. The
    subject is the mail's, not the note's, though it is read as text above the header block:
    "Zajtra" (tomorrow) over "o 9-tej" pairs in a forward as it does in the mail itself."""
    return line.note and segment.origin != "subject"


# the reply's own line agrees on the hour ("Sure, 3:30pm it is"): only then does a reply whose
# dates are all quoted set a slot of its own
_AGREES = re.compile(AGREED_SLOT, re.IGNORECASE)


def _pair_across(
    segments: list[Segment],
    texts: list[str],
    context: Context,
    order: str,
    order_sure: bool,
    *,
    settled_only: bool = False,
) -> list[_Candidate]:
    """Pair a lone date with a lone time from another line or the subject.

    Chat and calendar notifications put "on March 05, 2026" in the subject and
    "(2:00PM - 3:00PM) Interview" in the body; each half alone is not a reading.
    `settled_only` keeps only an hour the line agrees on ("3pm it is").
    """
    reference_day = context.reference.date()
    lone_dates: list[tuple[_Date, _Line, str]] = []
    lone_clocks: list[tuple[_Clock, _Line]] = []
    # which message of the segment each half is in: the subject pairs with any of them
    part_of: dict[int, tuple[int, int]] = {}
    other_days: set[int] = set()  # lines whose day is a job's first day or a closed span
    # the zone a row states for the whole text ("Time: 2:30pm" / "Date: Thursday, March 4th"
    # / "Time Zone: Mountain Time"), for a time whose line names none
    zone_of: dict[int, Zone | None] = {}
    for number, (segment, text) in enumerate(zip(segments, texts, strict=True)):
        parts = _message_parts(text)
        segment_lines = _lines(text, context, 400)
        segment_zone = _document_zone(segment_lines) if segment.origin != "subject" else None
        for index, line in enumerate(segment_lines):
            zone_of[id(line)] = segment_zone
            part_of[id(line)] = (-1, 0) if segment.origin == "subject" else (number, parts[index])
            if line.quoted or _forwarders_note(line, segment):
                continue
            # a weekday or "tomorrow" counts only in the subject ("Interview Thursday" over
            # "confirming 2pm"): in the body such words are too often about something else
            dates = [
                hit
                for hit in _dates(line.text, reference_day, order, order_sure, context.language)
                if not hit.relative or segment.origin == "subject"
            ]
            clocks = [
                clock
                for clock in _clocks(line.text)
                if not any(hit.begin <= clock.begin < hit.finish for hit in dates)
            ]
            # a day the reader must act by is no meeting's half either: "Bewerbungsschluss:
            # 31. März", "the application closes 31 March", "plazo: hasta el 20 de enero"
            # beside "your interview is at 14:30" (probe64: a phantom slot on that day)
            if dates and _day_of_other_thing(line.text, dates):
                other_days.add(id(line))
            dates = [hit for hit in dates if not _is_due(line.text[: hit.begin])]
            if dates and (
                not clocks or all(_other_thing(line.text, clocks, clock) for clock in clocks)
            ):
                # "venerdì 16 ottobre ... La reception apre alle 8:30" under "Colloquio ore
                # 9:30": a date whose times are all another thing's is alone
                lone_dates.append((dates[0], line, segment.origin))
            elif (
                clocks
                and not dates
                and not _is_due(line.text[: clocks[0].begin])
                and not _hours_kept(line.text[: clocks[0].begin])
                and not (settled_only and not _AGREES.search(line.text))
            ):
                # a time to hand something in by on its own line is no meeting's half:
                # "skilaðu verkefninu fyrir kl. 12 föstudaginn" / "22. janúar"
                # the line's own start: past an arrival or an early step's time to the
                # interview's ("The link opens at 9:50. The interview starts at 10:00.")
                lone_clocks.append((_starting(clocks, line.text) or clocks[0], line))
    lone_dates = _bookable_days(lone_dates, reference_day)
    if len({hit.day for hit, _, _ in lone_dates}) != 1 or not lone_clocks:
        return []
    hit, date_line, origin = lone_dates[0]
    # rows of a start and an end above or below the day's row ("Start time: 2:30 PM" / "End
    # time: 3:15 PM" / "Date: 4 March"; "End: 10:00" / "Start: 09:00"): the start is the
    # time no end label leads, the end the first one such a label leads
    end_label = _patterns()["end_label"]
    led_by_end = [
        end_label.search(line.text[max(0, clock.begin - 30) : clock.begin]) is not None
        for clock, line in lone_clocks
    ]
    starts = [pair for pair, is_end in zip(lone_clocks, led_by_end, strict=True) if not is_end]
    clock, clock_line = starts[0] if starts else lone_clocks[0]
    ends = [
        pair[0]
        for pair, is_end in zip(lone_clocks, led_by_end, strict=True)
        if is_end and pair[0].start > clock.start and abs(pair[1].offset - clock_line.offset) < 200
    ]
    clock_lead = clock_line.text[: clock.begin]
    if id(date_line) in other_days and not (
        _patterns()["label"].search(clock_lead) and clock_lead.rstrip().endswith((":", "："))
    ):
        # "Eintrittsdatum: 01.02.2027", "Start date: 1 February" or "closed 24-26 December"
        # beside "the interview is at 14:30": the clock's sentence names no day; only a
        # "Time:" row (a calendar tool's own rows under "Start date:") pairs with it
        return []
    date_part, clock_part = part_of[id(date_line)], part_of[id(clock_line)]
    if date_part != clock_part and -1 not in (date_part[0], clock_part[0]):
        # an older mail under a header block the client marked with no "Re:" or "Fwd:"
        # ("Sent: Tuesday, 3 March" over "thank you for your application of 28 February")
        # and the new text's "the interview is at 14:30" are no two halves of one slot
        return []
    zone, start, end = _placed(
        hit.day,
        clock,
        _zone_after(clock_line.text, clock.zone_at, None) or zone_of[id(clock_line)],
        context,
    )
    paired = _Candidate(
        start, end, zone, 0.8, origin, date_line.offset, False, False, hit.order_assumed
    )
    if paired.end is None and ends and starts:
        paired.end = datetime.combine(start.date(), ends[0].start, start.tzinfo)
    if paired.end is None:
        # the clock's own sentence may say when it ends ("Friday 17th April" in the subject,
        # "at 10am in reception; it runs until 11.15" in the body)
        _attach_prose_end(paired, clock_line, _clocks(clock_line.text), 0)
    return [paired]


# the words between two days that make them one span: "24-26 December", "vom 24.12. bis
# 1.1.", "du 24 au 26 décembre", "del 24 al 26 de diciembre", "dal 24 al 26 dicembre", "van
# 24 tot 26 december", "od 24 do 26 grudnia", "24 till 26 december"
_DAY_SPAN_JOIN = re.compile(
    r"\s*(?:[-–—]|bis(?: zum)?|to|until|till|au|al|a|fino al|tot(?: en met)?|t/m|do|até|ao)\s*$",
    re.IGNORECASE,
)


def _day_of_other_thing(text: str, dates: list[_Date]) -> bool:
    """Tell whether a line's day is a job's first day or one end of a span of days (an
    office's closure, a holiday), which no meeting written elsewhere is set on."""
    first = dates[0]
    if START_DATE_CUES.search(text[max(0, first.begin - 40) : first.begin].rstrip(" :\t")):
        return True
    return len(dates) > 1 and bool(_DAY_SPAN_JOIN.match(text[first.finish : dates[1].begin]))


def _message_parts(text: str) -> list[int]:
    """Number each line by the message it belongs to: a header block or an "On … wrote:"
    line starts the next one (older mail a reply or forward carries)."""
    raw_lines = text.split("\n")
    parts: list[int] = []
    part = 0
    for index, raw in enumerate(raw_lines):
        if _is_header_block_start(raw_lines, index) or is_reply_header(raw.strip(" >")):
            part += 1
        parts.append(part)
    return parts


def _bookable_days(
    lone_dates: list[tuple[_Date, _Line, str]], reference_day: date
) -> list[tuple[_Date, _Line, str]]:
    """When lone dates name several days, leave out those no clock can be set on: a day
    already gone ("merci pour votre candidature du 5 janvier", "sollicitatie van 12
    januari" in a notice's preheader) and a day the reader must act by ("please confirm by
    January 15"). One day left is the slot's day; otherwise the dates stay as they were."""
    if len({hit.day for hit, _, _ in lone_dates}) < 2:
        return lone_dates
    kept = [
        item
        for item in lone_dates
        if item[0].day >= reference_day and not _is_due(item[1].text[: item[0].begin])
    ]
    return kept if len({hit.day for hit, _, _ in kept}) == 1 else lone_dates


# ... and what is handed in may be a list: "send your portfolio link and two writing samples
# by Monday", "submit attested copies of your degrees,
# experience letters and two passport size photographs at the reception by 5:00 pm", "please
# return the signed contract, your bank details and a copy of your ID to HR by Friday"; not
# when the sentence goes on to the reader coming ("send your ID and be at the office by 9")
_DUE_TASK_LIST = re.compile(
    r"\b(?:submit|return|upload|hand in|drop off|deposit|send)\w* (?:[\w'-]+,? ){2,18}by\s$",
    re.IGNORECASE,
)
_COMES = re.compile(
    r"\b(?:and|then) (?:be|come|arrive|reach|report|join|attend|appear)\b", re.IGNORECASE
)


# Hours someone can be reached, printed in signatures in every language
_OPENING_HOURS = re.compile(
    r"\b(?:office|opening|business|support|phone) hours\b|öffnungszeiten|sprechzeiten|bürozeiten"
    r"|\berreichbar\b|heures d'ouverture|horaires? d'ouverture|horario de (?:atención|oficina)"
    r"|orari (?:d'|di )?(?:ufficio|apertura)|openingstijden|kantoortijden|\bbereikbaar\b"
    r"|öppettider|åbningstider|åpningstider|horário de (?:atendimento|funcionamento)"
    # a front desk's or an office's hours in French, Polish, Turkish, Japanese, Chinese and
    # Korean signatures: "Horaires d'accueil : du lundi au vendredi", "Godziny pracy biura:
    # pon.–pt.", "Çalışma saatleri: Pzt–Cum", "受付時間：平日", "工作时间：周一至周五", "업무 시간"
    r"|horaires d'accueil|heures de bureau|godziny (?:pracy|otwarcia|urzędowania)"
    r"|çalışma saatleri|mesai saatleri|受付時間|営業時間|工作时间|办公时间|營業時間|辦公時間"
    r"|업무 ?시간|운영 ?시간|근무 ?시간",
    re.IGNORECASE,
)


# a span of the working week before opening hours' clocks: the working days of when_dates
# ("Mon-Fri", "lun.-ven.", "pon.–pt.", "Pzt–Cum"), and in office hours also a week that ends
# on Thursday ("Mo.-Do.", "lunes a jueves") and Spanish initials ("L-V")
_WORKING_WEEK = re.compile(
    rf"(?<![\w-])(?:{SPAN_FIRST}|l\.?){SPAN_JOIN}"
    rf"(?:{SPAN_LAST}|(?:thu(?:rsday)?|do|jue(?:ves)?|v)\.?)(?![\w-])",
    re.IGNORECASE,
)


def _hours_kept(before: str) -> bool:
    """Tell the hours an office keeps from a meeting's clock: "Office hours: Mon-Fri 9:00-17:00",
    "Sprechzeiten: Mo-Fr 8-16 Uhr", "Horario: L-V 9:00-18:00" under a signature lent their
    clock to the one date of the mail ("Thursday 18 November ... let me know a time")."""
    tail = before[-60:]
    return bool(_OPENING_HOURS.search(tail) or _WORKING_WEEK.search(tail[-24:]))


# Czech and Slovak "do" (by) before a weekday in the genitive that the date itself begins with:
# "termín si zarezervujte do středy 20. května do 12:00", "pošlete do pátku 12. června"; the
# weekday is read as part of the date, so "do" is all that is left before it.
_BY_BEFORE = re.compile(r"(?<!\w)do\s$", re.IGNORECASE)
_GENITIVE_WEEKDAY = re.compile(
    r"(?:pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle|pondelka|utorka|stredy|štvrtka"
    r"|piatku|nedele)(?!\w)",
    re.IGNORECASE,
)


def _by_weekday(before: str, start: str) -> bool:
    """Tell whether a date that opens with a genitive weekday follows Czech or Slovak "do"."""
    return bool(_BY_BEFORE.search(before) and _GENITIVE_WEEKDAY.match(start))


def _handed_in_by(before: str) -> bool:
    """Tell whether a list of things to hand in ends in the "by" just before a time."""
    if not before.endswith("by "):
        return False
    listed = _DUE_TASK_LIST.search(before[-160:])
    return listed is not None and not _COMES.search(listed.group())


def _placed(
    day: date, clock: _Clock, zone: Zone | None, context: Context
) -> tuple[Zone | None, datetime, datetime | None]:
    """Put a clock on its day, in the zone the mail states (as the sender's place and season
    read it) or else the sender's; an end before the start is on the next day."""
    if zone is not None and context.dated:
        zone = in_context(zone, context.reference, context.sender_tld, context.language)
    tz = zone.tz if zone is not None else context.default_zone
    start = datetime.combine(day, clock.start).replace(tzinfo=tz)
    end = None
    if clock.end is not None:
        end = datetime.combine(day, clock.end).replace(tzinfo=tz)
        if end <= start:
            end += timedelta(days=1)
    return zone, start, end


@dataclass(frozen=True)
class _Below:
    """Pair a date with the time on the next line or two: "Date: Tuesday 24 June" then
    "Time: 14:00", or a moved day with its programme below."""

    lines: list[_Line]
    clocks_of: _LineClocks
    context: Context
    order: str
    order_sure: bool
    document_zone: Zone | None
    origin: str
    label: re.Pattern[str]
    end_label: re.Pattern[str]

    def read(self, hit: _Date, index: int, steps: tuple[int, ...] = (1, 2)) -> list[_Candidate]:
        reference_day = self.context.reference.date()
        reach = list(steps)
        passed = 0
        for step in reach:
            if index + step >= len(self.lines):
                break
            later = self.lines[index + step]
            later_clocks = self.clocks_of(index + step)
            if later_clocks and _hours_kept(later.text[: later_clocks[0].begin]):
                break  # a signature's office hours under the day: no time of the day's
            if later_clocks and not _dates(
                later.text, reference_day, self.order, self.order_sure, self.context.language
            ):
                if len(reach) <= len(steps) and all(
                    _due_clock(later.text, c) for c in later_clocks
                ):
                    # "Bitte bis 9 Uhr an diesem Tag bestätigen." under the day, the interview's
                    # clock a line or two further: a deadline's line is passed over once, and
                    # read only if no later line has a time (dues48)
                    reach += [step + 1, step + 2]
                    passed = step
                    continue
                return self._at_line(hit, index, step)
        if len(reach) > len(steps):
            return self._at_line(hit, index, passed)
        return []

    def _at_line(self, hit: _Date, index: int, step: int) -> list[_Candidate]:
        return self.combine([hit], self.clocks_of(index + step), index + step, index)

    def combine(
        self, dates: list[_Date], clocks: list[_Clock], clock_index: int, date_index: int
    ) -> list[_Candidate]:
        """Pair `dates` on line `date_index` with `clocks` on line `clock_index` (often the
        same line) in this text's context."""
        return _combine(
            dates,
            clocks,
            self.lines[clock_index].text,
            self.lines,
            clock_index,
            self.context,
            self.document_zone,
            self.origin,
            self.lines[date_index],
            self.label,
            self.end_label,
        )

    def moved_below(self, hit: _Date, index: int) -> list[_Candidate]:
        """Read a move written under the day it keeps, the slot given up first and each a
        range of times: "From 10:00 AM - 10:30 AM To 1:30 PM - 2:00 PM" (Sakai Sign-up's
        organizer change; "De 14:00 - 14:30 à 15:00 - 15:30", "De … Até …"), on one line or
        two, as dated "Old: … / New: …", "Old time: … / New time: …" and "alt: … / neu: …"
        rows are read. Only lines without a date of their own count; a single range ("from
        10:00 to 11:00") is no move."""
        window = range(index + 1, min(index + 6, len(self.lines)))
        if not any(_OLD_LEAD.search(self.lines[at].text) for at in window):
            return []  # (most dates: no line below leads with "From 10:00"; no dates read)
        reference_day = self.context.reference.date()
        for at in window:
            text = self.lines[at].text
            if _dates(text, reference_day, self.order, self.order_sure, self.context.language):
                return []
            lead = _OLD_LEAD.search(text)
            if lead is None:
                continue
            clocks = [clock for clock in self.clocks_of(at) if clock.begin >= lead.end() - 1]
            if not clocks:
                return []
            joint = _NEW_MID.search(text, clocks[0].finish)
            rows: list[tuple[int, list[_Clock], bool]] = []
            if joint is not None:
                old = [clock for clock in clocks if clock.finish <= joint.start()]
                new = [clock for clock in clocks if clock.begin >= joint.end()]
                rows = [(at, old, False), (at, new, True)]
            elif at + 1 < len(self.lines) and _NEW_LEAD.match(
                self.lines[at + 1].text.lstrip(" >*")
            ):
                then = self.lines[at + 1].text
                if _dates(then, reference_day, self.order, self.order_sure, self.context.language):
                    return []
                rows = [(at, clocks, False), (at + 1, self.clocks_of(at + 1), True)]
            if len(rows) != 2 or not all(row[1] and row[1][0].end is not None for row in rows):
                return []  # each side a range of its own
            out: list[_Candidate] = []
            for row, row_clocks, is_new in rows:
                for item in self.combine([hit], row_clocks, row, index):
                    item.old, item.new, item.moved = not is_new, is_new, is_new
                    item.score += 0.6 if is_new else -1.2
                    out.append(item)
            return out
        return []


# the two lines of a move under its day: the slot given up leads with "From"/"De"/"Von"/
# "Was", the new one with "To"/"à"/"Até"/"Auf"/"Now"; each gives a time, no date
_OLD_LEAD = re.compile(
    r"(?<![\w'’])(?:from|de|desde|von|was|old|alt|previously)\s+\d", re.IGNORECASE
)
_NEW_LEAD = re.compile(r"(?:to|à|a|até|hasta|auf|bis|now|new|neu|nu)\s+\d", re.IGNORECASE)
_NEW_MID = re.compile(r"\s(?:to|à|até|hasta|auf|bis)\s+(?=\d)", re.IGNORECASE)


# "moved from <old> to <new>": the words that join the two slots of a move, in each language
_MOVE_JOIN = re.compile(
    # "…, sa preložilo na …", "…, wurde verschoben auf …": a few words of the move may come first
    r"^[\s,]{0,3}(?:\)\s*)?(?:[^\W\d_]+\s){0,3}?(?:to|auf|au|à|al|a|para|naar|till|til|na|zu"
    r"|into|→|->|στην|στις|στο|σε|pe|į|на|sang)\s",
    re.IGNORECASE,
)


# An arrow alone between two dated slots: "mardi 9/02 10h → jeudi 11/02 15h"
_ARROW_JOIN = re.compile(r"\s*(?:→|➜|➔|➝|⇒|⟶|->|=>)\s*")


# A move verb alone between the old slot and the new ("…, ora 10:00 se mută miercuri, …")
_BARE_MOVE_JOIN = re.compile(
    rf"[\s,]{{0,3}}(?:[^\W\d_]+\s){{0,2}}?{MOVE_VERB_WORDS}\s*,?\s*", re.IGNORECASE
)


# "last Thursday", "jeudi dernier", "thanks for coming in on Monday": a weekday that looks
# back names the one before the mail, not the next one.
_LOOKS_BACK_BEFORE = re.compile(
    r"(?:\b(?:last|letzte[nrs]?|vergangene[nrs]?|afgelopen|vorige|förra|ubiegł\w*)\s+"
    # the talk that was, right before its day: "as discussed on our call Tuesday at 3pm",
    # "great to speak with you on Monday", "lovely meeting you on Thursday"
    r"|\b(?:discussed|spoke|talked|chatted|met|mentioned) (?:on|in|during|at) (?:our|the|your)"
    r"(?: \w+)? (?:call|chat|conversation|meeting|interview)(?: on)?\s+"
    r"|\b(?:great|good|lovely|nice) (?:to )?(?:speak|talk|chat|meet)(?:ing)? (?:with |to )?you"
    r"(?: on)?\s+"
    # ("thanks a million for coming in on Thursday", Irish and British English)
    r"|(?:\bthank(?:s| you)(?: so much| again| a million| a lot| very much)? for (?:coming"
    r"|meeting|speaking|visiting"
    r"|interviewing|stopping by|joining|attending|participating in|taking part in)"
    # thanks for attending, in Arabic and Swahili: "شكراً لحضوركم المقابلة يوم الثلاثاء",
    # "asante kwa kuhudhuria usaili Jumanne"
    r"|شكرا?ً?\s+(?:لكم\s+|لك\s+)?(?:على\s+)?ل?حضور|\basante (?:sana )?kwa kuhudhuria"
    r"|\bgracias (?:de nuevo |otra vez )?por venir"
    # Catalan and Galician: "Gràcies per venir ahir, dijous, a les 10 h", "grazas por vir"
    r"|\bgràcies (?:de nou )?per (?:venir|haver vingut)|\bgrazas por (?:vir|virdes)"
    r"|\bmerci (?:encore )?(?:d'être venue?|pour votre venue|pour (?:notre|l')échange)"
    r"|\bdanke (?:für ihren besuch|fürs kommen|für das gespräch)"
    r"|\bvielen dank für (?:das|unser|ihr) (?:gespräch|kommen)|\bgrazie per essere venut[oa]"
    r"|\bbedankt voor (?:je|uw) komst|\bobrigad[oa] por (?:ter vindo|vir)"
    # thanks for the talk that was: "thanks for the great chat on Thursday", "vielen Dank für
    # das angenehme Gespräch am Donnerstag", "merci pour notre échange de jeudi"
    r"|\bthank(?:s| you)(?: so much| again| a million| a lot| very much)? for (?:the|our|your)"
    r"(?: \w+)? (?:chat|call"
    r"|conversation|interview|time|meeting)|\b(?:vielen )?dank für (?:das|unser|ihr|den)"
    r"(?: \w+)? (?:gespräch|telefonat|treffen|austausch)|\bmerci pour (?:notre|votre|l'|cet|cette)"
    r"(?: ?\w+)? (?:échange|entretien|rencontre|appel)|\bgracias por (?:la|el|nuestra)"
    r"(?: \w+)? (?:entrevista|charla|reunión|llamada|conversación)|\bgrazie per (?:il|la|l')"
    r"(?: ?\w+)? (?:colloquio|chiacchierata|telefonata)|\bbedankt voor (?:het|ons|je)"
    r"(?: \w+)? gesprek|\bobrigad[oa] pela(?: \w+)? (?:entrevista|conversa))[^.!?\n]{0,40}?)$",
    re.IGNORECASE,
)
_LOOKS_BACK_AFTER = re.compile(r"^\s*(?:dernier|passé|pasado|scorso|passad[oa])\b", re.IGNORECASE)


def _looks_back(text: str, hit: _Date) -> bool:
    before = text[max(0, hit.begin - 80) : hit.begin]
    return bool(
        _LOOKS_BACK_BEFORE.search(before)
        or _LOOKS_BACK_AFTER.match(text[hit.finish : hit.finish + 12])
    )


# A heading over one block of a move's mail: the slot given up ("Previous appointment",
# "Bisheriger Termin", "Rendez-vous précédent", "Compromisso anterior", "Old booking details")
# or the one that replaces it ("New appointment", "Neuer Termin", "Nouveau rendez-vous",
# "Novo compromisso", "New time"): OpenOLAT's rebooking mail in every language it ships, and
# the "old/new appointment details" sections of booking tools' reschedule mails.
_SECTION_NOUN = (
    r"(?:appointment|booking|reservation|time|date|slot|meeting|interview|termin|zeit"
    r"|rendez-vous|rdv|horaire|créneau|compromisso|horário|appuntamento|orario|cita|hora|fecha"
    r"|afspraak|tijd|datum|spotkanie|rezerwacja)"
)
_SECTION_HEAD = re.compile(
    r"\s*(?:(?P<old>previous|old|former|original|bisherige[rs]?|alte[rs]?|vorherige[rs]?"
    r"|ursprüngliche[rs]?|ancien(?:ne)?|antig[oa]|vorige|oude|poprzedni[ae]?)"
    r"|(?P<new>new|neue[rs]?|nouve(?:au|l|lle)|nuev[oa]|nuov[oa]|nov[oa]|nieuwe|nowy|nowa))"
    rf"\s+{_SECTION_NOUN}\b"
    rf"|\s*{_SECTION_NOUN}\s+(?:(?P<old2>précédente?|anterior|precedente|antig[oa]|original)"
    r"|(?P<new2>nouveau|nouvelle|nuev[oa]|nuov[oa]))\b",
    re.IGNORECASE,
)


def _section_mark(lines: list[_Line], index: int, head: str) -> str | None:
    """Return "old" or "new" when a time sits under a heading that marks the slot given up
    or the one replacing it: at the start of its own (joined) line, or on a short line above
    with only the block's label rows between."""
    texts = [head]
    for back in range(index - 1, max(-1, index - 7), -1):
        text = lines[back].text.strip()
        if not text or ":" in text.rstrip(":"):
            continue  # "Occasion: CV review", "Location: Online": rows of the same block
        if len(text) <= 40:
            texts.append(text)
        break
    for text in texts:
        match = _SECTION_HEAD.match(text)
        if match:
            return "old" if match.group("old") or match.group("old2") else "new"
    # a heading of one or two words alone on the line above: "Previous", "Updated", "Oud
    # tijdstip", "原定时间" (a column table of a move written one slot after the other)
    if len(texts) > 1 and len(texts[1].split()) <= 2:
        bare = SLOT_HEAD.search(texts[1])
        if bare:
            return "old" if bare.group("old") or bare.group("old_cjk") else "new"
    return None


def _combine(
    dates: list[_Date],
    clocks: list[_Clock],
    clock_line: str,
    lines: list[_Line],
    clock_index: int,
    context: Context,
    document_zone: Zone | None,
    origin: str,
    date_line: _Line,
    label: re.Pattern[str],
    end_label: re.Pattern[str],
) -> list[_Candidate]:
    found: list[_Candidate] = []
    same_line = clock_line is date_line.text
    used: set[int] = set()
    previous_finish = 0
    given_up = False  # the slot just read was marked as the one given up
    # "từ 14h00 thứ Tư 05/08 sang 9h00 thứ Năm 06/08": a line that gives two moments, each
    # time written just before its date, pairs every date with the time before it
    time_first = (
        same_line
        and len(dates) > 1
        and len(clocks) > 1
        and 0 <= dates[0].begin - clocks[0].finish <= 30
    )
    for index, hit in enumerate(dates):
        if hit.relative and _looks_back(date_line.text, hit):
            hit = replace(hit, day=hit.day - timedelta(days=7))
        following = dates[index + 1].begin if index + 1 < len(dates) else None
        clock = (
            _pair(hit, clocks, used, following, clock_line, time_first)
            if same_line
            else _starting(clocks, clock_line)
        )
        if clock is None:
            continue
        used.add(id(clock))
        next_line = _row_below(lines, clock_index, clock_line)
        zone = _zone_after(clock_line, clock.zone_at, next_line) or _zone_before(
            clock_line, clock.begin
        )
        if zone is not None and _YOUR_TIME.match(clock_line, clock.zone_at):
            # the reader's own hour takes no zone written further on ("2pm your time / 3pm
            # ours (CET)": CET is the writer's 3pm's); its twin in that zone pins the moment
            twin = _zoned_twin(clock, clocks, clock_line, used)
            if twin is not None:
                clock, zone = twin
                used.add(id(clock))
        if zone is None:
            # "9:00 your time, which is 17:00 for me in Singapore": the zoned twin pins it
            twin = _zoned_twin(clock, clocks, clock_line, used)
            if twin is not None:
                clock, zone = twin
                used.add(id(clock))
            else:
                own = _own_twin(clock, clocks, clock_line, used)
                if own is not None:
                    clock = own
                    used.add(id(clock))
        zoned_by_itself = zone is not None
        if zone is None and document_zone is not None:
            zone = document_zone
        zone, start, end = _placed(hit.day, clock, zone, context)
        disagree = zoned_by_itself and _twin_disagrees(hit.day, clock, clocks, clock_line, start)
        if not zoned_by_itself and city_pair_disagrees(
            clock_line[max(0, clock.zone_at - 12) : clock.zone_at], clock_line[clock.zone_at :]
        ):
            disagree = True  # "10:00 London / 12:00 Paris": no day has that difference
        begin = min(hit.begin, clock.begin) if same_line else hit.begin
        before = date_line.text[max(0, begin - 60) : begin]
        score = _score(hit, clock, zone, before, date_line, lines, clock_index, context, label)
        if (
            clock.hour_only
            and clock.end is None
            and same_line
            and _SAME_DAY_LATER_HALF.search(date_line.text[max(0, clock.begin - 40) : clock.begin])
        ):
            score += 0.3  # the bare hour's half is named: "this afternoon at 4", "stasera alle 7"
        other_thing = _another_sentence_of_other(hit, clock, clocks, clock_line, same_line)
        if other_thing:
            score -= 1.0  # "venerdì 16 ottobre ... . La reception apre alle 8:30"
        if IF_IT_GOES_WELL_CUES.search(before):
            score -= 1.0  # "Si l'échange est concluant, entretien technique le jeudi 19"
        candidate = _Candidate(
            start,
            end,
            zone,
            score,
            origin,
            date_line.offset + begin,
            date_line.quoted,
            hit.relative,
            hit.order_assumed,
        )
        candidate.line, candidate.at = date_line.text, begin
        candidate.other_thing = other_thing
        if disagree:
            candidate.zones_disagree = True
            candidate.notes.append(
                "the time is given again in another zone, and the two do not match; check it"
            )
        if hit.weekday_conflict:
            candidate.weekday_conflict = True
            candidate.notes.append(
                f"the weekday written beside {hit.day:%d %b %Y} is not that date's; check the day"
            )
        if hit.day_note:
            candidate.notes.append(hit.day_note)
            candidate.day_unsure = hit.day_unsure
        near = before[-40:]
        # "De: terça, 29/09, 10h" over "Para: quinta, 01/10, 14h": a move typed as two
        # labelled rows, whose short words ("de", "da", "van", "från" / "para", "a", "aan",
        # "till") are too common to mark a time anywhere else, and whose "Till:"/"À :" is
        # no range's end here
        row_mark = _row_pair_mark(lines, clock_index, date_line, same_line, begin)
        candidate.old = row_mark == "old" or (row_mark is None and _marked_old(near))
        if candidate.old and row_mark is None and _calls_off_here(date_line.text):
            # "Your interview originally set for Friday at 9:30 has been cancelled",
            # "您原定于12月11日09:30的面试…已取消", "initialement prévu le … est annulé": the slot
            # the line calls off is the one that was set, whatever is offered below it
            candidate.old = False
        candidate.new = row_mark == "new" or (
            row_mark is None and not candidate.old and bool(NEW_TIME_CUES.search(near))
        )
        candidate.score += {"old": -1.2, "new": 0.6}.get(row_mark or "", 0.0)
        if not candidate.old and not candidate.new:
            # a block under a heading of its own: "Previous appointment" / "New appointment",
            # "Bisheriger Termin" / "Neuer Termin" (OpenOLAT's rebooking mail; booking tools'
            # "Old appointment details" / "New appointment details" sections)
            mark = _section_mark(lines, clock_index, date_line.text[:begin][:200])
            candidate.old = mark == "old"
            candidate.new = mark == "new"
            candidate.score += {"old": -1.2, "new": 0.6}.get(mark or "", 0.0)
        if not candidate.old and not candidate.new and not near:
            # any word for the slot given up or the new one on a short line above the date
            # ("Alter Termin:", "Previous time", "Neuer Termin:")
            label_above = _label_above(lines, clock_index, date_line, same_line)
            if label_above and _marked_old(label_above):
                candidate.old = True
                candidate.score -= 1.2
            elif label_above and NEW_TIME_CUES.search(label_above):
                candidate.new = True
                candidate.score += 0.6
        candidate.moved = clock.moved
        candidate.forwarded = date_line.forwarded
        if end_label.search(before) and row_mark is None:
            candidate.score -= 3.0  # "End: …" is not when it starts
        after = date_line.text[max(hit.finish, clock.finish) : max(hit.finish, clock.finish) + 40]
        if (
            candidate.old
            and _NEW_AFTER.match(after)
            and not OLD_TIME_CUES.search(_DIGIT.split(near)[-1])
        ):
            # "기존 9일 11시 면접이 11일 오후 2시로 변경", "当初10日13時…11日15時に変更": the
            # old cue belongs to the earlier slot on the line; this one is marked new after it
            candidate.old = False
        if not candidate.old and (_NEW_AFTER.match(after) or given_up):
            # "14h30 le même jour à la place", "15 Uhr stattdessen", and the slot that
            # follows one given up ("november 10. 10:00 helyett november 12. 14:00")
            candidate.new = True
            candidate.score += 0.6
        given_up = False
        if not candidate.new and (
            _MOVED_AFTER.match(after)
            or (
                _LEFT_IF_MOVED.match(after)
                and RESCHEDULED_CUES.search(f"{date_line.text} {next_line or ''}")
            )
        ):
            candidate.old = True  # "à 10h doit être décalé", "at 10:00 has to move"
            candidate.score -= 1.2
            given_up = True
        # "until" after a range's end closes the range ("15:00-dan 16:00-dək", "10-től
        # 11-ig"); after a single time it says by when
        if (clock.end is None or clock.finish < hit.finish) and _DUE_AFTER.match(after[:24]):
            candidate.score -= 3.0  # "30a baino lehen", "18:00-dək", "17時までに": by then
            candidate.deadline = True
        else:
            candidate.deadline = (
                clock.start == time(23, 59)
                or (row_mark is None and _is_due(before))
                or _by_weekday(before, date_line.text[begin : begin + 12])
            )
            wide = date_line.text[max(0, begin - 160) : begin]
            if not candidate.deadline and _handed_in_by(wide):
                candidate.deadline = True
                candidate.score -= 3.0
        if (
            found
            and same_line
            and (RESCHEDULED_CUES.search(clock_line) or MOVE_VERBS.search(clock_line))
        ):
            joined = clock_line[previous_finish:begin]
            if _MOVE_JOIN.match(joined) or _BARE_MOVE_JOIN.fullmatch(joined):
                # "del lunes 9:30 al miércoles 12:00", "ora 10:00 se mută miercuri": old, new
                found[-1].score -= 1.2
                candidate.score += 0.6
        if found and same_line and _ARROW_JOIN.fullmatch(clock_line, previous_finish, begin):
            # "mardi 9/02 10h → jeudi 11/02 15h", "Wed, Dec 9, 2:00 PM → Thu, Dec 10, 11:00
            # AM", "qua 09/12 às 10h ➜ sex 11/12 às 14h": two dated slots either side of an
            # arrow under a word for the change (on the line or just above it) are the slot
            # given up and the new one; without such a word an arrow may join a range's ends
            above = " ".join(item.text for item in lines[max(0, clock_index - 3) : clock_index])
            said = f"{above} {clock_line}"
            if (
                RESCHEDULED_CUES.search(said)
                or ANY_MOVE_VERB.search(said)
                or SUBJECT_RESCHEDULED.search(said)
            ):
                found[-1].old = True
                found[-1].score -= 1.2
                candidate.new = candidate.moved = True
                candidate.score += 0.6
        previous_finish = max(hit.finish, clock.finish)
        found.append(candidate)
    return found


# Words after a slot that make it the new one, or the one that has to go
_NEW_AFTER = re.compile(
    r"^[^.!?\n\d]{0,24}?\b(?:instead|stattdessen|à la place|en su lugar|in plaats daarvan"
    r"|istället|i stedet|invece|em vez disso|zamiast tego)\b"
    # Turkish, Korean and Japanese mark it after it: "14:00'e alınmıştır", "4시로 변경"
    rf"|^(?:{NEW_SLOT_MARKED_AFTER})",
    re.IGNORECASE,
)
_MOVED_AFTER = re.compile(
    r"^[^.!?\n\d]{0,16}?\b(?:(?:has|have|needs?|must|will) (?:to |got to )?(?:be )?"
    r"(?:moved|move|rescheduled|pushed|shifted|postponed)|(?:doit|doivent) être (?:déplacée?"
    r"|décalée?|reportée?)|(?:muss|müssen) (?:leider )?(?:\w+ )?(?:verschoben|verlegt)"
    r"|verschieben\b|verlegen\b|(?:debe|tiene que|hay que) (?:ser )?(?:movid|mover|cambiar"
    r"|reprogramar)|deve essere (?:spostat|anticipat|posticipat)|moet (?:worden )?verplaatst"
    r"|musi zostać przeniesion|måste flyttas"
    # the slot given up in a note: "Monday's 10am is off", "Dec 7 at 10 no longer works"
    r"|is off\b|no longer works|(?:doesn't|does not|won't) work any ?more"
    # postpositions after the slot given up: Hungarian "10:00 helyett", Turkish "10:00
    # yerine", Finnish "klo 10 sijaan", Estonian "kell 10 asemel"; Azerbaijani "15:30
    # əvəzinə", Kazakh "14:00 орнына", Uzbek "14:00 o'rniga", Georgian "14:00-ის ნაცვლად",
    # Armenian "14:00-ի փոխարեն" (moves72); Japanese "15:00ではなく", Korean "15:00 대신" (moves76)
    r"|helyett|yerine|sijaan|asemel|əvəzinə|орнына|o['‘’ʻ]rniga|ნაცვლად|փոխարեն|ではなく|대신"
    # the slot a notice says has changed: SOGo's "per la data 03-Nov-26 all'ora 14:00 è
    # cambiato" (not "e", and), "iz 15-Ruj-26 u 09:00 je promjenjen", "за … на 10:00 се
    # промени", "… 的 10:00 已被更新"; the new start is listed below it
    r"|(?:è|e['’]) ?(?:stat[oa] )?(?:cambiat|modificat|aggiornat)[oa]\b"
    r"|je (?:promi?jenjen|izmi?jenjen|izmenjen)|се промени\b|було змінено|已被(?:更新|修改)"
    # Hindi "जो 8 दिसंबर को 2 बजे होना था, अब ...": the slot that was to be
    r"|होना था|होनी थी|होने वाला था|होने वाली थी"
    # the same notice in the passive perfect, the clause ending on the verb: Indonesian and
    # Malay "pada Senin, 20 April 2026 pukul 10:00 telah diubah." (an ATS's answer to a
    # reschedule request), "pada Isnin ... jam 10:00 telah dipinda.", English "on 20 April
    # at 10:00 has been changed."; not "has been changed to a video call", which moves
    # nothing in time
    r"|(?:(?:has|have) been (?:changed|moved|rescheduled|postponed|modified)"
    r"|(?:telah|sudah) (?:diubah|dipindahkan|dijadwalkan ulang|diundur|ditunda|digeser|ditukar"
    r"|dipinda|dianjak|dijadualkan semula))(?=\s*(?:[.,;:!]|$)))",
    re.IGNORECASE,
)


# Words after a slot that mark it as the one a move leaves, but only on a line that says
# the meeting moved (elsewhere they mark a plain slot, and a cancellation's slot is the one
# it calls off):
_LEFT_IF_MOVED = re.compile(
    # "from" written after the slot, as South Asian languages do: "డిసెంబర్ 16 ఉదయం 11
    # గంటల నుండి ... కు మార్చబడింది" (Telugu), "21 दिसंबर से बदलकर" (Hindi), "১৬ ডিসেম্বর থেকে
    # ... সরানো হয়েছে" (Bengali), "ઉ૧૭ ડિસેમ્બરથી" (Gujarati, glued), "११ वाजता ऐवजी"
    # (Marathi "instead of")
    r"^[^.!?\n\d]{0,16}?(?:నుండి|నుంచి|से|سے|पासून|ऐवजी|થી|बाट|থেকে|இலிருந்து|සිට)"
    r"(?![^\W\d_])"
    # the slot that had been planned, in the past, as Japanese and Korean say it: "12月14日
    # 10:00に予定しておりました面接は、…に延期", "10:00に予定していた", "10:00の予定だった",
    # "12월 14일 10:00로 예정되어 있던 면접은 …로 변경", "10:00에 예정이었던"
    r"|^\s?(?:に|の|で)?(?:ご)?予定(?:して(?:おりました|いました|いた|おった)|でした|だった|であった)"
    r"|^\s?(?:으로|로|에)?\s?예정(?:되어 있던|되어 있었던|되었던|이었던|돼 있던|했던)"
)


# Words that say the next time is the same moment in another zone; "or" is left out on
# purpose, since "10:00 or 14:00 CET" offers two different times.
_SAME_MOMENT = re.compile(
    r"^[^\d\n]{0,48}?(?:\(|（|=|\bwhich is\b|\bthat(?:'s| is)\b|\bi\.e\.|\bd\.\s?h\.|\balso\b"
    r"|\bsoit\b|\bc'est-à-dire\b|\bes decir\b|\bo sea\b|\bou seja\b|\bcioè\b|\bossia\b"
    r"|\bdvs\.?|\bczyli\b|\btj\.|\bazaz\b|\byani\b|\byaitu\b|\bdus\b)[^\d\n]{0,32}$",
    re.IGNORECASE,
)


def _twin_disagrees(
    day: date, clock: _Clock, clocks: list[_Clock], line: str, start: datetime
) -> bool:
    """Tell a zoned time restated in another zone at another instant: "10:00 ET (16:00
    London time)" in November, when 10:00 ET is 15:00 in London; "9:00 CET (8:00 UTC)"
    agrees. Which of the two was meant is the reader's call (unsure64)."""
    if _bracket_disagrees(line[clock.finish : clock.finish + 60], start):
        return True
    for other in clocks:
        if other.begin <= clock.finish:
            continue
        gap = line[clock.finish : other.begin]
        if other.begin - clock.finish > 40 or not (
            _SAME_MOMENT.match(gap) or _PAIR_SLASH.fullmatch(gap)
        ):
            return False
        # only a zone written right after the second time: "16:00 London time)", "15:00 CET"
        after = line[other.finish : other.finish + 60].lstrip(" (")
        zone = read_zone(after)
        tz = zone.tz if zone is not None else None
        if tz is None:
            # a bare city closes the pair: "9:00 New York (15:00 Berlin)", "10:00 London /
            # 12:00 Paris"
            words = re.split(r"[)）/|,;.!?\n]", after, maxsplit=1)[0].strip()
            city = zone_for_city(words) if 0 < len(words.split()) <= 3 else None
            tz = iana_zone(city) if city else None
        if tz is None:
            return False
        again = datetime.combine(day, other.start).replace(tzinfo=tz)
        if again.utcoffset() == start.utcoffset():
            return False  # "14.00 WIB (sebelumnya pukul 10.00 WIB)": another time, not a twin
        return (again - start) % timedelta(days=1) != timedelta(0)  # a day apart agrees
    return False


# "10:00 CET / 9:00 GMT", "9:00 AM ET | 2:00 PM GMT": a slash between two zoned clocks
# writes one moment twice (a bare slash "10:00 / 14:00" may offer two times, so only
# _twin_disagrees, where both clocks carry a zone, reads it)
_PAIR_SLASH = re.compile(r"[^\d\n/|]{0,24}[/|][ \t]{0,3}")
# a zone or offset alone in the bracket after a zoned time: "3 PM Lagos time (UTC+2)",
# "14:00 CET (Tokyo time)"
_ZONE_BRACKET = re.compile(
    r"[^\d\n()]{0,30}?\(([^()\d\n]{2,40}|(?:UTC|GMT)\s?[+\-−]\s?[\d:.]{1,5})\)"
)


def _bracket_disagrees(rest: str, start: datetime) -> bool:
    """Tell a zoned time followed by a bracket that names another clock alone: "3 PM Lagos
    time (UTC+2)" or "14:00 CET (Tokyo time)" are two zones for one time, and which one the
    writer meant is the reader's call; "3 PM AST (Riyadh)", "10:00 EST (UTC-4)" in summer
    or "15:00 (UTC+1)" agree."""
    bracket = _ZONE_BRACKET.match(rest)
    if bracket is None:
        return False
    inner = bracket.group(1).strip()
    if inner[:1] in "UG" and re.match(r"[ \t]?[^\W\d_]", rest[bracket.end() :]):
        # "(UTC+01:00) Amsterdam, Berlin, …", "(GMT-05:00) Eastern Time": a Windows display
        # name, whose bracket is the zone's standard offset, not a second clock
        return False
    zone = read_zone(inner)
    if zone is None or zone.tz is None or zone.length < len(inner) - 2:
        return False
    again = start.replace(tzinfo=zone.tz)
    return again.utcoffset() != start.utcoffset()


def _row_below(lines: list[_Line], index: int, line: str) -> str | None:
    """The line under a time's, where a zone alone may stand: a card read as text leaves a
    blank line between its rows ("10:00 – 10:45" / "" / "GMT", "10:00 AM – 10:45 AM" / "" /
    "Eastern Time"), so a short time row looks past one blank line to a zone's abbreviation
    or a name with "Time" (a city alone there is as often the office's address)."""
    if index + 1 >= len(lines):
        return None
    below = lines[index + 1].text
    if (
        not below.strip()
        and len(line.strip()) <= 60
        and index + 2 < len(lines)
        and _ZONE_ROW_WORD.search(lines[index + 2].text)
    ):
        return lines[index + 2].text
    return below


_ZONE_ROW_WORD = re.compile(r"\b(?:[A-Z]{2,5}|(?i:time))\b")


def _zoned_twin(
    clock: _Clock, clocks: list[_Clock], line: str, used: set[int]
) -> tuple[_Clock, Zone] | None:
    """Return the same moment written again with a zone, right after a time that has none."""
    for other in clocks:
        if other.begin <= clock.finish or id(other) in used:
            continue
        gap = line[clock.finish : other.begin]
        if other.begin - clock.finish > 80 or not (
            _SAME_MOMENT.match(gap) or _YOUR_TIME_SLASH.match(gap)
        ):
            return None
        zone = (
            _zone_after(line, other.zone_at, None)
            or zone_of_place_after(line[other.finish :])
            or _zone_leading(line, clock.finish, other.begin)
        )
        return (other, zone) if zone is not None else None
    return None


def _zone_leading(line: str, start: int, stop: int) -> Zone | None:
    """Return a zone written right before a time, after a bracket or a slash ("10:00
    (Singapore time 9:00)", "16:00（シンガポール時間 15:00）")."""
    for opening in re.finditer(r"[(（/]\s*", line[start:stop]):
        rest = line[start + opening.end() : stop + 8]
        zone = read_zone(rest)
        if zone is not None and _LEADS_CLOCK.match(rest, zone.length):
            return zone
    return None


# "3pm your time = 8pm mine", "9am your time / 8pm for me": the reader's hour, then the
# writer's own, which the Date header's offset places
_YOUR_TIME = re.compile(r"\s{0,2}\(?(?:your time|for you|ur time)\b", re.IGNORECASE)
# ... and the writer's hour after a slash: "2pm your time / 3pm ours (CET)", "9am your time /
# 5pm Singapore time"
_YOUR_TIME_SLASH = re.compile(
    r"\s{0,2}\(?(?:your time|for you|ur time)\)?,?\s{0,2}/\s{0,2}$", re.IGNORECASE
)
_MINE_AFTER = re.compile(r"\s{0,2}(?:mine|my time|for me|here)\b", re.IGNORECASE)


def _own_twin(clock: _Clock, clocks: list[_Clock], line: str, used: set[int]) -> _Clock | None:
    """Return the writer's own hour written after the reader's ("3pm your time = 8pm mine").

    The reader's zone is not in the mail, the writer's is the Date header's: the second hour
    pins the moment. Writers across an ocean type it this way (typos20 London to New York,
    casual21 Sydney to London)."""
    if not _YOUR_TIME.match(line, clock.finish):
        return None
    for other in clocks:
        if other.begin <= clock.finish or id(other) in used:
            continue
        gap = line[clock.finish : other.begin]
        if len(gap) > 40 or not re.search(r"[=/]|\bis\b", gap):
            return None
        return other if _MINE_AFTER.match(line, other.finish) else None
    return None


def _starting(clocks: list[_Clock], line: str, every: list[_Clock] | None = None) -> _Clock | None:
    """Return the first time that is not one to arrive by ("arrive by 08:45 for a 09:00 start"),
    or a later one its own clause names as the interview's. `every` is all the line's times
    where `clocks` are only those near a date."""
    pick = _first_not_arrival(clocks, line)
    return _named_later(clocks, line, pick, every) if pick is not None else None


def _first_not_arrival(clocks: list[_Clock], line: str) -> _Clock | None:
    """Return the first time that is not one to arrive by."""
    for index, clock in enumerate(clocks):
        if _ARRIVAL_AFTER.match(line, clock.finish):
            # "08:45 arrival for a 09:00 start": the next time is the start
            return clocks[index + 1] if index + 1 < len(clocks) else clock
        if not _arrive_by(clock, line):
            return clock
    return clocks[0] if clocks else None


def _arrive_by(clock: _Clock, line: str) -> bool:
    """Tell whether the words just before a time make it one to arrive by."""
    return bool(ARRIVAL_CUES.search(line[max(0, clock.begin - 40) : clock.begin]))


def _only_arrivals(clocks: list[_Clock], line: str) -> bool:
    """Tell whether every time is one to arrive by, none the start one of them serves
    ("11:50 arrival for a 12:00 start" has a start)."""
    for index, clock in enumerate(clocks):
        if _ARRIVAL_AFTER.match(line, clock.finish) and index + 1 < len(clocks):
            return False
        if not _arrive_by(clock, line) and not _ARRIVAL_AFTER.match(line, clock.finish):
            return False
    return bool(clocks)


# where a clause ends inside a sentence: the words after it lead the next time, not the last
_CLAUSE_BREAK = re.compile(r"[,;:.!?。，；：、()（）–—]|\s-\s|\b(?:and|then|und|et|y|e|en|i|och)\b")
# the interview named in its own words, in the scripts INTERVIEW_NOUNS leaves out
_INTERVIEW_CJK = "面接|面试|面試|면접|面談"
_NAMES_INTERVIEW = re.compile(rf"(?i:\b(?:{INTERVIEW_NOUNS}))|{_INTERVIEW_CJK}")


def _clause_lead(line: str, clocks: list[_Clock], clock: _Clock) -> str:
    """Return the words that lead a time in its own clause: back to the last comma,
    semicolon or "and" after the previous time ("Accueil à 8 h 45, entretien à 9 h")."""
    floor = max([0, *_finishes_before(clocks, clock)])
    lead = line[max(floor, clock.begin - 80) : clock.begin]
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(lead.rstrip(" :"))]
    return lead[breaks[-1] :] if breaks else lead


def _clause_tail(line: str, clocks: list[_Clock], clock: _Clock) -> str:
    """Return the words a time leads, up to the next clause break or time: a programme's
    row label ("9 h 30 : visite du site - 11 h : entretien avec la DRH")."""
    stop = min(
        [clock.finish + 80, *(other.begin for other in clocks if other.begin >= clock.finish)]
    )
    tail = line[clock.finish : stop].lstrip(" :–-—\t")
    cut = _CLAUSE_BREAK.search(tail)
    return tail[: cut.start()] if cut else tail


def _own_words(line: str, clocks: list[_Clock], clock: _Clock) -> str:
    """The words of a time's own clause, before and after it."""
    return f"{_clause_lead(line, clocks, clock)} … {_clause_tail(line, clocks, clock)}"


def _names_start(words: str) -> bool:
    """Tell whether a time's own words name the interview or its start ("das Gespräch
    beginnt um", "la entrevista empieza a las", "entretien à", "面接")."""
    return bool(_NAMES_INTERVIEW.search(words) or START_WORDS.search(words))


def _names_other(words: str) -> bool:
    """Tell whether a time's own words name the arrival or another event (reception,
    lunch, parking), which no interview noun in them outweighs."""
    return bool(ARRIVAL_CUES.search(words) or OTHER_EVENT_NOUNS.search(words))


def _named_later(
    clocks: list[_Clock], line: str, pick: _Clock, every: list[_Clock] | None = None
) -> _Clock:
    """Of several times on the interview's day, return a later one whose own clause names the
    interview when the first one's does not: the earlier is the time to report to reception,
    the doors, a tour ("Bitte um 9:45 Uhr am Empfang; das Gespräch beginnt um 10 Uhr",
    "Accueil à 8 h 45, entretien à 9 h", "llegues a las 11:40; la entrevista empieza a las
    12:00"). A time whose clause names something else is never taken over one that names
    the interview."""
    lead = _clause_lead(line, clocks, pick)
    served = _start_it_serves(line, clocks, pick, lead)
    if served is not None:
        return served
    if _names_start(_own_words(line, clocks, pick)) and (
        _names_start(lead) or not EARLY_STEP_CUES.search(lead)
    ):
        # (a row led by an early step's label, "Teknikkontroll: 14:40 - 14:50 Intervju:
        # 15:00", is not named by the next row's label after it)
        return pick
    # a later hour of the same sentence: the arrival comes before the start it serves
    later = [
        clock
        for clock in clocks
        if clock.begin > pick.finish
        and clock.start > pick.start
        and not _SENTENCE_END.search(line, pick.finish, clock.begin)
    ]
    named = _first_named(later, clocks, line)
    if named is None and (_early_step(line, pick) or _due_clock(line, pick)):
        named = _named_next_sentence(line, pick, every or clocks)
    return named if named is not None else pick


# the words between an arrival's time and the start it serves, in one clause: "at 9:45 for
# a 10:00 start", "9.45 for 10.00", "à 9h45 pour un début à 10h", "a las 9:45 para empezar
# a las 10:00", "um 9:45 Uhr, damit wir um 10:00 Uhr beginnen"; the words end leading the
# later time, so they are its own, not the earlier time's
_SERVES_LATER = re.compile(
    r"^\s*(?:uhr\s*)?(?:for(?: an?)?|[^.;!?\n]{0,40}?\s(?:à|a las|um|om|at|alle|às))\s*$",
    re.IGNORECASE,
)
_START_AFTER = re.compile(r"\s*(?:uhr\s*)?(?:start|kick-?off)\b", re.IGNORECASE)


def _start_it_serves(line: str, clocks: list[_Clock], pick: _Clock, lead: str) -> _Clock | None:
    """Return the later time of the same clause that the words after `pick` lead and name as
    the start ("Please come to reception on Thursday at 9:45 for a 10:00 start", "jeudi 14
    janvier à 9h45 pour un début à 10h"), when `pick`'s own lead names no start: the earlier
    time is the one to arrive by."""
    if _names_start(lead):
        return None
    later = [clock for clock in clocks if clock.begin >= pick.finish and clock.start > pick.start]
    if not later:
        return None
    nxt = later[0]
    between = line[pick.finish : nxt.begin]
    if not _SERVES_LATER.match(between):
        return None
    if _names_start(between) and not _names_other(between):
        return nxt
    if re.match(r"^\s*(?:uhr\s*)?for(?: an?)?\s*$", between, re.IGNORECASE) and (
        _START_AFTER.match(line, nxt.finish) or _soon_after(pick.start, nxt.start)
    ):
        # "9:45 for a 10:00 start", and the British invitation's bare "9.45 for 10.00":
        # a time for a time up to an hour later is always the arrival for the start
        return nxt
    return None


def _soon_after(first: time, then: time) -> bool:
    """Tell whether `then` is later than `first` on the same day by an hour at most."""
    gap = (then.hour * 60 + then.minute) - (first.hour * 60 + first.minute)
    return 0 < gap <= 60


def _due_clock(line: str, clock: _Clock) -> bool:
    """Tell whether a time is when to answer or hand something in ("Geben Sie uns bitte bis
    9:00 Uhr an diesem Tag Bescheid.", "Odpowiedź do godz. 9:00 tego samego dnia.", "当日
    10時までに"): like an early step's, it yields to the next sentence's time that names the
    interview (dues48)."""
    after = line[clock.finish : clock.finish + 24]
    return _is_due(line[max(0, clock.begin - 90) : clock.begin]) or bool(_DUE_AFTER.match(after))


# how far around a time its sentence is read for an early step, and how far on the next
# sentence's interview clock may stand
_STEP_REACH = 160
_NEXT_REACH = 200


def _early_step(line: str, clock: _Clock) -> bool:
    """Tell whether a time's sentence is about a step before the interview: a tech check,
    the link or waiting room opening, a test window ("Bitte wählen Sie sich ab 13:45 Uhr für
    einen kurzen Technik-Check ein.", "Conéctate a las 16:50 para comprobar audio y vídeo.")."""
    floor = max(0, clock.begin - _STEP_REACH)
    ends = [match.end() for match in _SENTENCE_END.finditer(line, floor, clock.begin)]
    stop = _SENTENCE_END.search(line, clock.finish, clock.finish + _STEP_REACH)
    words = line[ends[-1] if ends else floor : stop.start() if stop else clock.finish + _STEP_REACH]
    return bool(EARLY_STEP_CUES.search(words))


def _named_next_sentence(line: str, pick: _Clock, every: list[_Clock]) -> _Clock | None:
    """Return a later time of the next sentence whose own words name the interview or its
    start, after an early step's time ("Die Leitung ist ab 13:45 Uhr für einen Technik-Check
    offen. Das Interview beginnt um 14:00 Uhr.")."""
    near = [
        clock
        for clock in every
        if 0 < clock.begin - pick.finish <= _NEXT_REACH
        and clock.start > pick.start
        and len(_SENTENCE_END.findall(line, pick.finish, clock.begin)) <= 1
    ]
    return _first_named(near, every, line)


def _other_thing(line: str, clocks: list[_Clock], clock: _Clock) -> bool:
    """Tell whether a time's own words name something other than the interview (the
    reception opening, lunch, the car park) and not the interview or its start."""
    words = _own_words(line, clocks, clock)
    return bool(OTHER_EVENT_NOUNS.search(words)) and not _names_start(words)


def _another_sentence_of_other(
    hit: _Date, clock: _Clock, clocks: list[_Clock], line: str, same_line: bool
) -> bool:
    """Tell a time in a later sentence than its date whose own words name something else
    ("la aspettiamo venerdì 16 ottobre a Verona. La reception apre alle 8:30"): the
    reception's hour, not the interview's, when the interview's is written elsewhere."""
    return (
        same_line
        and clock.begin > hit.finish
        and bool(_SENTENCE_END.search(line, hit.finish, clock.begin))
        and _other_thing(line, clocks, clock)
    )


def _first_named(candidates: list[_Clock], clocks: list[_Clock], line: str) -> _Clock | None:
    """Return the first of these times whose leading words name the interview or its start
    and nothing else. Only the words before it count: a programme's rows put their label
    after the time ("9:30 Uhr Begrüßung 13:00 Uhr Interviews"), and a candidate day's
    programme starts with its first row."""
    for clock in candidates:
        words = _clause_lead(line, clocks, clock)
        if _names_start(words) and not _names_other(words) and not _LEADS_AN_END.search(words):
            return clock
    return None


# words that make the time after them the interview's end, not its start: a verb of finishing
# ("pohovor skončí v 16:45", "rozmowa zakończy się o 16:45") or a word for "until" ("the
# interview lasts until 11:15")
_LEADS_AN_END = re.compile(
    rf"\b{_FINISH_VERB}|\b(?:until|till|bis|jusqu['’]?(?:à|a|au)|hasta|fino a(?:lle)?|tot|até"
    r"|lasts?|runs?|dauert|dure|dura|duurt|varar|potrwa|trvá|продлится|длится)\b",
    re.IGNORECASE,
)


# the word after a time that makes it the time to arrive ("08:45 arrival for a 09:00 start",
# "8.30 registration, 9.00 first interview", "8h45 accueil des candidats", "8:45 Uhr Einlass")
_ARRIVAL_AFTER = re.compile(
    r"\s*(?:uhr\s+)?(?:for\s+)?(?:arrival|registration|check-?in|sign-?in|to arrive|ankunft"
    r"|einlass|accueil|llegada|registro|acreditación)\b",
    re.IGNORECASE,
)


def _pair(
    hit: _Date,
    clocks: list[_Clock],
    used: set[int],
    next_date: int | None,
    line: str,
    time_first: bool = False,
) -> _Clock | None:
    """Return the time that belongs to a date: right after it, before the next date, or
    just before it ("11:00, giovedì 16 aprile")."""
    after = [
        clock
        for clock in clocks
        # the hour a meeting was moved to keeps the day of the hour it left, a sentence on
        if 0 <= clock.begin - hit.finish <= (200 if clock.moved else 60)
        and id(clock) not in used
        and (next_date is None or clock.begin < next_date)
    ]
    # "lúc 10h00 (múi giờ Asia/Ho_Chi_Minh), thứ Năm, ngày 25/6": the zone written after
    # the time does not count towards its distance from the date, within one sentence
    before = [
        clock
        for clock in clocks
        if id(clock) not in used
        and hit.begin >= clock.finish
        and (
            hit.begin - clock.finish <= 30
            or (
                hit.begin - clock.finish - _zone_length(line, clock.finish) <= 30
                and not _SENTENCE_END.search(line, clock.finish, hit.begin)
            )
        )
    ]
    if before and time_first:
        return before[-1]
    # "3:30 PM IST, Wed 9 Dec (was 11:00 AM)", "on Wed 9 Dec, not at 11:00 but at 15:30": a
    # time after the date that the words before it give up is not the date's new time
    kept = [
        clock
        for clock in after
        if not _given_up(line[max([hit.finish, *_finishes_before(clocks, clock)]) : clock.begin])
    ]
    if len(kept) < len(after) and (kept or before):
        after = kept
    if before and after and _ENDS_SENTENCE.match(line, hit.finish - 1):
        # "by 10 sharp on Monday 25th January. GM has a flight at 12": the sentence ends with
        # the date, so the time before it is the date's; the next sentence's time is its own
        return before[-1]
    if before and after and _only_arrivals(after, line):
        # "Your interview starts at 12:00 on Thursday 11 March; please arrive at 11:50", "La
        # entrevista empieza a las 12:00 del jueves 11 de marzo; te pedimos llegar a las
        # 11:50": the only time after the date is the one to arrive by
        return before[-1]
    if after:
        return _starting(
            after + _same_sentence_after(after[-1], clocks, used, next_date, line), line, clocks
        )
    if not before:
        # "we wtorek 20 października w naszym biurze przy ul. Długiej 12 w Gdańsku. Prosimy
        # o przybycie o 13:45, rozmowa rozpocznie się o 14:00": the next sentence's time
        # that names the interview, when nothing nearer does
        far = [
            clock
            for clock in clocks
            if 60 < clock.begin - hit.finish <= 200
            and id(clock) not in used
            and (next_date is None or clock.begin < next_date)
        ]
        return _first_named(far, clocks, line)
    if len(before) > 1:
        return _labelled_start(before, used, line)
    return before[-1] if before else None


def _same_sentence_after(
    near: _Clock, clocks: list[_Clock], used: set[int], next_date: int | None, line: str
) -> list[_Clock]:
    """The times further on in the sentence of the last time near the date: where the near
    ones are only the doors or the reception, the interview's own is one of these ("Thursday,
    October 22. The lobby doors open at 9:30; your interview with Dana starts at 10:00")."""
    return [
        clock
        for clock in clocks
        if 0 < clock.begin - near.finish <= 120
        and id(clock) not in used
        and (next_date is None or clock.begin < next_date)
        and not _SENTENCE_END.search(line, near.finish, clock.begin)
    ]


def _labelled_start(before: list[_Clock], used: set[int], line: str) -> _Clock:
    """ "Begintijd 09:30 Eindtijd 10:15 Datum maandag 8 maart 2027": of two times before the
    date, the one under an end label closes the slot the other opens (table rows that put the
    start and end times above the date, run together into one line)."""
    last, first = before[-1], before[-2]
    end_label = _patterns()["end_label"]
    if (
        first.end is None
        and last.start > first.start
        and end_label.search(line[max(0, last.begin - 30) : last.begin])
        and not end_label.search(line[max(0, first.begin - 30) : first.begin])
    ):
        used.add(id(last))
        return replace(first, end=last.start, finish=last.finish)
    return last


_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")
# a date's last character (or the one after it) closes the sentence: "... on Monday 25th
# January. GM ...", "... le 12 janvier. Le ...", "... am 12. Januar! ..."
_ENDS_SENTENCE = re.compile(r".?[.!?。](?:\s|$)")


def _zone_length(line: str, position: int) -> int:
    """How far the zone written right after a time reaches: to its closing bracket."""
    if _zone_after(line, position, None) is None:
        return 0
    # (the time's own words before the zone count too: "at 16:30 hours (India Standard
    # Time) on Thursday", "at 10 am sharp (Eastern Standard Time) on Thursday")
    rest = line[position : position + 120]
    skipped = len(rest) - len(past_clock_words(rest))
    rest = rest[skipped:]
    zone = read_zone(rest)
    length = zone.length if zone is not None else 0
    if rest.lstrip().startswith("("):
        return skipped + max(length, rest.find(")") + 1)
    return skipped + length


def _score(
    hit: _Date,
    clock: _Clock,
    zone: Zone | None,
    before: str,
    line: _Line,
    lines: list[_Line],
    index: int,
    context: Context,
    label: re.Pattern[str],
) -> float:
    score = 1.0
    if label.search(before) or (
        index > 0 and label.search(lines[index - 1].text[-40:]) and not before.strip()
    ):
        score += 1.5
    window = " ".join(item.text for item in lines[max(0, index - 3) : index + 1])[-400:]
    if has_invitation_cue(window):
        score += 0.8
    if zone is not None:
        score += 0.5
    if hit.explicit_year or hit.weekday_checked:
        score += 0.3
    if hit.relative:
        score -= 0.6
    if clock.hour_only and clock.end is None:
        score -= 0.3
    if line.quoted:
        score -= _QUOTED_PENALTY
    if clock.start == time(23, 59) or _is_due(before):
        score -= 3.0  # "by 23:59", "Due: Friday 11:59 PM": a deadline, not a meeting
    if _OPENING_HOURS.search(before[-60:]):
        score -= 3.0  # "Office hours: Mon-Fri 9am-5.30pm" under a signature: no meeting
    if _WEEK_OF.search(before[-24:]):
        score -= 3.0  # "your week of Nov 30", "in de week van 25 mei": a week, not a day
    reference = context.reference
    start = datetime.combine(hit.day, clock.start).replace(
        tzinfo=zone.tz if zone else context.default_zone
    )
    if context.dated and start < reference - timedelta(hours=12):
        score -= 2.5
    elif context.dated and start <= reference + timedelta(minutes=10):
        score -= 2.5  # the moment the mail was written or sent, not a meeting
    if start > reference + timedelta(days=400):
        score -= 1.5
    near = before[-40:]
    if ARRIVAL_CUES.search(near):
        score -= 1.0  # the time to arrive by, just before the start
    if _marked_old(near):
        if not _calls_off_here(line.text):
            score -= 1.2
    elif NEW_TIME_CUES.search(near) and not _range_joint(before):
        score += 0.6
    return score


# "Thu Nov 12, 2026 09:00 AM to Thu Nov 12, 2026 10:00 AM" (CRM and HR tables print both
# ends in full): a "to" right after a time joins a range unless the line moves something
_CLOCK_TO = re.compile(r"\d[:.]\d\d(?:\s?[ap]\.?m\.?)?\s*(?:\([^)]{1,40}\)\s*)?to\s*$", re.I)


# A date that names the week it falls in, not a day: "what does your week of Nov 30 look
# like?", "the week commencing 7 December", "in der Woche vom 7.", "la semaine du 7"
_WEEK_OF = re.compile(
    r"\bweeks? (?:of|commencing|beginning|starting)(?: the| on)?\s*$|\bw/c\s*$|\bwoche vom\s*$"
    r"|\bsemaine du\s*$|\bsemanas? del?\s*$|\bweek van\s*$|\bsettimana del\s*$"
    r"|\bveckan (?:som börjar|från)?\s*$|\btygodni(?:u|a) od\s*$",
    re.IGNORECASE,
)


# The labels of a move typed as two rows, the slot given up then the new one: Portuguese and
# Spanish "De:/Para:", "De:/A:", "Desde:/Hasta:", French "De :/À :", Italian "Da:/A:", Dutch
# "Van:/Aan:"/"Van:/Naar:", Swedish "Från:/Till:", Danish and Norwegian "Fra:/Til:", German
# "Von:/Auf:", Polish "Z:/Na:", English "From:/To:". The same words head a forward's header
# block ("De: Camila <…>", "Para: Alex <…>"): only rows that both give a date count.
_OLD_ROW = re.compile(
    r"[\s>*]*(?:de|da|dal|desde|van|från|fra|von|from|z|od|was|old)\s?:\s*"
    r"(?:[^\W\d_]{2,14}\.?,?\s{1,3})?",
    re.IGNORECASE,
)
_NEW_ROW = re.compile(
    r"[\s>*]*(?:para|pra|a|à|al|hasta|até|ate|aan|naar|till|til|auf|to|na|do|now|new)\s?:\s*"
    r"(?:[^\W\d_]{2,14}\.?,?\s{1,3})?",
    re.IGNORECASE,
)
_ROW_DATE = re.compile(
    r"\d{1,2}\s?[/.\-]\s?\d{1,2}|\d{1,2}\.?\s[^\W\d_]{3}|[^\W\d_]{3,9}\.?\s\d{1,2}\b"
)


def _row_pair_mark(
    lines: list[_Line], clock_index: int, date_line: _Line, same_line: bool, begin: int
) -> str | None:
    """Return "old" or "new" for a date that opens a row labelled as one end of a move (see
    `_OLD_ROW`), when the row beside it carries the other label and a date of its own, the
    two dates differ and a word for a move stands on the rows or just above them."""
    index = clock_index if same_line else clock_index - 1
    if not 0 <= index < len(lines) or lines[index] is not date_line:
        return None
    head = date_line.text[:begin]
    if len(head) > 40:
        return None
    if _OLD_ROW.fullmatch(head):
        mark, other = "old", index + 1
        other_label = _NEW_ROW
    elif _NEW_ROW.fullmatch(head):
        mark, other = "new", index - 1
        other_label = _OLD_ROW
    else:
        return None
    if not 0 <= other < len(lines):
        return None
    row = lines[other].text
    label = other_label.match(row)
    if label is None or not _ROW_DATE.search(row, label.end(), label.end() + 40):
        return None
    own_label = (_OLD_ROW if mark == "old" else _NEW_ROW).match(date_line.text)
    own = _ROW_DATE.search(date_line.text, own_label.end()) if own_label else None
    theirs = _ROW_DATE.search(row, label.end())
    if own is not None and theirs is not None and own[0] == theirs[0]:
        return None  # the same day: a range's start and end rows, not a move
    above = " ".join(
        item.text for item in lines[max(0, min(index, other) - 4) : max(index, other) + 1]
    )
    if not (RESCHEDULED_CUES.search(above) or ANY_MOVE_VERB.search(above)):
        return None
    return mark


def _label_above(lines: list[_Line], clock_index: int, date_line: _Line, same_line: bool) -> str:
    """Return the short label on the line above a date that opens its line ("Alter
    Termin:", "Previous time", "New date/time:"), or ""."""
    index = clock_index if same_line else clock_index - 1
    if index < 1 or index >= len(lines) or lines[index] is not date_line:
        return ""
    above = lines[index - 1].text.strip()
    return above if len(above) <= 32 and not any(char.isdigit() for char in above) else ""


def _calls_off_here(line: str) -> bool:
    """Tell a line that calls the meeting off and moves nothing: an "original" slot on it is
    the one cancelled, not one given up for another."""
    return bool(CANCELLED_CUES.search(line) or CANCELLING_CUES.search(line)) and not (
        RESCHEDULED_CUES.search(line) or ANY_MOVE_VERB.search(line)
    )


def _marked_old(near: str) -> bool:
    """Tell a slot the words before mark as given up ("originally Monday 10:00", "var
    planerad till tisdag") from the new one ("from 10:00 to 14:00": "to" marks the new)."""
    olds = list(OLD_TIME_CUES.finditer(near))
    if not olds:
        return False
    tail = len(near) - 12
    return not any(
        not any(old.start() <= new.start() and new.end() <= old.end() for old in olds)
        for new in NEW_TIME_CUES.finditer(near)
        if new.start() >= tail or new.end() > tail
    )


def _finishes_before(clocks: list[_Clock], clock: _Clock) -> list[int]:
    """Where the times before this one end: the words that mark a time are after those."""
    return [other.finish for other in clocks if other.finish <= clock.begin]


# "from" opens a range as often as it names the slot left ("from 10:00 to 10:45")
_RANGE_FROM = re.compile(r"\b(?:from|von|từ|fra|från)\W*$", re.IGNORECASE)


def _given_up(between: str) -> bool:
    """Tell whether the words just before a time mark it as the slot given up ("(was ",
    "(earlier ", "rather than ", "not at "), leaving out a range's "from"."""
    near = between[-40:]
    return _marked_old(near) and not _RANGE_FROM.search(near)


def _range_joint(before: str) -> bool:
    """Tell the "to" of a range of two full date-times from the "to" of a new time."""
    return bool(_CLOCK_TO.search(before)) and not (
        MOVE_VERBS.search(before) or OLD_TIME_CUES.search(before)
    )


# the note on a quoted slot the reply's own words take ("that suits me well" over "could
# you come on Tuesday at 10?"): the question under it is the other side's, not the reply's
CONFIRMED_QUOTE_NOTE = "the reply confirms the one time it quotes; check it"


# where a question ends: the Latin, CJK and Arabic question marks, and the Japanese polite
# question that ends in a full stop ("…変更させていただくことは可能でしょうか。")
_QUESTION_END = re.compile(r"[?？؟]|でしょうか|ませんか")
# a sentence ends at a full stop (not a year's, not the Nordic "kl."), a question mark or a
# dash that opens a clause of its own ("… moved to Thursday at 10:00 - does that work?")
_ASK_SENTENCE_END = re.compile(
    r"(?<!\d)(?<!\bkl)(?<!\bplkst)(?<!\b[dm])[.!](?:\s|$)|[。।۔\n]|[?？؟]|\s[-–—]\s",
    re.IGNORECASE,
)
