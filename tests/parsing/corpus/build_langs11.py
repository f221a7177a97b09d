"""Write the "langs11" batch: hand-written recruiting mail in languages the corpus lacked.

Run: .venv/bin/python tests/parsing/corpus/build_langs11.py

Interview invitations as recruiters and HR desks write them by hand in Nepali, Sinhala,
Marathi, Gujarati, Punjabi, Hindi in Latin script, Telugu, Kannada, Malayalam, Burmese, Khmer,
Lao, Mongolian, Georgian, Armenian, Azerbaijani, Uzbek, Kazakh, Kyrgyz, Tajik, Pashto, Amharic,
Somali, Hausa, Yoruba, Zulu, Afrikaans, Icelandic, Irish, Welsh, Maltese, Luxembourgish,
Basque, Galician, Catalan, Albanian, Macedonian, Bosnian, Belarusian, Arabizi, Egyptian and
Gulf Arabic, and colloquial Brazilian and European Portuguese; each with its own words for the
hour (o'clock words, parts of the day, 12h and 24h, the Ethiopian day clock), the date (month
names and their genitive or dative forms, numeric orders) and the interview. About a quarter
are look-alikes from the same desks: thanks after an interview, deadlines, rejections, event
newsletters. All sentences are ours; month and weekday names were checked against CLDR (Babel)
renderings, not copied from any mail. People, companies and addresses are made up. Every label
comes from the datetimes the text is rendered from (zoneinfo; weekday names in the text are
checked against the date) and was written before the parser was run on the message. Mail
helpers are those of build_parse-pos.py, loaded, not copied. Output is deterministic; the
script deletes or writes only its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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
NEG = None

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "southasia": "dev",
    "dravida": "dev",
    "mekong": "dev",
    "caucasus": "dev",
    "steppe": "dev",
    "africa": "dev",
    "isles": "dev",
    "iberia": "dev",
    "balkan": "dev",
    "arabcolloq": "dev",
    "smsnote": "heldout",
    "agencyrec": "heldout",
    "campusdesk": "heldout",
    "govdesk": "heldout",
    "colloqchat": "heldout",
}
SOURCES = {
    "southasia": "HR desks in Nepal, Sri Lanka and India writing in ne, si, mr, gu, pa and "
    "Hindi in Latin script",
    "dravida": "HR desks in South India writing in te, kn, ml",
    "mekong": "HR desks in Myanmar, Cambodia and Laos (my, km, lo)",
    "caucasus": "HR desks in Georgia, Armenia and Azerbaijan (ka, hy, az)",
    "steppe": "HR desks in Uzbekistan, Kazakhstan, Kyrgyzstan and Mongolia (uz, kk, ky, mn)",
    "africa": "HR desks in Ethiopia, Somalia, Nigeria and South Africa (am, so, ha, yo, zu, af)",
    "isles": "HR desks in Iceland, Ireland, Wales, Malta and Luxembourg (is, ga, cy, mt, lb)",
    "iberia": "HR desks in the Basque Country, Galicia, Catalonia, Brazil and Portugal "
    "(eu, gl, ca, pt-BR, pt-PT colloquial)",
    "balkan": "HR desks in Albania, North Macedonia, Bosnia and Belarus (sq, mk, bs, be)",
    "arabcolloq": "Recruiters writing Arabizi, Egyptian and Gulf colloquial Arabic",
    "smsnote": "short SMS-like notes from recruiters (tg, ps, ky, so, Hindi in Latin script)",
    "agencyrec": "staffing-agency recruiters (mn, be, lb, zu, kn, si)",
    "campusdesk": "university career desks relaying employer interviews (is, eu, ml, km, ha, ka)",
    "govdesk": "public-sector and NGO HR offices (ne, am, uz, hy, sq, mk)",
    "colloqchat": "recruiters writing chat-like colloquial mail (pt-BR, pt-PT, gl, ca, mt, "
    "Egyptian Arabic)",
}
HAND = "hand-written by HR staff and recruiters; " + OWN
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# One mail: family, name, language, zone, sender, subject, sent (m, d, h, mi), body lines,
# slot ((m, d, h, mi, weekday), (end h, mi) or None, zone stated in text) or NEG, note.
Slot = tuple[tuple[int, int, int, int, str], tuple[int, int] | None, bool] | None
MAILS: list[
    tuple[str, str, str, str, tuple[str, str], str, tuple[int, int, int, int], list[str], Slot, str]
] = []


def m(
    family: str,
    name: str,
    lang: str,
    zone: str,
    sender: tuple[str, str],
    subject: str,
    sent: tuple[int, int, int, int],
    body: list[str],
    when: Slot,
    note: str,
) -> None:
    MAILS.append((family, name, lang, zone, sender, subject, sent, body, when, note))


KTM, CMB, IST = "Asia/Kathmandu", "Asia/Colombo", "Asia/Kolkata"
RGN, PNH, VTE, ULN = "Asia/Yangon", "Asia/Phnom_Penh", "Asia/Vientiane", "Asia/Ulaanbaatar"
TBS, EVN, BAK = "Asia/Tbilisi", "Asia/Yerevan", "Asia/Baku"
TAS, ALA, FRU, DYU, KBL = (
    "Asia/Tashkent",
    "Asia/Almaty",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "Asia/Kabul",
)
ADD, MGQ, LOS, JNB = "Africa/Addis_Ababa", "Africa/Mogadishu", "Africa/Lagos", "Africa/Johannesburg"
REK, DUB, LON, MLA, LUX = (
    "Atlantic/Reykjavik",
    "Europe/Dublin",
    "Europe/London",
    "Europe/Malta",
    "Europe/Luxembourg",
)
MAD, SAO, LIS = "Europe/Madrid", "America/Sao_Paulo", "Europe/Lisbon"
TIA, SKP, SJJ, MSQ = "Europe/Tirane", "Europe/Skopje", "Europe/Sarajevo", "Europe/Minsk"
CAI, DXB, RUH = "Africa/Cairo", "Asia/Dubai", "Asia/Riyadh"

# --------------------------------------------------------------------------------- southasia
F = "southasia"
s = ("Sushila Karki", "sushila.karki@himalbank.example.np")
m(
    F,
    "ne_bihan_baje",
    "ne",
    KTM,
    s,
    "अन्तर्वार्ताको लागि आमन्त्रण",
    (11, 10, 11, 5),
    [
        "आदरणीय एलेक्स जी,",
        "",
        "हिमाल डिजिटल बैंकको सफ्टवेयर इन्जिनियर पदका लागि तपाईंलाई अन्तर्वार्तामा बोलाइएको छ।",
        "मिति: २०२६ नोभेम्बर १८, बुधबार",
        "समय: बिहान ११ बजे",
        "स्थान: कमलादी, काठमाडौं (तेस्रो तल्ला)",
        "",
        "कृपया नागरिकताको प्रतिलिपि साथमा ल्याउनुहोला।",
        "सुशीला कार्की, मानव संसाधन",
    ],
    ((11, 18, 11, 0, "Wed"), None, False),
    "Devanagari digits, 'बिहान ११ बजे' (morning, o'clock word बजे).",
)
m(
    F,
    "ne_diuso_range",
    "ne",
    KTM,
    s,
    "दोस्रो चरणको अन्तर्वार्ता",
    (11, 20, 15, 40),
    [
        "नमस्ते एलेक्स जी,",
        "",
        "पहिलो चरण सफल भएकोमा बधाई छ। दोस्रो चरणको अन्तर्वार्ता डिसेम्बर ३ (बिहीबार)",
        "दिउँसो २:३० बजेदेखि ३:३० बजेसम्म हुनेछ। Zoom लिंक छुट्टै पठाइनेछ।",
        "",
        "धन्यवाद,",
        "सुशीला",
    ],
    ((12, 3, 14, 30, "Thu"), (15, 30), False),
    "'दिउँसो २:३० बजेदेखि ३:३० बजेसम्म' (afternoon, from/until suffixes glued to बजे).",
)
m(
    F,
    "ne_result_neg",
    "ne",
    KTM,
    s,
    "अन्तर्वार्तापछि धन्यवाद",
    (11, 19, 17, 0),
    [
        "आदरणीय एलेक्स जी,",
        "",
        "हिजो बिहान ११ बजे अन्तर्वार्तामा सहभागी हुनुभएकोमा धन्यवाद।",
        "नतिजा दुई हप्ताभित्र इमेलमार्फत जानकारी गराइनेछ।",
        "सुशीला कार्की",
    ],
    NEG,
    "Thanks after yesterday's interview, 'हिजो बिहान ११ बजे'; result within two weeks.",
)
s = ("Nadeeka Perera", "nadeeka.p@lankatea.example.lk")
m(
    F,
    "si_dotted_pv",
    "si",
    CMB,
    s,
    "සම්මුඛ පරීක්ෂණය - ගිණුම් සහකාර",
    (11, 12, 9, 30),
    [
        "හිතවත් ඇලෙක්ස් මහතා,",
        "",
        "ගිණුම් සහකාර තනතුර සඳහා ඔබව සම්මුඛ පරීක්ෂණයකට කැඳවීමට සතුටු වෙමු.",
        "දිනය: 2026.11.19 (බ්‍රහස්පතින්දා)",
        "වේලාව: පෙ.ව. 10.00ට",
        "ස්ථානය: අංක 45, ගාලු පාර, කොළඹ 03",
        "",
        "නදීකා පෙරේරා",
        "මානව සම්පත් අංශය",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "'2026.11.19' and 'පෙ.ව. 10.00ට' (Sinhala a.m. abbreviation, dotted time).",
)
m(
    F,
    "si_month_pv_range",
    "si",
    CMB,
    s,
    "දෙවන වටයේ සම්මුඛ පරීක්ෂණය",
    (11, 18, 14, 0),
    [
        "හිතවත් ඇලෙක්ස් මහතා,",
        "",
        "දෙවන වටයේ සම්මුඛ පරීක්ෂණය නොවැම්බර් 24 අඟහරුවාදා ප.ව. 2.30 සිට 3.15 දක්වා",
        "Microsoft Teams හරහා පැවැත්වේ.",
        "",
        "නදීකා",
    ],
    ((11, 24, 14, 30, "Tue"), (15, 15), False),
    "'නොවැම්බර් 24 ... ප.ව. 2.30 සිට 3.15 දක්වා' (p.m. abbreviation, from/until).",
)
s = ("Pooja Kulkarni", "pooja.kulkarni@sahyadri-auto.example.in")
m(
    F,
    "mr_dupari_vajta",
    "mr",
    IST,
    s,
    "मुलाखतीसाठी निमंत्रण",
    (11, 13, 10, 0),
    [
        "नमस्कार अॅलेक्स,",
        "",
        "गुणवत्ता अभियंता पदासाठी आपली मुलाखत शुक्रवार, २० नोव्हेंबर २०२६ रोजी",
        "दुपारी ३ वाजता आमच्या चाकण येथील कार्यालयात होईल.",
        "कृपया मूळ कागदपत्रे सोबत आणावीत.",
        "",
        "पूजा कुलकर्णी, मनुष्यबळ विभाग",
    ],
    ((11, 20, 15, 0, "Fri"), None, False),
    "'दुपारी ३ वाजता' (afternoon, Marathi o'clock word वाजता).",
)
m(
    F,
    "mr_deadline_neg",
    "mr",
    IST,
    s,
    "कागदपत्रे पाठवण्याची अंतिम मुदत",
    (11, 16, 12, 0),
    [
        "नमस्कार अॅलेक्स,",
        "",
        "आपली कागदपत्रे २७/११/२०२६ रोजी संध्याकाळी ५ वाजेपर्यंत पोर्टलवर अपलोड करावीत.",
        "त्यानंतर अर्ज विचारात घेतला जाणार नाही.",
        "पूजा",
    ],
    NEG,
    "Document deadline 'संध्याकाळी ५ वाजेपर्यंत' (until 5 in the evening).",
)
s = ("Hetal Patel", "hetal.patel@narmadatextiles.example.in")
m(
    F,
    "gu_bapore_vagye",
    "gu",
    IST,
    s,
    "ઇન્ટરવ્યૂ માટે આમંત્રણ",
    (11, 11, 11, 30),
    [
        "પ્રિય એલેક્સ,",
        "",
        "સેલ્સ મેનેજરની જગ્યા માટે આપનો ઇન્ટરવ્યૂ બુધવાર, ૧૮ નવેમ્બર ૨૦૨૬ ના રોજ",
        "બપોરે ૨ વાગ્યે અમદાવાદ ઑફિસમાં રાખેલ છે.",
        "",
        "આભાર,",
        "હેતલ પટેલ",
    ],
    ((11, 18, 14, 0, "Wed"), None, False),
    "Gujarati digits, 'બપોરે ૨ વાગ્યે' (afternoon, o'clock word વાગ્યે).",
)
s = ("Gurpreet Sandhu", "gurpreet@panjabagro.example.in")
m(
    F,
    "pa_sham_vaje",
    "pa",
    IST,
    s,
    "ਇੰਟਰਵਿਊ ਬਾਰੇ ਸੂਚਨਾ",
    (11, 17, 9, 0),
    [
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਐਲੈਕਸ ਜੀ,",
        "",
        "ਤੁਹਾਡਾ ਇੰਟਰਵਿਊ ਬੁੱਧਵਾਰ, 25 ਨਵੰਬਰ 2026 ਨੂੰ ਸ਼ਾਮ 4 ਵਜੇ ਲੁਧਿਆਣਾ ਦਫ਼ਤਰ ਵਿੱਚ ਹੋਵੇਗਾ।",
        "ਕਿਰਪਾ ਕਰਕੇ 15 ਮਿੰਟ ਪਹਿਲਾਂ ਪਹੁੰਚੋ।",
        "",
        "ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ, HR",
    ],
    ((11, 25, 16, 0, "Wed"), None, False),
    "'ਸ਼ਾਮ 4 ਵਜੇ' (evening, Punjabi o'clock word ਵਜੇ).",
)
s = ("Neha Bansal", "neha.bansal@zippyhire.example.in")
m(
    F,
    "hi_latn_kal_dopahar",
    "hi-Latn",
    IST,
    s,
    "Interview kal",
    (11, 17, 10, 20),
    [
        "Hi Alex,",
        "",
        "Aapka technical interview kal dopahar 2 baje fix ho gaya hai, Google Meet pe.",
        "Link thodi der mein bhej dungi. Resume ki ek copy ready rakhna.",
        "",
        "Thanks,",
        "Neha",
    ],
    ((11, 18, 14, 0, "Wed"), None, False),
    "Hinglish 'kal dopahar 2 baje' (tomorrow afternoon 2 o'clock), sent Tuesday.",
)
m(
    F,
    "hi_latn_subah_date",
    "hi-Latn",
    IST,
    s,
    "HR round schedule",
    (11, 19, 16, 0),
    [
        "Hello Alex,",
        "",
        "Aapka HR round 24 Nov (Tuesday) ko subah 11:30 baje rakha hai.",
        "Office address: 3rd floor, Cyber Hub, Gurugram. Aadhaar card saath laana.",
        "",
        "Neha, ZippyHire",
    ],
    ((11, 24, 11, 30, "Tue"), None, False),
    "'24 Nov (Tuesday) ko subah 11:30 baje'.",
)
m(
    F,
    "hi_latn_thanks_neg",
    "hi-Latn",
    IST,
    s,
    "Thank you",
    (11, 25, 18, 0),
    [
        "Hi Alex,",
        "",
        "Aaj ke interview ke liye shukriya. Panel ka feedback 1 hafte mein aa jayega,",
        "main aapko call karke bata dungi.",
        "Neha",
    ],
    NEG,
    "Thanks after today's interview; feedback within a week.",
)

# ----------------------------------------------------------------------------------- dravida
F = "dravida"
s = ("Lakshmi Reddy", "lakshmi.reddy@godavari-soft.example.in")
m(
    F,
    "te_madhyahnam",
    "te",
    IST,
    s,
    "ఇంటర్వ్యూ ఆహ్వానం",
    (11, 12, 10, 0),
    [
        "ప్రియమైన అలెక్స్ గారు,",
        "",
        "డేటా అనలిస్ట్ పోస్టు కోసం మీ ఇంటర్వ్యూ 19 నవంబర్ 2026, గురువారం",
        "మధ్యాహ్నం 2 గంటలకు మా హైదరాబాద్ కార్యాలయంలో జరుగుతుంది.",
        "",
        "లక్ష్మి రెడ్డి, HR",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "'మధ్యాహ్నం 2 గంటలకు' (afternoon, Telugu 'hours-at').",
)
m(
    F,
    "te_sayantram_range",
    "te",
    IST,
    s,
    "రెండవ రౌండ్ ఇంటర్వ్యూ",
    (11, 24, 12, 0),
    [
        "అలెక్స్ గారు,",
        "",
        "మీ రెండవ రౌండ్ ఇంటర్వ్యూ డిసెంబర్ 2, బుధవారం సాయంత్రం 4:30 నుండి 5:15 వరకు",
        "ఆన్‌లైన్‌లో ఉంటుంది.",
        "లక్ష్మి",
    ],
    ((12, 2, 16, 30, "Wed"), (17, 15), False),
    "'సాయంత్రం 4:30 నుండి 5:15 వరకు' (evening, from/until).",
)
m(
    F,
    "te_reject_neg",
    "te",
    IST,
    s,
    "మీ దరఖాస్తు గురించి",
    (11, 27, 11, 0),
    [
        "అలెక్స్ గారు,",
        "",
        "నవంబర్ 19న జరిగిన ఇంటర్వ్యూకు హాజరైనందుకు ధన్యవాదాలు. ఈసారి మేము వేరే",
        "అభ్యర్థిని ఎంపిక చేసుకున్నాము. మీకు శుభాకాంక్షలు.",
        "లక్ష్మి",
    ],
    NEG,
    "Rejection after the 19 November interview.",
)
s = ("Shruthi Gowda", "shruthi.gowda@kaveri-labs.example.in")
m(
    F,
    "kn_beligge",
    "kn",
    IST,
    s,
    "ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನ",
    (11, 13, 15, 0),
    [
        "ಆತ್ಮೀಯ ಅಲೆಕ್ಸ್,",
        "",
        "ನಿಮ್ಮ ಸಂದರ್ಶನವನ್ನು ನವೆಂಬರ್ 20, 2026 (ಶುಕ್ರವಾರ) ಬೆಳಿಗ್ಗೆ 10:30 ಗಂಟೆಗೆ",
        "ಬೆಂಗಳೂರಿನ ನಮ್ಮ ಕಚೇರಿಯಲ್ಲಿ ನಿಗದಿಪಡಿಸಲಾಗಿದೆ.",
        "",
        "ಶ್ರುತಿ ಗೌಡ",
    ],
    ((11, 20, 10, 30, "Fri"), None, False),
    "'ಬೆಳಿಗ್ಗೆ 10:30 ಗಂಟೆಗೆ' (morning, Kannada 'hours-at').",
)
s = ("Anjali Nair", "anjali.nair@malabar-spices.example.in")
m(
    F,
    "ml_uchaykku",
    "ml",
    IST,
    s,
    "അഭിമുഖത്തിനുള്ള ക്ഷണം",
    (11, 16, 9, 45),
    [
        "പ്രിയ അലക്സ്,",
        "",
        "നിങ്ങളുടെ അഭിമുഖം 2026 നവംബർ 23 (തിങ്കളാഴ്ച) ഉച്ചയ്ക്ക് 2 മണിക്ക്",
        "കൊച്ചി ഓഫീസിൽ വെച്ച് നടക്കും.",
        "",
        "അഞ്ജലി നായർ",
    ],
    ((11, 23, 14, 0, "Mon"), None, False),
    "'ഉച്ചയ്ക്ക് 2 മണിക്ക്' (noon-time, Malayalam o'clock word മണിക്ക്).",
)
m(
    F,
    "ml_webinar_neg",
    "ml",
    IST,
    s,
    "കരിയർ വെബിനാർ",
    (11, 16, 12, 0),
    [
        "പ്രിയ ഉദ്യോഗാർത്ഥികളേ,",
        "",
        "ഡിസംബർ 5 ശനിയാഴ്ച വൈകുന്നേരം 6 മണിക്ക് ഞങ്ങളുടെ കരിയർ വെബിനാർ നടക്കും.",
        "എല്ലാവർക്കും പങ്കെടുക്കാം. രജിസ്ട്രേഷൻ സൗജന്യമാണ്.",
        "മലബാർ സ്പൈസസ് HR ടീം",
    ],
    NEG,
    "Event newsletter: a career webinar open to everyone.",
)

# ------------------------------------------------------------------------------------ mekong
F = "mekong"
s = ("Daw Thandar Aung", "thandar.aung@irrawaddy-trade.example.mm")
m(
    F,
    "my_nanet_nayi",
    "my",
    RGN,
    s,
    "အင်တာဗျူး ဖိတ်ကြားခြင်း",
    (11, 12, 10, 0),
    [
        "မင်္ဂလာပါ Alex ရှင့်၊",
        "",
        "စာရင်းကိုင် ရာထူးအတွက် အင်တာဗျူးကို ၂၀၂၆ ခုနှစ် နိုဝင်ဘာလ ၁၉ ရက် (ကြာသပတေးနေ့)",
        "နံနက် ၁၀ နာရီတွင် ရန်ကုန်ရုံးခန်း၌ ပြုလုပ်ပါမည်။",
        "",
        "သန္တာအောင်၊ HR",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "Myanmar digits, 'နိုဝင်ဘာလ ၁၉ ရက်', 'နံနက် ၁၀ နာရီ' (morning, hour word နာရီ).",
)
m(
    F,
    "my_nelae",
    "my",
    RGN,
    s,
    "ဒုတိယအဆင့် အင်တာဗျူး",
    (11, 20, 9, 0),
    [
        "Alex ရှင့်၊",
        "",
        "ဒုတိယအဆင့် အင်တာဗျူးကို နိုဝင်ဘာ ၂၆ ရက် ကြာသပတေးနေ့ နေ့လည် ၂ နာရီ ၃၀ မိနစ်တွင်",
        "Zoom ဖြင့် ပြုလုပ်ပါမည်။",
        "သန္တာ",
    ],
    ((11, 26, 14, 30, "Thu"), None, False),
    "'နေ့လည် ၂ နာရီ ၃၀ မိနစ်' (midday 2 hours 30 minutes).",
)
m(
    F,
    "my_thanks_neg",
    "my",
    RGN,
    s,
    "ကျေးဇူးတင်ပါသည်",
    (11, 27, 16, 0),
    [
        "Alex ရှင့်၊",
        "",
        "ယနေ့ အင်တာဗျူးသို့ တက်ရောက်ပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်။",
        "ရလဒ်ကို တစ်ပတ်အတွင်း အကြောင်းကြားပါမည်။",
        "သန္တာ",
    ],
    NEG,
    "Thanks after today's interview.",
)
s = ("Sok Chanthy", "chanthy.sok@angkor-micro.example.kh")
m(
    F,
    "km_rosial",
    "km",
    PNH,
    s,
    "ការអញ្ជើញមកសម្ភាសន៍",
    (11, 11, 8, 30),
    [
        "ជម្រាបសួរ លោក Alex,",
        "",
        "យើងខ្ញុំសូមអញ្ជើញលោកមកសម្ភាសន៍ការងារ នៅថ្ងៃព្រហស្បតិ៍ ទី១៩ ខែវិច្ឆិកា ឆ្នាំ២០២៦",
        "វេលាម៉ោង ២ រសៀល នៅការិយាល័យភ្នំពេញ។",
        "",
        "សុខ ចន្ធី ផ្នែកធនធានមនុស្ស",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Khmer digits, 'ទី១៩ ខែវិច្ឆិកា', 'ម៉ោង ២ រសៀល' (hour word first, afternoon after).",
)
m(
    F,
    "km_deadline_neg",
    "km",
    PNH,
    s,
    "ថ្ងៃផុតកំណត់ដាក់ពាក្យ",
    (11, 11, 9, 0),
    ["ជម្រាបសួរ,", "", "សូមផ្ញើឯកសារបន្ថែមមុនថ្ងៃសុក្រ ទី២០ ខែវិច្ឆិកា ម៉ោង ៥ ល្ងាច។", "សុខ ចន្ធី"],
    NEG,
    "Deadline for documents 'before Friday 20 November, 5 in the evening'.",
)
s = ("Phonesavanh Keomany", "phonesavanh@mekong-energy.example.la")
m(
    F,
    "lo_bai_mong",
    "lo",
    VTE,
    s,
    "ເຊີນສໍາພາດວຽກ",
    (11, 13, 10, 0),
    [
        "ສະບາຍດີ ທ່ານ Alex,",
        "",
        "ບໍລິສັດຂໍເຊີນທ່ານມາສໍາພາດວຽກ ໃນວັນພະຫັດ ທີ 19 ພະຈິກ 2026",
        "ເວລາ ບ່າຍ 2 ໂມງ ທີ່ຫ້ອງການນະຄອນຫຼວງວຽງຈັນ.",
        "",
        "ພອນສະຫວັນ, ຝ່າຍບຸກຄະລາກອນ",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "'ບ່າຍ 2 ໂມງ' (afternoon 2 o'clock, as Thai บ่าย/โมง).",
)
m(
    F,
    "lo_chao_range",
    "lo",
    VTE,
    s,
    "ນັດສໍາພາດຮອບສອງ",
    (11, 20, 11, 0),
    ["ທ່ານ Alex,", "", "ການສໍາພາດຮອບສອງ ວັນອັງຄານ ທີ 1 ທັນວາ 2026 ເວລາ 9:00 - 10:00 ໂມງເຊົ້າ.", "ພອນສະຫວັນ"],
    ((12, 1, 9, 0, "Tue"), (10, 0), False),
    "'ທັນວາ', '9:00 - 10:00 ໂມງເຊົ້າ' (o'clock morning after a range).",
)

# ---------------------------------------------------------------------------------- caucasus
F = "caucasus"
s = ("Nino Beridze", "nino.beridze@kartli-pay.example.ge")
m(
    F,
    "ka_saatze",
    "ka",
    TBS,
    s,
    "მოწვევა გასაუბრებაზე",
    (11, 12, 11, 0),
    [
        "გამარჯობა ალექს,",
        "",
        "გიწვევთ გასაუბრებაზე 19 ნოემბერს, ხუთშაბათს, 14:00 საათზე, ჩვენს თბილისის ოფისში.",
        "გასაუბრება გაგრძელდება დაახლოებით ერთი საათი.",
        "",
        "ნინო ბერიძე, HR",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Georgian dative month 'ნოემბერს', '14:00 საათზე' (hour word with locative).",
)
m(
    F,
    "ka_year_form",
    "ka",
    TBS,
    s,
    "მეორე ეტაპი",
    (11, 20, 10, 0),
    [
        "ალექს,",
        "",
        "მეორე ეტაპის გასაუბრება ჩატარდება 2026 წლის 1 დეკემბერს, 11 საათზე, Zoom-ით.",
        "ნინო",
    ],
    ((12, 1, 11, 0, "Tue"), None, False),
    "'2026 წლის 1 დეკემბერს, 11 საათზე' (year genitive, bare hour with o'clock word).",
)
m(
    F,
    "ka_reject_neg",
    "ka",
    TBS,
    s,
    "თქვენი განაცხადი",
    (11, 25, 15, 0),
    [
        "ალექს,",
        "",
        "მადლობა 19 ნოემბრის გასაუბრებისთვის. სამწუხაროდ, ამჯერად სხვა კანდიდატი შევარჩიეთ.",
        "ნინო",
    ],
    NEG,
    "Rejection after the interview.",
)
s = ("Anush Petrosyan", "anush.petrosyan@ararat-soft.example.am")
m(
    F,
    "hy_zhamy",
    "hy",
    EVN,
    s,
    "Հրավեր հարցազրույցի",
    (11, 13, 10, 30),
    [
        "Հարգելի Ալեքս,",
        "",
        "Հրավիրում ենք Ձեզ հարցազրույցի 2026 թ. նոյեմբերի 20-ին, ուրբաթ, ժամը 15:00-ին,",
        "մեր Երևանի գրասենյակում։",
        "",
        "Անուշ Պետրոսյան",
    ],
    ((11, 20, 15, 0, "Fri"), None, False),
    "Armenian genitive month 'նոյեմբերի 20-ին', 'ժամը 15:00-ին'.",
)
m(
    F,
    "hy_fair_neg",
    "hy",
    EVN,
    s,
    "Աշխատանքի տոնավաճառ",
    (11, 13, 12, 0),
    [
        "Բարև Ձեզ,",
        "",
        "Դեկտեմբերի 5-ին, ժամը 11:00-ին, տեղի կունենա աշխատանքի տոնավաճառ։ Մուտքն ազատ է։",
        "Արարատ Սոֆթ",
    ],
    NEG,
    "Event newsletter: job fair open to all.",
)
s = ("Leyla Mammadova", "leyla.mammadova@xazar-bank.example.az")
m(
    F,
    "az_saat_da",
    "az",
    BAK,
    s,
    "Müsahibəyə dəvət",
    (11, 11, 9, 0),
    [
        "Hörmətli Aleks,",
        "",
        "Sizi 19 noyabr 2026-cı il, cümə axşamı, saat 11:00-da müsahibəyə dəvət edirik.",
        "Ünvan: Nizami küç. 12, Bakı.",
        "",
        "Leyla Məmmədova, İnsan resursları",
    ],
    ((11, 19, 11, 0, "Thu"), None, False),
    "'19 noyabr 2026-cı il, ... saat 11:00-da'.",
)
m(
    F,
    "az_range_de",
    "az",
    BAK,
    s,
    "İkinci mərhələ",
    (11, 20, 14, 0),
    [
        "Aleks bəy,",
        "",
        "İkinci mərhələ 26 noyabr, cümə axşamı saat 15:00-dan 16:00-dək onlayn keçiriləcək.",
        "Leyla",
    ],
    ((11, 26, 15, 0, "Thu"), (16, 0), False),
    "'saat 15:00-dan 16:00-dək' (ablative and terminative suffixes).",
)

# ------------------------------------------------------------------------------------ steppe
F = "steppe"
s = ("Dilnoza Karimova", "dilnoza.karimova@samarqand-tex.example.uz")
m(
    F,
    "uz_soat_da",
    "uz",
    TAS,
    s,
    "Suhbatga taklif",
    (11, 12, 10, 0),
    [
        "Hurmatli Aleks,",
        "",
        "Sizni 19-noyabr, payshanba kuni soat 14:00 da suhbatga taklif qilamiz.",
        "Manzil: Toshkent, Amir Temur ko'chasi 5.",
        "",
        "Dilnoza Karimova, HR",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "'19-noyabr, payshanba kuni soat 14:00 da'.",
)
s = ("Aigerim Nurlanovna", "aigerim@dala-logistics.example.kz")
m(
    F,
    "kk_sagat",
    "kk",
    ALA,
    s,
    "Сұхбатқа шақыру",
    (11, 13, 11, 0),
    [
        "Құрметті Алекс,",
        "",
        "Сізді 20 қараша, жұма күні сағат 10:30-да сұхбатқа шақырамыз.",
        "Мекенжай: Алматы, Абай даңғылы 10.",
        "",
        "Айгерім, HR",
    ],
    ((11, 20, 10, 30, "Fri"), None, False),
    "Kazakh month 'қараша', 'сағат 10:30-да'.",
)
m(
    F,
    "kk_deadline_neg",
    "kk",
    ALA,
    s,
    "Тест тапсырмасы",
    (11, 13, 12, 0),
    [
        "Алекс,",
        "",
        "Тест тапсырмасын 24 қарашаға дейін сағат 18:00-ге дейін жіберуіңізді сұраймыз.",
        "Айгерім",
    ],
    NEG,
    "Test-task deadline 'until 24 November 18:00'.",
)
s = ("Aizada Toktogulova", "aizada@ala-too-it.example.kg")
m(
    F,
    "ky_saat",
    "ky",
    FRU,
    s,
    "Маекке чакыруу",
    (11, 16, 9, 30),
    [
        "Урматтуу Алекс,",
        "",
        "Сизди 2026-жылдын 24-ноябрында, шейшемби күнү саат 11:00дө маекке чакырабыз.",
        "Дарек: Бишкек, Чүй проспекти 100.",
        "",
        "Айзада",
    ],
    ((11, 24, 11, 0, "Tue"), None, False),
    "Kyrgyz '24-ноябрында', 'саат 11:00дө'.",
)
s = ("Oyunchimeg Bat", "oyunchimeg@khangai-mining.example.mn")
m(
    F,
    "mn_tsagt",
    "mn",
    ULN,
    s,
    "Ярилцлагад урих нь",
    (11, 11, 10, 0),
    [
        "Эрхэм Алекс аа,",
        "",
        "Таныг 2026 оны 11-р сарын 19-ний өдөр (Пүрэв гараг) 14:00 цагт ярилцлагад урьж байна.",
        "Хаяг: Улаанбаатар, Сүхбаатар дүүрэг.",
        "",
        "Оюунчимэг, Хүний нөөц",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Mongolian numeric month '11-р сарын 19-ний', '14:00 цагт'.",
)
m(
    F,
    "mn_words_month",
    "mn",
    ULN,
    s,
    "Хоёрдугаар шат",
    (11, 20, 15, 0),
    [
        "Алекс аа,",
        "",
        "Хоёрдугаар шатны ярилцлага арван хоёрдугаар сарын 2-нд 10 цагт онлайнаар болно.",
        "Оюунчимэг",
    ],
    ((12, 2, 10, 0, "Wed"), None, False),
    "Month spelled 'арван хоёрдугаар сарын 2-нд', '10 цагт'.",
)
m(
    F,
    "mn_thanks_neg",
    "mn",
    ULN,
    s,
    "Баярлалаа",
    (11, 19, 17, 0),
    [
        "Алекс аа,",
        "",
        "Өнөөдрийн ярилцлагад оролцсонд баярлалаа. Хариуг 7 хоногийн дотор мэдэгдэнэ.",
        "Оюунчимэг",
    ],
    NEG,
    "Thanks after today's interview.",
)

# ------------------------------------------------------------------------------------ africa
F = "africa"
s = ("Hirut Tadesse", "hirut.tadesse@abay-coffee.example.et")
m(
    F,
    "am_ethiopian_clock",
    "am",
    ADD,
    s,
    "የቃለ መጠይቅ ጥሪ",
    (11, 12, 10, 0),
    [
        "ውድ አሌክስ፣",
        "",
        "ለሽያጭ ባለሙያ የሥራ መደብ ቃለ መጠይቅ ኖቬምበር 19 ቀን 2026 (ሐሙስ)",
        "ከጠዋቱ 3:00 ሰዓት በአዲስ አበባ ቢሯችን ይካሄዳል።",
        "",
        "ሂሩት ታደሰ፣ የሰው ሀብት",
    ],
    ((11, 19, 9, 0, "Thu"), None, False),
    "Ethiopian day clock: 'ከጠዋቱ 3:00 ሰዓት' is 9:00 (hours counted from 6 in the morning).",
)
m(
    F,
    "am_afternoon_clock",
    "am",
    ADD,
    s,
    "ሁለተኛ ዙር ቃለ መጠይቅ",
    (11, 20, 9, 0),
    ["አሌክስ፣", "", "ሁለተኛው ዙር ቃለ መጠይቅ ኖቬምበር 26 ቀን 2026 ከቀኑ 8:30 ሰዓት በዙም ይካሄዳል።", "ሂሩት"],
    ((11, 26, 14, 30, "Thu"), None, False),
    "Ethiopian day clock: 'ከቀኑ 8:30 ሰዓት' is 14:30.",
)
s = ("Hodan Warsame", "hodan.warsame@hormuud-link.example.so")
m(
    F,
    "so_saacadda",
    "so",
    MGQ,
    s,
    "Casuumaad wareysi shaqo",
    (11, 13, 9, 0),
    [
        "Alex, nabadeey,",
        "",
        "Waxaan kugu martiqaadaynaa wareysi shaqo Khamiista, 19 Nofembar 2026,",
        "saacadda 10:00 subaxnimo, xafiiskayaga Muqdisho.",
        "",
        "Hodan Warsame, Shaqaalaha",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "'saacadda 10:00 subaxnimo' (o'clock word first, morning after).",
)
m(
    F,
    "so_reject_neg",
    "so",
    MGQ,
    s,
    "Jawaabta codsigaaga",
    (11, 24, 11, 0),
    [
        "Alex,",
        "",
        "Waad ku mahadsan tahay wareysigii 19 Nofembar. Nasiib darro, markan lagama doorin.",
        "Hodan",
    ],
    NEG,
    "Rejection after the interview.",
)
s = ("Aisha Bello", "aisha.bello@sahel-agro.example.ng")
m(
    F,
    "ha_karfe_rana",
    "ha",
    LOS,
    s,
    "Gayyatar hira ta aiki",
    (11, 12, 11, 0),
    [
        "Assalamu alaikum Alex,",
        "",
        "Muna gayyace ka zuwa hirar aiki ranar Alhamis, 19 ga Nuwamba, 2026,",
        "da karfe 2 na rana a ofishinmu da ke Kano.",
        "",
        "Aisha Bello, Sashen Ma'aikata",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "'19 ga Nuwamba', 'da karfe 2 na rana' (o'clock word first, afternoon after).",
)
s = ("Funmilayo Adeyemi", "funmi.adeyemi@ogun-fintech.example.ng")
m(
    F,
    "yo_aago",
    "yo",
    LOS,
    s,
    "Ìpè fún ìfọ̀rọ̀wánilẹ́nuwò",
    (11, 13, 10, 0),
    [
        "Ẹ n lẹ́ o Alex,",
        "",
        "A fẹ́ pè yín fún ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́ ní Ọjọ́bọ, 19 Oṣù Bélú 2026,",
        "ní aago 10:00 àárọ̀ ní ọ́fíìsì wa ní Ìkẹjà.",
        "",
        "Funmilayo Adeyemi",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "Yoruba month 'Oṣù Bélú' (November), 'ní aago 10:00 àárọ̀' (clock word first).",
)
s = ("Nomvula Dlamini", "nomvula.dlamini@thekwini-retail.example.za")
m(
    F,
    "zu_ngo_ekuseni",
    "zu",
    JNB,
    s,
    "Isimemo senhlolokhono",
    (11, 11, 9, 0),
    [
        "Sawubona Alex,",
        "",
        "Siyakumema enhlolokhonweni ngoLwesine, zingama-19 kuNovemba 2026,",
        "ngo-10:00 ekuseni, ehhovisi lethu eThekwini.",
        "",
        "Nomvula Dlamini, HR",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "Zulu 'zingama-19 kuNovemba', 'ngo-10:00 ekuseni' (prefixed hour, morning).",
)
m(
    F,
    "zu_newsletter_neg",
    "zu",
    JNB,
    s,
    "Izindaba zomsebenzi",
    (11, 11, 12, 0),
    [
        "Sawubona,",
        "",
        "Sizoba nomcimbi wemisebenzi ngoMgqibelo, zi-5 kuDisemba, ngo-9:00 ekuseni.",
        "Wonke umuntu wamukelekile.",
        "Thekwini Retail",
    ],
    NEG,
    "Event newsletter: a careers day open to everyone.",
)
s = ("Annelie van der Merwe", "annelie@karoo-wyn.example.za")
m(
    F,
    "af_om_uur",
    "af",
    JNB,
    s,
    "Uitnodiging vir 'n onderhoud",
    (11, 16, 8, 30),
    [
        "Beste Alex,",
        "",
        "Ons nooi jou graag uit vir 'n onderhoud op Woensdag 25 November 2026 om 14:30",
        "by ons kantoor in Stellenbosch. Die onderhoud duur sowat 'n uur.",
        "",
        "Groete",
        "Annelie van der Merwe",
    ],
    ((11, 25, 14, 30, "Wed"), None, False),
    "Afrikaans 'Woensdag 25 November 2026 om 14:30'.",
)

# ------------------------------------------------------------------------------------- isles
F = "isles"
s = ("Guðrún Sigurðardóttir", "gudrun@jokull-hugbunadur.example.is")
m(
    F,
    "is_kl",
    "is",
    REK,
    s,
    "Boð í atvinnuviðtal",
    (11, 12, 10, 0),
    [
        "Sæll Alex,",
        "",
        "Við viljum bjóða þér í atvinnuviðtal fimmtudaginn 19. nóvember kl. 14:00",
        "á skrifstofu okkar í Borgartúni.",
        "",
        "Kveðja,",
        "Guðrún",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "'fimmtudaginn 19. nóvember kl. 14:00'.",
)
m(
    F,
    "is_thanks_neg",
    "is",
    REK,
    s,
    "Takk fyrir viðtalið",
    (11, 19, 16, 0),
    [
        "Sæll Alex,",
        "",
        "Takk fyrir viðtalið í dag. Við látum þig vita fyrir 30. nóvember.",
        "Guðrún",
    ],
    NEG,
    "Thanks after today's interview, answer before 30 November.",
)
s = ("Siobhán Ní Bhriain", "siobhan@cuan-teicneolaiocht.example.ie")
m(
    F,
    "ga_a_chlog",
    "ga",
    DUB,
    s,
    "Cuireadh chuig agallamh",
    (11, 13, 11, 0),
    [
        "A Alex, a chara,",
        "",
        "Ba mhaith linn cuireadh a thabhairt duit chuig agallamh Déardaoin, 19 Samhain 2026,",
        "ar a 10 a chlog ar maidin inár n-oifig i nGaillimh.",
        "",
        "Le meas,",
        "Siobhán",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "Irish 'ar a 10 a chlog ar maidin' (o'clock, in the morning).",
)
s = ("Rhian Llywelyn", "rhian.llywelyn@tegid-meddalwedd.example.co.uk")
m(
    F,
    "cy_or_gloch",
    "cy",
    LON,
    s,
    "Gwahoddiad i gyfweliad",
    (11, 12, 9, 0),
    [
        "Annwyl Alex,",
        "",
        "Hoffem eich gwahodd i gyfweliad ddydd Iau 19 Tachwedd 2026 am 2 o'r gloch y prynhawn",
        "yn ein swyddfa yng Nghaerdydd.",
        "",
        "Cofion,",
        "Rhian",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Welsh 'am 2 o'r gloch y prynhawn'.",
)
m(
    F,
    "cy_yb",
    "cy",
    LON,
    s,
    "Ail gyfweliad",
    (11, 20, 9, 0),
    ["Annwyl Alex,", "", "Bydd yr ail gyfweliad ar 1 Rhagfyr am 10:30yb dros Teams.", "Rhian"],
    ((12, 1, 10, 30, "Tue"), None, False),
    "Welsh 'am 10:30yb' (y bore = a.m.).",
)
s = ("Maria Camilleri", "maria.camilleri@xlokk-gaming.example.mt")
m(
    F,
    "mt_ta_filghodu",
    "mt",
    MLA,
    s,
    "Stedina għal intervista",
    (11, 13, 10, 0),
    [
        "Għażiż Alex,",
        "",
        "Nixtiequ nistiednuk għal intervista nhar il-Ħamis 19 ta' Novembru 2026",
        "fl-10:00 ta' filgħodu fl-uffiċċju tagħna f'San Ġiljan.",
        "",
        "Maria Camilleri",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "Maltese '19 ta' Novembru', 'fl-10:00 ta' filgħodu'.",
)
m(
    F,
    "mt_deadline_neg",
    "mt",
    MLA,
    s,
    "Data tal-għeluq",
    (11, 13, 11, 0),
    [
        "Għażiż Alex,",
        "",
        "Jekk jogħġbok ibgħat id-dokumenti sal-24 ta' Novembru fil-5:00 ta' wara nofsinhar.",
        "Maria",
    ],
    NEG,
    "Document deadline.",
)
s = ("Claudine Weber", "claudine.weber@mosel-finanz.example.lu")
m(
    F,
    "lb_auer",
    "lb",
    LUX,
    s,
    "Invitatioun fir e Virstellungsgespréich",
    (11, 16, 9, 0),
    [
        "Léiwen Alex,",
        "",
        "Mir invitéieren Iech op e Virstellungsgespréich en Donneschdeg, den 26. November 2026",
        "um 14 Auer an eisem Büro zu Lëtzebuerg-Stad.",
        "",
        "Claudine Weber",
    ],
    ((11, 26, 14, 0, "Thu"), None, False),
    "Luxembourgish 'um 14 Auer'.",
)

# ------------------------------------------------------------------------------------ iberia
F = "iberia"
s = ("Ane Etxeberria", "ane.etxeberria@bidasoa-tek.example.eus")
m(
    F,
    "eu_etan",
    "eu",
    MAD,
    s,
    "Elkarrizketarako gonbidapena",
    (11, 12, 9, 0),
    [
        "Kaixo Alex,",
        "",
        "Elkarrizketa batera gonbidatu nahi zaitugu azaroaren 19an, ostegunean,",
        "arratsaldeko 4etan, Donostiako bulegoan.",
        "",
        "Ane Etxeberria",
    ],
    ((11, 19, 16, 0, "Thu"), None, False),
    "Basque genitive month 'azaroaren 19an', 'arratsaldeko 4etan' (afternoon's 4 o'clock).",
)
m(
    F,
    "eu_thanks_neg",
    "eu",
    MAD,
    s,
    "Eskerrik asko",
    (11, 19, 18, 0),
    [
        "Kaixo Alex,",
        "",
        "Eskerrik asko gaurko elkarrizketagatik. Abenduaren 1a baino lehen erantzungo dizugu.",
        "Ane",
    ],
    NEG,
    "Thanks after today's interview.",
)
s = ("Uxía Castro", "uxia.castro@rias-baixas.example.gal")
m(
    F,
    "gl_as",
    "gl",
    MAD,
    s,
    "Convocatoria de entrevista",
    (11, 13, 10, 0),
    [
        "Ola Alex,",
        "",
        "Convocámoste a unha entrevista o xoves 26 de novembro ás 10.30 h",
        "na nosa oficina de Vigo.",
        "",
        "Un saúdo,",
        "Uxía Castro",
    ],
    ((11, 26, 10, 30, "Thu"), None, False),
    "Galician 'o xoves 26 de novembro ás 10.30 h'.",
)
s = ("Montse Puig", "montse.puig@delta-ebre.example.cat")
m(
    F,
    "ca_a_les",
    "ca",
    MAD,
    s,
    "Convocatòria d'entrevista",
    (11, 12, 12, 0),
    [
        "Hola Alex,",
        "",
        "T'emplacem a una entrevista dijous 19 de novembre a les 4 de la tarda",
        "a la nostra oficina de Barcelona.",
        "",
        "Salutacions,",
        "Montse",
    ],
    ((11, 19, 16, 0, "Thu"), None, False),
    "Catalan 'a les 4 de la tarda'.",
)
m(
    F,
    "ca_range",
    "ca",
    MAD,
    s,
    "Segona entrevista",
    (11, 20, 13, 0),
    [
        "Hola Alex,",
        "",
        "La segona entrevista serà el dimarts 1 de desembre, de 9.30 a 10.30 h, per Meet.",
        "Montse",
    ],
    ((12, 1, 9, 30, "Tue"), (10, 30), False),
    "Catalan 'de 9.30 a 10.30 h'.",
)
s = ("Carol Souza", "carol.souza@ipe-tech.example.com.br")
m(
    F,
    "ptbr_bate_papo",
    "pt-BR",
    SAO,
    s,
    "Bate-papo com o time",
    (11, 17, 16, 0),
    [
        "Oi Alex, tudo bem?",
        "",
        "Bora marcar nosso bate-papo? Pode ser quinta que vem, dia 26, às 10h30,",
        "pelo Meet. Qualquer coisa me chama no zap!",
        "",
        "Bjs,",
        "Carol",
    ],
    ((11, 26, 10, 30, "Thu"), None, False),
    "Colloquial 'quinta que vem, dia 26, às 10h30'.",
)
s = ("Rita Fonseca", "rita.fonseca@tejo-digital.example.pt")
m(
    F,
    "ptpt_pelas",
    "pt-PT",
    LIS,
    s,
    "Entrevista",
    (11, 16, 10, 0),
    [
        "Olá Alex,",
        "",
        "Conseguimos marcar a entrevista para sexta-feira, dia 20, pelas 15h00, cá no escritório.",
        "Se não der jeito, diga-me qualquer coisa.",
        "",
        "Cumprimentos,",
        "Rita",
    ],
    ((11, 20, 15, 0, "Fri"), None, False),
    "European Portuguese 'sexta-feira, dia 20, pelas 15h00'.",
)
m(
    F,
    "ptpt_reject_neg",
    "pt-PT",
    LIS,
    s,
    "Candidatura",
    (11, 27, 10, 0),
    [
        "Olá Alex,",
        "",
        "Obrigada pela entrevista de dia 20. Infelizmente optámos por outro candidato.",
        "Rita",
    ],
    NEG,
    "Rejection after the interview.",
)

# ------------------------------------------------------------------------------------ balkan
F = "balkan"
s = ("Elira Hoxha", "elira.hoxha@adriatik-tech.example.al")
m(
    F,
    "sq_ora",
    "sq",
    TIA,
    s,
    "Ftesë për intervistë",
    (11, 12, 10, 0),
    [
        "I nderuar Alex,",
        "",
        "Ju ftojmë në intervistë të enjten, më 19 nëntor 2026, në orën 10:00,",
        "në zyrat tona në Tiranë.",
        "",
        "Elira Hoxha, Burimet Njerëzore",
    ],
    ((11, 19, 10, 0, "Thu"), None, False),
    "Albanian 'më 19 nëntor 2026, në orën 10:00'.",
)
m(
    F,
    "sq_deadline_neg",
    "sq",
    TIA,
    s,
    "Afati i dorëzimit",
    (11, 12, 11, 0),
    ["I nderuar Alex,", "", "Ju lutemi dërgoni detyrën deri më 24 nëntor, ora 17:00.", "Elira"],
    NEG,
    "Assignment deadline.",
)
s = ("Marija Stojanovska", "marija@vardar-soft.example.mk")
m(
    F,
    "mk_chasot",
    "mk",
    SKP,
    s,
    "Покана за интервју",
    (11, 13, 9, 0),
    [
        "Почитуван Алекс,",
        "",
        "Ве покануваме на интервју во петок, 20 ноември 2026 година, во 11 часот,",
        "во нашата канцеларија во Скопје.",
        "",
        "Марија Стојановска",
    ],
    ((11, 20, 11, 0, "Fri"), None, False),
    "Macedonian 'во 11 часот'.",
)
s = ("Amra Hadžić", "amra.hadzic@bosna-energo.example.ba")
m(
    F,
    "bs_sati",
    "bs",
    SJJ,
    s,
    "Poziv na razgovor za posao",
    (11, 16, 9, 0),
    [
        "Poštovani Alex,",
        "",
        "Pozivamo Vas na razgovor za posao u srijedu, 25. novembra 2026. godine u 10 sati,",
        "u našim prostorijama u Sarajevu.",
        "",
        "Amra Hadžić",
    ],
    ((11, 25, 10, 0, "Wed"), None, False),
    "Bosnian genitive 'novembra', 'u 10 sati'.",
)
m(
    F,
    "bs_reject_neg",
    "bs",
    SJJ,
    s,
    "Odgovor na prijavu",
    (11, 30, 9, 0),
    [
        "Poštovani Alex,",
        "",
        "Hvala Vam na razgovoru 25.11. Nažalost, odlučili smo se za drugog kandidata.",
        "Amra",
    ],
    NEG,
    "Rejection after the interview.",
)
s = ("Volha Kavalenka", "volha@pripyat-it.example.by")
m(
    F,
    "be_a",
    "be",
    MSQ,
    s,
    "Запрашэнне на сумоўе",
    (11, 12, 10, 0),
    [
        "Паважаны Алекс,",
        "",
        "Запрашаем вас на сумоўе ў чацвер, 19 лістапада, а 14:00 у нашым офісе ў Мінску.",
        "",
        "Вольга Каваленка",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Belarusian genitive 'лістапада', 'а 14:00' (Belarusian 'at').",
)
m(
    F,
    "be_gadzine",
    "be",
    MSQ,
    s,
    "Другі этап",
    (11, 20, 10, 0),
    ["Алекс,", "", "Другі этап сумоўя адбудзецца 2 снежня а 11-й гадзіне праз Zoom.", "Вольга"],
    ((12, 2, 11, 0, "Wed"), None, False),
    "'2 снежня а 11-й гадзіне' (at the 11th hour).",
)

# -------------------------------------------------------------------------------- arabcolloq
F = "arabcolloq"
s = ("Yasmine Fathy", "yasmine.fathy@nile-hire.example.eg")
m(
    F,
    "arabizi_bokra",
    "ar-Latn",
    CAI,
    s,
    "interview bokra",
    (11, 18, 13, 0),
    [
        "Ahlan Alex,",
        "",
        "el interview bta3ak bokra el sa3a 2 el dohr online 3ala Zoom.",
        "law fi ay moshkla kalemni.",
        "",
        "Yasmine",
    ],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Arabizi 'bokra el sa3a 2 el dohr' (tomorrow at 2 noon-time).",
)
m(
    F,
    "arabizi_date",
    "ar-Latn",
    CAI,
    s,
    "maw3ed el interview",
    (11, 19, 11, 0),
    [
        "Ahlan ya Alex,",
        "",
        "maw3ed el interview el tany yom el etnein 23/11 el sa3a 11 el sob7 fel maktab.",
        "Yasmine",
    ],
    ((11, 23, 11, 0, "Mon"), None, False),
    "Arabizi '23/11 el sa3a 11 el sob7' (11 in the morning).",
)
m(
    F,
    "arabizi_thanks_neg",
    "ar-Latn",
    CAI,
    s,
    "shokran",
    (11, 23, 15, 0),
    [
        "Ahlan Alex,",
        "",
        "shokran 3ala el interview el naharda. hanrod 3aleek fe khelal osbo3.",
        "Yasmine",
    ],
    NEG,
    "Thanks after today's interview.",
)
s = ("Mona Abdelrahman", "mona.a@delta-pharma.example.eg")
m(
    F,
    "arz_elsobh",
    "ar-EG",
    CAI,
    s,
    "ميعاد الانترفيو",
    (11, 12, 10, 0),
    [
        "أهلاً يا أليكس،",
        "",
        "ميعاد الانترفيو يوم الخميس ١٩ نوفمبر الساعة ١١ الصبح في مكتبنا في المعادي.",
        "ياريت تيجي قبلها بربع ساعة.",
        "",
        "منى",
    ],
    ((11, 19, 11, 0, "Thu"), None, False),
    "Egyptian 'الساعة ١١ الصبح' (11 in the morning, colloquial).",
)
s = ("Noura Al Mansoori", "noura@falcon-hr.example.ae")
m(
    F,
    "gulf_baacher",
    "ar-AE",
    DXB,
    s,
    "مقابلة",
    (11, 17, 15, 0),
    ["هلا أليكس،", "", "المقابلة باجر الساعة ٤ العصر في مكتبنا بدبي مارينا.", "", "نورة"],
    ((11, 18, 16, 0, "Wed"), None, False),
    "Gulf 'باجر الساعة ٤ العصر' (tomorrow at 4 in the afternoon).",
)
m(
    F,
    "gulf_fair_neg",
    "ar-AE",
    DXB,
    s,
    "معرض التوظيف",
    (11, 17, 16, 0),
    [
        "هلا،",
        "",
        "معرض التوظيف يوم السبت ٥ ديسمبر من الساعة ١٠ الصبح، الدخول مجاني للجميع.",
        "فالكون للموارد البشرية",
    ],
    NEG,
    "Event newsletter: job fair open to all.",
)

# ------------------------------------------------------------------------- smsnote (held out)
F = "smsnote"
s = ("Firuza Rahimova", "firuza@pamir-group.example.tj")
m(
    F,
    "tg_soati",
    "tg",
    DYU,
    s,
    "Мусоҳиба",
    (11, 16, 10, 0),
    ["Алекс, салом! Мусоҳибаи шумо 19 ноябр, панҷшанбе, соати 14:00 дар офиси мо.", "Фируза"],
    ((11, 19, 14, 0, "Thu"), None, False),
    "Tajik '19 ноябр, панҷшанбе, соати 14:00'.",
)
s = ("Zarghuna Ahmadzai", "zarghuna@kabul-relief.example.af")
m(
    F,
    "ps_bajo",
    "ps",
    KBL,
    s,
    "مرکه",
    (11, 15, 9, 0),
    ["محترم الیکس، ستاسو مرکه د نومبر په ۱۸مه، چهارشنبه، د ورځې په ۲ بجو ده.", "زرغونه"],
    ((11, 18, 14, 0, "Wed"), None, False),
    "Pashto 'د نومبر په ۱۸مه ... د ورځې په ۲ بجو' (day-time 2 o'clock).",
)
s = ("Nurlan Abdykadyrov", "nurlan@issyk-tour.example.kg")
m(
    F,
    "ky_erteng",
    "ky",
    FRU,
    s,
    "Маек",
    (11, 17, 18, 0),
    ["Алекс, эртең саат 10:30да маек болот, Бишкектеги кеңседе. Нурлан"],
    ((11, 18, 10, 30, "Wed"), None, False),
    "Kyrgyz 'эртең саат 10:30да' (tomorrow).",
)
s = ("Ayaan Farah", "ayaan.farah@berbera-port.example.so")
m(
    F,
    "so_galabnimo",
    "so",
    MGQ,
    s,
    "Wareysi",
    (11, 16, 9, 0),
    ["Alex, wareysigaagu waa Arbaco 25 Nofembar, saacadda 2:30 galabnimo. Ayaan"],
    ((11, 25, 14, 30, "Wed"), None, False),
    "'saacadda 2:30 galabnimo' (afternoon).",
)
s = ("Ritu Sharma", "ritu@talentbridge.example.in")
m(
    F,
    "hi_latn_parso",
    "hi-Latn",
    IST,
    s,
    "Interview",
    (11, 16, 11, 0),
    ["Hi Alex, aapka interview parso shaam 5 baje hai, Teams pe. Ritu"],
    ((11, 18, 17, 0, "Wed"), None, False),
    "Hinglish 'parso shaam 5 baje' (day after tomorrow, evening).",
)
m(
    F,
    "hi_latn_deadline_neg",
    "hi-Latn",
    IST,
    s,
    "Assignment",
    (11, 16, 12, 0),
    ["Hi Alex, assignment Friday shaam 6 baje tak submit kar dena. Ritu"],
    NEG,
    "Assignment deadline 'Friday shaam 6 baje tak'.",
)

# ------------------------------------------------------------------------ agencyrec (held out)
F = "agencyrec"
s = ("Bolormaa Dorj", "bolormaa@talent-steppe.example.mn")
m(
    F,
    "mn_agency",
    "mn",
    ULN,
    s,
    "Ажлын ярилцлага",
    (11, 16, 10, 0),
    [
        "Сайн байна уу Алекс аа,",
        "",
        "Манай харилцагч компани тантай 11-р сарын 24-нд, Мягмар гарагт, 11:30 цагт",
        "ярилцлага хийхээр боллоо. Хаяг: Чингисийн өргөн чөлөө 15.",
        "",
        "Болормаа, Talent Steppe",
    ],
    ((11, 24, 11, 30, "Tue"), None, False),
    "'11-р сарын 24-нд ... 11:30 цагт'.",
)
s = ("Andrei Zhuk", "andrei.zhuk@belstaff.example.by")
m(
    F,
    "be_agency",
    "be",
    MSQ,
    s,
    "Сумоўе з заказчыкам",
    (11, 17, 12, 0),
    [
        "Добры дзень, Алекс!",
        "",
        "Сумоўе з нашым кліентам прызначана на пятніцу, 27 лістапада, з 15:00 да 16:00.",
        "",
        "Андрэй Жук",
    ],
    ((11, 27, 15, 0, "Fri"), (16, 0), False),
    "Belarusian 'з 15:00 да 16:00'.",
)
s = ("Tom Schmit", "tom.schmit@lux-talents.example.lu")
m(
    F,
    "lb_agency",
    "lb",
    LUX,
    s,
    "Äre Rendez-vous",
    (11, 17, 9, 0),
    [
        "Moien Alex,",
        "",
        "Äert Gespréich mam Client ass e Méindeg, de 30. November, vun 10 bis 11 Auer.",
        "",
        "Tom",
    ],
    ((11, 30, 10, 0, "Mon"), (11, 0), False),
    "Luxembourgish 'vun 10 bis 11 Auer'.",
)
s = ("Thandiwe Mkhize", "thandiwe@ubuntu-staffing.example.za")
m(
    F,
    "zu_agency",
    "zu",
    JNB,
    s,
    "Inhlolokhono",
    (11, 16, 9, 0),
    [
        "Sawubona Alex,",
        "",
        "Inhlolokhono yakho ingoLwesithathu, zingama-25 kuNovemba, ngo-2 ntambama.",
        "",
        "Thandiwe",
    ],
    ((11, 25, 14, 0, "Wed"), None, False),
    "Zulu 'ngo-2 ntambama' (2 in the afternoon).",
)
s = ("Kavya Hegde", "kavya@namma-talent.example.in")
m(
    F,
    "kn_agency",
    "kn",
    IST,
    s,
    "ಸಂದರ್ಶನ ವೇಳಾಪಟ್ಟಿ",
    (11, 17, 10, 0),
    ["ಹಲೋ ಅಲೆಕ್ಸ್,", "", "ಕ್ಲೈಂಟ್ ಜೊತೆಗಿನ ಸಂದರ್ಶನ ಡಿಸೆಂಬರ್ 2 ಬುಧವಾರ ಮಧ್ಯಾಹ್ನ 3 ಗಂಟೆಗೆ.", "ಕಾವ್ಯ"],
    ((12, 2, 15, 0, "Wed"), None, False),
    "'ಮಧ್ಯಾಹ್ನ 3 ಗಂಟೆಗೆ' (afternoon).",
)
s = ("Tharindu Silva", "tharindu@serendib-staff.example.lk")
m(
    F,
    "si_agency_neg",
    "si",
    CMB,
    s,
    "ස්තුතියි",
    (11, 20, 15, 0),
    ["ඇලෙක්ස් මහතා,", "", "අද සම්මුඛ පරීක්ෂණයට සහභාගී වීම ගැන ස්තුතියි. ප්‍රතිඵල ලබන සතියේ දන්වන්නෙමු.", "තරිඳු"],
    NEG,
    "Thanks after today's interview.",
)

# ----------------------------------------------------------------------- campusdesk (held out)
F = "campusdesk"
s = ("Starfsráðgjöf HÍ", "starf@haskoli.example.is")
m(
    F,
    "is_campus",
    "is",
    REK,
    s,
    "Viðtal hjá Norðurljós hf.",
    (11, 16, 10, 0),
    [
        "Sæll Alex,",
        "",
        "Norðurljós hf. vill fá þig í viðtal þriðjudaginn 24. nóvember frá kl. 13:00 til 14:00.",
        "",
        "Starfsráðgjöf",
    ],
    ((11, 24, 13, 0, "Tue"), (14, 0), False),
    "'frá kl. 13:00 til 14:00'.",
)
s = ("Enplegu Bulegoa", "enplegua@unibertsitatea.example.eus")
m(
    F,
    "eu_campus",
    "eu",
    MAD,
    s,
    "Elkarrizketa",
    (11, 16, 11, 0),
    [
        "Kaixo Alex,",
        "",
        "Lantegi Berriak enpresak elkarrizketa egin nahi dizu azaroaren 26an, goizeko 10:30ean.",
        "",
        "Enplegu Bulegoa",
    ],
    ((11, 26, 10, 30, "Thu"), None, False),
    "Basque 'goizeko 10:30ean' (morning's).",
)
s = ("Placement Cell", "placement@kerala-tech.example.in")
m(
    F,
    "ml_campus",
    "ml",
    IST,
    s,
    "കാമ്പസ് അഭിമുഖം",
    (11, 16, 9, 0),
    ["പ്രിയ അലക്സ്,", "", "നവംബർ 27 വെള്ളിയാഴ്ച രാവിലെ 10 മണിക്ക് കാമ്പസ് അഭിമുഖം ഉണ്ടായിരിക്കും.", "പ്ലേസ്മെന്റ് സെൽ"],
    ((11, 27, 10, 0, "Fri"), None, False),
    "'രാവിലെ 10 മണിക്ക്' (morning).",
)
s = ("Career Center", "career@phnompenh-uni.example.kh")
m(
    F,
    "km_campus_neg",
    "km",
    PNH,
    s,
    "ពិព័រណ៍ការងារ",
    (11, 16, 10, 0),
    [
        "សួស្តីនិស្សិតទាំងអស់,",
        "",
        "ពិព័រណ៍ការងារនឹងប្រព្រឹត្តទៅនៅថ្ងៃសៅរ៍ ទី៥ ខែធ្នូ ម៉ោង ៨ ព្រឹក។ សូមអញ្ជើញចូលរួម។",
        "មជ្ឈមណ្ឌលអាជីព",
    ],
    NEG,
    "Event newsletter: job fair.",
)
s = ("Ofishin Ayyuka", "ayyuka@jami-a.example.ng")
m(
    F,
    "ha_campus",
    "ha",
    LOS,
    s,
    "Hirar aiki",
    (11, 16, 10, 0),
    [
        "Alex,",
        "",
        "Kamfanin Arewa Solar zai yi hira da kai ranar Talata, 24 ga Nuwamba, da karfe 10 na safe.",
        "",
        "Ofishin Ayyuka",
    ],
    ((11, 24, 10, 0, "Tue"), None, False),
    "Hausa 'da karfe 10 na safe' (morning).",
)
s = ("Karieruli Tsentri", "career@tsu.example.ge")
m(
    F,
    "ka_campus",
    "ka",
    TBS,
    s,
    "გასაუბრება",
    (11, 16, 10, 0),
    [
        "ალექს,",
        "",
        "კომპანია „მთა ტექი“ გიწვევთ გასაუბრებაზე 25 ნოემბერს 16:30 საათზე.",
        "კარიერის ცენტრი",
    ],
    ((11, 25, 16, 30, "Wed"), None, False),
    "'25 ნოემბერს 16:30 საათზე'.",
)

# -------------------------------------------------------------------------- govdesk (held out)
F = "govdesk"
s = ("Ram Bahadur Thapa", "hr@janasewa.example.np")
m(
    F,
    "ne_gov",
    "ne",
    KTM,
    s,
    "अन्तर्वार्ता सूचना",
    (11, 15, 10, 0),
    [
        "श्री एलेक्स,",
        "",
        "तपाईंको अन्तर्वार्ता २०२६ नोभेम्बर २५ बुधबार दिउँसो १ बजे यस कार्यालयमा हुनेछ।",
        "राम बहादुर थापा",
    ],
    ((11, 25, 13, 0, "Wed"), None, False),
    "'दिउँसो १ बजे'.",
)
s = ("Meron Haile", "meron.haile@ngo-ethiopia.example.et")
m(
    F,
    "am_gov",
    "am",
    ADD,
    s,
    "ቃለ መጠይቅ",
    (11, 16, 10, 0),
    ["አሌክስ፣", "", "ቃለ መጠይቁ ኖቬምበር 24 ቀን 2026 ከጠዋቱ 4:00 ሰዓት ይካሄዳል።", "መሮን"],
    ((11, 24, 10, 0, "Tue"), None, False),
    "Ethiopian day clock 'ከጠዋቱ 4:00 ሰዓት' = 10:00.",
)
s = ("Bekzod Yusupov", "kadrlar@vazirlik.example.uz")
m(
    F,
    "uz_gov",
    "uz",
    TAS,
    s,
    "Suhbat",
    (11, 16, 10, 0),
    [
        "Hurmatli Aleks,",
        "",
        "Suhbat 2026-yil 26-noyabr kuni soat 10:00 dan 11:00 gacha bo'lib o'tadi.",
        "Bekzod",
    ],
    ((11, 26, 10, 0, "Thu"), (11, 0), False),
    "'soat 10:00 dan 11:00 gacha'.",
)
s = ("Gayane Hakobyan", "hr@yerevan-city.example.am")
m(
    F,
    "hy_gov",
    "hy",
    EVN,
    s,
    "Հարցազրույց",
    (11, 16, 10, 0),
    ["Հարգելի Ալեքս,", "", "Հարցազրույցը կկայանա դեկտեմբերի 1-ին, ժամը 11-ին։", "Գայանե"],
    ((12, 1, 11, 0, "Tue"), None, False),
    "'դեկտեմբերի 1-ին, ժամը 11-ին'.",
)
s = ("Arta Krasniqi", "hr@bashkia.example.al")
m(
    F,
    "sq_gov_neg",
    "sq",
    TIA,
    s,
    "Njoftim",
    (11, 16, 10, 0),
    [
        "I nderuar Alex,",
        "",
        "Faleminderit për intervistën e 12 nëntorit. Fatkeqësisht nuk jeni përzgjedhur.",
        "Arta",
    ],
    NEG,
    "Rejection after the interview.",
)
s = ("Biljana Petrovska", "hr@opstina.example.mk")
m(
    F,
    "mk_gov",
    "mk",
    SKP,
    s,
    "Интервју",
    (11, 16, 10, 0),
    [
        "Почитуван Алекс,",
        "",
        "Интервјуто ќе се одржи на 26.11.2026 година од 13:00 до 14:00 часот.",
        "Билјана",
    ],
    ((11, 26, 13, 0, "Thu"), (14, 0), False),
    "'од 13:00 до 14:00 часот'.",
)

# ----------------------------------------------------------------------- colloqchat (held out)
F = "colloqchat"
s = ("Bia Lima", "bia.lima@caju-rh.example.com.br")
m(
    F,
    "ptbr_amanha",
    "pt-BR",
    SAO,
    s,
    "Entrevista amanhã",
    (11, 18, 17, 0),
    ["Oi Alex! Confirmadíssimo: nossa entrevista é amanhã às 9h, pelo Meet, beleza?", "Bia"],
    ((11, 19, 9, 0, "Thu"), None, False),
    "'amanhã às 9h'.",
)
s = ("Joana Matos", "joana.matos@douro-tech.example.pt")
m(
    F,
    "ptpt_amanha",
    "pt-PT",
    LIS,
    s,
    "Conversa",
    (11, 23, 16, 0),
    [
        "Olá Alex, então fica combinado: terça, dia 24, às 11h30 no nosso escritório do Porto.",
        "Joana",
    ],
    ((11, 24, 11, 30, "Tue"), None, False),
    "'terça, dia 24, às 11h30'.",
)
s = ("Brais Otero", "brais@galicia-code.example.gal")
m(
    F,
    "gl_chat",
    "gl",
    MAD,
    s,
    "Entrevista",
    (11, 16, 10, 0),
    ["Ola Alex, quedamos o mércores 25 ás 17 h na oficina? Un saúdo, Brais"],
    ((11, 25, 17, 0, "Wed"), None, False),
    "'o mércores 25 ás 17 h'.",
)
s = ("Jordi Vila", "jordi@barna-startup.example.cat")
m(
    F,
    "ca_chat_neg",
    "ca",
    MAD,
    s,
    "Gràcies",
    (11, 20, 18, 0),
    [
        "Hola Alex, moltes gràcies per l'entrevista d'avui! Et diem alguna cosa la setmana vinent.",
        "Jordi",
    ],
    NEG,
    "Thanks after today's interview.",
)
s = ("Luke Farrugia", "luke@valletta-apps.example.mt")
m(
    F,
    "mt_chat",
    "mt",
    MLA,
    s,
    "Intervista",
    (11, 16, 10, 0),
    [
        "Ħi Alex, l-intervista se tkun il-Ġimgħa 27 ta' Novembru fis-3:00 ta' wara nofsinhar.",
        "Luke",
    ],
    ((11, 27, 15, 0, "Fri"), None, False),
    "Maltese 'fis-3:00 ta' wara nofsinhar' (afternoon).",
)
s = ("Hana Mostafa", "hana@cairo-start.example.eg")
m(
    F,
    "arz_chat",
    "ar-EG",
    CAI,
    s,
    "الانترفيو",
    (11, 16, 10, 0),
    ["أهلاً أليكس، الانترفيو يوم الأربع ٢٥ نوفمبر الساعة ٣ العصر أونلاين. هنا"],
    ((11, 25, 15, 0, "Wed"), None, False),
    "Egyptian 'الساعة ٣ العصر'.",
)


def build() -> list[Case]:
    cases: list[Case] = []
    for family, name, lang, zone, sender, subject, sent_at, body, when, note in MAILS:
        sent = at(2026, sent_at[0], sent_at[1], sent_at[2], sent_at[3], zone)
        if when is None:
            label: dict[str, object] = {"kind": "not_invitation"}
        else:
            (mo, d, h, mi, wd), end, stated = when
            start = at(2026, mo, d, h, mi, zone, wd)
            stop = start.replace(hour=end[0], minute=end[1]) if end else None
            label = {
                "kind": "invitation",
                **pp.timed(
                    start, stop, zone=zone if stated else None, sent=None if stated else sent
                ),
            }
        raw = mail(
            f"langs11/{family}/{name}",
            sender=sender,
            to=ME,
            subject=subject,
            sent=sent,
            text="\n".join(body) + "\n",
        )
        split = SPLITS[family]
        cases.append(
            Case(family, split, name, raw, label, lang, note, SOURCES[family] + "; " + HAND, OWN)
        )
    return cases


MEASURED = (
    "With `/work/notes/quick.py`'s rules (text start, and end where labelled, right; a "
    "negative is claimed when the parser says invitation with confidence >= 0.5), on the 107 "
    "messages as first written, with main at 20d0886: dev start right on 16 of 56 "
    "invitations, 0 of 21 negatives claimed; held out 8 of 25, 0 of 5 claimed (aggregate "
    "only). Whole corpus then: dev text 660/700, false 0/489; heldout text 328/369, false "
    "22/241. Most misses had no time at all: the parts of the day, o'clock words and month "
    "forms of these languages were unknown, and Amharic's day clock was read as a plain one. "
    "After the parser changes on branch langs11 (made from the dev misses and from probes "
    "written apart from the corpus): dev 53 of 56, 0 of 21 claimed; held out 20 of 25, 0 of 5 "
    "claimed; whole corpus dev text 697/700, false 0/489; heldout text 340/369, false 22/241; "
    "after merging main at dd6d88c: dev text 722/725, false 0/509; heldout text 356/385, false "
    "25/258 (main's code and corpus alone: dev 669/669, 0/488; heldout 336/360, 25/253). "
    "Left: Somali 'Nofembar' (CLDR spells 'Noofeembar'), Zulu 'zingama-19 kuNovemba', "
    "Hindi in Latin script 'kal' (tomorrow or yesterday)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the langs11 batch (`build_langs11.py`)",
        "",
        "Hand-written recruiting mail in languages the corpus lacked (South Asian, Dravidian, "
        "Mekong, Caucasian, Central Asian, African, insular European, Iberian minority, Balkan "
        "and colloquial forms). Every sentence is ours; month and weekday names were checked "
        "against Babel's CLDR renderings. People, companies, addresses and links are made up. "
        "Every label was written from the datetimes the text is rendered from (zoneinfo; "
        "weekday names checked against the date), before the parser was run on the message. "
        "No own-calendar dates (Bikram Sambat, Ethiopian) are used; the Ethiopian day clock "
        "(hours counted from 6 a.m.) is, as Amharic mail writes it.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "## Measured before any parser change",
        "",
        MEASURED,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_langs11.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-langs11.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
