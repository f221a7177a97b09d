# ruff: noqa: E501 (tables of localized client strings and mail bodies read best one row a line)
"""Write the "fwd30" batch: forwards and replies through clients new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_fwd30.py

Clients rendered from their real layout code and localized strings: Roundcube (plain and HTML
forward header 'originalmessage' / subject / date / from / to, reply intro 'mailreplyintro',
date_long 'Y-m-d H:i' in the forwarder's zone, attachments kept), Horde IMP ('----- Forwarded
message from %s -----', right-aligned Date/From/Subject/To with the ORIGINAL Date header,
'----- End forwarded message -----', reply attribution 'Quoting %f:' with no date), KMail
(default forward template '----------  Forwarded Message  ----------' with 'Date: %ODATE,
%OTIMELONG', reply 'On %1 %2 you wrote:'), Evolution (reply attribution 'On ${AbbrevWeekdayName},
${Year}-${Month}-${Day} at ${24Hour}:${Minute} ${TimeZone}, ${Sender} wrote:', '-------- Forwarded
Message --------') and a Yandex-style Russian webmail block (recalled).
All prose, people, companies and addresses are ours and invented. Labels come from the
datetimes the text is rendered from (zoneinfo; weekday names checked) and were written before
the parser was run. Output is deterministic; the script deletes or writes only files of its
own families.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

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
at, Case, timed, digest = pp.at, pp.Case, pp.timed, pp.digest
HOOK = pp.HOOK
POLICY = pp.POLICY

RC_COMMIT = "28b44419ee44c8749a85e7183325055c2cf68a4d"
HORDE_COMMIT = "fd9212ca3b72ff834504af4886f7d95138619bd4"
KMAIL_COMMIT = "22a2beb57dbf71a51ef15cfa2dd8d2a91fc3670f"
SOURCE = {
    "rc": (
        "roundcube/roundcubemail:program/localization/{loc}/labels.inc (originalmessage, subject, "
        "date, from, to, mailreplyintro) + program/actions/mail/compose.php (get_forward_header, "
        "get_reply_header; date_long 'Y-m-d H:i')@" + RC_COMMIT,
        "GPL-3.0-or-later (Roundcube) for the header strings; the rest ours",
    ),
    "horde": (
        "horde/imp:locale/{loc}/LC_MESSAGES/imp.po ('Forwarded message from %s', 'End forwarded "
        "message', Date, From, Subject, To, 'Quoting %f:') + lib/Compose.php (forwardMessageText, "
        "_getMsgHeaders: right-aligned labels, the original Date header value) + config/prefs.php "
        "(attrib_text)@" + HORDE_COMMIT,
        "GPL-2.0-only (Horde IMP) for the header strings; the rest ours",
    ),
    "kmail": (
        "KDE/kdepim:templateparser/src/defaulttemplates.cpp (defaultForward '----------  "
        "Forwarded Message  ----------', 'Date: %ODATE, %OTIMELONG'; defaultReply 'On %1 %2 you "
        "wrote:')@" + KMAIL_COMMIT + "; German msgstr ('Weitergeleitete Nachricht', Betreff/"
        "Datum/Von/An, 'Am %1 %2 schrieben Sie:') as public list archives show KMail mail; "
        "QLocale long date/time recalled",
        "GPL-2.0-or-later (KMail) for the header strings; the rest ours",
    ),
    "evo": (
        "GNOME/evolution: src/mail/em-composer-utils.c (composer-message-attribution 'On "
        "${AbbrevWeekdayName}, ${Year}-${Month}-${Day} at ${24Hour}:${Minute} ${TimeZone}, "
        "${Sender} wrote:', TimeZone '%+05d'; composer-message-forward '-------- Forwarded "
        "Message --------') read from an indexed copy (commit not pinned); the forwarded "
        "header order and its Date rendering are recalled",
        "GPL-2.0-or-later (Evolution) for the header strings; the rest ours",
    ),
    "yandex": (
        "Yandex-style Russian webmail forward ('-------- Пересылаемое сообщение --------', "
        "'DD.MM.YYYY, HH:MM, \"Name\" <addr>:', '-------- Конец пересылаемого сообщения "
        "--------') as public archives show it (strings recalled)",
        "strings recalled; the rest ours",
    ),
}

SPLITS = {
    "rc30": "dev",
    "imp30": "dev",
    "kmail30": "dev",
    "evo30": "dev",
    "ownnote30": "dev",
    "fwdneg30": "dev",
    "htmlnest30": "dev",
    "bqnest30": "dev",
    "yandex30": "dev",
    "twice30": "heldout",
    "via30": "heldout",
    "zones30": "heldout",
}
SOURCES = {
    "rc30": "Roundcube plain-text forwards in hu, ro, fi, da, lt, et, id, el ('-------- Eredeti "
    "üzenet --------', 'Dátum: 2026-11-10 09:12'); one keeps the original's .ics attachment.",
    "imp30": "Horde IMP forwards in fi, hu, lt, et, da, nb, sk, sl: right-aligned labels and "
    "the original RFC 5322 Date header in the employer's zone; 'tomorrow' and weekdays read "
    "against that date.",
    "kmail30": "KMail forwards ('----------  Weitergeleitete Nachricht  ----------', 'Datum: "
    "Dienstag, 10. November 2026, 09:12:44 CET') and a German reply 'Am ... schrieben Sie:'.",
    "evo30": "Evolution: forwards, replies with 'On Tue, 2026-11-10 at 09:12 +0100, X wrote:', "
    "and forwarded reply threads where the newest quoted mail fixes the slot.",
    "ownnote30": "The user's own note above the forward names the user's OWN times (a train, a "
    "shift, a dentist) that are not the slot.",
    "fwdneg30": "Forwarded look-alikes through these clients: a newsletter, a job alert, a "
    "rejection naming the past interview, a webinar, an assessment deadline, a career fair, a "
    "pick-a-slot link.",
    "htmlnest30": "HTML-only forwards: Roundcube's header table, Horde's text2html block, a "
    "reply thread in nested <blockquote>s forwarded on.",
    "bqnest30": "Roundcube HTML reply threads (reply intro, the earlier mail in <blockquote>, "
    "nested once per reply) forwarded as HTML: the newest mail fixes, moves or only looks back "
    "at the slot (added after the first measurement of the other families; its own first "
    "sight is given separately).",
    "yandex30": "Yandex-style Russian forwards ('-------- Пересылаемое сообщение --------') of "
    "Russian and English invitations.",
    "twice30": "Double forwards: an agency or a relative forwards first, the user forwards again "
    "through another client and language.",
    "via30": "The original sender rewritten by a list ('X via Careers <list@...>') or shown as "
    "'on behalf of'; original_sender is the address in the forwarded block.",
    "zones30": "Original Date headers in other zones (New York, Los Angeles, Tokyo, Sydney, "
    "Kolkata) that decide the weekday and 'tomorrow'.",
}

# --- client strings -----------------------------------------------------------------
# Roundcube labels.inc: (locale dir, originalmessage, subject, date, from, to, mailreplyintro)
RC: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "hu": (
        "hu_HU",
        "Eredeti üzenet",
        "Tárgy",
        "Dátum",
        "Feladó",
        "Címzett",
        "$date időpontban $sender ezt írta:",
    ),
    "ro": (
        "ro_RO",
        "Mesaj original",
        "Subiect",
        "Data",
        "Expeditor",
        "Destinatar",
        "În $date, $sender a scris:",
    ),
    "fi": (
        "fi_FI",
        "Alkuperäinen viesti",
        "Aihe",
        "Päiväys",
        "Lähettäjä",
        "Vastaanottaja",
        "$sender kirjoitti $date:",
    ),
    "da": (
        "da_DK",
        "Original besked",
        "Emne",
        "Dato",
        "Afsender",
        "Modtager",
        "$sender skrev den $date:",
    ),
    "lt": (
        "lt_LT",
        "Originalus laiškas",
        "Tema",
        "Data",
        "Siuntėjas",
        "Gavėjas",
        "$date, $sender rašė:",
    ),
    "et": (
        "et_EE",
        "Esialgne kiri",
        "Pealkiri",
        "Kuupäev",
        "Saatja",
        "Saaja",
        "$date kirjutas $sender:",
    ),
    "id": (
        "id_ID",
        "Pesan Asli",
        "Judul",
        "Tanggal",
        "Pengirim",
        "Penerima",
        "Pada $date, $sender menulis:",
    ),
    "el": (
        "el_GR",
        "Αρχικό μήνυμα",
        "Θέμα",
        "Ημερομηνία",
        "Αποστολέας",
        "Παραλήπτης",
        "Στις $date, $sender έγραψε:",
    ),
    "nb": (
        "nb_NO",
        "Opprinnelig melding",
        "Emne",
        "Dato",
        "Avsender",
        "Mottaker",
        "$sender skrev den $date:",
    ),
}
# Horde imp.po: (locale, 'Forwarded message from %s', 'End forwarded message', Date, From, Subject, To, 'Quoting %f:')
HORDE: dict[str, tuple[str, str, str, str, str, str, str, str]] = {
    "fi": (
        "fi",
        "Välitetty viesti lähettäjältä %s",
        "Välitetty viesti päättyy",
        "Päiväys",
        "Lähettäjä",
        "Otsikko",
        "Vastaanottaja",
        "Lainaus %f:",
    ),
    "hu": (
        "hu",
        "Továbbított levél %s címről",
        "Vége a továbbított levélnek",
        "Dátum",
        "Feladó",
        "Tárgy",
        "Címzett",
        "Idézet (%f):",
    ),
    "lt": (
        "lt",
        "Persiųstas laiškas nuo %s",
        "Persiųsto laiško pabaiga",
        "Data",
        "Nuo",
        "Tema",
        "Kam",
        "%f rašė:",
    ),
    "et": (
        "et",
        "Edastatud kiri %s'lt",
        "Edastatud kirja lõpp",
        "Kuupäev",
        "Kellelt",
        "Teema",
        "Kellele",
        "%f kirjutas:",
    ),
    "da": (
        "da",
        "Videresendt besked fra %s",
        "Slutning af videresendt besked",
        "Dato",
        "Fra",
        "Emne",
        "Til",
        "Citat af %f:",
    ),
    "nb": (
        "nb",
        "Videresendt melding fra %s",
        "Slutt på videresendt melding",
        "Dato",
        "Fra",
        "Emne",
        "Til",
        "Siterer %f:",
    ),
    "sk": (
        "sk",
        "Preposlaná správa od %s",
        "Koniec preposlanej správy",
        "Dátum",
        "Od",
        "Predmet",
        "Pre",
        "Citát %f:",
    ),
    "sl": (
        "sl",
        "Posredovano sporočilo od %s",
        "Konec posredovanega sporočila",
        "Datum",
        "Od",
        "Zadeva",
        "Za",
        "Citiram %f:",
    ),
    "en": (
        "en",
        "Forwarded message from %s",
        "End forwarded message",
        "Date",
        "From",
        "Subject",
        "To",
        "Quoting %f:",
    ),
}
# KMail: (title, Subject, Date, From, To, reply 'On %1 %2 you wrote:')
KMAIL: dict[str, tuple[str, str, str, str, str, str]] = {
    "de": (
        "Weitergeleitete Nachricht",
        "Betreff",
        "Datum",
        "Von",
        "An",
        "Am {d} {t} schrieben Sie:",
    ),
    "en": ("Forwarded Message", "Subject", "Date", "From", "To", "On {d} {t} you wrote:"),
}
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = [
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
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
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


def kmail_date(lang: str, w: datetime) -> tuple[str, str]:
    """QLocale long date and long time (with the zone abbreviation), recalled."""
    abbr = w.tzname() or ""
    if lang == "de":
        return (
            f"{DE_DAYS[w.weekday()]}, {w.day}. {DE_MONTHS[w.month - 1]} {w.year}",
            f"{w:%H:%M:%S} {abbr}",
        )
    hour = w.hour % 12 or 12
    return (
        f"{EN_DAYS[w.weekday()]}, {EN_MONTHS[w.month - 1]} {w.day}, {w.year}",
        f"{hour}:{w:%M:%S} {'AM' if w.hour < 12 else 'PM'} {abbr}",
    )


def who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


def paras(text: str) -> str:
    return "".join(
        f"<p>{htmllib.escape(part).replace(chr(10), '<br>')}</p>"
        for part in text.strip().split("\n\n")
    )


def quoted(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.strip().split("\n"))


@dataclass
class Cal:
    uid: str
    start: datetime
    end: datetime
    method: str = "REQUEST"
    sequence: int = 0
    summary: str = "Interview"


@dataclass
class Msg:
    sender: tuple[str, str]
    to: tuple[str, str]
    sent: datetime
    subject: str
    text: str | None
    html: str | None
    cal: Cal | None = None
    cal_attached: bool = False
    key: str = ""
    in_reply: bool = False
    organizer: tuple[str, str] | None = None
    attendee: tuple[str, str] | None = None
    stamp: datetime | None = None


def ics(cal: Cal, organizer: tuple[str, str], attendee: tuple[str, str], stamp: datetime) -> str:
    def z(w: datetime) -> str:
        return w.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Afterview corpus//fwd30//EN",
        f"METHOD:{cal.method}",
        "BEGIN:VEVENT",
        f"UID:{cal.uid}",
        f"SEQUENCE:{cal.sequence}",
        f"DTSTAMP:{z(stamp)}",
        f"DTSTART:{z(cal.start)}",
        f"DTEND:{z(cal.end)}",
        f"SUMMARY:{cal.summary}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={attendee[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee[1]}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _part(body: str, subtype: str) -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return MIMEText(body, subtype, charset)


def _addr(person: tuple[str, str]) -> str:
    name, email = person
    return formataddr((name, email)) if name.isascii() else formataddr((name, email), "utf-8")


def to_bytes(msg: Msg) -> bytes:
    key = msg.key
    body: Message
    if msg.html is not None and msg.text:
        body = MIMEMultipart("alternative", boundary=f"=_fwd30_{digest(key, 'a')[:16]}")
        body.attach(_part(msg.text, "plain"))
        body.attach(_part(msg.html, "html"))
    elif msg.html is not None:
        body = _part(msg.html, "html")
    else:
        body = _part(msg.text or "", "plain")
    message: Message = body
    if msg.cal is not None:
        assert msg.organizer is not None
        assert msg.attendee is not None
        assert msg.stamp is not None
        part = MIMEText(ics(msg.cal, msg.organizer, msg.attendee, msg.stamp), "calendar", "utf-8")
        part.set_param("method", msg.cal.method)
        if msg.cal_attached:
            part.set_param("name", "invite.ics")
            part.add_header("Content-Disposition", "attachment", filename="invite.ics")
            message = MIMEMultipart("mixed", boundary=f"=_fwd30_{digest(key, 'm')[:16]}")
            message.attach(body)
            message.attach(part)
        elif isinstance(body, MIMEMultipart):
            body.attach(part)
        else:
            message = MIMEMultipart("alternative", boundary=f"=_fwd30_{digest(key, 'c')[:16]}")
            message.attach(body)
            message.attach(part)
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    message["Date"] = format_datetime(msg.sent)
    message["From"] = _addr(msg.sender)
    message["To"] = _addr(msg.to)
    message["Subject"] = msg.subject if msg.subject.isascii() else Header(msg.subject, "utf-8")
    message["Message-ID"] = f"<{digest(key, 'mid')}@{msg.sender[1].split('@', 1)[1]}>"
    if msg.in_reply:
        parent = f"<{digest(key, 'parent')}@{msg.to[1].split('@', 1)[1]}>"
        message["In-Reply-To"] = parent
        message["References"] = parent
    message["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            message[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(message)
    return buffer.getvalue()


def plain_of(prev: Msg) -> str:
    if prev.text:
        return prev.text.strip()
    assert prev.html is not None

    t = re.sub(r"<br\s*/?>", "\n", prev.html)
    t = re.sub(r"</p>", "\n\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return htmllib.unescape(t).strip()


def html_of(prev: Msg) -> str:
    """The HTML a client embeds: the original's body content (Roundcube washes the document
    wrapper away), or the plain text as paragraphs."""
    if prev.html is None:
        return paras(prev.text or "")
    inner = re.search(r"<body[^>]*>(.*)</body>", prev.html, re.DOTALL)
    return inner.group(1) if inner else prev.html


def re_subject(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def forward(
    prev: Msg,
    client: str,
    lang: str,
    sender: tuple[str, str],
    to: tuple[str, str],
    sent: datetime,
    note: str,
    key: str,
) -> Msg:
    """Wrap prev in the client's forward or reply block; note above (forwards) or below (replies)."""
    q = htmllib.escape
    local = prev.sent.astimezone(sent.tzinfo)
    keep = (prev.cal, prev.cal is not None)
    fwd_subject = f"Fwd: {prev.subject}"
    if client in ("rc", "rc-html"):
        _, title, subj, date, frm, tto, _r = RC[lang]
        rows = [
            (subj, prev.subject),
            (date, f"{local:%Y-%m-%d %H:%M}"),
            (frm, who(prev.sender)),
            (tto, who(prev.to)),
        ]
        if client == "rc":
            text = (
                (note.strip() + "\n" if note else "")
                + f"\n\n\n-------- {title} --------\n"
                + "".join(f"{k}: {v}\n" for k, v in rows)
                + "\n"
                + plain_of(prev)
                + "\n"
            )
            return Msg(sender, to, sent, fwd_subject, text, None, *keep, key)
        table = "".join(
            f'<tr><th align="right" nowrap="nowrap" valign="baseline">{q(k)}: </th><td>{q(v)}</td></tr>'
            for k, v in rows
        )
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">'
            + (paras(note) if note else "")
            + f'<br /><p>-------- {q(title)} --------</p><table border="0" cellpadding="0" cellspacing="0"><tbody>{table}</tbody></table><br>'
            + html_of(prev)
            + "</body></html>"
        )
        return Msg(sender, to, sent, fwd_subject, None, html, *keep, key)
    if client == "rc-html-reply":
        # compose.php create_reply_body, HTML, reply_mode 0 (bottom-posting): the intro in
        # <p id="reply-intro">, the original in <blockquote>, an empty paragraph, then the text
        intro = (
            RC[lang][6]
            .replace("$date", f"{local:%Y-%m-%d %H:%M}")
            .replace("$sender", prev.sender[0])
        )
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body>'
            + f'<p id="reply-intro">{q(intro)}</p><blockquote>{html_of(prev)}</blockquote><p><br/></p>'
            + paras(note)
            + "</body></html>"
        )
        return Msg(sender, to, sent, re_subject(prev.subject), None, html, key=key, in_reply=True)
    if client == "rc-reply":
        intro = (
            RC[lang][6]
            .replace("$date", f"{local:%Y-%m-%d %H:%M}")
            .replace("$sender", prev.sender[0])
        )
        text = intro + "\n" + quoted(plain_of(prev)) + "\n\n" + note.strip() + "\n"
        return Msg(sender, to, sent, re_subject(prev.subject), text, None, key=key, in_reply=True)
    if client in ("horde", "horde-html"):
        _, title, end, d, f, s, t, _q = HORDE[lang]
        labels = [
            (d, format_datetime(prev.sent)),
            (f, who(prev.sender)),
            (s, prev.subject),
            (t, who(prev.to)),
        ]
        width = max(len(k) for k, _ in labels) + 2
        block = "".join(f"{(k + ': ').rjust(width)}{v}\n" for k, v in labels)
        pre = "\n----- " + title.replace("%s", who(prev.sender)) + " -----\n" + block + "\n"
        post = "\n\n----- " + end + " -----\n"
        if client == "horde":
            text = (note.strip() + "\n" if note else "") + pre + plain_of(prev) + post
            return Msg(sender, to, sent, fwd_subject, text, None, *keep, key)

        def t2h(s_: str) -> str:
            return q(s_).replace("\n", "<br />").replace("  ", "&nbsp; ")

        html = (
            "<html><body>"
            + (paras(note) if note else "")
            + t2h(pre)
            + html_of(prev)
            + t2h(post)
            + "</body></html>"
        )
        return Msg(sender, to, sent, fwd_subject, None, html, *keep, key)
    if client == "horde-reply":
        attrib = HORDE[lang][7].replace("%f", who(prev.sender))
        text = attrib + "\n\n" + quoted(plain_of(prev)) + "\n\n" + note.strip() + "\n"
        return Msg(sender, to, sent, re_subject(prev.subject), text, None, key=key, in_reply=True)
    if client == "kmail":
        title, s, d, f, t, _r = KMAIL[lang]
        dd, tt = kmail_date(lang, local)
        text = (
            (note.strip() + "\n" if note else "")
            + f"\n----------  {title}  ----------\n\n{s}: {prev.subject}\n{d}: {dd}, {tt}\n{f}: {who(prev.sender)}\n{t}: {who(prev.to)}\n\n"
            + plain_of(prev)
            + "\n-----------------------------------------\n"
        )
        return Msg(sender, to, sent, fwd_subject, text, None, key=key)
    if client == "kmail-reply":
        dd, tt = kmail_date(lang, local)
        attrib = KMAIL[lang][5].format(d=dd, t=tt)
        text = attrib + "\n" + quoted(plain_of(prev)) + "\n\n" + note.strip() + "\n"
        return Msg(sender, to, sent, re_subject(prev.subject), text, None, key=key, in_reply=True)
    if client == "evo":
        text = (
            (note.strip() + "\n\n" if note else "")
            + f"-------- Forwarded Message --------\nFrom: {who(prev.sender)}\nTo: {who(prev.to)}\nSubject: {prev.subject}\nDate: {format_datetime(prev.sent)}\n\n"
            + plain_of(prev)
            + "\n"
        )
        return Msg(sender, to, sent, fwd_subject, text, None, key=key)
    if client in ("evo-reply", "evo-top"):
        o = prev.sent
        off = o.utcoffset()
        assert off is not None
        mins = int(off.total_seconds() // 60)
        tz = f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"
        attrib = f"On {o:%a}, {o:%Y-%m-%d} at {o:%H:%M} {tz}, {prev.sender[0]} wrote:"
        if client == "evo-top":
            text = note.strip() + "\n\n" + attrib + "\n" + quoted(plain_of(prev)) + "\n"
        else:
            text = attrib + "\n" + quoted(plain_of(prev)) + "\n\n" + note.strip() + "\n"
        return Msg(sender, to, sent, re_subject(prev.subject), text, None, key=key, in_reply=True)
    assert client == "yandex", client
    text = (
        (note.strip() + "\n" if note else "")
        + "\n\n-------- Пересылаемое сообщение --------\n"
        + f'{local:%d.%m.%Y}, {local:%H:%M}, "{prev.sender[0]}" <{prev.sender[1]}>:\n\n'
        + plain_of(prev)
        + "\n\n-------- Конец пересылаемого сообщения --------\n"
    )
    return Msg(sender, to, sent, fwd_subject, text, None, key=key)


@dataclass
class Hop:
    client: str
    lang: str
    note: str = ""
    delay: timedelta = timedelta(hours=2, minutes=41)
    zone: str = ""
    by: tuple[str, str] | None = None  # who sends this hop; None: the user


@dataclass
class Item:
    family: str
    name: str
    lang: str
    employer: tuple[str, str]
    zone: str
    sent: tuple[int, int, int, int, int, str]
    subject: str
    body: str
    hops: list[Hop]
    start: tuple[int, int, int, int, int, str] | None = None
    end: tuple[int, int, int, int, int, str] | None = None
    kind: str | None = "invitation"
    stated: str = ""  # "" no zone stated; "yes" stated (no IANA label); else IANA name
    what: str = ""
    cal: tuple[str, str, int] | None = None
    html: bool = False  # the original is HTML-only
    sender_shown: str = ""  # address shown in the forwarded block when a list rewrote From
    extra: dict[str, object] = field(default_factory=dict)


USER = {
    "hu": ("Kovács Eszter", "eszter.kovacs@levelezo.example.hu"),
    "ro": ("Andreea Munteanu", "andreea.munteanu@posta.example.ro"),
    "fi": ("Aino Lehtinen", "aino.lehtinen@posti.example.fi"),
    "da": ("Freja Mortensen", "freja.mortensen@mail.example.dk"),
    "lt": ("Rūta Kazlauskienė", "ruta.kazlauskiene@pastas.example.lt"),
    "et": ("Kertu Tamm", "kertu.tamm@post.example.ee"),
    "id": ("Dewi Lestari", "dewi.lestari@surel.example.id"),
    "el": ("Eleni Papadaki", "eleni.papadaki@mail.example.gr"),
    "nb": ("Ingrid Solberg", "ingrid.solberg@epost.example.no"),
    "sk": ("Zuzana Hudecová", "zuzana.hudecova@posta.example.sk"),
    "sl": ("Nina Kranjc", "nina.kranjc@posta.example.si"),
    "de": ("Tobias Reinhardt", "tobias.reinhardt@mailbox.example.de"),
    "en": ("Grace Okafor", "grace.okafor@mail.example.co.uk"),
    "ru": ("Мария Соколова", "maria.sokolova@pochta.example.ru"),
}
USER_ZONE = {
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "fi": "Europe/Helsinki",
    "da": "Europe/Copenhagen",
    "lt": "Europe/Vilnius",
    "et": "Europe/Tallinn",
    "id": "Asia/Jakarta",
    "el": "Europe/Athens",
    "nb": "Europe/Oslo",
    "sk": "Europe/Bratislava",
    "sl": "Europe/Ljubljana",
    "de": "Europe/Berlin",
    "en": "Europe/London",
    "ru": "Europe/Moscow",
}


def _moment(values: tuple[int, int, int, int, int, str], zone: str) -> datetime:
    y, mo, d, h, mi, wd = values
    return at(y, mo, d, h, mi, zone, wd)


def render(item: Item) -> Case:
    user_lang = item.hops[-1].lang
    me = USER[user_lang]
    key = f"fwd30/{item.family}/{item.name}"
    o_sent = _moment(item.sent, item.zone)
    first = item.hops[0]
    first_to = first.by if first.by and not first.client.endswith(("-reply", "-top")) else me
    cal = None
    shown = (item.employer[0], item.sender_shown) if item.sender_shown else item.employer
    if item.cal is not None:
        uid, method, seq = item.cal
        assert item.start is not None
        assert item.end is not None
        cal = Cal(
            uid,
            _moment(item.start, item.zone),
            _moment(item.end, item.zone),
            method,
            seq,
            item.subject,
        )
    body = item.body.strip() + "\n"
    msg = Msg(
        shown,
        first_to,
        o_sent,
        item.subject,
        None if item.html else body,
        paras(item.body) if item.html else None,
        cal,
        False,
        key + "#orig",
        organizer=item.employer,
        attendee=first_to,
        stamp=o_sent,
    )
    sent = o_sent
    senders: list[tuple[str, str]] = []
    for i, hop in enumerate(item.hops):
        zone = ZoneInfo(hop.zone or USER_ZONE.get(hop.lang, item.zone))
        sent = (sent + hop.delay).astimezone(zone)
        last = i == len(item.hops) - 1
        sender = hop.by or me
        if last:
            to = HOOK
        elif hop.client.endswith(("-reply", "-top")):
            to = msg.sender
        else:
            to = item.hops[i + 1].by or me
        cal_before = msg.cal
        org, att, stamp = msg.organizer, msg.attendee, msg.stamp
        msg = forward(msg, hop.client, hop.lang, sender, to, sent, hop.note, key + f"#{i}")
        if msg.cal is not None and cal_before is not None:
            msg.cal_attached = True
        msg.organizer, msg.attendee, msg.stamp = org, att, stamp
        senders.append(sender)
    raw = to_bytes(msg)
    label: dict[str, object]
    if item.start is None:
        label = {"kind": "not_invitation"}
    else:
        start = _moment(item.start, item.zone)
        end = _moment(item.end, item.zone) if item.end else None
        if not item.stated:
            label = timed(start, end, sent=sent)
        elif item.stated == "yes":
            label = timed(start, end)
        else:
            label = timed(start, end, zone=item.stated)
        if item.kind:
            label = {"kind": item.kind, **label}
    first_fwd = next(
        (i for i, h in enumerate(item.hops) if not h.client.endswith(("-reply", "-top"))), None
    )
    if first_fwd is not None and not item.hops[-1].client.endswith(("-reply", "-top")):
        # the address in the forwarded block that shows the newest mail of the thread
        label["original_sender"] = shown[1] if first_fwd == 0 else senders[first_fwd - 1][1]
    label.update(item.extra)
    templates = []
    for hop in item.hops:
        base = hop.client.split("-")[0]
        tpl, _ = SOURCE[base]
        loc = RC[hop.lang][0] if base == "rc" else HORDE[hop.lang][0] if base == "horde" else ""
        templates.append(tpl.format(loc=loc) if loc else tpl)
    lic = "; ".join(sorted({SOURCE[h.client.split("-")[0]][1] for h in item.hops}))
    return Case(
        item.family,
        SPLITS[item.family],
        item.name,
        raw,
        label,
        item.lang,
        item.what,
        " | then: ".join(templates),
        lic,
    )


D = timedelta


def items() -> Iterator[Item]:
    yield from ITEMS


ITEMS: list[Item] = []


def add(*args: object, **kwargs: object) -> None:
    ITEMS.append(Item(*args, **kwargs))  # type: ignore[arg-type]


# ---------------- rc30 (dev): Roundcube plain forwards, new languages ----------------
f = "rc30"
add(
    f,
    "hu_kedden_10",
    "hu",
    ("Szabó Réka", "reka.szabo@dunavolt.example.hu"),
    "Europe/Budapest",
    (2026, 11, 10, 9, 12, "Tue"),
    "Meghívás állásinterjúra – logisztikai koordinátor",
    "Kedves Eszter!\n\nKöszönjük a jelentkezését. Szeretnénk meghívni egy személyes interjúra 2026. november 17-én, kedden 10:00 órakor irodánkba (Budapest, Váci út 41., 3. emelet).\n\nAz interjú várhatóan 45 percig tart.\n\nÜdvözlettel:\nSzabó Réka\nHR",
    [Hop("rc", "hu", "Kérlek, vedd fel a naptárba!")],
    (2026, 11, 17, 10, 0, "Tue"),
    (2026, 11, 17, 10, 45, "Tue"),
    what="Roundcube (hu) forward 'Dátum: 2026-11-10 ...'; '2026. november 17-én, kedden 10:00 órakor', 45 minutes.",
)
add(
    f,
    "ro_joi_11",
    "ro",
    ("Ioana Dumitrescu", "cariere@carpatis-soft.example.ro"),
    "Europe/Bucharest",
    (2026, 11, 11, 14, 3, "Wed"),
    "Invitație la interviu – Tester software",
    "Bună ziua, Andreea,\n\nVă invităm la un interviu tehnic joi, 19 noiembrie 2026, la ora 11:00, în sediul nostru din Cluj-Napoca, str. Memorandumului 8.\n\nVă rugăm să confirmați prezența.\n\nCu stimă,\nIoana Dumitrescu\nResurse Umane",
    [Hop("rc", "ro", "")],
    (2026, 11, 19, 11, 0, "Thu"),
    what="Roundcube (ro) forward '-------- Mesaj original --------'; 'joi, 19 noiembrie 2026, la ora 11:00'.",
)
add(
    f,
    "fi_english_cet",
    "fi",
    ("Mark Holloway", "talent@northbeam-analytics.example.com"),
    "Europe/Amsterdam",
    (2026, 11, 12, 16, 20, "Thu"),
    "Interview invitation - Junior Data Engineer",
    "Hi Aino,\n\nThank you for your application. We would like to invite you to a video interview on Tuesday 24 November at 13:00-14:00 CET with our data team.\n\nJoin here: https://meet.northbeam-analytics.example.com/aino-l\n\nKind regards,\nMark Holloway\nTalent Acquisition",
    [Hop("rc", "fi", "Tämä on se haastattelu, lisää kalenteriin.")],
    (2026, 11, 24, 13, 0, "Tue"),
    (2026, 11, 24, 14, 0, "Tue"),
    stated="yes",
    what="Roundcube (fi) forward 'Päiväys: 2026-11-12 17:20' (Helsinki) of an English invitation '13:00-14:00 CET' (CET: no IANA label).",
)
add(
    f,
    "da_cal_kept",
    "da",
    ("Mette Kjær", "rekruttering@nordhavn-energi.example.dk"),
    "Europe/Copenhagen",
    (2026, 11, 9, 10, 30, "Mon"),
    "Invitation: Jobsamtale – Projektingeniør",
    "Kære Freja\n\nTak for din ansøgning. Vi vil gerne invitere dig til samtale torsdag den 19. november 2026 kl. 10.00-11.00 på vores kontor i Nordhavn.\n\nKalenderinvitationen er vedhæftet.\n\nVenlig hilsen\nMette Kjær",
    [Hop("rc", "da", "Til kalenderen, tak.")],
    (2026, 11, 19, 10, 0, "Thu"),
    (2026, 11, 19, 11, 0, "Thu"),
    cal=("fwd30-da-nordhavn-7731@nordhavn-energi.example.dk", "REQUEST", 0),
    stated="yes",
    what="Roundcube (da) forward keeps the original's .ics as an attachment; text 'torsdag den 19. november 2026 kl. 10.00-11.00'.",
)
add(
    f,
    "lt_treciadieni_15",
    "lt",
    ("Tomas Petrauskas", "karjera@baltlink.example.lt"),
    "Europe/Vilnius",
    (2026, 11, 10, 8, 45, "Tue"),
    "Kvietimas į pokalbį",
    "Laba diena, Rūta,\n\nKviečiame Jus į darbo pokalbį 2026 m. lapkričio 18 d. (trečiadienį) 15:00 val. mūsų biure Vilniuje, Gedimino pr. 20.\n\nPagarbiai\nTomas Petrauskas\nPersonalo skyrius",
    [Hop("rc", "lt", "")],
    (2026, 11, 18, 15, 0, "Wed"),
    what="Roundcube (lt) forward 'Data: 2026-11-10 08:45'; '2026 m. lapkričio 18 d. (trečiadienį) 15:00 val.'.",
)
add(
    f,
    "et_moved",
    "et",
    ("Mart Kask", "varbamine@tallinnsoft.example.ee"),
    "Europe/Tallinn",
    (2026, 11, 13, 11, 0, "Fri"),
    "Vestluse aja muutus",
    "Tere, Kertu!\n\nPeame kahjuks vestluse aega muutma. Vestlus on kolmapäeval, 18. novembril kell 10.00 asemel nüüd neljapäeval, 19. novembril 2026 kell 14.00. Koht jääb samaks.\n\nVabandame ebamugavuste pärast.\n\nMart Kask",
    [Hop("rc", "et", "Uus aeg!")],
    (2026, 11, 19, 14, 0, "Thu"),
    kind="reschedule",
    what="Roundcube (et) forward of a move 'kolmapäeval ... kell 10.00 asemel nüüd neljapäeval, 19. novembril 2026 kell 14.00'.",
)
add(
    f,
    "id_rabu_wib",
    "id",
    ("Rina Wulandari", "rekrutmen@nusantara-digital.example.co.id"),
    "Asia/Jakarta",
    (2026, 11, 11, 9, 5, "Wed"),
    "Undangan Wawancara - Analis Keuangan",
    "Yth. Ibu Dewi,\n\nTerima kasih atas lamaran Anda. Kami mengundang Anda untuk wawancara pada hari Rabu, 18 November 2026 pukul 10.00 WIB di kantor kami, Jl. Sudirman Kav. 21, Jakarta.\n\nHormat kami,\nRina Wulandari\nHRD",
    [Hop("rc", "id", "Tolong dicatat ya.")],
    (2026, 11, 18, 10, 0, "Wed"),
    stated="Asia/Jakarta",
    what="Roundcube (id) forward '-------- Pesan Asli --------'; 'Rabu, 18 November 2026 pukul 10.00 WIB'.",
)
add(
    f,
    "el_webinar_neg",
    "el",
    ("Ομάδα Εκδηλώσεων", "events@aigaio-careers.example.gr"),
    "Europe/Athens",
    (2026, 11, 9, 12, 0, "Mon"),
    "Διαδικτυακό σεμινάριο: Πώς να πετύχετε στη συνέντευξη",
    "Γεια σας,\n\nΣας προσκαλούμε στο δωρεάν διαδικτυακό μας σεμινάριο «Πώς να πετύχετε στη συνέντευξη» την Πέμπτη 19 Νοεμβρίου στις 18:00. Η εγγραφή είναι ανοιχτή σε όλους.\n\nΕγγραφή: https://aigaio-careers.example.gr/webinar\n\nΗ ομάδα μας",
    [Hop("rc", "el", "Ίσως το δω.")],
    None,
    kind=None,
    what="Negative: Roundcube (el) forward of an open webinar about interviews, Thursday 18:00.",
)

# ---------------- imp30 (dev): Horde IMP forwards, original Date header ----------------
f = "imp30"
add(
    f,
    "fi_huomenna_english",
    "fi",
    ("Laura Finch", "laura.finch@brightfield-labs.example.com"),
    "Europe/London",
    (2026, 11, 16, 17, 40, "Mon"),
    "Interview tomorrow",
    "Hi Aino,\n\nFollowing our call, could you join us tomorrow at 11:00 (UK time) for a 30-minute conversation with the hiring manager? We'll call you on Teams.\n\nThanks,\nLaura",
    [Hop("horde", "fi", "Huomenna!", delay=D(hours=1, minutes=5))],
    (2026, 11, 17, 11, 0, "Tue"),
    (2026, 11, 17, 11, 30, "Tue"),
    stated="Europe/London",
    what="Horde (fi) forward 'Päiväys: Mon, 16 Nov 2026 17:40:00 +0000'; 'tomorrow at 11:00 (UK time)' is the Tuesday.",
)
add(
    f,
    "hu_english_friday",
    "hu",
    ("Daniel Brooks", "recruiting@ridgeway-systems.example.com"),
    "Europe/Vienna",
    (2026, 11, 18, 10, 15, "Wed"),
    "Technical interview - Ridgeway Systems",
    "Dear Eszter,\n\nWe are happy to invite you to a technical interview on Friday, November 20 from 9:30 to 10:30 am. The interview will take place online.\n\nBest regards,\nDaniel Brooks",
    [Hop("horde", "hu", "")],
    (2026, 11, 20, 9, 30, "Fri"),
    (2026, 11, 20, 10, 30, "Fri"),
    what="Horde (hu) forward 'Továbbított levél ... címről'; 'Friday, November 20 from 9:30 to 10:30 am', no zone.",
)
add(
    f,
    "lt_rytoj",
    "lt",
    ("Eglė Jankauskaitė", "atranka@amberway.example.lt"),
    "Europe/Vilnius",
    (2026, 11, 23, 16, 10, "Mon"),
    "Pokalbis rytoj",
    "Sveiki, Rūta,\n\npatvirtiname: pokalbis vyks rytoj, 10:30 val., per Zoom.\n\nNuoroda: https://zoom.example.com/j/5512009\n\nEglė",
    [Hop("horde", "lt", "", delay=D(hours=15, minutes=20))],
    (2026, 11, 24, 10, 30, "Tue"),
    what="Horde (lt) forward the next morning; the original's 'rytoj, 10:30 val.' is the Tuesday after the Date header.",
)
add(
    f,
    "et_english_thursday",
    "et",
    ("Sofia Lind", "jobs@kvarn-mobility.example.se"),
    "Europe/Stockholm",
    (2026, 11, 20, 13, 0, "Fri"),
    "Interview with Kvarn Mobility",
    "Hi Kertu,\n\nWe'd like to meet you for a second interview on Thursday 26 November at 14:00 Stockholm time (15:00 in Tallinn). It will take about an hour.\n\nBest,\nSofia",
    [Hop("horde", "et", "Kirjutasin juba vastu.")],
    (2026, 11, 26, 14, 0, "Thu"),
    stated="Europe/Stockholm",
    what="Horde (et) forward; 'Thursday 26 November at 14:00 Stockholm time (15:00 in Tallinn)'.",
)
add(
    f,
    "da_cancel",
    "da",
    ("Jonas Holm", "hr@skagen-design.example.dk"),
    "Europe/Copenhagen",
    (2026, 11, 24, 9, 0, "Tue"),
    "Aflysning af samtale",
    "Kære Freja\n\nVi må desværre aflyse samtalen fredag den 27. november kl. 13.00, da stillingen er sat i bero. Vi vender tilbage, hvis den genopslås.\n\nVenlig hilsen\nJonas Holm",
    [Hop("horde", "da", "Den er aflyst.")],
    (2026, 11, 27, 13, 0, "Fri"),
    kind="cancellation",
    what="Horde (da) forward of a cancellation 'fredag den 27. november kl. 13.00'.",
)
add(
    f,
    "nb_tirsdag_930",
    "nb",
    ("Kari Nilsen", "rekruttering@fjordkraft-it.example.no"),
    "Europe/Oslo",
    (2026, 11, 17, 14, 25, "Tue"),
    "Invitasjon til intervju",
    "Hei Ingrid,\n\nVi inviterer deg til intervju tirsdag 24. november kl. 09.30 i våre lokaler i Bergen. Intervjuet varer i en time.\n\nMvh\nKari Nilsen",
    [Hop("horde", "nb", "Legg inn denne.")],
    (2026, 11, 24, 9, 30, "Tue"),
    (2026, 11, 24, 10, 30, "Tue"),
    what="Horde (nb) forward 'Videresendt melding fra ...'; 'tirsdag 24. november kl. 09.30', one hour.",
)
add(
    f,
    "sk_streda_10",
    "sk",
    ("Peter Baláž", "kariera@tatrasoft.example.sk"),
    "Europe/Bratislava",
    (2026, 11, 18, 11, 11, "Wed"),
    "Pozvánka na pohovor",
    "Dobrý deň, pani Hudecová,\n\npozývame Vás na osobný pohovor v stredu 25. novembra 2026 o 10:00 v našej kancelárii na Mlynských nivách 5.\n\nS pozdravom\nPeter Baláž",
    [Hop("horde", "sk", "")],
    (2026, 11, 25, 10, 0, "Wed"),
    what="Horde (sk) forward 'Preposlaná správa od ...'; 'v stredu 25. novembra 2026 o 10:00'.",
)
add(
    f,
    "sl_job_alert_neg",
    "sl",
    ("Zaposlitev.si", "obvestila@zaposlitev-portal.example.si"),
    "Europe/Ljubljana",
    (2026, 11, 19, 7, 0, "Thu"),
    "Novi oglasi za vas",
    "Pozdravljeni,\n\nza vaše iskanje 'razvijalec' smo našli 3 nove oglase. Rok za prijavo pri prvem je petek, 27. novembra, do 12:00.\n\nOglej si oglase: https://zaposlitev-portal.example.si/iskanje\n\nEkipa portala",
    [Hop("horde", "sl", "Za kasneje.")],
    None,
    kind=None,
    what="Negative: Horde (sl) forward of a job alert with an application deadline 'petek, 27. novembra, do 12:00'.",
)

# ---------------- kmail30 (dev): KMail forwards and a reply ----------------
f = "kmail30"
add(
    f,
    "de_donnerstag_14",
    "de",
    ("Sabine Krüger", "bewerbung@hanse-maschinenbau.example.de"),
    "Europe/Berlin",
    (2026, 11, 10, 9, 12, "Tue"),
    "Einladung zum Vorstellungsgespräch",
    "Sehr geehrter Herr Reinhardt,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 19. November 2026, um 14:00 Uhr in unser Werk in Lübeck ein.\n\nMit freundlichen Grüßen\nSabine Krüger",
    [Hop("kmail", "de", "Bitte eintragen.")],
    (2026, 11, 19, 14, 0, "Thu"),
    what="KMail (de) forward 'Datum: Dienstag, 10. November 2026, 09:12:00 CET'; 'Donnerstag, 19. November 2026, um 14:00 Uhr'.",
)
add(
    f,
    "de_morgen",
    "de",
    ("Jan Vogt", "jan.vogt@elbdata.example.de"),
    "Europe/Berlin",
    (2026, 11, 25, 16, 30, "Wed"),
    "Kurzes Gespräch morgen",
    "Hallo Herr Reinhardt,\n\nwie telefonisch besprochen: Passt es Ihnen morgen um 9:30 Uhr für ein kurzes Videogespräch (ca. 30 Minuten)? Den Link schicke ich vorher.\n\nBeste Grüße\nJan Vogt",
    [Hop("kmail", "de", "", delay=D(hours=16, minutes=2))],
    (2026, 11, 26, 9, 30, "Thu"),
    what="KMail (de) forward the next morning; 'morgen um 9:30 Uhr' is the Thursday after the forwarded Datum.",
)
add(
    f,
    "en_tuesday_pm",
    "en",
    ("Priya Natarajan", "careers@lumen-bio.example.com"),
    "Europe/London",
    (2026, 12, 1, 11, 0, "Tue"),
    "Interview invitation - Lab Technician",
    "Dear Grace,\n\nThank you for applying. We would like to invite you for an interview on Tuesday 8 December at 2.30pm at our Cambridge site. Please allow about 40 minutes.\n\nKind regards,\nPriya Natarajan\nPeople Team",
    [Hop("kmail", "en", "Adding this one.")],
    (2026, 12, 8, 14, 30, "Tue"),
    (2026, 12, 8, 15, 10, "Tue"),
    what="KMail (en) forward 'Date: Tuesday, December 1, 2026, 11:00:00 AM GMT'; 'Tuesday 8 December at 2.30pm', 40 minutes.",
)
add(
    f,
    "de_moved",
    "de",
    ("Sabine Krüger", "bewerbung@hanse-maschinenbau.example.de"),
    "Europe/Berlin",
    (2026, 11, 16, 8, 20, "Mon"),
    "Terminänderung: Vorstellungsgespräch",
    "Sehr geehrter Herr Reinhardt,\n\nleider müssen wir Ihr Gespräch verschieben: statt Donnerstag, 19. November, 14:00 Uhr, findet es nun am Freitag, 20. November 2026, um 10:30 Uhr statt.\n\nMit freundlichen Grüßen\nSabine Krüger",
    [Hop("kmail", "de", "Neuer Termin.")],
    (2026, 11, 20, 10, 30, "Fri"),
    kind="reschedule",
    what="KMail (de) forward of a move 'statt Donnerstag, 19. November, 14:00 Uhr ... am Freitag, 20. November 2026, um 10:30 Uhr'.",
)
add(
    f,
    "de_reply_confirm",
    "de",
    ("Lea Brandt", "lea.brandt@rheinwerk-it.example.de"),
    "Europe/Berlin",
    (2026, 11, 30, 10, 5, "Mon"),
    "Gesprächstermin",
    "Hallo Herr Reinhardt,\n\nwir würden Sie gern am Mittwoch, 9. Dezember, um 11:00 Uhr bei uns in Köln begrüßen. Passt Ihnen das?\n\nViele Grüße\nLea Brandt",
    [
        Hop(
            "kmail-reply",
            "de",
            "Hallo Frau Brandt,\n\nja, das passt mir gut. Ich freue mich auf das Gespräch.\n\nViele Grüße\nTobias Reinhardt",
        )
    ],
    (2026, 12, 9, 11, 0, "Wed"),
    what="KMail (de) bottom-posted reply 'Am Montag, 30. November 2026 10:05:00 CET schrieben Sie:' accepting the quoted slot; copied to the hook.",
)
add(
    f,
    "de_rejection_neg",
    "de",
    ("Personalabteilung", "bewerbung@hanse-maschinenbau.example.de"),
    "Europe/Berlin",
    (2026, 11, 27, 15, 0, "Fri"),
    "Ihre Bewerbung",
    "Sehr geehrter Herr Reinhardt,\n\nvielen Dank für das angenehme Gespräch am Donnerstag, 19. November, um 14:00 Uhr. Nach sorgfältiger Prüfung haben wir uns für eine andere Kandidatin entschieden.\n\nWir wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    [Hop("kmail", "de", "Schade.")],
    None,
    kind=None,
    what="Negative: KMail (de) forward of a rejection naming the past interview.",
)

# ---------------- evo30 (dev): Evolution forwards, replies and forwarded threads ----------------
f = "evo30"
add(
    f,
    "fwd_monday_est",
    "en",
    ("Rachel Kim", "rkim@harborline-capital.example.com"),
    "America/New_York",
    (2026, 11, 20, 15, 30, "Fri"),
    "Interview - Operations Analyst",
    "Hi Grace,\n\nWe'd love to set up a call with our COO on Monday, November 30 at 10:00 AM ET. It should take about 45 minutes.\n\nBest,\nRachel",
    [Hop("evo", "en", "FYI, adding to calendar.")],
    (2026, 11, 30, 10, 0, "Mon"),
    (2026, 11, 30, 10, 45, "Mon"),
    stated="yes",
    what="Evolution forward 'Date: Fri, 20 Nov 2026 15:30:00 -0500'; 'Monday, November 30 at 10:00 AM ET', 45 minutes.",
)
add(
    f,
    "thread_newest_fixes",
    "en",
    ("Olivia Grant", "olivia.grant@tessellate.example.co.uk"),
    "Europe/London",
    (2026, 12, 1, 9, 0, "Tue"),
    "Next steps",
    "Hi Grace,\n\nCould you do Thursday 10 December at 10:00 or Friday 11 December at 15:00 for the panel interview?\n\nBest,\nOlivia",
    [
        Hop("evo-reply", "en", "Hi Olivia,\n\nFriday at 15:00 works best for me.\n\nGrace"),
        Hop(
            "evo-top",
            "en",
            "Great, Friday 11 December at 15:00 it is. The panel will last an hour.\n\nOlivia",
            by=("Olivia Grant", "olivia.grant@tessellate.example.co.uk"),
        ),
        Hop("evo", "en", "This is the final time."),
    ],
    (2026, 12, 11, 15, 0, "Fri"),
    (2026, 12, 11, 16, 0, "Fri"),
    what="Evolution forward of a thread: two proposals, the candidate picks one, the recruiter's newest mail fixes Friday 15:00.",
)
add(
    f,
    "thread_moved_again",
    "en",
    ("Ben Carter", "ben.carter@quayfield.example.com"),
    "Europe/London",
    (2026, 12, 2, 10, 0, "Wed"),
    "Interview slot",
    "Hi Grace,\n\nYour interview is booked for Monday 14 December at 11:00.\n\nBen",
    [
        Hop(
            "evo-reply",
            "en",
            "Thanks Ben, could we make it later that day? I have an exam in the morning.\n\nGrace",
        ),
        Hop(
            "evo-top",
            "en",
            "No problem - I've moved it to Monday 14 December at 16:00, same room.\n\nBen",
            by=("Ben Carter", "ben.carter@quayfield.example.com"),
        ),
        Hop("evo", "en", ""),
    ],
    (2026, 12, 14, 16, 0, "Mon"),
    kind="reschedule",
    what="Evolution forward of a thread: booked 11:00, the candidate asks for later, the newest mail moves it to 16:00.",
)
add(
    f,
    "reply_accept",
    "en",
    ("Hannah Moore", "hannah.moore@veridian-health.example.com"),
    "Europe/London",
    (2026, 12, 3, 14, 0, "Thu"),
    "Interview invitation",
    "Dear Grace,\n\nWe'd like to invite you to interview on Wednesday 16 December at 9:30am at our Leeds office.\n\nKind regards,\nHannah",
    [
        Hop(
            "evo-top",
            "en",
            "Dear Hannah,\n\nThank you, I'm happy to confirm Wednesday at 9:30am.\n\nBest wishes,\nGrace",
        )
    ],
    (2026, 12, 16, 9, 30, "Wed"),
    what="Evolution top-posted reply over 'On Thu, 2026-12-03 at 14:00 +0000, Hannah Moore wrote:' confirming the quoted slot.",
)
add(
    f,
    "fwd_tomorrow_utc",
    "en",
    ("Scheduling", "schedule@orbitpay.example.com"),
    "Europe/Dublin",
    (2026, 12, 7, 18, 0, "Mon"),
    "Your interview tomorrow",
    "Hi Grace,\n\nA quick reminder that your interview with OrbitPay is tomorrow at 12:00 (Dublin time), on Google Meet: https://meet.example.com/orb-xyz-123\n\nGood luck!",
    [Hop("evo", "en", "", delay=D(hours=14))],
    (2026, 12, 8, 12, 0, "Tue"),
    stated="Europe/Dublin",
    what="Evolution forward the next morning of a reminder 'tomorrow at 12:00 (Dublin time)'; 'tomorrow' is read from the forwarded Date.",
)
add(
    f,
    "newsletter_neg",
    "en",
    ("CareerCraft Weekly", "newsletter@careercraft.example.com"),
    "America/Chicago",
    (2026, 12, 4, 6, 0, "Fri"),
    "This week: ace your interview",
    "This week in CareerCraft:\n\n- Live Q&A: 'Salary talks', Tuesday December 8 at 12:00 PM CT\n- Mock interview office hours, Thursday 1-3pm CT\n\nReserve your seat: https://careercraft.example.com/live\n\nUnsubscribe: https://careercraft.example.com/u",
    [Hop("evo", "en", "Might join this.")],
    None,
    kind=None,
    what="Negative: Evolution forward of a newsletter with live sessions and times.",
)

# ---------------- ownnote30 (dev): the user's own times in the note ----------------
f = "ownnote30"
add(
    f,
    "hu_train",
    "hu",
    ("Anna Weber", "anna.weber@alpine-robotics.example.at"),
    "Europe/Vienna",
    (2026, 11, 11, 13, 0, "Wed"),
    "Interview invitation",
    "Dear Eszter,\n\nWe would like to invite you to an on-site interview in Vienna on Monday, 23 November 2026 at 13:00.\n\nBest regards,\nAnna Weber",
    [Hop("rc", "hu", "A vonatom 8:40-kor indul Keletiből, 11:20-ra érek Bécsbe.")],
    (2026, 11, 23, 13, 0, "Mon"),
    what="Roundcube (hu) forward; the note names the user's own train times (8:40, 11:20), the slot is 13:00.",
)
add(
    f,
    "fi_shift",
    "fi",
    ("Oskari Virtanen", "rekry@saimaa-logistiikka.example.fi"),
    "Europe/Helsinki",
    (2026, 11, 12, 10, 0, "Thu"),
    "Haastattelukutsu",
    "Hei Aino,\n\nKutsumme sinut haastatteluun tiistaina 17.11.2026 klo 13.00–14.00 toimistollemme Lappeenrannassa.\n\nTerveisin\nOskari Virtanen",
    [Hop("horde", "fi", "Minulla on vuoro tiistaina klo 6–12, ehdin hyvin.")],
    (2026, 11, 17, 13, 0, "Tue"),
    (2026, 11, 17, 14, 0, "Tue"),
    what="Horde (fi) forward; the note gives the user's shift 'tiistaina klo 6–12', the slot is 13.00–14.00.",
)
add(
    f,
    "de_dentist",
    "de",
    ("Markus Lenz", "karriere@isar-medtech.example.de"),
    "Europe/Berlin",
    (2026, 12, 1, 9, 40, "Tue"),
    "Einladung zum Gespräch",
    "Hallo Herr Reinhardt,\n\nwir möchten Sie am Freitag, 11. Dezember 2026, um 15:00 Uhr zu einem Gespräch einladen.\n\nViele Grüße\nMarkus Lenz",
    [
        Hop(
            "kmail",
            "de",
            "Achtung: Zahnarzt am Freitag um 9 Uhr, das Gespräch ist erst nachmittags.",
        )
    ],
    (2026, 12, 11, 15, 0, "Fri"),
    what="KMail (de) forward; the note names the user's dentist 'Freitag um 9 Uhr', the slot is 15:00.",
)
add(
    f,
    "en_leaving_at",
    "en",
    ("Tom Ellis", "tom.ellis@greyfriars-law.example.co.uk"),
    "Europe/London",
    (2026, 12, 2, 16, 0, "Wed"),
    "Interview - Paralegal",
    "Dear Grace,\n\nWe'd like to see you on Thursday 10 December at 11.15am at our Edinburgh office.\n\nKind regards,\nTom Ellis",
    [Hop("evo", "en", "Note to self: leave at 8:30, meeting Sam for lunch at 1pm after.")],
    (2026, 12, 10, 11, 15, "Thu"),
    what="Evolution forward; the note names the user's own times (8:30, 1pm), the slot is 11.15am.",
)
add(
    f,
    "da_available",
    "da",
    ("Sara Lund", "sara.lund@oresund-pharma.example.dk"),
    "Europe/Copenhagen",
    (2026, 11, 25, 11, 0, "Wed"),
    "Samtale",
    "Hej Freja\n\nVi kunne godt tænke os at se dig onsdag den 2. december kl. 14.30.\n\nMvh\nSara",
    [Hop("rc", "da", "Jeg har fri fra kl. 12 den dag, så det passer.")],
    (2026, 12, 2, 14, 30, "Wed"),
    what="Roundcube (da) forward; the note 'fri fra kl. 12' is the user's, the slot is 14.30.",
)
add(
    f,
    "sk_bus",
    "sk",
    ("Martina Kováčová", "hr@vah-stavby.example.sk"),
    "Europe/Bratislava",
    (2026, 11, 26, 8, 30, "Thu"),
    "Pozvánka na pohovor",
    "Dobrý deň,\n\npozývame Vás na pohovor v piatok 4. decembra 2026 o 13:30 v Trnave.\n\nS pozdravom\nMartina Kováčová",
    [Hop("horde", "sk", "Autobus ide o 11:05, budem tam o 12:10.")],
    (2026, 12, 4, 13, 30, "Fri"),
    what="Horde (sk) forward; the note names the user's bus times (11:05, 12:10), the slot is 13:30.",
)

# ---------------- fwdneg30 (dev): forwarded look-alikes ----------------
f = "fwdneg30"
add(
    f,
    "lt_job_alert",
    "lt",
    ("CV Portalas", "pranesimai@cv-portalas.example.lt"),
    "Europe/Vilnius",
    (2026, 11, 16, 7, 30, "Mon"),
    "Nauji darbo pasiūlymai",
    "Sveiki,\n\nradome 5 naujus pasiūlymus pagal jūsų paiešką. Atvirų durų diena pas UAB Baltų tinklai vyks ketvirtadienį, lapkričio 19 d., 16:00.\n\nPeržiūrėti: https://cv-portalas.example.lt/p\n",
    [Hop("rc", "lt", "")],
    None,
    kind=None,
    what="Negative: Roundcube (lt) forward of a job alert with an open day at 16:00.",
)
add(
    f,
    "en_rejection",
    "en",
    ("Talent Team", "talent@brightfield-labs.example.com"),
    "Europe/London",
    (2026, 11, 27, 12, 0, "Fri"),
    "Your application",
    "Hi Grace,\n\nThank you for interviewing with us on Tuesday 24 November at 2pm. Unfortunately we have decided not to move forward.\n\nBest wishes,\nTalent Team",
    [Hop("horde", "en", "Oh well.")],
    None,
    kind=None,
    what="Negative: Horde (en) forward of a rejection naming the past interview.",
)
add(
    f,
    "de_assessment",
    "de",
    ("Recruiting", "noreply@bewerbung-rheinbank.example.de"),
    "Europe/Berlin",
    (2026, 12, 1, 10, 0, "Tue"),
    "Online-Test",
    "Hallo Herr Reinhardt,\n\nbitte absolvieren Sie unseren Online-Test bis Montag, 7. Dezember, 23:59 Uhr. Sie können ihn jederzeit starten; er dauert ca. 45 Minuten.\n\nZum Test: https://bewerbung-rheinbank.example.de/test\n",
    [Hop("kmail", "de", "Bis Montag machen.")],
    None,
    kind=None,
    what="Negative: KMail (de) forward of an online test with a deadline.",
)
add(
    f,
    "fi_career_fair",
    "fi",
    ("Uramessut", "info@uramessut.example.fi"),
    "Europe/Helsinki",
    (2026, 11, 18, 9, 0, "Wed"),
    "Tervetuloa Uramessuille",
    "Hei,\n\nUramessut järjestetään torstaina 3.12. klo 10–16 Helsingin Messukeskuksessa. Tapaa yli 80 työnantajaa!\n\nIlmoittaudu: https://uramessut.example.fi\n",
    [Hop("horde", "fi", "Menisinkö?")],
    None,
    kind=None,
    what="Negative: Horde (fi) forward of a career fair 'torstaina 3.12. klo 10–16'.",
)
add(
    f,
    "en_pick_slot",
    "en",
    ("Calendly-style Scheduler", "notifications@slotbook.example.com"),
    "America/New_York",
    (2026, 12, 2, 9, 0, "Wed"),
    "Pick a time for your interview",
    "Hi Grace,\n\nRachel Kim has invited you to schedule a 30-minute interview. Available times include Monday Dec 7, 10:00 AM - 4:00 PM ET.\n\nPick a time: https://slotbook.example.com/rkim/30min\n",
    [Hop("evo", "en", "Need to choose a slot.")],
    None,
    kind=None,
    what="Negative: Evolution forward of a pick-a-slot link with an availability window.",
)
add(
    f,
    "ro_newsletter",
    "ro",
    ("Echipa Joburi", "newsletter@joburi-acum.example.ro"),
    "Europe/Bucharest",
    (2026, 11, 20, 8, 0, "Fri"),
    "Newsletter: sfaturi pentru interviu",
    "Bună,\n\nÎn acest număr: cum te pregătești pentru interviu. Participă la sesiunea live de marți, 1 decembrie, la ora 19:00!\n\nÎnscrie-te: https://joburi-acum.example.ro/live\n",
    [Hop("rc", "ro", "")],
    None,
    kind=None,
    what="Negative: Roundcube (ro) forward of a newsletter with a live session.",
)
add(
    f,
    "ru_webinar",
    "ru",
    ("Карьерный центр", "events@karera-centr.example.ru"),
    "Europe/Moscow",
    (2026, 11, 23, 12, 0, "Mon"),
    "Вебинар: как пройти собеседование",
    "Здравствуйте!\n\nПриглашаем на открытый вебинар «Как пройти собеседование» в четверг, 26 ноября, в 19:00 по Москве. Участие бесплатное.\n\nРегистрация: https://karera-centr.example.ru/webinar\n",
    [Hop("yandex", "ru", "Посмотрю.")],
    None,
    kind=None,
    what="Negative: Yandex-style forward of an open webinar.",
)

# ---------------- htmlnest30 (dev): HTML-only forwards ----------------
f = "htmlnest30"
add(
    f,
    "rchtml_hu",
    "hu",
    ("Tóth Bence", "bence.toth@pannon-ferries.example.hu"),
    "Europe/Budapest",
    (2026, 11, 24, 10, 0, "Tue"),
    "Interjú időpont",
    "Kedves Eszter!\n\nAz interjú időpontja: 2026. december 3., csütörtök, 9:00–10:00.\nHelyszín: Budapest, Bem rakpart 12.\n\nÜdvözlettel:\nTóth Bence",
    [Hop("rc-html", "hu", "")],
    (2026, 12, 3, 9, 0, "Thu"),
    (2026, 12, 3, 10, 0, "Thu"),
    html=True,
    what="Roundcube (hu) HTML-only forward: header as a <table>, the original HTML-only; '2026. december 3., csütörtök, 9:00–10:00'.",
)
add(
    f,
    "rchtml_el_english",
    "el",
    ("James Porter", "jporter@meridian-shipping.example.com"),
    "Europe/London",
    (2026, 11, 25, 15, 0, "Wed"),
    "Interview invitation",
    "Dear Eleni,\n\nPlease join us for an interview on Wednesday 2 December at 11:00 GMT (13:00 Athens).\n\nRegards,\nJames Porter",
    [Hop("rc-html", "el", "Για το ημερολόγιο.")],
    (2026, 12, 2, 11, 0, "Wed"),
    stated="yes",
    html=True,
    what="Roundcube (el) HTML-only forward; 'Wednesday 2 December at 11:00 GMT (13:00 Athens)'.",
)
add(
    f,
    "hordehtml_nb",
    "nb",
    ("Ola Berg", "ola.berg@nordlys-media.example.no"),
    "Europe/Oslo",
    (2026, 11, 30, 13, 0, "Mon"),
    "Intervju",
    "Hei Ingrid,\n\nVelkommen til intervju torsdag 10. desember kl. 13.00 hos oss i Tromsø.\n\nHilsen Ola",
    [Hop("horde-html", "nb", "")],
    (2026, 12, 10, 13, 0, "Thu"),
    html=True,
    what="Horde (nb) HTML forward (text2html of the header block); 'torsdag 10. desember kl. 13.00'.",
)
add(
    f,
    "nested_rc_reply_fwd",
    "ro",
    ("Mihai Popa", "mihai.popa@danubia-tech.example.ro"),
    "Europe/Bucharest",
    (2026, 12, 1, 10, 0, "Tue"),
    "Interviu",
    "Bună ziua,\n\nPropunem interviul marți, 8 decembrie, la ora 10:00. Vă convine?\n\nMihai Popa",
    [
        Hop("rc-reply", "ro", "Bună ziua,\n\nDa, marți la ora 10:00 îmi convine.\n\nAndreea"),
        Hop("rc-html", "ro", "Confirmat."),
    ],
    (2026, 12, 8, 10, 0, "Tue"),
    html=True,
    what="Roundcube (ro) HTML forward of the user's own bottom-posted reply ('În 2026-12-01 ..., Mihai Popa a scris:') accepting 'marți, 8 decembrie, la ora 10:00'.",
)
add(
    f,
    "hordehtml_sl_neg",
    "sl",
    ("Kariera Center", "novice@kariera-center.example.si"),
    "Europe/Ljubljana",
    (2026, 12, 2, 9, 0, "Wed"),
    "Dan odprtih vrat",
    "Pozdravljeni,\n\nvabimo vas na dan odprtih vrat v sredo, 9. decembra, od 10. do 14. ure. Prijava ni potrebna.\n\nKariera Center",
    [Hop("horde-html", "sl", "Mogoče grem.")],
    None,
    kind=None,
    html=True,
    what="Negative: Horde (sl) HTML forward of an open day.",
)
add(
    f,
    "rchtml_id_thread",
    "id",
    ("Agus Santoso", "agus.santoso@garuda-retail.example.co.id"),
    "Asia/Jakarta",
    (2026, 12, 2, 9, 0, "Wed"),
    "Jadwal wawancara",
    "Halo Dewi,\n\nApakah Anda bisa wawancara hari Kamis, 10 Desember pukul 14.00 WIB?\n\nAgus",
    [
        Hop(
            "rc-reply",
            "id",
            "Halo Pak Agus,\n\nMohon maaf, Kamis saya tidak bisa. Apakah Jumat bisa?\n\nDewi",
        ),
        Hop(
            "rc-reply",
            "id",
            "Baik, kita ganti ke hari Jumat, 11 Desember pukul 09.00 WIB.\n\nAgus",
            by=("Agus Santoso", "agus.santoso@garuda-retail.example.co.id"),
        ),
        Hop("rc-html", "id", ""),
    ],
    (2026, 12, 11, 9, 0, "Fri"),
    stated="Asia/Jakarta",
    html=True,
    kind="reschedule",
    what="Roundcube (id) HTML forward of a bottom-posted thread: Thursday 14.00 proposed, the newest reply moves it to 'Jumat, 11 Desember pukul 09.00 WIB'.",
)

# ---------------- bqnest30 (dev): Roundcube HTML reply threads in nested blockquotes ----------------
f = "bqnest30"
WILL = ("William Hart", "william.hart@corvid-engineering.example.com")
add(
    f,
    "hu_newest_confirms",
    "hu",
    WILL,
    "Europe/London",
    (2026, 12, 1, 9, 0, "Tue"),
    "Interview slots",
    "Dear Eszter,\n\nWe could offer Wednesday 9 December at 10:00 or Thursday 10 December at 14:00 (UK time) for the technical interview.\n\nBest,\nWilliam",
    [
        Hop(
            "rc-html-reply",
            "hu",
            "Dear William,\n\nThursday at 14:00 would suit me best.\n\nEszter",
        ),
        Hop(
            "rc-html-reply",
            "hu",
            "Dear Eszter,\n\nConfirmed: Thursday 10 December at 14:00 UK time, one hour, on Teams.\n\nWilliam",
            by=WILL,
        ),
        Hop("rc-html", "hu", "Ez a végleges."),
    ],
    (2026, 12, 10, 14, 0, "Thu"),
    (2026, 12, 10, 15, 0, "Thu"),
    stated="Europe/London",
    html=True,
    what="Roundcube HTML thread (two proposals, the candidate picks, the recruiter confirms) in nested <blockquote>s, forwarded (hu).",
)
CAMILLA = ("Camilla Berg", "camilla.berg@sundby-foods.example.dk")
add(
    f,
    "da_newest_moves",
    "da",
    CAMILLA,
    "Europe/Copenhagen",
    (2026, 12, 2, 10, 0, "Wed"),
    "Samtale",
    "Hej Freja\n\nVi har booket din samtale mandag den 14. december kl. 9.00.\n\nMvh\nCamilla",
    [
        Hop(
            "rc-html-reply",
            "da",
            "Hej Camilla\n\nKan vi rykke den til senere på dagen? Jeg har en eksamen om morgenen.\n\nFreja",
        ),
        Hop(
            "rc-html-reply",
            "da",
            "Hej Freja\n\nSelvfølgelig. Samtalen er nu flyttet til mandag den 14. december kl. 15.00.\n\nCamilla",
            by=CAMILLA,
        ),
        Hop("rc-html", "da", ""),
    ],
    (2026, 12, 14, 15, 0, "Mon"),
    kind="reschedule",
    html=True,
    what="Roundcube HTML thread: booked 9.00, the candidate asks for later, the newest reply moves it to 15.00 ('er nu flyttet til'); forwarded (da).",
)
add(
    f,
    "fi_reply_accepts",
    "fi",
    ("Jukka Niemi", "jukka.niemi@kallio-games.example.fi"),
    "Europe/Helsinki",
    (2026, 12, 3, 13, 0, "Thu"),
    "Haastattelu",
    "Hei Aino,\n\nSopisiko haastattelu perjantaina 11.12. klo 10.00 toimistollamme?\n\nTerveisin\nJukka",
    [Hop("rc-html-reply", "fi", "Hei Jukka,\n\nperjantai klo 10.00 sopii hyvin. Nähdään!\n\nAino")],
    (2026, 12, 11, 10, 0, "Fri"),
    html=True,
    what="Roundcube (fi) HTML bottom-posted reply 'Jukka Niemi kirjoitti 2026-12-03 13:00:' accepting the quoted Friday 10.00; copied to the hook.",
)
MIHAI = ("Mihai Popa", "mihai.popa@danubia-tech.example.ro")
add(
    f,
    "ro_looks_back_neg",
    "ro",
    MIHAI,
    "Europe/Bucharest",
    (2026, 12, 10, 15, 0, "Thu"),
    "Rezultatul interviului",
    "Bună ziua,\n\nVă mulțumim pentru interviul de marți, 8 decembrie, de la ora 10:00. Din păcate, am ales un alt candidat.\n\nMihai Popa",
    [
        Hop(
            "rc-html-reply",
            "ro",
            "Bună ziua,\n\nVă mulțumesc. Îmi puteți oferi un feedback?\n\nAndreea",
        ),
        Hop(
            "rc-html-reply",
            "ro",
            "Bună ziua,\n\nSigur: interviul tehnic de marți a fost bun, dar am avut nevoie de mai multă experiență cu Kubernetes.\n\nMihai",
            by=MIHAI,
        ),
        Hop("rc-html", "ro", "De păstrat."),
    ],
    None,
    kind=None,
    html=True,
    what="Negative: Roundcube HTML thread after a rejection; the quoted mails name the past interview (Tuesday 10:00); forwarded (ro).",
)
NIKOS = ("Nikos Georgiou", "n.georgiou@aegean-logistics.example.gr")
add(
    f,
    "el_newest_after_old",
    "el",
    NIKOS,
    "Europe/Athens",
    (2026, 12, 1, 11, 0, "Tue"),
    "Interview",
    "Dear Eleni,\n\nYour interview was set for Monday 7 December at 11:00, but our director is travelling that day.\n\nNikos",
    [
        Hop(
            "rc-html-reply",
            "el",
            "Dear Nikos,\n\nNo problem, which day would work instead?\n\nEleni",
        ),
        Hop(
            "rc-html-reply",
            "el",
            "Dear Eleni,\n\nLet's meet on Tuesday 8 December at 12:00 instead, same place.\n\nNikos",
            by=NIKOS,
        ),
        Hop("rc-html", "el", ""),
    ],
    (2026, 12, 8, 12, 0, "Tue"),
    kind="reschedule",
    html=True,
    what="Roundcube HTML thread: the first mail drops Monday 11:00, the newest in the outer blockquote level sets Tuesday 12:00 'instead'; forwarded (el).",
)

# ---------------- yandex30 (dev): Yandex-style Russian forwards ----------------
f = "yandex30"
add(
    f,
    "ru_chetverg_15",
    "ru",
    ("Ольга Иванова", "hr@volga-tech.example.ru"),
    "Europe/Moscow",
    (2026, 11, 26, 11, 0, "Thu"),
    "Приглашение на собеседование",
    "Добрый день, Мария!\n\nПриглашаем вас на собеседование в четверг, 3 декабря, в 15:00. Адрес: Москва, ул. Новослободская, 14, офис 301.\n\nС уважением,\nОльга Иванова",
    [Hop("yandex", "ru", "Добавь, пожалуйста.")],
    (2026, 12, 3, 15, 0, "Thu"),
    what="Yandex-style forward '26.11.2026, 11:00, \"Ольга Иванова\" <...>:'; 'в четверг, 3 декабря, в 15:00'.",
)
add(
    f,
    "ru_zavtra",
    "ru",
    ("Игорь Петров", "igor.petrov@sever-stroy.example.ru"),
    "Europe/Moscow",
    (2026, 12, 7, 17, 0, "Mon"),
    "Встреча завтра",
    "Мария, добрый вечер!\n\nПодтверждаю нашу встречу завтра в 11:30 по видеосвязи. Ссылка: https://telemost.example.ru/j/889\n\nИгорь",
    [Hop("yandex", "ru", "", delay=D(hours=15))],
    (2026, 12, 8, 11, 30, "Tue"),
    what="Yandex-style forward the next morning; 'завтра в 11:30' is the Tuesday after the forwarded date.",
)
add(
    f,
    "en_english_msk",
    "ru",
    ("Anna Schultz", "anna.schultz@polar-soft.example.com"),
    "Europe/Berlin",
    (2026, 12, 3, 10, 0, "Thu"),
    "Interview invitation",
    "Dear Maria,\n\nWe would like to invite you to a video interview on Friday 11 December at 10:00 CET (12:00 Moscow).\n\nBest regards,\nAnna Schultz",
    [Hop("yandex", "ru", "")],
    (2026, 12, 11, 10, 0, "Fri"),
    stated="yes",
    what="Yandex-style forward of an English invitation '10:00 CET (12:00 Moscow)'.",
)
add(
    f,
    "ru_perenos",
    "ru",
    ("Ольга Иванова", "hr@volga-tech.example.ru"),
    "Europe/Moscow",
    (2026, 12, 1, 9, 30, "Tue"),
    "Перенос собеседования",
    "Мария, добрый день!\n\nК сожалению, вынуждены перенести собеседование с четверга, 3 декабря, 15:00 на пятницу, 4 декабря 2026, 12:00. Адрес прежний.\n\nОльга",
    [Hop("yandex", "ru", "Перенесли.")],
    (2026, 12, 4, 12, 0, "Fri"),
    kind="reschedule",
    what="Yandex-style forward of a move 'с четверга, 3 декабря, 15:00 на пятницу, 4 декабря 2026, 12:00'.",
)
add(
    f,
    "ru_otkaz_neg",
    "ru",
    ("Ольга Иванова", "hr@volga-tech.example.ru"),
    "Europe/Moscow",
    (2026, 12, 9, 14, 0, "Wed"),
    "Результаты собеседования",
    "Мария, добрый день!\n\nБлагодарим вас за собеседование 4 декабря в 12:00. К сожалению, мы выбрали другого кандидата.\n\nС уважением,\nОльга",
    [Hop("yandex", "ru", "")],
    None,
    kind=None,
    what="Negative: Yandex-style forward of a rejection naming the past interview.",
)

# ---------------- zones30 (heldout): original Date zones decide weekday / 'tomorrow' ----------------
f = "zones30"
add(
    f,
    "ny_tomorrow_et",
    "da",
    ("Chris Walker", "cwalker@hudsonpoint.example.com"),
    "America/New_York",
    (2026, 11, 23, 21, 0, "Mon"),
    "Interview tomorrow",
    "Hi Freja,\n\nThanks for your flexibility. Let's speak tomorrow at 9:00 AM ET; I'll send a Zoom link in the morning.\n\nChris",
    [Hop("horde", "da", "", delay=D(hours=3, minutes=30))],
    (2026, 11, 24, 9, 0, "Tue"),
    stated="yes",
    what="Horde (da) forward; the original Date is Monday 21:00 -0500 (Tuesday in Copenhagen); 'tomorrow at 9:00 AM ET' is the Tuesday.",
)
add(
    f,
    "la_tomorrow_pacific",
    "en",
    ("Dana Ruiz", "dana@sunbelt-games.example.com"),
    "America/Los_Angeles",
    (2026, 12, 3, 18, 30, "Thu"),
    "Quick chat tomorrow?",
    "Hi Grace,\n\nWould tomorrow at 8am Pacific work for a 30-minute call with our art director? That's 4pm for you.\n\nDana",
    [Hop("evo", "en", "", delay=D(hours=4))],
    (2026, 12, 4, 8, 0, "Fri"),
    (2026, 12, 4, 8, 30, "Fri"),
    stated="yes",
    what="Evolution forward; the original Date is Thursday 18:30 -0800 (Friday in London); 'tomorrow at 8am Pacific' is Friday.",
)
add(
    f,
    "tokyo_thursday_jst",
    "en",
    ("Sato Kenji", "k.sato@hikari-robotics.example.jp"),
    "Asia/Tokyo",
    (2026, 12, 8, 8, 0, "Tue"),
    "Interview schedule",
    "Dear Grace,\n\nWe would like to hold the online interview this Thursday, December 10, at 10:00 JST.\n\nBest regards,\nSato Kenji",
    [Hop("evo", "en", "Very early for me!", delay=D(minutes=40))],
    (2026, 12, 10, 10, 0, "Thu"),
    stated="Asia/Tokyo",
    what="Evolution forward late Monday in London of a Tuesday-morning Tokyo mail; 'this Thursday, December 10, at 10:00 JST'.",
)
add(
    f,
    "sydney_monday",
    "en",
    ("Mia Thompson", "mia.thompson@coralbay-health.example.com.au"),
    "Australia/Sydney",
    (2026, 12, 11, 7, 0, "Fri"),
    "Interview on Monday",
    "Hi Grace,\n\nWe'd like to interview you on Monday at 9:30am Sydney time via Teams. Please let me know if that works.\n\nMia",
    [Hop("kmail", "en", "", delay=D(hours=1, minutes=30))],
    (2026, 12, 14, 9, 30, "Mon"),
    stated="Australia/Sydney",
    what="KMail (en) forward shows the Date in London (Thursday evening); the original's Friday-morning 'Monday at 9:30am Sydney time' is 14 December.",
)
add(
    f,
    "kolkata_tomorrow_ist",
    "hu",
    ("Ananya Rao", "ananya.rao@tarang-software.example.in"),
    "Asia/Kolkata",
    (2026, 12, 16, 23, 30, "Wed"),
    "Interview tomorrow",
    "Dear Eszter,\n\nAs discussed, your interview with our Bengaluru team is scheduled for tomorrow at 11:00 AM IST on Google Meet.\n\nRegards,\nAnanya",
    [Hop("rc", "hu", "", delay=D(minutes=50))],
    (2026, 12, 17, 11, 0, "Thu"),
    stated="Asia/Kolkata",
    what="Roundcube (hu) forward 'Dátum: 2026-12-16 19:00'; the original is 23:30 IST Wednesday; 'tomorrow at 11:00 AM IST' is Thursday.",
)
add(
    f,
    "ny_dst_gap",
    "de",
    ("Chris Walker", "cwalker@hudsonpoint.example.com"),
    "America/New_York",
    (2027, 3, 15, 16, 0, "Mon"),
    "Second interview",
    "Hi Tobias,\n\nWe'd like to schedule your second interview for Wednesday, March 17 at 10:00 AM ET (15:00 CET for you).\n\nBest,\nChris",
    [Hop("kmail", "de", "")],
    (2027, 3, 17, 10, 0, "Wed"),
    stated="yes",
    what="KMail (de) forward in the US/EU DST gap; '10:00 AM ET (15:00 CET)' is 14:00 UTC.",
)

# ---------------- via30 (heldout): sender rewritten by a list or a client ----------------
f = "via30"
add(
    f,
    "group_via_da",
    "da",
    ("Lena Fischer via Recruiting", "recruiting@groups.nordwind-labs.example.com"),
    "Europe/Berlin",
    (2026, 11, 17, 10, 0, "Tue"),
    "Interview invitation - Nordwind Labs",
    "Hi Freja,\n\nThanks for applying to Nordwind Labs. Could you join us for a video interview on Thursday 26 November at 11:00 CET?\n\nBest,\nLena Fischer",
    [Hop("rc", "da", "")],
    (2026, 11, 26, 11, 0, "Thu"),
    stated="yes",
    what="Roundcube (da) forward; the forwarded From is the group 'Lena Fischer via Recruiting <recruiting@groups...>'.",
)
add(
    f,
    "behalf_nb",
    "nb",
    ("Talentteam on behalf of Erik Dahl", "talent@havbris-foods.example.no"),
    "Europe/Oslo",
    (2026, 11, 18, 13, 0, "Wed"),
    "Intervju hos Havbris",
    "Hei Ingrid,\n\nErik Dahl vil gjerne møte deg til intervju mandag 30. november kl. 10.00 i Ålesund.\n\nHilsen Talentteamet",
    [Hop("horde", "nb", "")],
    (2026, 11, 30, 10, 0, "Mon"),
    what="Horde (nb) forward of a mail sent 'on behalf of' the hiring manager; original_sender is the shown address.",
)
add(
    f,
    "ats_via_de",
    "de",
    ("Sven Otto via Hireflow", "notifications@hireflow.example.com"),
    "Europe/Berlin",
    (2026, 11, 19, 9, 0, "Thu"),
    "Einladung zum Interview",
    "Hallo Tobias,\n\nich möchte Sie gern am Dienstag, 1. Dezember 2026, um 16:00 Uhr zu einem Videointerview einladen.\n\nBeste Grüße\nSven Otto",
    [Hop("kmail", "de", "")],
    (2026, 12, 1, 16, 0, "Tue"),
    what="KMail (de) forward of an ATS relay 'Sven Otto via Hireflow <notifications@...>'.",
)
add(
    f,
    "list_en_thread",
    "en",
    ("Priya Shah via jobs-uk", "jobs-uk@lists.makerspace.example.org"),
    "Europe/London",
    (2026, 11, 20, 12, 0, "Fri"),
    "[jobs-uk] Interview - volunteer coordinator",
    "Hi Grace,\n\n(Sorry all, this went to the list by mistake.) Your interview is on Wednesday 2 December at 5.30pm at the Makerspace.\n\nPriya",
    [Hop("evo", "en", "")],
    (2026, 12, 2, 17, 30, "Wed"),
    what="Evolution forward of a list-rewritten From 'Priya Shah via jobs-uk <jobs-uk@lists...>'.",
)
add(
    f,
    "via_neg_event",
    "fi",
    ("Tapahtumat via Alumni", "alumni@lists.tek-alumni.example.fi"),
    "Europe/Helsinki",
    (2026, 11, 23, 8, 0, "Mon"),
    "Urailta alumneille",
    "Hei kaikki,\n\ntervetuloa urailtaan keskiviikkona 2.12. klo 17–19. Illan aiheena työhaastattelut.\n\nIlmoittaudu: https://tek-alumni.example.fi/urailta\n",
    [Hop("horde", "fi", "")],
    None,
    kind=None,
    what="Negative: Horde (fi) forward of an alumni list event about interviews.",
)
add(
    f,
    "calendar_via_sk",
    "sk",
    ("Jana Mrázová (via Teamcal)", "calendar-notification@teamcal.example.com"),
    "Europe/Bratislava",
    (2026, 11, 24, 15, 0, "Tue"),
    "Pozvánka: Pohovor – Jana Mrázová",
    "Pozvánka: Pohovor\nKedy: štvrtok 3. decembra 2026 14:00 – 15:00 (SEČ)\nKde: Zasadačka 2, Hlavná 10, Košice\nOrganizátor: jana.mrazova@kosice-it.example.sk\n",
    [Hop("horde", "sk", "")],
    (2026, 12, 3, 14, 0, "Thu"),
    (2026, 12, 3, 15, 0, "Thu"),
    stated="yes",
    cal=("fwd30-sk-teamcal-5530@teamcal.example.com", "REQUEST", 0),
    what="Horde (sk) forward of a calendar notification 'Jana Mrázová (via Teamcal)'; the .ics rides along as an attachment.",
)

# ---------------- twice30 (heldout): double forwards ----------------
f = "twice30"
AGENCY = ("Nora Blake", "nora@brightpath-staffing.example.co.uk")
add(
    f,
    "agency_horde_rc_fi",
    "fi",
    ("Lucas Meyer", "lucas.meyer@kestrel-energy.example.com"),
    "Europe/Berlin",
    (2026, 11, 16, 9, 0, "Mon"),
    "Interview: Field Engineer",
    "Dear Nora,\n\nWe would like to interview your candidate Aino Lehtinen on Wednesday 25 November at 10:00 CET in Hamburg.\n\nBest,\nLucas Meyer",
    [Hop("horde", "en", "Hi Aino, great news - see below!", by=AGENCY), Hop("rc", "fi", "")],
    (2026, 11, 25, 10, 0, "Wed"),
    stated="yes",
    what="Agency forwards (Horde en), the user forwards again (Roundcube fi); 'Wednesday 25 November at 10:00 CET'.",
)
add(
    f,
    "mother_kmail_evo",
    "en",
    ("Helen Price", "helen.price@oakmere-school.example.org.uk"),
    "Europe/London",
    (2026, 11, 18, 17, 0, "Wed"),
    "Teaching assistant interview",
    "Dear Grace,\n\nWe are pleased to invite you to interview on Friday 27 November at 9:15am at Oakmere School.\n\nYours sincerely,\nHelen Price",
    [
        Hop(
            "kmail",
            "en",
            "Grace, this came to my address by mistake! Mum",
            by=("Ruth Okafor", "ruth.okafor@home.example.co.uk"),
        ),
        Hop("evo", "en", ""),
    ],
    (2026, 11, 27, 9, 15, "Fri"),
    what="A relative forwards (KMail en), the user forwards again (Evolution); 'Friday 27 November at 9:15am'.",
)
add(
    f,
    "referrer_rc_horde_da",
    "da",
    ("Anders Bach", "anders.bach@kattegat-logistik.example.dk"),
    "Europe/Copenhagen",
    (2026, 11, 20, 11, 0, "Fri"),
    "Samtale med Freja Mortensen",
    "Hej Mikkel\n\nTak for anbefalingen. Vi vil gerne møde Freja tirsdag den 1. december kl. 13.00.\n\nAnders",
    [
        Hop(
            "rc",
            "da",
            "Se her, Freja!",
            by=("Mikkel Friis", "mikkel.friis@kattegat-logistik.example.dk"),
        ),
        Hop("horde", "da", ""),
    ],
    (2026, 12, 1, 13, 0, "Tue"),
    what="A referrer forwards (Roundcube da), the user forwards again (Horde da); 'tirsdag den 1. december kl. 13.00'.",
)
add(
    f,
    "agency_evo_yandex",
    "ru",
    ("Julia Wagner", "julia.wagner@baltic-freight.example.de"),
    "Europe/Berlin",
    (2026, 12, 1, 10, 0, "Tue"),
    "Interview: Logistics Planner",
    "Dear Nora,\n\nWe'd like to meet Maria on Thursday 10 December at 13:00 CET via Teams.\n\nJulia",
    [Hop("evo", "en", "Hi Maria - see below, please confirm.", by=AGENCY), Hop("yandex", "ru", "")],
    (2026, 12, 10, 13, 0, "Thu"),
    stated="yes",
    what="Agency forwards (Evolution), the user forwards again (Yandex-style ru); 'Thursday 10 December at 13:00 CET'.",
)
add(
    f,
    "hr_kmail_rchtml_hu",
    "hu",
    ("Lisa Gray", "lisa.gray@danube-analytics.example.com"),
    "Europe/Vienna",
    (2026, 12, 2, 9, 30, "Wed"),
    "Interview invitation",
    "Dear Eszter,\n\nPlease join us for an interview on Friday 11 December from 14:00 to 15:00 at our Vienna office.\n\nLisa",
    [
        Hop(
            "kmail",
            "en",
            "Forwarding as discussed.",
            by=("Peter Hahn", "peter.hahn@danube-analytics.example.com"),
        ),
        Hop("rc-html", "hu", ""),
    ],
    (2026, 12, 11, 14, 0, "Fri"),
    (2026, 12, 11, 15, 0, "Fri"),
    what="A colleague forwards (KMail en), the user forwards again as HTML (Roundcube hu); 'Friday 11 December from 14:00 to 15:00'.",
)
add(
    f,
    "neg_webinar_twice",
    "lt",
    ("Karjeros centras", "renginiai@karjeros-centras.example.lt"),
    "Europe/Vilnius",
    (2026, 11, 25, 10, 0, "Wed"),
    "Vebinaras: pokalbis dėl darbo",
    "Sveiki,\n\nkviečiame į nemokamą vebinarą apie darbo pokalbius ketvirtadienį, gruodžio 3 d., 18:00.\n\nRegistracija: https://karjeros-centras.example.lt/vebinaras\n",
    [
        Hop("rc", "lt", "Gal tau įdomu?", by=("Jonas Kazlauskas", "jonas.k@pastas.example.lt")),
        Hop("horde", "lt", ""),
    ],
    None,
    kind=None,
    what="Negative: a friend forwards a webinar (Roundcube lt), the user forwards again (Horde lt).",
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({c.language for c in cases})
    lines = [
        "# Provenance of the fwd30 batch (`build_fwd30.py`)",
        "",
        "Forwarded and replied mail as a job seeker sends it to the hook, through clients new to "
        "the corpus or in languages it did not have for them. People, companies, addresses and "
        "links are made up; all prose is ours.",
        "",
        "Client strings read from the repositories (translations and layout code):",
        "",
        f"- Roundcube `roundcube/roundcubemail@{RC_COMMIT}`: program/localization/{{hu_HU,ro_RO,fi_FI,da_DK,lt_LT,et_EE,id_ID,el_GR,nb_NO}}/labels.inc (originalmessage, subject, date, from, to, mailreplyintro); program/actions/mail/compose.php get_forward_header (plain block and HTML <table>), get_reply_header (date_long 'Y-m-d H:i' in the user's zone). Forwarding inline keeps the original's attachments, so a .ics survives as an attachment. GPL-3.0-or-later.",
        f"- Horde IMP `horde/imp@{HORDE_COMMIT}`: locale/{{fi,hu,lt,et,da,nb,sk,sl}}/LC_MESSAGES/imp.po ('Forwarded message from %s', 'End forwarded message', Date, From, Subject, To, 'Quoting %f:'); lib/Compose.php forwardMessageText and _getMsgHeaders (labels right-aligned to the longest, the ORIGINAL Date header value); config/prefs.php attrib_text. GPL-2.0.",
        f"- KMail `KDE/kdepim@{KMAIL_COMMIT}`: templateparser/src/defaulttemplates.cpp defaultForward / defaultReply. The German strings ('----------  Weitergeleitete Nachricht  ----------', Betreff/Datum/Von/An, 'Am %1 %2 schrieben Sie:') are as KMail mail in public list archives shows them; QLocale long date and time (with the zone abbreviation) recalled.",
        "- Evolution (GNOME/evolution, src/mail/em-composer-utils.c, read from an indexed copy; commit not pinned): the attribution 'On ${AbbrevWeekdayName}, ${Year}-${Month}-${Day} at ${24Hour}:${Minute} ${TimeZone}, ${Sender} wrote:' (TimeZone '%+05d' of the original) and '-------- Forwarded Message --------'; the forwarded header order and Date rendering are recalled. English only (its po files were too large to fetch).",
        "- Yandex-style Russian webmail block ('-------- Пересылаемое сообщение --------', 'DD.MM.YYYY, HH:MM, \"Name\" <addr>:'): recalled from public archives.",
        "",
        "Labels: original_sender is the address in the forwarded header block (for a forwarded reply thread, the sender of its newest mail; for a double forward, the employer's block); a forward never has uid/sequence/method, even when the .ics rides along as an attachment. Replies copied to the hook carry no original_sender.",
        "",
        "Every label was written from the datetimes the text is rendered from, before the parser was run on any message of the batch. Held out (chosen before parsing): twice30, via30, zones30; their files are not listed.",
        "",
        f"{len(cases)} messages in {len(SOURCES)} families; languages: {', '.join(langs)}.",
        "",
        "FIRST_SIGHT",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_fwd30.py`.",
        "",
        "## Families",
        "",
    ]
    for name in SOURCES:
        group = [c for c in cases if c.family == name]
        lines.append(f"- **{name}** ({len(group)} messages, {SPLITS[name]}): {SOURCES[name]}")
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows([c for c in cases if c.split == "dev"])
    return "\n".join(lines) + "\n"


FIRST_SIGHT = (
    "First sight (parser of main at efd1beb9, before any change; quick.py): dev all fields "
    "right 41/52, text 35/38 start right (33 sure), calendars 1/1, false claims 1/13; held "
    "out all fields 14/18, text 15/15 (12 sure), calendars 1/1, false claims 2/2. Per family "
    "(all fields right / files): rc30 6/8 (a Greek webinar on interviews claimed at 0.66; "
    "Hungarian '45 percig tart' gives no end), imp30 5/8 (Horde's Estonian, Lithuanian and "
    "Slovenian blocks not read: no original_sender, and 'rytoj' resolved against the outer "
    "Date), kmail30 5/6 (the German reply attribution 'Am ... schrieben Sie:' read as the "
    "slot), evo30 5/6 (the user's reply greeting the recruiter named in Evolution's name-only "
    "attribution read as mail to someone else), ownnote30 6/6, fwdneg30 6/7 (a pick-a-slot "
    "link kept kind invitation below 0.5), htmlnest30 3/6 (the user forwarding their own reply "
    "read as someone else's; 'kita ganti ke hari Jumat' not read as a move), yandex30 5/5; "
    "held out: twice30 3/6, via30 5/6, zones30 6/6.\n\n"
    "bqnest30 was added after that measurement (5 messages, labels written before parsing); "
    "its first sight at the same parser: all fields 3/5, text 4/4 (2 sure), false claims 0/1 "
    "(the bottom-posted newest mail of an HTML-only thread read as quoted, so a confirmation "
    "and an acceptance stayed below 0.5).\n\n"
    "After this batch's rules (quick.py, 75 messages): dev all fields 51/57, text 41/42 (38 "
    "sure), calendars 1/1, false claims 0/14; held out unchanged (14/18, text 15/15, 12 sure, "
    "calendars 1/1, false claims 2/2). Left: Hungarian '45 percig tart' (no end), KMail's "
    "'ja, das passt mir gut' under a quoted slot (the parser keeps a time only in quoted mail "
    "below 0.5), the user forwarding their own reply read as someone else's, Indonesian 'kita "
    "ganti ke hari Jumat' not read as a move, and bqnest30's Greek thread whose 'instead' "
    "over the quoted old slot is now read as an invitation, not a move.\n\n"
    "## Rules and their sources\n\n"
    "- A dashed rule that names an address ('----- Forwarded message from Name <addr> -----') "
    "starts a forward block the shape-only reader may rewrite (`forwards.py`). Sources: Horde "
    "IMP's forwardMessageText in all its locales, NeoMutt's forward_attribution_intro.\n"
    "- KMail's 'you wrote' attributions head quoted mail: German 'Am %1 %2 schrieben Sie:', "
    "French 'Le %1 %2, vous avez écrit :' (`lexicon.REPLY_HEADER`). Sources: KMail's "
    "defaultReply template and KMail mail in public list archives, in two languages.\n"
    "- A name-only attribution names the quoted author after the date's last comma "
    "(`parser._named_author`): a reply greeting that author is the reader's own. Sources: "
    "Evolution's composer-message-attribution, Roundcube's mailreplyintro.\n"
    "- Greek seminars and online/information events are public events "
    "(`lookalikes.PUBLIC_EVENT_CUES`). Sources: this batch's careers-site webinar, seminar24's "
    "university seminar, fwdgeary20's bank information event.\n"
    "- Roundcube's reply intros 'X skrev den <date>:' (da, nb), 'Στις <date>, X έγραψε:' (el), "
    "'În <date>, X a scris:' (ro) head quotes (`lexicon.REPLY_HEADER`). Sources: "
    "labels.inc of four locales, bqnest30's Danish and Greek threads.\n"
    "- In an HTML-only mail, lines inside a <blockquote> that a reply attribution heads get "
    "'>' once per level (`text.html_to_text(quotes=True)`); a blockquote nothing attributes "
    "(Apple Mail's forward) passes its message on, and a body with a plain part is read as "
    "before. Sources: Roundcube's HTML replies in bqnest30's Hungarian and Finnish threads "
    "(two employers); the same nesting is what Thunderbird's and Apple Mail's type=cite and "
    "Gmail's gmail_quote write."
)


def main() -> int:
    cases = [render(item) for item in items()]
    text = provenance(cases).replace("FIRST_SIGHT", FIRST_SIGHT)
    pp.write_batch(cases, SOURCES, "PROVENANCE-fwd30.md", text)
    print(f"{len(cases)} messages in {len(SOURCES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
