"""Read the zone people and scheduling tools write after a time in prose.

"CEST", "PST" (in July, meaning the Pacific zone), "GMT+2", "UTC−3", "Pacific Time -
Los Angeles", "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Waktu Indonesia Barat -
Jakarta", "Europe/Rome": each resolves to an IANA zone or a fixed offset, or to nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import available_timezones

from service.parsing.lexicon import fold
from service.parsing.zones import (
    ABBREVIATION_ZONES,
    fixed_offset,
    iana_name_for_label,
    iana_zone,
    seasonal_offsets,
)

# Abbreviations beyond the calendar table that tools and people write in hiring mail.
# People write the standard-time abbreviation all year ("PST" in July): each names a zone,
# whose rules give the offset at the instant.
EXTRA_ABBREVIATIONS: dict[str, str] = {
    "WIB": "Asia/Jakarta",
    "TSİ": "Europe/Istanbul",
    "TSI": "Europe/Istanbul",
    "TRT": "Europe/Istanbul",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
    "BRST": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "CLT": "America/Santiago",
    "CLST": "America/Santiago",
    "PHT": "Asia/Manila",
    "ICT": "Asia/Bangkok",
    "GST": "Asia/Dubai",
    "PKT": "Asia/Karachi",
    "NPT": "Asia/Kathmandu",
    "EAT": "Africa/Nairobi",
    "CAT": "Africa/Maputo",
    "SAST": "Africa/Johannesburg",
    "WAT": "Africa/Lagos",
    "ACDT": "Australia/Adelaide",
    "AET": "Australia/Sydney",
    "IDT": "Asia/Jerusalem",
    "MYT": "Asia/Kuala_Lumpur",
    # "9am NZT", "NST" (Newfoundland), "HAST": the short forms people use beside the table's
    "NZT": "Pacific/Auckland",
    "NST": "America/St_Johns",
    "NDT": "America/St_Johns",
    "HAST": "Pacific/Honolulu",
    "HEC": "Europe/Paris",
    "HAEC": "Europe/Paris",
    "HNEC": "Europe/Paris",
    # Canadian French, as Google Calendar and Outlook print them in fr-CA: "14:00 - 15:00 (HNE)"
    "HNE": "America/Toronto",
    "HAE": "America/Toronto",
    "HNC": "America/Winnipeg",
    "HAC": "America/Winnipeg",
    "HNR": "America/Edmonton",
    "HAR": "America/Edmonton",
    "HNP": "America/Vancouver",
    "HAP": "America/Vancouver",
    "HNA": "America/Halifax",
    "HAA": "America/Halifax",
    "SELČ": "Europe/Prague",
    "SEČ": "Europe/Prague",
    "МСК": "Europe/Moscow",
    "MSK": "Europe/Moscow",
}
# CLDR's short metazone names that mean one clock in every locale using them ("10:00 COT",
# "9am PET", "15:00 UYT", "VET"; tests/parsing/lexicon_sources/build_zone_abbreviations.py):
# below the tables above, which name the letter groups they share first (text69)
CLDR_ABBREVIATIONS: dict[str, str] = json.loads(
    (Path(__file__).with_name("zone_abbreviations.json")).read_text(encoding="utf-8")
)
ABBREVIATIONS: dict[str, str] = {
    **CLDR_ABBREVIATIONS,
    **ABBREVIATION_ZONES,
    **EXTRA_ABBREVIATIONS,
}
# Abbreviations that are also ordinary words; they count only in capitals.
_WORDLIKE = frozenset({"PACIFIC", "EASTERN", "CENTRAL", "MOUNTAIN", "UK", "ART", "CAT", "GST"})
_WORDLIKE |= {"HNE", "HAE", "HNC", "HAC", "HNR", "HAR", "HNP", "HAP", "HNA", "HAA"}

# Zone names written out, in the languages we read; matched as a prefix of folded text.
NAMED_ZONES: tuple[tuple[str, str], ...] = (
    (r"pacific (?:standard |daylight )?time", "America/Los_Angeles"),
    (r"eastern (?:standard |daylight )?time", "America/New_York"),
    (r"central (?:standard |daylight )?time", "America/Chicago"),
    (r"mountain (?:standard |daylight )?time", "America/Denver"),
    # the rest of North America's named clocks: "10:00 Hawaii time", "Atlantic time"
    (r"(?:hawaii|hawaiian|hawaii-aleutian) (?:standard )?time", "Pacific/Honolulu"),
    (r"alaska(?:n)? (?:standard |daylight )?time", "America/Anchorage"),
    (r"atlantic (?:standard |daylight )?time", "America/Halifax"),
    (r"newfoundland (?:standard |daylight )?time", "America/St_Johns"),
    (r"arizona time", "America/Phoenix"),
    (r"central europe(?:an)? (?:summer |standard )?time", "Europe/Berlin"),
    # UTC by its long name, as Outlook and Bookings print it after a time
    (
        r"coordinated universal time|temps universel coordonne|koordinierte weltzeit"
        r"|hora universal coordinada|tempo coordinato universale|gecoordineerde wereldtijd",
        "UTC",
    ),
    (r"western europe(?:an)? (?:summer |standard )?time", "Europe/Lisbon"),
    (r"eastern europe(?:an)? (?:summer |standard )?time", "Europe/Helsinki"),
    (r"mitteleuropaische (?:sommer|normal|standard)?zeit", "Europe/Berlin"),
    (r"heure (?:d'ete |normale |avancee )?d'europe centrale", "Europe/Paris"),
    (r"heure de paris", "Europe/Paris"),
    (r"hora (?:de verano |estandar |central )?de europa central", "Europe/Madrid"),
    (r"hora peninsular", "Europe/Madrid"),
    # the Canaries run an hour behind the mainland: "10:00 (hora canaria)", "hora de Canarias"
    (r"hora canaria|hora de (?:las )?canarias", "Atlantic/Canary"),
    (r"ora (?:legale |standard )?dell'europa centrale", "Europe/Rome"),
    (r"ora italiana", "Europe/Rome"),
    (r"midden-europese (?:zomer|standaard)?tijd", "Europe/Amsterdam"),
    (r"nederlandse tijd", "Europe/Amsterdam"),
    (r"czas(?:u)? srodkowoeuropejski\w*(?: letni\w*)?", "Europe/Warsaw"),
    (r"czasu polskiego", "Europe/Warsaw"),
    (r"centraleuropeisk (?:sommar|normal)?tid", "Europe/Stockholm"),
    (r"svensk tid", "Europe/Stockholm"),
    (r"british summer time|greenwich mean time|uk time|london time", "Europe/London"),
    (r"india(?:n)? standard time|indian time", "Asia/Kolkata"),
    (r"singapore (?:standard )?time", "Asia/Singapore"),
    (r"japan(?:ese)? standard time|日本時間|日本標準時", "Asia/Tokyo"),
    (r"korea(?:n)? standard time|한국 표준시", "Asia/Seoul"),
    (r"china standard time|北京时间|中国标准时间", "Asia/Shanghai"),
    (r"hong kong (?:standard )?time", "Asia/Hong_Kong"),
    (r"australian eastern (?:standard |daylight )?time", "Australia/Sydney"),
    (r"australian central (?:standard |daylight )?time", "Australia/Adelaide"),
    (r"australian western (?:standard )?time", "Australia/Perth"),
    (r"new zealand (?:standard |daylight )?time", "Pacific/Auckland"),
    (r"waktu indonesia barat", "Asia/Jakarta"),
    (r"waktu indonesia tengah", "Asia/Makassar"),
    (r"waktu indonesia timur", "Asia/Jayapura"),
    (r"western indonesia time", "Asia/Jakarta"),
    (r"central indonesia time", "Asia/Makassar"),
    (r"brasilia (?:standard )?time|horario de brasilia|hora de brasilia", "America/Sao_Paulo"),
    (r"argentina (?:standard )?time|hora de argentina", "America/Argentina/Buenos_Aires"),
    (r"chile (?:standard |summer )?time|hora de chile", "America/Santiago"),
    (r"colombia time|hora de colombia", "America/Bogota"),
    (r"hora (?:del centro|de la ciudad) de mexico|mexico city time", "America/Mexico_City"),
    (r"moscow (?:standard )?time", "Europe/Moscow"),
    (r"gulf standard time", "Asia/Dubai"),
    (r"israel (?:standard |daylight )?time", "Asia/Jerusalem"),
    (r"south africa(?:n)? standard time", "Africa/Johannesburg"),
    (r"nepal time", "Asia/Kathmandu"),
    (r"philippine (?:standard )?time", "Asia/Manila"),
    (r"east africa(?:n)? time", "Africa/Nairobi"),
    (r"west africa(?:n)? time", "Africa/Lagos"),
    (r"central africa(?:n)? time", "Africa/Maputo"),
    (r"arabia(?:n)? standard time|saudi (?:arabia )?time|riyadh time", "Asia/Riyadh"),
    (r"uae time|dubai time|gulf time|بتوقيت الإمارات", "Asia/Dubai"),
    (r"بتوقيت السعودية|بتوقيت الرياض|بتوقيت مكة", "Asia/Riyadh"),
    (r"swiss time|schweizer zeit|heure suisse", "Europe/Zurich"),
    (r"greek time|ωρα ελλαδας", "Europe/Athens"),
    # "о 10:00 за Києвом" (by Kyiv), as Ukrainian announcements write it beside the hour
    (r"kyiv time|за київським часом|київський час|за києвом", "Europe/Kyiv"),
    (
        # "в 15:00 московского времени": the genitive, without "по"
        r"(?:по )?московскому времени|московского времени|московское время|по москве"
        r"|moskauer zeit|ortszeit moskau"
        r"|(?:вс[её] )?время(?: указано| везде)?(?: —| -|:)? московское",
        "Europe/Moscow",
    ),
    (r"по киевскому времени|киевского времени|киевское время|по киеву", "Europe/Kyiv"),
    (r"по минскому времени|минское время|по минску", "Europe/Minsk"),
    (
        r"по новосибирскому времени|новосибирское время|(?:по местному )?времени новосибирска",
        "Asia/Novosibirsk",
    ),
    (r"по екатеринбургскому времени|екатеринбургское время", "Asia/Yekaterinburg"),
    (r"(?:по )?българско време|софийско време", "Europe/Sofia"),
    (r"po hrvatskom vremenu|hrvatsko vrijeme|zagrebacko vrijeme", "Europe/Zagreb"),
    (r"po srpskom vremenu|beogradsko vreme", "Europe/Belgrade"),
    (r"czasu polskiego|czas polski|polskiego czasu", "Europe/Warsaw"),
    # Polish names another city's clock by the city's adjective: "czasu londyńskiego",
    # "czasu nowojorskiego", "według czasu moskiewskiego"
    (r"czas(?:u)? londynski\w*|londynskiego czasu", "Europe/London"),
    (r"czas(?:u)? nowojorski\w*|nowojorskiego czasu", "America/New_York"),
    (r"czas(?:u)? moskiewski\w*|moskiewskiego czasu", "Europe/Moscow"),
    (r"lietuvos laiku|vilniaus laiku", "Europe/Vilnius"),
    (r"भारतीय मानक समय|भारतीय समय", "Asia/Kolkata"),
    (r"שעון ישראל|לפי שעון ישראל", "Asia/Jerusalem"),
    (r"بتوقيت القاهرة|بتوقيت مصر", "Africa/Cairo"),
    (r"بتوقيت دبي|بتوقيت أبوظبي", "Asia/Dubai"),
    (r"بتوقيت الدوحة|بتوقيت قطر", "Asia/Qatar"),
    (r"oras (?:sa|ng) (?:pilipinas|maynila)|philippine standard time", "Asia/Manila"),
    (r"waktu (?:semenanjung )?malaysia|malaysia time", "Asia/Kuala_Lumpur"),
    (r"gio viet nam|vietnam time|indochina time|giờ đông dương", "Asia/Ho_Chi_Minh"),
    (r"thai time|เวลาประเทศไทย", "Asia/Bangkok"),
    (r"(?:us |amerikanische )?ostkusten?zeit|nordamerikanische ostkustenzeit", "America/New_York"),
    (
        r"(?:us |amerikanische )?(?:westkusten?zeit|pazifikzeit|pazifische zeit)",
        "America/Los_Angeles",
    ),
    (r"heure (?:normale |avancee )?de l'est", "America/New_York"),
    (r"heure (?:normale |avancee )?du pacifique", "America/Los_Angeles"),
    (r"heure (?:normale |avancee )?du centre", "America/Chicago"),
    (r"hora (?:estandar |de verano )?del este", "America/New_York"),
    (r"hora (?:estandar |de verano )?del pacifico", "America/Los_Angeles"),
    (r"hora (?:estandar |de verano )?del centro", "America/Chicago"),
    (r"ora (?:della costa orientale|dell'est|orientale)", "America/New_York"),
    (r"ora (?:della costa occidentale|del pacifico)", "America/Los_Angeles"),
    (r"horario (?:da costa leste|do leste|de nova york)", "America/New_York"),
    (r"horario (?:da costa oeste|do pacifico)", "America/Los_Angeles"),
    (r"czas wschodni", "America/New_York"),
    (r"czas pacyficzny", "America/Los_Angeles"),
    (r"(?:amerikansk )?ostkusttid", "America/New_York"),
    (r"(?:amerikansk )?vastkusttid", "America/Los_Angeles"),
    (r"waktu pantai timur", "America/New_York"),
    (r"waktu (?:pantai barat|pasifik)", "America/Los_Angeles"),
    # the US zones as CLDR and people name them in Turkish, Russian, Korean, Chinese, Finnish,
    # Danish and Norwegian, Czech, Romanian and Hungarian
    (r"(?:kuzey amerika |abd )?dogu saati", "America/New_York"),
    (r"(?:kuzey amerika |abd )?pasifik saati", "America/Los_Angeles"),
    (
        r"(?:по )?восточн(?:ое|ому) (?:североамериканск\w+ )?врем(?:я|ени)(?: \(?сша\)?)?",
        "America/New_York",
    ),
    (r"(?:по )?тихоокеанск(?:ое|ому) врем(?:я|ени)(?: \(?сша\)?)?", "America/Los_Angeles"),
    (r"미(?:국)? 동부 (?:표준)?시간?", "America/New_York"),
    (r"미(?:국)? (?:서부|태평양) (?:표준)?시간?", "America/Los_Angeles"),
    (r"(?:美国|北美)?东部(?:标准|夏令)?时间|美东时间", "America/New_York"),
    (r"(?:美国|北美)?(?:西部|太平洋)(?:标准|夏令)?时间|美西时间", "America/Los_Angeles"),
    (
        r"pohjois-amerikan itainen (?:normaali)?aika|yhdysvaltain itarannikon aika",
        "America/New_York",
    ),
    (r"pohjois-amerikan tyynenmeren (?:normaali)?aika", "America/Los_Angeles"),
    (r"(?:amerikansk )?østkysttid|(?:amerikansk )?østkyst-tid", "America/New_York"),
    (r"(?:amerikansk )?vestkysttid", "America/Los_Angeles"),
    (r"severoamericky vychodni (?:normalni |letni )?cas|vychodoamericky cas", "America/New_York"),
    (r"severoamericky pacificky (?:normalni |letni )?cas", "America/Los_Angeles"),
    (r"ora (?:coastei de est(?: a sua)?|orientala nord-americana)", "America/New_York"),
    (r"ora (?:coastei de vest(?: a sua)?|pacificului nord-american)", "America/Los_Angeles"),
    (r"eszak-amerikai keleti (?:zonaidő|ido)|usa keleti parti ido", "America/New_York"),
    (r"eszak-amerikai csendes-oceani (?:zonaidő|ido)", "America/Los_Angeles"),
    (r"за (?:північноамериканським )?східним часом(?: \(?сша\)?)?", "America/New_York"),
    (r"(?:північноамериканський )?східний час(?: \(?сша\)?)?", "America/New_York"),
    (r"за (?:північноамериканським )?тихоокеанським часом", "America/Los_Angeles"),
    (r"ανατολικη ωρα (?:βορειας αμερικης|ηπα)", "America/New_York"),
    (r"ωρα ειρηνικου(?: βορειας αμερικης)?", "America/Los_Angeles"),
    # Arabic, Hebrew and Vietnamese, as CLDR (and so Google and Outlook) and people write them
    (
        r"(?:ال)?توقيت (?:ال)?(?:رسمي |صيفي )?(?:ال)?شرقي(?: لأمريكا الشمالية| الأمريكي"
        r"| للولايات المتحدة)|توقيت شرق (?:الولايات المتحدة|أمريكا)",
        "America/New_York",
    ),
    (
        r"توقيت المحيط الهادي(?: لأمريكا الشمالية)?|(?:ال)?توقيت (?:ال)?(?:رسمي )?(?:ال)?غربي"
        r"(?: لأمريكا الشمالية| الأمريكي)",
        "America/Los_Angeles",
    ),
    (r"(?:ال)?توقيت (?:ال)?(?:رسمي )?(?:ال)?مركزي لأمريكا الشمالية", "America/Chicago"),
    (r"שעון (?:החוף )?(?:ה)?מזרחי(?: \(?ארה[״\"]ב\)?)?|שעון מזרח ארה[״\"]ב", "America/New_York"),
    (r"שעון (?:החוף )?(?:ה)?מערבי(?: \(?ארה[״\"]ב\)?)?|שעון מערב ארה[״\"]ב", "America/Los_Angeles"),
    (r"שעון מרכז ארה[״\"]ב", "America/Chicago"),
    (r"giờ miền đông(?: (?:hoa kỳ|nước mỹ|mỹ|\(mỹ\)))?", "America/New_York"),
    (r"giờ (?:thái bình dương|miền tây)(?: (?:hoa kỳ|nước mỹ|mỹ|\(mỹ\)))?", "America/Los_Angeles"),
    (r"giờ miền trung(?: (?:hoa kỳ|nước mỹ|mỹ|\(mỹ\)))?", "America/Chicago"),
    # Hindi, Thai, Malay, Slovak, Croatian and Bulgarian, as CLDR names the US zones
    (r"(?:उत्तरी )?अमेरिकी पूर्वी समय", "America/New_York"),
    (r"(?:उत्तरी )?अमेरिकी प्रशांत समय", "America/Los_Angeles"),
    (r"เวลาทางตะวันออก(?:ในอเมริกาเหนือ)?", "America/New_York"),
    (r"เวลาแปซิฟิก(?:ในอเมริกาเหนือ)?", "America/Los_Angeles"),
    (r"waktu timur(?: \(?(?:as|amerika syarikat)\)?)?(?!\w)", "America/New_York"),
    (r"waktu pasifik(?: \(?(?:as|amerika syarikat)\)?)?(?!\w)", "America/Los_Angeles"),
    (r"severoamerický východný čas|východoamerický čas", "America/New_York"),
    (r"severoamerický tichomorský čas", "America/Los_Angeles"),
    (r"istočno (?:sjevernoameričko )?vrijeme(?: \(?sad\)?)?", "America/New_York"),
    (r"pacifičko (?:sjevernoameričko )?vrijeme(?: \(?sad\)?)?", "America/Los_Angeles"),
    (r"(?:северноамериканско )?източно време(?: \(?сащ\)?)?", "America/New_York"),
    (r"(?:северноамериканско )?тихоокеанско време(?: \(?сащ\)?)?", "America/Los_Angeles"),
    (r"(?:米国)?東部(?:標準|夏)?時間?", "America/New_York"),
    (r"(?:米国)?太平洋(?:標準|夏)?時間?", "America/Los_Angeles"),
    (r"(?:米国)?中部(?:標準|夏)?時間?", "America/Chicago"),
)
# Patterns are folded like the text they meet: "київським" folds to "киівським".
_NAMED = [(re.compile(fold(pattern)), zone) for pattern, zone in NAMED_ZONES]
# All of them in one pattern: most text read for a zone starts with none, and one scan that
# tries them by first letter says so before each is tried in turn.
_ANY_NAMED = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _NAMED))

# "<place> time" and "time of <place>" in the languages we read: country words (adjective,
# genitive or name) of countries with one zone, as CLDR's zone names and people write them
# ("dansk tid", "ora României", "Türkiye saati", "czasu polskiego", "한국 시간", "台北时间").
PLACE_ZONES: dict[str, str] = {
    **dict.fromkeys(["polski", "polskiego", "polska", "polish", "poland"], "Europe/Warsaw"),
    **dict.fromkeys(["romaniei", "romania", "romanian", "romanesc"], "Europe/Bucharest"),
    **dict.fromkeys(["dansk", "danish", "denmark", "danmark"], "Europe/Copenhagen"),
    **dict.fromkeys(["norsk", "norwegian", "norway", "norge"], "Europe/Oslo"),
    **dict.fromkeys(["svensk", "swedish", "sweden", "sverige"], "Europe/Stockholm"),
    **dict.fromkeys(["suomen", "finnish", "finland"], "Europe/Helsinki"),
    **dict.fromkeys(["magyar", "budapesti", "hungarian", "hungary"], "Europe/Budapest"),
    **dict.fromkeys(["ceskeho", "cesky", "czech", "prazskeho"], "Europe/Prague"),
    **dict.fromkeys(["turkiye", "turkey", "turkish", "istanbul"], "Europe/Istanbul"),
    **dict.fromkeys(["portugal", "portuguesa", "portuguese", "lisboa"], "Europe/Lisbon"),
    **dict.fromkeys(["espana", "espanola", "spanish", "spain"], "Europe/Madrid"),
    **dict.fromkeys(["italia", "italian", "italy"], "Europe/Rome"),
    **dict.fromkeys(["france", "francaise", "french"], "Europe/Paris"),
    **dict.fromkeys(["deutscher", "deutsche", "deutschland", "german"], "Europe/Berlin"),
    **dict.fromkeys(["osterreichischer", "austrian", "wiener"], "Europe/Vienna"),
    **dict.fromkeys(["nederlandse", "dutch", "nederland"], "Europe/Amsterdam"),
    **dict.fromkeys(["belgische", "belge", "belgian", "belgium"], "Europe/Brussels"),
    **dict.fromkeys(["irish", "ireland"], "Europe/Dublin"),
    **dict.fromkeys(["greek", "greece", "ελλαδας"], "Europe/Athens"),
    **dict.fromkeys(["ישראל", "israel", "israeli"], "Asia/Jerusalem"),
    **dict.fromkeys(["kenya", "kenyan"], "Africa/Nairobi"),
    **dict.fromkeys(["nigeria", "nigerian"], "Africa/Lagos"),
    **dict.fromkeys(["egypt", "egyptian"], "Africa/Cairo"),
    **dict.fromkeys(["singapore"], "Asia/Singapore"),
    **dict.fromkeys(["india", "indian"], "Asia/Kolkata"),
    **dict.fromkeys(["korea", "korean", "한국"], "Asia/Seoul"),
    **dict.fromkeys(["japan", "japanese", "日本"], "Asia/Tokyo"),
    **dict.fromkeys(["china", "chinese", "北京", "中国"], "Asia/Shanghai"),
    **dict.fromkeys(["taiwan", "taipei", "台北", "台湾", "台灣"], "Asia/Taipei"),
    **dict.fromkeys(["香港"], "Asia/Hong_Kong"),
    **dict.fromkeys(["ukraine", "ukrainian"], "Europe/Kyiv"),
    **dict.fromkeys(["vietnam", "vietnamese"], "Asia/Ho_Chi_Minh"),
    **dict.fromkeys(["thailand"], "Asia/Bangkok"),
    **dict.fromkeys(["philippine", "philippines"], "Asia/Manila"),
    # "11am NZ time", "(it's NZ time)": New Zealanders' own short name (shiftweek20, cwthread)
    **dict.fromkeys(["new zealand", "nz"], "Pacific/Auckland"),
    **dict.fromkeys(["eesti", "tallinna", "estonian", "estonia"], "Europe/Tallinn"),
    **dict.fromkeys(["latvijas", "rigas", "latvian", "latvia"], "Europe/Riga"),
    **dict.fromkeys(["slovenskem", "ljubljanski", "slovenian", "slovenia"], "Europe/Ljubljana"),
    **dict.fromkeys(["slovenskeho", "bratislavskeho", "slovak", "slovakia"], "Europe/Bratislava"),
    **dict.fromkeys(["mexico", "cdmx", "mexicana", "mexican"], "America/Mexico_City"),
    **dict.fromkeys(["argentina", "argentine"], "America/Argentina/Buenos_Aires"),
    **dict.fromkeys(["peru", "peruana"], "America/Lima"),
    **dict.fromkeys(["venezuela"], "America/Caracas"),
    **dict.fromkeys(["ecuador"], "America/Guayaquil"),
    **dict.fromkeys(["uruguay"], "America/Montevideo"),
    **dict.fromkeys(["costa rica"], "America/Costa_Rica"),
    **dict.fromkeys(["brasil", "brazil", "brasileira"], "America/Sao_Paulo"),
    # the other one-zone countries of Latin America, South Asia, the Gulf and Central Asia,
    # as their job boards and employers write "hora Colombia", "KSA time", "Doha time"
    **dict.fromkeys(["colombia", "colombiana"], "America/Bogota"),
    **dict.fromkeys(["bolivia", "boliviana"], "America/La_Paz"),
    **dict.fromkeys(["paraguay", "paraguaya"], "America/Asuncion"),
    **dict.fromkeys(["guatemala"], "America/Guatemala"),
    **dict.fromkeys(["panama", "panamena"], "America/Panama"),
    **dict.fromkeys(["sri lanka", "sri lankan"], "Asia/Colombo"),
    **dict.fromkeys(["pakistan", "pakistani"], "Asia/Karachi"),
    **dict.fromkeys(["bangladesh"], "Asia/Dhaka"),
    **dict.fromkeys(["nepal", "nepali"], "Asia/Kathmandu"),
    **dict.fromkeys(["ksa", "saudi"], "Asia/Riyadh"),
    **dict.fromkeys(["qatar", "doha"], "Asia/Qatar"),
    **dict.fromkeys(["kuwait"], "Asia/Kuwait"),
    **dict.fromkeys(["bahrain"], "Asia/Bahrain"),
    **dict.fromkeys(["oman", "muscat"], "Asia/Muscat"),
    **dict.fromkeys(["uzbekistan", "tashkent", "toshkent"], "Asia/Tashkent"),
    **dict.fromkeys(["kazakhstan", "astana"], "Asia/Almaty"),
    **dict.fromkeys(["malaysia", "malaysian", "kl"], "Asia/Kuala_Lumpur"),
    # the one-zone countries of the Commonwealth in Africa and the Caribbean, as their
    # employers write "South African time", "Ghana time", "Trinidad time"
    **dict.fromkeys(["south africa", "south african"], "Africa/Johannesburg"),
    **dict.fromkeys(["ghana", "ghanaian"], "Africa/Accra"),
    **dict.fromkeys(["uganda", "ugandan"], "Africa/Kampala"),
    **dict.fromkeys(["tanzania", "tanzanian"], "Africa/Dar_es_Salaam"),
    **dict.fromkeys(["rwanda", "rwandan"], "Africa/Kigali"),
    **dict.fromkeys(["zambia", "zambian"], "Africa/Lusaka"),
    **dict.fromkeys(["zimbabwe", "zimbabwean"], "Africa/Harare"),
    **dict.fromkeys(["botswana"], "Africa/Gaborone"),
    **dict.fromkeys(["mauritius", "mauritian"], "Indian/Mauritius"),
    **dict.fromkeys(["jamaica", "jamaican"], "America/Jamaica"),
    **dict.fromkeys(["trinidad", "trinidadian"], "America/Port_of_Spain"),
    **dict.fromkeys(["barbados", "bajan"], "America/Barbados"),
    **dict.fromkeys(["guyana", "guyanese"], "America/Guyana"),
    # Russian capitals of the CIS in the cases "по <city>" and "время <city>" take
    **dict.fromkeys(["алматы", "астана", "астаны", "астане"], "Asia/Almaty"),
    **dict.fromkeys(["ташкент", "ташкента", "ташкенту"], "Asia/Tashkent"),
    **dict.fromkeys(["бишкек", "бишкека", "бишкеку"], "Asia/Bishkek"),
    **dict.fromkeys(["баку"], "Asia/Baku"),
    **dict.fromkeys(["тбилиси"], "Asia/Tbilisi"),
    **dict.fromkeys(["ереван", "еревана", "еревану"], "Asia/Yerevan"),
}


def _composed_fold(text: str) -> str:
    """fold(), then Hangul recomposed, so "한국" keeps its length and can be looked up."""
    return unicodedata.normalize("NFC", fold(text))


_PLACES = {_composed_fold(word): zone for word, zone in PLACE_ZONES.items()}
_TIME_WORDS = (
    r"time|tid|tijd|zeit|aika|aikaa|ido|saati|saatiyle|czas|cas|casu|ώρα|שעון|시간|时间|時間"
    r"|aja|aeg|laiks|laika|laiku"
)
# a place of up to three words: "Paris", "New York", "Ciudad de México"
_PLACE_WORDS = r"[^\W\d_][^\W\d_'.\s]{1,23}(?:\s[^\W\d_][^\W\d_'.\s]{1,23}){0,2}"
_CITY_ADJECTIVE_TIME = re.compile(r"([^\W\d_]{3,20})er\s(?:orts)?zeit(?!\w)")
# Dutch and German join a city to its clock with a hyphen: "Dubai-tijd", "New York-tijd",
# "Dubai-Zeit", "Hongkong-Zeit"
_PLACE_TIME = re.compile(rf"({_PLACE_WORDS}?)[\s-]?(?:{_TIME_WORDS})(?!\w)")
_TIME_PLACE = re.compile(
    r"(?:hora|heure|ora|horario|zeit|czas|czasu|cas|casu|saat|waktu|שעון|ώρα|по|время"
    # Persian "به وقت برلین" and Arabic "بتوقيت القاهرة": "in the time of" before a city
    r"|времени|به وقت|بوقت|بتوقيت"
    # Vietnamese "9:00 giờ Hà Nội" (as "giờ Việt Nam")
    r"|gio)\s"
    # "hora de la CDMX", "heure de la Réunion", "ora della Sardegna": an article after "of"
    rf"(?:oficiala a |de la |de l'|della |(?:de|di|in|du|da|do|a|del)\s|d')?({_PLACE_WORDS})"
)


# Romanian names a city's clock with the city in the genitive, as CLDR's ro zone names do
# for a region ("Ora Europei Centrale"): "ora Berlinului", "ora Londrei", "ora Vienei"
_RO_GENITIVE = re.compile(r"(?:-?ului|ei)$")


def _romanian_nominative(words: str) -> str:
    """ "berlinului" -> "berlin", "londrei" -> "londra": the city a Romanian genitive names."""
    ending = _RO_GENITIVE.search(words)
    if ending is None:
        return words
    stem = words[: ending.start()]
    return stem + "a" if ending.group(0) == "ei" else stem


def _place_zone(words: str) -> str | None:
    """Return the zone of a city or single-zone country named at the start of words."""
    found = zone_for_city(words)
    if found:
        return found
    parts = _composed_fold(words).replace(")", " ").replace(",", " ").split()
    for size in (2, 1):
        if len(parts) >= size and (name := _PLACES.get(" ".join(parts[:size]))):
            return name
    return None


# Cities people name that the tz database spells otherwise or does not list.
CITY_ALIASES: dict[str, str] = {
    "new delhi": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "munich": "Europe/Berlin",
    "munchen": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "koln": "Europe/Berlin",
    "milan": "Europe/Rome",
    "milano": "Europe/Rome",
    "roma": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "tel aviv": "Asia/Jerusalem",
    "geneva": "Europe/Zurich",
    "geneve": "Europe/Zurich",
    "the hague": "Europe/Amsterdam",
    "den haag": "Europe/Amsterdam",
    "rotterdam": "Europe/Amsterdam",
    "krakow": "Europe/Warsaw",
    "varsovia": "Europe/Warsaw",
    "londres": "Europe/London",
    "londra": "Europe/London",
    "nueva york": "America/New_York",
    "sao paulo": "America/Sao_Paulo",
    # Italian exonyms: "alle 9:30 ora di San Paolo", "ora di Città del Messico"
    "san paolo": "America/Sao_Paulo",
    "citta del messico": "America/Mexico_City",
    "rio de janeiro": "America/Sao_Paulo",
    "melbourne": "Australia/Melbourne",
    "ho chi minh": "Asia/Ho_Chi_Minh",
    "toronto": "America/Toronto",
    "montreal": "America/Toronto",
    "vancouver": "America/Vancouver",
    "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
    "warszawa": "Europe/Warsaw",
    "wien": "Europe/Vienna",
    "zurich": "Europe/Zurich",
    "lisboa": "Europe/Lisbon",
    "bruxelles": "Europe/Brussels",
    "praha": "Europe/Prague",
    "東京": "Asia/Tokyo",
    # the other cities of Windows' Tokyo label in Japanese ("大阪、札幌、東京")
    "大阪": "Asia/Tokyo",
    "札幌": "Asia/Tokyo",
    "ciudad de mexico": "America/Mexico_City",
    "bogota": "America/Bogota",
    "nueva delhi": "Asia/Kolkata",
    # big hiring cities the tz database files under another city's name
    "gurgaon": "Asia/Kolkata",
    "gurugram": "Asia/Kolkata",
    "noida": "Asia/Kolkata",
    "cape town": "Africa/Johannesburg",
    "durban": "Africa/Johannesburg",
    "nyc": "America/New_York",
    "new york city": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "philadelphia": "America/New_York",
    "ottawa": "America/Toronto",
    "houston": "America/Chicago",
    "minneapolis": "America/Chicago",
    "calgary": "America/Edmonton",
    "sf": "America/Los_Angeles",
    "bay area": "America/Los_Angeles",
    "silicon valley": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "san jose": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "guadalajara": "America/Mexico_City",
    "medellin": "America/Bogota",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
    "abu dhabi": "Asia/Dubai",
    "osaka": "Asia/Tokyo",
    "edinburgh": "Europe/London",
    "manchester": "Europe/London",
    "stuttgart": "Europe/Berlin",
    "dusseldorf": "Europe/Berlin",
    "lyon": "Europe/Paris",
    "porto": "Europe/Lisbon",
    "gothenburg": "Europe/Stockholm",
    "antwerp": "Europe/Brussels",
    # capitals as their own languages spell them (Outlook's and Google's localized labels)
    "bucuresti": "Europe/Bucharest",
    "bukarest": "Europe/Bucharest",
    "atena": "Europe/Athens",
    "athen": "Europe/Athens",
    "kobenhavn": "Europe/Copenhagen",
    "kopenhagen": "Europe/Copenhagen",
    "københavn": "Europe/Copenhagen",
    "praga": "Europe/Prague",
    "prag": "Europe/Prague",
    "prága": "Europe/Prague",
    "moskva": "Europe/Moscow",
    "москва": "Europe/Moscow",
    "санкт-петербург": "Europe/Moscow",
    "екатеринбург": "Asia/Yekaterinburg",
    "новосибирск": "Asia/Novosibirsk",
    "киев": "Europe/Kyiv",
    "київ": "Europe/Kyiv",
    "kiova": "Europe/Kyiv",
    "varsova": "Europe/Warsaw",
    "istanbul": "Europe/Istanbul",
    "ankara": "Europe/Istanbul",
    "서울": "Asia/Seoul",
    "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai",
    "重庆": "Asia/Shanghai",
    "香港": "Asia/Hong_Kong",
    "台北": "Asia/Taipei",
    # Traditional-script names (zh-TW, zh-HK) CLDR's zh data, in Simplified, leaves out
    "首爾": "Asia/Seoul",
    "倫敦": "Europe/London",
    "紐約": "America/New_York",
    "αθηνα": "Europe/Athens",
    "belgrad": "Europe/Belgrade",
    "belgrád": "Europe/Belgrade",
    "bělehrad": "Europe/Belgrade",
    "budapešť": "Europe/Budapest",
    "pozsony": "Europe/Bratislava",
    "wenen": "Europe/Vienna",
    "viena": "Europe/Vienna",
    "bécs": "Europe/Vienna",
    "vídeň": "Europe/Vienna",
    "ירושלים": "Asia/Jerusalem",
    "תל אביב": "Asia/Jerusalem",
    "القاهرة": "Africa/Cairo",
    "الرياض": "Asia/Riyadh",
    "الكويت": "Asia/Kuwait",
    "بغداد": "Asia/Baghdad",
    "دبي": "Asia/Dubai",
    "أبوظبي": "Asia/Dubai",
    "مسقط": "Asia/Muscat",
    "الدوحة": "Asia/Qatar",
    "عمان": "Asia/Amman",
    "بيروت": "Asia/Beirut",
    "thành phố hồ chí minh": "Asia/Ho_Chi_Minh",
    "tp. hồ chí minh": "Asia/Ho_Chi_Minh",
    "tp hồ chí minh": "Asia/Ho_Chi_Minh",
    "hà nội": "Asia/Ho_Chi_Minh",
    "hanoi": "Asia/Ho_Chi_Minh",
    # "heure du Québec", "heure de Québec": the province and its capital keep Eastern time
    "québec": "America/Toronto",
    "quebec": "America/Toronto",
    "sài gòn": "Asia/Ho_Chi_Minh",
    "कोलकाता": "Asia/Kolkata",
    "मुंबई": "Asia/Kolkata",
    "नई दिल्ली": "Asia/Kolkata",
    "चेन्नई": "Asia/Kolkata",
    "กรุงเทพ": "Asia/Bangkok",
    "กรุงเทพฯ": "Asia/Bangkok",
    "กรุงเทพมหานคร": "Asia/Bangkok",
    "софия": "Europe/Sofia",
    "sofija": "Europe/Sofia",
    # business cities the tz database names no zone after, where people say which clock an
    # abbreviation means ("3 PM AST (Doha)", "10:00 PKT, Lahore"), in the countries with most
    # recruiting mail of their region
    "doha": "Asia/Qatar",
    "manama": "Asia/Bahrain",
    "jeddah": "Asia/Riyadh",
    "dammam": "Asia/Riyadh",
    "al khobar": "Asia/Riyadh",
    "sharjah": "Asia/Dubai",
    "lahore": "Asia/Karachi",
    "islamabad": "Asia/Karachi",
    "rawalpindi": "Asia/Karachi",
    "guangzhou": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai",
    "chengdu": "Asia/Shanghai",
    "wuhan": "Asia/Shanghai",
    "nanjing": "Asia/Shanghai",
    "suzhou": "Asia/Shanghai",
    "haifa": "Asia/Jerusalem",
    "galway": "Europe/Dublin",
    "limerick": "Europe/Dublin",
    "chittagong": "Asia/Dhaka",
    "chattogram": "Asia/Dhaka",
    "cebu": "Asia/Manila",
    "cebu city": "Asia/Manila",
    "quezon city": "Asia/Manila",
    "makati": "Asia/Manila",
    "taguig": "Asia/Manila",
    "gdansk": "Europe/Warsaw",
    "wroclaw": "Europe/Warsaw",
    "poznan": "Europe/Warsaw",
    "aarhus": "Europe/Copenhagen",
    "busan": "Asia/Seoul",
    "incheon": "Asia/Seoul",
    "surabaya": "Asia/Jakarta",
    "bandung": "Asia/Jakarta",
    "abuja": "Africa/Lagos",
    "izmir": "Europe/Istanbul",
    "astana": "Asia/Almaty",
    "lviv": "Europe/Kyiv",
    "cluj-napoca": "Europe/Bucharest",
    "cluj": "Europe/Bucharest",
    "tirana": "Europe/Tirane",
    "thessaloniki": "Europe/Athens",
    "valletta": "Europe/Malta",
    "brasilia": "America/Sao_Paulo",
    "quito": "America/Guayaquil",
    "yokohama": "Asia/Tokyo",
    "nagoya": "Asia/Tokyo",
    "fukuoka": "Asia/Tokyo",
    "kyoto": "Asia/Tokyo",
    "kaohsiung": "Asia/Taipei",
    "taichung": "Asia/Taipei",
    "da nang": "Asia/Ho_Chi_Minh",
    "penang": "Asia/Kuala_Lumpur",
    "cyberjaya": "Asia/Kuala_Lumpur",
    "ahmedabad": "Asia/Kolkata",
    "kochi": "Asia/Kolkata",
    "coimbatore": "Asia/Kolkata",
    "jaipur": "Asia/Kolkata",
    "chandigarh": "Asia/Kolkata",
    "thiruvananthapuram": "Asia/Kolkata",
    "trivandrum": "Asia/Kolkata",
    "mysuru": "Asia/Kolkata",
}


# Last parts of zone names that are compass words, not places ("Australia/North").
_NOT_CITIES = frozenset(
    [
        "east",
        "west",
        "north",
        "south",
        "central",
        "eastern",
        "western",
        "mountain",
        "pacific",
        "atlantic",
        "general",
        "universal",
        "zulu",
        "yukon",
        "acre",
        "arizona",
        "indiana",
        "michigan",
        "hawaii",
        "alaska",
        "samoa",
    ]
)


@cache
def _city_zones() -> dict[str, str]:
    cities: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(
            ("Etc/", "SystemV/", "US/", "Brazil/", "Canada/", "Mexico/", "Chile/")
        ):
            continue
        city = fold(name.rsplit("/", 1)[1].replace("_", " "))
        if city not in _NOT_CITIES:
            cities.setdefault(city, name)
    cities.update({fold(alias): zone for alias, zone in CITY_ALIASES.items()})
    # the same cities in other scripts, as CLDR spells them ("برلین", "القاهرة", "ソウル")
    for city, zone in _cldr_cities().items():
        cities.setdefault(city, zone)
    return cities


@cache
def _cldr_cities() -> dict[str, str]:
    """CLDR's exemplar city of each zone in the non-Latin scripts of the languages read here,
    folded, with its zone (generated by tests/parsing/lexicon_sources/build_zone_cities.py)."""
    data: dict[str, str] = json.loads(
        (Path(__file__).with_name("zone_cities.json")).read_text(encoding="utf-8")
    )
    return data


def zone_for_city(text: str) -> str | None:
    """Return the zone of a city named at the start of text ("Los Angeles", "Kolkata")."""
    # a city ending the sentence keeps its full stop: "... Ora Europei de Est - București."
    words = [
        word.rstrip(".;:!?") for word in fold(text).replace(",", " ").replace(")", " ").split()
    ]
    cities = _city_zones()
    for size in (5, 4, 3, 2, 1):  # "Thành phố Hồ Chí Minh"
        if len(words) >= size:
            candidate = " ".join(words[:size])
            if candidate in cities:
                return cities[candidate]
    return None


@dataclass(frozen=True)
class Zone:
    """A zone read from prose: the tzinfo, its IANA name when it has one, where it ended."""

    tz: tzinfo
    name: str | None
    length: int
    abbreviation: str | None = None  # "IST": read in the sender's context, see in_context()


_ABBREVIATION = re.compile(
    r"(?P<abbr>"
    + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
    + r"|GMT|UTC|Z)(?![^\W\d_])"
)
_OFFSET = re.compile(
    # "UTC+5.5", "GMT +5.75": a decimal fraction of an hour after the offset
    r"(?:GMT|UTC|UT)?\s?(?P<sign>[+-])\s?(?P<hours>\d{1,2})"
    r"(?:(?P<fraction>\.(?:5|75|25))(?![\d:])|:?(?P<minutes>[0-5]\d))?(?!\d)",
    re.IGNORECASE,
)
_LEAD = re.compile(r"[\s(\[,\uff08]*")  # "10:00（日本時間）": CJK writes a full-width bracket
# "in the time of" before a zone of any kind: Arabic writes "الساعة 14:00 بتوقيت GMT+3"
_ZONE_PREPOSITION = re.compile(r"(?:ب|حسب\s?|وفق\s?)توقيت\s")
# "3 to 3:45 pm Eastern?", "All times are Eastern.": the US region word alone, capitalised,
# where the phrase ends; "Eastern Europe", "Central Park" or "central heating" do not count.
# (typed in lower case too: "2:30-3:15pm pacific.", "at 4 eastern, works?"), and at a line's
# end in a label/value block ("Time: 1:00pm - 2:30pm Eastern" over "Location: Zoom")
_US_REGION = re.compile(
    r"([Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific)(?=[ \t]*(?:\r?\n|$)"
    r"|\s*(?:$|[?.,;:!)\]/]|\s(?:on|at|and|or|if|for|via"
    r"|by|with|please|works?)\b))"
)
# US zone abbreviations typed in lower case that are no word of a language we read ("est",
# "et" are French words, "pt" and "ct" abbreviate too much else)
_LOWER_US = re.compile(r"(pst|pdt|cst|cdt|mst|mdt|edt)(?![^\W\d_])")
# Russian and Ukrainian name a city's clock by the city's adjective or genitive: "по
# нью-йоркскому времени", "по лондонскому времени", "по времени Нью-Йорка", "за лондонським
# часом", "за часом Варшави"; the stem is looked up among the cities' CLDR names
_SLAVIC_CITY_CLOCK = re.compile(
    r"(?:по\s)?([^\W\d_][\w'-]*?)(?:ск)?(?:ому|ое|ого)\s(?:времени|время)(?![^\W\d_])"
    r"|по\sвремени\s([^\W\d_][\w'-]+?)(?:а|я|ы|и)?(?![\w-])"
    r"|за\s([^\W\d_][\w'-]*?)(?:ськ)?им\sчасом(?![^\W\d_])"
    r"|за\sчасом\s([^\W\d_][\w'-]+?)(?:а|я|и|у)?(?![\w-])"
    # "Всё время указано нью-йоркское", "время везде лондонское": the clock of a whole mail
    r"|(?:вс[её]\s)?время(?:\sуказано|\sвезде)?(?:\s—|\s-|:)?\s([^\W\d_][\w'-]*?)(?:ск)?ое"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _slavic_city(stem: str) -> str | None:
    """The zone of the city whose name a Russian or Ukrainian adjective or genitive stem
    comes from ("нью-йорк", "минск" from "минскому", "варшава" from "варшавскому"). The
    adjective may change the name's last sounds: a "г" becomes "ж" in Russian and "з" in
    Ukrainian ("пражскому", "рижскому", "празьким", "ризьким" from Прага, Рига), and a name
    ending in a vowel loses it ("токийскому", "токійським" from Токио/Токіо; "тбилисскому",
    "хельсинкскому" from Тбилиси, Хельсинки)."""
    if stem.endswith("ьк"):  # Ukrainian "празьким", "ризьким": the soft sign before "-кий"
        stem = stem[:-2]
    names = [stem, stem + "ск", stem + "а", stem + "я", stem + "о", stem + "и", stem + "і"]
    if stem[-1:] in ("ж", "з"):
        names.append(stem[:-1] + "га")
    if stem[-1:] == "й":
        names += [stem[:-1] + "о", stem[:-1] + "и"]
    for name in names:
        if len(name) >= 4 and (found := zone_for_city(name)) is not None:
            return found
    return None


# Polish names any city's clock by the city's adjective: "czasu warszawskiego", "czasu
# kijowskiego", "według czasu tokijskiego", "czasu praskiego", "wiedeńskiego czasu"; the stem
# is looked up among the cities' Polish names (POLISH_CITIES) and the zone database's
_POLISH_CITY_CLOCK = re.compile(
    r"(?:wed[lł]ug\s)?czas(?:u|ie)?\s([^\W\d_]{2,20}?)(?:sk|ck)(?:iego|i|im)(?![^\W\d_])"
    r"|([^\W\d_]{2,20}?)(?:sk|ck)iego\sczasu(?![^\W\d_])",
    re.IGNORECASE,
)
# Polish names of cities whose adjective names a clock, where the name is not the zone
# database's or CITY_ALIASES' (CLDR pl exemplar cities)
POLISH_CITIES: dict[str, str] = {
    "londyn": "Europe/London",
    "kijow": "Europe/Kyiv",
    "tokio": "Asia/Tokyo",
    "paryz": "Europe/Paris",
    "wieden": "Europe/Vienna",
    "praga": "Europe/Prague",
    "ryga": "Europe/Riga",
    "wilno": "Europe/Vilnius",
    "lizbona": "Europe/Lisbon",
    "moskwa": "Europe/Moscow",
    "rzym": "Europe/Rome",
    "sztokholm": "Europe/Stockholm",
    "kopenhaga": "Europe/Copenhagen",
}


def _polish_city(stem: str) -> str | None:
    """The zone of the city a Polish adjective's stem comes from: "warszaw" + a, "kijow",
    "londyn", "pra" + ga (a "g" before "-ski" drops), "tokij" for Tokio."""
    stem = fold(stem)
    names = [stem, stem + "a", stem + "ga"]
    if stem.endswith("j"):
        names.append(stem[:-1] + "o")
    for name in names:
        if name in POLISH_CITIES:
            return POLISH_CITIES[name]
        if len(name) >= 4 and (found := zone_for_city(name)) is not None:
            return found
    return None


# Russia counts its regional time from Moscow's, which is UTC+3 all year: "14:00 (МСК+2)"
_MOSCOW_OFFSET = re.compile(r"(?:по\s)?(?:МСК|MSK)\s?([+-])\s?(\d{1,2})(?!\d)", re.IGNORECASE)
_IANA = re.compile(r"[A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?")


# "Helsinki (+2:00)", "Sydney (GMT+10:00)": booking tools label a zone by a city and its
# standard offset, as Windows does; the city's rules say whether summer time applies.
# A label made from the tz database's key keeps its underscore: "Sao_Paulo (-3:00)".
_CITY_OFFSET = re.compile(
    r"([^\W\d_][^\W\d .'/-]{1,40}?)\s?\((?:UTC|GMT)?\s?([+-])(\d{1,2}):?(\d{2})?\)"
)


def _city_with_offset(match: re.Match[str]) -> tuple[tzinfo, str] | None:
    name = zone_for_city(match.group(1).strip().replace("_", " "))
    zone = iana_zone(name) if name else None
    if name is None or zone is None:
        return None
    minutes = int(match.group(3)) * 60 + int(match.group(4) or 0)
    stated = -minutes if match.group(2) == "-" else minutes
    return (zone, name) if stated in _offsets(name) else None


def read_zone(text: str) -> Zone | None:
    """Return the zone written at the start of text (after spaces or an opening bracket)."""
    return _read_zone(text[:120])


@lru_cache(maxsize=4096)
def _read_zone(text: str) -> Zone | None:
    """read_zone() of a text's first 120 characters, kept: a line's start is asked for its
    zone by several readers (a lone zone line, the zone after a clock, the mail's zone)."""
    text = text.replace("\u2212", "-").replace("\u2019", "'")
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    rest = text[start:]
    preposition = _ZONE_PREPOSITION.match(rest)
    if preposition:  # "بتوقيت GMT+3", "بتوقيت GST": the zone after "in the time of"
        stated = read_zone(rest[preposition.end() :])
        if stated is not None:
            return replace(stated, length=start + preposition.end() + stated.length)
    iana = _IANA.match(rest)
    if iana:
        zone = iana_zone(iana.group(0))
        if zone is not None:
            return Zone(zone, iana.group(0), start + iana.end())
    # a city list of one short name: "(UTC+09:00) 서울", "(UTC+08:00) 台北"
    windows = re.match(r"\(?(?:UTC|GMT)\s?[+-]\d{1,2}:?\d{2}\)\s*[^\W\d_][^\n)]{1,80}", rest)
    if windows:
        label = "(" + windows.group(0).strip("( ")
        name = iana_name_for_label(label) or _zone_from_city_list(label)
        if name:
            return Zone(iana_zone(name) or fixed_offset(0), name, start + windows.end())
    offset = _OFFSET.match(rest)
    if offset and re.match(r"(?:GMT|UTC|UT)", rest, re.IGNORECASE):
        return _offset_zone(offset, start)
    moscow = _MOSCOW_OFFSET.match(rest)
    if moscow:
        hours = 3 + int(moscow.group(2)) * (-1 if moscow.group(1) == "-" else 1)
        return Zone(fixed_offset(hours * 60), None, start + moscow.end())
    slavic = _SLAVIC_CITY_CLOCK.match(rest)
    if slavic:
        name = _slavic_city(next(stem for stem in slavic.groups() if stem))
        zone = iana_zone(name) if name else None
        if zone is not None:
            return Zone(zone, name, start + slavic.end())
    polish = _POLISH_CITY_CLOCK.match(rest)
    if polish:
        name = _polish_city(next(stem for stem in polish.groups() if stem))
        zone = iana_zone(name) if name else None
        if zone is not None:
            return Zone(zone, name, start + polish.end())
    city_offset = _CITY_OFFSET.match(rest)
    if city_offset:
        found = _city_with_offset(city_offset)
        if found is not None:
            return Zone(found[0], found[1], start + city_offset.end())
    named = _named(rest)
    if named is not None:
        return Zone(named[0], named[1], start + named[2])
    region = _US_REGION.match(rest)
    if region:
        name = ABBREVIATIONS[region.group(1).upper()]
        zone = iana_zone(name)
        if zone is not None:
            return Zone(zone, name, start + region.end())
    lowered = _LOWER_US.match(rest)
    if lowered:  # "11am pst", "3pm cdt": typed in lower case
        name = ABBREVIATIONS[lowered.group(1).upper()]
        zone = iana_zone(name)
        if zone is not None:
            return Zone(zone, name, start + lowered.end(), lowered.group(1).upper())
    abbreviation = _ABBREVIATION.match(rest)
    if abbreviation:
        word = abbreviation.group("abbr")
        end = start + abbreviation.end()
        if word in {"GMT", "UTC", "Z"}:
            after = _OFFSET.match(rest[abbreviation.end() :])
            offset_zone = _offset_zone(after, end) if after and word != "Z" else None
            return offset_zone or Zone(fixed_offset(0), None, end)
        if word in _WORDLIKE and not rest[: len(word)].isupper():
            return None
        name = ABBREVIATIONS.get(word)
        zone = iana_zone(name) if name else None
        if zone is not None and name is not None:
            return Zone(zone, name, end, word)
    if (
        rest[:1] in "+-"
        and offset
        and offset.group("minutes")
        and ("(" in text[:start] or _bare_offset(offset))
    ):
        return _offset_zone(offset, start)
    cldr = _cldr_named(rest)
    if cldr is not None:
        zone = iana_zone(cldr[0])
        if zone is not None:
            return Zone(zone, cldr[0], start + cldr[1])
    cities = _CITY_LIST.match(rest)
    if cities:
        name = _zone_of_city_list(cities.group(0))
        zone = iana_zone(name) if name else None
        if zone is not None and name is not None:
            return Zone(zone, name, start + cities.end())
    return None


@cache
def _cldr_zone_names() -> dict[str, str]:
    """CLDR's long zone names in the languages read here, folded, with their zone (generated
    by tests/parsing/lexicon_sources/build_zone_names.py)."""
    data: dict[str, str] = json.loads(
        (Path(__file__).with_name("zone_names.json")).read_text(encoding="utf-8")
    )
    return data


_WORDS = re.compile(r"[^\s()]+")


def _cldr_named(text: str) -> tuple[str, int] | None:
    """Read a zone's long name as scheduling tools print it after a time in the reader's
    language ("(hora estándar de la India)", "Indische Normalzeit"): the longest run of up
    to nine words, from the first, that is one; returns the zone and where the name ended."""
    opening = 1 if text[:1] == "(" else 0
    spans = [word.span() for word in _WORDS.finditer(text, opening, opening + 90)]
    if not spans or not text[spans[0][0]].isalpha():
        return None
    names = _cldr_zone_names()
    for count in range(min(len(spans), 9), 0, -1):
        end = spans[count - 1][1]
        name = text[spans[0][0] : end].rstrip(".,;:")
        zone = names.get(fold(name).replace("\u2019", "'"))
        if zone is not None:
            closing = 1 if opening and text[end : end + 1] == ")" else 0
            return zone, end + closing
    return None


# "02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna", "02:00 PM Mumbai, Kolkata, New
# Delhi", "02:00 PM Paris": Zoom names the zone by the cities of its display name, and
# nothing else follows on the line
_CITY_LIST = re.compile(
    r"[^\W\d_][^\n,、，;:!?()]{1,30}(?:[,、，]\s?[^\W\d_][^\n,、，;:!?()]{1,30}){0,6}\.?\s*$"
)


def _zone_of_city_list(text: str) -> str | None:
    """Return the zone of a list of cities that all name the same clock, and only such."""
    cities = _city_zones()
    found: list[str] = []
    chunks = re.split(r"[,、，]", text)
    for chunk in chunks:
        name = cities.get(fold(chunk.strip(" .\n")))
        if name is not None:
            found.append(name)
    # one city alone, or two or more that agree: "Portland, Maine" is a city and its state,
    # not a list of clocks
    if len(found) < (1 if len(chunks) == 1 else 2):
        return None
    offsets = {seasonal_offsets(name) for name in found} - {None}
    return found[0] if len(offsets) == 1 else None


# Abbreviations several countries use. The first reading holds unless the mail comes from
# another of them: "IST" is India's in most hiring mail, Israel's from an Israeli sender or in
# Hebrew, Ireland's (Irish Standard Time, the summer clock) from an Irish one; each only when
# the Date header shows that country's clock.
SHARED_ABBREVIATIONS: dict[str, tuple[tuple[str, frozenset[str], frozenset[str]], ...]] = {
    "IST": (
        ("Asia/Jerusalem", frozenset({"il"}), frozenset({"he"})),
        ("Europe/Dublin", frozenset({"ie"}), frozenset()),
    ),
    # "AST" is the Atlantic clock in the Americas, Arabia Standard Time in Saudi, Kuwaiti,
    # Qatari, Bahraini, Iraqi and Yemeni hiring mail
    "AST": (("Asia/Riyadh", frozenset({"sa", "kw", "qa", "bh", "iq", "ye"}), frozenset({"ar"})),),
    # "CST" is China's (and Taiwan's) clock in Chinese mail, as Google Calendar prints it there
    "CST": (
        ("Asia/Taipei", frozenset({"tw"}), frozenset()),
        ("Asia/Shanghai", frozenset({"cn"}), frozenset({"zh"})),
    ),
    # "BST" is Bangladesh Standard Time in Bangladeshi mail, as British Summer Time elsewhere
    "BST": (("Asia/Dhaka", frozenset({"bd"}), frozenset({"bn"})),),
    # and "PST" Philippine Standard Time in Philippine mail
    "PST": (("Asia/Manila", frozenset({"ph"}), frozenset({"fil", "tl"})),),
}


# Zone names a country also gives its own clock: "hora del centro" is US Central in most mail
# and central Mexico's in Mexican mail (zoneaway, coordinator and prose14 senders write it so
# beside "hora del centro de México"); only for a sender under that country's domain.
SHARED_NAMES: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "America/Chicago": (("America/Mexico_City", frozenset({"mx"})),),
}


# Standard-time abbreviations a region without summer time also writes: "10am AEST" from
# Brisbane in January (+10:00, while Sydney keeps AEDT), "2pm MST" from Arizona in June
# (-07:00, while Denver keeps MDT). Read as that region's clock only when the Date header
# shows it and not the usual zone's, so "MST" typed loosely in a Denver summer stays Denver.
NO_SUMMER_READINGS: dict[str, str] = {
    "AEST": "Australia/Brisbane",
    "MST": "America/Phoenix",
}


# a city named right after an abbreviation: "3 PM AST (Riyadh)", "10:00 IST (Dublin)",
# "2pm CST, Beijing time"; no clock in it ("EST (London 8 PM)" pairs two clocks)
_CITY_AFTER = re.compile(
    r"\s{0,2}(?:\(\s?([^\W\d_][^()\n\d]{1,40}?)\s?\)"
    r"|,\s?([^\W\d_][^,.;()\n\d]{1,30}?)\s(?:time|hours)\b)"
)


def _offsets(name: str) -> frozenset[int]:
    """A zone's UTC offsets in minutes, in January and in July."""
    return frozenset(seasonal_offsets(name) or ())


def city_after_abbreviation(text: str, zone: Zone) -> Zone | None:
    """The zone of a city named after a shared abbreviation, when that city keeps a clock the
    abbreviation can mean: "AST (Riyadh)" is Arabia's clock, not the Atlantic one, "IST
    (Dublin)" Ireland's, "CST (Shanghai)" China's, "BST (Dhaka)" Bangladesh's. A city whose
    clock the abbreviation never means ("EST (London)") settles nothing."""
    abbreviation = zone.abbreviation
    found = _CITY_AFTER.match(text, zone.length) if abbreviation else None
    if found is None or abbreviation is None:
        return None
    words = (found.group(1) or found.group(2)).strip()
    words = re.sub(r"\s(?:time|hours)$", "", words, flags=re.IGNORECASE)
    name = zone_for_city(words) if len(words.split()) <= 3 else None
    if name is None or name == zone.name:
        return None
    readings = {zone.name, NO_SUMMER_READINGS.get(abbreviation)}
    readings |= {reading for reading, _, _ in SHARED_ABBREVIATIONS.get(abbreviation, ())}
    meant = frozenset().union(*(_offsets(reading) for reading in readings if reading))
    tz = iana_zone(name)
    if tz is None or not _offsets(name) & meant:
        return None
    return Zone(tz, name, found.end())


def _no_summer_reading(zone: Zone, sent: datetime) -> Zone | None:
    """The no-summer-time region's zone for a standard abbreviation, if the sender's clock is
    that region's and not the usual zone's."""
    name = NO_SUMMER_READINGS.get(zone.abbreviation or "")
    tz = iana_zone(name) if name else None
    if name is None or tz is None or sent.utcoffset() is None:
        return None
    if sent.astimezone(tz).utcoffset() != sent.utcoffset():
        return None
    if sent.astimezone(zone.tz).utcoffset() == sent.utcoffset():
        return None
    return Zone(tz, name, zone.length, zone.abbreviation)


def in_context(zone: Zone, sent: datetime, tld: str | None, language: str) -> Zone:
    """Read a shared abbreviation as the sender's country's zone, when its clock agrees."""
    if (plain := _no_summer_reading(zone, sent)) is not None:
        return plain
    if zone.abbreviation is None and zone.name in SHARED_NAMES and sent.utcoffset() is not None:
        for name, tlds in SHARED_NAMES[zone.name]:
            tz = iana_zone(name)
            if (
                tld in tlds
                and tz is not None
                and sent.astimezone(tz).utcoffset() == sent.utcoffset()
            ):
                return Zone(tz, name, zone.length, zone.abbreviation)
        return zone
    readings = SHARED_ABBREVIATIONS.get(zone.abbreviation or "")
    if not readings or sent.utcoffset() is None:
        return zone
    for name, tlds, languages in readings:
        if tld not in tlds and language not in languages:
            continue
        tz = iana_zone(name)
        if tz is not None and sent.astimezone(tz).utcoffset() == sent.utcoffset():
            return Zone(tz, name, zone.length, zone.abbreviation)
    return zone


def _zone_from_city_list(label: str) -> str | None:
    """Read a localized Outlook label ("(UTC+01:00) Sarajewo, Skopie, Warszawa") by its
    cities, keeping only a zone whose standard offset is the one the label states."""
    offset = re.match(r"\((?:UTC|GMT)\s?([+-])(\d{1,2}):?(\d{2})\)", label)
    if offset is None:
        return None
    sign = -1 if offset.group(1) == "-" else 1
    minutes = sign * (int(offset.group(2)) * 60 + int(offset.group(3)))
    for city in label[offset.end() :].split(","):
        name = zone_for_city(city.strip(" ."))
        offsets = seasonal_offsets(name) if name else None
        if offsets is not None and min(offsets) == minutes:
            return name
    return None


def _bare_offset(match: re.Match[str]) -> bool:
    """Tell whether an offset with no bracket and no GMT/UTC is one ("14:30 +0530",
    "10:00 +01:00", "9:00 -0500") and not the end of a range ("10:00 -11:00", "9:30-1030")
    or a count ("+ 30"): the sign is glued to two-digit hours, and minus only to "-0HMM",
    which no range's end is written as; the minutes are ones zones use."""
    text = match.group(0)
    if not text[1:2].isdigit() or len(match.group("hours")) != 2:
        return False
    if match.group("minutes") not in {"00", "15", "30", "45"}:
        return False
    return text[0] == "+" or (":" not in text and text[1] == "0")


# "GMT - 11:00": a sign with a space on both sides before a clock is a range's dash, unless a
# bracket closes the offset ("(GMT - 05:00) Eastern")
_SPACED_SIGN = re.compile(r"\s[+-]\s")


def _offset_zone(match: re.Match[str], start: int) -> Zone | None:
    """The fixed zone an offset states, or None when the digits are no offset: no zone is
    more than 14 hours off, none has minutes other than :00, :30 or :45 ("9:00 GMT - 9:15" is
    a range), and "10:00 GMT - 11:00" ends at 11:00 rather than being at UTC-11."""
    hours, minutes = int(match.group("hours")), int(match.group("minutes") or 0)
    if match.group("fraction"):
        minutes = round(float(match.group("fraction")) * 60)
    if hours > 14 or minutes not in (0, 15, 30, 45):
        return None
    written = match.group(0)
    if (
        match.group("minutes")
        and ":" in written
        and _SPACED_SIGN.search(written)
        and not match.string[match.end() : match.end() + 3].lstrip().startswith(")")
    ):
        return None
    sign = -1 if match.group("sign") == "-" else 1
    return Zone(fixed_offset(sign * (hours * 60 + minutes)), None, start + match.end())


def _named(text: str) -> tuple[tzinfo, str, int] | None:
    folded = fold(text[:90])
    exact = len(folded) == len(text[:90])
    if not exact and (loose := _named_loose(text)) is not None:
        return loose
    for pattern, name in _NAMED if exact and _ANY_NAMED.match(folded) else ():
        match = pattern.match(folded)
        if match:
            zone = iana_zone(name)
            if zone is None:
                continue
            end = match.end()
            city = re.match(r"\s*[-–(]\s*([^\n,)]{2,40})", text[end:])
            if city:
                found = zone_for_city(city.group(1))
                if found and iana_zone(found):
                    return iana_zone(found), found, end + city.end()  # type: ignore[return-value]
            return zone, name, end
    # "Paris time", "dansk tid", "hora de Madrid", "ora României", "Zeit in Berlin"
    folded = _composed_fold(text[:90])
    if len(folded) == len(text[:90]):
        for pattern in (_PLACE_TIME, _TIME_PLACE):
            place = pattern.match(folded)
            found = _place_zone(place.group(1).strip()) if place else None
            if place and not found and folded.startswith("ora "):
                found = _place_zone(_romanian_nominative(place.group(1).strip()))
            if place and found and (zone := iana_zone(found)) is not None:
                return zone, found, place.end()
        # German names a city's clock by the city's adjective: "Berliner Zeit", "Pariser Zeit"
        adjective = _CITY_ADJECTIVE_TIME.match(folded)
        found = _place_zone(adjective.group(1)) if adjective else None
        if adjective and found and (zone := iana_zone(found)) is not None:
            return zone, found, adjective.end()
    # "<any zone name> - City", as Google Calendar writes it in every language
    dash = re.match(r"([^\n–(]{3,60}?)\s+[-–]\s+([^\n,)]{2,40})", text)
    if dash and _ZONE_NAME_WORD.search(fold(dash[1])):
        found = zone_for_city(dash.group(2))
        if found and (zone := iana_zone(found)) is not None:
            return zone, found, dash.end()
    return None


# A word every zone name contains, in the languages Google Calendar writes "<zone> - City" in.
_ZONE_NAME_WORD = re.compile(
    r"time|zeit|heure|hora|ora|tijd|tid|czas|waktu|時|시|时|saat|aika|ido\b|cas\b|врем|час"
    r"|ωρα|שעון|توقيت|gio\b|เวลา|vrijeme|vreme|समय",
)


# "for me in Singapore", "here in Berlin", "bei mir in Wien", "pour moi à Paris": the place a
# writer is in, said right after the time they give.
_WHERE_I_AM = re.compile(
    r"\s*,?\s*(?:[^\W\d_]+\s){0,3}?(?:in|en|em|w|im|à|a|i)\s(?=[^\W\d_])", re.IGNORECASE
)


# "10:00 London / 11:00 Paris", "9am New York (3pm Berlin)": a bare city after each of two
# clocks. A city alone after a time is no zone ("10:00 London office"); two whose clocks
# differ by what the cities' zones differ by are one moment written twice.
_CLOCK_BEFORE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s?([ap])?\.?m?\.?\s?$", re.IGNORECASE)
_PAIR_SEPARATOR = re.compile(r"\s?(?:/|\||=|\(|,)\s?")
_CLOCK_AT = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])\.?m\.?)?\s", re.IGNORECASE)


def _minutes_of_day(match: re.Match[str]) -> int | None:
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute


def _city_at(text: str) -> tuple[str, int] | None:
    """The zone of a city of up to four words that starts text, and where its words end."""
    parts = text[:48].split(" ", 4)[:4]
    for size in range(len(parts), 0, -1):
        words = " ".join(parts[:size]).rstrip(".,;:!?)")
        name = _city_zones().get(fold(words)) if words else None
        if name is not None and iana_zone(name) is not None:
            return name, len(words)
    return None


def city_pair_zone(before: str, rest: str) -> Zone | None:
    """Return the zone of a bare city after a time when a second time and city follow and
    the two clocks differ by what the two cities' zones differ by ("10:00 London / 11:00
    Paris"); `before` ends with the first time, `rest` starts after it."""
    pair = _city_pair(before, rest)
    return pair[0] if pair is not None and pair[1] else None


def city_pair_disagrees(before: str, rest: str) -> bool:
    """Tell two clocks with a city each whose difference no day of the year has ("10:00
    London / 12:00 Paris"): one of the two is wrong, and which is the reader's call."""
    pair = _city_pair(before, rest)
    return pair is not None and not pair[1]


def _city_pair(before: str, rest: str) -> tuple[Zone, bool] | None:
    """The first city's zone of a "10:00 London / 11:00 Paris" pair, and whether the two
    clocks differ by what the cities' zones differ by on some day of the year."""
    first_clock = _CLOCK_BEFORE.search(before)
    lead = re.match(r"\s?(?:[ap]\.?m\.?)?\s", rest, re.IGNORECASE) if first_clock else None
    first_city = _city_at(rest[lead.end() :]) if lead else None
    if first_clock is None or lead is None or first_city is None:
        return None
    if not first_clock.group(3) and re.match(r"\s?[ap]\.?m", rest, re.IGNORECASE):
        first_clock = _CLOCK_BEFORE.search(before + rest[: lead.end()].rstrip())
    after_city = lead.end() + first_city[1]
    separator = _PAIR_SEPARATOR.match(rest, after_city)
    second_clock = _CLOCK_AT.match(rest, separator.end()) if separator else None
    if first_clock is None or second_clock is None:
        return None
    # the second half's zone: a bare city too, or any zone word ("07:00 London / 11:30 IST")
    second_city = _city_at(rest[second_clock.end() :])
    stated = read_zone(rest[second_clock.end() :]) if second_city is None else None
    other = iana_zone(second_city[0]) if second_city else (stated.tz if stated else None)
    one, two = _minutes_of_day(first_clock), _minutes_of_day(second_clock)
    zone = iana_zone(first_city[0])
    if one is None or two is None or zone is None or other is None or zone == other:
        return None
    # the clocks' difference on some day of the year: the weeks when one side has changed
    # its clocks and the other not yet ("07:00 New York / 11:00 London" on the last Sunday
    # of October) count, a pairing no day has ("10:00 London / 12:00 Paris") does not
    fits = (two - one) % 1440 in _shifts(zone, other)
    return Zone(zone, first_city[0], after_city), fits


@lru_cache(maxsize=256)
def _shifts(zone: tzinfo, other: tzinfo) -> frozenset[int]:
    """How far other's clock is ahead of zone's, in minutes of a day, week by week."""
    found = set()
    for week in range(53):
        moment = datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(days=7 * week)
        here, there = moment.astimezone(zone).utcoffset(), moment.astimezone(other).utcoffset()
        if here is not None and there is not None:
            found.add(int((there - here).total_seconds() // 60) % 1440)
    return frozenset(found)


def zone_of_place_after(text: str) -> Zone | None:
    """Return the zone of the place named just after a time ("17:00 for me in Singapore")."""
    lead = _WHERE_I_AM.match(text[:60])
    if lead is None:
        return None
    place = re.split(r"[.,;:!?()\n]", text[lead.end() : lead.end() + 40], maxsplit=1)[0]
    name = _place_zone(place)
    zone = iana_zone(name) if name else None
    return Zone(zone, name, lead.end()) if zone is not None and name else None


def _named_loose(text: str) -> tuple[tzinfo, str, int] | None:
    """Match named zones when folding changed the length (ligatures, CJK): no end offset."""
    folded = fold(text[:90])
    for pattern, name in _NAMED if _ANY_NAMED.match(folded) else ():
        match = pattern.match(folded)
        if match and (zone := iana_zone(name)) is not None:
            return zone, name, min(len(text), match.end())
    return None
