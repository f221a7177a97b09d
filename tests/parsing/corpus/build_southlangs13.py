"""Write the "southlangs13" batch: recruiting mail from South and South-East Asia, Africa and
the Middle East, typed by people and sent by regional job portals.

Run: .venv/bin/python tests/parsing/corpus/build_southlangs13.py

Weighted toward what the corpus had least of (Marathi, Gujarati, Telugu, Nepali, Sinhala,
Burmese, Khmer, Swahili, Hausa, Yoruba, Amharic), with Gulf, Egyptian and Maghrebi Arabic
(Arabic-Indic digits, 'بتوقيت مكة'), Persian with Solar Hijri dates written beside the
Gregorian ones, Indonesian (WITA/WIT), Malay, Filipino, Thai (Buddhist-era years, 'น.'),
Vietnamese, Hindi, Hebrew, Turkish and the local Englishes of Kenya, Nigeria, South Africa,
Zambia and Ghana. Invitations, moves and cancellations, with look-alike negatives in the same
voices (tests with deadlines, document requests, offers with a start day, fairs, walk-in
drives, onboarding, results to come). All sentences are ours; month, weekday and day-period
names of the portal-style date lines are rendered with Babel's CLDR data; the Solar Hijri and
Ethiopian dates are computed from the Gregorian date here (see `jalali`, `ethiopian`). People,
companies, portals and links are made up. Labels come from the datetimes the text is rendered
from (zoneinfo; weekday names guarded) and were written before the parser was run. Mail
helpers are those of build_parse-pos.py, loaded, not copied. Output is deterministic; the
script deletes or writes only its own families.
"""

from __future__ import annotations

import html as htmlmod
import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from babel.dates import format_date

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "marguj": "dev",
    "telugudesk": "dev",
    "himalanka": "dev",
    "mmkhdesk": "dev",
    "swhausa": "dev",
    "gulfportal": "dev",
    "iranhr": "dev",
    "nusaportal": "dev",
    "thvimoves": "dev",
    "hebturkdesk": "heldout",
    "afrenglish": "heldout",
    "desiportal": "heldout",
    "yoamdesk": "heldout",
}
SOURCES = {
    "marguj": "HR desks in Maharashtra and Gujarat writing in Marathi and Gujarati (mr, gu)",
    "telugudesk": "HR desks in Hyderabad writing in Telugu (te)",
    "himalanka": "HR desks in Nepal and Sri Lanka writing in Nepali and Sinhala (ne, si)",
    "mmkhdesk": "HR desks in Myanmar and Cambodia writing in Burmese and Khmer (my, km)",
    "swhausa": "HR desks in Kenya, Tanzania and northern Nigeria writing in Swahili and Hausa",
    "gulfportal": "Gulf job-portal notices and Egyptian and Moroccan HR mail in Arabic (ar)",
    "iranhr": "Iranian HR mail in Persian with Solar Hijri dates beside Gregorian (fa)",
    "nusaportal": "Indonesian, Malaysian and Philippine portals and HR desks (id, ms, fil)",
    "thvimoves": "Thai and Vietnamese HR: invitations, moves, cancellations (th, vi)",
    "hebturkdesk": "Israeli and Turkish HR desks (he, tr)",
    "afrenglish": "HR desks in Kenya, Nigeria, South Africa, Zambia and Ghana (local English)",
    "desiportal": "Indian job-portal notices and HR mail in Hindi and Indian English",
    "yoamdesk": "HR desks in Nigeria and Ethiopia writing in Yoruba and Amharic (yo, am)",
}
HAND = "typed by HR staff or rendered by regional portals; " + OWN

Slot = tuple[tuple[int, int, int, int, int, str], tuple[int, int] | None, str] | None
MAILS: list[tuple[object, ...]] = []


def m(
    family: str,
    name: str,
    lang: str,
    zone: str,
    sender: tuple[str, str],
    subject: str,
    sent: tuple[int, int, int, int, int],
    body: list[str],
    when: Slot,
    note: str,
    kind: str = "invitation",
    html: bool = False,
) -> None:
    """when = ((y, mo, d, h, mi, weekday), (end h, mi) | None, stated) with stated one of
    'tz' (a word naming one zone: label it), 'off' (an offset or shared abbreviation: the
    instant is stated, no timezone label) or '' (no zone in the mail)."""
    MAILS.append((family, name, lang, zone, sender, subject, sent, body, when, note, kind, html))


DIGITS = {
    "deva": "०१२३४५६७८९",
    "gujr": "૦૧૨૩૪૫૬૭૮૯",
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
    "mymr": "၀၁၂၃၄၅၆၇၈၉",
    "khmr": "០១២៣៤៥៦៧៨៩",
}


def dg(text: str, script: str) -> str:
    """Latin digits to the digits of a script."""
    return text.translate(str.maketrans("0123456789", DIGITS[script]))


def cldr(lang: str, y: int, mo: int, d: int, pattern: str) -> str:
    """A date line from CLDR (Babel)."""
    return format_date(date(y, mo, d), pattern, locale=lang)


JALALI_MONTHS = tuple(
    [
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    ]
)


def jalali(y: int, mo: int, d: int) -> tuple[int, int, int]:
    """Solar Hijri date for days between 1 Farvardin 1405 (21 March 2026) and 1406."""
    index = (date(y, mo, d) - date(2026, 3, 21)).days
    assert 0 <= index < 365
    if index < 186:
        return 1405, index // 31 + 1, index % 31 + 1
    index -= 186
    return 1405, index // 30 + 7, index % 30 + 1


def ethiopian(y: int, mo: int, d: int) -> tuple[int, int, int]:
    """Ethiopian date for days of 2019 E.C. (Meskerem 1 = 11 September 2026)."""
    index = (date(y, mo, d) - date(2026, 9, 11)).days
    assert 0 <= index < 360
    return 2019, index // 30 + 1, index % 30 + 1


IST, KTM, CMB, RGN, PNH = (
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Colombo",
    "Asia/Yangon",
    ("Asia/Phnom_Penh"),
)
NBO, DAR, LOS, RUH, DXB = (
    "Africa/Nairobi",
    "Africa/Dar_es_Salaam",
    "Africa/Lagos",
    "Asia/Riyadh",
    "Asia/Dubai",
)
CAI, CAS, THR, JKT, MKS, JAY = (
    "Africa/Cairo",
    "Africa/Casablanca",
    "Asia/Tehran",
    "Asia/Jakarta",
    "Asia/Makassar",
    "Asia/Jayapura",
)
KUL, MNL, BKK, SGN, JRS, IST_TR = (
    "Asia/Kuala_Lumpur",
    "Asia/Manila",
    "Asia/Bangkok",
    "Asia/Ho_Chi_Minh",
    "Asia/Jerusalem",
    "Europe/Istanbul",
)
JNB, LUN, ACC, ADD = "Africa/Johannesburg", "Africa/Lusaka", "Africa/Accra", "Africa/Addis_Ababa"
NEG = None

# ------------------------------------------------------------------------------------ marguj
F = "marguj"
s = ("Sneha Kulkarni", "sneha.kulkarni@sahyadriauto.example.in")
m(
    F,
    "mr_dupari_vajta",
    "mr",
    IST,
    s,
    "मुलाखतीचे निमंत्रण – गुणवत्ता अभियंता",
    (2026, 12, 7, 10, 15),
    [
        "प्रिय ॲलेक्स,",
        "",
        "आपल्या अर्जाबद्दल धन्यवाद. आपली मुलाखत "
        + dg(cldr("mr", 2026, 12, 10, "EEEE, d MMMM y"), "deva")
        + " रोजी",
        "दुपारी ३ वाजता आमच्या पुणे कार्यालयात (बाणेर रोड) होईल.",
        "कृपया मूळ कागदपत्रे आणि ओळखपत्र सोबत आणावे.",
        "",
        "धन्यवाद,",
        "स्नेहा कुलकर्णी, मनुष्यबळ विभाग",
    ],
    ((2026, 12, 10, 15, 0, "Thu"), None, ""),
    "Devanagari digits, CLDR date, 'दुपारी ३ वाजता' (afternoon, 3 o'clock).",
)
m(
    F,
    "mr_sakali_range_ist",
    "mr",
    IST,
    s,
    "ऑनलाइन मुलाखत – वेळापत्रक",
    (2026, 12, 8, 16, 40),
    [
        "नमस्कार ॲलेक्स,",
        "",
        "आपल्या ऑनलाइन मुलाखतीचा तपशील:",
        "दिनांक: १४/१२/२०२६ (सोमवार)",
        "वेळ: सकाळी ११:०० ते ११:४५ (IST)",
        "लिंक: https://meet.sahyadriauto.example/qa-14",
        "",
        "स्नेहा",
    ],
    ((2026, 12, 14, 11, 0, "Mon"), (11, 45), "tz"),
    "'सकाळी ११:०० ते ११:४५ (IST)': morning, from/to, Devanagari digits.",
)
m(
    F,
    "mr_cancel_radd",
    "mr",
    IST,
    s,
    "मुलाखत रद्द",
    (2026, 12, 15, 9, 5),
    [
        "प्रिय ॲलेक्स,",
        "",
        "काही अपरिहार्य कारणांमुळे गुरुवार, १७ डिसेंबर रोजी सकाळी १० वाजताची आपली मुलाखत",
        "रद्द करण्यात आली आहे. नवीन तारीख लवकरच कळवू. गैरसोयीबद्दल क्षमस्व.",
        "",
        "स्नेहा कुलकर्णी",
    ],
    ((2026, 12, 17, 10, 0, "Thu"), None, ""),
    "Cancellation: 'सकाळी १० वाजताची आपली मुलाखत रद्द करण्यात आली आहे'.",
    kind="cancellation",
)
m(
    F,
    "mr_neg_kagadpatre",
    "mr",
    IST,
    s,
    "कागदपत्रे पाठवा",
    (2026, 12, 7, 12, 0),
    [
        "प्रिय ॲलेक्स,",
        "",
        "कृपया आपली शैक्षणिक प्रमाणपत्रे शुक्रवार, ११ डिसेंबर रोजी संध्याकाळी ६ वाजेपर्यंत",
        "पाठवावीत. त्यानंतर मुलाखतीची तारीख कळवण्यात येईल.",
        "",
        "स्नेहा",
    ],
    NEG,
    "Negative: documents due Friday 11 December by 6 in the evening; interview date later.",
)
s2 = ("Hetal Patel", "hetal.patel@sabarmatichem.example.in")
m(
    F,
    "gu_bapore_vagye",
    "gu",
    IST,
    s2,
    "ઇન્ટરવ્યૂ માટે આમંત્રણ",
    (2026, 12, 9, 11, 30),
    [
        "પ્રિય ઍલેક્સ,",
        "",
        "આપની અરજી બદલ આભાર. આપનો ઇન્ટરવ્યૂ "
        + dg(cldr("gu", 2026, 12, 15, "EEEE, d MMMM y"), "gujr")
        + "ના રોજ",
        "બપોરે ૨:૩૦ વાગ્યે અમારી અમદાવાદ ઑફિસમાં (આશ્રમ રોડ) રહેશે.",
        "",
        "આભાર,",
        "હેતલ પટેલ, એચઆર વિભાગ",
    ],
    ((2026, 12, 15, 14, 30, "Tue"), None, ""),
    "Gujarati digits, CLDR date, 'બપોરે ૨:૩૦ વાગ્યે' (afternoon, at 2:30).",
)
m(
    F,
    "gu_move_khasedyo",
    "gu",
    IST,
    s2,
    "ઇન્ટરવ્યૂના સમયમાં ફેરફાર",
    (2026, 12, 14, 17, 0),
    [
        "પ્રિય ઍલેક્સ,",
        "",
        "આપનો ઇન્ટરવ્યૂ જે ગુરુવાર, ૧૭ ડિસેમ્બરે સવારે ૧૧ વાગ્યે નક્કી હતો, તે હવે",
        "શુક્રવાર, ૧૮ ડિસેમ્બરે સવારે ૧૦:૩૦ વાગ્યે ખસેડવામાં આવ્યો છે. સ્થળ એ જ છે.",
        "",
        "હેતલ",
    ],
    ((2026, 12, 18, 10, 30, "Fri"), None, ""),
    "Move: old slot Thursday 17th 11:00, new slot Friday 18th 10:30 ('હવે ... ખસેડવામાં').",
    kind="reschedule",
)
m(
    F,
    "gu_neg_offer_joining",
    "gu",
    IST,
    s2,
    "નિમણૂક પત્ર",
    (2026, 12, 21, 12, 0),
    [
        "પ્રિય ઍલેક્સ,",
        "",
        "અભિનંદન! આપની પસંદગી થઈ છે. નિમણૂક પત્ર સાથે જોડેલ છે.",
        "જોડાવાની તારીખ: ૪ જાન્યુઆરી ૨૦૨૭, સોમવાર, સવારે ૯:૩૦ વાગ્યે.",
        "",
        "હેતલ પટેલ",
    ],
    NEG,
    "Negative: offer letter with a joining date and hour.",
)

# -------------------------------------------------------------------------------- telugudesk
F = "telugudesk"
s = ("Ravi Teja Reddy", "raviteja.r@deccansoft.example.in")
m(
    F,
    "te_madhyahnam_gantalaku",
    "te",
    IST,
    s,
    "ఇంటర్వ్యూ ఆహ్వానం – జావా డెవలపర్",
    (2026, 12, 4, 10, 0),
    [
        "ప్రియమైన అలెక్స్ గారికి,",
        "",
        "మీ దరఖాస్తుకు ధన్యవాదాలు. మీ ఇంటర్వ్యూ "
        + cldr("te", 2026, 12, 9, "d MMMM y, EEEE")
        + " మధ్యాహ్నం 2:00 గంటలకు",
        "హైదరాబాద్‌లోని మా కార్యాలయంలో (హైటెక్ సిటీ) జరుగుతుంది.",
        "",
        "ధన్యవాదాలు,",
        "రవి తేజ, హెచ్ఆర్",
    ],
    ((2026, 12, 9, 14, 0, "Wed"), None, ""),
    "CLDR Telugu date and 'మధ్యాహ్నం 2:00 గంటలకు' (afternoon, at 2:00 o'clock).",
)
m(
    F,
    "te_udayam_range_ist",
    "te",
    IST,
    s,
    "ఆన్‌లైన్ ఇంటర్వ్యూ వివరాలు",
    (2026, 12, 7, 15, 20),
    [
        "హలో అలెక్స్,",
        "",
        "తేదీ: 11-12-2026 (శుక్రవారం)",
        "సమయం: ఉదయం 10:30 నుండి 11:15 వరకు (IST)",
        "లింక్: https://meet.deccansoft.example/j-11",
        "",
        "రవి",
    ],
    ((2026, 12, 11, 10, 30, "Fri"), (11, 15), "tz"),
    "'ఉదయం 10:30 నుండి 11:15 వరకు (IST)': morning, from/until.",
)
m(
    F,
    "te_repu_sayantram",
    "te",
    IST,
    ("Lakshmi Prasanna", "lakshmi.p@godavaripharma.example.in"),
    "రేపటి ఇంటర్వ్యూ",
    (2026, 12, 14, 18, 10),
    [
        "అలెక్స్ గారు,",
        "",
        "ఫోన్‌లో మాట్లాడినట్లు, రేపు సాయంత్రం 5 గంటలకు గూగుల్ మీట్‌లో మేనేజర్‌తో ఇంటర్వ్యూ ఉంటుంది.",
        "లింక్: https://meet.google.com/abc-defg-hij",
        "",
        "లక్ష్మి",
    ],
    ((2026, 12, 15, 17, 0, "Tue"), None, ""),
    "'రేపు సాయంత్రం 5 గంటలకు' (tomorrow evening at 5), sent Monday.",
)
m(
    F,
    "te_move_marchabadindi",
    "te",
    IST,
    s,
    "ఇంటర్వ్యూ సమయం మార్పు",
    (2026, 12, 14, 11, 0),
    [
        "అలెక్స్ గారు,",
        "",
        "మీ ఇంటర్వ్యూ డిసెంబర్ 16 ఉదయం 11 గంటల నుండి డిసెంబర్ 17 (గురువారం) మధ్యాహ్నం",
        "3 గంటలకు మార్చబడింది. అసౌకర్యానికి చింతిస్తున్నాము.",
        "",
        "రవి తేజ",
    ],
    ((2026, 12, 17, 15, 0, "Thu"), None, ""),
    "Move: 'from 16 December 11 o'clock ... to 17 December 3 in the afternoon', wrapped.",
    kind="reschedule",
)
m(
    F,
    "te_neg_online_test",
    "te",
    IST,
    s,
    "ఆన్‌లైన్ పరీక్ష",
    (2026, 12, 8, 9, 0),
    [
        "ప్రియమైన అలెక్స్,",
        "",
        "దయచేసి ఆన్‌లైన్ పరీక్షను డిసెంబర్ 12 రాత్రి 11:59 లోపు పూర్తి చేయండి.",
        "పరీక్ష ఫలితాల ఆధారంగా ఇంటర్వ్యూ తేదీ తెలియజేస్తాము.",
        "",
        "రవి",
    ],
    NEG,
    "Negative: online test to finish before 12 December 11:59 at night.",
)
m(
    F,
    "te_neg_thanks_result",
    "te",
    IST,
    ("Lakshmi Prasanna", "lakshmi.p@godavaripharma.example.in"),
    "ధన్యవాదాలు",
    (2026, 12, 15, 19, 0),
    [
        "అలెక్స్ గారు,",
        "",
        "ఈ రోజు ఇంటర్వ్యూకి హాజరైనందుకు ధన్యవాదాలు. ఫలితాన్ని డిసెంబర్ 22 లోపు",
        "ఇమెయిల్ ద్వారా తెలియజేస్తాము.",
        "",
        "లక్ష్మి",
    ],
    NEG,
    "Negative: thanks after today's interview; the result by 22 December.",
)

# --------------------------------------------------------------------------------- himalanka
F = "himalanka"
s = ("Sujata Shrestha", "sujata.shrestha@himalbank.example.np")
m(
    F,
    "ne_bihana_baje",
    "ne",
    KTM,
    s,
    "अन्तर्वार्ताको लागि निमन्त्रणा",
    (2026, 12, 6, 10, 45),
    [
        "प्रिय एलेक्स,",
        "",
        "तपाईंको अन्तर्वार्ता "
        + dg(cldr("ne", 2026, 12, 10, "y MMMM d, EEEE"), "deva")
        + " बिहान ११ बजे",
        "काठमाडौंस्थित हाम्रो प्रधान कार्यालय (दरबारमार्ग) मा हुनेछ।",
        "कृपया नागरिकताको प्रतिलिपि साथमा ल्याउनुहोला।",
        "",
        "सुजाता श्रेष्ठ, मानव संसाधन",
    ],
    ((2026, 12, 10, 11, 0, "Thu"), None, ""),
    "CLDR Nepali date in Devanagari digits, 'बिहान ११ बजे' (morning, 11 o'clock).",
)
m(
    F,
    "ne_diuso_range_npt",
    "ne",
    KTM,
    s,
    "अनलाइन अन्तर्वार्ता",
    (2026, 12, 8, 14, 0),
    [
        "नमस्ते एलेक्स,",
        "",
        "मिति: २०२६-१२-१४ (सोमबार)",
        "समय: दिउँसो २:०० देखि २:४५ सम्म (नेपाल समय)",
        "लिङ्क: https://meet.himalbank.example/it-14",
        "",
        "सुजाता",
    ],
    ((2026, 12, 14, 14, 0, "Mon"), (14, 45), "tz"),
    "'दिउँसो २:०० देखि २:४५ सम्म (नेपाल समय)': afternoon, from/until, Nepal time (+05:45).",
)
m(
    F,
    "ne_neg_natija",
    "ne",
    KTM,
    s,
    "धन्यवाद",
    (2026, 12, 10, 16, 30),
    [
        "प्रिय एलेक्स,",
        "",
        "आज अन्तर्वार्तामा सहभागी हुनुभएकोमा धन्यवाद। नतिजा डिसेम्बर १८ बेलुका ५ बजेभित्र",
        "इमेलमार्फत पठाइनेछ।",
        "",
        "सुजाता",
    ],
    NEG,
    "Negative: thanks after the interview; the result by 18 December, 5 in the evening.",
)
s2 = ("Nadeesha Perera", "nadeesha.p@lankatea.example.lk")
m(
    F,
    "si_pewa_colombo",
    "si",
    CMB,
    s2,
    "සම්මුඛ පරීක්ෂණය සඳහා ආරාධනාව",
    (2026, 12, 9, 9, 30),
    [
        "හිතවත් ඇලෙක්ස්,",
        "",
        "ඔබගේ සම්මුඛ පරීක්ෂණය " + cldr("si", 2026, 12, 15, "y MMMM d, EEEE") + " පෙ.ව. 10.00 ට",
        "කොළඹ අපගේ ප්‍රධාන කාර්යාලයේදී පැවැත්වේ.",
        "කරුණාකර ඔබගේ සහතික පත්‍ර රැගෙන එන්න.",
        "",
        "නදීෂා පෙරේරා, මානව සම්පත්",
    ],
    ((2026, 12, 15, 10, 0, "Tue"), None, ""),
    "CLDR Sinhala date, 'පෙ.ව. 10.00 ට' (a.m., dotted hour, 'at').",
)
m(
    F,
    "si_cancel_awalangu",
    "si",
    CMB,
    s2,
    "සම්මුඛ පරීක්ෂණය අවලංගු කිරීම",
    (2026, 12, 14, 8, 45),
    [
        "හිතවත් ඇලෙක්ස්,",
        "",
        "දෙසැම්බර් 16 (බදාදා) ප.ව. 2.30 ට නියමිත ඔබගේ සම්මුඛ පරීක්ෂණය අවලංගු කර ඇත.",
        "නව දිනයක් පසුව දන්වන්නෙමු.",
        "",
        "නදීෂා",
    ],
    ((2026, 12, 16, 14, 30, "Wed"), None, ""),
    "Cancellation of 'දෙසැම්බර් 16 (බදාදා) ප.ව. 2.30' (p.m.).",
    kind="cancellation",
)
m(
    F,
    "si_neg_sahathika",
    "si",
    CMB,
    s2,
    "ලේඛන ඉදිරිපත් කිරීම",
    (2026, 12, 7, 11, 0),
    [
        "හිතවත් ඇලෙක්ස්,",
        "",
        "කරුණාකර ඔබගේ සහතික පත්‍රවල පිටපත් දෙසැම්බර් 11 ප.ව. 5.00 ට පෙර එවන්න.",
        "ඉන්පසු සම්මුඛ පරීක්ෂණ දිනය දන්වනු ලැබේ.",
        "",
        "නදීෂා",
    ],
    NEG,
    "Negative: certificates due before 11 December 5.00 p.m.",
)

# ---------------------------------------------------------------------------------- mmkhdesk
F = "mmkhdesk"
s = ("Daw Khin Myat Noe", "khinmyatnoe@ayeyarlogistics.example.mm")
m(
    F,
    "my_nanet_nayi",
    "my",
    RGN,
    s,
    "အလုပ်အင်တာဗျူး ဖိတ်ကြားခြင်း",
    (2026, 12, 5, 10, 0),
    [
        "မင်္ဂလာပါ Alex ရှင့်၊",
        "",
        "သင့်အင်တာဗျူးကို ၂၀၂၆ ခုနှစ် ဒီဇင်ဘာ ၁၀ ရက် (ကြာသပတေးနေ့) နံနက် ၁၀ နာရီတွင်",
        "ရန်ကုန်ရုံးချုပ် (ပုဇွန်တောင်) ၌ ပြုလုပ်ပါမည်။",
        "",
        "ကျေးဇူးတင်ပါသည်၊",
        "ခင်မြတ်နိုး၊ HR",
    ],
    ((2026, 12, 10, 10, 0, "Thu"), None, ""),
    "Burmese digits: 'ဒီဇင်ဘာ ၁၀ ရက် ... နံနက် ၁၀ နာရီ' (morning, 10 o'clock).",
)
m(
    F,
    "my_range_mmt",
    "my",
    RGN,
    s,
    "အွန်လိုင်း အင်တာဗျူး",
    (2026, 12, 8, 15, 0),
    [
        "Alex ရှင့်၊",
        "",
        "ရက်စွဲ - " + dg(cldr("my", 2026, 12, 14, "y၊ MMMM d၊ EEEE"), "mymr"),
        "အချိန် - ၁၄:၀၀ မှ ၁၄:၄၅ အထိ (မြန်မာစံတော်ချိန်)",
        "Link - https://meet.ayeyarlogistics.example/m-14",
        "",
        "ခင်မြတ်နိုး",
    ],
    ((2026, 12, 14, 14, 0, "Mon"), (14, 45), "tz"),
    "CLDR Burmese date in Burmese digits; '၁၄:၀၀ မှ ၁၄:၄၅ အထိ (မြန်မာစံတော်ချိန်)' (+06:30).",
)
m(
    F,
    "my_neg_job_fair",
    "my",
    RGN,
    s,
    "အလုပ်အကိုင် ပြပွဲ",
    (2026, 12, 9, 9, 0),
    [
        "Alex ရှင့်၊",
        "",
        "ဒီဇင်ဘာ ၁၉ ရက် (စနေနေ့) နံနက် ၉ နာရီမှ ညနေ ၄ နာရီအထိ အလုပ်အကိုင်ပြပွဲကို",
        "ကျင်းပမည်ဖြစ်ပါသည်။ စိတ်ဝင်စားသူ အားလုံး လာရောက်နိုင်ပါသည်။",
        "",
        "ခင်မြတ်နိုး",
    ],
    NEG,
    "Negative: a job fair open to everyone on Saturday 19 December.",
)
s2 = ("Sok Dara", "sok.dara@mekongmicro.example.kh")
m(
    F,
    "km_invite_pruek",
    "km",
    PNH,
    s2,
    "លិខិតអញ្ជើញសម្ភាសន៍ការងារ",
    (2026, 12, 10, 14, 0),
    [
        "ជូនចំពោះ លោក Alex,",
        "",
        "យើងខ្ញុំសូមអញ្ជើញលោកមកសម្ភាសន៍ការងារនៅ " + dg(cldr("km", 2026, 12, 16, "EEEE d MMMM y"), "khmr"),
        "វេលាម៉ោង ៩:០០ ព្រឹក នៅការិយាល័យកណ្តាល ភ្នំពេញ។",
        "",
        "សូមអរគុណ,",
        "សុខ តារា, ផ្នែកធនធានមនុស្ស",
    ],
    ((2026, 12, 16, 9, 0, "Wed"), None, ""),
    "CLDR Khmer date in Khmer digits and 'ម៉ោង ៩:០០ ព្រឹក' (9:00 morning).",
)
m(
    F,
    "km_move_rosiel",
    "km",
    PNH,
    s2,
    "ការផ្លាស់ប្តូរកាលវិភាគសម្ភាសន៍",
    (2026, 12, 15, 10, 0),
    [
        "ជូនចំពោះ លោក Alex,",
        "",
        "ការសម្ភាសន៍របស់លោកត្រូវបានប្តូរពីថ្ងៃទី១៧ ខែធ្នូ ទៅថ្ងៃសុក្រ ទី១៨ ខែធ្នូ ឆ្នាំ២០២៦",
        "ម៉ោង ២:០០ រសៀល។ សូមអភ័យទោសចំពោះការរំខាន។",
        "",
        "សុខ តារា",
    ],
    ((2026, 12, 18, 14, 0, "Fri"), None, ""),
    "Move 'from the 17th to Friday the 18th ... 2:00 afternoon (រសៀល)'.",
    kind="reschedule",
)
m(
    F,
    "km_neg_orientation",
    "km",
    PNH,
    s2,
    "វគ្គបណ្តុះបណ្តាលបុគ្គលិកថ្មី",
    (2026, 12, 22, 9, 0),
    [
        "ជូនចំពោះ លោក Alex,",
        "",
        "សូមអបអរសាទរ! វគ្គបណ្តុះបណ្តាលសម្រាប់បុគ្គលិកថ្មីនឹងប្រព្រឹត្តទៅនៅថ្ងៃទី៤ ខែមករា ឆ្នាំ២០២៧",
        "ម៉ោង ៨:០០ ព្រឹក។ សូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ។",
        "",
        "សុខ តារា",
    ],
    NEG,
    "Negative: new-staff orientation on 4 January at 8:00 in the morning.",
)

# ----------------------------------------------------------------------------------- swhausa
F = "swhausa"
s = ("Wanjiru Kamau", "wanjiru.kamau@savannafoods.example.ke")
m(
    F,
    "sw_saa_nne_bracket",
    "sw",
    NBO,
    s,
    "Mwaliko wa usaili",
    (2026, 12, 3, 11, 0),
    [
        "Habari Alex,",
        "",
        "Tunakualika kwa usaili " + cldr("sw", 2026, 12, 8, "EEEE, d MMMM y") + ",",
        "saa nne asubuhi (10:00 EAT) katika ofisi yetu ya Westlands, Nairobi.",
        "Tafadhali njoo na vyeti vyako halisi.",
        "",
        "Wako,",
        "Wanjiru Kamau, Rasilimali Watu",
    ],
    ((2026, 12, 8, 10, 0, "Tue"), None, "off"),
    "Swahili hour count 'saa nne asubuhi' with the Western hour in brackets '(10:00 EAT)'.",
)
m(
    F,
    "sw_saa_nane_mchana",
    "sw",
    DAR,
    ("Juma Mwinyi", "juma.mwinyi@bandarilogistics.example.tz"),
    "Usaili wa kazi: Alhamisi",
    (2026, 12, 7, 9, 30),
    [
        "Ndugu Alex,",
        "",
        "Usaili wako utafanyika Alhamisi, tarehe 10 Desemba 2026, saa nane mchana,",
        "katika ofisi zetu za Posta, Dar es Salaam.",
        "",
        "Juma Mwinyi",
    ],
    ((2026, 12, 10, 14, 0, "Thu"), None, ""),
    "Swahili time only: 'saa nane mchana' is the eighth hour of daylight, 14:00.",
)
m(
    F,
    "sw_range_eat",
    "sw",
    NBO,
    s,
    "Usaili wa mtandaoni",
    (2026, 12, 9, 15, 0),
    [
        "Habari Alex,",
        "",
        "Tarehe: 14/12/2026 (Jumatatu)",
        "Muda: 09:00 - 09:45 (EAT)",
        "Kiungo: https://meet.savannafoods.example/hr-14",
        "",
        "Wanjiru",
    ],
    ((2026, 12, 14, 9, 0, "Mon"), (9, 45), "off"),
    "'Tarehe:' / 'Muda: 09:00 - 09:45 (EAT)' lines.",
)
m(
    F,
    "sw_cancel_imefutwa",
    "sw",
    NBO,
    s,
    "Usaili umefutwa",
    (2026, 12, 14, 10, 0),
    [
        "Habari Alex,",
        "",
        "Tunasikitika kukujulisha kwamba usaili wako wa Jumatano, 16 Desemba 2026 saa 8:00",
        "mchana (14:00 EAT) umefutwa. Tutawasiliana nawe kuhusu tarehe mpya.",
        "",
        "Wanjiru",
    ],
    ((2026, 12, 16, 14, 0, "Wed"), None, "off"),
    "Cancellation: 'saa 8:00 mchana (14:00 EAT) umefutwa'.",
    kind="cancellation",
)
m(
    F,
    "sw_neg_maonyesho",
    "sw",
    NBO,
    s,
    "Maonyesho ya ajira",
    (2026, 12, 4, 8, 0),
    [
        "Habari Alex,",
        "",
        "Karibu kwenye maonyesho ya ajira Jumamosi, 12 Desemba 2026, kuanzia saa 3 asubuhi",
        "hadi saa 10 jioni (9:00 - 16:00) katika ukumbi wa KICC. Wote mnakaribishwa.",
        "",
        "Wanjiru",
    ],
    NEG,
    "Negative: a career fair open to all on Saturday 12 December.",
)
s2 = ("Aminu Bello", "aminu.bello@kanotextiles.example.ng")
m(
    F,
    "ha_karfe_safe",
    "ha",
    LOS,
    s2,
    "Gayyatar hira ta aiki",
    (2026, 12, 9, 10, 0),
    [
        "Malam Alex,",
        "",
        "Muna gayyatar ka zuwa hira ta aiki a ranar "
        + cldr("ha", 2026, 12, 15, "EEEE, d MMMM, y")
        + ",",
        "da karfe 10:00 na safe a ofishinmu da ke titin Zoo Road, Kano.",
        "",
        "Na gode,",
        "Aminu Bello, Sashen Ma'aikata",
    ],
    ((2026, 12, 15, 10, 0, "Tue"), None, ""),
    "CLDR Hausa date, 'da karfe 10:00 na safe' (at 10:00 in the morning).",
)
m(
    F,
    "ha_range_wat",
    "ha",
    LOS,
    s2,
    "Hira ta yanar gizo",
    (2026, 12, 11, 14, 0),
    [
        "Malam Alex,",
        "",
        "Rana: Alhamis, 17 ga Disamba, 2026",
        "Lokaci: 2:00 na rana zuwa 2:45 na rana (WAT)",
        "Hanyar shiga: https://meet.kanotextiles.example/k-17",
        "",
        "Aminu",
    ],
    ((2026, 12, 17, 14, 0, "Thu"), (14, 45), "off"),
    "'Lokaci: 2:00 na rana zuwa 2:45 na rana (WAT)' (afternoon, to).",
)
m(
    F,
    "ha_neg_takardu",
    "ha",
    LOS,
    s2,
    "Takardun shaida",
    (2026, 12, 7, 9, 0),
    [
        "Malam Alex,",
        "",
        "Ka aiko da takardun shaidarka kafin ranar Juma'a, 11 ga Disamba da karfe 5 na yamma.",
        "Bayan haka za mu sanar da kai ranar hira.",
        "",
        "Aminu",
    ],
    NEG,
    "Negative: documents before Friday 11 December at 5 in the evening.",
)

# -------------------------------------------------------------------------------- gulfportal
F = "gulfportal"
portal = ("وظائف الخليج", "notifications@gulfjobs-portal.example")
line = dg(cldr("ar", 2026, 12, 13, "EEEE d MMMM y"), "arab")
m(
    F,
    "ar_portal_makkah_eastern",
    "ar",
    RUH,
    portal,
    "دعوة لمقابلة عمل – شركة النخيل للمقاولات",
    (2026, 12, 6, 9, 0),
    [
        "مرحبًا Alex،",
        "",
        "قامت شركة النخيل للمقاولات بجدولة مقابلة لك لوظيفة مهندس موقع.",
        "",
        "موعد المقابلة: " + line,
        "الساعة: ١٠:٣٠ صباحًا بتوقيت مكة المكرمة",
        "المدة: ٤٥ دقيقة",
        "المكان: مقابلة مرئية – https://meet.alnakheel.example/site-13",
        "",
        "يرجى تأكيد الحضور من حسابك على البوابة.",
        "فريق وظائف الخليج",
    ],
    ((2026, 12, 13, 10, 30, "Sun"), (11, 15), "tz"),
    "Portal notice, CLDR Arabic date in Arabic-Indic digits, 'بتوقيت مكة المكرمة', 45 minutes.",
    html=True,
)
m(
    F,
    "ar_dubai_gst_pm",
    "ar",
    DXB,
    ("ريم الحمادي", "reem.alhammadi@dunesretail.example.ae"),
    "مقابلة عمل – الثلاثاء",
    (2026, 12, 9, 11, 20),
    [
        "عزيزي Alex،",
        "",
        "يسعدنا دعوتك لمقابلة شخصية في مكتبنا بدبي (شارع الشيخ زايد).",
        "التاريخ: 15/12/2026 (الثلاثاء)",
        "الوقت: 2:00 م - 2:45 م (GST)",
        "",
        "مع التحية،",
        "ريم الحمادي – الموارد البشرية",
    ],
    ((2026, 12, 15, 14, 0, "Tue"), (14, 45), "off"),
    "Gulf HR: '2:00 م - 2:45 م (GST)' with the Arabic p.m. letter.",
)
m(
    F,
    "ar_egypt_el_dohr",
    "ar",
    CAI,
    ("محمد السيد", "m.elsayed@nilesoft.example.eg"),
    "ميعاد الإنترفيو",
    (2026, 12, 13, 19, 0),
    [
        "أهلاً يا Alex،",
        "",
        "زي ما اتفقنا في التليفون، ميعاد الإنترفيو يوم الأربع ١٦ ديسمبر الساعة ١ الضهر",
        "في مكتبنا في التجمع الخامس. هات معاك نسخة من السي في.",
        "",
        "محمد",
    ],
    ((2026, 12, 16, 13, 0, "Wed"), None, ""),
    "Egyptian colloquial: 'يوم الأربع ١٦ ديسمبر الساعة ١ الضهر' (1 at noon-time, 13:00).",
)
m(
    F,
    "ar_maghreb_dujanbir",
    "ar",
    CAS,
    ("سعاد بنعلي", "souad.benali@atlasbank.example.ma"),
    "استدعاء لإجراء مقابلة",
    (2026, 12, 10, 10, 0),
    [
        "السيد Alex،",
        "",
        "يشرفنا استدعاؤكم لإجراء مقابلة يوم الخميس 17 دجنبر 2026 على الساعة العاشرة صباحا",
        "بمقرنا بالدار البيضاء (شارع الزرقطوني).",
        "",
        "مع خالص التحيات،",
        "سعاد بنعلي، مصلحة الموارد البشرية",
    ],
    ((2026, 12, 17, 10, 0, "Thu"), None, ""),
    "Moroccan month name 'دجنبر' (CLDR ar-MA) and the hour in words 'الساعة العاشرة صباحا'.",
)
m(
    F,
    "ar_move_riyadh",
    "ar",
    RUH,
    portal,
    "تم تغيير موعد مقابلتك",
    (2026, 12, 12, 8, 0),
    [
        "مرحبًا Alex،",
        "",
        "تم تغيير موعد مقابلتك مع شركة النخيل للمقاولات من يوم الاثنين ١٤ ديسمبر إلى يوم",
        "الأربعاء ١٦ ديسمبر ٢٠٢٦ الساعة ١١:٠٠ صباحًا بتوقيت الرياض.",
        "",
        "فريق وظائف الخليج",
    ],
    ((2026, 12, 16, 11, 0, "Wed"), None, "tz"),
    "Move 'من يوم الاثنين ١٤ ديسمبر إلى يوم الأربعاء ١٦ ديسمبر ... بتوقيت الرياض', wrapped.",
    kind="reschedule",
    html=True,
)
m(
    F,
    "ar_neg_assessment",
    "ar",
    RUH,
    portal,
    "تقييم إلكتروني مطلوب",
    (2026, 12, 8, 8, 0),
    [
        "مرحبًا Alex،",
        "",
        "يرجى إكمال التقييم الإلكتروني قبل ٢٠ ديسمبر ٢٠٢٦ الساعة ١١:٥٩ مساءً بتوقيت مكة المكرمة.",
        "بعد مراجعة النتائج سيتواصل معك صاحب العمل لتحديد موعد المقابلة.",
        "",
        "فريق وظائف الخليج",
    ],
    NEG,
    "Negative: an online assessment due before 20 December 11:59 p.m. Mecca time.",
    html=True,
)
m(
    F,
    "ar_neg_job_fair",
    "ar",
    DXB,
    ("ريم الحمادي", "reem.alhammadi@dunesretail.example.ae"),
    "معرض التوظيف السنوي",
    (2026, 12, 7, 12, 0),
    [
        "عزيزي Alex،",
        "",
        "ندعوك لزيارة معرض التوظيف السنوي يوم السبت ١٩ ديسمبر من ٩ صباحًا حتى ٤ عصرًا",
        "في مركز دبي التجاري العالمي. الدخول مجاني للجميع.",
        "",
        "ريم",
    ],
    NEG,
    "Negative: an annual job fair open to all, Saturday 19 December 9 to 4.",
)

# ------------------------------------------------------------------------------------ iranhr
F = "iranhr"
s = ("مریم احمدی", "m.ahmadi@parsdadeh.example.ir")


def jd(y: int, mo: int, d: int, digits: bool = True) -> str:
    """'۲۵ آذر ۱۴۰۵' for a Gregorian day."""
    jy, jm, jday = jalali(y, mo, d)
    text = f"{jday} {JALALI_MONTHS[jm - 1]} {jy}"
    return dg(text, "arabext") if digits else text


def gd(y: int, mo: int, d: int) -> str:
    """'۱۶ دسامبر ۲۰۲۶' from CLDR."""
    return dg(cldr("fa", y, mo, d, "d MMMM y"), "arabext")


m(
    F,
    "fa_jalali_beside_gregorian",
    "fa",
    THR,
    s,
    "دعوت به مصاحبه – کارشناس داده",
    (2026, 12, 9, 10, 0),
    [
        "Alex عزیز،",
        "",
        "با سلام. مصاحبه شما روز چهارشنبه "
        + jd(2026, 12, 16)
        + " ("
        + gd(2026, 12, 16)
        + ") ساعت ۱۰:۳۰ صبح به وقت تهران",
        "در دفتر ما در خیابان ولیعصر برگزار می‌شود.",
        "",
        "با احترام،",
        "مریم احمدی، منابع انسانی",
    ],
    ((2026, 12, 16, 10, 30, "Wed"), None, "tz"),
    "Solar Hijri date first, CLDR Gregorian date in brackets, 'ساعت ۱۰:۳۰ صبح به وقت تهران'.",
)
jy, jm, jday = jalali(2026, 12, 19)
m(
    F,
    "fa_slash_dates_irst",
    "fa",
    THR,
    s,
    "مصاحبه آنلاین",
    (2026, 12, 12, 11, 0),
    [
        "سلام Alex،",
        "",
        "تاریخ: شنبه "
        + dg(f"{jy}/{jm:02d}/{jday:02d}", "arabext")
        + " ("
        + dg("2026/12/19", "arabext")
        + ")",
        "ساعت: ۱۴:۰۰ تا ۱۴:۴۵ (IRST)",
        "لینک: https://meet.parsdadeh.example/d-19",
        "",
        "مریم",
    ],
    ((2026, 12, 19, 14, 0, "Sat"), (14, 45), "off"),
    "Slash dates in both calendars; '۱۴:۰۰ تا ۱۴:۴۵ (IRST)'; Saturday is a working day.",
)
m(
    F,
    "fa_farda_sobh",
    "fa",
    THR,
    ("رضا کریمی", "reza.karimi@arianfintech.example.ir"),
    "مصاحبه فردا",
    (2026, 12, 19, 17, 30),
    [
        "سلام Alex جان،",
        "",
        "طبق صحبت تلفنی، فردا ساعت ۱۱ صبح با مدیر فنی در دفتر ما مصاحبه دارید.",
        "",
        "رضا",
    ],
    ((2026, 12, 20, 11, 0, "Sun"), None, ""),
    "'فردا ساعت ۱۱ صبح' (tomorrow at 11 in the morning), sent Saturday evening.",
)
m(
    F,
    "fa_cancel_laghv",
    "fa",
    THR,
    s,
    "لغو مصاحبه",
    (2026, 12, 18, 9, 0),
    [
        "Alex عزیز،",
        "",
        "متأسفانه مصاحبه روز سه‌شنبه "
        + jd(2026, 12, 22)
        + " ("
        + gd(2026, 12, 22)
        + ") ساعت ۹ صبح لغو شد.",
        "زمان جدید را به زودی اطلاع می‌دهیم.",
        "",
        "مریم احمدی",
    ],
    ((2026, 12, 22, 9, 0, "Tue"), None, ""),
    "Cancellation of the 1 Dey / 22 December 9 a.m. slot ('لغو شد').",
    kind="cancellation",
)
m(
    F,
    "fa_neg_azmoon",
    "fa",
    THR,
    s,
    "آزمون آنلاین",
    (2026, 12, 14, 9, 0),
    [
        "Alex عزیز،",
        "",
        "لطفاً آزمون آنلاین را تا ساعت ۲۳:۵۹ روز " + jd(2026, 12, 20) + " تکمیل کنید.",
        "پس از بررسی نتایج، زمان مصاحبه اعلام خواهد شد.",
        "",
        "مریم",
    ],
    NEG,
    "Negative: an online test due by 23:59 on a Solar Hijri day.",
)
m(
    F,
    "fa_neg_start_date",
    "fa",
    THR,
    ("رضا کریمی", "reza.karimi@arianfintech.example.ir"),
    "پیشنهاد همکاری",
    (2026, 12, 23, 12, 0),
    [
        "Alex عزیز،",
        "",
        "خوشحالیم که به تیم ما می‌پیوندید. تاریخ شروع همکاری: "
        + jd(2027, 1, 3)
        + " ("
        + gd(2027, 1, 3)
        + ")،",
        "ساعت ۸ صبح.",
        "",
        "رضا",
    ],
    NEG,
    "Negative: offer with a start day in both calendars.",
)

# -------------------------------------------------------------------------------- nusaportal
F = "nusaportal"
kb = ("KarirNusa", "noreply@karirnusa-portal.example")
m(
    F,
    "id_portal_wita",
    "id",
    MKS,
    kb,
    "Undangan Interview - PT Sulawesi Niaga",
    (2026, 12, 3, 9, 0),
    [
        "Halo Alex,",
        "",
        "PT Sulawesi Niaga mengundang Anda untuk interview posisi Staf Keuangan.",
        "",
        "Jadwal: " + cldr("id", 2026, 12, 9, "EEEE, d MMMM y") + ", pukul 13.00 - 14.00 WITA",
        "Lokasi: Jl. Somba Opu No. 12, Makassar",
        "",
        "Silakan konfirmasi kehadiran melalui dasbor KarirNusa.",
    ],
    ((2026, 12, 9, 13, 0, "Wed"), (14, 0), "tz"),
    "Portal notice with a CLDR Indonesian date, 'pukul 13.00 - 14.00 WITA'.",
    html=True,
)
m(
    F,
    "id_wit_jayapura",
    "id",
    JAY,
    ("Yohana Wenda", "yohana.wenda@papuamining.example.id"),
    "Jadwal wawancara",
    (2026, 12, 4, 15, 0),
    [
        "Selamat sore Bapak Alex,",
        "",
        "Wawancara Bapak dijadwalkan pada Kamis, 10 Desember 2026 pukul 09.30 WIT",
        "di kantor kami di Jayapura. Mohon hadir 15 menit sebelumnya.",
        "",
        "Salam,",
        "Yohana",
    ],
    ((2026, 12, 10, 9, 30, "Thu"), None, "tz"),
    "'pukul 09.30 WIT' (Jayapura, +09:00).",
)
m(
    F,
    "id_besok_jam_siang",
    "id",
    JKT,
    ("Dimas Pratama", "dimas@tokobaru.example.id"),
    "Interview besok",
    (2026, 12, 14, 16, 45),
    [
        "Hai Alex,",
        "",
        "Sesuai obrolan tadi, interview-nya besok jam 2 siang ya, lewat Google Meet.",
        "Link: https://meet.google.com/xyz-abcd-efg",
        "",
        "Dimas",
    ],
    ((2026, 12, 15, 14, 0, "Tue"), None, ""),
    "'besok jam 2 siang' (tomorrow 2 in the afternoon), sent Monday.",
)
m(
    F,
    "id_neg_psikotes",
    "id",
    JKT,
    kb,
    "Psikotes online - batas waktu",
    (2026, 12, 7, 9, 0),
    [
        "Halo Alex,",
        "",
        "Silakan kerjakan psikotes online paling lambat Jumat, 11 Desember 2026",
        "pukul 23.59 WIB. Jadwal interview akan diinformasikan setelahnya.",
        "",
        "Tim KarirNusa",
    ],
    NEG,
    "Negative: an online psychometric test due Friday 11 December 23.59 WIB.",
    html=True,
)
m(
    F,
    "ms_jam_petang",
    "ms",
    KUL,
    ("Nurul Aina", "nurul.aina@semenanjung.example.my"),
    "Jemputan temu duga",
    (2026, 12, 8, 10, 0),
    [
        "Encik Alex,",
        "",
        "Sukacita dimaklumkan bahawa anda dijemput hadir ke temu duga pada "
        + cldr("ms", 2026, 12, 14, "EEEE, d MMMM y")
        + ",",
        "jam 3.00 petang di pejabat kami di Jalan Ampang, Kuala Lumpur.",
        "",
        "Sekian, terima kasih.",
        "Nurul Aina, Sumber Manusia",
    ],
    ((2026, 12, 14, 15, 0, "Mon"), None, ""),
    "CLDR Malay date and 'jam 3.00 petang' (3.00 in the afternoon).",
)
m(
    F,
    "ms_batal",
    "ms",
    KUL,
    ("Nurul Aina", "nurul.aina@semenanjung.example.my"),
    "Pembatalan temu duga",
    (2026, 12, 15, 9, 0),
    [
        "Encik Alex,",
        "",
        "Dukacita dimaklumkan bahawa temu duga pada Khamis, 17 Disember 2026 jam 10.00 pagi",
        "telah dibatalkan. Tarikh baharu akan dimaklumkan kelak.",
        "",
        "Nurul Aina",
    ],
    ((2026, 12, 17, 10, 0, "Thu"), None, ""),
    "Cancellation: 'temu duga pada Khamis ... jam 10.00 pagi telah dibatalkan', wrapped.",
    kind="cancellation",
)
m(
    F,
    "fil_alas_hapon_pht",
    "fil",
    MNL,
    ("Joanna Dela Cruz", "joanna.delacruz@islandbpo.example.ph"),
    "Imbitasyon sa interview",
    (2026, 12, 9, 13, 0),
    [
        "Hi Alex,",
        "",
        "Ang iyong final interview ay sa "
        + cldr("fil", 2026, 12, 15, "EEEE, MMMM d, y")
        + ", alas-2:00 ng hapon",
        "(oras sa Pilipinas), sa aming opisina sa Ortigas. Magdala ng dalawang valid ID.",
        "",
        "Salamat,",
        "Joanna",
    ],
    ((2026, 12, 15, 14, 0, "Tue"), None, "tz"),
    "CLDR Filipino date, 'alas-2:00 ng hapon (oras sa Pilipinas)'.",
)
m(
    F,
    "fil_neg_requirements",
    "fil",
    MNL,
    ("Joanna Dela Cruz", "joanna.delacruz@islandbpo.example.ph"),
    "Pre-employment requirements",
    (2026, 12, 16, 10, 0),
    [
        "Hi Alex,",
        "",
        "Congrats! Paki-submit ang inyong pre-employment requirements bago mag-Disyembre 18,",
        "5:00 PM. Ang unang araw ng trabaho ay sa Enero 4, 2027, alas-8 ng umaga.",
        "",
        "Joanna",
    ],
    NEG,
    "Negative: requirements due 18 December 5 PM and a first day of work.",
)

# --------------------------------------------------------------------------------- thvimoves
F = "thvimoves"
s = ("ศิริพร วงศ์ใหญ่", "siriporn.w@chaophraya.example.th")


def th_date(y: int, mo: int, d: int) -> str:
    """'วันพฤหัสบดีที่ 10 ธันวาคม 2569': CLDR names, Buddhist-era year."""
    wd = cldr("th", y, mo, d, "EEEE")
    return f"{wd}ที่ {d} {cldr('th', y, mo, d, 'MMMM')} {y + 543}"


m(
    F,
    "th_be_year_na",
    "th",
    BKK,
    s,
    "เชิญสัมภาษณ์งาน ตำแหน่งนักบัญชี",
    (2026, 12, 4, 10, 0),
    [
        "เรียน คุณ Alex",
        "",
        "บริษัทฯ ขอเรียนเชิญท่านเข้าสัมภาษณ์งานใน" + th_date(2026, 12, 10),
        "เวลา 10.00 - 11.00 น. ณ สำนักงานใหญ่ ถนนสีลม",
        "",
        "ขอแสดงความนับถือ",
        "ศิริพร วงศ์ใหญ่ ฝ่ายทรัพยากรบุคคล",
    ],
    ((2026, 12, 10, 10, 0, "Thu"), (11, 0), ""),
    "CLDR Thai names, Buddhist-era year 2569, 'เวลา 10.00 - 11.00 น.'.",
)
m(
    F,
    "th_move_luean",
    "th",
    BKK,
    s,
    "แจ้งเลื่อนวันสัมภาษณ์",
    (2026, 12, 11, 9, 0),
    [
        "เรียน คุณ Alex",
        "",
        "ขอเลื่อนการสัมภาษณ์จากวันที่ 14 ธ.ค. 2569 เป็น" + th_date(2026, 12, 15),
        "เวลา 14.30 น. ขออภัยในความไม่สะดวก",
        "",
        "ศิริพร",
    ],
    ((2026, 12, 15, 14, 30, "Tue"), None, ""),
    "Move 'จากวันที่ 14 ธ.ค. 2569 เป็นวันอังคารที่ 15 ธันวาคม 2569 เวลา 14.30 น.'.",
    kind="reschedule",
)
m(
    F,
    "th_neg_online_test",
    "th",
    BKK,
    s,
    "แบบทดสอบออนไลน์",
    (2026, 12, 7, 9, 0),
    [
        "เรียน คุณ Alex",
        "",
        "กรุณาทำแบบทดสอบออนไลน์ให้เสร็จภายในวันที่ 12 ธันวาคม 2569 เวลา 23.59 น.",
        "หลังจากนั้นบริษัทฯ จะแจ้งวันสัมภาษณ์ให้ทราบ",
        "",
        "ศิริพร",
    ],
    NEG,
    "Negative: an online test due 12 December 2569 23.59 น.",
)
s2 = ("Nguyễn Thu Hà", "ha.nguyen@songhongtech.example.vn")
m(
    F,
    "vi_invite_gio_viet_nam",
    "vi",
    SGN,
    s2,
    "Thư mời phỏng vấn - Lập trình viên Backend",
    (2026, 12, 9, 10, 0),
    [
        "Chào bạn Alex,",
        "",
        "Công ty Sông Hồng Tech trân trọng mời bạn tham dự buổi phỏng vấn:",
        "- Thời gian: 14h00 - 14h45, " + cldr("vi", 2026, 12, 16, "EEEE, 'ngày' dd/MM/y"),
        "  (giờ Việt Nam)",
        "- Địa điểm: Tầng 8, 25 Lý Thường Kiệt, Hà Nội",
        "",
        "Trân trọng,",
        "Nguyễn Thu Hà - Phòng Nhân sự",
    ],
    ((2026, 12, 16, 14, 0, "Wed"), (14, 45), "tz"),
    "'14h00 - 14h45, thứ Tư, ngày 16/12/2026 (giờ Việt Nam)' with the CLDR weekday.",
)
m(
    F,
    "vi_cancel_huy",
    "vi",
    SGN,
    s2,
    "Thông báo hủy lịch phỏng vấn",
    (2026, 12, 15, 16, 0),
    [
        "Chào bạn Alex,",
        "",
        "Rất tiếc, buổi phỏng vấn lúc 9h30 sáng thứ Năm, ngày 17/12/2026 đã bị hủy do",
        "người phỏng vấn có việc đột xuất. Chúng tôi sẽ liên hệ lại sau.",
        "",
        "Thu Hà",
    ],
    ((2026, 12, 17, 9, 30, "Thu"), None, ""),
    "Cancellation 'buổi phỏng vấn lúc 9h30 sáng thứ Năm, ngày 17/12/2026 đã bị hủy'.",
    kind="cancellation",
)
m(
    F,
    "vi_move_doi_sang",
    "vi",
    SGN,
    ("Trần Minh Quân", "quan.tran@mekongfoods.example.vn"),
    "Dời lịch phỏng vấn",
    (2026, 12, 16, 11, 0),
    [
        "Chào Alex,",
        "",
        "Lịch phỏng vấn của bạn được dời từ 10h sáng thứ Sáu 18/12 sang 15h00 chiều",
        "thứ Hai, ngày 21/12/2026. Địa điểm không thay đổi.",
        "",
        "Minh Quân",
    ],
    ((2026, 12, 21, 15, 0, "Mon"), None, ""),
    "Move 'dời từ 10h sáng thứ Sáu 18/12 sang 15h00 chiều thứ Hai, ngày 21/12/2026'.",
    kind="reschedule",
)
m(
    F,
    "vi_neg_offer_start",
    "vi",
    SGN,
    ("Trần Minh Quân", "quan.tran@mekongfoods.example.vn"),
    "Thư mời nhận việc",
    (2026, 12, 23, 10, 0),
    [
        "Chào Alex,",
        "",
        "Chúc mừng bạn đã trúng tuyển! Ngày bắt đầu làm việc: 8h00 thứ Hai, ngày 04/01/2027.",
        "Vui lòng phản hồi thư này trước ngày 28/12.",
        "",
        "Minh Quân",
    ],
    NEG,
    "Negative: offer with the first working day at 8h00.",
)

# ------------------------------------------------------------------------------- hebturkdesk
F = "hebturkdesk"
s = ("נועה לוי", "noa.levi@galilsystems.example.co.il")
m(
    F,
    "he_invite_beshaa",
    "he",
    JRS,
    s,
    "זימון לראיון עבודה",
    (2026, 12, 9, 10, 0),
    [
        "שלום Alex,",
        "",
        "הראיון ייערך " + cldr("he", 2026, 12, 15, "EEEE, d בMMMM y") + ", בשעה 10:00",
        "במשרדינו ברחוב רוטשילד בתל אביב.",
        "",
        "בברכה,",
        "נועה לוי, משאבי אנוש",
    ],
    ((2026, 12, 15, 10, 0, "Tue"), None, ""),
    "CLDR Hebrew date with 'ב' before the month, 'בשעה 10:00'.",
)
m(
    F,
    "he_range_shaon_israel",
    "he",
    JRS,
    s,
    "ראיון בזום",
    (2026, 12, 10, 14, 0),
    [
        "היי Alex,",
        "",
        "מועד: 17.12.2026 (יום חמישי), 14:00-14:45 שעון ישראל",
        "קישור: https://zoom.example/j/88120",
        "",
        "נועה",
    ],
    ((2026, 12, 17, 14, 0, "Thu"), (14, 45), "tz"),
    "'17.12.2026 (יום חמישי), 14:00-14:45 שעון ישראל'.",
)
m(
    F,
    "he_neg_test_deadline",
    "he",
    JRS,
    s,
    "מבחן בית",
    (2026, 12, 13, 9, 0),
    [
        "שלום Alex,",
        "",
        "נא להשלים את מבחן הבית עד יום ראשון, 20.12, בשעה 23:59.",
        "לאחר הבדיקה נחזור אליך לגבי ראיון.",
        "",
        "נועה",
    ],
    NEG,
    "Negative: take-home test due Sunday 20.12 at 23:59.",
)
s2 = ("Elif Yılmaz", "elif.yilmaz@bogazicilojistik.example.com.tr")
m(
    F,
    "tr_invite_saat_de",
    "tr",
    IST_TR,
    s2,
    "Mülakat daveti",
    (2026, 12, 10, 11, 0),
    [
        "Merhaba Alex,",
        "",
        "Mülakatınız " + cldr("tr", 2026, 12, 16, "d MMMM y EEEE") + " günü saat 11.00'de",
        "Levent ofisimizde yapılacaktır.",
        "",
        "Saygılarımla,",
        "Elif Yılmaz, İnsan Kaynakları",
    ],
    ((2026, 12, 16, 11, 0, "Wed"), None, ""),
    "CLDR Turkish date, 'saat 11.00'de'.",
)
m(
    F,
    "tr_move_ertelendi_tsi",
    "tr",
    IST_TR,
    s2,
    "Mülakat saatinde değişiklik",
    (2026, 12, 15, 15, 0),
    [
        "Merhaba Alex,",
        "",
        "17 Aralık Perşembe saat 10.00'daki görüşmemiz, 18 Aralık Cuma saat 14.00'e (TSİ)",
        "ertelenmiştir. Anlayışınız için teşekkürler.",
        "",
        "Elif",
    ],
    ((2026, 12, 18, 14, 0, "Fri"), None, "tz"),
    "Move: '17 Aralık ... 10.00'daki görüşmemiz, 18 Aralık Cuma saat 14.00'e (TSİ) ertelenmiştir'.",
    kind="reschedule",
)
m(
    F,
    "tr_neg_ise_baslama",
    "tr",
    IST_TR,
    s2,
    "Teklif mektubu",
    (2026, 12, 22, 10, 0),
    [
        "Merhaba Alex,",
        "",
        "Tebrikler! İşe başlama tarihiniz 4 Ocak 2027 Pazartesi, saat 09.00'dır.",
        "",
        "Elif",
    ],
    NEG,
    "Negative: offer with a first day at 09.00.",
)

# -------------------------------------------------------------------------------- afrenglish
F = "afrenglish"
m(
    F,
    "ke_eat_am_dotted",
    "en-KE",
    NBO,
    ("Faith Otieno", "faith.otieno@rift-insurance.example.co.ke"),
    "Invitation for Interview - Claims Officer",
    (2026, 12, 2, 10, 0),
    [
        "Dear Alex,",
        "",
        "Following your application, your interview has been scheduled for Wednesday 9th",
        "December 2026 at 10.30 a.m. EAT at our Westlands office, 4th Floor.",
        "Kindly carry your original certificates and national ID.",
        "",
        "Regards,",
        "Faith Otieno, HR",
    ],
    ((2026, 12, 9, 10, 30, "Wed"), None, "off"),
    "Kenyan '9th December 2026 at 10.30 a.m. EAT', wrapped after the weekday.",
)
m(
    F,
    "ng_slated_by_prompt",
    "en-NG",
    LOS,
    ("Chidinma Okafor", "c.okafor@lagoonbank.example.ng"),
    "Oral Interview Invitation",
    (2026, 12, 4, 9, 0),
    [
        "Dear Alex,",
        "",
        "You are invited for an oral interview slated for Thursday, 10th December, 2026",
        "by 11:00am prompt (WAT) at our Head Office, Marina, Lagos.",
        "Kindly come along with your credentials.",
        "",
        "Chidinma Okafor",
    ],
    ((2026, 12, 10, 11, 0, "Thu"), None, "off"),
    "Nigerian 'slated for ... by 11:00am prompt (WAT)'.",
)
m(
    F,
    "za_h_time_sast",
    "en-ZA",
    JNB,
    ("Thandi Nkosi", "thandi.nkosi@highveldmining.example.co.za"),
    "Interview: Monday 14 December",
    (2026, 12, 7, 12, 0),
    [
        "Hi Alex,",
        "",
        "Date: Monday, 14 December 2026",
        "Time: 09h30 – 10h15 SAST",
        "Venue: MS Teams (link to follow)",
        "",
        "Kind regards,",
        "Thandi",
    ],
    ((2026, 12, 14, 9, 30, "Mon"), (10, 15), "off"),
    "South African '09h30 – 10h15 SAST'.",
)
m(
    F,
    "zm_hours_cat",
    "en-ZM",
    LUN,
    ("Mwila Banda", "mwila.banda@copperbelt-energy.example.zm"),
    "Interview Notification",
    (2026, 12, 4, 14, 0),
    [
        "Dear Alex,",
        "",
        "We are pleased to inform you that you have been shortlisted. Your interview will be",
        "held on Friday 11th December 2026 at 14:00 hours CAT in the Boardroom, Kitwe.",
        "",
        "Mwila Banda",
    ],
    ((2026, 12, 11, 14, 0, "Fri"), None, "off"),
    "Zambian 'at 14:00 hours CAT'.",
)
m(
    F,
    "ke_cancel_called_off",
    "en-KE",
    NBO,
    ("Faith Otieno", "faith.otieno@rift-insurance.example.co.ke"),
    "Interview called off",
    (2026, 12, 11, 16, 0),
    [
        "Dear Alex,",
        "",
        "Kindly note that the interview scheduled for Tuesday 15th December 2026 at",
        "2.00 p.m. EAT has been called off. We shall communicate a new date in due course.",
        "",
        "Faith",
    ],
    ((2026, 12, 15, 14, 0, "Tue"), None, "off"),
    "Cancellation 'has been called off', time wrapped onto the next line.",
    kind="cancellation",
)
m(
    F,
    "gh_neg_aptitude_closes",
    "en-GH",
    ACC,
    ("Kwame Mensah", "kwame.mensah@voltapower.example.com.gh"),
    "Aptitude Test",
    (2026, 12, 8, 9, 0),
    [
        "Dear Alex,",
        "",
        "Please note the online aptitude test closes on Friday 18th December 2026 at 5pm GMT.",
        "Only shortlisted candidates will be contacted for interviews thereafter.",
        "",
        "Kwame",
    ],
    NEG,
    "Negative: an aptitude test closing 18 December 5pm GMT.",
)
m(
    F,
    "ng_neg_screening_all",
    "en-NG",
    LOS,
    ("Chidinma Okafor", "c.okafor@lagoonbank.example.ng"),
    "Recruitment Screening Exercise",
    (2026, 12, 5, 9, 0),
    [
        "Dear Applicant,",
        "",
        "The screening exercise for all applicants holds on Saturday 12th December, 2026 at",
        "8:00am at the Ikeja Centre. Come along with a biro and your acknowledgement slip.",
        "",
        "HR Department",
    ],
    NEG,
    "Negative: a screening day for all applicants.",
)

# -------------------------------------------------------------------------------- desiportal
F = "desiportal"
portal = ("RozgarConnect", "alerts@rozgarconnect.example.in")
m(
    F,
    "hi_dopahar_ist",
    "hi",
    IST,
    ("Pooja Sharma", "pooja.sharma@gangalabs.example.in"),
    "साक्षात्कार हेतु आमंत्रण",
    (2026, 12, 9, 11, 0),
    [
        "प्रिय एलेक्स,",
        "",
        "आपका इंटरव्यू " + cldr("hi", 2026, 12, 15, "EEEE, d MMMM y") + " को दोपहर 3 बजे (IST)",
        "निर्धारित किया गया है। गूगल मीट लिंक: https://meet.google.com/gng-labs-hr",
        "",
        "धन्यवाद,",
        "पूजा शर्मा, एचआर",
    ],
    ((2026, 12, 15, 15, 0, "Tue"), None, "tz"),
    "CLDR Hindi date, 'दोपहर 3 बजे (IST)'.",
)
m(
    F,
    "en_in_portal_dash_month",
    "en-IN",
    IST,
    portal,
    "Interview scheduled: Vindhya Infotech",
    (2026, 12, 10, 9, 0),
    [
        "Hi Alex,",
        "",
        "Vindhya Infotech has scheduled your interview.",
        "Interview Date & Time: 16-Dec-2026 (Wednesday), 11:00 AM - 11:30 AM IST",
        "Mode: Video call",
        "Contact person: Mr. Arvind Nair",
        "",
        "All the best!",
        "Team RozgarConnect",
    ],
    ((2026, 12, 16, 11, 0, "Wed"), (11, 30), "tz"),
    "Portal line '16-Dec-2026 (Wednesday), 11:00 AM - 11:30 AM IST'.",
    html=True,
)
m(
    F,
    "hi_kal_subah",
    "hi",
    IST,
    ("Pooja Sharma", "pooja.sharma@gangalabs.example.in"),
    "कल का इंटरव्यू",
    (2026, 12, 17, 18, 0),
    [
        "एलेक्स जी,",
        "",
        "फ़ोन पर हुई बात के अनुसार, कल सुबह 11:30 बजे हमारे नोएडा ऑफिस में आपका इंटरव्यू है।",
        "",
        "पूजा",
    ],
    ((2026, 12, 18, 11, 30, "Fri"), None, ""),
    "'कल सुबह 11:30 बजे' (tomorrow morning at 11:30), sent Thursday evening.",
)
m(
    F,
    "hi_move_badalkar",
    "hi",
    IST,
    ("Pooja Sharma", "pooja.sharma@gangalabs.example.in"),
    "इंटरव्यू का समय बदला",
    (2026, 12, 18, 15, 0),
    [
        "प्रिय एलेक्स,",
        "",
        "आपका दूसरे चरण का इंटरव्यू 21 दिसंबर से बदलकर बुधवार, 23 दिसंबर 2026 को सुबह 10 बजे",
        "कर दिया गया है।",
        "",
        "पूजा",
    ],
    ((2026, 12, 23, 10, 0, "Wed"), None, ""),
    "Move '21 दिसंबर से बदलकर बुधवार, 23 दिसंबर 2026 को सुबह 10 बजे'.",
    kind="reschedule",
)
m(
    F,
    "hi_neg_upload_docs",
    "hi",
    IST,
    portal,
    "दस्तावेज़ अपलोड करें",
    (2026, 12, 14, 9, 0),
    [
        "नमस्ते एलेक्स,",
        "",
        "कृपया 19 दिसंबर शाम 6 बजे तक अपने दस्तावेज़ अपलोड करें।",
        "इसके बाद कंपनी आपसे इंटरव्यू के लिए संपर्क करेगी।",
        "",
        "टीम रोज़गारकनेक्ट",
    ],
    NEG,
    "Negative: documents to upload by 19 December 6 in the evening.",
    html=True,
)
m(
    F,
    "en_in_neg_walkin_drive",
    "en-IN",
    IST,
    portal,
    "Walk-in Drive: Customer Support (Bengaluru)",
    (2026, 12, 12, 9, 0),
    [
        "Hi Alex,",
        "",
        "Walk-in drive for Customer Support roles on Saturday, 19th December 2026,",
        "10:00 AM to 4:00 PM IST at Koramangala. Carry 2 copies of your resume.",
        "Open to all freshers and experienced candidates.",
        "",
        "Team RozgarConnect",
    ],
    NEG,
    "Negative: an open walk-in drive for anyone.",
    html=True,
)

# ---------------------------------------------------------------------------------- yoamdesk
F = "yoamdesk"
s = ("Adébáyọ̀ Ògúnlèyé", "adebayo.ogunleye@ibadanagro.example.ng")
m(
    F,
    "yo_aago_owuro_wat",
    "yo",
    LOS,
    s,
    "Ìpè fún ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́",
    (2026, 12, 9, 10, 0),
    [
        "Alex ọ̀wọ́n,",
        "",
        "Ìfọ̀rọ̀wánilẹ́nuwò rẹ yóò wáyé ní " + cldr("yo", 2026, 12, 16, "EEEE, d MMMM y") + ",",
        "ní aago mẹ́wàá òwúrọ̀ (10:00 WAT) ní ọ́fíìsì wa ní Ìbàdàn.",
        "",
        "Ẹ ṣé,",
        "Adébáyọ̀",
    ],
    ((2026, 12, 16, 10, 0, "Wed"), None, "off"),
    "CLDR Yoruba date, 'aago mẹ́wàá òwúrọ̀ (10:00 WAT)'.",
)
m(
    F,
    "yo_neg_iwe",
    "yo",
    LOS,
    s,
    "Àwọn ìwé ẹ̀rí",
    (2026, 12, 7, 9, 0),
    [
        "Alex ọ̀wọ́n,",
        "",
        "Jọ̀wọ́ fi àwọn ìwé ẹ̀rí rẹ ránṣẹ́ ṣáájú ọjọ́ Ẹtì, 11 Oṣù Ọ̀pẹ̀,",
        "ní aago márùn-ún ìrọ̀lẹ́ (5:00 PM).",
        "",
        "Adébáyọ̀",
    ],
    NEG,
    "Negative: certificates due before Friday 11 December 5:00 PM.",
)
s2 = ("ሰላማዊት ታደሰ", "selamawit.t@abaybank.example.et")
ey, em, eday = ethiopian(2026, 12, 15)
ETH_MONTHS = tuple(
    ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ"]
)
m(
    F,
    "am_ethiopian_clock",
    "am",
    ADD,
    s2,
    "የቃለ መጠይቅ ግብዣ",
    (2026, 12, 9, 9, 0),
    [
        "ውድ Alex፣",
        "",
        f"ቃለ መጠይቁ ማክሰኞ {ETH_MONTHS[em - 1]} {eday} ቀን {ey} ዓ.ም ("
        + cldr("am", 2026, 12, 15, "d MMMM y")
        + ")",
        "ከጠዋቱ 4:00 ሰዓት በዋናው መሥሪያ ቤታችን (ቦሌ) ይካሄዳል።",
        "",
        "ከሰላምታ ጋር፣",
        "ሰላማዊት ታደሰ",
    ],
    ((2026, 12, 15, 10, 0, "Tue"), None, ""),
    "Ethiopian date with the Gregorian in brackets; 'ከጠዋቱ 4:00 ሰዓት' is the Ethiopian day"
    " clock (10:00).",
)
m(
    F,
    "am_range_gregorian_clock",
    "am",
    ADD,
    s2,
    "የኦንላይን ቃለ መጠይቅ",
    (2026, 12, 10, 9, 0),
    [
        "ውድ Alex፣",
        "",
        "ቀን: " + cldr("am", 2026, 12, 17, "EEEE, d MMMM y"),
        "ሰዓት: 14:00 - 14:45 (EAT)",
        "ሊንክ: https://meet.abaybank.example/a-17",
        "",
        "ሰላማዊት",
    ],
    ((2026, 12, 17, 14, 0, "Thu"), (14, 45), "off"),
    "CLDR Amharic date and a 24-hour range with EAT.",
)
m(
    F,
    "am_neg_result",
    "am",
    ADD,
    s2,
    "ምስጋና",
    (2026, 12, 15, 16, 0),
    [
        "ውድ Alex፣",
        "",
        "ዛሬ ለቃለ መጠይቁ ስለተገኙ እናመሰግናለን። ውጤቱን እስከ ታኅሣሥ 15 ቀን በኢሜል እናሳውቃለን።",
        "",
        "ሰላማዊት",
    ],
    NEG,
    "Negative: thanks after the interview; the result by an Ethiopian date.",
)


def to_html(body: list[str]) -> str:
    rows = []
    for text in body:
        if ":" in text and len(text.split(":", 1)[0]) < 30 and not text.startswith("http"):
            key, value = text.split(":", 1)
            rows.append(
                f'<tr><td style="padding:4px 8px;color:#555">{htmlmod.escape(key)}</td>'
                f'<td style="padding:4px 8px"><b>{htmlmod.escape(value.strip())}</b></td></tr>'
            )
        elif text:
            cell = htmlmod.escape(text)
            rows.append(f'<tr><td colspan="2" style="padding:4px 8px">{cell}</td></tr>')
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        '<table role="presentation" cellpadding="0" cellspacing="0" style="font-family:Arial">'
        + "".join(rows)
        + "</table></body></html>"
    )


def build() -> list[Case]:
    cases: list[Case] = []
    for item in MAILS:
        family, name, lang, zone, sender, subject, sent_at, body, when, note, kind, html = item
        assert isinstance(family, str)
        assert isinstance(name, str)
        assert isinstance(zone, str)
        assert isinstance(body, list)
        assert isinstance(sent_at, tuple)
        sent = at(*sent_at, zone)
        if when is None:
            label: dict[str, object] = {"kind": "not_invitation"}
        else:
            assert isinstance(when, tuple)
            (y, mo, d, h, mi, wd), end, stated = when
            start = at(y, mo, d, h, mi, zone, wd)
            stop = start.replace(hour=end[0], minute=end[1]) if end else None
            label = {
                "kind": kind,
                **pp.timed(
                    start,
                    stop,
                    zone=zone if stated == "tz" else None,
                    sent=None if stated else sent,
                ),
            }
        text = "\n".join(body) + "\n"
        raw = mail(
            f"southlangs13/{family}/{name}",
            sender=sender,
            to=ME,
            subject=subject,
            sent=sent,
            text=text,
            html=to_html(body) if html else None,
        )
        cases.append(
            Case(
                family,
                SPLITS[family],
                name,
                raw,
                label,
                lang,
                note,
                SOURCES[family] + "; " + HAND,
                OWN,
            )
        )
    return cases


MEASURED = (
    "First sight, with `/work/notes/quick.py`'s rules (text start, and end where labelled, "
    "right; a negative is claimed when the parser says invitation with confidence >= 0.5), "
    "on the 85 messages as first written, main at e73d722 and no parser change: dev start "
    "right on 36 of 43 invitations (21 with confidence >= 0.5), 0 of 18 negatives claimed; "
    "held out 14 of 16 (11 sure), 1 of 8 claimed (aggregate only). After the southlangs13 "
    "rules (made from the dev misses only) and merging main at 228fde5: dev 42 of 43 (39 "
    "sure), 0 of 18 claimed; held out 14 of 16 (13 sure), 0 of 8 claimed. Whole corpus "
    "then: dev text 1247/1255, false 2/843; heldout text 608/648, false 30/420 (main's "
    "parser on the same files: dev 1241/1255, 2/843; heldout 608/648, 31/420; no file lost "
    "a right answer). Left: a Vietnamese move whose new hour ends one line and whose date "
    "opens the next ('sang 15h00 chiều' / 'thứ Hai, ngày 21/12/2026') takes the old day."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the southlangs13 batch (`build_southlangs13.py`)",
        "",
        "Recruiting and scheduling mail from South and South-East Asia, Africa and the Middle "
        "East, typed by HR staff or sent by regional job portals, in the local languages and "
        "local Englishes. Every sentence is ours; month, weekday and day-period names on the "
        "date lines marked 'CLDR' in the notes were rendered with Babel's CLDR data "
        "(babel.dates.format_date) and digits were converted to the script's own "
        "(Devanagari, Gujarati, Arabic-Indic, Extended Arabic-Indic, Myanmar, Khmer). Solar "
        "Hijri dates are computed from 1 Farvardin 1405 = 21 March 2026 (31-day months "
        "Farvardin-Shahrivar, 30-day Mehr-Bahman); Ethiopian dates from Meskerem 1, 2019 E.C. "
        "= 11 September 2026; Thai years are Buddhist era (+543). People, companies, portals, "
        "addresses and links are made up; portal names are stand-ins. No real product "
        "template was fetched. Every label was written from the datetimes the text is "
        "rendered from (zoneinfo; weekday names checked against the date), before the parser "
        "was run on the message. Zones named by one word ('بتوقيت مكة', 'بتوقيت الرياض', 'به "
        "وقت تهران', 'नेपाल समय', 'မြန်မာစံတော်ချိန်', 'giờ Việt Nam', 'oras sa Pilipinas', "
        "'שעון ישראל', TSİ, WITA, WIT, IST in an Indian mail) are labelled; shared "
        "abbreviations and offsets (EAT, WAT, CAT, SAST, GST, IRST) state the instant but "
        "carry no timezone label.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "## Measured",
        "",
        MEASURED,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_southlangs13.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = build()
    pp.write_batch(cases, SPLITS, "PROVENANCE-southlangs13.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
