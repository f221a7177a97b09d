"""Write the "htmlfwd24" batch: HTML-heavy interview mail and its forwards.

Run: .venv/bin/python tests/parsing/corpus/build_htmlfwd24.py

Direct mail whose plain alternative is a stub ('view in browser') or a text that leaves the
time out, the slot only in the HTML (label/value tables, <br>-stacked label blocks, styled
divs, times split across <span>s, &nbsp; and entity-escaped dashes, data-detector guards),
or only in the subject; and forwards of such mail as webmail and desktop clients wrap them:
Gmail's HTML gmail_quote block (localized 'From' with English Date/Subject/To), Outlook on
the web's divRplyFwdMsg block (en, de, fr, it, nl, pl, pt-BR, es, ja, zh, ko labels), Apple
Mail's 'Begin forwarded message:' blockquotes (en, de, fr), Yahoo's yahoo_quoted block,
Proton's protonmail_quote and Thunderbird's moz-email-headers-table (en, de, fr, pl, it),
each with the forwarder's note on top. About one in four is a look-alike (newsletters, event
promotions, receipts and orders with dates). Client layouts are recalled (no client or
vendor text copied); people, companies, addresses and links are made up; all prose ours.
Labels were written from the datetimes the text is rendered from, before the parser was run.
Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
pg7 = _load("build_parsegen7", "build_parsegen7.py")
h13 = _load("build_htmlats13", "build_htmlats13.py")
at, Case, slot, loc = pp.at, pp.Case, pg7.slot, h13.loc

NEG = "not_invitation"
M = timedelta(minutes=1)
H = timedelta(hours=1)
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
BER, PAR, ROM, AMS, WAW, MAD = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Europe/Madrid",
)
LON, NYC, SAO, TYO, SHA, SEO, STO, LIS = (
    "Europe/London",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Seoul",
    "Europe/Stockholm",
    "Europe/Lisbon",
)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "stubtbl24": "dev",
    "brblock24": "dev",
    "plainnotime24": "dev",
    "subjonly24": "dev",
    "evnews24": "dev",
    "gmailfwd24": "dev",
    "owafwd24": "dev",
    "applefwd24": "dev",
    "yahoofwd24": "dev",
    "tbfwd24": "dev",
    "preheader24": "heldout",
    "owacjkfwd24": "heldout",
    "protonfwd24": "heldout",
    "fwdnegs24": "heldout",
}
SOURCES = {
    "stubtbl24": "Plain part 'view this email in your browser', the slot in a label/value "
    "table whose times are split across <span>s with &nbsp;&ndash;&nbsp; between them "
    "(en-US, de, fr, es); a webinar newsletter as look-alike.",
    "brblock24": "<br>-stacked label blocks ('<b>Date</b><br>value<br><br>'), dashes as "
    "&#8211; / &#x2013;, Apple data-detector guards (<a style=pointer-events:none>) around the "
    "date (it, nl, pt-BR, en-GB); an order receipt with a delivery window as look-alike.",
    "plainnotime24": "multipart/alternative whose plain part names the day or only the "
    "invitation, the clock only in the HTML's styled divs (pl, sv, de, en); an open-day "
    "promotion as look-alike.",
    "subjonly24": "The slot only in the subject ('Interview Tue 9 Feb 2027, 14:00 CET'), the "
    "HTML body generic (en, de, fr, es); a shipping notice with a date in its subject as "
    "look-alike.",
    "evnews24": "HTML newsletters, event promotions and receipts with dates and times in the "
    "same table and button layouts (en, de, fr, it, ja); all look-alikes.",
    "gmailfwd24": "Gmail web HTML forwards: note on top, gmail_quote / gmail_attr block "
    "('---------- Forwarded message ---------', localized From with English Date/Subject/To; "
    "en, de, es, fr) over HTML-only originals; a forwarded career-fair promo as look-alike.",
    "owafwd24": "Outlook on the web forwards: divRplyFwdMsg with bold From/Sent/To/Subject "
    "localized (Von/Gesendet, De/Envoyé, Da/Inviato, Van/Verzonden, Od/Wysłane, De/Enviado), "
    "long localized Sent dates; a forwarded newsletter as look-alike.",
    "applefwd24": "Apple Mail HTML forwards: 'Begin forwarded message:' (de 'Anfang der "
    "weitergeleiteten Nachricht:', fr 'Début du message réexpédié :') in blockquote "
    "type=cite, Date with seconds and zone abbreviation; a forwarded receipt as look-alike.",
    "yahoofwd24": "Yahoo Mail forwards: yahoo_quoted div with '----- Forwarded Message -----' "
    "(fr 'Message transféré', es 'Mensaje reenviado'), Sent with seconds and GMT offset, "
    "original wrapped in yiv-prefixed div; a forwarded event promotion as look-alike.",
    "tbfwd24": "Thunderbird HTML forwards: moz-forward-container and moz-email-headers-table "
    "(<th> labels; de, fr, pl, it), RFC 822 Date; a forwarded newsletter as look-alike.",
    "preheader24": "Hidden preheaders (held out).",
    "owacjkfwd24": "Outlook web forwards, CJK and other locales (held out).",
    "protonfwd24": "Proton Mail forwards (held out).",
    "fwdnegs24": "Forwarded look-alikes in mixed clients (held out).",
}
TEMPLATE = "own HTML layout; client forward block recalled (no client or vendor text copied)"
LICENSE = "written for this corpus"

FIRST_SIGHT: list[str] = [
    "First sight (parser of main at 4c5939cc, before any change for this batch):",
    "",
    "- dev (10 families, 49 mails): text 33/35 right (31 sure), look-alikes claimed 1/14; "
    "no calendar parts",
    "- held out (4 families, 18 mails): text 10/10 right (9 sure), look-alikes claimed 0/8",
    "- dev misses: stubtbl24 es ('<td><span>12</span>:<span>00</span>&nbsp;h</td>' read as "
    "'12: 00', so 00:00); gmailfwd24 en career-night promotion claimed at 0.85; gmailfwd24 "
    "fr note 'décalé à 16h le même jour (même durée)' gives no end (left alone: one source)",
    "- the first rendering put each Thunderbird header cell (<th>label</th><td>value</td>) "
    "on its own line in the plain part; Thunderbird writes label and value on one line, so "
    "the builder was corrected before any parser change (tbfwd24 fr was then right but not "
    "sure; the figures above are for the corrected files)",
    "",
    "After (this branch, 5eca7803): dev text 34/35 (32 sure), claimed 0/14; held out "
    "unchanged (10/10, 9 sure, claimed 0/8). Whole corpus without this batch: dev text "
    "2228/2250 (1994 sure, 23/1839 claimed) and held out 957/1022 (803 sure, 79/820 "
    "claimed) before and after; cmp.py lists no change outside this batch.",
    "",
    "Rules added:",
    "",
    "- service/parsing/text.py: table cells get no inscriptis suffix (inscriptis writes an "
    "element's suffix after every text node in it, so '<td>12:<span>00</span></td>' read "
    "'12: 00' and '<td>10<span>.</span>30</td>' '10 .30'); cells are kept apart by a space "
    "after each end tag (as before) and before each start tag (unclosed cells). Sources: "
    "stubtbl24 es (hour and minute in separate spans); inscriptis issue weblyzard/inscriptis#75 "
    "(a word split by a span, 'fi<span>r</span>st', read as 'fi r st' outside the strict "
    "profile: the same spacing through inline children). No other dev mail's text changes "
    "beyond whitespace (checked by rendering every dev HTML part both ways).",
    "- lexicon.py `_OTHER_BUSINESS_WORDS`: English 'career(s) evening/night' beside the "
    "Nordic and German 'karriärkväll', 'karriereabend'. Sources: gmailfwd24 career night, "
    "pinpoint 'careers evening' job alert and ticketconf 'careers night' order (existing "
    "corpus).",
    "",
    "Test: tests/parsing/test_htmlfwd24_cells.py (own fixtures; property-based for split "
    "clocks; its split-clock and career-evening cases fail on main).",
]


# --------------------------------------------------------------------------------------
# HTML building blocks


def page(body: str, pre: str = "", lang: str = "en") -> str:
    hidden = (
        '<div style="display:none;max-height:0;overflow:hidden;opacity:0;mso-hide:all">'
        f"{pre}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>"
        if pre
        else ""
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>'
        f'<body style="margin:0;background:#f4f5f7">{hidden}'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center"><table role="presentation" width="600" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px">'
        f'<tr><td style="padding:24px 32px">{body}</td></tr></table></td></tr></table>'
        "</body></html>"
    )


def para(*lines: str) -> str:
    return "".join(f'<p style="margin:0 0 14px">{x}</p>' for x in lines)


def tbl(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        '<tr><td style="color:#6b7280;padding:6px 16px 6px 0;vertical-align:top">'
        f'{k}</td><td style="font-weight:600;padding:6px 0">{v}</td></tr>'
        for k, v in rows
    )
    return (
        '<table role="presentation" cellpadding="0" cellspacing="0" '
        f'style="border-top:1px solid #e5e7eb;margin:8px 0 18px">{cells}</table>'
    )


def brb(rows: list[tuple[str, str]]) -> str:
    return "".join(f"<b>{k}</b><br>{v}<br><br>" for k, v in rows)


def cards(rows: list[tuple[str, str]]) -> str:
    return "".join(
        '<div style="margin:0 0 12px"><div style="font-size:11px;letter-spacing:.08em;'
        f'text-transform:uppercase;color:#6b7280">{k}</div>'
        f'<div style="font-size:17px;color:#111827">{v}</div></div>'
        for k, v in rows
    )


def sp(a: str, b: str, dash: str = "&ndash;") -> str:
    """A clock range split across spans, as template engines emit it."""
    return (
        f'<span style="white-space:nowrap">{a}</span>&nbsp;{dash}&nbsp;'
        f'<span style="white-space:nowrap">{b}</span>'
    )


def guard(text: str) -> str:
    """A data-detector guard: text in a link that does nothing."""
    return f'<a href="#" style="color:inherit;text-decoration:none;pointer-events:none">{text}</a>'


def button(label: str, url: str) -> str:
    return (
        f'<table role="presentation"><tr><td style="background:#2563eb;border-radius:6px">'
        f'<a href="{url}" style="display:inline-block;padding:10px 18px;color:#fff;'
        f'text-decoration:none">{label}</a></td></tr></table>'
    )


_BLOCK = re.compile(r"(?i)<br\s*/?>|</(?:p|div|tr|td|li|h\d|table|blockquote)>")


def text_of(markup: str) -> str:
    """The plain rendering a client sends beside its HTML: one block or cell per line; a
    <th> label stays on its value's line, as Thunderbird writes its forward header."""
    body = re.sub(r"(?is)<(head|style)\b.*?</\1>", "", markup)
    body = re.sub(r'(?is)<div style="display:none[^"]*">.*?</div>', "", body)
    body = _BLOCK.sub("\n", body)
    body = re.sub(r"(?s)<[^>]+>", "", body)
    body = htmllib.unescape(body).replace("\u200c", "").replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", x).strip() for x in body.split("\n")]
    out: list[str] = []
    for x in lines:
        if x or (out and out[-1]):
            out.append(x)
    return "\n".join(out).strip() + "\n"


def stub(url: str, lang: str) -> str:
    words = {
        "en": "View this email in your browser:",
        "de": "E-Mail im Browser ansehen:",
        "fr": "Afficher cet e-mail dans votre navigateur :",
        "es": "Ver este correo en el navegador:",
        "it": "Visualizza questa email nel browser:",
        "nl": "Bekijk deze e-mail in je browser:",
        "pt": "Ver este e-mail no navegador:",
        "ja": "ブラウザで表示する:",
    }
    return f"{words[lang]}\n{url}\n"


# --------------------------------------------------------------------------------------
# Forwarding clients: each returns (html, text) for the outer message


@dataclass
class Orig:
    sender: tuple[str, str]
    subject: str
    sent: datetime
    html: str
    to: tuple[str, str] = ME


def _who(p: tuple[str, str]) -> str:
    return f"{p[0]} &lt;{p[1]}&gt;"


def _inner(markup: str) -> str:
    m = re.search(r"(?is)<body[^>]*>(.*)</body>", markup)
    return m.group(1) if m else markup


def _note_html(note: str) -> str:
    return "".join(f'<div dir="ltr">{x or "<br>"}</div>' for x in note.split("\n"))


GMAIL_FROM = {"en": "From", "de": "Von", "es": "De", "fr": "De", "it": "Da", "pt": "De"}
GMAIL_DATE = {
    "en": "EEE, MMM d, y 'at' h:mm a",
    "de": "EEE., d. MMM y 'um' HH:mm 'Uhr'",
    "es": "EEE, d MMM y 'a las' H:mm",
    "fr": "EEE d MMM y 'à' HH:mm",
    "it": "EEE d MMM y 'alle ore' HH:mm",
    "pt": "EEE., d 'de' MMM 'de' y 'às' HH:mm",
}
LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "pt": "pt_BR",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "ja": "ja_JP",
    "zh": "zh_CN",
    "ko": "ko_KR",
    "sv": "sv_SE",
}


def gmail(o: Orig, note: str, lang: str) -> tuple[str, str]:
    date = loc(o.sent, GMAIL_DATE[lang], LOCALE[lang]).replace("..", ".")
    frm = GMAIL_FROM[lang]
    head = (
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'{frm}: <strong class="gmail_sendername" dir="auto">{o.sender[0]}</strong> '
        f'<span dir="auto">&lt;{o.sender[1]}&gt;</span><br>Date: {date}<br>'
        f"Subject: {o.subject}<br>To: &lt;{o.to[1]}&gt;<br></div><br><br>"
    )
    markup = (
        f'<div dir="ltr">{_note_html(note)}<br><div class="gmail_quote">{head}'
        f"{_inner(o.html)}</div></div>"
    )
    return markup, text_of(markup)


OWA = {
    "en": ("From", "Sent", "To", "Subject", "EEEE, MMMM d, y h:mm a", ":"),
    "de": ("Von", "Gesendet", "An", "Betreff", "EEEE, d. MMMM y HH:mm", ":"),
    "fr": ("De", "Envoyé", "À", "Objet", "EEEE d MMMM y HH:mm", " :"),
    "it": ("Da", "Inviato", "A", "Oggetto", "EEEE d MMMM y HH:mm", ":"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "EEEE d MMMM y HH:mm", ":"),
    "pl": ("Od", "Wysłane", "Do", "Temat", "EEEE, d MMMM y HH:mm", ":"),
    "pt": ("De", "Enviado", "Para", "Assunto", "EEEE, d 'de' MMMM 'de' y HH:mm", ":"),
    "es": ("De", "Enviado", "Para", "Asunto", "EEEE, d 'de' MMMM 'de' y H:mm", ":"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "y年M月d日 H:mm", ":"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "y年M月d日 H:mm", ":"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "y년 M월 d일 EEEE a h:mm", ":"),
}


def owa(o: Orig, note: str, lang: str) -> tuple[str, str]:
    f, s, t, subj, pattern, colon = OWA[lang]
    date = loc(o.sent, pattern, LOCALE[lang])
    head = (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" '
        'tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
        f'style="font-size:11pt" color="#000000"><b>{f}{colon}</b> {_who(o.sender)}<br>'
        f"<b>{s}{colon}</b> {date}<br><b>{t}{colon}</b> {_who(o.to)}<br>"
        f"<b>{subj}{colon}</b> {o.subject}</font><div>&nbsp;</div></div>"
    )
    note_html = "".join(
        '<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,'
        f'Calibri,Helvetica,sans-serif;font-size:12pt">{x or "<br>"}</div>'
        for x in note.split("\n")
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'</head><body dir="ltr">{note_html}{head}<div>{_inner(o.html)}</div></body></html>'
    )
    text = text_of(markup).replace(f"{f}{colon}", "_" * 32 + f"\n{f}{colon}", 1)
    return markup, text


APPLE = {
    "en": ("Begin forwarded message:", "From", "Subject", "Date", "To", "MMMM d, y 'at' h:mm:ss a zzz", ":"),  # noqa: E501
    "de": ("Anfang der weitergeleiteten Nachricht:", "Von", "Betreff", "Datum", "An", "d. MMMM y 'um' HH:mm:ss zzz", ":"),  # noqa: E501
    "fr": ("Début du message réexpédié :", "De", "Objet", "Date", "À", "d MMMM y 'à' HH:mm:ss zzz", " :"),  # noqa: E501
}  # fmt: skip


def apple(o: Orig, note: str, lang: str) -> tuple[str, str]:
    begin, f, subj, d, t, pattern, colon = APPLE[lang]
    date = loc(o.sent, pattern, LOCALE[lang])
    rows = "".join(
        f'<div style="margin:0"><span style="font-family:-webkit-system-font,Helvetica Neue,'
        f'Helvetica,sans-serif;color:rgba(0,0,0,1.0)"><b>{k}{colon} </b></span>'
        f'<span style="font-family:-webkit-system-font,Helvetica Neue,Helvetica,sans-serif">'
        f"{v}</span></div>"
        for k, v in (
            (f, _who(o.sender)),
            (subj, f"<b>{o.subject}</b>"),
            (d, date),
            (t, _who(o.to)),
        )
    )
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        f'</head><body dir="auto">{_note_html(note)}<div dir="ltr"><br>'
        f'<blockquote type="cite">{begin}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{rows}<br></div>{_inner(o.html)}'
        "</blockquote></body></html>"
    )
    return markup, text_of(markup)


YAHOO = {
    "en": ("----- Forwarded Message -----", "From", "To", "Sent", "Subject", "EEEE, MMMM d, y, hh:mm:ss a 'GMT'xxx"),  # noqa: E501
    "fr": ("----- Message transféré -----", "De", "À", "Envoyé", "Objet", "EEEE d MMMM y 'à' HH:mm:ss 'UTC'xxx"),  # noqa: E501
    "es": ("----- Mensaje reenviado -----", "De", "Para", "Enviado", "Asunto", "EEEE, d 'de' MMMM 'de' y, HH:mm:ss 'GMT'xxx"),  # noqa: E501
    "de": ("----- Weitergeleitete Nachricht -----", "Von", "An", "Gesendet", "Betreff", "EEEE, d. MMMM y, HH:mm:ss 'MEZ'"),  # noqa: E501
}  # fmt: skip


def yahoo(o: Orig, note: str, lang: str) -> tuple[str, str]:
    sep, f, t, s, subj, pattern = YAHOO[lang]
    date = loc(o.sent, pattern, LOCALE[lang]).replace(":00 'MEZ'", ":00 MEZ")
    date = re.sub(r"([+-])0?(\d+):00$", r"\1\2", date)
    inner = re.sub(r'class="', 'class="yiv4471', _inner(o.html))
    markup = (
        '<html><head></head><body><div class="ydp5e1a2f yahoo-style-wrap" '
        'style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px">'
        f'{_note_html(note)}</div><div id="yahoo_quoted_8812405533" class="yahoo_quoted">'
        '<div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;'
        f'color:#26282a"><div>{sep}</div><div><b>{f}:</b> {_who(o.sender)}</div>'
        f"<div><b>{t}:</b> {_who(o.to)}</div><div><b>{s}:</b> {date}</div>"
        f"<div><b>{subj}:</b> {o.subject}</div><div><br></div>"
        f'<div id="yiv4471024815">{inner}</div></div></div></body></html>'
    )
    return markup, text_of(markup)


PROTON = {
    "en": ("------- Forwarded Message -------", "From", "Date", "Subject", "To", "'On' EEEE, MMMM d'th', y 'at' h:mm a"),  # noqa: E501
    "de": ("------- Weitergeleitete Nachricht -------", "Von", "Datum", "Betreff", "An", "'Am' EEEE, d. MMMM y 'um' HH:mm"),  # noqa: E501
    "fr": ("------- Message transféré -------", "De", "Date", "Objet", "À", "'Le' EEEE d MMMM y 'à' HH:mm"),  # noqa: E501
}  # fmt: skip


def proton(o: Orig, note: str, lang: str) -> tuple[str, str]:
    sep, f, d, subj, t, pattern = PROTON[lang]
    date = loc(o.sent, pattern, LOCALE[lang])
    markup = (
        '<div style="font-family:Arial,sans-serif;font-size:14px">'
        f'{_note_html(note)}</div><div style="font-family:Arial,sans-serif;font-size:14px">'
        '<br></div><div class="protonmail_quote">'
        f"{sep}<br>{f}: {_who(o.sender)}<br>{d}: {date}<br>{subj}: {o.subject}<br>"
        f'{t}: {_who(o.to)}<br><br><blockquote class="protonmail_quote" type="cite">'
        f"{_inner(o.html)}</blockquote><br></div>"
    )
    return markup, text_of(markup)


TBIRD = {
    "en": ("-------- Forwarded Message --------", "Subject:", "Date:", "From:", "To:"),
    "de": ("-------- Weitergeleitete Nachricht --------", "Betreff:", "Datum:", "Von:", "An:"),
    "fr": ("-------- Message transféré --------", "Sujet :", "Date :", "De :", "Pour :"),
    "pl": ("-------- Przekazana wiadomość --------", "Temat:", "Data:", "Od:", "Do:"),
    "it": ("-------- Messaggio Inoltrato --------", "Oggetto:", "Data:", "Mittente:", "A:"),
}


def tbird(o: Orig, note: str, lang: str) -> tuple[str, str]:
    from email.utils import format_datetime

    sep, subj, d, f, t = TBIRD[lang]
    rows = "".join(
        f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{k} </th><td>{v}</td></tr>'
        for k, v in (
            (subj, o.subject),
            (d, format_datetime(o.sent)),
            (f, f'{o.sender[0]} <a class="moz-txt-link-rfc2396E" href="mailto:{o.sender[1]}">'
             f"&lt;{o.sender[1]}&gt;</a>"),
            (t, _who(o.to)),
        )
    )  # fmt: skip
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f"</head><body><p>{note.replace(chr(10), '<br>')}</p>"
        f'<div class="moz-forward-container"><br><br>{sep}<table '
        'class="moz-email-headers-table" border="0" cellspacing="0" cellpadding="0"><tbody>'
        f"{rows}</tbody></table><br><br>{_inner(o.html)}</div></body></html>"
    )
    return markup, text_of(markup)


CLIENTS: dict[str, Callable[[Orig, str, str], tuple[str, str]]] = {
    "gmail": gmail,
    "owa": owa,
    "apple": apple,
    "yahoo": yahoo,
    "proton": proton,
    "tbird": tbird,
}
PREFIX = {
    "en": "Fwd: ",
    "de": "WG: ",
    "fr": "TR: ",
    "it": "I: ",
    "nl": "Fw: ",
    "pl": "PD: ",
    "pt": "ENC: ",
    "es": "RV: ",
    "ja": "転送: ",
    "zh": "转发: ",
    "ko": "전달: ",
}


# --------------------------------------------------------------------------------------
# Cases


def direct(
    fam: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    markup: str,
    text: str | None,
    label: dict[str, object],
    note: str,
) -> Case:
    key = f"htmlfwd24/{fam}/{name}"
    raw = pp.mail(key, sender=sender, to=ME, subject=subject, sent=sent, text=text, html=markup)
    return Case(fam, SPLITS[fam], name, raw, label, lang, note, TEMPLATE, LICENSE)


def fwd(
    fam: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    o: Orig,
    note_text: str,
    delay: timedelta,
    label: dict[str, object],
    note: str,
    html_only: bool = False,
    subject: str | None = None,
) -> Case:
    markup, text = CLIENTS[client](o, note_text, ui)
    sent = o.sent + delay
    key = f"htmlfwd24/{fam}/{name}"
    raw = pp.mail(
        key,
        sender=ME,
        to=HOOK,
        subject=subject or PREFIX[ui] + o.subject,
        sent=sent,
        text=None if html_only else text,
        html=markup,
    )
    label = {**label, "original_sender": o.sender[1]}
    return Case(fam, SPLITS[fam], name, raw, label, lang, note, TEMPLATE, LICENSE)


def ev(
    start: datetime,
    minutes: int | None,
    kind: str = "invitation",
    zone: str | None = None,
    sent: datetime | None = None,
) -> dict[str, object]:
    end = start + minutes * M if minutes else None
    return dict(slot(start, end, kind=kind, zone=zone, sent=sent))


NOT: dict[str, object] = {"kind": NEG}


def stubtbl24() -> Iterator[Case]:
    fam = "stubtbl24"
    s = ("Harbor Bay Health Talent", "no-reply@talent.harborbay-health.example")
    st = at(2027, 2, 3, 10, 30, NYC, "Wed")
    sent = at(2027, 1, 26, 8, 15, NYC)
    body = (
        para("Hi Alex,", "Your interview for Clinical Data Analyst is confirmed.")
        + tbl(
            [
                ("Date", guard("Wednesday, February 3, 2027")),
                ("Time", sp("10:30 AM", "11:15 AM") + " ET"),
                ("Where", "Video call (link to follow)"),
            ]
        )
        + para("Harbor Bay Health Recruiting")
    )
    yield direct(
        fam,
        "en_us_et_spans",
        "en-US",
        s,
        "Your interview is confirmed",
        sent,
        page(body, "Thanks for applying on January 12"),
        stub("https://view.harborbay-health.example/m/77a1", "en"),
        ev(st, 45),
        "Stub plain part; 10:30 AM &ndash; 11:15 AM ET in two spans; "
        "preheader names the application day.",
    )
    s = ("Lindqvist Maschinenbau Karriere", "karriere@lindqvist-mb.example.de")
    st = at(2027, 2, 9, 14, 0, BER, "Tue")
    sent = at(2027, 1, 28, 11, 40, BER)
    body = para("Guten Tag Herr Morgan,", "hiermit bestätigen wir Ihr Vorstellungsgespräch.") + tbl(
        [
            ("Datum", "Dienstag, 09.02.2027"),
            ("Uhrzeit", sp("14:00", "15:00", "&#8211;") + "&nbsp;Uhr"),
            ("Ort", "Werk Ost, Gebäude C, Empfang"),
        ]
    )
    yield direct(
        fam,
        "de_nozone_entity_dash",
        "de",
        s,
        "Bestätigung Ihres Vorstellungsgesprächs",
        sent,
        page(body, lang="de"),
        stub("https://mail.lindqvist-mb.example.de/v/5c", "de"),
        ev(st, 60, sent=sent),
        "Stub; '14:00&nbsp;&#8211;&nbsp;15:00&nbsp;Uhr' across spans, no zone.",
    )
    s = ("Atelier Sorel Recrutement", "recrutement@atelier-sorel.example.fr")
    st = at(2027, 2, 11, 9, 45, PAR, "Thu")
    sent = at(2027, 2, 1, 16, 5, PAR)
    body = para("Bonjour Alex,", "Nous avons le plaisir de vous convier à un entretien.") + tbl(
        [
            ("Date", "jeudi 11&nbsp;février 2027"),
            ("Horaire", sp("9h45", "10h30") + " (heure de Paris)"),
            ("Format", "Visioconférence"),
        ]
    )
    yield direct(
        fam,
        "fr_heure_paris",
        "fr",
        s,
        "Invitation à un entretien – Atelier Sorel",
        sent,
        page(body, lang="fr"),
        stub("https://atelier-sorel.example.fr/m/91", "fr"),
        ev(st, 45, zone=PAR),
        "Stub; '9h45 – 10h30 (heure de Paris)' split in spans.",
    )
    s = ("Grupo Ravela Talento", "talento@ravela.example.es")
    st = at(2027, 2, 16, 12, 0, MAD, "Tue")
    sent = at(2027, 2, 4, 9, 30, MAD)
    body = para("Hola Alex:", "Te confirmamos la entrevista con el equipo de Finanzas.") + tbl(
        [
            ("Fecha", "martes, 16 de febrero de 2027"),
            ("Hora", "<span>12</span>:<span>00</span>&nbsp;h (hora peninsular)"),
            ("Duración", "40&nbsp;minutos"),
        ]
    )
    yield direct(
        fam,
        "es_hour_in_two_spans",
        "es",
        s,
        "Entrevista confirmada",
        sent,
        page(body, lang="es"),
        stub("https://ravela.example.es/ver/3", "es"),
        ev(st, 40, zone=MAD),
        "Stub; the clock's hour and minute in separate spans; 40 minutos.",
    )
    s = ("Harbor Bay Health Talent", "news@talent.harborbay-health.example")
    body = (
        para("Hi Alex,", "Join our next live session for job seekers.")
        + tbl(
            [
                ("Webinar", "Inside our nursing residency"),
                ("Date", "Thursday, February 4, 2027"),
                ("Time", sp("12:00 PM", "1:00 PM") + " ET"),
            ]
        )
        + button("Save my seat", "https://events.harborbay-health.example/r/19")
    )
    yield direct(
        fam,
        "en_webinar_newsletter",
        "en-US",
        s,
        "Live webinar: inside our nursing residency",
        at(2027, 1, 27, 10, 0, NYC),
        page(body),
        stub("https://view.harborbay-health.example/m/80", "en"),
        NOT,
        "Newsletter webinar in the same table: not an invitation.",
    )


def brblock24() -> Iterator[Case]:
    fam = "brblock24"
    s = ("Officine Berardi HR", "selezione@berardi.example.it")
    st = at(2027, 2, 10, 15, 30, ROM, "Wed")
    sent = at(2027, 1, 29, 12, 0, ROM)
    body = para("Gentile Alex,", "ti invitiamo a un colloquio conoscitivo.") + brb(
        [
            ("Data", guard("mercoledì 10 febbraio 2027")),
            ("Orario", "15:30 &#8211; 16:15"),
            ("Luogo", "Via dei Tessitori 8, Prato"),
        ]
    )
    yield direct(
        fam,
        "it_guarded_date",
        "it",
        s,
        "Invito a colloquio",
        sent,
        page(body, lang="it"),
        stub("https://berardi.example.it/w/2", "it"),
        ev(st, 45, sent=sent),
        "<b>label</b><br>value blocks; date in a data-detector guard; no zone.",
    )
    s = ("Vos & De Wit Recruitment", "werving@vosdewit.example.nl")
    st = at(2027, 2, 12, 11, 0, AMS, "Fri")
    sent = at(2027, 2, 2, 9, 10, AMS)
    body = para("Beste Alex,", "Graag nodigen we je uit voor een kennismakingsgesprek.") + brb(
        [
            ("Wanneer", "vrijdag 12 februari 2027<br>11:00 &#x2013; 12:00 uur"),
            ("Waar", "Teams (link volgt)"),
        ]
    )
    yield direct(
        fam,
        "nl_two_lines_one_block",
        "nl",
        s,
        "Uitnodiging kennismakingsgesprek",
        sent,
        page(body, lang="nl"),
        stub("https://vosdewit.example.nl/b/8", "nl"),
        ev(st, 60, sent=sent),
        "Date and clock on two <br> lines of one block, &#x2013; dash.",
    )
    s = ("Construtora Vale Alto RH", "rh@valealto.example.com.br")
    st = at(2027, 2, 17, 14, 0, SAO, "Wed")
    sent = at(2027, 2, 5, 10, 0, SAO)
    body = para("Olá, Alex!", "Sua entrevista com a gestora da área foi agendada.") + brb(
        [
            ("Data:", "17/02/2027 (quarta-feira)"),
            ("Horário:", "14h&nbsp;&mdash;&nbsp;15h (horário de Brasília)"),
            ("Local:", "Google Meet"),
        ]
    )
    yield direct(
        fam,
        "ptbr_brasilia_mdash",
        "pt-BR",
        s,
        "Entrevista agendada – Vale Alto",
        sent,
        page(body, lang="pt"),
        stub("https://valealto.example.com.br/v/1", "pt"),
        ev(st, 60, zone=SAO),
        "'14h&nbsp;&mdash;&nbsp;15h (horário de Brasília)' in a <br> block.",
    )
    s = ("Pennant & Rowe Careers", "careers@pennantrowe.example.co.uk")
    st = at(2027, 2, 18, 13, 0, LON, "Thu")
    sent = at(2027, 2, 8, 15, 20, LON)
    body = para("Dear Alex,", "Thank you for your application. We would like to meet you.") + brb(
        [
            ("Interview date", "Thursday 18 February 2027"),
            ("Start", "1:00pm (UK time)"),
            ("Length", "approximately 1 hour"),
        ]
    )
    yield direct(
        fam,
        "engb_uk_time",
        "en-GB",
        s,
        "Interview invitation",
        sent,
        page(body),
        "Dear Alex,\n\nThank you for your application. We would like to meet you.\n"
        "Please see the details in the HTML version of this email.\n",
        ev(st, None, zone=LON),
        "Plain part refers to the HTML; '1:00pm (UK time)', approximate length.",
    )
    s = ("Bottega Nove Shop", "ordini@bottega-nove.example.it")
    body = para("Ciao Alex,", "grazie per il tuo ordine n. 48213.") + brb(
        [
            ("Consegna prevista", "giovedì 11 febbraio 2027"),
            ("Fascia oraria", "9:00 &#8211; 13:00"),
            ("Totale", "64,90 €"),
        ]
    )
    yield direct(
        fam,
        "it_order_delivery",
        "it",
        s,
        "Conferma ordine n. 48213",
        at(2027, 2, 3, 18, 0, ROM),
        page(body, lang="it"),
        stub("https://bottega-nove.example.it/o/4", "it"),
        NOT,
        "Order receipt with a delivery window in <br> blocks: not an invitation.",
    )


def plainnotime24() -> Iterator[Case]:
    fam = "plainnotime24"
    s = ("Wisła Data Rekrutacja", "rekrutacja@wisladata.example.pl")
    st = at(2027, 2, 15, 10, 0, WAW, "Mon")
    sent = at(2027, 2, 3, 13, 0, WAW)
    body = para("Dzień dobry,", "zapraszamy na rozmowę rekrutacyjną.") + cards(
        [
            ("Termin", "poniedziałek, 15 lutego 2027"),
            ("Godzina", "10:00&nbsp;–&nbsp;10:45"),
            ("Miejsce", "ul. Mostowa 4, Kraków"),
        ]
    )
    yield direct(
        fam,
        "pl_plain_day_only",
        "pl",
        s,
        "Zaproszenie na rozmowę",
        sent,
        page(body, lang="pl"),
        "Dzień dobry,\nzapraszamy na rozmowę rekrutacyjną w poniedziałek 15 lutego.\n"
        "Szczegóły w wersji HTML.\n",
        ev(st, 45, sent=sent),
        "Plain part names only the day; the clock in HTML cards; no zone.",
    )
    s = ("Norrsken Energi Rekrytering", "rekrytering@norrsken-energi.example.se")
    st = at(2027, 2, 16, 13, 30, STO, "Tue")
    sent = at(2027, 2, 4, 9, 0, STO)
    body = para("Hej Alex,", "Välkommen på intervju hos Norrsken Energi!") + cards(
        [
            ("Datum", "tisdag 16 februari 2027"),
            ("Tid", "kl.&nbsp;13.30&#8211;14.30"),
            ("Plats", "Kungsgatan 12, Stockholm"),
        ]
    )
    yield direct(
        fam,
        "sv_kl_dotted",
        "sv",
        s,
        "Inbjudan till intervju",
        sent,
        page(body, lang="sv"),
        "Hej Alex,\nVälkommen på intervju hos Norrsken Energi! Tid och plats finns i mejlet.\n",
        ev(st, 60, sent=sent),
        "Plain part without day or clock; 'kl. 13.30–14.30' in a div.",
    )
    s = ("Brenner Logistik Personal", "bewerbung@brenner-logistik.example.at")
    st = at(2027, 2, 19, 8, 30, "Europe/Vienna", "Fri")
    sent = at(2027, 2, 8, 14, 0, "Europe/Vienna")
    body = para(
        "Sehr geehrter Herr Morgan,", "wir laden Sie herzlich zu einem Gespräch ein."
    ) + cards(
        [
            ("Wann", "Freitag, 19. Februar 2027 · 8:30 Uhr"),
            ("Dauer", "ca. 1 Stunde"),
            ("Wo", "Lagerhalle 3, Linz"),
        ]
    )
    yield direct(
        fam,
        "de_at_middot",
        "de-AT",
        s,
        "Einladung zum Gespräch",
        sent,
        page(body, lang="de"),
        "Sehr geehrter Herr Morgan,\nwir laden Sie herzlich zu einem Gespräch am Freitag ein.\n",
        ev(st, None, sent=sent),
        "Plain part says only 'Freitag'; date and clock joined by a middle dot.",
    )
    s = ("Kestrel Robotics Hiring", "hiring@kestrel-robotics.example")
    st = at(2027, 2, 22, 16, 0, LON, "Mon")
    sent = at(2027, 2, 10, 10, 0, LON)
    body = para("Hi Alex,", "Great news: the team would like to meet you.") + cards(
        [("When", "Mon 22 Feb 2027"), ("Time", "16:00&ndash;16:30 GMT"), ("How", "Phone call")]
    )
    yield direct(
        fam,
        "en_gmt_cards",
        "en-GB",
        s,
        "Next step: a call with the team",
        sent,
        page(body),
        "Hi Alex,\nGreat news: the team would like to meet you. Open this email in a "
        "browser to see when.\n",
        ev(st, 30),
        "Plain part has no time; cards 'Mon 22 Feb 2027' / '16:00–16:30 GMT'.",
    )
    s = ("Kestrel Robotics Events", "events@kestrel-robotics.example")
    body = (
        para("Hi Alex,", "Come and see our lab during our spring open day.")
        + cards(
            [
                ("When", "Sat 6 Mar 2027"),
                ("Time", "10:00&ndash;15:00 GMT"),
                ("Where", "Unit 4, Harwell Campus"),
            ]
        )
        + button("Register", "https://kestrel-robotics.example/openday")
    )
    yield direct(
        fam,
        "en_open_day",
        "en-GB",
        s,
        "Open day at the Kestrel lab",
        at(2027, 2, 9, 12, 0, LON),
        page(body),
        "Hi Alex,\nCome and see our lab during our spring open day.\n",
        NOT,
        "Open-day promotion in the same cards: not an invitation.",
    )


def subjonly24() -> Iterator[Case]:
    fam = "subjonly24"
    generic = para(
        "Hi Alex,",
        "Your interview is booked. You will find the meeting link in your candidate portal.",
        "See you soon,<br>The Talent Team",
    )
    s = ("Quillon Insurance Careers", "careers@quillon-ins.example")
    st = at(2027, 2, 9, 14, 0, BER, "Tue")
    yield direct(
        fam,
        "en_cet_subject",
        "en",
        s,
        "Interview booked: Tue 9 Feb 2027, 14:00 CET",
        at(2027, 1, 30, 9, 0, BER),
        page(generic),
        stub("https://quillon-ins.example/m/2", "en"),
        ev(st, None),
        "Slot only in the subject ('Tue 9 Feb 2027, 14:00 CET'); generic body.",
    )
    s = ("Hartwig Pharma Recruiting", "recruiting@hartwig-pharma.example.de")
    st = at(2027, 2, 11, 10, 0, BER, "Thu")
    sent = at(2027, 2, 1, 15, 0, BER)
    body = para(
        "Hallo Alex,", "Ihr Termin ist gebucht. Den Einwahllink finden Sie im Bewerberportal."
    )
    yield direct(
        fam,
        "de_subject_range",
        "de",
        s,
        "Terminbestätigung: Do., 11.02.2027, 10:00–11:00 Uhr",
        sent,
        page(body, lang="de"),
        stub("https://hartwig-pharma.example.de/m/7", "de"),
        ev(st, 60, sent=sent),
        "Subject 'Do., 11.02.2027, 10:00–11:00 Uhr'; no zone.",
    )
    s = ("Maison Tarrant Talents", "talents@maison-tarrant.example.fr")
    st = at(2027, 2, 12, 16, 0, PAR, "Fri")
    sent = at(2027, 2, 2, 11, 0, PAR)
    body = para(
        "Bonjour Alex,",
        "Votre entretien est bien enregistré. Le lien de connexion vous sera envoyé la veille.",
    )
    yield direct(
        fam,
        "fr_subject_16h",
        "fr",
        s,
        "Entretien confirmé – vendredi 12 février à 16h",
        sent,
        page(body, lang="fr"),
        None,
        ev(st, None, sent=sent),
        "HTML-only; 'vendredi 12 février à 16h' in the subject only.",
    )
    s = ("Andaluza de Datos Selección", "seleccion@andaluzadatos.example.es")
    st = at(2027, 2, 18, 9, 30, MAD, "Thu")
    sent = at(2027, 2, 5, 12, 0, MAD)
    body = para("Hola Alex:", "Hemos reservado tu entrevista. Recibirás el enlace por correo.")
    yield direct(
        fam,
        "es_subject_date_time",
        "es",
        s,
        "Entrevista 18/02/2027 a las 9:30",
        sent,
        page(body, lang="es"),
        stub("https://andaluzadatos.example.es/v/4", "es"),
        ev(st, None, sent=sent),
        "Subject '18/02/2027 a las 9:30', day-first by language.",
    )
    s = ("Parcelo Delivery", "updates@parcelo.example")
    body = para("Hi Alex,", "Your parcel is on its way.", "Track it any time in the app.")
    yield direct(
        fam,
        "en_delivery_subject",
        "en-GB",
        s,
        "Arriving Tue 9 Feb 2027, 14:00–16:00",
        at(2027, 2, 5, 7, 0, LON),
        page(body),
        stub("https://parcelo.example/t/55", "en"),
        NOT,
        "Shipping notice with a delivery window in the subject: not an invitation.",
    )


def evnews24() -> Iterator[Case]:
    fam = "evnews24"
    items = [
        (
            "en_careers_digest",
            "en-US",
            ("Norwell Bank Careers", "digest@careers.norwell.example"),
            "Your February careers digest",
            at(2027, 2, 1, 9, 0, NYC),
            para("Hi Alex,", "Here is what is coming up this month.")
            + tbl(
                [
                    ("Resume clinic", "Feb 10, 2027 · 6:00&nbsp;&ndash;&nbsp;7:00 PM ET"),
                    ("Campus meetup", "Feb 17, 2027 · 5:30 PM ET"),
                ]
            ),
            "Careers digest with two dated events.",
        ),
        (
            "de_messe",
            "de",
            ("Karrieremesse Rhein-Main", "info@karrieremesse-rm.example.de"),
            "Ihr Ticket: Karrieremesse am 20.02.2027",
            at(2027, 2, 2, 10, 0, BER),
            para("Hallo Alex,", "Ihr kostenloses Ticket ist gebucht.")
            + brb(
                [("Datum", "Samstag, 20.02.2027"), ("Einlass", "9:30&nbsp;Uhr"), ("Halle", "3.1")]
            ),
            "Fair ticket with admission time.",
        ),
        (
            "fr_recu_formation",
            "fr",
            ("Campus Numérique", "contact@campus-num.example.fr"),
            "Reçu de paiement – atelier du 13 février",
            at(2027, 2, 3, 14, 0, PAR),
            para("Bonjour Alex,", "Merci pour votre paiement.")
            + tbl(
                [
                    ("Atelier", "Préparer ses entretiens"),
                    ("Date", "samedi 13 février 2027, 10h&#8211;12h"),
                    ("Montant", "35,00 €"),
                ]
            ),
            "Receipt for a paid workshop on interviewing.",
        ),
        (
            "it_evento_webinar",
            "it",
            ("Lavoro Oggi", "newsletter@lavorooggi.example.it"),
            "Webinar gratuito: il colloquio perfetto",
            at(2027, 2, 4, 8, 0, ROM),
            para("Ciao Alex,", "partecipa al nostro webinar gratuito.")
            + cards(
                [("Quando", "martedì 16 febbraio 2027"), ("Ora", "18:30&nbsp;&ndash;&nbsp;19:30")]
            )
            + button("Iscriviti", "https://lavorooggi.example.it/w"),
            "Webinar promotion about interviews.",
        ),
        (
            "ja_setsumeikai",
            "ja",
            ("株式会社ミナト精工 採用担当", "saiyo@minato-seiko.example.jp"),
            "【会社説明会】2月18日(木) 14:00開催のご案内",
            at(2027, 2, 5, 10, 0, TYO),
            para("Alex Morgan 様", "オンライン会社説明会のご案内です。")
            + tbl([("日時", "2027年2月18日(木) 14:00〜15:00"), ("形式", "オンライン")]),
            "Company information session (会社説明会) for all applicants.",
        ),
    ]
    for name, lang, sender, subject, sent, body, what in items:
        yield direct(
            fam,
            name,
            lang,
            sender,
            subject,
            sent,
            page(body),
            text_of(page(body)),
            NOT,
            what + " Not an invitation.",
        )


def gmailfwd24() -> Iterator[Case]:
    fam = "gmailfwd24"
    s = ("Corvid Analytics Talent", "no-reply@talent.corvid-analytics.example")
    st = at(2027, 2, 10, 11, 0, NYC, "Wed")
    o = Orig(
        s,
        "Interview confirmed – Data Engineer",
        at(2027, 1, 28, 14, 2, NYC),
        page(
            para("Hi Alex,", "Your interview is confirmed.")
            + tbl(
                [
                    ("Date", "Wednesday, February 10, 2027"),
                    ("Time", sp("11:00 AM", "12:00 PM") + " Eastern"),
                ]
            )
        ),
    )
    yield fwd(
        fam,
        "en_note_eastern",
        "en",
        "gmail",
        "en",
        o,
        "Please add this one.",
        2 * H,
        ev(st, 60, zone=NYC),
        "Gmail en forward of an HTML-only table; '11:00 AM – 12:00 PM Eastern'.",
        html_only=True,
    )
    s = ("Falkenried Versicherung", "karriere@falkenried.example.de")
    st = at(2027, 2, 15, 9, 0, BER, "Mon")
    o = Orig(
        s,
        "Einladung zum Vorstellungsgespräch",
        at(2027, 2, 1, 10, 17, BER),
        page(
            para("Hallo Alex,", "wir möchten Sie kennenlernen.")
            + brb(
                [
                    ("Termin", "Montag, 15. Februar 2027"),
                    ("Uhrzeit", "9:00&nbsp;&ndash;&nbsp;10:00 Uhr"),
                ]
            ),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_von_date",
        "de",
        "gmail",
        "de",
        o,
        "Hier die Einladung, bitte eintragen.\nDanke!",
        35 * M,
        ev(st, 60, sent=o.sent),
        "Gmail de ('Von:' with English Date/Subject/To, "
        "'Mo., 1. Feb. 2027 um 10:17 Uhr'); no zone.",
    )
    s = ("Mirador Turismo RRHH", "rrhh@mirador-turismo.example.es")
    st = at(2027, 2, 17, 17, 0, MAD, "Wed")
    o = Orig(
        s,
        "Tu entrevista en Mirador",
        at(2027, 2, 3, 12, 40, MAD),
        page(
            para("Hola Alex:", "Te esperamos para la entrevista.")
            + cards(
                [("Día", "miércoles 17 de febrero de 2027"), ("Hora", "17:00 (hora de Madrid)")]
            ),
            lang="es",
        ),
    )
    yield fwd(
        fam,
        "es_de_date",
        "es",
        "gmail",
        "es",
        o,
        "Reenvío la entrevista del miércoles.",
        3 * H,
        ev(st, None, zone=MAD),
        "Gmail es ('De:' + 'Date: mié, 3 feb 2027 a las 12:40'); "
        "original in cards, '17:00 (hora de Madrid)'.",
    )
    s = ("Groupe Aubrac Recrutement", "recrutement@aubrac-groupe.example.fr")
    st = at(2027, 2, 18, 14, 30, PAR, "Thu")
    o = Orig(
        s,
        "Confirmation de votre entretien",
        at(2027, 2, 4, 9, 5, PAR),
        page(
            para("Bonjour Alex,", "Votre entretien est confirmé.")
            + tbl([("Le", "jeudi 18 février 2027"), ("De", sp("14h30", "15h15"))]),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_moved_note",
        "fr",
        "gmail",
        "fr",
        o,
        "Attention : ils m'ont appelé, c'est décalé à 16h le même jour (même durée).",
        5 * H,
        ev(st.replace(hour=16, minute=0), 45, kind="reschedule", sent=o.sent),
        "Gmail fr forward whose note moves the slot to 16h the same day, 45 minutes kept; no zone.",
    )
    s = ("Corvid Analytics Events", "events@corvid-analytics.example")
    o = Orig(
        s,
        "You're invited: Corvid career night",
        at(2027, 2, 2, 9, 0, NYC),
        page(
            para("Hi Alex,", "Meet our engineers at our career night.")
            + tbl(
                [
                    ("Date", "Thursday, February 18, 2027"),
                    ("Time", sp("6:00 PM", "8:30 PM") + " ET"),
                ]
            )
            + button("RSVP", "https://events.corvid-analytics.example/cn")
        ),
    )
    yield fwd(
        fam,
        "en_career_night",
        "en",
        "gmail",
        "en",
        o,
        "Should I go to this?",
        4 * H,
        NOT,
        "Forwarded career-night promotion: not an invitation.",
    )


def owafwd24() -> Iterator[Case]:
    fam = "owafwd24"
    s = ("Steinhaus Bau Personal", "personal@steinhaus-bau.example.de")
    st = at(2027, 2, 16, 10, 0, BER, "Tue")
    o = Orig(
        s,
        "Ihr Vorstellungstermin am 16.02.",
        at(2027, 2, 2, 8, 45, BER),
        page(
            para("Guten Tag Herr Morgan,", "gern bestätigen wir Ihren Termin.")
            + tbl([("Datum", "16.02.2027"), ("Beginn", "10:00 Uhr"), ("Ende", "11:30 Uhr")]),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_von_gesendet",
        "de",
        "owa",
        "de",
        o,
        "Zur Info – bitte in den Kalender.",
        H,
        ev(st, 90, sent=o.sent),
        "OWA de (Von/Gesendet/An/Betreff, 'Dienstag, 2. Februar 2027 "
        "08:45'); Beginn/Ende rows; no zone.",
        html_only=True,
    )
    s = ("Lumière Conseil RH", "rh@lumiere-conseil.example.fr")
    st = at(2027, 2, 19, 11, 0, PAR, "Fri")
    o = Orig(
        s,
        "Entretien – poste de chef de projet",
        at(2027, 2, 5, 17, 30, PAR),
        page(
            para("Bonjour,", "Nous vous proposons un entretien :")
            + brb(
                [
                    ("Date", "vendredi 19&nbsp;février&nbsp;2027"),
                    ("Heure", "11&nbsp;h&nbsp;00 (heure de Paris)"),
                ]
            ),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_de_envoye",
        "fr",
        "owa",
        "fr",
        o,
        "Bonjour, voici l'invitation reçue hier soir.",
        15 * H,
        ev(st, None, zone=PAR),
        "OWA fr ('De :', 'Envoyé :'); '11&nbsp;h&nbsp;00 (heure de Paris)'.",
    )
    s = ("Cantieri Moretti Selezione", "selezione@cantierimoretti.example.it")
    st = at(2027, 2, 23, 9, 30, ROM, "Tue")
    o = Orig(
        s,
        "Colloquio tecnico",
        at(2027, 2, 9, 11, 20, ROM),
        page(
            para("Ciao Alex,", "ti confermiamo il colloquio tecnico.")
            + cards([("Giorno", "martedì 23 febbraio 2027"), ("Orario", "09:30&ndash;10:30")]),
            lang="it",
        ),
    )
    yield fwd(
        fam,
        "it_da_inviato",
        "it",
        "owa",
        "it",
        o,
        "Da aggiungere, grazie.",
        2 * H,
        ev(st, 60, sent=o.sent),
        "OWA it (Da/Inviato/A/Oggetto); cards, no zone.",
    )
    s = ("Dijkstra Zorg Werving", "werving@dijkstrazorg.example.nl")
    st = at(2027, 2, 24, 13, 0, AMS, "Wed")
    o = Orig(
        s,
        "Uitnodiging sollicitatiegesprek",
        at(2027, 2, 10, 16, 0, AMS),
        page(
            para("Beste Alex,", "We nodigen je uit voor een gesprek.")
            + tbl(
                [("Datum", "woensdag 24 februari 2027"), ("Tijd", sp("13:00", "13:45", "&#8211;"))]
            ),
            lang="nl",
        ),
    )
    yield fwd(
        fam,
        "nl_van_verzonden",
        "nl",
        "owa",
        "nl",
        o,
        "Kun je deze toevoegen?",
        40 * M,
        ev(st, 45, sent=o.sent),
        "OWA nl (Van/Verzonden/Aan/Onderwerp); spans, no zone.",
    )
    s = ("Baltic Soft Rekrutacja", "hr@balticsoft.example.pl")
    st = at(2027, 2, 25, 12, 0, WAW, "Thu")
    o = Orig(
        s,
        "Zaproszenie na rozmowę – Baltic Soft",
        at(2027, 2, 11, 9, 0, WAW),
        page(
            para("Dzień dobry,", "zapraszamy na rozmowę online.")
            + brb([("Data", "czwartek, 25 lutego 2027"), ("Godzina", "12:00 czasu polskiego")]),
            lang="pl",
        ),
    )
    yield fwd(
        fam,
        "pl_od_wyslane",
        "pl",
        "owa",
        "pl",
        o,
        "Do kalendarza.",
        3 * H,
        ev(st, None, zone=WAW),
        "OWA pl (Od/Wysłane/Do/Temat); '12:00 czasu polskiego'.",
    )
    s = ("Vale Norte Carreiras", "news@carreiras.valenorte.example.com.br")
    o = Orig(
        s,
        "Newsletter de fevereiro",
        at(2027, 2, 1, 8, 0, SAO),
        page(
            para("Olá!", "Confira as novidades do mês.")
            + tbl(
                [
                    ("Live com o RH", "quarta-feira, 10/02/2027, 19h"),
                    ("Inscrições", "até 08/02/2027"),
                ]
            ),
            lang="pt",
        ),
    )
    yield fwd(
        fam,
        "ptbr_newsletter",
        "pt-BR",
        "owa",
        "pt",
        o,
        "Olha que interessante.",
        6 * H,
        NOT,
        "OWA pt-BR (De/Enviado/Para/Assunto) forward of a newsletter with a live session: "
        "not an invitation.",
    )


def applefwd24() -> Iterator[Case]:
    fam = "applefwd24"
    s = ("Thornbury Estates HR", "hr@thornbury-estates.example.co.uk")
    st = at(2027, 2, 11, 15, 0, LON, "Thu")
    o = Orig(
        s,
        "Interview – Lettings Manager",
        at(2027, 2, 1, 9, 12, LON),
        page(
            para("Dear Alex,", "We'd be delighted to meet you.")
            + brb([("Date", "Thursday 11 February 2027"), ("Time", "3pm&nbsp;&ndash;&nbsp;3:45pm")])
        ),
    )
    yield fwd(
        fam,
        "en_gmt_date_header",
        "en-GB",
        "apple",
        "en",
        o,
        "Sent from the train – please add.",
        2 * H,
        ev(st, 45, sent=o.sent),
        "Apple Mail en; the forward block's Date carries seconds and 'GMT'; original has no zone.",
        html_only=True,
    )
    s = ("Auerbach Medizintechnik", "jobs@auerbach-mt.example.de")
    st = at(2027, 2, 17, 13, 0, BER, "Wed")
    o = Orig(
        s,
        "Terminbestätigung Interview",
        at(2027, 2, 3, 16, 40, BER),
        page(
            para("Hallo Alex,", "hier die Details zum Interview:")
            + tbl([("Wann", "Mittwoch, 17. Februar 2027"), ("Uhrzeit", "13:00 – 14:00 Uhr (MEZ)")]),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_anfang",
        "de",
        "apple",
        "de",
        o,
        "Kannst du das eintragen?",
        90 * M,
        ev(st, 60),
        "Apple Mail de ('Anfang der weitergeleiteten Nachricht:', Datum '… um 16:40:00 MEZ'); "
        "slot '13:00 – 14:00 Uhr (MEZ)'.",
    )
    s = ("Brasserie Valmont Recrutement", "jobs@valmont.example.fr")
    st = at(2027, 2, 20, 10, 30, PAR, "Sat")
    o = Orig(
        s,
        "Votre entretien samedi",
        at(2027, 2, 9, 18, 0, PAR),
        page(
            para("Bonjour Alex,", "On vous attend pour un entretien samedi.")
            + cards([("Date", "samedi 20 février 2027"), ("Heure", "10h30")]),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_debut",
        "fr",
        "apple",
        "fr",
        o,
        "Pour samedi !",
        25 * M,
        ev(st, None, sent=o.sent),
        "Apple Mail fr ('Début du message réexpédié :'); cards, no zone.",
    )
    s = ("Rowan & Pike Outfitters", "orders@rowanpike.example")
    o = Orig(
        s,
        "Your order has shipped",
        at(2027, 2, 4, 12, 0, NYC),
        page(
            para("Hi Alex,", "Good news, your order is on the way.")
            + tbl([("Order", "#RP-20931"), ("Estimated delivery", "Tue, Feb 9, 2027 by 8:00 PM")])
        ),
    )
    yield fwd(
        fam,
        "en_order_shipped",
        "en-US",
        "apple",
        "en",
        o,
        "FYI",
        H,
        NOT,
        "Apple Mail forward of a shipping receipt with an evening delivery time: "
        "not an invitation.",
    )


def yahoofwd24() -> Iterator[Case]:
    fam = "yahoofwd24"
    s = ("Summit Ridge Schools HR", "hr@summitridge-schools.example")
    st = at(2027, 2, 12, 13, 0, "America/Denver", "Fri")
    o = Orig(
        s,
        "Interview scheduled – 5th Grade Teacher",
        at(2027, 2, 1, 10, 5, "America/Denver"),
        page(
            para("Dear Alex,", "Your interview has been scheduled.")
            + brb(
                [
                    ("When", "Friday, February 12, 2027"),
                    ("Time", "1:00 PM Mountain Time"),
                    ("Where", "District Office, Room 204"),
                ]
            )
        ),
    )
    yield fwd(
        fam,
        "en_mountain",
        "en-US",
        "yahoo",
        "en",
        o,
        "add pls",
        2 * H,
        ev(st, None, zone="America/Denver"),
        "Yahoo en ('Sent: Monday, February 1, 2027, 10:05:00 AM GMT-7'); '1:00 PM Mountain Time'.",
    )
    s = ("Boulangeries Delorme", "rh@delorme-boulangeries.example.fr")
    st = at(2027, 2, 16, 8, 0, PAR, "Tue")
    o = Orig(
        s,
        "Entretien mardi matin",
        at(2027, 2, 5, 15, 30, PAR),
        page(
            para("Bonjour Alex,", "Nous vous recevrons pour un entretien.")
            + tbl([("Date", "mardi 16 février 2027"), ("Heure", "8h00&nbsp;&#8211;&nbsp;8h30")]),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_transfere",
        "fr",
        "yahoo",
        "fr",
        o,
        "Entretien à ajouter stp.",
        H,
        ev(st, 30, sent=o.sent),
        "Yahoo fr ('----- Message transféré -----', 'Envoyé : … UTC+1'); no zone in the slot.",
    )
    s = ("Agroindustrias del Sur", "seleccion@agrosur.example.es")
    st = at(2027, 2, 19, 10, 0, MAD, "Fri")
    o = Orig(
        s,
        "Citación a entrevista",
        at(2027, 2, 8, 9, 0, MAD),
        page(
            para("Estimado Alex:", "Le citamos a una entrevista presencial.")
            + cards(
                [
                    ("Fecha", "viernes, 19 de febrero de 2027"),
                    ("Hora", "10:00&nbsp;h"),
                    ("Duración", "1 hora"),
                ]
            ),
            lang="es",
        ),
    )
    yield fwd(
        fam,
        "es_reenviado",
        "es",
        "yahoo",
        "es",
        o,
        "Reenvío la citación.",
        2 * H,
        ev(st, 60, sent=o.sent),
        "Yahoo es ('----- Mensaje reenviado -----'); cards, '1 hora' gives the end; no zone.",
    )
    s = ("Hafenstadt Events", "events@hafenstadt-events.example.de")
    o = Orig(
        s,
        "Einladung: Tech-Sommerfest",
        at(2027, 2, 3, 11, 0, BER),
        page(
            para("Hallo Alex,", "wir feiern und Sie sind eingeladen!")
            + tbl([("Datum", "Freitag, 26.02.2027"), ("Beginn", "18:00 Uhr")])
            + button("Zusagen", "https://hafenstadt-events.example.de/rsvp"),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_sommerfest",
        "de",
        "yahoo",
        "de",
        o,
        "Lust mitzukommen?",
        4 * H,
        NOT,
        "Yahoo de forward of a party invitation from an events agency: not an interview.",
    )


def tbfwd24() -> Iterator[Case]:
    fam = "tbfwd24"
    s = ("Eichenwald Software", "jobs@eichenwald-sw.example.de")
    st = at(2027, 2, 18, 10, 0, BER, "Thu")
    o = Orig(
        s,
        "Technisches Interview",
        at(2027, 2, 4, 13, 0, BER),
        page(
            para("Hallo Alex,", "wir laden Sie zum technischen Interview ein.")
            + tbl([("Datum", "Do., 18.02.2027"), ("Zeit", sp("10:00", "11:30") + " Uhr")]),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_weitergeleitet",
        "de",
        "tbird",
        "de",
        o,
        "Bitte übernehmen.",
        3 * H,
        ev(st, 90, sent=o.sent),
        "Thunderbird de (moz-email-headers-table, Betreff/Datum/Von/An, "
        "RFC 822 Date); spans, no zone.",
        html_only=True,
    )
    s = ("Optique Mercier", "emploi@optique-mercier.example.fr")
    st = at(2027, 2, 22, 14, 0, PAR, "Mon")
    o = Orig(
        s,
        "Invitation entretien",
        at(2027, 2, 9, 10, 30, PAR),
        page(
            para("Bonjour,", "Merci pour votre candidature. Nous vous proposons :")
            + brb([("Lundi 22 février 2027", "de 14h00 à 14h45")]),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_transfere",
        "fr",
        "tbird",
        "fr",
        o,
        "Pour info.",
        H,
        ev(st, 45, sent=o.sent),
        "Thunderbird fr ('Message transféré', Sujet/Date/De/Pour); 'de 14h00 à 14h45' "
        "under the day.",
    )
    s = ("Mazowsze Transport HR", "kadry@mazowsze-transport.example.pl")
    st = at(2027, 2, 24, 9, 0, WAW, "Wed")
    o = Orig(
        s,
        "Rozmowa kwalifikacyjna",
        at(2027, 2, 10, 12, 0, WAW),
        page(
            para("Dzień dobry,", "zapraszamy na rozmowę kwalifikacyjną.")
            + cards(
                [("Kiedy", "środa, 24.02.2027, godz. 9:00"), ("Gdzie", "ul. Kolejowa 7, Radom")]
            ),
            lang="pl",
        ),
    )
    yield fwd(
        fam,
        "pl_przekazana",
        "pl",
        "tbird",
        "pl",
        o,
        "Dodaj proszę.",
        2 * H,
        ev(st, None, sent=o.sent),
        "Thunderbird pl ('Przekazana wiadomość', Temat/Data/Od/Do); 'godz. 9:00', no zone.",
    )
    s = ("Pasticceria Gallo Lavora con noi", "lavoro@pasticceriagallo.example.it")
    st = at(2027, 2, 25, 16, 30, ROM, "Thu")
    o = Orig(
        s,
        "Colloquio in negozio",
        at(2027, 2, 11, 17, 0, ROM),
        page(
            para("Ciao Alex,", "ti aspettiamo per un colloquio in negozio.")
            + tbl([("Data", "giovedì 25/02/2027"), ("Ora", "16:30")]),
            lang="it",
        ),
    )
    yield fwd(
        fam,
        "it_inoltrato",
        "it",
        "tbird",
        "it",
        o,
        "Ecco il colloquio.",
        30 * M,
        ev(st, None, sent=o.sent),
        "Thunderbird it ('Messaggio Inoltrato', Oggetto/Data/Mittente/A); dd/mm date, no zone.",
    )
    s = ("Fachverband IT Nord", "newsletter@fv-itnord.example.de")
    o = Orig(
        s,
        "Newsletter Februar: Termine",
        at(2027, 2, 1, 7, 0, BER),
        page(
            para("Liebe Mitglieder,", "unsere nächsten Termine:")
            + tbl(
                [
                    ("Stammtisch", "Mi., 17.02.2027, 19:00 Uhr"),
                    ("Vortrag KI im Mittelstand", "Di., 23.02.2027, 18:30 Uhr"),
                ]
            ),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_newsletter",
        "de",
        "tbird",
        "de",
        o,
        "Falls es dich interessiert.",
        5 * H,
        NOT,
        "Thunderbird forward of an association newsletter with dated meetups: not an invitation.",
    )


def preheader24() -> Iterator[Case]:
    fam = "preheader24"
    s = ("Tallis Retail Careers", "careers@tallis-retail.example")
    st = at(2027, 2, 23, 10, 0, NYC, "Tue")
    body = para(
        "Hi Alex,", "Thanks for your time so far. We'd like you to meet the store manager."
    ) + cards([("Date", "Tuesday, February 23, 2027"), ("Time", "10:00 AM EST")])
    yield direct(
        fam,
        "en_pre_applied",
        "en-US",
        s,
        "Meet the store manager",
        at(2027, 2, 11, 9, 0, NYC),
        page(body, "Applied January 29 at 4:12 PM – here's your next step"),
        stub("https://tallis-retail.example/v/1", "en"),
        ev(st, None),
        "Preheader with the application moment; cards with the slot.",
    )
    s = ("株式会社アオバ工業 人事部", "jinji@aoba-kogyo.example.jp")
    st = at(2027, 2, 24, 14, 0, TYO, "Wed")
    sent = at(2027, 2, 12, 10, 0, TYO)
    body = para("Alex Morgan 様", "二次面接のご案内です。") + tbl(
        [
            ("日時", "2027年2月24日（水）<span>14:00</span>〜<span>15:00</span>"),
            ("場所", "本社 5階 会議室"),
        ]
    )
    yield direct(
        fam,
        "ja_pre_deadline",
        "ja",
        s,
        "二次面接のご案内",
        sent,
        page(body, "2月17日までにご返信ください"),
        stub("https://aoba-kogyo.example.jp/m", "ja"),
        ev(st, 60, sent=sent),
        "Preheader asks for a reply by 17 Feb; slot in a table, no zone.",
    )
    s = ("Cervecera Ibarra Talento", "talento@ibarra.example.es")
    st = at(2027, 2, 25, 12, 30, MAD, "Thu")
    sent = at(2027, 2, 12, 13, 0, MAD)
    body = para("Hola Alex:", "Queremos conocerte en persona.") + brb(
        [("Fecha", "jueves, 25 de febrero de 2027"), ("Hora", "12:30&nbsp;&ndash;&nbsp;13:15")]
    )
    yield direct(
        fam,
        "es_pre_other_date",
        "es",
        s,
        "Entrevista en Ibarra",
        sent,
        page(body, "Tu candidatura del 3 de febrero avanza"),
        stub("https://ibarra.example.es/v", "es"),
        ev(st, 45, sent=sent),
        "Preheader names the application day; slot in <br> blocks.",
    )
    s = ("Tallis Retail Careers", "events@tallis-retail.example")
    body = para("Hi Alex,", "Our hiring event is coming to your city.") + cards(
        [("Date", "Saturday, February 27, 2027"), ("Time", "9:00 AM – 2:00 PM EST")]
    )
    yield direct(
        fam,
        "en_hiring_event",
        "en-US",
        s,
        "Walk-in hiring event near you",
        at(2027, 2, 12, 9, 0, NYC),
        page(body, "Walk-ins welcome, no appointment needed"),
        stub("https://tallis-retail.example/v/2", "en"),
        NOT,
        "Walk-in hiring event for all applicants: not an invitation.",
    )


def owacjkfwd24() -> Iterator[Case]:
    fam = "owacjkfwd24"
    s = ("株式会社ハヤセ電機 採用チーム", "recruit@hayase-denki.example.jp")
    st = at(2027, 2, 19, 11, 0, TYO, "Fri")
    o = Orig(
        s,
        "面接日程確定のお知らせ",
        at(2027, 2, 5, 17, 45, TYO),
        page(
            para("Alex Morgan 様", "面接日程が確定しました。")
            + tbl([("日時", "2027年2月19日（金） 11:00〜12:00（日本時間）"), ("方法", "Zoom")]),
            lang="ja",
        ),
    )
    yield fwd(
        fam,
        "ja_sashidashinin",
        "ja",
        "owa",
        "ja",
        o,
        "カレンダーに追加してください。",
        2 * H,
        ev(st, 60, zone=TYO),
        "OWA ja (差出人/送信日時/宛先/件名).",
    )
    s = ("上海远航科技 招聘部", "hr@yuanhang-tech.example.cn")
    st = at(2027, 2, 22, 15, 0, SHA, "Mon")
    o = Orig(
        s,
        "面试邀请",
        at(2027, 2, 8, 10, 30, SHA),
        page(
            para("Alex 您好：", "诚邀您参加面试。")
            + brb(
                [("面试时间", "2027年2月22日（星期一）15:00-16:00（北京时间）"), ("地点", "线上")]
            ),
            lang="zh",
        ),
    )
    yield fwd(
        fam,
        "zh_fajianren",
        "zh",
        "owa",
        "zh",
        o,
        "请添加到日历。",
        3 * H,
        ev(st, 60, zone=SHA),
        "OWA zh (发件人/发送时间/收件人/主题).",
    )
    s = ("한빛소프트웨어 인사팀", "recruit@hanbit-sw.example.kr")
    st = at(2027, 2, 23, 14, 0, SEO, "Tue")
    o = Orig(
        s,
        "면접 일정 안내",
        at(2027, 2, 9, 9, 20, SEO),
        page(
            para("Alex Morgan 님", "면접 일정을 안내드립니다.")
            + cards([("일시", "2027년 2월 23일 (화) 오후 2:00 ~ 3:00"), ("장소", "본사 3층")]),
            lang="ko",
        ),
    )
    yield fwd(
        fam,
        "ko_bonaen_saram",
        "ko",
        "owa",
        "ko",
        o,
        "일정 추가 부탁해요.",
        H,
        ev(st, 60, sent=o.sent),
        "OWA ko (보낸 사람/보낸 날짜 with 오전/오후); '오후 2:00 ~ 3:00', no zone.",
    )
    s = ("Rio Claro Tecnologia", "vagas@rioclaro-tec.example.com.br")
    st = at(2027, 2, 24, 10, 0, SAO, "Wed")
    o = Orig(
        s,
        "Entrevista – Rio Claro",
        at(2027, 2, 10, 14, 0, SAO),
        page(
            para("Olá, Alex!", "Confirmamos sua entrevista.")
            + tbl([("Data", "quarta-feira, 24 de fevereiro de 2027"), ("Horário", "10h às 11h")]),
            lang="pt",
        ),
    )
    yield fwd(
        fam,
        "ptbr_de_enviado",
        "pt-BR",
        "owa",
        "pt",
        o,
        "Pode adicionar?",
        2 * H,
        ev(st, 60, sent=o.sent),
        "OWA pt-BR (De/Enviado/Para/Assunto); '10h às 11h', no zone.",
    )
    s = ("株式会社ハヤセ電機 採用チーム", "seminar@hayase-denki.example.jp")
    o = Orig(
        s,
        "【ご案内】オンライン職場見学会",
        at(2027, 2, 4, 12, 0, TYO),
        page(
            para("Alex Morgan 様", "職場見学会を開催します。")
            + tbl([("日時", "2027年2月26日（金）16:00〜17:00"), ("対象", "応募者の皆様")]),
            lang="ja",
        ),
    )
    yield fwd(
        fam,
        "ja_kengakukai",
        "ja",
        "owa",
        "ja",
        o,
        "参考まで。",
        5 * H,
        NOT,
        "Forwarded online workplace tour for all applicants: not an invitation.",
    )


def protonfwd24() -> Iterator[Case]:
    fam = "protonfwd24"
    s = ("Greyfield Legal Recruitment", "recruitment@greyfield-legal.example.co.uk")
    st = at(2027, 2, 25, 11, 30, LON, "Thu")
    o = Orig(
        s,
        "Interview – Trainee Solicitor",
        at(2027, 2, 11, 10, 0, LON),
        page(
            para("Dear Alex,", "We are pleased to invite you to interview.")
            + tbl([("Date", "Thursday 25 February 2027"), ("Time", sp("11:30", "12:30") + " GMT")])
        ),
    )
    yield fwd(
        fam,
        "en_forwarded",
        "en-GB",
        "proton",
        "en",
        o,
        "For the calendar.",
        2 * H,
        ev(st, 60),
        "Proton en ('On Thursday, February 11th, 2027 at 10:00 AM').",
    )
    s = ("Kranich Reisen Personal", "personal@kranich-reisen.example.de")
    st = at(2027, 3, 2, 9, 0, BER, "Tue")
    o = Orig(
        s,
        "Einladung Vorstellungsgespräch",
        at(2027, 2, 15, 15, 0, BER),
        page(
            para("Hallo Alex,", "wir laden Sie ein.")
            + brb([("Termin", "Dienstag, 2. März 2027"), ("Uhrzeit", "9:00 – 9:45 Uhr")]),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_weitergeleitet",
        "de",
        "proton",
        "de",
        o,
        "Bitte eintragen.",
        H,
        ev(st, 45, sent=o.sent),
        "Proton de ('Am Montag, 15. Februar 2027 um 15:00'); no zone.",
    )
    s = ("Vignobles Castel Recrutement", "rh@castel-vignobles.example.fr")
    st = at(2027, 3, 3, 14, 0, PAR, "Wed")
    o = Orig(
        s,
        "Entretien au domaine",
        at(2027, 2, 16, 9, 30, PAR),
        page(
            para("Bonjour Alex,", "Nous serions ravis de vous recevoir.")
            + cards([("Date", "mercredi 3 mars 2027"), ("Heure", "14h")]),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_cancel_note",
        "fr",
        "proton",
        "fr",
        o,
        "Finalement annulé : ils ont pourvu le poste, ils m'ont appelé ce matin.",
        26 * H,
        ev(st, None, kind="cancellation", sent=o.sent),
        "Proton fr forward whose note cancels the slot; no zone.",
    )
    s = ("Greyfield Legal", "events@greyfield-legal.example.co.uk")
    o = Orig(
        s,
        "Vacation scheme open evening",
        at(2027, 2, 10, 12, 0, LON),
        page(
            para("Dear Alex,", "Join us for our vacation scheme open evening.")
            + tbl([("Date", "Tuesday 2 March 2027"), ("Time", "18:00–20:00 GMT")])
        ),
    )
    yield fwd(
        fam,
        "en_open_evening",
        "en-GB",
        "proton",
        "en",
        o,
        "Worth going?",
        3 * H,
        NOT,
        "Forwarded open evening: not an invitation.",
    )


def fwdnegs24() -> Iterator[Case]:
    fam = "fwdnegs24"
    s = ("Nordhavn Job Alerts", "alerts@nordhavn-jobs.example.dk")
    o = Orig(
        s,
        "5 new jobs for you",
        at(2027, 2, 8, 6, 0, "Europe/Copenhagen"),
        page(
            para("Hi Alex,", "New roles matching your search.")
            + tbl(
                [
                    ("Backend Developer", "Apply by 20 Feb 2027"),
                    ("Info session", "Wed 17 Feb 2027, 16:00 CET"),
                ]
            )
        ),
    )
    yield fwd(
        fam,
        "en_job_alert_gmail",
        "en",
        "gmail",
        "en",
        o,
        "look",
        2 * H,
        NOT,
        "Gmail forward of a job alert with an info session and a deadline.",
    )
    s = ("Bricoplus", "commande@bricoplus.example.fr")
    o = Orig(
        s,
        "Votre retrait en magasin",
        at(2027, 2, 9, 10, 0, PAR),
        page(
            para("Bonjour Alex,", "Votre commande est prête.")
            + tbl([("Retrait", "jeudi 18 février 2027"), ("Créneau", "14h00 – 14h30")]),
            lang="fr",
        ),
    )
    yield fwd(
        fam,
        "fr_click_collect_owa",
        "fr",
        "owa",
        "fr",
        o,
        "Tu peux y aller à ma place ?",
        H,
        NOT,
        "OWA forward of a click-and-collect pickup slot.",
    )
    s = ("Rheinland Tech Meetup", "hello@rheinland-meetup.example.de")
    o = Orig(
        s,
        "Erinnerung: Meetup am Donnerstag",
        at(2027, 2, 15, 9, 0, BER),
        page(
            para("Hallo Alex,", "Erinnerung an unser Meetup.")
            + cards(
                [
                    ("Wann", "Donnerstag, 18.02.2027, 19:00 Uhr"),
                    ("Wo", "Coworking Hafen, Düsseldorf"),
                ]
            ),
            lang="de",
        ),
    )
    yield fwd(
        fam,
        "de_meetup_apple",
        "de",
        "apple",
        "de",
        o,
        "Kommst du mit?",
        2 * H,
        NOT,
        "Apple Mail forward of a meetup reminder.",
    )
    s = ("Clínica Dental Sonrisa", "citas@sonrisa-dental.example.es")
    o = Orig(
        s,
        "Recordatorio de cita",
        at(2027, 2, 12, 11, 0, MAD),
        page(
            para("Hola Alex:", "Le recordamos su cita.")
            + brb([("Fecha", "lunes, 22 de febrero de 2027"), ("Hora", "17:30")]),
            lang="es",
        ),
    )
    yield fwd(
        fam,
        "es_dentist_yahoo",
        "es",
        "yahoo",
        "es",
        o,
        "Apúntalo en mi calendario personal",
        H,
        NOT,
        "Yahoo forward of a dentist appointment reminder.",
    )
    s = ("Korvex Solutions HR", "hr@korvex.example")
    o = Orig(
        s,
        "Thank you for interviewing with us",
        at(2027, 2, 12, 15, 0, NYC),
        page(
            para(
                "Hi Alex,",
                "Thank you for meeting us on Wednesday, February 10 at 2:00 PM ET. "
                "We will get back to you by February 19.",
            )
        ),
    )
    yield fwd(
        fam,
        "en_after_thanks_tbird",
        "en-US",
        "tbird",
        "en",
        o,
        "Fingers crossed.",
        3 * H,
        NOT,
        "Thunderbird forward of a thank-you naming the past interview.",
    )


BUILDERS = [
    stubtbl24,
    brblock24,
    plainnotime24,
    subjonly24,
    evnews24,
    gmailfwd24,
    owafwd24,
    applefwd24,
    yahoofwd24,
    tbfwd24,
    preheader24,
    owacjkfwd24,
    protonfwd24,
    fwdnegs24,
]


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the htmlfwd24 batch (`build_htmlfwd24.py`)",
        "",
        "HTML-heavy interview mail and forwards of it as webmail and mail clients produce them: "
        "plain alternatives that are stubs or leave the time out, slots only in HTML tables, "
        "<br>-stacked label blocks, styled divs, times split across spans, &nbsp; and "
        "entity-escaped dashes, hidden preheaders, slots only in the subject; forwards wrapped by "
        "Gmail, Outlook on the web (localized), Apple Mail, Yahoo, Proton and Thunderbird with "
        "the forwarder's note on top. Client layouts are recalled from memory (no client or "
        "vendor text copied); people, companies, addresses and links are made up; all prose "
        "ours. build_html16/17, build_htmlrich12, build_htmlats13, build_fwdclients12 and "
        "build_fwdmix14 were checked so that shapes do not repeat.",
        "",
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run. Held-out families (chosen before any parse): preheader24, "
        "owacjkfwd24, protonfwd24, fwdnegs24; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_htmlfwd24.py` "
        "(deterministic; rewrites only these families' files).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [c for c in cases if c.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {SPLITS[name]}): {SOURCES[name]}")
    if FIRST_SIGHT:
        lines += ["", "## First sight, after, rules", ""]
        lines += FIRST_SIGHT
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows(c for c in cases if c.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-htmlfwd24.md", provenance(cases))
    neg = sum(1 for c in cases if c.label.get("kind") == NEG)
    print(f"{len(cases)} messages ({neg} negatives) in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
