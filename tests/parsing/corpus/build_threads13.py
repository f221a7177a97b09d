# ruff: noqa: E501 (tables of localized client strings and mail text read best one row a line)
"""Write the "threads13" batch: reply threads and forwards as real mail clients write them.

Run: .venv/bin/python tests/parsing/corpus/build_threads13.py

Top-posted one-liners that pick one of several slots offered in the quoted text, employers'
replies that move the slot above quoted history, weekdays and 'tomorrow' that count from the
quoted message's date, the user's forwards of a recruiter's thread with a note, and look-alike
negatives in the same voices (replies that only quote an old invitation, times still being
negotiated, the candidate's own request for another time). Forward header blocks and date
formats in fi, da, no, sv, nl, pl, it and pt-BR come from crisp-oss/email-forward-parser's test
fixtures (Gmail, new Outlook, Yahoo, Apple Mail); reply attribution shapes (Gmail fi and ru,
Italian 'In data ... ha scritto:', Portuguese 'Em ... escreveu:', Zoho '---- On ... wrote ----',
Android '-------- Oprindelig besked --------', Apple Mail fr) from crisp-oss/email-reply-parser's
fixtures; other Gmail attributions are recalled. Text, people and companies are ours. Every label
comes from the datetimes the text is rendered from and was written before the parser was run.
Output is deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import sys
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
at, mail, Case, OWN, timed = pp.at, pp.mail, pp.Case, pp.OWN, pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK

EFP_COMMIT = "0ae68013fc893f66c38adc848a21c1f9598843c9"
ERP_COMMIT = "0b3704c8744d6f57ae1d86d7eab75535c51d2f5c"
EFP = (
    "crisp-oss/email-forward-parser:test/fixtures/{}_body.txt (header labels, layout, date format)@"
    + EFP_COMMIT
)
ERP = "crisp-oss/email-reply-parser:test/fixtures/email_{}.txt (attribution shape)@" + ERP_COMMIT
MIT = "MIT (crisp-oss fixtures) for the header strings and date shapes; text ours"
RECALLED = "quote attribution / header block recalled from {} output, not re-read; " + OWN

SPLITS = {
    "slotpick13": "dev",
    "movetop13": "dev",
    "weekdayquote13": "dev",
    "fwdhooknote13": "dev",
    "quoteinvite13": "dev",
    "negotiating13": "dev",
    "candask13": "dev",
    "outlookblock13": "dev",
    "applefwd13": "heldout",
    "replyshapes13": "heldout",
    "threadmix13": "heldout",
    "hookthread13": "heldout",
}
SOURCES = {
    "slotpick13": "The user's top-posted one-liner picks one of several slots the employer offered in the quoted text (Gmail en, fi, ru, it, pt-BR, nl; Apple Mail en).",
    "movetop13": "The employer's reply moves the slot, written above quoted history that still holds the old time (Outlook desktop en, new Outlook it, Gmail fi, pl, da, en).",
    "weekdayquote13": "A weekday, 'tomorrow' or 'the day after tomorrow' in the quoted or forwarded message counts from that message's date, not the newer one's.",
    "fwdhooknote13": "The user forwards a recruiter's reply thread to the hook with a note; Gmail forward blocks in da, no, pl, nl, sv, it.",
    "quoteinvite13": "Negatives: replies written after the interview that only quote the old invitation (thanks, expenses, feedback requests).",
    "negotiating13": "Negatives: threads where the time is still being negotiated (options offered back, checking with the panel).",
    "candask13": "Negatives: the newest message is the candidate's, asking for another time than the quoted invitation's.",
    "outlookblock13": "Forwards through new Outlook (fi, it, pt-BR, no) and Yahoo (fi, it) header blocks; weekdays count from the block's date.",
    "applefwd13": "Apple Mail forwards (fi, it, no, pt-BR, sv) with the user's note.",
    "replyshapes13": "Rarer reply shapes: Zoho '---- On ... wrote ----', Android 'Oprindelig besked' with 'Dato: dd.mm.yyyy', 'In data ... ha scritto:', 'Em ... escreveu:', Apple Mail fr.",
    "threadmix13": "Gmail ru/fi/en reply threads: confirmations, moves and negatives in one voice.",
    "hookthread13": "The user forwards whole threads (Gmail sv/pl/en) whose last message moves, confirms or asks again.",
}

# --- dates in the clients' languages (CLDR names; shapes from the fixtures) ------------------
FI_WD_ESS = [
    "maanantaina",
    "tiistaina",
    "keskiviikkona",
    "torstaina",
    "perjantaina",
    "lauantaina",
    "sunnuntaina",
]
FI_WD_SHORT = ["ma", "ti", "ke", "to", "pe", "la", "su"]
FI_MON_GEN = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
]
FI_MON_AB = [
    "tammik.",
    "helmik.",
    "maalisk.",
    "huhtik.",
    "toukok.",
    "kesäk.",
    "heinäk.",
    "elok.",
    "syysk.",
    "lokak.",
    "marrask.",
    "jouluk.",
]
DA_WD = ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."]
DA_MON = [
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
NO_WD = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]
NO_WD_LONG = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MON = [
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "mai",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "des.",
]
NO_MON_LONG = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
SV_WD = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MON = [
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
]
SV_MON_LONG = [
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
]
NL_WD = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MON = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
PL_WD = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MON = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
IT_WD = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_WD_LONG = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
IT_MON_LONG = [
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
]
PT_WD = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_WD_LONG = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
PT_MON = [
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
]
PT_MON_LONG = [
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
]
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = [
    "янв.",
    "февр.",
    "мар.",
    "апр.",
    "мая",
    "июн.",
    "июл.",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_WD_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON_LONG = [
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
]
FR_MON = [
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
]


def _who(p: tuple[str, str]) -> str:
    return f"{p[0]} <{p[1]}>"


def gmail_date(lang: str, w: datetime) -> str:
    """Gmail's date as the fixtures print it in the forward block's 'Date:' line."""
    d, m = w.weekday(), w.month - 1
    if lang == "fi":
        return f"{FI_WD_SHORT[d]} {w.day}. {FI_MON_AB[m]} {w.year} klo {w.hour}.{w.minute:02d}"
    if lang == "da":
        return f"{DA_WD[d]} {w.day}. {DA_MON[m]} {w.year} kl. {w:%H.%M}"
    if lang == "no":
        return f"{NO_WD[d]} {w.day}. {NO_MON[m]} {w.year} kl. {w:%H:%M}"
    if lang == "sv":
        return f"{SV_WD[d]} {w.day} {SV_MON[m]} {w.year} kl {w:%H:%M}"
    if lang == "nl":
        return f"{NL_WD[d]} {w.day} {NL_MON[m]} {w.year} om {w:%H:%M}"
    if lang == "pl":
        return f"{PL_WD[d]}, {w.day} {PL_MON[m]} {w.year} o {w:%H:%M}"
    if lang == "it":
        return f"{IT_WD[d]} {w.day} {IT_MON[m]} {w.year} alle ore {w:%H:%M}"
    if lang == "pt-BR":
        return f"{PT_WD[d]}, {w.day} de {PT_MON[m]} de {w.year} às {w:%H:%M}"
    if lang == "ru":
        return f"{RU_WD[d]}, {w.day} {RU_MON[m]} {w.year} г. в {w:%H:%M}"
    h = w.hour % 12 or 12
    return f"{EN_WD[d]}, {EN_MON[m]} {w.day}, {w.year} at {h}:{w.minute:02d}\u202f{'AM' if w.hour < 12 else 'PM'}"


def gmail_said(lang: str, who: tuple[str, str], w: datetime) -> str:
    """Gmail's reply attribution: fi and ru as in email-reply-parser's fixtures, the rest recalled."""
    g = gmail_date(lang, w)
    if lang == "fi":
        return f"{g} {who[0]}\n<{who[1]}> kirjoitti:"
    if lang == "ru":
        return f"{g}, {_who(who)}:"
    if lang in ("da", "no"):
        return f"{g} skrev {_who(who)}:"
    if lang == "sv":
        return f"{g} skrev {_who(who)}:"
    if lang == "nl":
        return f"Op {g} schreef {_who(who)}:"
    if lang == "pl":
        return f"{g} {_who(who)} napisał(a):"
    if lang == "it":
        return f"Il giorno {g} {_who(who)} ha scritto:"
    if lang == "pt-BR":
        return f"Em {g}, {_who(who)} escreveu:"
    return f"On {g} {_who(who)} wrote:"


def quoted(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(
        mark if not line else f"{mark} {line}" for line in text.strip("\n").split("\n")
    )


def reply(new: str, attribution: str, old: str) -> str:
    return f"{new.rstrip()}\n\n{attribution}\n{quoted(old)}\n"


def gmail_fwd(
    lang: str, who: tuple[str, str], w: datetime, subject: str, to: tuple[str, str], body: str
) -> str:
    frm = {
        "fi": "Lähettäjä",
        "da": "Fra",
        "no": "Fra",
        "sv": "Från",
        "nl": "Van",
        "pl": "Od",
        "it": "Da",
        "pt-BR": "De",
        "ru": "От",
        "en": "From",
    }[lang]
    return (
        "---------- Forwarded message ---------\n"
        f"{frm}: {_who(who)}\nDate: {gmail_date(lang, w)}\nSubject: {subject}\nTo: <{to[1]}>\n\n{body.strip()}\n"
    )


def new_outlook_block(
    lang: str, who: tuple[str, str], w: datetime, subject: str, to: tuple[str, str]
) -> str:
    d, m = w.weekday(), w.month - 1
    if lang == "fi":
        return f"Lähettäjä: {_who(who)}\nPäivämäärä: {FI_WD_ESS[d]}, {w.day}. {FI_MON_GEN[m]} {w.year} klo {w.hour}.{w.minute:02d}\nVastaanottaja: {to[1]} <{to[1]}>\nAihe: {subject}"
    if lang == "it":
        return f"Da: {_who(who)}\nData: {IT_WD_LONG[d]}, {w.day} {IT_MON_LONG[m]} {w.year} {w:%H:%M}\nA: {to[1]} <{to[1]}>\nOggetto: {subject}"
    if lang == "pt-BR":
        return f"De: {_who(who)}\nData: {PT_WD_LONG[d]}, {w.day} de {PT_MON_LONG[m]} de {w.year}, {w:%H:%M}\nPara: {to[1]} <{to[1]}>\nAssunto: {subject}"
    if lang == "no":
        return f"Fra: {_who(who)}\nDato: {NO_WD_LONG[d]}, {w.day}. {NO_MON_LONG[m]} {w.year} kl. {w:%H:%M}\nTil: {to[1]} <{to[1]}>\nEmne: {subject}"
    raise ValueError(lang)


def outlook_desktop(
    who: tuple[str, str], w: datetime, subject: str, to: tuple[str, str], original: bool = False
) -> str:
    h = w.hour % 12 or 12
    sent = f"{EN_WD_LONG[w.weekday()]}, {EN_MON_LONG[w.month - 1]} {w.day}, {w.year} {h}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}"
    head = "-----Original Message-----\n" if original else "________________________________\n"
    return f"{head}From: {_who(who)}\nSent: {sent}\nTo: {_who(to)}\nSubject: {subject}"


def yahoo_line(
    lang: str, who: tuple[str, str], w: datetime, subject: str, to: tuple[str, str]
) -> str:
    d, m = w.weekday(), w.month - 1
    if lang == "fi":
        return f'   ----- Edelleenlähetetty viesti ----- Lähettäjä: {_who(who)}Vastaanottaja: "{to[1]}" <{to[1]}>Lähetetty: {FI_WD_ESS[d]} {w.day}. {FI_MON_GEN[m]} {w.year} klo {w.hour:02d}.{w.minute:02d}.{w.second:02d} UTC+2Aihe: {subject}'
    if lang == "it":
        return f'   ----- Messaggio inoltrato ----- Da: {_who(who)}A: "{to[1]}" <{to[1]}>Inviato: {IT_WD_LONG[d]} {w.day} {IT_MON_LONG[m]} {w.year}, {w:%H:%M:%S} CETOggetto: {subject}'
    raise ValueError(lang)


def apple_fwd(
    lang: str, who: tuple[str, str], w: datetime, subject: str, to: tuple[str, str], body: str
) -> str:
    m = w.month - 1
    if lang == "fi":
        head = [
            "Välitetty viesti alkaa:",
            "",
            f"Lähettäjä: {_who(who)}",
            f"Aihe: {subject}",
            f"Päivämäärä: {w.day}. {FI_MON_GEN[m]} {w.year} klo {w.hour}.{w.minute:02d}.00 UTC+2",
            f"Vastaanottaja: {to[1]}",
        ]
    elif lang == "it":
        head = [
            "Inizio messaggio inoltrato:",
            "",
            f"Da: {_who(who)}",
            f"Oggetto: {subject}",
            f"Data: {w.day} {IT_MON_LONG[m]} {w.year} {w:%H:%M}:00 CET",
            f"A: {to[1]}",
        ]
    elif lang == "no":
        head = [
            "Videresendt melding:",
            "",
            f"Fra: {_who(who)}",
            f"Emne: {subject}",
            f"Dato: {w.day}. {NO_MON_LONG[m]} {w.year} kl. {w:%H:%M}:00 CET",
            f"Til: {to[1]}",
        ]
    elif lang == "pt-BR":
        head = [
            "Início da mensagem encaminhada:",
            "",
            f"De: {_who(who)}",
            f"Assunto: {subject}",
            f"Data: {w.day} de {PT_MON_LONG[m]} de {w.year}, {w:%H:%M}:00 BRT",
            f"Para: {to[1]}",
        ]
    elif lang == "sv":
        head = [
            "Vidarebefordrat mejl:",
            "",
            f"Från: {_who(who)}",
            f"Ämne: {subject}",
            f"Datum: {w.day} {SV_MON_LONG[m]} {w.year} {w:%H:%M}:00 CET",
            f"Till: {to[1]}",
        ]
    else:
        raise ValueError(lang)
    return quoted("\n".join(head) + "\n\n" + body.strip()) + "\n"


# --- cases --------------------------------------------------------------------------------
BUILT: list[Case] = []


def add(
    fam: str,
    name: str,
    lang: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str,
    label: dict[str, object],
    note: str,
    template: str = "",
    license: str = OWN,
    html: bool = False,
    reply_to: bool = True,
) -> None:
    key = f"threads13/{fam}/{name}"
    body_html = None
    if html:
        body_html = (
            '<div dir="ltr">'
            + "<br>\n".join(htmllib.escape(line) for line in text.split("\n"))
            + "</div>\n"
        )
    raw = mail(
        key,
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text,
        html=body_html,
        reply_to_key=f"{key}/parent" if reply_to else "",
    )
    template = template or RECALLED.format("Gmail")
    BUILT.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, template, license)
    )


def slot(
    start: datetime,
    end: datetime | None = None,
    *,
    sent: datetime,
    kind: str = "invitation",
    orig: str = "",
) -> dict[str, object]:
    label: dict[str, object] = {"kind": kind, **timed(start, end, sent=sent)}
    if orig:
        label["original_sender"] = orig
    return label


def zoned(
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str,
    kind: str = "invitation",
    orig: str = "",
) -> dict[str, object]:
    label: dict[str, object] = {"kind": kind, **timed(start, end, zone=zone)}
    if orig:
        label["original_sender"] = orig
    return label


def neg(orig: str = "") -> dict[str, object]:
    label: dict[str, object] = {"kind": "not_invitation"}
    if orig:
        label["original_sender"] = orig
    return label


KOLKATA = "Asia/Kolkata"
NY, LON, HEL, MOW, ROM, SAO, AMS, WAW, CPH, OSL, STO = (
    "America/New_York",
    "Europe/London",
    "Europe/Helsinki",
    "Europe/Moscow",
    "Europe/Rome",
    "America/Sao_Paulo",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Europe/Copenhagen",
    "Europe/Oslo",
    "Europe/Stockholm",
)


def slotpick13() -> None:
    f = "slotpick13"
    rec = ("Dana Whitfield", "dana@brightloom-talent.example.com")
    old_at = at(2027, 1, 4, 10, 12, NY, "Mon")
    old = "Hi Alex,\n\nThanks for your interest in the Data Analyst role. We can offer:\n\n- Wednesday, January 6 at 11:00 AM\n- Thursday, January 7 at 3:00 PM\n- Friday, January 8 at 9:30 AM\n\nEach slot is 45 minutes on Zoom with me and our analytics lead.\n\nBest,\nDana"
    sent = at(2027, 1, 4, 16, 40, NY)
    add(
        f,
        "thursday_3pm_works",
        "en",
        sender=ME,
        to=rec,
        subject="Re: Data Analyst - interview slots",
        sent=sent,
        text=reply("Thursday 3pm works, see you then.\n\nAlex", gmail_said("en", rec, old_at), old),
        label=slot(at(2027, 1, 7, 15, 0, NY), at(2027, 1, 7, 15, 45, NY), sent=sent),
        note="Gmail (en) top-posted 'Thursday 3pm works, see you then.' over three offered slots; 45 minutes stated.",
    )
    rec = ("Sanna Lehtonen", "sanna.lehtonen@pohjoisvalo-rekry.example.fi")
    old_at = at(2027, 1, 12, 9, 5, HEL, "Tue")
    old = "Hei Alex,\n\nkiitos hakemuksestasi. Ehtisitkö haastatteluun jompanakumpana näistä:\n\n- torstaina 14.1. klo 10.00\n- perjantaina 15.1. klo 13.00\n\nHaastattelu kestää noin tunnin ja pidetään Teamsissa.\n\nTerveisin\nSanna"
    sent = at(2027, 1, 12, 11, 30, HEL)
    add(
        f,
        "perjantai_klo_13",
        "fi",
        sender=ME,
        to=rec,
        subject="Re: Haastatteluaika",
        sent=sent,
        text=reply(
            "Perjantai klo 13 sopii hyvin, nähdään silloin!\n\nAlex",
            gmail_said("fi", rec, old_at),
            old,
        ),
        label=slot(at(2027, 1, 15, 13, 0, HEL), at(2027, 1, 15, 14, 0, HEL), sent=sent),
        note="Gmail (fi) 'Perjantai klo 13 sopii hyvin' over two offered slots; 'noin tunnin' read as the hour it states.",
        template=ERP.format("finnish") + " (fi attribution); " + EFP.format("gmail_fi") + " (date)",
        license=MIT,
    )
    rec = ("Ольга Смирнова", "o.smirnova@severtech-hr.example.ru")
    old_at = at(2027, 1, 15, 12, 20, MOW, "Fri")
    old = "Алекс, добрый день!\n\nПредлагаем два варианта собеседования:\n— во вторник, 19 января, в 11:00;\n— в среду, 20 января, в 16:00.\n\nНапишите, какой удобнее.\n\nОльга"
    sent = at(2027, 1, 15, 18, 2, MOW)
    add(
        f,
        "sreda_v_16",
        "ru",
        sender=ME,
        to=rec,
        subject="Re: Собеседование",
        sent=sent,
        text=reply(
            "Ольга, среда в 16:00 подходит, до встречи!\n\nАлекс",
            gmail_said("ru", rec, old_at),
            old,
        ),
        label=slot(at(2027, 1, 20, 16, 0, MOW), sent=sent),
        note="Gmail (ru) 'среда в 16:00 подходит' over two offered slots (Tuesday 11:00, Wednesday 16:00).",
        template=ERP.format("russian") + " (ru attribution); " + OWN,
        license=MIT,
    )
    rec = ("Giulia Ferrante", "giulia.ferrante@lucerna-hr.example.it")
    old_at = at(2027, 1, 21, 15, 45, ROM, "Thu")
    old = "Gentile Alex,\n\nle propongo due possibilità per il colloquio:\n\n- lunedì 25 gennaio alle 10:00\n- martedì 26 gennaio alle 14:30\n\nCordiali saluti,\nGiulia Ferrante"
    sent = at(2027, 1, 22, 8, 15, ROM)
    add(
        f,
        "martedi_1430",
        "it",
        sender=ME,
        to=rec,
        subject="R: Colloquio",
        sent=sent,
        text=reply(
            "Buongiorno Giulia,\nmartedì alle 14:30 va benissimo, a presto.\n\nAlex",
            gmail_said("it", rec, old_at),
            old,
        ),
        label=slot(at(2027, 1, 26, 14, 30, ROM), sent=sent),
        note="Gmail (it) 'martedì alle 14:30 va benissimo' over Monday and Tuesday offers.",
        template=RECALLED.format("Gmail (it)") + "; date shape " + EFP.format("gmail_it"),
        license=MIT,
    )
    rec = ("Renata Albuquerque", "renata@cajuina-talentos.example.com.br")
    old_at = at(2027, 2, 1, 9, 40, SAO, "Mon")
    old = "Oi Alex, tudo bem?\n\nPara a entrevista com a gestora, temos quarta (3/2) às 10h ou quinta (4/2) às 15h.\n\nQual fica melhor para você?\n\nAbraços,\nRenata"
    sent = at(2027, 2, 1, 13, 5, SAO)
    add(
        f,
        "quinta_15h",
        "pt-BR",
        sender=ME,
        to=rec,
        subject="Re: Entrevista com a gestora",
        sent=sent,
        text=reply(
            "Oi Renata! Quinta às 15h está ótimo, até lá!\n\nAlex",
            gmail_said("pt-BR", rec, old_at),
            old,
        ),
        label=slot(at(2027, 2, 4, 15, 0, SAO), sent=sent),
        note="Gmail (pt-BR) 'Quinta às 15h está ótimo' over 'quarta (3/2) às 10h ou quinta (4/2) às 15h'.",
        template=RECALLED.format("Gmail (pt-BR)") + "; date shape " + EFP.format("gmail_pt_br"),
        license=MIT,
    )
    rec = ("Priya Natarajan", "priya@harbourline.example.co.uk")
    old_at = at(2027, 1, 5, 9, 5, LON, "Tue")
    old = "Hi Alex,\n\nWould any of these suit for a first chat?\nWednesday 6th, 11:00\nWednesday 6th, 16:00\nThursday 7th, 09:30\n\nThanks,\nPriya"
    sent = at(2027, 1, 5, 9, 31, LON)
    add(
        f,
        "wednesday_eleven_iphone",
        "en",
        sender=ME,
        to=rec,
        subject="Re: First chat",
        sent=sent,
        text=f"Wednesday 11:00 is perfect. Thanks!\n\nSent from my iPhone\n\n> On 5 Jan 2027, at 09:05, {_who(rec)} wrote:\n>\n{quoted(old)}\n",
        label=slot(at(2027, 1, 6, 11, 0, LON), sent=sent),
        note="Apple Mail (iPhone, en-GB) 'Wednesday 11:00 is perfect' over three offered slots, two of them on Wednesday.",
        template=RECALLED.format("Apple Mail (iOS, en-GB)"),
    )
    rec = ("Maarten de Vries", "maarten@kanaalwerk.example.nl")
    old_at = at(2027, 2, 5, 14, 10, AMS, "Fri")
    old = "Hoi Alex,\n\nWe willen je graag uitnodigen voor een gesprek. Kan jij dinsdag 9 februari om 10:00 of donderdag 11 februari om 14:00?\n\nGroet,\nMaarten"
    sent = at(2027, 2, 6, 10, 20, AMS)
    add(
        f,
        "donderdag_14",
        "nl",
        sender=ME,
        to=rec,
        subject="Re: Uitnodiging gesprek",
        sent=sent,
        text=reply(
            "Hoi Maarten,\n\nDonderdag om 14:00 past mij goed. Tot dan!\n\nAlex",
            gmail_said("nl", rec, old_at),
            old,
        ),
        label=slot(at(2027, 2, 11, 14, 0, AMS), sent=sent),
        note="Gmail (nl) 'Donderdag om 14:00 past mij goed' over a Tuesday/Thursday offer.",
        template=RECALLED.format("Gmail (nl)") + "; date shape " + EFP.format("gmail_nl"),
        license=MIT,
    )


def movetop13() -> None:
    f = "movetop13"
    rec = ("Tom Hargreaves", "t.hargreaves@quillbridge.example.co.uk")
    old_at = at(2027, 1, 11, 9, 2, LON, "Mon")
    old = "Dear Alex,\n\nYour interview is confirmed for Thursday 14 January at 14:00, at our Leeds office (2 Park Row).\n\nKind regards,\nTom Hargreaves"
    sent = at(2027, 1, 12, 16, 10, LON)
    add(
        f,
        "friday_same_time",
        "en",
        sender=rec,
        to=ME,
        subject="RE: Interview confirmation",
        sent=sent,
        text=f"Dear Alex,\n\nApologies - our director is now travelling on Thursday, so we need to move your interview to Friday 15 January, same time (14:00), same place.\n\nKind regards,\nTom\n\n{outlook_desktop(rec, old_at, 'Interview confirmation', ME, original=True)}\n\n{old}\n",
        label=slot(at(2027, 1, 15, 14, 0, LON), sent=sent, kind="reschedule"),
        note="Outlook desktop reply moving Thursday 14:00 to 'Friday 15 January, same time (14:00)' over the '-----Original Message-----' block.",
        template=RECALLED.format("Outlook desktop (en)"),
    )
    rec = ("Mikko Virtanen", "mikko.virtanen@saimaasoft.example.fi")
    old_at = at(2027, 1, 18, 10, 0, HEL, "Mon")
    old = "Hei Alex,\n\nvahvistan haastattelun torstaina 21.1. klo 13.00 toimistollamme Tampereella.\n\nMikko"
    sent = at(2027, 1, 19, 14, 25, HEL)
    add(
        f,
        "siirto_perjantaihin",
        "fi",
        sender=rec,
        to=ME,
        subject="Re: Haastattelu torstaina",
        sent=sent,
        text=reply(
            "Hei Alex,\n\njoudumme siirtämään haastattelua: uusi aika on perjantaina 22.1. klo 9.00, paikka sama. Pahoittelut muutoksesta!\n\nMikko",
            gmail_said("fi", rec, old_at),
            old,
        ),
        label=slot(at(2027, 1, 22, 9, 0, HEL), sent=sent, kind="reschedule"),
        note="Gmail (fi) 'uusi aika on perjantaina 22.1. klo 9.00' over the quoted 'torstaina 21.1. klo 13.00'.",
        template=ERP.format("finnish") + " (fi attribution)",
        license=MIT,
    )
    rec = ("Chiara Bellini", "c.bellini@vetreria-digitale.example.it")
    old_at = at(2027, 1, 20, 11, 30, ROM, "Wed")
    old = "Gentile Alex,\n\nle confermo il colloquio per martedì 26 gennaio alle 15:00 su Google Meet.\n\nCordiali saluti\nChiara Bellini"
    sent = at(2027, 1, 22, 9, 50, ROM)
    add(
        f,
        "mercoledi_11",
        "it",
        sender=rec,
        to=ME,
        subject="R: Conferma colloquio",
        sent=sent,
        text=f"Gentile Alex,\n\nle scrivo per spostare il colloquio a mercoledì 27 gennaio alle 11:00, stesso link. Mi scuso per il cambio.\n\nChiara\n\n{new_outlook_block('it', rec, old_at, 'Conferma colloquio', ME)}\n\n{old}\n",
        label=slot(at(2027, 1, 27, 11, 0, ROM), sent=sent, kind="reschedule"),
        note="new Outlook (it) reply: 'spostare il colloquio a mercoledì 27 gennaio alle 11:00' over 'martedì 26 gennaio alle 15:00'.",
        template=EFP.format("new_outlook_2019_it"),
        license=MIT,
        html=True,
    )
    rec = ("Katarzyna Nowak", "k.nowak@wislasoft.example.pl")
    old_at = at(2027, 1, 28, 13, 0, WAW, "Thu")
    old = "Dzień dobry,\n\nzapraszam na rozmowę w czwartek 4 lutego o 12:00 w naszym biurze przy ul. Długiej 8.\n\nPozdrawiam\nKatarzyna Nowak"
    sent = at(2027, 2, 1, 10, 40, WAW)
    add(
        f,
        "piatek_10",
        "pl",
        sender=rec,
        to=ME,
        subject="Re: Zaproszenie na rozmowę",
        sent=sent,
        text=reply(
            "Dzień dobry,\n\nniestety musimy przesunąć rozmowę na piątek, 5 lutego, o 10:00. Miejsce bez zmian.\n\nPozdrawiam\nKatarzyna",
            gmail_said("pl", rec, old_at),
            old,
        ),
        label=slot(at(2027, 2, 5, 10, 0, WAW), sent=sent, kind="reschedule"),
        note="Gmail (pl) 'przesunąć rozmowę na piątek, 5 lutego, o 10:00' over the quoted Thursday 12:00.",
        template=RECALLED.format("Gmail (pl)") + "; date shape " + EFP.format("gmail_pl"),
        license=MIT,
    )
    rec = ("Jordan Ellis", "jordan@fernhollow.example.com")
    old_at = at(2027, 2, 3, 15, 20, NY, "Wed")
    old = "Hi Alex,\n\nConfirming your panel interview on Tuesday, February 9, 3:00-4:00 PM ET. The Zoom link will follow.\n\nJordan"
    sent = at(2027, 2, 5, 11, 0, NY)
    add(
        f,
        "hour_later",
        "en",
        sender=rec,
        to=ME,
        subject="Re: Panel interview",
        sent=sent,
        text=reply(
            "Hi Alex - small change: we'll start an hour later, at 4pm ET, same day. Same Zoom link.\n\nJordan",
            gmail_said("en", rec, old_at),
            old,
        ),
        label=zoned(at(2027, 2, 9, 16, 0, NY), zone=NY, kind="reschedule"),
        note="Gmail (en) 'we'll start an hour later, at 4pm ET, same day' over 'Tuesday, February 9, 3:00-4:00 PM ET'; no new end stated.",
    )
    rec = ("Mette Kjær", "mette.kjaer@fjordlys.example.dk")
    old_at = at(2027, 2, 10, 8, 50, CPH, "Wed")
    old = "Hej Alex,\n\nVelkommen til samtale onsdag den 17. februar kl. 10.00 hos os i Aarhus.\n\nVenlig hilsen\nMette"
    sent = at(2027, 2, 12, 13, 15, CPH)
    add(
        f,
        "torsdag_kl_13",
        "da",
        sender=rec,
        to=ME,
        subject="Sv: Samtale",
        sent=sent,
        text=reply(
            "Hej Alex,\n\nVi er desværre nødt til at rykke samtalen til torsdag den 18. februar kl. 13.00. Ellers er alt som før.\n\nVenlig hilsen\nMette",
            gmail_said("da", rec, old_at),
            old,
        ),
        label=slot(at(2027, 2, 18, 13, 0, CPH), sent=sent, kind="reschedule"),
        note="Gmail (da) 'rykke samtalen til torsdag den 18. februar kl. 13.00' over the quoted Wednesday 10.00.",
        template=RECALLED.format("Gmail (da)") + "; date shape " + EFP.format("gmail_da"),
        license=MIT,
    )


def weekdayquote13() -> None:
    f = "weekdayquote13"
    rec = ("Priya Natarajan", "priya@harbourline.example.co.uk")
    old_at = at(2027, 1, 7, 14, 20, LON, "Thu")
    body = "Hi Alex,\n\nGreat speaking earlier. Let's do the follow-up with our CTO on Monday at 10:00, 30 minutes, on Teams.\n\nPriya"
    sent = at(2027, 1, 11, 7, 45, LON, "Mon")
    add(
        f,
        "monday_from_thursday",
        "en",
        sender=ME,
        to=HOOK,
        subject="Fwd: Follow-up with our CTO",
        sent=sent,
        text="for the calendar\n\n"
        + gmail_fwd("en", rec, old_at, "Follow-up with our CTO", ME, body),
        label=slot(
            at(2027, 1, 11, 10, 0, LON), at(2027, 1, 11, 10, 30, LON), sent=sent, orig=rec[1]
        ),
        note="Gmail (en) forward on Monday 07:45 of Thursday's 'Monday at 10:00, 30 minutes': that same Monday, not a week later.",
        reply_to=False,
    )
    rec = ("Sanna Lehtonen", "sanna.lehtonen@pohjoisvalo-rekry.example.fi")
    old_at = at(2027, 1, 12, 16, 0, HEL, "Tue")
    body = "Hei Alex,\n\nsopisiko sinulle puhelinhaastattelu huomenna klo 15.00? Soitan numeroosi.\n\nSanna"
    sent = at(2027, 1, 13, 8, 10, HEL, "Wed")
    add(
        f,
        "huomenna_klo_15",
        "fi",
        sender=ME,
        to=HOOK,
        subject="Fwd: Puhelinhaastattelu",
        sent=sent,
        text="Lisää kalenteriin, vahvistin jo.\n\n"
        + gmail_fwd("fi", rec, old_at, "Puhelinhaastattelu", ME, body),
        label=slot(at(2027, 1, 13, 15, 0, HEL), sent=sent, orig=rec[1]),
        note="Gmail (fi) forward on Wednesday of Tuesday's 'huomenna klo 15.00': Wednesday, not Thursday.",
        template=EFP.format("gmail_fi"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Renata Albuquerque", "renata@cajuina-talentos.example.com.br")
    old_at = at(2027, 1, 15, 17, 30, SAO, "Fri")
    body = "Oi Alex,\n\nconfirmado: segunda que vem às 10h, entrevista técnica pelo Google Meet.\n\nRenata"
    sent = at(2027, 1, 17, 20, 0, SAO, "Sun")
    add(
        f,
        "segunda_que_vem",
        "pt-BR",
        sender=ME,
        to=HOOK,
        subject="Fwd: Entrevista técnica",
        sent=sent,
        text="Pode agendar, por favor.\n\n"
        + gmail_fwd("pt-BR", rec, old_at, "Entrevista técnica", ME, body),
        label=slot(at(2027, 1, 18, 10, 0, SAO), sent=sent, orig=rec[1]),
        note="Gmail (pt-BR) forward on Sunday of Friday's 'segunda que vem às 10h': the Monday after that Friday.",
        template=EFP.format("gmail_pt_br"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Jordan Ellis", "jordan@fernhollow.example.com")
    old_at = at(2027, 1, 19, 17, 40, NY, "Tue")
    body = "Hi Alex,\n\nCould you come in tomorrow at 9:00 AM for a quick meeting with the hiring manager? Ask for me at reception, 4th floor.\n\nJordan"
    sent = at(2027, 1, 20, 7, 30, NY, "Wed")
    add(
        f,
        "tomorrow_from_outlook_block",
        "en",
        sender=ME,
        to=HOOK,
        subject="FW: Quick meeting",
        sent=sent,
        text=f"Said yes last night.\n\n{outlook_desktop(rec, old_at, 'Quick meeting', ME)}\n\n{body}\n",
        label=slot(at(2027, 1, 20, 9, 0, NY), sent=sent, orig=rec[1]),
        note="Outlook desktop forward on Wednesday 07:30 of Tuesday evening's 'tomorrow at 9:00 AM': Wednesday.",
        template=RECALLED.format("Outlook desktop (en)"),
        reply_to=False,
    )
    rec = ("Giulia Ferrante", "giulia.ferrante@lucerna-hr.example.it")
    old_at = at(2027, 1, 25, 12, 0, ROM, "Mon")
    old = "Gentile Alex,\n\nla aspettiamo dopodomani alle 11:00 nella nostra sede di via Roma 12.\n\nGiulia"
    sent = at(2027, 1, 26, 9, 0, ROM, "Tue")
    add(
        f,
        "dopodomani_11",
        "it",
        sender=ME,
        to=rec,
        subject="R: Colloquio",
        sent=sent,
        text=reply("Grazie, confermo la mia presenza.\n\nAlex", gmail_said("it", rec, old_at), old),
        label=slot(at(2027, 1, 27, 11, 0, ROM), sent=sent),
        note="Gmail (it) reply on Tuesday confirming Monday's 'dopodomani alle 11:00': Wednesday, counted from the quoted date.",
        template=RECALLED.format("Gmail (it)") + "; date shape " + EFP.format("gmail_it"),
        license=MIT,
    )
    rec = ("Tom Hargreaves", "t.hargreaves@quillbridge.example.co.uk")
    old_at = at(2027, 1, 15, 16, 30, LON, "Fri")
    body = "Dear Alex,\n\nThank you for coming in today. The panel will meet on Friday next week and we will let you know the outcome by Friday at 17:00.\n\nKind regards,\nTom"
    sent = at(2027, 1, 18, 9, 0, LON, "Mon")
    add(
        f,
        "outcome_by_friday_neg",
        "en",
        sender=ME,
        to=HOOK,
        subject="Fwd: Thank you",
        sent=sent,
        text="FYI, nothing to schedule yet.\n\n"
        + gmail_fwd("en", rec, old_at, "Thank you", ME, body),
        label=neg(rec[1]),
        note="Negative: forward of a post-interview thank-you with a decision 'by Friday at 17:00'.",
        reply_to=False,
    )


def fwdhooknote13() -> None:
    f = "fwdhooknote13"
    rec = ("Jonas Holm", "jonas.holm@nordlig-data.example.dk")
    old_at = at(2027, 1, 25, 9, 15, CPH, "Mon")
    mine = at(2027, 1, 22, 18, 0, CPH, "Fri")
    body = reply(
        "Hej Alex,\n\nTak for dit svar. Så siger vi torsdag kl. 10.00 hos os på kontoret i Odense.\n\nHilsen Jonas",
        gmail_said("da", ME, mine),
        "Hej Jonas,\n\nJeg kan torsdag kl. 10 eller fredag kl. 14.\n\nAlex",
    )
    sent = at(2027, 1, 25, 12, 0, CPH)
    add(
        f,
        "torsdag_kl_10",
        "da",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Samtale",
        sent=sent,
        text="Kan du lægge den her i kalenderen?\n\n"
        + gmail_fwd("da", rec, old_at, "Re: Samtale", ME, body),
        label=slot(at(2027, 1, 28, 10, 0, CPH), sent=sent, orig=rec[1]),
        note="Gmail (da) forward of the recruiter's 'Så siger vi torsdag kl. 10.00' over the user's own Thursday/Friday offer.",
        template=EFP.format("gmail_da"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Ingrid Solberg", "ingrid@fjelltopp-it.example.no")
    old_at = at(2027, 1, 28, 14, 30, OSL, "Thu")
    mine = at(2027, 1, 27, 20, 10, OSL, "Wed")
    body = reply(
        "Hei Alex,\n\nDa bekrefter vi onsdag 3. februar kl. 13:00–14:00 på Teams.\n\nMvh Ingrid",
        gmail_said("no", ME, mine),
        "Hei Ingrid,\n\nOnsdag ettermiddag passer fint for meg.\n\nAlex",
    )
    sent = at(2027, 1, 28, 15, 0, OSL)
    add(
        f,
        "onsdag_13_14",
        "no",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Intervju",
        sent=sent,
        text="Legg inn denne, takk.\n\n" + gmail_fwd("no", rec, old_at, "Re: Intervju", ME, body),
        label=slot(at(2027, 2, 3, 13, 0, OSL), at(2027, 2, 3, 14, 0, OSL), sent=sent, orig=rec[1]),
        note="Gmail (no) forward: 'Da bekrefter vi onsdag 3. februar kl. 13:00–14:00' over the user's 'Onsdag ettermiddag'.",
        template=EFP.format("gmail_no"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Piotr Zieliński", "p.zielinski@odra-tech.example.pl")
    old_at = at(2027, 1, 27, 11, 45, WAW, "Wed")
    mine = at(2027, 1, 26, 19, 0, WAW, "Tue")
    body = reply(
        "Dzień dobry,\n\npotwierdzam: wtorek, 2 lutego, godz. 11:00, spotkanie online.\n\nPiotr Zieliński",
        gmail_said("pl", ME, mine),
        "Dzień dobry,\n\npasuje mi wtorek rano albo środa po południu.\n\nAlex",
    )
    sent = at(2027, 1, 27, 12, 30, WAW)
    add(
        f,
        "wtorek_11",
        "pl",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Rozmowa",
        sent=sent,
        text="Dodaj proszę do kalendarza.\n\n"
        + gmail_fwd("pl", rec, old_at, "Re: Rozmowa", ME, body),
        label=slot(at(2027, 2, 2, 11, 0, WAW), sent=sent, orig=rec[1]),
        note="Gmail (pl) forward: 'potwierdzam: wtorek, 2 lutego, godz. 11:00' over the user's two half-day options.",
        template=EFP.format("gmail_pl"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Maarten de Vries", "maarten@kanaalwerk.example.nl")
    old_at = at(2027, 1, 27, 16, 5, AMS, "Wed")
    mine = at(2027, 1, 27, 10, 0, AMS, "Wed")
    body = reply(
        "Top! Dan zien we je vrijdag om 9:30 op ons kantoor in Utrecht.\n\nMaarten",
        gmail_said("nl", ME, mine),
        "Hoi Maarten,\n\nVrijdagochtend kan ik de hele ochtend.\n\nAlex",
    )
    sent = at(2027, 1, 27, 18, 0, AMS)
    add(
        f,
        "vrijdag_930",
        "nl",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Kennismaking",
        sent=sent,
        text="Zie hieronder, graag toevoegen.\n\n"
        + gmail_fwd("nl", rec, old_at, "Re: Kennismaking", ME, body),
        label=slot(at(2027, 1, 29, 9, 30, AMS), sent=sent, orig=rec[1]),
        note="Gmail (nl) forward: 'Dan zien we je vrijdag om 9:30' (Wednesday's mail, so the Friday of that week).",
        template=EFP.format("gmail_nl"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Elin Berg", "elin.berg@skargard-rekrytering.example.se")
    old_at = at(2027, 2, 8, 10, 30, STO, "Mon")
    mine = at(2027, 2, 5, 15, 0, STO, "Fri")
    body = reply(
        "Hej Alex!\n\nVi kör på torsdag den 11 februari kl. 15.30 i vårt kontor på Götgatan. Räkna med ungefär en timme.\n\nElin",
        gmail_said("sv", ME, mine),
        "Hej Elin,\n\nTorsdag eftermiddag fungerar bäst för mig.\n\nAlex",
    )
    sent = at(2027, 2, 8, 11, 0, STO)
    add(
        f,
        "torsdag_1530",
        "sv",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Intervju",
        sent=sent,
        text="Lägg in i kalendern tack!\n\n"
        + gmail_fwd("sv", rec, old_at, "Re: Intervju", ME, body),
        label=slot(
            at(2027, 2, 11, 15, 30, STO), at(2027, 2, 11, 16, 30, STO), sent=sent, orig=rec[1]
        ),
        note="Gmail (sv) forward: 'torsdag den 11 februari kl. 15.30 ... ungefär en timme'.",
        template=EFP.format("gmail_sv"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Ingrid Solberg", "ingrid@fjelltopp-it.example.no")
    old_at = at(2027, 2, 1, 9, 0, OSL, "Mon")
    mine = at(2027, 1, 29, 12, 0, OSL, "Fri")
    body = reply(
        "Hei Alex,\n\nTakk! Vi kommer tilbake med et tidspunkt neste uke, når panelet er satt.\n\nMvh Ingrid",
        gmail_said("no", ME, mine),
        "Hei Ingrid,\n\nJeg kan tirsdag eller torsdag kl. 10 neste uke.\n\nAlex",
    )
    sent = at(2027, 2, 1, 9, 30, OSL)
    add(
        f,
        "kommer_tilbake_neg",
        "no",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Andre intervju",
        sent=sent,
        text="Ikke noe tidspunkt ennå, bare til info.\n\n"
        + gmail_fwd("no", rec, old_at, "Re: Andre intervju", ME, body),
        label=neg(rec[1]),
        note="Negative: forward of 'Vi kommer tilbake med et tidspunkt neste uke' over the user's own Tuesday/Thursday 10:00 offer.",
        template=EFP.format("gmail_no"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Chiara Bellini", "c.bellini@vetreria-digitale.example.it")
    old_at = at(2027, 2, 4, 17, 0, ROM, "Thu")
    mine = at(2027, 2, 1, 9, 0, ROM, "Mon")
    body = reply(
        "Gentile Alex,\n\nla ringraziamo per il tempo dedicato. Purtroppo abbiamo deciso di proseguire con un altro candidato.\n\nCordiali saluti\nChiara",
        gmail_said("it", ME, mine),
        "Gentile Chiara,\n\nconfermo il colloquio di giovedì alle 10:00.\n\nAlex",
    )
    sent = at(2027, 2, 4, 19, 0, ROM)
    add(
        f,
        "altro_candidato_neg",
        "it",
        sender=ME,
        to=HOOK,
        subject="Fwd: R: Colloquio",
        sent=sent,
        text="Per conoscenza: niente da fare.\n\n"
        + gmail_fwd("it", rec, old_at, "R: Colloquio", ME, body),
        label=neg(rec[1]),
        note="Negative: forward of a rejection that quotes the user's old confirmation 'giovedì alle 10:00'.",
        template=EFP.format("gmail_it"),
        license=MIT,
        reply_to=False,
    )


def quoteinvite13() -> None:
    f = "quoteinvite13"
    rec = ("Dana Whitfield", "dana@brightloom-talent.example.com")
    old_at = at(2027, 1, 6, 9, 0, NY, "Wed")
    old = "Hi Alex,\n\nYou're confirmed for Tuesday, January 12 at 10:00 AM with the analytics team (45 minutes, Zoom).\n\nDana"
    sent = at(2027, 1, 13, 11, 20, NY, "Wed")
    add(
        f,
        "thanks_yesterday",
        "en",
        sender=rec,
        to=ME,
        subject="Re: Interview confirmed",
        sent=sent,
        text=reply(
            "Hi Alex,\n\nThanks for meeting the team yesterday. We'll be in touch by the end of next week.\n\nDana",
            gmail_said("en", rec, old_at),
            old,
        ),
        label=neg(),
        note="Negative: the employer's thanks the day after, over the quoted invitation (Tuesday 10:00 AM).",
    )
    rec = ("Mikko Virtanen", "mikko.virtanen@saimaasoft.example.fi")
    old_at = at(2027, 1, 14, 10, 0, HEL, "Thu")
    old = "Hei Alex,\n\ntervetuloa haastatteluun maanantaina 18.1. klo 12.00.\n\nMikko"
    sent = at(2027, 1, 19, 9, 30, HEL, "Tue")
    add(
        f,
        "kiitos_eilisesta",
        "fi",
        sender=rec,
        to=ME,
        subject="Re: Haastattelukutsu",
        sent=sent,
        text=reply(
            "Hei Alex,\n\nkiitos eilisestä haastattelusta! Palaamme asiaan ensi viikon aikana.\n\nMikko",
            gmail_said("fi", rec, old_at),
            old,
        ),
        label=neg(),
        note="Negative: 'kiitos eilisestä haastattelusta' over the quoted invitation of the day before.",
        template=ERP.format("finnish") + " (fi attribution)",
        license=MIT,
    )
    rec = ("Chiara Bellini", "c.bellini@vetreria-digitale.example.it")
    old_at = at(2027, 1, 20, 11, 30, ROM, "Wed")
    old = "Gentile Alex,\n\nle confermo il colloquio per lunedì 25 gennaio alle 15:00 in sede.\n\nChiara Bellini"
    sent = at(2027, 1, 26, 10, 0, ROM, "Tue")
    add(
        f,
        "rimborso_spese",
        "it",
        sender=rec,
        to=ME,
        subject="R: Conferma colloquio",
        sent=sent,
        text=f"Gentile Alex,\n\ngrazie per il colloquio di ieri. Le allego il modulo per il rimborso delle spese di viaggio.\n\nChiara\n\n{new_outlook_block('it', rec, old_at, 'Conferma colloquio', ME)}\n\n{old}\n",
        label=neg(),
        note="Negative: new Outlook (it) expense form after the interview, over the quoted 'lunedì 25 gennaio alle 15:00'.",
        template=EFP.format("new_outlook_2019_it"),
        license=MIT,
        html=True,
    )
    rec = ("Renata Albuquerque", "renata@cajuina-talentos.example.com.br")
    old_at = at(2027, 1, 28, 16, 0, SAO, "Thu")
    old = "Oi Alex,\n\nsua entrevista está marcada para quinta-feira, 4/2, às 14h.\n\nRenata"
    sent = at(2027, 2, 9, 10, 0, SAO, "Tue")
    add(
        f,
        "novidades",
        "pt-BR",
        sender=ME,
        to=rec,
        subject="Re: Entrevista",
        sent=sent,
        text=reply(
            "Oi Renata,\n\ngostaria de saber se há novidades sobre a entrevista da semana passada.\n\nObrigado!\nAlex",
            gmail_said("pt-BR", rec, old_at),
            old,
        ),
        label=neg(),
        note="Negative: the candidate asks for news a week after the quoted 'quinta-feira, 4/2, às 14h'.",
        template=RECALLED.format("Gmail (pt-BR)") + "; date shape " + EFP.format("gmail_pt_br"),
        license=MIT,
    )
    rec = ("Ольга Смирнова", "o.smirnova@severtech-hr.example.ru")
    old_at = at(2027, 1, 28, 12, 0, MOW, "Thu")
    old = (
        "Алекс, добрый день!\n\nПодтверждаю собеседование во вторник, 2 февраля, в 11:00.\n\nОльга"
    )
    sent = at(2027, 2, 3, 9, 15, MOW, "Wed")
    add(
        f,
        "spasibo_za_vstrechu",
        "ru",
        sender=ME,
        to=rec,
        subject="Re: Собеседование",
        sent=sent,
        text=reply(
            "Ольга, спасибо за вчерашнюю встречу! Отправляю ссылку на портфолио, как договаривались.\n\nАлекс",
            gmail_said("ru", rec, old_at),
            old,
        ),
        label=neg(),
        note="Negative: the candidate's thanks the day after, over the quoted Tuesday 11:00 invitation.",
        template=ERP.format("russian") + " (ru attribution)",
        license=MIT,
    )
    rec = ("Tom Hargreaves", "t.hargreaves@quillbridge.example.co.uk")
    old_at = at(2027, 2, 1, 9, 0, LON, "Mon")
    old = "Dear Alex,\n\nWe look forward to seeing you on Thursday 4 February at 11:00 at our Leeds office.\n\nTom"
    sent = at(2027, 2, 5, 15, 0, LON, "Fri")
    add(
        f,
        "travel_claim",
        "en",
        sender=rec,
        to=ME,
        subject="RE: Interview - Thursday",
        sent=sent,
        text=f"Dear Alex,\n\nPlease find attached the reimbursement form for your travel on Thursday; send it back with your tickets and we'll pay it within a fortnight.\n\nTom\n\n{outlook_desktop(rec, old_at, 'Interview - Thursday', ME)}\n\n{old}\n",
        label=neg(),
        note="Negative: Outlook desktop travel-claim mail after the interview, over the quoted Thursday 11:00.",
        template=RECALLED.format("Outlook desktop (en)"),
    )


def negotiating13() -> None:
    f = "negotiating13"
    rec = ("Dana Whitfield", "dana@brightloom-talent.example.com")
    mine = at(2027, 1, 11, 8, 30, NY, "Mon")
    sent = at(2027, 1, 11, 10, 5, NY)
    add(
        f,
        "thursday_gone",
        "en",
        sender=rec,
        to=ME,
        subject="Re: Interview slots",
        sent=sent,
        text=reply(
            "Hi Alex,\n\nSorry - Thursday 3pm has just gone. Would Friday at 10am or Monday at 2pm suit instead?\n\nDana",
            gmail_said("en", ME, mine),
            "Hi Dana,\n\nThursday 3pm works, see you then.\n\nAlex",
        ),
        label=neg(),
        note="Negative: the user's 'Thursday 3pm works' is quoted, the employer answers that it has gone and offers two others.",
    )
    rec = ("Sanna Lehtonen", "sanna.lehtonen@pohjoisvalo-rekry.example.fi")
    mine = at(2027, 1, 18, 9, 0, HEL, "Mon")
    sent = at(2027, 1, 18, 12, 10, HEL)
    add(
        f,
        "kysyn_esihenkilolta",
        "fi",
        sender=rec,
        to=ME,
        subject="Re: Haastatteluaika",
        sent=sent,
        text=reply(
            "Hei Alex,\n\nkiitos! Kysyn vielä esihenkilöltä, sopiiko torstai klo 14, ja palaan asiaan huomenna.\n\nSanna",
            gmail_said("fi", ME, mine),
            "Hei Sanna,\n\nminulle sopisi torstai klo 14 tai perjantai aamupäivä.\n\nAlex",
        ),
        label=neg(),
        note="Negative: 'Kysyn vielä esihenkilöltä, sopiiko torstai klo 14' - not settled.",
        template=ERP.format("finnish") + " (fi attribution)",
        license=MIT,
    )
    rec = ("Elin Berg", "elin.berg@skargard-rekrytering.example.se")
    mine = at(2027, 1, 19, 8, 0, STO, "Tue")
    sent = at(2027, 1, 19, 13, 40, STO)
    add(
        f,
        "aterkommer",
        "sv",
        sender=rec,
        to=ME,
        subject="Sv: Intervjutid",
        sent=sent,
        text=reply(
            "Hej Alex,\n\nTack! Jag återkommer när jag har stämt av med teamet om tisdag kl. 10 fungerar.\n\nElin",
            gmail_said("sv", ME, mine),
            "Hej Elin,\n\nTisdag kl. 10 eller onsdag kl. 13 passar mig.\n\nAlex",
        ),
        label=neg(),
        note="Negative: 'Jag återkommer när jag har stämt av ... om tisdag kl. 10 fungerar'.",
        template=RECALLED.format("Gmail (sv)") + "; date shape " + EFP.format("gmail_sv"),
        license=MIT,
    )
    rec = ("Katarzyna Nowak", "k.nowak@wislasoft.example.pl")
    mine = at(2027, 1, 20, 18, 0, WAW, "Wed")
    sent = at(2027, 1, 21, 9, 20, WAW)
    add(
        f,
        "czy_mogloby",
        "pl",
        sender=rec,
        to=ME,
        subject="Re: Termin rozmowy",
        sent=sent,
        text=reply(
            "Dzień dobry,\n\nponiedziałek nam nie pasuje. Czy mogłaby Pani zamiast tego w środę o 9:00 lub w czwartek o 16:00?\n\nPozdrawiam\nKatarzyna",
            gmail_said("pl", ME, mine),
            "Dzień dobry,\n\nmogę w poniedziałek o 13:00.\n\nAlex",
        ),
        label=neg(),
        note="Negative: the employer declines Monday and asks 'w środę o 9:00 lub w czwartek o 16:00?'.",
        template=RECALLED.format("Gmail (pl)") + "; date shape " + EFP.format("gmail_pl"),
        license=MIT,
    )
    rec = ("Giulia Ferrante", "giulia.ferrante@lucerna-hr.example.it")
    mine = at(2027, 1, 22, 8, 15, ROM, "Fri")
    sent = at(2027, 1, 22, 11, 0, ROM)
    add(
        f,
        "girato_disponibilita",
        "it",
        sender=rec,
        to=ME,
        subject="R: Disponibilità",
        sent=sent,
        text=reply(
            "Gentile Alex,\n\nho girato le sue disponibilità (martedì alle 10:00, giovedì alle 15:00) al responsabile: le confermo l'orario appena possibile.\n\nGiulia",
            gmail_said("it", ME, mine),
            "Buongiorno Giulia,\n\nsono disponibile martedì alle 10:00 o giovedì alle 15:00.\n\nAlex",
        ),
        label=neg(),
        note="Negative: 'le confermo l'orario appena possibile' after passing on two options.",
        template=RECALLED.format("Gmail (it)") + "; date shape " + EFP.format("gmail_it"),
        license=MIT,
    )
    rec = ("Renata Albuquerque", "renata@cajuina-talentos.example.com.br")
    mine = at(2027, 2, 2, 9, 0, SAO, "Tue")
    sent = at(2027, 2, 2, 14, 30, SAO)
    add(
        f,
        "vou_ver",
        "pt-BR",
        sender=rec,
        to=ME,
        subject="Re: Horários",
        sent=sent,
        text=reply(
            "Oi Alex,\n\nrecebi suas opções (sexta às 10h ou segunda às 15h). Vou ver com a gestora e retorno com um horário.\n\nRenata",
            gmail_said("pt-BR", ME, mine),
            "Oi Renata,\n\nposso sexta às 10h ou segunda às 15h.\n\nAlex",
        ),
        label=neg(),
        note="Negative: 'Vou ver com a gestora e retorno com um horário' over the user's two options.",
        template=RECALLED.format("Gmail (pt-BR)") + "; date shape " + EFP.format("gmail_pt_br"),
        license=MIT,
    )


def candask13() -> None:
    f = "candask13"
    rec = ("Dana Whitfield", "dana@brightloom-talent.example.com")
    old_at = at(2027, 1, 18, 10, 0, NY, "Mon")
    sent = at(2027, 1, 19, 8, 10, NY)
    add(
        f,
        "friday_instead",
        "en",
        sender=ME,
        to=rec,
        subject="Re: Interview Thursday 10:00",
        sent=sent,
        text=reply(
            "Hi Dana,\n\nSomething has come up on Thursday - could we do Friday morning instead? Sorry for the trouble.\n\nAlex",
            gmail_said("en", rec, old_at),
            "Hi Alex,\n\nYou're booked for Thursday, January 21 at 10:00 AM with our VP of Data.\n\nDana",
        ),
        label=neg(),
        note="Negative: the candidate asks to move the quoted Thursday 10:00 to 'Friday morning instead?'.",
    )
    rec = ("Mikko Virtanen", "mikko.virtanen@saimaasoft.example.fi")
    old_at = at(2027, 1, 25, 9, 30, HEL, "Mon")
    sent = at(2027, 1, 25, 19, 0, HEL)
    add(
        f,
        "en_paase_torstaina",
        "fi",
        sender=ME,
        to=rec,
        subject="Re: Haastattelu",
        sent=sent,
        text=reply(
            "Hei Mikko,\n\nvalitettavasti en pääse torstaina klo 13. Sopisiko perjantai aamupäivällä?\n\nAlex",
            gmail_said("fi", rec, old_at),
            "Hei Alex,\n\ntervetuloa haastatteluun torstaina 28.1. klo 13.00.\n\nMikko",
        ),
        label=neg(),
        note="Negative: 'en pääse torstaina klo 13. Sopisiko perjantai aamupäivällä?' over the quoted invitation.",
        template=ERP.format("finnish") + " (fi attribution)",
        license=MIT,
    )
    rec = ("Ольга Смирнова", "o.smirnova@severtech-hr.example.ru")
    old_at = at(2027, 2, 1, 11, 0, MOW, "Mon")
    sent = at(2027, 2, 1, 20, 30, MOW)
    add(
        f,
        "ne_smogu",
        "ru",
        sender=ME,
        to=rec,
        subject="Re: Приглашение на интервью",
        sent=sent,
        text=reply(
            "Ольга, к сожалению, в среду в 11:00 я не смогу. Можно ли перенести на четверг после 15:00?\n\nАлекс",
            gmail_said("ru", rec, old_at),
            "Алекс, приглашаем вас на интервью в среду, 3 февраля, в 11:00.\n\nОльга",
        ),
        label=neg(),
        note="Negative: 'в среду в 11:00 я не смогу. Можно ли перенести на четверг после 15:00?'.",
        template=ERP.format("russian") + " (ru attribution)",
        license=MIT,
    )
    rec = ("Maarten de Vries", "maarten@kanaalwerk.example.nl")
    old_at = at(2027, 2, 4, 9, 0, AMS, "Thu")
    sent = at(2027, 2, 4, 21, 0, AMS)
    add(
        f,
        "dinsdag_niet",
        "nl",
        sender=ME,
        to=rec,
        subject="Re: Tweede gesprek",
        sent=sent,
        text=reply(
            "Hoi Maarten,\n\nHelaas kan ik dinsdag om 10:00 niet. Zou woensdag ook kunnen?\n\nAlex",
            gmail_said("nl", rec, old_at),
            "Hoi Alex,\n\nJe tweede gesprek staat gepland op dinsdag 9 februari om 10:00.\n\nMaarten",
        ),
        label=neg(),
        note="Negative: 'Helaas kan ik dinsdag om 10:00 niet. Zou woensdag ook kunnen?'.",
        template=RECALLED.format("Gmail (nl)") + "; date shape " + EFP.format("gmail_nl"),
        license=MIT,
    )
    rec = ("Chiara Bellini", "c.bellini@vetreria-digitale.example.it")
    old_at = at(2027, 2, 8, 10, 0, ROM, "Mon")
    sent = at(2027, 2, 8, 18, 40, ROM)
    add(
        f,
        "spostare_a_venerdi",
        "it",
        sender=ME,
        to=rec,
        subject="R: Colloquio giovedì",
        sent=sent,
        text=f"Gentile Chiara,\n\npurtroppo giovedì alle 15 ho un esame. Sarebbe possibile spostare a venerdì?\n\nAlex\n\n{new_outlook_block('it', rec, old_at, 'Colloquio giovedì', ME)}\n\nGentile Alex,\nla aspettiamo giovedì 11 febbraio alle 15:00.\nChiara\n",
        label=neg(),
        note="Negative: new Outlook (it) reply asking to move 'giovedì alle 15' to Friday.",
        template=EFP.format("new_outlook_2019_it"),
        license=MIT,
        html=True,
    )
    rec = ("Mette Kjær", "mette.kjaer@fjordlys.example.dk")
    old_at = at(2027, 2, 10, 14, 0, CPH, "Wed")
    sent = at(2027, 2, 11, 7, 50, CPH)
    add(
        f,
        "anden_tid",
        "da",
        sender=ME,
        to=rec,
        subject="Sv: Samtale mandag",
        sent=sent,
        text=reply(
            "Hej Mette,\n\nDesværre kan jeg ikke mandag kl. 9. Kunne vi finde en anden tid senere på ugen?\n\nAlex",
            gmail_said("da", rec, old_at),
            "Hej Alex,\n\nVi ses mandag den 15. februar kl. 9.00.\n\nMette",
        ),
        label=neg(),
        note="Negative: 'Desværre kan jeg ikke mandag kl. 9. Kunne vi finde en anden tid'.",
        template=RECALLED.format("Gmail (da)") + "; date shape " + EFP.format("gmail_da"),
        license=MIT,
    )


def outlookblock13() -> None:
    f = "outlookblock13"
    rec = ("Aino Kallio", "aino.kallio@kuusamo-labs.example.fi")
    old_at = at(2027, 2, 1, 9, 15, HEL, "Mon")
    body = "Hei Alex,\n\ntervetuloa haastatteluun torstaina klo 10.00 Kuusamo Labsin toimistolle, Hämeenkatu 5.\n\nTerveisin\nAino"
    sent = at(2027, 2, 1, 12, 0, HEL)
    add(
        f,
        "torstaina_klo_10",
        "fi",
        sender=ME,
        to=HOOK,
        subject="VL: Haastattelukutsu",
        sent=sent,
        text=f"Tämä kalenteriin.\n\n{new_outlook_block('fi', rec, old_at, 'Haastattelukutsu', ME)}\n\n{body}\n",
        label=slot(at(2027, 2, 4, 10, 0, HEL), sent=sent, orig=rec[1]),
        note="new Outlook (fi) forward: 'Päivämäärä: maanantaina, 1. helmikuuta 2027 klo 9.15' over 'torstaina klo 10.00'.",
        template=EFP.format("new_outlook_2019_fi"),
        license=MIT,
        html=True,
        reply_to=False,
    )
    rec = ("Luca Marino", "luca.marino@ponte-sistemi.example.it")
    old_at = at(2027, 2, 2, 10, 20, ROM, "Tue")
    body = "Buongiorno Alex,\n\nla aspettiamo venerdì alle 9:30 presso la nostra sede di Torino per il colloquio tecnico.\n\nLuca Marino"
    sent = at(2027, 2, 2, 13, 0, ROM)
    add(
        f,
        "venerdi_930",
        "it",
        sender=ME,
        to=HOOK,
        subject="I: Colloquio tecnico",
        sent=sent,
        text=f"Da aggiungere, grazie.\n\n{new_outlook_block('it', rec, old_at, 'Colloquio tecnico', ME)}\n\n{body}\n",
        label=slot(at(2027, 2, 5, 9, 30, ROM), sent=sent, orig=rec[1]),
        note="new Outlook (it) forward: 'Data: martedì, 2 febbraio 2027 10:20' over 'venerdì alle 9:30'.",
        template=EFP.format("new_outlook_2019_it"),
        license=MIT,
        html=True,
        reply_to=False,
    )
    rec = ("Beatriz Carvalho", "beatriz@mangue-digital.example.com.br")
    old_at = at(2027, 2, 3, 14, 5, SAO, "Wed")
    body = "Olá Alex,\n\nsua entrevista com o time de produto será na segunda-feira às 14h, por videochamada, com duração de 1 hora.\n\nAtt.,\nBeatriz"
    sent = at(2027, 2, 3, 18, 0, SAO)
    add(
        f,
        "segunda_14h",
        "pt-BR",
        sender=ME,
        to=HOOK,
        subject="ENC: Entrevista com o time de produto",
        sent=sent,
        text=f"Pode adicionar?\n\n{new_outlook_block('pt-BR', rec, old_at, 'Entrevista com o time de produto', ME)}\n\n{body}\n",
        label=slot(at(2027, 2, 8, 14, 0, SAO), at(2027, 2, 8, 15, 0, SAO), sent=sent, orig=rec[1]),
        note="new Outlook (pt-BR) forward: 'Data: quarta-feira, 3 de fevereiro de 2027, 14:05' over 'segunda-feira às 14h ... 1 hora'.",
        template=EFP.format("new_outlook_2019_pt_br"),
        license=MIT,
        html=True,
        reply_to=False,
    )
    rec = ("Ingrid Solberg", "ingrid@fjelltopp-it.example.no")
    old_at = at(2027, 2, 4, 8, 30, OSL, "Thu")
    body = "Hei Alex,\n\nVelkommen til intervju tirsdag kl. 12:00 hos oss i Bergen.\n\nMvh Ingrid"
    sent = at(2027, 2, 4, 9, 0, OSL)
    add(
        f,
        "tirsdag_kl_12",
        "no",
        sender=ME,
        to=HOOK,
        subject="VS: Intervju",
        sent=sent,
        text=f"Til kalenderen.\n\n{new_outlook_block('no', rec, old_at, 'Intervju', ME)}\n\n{body}\n",
        label=slot(at(2027, 2, 9, 12, 0, OSL), sent=sent, orig=rec[1]),
        note="new Outlook (no) forward: 'Dato: torsdag, 4. februar 2027 kl. 08:30' over 'tirsdag kl. 12:00'.",
        template=EFP.format("new_outlook_2019_no"),
        license=MIT,
        html=True,
        reply_to=False,
    )
    rec = ("Aino Kallio", "aino.kallio@kuusamo-labs.example.fi")
    old_at = at(2027, 2, 5, 11, 2, HEL, "Fri")
    body = "Hei Alex,\n\nsovitaan toinen haastattelu keskiviikkona klo 14.30 Teamsissa.\n\nAino"
    sent = at(2027, 2, 6, 10, 0, HEL)
    add(
        f,
        "yahoo_keskiviikkona",
        "fi",
        sender=ME,
        to=HOOK,
        subject="Fw: Toinen haastattelu",
        sent=sent,
        text=f"Lisää tämä.\n\n{yahoo_line('fi', rec, old_at, 'Toinen haastattelu', ME)}\n {body}\n",
        label=slot(at(2027, 2, 10, 14, 30, HEL), sent=sent, orig=rec[1]),
        note="Yahoo (fi) forward, the header run together on one line ('Lähetetty: perjantaina 5. helmikuuta 2027 klo 11.02.00 UTC+2'); 'keskiviikkona klo 14.30'.",
        template=EFP.format("yahoo_fi"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Luca Marino", "luca.marino@ponte-sistemi.example.it")
    old_at = at(2027, 2, 8, 9, 0, ROM, "Mon")
    body = "Ciao a tutti,\n\ngiovedì alle 18:00 teniamo un webinar aperto a tutti sulle nostre tecnologie: iscrizione libera dal sito.\n\nLuca"
    sent = at(2027, 2, 8, 12, 0, ROM)
    add(
        f,
        "yahoo_webinar_neg",
        "it",
        sender=ME,
        to=HOOK,
        subject="Fw: Webinar giovedì",
        sent=sent,
        text=f"Forse interessante, non è un colloquio.\n\n{yahoo_line('it', rec, old_at, 'Webinar giovedì', ME)}\n {body}\n",
        label=neg(rec[1]),
        note="Negative: Yahoo (it) forward of an open webinar 'giovedì alle 18:00'.",
        template=EFP.format("yahoo_it"),
        license=MIT,
        reply_to=False,
    )


def applefwd13() -> None:
    f = "applefwd13"
    rows = [
        (
            "fi",
            "keskiviikkona",
            HEL,
            ("Laura Heikkinen", "laura@tunturi-tech.example.fi"),
            at(2027, 2, 15, 10, 30, HEL, "Mon"),
            "Hei Alex,\n\ntervetuloa haastatteluun keskiviikkona klo 13.00, kesto noin 45 minuuttia.\n\nLaura",
            at(2027, 2, 17, 13, 0, HEL),
            at(2027, 2, 17, 13, 45, HEL),
            "Kalenteriin, kiitos.",
            "Haastattelu",
            "Apple Mail (fi) forward 'Päivämäärä: 15. helmikuuta 2027 klo 10.30.00 UTC+2'; 'keskiviikkona klo 13.00, kesto noin 45 minuuttia'.",
        ),
        (
            "it",
            "giovedi_16",
            ROM,
            ("Sara Greco", "sara.greco@colle-analytics.example.it"),
            at(2027, 2, 16, 9, 0, ROM, "Tue"),
            "Gentile Alex,\n\nconfermiamo il colloquio per giovedì alle 16:00 presso la sede di Bologna.\n\nSara Greco",
            at(2027, 2, 18, 16, 0, ROM),
            None,
            "Da aggiungere al calendario.",
            "Conferma colloquio",
            "Apple Mail (it) forward 'Data: 16 febbraio 2027 09:00:00 CET'; 'giovedì alle 16:00'.",
        ),
        (
            "no",
            "fredag_kl_9",
            OSL,
            ("Kari Nilsen", "kari@vestkyst-data.example.no"),
            at(2027, 2, 17, 14, 0, OSL, "Wed"),
            "Hei Alex,\n\nVi ses fredag kl. 09:00 på kontoret vårt i Stavanger.\n\nHilsen Kari",
            at(2027, 2, 19, 9, 0, OSL),
            None,
            "Legg inn denne.",
            "Intervju fredag",
            "Apple Mail (no) forward 'Dato: 17. februar 2027 kl. 14:00:00 CET'; 'fredag kl. 09:00'.",
        ),
        (
            "pt-BR",
            "terca_11h",
            SAO,
            ("Paula Menezes", "paula@ipe-sistemas.example.com.br"),
            at(2027, 2, 18, 15, 0, SAO, "Thu"),
            "Oi Alex,\n\na entrevista ficou para terça-feira, às 11h, no escritório da Av. Paulista.\n\nPaula",
            at(2027, 2, 23, 11, 0, SAO),
            None,
            "Agenda isso pra mim?",
            "Entrevista",
            "Apple Mail (pt-BR) forward 'Data: 18 de fevereiro de 2027, 15:00:00 BRT'; 'terça-feira, às 11h'.",
        ),
        (
            "sv",
            "open_house_neg",
            STO,
            ("Nils Ek", "nils@fyrljus-ab.example.se"),
            at(2027, 2, 22, 9, 0, STO, "Mon"),
            "Hej!\n\nVälkommen på öppet hus hos oss på torsdag kl. 17.00 - ingen anmälan behövs.\n\nNils",
            None,
            None,
            "Bara info.",
            "Öppet hus",
            "Negative: Apple Mail (sv) forward of an open house 'torsdag kl. 17.00'.",
        ),
    ]
    for lang, name, _zone, rec, old_at, body, start, end, note_text, subject, note in rows:
        sent = old_at + timedelta(hours=3)
        label = neg(rec[1]) if start is None else slot(start, end, sent=sent, orig=rec[1])
        add(
            f,
            name,
            lang,
            sender=ME,
            to=HOOK,
            subject=f"Fwd: {subject}",
            sent=sent,
            text=f"{note_text}\n\nSent from my iPhone\n\n"
            + apple_fwd(lang, rec, old_at, subject, ME, body),
            label=label,
            note=note,
            template=EFP.format("apple_mail_" + {"pt-BR": "pt_br"}.get(lang, lang)),
            license=MIT,
            reply_to=False,
        )


def replyshapes13() -> None:
    f = "replyshapes13"
    rec = ("Rahul Menon", "rahul@kovalam-soft.example.in")
    at(2027, 2, 22, 14, 2, KOLKATA, "Mon")
    sent = at(2027, 2, 22, 18, 30, KOLKATA)
    add(
        f,
        "zoho_wednesday_11",
        "en",
        sender=ME,
        to=rec,
        subject="Re: Technical round",
        sent=sent,
        text=f"Hi Rahul,\n\nWednesday 11:00 AM works for me, see you on the call.\n\nAlex\n\n---- On Mon, 22 Feb 2027 14:02:50 +0530 {rec[1]} wrote ----\n\n{quoted('Hi Alex,' + chr(10) + chr(10) + 'For the technical round we have Wednesday 11:00 AM or Thursday 4:00 PM IST. Let me know.' + chr(10) + chr(10) + 'Rahul')}\n",
        label=zoned(at(2027, 2, 24, 11, 0, KOLKATA), zone=KOLKATA),
        note="Zoho Mail reply '---- On Mon, 22 Feb 2027 14:02:50 +0530 ... wrote ----'; the user picks 'Wednesday 11:00 AM' of two IST offers.",
        template=ERP.format("zoho"),
        license=MIT,
    )
    rec = ("Lars Winther", "lars@vadehav-it.example.dk")
    at(2027, 2, 23, 17, 45, CPH, "Tue")
    sent = at(2027, 2, 24, 8, 0, CPH)
    add(
        f,
        "android_dato_imorgen",
        "da",
        sender=ME,
        to=HOOK,
        subject="VS: Samtale",
        sent=sent,
        text=f"Til kalenderen\n\nSendt fra min Galaxy\n\n\n-------- Oprindelig besked --------\nFra: {_who(rec)}\nDato: 23.02.2027  17.45  (GMT+01:00)\nTil: {ME[1]}\nEmne: Samtale\n\nHej Alex,\n\nKan du komme forbi i morgen kl. 14.00? Det tager cirka en halv time.\n\nLars\n",
        label=slot(
            at(2027, 2, 24, 14, 0, CPH), at(2027, 2, 24, 14, 30, CPH), sent=sent, orig=rec[1]
        ),
        note="Android (Samsung) forward block 'Dato: 23.02.2027  17.45  (GMT+01:00)', sent the next morning; 'i morgen kl. 14.00 ... en halv time'.",
        template=ERP.format("danish_dash_separator"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Marco Conti", "marco.conti@arno-lab.example.it")
    sent = at(2027, 2, 25, 12, 0, ROM)
    add(
        f,
        "in_data_lunedi",
        "it",
        sender=rec,
        to=ME,
        subject="Re: Colloquio",
        sent=sent,
        text=f'Perfetto Alex, allora ci vediamo lunedì alle 10:00 in sede.\n\nMarco\n\nIn data 25 febbraio 2027 11:10:31 "Alex Morgan" <{ME[1]}> ha scritto:\n\n{quoted("Buongiorno Marco, per me va bene lunedì mattina o martedì pomeriggio.")}\n',
        label=slot(at(2027, 3, 1, 10, 0, ROM), sent=sent),
        note="Italian mobile-client attribution 'In data 25 febbraio 2027 11:10:31 ... ha scritto:'; the employer confirms 'lunedì alle 10:00'.",
        template=ERP.format("italian"),
        license=MIT,
    )
    rec = ("Fernanda Rocha", "fernanda@jacaranda-rh.example.com.br")
    sent = at(2027, 2, 25, 9, 0, SAO)
    add(
        f,
        "em_escreveu_move",
        "pt-BR",
        sender=rec,
        to=ME,
        subject="Re: Entrevista sexta",
        sent=sent,
        text=f"Oi Alex,\n\nprecisamos mudar: a entrevista passa para segunda-feira, 1º de março, às 9h30, mesmo link.\n\nFernanda\n\nEm 24 de fevereiro de 2027 às 16:32:35, Fernanda Rocha (\n{rec[1]}) escreveu:\n\n{quoted('Oi Alex, sua entrevista está confirmada para sexta, 26/2, às 14h.')}\n",
        label=slot(at(2027, 3, 1, 9, 30, SAO), sent=sent, kind="reschedule"),
        note="Portuguese attribution 'Em 24 de fevereiro de 2027 às 16:32:35, ... escreveu:' wrapped over two lines; moved to Monday 1 March 9h30.",
        template=ERP.format("portuguese"),
        license=MIT,
    )
    rec = ("Camille Roux", "camille.roux@lavande-rh.example.fr")
    sent = at(2027, 2, 26, 18, 0, "Europe/Paris")
    add(
        f,
        "apple_fr_demande_neg",
        "fr",
        sender=ME,
        to=rec,
        subject="Re: Entretien mardi",
        sent=sent,
        text=f"Bonjour Camille,\n\nMardi à 10h ne me sera finalement pas possible. Auriez-vous un créneau mercredi ?\n\nAlex\n\nEnvoyé de mon iPhone\n\n> Le 26 févr. 2027 à 11:11, {_who(rec)} a écrit :\n>\n{quoted('Bonjour Alex, nous vous attendons mardi 2 mars à 10h.')}\n",
        label=neg(),
        note="Negative: Apple Mail (fr) reply '> Le 26 févr. 2027 à 11:11, ... a écrit :' asking for Wednesday instead of the quoted Tuesday.",
        template=ERP.format("french_2"),
        license=MIT,
    )


def threadmix13() -> None:
    f = "threadmix13"
    rec = ("Дмитрий Орлов", "d.orlov@volga-soft.example.ru")
    mine = at(2027, 2, 15, 10, 0, MOW, "Mon")
    sent = at(2027, 2, 15, 13, 0, MOW)
    add(
        f,
        "dogovorilis_chetverg",
        "ru",
        sender=rec,
        to=ME,
        subject="Re: Время собеседования",
        sent=sent,
        text=reply(
            "Алекс, договорились: четверг, 14:00, офис на Садовой. До встречи!\n\nДмитрий",
            gmail_said("ru", ME, mine),
            "Дмитрий, мне подходит четверг в 14:00 или пятница в 10:00.",
        ),
        label=slot(at(2027, 2, 18, 14, 0, MOW), sent=sent),
        note="Gmail (ru) reply: the employer settles 'четверг, 14:00' from the user's two options.",
        template=ERP.format("russian") + " (ru attribution)",
        license=MIT,
    )
    old_at = at(2027, 2, 16, 9, 0, MOW, "Tue")
    sent = at(2027, 2, 17, 11, 0, MOW)
    add(
        f,
        "perenos_pyatnica",
        "ru",
        sender=rec,
        to=ME,
        subject="Re: Собеседование в четверг",
        sent=sent,
        text=reply(
            "Алекс, вынуждены перенести собеседование на пятницу, 19 февраля, в 12:00. Извините!\n\nДмитрий",
            gmail_said("ru", rec, old_at),
            "Алекс, ждём вас в четверг, 18 февраля, в 14:00.",
        ),
        label=slot(at(2027, 2, 19, 12, 0, MOW), sent=sent, kind="reschedule"),
        note="Gmail (ru) move above the quoted Thursday 14:00: 'перенести ... на пятницу, 19 февраля, в 12:00'.",
        template=ERP.format("russian") + " (ru attribution)",
        license=MIT,
    )
    rec = ("Aino Kallio", "aino.kallio@kuusamo-labs.example.fi")
    mine = at(2027, 2, 22, 8, 0, HEL, "Mon")
    sent = at(2027, 2, 22, 10, 30, HEL)
    add(
        f,
        "sovitaan_tiistai",
        "fi",
        sender=rec,
        to=ME,
        subject="Re: Toinen kierros",
        sent=sent,
        text=reply(
            "Hei Alex,\n\nsovitaan tiistai klo 9.30, nähdään toimistolla!\n\nAino",
            gmail_said("fi", ME, mine),
            "Hei Aino,\n\npääsen tiistaina klo 9.30 tai keskiviikkona iltapäivällä.\n\nAlex",
        ),
        label=slot(at(2027, 2, 23, 9, 30, HEL), sent=sent),
        note="Gmail (fi) reply: 'sovitaan tiistai klo 9.30' picks one of the user's options.",
        template=ERP.format("finnish") + " (fi attribution)",
        license=MIT,
    )
    rec = ("Priya Natarajan", "priya@harbourline.example.co.uk")
    mine = at(2027, 2, 23, 9, 0, LON, "Tue")
    sent = at(2027, 2, 23, 10, 0, LON)
    add(
        f,
        "same_time_thursday",
        "en",
        sender=rec,
        to=ME,
        subject="Re: Final round",
        sent=sent,
        text=reply(
            "Hi Alex,\n\nWednesday is full now, so let's keep the same time on Thursday instead - 14:30 to 15:30. Invite to follow.\n\nPriya",
            gmail_said("en", ME, mine),
            "Hi Priya,\n\nWednesday 14:30 would be ideal for me.\n\nAlex",
        ),
        label=slot(
            at(2027, 2, 25, 14, 30, LON), at(2027, 2, 25, 15, 30, LON), sent=sent, kind="reschedule"
        ),
        note="Gmail (en) reply: 'keep the same time on Thursday instead - 14:30 to 15:30' over the user's Wednesday 14:30.",
    )
    rec = ("Дмитрий Орлов", "d.orlov@volga-soft.example.ru")
    mine = at(2027, 2, 24, 9, 0, MOW, "Wed")
    sent = at(2027, 2, 24, 12, 0, MOW)
    add(
        f,
        "utochnyu_neg",
        "ru",
        sender=rec,
        to=ME,
        subject="Re: Второй этап",
        sent=sent,
        text=reply(
            "Алекс, спасибо! Уточню у руководителя, подходит ли понедельник в 10:00, и напишу.\n\nДмитрий",
            gmail_said("ru", ME, mine),
            "Дмитрий, могу в понедельник в 10:00.",
        ),
        label=neg(),
        note="Negative: 'Уточню у руководителя, подходит ли понедельник в 10:00' - not settled.",
        template=ERP.format("russian") + " (ru attribution)",
        license=MIT,
    )
    rec = ("Aino Kallio", "aino.kallio@kuusamo-labs.example.fi")
    old_at = at(2027, 2, 24, 15, 0, HEL, "Wed")
    sent = at(2027, 2, 25, 8, 0, HEL)
    add(
        f,
        "voisiko_siirtaa_neg",
        "fi",
        sender=ME,
        to=rec,
        subject="Re: Loppuhaastattelu",
        sent=sent,
        text=reply(
            "Hei Aino,\n\nvoisimmeko siirtää maanantain haastattelun tiistaille? Maanantaina klo 10 minulla on este.\n\nAlex",
            gmail_said("fi", rec, old_at),
            "Hei Alex,\n\nloppuhaastattelu on maanantaina 1.3. klo 10.00.\n\nAino",
        ),
        label=neg(),
        note="Negative: the candidate asks to move the quoted Monday 10.00 to Tuesday.",
        template=ERP.format("finnish") + " (fi attribution)",
        license=MIT,
    )


def hookthread13() -> None:
    f = "hookthread13"
    rec = ("Elin Berg", "elin.berg@skargard-rekrytering.example.se")
    first = at(2027, 2, 15, 9, 0, STO, "Mon")
    mine = at(2027, 2, 15, 12, 0, STO, "Mon")
    last = at(2027, 2, 16, 10, 0, STO, "Tue")
    thread = reply(
        "Hej Alex,\n\nTyvärr blev onsdag fullbokad. Vi flyttar till fredag den 19 februari kl. 10.00 i stället, samma adress.\n\nElin",
        gmail_said("sv", ME, mine),
        reply(
            "Onsdag kl. 13 låter bra!",
            gmail_said("sv", rec, first),
            "Hej Alex, passar onsdag den 17 februari kl. 13.00?",
        ),
    )
    sent = at(2027, 2, 16, 12, 0, STO)
    add(
        f,
        "flyttar_fredag",
        "sv",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Intervju onsdag",
        sent=sent,
        text="Ny tid, se nedan.\n\n"
        + gmail_fwd("sv", rec, last, "Re: Intervju onsdag", ME, thread),
        label=slot(at(2027, 2, 19, 10, 0, STO), sent=sent, kind="reschedule", orig=rec[1]),
        note="Gmail (sv) forward of a thread whose last message moves Wednesday 13.00 to 'fredag den 19 februari kl. 10.00'.",
        template=EFP.format("gmail_sv"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Piotr Zieliński", "p.zielinski@odra-tech.example.pl")
    first = at(2027, 2, 17, 9, 0, WAW, "Wed")
    mine = at(2027, 2, 17, 10, 0, WAW, "Wed")
    last = at(2027, 2, 17, 15, 0, WAW, "Wed")
    thread = reply(
        "Świetnie, w takim razie jutro o 13:30, sala 2.04.\n\nPiotr",
        gmail_said("pl", ME, mine),
        reply(
            "Mogę jutro po 13:00.",
            gmail_said("pl", rec, first),
            "Czy znajdzie Pani czas na krótką rozmowę jutro?",
        ),
    )
    sent = at(2027, 2, 17, 19, 0, WAW)
    add(
        f,
        "jutro_1330",
        "pl",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Krótka rozmowa",
        sent=sent,
        text="Do kalendarza.\n\n" + gmail_fwd("pl", rec, last, "Re: Krótka rozmowa", ME, thread),
        label=slot(at(2027, 2, 18, 13, 30, WAW), sent=sent, orig=rec[1]),
        note="Gmail (pl) forward of a thread ending 'jutro o 13:30' (tomorrow from Wednesday: Thursday).",
        template=EFP.format("gmail_pl"),
        license=MIT,
        reply_to=False,
    )
    rec = ("Jordan Ellis", "jordan@fernhollow.example.com")
    first = at(2027, 2, 18, 10, 0, NY, "Thu")
    mine = at(2027, 2, 18, 12, 0, NY, "Thu")
    last = at(2027, 2, 18, 16, 0, NY, "Thu")
    thread = reply(
        "Hi Alex,\n\nMonday at 1:30 PM it is. Calendar invite coming from our coordinator.\n\nJordan",
        gmail_said("en", ME, mine),
        reply(
            "Monday 1:30 or Tuesday 10:00 both work.",
            gmail_said("en", rec, first),
            "Hi Alex, when could you do a 30-minute call next week?",
        ),
    )
    sent = at(2027, 2, 19, 8, 0, NY)
    add(
        f,
        "monday_130",
        "en",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Call next week",
        sent=sent,
        text="Adding this one\n\n" + gmail_fwd("en", rec, last, "Re: Call next week", ME, thread),
        label=slot(at(2027, 2, 22, 13, 30, NY), at(2027, 2, 22, 14, 0, NY), sent=sent, orig=rec[1]),
        note="Gmail (en) forward of a thread ending 'Monday at 1:30 PM it is' over a 30-minute call request.",
        reply_to=False,
    )
    rec = ("Jordan Ellis", "jordan@fernhollow.example.com")
    first = at(2027, 2, 22, 9, 0, NY, "Mon")
    last = at(2027, 2, 22, 11, 0, NY, "Mon")
    thread = reply(
        "Hi Jordan, could we push Wednesday's 2pm to Thursday? I have a clash.\n\nAlex",
        gmail_said("en", rec, first),
        "Hi Alex, see you Wednesday at 2pm.",
    )
    sent = at(2027, 2, 22, 11, 5, NY)
    add(
        f,
        "my_own_ask_neg",
        "en",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Wednesday",
        sent=sent,
        text="Waiting to hear back on this.\n\n"
        + gmail_fwd("en", ME, last, "Re: Wednesday", rec, thread),
        label=neg(),
        note="Negative: the user forwards their own message asking to push the quoted Wednesday 2pm.",
        reply_to=False,
    )
    rec = ("Katarzyna Nowak", "k.nowak@wislasoft.example.pl")
    first = at(2027, 2, 23, 9, 0, WAW, "Tue")
    last = at(2027, 2, 23, 14, 0, WAW, "Tue")
    thread = reply(
        "Dzień dobry,\n\nproszę podać dwa inne terminy w przyszłym tygodniu, czwartek o 11:00 już nieaktualny.\n\nKatarzyna",
        gmail_said("pl", ME, first),
        "Dzień dobry, czy czwartek o 11:00 jest nadal aktualny?",
    )
    sent = at(2027, 2, 23, 15, 0, WAW)
    add(
        f,
        "inne_terminy_neg",
        "pl",
        sender=ME,
        to=HOOK,
        subject="Fwd: Re: Termin",
        sent=sent,
        text="Nic jeszcze nie ustalone.\n\n" + gmail_fwd("pl", rec, last, "Re: Termin", ME, thread),
        label=neg(rec[1]),
        note="Negative: forward of the employer asking for two other dates; 'czwartek o 11:00 już nieaktualny'.",
        template=EFP.format("gmail_pl"),
        license=MIT,
        reply_to=False,
    )


BUILDERS = [
    slotpick13,
    movetop13,
    weekdayquote13,
    fwdhooknote13,
    quoteinvite13,
    negotiating13,
    candask13,
    outlookblock13,
    applefwd13,
    replyshapes13,
    threadmix13,
    hookthread13,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the threads13 batch (`build_threads13.py`)",
        "",
        "Reply threads and forwards as real mail clients write them. Text is ours; people, companies and addresses are made up. "
        "Forward header blocks and date shapes (Gmail fi, da, no, sv, nl, pl, it, pt-BR; new Outlook fi, it, pt-BR, no; Yahoo fi, it; "
        f"Apple Mail fi, it, no, pt-BR, sv) come from crisp-oss/email-forward-parser test/fixtures (MIT, commit {EFP_COMMIT}); reply "
        "attribution shapes (Gmail fi and ru, Italian 'In data ... ha scritto:', Portuguese 'Em ... escreveu:', Zoho '---- On ... wrote ----', "
        f"Android 'Oprindelig besked' with 'Dato: dd.mm.yyyy  HH.MM  (GMT+01:00)', Apple Mail fr) from crisp-oss/email-reply-parser test/fixtures (MIT, commit {ERP_COMMIT}). "
        "Gmail attributions in da, no, sv, nl, pl, it, pt-BR and en, Outlook desktop's blocks and Apple Mail's en-GB attribution are recalled. "
        "Month and weekday names are CLDR's. Every label was written from the datetimes the text is rendered from, before the parser was run on any message of the batch.",
        "",
        "FIRST_SIGHT",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was measured): "
        + ", ".join(held)
        + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_threads13.py` (deterministic; deletes and rewrites only the files of these families).",
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
    "First measurement (71 messages, before any parser change): dev text 27/28, negatives "
    "claimed 0/22; held out text 11/15, negatives claimed 0/6. The dev miss was new Outlook's "
    "Finnish block ('Päivämäärä:' under the forwarder's note, no rule above it) whose date "
    "was read as the slot. After the threads13 parser changes (a header block with unknown "
    "labels also starts below Apple Mail's 'Begin forwarded message:' line and, in a forward, "
    "at the first known From line; a zone abbreviation after a forward date's seconds; "
    "Swedish 'till' after a move verb; 'would it be possible to move ...?'; German pending "
    "and own-clash wording): dev 28/28, 0/22; held out 13/15, 0/6 (held-out files never "
    "looked at; the Swedish 'till' rule was found with own probes and may touch a held-out "
    "family's wording)."
)


def main() -> int:
    for build in BUILDERS:
        build()
    cases = list(BUILT)
    text = provenance(cases).replace("FIRST_SIGHT", FIRST_SIGHT or "(first sight: see below)")
    pp.write_batch(cases, SPLITS, "PROVENANCE-threads13.md", text)
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
