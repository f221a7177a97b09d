"""Write the "mobile20" batch: interview mail forwarded into Afterview from phones and webmail.

Run: .venv/bin/python tests/parsing/corpus/build_mobile20.py

Forwarding from a phone is the main way mail reaches Afterview, so this batch renders the
header blocks the phone and webmail clients write above a forwarded message, in the phone's
language: iOS Mail ("Begin forwarded message:", "Début du message réexpédié :", "Anfang der
weitergeleiteten Nachricht:", "Inicio del mensaje reenviado:", "Inizio messaggio inoltrato:",
"Begin doorgestuurd bericht:", "Início da mensagem reencaminhada:", "転送されたメッセージ:"),
Outlook for iOS/Android (its From/Sent/To/Subject block, localised, with the "Get Outlook"
footer), the Gmail app, Samsung Email ("-------- Original message --------" with "Date:
12/1/26 9:14 AM (GMT-05:00)"), Yahoo Mail's run-on block, Proton Mail, Fastmail and
Thunderbird's table; HTML-only forwards, format=flowed plain parts with the soft line break
inside the date or time, quoted-printable soft breaks inside a time, forwards of forwards,
the user's own note above the forward ("my interview, pls add" / "not mine, my brother's —
ignore"), and forwarded ATS mail with the slot in an HTML table or an invitation whose .ics
the phone dropped or kept. About three mails in ten are look-alikes in the same shapes.

Labels: `original_sender` is the author of the forwarded mail (for a forward of a forward,
the employer's mail inside); the forwarder is never the organizer. Every label comes from the
datetimes the text is rendered from (typed weekdays are checked by `at`) and was written
before the parser was run on the message; the split was fixed before then too. Helpers come
from build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only
its own families' files.
"""

from __future__ import annotations

import importlib.util
import quopri
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
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
p8 = _load("build_prose8", "build_prose8.py")
at, Case, OWN = pp.at, pp.Case, pp.OWN
slot = p8.slot
ME = ("Sam Rivera", "sam.rivera@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}

EFP = "crisp-oss/email-forward-parser"
EFP_AT = "@63af86b0a2c2804d0419d5b579c84816f88a076b"
EFP_LICENSE = "MIT (email-forward-parser, header-block shape only); text written for this corpus"
RECALLED_LICENSE = "layout recalled from the client (no third-party text copied); " + OWN

# Which real fixture (or recollection) each client's header block follows.
SHAPES = {
    "apple": f"{EFP} test/fixtures/apple_mail_<lang>_body.txt{EFP_AT} (marker, labels, "
    "'26 octobre 2021 à 14:25:08 UTC+3'-style date); iOS field order From/Date/To/Subject "
    "recalled",
    "apple_quoted": f"{EFP} test/fixtures/apple_mail_<lang>_body.txt{EFP_AT} ('> '-quoted "
    "block, From/Subject/Date/To order)",
    "outlook": f"{EFP} test/fixtures/new_outlook_2019_fr_body.txt{EFP_AT} (label set); "
    "Outlook for iOS/Android 'Sent:' line without a zone and the 'Get Outlook for Android' "
    "footer (as in a blinux-list post found with find_string) recalled",
    "samsung": "Samsung Email '-------- Original message --------' block with "
    "'Date: 12/1/26 9:14 AM (GMT-05:00)' (recalled; marker also in public quote-stripping "
    "code found with find_string)",
    "gmail": f"{EFP} test/fixtures/gmail_<lang>_body.txt{EFP_AT} (English marker, localised "
    "'De:'/'Da:' and dates 'mié, 27 oct 2021 a las 9:31', 'qua., 27 de out. de 2021 às 09:31', "
    "'mer 27 ott 2021 alle ore 09:31')",
    "thunderbird": f"{EFP} test/fixtures/thunderbird_<lang>_body.txt{EFP_AT} (tab-separated "
    "table, Subject/Date/From/To order)",
    "yahoo": f"{EFP} test/fixtures/yahoo_<lang>_body.txt{EFP_AT} (run-on block without line "
    "breaks, 'Sent: Tuesday, November 2, 2021, 09:26:50 AM GMT+1')",
    "proton": "Proton Mail '------- Forwarded Message -------' block with 'Date: On Tuesday, "
    "December 1st, 2026 at 9:14 AM' (ordinal date as in Proton replies found with "
    "find_string: 'On Monday, November 25th, 2024 at 09:37'); recalled",
    "fastmail": "Fastmail '---------- Original message -----------' block (recalled)",
}

# Fixtures read in the search index (client_lang); other languages' labels are recalled.
VERIFIED = {
    "apple_en",
    "apple_fr",
    "apple_de",
    "apple_es",
    "apple_it",
    "apple_nl",
    "apple_pt",
    "gmail_es",
    "gmail_pt_br",
    "gmail_it",
    "gmail_en",
    "gmail_fr",
    "thunderbird_en",
    "thunderbird_de",
    "yahoo_en",
    "yahoo_fr",
}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "iosfwd20": "dev",
    "olmobile20": "dev",
    "samsung20": "dev",
    "gmailapp20": "dev",
    "tbird20": "dev",
    "htmlonly20": "dev",
    "flowqp20": "dev",
    "fwdnote20": "dev",
    "yahoo20": "heldout",
    "proton20": "heldout",
    "atsfwd20": "heldout",
}

SOURCES = {
    "iosfwd20": "iOS Mail forwards in the phone's language (en, fr, de, es, it, nl, pt-PT, "
    "ja): marker line, localised labels and Apple's date line ('1. Dezember 2026 um 09:14:22 "
    "MEZ'), some '> '-quoted; look-alikes: a group information session, a decision-by "
    "date, a pick-a-slot list.",
    "olmobile20": "Outlook for iOS/Android forwards: '________________________________' and a "
    "From/Sent/To/Subject block (en, de, fr, es) whose Sent line has no zone, under a 'Get "
    "Outlook for Android/iOS' footer; look-alikes: an open house and a booking link with a "
    "deadline.",
    "samsung20": "Samsung Email forwards: '-------- Original message --------' (en), "
    "'Ursprüngliche Nachricht' (de), 'Mensaje original' (es) with 'Date: 12/1/26 9:14 AM "
    "(GMT-05:00)', 'tomorrow' to be read against that line; look-alikes: a test deadline, a "
    "job fair.",
    "gmailapp20": "Gmail app forwards (en, es, pt-BR, it) with Google's long zone names and "
    "'hora de Colombia', 'horário de Brasília'; look-alikes: a webinar in a thank-you note, "
    "an online-test deadline.",
    "tbird20": "Thunderbird forwards with the tab-separated table (en-GB, de, fr, sv, nl); "
    "look-alike: a group information evening.",
    "htmlonly20": "HTML-only forwards (no plain part): iOS blockquote type=cite, Gmail "
    "gmail_quote/gmail_attr, Outlook mobile divRplyFwdMsg (en, fr, de, es); look-alike: a "
    "shared hiring calendar's weekly sync.",
    "flowqp20": "MIME quirks of phone clients: format=flowed (DelSp=yes and no) with the soft "
    "line break inside the date or the time, quoted-printable soft breaks inside a time "
    "(en, de, fr, ja); look-alike: a list of slots to choose from.",
    "fwdnote20": "The user's note above the forward ('my interview, pls add', 'not mine, my "
    "brother's — ignore', 'c'est l'entretien de ma collègue', a time moved by phone), "
    "forwards of forwards through an agency (en, de, fr, es).",
    "yahoo20": "Yahoo Mail app forwards with the run-on header block (en, fr, de, es); "
    "look-alikes: a status note, a candidate webinar.",
    "proton20": "Proton Mail and Fastmail forwards (en, de, nl); look-alikes: a referee's "
    "call, a meetup.",
    "atsfwd20": "Forwarded ATS and calendar mail: the slot in an HTML table, a Google "
    "Calendar invitation whose .ics the phone dropped, iOS and Outlook forwards that kept "
    "the .ics (en, de, fr, es); look-alike: a self-scheduling link.",
}

NY, CHI, LA, MEX = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Mexico_City",
)
BOG, SAO = "America/Bogota", "America/Sao_Paulo"
LON, PAR, BER, MAD = "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Madrid"
ROM, AMS, LIS, STO, TYO = (
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Lisbon",
    "Europe/Stockholm",
    "Asia/Tokyo",
)

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}


def month(lang: str, value: datetime) -> str:
    return MONTHS[lang].split()[value.month - 1]


def day(lang: str, value: datetime) -> str:
    return DAYS[lang].split()[value.weekday()]


def who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


def h12(value: datetime) -> str:
    return f"{value.hour % 12 or 12}:{value:%M} {'AM' if value.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------------------
# header blocks


def block(
    client: str,
    lang: str,
    org: tuple[str, str],
    sent: datetime,
    subject: str,
    to: tuple[str, str] = ME,
) -> str:
    """The client's header block above a forwarded message, in the phone's language."""
    w, r = who(org), who(to)
    abbr = sent.tzname() or ""
    key = (client, lang)
    if key == ("apple", "en"):
        return (
            f"Begin forwarded message:\n\nFrom: {w}\n"
            f"Date: {month('en', sent)} {sent.day}, {sent.year} at {h12(sent)[:-3]}:"
            f"{sent:%S} {h12(sent)[-2:]} {abbr}\nTo: {r}\nSubject: {subject}\n"
        )
    if key == ("apple", "fr"):
        off = int((sent.utcoffset() or timedelta()).total_seconds() // 3600)
        return (
            f"Début du message réexpédié :\n\nDe: {w}\nObjet: {subject}\n"
            f"Date: {sent.day} {month('fr', sent)} {sent.year} à {sent:%H:%M:%S} UTC{off:+d}\n"
            f"À: {ME[1]}\n"
        )
    if key == ("apple", "de"):
        return (
            f"Anfang der weitergeleiteten Nachricht:\n\nVon: {w}\nBetreff: {subject}\n"
            f"Datum: {sent.day}. {month('de', sent)} {sent.year} um {sent:%H:%M:%S} MEZ\n"
            f"An: {ME[1]}\n"
        )
    if key == ("apple", "es"):
        return (
            f"Inicio del mensaje reenviado:\n\nDe: {w}\nAsunto: {subject}\n"
            f"Fecha: {sent.day} de {month('es', sent)} de {sent.year}, {sent.hour}:"
            f"{sent:%M:%S} {abbr}\nPara: {ME[1]}\n"
        )
    if key == ("apple", "it"):
        return (
            f"Inizio messaggio inoltrato:\n\nDa: {w}\nOggetto: {subject}\n"
            f"Data: {sent.day} {month('it', sent)} {sent.year} {sent:%H:%M:%S} {abbr}\n"
            f"A: {ME[1]}\n"
        )
    if key == ("apple", "nl"):
        return (
            f"Begin doorgestuurd bericht:\n\nVan: {w}\nOnderwerp: {subject}\n"
            f"Datum: {sent.day} {month('nl', sent)} {sent.year} om {sent:%H:%M:%S} {abbr}\n"
            f"Aan: {ME[1]}\n"
        )
    if key == ("apple", "pt"):
        return (
            f"Início da mensagem reencaminhada:\n\nDe: {w}\nAssunto: {subject}\n"
            f"Data: {sent.day} de {month('pt', sent)} de {sent.year}, {sent:%H:%M:%S} {abbr}\n"
            f"Para: {ME[1]}\n"
        )
    if key == ("apple", "ja"):
        return (
            f"転送されたメッセージ:\n\n差出人: {w}\n件名: {subject}\n"
            f"日付: {sent.year}年{sent.month}月{sent.day}日 {sent.hour}:{sent:%M:%S} JST\n"
            f"宛先: {ME[1]}\n"
        )
    if key == ("outlook", "en"):
        return (
            f"________________________________\nFrom: {w}\n"
            f"Sent: {day('en', sent)}, {month('en', sent)} {sent.day}, {sent.year} "
            f"{h12(sent)[:-3]}:{sent:%S} {h12(sent)[-2:]}\nTo: {r}\nSubject: {subject}\n"
        )
    if key == ("outlook", "de"):
        return (
            f"________________________________\nVon: {w}\n"
            f"Gesendet: {day('de', sent)}, {sent.day}. {month('de', sent)} {sent.year} "
            f"{sent:%H:%M:%S}\nAn: {r}\nBetreff: {subject}\n"
        )
    if key == ("outlook", "fr"):
        return (
            f"________________________________\nDe : {w}\n"
            f"Envoyé : {day('fr', sent)} {sent.day} {month('fr', sent)} {sent.year} "
            f"{sent:%H:%M:%S}\nÀ : {r}\nObjet : {subject}\n"
        )
    if key == ("outlook", "es"):
        return (
            f"________________________________\nDe: {w}\n"
            f"Enviado: {day('es', sent)}, {sent.day} de {month('es', sent)} de {sent.year} "
            f"{sent.hour}:{sent:%M:%S}\nPara: {r}\nAsunto: {subject}\n"
        )
    if client == "samsung":
        off = sent.utcoffset() or timedelta()
        mins = int(off.total_seconds() // 60)
        gmt = f"(GMT{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d})"
        if lang == "en":
            return (
                f"-------- Original message --------\nFrom: {w} \n"
                f"Date: {sent.month}/{sent.day}/{sent:%y} {h12(sent)} {gmt} \n"
                f"To: {r} \nSubject: {subject} \n"
            )
        if lang == "de":
            return (
                f"-------- Ursprüngliche Nachricht --------\nVon: {w} \n"
                f"Datum: {sent:%d.%m.%y %H:%M} {gmt} \nAn: {r} \nBetreff: {subject} \n"
            )
        if lang == "es":
            return (
                f"-------- Mensaje original --------\nDe: {w} \n"
                f"Fecha: {sent.day}/{sent.month}/{sent:%y} {sent.hour}:{sent:%M} {gmt} \n"
                f"Para: {r} \nAsunto: {subject} \n"
            )
    if client == "gmail":
        mark = "---------- Forwarded message ---------\n"
        if lang == "en":
            stamp = f"{sent:%a}, {sent:%b} {sent.day}, {sent.year} at {h12(sent)}"
            return f"{mark}From: {w}\nDate: {stamp}\nSubject: {subject}\nTo: {r}\n"
        if lang == "es":
            wd = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][sent.weekday()]
            mo = month("es", sent)[:3]
            stamp = f"{wd}, {sent.day} {mo} {sent.year} a las {sent.hour}:{sent:%M}"
            return f"{mark}De: {w}\nDate: {stamp}\nSubject: {subject}\nTo: <{ME[1]}>\n"
        if lang == "pt-BR":
            wd = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."][sent.weekday()]
            mo = month("pt", sent)[:3]
            stamp = f"{wd}, {sent.day} de {mo}. de {sent.year} às {sent:%H:%M}"
            return f"{mark}De: {w}\nDate: {stamp}\nSubject: {subject}\nTo: <{ME[1]}>\n"
        if lang == "it":
            wd = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][sent.weekday()]
            mo = month("it", sent)[:3]
            stamp = f"{wd} {sent.day} {mo} {sent.year} alle ore {sent:%H:%M}"
            return f"{mark}Da: {w}\nDate: {stamp}\nSubject: {subject}\nTo: <{ME[1]}>\n"
    if client == "thunderbird":
        stamp = format_datetime(sent).replace(" 0", " ", 1)
        head = {
            "en": ("Forwarded Message", "Subject", "Date", "From", "To"),
            "de": ("Weitergeleitete Nachricht", "Betreff", "Datum", "Von", "An"),
            "fr": ("Message transféré", "Sujet :", "Date :", "De :", "Pour :"),
            "sv": ("Vidarebefordrat meddelande", "Ämne", "Datum", "Från", "Till"),
            "nl": ("Doorgestuurd bericht", "Onderwerp", "Datum", "Van", "Aan"),
        }[lang]
        labels = [h if h.endswith(":") else h + ":" for h in head[1:]]
        return (
            f"-------- {head[0]} --------\n{labels[0]} \t{subject}\n{labels[1]} \t{stamp}\n"
            f"{labels[2]} \t{w}\n{labels[3]} \t{ME[1]}\n"
        )
    if client == "yahoo":
        if lang == "en":
            stamp = (
                f"{day('en', sent)}, {month('en', sent)} {sent.day}, {sent.year}, "
                f"{sent.hour % 12 or 12:02d}:{sent:%M:%S} {'AM' if sent.hour < 12 else 'PM'} "
                f"{sent.tzname()}"
            )
            return (
                f'   ----- Forwarded Message ----- From: {w}To: "{ME[1]}" <{ME[1]}>'
                f"Sent: {stamp}Subject: {subject}\n"
            )
        if lang == "fr":
            stamp = f"{day('fr', sent)} {sent.day} {month('fr', sent)} {sent.year}, "
            stamp += f"{sent:%H:%M:%S} UTC+1"
            return (
                f'   ----- Message transmis ----- De : {w}À : "{ME[1]}" <{ME[1]}>'
                f"Envoyé : {stamp}Objet : {subject}\n"
            )
        if lang == "de":
            stamp = f"{day('de', sent)}, {sent.day}. {month('de', sent)} {sent.year}, "
            stamp += f"{sent:%H:%M:%S} MEZ"
            return (
                f'   ----- Weitergeleitete Nachricht ----- Von: {w}An: "{ME[1]}" <{ME[1]}>'
                f"Gesendet: {stamp}Betreff: {subject}\n"
            )
        if lang == "es":
            stamp = f"{day('es', sent)}, {sent.day} de {month('es', sent)} de {sent.year}, "
            stamp += f"{sent:%H:%M:%S} CET"
            return (
                f'   ----- Mensaje reenviado ----- De: {w}Para: "{ME[1]}" <{ME[1]}>'
                f"Enviado: {stamp}Asunto: {subject}\n"
            )
    if client == "proton":
        if lang == "en":
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
            stamp = (
                f"On {day('en', sent)}, {month('en', sent)} {sent.day}"
                f"{suffix.get(sent.day, 'th')}, {sent.year} at {h12(sent)}"
            )
            return (
                f"------- Forwarded Message -------\nFrom: {w}\nDate: {stamp}\n"
                f"Subject: {subject}\nTo: {r}\n"
            )
        if lang == "de":
            stamp = (
                f"Am {day('de', sent)}, {sent.day}. {month('de', sent)} {sent.year} um {sent:%H:%M}"
            )
            return (
                f"------- Weitergeleitete Nachricht -------\nVon: {w}\nDatum: {stamp}\n"
                f"Betreff: {subject}\nAn: {r}\n"
            )
    if client == "fastmail":
        stamp = f"{day('en', sent)}, {month('en', sent)} {sent:%d}, {sent.year} {h12(sent)}"
        if lang == "nl":
            return (
                f"----- Origineel bericht -----\nVan: {w}\nAan: {r}\nOnderwerp: {subject}\n"
                f"Datum: {sent:%d-%m-%Y %H:%M}\n"
            )
        return (
            f"---------- Original message -----------\nFrom: {w}\nTo: {r}\n"
            f"Subject: {subject}\nDate: {stamp}\n"
        )
    raise ValueError(f"no block for {client}/{lang}")


PREFIX = {
    "apple": "Fwd",
    "gmail": "Fwd",
    "samsung": "Fwd",
    "thunderbird": "Fwd",
    "proton": "Fwd",
    "fastmail": "Fwd",
    "yahoo": "Fwd",
    "outlook": "FW",
}
PREFIX_LANG = {
    ("outlook", "de"): "WG",
    ("outlook", "fr"): "TR",
    ("outlook", "es"): "RV",
    ("samsung", "de"): "WG",
    ("samsung", "es"): "RV",
    ("yahoo", "fr"): "Tr",
    ("thunderbird", "sv"): "VB",
}
FOOTER = {
    ("apple", "en"): "Sent from my iPhone",
    ("apple", "fr"): "Envoyé de mon iPhone",
    ("apple", "de"): "Von meinem iPhone gesendet",
    ("apple", "es"): "Enviado desde mi iPhone",
    ("apple", "it"): "Inviato da iPhone",
    ("apple", "nl"): "Verstuurd vanaf mijn iPhone",
    ("apple", "pt"): "Enviado do meu iPhone",
    ("apple", "ja"): "iPhoneから送信",
    ("outlook", "en"): "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    ("outlook", "de"): "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    ("outlook", "fr"): "Télécharger Outlook pour iOS<https://aka.ms/o0ukef>",
    ("outlook", "es"): "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    ("samsung", "en"): "Sent from my Galaxy",
    ("samsung", "de"): "Von meinem Galaxy gesendet",
    ("samsung", "es"): "Enviado desde mi Galaxy",
    ("proton", "en"): "Sent with Proton Mail secure email.",
    ("proton", "de"): "Gesendet mit der sicheren E-Mail von Proton Mail.",
}


# --------------------------------------------------------------------------------------
# MIME: written by hand so that format=flowed, soft breaks and kept .ics parts are exact


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def text_part(
    text: str,
    subtype: str = "plain",
    *,
    flowed: str = "",
    qp_break: tuple[str, str] | None = None,
) -> str:
    """A text part; flowed='yes'/'no' sets format=flowed with that DelSp; qp_break=(piece,
    split) forces a quoted-printable soft line break inside `piece` at `split`."""
    params = "; charset=utf-8"
    if flowed:
        params += "; format=flowed" + ("; delsp=yes" if flowed == "yes" else "")
    needs_qp = (
        not text.isascii()
        or qp_break is not None
        or any(len(line) > 76 or line.endswith(" ") for line in text.split("\n"))
    )
    if not needs_qp:
        return f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: 7bit\n\n{text}"
    body = _qp(text)
    if qp_break is not None:
        piece, split = qp_break
        enc_piece = _qp(piece).rstrip("\n")
        if enc_piece in body:
            head, tail = enc_piece.split(_qp(split).rstrip("\n"), 1)
            body = body.replace(enc_piece, f"{head}{_qp(split).rstrip(chr(10))}=\n{tail}", 1)
        else:  # the encoder's own 76-column wrap already falls inside the piece
            assert enc_piece in body.replace("=\n", ""), (piece, body)
        assert quopri.decodestring(body.encode()).decode("utf-8") == text
    return (
        f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{body}"
    )


def multipart(sub: str, key: str, parts: list[str]) -> str:
    boundary = f"=_m20_{pp.digest(key, sub)[:16]}"
    inner = "".join(f"--{boundary}\n{part.rstrip(chr(10))}\n" for part in parts)
    return f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n{inner}--{boundary}--\n'


def envelope(
    key: str,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    entity: str,
    *,
    mailer: str = "",
) -> bytes:
    """Headers in front of a MIME entity; CRLF line ends throughout."""
    subj = subject if subject.isascii() else Header(subject, "utf-8").encode()
    frm = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    heads = [
        f"Date: {format_datetime(sent)}",
        f"From: {frm}",
        f"To: {formataddr(to)}",
        f"Subject: {subj}",
        f"Message-ID: <{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>",
        "MIME-Version: 1.0",
    ]
    if mailer:
        heads.append(f"X-Mailer: {mailer}")
    raw = "\n".join(heads) + "\n" + entity
    if not raw.endswith("\n"):
        raw += "\n"
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------------------------
# iCalendar for the forwards that kept the invitation

VTZ = {
    CHI: (
        "BEGIN:VTIMEZONE\nTZID:America/Chicago\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0600\n"
        "TZOFFSETTO:-0500\nTZNAME:CDT\nDTSTART:19700308T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
        "TZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nTZNAME:CST\nDTSTART:19701101T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
    ),
    MAD: (
        "BEGIN:VTIMEZONE\nTZID:Europe/Madrid\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
    ),
}


def ics(
    uid: str, start: datetime, end: datetime, zone: str, summary: str, org: tuple[str, str]
) -> str:
    stamp = f"{start:%Y%m%dT%H%M%S}"
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Hiring Desk//Scheduler 4.2//EN\nVERSION:2.0\n"
        "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
        + VTZ[zone]
        + "BEGIN:VEVENT\n"
        + f"DTSTART;TZID={zone}:{stamp}\nDTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}\n"
        + "DTSTAMP:20261201T151400Z\n"
        + f"ORGANIZER;CN={org[0]}:mailto:{org[1]}\nUID:{uid}\nSEQUENCE:0\n"
        + "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        + f"CN={ME[0]}:mailto:{ME[1]}\n"
        + f"SUMMARY:{summary}\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def ics_part(body: str) -> str:
    return (
        'Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"\n'
        'Content-Disposition: attachment; filename="invite.ics"\n'
        "Content-Transfer-Encoding: 7bit\n\n" + body
    )


# --------------------------------------------------------------------------------------
# cases


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.split("\n"))


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    note: str,
    label: dict[str, object],
    *,
    user_note: str = "",
    delay: timedelta = timedelta(hours=2, minutes=6),
    quoted: bool = False,
    blang: str = "",
    flowed: str = "",
    qp_break: tuple[str, str] | None = None,
    sent_override: datetime | None = None,
    author: tuple[str, str] | None = None,
) -> Case:
    """The user forwards `org`'s mail from the phone, as text/plain; `author` names the
    employer inside a forward of a forward (the label's original_sender)."""
    blang = blang or lang
    head = block(client, blang, org, orig_sent, subject)
    inner = f"{head}\n{body.strip()}\n"
    if quoted:
        inner = quote_lines(inner.rstrip("\n")) + "\n"
    footer = FOOTER.get((client, blang), "")
    top = user_note.strip()
    if client == "outlook" or client in ("apple", "samsung", "proton"):
        top = "\n\n".join(x for x in (top, footer) if x)
        text = f"{top}\n\n{inner}" if top else inner
    else:
        text = f"{top}\n\n{inner}" if top else inner
    prefix = PREFIX_LANG.get((client, blang), PREFIX[client])
    sent = sent_override or orig_sent + delay
    key = f"mobile20/{family}/{name}"
    raw = envelope(
        key,
        ME,
        pp.HOOK,
        f"{prefix}: {subject}",
        sent,
        text_part(text, flowed=flowed, qp_break=qp_break),
    )
    return finish(family, name, lang, client, author or org, raw, note, label)


def finish(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    raw: bytes,
    note: str,
    label: dict[str, object],
    *,
    shape: str = "",
) -> Case:
    full = {**label, "original_sender": org[1]}
    if label.get("kind") != "not_invitation":
        full["organizer_email"] = org[1]
    code = {"pt-BR": "pt_br"}.get(lang, lang.split("-")[0])
    template = shape or SHAPES[client].replace("<lang>", code)
    if f"{client}_{code}" not in VERIFIED and "<lang>" in SHAPES[client]:
        template += f"; no {code} fixture there, so the {code} labels are recalled"
    lic = EFP_LICENSE if template.startswith(EFP) else RECALLED_LICENSE
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, template, lic)


def lab(
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
    kind: str = "invitation",
) -> dict[str, object]:
    return slot(start, end, kind=kind, zone=zone, sent=sent)


def html_doc(inner: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'</head><body dir="auto">\n{inner}\n</body></html>\n'
    )


def paras(text: str) -> str:
    return "".join(
        f"<div>{escape(p, quote=False).replace(chr(10), '<br>')}</div><div><br></div>\n"
        for p in text.strip().split("\n\n")
    )


# --------------------------------------------------------------------------------------
def iosfwd20() -> Iterator[Case]:
    f = "iosfwd20"
    org = ("Megan Castillo", "megan.castillo@harborlight-analytics.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 8, 14, 30, NY, "Tue")
    yield fwd(
        f,
        "begin_forwarded_et",
        "en",
        "apple",
        org,
        sent,
        "Interview confirmation - Data Analyst",
        "Hi Sam,\n\nThanks for confirming. Your video interview with our analytics team is set "
        "for Tuesday, December 8 at 2:30 PM ET and will last 45 minutes.\n\nJoin: "
        "https://harborlight.zoom.example/j/8812004417\n\nBest,\nMegan Castillo\nTalent Team, "
        "Harborlight Analytics",
        "iOS Mail 'Begin forwarded message:' with Apple's 'December 1, 2026 at 9:14:00 AM EST' "
        "line; 'Tuesday, December 8 at 2:30 PM ET', 45 minutes; ET is not one zone.",
        lab(st, st + timedelta(minutes=45)),
        user_note="my interview, pls add",
    )
    org = ("Claire Dubois", "claire.dubois@atelier-navarre.example.fr")
    sent = at(2026, 12, 1, 11, 2, PAR, "Tue")
    st = at(2026, 12, 10, 10, 0, PAR, "Thu")
    yield fwd(
        f,
        "debut_message_reexpedie",
        "fr",
        "apple",
        org,
        sent,
        "Votre entretien chez Atelier Navarre",
        "Bonjour Sam,\n\nSuite à notre échange, je vous confirme votre entretien le jeudi 10 "
        "décembre à 10h00 (heure de Paris), dans nos locaux du 14 rue Oberkampf. Il durera une "
        "heure.\n\nBien cordialement,\nClaire Dubois\nResponsable recrutement",
        "iOS Mail in French: 'Début du message réexpédié :' and 'Date: 1 décembre 2026 à "
        "11:02:00 UTC+1'; 'jeudi 10 décembre à 10h00 (heure de Paris)', one hour.",
        lab(st, st + timedelta(hours=1), zone=PAR),
        user_note="Entretien jeudi !",
    )
    org = ("Jonas Albrecht", "j.albrecht@kessler-werke.example.de")
    sent = at(2026, 12, 1, 8, 40, BER, "Tue")
    st = at(2026, 12, 9, 14, 0, BER, "Wed")
    fsent = sent + timedelta(hours=1, minutes=3)
    yield fwd(
        f,
        "anfang_weitergeleitet",
        "de",
        "apple",
        org,
        sent,
        "Einladung zum Vorstellungsgespräch",
        "Hallo Sam,\n\nwir laden Sie herzlich zum Vorstellungsgespräch ein:\n\nMittwoch, 9. "
        "Dezember 2026, 14:00–15:00 Uhr\nKessler Werke, Gebäude C, Raum 2.14\n\nBitte bringen "
        "Sie Ihren Personalausweis mit.\n\nViele Grüße\nJonas Albrecht\nPersonalabteilung",
        "iOS Mail in German, '> '-quoted as Apple renders the plain part: 'Anfang der "
        "weitergeleiteten Nachricht:', 'Datum: 1. Dezember 2026 um 08:40:00 MEZ'; slot "
        "'Mittwoch, 9. Dezember 2026, 14:00–15:00 Uhr' without a zone.",
        lab(st, st + timedelta(hours=1), sent=fsent),
        quoted=True,
        delay=fsent - sent,
    )
    org = ("Lucía Ferrer", "lucia.ferrer@grupo-almenara.example.es")
    sent = at(2026, 12, 1, 12, 30, MAD, "Tue")
    st = at(2026, 12, 14, 11, 30, MAD, "Mon")
    yield fwd(
        f,
        "inicio_reenviado",
        "es",
        "apple",
        org,
        sent,
        "Entrevista - Técnico de compras",
        "Hola Sam:\n\nTe confirmamos la entrevista para el puesto de Técnico de compras el lunes "
        "14 de diciembre a las 11:30 (hora peninsular), por Teams. Te llegará el enlace el día "
        "anterior.\n\nUn saludo,\nLucía Ferrer\nSelección, Grupo Almenara",
        "iOS Mail in Spanish: 'Inicio del mensaje reenviado:', 'Fecha: 1 de diciembre de 2026, "
        "12:30:00 CET'; 'lunes 14 de diciembre a las 11:30 (hora peninsular)'.",
        lab(st, zone=MAD),
        user_note="Para el calendario",
    )
    org = ("Giulia Ricci", "giulia.ricci@fonderie-lario.example.it")
    sent = at(2026, 12, 1, 16, 5, ROM, "Tue")
    st = at(2026, 12, 11, 15, 0, ROM, "Fri")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "inizio_inoltrato",
        "it",
        "apple",
        org,
        sent,
        "Colloquio conoscitivo",
        "Gentile Sam,\n\ncome da accordi telefonici le confermo il colloquio conoscitivo venerdì "
        "11 dicembre alle ore 15:00 presso la nostra sede di Como. Durata prevista: 45 minuti."
        "\n\nCordiali saluti,\nGiulia Ricci\nUfficio Risorse Umane",
        "iOS Mail in Italian: 'Inizio messaggio inoltrato:', 'Data: 1 dicembre 2026 16:05:00 "
        "CET'; 'venerdì 11 dicembre alle ore 15:00', 45 minutes, no zone.",
        lab(st, st + timedelta(minutes=45), sent=fsent),
    )
    org = ("Daan Visser", "daan.visser@polderbouw.example.nl")
    sent = at(2026, 12, 1, 10, 20, AMS, "Tue")
    st = at(2026, 12, 15, 13, 30, AMS, "Tue")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "begin_doorgestuurd",
        "nl",
        "apple",
        org,
        sent,
        "Uitnodiging sollicitatiegesprek",
        "Beste Sam,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek op dinsdag 15 "
        "december om 13:30 uur op ons kantoor in Utrecht. Het gesprek duurt ongeveer een uur."
        "\n\nMet vriendelijke groet,\nDaan Visser\nHR Polderbouw",
        "iOS Mail in Dutch, '> '-quoted: 'Begin doorgestuurd bericht:', 'Datum: 1 december 2026 "
        "om 10:20:00 CET'; 'dinsdag 15 december om 13:30 uur'; 'ongeveer een uur' gives no end.",
        lab(st, sent=fsent),
        quoted=True,
    )
    org = ("Inês Carvalho", "ines.carvalho@tejo-logistica.example.pt")
    sent = at(2026, 12, 1, 9, 50, LIS, "Tue")
    st = at(2026, 12, 16, 10, 0, LIS, "Wed")
    yield fwd(
        f,
        "inicio_reencaminhada",
        "pt",
        "apple",
        org,
        sent,
        "Entrevista - Analista de operações",
        "Olá Sam,\n\nConfirmamos a sua entrevista na quarta-feira, 16 de dezembro, às 10h00 (hora "
        "de Lisboa), nas nossas instalações em Alcântara. A entrevista terá a duração de 1 hora."
        "\n\nCumprimentos,\nInês Carvalho\nRecursos Humanos",
        "iOS Mail in European Portuguese: 'Início da mensagem reencaminhada:', 'Data: 1 de "
        "dezembro de 2026, 09:50:00 WET'; 'quarta-feira, 16 de dezembro, às 10h00 (hora de "
        "Lisboa)', 1 hour.",
        lab(st, st + timedelta(hours=1), zone=LIS),
    )
    org = ("採用担当 森", "recruit@kaede-systems.example.jp")
    sent = at(2026, 12, 1, 17, 30, TYO, "Tue")
    yield fwd(
        f,
        "tenso_setsumeikai",
        "ja",
        "apple",
        org,
        sent,
        "オンライン会社説明会のご案内",
        "Sam Rivera 様\n\nカエデシステムズ採用担当の森です。\n12月12日（土）14:00より、"
        "オンライン会社説明会を開催いたします。参加をご希望の方は、12月9日までに下記フォーム"
        "よりお申し込みください。\nhttps://kaede-systems.example.jp/seminar\n\n採用担当 森",
        "Look-alike: iOS Mail in Japanese ('転送されたメッセージ:') forwarding a group company "
        "information session with a registration deadline; no interview is set.",
        NEG,
    )
    org = ("Tyler Brooks", "tyler.brooks@northgate-fin.example")
    sent = at(2026, 12, 1, 15, 40, NY, "Tue")
    yield fwd(
        f,
        "decision_by",
        "en",
        "apple",
        org,
        sent,
        "Thank you for interviewing",
        "Hi Sam,\n\nThank you for meeting with the team yesterday. We are wrapping up our final "
        "conversations and expect to share a decision by Friday, December 11 at 5:00 PM ET.\n\n"
        "Kind regards,\nTyler Brooks",
        "Look-alike: an iOS forward of a thank-you note after the interview naming when a "
        "decision will come.",
        NEG,
        user_note="fyi",
    )
    org = ("Katrin Vogel", "katrin.vogel@lindenhof-klinik.example.de")
    sent = at(2026, 12, 1, 13, 10, BER, "Tue")
    yield fwd(
        f,
        "terminvorschlaege",
        "de",
        "apple",
        org,
        sent,
        "Terminvorschläge Kennenlerngespräch",
        "Hallo Sam,\n\nfür ein Kennenlerngespräch kann ich Ihnen folgende Termine anbieten:\n\n"
        "- Donnerstag, 10.12., 9:00 Uhr\n- Freitag, 11.12., 14:30 Uhr\n- Montag, 14.12., "
        "11:00 Uhr\n\nBitte geben Sie mir kurz Bescheid, welcher Termin Ihnen passt.\n\n"
        "Viele Grüße\nKatrin Vogel",
        "Look-alike: iOS Mail forward (German) of three slots offered to choose from; nothing "
        "is set yet.",
        NEG,
    )


def olmobile20() -> Iterator[Case]:
    f = "olmobile20"
    org = ("Rachel Kim", "rachel.kim@prairiegrid.example")
    sent = at(2026, 12, 1, 14, 22, CHI, "Tue")
    st = at(2026, 12, 10, 9, 0, CHI, "Thu")
    yield fwd(
        f,
        "phone_screen_ct",
        "en",
        "outlook",
        org,
        sent,
        "Phone screen - Operations Engineer",
        "Hi Sam,\n\nWe'd like to invite you to a phone screen on Thursday, Dec 10, 2026 from "
        "9:00 to 9:30 AM CT. I'll call you at the number on your application.\n\nThanks,\n"
        "Rachel Kim\nRecruiting, PrairieGrid",
        "Outlook for Android forward: the 'Get Outlook for Android' footer above the "
        "'________________________________' block whose 'Sent:' line has no zone; 'Thursday, "
        "Dec 10, 2026 from 9:00 to 9:30 AM CT'.",
        lab(st, st + timedelta(minutes=30)),
        user_note="Interview!!",
    )
    org = ("Stefanie Brandt", "s.brandt@nordlicht-energie.example.de")
    sent = at(2026, 12, 1, 10, 5, BER, "Tue")
    st = at(2026, 12, 14, 10, 30, BER, "Mon")
    yield fwd(
        f,
        "gesendet_mez",
        "de",
        "outlook",
        org,
        sent,
        "Ihr Vorstellungsgespräch",
        "Guten Tag Sam Rivera,\n\nhiermit bestätigen wir Ihren Termin:\n\nTermin: Montag, "
        "14.12.2026, 10:30 Uhr (MEZ)\nOrt: Microsoft Teams (Link folgt)\nGesprächspartner: "
        "Frau Brandt, Herr Öztürk\n\nMit freundlichen Grüßen\nStefanie Brandt",
        "Outlook for Android in German: 'Outlook für Android herunterladen', 'Von:/Gesendet: "
        "Dienstag, 1. Dezember 2026 10:05:00/An:/Betreff:'; 'Termin: Montag, 14.12.2026, "
        "10:30 Uhr (MEZ)'; MEZ is not one zone.",
        lab(st),
    )
    org = ("Mathilde Girard", "m.girard@cabinet-saulnier.example.fr")
    sent = at(2026, 12, 1, 15, 45, PAR, "Tue")
    st = at(2026, 12, 15, 16, 0, PAR, "Tue")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "envoye_sans_zone",
        "fr",
        "outlook",
        org,
        sent,
        "Confirmation d'entretien",
        "Bonjour,\n\nNous vous confirmons votre entretien le mardi 15 décembre 2026 à 16 h 00 "
        "au cabinet, 8 place Bellecour à Lyon.\n\nBien à vous,\nMathilde Girard\nAssistante RH",
        "Outlook for iOS in French: 'Télécharger Outlook pour iOS', 'De :/Envoyé : mardi 1 "
        "décembre 2026 15:45:00/À :/Objet :'; 'mardi 15 décembre 2026 à 16 h 00', no zone.",
        lab(st, sent=fsent),
        user_note="Mon entretien à Lyon",
    )
    org = ("Andrea Salinas", "andrea.salinas@altiplano-retail.example.mx")
    sent = at(2026, 12, 1, 11, 10, MEX, "Tue")
    st = at(2026, 12, 9, 12, 0, MEX, "Wed")
    yield fwd(
        f,
        "enviado_hora_centro",
        "es",
        "outlook",
        org,
        sent,
        "Entrevista con gerencia",
        "Hola Sam,\n\nQuedó agendada tu entrevista con la gerencia de tienda el miércoles 9 de "
        "diciembre a las 12:00 hrs (hora del centro de México), en Av. Insurgentes Sur 1602, "
        "piso 4.\n\nSaludos,\nAndrea Salinas\nAtracción de talento",
        "Outlook for iOS in Spanish: 'Obtener Outlook para iOS', 'De:/Enviado: martes, 1 de "
        "diciembre de 2026 11:10:00/Para:/Asunto:'; 'miércoles 9 de diciembre a las 12:00 hrs "
        "(hora del centro de México)'.",
        lab(st, zone=MEX),
    )
    org = ("Campus Team", "campus@ridgeway-partners.example")
    sent = at(2026, 12, 1, 16, 0, NY, "Tue")
    yield fwd(
        f,
        "open_house",
        "en",
        "outlook",
        org,
        sent,
        "Save the date: Careers Open House",
        "Hi all,\n\nSave the date! Our Careers Open House is on Thursday, December 17 from "
        "5:00 to 7:00 PM ET at our Midtown office. Meet the teams, hear about open roles and "
        "enjoy some food. RSVP on the events page.\n\nThe Campus Team",
        "Look-alike: an Outlook for Android forward of an open-house announcement with a date "
        "and a time range; no interview.",
        NEG,
        user_note="should I go?",
    )
    org = ("Recruiting Nordlicht", "jobs@nordlicht-energie.example.de")
    sent = at(2026, 12, 1, 9, 0, BER, "Tue")
    yield fwd(
        f,
        "buchungslink",
        "de",
        "outlook",
        org,
        sent,
        "Bitte buchen Sie Ihren Gesprächstermin",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Bitte wählen Sie über den folgenden Link "
        "einen passenden Termin für das Erstgespräch aus:\nhttps://termine.nordlicht-energie."
        "example.de/buchen/ops\n\nDer Link ist bis Freitag, 11.12., 12:00 Uhr gültig.\n\n"
        "Viele Grüße\nIhr Recruiting-Team",
        "Look-alike: Outlook for Android forward of a booking link valid until a date and time; "
        "nothing is booked.",
        NEG,
    )


def samsung20() -> Iterator[Case]:
    f = "samsung20"
    org = ("Derek Walsh", "derek.walsh@bluecrest-health.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 9, 13, 0, NY, "Wed")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "original_message_gmt",
        "en",
        "samsung",
        org,
        sent,
        "Onsite interview 12/9",
        "Hi Sam,\n\nThis confirms your onsite interview on Wednesday 12/9 at 1:00 PM with the "
        "nursing leadership team. Plan on one hour. Please check in at the main lobby desk."
        "\n\nThanks,\nDerek Walsh\nTalent Acquisition",
        "Samsung Email: 'Sent from my Galaxy' then '-------- Original message --------' with "
        "'Date: 12/1/26 9:14 AM (GMT-05:00)'; 'Wednesday 12/9 at 1:00 PM', one hour, no zone "
        "word.",
        lab(st, st + timedelta(hours=1), sent=fsent),
    )
    org = ("Priya Menon", "priya.menon@quillstone.example")
    sent = at(2026, 12, 1, 16, 48, NY, "Tue")
    st = at(2026, 12, 2, 10, 30, NY, "Wed")
    fsent = at(2026, 12, 2, 7, 52, NY, "Wed")
    yield fwd(
        f,
        "tomorrow_from_block",
        "en",
        "samsung",
        org,
        sent,
        "Quick chat tomorrow",
        "Hi Sam,\n\nGreat speaking earlier. Let's do the follow-up video call tomorrow at "
        "10:30am ET for 30 minutes with our CTO. Link: https://meet.quillstone.example/ops-sam"
        "\n\nPriya",
        "Samsung Email forward sent the next morning: 'tomorrow at 10:30am ET' must be read "
        "against the block's 'Date: 12/1/26 4:48 PM (GMT-05:00)' (Wed 2 Dec), not the "
        "forward's own Date.",
        lab(st, st + timedelta(minutes=30)),
        user_note="this is today!",
        sent_override=fsent,
    )
    org = ("Markus Henning", "m.henning@brueckner-logistik.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 10, 11, 0, BER, "Thu")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "urspruengliche_nachricht",
        "de",
        "samsung",
        org,
        sent,
        "Gesprächstermin",
        "Hallo Sam,\n\nwie telefonisch besprochen, sehen wir uns am Donnerstag, den 10.12. um "
        "11 Uhr in unserer Niederlassung in Kassel zum Vorstellungsgespräch.\n\nGruß\nMarkus "
        "Henning\nNiederlassungsleiter",
        "Samsung Email in German: '-------- Ursprüngliche Nachricht --------', 'Datum: 01.12.26 "
        "09:14 (GMT+01:00)'; 'Donnerstag, den 10.12. um 11 Uhr' without year or zone.",
        lab(st, sent=fsent),
    )
    org = ("Nuria Camps", "nuria.camps@mediterrania-foods.example.es")
    sent = at(2026, 12, 1, 9, 14, MAD, "Tue")
    st = at(2026, 12, 15, 17, 0, MAD, "Tue")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "mensaje_original",
        "es",
        "samsung",
        org,
        sent,
        "Entrevista martes 15/12",
        "Hola Sam,\n\nTe esperamos el martes 15/12 a las 17:00 en la oficina de Sabadell para la "
        "segunda entrevista. Duración: 30 minutos.\n\nGracias,\nNuria Camps",
        "Samsung Email in Spanish: '-------- Mensaje original --------', 'Fecha: 1/12/26 9:14 "
        "(GMT+01:00)'; 'martes 15/12 a las 17:00', 30 minutes, no zone.",
        lab(st, st + timedelta(minutes=30), sent=fsent),
    )
    org = ("Assessments", "no-reply@skillcheck-portal.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    yield fwd(
        f,
        "assessment_due",
        "en",
        "samsung",
        org,
        sent,
        "Reminder: complete your assessment",
        "Hello Sam,\n\nThis is a reminder that your online assessment for the Business Analyst "
        "role must be completed by 12/4/26 11:59 PM ET. The assessment takes about 40 minutes."
        "\n\nStart here: https://skillcheck-portal.example/a/7731\n\nSkillCheck",
        "Look-alike: Samsung Email forward of an assessment deadline; no meeting.",
        NEG,
        user_note="need to do this",
    )
    org = ("Ayuntamiento - Empleo", "empleo@ayto-granollers.example.es")
    sent = at(2026, 12, 1, 9, 14, MAD, "Tue")
    yield fwd(
        f,
        "feria_empleo",
        "es",
        "samsung",
        org,
        sent,
        "Feria de empleo de invierno",
        "Te invitamos a la Feria de Empleo de Invierno el jueves 17/12 de 10:00 a 14:00 en el "
        "Pabellón Municipal. Más de 40 empresas harán entrevistas rápidas a quien se acerque."
        "\n\nServicio Municipal de Empleo",
        "Look-alike: Samsung Email forward (Spanish) of a job fair with walk-in interviews.",
        NEG,
    )


def gmailapp20() -> Iterator[Case]:
    f = "gmailapp20"
    org = ("Hannah Lee", "hannah.lee@cedarpoint-robotics.example")
    sent = at(2026, 12, 1, 9, 14, LA, "Tue")
    st = at(2026, 12, 14, 15, 0, LA, "Mon")
    yield fwd(
        f,
        "pacific_long_name",
        "en",
        "gmail",
        org,
        sent,
        "Panel interview - Controls Engineer",
        "Hi Sam,\n\nYour panel interview is scheduled:\n\nMonday, December 14, 2026\n3:00 PM - "
        "4:00 PM (Pacific Time - Los Angeles)\nGoogle Meet: https://meet.google.com/xkr-tqwe-bnm"
        "\n\nBest,\nHannah Lee\nRecruiting Coordinator",
        "Gmail app forward ('---------- Forwarded message ---------', 'Date: Tue, Dec 1, 2026 "
        "at 9:14 AM'); Google's long zone name.",
        lab(st, st + timedelta(hours=1), zone=LA),
        user_note="Panel interview",
    )
    org = ("Camila Rojas", "camila.rojas@andina-seguros.example.co")
    sent = at(2026, 12, 1, 9, 14, BOG, "Tue")
    st = at(2026, 12, 10, 15, 0, BOG, "Thu")
    yield fwd(
        f,
        "hora_colombia",
        "es",
        "gmail",
        org,
        sent,
        "Citación a entrevista",
        "Buenos días Sam,\n\nTe citamos a entrevista con el área de riesgos el jueves 10 de "
        "diciembre a las 3:00 p. m. (hora de Colombia), de manera virtual por Google Meet."
        "\n\nCordialmente,\nCamila Rojas\nGestión Humana",
        "Gmail app in Spanish: 'De:' but 'Date: mar, 1 dic 2026 a las 9:14'; 'jueves 10 de "
        "diciembre a las 3:00 p. m. (hora de Colombia)'.",
        lab(st, zone=BOG),
    )
    org = ("Beatriz Nunes", "beatriz.nunes@cerrado-agro.example.com.br")
    sent = at(2026, 12, 1, 9, 14, SAO, "Tue")
    st = at(2026, 12, 11, 14, 0, SAO, "Fri")
    yield fwd(
        f,
        "horario_brasilia",
        "pt-BR",
        "gmail",
        org,
        sent,
        "Entrevista - Analista de Dados",
        "Oi Sam, tudo bem?\n\nSua entrevista ficou marcada para sexta-feira, 11/12, às 14h "
        "(horário de Brasília), pelo Google Meet. Duração de 1 hora.\n\nAbraços,\nBeatriz Nunes"
        "\nTalentos Cerrado Agro",
        "Gmail app in Brazilian Portuguese: 'Date: ter., 1 de dez. de 2026 às 09:14'; "
        "'sexta-feira, 11/12, às 14h (horário de Brasília)', 1 hour.",
        lab(st, st + timedelta(hours=1), zone=SAO),
    )
    org = ("Marco Galli", "marco.galli@tessiture-brianza.example.it")
    sent = at(2026, 12, 1, 9, 14, ROM, "Tue")
    st = at(2026, 12, 15, 9, 30, ROM, "Tue")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "alle_ore",
        "it",
        "gmail",
        org,
        sent,
        "Colloquio martedì",
        "Ciao Sam,\n\nti aspettiamo martedì 15 dicembre alle 9:30 in stabilimento per il "
        "colloquio tecnico con il responsabile di produzione.\n\nA presto,\nMarco Galli",
        "Gmail app in Italian: 'Da:' and 'Date: mar 1 dic 2026 alle ore 09:14'; 'martedì 15 "
        "dicembre alle 9:30', no zone.",
        lab(st, sent=fsent),
    )
    org = ("Olivia Grant", "olivia.grant@summitlane.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    yield fwd(
        f,
        "thanks_webinar",
        "en",
        "gmail",
        org,
        sent,
        "Thanks for your time today",
        "Hi Sam,\n\nThanks for your time today, it was great to learn about your background. "
        "We'll follow up on next steps within a week.\n\nIn the meantime, you're welcome to "
        "join our product webinar on Thursday, January 7 at 12:00 PM ET: "
        "https://summitlane.example/webinar\n\nBest,\nOlivia",
        "Look-alike: Gmail app forward of a thank-you note after an interview that mentions a "
        "public webinar with a date and time.",
        NEG,
    )
    org = ("Processo Seletivo", "selecao@vale-verde-energia.example.com.br")
    sent = at(2026, 12, 1, 9, 14, SAO, "Tue")
    yield fwd(
        f,
        "prazo_teste",
        "pt-BR",
        "gmail",
        org,
        sent,
        "Teste online - prazo",
        "Olá Sam,\n\nVocê avançou para a etapa de teste online. O prazo para concluir o teste é "
        "quinta-feira, 10/12, às 23h59 (horário de Brasília). Após essa etapa, entraremos em "
        "contato para agendar a entrevista.\n\nEquipe de Seleção",
        "Look-alike: Gmail app forward (pt-BR) of an online-test deadline; the interview is "
        "still to be scheduled.",
        NEG,
    )


def tbird20() -> Iterator[Case]:
    f = "tbird20"
    org = ("Fiona Marsh", "fiona.marsh@kestrelworks.example.co.uk")
    sent = at(2026, 12, 1, 9, 14, LON, "Tue")
    st = at(2026, 12, 11, 14, 0, LON, "Fri")
    yield fwd(
        f,
        "forwarded_message_uk",
        "en-GB",
        "thunderbird",
        org,
        sent,
        "Interview - Friday 11th",
        "Dear Sam,\n\nThank you for your application. We would like to invite you to interview "
        "on Friday 11 December at 2pm (UK time) at our Leeds office. The interview will last "
        "around an hour.\n\nKind regards,\nFiona Marsh\nHR Officer",
        "Thunderbird's '-------- Forwarded Message --------' table (tab after each label, "
        "'Date: \tTue, 1 Dec 2026 09:14:00 +0000'); 'Friday 11 December at 2pm (UK time)'.",
        lab(st, zone=LON),
        blang="en",
    )
    org = ("Petra Lang", "petra.lang@hafenbank.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 15, 9, 0, BER, "Tue")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "weitergeleitete_nachricht",
        "de",
        "thunderbird",
        org,
        sent,
        "Ihr Vorstellungsgespräch",
        "Sehr geehrte Person Sam Rivera,\n\nIhr Vorstellungsgespräch: Dienstag, 15. Dezember "
        "2026, 9:00 bis 10:30 Uhr, Hafenbank, Am Sandtorkai 12, Hamburg.\n\nMit freundlichen "
        "Grüßen\nPetra Lang",
        "Thunderbird in German: '-------- Weitergeleitete Nachricht --------', 'Betreff: \t', "
        "'Datum: \t'; 'Dienstag, 15. Dezember 2026, 9:00 bis 10:30 Uhr', no zone.",
        lab(st, st + timedelta(minutes=90), sent=fsent),
    )
    org = ("Hugo Lefèvre", "hugo.lefevre@brasserie-vauban.example.fr")
    sent = at(2026, 12, 1, 9, 14, PAR, "Tue")
    st = at(2026, 12, 14, 14, 30, PAR, "Mon")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "message_transfere",
        "fr",
        "thunderbird",
        org,
        sent,
        "Entretien lundi",
        "Bonjour Sam,\n\nJe vous propose de nous rencontrer lundi 14 décembre à 14h30 à la "
        "brasserie ; c'est confirmé de notre côté. Durée prévue : 45 min.\n\nHugo Lefèvre",
        "Thunderbird in French: '-------- Message transféré --------', 'Sujet : \t', 'Pour : "
        "\t'; 'lundi 14 décembre à 14h30', 45 minutes, no zone.",
        lab(st, st + timedelta(minutes=45), sent=fsent),
    )
    org = ("Elin Holm", "elin.holm@fjallvagen.example.se")
    sent = at(2026, 12, 1, 9, 14, STO, "Tue")
    st = at(2026, 12, 9, 13, 0, STO, "Wed")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "vidarebefordrat",
        "sv",
        "thunderbird",
        org,
        sent,
        "Intervju onsdag",
        "Hej Sam,\n\nVälkommen på intervju onsdag den 9 december kl. 13.00–14.00 på vårt kontor "
        "på Kungsgatan 8.\n\nVänliga hälsningar\nElin Holm",
        "Thunderbird in Swedish: '-------- Vidarebefordrat meddelande --------', 'Ämne: \t'; "
        "'onsdag den 9 december kl. 13.00–14.00', no zone.",
        lab(st, st + timedelta(hours=1), sent=fsent),
        blang="sv",
    )
    org = ("Werving Polderbouw", "werving@polderbouw.example.nl")
    sent = at(2026, 12, 1, 9, 14, AMS, "Tue")
    yield fwd(
        f,
        "infoavond",
        "nl",
        "thunderbird",
        org,
        sent,
        "Informatieavond voor kandidaten",
        "Beste kandidaat,\n\nOp donderdag 17 december om 19:00 uur organiseren wij een "
        "informatieavond voor alle kandidaten van het traineeship. Aanmelden is niet nodig."
        "\n\nTeam Werving",
        "Look-alike: Thunderbird forward (Dutch) of a group information evening for all "
        "candidates.",
        NEG,
    )


def _apple_html(lang: str, org: tuple[str, str], sent: datetime, subject: str, body: str) -> str:
    """iOS Mail's HTML forward: the header block inside <blockquote type="cite">."""
    head = block("apple", lang, org, sent, subject).split("\n")
    marker = head[0]
    rows = "".join(
        f"<div><b>{escape(line.split(': ', 1)[0])}: </b>"
        f"{escape(line.split(': ', 1)[1] if ': ' in line else '')}<br></div>"
        for line in head[2:]
        if line
    )
    return (
        f'<div dir="ltr">{escape(FOOTER[("apple", lang)])}</div><div dir="ltr"><br>'
        f'<blockquote type="cite">{escape(marker)}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{rows}</div><br>'
        f'<div dir="ltr">{paras(body)}</div></blockquote>'
    )


def htmlonly20() -> Iterator[Case]:
    f = "htmlonly20"

    def send(
        name: str,
        lang: str,
        client: str,
        org: tuple[str, str],
        sent: datetime,
        subject: str,
        html: str,
        note: str,
        label: dict[str, object],
        fsent: datetime,
    ) -> Case:
        key = f"mobile20/{f}/{name}"
        prefix = PREFIX_LANG.get((client, lang), PREFIX[client])
        raw = envelope(
            key, ME, pp.HOOK, f"{prefix}: {subject}", fsent, text_part(html_doc(html), "html")
        )
        return finish(f, name, lang, client, org, raw, note, label)

    org = ("Jordan Pike", "jordan.pike@ironbark-media.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 16, 11, 0, NY, "Wed")
    subject = "Interview scheduled - Video Producer"
    body = (
        "Hi Sam,\n\nYou're confirmed for an interview with our creative director.\n\n"
        "Interview: Wednesday, December 16, 2026, 11:00 AM – 11:45 AM EST\nLocation: "
        "Zoom (link to follow)\n\nJordan Pike\nPeople Ops, Ironbark Media"
    )
    yield send(
        "ios_blockquote",
        "en",
        "apple",
        org,
        sent,
        subject,
        _apple_html("en", org, sent, subject, body),
        'iOS Mail HTML-only forward: header block and body in <blockquote type="cite">; '
        "'Wednesday, December 16, 2026, 11:00 AM – 11:45 AM EST'.",
        lab(st, st + timedelta(minutes=45)),
        sent + timedelta(hours=1),
    )
    org = ("Sophie Marchand", "sophie.marchand@verdier-conseil.example.fr")
    sent = at(2026, 12, 1, 9, 14, PAR, "Tue")
    st = at(2026, 12, 9, 15, 30, PAR, "Wed")
    html = (
        '<div dir="ltr">Pour mon agenda, merci</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'De&nbsp;: <strong class="gmail_sendername" dir="auto">{escape(org[0])}</strong> '
        f'<span dir="auto">&lt;<a href="mailto:{org[1]}">{org[1]}</a>&gt;</span><br>'
        "Date: mar. 1 déc. 2026 à 09:14<br>Subject: Entretien le 9 décembre<br>"
        f'To: &lt;<a href="mailto:{ME[1]}">{ME[1]}</a>&gt;<br></div><br><br>'
        '<div dir="ltr"><p>Bonjour Sam,</p><p>Nous avons le plaisir de vous convier à un '
        "entretien le <b>mercredi 9 décembre 2026 à 15&nbsp;h&nbsp;30 (heure de Paris)</b> "
        "dans nos bureaux de la rue de Rivoli.</p><p>Cordialement,<br>Sophie Marchand</p>"
        "</div></div>"
    )
    yield send(
        "gmail_quote_div",
        "fr",
        "gmail",
        org,
        sent,
        "Entretien le 9 décembre",
        html,
        "Gmail web HTML-only forward in French: gmail_quote/gmail_attr divs, 'De&nbsp;:'; "
        "'mercredi 9 décembre 2026 à 15 h 30 (heure de Paris)' with no-break spaces.",
        lab(st, zone=PAR),
        sent + timedelta(hours=2),
    )
    org = ("Tobias Keller", "tobias.keller@alpenholz.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 10, 8, 30, BER, "Thu")
    fsent = sent + timedelta(hours=1, minutes=30)
    html = (
        '<div dir="ltr">Bitte eintragen</div><div dir="ltr"><br></div>'
        '<div id="ms-outlook-mobile-signature">Outlook für Android herunterladen</div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
        f'dir="ltr"><font style="font-size:11pt"><b>Von:</b> {escape(org[0])} &lt;{org[1]}'
        "&gt;<br><b>Gesendet:</b> Dienstag, 1. Dezember 2026 09:14:00<br><b>An:</b> "
        f"{escape(ME[0])} &lt;{ME[1]}&gt;<br><b>Betreff:</b> Termin Vorstellungsgespräch</font>"
        "<div>&nbsp;</div></div><div><p>Hallo Sam,</p><p>wir freuen uns, Sie am 10.12.2026 um "
        "08:30 Uhr in unserer Werkstatt in Rosenheim begrüßen zu dürfen.</p><p>Beste Grüße<br>"
        "Tobias Keller</p></div>"
    )
    yield send(
        "outlook_divrplyfwdmsg",
        "de",
        "outlook",
        org,
        sent,
        "Termin Vorstellungsgespräch",
        html,
        "Outlook for Android HTML-only forward in German: <hr> and divRplyFwdMsg with "
        "bold 'Von:/Gesendet:/An:/Betreff:'; 'am 10.12.2026 um 08:30 Uhr', no zone.",
        lab(st, sent=fsent),
        fsent,
    )
    org = ("Marta Ibáñez", "marta.ibanez@costa-brava-hoteles.example.es")
    sent = at(2026, 12, 1, 9, 14, MAD, "Tue")
    st = at(2026, 12, 18, 10, 0, MAD, "Fri")
    fsent = sent + timedelta(hours=3)
    subject = "Entrevista recepción"
    body = (
        "Hola Sam,\n\nTe confirmo la entrevista para el puesto de recepcionista el viernes "
        "18 de diciembre a las 10:00 h en el hotel de Lloret.\n\nUn saludo,\nMarta Ibáñez"
    )
    yield send(
        "ios_blockquote",
        "es",
        "apple",
        org,
        sent,
        subject,
        _apple_html("es", org, sent, subject, body),
        "iOS Mail HTML-only forward in Spanish ('Inicio del mensaje reenviado:' in a "
        "blockquote); 'viernes 18 de diciembre a las 10:00 h', no zone.",
        lab(st, sent=fsent),
        fsent,
    )
    org = ("Google Calendar", "calendar-notification@google.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    html = (
        '<div dir="ltr">is this something?</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'From: <strong class="gmail_sendername">Google Calendar</strong> &lt;{org[1]}&gt;'
        "<br>Date: Tue, Dec 1, 2026 at 9:14 AM<br>Subject: Dana Ortiz has shared a calendar "
        f"with you<br>To: &lt;{ME[1]}&gt;<br></div><br><div><p>Dana Ortiz has shared the "
        "calendar <b>Hiring team</b> with you.</p><p>Upcoming: <i>Weekly hiring sync</i> – "
        "every Monday, 9:00 AM – 9:30 AM (Eastern Time - New York)</p><p>Add this calendar"
        "</p></div></div>"
    )
    yield send(
        "shared_calendar",
        "en",
        "gmail",
        org,
        sent,
        "Dana Ortiz has shared a calendar with you",
        html,
        "Look-alike: HTML-only Gmail forward of a calendar-sharing notice with a weekly "
        "team sync; no interview for the reader.",
        NEG,
        sent + timedelta(hours=1),
    )


def flowqp20() -> Iterator[Case]:
    f = "flowqp20"
    org = ("Nate Holloway", "nate.holloway@copperline.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 10, 14, 30, NY, "Thu")
    body = (
        "Hi Sam,\n\nGreat news - the team would like to meet you. Your interview is on Thursday, "
        "December 10, 2026 at 2: \n30 PM ET with Dana and Luis, and runs 45 minutes.\n\nNate"
    )
    yield fwd(
        f,
        "flowed_delsp_time",
        "en",
        "apple",
        org,
        sent,
        "Interview with Dana and Luis",
        body,
        "format=flowed; delsp=yes plain part (iOS): the soft line break falls inside the time "
        "('at 2: ' + CRLF + '30 PM ET'), which unflows to 'at 2:30 PM ET'; 45 minutes.",
        lab(st, st + timedelta(minutes=45)),
        flowed="yes",
    )
    org = ("Grace Okafor", "grace.okafor@tidewater-labs.example")
    sent = at(2026, 12, 1, 10, 2, NY, "Tue")
    st = at(2026, 12, 17, 11, 0, NY, "Thu")
    body = (
        "Hi Sam,\n\nConfirming your second-round interview on Thursday, December \n17 at 11:00 "
        "AM Eastern, on site at 400 Harbor Way, Suite 12. It should take about an hour.\n\n"
        "Grace Okafor\nTidewater Labs"
    )
    yield fwd(
        f,
        "flowed_date_break",
        "en",
        "gmail",
        org,
        sent,
        "Second round - Dec 17",
        body,
        "format=flowed (DelSp=no) plain part: the soft break falls inside the date ('December ' "
        "+ CRLF + '17 at 11:00 AM Eastern'); 'about an hour' gives no end.",
        lab(st),
        flowed="no",
    )
    org = ("Anja Wolff", "anja.wolff@rheinpapier.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 16, 14, 30, BER, "Wed")
    fsent = sent + timedelta(hours=2, minutes=6)
    body = (
        "Hallo Sam,\n\nIhr Vorstellungsgespräch findet am Mittwoch, 16. Dezember 2026, um 14:30 "
        "Uhr in Neuss statt. Planen Sie bitte eine Stunde ein.\n\nViele Grüße\nAnja Wolff"
    )
    yield fwd(
        f,
        "qp_break_in_time",
        "de",
        "outlook",
        org,
        sent,
        "Vorstellungsgespräch 16.12.",
        body,
        "Quoted-printable soft line break inside the time ('14:=' CRLF '30 Uhr') in an Outlook "
        "for Android forward; 'Mittwoch, 16. Dezember 2026, um 14:30 Uhr', one hour, no zone.",
        lab(st, st + timedelta(hours=1), sent=fsent),
        qp_break=("um 14:30 Uhr", "um 14:"),
    )
    org = ("Léa Fontaine", "lea.fontaine@bois-et-lumiere.example.fr")
    sent = at(2026, 12, 1, 9, 14, PAR, "Tue")
    st = at(2026, 12, 15, 10, 0, PAR, "Tue")
    fsent = sent + timedelta(hours=2, minutes=6)
    body = (
        "Bonjour Sam,\n\nJe vous confirme notre entretien mardi 15 décembre à 10h00 à l'atelier "
        "de Montreuil.\n\nÀ bientôt,\nLéa Fontaine"
    )
    yield fwd(
        f,
        "qp_break_in_hour",
        "fr",
        "apple",
        org,
        sent,
        "Entretien mardi",
        body,
        "iOS forward in French whose quoted-printable body breaks inside the time ('10h=' CRLF "
        "'00'); 'mardi 15 décembre à 10h00', no zone.",
        lab(st, sent=fsent),
        qp_break=("à 10h00 à", "à 10h"),
    )
    org = ("人事部 佐藤", "sato@hinode-shoji.example.jp")
    sent = at(2026, 12, 1, 10, 0, TYO, "Tue")
    st = at(2026, 12, 10, 14, 30, TYO, "Thu")
    fsent = sent + timedelta(hours=2, minutes=6)
    body = (
        "Sam Rivera 様\n\n日の出商事人事部の佐藤です。\n二次面接の日程が決まりましたので"
        "ご連絡いたします。\n\n日時：12月10日（木）14時 \n30分から15時30分まで\n場所："
        "本社 5階 会議室\n\nよろしくお願いいたします。\n佐藤"
    )
    yield fwd(
        f,
        "flowed_delsp_ja",
        "ja",
        "apple",
        org,
        sent,
        "二次面接のご案内",
        body,
        "Apple Mail Japanese plain part with format=flowed; delsp=yes: the soft break splits "
        "'14時' from '30分から15時30分まで', which unflows to '14時30分から15時30分まで'; no zone.",
        lab(st, st + timedelta(hours=1), sent=fsent),
        flowed="yes",
    )
    org = ("Ethan Ruiz", "ethan.ruiz@lakeshore-bio.example")
    sent = at(2026, 12, 1, 9, 14, CHI, "Tue")
    body = (
        "Hi Sam,\n\nThanks for your interest! Could you pick one of these times for a first "
        "call?\n\n- Tue 12/8 10:00 AM CT\n- Wed 12/9 2:00 PM CT\n- Thu 12/10 4:00 PM CT\n\n"
        "Just reply with the one that works and I'll send an invite.\n\nEthan"
    )
    yield fwd(
        f,
        "qp_pick_one",
        "en",
        "gmail",
        org,
        sent,
        "Times for a first call",
        body,
        "Look-alike: a quoted-printable Gmail forward listing three times to pick from (one "
        "with a soft break inside '2:00 PM'); nothing is set.",
        NEG,
        qp_break=("2:00 PM CT", "2:"),
    )


def fwdnote20() -> Iterator[Case]:
    f = "fwdnote20"
    org = ("Alicia Moreno", "alicia.moreno@brightfield-ed.example")
    sent = at(2026, 12, 1, 11, 20, NY, "Tue")
    st = at(2026, 12, 14, 16, 0, NY, "Mon")
    yield fwd(
        f,
        "pls_add",
        "en",
        "gmail",
        org,
        sent,
        "Interview - Curriculum Designer",
        "Hi Sam,\n\nWe'd love to have you in for an interview on Monday 12/14 at 4pm EST with "
        "our director of learning. Please let me know if you need parking.\n\nAlicia",
        "'my interview, pls add' above a Gmail app forward; 'Monday 12/14 at 4pm EST'.",
        lab(st),
        user_note="my interview, pls add",
    )
    org = ("Kevin Tran", "kevin.tran@meridian-auto.example")
    sent = at(2026, 12, 1, 13, 5, CHI, "Tue")
    yield fwd(
        f,
        "brothers_ignore",
        "en",
        "apple",
        org,
        sent,
        "Interview invitation - Service Technician",
        "Hi Danny,\n\nThanks for applying. Your interview is set for Friday, December 11 at "
        "10:00 AM CT at our Plano service center.\n\nKevin Tran\nService Manager",
        "Look-alike: 'not mine, my brother's — ignore' above an iOS forward of an interview "
        "addressed to someone else; nothing to add for the reader.",
        NEG,
        user_note="not mine, my brother's — ignore",
    )
    # forward of a forward: employer -> agency (Gmail) -> user (iOS)
    emp = ("Harriet Cole", "harriet.cole@wexford-insurance.example.co.uk")
    agency = ("Ben Ashby", "ben.ashby@ashby-recruit.example.co.uk")
    esent = at(2026, 12, 1, 9, 14, LON, "Tue")
    asent = at(2026, 12, 1, 11, 40, LON, "Tue")
    st = at(2026, 12, 17, 10, 0, LON, "Thu")
    inner = (
        block("gmail", "en", emp, esent, "Interview: Sam Rivera", agency)
        + "\nHi Ben,\n\nWe'd like to see Sam on Thursday 17 December, 10:00–11:00 GMT, at our "
        "Bristol office. Please pass this on.\n\nHarriet Cole\nWexford Insurance"
    )
    yield fwd(
        f,
        "fwd_of_fwd_agency",
        "en",
        "apple",
        agency,
        asent,
        "Fwd: Interview: Sam Rivera",
        "Hi Sam,\n\nGood news, see below from Wexford - all confirmed.\n\nBen\n\n" + inner,
        "Forward of a forward: the user's iOS forward of the agency's Gmail forward of the "
        "employer's mail; 'Thursday 17 December, 10:00–11:00 GMT'; original_sender is the "
        "employer inside.",
        lab(st, st + timedelta(hours=1)),
        author=emp,
    )
    org = ("Sabine Roth", "sabine.roth@stadtwerke-ulmtal.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 10, 15, 0, BER, "Thu")
    fsent = sent + timedelta(hours=5)
    yield fwd(
        f,
        "moved_by_phone",
        "de",
        "samsung",
        org,
        sent,
        "Einladung Vorstellungsgespräch",
        "Hallo Sam,\n\nwir laden Sie am Donnerstag, 10.12.2026, um 14:00 Uhr zum "
        "Vorstellungsgespräch ein.\n\nViele Grüße\nSabine Roth",
        "The user's note moves the forwarded slot ('Uhrzeit ist jetzt 15 Uhr statt 14 Uhr, "
        "telefonisch verschoben') above a Samsung Email forward: a reschedule to 15:00.",
        lab(st, sent=fsent, kind="reschedule"),
        user_note="Mein Termin, bitte eintragen. Uhrzeit ist jetzt 15 Uhr statt 14 Uhr "
        "(telefonisch verschoben).",
        delay=fsent - sent,
    )
    org = ("Nadia Benali", "nadia.benali@groupe-ormeaux.example.fr")
    sent = at(2026, 12, 1, 9, 14, PAR, "Tue")
    yield fwd(
        f,
        "collegue_pas_moi",
        "fr",
        "outlook",
        org,
        sent,
        "Entretien jeudi 10 décembre",
        "Bonjour Élodie,\n\nJe vous confirme votre entretien le jeudi 10 décembre à 11h00 dans "
        "nos locaux de Nantes.\n\nNadia Benali",
        "Look-alike: 'pour info, c'est l'entretien de ma collègue, pas le mien' above an "
        "Outlook forward of someone else's interview.",
        NEG,
        user_note="pour info, c'est l'entretien de ma collègue, pas le mien",
    )
    emp = ("Jorge Pardo", "jorge.pardo@iberlink-telecom.example.es")
    hh = ("Laura Gil", "laura.gil@talento-gil.example.es")
    esent = at(2026, 12, 1, 9, 14, MAD, "Tue")
    hsent = at(2026, 12, 1, 12, 3, MAD, "Tue")
    st = at(2026, 12, 16, 12, 30, MAD, "Wed")
    inner = (
        block("outlook", "es", emp, esent, "Entrevista Sam Rivera", hh)
        + "\nHola Laura,\n\nPodemos ver a Sam el miércoles 16 de diciembre a las 12:30 (hora de "
        "Madrid) en la sede de Las Tablas.\n\nGracias,\nJorge Pardo"
    )
    yield fwd(
        f,
        "fwd_of_fwd_headhunter",
        "es",
        "apple",
        hh,
        hsent,
        "RV: Entrevista Sam Rivera",
        "Hola Sam, te reenvío la confirmación de Iberlink.\n\nLaura\n\n" + inner,
        "Forward of a forward in Spanish: iOS 'Inicio del mensaje reenviado:' around a "
        "headhunter's Outlook 'De:/Enviado:/Para:/Asunto:' forward; 'miércoles 16 de diciembre "
        "a las 12:30 (hora de Madrid)'; original_sender is the employer.",
        lab(st, zone=MAD),
        author=emp,
    )
    org = ("Chris Young", "chris.young@pinecrest-sw.example")
    sent = at(2026, 11, 20, 10, 0, NY, "Fri")
    yield fwd(
        f,
        "already_happened",
        "en",
        "gmail",
        org,
        sent,
        "Interview confirmed - Nov 24",
        "Hi Sam,\n\nYou're confirmed for Tuesday, November 24 at 3:00 PM ET with our "
        "engineering manager.\n\nChris",
        "Look-alike: 'fyi the interview already happened last week, just for records' above a "
        "forward of an invitation whose slot is past.",
        NEG,
        user_note="fyi the interview already happened last week, just for records",
        sent_override=at(2026, 12, 1, 18, 30, NY, "Tue"),
    )


def yahoo20() -> Iterator[Case]:
    f = "yahoo20"
    org = ("Monica Reyes", "monica.reyes@silverpine-care.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 11, 10, 0, NY, "Fri")
    yield fwd(
        f,
        "forwarded_runon",
        "en",
        "yahoo",
        org,
        sent,
        "Interview - Care Coordinator",
        "Hello Sam,\nYour interview is scheduled for Friday, December 11 at 10:00 AM ET (1 hour) "
        "at our Albany office.\nMonica Reyes, HR",
        "Yahoo Mail app forward: run-on block 'From: ...To: ...Sent: Tuesday, December 1, 2026, "
        "09:14:00 AM ESTSubject: ...'; 'Friday, December 11 at 10:00 AM ET (1 hour)'.",
        lab(st, st + timedelta(hours=1)),
    )
    org = ("Julien Roche", "julien.roche@alpes-mobilite.example.fr")
    sent = at(2026, 12, 1, 9, 14, PAR, "Tue")
    st = at(2026, 12, 16, 11, 0, PAR, "Wed")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "message_transmis",
        "fr",
        "yahoo",
        org,
        sent,
        "Entretien mercredi 16",
        "Bonjour Sam,\nEntretien confirmé mercredi 16 décembre à 11h, agence de Grenoble.\n"
        "Julien Roche",
        "Yahoo Mail in French: '----- Message transmis ----- De : ...Envoyé : mardi 1 décembre "
        "2026, 09:14:00 UTC+1Objet : ...'; 'mercredi 16 décembre à 11h', no zone.",
        lab(st, sent=fsent),
    )
    org = ("Uwe Fischer", "uwe.fischer@elbtal-bau.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 14, 13, 0, BER, "Mon")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "weitergeleitete_runon",
        "de",
        "yahoo",
        org,
        sent,
        "Gesprächstermin Montag",
        "Hallo Sam,\nwir sehen uns am Montag, 14. Dezember um 13:00 Uhr auf der Baustelle in "
        "Pirna.\nUwe Fischer",
        "Yahoo Mail in German: '----- Weitergeleitete Nachricht ----- Von: ...Gesendet: "
        "Dienstag, 1. Dezember 2026, 09:14:00 MEZBetreff: ...'; 'Montag, 14. Dezember um 13:00 "
        "Uhr', no zone.",
        lab(st, sent=fsent),
    )
    org = ("Applicant Updates", "updates@hirestream.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    yield fwd(
        f,
        "status_by",
        "en",
        "yahoo",
        org,
        sent,
        "Your application status",
        "Hi Sam,\nYour application for Logistics Planner is under review. We expect to contact "
        "shortlisted candidates by Tuesday, December 15 at 12:00 PM ET.\nHireStream",
        "Look-alike: Yahoo forward of an application-status note naming when candidates will "
        "be contacted.",
        NEG,
    )
    org = ("Talento Andaluz", "eventos@talento-andaluz.example.es")
    sent = at(2026, 12, 1, 9, 14, MAD, "Tue")
    yield fwd(
        f,
        "webinar_candidatos",
        "es",
        "yahoo",
        org,
        sent,
        "Webinar para candidatos",
        "Hola,\nTe invitamos al webinar 'Cómo preparar tu entrevista' el jueves 10 de diciembre "
        "a las 18:00. Inscripción gratuita en la web.\nTalento Andaluz",
        "Look-alike: Yahoo forward (Spanish) of an interview-preparation webinar.",
        NEG,
    )


def proton20() -> Iterator[Case]:
    f = "proton20"
    org = ("Lena Hartmann", "lena.hartmann@quantfabrik.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 8, 15, 30, BER, "Tue")
    yield fwd(
        f,
        "forwarded_ordinal",
        "en",
        "proton",
        org,
        sent,
        "Technical interview confirmed",
        "Hi Sam,\n\nConfirmed: your technical interview is on Tuesday, December 8th at 3:30 PM "
        "CET and takes 90 minutes.\n\nLena",
        "Proton Mail forward: '------- Forwarded Message -------' with 'Date: On Tuesday, "
        "December 1st, 2026 at 9:14 AM' and the 'Sent with Proton Mail secure email.' footer; "
        "'Tuesday, December 8th at 3:30 PM CET', 90 minutes.",
        lab(st, st + timedelta(minutes=90)),
    )
    org = ("Moritz Beck", "moritz.beck@saalegrund.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 10, 16, 0, BER, "Thu")
    fsent = sent + timedelta(hours=2, minutes=6)
    yield fwd(
        f,
        "weitergeleitet_am",
        "de",
        "proton",
        org,
        sent,
        "Gespräch Donnerstag",
        "Hallo Sam,\n\nwie besprochen: Donnerstag, 10. Dezember, 16:00–16:45 Uhr, per Video.\n\n"
        "Moritz",
        "Proton Mail in German: 'Datum: Am Dienstag, 1. Dezember 2026 um 09:14'; 'Donnerstag, "
        "10. Dezember, 16:00–16:45 Uhr', no zone.",
        lab(st, st + timedelta(minutes=45), sent=fsent),
    )
    org = ("Ava Mitchell", "ava.mitchell@kettlebrook.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 9, 11, 0, NY, "Wed")
    yield fwd(
        f,
        "fastmail_original",
        "en",
        "fastmail",
        org,
        sent,
        "Interview Wed",
        "Hi Sam,\n\nLocking in your interview for Wed Dec 9, 11am Eastern. I'll send the video "
        "link the day before.\n\nAva",
        "Fastmail forward: '---------- Original message -----------' with From/To/Subject/Date "
        "('Tuesday, December 01, 2026 9:14 AM'); 'Wed Dec 9, 11am Eastern'.",
        lab(st),
    )
    org = ("Reference Desk", "references@checkpoint-hr.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    yield fwd(
        f,
        "referee_call",
        "en",
        "proton",
        org,
        sent,
        "Reference call scheduled",
        "Hello,\n\nWe have scheduled a reference call with your referee, Dr. Ellen Park, on "
        "Thursday, December 10 at 2:00 PM ET. No action is needed from you.\n\nCheckpoint HR",
        "Look-alike: Proton Mail forward of a reference call with the candidate's referee; "
        "the reader is not in it.",
        NEG,
    )
    org = ("Meetup Utrecht", "info@devmeetup-utrecht.example.nl")
    sent = at(2026, 12, 1, 9, 14, AMS, "Tue")
    yield fwd(
        f,
        "meetup",
        "nl",
        "fastmail",
        org,
        sent,
        "Tech meetup december",
        "Hoi,\n\nDe volgende tech meetup is op dinsdag 15 december om 18:30 bij De Werkplaats. "
        "Er zijn ook recruiters aanwezig voor korte kennismakingsgesprekken.\n\nTot dan!",
        "Look-alike: Fastmail forward (Dutch) of a meetup with recruiters present.",
        NEG,
    )


def atsfwd20() -> Iterator[Case]:
    f = "atsfwd20"
    # HTML-only Gmail forward of an ATS notice with the slot in a table
    org = ("Greenfield Recruiting", "no-reply@ats.greenfield-energy.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    st = at(2026, 12, 10, 13, 0, NY, "Thu")
    table = (
        '<table cellpadding="6" style="border-collapse:collapse"><tr><td><b>Position</b>'
        "</td><td>Grid Analyst</td></tr><tr><td><b>Date</b></td><td>Thursday, December 10, "
        "2026</td></tr><tr><td><b>Time</b></td><td>1:00 PM - 1:45 PM EST</td></tr><tr><td>"
        "<b>Interviewers</b></td><td>Maya Singh, Oren Blum</td></tr><tr><td><b>Location</b>"
        "</td><td>Microsoft Teams</td></tr></table>"
    )
    html = (
        '<div dir="ltr">forwarding my interview</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'From: <strong class="gmail_sendername">Greenfield Recruiting</strong> &lt;{org[1]}'
        f"&gt;<br>Date: Tue, Dec 1, 2026 at 9:14 AM<br>Subject: Your interview is scheduled<br>"
        f"To: &lt;{ME[1]}&gt;<br></div><br><div><p>Hi Sam,</p><p>Your interview has been "
        f"scheduled.</p>{table}<p>Greenfield Energy Talent Team</p></div></div>"
    )
    raw = envelope(
        f"mobile20/{f}/table",
        ME,
        pp.HOOK,
        "Fwd: Your interview is scheduled",
        sent + timedelta(hours=1),
        text_part(html_doc(html), "html"),
    )
    yield finish(
        f,
        "table_gmail",
        "en",
        "gmail",
        org,
        raw,
        "HTML-only Gmail forward of an ATS notice: Date and Time in separate table "
        "rows ('1:00 PM - 1:45 PM EST').",
        lab(st, st + timedelta(minutes=45)),
    )
    # Outlook mobile forward of a German ATS mail, table with an IANA zone
    org = ("Personal Rheinmetallbau", "jobs@rheinmetallbau.example.de")
    sent = at(2026, 12, 1, 9, 14, BER, "Tue")
    st = at(2026, 12, 15, 10, 0, BER, "Tue")
    html = (
        '<div dir="ltr">Termin!</div><div id="ms-outlook-mobile-signature">Outlook für '
        'Android herunterladen</div><hr><div id="divRplyFwdMsg" dir="ltr"><b>Von:</b> '
        f"Personal Rheinmetallbau &lt;{org[1]}&gt;<br><b>Gesendet:</b> Dienstag, 1. Dezember "
        f"2026 09:14:00<br><b>An:</b> {ME[0]} &lt;{ME[1]}&gt;<br><b>Betreff:</b> Einladung zum "
        "Interview</div><div><p>Hallo Sam,</p><p>wir laden Sie zu einem Interview ein:</p>"
        '<table><tr><th align="left">Datum</th><td>15.12.2026</td></tr><tr><th align="left">'
        'Uhrzeit</th><td>10:00 - 11:00 Uhr (Europe/Berlin)</td></tr><tr><th align="left">Ort'
        "</th><td>Werk Duisburg, Tor 3</td></tr></table><p>Ihr Personal-Team</p></div>"
    )
    raw = envelope(
        f"mobile20/{f}/table_de",
        ME,
        pp.HOOK,
        "WG: Einladung zum Interview",
        sent + timedelta(hours=2),
        text_part(html_doc(html), "html"),
    )
    yield finish(
        f,
        "table_outlook",
        "de",
        "outlook",
        org,
        raw,
        "HTML-only Outlook for Android forward of an ATS table with <th> labels: "
        "'15.12.2026', '10:00 - 11:00 Uhr (Europe/Berlin)'.",
        lab(st, st + timedelta(hours=1), zone=BER),
    )
    # iOS forward that kept the invite.ics
    org = ("Lauren Price", "lauren.price@prairiegrid.example")
    sent = at(2026, 12, 1, 9, 14, CHI, "Tue")
    st = at(2026, 12, 10, 14, 0, CHI, "Thu")
    en = st + timedelta(minutes=45)
    uid = "c7a1e2f0-5d2b-4c1e-9f0e-20261210ops@prairiegrid.example"
    text = (
        "Sent from my iPhone\n\n"
        + block(
            "apple",
            "en",
            org,
            sent,
            "Invitation: Interview - Sam Rivera @ Thu Dec 10, 2026 2pm - 2:45pm (CST)",
        )
        + "\nYou have been invited to an "
        "interview.\n\nThursday Dec 10, 2026 2pm - 2:45pm (CST)\nZoom: "
        "https://prairiegrid.zoom.example/j/5520019\n"
    )
    entity = multipart(
        "mixed",
        f"mobile20/{f}/ics",
        [
            text_part(text),
            ics_part(ics(uid, st, en, CHI, "Interview - Sam Rivera", org)),
        ],
    )
    raw = envelope(
        f"mobile20/{f}/ics",
        ME,
        pp.HOOK,
        "Fwd: Invitation: Interview - Sam Rivera",
        sent + timedelta(hours=1),
        entity,
    )
    yield finish(
        f,
        "ics_kept_ios",
        "en",
        "apple",
        org,
        raw,
        "iOS forward that kept the invitation as an invite.ics attachment (METHOD:"
        "REQUEST, TZID America/Chicago): calendar-bearing, so uid/sequence/method are "
        "labelled.",
        {**lab(st, en, zone=CHI), "uid": uid, "sequence": 0, "method": "REQUEST"},
    )
    # iOS forward that dropped the Google invitation's .ics (French)
    org = ("Camille Perrin", "camille.perrin@lumen-optique.example.fr")
    sent = at(2026, 12, 1, 9, 14, PAR, "Tue")
    st = at(2026, 12, 17, 14, 0, PAR, "Thu")
    fsent = sent + timedelta(hours=2, minutes=6)
    body = (
        "Invitation : Entretien Sam Rivera\n\nQuand\njeudi 17 déc. 2026 14:00 – 15:00 (heure "
        "normale d'Europe centrale - Paris)\n\nParticipants\nCamille Perrin - organisateur\n"
        f"{ME[1]}\n\nRejoindre avec Google Meet\nhttps://meet.google.com/abc-defg-hij\n\n"
        "Invitation de Google Agenda"
    )
    yield fwd(
        f,
        "gcal_ics_dropped",
        "fr",
        "apple",
        org,
        sent,
        "Invitation: Entretien Sam Rivera @ jeu. 17 déc. 2026 14:00 - 15:00 (CET)",
        body,
        "iOS forward (French) of a Google Calendar invitation whose .ics the phone dropped: "
        "'jeudi 17 déc. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)' (Google "
        "long zone name).",
        lab(st, st + timedelta(hours=1), zone=PAR),
        delay=fsent - sent,
    )
    # self-scheduling look-alike
    org = ("Harbor Staffing", "scheduling@harborstaffing.example")
    sent = at(2026, 12, 1, 9, 14, NY, "Tue")
    html = (
        '<div dir="ltr">which one should I take?</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f"From: Harbor Staffing &lt;{org[1]}&gt;<br>Date: Tue, Dec 1, 2026 at 9:14 AM<br>"
        f"Subject: Schedule your interview<br>To: &lt;{ME[1]}&gt;<br></div><br><div><p>Hi Sam,"
        "</p><p>Please select a time for your interview:</p><table><tr><td>Wed, Dec 9</td><td>"
        '10:00 AM EST</td><td><a href="https://harborstaffing.example/s/1">Select</a></td>'
        '</tr><tr><td>Thu, Dec 10</td><td>2:00 PM EST</td><td><a href="https://harborstaffing'
        '.example/s/2">Select</a></td></tr></table><p>Harbor Staffing</p></div></div>'
    )
    raw = envelope(
        f"mobile20/{f}/selfsched",
        ME,
        pp.HOOK,
        "Fwd: Schedule your interview",
        sent + timedelta(hours=1),
        text_part(html_doc(html), "html"),
    )
    yield finish(
        f,
        "self_schedule",
        "en",
        "gmail",
        org,
        raw,
        "Look-alike: HTML-only forward of a self-scheduling mail with a table of "
        "times to select; nothing booked.",
        NEG,
    )
    # Outlook iOS forward that kept the .ics (Spanish)
    org = ("Irene Soler", "irene.soler@levante-puertos.example.es")
    sent = at(2026, 12, 1, 9, 14, MAD, "Tue")
    st = at(2026, 12, 18, 9, 30, MAD, "Fri")
    en = st + timedelta(minutes=60)
    uid = "040000008200E00074C5B7101A82E0080000000020261218LEVANTE"
    text = (
        "Obtener Outlook para iOS<https://aka.ms/o0ukef>\n\n"
        + block("outlook", "es", org, sent, "Entrevista Sam Rivera")
        + "\nHola Sam, te envío la convocatoria para el viernes 18 de diciembre de 9:30 a "
        "10:30.\n\nIrene\n"
    )
    entity = multipart(
        "mixed",
        f"mobile20/{f}/ics_es",
        [
            text_part(text),
            ics_part(ics(uid, st, en, MAD, "Entrevista Sam Rivera", org)),
        ],
    )
    raw = envelope(
        f"mobile20/{f}/ics_es",
        ME,
        pp.HOOK,
        "RV: Entrevista Sam Rivera",
        sent + timedelta(hours=2),
        entity,
    )
    yield finish(
        f,
        "ics_kept_outlook",
        "es",
        "outlook",
        org,
        raw,
        "Outlook for iOS forward (Spanish) that kept the invitation: text/calendar "
        "attachment with TZID Europe/Madrid; 'viernes 18 de diciembre de 9:30 a 10:30'.",
        {**lab(st, en, zone=MAD), "uid": uid, "sequence": 0, "method": "REQUEST"},
    )


BUILDERS = [
    iosfwd20,
    olmobile20,
    samsung20,
    gmailapp20,
    tbird20,
    htmlonly20,
    flowqp20,
    fwdnote20,
    yahoo20,
    proton20,
    atsfwd20,
]

FIGURES = (
    "First sight (parser at main dc6d4e38, before any change for this batch; quick.py on "
    "these files only): dev text invitations 35 of 36 right (33 with confidence >= 0.5), 1 "
    "of 15 dev look-alikes claimed (a French note 'c'est l'entretien de ma collègue, pas le "
    "mien' above an Outlook forward, at 0.66); held out: calendar 2 of 2, text 9 of 9 (9 "
    "sure), 1 of 5 look-alikes claimed. Dev misses: the format=flowed; delsp=yes part whose "
    "soft break falls inside 'at 2:30 PM ET' (read as 14:00), and the two forwards of "
    "forwards (right slot, 0.45: 'greets someone else'). The last two were a fault of this "
    "batch, not of the parser: the inner header block's To line named the user instead of "
    "the agency or headhunter the employer wrote to; fixed in the renderer (the To line now "
    "names the intermediary), after which both are sure. After the batch's rules: dev 36 of "
    "36 right (36 sure), 0 of 15 claimed; held out unchanged (calendar 2/2, text 9/9, 9 "
    "sure, 1/5 claimed). Whole corpus after merging main at 796c9366 (quick.py, main's "
    "parser against this branch's): dev text 2181/2207, sure 1951, false claims 23/1744; "
    "held out calendar 112/113, text 947/1011, 795 sure, 78/777 claimed; shared and "
    "fixtures unchanged; cmp.py: no BROKE line, held out better 1, worse 0. After merging "
    "main again at b5398b7b (negs23): this batch dev 36/36 (36 sure), 0/15 claimed; held "
    "out calendar 2/2, text 9/9 (9 sure), 0/5 claimed; `pytest tests/parsing` 15632 passed."
)
RULES = """## Rules and their sources

- A format=flowed plain part is read as RFC 3676 joins it (`mime.py`, `unflow`): a line
  ending in a space goes on in the next line; with DelSp=yes that space is dropped; space-
  stuffing is undone; '-- ' and a change of quote depth end a paragraph. Sources: RFC 3676
  §4.1-4.5; Apple Mail sends 'format=flowed; delsp=yes' (git mailing-list posts with
  'Mime-Version: 1.0 (Apple Message framework v915)'), and so do syzbot's reports and Horde
  IMP ('format=flowed; DelSp=Yes' on linuxppc-dev), all found with find_string; Thunderbird
  sends format=flowed (a linux-media post). This batch's `flowqp20` (en, ja).
- A forwarder's note that says "not mine" with an article disowns the forward
  (`lookalikes.py`, `NOT_MINE_CUES`): 'pas le mien/la mienne', 'no es el mío/la mía', 'non
  è il mio/la mia', 'não é o meu/a minha', 'niet de/het mijne'. Sources: public French text
  using it to disown an item ('Supprime un match (quand l'utilisateur dit \"Non ce n'est
  pas le mien\")', '⚠️ ATTENTION, le VOTRE, pas le mien !', found with find_string) and
  this batch's `fwdnote20`. A note that owns the mail ('mon entretien, merci de l'ajouter')
  stays sure (tested).
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the mobile20 batch (`build_mobile20.py`)",
        "",
        "Interview mail as users forward it into Afterview from their phones and webmail: "
        "iOS Mail, Outlook for iOS/Android, the Gmail app, Samsung Email, Yahoo Mail, Proton "
        "Mail, Fastmail and Thunderbird header blocks in the phone's language, HTML-only "
        "forwards, format=flowed and quoted-printable soft breaks inside a date or time, "
        "forwards of forwards, the user's note above the forward, and forwarded ATS and "
        "calendar mail (slot in an HTML table; .ics dropped or kept). Header-block shapes follow "
        f"{EFP}'s test fixtures (test/fixtures/apple_mail_*, gmail_*, thunderbird_*, yahoo_*, "
        f"new_outlook_2019_fr{EFP_AT}, MIT; format facts only) where it has them; the "
        "Samsung Email, Outlook mobile, Proton Mail and Fastmail blocks and the 'Sent from my "
        "...' / 'Get Outlook for ...' footers are recalled (each label's source.template "
        "says which). All mail text is ours; people, companies, addresses and links are made "
        "up. `original_sender` is the author of the forwarded mail (for a forward of a "
        "forward, the employer inside); the forwarder is never the organizer. A zone word "
        "that names one zone (heure de Paris, hora peninsular, hora de Lisboa, hora del "
        "centro de México, hora de Colombia, horário de Brasília, UK time, hora de Madrid, "
        "Google's long names, an IANA name) is labelled; ET/EST/CT/CET/MEZ/GMT give the "
        "instant only; no zone word means wall time (tz_stated false). Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_mobile20.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
    ]
    if RULES:
        lines += [RULES, ""]
    lines += ["## Families", ""]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-mobile20.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
