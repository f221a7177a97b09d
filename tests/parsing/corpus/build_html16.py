"""Write the "html16" batch: HTML-heavy interview mail without a calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_html16.py

Twelve families: video-meeting invitation text as Zoom and Webex print it (pasted into a
recruiter's mail or sent by the service) in en, de, fr, es, it, nl, pt-BR, ja, zh-CN, pl;
Outlook-web mails with a Teams block and Gmail-composed mails (`<div dir="ltr">`, signature
tables, disclaimers); label/value notification tables of commercial ATS products not yet in
the corpus (Phenom, Fountain, HRMOS, Moka, TRAFFIT, InHire, OTYS) with hidden preheaders,
buttons, `<br>`-separated blocks, text parts that are only a 'view in browser' stub and times
that sit only in the subject; look-alikes in the same layouts (webinar registrations,
recordings, job alerts, assessment deadlines, surveys, marketing mail with event dates).
Proprietary products: wording ours, layouts recalled. Labels were written from the datetimes
the text is rendered from, before the parser was run. Deterministic; touches only its own
families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
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
pg7 = _load("build_parsegen7", "build_parsegen7.py")
h13 = _load("build_htmlats13", "build_htmlats13.py")
at, Case, slot = pp.at, pp.Case, pg7.slot
mk, mj, grid, button = h13.mk, h13.mj, h13.grid, h13.button


def thin(url: str, lang: str = "en") -> str:
    if lang == "zh":
        return f"此邮件为HTML格式，请在浏览器中查看：\n{url}\n"
    text: str = h13.thin(url, lang)
    return text


NEG = "not_invitation"
M = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "zoomtext16": "dev",
    "teamsowa16": "dev",
    "gmailrec16": "dev",
    "phenom16": "dev",
    "fountain16": "dev",
    "hrmos16": "dev",
    "traffit16": "dev",
    "evmarket16": "dev",
    "webexnote16": "heldout",
    "moka16": "heldout",
    "inhire16": "heldout",
    "otys16": "heldout",
}
RECALLED = "wording ours, layout recalled (no vendor text copied)"
TEMPLATES = {
    "zoomtext16": "Zoom meeting invitation text ('Topic/Time/Join Zoom Meeting', localized) "
    "pasted into recruiters' HTML mail; " + RECALLED,
    "teamsowa16": "Outlook on the web composed mail with a Microsoft Teams meeting block "
    "(en-GB, de, nl, fr, pl); " + RECALLED,
    "gmailrec16": "Gmail web composed recruiter mail (dir=ltr, gmail_signature table, "
    "disclaimer, Google Meet link; en, es, it, pt-BR); " + RECALLED,
    "phenom16": "Phenom-style enterprise ATS interview notifications (en, de, fr); " + RECALLED,
    "fountain16": "Fountain-style hourly-hiring notifications (en-US, es-US); " + RECALLED,
    "hrmos16": "HRMOS-style Japanese ATS interview notices (ja); " + RECALLED,
    "traffit16": "TRAFFIT-style Polish ATS notifications (pl); " + RECALLED,
    "evmarket16": "Employer-branding and event marketing mail (en, de, fr, es, it); " + RECALLED,
    "webexnote16": "Webex scheduled-meeting notifications (held out); " + RECALLED,
    "moka16": "Moka-style Chinese ATS notices (held out); " + RECALLED,
    "inhire16": "InHire-style Brazilian ATS notices (held out); " + RECALLED,
    "otys16": "OTYS-style Dutch ATS notices (held out); " + RECALLED,
}
LICENSE = "written for this corpus (layouts recalled, no vendor text copied)"
SOURCES = {
    "zoomtext16": "Zoom invitation text as recruiters paste it into HTML mail: 'Time: Jan 14, "
    "2027 10:00 AM Pacific Time (US and Canada)', de 'Uhrzeit: 19.Jan..2027 02:00 PM "
    "Amsterdam, Berlin, Rom, Stockholm, Wien', fr 'Heure : ...', es, ja '大阪、札幌、東京', "
    "pl, pt-BR, it, nl; one-tap dial strings; webinar registration and cloud-recording "
    "look-alikes.",
    "teamsowa16": "Outlook web (Aptos, elementToProof, Signature div) with the Teams block "
    "(Meeting ID/Passcode, de 'Besprechungs-ID/Kennung'); time in the recruiter's sentence; "
    "a Teams link 'time to follow' and a town-hall registration as look-alikes.",
    "gmailrec16": 'Gmail web: <div dir="ltr"> blocks, gmail_signature with a table, '
    "confidentiality disclaimers with dates, a Meet link; en, es, it, pt-BR; availability "
    "question and referral look-alikes.",
    "phenom16": "Enterprise ATS label/value table (Date | Time | Time zone | Format), hidden "
    "preheader, text part 'view in browser'; en, de, fr; job alert and survey look-alikes.",
    "fountain16": "Hourly hiring: time only in the subject with a generic body, <br>-separated "
    "blocks, a reminder; es-US; a document deadline and a new-openings alert as look-alikes.",
    "hrmos16": "Japanese ATS: '面接日時' row '2027年1月21日(木) 14:00〜15:00', 'オンライン', "
    "a move and a cancellation; 適性検査 deadline and 会社説明会 look-alikes.",
    "traffit16": "Polish ATS: 'Termin: 20.01.2027, godz. 10:00–11:00', a move, an online "
    "test deadline and a satisfaction survey.",
    "evmarket16": "Marketing mail in the same table/button layout: career fairs, webinars, "
    "open days, newsletters with dated events (en, de, fr, es, it); all look-alikes.",
    "webexnote16": "Webex (held out).",
    "moka16": "Moka (held out).",
    "inhire16": "InHire (held out).",
    "otys16": "OTYS (held out).",
}


class Fam:
    def __init__(
        self, family: str, sender: tuple[str, str], brand: str = "", color: str = "#1f2937"
    ) -> None:
        self.family, self.sender, self.brand, self.color = family, sender, brand, color

    def case(
        self,
        name: str,
        lang: str,
        subject: str,
        sent: datetime,
        note: str,
        html: str,
        text: str | None,
        label: dict[str, object] | None = None,
        enc: str = "qp",
        sender: tuple[str, str] | None = None,
    ) -> Case:
        who = sender or self.sender
        raw = mk(f"html16/{self.family}/{name}", who, subject, sent, html, text, enc)
        lab = dict(label or {"kind": NEG})
        lab["organizer_email"] = who[1]
        return Case(
            self.family,
            SPLITS[self.family],
            pg7.filename(lang, name),
            raw,
            lab,
            lang,
            note,
            TEMPLATES[self.family],
            LICENSE,
        )

    def card(
        self,
        name: str,
        lang: str,
        subject: str,
        sent: datetime,
        note: str,
        pre: str,
        blocks: list[str],
        *,
        text: str | None = "",
        label: dict[str, object] | None = None,
        enc: str = "qp",
    ) -> Case:
        html = mj(pre, blocks, self.brand, self.color, lang.split("-")[0])
        if text == "":
            text = thin(
                f"https://{self.family}.example/view/{pp.digest(self.family, name)[:12]}",
                lang.split("-")[0],
            )
        return self.case(name, lang, subject, sent, note, html, text, label, enc)


def ev(
    start: datetime,
    end: datetime | None = None,
    kind: str = "invitation",
    zone: str | None = None,
    naive: datetime | None = None,
) -> dict[str, object]:
    return slot(start, end, kind=kind, zone=zone, sent=naive)


# --------------------------------------------------------------------------------------
# webmail shapes


def _lines_html(lines: list[str]) -> str:
    out = []
    for line in lines:
        body = line.replace("\n", "<br>")
        out.append("<div><br></div>" if not line else f"<div>{body}</div>")
    return "".join(out)


def _strip(line: str) -> str:
    import re

    line = re.sub(
        r"<a href=\"([^\"]+)\"[^>]*>([^<]*)</a>",
        lambda m: m.group(2) if m.group(1) == m.group(2) else f"{m.group(2)} <{m.group(1)}>",
        line,
    )
    line = re.sub(r"<br\s*/?>", "\n", line)
    line = re.sub(r"<[^>]+>", "", line)
    return (
        line.replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&ndash;", "–")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
    )


def gmail(lines: list[str], sig: list[tuple[str, str]], disclaimer: str = "") -> tuple[str, str]:
    """Gmail web compose: dir=ltr, blank lines as <div><br></div>, a table signature."""
    name, title = sig[0]
    rows = "".join(
        f'<tr><td style="padding:0 8px 0 0;color:rgb(102,102,102);font-size:12px">{k}</td>'
        f'<td style="font-size:12px">{v}</td></tr>'
        for k, v in sig[1:]
    )
    sightml = (
        '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
        '<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">'
        f'<tbody><tr><td colspan="2" style="font-weight:bold;font-size:13px">{name}</td></tr>'
        f'<tr><td colspan="2" style="font-size:12px;color:rgb(102,102,102)">{title}</td></tr>'
        f"{rows}</tbody></table>"
        + (
            f'<div><br></div><div style="font-size:10px;color:rgb(153,153,153)">{disclaimer}</div>'
            if disclaimer
            else ""
        )
        + "</div></div>"
    )
    html = f'<div dir="ltr">{_lines_html(lines)}{sightml}</div>\n'
    text = "\n".join(_strip(x) for x in lines)
    text += f"\n\n-- \n{name}\n{title}\n" + "\n".join(f"{k} {_strip(v)}" for k, v in sig[1:])
    if disclaimer:
        text += "\n\n" + _strip(disclaimer)
    return html, text + "\n"


TEAMS = {
    "en": (
        "Microsoft Teams meeting",
        "Join on your computer, mobile app or room device",
        "Click here to join the meeting",
        "Meeting ID:",
        "Passcode:",
        "Download Teams | Join on the web",
        "Learn More | Meeting options",
    ),
    "de": (
        "Microsoft Teams-Besprechung",
        "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil",
        "Klicken Sie hier, um an der Besprechung teilzunehmen",
        "Besprechungs-ID:",
        "Kennung:",
        "Teams herunterladen | Im Web beitreten",
        "Weitere Infos | Besprechungsoptionen",
    ),
    "nl": (
        "Microsoft Teams-vergadering",
        "Deelnemen op je computer, mobiele app of ruimteapparaat",
        "Klik hier om deel te nemen aan de vergadering",
        "Vergader-id:",
        "Wachtwoordcode:",
        "Teams downloaden | Deelnemen op het web",
        "Meer informatie | Opties voor vergadering",
    ),
    "fr": (
        "Réunion Microsoft Teams",
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
        "Cliquez ici pour participer à la réunion",
        "ID de réunion :",
        "Code secret :",
        "Télécharger Teams | Rejoindre sur le web",
        "En savoir plus | Options de réunion",
    ),
    "pl": (
        "Spotkanie w aplikacji Microsoft Teams",
        "Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali",
        "Kliknij tutaj, aby dołączyć do spotkania",
        "Identyfikator spotkania:",
        "Kod dostępu:",
        "Pobierz aplikację Teams | Dołącz w przeglądarce",
        "Dowiedz się więcej | Opcje spotkania",
    ),
}


def teams_block(lang: str, key: str) -> tuple[str, str]:
    t = TEAMS[lang]
    mid = "".join(str(int(c, 16) % 10) for c in pp.digest(key, "mid")[:12])
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    code = pp.digest(key, "pc")[:6]
    thread = pp.digest(key, "u")[:24]
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0"
    rule = "_" * 80
    html = (
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        f"{rule}</span></div>"
        f'<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">'
        f'<span style="font-size:24px;font-weight:700;color:#252424">{t[0]}</span></div>'
        f'<div style="margin-bottom:6px"><span style="font-size:14px;color:#252424">{t[1]}</span>'
        f'</div><div style="margin-bottom:6px"><a href="{url}" style="font-size:14px;'
        f'font-weight:700;color:#5B5FC7">{t[2]}</a></div>'
        f'<div style="margin-bottom:4px;margin-top:20px"><span style="font-size:14px;'
        f'color:#616161">{t[3]} </span><span style="font-size:14px;color:#252424">{mid}</span>'
        f'</div><div style="margin-bottom:20px"><span style="font-size:14px;color:#616161">'
        f'{t[4]} </span><span style="font-size:14px;color:#252424">{code}</span></div>'
        f'<div style="margin-bottom:20px;font-size:14px">{t[5]}</div>'
        f'<div style="font-size:12px">{t[6]}</div>'
        f'<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        f"{rule}</span></div>"
    )
    text = (
        f"{rule}\n{t[0]}\n{t[1]}\n{t[2]} <{url}>\n{t[3]} {mid}\n{t[4]} {code}\n{t[5]}\n{t[6]}\n"
        f"{rule}\n"
    )
    return html, text


def owa(
    lines: list[str], sig: list[str], extra_html: str = "", extra_text: str = ""
) -> tuple[str, str]:
    """Outlook on the web compose: Aptos div per paragraph, Signature div, optional block."""
    style = (
        "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, "
        "sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    )
    body = "".join(
        f'<div class="elementToProof" style="{style}">{x or "<br>"}</div>' for x in lines
    )
    sightml = (
        f'<div id="Signature"><div style="{style}"><br></div><table style="border-collapse:'
        'collapse"><tr><td style="border-right:2px solid #0a5b8c;padding-right:10px">'
        f'<b>{sig[0]}</b><br>{sig[1]}</td><td style="padding-left:10px;font-size:9pt">'
        + "<br>".join(sig[2:])
        + "</td></tr></table></div>"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
        f'</style></head><body dir="ltr">{body}{sightml}{extra_html}</body></html>\n'
    )
    text = "\n".join(_strip(x) for x in lines) + "\n\n" + "\n".join(_strip(s) for s in sig)
    text += "\n\n" + extra_text if extra_text else "\n"
    return html, text


ZOOM = {
    # topic word, time word, join line, id word, passcode word, invite line
    "en": (
        "Topic:",
        "Time:",
        "Join Zoom Meeting",
        "Meeting ID:",
        "Passcode:",
        "{who} is inviting you to a scheduled Zoom meeting.",
    ),
    "de": (
        "Thema:",
        "Uhrzeit:",
        "Zoom-Meeting beitreten",
        "Meeting-ID:",
        "Kenncode:",
        "{who} lädt Sie zu einem geplanten Zoom-Meeting ein.",
    ),
    "fr": (
        "Sujet :",
        "Heure :",
        "Participer à la réunion Zoom",
        "ID de réunion :",
        "Code secret :",
        "{who} vous invite à une réunion Zoom planifiée.",
    ),
    "es": (
        "Tema:",
        "Hora:",
        "Unirse a la reunión Zoom",
        "ID de reunión:",
        "Código de acceso:",
        "{who} le está invitando a una reunión de Zoom programada.",
    ),
    "ja": (
        "トピック:",
        "時間:",
        "Zoomミーティングに参加する",
        "ミーティングID:",
        "パスコード:",
        "{who}さんがあなたを予約されたZoomミーティングに招待しています。",
    ),
    "pl": (
        "Temat:",
        "Godzina:",
        "Dołącz do spotkania Zoom",
        "Identyfikator spotkania:",
        "Kod dostępu:",
        "{who} zaprasza Cię na zaplanowane spotkanie Zoom.",
    ),
    "pt": (
        "Tópico:",
        "Horário:",
        "Ingressar na reunião Zoom",
        "ID da reunião:",
        "Senha:",
        "{who} está convidando você para uma reunião Zoom agendada.",
    ),
    "it": (
        "Argomento:",
        "Ora:",
        "Entra nella riunione Zoom",
        "ID riunione:",
        "Passcode:",
        "{who} ti sta invitando a una riunione Zoom pianificata.",
    ),
    "nl": (
        "Onderwerp:",
        "Tijd:",
        "Zoom-vergadering bijwonen",
        "Vergadering-ID:",
        "Toegangscode:",
        "{who} nodigt u uit voor een geplande Zoom-vergadering.",
    ),
    "zh": (
        "主题：",
        "时间：",
        "加入Zoom会议",
        "会议号：",
        "密码：",
        "{who}邀请您参加预先安排的Zoom会议。",
    ),
}


def zoom_lines(lang: str, who: str, topic: str, when: str, key: str, dial: str = "") -> list[str]:
    z = ZOOM[lang]
    num = "".join(str(int(c, 16) % 10) for c in pp.digest(key, "zid")[:11])
    mid = f"{num[:3]} {num[3:7]} {num[7:]}"
    code = "".join(str(int(c, 16) % 10) for c in pp.digest(key, "zpc")[:6])
    url = f"https://us06web.zoom.us/j/{num}?pwd={pp.digest(key, 'pwd')[:22]}"
    lines = [
        z[5].format(who=who),
        "",
        f"{z[0]} {topic}",
        f"{z[1]} {when}",
        "",
        z[2],
        f'<a href="{url}">{url}</a>',
        "",
        f"{z[3]} {mid}",
        f"{z[4]} {code}",
    ]
    if dial:
        lines += ["", "---", "", dial.format(num=num, code=code)]
    return lines


# --------------------------------------------------------------------------------------
# dev families

SIG_EN = [
    ("Jordan Pike", "Senior Technical Recruiter | Corvane Systems"),
    ("m:", "+1 (415) 555-0142"),
    ("w:", '<a href="https://corvane.example">corvane.example</a>'),
    ("a:", "1450 Mission St, Suite 300, San Francisco, CA 94103"),
]


def zoomtext16() -> Iterator[Case]:
    f = Fam("zoomtext16", ("Jordan Pike", "jordan.pike@corvane.example"))
    items = [
        (
            "en-US",
            "en",
            "America/Los_Angeles",
            (2027, 1, 14, 10, 0, "Thu"),
            (2027, 1, 7, 16, 2),
            "Jan 14, 2027 10:00 AM Pacific Time (US and Canada)",
            "Interview: Alex Morgan / Data Analyst",
            "Zoom details for your interview",
            "Hi Alex,|Here are the Zoom details for Thursday's interview with our analytics team. "
            "Please join a couple of minutes early.",
            "One tap mobile\n+16699006833,,{num}#,,,,*{code}# US (San "
            "Jose)\n+12532158782,,{num}#,,,,*{code}# US (Tacoma)",
            "en 'Time: Jan 14, 2027 10:00 AM Pacific Time (US and Canada)' in a pasted Zoom "
            "invitation with one-tap dial strings; Gmail shape.",
        ),
        (
            "de",
            "de",
            "Europe/Berlin",
            (2027, 1, 19, 14, 0, "Tue"),
            (2027, 1, 11, 9, 40),
            "19.Jan..2027 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien",
            "Vorstellungsgespräch Alex Morgan – Backend Developer",
            "Einladung zum Vorstellungsgespräch (Zoom)",
            "Hallo Herr Morgan,|wie besprochen finden Sie unten die Zugangsdaten für unser "
            "Gespräch.",
            "",
            "German Zoom quirk 'Uhrzeit: 19.Jan..2027 02:00 PM Amsterdam, Berlin, Rom, "
            "Stockholm, Wien'.",
        ),
        (
            "fr",
            "fr",
            "Europe/Paris",
            (2027, 1, 21, 9, 30, "Thu"),
            (2027, 1, 13, 17, 5),
            "21 janv. 2027 09:30 AM Paris",
            "Entretien – Alex Morgan",
            "Votre entretien visio",
            "Bonjour Alex,|Voici le lien Zoom pour notre entretien. À jeudi !",
            "",
            "French 'Heure : 21 janv. 2027 09:30 AM Paris'.",
        ),
        (
            "es",
            "es",
            "Europe/Madrid",
            (2027, 1, 26, 16, 0, "Tue"),
            (2027, 1, 18, 12, 30),
            "26 ene 2027 04:00 PM Madrid",
            "Entrevista Alex Morgan – Analista de Riesgos",
            "Datos de conexión entrevista",
            "Hola Alex:|Te reenvío los datos de la reunión de Zoom para la entrevista.",
            "",
            "Spanish 'Hora: 26 ene 2027 04:00 PM Madrid'.",
        ),
        (
            "ja",
            "ja",
            "Asia/Tokyo",
            (2027, 1, 27, 15, 0, "Wed"),
            (2027, 1, 20, 11, 0),
            "2027年1月27日 03:00 PM 大阪、札幌、東京",
            "一次面接（Alex Morgan様）",
            "【面接のご案内】Zoom URLの送付",
            "Alex Morgan様|お世話になっております。面接のZoom情報をお送りいたします。",
            "",
            "Japanese '時間: 2027年1月27日 03:00 PM 大阪、札幌、東京'.",
        ),
        (
            "pl",
            "pl",
            "Europe/Warsaw",
            (2027, 1, 28, 11, 0, "Thu"),
            (2027, 1, 21, 14, 20),
            "28 sty 2027 11:00 AM Warszawa",
            "Rozmowa rekrutacyjna – Alex Morgan",
            "Link do rozmowy",
            "Dzień dobry,|przesyłam link do spotkania Zoom.",
            "",
            "Polish 'Godzina: 28 sty 2027 11:00 AM Warszawa'.",
        ),
        (
            "pt-BR",
            "pt",
            "America/Sao_Paulo",
            (2027, 2, 2, 10, 0, "Tue"),
            (2027, 1, 26, 18, 45),
            "2 fev. 2027 10:00 AM Brasília",
            "Entrevista – Alex Morgan",
            "Link da entrevista",
            "Oi Alex, tudo bem?|Segue o link do Zoom para a nossa conversa.",
            "",
            "pt-BR 'Horário: 2 fev. 2027 10:00 AM Brasília'.",
        ),
        (
            "it",
            "it",
            "Europe/Rome",
            (2027, 2, 3, 14, 30, "Wed"),
            (2027, 1, 27, 10, 10),
            "3 feb 2027 02:30 PM Roma",
            "Colloquio Alex Morgan",
            "Colloquio via Zoom",
            "Ciao Alex,|ecco i dettagli della riunione Zoom per il colloquio.",
            "",
            "Italian 'Ora: 3 feb 2027 02:30 PM Roma'.",
        ),
        (
            "zh-CN",
            "zh",
            "Asia/Shanghai",
            (2027, 2, 4, 14, 0, "Thu"),
            (2027, 1, 28, 9, 15),
            "2027年2月4日 02:00 下午 北京，上海",
            "面试：Alex Morgan",
            "视频面试邀请",
            "Alex 您好，|以下是视频面试的Zoom会议信息，请提前5分钟进入。",
            "",
            "Chinese '时间：2027年2月4日 02:00 下午 北京，上海' (hour before 下午).",
        ),
        (
            "nl",
            "nl",
            "Europe/Amsterdam",
            (2027, 2, 9, 9, 0, "Tue"),
            (2027, 2, 1, 15, 0),
            "9 feb 2027 09:00 AM Amsterdam, Berlijn, Rome, Stockholm, Wenen",
            "Sollicitatiegesprek Alex Morgan",
            "Zoomlink gesprek",
            "",
            "",
            "Dutch Zoom invitation forwarded bare, no note: 'Tijd: 9 feb 2027 09:00 AM "
            "Amsterdam, Berlijn, ...'.",
        ),
    ]
    for lang, zl, zone, d, s, when, topic, subject, lead, dial, note in items:
        st = at(*d[:5], zone, d[5])
        sent = at(*s, zone)
        who = "Jordan Pike"
        lines = [x for x in lead.split("|")] + ([""] if lead else [])
        lines += zoom_lines(zl, who, topic, when, f"{lang}{topic}", dial)
        html, text = gmail(lines, SIG_EN[:2])
        yield f.case(
            f"zoom_{lang.lower()}", lang, subject, sent, note, html, text, ev(st, zone=zone)
        )
    ny = "America/New_York"
    html = mj(
        "You're registered",
        [
            "Hi Alex,",
            "Thank you for registering for <b>Life at Corvane: engineering info session</b>.",
            "You can find information about this webinar below.",
            h13.grid(
                [
                    ["Date Time:", "Feb 10, 2027 06:00 PM Eastern Time (US and Canada)"],
                    ["Webinar ID:", "861 2290 4471"],
                ]
            ),
            button("Join Webinar", "https://us06web.zoom.us/w/86122904471?tk=abc"),
            "Add to calendar: Google Calendar | Outlook (.ics) | Yahoo Calendar",
        ],
        "zoom",
        "#0b5cff",
    )
    yield f.case(
        "webinar_registered",
        "en-US",
        "Life at Corvane: engineering info session Confirmation",
        at(2027, 2, 1, 12, 0, ny),
        "Zoom webinar registration confirmation 'Date Time: Feb 10, 2027 06:00 PM Eastern Time'; "
        "an event, not an interview.",
        html,
        thin("https://zoom.example/w/861", "en"),
        None,
        sender=("Corvane Talent", "no-reply@zoom-mail.example"),
    )
    html = mj(
        "Cloud-Aufzeichnung verfügbar",
        [
            "Hallo Jordan,",
            "Ihre Cloud-Aufzeichnung ist jetzt verfügbar.",
            h13.grid(
                [
                    ["Thema:", "Vorstellungsgespräch Alex Morgan – Backend Developer"],
                    ["Datum:", "19.Jan..2027 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien"],
                ]
            ),
            "Die Aufzeichnung wird am 18. Februar 2027 automatisch gelöscht.",
            button("Aufzeichnung ansehen", "https://us06web.zoom.us/rec/share/xyz"),
        ],
        "zoom",
        "#0b5cff",
    )
    yield f.case(
        "recording_ready",
        "de",
        "Cloud-Aufzeichnung – Vorstellungsgespräch Alex Morgan ist jetzt verfügbar",
        at(2027, 1, 19, 15, 20, "Europe/Berlin"),
        "Cloud-recording notice for an interview that has just taken place; deletion date ahead.",
        html,
        None,
        None,
        sender=("Zoom", "no-reply@zoom-mail.example"),
    )


def teamsowa16() -> Iterator[Case]:
    f = Fam("teamsowa16", ("Harriet Clough", "harriet.clough@ellisonbrook.example"))
    lon, ber, ams, par, waw = (
        "Europe/London",
        "Europe/Berlin",
        "Europe/Amsterdam",
        "Europe/Paris",
        "Europe/Warsaw",
    )
    sig_en = [
        "Harriet Clough",
        "Talent Acquisition Partner",
        "Ellison Brook LLP",
        "T: +44 20 7946 0321",
        "Office hours: Mon–Thu 08:30–17:00",
    ]

    def one(
        name: str,
        lang: str,
        tl: str,
        subject: str,
        sent: datetime,
        note: str,
        lines: list[str],
        sig: list[str],
        label: dict[str, object] | None,
        who: tuple[str, str] | None = None,
    ) -> Case:
        bh, bt = teams_block(tl, f"{name}{subject}")
        html, text = owa(lines, sig, bh, bt)
        return f.case(name, lang, subject, sent, note, html, text, label, sender=who)

    st = at(2027, 1, 19, 11, 0, lon, "Tue")
    yield one(
        "firststage_uk",
        "en-GB",
        "en",
        "Interview invitation – Associate, Ellison Brook",
        at(2027, 1, 12, 16, 40, lon),
        "Outlook web: 'Tuesday 19 January at 11:00–11:45 (UK time)' in the recruiter's "
        "sentence, Teams block below, signature with office hours.",
        [
            "Dear Alex,",
            "",
            "Further to our call, I'm pleased to invite you to a first-stage "
            "interview with Sarah Okafor and Tom Reilly on <b>Tuesday 19 January at "
            "11:00–11:45 (UK time)</b>.",
            "",
            "The interview will be held on Microsoft Teams; the joining details are below.",
            "",
            "Kind regards,",
        ],
        sig_en,
        ev(st, st + 45 * M, zone=lon),
    )
    st2 = at(2027, 1, 21, 11, 0, lon, "Thu")
    yield one(
        "moved_uk",
        "en-GB",
        "en",
        "RE: Interview invitation – Associate, Ellison Brook",
        at(2027, 1, 15, 10, 5, lon),
        "Move from Tuesday 19 to Thursday 21 January, 'same time, 11:00 GMT'; old day named first.",
        [
            "Hi Alex,",
            "",
            "Unfortunately Sarah is now in court on Tuesday 19 January, so "
            "we need to move your interview to <b>Thursday 21 January</b>, same time "
            "(11:00 GMT). The Teams link stays the same.",
            "",
            "Apologies for the change.",
            "",
            "Best wishes,",
        ],
        sig_en,
        ev(st2, kind="reschedule", zone=lon),
    )
    sent = at(2027, 1, 13, 9, 12, ber)
    st = at(2027, 1, 20, 15, 30, ber, "Wed")
    yield one(
        "einladung_de",
        "de",
        "de",
        "Einladung zum Vorstellungsgespräch – Controller (m/w/d)",
        sent,
        "German: 'am Mittwoch, 20.01.2027 um 15:30 Uhr' without a zone; Teams "
        "block with 'Besprechungs-ID'/'Kennung'; signature with Handelsregister numbers.",
        [
            "Sehr geehrter Herr Morgan,",
            "",
            "vielen Dank für Ihre Bewerbung. Wie telefonisch "
            "besprochen lade ich Sie herzlich zu einem Vorstellungsgespräch am <b>Mittwoch, "
            "20.01.2027 um 15:30 Uhr</b> ein. Das Gespräch dauert ca. 60 Minuten.",
            "",
            "Mit freundlichen Grüßen",
        ],
        [
            "Katrin Wendel",
            "Personalreferentin",
            "Hallberg Maschinenbau GmbH",
            "Tel. +49 711 4690-217",
            "Amtsgericht Stuttgart HRB 734512",
            "Geschäftsführer: Dr. Ulrich Hallberg",
        ],
        ev(st, naive=sent),
        ("Katrin Wendel", "k.wendel@hallberg.example"),
    )
    sent = at(2027, 1, 14, 13, 3, ams)
    st = at(2027, 1, 21, 13, 0, ams, "Thu")
    yield one(
        "gesprek_nl",
        "nl",
        "nl",
        "Uitnodiging gesprek Data Engineer",
        sent,
        "Dutch: 'donderdag 21 januari van 13.00 tot 14.00 uur', dotted hours, no zone.",
        [
            "Hoi Alex,",
            "",
            "Leuk dat je wilt komen praten! Hierbij bevestig ik je "
            "gesprek op donderdag 21 januari van 13.00 tot 14.00 uur via Teams.",
            "",
            "Groet,",
        ],
        ["Sanne de Vries", "Recruiter", "Polderdata B.V.", "06 1234 5678", "KvK 81234567"],
        ev(st, st + 60 * M, naive=sent),
        ("Sanne de Vries", "sanne@polderdata.example"),
    )
    st = at(2027, 1, 25, 10, 0, par, "Mon")
    yield one(
        "entretien_fr",
        "fr",
        "fr",
        "Confirmation de votre entretien",
        at(2027, 1, 18, 18, 20, par),
        "French: 'le lundi 25 janvier 2027 à 10h00 (heure de Paris)' above a Teams block.",
        [
            "Bonjour Alex,",
            "",
            "Je vous confirme notre entretien le <b>lundi 25 janvier "
            "2027 à 10h00 (heure de Paris)</b>, en visioconférence Teams.",
            "",
            "Bien cordialement,",
        ],
        [
            "Camille Roux",
            "Chargée de recrutement",
            "Atelier Vauban SAS",
            "01 84 88 12 30",
            "RCS Paris 812 345 678",
        ],
        ev(st, zone=par),
        ("Camille Roux", "c.roux@ateliervauban.example"),
    )
    sent = at(2027, 1, 19, 8, 55, waw)
    st = at(2027, 1, 26, 9, 0, waw, "Tue")
    yield one(
        "rozmowa_pl",
        "pl",
        "pl",
        "Zaproszenie na rozmowę – Specjalista ds. Płac",
        sent,
        "Polish: 'w dniu 26.01.2027 (wtorek) o godz. 9:00', no zone; Teams block in Polish.",
        [
            "Dzień dobry Panie Aleksie,",
            "",
            "potwierdzam rozmowę rekrutacyjną w dniu "
            "26.01.2027 (wtorek) o godz. 9:00 w aplikacji Teams.",
            "",
            "Pozdrawiam serdecznie",
        ],
        [
            "Marta Zielińska",
            "HR Business Partner",
            "Wistrol Sp. z o.o.",
            "tel. +48 22 345 67 89",
            "NIP 525-123-45-67",
        ],
        ev(st, naive=sent),
        ("Marta Zielińska", "m.zielinska@wistrol.example"),
    )
    yield one(
        "link_time_tbc",
        "en-GB",
        "en",
        "Teams link for our chat",
        at(2027, 1, 20, 14, 0, lon),
        "A Teams block sent before any time is agreed: 'could you send me two or three "
        "slots next week'; signature office hours.",
        [
            "Hi Alex,",
            "",
            "Here's the Teams link we'll use for our initial chat. Could you "
            "send me two or three slots that suit you next week (ideally between 10:00 and "
            "16:00)? I'll then confirm one.",
            "",
            "Thanks,",
        ],
        sig_en,
        None,
    )
    yield one(
        "livestream_de",
        "de",
        "de",
        "Karriere-Livestream: Einstieg bei Hallberg",
        at(2027, 1, 22, 10, 0, ber),
        "Employer live stream for all applicants on Teams: 'am 4. Februar 2027 um 18:00 "
        "Uhr', with a registration link; not an interview.",
        [
            "Liebe Interessierte,",
            "",
            "am <b>4. Februar 2027 um 18:00 Uhr</b> stellen wir "
            "im Karriere-Livestream unsere Traineeprogramme vor. Bitte melden Sie sich bis "
            'zum 2. Februar an: <a href="https://hallberg.example/live">Anmeldung</a>.',
            "",
            "Ihr Recruiting-Team",
        ],
        ["Recruiting-Team", "Hallberg Maschinenbau GmbH", "karriere@hallberg.example"],
        None,
        ("Hallberg Karriere", "karriere@hallberg.example"),
    )


def gmailrec16() -> Iterator[Case]:
    f = Fam("gmailrec16", ("Jordan Pike", "jordan.pike@corvane.example"))
    ny, chi, mad, sp = "America/New_York", "America/Chicago", "Europe/Madrid", "America/Sao_Paulo"
    disc_en = (
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may "
        "be privileged. If you received it in error, notify the sender and delete it. "
        "Corvane Systems, Inc., 1450 Mission St, San Francisco, CA 94103. Updated "
        "03/01/2026."
    )
    meet = '<a href="https://meet.google.com/qsv-hwke-pqr">https://meet.google.com/qsv-hwke-pqr</a>'
    st = at(2027, 1, 13, 14, 0, ny, "Wed")
    html, text = gmail(
        [
            "Hi Alex,",
            "",
            "Thanks again for chatting earlier! I've set up your interview with "
            "our platform team for <b>Wednesday, Jan 13 at 2pm ET</b> (11am PT).",
            "",
            f"Video call link: {meet}",
            "Or dial: +1 929-555-0197 PIN: 482 117 903#",
            "",
            "Talk soon,",
            "Jordan",
        ],
        SIG_EN,
        disc_en,
    )
    yield f.case(
        "meet_et_pt",
        "en-US",
        "Interview with Corvane – Wed 1/13",
        at(2027, 1, 6, 15, 31, ny),
        "Gmail web: 'Wednesday, Jan 13 at 2pm ET (11am PT)', Meet link and dial-in PIN, "
        "signature table, dated disclaimer.",
        html,
        text,
        ev(st, zone=ny),
    )
    st = at(2027, 1, 25, 15, 30, chi, "Mon")
    html, text = gmail(
        [
            "Hi Alex,",
            "",
            "Quick update: our hiring manager had a conflict, so I've moved our "
            "interview from Friday to <b>Monday (1/25) at 3:30pm CT</b>. An updated invite is on "
            "its way.",
            "",
            "Same Meet link as before.",
            "",
            "Thanks for your flexibility!",
        ],
        SIG_EN,
        disc_en,
    )
    yield f.case(
        "moved_monday_ct",
        "en-US",
        "Re: Interview with Corvane",
        at(2027, 1, 20, 11, 2, ny),
        "Gmail web move: 'moved ... from Friday to Monday (1/25) at 3:30pm CT'.",
        html,
        text,
        ev(st, kind="reschedule", zone=chi),
    )
    sent = at(2027, 1, 15, 8, 30, "Europe/London")
    st = at(2027, 1, 22, 10, 0, "Europe/London", "Fri")
    html, text = gmail(
        [
            "Morning Alex,",
            "",
            "Great news - the team would love to meet you. You're booked in "
            "for <b>Friday 22nd January, 10:00-10:45am</b> at our Shoreditch office (2nd floor, "
            "ask for me at reception).",
            "",
            "Cheers,",
            "Olly",
        ],
        [
            ("Olly Barnes", "Recruitment Consultant | Thameside Talent"),
            ("T:", "020 7946 0877"),
            ("Hours:", "Mon–Fri 9:00–17:30"),
        ],
    )
    yield f.case(
        "friday_onsite_uk",
        "en-GB",
        "Interview confirmed!",
        sent,
        "'Friday 22nd January, 10:00-10:45am' with no zone; signature 'Mon–Fri 9:00–17:30'.",
        html,
        text,
        ev(st, st + 45 * M, naive=sent),
        sender=("Olly Barnes", "olly@thamesidetalent.example"),
    )
    st = at(2027, 1, 14, 17, 0, mad, "Thu")
    html, text = gmail(
        [
            "Hola Alex,",
            "",
            "Te confirmo la entrevista con el equipo de Producto el próximo "
            "<b>jueves 14 de enero a las 17:00 h (hora peninsular)</b> por Google Meet:",
            meet,
            "",
            "Un saludo,",
        ],
        [("Lucía Ferrer", "Talent Acquisition · Nubesur"), ("Tel.", "+34 911 23 45 67")],
        "AVISO LEGAL: Este mensaje es confidencial. Conforme al Reglamento (UE) 2016/679 y la "
        "LO 3/2018, sus datos serán tratados por Nubesur S.L. (B-12345678).",
    )
    yield f.case(
        "jueves_peninsular",
        "es",
        "Entrevista Nubesur – confirmación",
        at(2027, 1, 8, 12, 14, mad),
        "Spanish Gmail: 'jueves 14 de enero a las 17:00 h (hora peninsular)'; legal notice "
        "with regulation numbers.",
        html,
        text,
        ev(st, zone=mad),
        sender=("Lucía Ferrer", "lucia.ferrer@nubesur.example"),
    )
    sent = at(2027, 1, 12, 16, 48, "Europe/Rome")
    st = at(2027, 1, 19, 11, 30, "Europe/Rome", "Tue")
    html, text = gmail(
        [
            "Ciao Alex,",
            "",
            "ti confermo il colloquio per <b>martedì 19 gennaio alle ore 11:30</b>, "
            "su Google Meet (link qui sotto). Durata prevista: 45 minuti circa.",
            meet,
            "",
            "A presto,",
        ],
        [
            ("Giulia Bassi", "HR Specialist – Ferretti Digitale S.r.l."),
            ("Cell.", "+39 347 123 4567"),
        ],
        "Ai sensi del D.Lgs. 196/2003 e del Reg. UE 2016/679, le informazioni contenute in questo "
        "messaggio sono riservate.",
    )
    yield f.case(
        "martedi_meet",
        "it",
        "Colloquio Ferretti Digitale",
        sent,
        "Italian Gmail: 'martedì 19 gennaio alle ore 11:30', no zone, '45 minuti circa'.",
        html,
        text,
        ev(st, naive=sent),
        sender=("Giulia Bassi", "giulia.bassi@ferrettidigitale.example"),
    )
    st = at(2027, 1, 20, 15, 0, sp, "Wed")
    html, text = gmail(
        [
            "Oi Alex, tudo bem?",
            "",
            "Confirmo nossa entrevista na <b>quarta-feira, 20/01, às 15h "
            "(horário de Brasília)</b>, pelo Google Meet:",
            meet,
            "",
            "Abraços,",
        ],
        [("Renata Lima", "Tech Recruiter | Cajuí Pagamentos"), ("WhatsApp:", "+55 11 98765-4321")],
    )
    yield f.case(
        "quarta_brasilia",
        "pt-BR",
        "Entrevista Cajuí Pagamentos",
        at(2027, 1, 14, 9, 40, sp),
        "pt-BR Gmail: 'quarta-feira, 20/01, às 15h (horário de Brasília)'.",
        html,
        text,
        ev(st, zone=sp),
        sender=("Renata Lima", "renata@cajui.example"),
    )
    html, text = gmail(
        [
            "Hi Alex,",
            "",
            "Loved your background! Are you free sometime Thursday or Friday "
            "afternoon for a 30 min intro chat? Let me know what works and I'll send an invite.",
            "",
            "Best,",
            "Jordan",
        ],
        [*SIG_EN, ("Office hours:", "Tue/Thu 1–3pm PT")],
        disc_en,
    )
    yield f.case(
        "availability_ask",
        "en-US",
        "Quick chat?",
        at(2027, 1, 11, 10, 0, ny),
        "Availability question, nothing fixed; signature 'Office hours: Tue/Thu 1–3pm PT'.",
        html,
        text,
        None,
    )
    html, text = gmail(
        [
            "Hola Alex,",
            "",
            "Te comparto esta vacante que encaja con tu perfil: <b>Data Engineer "
            "Senior</b> (remoto). El plazo de candidatura termina el <b>29 de enero de 2027 a las "
            "23:59</b>.",
            "",
            'Si te interesa, aplica aquí: <a href="https://nubesur.example/jobs/88">oferta</a>',
            "",
            "Un saludo,",
        ],
        [("Lucía Ferrer", "Talent Acquisition · Nubesur"), ("Tel.", "+34 911 23 45 67")],
    )
    yield f.case(
        "vacante_plazo",
        "es",
        "Vacante que te puede interesar",
        at(2027, 1, 18, 9, 0, mad),
        "Job referral with an application deadline 'el 29 de enero de 2027 a las 23:59'.",
        html,
        text,
        None,
        sender=("Lucía Ferrer", "lucia.ferrer@nubesur.example"),
    )
    html, text = gmail(
        [
            "Ciao Alex,",
            "",
            "grazie per il colloquio di ieri, martedì 19 gennaio alle 11:30. "
            "Ti daremo un riscontro entro venerdì 29 gennaio.",
            "",
            "Buona giornata,",
        ],
        [
            ("Giulia Bassi", "HR Specialist – Ferretti Digitale S.r.l."),
            ("Cell.", "+39 347 123 4567"),
        ],
    )
    yield f.case(
        "grazie_dopo",
        "it",
        "Grazie per il colloquio",
        at(2027, 1, 20, 9, 30, "Europe/Rome"),
        "Thank-you after the interview naming yesterday's slot and a feedback date.",
        html,
        text,
        None,
        sender=("Giulia Bassi", "giulia.bassi@ferrettidigitale.example"),
    )


def phenom16() -> Iterator[Case]:
    f = Fam(
        "phenom16",
        ("Stellaris Health Careers", "no-reply@phenom-mail.example"),
        "Stellaris Health",
        "#0f4c81",
    )
    chi, ber, par, lon = "America/Chicago", "Europe/Berlin", "Europe/Paris", "Europe/London"
    st = at(2027, 1, 28, 9, 0, chi, "Thu")
    yield f.card(
        "scheduled_central",
        "en-US",
        "Your interview with Stellaris Health is scheduled",
        at(2027, 1, 19, 13, 5, chi),
        "Label/value table: 'Thursday, January 28, 2027' | '9:00 AM – 10:00 AM' | "
        "'Central Time (US & Canada)'; text part only 'view in browser'.",
        "Interview details inside",
        [
            "Hello Alex,",
            "We're excited to move forward with your application for "
            "<b>Clinical Data Analyst (Req 40712)</b>.",
            grid(
                [
                    ["Date", "Thursday, January 28, 2027"],
                    ["Time", "9:00 AM &ndash; 10:00 AM"],
                    ["Time zone", "Central Time (US &amp; Canada)"],
                    ["Format", "Video (Zoom)"],
                    ["Interviewers", "Dana Whitfield, Marco Ruiz"],
                ]
            ),
            button("View interview details", "https://stellaris.example/candidate/i/40712"),
            "Need to reschedule? Reply to this email at least 24 hours in advance.",
        ],
        label=ev(st, st + 60 * M, zone=chi),
    )
    st = at(2027, 2, 2, 10, 30, ber, "Tue")
    yield f.card(
        "termin_mez",
        "de",
        "Ihr Interviewtermin bei Stellaris Health",
        at(2027, 1, 25, 8, 0, ber),
        "German table: 'Dienstag, 2. Februar 2027' | '10:30 – 11:30 Uhr' | "
        "'Mitteleuropäische Zeit (MEZ)'.",
        "Ihr Termin steht fest",
        [
            "Guten Tag Alex Morgan,",
            "wir freuen uns, Sie kennenzulernen.",
            grid(
                [
                    ["Datum", "Dienstag, 2. Februar 2027"],
                    ["Uhrzeit", "10:30 &ndash; 11:30 Uhr"],
                    ["Zeitzone", "Mitteleuropäische Zeit (MEZ)"],
                    ["Ort", "Microsoft Teams"],
                ]
            ),
            button("Termin ansehen", "https://stellaris.example/de/i/5521"),
        ],
        label=ev(st, st + 60 * M, zone=ber),
    )
    st = at(2027, 2, 3, 14, 0, par, "Wed")
    yield f.card(
        "entretien_iana",
        "fr",
        "Votre entretien est planifié",
        at(2027, 1, 26, 11, 30, par),
        "French table: 'mercredi 3 février 2027' | '14 h 00 – 15 h 00' | 'Europe/Paris'.",
        "Détails de votre entretien",
        [
            "Bonjour Alex,",
            grid(
                [
                    ["Date", "mercredi 3 février 2027"],
                    ["Heure", "14 h 00 &ndash; 15 h 00"],
                    ["Fuseau horaire", "Europe/Paris"],
                    ["Lieu", "12 rue de la Paix, 75002 Paris"],
                ]
            ),
            button("Voir les détails", "https://stellaris.example/fr/i/5530"),
        ],
        label=ev(st, st + 60 * M, zone=par),
    )
    st = at(2027, 2, 4, 15, 0, lon, "Thu")
    yield f.card(
        "rescheduled_struck",
        "en-GB",
        "Your interview has been rescheduled",
        at(2027, 1, 29, 9, 45, lon),
        "Move: 'New date/New time' rows above a struck-through previous slot.",
        "New time for your interview",
        [
            "Hello Alex,",
            "Your interview has been moved.",
            grid(
                [
                    ["New date", "Thursday 4 February 2027"],
                    ["New time", "15:00 &ndash; 15:45 GMT"],
                    ["Previous", "<s>Tuesday 2 February 2027, 11:00 GMT</s>"],
                ]
            ),
        ],
        label=ev(st, st + 45 * M, kind="reschedule"),
    )
    st = at(2027, 1, 28, 9, 0, chi, "Thu")
    yield f.card(
        "cancelled_central",
        "en-US",
        "Interview cancelled",
        at(2027, 1, 27, 16, 0, chi),
        "Cancellation with the slot in one table row.",
        "Your interview has been cancelled",
        [
            "Hello Alex,",
            "Unfortunately we need to cancel the interview below. Your recruiter will be in touch.",
            grid([["Date", "Thursday, January 28, 2027"], ["Time", "9:00 AM &ndash; 10:00 AM CT"]]),
        ],
        label=ev(st, st + 60 * M, kind="cancellation", zone=chi),
    )
    yield f.card(
        "job_alert",
        "en-US",
        "5 new jobs matching 'Data Analyst'",
        at(2027, 1, 26, 7, 0, chi),
        "Job alert: table of jobs with 'Posted Jan 26, 2027' and 'Apply by Feb 12, 2027'.",
        "New jobs for you",
        [
            "Hi Alex, here are new jobs that match your alert.",
            grid(
                [
                    ["Clinical Data Analyst II", "Chicago, IL", "Posted Jan 26, 2027"],
                    ["Data Analyst – Revenue Cycle", "Remote (US)", "Apply by Feb 12, 2027"],
                    ["Analytics Engineer", "Milwaukee, WI", "Posted Jan 25, 2027"],
                ]
            ),
            button("See all jobs", "https://stellaris.example/jobs?alert=77"),
        ],
    )
    yield f.card(
        "survey_after",
        "en-US",
        "How was your interview experience?",
        at(2027, 1, 29, 10, 0, chi),
        "Candidate survey after the interview of January 28; closes 'February 5, 2027 at 11:59 "
        "PM CT'.",
        "Tell us how we did",
        [
            "Hi Alex,",
            "Thanks for interviewing with us on January 28. Please take our 2-minute survey.",
            grid([["Survey closes", "February 5, 2027 at 11:59 PM CT"]]),
            button("Start survey", "https://stellaris.example/survey/abc"),
        ],
    )
    yield f.card(
        "assessment_de",
        "de",
        "Ihr Online-Assessment bei Stellaris Health",
        at(2027, 1, 27, 9, 0, ber),
        "German assessment invitation with a deadline row 'bis 5. Februar 2027, 23:59 Uhr (MEZ)' "
        "and a duration.",
        "Bitte schließen Sie das Assessment ab",
        [
            "Guten Tag Alex Morgan,",
            "als nächsten Schritt bitten wir Sie, unser Online-Assessment zu bearbeiten.",
            grid([["Frist", "bis 5. Februar 2027, 23:59 Uhr (MEZ)"], ["Dauer", "ca. 45 Minuten"]]),
            button("Assessment starten", "https://stellaris.example/de/a/91"),
        ],
    )


def fountain16() -> Iterator[Case]:
    f = Fam(
        "fountain16",
        ("Brightway Market Hiring", "no-reply@fountain-mail.example"),
        "Brightway Market",
        "#e4572e",
    )
    chi, la, ny = "America/Chicago", "America/Los_Angeles", "America/New_York"
    st = at(2027, 1, 21, 14, 0, chi, "Thu")
    yield f.card(
        "subject_only",
        "en-US",
        "Interview confirmed: Thu, Jan 21 at 2:00 PM CST – Crew Member at Brightway Market",
        at(2027, 1, 15, 18, 30, chi),
        "The time sits only in the subject; the body names the place and a button.",
        "You're all set!",
        [
            "You're all set, Alex!",
            "Your in-person interview for <b>Crew Member</b> is confirmed.",
            "<b>Where:</b><br>Brightway Market #112<br>2200 N Clark St<br>Chicago, IL 60614",
            "Please bring a photo ID.",
            button("Reschedule", "https://fountain.example/r/112a"),
        ],
        label=ev(st, zone=chi),
    )
    st = at(2027, 1, 22, 10, 0, la, "Fri")
    yield f.card(
        "br_blocks_phone",
        "en-US",
        "Your phone interview is booked",
        at(2027, 1, 16, 11, 0, la),
        "<br>-separated blocks: 'When:' / 'Friday, January 22, 2027' / '10:00 AM - 10:20 AM "
        "(Pacific Time)'; we call the candidate's number.",
        "Phone interview booked",
        [
            "Hi Alex,<br><br>Your interview is booked.<br><br><b>When:</b><br>Friday, January "
            "22, 2027<br>10:00 AM - 10:20 AM (Pacific Time)<br><br><b>Where:</b><br>Phone call"
            " &mdash; we will call you at (555) 014-2231<br><br>Questions? Text us at 55012."
        ],
        label=ev(st, st + 20 * M, zone=la),
    )
    st = at(2027, 1, 23, 9, 30, ny, "Sat")
    yield f.card(
        "reminder_tomorrow",
        "en-US",
        "Reminder: your interview is tomorrow",
        at(2027, 1, 22, 9, 30, ny),
        "Reminder: 'Tomorrow, Sat Jan 23 at 9:30 AM EST'.",
        "See you tomorrow",
        [
            "Hi Alex,",
            "Just a reminder: your interview for <b>Warehouse Associate</b> is "
            "<b>tomorrow, Sat Jan 23 at 9:30 AM EST</b>.",
            "Address: 40 Harbor Rd, Newark, NJ",
        ],
        label=ev(st, zone=ny),
    )
    st = at(2027, 1, 26, 15, 0, chi, "Tue")
    yield f.card(
        "confirmada_centro",
        "es-US",
        "Tu entrevista está confirmada",
        at(2027, 1, 20, 12, 0, chi),
        "es-US <br> blocks: 'Fecha: martes, 26 de enero de 2027' / 'Hora: 3:00 PM - 3:30 PM "
        "(hora del Centro)'.",
        "Entrevista confirmada",
        [
            "Hola Alex,<br><br>Tu entrevista está confirmada.<br><br>Fecha: martes, 26 de enero de "
            "2027<br>Hora: 3:00 PM - 3:30 PM (hora del Centro)<br>Lugar: Brightway Market #87, "
            "Houston, TX"
        ],
        label=ev(st, st + 30 * M, zone=chi),
    )
    st = at(2027, 1, 27, 11, 0, la, "Wed")
    yield f.card(
        "asunto_solo",
        "es-US",
        "Entrevista confirmada: mié 27 de ene, 11:00 AM PST",
        at(2027, 1, 21, 17, 0, la),
        "Spanish, time only in the subject 'mié 27 de ene, 11:00 AM PST'; body names the store.",
        "¡Todo listo!",
        [
            "¡Todo listo, Alex!",
            "Tu entrevista para <b>Cajero/a</b> está confirmada en "
            "Brightway Market #45, 900 S Broadway, Los Ángeles, CA.",
        ],
        label=ev(st, zone=la),
    )
    yield f.card(
        "i9_documents",
        "en-US",
        "Action needed: upload your documents",
        at(2027, 1, 25, 9, 0, la),
        "Document deadline 'by Friday, Jan 29, 2027 at 5:00 PM PST' and a start date.",
        "Upload your documents",
        [
            "Hi Alex,",
            "To keep your start date of <b>Monday, Feb 1</b>, please upload your "
            "I-9 documents <b>by Friday, Jan 29, 2027 at 5:00 PM PST</b>.",
            button("Upload now", "https://fountain.example/docs/9"),
        ],
    )
    yield f.card(
        "shifts_alert",
        "en-US",
        "New shifts near you",
        at(2027, 1, 26, 6, 0, chi),
        "Shift alert: 'Sat Jan 30, 7:00 AM - 3:00 PM' openings to apply for.",
        "Pick up a shift",
        [
            "New openings at Brightway Market #112:<br><br>Sat Jan 30, 7:00 AM - 3:00 PM<br>"
            "Sun Jan 31, 11:00 AM - 7:00 PM<br><br>Apply in the app."
        ],
    )
    yield f.card(
        "evaluacion",
        "es-US",
        "Completa tu evaluación",
        at(2027, 1, 24, 10, 0, chi),
        "Assessment deadline 'antes del 28 de enero a las 11:59 PM'.",
        "Último paso",
        [
            "Hola Alex,",
            "Completa tu evaluación en línea antes del <b>28 de enero a las 11:59 "
            "PM</b>. Toma unos 15 minutos.",
            button("Comenzar", "https://fountain.example/a/4"),
        ],
    )


def hrmos16() -> Iterator[Case]:
    f = Fam(
        "hrmos16",
        ("株式会社ミナトテック 採用担当", "no-reply@hrmos-mail.example"),
        "株式会社ミナトテック",
        "#1a7f64",
    )
    tk = "Asia/Tokyo"
    sent = at(2027, 1, 14, 10, 0, tk)
    st = at(2027, 1, 21, 14, 0, tk, "Thu")
    yield f.card(
        "mensetsu_kakutei",
        "ja",
        "【株式会社ミナトテック】一次面接日程確定のご連絡",
        sent,
        "Table row '面接日時' '2027年1月21日(木) 14:00〜15:00', 'オンライン'; text part a stub.",
        "面接日程が確定しました",
        [
            "Alex Morgan 様",
            "この度は弊社求人にご応募いただき、誠にありがとうございます。<br>"
            "一次面接の日程が下記の通り確定いたしました。",
            grid(
                [
                    ["面接日時", "2027年1月21日(木) 14:00〜15:00"],
                    ["面接形式", "オンライン（Google Meet）"],
                    ["面接官", "開発部 部長 佐藤"],
                ]
            ),
            button("面接詳細を確認する", "https://hrmos.example/c/8812"),
        ],
        label=ev(st, st + 60 * M, naive=sent),
    )
    sent = at(2027, 1, 20, 17, 30, tk)
    st = at(2027, 1, 28, 10, 0, tk, "Thu")
    yield f.card(
        "niji_subject",
        "ja",
        "【株式会社ミナトテック】二次面接のご案内 1/28(木) 10:00〜",
        sent,
        "Second round: the subject '1/28(木) 10:00〜' and a row '2027年1月28日(木) 10:00〜11:00'; "
        "the first round named as done.",
        "二次面接のご案内",
        [
            "Alex Morgan 様",
            "先日は一次面接にお越しいただきありがとうございました。二次面接を下記にて実施いたします。",
            grid(
                [["日時", "2027年1月28日(木) 10:00〜11:00"], ["場所", "東京都港区芝浦3-4-1 12階"]]
            ),
        ],
        label=ev(st, st + 60 * M, naive=sent),
    )
    sent = at(2027, 1, 25, 11, 0, tk)
    st = at(2027, 2, 2, 16, 0, tk, "Tue")
    yield f.card(
        "nittei_henkou",
        "ja",
        "【株式会社ミナトテック】面接日程変更のお知らせ",
        sent,
        "Move: '変更後' row above '変更前' row.",
        "面接日程が変更されました",
        [
            "Alex Morgan 様",
            "誠に恐れ入りますが、面接日程を下記の通り変更させていただきます。",
            grid(
                [
                    ["変更後", "2027年2月2日(火) 16:00〜17:00"],
                    ["変更前", "<s>2027年1月28日(木) 10:00〜11:00</s>"],
                ]
            ),
        ],
        label=ev(st, st + 60 * M, kind="reschedule", naive=sent),
    )
    sent = at(2027, 1, 26, 9, 0, tk)
    st = at(2027, 2, 2, 16, 0, tk, "Tue")
    yield f.card(
        "chuushi",
        "ja",
        "【株式会社ミナトテック】面接中止のご連絡",
        sent,
        "Cancellation: '2月2日(火)16:00〜の面接' called off.",
        "面接中止のご連絡",
        [
            "Alex Morgan 様",
            "誠に申し訳ございませんが、2月2日(火)16:00〜の面接は中止とさせていただきます。",
        ],
        label=ev(st, kind="cancellation", naive=sent),
    )
    yield f.card(
        "tekisei_kigen",
        "ja",
        "【株式会社ミナトテック】適性検査受検のお願い",
        at(2027, 1, 22, 10, 0, tk),
        "Aptitude test with '受検期限：2027年2月5日(金) 23:59'.",
        "適性検査のご案内",
        [
            "Alex Morgan 様",
            "選考の一環として適性検査の受検をお願いいたします。",
            grid([["受検期限", "2027年2月5日(金) 23:59"], ["所要時間", "約35分"]]),
            button("受検する", "https://hrmos.example/t/55"),
        ],
    )
    yield f.card(
        "setsumeikai",
        "ja",
        "オンライン会社説明会のご案内",
        at(2027, 1, 27, 12, 0, tk),
        "Company info session '2027年2月10日(水) 19:00〜20:00' with sign-up button.",
        "会社説明会を開催します",
        [
            "ご登録者の皆様",
            grid([["開催日時", "2027年2月10日(水) 19:00〜20:00"], ["形式", "オンライン"]]),
            button("参加を申し込む", "https://hrmos.example/e/10"),
        ],
    )
    yield f.card(
        "kouho_sentaku",
        "ja",
        "【株式会社ミナトテック】面接日程調整のお願い",
        at(2027, 1, 18, 15, 0, tk),
        "Slot choice: '2月3日(水) 10:00〜' / '2月4日(木) 14:00〜'; nothing fixed.",
        "ご都合の良い日時をお選びください",
        [
            "Alex Morgan 様",
            "以下の候補日からご都合の良い日時をお選びください。",
            "・2月3日(水) 10:00〜<br>・2月4日(木) 14:00〜<br>・2月5日(金) 11:00〜",
            button("日程を選択する", "https://hrmos.example/s/31"),
        ],
    )


def traffit16() -> Iterator[Case]:
    f = Fam(
        "traffit16", ("Rekrutacja Wistrol", "no-reply@traffit-mail.example"), "Wistrol", "#2f855a"
    )
    waw = "Europe/Warsaw"
    sent = at(2027, 1, 13, 10, 0, waw)
    st = at(2027, 1, 20, 10, 0, waw, "Wed")
    yield f.card(
        "zaproszenie",
        "pl",
        "Zaproszenie na rozmowę rekrutacyjną – Analityk Danych",
        sent,
        "Row 'Termin: 20.01.2027 (środa), godz. 10:00–11:00', no zone; stub text part.",
        "Zaproszenie na rozmowę",
        [
            "Dzień dobry,",
            "zapraszamy na rozmowę rekrutacyjną.",
            grid([["Termin", "20.01.2027 (środa), godz. 10:00–11:00"], ["Forma", "Google Meet"]]),
            button("Potwierdź udział", "https://traffit.example/c/1"),
        ],
        label=ev(st, st + 60 * M, naive=sent),
    )
    sent = at(2027, 1, 25, 14, 0, waw)
    st = at(2027, 2, 2, 13, 30, waw, "Tue")
    yield f.card(
        "stacjonarna",
        "pl",
        "Rozmowa w biurze – Wistrol",
        sent,
        "Rows 'Data: wtorek, 2 lutego 2027' | 'Godzina: 13:30' | 'Miejsce: ul. Prosta 12'.",
        "Szczegóły spotkania",
        [
            "Dzień dobry Panie Aleksie,",
            grid(
                [
                    ["Data", "wtorek, 2 lutego 2027"],
                    ["Godzina", "13:30"],
                    ["Miejsce", "ul. Prosta 12, 00-850 Warszawa, piętro 4"],
                ]
            ),
        ],
        label=ev(st, naive=sent),
    )
    sent = at(2027, 1, 29, 9, 0, waw)
    st = at(2027, 2, 4, 12, 0, waw, "Thu")
    yield f.card(
        "zmiana_terminu",
        "pl",
        "Zmiana terminu rozmowy",
        sent,
        "Move: 'Nowy termin: 4.02.2027 godz. 12:00 (poprzednio 2.02.2027 godz. 13:30)'.",
        "Nowy termin rozmowy",
        [
            "Dzień dobry,",
            "Nowy termin: <b>4.02.2027 godz. 12:00</b> (poprzednio 2.02.2027 godz. 13:30).",
        ],
        label=ev(st, kind="reschedule", naive=sent),
    )
    yield f.card(
        "test_online",
        "pl",
        "Test online – Wistrol",
        at(2027, 1, 22, 10, 0, waw),
        "Online test to finish 'do 29.01.2027 do godz. 23:59'.",
        "Test online",
        [
            "Dzień dobry,",
            "prosimy o rozwiązanie testu online do 29.01.2027 do godz. 23:59. Test trwa 40 minut.",
            button("Rozpocznij test", "https://traffit.example/t/2"),
        ],
    )
    yield f.card(
        "ankieta",
        "pl",
        "Oceń proces rekrutacji",
        at(2027, 2, 5, 10, 0, waw),
        "Survey after the interview of 4.02.2027 open 'do 12.02.2027'.",
        "Twoja opinia",
        [
            "Dzień dobry,",
            "dziękujemy za rozmowę 4.02.2027 o 12:00. Ankieta jest aktywna do 12.02.2027.",
            button("Wypełnij ankietę", "https://traffit.example/s/3"),
        ],
    )
    yield f.card(
        "nowe_oferty",
        "pl",
        "Nowe oferty pracy dla Ciebie",
        at(2027, 1, 25, 7, 0, waw),
        "Job alert with posting dates and one 'Dzień otwarty 30.01.2027 godz. 10:00'.",
        "Nowe oferty",
        [
            "Nowe oferty pasujące do Twojego profilu:",
            grid(
                [
                    ["Analityk BI", "Warszawa", "dodano 25.01.2027"],
                    ["Data Scientist", "Kraków", "dodano 24.01.2027"],
                ]
            ),
            "Dzień otwarty w biurze: 30.01.2027 godz. 10:00.",
        ],
    )


def evmarket16() -> Iterator[Case]:
    f = Fam(
        "evmarket16",
        ("Corvane Careers", "careers@news.corvane.example"),
        "Corvane Careers",
        "#6d28d9",
    )
    la, ber, par, mad, rom, ny = (
        "America/Los_Angeles",
        "Europe/Berlin",
        "Europe/Paris",
        "Europe/Madrid",
        "Europe/Rome",
        "America/New_York",
    )
    yield f.card(
        "careerfair",
        "en-US",
        "Meet Corvane at TechCareers Expo",
        at(2027, 2, 1, 9, 0, la),
        "Career-fair promotion: 'Thursday, February 18, 2027, 10:00 AM – 4:00 PM PT, Booth 214'.",
        "Come say hi at Booth 214",
        [
            "Hi Alex,",
            "We're hiring engineers and will be at TechCareers Expo.",
            grid(
                [
                    ["When", "Thursday, February 18, 2027, 10:00 AM &ndash; 4:00 PM PT"],
                    ["Where", "Moscone West, Booth 214"],
                ]
            ),
            button("Register for free", "https://corvane.example/expo"),
            '<span style="font-size:11px;color:#999">Unsubscribe | Manage preferences</span>',
        ],
    )
    yield f.card(
        "webinar_de",
        "de",
        "Webinar: Einstieg bei Nordwerk",
        at(2027, 2, 3, 10, 0, ber),
        "German webinar promotion '24. Februar 2027, 17:00–18:00 Uhr' with 'Jetzt anmelden'.",
        "Jetzt anmelden",
        [
            "Hallo Alex,",
            "in unserem Webinar erfahren Sie alles über den Einstieg bei Nordwerk.",
            grid([["Termin", "24. Februar 2027, 17:00–18:00 Uhr"], ["Ort", "online"]]),
            button("Jetzt anmelden", "https://nordwerk.example/webinar"),
        ],
    )
    yield f.card(
        "portes_ouvertes",
        "fr",
        "Journée portes ouvertes Atelier Vauban",
        at(2027, 2, 8, 9, 0, par),
        "Open day 'le samedi 6 mars 2027 de 10h à 16h'.",
        "Venez nous rencontrer",
        [
            "Bonjour,",
            "Nous ouvrons nos portes le <b>samedi 6 mars 2027 de 10h à 16h</b>. "
            "Ateliers, rencontres avec les équipes et entretiens flash.",
            button("Je m'inscris", "https://ateliervauban.example/jpo"),
        ],
    )
    yield f.card(
        "agenda_es",
        "es",
        "Agenda de marzo – Nubesur Tech",
        at(2027, 2, 20, 9, 0, mad),
        "Newsletter agenda: '3 de marzo, 18:30 h – Meetup de Data' and more dated events.",
        "Eventos de marzo",
        [
            "Hola,",
            "Estos son nuestros próximos eventos:",
            grid(
                [
                    ["3 de marzo, 18:30 h", "Meetup de Data en Madrid"],
                    ["10 de marzo, 12:00 h", "Webinar: cómo preparar tu entrevista técnica"],
                ]
            ),
            button("Ver agenda", "https://nubesur.example/eventos"),
        ],
    )
    yield f.card(
        "career_day_it",
        "it",
        "Save the date: Career Day Ferretti",
        at(2027, 2, 15, 9, 0, rom),
        "Save-the-date 'Career Day 11 marzo 2027 ore 9:30'.",
        "Save the date",
        [
            "Ciao Alex,",
            "segna la data: <b>Career Day 11 marzo 2027 ore 9:30</b>, Milano. "
            "Iscrizioni aperte fino al 5 marzo.",
            button("Iscriviti", "https://ferretti.example/cd"),
        ],
    )
    yield f.card(
        "prep_workshop",
        "en-US",
        "Free workshop: ace your next interview",
        at(2027, 2, 10, 8, 0, ny),
        "Interview-prep workshop for job seekers 'Wednesday, Feb 24 at 12pm ET'; the word "
        "interview, no interview.",
        "Live interview prep workshop",
        [
            "Hi Alex,",
            "Join our live interview prep workshop on <b>Wednesday, Feb 24 at 12pm ET</b>. "
            "Practice answers and get feedback from recruiters.",
            button("Save my seat", "https://corvane.example/workshop"),
        ],
    )


# --------------------------------------------------------------------------------------
# held-out families


def webexnote16() -> Iterator[Case]:
    f = Fam("webexnote16", ("Webex", "messenger@webex-mail.example"), "webex", "#07c160")
    items = [
        (
            "en-US",
            "America/Los_Angeles",
            (2027, 2, 9, 10, 0, "Tue"),
            60,
            (2027, 2, 2, 9, 0),
            "Tuesday, February 9, 2027 10:00 AM | (UTC-08:00) Pacific Time (US &amp; Canada) | 1 "
            "hr",
            "Dana Whitfield invites you to join this Webex meeting.",
            "Meeting number (access code):",
            "Meeting password:",
            "Join meeting",
            "Webex meeting invitation: Interview – Alex Morgan",
        ),
        (
            "de",
            "Europe/Berlin",
            (2027, 2, 10, 14, 0, "Wed"),
            45,
            (2027, 2, 3, 11, 0),
            "Mittwoch, 10. Februar 2027 14:00 | (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
            "Stockholm, Wien | 45 Min.",
            "Katrin Wendel lädt Sie zu diesem Webex-Meeting ein.",
            "Meeting-Kennnummer (Zugriffscode):",
            "Meeting-Passwort:",
            "Meeting beitreten",
            "Webex-Meeting-Einladung: Vorstellungsgespräch",
        ),
        (
            "fr",
            "Europe/Paris",
            (2027, 2, 11, 9, 30, "Thu"),
            60,
            (2027, 2, 4, 16, 0),
            "jeudi 11 février 2027 09:30 | (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris | 1 h",
            "Camille Roux vous invite à rejoindre cette réunion Webex.",
            "Numéro de la réunion (code d'accès) :",
            "Mot de passe de la réunion :",
            "Rejoindre la réunion",
            "Invitation à la réunion Webex : Entretien",
        ),
        (
            "es",
            "Europe/Madrid",
            (2027, 2, 16, 17, 0, "Tue"),
            60,
            (2027, 2, 8, 12, 0),
            "martes, 16 de febrero de 2027 17:00 | (UTC+01:00) Bruselas, Copenhague, Madrid, "
            "París | 1 hora",
            "Lucía Ferrer le invita a unirse a esta reunión de Webex.",
            "Número de reunión (código de acceso):",
            "Contraseña de la reunión:",
            "Entrar a la reunión",
            "Invitación a la reunión de Webex: Entrevista",
        ),
        (
            "it",
            "Europe/Rome",
            (2027, 2, 17, 11, 0, "Wed"),
            30,
            (2027, 2, 9, 10, 0),
            "mercoledì 17 febbraio 2027 11:00 | (UTC+01:00) Amsterdam, Berlino, Berna, Roma, "
            "Stoccolma, Vienna | 30 min",
            "Giulia Bassi ti invita a partecipare a questa riunione Webex.",
            "Numero riunione (codice di accesso):",
            "Password riunione:",
            "Partecipa alla riunione",
            "Invito alla riunione Webex: Colloquio",
        ),
    ]
    for lang, zone, d, dur, s, when, lead, numw, pww, join, subject in items:
        st = at(*d[:5], zone, d[5])
        num = "".join(str(int(c, 16) % 10) for c in pp.digest(lang, "wx")[:10])
        yield f.card(
            f"meeting_{lang.lower()}",
            lang,
            subject,
            at(*s, zone),
            "Webex scheduled-meeting notice.",
            lead,
            [
                lead,
                f"<b>{when}</b>",
                f"{numw} {num[:4]} {num[4:7]} {num[7:]}<br>{pww} Rk7wQ2pX",
                button(
                    join, f"https://corvane.webex.example/j.php?MTID=m{pp.digest(lang, 'mt')[:20]}"
                ),
            ],
            label=ev(st, st + dur * M, zone=zone),
        )
    yield f.card(
        "event_webinar",
        "en-US",
        "You're registered: Corvane Careers Live",
        at(2027, 2, 5, 9, 0, "America/New_York"),
        "Webex webinar registration.",
        "Registration confirmed",
        [
            "You're registered for <b>Corvane Careers Live</b>.",
            "<b>Thursday, February 25, 2027 1:00 PM | (UTC-05:00) Eastern Time (US &amp; Canada) "
            "| 1 hr</b>",
            button("Add to calendar", "https://corvane.webex.example/ics"),
        ],
    )


def moka16() -> Iterator[Case]:
    f = Fam("moka16", ("云帆科技招聘", "noreply@moka-mail.example"), "云帆科技", "#3056d3")
    sh = "Asia/Shanghai"
    sent = at(2027, 1, 27, 10, 0, sh)
    st = at(2027, 2, 3, 14, 0, sh, "Wed")
    yield f.card(
        "mianshi_yaoqing",
        "zh-CN",
        "【云帆科技】面试邀请",
        sent,
        "Moka.",
        "面试邀请",
        [
            "Alex Morgan，您好：",
            "诚邀您参加数据工程师岗位的视频面试。",
            grid([["面试时间", "2027-02-03 14:00-15:00"], ["面试方式", "视频面试（腾讯会议）"]]),
            button("接受面试", "https://moka.example/a/1"),
        ],
        label=ev(st, st + 60 * M, naive=sent),
    )
    st = at(2027, 2, 4, 10, 0, sh, "Thu")
    yield f.card(
        "tengxun_huiyi",
        "zh-CN",
        "【云帆科技】视频面试通知",
        at(2027, 1, 28, 9, 0, sh),
        "Moka.",
        "视频面试通知",
        [
            "Alex，您好：",
            "会议主题：云帆科技二面<br>"
            "会议时间：2027/02/04 10:00-11:00 (GMT+08:00) 中国标准时间 - 北京<br>"
            "#腾讯会议：482-119-306",
        ],
        label=ev(st, st + 60 * M),
    )
    sent = at(2027, 1, 29, 15, 0, sh)
    st = at(2027, 2, 5, 16, 30, sh, "Fri")
    yield f.card(
        "gaiqi",
        "zh-CN",
        "【云帆科技】面试时间变更",
        sent,
        "Moka.",
        "面试时间变更",
        [
            "Alex Morgan，您好：",
            "您的面试时间已调整为 2027年2月5日（周五）16:30，原定时间 2月4日 10:00 取消。",
        ],
        label=ev(st, kind="reschedule", naive=sent),
    )
    yield f.card(
        "bishi",
        "zh-CN",
        "【云帆科技】笔试邀请",
        at(2027, 1, 26, 10, 0, sh),
        "Moka.",
        "在线笔试",
        [
            "Alex，您好：",
            grid([["笔试截止时间", "2027-02-01 23:59"], ["时长", "60分钟"]]),
            button("开始笔试", "https://moka.example/t/2"),
        ],
    )
    yield f.card(
        "diaocha",
        "zh-CN",
        "【云帆科技】面试体验调查",
        at(2027, 2, 6, 10, 0, sh),
        "Moka.",
        "面试体验调查",
        [
            "感谢您于2月5日参加面试，请在2027年2月12日前填写问卷。",
            button("填写问卷", "https://moka.example/s/3"),
        ],
    )
    yield f.card(
        "xuanjianghui",
        "zh-CN",
        "云帆科技2027春季校园宣讲会",
        at(2027, 2, 20, 10, 0, sh),
        "Moka.",
        "宣讲会",
        [
            "宣讲时间：2027年3月10日 19:00-21:00",
            "地点：线上直播",
            button("立即报名", "https://moka.example/e/4"),
        ],
    )


def inhire16() -> Iterator[Case]:
    f = Fam("inhire16", ("Cajuí Pagamentos", "no-reply@inhire-mail.example"), "Cajuí", "#00a86b")
    sp = "America/Sao_Paulo"
    st = at(2027, 2, 9, 14, 0, sp, "Tue")
    yield f.card(
        "convite_brasilia",
        "pt-BR",
        "Convite para entrevista – Cajuí",
        at(2027, 2, 2, 10, 0, sp),
        "InHire.",
        "Sua entrevista",
        [
            "Olá, Alex!",
            grid(
                [
                    ["Data", "09/02/2027"],
                    ["Horário", "14:00 às 15:00 (horário de Brasília)"],
                    ["Local", "Google Meet"],
                ]
            ),
        ],
        label=ev(st, st + 60 * M, zone=sp),
    )
    sent = at(2027, 2, 3, 11, 0, sp)
    st = at(2027, 2, 11, 10, 30, sp, "Thu")
    yield f.card(
        "presencial",
        "pt-BR",
        "Entrevista presencial confirmada",
        sent,
        "InHire.",
        "Confirmação",
        [
            "Oi Alex,<br><br>Sua entrevista presencial está confirmada para quinta-feira, "
            "11 de fevereiro, às 10h30.<br>Endereço: Av. Paulista, 1000 – 8º andar"
        ],
        label=ev(st, naive=sent),
    )
    sent = at(2027, 2, 8, 9, 0, sp)
    st = at(2027, 2, 12, 15, 0, sp, "Fri")
    yield f.card(
        "remarcada",
        "pt-BR",
        "Sua entrevista foi remarcada",
        sent,
        "InHire.",
        "Nova data",
        [
            "Olá, Alex!",
            grid(
                [
                    ["Nova data", "12/02/2027 às 15h"],
                    ["Data anterior", "<s>11/02/2027 às 10h30</s>"],
                ]
            ),
        ],
        label=ev(st, kind="reschedule", naive=sent),
    )
    yield f.card(
        "teste_tecnico",
        "pt-BR",
        "Teste técnico – prazo",
        at(2027, 2, 1, 10, 0, sp),
        "InHire.",
        "Teste técnico",
        [
            "Olá, Alex!",
            "Envie o teste técnico até 08/02/2027 às 23h59.",
            button("Acessar teste", "https://inhire.example/t/1"),
        ],
    )
    yield f.card(
        "novas_vagas",
        "pt-BR",
        "Novas vagas para você",
        at(2027, 2, 4, 7, 0, sp),
        "InHire.",
        "Vagas",
        [
            "Novas vagas: Engenheiro de Dados (publicada em 03/02/2027), Analista de BI "
            "(04/02/2027).",
            "Live de carreira: 18/02/2027 às 19h.",
        ],
    )
    yield f.card(
        "pesquisa",
        "pt-BR",
        "Como foi sua entrevista?",
        at(2027, 2, 13, 10, 0, sp),
        "InHire.",
        "Pesquisa",
        ["Conte como foi sua entrevista do dia 12/02. A pesquisa fica aberta até 20/02/2027."],
    )


def otys16() -> Iterator[Case]:
    f = Fam(
        "otys16", ("Polderdata Recruitment", "no-reply@otys-mail.example"), "Polderdata", "#ff6600"
    )
    ams = "Europe/Amsterdam"
    sent = at(2027, 2, 1, 10, 0, ams)
    st = at(2027, 2, 9, 10, 0, ams, "Tue")
    yield f.card(
        "uitnodiging",
        "nl",
        "Uitnodiging sollicitatiegesprek",
        sent,
        "OTYS.",
        "Je gesprek",
        [
            "Beste Alex,",
            grid(
                [
                    ["Datum", "dinsdag 9 februari 2027"],
                    ["Tijd", "10:00 - 11:00 uur"],
                    ["Locatie", "Stationsplein 45, Utrecht"],
                ]
            ),
        ],
        label=ev(st, st + 60 * M, naive=sent),
    )
    sent = at(2027, 2, 3, 15, 0, ams)
    st = at(2027, 2, 11, 14, 30, ams, "Thu")
    yield f.card(
        "tweede_gesprek",
        "nl",
        "Tweede gesprek ingepland",
        sent,
        "OTYS.",
        "Tweede gesprek",
        [
            "Hoi Alex,<br><br>Je tweede gesprek staat gepland op donderdag 11 februari om 14.30 "
            "uur (online via Teams)."
        ],
        label=ev(st, naive=sent),
    )
    sent = at(2027, 2, 8, 9, 0, ams)
    st = at(2027, 2, 12, 9, 0, ams, "Fri")
    yield f.card(
        "verplaatst",
        "nl",
        "Je gesprek is verplaatst",
        sent,
        "OTYS.",
        "Nieuwe tijd",
        [
            "Beste Alex,",
            grid(
                [
                    ["Nieuwe datum", "vrijdag 12 februari 2027, 09:00 uur"],
                    ["Oude datum", "<s>dinsdag 9 februari 2027, 10:00 uur</s>"],
                ]
            ),
        ],
        label=ev(st, kind="reschedule", naive=sent),
    )
    yield f.card(
        "assessment",
        "nl",
        "Online assessment",
        at(2027, 2, 2, 10, 0, ams),
        "OTYS.",
        "Assessment",
        [
            "Beste Alex,",
            "Rond het assessment af vóór 7 februari 2027 om 23:59 uur.",
            button("Start", "https://otys.example/a"),
        ],
    )
    yield f.card(
        "vacaturealert",
        "nl",
        "Nieuwe vacatures",
        at(2027, 2, 4, 7, 0, ams),
        "OTYS.",
        "Vacatures",
        [
            "Nieuwe vacatures voor jou, geplaatst op 4 februari 2027.",
            "Open dag: zaterdag 20 februari 2027, 10:00 - 14:00 uur.",
        ],
    )
    yield f.card(
        "enquete",
        "nl",
        "Hoe was je gesprek?",
        at(2027, 2, 13, 10, 0, ams),
        "OTYS.",
        "Enquête",
        ["Bedankt voor je gesprek op 12 februari. De enquête sluit op 19 februari 2027."],
    )


BUILDERS = [
    zoomtext16,
    teamsowa16,
    gmailrec16,
    phenom16,
    fountain16,
    hrmos16,
    traffit16,
    evmarket16,
    webexnote16,
    moka16,
    inhire16,
    otys16,
]
FIRST_SIGHT = [
    "- dev (8 families, 64 mails): text 39/39 right (38 sure), look-alikes claimed 0/25; no "
    "calendar parts",
    "- held out (4 families, 24 mails): text 13/14 right (12 sure), look-alikes claimed 1/10",
    "- the one dev mail not sure (`fountain16__en-US_reminder_tomorrow`, 0.45: 'Just a "
    "reminder: your interview ... is tomorrow' read as a note disowning the mail) is sure on "
    "main since f51a9274, which landed while this batch was written; this branch's own narrower "
    "rule for it was dropped in the merge",
    "- after (main at 51927fce + this batch): dev text 39/39, 39 sure, claimed 0/25; held out "
    "unchanged in aggregate (13/14, claimed 1/10)",
]


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the html16 batch (`build_html16.py`)",
        "",
        "HTML-heavy interview mail without a calendar part: video-meeting invitation text "
        "(Zoom, Webex, Teams blocks) in ten languages, webmail-composed recruiter mail (Gmail, "
        "Outlook on the web), and notification tables of commercial ATS products not yet in "
        "the corpus. These are proprietary products: wording ours, layouts recalled (no vendor "
        "text or template copied). People, companies, addresses and links are made up. The "
        "htmlats13 and htmlrich12 batches were checked so that vendors and shapes do not repeat "
        "(their MJML helper is reused).",
        "",
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run. Held-out families (chosen before any parse): webexnote16, moka16, "
        "inhire16, otys16; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_html16.py` "
        "(deterministic; rewrites only these families' files).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [c for c in cases if c.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {SPLITS[name]}): {SOURCES[name]}")
    if FIRST_SIGHT:
        lines += [
            "",
            "## First sight (parser of main at fb428aab, before any change for this batch)",
            "",
        ]
        lines += FIRST_SIGHT
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows(c for c in cases if c.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-html16.md", provenance(cases))
    neg = sum(1 for c in cases if c.label.get("kind") == NEG)
    print(f"{len(cases)} messages ({neg} negatives) in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
