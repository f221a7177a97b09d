"""Clock times written in words, as people write them by hand, turned into digits.

"half past two", "halb drei", "kwart voor vier", "las dos y media", "alle 14 e 30": the
reader that follows knows digits, so each phrase becomes "H:MM" with its cue words kept
("a las 2:30 de la tarde" still says afternoon). The hour stays on the 12-hour dial as it
was written, so the reader's rule for small hours (nobody is asked to an interview at
half past two in the night) applies to it as to "2:30".

Days of the month in words ("Tuesday the twelfth", "am zwölften", "le douze mars",
"dwunastego lutego") become digits the same way, from one spell-out table a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from service.parsing.lexicon import EN_TYPED_DAYS, phrase_trie

_EN = "one two three four five six seven eight nine ten eleven twelve"
_DE = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"
_NL = "een twee drie vier vijf zes zeven acht negen tien elf twaalf"
# Swedish, Danish and Norwegian Bokmål share the frames; their words share a slot
_NORDIC = (
    "ett|et två|to tre fyra|fire fem sex|seks sju|syv åtta|otte|åtte nio|ni tio|ti elva|elleve tolv"
)
_HU = "egy kettő|két három négy öt hat hét nyolc kilenc tíz tizenegy tizenkettő"
_FR = "une deux trois quatre cinq six sept huit neuf dix onze douze"
_FR_AFTERNOON = "treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt"
_ES = "una dos tres cuatro cinco seis siete ocho nueve diez once doce"
_IT = "una due tre quattro cinque sei sette otto nove dieci undici dodici"
_IT_AFTERNOON = "tredici quattordici quindici sedici diciassette diciotto diciannove venti"
_PT = "uma duas três quatro cinco seis sete oito nove dez onze doze"
# Arabic counts the hours with feminine ordinals: "الساعة الثالثة عصراً" (at three p.m.)
# Polish, Czech and Slovak name the half hour by the coming hour's ordinal: "wpół do
# trzeciej", "v půl třetí", "o pol tretej" are all 2:30
_PL_ORD = (
    "pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej"
    " jedenastej dwunastej"
)
_CS_ORD = "první druhé třetí čtvrté páté šesté sedmé osmé deváté desáté jedenácté dvanácté"
_SK_ORD = (
    "prvej druhej tretej štvrtej piatej šiestej siedmej ôsmej deviatej desiatej jedenástej"
    " dvanástej"
)
_RO = (
    "unu|una două|doi trei patru cinci șase|şase șapte|şapte opt nouă zece unsprezece douăsprezece"
)
# Finnish "puoli kolme", Estonian "pool kolm", Indonesian and Malay "setengah tiga": half
# of the coming hour, 2:30 (Finnish also in the ablative of "at": "puoli kolmelta")
_FI = (
    "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista"
    " kaksitoista"
)
_FI_AT = (
    "yhdeltä kahdelta kolmelta neljältä viideltä kuudelta seitsemältä kahdeksalta yhdeksältä"
    " kymmeneltä yhdeltätoista kahdeltatoista"
)
_ET = "üks kaks kolm neli viis kuus seitse kaheksa üheksa kümme üksteist kaksteist"
_ID = "satu dua tiga empat lima enam tujuh delapan|lapan sembilan sepuluh sebelas dua belas"
# Ukrainian "(о) пів на третю" and Russian "в половине третьего": half to the third hour
_UK_ORD = (
    "першу другу третю четверту п'яту|п’яту|пʼяту шосту сьому восьму дев'яту|дев’яту|девʼяту"
    " десяту одинадцяту дванадцяту"
)
_RU_ORD = (
    "первого второго третьего четвёртого|четвертого пятого шестого седьмого восьмого девятого"
    " десятого одиннадцатого двенадцатого"
)
# Czech "čtvrt na deset" (9:15) and "tři čtvrtě na deset" (9:45) count the coming hour too,
# as Catalan "un quart de quatre" (3:15), "dos quarts de quatre" (3:30), "tres quarts" (3:45)
_CS_CARD = "jednu dvě tři čtyři pět šest sedm osm devět deset jedenáct dvanáct"
_CA = "una dues tres quatre cinc sis set vuit nou deu onze dotze"
# Hindi "साढ़े तीन" (3:30), "सवा तीन" (3:15), "पौने तीन" (2:45), and in Latin script "saade
# teen", "sava teen", "paune teen"
_HI = "एक दो तीन चार पाँच|पांच छह|छः सात आठ नौ दस ग्यारह बारह"
_HI_LATIN = (
    "ek do teen|tin chaar|char paanch|panch chhe|chhah saat|sat aath|ath nau das"
    " gyarah|gyaarah baarah|barah"
)
# the afternoon's hours on the 24-hour dial, as formal letters spell them: "a las quince
# horas", "um fünfzehn Uhr", "om vijftien uur", "às quinze horas", "klockan femton", "v
# patnáct hodin", "в пятнадцать часов", "o (godzinie) piętnastej"
_ES_AFTERNOON = "trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve veinte"
_DE_AFTERNOON = "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig"
_NL_AFTERNOON = "dertien veertien vijftien zestien zeventien achttien negentien twintig"
_PT_AFTERNOON = (
    "treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito"
    " dezenove|dezanove vinte"
)
_NORDIC_AFTERNOON = (
    "tretton|tretten fjorton|fjorten femton|femten sexton|seksten sjutton|sytten arton|atten"
    " nitton|nitten tjugo|tyve|tjue"
)
_CS_HOURS = (
    "jednu|jedna dvě tři čtyři pět šest sedm osm devět deset jedenáct dvanáct třináct čtrnáct"
    " patnáct šestnáct sedmnáct osmnáct devatenáct dvacet"
)
_RU_HOURS = (
    "час два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать"
    " тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
    " двадцать"
)
_PL_AFTERNOON = (
    "trzynastej czternastej piętnastej szesnastej siedemnastej osiemnastej dziewiętnastej"
    " dwudziestej"
)
# Latvian names the hour in the locative after "pulksten" (o'clock): "pulksten desmitos"
# (at ten); Lithuanian the half hour by the coming hour's genitive, ordinal or cardinal:
# "pusę dvyliktos"/"pusę dvylikos" (11:30); Turkish "saat on buçukta" (at half past ten)
_LV_AT = (
    "vienos|vienā divos trijos četros piecos sešos septiņos astoņos deviņos desmitos"
    " vienpadsmitos divpadsmitos"
)
_LT_OF = (
    "pirmos|vienos antros|dviejų trečios|trijų ketvirtos|keturių penktos|penkių"
    " šeštos|šešių septintos|septynių aštuntos|aštuonių devintos|devynių"
    " dešimtos|dešimties vienuoliktos|vienuolikos dvyliktos|dvylikos"
)
_TR = "bir iki üç dört beş altı yedi sekiz dokuz on on_bir on_iki"
_AR = "الواحدة الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة"


def _numbers(words: str, first: int = 1) -> dict[str, int]:
    """Map each spelled number (slots separated by spaces, variants by '|') to its value."""
    return {
        variant: value
        for value, slot in enumerate(words.split(), start=first)
        for variant in slot.split("|")
    }


def _count(written: str, spelled: dict[str, int]) -> int:
    """The number an hour is written as, in digits or in the language's words."""
    return int(written) if written.isdigit() else spelled[written]


@dataclass(frozen=True)
class _Frame:
    """One way of writing a time: a pattern with the hour word in group `n`."""

    keyword: str  # a plain substring every match holds (or looks ahead to), to skip cheaply
    pattern: re.Pattern[str]
    numbers: dict[str, int]
    minute: int
    hour_shift: int = 0  # "halb drei" and "quarter to three" count from the coming hour
    minutes: dict[str, int] | None = None  # the minutes in words, group `m` ("ten past")
    # for those frames: the "<minutes> <word>" pairs, one of which every match contains
    pairs: tuple[str, ...] = ()


def _frame(
    keyword: str,
    cue: str,
    lead: str,
    numbers: dict[str, int],
    after: str,
    minute: int,
    shift: int = 0,
) -> _Frame:
    """Build a frame: `cue` ("at ", "a las ") stays in the text, `lead` ("half past ") and
    `after` (" y media") are replaced with the hour's digits. Where words around the hour
    name the minutes, the hour may be a digit too ("half past 2", "um halb 3")."""
    if lead or minute:
        numbers = numbers | {str(value): value for value in range(1, 13)}
    words = "|".join(sorted(numbers, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<cue>{cue})(?:{lead})(?P<n>{words})(?:{after})(?![\w-])", re.IGNORECASE
    )
    return _Frame(keyword, pattern, numbers, minute, shift)


_EN_N = _numbers(_EN)
_DE_N = _numbers(_DE) | {"ein": 1}
_NL_N = _numbers(_NL)
_HU_N = _numbers(_HU)
_HU_SUFFIX = r"(?:-?kor|-?ig|-?tól|-?től)?"
_NORDIC_N = _numbers(_NORDIC)
_FR_N = _numbers(_FR) | _numbers(_FR_AFTERNOON, first=13) | {"un": 1}
_ES_N = _numbers(_ES)
_IT_N = _numbers(_IT) | _numbers(_IT_AFTERNOON, first=13) | {"l'una": 1}
_PT_N = _numbers(_PT) | {"um": 1}
_PT_MINUTES = {"cinco": 5, "dez": 10, "quinze": 15, "vinte": 20, "vinte e cinco": 25}
# Galician and Catalan count the hours as women ("á unha", "ás dúas"; "a la una", "a les
# dues"), as CLDR's spell-out rules for gl and ca give the feminine cardinals
_GL_N = _numbers("unha dúas|duas tres catro cinco seis sete oito nove dez once doce")
_CA_N = _numbers("una dues tres quatre cinc sis set vuit nou deu onze dotze")
_ES_DAY = _ES_N | _numbers(_ES_AFTERNOON, first=13)
# the words before a Spanish hour with its minutes: the article, or a range's "de ... a"
_ES_HALF_CUE = r"(?:las?|de|a|desde|hasta) "
_DE_DAY = _DE_N | _numbers(_DE_AFTERNOON, first=13)
_NL_DAY = _NL_N | _numbers(_NL_AFTERNOON, first=13)
_PT_DAY = _PT_N | _numbers(_PT_AFTERNOON, first=13)
_CS_DAY = _numbers(_CS_HOURS)
_RU_DAY = _numbers(_RU_HOURS)
_PL_DAY = _numbers(_PL_ORD) | _numbers(_PL_AFTERNOON, first=13)
_PL_N = _numbers(_PL_ORD)
_CS_N = _numbers(_CS_ORD)
_SK_N = _numbers(_SK_ORD)
# Romanian writes the hour in digits on the 24-hour dial before "și jumătate": "ora 14 și
# jumătate" is 14:30 (the digits 1-12 alone are added by the frame)
# the hour in words only: a digit after "ora" is read by the digit rules ("ora 14 și
# jumătate" is 14:30, not 14:00 followed by words)
_RO_WORDS = _numbers(_RO)
_EL_N = _numbers(
    "μία|μια δύο|δυο τρεις τέσσερις πέντε έξι επτά|εφτά οκτώ|οχτώ εννέα|εννιά δέκα έντεκα|ένδεκα"
    " δώδεκα"
)
_EL_CUE = r"(?:(?:από|μέχρι|έως) |σ)?τις "
_RO_N = _numbers(_RO) | {str(value): value for value in range(13, 24)}
_RO_AND = r" (?:și|şi) "
_FI_N = _numbers(_FI) | _numbers(_FI_AT)
_ET_N = _numbers(_ET)
_LV_AT_N = _numbers(_LV_AT)
_LT_OF_N = _numbers(_LT_OF)
_TR_N = {word.replace("_", " "): value for word, value in _numbers(_TR).items()}
_ID_N = _numbers(_ID)
_UK_N = _numbers(_UK_ORD)
_RU_N = _numbers(_RU_ORD)
_CS_CARD_N = _numbers(_CS_CARD)
_CA_N = _numbers(_CA)
_HI_N = _numbers(_HI) | _numbers(_HI_LATIN)
_CA_OF = r"d(?:e |['’])"
_AR_N = _numbers(_AR) | {
    **dict.fromkeys(("الحادية عشرة", "الحادية عشر"), 11),
    **dict.fromkeys(("الثانية عشرة", "الثانية عشر"), 12),
}
_EN_CUE = r"(?:at|from|by|until|till|to) "
# minutes before "past"/"to" and their German and Dutch words (quarters and halves have
# their own frames)
_EN_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25}
_DE_MINUTES = {"fünf": 5, "zehn": 10, "zwanzig": 20}
_NL_MINUTES = {"vijf": 5, "tien": 10}


def _minutes_frames(
    keyword: str,
    cue: str,
    word: str,
    numbers: dict[str, int],
    minutes: dict[str, int],
    shift: int = 0,
) -> tuple[_Frame, ...]:
    """One frame for "<minutes> past <hour>" (shift 0) or "<minutes> to <hour>" (shift -1,
    the minutes counted back from the hour); the minutes word is group `m`."""
    written = "|".join(sorted(minutes, key=len, reverse=True))
    frame = _frame(keyword, cue, rf"(?P<m>{written}) (?:minutes )?{word} ", numbers, "", 0, shift)
    pairs = tuple(f"{minute} {kind}" for minute in minutes for kind in (word, "minutes"))
    return (_Frame(frame.keyword, frame.pattern, frame.numbers, 0, shift, minutes, pairs),)


_IT_CUE = r"(?:alle|dalle|le|all'|dall')\s?"


def _noon_frame(keyword: str, noon: str, after: str, minute: int) -> _Frame:
    """A frame for noon with its minutes in words ("à midi et quart", "ao meio-dia e meia",
    "a mezzogiorno e mezzo"): noon is no number, so it has no digits beside it."""
    pattern = re.compile(rf"(?<![\w-])(?P<cue>)(?P<n>{noon})(?:{after})(?![\w-])", re.IGNORECASE)
    return _Frame(keyword, pattern, {word: 12 for word in noon.split("|")}, minute)


# noon and a quarter or a half past it, in the languages that say so with the noon word
# (French "midi et demi", "midi et quart"; Portuguese "meio-dia e meia", "meio-dia e quinze";
# Italian "mezzogiorno e mezzo", "mezzogiorno e un quarto"); "après-midi" is left out by the
# hyphen before "midi"
_NOON_FRAMES = (
    _noon_frame("midi", "midi", r" et demie?", 30),
    _noon_frame("midi", "midi", r" et quart", 15),
    _noon_frame("meio", "meio-dia|meio dia", r" e meia", 30),
    _noon_frame("meio", "meio-dia|meio dia", r" e quinze", 15),
    _noon_frame("mezzogiorno", "mezzogiorno", r" e mezz[ao]", 30),
    _noon_frame("mezzogiorno", "mezzogiorno", r" e un quarto", 15),
)
_FR_CUE = r"(?:à|a|vers|dès|de|jusqu'à) "

# what may follow an hour given loosely: an end of clause, or a short linking word (to the
# place, with whom, of the afternoon), never a noun the number would count
_LOOSE_AFTER = (
    r"(?=\s?(?:[,.;:!?)]|$)|\s(?:a|al|alla|in|en|em|na|no|y|e|o|ou|con|com|de|di|da|do|del"
    r"|para|per|por|que|che|la|il|el|ora|hora|circa|più|mais|presso|nella|nel|sulla|nos|nas"
    r"|pelo|pela|via|ao|à|às)\b)"
)

# what may follow a Polish or Slovak ordinal hour: a clause's end, or a short linking word
_ORDINAL_HOUR_AFTER = (
    r"(?=\s?(?:[,.;:!?)]|$)|\s(?:w|we|v|vo|u|na|do|i|a|rano|ráno|po|przy|pri|z|ze|s|so)\b)"
)

_FRAMES = (
    *_NOON_FRAMES,
    # English: "half past two", "quarter to three", "at half two", "at two thirty", "two pm"
    _frame("past", "", r"half past ", _EN_N, "", 30),
    _frame("past", "", r"quarter past ", _EN_N, "", 15),
    _frame("quarter to", "", r"(?:a )?quarter to ", _EN_N, "", 45, -1),
    # British "half two" is 2:30: after "at", "from", "by", a range's "to"/"till" ("from 2
    # till half 3") or a word for "about" ("around half ten")
    _frame("half", r"(?:at|from|by|to|till|until|around|about) ", "half ", _EN_N, "", 30),
    # ... or typed beside its day: "Monday week, half 2", "half 3 thurs", "tmrw half 10"
    _frame("half", rf"(?:{EN_TYPED_DAYS}|week),? ", "half ", _EN_N, "", 30),
    _frame("half", "", "half ", _EN_N, rf"(?=,? (?:{EN_TYPED_DAYS})\b)", 30),
    # "ten past 11", "twenty past nine"; "five to three" only after "at", "by" or "around",
    # since "from five to ten" is a range
    *_minutes_frames("past", "", "past", _EN_N, _EN_MINUTES),
    *_minutes_frames(" to ", r"(?:at|by|around|about|until|till) ", "to", _EN_N, _EN_MINUTES, -1),
    _frame("thirty", _EN_CUE, "", _EN_N, r"[- ]thirty", 30),
    _frame("fifteen", _EN_CUE, "", _EN_N, r"[- ]fifteen", 15),
    _frame("forty", _EN_CUE, "", _EN_N, r"[- ]forty[- ]five", 45),
    _frame(
        "at ",
        _EN_CUE,
        "",
        _EN_N,
        r"(?=\s?(?:o'clock|[ap]\.?m\b|in the (?:morning|afternoon|evening)))",
        0,
    ),
    _frame("o'clock", "", "", _EN_N, r" o'clock", 0),
    # German: "halb drei" is 2:30, "Viertel vor vier" 3:45, "um drei Uhr"
    _frame("halb", "", r"halb ", _DE_N, "", 30, -1),
    _frame("viertel nach", "", r"viertel nach ", _DE_N, "", 15),
    # "zehn nach elf", "um zehn vor drei" ("fünf vor zwölf" alone is "at the last minute")
    *_minutes_frames(" nach ", "", "nach", _DE_N, _DE_MINUTES),
    *_minutes_frames(" vor ", r"(?:um|gegen|bis|ab) ", "vor", _DE_N, _DE_MINUTES, -1),
    _frame("viertel", "", r"(?:viertel vor |dreiviertel )", _DE_N, "", 45, -1),
    # Austrian and East German "um viertel drei" is 2:15, counted toward the coming hour like
    # "dreiviertel drei" and the Hungarian "negyed 3"; only after "um", "gegen", "ab", "bis"
    _frame("viertel ", r"(?:um|gegen|ab|bis) ", r"viertel ", _DE_N, "", 15, -1),
    _frame("uhr", r"(?:um|ab|bis|gegen) ", "", _DE_DAY, r" uhr", 0),
    # "um drei", "gegen vier" with no "Uhr": an hour when no noun follows ("um zwei Termine"
    # counts them), and never "ein", which is "a" ("um ein Gespräch")
    _frame(
        "um ",
        r"(?:um|gegen) ",
        "",
        {word: value for word, value in _DE_N.items() if word != "ein"},
        r"(?=\s?(?:[,.!?)]|$)|\s(?-i:[a-zäöü]))",
        0,
    ),
    # Hungarian counts toward the coming hour too: "fél 3-kor" is 2:30, "negyed 11" 10:15,
    # "háromnegyed 10" 9:45 (with the "-kor" of "at" or the "-ig" of "until" after it)
    _frame("fél ", "", r"fél ", _HU_N, _HU_SUFFIX, 30, -1),
    _frame("negyed ", "", r"negyed ", _HU_N, _HU_SUFFIX, 15, -1),
    _frame("háromnegyed ", "", r"háromnegyed ", _HU_N, _HU_SUFFIX, 45, -1),
    # Dutch: "half drie" is 2:30, "kwart voor vier" 3:45, "om drie uur"
    # "half een" may be "half a": the Dutch half hour needs its word for "at"
    _frame("half", r"(?:om|rond|omstreeks|vanaf|van|tot) ", r"half ", _NL_N, "", 30, -1),
    _frame("kwart over", "", r"kwart over ", _NL_N, "", 15),
    _frame("kwart voor", "", r"kwart voor ", _NL_N, "", 45, -1),
    # "om tien over elf", "om vijf voor drie" (never "vijf voor half drie", read below)
    *_minutes_frames(" over ", r"(?:om|rond|omstreeks|vanaf|tot) ", "over", _NL_N, _NL_MINUTES),
    *_minutes_frames(" voor ", r"(?:om|rond|omstreeks|vanaf|tot) ", "voor", _NL_N, _NL_MINUTES, -1),
    _frame("uur", r"(?:om|rond|omstreeks|vanaf|van|tot) ", "", _NL_DAY, r" uur", 0),
    # Polish "(o) wpół do trzeciej" is 2:30, "kwadrans po ósmej" 8:15; Czech "v půl třetí"
    # and Slovak "o pol tretej" 2:30, after their word for "at" ("půl hodiny" is half an hour)
    _frame("wpół do ", "", r"wpół do ", _PL_N, "", 30, -1),
    _frame("kwadrans po ", "", r"kwadrans po ", _PL_N, "", 15),
    _frame("půl ", r"(?:v|ve|o|od|do|kolem|před) ", r"půl ", _CS_N, "", 30, -1),
    _frame("pol ", r"(?:o|okolo|od|do|pred) ", r"pol ", _SK_N, "", 30, -1),
    # Romanian: "ora 14 și jumătate", "la trei și jumătate", "ora 10 și un sfert", "ora 11
    # fără un sfert" (10:45)
    _frame("jumătate", r"(?:ora|orele|la) ", "", _RO_N, rf"{_RO_AND}jumătate", 30),
    _frame("sfert", r"(?:ora|orele|la) ", "", _RO_N, rf"{_RO_AND}un sfert", 15),
    _frame("fără un sfert", r"(?:ora|orele|la) ", "", _RO_N, r" fără un sfert", 45, -1),
    # on the hour, spelled after the word for "hour" as Italian "alle ore dieci" has it:
    # "la ora zece", "ora unsprezece"; a noun after it counts things ("ora două lucruri")
    _frame("ora ", r"(?:la )?(?:ora|orele) ", "", _RO_WORDS, _LOOSE_AFTER, 0),
    # Greek names the half and quarter hour after the hour, as the Romance languages do:
    # "στις 10 και μισή" (10:30), "στις δέκα και τέταρτο" (10:15), "στις έντεκα παρά
    # τέταρτο" (10:45)
    _frame("και μισή", _EL_CUE, "", _EL_N, r" και μισή", 30),
    _frame("και τέταρτο", _EL_CUE, "", _EL_N, r" και τέταρτο", 15),
    _frame("παρά τέταρτο", _EL_CUE, "", _EL_N, r" παρά τέταρτο", 45, -1),
    _frame("puoli ", r"(?:klo\.? |kello )?", "puoli ", _FI_N, "", 30, -1),
    _frame("pool ", r"kell(?:a|aks)? ", "pool ", _ET_N, "", 30, -1),
    _frame("veerand ", r"kell(?:a|aks)? ", "veerand ", _ET_N, "", 15, -1),
    _frame("kolmveerand ", r"kell(?:a|aks)? ", "kolmveerand ", _ET_N, "", 45, -1),
    # a whole hour in words after the word for o'clock: Finnish "kello kymmenen",
    # Estonian "kell kümme", Latvian "pulksten desmitos"; Lithuanian "pusę dvylikos" (11:30)
    # and Turkish "saat on buçukta" (10:30)
    _frame("k", r"(?:kello|klo\.?) ", "", _FI_N, "", 0),
    _frame("kell", r"kell(?:a|aks)? ", "", _ET_N, "", 0),
    _frame("pulksten ", r"(?:pulksten|plkst\.?) ", "", _LV_AT_N, "", 0),
    _frame("pus", "", r"pus[ęė] ", _LT_OF_N, "", 30, -1),
    _frame("buçuk", r"saat ", "", _TR_N, r" buçuk(?:ta|tan|a)?", 30),
    _frame("setengah ", r"(?:pukul|jam|pkl\.?) ", "setengah ", _ID_N, "", 30, -1),
    _frame("пів на ", "", "пів на ", _UK_N, "", 30, -1),
    _frame("половине ", "", "половине ", _RU_N, "", 30, -1),
    _frame("čtvrt na ", "", "čtvrt na ", _CS_CARD_N, "", 15, -1),
    _frame("čtvrtě na ", "", "tři čtvrtě na ", _CS_CARD_N, "", 45, -1),
    _frame("quart d", "", rf"un quart {_CA_OF}", _CA_N, "", 15, -1),
    _frame("quarts d", "", rf"dos quarts {_CA_OF}", _CA_N, "", 30, -1),
    _frame("quarts d", "", rf"tres quarts {_CA_OF}", _CA_N, "", 45, -1),
    _frame("साढ़े", "", "साढ़े ", _HI_N, "", 30),
    _frame("सवा", "", "सवा ", _HI_N, "", 15),
    _frame("पौने", "", "पौने ", _HI_N, "", 45, -1),
    _frame(" baje", "", "(?:saade|sade|saadhe|sadhe) ", _HI_N, r"(?= baje)", 30),
    _frame(" baje", "", "(?:sava|sawa) ", _HI_N, r"(?= baje)", 15),
    _frame(" baje", "", "(?:paune|pone) ", _HI_N, r"(?= baje)", 45, -1),
    # Swedish, Danish, Norwegian: "halv tre" is 2:30, "kvart i/på fyra" 3:45
    _frame("halv", "", r"halv ", _NORDIC_N, "", 30, -1),
    _frame("kvart ", "", r"kvart (?:över|over) ", _NORDIC_N, "", 15),
    _frame("kvart ", "", r"kvart (?:i|på) ", _NORDIC_N, "", 45, -1),
    _frame(
        "klo",
        r"(?:klockan|klokken|klokka) ",
        "",
        _NORDIC_N | _numbers(_NORDIC_AFTERNOON, first=13),
        "",
        0,
    ),
    # Czech "v patnáct hodin", Russian "в пятнадцать часов", Polish "o (godzinie)
    # piętnastej": the hour word after the number, or Polish "godzinie" before it
    _frame("hodin", r"(?:v|ve|od|do|kolem) ", "", _CS_DAY, r"(?= hodin)", 0),
    _frame("час", r"(?:в|к|с|до) ", "", _RU_DAY, r"(?= час(?:а|ов)?\b)", 0),
    _frame("godz", r"o (?:godzinie|godz\.) ", "", _PL_DAY, "", 0),
    # Polish "o dziesiątej", "o czternastej" and Slovak "o desiatej": the hour as a bare
    # ordinal after "o", as people say it; a clause's end or a short word after it ("o
    # dziesiątej w biurze"), never a noun the ordinal would qualify ("o pierwszej rozmowie")
    _frame("o ", r"(?:o|około|okolo) ", "", _PL_DAY, _ORDINAL_HOUR_AFTER, 0),
    _frame("o ", r"(?:o|około|okolo) ", "", _SK_N, _ORDINAL_HOUR_AFTER, 0),
    # Russian "в десять утра", Czech "v deset dopoledne": the spelled hour and the part of
    # the day after it, with no word for "hour"
    _frame("ра", r"(?:в|к|с|до) ", "", _RU_DAY, r"(?= (?:утра|вечера)\b)", 0),
    _frame(
        " ", r"(?:v|ve|od|do|kolem) ", "", _CS_DAY, r"(?= (?:ráno|dopoledne|odpoledne|večer)\b)", 0
    ),
    # French: "à quinze heures trente", "vers deux heures et demie", "à trois heures moins le
    # quart"; a cue before the hour, since "une heure et demie" alone is how long it lasts
    _frame("heure", _FR_CUE, "", _FR_N, r" heures? et demie", 30),
    _frame("heure", _FR_CUE, "", _FR_N, r" heures? et quart", 15),
    _frame("heure", _FR_CUE, "", _FR_N, r" heures? moins le quart", 45, -1),
    _frame("heure", _FR_CUE, "", _FR_N, r" heures? trente", 30),
    _frame("heure", _FR_CUE, "", _FR_N, r"(?= heures?)", 0),
    # Spanish: "a las dos y media", "a la una y cuarto", "las cuatro menos cuarto", and a
    # range's ends without the article: "de diez y media a once y cuarto"
    _frame("y media", _ES_HALF_CUE, "", _ES_N, r" y media", 30),
    _frame("y cuarto", _ES_HALF_CUE, "", _ES_N, r" y cuarto", 15),
    _frame("menos cuarto", _ES_HALF_CUE, "", _ES_N, r" menos cuarto", 45, -1),
    # (a range's end may drop the article: "de tres a cuatro de la tarde")
    _frame(
        " ",
        r"(?:a|desde|hasta) (?:las? )?",
        "",
        _ES_N,
        r"(?= en punto| de la (?:mañana|tarde))",
        0,
    ),
    # "a las quince horas", "a las dieciséis treinta", "hasta las diecisiete horas"
    _frame("treinta", r"(?:a|desde|hasta) las? ", "", _ES_DAY, r" (?:y )?treinta", 30),
    _frame("hora", r"(?:a|desde|hasta) las? ", "", _ES_DAY, r"(?= horas?\b)", 0),
    # "a eso de las once", "verso le tre", "por volta das três": a word for "about" before a
    # spelled hour marks a clock on its own (offices say it of the hour, not of a count); a
    # noun after it ("sobre las dos opciones") still counts things
    _frame("eso de la", r"eso de las? ", "", _ES_N, _LOOSE_AFTER, 0),
    _frame("sobre la", r"sobre las? ", "", _ES_N, _LOOSE_AFTER, 0),
    _frame("hacia la", r"hacia las? ", "", _ES_N, _LOOSE_AFTER, 0),
    _frame("verso ", r"verso (?:le )?", "", _IT_N, _LOOSE_AFTER, 0),
    _frame("volta da", r"por volta das? ", "", _PT_N, _LOOSE_AFTER, 0),
    _frame("pela", r"(?:lá )?pelas? ", "", _PT_N, _LOOSE_AFTER, 0),
    # Italian: "alle due e mezza", "le tre e un quarto", "alle quattro meno un quarto"
    _frame(" e mezz", _IT_CUE, "", _IT_N, r" e mezz[ao]", 30),
    _frame(" e un quarto", _IT_CUE, "", _IT_N, r" e un quarto", 15),
    _frame("meno un quarto", _IT_CUE, "", _IT_N, r" meno un quarto", 45, -1),
    # Arabic: "الساعة الثالثة والنصف" (half past three), "والربع", "إلا ربعاً", "الساعة العاشرة
    # صباحاً"; the word for "the hour" must stand before it
    _frame("الساعة", r"الساعة ", "", _AR_N, r" والنصف", 30),
    _frame("الساعة", r"الساعة ", "", _AR_N, r" والربع", 15),
    _frame("الساعة", r"الساعة ", "", _AR_N, r" إلا ربع[اًً]*", 45, -1),
    _frame("الساعة", r"الساعة ", "", _AR_N, "", 0),
    # Portuguese: "às duas e meia", "das três e quinze"
    _frame(" e meia", r"(?:às|as|das|a|à) ", "", _PT_N, r" e meia", 30),
    _frame(" e quinze", r"(?:às|as|das|a|à) ", "", _PT_N, r" e quinze", 15),
    # ... and the minutes before the coming hour, as Brazilians say it: "às quinze para as
    # onze" (10:45), "dez para as três" (2:50)
    *_minutes_frames(" para as ", r"(?:às|as|das|a|à) ", "para as", _PT_N, _PT_MINUTES, -1),
    # on the hour, with the part of the day after it as Spanish "a las dos de la tarde"
    # does: "às duas da tarde", "até as onze da manhã", Italian "alle due del pomeriggio"
    _frame(" da ", r"(?:às|as|das|até as|até às) ", "", _PT_N, r"(?= da (?:manhã|tarde|noite))", 0),
    _frame("pomeriggio", _IT_CUE, "", _IT_N, r"(?= del pomeriggio| di pomeriggio)", 0),
    # "alle ore quindici", "dalle ore nove e trenta"; "às quinze horas", "até às dezessete horas"
    _frame("ore ", r"(?:alle|dalle|le) ore ", "", _IT_N, r" e trenta", 30),
    _frame("ore ", r"(?:alle|dalle|le) ore ", "", _IT_N, _LOOSE_AFTER, 0),
    _frame("hora", r"(?:às|as|das|até as|até às) ", "", _PT_DAY, r"(?= horas?\b)", 0),
    # Galician "ás catro da tarde", "ás dez e media", "á unha menos cuarto" and Catalan "a
    # les quatre de la tarda", "a les deu del matí", "a la una del migdia", "a les cinc i
    # mitja": the hour in words with its part of the day or its half after it
    _frame(" e media", r"(?:ás|as|á|a|dende as|ata as) ", "", _GL_N, r" e media", 30),
    _frame(" e cuarto", r"(?:ás|as|á|a|dende as|ata as) ", "", _GL_N, r" e cuarto", 15),
    _frame("menos cuarto", r"(?:ás|as|á|a) ", "", _GL_N, r" menos cuarto", 45, -1),
    _frame(
        " da ", r"(?:ás|as|á|a|dende as|ata as) ", "", _GL_N, r"(?= da (?:mañá|tarde|noite))", 0
    ),
    _frame(" i mitja", r"(?:a|de|fins a) (?:les|la) ", "", _CA_N, r" i mitja", 30),
    _frame(
        "de",
        r"(?:a|de|fins a) (?:les|la) ",
        "",
        _CA_N,
        r"(?= (?:del (?:matí|migdia)|de la (?:tarda|nit))| en punt)",
        0,
    ),
    # the bare hour word at one end of a range whose other end the frames above wrote in
    # digits: "von zehn bis elf Uhr" ("bis 11:00" by then), "van tien tot elf uur", "från
    # halv tio till tio" ("från 9:30 till" by then), "fra ti til halv elleve"; last, so
    # that the end with its "Uhr" or "half" is already a clock
    *(
        frame
        for from_word, to_word, numbers in (
            ("von", "bis", _DE_DAY),
            ("van", "tot", _NL_DAY),
            ("från|fra", "till|til", _NORDIC_N | _numbers(_NORDIC_AFTERNOON, first=13)),
        )
        for frame in (
            _frame(
                to_word[-3:],
                rf"(?:{from_word}) ",
                "",
                numbers,
                rf"(?=\s(?:{to_word})\s\d{{1,2}}:\d\d)",
                0,
            ),
            _frame(" ", rf"(?:{from_word}) \d{{1,2}}:\d\d (?:{to_word}) ", "", numbers, "", 0),
        )
    ),
    # ... and English and Spanish, whose start word is bare when the end has its minutes or
    # its part of the day: "from three until quarter to four" ("until 3:45" by then), "de
    # tres a cuatro de la tarde" ("a 4:00 de la tarde" by then)
    _frame("from ", r"from ", "", _EN_N, r"(?=\s(?:until|till|to)\s\d{1,2}:\d\d)", 0),
    _frame("de", r"(?:de|desde) ", "", _ES_N, r"(?=\s(?:a|hasta)\s(?:las?\s)?\d{1,2}:\d\d)", 0),
)
# Chinese and Japanese write the hour in their own numerals too: "上午十点", "下午三点半",
# "午後二時", "十点十五分". Only where it reads as a clock: after a morning/afternoon word, with
# minutes, "half" or "sharp" after it, or right after a date ("10日十点"); "以下三点" is three
# points and "一点"/"一時" alone mean "a little"/"for a while".
_CJK_CLOCK = re.compile(
    r"(?P<pre>上午|下午|晚上|早上|中午|凌晨|傍晚|午前|午後)?"
    r"(?P<h>[一二三四五六七八九十两兩]{1,3})(?P<k>[点點時时])"
    r"(?:(?P<m>[一二三四五六七八九十零〇]{1,3})分|(?P<tail>半|整|一刻|三刻))?"
)
# Chinese quarters after the hour: "三点一刻" is 3:15, "十点三刻" 10:45 (一刻 is a quarter)
_CJK_QUARTERS = {"一刻": 15, "三刻": 45}
# ... after an hour in digits: "下午3点一刻", "10点三刻"
_CJK_DIGIT_QUARTER = re.compile(r"(?<!\d)([01]?\d|2[0-3])([点點])(一刻|三刻)")
# ... or as the end of a range whose start is a clock: "上午十点至十一点", "下午三点至四点",
# "九点到十二点" ("至"/"到" after an hour word, or a dash)
_CJK_RANGE_END = re.compile(r"[点點時时半分]\s?(?:至|到|~|～|〜|-|－|—)\s?$")
_CJK_DIGITS = dict(
    zip("〇零一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)


def _cjk_number(numeral: str) -> int | None:
    """The value of a Chinese numeral up to 99 ("十二" 12, "二十三" 23, "零五" 5)."""
    tens, ten, units = numeral.partition("十")
    if not ten:
        tens, units = "", numeral
    if len(tens) > 1 or len(units) > 2 or any(char not in _CJK_DIGITS for char in tens + units):
        return None
    value = (_CJK_DIGITS[tens] if tens else 1) * 10 if ten else 0
    for char in units:
        value = value * 10 + _CJK_DIGITS[char] if not ten else value + _CJK_DIGITS[char]
    return value


def _spell_cjk_clock(match: re.Match[str]) -> str:
    text = match.group(0)
    before = match.string[max(0, match.start() - 1) : match.start()]
    if not (
        match.group("pre")
        or match.group("m")
        or match.group("tail")
        or before in {"", "日", "号", "號", ")", " ", "\n"}
        or _CJK_RANGE_END.search(match.string[max(0, match.start() - 4) : match.start()])
    ):
        return text
    if match.group("h") == "一" and not match.group("pre"):
        return text
    hour = _cjk_number(match.group("h"))
    minute = _cjk_number(match.group("m")) if match.group("m") else None
    minute = _CJK_QUARTERS.get(match.group("tail") or "", minute)
    if hour is None or hour > 24 or (match.group("m") and (minute is None or minute > 59)):
        return text
    spelled = f"{match.group('pre') or ''}{hour}{match.group('k')}"
    if minute is not None:
        return f"{spelled}{minute:02d}分"
    return spelled + ("半" if match.group("tail") == "半" else "")


# "alle 14 e 30", "dalle 9 e 15": Italian hours and minutes joined by "e"
_IT_DIGITS = re.compile(
    r"(?<![\w-])((?:alle|dalle|le|alla)\s(?:ore\s)?)([01]?\d|2[0-3]) e ([0-5]\d)(?!\d)"
)


# Swahili counts the hours from 6 in the morning: "saa 8 mchana" (the eighth hour, by day) is
# 14:00, "saa 2 asubuhi" 8:00, "saa 1 jioni" 19:00; the part of the day after it says so
# ("alasiri", CLDR's afternoon from noon to four: "saa tisa alasiri" is 15:00; eafr31, swahili21)
# Kinyarwanda counts them the same way with its own numbers and parts of the day: "saa munani
# z'amanywa" (the eighth hour, by day) is 14:00, "saa tatu za mu gitondo" 9:00
_SW_HOURS = (
    _numbers("moja mbili tatu nne tano sita saba nane tisa kumi")
    | {"kumi na moja": 11, "kumi na mbili": 12}
    | _numbers("moya mbiri tatu yine tanu sita saba munani cyenda kumi")
    | {"kumi n'imwe": 11, "kumi n’imwe": 11, "kumi n'ebyiri": 12, "kumi n’ebyiri": 12}
)
_SW_MORNING = frozenset({"asubuhi", "za mu gitondo"})
_SW_NIGHT = frozenset({"usiku", "z'ijoro", "z’ijoro", "za nijoro"})
_SW_CLOCK = re.compile(
    r"\bsaa\s(?P<n>1[0-2]|[1-9]|"
    + "|".join(sorted(_SW_HOURS, key=len, reverse=True))
    + r")(?:[:.](?P<m>[0-5]\d))?(?:\s(?:na\s)?(?P<half>nusu|robo))?"
    r"\s(?P<part>asubuhi|mchana|alasiri|jioni|usiku|za mu gitondo|z['’]amanywa|z['’]umugoroba"
    r"|z['’]ijoro|za nijoro)(?!\w)",
    re.IGNORECASE,
)


def _day_clock_hour(count: int, morning: bool, night: bool) -> int:
    """The hour of a clock counted from 6 in the morning (Swahili, Amharic): the count plus
    six, after noon unless the part of the day is the morning (or midnight's "6 at night")."""
    hour = (count + 6) % 12
    if not morning and (hour or not night):
        hour += 12  # by day, in the evening and at night: after noon
    return hour % 24


def _swahili_clock(match: re.Match[str]) -> str:
    written = match["n"].lower()
    count = _count(written, _SW_HOURS)
    part = match["part"].lower()
    hour = _day_clock_hour(count, part in _SW_MORNING, part in _SW_NIGHT)
    minute = int(match["m"] or 0) or {"nusu": 30, "robo": 15}.get((match["half"] or "").lower(), 0)
    return f"saa {hour}:{minute:02d}"


# Amharic counts the hours from 6 in the morning as Swahili does, the part of the day before
# the hour: "ከጠዋቱ 3:00 ሰዓት" (of the morning, the third hour) is 9:00, "ከቀኑ 8 ሰዓት" 14:00,
# "ከምሽቱ 1 ሰዓት" 19:00
_AM_MORNING = ("ጠዋቱ", "ጧቱ", "ረፋዱ")
# A range names the part of the day once, before its start: "ከጠዋቱ 3:00 ሰዓት እስከ 4:00 ሰዓት"
# (from the third hour of the morning until the fourth) is 9:00 to 10:00
_AM_CLOCK = re.compile(
    r"ከ?(?P<part>ጠዋቱ|ጧቱ|ረፋዱ|ቀኑ|ከሰዓት በኋላ|ምሽቱ|ማታው|ሌሊቱ)\s(?P<n>1[0-2]|[1-9])"
    r"(?:[:.፡](?P<m>[0-5]\d))?\s?ሰዓት"
    r"(?:\s?እስከ\s?(?P<n2>1[0-2]|[1-9])(?:[:.፡](?P<m2>[0-5]\d))?\s?ሰዓት)?"
)


def _amharic_clock(match: re.Match[str]) -> str:
    morning, night = match["part"] in _AM_MORNING, match["part"] == "ሌሊቱ"
    hour = _day_clock_hour(int(match["n"]), morning, night)
    start = f"{hour}:{int(match['m'] or 0):02d}"
    if match["n2"] is None:
        return start
    end = _day_clock_hour(int(match["n2"]), morning, night)
    if match["part"] in _AM_MORNING and end < hour:
        end = _day_clock_hour(int(match["n2"]), False, False)  # "ከጠዋቱ 5 እስከ 7": past noon
    return f"{start} - {end}:{int(match['m2'] or 0):02d}"


# Oromo counts the hours as Amharic does, where the count fits the part of the day it names:
# "ganama sa'aatii 4:00" (the fourth hour of the morning) is 10:00, "waaree booda sa'aatii 8"
# 14:00; a count that does not fit ("ganama sa'aatii 9:00", "waaree booda sa'aatii 2") is on
# the international clock and is left alone
_OM_CLOCK = re.compile(
    r"(?P<part>ganama|waaree booda)\s(?:sa['’]?aatii\s)?(?P<n>1[01]|[1-9])(?:[:.](?P<m>[0-5]\d))?"
    r"(?![\d:.])"
    r"|sa['’]?aatii\s(?P<n2>1[01]|[1-9])(?:[:.](?P<m2>[0-5]\d))?\s(?P<part2>ganama|waaree booda)\b",
    re.IGNORECASE,
)


def _oromo_clock(match: re.Match[str]) -> str:
    part = (match["part"] or match["part2"]).lower()
    count = int(match["n"] or match["n2"])
    minute = int(match["m"] or match["m2"] or 0)
    if part == "ganama" and count <= 5:
        return f"sa'aatii {count + 6}:{minute:02d}"
    if part == "waaree booda" and count >= 7:
        return f"sa'aatii {count + 6}:{minute:02d}"
    return match[0]


# Thai tells the hour by the part of the day: "บ่ายสองโมง" (afternoon, two) is 14:00,
# "สิบโมงเช้า" 10:00, "ห้าโมงเย็น" 17:00, "สองทุ่ม" (two of the evening drum) 20:00,
# "เที่ยง" noon, "บ่ายโมง" 13:00, "ครึ่ง" half past; in words or in digits
_TH_NUMBERS = _numbers("หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ สิบเอ็ด สิบสอง")
_TH_NUMBER = "|".join([*sorted(_TH_NUMBERS, key=len, reverse=True), r"1[0-2]|[1-9]"])
_TH_CLOCK = re.compile(
    rf"(?P<afternoon>บ่าย\s?)?(?P<n>{_TH_NUMBER})?\s?(?P<unit>โมง|ทุ่ม)"
    r"(?P<part>\s?(?:เช้า|เย็น))?(?:\s?ตรง)?(?P<half>\s?ครึ่ง)?"
    r"|(?P<noon>เที่ยง)(?!คืน)"
)


def _thai_clock(match: re.Match[str]) -> str:
    text = match.group(0)
    if match["noon"]:
        return "12:00"
    written = match["n"]
    count = _count(written, _TH_NUMBERS) if written else None
    if count is None:
        if not match["afternoon"] or match["unit"] != "โมง":
            return text
        hour = 13  # "บ่ายโมง": the first hour of the afternoon
    elif match["unit"] == "ทุ่ม":
        hour = 18 + count
    elif match["afternoon"] or (match["part"] and "เย็น" in match["part"]):
        hour = count + 12 if count < 12 else count
    else:
        hour = count  # "สิบโมง(เช้า)": the morning
    if not 0 <= hour <= 23:
        return text
    return f" {hour}:{30 if match['half'] else 0:02d} "


# Tagalog tells the hour with Spanish numbers after "alas" ("ala" before "una"):
# "alas-dos ng hapon" is 2 p.m., "alas-diyes y medya ng umaga" 10:30 a.m., "alas-siyete y
# kinse" 7:15; the part of the day after it ("ng hapon") is read as for "alas-3 ng hapon"
_TL_HOURS = _numbers(
    "una dos tres kuwatro|kwatro|kuatro singko|sinko|sinco seis|sais siyete|syete|siete otso|ocho"
    " nuwebe|nwebe|nueve diyes|dyes|dies onse|once dose|doce"
)
_TL_CLOCK = re.compile(
    r"(?<![\w-])(?P<cue>alas|ala)[- ](?P<n>"
    + "|".join(sorted(_TL_HOURS, key=len, reverse=True))
    + r")(?:\sy\s(?P<m>medya|media|kinse))?(?![\w-])",
    re.IGNORECASE,
)
_TL_MINUTES = {"medya": 30, "media": 30, "kinse": 15}


def _tagalog_clock(match: re.Match[str]) -> str:
    minute = _TL_MINUTES.get((match["m"] or "").lower(), 0)
    return f"alas {_TL_HOURS[match['n'].lower()]}:{minute:02d}"


# Bosnian, Croatian, Serbian and Montenegrin name the half hour by the coming hour: "u pola
# 11" and "u pola devet" are 10:30 and 8:30 (after "u", "od", "do", "oko", "nakon", "prije",
# "poslije"; "pola sata" is half an hour and has no number)
_BCS_HOURS = _numbers(
    "jedan|jedna dva|dvije|dve tri četiri pet šest sedam osam devet deset jedanaest dvanaest"
)
_BCS_HALF = re.compile(
    r"(?<![\w-])(?P<cue>u|od|do|oko|nakon|prije|poslije|posle|pre)\spola\s(?P<n>"
    + r"(?:1[0-2]|[1-9])(?![\w:.-])|(?:"
    # (a word may end the sentence: "u pola jedanaest."; a digit before a dot is a date's)
    + "|".join(sorted(_BCS_HOURS, key=len, reverse=True))
    + r")(?![\w-]))",
    re.IGNORECASE,
)


def _bcs_half(match: re.Match[str]) -> str:
    written = match["n"].lower()
    hour = (_count(written, _BCS_HOURS) - 1) or 12
    return f"{match['cue']} {hour}:30"


# and say the clock as the hour and its minutes in words, in Latin or Cyrillic letters: "u
# deset i trideset" (10:30), "oko devet i četrdeset (i) pet" (9:45), "у десет и тридесет",
# "u deset sati (i trideset minuta)"; after "u", "oko", "od", "do", and, without "sati", only
# where the clause ends or a time or place word follows ("u deset i trideset dana" counts)
_BCS_CLOCK_HOURS = _numbers(
    "jedan|jedna|један|једна dva|dvije|dve|два|две|двије tri|три četiri|четири pet|пет"
    " šest|шест sedam|седам osam|осам devet|девет deset|десет jedanaest|једанаест"
    " dvanaest|дванаест trinaest|тринаест četrnaest|четрнаест petnaest|петнаест"
    " šesnaest|шеснаест sedamnaest|седамнаест osamnaest|осамнаест devetnaest|деветнаест"
    " dvadeset|двадесет"
)
_BCS_MINUTES = {
    **{word: 5 for word in ("pet", "пет")},
    **{word: 10 for word in ("deset", "десет")},
    **{word: 15 for word in ("petnaest", "петнаест")},
    **{word: 20 for word in ("dvadeset", "двадесет")},
    **{word: 30 for word in ("trideset", "тридесет")},
    **{word: 40 for word in ("četrdeset", "четрдесет")},
    **{word: 50 for word in ("pedeset", "педесет")},
}
_BCS_TENS = "dvadeset|trideset|četrdeset|pedeset|двадесет|тридесет|четрдесет|педесет"
_BCS_MINUTE_WORDS = (
    r"(?:i|и)\s(?:(?P<tens>"
    + _BCS_TENS
    + r")\s(?:(?:i|и)\s)?(?:pet|пет)|(?P<m>"
    + "|".join(sorted(_BCS_MINUTES, key=len, reverse=True))
    + r"))(?![\w-])"
)
_BCS_MINUTE_READ = re.compile(_BCS_MINUTE_WORDS, re.IGNORECASE)
_BCS_MINUTES_AFTER = (
    r"\s"
    + _BCS_MINUTE_WORDS.replace("?P<tens>", "").replace("?P<m>", "")
    + r"(?:\s(?:minuta|минута))?"
    # where the clause ends, or a part of the day, a preposition or a range's "do" follows
    r"(?=\s?(?:[.,;:!?()\n–-]|$)|\s(?:h|ujutro|ujutru|prijepodne|popodne|poslijepodne"
    r"|navečer|uvečer|uveče|po|u|na|kod|preko|putem|uz|s|sa|do|у|на|код|до|ујутру|поподне"
    r"|увече)(?![\w-]))"
)
_BCS_CLOCK = re.compile(
    r"(?<![\w-])(?P<cue>u|oko|od|do|у|око|од|до)\s(?P<h>"
    + "|".join(sorted(_BCS_CLOCK_HOURS, key=len, reverse=True))
    + r")(?:\s(?:sati|sata|časova|сати|сата|часова)(?![\w-])(?:"
    + _BCS_MINUTES_AFTER
    + r")?|"
    + _BCS_MINUTES_AFTER
    + r")",
    re.IGNORECASE,
)

# a range's bare start: "od deset do jedanaest sati" (10:00 to 11:00), "od devet do deset i
# trideset"; the start takes the end's clock words, so it is read as the clock it is
_BCS_RANGE_START = re.compile(
    r"(?<![\w-])(?P<cue>od|од)\s(?P<h>"
    + "|".join(sorted(_BCS_CLOCK_HOURS, key=len, reverse=True))
    + r")(?=\s(?:do|до)\s(?:"
    + "|".join(sorted(_BCS_CLOCK_HOURS, key=len, reverse=True))
    + r")(?:\s(?:sati|sata|časova|сати|сата|часова|i|и|h|ujutro|ujutru|prijepodne|popodne"
    r"|poslijepodne|navečer|uvečer|uveče|ујутру|поподне|увече)(?![\w-])|\s?(?:[.,;:!?()\n]|$)))",
    re.IGNORECASE,
)

# one of which each such clock holds: its minutes ("deset" in "trideset", "naest" in
# "petnaest", "i pet") or its "sati"
_BCS_CLOCK_KEYS = (
    "deset",
    "naest",
    "i pet",
    "sati",
    "sata",
    "časova",
    "десет",
    "наест",
    "и пет",
    "сати",
    "сата",
    "часова",
)


def _bcs_clock(match: re.Match[str]) -> str:
    hour = _BCS_CLOCK_HOURS[match["h"].lower()]
    minute = 0
    if said := _BCS_MINUTE_READ.search(match[0], match.end("h") - match.start()):
        if said["tens"]:
            minute = _BCS_MINUTES[said["tens"].lower()] + 5
        else:
            minute = _BCS_MINUTES[said["m"].lower()]
    return f"{match['cue']} {hour}:{minute:02d}"


# English hours before am/pm in words or with a space for the colon ("ten am", "9 30 am"),
# and bare spelled hours after "at", "from" or "between" where the clause ends or a range
# goes on ("at ten.", "from ten to eleven", "between ten and eleven am"). A number after a
# slash is a date's day: "12/9 10am" is 10am on 12/9, not 9:10am.
_EN_WORDS = "|".join(sorted(_EN_N, key=len, reverse=True))
# (the pattern ends where the meridiem starts; it is tried only on the few characters before
# each "am"/"pm", which a fast scan finds, not at every position of the text)
_EN_BEFORE_MERIDIEM = re.compile(
    rf"(?<![\w:./-])(?P<n>{_EN_WORDS}|1[0-2]|0?[1-9])(?:\s(?P<m>[0-5]\d))?\s?$", re.IGNORECASE
)
_MERIDIEM = re.compile(r"(?<![^\W\d_.])[ap]\.?m\b", re.IGNORECASE)
_EN_BARE_HOUR = re.compile(
    rf"(?<![\w-])(?P<cue>(?:at|from|between) )(?P<n>{_EN_WORDS})"
    rf"(?:(?P<join>\s?(?:to|and|until|till|-|–)\s?)(?P<end>{_EN_WORDS}))?"
    r"(?=\s?(?:[,.!?;)]|$|[ap]\.?m\b|\s(?:on|for|sharp|tomorrow|today)\b))",
    re.IGNORECASE | re.MULTILINE,
)


def _en_before_meridiem(text: str) -> str:
    """Write "ten am" and "9 30 am" as "10:00 am" and "9:30 am"."""
    pieces: list[str] = []
    done = 0
    for meridiem in _MERIDIEM.finditer(text):
        begin = max(done, meridiem.start() - 16)
        hour = _EN_BEFORE_MERIDIEM.search(text, begin, meridiem.start())
        if hour is None:
            continue
        written = hour["n"].lower()
        if written.isdigit() and not hour["m"]:
            continue
        value = _count(written, _EN_N)
        gap = text[hour.end("m") if hour["m"] else hour.end("n") : meridiem.start()]
        pieces += [text[done : hour.start()], f"{value}:{hour['m'] or '00'}{gap}"]
        done = meridiem.start()
    return "".join([*pieces, text[done:]]) if pieces else text


def _en_bare_hour(match: re.Match[str]) -> str:
    start = f"{match['cue']}{_EN_N[match['n'].lower()]}:00"
    if match["end"]:
        return f"{start}{match['join']}{_EN_N[match['end'].lower()]}:00"
    return start


def _spelled(frame: _Frame) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        hour = frame.numbers[match["n"].lower()] + frame.hour_shift
        if hour == 0:
            hour = 12  # "halb eins" is half past twelve
        minute = frame.minute
        if frame.minutes is not None:
            minute = frame.minutes[match["m"].lower()]
            minute = 60 - minute if frame.hour_shift else minute
        return f"{match['cue']}{hour}:{minute:02d}"

    return replace


_REPLACERS = tuple((frame, _spelled(frame)) for frame in _FRAMES)


# Polish and Slovak write the hour as an ordinal with its ending: "o 14-ej", "o 9-tej" (at
# the ninth hour); only after "o"/"około" and before the end of the clause or a short word,
# since "po 10-tej iteracji" counts iterations
_ORDINAL_HOUR = re.compile(
    r"(?<![\w-])(?P<cue>o|około|okolo)\s(?P<h>[01]?\d|2[0-3])-(?:ej|tej|stej)"
    r"(?=\s?(?:[,.;:!?)]|$)|\s(?:w|we|v|vo|u|na|i|a|rano|ráno|po|przez|czasu|godz)\b)",
    re.IGNORECASE,
)


# Slovenian writes a range of whole hours as ordinals with the word for the hour after the
# end only: "od 9. do 10. ure", "med 13. in 14. uro" (from the ninth to the tenth hour)
_SL_ORDINAL_RANGE = re.compile(
    r"(?<![\w.])(?P<cue>od|med)\s(?P<h>[01]?\d|2[0-3])\.\s?(?P<join>do|in)\s"
    r"(?P<e>[01]?\d|2[0-3])\.\s?(?:ure|uro|uri)\b",
    re.IGNORECASE,
)


# ... and a single hour as an ordinal after "ob" (at) or "okoli" (about), closed by the word
# for the hour or a day period: "ob 3. popoldne", "ob 15. uri", "ob 10. dopoldne"; "ob 3."
# before other words ends a sentence or counts
_SL_ORDINAL_HOUR = re.compile(
    r"(?<![\w.])(?P<cue>ob|okoli)\s(?P<h>[01]?\d|2[0-3])\.\s?"
    r"(?=(?:uri|popoldne|popoldan|dopoldne|dopoldan|zjutraj|zvečer)\b)",
    re.IGNORECASE,
)


# Hebrew hours in words, the preposition "ב" (at) glued to the feminine number: "בשתיים
# אחר הצהריים", "בעשר בבוקר", "בשלוש וחצי", "ברבע לשלוש" (2:45). A number is an hour only
# with the minutes ("וחצי", "ורבע") or a part of the day after it, or "בשעה" before it:
# "בשלוש שנים" is in three years. The part of the day sets the half here, as CLDR's he
# periods split the afternoon at 16:00 ("אחר הצהריים" is 16:00-18:00 there, while people
# write "בשתיים אחר הצהריים" for 14:00).
_HE_HOURS = {
    **dict.fromkeys(("אחת", "אחד"), 1),
    **dict.fromkeys(("שתיים", "שתים"), 2),
    "שלוש": 3,
    "ארבע": 4,
    "חמש": 5,
    "שש": 6,
    "שבע": 7,
    "שמונה": 8,
    "תשע": 9,
    "עשר": 10,
    **dict.fromkeys(("אחת עשרה", "אחת-עשרה"), 11),
    **dict.fromkeys(("שתים עשרה", "שתיים עשרה", "שתים-עשרה", "שתיים-עשרה"), 12),
}
_HE_MINUTES = {"וחצי": 30, "ורבע": 15, "ועשרה": 10, "ועשרים": 20, "וחמישה": 5}
_HE_PARTS = {
    **dict.fromkeys(("בבוקר", "לפני הצהריים", "לפנה״צ", 'לפנה"צ'), "am"),
    **dict.fromkeys(("בצהריים", "אחר הצהריים", "אחרי הצהריים", "אחה״צ", 'אחה"צ'), "pm"),
    **dict.fromkeys(("בערב", "בלילה"), "pm"),
}


def _he_alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_HE_CLOCK = re.compile(
    r"(?<![\w\"״])ב(?P<at>שעה\s)?(?P<quarter>רבע\sל)?"
    rf"(?P<n>{_he_alternation(_HE_HOURS)})"
    rf"(?:\s(?P<m>{_he_alternation(_HE_MINUTES)}))?"
    rf"(?:\s(?P<p>{_he_alternation(_HE_PARTS)}))?(?![\w\"״])"
    # "בשלוש וחצי שנים" is in three and a half years
    r"(?!\s(?:שנים|שנה|חודשים|שבועות|ימים|שעות|דקות|אחוז))"
)


def _hebrew_clock(match: re.Match[str]) -> str:
    if not (match["at"] or match["quarter"] or match["m"] or match["p"]):
        return match[0]
    hour, minute = _HE_HOURS[match["n"]], _HE_MINUTES.get(match["m"] or "", 0)
    if match["quarter"]:
        hour, minute = (hour - 1) or 12, 45
    part = _HE_PARTS.get(match["p"] or "")
    if part == "pm" and hour < 12 and not (match["p"] == "בלילה" and hour < 5):
        hour += 12
    elif part == "am" and hour == 12:
        hour = 0
    return f"בשעה {hour}:{minute:02d}"


# Hindi's own words for 2:30 and 1:30 before "बजे"/"baje" (o'clock): "ढाई बजे", "डेढ़ बजे",
# "dhai baje" ("ढाई घंटे" is two and a half hours)
_HI_HALVES = {"ढाई": "2:30", "डेढ़": "1:30", "dhai": "2:30", "dhaai": "2:30", "dedh": "1:30"}
_HI_HALF_HOURS = re.compile(r"(?<![\w-])(ढाई|डेढ़|dhaa?i|dedh)(?=\s?(?:बजे|baje\b))", re.IGNORECASE)


def spell_word_clocks(text: str) -> str:
    """Return the text with clock times in words written as digits."""
    lowered = text.lower()
    if "बजे" in text or "baje" in lowered:
        text = _HI_HALF_HOURS.sub(lambda found: _HI_HALVES[found[1].lower()], text)
    if "ej" in lowered:
        text = _ORDINAL_HOUR.sub(r"\g<cue> \g<h>:00", text)
    if "ur" in lowered:
        text = _SL_ORDINAL_RANGE.sub(r"\g<cue> \g<h>:00 do \g<e>:00", text)
    if ("ob " in lowered or "okoli " in lowered) and any(
        word in lowered for word in ("uri", "popold", "dopold", "zjutraj", "zvečer")
    ):
        text = _SL_ORDINAL_HOUR.sub(r"\g<cue> \g<h>:00 ", text)
    if "ב" in text:
        text = _HE_CLOCK.sub(_hebrew_clock, text)
    for frame, replace in _REPLACERS:
        if frame.keyword in lowered and (
            not frame.pairs or any(pair in lowered for pair in frame.pairs)
        ):
            text = frame.pattern.sub(replace, text)
    if "at " in lowered or "from " in lowered or "between " in lowered:
        text = _EN_BARE_HOUR.sub(_en_bare_hour, text)
    if "m" in lowered:
        text = _en_before_meridiem(text)
    if " e " in text:
        text = _IT_DIGITS.sub(r"\1\2:\3", text)
    if "โมง" in text or "ทุ่ม" in text or "เที่ยง" in text:
        text = _TH_CLOCK.sub(_thai_clock, text)
    if "ala" in lowered:
        text = _TL_CLOCK.sub(_tagalog_clock, text)
    if "pola " in lowered:
        text = _BCS_HALF.sub(_bcs_half, text)
    if any(word in lowered for word in _BCS_CLOCK_KEYS):
        if " do " in lowered or " до " in lowered:
            text = _BCS_RANGE_START.sub(
                lambda found: f"{found['cue']} {_BCS_CLOCK_HOURS[found['h'].lower()]}:00", text
            )
        text = _BCS_CLOCK.sub(_bcs_clock, text)
    if "saa " in lowered:
        text = _SW_CLOCK.sub(_swahili_clock, text)
    if "ሰዓት" in text:
        text = _AM_CLOCK.sub(_amharic_clock, text)
    if "aatii" in lowered:
        text = _OM_CLOCK.sub(_oromo_clock, text)
    if any(word in text for word in "点點時时"):
        text = _CJK_CLOCK.sub(_spell_cjk_clock, text)
    if "刻" in text:
        text = _CJK_DIGIT_QUARTER.sub(
            lambda found: f"{found[1]}{found[2]}{_CJK_QUARTERS[found[3]]:02d}分", text
        )
    return text


# Days of the month written as words, as people write them in a letter or say them on the
# phone: "Tuesday the twelfth", "am zwölften", "vendredi douze mars", "el jueves once de
# marzo", "giovedì quindici aprile", "op de twintigste", "dwunastego lutego", "no dia vinte e
# três de fevereiro", "dvacátého druhého února", "двадцать пятого февраля". Each language's
# words for the 1st to the 31st in the form a date takes (cardinal or ordinal; the genitive
# in Polish, Czech and Russian), a spell-out table as CLDR's number rules give it: one entry
# a day, "|" between spellings of the same day, "_" where a space or hyphen may stand.
_DAY_WORDS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    " twenty_first twenty_second twenty_third twenty_fourth twenty_fifth twenty_sixth"
    " twenty_seventh twenty_eighth twenty_ninth thirtieth thirty_first",
    "de": "ersten zweiten dritten vierten fünften sechsten siebten|siebenten achten neunten"
    " zehnten elften zwölften dreizehnten vierzehnten fünfzehnten sechzehnten siebzehnten"
    " achtzehnten neunzehnten zwanzigsten einundzwanzigsten zweiundzwanzigsten"
    " dreiundzwanzigsten vierundzwanzigsten fünfundzwanzigsten sechsundzwanzigsten"
    " siebenundzwanzigsten achtundzwanzigsten neunundzwanzigsten dreißigsten|dreissigsten"
    " einunddreißigsten|einunddreissigsten",
    "nl": "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde"
    " twaalfde dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende"
    " twintigste eenentwintigste tweeëntwintigste|tweeentwintigste"
    " drieëntwintigste|drieentwintigste vierentwintigste vijfentwintigste zesentwintigste"
    " zevenentwintigste achtentwintigste negenentwintigste dertigste eenendertigste",
    "fr": "premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze"
    " quinze seize dix_sept dix_huit dix_neuf vingt vingt_et_un vingt_deux vingt_trois"
    " vingt_quatre vingt_cinq vingt_six vingt_sept vingt_huit vingt_neuf trente trente_et_un",
    "es": "primero|uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece"
    " catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve veinte veintiuno"
    " veintidós|veintidos veintitrés|veintitres veinticuatro veinticinco"
    " veintiséis|veintiseis veintisiete veintiocho veintinueve treinta treinta_y_uno",
    "it": "primo due tre quattro cinque sei sette otto nove dieci undici dodici tredici"
    " quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue"
    " ventitré|ventitre ventiquattro venticinque ventisei ventisette ventotto ventinove"
    " trenta trentuno",
    "pt": "primeiro|um dois três|tres quatro cinco seis sete oito nove dez onze doze treze"
    " catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito"
    " dezenove|dezanove vinte vinte_e_um vinte_e_dois vinte_e_três|vinte_e_tres"
    " vinte_e_quatro vinte_e_cinco vinte_e_seis vinte_e_sete vinte_e_oito vinte_e_nove"
    " trinta trinta_e_um",
    "pl": "pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego"
    " dziewiątego dziesiątego jedenastego dwunastego trzynastego czternastego piętnastego"
    " szesnastego siedemnastego osiemnastego dziewiętnastego dwudziestego"
    " dwudziestego_pierwszego dwudziestego_drugiego dwudziestego_trzeciego"
    " dwudziestego_czwartego dwudziestego_piątego dwudziestego_szóstego"
    " dwudziestego_siódmego dwudziestego_ósmego dwudziestego_dziewiątego trzydziestego"
    " trzydziestego_pierwszego",
    "cs": "prvního druhého třetího čtvrtého pátého šestého sedmého osmého devátého desátého"
    " jedenáctého dvanáctého třináctého čtrnáctého patnáctého šestnáctého sedmnáctého"
    " osmnáctého devatenáctého dvacátého dvacátého_prvního dvacátého_druhého"
    " dvacátého_třetího dvacátého_čtvrtého dvacátého_pátého dvacátého_šestého"
    " dvacátého_sedmého dvacátého_osmého dvacátého_devátého třicátého třicátého_prvního",
    # Dutch (and Flemish) say the date with a cardinal: "op dinsdag zestien juni", "vijfentwintig
    # juni", as the Romance languages do; only beside a month, as theirs
    "nl-card": "één|eén twee drie vier vijf zes zeven acht negen tien elf twaalf dertien"
    " veertien vijftien zestien zeventien achttien negentien twintig eenentwintig"
    " tweeëntwintig|tweeentwintig drieëntwintig|drieentwintig vierentwintig vijfentwintig"
    " zesentwintig zevenentwintig achtentwintig negenentwintig dertig eenendertig",
    "ru": "первого второго третьего четвёртого|четвертого пятого шестого седьмого восьмого"
    " девятого десятого одиннадцатого двенадцатого тринадцатого четырнадцатого"
    " пятнадцатого шестнадцатого семнадцатого восемнадцатого девятнадцатого двадцатого"
    " двадцать_первого двадцать_второго двадцать_третьего"
    " двадцать_четвёртого|двадцать_четвертого двадцать_пятого двадцать_шестого"
    " двадцать_седьмого двадцать_восьмого двадцать_девятого тридцатого тридцать_первого",
    # Urdu names only the first of the month in a word of its own, the rest in digits: "یکم
    # جون 2026" (an event card's "یکم جنوری 2026 | شام 6 بجے", a translation guide's "January
    # 1, 2020" → "یکم جنوری 2020", an app's fee date "یکم جنوری ۲۰۲۶")
    "ur": "یکم",
}
# how each language writes the day in digits: "12th", "12.", "20e", "12"
_DAY_DIGITS = {"en": "{}th", "de": "{}.", "nl": "{}e", "cs": "{}."}


def _day_table() -> dict[str, tuple[int, str]]:
    table: dict[str, tuple[int, str]] = {}
    for code, days in _DAY_WORDS.items():
        for number, forms in enumerate(days.split(), start=1):
            for form in forms.split("|"):
                for joined in {form.replace("_", " "), form.replace("_", "-")}:
                    table.setdefault(joined, (number, code))
    return table


_DAY_NUMBERS = _day_table()
# the word, then what makes it a date: a month name after it ("douze mars", "once de marzo",
# "third of March", "dwunastego lutego"), or, for the English, German and Dutch ordinals, a
# weekday or a date word before it ("Tuesday the twelfth", "am zwölften", "op de
# twintigste"); the cardinals of the Romance languages and the Slavic genitives count other
# things too ("lunedì tre colloqui"), so only beside a month
_DAY_WORD = re.compile(
    rf"(?<![\w-])(?P<day>{phrase_trie(_DAY_NUMBERS)})(?![\w-])"
    r"(?:\.?,?\s(?:of\s|de\s|d['’]|di\s)?(?P<month>[^\W\d_]{3,12})(?![\w-]))?",
    re.IGNORECASE,
)
_DAY_LEAD = re.compile(
    r"(?<![\w-])(?P<lead>[^\W\d_]{2,15})[.,]?\s(?:(?:the|de)\s)?$", re.IGNORECASE
)
_ORDINAL_CODES = frozenset({"en", "de", "nl"})
_DATE_LEADS = frozenset({"on", "am", "zum", "vom", "den", "op"})
_AFTER_DAY_WORD = re.compile(
    r"\s?(?:[,.;:!?()–-]|$|\s(?:at|um|om|@|von|from|van|also|so|\d|\())", re.IGNORECASE
)


def spell_word_days(
    text: str, is_month: Callable[[str], bool], is_weekday: Callable[[str], bool]
) -> str:
    """Return the text with days of the month written in words as digits: "12 mars", "el
    jueves 11 de marzo", "Tuesday the 12th", "am 12.", "op de 20e"."""

    def replace(match: re.Match[str]) -> str:
        found = _DAY_NUMBERS.get(re.sub(r"\s+", " ", match["day"].lower()))
        if found is None:
            return match[0]
        number, code = found
        month = match["month"] or ""
        # English "may" and "march" are words too: a month there has its capital
        dated = bool(month) and is_month(month) and (code != "en" or month[0].isupper())
        if code in _ORDINAL_CODES and not dated:
            # "Tuesday the twelfth", "am zwölften", "op de twintigste", then a pause or the
            # hour, not a noun ("on the second floor", "am dritten Tag")
            lead = _DAY_LEAD.search(text, max(0, match.start() - 24), match.start())
            word = lead["lead"].lower() if lead else ""
            dated = bool(word) and (is_weekday(word) or word in _DATE_LEADS)
            dated = dated and bool(_AFTER_DAY_WORD.match(text, match.end("day")))
        if not dated:
            return match[0]
        digits = _DAY_DIGITS.get(code, "{}").format(number)
        if code == "en":
            digits = f"{number}{_english_suffix(number)}"
        return digits + match[0][match.end("day") - match.start() :]

    return _DAY_WORD.sub(replace, text)


def _english_suffix(number: int) -> str:
    if number in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
