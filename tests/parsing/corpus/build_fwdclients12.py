# ruff: noqa: E501 (tables of localized client strings read best one row a line)
"""Write the "fwdclients12" batch: forwards whose header block is in a language the parser has
no labels for.

Run: .venv/bin/python tests/parsing/corpus/build_fwdclients12.py

The user forwards (or replies to) an invitation through a mail client set to Albanian,
Icelandic, Irish, Welsh, Basque, Galician, Catalan, Macedonian, Bosnian, Belarusian, Georgian,
Armenian, Azerbaijani, Mongolian, Nepali, Sinhala, Khmer, Tamil, Malayalam, Bengali, Urdu,
Dari, Pashto or Maltese. The forward's own header block ("Subject / Date / From / To") is
rendered from Roundcube's labels.inc and K-9 Mail's strings.xml in those languages (the
strings and layouts read from the repositories named in each label) or, for Outlook's
"-----Original Message-----" block, recalled. The invitations inside name a weekday and a
time only, a relative day, or a full date, in English or the client's language (CLDR names).
Every label comes from the datetimes the text is rendered from (zoneinfo; weekday names are
checked against the date) and was written before the parser was run on any message of the
batch. Helpers come from build_parse-pos.py and build_threads10.py (loaded, not copied).
Output is deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
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
th = _load("build_threads10", "build_threads10.py")
at, mail, Case, OWN, timed = pp.at, pp.mail, pp.Case, pp.OWN, pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
quoted = th.quoted

RC_COMMIT = "28b44419ee44c8749a85e7183325055c2cf68a4d"
RC = (
    "roundcube/roundcubemail:program/localization/{}/labels.inc (originalmessage, subject, "
    "date, from, to) + program/actions/mail/compose.php (layout, date_long 'Y-m-d H:i')@"
    + RC_COMMIT
)
RC_LICENSE = "GPL-3.0-or-later (Roundcube) for the header strings; the rest ours"
K9_COMMIT = "a59bd679859d369c9a39be147e536b825ffd0a6b"
K9 = (
    "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-{}/strings.xml "
    "(message_compose_quote_header_*) + legacy/core/.../message/quote/TextQuoteCreator.kt "
    "(layout)@" + K9_COMMIT
)
K9_LICENSE = "Apache-2.0 (K-9 Mail / Thunderbird for Android) for the header strings"
RECALLED = (
    "layout and labels of Outlook's '-----Original Message-----' block in {} recalled, not "
    "re-read; " + OWN
)

SPLITS = {
    "fwdrcbalkan": "dev",
    "fwdk9celtic": "dev",
    "fwdrcsouthasia": "dev",
    "fwdoutlooklocal": "dev",
    "fwdnotelocal": "dev",
    "fwdk9caucasus": "heldout",
    "fwdrchtml": "heldout",
    "fwdtwicelocal": "heldout",
    "fwdreplylocal": "heldout",
}
SOURCES = {
    "fwdrcbalkan": "Roundcube plain-text forwards in Albanian, Macedonian, Bosnian, Belarusian, "
    "Azerbaijani, Georgian, Armenian and Mongolian (labels.inc strings, 'Y-m-d H:i' dates).",
    "fwdk9celtic": "K-9 Mail forwards in Icelandic, Irish, Welsh, Basque, Galician, Catalan and "
    "Albanian (strings.xml; Java LONG dates with the month in the client's language).",
    "fwdrcsouthasia": "Roundcube forwards in Nepali, Sinhala, Tamil, Malayalam, Bengali, Urdu, "
    "Dari, Pashto and Khmer; English invitations inside.",
    "fwdoutlooklocal": "Outlook '-----Original Message-----' blocks in Catalan, Basque, "
    "Galician, Icelandic, Welsh, Albanian and Maltese (recalled).",
    "fwdnotelocal": "Forwards with the user's own note above ('can you add this?', or a move), "
    "Roundcube and K-9 in sq, ca, is, az, mk, eu.",
    "fwdk9caucasus": "K-9 Mail forwards in Georgian, Armenian (Armenian full stop '՝' for the "
    "colon), Belarusian, Bosnian, Malayalam, Bengali and Persian.",
    "fwdrchtml": "Roundcube HTML-only forwards (the header as a table) in eu, ca, ka, ta, ne, mk.",
    "fwdtwicelocal": "Double forwards: an agency's client forwards the employer's mail, the user "
    "forwards it again through another client and language.",
    "fwdreplylocal": "The user's replies (top-posted over an Outlook block, bottom-posted under "
    "a K-9 quote) and iPhone-style '> ' quoted forwards, in the clients' languages.",
}

# --- client strings ---------------------------------------------------------------------
# Roundcube labels.inc: originalmessage, subject, date, from, to (English where the file has none)
RC_LABELS: dict[str, tuple[str, str, str, str, str, str]] = {
    # lang: (localization dir, originalmessage, subject, date, from, to)
    "sq": ("sq_AL", "Mesazhi Origjinal", "Subjekt", "Datë", "Nga", "Për"),
    "is": ("is_IS", "Upprunaleg skilaboð", "Titill", "Dagsetning", "Frá", "Til"),
    "ga": ("ga_IE", "An teachtaireacht bhunaidh", "Ábhair", "Dáta", "Seolaí", "Chuig"),
    "cy": ("cy_GB", "Neges Wreiddiol", "Pwnc", "Dyddiad", "Oddi wrth", "Derbyniwr"),
    "eu": ("eu_ES", "Jatorrizko mezua", "Gaia", "Data", "Nork", "Nori"),
    "gl": ("gl_ES", "Mensaxe orixinal", "Asunto", "Data", "De", "Para"),
    "ca": ("ca_ES", "Missatge Original", "Assumpte", "Data", "Remitent", "Destinatari"),
    "mk": ("mk_MK", "Оригинална порака", "Наслов", "Датум", "Од", "Примач"),
    "bs": ("bs_BA", "Originalna poruka", "Naslov", "Datum", "Od", "Za"),
    "be": ("be_BE", "Арыгінальнае паведамленне", "Тэма", "Дата", "Ад", "Каму"),
    "ka": ("ka_GE", "ორიგინალი შეტყობინება", "სათაური", "თარიღი", "გამგზავნი", "ვის"),
    "hy": ("hy_AM", "Առաջին հաղորդագրությունը", "Վերնագիր", "Ամսաթիվ", "Ուղարկող", "Ստացող"),
    "az": ("az_AZ", "Orijinal məktub", "Mövzu", "Tarix", "Kimdən", "Kimə"),
    "mn": ("mn_MN", "Original Message", "Гарчиг", "Огноо", "Хэнээс", "Хэнд"),
    "ne": ("ne_NP", "Original Message", "विषय", "तारिख", "प्रेषक", "प्रापक"),
    "si": ("si_LK", "Original Message", "මාතෘකාව", "දිනය", "වෙතින්", "වෙත"),
    "km": ("km_KH", "សារ\u200bដើម", "ចំណងជើង", "កាលបរិច្ឆេត", "អ្នកផ្ញើ", "អ្នកទទួល"),
    "ta": ("ta_IN", "Original Message", "தலைப்பு", "தேதி", "அனுப்புனர்", "பெறுனர்"),
    "ml": ("ml_IN", "യഥാര്‍ഥ സന്ദേശം", "വിഷയം", "തീയതി", "പ്രേഷിതന്‍", "സ്വീകര്‍ത്താവ്"),
    "bn": ("bn_BD", "Original Message", "বিষয়", "তারিখ", "প্রেরক", "প্রাপক"),
    "ur": ("ur_PK", "Original Message", "مضمون", "تاریخ", "از", "To"),
    "fa-AF": ("fa_AF", "Original Message", "مضمون", "تاريخ", "ارسال کننده", "ګيرينده"),
    "ps": ("ps", "Original Message", "مضمون", "نېټه", "استوونکی", "ترلاسه کوونکی"),
}
# K-9 strings.xml: separator, from, send_date, to, subject (English where the file has none)
K9_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "sq": ("-------- Mesazhi Origjinal --------", "Nga:", "Dërguar më:", "Për:", "Subjekt:"),
    "is": ("-------- Upprunaleg skilaboð --------", "Frá:", "Sent:", "Til:", "Viðfangsefni:"),
    "ga": ("-------- Bunteachtaireacht --------", "Ó:", "Seolta:", "Chuig:", "Ábhar:"),
    "cy": ("-------- Neges Wreiddiol --------", "Oddi wrth:", "Anfonwyd:", "At:", "Pwnc:"),
    "eu": ("-------- Jatorrizko mezua --------", "Nork:", "Bidalita:", "Nori:", "Gaia:"),
    "gl": ("-------- Mensaxe Orixianl --------", "Dende:", "Enviado:", "Para:", "Asunto:"),
    "ca": ("-------- Missatge Original --------", "De:", "Enviat:", "A:", "Assumpte:"),
    "bs": ("-------- Originalna Poruka --------", "Od:", "Poslano:", "Za:", "Tema:"),
    "be": ("-------- Зыходны ліст --------", "Ад:", "Адпраўлена:", "Каму:", "Тэма:"),
    "ka": ("-------- საწყისი მესიჯი --------", "ვისგან:", "გაიგზავნა:", "ვის:", "საგანი:"),
    "hy": (
        "-------- Նախորդ հաղորդագրութիւնը --------",
        "Ումից՝",
        "Ուղարկուած՝",
        "Ում՝",
        "Վերնագիր՝",
    ),
    "ml": ("-------- യഥാർത്ഥ സന്ദേശം --------", "പ്രേഷിതാവ്:", "അയച്ചു:", "സ്വീകർത്താവ്:", "വിഷയം:"),
    "bn": ("-------- Original Message --------", "থেকে:", "পাঠানো হয়েছে:", "প্রতি:", "বিষয়:"),
    "fa": ("-------- پیام نخستین --------", "از:", "ارسال:", "به:", "موضوع:"),
}
K9_REPLY = {
    "sq": "{} shkroi:",
    "is": "{} skrifaði:",
    "ca": "{} ha escrit:",
    "gl": "{} escribiu:",
    "cy": "Ysgrifennodd {}:",
}
# Month names as CLDR writes them in a long date (the dateparser data the parser reads too)
MONTHS: dict[str, list[str]] = {
    "sq": [
        "janar",
        "shkurt",
        "mars",
        "prill",
        "maj",
        "qershor",
        "korrik",
        "gusht",
        "shtator",
        "tetor",
        "nëntor",
        "dhjetor",
    ],
    "is": [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ],
    "ga": [
        "Eanáir",
        "Feabhra",
        "Márta",
        "Aibreán",
        "Bealtaine",
        "Meitheamh",
        "Iúil",
        "Lúnasa",
        "Meán Fómhair",
        "Deireadh Fómhair",
        "Samhain",
        "Nollaig",
    ],
    "cy": [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ],
    "eu": [
        "urtarrila",
        "otsaila",
        "martxoa",
        "apirila",
        "maiatza",
        "ekaina",
        "uztaila",
        "abuztua",
        "iraila",
        "urria",
        "azaroa",
        "abendua",
    ],
    "gl": [
        "xaneiro",
        "febreiro",
        "marzo",
        "abril",
        "maio",
        "xuño",
        "xullo",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "decembro",
    ],
    "ca": [
        "de gener",
        "de febrer",
        "de març",
        "d'abril",
        "de maig",
        "de juny",
        "de juliol",
        "d'agost",
        "de setembre",
        "d'octubre",
        "de novembre",
        "de desembre",
    ],
    "bs": [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    "be": [
        "студзеня",
        "лютага",
        "сакавіка",
        "красавіка",
        "мая",
        "чэрвеня",
        "ліпеня",
        "жніўня",
        "верасня",
        "кастрычніка",
        "лістапада",
        "снежня",
    ],
    "ka": [
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი",
    ],
    "hy": [
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
    ],
    "ml": [
        "ജനുവരി",
        "ഫെബ്രുവരി",
        "മാർച്ച്",
        "ഏപ്രിൽ",
        "മേയ്",
        "ജൂൺ",
        "ജൂലൈ",
        "ഓഗസ്റ്റ്",
        "സെപ്റ്റംബർ",
        "ഒക്\u200cടോബർ",
        "നവംബർ",
        "ഡിസംബർ",
    ],
    "bn": [
        "জানুয়ারী",
        "ফেব্রুয়ারী",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    "fa": [
        "ژانویه",
        "فوریه",
        "مارس",
        "آوریل",
        "مه",
        "ژوئن",
        "ژوئیه",
        "اوت",
        "سپتامبر",
        "اکتبر",
        "نوامبر",
        "دسامبر",
    ],
    "mt": [
        "Jannar",
        "Frar",
        "Marzu",
        "April",
        "Mejju",
        "Ġunju",
        "Lulju",
        "Awwissu",
        "Settembru",
        "Ottubru",
        "Novembru",
        "Diċembru",
    ],
}
# Full weekday names (CLDR), Monday first
WEEKDAYS: dict[str, list[str]] = {
    "ca": ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
    "eu": ["astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea"],
    "gl": ["luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"],
    "is": [
        "mánudagur",
        "þriðjudagur",
        "miðvikudagur",
        "fimmtudagur",
        "föstudagur",
        "laugardagur",
        "sunnudagur",
    ],
    "cy": [
        "Dydd Llun",
        "Dydd Mawrth",
        "Dydd Mercher",
        "Dydd Iau",
        "Dydd Gwener",
        "Dydd Sadwrn",
        "Dydd Sul",
    ],
    "sq": ["e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"],
    "mt": ["It-Tnejn", "It-Tlieta", "L-Erbgħa", "Il-Ħamis", "Il-Ġimgħa", "Is-Sibt", "Il-Ħadd"],
}
# Outlook desktop's reply/forward block, recalled: rule, from, sent, to, subject
OUTLOOK: dict[str, tuple[str, str, str, str, str]] = {
    "ca": ("-----Missatge original-----", "De:", "Enviat el:", "Per a:", "Tema:"),
    "eu": ("-----Jatorrizko mezua-----", "Nork:", "Noiz:", "Nori:", "Gaia:"),
    "gl": ("-----Mensaxe orixinal-----", "De:", "Enviado:", "Para:", "Asunto:"),
    "is": ("-----Upprunaleg skilaboð-----", "Frá:", "Sent:", "Til:", "Efni:"),
    "cy": ("-----Neges Wreiddiol-----", "Oddi wrth:", "Anfonwyd:", "At:", "Pwnc:"),
    "sq": ("-----Mesazhi origjinal-----", "Nga:", "Dërguar:", "Për:", "Subjekti:"),
    "mt": ("-----Messaġġ Oriġinali-----", "Minn:", "Mibgħut:", "Lil:", "Suġġett:"),
}


def who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


def rc_block(lang: str, org: tuple[str, str], w: datetime, subject: str) -> str:
    """Roundcube's plain-text forward prefix (compose.php)."""
    _, rule, subj, date, frm, to = RC_LABELS[lang]
    return (
        f"-------- {rule} --------\n{subj}: {subject}\n{date}: {w:%Y-%m-%d %H:%M}\n"
        f"{frm}: {who(org)}\n{to}: {who(ME)}\n"
    )


def rc_html(lang: str, org: tuple[str, str], w: datetime, subject: str) -> str:
    """Roundcube's HTML forward prefix: the rule in a paragraph, the fields in a table."""
    _, rule, subj, date, frm, to = RC_LABELS[lang]
    row = '<tr><th align="right" nowrap="nowrap" valign="baseline">{}: </th><td>{}</td></tr>'
    q = htmllib.escape
    return (
        f"<br /><p>-------- {rule} --------</p>"
        '<table border="0" cellpadding="0" cellspacing="0"><tbody>'
        + row.format(subj, q(subject))
        + row.format(date, f"{w:%Y-%m-%d %H:%M}")
        + row.format(frm, q(who(org)))
        + row.format(to, q(who(ME)))
        + "</tbody></table><br>"
    )


def gmt(w: datetime) -> str:
    off = w.utcoffset()
    assert off is not None
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"GMT{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def k9_date(lang: str, w: datetime) -> str:
    """A Java LONG/LONG date: day, the month's name, year, clock with seconds, offset."""
    return f"{w.day} {MONTHS[lang][w.month - 1]} {w.year} {w:%H:%M:%S} {gmt(w)}"


def k9_block(lang: str, org: tuple[str, str], w: datetime, subject: str) -> str:
    """K-9 Mail's forward header (TextQuoteCreator): separator, From, Sent, To, Subject."""
    rule, frm, sent, to, subj = K9_LABELS[lang]
    return (
        f"{rule}\n{frm} {who(org)}\n{sent} {k9_date(lang, w)}\n{to} {who(ME)}\n{subj} {subject}\n"
    )


def outlook_date(lang: str, w: datetime) -> str:
    day, month = WEEKDAYS[lang][w.weekday()], MONTHS[lang][w.month - 1]
    if lang == "ca":
        return f"{day}, {w.day} {month} de {w.year} {w:%H:%M}"
    if lang == "gl":
        return f"{day}, {w.day} de {month} de {w.year} {w:%H:%M}"
    if lang == "eu":
        return f"{w.year}(e)ko {month}k {w.day}, {day} {w:%H:%M}"
    return f"{day}, {w.day} {month} {w.year} {w:%H:%M}"


def outlook_block(lang: str, org: tuple[str, str], w: datetime, subject: str) -> str:
    rule, frm, sent, to, subj = OUTLOOK[lang]
    return (
        f"{rule}\n{frm} {org[0]} [mailto:{org[1]}]\n{sent} {outlook_date(lang, w)}\n"
        f"{to} {who(ME)}\n{subj} {subject}\n"
    )


def block_for(client: str, lang: str, org: tuple[str, str], w: datetime, subject: str) -> str:
    if client == "rc":
        return rc_block(lang, org, w, subject)
    if client == "k9":
        return k9_block(lang, org, w, subject)
    assert client == "outlook"
    return outlook_block(lang, org, w, subject)


def template_for(client: str, lang: str) -> tuple[str, str]:
    if client in ("rc", "rchtml"):
        return RC.format(RC_LABELS[lang][0]), RC_LICENSE
    if client == "k9":
        return K9.format(lang), K9_LICENSE
    return RECALLED.format(lang), OWN


@dataclass
class Fwd:
    """One forward: the employer's message and the user's forward of it."""

    family: str
    lang: str
    name: str
    client: str  # rc, k9, outlook, rchtml
    org: tuple[str, str]
    zone: str
    sent: tuple[object, ...]  # the employer's message: y, m, d, h, mi, weekday
    subject: str
    body: str
    start: tuple[object, ...] | None  # None: a negative
    end: tuple[object, ...] | None = None
    what: str = ""
    note: str = ""  # the user's note above the forward
    delay: timedelta = timedelta(hours=3, minutes=7)
    kind: str = "invitation"
    zone_stated: bool = False
    prefix: str = "Fwd"


def _moment(values: tuple[object, ...], zone: str) -> datetime:
    y, mo, d, h, mi, wd = values
    return at(int(str(y)), int(str(mo)), int(str(d)), int(str(h)), int(str(mi)), zone, str(wd))


def _label(item: Fwd, fwd_sent: datetime) -> dict[str, object]:
    if item.start is None:
        label: dict[str, object] = {"kind": "not_invitation"}
    else:
        start = _moment(item.start, item.zone)
        end = _moment(item.end, item.zone) if item.end else None
        if item.zone_stated:
            label = {"kind": item.kind, **timed(start, end)}
        else:
            label = {"kind": item.kind, **timed(start, end, sent=fwd_sent)}
    label["original_sender"] = item.org[1]
    return label


def render(item: Fwd) -> Case:
    o_sent = _moment(item.sent, item.zone)
    f_sent = o_sent + item.delay
    key = f"fwdclients12/{item.family}/{item.name}"
    subject = f"{item.prefix}: {item.subject}"
    if item.client == "rchtml":
        paragraphs = "".join(
            f"<p>{htmllib.escape(part).replace(chr(10), '<br>')}</p>"
            for part in item.body.strip().split("\n\n")
        )
        note = f"<p>{htmllib.escape(item.note)}</p>" if item.note else ""
        page = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'</head><body style="font-size: 10pt">{note}'
            f"{rc_html(item.lang, item.org, o_sent, item.subject)}{paragraphs}</body></html>"
        )
        raw = mail(key, sender=ME, to=HOOK, subject=subject, sent=f_sent, html=page)
    else:
        head = block_for(item.client, item.lang, item.org, o_sent, item.subject)
        text = f"{head}\n{item.body.strip()}\n"
        if item.note:
            text = f"{item.note}\n\n\n{text}"
        raw = mail(key, sender=ME, to=HOOK, subject=subject, sent=f_sent, text=text)
    template, lic = template_for(item.client, item.lang)
    lang = "fa" if item.lang == "fa-AF" else item.lang
    return Case(
        item.family,
        SPLITS[item.family],
        f"{item.lang}_{item.name}",
        raw,
        _label(item, f_sent),
        lang,
        item.what,
        template,
        lic,
    )


D1 = timedelta(days=1, hours=1, minutes=20)
H3 = timedelta(hours=3, minutes=7)
H20 = timedelta(hours=20, minutes=40)

EN_NEG_WEBINAR = (
    "Dear all,\n\nOur open webinar on careers in logistics takes place on Thursday at 14:00. "
    "No registration is needed; the stream link will be posted on our page.\n\nPeople Team"
)


def fwdrcbalkan() -> Iterator[Case]:
    f = "fwdrcbalkan"
    rows = [
        Fwd(
            f,
            "sq",
            "e_enjte_ne_14",
            "rc",
            ("Elira Hoxha", "elira.hoxha@adriatik-soft.example.al"),
            "Europe/Tirane",
            (2026, 11, 10, 8, 0, "Tue"),
            "Intervistë pune",
            "Përshëndetje Alex,\n\nJu ftojmë për një intervistë pune të enjten në orën 14:00 në zyrën tonë, Rruga e Kavajës 12.\n\nMe respekt,\nElira Hoxha",
            (2026, 11, 12, 14, 0, "Thu"),
            delay=timedelta(days=1, hours=2),
            what="Roundcube (sq) forward 'Datë: 2026-11-10 08:00' over 'të enjten në orën 14:00' (Thursday 12th); forwarded on the Wednesday.",
        ),
        Fwd(
            f,
            "mk",
            "chetvrtok_10",
            "rc",
            ("Марија Стојанова", "m.stojanova@vardar-it.example.mk"),
            "Europe/Skopje",
            (2026, 11, 9, 9, 15, "Mon"),
            "Покана за интервју",
            "Почитуван Алекс,\n\nВе покануваме на интервју во четврток во 10:00 часот, во нашата канцеларија во Скопје.\n\nСо почит,\nМарија Стојанова",
            (2026, 11, 12, 10, 0, "Thu"),
            delay=timedelta(days=1, hours=5),
            what="Roundcube (mk) forward 'Датум: 2026-11-09 09:15'; 'во четврток во 10:00 часот'.",
        ),
        Fwd(
            f,
            "bs",
            "sutra_u_11",
            "rc",
            ("Amra Hadžić", "amra.hadzic@bosna-dev.example.ba"),
            "Europe/Sarajevo",
            (2026, 11, 16, 15, 30, "Mon"),
            "Intervju",
            "Poštovani Alex,\n\nPotvrđujemo Vaš intervju sutra u 11:00 putem Google Meet-a. Link ćemo poslati ujutro.\n\nLijep pozdrav,\nAmra Hadžić",
            (2026, 11, 17, 11, 0, "Tue"),
            delay=timedelta(hours=16, minutes=10),
            what="Roundcube (bs) forward dated Monday 15:30; 'sutra u 11:00' is the Tuesday, though forwarded on the Tuesday morning.",
        ),
        Fwd(
            f,
            "be",
            "serada_15",
            "rc",
            ("Вольга Карпович", "v.karpovich@nioman-tech.example.by"),
            "Europe/Minsk",
            (2026, 11, 9, 11, 0, "Mon"),
            "Запрашэнне на сумоўе",
            "Добры дзень, Алекс!\n\nЗапрашаем вас на сумоўе ў сераду, 18 лістапада, а 15:00.\n\nЗ павагай,\nВольга Карпович",
            (2026, 11, 18, 15, 0, "Wed"),
            delay=timedelta(days=2, hours=1),
            what="Roundcube (be) forward 'Дата: 2026-11-09 11:00'; full date 'у сераду, 18 лістапада, а 15:00'.",
        ),
        Fwd(
            f,
            "az",
            "cume_axsami_neg",
            "rc",
            ("Leyla Məmmədova", "leyla@xezer-hr.example.az"),
            "Asia/Baku",
            (2026, 11, 10, 10, 0, "Tue"),
            "Ofis bağlıdır",
            "Hörmətli əməkdaşlar,\n\nCümə axşamı saat 14:00-dan etibarən ofisimiz təmir işlərinə görə bağlı olacaq.\n\nİnsan resursları",
            None,
            delay=timedelta(hours=5),
            what="Negative: Roundcube (az) forward of an office closure 'Cümə axşamı saat 14:00-dan'.",
        ),
        Fwd(
            f,
            "ka",
            "thursday_english",
            "rc",
            ("Nino Beridze", "nino.beridze@kartli-labs.example.ge"),
            "Asia/Tbilisi",
            (2026, 11, 10, 9, 40, "Tue"),
            "Interview invitation",
            "Hi Alex,\n\nThank you for applying. We would like to invite you to an interview on Thursday at 16:00 (Tbilisi time) at our office on Rustaveli Avenue.\n\nBest,\nNino",
            (2026, 11, 12, 16, 0, "Thu"),
            delay=timedelta(days=1, hours=3),
            zone_stated=True,
            what="Roundcube (ka) forward 'თარიღი: 2026-11-10 09:40'; English 'Thursday at 16:00 (Tbilisi time)'.",
        ),
        Fwd(
            f,
            "hy",
            "webinar_neg",
            "rc",
            ("Anna Petrosyan", "anna@ararat-soft.example.am"),
            "Asia/Yerevan",
            (2026, 11, 10, 12, 0, "Tue"),
            "Careers webinar",
            EN_NEG_WEBINAR,
            None,
            what="Negative: Roundcube (hy) forward of an open webinar on Thursday at 14:00.",
        ),
        Fwd(
            f,
            "mn",
            "friday_10",
            "rc",
            ("Bat-Erdene Dorj", "baterdene@tuul-tech.example.mn"),
            "Asia/Ulaanbaatar",
            (2026, 11, 11, 10, 5, "Wed"),
            "Interview",
            "Dear Alex,\n\nWe are pleased to invite you for an interview on Friday at 10:00 in our Ulaanbaatar office. The interview will take about an hour.\n\nRegards,\nBat-Erdene",
            (2026, 11, 13, 10, 0, "Fri"),
            delay=timedelta(days=1, hours=1),
            what="Roundcube (mn) forward 'Огноо: 2026-11-11 10:05'; 'Friday at 10:00'.",
        ),
    ]
    yield from (render(item) for item in rows)


def fwdk9celtic() -> Iterator[Case]:
    f = "fwdk9celtic"
    rows = [
        Fwd(
            f,
            "is",
            "fimmtudag_kl_13",
            "k9",
            ("Guðrún Jónsdóttir", "gudrun@hekla-hugbunadur.example.is"),
            "Atlantic/Reykjavik",
            (2026, 11, 9, 10, 0, "Mon"),
            "Atvinnuviðtal",
            "Sæll Alex,\n\nVið viljum bjóða þér í viðtal fimmtudaginn 12. nóvember kl. 13:00 á skrifstofu okkar í Reykjavík.\n\nKveðja,\nGuðrún",
            (2026, 11, 12, 13, 0, "Thu"),
            delay=timedelta(days=1, hours=4),
            what="K-9 (is) forward 'Sent: 9 nóvember 2026 10:00:00 GMT+00:00'; 'fimmtudaginn 12. nóvember kl. 13:00'.",
        ),
        Fwd(
            f,
            "ga",
            "thursday_2pm",
            "k9",
            ("Siobhán Ní Bhriain", "siobhan@cliath-data.example.ie"),
            "Europe/Dublin",
            (2026, 11, 10, 9, 30, "Tue"),
            "Interview",
            "Hi Alex,\n\nThanks for your application. Could you come in for an interview on Thursday at 2pm? We're on the second floor of 14 Pearse Street.\n\nSiobhán",
            (2026, 11, 12, 14, 0, "Thu"),
            delay=timedelta(days=1, hours=22),
            what="K-9 (ga) forward 'Seolta: 10 Samhain 2026 09:30:00 GMT+00:00' forwarded on the Thursday morning; 'Thursday at 2pm' is that day.",
        ),
        Fwd(
            f,
            "cy",
            "dydd_gwener_10",
            "k9",
            ("Rhian Evans", "rhian.evans@menai-dev.example.wales"),
            "Europe/London",
            (2026, 11, 10, 11, 0, "Tue"),
            "Cyfweliad",
            "Helo Alex,\n\nHoffem eich gwahodd i gyfweliad ddydd Gwener, 13 Tachwedd am 10:00 yn ein swyddfa ym Mangor.\n\nCofion,\nRhian",
            (2026, 11, 13, 10, 0, "Fri"),
            delay=timedelta(days=1),
            what="K-9 (cy) forward 'Anfonwyd: 10 Tachwedd 2026 11:00:00'; 'ddydd Gwener, 13 Tachwedd am 10:00'.",
        ),
        Fwd(
            f,
            "eu",
            "tomorrow_english",
            "k9",
            ("Ane Etxeberria", "ane@bidasoa-soft.example.eus"),
            "Europe/Madrid",
            (2026, 11, 17, 16, 0, "Tue"),
            "Interview tomorrow",
            "Hi Alex,\n\nJust confirming our video interview tomorrow at 11:30. I'll send the Teams link in the morning.\n\nAne",
            (2026, 11, 18, 11, 30, "Wed"),
            delay=timedelta(hours=15, minutes=30),
            what="K-9 (eu) forward 'Bidalita: 17 azaroa 2026 16:00:00' forwarded the next morning; 'tomorrow at 11:30' is the Wednesday.",
        ),
        Fwd(
            f,
            "gl",
            "xoves_as_10",
            "k9",
            ("Uxía Castro", "uxia.castro@ria-tech.example.gal"),
            "Europe/Madrid",
            (2026, 11, 9, 12, 0, "Mon"),
            "Entrevista",
            "Ola Alex,\n\nConvidámoste a unha entrevista o xoves ás 10:30 na nosa oficina de Vigo.\n\nSaúdos,\nUxía",
            (2026, 11, 12, 10, 30, "Thu"),
            delay=timedelta(days=2, hours=1),
            what="K-9 (gl) forward 'Enviado: 9 novembro 2026 12:00:00' forwarded on the Wednesday; 'o xoves ás 10:30'.",
        ),
        Fwd(
            f,
            "ca",
            "parcel_neg",
            "k9",
            ("Missatgeria Ràpida", "avisos@missatgeria.example.cat"),
            "Europe/Madrid",
            (2026, 11, 10, 8, 0, "Tue"),
            "Lliurament del paquet",
            "Hola,\n\nEl teu paquet arribarà dijous entre les 14:00 i les 16:00. Si no hi ets, deixarem un avís.\n\nMissatgeria Ràpida",
            None,
            delay=timedelta(hours=2),
            what="Negative: K-9 (ca) forward of a parcel delivery window 'dijous entre les 14:00 i les 16:00'.",
        ),
        Fwd(
            f,
            "sq",
            "thank_you_neg",
            "k9",
            ("Blerta Krasniqi", "blerta@drini-group.example.al"),
            "Europe/Tirane",
            (2026, 11, 10, 17, 0, "Tue"),
            "Faleminderit",
            "Hi Alex,\n\nThank you for coming in on Monday. We will let you know our decision by Friday at 17:00.\n\nBlerta",
            None,
            delay=timedelta(hours=2),
            what="Negative: K-9 (sq) forward of a thank-you after the interview with a decision deadline.",
        ),
    ]
    yield from (render(item) for item in rows)


def fwdrcsouthasia() -> Iterator[Case]:
    f = "fwdrcsouthasia"
    rows = [
        Fwd(
            f,
            "ne",
            "thursday_11",
            "rc",
            ("Sita Shrestha", "sita@himal-tech.example.np"),
            "Asia/Kathmandu",
            (2026, 11, 9, 10, 0, "Mon"),
            "Interview call",
            "Dear Alex,\n\nWe are happy to invite you for an interview on Thursday at 11:00 AM at our Lalitpur office.\n\nRegards,\nSita",
            (2026, 11, 12, 11, 0, "Thu"),
            delay=timedelta(days=2, hours=2),
            what="Roundcube (ne) forward 'तारिख: 2026-11-09 10:00'; 'Thursday at 11:00 AM'.",
        ),
        Fwd(
            f,
            "si",
            "wednesday_3pm",
            "rc",
            ("Nimali Perera", "nimali@lanka-soft.example.lk"),
            "Asia/Colombo",
            (2026, 11, 9, 14, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nCan you join us for an interview on Wednesday at 3.00 pm? It will be at our Colombo 03 office.\n\nThanks,\nNimali",
            (2026, 11, 11, 15, 0, "Wed"),
            delay=timedelta(days=1, hours=20),
            what="Roundcube (si) forward 'දිනය: 2026-11-09 14:00' forwarded on the Wednesday morning; 'Wednesday at 3.00 pm'.",
        ),
        Fwd(
            f,
            "ta",
            "tomorrow_10",
            "rc",
            ("Karthik Raman", "karthik@kaveri-systems.example.in"),
            "Asia/Kolkata",
            (2026, 11, 12, 17, 30, "Thu"),
            "Interview tomorrow",
            "Hi Alex,\n\nYour technical interview is scheduled for tomorrow at 10:00 AM IST on Zoom.\n\nRegards,\nKarthik",
            (2026, 11, 13, 10, 0, "Fri"),
            delay=timedelta(hours=14),
            zone_stated=True,
            what="Roundcube (ta) forward 'தேதி: 2026-11-12 17:30' forwarded next morning; 'tomorrow at 10:00 AM IST'.",
        ),
        Fwd(
            f,
            "ml",
            "full_date",
            "rc",
            ("Anjali Nair", "anjali@periyar-labs.example.in"),
            "Asia/Kolkata",
            (2026, 11, 10, 9, 0, "Tue"),
            "Interview schedule",
            "Dear Alex,\n\nYour interview is on Monday, 16 November 2026 from 2:30 PM to 3:30 PM.\n\nAnjali Nair\nHR",
            (2026, 11, 16, 14, 30, "Mon"),
            end=(2026, 11, 16, 15, 30, "Mon"),
            delay=timedelta(days=1),
            what="Roundcube (ml) forward 'തീയതി: 2026-11-10 09:00'; full date and range.",
        ),
        Fwd(
            f,
            "bn",
            "sunday_neg",
            "rc",
            ("Rahim Uddin", "rahim@padma-it.example.bd"),
            "Asia/Dhaka",
            (2026, 11, 10, 11, 0, "Tue"),
            "Holiday notice",
            "Dear colleagues,\n\nThe office will remain closed on Sunday. Regular hours resume on Monday at 9:00.\n\nAdmin",
            None,
            delay=timedelta(hours=6),
            what="Negative: Roundcube (bn) forward of a holiday notice with a weekday and a time.",
        ),
        Fwd(
            f,
            "ur",
            "friday_noon",
            "rc",
            ("Ayesha Khan", "ayesha.khan@indus-soft.example.pk"),
            "Asia/Karachi",
            (2026, 11, 10, 10, 0, "Tue"),
            "Interview",
            "Dear Alex,\n\nWe would like to meet you for an interview on Friday at 12:30 pm at our Lahore office.\n\nAyesha",
            (2026, 11, 13, 12, 30, "Fri"),
            delay=timedelta(days=2),
            what="Roundcube (ur) forward 'تاریخ: 2026-11-10 10:00' and the English 'To' Roundcube's Urdu file lacks; 'Friday at 12:30 pm'.",
        ),
        Fwd(
            f,
            "fa-AF",
            "tuesday_9",
            "rc",
            ("Farid Ahmadi", "farid@kabul-tech.example.af"),
            "Asia/Kabul",
            (2026, 11, 12, 9, 0, "Thu"),
            "Interview",
            "Dear Alex,\n\nPlease come for an interview on Tuesday at 9:30 AM.\n\nFarid",
            (2026, 11, 17, 9, 30, "Tue"),
            delay=timedelta(days=1),
            what="Roundcube (fa_AF, Dari) forward 'تاريخ: 2026-11-12 09:00'; 'Tuesday at 9:30 AM'.",
        ),
        Fwd(
            f,
            "ps",
            "exam_neg",
            "rc",
            ("Registrar", "registrar@spinghar-college.example.af"),
            "Asia/Kabul",
            (2026, 11, 10, 8, 0, "Tue"),
            "Exam timetable",
            "Students,\n\nThe final exam for Databases is on Thursday at 10:00 in Hall B. Bring your student card.\n\nRegistrar",
            None,
            delay=timedelta(hours=4),
            what="Negative: Roundcube (ps) forward of an exam timetable.",
        ),
        Fwd(
            f,
            "km",
            "thursday_2",
            "rc",
            ("Sokha Chan", "sokha@mekong-dev.example.kh"),
            "Asia/Phnom_Penh",
            (2026, 11, 10, 9, 0, "Tue"),
            "Interview",
            "Hello Alex,\n\nWe invite you to an interview on Thursday at 2:00 PM at our office near Wat Phnom.\n\nSokha",
            (2026, 11, 12, 14, 0, "Thu"),
            delay=timedelta(days=1, hours=3),
            what="Roundcube (km) forward 'កាលបរិច្ឆេត: 2026-11-10 09:00'; 'Thursday at 2:00 PM'.",
        ),
    ]
    yield from (render(item) for item in rows)


def fwdoutlooklocal() -> Iterator[Case]:
    f = "fwdoutlooklocal"
    rows = [
        Fwd(
            f,
            "ca",
            "dijous_14",
            "outlook",
            ("Jordi Puig", "jordi.puig@empordatech.example.cat"),
            "Europe/Madrid",
            (2026, 11, 10, 9, 0, "Tue"),
            "Entrevista",
            "Hola Alex,\n\nEt convidem a una entrevista dijous a les 14:00 a la nostra oficina de Girona.\n\nSalutacions,\nJordi",
            (2026, 11, 12, 14, 0, "Thu"),
            delay=timedelta(days=1, hours=1),
            prefix="RV",
            what="Outlook (ca) '-----Missatge original-----' with 'Enviat el: dimarts, 10 de novembre de 2026 09:00'; 'dijous a les 14:00'.",
        ),
        Fwd(
            f,
            "eu",
            "english_friday",
            "outlook",
            ("Mikel Arana", "mikel@urola-data.example.eus"),
            "Europe/Madrid",
            (2026, 11, 9, 13, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nWould Friday at 9:00 work for a first interview? If so, come to our Donostia office.\n\nMikel",
            None,
            delay=timedelta(hours=5),
            prefix="FW",
            what="Negative: Outlook (eu) forward of a question ('Would Friday at 9:00 work?'), nothing set yet.",
        ),
        Fwd(
            f,
            "gl",
            "mana_as_12",
            "outlook",
            ("Brais Otero", "brais@mino-soft.example.gal"),
            "Europe/Madrid",
            (2026, 11, 16, 18, 0, "Mon"),
            "Entrevista mañá",
            "Ola Alex,\n\nConfirmámosche a entrevista de mañá ás 12:00 por videochamada.\n\nBrais",
            (2026, 11, 17, 12, 0, "Tue"),
            delay=timedelta(hours=14),
            prefix="RV",
            what="Outlook (gl) forward dated 'luns, 16 de novembro de 2026 18:00', forwarded on the Tuesday; 'mañá ás 12:00'.",
        ),
        Fwd(
            f,
            "is",
            "english_wednesday",
            "outlook",
            ("Einar Magnússon", "einar@vatna-tech.example.is"),
            "Atlantic/Reykjavik",
            (2026, 11, 9, 15, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nWe'd like to see you on Wednesday at 10:00 for an interview at Borgartún 21.\n\nEinar",
            (2026, 11, 11, 10, 0, "Wed"),
            delay=timedelta(days=1, hours=18),
            prefix="FW",
            what="Outlook (is) forward 'Sent: mánudagur, 9 nóvember 2026 15:00' forwarded on the Wednesday morning; 'Wednesday at 10:00'.",
        ),
        Fwd(
            f,
            "cy",
            "dydd_iau_neg",
            "outlook",
            ("Gareth Morgan", "gareth@teifi-systems.example.wales"),
            "Europe/London",
            (2026, 11, 10, 12, 0, "Tue"),
            "Diweddariad",
            "Helo Alex,\n\nDiolch am ddod i'r cyfweliad ddoe. Byddwn yn rhoi gwybod erbyn dydd Iau am 17:00.\n\nGareth",
            None,
            delay=timedelta(hours=3),
            prefix="FW",
            what="Negative: Outlook (cy) forward of a thank-you with a decision deadline 'erbyn dydd Iau am 17:00'.",
        ),
        Fwd(
            f,
            "sq",
            "e_premte_9",
            "outlook",
            ("Arben Gashi", "arben.gashi@shkodra-it.example.al"),
            "Europe/Tirane",
            (2026, 11, 10, 16, 0, "Tue"),
            "Intervistë",
            "Përshëndetje Alex,\n\nIntervista juaj është caktuar të premten, më 13 nëntor, në orën 09:30.\n\nArben",
            (2026, 11, 13, 9, 30, "Fri"),
            delay=timedelta(days=1),
            prefix="FW",
            what="Outlook (sq) forward 'Dërguar: e martë, 10 nëntor 2026 16:00'; 'të premten, më 13 nëntor, në orën 09:30'.",
        ),
        Fwd(
            f,
            "mt",
            "english_monday",
            "outlook",
            ("Maria Camilleri", "maria@valletta-fintech.example.mt"),
            "Europe/Malta",
            (2026, 11, 11, 10, 0, "Wed"),
            "Interview next week",
            "Hi Alex,\n\nWe would like to invite you for an interview on Monday at 11:00 at our Sliema office.\n\nMaria",
            (2026, 11, 16, 11, 0, "Mon"),
            delay=timedelta(days=1, hours=2),
            prefix="FW",
            what="Outlook (mt) forward 'Mibgħut: L-Erbgħa, 11 Novembru 2026 10:00'; 'Monday at 11:00'.",
        ),
    ]
    yield from (render(item) for item in rows)


def fwdnotelocal() -> Iterator[Case]:
    f = "fwdnotelocal"
    rows = [
        Fwd(
            f,
            "sq",
            "mund_ta_shtosh",
            "rc",
            ("Ilir Berisha", "ilir@dardania-soft.example.al"),
            "Europe/Tirane",
            (2026, 11, 9, 11, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nWe'd like to invite you to an interview on Wednesday at 15:00.\n\nIlir",
            (2026, 11, 11, 15, 0, "Wed"),
            delay=timedelta(days=1, hours=20),
            note="A mund ta shtosh këtë në kalendar?",
            what="Roundcube (sq) forward with the note 'A mund ta shtosh këtë në kalendar?'; 'Wednesday at 15:00'.",
        ),
        Fwd(
            f,
            "ca",
            "ho_han_mogut",
            "k9",
            ("Laia Ferrer", "laia@costa-brava-it.example.cat"),
            "Europe/Madrid",
            (2026, 11, 9, 10, 0, "Mon"),
            "Entrevista",
            "Hola Alex,\n\nEt proposem una entrevista dijous a les 10:00.\n\nLaia",
            (2026, 11, 13, 10, 0, "Fri"),
            delay=timedelta(days=1, hours=2),
            kind="reschedule",
            note="M'han trucat: l'han passat a divendres, mateixa hora.",
            what="K-9 (ca) forward with a note moving it: 'l'han passat a divendres, mateixa hora' (Thursday 10:00 becomes Friday 10:00).",
        ),
        Fwd(
            f,
            "is",
            "add_this",
            "k9",
            ("Sigrún Helgadóttir", "sigrun@fjord-dev.example.is"),
            "Atlantic/Reykjavik",
            (2026, 11, 10, 9, 0, "Tue"),
            "Interview",
            "Hi Alex,\n\nCan we meet on Thursday at 13:30 at our Akureyri office?\n\nSigrún",
            (2026, 11, 12, 13, 30, "Thu"),
            delay=timedelta(days=1, hours=3),
            note="Getur þú bætt þessu við? Ég staðfesti þetta í gær.",
            what="K-9 (is) forward; the note says the user confirmed it; 'Thursday at 13:30'.",
        ),
        Fwd(
            f,
            "az",
            "fyi_neg",
            "rc",
            ("Rauf Əliyev", "rauf@baku-logistics.example.az"),
            "Asia/Baku",
            (2026, 11, 10, 9, 0, "Tue"),
            "Təlim",
            "Salam,\n\nCümə günü saat 10:00-da yeni əməkdaşlar üçün təhlükəsizlik təlimi keçiriləcək.\n\nRauf",
            None,
            delay=timedelta(hours=2),
            note="Sadəcə məlumat üçün.",
            what="Negative: Roundcube (az) forward, note 'just for information', of a staff safety training.",
        ),
        Fwd(
            f,
            "mk",
            "pomesten_chas",
            "rc",
            ("Goran Petrovski", "goran@ohrid-labs.example.mk"),
            "Europe/Skopje",
            (2026, 11, 10, 10, 0, "Tue"),
            "Interview",
            "Hi Alex,\n\nYour interview is on Thursday at 11:00.\n\nGoran",
            (2026, 11, 12, 12, 0, "Thu"),
            delay=timedelta(days=1),
            kind="reschedule",
            note="Го поместија на 12:00, истиот ден.",
            what="Roundcube (mk) forward with the note 'Го поместија на 12:00, истиот ден' (moved to 12:00, same day).",
        ),
        Fwd(
            f,
            "eu",
            "gehitu_hau",
            "k9",
            ("Itziar Goikoetxea", "itziar@nerbioi-tech.example.eus"),
            "Europe/Madrid",
            (2026, 11, 9, 12, 0, "Mon"),
            "Elkarrizketa",
            "Kaixo Alex,\n\nElkarrizketa azaroaren 12an izango da, 10:00etan, Bilboko bulegoan.\n\nItziar",
            (2026, 11, 12, 10, 0, "Thu"),
            delay=timedelta(days=1, hours=1),
            note="Gehitu hau, mesedez.",
            what="K-9 (eu) forward with 'Gehitu hau, mesedez'; 'azaroaren 12an ... 10:00etan'.",
        ),
        Fwd(
            f,
            "sq",
            "neg_deadline",
            "k9",
            ("Eni Leka", "eni@tirana-bank.example.al"),
            "Europe/Tirane",
            (2026, 11, 10, 12, 0, "Tue"),
            "Dokumentet",
            "Hi Alex,\n\nPlease send your diploma copies before Thursday 12:00 so we can finish the file.\n\nEni",
            None,
            delay=timedelta(hours=4),
            note="Kujtesë për mua.",
            what="Negative: K-9 (sq) forward of a documents deadline, the note 'reminder for me'.",
        ),
    ]
    yield from (render(item) for item in rows)


# --- held out ---------------------------------------------------------------------------


def fwdk9caucasus() -> Iterator[Case]:
    f = "fwdk9caucasus"
    rows = [
        Fwd(
            f,
            "ka",
            "thursday_11",
            "k9",
            ("Giorgi Kapanadze", "giorgi@mtkvari-soft.example.ge"),
            "Asia/Tbilisi",
            (2026, 11, 9, 10, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nWe'd like to invite you to an interview on Thursday at 11:00 at our Tbilisi office.\n\nGiorgi",
            (2026, 11, 12, 11, 0, "Thu"),
            delay=timedelta(days=1, hours=2),
            what="K-9 (ka) forward; 'Thursday at 11:00'.",
        ),
        Fwd(
            f,
            "hy",
            "friday_15",
            "k9",
            ("Armen Sargsyan", "armen@sevan-tech.example.am"),
            "Asia/Yerevan",
            (2026, 11, 10, 11, 0, "Tue"),
            "Interview",
            "Dear Alex,\n\nPlease come to an interview on Friday at 15:00.\n\nArmen",
            (2026, 11, 13, 15, 0, "Fri"),
            delay=timedelta(days=1, hours=5),
            what="K-9 (hy) forward with Armenian '՝' after the labels; 'Friday at 15:00'.",
        ),
        Fwd(
            f,
            "be",
            "zautra",
            "k9",
            ("Ігар Навумчык", "ihar@minsk-dev.example.by"),
            "Europe/Minsk",
            (2026, 11, 11, 17, 0, "Wed"),
            "Сумоўе заўтра",
            "Алекс, добры дзень!\n\nНагадваю пра сумоўе заўтра а 10:00.\n\nІгар",
            (2026, 11, 12, 10, 0, "Thu"),
            delay=timedelta(hours=15),
            what="K-9 (be) forward; 'заўтра а 10:00' from the Wednesday, forwarded on the Thursday.",
        ),
        Fwd(
            f,
            "bs",
            "srijeda_neg",
            "k9",
            ("Edin Kovačević", "edin@mostar-it.example.ba"),
            "Europe/Sarajevo",
            (2026, 11, 10, 9, 0, "Tue"),
            "Radionica",
            "Pozdrav,\n\nU srijedu u 14:00 održat ćemo otvorenu radionicu o karijeri u IT-u. Prijava nije potrebna.\n\nEdin",
            None,
            delay=timedelta(hours=3),
            what="Negative: K-9 (bs) forward of an open career workshop.",
        ),
        Fwd(
            f,
            "ml",
            "monday_10",
            "k9",
            ("Deepa Menon", "deepa@kochi-soft.example.in"),
            "Asia/Kolkata",
            (2026, 11, 12, 12, 0, "Thu"),
            "Interview",
            "Hi Alex,\n\nYour interview is fixed for Monday at 10:00 AM.\n\nDeepa",
            (2026, 11, 16, 10, 0, "Mon"),
            delay=timedelta(days=1),
            what="K-9 (ml) forward; 'Monday at 10:00 AM'.",
        ),
        Fwd(
            f,
            "bn",
            "wednesday_3",
            "k9",
            ("Tanvir Hasan", "tanvir@jamuna-tech.example.bd"),
            "Asia/Dhaka",
            (2026, 11, 9, 10, 0, "Mon"),
            "Interview",
            "Dear Alex,\n\nPlease attend the interview on Wednesday at 3:00 PM.\n\nTanvir",
            (2026, 11, 11, 15, 0, "Wed"),
            delay=timedelta(days=1, hours=23),
            what="K-9 (bn) forward on the Wednesday morning; 'Wednesday at 3:00 PM'.",
        ),
        Fwd(
            f,
            "fa",
            "panjshanbe",
            "k9",
            ("مریم رضایی", "maryam@alborz-soft.example.ir"),
            "Asia/Tehran",
            (2026, 11, 9, 10, 0, "Mon"),
            "دعوت به مصاحبه",
            "سلام الکس،\n\nشما را برای مصاحبه روز پنجشنبه ساعت ۱۴:۰۰ دعوت می‌کنیم.\n\nمریم رضایی",
            (2026, 11, 12, 14, 0, "Thu"),
            delay=timedelta(days=2),
            what="K-9 (fa) forward; 'پنجشنبه ساعت ۱۴:۰۰'.",
        ),
    ]
    yield from (render(item) for item in rows)


def fwdrchtml() -> Iterator[Case]:
    f = "fwdrchtml"
    rows = [
        Fwd(
            f,
            "eu",
            "english_thursday",
            "rchtml",
            ("Jon Zubiri", "jon@txingudi-labs.example.eus"),
            "Europe/Madrid",
            (2026, 11, 10, 9, 0, "Tue"),
            "Interview",
            "Hi Alex,\n\nCould you come for an interview on Thursday at 12:00?\n\nJon",
            (2026, 11, 12, 12, 0, "Thu"),
            delay=timedelta(days=1, hours=2),
            what="Roundcube HTML (eu) forward; 'Thursday at 12:00'.",
        ),
        Fwd(
            f,
            "ca",
            "dimecres_neg",
            "rchtml",
            ("Ajuntament", "informacio@ajuntament.example.cat"),
            "Europe/Madrid",
            (2026, 11, 9, 9, 0, "Mon"),
            "Tall d'aigua",
            "Benvolguts veïns,\n\nDimecres de 10:00 a 13:00 hi haurà un tall d'aigua al carrer Major.\n\nAjuntament",
            None,
            delay=timedelta(hours=3),
            what="Negative: Roundcube HTML (ca) forward of a water cut notice.",
        ),
        Fwd(
            f,
            "ka",
            "friday_14",
            "rchtml",
            ("Tamar Lomidze", "tamar@batumi-tech.example.ge"),
            "Asia/Tbilisi",
            (2026, 11, 11, 10, 0, "Wed"),
            "Interview",
            "Hello Alex,\n\nWe will be glad to see you on Friday at 14:00 for an interview.\n\nTamar",
            (2026, 11, 13, 14, 0, "Fri"),
            delay=timedelta(days=1, hours=1),
            what="Roundcube HTML (ka) forward; 'Friday at 14:00'.",
        ),
        Fwd(
            f,
            "ta",
            "tuesday_11",
            "rchtml",
            ("Priya Sundaram", "priya@chennai-dev.example.in"),
            "Asia/Kolkata",
            (2026, 11, 12, 15, 0, "Thu"),
            "Interview",
            "Dear Alex,\n\nThe panel interview will be on Tuesday at 11:00 AM.\n\nPriya",
            (2026, 11, 17, 11, 0, "Tue"),
            delay=timedelta(days=1),
            what="Roundcube HTML (ta) forward; 'Tuesday at 11:00 AM'.",
        ),
        Fwd(
            f,
            "ne",
            "tomorrow_2",
            "rchtml",
            ("Ram Karki", "ram@everest-it.example.np"),
            "Asia/Kathmandu",
            (2026, 11, 10, 16, 0, "Tue"),
            "Interview tomorrow",
            "Dear Alex,\n\nThis is to confirm your interview tomorrow at 2 PM.\n\nRam",
            (2026, 11, 11, 14, 0, "Wed"),
            delay=timedelta(hours=17),
            what="Roundcube HTML (ne) forward on the next morning; 'tomorrow at 2 PM'.",
        ),
        Fwd(
            f,
            "mk",
            "seminar_neg",
            "rchtml",
            ("Билјана Ристова", "biljana@skopje-events.example.mk"),
            "Europe/Skopje",
            (2026, 11, 10, 10, 0, "Tue"),
            "Семинар",
            "Почитувани,\n\nВе покануваме на отворен семинар во петок во 16:00 во хотел Александар.\n\nБилјана",
            None,
            delay=timedelta(hours=4),
            what="Negative: Roundcube HTML (mk) forward of an open seminar.",
        ),
    ]
    yield from (render(item) for item in rows)


def _twice(
    name: str,
    lang: str,
    inner: tuple[str, str],
    outer: tuple[str, str],
    lang_outer: str,
    employer: tuple[str, str],
    agency: tuple[str, str],
    zone: str,
    sent: tuple[object, ...],
    subject: str,
    body: str,
    start: tuple[object, ...] | None,
    what: str,
) -> Case:
    """The employer writes; the agency forwards through `inner`; the user forwards again."""
    f = "fwdtwicelocal"
    e_sent = _moment(sent, zone)
    a_sent = e_sent + timedelta(hours=2, minutes=15)
    u_sent = a_sent + timedelta(days=1, hours=1)
    first = block_for(inner[0], inner[1], employer, e_sent, subject)
    agency_text = f"Alex, please see below.\n\n{agency[0]}\n\n\n{first}\n{body.strip()}\n"
    second = block_for(outer[0], lang_outer, agency, a_sent, f"Fwd: {subject}")
    text = f"{second}\n{agency_text}"
    raw = mail(
        f"fwdclients12/{f}/{name}",
        sender=ME,
        to=HOOK,
        subject=f"Fwd: Fwd: {subject}",
        sent=u_sent,
        text=text,
    )
    label: dict[str, object]
    if start is None:
        label = {"kind": "not_invitation"}
    else:
        label = {"kind": "invitation", **timed(_moment(start, zone), sent=u_sent)}
    label["original_sender"] = employer[1]
    template = f"{template_for(*inner)[0]}; outer: {template_for(outer[0], lang_outer)[0]}"
    return Case(f, SPLITS[f], f"{lang}_{name}", raw, label, lang, what, template, OWN)


def fwdtwicelocal() -> Iterator[Case]:
    agency = ("Talent Bridge", "desk@talentbridge.example.com")
    yield _twice(
        "k9_in_rc",
        "sq",
        ("k9", "sq"),
        ("rc", ""),
        "sq",
        ("Dritan Meta", "dritan@vlora-soft.example.al"),
        agency,
        "Europe/Tirane",
        (2026, 11, 9, 9, 0, "Mon"),
        "Interview",
        "Hi Alex,\n\nWe'd like to meet you on Thursday at 10:00.\n\nDritan",
        (2026, 11, 12, 10, 0, "Thu"),
        "K-9 (sq) block inside a Roundcube (sq) forward; 'Thursday at 10:00'.",
    )
    yield _twice(
        "rc_in_outlook",
        "ca",
        ("rc", "ca"),
        ("outlook", ""),
        "ca",
        ("Marta Soler", "marta@lleida-tech.example.cat"),
        agency,
        "Europe/Madrid",
        (2026, 11, 10, 11, 0, "Tue"),
        "Entrevista",
        "Hola Alex,\n\nT'esperem divendres a les 9:30.\n\nMarta",
        (2026, 11, 13, 9, 30, "Fri"),
        "Roundcube (ca) block inside an Outlook (ca) forward; 'divendres a les 9:30'.",
    )
    yield _twice(
        "outlook_in_k9",
        "is",
        ("outlook", "is"),
        ("k9", ""),
        "is",
        ("Hildur Ólafsdóttir", "hildur@esja-soft.example.is"),
        agency,
        "Atlantic/Reykjavik",
        (2026, 11, 9, 13, 0, "Mon"),
        "Interview",
        "Hi Alex,\n\nHow about Wednesday at 14:00 at our office?\n\nHildur",
        (2026, 11, 11, 14, 0, "Wed"),
        "Outlook (is) block inside a K-9 (is) forward; 'Wednesday at 14:00'.",
    )
    yield _twice(
        "rc_in_rc",
        "ne",
        ("rc", "ne"),
        ("rc", ""),
        "bn",
        ("Bikash Thapa", "bikash@pokhara-it.example.np"),
        agency,
        "Asia/Kathmandu",
        (2026, 11, 10, 10, 0, "Tue"),
        "Interview",
        "Dear Alex,\n\nYour interview is on Thursday at 1:00 PM.\n\nBikash",
        (2026, 11, 12, 13, 0, "Thu"),
        "Roundcube (ne) block inside a Roundcube (bn) forward; 'Thursday at 1:00 PM'.",
    )
    yield _twice(
        "neg_fair",
        "eu",
        ("k9", "eu"),
        ("rc", ""),
        "eu",
        ("Enplegu Azoka", "info@enplegu-azoka.example.eus"),
        agency,
        "Europe/Madrid",
        (2026, 11, 10, 9, 0, "Tue"),
        "Job fair",
        "Hello,\n\nThe regional job fair opens on Friday at 10:00 at the BEC exhibition centre.\n\nOrganisers",
        None,
        "Negative: a job fair notice forwarded twice (K-9 eu inside Roundcube eu).",
    )
    yield _twice(
        "rc_in_k9",
        "mk",
        ("rc", "mk"),
        ("k9", ""),
        "bs",
        ("Ана Trajkovska", "ana@struga-dev.example.mk"),
        agency,
        "Europe/Skopje",
        (2026, 11, 11, 10, 0, "Wed"),
        "Interview",
        "Hi Alex,\n\nSee you on Monday at 9:00 for the interview.\n\nAna",
        (2026, 11, 16, 9, 0, "Mon"),
        "Roundcube (mk) block inside a K-9 (bs) forward; 'Monday at 9:00'.",
    )


def fwdreplylocal() -> Iterator[Case]:
    f = "fwdreplylocal"
    # top-posted reply by the user over an Outlook block, sent to Afterview too
    items: list[tuple[str, str, bytes, dict[str, object], str, str, str]] = []

    def reply_top(
        name: str,
        lang: str,
        employer: tuple[str, str],
        zone: str,
        sent: tuple[object, ...],
        subject: str,
        body: str,
        answer: str,
        start: tuple[object, ...] | None,
        what: str,
    ) -> None:
        e_sent = _moment(sent, zone)
        u_sent = e_sent + timedelta(hours=4)
        text = f"{answer}\n\n{outlook_block(lang, employer, e_sent, subject)}\n{body.strip()}\n"
        raw = mail(
            f"fwdclients12/{f}/{name}",
            sender=ME,
            to=HOOK,
            subject=f"RE: {subject}",
            sent=u_sent,
            text=text,
        )
        label: dict[str, object] = (
            {"kind": "not_invitation"}
            if start is None
            else {"kind": "invitation", **timed(_moment(start, zone), sent=u_sent)}
        )
        items.append((name, lang, raw, label, what, RECALLED.format(lang), OWN))

    def reply_bottom(
        name: str,
        lang: str,
        employer: tuple[str, str],
        zone: str,
        sent: tuple[object, ...],
        subject: str,
        body: str,
        answer: str,
        start: tuple[object, ...] | None,
        what: str,
    ) -> None:
        e_sent = _moment(sent, zone)
        u_sent = e_sent + timedelta(hours=5)
        attribution = K9_REPLY[lang].format(who(employer))
        text = f"{attribution}\n{quoted(body)}\n\n{answer}\n"
        raw = mail(
            f"fwdclients12/{f}/{name}",
            sender=ME,
            to=HOOK,
            subject=f"Re: {subject}",
            sent=u_sent,
            text=text,
        )
        label: dict[str, object] = (
            {"kind": "not_invitation"}
            if start is None
            else {"kind": "invitation", **timed(_moment(start, zone), sent=u_sent)}
        )
        items.append(
            (
                name,
                lang,
                raw,
                label,
                what,
                K9.format(lang) + " (message_compose_reply_header_fmt)",
                K9_LICENSE,
            )
        )

    def iphone(
        name: str,
        lang: str,
        client: str,
        employer: tuple[str, str],
        zone: str,
        sent: tuple[object, ...],
        subject: str,
        body: str,
        start: tuple[object, ...] | None,
        what: str,
    ) -> None:
        e_sent = _moment(sent, zone)
        u_sent = e_sent + timedelta(days=1, hours=2)
        head = block_for(client, lang, employer, e_sent, subject)
        text = "Sent from my iPhone\n\n" + quoted(f"{head}\n{body.strip()}") + "\n"
        raw = mail(
            f"fwdclients12/{f}/{name}",
            sender=ME,
            to=HOOK,
            subject=f"Fwd: {subject}",
            sent=u_sent,
            text=text,
        )
        label: dict[str, object] = (
            {"kind": "not_invitation"}
            if start is None
            else {"kind": "invitation", **timed(_moment(start, zone), sent=u_sent)}
        )
        template, lic = template_for(client, lang)
        items.append((name, lang, raw, label, what, template, lic))

    reply_top(
        "top_ca",
        "ca",
        ("Pere Vidal", "pere@tarragona-soft.example.cat"),
        "Europe/Madrid",
        (2026, 11, 10, 9, 0, "Tue"),
        "Entrevista",
        "Hola Alex,\n\nT'esperem dijous a les 11:00 a la nostra oficina.\n\nPere",
        "Perfecte, hi seré. Gràcies!",
        (2026, 11, 12, 11, 0, "Thu"),
        "Top-posted reply 'Perfecte, hi seré' over an Outlook (ca) block; 'dijous a les 11:00'.",
    )
    reply_top(
        "top_sq_neg",
        "sq",
        ("Besa Dervishi", "besa@korca-tech.example.al"),
        "Europe/Tirane",
        (2026, 11, 10, 10, 0, "Tue"),
        "Interview",
        "Hi Alex,\n\nWould Thursday at 15:00 or Friday at 10:00 suit you?\n\nBesa",
        "Faleminderit! Të dyja më përshtaten.",
        None,
        "Negative: top-posted reply ('both suit me') over an Outlook (sq) block offering two times; nothing is fixed.",
    )
    reply_bottom(
        "bottom_gl",
        "gl",
        ("Noa Fernández", "noa@compostela-it.example.gal"),
        "Europe/Madrid",
        (2026, 11, 9, 12, 0, "Mon"),
        "Entrevista",
        "Ola Alex,\n\nA entrevista será o mércores ás 16:00.\n\nNoa",
        "Moitas grazas, alí estarei.",
        (2026, 11, 11, 16, 0, "Wed"),
        "Bottom-posted reply under K-9's '… escribiu:' quote; 'o mércores ás 16:00'.",
    )
    reply_bottom(
        "bottom_is",
        "is",
        ("Ari Sigurðsson", "ari@laugar-tech.example.is"),
        "Atlantic/Reykjavik",
        (2026, 11, 10, 9, 0, "Tue"),
        "Interview",
        "Hi Alex,\n\nSee you on Friday at 10:30.\n\nAri",
        "Takk, sjáumst þá.",
        (2026, 11, 13, 10, 30, "Fri"),
        "Bottom-posted reply under K-9's '… skrifaði:' quote; 'Friday at 10:30'.",
    )
    iphone(
        "iphone_rc_be",
        "be",
        "rc",
        ("Аляксей Шымко", "a.shymko@brest-soft.example.by"),
        "Europe/Minsk",
        (2026, 11, 9, 10, 0, "Mon"),
        "Interview",
        "Hi Alex,\n\nWe invite you to an interview on Wednesday at 12:00.\n\nAliaksei",
        (2026, 11, 11, 12, 0, "Wed"),
        "iPhone '> ' quoted Roundcube (be) forward; 'Wednesday at 12:00'.",
    )
    iphone(
        "iphone_k9_cy",
        "cy",
        "k9",
        ("Owain Jones", "owain@conwy-data.example.wales"),
        "Europe/London",
        (2026, 11, 10, 9, 0, "Tue"),
        "Interview",
        "Hi Alex,\n\nWe'd like to invite you in on Thursday at 2pm.\n\nOwain",
        (2026, 11, 12, 14, 0, "Thu"),
        "iPhone '> ' quoted K-9 (cy) forward; 'Thursday at 2pm'.",
    )
    for name, lang, raw, label, what, template, lic in items:
        yield Case(f, SPLITS[f], f"{lang}_{name}", raw, label, lang, what, template, lic)


BUILDERS = [
    fwdrcbalkan,
    fwdk9celtic,
    fwdrcsouthasia,
    fwdoutlooklocal,
    fwdnotelocal,
    fwdk9caucasus,
    fwdrchtml,
    fwdtwicelocal,
    fwdreplylocal,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the fwdclients12 batch (`build_fwdclients12.py`)",
        "",
        "Forwards and replies whose own header block is in a language the parser had no labels "
        "for. Text is ours; people, companies and addresses are made up. Header strings and "
        "layouts come from Roundcube's program/localization/*/labels.inc and "
        "program/actions/mail/compose.php (GPL-3.0, commit " + RC_COMMIT + ") and K-9 Mail's "
        "values-*/strings.xml and TextQuoteCreator.kt (Apache-2.0, commit " + K9_COMMIT + "); "
        "Outlook's '-----Original Message-----' labels in ca, eu, gl, is, cy, sq, mt are "
        "recalled, not re-read; month and weekday names are CLDR's. Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on any "
        "message of the batch.",
        "",
        "FIRST_SIGHT",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_fwdclients12.py` "
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


FIRST_SIGHT = (
    "First measurement (63 messages, before any parser change): dev invitations right 17/28, "
    "negatives claimed 1/10; held out invitations right 12/20, negatives claimed 0/5. Most "
    "misses were the forwarded header's date: unread, so 'Thursday' counted from the forward "
    "and fell a week late, or read as the slot itself when the body's own words were not "
    "understood. After the fwdclients12 parser changes (header blocks known by their shape, "
    "'tomorrow' and Albanian weekdays, 'same time/same day' in more languages, a forward date "
    "a year off not taken, Roundcube's subject-first block inside a quoted forward): dev "
    "28/28, negatives claimed 1/10 (a 'Would Friday at 9:00 work?' the parser reads as a slot "
    "offered, by design); held out 20/20, 0/5 (held-out files never looked at)."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    text = provenance(cases).replace("FIRST_SIGHT", FIRST_SIGHT or "(first sight: see below)")
    pp.write_batch(cases, SPLITS, "PROVENANCE-fwdclients12.md", text)
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
