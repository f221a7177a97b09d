"""Read the clocks on a line: the hours, their day periods and the zone written beside them.

`_clocks` finds each time of day a line gives and drops the numbers that only look like one
(list marks, days of the month, counted hours); corrections such as "not 10 but 11" and a
day given up for another are undone here too (`corrected_hours`, `corrected_days`), and
`_zone_after` reads the zone that follows a clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from functools import cache, lru_cache

from service.parsing.lexicon import (
    ALL_TIMES_WORDS,
    ANY_MOVE_VERB,
    CLOCK_ONLY_WORDS,
    DESTINATION_WORDS,
    MOVE_VERB_WORDS,
    MOVE_VERBS,
    NEW_SLOT_MARKED_AFTER,
    RELATIVE_DAYS,
    ROUGHLY_WORDS,
    TODAY_LATER_HALF,
    ZONE_LABELS,
    CaseBlindCues,
    cldr_day_period_half,
    cldr_day_periods,
    day_period_key,
    day_periods,
    fold,
    full_weekday_names,
    month_names,
)
from service.parsing.when_common import (
    _AFTER_HOUR_DAY_PARTS,
    _DIGIT,
    _FINISH_THEN_PREPOSITION,
    _FROM_WORDS,
    _NOON,
    _POST_MORNING,
    _PRE_AFTERNOON,
    _PRE_MORNING,
    _TYPED_AFTER_HOUR_DAY_PARTS,
    MAX_LINE,
    _Candidate,
    _cldr_day_part_words,
    _Clock,
    _Date,
    _folded,
    _is_full_weekday_word,
    _is_weekday_word,
    _Line,
    _patterns,
)
from service.parsing.when_dates import (
    _COUNTED_AFTER,
    _DATE_BEFORE_CLOCK_WORD,
    _HOURS_COUNTED_AFTER,
    _dates,
    _labelled_number,
    dotted_date_closing_line,
)
from service.parsing.when_lines import _wrap_token
from service.parsing.zone_words import Zone, city_after_abbreviation, city_pair_zone, read_zone

_PRE_DAY_PARTS = "|".join(sorted((*_PRE_MORNING, *_PRE_AFTERNOON), key=len, reverse=True))


_CLDR_BEFORE_HOUR = _cldr_day_part_words(True)


# the parts of the day before the hour in Chinese, Japanese, Korean, Hindi, Bengali, Tamil and
# Urdu: "午後2時", "দুপুর ২টায়", "மதியம் 2 மணிக்கு", "دوپہر 2 بجے"
_TYPED_PRE_WORDS = (
    "午前|午後|오전|오후|上午|下午|晚上|早上|中午|凌晨|清晨|傍晚|सुबह|दोपहर|शाम|रात"
    "|সকাল|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত|காலை|மதியம்|மாலை|இரவு|صبح|دوپہر|شام|رات"
)
# The day-period words typed here, whose half _meridiem knows; CLDR's others name one only
# by the span CLDR gives them ("10 наутро": 04:00-10:00)
_TYPED_DAY_PART = re.compile(
    rf"(?:{_TYPED_AFTER_HOUR_DAY_PARTS}|{_TYPED_PRE_WORDS}|{_PRE_DAY_PARTS}"
    r"|öğleden sonra|öğleden önce|akşam|sabah)",
    re.IGNORECASE,
)
# the words for the hour that let a comma part hour and minutes ("9,30 sati")
_COMMA_CLOCK_WORDS = "uhr|h|hod|sati|sata|časova|часова|ч|часа|часот|uri|óra|godz"
_CLOCK = re.compile(
    # "#21-03" is a unit number in Singapore and Malaysian addresses, never an hour
    r"(?<![A-Za-z0-9_.,/+#])(?<!\d:)(?<!GMT-)(?<!UTC-)(?<!GMT -)(?<!UTC -)"
    rf"(?P<pre>(?:{_TYPED_PRE_WORDS}"
    # ... and in Nepali, Marathi, Gujarati, Punjabi, Telugu, Kannada, Malayalam, Burmese,
    # Hindi in Latin script and Basque: "दिउँसो २ बजे", "दुपारी ३ वाजता", "બપોરે ૨ વાગ્યે",
    # "ਸ਼ਾਮ 4 ਵਜੇ", "మధ్యాహ్నం 2 గంటలకు", "ಬೆಳಿಗ್ಗೆ 10 ಗಂಟೆಗೆ", "ഉച്ചയ്ക്ക് 2 മണിക്ക്",
    # "နေ့လည် ၂ နာရီ", "kal dopahar 2 baje", "arratsaldeko 4etan"
    rf"|{_PRE_DAY_PARTS}"
    # Turkish names the part of the day before the hour: "öğleden sonra (saat) 2'de",
    # "öğleden önce 11'de" (before noon: the morning, no deadline)
    r"|(?:öğleden sonra|öğleden önce|akşam|sabah)(?: saat)?"
    # ... and CLDR's words of the locales that write them before the hour: "du. 3",
    # "délután 2", "arrats. 2", "goizeko 10"
    rf"|{_CLDR_BEFORE_HOUR}"
    # Hungarian "este 7 órakor", "este 6-kor" (in the evening): "este" is Spanish and
    # Portuguese "this" too, so only before an hour that Hungarian's "-kor"/"óra" closes
    r"|este(?=\s\d\d?(?:[:.][0-5]\d)?(?:\s?órakor|-kor\b|\sóra\b)))\s?)?"
    r"(?P<h>[01]?\d|2[0-4])"
    # seconds after a colon, or ".00" after a dot (Finnish "12.00.00"): "06.05.26" is a date
    r"(?:(?P<sep>\s?[hH]\s?|[:.]|(?<=\d)u(?=[0-5]\d)|[時时시点點]\s?"
    # a comma where the decimal comma is the habit, only with the word for the hour after it
    # (else "9,30" is an amount): "u 9,30 sati", "в 15,30 ч.", "o 9,30 hod.", "um 9,30 Uhr"
    rf"|,(?=[0-5]\d\s?(?:{_COMMA_CLOCK_WORDS})(?!\w)))"
    r"(?P<m>[0-5]\d)(?::[0-5]\d|\.00)?"
    r"(?:\s?(?:分|분))?"
    # the hour word alone, or with "half" after it: "10時半", "7点半", "2시 반" are half past;
    # "5時間", "2시간" count hours ("in 5 hours", "takes 2 hours") and name no clock
    r"|(?P<kanji>時(?!間)|时(?!间)|시(?!간)|点|點)(?P<half>半|\s?반(?!드시|갑))?)?"
    # (German "am" before a part of the day is "in the": "3:00 am Nachmittag" is 15:00)
    r"(?:\s?(?!am\s(?:nachmittag|vormittag|abend|mittag)\b)(?P<mer>[ap]\.?\s?m\b\.?|[AP]M\b|[ap]m\b|[πμ]\.\s?μ\.|(?<=\d)y[bh]\b|(?<=\d)[ap](?=[\s,;!)/]|\.(?!\w)|[-–]\d|$))|(?P<suffix>\s?(?:uhr|h\b|hrs?\b|godz\.?"
    # Hungarian "10 órakor" (at ten), "10 órára" (for ten), "10 órától" (from ten), "10-kor"
    r"|u\b|órakor|órá(?:ra|tól)\b|óra\b|(?<=\d)-kor\b|saat\b|ч\b\.?|sati\b|बजे|val\b\.?|hodin[ey]?\b|-?ish\b|o['’]clock\b|-tiden\b"
    # "o'clock" in Bengali ("২টায়", "২টা"), Tamil ("2 மணிக்கு") and Urdu ("2 بجے")
    r"|টায়|টায়|টার|টা|மணிக்கு|மணி|بجے"
    # ... in Marathi, Gujarati, Punjabi, Telugu, Kannada, Malayalam, Burmese, Hindi in Latin
    # script, Georgian, Mongolian, Macedonian, Luxembourgish, Irish and Welsh: "३ वाजता",
    # "૨ વાગ્યે", "4 ਵਜੇ", "2 గంటలకు", "10 ಗಂಟೆಗೆ", "2 മണിക്ക്", "2 baje",
    # "14:00 საათზე", "14:00 цагт", "11 часот", "14 Auer", "10 a chlog", "2 o'r gloch"
    r"|वाजता|वाजे|વાગ્યે|વાગે|ਵਜੇ|గంటలకు|ಗಂಟೆಗೆ|മണിക്ക്"
    r"|ໂມງ|بجې|بجو|baje\b"
    # ... and Odia and Assamese: "10 ଟାରେ", "১১ বজাত", "৫ বজাৰ"
    r"|ଟାରେ|ଟା|বজাত|বজাৰ|বজা"
    r"|საათზე|საათიდან|цагт|цагаас|часот\b|auer\b|a chlog\b|o['’]r gloch\b"
    # ... and Scottish Gaelic "aig 2 uair feasgar", "aig 10 uairean sa mhadainn" (not "2 uair
    # a thìde", two hours)
    r"|uair(?:ean)?\b(?! a th[iì]de\b)"
    # ... and Haitian Creole's "è" (heures) glued to the hour: "a 2è nan apremidi", "a 10è"
    # (Italian's "è", is, stands apart: "alle 10 è confermato")
    r"|(?<=\d)è\b"
    # Thai "น." (นาฬิกา, o'clock) after a clock: "10:00 น. – 11:30 น."
    r"|น\."
    r"|uri\b|час(?:а|ов)?\b|годин[иіу]?\b|sata\b"
    # Serbian, Bosnian and Montenegrin in both scripts: "u 11 časova", "у 13 часова"
    r"|časova\b|часова\b"
    # the ordinal hour of Ukrainian and Belarusian: "о 10-й годині", "а 11-й гадзіне"
    r"|-й\sгодині\b|-й\sгадзіне\b)|\.\s?uri\b))?"
    # (Central Kurdish glues the ezafe to the hour: "١٠ی بەیانی")
    r"(?:(?:\s|(?<=\d)(?=ی\s))(?P<merword>" + _AFTER_HOUR_DAY_PARTS + r")"
    r"(?!\w))?"
    # "11th Dec" is a day, never the end of "10:00 AM to 11"; "09.03.2026" repeated after a
    # range's dash is the end's date, not the time 09:03, and "12" in "12/5/26" a day
    r"(?![\d])(?![./]\d)(?!(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)
# strftime's space-padded hours ("%l", "%k") leave two spaces before a one-digit end:
# Canvas's "from  9:30am to  10am"/"von  8:00 bis  8:30", Rails apps' "%l:%M %p" end times
_RANGE_GAP = re.compile(
    # the start's word for the hour, where it also counts hours and so is no clock suffix:
    # "van 10 uur tot 11 uur", "de 14 heures à 15 heures", "das 10 horas às 11 horas"
    r"\s{0,2}(?:(?:uur|heures?|horas?|hores)\s{1,2})?"
    # the end's article or word for the hour after the joiner: "de las 16:00 a las 17:00",
    # "hasta las 17:00", "dalle ore 10 alle ore 11", "od godz. 10:00 do godz. 11:00"
    r"(?:a las|a la|hasta las|hasta la|alle ore|do godz\.|do godziny"
    # (Galician writes "ás" where Portuguese writes "às": "das 16 ás 17 h")
    r"|[-–—~〜～]"
    # the end given loosely after the word for "until": "von 10 bis gegen 11 Uhr", "bis ca.
    # 11", "until about 11", "to around 3pm"
    r"|bis (?:gegen|etwa|ca\.?|circa)|(?:until|till|to) (?:about|around)"
    r"|to|until|till|through|thru|bis um|bis|à|a|au|hasta|al|alle|tot"
    # Portuguese "das 14h até às 15h": "until" with the article of the hour after it
    r"|até (?:às|as|à)|até|às|ás|do"
    r"|sampai(?: dengan)?"
    r"|s\.?/?d\.?|hingga"
    r"|och|til|から|至|到|까지|부터|до|hanggang|حتى(?: الساعة)?|đến|ถึง|iki|līdz|kuni"
    r"|עד(?: השעה)?|إلى(?: الساعة)?|से|se|تا|الی|ל-?"
    r"|(?:έως|μέχρι)(?: τις)?"
    # "from" written after the first hour, as South Asian and Turkic languages do: "2.30 සිට
    # 3.15", "4:30 నుండి 5:15", "२:३० बजेदेखि ३:३०", "15:00-dan 16:00-dək", "10:00 dan 11:00"
    r"|සිට|నుండి|నుంచి|ರಿಂದ|ರವರೆಗೆ|മുതൽ|पासून|देखि|ਤੋਂ|થી"
    # ... in Bengali, Tamil, Odia and Urdu: "১০:৩০ থেকে ১১:১৫", "2:30 முதல் 3:15",
    # "୨:୩୦ ରୁ ୩:୩୦", "11 بجے سے 12 بجے"; "until" in Tajik, Tigrinya and Igbo: "10:00 то
    # 11:00", "2:00 ክሳብ 3:00", "2 ruo elekere 3"
    r"|থেকে|முதல்|ରୁ|سے|то|ክሳብ|ruo(?: n?'?elekere)?"
    # Irish "go" (to: "10:30 r.n. go 11:15 r.n.", "ó 10 go 2"); Maltese "sa" (until) with the
    # article assimilated to the hour: "mis-2:00pm sat-3:00pm", "mill-10 sal-11", "sad-9"
    r"|go|sa[ltsd]-"
    # "to" in Marathi, Hausa and Swahili, "from" after the first hour in Burmese: "११:०० ते
    # ११:४५", "2:00 na rana zuwa 2:45", "09:00 hadi 09:45", "၁၄:၀၀ မှ ၁၄:၄၅ အထိ"; Swahili
    # names the hour again after it: "saa 8:00 mchana hadi saa 9:00 alasiri" (eafr31,
    # swahili21, swhausa)
    r"|ते|zuwa|hadi(?: saa)?|မှ"
    # Khmer "until": "៩:០០ ព្រឹក ដល់ ១០:០០ ព្រឹក"; Xhosa and Zulu "to", the hour's prefix
    # hyphenated: "13:00 ukuya ku-13:45", "kusukela ngo-9:00 kuya ku-10:00"
    # (Khmer may name the hour again after it: "ពីម៉ោង ៣:៣០ ដល់ម៉ោង ៤:៣០ រសៀល")
    r"|ដល់(?:\s?ម៉ោង)?|u?kuya ku-?"
    # "until" in Frisian, Javanese (krama "ngantos", ngoko "nganti") and Oromo, whose "from"
    # follows the first hour: "fan 15.30 oant 16.30 oere", "jam 15.30 ngantos 16.30",
    # "sa'aatii 15:30 irraa hanga 16:30tti" (langs79; hornhr's Oromo writes a dash)
    r"|oant|ngantos|nganti|(?:irraa )?hanga"
    # Amharic "until" after "from" glued to the start ("ከ10:00 ጥዋት እስከ 11:00 ጥዋት"), Lao "to"
    # and "until" ("10:00 ຫາ 11:00 ໂມງ", "ແຕ່ເວລາ 10:00 ເຖິງ 11:00"), Belarusian "until" ("з
    # 10:30 да 11:30"), Swahili "mpaka" beside "hadi" ("kuanzia saa 9:30 mpaka saa 10:30")
    r"|እስከ|ຫາ|ເຖິງ|да|mpaka(?: saa)?"
    r"|-(?:dan|dən|den|ден|дан|тен|тан|аас|ээс|оос|өөс)"
    # ... and in Kyrgyz and Kazakh glued to the clock with no hyphen: "саат 14:00дөн 15:00гө
    # чейин", "сағат 9:00ден 10:00ге дейін"
    r"|(?:дөн|дон|төн|тон|ден|тен|дан|тан)"
    # the same "from" as a Basque case ending: "12:30etik 13:15era", "9:00etatik 13:00etara"
    r"|(?:e|eta)?tik"
    # Romanian "de la 14:00 la 14:45" / "până la 14:45" and Welsh "o 2 tan 2:45 y prynhawn"
    r"|(?:până |pana )?la(?: ora| orele)?|tan)"
    # any joiner may give the end loosely: "van 10 tot ongeveer 11 uur", "de 10h à environ
    # 11h", "od 10 do około 11", "sampai sekitar pukul 10.30" (ROUGHLY_WORDS)
    rf"(?:\s(?:{ROUGHLY_WORDS})"
    r"(?:\s(?:pukul|jam|kl\.?|um|om|la ora|ora|τις|las|le|alle|às|as))?)?\s{0,2}",
    re.IGNORECASE,
)
# Basque marks a move with the same endings as a range, the verb after the new hour:
# "10:00etatik 11:00etara aldatu da" is "moved from 10 to 11", not a range
_CASE_MOVE_AFTER = re.compile(
    r"\w{0,5}\s(?:\w{1,20}\s)?(?:aldatu|atzeratu|aurreratu|mugitu|eraman)", re.IGNORECASE
)


_BETWEEN = re.compile(
    r"(?:between|zwischen|entre|tra|fra|tussen|mellan|między|mezi|között|antara|între|intre"
    r"|medzi|između|између|между|tarp|orele|orelor|mellem|mellom)\s(?:kl\.?\s?|(?:l?as|le)\s)?$",
    re.IGNORECASE,
)


# a "from" right before a time ("von 10:00"), and the same with a colon after it, as a label
# ("From: 02/02/2027 11:00 To: …")
_FROM_WORD = re.compile(rf"\b{_FROM_WORDS}\s?$", re.IGNORECASE)


# A slot written clock first with its end after the date: "from 12:00 on Monday 8 February
# until 13:00", "at 11am on Monday 8 February until 12:30pm", "um 10 Uhr am Montag, 8. Februar,
# bis 11 Uhr", "de 10h le lundi 8 février jusqu'à 11h". The gap holds the date (a digit, a
# month or a weekday word, checked apart) and ends in a word for "until"; read apart, the end
# paired with the date before it and was taken for the start.
_START_CUE_BEFORE = re.compile(
    rf"(?:^|\W)(?:{_FROM_WORDS}|at|for|um|ab|dès|a partir de|alle|vanaf|om|à|a|às|kl\.?|o|в)"
    r"(?:\s(?:las?|les?|the))?\s?$",
    re.IGNORECASE,
)
_DATE_THEN_UNTIL = re.compile(
    r"(?P<date>[^\n!?:;]{4,40}?),?\s(?:until|till|to|bis(?: um)?|jusqu['’]à|hasta(?: las?)?"
    # ... or a verb of finishing: "at 10:30 on Tuesday 16 June and wrap up by 11:30"
    rf"|fino alle|tot|till kl\.?|til|{_FINISH_THEN_PREPOSITION})\s?",
    re.IGNORECASE,
)
_AND = re.compile(
    # the article may come again after it: "entre las 10 y las 11", "tra le 10 e le 11"
    r"\s(?:and|und|et|y|e|en|och|og|i|a|és|dan|și|si|и|ir|un|ja)\s(?:(?:las|le|as|les)\s)?",
    re.IGNORECASE,
)
# Hour words that also count hours: a time only after the word for "at"
_COUNTED_HOURS = frozenset(
    # (Czech "ve 2 hodiny", the form after 2 to 4; Slovak "o 2 hodine")
    {"hodin", "hodiny", "hodine", "uri", "час", "часа", "часов", "годин", "годині", "годину"}
    | {"sata"}
    | {"časova", "часова"}
)
# (Serbian Cyrillic writes "у" for "at": "у 13 часова")
# (Slovak "o 2 hodine")
_AT_HOUR = re.compile(r"(?:\bve?|\bu|\bob|\bo|\bв|\bво|\bо|\bоб|\bу)\s?$", re.IGNORECASE)
# ... and after a verb of finishing and "about": "završava se oko 14 časova" (ends at about
# 14:00), "završiće se oko 11 sati"; "traje oko 2 časa" (lasts about 2 hours) has none
_FINISH_ABOUT_HOUR = re.compile(
    r"\b(?:završ|заврш|zaključ)\w*(?:\s(?:se|се|će|ће)){0,2}\s(?:oko|око|otprilike|отприлике)\s?$",
    re.IGNORECASE,
)
# ... and from that hour to another: "od 10 hodin do 11 hodin", "с 10 часов до 11 часов",
# "з 10 години до 11 години", "od 10 sati do 11 sati" (the same words alone count hours)
_FROM_HOUR = re.compile(r"(?:\bod|\bс|\bсо|\bз|\bіз|\bвід)\s?$", re.IGNORECASE)
_TO_HOUR_AFTER = re.compile(r"\s(?:do|до)\s\d", re.IGNORECASE)
_HOUR_CUE = re.compile(
    r"(?:@|\bat|\bum|\bà|\balle|\bas|\bàs|\bás|\ba las|\ba la|\bom|\bkl\.?|\bklo|\bo|\bpukul|\bjam"
    r"|\bklokken|\bklokka|\bklockan|\bkello|\bkell"
    # Latvian "plkst. 10" (pulksten, o'clock), as date-fns' lv date-time pattern "{{date}}
    # 'plkst.' {{time}}" and Gmail's lv quote line ("19. febr., plkst. 07:16") print it
    r"|\bplkst\.?|\bpulksten"
    # "alle ore 14", "ora 14" (Romanian), "saat 14" (Turkish): the word for the hour
    r"|\bore|\bora|\bsaat|ساعت|الساعة|בשעה"
    # Italian and Spanish notes put an "h" before the hour: "mer 9/12 h 14", "h. 15"
    r"|(?<![\w.])h\.?"
    r"|\bgodz\.?"
    # the word for the hour before it in Armenian, Somali, Hausa, Yoruba, Khmer, Uzbek,
    # Kazakh, Kyrgyz, Tajik and Arabizi: "ժամը 11", "saacadda 10", "karfe 2", "aago 10",
    # "ម៉ោង ២", "soat 14", "сағат 10", "саат 11", "соати 14", "el sa3a 2"
    r"|ժամը|\bsaacadd?a|\bkarfe|\baago|ម៉ោង|\bsoat|сағат|\bсаат|\bсоати|\bsa3a"
    # Italian "alle ore 15", Romanian "la ora 15": the word for "hour" before a bare hour
    r"|\bore|\bora"
    r"|\bfrom|\bvon|\bde|\bdalle|\bvan|\bod"
    # "at about 2", "at around 3", "Thursday, say 2": the hour named loosely
    r"|\bat (?:about|around|roughly)|, say"
    # the same in other languages: "gegen 14", "vers 14", "verso le 15", "sobre las 4",
    # "hacia las 4", "runt 14", "omkring 14", "rond 14"
    r"|\bgegen|\bvers|\bverso le|\b(?:sobre|hacia|eso de) las|\brunt|\bomkring|\brond"
    # the two hours of "entre las 10 y las 11", "tra le 10 e le 11", "entre as 10 e as 11"
    r"|\bentre l?as|\b(?:tra|fra) le"
    r"|\b(?:entre l?as|(?:tra|fra) le) \d{1,2}(?:[:.]\d\d)?h? (?:y l?as|e l?[ae]s?))\s?$",
    re.IGNORECASE,
)


# the word after a number, perhaps behind the "of" some languages put before the month
_MONTH_AFTER_DAY = re.compile(
    r"\.?,?\s{0,2}(?:(?:de|del|di|of|du)\s)?([^\W\d_]{2,15})", re.IGNORECASE
)


# a month's name right before a day number: "March 9", "Mar. 9", "marzo 9"
_MONTH_BEFORE_DAY = re.compile(r"([^\W\d_]{3,15})\.?,?\s{1,2}$")
# a dash between a day and a clock with its minutes: "March 9 - 11:00 AM", "May 18 – 3:00 PM"
_DAY_BEFORE_MONTH = re.compile(r"\d\.?\s{0,2}$")
_DASH_TO_CLOCK = re.compile(r"\s{1,2}[-–—]\s{1,2}\d{1,2}[:.]\d{2}")


# a number right before one of these is a year, a month or a day ("10:00~ 6月3日"): no
# range ends there
_CJK_DATE_UNITS = frozenset("年月日")
# the same units and the Korean ones, and Chinese "号" (day of the month)
_DAY_UNITS = _CJK_DATE_UNITS | frozenset("년월일号號")


def _is_list_mark(line: str, number: re.Match[str]) -> bool:
    """Tell a list item's number in brackets ("(2) 6月3日(水)14:00~", a circled ② as
    normalised) from a clock or a range's end: "10:00~ (2)" is an open start, not 10 to 2."""
    start, end = number.span()
    return (
        number.group(0).isdigit() and line[start - 1 : start] == "(" and line[end : end + 1] == ")"
    )


def _is_day_before_dashed_clock(line: str, number: re.Match[str]) -> bool:
    """Tell the day of "Monday, March 9 - 11:00 AM" (a scheduling tool's and a recruiter's
    list of slots, pickok50) from a range's bare start ("9 - 11:00"): a month's name stands
    right before the number and the clock after the dash has its minutes."""
    if not number.group(0).strip().isdigit() or not _DASH_TO_CLOCK.match(line, number.end()):
        return False
    word = _MONTH_BEFORE_DAY.search(line, max(0, number.start() - 18), number.start())
    if word is None or _folded(word.group(1)) not in month_names():
        return False
    # "Monday 9 March 10 - 11:00": the day stood before the month, the number is an hour
    return not _DAY_BEFORE_MONTH.search(line, max(0, word.start() - 6), word.start())


def _names_day(line: str, number: re.Match[str]) -> bool:
    """Tell a day's number before its month, in words or in the CJK units ("5 March", "3月")."""
    return _is_day_of_month(line, number) or line[number.end() : number.end() + 1] in _DAY_UNITS


def _is_day_of_month(line: str, number: re.Match[str]) -> bool:
    """Tell a day's number before its month ("… kl. 13.00 til 10. marts", "8 February",
    "8. Februar", "8 de febrero") from a clock or a range's end."""
    if not number.group(0).strip().rstrip(".").isdigit():
        return False
    word = _MONTH_AFTER_DAY.match(line, number.end())
    return word is not None and _folded(word.group(1)).rstrip(".") in month_names()


# "instead of" in the languages that write it before the hour given up: a trade, which moves
# a slot already set ("let's start at 14:15 instead of 14:00", "auf 14:15 statt 14:00", "kl.
# 14:15 i stället för 14:00"), unlike a negation, which corrects a slip ("3pm, not 2pm")
_INSTEAD_WORDS = (
    r"instead of|rather than|statt|anstatt|anstelle von|au lieu de|en (?:lugar|vez) del?"
    r"|invece (?:di|delle|della)|anziché|in plaats van|em vez de|ao invés de|zamiast"
    r"|i? ?stället för|i stedet for|sijaan"
    # Russian and Ukrainian "в 16:00 вместо 15:00", "о 12:00 замість 11:00" (moves76)
    r"|вместо|замість"
)
_INSTEAD_OF = re.compile(
    r"(?:\s{0,4}(?:uhr|uur|h))?\s*(?:,\s*)?(?:" + _INSTEAD_WORDS + r"|not|et non|y no"
    # "15 Uhr und nicht um 14 Uhr", "16:30, non alle 16:00", "10.00, niet 9.30": a slip
    # corrected, the hour after the negation is the one given up
    r"|(?:and |und |et |e |en |och |og |i |a )?(?:nicht|non|pas|niet|nie|inte|ikke))"
    r"(?:\s(?:at|um|à|a las|alle|om|às|o|kl\.?))?\s*",
    re.IGNORECASE,
)
# "not at 9.30 but at 10.00": a negation before the first hour and "but" before the second
# (Dutch "niet om 9.30 uur maar om 10.00 uur", German "nicht um 14, sondern um 15 Uhr",
# French "pas à 14h mais à 15h", Spanish "no a las 12 sino a las 12:30"): the first is
# given up
_NOT_BEFORE = re.compile(
    r"\b(?:not|nicht|non|pas|no|niet|nie|inte|ikke)\s(?:(?:at|um|à|a las|alle|om|às|o|kl\.?)\s)?$",
    re.IGNORECASE,
)
_BUT_JOIN = re.compile(
    r"(?:\s{0,4}(?:uhr|uur|h))?\s*(?:,\s*)?(?:but|sondern|mais|sino|ma|maar|mas|tylko|utan|men)"
    r"(?:\s(?:at|um|à|a las|alle|om|às|o|kl\.?))?\s*",
    re.IGNORECASE,
)
# "a las 12:00, perdón, a las 12:30", "at 2pm - sorry, I meant 3pm", "um 14, Verzeihung, 15
# Uhr": a writer's apology between two hours corrects the first to the second
_SLIP_JOIN = re.compile(
    r"(?:\s{0,4}(?:uhr|uur|h))?\s*(?:[,\-–—]\s*)?(?:sorry|perdón|perdon|pardon|scusa|scusate|"
    r"entschuldigung|verzeihung|sorry,? i meant|i mean|ik bedoel|przepraszam|förlåt|undskyld"
    r"|desculpa|desculpe)\s*[,\-–—]?\s*(?:(?:at|um|à|a las|alle|om|às|o|kl\.?)\s)?",
    re.IGNORECASE,
)
# Postpositions for "instead of" (Turkish, Hungarian, Estonian; Japanese "15:00ではなく16:00",
# Korean "15:00 대신 16:00", moves76; as in _MOVED_AFTER) alone between two times: the first
# is given up
_INSTEAD_AFTER = re.compile(
    r"['’]?\s*(?:yerine|helyett|asemel|ではなく|대신)\s*[,、]?\s*", re.IGNORECASE
)
# the same trade alone between two hours: "14:15 instead of 14:00", "14h15 au lieu de 14h"
_TRADED_FOR = re.compile(
    r"(?:\s{0,4}(?:uhr|uur|h))?\s*(?:,\s*)?\(?(?:" + _INSTEAD_WORDS + r")"
    r"(?:\s(?:at|um|à|a las|alle|om|às|o|kl\.?|the|las|de|di))?\s*",
    re.IGNORECASE,
)
# the word before a day's number, to be checked as a weekday: "martedì 15.12 alle 10:30",
# "terça-feira 15 às 16h", "Tuesday the 15 at 4pm", "mardi le 15 à 16h"
_WEEKDAY_BEFORE = re.compile(
    r"([^\W\d_]{3,15}(?:-[^\W\d_]{3,8})?)\.?,?\s{1,2}(?:(?:the|día|dia|den|de|le|il)\s)?$"
)


# (Portuguese and Spanish name the day with "dia"/"día", Italian with "giorno": "no dia 14 às
# 15h", "el día 14 a las 15:00", "il giorno 14 alle 15")
_ARTICLE_BEFORE = re.compile(r"\b(?:le|el|il|am|den|op de|dia|día|giorno)\s$", re.IGNORECASE)
_AT_AFTER = re.compile(
    r"\.?,?\s(?:à|a|às|ás|alle|at|um|om|kl\.?|klockan|klokken|@)\s", re.IGNORECASE
)


# the words for "at" that also join a range's hours ("dalle 10 alle 11", "de las 10 a las 11",
# "das 10 às 11", "de la 10 la 11"): after a bare "15.12" with no word for "from" before it,
# they give the hour of that day
_AT_OR_TO = re.compile(
    r"\s{1,2}(?:alle(?: ore)?|a las|a la|às|ás|as|à|a|al|la(?: ora| orele)?)\s{1,2}", re.IGNORECASE
)


def _day_month_before_clock(line: str, match: re.Match[str], following: re.Match[str]) -> bool:
    """Tell the date of "martedì 15.12 alle 10:30", "el martes 15.12 a las 10:30" or "terça-feira
    15.12 às 10h30" (a dotted day and month, then its hour after a word for "at") from a range
    "15.10 a 16.30": no word for "from" before it, and a weekday before it or a "range" that
    would end before it starts."""
    if (
        (match.group("sep") or "") != "."
        or match.group("m") is None
        or any(match.group(name) for name in ("mer", "merword", "suffix", "pre", "kanji"))
    ):
        return False
    day, month = int(match.group("h")), int(match.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    if not _AT_OR_TO.fullmatch(line, match.end(), following.start()):
        return False
    if _FROM_WORD.search(line, max(0, match.start() - 14), match.start()):
        return False
    word = _WEEKDAY_BEFORE.search(line, max(0, match.start() - 24), match.start())
    if word is not None and _is_full_weekday_word(word.group(1)):
        return True
    end = _clock_value(following, None)
    return end is not None and end <= time(day, month)


def _is_day_after_weekday(line: str, clock: re.Match[str]) -> bool:
    """Tell the day of "mardi 15 à 16h", "martedì 15 alle 16" or "le 21 à 14h30" from the
    start of a range ("Tuesday 3 to 4pm"): the day is followed by a word for "at"."""
    if not clock.group(0).strip().isdigit() or not _AT_AFTER.match(line, clock.end()):
        return False
    if _ARTICLE_BEFORE.search(line, max(0, clock.start() - 9), clock.start()):
        return True
    word = _WEEKDAY_BEFORE.search(line, max(0, clock.start() - 24), clock.start())
    return word is not None and _is_full_weekday_word(word.group(1))


def _clocks(line: str) -> list[_Clock]:
    return list(_line_clocks(line))


@lru_cache(maxsize=4096)
def _line_clocks(line: str) -> tuple[_Clock, ...]:
    """The clocks of one line, read once per mail: the plain and the HTML alternative, the
    subject and the forward's date repeat lines. An hour the line gives up for another
    ("2pm instead of 1pm") is left out."""
    hits = list(_unfiltered_clocks(line))
    given_up = {lost for lost, _ in _given_up_hours(line, hits)}
    return tuple(
        # the hour taken after a postposition keeps the day of the hour given up, like a
        # pushed one
        replace(hit, moved=True)
        if (index and _INSTEAD_AFTER.fullmatch(line, hits[index - 1].finish, hit.begin))
        or _trades_next(line, hits, index)
        else hit
        for index, hit in enumerate(hits)
        if index not in given_up
        and not (index and _restated_in_unread_zone(line, hits[index - 1], hit))
    )


def _trades_next(line: str, hits: list[_Clock], index: int) -> bool:
    """Tell the hour taken in "start at 14:15 instead of 14:00" (the next hour the one given
    up, "instead of" alone between them): a slot already set moves to it."""
    if index + 1 >= len(hits):
        return False
    return _TRADED_FOR.fullmatch(line, hits[index].finish, hits[index + 1].begin) is not None


def _inside_number(line: str, begin: int) -> bool:
    """Tell an hour that continues a number joined by a dash or a slash ("2026-11-03",
    "24/7", "0800-1130-15"): no clock starts there (a range's end is read with its start)."""
    return begin >= 2 and line[begin - 1] in "-/" and line[begin - 2].isdigit()


@lru_cache(maxsize=4096)
def _unfiltered_clocks(line: str) -> tuple[_Clock, ...]:
    """Every clock of one line, the hours it gives up for others included."""
    hits: list[_Clock] = []
    # every clock but noon has a digit (normalise() wrote out the spelled ones): most lines
    # of a mail have none and need not be scanned for one
    matches = list(_CLOCK.finditer(line)) if _DIGIT.search(line) else []
    used_as_end: set[int] = set()
    moved: set[int] = set()
    noons: list[_Clock] = []
    for noon in _NOON.finditer(line):
        later = next((i for i, clock in enumerate(matches) if clock.start() > noon.end()), None)
        end_index = None if later is None else _end_beyond_date(line, noon, matches, later)
        noon_end = None if end_index is None else _clock_value(matches[end_index], "pm")
        if noon_end is not None and end_index is not None:
            used_as_end.add(end_index)
        noons.append(_Clock(time(12, 0), noon_end, noon.start(), noon.end(), False))
    for index, match in enumerate(matches):
        if (
            index in used_as_end
            or _is_day_after_weekday(line, match)
            or _is_day_before_dashed_clock(line, match)
            or _is_list_mark(line, match)
        ):
            continue
        if _inside_number(line, match.start("h")):
            continue  # "REF 2026-11-03", "24/7": the middle of a date or a number, no start
        if index + 1 < len(matches) and _glossed(line, match, matches[index + 1]):
            continue  # "saa 4:00 asubuhi (10:00 AM)": the bracket says it plainly
        if index + 1 < len(matches) and _day_month_before_clock(line, match, matches[index + 1]):
            continue  # "martedì 15.12 alle 10:30": the day and month, then its hour
        if (
            index + 1 < len(matches)
            # "moved to 5 March", "改到3月5日": a day's number is no hour a meeting goes to
            and not _names_day(line, matches[index + 1])
            and _pushed_onto(line, match, matches[index + 1])
        ):
            moved.add(index + 1)
            continue  # "2pm no longer works. Can we push to 4pm instead?": the old hour
        start = (
            _moved_to(match, matches[index - 1]) if index in moved else _clock_value(match, None)
        )
        if start is None:
            continue
        end: time | None = None
        finish = match.end()
        zone_from = -1
        following = matches[index + 1] if index + 1 < len(matches) else None
        if following is not None and _moves_between(line, match, following):
            moved.add(index + 1)
            continue  # "from 2:00pm to 4:30pm" after "move our call": the old hour
        end_index = _end_beyond_date(line, match, matches, index + 1)
        if end_index is not None:
            following = matches[end_index]
        if following is not None:
            gap = _gap_past_day_period(line, match, following)
            between = _BETWEEN.search(line[max(0, match.start() - 14) : match.start()])
            if (
                (
                    end_index is not None
                    or _RANGE_GAP.fullmatch(gap)
                    or gap.strip() in {"-", "–", "—", "~"}
                    or (between and _AND.fullmatch(gap))
                )
                and not _is_day_of_month(line, following)
                and not _is_list_mark(line, following)
                and line[following.end() : following.end() + 1] not in _CJK_DATE_UNITS
                and not _CHAINED_NUMBER.match(line, following.end())
                and not _CASE_MOVE_AFTER.match(line, following.end())
                and not _HOURS_COUNTED_AFTER.match(line, following.end())
                and not (
                    # "11:30 صباحاً يوم الأربعاء", "11:30 صبح روز چهارشنبه": "day" after a
                    # part of the day names the weekday that follows, it counts nothing
                    _COUNTED_AFTER.match(line, following.end())
                    and not (following.group("mer") or following.group("merword"))
                )
            ):
                end_meridiem = _meridiem(following)
                start_with_end_meridiem = (
                    _clock_value(match, end_meridiem) if not _meridiem(match) else start
                )
                end = _clock_value(following, _meridiem(match))
                if (
                    end is not None
                    and start is not None
                    and end <= start
                    and not end_meridiem
                    and _meridiem(match) == "am"
                ):
                    # "from 11 am to 12", "सुबह 11 बजे से 12 बजे तक": a morning's end that
                    # would come before its start is past noon, not past midnight
                    end = _clock_value(following, "pm") or end
                elif (
                    end is not None
                    and start is not None
                    and end <= start
                    and end.hour >= 12
                    and not end_meridiem
                    and start.hour >= 13
                ):
                    # "23:00-3:00": a bare end before a 24-hour evening start is past
                    # midnight, not the next afternoon
                    end = _clock_value(following, "am") or end
                if end is not None and start_with_end_meridiem is not None:
                    if _meridiem(match) is None and end_meridiem:
                        start = start_with_end_meridiem
                        if start > end:  # "11-1pm": the start is in the morning
                            start = _clock_value(match, "am") or start
                    used_as_end.add(end_index if end_index is not None else index + 1)
                    # across a date, the clock ends where it is written: the date between
                    # is read beside it, as for a slot without an end
                    finish = following.end() if end_index is None else match.end()
                    if _lone_start_zone(line, match, following):
                        zone_from = match.end()
        # the hour a time was moved to is one however bare ("push today's 2pm to 4")
        if not _is_time(match, line, end is not None or index in moved):
            continue
        hits.append(
            _Clock(
                start,
                end,
                match.start(),
                finish,
                match.group("m") is None and match.group("half") is None,
                index in moved,
                zone_from,
            )
        )
    hits.extend(noons)
    hits.sort(key=lambda hit: hit.begin)
    if len(hits) > 1:
        hits = _range_moved_to_range(line, hits)
    return tuple(hits)


def _given_up_hours(line: str, hits: list[_Clock]) -> list[tuple[int, int]]:
    """Pairs (given up, taken) of the indexes of hours a line trades one for the other.

    "2pm instead of 1pm", "um 15 statt um 14 Uhr", "3pm, not 2pm": the second hour is
    given up; a postposition ("15:00 yerine 14:00'te", "10:00 helyett 11:00-kor"), "not at
    9.30 but at 10.00" and an apology between them ("a las 12:00, perdón, a las 12:30") give
    up the first."""
    pairs: list[tuple[int, int]] = []
    for index in range(1, len(hits)):
        first, second = hits[index - 1], hits[index]
        if _INSTEAD_OF.fullmatch(line, first.finish, second.begin):
            pairs.append((index, index - 1))
        elif (
            _INSTEAD_AFTER.fullmatch(line, first.finish, second.begin)
            or _SLIP_JOIN.fullmatch(line, first.finish, second.begin)
            or (
                _BUT_JOIN.fullmatch(line, first.finish, second.begin)
                and _NOT_BEFORE.search(line, max(0, first.begin - 16), first.begin)
            )
        ):
            pairs.append((index - 1, index))
    return pairs


def corrected_hours(texts: list[str]) -> dict[time, time]:
    """The hours the writer's own lines correct, given up -> taken ("sorry, I meant 3pm,
    not 2pm", "Korrektur: um 15 Uhr und nicht um 14 Uhr", "alle 16:30, non alle 16:00"):
    a slip corrected in one line is corrected wherever else the mail, or the quoted first
    mail, still says it. Quoted lines correct nothing."""
    found: dict[time, time] = {}
    for text in texts:
        for raw in text.split("\n")[:400]:
            if raw.lstrip().startswith(">") or not _DIGIT.search(raw[:MAX_LINE]):
                continue
            line = raw[:MAX_LINE]
            hits = _unfiltered_clocks(line)
            for lost, kept in _given_up_hours(line, list(hits)):
                if hits[lost].start != hits[kept].start:
                    found.setdefault(hits[lost].start, hits[kept].start)
    return found


# "Thursday 5/21, not Wednesday", "le jeudi 21 mai, et non le mercredi 20", "w czwartek 21
# maja, a nie w środę", "是5月21日（周四），不是周三": the day after the negation is given up
_DAY_THEN_NOT = re.compile(
    r"(?:\s?[(（][^)）\n]{1,12}[)）])?\s?[,，;、]?\s?(?:[-–—]\s?)?"
    r"(?:(?:and|und|et|e|y|en|och|og|i|a)\s)?"
    r"(?:(?:not|nicht|non|pas|no|niet|nie|inte|ikke|não|nao)(?![^\W\d_])|而不是|不是)\s?"
    r"(?:(?:on|am|le|el|la|il|w|we|op|na|no|på|den|the)\s)?",
    re.IGNORECASE,
)
# "5月20日（水）ではなく5月21日（木）", "수요일이 아니라 목요일", "not Wednesday but Thursday",
# "nicht Mittwoch, sondern Donnerstag": the day before the joint is given up
_DAY_NOT_THEN = re.compile(
    r"(?:\s?[(（][^)）\n]{1,12}[)）])?\s?"
    r"(?:ではなく|じゃなくて|이 아니라|가 아니라|而是|，是|,\s?是"
    r"|,?\s?(?:but|sondern|mais|sino|ma|maar|mas|utan|men)\s(?:(?:on|am|le|el|il|op|na|the)\s)?)\s?",
    re.IGNORECASE,
)
_NOT_DAY_BEFORE = re.compile(
    r"(?:\b(?:not|nicht|pas|no|niet|nie|inte|ikke|não)\s(?:(?:on|am|le|el|il|op|na|the)\s)?|不是)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _DayCorrection:
    """A day the writer gave up for another: any reading on the weekday given up, within a
    week of the day kept, is the day kept. A kept day written without a date ("am
    Donnerstag, nicht am Mittwoch") keeps the week of the reading it corrects."""

    lost_weekday: int
    kept: date | None
    kept_weekday: int
    # where the day given up is written: a reading made there ("not Wednesday. 10am still
    # stands") is the slip itself, whichever week its weekday alone would fall in
    line: str = ""
    lost_span: tuple[int, int] = (0, 0)


def corrected_days(
    texts: list[str], reference: date, order: str, order_sure: bool, language: str
) -> list[_DayCorrection]:
    """The days the writer's own lines correct ("Thursday 5/21, not Wednesday", "le jeudi
    21 mai, et non le mercredi 20", "5月20日（水）ではなく5月21日（木）"), as corrected_hours
    does for hours: a slip corrected in one line is corrected wherever else the mail, or the
    quoted first mail, still says it. Quoted lines correct nothing."""
    found: list[_DayCorrection] = []
    for text in texts:
        for raw in text.split("\n")[:400]:
            if raw.lstrip().startswith(">"):
                continue
            line = raw[:MAX_LINE]
            hits = _dates(line, reference, order, order_sure, language)
            for index, kept in enumerate(hits):
                lost = _day_given_up_after(line, kept, hits[index + 1 : index + 2])
                if lost is None and index + 1 < len(hits):
                    lost, kept = _day_given_up_before(line, kept, hits[index + 1])
                if lost is None or lost[0] == kept.day.weekday():
                    continue
                dated = _DIGIT.search(line, kept.begin, kept.finish) is not None
                found.append(
                    _DayCorrection(
                        lost[0], kept.day if dated else None, kept.day.weekday(), line, lost[1:]
                    )
                )
    return found


_LostDay = tuple[int, int, int]  # the weekday given up, where it is written (begin, end)


def _day_given_up_after(line: str, kept: _Date, following: list[_Date]) -> _LostDay | None:
    """The weekday a negation right after a day gives up ("jueves 21, no el miércoles"):
    the next date read, or a weekday word the reading folded into the explicit date."""
    joint = _DAY_THEN_NOT.match(line, kept.finish, kept.finish + 30)
    if joint is None or not joint.group(0).strip():
        return None
    if following and following[0].begin == joint.end():
        return following[0].day.weekday(), following[0].begin, following[0].finish
    word = _DAY_WORD.match(line, joint.end())
    weekday = None if word is None else full_weekday_names().get(_folded(word.group(0)))
    return None if weekday is None or word is None else (weekday, word.start(), word.end())


def _day_given_up_before(line: str, lost: _Date, kept: _Date) -> tuple[_LostDay | None, _Date]:
    """(the weekday given up, the day kept) for "5月20日（水）ではなく5月21日（木）" or "not
    Wednesday but Thursday", where the day given up comes first."""
    if kept.begin - lost.finish > 30 or not _DAY_NOT_THEN.fullmatch(line, lost.finish, kept.begin):
        return None, kept
    if _BUT_JOIN.match(line, lost.finish) and not _NOT_DAY_BEFORE.search(
        line, max(0, lost.begin - 8), lost.begin
    ):
        return None, kept  # "Thursday but at 3pm" gives nothing up
    return (lost.day.weekday(), lost.begin, lost.finish), kept


def _corrected_day(candidate: _Candidate, corrections: list[_DayCorrection]) -> date | None:
    day = candidate.start.date()
    for correction in corrections:
        if day.weekday() != correction.lost_weekday:
            continue
        if correction.kept is not None:
            begin, end = correction.lost_span
            read_there = candidate.line == correction.line and begin <= candidate.at < end
            if read_there or abs((correction.kept - day).days) <= 6:
                return correction.kept
            continue
        shift = (correction.kept_weekday - correction.lost_weekday) % 7
        return day + timedelta(days=shift if shift <= 3 else shift - 7)
    return None


def _end_beyond_date(
    line: str, first: re.Match[str], matches: list[re.Match[str]], after: int
) -> int | None:
    """Return the index in `matches` of the clock that ends the slot `first` starts across
    the date written between them ("from 12:00 on Monday 8 February until 13:00", "for midday
    on Monday 8 February until 1pm"), or None: a start cue before the first clock, the date
    between (its day may read as a clock of its own), "until" right before the end, and no
    other day after the end (a span of days). `after` is the first index to look at."""
    if not _START_CUE_BEFORE.search(line[max(0, first.start() - 16) : first.start()]):
        return None
    for later in range(after, min(after + 2, len(matches))):
        second = matches[later]
        if any(not _is_day_of_month(line, between) for between in matches[after:later]):
            return None  # another clock between ("von 9 bis 10 Uhr. Der Empfang ist bis 13")
        date_gap = _DATE_THEN_UNTIL.fullmatch(line, first.end(), second.start())
        if date_gap is None:
            continue
        words = date_gap["date"].split()
        # the date: a day's number beside a month or weekday word ("on Monday 8 February",
        # "am Montag, 8. Februar"); a clause between ("and the car park is free until 5")
        # is no date, whatever short word of some language it holds
        if not (_DIGIT.search(date_gap["date"]) and any(_wrap_token(word) for word in words)):
            return None
        beyond = line[second.end() : second.end() + 40].split()[:3]
        return None if any(_wrap_token(word) for word in beyond) else later
    return None


# "8:00am Pacific / 4:00pm London": a zone, then a slash or a bar before the next time
_ZONE_SLASH = re.compile(r"\s?(?P<zone>[^\W\d_][^\n/|=]{0,30}?)\s?[/|=]\s?")


def _restated_in_unread_zone(line: str, first: _Clock, second: _Clock) -> bool:
    """Tell "4:00pm London" in "8:00am Pacific / 4:00pm London, Wed March 3" from a time
    of its own: the moment said again for a place whose zone is not written as one. The
    first time's zone is read; the second's is not, and without it the second would be
    read in the sender's zone."""
    gap = _ZONE_SLASH.fullmatch(line, first.finish, second.begin)
    if gap is None or first.end is not None:
        return False
    zone = read_zone(gap.group("zone"))
    if zone is None or zone.length < len(gap.group("zone").strip()):
        return False
    return read_zone(line[second.finish : second.finish + 40].lstrip()) is None


# a third number hyphened on: "丸の内2-4-1" (a Japanese block address), "3-5-7": no hour range
_CHAINED_NUMBER = re.compile(r"-\d")


def _glossed(line: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Tell a time restated at once in brackets in a plainer clock from two times: Swahili
    "saa 4:00 asubuhi (10:00 AM)" counts hours from dawn, and "um 8:30 (20:30)" leaves the
    half of the day open; the bracket with a meridiem or a 24-hour hour settles it."""
    if not _GLOSS_GAP.fullmatch(line[first.end() : second.start()]) or _is_list_mark(line, second):
        return False
    if not line[second.end() : second.end() + 4].lstrip().startswith(")"):
        return False  # "(10:00 AM UTC)": another zone's time, read by the zone rules
    if _meridiem(first) is not None:
        return False
    value = _clock_value(second, None)
    return value is not None and (_meridiem(second) is not None or value.hour >= 13)


_GLOSS_GAP = re.compile(r"[^\d\n()]{0,16}\(\s?")


def _pushed_onto(line: str, old: re.Match[str], new: re.Match[str]) -> bool:
    """Tell "Friday at 2pm no longer works. Can we push to 4pm instead?" (the later hour is
    where a move verb sends the meeting, a sentence or two after the hour it leaves) from two
    times of their own. The verb must stand right before the new hour, with at most a pronoun
    between ("move us to 4pm", "on peut décaler à 16h", "flytta till kl. 15")."""
    if new.start() - old.end() > 200:
        return False
    if _WALA_NOW.fullmatch(line, old.end(), new.start()):
        return True
    if _SHIFTED_SO.search(line, old.end(), new.start()):
        return True
    return _moves_onto(line, old.end(), new.start(), new.end())


def _moves_onto(line: str, old_end: int, new_start: int, new_end: int) -> bool:
    """Tell the hour (or range) a move sends a meeting to, after the one it leaves: a move verb
    and "to" right before it ("moved to 4pm"), or the words of _moved_onto_after."""
    if _ONTO.search(line[max(old_end, new_start - 48) : new_start]):
        return True
    return _moved_onto_after(line, old_end, new_start, new_end)


def _moved_onto_after(line: str, old_end: int, new_start: int, new_end: int) -> bool:
    """Tell "am 4. März um 14:00 Uhr wurde auf 15:00 Uhr verschoben", "14:00の面接は15:00に変更",
    "14:00 면접이 15:00로 변경", "14:00'teki mülakat 15:00'e alındı" and "原定14:00的面试改为
    15:00" (the later hour, or range, of one clause is where the meeting goes: the verb or the
    case ending after it, or a move verb and "to" right before it) from two hours of their own.
    Only with no number between: a day there makes two dated slots, paired on their own."""
    gap = line[old_end:new_start]
    # "14:00〜15:00に変更" is a range moved whole: its ends are joined by no word
    if (
        _DIGIT.search(gap)
        or _CLAUSE_END.search(gap)
        or not _LETTER.search(gap.lower().replace("uhr", ""))
    ):
        return False
    if _CHANGED_TO_BEFORE.search(line, max(old_end, new_start - 16), new_start):
        return True
    if _MARKED_NEW_AFTER.match(line, new_end):
        return True
    if not _ONTO_VERB_LAST.search(line, max(old_end, new_start - 16), new_start):
        return False
    after = _CLAUSE_END.split(line[new_end : new_end + 40], maxsplit=1)[0]
    return bool(ANY_MOVE_VERB.search(after))


_LETTER = re.compile(r"[^\W\d_]")
# where the meeting goes, its verb still to come: "auf 15:00 Uhr verschoben", "naar 15.00 uur
# verplaatst"
_ONTO_VERB_LAST = re.compile(r"(?:\bauf|\bnaar|\bop|\bna)\s(?:(?:die|de)\s)?$", re.IGNORECASE)
# the hour a Turkish, Korean or Japanese move sends it to, marked after it (as the slot rules
# read it): "15:00'e alınmıştır", "15:00로 변경", "15:00に変更"
_MARKED_NEW_AFTER = re.compile(rf"(?:\s?(?:uhr|h))?(?:{NEW_SLOT_MARKED_AFTER})", re.IGNORECASE)
# Chinese "changed to" right before the new hour: "改为15:00", "调整到下午3点", "改为同日15:00"
_CHANGED_TO_BEFORE = re.compile(
    r"(?:调整|調整|更改|修改|变更|變更|改期|延期|推迟|推遲|延后|延後|提前|改)(?:为|為|到|至|在|成)\s?(?:同日|当天|當天|当日|同一天)?\s?$"
)


# a move by a span, then the hour it lands on: "pushed back by an hour, so 11:30am", "we've
# pushed it back 2 hours, so it's now 3pm", "moved 30 minutes later, i.e. 1:30"
_SHIFTED_SO = re.compile(
    MOVE_VERB_WORDS + r"[^.!?\n\d]{0,30}?\b(?:\d{1,3}|an?|one|two|three|half an?)\s?"
    r"(?:hours?|hrs?|minutes?|mins?)\b[^.!?\n\d]{0,12}?,?\s"
    r"(?:so|i\.e\.|making it|which makes it)(?:\s(?:it's|it is|that's|that is|we're|we are))?"
    r"(?:\s(?:now|starting))?(?:\s(?:at|from))?\s?$",
    re.IGNORECASE,
)


# Hindi, Hinglish and Urdu name a slot already set by its hour ("8 baje wala reminder", "2
# बजे वाली प्रेजेंटेशन", "3 بجے والا"); "now" (ab, अब, اب) before the next hour moves it there:
# "Monday ka 4 baje wala slot ab 12 baje hoga", "4 बजे वाला इंटरव्यू अब 12 बजे होगा"
_WALA_NOW = re.compile(
    r"\s?(?:(?:wala|wali|waala|waali)\b|वाला|वाली|वाले|والا|والی)[^.!?\n\d]{0,30}?"
    r"(?:\bab|अब|\bاب)\s?",
    re.IGNORECASE,
)


_ONTO = re.compile(
    MOVE_VERB_WORDS + r"(?:\s(?:it|us|you|this|that|la|lo|le|les|het|es|den|det))?"
    # "перенесено на 15:00" (Russian "onto"), "remarcada para as 15h"
    rf"\s(?:{DESTINATION_WORDS}|на)\s(?:(?:the|las?|les?|[aà]s|kl\.?|klo|ore|om|um)\s?)?$",
    re.IGNORECASE,
)

# joiners that only ever move a time ("von 9:00 auf 11:30", "van 10.00 naar 13.00", "o
# horário passa de 10h para 14h30": a Portuguese range is "das 10h às 11h", never "para")
_MOVE_ONLY_JOIN = re.compile(r"\s?(?:auf|naar|na|para(?:\s[aà]s?)?|->|→)\s?", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:\n]")


# the word between the old range and the new one of a move: "from 14:00-15:00 to
# 16:00-17:00", "von 14:00–15:00 Uhr auf 16:00–17:00 Uhr", "de 14h-15h à 16h-17h"
_RANGE_TO_RANGE = re.compile(
    r"\s?(?:uhr|h|u|hrs)?\.?\s?(?:to|auf|naar|na|à|a|al|alle|till|til|para|->|→)\s?",
    re.IGNORECASE,
)


def _range_moved_to_range(line: str, hits: list[_Clock]) -> list[_Clock]:
    """Drop the old range of "moves from 14:00-15:00 to 16:00-17:00" and mark the new one
    moved: the two are one move, not two slots ("from" before the first, a move verb in
    its clause or right after the second)."""
    dropped: set[int] = set()
    for index in range(len(hits) - 1):
        old, new = hits[index], hits[index + 1]
        if old.end is None or new.end is None:
            continue
        if _moves_onto(line, old.finish, new.begin, new.finish):
            # "10:00〜11:00の面接を14:00〜15:00に変更", "von 10 bis 11 Uhr wird auf 14 bis 15
            # Uhr verschoben": the words between say where the range goes
            dropped.add(index)
            continue
        if not _RANGE_TO_RANGE.fullmatch(line, old.finish, new.begin):
            continue
        if not _FROM_WORD.search(line[max(0, old.begin - 12) : old.begin]):
            continue
        clause = line[max(0, old.begin - 160) : old.begin]
        ends = list(_CLAUSE_END.finditer(clause))
        clause = clause[ends[-1].end() :] if ends else clause
        after = line[new.finish : new.finish + 30]
        if ANY_MOVE_VERB.search(clause) or ANY_MOVE_VERB.search(after):
            dropped.add(index)
    if not dropped:
        return hits
    return [
        replace(hit, moved=True) if index - 1 in dropped else hit
        for index, hit in enumerate(hits)
        if index not in dropped
    ]


def _moves_between(line: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Tell "moved from 2:00pm to 4:30pm" or "move tomorrow's 10am to 11:30" (an old and a
    new hour) from a range."""
    gap = line[first.end() : second.start()]
    has_from = bool(_FROM_WORD.search(line[max(0, first.start() - 12) : first.start()]))
    if _MOVE_ONLY_JOIN.fullmatch(gap) and (has_from or _verb_in_clause(line, first, second)):
        return True
    if _KO_FROM.fullmatch(gap) and _KO_TO.match(line, second.end()):
        return True  # "오후 3시에서 오후 4시 30분으로 변경되었습니다": the old hour, then the new
    if (_DAY_THEN_TO.fullmatch(gap) or _NOUN_THEN_TO.fullmatch(gap)) and _VERB_ON_HOUR.search(
        line, max(0, first.start() - 40), first.start()
    ):
        return True  # "push your 2pm today to 4", "move your 10am on Friday to 11:30"
    if not _RANGE_GAP.fullmatch(gap) or gap.strip() in {"-", "–", "—", "~", "bis", "tot", "do"}:
        return False
    clause = line[max(0, first.start() - 160) : first.start()]
    ends = list(_CLAUSE_END.finditer(clause))
    clause = clause[ends[-1].end() :] if ends else clause
    verbs = list(MOVE_VERBS.finditer(clause))
    if not verbs:
        return False
    # without "from", the first hour must be what the verb moves ("push the 10am to 11"),
    # not the destination already named ("move our chat to Thursday, 2 to 3pm")
    return has_from or not _DESTINATION.search(clause[verbs[-1].end() :])


def _verb_in_clause(line: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Tell "können wir heute um 14 Uhr auf 15 Uhr schieben?" and "wij zetten 10.00 uur naar
    11.00 uur" (a move verb in the clause of two hours joined by a word that only moves,
    before them or, verb last, right after) from a list of hours."""
    clause = line[max(0, first.start() - 160) : first.start()]
    ends = list(_CLAUSE_END.finditer(clause))
    clause = clause[ends[-1].end() :] if ends else clause
    after = _CLAUSE_END.split(line[second.end() : second.end() + 40], maxsplit=1)[0]
    return bool(ANY_MOVE_VERB.search(clause) or ANY_MOVE_VERB.search(after))


# Korean marks the hour left with "에서" (from) and the one taken with "(으)로" (to), with no
# date between: "오후 3시에서 오후 4시 30분으로 변경" (jakomove26), "오전 10시에서 오후 2시로"
# (ownform26b)
_KO_FROM = re.compile(r"\s?에서\s?")
_KO_TO = re.compile(r"\s?으?로(?![^\W\d_])|\s?으?로\s?(?:변경|바뀌|옮|조정|연기|당겨)")
# the day of the hour a verb moves, between it and the hour it goes to: "push your 2pm today
# to 4", "move my 11am tomorrow to 1pm", "shift your 3pm on Thursday to 5"
_DAY_THEN_TO = re.compile(
    r"\s(?:today|tomorrow|tonight|(?:on |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\s(?:to|till)\s?",
    re.IGNORECASE,
)
_VERB_ON_HOUR = re.compile(
    MOVE_VERB_WORDS + r"\s(?:(?:your|our|my|the|this|that"
    # "push today's 2pm interview to 3pm", "move tomorrow's 10am to 11"
    r"|today['’]s|tomorrow['’]s|tonight['’]s|this (?:morning|afternoon)['’]s)\s)?$",
    re.IGNORECASE,
)
# the meeting's noun between the hour a verb moves and the one it goes to: "push today's
# 2pm interview to 3pm", "move our 10am call to 11:30"
_NOUN_THEN_TO = re.compile(
    r"\s(?:interview|call|chat|meeting|session|slot|screen)\s(?:to|till)\s?", re.IGNORECASE
)


# "to"/"auf"/"à" after a move verb names where the meeting goes
_DESTINATION = re.compile(rf"\b(?:{DESTINATION_WORDS}|until|zu|on|am|le|el|il)\b|\d", re.IGNORECASE)


def _moved_to(match: re.Match[str], old: re.Match[str]) -> time | None:
    """ "push your 3pm to 7" is 7pm, "move the 11am to 1" 1pm: the new hour keeps the old
    one's half of the day unless that would put it before the old one in the morning."""
    hint = _meridiem(old)
    new = _clock_value(match, hint)
    before = _clock_value(old, None)
    if hint == "am" and new is not None and before is not None and new < before:
        return _clock_value(match, "pm")
    return new


def _meridiem(match: re.Match[str]) -> str | None:
    pre = match.group("pre")
    for written in (pre, match.group("merword")):
        # a CLDR day period puts the hour in the span it names: "10 siang" is 10:00, "2
        # siang" 14:00, "7:00 več." 19:00; one that names neither half says nothing
        half = cldr_day_period_half(written, int(match.group("h"))) if written else None
        if half:
            return half
        if (
            written
            and unicodedata.normalize("NFKC", written).lower().strip() in cldr_day_periods()[0]
            and not _TYPED_DAY_PART.fullmatch(written.strip().removesuffix(" saat"))
        ):
            return None
    if pre:
        return (
            "pm"
            if pre.strip().lower().removesuffix(" saat")
            in {
                "午後",
                "오후",
                "下午",
                "晚上",
                "中午",
                "傍晚",
                "दोपहर",
                "शाम",
                "रात",
                "öğleden sonra",
                "akşam",
                *("দুপুর", "বিকাল", "বিকেল", "সন্ধ্যা", "রাত"),
                *("மதியம்", "மாலை", "இரவு", "دوپہر", "شام", "رات"),
                # Hungarian's evening, read before "órakor"/"-kor" only (_CLOCK)
                "este",
                *_PRE_AFTERNOON,
            }
            else "am"
        )
    word = (match.group("merword") or "").lower()
    if word:
        morning = (
            *("mañana", "manhã", "matin", "mattin", "morgens", "vormittags", "ochtends"),
            "am vormittag",
            *("rano", "morgonen", "pagi", "sáng", "morning", "صباحاً", "صباحًا", "صباحا"),
            # Italian "alle 10 del mattino", "alle 9 di mattina" (the French "matin" above is
            # no ending of either)
            *("mattino", "mattina"),
            *("umaga", "π.μ.", "π. μ."),
            *("утра", "ранку", "сутринта"),
            *_POST_MORNING,
        )
        return "am" if word.endswith(morning) else "pm"
    text = (match.group("mer") or "").lower().replace(".", "").replace(" ", "")
    # Greek writes "π.μ." (before noon) and "μ.μ." (after noon); Welsh glues CLDR's "yb" (y
    # bore) and "yh" (yr hwyr) to the hour: "am 2yh", "am 10yb"
    if text:
        return {"πμ": "am", "μμ": "pm", "yb": "am", "yh": "pm", "a": "am", "p": "pm"}.get(
            text, text
        )
    return _day_period_around(match)


def _day_period_spelling(word: str) -> str:
    """A CLDR day-period word as it is printed: short ones with or without their dots
    ("p.d.", "vm.", "пр.об.", "ق.ظ."). A short Latin word counts only with a dot or in
    capitals ("de.", "PG", "SA"), since "de", "em", "sa" are words after a time too."""
    if " " in word or len(word) > 4:
        return re.escape(word).replace("\\ ", r"\s") + r"\.?"
    dotted = r"\.?".join(map(re.escape, word))
    if not word.isascii():
        return dotted + r"\.?"
    return rf"{dotted}\.|(?-i:{re.escape(word.upper())})"


@cache
def _day_period_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The day-period words after a time ("9:00 ص", "3:30 PG") and, for the non-Latin ones,
    before it ("ÖÖ 3:30"), compiled once for all languages; and the half each key names."""
    periods = {word: half for word, half in day_periods().items() if word != "to"}
    words = sorted(periods, key=len, reverse=True)
    after = "|".join(_day_period_spelling(word) for word in words)
    before = "|".join(_day_period_spelling(word) for word in words if not word.isascii())
    halves = {day_period_key(word): half for word, half in periods.items()}
    return (
        re.compile(rf"\s?(?:{after})(?![^\W\d_])", re.IGNORECASE),
        re.compile(rf"(?<![^\W\d_])(?:{before})\s?$", re.IGNORECASE),
        halves,
    )


def _gap_past_day_period(line: str, first: re.Match[str], second: re.Match[str]) -> str:
    """The text between two clocks, less a day-period word written after the first: in
    "10:00 ص - 11:00 ص", "9:30 vm. tot 10:15 vm." the range's joiner follows the word; less,
    too, a zone written after both ends ("2:00 PM EST – 3:00 PM EST")."""
    gap = line[first.end() : second.start()]
    if not gap or (gap[0] not in " \u00a0\u202f" and gap[0].isascii()):
        return gap  # a joiner straight after the number ("10:00-11:00"): nothing to skip
    period = _day_period_patterns()[0].match(line, first.end(), second.start())
    begin = period.end() if period else first.end()
    zone = _ZONE_AFTER_CLOCK.match(line, begin, second.start())
    if zone and _same_zone_after(line, second, zone.group("zone")):
        return line[zone.end() : second.start()]
    if _lone_start_zone(line, first, second):
        # "10:00 GMT to 10:30", "2:00 PM ET – 2:30 PM": the zone said once, after the start,
        # holds for the end as well (a joiner must still stand after it: "10:00 TO 11:00")
        assert zone is not None
        return line[zone.end() : second.start()]
    return line[begin : second.start()]


def _lone_start_zone(line: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Tell whether a range names its zone once, after its start and before its joiner."""
    period = _day_period_patterns()[0].match(line, first.end(), second.start())
    zone = _ZONE_AFTER_CLOCK.match(line, period.end() if period else first.end(), second.start())
    if zone is None or not line[zone.end() : second.start()].strip():
        return False
    # "10:00 (GMT - 5)", "10:00 UTC − 3": the sign and digits after the zone are its offset,
    # not a joiner and the range's end
    stated = read_zone(line[zone.start("zone") : second.end() + 8])
    if stated is not None and zone.start("zone") + stated.length > second.start():
        return False
    return not _same_zone_after(line, second, zone.group("zone")) and _no_zone_after(line, second)


# "2:00 PM EST – 3:00 PM EST", "10:30:00 GMT+1 – 11:15:00 GMT+1" (CLDR's long time, as
# Nextcloud Polls and other ICU/Punic formatters print it), "14:00 CET - 15:00 CET": the
# zone named after each end stands between the first end and the range's joiner
_ZONE_AFTER_CLOCK = re.compile(
    r"[ \u00a0\u202f]\(?(?P<zone>(?:GMT|UTC)(?:[+\-\u2212]\d{1,2}(?::\d{2})?)?|[A-Z]{2,5})\)?"
)


def _same_zone_after(line: str, second: re.Match[str], zone: str) -> bool:
    """Tell whether the range's end names the same zone right after it (and its day period)."""
    period = _day_period_patterns()[0].match(line, second.end(), second.end() + 24)
    found = _ZONE_AFTER_CLOCK.match(line, period.end() if period else second.end())
    return found is not None and found.group("zone") == zone


def _no_zone_after(line: str, second: re.Match[str]) -> bool:
    """Tell whether the range's end names no zone of its own right after it."""
    period = _day_period_patterns()[0].match(line, second.end(), second.end() + 24)
    return _ZONE_AFTER_CLOCK.match(line, period.end() if period else second.end()) is None


def _day_period_around(match: re.Match[str]) -> str | None:
    """The half of the day a CLDR day-period word right after or before a time names."""
    line, start, end = match.string, match.start(), match.end()
    after, before, halves = _day_period_patterns()
    found = after.match(line, end) if end < len(line) else None
    if found is None and start:
        found = before.search(line, max(0, start - 24), start)
    return halves.get(day_period_key(found.group(0).strip())) if found else None


# "vid 14-tiden", "ved 14-tiden": Swedish, Danish and Norwegian "around 14"
# ... and so do the "o'clock" words of South Asian languages, all of a 12-hour clock: a bare
# "3 baje", "3 बजे", "3 بجے", "৩টায়", "3 மணிக்கு" is three in the afternoon unless a part of the
# day before it says otherwise ("सुबह 4 बजे")
_LOOSE_SUFFIXES = frozenset(
    {"ish", "-ish", "o'clock", "o’clock", "-tiden", "baje", "बजे", "بجے", "वाजता", "वाजे"}
    | {"વાગ્યે", "વાગે", "ਵਜੇ", "\u099f\u09be\u09af\u09bc", "\u099f\u09be\u09df", "টা", "மணிக்கு"}
    | {"గంటలకు", "ಗಂಟೆಗೆ", "മണിക്ക്", "بجې", "بجو"}
    # ... and Welsh and Irish "o'clock" ("am 2 o'r gloch", "ag a 2 a chlog"), a 12-hour clock
    # whose part of the day ("y prynhawn", "iarnóin") is often left out
    | {"o'r gloch", "o’r gloch", "a chlog"}
    # ... and Scottish Gaelic's ("aig 2 uair", "aig 3 uairean feasgar")
    | {"uair", "uairean"}
)


# today's afternoon or evening named just before an hour (lexicon.TODAY_LATER_HALF), with at
# most two words between
_SAME_DAY_LATER_HALF = re.compile(
    rf"(?:{TODAY_LATER_HALF})(?:[\s,]+[^\W\d_]+\.?){{0,2}}[\s,]*$", re.IGNORECASE
)


def _same_day_later_half(match: re.Match[str]) -> bool:
    """Tell an hour that today's afternoon or evening phrase leads (_SAME_DAY_LATER_HALF)."""
    start = match.start()
    return bool(_SAME_DAY_LATER_HALF.search(match.string[max(0, start - 40) : start]))


def _clock_value(match: re.Match[str], meridiem_hint: str | None) -> time | None:
    hour = int(match.group("h"))
    minute = 30 if match.group("half") else int(match.group("m") or 0)
    meridiem = _meridiem(match) or meridiem_hint
    if meridiem is None and 1 <= hour <= 11 and _same_day_later_half(match):
        meridiem = "pm"
    if (match.group("merword") or "").lower() in {"siang", "tengah hari", "trưa"} and hour >= 11:
        meridiem = None  # "siang", "tengah hari", "trưa" are midday: 11.30 siang is before
        # noon, 1 siang after
    if meridiem:
        if hour > 12:
            # "14:00 PM": a 24-hour clock with the meridiem printed after it (PHP 'H:i A',
            # Krayin CRM's activity mails, shop receipts); "14:00 AM" contradicts itself.
            # An hour unit says the same as minutes: "14h chiều" (14h in the afternoon) is
            # 14:00 (seasia31, timefirst30)
            unit = (match.group("suffix") or "").strip().lower()
            counted = bool(unit) and unit not in _LOOSE_SUFFIXES
            if meridiem != "pm" or len(match.group("h")) != 2 or hour > 23:
                return None
            if not (match.group("m") or counted):
                return None
            return time(hour, minute)
        if hour == 0:  # "午後0時" is noon, "午前0時" midnight
            hour = 12
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
    if hour == 24:
        return None
    # "3ish", "4 o'clock" name the hour loosely, as a bare "3" does
    loose = (match.group("suffix") or "").strip().lower() in _LOOSE_SUFFIXES
    plain = not (meridiem or (match.group("suffix") and not loose) or match.group("kanji"))
    # "@ 4", "at 3", "say 3:30": nobody is asked to an interview at four in the morning, and
    # a 24-hour writer puts 15:30 or 03:30, never a one-digit hour with minutes
    # ... but "6h00", "6 h 30" (French, Portuguese, Spanish writers' "h" between hour and
    # minutes) is a 24-hour clock: its evening is "18h00"
    h_clock = bool(match.group("m")) and (match.group("sep") or "").strip().lower() == "h"
    if (
        plain
        and not h_clock
        and 1 <= hour <= 6
        and (not match.group("m") or len(match.group("h")) == 1)
    ):
        hour += 12
    return time(hour, minute)


def _is_time(match: re.Match[str], line: str, in_range: bool) -> bool:
    """Tell a clock time from any other number: it needs minutes, am/pm, a unit or a cue."""
    if _labelled_number(line, match.start()):
        return False  # "Room 10.30", "Raum 12.06", "version 10.5": a label's number
    if _priced(line, match):
        return False  # "€10.50 per ticket", "10.30 EUR", "USD 10.30": an amount
    if "(" in line and _weekday_day_in_brackets(match, line):
        return False  # "bu cuma (15.01)", "šį penktadienį (01-15)": the weekday's date
    if _bare_letter_meridiem(match) and not match.group("m"):
        return _letter_clock_placed(match, line)
    if match.group("sep") and match.group("m"):
        # (a part of the day before it names a time too: "অপৰাহ্ন 2.30", "ප.ව. 2.30")
        if match.group("sep").strip() == "." and not (
            match.group("mer")
            or match.group("merword")
            or match.group("suffix")
            or match.group("pre")
            or in_range
        ):
            before = line[max(0, match.start() - 12) : match.start()]
            if int(match.group("m")) <= 12 and _DATE_BEFORE_CLOCK_WORD.match(line, match.end()):
                return False  # "N 11.03 kell 13", "torstaina 11.03 klo 13": a day and month
            if dotted_date_closing_line(line, match.start("h"), match.end()):
                return False  # "Colloquio 13.01": a subject's date, the hour in the body
            after = line[match.end() : match.end() + 6]
            # "10.00" is a time in much of the world, "1.50" a price or a version
            return bool(
                _HOUR_CUE.search(before) or re.match(r"\s?(?:uhr|h\b|\(|[A-Z]{2,4}\b)", after, re.I)
            ) or (
                (int(match.group("h")) >= 6 or _day_period_around(match) is not None)
                and not re.search(r"[$€£]\s?$", before)
                and not (re.search(r"\bv\s?$", before) and not _at_after_day(line, match))
            )
        return True
    if _bare_letter_meridiem(match):
        return _letter_clock_placed(match, line)
    if match.group("mer") or match.group("merword") or match.group("pre") or match.group("kanji"):
        return True
    if match.group("suffix"):
        suffix = match.group("suffix").strip(" .").lower()  # Slovenian "ob 14. uri"
        if suffix in {"h", "u"}:
            return bool(re.search(r"\d\s?h$|\d\s?u$", match.group(0).strip(), re.I)) and (
                suffix == "h"
                or bool(_HOUR_CUE.search(line[max(0, match.start() - 8) : match.start()]))
            )
        if suffix in _COUNTED_HOURS:
            # "ve 14 hodin", "в 14 часов", "о 14 годині", "ob 14. uri" are at that hour;
            # "9 hodin", "2 часа" alone last that long
            before = line[max(0, match.start() - 4) : match.start()]
            return bool(
                _AT_HOUR.search(before)
                or _FINISH_ABOUT_HOUR.search(line[max(0, match.start() - 30) : match.start()])
                or (_FROM_HOUR.search(before) and _TO_HOUR_AFTER.match(line, match.end()))
            )
        return True
    if in_range:
        return True
    before = line[max(0, match.start() - 12) : match.start()]
    if _day_period_around(match) is not None:
        return True  # "ag 3 i.n.", "3 PG", "ص 9": a CLDR day period names the half of the day
    after = line[match.end() : match.end() + 12]
    if _SHARP_AFTER.match(after):
        return True  # "by 10 sharp", "at 9 sharp": only a clock hour is sharp
    if (
        re.match(r"\s?[A-Z][a-z]{2}", after)
        and not re.match(r"\s?(?:Uhr|Hrs)", after)
        and not _CLOCK_WORD_BEFORE.search(before)
        and read_zone(line[match.end() : match.end() + 60]) is None
    ):
        return False  # "at 1 Thames Gate": a house number; "at 9 Eastern Time" is an hour
    return bool(
        _HOUR_CUE.search(before)
        or _TIME_LABEL_BEFORE.search(before)
        or _at_after_day(line, match, after_number=False)
    )


# Slavic languages write "at" before the hour with a word that also means "in" or "about"
# ("в 15", "о 15", "v 15", "u 15": in 15 minutes, about 15 people, version 15), so it makes
# an hour only after a weekday or "today"/"tomorrow" ("в четверг в 15", "завтра в 11",
# "в четвер о 15", "ve čtvrtek v 15", "u četvrtak u 15"), or, before a dotted hour, after a
# day's number ("úterý 15.12 v 10.30", where "v 10.30" alone may be a version)
_DAY_THEN_AT = re.compile(
    r"(?:(\d)\.?|([^\W\d_]{3,15}))[,]?\s{1,2}(?:v|ve|в|во|о|об|u)\s{1,2}$", re.IGNORECASE
)


# what may follow such a bare hour: the end of the clause, the word for "hour", or a short
# word ("в 15 по Москве", "v 15 u nás"); not a counted noun ("в 2 этапа", "в 15 минутах")
_AFTER_BARE_HOUR = re.compile(
    r"\s?(?:$|[^\w\s]|(?:час\w*|ч\.?|годин\w*|hod\w*|h)(?!\w)|[^\W\d_]{1,3}(?!\w))",
    re.IGNORECASE,
)


def _at_after_day(line: str, match: re.Match[str], *, after_number: bool = True) -> bool:
    """Tell "в четверг в 15" and "15.12 v 10.30" (an hour) from "в 15 минут" or "v 10.30"."""
    found = _DAY_THEN_AT.search(line, max(0, match.start() - 20), match.start())
    if found is None:
        return False
    if not after_number and not _AFTER_BARE_HOUR.match(line, match.end()):
        return False
    word = found.group(2)
    if word is None:
        return after_number
    return _is_full_weekday_word(word) or word.lower() in RELATIVE_DAYS


def _bare_letter_meridiem(match: re.Match[str]) -> bool:
    """Tell the US shorthand "10a", "2p", "3:30p" (a lone a or p glued to the hour)."""
    return (match.group("mer") or "") in {"a", "p"}


# where "10a"/"2p" is a clock and not "Flat 10a" or "Room 2p": after "@"/"at", a numeric
# date or a weekday ("Thu 11/11 10a", "Tue 11/16 @ 2p", "Fri 5/3 at 11a"), before a range's
# dash or a zone ("9a-10a", "10a PT"), or with its minutes ("3:30p")
_LETTER_CLOCK_BEFORE = re.compile(
    r"(?:@|\bat|\b\d{1,2}/\d{1,2}|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|[-–])[,\s]*$",
    re.IGNORECASE,
)
_LETTER_CLOCK_AFTER = re.compile(
    r"\s?(?:[-–]\s?\d{1,2}(?::[0-5]\d)?[ap]\b|(?:[ECMP][SD]?T|UTC|GMT|ET|CT|MT|PT)\b)"
)


def _letter_clock_placed(match: re.Match[str], line: str) -> bool:
    """Tell "Thu 11/11 10a" and "@ 2p" (a clock in US text-speak: sms62, usform64) from a
    flat or room letter; the lone letter is lower case and sits where a time goes."""
    if match.group("mer") != match.group("mer").lower():
        return False
    if match.group("m"):
        return True
    before = line[max(0, match.start() - 16) : match.start()]
    return bool(_LETTER_CLOCK_BEFORE.search(before) or _LETTER_CLOCK_AFTER.match(line, match.end()))


# a currency's sign or code beside a number: "€10.50", "$ 10.30", "USD 10.30", "10.50 €",
# "10.30 EUR", "12.50 zł", "10.30 kr", "45.00 TL"
_CURRENCY_BEFORE = re.compile(
    r"(?:[$€£¥₹₺]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|PLN|SEK|NOK|DKK|CZK|HUF|RON|TRY|JPY|BRL|MXN"
    r"|INR|AUD|CAD|Rp|R\$))[ \t\u00a0]?$"
)
_CURRENCY_AFTER = re.compile(
    r"[ \t\u00a0]?(?:[$€£¥₹₺]|(?:EUR|USD|GBP|CHF|PLN|SEK|NOK|DKK|CZK|HUF|RON|TRY|JPY|BRL"
    r"|MXN|INR|AUD|CAD|euros?|dollars?|zł|złotych|kr|Kč|Ft|lei|TL)(?![\w]))"
)


def _priced(line: str, match: re.Match[str]) -> bool:
    """Tell an amount from a clock: "Price: €10.50 per ticket", "10.30 EUR", "USD 10.30" in a
    footer or a travel note set a mail that named a day but no hour at 10:50 or 10:30."""
    before = line[max(0, match.start() - 5) : match.start()]
    return bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(line, match.end()))


# a weekday name and an opening bracket right before a number: "bu cuma (15.01)", "Friday
# (15.01)", "piątek (15.01)"
_WORD_AND_BRACKET_BEFORE = re.compile(r"(\w+)\s?\($")


# what such brackets hold when they gloss the weekday with its date: "(15.01)", "(15.01.)",
# "(01-15)", "(15-01)" (a dash only with a leading zero: "(10-11)" may be hours)
_BRACKETED_DAY = re.compile(r"\((?:\d{1,2}\.\d{1,2}\.?|0\d-\d\d|\d\d-0\d)\)")


def _weekday_day_in_brackets(match: re.Match[str], line: str) -> bool:
    """Whether a number stands in brackets that hold only a day and month after a weekday
    name, as a writer glosses "this Friday" with its date ("bu cuma (15.01) öğlen 12'de",
    "šį penktadienį (01-15) 13 val."): a date, the clock comes after."""
    open_at = line.rfind("(", max(0, match.start() - 4), match.start() + 1)
    if open_at < 0:
        return False
    bracket = _BRACKETED_DAY.match(line, open_at)
    if bracket is None or bracket.end() < match.end():
        return False
    word = _WORD_AND_BRACKET_BEFORE.search(line, max(0, open_at - 24), open_at + 1)
    return word is not None and _is_weekday_word(word.group(1))


# words said only before a clock time, never before a house number: "klo 12 Oulun
# toimistolla", "kl. 10 Bergen", "pukul 9 Kantor Pusat", "ore 11 Sala Rossa", "la ora 10
# Sala 2" (CLDR's fi, da, nb, sv date-time patterns "{1} 'klo' {0}", "{1} 'kl'. {0}")
_CLOCK_WORD_BEFORE = re.compile(rf"\b(?:{CLOCK_ONLY_WORDS})\s?$", re.IGNORECASE)


# "sharp" after a bare number makes it a clock hour, as it does after a spelled one ("at ten
# sharp", word_clocks) or a clock ("19:00 sharp"): "please reach by 10 sharp"
_SHARP_AFTER = re.compile(r"\s(?:o'clock\s)?sharp\b", re.IGNORECASE)


# "Time: 10", "Uhrzeit: 10", "Hora: 10": a bare number as the value of a time label is an hour
_TIME_LABEL_BEFORE = re.compile(
    r"(?:^|\s)(?:time|start time|uhrzeit|zeit|heure|hora|ora|orario|tijd|tijdstip|tid"
    r"|godzina|saat|kellonaika|klo|čas|jam|waktu|час)\s?[:：]\s*$",
    re.IGNORECASE,
)


# --- zones ----------------------------------------------------------------------------------


# (and the loose "-ish" of "10am-ish EST", "3pm-ish London time")
_PUNCTUAL_AFTER = re.compile(r"^\s?(?:o'clock\s)?(?:sharp|prompt)\b,?|^-?ish\b,?", re.IGNORECASE)
_IANA_AFTER = re.compile(r"\s{0,2}\(([A-Z][A-Za-z_]+/[A-Za-z_/+-]{2,40})\)")


# a date in Japanese, Chinese or Korean with its weekday in brackets ("3月16日（火）", "11월
# 16일"), its year too ("2027年2月19日（星期五）", "2027년 2월 17일"), and the half of the day
# written before a clock ("午後", "下午", "오후"): they stand between a zone's words and the
# clock those words lead (_LEADS_CLOCK, _CJK_DATE_GAP)
_CJK_DATE = (
    r"(?:\d{4}[ \t]?[年년][ \t]?)?"
    r"\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일](?:[ \t]?[(（][^)）]{1,4}[)）])?"
)
_CJK_DAY_HALF = r"(?:午前|午後|上午|下午|오전|오후)"

# a clock right after a zone's words: the zone leads that clock ("Singapore time 15:00")
_LEADS_CLOCK = re.compile(
    r"[ \t:：]{0,3}"
    # a CJK date and the half of the day may stand between the zone and the clock it leads:
    # "（米国太平洋時間 3月16日（火）午後5時）", "（伦敦时间 11月16日 下午3点）",
    # "(런던 시간 오후 3시)"
    rf"(?:(?:で|の)?{_CJK_DATE}[ \t]?)?(?:{_CJK_DAY_HALF}[ \t]?)?"
    r"\d{1,2}(?:[:.：]\d\d|\s?(?:[ap]\.?m\b|uhr\b|h\b|時|点|點|시))",
    re.IGNORECASE,
)


# the word for the hour or a case ending right after a time, left out before its zone
# (compiled once: _zone_after runs for every time read):
# Hungarian and Turkish write a case ending on the time: "10:00-kor", "14:00'te";
# Argentine and Brazilian "17 hs, hora de Buenos Aires", "às 14hs, horário de Brasília"
# (the word spelled out too: Indian and military "16:30 hours IST", "1600 hours (CET)",
# Spanish "a las 16:00 horas CET", Portuguese "às 14 horas (horário de Brasília)", French
# "à 14 heures heure de Paris")
_HOUR_WORD_AFTER = re.compile(
    r"^\s?(?:uhr|uur|u\b|h\b|hs\b|hrs?\b|hours\b|horas\b|heures\b|godz\.?|timmar|時|น(?=\.)"
    r"|बजे|baje\b)\.?|^-kor\b"
    r"|^'(?:te|ta|de|da)\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\(([^()\n]{2,80})\)")


# noon's word after the "12" it names, bare or in brackets: "12 noon ET", "12 midday GMT",
# "12noon EST", "12pm noon ET", "à 12h (midi) heure de Paris", "alle 12 (mezzogiorno) ora
# italiana": the clock's own word, left out before its zone as the hour word is (text69)
# a row's label: a capitalised word, a colon and a space ("Venue: ", "Lieu : ", "Ort: "), or
# a second word in lower case ("Time zone: "); a zone word before it stays ("Eastern Venue:");
# or the bar or dot that parts a card's facts on one line ("2:00 PM Eastern | Location: Zoom")
_NEXT_ROW_LABEL = re.compile(
    r"\s(?=[A-ZÀ-Þ][^\W\d_]{1,20}(?: [a-zß-ÿ][^\W\d_]{0,20})? ?[:：]\s|[|•·]\s)"
)
_NOON_AFTER = re.compile(rf"^\s?(?:\((?:{_NOON.pattern})\)|(?:{_NOON.pattern})),?", re.IGNORECASE)


def past_clock_words(rest: str) -> str:
    """What follows a time once its own words are left out: the word for the hour ("16:30
    hours", "14 Uhr"), noon's ("12 noon") and punctuality's ("10am sharp"), all of which may
    stand between a time and its zone."""
    rest = _HOUR_WORD_AFTER.sub("", rest)
    rest = _NOON_AFTER.sub("", rest, count=1)
    # a word of punctuality between the time and its zone: "by 3 sharp Lagos time", "10am
    # prompt WAT", "at 9 o'clock sharp IST"
    return _PUNCTUAL_AFTER.sub("", rest, count=1)


def _zone_after(line: str, position: int, next_line: str | None) -> Zone | None:
    """Return a zone written right after a time, on its line or alone on the next line."""
    rest = past_clock_words(line[position:])
    # the next row's label, where short label rows were joined into one line ("Time: 14:00 -
    # 15:00 Sydney Venue: Teams"): the zone ends with its own row
    row_end = _NEXT_ROW_LABEL.search(rest, 0, 80)
    if row_end is not None:
        rest = rest[: row_end.start()]
    zone = read_zone(rest)
    if zone is not None and _LEADS_CLOCK.match(rest, zone.length):
        zone = None  # "16:00（シンガポール時間 15:00）": the zone of the clock it leads
    if zone is not None and rest[: zone.length].count("\n") == 0:
        # "2:00 PM IST (Europe/Dublin)": the zone's own name settles an abbreviation that
        # several zones share (Irish and India Standard Time)
        named = _IANA_AFTER.match(rest, zone.length)
        exact = read_zone(named.group(1)) if named is not None else None
        # or a city does: "3 PM AST (Riyadh)", "10:00 IST (Dublin)"
        exact = exact or city_after_abbreviation(rest, zone)
        return exact if exact is not None else zone
    paired = city_pair_zone(line[max(0, position - 12) : position], rest)
    if paired is not None:
        return paired
    # a zone later on the same line, e.g. "10:00 – 11:00, Thursday (Europe/Rome)"
    label = _patterns()["zone_label"].search(rest[:80])
    if label is not None:
        zone = read_zone(rest[label.end() :])
        if zone is not None:
            return zone
    for bracket in _BRACKETED.finditer(rest[:120]):
        zone = read_zone(rest[bracket.start() :])
        if zone is not None and _LEADS_CLOCK.match(rest, bracket.start() + zone.length):
            continue  # "Tokyo time 16:00 (Singapore time 15:00)": Singapore's is the 15:00
        zone = zone or read_zone(bracket.group(1))
        if zone is not None and _LEADS_CLOCK.match(bracket.group(1), zone.length):
            continue
        if zone is not None:
            return zone
    if next_line is not None and len(next_line) < 80:
        zone = read_zone(next_line)
        if zone is not None and zone.length >= len(next_line.strip()) - 2:
            return zone
    return None


# what may stand between a zone's words and the clock they lead: "日本時間 10:00",
# "北京时间：10:00", "Tokyo time 16:00"
_ZONE_LEAD_GAP = re.compile(r"[ \t:：]{0,3}$")


def _zone_before(line: str, begin: int) -> Zone | None:
    """Return a zone whose words end right before a clock ("1月20日(水) 日本時間 10:00〜11:00",
    "面试时间：北京时间 10:00", "Wednesday 20 January, Tokyo time 16:00"). Writers who give one
    clock in several zones lead each clock with its zone's name (the reader's own zone then
    follows in a bracket as "(シンガポール時間 9:00)", which _zone_after already leaves to
    the clock it leads); read only when no zone follows the clock."""
    zone = _zone_ending_at(line, begin)
    if zone is None and (dated := _CJK_DATE_GAP.search(line, max(0, begin - 24), begin)):
        # "ロンドン時間で11月16日(火)15時", "伦敦时间11月16日下午3点", "런던 시간 11월 16일 오후
        # 3시": the city's clock leads the date as well as the hour
        zone = _zone_ending_at(line, dated.start())
    return zone


# a date in Japanese, Chinese or Korean between a zone's words and the clock they lead,
# with the particle that joins them ("で", "の", "基準", "기준") and a weekday in brackets
_CJK_DATE_GAP = re.compile(
    rf"[ \t]?(?:で|の|基準|基准|기준|为|為)?[ \t]?{_CJK_DATE}[ \t]?{_CJK_DAY_HALF}?[ \t]?$"
)


def _zone_ending_at(line: str, begin: int) -> Zone | None:
    """Return a zone whose words end at `begin`, with at most a colon or spaces between."""
    window = line[max(0, begin - 24) : begin]
    for start in range(len(window)):
        if start > 0 and window[start - 1].isalnum() and window[start].isascii():
            continue  # a Latin zone word starts a word: not "...at" read from "Pat"
        zone = read_zone(window[start:])
        if zone is not None and _ZONE_LEAD_GAP.fullmatch(window, start + zone.length):
            if fold(window[start : start + zone.length].strip()) in full_weekday_names():
                # Persian and Pashto "دوشنبه 10:30" is Monday at 10:30, though Dushanbe is
                # named after it (and Tajik writes the city "Душанбе")
                return None
            return zone
    return None


def _document_zone(lines: list[_Line]) -> Zone | None:
    """Return the zone a label states for the whole mail ("Timezone: Asia/Singapore")."""
    label = _patterns()["zone_label"]
    for index, line in enumerate(lines):
        match = label.search(line.text)
        zone = (read_zone(line.text[match.end() :]) if match else None) or _zone_row_below(
            lines, index
        )
        if zone is not None:
            return zone
    for line in (line for line in lines if "/" in line.text):  # every IANA name has one
        for bracket in re.finditer(
            r"[A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?", line.text
        ):
            zone = read_zone(bracket.group(0))
            if zone is not None and zone.name:
                return zone
    return _bracketed_zone(lines)


# a zone label that is all its line says: "Timezone", "Zeitzone:", "टाइमझोन"
_ZONE_LABEL_ROW = re.compile(rf"\s*(?:{ZONE_LABELS})\s?[:：]?\s*", re.IGNORECASE)


def _zone_row_below(lines: list[_Line], index: int) -> Zone | None:
    """The zone of a label that stands alone, in the next line that says nothing else: an
    HTML table read as text puts each cell on its own line ("Timezone" / "" / "Kolkata
    (+5:30)", Easy!Appointments' details table; "Zeitzone" / "Europe/Berlin")."""
    if len(lines[index].text) > 40 or not _ZONE_LABEL_ROW.fullmatch(lines[index].text):
        return None
    for below in lines[index + 1 : index + 4]:
        if below.text.strip():
            zone = read_zone(below.text)
            whole = zone is not None and zone.length >= len(below.text.strip()) - 2
            return zone if whole else None
    return None


_STATED_IN = re.compile(r"\(|\b(?:in|en|em|w|im|dans|are)\s(?=\(|[^\W\d_])", re.IGNORECASE)


# Words that a zone statement contains; lines without one are not read for a zone. The
# case-blind words and the capitals are two lists, so the words can read lower-cased text.
_ZONE_WORD_HINT = CaseBlindCues(
    r"time|tid\b|tijd|zeit|heure|hora|\bora\b|czas|[čc]as|aika|id[őo]\b|saat|waktu", re.IGNORECASE
)
# (each opens with a look-ahead for the characters a match can start with: the engine then
# passes over the other places at once, where it tried each branch's look-behind)
_ZONE_MARK_HINT = re.compile(
    r"(?=[A-Z시时時שчв])(?:GMT|UTC|\b[A-Z]{3,4}\b|시간|时间|時間|שעון|часом|время)"
)


def _bracketed_zone(lines: list[_Line]) -> Zone | None:
    """Return the one named zone the mail states away from any time: "(heure de Paris) :",
    "(tijden in Nederlandse tijd)", "All times are displayed in (GMT-05:00) Eastern Time";
    nothing when the mail names two different zones."""
    found: dict[str, Zone] = {}
    for line in lines[:400]:
        hinted = line.text[:MAX_LINE]
        times = _TIMES_ARE.search(hinted)
        if not (times or _ZONE_MARK_HINT.search(hinted) or _ZONE_WORD_HINT.search(hinted)):
            continue
        stated = [
            read_zone(line.text[cue.end() - (cue.group(0) == "(") :])
            for cue in _STATED_IN.finditer(hinted)
        ]
        if times is not None:
            stated.append(_zone_in_times_sentence(hinted, times.start()))
        for zone in stated:
            if zone is not None and zone.name:
                found.setdefault(zone.name, zone)
                if len(found) > 1:
                    return None
    return next(iter(found.values()), None)


# a sentence about the mail's times as a whole (lexicon.ALL_TIMES_WORDS), which names their
# zone once before listing them
_TIMES_ARE = re.compile(ALL_TIMES_WORDS, re.IGNORECASE)
_WORD_START = re.compile(
    r"(?<![^\W_])(?=[^\W\d_(（])|(?<=[(（])|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


def _zone_in_times_sentence(text: str, begin: int) -> Zone | None:
    """The first zone named in the 80 characters from a sentence's "all times" words, at the
    start of any word (its own words first: "Всё время указано московское" is one name)."""
    window = text[begin : begin + 80]
    for start in (match.start() for match in _WORD_START.finditer(window)):
        # a CJK sentence ends its zone with a copula: "…ニューヨーク時間です。", "…기준입니다"
        clause = _CJK_COPULA.split(window[start:], maxsplit=1)[0]
        zone = read_zone(window[start:]) or (read_zone(clause) if clause else None)
        if zone is not None and zone.name:
            return zone
    return None


_CJK_COPULA = re.compile(r"です|でございます|となります|기준|입니다|이에요|为准|為準|[。．、，]")


_DAY_WORD = re.compile(r"[^\W\d_]{3,15}")


@dataclass
class _LineClocks:
    """The clocks of each line of one text, read once: the reading, the pairing with the
    line below and the restated ranges all ask for the same lines."""

    lines: list[_Line]
    read: dict[int, list[_Clock]] = field(default_factory=dict)

    def __call__(self, index: int) -> list[_Clock]:
        if index not in self.read:
            self.read[index] = _clocks(self.lines[index].text)
        return self.read[index]
