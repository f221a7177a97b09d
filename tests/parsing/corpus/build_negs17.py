# ruff: noqa: E501 (tables of localized client strings and mail bodies read best one row a line)
"""Write the "negs17" batch: look-alikes as the product really receives them, forwarded.

Run: .venv/bin/python tests/parsing/corpus/build_negs17.py

The user forwards a mail to Afterview from Gmail (web or app), Outlook (desktop, web, mobile),
Apple Mail (macOS, iOS), Thunderbird or Samsung Email, with the client set to en, de, fr, es,
it, nl, pt, pl, sv or ja, often with a short note on top ('fyi', 'is this the right day?',
'not an interview, just keep it'). The forwarded mail carries a future date and time that sets
no interview for the user: webinars, career fairs, an offer's start date, a landlord's visit,
a course, a recruiter's newsletter, an assessment deadline, a colleague's meeting, a results
date, a bank or office appointment, an invitation to apply. About one message in four is a
control in the same forwarded shape that does set the user's interview.

The forward header blocks are written from memory of those clients (rule lines, localized
labels, date layouts); they are recalled, not re-read, and say so in each label. All prose is
ours; people, companies, addresses and links are made up. Every label was written from the
datetimes the text is rendered from (weekday names checked) before the parser was run on any
message; the split was fixed before then too. Mail helpers are those of build_parse-pos.py
(loaded, not copied). Output is deterministic; the script deletes or writes only files of its
own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
NEG = "not_invitation"
RECALLED = (
    "{client} forward block ({ui} UI) recalled from memory of the client, not re-read; "
    "notes and forwarded mail hand-written; " + OWN
)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "webinar17": "dev",
    "fair17": "dev",
    "startdate17": "dev",
    "landlord17": "dev",
    "course17": "dev",
    "assess17": "dev",
    "results17": "dev",
    "applyinv17": "dev",
    "newsletter17": "heldout",
    "colleague17": "heldout",
    "appoint17": "heldout",
    "mobile17": "heldout",
}

SOURCES = {
    "webinar17": "Forwarded webinars and online information sessions of employers and job boards "
    "(Gmail, Outlook, Apple Mail, Thunderbird; en, de, fr, nl, ja); control: a forwarded video "
    "interview with 'interview! please add'.",
    "fair17": "Forwarded career fairs and campus days with opening hours and stand numbers (es, "
    "it, pt, pl, sv, de); control: a recruiter booking the user's own interview at the fair stand.",
    "startdate17": "Forwarded offers and welcome mails naming the start date and first-day time "
    "(en, de, sv, pl, nl, fr); control: a final interview set before any offer.",
    "landlord17": "Forwarded landlord, caretaker and technician visits and flat viewings (de, nl, "
    "fr, en, it, es) with notes like 'not an interview, just keep it'; control: the interview "
    "forwarded with a note about the viewing on another day.",
    "course17": "Forwarded courses, bootcamps, language classes and training sessions (it, es, "
    "pt, ja, de, fr); control: an interview for a trainer job forwarded the same way.",
    "assess17": "Forwarded online assessment and take-home deadlines ('complete by Friday "
    "23:59') (en, de, fr, ja, nl, es); controls: a live coding interview at a time (en, de).",
    "results17": "Forwarded notices that results or a decision come on a date (es, pt, sv, ja, "
    "it, pl); control: a result that comes with the next interview's time (sv).",
    "applyinv17": "Forwarded invitations to apply and recruiter outreach proposing 'a call next "
    "week' without a time (en, de, fr, it, ja, nl); controls: outreach that sets a screening "
    "call at a time (en, fr).",
    "newsletter17": "Forwarded recruiter and agency newsletters listing events with dates and "
    "times (en, sv, pl, nl, de, pt); control: a recruiter's personal interview mail (pl).",
    "colleague17": "Forwarded meetings of a colleague or of the user's current team, 'is this "
    "the right day?' (en, de, it, pl, fr, es); controls: an internal-move interview forwarded "
    "by a colleague (de, en).",
    "appoint17": "Forwarded bank, doctor, citizens' office, visa and car-service appointments "
    "(de, fr, es, nl, en, it); control: an HR appointment that is an interview (nl).",
    "mobile17": "Mobile forwards (iOS Mail, Gmail app, Outlook mobile, Samsung Email) with "
    "one-line notes: a mix of look-alikes and interviews (en, de, es, sv, ja, pt, it).",
}

LON, BER, PAR, MAD, ROM, AMS, LIS, WAW, STO = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Lisbon",
    "Europe/Warsaw",
    "Europe/Stockholm",
)
TYO, SAO, NYC, CHI, LAX, ZRH, VIE, BRU = (
    "Asia/Tokyo",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/Zurich",
    "Europe/Vienna",
    "Europe/Brussels",
)

# --- localized names ------------------------------------------------------------------
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
GMAIL_MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pt": [
        "jan.",
        "fev.",
        "mar.",
        "abr.",
        "mai.",
        "jun.",
        "jul.",
        "ago.",
        "set.",
        "out.",
        "nov.",
        "dez.",
    ],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "sv": [
        "jan.",
        "feb.",
        "mars",
        "apr.",
        "maj",
        "juni",
        "juli",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
}
DAYS_FULL = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
DAYS_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MON = GMAIL_MON["en"]


def _h12(value: datetime, seconds: bool = False) -> str:
    sec = f":{value.second:02d}" if seconds else ""
    return f"{value.hour % 12 or 12}:{value.minute:02d}{sec} {'AM' if value.hour < 12 else 'PM'}"


def _gmt(value: datetime) -> str:
    offset = value.utcoffset()
    assert offset is not None
    hours = int(offset.total_seconds() // 3600)
    return f"GMT{hours:+d}"


def _rfc(value: datetime) -> str:
    offset = value.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hhmm = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    return f"{RFC_DAYS[value.weekday()]}, {value.day} {RFC_MON[value.month - 1]} {value.year} {value:%H:%M:%S} {hhmm}"


def gmail_date(ui: str, w: datetime) -> str:
    d, m, y, hm = w.day, w.month - 1, w.year, f"{w:%H:%M}"
    wd = w.weekday()
    if ui == "en":
        return f"{DAYS_ABBR['en'][wd]}, {GMAIL_MON['en'][m]} {d}, {y} at {_h12(w)}"
    if ui == "ja":
        return f"{y}年{w.month}月{d}日({DAYS_ABBR['ja'][wd]}) {hm}"
    forms = {
        "de": f"{DAYS_ABBR['de'][wd]}, {d}. {GMAIL_MON['de'][m]} {y} um {hm} Uhr",
        "fr": f"{DAYS_ABBR['fr'][wd]} {d} {GMAIL_MON['fr'][m]} {y} à {hm}",
        "es": f"{DAYS_ABBR['es'][wd]}, {d} {GMAIL_MON['es'][m]} {y} a las {hm}",
        "it": f"{DAYS_ABBR['it'][wd]} {d} {GMAIL_MON['it'][m]} {y} alle ore {hm}",
        "nl": f"{DAYS_ABBR['nl'][wd]} {d} {GMAIL_MON['nl'][m]} {y} om {hm}",
        "pt": f"{DAYS_ABBR['pt'][wd]}, {d} de {GMAIL_MON['pt'][m]} de {y} às {hm}",
        "pl": f"{DAYS_ABBR['pl'][wd]} {d} {GMAIL_MON['pl'][m]} {y} o {hm}",
        "sv": f"{DAYS_ABBR['sv'][wd]} {d} {GMAIL_MON['sv'][m]} {y} kl. {hm}",
    }
    return forms[ui]


GMAIL_RULE = {
    "en": "Forwarded message",
    "de": "Weitergeleitete Nachricht",
    "fr": "Message transféré",
    "es": "Mensaje reenviado",
    "it": "Messaggio inoltrato",
    "nl": "Doorgestuurd bericht",
    "pt": "Mensagem encaminhada",
    "pl": "Przekazana wiadomość",
    "sv": "Vidarebefordrat meddelande",
    "ja": "Forwarded message",
}
GMAIL_FROM = {"en": "From:", "de": "Von:", "fr": "De :", "es": "De:", "it": "Da:", "nl": "Van:"}
GMAIL_FROM |= {"pt": "De:", "pl": "Od:", "sv": "Från:", "ja": "From:"}


def outlook_date(ui: str, w: datetime, seconds: bool = False) -> str:
    d, m, y, wd = w.day, w.month - 1, w.year, w.weekday()
    hm = f"{w:%H:%M:%S}" if seconds else f"{w:%H:%M}"
    if ui == "en":
        return f"{DAYS_FULL['en'][wd]}, {MONTHS['en'][m]} {d}, {y} {_h12(w, seconds)}"
    if ui == "ja":
        return f"{y}年{w.month}月{d}日 {hm}"
    forms = {
        "de": f"{DAYS_FULL['de'][wd]}, {d}. {MONTHS['de'][m]} {y} {hm}",
        "fr": f"{DAYS_FULL['fr'][wd]} {d} {MONTHS['fr'][m]} {y} {hm}",
        "es": f"{DAYS_FULL['es'][wd]}, {d} de {MONTHS['es'][m]} de {y} {hm}",
        "it": f"{DAYS_FULL['it'][wd]} {d} {MONTHS['it'][m]} {y} {hm}",
        "nl": f"{DAYS_FULL['nl'][wd]} {d} {MONTHS['nl'][m]} {y} {hm}",
        "pt": f"{DAYS_FULL['pt'][wd]}, {d} de {MONTHS['pt'][m]} de {y} {hm}",
        "pl": f"{DAYS_FULL['pl'][wd]}, {d} {MONTHS['pl'][m]} {y} {hm}",
        "sv": f"den {d} {MONTHS['sv'][m]} {y} {hm}",
    }
    return forms[ui]


# (rule, From, Sent, To, Subject)
OUTLOOK = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "pt": ("-----Mensagem original-----", "De:", "Enviada em:", "Para:", "Assunto:"),
    "pl": ("-----Oryginalna wiadomość-----", "Od:", "Wysłano:", "Do:", "Temat:"),
    "sv": ("-----Ursprungligt meddelande-----", "Från:", "Skickat:", "Till:", "Ämne:"),
    "ja": ("-----Original Message-----", "差出人:", "送信日時:", "宛先:", "件名:"),
}
# (intro, From, Subject, Date, To)
APPLE = {
    "en": ("Begin forwarded message:", "From:", "Subject:", "Date:", "To:"),
    "de": ("Anfang der weitergeleiteten Nachricht:", "Von:", "Betreff:", "Datum:", "An:"),
    "fr": ("Début du message réexpédié :", "De:", "Objet:", "Date:", "À:"),
    "es": ("Inicio del mensaje reenviado:", "De:", "Asunto:", "Fecha:", "Para:"),
    "it": ("Inizio messaggio inoltrato:", "Da:", "Oggetto:", "Data:", "A:"),
    "nl": ("Begin doorgestuurd bericht:", "Van:", "Onderwerp:", "Datum:", "Aan:"),
    "pt": ("Início da mensagem reencaminhada:", "De:", "Assunto:", "Data:", "Para:"),
    "sv": ("Vidarebefordrat brev:", "Från:", "Ämne:", "Datum:", "Till:"),
    "ja": ("転送されたメッセージ:", "差出人:", "件名:", "日付:", "宛先:"),
}


def apple_date(ui: str, w: datetime) -> str:
    d, m, y, hms = w.day, w.month - 1, w.year, f"{w:%H:%M:%S}"
    if ui == "en":
        return f"{MONTHS['en'][m]} {d}, {y} at {_h12(w, True)} {_gmt(w)}"
    if ui == "ja":
        return f"{y}年{w.month}月{d}日 {hms} {_gmt(w)}"
    forms = {
        "de": f"{d}. {MONTHS['de'][m]} {y} um {hms} {_gmt(w)}",
        "fr": f"{d} {MONTHS['fr'][m]} {y} à {hms} UTC{_gmt(w)[3:]}",
        "es": f"{d} de {MONTHS['es'][m]} de {y}, {hms} {_gmt(w)}",
        "it": f"{d} {MONTHS['it'][m]} {y} {hms} {_gmt(w)}",
        "nl": f"{d} {MONTHS['nl'][m]} {y} om {hms} {_gmt(w)}",
        "pt": f"{d} de {MONTHS['pt'][m]} de {y}, {hms} {_gmt(w)}",
        "sv": f"{d} {MONTHS['sv'][m]} {y} {hms} {_gmt(w)}",
    }
    return forms[ui]


# (rule, Subject, Date, From, To)
THUNDERBIRD = {
    "en": ("-------- Forwarded Message --------", "Subject:", "Date:", "From:", "To:"),
    "de": ("-------- Weitergeleitete Nachricht --------", "Betreff:", "Datum:", "Von:", "An:"),
    "fr": ("-------- Message transféré --------", "Sujet :", "Date :", "De :", "Pour :"),
    "es": ("-------- Mensaje reenviado --------", "Asunto:", "Fecha:", "De:", "Para:"),
    "it": ("-------- Messaggio Inoltrato --------", "Oggetto:", "Data:", "Mittente:", "A:"),
    "nl": ("-------- Doorgestuurd bericht --------", "Onderwerp:", "Datum:", "Van:", "Aan:"),
    "pl": ("-------- Przekazana wiadomość --------", "Temat:", "Data:", "Od:", "Do:"),
    "sv": ("-------- Vidarebefordrat meddelande --------", "Ämne:", "Datum:", "Från:", "Till:"),
    "pt": ("-------- Mensagem encaminhada --------", "Assunto:", "Data:", "De:", "Para:"),
}
SAMSUNG = {
    "en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:"),
    "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:"),
    "pt": ("-------- Mensagem original --------", "De:", "Data:", "Para:", "Assunto:"),
    "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:"),
}
PREFIX = {
    "outlook": {
        "en": "FW",
        "de": "WG",
        "fr": "TR",
        "es": "RV",
        "it": "I",
        "nl": "FW",
        "pt": "ENC",
        "pl": "PD",
        "sv": "VB",
        "ja": "FW",
    },
    "apple": {"de": "WG", "fr": "Tr"},
}
SIGNATURE = {
    ("ios", "en"): "Sent from my iPhone",
    ("ios", "de"): "Von meinem iPhone gesendet",
    ("ios", "es"): "Enviado desde mi iPhone",
    ("ios", "sv"): "Skickat från min iPhone",
    ("ios", "ja"): "iPhoneから送信",
    ("ios", "it"): "Inviato da iPhone",
    ("ios", "pt"): "Enviado do meu iPhone",
    ("outlookmobile", "en"): "Get Outlook for iOS",
    ("outlookmobile", "de"): "Outlook für Android herunterladen",
    ("outlookmobile", "es"): "Obtener Outlook para Android",
    ("samsung", "en"): "Sent from my Galaxy",
    ("samsung", "de"): "Von meinem Galaxy gesendet",
    ("samsung", "pt"): "Enviado do meu Galaxy",
    ("samsung", "es"): "Enviado desde mi Galaxy",
    ("samsung", "it"): "Inviato dal mio Galaxy",
}
CLIENT_NAME = {
    "gmail": "Gmail (web)",
    "gmailapp": "Gmail app",
    "outlook": "Outlook desktop (plain text)",
    "owa": "Outlook on the web",
    "outlookmobile": "Outlook mobile",
    "apple": "Apple Mail (macOS)",
    "ios": "iOS Mail",
    "thunderbird": "Thunderbird",
    "samsung": "Samsung Email",
}


def _who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


def block(client: str, ui: str, org: tuple[str, str], w: datetime, subject: str) -> str:
    """The header block a client writes above a forwarded message (recalled layouts)."""
    me = _who(ME)
    if client in ("gmail", "gmailapp"):
        return (
            f"---------- {GMAIL_RULE[ui]} ---------\n{GMAIL_FROM[ui]} {_who(org)}\n"
            f"Date: {gmail_date(ui, w)}\nSubject: {subject}\nTo: {me}\n"
        )
    if client == "outlook":
        rule, fr, se, to, su = OUTLOOK[ui]
        return f"{rule}\n{fr} {_who(org)} \n{se} {outlook_date(ui, w)}\n{to} {me}\n{su} {subject}\n"
    if client in ("owa", "outlookmobile"):
        _, fr, se, to, su = OUTLOOK[ui]
        stamp = outlook_date(ui, w, seconds=client == "outlookmobile")
        return (
            f"________________________________\n{fr} {_who(org)}\n{se} {stamp}\n{to} {me}\n"
            f"{su} {subject}\n"
        )
    if client in ("apple", "ios"):
        intro, fr, su, da, to = APPLE[ui]
        return f"{intro}\n\n{fr} {_who(org)}\n{su} {subject}\n{da} {apple_date(ui, w)}\n{to} {me}\n"
    if client == "thunderbird":
        rule, su, da, fr, to = THUNDERBIRD[ui]
        return f"\n{rule}\n{su} \t{subject}\n{da} \t{_rfc(w)}\n{fr} \t{_who(org)}\n{to} \t{me}\n"
    if client == "samsung":
        rule, fr, da, to, su = SAMSUNG[ui]
        offset = w.utcoffset()
        assert offset is not None
        hours = int(offset.total_seconds() // 3600)
        zone = f"(GMT{'+' if hours >= 0 else '-'}{abs(hours):02d}:00)"
        stamp = f"{w:%d.%m.%y %H:%M} {zone}" if ui == "de" else f"{w:%d/%m/%Y %H:%M} {zone}"
        return f"{rule}\n{fr} {_who(org)} \n{da} {stamp} \n{to} {me} \n{su} {subject} \n"
    raise ValueError(f"no forward layout for {client}/{ui}")


def prefix(client: str, ui: str) -> str:
    if client in ("outlook", "owa"):
        return PREFIX["outlook"][ui]
    if client == "outlookmobile":
        return "Fw"
    if client == "apple":
        return PREFIX["apple"].get(ui, "Fwd")
    return "Fwd"


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    label: dict[str, object] | None = None,
    delay: timedelta = timedelta(hours=2, minutes=13),
) -> Case:
    """The user forwards a message through `client` set to `ui`, with a note on top."""
    sig = SIGNATURE.get((client, ui), "")
    top = "\n\n".join(part for part in (note_text.strip(), sig) if part)
    head = block(client, ui, org, sent, subject)
    text = f"{top}\n\n{head}\n{body.strip()}\n" if top else f"{head}\n{body.strip()}\n"
    raw = mail(
        f"negs17/{family}/{name}",
        sender=ME,
        to=HOOK,
        subject=f"{prefix(client, ui)}: {subject}",
        sent=sent + delay,
        text=text,
    )
    if label is not None:
        label = {**label, "organizer_email": org[1]}
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    template = RECALLED.format(client=CLIENT_NAME[client], ui=ui)
    tag = lang if ui == lang.split("-")[0] else f"{lang}+{ui}"
    return Case(family, SPLITS[family], f"{ui}_{name}", raw, full, tag, note, template, OWN)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 7, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


def slot(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    """An invitation label whose text states no zone (wall time, the Date's offset)."""
    return {"kind": "invitation", **timed(start, end, sent=sent)}


def zoned(start: datetime, end: datetime | None, zone: str) -> dict[str, object]:
    """An invitation label whose text states the zone."""
    return {"kind": "invitation", **timed(start, end, zone=zone)}


# FAMILIES
def webinar17() -> Iterator[Case]:
    f = "webinar17"
    sent = sent_on(2, 9, 10, LON)
    chk(2, 18, "Thu")
    yield fwd(
        f,
        "gmail_meet_the_team",
        "en",
        "gmail",
        "en",
        ("Northvale Careers", "events@northvale-energy.example.com"),
        "Join us live: Meet the Engineering team",
        sent,
        "fyi",
        "Hi Alex,\n\nThanks for your interest in Northvale Energy. We'd love to see you at our live "
        "webinar 'Meet the Engineering team' on Thursday 18 February 2027, 5:00-6:00 PM GMT.\n\n"
        "Our graduate engineers will talk about their first year and answer your questions in the "
        "chat. Register here: https://events.northvale-energy.example.com/r/eng27\n\n"
        "This is an open event for everyone in our talent community; it is not part of any "
        "application.\n\nNorthvale Careers",
        "Gmail forward with 'fyi' of an employer's webinar for its talent community.",
    )
    sent = sent_on(2, 11, 9, BER)
    chk(2, 23, "Tue")
    yield fwd(
        f,
        "outlook_arbeitgeber_webinar",
        "de",
        "outlook",
        "de",
        ("Talent Relations Fernmark", "talent@fernmark-werke.example.de"),
        "Einladung: Online-Karriere-Webinar Produktion & Logistik",
        sent,
        "zur Info, kein Gespräch, nur ein Webinar",
        "Hallo Alex Morgan,\n\nwir laden Sie herzlich zu unserem Online-Karriere-Webinar ein:\n\n"
        "Dienstag, 23. Februar 2027, 18:00 - 19:00 Uhr\nThema: Einstieg in Produktion & Logistik bei "
        "Fernmark\n\nDie Teilnahme ist kostenlos. Den Link erhalten Sie nach der Anmeldung unter "
        "https://karriere.fernmark-werke.example.de/webinar\n\nViele Grüße\nIhr Talent-Relations-Team",
        "Outlook (de) plain-text forward of an employer webinar with a time range; the note says it is no interview.",
    )
    sent = sent_on(2, 12, 14, PAR)
    chk(2, 25, "Thu")
    yield fwd(
        f,
        "apple_webinaire_metiers",
        "fr",
        "apple",
        "fr",
        ("Recrutement Halbrenne", "recrutement@halbrenne-assurances.example.fr"),
        "Webinaire : découvrez nos métiers de la relation client",
        sent,
        "à garder, merci",
        "Bonjour Alex,\n\nNous organisons un webinaire de présentation de nos métiers le jeudi 25 "
        "février 2027 à 12h30 (durée 45 minutes).\n\nAu programme : présentation de l'entreprise, "
        "témoignages de conseillers, questions-réponses.\n\nInscription : "
        "https://halbrenne-assurances.example.fr/webinaire\n\nÀ bientôt,\nL'équipe Recrutement",
        "Apple Mail (fr) forward of a French employer webinar with a start time and a duration.",
    )
    sent = sent_on(2, 10, 16, AMS)
    chk(2, 24, "Wed")
    yield fwd(
        f,
        "thunderbird_informatiesessie",
        "nl",
        "thunderbird",
        "nl",
        ("Gemeente Westerduin", "werken@westerduin.example.nl"),
        "Online informatiesessie traineeship 2027",
        sent,
        "fyi",
        "Beste Alex,\n\nJe hebt aangegeven interesse te hebben in ons traineeship. Op woensdag 24 "
        "februari 2027 om 19.30 uur houden we een online informatiesessie van een uur. Trainees "
        "vertellen over hun werk en je kunt vragen stellen.\n\nAanmelden kan tot 22 februari via "
        "https://werkenbij.westerduin.example.nl/sessie\n\nMet vriendelijke groet,\nTeam Werving",
        "Thunderbird (nl) forward of a municipality's online information session.",
    )
    sent = sent_on(2, 8, 11, TYO)
    chk(2, 26, "Fri")
    yield fwd(
        f,
        "gmail_setsumeikai",
        "ja",
        "gmail",
        "ja",
        ("株式会社ミナトテック 採用担当", "saiyo@minato-tech.example.jp"),
        "【ミナトテック】オンライン会社説明会のご案内",
        sent,
        "説明会です。面接ではありません。",
        "アレックス・モーガン様\n\nこの度は弊社にご関心をお寄せいただきありがとうございます。\n"
        "下記の日程でオンライン会社説明会を開催いたします。\n\n日時：2027年2月26日(金) 14:00〜15:00\n"
        "形式：Zoomウェビナー\n申込：https://minato-tech.example.jp/seminar\n\n"
        "ご参加をお待ちしております。\n株式会社ミナトテック 人事部 採用担当",
        "Gmail (ja) forward of a company information session (説明会) with a time range; note says not an interview.",
    )
    sent = sent_on(2, 17, 8, NYC)
    chk(3, 3, "Wed")
    yield fwd(
        f,
        "owa_ace_video_interview",
        "en",
        "owa",
        "en",
        ("JobHarbor Events", "events@jobharbor.example.com"),
        "Free webinar: How to ace your video interview",
        sent,
        "is this worth it?",
        "Hi Alex,\n\nNervous about video interviews? Join our free webinar 'How to ace your video "
        "interview' on Wednesday, March 3, 2027 at 12:00 PM ET.\n\nOur career coach will cover "
        "lighting, sound and the questions recruiters ask most.\n\nSave your seat: "
        "https://jobharbor.example.com/webinars/video-interview\n\nThe JobHarbor team",
        "Outlook on the web forward of a job board's webinar about interviews, with a time and ET.",
    )
    sent = sent_on(2, 12, 11, LON)
    st = when(2, 23, "Tue", 15, 30, LON)
    yield fwd(
        f,
        "gmail_control_video_interview",
        "en",
        "gmail",
        "en",
        ("Priya Nair", "priya.nair@northvale-energy.example.com"),
        "Interview invitation - Graduate Process Engineer",
        sent,
        "interview! please add",
        "Hi Alex,\n\nThank you for applying for the Graduate Process Engineer role. We would like to "
        "invite you to a video interview on Tuesday 23 February 2027 from 3:30 to 4:15 PM (UK "
        "time) on Microsoft Teams.\n\nThe panel will be myself and Tom Becker, Lead Process Engineer. "
        "The Teams link will follow in a separate calendar invite.\n\nBest regards,\nPriya Nair\nTalent Acquisition",
        "Control: Gmail forward of a video interview with 'interview! please add'; UK time named.",
        label=zoned(st, st + timedelta(minutes=45), LON),
    )
    sent = sent_on(2, 15, 13, BER)
    st = when(2, 25, "Thu", 10, 0, BER)
    yield fwd(
        f,
        "outlook_control_gespraech",
        "de",
        "outlook",
        "de",
        ("Sabine Kraus", "s.kraus@fernmark-werke.example.de"),
        "Einladung zum Vorstellungsgespräch (Video)",
        sent,
        "Gespräch! bitte eintragen",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie "
        "kennenlernen und laden Sie zu einem Vorstellungsgespräch per Video ein:\n\n"
        "Donnerstag, 25.02.2027, 10:00 - 11:00 Uhr\n\nDen Link zu Microsoft Teams senden wir Ihnen "
        "am Vortag.\n\nMit freundlichen Grüßen\nSabine Kraus\nPersonalabteilung",
        "Control: Outlook (de) forward of a video interview with a time range; no zone named.",
        label=slot(st, st + timedelta(hours=1), sent),
    )


def fair17() -> Iterator[Case]:
    f = "fair17"
    sent = sent_on(2, 24, 10, MAD)
    chk(3, 11, "Thu")
    yield fwd(
        f,
        "gmail_feria_empleo",
        "es",
        "gmail",
        "es",
        ("Feria de Empleo Levante", "info@feriaempleo-levante.example.es"),
        "Tu entrada para la Feria de Empleo Levante 2027",
        sent,
        "para tenerlo a mano",
        "Hola, Alex:\n\nGracias por inscribirte. Te esperamos en la Feria de Empleo Levante el "
        "jueves 11 de marzo de 2027, de 10:00 a 18:00, en el Pabellón 3 del recinto ferial.\n\n"
        "Más de 60 empresas; trae varias copias de tu CV. Tu entrada (código QR) está adjunta.\n\n"
        "Un saludo,\nOrganización Feria de Empleo Levante",
        "Gmail (es) forward of a job-fair ticket with opening hours.",
    )
    sent = sent_on(2, 22, 15, ROM)
    chk(3, 4, "Thu")
    yield fwd(
        f,
        "outlook_career_day",
        "it",
        "outlook",
        "it",
        ("Career Service Ateneo", "careerservice@ateneo-adriatico.example.it"),
        "Career Day 2027: programma e aziende presenti",
        sent,
        "fyi",
        "Gentile Alex,\n\nti ricordiamo che giovedì 4 marzo 2027 dalle 9:30 alle 17:00 si terrà il "
        "Career Day nell'Aula Magna. Alle 11:00 presentazione aziendale di Lumara Foods, alle 14:30 "
        "workshop sul CV.\n\nL'ingresso è libero per studenti e laureati.\n\nCareer Service",
        "Outlook (it) forward of a university career day with several times in the programme.",
    )
    sent = sent_on(2, 25, 12, LIS)
    chk(3, 10, "Wed")
    yield fwd(
        f,
        "apple_feira_carreiras",
        "pt-PT",
        "apple",
        "pt",
        ("Feira de Carreiras Tejo", "geral@carreiras-tejo.example.pt"),
        "Confirmação de inscrição – Feira de Carreiras Tejo",
        sent,
        "não é entrevista, é a feira",
        "Olá Alex,\n\nA sua inscrição na Feira de Carreiras Tejo está confirmada.\n\nData: quarta-feira, "
        "10 de março de 2027\nHorário: 10h00 – 17h00\nLocal: Centro de Congressos, Lisboa\n\n"
        "Haverá sessões de recrutamento ao longo do dia; consulte o programa no site.\n\nAté breve!",
        "Apple Mail (pt) forward of a career-fair registration; the note says it is no interview.",
    )
    sent = sent_on(2, 23, 9, WAW)
    chk(3, 9, "Tue")
    yield fwd(
        f,
        "owa_targi_pracy",
        "pl",
        "owa",
        "pl",
        ("Biuro Karier", "biurokarier@politechnika-nadwislanska.example.pl"),
        "Targi Pracy 2027 – zaproszenie",
        sent,
        "dodać do kalendarza? to nie rozmowa",
        "Dzień dobry,\n\nzapraszamy na Targi Pracy, które odbędą się we wtorek 9 marca 2027 r. w "
        "godz. 10:00–16:00 w holu głównym budynku A. Wystawi się ponad 40 pracodawców.\n\n"
        "Pozdrawiamy,\nBiuro Karier",
        "Outlook on the web (pl) forward of a university job fair with hours.",
    )
    sent = sent_on(3, 1, 10, STO)
    chk(3, 16, "Tue")
    yield fwd(
        f,
        "thunderbird_arbetsmarknadsdag",
        "sv",
        "thunderbird",
        "sv",
        ("Arbetsmarknadsdagen", "info@amd-norrkust.example.se"),
        "Välkommen till Arbetsmarknadsdagen 16 mars",
        sent,
        "fyi",
        "Hej Alex!\n\nTack för din anmälan. Arbetsmarknadsdagen hålls tisdag 16 mars 2027 kl. "
        "10.00–16.00 i Kårhuset. Lunchföredrag kl. 12.15 om traineeprogram.\n\nVälkommen!\n"
        "Projektgruppen",
        "Thunderbird (sv) forward of a careers day with opening hours and a lunch talk.",
    )
    sent = sent_on(2, 26, 18, BER)
    chk(3, 13, "Sat")
    yield fwd(
        f,
        "gmail_jobmesse_speeddating",
        "de",
        "gmail",
        "de",
        ("Jobmesse Rhein-Ruhr", "service@jobmesse-rheinruhr.example.de"),
        "Ihr Ticket: Jobmesse Rhein-Ruhr & Speed-Dating",
        sent,
        "ist das der richtige Tag?",
        "Hallo Alex,\n\nIhr kostenloses Ticket für die Jobmesse Rhein-Ruhr am Samstag, 13. März "
        "2027, 10–17 Uhr, ist angehängt.\n\nBeim Arbeitgeber-Speed-Dating (13:00–15:00 Uhr) führen "
        "Sie spontan Kurzgespräche an den Ständen – eine Anmeldung ist nicht nötig.\n\n"
        "Ihr Messeteam",
        "Gmail (de) forward of a job-fair ticket with 'Speed-Dating' hours, no personal slot.",
    )
    sent = sent_on(3, 2, 11, MAD)
    st = when(3, 11, "Thu", 12, 30, MAD)
    yield fwd(
        f,
        "gmail_control_entrevista_stand",
        "es",
        "gmail",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@orbe-logistica.example.es"),
        "Entrevista en nuestro stand – Feria de Empleo Levante",
        sent,
        "¡entrevista! añádela por favor",
        "Hola Alex:\n\nHemos revisado tu CV y nos gustaría conocerte en la Feria de Empleo Levante. "
        "Te hemos reservado una entrevista en nuestro stand (B12) el jueves 11 de marzo de 2027 a "
        "las 12:30, de unos 20 minutos.\n\nSi no puedes a esa hora, responde a este correo.\n\n"
        "Un saludo,\nLucía Ferrer\nSelección, Orbe Logística",
        "Control: Gmail (es) forward of an interview booked at the fair stand ('about 20 minutes': no end labelled).",
        label=slot(st, None, sent),
    )
    sent = sent_on(3, 1, 14, AMS)
    st = when(3, 10, "Wed", 14, 0, AMS)
    yield fwd(
        f,
        "outlook_control_gesprek_beurs",
        "nl",
        "outlook",
        "nl",
        ("Joost van Rijn", "j.vanrijn@deltaport-techniek.example.nl"),
        "Je gesprek op de Carrièrebeurs",
        sent,
        "gesprek! graag toevoegen",
        "Hoi Alex,\n\nLeuk dat je naar de Carrièrebeurs komt. Ik heb een gesprek met je ingepland "
        "bij onze stand: woensdag 10 maart 2027 van 14.00 tot 14.30 uur. Het gaat over de functie "
        "Junior Werkvoorbereider.\n\nTot dan!\nJoost van Rijn\nRecruiter Deltaport Techniek",
        "Control: Outlook (nl) forward of the reader's own interview at a fair stand.",
        label=slot(st, st + timedelta(minutes=30), sent),
    )


def startdate17() -> Iterator[Case]:
    f = "startdate17"
    sent = sent_on(3, 8, 16, LON)
    chk(4, 5, "Mon")
    yield fwd(
        f,
        "outlook_offer_start",
        "en",
        "outlook",
        "en",
        ("Hannah Brooks", "hannah.brooks@cobalt-freight.example.co.uk"),
        "Your offer of employment - Operations Analyst",
        sent,
        "not an interview, just keep it",
        "Dear Alex,\n\nI am delighted to confirm our offer for the role of Operations Analyst. Your "
        "start date will be Monday 5 April 2027; please report to reception at 9:00 AM on your "
        "first day and ask for me.\n\nPlease sign and return the attached contract by 19 March.\n\n"
        "Kind regards,\nHannah Brooks\nHR Business Partner",
        "Outlook plain-text forward of an offer naming the start date and first-day time.",
    )
    sent = sent_on(3, 15, 10, BER)
    chk(4, 1, "Thu")
    yield fwd(
        f,
        "gmail_erster_arbeitstag",
        "de",
        "gmail",
        "de",
        ("Onboarding Lindqvist", "onboarding@lindqvist-medtech.example.de"),
        "Willkommen an Bord – Ihr erster Arbeitstag",
        sent,
        "fyi",
        "Liebe Alex,\n\nwir freuen uns, dass Sie ab dem 1. April 2027 Teil unseres Teams sind! An "
        "Ihrem ersten Arbeitstag, Donnerstag, erwarten wir Sie um 8:30 Uhr am Empfang, Gebäude "
        "C.\n\nBitte bringen Sie Ihre Steuer-ID und Bankverbindung mit.\n\nHerzliche Grüße\nIhr Onboarding-Team",
        "Gmail (de) forward of a welcome mail naming the first working day and a time.",
    )
    sent = sent_on(3, 16, 9, STO)
    chk(4, 5, "Mon")
    yield fwd(
        f,
        "apple_forsta_arbetsdag",
        "sv",
        "apple",
        "sv",
        ("Karin Ek", "karin.ek@fjallbo-bygg.example.se"),
        "Välkommen till Fjällbo Bygg!",
        sent,
        "spara bara, ingen intervju",
        "Hej Alex!\n\nVälkommen till oss! Din första arbetsdag är måndag 5 april 2027. Vi ses kl. "
        "08.30 i receptionen på Industrigatan 4, där din chef Mats möter dig.\n\nHälsningar,\nKarin Ek\nHR",
        "Apple Mail (sv) forward of a first-day welcome with a time.",
    )
    sent = sent_on(3, 10, 12, WAW)
    chk(4, 1, "Thu")
    yield fwd(
        f,
        "thunderbird_oferta_start",
        "pl",
        "thunderbird",
        "pl",
        ("Agnieszka Wójcik", "a.wojcik@wislanet.example.pl"),
        "Oferta pracy – Młodszy Analityk",
        sent,
        "tylko do zapisania",
        "Dzień dobry,\n\nz przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku Młodszy "
        "Analityk. Proponowana data rozpoczęcia pracy: czwartek, 1 kwietnia 2027 r., godz. 9:00 "
        "(szkolenie BHP w sali 2.05).\n\nProsimy o odpowiedź do 19 marca.\n\nZ poważaniem,\nAgnieszka Wójcik\nDział HR",
        "Thunderbird (pl) forward of a job offer with the start date and a first-day time.",
    )
    sent = sent_on(3, 12, 15, AMS)
    chk(4, 5, "Mon")
    yield fwd(
        f,
        "owa_eerste_werkdag",
        "nl",
        "owa",
        "nl",
        ("Personeelszaken Brinkhorst", "pz@brinkhorst-zorg.example.nl"),
        "Arbeidsovereenkomst en je eerste werkdag",
        sent,
        "geen gesprek, alleen bewaren",
        "Beste Alex,\n\nBijgaand ontvang je je arbeidsovereenkomst. Je eerste werkdag is maandag 5 "
        "april 2027; we verwachten je om 9.00 uur bij de receptie voor je introductieprogramma.\n\n"
        "Met vriendelijke groet,\nPersoneelszaken",
        "Outlook on the web (nl) forward of a contract mail with the first working day.",
    )
    sent = sent_on(3, 11, 17, PAR)
    chk(4, 5, "Mon")
    yield fwd(
        f,
        "gmail_prise_de_poste",
        "fr",
        "gmail",
        "fr",
        ("Claire Dubois", "claire.dubois@atelier-seguin.example.fr"),
        "Promesse d'embauche – prise de poste",
        sent,
        "pour info",
        "Bonjour Alex,\n\nSuite à nos échanges, j'ai le plaisir de vous adresser votre promesse "
        "d'embauche. Votre prise de poste est prévue le lundi 5 avril 2027 à 9h, au siège.\n\n"
        "Merci de nous retourner le document signé.\n\nBien cordialement,\nClaire Dubois\nRH",
        "Gmail (fr) forward of a job promise with the start date and hour.",
    )
    sent = sent_on(2, 24, 10, LON)
    st = when(3, 3, "Wed", 14, 0, LON)
    yield fwd(
        f,
        "outlook_control_final_round",
        "en",
        "outlook",
        "en",
        ("Hannah Brooks", "hannah.brooks@cobalt-freight.example.co.uk"),
        "Final interview - Operations Analyst",
        sent,
        "final round! please add",
        "Dear Alex,\n\nThank you for your time last week. We would like to invite you to a final "
        "interview with our Head of Operations on Wednesday 3 March 2027, 2:00-3:00 PM GMT, at our "
        "Leeds office.\n\nPlease confirm by reply.\n\nKind regards,\nHannah Brooks\nHR Business Partner",
        "Control: Outlook forward of a final interview with a time range and GMT.",
        label=zoned(st, st + timedelta(hours=1), LON),
    )


def landlord17() -> Iterator[Case]:
    f = "landlord17"
    sent = sent_on(2, 26, 9, BER)
    chk(3, 9, "Tue")
    yield fwd(
        f,
        "gmail_ablesung",
        "de",
        "gmail",
        "de",
        ("Hausverwaltung Sonnenhof", "verwaltung@sonnenhof-immobilien.example.de"),
        "Ankündigung: Ablesung der Heizkostenverteiler",
        sent,
        "nicht fürs Interview, nur behalten",
        "Sehr geehrte Mieterinnen und Mieter,\n\nam Dienstag, 9. März 2027, zwischen 8:00 und 12:00 "
        "Uhr werden die Heizkostenverteiler in Ihrer Wohnung abgelesen. Bitte ermöglichen Sie dem "
        "Ableser den Zutritt oder hinterlassen Sie einen Schlüssel beim Hausmeister.\n\n"
        "Mit freundlichen Grüßen\nIhre Hausverwaltung",
        "Gmail (de) forward of a meter-reading visit announced by the property manager.",
    )
    sent = sent_on(3, 1, 11, AMS)
    chk(3, 11, "Thu")
    yield fwd(
        f,
        "outlook_onderhoud_ketel",
        "nl",
        "outlook",
        "nl",
        ("Woonstichting Havenkwartier", "onderhoud@havenkwartier-wonen.example.nl"),
        "Afspraak onderhoud cv-ketel",
        sent,
        "geen sollicitatie hoor, gewoon bewaren",
        "Beste bewoner,\n\nOnze monteur komt op donderdag 11 maart 2027 tussen 13.00 en 17.00 uur "
        "het jaarlijkse onderhoud aan uw cv-ketel uitvoeren. Past dit niet? Bel dan 020-5550199.\n\n"
        "Met vriendelijke groet,\nWoonstichting Havenkwartier",
        "Outlook (nl) forward of a boiler service visit with a time window.",
    )
    sent = sent_on(3, 2, 18, PAR)
    chk(3, 10, "Wed")
    yield fwd(
        f,
        "apple_ramonage",
        "fr",
        "apple",
        "fr",
        ("Syndic Les Tilleuls", "contact@syndic-tilleuls.example.fr"),
        "Passage du technicien – ramonage",
        sent,
        "pas un entretien, juste pour mémoire",
        "Madame, Monsieur,\n\nNous vous informons que le technicien passera pour le ramonage le "
        "mercredi 10 mars 2027 de 9h à 12h. Merci de laisser l'accès à la cheminée.\n\n"
        "Le syndic",
        "Apple Mail (fr) forward of a chimney-sweep visit; the note says it is no interview.",
    )
    sent = sent_on(3, 8, 17, LON)
    chk(3, 13, "Sat")
    yield fwd(
        f,
        "gmail_viewing_confirmed",
        "en",
        "gmail",
        "en",
        ("Harbourside Lettings", "viewings@harbourside-lettings.example.co.uk"),
        "Viewing confirmed: 2-bed flat, Canal Street",
        sent,
        "not an interview, just keep it",
        "Hi Alex,\n\nYour viewing is confirmed for Saturday 13 March 2027 at 11:15 AM at 14B Canal "
        "Street. Our agent Dan will meet you outside.\n\nPlease bring photo ID.\n\nHarbourside Lettings",
        "Gmail forward of a flat viewing with a time; the note says it is no interview.",
    )
    sent = sent_on(3, 4, 20, ROM)
    chk(3, 18, "Thu")
    yield fwd(
        f,
        "owa_assemblea_condominio",
        "it",
        "owa",
        "it",
        ("Studio Amministrazioni Serra", "amministrazione@studio-serra.example.it"),
        "Convocazione assemblea condominiale",
        sent,
        "non è un colloquio, lo tengo solo",
        "Gentili condomini,\n\nè convocata l'assemblea ordinaria in seconda convocazione per giovedì "
        "18 marzo 2027 alle ore 21:00 presso la sala comune, con il seguente ordine del giorno: "
        "approvazione del bilancio, lavori sul tetto, varie.\n\nL'amministratore",
        "Outlook on the web (it) forward of a condominium meeting notice.",
    )
    sent = sent_on(3, 9, 12, MAD)
    chk(3, 16, "Tue")
    yield fwd(
        f,
        "thunderbird_fontanero",
        "es",
        "thunderbird",
        "es",
        ("Marta (propietaria)", "marta.casero@correo-particular.example.es"),
        "Visita del fontanero el martes",
        sent,
        "no es entrevista, es el piso",
        "Hola Alex,\n\nEl fontanero vendrá a mirar la fuga del baño el martes 16 de marzo de 2027 a "
        "las 10:00. Si no vas a estar, déjale las llaves a la vecina del 2ºB.\n\nGracias,\nMarta",
        "Thunderbird (es) forward of a landlady announcing a plumber's visit.",
    )
    sent = sent_on(3, 3, 10, LON)
    st = when(3, 11, "Thu", 10, 0, LON)
    yield fwd(
        f,
        "gmail_control_interview_not_viewing",
        "en",
        "gmail",
        "en",
        ("Owen Clarke", "owen.clarke@marlow-analytics.example.co.uk"),
        "Interview - Data Analyst (Marlow Analytics)",
        sent,
        "this one is the interview, please add. the flat viewing on Saturday is separate, ignore that",
        "Hi Alex,\n\nThanks for applying. We'd like to invite you to an interview on Thursday 11 "
        "March 2027 at 10:00 AM at our office, 3 Wharf Road. It will take about 45 minutes.\n\n"
        "Best,\nOwen Clarke\nTalent Partner",
        "Control: Gmail forward of an interview; the note also mentions an unrelated viewing on another day.",
        label=slot(st, None, sent),
    )


def course17() -> Iterator[Case]:
    f = "course17"
    sent = sent_on(4, 1, 10, ROM)
    chk(4, 12, "Mon")
    yield fwd(
        f,
        "gmail_corso_excel",
        "it",
        "gmail",
        "it",
        ("Formazione Lavoro Emilia", "corsi@formazione-emilia.example.it"),
        "Iscrizione confermata: Excel avanzato (serale)",
        sent,
        "è il corso, non un colloquio",
        "Ciao Alex,\n\nla tua iscrizione al corso 'Excel avanzato' è confermata. Prima lezione "
        "lunedì 12 aprile 2027 alle ore 18:30, aula 4; il corso dura 8 settimane.\n\n"
        "Segreteria corsi",
        "Gmail (it) forward of a course enrolment with the first lesson's time.",
    )
    sent = sent_on(4, 2, 12, MAD)
    chk(4, 13, "Tue")
    yield fwd(
        f,
        "outlook_bootcamp_inicio",
        "es",
        "outlook",
        "es",
        ("Bootcamp Código Sur", "admisiones@codigosur.example.es"),
        "¡Bienvenida al bootcamp! Inicio de clases",
        sent,
        "fyi",
        "¡Hola Alex!\n\nYa tienes plaza en el bootcamp de Desarrollo Web. Las clases empiezan el "
        "martes 13 de abril de 2027 a las 9:00 (horario de lunes a viernes, 9:00 a 14:00).\n\n"
        "Nos vemos pronto,\nEquipo de Admisiones",
        "Outlook (es) forward of a bootcamp start date and daily hours.",
    )
    sent = sent_on(4, 5, 9, LIS)
    chk(4, 14, "Wed")
    yield fwd(
        f,
        "apple_formacao_socorros",
        "pt-PT",
        "apple",
        "pt",
        ("Centro de Formação Atlântico", "formacao@cf-atlantico.example.pt"),
        "Formação: Primeiros Socorros – confirmação",
        sent,
        "só para guardar",
        "Caro(a) formando(a),\n\nConfirmamos a sua inscrição na ação de formação 'Primeiros "
        "Socorros', que decorre na quarta-feira, 14 de abril de 2027, das 9h00 às 13h00, na sala "
        "2.\n\nCumprimentos,\nCentro de Formação Atlântico",
        "Apple Mail (pt) forward of a first-aid course confirmation with hours.",
    )
    sent = sent_on(4, 2, 15, TYO)
    chk(4, 15, "Thu")
    yield fwd(
        f,
        "gmail_kouza_shokai",
        "ja",
        "gmail",
        "ja",
        ("キャリアアップ講座事務局", "kouza@career-up.example.jp"),
        "【受講案内】Python入門講座 初回のご案内",
        sent,
        "講座です、面接じゃないです",
        "アレックス・モーガン様\n\nPython入門講座へのお申し込みありがとうございます。\n"
        "初回講義：2027年4月15日(木) 19:00〜21:00\n会場：オンライン（URLは前日にお送りします）\n\n"
        "キャリアアップ講座事務局",
        "Gmail (ja) forward of a course's first session with a time range.",
    )
    sent = sent_on(4, 6, 11, BER)
    chk(4, 19, "Mon")
    yield fwd(
        f,
        "thunderbird_kursbeginn",
        "de",
        "thunderbird",
        "de",
        ("Volkshochschule Kreis Lahnau", "anmeldung@vhs-lahnau.example.de"),
        "Anmeldebestätigung: Business English B2",
        sent,
        "",
        "Guten Tag Alex Morgan,\n\nhiermit bestätigen wir Ihre Anmeldung zum Kurs 'Business English "
        "B2'.\nKursbeginn: Montag, 19. April 2027, 17:45 Uhr\n10 Termine, Raum 1.12\n\n"
        "Die Kursgebühr wird per Lastschrift eingezogen.\n\nIhre VHS",
        "Thunderbird (de) forward without a note of an evening class confirmation.",
    )
    sent = sent_on(4, 1, 16, PAR)
    chk(4, 15, "Thu")
    yield fwd(
        f,
        "owa_formation_gestion_projet",
        "fr",
        "owa",
        "fr",
        ("Service Formation Orvane", "formation@orvane.example.fr"),
        "Convocation à la formation « Gestion de projet »",
        sent,
        "c'est la formation du boulot actuel",
        "Bonjour,\n\nVous êtes convoqué(e) à la formation « Gestion de projet – les fondamentaux » le "
        "jeudi 15 avril 2027 de 9h00 à 17h00, salle Garonne.\n\nLe déjeuner est pris en charge.\n\n"
        "Service Formation",
        "Outlook on the web (fr) forward of a training 'convocation' (a word also used for interviews).",
    )
    sent = sent_on(3, 31, 10, ROM)
    st = when(4, 9, "Fri", 11, 0, ROM)
    yield fwd(
        f,
        "gmail_control_colloquio_docente",
        "it",
        "gmail",
        "it",
        ("Giulia Ferri", "giulia.ferri@formazione-emilia.example.it"),
        "Colloquio per il ruolo di docente Excel",
        sent,
        "colloquio! aggiungilo per favore",
        "Ciao Alex,\n\nabbiamo letto il tuo CV per il ruolo di docente dei corsi serali di Excel. "
        "Ti proponiamo un colloquio venerdì 9 aprile 2027 alle ore 11:00 nella nostra sede di via "
        "Emilia 120.\n\nFammi sapere se va bene.\n\nGiulia Ferri\nCoordinamento didattico",
        "Control: Gmail (it) forward of an interview for a trainer job at a course provider.",
        label=slot(st, None, sent),
    )


def assess17() -> Iterator[Case]:
    f = "assess17"
    sent = sent_on(2, 12, 9, LON)
    chk(2, 19, "Fri")
    yield fwd(
        f,
        "gmail_online_assessment",
        "en",
        "gmail",
        "en",
        ("Kestrel Bank Early Careers", "no-reply@kestrel-bank.example.com"),
        "Next step: complete your online assessment",
        sent,
        "fyi deadline",
        "Dear Alex,\n\nThank you for applying to the Kestrel Bank Graduate Programme. The next step "
        "is our online assessment (numerical and situational judgement, about 60 minutes).\n\n"
        "Please complete it by Friday 19 February 2027 at 11:59 PM GMT: "
        "https://assess.kestrel-bank.example.com/start/8KD2\n\nGood luck!\nEarly Careers Team",
        "Gmail forward of an online assessment invitation with a completion deadline.",
    )
    sent = sent_on(2, 14, 10, BER)
    chk(2, 21, "Sun")
    yield fwd(
        f,
        "outlook_online_test_frist",
        "de",
        "outlook",
        "de",
        ("Recruiting Vellmar", "recruiting@vellmar-automotive.example.de"),
        "Ihr Online-Test für die Bewerbung als Werkstudent",
        sent,
        "bis Sonntag machen!",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Bitte absolvieren Sie unseren Online-Test "
        "bis Sonntag, 21. Februar 2027, 23:59 Uhr. Der Test dauert ca. 40 Minuten und kann "
        "jederzeit gestartet werden.\n\nLink: https://test.vellmar-automotive.example.de/t/53\n\n"
        "Viel Erfolg!\nIhr Recruiting-Team",
        "Outlook (de) forward of an online test with a deadline.",
    )
    sent = sent_on(2, 15, 11, PAR)
    chk(2, 23, "Tue")
    yield fwd(
        f,
        "apple_test_en_ligne",
        "fr",
        "apple",
        "fr",
        ("Talents Morvane", "talents@morvane-conseil.example.fr"),
        "Votre test en ligne – à compléter",
        sent,
        "",
        "Bonjour Alex,\n\nMerci pour votre candidature. Nous vous invitons à compléter notre test en "
        "ligne (logique et anglais) avant le mardi 23 février 2027 à 12h00.\n\nLien personnel : "
        "https://morvane-conseil.example.fr/test/xq7\n\nCordialement,\nL'équipe Talents",
        "Apple Mail (fr) forward of an online test to finish before a date and hour.",
    )
    sent = sent_on(2, 15, 10, TYO)
    chk(2, 22, "Mon")
    yield fwd(
        f,
        "gmail_tekisei_kigen",
        "ja",
        "gmail",
        "ja",
        ("株式会社サクラ物流 採用チーム", "recruit@sakura-butsuryu.example.jp"),
        "【サクラ物流】適性検査受検のお願い",
        sent,
        "締切メモ",
        "アレックス・モーガン様\n\n先日はエントリーいただきありがとうございました。\n"
        "次のステップとして、Web適性検査の受検をお願いいたします。\n\n受検期限：2027年2月22日(月) 23:59まで\n"
        "受検URL：https://sakura-butsuryu.example.jp/test\n\n株式会社サクラ物流 採用チーム",
        "Gmail (ja) forward of an aptitude-test request with a deadline.",
    )
    sent = sent_on(2, 16, 14, AMS)
    chk(2, 25, "Thu")
    yield fwd(
        f,
        "owa_thuisopdracht",
        "nl",
        "owa",
        "nl",
        ("Sanne Bakker", "sanne.bakker@kanaalzicht-software.example.nl"),
        "Thuisopdracht Junior Developer",
        sent,
        "deadline, geen gesprek",
        "Hoi Alex,\n\nZoals besproken hierbij de thuisopdracht. Je kunt je uitwerking tot en met "
        "donderdag 25 februari 2027, 17.00 uur mailen naar mij. Daarna bekijken we of we een "
        "gesprek inplannen.\n\nSucces!\nSanne",
        "Outlook on the web (nl) forward of a take-home assignment with a deadline; an interview only maybe later.",
    )
    sent = sent_on(2, 17, 12, MAD)
    chk(2, 24, "Wed")
    yield fwd(
        f,
        "thunderbird_prueba_tecnica",
        "es",
        "thunderbird",
        "es",
        ("Selección Brisamar", "seleccion@brisamar-tech.example.es"),
        "Prueba técnica – plazo de entrega",
        sent,
        "plazo, ojo",
        "Hola Alex,\n\nTe enviamos la prueba técnica del proceso. Tienes de plazo hasta el miércoles "
        "24 de febrero de 2027 a las 23:59 para subir tu solución al enlace: "
        "https://brisamar-tech.example.es/prueba\n\nSaludos,\nSelección Brisamar",
        "Thunderbird (es) forward of a technical test deadline.",
    )
    sent = sent_on(2, 16, 16, LON)
    st = when(2, 25, "Thu", 14, 0, LON)
    yield fwd(
        f,
        "gmail_control_live_coding",
        "en",
        "gmail",
        "en",
        ("Rafael Costa", "rafael.costa@kestrel-bank.example.com"),
        "Live coding interview - Graduate Software Engineer",
        sent,
        "interview! please add",
        "Hi Alex,\n\nWell done on the online assessment. Your live coding interview is booked for "
        "Thursday 25 February 2027, 2:00-3:30 PM GMT, on CoderPad with two of our engineers.\n\n"
        "No preparation needed beyond your favourite language.\n\nRafael Costa\nEarly Careers",
        "Control: Gmail forward of a live coding interview with a time range and GMT.",
        label=zoned(st, st + timedelta(minutes=90), LON),
    )
    sent = sent_on(2, 17, 9, BER)
    st = when(2, 24, "Wed", 13, 0, BER)
    yield fwd(
        f,
        "outlook_control_pair_programming",
        "de",
        "outlook",
        "de",
        ("Jonas Weber", "jonas.weber@vellmar-automotive.example.de"),
        "Technisches Interview (Pair Programming)",
        sent,
        "Interview, bitte eintragen",
        "Hallo Alex,\n\ndanke für den Online-Test! Wir möchten Sie zu einem technischen Interview "
        "(Pair Programming) einladen: Mittwoch, 24. Februar 2027, 13:00 - 14:00 Uhr, per Teams.\n\n"
        "Viele Grüße\nJonas Weber",
        "Control: Outlook (de) forward of a technical interview with a time range.",
        label=slot(st, st + timedelta(hours=1), sent),
    )


def results17() -> Iterator[Case]:
    f = "results17"
    sent = sent_on(4, 26, 10, MAD)
    chk(5, 7, "Fri")
    yield fwd(
        f,
        "gmail_comunicaremos_resultados",
        "es",
        "gmail",
        "es",
        ("Proceso de Selección Aguaclara", "seleccion@aguaclara.example.es"),
        "Proceso de selección: próximos pasos",
        sent,
        "para saber cuándo",
        "Hola Alex:\n\nGracias por participar en las entrevistas. Comunicaremos los resultados a "
        "todas las personas candidatas el viernes 7 de mayo de 2027 a partir de las 12:00 por "
        "correo electrónico.\n\nUn saludo,\nEquipo de Selección",
        "Gmail (es) forward of a notice that results come on a date from a time.",
    )
    sent = sent_on(4, 27, 9, SAO)
    chk(5, 6, "Thu")
    yield fwd(
        f,
        "outlook_resultado_divulgado",
        "pt-BR",
        "outlook",
        "pt",
        ("Processo Seletivo Ipê", "processoseletivo@ipe-energia.example.com.br"),
        "Processo seletivo: divulgação do resultado",
        sent,
        "fyi",
        "Olá, Alex!\n\nObrigado por participar da dinâmica de grupo. O resultado será divulgado no "
        "dia 6 de maio de 2027 (quinta-feira), às 14h, na área do candidato.\n\nAbraços,\nEquipe Ipê",
        "Outlook (pt) forward of a Brazilian results date in a candidate area.",
    )
    sent = sent_on(4, 28, 15, STO)
    chk(5, 5, "Wed")
    yield fwd(
        f,
        "apple_besked_vidare",
        "sv",
        "apple",
        "sv",
        ("Linnea Holm", "linnea.holm@skargard-energi.example.se"),
        "Tack för intervjun",
        sent,
        "när de hör av sig",
        "Hej Alex,\n\nTack för intervjun i går! Vi träffar ytterligare några kandidater och lämnar "
        "besked om vem som går vidare senast onsdag 5 maj 2027 kl. 15.00.\n\nHälsningar,\nLinnea",
        "Apple Mail (sv) forward of a thank-you that promises an answer by a date and hour.",
    )
    sent = sent_on(4, 26, 17, TYO)
    chk(5, 7, "Fri")
    yield fwd(
        f,
        "gmail_senkou_kekka",
        "ja",
        "gmail",
        "ja",
        ("株式会社アオバ設計 人事部", "jinji@aoba-sekkei.example.jp"),
        "【アオバ設計】二次面接のお礼と今後について",
        sent,
        "結果の日",
        "アレックス・モーガン様\n\n本日はお忙しい中、二次面接にお越しいただきありがとうございました。\n"
        "選考結果につきましては、2027年5月7日(金) 17時までにメールにてご連絡いたします。\n\n"
        "株式会社アオバ設計 人事部",
        "Gmail (ja) forward of a thank-you after a second interview naming when results come.",
    )
    sent = sent_on(4, 29, 11, ROM)
    chk(5, 10, "Mon")
    yield fwd(
        f,
        "owa_esiti_pubblicati",
        "it",
        "owa",
        "it",
        ("Ufficio Selezione Comune", "selezione@comune-valtorre.example.it"),
        "Concorso istruttore amministrativo – pubblicazione esiti",
        sent,
        "",
        "Gentile candidato,\n\nsi comunica che gli esiti della prova scritta saranno pubblicati "
        "lunedì 10 maggio 2027 alle ore 10:00 sul sito istituzionale, sezione Concorsi.\n\n"
        "Ufficio Selezione",
        "Outlook on the web (it) forward of a public competition's results date, no note.",
    )
    sent = sent_on(4, 30, 13, WAW)
    chk(5, 11, "Tue")
    yield fwd(
        f,
        "thunderbird_wyniki_rekrutacji",
        "pl",
        "thunderbird",
        "pl",
        ("Rekrutacja Bałtyk Software", "rekrutacja@baltyk-software.example.pl"),
        "Wyniki rekrutacji – informacja",
        sent,
        "kiedy wyniki",
        "Dzień dobry,\n\ndziękujemy za udział w rozmowie. Wyniki rekrutacji ogłosimy we wtorek 11 "
        "maja 2027 r. o godz. 12:00 – każda osoba otrzyma e-mail.\n\nPozdrawiamy,\nZespół Rekrutacji",
        "Thunderbird (pl) forward of a results announcement time.",
    )
    sent = sent_on(5, 3, 10, STO)
    st = when(5, 11, "Tue", 10, 0, STO)
    yield fwd(
        f,
        "gmail_control_nasta_intervju",
        "sv",
        "gmail",
        "sv",
        ("Linnea Holm", "linnea.holm@skargard-energi.example.se"),
        "Du går vidare – nästa intervju",
        sent,
        "intervju! lägg in den",
        "Hej Alex,\n\nRoligt att meddela att du går vidare! Nästa steg är en intervju med "
        "avdelningschefen tisdag 11 maj 2027 kl. 10.00–11.00 på vårt kontor i Nacka.\n\n"
        "Hälsningar,\nLinnea Holm",
        "Control: Gmail (sv) forward of a result that sets the next interview with a range.",
        label=slot(st, st + timedelta(hours=1), sent),
    )


def applyinv17() -> Iterator[Case]:
    f = "applyinv17"
    sent = sent_on(4, 5, 10, LON)
    chk(4, 16, "Fri")
    yield fwd(
        f,
        "gmail_invitation_to_apply",
        "en",
        "gmail",
        "en",
        ("Mira Patel", "mira.patel@talentbridge.example.co.uk"),
        "You'd be a great fit - Junior Product Analyst at Orrin",
        sent,
        "fyi",
        "Hi Alex,\n\nI came across your profile and think you'd be a great fit for the Junior "
        "Product Analyst role at Orrin. I'd encourage you to apply here: "
        "https://jobs.orrin.example.com/jpa\n\nApplications close on Friday 16 April 2027 at 5 PM "
        "BST, and interviews will be arranged after that.\n\nBest,\nMira Patel\nTalentBridge",
        "Gmail forward of an invitation to apply with a closing time; interviews 'arranged after'.",
    )
    sent = sent_on(4, 6, 9, BER)
    chk(4, 18, "Sun")
    yield fwd(
        f,
        "outlook_einladung_bewerben",
        "de",
        "outlook",
        "de",
        ("Personalberatung Kessler", "kontakt@kessler-personal.example.de"),
        "Passende Stelle für Sie: Junior Controller (m/w/d)",
        sent,
        "nur zur Info",
        "Hallo Alex,\n\nwir haben eine Position gefunden, die gut zu Ihrem Profil passt, und laden "
        "Sie ein, sich zu bewerben. Bewerbungsschluss ist Sonntag, 18.04.2027, 23:59 Uhr.\n\n"
        "Bei Interesse melden Sie sich einfach – dann vereinbaren wir ein erstes Telefonat.\n\n"
        "Beste Grüße\nPersonalberatung Kessler",
        "Outlook (de) forward of a headhunter's invitation to apply with a deadline.",
    )
    sent = sent_on(4, 7, 11, PAR)
    yield fwd(
        f,
        "apple_echange_semaine_prochaine",
        "fr",
        "apple",
        "fr",
        ("Julien Marchand", "julien.marchand@talentys.example.fr"),
        "Opportunité – Chargé(e) d'études marketing",
        sent,
        "pas encore de date",
        "Bonjour Alex,\n\nJe recrute pour un client un(e) chargé(e) d'études marketing. Votre profil "
        "m'intéresse : seriez-vous disponible pour un échange téléphonique la semaine prochaine ? "
        "Dites-moi vos créneaux.\n\nBien à vous,\nJulien Marchand",
        "Apple Mail (fr) forward of a recruiter asking for availability next week; no time set.",
    )
    sent = sent_on(4, 8, 16, TYO)
    chk(4, 23, "Fri")
    yield fwd(
        f,
        "gmail_scout_shimekiri",
        "ja",
        "gmail",
        "ja",
        ("キャリアスカウト事務局", "scout@career-scout.example.jp"),
        "【スカウト】株式会社ヒカリ電機からのオファー",
        sent,
        "スカウトです。面接ではない",
        "アレックス・モーガン様\n\n株式会社ヒカリ電機より、あなたのプロフィールにスカウトが届きました。\n"
        "ご興味があれば下記よりご応募ください。\n\n応募締切：2027年4月23日(金) 23:59\n"
        "https://career-scout.example.jp/offer/4421\n\nキャリアスカウト事務局",
        "Gmail (ja) forward of a scouting offer with an application deadline.",
    )
    sent = sent_on(4, 6, 14, AMS)
    chk(4, 16, "Fri")
    yield fwd(
        f,
        "thunderbird_volgende_week_bellen",
        "nl",
        "thunderbird",
        "nl",
        ("Eva Mulder", "eva.mulder@recruitnoord.example.nl"),
        "Vacature Data Engineer – interesse?",
        sent,
        "nog geen afspraak",
        "Hoi Alex,\n\nIk zag je profiel en heb een mooie vacature als Data Engineer bij een klant in "
        "Utrecht. Kunnen we volgende week even bellen? De vacature sluit op vrijdag 16 april 2027 om "
        "17.00 uur, dus laat snel iets weten.\n\nGroet,\nEva",
        "Thunderbird (nl) forward of a recruiter proposing a call next week, with a closing time.",
    )
    sent = sent_on(4, 7, 12, LON)
    st = when(4, 13, "Tue", 16, 30, LON)
    yield fwd(
        f,
        "gmail_control_screening_booked",
        "en",
        "gmail",
        "en",
        ("Mira Patel", "mira.patel@talentbridge.example.co.uk"),
        "Re: Junior Product Analyst at Orrin - call booked",
        sent,
        "screening call booked - please add",
        "Hi Alex,\n\nGreat to hear you're interested! I've booked our screening call for Tuesday "
        "13 April 2027 at 4:30 PM BST (30 minutes). I'll ring you on the number in your CV.\n\n"
        "Best,\nMira",
        "Control: Gmail forward of a screening call booked at a time with BST.",
        label=zoned(st, st + timedelta(minutes=30), LON),
    )
    sent = sent_on(4, 9, 10, PAR)
    st = when(4, 15, "Thu", 10, 30, PAR)
    yield fwd(
        f,
        "outlook_control_entretien_tel",
        "fr",
        "outlook",
        "fr",
        ("Julien Marchand", "julien.marchand@talentys.example.fr"),
        "Confirmation de notre entretien téléphonique",
        sent,
        "entretien ! à ajouter",
        "Bonjour Alex,\n\nJe vous confirme notre entretien téléphonique le jeudi 15 avril 2027 à "
        "10h30. Je vous appellerai sur votre portable ; comptez une demi-heure.\n\nBien à vous,\n"
        "Julien Marchand",
        "Control: Outlook (fr) forward confirming a phone interview at a time.",
        label=slot(st, st + timedelta(minutes=30), sent),
    )


def newsletter17() -> Iterator[Case]:
    f = "newsletter17"
    sent = sent_on(3, 1, 8, LON)
    chk(3, 11, "Thu")
    chk(3, 16, "Tue")
    yield fwd(
        f,
        "gmail_brightpath_month",
        "en",
        "gmail",
        "en",
        ("Brightpath Talent", "newsletter@brightpath-talent.example.com"),
        "This month at Brightpath: events, roles and tips",
        sent,
        "fyi",
        "BRIGHTPATH TALENT - MARCH 2027\n\nUpcoming events\n- Thursday 11 March, 6:00 PM: Tech "
        "networking evening, Manchester\n- Tuesday 16 March, 12:30 PM: Lunchtime webinar 'Salary "
        "negotiation 101'\n\nNew roles this week: Data Analyst (Leeds), QA Engineer (remote), "
        "Project Coordinator (York)\n\nTip of the month: prepare three questions for every "
        "interview.\n\nUnsubscribe: https://brightpath-talent.example.com/u",
        "Gmail forward of a recruitment agency's monthly newsletter listing events.",
    )
    sent = sent_on(3, 2, 7, STO)
    chk(3, 11, "Thu")
    yield fwd(
        f,
        "outlook_frukostseminarium",
        "sv",
        "outlook",
        "sv",
        ("Nordrekrytering", "nyhetsbrev@nordrekrytering.example.se"),
        "Nyhetsbrev mars: frukostseminarium och lediga jobb",
        sent,
        "",
        "Hej!\n\nVälkommen på frukostseminarium torsdag 11 mars 2027 kl. 08.00–09.00: 'Så lyckas "
        "du med din första intervju'. Anmäl dig på vår webb.\n\nVeckans jobb: Ekonomiassistent, "
        "Lagerchef, Säljare.\n\nAvregistrera: https://nordrekrytering.example.se/av",
        "Outlook (sv) forward of an agency newsletter with a breakfast seminar about interviews.",
    )
    sent = sent_on(3, 3, 9, WAW)
    chk(3, 17, "Wed")
    yield fwd(
        f,
        "owa_dni_otwarte",
        "pl",
        "owa",
        "pl",
        ("Agencja Pracy Horyzont", "newsletter@horyzont-praca.example.pl"),
        "Newsletter: Dni otwarte i nowe oferty",
        sent,
        "fyi",
        "Cześć!\n\nZapraszamy na Dzień Otwarty w naszym biurze w środę 17 marca 2027 r. o godz. "
        "16:00 – porozmawiasz z konsultantami i poznasz oferty.\n\nNowe oferty: magazynier, "
        "księgowa, programista Java.\n\nWypisz się: https://horyzont-praca.example.pl/w",
        "Outlook on the web (pl) forward of an agency newsletter with an open day.",
    )
    sent = sent_on(3, 4, 10, AMS)
    chk(3, 17, "Wed")
    yield fwd(
        f,
        "thunderbird_sollicitatietraining",
        "nl",
        "thunderbird",
        "nl",
        ("Uitzendbureau Polderwerk", "nieuws@polderwerk.example.nl"),
        "Nieuwsbrief maart – gratis sollicitatietraining",
        sent,
        "leuk?",
        "Beste werkzoekende,\n\nOp woensdag 17 maart 2027 van 19.00 tot 21.00 uur geven we een "
        "gratis sollicitatietraining: oefen je gesprek met een echte recruiter.\n\nAanmelden via "
        "onze site. Nieuwe vacatures vind je op https://polderwerk.example.nl\n\nAfmelden? Klik hier.",
        "Thunderbird (nl) forward of an agency newsletter with an interview-training evening.",
    )
    sent = sent_on(3, 5, 8, BER)
    chk(3, 18, "Thu")
    yield fwd(
        f,
        "gmail_karriere_cafe",
        "de",
        "gmail",
        "de",
        ("Hartmann Personalberatung", "newsletter@hartmann-pb.example.de"),
        "Newsletter März: Karriere-Café und Top-Jobs",
        sent,
        "fyi",
        "Liebe Leserinnen und Leser,\n\nunser nächstes Karriere-Café findet am Donnerstag, 18. März "
        "2027, um 18:30 Uhr in unserem Büro statt. Thema: Gehaltsverhandlung.\n\nTop-Jobs: "
        "Vertriebsinnendienst, HR-Generalist, SAP-Berater\n\nAbmelden: https://hartmann-pb.example.de/ab",
        "Gmail (de) forward of a consultancy newsletter with an event time.",
    )
    sent = sent_on(3, 8, 11, WAW)
    st = when(3, 19, "Fri", 11, 0, WAW)
    yield fwd(
        f,
        "owa_control_rozmowa",
        "pl",
        "owa",
        "pl",
        ("Katarzyna Nowak", "k.nowak@horyzont-praca.example.pl"),
        "Zaproszenie na rozmowę – Programista Java",
        sent,
        "rozmowa! dodaj proszę",
        "Dzień dobry,\n\ndziękuję za przesłanie CV. Zapraszam na rozmowę rekrutacyjną w piątek 19 "
        "marca 2027 r. o godz. 11:00 (Teams, link prześlę dzień wcześniej).\n\nPozdrawiam,\n"
        "Katarzyna Nowak\nKonsultantka ds. rekrutacji",
        "Control: Outlook on the web (pl) forward of a recruiter's personal interview invitation.",
        label=slot(st, None, sent),
    )


def colleague17() -> Iterator[Case]:
    f = "colleague17"
    sent = sent_on(4, 12, 9, LON)
    chk(4, 22, "Thu")
    yield fwd(
        f,
        "outlook_q2_planning",
        "en",
        "outlook",
        "en",
        ("Marta Silva", "marta.silva@holloway-retail.example.co.uk"),
        "Q2 planning - Marta's team",
        sent,
        "is this the right day? not mine I think",
        "Hi all,\n\nOur Q2 planning session is on Thursday 22 April 2027, 10:00-11:00, meeting room "
        "3. Please bring your top three priorities.\n\nThanks,\nMarta",
        "Outlook forward of a colleague's team planning meeting; the note doubts it is the user's.",
    )
    sent = sent_on(4, 13, 15, BER)
    chk(4, 21, "Wed")
    yield fwd(
        f,
        "gmail_sprint_review",
        "de",
        "gmail",
        "de",
        ("Tobias Lang", "tobias.lang@quellwerk-it.example.de"),
        "Sprint Review verschoben",
        sent,
        "ist das der richtige Tag?",
        "Hallo zusammen,\n\nunser Sprint Review wird auf Mittwoch, 21. April 2027, 14:00 Uhr "
        "verschoben. Raum Elbe.\n\nGruß\nTobias",
        "Gmail (de) forward of a team meeting moved by a colleague.",
    )
    sent = sent_on(4, 14, 10, ROM)
    chk(4, 23, "Fri")
    yield fwd(
        f,
        "owa_riunione_reparto",
        "it",
        "owa",
        "it",
        ("Paolo Greco", "paolo.greco@lumara-foods.example.it"),
        "Riunione di reparto",
        sent,
        "è il giorno giusto?",
        "Ciao a tutti,\n\nla riunione di reparto è fissata per venerdì 23 aprile 2027 alle 9:30 in "
        "sala Sole. Ordine del giorno: turni di maggio e ferie.\n\nPaolo",
        "Outlook on the web (it) forward of a department meeting.",
    )
    sent = sent_on(4, 15, 12, WAW)
    chk(4, 22, "Thu")
    yield fwd(
        f,
        "thunderbird_panel_kandydat",
        "pl",
        "thunderbird",
        "pl",
        ("Ewa Zielińska", "ewa.zielinska@baltyk-software.example.pl"),
        "Panel: rozmowa z kandydatem na stanowisko Tester",
        sent,
        "to nie moja rozmowa, jestem w panelu",
        "Cześć,\n\nczy możesz dołączyć do panelu? Rozmowa z kandydatem na stanowisko Tester odbędzie "
        "się w czwartek 22 kwietnia 2027 o 13:00 w sali Morskiej. CV kandydata w załączniku.\n\nEwa",
        "Thunderbird (pl) forward: the user is asked to sit on a panel interviewing someone else.",
    )
    sent = sent_on(4, 16, 17, PAR)
    chk(4, 26, "Mon")
    yield fwd(
        f,
        "apple_point_hebdo",
        "fr",
        "apple",
        "fr",
        ("Nadia Benali", "nadia.benali@orvane.example.fr"),
        "Point hebdo de l'équipe",
        sent,
        "c'est le bon jour ?",
        "Bonjour l'équipe,\n\nle point hebdo de lundi 26 avril 2027 aura lieu à 10h en visio au "
        "lieu de la salle B.\n\nBonne fin de semaine,\nNadia",
        "Apple Mail (fr) forward of a colleague's weekly team meeting.",
    )
    sent = sent_on(4, 19, 11, MAD)
    chk(4, 27, "Tue")
    yield fwd(
        f,
        "gmail_entrevistador",
        "es",
        "gmail",
        "es",
        ("Raúl Ortega", "raul.ortega@brisamar-tech.example.es"),
        "Entrevista con candidata – Backend",
        sent,
        "no es mi entrevista, soy entrevistador",
        "Hola,\n\nTe he añadido como entrevistador: entrevista con la candidata Irene Soto el martes "
        "27 de abril de 2027 a las 16:00 en la sala Poniente. Te paso su CV.\n\nRaúl",
        "Gmail (es) forward: the user is an interviewer of another candidate.",
    )
    sent = sent_on(4, 19, 14, BER)
    st = when(4, 27, "Tue", 11, 0, BER)
    yield fwd(
        f,
        "outlook_control_interne_stelle",
        "de",
        "outlook",
        "de",
        ("Miriam Kaiser", "miriam.kaiser@quellwerk-it.example.de"),
        "Gespräch zur internen Stelle Product Owner",
        sent,
        "das ist mein Gespräch! bitte eintragen",
        "Hallo Alex,\n\ndanke für deine interne Bewerbung als Product Owner. Wir laden dich zu einem "
        "Gespräch am Dienstag, 27. April 2027, 11:00 - 12:00 Uhr in Raum Spree ein.\n\nViele Grüße\n"
        "Miriam Kaiser\nHR",
        "Control: Outlook (de) forward of the user's own interview for an internal move.",
        label=slot(st, st + timedelta(hours=1), sent),
    )
    sent = sent_on(4, 20, 10, LON)
    st = when(4, 28, "Wed", 15, 0, LON)
    yield fwd(
        f,
        "gmail_control_internal_transfer",
        "en",
        "gmail",
        "en",
        ("Ben Howard", "ben.howard@holloway-retail.example.co.uk"),
        "Your interview with the Platform team",
        sent,
        "my internal interview - add please",
        "Hi Alex,\n\nMarta passed on your interest in the Platform team. Your interview is on "
        "Wednesday 28 April 2027, 3:00-3:45 PM BST, with me and Priya, room 5 or Teams.\n\nCheers,\nBen",
        "Control: Gmail forward of an internal-transfer interview with BST.",
        label=zoned(st, st + timedelta(minutes=45), LON),
    )


def appoint17() -> Iterator[Case]:
    f = "appoint17"
    sent = sent_on(2, 22, 10, BER)
    chk(3, 8, "Mon")
    yield fwd(
        f,
        "gmail_buergeramt",
        "de",
        "gmail",
        "de",
        ("Bürgeramt Online-Terminvergabe", "noreply@termine.stadt-elmshafen.example.de"),
        "Terminbestätigung Bürgeramt Mitte",
        sent,
        "nur behalten",
        "Ihre Terminbuchung\n\nDienstleistung: Anmeldung einer Wohnung\nStandort: Bürgeramt Mitte\n"
        "Termin: Montag, 08.03.2027, 09:20 Uhr\nVorgangsnummer: 4471-2203\n\nBitte bringen Sie Ihren "
        "Ausweis und die Wohnungsgeberbestätigung mit.",
        "Gmail (de) forward of a citizens' office appointment confirmation.",
    )
    sent = sent_on(2, 25, 16, PAR)
    chk(3, 9, "Tue")
    yield fwd(
        f,
        "outlook_rdv_conseiller",
        "fr",
        "outlook",
        "fr",
        ("Banque Rivelle", "conseiller@banque-rivelle.example.fr"),
        "Confirmation de votre rendez-vous",
        sent,
        "rdv banque, pas un entretien",
        "Bonjour,\n\nNous vous confirmons votre rendez-vous avec votre conseiller, M. Lefort, le "
        "mardi 9 mars 2027 à 14h30 en agence (12 rue du Port).\n\nObjet : ouverture d'un plan "
        "d'épargne.\n\nBanque Rivelle",
        "Outlook (fr) forward of a bank adviser appointment.",
    )
    sent = sent_on(2, 26, 12, MAD)
    chk(3, 10, "Wed")
    yield fwd(
        f,
        "apple_cita_previa",
        "es",
        "apple",
        "es",
        ("Cita Previa Extranjería", "no-reply@citaprevia.example.es"),
        "Justificante de cita previa",
        sent,
        "",
        "JUSTIFICANTE DE CITA\n\nTrámite: Toma de huellas (TIE)\nOficina: Comisaría de Policía, "
        "c/ Mayor 20\nDía: miércoles 10/03/2027\nHora: 10:40\nNúmero de cita: 88213\n\nPresente este "
        "justificante el día de la cita.",
        "Apple Mail (es) forward of an immigration office appointment receipt, no note.",
    )
    sent = sent_on(3, 1, 9, AMS)
    chk(3, 11, "Thu")
    yield fwd(
        f,
        "owa_hypotheekadviseur",
        "nl",
        "owa",
        "nl",
        ("Bank Lindenhof", "afspraken@banklindenhof.example.nl"),
        "Bevestiging afspraak hypotheekadvies",
        sent,
        "bank, geen sollicitatie",
        "Beste Alex Morgan,\n\nHierbij bevestigen wij uw afspraak met onze hypotheekadviseur op "
        "donderdag 11 maart 2027 om 15.00 uur in ons kantoor aan het Stationsplein.\n\n"
        "Met vriendelijke groet,\nBank Lindenhof",
        "Outlook on the web (nl) forward of a mortgage adviser appointment.",
    )
    sent = sent_on(3, 2, 9, LON)
    chk(3, 12, "Fri")
    yield fwd(
        f,
        "thunderbird_dentist",
        "en",
        "thunderbird",
        "en",
        ("Riverside Dental", "reception@riverside-dental.example.co.uk"),
        "Appointment reminder",
        sent,
        "dentist, keep pls",
        "Dear Alex,\n\nThis is a reminder of your appointment with Dr Shah on Friday 12 March 2027 at "
        "8:45 AM. Please arrive 10 minutes early.\n\nTo cancel, call 0161 555 0144.\n\nRiverside Dental",
        "Thunderbird forward of a dentist appointment reminder.",
    )
    sent = sent_on(3, 3, 17, ROM)
    chk(3, 13, "Sat")
    yield fwd(
        f,
        "gmail_tagliando",
        "it",
        "gmail",
        "it",
        ("Officina Bertolini", "prenotazioni@officina-bertolini.example.it"),
        "Prenotazione tagliando confermata",
        sent,
        "auto, non colloquio",
        "Gentile cliente,\n\nla prenotazione del tagliando è confermata per sabato 13 marzo 2027 alle "
        "ore 8:30. Consegna dell'auto in accettazione.\n\nOfficina Bertolini",
        "Gmail (it) forward of a car service booking.",
    )
    sent = sent_on(3, 2, 14, NYC)
    chk(3, 16, "Tue")
    yield fwd(
        f,
        "ios_visa_appointment",
        "en",
        "ios",
        "en",
        ("Visa Appointment Service", "no-reply@visa-appointments.example.com"),
        "Appointment confirmation - consular section",
        sent,
        "not a job interview (visa one), just keep it",
        "Appointment confirmation\n\nApplicant: ALEX MORGAN\nLocation: Consular Section, New York\n"
        "Date: Tuesday, March 16, 2027\nTime: 9:15 AM\n\nPlease arrive 15 minutes before your "
        "appointment time and bring your passport and confirmation page.",
        "iOS Mail forward of a consular visa appointment; the note says it is not a job interview.",
    )
    sent = sent_on(3, 1, 11, AMS)
    st = when(3, 11, "Thu", 10, 0, AMS)
    yield fwd(
        f,
        "owa_control_afspraak_hr",
        "nl",
        "owa",
        "nl",
        ("Iris de Boer", "iris.deboer@lindenhof-groep.example.nl"),
        "Afspraak sollicitatiegesprek",
        sent,
        "wel een gesprek! graag toevoegen",
        "Beste Alex,\n\nGraag nodig ik je uit voor een sollicitatiegesprek voor de functie "
        "Klantadviseur op donderdag 11 maart 2027 van 10.00 tot 11.00 uur op ons hoofdkantoor.\n\n"
        "Met vriendelijke groet,\nIris de Boer\nHR",
        "Control: Outlook on the web (nl) forward of an interview 'afspraak'.",
        label=slot(st, st + timedelta(hours=1), sent),
    )


def mobile17() -> Iterator[Case]:
    f = "mobile17"
    sent = sent_on(4, 26, 9, LON)
    chk(5, 6, "Thu")
    yield fwd(
        f,
        "ios_webinar_fyi",
        "en",
        "ios",
        "en",
        ("Orrin Talent", "talent@orrin.example.com"),
        "Webinar: a day in the life of an Orrin analyst",
        sent,
        "fyi",
        "Hi Alex,\n\nJoin our live webinar on Thursday 6 May 2027 at 4 PM BST to hear from our "
        "analysts. Register: https://orrin.example.com/webinar\n\nOrrin Talent",
        "iOS Mail forward of an employer webinar, 'fyi'.",
        delay=timedelta(minutes=12),
    )
    sent = sent_on(4, 26, 14, BER)
    st = when(5, 4, "Tue", 10, 30, BER)
    yield fwd(
        f,
        "gmailapp_control_gespraech",
        "de",
        "gmailapp",
        "de",
        ("Lena Vogt", "lena.vogt@brennholz-medien.example.de"),
        "Einladung zum Kennenlernen",
        sent,
        "Interview! bitte hinzufügen",
        "Hallo Alex,\n\nwir würden Sie gern kennenlernen: Vorstellungsgespräch am Dienstag, "
        "4. Mai 2027, um 10:30 Uhr bei uns im Büro (Hafenstraße 9).\n\nBis dann!\nLena Vogt",
        "Control: Gmail app (de) forward of an interview with a time.",
        label=slot(st, None, sent),
        delay=timedelta(minutes=41),
    )
    sent = sent_on(4, 27, 11, MAD)
    chk(5, 6, "Thu")
    yield fwd(
        f,
        "outlookmobile_puertas_abiertas",
        "es",
        "outlookmobile",
        "es",
        ("Escuela de Negocios Albor", "eventos@albor-business.example.es"),
        "Jornada de puertas abiertas – Máster en RR. HH.",
        sent,
        "¿es el día correcto?",
        "Hola Alex,\n\nTe esperamos en la jornada de puertas abiertas del Máster en Recursos Humanos "
        "el jueves 6 de mayo de 2027 a las 17:00 en nuestro campus.\n\nEquipo de Admisiones",
        "Outlook mobile (es) forward of an open day of a business school.",
    )
    sent = sent_on(4, 28, 16, SAO)
    chk(5, 10, "Mon")
    yield fwd(
        f,
        "samsung_integracao",
        "pt-BR",
        "samsung",
        "pt",
        ("RH Cerrado Agro", "rh@cerrado-agro.example.com.br"),
        "Integração de novos colaboradores",
        sent,
        "só pra guardar",
        "Olá, Alex!\n\nSeja bem-vindo(a)! A integração de novos colaboradores será na segunda-feira, "
        "10 de maio de 2027, às 8h, no auditório da sede.\n\nAbraço,\nRH Cerrado Agro",
        "Samsung Email (pt) forward of a new-hire induction.",
    )
    sent = sent_on(4, 27, 10, STO)
    st = when(5, 5, "Wed", 13, 0, STO)
    yield fwd(
        f,
        "ios_control_intervju",
        "sv",
        "ios",
        "sv",
        ("Johan Lind", "johan.lind@vasterhav-logistik.example.se"),
        "Intervju Västerhav Logistik",
        sent,
        "intervju, lägg till",
        "Hej Alex,\n\nVälkommen på intervju onsdag 5 maj 2027 kl. 13.00–14.00 på vårt kontor i "
        "Göteborg.\n\nMvh\nJohan Lind",
        "Control: iOS Mail (sv) forward of an interview with a range.",
        label=slot(st, st + timedelta(hours=1), sent),
    )
    sent = sent_on(4, 30, 12, TYO)
    chk(5, 14, "Fri")
    yield fwd(
        f,
        "ios_naiteisha_konshinkai",
        "ja",
        "ios",
        "ja",
        ("株式会社ヒカリ電機 人事部", "jinji@hikari-denki.example.jp"),
        "内定者懇親会のご案内",
        sent,
        "懇親会です",
        "アレックス・モーガン様\n\n内定者懇親会を下記のとおり開催いたします。\n\n日時：2027年5月14日(金) "
        "18:30〜20:30\n会場：本社10階ラウンジ\n\nご出欠を5月7日までにご返信ください。\n\n人事部",
        "iOS Mail (ja) forward of a get-together for people with offers.",
    )
    sent = sent_on(4, 28, 9, NYC)
    st = when(5, 6, "Thu", 11, 0, NYC)
    yield fwd(
        f,
        "outlookmobile_control_right_day",
        "en",
        "outlookmobile",
        "en",
        ("Dana Whitfield", "dana.whitfield@corvid-labs.example.com"),
        "Interview confirmation - Corvid Labs",
        sent,
        "is this the right day? it's the interview, add it",
        "Hi Alex,\n\nConfirming your interview on Thursday, May 6, 2027 from 11:00 AM to 12:00 PM ET "
        "with our hiring manager, via Zoom: https://zoom.example.com/j/5512\n\nBest,\nDana Whitfield",
        "Control: Outlook mobile forward of an interview with ET; the note asks about the day.",
        label=zoned(st, st + timedelta(hours=1), NYC),
    )
    sent = sent_on(4, 29, 15, ROM)
    chk(5, 12, "Wed")
    yield fwd(
        f,
        "samsung_corso_sicurezza",
        "it",
        "samsung",
        "it",
        ("Ufficio Personale Lumara", "personale@lumara-foods.example.it"),
        "Corso sicurezza obbligatorio",
        sent,
        "",
        "Buongiorno,\n\nsi comunica che il corso di formazione sulla sicurezza si terrà mercoledì 12 "
        "maggio 2027 alle ore 14:00 in sala Sole (durata 4 ore).\n\nUfficio Personale",
        "Samsung Email (it) forward of a mandatory safety course, no note.",
    )


BUILDERS = [
    webinar17,
    fair17,
    startdate17,
    landlord17,
    course17,
    assess17,
    results17,
    applyinv17,
    newsletter17,
    colleague17,
    appoint17,
    mobile17,
]

MEASURED: list[str] = [
    "First sight (parser at main fb428aab, before any change for this batch): dev: 12 of 12 "
    "invitations with the right start (11 sure), 2 of 47 negatives claimed with confidence "
    ">= 0.5; held out: 7 of 7 invitations right (7 sure), 5 of 23 negatives claimed; no "
    "calendar-bearing mail in the batch.",
    "",
    "After the batch's rules (results announced on a date in es, pt, pl and the Italian "
    "plural 'esiti'; Spanish 'si no puedes asistir' no longer read as an alternative time): "
    "dev 12 of 12 right (11 sure), 0 of 47 claimed; held out 7 of 7 right (7 sure), 5 of 23 "
    "claimed. Whole splits: dev false claims 9 -> 7 of 1243 and 'sure' 1444 -> 1447 (three more sure, among them two "
    "earlier Spanish reschedules saying 'Si no puedes asistir' / 'Si no te viene bien' now "
    "sure); shared, fixtures and held out unchanged; no text hit lost anywhere. The dev "
    "control left unsure (fair17 es: an interview booked at a fair stand) is capped by the "
    "fair words of its subject and by 'Te hemos reservado una entrevista' not being read as "
    "the reader's own interview; one source only, so left.",
    "",
    "After merging main 51927fce: shared 44/44 (42 sure, 0/25 claimed), fixtures 8/8, dev "
    "1624/1640 (1447 sure, 7/1243 claimed), held out 765/814 (642 sure, 53/578 claimed); this "
    "batch unchanged.",
]

RULES: list[str] = [
    "- Results announced on a date (`DECISION_CUES`): Spanish 'comunicaremos / publicaremos "
    "los resultados', 'los resultados se publicarán', 'publicación de resultados'",
    "  (public code: ismariocortes/uady-site partials/stage_4.php, 'Publicación de resultados' "
    "with a date) and this batch's `results17` (es); Portuguese 'o resultado será",
    "  divulgado' (this batch, pt-BR; same construction as the Spanish); Polish 'wyniki "
    "rekrutacji ogłosimy', 'ogłoszenie wyników' (public code: marcinoles87/przedszkole2023",
    "  Rekrutacja.js, 'nastąpi ogłoszenie wyników rekrutacji' at a date and hour) and this "
    "batch's `results17` (pl); the Italian plural 'esiti' next to the existing 'esito'.",
    "- 'si no' as an alternative (`ALTERNATIVES_CUES`) no longer fires on 'si no puedes / "
    "puede / pueden asistir', 'si no te / le viene bien': corpus `jazzhr` (es-MX,",
    "  'Si no puedes asistir, responde a este correo'), `recruiterprose` (es, 'Si no te viene "
    "bien, dime') and this batch's `fair17` control (es).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs17 batch (`build_negs17.py`)",
        "",
        "Look-alikes as the product receives them: the user forwards a mail to Afterview from "
        "Gmail (web, app), Outlook (desktop plain text, web, mobile), Apple Mail (macOS, iOS), "
        "Thunderbird or Samsung Email, with the client in en, de, fr, es, it, nl, pt, pl, sv or "
        "ja, often with a short note on top. The forwarded mail carries a future date and time "
        "that sets no interview for the user; about one in four is a control that does. The "
        "forward header blocks (rule lines, localized labels, date layouts, reply prefixes, "
        "mobile signatures) are recalled from memory of the clients, not re-read, and each label "
        "says so. All prose is ours (no third-party text copied); people, companies, addresses "
        "and links are made up. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message.",
        "",
        "Webinars, fairs, start dates, landlord and technician visits, courses, assessment "
        "deadlines, results dates, invitations to apply, newsletters, colleagues' meetings (and "
        "panels where the user interviews someone else) and bank, office, doctor and visa "
        "appointments are `not_invitation`; the user's own interview is an `invitation` with its "
        "time (end only where a range or an exact duration is given). Language tags name the "
        "forwarded mail's language, then the client's UI language when it differs.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs17.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs17.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
