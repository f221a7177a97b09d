"""The records a found time is read into, and the patterns several of its readers share.

`FoundTime`, `Segment` and `Context` are what the rest of the parser hands to and takes back
from `when`; `_Clock`, `_Date`, `_Line` and `_Candidate` are the reader's own records. The
patterns here (`_patterns`, the day-part words, the noon and struck-through shapes) are used by
more than one of the `when_*` modules, so they live below all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from functools import cache, lru_cache

from service.parsing.lexicon import (
    END_LABELS,
    END_QUALIFIERS,
    NEXT_WORDS,
    RELATIVE_DAYS,
    ROUGHLY_WORDS,
    TOMORROW_BEFORE_CLOCK,
    TWO_LETTER_MAY,
    WHEN_LABELS,
    ZONE_LABELS,
    CaseBlindCues,
    alternation,
    cldr_date_affixes,
    cldr_day_periods,
    fold,
    full_weekday_names,
    month_names,
    next_weekday_phrases,
    phrase_trie,
    weekday_names,
)
from service.parsing.zone_words import Zone

MAX_TEXT = 60_000
MAX_LINE = 400
MAX_CANDIDATES = 200
US_ZONES = frozenset(
    {"America/Los_Angeles", "America/New_York", "America/Chicago", "America/Denver"}
)


@lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """fold() a word looked up as a month, weekday or unit name: the weekday pattern hands
    over every word of a mail, and a mail repeats its words."""
    return fold(word)


def _is_month_word(word: str) -> bool:
    return _folded(word) in month_names()


def _is_weekday_word(word: str) -> bool:
    return _folded(word) in weekday_names()


def _is_full_weekday_word(word: str) -> bool:
    """Tell a weekday written in full ("Tuesday", "dienstag") from its short forms, which
    are also ordinary words in some language ("Di", "mar", "so")."""
    return _folded(word) in full_weekday_names()


@dataclass(frozen=True)
class FoundTime:
    """A start (and maybe end) read from prose, with how sure the reading is."""

    start: datetime
    end: datetime | None
    timezone: str | None
    zone_stated: bool
    score: float
    quoted: bool = False
    past: bool = False
    order_assumed: bool = False
    relative: bool = False
    warnings: tuple[str, ...] = ()
    deadline: bool = False
    # the line the date was read from and where in it: the sentence around a time tells
    # who commits to it ("is scheduled for") and who only floats it ("maybe Tuesday at 3?")
    line: str = ""
    at: int = 0
    # the mail moves a slot and this is its new time ("from 2pm to 4:30pm", "Was:/Now:")
    moved: bool = False
    # the weekday written beside the date is not the date's ("Tuesday, December 9" in 2026)
    weekday_conflict: bool = False
    # a weekday a move sends the slot to, counted from the slot it moves, could name either
    # of two days ("Thursday 10 December moves to Tuesday": the 8th or the 15th)
    day_unsure: bool = False
    # the same moment written in two zones names two instants ("10:00 ET (16:00 London)")
    zones_disagree: bool = False
    # the end is the last session's of a programme listed session by session ("9:30-10:15
    # coding / 10:30-11:15 design / ..."): a long span, but each of its parts is stated
    programme: bool = False
    # the rows of the day's programme the reading was moved to the first of, with the lines
    # just above them (its heading): whose day it is is read there (parser._own_day)
    day_rows: str = ""


@dataclass(frozen=True)
class Segment:
    """One text to read: the subject, a plain part or an HTML part turned to text."""

    text: str
    origin: str


@dataclass(frozen=True)
class Context:
    """What the reader knows about the mail besides its text."""

    reference: datetime
    dated: bool
    default_zone: tzinfo
    default_zone_name: str | None
    language: str = "en"
    sender_tld: str | None = None
    is_reply: bool = False
    # the subject read is a reply's ("Re: …"), also inside an inline forward
    reply_subject: bool = False
    is_forward: bool = False
    # how many header blocks pass the message on before its own text (two when a forward
    # was forwarded again); blocks below them introduce quoted earlier mail
    forward_blocks: int = 0
    # an inline forward passes on mail its forwarder wrote: the user's own reply to an
    # employer, which is read as that reply, not as the employer's mail passed on
    own_mail: bool = False


# --- vocabulary as patterns -------------------------------------------------------------


# the ordinal endings Latin-script languages glue onto a day of the month: English "1st",
# French "1er"/"1re"/"2e"/"2ème", Spanish and Portuguese "1º"/"1ª"/"1ro"/"2do"/"4to"/"8vo"/
# "9no"/"7mo", Italian "1°", Catalan "1r"/"2n"/"4t"/"5è", Dutch "1e"/"1ste"/"2de", Swedish
# "1:a"/"2:a"/"17:e" (the longest first: an ending is glued, never spaced)
LATIN_DAY_ORDINAL = r"st|nd|rd|th|ère|ème|ste|er|re|de|ro|do|to|vo|no|mo|:a|:e|e|o|è|r|n|t|ª|º|°"
# the ordinal ending Slavic languages hyphenate onto a day of the month
SLAVIC_DAY_ENDING = r"-(?:go|ego|ого|го|ое|е|ви|ри|ми|ти|и)"


def _apposed_weekday(name: str) -> str:
    """A weekday set after a day of the month in brackets or as an aside, "(Friday)", ",
    also Freitag,", " (dinsdag)", "the 16th, the Tuesday,", "am 16., einem Dienstag,", "el
    día 16, martes,", "o dia 16, uma terça,": the group `name` holds the word, checked
    afterwards. The day of the month says which week; the weekday only agrees."""
    return (
        r"(?:(?P<apposition>\s?\((?:an?\s)?|,\s(?:(?:also|i\.\s?e\.|d\.\s?h\.|dus|so|that's"
        r"|alltså|the|an?|einem|een|uma|una|un|we?)\s)?)"
        rf"(?P<{name}>[^\W\d_]{{2,12}})(?:\)|,(?=\s))?)?"
    )


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    # Names are matched as any word and looked up afterwards: one dictionary lookup is far
    # cheaper than a regex alternation of a thousand month and weekday names.
    # Combining marks count as letters: Thai, Hindi and Hebrew vowels are marks ("มีนาคม").
    marks = (
        "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0903\u093a-\u094f"
        "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
        # Bengali, Tamil and Khmer vowel signs ("নভেম্বর", "நவம்பர்", "វិច្ឆិកា")
        "\u0981-\u0983\u09bc-\u09d7\u0b82\u0bbe-\u0bcd\u0bd7\u17b4-\u17d3\u17dd"
        # Gurmukhi, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Lao and Myanmar signs
        # ("ਨਵੰਬਰ", "નવેમ્બર", "నవంబర్", "ನವೆಂಬರ್", "നവംബർ", "නොවැම්බර්", "ພະຈິກ", "နိုဝင်ဘာ")
        "\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a81-\u0a83\u0abc-\u0acd"
        "\u0c00-\u0c04\u0c3e-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57"
        "\u0d81-\u0d83\u0dca-\u0df3\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e"
        "\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d"
        # Odia signs ("ନଭେମ୍ବର")
        "\u0b01-\u0b03\u0b3c-\u0b57\u0b62\u0b63"
        "\u200d"
    )
    # (a Devanagari or Arabic month may have two letters, "मई", "آب", or two words,
    # "تشرين الثاني")
    word = (
        r"(?:(?:كانون|تشرين) (?:الأول|الاول|الثاني)|(?:آب|دی)(?![\u0600-\u06ff])"
        # ... and Central Kurdish's, with the ezafe a date puts after it ("تشرینی دووەمی")
        r"|(?:تشرینی|کانوونی|کانونی) (?:یەکەم|دووەم)ی?"
        # ... and Scottish Gaelic's, with the article CLDR's full names carry ("9 am Màrt",
        # "15 an t-Samhain"): "am" there is no a.m. (a name the tables lack reads as no month)
        rf"|a[mn] (?:[^\W\d_]-)?[^\W\d_](?:[^\W\d_]|[{marks}]){{2,14}}(?=[\s,.]|$)"
        r"|[\u0900-\u097f]{2}(?![\u0900-\u096f\u0971-\u097f])"
        # ... and May in other Indic scripts ("১৪ মে", "మే 14"), a letter and its vowel sign
        rf"|(?:{'|'.join(TWO_LETTER_MAY)})(?![^\W\d_]|[{marks}])"
        # Chinese months of two signs, a numeral and "月" ("26-八月-26", SOGo's '%d-%b-%y')
        r"|[一二三四五六七八九十]月(?![^\W\d_])"
        # Vietnamese months are "month" and a numeral, in words or digits: "Tháng mười hai 16,
        # 2026", "ngày 16 tháng mười hai", "ngày 1 tháng 9 năm 2027" (the longest first)
        r"|tháng (?:mười (?:một|hai)|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín|1[0-2]|[1-9])"
        r"(?![^\W\d_]|\d)"
        rf"|[^\W\d_](?:[^\W\d_]|[{marks}]){{2,14}})"
    )
    # (Central Kurdish glues its ezafe to the day: "١٩ی تشرینی دووەم")
    # (and the suffixes CLDR's date patterns glue to the day: "15ê", "15mh")
    day_suffixes, month_leads = cldr_date_affixes()
    # (Malay letters mark the day "haribulan", day of the month: "14hb Mei 2026", "1hb hingga
    # 15hb Januari")
    # (Slavic languages hyphenate the ordinal's ending onto the day: Polish "16-go czerwca",
    # Russian and Ukrainian "16-го июня", "16-е", Bulgarian "16-и юни", "1-ви", "3-ти")
    ordinal = (
        rf"(?:{LATIN_DAY_ORDINAL}|\.|hb\.?|ی(?=\s)|{SLAVIC_DAY_ENDING}"
        rf"|{alternation(day_suffixes)})?"
    )
    unspaced = [word for word in RELATIVE_DAYS if _CJK.search(word) or _HANGUL.search(word)]
    next_phrases = phrase_trie(sorted(next_weekday_phrases()))
    spaced = [word for word in RELATIVE_DAYS if word not in unspaced]
    year = r"(?P<year>20\d\d)"
    # "8 Dec 26", "8-Dec-26": a day and month word with a two-digit year, as spreadsheets
    # ("d-mmm-yy") and databases (Oracle's "DD-MON-RR") print it; not an hour or a count
    short_year = (
        r"(?P<short_year>[1-4]\d)(?![\d:.]|\s?(?:[ap]\.?m\b|h\b|hs\b|hrs?\b|uhr\b|uur\b"
        r"|min|o'clock))"
    )
    wd_prefix = (
        r"(?:(?P<weekday>(?:(?:[Tt]hứ|יום)\s)?[^\W\d_]{2,15}(?:-[^\W\d_]{2,8})?)\.?,?\s{1,3}"
        r"(?:(?:the|le|el|den|il|op|am|de|ngày)\s)?)?"
    )
    wd_prefix_bracket = (
        r"(?:(?P<weekday>(?:(?:[Tt]hứ|יום)\s)?[^\W\d_]{2,15}(?:-[^\W\d_]{2,8})?)\.?,?\s{1,3}"
        r"(?:(?:the|le|el|den|il|op|am|de|ngày)\s|\((?=\d{1,2}[/.\-]\d{1,2}\)))?)?"
    )
    return {
        "day_month": re.compile(
            rf"(?<![A-Za-z0-9_/.-])(?<!\d:){wd_prefix}(?P<day>[0-3]?\d){ordinal}"
            # Maltese joins them with "ta'" ("19 ta' Novembru", CLDR's "d 'ta'’ MMMM")
            rf"(?:\s?(?:de|of|di|del|ta['’]|{alternation(month_leads)})\s(?:[^\W\d_]-)?|[\s.\-/]{{1,3}}"
            # a comma only before a month and its year, CLDR's Telugu "d, MMMM y":
            # "11, ఫిబ్రవరి 2027" (a count's comma, "Room 11, March", has no year after it)
            rf"|,\s(?=(?:{word})\.?,?\s{{1,3}}20\d\d(?!\d))"
            # ... and "de"/"di" elided before a month's vowel, CLDR's Catalan "d’agost"
            rf"|\sd['’](?=[aeiouà-ú]))(?P<month>{word})\.?(?!\w)"
            # (a two-digit year is looked at, not taken: if the word was no month, the number
            # may start the next date, "2 часа, 12 ноября")
            # (Vietnamese puts "năm", year, before it: "ngày 1 tháng 9 năm 2027")
            rf"(?:(?:\s?de\s|,?\snăm\s|[\s,.\-/]{{1,3}}){year}(?!\d)"
            rf"|(?=[\s,.\-/]{{1,3}}{short_year}(?!\d)))?",
            re.IGNORECASE,
        ),
        "month_day": re.compile(
            rf"(?<![A-Za-z0-9_/.-])(?<!\d:){wd_prefix}(?P<month>{word})\.?\s{{1,3}}(?P<day>[0-3]?\d){ordinal}"
            # "December 10:" heads a programme; "December 10:30" is no day, nor "8 Dec 10am",
            # nor the clock after French "dès" (Danish and Norwegian "des.", December, when
            # folded): "dès 10h20"
            r"(?!\d|:\d|h\d\d|[ap]\.?m\b|\s[ap]\.m\.|\s(?-i:[AP]M)\b|\s?(?:uhr|uur|h|hs|hrs?|o'clock)\b)"
            rf"(?:,?\s{{1,3}}{year}(?!\d))?",
            re.IGNORECASE,
        ),
        "year_month_day": re.compile(
            # "2026. június 23.", Basque's "2026ko ekainaren 23a" (CLDR: "2026(e)ko ekainaren
            # 23(a)"), Lithuanian "2026 m. birželio 18"
            rf"(?<![A-Za-z0-9_/.-]){year}(?:\.|(?:e|\(e\))?ko|\sm\.)?\s(?P<month>{word})\.?\s(?P<day>[0-3]?\d)"
            r"\.?(?![\d:])",
            re.IGNORECASE,
        ),
        "cjk": re.compile(
            r"(?:(?P<year>20\d\d)\s?[年년/]\s?)?(?P<month>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)"
            # spoken Chinese marks the day "号"/"號" ("12月3号"), not a building or room's
            r"\s?(?:[日일]|[号號](?![楼樓室館馆线線]))"
        ),
        # a date card's day line, then the month and year a Western CLDR pattern ("d",
        # "MMMM y") prints in Japanese or Korean: "29 7月 2026", "29 7월 2026"
        "cjk_card": re.compile(
            r"(?<![\d/.:])(?P<day>[0-3]?\d)\s(?P<month>[01]?\d)\s?[月월]\s(?P<year>20\d\d)(?![\d年년])"
        ),
        "numeric": re.compile(
            # the weekday also checks a date in brackets after it: "this Thursday (12/3)",
            # "quinta (25/02)", "Monday (1/25)"
            rf"(?<![A-Za-z0-9_./-])(?<!\d:){wd_prefix_bracket}(?P<a>\d{{1,4}})(?P<sep>[/\-]|\.\s?)(?P<b>\d{{1,2}})"
            r"(?:(?P=sep)(?P<c>\d{4}|\d{1,2}))?(?P<dot>\.)?(?![\d]|[.:/-]\d)",
            re.IGNORECASE,
        ),
        # Chinese, Japanese and Korean write "明日10時", "面接は明天": no space marks the word
        "relative": re.compile(
            # (not the part of the day that ends a Vietnamese clock: "9 giờ sáng mai" is
            # read as the clock's "sáng" and "mai", below)
            r"(?<!\w)(?!(?:(?<=giờ\s)|(?<=\dh\s)|(?<=\d\s))(?:sáng|trưa|chiều|tối)\s)"
            r"(?P<relative>"
            + alternation(spaced)
            + r")(?!\w)|(?P<relative_cjk>"
            + alternation(unspaced)
            + ")"
            # Hindi and Urdu "kal" is tomorrow or yesterday: a word for it only with a clock
            # after it ("kal dopahar 2 baje", "کل شام 5 بجے", "कल सुबह 10 बजे")
            + r"|(?<!\w)(?P<relative_either>kal|कल|کل)(?=\s(?:"
            + _EITHER_DAY_PARTS
            + r")\s?\d|\s\d{1,2}(?:[:.][0-5]\d)?\s?(?:baje|बजे|بجے))"
            # Estonian "homme", Basque "bihar" (tomorrow; French "man", the Indian state)
            # only in lower case right before a clock: "homme kell 11", "bihar 10:00etan"
            + r"|(?<!\w)(?P<relative_clash>(?-i:"
            + "|".join(TOMORROW_BEFORE_CLOCK)
            + r"))(?=\s(?:[^\W\d_]{2,14}\s)?\d{1,2}(?:[:.][0-5]\d)?(?!\d))"
            # Vietnamese "mai" (tomorrow) after the part of the day that ends a clock: "9 giờ
            # sáng mai", "2h chiều mai" (the clock takes "sáng", leaving "mai" alone)
            + r"|(?:(?<=sáng\s)|(?<=trưa\s)|(?<=chiều\s)|(?<=tối\s))(?P<relative_after_half>mai)"
            + r"(?!\w)",
            re.IGNORECASE,
        ),
        "weekday": re.compile(
            r"(?<!\w)(?:(?P<later_before>(?:a|one) week (?:on|from))\s"
            r"|(?P<fortnight_before>(?:two weeks|a fortnight) (?:on|from))\s)?"
            # a preposition before the word for "next": "w przyszły wtorek", "am nächsten
            # Dienstag" (read whole, or "w przyszły" is taken for a day's name)
            rf"(?:(?:w|we|am|on|el|na|op|på|ve|v)\s(?=(?:{NEXT_WORDS})\s))?"
            rf"(?:(?P<next>{NEXT_WORDS})\s)?"
            # Hebrew and Vietnamese name a day in two words: "(ב)יום שני", "thứ hai"
            r"(?:ב(?=יום\s))?(?P<weekday>(?:יום|[Tt]hứ)\s[^\W\d_]{2,6}"
            # CLDR's "next Tuesday" as one phrase: "sêşema were", "Talaadada xigta"
            rf"|{next_phrases}"
            rf"|[^\W\d_](?:[^\W\d_]|[{marks}]){{3,14}})(?![\w{marks}])"
            r"(?:,?\s(?P<after>depan|prochain|próximo|prossimo|que vem|nästa|viitoare|viitor"
            r"|הבא|הקרוב|القادم|المقبل|tuần (?:sau|tới)|minggu (?:hadapan|depan))"
            # "Thursday week", "jeudi en huit", "Donnerstag in einer Woche": a week after the
            # coming one
            r"|\s(?P<later>week|en huit|in einer woche|in acht tagen|over een week)(?!\s?\d))?"
            # "Tuesday the 13th", "martes día 13", "Dienstag, den 13.", "dinsdag de 13e",
            # "tisdag den 13:e", but not "Dienstag 10 Uhr" or "csütörtökön 13 órakor"
            + r"(?:,?\s(?:(?:the|día|dia|den|de|le|il)\s)?(?P<day>[0-3]?\d)(?:st|nd|rd|th|:e|e|º)?"
            r"(?![\d:\w])(?!\.\d)(?!-kor\b)(?!\s?(?:uhr|h\b|hrs?\b|órakor|órá(?:ra|tól)\b|óra\b|[ap]\.?m\b|godz|saat\b|ч\b"
            r"|klo\b|min|hour|stund|uur|heure|hora|ora\b|tim|(?:-|–|to|till|until|bis|tot)\s?\d))"
            # nor "Khamis, 10 pagi", "Thursday, 10 in the morning", "jueves, 10 de la mañana":
            # a part of the day after the number makes it the hour
            r"(?!\s(?:" + _AFTER_HOUR_DAY_PARTS + r")(?!\w)))?",
            re.IGNORECASE,
        ),
        # "on the 15th", "Thu 10th @ 2pm": an English ordinal day of the coming weeks
        "ordinal_day": re.compile(
            r"(?<!\w)(?:(?P<weekday>[^\W\d_]{2,9})\.?,?\s)?(?:the\s)?(?P<day>[0-3]?\d)"
            # "2nd stage", "1st round", "3rd interview", "4th floor" count rounds and floors
            r"(?:st|nd|rd|th)(?!\w)(?!\s(?:stages?|rounds?|interviews?|floor|level|step|phase"
            r"|attempt|choice|option|place|session|shift)\b)" + _apposed_weekday("weekday_after"),
            # its weekday in brackets after it: "the 12th (Friday) at 2pm"
            re.IGNORECASE,
        ),
        # "am 23. um 13 Uhr", "le 23 à 14h", "el 23 a las 10", "il 23 alle 9", "op de 23e
        # om 10 uur": a day of the month after its article, only right before "at" and a time
        # (a Slavic day ending needs no article: "16-go, we wtorek, o godz. 11:00")
        "article_day": re.compile(
            r"(?<!\w)(?:(?:am|le|el|il|den|op de|no dia|dia|día|il giorno)\s"
            rf"|(?=[0-3]?\d{SLAVIC_DAY_ENDING}\b))"
            rf"(?P<day>[0-3]?\d)(?:\.|{LATIN_DAY_ORDINAL}|{SLAVIC_DAY_ENDING})?"
            # "am 12., also Freitag, um 14 Uhr", "op de 20e (dinsdag) om 13.00 uur"
            + _apposed_weekday("weekday_apposed")
            + r"(?=,?\s(?:um|à|a las?|alle|om|às|ás|kl\.?|klo|at|o(?:\sgodz(?:\.|inie))?)\s?\d)",
            re.IGNORECASE,
        ),
        # a day of the month with its own mark and no month: "12日（木）", "12号", "12일",
        # "tgl 12", "tanggal 12", "ngày 12", "วันพฤหัสที่ 12", "12'si", "12'sinde"
        "marked_day": re.compile(
            r"(?<![\d月월/.:])(?P<day>[0-3]?\d)\s?(?:日|号|號|일)(?![間间간楼樓号室館线線\d])"
            r"|(?<!\w)(?:tgl\.?|tanggal|ngày|วัน[^\s\d]{0,12}ที่)\s?(?P<day_after>[0-3]?\d)"
            r"(?![\d:.]|\s?(?:/|tháng))"
            r"|(?<![\d.:])(?P<day_tr>[0-3]?\d)['’](?:si|sı|sinde|sında)\b",
            re.IGNORECASE,
        ),
        # a weekday, short or long, and a day of the month after it with no month: "Do, 12.
        # um 14 Uhr", "Thu 12, 2pm", "Fri 13 at 10"; counted only where the word is a weekday
        "weekday_day": re.compile(
            r"(?<!\w)(?P<weekday>[^\W\d_]{2,12})\.?,?\s{1,2}(?P<day>[0-3]?\d)"
            r"(?:\.(?!\d)|,|(?=\s(?:um|at|@|à|alle|om|kl\.?|klo|o|ve|u)\s?\d)"
            # the first of two days whose month is written once, after the second: "del
            # lunes 14 al miércoles 16 de diciembre", "du lundi 14 au mercredi 16 décembre";
            # the same shape admits Spanish "el viernes 20 a las 10" (a word, then the hour)
            r"|(?=\s(?:to|till|until|al|au|à|a|bis|naar|tot|para)\s(?:(?:el|le|o)\s)?"
            r"[^\W\d_]{2,12}\.?,?\s{1,2}[0-3]?\d\b))",
        ),
        "weekday_short": re.compile(
            # the word for "at" of the Romance languages and Dutch comes between: "el jue a
            # las 4 d la tarde", "qua às 10h", "gio alle 15", "vr om 14u"
            r"(?<!\w)(?P<weekday>[^\W\d_]{3,4})\.?(?=,?\s{1,3}(?:@\s?|at\s|um\s|à\s"
            r"|(?:às|as|a las|alle|om)\s"
            # the day agreed, then its hour: "wed works - 9am your time", "thurs works. 3pm"
            r"|works(?: for me)?[.,;:]?\s[-–]?\s?)?"
            r"\d{1,2}(?:[:.h]\d\d)?\s?(?:[ap]\.?m\b|uhr|h\b|hrs?\b|[:.]\d|o'clock"
            r"|de? la (?:tarde|noche|mañana)\b"
            # "Thu at 11 PST?", "Fri at 3?": an hour with its zone, or ending the question
            r"|(?-i:[A-Z]{1,4}T)\b)|,?\s{1,3}at\s\d{1,2}\s?[?!,;]|,?\s{1,3}at\s\d{1,2}\.?$"
            # "fri at noon", "wed midday": the English words for twelve are a time too
            r"|,?\s{1,3}(?:at\s|@\s?)?(?:12\s)?(?:noon|midday)\b)",
            re.IGNORECASE,
        ),
        # an English short weekday right after the hour: "we're set for 12pm fri", "3:30pm
        # thu works" (typed on a phone; a date after it, "3pm Fri 11 Dec", is read whole)
        "weekday_after": re.compile(
            r"(?:(?<=\d[ap]m\s)|(?<=\d\s[ap]m\s)|(?<=\d[:.]\d\d\s))"
            r"(?P<weekday>mon|tue|tues|wed|weds|thu|thur|thurs|fri|(?:sat|sun)(?=[.,;!?)]|$))"
            r"\b\.?(?!\s?\d)",
            re.IGNORECASE,
        ),
        # German and Dutch two-letter days ("nächsten Di um 10 Uhr", "do 14:00"): only
        # capitalised and right before a time, since "di", "do", "so" are words elsewhere
        "weekday_two": re.compile(
            r"(?<!\w)(?P<weekday>Mo|Di|Mi|Do|Fr|Sa|So|Ma|Wo|Vr|Za|Zo)\.?(?=,?\s{1,3}(?:um\s|om\s)?"
            r"\d{1,2}(?:[:.]\d\d)?\s?(?:(?i:uhr)|u\b|h\b|[:.]\d))"
        ),
        "weekday_cjk": re.compile(
            r"(?P<next>来週|今週|次の)?(?P<weekday>[月火水木金土日])曜日?"
            # Chinese: 下周四, 星期四, 週四; Korean: 다음 주 목요일
            # not "每周二", "매주 화요일": every Tuesday
            r"|(?<!每)(?P<next_zh>[下本这這])?(?:星期|周|週|礼拜|禮拜)"
            r"(?P<weekday_zh>[一二三四五六日天])"
            r"|(?<!매주)(?<!매주\s)(?P<next_ko>다음\s?주|이번\s?주)?\s?(?P<weekday_ko>[월화수목금토일])요일"
            # Thai writes the day unspaced: "วันอังคารหน้า" (next Tuesday)
            r"|วัน(?P<weekday_th>จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
            r"(?P<next_th>หน้า|นี้)?"
        ),
        # a label may be padded to a column before its colon ("to          : 09/02/2027
        # 15:00" in OBM's notices, "Waktu        : pukul 09.00" in Indonesian letters)
        "label": re.compile(
            rf"(?:^|[\s|¶*•·])(?:{WHEN_LABELS})[ \t]{{0,16}}[:：]?\s*$", re.IGNORECASE
        ),
        "end_label": re.compile(
            rf"(?:(?:^|[\s|¶*•·])(?:(?:{END_QUALIFIERS})\s)?(?:{END_LABELS})"
            rf"(?:\s(?:{END_QUALIFIERS}))?[ \t]{{0,16}}[:：]?"
            # the hour word a row may keep before its clock: "Beräknat slut: kl. 10.45"
            r"(?:[ \t]{1,3}(?:kl\.?|klockan|klokken|ore|godz\.|um|at|om|às|alle|a las))?"
            # ... or a word that gives it loosely: "Ende: gegen 16:30 Uhr", "End: around 3pm"
            rf"(?:[ \t]{{1,3}}(?:{ROUGHLY_WORDS}))?"
            r"|^\s*(?:to|bis|à|au|hasta|tot"
            rf"|till|a|đến|到)[ \t]{{0,16}}[:：])\s*$",
            re.IGNORECASE,
        ),
        "zone_label": re.compile(rf"(?:^|[\s(])(?:{ZONE_LABELS})\s?(?:[:：]\s*|\s)", re.IGNORECASE),
    }


# The parts of the day that may follow Hindi and Urdu "kal" before its clock, and the words
# that put a sentence in the past ("tha", "था", "تھا": was; "hua", "हुआ", "ہوا": happened)
_EITHER_DAY_PARTS = (
    "subah|subha|dopahar|dopehar|shaam|sham|raat|सुबह|दोपहर|शाम|रात|صبح|دوپہر|سہ پہر|شام|رات"
)


# The words of the "relative" pattern alone, read on lower-cased text: most lines have none,
# and this says so faster than the case-blind pattern.
_RELATIVE_WORDS = CaseBlindCues(
    alternation([*RELATIVE_DAYS, "kal", "कल", "کل", *TOMORROW_BEFORE_CLOCK]), re.IGNORECASE
)
# The parts of the day written before the hour, by the half of the day they name (the
# Chinese, Japanese, Korean, Hindi, Bengali, Tamil, Urdu and Turkish ones are in _CLOCK).
_PRE_MORNING = (
    *("बिहान", "सकाळी", "સવારે", "ਸਵੇਰੇ", "ఉదయం", "ಬೆಳಿಗ್ಗೆ", "ಬೆಳಗ್ಗೆ", "രാവിലെ"),
    *("နံနက်", "မနက်", "subah", "subha", "goizeko"),
    # Sinhala's full word for a.m. (CLDR has "පෙ.ව.") and Pashto's morning
    *("පෙරවරු", "سهار"),
    # Georgian "of the morning" ("დილის 10 საათზე")
    "დილის",
    # Odia and Assamese morning and forenoon ("ସକାଳ 10 ଟାରେ", "পুৱা ১১ বজাত", "পূৰ্বাহ্ন 9.30")
    *("ସକାଳ", "ପୂର୍ବାହ୍ନ", "পুৱা", "পূৰ্বাহ্ন", "পূর্বাহ্ন"),
    # written Cantonese (Hong Kong): "朝早10點", "上晝11點半", beside Mandarin's "上午"
    *("朝早", "上晝"),
)
_PRE_AFTERNOON = (
    *("दिउँसो", "बेलुका", "बेलुकी", "साँझ", "दुपारी", "संध्याकाळी", "બપોરે", "સાંજે"),
    *("ਦੁਪਹਿਰ", "ਸ਼ਾਮ", "మధ్యాహ్నం", "సాయంత్రం", "ಮಧ್ಯಾಹ್ನ", "ಸಂಜೆ", "ഉച്ചയ്ക്ക്", "ഉച്ചക്ക്"),
    *("വൈകുന്നേരം", "വൈകിട്ട്", "နေ့လည်", "ညနေ", "dopahar", "dopehar", "shaam", "sham"),
    "arratsaldeko",
    # Lao, as Thai's "บ่าย" ("ບ່າຍ 2 ໂມງ"); Sinhala's full p.m. word; Pashto's afternoon and
    # evening ("د ماسپښین ۲ بجې")
    *("ບ່າຍ", "පස්වරු", "ماسپښین", "مازدیګر", "ماښام"),
    # Georgian "of the day" and "of the evening" ("დღის 3 საათზე", as Russian "3 часа дня")
    *("დღის", "საღამოს"),
    # Urdu's late afternoon ("سہ پہر 3 بجے"); Odia and Assamese afternoon and evening, and
    # the CLDR p.m. word they and Bengali share ("ଅପରାହ୍ନ ୨:୩୦", "আবেলি ৩:৩০ বজাত",
    # "অপৰাহ্ন 2.30", "সন্ধিয়া ৫ বজা")
    *("سہ پہر", "ଅପରାହ୍ନ", "ସନ୍ଧ୍ୟା", "আবেলি", "অপৰাহ্ন", "অপরাহ্ন", "সন্ধিয়া", "দুপৰীয়া"),
    # written Cantonese's midday, afternoon and evening (Hong Kong): "晏晝2點半", "下晝3點",
    # "夜晚7點", where Mandarin writes "中午", "下午", "晚上"
    *("晏晝", "下晝", "夜晚"),
)
# ... and after it: Somali, Hausa, Zulu, Irish, Welsh, Maltese, Catalan, Galician, Khmer,
# Egyptian and Gulf Arabic and Arabizi ("10:00 subaxnimo", "2 na rana", "ngo-2 ntambama",
# "10 a chlog ar maidin", "2 o'r gloch y prynhawn", "fl-10:00 ta' filgħodu", "4 de la tarda",
# "ម៉ោង ២ រសៀល", "الساعة ٤ العصر", "el sa3a 2 el dohr")
_POST_MORNING = (
    *("subaxnimo", "na safe", "ekuseni", "ar maidin", "y bore", "yn y bore", "ta' filgħodu"),
    *("ta’ filgħodu", "del matí", "da mañá", "ព្រឹក", "الصبح", "el sob7", "el sobh"),
    *("ujutro", "ujutru"),
    # Igbo "n'elekere 10 nke ụtụtụ" (of the morning); Central Kurdish with the ezafe glued to
    # the hour ("کاتژمێر ١٠ی بەیانی")
    *("nke ụtụtụ", "nke ututu", "ی بەیانی", "ی بەیانیی"),
    # Lithuanian "10 val. ryto" (of the morning; CLDR gives the nominative "rytas" only)
    "ryto",
    # Scottish Gaelic "aig 10 uairean sa mhadainn", "anns a' mhadainn" (in the morning)
    *("sa mhadainn", "anns a' mhadainn", "anns a’ mhadainn"),
    # Haitian Creole "a 10è nan maten" (in the morning)
    "nan maten",
)
_POST_AFTERNOON = (
    *("galabnimo", "fiidnimo", "na rana", "na yamma", "na dare", "ntambama", "kusihlwa"),
    *("ebusuku", "tráthnóna", "san iarnóin", "y prynhawn", "yr hwyr", "yn yr hwyr"),
    *("ta' wara nofsinhar", "ta’ wara nofsinhar", "ta' filgħaxija", "ta’ filgħaxija"),
    *("de la tarda", "del vespre", "de la nit", "រសៀល", "ល្ងាច", "الضهر", "العصر", "المغرب"),
    *("بالليل", "el dohr", "el do7r", "el 3asr", "bel leil"),
    # Lithuanian "3 val. po pietų" (after lunch: CLDR has "popietė"/"popiet" only) and "7 val.
    # vakaro" (of the evening), with and without the ogonek
    *("po pietų", "po pietu", "vakaro"),
    # Bosnian, Croatian and Serbian afternoon ("u 3 sata poslijepodne")
    *("poslijepodne", "poslepodne"),
    # Igbo afternoon and evening ("elekere 2 nke ehihie", "nke mgbede", "nke anyasị");
    # Central Kurdish afternoon and evening after the ezafe ("٢ی دوای نیوەڕۆ", "٥ی ئێوارە")
    *("nke ehihie", "nke mgbede", "nke anyasị", "nke anyasi"),
    *("ی دوای نیوەڕۆ", "ی پاش نیوەڕۆ", "ی ئێوارە"),
    # ... and "after noon" written as one word, as often as spaced ("٢ی پاشنیوەڕۆ")
    "ی پاشنیوەڕۆ",
    # Scottish Gaelic afternoon and evening ("aig 2 uair feasgar", "as t-fheasgar"), as
    # Irish "tráthnóna"
    *("feasgar", "as t-fheasgar"),
    # Haitian Creole "a 2è nan apremidi", "a 7è nan aswè"
    *("nan apremidi", "nan aprèmidi", "nan aswè"),
)
_POST_DAY_PARTS = "|".join(
    re.escape(word).replace("\\ ", r"\s")
    for word in sorted((*_POST_MORNING, *_POST_AFTERNOON), key=len, reverse=True)
)


def _cldr_day_part_words(before_hour: bool) -> str:
    """CLDR's day-period words (lexicon.cldr_day_periods) written after the hour, or before it
    where the locale's "Bh" pattern puts them there, as a regex alternation: "3 popietė",
    "7:00 več.", "2 следобед", "du. 3", "arrats. 2"; a dotted one needs its dot."""
    spans, before = cldr_day_periods()
    words = sorted(
        (word for word in spans if (word in before) == before_hour), key=len, reverse=True
    )
    return "|".join(re.escape(word).replace("\\ ", r"\s") for word in words)


_CLDR_AFTER_HOUR = _cldr_day_part_words(False)


# The words for a part of the day written after an hour ("10 pagi", "4 de la tarde", "3 in the
# afternoon", "7 вечора"): the clock's own, and the sign that a number before them is an
# hour, not a day of the month ("Khamis, 10 pagi" is Thursday at ten).
_TYPED_AFTER_HOUR_DAY_PARTS = (
    # (a hurried Spanish hand drops the vowel: "a las 4 d la tarde")
    r"de? la (?:tarde|noche|mañana)|da (?:tarde|noite|manhã)|de l'après-midi"
    r"|du (?:soir|matin)"
    r"|del (?:pomeriggio|mattino)|di (?:sera|mattina)|(?:am )?(?:nachmittags|abends|morgens"
    r"|vormittags)|am (?:nachmittag|vormittag|abend)\b"
    r"|'s (?:middags|avonds|ochtends)|po południu|rano|wieczorem|på (?:eftermiddagen|kvällen"
    r"|morgonen)"
    r"|sore|malam|siang|tengah hari|pagi|petang|sáng|trưa|chiều|tối"
    r"|in the (?:afternoon|evening|morning)"
    r"|(?:ng|sa) (?:hapon|umaga|gabi|tanghali)"
    # Russian, Ukrainian and Bulgarian: "в 11 утра", "о 7 вечора", "в 9 сутринта"
    r"|утра|вечера|ранку|вечора|сутринта|вечерта"
    # Arabic writes the tanween before or after the alif: "صباحًا" and "صباحاً"
    r"|ظهراً|ظهرًا|ظهرا|عصراً|عصرًا|عصرا|مساءً|مساء|صباحاً|صباحًا|صباحا"
    # Greek "11:00 π.μ." / "12:00 μ.μ.", CLDR's el day periods, as Intl-based calendar
    # displays (Thunderbird) print them
    rf"|π\.\s?μ\.|μ\.\s?μ\.|{_POST_DAY_PARTS}"
    # Russian, Ukrainian and Belarusian "of the day" after the word for the hour only ("в 3
    # часа дня"; "3 дня" alone is three days)
    r"|(?<=час\s)дня|(?<=часа\s)дня|(?<=часов\s)дня|(?<=години\s)дня|(?<=годині\s)дня"
    r"|(?<=гадзіны\s)дня"
    # ... and in Ukrainian after the preposition "о"/"об" (at) before the hour: "о 3 дня" is
    # a clock, "3 дня" alone three days
    r"|(?<=\bо\s\d\s)дня|(?<=\bо\s\d\d\s)дня|(?<=\bоб\s\d\s)дня|(?<=\bоб\s\d\d\s)дня"
)
_AFTER_HOUR_DAY_PARTS = (
    _TYPED_AFTER_HOUR_DAY_PARTS
    # CLDR's, not where a number follows: Telugu writes its after-hour word before the hour
    # ("డిసెంబర్ 16 ఉదయం 11 గంటల"), and the day before it is no clock
    + rf"|(?:{_CLDR_AFTER_HOUR})(?!\s?\d)"
)


# The words for "from" before a time, one list for every check of a range's or a move's
# first time ("from 10:00", "von 9 bis 10", "de la ora 14:00", "dalle 9", "od 9")
_FROM_WORDS = (
    r"(?:from|von|vom|de|du|desde|del|dal|dalle|dall'|da|van|z|ze|od|från|fra"
    # (Spanish names the hour with its article: "de las 10:00 a las 11:00")
    r"|de las|de la(?: ora| orele)?)"
)


# A verb of finishing, in any of its forms (the stem, then any ending), with the reflexive or
# particle some languages put after it: "finish(es|ed|ing)", "wrap(s) up", "terminará",
# "acabaremos", "si concluderà", "deve terminar", "slutter", "avslutas", "skončí",
# "zakończy się", "закончится"; and the phrases for "come to an end" ("prendra fin")
_FINISH_VERB = (
    r"(?:finish|end(?!l)|wrap\w* up|conclu|termin|finir|finit|finisc|acab|finaliz|encerr"
    r"|prendr\w* fin|s['’]achev|eindig|slut|avslut|afslut|skończ|zakończ|skonč|ukonč|законч|заверш"
    # the present of the same verbs: "s'achève à 11h", "kończy się o 11:00", "končí v 11:00",
    # "završava u 11 sati", "завршава у 11"
    r"|s['’]achèv|kończ|konč|završ|заврш"
    r"|оконч"
    # Indonesian and Malay "selesai", "berakhir" (finish, end): "selesai pukul 10.30"
    r"|selesai|berakhir"
    # Romanian "se încheie", "se va încheia" (ends): "se încheie în jurul orei 10:30"
    r"|încheie|încheia"
    # Vietnamese "kết thúc" (end) and Hebrew "יסתיים", "מסתיים", "תסתיים" (will end, ends)
    r"|kết thúc|ו?(?:י|ת|מ|לה)סתיי?ם"
    # Greek "θα ολοκληρωθεί", "τελειώνει", "λήγει"; Estonian "lõpeb"; Icelandic "lýkur";
    # Filipino "matatapos", "magtatapos"; Malay "tamat" (finish): "θα ολοκληρωθεί έως τις
    # 12:00", "lõpeb hiljemalt kell 11.00", "lýkur kl. 10:45", "matatapos bandang 3:00",
    # "dijangka tamat pada jam 11.00"
    r"|ολοκληρ|τελει[ώω]ν|τελειώσ|λήγ|λήξ|lõp|lýk|(?:ma|mag|na)tatapos|tamat"
    # Catalan "acabarà", "finalitzarà"; Ukrainian "закінчиться"; Slovene, Croatian "zaključi",
    # "zaključimo"; Latvian "beigsies", "beidzas"; Lithuanian "baigsis", "baigiasi";
    # Norwegian and Danish "ferdig", "færdig" (done): "og er ferdige senest kl. 10"
    r"|finalitz|закінч|zaključ|beig|beidz|baig|ferdig|færdig)"
    r"\w*(?:\s(?:se|si|sich|się|се|up))?"
)
# Words between the verb and its preposition that make the end a limit, still the end: "no
# later than", "at the latest", "senest", "spätestens", "najpóźniej", "au plus tard"
_END_LIMIT = (
    r"(?:no later than|at the latest|by no later than|senest|senast|spätestens|najpóźniej"
    r"|nejpozději|uiterlijk|au plus tard|como muy tarde|al più tardi|o mais tardar|не позже"
    r"|hiljemalt|najkasnije|najkasneje|το αργότερο"
    # Romanian, Finnish, Latvian, Lithuanian, Ukrainian, Catalan, Icelandic
    r"|cel (?:mai )?târziu|viimeistään|vēlākais|vėliausiai|не пізніше|com a molt tard"
    r"|í síðasta lagi)"
)
# The prepositions an end's clock follows after such a verb, in the languages above
_END_PREPOSITION = (
    r"(?:at|by|around|about|à|vers|a las|hacia las|sobre las|alle|entro le|verso le|às|até as"
    r"|até às|por volta das|um|gegen|om|rond|omstreeks|tot|kl\.?|klockan|klokken|runt|omkring|o|do"
    r"|v|ve|u|у"
    r"|в|к|до|pukul|jam|lúc|ב-?|בשעה"
    # Greek "έως τις", "μέχρι τις", "στις"; Malay "pada jam"; Filipino "nang", "ng", "alas";
    # Estonian "kell"
    r"|έως(?: τις)?|μέχρι(?: τις)?|στις|pada(?: jam| pukul)?|nang|alas|kell"
    # Catalan "a les", "cap a les"; Slovene "ob"; Ukrainian and Russian "о", "об"; Latvian
    # "plkst."; Romanian "la", "la ora", "la orele"; Finnish "klo"
    r"|a les|cap a les|ob|о|об|plkst\.?|la(?: ora| orele)?|klo)"
)
_FINISH_THEN_PREPOSITION = (
    rf"\b{_FINISH_VERB}(?:\s{_END_LIMIT}(?:\s{_END_PREPOSITION})?|\s{_END_PREPOSITION}"
    # ... the end given loosely, with or without the preposition after the hedge: "should
    # finish around 11", "selesai sekitar pukul 10.30", "se încheie în jurul orei 10:30"
    rf"|\s(?:{ROUGHLY_WORDS})(?:\s{_END_PREPOSITION})?)"
)


_DIGIT = re.compile(r"\d")
# "après-midi" (afternoon) holds "midi" after a hyphen: no noon in it
# Japanese and Chinese "正午", Korean "정오" (not "정오표", an errata list)
# Bosnian, Croatian, Serbian, Slovene, Macedonian and Lithuanian noon ("ove srijede, 9.12. u
# podne", "у подне", "opoldne", "пладне", "vidurdienį"); "popodne"/"poslijepodne" (afternoon)
# hold "podne" inside a word, which the word boundary leaves out
# Portuguese "ao meio-dia", Polish "w południe" (not "na południe", southwards), Finnish
# "keskipäivällä", Estonian "keskpäeval", Hungarian "délben", Ukrainian "опівдні" and
# Russian "в полдень", Czech "v poledne" and Slovak "na poludnie": noon as the hour
# ("popołudnie", "délután", "odpoledne", "popoludnie" are afternoons, whole words of their
# own)
# (the look-ahead first, for the first letters of its words: see _ZONE_MARK_HINT)
_NOON = re.compile(
    r"(?=[nmpovkdöоп正정])"
    r"(?:\b(?<!-)(?:noon|midday|mittag|midi|mediodía|mezzogiorno|podne|подне|opoldne|пладне"
    r"|vidurdienį|meio-dia|meio dia|(?<=w )południe|keskipäivällä|keskipäivään|keskpäeval"
    # Turkish "öğlen" ("bu cuma öğlen 12'de"; "öğleden sonra", afternoon, is another word)
    r"|délben|опівдні|полдень|poledne|poludnie|öğlen)\b|正午|정오(?!표))",
    re.IGNORECASE,
)


_CJK = re.compile("[\u3040-\u9fff]")


_HANGUL = re.compile("[\uac00-\ud7af]")


def _spell_noon(match: re.Match[str]) -> str:
    return f"{match.group(1) or match.group(2) or ''}12:00pm"


_STRUCK = re.compile(r"~~.{1,200}?~~")


@dataclass(frozen=True)
class _Clock:
    start: time
    end: time | None
    begin: int
    finish: int
    hour_only: bool
    moved: bool = False  # the new hour of "from 2:00pm to 4:30pm" after a move verb
    zone_from: int = -1  # where the range's zone is written when not after its end

    @property
    def zone_at(self) -> int:
        return self.zone_from if self.zone_from >= 0 else self.finish


@dataclass(frozen=True)
class _Date:
    """A date read from a line; frozen, as the dates of a line are read once and shared."""

    day: date
    begin: int
    finish: int
    explicit_year: bool
    relative: bool = False
    order_assumed: bool = False
    weekday_checked: bool = False
    weekday_conflict: bool = False
    day_note: str = ""  # how the day was worked out, where the text does not write it
    day_unsure: bool = False


@dataclass
class _Line:
    text: str
    offset: int
    quoted: bool
    forwarded: bool = False  # below the header block of the mail a forward passes on
    # written by whoever forwarded the message, above its header block ("can you add this?
    # I'm away from 30 November"): their own days, not the meeting's
    note: bool = False


@dataclass
class _Candidate:
    start: datetime
    end: datetime | None
    zone: Zone | None
    score: float
    origin: str
    begin: int
    quoted: bool
    relative: bool
    order_assumed: bool
    notes: list[str] = field(default_factory=list)
    deadline: bool = False
    line: str = ""
    at: int = 0
    moved: bool = False
    old: bool = False  # marked as the slot that was ("Was:", "instead of", "Bisher:")
    forwarded: bool = False
    new: bool = False  # marked as the slot that is ("Now:", "neu am", "Nouvelle date :")
    weekday_conflict: bool = False
    day_unsure: bool = False
    zones_disagree: bool = False  # its clock restated in another zone names another instant
    programme: bool = False  # the end is the last of several sessions listed one by one
    day_rows: str = ""  # the programme's rows it starts at, and their heading
    other_thing: bool = False  # its own words name the reception, lunch, not the interview
