"""Give a found start its end: end labels, ranges, prose ends, programmes and durations.

A start may end on the row below ("End: 11:00"), in a range ("10-11"), in a later sentence
("we should be done by noon"), at the last session of a programme, or by a stated length
("45 minutes"); each way of reading an end lives here, apart from choosing the start itself.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta

from service.parsing.lexicon import (
    ALTERNATIVES_CUES,
    ANY_MOVE_VERB,
    END_LABELS,
    MOVE_VERBS,
    OLD_TIME_CUES,
    OTHER_EVENT_NOUNS,
    RESCHEDULED_CUES,
    ROUGHLY_WORDS,
    CaseBlindCues,
    alternation,
    cldr_unit_words,
    month_words,
)
from service.parsing.when_clocks import _FROM_WORD, _RANGE_GAP, _clocks, _LineClocks
from service.parsing.when_common import (
    _FINISH_THEN_PREPOSITION,
    _FINISH_VERB,
    _STRUCK,
    MAX_CANDIDATES,
    MAX_LINE,
    MAX_TEXT,
    FoundTime,
    Segment,
    _Candidate,
    _Clock,
    _folded,
    _Line,
)
from service.parsing.when_lines import normalise

# The meeting, or its writers, as the subject of the sentence after the slot's that says when
# it ends ("The interview should wrap up around 11:15", "Il colloquio si concluderà alle
# 11:15", "Wir sind gegen ..."); up to two words (a modal, an auxiliary) before the verb
_MEETING_SUBJECT = (
    r"(?:(?:the |this |our |your )?(?:interview|call|meeting|conversation|session|chat)|it|we"
    r"|l['’](?:entretien|échange|entrevue)|la réunion|le rendez-vous|la rencontre|il|elle|nous"
    r"|la (?:entrevista|reunión|llamada|charla|conversación)|il colloquio|l['’]incontro"
    r"|la (?:chiamata|riunione)|das (?:gespräch|interview)|der termin|es|wir|het (?:gesprek"
    r"|interview)|de afspraak|wij|a (?:entrevista|reunião|conversa)|intervjun|samtalet|mötet"
    r"|vi|samtalen|interviewet|mødet|rozmowa|spotkanie|pohovor|schůzka|встреча|собеседование"
    r"|беседа|мы"
    # the meeting's noun in more languages: Romanian "Discuția", "Interviul", "Întâlnirea";
    # Slovene, Croatian, Bosnian, Serbian "razgovor", "sastanak"; Ukrainian; Latvian;
    # Lithuanian; Estonian; Finnish; Icelandic; Greek; Catalan; Norwegian; Hungarian
    r"|discuția|discuţia|interviul|întâlnirea|razgovor|sastanak|intervju|співбесіда|зустріч"
    r"|розмова|intervija|saruna|tikšanās|pokalbis|susitikimas|vestlus|intervjuu|kohtumine"
    r"|haastattelu|keskustelu|tapaaminen|viðtalið|fundurinn|η συνέντευξη|η συνάντηση"
    r"|l['’]entrevista|la reunió|intervjuet|samtalen|møtet|az interjú|a beszélgetés)"
)


# vowel signs a unit word may end in before the next letter ("ನಿಮಿಷಗಳು", "ນາທີ")
_UNIT_MARKS = "\u0900-\u0dff\u0e31-\u0ecd\u0f00-\u109f"
# a length counted in digits ("45 minutes", "45 mn"): every match starts with a digit
_COUNTED_LENGTH = (
    # Romanian puts "de" between a number from 20 up and its unit: "45 de minute"
    # (not the minutes of a clock: "14h30min", "14時30分", "下午2点30分", "오후 2시 30분")
    r"(?<![hH\d時点點시])(?<!시\s)(?P<num>\d{1,3}(?:[.,]5)?)\s?(?:-\s?|de\s)?(?P<unit>minutes?|mins?\b|minuten|minutos?|minuti|minuut|minutter"
    # German lengths as adjectives: "ein 45-minütiges Gespräch", "ein 2-stündiges Assessment"
    r"|minut\w*|minút|minütig\w*|menit|minit|分間?|분|hours?|hrs?\b|stündig\w*|std\b\.?"
    # German and Latvian hours ("2 Stunden", "2 stundas"), Latvian and Lithuanian minutes
    # ("40 minūtes", "30 minučių"), Lithuanian and Estonian hours ("2 valandos", "2 tundi")
    r"|stund\w*|minūt\w*|minūšu|minuč\w*|valand\w*|tun(?:d|di|ni)\b"
    # Czech and Slovak hours ("potrvá 2 hodiny"); "ve 2 hodiny" (at 2) is kept out below
    r"|hodin(?:[ay]|ami)?\b"
    r"|heures?|horas?|ore\b"
    r"|uur|godzin\w*"
    r"|timm?\w*|jam\b|時間"
    # minutes and hours in Greek, Russian, Ukrainian, Turkish, Vietnamese, Hungarian, Finnish
    # ("45 dakikalık", a 45-minute one)
    r"|λεπτ\w*|минут\w*|хвилин\w*|dakika\w*|phút|minuuttia"
    # Tajik, Irish, Zulu and Xhosa minutes, and Yoruba's ("30 дақиқа тӯл мекашад", "30
    # nóiméad", "imizuzu engu-30" and "ìṣẹ́jú 45" once read count first): CLDR lacks them
    + unicodedata.normalize("NFKC", r"|дақиқа\w*|nóiméad|nóiméid|imizuzu|ìṣẹ́jú|iṣẹju")
    # Hungarian minutes and hours with the endings of a length ("45 perc", "45 percig tart",
    # "45 perces", "1 órás", "2 órán át"), never of a clock ("2 órakor", "10 órától")
    + r"|perc(?:es|et|ig|en át)?\b|ór(?:a|át|ás\w*|án át|áig tart)\b"
    r"|ώρ\w*|час(?:а|ов)?\b|годин\w*|saat\b|giờ|tiếng|tunti\w*"
    # Serbian, Croatian and Bosnian "1 sat" (one hour: "Trajanje sastanka: 1 sat", as "jedan
    # sat" and "sat vremena" below), in lower case only ("Sat" is Saturday: _duration)
    r"|sat\b"
    # the Ukrainian abbreviations a booking tool prints: "(1 год 30 хв)"; Russian "год" is a
    # year, so "год" is only read in Ukrainian text (_UKRAINIAN_LETTER)
    r"|год\b\.?|хв\b\.?"
    # Arabic and Hebrew minutes and hours
    r"|دقيقة|دقائق|ساعات|ساعة|דקות|דקה|שעות"
    # Persian minutes and hours, Slovenian hours ("trajanje 1 ura")
    r"|دقیقه|ساعت|ur[aei]?\b"
    # Thai and Hindi minutes and hours
    r"|นาที|ชั่วโมง|मिनट|घंटे|घंटा"
    # minutes and hours in the other Indian scripts the clock reads (Tamil, Bengali, Telugu,
    # Kannada, Malayalam, Marathi, Nepali, Gujarati, Punjabi, Odia, Urdu, Sinhala); the words
    # that are also "o'clock" (Tamil "மணி", Telugu "గంటలకు") only as a length
    r"|நிமிட|மணி நேர|মিনিট|ঘণ্টা|నిమిష|గంట(?!లకు)|ನಿಮಿಷ|ಗಂಟೆ(?!ಗೆ)|മിനിറ്റ്|മണിക്കൂർ"
    r"|मिनिट|तास|मिनेट|घण्टा|મિનિટ|કલાક|ਮਿੰਟ|ਘੰਟ|ମିନିଟ|ଘଣ୍ଟା|منٹ|گھنٹ|මිනිත්තු|පැය"
    # Korean and Chinese hours and minutes
    r"|시간|小时|小時|分钟|分鐘"
    # ... and CLDR's minute and hour words of every language read: "45 minut", "45 deqîqe",
    # "45 мүнөт", "45 ນາທີ", "45 منٽ", "1 sagat"
    rf"|(?:{alternation(cldr_unit_words()[0] + cldr_unit_words()[1])})(?![\w{_UNIT_MARKS}]))"
    # "45 mn", "45'": French and Italian shorthand for minutes
    r"|(?P<short_minutes>(?<!\d)[1-9]\d(?:\s?mn\b|['’](?![\w']))(?!\s?\d))"
)
# a length in words ("half an hour", "une heure"), each a word of the list
_WORDED_LENGTH = (
    # three quarters of an hour, before "an hour" can take its last words
    r"(?P<three_quarters>three quarters of an hour|dreiviertel ?stunde|drei viertel stunden?"
    r"|trois quarts d'heure|tres cuartos de hora|tre quarti d'ora|drie kwartier"
    r"|três quartos de hora|háromnegyed órá?s?"
    # Swedish, Norwegian "tre kvart", Danish "tre kvarter" (three quarters of an hour)
    r"|tre kvart(?:er)?\b)"
    # a quarter of an hour, a short call's length ("a quarter of an hour", "eine
    # Viertelstunde", "un quart d'heure", "een kwartier", "en kvart", "et kvarter")
    r"|(?P<quarter>(?:a|one) quarter of an hour|(?:eine )?viertelstunde|un quart d'heure"
    r"|un cuarto de hora|un quarto d'ora|um quarto de hora|een kwartier|en kvart\b"
    r"|et kvarter\b|kwadrans\b)"
    r"|(?P<half>half an hour|half-hour|halbe stunde|demi-heure|media hora|mezz'ora|half uur"
    r"|meia hora|pół godziny|en halvtimme|setengah jam|(?<![時点點\d])30分"
    # Norwegian "en halvtime", Danish "en halv time"
    r"|en halvtime\b|en halv time\b"
    # Hungarian, Czech, Slovak, Latvian, Lithuanian and Estonian half hours
    r"|(?<!más)fél órá?s?|půl hodiny|pol hodiny|pusstund\w*|pusvaland\w*|pool tundi"
    # Russian and Ukrainian "полчаса", "пів години", "півгодини"
    r"|полчаса|пів ?години"
    # Slovene "pol ure", Croatian, Bosnian and Serbian "pola sata", Bulgarian "половин час"
    r"|pol ure|pola sata|пола сата|половин час"
    # Turkish "yarım saat" ("yarım saatlik bir görüşme"), Greek "μισή ώρα" / "μισάωρο"
    r"|yarım saat\w*|μισή ώρα|μισής ώρας|μισάωρ\w*)"
    # an hour and a half, before "an hour" can take its first words
    r"|(?P<hour_half>(?:an|one) hour and a half|one and a half hours|eineinhalb stunden"
    r"|anderthalb stunden|une heure et demie|(?:una )?hora y media|un'ora e mezz[ao]|anderhalf uur"
    r"|uma hora e meia|halvannen time|halvanden time|en och en halv timme|puolitoista tuntia"
    r"|półtorej godziny|hodinu a půl|1時間半|一个半小时|한 시간 반|satu setengah jam"
    # Croatian, Bosnian and Serbian "sat i pol" / "sat i po" / "sat i pola", Slovene "uro in
    # pol" (an hour and a half: "razgovor traje sat i pol")
    r"|sat i pola?\b|sat i po\b|сат и по\b|uro in pol\b"
    r"|másfél órá?s?|pusotru stundu|pusantros valandos|poolteist tundi|bir buçuk saat\w*"
    # Russian and Ukrainian "полтора часа", "півтори години"
    r"|полтора часа|півтори години)"
    r"|(?P<hour>an hour|one[- ]hour|eine stunde|einstündig\w*|une heure|una hora|un'ora|een uur"
    r"|uma hora|godzinę"
    r"|(?<=ok\. )godziny|(?<=około )godziny"
    r"|en timme|satu jam|1時間|en time\b|o oră|o ora\b|egy ór(?:a|át|ás|án át)\b|один час"
    r"|bir saat|hodinu\b|eno uro\b"
    r"|vienu stundu|viena stunda|vieną valandą|üks tund"
    # "продлится около часа" / "займёт час": about an hour, the hour with no number
    r"|(?<=около )часа|(?<=продлится )час\b|(?<=займ[её]т )час\b|(?<=триватиме )годину"
    # Finnish "noin tunti" (about an hour; "Varaa aikaa noin tunti")
    r"|tunnin\b|(?<=noin )tunti\b|μία ώρα|одну годину|един час|sat vremena|jedan sat"
    r"|isang oras|एक घंटे"
    r"|एक घंटा|ساعة واحدة|שעה אחת|(?<=: )שעה(?=\s?[.,]|\s*$)"
    # "about an hour" in Hebrew (one word: "כשעה") and Arabic ("حوالي ساعة", "لمدة ساعة" for
    # an hour); a bare "ساعة" may be the clock's "o'clock", so only after those words
    r"|(?<![א-ת])כשעה(?![א-ת])|(?<=حوالي )ساعة|(?<=لمدة )ساعة"
    # the hour set aside: "I've blocked the hour", "we're holding the hour for you"
    r"|(?<=blocked )the hour|(?<=block )the hour|(?<=holding )the hour|(?<=held )the hour)"
)
_DURATION = CaseBlindCues(_COUNTED_LENGTH + "|" + _WORDED_LENGTH, re.IGNORECASE)


def without_lookarounds(pattern: str) -> str:
    """`pattern` with its look-aheads and look-behinds left out. It matches wherever `pattern`
    does (a look-around only ever turns a match down), so a text it finds nothing in holds no
    match of `pattern` either: a cheap hint, when the look-arounds kept the engine from
    skipping to the places a match may begin."""
    out: list[str] = []
    index, size = 0, len(pattern)
    while index < size:
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), index):
            index = _group_close(pattern, index)
            continue
        end = _atom_end(pattern, index)
        out.append(pattern[index:end])
        index = end
    return "".join(out)


def _atom_end(pattern: str, index: int) -> int:
    """Where the escape, character class or single character at `index` ends."""
    if pattern[index] == "\\":
        return index + 2
    if pattern[index] != "[":
        return index + 1
    end = index + 1
    if pattern[end : end + 1] == "^":
        end += 1
    if pattern[end : end + 1] == "]":
        end += 1  # "[]...]": a first "]" is a character of the class
    while end < len(pattern) and pattern[end] != "]":
        end += 2 if pattern[end] == "\\" else 1
    return end + 1


def _group_close(pattern: str, index: int) -> int:
    """Where the group opening at `index` ends, past its ")"."""
    depth = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index = _atom_end(pattern, index)
    raise ValueError(f"unbalanced group in {pattern[:60]!r}")


# Lengths in words are rare. A text holding none of their words is read by the counted
# lengths alone, which are then _DURATION's every match; their digit lead lets the engine
# skip each place that holds none, where _DURATION tries its hundred words at every place.
_COUNTED_DURATION = CaseBlindCues(rf"(?=\d)(?:{_COUNTED_LENGTH})", re.IGNORECASE)
_WORDED_LENGTH_HINT = CaseBlindCues(
    re.sub(r"\(\?P<\w+>", "(?:", without_lookarounds(_WORDED_LENGTH)), re.IGNORECASE
)


def durations(text: str) -> Iterator[re.Match[str]]:
    """_DURATION.finditer(text): the same matches (a counted one has no worded groups)."""
    if _WORDED_LENGTH_HINT.search(text) is None:
        return _COUNTED_DURATION.finditer(text)
    return _DURATION.finditer(text)


_HOUR_UNITS: tuple[str, ...] = ("h", "stund", "std", "heure", "hora", "ore", "uur", "godz", "tim")
_HOUR_UNITS += ("jam", "時間", "ωρ", "час", "годин", "saat", "gio", "ora", "tunti", "小时", "小時")
_HOUR_UNITS += (unicodedata.normalize("NFKD", "시간"),)  # as _folded() leaves Hangul
_HOUR_UNITS += ("sat",)  # Serbian, Croatian and Bosnian "1 sat"
_HOUR_UNITS += ("tieng", "ساع", "שעו", "ur")  # Vietnamese "tiếng", Arabic, Hebrew,
# Persian and Slovenian hours
_HOUR_UNITS += (_folded("ชั่วโมง"), "घंट")  # Thai and Hindi hours
_HOUR_UNITS += ("valand", "tund", "tunn", "год")  # Lithuanian, Estonian, Ukrainian short
# hours in the other Indian scripts (as _DURATION lists them)
_HOUR_UNITS += tuple(
    _folded(word)
    for word in ("மணி நேர", "ঘণ্টা", "గంట", "ಗಂಟೆ", "മണിക്കൂർ", "तास", "घण्टा", "કલાક", "ਘੰਟ")
)
_HOUR_UNITS += tuple(_folded(word) for word in ("ଘଣ୍ଟା", "گھنٹ", "පැය"))
_HOUR_UNITS += tuple(_folded(word) for word in cldr_unit_words()[1])
# Ukrainian letters no Russian word has: "год" is an hour only in Ukrainian text
_UKRAINIAN_LETTER = re.compile("[іїєґІЇЄҐ]")
# Counts spelled out before a unit, read as digits for a length: "plan for about two hours",
# "forty-five minutes", "zwei Stunden", "trente minutes", "dos horas", "quaranta minuti"
_SPELLED_COUNTS: dict[str, int] = {
    **dict.fromkeys(("two", "zwei", "deux", "dos", "due", "twee", "duas"), 2),
    **dict.fromkeys(("three", "drei", "trois", "tres", "tre", "drie", "três"), 3),
    **dict.fromkeys(("fifteen", "fünfzehn", "quinze", "quince", "quindici", "vijftien"), 15),
    **dict.fromkeys(("twenty", "zwanzig", "vingt", "veinte", "venti", "twintig", "vinte"), 20),
    **dict.fromkeys(("thirty", "dreißig", "trente", "treinta", "trenta", "dertig"), 30),
    **dict.fromkeys(("trinta",), 30),
    **dict.fromkeys(("forty", "vierzig", "quarante", "cuarenta", "quaranta", "veertig"), 40),
    **dict.fromkeys(("quarenta",), 40),
    **dict.fromkeys(("forty-five", "forty five", "fünfundvierzig", "quarante-cinq"), 45),
    **dict.fromkeys(("cuarenta y cinco", "quarantacinque", "vijfenveertig"), 45),
    **dict.fromkeys(("quarenta e cinco",), 45),
    **dict.fromkeys(("sixty", "sechzig", "soixante", "sesenta", "sessanta", "zestig"), 60),
    **dict.fromkeys(("ninety", "neunzig", "quatre-vingt-dix", "noventa", "novanta"), 90),
    **dict.fromkeys(("negentig",), 90),
    # Belgian and Swiss French tens ("comptez septante minutes", "nonante minutes"; Vaud and
    # Valais say "huitante")
    **dict.fromkeys(("septante",), 70),
    **dict.fromkeys(("huitante", "octante"), 80),
    **dict.fromkeys(("nonante",), 90),
    # Czech, Slovak, Polish, Slovene, Serbo-Croatian and East Slavic twos and threes: "potrvá
    # dvě hodiny", "potrwa dwie godziny", "траје два сата", "продлится два часа", "дві години"
    **dict.fromkeys(("dvě", "dve", "dva", "dwie", "dwa", "dvije", "два", "две", "дві"), 2),
    **dict.fromkeys(("tři", "tri", "trzy", "три"), 3),
}
_SPELLED_COUNT = CaseBlindCues(
    r"\b(?:"
    + "|".join(re.escape(word) for word in sorted(_SPELLED_COUNTS, key=len, reverse=True))
    # (not the count of quarters: "three quarters of an hour", "tres cuartos de hora")
    + r")(?=[\s-](?!quar|cuart|kwart|kvart|viertel)\w)",
    re.IGNORECASE,
)


# Chinese, Japanese and Korean write a length's count in their own numerals and its half
# after the count or the unit: "一時間半", "两个小时", "1个半小时" (one and a half hours),
# "1시간 반", "半小时" (half an hour); read as digits and a half after the unit ("1時間半",
# "1小时半", "1시간半")
_CJK_COUNTS = {"一": "1", "二": "2", "两": "2", "兩": "2", "三": "3", "四": "4"}
_CJK_COUNT = re.compile(
    r"(?<![一二三四五六七八九十百两兩第\d])([一二两兩三四])(?=(?:[个個]?半?(?:小时|小時)|時間))"
)
_HALF_BEFORE_UNIT = re.compile(r"(\d)[个個]?半(小时|小時)")
_MEASURE_WORD = re.compile(r"(\d)[个個](?=小时|小時)")
_HALF_HOUR = re.compile(r"(?<![\d个個])半(?:小时|小時)")
_KOREAN_HALF = re.compile(r"(\d\s?시간)\s?반(?![가-힣])")


# Minutes counted with the unit first, as Swahili, Hausa, Yoruba, Igbo, Zulu, Xhosa and
# Burmese write them: "Usaili utachukua dakika 45", "Hirar za ta ɗauki minti 30", "Yóò gba
# ìṣẹ́jú 45", "Ọ ga-ewe nkeji 45", "Kuzothatha imizuzu engu-30", "luya kuthatha imizuzu
# engama-30", "မိနစ် 30 ကြာပါမယ်"; read in the order the length pattern reads ("45 dakika").
# Only minutes: Swahili "saa 8" is eight o'clock (two in the afternoon), never eight hours.
_UNIT_BEFORE_COUNT = re.compile(
    unicodedata.normalize(
        "NFKC",
        r"(?<![\w\d])(dakika|minti|ìṣẹ́jú|iṣẹju|nkeji|imizuzu|မိနစ်)\s"
        # the Zulu and Xhosa concord of the number: "engu-30", "engama-30", "ezi-45"
        r"(?:(?:engu|engama|ezingama|ezi)-?)?(\d{1,3})(?![\d:.,]\d|\d)",
    ),
    re.IGNORECASE,
)


def _counts_in_digits(text: str) -> str:
    """The text with each count spelled before a unit written in digits: "two hours" reads
    "2 hours", "一時間半" reads "1時間半", "1个半小时" reads "1小时半"; a count written
    after its minutes' unit reads before it ("dakika 45" reads "45 dakika")."""
    if _UNIT_BEFORE_COUNT.search(text):
        text = _UNIT_BEFORE_COUNT.sub(r"\2 \1", text)
    if _CJK_COUNT.search(text) or "半" in text or "반" in text:
        text = _CJK_COUNT.sub(lambda m: _CJK_COUNTS[m.group(1)], text)
        text = _MEASURE_WORD.sub(r"\1", _HALF_BEFORE_UNIT.sub(r"\1\2半", text))
        text = _HALF_HOUR.sub("30分钟", _KOREAN_HALF.sub(r"\1半", text))
    parts: list[str] = []
    last = 0
    for word in _SPELLED_COUNT.finditer(text):
        count = _SPELLED_COUNTS[text[word.start() : word.end()].lower()]
        parts += (text[last : word.start()], str(count))
        last = word.end()
    text = "".join(parts) + text[last:] if parts else text
    # a half between the count and the unit: "2 and a half hours" (from "two and a half
    # hours"), "zweieinhalb Stunden", "dreieinhalb Stunden"
    text = _AND_A_HALF.sub(r"\1.5 ", text)
    return _GERMAN_AND_A_HALF.sub(lambda m: _GERMAN_HALVES[m.group(1).lower()], text)


_AND_A_HALF = re.compile(r"\b(\d) and a half (?=hours?\b|hrs?\b)", re.IGNORECASE)
_GERMAN_HALVES = {"zwei": "2,5", "drei": "3,5"}
_GERMAN_AND_A_HALF = re.compile(r"\b(zwei|drei)einhalb(?= stunden\b)", re.IGNORECASE)


_HHMM_DURATION = re.compile(r"(?P<h>\d)\s?h,?\s?(?P<m>[0-5]?\d)?\s?(?:mins?|m)?\b", re.IGNORECASE)


def _attach_labelled_ends(
    found: list[_Candidate], lines: list[_Line], clocks_of: _LineClocks, end_label: re.Pattern[str]
) -> None:
    """ "Date: 12.11.2026 / Start: 10:00 / End: 10:45", "Beginn: 10:00 Uhr, Ende: 11:00 Uhr":
    a time under an end label, on the start's line or the two below, closes the slot."""
    offsets = [line.offset for line in lines]
    for candidate in found:
        if candidate.end is not None or candidate.deadline:
            continue
        index = bisect_right(offsets, candidate.begin) - 1
        if index < 0:
            continue
        for step, line in enumerate(lines[index : index + 3]):
            after = candidate.begin - line.offset if step == 0 else 0
            ends = [
                clock
                for clock in clocks_of(index + step)
                if clock.begin > after
                and (
                    label := end_label.search(line.text[max(after, clock.begin - 30) : clock.begin])
                )
                and (
                    _same_sentence(line.text, after, clock.begin)
                    and not _for_something_else(line.text, after, clock.begin)
                    if not step
                    else _opens_end_row(
                        candidate,
                        line.text,
                        max(after, clock.begin - 30) + label.start(),
                        clocks_of(index + step),
                    )
                )
            ]
            if not ends:
                if step == 0:
                    _attach_prose_end(candidate, line, clocks_of(index), after)
                elif step == 1 and _attach_next_line_end(candidate, line, clocks_of(index + 1)):
                    break
                elif (
                    step == 2
                    and not lines[index + 1].text.strip()
                    and _attach_next_line_end(candidate, line, clocks_of(index + 2))
                ):
                    break  # the sentence after a blank line: the next paragraph
                continue
            end = datetime.combine(candidate.start.date(), ends[0].start, candidate.start.tzinfo)
            if timedelta(0) < end - candidate.start <= NAMED_END_LIMIT:
                candidate.end = end
            break


def _opens_end_row(candidate: _Candidate, text: str, label_at: int, clocks: list[_Clock]) -> bool:
    """Tell an end row below the slot ("End: 10:45", "Ende: 11:00 Uhr", "Time: 10:00 - End:
    10:45") from a sentence about something else that has an "until" in it ("Our reception
    is open until 17:00", "Parking is free until 4pm"): the label opens its line, or follows
    the start's own clock in the same sentence."""
    if not text[:label_at].strip(" \t|*•·-–—>"):
        return True
    wall = candidate.start.timetz().replace(tzinfo=None)
    # a clock's unit may have taken the label's first letters: "12:00 Godzina zakończenia"
    # read "12:00 Godz" as Polish "godz." (hours), so the clock ends inside the label
    return any(
        clock.begin < label_at
        and clock.start == wall
        and _same_sentence(text, min(clock.finish, label_at), label_at)
        for clock in clocks
    )


# Words in a sentence that say when the meeting is over: "… beginnt um 14 Uhr und dauert bis
# 15 Uhr", "se terminera vers 15h", "terminará a las 15:00", "(ends 15:00)", "15:00-ig tart"
_PROSE_END_BEFORE = re.compile(
    r"(?:\b(?:until|till|ends?|ending|finish(?:es|ing)?|over|wrap(?:s|ping)? up)"
    r"(?: (?:at|by|around|about))?"
    r"|\bbis(?: ca\.| etwa)?|\bendet(?: um| gegen)?|jusqu'(?:à|a)(?: environ)?"
    r"|\bterminera (?:vers|à)|\bhasta(?: las)?|\bterminará (?:a|hacia) las|\bfino alle"
    r"|\bterminerà alle|\bduurt tot|\bpotrwa do|\bpotrvá do|\btill|\bkuni|\bдо"
    # the end said in the present: "commence à 14h et se termine vers 15h", "finit à 15h",
    # "empieza a las 14:00 y termina a las 15:00", "acaba a las", "finisce alle", "eindigt om",
    # "termina às"
    r"|\b(?:se )?termine (?:vers|à)|\bfinit (?:vers|à)"
    r"|\b(?:termina|acaba|finaliza) (?:a|hacia|sobre) las|\b(?:termina|finisce) (?:alle|verso le)"
    r"|\beindigt (?:om|rond|omstreeks)|\b(?:termina|acaba) (?:às|por volta das)"
    # ... and any form of a verb of finishing before its preposition ("acabará a las 16:45",
    # "dovrebbe finire entro le 10:15", "закончится в 11:45", "finishing no later than noon")
    rf"|{_FINISH_THEN_PREPOSITION}"
    # Dutch "runs until": "om 10.30 uur en loopt tot kwart over elf"
    r"|\bloopt tot"
    # English "runs to" and the lasting verb of Bosnian, Croatian, Serbian and Slovene with
    # its "until": "the afternoon runs to 5pm", "trajat će do 11 sati", "traja do 11.00"
    r"|\bruns? (?:on )?(?:to|until|till)|\btraj\w*(?: će| bo)? do"
    # Lithuanian and Latvian put the clock right after the verb: "ir baigsis 10:00 val."
    r"|\b(?:baig|beig|beidz)\w*"
    # Dutch "tot" after the start's clock and a comma: "om 15:00 uur, tot 16:00 uur"
    r"|,\s?tot(?: ongeveer| circa| rond)?)"
    # the end given loosely after any of them: "finishes around", "bis gegen", "până în jurul"
    rf"(?:\s(?:{ROUGHLY_WORDS}))?\s*$",
    re.IGNORECASE,
)
# Burmese puts "at" and the verb of finishing after the hour: "11:00 နာရီတွင် ပြီးဆုံးပါမည်",
# "2:45 မှာ ပြီးပါမယ်"; Sinhala "until" and the verb of being held: "එය 11:00 පෙ.ව. දක්වා
# පැවැත්වේ" (it is held until 11:00)
_VERB_LAST_END = (
    r"\s?(?:နာရီ)?\s?(?:တွင်|မှာ)?\s?ပြီး"
    r"|\s?(?:(?:පෙ|ප)\.ව\.\s?)?(?:ට\s)?දක්වා\s(?:පැවැත්|පවත්|සිදු)"
    # Nepali, Hindi and Marathi put the verb of finishing after "o'clock": "3:00 बजे
    # सकिनेछ", "11:00 बजे समाप्त होगा", "11:00 वाजता संपेल"
    r"|\s?(?:बजे|वाजता)?\s?(?:सकि|समाप्त|खत्म|ख़त्म|संपे)"
)
# ... or a verb of finishing after the end's clock, where the verb comes last: Hungarian
# "15:00-ig", Japanese "14時45分終了予定", Chinese "10点45分结束", Korean "3시 45분에 끝날
# 예정", Turkish "11:45'te bitecek"; never "まで"/"까지" alone (until), which reception hours use
_PROSE_END_AFTER = re.compile(
    # (Korean may put "쯤"/"경", about, before it: "11시쯤 끝납니다")
    r"-?ig\b|\s?(?:終了|終わ|结束|結束|完毕|(?:쯤|경)?\s?에?\s?(?:끝|종료|마치|마무리)"
    r"|['’]?[dt][ae]\s(?:bit|sona er)"
    # Turkish "16:00'ya kadar sürecek" (lasts until), Hungarian "11:00-ig tart" is "-ig" above
    r"|['’]?y?[ae]\skadar\s(?:sür|devam ed)"
    # German and Dutch say the meeting is over after the clock: "ist gegen 11:15 Uhr
    # beendet", "is om 11.15 uur afgelopen"
    r"|\s?(?:uhr|uur)?\s(?:beendet|vorbei|zu ende|afgelopen|voorbij|klaar|fertig)\b"
    rf"|{_VERB_LAST_END})",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?]\s+([^\W\d_])")
PROSE_END_LIMIT = timedelta(hours=4)
# An end its own row or a verb of finishing names may come later: a trial day, a shift
# ("Shift starts 07:00, finishes 15:00", "Ende: 16:30 Uhr"); "until" alone stays in 4 hours
# ("open until 17:00" is the office's, not the meeting's)
NAMED_END_LIMIT = timedelta(hours=8)
_FINISH_LEAD = re.compile(rf"\b{_FINISH_VERB}", re.IGNORECASE)


# a day's number before its full stop, as German, Czech, Latvian and Hungarian write it
_DAY_NUMBER = re.compile(r"(?:^|[^\d:.,])\d{1,2}$")
_WORD = re.compile(r"\w+")


def _sentence_stops(text: str, start: int = 0, stop: int | None = None) -> list[re.Match[str]]:
    """The full stops that end a sentence between start and stop, leaving out a day's number
    before its month ("08:00 - 15. Dezember 2026 08:45" is one range)."""
    stop = len(text) if stop is None else stop
    return [
        full_stop
        for full_stop in _SENTENCE_STOP.finditer(text, start, stop)
        if not (
            _DAY_NUMBER.search(text[max(0, full_stop.start() - 3) : full_stop.start()])
            and (word := _WORD.match(text, full_stop.start(1)))
            and word[0].lower() in month_words()
        )
    ]


def _same_sentence(text: str, start: int, stop: int) -> bool:
    """Tell whether a label's time is still in the start's sentence: "14:00. Reception is
    open until 17:00" is not; "Start: 10:00. End: 10:45" is, by its colon."""
    between = text[start:stop]
    stops = _sentence_stops(between)
    return not stops or not stops[0].group(1).isupper() or bool(re.search(r"[:：]\s*$", between))


def _for_something_else(text: str, start: int, stop: int) -> bool:
    """Tell a later clock of the slot's sentence that belongs to another thing named between
    them ("at 10:00 and parking is free until 16:00", "alle 10:00, la reception è aperta
    fino alle 18:00") from the slot's own end ("at 10:00 until 11:00", and "at 10:00 in
    reception; it runs until 11:15", where the meeting is what ends)."""
    if _NEXT_SENTENCE_END.search(text, max(start, stop - 60), stop):
        return False
    return bool(OTHER_EVENT_NOUNS.search(text[start:stop]))


# The next sentence says when the meeting it follows ends: "The interview will last until
# 3pm", "Il se terminera vers 15h", "Зустріч триватиме до 11:00", "La entrevista
# terminará a las 15:00". Its subject must be the meeting, so "We will let you know by 5pm"
# is no end.
_NEXT_SENTENCE_END = re.compile(
    r"(?:(?:the |this |our |your )?(?:interview|call|meeting|conversation|session|it)"
    r"\s(?:(?:will|should|is expected to)\s(?:last|run|finish|end|be (?:over|done|finished)"
    # Indian and Nigerian English "go on" (last): "It will go on till 4:30 PM"
    r"|go on|continue)"
    # ... also said in the present: "it runs until 11:15", "l'entretien dure jusqu'à 11h15"
    r"|lasts|runs|finishes|ends|wraps up|goes on|continues)\s(?:until|till|by|at|around|about)"
    r"|(?:l['’]entretien|la réunion|il|elle)\s(?:durera|se terminera|finira|dure|se termine|finit)"
    r"\s(?:jusqu['’](?:à|a)|à|vers)"
    r"|(?:la entrevista|la reunión)\s(?:durará|terminará|finalizará|dura|termina|finaliza)"
    r"\s(?:hasta las|a las|hacia las)"
    r"|(?:зустріч|співбесіда|розмова)\s(?:триватиме|закінчиться|завершиться)\s(?:до|о)"
    r"|(?:встреча|собеседование|беседа)\s(?:продлится|закончится|завершится)\s(?:до|в)"
    # Belarusian: "Сустрэча працягнецца да 11:00", "Сумоўе скончыцца а 12:00"
    r"|(?:сустрэча|сумоўе|гутарка)\s(?:працягнецца|скончыцца|завершыцца|доўжыцца)\s(?:да|а|у)"
    # the same in Polish, Czech and Slovak: "Rozmowa potrwa do 16:30", "Pohovor potrvá do 15
    # hod.", "Stretnutie potrvá do 11:00"
    r"|(?:rozmowa|spotkanie|pohovor|schůzka|stretnutie)\s(?:potrwa|potrvá|skończy się|skončí)"
    r"\s(?:do|o|v)"
    # Italian, German, Dutch, Portuguese and Swedish: "Il colloquio durerà fino alle 10:45",
    # "Das Gespräch dauert bis etwa 11:30 Uhr", "Het gesprek duurt tot ongeveer 15:30",
    # "A entrevista vai durar até as 16h", "Intervjun pågår till kl. 11"
    r"|(?:il colloquio|l['’]incontro|la riunione|il)\s(?:durerà|terminerà|finirà|dura|termina"
    r"|finisce)"
    r"\s(?:fino alle|alle|verso le)"
    r"|(?:das gespräch|das interview|der termin|es)\s(?:dauert|endet|geht)\s(?:bis|gegen|um)"
    r"(?: etwa| ca\.| circa)?"
    r"|(?:het gesprek|de afspraak|het interview|het)\s(?:duurt|eindigt|loopt)\s(?:tot|om|rond)"
    r"(?: ongeveer| circa)?"
    r"|(?:a entrevista|a reunião|a conversa)\s(?:durará|vai durar|terminará|vai terminar|termina)"
    r"\s(?:até (?:as|às)|às|por volta das)"
    r"|(?:intervjun|mötet|samtalet)\s(?:pågår|varar|slutar)\s(?:till|kl\.?|ca)"
    # Danish: "Samtalen slutter senest kl. 10.30", "Mødet varer til kl. 11"
    r"|(?:samtalen|interviewet|mødet)\s(?:slutter|varer)(?: senest)?\s(?:til|kl\.?|ca\.?)"
    # the writers finish with the meeting: "We should be done by 2:45 pm", "We expect to
    # finish at 10:30am", "Nous aurons terminé à 11h15", "Terminaremos a las 12:45",
    # "Termineremo verso le 15:15", "Encerramos às 11h", "Zakończymy najpóźniej o 11:00",
    # "Vi räknar med att vara klara kl. 10.45"
    r"|we(?:'ll| will| should| expect to| plan to| aim to| hope to)?\s(?:be done|be finished"
    r"|be wrapped up|finish|wrap up|end)\s(?:by|at|around|no later than)"
    r"|(?:l['’](?:échange|entrevue)|le rendez-vous|la rencontre)\s(?:durera|se terminera|finira"
    r"|dure|se termine|finit)\s(?:jusqu['’](?:à|a)|à|vers)"
    r"|nous (?:aurons terminé|terminerons|finirons)\s(?:à|vers)"
    r"|(?:terminaremos|acabaremos|finalizaremos)\s(?:a|hacia|sobre)\slas"
    r"|(?:termineremo|finiremo)\s(?:alle|verso le|entro le)"
    r"|(?:encerramos|terminamos|encerraremos|terminaremos)\s(?:às|por volta das|até as)"
    r"|(?:zakończymy|skończymy)(?: najpóźniej)?\s(?:o|do)"
    r"|vi (?:räknar med att vara klara|är klara|slutar|er færdige|slutter)(?: senast| senest)?"
    r"\s(?:kl\.?|runt|omkring)"
    # any verb of finishing after the meeting or its writers: "It should wrap up around",
    # "Il colloquio si concluderà alle", "A entrevista deve terminar às", "Intervjun
    # avslutas kl.", "Rozmowa powinna się skończyć do"
    rf"|{_MEETING_SUBJECT}(?:\s\w+){{0,2}}?\s{_FINISH_THEN_PREPOSITION})\s*$",
    re.IGNORECASE,
)


# The same next sentence where the verb comes after the clock, as German and Dutch put it
# when the time opens the sentence: "Gegen 15:45 Uhr sind wir fertig", "Um 11 Uhr ist das
# Gespräch vorbei", "Om 13.45 uur zijn we klaar", "Rond 11 uur is het gesprek afgelopen"
_LATER_END_LEAD = re.compile(
    r"(?:(?:spätestens )?(?:gegen|um)|(?:uiterlijk )?(?:om|rond|omstreeks)"
    # Turkish and Hungarian name the meeting first and put the verb last: "Görüşme 16:00'ya
    # kadar sürer", "Az interjú 11:00-ig tart"
    r"|(?:görüşme\w*|mülakat\w*|toplantı\w*|az interjú|a beszélgetés|a megbeszélés)"
    r"(?:\s(?:saat|yaklaşık|kb\.|körülbelül))?"
    # Sinhala opens with "it" or the interview, the part of the day may come before the clock
    # ("එය ප.ව. 4:30 දක්වා පැවැත්වේ")
    r"|(?:එය|සම්මුඛ පරීක්ෂණය)(?:\s(?:පෙ|ප)\.ව\.)?)?\s*",
    re.IGNORECASE,
)
_LATER_END_VERB = re.compile(
    r"\s?(?:uhr|uur)?,?\s(?:sind wir|ist (?:das gespräch|das interview|es)|zijn we"
    r"|is het (?:gesprek|interview))(?:\s\w+){0,2}?\s(?:fertig|vorbei|beendet|klaar|afgelopen)\b"
    r"|['’]?y?[ae]\skadar\s(?:sür|devam ed)|-ig\s(?:tart|fog tartani)"
    # Burmese puts "at" and the verb of finishing after the hour: "11:00 နာရီတွင်
    # ပြီးဆုံးပါမည်", "2:45 မှာ ပြီးပါမယ်"; Sinhala "until" and the verb of being held: "එය
    # 11:00 පෙ.ව. දක්වා පැවැත්වේ" (it is held until 11:00)
    rf"|{_VERB_LAST_END}",
    re.IGNORECASE,
)


# A short clause that hands the sentence to a "that" before the end is said: "Calculamos que
# terminaremos sobre las", "Wir gehen davon aus, dass", "Vi regner med at", "Myślę, że"
_THAT_LEAD = re.compile(
    r"(?:[^\W\d_]+\s){0,3}[^\W\d_]+,?\s(?:que|dass|att|at|że|že|che|dat|că|että|што|что)\s",
    re.IGNORECASE,
)
# The verb of finishing opening the sentence with no subject (the first person plural in a
# pro-drop language: "Skončíme nejpozději v", "Završit ćemo u", "Končamo ob", "Terminamos
# às"); never the German noun "Termin"
_BARE_FINISH = re.compile(rf"(?!termin\b){_FINISH_THEN_PREPOSITION}\s*", re.IGNORECASE)


def _says_meeting_ends(head: str, text: str, clock: _Clock) -> bool:
    """Tell a sentence after the slot's that says the meeting ends at its clock: its words
    before the clock ("The interview will last until", "Rozmowa potrwa do") or a bare lead
    with the verb after ("Gegen 15:45 Uhr sind wir fertig")."""
    rest = head[lead.end() :] if (lead := _THAT_LEAD.match(head)) else head
    for part in {head, rest}:
        if _NEXT_SENTENCE_END.fullmatch(part) or _BARE_FINISH.fullmatch(part.lstrip()):
            return True
    return bool(_LATER_END_LEAD.fullmatch(head) and _LATER_END_VERB.match(text, clock.finish))


def _prose_end_at(candidate: _Candidate, clock: time) -> datetime:
    """The end a later clock of the slot's prose names, on the slot's day. A clock under 12
    that would end an afternoon slot before it began carries the afternoon on, as the writer
    did: "오후 3시에 시작해서 3시 45분에 끝날 예정", "at 2pm, done by 2:45"."""
    end = datetime.combine(candidate.start.date(), clock, candidate.start.tzinfo)
    if end <= candidate.start and clock.hour < 12 <= candidate.start.hour:
        end += timedelta(hours=12)
    return end


def _attach_next_line_end(candidate: _Candidate, line: _Line, clocks: list[_Clock]) -> bool:
    """The line after the slot opens with the sentence that says when it ends ("Rozmowa
    potrwa do 16:30.", "The interview will last until 3pm."): close the slot, say so."""
    if candidate.end is not None or not clocks:
        return False
    before = line.text[: clocks[0].begin]
    # the sentence may follow the slot's own line's tail ("ul. Grzybowska 62, Warszawa.
    # Rozmowa potrwa do 16:30."): the last sentence before the clock must say it
    stops = list(_SENTENCE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].start(1) :]
    if not _says_meeting_ends(before.strip() + " ", line.text, clocks[0]):
        return False
    end = _prose_end_at(candidate, clocks[0].start)
    if not timedelta(0) < end - candidate.start <= PROSE_END_LIMIT:
        return False
    candidate.end = end
    return True


# A sentence's end in any script ("." and the full stops of Armenian, Devanagari and
# Gurmukhi, Burmese, Ethiopic and Khmer), the next sentence's first letter after it, cased or not
_ANY_STOP = re.compile(r"[.!?\u0589\u0964\u104b\u1362\u17d4]\s+(?=[^\W\d_])")
_TOKEN_BREAK = re.compile(r"[\s,.;:!?()\"'«»“”„،؛\u0589\u0964\u104b\u1362\u17d4-]+")
_QUESTION = re.compile(r"[?？؟;]")
_ARTICLE_LENGTH = 3
_CLOCK_LEAD = re.compile(r"\S+\s+\S*\d[\d:.]*\d\S*$")


def _stem_shared(one: str, other: str) -> bool:
    """Two words share a stem: their first four or more letters, and at least 3/5 of the
    shorter word, agree ("сұхбатқа"/"сұхбат", "söhbetdeşlige"/"söhbetdeşlik"), or all but
    the last letter of a four-letter word."""
    agree = 0
    for left, right in zip(one, other, strict=False):
        if left != right:
            break
        agree += 1
    shorter = min(len(one), len(other))
    # (a four-letter noun may change its last letter: Pashto "مرکه"/"مرکې")
    return (agree >= 4 and agree * 5 >= 3 * shorter) or (shorter >= 4 and agree >= shorter - 1 >= 3)


def _meeting_named_again(text: str, after: int, clock: _Clock, later: list[_Clock]) -> bool:
    """Tell the sentence after the slot's that opens with the meeting's own noun again and
    holds one clock, whatever the language's words for "until" or "ends": "… сұхбатқа
    шақырамыз. Сұхбат сағат 11:00 дейін созылады", "… ëm 10:00 Auer. Den Entretien dauert bis
    11:00 Auer", "… ಸಂದರ್ಶನ ನಿಗದಿಯಾಗಿದೆ. ಸಂದರ್ಶನ 11:00 ಗಂಟೆಗೆ ಮುಗಿಯುತ್ತದೆ". A question, a
    sentence with a date or a second clock, or one whose subject is anything else ("Send
    your answer by 17:00") says no end."""
    between = text[after : clock.begin]
    if len(between) > 120 or clock.hour_only:
        return False
    # one full stop, not a day's number's dot (Danish, German, Dutch: "den 10. december kl. 13")
    stops = list(_ANY_STOP.finditer(between))
    if len(stops) != 1 or between[: stops[0].start()][-1:].isdigit():
        return False
    head = between[stops[0].end() :]
    words = [word for word in _TOKEN_BREAK.split(head) if word]
    if not words or len(words) > 5 or any(char.isdigit() for char in head):
        return False
    closing = _ANY_STOP.search(text, clock.finish)
    stop = closing.start() if closing else len(text)
    newline = text.find("\n", clock.finish)
    stop = min(stop, newline) if newline >= 0 else stop
    if _QUESTION.search(text, clock.finish, stop + 1) or (later and later[0].begin < stop):
        return False
    subject = words[1] if len(words[0]) <= _ARTICLE_LENGTH and len(words) > 1 else words[0]
    if subject.lower() in month_words():
        return False  # a date's month, not the meeting
    # the slot's sentence, less the word right before its clock ("vanaf 14.00 uur gesloten.
    # Vanaf 4-1 …" repeats a preposition, not the meeting)
    slot = _CLOCK_LEAD.sub(" ", text[max(0, after - 200) : after]) + between[: stops[0].start()]
    return any(
        _stem_shared(subject.lower(), word.lower())
        for word in _TOKEN_BREAK.split(slot)
        if len(word) >= 4 and not any(char.isdigit() for char in word)
    )


def _attach_prose_end(candidate: _Candidate, line: _Line, clocks: list[_Clock], after: int) -> None:
    """Close the slot with a later clock of the same sentence that an "until" word leads,
    or of the next sentence when that sentence says the meeting lasts until then.

    The sentence is measured from the start's own clock when the line holds it: the dot of
    a date before it ("Dienstag, 6. April um 15:00 Uhr, bis 16:00 Uhr") ends no sentence."""
    wall = candidate.start.timetz().replace(tzinfo=None)
    own: _Clock | None = None
    for clock in clocks:
        if clock.begin > after and clock.start == wall:
            after = clock.finish
            own = clock
            break
    for position, clock in enumerate(clocks):
        if clock.begin <= after:
            continue
        between = line.text[after : clock.begin]
        if candidate.end is None and _meeting_named_again(
            line.text, after, clock, clocks[position + 1 :]
        ):
            end = _prose_end_at(candidate, clock.start)
            if timedelta(0) < end - candidate.start <= PROSE_END_LIMIT:
                candidate.end = end
                return
        if own is not None and _adjacent_end(own, clock, between, clocks[position + 1 :]):
            end = datetime.combine(candidate.start.date(), clock.start, candidate.start.tzinfo)
            if timedelta(0) < end - candidate.start <= PROSE_END_LIMIT:
                candidate.end = end
            return
        if len(between) <= 120 and not _same_sentence(line.text, after, clock.begin):
            # the last sentence before the clock ("..., ul. Grzybowska 62. Rozmowa potrwa do")
            stops = list(_SENTENCE_STOP.finditer(between))
            if stops and _says_meeting_ends(between[stops[-1].start(1) :], line.text, clock):
                end = _prose_end_at(candidate, clock.start)
                if timedelta(0) < end - candidate.start <= PROSE_END_LIMIT:
                    candidate.end = end
            return
        if not _same_sentence(line.text, after, clock.begin) or len(between) > 120:
            return  # another sentence: its times are not this slot's ("kl. 14" is not one)
        lead = _PROSE_END_BEFORE.search(line.text[max(after, clock.begin - 30) : clock.begin])
        if (
            lead is None
            and not _PROSE_END_AFTER.match(line.text, clock.finish)
            and not (own is not None and _range_around_aside(line.text, own, clock))
        ):
            continue
        if _for_something_else(line.text, after, clock.begin):
            return
        end = _prose_end_at(candidate, clock.start)
        named = lead is not None and _FINISH_LEAD.search(lead.group())
        if timedelta(0) < end - candidate.start <= (NAMED_END_LIMIT if named else PROSE_END_LIMIT):
            candidate.end = end
        return
    _attach_bare_end_hour(candidate, line.text, after)


# A clock in another zone, or a zone's name, put in brackets after the start: "from 10:00 CET
# (09:00 GMT) to 11:00", "de 10:00 (hora de Madrid; 9:00 en Londres) a 11:00"
_ASIDE = re.compile(r"\([^()\n]{1,60}\)")
_ZONE_OR_HOUR_WORD = re.compile(r"^\s*(?:[A-Z]{2,5}|uhr|h)\b", re.IGNORECASE)


def _range_around_aside(text: str, own: _Clock, clock: _Clock) -> bool:
    """Tell "from 10:00 CET (09:00 GMT) to 11:00 CET": a start its "from" word leads, and a
    later clock that a range's joiner leads, with only an aside in brackets (the time in
    another zone) and the start's zone between them. Read apart, the aside's clock broke the
    range and the end was lost."""
    if not _FROM_WORD.search(text[max(0, own.begin - 12) : own.begin]):
        return False
    between = text[own.finish : clock.begin]
    if not _ASIDE.search(between):
        return False
    rest = _ASIDE.sub(" ", between)
    rest = _ZONE_OR_HOUR_WORD.sub("", rest, count=1)
    return bool(rest.strip()) and _RANGE_GAP.fullmatch(" " + rest.strip() + " ") is not None


def _adjacent_end(own: _Clock, clock: _Clock, between: str, rest: list[_Clock]) -> bool:
    """ "01:00 PM 02:00 PM" in a start and an end cell side by side (UKG Pro's "New
    01/22/2027 01:00 PM 02:00 PM", a "Date | Start | End" row): two full clocks with nothing
    but cell space between them close the slot, unless a third follows (a list of times)."""
    return (
        own.end is None
        and not own.hour_only
        and not clock.hour_only
        and clock.end is None
        and bool(between)
        and not between.strip(" \t|\u00a0")
        and not (rest and not rest[0].begin - clock.finish > 3)
    )


# An end written as a bare hour after an "until" word in the slot's sentence: "at midday UK
# time, running till 1", "at 2pm, going on until 3", "at 10am, wrapping up by 11" is read as the
# next such hour after the start; a count ("until 3 days", "till 10/12") is none.
_BARE_END_HOUR = re.compile(
    r"\b(?:until|till|til|bis|jusqu'à|hasta las?|runs? to"
    r"|(?:wrap(?:s|ping)? up|finish(?:es|ing)?|ends?|ending|done) (?:by|at|around))"
    # ... the end given loosely: "runs until about 11", "bis etwa 11", "jusqu'à environ 11"
    rf"(?:\s(?:{ROUGHLY_WORDS}))?"
    r"\s(?P<h>1[0-2]|[1-9])\b"
    r"(?![:.,/-]?\d|\s?(?:days?|weeks?|months?|hours?|minutes?|mins?|%|[ap]\.?m|tage?n?|jours?|d[ií]as))",
    re.IGNORECASE,
)


def _attach_bare_end_hour(candidate: _Candidate, text: str, after: int) -> None:
    """Close the slot with a bare hour an "until" word leads later in its sentence."""
    bare = _BARE_END_HOUR.search(text, after, after + 120)
    # (from the clock's last letter: "2pm." takes the full stop that ends its sentence)
    if bare is None or not _same_sentence(text, max(0, after - 1), bare.start()):
        return
    if _for_something_else(text, after, bare.start()):
        return
    start = candidate.start
    for hour in (int(bare["h"]) % 12, int(bare["h"]) % 12 + 12):
        end = datetime.combine(start.date(), time(hour, 0), start.tzinfo)
        if timedelta(0) < end - start <= PROSE_END_LIMIT:
            candidate.end = end
            return


def _attach_ends(found: list[_Candidate]) -> None:
    """Give a start without an end the labelled end written just after it."""
    by_line = sorted(found, key=lambda item: item.begin)
    for index, candidate in enumerate(by_line):
        if candidate.end is not None:
            continue
        following = by_line[index + 1] if index + 1 < len(by_line) else None
        if (
            following is not None
            and following.score <= candidate.score
            and following.origin == candidate.origin
            and 0 < following.begin - candidate.begin <= 200
            and timedelta(0) < following.start - candidate.start <= timedelta(hours=8)
            and not _moved_between(candidate, following)
            and not _other_sentence(candidate, following)
            and not (
                following.line == candidate.line
                and _for_something_else(candidate.line, candidate.at, following.at)
            )
        ):
            candidate.end = following.start
        elif following is not None and _opens_window(candidate, following):
            candidate.end = following.start  # the window's whole span, sent to review
            following.score -= 3.0  # its close is no meeting of its own


# "active from 10th Dec, 10:00 AM to 11th Dec, 10:00 AM", "с 21 ноября 9:00 до 22 ноября
# 18:00", "11월 21일 09:00 ~ 11월 22일 18:00": a test or an application window a day or more
# wide, whose close is no second meeting; a move ("rescheduled from … to …") is not one, nor
# a dash, which also joins the items of a flattened list.
_WINDOW_JOIN = re.compile(
    # (Polish "do" after a time, not the English verb: "could you do Wednesday")
    r"(?:\bto|\buntil|\btill|\bbis|\bhasta|\baté|\d\W{0,3}(?:h\W{0,2})?do"
    r"|\bau|\bjusqu'au|до|по|[~～〜])\s*$",
    re.IGNORECASE,
)


def _opens_window(first: _Candidate, second: _Candidate) -> bool:
    """Tell a window open for a day or more from a slot and its end."""
    return (
        first.line == second.line
        and 0 < second.at - first.at <= 80
        and timedelta(hours=12) <= second.start - first.start <= timedelta(days=14)
        and "\n" not in (between := first.line[first.at : second.at])
        and bool(_WINDOW_JOIN.search(between))
        and not (
            ANY_MOVE_VERB.search(first.line)
            or RESCHEDULED_CUES.search(first.line)
            or OLD_TIME_CUES.search(between)
        )
    )


def _other_sentence(first: _Candidate, second: _Candidate) -> bool:
    """Tell a later time in the next sentence of the same line ("… um 9.00 Uhr. Falls alles
    passt, wäre die Zweitrunde am selben Tag um 15.00 Uhr.", "… à 9h30. Un second entretien
    est prévu le même jour à 14h") from the slot's end: another sentence sets another event,
    unless it opens with an end label ("Start: 10:00. End: 10:45")."""
    if first.line != second.line or second.at <= first.at:
        return False
    if _same_sentence(first.line, first.at, second.at):
        return False
    stops = _sentence_stops(first.line, first.at, second.at)
    tail = first.line[stops[-1].start(1) : second.at] if stops else ""
    return not re.match(rf"(?:{END_LABELS})\b", tail, re.IGNORECASE)


def _moved_between(first: _Candidate, second: _Candidate) -> bool:
    """Tell "à 10h doit être décalé : … 14h30" (an old slot, then the new) from an end."""
    if first.line != second.line or second.at <= first.at:
        return False
    between = first.line[first.at : second.at]
    return bool(MOVE_VERBS.search(between) or RESCHEDULED_CUES.search(between))


def _attach_restated_ranges(
    found: list[_Candidate], lines: list[_Line], clocks_of: _LineClocks
) -> None:
    """Give a start without an end the range that restates it a little later ("Tuesday at
    2:30pm (Sydney time)? … it will run 2:30-3:15pm")."""
    if not found:
        return
    ranges = [
        (line.offset + clock.begin, clock, index)
        for index, line in enumerate(lines[:MAX_CANDIDATES])
        if line.text and not line.quoted
        for clock in clocks_of(index)  # a line is at most MAX_LINE long
        if clock.end is not None
    ]
    offsets = [line.offset for line in lines]
    for candidate in found:
        local = candidate.start.timetz().replace(tzinfo=None)
        if candidate.end is None:
            for offset, clock, _ in ranges:
                if 0 < offset - candidate.begin <= 400 and clock.start == local and clock.end:
                    end = datetime.combine(
                        candidate.start.date(), clock.end, candidate.start.tzinfo
                    )
                    if timedelta(0) < end - candidate.start <= timedelta(hours=4):
                        candidate.end = end
                    break
        row = bisect_right(offsets, candidate.begin) - 1
        _extend_through_programme(candidate, ranges, lines, row)


# the longest break between two sessions of one programme ("10:00 - 10:45 technical /
# 11:00 - 11:45 hiring manager"): a longer one ends the programme
PROGRAMME_BREAK = timedelta(minutes=30)
# a row that opens with "afterwards" tells what follows the interview, not one of its
# sessions: "Efteråt bjuder vi på lunch kl. 11.30–12.30", "Danach Mittagspause mit dem Team
# (12:00–13:00 Uhr)", "Afterwards, lunch with the team 12:15 – 13:00"
_AFTERWARDS_ROW = re.compile(
    r"\W{0,4}(?:afterwards?|after that|danach|anschließend|im anschluss|ensuite|après cela"
    r"|después|a continuación|dopo|successivamente|daarna|aansluitend|efteråt|därefter"
    r"|bagefter|derefter|etterpå|deretter|następnie|potem|poté|potom|depois)\b",
    re.IGNORECASE,
)


def _extend_through_programme(
    candidate: _Candidate, ranges: list[tuple[int, _Clock, int]], lines: list[_Line], row: int
) -> None:
    """Stretch an end through the sessions that follow it back to back, as an onsite
    programme lists them ("9:30-10:15 welcome / 10:15-11:15 case / 11:15-12:00 lunch"); a
    session on the next row of the list may also follow a short break ("10:00 - 10:45 /
    11:00 - 11:45"), unless its row offers it as another choice."""
    if candidate.end is None:
        return
    last = candidate.begin
    local = candidate.start.timetz().replace(tzinfo=None)
    for offset, clock, index in ranges:
        if 0 <= offset - last <= 400 and (clock.start, clock.end) == (
            local,
            candidate.end.timetz().replace(tzinfo=None),
        ):
            last, row = offset, index  # the slot's own row of the programme, below its date
            break
    for offset, clock, index in ranges:
        if offset <= last or offset - last > 300 or clock.end is None:
            continue
        if index != row and _AFTERWARDS_ROW.match(lines[index].text):
            break
        wall_end = candidate.end.timetz().replace(tzinfo=None)
        if clock.start != wall_end:
            next_row = 0 <= index - row <= 2 and all(
                not lines[between].text.strip() for between in range(row + 1, index)
            )
            gap = datetime.combine(candidate.end.date(), clock.start) - datetime.combine(
                candidate.end.date(), wall_end
            )
            if not (
                next_row
                and timedelta(0) < gap <= PROGRAMME_BREAK
                and not ALTERNATIVES_CUES.search(lines[index].text)
            ):
                continue
        end = datetime.combine(candidate.end.date(), clock.end, candidate.start.tzinfo)
        if end <= candidate.end or end - candidate.start > timedelta(hours=10):
            break
        candidate.end, last, row = end, offset, index
        candidate.programme = True


# A row of the reader's programme for the day opens with its clock, after a bullet or an
# hour word, and goes on with what happens then: "9:30 AM  Welcome and tour", "• 09.00–09.45
# Prøveforelesning", "- 9 h 30 : visite du site", "ore 10:00 visita", "klo 12.15 opetusnäyte",
# "14:00-14:30 HR面谈" (an HTML table's row turned to text)
_ROW_LEAD = re.compile(
    r"[ \t]{0,8}(?:[•·*▪◦●►–—-][ \t]{0,3})?"
    r"(?:(?:ore|kl|klo|um|at|à|às|a las|godz|saat)\.?[ \t]{1,3})?",
    re.IGNORECASE,
)
_ROW_WORD = re.compile(r"[^\W\d_]")
# a row that ends the interview's part inside itself: "14:30 gesprek met de teamleider (tot
# 15:15)", "10:00 Interview (until 10:45)", "11h entretien (jusqu'à 12h)"
_UNTIL_BEFORE = re.compile(
    r"(?:until|till|tot|bis|jusqu[’']à|hasta|fino alle|até|do|asti|kadar|to)\s?$", re.IGNORECASE
)
# a sentence after the rows that says when the day is over: "The day finishes at 15:00",
# "Prévoyez d'être disponible jusqu'à 14 h", "Przewidywane zakończenie około 13:00",
# "Päivä päättyy noin klo 14", "Vi räknar med att vara klara kl. 15.30", "終了予定は15時"
_DAY_END = re.compile(
    r"(?:finish|\bends?\b|\bending\b|\bdone by|wraps? up|over by|available until"
    r"|\bendet\b|\bende\b|schluss|fertig|\bfin\b|fin de la journée|se termine|termin[ea]"
    r"|disponible jusqu|acaba|finaliza|finisce|conclude|eindigt|afgelopen|klaar"
    r"|zakończ|kończy|koniec|encerra|término|slutar|klara|avslutas|päättyy|loppuu"
    r"|終了|終わ|结束|biter|sona er|končí|konec|afsluttes|slutter|ferdig)",
    re.IGNORECASE,
)
# what a programme's rows offer as a choice is no programme: "one of these slots"
_PROGRAMME_LOOK_BACK = 2
# the lines above a programme's first row that head it ("Here is your schedule:", "Ablauf
# Ihres Besuchs"), kept with its rows for telling whose day it is
_PROGRAMME_HEAD = 3


def _lead_end(line: str) -> int:
    """Where a row's clock would begin, past its bullet or hour word."""
    lead = _ROW_LEAD.match(line)
    return lead.end() if lead is not None else 0


def _programme_rows(text: str) -> list[list[tuple[int, _Clock, str]]]:
    """Return the runs of two or more timed rows in a text, each row as (line index, its
    first clock, its line): a day's programme set out one activity a line, in order."""
    blocks: list[list[tuple[int, _Clock, str]]] = []
    run: list[tuple[int, _Clock, str]] = []
    blank = 0
    lines = text[:MAX_TEXT].split("\n")
    for index, raw in enumerate(lines[:2000]):
        row = None
        lead = _lead_end(raw)
        if (
            len(raw) <= MAX_LINE
            and raw[lead : lead + 1].isdigit()
            and not _AFTERWARDS_ROW.match(raw)
        ):
            # each line on its own: reading the whole text joins a row that looks wrapped
            # ("... møterom 4.112" over "• 11.15–12.00 ...") to the row above
            line = normalise(raw)
            lead = _lead_end(line)
            clocks = _clocks(line) if line[lead : lead + 1].isdigit() else []
            if clocks and clocks[0].begin == lead and _ROW_WORD.search(line[clocks[0].finish :]):
                row = (index, clocks[0], line)
        line = raw
        if row is not None and (not run or row[1].start > run[-1][1].start):
            run.append(row)
            blank = 0
            continue
        if row is None and not line.strip() and run and blank == 0:
            blank = 1  # a programme written with a blank line between its rows
            continue
        if len(run) >= 2:
            blocks.append(run)
        run, blank = ([row] if row is not None else []), 0
    if len(run) >= 2:
        blocks.append(run)
    return [
        block
        for block in blocks
        if not any(
            ALTERNATIVES_CUES.search(lines[index])
            for index in range(max(0, block[0][0] - _PROGRAMME_LOOK_BACK), block[-1][0] + 1)
        )
    ]


def _row_end(clock: _Clock, line: str) -> time | None:
    """The end a programme's row states for itself: its range's, or an "until" clock."""
    if clock.end is not None:
        return clock.end if clock.end > clock.start else None
    for later in _clocks(line)[1:]:
        if later.start > clock.start and _UNTIL_BEFORE.search(line[: later.begin].rstrip(" (")):
            return later.start
    return None


def _day_end(lines: list[str], after: int, last_start: time) -> time | None:
    """The end of the day a sentence just below the programme states, if any."""
    seen = 0
    for line in lines[after + 1 : after + 8]:
        if not line.strip():
            continue
        seen += 1
        if seen > 3:
            break
        cue = _DAY_END.search(line)
        if cue is None:
            continue
        line = normalise(line)
        for clock in _clocks(line):
            if clock.begin >= cue.start() - 40 and clock.start > last_start:
                return clock.start
    return None


def _start_at_programme(top: _Candidate, segments: list[Segment]) -> None:
    """Move a reading that is a row of the reader's programme for the day to the
    programme's first row, and its end to the programme's stated end (the last row's own
    end, or "the day finishes at 15:00" below it), or to none. The team's candidate-day
    policy: the calendar blocks the day from when the candidate must be there, not from
    the interview's row ("9:30 welcome / 11:00 interview / 12:30 lunch" starts at 9:30).
    An arrival clock in a sentence around one interview time is no row and moves nothing."""
    if top.quoted:
        return
    wall = top.start.time().replace(tzinfo=None)
    for segment in segments:
        if segment.origin == "subject":
            continue
        text = _STRUCK.sub(" ", segment.text)
        for block in _programme_rows(text):
            if not any(clock.start == wall for _, clock, _ in block):
                continue
            lines = text[:MAX_TEXT].split("\n")
            first = block[0][1]
            last_index, last_clock, last_line = block[-1]
            end = _row_end(last_clock, last_line) or _day_end(lines, last_index, last_clock.start)
            zone = top.start.tzinfo
            day = top.start.date()
            if end is None and top.end is not None and wall == first.start:
                # the span a sentence gives the whole programme ("an onsite interview on
                # Thursday, 9:30 to 12:00" over its rows) stays; the first row's own end
                # does not end the day
                kept = top.end.timetz().replace(tzinfo=None)
                end = kept if kept != first.end and kept > last_clock.start else None
            if end is not None and end <= first.start:
                end = None
            top.start = datetime.combine(day, first.start, zone)
            top.end = datetime.combine(day, end, zone) if end is not None else None
            top.deadline = False  # a programme's first row is when to be there
            head = max(0, block[0][0] - _PROGRAMME_HEAD)
            top.day_rows = "\n".join(lines[head : last_index + 1])
            return


def add_durations(found: FoundTime, texts: list[str]) -> FoundTime:
    """Return the reading with an end taken from a stated duration, if it has none; the
    texts are the subject and the parts find_times read, the first length stated wins."""
    if found.end is not None:
        return found
    duration = next(filter(None, (_duration(normalise(text)) for text in texts)), None)
    if duration is None:
        return found
    return replace(found, end=found.start + duration)  # keeps every other fact, moved too


_NOT_A_LENGTH_AFTER = re.compile(
    # the unit's ending the duration pattern left ("15 Minute|n früher", "10 Min|. vorher")
    # comes first
    r"[^\W\d_]{0,3}\.?\s?(?:early|earlier|before|beforehand|prior|in advance|ahead|late|later"
    r"|früher|vorher"
    # the later of a move by a span in the other languages: "mercoledì iniziamo mezz'ora più
    # tardi", "eine halbe Stunde später", "une heure plus tard", "en halvtimme senare"
    r"|später|plus tard|más tarde|mais tarde|più tardi|senare|senere|później|kasnije|pozneje"
    r"|vorab|zu früh|avant|en avance|plus tôt|de antelación|antes|con anticipo|prima|in anticipo"
    r"|eerder|van tevoren|tevoren|tidigare|innan|i förväg|wcześniej|przed"
    # the same "early" in the languages whose words ARRIVE_EARLY_CUES reads: "dođite 10
    # minuta ranije", "15 dakika erken gelin", "pridite 10 minut prej", "15 minučių anksčiau"
    r"|ranije|раније|порано|erken|prej|anksčiau"
    # Indonesian and Malay: "join 15 menit sebelumnya" (an ATS's invitation), "Mohon hadir
    # 15 menit sebelumnya", "hadir 10 minit lebih awal"
    r"|sebelumnya|sebelum|lebih awal|lebih dahulu|lebih cepat"
    # Swahili and Hausa "early" after the minutes read count first ("fika dakika 15 mapema",
    # "ka zo minti 15 da wuri")
    r"|mapema|kabla|da wuri)\b"
    # and where the word ends in a vowel sign no word boundary follows: "15 मिनट पहले
    # पहुँचें", "15 মিনিট আগে আসুন", "15 நிமிடங்கள் முன்னதாக வரவும்"
    r"|\S{0,6}\s(?:पहले|আগে|முன்னதாக|முன்பே)"
    # "na godzinę 14:00" is "at the hour 14:00": a clock right after names the hour
    r"|\s?\d{1,2}[:.]\d{2}\b"
    # Japanese, Chinese and Korean "before" after the length: "開始15分前にお越しください",
    # "15分钟前到达", "15분 전에 도착해 주세요" (not "1時間前後", about an hour)
    r"|[^\W\d_]{0,2}\s?(?:前(?![後后])|전(?![가-힣])|전에)",
    re.IGNORECASE,
)


# Chinese "in advance" written before the length: "请提前15分钟到达", "請提早15分鐘到達"
_IN_ADVANCE_BEFORE = re.compile(r"(?:提前|提早)(?:约|約|大约|大約)?\s*$")


def _turkish_hours(length: str) -> bool:
    """Tell a Turkish length in hours ("bir saat", "yarım saat", "1,5 saat"): the Czech and
    Slovak "ve 2 hodiny" (at 2) read before a length is Turkish "ve" (and) before it
    ("başlayacak ve bir buçuk saat sürecek")."""
    return length.lower().endswith(("saat", "saatlik"))


def _duration(text: str) -> timedelta | None:
    labelled = _labelled_hhmm(text)
    text = _counts_in_digits(text)
    ukrainian = bool(_UKRAINIAN_LETTER.search(text))
    for match in durations(text[:MAX_TEXT]):
        worded = match.groupdict()
        if labelled is not None and labelled[0] < match.start():
            break  # "Duration: 1h30 (including a 20-minute case study)": the label's length
        before = text[max(0, match.start() - 30) : match.start()].lower()
        # a Scandinavian genitive makes the length an adjective: "en 45 minuters intervju",
        # "en 1 times samtale" (Swedish "en" is "a", not the Spanish "en 15 minutos")
        adjective = match.group("unit") is not None and re.match(
            r"(?:minut+ers|tim(?:mar|e)s)\b", text[match.start("unit") :], re.IGNORECASE
        )
        if (
            not adjective
            and not _turkish_hours(match[0])
            and re.search(
                r"\b(?:in|within|before|ago|vor|dans|en|tra|binnen|om|by|um|ob|back|forward"
                # "at": "в 3 часа дня", "о 3 годині" name the hour, as "at 3 o'clock" does
                r"|at|в|во|о|об"
                # ... as Czech and Slovak "ve 2 hodiny", "o 10 hodine" do; "za 15 minut" (in 15
                # minutes), "до 3 годин" (until 3) are when, not how long
                r"|v|ve|o|za|до"
                r"|(?:push|mov|shift|delay|postpon)\w*)\s*$",
                before,
            )
        ):
            continue  # "in 15 minutes", "pushed back an hour": not how long it lasts
        if "\n" in match[0]:
            # a row's last number over the next row's label: "Date: Thursday, March 4" over
            # "Time: 1pm" ("4 Time" is no Danish four hours), "… 4" over "Ore: 10:00"
            continue
        if _IN_ADVANCE_BEFORE.search(before):
            continue  # "请提前15分钟到达", "請提早15分鐘到達": arrive that much early
        if _NOT_A_LENGTH_AFTER.match(text, match.end()):
            continue  # "arrive 10 minutes early", "15 Minuten vorher": not how long either
        if match.group("short_minutes"):
            minutes = int(match.group("short_minutes")[:2])
            if 10 <= minutes <= 90:
                return timedelta(minutes=minutes)
            continue
        if worded.get("three_quarters"):
            return timedelta(minutes=45)
        if worded.get("quarter"):
            return timedelta(minutes=15)
        if worded.get("half"):
            return timedelta(minutes=30)
        if worded.get("hour_half"):
            return timedelta(minutes=90)
        if worded.get("hour"):
            return timedelta(minutes=60 + _minutes_after_hours(text, match.end()))
        number = float(match.group("num").replace(",", "."))  # "1.5 hours", "1,5 Stunden"
        unit = _folded(match.group("unit"))
        if unit.lower() == "times" and number != 1:
            # the Danish and Norwegian hour's genitive is singular ("en 1 times samtale",
            # plural "2 timer"): "three times", "I called 2 times" count how often
            continue
        if text[match.start("unit") : match.end("unit")] in ("Sat", "SAT"):
            continue  # "Fri 12 / Sat 13": Saturday, not the Serbian hour
        if unit.startswith("год") and not unit.startswith("годин") and not ukrainian:
            continue  # Russian "1 год" is a year
        hours = unit.startswith(_HOUR_UNITS)
        minutes = round(number * 60 if hours else number)
        if hours:
            minutes += _minutes_after_hours(text, match.end())
        if 10 <= minutes <= 4 * 60:
            return timedelta(minutes=minutes)
    if labelled is not None:
        return labelled[1]
    return _iso_length(text) or _clock_length(text)


# ISO 8601's duration as booking tools and exports print it in text, in either case:
# "Duration: PT45M", "Dauer: pt1h30m", "(P0DT1H0M0S)"
_ISO_LENGTH = re.compile(
    r"(?<![\w])P(?:0D)?T(?=\d)(?:(?P<h>\d{1,2})H)?(?:(?P<m>\d{1,3})M)?(?:\d{1,2}S)?(?![\w])",
    re.IGNORECASE,
)


def _iso_length(text: str) -> timedelta | None:
    """A length written as an ISO 8601 duration ("pt45m"), a meeting's length at most."""
    for iso in _ISO_LENGTH.finditer(text[:MAX_TEXT]):
        length = timedelta(hours=int(iso.group("h") or 0), minutes=int(iso.group("m") or 0))
        if timedelta(minutes=10) <= length <= timedelta(hours=4):
            return length
    return None


# the words before a length that say it is one: a duration label, a verb of setting time
# aside ("prévoir 1h", "comptez 1h30", "calcula 1h", "calcolate 1h") or English verbs of
# length ("the assessment lasts 1h30", "takes 1h", "allow 1h30")
_LENGTH_LABEL_BEFORE = re.compile(
    r"(?:dur(?!ing)|länge|durée|duración|durata|duur|dauer|length|varighet|längd|kesto"
    r"|trwania|trvání|időtartam|süre|prévo|compt|calcul|calcol"
    r"|\blast|\btak(?=es\b|e\b)|\ballow)\w*\W{0,4}$",
    re.IGNORECASE,
)
# a length written as a clock after a duration label: "Duration: 00:45", "Dauer: 0:45 h",
# "Length: 1:30" (booking tools print the slot's length so)
_CLOCK_LENGTH = re.compile(  # (the look-ahead first: see _ZONE_MARK_HINT)
    r"(?=\d)(?<![\d:.])(?P<h>0?[0-3]):(?P<m>[0-5]\d)(?![\d:])(?:\s?h\b)?"
)


def _labelled_hhmm(text: str) -> tuple[int, timedelta] | None:
    """Where a length written "1h30" after a duration label stands, and how long it is."""
    for hhmm in _HHMM_DURATION.finditer(text[:MAX_TEXT]):
        # "Duration: 1h 30m", "(durée : 1h)": only after a duration label, never "à 10h";
        # an aside after the meeting ("Réunion d'informations ... à 20h30 (environ 1h)",
        # "Interview: Thursday at 14:00 CET (1 h)"), a few hours at most
        if int(hhmm.group("h")) <= 3 and re.search(
            r"\((?:environ|ca\.|approx\.?|about)?\s?$",
            text[max(0, hhmm.start() - 10) : hhmm.start()],
            re.I,
        ):
            return hhmm.start(), timedelta(
                hours=int(hhmm.group("h")), minutes=int(hhmm.group("m") or 0)
            )
        if _LENGTH_LABEL_BEFORE.search(text, max(0, hhmm.start() - 30), hhmm.start()):
            return hhmm.start(), timedelta(
                hours=int(hhmm.group("h")), minutes=int(hhmm.group("m") or 0)
            )
    return None


def _clock_length(text: str) -> timedelta | None:
    """A length written as a clock after a duration label ("Duration: 00:45"), read last: a
    recording's "Duration: 00:41" is minutes and seconds, so only a meeting's round length
    (a multiple of five minutes) counts, and only where no other length is written."""
    for clock in _CLOCK_LENGTH.finditer(text[:MAX_TEXT]):
        length = timedelta(hours=int(clock.group("h")), minutes=int(clock.group("m")))
        if (
            timedelta(minutes=10) <= length <= timedelta(hours=4)
            and int(clock.group("m")) % 5 == 0
            and _LENGTH_LABEL_BEFORE.search(text, max(0, clock.start() - 30), clock.start())
        ):
            return length
    return None


# what may join the hours and the minutes of one length: "1 hr 30 min", "1 hour and 15
# minutes", "1 Stunde 30 Minuten", "una hora y 15 minutos", "1 heure et 30 minutes"
_HOURS_MINUTES_JOIN = re.compile(r"\s?(?:,|and|und|et|y|e|en|och|og|i|a|és|и)?\s?(?=\d)", re.I)


# a half after a length in hours written with a digit: "1 hora e meia", "1 hour and a half",
# "2 heures et demie", "1 ora e mezza", "1 hora y media"
_HALF_AFTER_HOURS = re.compile(
    r"\s(?:and a half|e meia|et demie|e mezz[ao]|y media|en een half|och en halv)\b",
    re.IGNORECASE,
)
# ... and a quarter: "an hour and a quarter", "una hora y cuarto", "un'ora e un quarto",
# "une heure et quart", "uma hora e um quarto", "een uur en een kwartier"
_QUARTER_AFTER_HOURS = re.compile(
    r"\s(?:and a quarter|y cuarto|e un quarto|et quart|e um quarto|en een kwartier)\b",
    re.IGNORECASE,
)


def _minutes_after_hours(text: str, at: int) -> int:
    """Return the minutes a length in hours goes on with ("1 hr 30 min"), or 0; a half
    written after the hours' unit, as Japanese and Chinese do ("1時間半", "2小时半"), or in
    words ("1 hora e meia"), is 30."""
    if text.startswith("半", at) or _HALF_AFTER_HOURS.match(text, at):
        return 30
    if _QUARTER_AFTER_HOURS.match(text, at):
        return 15
    join = _HOURS_MINUTES_JOIN.match(text, at)
    if join is None:
        return 0
    more = _DURATION.match(text, join.end())
    if more is None or more.group("num") is None or "." in more.group("num"):
        return 0
    if _folded(more.group("unit")).startswith(_HOUR_UNITS):
        return 0
    minutes = int(more.group("num"))
    return minutes if minutes < 60 else 0
