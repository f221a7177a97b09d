"""Read the dates on a line: named, numeric and relative days, and the order of numeric dates.

`_dates` finds each day a line names ("3 June", "03/06", "Thursday", "tomorrow", "next
week's Tuesday", CJK and Solar Hijri dates), `date_order` decides whether a mail writes its
numeric dates day first or month first (from its language, zones, domain and the dates
themselves), and `_is_due` tells a deadline ("send it by Friday 5pm") from an appointment.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache

import jdatetime

from service.parsing.lexicon import (
    CLOCK_ONLY_WORDS,
    GREETING_WORDS,
    HABITUAL_WEEKDAYS,
    MEETING_CUES,
    MONTH_FIRST_LANGUAGES,
    MONTH_KEYS,
    MOVE_VERB_WORDS,
    NUMBER_LABELS,
    NUMBER_LABELS_DOTTED,
    PAST_MEETING_AFTER,
    PAST_MEETING_BEFORE,
    RELATIVE_DAYS,
    SOLAR_HIJRI_MONTHS,
    STREET_WORDS,
    YEAR_FIRST_LANGUAGES,
    alternation,
    contested_months,
    counted_after_words,
    fold,
    full_weekday_names,
    is_stop_word,
    month_names,
    next_week_phrases,
    next_weekday_phrases,
    own_month_names,
    own_weekday_names,
    phrase_trie,
    short_weekday_names_in,
    weekday_letters,
    weekday_names,
)
from service.parsing.when_common import (
    _CJK,
    _DIGIT,
    _NOON,
    _RELATIVE_WORDS,
    MAX_TEXT,
    Context,
    _Date,
    _folded,
    _patterns,
)
from service.parsing.zone_words import read_zone

_PAST_MARKER = re.compile(
    r"(?<!\w)(?:tha|thi|hua|hui|huaa|था|थी|थे|हुआ|हुई|تھا|تھی|تھے|ہوا|ہوئی)(?!\w)", re.IGNORECASE
)
# "kal shaam" (yesterday or tomorrow) reads its tense up to the sentence's end, Devanagari
# and Urdu full stops included
_KAL_SENTENCE_END = re.compile(r"[.!?।۔\n]")


# Tried only where a word starts: the tail is read for every date in a mail.
_DUE = re.compile(
    r"(?<!\w)(?=\w)(?:due|deadline|completed? by|submit by|no later than|spätestens"
    r"|bis spätestens|avant le"
    r"|au plus tard|antes del?|abans del?|a més tardar|a más tardar|uiterlijk"
    # Italian "entro" (by) before the date, bare or with its article: "saranno contattati
    # entro giovedì 26 novembre", "completare il test entro venerdì" (atsack27, intervieweb24)
    r"|entro(?: (?:il|le|la|lo))?"
    # Polish "do" (by) with a weekday in the genitive before the date: "odesłać do środy 2
    # grudnia", "decyzja do czwartku 3 grudnia" (assessdue27, offer27, deadline22)
    r"|do (?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)"
    # ... as Czech and Slovak "do" with the weekday's genitive: "pošlete do pátku 12. června",
    # "zarezervovat do středy 20. května", "nahrajte do piatku 12. júna" (after34)
    r"|do (?:pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle|pondelka|utorka|stredy|štvrtka"
    r"|piatku|nedele)"
    # Swedish "senast", Danish and Norwegian "senest" (at the latest): "send din besvarelse
    # senest tirsdag den 19. maj kl. 12.00", "last opp senest torsdag 11. juni"
    r"|senast|senest|do dnia"
    # Polish "do godz. 9:00", "do godziny 9", Czech "do hod. 8" (by then; the hour word's dot
    # is dropped below); a range's "od 10:00 do godz. 11:00" has its first hour just before
    # and is told apart below. Bare "do" is left out: English "do", Flemish "do" (Thursday).
    # Dutch "vóór 12:00 uur" (before; the accents are what tell it from "voor", for)
    r"|do (?:godz|godziny|hod)|vóór"
    # Danish "inden" and Norwegian "innen" (by, before): "udfyld testen inden onsdag den 27.
    # maj kl. 12.00", "fullfør testen innen torsdag 11. juni" (negs46)
    r"|inden|innen"
    # Afrikaans "teen Vrydag" (by Friday), "nie later nie as"
    r"|teen|nie later as"
    r"|due date|due on|(?:complete|finish|submit|return|send|reply|respond)\w* (?:\w+ ){0,3}by"
    r"|until|till|bis zum|jusqu'(?:au|à)|hasta el|fino al|tot en met|até o dia"
    # French "nous reviendrons vers vous d'ici vendredi 17h" (by Friday)
    r"|d'ici(?: (?:le|à|au))?"
    # ... with what is due named after it: "date limite de candidature :", "fecha límite de
    # inscripción:", "scadenza delle candidature:"
    r"|(?:fecha límite|date limite|scadenza)(?: (?:de|d'|des|delle|per|di|para) ?\w+)?"
    r"|prazo(?: (?:para|de) entrega| final)?|termin oddania"
    # Portuguese "até" alone ("Prazo estimado: até 10/12 às 18h"), as "until" and "bis"
    r"|até(?: (?:as|às|a))?"
    r"|bearbeitungsfrist|einsendeschluss|abgabefrist|frist|before|vor dem|bis|avant|przed"
    # German closing dates for applications and sign-ups: "Bewerbungsschluss ist der 15.12."
    r"|(?:bewerbungs|anmelde|melde|annahme|rückmelde)(?:schluss|frist)"
    r"|до|kadar|までに"
    # when an answer or an application is due, not a meeting: "we will contact you by",
    # "the posting closes on", "până pe", "Søknadsfrist:"
    r"|(?:contact|get back to|update|inform|notify)\w* (?:\w+ ){0,3}by|closes? on|closing date"
    # when they answer: "we'll share our feedback by", "you'll hear from us by", "a decision by"
    r"|(?:share|send|give|provide|let you know|hear (?:back )?from us|come back to you|revert"
    r"|decide|decision|feedback|answer|outcome)\w* (?:\w+ ){0,3}by"
    r"|applications? (?:close[sd]?|closing)|până(?: (?:pe|la|în))?(?: (?:ora|orele))?"
    # the period that ends then, Spanish and Portuguese: "el plazo de inscripción termina el
    # jueves 3 de diciembre", "la convocatoria vence el", "as inscrições encerram em"
    r"|(?:termina|finaliza|vence|concluye|acaba) el"
    r"|(?:termina|encerra|encerram|vence) (?:em|no dia)"
    # a link or a test window that stops working then: "your test link expires on", "la
    # ventana se cierra el", "le lien expire le", "il link scade il", "vervalt op"
    r"|expires?(?: on| at)?|expiry(?: date)?|se cierra(?: el)?|expire le|scade il|vervalt op"
    r"|expira (?:em|el|a|no dia)|wygasa|vanhenee|utløper|udløber|går ut"
    r"|\w*(?:søknads|ansøgnings|ansöknings)frist"
    # Galician and Portuguese "antes do/da", Vietnamese "trước" / "hạn chót", Indonesian
    # and Malay "sampai" / "paling lambat" / "batas waktu" / "sebelum" /
    # "selambat-lambatnya": until, at the latest, before
    r"|antes d[oa]|antes de las?|trước|hạn chót|sampai|paling lambat|batas waktu|sebelum"
    r"|selambat-lambatnya"
    # Swahili "kabla ya" (before), a capitalised weekday and "tarehe" (date) may stand
    # between: "tuma vyeti kabla ya Ijumaa, tarehe 19 Februari, saa kumi jioni", "kamilisha
    # kabla ya Jumatano, 9 Desemba" (eafr31, nbdeadline30, swahili21)
    r"|kabla ya(?: (?-i:[A-Z][a-z]{2,8}),?)?(?: tarehe)?"
    # Greek "έως", "μέχρι (τις)"; Finnish "viimeistään"; Estonian "hiljemalt"; Hungarian
    # "legkésőbb": until, at the latest
    r"|έως|μέχρι(?: τις| την)?|viimeistään|hiljemalt|legkésőbb"
    # ... and the West and South Slavic "at the latest (until)": Serbian and Croatian
    # "najkasnije do", Slovenian "najkasneje do", Slovak "najneskôr do", Czech "nejpozději do",
    # Polish "najpóźniej do"
    # Polish "najpóźniej do"; the weekday between them is in the genitive, which no weekday
    # table holds ("najkasnije do petka, 11. decembra", "najneskôr do piatku 15. januára")
    r"|(?:najkasnije|najkasneje|najneskôr|najneskor|nejpozději|najpóźniej)(?: do)?"
    r"(?: [^\W\d_]{3,11}(?=,?\s*$))?"
    # Icelandic "fyrir kl. 12" (before twelve), "í síðasta lagi" (at the latest)
    r"|fyrir(?: kl\.?)?|í síðasta lagi"
    # a task's due-date label in task boards and trackers: Romanian "Data scadentă", Hungarian
    # "Határidő", Turkish "Son tarih" / "Tamamlanması gereken tarih", Ukrainian and Russian
    # "Термін виконання", "Крайній термін", "Срок выполнения", "Крайний срок"
    r"|(?:data |dată )?scadent[ăa]|termen limită|határidő|son tarih|teslim tarihi"
    r"|tamamlanması gereken tarih|термін виконання|крайній термін|срок выполнения|крайний срок"
    # Persian "(حداکثر) تا" / "مهلت" / "قبل از", Arabic "حتى" / "قبل" / "آخر موعد", Hebrew
    # "עד" / "לא יאוחר מ": until, before, the deadline
    r"|تا|مهلت|قبل از|حتى|قبل|آخر موعد|موعد أقصاه|עד|לא יאוחר מ)"
    # a deadline word with its verb before the date: "the deadline is Friday", "Bewerbungs-
    # schluss ist der 15.12.", "la date limite est le"
    r"\b(?:\s(?:is|ist|est|es|è|é|endet)(?:\s(?:on|the|der|am|le|el|il|o|a))?)?,?[\s:]*$",
    re.IGNORECASE,
)


# --- dates and times ----------------------------------------------------------------------


def _year_for(month: int, day: int, reference: date) -> date | None:
    for year in (reference.year, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        # a day-month some weeks back is that past day ("notes from the interview on 3 June"
        # sent on 15 June), not next year's; only months back does it roll into next year
        if candidate >= reference - timedelta(days=120):
            return candidate
    return None


def _dates(
    line: str, reference: date, order: str, order_sure: bool, language: str = ""
) -> list[_Date]:
    return list(_line_dates(line, reference, order, order_sure, language))


@lru_cache(maxsize=4096)
def _line_dates(
    line: str, reference: date, order: str, order_sure: bool, language: str
) -> tuple[_Date, ...]:
    """The dates of one line, read once: the line-by-line reading, the pairing with the
    line below, a second reading with the HTML alternative and the quoted mail's day all
    ask for the same lines."""
    patterns = _patterns()
    hits: list[_Date] = []
    names: tuple[str, ...] = ("weekday",) if _may_name_weekday(line) else ()
    if _RELATIVE_WORDS.search(line):
        names = ("relative", *names)
    # every other pattern needs a digit, and a CJK date its month sign
    if _DIGIT.search(line):
        cjk = ("cjk", "cjk_card") if "月" in line or "월" in line else ()
        names = ("day_month", "month_day", "year_month_day", *cjk, "numeric", *names)
        names = (*names, "weekday_short", "weekday_after", "weekday_two", "ordinal_day")
        names = (*names, "article_day")
        names = (*names, "marked_day", "weekday_day")
    elif _NOON.search(line):
        names = (*names, "weekday_short")  # "fri at noon": the one clock with no digit
    if _CJK.search(line) or "요일" in line or "วัน" in line:
        names = (*names, "weekday_cjk")
    for name in names:
        for match in patterns[name].finditer(line):
            if name == "month_day" and _month_ends_weekday(line, match.start("month")):
                continue
            if name == "month_day" and _COUNTED_AFTER.match(line, match.end("day")):
                continue  # "with Jan 15 minutes before", "May 2 floors up": a name, a count
            if name == "numeric" and _slash_count(line, match):
                continue  # "1/2 day", "2/3 Tage", "round 2/3", "24/7 support": no day
            found = _date_from(name, match, reference, order, order_sure, language)
            if (
                found is not None
                and name in _LABELLED_DATES
                and _labelled_number(line, found.begin)
            ):
                continue  # "REF 2026-11-03", "Az. 2026/11/03", "sala 12.06": a label's number
            if found is not None and name in _STREET_DATES and _street_name(line, found):
                continue  # "ul. 3 Maja 12", "Calle Mayo 3", "Rue du 8 Mai": an address
            if found is not None and _working_days(line, found):
                continue  # "du lundi au vendredi", "Mon-Fri 9-5": a job's week, not a day
            if found is not None:
                hits.append(found)
    # explicit dates first, those that write their year before the rest, longest first; a
    # relative word only where no date stands: a weekday and day of the coming weeks
    # ("วันอังคารที่ 16", Tuesday the 16th) is not read over the dated day it heads ("16
    # มีนาคม 2027", CLDR's full Thai date)
    hits.sort(
        key=lambda hit: (
            hit.relative,
            not hit.explicit_year,
            -(hit.finish - hit.begin),
            hit.begin,
        )
    )
    kept: list[_Date] = []
    for hit in hits:
        if any(hit.begin < other.finish and other.begin < hit.finish for other in kept):
            continue
        kept.append(hit)
    kept.sort(key=lambda hit: hit.begin)
    kept = _same_days(line, kept) or _same_day_move(line, reference)
    # "tomorrow (6/24 ...)", "quarta-feira, 18 de março", "18.06.2026 (Thursday)": the
    # explicit date beside a weekday or relative word says which day
    return tuple(hit for index, hit in enumerate(kept) if not _beside_explicit(kept, index, line))


_LABELLED_DATES = frozenset(("numeric", "year_month_day", "day_month"))

# the step of a process a slash count numbers: "round 2/3", "Runde 2/3", "étape 2/3",
# "etapa 1/2", "ronde 3/3", "etap 2/3", "kolo 2/3", "omgång 1/2", "aşama 2/3"
_STEP_BEFORE = re.compile(
    r"(?:round|stage|step|phase|part|runde|stufe|teil|étape|etape|tour|partie|ronda"
    r"|etapa|fase|parte|ronde|stap|deel|etap|runda|część|kolo|část|krok|omgång|steg|aşama"
    r"|tur)[ \t]?[(#]?$",
    re.IGNORECASE,
)
# what makes "24/7" a date after all: a clock or a clock's word right after it ("24/7 at
# 10:00", "24/7 um 10 Uhr", "24/7 à 14h", "24/7 a las 10")
_CLOCK_RIGHT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:\d|at\b|um\b|à\b|a las\b|alle\b|om\b|às\b|o godz|kl\b|v\b)",
    re.IGNORECASE,
)


# one hour as the unit of a fraction ("3/4 Stunde", "1/2 heure", "1/2 hora", "1/2 ora",
# "3/4 uur", "1/2 godziny", "1/2 hodiny", "1/2 timme")
_AN_HOUR_AFTER = re.compile(
    r"[ \t]?(?:stunde|heure|hora|ora|uur|godziny|hodiny|timme)(?!\w)", re.IGNORECASE
)


def _slash_count(line: str, match: re.Match[str]) -> bool:
    """Tell a slash pair with no year that counts from a date: a fraction of a unit ("1/2
    day", "a 3/4 hour", "2/3 days a week", "4/5 Tage", "1/2 journée", "3/4 dne"), a step of
    a process ("round 2/3", "Runde 2/3") or round-the-clock "24/7" ("24/7 support", "24/7
    erreichbar", "atención 24/7")."""
    if match.group("c") is not None or match.group("sep") != "/":
        return False
    end = match.end()
    if line[end : end + 1] == "-":
        end += 1  # "a 1/2-day workshop"
    if (
        _COUNTED_AFTER.match(line, end)
        or _HOURS_COUNTED_AFTER.match(line, end)
        or _AN_HOUR_AFTER.match(line, end)
    ):
        return True
    begin = match.start("a")
    if _STEP_BEFORE.search(line, max(0, begin - 12), begin):
        return True
    return (
        match.group("a") == "24"
        and match.group("b") == "7"
        and not _CLOCK_RIGHT_AFTER.match(line, match.end("b"))
    )


def _labelled_number(line: str, begin: int) -> bool:
    """Tell a number that a label right before it makes an identifier ("Room 10.30", "REF
    2026-11-03", "Az. 2026/11/03", "No. 12.06", "Req #2026-11-03"), not a clock or a date.
    Read back from the number letter by letter: a pattern searched at each place before it
    cost a mail of many numbers seconds."""
    tail = line[max(0, begin - 24) : begin].rstrip(" \t")
    signed = tail.endswith(("#", "№", ":"))
    if signed:
        tail = tail[:-1].rstrip(" \t")
    dotted = tail.endswith(".")
    if dotted:
        tail = tail[:-1]
    first = len(tail)
    while first > 0 and (tail[first - 1].isalpha() or tail[first - 1] in "º°"):
        first -= 1
    if first > 0 and (tail[first - 1].isalnum() or tail[first - 1] == "_"):
        return False
    word = tail[first:].lower()
    if word in {"nº", "n°"} or (word == "no" and signed and not dotted):
        return True
    return word in NUMBER_LABELS or (dotted and word in NUMBER_LABELS_DOTTED)


_STREET_DATES = frozenset(("day_month", "month_day"))
# the short street words that are names or words too unless dotted ("Al", "Pl", "Str")
_STREET_WORDS_DOTTED = frozenset(("al", "pl", "os", "av", "bd", "str", "nám", "avda", "bdul"))
# before a date: a street's word, its number or Roman numeral for the day ("Avenida 5 de
# Mayo", "Via XX Settembre") and the article of its name ("de", "du", "del", "della")
_STREET_BEFORE = re.compile(
    r"(?<!\w)(?P<word>[^\W\d_]+)(?P<dot>\.)?[ \t]+(?:(?:\d{1,2}|[IVXL]{1,5})[ \t]+)?"
    r"(?:(?:de|du|del|de la|des|della|dei|do|da|dos|das|di|of)[ \t]+)?$"
)
# after one: Turkish and English street words ("19 Mayıs Caddesi", "29 Ekim Cad.", "May 4
# Street")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Mahallesi|Mah\."
    r"|Street|St\.|Road|Rd\.|Avenue|Ave\.)(?!\w)"
)


def _street_name(line: str, found: _Date) -> bool:
    """Tell a street named for a date from the date: "ul. 3 Maja 12, Kraków", "Avenida 5 de
    Mayo 20", "Calle Mayo 3", "Plaza 2 de Mayo", "Rue du 8 Mai 1945" in a signature or an
    office's address took a phantom day in May for a mail whose time stood alone. The
    street's word is written with its capital or its point; "take place 14 May" is a date."""
    if _STREET_AFTER.match(line, found.finish):
        return True
    before = _STREET_BEFORE.search(line, max(0, found.begin - 40), found.begin)
    if before is None or before.group("word").lower() not in STREET_WORDS:
        return False
    word = before.group("word")
    if before.group("dot") is None and word.lower() in _STREET_WORDS_DOTTED:
        return False  # "Al 14 May works": a name; "al. 3 Maja", "Av. 5 de Mayo" a street
    return word[:1].isupper() or before.group("dot") is not None


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_FIRST_WORD = re.compile(r"\w+")


def _month_ends_weekday(line: str, begin: int) -> bool:
    """Tell a month word that is the second word of a weekday: Welsh "dydd Mawrth 12
    Ionawr" is Tuesday 12 January, not 12 March (Mawrth is both Tuesday's word and March)."""
    before = _WORD_BEFORE.search(line, max(0, begin - 12), begin)
    word = _FIRST_WORD.match(line, begin)
    if before is None or word is None:
        return False
    return _folded(f"{before[1]} {word[0]}") in weekday_names()


def _may_name_weekday(line: str) -> bool:
    """Tell whether a line holds a weekday name anywhere, before the "weekday" pattern hands
    each of its words to Python to look up: most lines name no day. Folding is letter by
    letter, so a word's folded name is part of the folded line."""
    folded = _one_sigma(fold(line))
    if _weekday_names_pattern(folded.isascii()).search(folded) is not None:
        return True
    # the written-out names hold no CJK, Korean or Thai day ("周五", "金曜日", "금요일",
    # "วันศุกร์"), read by their own pattern: "那就定周五下午3点" over "3月12日(周五)下午3点"
    # picks the quoted Friday as "Friday at 2 works" over "Friday 12 March at 2" does
    if _CJK.search(line) or "요일" in line or "วัน" in line:
        return _patterns()["weekday_cjk"].search(line) is not None
    return False


@cache
def _weekday_names_pattern(ascii_only: bool) -> re.Pattern[str]:
    """Every name the "weekday" pattern accepts (as _weekday_date looks it up), as one tree;
    only the names in plain letters for a line in plain letters, a much smaller tree."""
    names = {_one_sigma(name) for name in (*full_weekday_names(), *HABITUAL_WEEKDAYS)}
    # a Turkish name in capitals ("SALI", "CUMA") folds its dotless ı to a plain i
    names |= {name.replace("ı", "i") for name in names if "ı" in name}
    return re.compile(phrase_trie(name for name in names if name.isascii() or not ascii_only))


def _one_sigma(text: str) -> str:
    # str.lower() writes a word-final sigma as "ς" by what follows it, which differs
    # between a word alone and the same word in its line
    return text.replace("ς", "σ")


# "14:30 the same day instead", "am selben Tag um 15 Uhr": the day of the date just before
_SAME_DAY = re.compile(
    r"\b(?:(?:the|that) same (?:day|date)|same day|(?:am )?(?:selben|gleiche[nr]?) tag"
    r"|(?:le )?même jour|(?:el )?mismo día|(?:lo )?stesso giorno|(?:de|die)zelfde dag"
    r"|samma dag|(?:o )?mesmo dia|tego samego dnia|samme dag|в тот же день|aynı gün"
    # Catalan, Galician, Serbo-Croatian, Macedonian, Bulgarian, Albanian, Basque, Icelandic
    r"|(?:el )?mateix dia|(?:o )?mesmo día|isti dan|istog dana|истиот ден|същия ден"
    r"|të njëjtën ditë|egun berean|sama dag"
    # "that day" after a deadline's hour: "bis 10 Uhr an diesem Tag", "vóór 12:00 uur die
    # dag", "do 8:00 téhož dne", "até as 9h desse dia", "entro le 10 di quel giorno",
    # "antes de las 12 de ese día" (dues48)
    r"|an (?:diesem|dem) tag|die dag|téhož dne|tentýž den|toho istého dňa|desse dia"
    r"|deste dia|nesse dia|di quel giorno|de ese día)\b",
    re.IGNORECASE,
)


# how far before "the same day" a word of a deadline is looked for ("bis spätestens 9:00 Uhr"),
# and the hour that stands between them
_DUE_REACH = 40
_TRAILING_HOUR = re.compile(
    r"\d{1,2}(?:[:.h]\d\d)?\s?(?:uhr|uur|h|[ap]\.?m\.?)?(?:\s(?:on|dello|del|do|de))?\s*$",
    re.IGNORECASE,
)


def _same_days(line: str, hits: list[_Date]) -> list[_Date]:
    """Add "the same day" as the date it repeats, after the last explicit date before it."""
    if not hits:
        return hits
    added = list(hits)
    for match in _SAME_DAY.finditer(line):
        earlier = [hit for hit in hits if hit.finish <= match.start() and not hit.relative]
        if not earlier or any(h.begin < match.end() and match.start() < h.finish for h in hits):
            continue
        lead = line[max(earlier[-1].finish, match.start() - _DUE_REACH) : match.start()]
        if _is_due(_TRAILING_HOUR.sub("", lead)):
            # "Bitte bestätigen Sie bis spätestens 9 Uhr am selben Tag; das Gespräch beginnt
            # um 14 Uhr": the same day's deadline, not a second slot on it (clocks48)
            continue
        last = earlier[-1]
        added.append(replace(last, begin=match.start(), finish=match.end(), weekday_checked=False))
    return sorted(added, key=lambda hit: hit.begin)


# a move to another hour "same day" with no date before it: "can we move to 4pm est same
# day?", "¿lo pasamos a las 12 el mismo día?", "können wir auf 16 Uhr gleicher Tag schieben?"
_SAME_DAY_MOVE = re.compile(
    r"\b(?:move|push|shift|bump|prepone|postpone|pasa(?:r|mos)|move(?:r|mos)|camb(?:iar|iamos)"
    r"|(?:ver)?schieben|verlegen|décaler|déplacer|avancer|spost(?:are|iamo)|passar|mudar"
    r"|remarcar|verzetten|verschuiven)\b",
    re.IGNORECASE,
)


_ASKED_AFTER = re.compile(r"(?:\s[^\W\d]+){0,2}\s?\?")


def _same_day_move(line: str, reference: date) -> list[_Date]:
    """A move to another hour "same day" that names no date: the day the mail is written.

    Short-notice moves are typed the morning of the call and name only the new hour, in
    every language ("can we move to 4pm est same day?", "lo pasamos a las 12 el mismo día",
    "auf 16 Uhr gleicher Tag schieben"); with no date in the line, the day the call was on
    is the day of writing. Only the asked move counts (the phrase ends a question), and a
    date earlier in the line is read by _same_days, a quoted slot by _read_anchored."""
    if _DIGIT.search(line) is None or _SAME_DAY_MOVE.search(line) is None:
        return []
    for match in _SAME_DAY.finditer(line):
        if _ASKED_AFTER.match(line, match.end()):
            return [_Date(reference, match.start(), match.end(), False, relative=True)]
    return []


def _beside_explicit(hits: list[_Date], index: int, line: str) -> bool:
    hit = hits[index]
    if not hit.relative:
        return False
    after = hits[index + 1] if index + 1 < len(hits) else None
    before = hits[index - 1] if index > 0 else None
    return bool(
        (after is not None and not after.relative and after.begin - hit.finish <= 20)
        or (
            before is not None
            and not before.relative
            and (
                hit.begin - before.finish <= 3
                or _DATE_SUFFIX_GAP.fullmatch(line, before.finish, hit.begin) is not None
            )
        )
    )


# between a date and its weekday: ", " or a case ending first ("november 12-én, csütörtökön"),
# Lithuanian's day word ("2026 m. birželio 18 d., ketvirtadienis"), or a word for "on the
# day" (Urdu "12 نومبر بروز جمعرات", Persian "روز", Arabic "يوم")
_DATE_SUFFIX_GAP = re.compile(
    r"\s?-?[^\W\d_]{1,3}(?:\.,|[.,])?\s{0,2}\(?|[،,]?\s(?:بروز|روز|يوم|یوم)\s"
    # CLDR's Basque case ending in brackets: "2026(e)ko abenduaren 4(a), ostirala"
    r"|\([^\W\d_]{1,2}\),\s"
    # the word for "year" after the year: Azerbaijani "2026-cı il, cümə axşamı", Uzbek
    # "2026-yil", Macedonian "2026 година, четврток", Bosnian "2026. godine"; Ukrainian,
    # Russian and Polish write in full the word CLDR abbreviates ("р.", "г."): "10 лютого
    # 2027 року (середа)", "10 февраля 2027 года (среда)", "10 lutego 2027 roku (środa)"
    r"|(?:-?[^\W\d_]{1,3})?\.?\s(?:il|yil|година|godine|godina|року|года|roku)[.,]?\s{0,2}\(?"
    # Tamil's "the nth date" after the day, its vowel sign no letter to the pattern above:
    # "டிசம்பர் 15-ம் தேதி (செவ்வாய்க்கிழமை)", "15ஆம் தேதி, செவ்வாய்"
    r"|-?(?:ஆ?ம்)?\s?தேதி,?\s{0,2}\(?"
)


_VI_TOMORROW = re.compile(r"(?:ngày|sáng|trưa|chiều|tối)\s$", re.IGNORECASE)


def _date_from(
    kind: str,
    match: re.Match[str],
    reference: date,
    order: str,
    order_sure: bool,
    language: str = "",
) -> _Date | None:
    if kind == "weekday":
        if _word_not_weekday(match) or _other_letters(match.group("weekday")):
            return None
        if _salutation_name(match) or _foreign_name_line(match, language):
            return None
        return _weekday_date(match, reference)  # asked of every word: decided first
    groups = match.groupdict()
    begin, finish = match.start(), match.end()
    weekday_text = groups.get("weekday")
    written = _folded(weekday_text or "").strip(".()")
    # a two-letter day in lower case before a numeric date ("di 15-12", CLDR's Dutch "EEEEEE
    # d-M"): kept, since the date must fit it (_orders_fitting_weekday)
    # (German and Dutch write them so, or the one way to read the date falls on that day;
    # in Filipino "sa 4/7/2026" is "on 4/7/2026", not Saturday 4 July)
    two_letter_day = (
        kind == "numeric"
        and len(written) == 2
        and written.capitalize() in _TWO_LETTER_DAYS
        and (
            language.split("-")[0] in ("de", "nl")
            or _one_reading_on(match, reference, weekday_text)
        )
    )
    if (
        kind != "weekday"
        and weekday_text
        and not two_letter_day
        and (
            written not in weekday_names()
            or (len(written) <= 4 and written not in short_weekday_names_in(language))
        )
    ):
        # the optional word before the date was not a weekday: the date starts after it
        begin = min(
            (match.start(name) for name in ("day", "month", "a") if groups.get(name)), default=begin
        )
        groups["weekday"] = None
    try:
        if kind == "relative" and match.group("relative_either"):
            # tomorrow, unless the sentence says it is past ("kal shaam 5 baje hua tha")
            sentence = _KAL_SENTENCE_END.split(match.string[finish : finish + 120], maxsplit=1)[0]
            either = -1 if _PAST_MARKER.search(sentence) else 1
            return _Date(reference + timedelta(days=either), begin, finish, False, relative=True)
        if kind == "relative" and (
            match.group("relative_clash") or match.group("relative_after_half")
        ):
            return _Date(reference + timedelta(days=1), begin, finish, False, relative=True)
        if kind == "relative":
            written = match.group("relative") or match.group("relative_cjk")
            days = RELATIVE_DAYS.get(written.lower())
            if days is None:
                days = RELATIVE_DAYS.get(_folded(written), None)
            if days is None:
                return None
            days += 7 * _weeks_on(match.string, begin, finish)
            return _Date(reference + timedelta(days=days), begin, finish, False, relative=True)
        if kind == "weekday_short":
            if _written_as_name(match, language):
                return None
            return _short_weekday_date(match, reference)
        if kind in {"weekday_two", "weekday_after"}:
            return _short_weekday_date(match, reference)
        if kind == "weekday_cjk":
            return _cjk_weekday_date(match, reference)
        if kind in {"ordinal_day", "article_day"}:
            return _ordinal_day_date(match, reference)
        if kind == "weekday_day":
            weekday = _weekday_number(match.group("weekday"))
            if weekday is None:
                return None
            # the coming such day, if the weekday agrees; if not, one of them is a slip
            found = _coming_day_of_month(reference, int(match.group("day")), None)
            if found is None or found.weekday() != weekday:
                return None
            text, day_at = match.string, match.start("day")
            if unread_date_beside(text, begin, day_at) and not _date_beside_agrees(
                text, begin, day_at, found
            ):
                # "ponedjeljak, 1. aaa 2027.": a Monday the 1st is 1 February and 1 March
                return _Date(
                    found,
                    begin,
                    finish,
                    False,
                    weekday_checked=True,
                    day_note=UNREAD_DATE_NOTE,
                    day_unsure=True,
                )
            return _Date(found, begin, finish, False, weekday_checked=True)
        if kind == "marked_day":
            day = int(match.group("day") or match.group("day_after") or match.group("day_tr"))
            found = _coming_day_of_month(reference, day, None)
            # a day the mail names by its number: a date, beside which a weekday says no more
            return None if found is None else _Date(found, begin, finish, False)
        if kind == "numeric":
            hit = _numeric_date(
                match, reference, order, order_sure, groups.get("weekday"), language
            )
            return replace(hit, begin=begin) if hit is not None else None
        day_number = int(groups["day"])
        if kind in ("cjk", "cjk_card"):
            month = int(groups["month"])
        else:
            name = _folded(groups["month"]).rstrip(".")
            # Persian written with the Arabic yeh and kaf, as older systems do, is the same
            solar = SOLAR_HIJRI_MONTHS.get(groups["month"].replace("ي", "ی").replace("ك", "ک"))
            if solar is not None and kind == "day_month":
                return _solar_hijri_date(match, day_number, solar, reference, begin)
            if name == "mai" and (
                language == "vi"
                or _VI_TOMORROW.search(
                    match.string, max(0, match.start("month") - 8), match.start("month")
                )
            ):
                return None  # Vietnamese "mai" is tomorrow ("ngày mai 9h"), never May
            # the mail's own language first: "listopada" is October in Croatian
            month = own_month_names(language).get(name) or month_names().get(name, 0)
            if not month:
                return None
            if name not in own_month_names(language) and is_stop_word(language, name):
                return None  # "bringen Sie 2 Passfotos mit", "l'un des 3 finalistes"
            contested = contested_months().get(name, {})
            if contested and not any(language in codes for codes in contested.values()):
                # "17. listopada 2027.": October to a Croatian, November to a Pole; the mail
                # is in neither, so the month read is a guess
                span = (begin, finish)
                hit = _month_named_date(match, groups, month, day_number, reference, span)
                if hit is None:
                    return None
                # "poniedziałek, 1 listopada 2027": a Monday the 1st in 2027 is in November,
                # never October; a weekday that fits one reading only settles it
                fits = _months_the_weekday_fits(
                    match.string, max(begin, match.start("day")), hit.day, contested
                )
                if len(fits) == 1:
                    fit = _month_named_date(match, groups, fits[0], day_number, reference, span)
                    if fit is not None:
                        return fit
                return replace(hit, day_note=_contested_note(groups["month"]), day_unsure=True)
        return _month_named_date(match, groups, month, day_number, reference, (begin, finish))
    except (ValueError, KeyError, TypeError):
        return None


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _months_the_weekday_fits(
    text: str, begin: int, read: date, contested: dict[int, frozenset[str]]
) -> list[int]:
    """The contested months whose own language writes the weekday just before the date
    and in which the day read falls on it: "poniedziałek" is Polish, and a Polish Monday
    the 1st of 2027 is 1 November. None when no weekday is written there."""
    line_start = text.rfind("\n", 0, begin) + 1
    last = _LAST_WORD.search(text, max(line_start, begin - 40), begin)
    written = _folded(last.group(1)) if last else ""
    weekday = full_weekday_names().get(written) if written else None
    if weekday is None:
        return []
    fits = []
    for month, codes in sorted(contested.items()):
        if not any(written in own_weekday_names(code) for code in codes):
            continue
        with contextlib.suppress(ValueError):
            if read.replace(month=month).weekday() == weekday:
                fits.append(month)
    return fits


def _contested_note(written: str) -> str:
    """The note for a month name that is a different month in different languages."""
    months = contested_months()[_folded(written).rstrip(".")]
    readings = "; ".join(
        f"{MONTH_KEYS[number - 1].capitalize()} in {', '.join(sorted(codes))}"
        for number, codes in sorted(months.items())
    )
    return f"'{written}' names a different month by language ({readings}); check the day"


def _month_named_date(
    match: re.Match[str],
    groups: dict[str, str | None],
    month: int,
    day_number: int,
    reference: date,
    span: tuple[int, int],
) -> _Date | None:
    """The day of a date whose month was read, with its year as written or the coming one."""
    begin, finish = span
    try:
        if groups.get("year"):
            found = date(int(groups["year"] or 0), month, day_number)
            return _checked(_Date(found, begin, finish, True), groups.get("weekday"))
        short_year = int(groups.get("short_year") or -1)
        if short_year >= 0 and abs(2000 + short_year - reference.year) <= 1:
            found = date(2000 + short_year, month, day_number)
            finish = match.end("short_year")
            return _checked(_Date(found, begin, finish, True), groups.get("weekday"))
        guessed = _year_for(month, day_number, reference)
        if guessed is None:
            return None
        return _checked(_Date(guessed, begin, finish, False), groups.get("weekday"), reference)
    except (ValueError, KeyError, TypeError):
        return None


# the Solar Hijri year after its month: "۲۱ آبان ۱۴۰۵", "۲۱ آبان ماه ۱۴۰۵"
_SOLAR_HIJRI_YEAR = re.compile(r"\s?(?:ماه\s)?(1[34]\d\d)(?!\d)")


def _solar_hijri_date(
    match: re.Match[str], day: int, month: int, reference: date, begin: int
) -> _Date | None:
    """Read a Solar Hijri day and month (and year, when written) as the Gregorian day."""
    written = _SOLAR_HIJRI_YEAR.match(match.string, match.end())
    if written is not None:
        years = [int(written[1])]
    else:
        this_year = jdatetime.date.fromgregorian(date=reference).year
        years = [this_year - 1, this_year, this_year + 1]
    for year in years:
        try:
            found: date = jdatetime.date(year, month, day).togregorian()
        except ValueError:
            continue
        # as for Gregorian dates: a day some weeks back is that past day
        if written is not None or found >= reference - timedelta(days=120):
            finish = written.end() if written is not None else match.end()
            return _checked(
                _Date(found, begin, finish, written is not None), match.groupdict().get("weekday")
            )
    return None


def _checked(hit: _Date, weekday_text: str | None, reference: date | None = None) -> _Date | None:
    """Use a written weekday to confirm the date, or to move a year-less date to its year;
    a weekday that fits neither marks the date as in conflict with it (a typo: which of the
    two was meant is the reader's call)."""
    if not weekday_text:
        return hit
    weekday = weekday_names().get(_folded(weekday_text).strip(".()"))
    if weekday is None:
        return hit
    if hit.day.weekday() == weekday:
        return replace(hit, weekday_checked=True)
    if not hit.explicit_year:
        for years in (1, -1):
            try:
                moved = hit.day.replace(year=hit.day.year + years)
            except ValueError:
                continue
            if moved.weekday() == weekday and (
                reference is None or abs((moved - reference).days) <= YEAR_MOVE_LIMIT
            ):
                return replace(hit, day=moved, weekday_checked=True)
    written = _folded(weekday_text).strip(".()")
    # a short word that is some language's weekday ("per", Turkish Thursday, in Catalan
    # "programada per 23/06") is no weekday written in error
    return replace(hit, weekday_conflict=written in full_weekday_names() or written in _EN_SHORT)


_EN_SHORT = frozenset(
    {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}
)


# A year-less date whose weekday fits the year before or after is that year's only when it
# then lies within about half a year of the mail ("Tuesday, December 29" written on 5 January)
YEAR_MOVE_LIMIT = 200


# CLDR locales whose short date is day first with dashes ("dd-MM-y"): nl, fy, ia, jv, mi,
# pap, rm, wo, as, brx, dv, kok, syr (babel 2.19, `date_formats['short']`)
DASH_DATE_LANGUAGES = frozenset(
    {"nl", "fy", "ia", "jv", "mi", "pap", "rm", "wo", "as", "brx", "dv", "kok", "syr"}
)


def _numeric_date(
    match: re.Match[str],
    reference: date,
    order: str,
    order_sure: bool,
    weekday: str | None,
    language: str = "",
) -> _Date | None:
    """A date written in numbers; `weekday` is the word before it when it is a weekday."""
    a_text, b_text, c_text = match.group("a"), match.group("b"), match.group("c")
    sep = match.group("sep").strip()  # "16. 4. 2026" as Czech and Slovak write it
    a, b = int(a_text), int(b_text)
    begin, finish = match.start(), match.end()
    if len(a_text) == 3:
        # no day, month or year has three digits: "Tel.: 030/12 34 56", "0211/12 34 56",
        # "0662/12 34 56" (a German or Austrian area code before the number)
        return None
    if len(a_text) == 4:
        if not c_text:
            return None
        found = date(a, b, int(c_text))  # "2026. 3. 9." (Korean): a one-digit day too
        return _checked(_Date(found, begin, finish, True), weekday)
    if c_text is None:
        # "6/24" or "24.06." only; "10.00" is a time and "3-4" a range
        if sep == "." and not match.group("dot") and _dotted_clock_range(match, a, b):
            return None  # "15.10 - 15.25 uur", "von 15.10 Uhr bis": the first clock of two
        if sep == "." and _after_clock_word(match) and a <= 23 and b <= 59:
            return None  # "klo 12.10.", "kl. 10.10–11.00": the clock the word names
        after = match.string[match.end() : match.end() + 24]
        clock_follows = bool(
            re.search(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:uhr|h\b)", after, re.I)
            or _DATE_BEFORE_CLOCK_WORD.match(match.string, match.end())
        )
        # ... save "dijous 14-5 a les 16.30", "donderdag 14-5 om 16.30 uur" (CLDR's nl and
        # fy short dates are "dd-MM-y"): a weekday that fits it and a clock after it
        # A language whose own short date is "dd-MM-y" needs no weekday: "op 11-3 om 14.00"
        dash_date = clock_follows and (
            bool(_orders_fitting_weekday(a, b, None, reference, weekday))
            or (weekday is None and language.split("-")[0] in DASH_DATE_LANGUAGES and b <= 12)
        )
        if (sep == "-" and not dash_date) or (
            sep == "."
            and not match.group("dot")
            and not clock_follows
            and not dotted_date_closing_line(match.string, match.start("a"), match.end())
        ):
            return None
        year = None
    elif (
        len(a_text) == 2
        and len(c_text) <= 2
        and _two_digit_year_first(a, b, int(c_text), reference)
    ):
        # "26/1/30" (Basque, Nepali in India), "26. 3. 2." (Korean): CLDR's short year-first
        # dates; read day first they would be years away
        found = date(2000 + a, b, int(c_text))
        return _checked(_Date(found, begin, finish, True), weekday)
    elif len(c_text) == 1:
        return None  # "1.2.3" is a section number; only a year-first date ends on one digit
    else:
        year = int(c_text) + (2000 if len(c_text) == 2 else 0)
    assumed = False
    # "24.06." is day first, save in a year-first language: Hungarian "06.24." is June 24
    if (sep == "." and (order != "YMD" or c_text is not None)) or a > 12 >= b:
        day, month = a, b
        # an American writes "Tuesday, 12.8." for December 8: in a month-first mail the
        # written weekday turns a dotted date round when only that way fits it, or when
        # both do and day first it had passed when the mail was sent
        if order == "MDY" and b <= 12 and a != b:
            fits = _orders_fitting_weekday(a, b, year, reference, weekday)
            if (a, b) in fits and (len(fits) == 1 or _passed(year, b, a, reference)):
                month, day = a, b
    elif b > 12 >= a:
        month, day = a, b
    else:
        month, day = (a, b) if order in ("MDY", "YMD") else (b, a)
        assumed = a != b and not order_sure
        # "Thursday 12/10": the written weekday says which way round, when only one fits
        fits = _orders_fitting_weekday(a, b, year, reference, weekday)
        if a != b and len(fits) == 1:
            (month, day), assumed = fits[0], False
        elif assumed and year is not None and not _is_date(year, day, month, after=reference):
            # "10/12/2026" read as the sender's country writes it is to come, and the other
            # way round had passed when the mail was sent: nothing left to check (a reading
            # that is past is never swapped for the future one: mail looks back too)
            assumed = not _is_date(year, month, day, after=reference)
    if year is None:
        guessed = _year_for(month, day, reference)
        if guessed is None:
            return None
        hit = _Date(guessed, begin, finish, False, order_assumed=assumed)
    else:
        hit = _Date(date(year, month, day), begin, finish, True, order_assumed=assumed)
    return _checked(hit, weekday, reference)


def _two_digit_year_first(a: int, b: int, c: int, reference: date) -> bool:
    """Tell a short year-first date "yy/m/d" from "d/m/yy": the first number is this year or
    the next, and the last, read as a year, is two or more years away from the mail."""
    if not (0 <= a - reference.year % 100 <= 1 and abs(c - reference.year % 100) >= 2):
        return False
    try:
        date(2000 + a, b, c)
    except ValueError:
        return False
    return True


def _passed(year: int | None, month: int, day: int, reference: date) -> bool:
    """Tell whether a date, its year given or the one a year-less date is read in, had
    passed on `reference` (or is no date at all)."""
    if year:
        return not _is_date(year, month, day, after=reference)
    found = _year_for(month, day, reference)
    return found is None or found < reference


def _is_date(year: int, month: int, day: int, *, after: date) -> bool:
    """Tell whether year, month and day make a real date on or after `after`."""
    try:
        return date(year, month, day) >= after
    except ValueError:
        return False


def _one_reading_on(match: re.Match[str], reference: date, weekday_text: str | None) -> bool:
    """Tell whether a numeric date can be read one way only and that day is the written
    weekday ("di 15-12": only 15 December, a Tuesday): a short Dutch mail may be taken for
    another language, where "di" is a word, yet the date settles it."""
    a_text, b_text, c_text = match.group("a"), match.group("b"), match.group("c")
    if len(a_text) > 2 or len(b_text) > 2:
        return False
    year = int(c_text) if c_text and len(c_text) == 4 else None
    a, b = int(a_text), int(b_text)
    readings = {(a, b), (b, a)}
    valid = [(month, day) for month, day in readings if 1 <= month <= 12 and 1 <= day <= 31]
    fits = _orders_fitting_weekday(a, b, year, reference, weekday_text)
    return len(valid) == 1 and bool(fits)


def _orders_fitting_weekday(
    a: int, b: int, year: int | None, reference: date, weekday_text: str | None
) -> list[tuple[int, int]]:
    """Return the (month, day) readings of an ambiguous "a/b" whose weekday is the written one.
    The two-letter days count in lower case too here ("di 15-12", CLDR's Dutch weekday and
    day-month, "mi 16.12."), where the date must fit the day: alone, "di", "do", "ma" are
    words."""
    written = (weekday_text or "").strip(".()")
    weekday = weekday_names().get(_folded(written))
    if weekday is None and len(written) == 2 and written.isalpha():
        weekday = _TWO_LETTER_DAYS.get(written.capitalize())
    if weekday is None:
        return []
    fits = []
    for month, day in ((a, b), (b, a)):
        try:
            found = date(year, month, day) if year else _year_for(month, day, reference)
        except ValueError:
            continue
        if found is not None and found.weekday() == weekday:
            fits.append((month, day))
    return fits


def _dates_near_only_if_swapped(
    texts: list[str], order: str, reference: date, *, passed_as_read: bool = False
) -> bool:
    """Tell whether every ambiguous numeric date lands within three weeks of the mail only
    when read the other way round, and more than six weeks away (or before it) as ordered;
    `passed_as_read` asks that, as ordered, each had passed when the mail was sent."""
    seen = False
    for text in texts:
        for match in _AMBIGUOUS_NUMERIC.finditer(text[:MAX_TEXT]):
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            if first == second or first > 12 or second > 12:
                continue
            month, day = (first, second) if order in ("MDY", "YMD") else (second, first)
            try:
                as_read = (date(year, month, day) - reference).days
                swapped = (date(year, day, month) - reference).days
            except ValueError:
                return False
            if not (-1 <= swapped <= 21 and not -1 <= as_read <= 42):
                return False
            if passed_as_read and as_read >= -1:
                return False
            seen = True
    return seen


# (the look-behind after the first digit, where the engine skips from digit to digit; before
# it, the engine tries the whole pattern at every place)
_AMBIGUOUS_NUMERIC = re.compile(r"(\d(?<![\d.:/]\d)\d?)/(\d{1,2})/(20\d\d)(?!\d)")


# Indonesian and Malay "minggu" is Sunday and the week: "Kamis minggu ini" (Thursday this
# week), "minggu depan" (next week), "dua minggu lagi" (two weeks on) name the week; a word
# for "this", "next", "last" or an ordinal after it, or a count before it, says so (KBBI
# "minggu" 1 Sunday, 2 week; CLDR id names Sunday "Minggu")
_MINGGU_WEEK_AFTER = re.compile(
    r"\s(?:ini|depan|lalu|hadapan|berikut\w*|yang\s|ke-?\d|pertama|kedua|ketiga|keempat|terakhir)",
    re.IGNORECASE,
)
_MINGGU_WEEK_BEFORE = re.compile(
    r"(?:\d|\bse|\bsatu|\bdua|\btiga|\bempat|\blima|\bbeberapa|\bberapa)\s?$", re.IGNORECASE
)


def _names_the_week(match: re.Match[str]) -> bool:
    """Tell "minggu" the week ("Kamis minggu ini", "2 minggu lagi") from Sunday."""
    if _folded(match.group("weekday")) != "minggu":
        return False
    text = match.string
    end = match.end("weekday")
    begin = match.start("weekday")
    return bool(
        _MINGGU_WEEK_AFTER.match(text, end)
        or _MINGGU_WEEK_BEFORE.search(text, max(0, begin - 12), begin)
    )


# Portuguese names Monday to Friday by ordinals ("segunda", "quinta"), which are ordinals
# too, there and in Spanish and Italian: "a segunda entrevista será às 10h" (the second
# interview), "la segunda entrevista", "nella quinta sala". The noun after one says so; the
# language a short mail is detected in does not (a Portuguese one read as Spanish).
_PT_ORDINAL_DAYS = frozenset({"segunda", "terca", "quarta", "quinta", "sexta"})
_ORDINAL_NOUN_AFTER = re.compile(
    r"\s+(?:entrevistas?|etapas?|fases?|rodadas?|rondas?|reuni(?:ão|ao|ón|on|one)|conversas?"
    r"|chamadas?|llamadas?|salas?|andar|planta|piso|vez|vezes|opç(?:ão|ões)|opci(?:ón|on)"
    r"|alternativas?|semanas?|settimana|partes?|pergunta|pregunta|posiç(?:ão|ao)|lugar"
    r"|colloquio|turno|prova|prueba|sessão|sesión|sessione|candidat[oa]s?)\b",
    re.IGNORECASE,
)


# A salutation line: a greeting word (lookalikes' and the openings of Turkish, Indonesian,
# Vietnamese, Romanian, Hungarian, Czech and Swedish letters), then only names and titles up
# to its comma, colon or "!" at the line's end: "Dear Sam Mardi,", "Hola Lis Freitag:",
# "Dobrý den Domingo,", "Kedves Tuesday!", "Hallo Frau Sonntag,"
_SALUTATION_BEFORE = re.compile(
    rf"[ \t]*(?:{GREETING_WORDS}|merhaba|sayın|halo|hai|chào|kính gửi|bună ziua|stimate"
    r"|stimată|tisztelt|vážen[ýá]|hallå|moi)[ \t]+(?P<names>(?:[^\W\d_][\w'’.-]*[ \t]+){0,3})$",
    re.IGNORECASE,
)
_SALUTATION_AFTER = re.compile(r"(?P<names>(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*[,:!]?[ \t]*$")


def _salutation_name(match: re.Match[str]) -> bool:
    """Tell a name in a mail's salutation that is a weekday's too: Spanish and Portuguese
    "Domingo", German "Freitag", "Sonntag" and "Montag", French "Mardi" and "Dimanche", the
    English "Tuesday" are first names and surnames ("Dear Sam Mardi,", "Hola Domingo:"); a
    mail that wrote only a clock ("the interview is at 10:00") was set on that day. The
    greeting closed by its comma before a day ("Hi Sam, Monday at 10?") still names it,
    as does a day with anything but names after it ("Hi, Monday 10:00 works")."""
    written = match.group("weekday")
    if not written[:1].isupper():
        return False
    text, begin = match.string, match.start("weekday")
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", begin)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = _SALUTATION_BEFORE.fullmatch(line, 0, begin - line_start)
    after = _SALUTATION_AFTER.fullmatch(line, match.end("weekday") - line_start)
    if before is None or after is None:
        return False
    return all(
        word[:1].isupper() or word.lower().rstrip(".") in _SALUTATION_TITLES
        for word in (before.group("names") + after.group("names")).split()
    )


_NAME_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]*(?:\n|$)|[ \t]+(?:&|[^\W\d_][\w'’.-]*)")
# the languages whose common words open a sentence before a day ("On", "Am", "Le", "El")
_OPENING_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
# words before a day that are no given name, and the parts of a day after one ("Am Mittwoch
# Nachmittag", "Next Jeudi Matin"), in a mail whose language is not told right
_BEFORE_A_DAY = frozenset(
    [
        "am",
        "on",
        "le",
        "el",
        "il",
        "op",
        "på",
        "w",
        "no",
        "na",
        "u",
        "v",
        "ve",
        "vo",
        "de",
        "du",
        "ce",
        "this",
        "next",
        "every",
        "each",
        "jeden",
        "nächsten",
        "nächster",
        "kommenden",
        "ab",
        "bis",
        "zum",
        "vom",
        "seit",
        "until",
        "from",
        "for",
        "by",
        "und",
        "and",
        "et",
        "y",
        "e",
        "o",
        "ou",
        "oder",
        "or",
        "ogni",
        "cada",
        "chaque",
        "todo",
        "toda",
        "tous",
        "alle",
        "jede",
        "jeder",
        "diesen",
        "dieser",
    ]
)
_DAY_PARTS_AFTER = frozenset(
    [
        "vormittag",
        "nachmittag",
        "morgen",
        "mittag",
        "abend",
        "früh",
        "matin",
        "midi",
        "après-midi",
        "soir",
        "soirée",
        "mattina",
        "pomeriggio",
        "sera",
        "mañana",
        "tarde",
        "noche",
        "manhã",
        "noite",
        "ochtend",
        "middag",
        "avond",
        "morning",
        "noon",
        "afternoon",
        "evening",
        "night",
    ]
)


def _foreign_name_line(match: re.Match[str], language: str) -> bool:
    """Tell a surname that is another language's weekday, right after a given name: "Fred
    Mardi" and "Ayşe Dimanche" signing Spanish mail, "Natalia Sonntag" Romanian, "Luna
    Sabato" German (a signature's short lines are read joined: "Saludos, Fred Mardi Saturn
    GmbH"). With a clock anywhere else in the mail (the interview's own time with no date,
    office hours) it was a phantom Tuesday or Sunday. A day of the mail's language or of
    English stays a day ("Interview Friday"), as does one before a number or a lower-case
    word ("Entretien Mardi 10h")."""
    written = match.group("weekday")
    if not language or not (written[:1].isupper() and written[1:].islower()):
        return False
    folded = _folded(written)
    if folded in own_weekday_names(language) or folded in own_weekday_names("en"):
        return False
    text, begin, end = match.string, match.start("weekday"), match.end("weekday")
    before = _NAME_BEFORE.search(text, max(0, begin - 30), begin)
    after = _NAME_AFTER.match(text, end)
    if before is None or after is None:
        return False
    name = before.group(1)
    if not (name[:1].isupper() and name[1:].islower()) or _folded(name) in weekday_names():
        return False
    if name.lower() in _BEFORE_A_DAY or any(
        is_stop_word(code, name.lower()) for code in (language, *_OPENING_WORD_LANGUAGES)
    ):
        return False
    following = after.group(0).strip()
    if following.lower() in _DAY_PARTS_AFTER:
        return False
    return not following or following == "&" or following[:1].isupper()


_SALUTATION_TITLES = frozenset(
    ("mr", "mrs", "ms", "dr", "herr", "frau", "mme", "m", "sr", "sra", "pan", "pani", "de")
)


def _other_letters(written: str) -> bool:
    """Tell a word that folds to a weekday's name but writes letters none of its forms has:
    Vietnamese "thảo luận" (to discuss) is no Irish "Luan" (Monday), Latvian "nedēļā" (in
    the week) no Slovak "nedeľa" (Sunday). A day typed without its accents still counts."""
    marks = {ch for ch in written.lower() if not ch.isascii() and ch.isalpha()}
    if not marks:
        return False
    known = weekday_letters().get(_folded(written))
    return known is not None and not marks <= known


# what follows a weekday that names a firm: "Friday Labs", "Sunday Foods", "Domingo
# Alimentos S.L.", "Samedi Studio", "Montag & Söhne", "Monday.com"
_FIRM_AFTER = re.compile(
    r"(?:\s?&|\.com\b|\s(?:Labs?|Foods?|Networks?|Robotics|Group|Studios?|Design|Media"
    r"|Capital|Partners?|Consulting|Technolog(?:y|ies)|Tech|Systems|Software|Health|Bank"
    r"|Ventures|Games|Apps?|Analytics|Logistics|Solutions|Holdings|Industries|Brewing|Coffee"
    r"|Kitchen|Alimentos|Grupo|Gruppe|Groupe|Inc|Ltd|LLC|GmbH|AG|S\.[AL]\.|SAS|BV|Co)\b)"
)


def _word_not_weekday(match: re.Match[str]) -> bool:
    """Tell a Portuguese weekday's name used as an ordinal before its noun; the Turkish
    "senin" (your) from the Indonesian "Senin" (Monday), which is written with its capital
    or after "hari" (day); and a weekday in a firm's name ("at Friday Labs at 11:00 on
    Tuesday", "Domingo Alimentos", coname64), whose capital a firm's word follows."""
    written = match.group("weekday")
    if written[:1].isupper() and _FIRM_AFTER.match(match.string, match.end("weekday")):
        return True
    if _folded(written) == "senin":
        text, begin = match.string, match.start("weekday")
        return written[0] == "s" and not re.search(
            r"\bhari\s+$", text[max(0, begin - 8) : begin], re.I
        )
    if _folded(written) not in _PT_ORDINAL_DAYS:
        return False
    return bool(_ORDINAL_NOUN_AFTER.match(match.string, match.end("weekday")))


def _weekday_date(match: re.Match[str], reference: date) -> _Date | None:
    if _names_the_week(match):
        return None
    weekday = full_weekday_names().get(_folded(match.group("weekday")))
    if weekday is None and (match.group("after") or "").startswith("viito"):
        weekday = HABITUAL_WEEKDAYS.get(_folded(match.group("weekday")))
    if weekday is None:
        return None
    day_text = match.group("day")
    text = match.string
    finish = match.start("day") if day_text else match.end()
    # "Wednesday, Decmber 16, 2026", "Donderdag 01 Julie 2027", "2027 බක් 1, බ්‍රහස්පතින්දා":
    # the writer gave the whole date beside the weekday and its month was not read (a typo, a
    # month in words no calendar here lists); the coming such day is a guess, not their date
    unread = bool(_UNREAD_DATE_AFTER.match(text, finish)) or unread_date_beside(
        text, match.start(), finish
    )
    if day_text:
        # "Tuesday the 15th" names a day within weeks; a Tuesday the 3rd months away means
        # the number is something else ("Tuesday 3 to 4pm")
        found = _coming_day_of_month(reference, int(day_text), weekday)
        # beside an unread month the weekday and day agree by chance one month in seven:
        # only the very next such day of the month is the writer's for sure ("Mittwoch, 16
        # Dezembr 2026" in December), not a Thursday the 1st two months on ("Donderdag 01
        # Julie 2027", 1 July, read as 1 April)
        unsure = unread and not _date_beside_agrees(text, match.start(), finish, found)
        if found is not None:
            return _Date(
                found,
                match.start(),
                match.end(),
                False,
                relative=True,
                day_note=UNREAD_DATE_NOTE if unsure else "",
                day_unsure=unsure,
            )
    delta = (weekday - reference.weekday()) % 7 or 7
    next_word = (match.group("next") or "").lower()
    # CLDR's "next Tuesday" phrase ("sêşema were") says "next" as the English word does
    cldr_next = _folded(match.group("weekday")) in next_weekday_phrases()
    nexts = {"next", "nächsten", "nächster", "prochain", "volgende", "nästa", "przyszły"}
    if (next_word in nexts or cldr_next) and delta < 2:
        delta += 7
    if match.group("later") or match.group("later_before"):
        delta += 7
    elif match.group("fortnight_before"):
        delta += 14
    # "thứ Năm tuần sau", "Kamis minggu depan": the word after the day says "next week" itself
    week_after = (match.group("after") or "").lower().startswith(("tuần", "minggu"))
    if (
        week_after
        or _NEXT_WEEK_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or _NEXT_WEEK_AFTER.match(text, match.end())
    ):
        # "Thursday next week", "nächste Woche Donnerstag": that day in the coming calendar
        # week, not the first one ahead
        delta = 7 - reference.weekday() + weekday
    elif _AFTER_NEXT.match(text, match.end()):
        delta += 7  # "Thursday after next"
    elif (next_word in nexts or cldr_next) and delta < 7 - reference.weekday():
        # "next Friday" written on a Wednesday: this week's Friday to some, next week's to
        # others (in English and in the other languages alike); the coming one is read, and
        # the reader asked
        return _Date(
            reference + timedelta(days=delta),
            match.start(),
            finish,
            False,
            True,
            day_note=NEXT_WEEKDAY_NOTE,
            day_unsure=True,
        )
    if unread and not _date_beside_agrees(
        text, match.start(), finish, reference + timedelta(days=delta)
    ):
        return _Date(
            reference + timedelta(days=delta),
            match.start(),
            finish,
            False,
            True,
            day_note=UNREAD_DATE_NOTE,
            day_unsure=True,
        )
    if (
        next_word not in nexts
        and not cldr_next
        and delta == ((weekday - reference.weekday()) % 7 or 7)
    ):
        found = _coming_or_last(reference, weekday, text, match.start(), match.end())
        return _Date(found, match.start(), finish, False, True)
    return _Date(reference + timedelta(days=delta), match.start(), finish, False, True)


def _coming_or_last(reference: date, weekday: int, text: str, begin: int, end: int) -> date:
    """A bare weekday is the coming such day, unless the sentence tells its meeting as held
    ("Собеседование прошло в четверг в 15:00", "Perşembe günü saat 15:00'te yaptığımız
    görüşme"): then the last one before the mail (lexicon.PAST_MEETING_BEFORE / _AFTER)."""
    line_start = text.rfind("\n", 0, begin) + 1
    if PAST_MEETING_BEFORE.search(
        text, max(line_start, begin - 90), begin
    ) or PAST_MEETING_AFTER.match(text, end, end + 80):
        return reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
    return reference + timedelta(days=(weekday - reference.weekday()) % 7 or 7)


# After a weekday on its line: a month not read (one to four words) with a day and a year,
# either order ("Decmber 16, 2026", "Tháng mười hai 16, 2026", "16 Grudzeń 2026").
_UNREAD_DATE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:[^\W\d_]+\.?(?:[ \t][^\W\d_]+\.?){0,3}[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}\.?[ \t]+[^\W\d_]+\.?(?:[ \t][^\W\d_]+\.?){0,3}),?[ \t]+(?:19|20)\d\d\b"
)
UNREAD_DATE_NOTE = (
    "a date stands beside the weekday but its month was not understood; check the day"
)

# the parts of a written date: split at spaces and the commas of any script (Arabic "،",
# Burmese "၊"); a part is a year, a day number, or a word
_DATE_PARTS = re.compile(r"[^\s,،၊、]+")
# with the endings languages write on the numbers: Basque "2027(e)ko … 1(a)", Korean
# "2027년", Scottish Gaelic "9mh", English "9th", French "1er"
_YEAR_PART = re.compile(r"(?:19|20)\d\d(?:\.|(?:\([^\W\d_]{1,2}\))?[^\W\d_]{0,3})")
_DAY_PART = re.compile(r"\d{1,2}(?:\.|º|ª|\([^\W\d_]{1,2}\)|-?[^\W\d_]{1,3})?")
_WORD_PART = re.compile(r"[^\W\d_][^\d:]*")


def _is_unread_date(parts: list[str]) -> bool:
    """Parts in the writer's order, nearest the weekday first: a run of one day number and
    one to four words that ends at a year ("17 Junie 2027", "1 مۍ 2027"), or a year alone."""
    if parts and _YEAR_PART.fullmatch(parts[0]):
        return True  # "Thursday, 2027": a year right by the weekday
    days = words = 0
    for part in parts[:6]:
        if _YEAR_PART.fullmatch(part):
            return days == 1 and 1 <= words <= 4
        if _DAY_PART.fullmatch(part):
            days += 1
        elif _WORD_PART.fullmatch(part):
            words += 1
        else:
            return False
    return False


def _date_beside_agrees(text: str, begin: int, finish: int, found: date | None) -> bool:
    """Whether the date written beside a weekday names the day the weekday gave, by its day
    number and a word of its month ("Mittwoch, 16 Dezembr 2026" on the coming Wednesday the
    16th; Tamil "2027 ஜனவரி 19 ஆம் தேதி செவ்வாய்க்கிழமை", whose "ஆம் தேதி" kept the date
    unread), or by a day and year that only one date ahead fits: the weekday and the written
    date agree, and the day is the writer's. A Monday the 1st beside "1 aaa 2027" agrees by
    chance only (1 February, 1 March and 1 November 2027)."""
    if found is None:
        return False
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", finish)
    line_end = len(text) if line_end < 0 else line_end
    parts = _DATE_PARTS.findall(text, max(line_start, begin - 80), min(line_end, finish + 80))
    days = {int(day[1]) for part in parts if (day := _DAY_NUMBER.fullmatch(part))}
    if found.day not in days:
        return False
    years = {int(part[:4]) for part in parts if _YEAR_PART.fullmatch(part)}
    if years == {found.year} and not any(
        date(found.year, month, found.day).weekday() == found.weekday()
        for month in range(found.month + 1, 13)
        if found.day <= calendar.monthrange(found.year, month)[1]
    ):
        # no later month of the written year has that weekday on that day: the weekday and
        # the day name one date whatever the month ("الخميس 17 دجنبر 2026", Moroccan Arabic)
        return True
    names = _month_keys_of(found.month)
    for part in parts:
        word = _folded(part).rstrip(".")
        # a misspelt name agrees by its first three letters only when they begin no other
        # month's name ("tha…" begins Vietnamese "tháng" of every month)
        if word in names or (len(word) >= 4 and _months_starting(word[:3]) == {found.month}):
            return True
    return False


@cache
def _months_starting(prefix: str) -> frozenset[int]:
    """The months some name of which, in a language read, begins with `prefix`."""
    return frozenset(month for name, month in month_names().items() if name[:3] == prefix)


_DAY_NUMBER = re.compile(r"(\d{1,2})(?:\.|st|nd|rd|th|e|er|º|ª)?")


@cache
def _month_keys_of(number: int) -> frozenset[str]:
    """The folded names of one month in every language read."""
    return frozenset(name for name, month in month_names().items() if month == number)


def unread_date_beside(text: str, begin: int, finish: int) -> bool:
    """Whether a weekday written at text[begin:finish] stands right by a date that was not
    read: a day number, words and a year before it ("2027 බක් 1, බ්‍රහස්පතින්දා", CLDR's
    Sinhala full date, whose months no calendar here lists) or after it ("اونۍ 1, مۍ, 2027"),
    or a year alone. Any date read there is kept over the weekday; one left unread means
    the weekday is the writer's, the day a guess."""
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", finish)
    line_end = len(text) if line_end < 0 else line_end
    before = _DATE_PARTS.findall(text, max(line_start, begin - 80), begin)
    after = _DATE_PARTS.findall(text, finish, min(line_end, finish + 80))
    if after and after[0].startswith("-") and _WORD_PART.fullmatch(after[0][1:]):
        # the rest of a hyphenated weekday read by its first word ("segunda-feira")
        after = after[1:]
    return _is_unread_date(before[::-1]) or _is_unread_date(after)


NEXT_WEEKDAY_NOTE = (
    "'next' before a weekday later this week may mean this week's or next week's; check the day"
)


_NEXT_WEEK_WORDS = (
    r"next week|the following week|nächste[rn]? woche|der nächsten woche|kommende[rn]? woche"
    r"|la semaine prochaine|de la semaine prochaine|semaine prochaine|la semana que viene"
    r"|de la semana que viene|la próxima semana|de la próxima semana|la semana próxima"
    r"|la prossima settimana|della prossima settimana|la settimana prossima|volgende week"
    r"|van volgende week|na próxima semana|da próxima semana|semana que vem|nästa vecka"
    r"|næste uge|neste uke|w przyszłym tygodniu|příští týden|ensi viikolla"
    # Lithuanian, Turkish, Croatian/Bosnian, Serbian, Slovene, Macedonian, Vietnamese, Hindi,
    # Bengali and Tamil: "kitos savaitės antradienį", "gelecek haftanın salı günü", "u utorak
    # sljedećeg tjedna", "у уторак следеће недеље", "v torek naslednji teden", "thứ Ba tuần
    # sau", "अगले हफ़्ते मंगलवार", "আগামী সপ্তাহের বৃহস্পতিবার", "அடுத்த வாரம் புதன்கிழமை"
    r"|kitos savaitės|kitą savaitę|ateinančios savaitės|ateinančią savaitę"
    r"|gelecek haftanın|gelecek hafta|önümüzdeki haftanın|önümüzdeki hafta"
    r"|sljedećeg tjedna|sljedeći tjedan|idućeg tjedna|idući tjedan|sljedeće sedmice"
    r"|naredne sedmice|iduće sedmice|sledeće nedelje|naredne nedelje|следеће недеље"
    r"|наредне недеље|naslednji teden|prihodnji teden|naslednjega tedna|следната недела"
    r"|следната седмица|tuần sau|tuần tới|अगले हफ़्ते|अगले हफ्ते|अगले सप्ताह"
    r"|আগামী সপ্তাহের|আগামী সপ্তাহে|পরের সপ্তাহের|পরের সপ্তাহে|அடுத்த வாரம்"
    r"|அடுத்த வாரத்தின்"
    # the genitive or attributive "next week's" that CLDR's phrase does not give, said right
    # before the weekday: Finnish "ensi viikon tiistaina", Estonian "järgmise nädala
    # teisipäeval", Latvian "nākamās nedēļas otrdienā", Russian "следующей недели",
    # Hungarian "jövő hét kedden", Swedish "nästa veckas onsdag", Danish "næste uges",
    # Norwegian "neste ukes", Turkish "haftaya salı"
    r"|ensi viikon|järgmise nädala|järgmisel nädalal|nākamās nedēļas|nākamnedēļ"
    r"|следующей недели|на будущей неделе|будущей недели|jövő hét|jövő héten|jövő heti"
    r"|nästa veckas|næste uges|neste ukes|haftaya"
    # CLDR's "next week" in every language read
    + "".join("|" + re.escape(phrase) for phrase in next_week_phrases())
)
# what stands between "next week" and the weekday: "on", "am", Polish "w", and the Slavic
# "u"/"v"/"в"/"у"/"във" (Croatian "sljedeći tjedan u četvrtak", Slovene "naslednji teden v
# sredo", Russian "на следующей неделе во вторник") and the Greek article ("την Τρίτη")
_NEXT_WEEK_BEFORE = re.compile(
    rf"(?:{_NEXT_WEEK_WORDS})[,:]?\s"
    r"(?:(?:on|am|le|el|il|op|på|w|no|na|u|v|ve|vo|в|во|у|във|την|τη)\s)?$",
    re.IGNORECASE,
)
# Weeks counted on from today or tomorrow: "a week from today", "two weeks from tomorrow",
# "a fortnight from today"; French "aujourd'hui en huit", "demain en quinze"; German "heute
# in einer Woche"; Dutch "vandaag over een week" (a weekday's week on is the weekday
# pattern's "later" group: "Thursday week", "lundi en huit")
_WEEKS_FROM_BEFORE = re.compile(
    r"\b(?P<count>a|one|two|three|1|2|3)\s(?P<unit>weeks?|fortnight)\sfrom\s$", re.IGNORECASE
)
_WEEKS_ON_AFTER = re.compile(
    r"\s(?:en (?P<fr>huit|quinze)\b|(?:in|over) (?P<count>einer|zwei|drei|een|twee|drie)"
    r" (?:woche|wochen|week|weken)\b)",
    re.IGNORECASE,
)
_WEEK_COUNTS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}
_WEEK_COUNTS |= {"einer": 1, "zwei": 2, "drei": 3, "een": 1, "twee": 2, "drie": 3}


def _weeks_on(text: str, begin: int, finish: int) -> int:
    """How many weeks the words around "today" or "tomorrow" count on from it, or 0."""
    before = _WEEKS_FROM_BEFORE.search(text, max(0, begin - 24), begin)
    if before is not None:
        weeks = _WEEK_COUNTS[before.group("count").lower()]
        return 2 * weeks if before.group("unit").lower() == "fortnight" else weeks
    after = _WEEKS_ON_AFTER.match(text, finish)
    if after is None:
        return 0
    if after.group("fr"):
        return 1 if after.group("fr").lower() == "huit" else 2
    return _WEEK_COUNTS[after.group("count").lower()]


_NEXT_WEEK_AFTER = re.compile(rf",?\s(?:of\s|in\s)?(?:{_NEXT_WEEK_WORDS})\b", re.IGNORECASE)
_AFTER_NEXT = re.compile(r"\s(?:after next|über(?:über)?nächste[rn]? woche)\b", re.IGNORECASE)


def _ordinal_day_date(match: re.Match[str], reference: date) -> _Date | None:
    """ "the 15th", "Thu 10th", "am 15.": the next such day within two months, on the written
    weekday when there is one (before the day or in apposition after it: "the 12th
    (Friday)", "am 12., also Freitag")."""
    weekday_text = match.groupdict().get("weekday")
    weekday = weekday_names().get(_folded(weekday_text)) if weekday_text else None
    begin = match.start() if weekday is not None else match.start("day")
    finish = match.end()
    groups = match.groupdict()
    after_text = groups.get("weekday_after") or groups.get("weekday_apposed")
    if after_text:
        after = weekday_names().get(_folded(after_text))
        if after is not None and weekday in (None, after):
            weekday = after
        elif groups.get("weekday_apposed"):
            return None  # "am 12. (Raum 5) um 14 Uhr": not a day and its weekday
        else:
            finish = match.start("apposition")  # "the 12th (tentative)": the day alone
    found = _coming_day_of_month(reference, int(match.group("day")), weekday)
    return None if found is None else _Date(found, begin, finish, False, relative=True)


def _coming_day_of_month(reference: date, day: int, weekday: int | None) -> date | None:
    """Return the first date on or after the reference with that day of the month (and that
    weekday, when one is written), looking this month and the next two only."""
    cursor = reference
    for _ in range(3):
        try:
            found: date | None = cursor.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found >= reference and weekday in (None, found.weekday()):
            return found
        cursor = (cursor.replace(day=1) + timedelta(days=32)).replace(day=1)
    return None


def _weekday_number(written: str) -> int | None:
    """Monday 0 to Sunday 6 for a weekday written in full, short or in two letters ("Do")."""
    return _TWO_LETTER_DAYS.get(written, weekday_names().get(_folded(written)))


def _written_as_name(match: re.Match[str], language: str) -> bool:
    """Tell a name from another language's short weekday before a time: "Sam 10:00 works"
    in an English mail is Sam (French "sam." is Saturday), "Tor 13 år" in a Danish one Tor.
    A short day of the mail's own language or of English, one written with its point
    ("sam. 10h") or in lower case ("sam 10h") stays a day."""
    written = match.group("weekday")
    if not (written[:1].isupper() and written[1:].islower()):
        return False
    if match.string[match.end("weekday") : match.end("weekday") + 1] == ".":
        return False
    folded = _folded(written)
    return folded not in _EN_SHORT and folded not in own_weekday_names(language)


def _short_weekday_date(match: re.Match[str], reference: date) -> _Date | None:
    """ "thu 3pm", "Fr 10:00", "Di um 10 Uhr": an abbreviated weekday counts only right
    before a time."""
    weekday = _weekday_number(match.group("weekday"))
    if weekday is None or _greeted_name(match):
        return None
    begin, finish = match.start(), match.end()
    found = _coming_or_last(reference, weekday, match.string, begin, finish)
    if unread_date_beside(match.string, begin, finish):
        # "2027 aaa 1, Mon, 08:00": the short weekday beside a date left unread is a guess
        return _Date(found, begin, finish, False, True, day_note=UNREAD_DATE_NOTE, day_unsure=True)
    return _Date(found, begin, finish, False, True)


# a greeting just before a word: "Hi Sam, 3pm tomorrow?", "Hola Mar, ¿a las 10?"
# (the letter openings of every language we read, and the two casual English ones)
_GREETING_BEFORE = re.compile(rf"\b(?:{GREETING_WORDS}|thanks|morning)\W{{0,3}}$", re.IGNORECASE)


def _greeted_name(match: re.Match[str]) -> bool:
    """Tell a name greeted or opening the mail ("Hi Sam, 3pm tomorrow?", "Sam, 3pm works",
    "Dom, 10h ok?") from a short weekday before a time: French "sam." is Saturday, Italian
    "dom" Sunday, Norwegian "tor" Thursday, and each is a first name too."""
    text, begin = match.string, match.start()
    greeting = _GREETING_BEFORE.search(text, max(0, begin - 16), begin)
    # "hey, tue 3pm works", "thanks - wed 10am": the greeting closed by its comma or dash
    # greets nobody by an English day's short name
    if greeting is not None and not (
        _folded(match.group("weekday")).strip(".") in _EN_SHORT
        and re.search(r"[,–—-]", greeting.group(0))
    ):
        return True
    opens_line = not text[max(0, begin - 1) : begin].strip() and (
        begin == 0 or text[begin - 1] == "\n"
    )
    return (
        opens_line
        and text[match.end() : match.end() + 1] == ","
        and _folded(match.group("weekday")).strip(".") not in _EN_SHORT
    )


def _cjk_weekday_date(match: re.Match[str], reference: date) -> _Date | None:
    """ "来週木曜日", "下周四", "다음 주 목요일" are Thursday of next week; a bare "木曜日",
    "周四" or "목요일" the next Thursday."""
    if match.group("weekday_zh"):
        weekday = "一二三四五六日天".index(match.group("weekday_zh"))
        weekday = min(weekday, 6)  # 星期天 is 星期日
        next_word = {"下": "来週", "本": "今週", "这": "今週", "這": "今週"}.get(
            match.group("next_zh") or ""
        )
    elif match.group("weekday_th"):
        days = ("จันทร์", "อังคาร", "พุธ", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์")
        weekday = days.index(match.group("weekday_th").removesuffix("บดี"))
        next_word = {"หน้า": "来週", "นี้": "今週"}.get(match.group("next_th") or "")
    elif match.group("weekday_ko"):
        weekday = "월화수목금토일".index(match.group("weekday_ko"))
        next_ko = (match.group("next_ko") or "").replace(" ", "")
        next_word = {"다음주": "来週", "이번주": "今週"}.get(next_ko)
    else:
        weekday = "月火水木金土日".index(match.group("weekday"))
        next_word = match.group("next")
    if next_word == "来週":
        monday = reference + timedelta(days=7 - reference.weekday())
        day = monday + timedelta(days=weekday)
    elif next_word == "今週":
        day = reference + timedelta(days=weekday - reference.weekday())
    else:
        day = _coming_or_last(reference, weekday, match.string, match.start(), match.end())
    return _Date(day, match.start(), match.end(), False, relative=True)


_TWO_LETTER_DAYS = {
    **dict(zip(("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"), range(7), strict=True)),
    **dict(zip(("Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo"), range(7), strict=True)),
}


# a span of hours, not a clock range: "ca. 3–4 Stunden Aufwand", "about 3-4 hours of work",
# "2-3 godziny", "3～4時間"; only words that count hours and never name the hour of a clock
# (Dutch "14-15 uur", Portuguese "14-16 horas" and Czech "14-15 hodin" are clock ranges)
_HOURS_COUNTED_AFTER = re.compile(
    r"[ \t]?(?:hours?\b|hrs?\b|stunden\b|std\.?(?!\w)|timer\b|timmar\b|godzin\w*|tuntia\b"
    # (not "시간대", "時間帯": a time zone's label after the range)
    r"|小时|小時|時間(?!帯)|시간(?!대))",
    re.IGNORECASE,
)

# a count, not a clock range or a month's day: "3-4 rounds", "2-3 Wochen", "1-2 etapas",
# "with Jan 15 minutes before", "May 2 floors up" (lexicon.counted_after_words)
_COUNTED_AFTER = re.compile(
    rf"[ \t]?(?:{alternation(sorted(counted_after_words(), key=len, reverse=True))})(?!\w)",
    re.IGNORECASE,
)


# CLDR's date-time patterns put the clock word between the date and the time ("{1} 'klo'
# {0}", "{1} 'kl'. {0}", "{1}, 'kell' {0}"): "11.03" right before one and an hour is the date
# ("Vestlus N 11.03 kell 13", "torstaina 11.03 klo 13"), never 11:03
_DATE_BEFORE_CLOCK_WORD = re.compile(rf"\s(?:{CLOCK_ONLY_WORDS}|um)\s?\d", re.IGNORECASE)


# What follows a dotted "15.10" that makes it a clock and no 15 October: a dash or "to" and
# a second dotted clock, a little later, that has its hour word or cannot be a date ("15.10 -
# 15.25 uur", "15.10 bis 15.30 Uhr", "kl. 15.10 – 15.25"): Dutch, German and the Nordic
# languages write clocks with a dot, and a range of two is no date followed by a time
# ("15.10 - 22.10" stays a range of dates, "14.10 - 10.30 Uhr" a date and its time)
_HOUR_WORD_AFTER = r"\s?(?:uhr|uur|h|hrs?|godz\.?|tim(?:me|ma)r?)\b"
_CLOCK_RANGE_AFTER = re.compile(
    r"\s?(?:[-–—]|\s(?:tot|bis|till?|to|until|do)\s)\s?(?P<hour>[0-2]?\d)\."
    rf"(?P<minute>[0-5]\d(?!\.?\d)(?={_HOUR_WORD_AFTER})|(?:1[3-9]|[2-5]\d)(?![.\d]))",
    re.IGNORECASE,
)
# the longest span two dotted clocks read as a range may cover (a dash between a date and a
# time, "Mi. 14.10 - 10.30 Uhr", runs backwards or over a long day)
_CLOCK_RANGE_MINUTES = 10 * 60


# the word for "o'clock" or "at" said only before a clock, right before a dotted pair: "klo
# 12.10.", "kl. 10.10–11.00", "kl. 11.10-12.00", "om 9.10 uur", "um 11.05", "alle 14.10": the
# pair is that clock, never 12 October, when a date stands elsewhere in the sentence (CLDR's
# fi, da, nb, sv date-time patterns "{1} 'klo' {0}", "{1} 'kl'. {0}")
_CLOCK_WORD_BEFORE = re.compile(
    rf"(?:^|\s)(?:{CLOCK_ONLY_WORDS}|alle|um|om|a\slas|às|ás)\s?$", re.IGNORECASE
)


# a bare dotted day and month that closes the line right after a word (no word for the hour
# or "at", no label's colon before it): a subject's date, the hour given in the body
# ("Собеседование 13.01", "Rozmowa kwalifikacyjna 13.01", "Colloquio 13.01")
_WORD_RIGHT_BEFORE = re.compile(r"[^\W\d_]{2,}\s{1,2}$")
_AT_WORD_BEFORE = re.compile(r"(?:^|\s)(?:at|@|o|в|во|ve|v|u|à|a|ob|ab|from|von|od|z)\s?$", re.I)
_LINE_CLOSES = re.compile(r"[ \t]{0,4}\)?[ \t]{0,4}$")


def dotted_date_closing_line(string: str, begin: int, end: int) -> bool:
    """Tell the date of a subject "Colloquio 13.01" (a dotted pair that fits a day and a month,
    ending the line after a word) from the clock 13:01."""
    pair = string[begin:end]
    if not re.fullmatch(r"[0-3]?\d\.[01]\d", pair):
        return False
    day, month = (int(part) for part in pair.split("."))
    if not (1 <= day <= 31 and 1 <= month <= 12) or not _LINE_CLOSES.match(string, end):
        return False
    before = string[max(0, begin - 14) : begin]
    # the line names the meeting ("Rozmowa kwalifikacyjna 13.01"), unlike a case or ticket
    # number that ends a line ("Case 17.12", "Ticket 04.11")
    head = string[max(string.rfind("\n", 0, begin) + 1, begin - 60) : begin]
    return bool(
        _WORD_RIGHT_BEFORE.search(before)
        and not _CLOCK_WORD_BEFORE.search(before)
        and not _AT_WORD_BEFORE.search(before)
        and MEETING_CUES.search(head)
    )


def _after_clock_word(match: re.Match[str]) -> bool:
    """Whether a word said only before a clock stands right before the match's number (the
    numeric pattern takes an optional word before it, which may be that word)."""
    begin = match.start("a")
    return bool(_CLOCK_WORD_BEFORE.search(match.string[max(0, begin - 12) : begin]))


def _dotted_clock_range(match: re.Match[str], hour: int, minute: int) -> bool:
    """Tell whether a dotted "hour.minute" is a clock by what follows it (_CLOCK_RANGE_AFTER):
    a second clock a little later the same day."""
    after = _CLOCK_RANGE_AFTER.match(match.string, match.end())
    if after is None or hour > 23 or minute > 59:
        return False
    span = int(after.group("hour")) * 60 + int(after.group("minute")) - (hour * 60 + minute)
    return 0 < span <= _CLOCK_RANGE_MINUTES


# --- the order of numeric dates ---------------------------------------------------------------


# Country domains whose people write the month first (CLDR: en_US, en_PH and the US
# territories), and country domains startups everywhere rent for their sound; every other
# two-letter domain belongs to a country that writes the day first.
_MONTH_FIRST_TLDS = frozenset({"us", "ph", "pr", "gu", "as", "fm", "mh", "pw", "bz", "ca"})
_VANITY_TLDS = frozenset({"io", "ai", "co", "me", "tv", "ly", "fm", "gg", "to", "sh", "so", "cc"})


def _day_first_country(tld: str) -> bool:
    """Tell whether a sender's country domain writes numeric dates day first."""
    return (
        len(tld) == 2
        and tld.isascii()
        and tld.isalpha()
        and tld not in _MONTH_FIRST_TLDS
        and tld not in _VANITY_TLDS
    )


def _named_days(text: str) -> set[tuple[int, int]]:
    """Return (month, day) of every date written with a month name in the text."""
    found: set[tuple[int, int]] = set()
    for name in ("day_month", "month_day"):
        for match in _patterns()[name].finditer(text[:MAX_TEXT]):
            month = month_names().get(_folded(match.group("month")).rstrip("."))
            if month:
                found.add((month, int(match.group("day"))))
    return found


_IANA_IN_TEXT = re.compile(  # (the look-ahead first: see _ZONE_MARK_HINT)
    r"(?=[AEP])\b((?:America|Europe|Asia|Africa|Australia|Pacific)/[A-Z][A-Za-z_]+)"
)
_US_IANA = re.compile(
    r"America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise"
    r"|Indiana|Kentucky)|Pacific/Honolulu"
)
_DAY_FIRST_IANA = re.compile(
    r"Europe/|Africa/|Australia/|Pacific/Auckland|Asia/(?:Kolkata|Calcutta|Singapore|Dubai"
    r"|Jakarta|Karachi|Dhaka|Kuala_Lumpur|Jerusalem)|America/(?:Sao_Paulo|Argentina|Bogota"
    r"|Lima|Santiago|Mexico_City)"
)


# Workday, SuccessFactors and Outlook print Windows zone labels beside the date ("Time Zone
# (GMT+00:00) London", "(UTC+10:00) Canberra, Melbourne, Sydney"): their cities name a zone
# as an IANA name does, so its country tells how the numeric date is written
_WINDOWS_LABEL = re.compile(r"\((?:UTC|GMT)\s?[+-]\d{1,2}:?\d{2}\)\s*[^\W\d_][^\n)]{2,80}")


def _windows_zone_names(texts: list[str]) -> set[str]:
    names: set[str] = set()
    for text in texts:
        for match in _WINDOWS_LABEL.finditer(text[:MAX_TEXT]):
            zone = read_zone(match.group(0))
            if zone is not None and zone.name and "/" in zone.name:
                names.add(zone.name)
    return names


_DAY_FIRST_ABBREVIATION = re.compile(
    r"\b(?:IST|SGT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|BST|SAST|WAT|EAT|CAT|HKT|MYT|PHT|WIB"
    r"|PKT|GST|CEST|CET|EEST|EET|WEST|BRT|ART)\b"
)


# a numeric date with slashes, its look-behind after the first digit (as _AMBIGUOUS_NUMERIC's)
_SLASH_DATE = re.compile(r"(\d(?<![\d.:/]\d)\d?)/(\d{1,2})/(?:20)?\d\d(?!\d)")
# ... and one written without its year, as people type a second date beside the meeting's:
# "on 05/04 at 10:00 - references by 31/03" (en-CA, where both orders are written),
# "Fri 12/3 at 10.30am" beside "due 19/3" (en-SG, en-AU); not "24/7" (all day, every day)
_SLASH_DAY_MONTH = re.compile(r"(?<![\w/.:-])(\d{1,2})/(\d{1,2})(?![\d/]|\.\d)")


def date_order(texts: list[str], context: Context) -> tuple[str, bool]:
    """Return how numeric dates in this mail are written ("DMY", "MDY", "YMD"), and if sure."""
    day_first = month_first = 0
    for text in texts:
        named: set[tuple[int, int]] | None = None
        pairs = [
            *_SLASH_DATE.finditer(text[:MAX_TEXT]),
            *(
                match
                for match in _SLASH_DAY_MONTH.finditer(text[:MAX_TEXT])
                if match.group(0) != "24/7" and max(map(int, match.groups())) <= 31
            ),
        ]
        for match in pairs:
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 >= second:
                day_first += 1
            elif second > 12 >= first:
                month_first += 1
            elif first != second:
                # the same day written out elsewhere ("Tuesday 11 August") settles it
                if named is None:
                    named = _named_days(text)
                if (first, second) in named:
                    month_first += 1
                elif (second, first) in named:
                    day_first += 1
    if day_first and not month_first:
        return "DMY", True
    if month_first and not day_first:
        return "MDY", True
    if context.language in MONTH_FIRST_LANGUAGES:
        return "MDY", True
    if context.language in YEAR_FIRST_LANGUAGES:
        # year first, then month: "2026/10/07", and "10/7" or "10.07." is the 7th of October
        return "YMD", True
    if context.language == "en":
        order, sure = _order_by_locale(texts, context)
        other = "DMY" if order == "MDY" else "MDY"
        if _dates_near_only_if_swapped(texts, order, context.reference.date()):
            # "03/05/2026 11:00 IST" in a reminder sent on 5 March: a CRM printing m/d/Y in
            # India; the sender's country said day first, the mail's own moment says not
            return other, False
        if not sure and _dates_near_only_if_swapped(texts, other, context.reference.date()):
            # nothing said which order, and only this one lands the dates within weeks of the
            # mail: "on 09/02/2027 at 11:00" sent on 1 February is the 9th, not 2 September
            return order, True
        return order, sure
    if _dates_near_only_if_swapped(texts, "DMY", context.reference.date(), passed_as_read=True):
        # "12/10/2026 @ 9:00 AM" in a Hungarian or Czech booking mail sent on 4 December:
        # a translation that keeps the US format (LibreBooking's hu_hu and cz extend en_us;
        # Easy!Appointments' admin picks "MDY" whatever the language); read day first it
        # had passed weeks before the mail. A day-first date months ahead stays as written.
        return "MDY", False
    return "DMY", context.language != "en"


# CLDR's short date-time for "en" (the United States; the default locale of ICU, the JDK and
# JavaScript's Intl): "M/d/yy, h:mm a" with "AM"/"PM", day and month unpadded, a two-digit year
# ("1/13/27, 2:00 PM"); fil, ceb, ks, or and sd write it so too. The same shape is day first
# only in locales of India, Cambodia, Malaysia and Singapore (mr, ta, ml, pa, sa, mni, km), all
# between UTC+5 and UTC+8; the English of other countries writes it otherwise (en_GB and
# en_IE "dd/MM/y, HH:mm", en_IN "dd/MM/yy", en_AU, en_NZ and en_001 "am"/"pm" in lower case,
# en_CA "y-MM-dd"). Mail sent from any other offset (UTC itself says nothing: servers keep it
# wherever their users are) prints it from software left in its default locale: month first.
_CLDR_EN_SHORT = re.compile(  # (the look-ahead first: see _ZONE_MARK_HINT)
    r"(?=[1-9])(?<![\d/.])(?:[1-9]|1[0-2])/(?:[1-9]|[12]\d|3[01])/\d\d,\s\d{1,2}:\d\d(?::\d\d)?"
    r"[ \u202f]?[AP]M\b"
)
_DAY_FIRST_AM_PM_OFFSETS = (timedelta(hours=5), timedelta(hours=8))


_US_ZONE_WORD = re.compile(  # (the look-ahead first: see _ZONE_MARK_HINT)
    r"(?=[PMCE])\b(?:[PMCE][SD]?T|Pacific|Eastern|Central|Mountain)\b"
)


def _order_by_locale(texts: list[str], context: Context) -> tuple[str, bool]:
    """Return how English mail writes numeric dates, judged by where it comes from."""
    offset = context.reference.utcoffset() or timedelta()
    low, high = _DAY_FIRST_AM_PM_OFFSETS
    if (
        offset
        and not low <= offset <= high
        and any("M" in text and _CLDR_EN_SHORT.search(text[:MAX_TEXT]) for text in texts)
    ):
        return "MDY", not _day_first_country(context.sender_tld or "")
    us_zone = any(_US_ZONE_WORD.search(text[:MAX_TEXT]) for text in texts)
    tld = context.sender_tld or ""
    # every other country domain returns below before this counts; .co may be Colombia
    us_sender = timedelta(hours=-10) <= offset <= timedelta(hours=-4) and tld != "co"
    if _day_first_country(tld):
        # the sender's country writes the day first; a US zone beside it leaves doubt
        return "DMY", not us_zone
    # Booking tools print the zone's IANA name next to the date ("07/02/2026 @ 4:00 PM
    # (America/Chicago)", "02/07/2026 @ 16:00 (Europe/London)"): its country decides.
    named_zones = {m for text in texts for m in _IANA_IN_TEXT.findall(text[:MAX_TEXT])}
    named_zones |= _windows_zone_names(texts)
    us_named = any(_US_IANA.match(name) for name in named_zones)
    if us_named and not any(_DAY_FIRST_IANA.match(name) for name in named_zones):
        return "MDY", True
    day_first_named = named_zones and all(_DAY_FIRST_IANA.match(n) for n in named_zones)
    if day_first_named and not us_zone and not us_sender:
        return "DMY", True
    day_first_abbr = any(_DAY_FIRST_ABBREVIATION.search(text[:MAX_TEXT]) for text in texts)
    if day_first_abbr and not us_zone and not us_sender:
        # "05/03/2026 11:00 IST": English as written in India, Singapore, Australia, the
        # UK or Europe puts the day first (CLDR en_IN, en_SG, en_AU, en_GB: d/M/y); tools
        # there may still print m/d/Y, so the reader is told to check
        return "DMY", False
    if us_zone or us_sender:
        # English mail sent from a US zone, or naming one, writes the month first
        return "MDY", True
    return "DMY", False


# "please submit your scorecards for the candidate by": the task named further back
_DUE_TASK = re.compile(
    r"\b(?:complete|finish|submit|return|send|reply|respond|upload|fill|confirm)\w* "
    r"(?:[\w'-]+ ){0,6}"
    r"(?:by|before)\s(?:the\s)?$",
    re.IGNORECASE,
)


# the Nordic word for "o'clock" between a deadline word and the hour: "fyrir kl. 12",
# "senast kl. 12", "senest kl. 9", "viimeistään klo 16"; and the dot of Polish and Czech
# "godz." / "hod." (hour), which would end the deadline word "do godz" (dues48)
_CLOCK_WORD_TAIL = re.compile(r"\s(?:kl|klo)\.?\s*$", re.IGNORECASE)
_HOUR_WORD_DOT = re.compile(r"\s(godz|hod)\.\s*$", re.IGNORECASE)


# Thai "by" before a date, run together with it and with the words before: "ภายในวันที่ 14
# ตุลาคม" (within, by), "ไม่เกินวันที่" (no later than), "ก่อนวันที่" (before the date); _DUE
# needs a word edge that unspaced Thai has not (langs53b's pick-a-slot and thank-you notes)
_DUE_THAI = re.compile(r"(?:ภายใน|ไม่เกิน|ก่อน(?=วัน))(?:วันที่|วัน)?\s*$")


def _is_due(before: str) -> bool:
    """Tell whether the words before a date make it a deadline rather than a meeting."""
    before = _HOUR_WORD_DOT.sub(r" \1 ", _CLOCK_WORD_TAIL.sub(" ", before))
    due = _DUE.search(before[-30:]) or _DUE_THAI.search(before[-30:])
    if due is not None:
        lead = before[-30:][: due.start()]
        if (
            _JOINS_TWO_MOMENTS.search(lead)
            or _MOVED_ONTO.search(lead)
            or (due[0].lower().startswith("till") and _PUT_ON_DAY.search(lead))
            or (due[0].lower().startswith("till") and _MOVED_TILL.search(before[-90:]))
            or (due[0].strip().lower() == "bis" and _SEE_YOU_THEN.search(lead))
        ):
            # "från 10.00 till torsdag 14.30", "von 9 Uhr bis Freitag": a second moment;
            # "Super, dann bis Dienstag, 16.11., um 14:00 Uhr!": a farewell, see you then;
            # "flyttas till onsdag", "planerad till måndag", "flytta intervjun till
            # fredag", "push it till Friday": where the meeting is put
            due = None
    return bool(due or _DUE_TASK.search(before[-90:]))


# Swedish "till" is also "to": a participle or a passive before it puts the meeting on that
# day ("planerad till", "bokad till", "flyttas till", "ändrad till", "inbjuden till"), as a
# move verb does in any language; English words of that shape ("has till Friday") are short.
_PUT_ON_DAY = re.compile(
    r"(?:\b[a-zåäö]{2,}(?:ad|ade|at|as|ats)|\binbjuden|\bkallad|\bsatt|\blagd)\s+$", re.IGNORECASE
)
# a move verb with its object before "till" ("vi behöver flytta intervjun till fredag")
_MOVED_TILL = re.compile(MOVE_VERB_WORDS + r"[^.!?\n\d]{0,40}?\still\s*$", re.IGNORECASE)
# a move verb just before it ("flyttas till onsdag", "verschoben bis"): the shared list of
# move verbs, and English "postponed", which that list leaves to the move-notice words
_MOVED_ONTO = re.compile(rf"(?:{MOVE_VERB_WORDS}|\bpostponed)\s+$", re.IGNORECASE)


# German "(Super,) dann bis Dienstag um 14 Uhr!" / "also bis Montag": "see you then", said
# when a time is agreed; the clause opens with "dann"/"also" (a deadline's "bis" follows a
# verb or a thing to hand in: "die Unterlagen bitte bis Freitag")
_SEE_YOU_THEN = re.compile(
    r"(?:^|[,.!;:\u2013\-]\s*|\n\s*)(?:na )?(?:dann|also)\s+$", re.IGNORECASE
)


# "until" right after a time joins it to another moment, as a range or a move does
_JOINS_TWO_MOMENTS = re.compile(
    r"\d(?:\s?(?:[ap]\.?m\.?|uhr|h|hrs?|tim(?:e|men)?))?\s*(?:\([^()]{1,40}\))?\s*$", re.IGNORECASE
)


# A span of working days in a job's hours: "Mon-Fri", "Mo-Fr", "ma-vr", "seg-sex", "du lundi
# au vendredi", "de lunes a viernes", "dal lunedì al venerdì", "von Montag bis Freitag",
# "van maandag tot en met vrijdag", "de segunda a sexta". Either day of it names a week's
# routine (small50's job ads in en, de, fr, es, it, nl, pt-BR), not the day of a meeting.
# (a week's working days run from Monday to Friday, Saturday or Sunday; a move runs between
# any two days, "moved from Monday to Tuesday", "décaler jeudi à vendredi", and is left out)
# Signatures' office hours write them so in the Nordic languages, Polish, Czech, Slovak,
# Finnish and Turkish too: "mån–fre 8–17", "man-fre", "pn.-pt. 8-16", "od poniedziałku do
# piątku", "po-pá", "ma-pe", "Pzt-Cuma 09:00-18:00", "Pazartesi - Cuma" (probe64: a
# phantom Friday beside a clock-only invitation)
SPAN_FIRST = (
    r"(?:monday|mon|montag|mo|lundi|lun|lunes|lunedì|lunedi|maandag|ma|segunda(?:-feira)?"
    r"|seg|måndag|mån|mandag|man|poniedziałek|poniedziałku|pon|pn|po|pondělí|pondelok|pzt"
    r"|pazartesi)\.?"
)
SPAN_LAST = (
    r"(?:friday|fri|saturday|sat|sunday|sun|freitag|fr|samstag|sa|sonntag|so|vendredi|ven"
    r"|samedi|sam|dimanche|dim|viernes|vie|sábado|sáb|domingo|dom|venerdì|venerdi|sabato|sab"
    r"|domenica|vrijdag|vr|zaterdag|za|zondag|zo|sexta(?:-feira)?|sex|fredag|fre|lördag|lørdag"
    r"|lör|lør|lau|piątek|piątku|pt|sobota|soboty|sob|pátek|pá|piatok|pia|perjantai|pe|la|su"
    r"|cuma|cum|cumartesi|cmt|pazar|paz)\.?"
)
# what joins the two days: "-", "–", "/", "to", "au", "a", "bis", "t/m", "até", "do", "til"
SPAN_JOIN = (
    r"\s?(?:[-–—/]|\s(?:to|through|thru|till|until|au|à|a|al|bis|tot(?: en met)?|t/m|até|do"
    r"|til)\s)\s?"
)
_WEEKDAY_SPAN = re.compile(
    rf"(?<![\w-]){SPAN_FIRST}{SPAN_JOIN}{SPAN_LAST}(?![\w-])",
    re.IGNORECASE,
)


def _working_days(line: str, found: _Date) -> bool:
    """Tell whether a date read from a weekday name is a day of a span of working days
    ("Mon-Fri", "de lunes a viernes de 9 a 17h"), which no meeting is on. Two days after a
    move's verb are the slot given up and the new one: "moved from Monday to Friday at
    10:00", "intervjun flyttas från måndag till fredag kl. 10"."""
    if not in_weekday_span(line, found.begin, found.finish):
        return False
    return not _MOVED_BEFORE.search(line[: found.begin][-80:])


_MOVED_BEFORE = re.compile(MOVE_VERB_WORDS, re.IGNORECASE)


def in_weekday_span(text: str, begin: int, finish: int) -> bool:
    """Tell whether the text between begin and finish is a day of a span of working days
    ("Mon-Fri", "du lundi au vendredi"): a job's weekly hours, not the day of a meeting."""
    window = text[max(0, begin - 30) : finish + 30]
    shift = max(0, begin - 30)
    return any(
        found.start() + shift < finish and found.end() + shift > begin
        for found in _WEEKDAY_SPAN.finditer(window)
    )
