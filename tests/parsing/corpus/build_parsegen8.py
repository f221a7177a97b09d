"""Write the "parsegen8" batch: real template strings of software the corpus had not read.

Run: .venv/bin/python tests/parsing/corpus/build_parsegen8.py

Cal.com, EGroupware, Frappe HRMS and Rallly templates, with their own translations re-read from
the projects' repositories (commits below), rendered as a job seeker receives them: Cal.com's
booking mails whose plain part carries no date at all (only "Invitee Time Zone") while the HTML
part says "asteartea, 2026ko ekainaren 23a | 10:00 - 10:45 (Europe/Madrid)"; EGroupware's
calendar notifications with their "Updated:" modification time next to the slot and half
translated sentences; Frappe HRMS's reschedule sentence with ISO dates and "HH:MM:SS" times;
Rallly's poll-response confirmations. Languages new to the corpus: Basque, Azerbaijani,
Catalan, Khmer, Persian; others rare in it: Estonian, Latvian, Slovak, Korean, European
Portuguese. Forwards by the user (Gmail, Outlook, Apple Mail layouts of build_parse-pos.py and
build_parsegen6.py, loaded, not copied) carry a note in the user's language on top; replies
quote the notification. About a third are look-alike negatives: pending booking requests,
recording downloads of a past meeting, booking-page links with example hours, poll responses,
feedback reminders after an interview, reply notifications. Everything was labelled before the
parser was run on it. Output is deterministic; the script writes or deletes only files of its
own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape as h
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
pg6 = _load("build_parsegen6", "build_parsegen6.py")
at, timed, Case = pp.at, pp.timed, pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"

# About 40 % of the families are held out, chosen before the parser was run. Frappe HRMS and
# Rallly go to heldout because the older build_ats.py already holds them out there
# (frappehrms, rallly): tuning on new mail of the same templates would wear that measure down.
SPLITS = {
    "calcombook": "dev",
    "egwnotify": "dev",
    "bookinglink": "dev",
    "quotedsys": "dev",
    "lookneg8": "dev",
    "calcomfwd": "heldout",
    "egwfwd": "heldout",
    "frappeint": "heldout",
    "ralllypoll": "heldout",
}

CAL_LOC = "calcom/cal.com:apps/web/public/static/locales/{lang}/common.json@{commit}"
CAL_COMMITS = {
    "eu": "00f7fabcb9578c36b0c3f1ad3647c1fb819ced18",
    "az": "01d0a053f6256efb455784c683b8d69c8d677bf7",
    "et": "007d0bc265528c5473f9615cc999ffcde44fa3e2",
    "pt": "003b384b7fa2b5949c5e8d9c7992c6e52b56e2cf",
}
CAL_TPL = (
    "calcom/cal.com:packages/emails/templates/attendee-scheduled-email.ts@"
    "fcbddb3e3d67a740cb259aac3af62fb9cdcbbca3 (subject = event title, text part = title, "
    "subtitle and packages/lib/CalEventParser.ts getRichDescription@"
    "03670679c00d600615e8df2bc64545bd51c61646: What / Invitee Time Zone / Who / Where, no "
    "date), packages/emails/src/templates/BaseScheduledEmail.tsx + components/WhenInfo.tsx@"
    "1e5f784459e0048f9ec219d38c5e2a956ca4d094 (HTML 'dddd, LL | HH:mm - HH:mm (zone)'); "
    "dayjs locale names and LL formats from iamkun/dayjs:src/locale/*.js@"
    "0f6c19e3b63bcc3ff74917cb3a60125020c75648; strings: "
)
EGW = "EGroupware/egroupware@674781ca9dbb6940045415863ed7f38f6b80dc71"
EGW_TPL = (
    f"{EGW}: calendar/inc/class.calendar_bo.inc.php (check_set_default_prefs: notifyAdded/"
    "Modified/Canceled/Disinvited/Response messages, subject 'Calendar Event - $$action$$: "
    "$$startdate$$ $$title$$'), calendar/inc/class.calendar_boupdate.inc.php (_send_update: "
    "'ical' format = subject title + cal.ics, 'extended' = 'Event Details follow' and "
    "'%-20s %s' rows: Location, Start/End Date/Time, Owner, Updated, Participants; date "
    "'dateformat, H:i' or 'h:i a'); strings from calendar/lang/egw_{lang}.lang and "
    "api/lang/egw_{lang}.lang"
)
FRAPPE = "frappe/hrms@80f17c99aee38116c0bd4b794845ebe5290d083c"
FRAPPE_TPL = (
    f"{FRAPPE}: hrms/hr/doctype/interview/interview.py (reschedule_interview: subject "
    "'Interview: {0} Rescheduled', message 'Your Interview session is rescheduled from {0} {1} "
    "- {2} to {3} {4} - {5}'), hrms/hr/doctype/interview/interview_feedback_reminder_template"
    ".html; translations hrms/locale/{lang}.po"
)
RALLLY = "lukevella/rallly@c629b3148024e40a115a731d3660d725c9329b0e"
RALLLY_TPL = (
    f"{RALLLY}: packages/emails/src/templates/new-participant-confirmation.tsx, "
    "new-comment.tsx, event-rsvp-confirmation.tsx; strings packages/emails/locales/{lang}/"
    "emails.json"
)
LICENSES = {
    "calcombook": "AGPL-3.0 (Cal.com, outside /ee); people, events and notes ours",
    "calcomfwd": "AGPL-3.0 (Cal.com, outside /ee); people, events and notes ours",
    "egwnotify": "GPL-2.0 (EGroupware); people, events and notes ours",
    "egwfwd": "GPL-2.0 (EGroupware); people, events and notes ours",
    "frappeint": "GPL-3.0 (frappe/hrms); people and notes ours",
    "ralllypoll": "AGPL-3.0 (Rallly); people, polls and notes ours",
    "bookinglink": "written for this corpus (Cal.com strings where marked)",
    "quotedsys": "GPL-2.0 / AGPL-3.0 for the quoted EGroupware and Cal.com strings; replies ours",
    "lookneg8": "written for this corpus (no third-party text copied)",
}
OWN = "written for this corpus (no third-party text copied)"

SOURCES = {
    "calcombook": "Cal.com attendee mails in Basque, Azerbaijani, Estonian: scheduled (text+HTML"
    "+UTC calendar part), rescheduled, cancelled, 'requested to reschedule', pending requests "
    "and a recording download (negatives), forwards by Gmail and Apple Mail.",
    "egwnotify": "EGroupware calendar notifications in Catalan, Slovak, Latvian, Korean and "
    "English: 'ical' format with cal.ics, 'extended' format (subject 'Calendar Event - Added: "
    "...', details with an 'Updated:' time), moves, cancellations, a dis-invitation and a "
    "response notification.",
    "bookinglink": "Recruiters sharing a Cal.com booking page with example hours and a booking "
    "deadline (negatives, eu, az, et, en), and recruiters who booked the slot themselves.",
    "quotedsys": "Recruiters' replies and the user's forwards that quote an EGroupware or Cal.com "
    "mail below their own words (the new time in the reply or only in the quote), and a "
    "candidate's own 'I can't make it' reply quoting an invitation.",
    "lookneg8": "Hand-written look-alikes in Basque, Azerbaijani, Catalan, Khmer, Persian and "
    "Estonian: document deadlines, past interviews, open days, a moved deadline.",
    "calcomfwd": "Cal.com mails in European Portuguese and English forwarded or sent as HTML only.",
    "egwfwd": "EGroupware notifications in Basque, Persian, Khmer and Estonian, forwarded.",
    "frappeint": "Frappe HRMS reschedule mails (de, fr, sv, fa) and feedback reminders.",
    "ralllypoll": "Rallly poll-response confirmations and comment notices (negatives), RSVP "
    "confirmations of a booked event.",
}

# --------------------------------------------------------------------------------------
# MIME


def _part(body: str, subtype: str) -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return MIMEText(body, subtype, charset)


def _ics_part(ics: str, method: str, filename: str, alternative: bool) -> Message:
    part = MIMEText(ics, "calendar", "utf-8")
    part.set_param("method", method)
    if not alternative:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def compose(
    key: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str | None = None,
    html: str | None = None,
    ics: tuple[str, str, str, bool] | None = None,
    reply: bool = False,
) -> bytes:
    """text/html alternatives; ics = (body, method, filename, inside the alternative)."""
    body: Message
    parts: list[Message] = []
    if text is not None:
        parts.append(_part(text, "plain"))
    if html is not None:
        parts.append(_part(html, "html"))
    if ics is not None and ics[3]:
        parts.append(_ics_part(ics[0], ics[1], ics[2], True))
    if len(parts) == 1:
        body = parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_pg8a_{pp.digest(key, 'a')[:16]}")
        for part in parts:
            body.attach(part)
    if ics is not None and not ics[3]:
        outer = MIMEMultipart("mixed", boundary=f"=_pg8m_{pp.digest(key, 'm')[:16]}")
        outer.attach(body)
        outer.attach(_ics_part(ics[0], ics[1], ics[2], False))
        body = outer
    existing = list(body.items())
    for name in list(body.keys()):
        del body[name]
    body["Date"] = format_datetime(sent)
    body["From"] = pp._addr(sender)
    body["To"] = pp._addr(to)
    body["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    body["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    if reply:
        parent = f"<{pp.digest(key, 'parent')}@mail.example>"
        body["In-Reply-To"] = parent
        body["References"] = parent
    body["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            body[name] = value
    buffer = pp.io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(body)
    return buffer.getvalue()


def filename(lang: str, name: str) -> str:
    short = lang.split("-", 1)[0].lower()
    if name.lower().startswith((f"{lang.lower()}_", f"{short}_")):
        return name
    return f"{lang}_{name}"


def case(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    label: dict[str, object] | None,
    note: str,
    template: str,
) -> Case:
    return Case(
        family,
        SPLITS[family],
        filename(lang, name),
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        LICENSES[family],
    )


def slot(
    start: datetime,
    end: datetime | None = None,
    *,
    kind: str | None = "invitation",
    zone: str | None = None,
    sent: datetime | None = None,
    org: str | None = None,
    url: str | None = None,
    company: str | None = None,
    **extra: object,
) -> dict[str, object]:
    label: dict[str, object] = {}
    if kind:
        label["kind"] = kind
    label.update(timed(start, end, zone=zone, sent=sent))
    if company:
        label["company"] = company
    if url:
        label["meeting_url"] = url
    if org:
        label["organizer_email"] = org
    label.update(extra)
    return label


def forward_head(
    client: str, org: tuple[str, str], sent: datetime, subject: str
) -> tuple[str, str]:
    """(header block, subject prefix) of a forward; layouts of parse-pos and parsegen6."""
    if "/" in client:
        kind, lang = client.split("/")
        return pp.forward_block(kind, lang, org, sent, subject, ME), pp.PREFIX[(kind, lang)]
    head, prefix = pg6._block(client, f"{org[0]} <{org[1]}>", sent, subject, f"{ME[0]} <{ME[1]}>")
    return head, prefix


def forward(
    key: str,
    *,
    client: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body_text: str,
    note: str,
    body_html: str | None = None,
    delay: timedelta = timedelta(hours=2, minutes=6),
) -> bytes:
    """The user forwards a mail to Afterview: note on top, client's header block, the body.
    With body_html the forward also has an HTML part (Gmail-style quote), as Gmail sends it."""
    head, prefix = forward_head(client, org, orig_sent, subject)
    text = f"{note}\n\n{head}\n{body_text.strip()}\n"
    html = None
    if body_html is not None:
        head_html = "<br>".join(h(line) for line in head.strip().splitlines())
        note_html = "<br>".join(h(line) for line in note.splitlines())
        html = (
            f"<div dir='ltr'>{note_html}<br><br><div class='gmail_quote'>"
            f"<div dir='ltr' class='gmail_attr'>{head_html}<br></div><br>{body_html}</div></div>\n"
        )
    return compose(
        key,
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=orig_sent + delay,
        text=text,
        html=html,
    )


def zulu(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold_ics(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        out.extend(_fold(line))
    return "\r\n".join(out) + "\r\n"


def _fold(line: str) -> list[str]:
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return out


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# --------------------------------------------------------------------------------------
# Cal.com

DAYJS_DAYS = {  # Sunday first, as dayjs lists them
    "eu": ["igandea", "astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata"],
    "az": ["Bazar", "Bazar ertəsi", "Çərşənbə axşamı", "Çərşənbə", "Cümə axşamı", "Cümə", "Şənbə"],
    "et": ["pühapäev", "esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev"],
    "pt": [
        "domingo",
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
    ],
    "en": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
}
DAYJS_MONTHS = {
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
    "az": [
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ],
    "et": [
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
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
    "en": pp.EN_MONTHS.split(),
}


def dj_day(lang: str, value: datetime) -> str:
    return DAYJS_DAYS[lang][(value.weekday() + 1) % 7]


def dj_month(lang: str, value: datetime) -> str:
    return DAYJS_MONTHS[lang][value.month - 1]


def dj_ll(lang: str, value: datetime) -> str:
    """dayjs 'LL' in the locale."""
    d, y, m = value.day, value.year, dj_month(lang, value)
    return {
        "eu": f"{y}ko {m}ren {d}a",
        "az": f"{d} {m} {y} г.",
        "et": f"{d}. {m} {y}",
        "pt": f"{d} de {m} de {y}",
        "en": f"{m} {d}, {y}",
    }[lang]


def hmma(value: datetime) -> str:
    return f"{value.hour % 12 or 12}:{value.minute:02d}{'am' if value.hour < 12 else 'pm'}"


def clock(value: datetime, h24: bool) -> str:
    return f"{value:%H:%M}" if h24 else hmma(value)


def cal_when(lang: str, st: datetime, en: datetime, zone: str, h24: bool = True) -> str:
    """WhenInfo: 'dddd, LL | <time> - <time>' and the zone in parentheses."""
    return f"{dj_day(lang, st)}, {dj_ll(lang, st)} | {clock(st, h24)} - {clock(en, h24)} ({zone})"


def cal_subject_date(lang: str, st: datetime, en: datetime, h24: bool = True) -> str:
    """getFormattedDate: '<time> - <time>, <weekday>, <month> D, YYYY' (names via t())."""
    return (
        f"{clock(st, h24)} - {clock(en, h24)}, {dj_day(lang, st)}, {dj_month(lang, st)} "
        f"{st.day}, {st.year}"
    )


CAL_STR: dict[str, dict[str, str]] = {
    "eu": {
        "scheduled": "Zure gertaera programatu da",
        "emailed": "Informazio hau duen mezu elektroniko bat bidali diegu denei.",
        "what": "Zer",
        "when": "Noiz",
        "who": "Nor(k)",
        "where": "Non",
        "tz": "Gonbidatuaren ordu-eremua",
        "organizer": "Antolatzailea",
        "manage": "Programazioa aldatu edo bertan behera utzi behar duzu?",
        "cancelled": "Zure programatutako gertaera bertan behera utzi da",
        "cancelled_subject": "Bertan behera: {title} {date}(e)an",
        "reason": "Bertan behera uztearen arrazoia (aukerakoa)",
        "recording_subject": "Deskargatu grabaketa: {title} {date}(e)an",
        "recording": "Deskargatu zure grabaketa",
    },
    "az": {
        "scheduled": "Tədbiriniz planlaşdırılıb",
        "emailed": "Bu məlumatla hər kəsə e-poçt göndərdik.",
        "what": "Nə",
        "when": "Nə vaxt",
        "who": "Kim",
        "where": "Harada",
        "tz": "Dəvət olunanın vaxt zonası",
        "organizer": "Təşkilatçı",
        "manage": "Yenidən planlaşdırmaq və ya ləğv etmək lazımdır?",
        "cancelled": "Planlaşdırılmış tədbiriniz ləğv edildi",
        "cancelled_subject": "Ləğv edildi: {title} {date} tarixində",
        "reason": "Ləğv səbəbi (isteğe bağlı)",
        "submitted": "Rezervasiyanız təqdim edilib",
        "submitted_subject": "Rezervasiya təqdim edildi: {title} {date} tarixində",
        "needs_confirm": "{user} hələ də rezervasiyanı təsdiqləməli və ya rədd etməlidir.",
        "recording_subject": "Yazını yüklə: {title} {date} tarixində",
        "recording": "Yazınızı yükləyin",
    },
    "et": {
        "scheduled": "Teie üritus on ajastatud",
        "emailed": "Saatsime selle teabega kõigile meili.",
        "what": "Mida",
        "when": "Millal",
        "who": "WHO",
        "where": "Kus",
        "tz": "Kutsutava ajavöönd",
        "organizer": "Korraldaja",
        "manage": "Kas on vaja ümber ajastada või tühistada?",
        "rescheduled": "Värskendatud – teie üritus on ümber ajastatud",
        "rescheduled_subject": "Teie {title} on ümber ajastatud kuupäevaks {date}.",
        "request_reschedule": "{organizer} tühistas broneeringu ja palus teil valida teise aja.",
        "request_reschedule_subject": "Nõutud ümberajastamine: Palun broneerige oma {event} "
        "üritusele nimega {name} uus aeg",
        "submitted": "Teie broneering on esitatud",
        "submitted_subject": "Broneering esitatud: {title} kell {date}",
        "needs_confirm": "{user} peab endiselt broneeringu kinnitama või tagasi lükkama.",
    },
    "pt": {
        "scheduled": "O seu evento foi agendado",
        "emailed": "Esta informação foi enviada para si e para todos os outros participantes.",
        "what": "O quê",
        "when": "Quando",
        "who": "Quem",
        "where": "Onde",
        "tz": "Fuso horário do convidado",
        "organizer": "Organizador",
        "manage": "Precisa reagendar ou cancelar?",
        "rescheduled": "O seu evento foi reagendado.",
        "cancelled": "O seu evento agendado foi cancelado",
        "cancelled_subject": "Cancelado: {event} com {name} em {date}",
        "reason": "Motivo do cancelamento",
        "submitted_subject": "Reserva submetida: {event} com {name} em {date}",
        "needs_confirm": "{user} ainda tem de confirmar ou rejeitar a reserva.",
    },
    "en": {
        "scheduled": "Your event has been scheduled",
        "emailed": "We sent an email to everyone with this information.",
        "what": "What",
        "when": "When",
        "who": "Who",
        "where": "Where",
        "tz": "Invitee Time Zone",
        "organizer": "Organizer",
        "manage": "Need to reschedule or cancel?",
        "request_reschedule": "{organizer} has cancelled the booking and asked you to pick "
        "another time.",
        "request_reschedule_subject": "Action Required: Please book a new time for {event} "
        "with {name}",
    },
}
CAL_EN_NOTE = (
    "English strings of en/common.json recalled (the corpus's calcom family read them); "
    "not re-read here"
)


def cal_template(lang: str) -> str:
    if lang == "en":
        return CAL_TPL + CAL_EN_NOTE
    return CAL_TPL + CAL_LOC.format(lang=lang, commit=CAL_COMMITS[lang])


def cal_text(
    lang: str,
    title: str,
    subtitle: str,
    event: str,
    zone: str,
    host: tuple[str, str],
    where: str,
    uid: str,
    reason: tuple[str, str] | None = None,
) -> str:
    """getTextBody: title, subtitle, then getRichDescription (no date: only the zone)."""
    s = CAL_STR[lang]
    parts = []
    if reason:
        parts.append(f"{reason[0]}:\n{reason[1]}")
    parts += [
        f"{s['what']}:\n{event}",
        f"{s['tz']}:\n{zone}",
        f"{s['who']}:\n{host[0]} - {s['organizer']}\n{host[1]}\n{ME[0]}\n{ME[1]}",
        f"{s['where']}:\n{where}",
        f"{s['manage']} https://cal.example/booking/{uid}?changes=true",
    ]
    return f"{title}\n{subtitle}\n\n" + "\n\n".join(parts)


def cal_html(
    lang: str,
    title: str,
    subtitle: str,
    event: str,
    when: str,
    host: tuple[str, str],
    where: str,
    uid: str,
    *,
    strike: bool = False,
    reason: tuple[str, str] | None = None,
    notes: str = "",
) -> str:
    """BaseScheduledEmail: heading, subtitle, Info rows What/When/Who/Where, manage link."""
    s = CAL_STR[lang]

    def info(label: str, body: str, through: bool = False) -> str:
        style = "text-decoration:line-through;" if through else ""
        return (
            "<div style='line-height:6px'><p style='color:#101010;font-size:15px;"
            f"font-weight:600'>{h(label)}</p><p style='color:#101010;font-size:14px;{style}"
            f"line-height:22px'>{body}</p></div>\n"
        )

    rows = ""
    if reason:
        rows += info(reason[0], h(reason[1]))
    rows += info(s["what"], h(event))
    rows += info(
        s["when"], h(when).replace(" (", " <span style='color:#4B5563'>(") + "</span>", strike
    )
    who = (
        f"{h(host[0])} - {h(s['organizer'])} <a href='mailto:{host[1]}'>{host[1]}</a><br>"
        f"{h(ME[0])} <a href='mailto:{ME[1]}'>{ME[1]}</a>"
    )
    rows += info(s["who"], who)
    place = f"<a href='{where}'>{h(where)}</a>" if where.startswith("http") else h(where)
    rows += info(s["where"], place)
    if notes:
        rows += info("Additional notes", h(notes))
    return (
        "<!doctype html><html><head><meta charset='utf-8'></head>"
        "<body style='word-spacing:normal;background-color:#F3F4F6'>\n"
        "<div style='background-color:#F3F4F6'><div style='margin:0px auto;max-width:600px'>\n"
        "<div style='background:#FFFFFF;padding:40px 40px 0 40px;text-align:center'>"
        "<img src='https://cal.example/emails/checkCircle@2x.png' width='64' alt=''>\n"
        f"<div style='font-size:24px;font-weight:700;color:#111827'>{h(title)}</div>\n"
        f"<div style='font-size:16px;color:#494949'>{h(subtitle)}</div></div>\n"
        f"<div style='background:#FFFFFF;padding:15px 40px'>\n{rows}</div>\n"
        "<div style='background:#FFFFFF;padding:0 40px 40px 40px'>"
        f"<p>{h(s['manage'])} <a href='https://cal.example/booking/{uid}?changes=true'>"
        "https://cal.example/booking/" + uid + "</a></p></div>\n"
        "</div></div></body></html>\n"
    )


def cal_html_as_text(
    lang: str,
    title: str,
    subtitle: str,
    event: str,
    when: str,
    host: tuple[str, str],
    where: str,
    reason: tuple[str, str] | None = None,
) -> str:
    """What a mail client's plain part of a forwarded Cal.com HTML mail reads like."""
    s = CAL_STR[lang]
    lines = [title, subtitle, ""]
    if reason:
        lines += [reason[0], reason[1], ""]
    lines += [s["what"], event, "", s["when"], when, "", s["who"]]
    lines += [f"{host[0]} - {s['organizer']} {host[1]}", f"{ME[0]} {ME[1]}", "", s["where"], where]
    return "\n".join(lines)


def cal_ics(
    uid: str, title: str, st: datetime, en: datetime, host: tuple[str, str], stamp: datetime
) -> str:
    """The ics package's output as generateIcsFile uses it: UTC start, a DURATION."""
    minutes = int((en - st).total_seconds() // 60)
    dur = f"PT{minutes // 60}H{minutes % 60}M" if minutes >= 60 else f"PT{minutes}M"
    dur = dur.replace("H0M", "H")
    return fold_ics(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "PRODID:-//Cal.com Inc.//Cal.com Event//EN",
            "METHOD:REQUEST",
            "X-PUBLISHED-TTL:PT1H",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SUMMARY:{ics_escape(title)}",
            f"DTSTAMP:{zulu(stamp)}",
            f"DTSTART:{zulu(st)}",
            f"ORGANIZER;CN={host[0]}:mailto:{host[1]}",
            f'ATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="{ME[0]}":'
            f"mailto:{ME[1]}",
            "STATUS:CONFIRMED",
            f"DURATION:{dur}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )


def calcombook() -> Iterator[Case]:
    f = "calcombook"
    mad = "Europe/Madrid"
    host = ("Itziar Etxeberria", "itziar.etxeberria@bizkaisoft.example")
    st = at(2026, 6, 23, 10, 0, mad, "Tue")
    en = st + timedelta(minutes=45)
    sent = at(2026, 6, 12, 13, 40, mad)
    ev = "Lehen elkarrizketa – Bizkaisoft (Frontend garatzailea)"
    uid = "k3Vb8xQmT2pLr9sN4aZc"
    s = CAL_STR["eu"]
    when = cal_when("eu", st, en, mad)
    url = "https://cal.example/video/k3Vb8xQmT2pLr9sN4aZc"
    yield case(
        f,
        "scheduled_ics",
        "eu",
        compose(
            f"pg8/{f}/eu1",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=ev,
            sent=sent,
            text=cal_text("eu", s["scheduled"], s["emailed"], ev, mad, host, url, uid),
            html=cal_html("eu", s["scheduled"], s["emailed"], ev, when, host, url, uid),
            ics=(cal_ics(uid, ev, st, en, host, sent), "REQUEST", "event.ics", True),
        ),
        slot(st, en, zone=mad, url=url, uid=uid, method="REQUEST"),
        "Cal.com confirmation in Basque: the plain part has no date (only 'Gonbidatuaren "
        "ordu-eremua: Europe/Madrid'); the HTML reads 'asteartea, 2026ko ekainaren 23a | 10:00 - "
        "10:45 (Europe/Madrid)'; UTC-only calendar part with a DURATION.",
        cal_template("eu"),
    )
    # the same kind of mail, forwarded by Gmail: the calendar part is gone
    st = at(2026, 9, 8, 16, 30, mad, "Tue")
    en = st + timedelta(minutes=30)
    sent = at(2026, 8, 31, 9, 15, mad)
    ev = "Telefono bidezko elkarrizketa – Gasteizko Udal Liburutegiak"
    host = ("Mikel Agirre", "mikel.agirre@gasteizliburu.example")
    uid = "q7Hd2LmWc0aP5tYx8RbE"
    when = cal_when("eu", st, en, mad)
    yield case(
        f,
        "scheduled_fwd_gmail",
        "eu",
        forward(
            f"pg8/{f}/eu2",
            client="gmail/en",
            org=(host[0], "notifications@cal.example"),
            orig_sent=sent,
            subject=ev,
            body_text=cal_html_as_text(
                "eu", s["scheduled"], s["emailed"], ev, when, host, "+34 945 000 118"
            ),
            body_html=cal_html(
                "eu", s["scheduled"], s["emailed"], ev, when, host, "+34 945 000 118", uid
            ),
            note="Hau da liburutegiko elkarrizketa, gorde egutegian mesedez.",
        ),
        slot(st, en, zone=mad, original_sender="notifications@cal.example"),
        "Gmail forward (text + HTML) of a Basque Cal.com confirmation with a Basque note; the "
        "slot is only in the When block ('asteartea, 2026ko irailaren 8a | 16:30 - 17:00').",
        cal_template("eu"),
    )
    # eu cancellation, direct, no calendar part
    st = at(2026, 10, 14, 11, 0, mad, "Wed")
    en = st + timedelta(hours=1)
    sent = at(2026, 10, 9, 17, 2, mad)
    ev = "Bigarren elkarrizketa – Oarsoaldea Energia"
    host = ("Ane Lasa", "ane.lasa@oarsoenergia.example")
    uid = "Wm4cR8tNq1Zb6Ke3YpXa"
    when = cal_when("eu", st, en, mad)
    reason = (s["reason"], "Postua barne-hautaketaz bete dugu. Barkatu eragozpenak.")
    yield case(
        f,
        "cancelled",
        "eu",
        compose(
            f"pg8/{f}/eu3",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["cancelled_subject"].format(title=ev, date=cal_subject_date("eu", st, en)),
            sent=sent,
            text=cal_text(
                "eu", s["cancelled"], s["emailed"], ev, mad, host, "Errenteria", uid, reason
            ),
            html=cal_html(
                "eu",
                s["cancelled"],
                s["emailed"],
                ev,
                when,
                host,
                "Errenteria",
                uid,
                strike=True,
                reason=reason,
            ),
        ),
        slot(st, en, kind="cancellation", zone=mad),
        "Cal.com cancellation in Basque: subject 'Bertan behera: <title> 11:00 - 12:00, "
        "asteazkena, urria 14, 2026(e)an'; the When line struck through in the HTML; calendar "
        "part left out (its METHOD was not re-read).",
        cal_template("eu"),
    )
    # az: scheduled with ics, Asia/Baku
    baku = "Asia/Baku"
    s = CAL_STR["az"]
    host = ("Leyla Məmmədova", "leyla.memmedova@xezerlogistika.example")
    st = at(2026, 7, 16, 15, 0, baku, "Thu")
    en = st + timedelta(minutes=40)
    sent = at(2026, 7, 10, 11, 20, baku)
    ev = "Müsahibə – Xəzər Logistika (Satınalma mütəxəssisi)"
    uid = "Bk2Nf7Qw9XcL3mTa5Ryd"
    url = "https://meet.example/xez-mush-0716"
    when = cal_when("az", st, en, baku)
    yield case(
        f,
        "scheduled_ics_baku",
        "az",
        compose(
            f"pg8/{f}/az1",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=ev,
            sent=sent,
            text=cal_text("az", s["scheduled"], s["emailed"], ev, baku, host, url, uid),
            html=cal_html("az", s["scheduled"], s["emailed"], ev, when, host, url, uid),
            ics=(cal_ics(uid, ev, st, en, host, sent), "REQUEST", "event.ics", True),
        ),
        slot(st, en, zone=baku, url=url, uid=uid, method="REQUEST"),
        "Cal.com confirmation in Azerbaijani: HTML 'Cümə axşamı, 16 iyul 2026 г. | 15:00 - "
        "15:40 (Asia/Baku)' (dayjs's az LL ends in 'г.'); the plain part names only the zone.",
        cal_template("az"),
    )
    # az forwarded by Apple Mail with an Azerbaijani note
    st = at(2026, 11, 3, 10, 30, baku, "Tue")
    en = st + timedelta(minutes=30)
    sent = at(2026, 10, 27, 18, 45, baku)
    ev = "Texniki müsahibə – Abşeron Rəqəmsal"
    host = ("Rauf Hüseynov", "rauf.huseynov@abseronreqemsal.example")
    uid = "Tz5Lp8Wc2Nb6Qa1Xr4Kd"
    when = cal_when("az", st, en, baku)
    yield case(
        f,
        "scheduled_fwd_apple",
        "az",
        forward(
            f"pg8/{f}/az2",
            client="apple/en",
            org=(host[0], "notifications@cal.example"),
            orig_sent=sent,
            subject=ev,
            body_text=cal_html_as_text(
                "az", s["scheduled"], s["emailed"], ev, when, host, "Nizami küç. 90, Bakı"
            ),
            note="Salam, bu müsahibəni təqvimə əlavə edin. Ünvan ofisdir.",
        ),
        slot(st, en, zone=baku, original_sender="notifications@cal.example"),
        "Apple Mail forward of an Azerbaijani Cal.com confirmation (text only): 'Çərşənbə "
        "axşamı, 3 noyabr 2026 г. | 10:30 - 11:00 (Asia/Baku)'.",
        cal_template("az"),
    )
    # az pending booking request: negative
    st = at(2026, 8, 20, 14, 0, baku, "Thu")
    en = st + timedelta(minutes=30)
    sent = at(2026, 8, 14, 9, 5, baku)
    ev = "Tanışlıq zəngi – Gəncə Tekstil"
    host = ("Nigar Əliyeva", "nigar.aliyeva@gencetekstil.example")
    uid = "Rc9Xw2Lm5Tb8Nq3Pa7Ze"
    when = cal_when("az", st, en, baku)
    title = s["submitted"]
    sub = s["needs_confirm"].format(user=host[0])
    yield case(
        f,
        "booking_submitted_pending",
        "az",
        compose(
            f"pg8/{f}/az3",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["submitted_subject"].format(title=ev, date=cal_subject_date("az", st, en)),
            sent=sent,
            text=cal_text("az", title, sub, ev, baku, host, "Telefon", uid),
            html=cal_html("az", title, sub, ev, when, host, "Telefon", uid),
        ),
        None,
        "Cal.com request still awaiting the host's confirmation ('Rezervasiyanız təqdim edilib', "
        "'... hələ də rezervasiyanı təsdiqləməli və ya rədd etməlidir'): a pending booking.",
        cal_template("az"),
    )
    # az recording of a past meeting: negative
    st = at(2026, 9, 2, 11, 0, baku, "Wed")
    en = st + timedelta(minutes=45)
    sent = at(2026, 9, 2, 12, 10, baku)
    ev = "Müsahibə – Xəzər Logistika"
    yield case(
        f,
        "recording_download_past",
        "az",
        compose(
            f"pg8/{f}/az4",
            sender=("Cal.com", "notifications@cal.example"),
            to=ME,
            subject=s["recording_subject"].format(title=ev, date=cal_subject_date("az", st, en)),
            sent=sent,
            html=(
                "<html><body style='background:#F3F4F6'><div style='max-width:600px;margin:auto;"
                f"background:#fff;padding:40px'><h2>{h(s['recording'])}</h2>"
                f"<p>{h(s['what'])}: {h(ev)}</p><p>{h(s['when'])}: "
                f"{h(cal_when('az', st, en, baku))}</p>"
                "<p><a href='https://cal.example/video/recording/Qm7'>Yazını yüklə</a></p>"
                "</div></body></html>\n"
            ),
        ),
        None,
        "Recording download for a meeting that ended an hour before the mail was sent: the "
        "subject and body carry its date and time; nothing to attend.",
        cal_template("az") + " (download_recording_subject, download_your_recording)",
    )
    # et: rescheduled with calendar part
    tll = "Europe/Tallinn"
    s = CAL_STR["et"]
    host = ("Kadri Tamm", "kadri.tamm@pohjalaevandus.example")
    st = at(2026, 5, 19, 13, 15, tll, "Tue")
    en = st + timedelta(minutes=45)
    sent = at(2026, 5, 12, 10, 30, tll)
    ev = "Tööintervjuu – Põhja Laevandus (andmeanalüütik)"
    uid = "Hx3Kq9Vb1Lm7Tc5Wp2Na"
    url = "https://meet.example/pl-intervjuu-19"
    when = cal_when("et", st, en, tll)
    yield case(
        f,
        "rescheduled_ics_tallinn",
        "et",
        compose(
            f"pg8/{f}/et1",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["rescheduled_subject"].format(title=ev, date=cal_subject_date("et", st, en)),
            sent=sent,
            text=cal_text("et", s["rescheduled"], s["emailed"], ev, tll, host, url, uid),
            html=cal_html("et", s["rescheduled"], s["emailed"], ev, when, host, url, uid),
            ics=(cal_ics(uid, ev, st, en, host, sent), "REQUEST", "event.ics", True),
        ),
        slot(st, en, kind="reschedule", zone=tll, url=url, uid=uid, method="REQUEST"),
        "Cal.com reschedule in Estonian: 'Värskendatud – teie üritus on ümber ajastatud', "
        "subject '... on ümber ajastatud kuupäevaks 13:15 - 14:00, teisipäev, mai 19, 2026.'; "
        "HTML 'teisipäev, 19. mai 2026 | 13:15 - 14:00 (Europe/Tallinn)'.",
        cal_template("et"),
    )
    # et: rescheduled, forwarded by Gmail (fi UI) with an Estonian note
    st = at(2026, 11, 24, 9, 0, tll, "Tue")
    en = st + timedelta(minutes=50)
    sent = at(2026, 11, 17, 15, 12, tll)
    ev = "Teine vestlus – Tartu Tarkvara"
    host = ("Mart Kask", "mart.kask@tartutarkvara.example")
    uid = "Lp6Za1Xr8Qc4Tm2Wb9Kn"
    when = cal_when("et", st, en, tll)
    yield case(
        f,
        "rescheduled_fwd_gmail_fi",
        "et",
        forward(
            f"pg8/{f}/et2",
            client="gmail-fi",
            org=(host[0], "notifications@cal.example"),
            orig_sent=sent,
            subject=s["rescheduled_subject"].format(title=ev, date=cal_subject_date("et", st, en)),
            body_text=cal_html_as_text(
                "et", s["rescheduled"], s["emailed"], ev, when, host, "Tartu, Riia 142"
            ),
            body_html=cal_html(
                "et", s["rescheduled"], s["emailed"], ev, when, host, "Tartu, Riia 142", uid
            ),
            note="Vestlus lükati edasi, uus aeg on all.",
        ),
        slot(st, en, kind="reschedule", zone=tll, original_sender="notifications@cal.example"),
        "Gmail (Finnish UI) forward of an Estonian Cal.com reschedule: the new slot is in the "
        "subject and the When block; the forward header date is in Finnish.",
        cal_template("et"),
    )
    # et: organizer asks to rebook -> the booking is cancelled
    st = at(2026, 6, 4, 10, 0, tll, "Thu")
    en = st + timedelta(minutes=30)
    sent = at(2026, 6, 1, 8, 40, tll)
    ev = "Tutvumiskõne – Saaremaa Kalatööstus"
    host = ("Liis Saar", "liis.saar@saarekala.example")
    uid = "Vn2Rb7Kc4Xm9Lq1Tz6Pa"
    when = cal_when("et", st, en, tll)
    sub = s["request_reschedule"].format(organizer=host[0])
    yield case(
        f,
        "request_reschedule_cancelled",
        "et",
        compose(
            f"pg8/{f}/et3",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["request_reschedule_subject"].format(event="Tutvumiskõne", name=host[0]),
            sent=sent,
            text=cal_text("et", sub, "", ev, tll, host, "Telefon", uid).replace("\n\n\n", "\n\n"),
            html=cal_html("et", sub, "", ev, when, host, "Telefon", uid, strike=True),
        ),
        slot(st, en, kind="cancellation", zone=tll),
        "Cal.com 'requested to reschedule' in Estonian: the host cancelled the booking and asks "
        "for a new time; the old slot is struck through: a cancellation of that slot.",
        cal_template("et") + " (request_reschedule_subtitle, requested_to_reschedule_subject_"
        "attendee)",
    )
    # et: pending request: negative
    st = at(2026, 7, 9, 14, 30, tll, "Thu")
    en = st + timedelta(minutes=45)
    sent = at(2026, 7, 2, 16, 55, tll)
    ev = "Intervjuu – Viru Ehitus"
    host = ("Priit Lepp", "priit.lepp@viruehitus.example")
    uid = "Yc8Tn3Wq6Lb1Xm5Ra9Kd"
    when = cal_when("et", st, en, tll)
    sub = s["needs_confirm"].format(user=host[0])
    yield case(
        f,
        "booking_submitted_pending",
        "et",
        compose(
            f"pg8/{f}/et4",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["submitted_subject"].format(title=ev, date=cal_subject_date("et", st, en)),
            sent=sent,
            text=cal_text("et", s["submitted"], sub, ev, tll, host, "Rakvere", uid),
            html=cal_html("et", s["submitted"], sub, ev, when, host, "Rakvere", uid),
        ),
        None,
        "Cal.com booking request in Estonian still waiting for the host ('Teie broneering on "
        "esitatud', '... peab endiselt broneeringu kinnitama või tagasi lükkama').",
        cal_template("et"),
    )
    # eu recording of a past interview: negative
    st = at(2026, 6, 23, 10, 0, mad, "Tue")
    en = st + timedelta(minutes=45)
    s = CAL_STR["eu"]
    ev = "Lehen elkarrizketa – Bizkaisoft (Frontend garatzailea)"
    yield case(
        f,
        "recording_download_past",
        "eu",
        compose(
            f"pg8/{f}/eu4",
            sender=("Cal.com", "notifications@cal.example"),
            to=ME,
            subject=s["recording_subject"].format(title=ev, date=cal_subject_date("eu", st, en)),
            sent=at(2026, 6, 23, 11, 20, mad),
            html=(
                "<html><body style='background:#F3F4F6'><div style='max-width:600px;margin:auto;"
                f"background:#fff;padding:40px'><h2>{h(s['recording'])}</h2>"
                f"<p>{h(s['what'])}: {h(ev)}</p><p>{h(s['when'])}: "
                f"{h(cal_when('eu', st, en, mad))}</p>"
                "<p><a href='https://cal.example/video/recording/Lk2'>Deskargatu</a></p>"
                "</div></body></html>\n"
            ),
        ),
        None,
        "Recording download sent 35 minutes after the meeting ended: date and time of a past "
        "interview.",
        cal_template("eu") + " (download_recording_subject, download_your_recording)",
    )


# --------------------------------------------------------------------------------------
# EGroupware

EGW_STR: dict[str, dict[str, str]] = {
    "en": {
        "calendar event": "Calendar event",
        "Added": "Added",
        "Modified": "Modified",
        "Canceled": "Canceled",
        "Disinvited": "Disinvited",
        "added": "You have a meeting scheduled for %1",
        "canceled": "Your meeting scheduled for %1 has been canceled",
        "modified": "Your meeting that had been scheduled for %1 has been rescheduled to %2",
        "disinvited": "You have been dis-invited from the meeting at %1",
        "response": "On %1 %2 %3 your meeting request for %4",
        "Accepted": "Accepted",
        "details": "Event details",
        "location": "Location",
        "start": "Start date/time",
        "end": "End Date/Time",
        "owner": "Owner",
        "updated": "Updated",
        "participants": "Participants",
    },
    "ca": {
        "calendar event": "Cita de calendari",
        "Added": "Afegit",
        "Modified": "Modificat",
        "Canceled": "Cancel·lat",
        "added": "Teniu una reunió programada per %1",
        "canceled": "S'ha cancel·lat la vostra reunió programada per %1",
        "modified": "La vostra reunió programada per %1 ha estat reprogramada a %2",
        "response": "El %1 %2 %3 la vostra solicitut de reunió per %4",
        "Accepted": "Acceptat",
        "details": "Segueixen els detalls de la cita",
        "location": "Lloc",
        "start": "Data/Hora d'inici",
        "end": "Data/Hora final",
        "owner": "Propietari",
        "updated": "Actualitzat",
        "participants": "Participants",
    },
    "sk": {
        "calendar event": "Udalosť v kalendári",
        "Added": "Pridané",
        "Modified": "Zmenené",
        "Canceled": "Zrušené",
        "added": "Máte naplánované stretnutie na %1",
        "canceled": "Stretnutie, ktoré bolo naplánované na %1, bolo zrušené",
        "modified": "Stretnutie, ktoré bolo pôvodne plánované na %1, sa preložilo na %2.",
        "details": "Podrobnosti o udalosti:",
        "location": "Miesto konania",
        "start": "Dátum/čas začiatku",
        "end": "Dátum a čas ukončenia",
        "owner": "Vlastník",
        "updated": "Aktualizované",
        "participants": "Účastníci",
    },
    "lv": {
        "calendar event": "Kalendārs- notikums",
        "Added": "PIevienots",
        "Modified": "Pārveidots",
        "Canceled": "Atcelts",
        "added": "Tev ir ieplānota tikšanās %1",
        "canceled": "Tava ieplānotā tikšanās %1 ir atcelta",
        "modified": "Tava ieplānotā tikšanās %1 tika pārcelta uz %2",
        "details": "Event Details follow",  # no Latvian entry: lang() returns its argument
        "location": "Novietojums",
        "start": "Sākums datums/laiks",
        "end": "Beigu datums/laiks",
        "owner": "Īpašnieks",
        "updated": "Atjaunināts",
        "participants": "Dalībnieki",
    },
    "ko": {
        "calendar event": "일정 이벤트",
        "Added": "추가됨",
        "Modified": "변경됨",
        "Canceled": "취소됨",
        "Disinvited": "Disinvited",
        "added": "%1의 미팅 일정이 있습니다",
        "canceled": "%1 미팅 일정이 취소되었습니다.",
        "modified": "%1으로 일정이 정해졌던 미팅이 %2로 조정되었습니다.",
        "disinvited": "%1의 미팅으로 부터 제외되었습니다.",
        "details": "** 다음은 이벤트-설명",
        "location": "장소",
        "start": "시작 날짜/시간",
        "end": "끝나는 날짜/시간",
        "owner": "소유자",
        "updated": "갱신됨",
        "participants": "참석자들",
    },
    "eu": {
        "calendar event": "Egutegiko gertakaria",
        "Added": "Gehitua",
        "Modified": "Aldatua",
        "Canceled": "Ezeztatu",
        "added": "Bilera bat daukazu %1 programatua",
        "canceled": "%1 programatutako bilera ezeztatu egin da",
        "modified": "%1 programatutako bilera %2 programatu da",
        "details": "Gertakariaren detaileak",
        "location": "Lekua",
        "start": "Hasiera data/ordua",
        "end": "Bukaera data/ordua",
        "owner": "jabea",
        "updated": "Gaurkoatua",
        "participants": "Partehartzaileak",
    },
    "fa": {
        "calendar event": "رویداد تقویم",
        "Added": "اضافه شد",
        "Modified": "تغییر یافته",
        "Canceled": "لغو شد",
        "added": "شما قرارملاقاتی در %1 برنامه ریزی شده دارید",
        "canceled": "قرارملاقات شما که در %1  برنامه ریزی شده بود، لغو شد",
        "modified": "برنامه قرارملاقات شما که در %1  برنامه ریزی شده بود، به %2 تغییر کرد",
        "details": "پیگیری جزئیات رویداد",
        "location": "مکان",
        "start": "تاریخ/ساعت شروع",
        "end": "تاریخ/ساعت اتمام",
        "owner": "مالک",
        "updated": "بهنگام شد",
        "participants": "همراهان",
    },
    "km": {
        "calendar event": "ព្រឹត្តិការណ៍ប្រតិទិន",
        "Added": "បន្ថែម",
        "Modified": "កែប្រែ",
        "Canceled": "បានលុបចោល",
        "added": "អ្នកមានការប្រជុំដែលបានកំណត់ពេលសម្រាប់ %1",
        "canceled": "ការប្រជុំរបស់អ្នកដែលបានកំណត់ពេលសម្រាប់ %1 ត្រូវបានលុបចោល",
        "modified": "ការប្រជុំរបស់អ្នកដែលបានកំណត់ពេលសម្រាប់ %1 ត្រូវបានកំណត់ពេលឡើងវិញទៅ %2",
        "details": "ព័ត៌មានលម្អិតអំពីព្រឹត្តិការណ៍",
        "location": "ទីតាំង",
        "start": "កាលបរិច្ឆេទ / ពេលវេលាចាប់ផ្តើម",
        "end": "កាលបរិច្ឆេទ/ពេលវេលាបញ្ចប់",
        "owner": "ម្ចាស់",
        "updated": "បានធ្វើបច្ចុប្បន្នភាព",
        "participants": "អ្នកចូលរួម",
    },
    "et": {
        "calendar event": "Kalendri Sündmus",
        "Added": "Lisatud",
        "Modified": "Muudetud",
        "Canceled": "Tühistatud",
        # no Estonian entries for these: lang() returns the English argument
        "added": "You have a meeting scheduled for %1",
        "modified": "Your meeting that had been scheduled for %1 has been rescheduled to %2",
        "details": "Event Details follow",
        "location": "Asukoht",
        "start": "Start kuupäev/Aeg",
        "end": "Lõpu Kuupäev/Aeg",
        "owner": "Omanik",
        "updated": "Uuendatud",
        "participants": "Osalejad",
    },
}


def egw_template(lang: str) -> str:
    return EGW_TPL.replace("{lang}", lang)


def egw_date(value: datetime, fmt: str, h24: bool = True) -> str:
    """'dateformat, H:i' or 'dateformat, h:i a' (PHP date())."""
    php = {"d.m.Y": "%d.%m.%Y", "d/m/Y": "%d/%m/%Y", "m/d/Y": "%m/%d/%Y", "Y-m-d": "%Y-%m-%d"}
    day = value.strftime(php[fmt])
    if h24:
        return f"{day}, {value:%H:%M}"
    return (
        f"{day}, {value.hour % 12 or 12:02d}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"
    )


def egw_details(lang: str, rows: list[tuple[str, str]]) -> str:
    s = EGW_STR[lang]
    out = s["details"] + ":\n" if not s["details"].endswith(":") else s["details"] + "\n"
    for key, value in rows:
        label = s[key] + ":"
        out += f"{label:<20} {value}\n"
    return out


def egw_body(
    lang: str,
    msg: str,
    rows: list[tuple[str, str]],
    description: str,
    ical: bool,
) -> str:
    details = egw_details(lang, rows)
    if ical:
        return f"{msg}\n\n{details}\n*~*~*~*~*~*~*~*~*~*\n\n{description}\n"
    return f"{msg}\n\n{description}\n\n{details}"


EU_ZONES = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Bratislava": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Riga": ("+0200", "+0300", "EET", "EEST"),
}


def egw_ics(
    uid: str,
    title: str,
    st: datetime,
    en: datetime,
    zone: str,
    org: tuple[str, str],
    location: str,
    stamp: datetime,
    seq: int,
    method: str = "REQUEST",
) -> str:
    std, dst, sname, dname = EU_ZONES[zone]
    return fold_ics(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//EGroupware//NONSGML EGroupware Calendar 23.1//EN",
            f"METHOD:{method}",
            "BEGIN:VTIMEZONE",
            f"TZID:{zone}",
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{dname}",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{sname}",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            f"DTSTART;TZID={zone}:{st:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={zone}:{en:%Y%m%dT%H%M%S}",
            f"SUMMARY:{ics_escape(title)}",
            f"LOCATION:{ics_escape(location)}",
            f'ORGANIZER;CN="{org[0]}":mailto:{org[1]}',
            f'ATTENDEE;CN="{ME[0]}";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:'
            f"mailto:{ME[1]}",
            "CLASS:PUBLIC",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            f"UID:{uid}",
            f"SEQUENCE:{seq}",
            f"DTSTAMP:{zulu(stamp)}",
            f"LAST-MODIFIED:{zulu(stamp)}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )


def egw_subject(lang: str, action: str, when: str, title: str) -> str:
    s = EGW_STR[lang]
    return f"{s['calendar event']} - {s[action]}: {when} {title}"


def egwnotify() -> Iterator[Case]:
    f = "egwnotify"
    mad = "Europe/Madrid"
    s = EGW_STR["ca"]
    org = ("Marta Puig", "marta.puig@cooperativallum.example")
    st = at(2026, 6, 23, 16, 30, mad, "Tue")
    en = st + timedelta(hours=1)
    sent = at(2026, 6, 12, 14, 2, mad)
    title = "Entrevista – Tècnic/a de comunicació"
    loc = "Cooperativa Llum, c/ Girona 14, Barcelona"
    rows = [
        ("location", loc),
        ("start", egw_date(st, "d/m/Y")),
        ("end", egw_date(en, "d/m/Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd/m/Y')}, {org[0]}"),
        ("participants", f"{org[0]} (Acceptat)\n{'':<21}{ME[0]} <{ME[1]}>"),
    ]
    desc = "Primera entrevista amb l'equip de comunicació. Porteu el portafoli si en teniu."
    uid = "calendar-4812-6c1f09a2b7e3d54f8a0c"
    body = egw_body("ca", s["added"].replace("%1", egw_date(st, "d/m/Y")), rows, desc, True)
    yield case(
        f,
        "added_ical",
        "ca",
        compose(
            f"pg8/{f}/ca1",
            sender=(org[0], "egroupware@cooperativallum.example"),
            to=ME,
            subject=title,
            sent=sent,
            text=body,
            ics=(egw_ics(uid, title, st, en, mad, org, loc, sent, 0), "REQUEST", "cal.ics", False),
        ),
        slot(st, en, zone=mad, uid=uid, sequence=0, method="REQUEST"),
        "EGroupware notification in Catalan ('ical' format): subject is the title, body "
        "'Teniu una reunió programada per 23/06/2026, 16:30' and the details, with the "
        "modification time on the 'Actualitzat:' row; cal.ics with a VTIMEZONE.",
        egw_template("ca"),
    )
    # ca forwarded by Gmail: calendar part dropped
    sent2 = sent + timedelta(minutes=1)
    yield case(
        f,
        "added_fwd_gmail",
        "ca",
        forward(
            f"pg8/{f}/ca2",
            client="gmail/en",
            org=(org[0], "egroupware@cooperativallum.example"),
            orig_sent=sent2,
            subject=title,
            body_text=body,
            note="Entrevista a la cooperativa, l'afegeixo a l'agenda.",
        ),
        slot(st, en, sent=sent, original_sender="egroupware@cooperativallum.example"),
        "Gmail forward of the Catalan notification: the slot is in the sentence and on the "
        "start/end rows; the 'Actualitzat:' row carries the mail's own time; no zone.",
        egw_template("ca"),
    )
    # sk extended format: Added
    bts = "Europe/Bratislava"
    s = EGW_STR["sk"]
    org = ("Zuzana Horváthová", "zuzana.horvathova@tatrasoft.example")
    st = at(2026, 9, 14, 9, 30, bts, "Mon")
    en = st + timedelta(minutes=45)
    sent = at(2026, 9, 7, 11, 48, bts)
    title = "Pohovor – Java vývojár"
    rows = [
        ("location", "Tatrasoft, Mlynské nivy 5, Bratislava"),
        ("start", egw_date(st, "d.m.Y")),
        ("end", egw_date(en, "d.m.Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd.m.Y')}, {org[0]}"),
        ("participants", f"{org[0]}\n{'':<21}{ME[0]} <{ME[1]}>"),
    ]
    desc = "Technický pohovor s vedúcim tímu. Vstup cez recepciu na 3. poschodí."
    yield case(
        f,
        "added_extended",
        "sk",
        compose(
            f"pg8/{f}/sk1",
            sender=(org[0], "kalendar@tatrasoft.example"),
            to=ME,
            subject=egw_subject("sk", "Added", egw_date(st, "d.m.Y"), title),
            sent=sent,
            text=egw_body("sk", s["added"].replace("%1", egw_date(st, "d.m.Y")), rows, desc, False),
        ),
        slot(st, en, sent=sent, org="kalendar@tatrasoft.example"),
        "EGroupware 'extended' notification in Slovak: subject 'Udalosť v kalendári - Pridané: "
        "14.09.2026, 09:30 Pohovor – Java vývojár', body 'Máte naplánované stretnutie na ...', "
        "details rows with an 'Aktualizované:' time.",
        egw_template("sk"),
    )
    # sk Modified: moved
    new = at(2026, 9, 16, 14, 0, bts, "Wed")
    new_end = new + timedelta(minutes=45)
    sent = at(2026, 9, 10, 8, 21, bts)
    rows = [
        ("location", "Tatrasoft, Mlynské nivy 5, Bratislava"),
        ("start", egw_date(new, "d.m.Y")),
        ("end", egw_date(new_end, "d.m.Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd.m.Y')}, {org[0]}"),
        ("participants", f"{org[0]}\n{'':<21}{ME[0]} <{ME[1]}>"),
    ]
    msg = s["modified"].replace("%1", egw_date(st, "d.m.Y")).replace("%2", egw_date(new, "d.m.Y"))
    yield case(
        f,
        "modified_extended",
        "sk",
        compose(
            f"pg8/{f}/sk2",
            sender=(org[0], "kalendar@tatrasoft.example"),
            to=ME,
            subject=egw_subject("sk", "Modified", egw_date(new, "d.m.Y"), title),
            sent=sent,
            text=egw_body("sk", msg, rows, desc, False),
        ),
        slot(new, new_end, kind="reschedule", sent=sent, org="kalendar@tatrasoft.example"),
        "EGroupware move in Slovak: 'Stretnutie, ktoré bolo pôvodne plánované na 14.09.2026, "
        "09:30, sa preložilo na 16.09.2026, 14:00.'; the new slot is the second date.",
        egw_template("sk"),
    )
    # lv Canceled
    riga = "Europe/Riga"
    s = EGW_STR["lv"]
    org = ("Ilze Bērziņa", "ilze.berzina@dauganet.example")
    st = at(2026, 10, 6, 13, 0, riga, "Tue")
    en = st + timedelta(hours=1)
    sent = at(2026, 10, 2, 16, 37, riga)
    title = "Darba intervija – Daugavas Tīkli"
    rows = [
        ("location", "Rīga, Krasta iela 52"),
        ("start", egw_date(st, "d.m.Y")),
        ("end", egw_date(en, "d.m.Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd.m.Y')}, {org[0]}"),
    ]
    yield case(
        f,
        "canceled_extended",
        "lv",
        compose(
            f"pg8/{f}/lv1",
            sender=(org[0], "kalendars@dauganet.example"),
            to=ME,
            subject=egw_subject("lv", "Canceled", egw_date(st, "d.m.Y"), title),
            sent=sent,
            text=egw_body(
                "lv",
                s["canceled"].replace("%1", egw_date(st, "d.m.Y")),
                rows,
                "Atvainojamies, intervija šonedēļ nenotiks.",
                False,
            ),
        ),
        slot(st, en, kind="cancellation", sent=sent, org="kalendars@dauganet.example"),
        "EGroupware cancellation in Latvian ('Tava ieplānotā tikšanās 06.10.2026, 13:00 ir "
        "atcelta'); 'Event Details follow' stays English (no Latvian entry).",
        egw_template("lv"),
    )
    # lv Added via ical with Riga zone
    st = at(2026, 10, 20, 10, 0, riga, "Tue")
    en = st + timedelta(minutes=50)
    sent = at(2026, 10, 12, 9, 3, riga)
    uid = "calendar-9120-0d3e7b51a2c4f6e8"
    rows = [
        ("location", "Rīga, Krasta iela 52"),
        ("start", egw_date(st, "d.m.Y")),
        ("end", egw_date(en, "d.m.Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd.m.Y')}, {org[0]}"),
    ]
    yield case(
        f,
        "added_ical_riga",
        "lv",
        compose(
            f"pg8/{f}/lv2",
            sender=(org[0], "kalendars@dauganet.example"),
            to=ME,
            subject=title,
            sent=sent,
            text=egw_body(
                "lv",
                s["added"].replace("%1", egw_date(st, "d.m.Y")),
                rows,
                "Jaunais intervijas laiks pēc atcelšanas.",
                True,
            ),
            ics=(
                egw_ics(uid, title, st, en, riga, org, "Rīga, Krasta iela 52", sent, 1),
                "REQUEST",
                "cal.ics",
                False,
            ),
        ),
        slot(st, en, kind=None, zone=riga, uid=uid, sequence=1, method="REQUEST"),
        "EGroupware 'ical' notification in Latvian for a new slot after a cancellation, "
        "SEQUENCE 1; the text does not say it is a move, so no kind.",
        egw_template("lv"),
    )
    # ko Added, Y-m-d
    seoul = "Asia/Seoul"
    s = EGW_STR["ko"]
    org = ("박지은", "jieun.park@hanbitmobility.example")
    st = at(2026, 10, 6, 14, 0, seoul, "Tue")
    en = st + timedelta(hours=1)
    sent = at(2026, 9, 28, 10, 12, seoul)
    title = "1차 면접 – 한빛모빌리티 데이터 엔지니어"
    rows = [
        ("location", "서울 성동구 왕십리로 83, 7층"),
        ("start", egw_date(st, "Y-m-d")),
        ("end", egw_date(en, "Y-m-d")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'Y-m-d')}, {org[0]}"),
    ]
    yield case(
        f,
        "added_extended",
        "ko",
        compose(
            f"pg8/{f}/ko1",
            sender=(org[0], "calendar@hanbitmobility.example"),
            to=ME,
            subject=egw_subject("ko", "Added", egw_date(st, "Y-m-d"), title),
            sent=sent,
            text=egw_body(
                "ko",
                s["added"].replace("%1", egw_date(st, "Y-m-d")),
                rows,
                "신분증을 지참해 주세요.",
                False,
            ),
        ),
        slot(st, en, sent=sent, org="calendar@hanbitmobility.example"),
        "EGroupware notification in Korean: '2026-10-06, 14:00의 미팅 일정이 있습니다'; subject "
        "'일정 이벤트 - 추가됨: 2026-10-06, 14:00 ...'.",
        egw_template("ko"),
    )
    # ko Disinvited: the reader is removed from the meeting
    sent = at(2026, 10, 2, 17, 40, seoul)
    yield case(
        f,
        "disinvited_extended",
        "ko",
        compose(
            f"pg8/{f}/ko2",
            sender=(org[0], "calendar@hanbitmobility.example"),
            to=ME,
            subject=egw_subject("ko", "Disinvited", egw_date(st, "Y-m-d"), title),
            sent=sent,
            text=egw_body(
                "ko",
                s["disinvited"].replace("%1", egw_date(st, "Y-m-d")),
                rows,
                "신분증을 지참해 주세요.",
                False,
            ),
        ),
        slot(st, en, kind="cancellation", sent=sent, org="calendar@hanbitmobility.example"),
        "EGroupware dis-invitation in Korean ('... 미팅으로 부터 제외되었습니다.'): the reader no "
        "longer takes part in the slot; the action word stays English ('Disinvited').",
        egw_template("ko"),
    )
    # en Added, US date, 12-hour clock, America/Chicago
    chi = "America/Chicago"
    s = EGW_STR["en"]
    org = ("Dana Kowalczyk", "dana.kowalczyk@prairieworks.example")
    st = at(2026, 11, 10, 14, 30, chi, "Tue")
    en = st + timedelta(minutes=45)
    sent = at(2026, 11, 2, 9, 55, chi)
    title = "Interview: Field Service Coordinator"
    rows = [
        ("location", "Prairie Works, 410 N Main St, Peoria"),
        ("start", egw_date(st, "m/d/Y", False)),
        ("end", egw_date(en, "m/d/Y", False)),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'm/d/Y', False)}, {org[0]}"),
        ("participants", f"{org[0]}\n{'':<21}{ME[0]}"),
    ]
    yield case(
        f,
        "added_extended_12h",
        "en",
        compose(
            f"pg8/{f}/en1",
            sender=(org[0], "calendar@prairieworks.example"),
            to=ME,
            subject=egw_subject("en", "Added", egw_date(st, "m/d/Y", False), title),
            sent=sent,
            text=egw_body(
                "en",
                s["added"].replace("%1", egw_date(st, "m/d/Y", False)),
                rows,
                "Please check in at the front desk ten minutes early.",
                False,
            ),
        ),
        slot(st, en, sent=sent, org="calendar@prairieworks.example"),
        "EGroupware notification with US dates and a 12-hour clock: '11/10/2026, 02:30 pm'; "
        "the 'Updated:' row is the mail's own time (8 days earlier).",
        egw_template("en"),
    )
    # en response notification -> reply
    sent = at(2026, 11, 3, 8, 14, chi)
    msg = (
        s["response"]
        .replace("%1", egw_date(sent, "m/d/Y", False))
        .replace("%2", ME[0])
        .replace("%3", s["Accepted"])
        .replace("%4", egw_date(st, "m/d/Y", False))
    )
    yield case(
        f,
        "response_accepted",
        "en",
        compose(
            f"pg8/{f}/en2",
            sender=(ME[0], "calendar@prairieworks.example"),
            to=("Dana Kowalczyk", "dana.kowalczyk@prairieworks.example"),
            subject=egw_subject("en", "Accepted", egw_date(st, "m/d/Y", False), title),
            sent=sent,
            text=egw_body("en", msg, rows, "", False),
        ),
        {"kind": "reply"},
        "EGroupware response notification ('On 11/03/2026, 08:14 am Alex Morgan Accepted your "
        "meeting request for 11/10/2026, 02:30 pm'): a reply, not a new invitation.",
        egw_template("en"),
    )


# --------------------------------------------------------------------------------------
# human-written families (dev)


def bookinglink() -> Iterator[Case]:
    f = "bookinglink"
    mad = "Europe/Madrid"
    yield case(
        f,
        "booking_page_hours",
        "eu",
        compose(
            f"pg8/{f}/eu1",
            sender=("Jon Zubizarreta", "jon.zubizarreta@bizkaisoft.example"),
            to=ME,
            subject="Elkarrizketarako ordua aukeratu – Bizkaisoft",
            sent=at(2026, 6, 8, 10, 5, mad),
            text=(
                "Kaixo Alex,\n\nEskerrik asko zure hautagaitzagatik. Lehen elkarrizketarako ordua "
                "zuk zeuk aukeratu dezakezu gure Cal.com orrian:\n"
                "https://cal.example/bizkaisoft/lehen-elkarrizketa\n\n"
                "Ekainaren 22tik 26ra daude tarteak, 9:00etatik 13:00etara, 45 minutukoak. "
                "Mesedez, erreserbatu ekainaren 17a baino lehen.\n\nOndo izan,\nJon"
            ),
        ),
        None,
        "Recruiter's booking-page link with the open hours ('Ekainaren 22tik 26ra ..., "
        "9:00etatik 13:00etara') and a deadline: nothing booked yet.",
        OWN,
    )
    baku = "Asia/Baku"
    yield case(
        f,
        "booking_page_deadline",
        "az",
        compose(
            f"pg8/{f}/az1",
            sender=("Səbinə Quliyeva", "sebine.quliyeva@xezerlogistika.example"),
            to=ME,
            subject="Müsahibə üçün vaxt seçin",
            sent=at(2026, 7, 6, 9, 30, baku),
            html=(
                "<div dir='ltr'><p>Hörmətli Alex,</p><p>Müraciətiniz üçün təşəkkür edirik. "
                "Zəhmət olmasa, 10 iyul 2026 saat 18:00-dək aşağıdakı keçiddən müsahibə vaxtını "
                "seçin:</p><p><a href='https://cal.example/xezer/musahibe'>"
                "https://cal.example/xezer/musahibe</a></p><p>Boş vaxtlar 14–17 iyul, 10:00–"
                "17:00 arasındadır.</p><p>Hörmətlə,<br>Səbinə Quliyeva<br>Xəzər Logistika</p>"
                "</div>\n"
            ),
        ),
        None,
        "HTML-only request to pick a time on a booking page by '10 iyul 2026 saat 18:00' with "
        "open days listed: a deadline, not a meeting.",
        OWN,
    )
    tll = "Europe/Tallinn"
    yield case(
        f,
        "booking_page_example",
        "et",
        compose(
            f"pg8/{f}/et1",
            sender=("Kristiina Org", "kristiina.org@viruehitus.example"),
            to=ME,
            subject="Vestluse aja broneerimine",
            sent=at(2026, 6, 29, 14, 10, tll),
            text=(
                "Tere, Alex!\n\nPalun broneeri endale sobiv vestlusaeg siit: "
                "https://cal.example/viruehitus/vestlus\n\nNäiteks neljapäeval, 9. juulil kell "
                "14.30 on veel vaba, aga vali julgelt ka muu aeg. Broneerimine on avatud reede "
                "õhtuni.\n\nParimat\nKristiina"
            ),
        ),
        None,
        "Estonian booking-link mail naming one example free slot ('neljapäeval, 9. juulil kell "
        "14.30 on veel vaba'): an offer to choose, nothing fixed.",
        OWN,
    )
    ny = "America/New_York"
    yield case(
        f,
        "booking_page_reminder",
        "en",
        compose(
            f"pg8/{f}/en1",
            sender=("Priya Raman", "priya.raman@hudsonledger.example"),
            to=ME,
            subject="Reminder: book your interview slot by Friday",
            sent=at(2026, 9, 15, 11, 0, ny),
            text=(
                "Hi Alex,\n\nJust a nudge: we haven't seen a booking from you yet. Interview "
                "slots for the Staff Accountant role run Monday Sept 21 to Wednesday Sept 23, "
                "9:00 AM - 4:00 PM ET. Please grab one here before Friday, September 18 at "
                "5 PM: https://cal.example/hudson-ledger/staff-accountant\n\nThanks,\nPriya"
            ),
        ),
        None,
        "Reminder to use a booking page before 'Friday, September 18 at 5 PM', with the range of "
        "open hours: no slot fixed.",
        OWN,
    )
    # positives: the recruiter booked the slot herself
    yield case(
        f,
        "booked_for_you",
        "eu",
        compose(
            f"pg8/{f}/eu2",
            sender=("Jon Zubizarreta", "jon.zubizarreta@bizkaisoft.example"),
            to=ME,
            subject="Elkarrizketa: ekainaren 25a, 11:00",
            sent=at(2026, 6, 18, 9, 40, mad),
            text=(
                "Kaixo Alex,\n\nEz duzula ordurik hartu ikusita, nik erreserbatu dizut bat: "
                "ostegunean, ekainaren 25ean, 11:00etan (45 minutu), Bilboko bulegoan. "
                "Cal.com-en berrespena jasoko duzu laster.\n\nOndo izan,\nJon"
            ),
        ),
        slot(
            at(2026, 6, 25, 11, 0, mad, "Thu"),
            at(2026, 6, 25, 11, 45, mad),
            sent=at(2026, 6, 18, 9, 40, mad),
            org="jon.zubizarreta@bizkaisoft.example",
        ),
        "The recruiter booked the slot for the candidate: 'ostegunean, ekainaren 25ean, "
        "11:00etan (45 minutu)'; Basque date without a year, no zone.",
        OWN,
    )
    yield case(
        f,
        "booked_for_you",
        "et",
        compose(
            f"pg8/{f}/et2",
            sender=("Kristiina Org", "kristiina.org@viruehitus.example"),
            to=ME,
            subject="Vestlus kokku lepitud",
            sent=at(2026, 7, 3, 10, 20, tll),
            text=(
                "Tere, Alex!\n\nPanin sulle vestluse kalendrisse: neljapäev, 9. juuli 2026 kell "
                "14.30–15.15, Rakvere kontoris (Tallinna 6). Kinnitus tuleb eraldi kirjaga.\n\n"
                "Kristiina"
            ),
        ),
        slot(
            at(2026, 7, 9, 14, 30, tll, "Thu"),
            at(2026, 7, 9, 15, 15, tll),
            sent=at(2026, 7, 3, 10, 20, tll),
            org="kristiina.org@viruehitus.example",
        ),
        "Estonian 'neljapäev, 9. juuli 2026 kell 14.30–15.15' (dotted times), no zone.",
        OWN,
    )


def quotedsys() -> Iterator[Case]:
    f = "quotedsys"
    bts = "Europe/Bratislava"
    s = EGW_STR["sk"]
    org = ("Zuzana Horváthová", "zuzana.horvathova@tatrasoft.example")
    old = at(2026, 9, 14, 9, 30, bts, "Mon")
    new = at(2026, 9, 15, 13, 0, bts, "Tue")
    sent_q = at(2026, 9, 7, 11, 48, bts)
    quoted = egw_body(
        "sk",
        s["added"].replace("%1", egw_date(old, "d.m.Y")),
        [
            ("start", egw_date(old, "d.m.Y")),
            ("end", egw_date(old + timedelta(minutes=45), "d.m.Y")),
            ("updated", f"{egw_date(sent_q, 'd.m.Y')}, {org[0]}"),
        ],
        "Technický pohovor s vedúcim tímu.",
        False,
    )
    sent = at(2026, 9, 9, 15, 3, bts)
    yield case(
        f,
        "reply_moves_above_quote",
        "sk",
        compose(
            f"pg8/{f}/sk1",
            sender=org,
            to=ME,
            subject="Re: Udalosť v kalendári - Pridané: 14.09.2026, 09:30 Pohovor – Java vývojár",
            sent=sent,
            text=(
                "Dobrý deň Alex,\n\nvedúci tímu v pondelok nebude, preto pohovor presúvame na "
                "utorok 15. 9. o 13:00, rovnaké miesto. Pôvodný termín je nižšie.\n\nS "
                "pozdravom\nZuzana\n\n"
                f"Dňa {egw_date(sent_q, 'd.m.Y')} Zuzana Horváthová napísal(a):\n"
                + pp.quote(quoted)
            ),
            reply=True,
        ),
        slot(
            new,
            None,
            kind="reschedule",
            sent=sent,
            org="zuzana.horvathova@tatrasoft.example",
        ),
        "Recruiter's reply moving the interview ('presúvame na utorok 15. 9. o 13:00') above a "
        "quoted EGroupware notification of the old slot: the new time is in the reply.",
        egw_template("sk") + " (quoted); reply ours",
    )
    mad = "Europe/Madrid"
    s = EGW_STR["ca"]
    org = ("Marta Puig", "marta.puig@cooperativallum.example")
    st = at(2026, 6, 23, 16, 30, mad, "Tue")
    sent_q = at(2026, 6, 12, 14, 2, mad)
    quoted = egw_body(
        "ca",
        s["added"].replace("%1", egw_date(st, "d/m/Y")),
        [
            ("start", egw_date(st, "d/m/Y")),
            ("end", egw_date(st + timedelta(hours=1), "d/m/Y")),
            ("updated", f"{egw_date(sent_q, 'd/m/Y')}, {org[0]}"),
        ],
        "Primera entrevista amb l'equip de comunicació.",
        False,
    )
    sent = at(2026, 6, 15, 18, 20, mad)
    yield case(
        f,
        "cant_make_it_reply",
        "ca",
        compose(
            f"pg8/{f}/ca1",
            sender=ME,
            to=org,
            subject="Re: Entrevista – Tècnic/a de comunicació",
            sent=sent,
            text=(
                "Hola Marta,\n\nEm sap greu, però el dimarts 23 a la tarda no podré venir. "
                "Podríem trobar un altre moment aquella setmana?\n\nGràcies,\nAlex\n\n"
                f"El {egw_date(sent_q, 'd/m/Y')}, Marta Puig va escriure:\n" + pp.quote(quoted)
            ),
            reply=True,
        ),
        None,
        "The candidate's own 'I can't make it' reply quoting the EGroupware invitation: the "
        "reader wrote it; no slot is set by it.",
        egw_template("ca") + " (quoted); reply ours",
    )
    # Outlook reply on top of a Cal.com confirmation, confirming; HTML
    tll = "Europe/Tallinn"
    sc = CAL_STR["et"]
    host = ("Mart Kask", "mart.kask@tartutarkvara.example")
    st = at(2026, 11, 24, 9, 0, tll, "Tue")
    en = st + timedelta(minutes=50)
    when = cal_when("et", st, en, tll)
    q = cal_html(
        "et",
        sc["scheduled"],
        sc["emailed"],
        "Teine vestlus – Tartu Tarkvara",
        when,
        host,
        "Tartu, Riia 142",
        "Lp6Za1Xr8Qc4Tm2Wb9Kn",
    )
    inner = q.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
    sent = at(2026, 11, 18, 9, 30, tll)
    yield case(
        f,
        "owa_reply_over_calcom",
        "et",
        compose(
            f"pg8/{f}/et1",
            sender=host,
            to=ME,
            subject="RE: Teine vestlus – Tartu Tarkvara",
            sent=sent,
            html=pg6.owa_html(
                "<p>Tere Alex,</p><p>kinnitan: näeme teisipäeval kell 9.00, allpool on Cal.com-i "
                "kinnitus. Võta palun kaasa isikut tõendav dokument.</p><p>Mart</p>",
                [
                    ("From:", "Cal.com &lt;notifications@cal.example&gt;"),
                    ("Sent:", "Tuesday, November 17, 2026 3:12 PM"),
                    ("To:", f"{ME[0]} &lt;{ME[1]}&gt;"),
                    ("Subject:", "Teine vestlus – Tartu Tarkvara"),
                ],
                inner,
            ),
            reply=True,
        ),
        slot(st, en, zone=tll, org="mart.kask@tartutarkvara.example"),
        "Outlook on the web reply (HTML only) confirming 'teisipäeval kell 9.00' above a quoted "
        "Estonian Cal.com confirmation whose When block has the date and zone.",
        cal_template("et") + " (quoted); reply ours",
    )
    # Gmail forward by the user of a recruiter reply that quotes an old slot; new slot on top
    chi = "America/Chicago"
    org = ("Dana Kowalczyk", "dana.kowalczyk@prairieworks.example")
    old = at(2026, 11, 10, 14, 30, chi, "Tue")
    new = at(2026, 11, 12, 10, 0, chi, "Thu")
    s = EGW_STR["en"]
    sent_q = at(2026, 11, 2, 9, 55, chi)
    quoted = egw_body(
        "en",
        s["added"].replace("%1", egw_date(old, "m/d/Y", False)),
        [
            ("start", egw_date(old, "m/d/Y", False)),
            ("end", egw_date(old + timedelta(minutes=45), "m/d/Y", False)),
            ("updated", f"{egw_date(sent_q, 'm/d/Y', False)}, {org[0]}"),
        ],
        "Please check in at the front desk ten minutes early.",
        False,
    )
    reply_sent = at(2026, 11, 5, 16, 40, chi)
    reply_text = (
        "Hi Alex,\n\nOur plant manager is travelling on the 10th, so we need to move your "
        "interview to Thursday, November 12 at 10:00 AM. Same place, still 45 minutes. I'll "
        "update the calendar entry shortly.\n\nDana\n\n"
        f"On {egw_date(sent_q, 'm/d/Y', False)}, Dana Kowalczyk wrote:\n" + pp.quote(quoted)
    )
    yield case(
        f,
        "fwd_recruiter_reply_moved",
        "en",
        forward(
            f"pg8/{f}/en1",
            client="gmail/en",
            org=org,
            orig_sent=reply_sent,
            subject="Re: Calendar event - Added: 11/10/2026, 02:30 pm Interview: Field Service "
            "Coordinator",
            body_text=reply_text,
            note="New time below, please update.",
        ),
        slot(
            new,
            new + timedelta(minutes=45),
            kind="reschedule",
            sent=reply_sent,
            original_sender="dana.kowalczyk@prairieworks.example",
        ),
        "Gmail forward of the recruiter's reply: the move ('Thursday, November 12 at 10:00 AM', "
        "'still 45 minutes') is in the reply, the old EGroupware slot only in the quote.",
        egw_template("en") + " (quoted); reply ours",
    )
    # recruiter's own short note above a quoted Cal.com cancellation: still a cancellation
    mad = "Europe/Madrid"
    se = CAL_STR["eu"]
    host = ("Ane Lasa", "ane.lasa@oarsoenergia.example")
    st = at(2026, 10, 14, 11, 0, mad, "Wed")
    en = st + timedelta(hours=1)
    q_text = cal_html_as_text(
        "eu",
        se["cancelled"],
        se["emailed"],
        "Bigarren elkarrizketa – Oarsoaldea Energia",
        cal_when("eu", st, en, mad),
        host,
        "Errenteria",
        (se["reason"], "Postua barne-hautaketaz bete dugu."),
    )
    sent = at(2026, 10, 9, 17, 30, mad)
    yield case(
        f,
        "note_over_cancel",
        "eu",
        compose(
            f"pg8/{f}/eu1",
            sender=host,
            to=ME,
            subject="Fwd: Bertan behera: Bigarren elkarrizketa – Oarsoaldea Energia",
            sent=sent,
            text=(
                "Kaixo Alex, sistemak bidali dizun mezua behean duzu; sentitzen dut.\nAne\n\n"
                "---------- Forwarded message ---------\nFrom: Ane Lasa <notifications@cal.example>"
                f"\nDate: Fri, Oct 9, 2026 at 5:02 PM\nSubject: Bertan behera: Bigarren "
                "elkarrizketa – Oarsoaldea Energia\nTo: Alex Morgan <alex.morgan@mailbox.example>"
                f"\n\n{q_text}\n"
            ),
        ),
        slot(
            st,
            en,
            kind="cancellation",
            zone=mad,
            org="ane.lasa@oarsoenergia.example",
            original_sender="notifications@cal.example",
        ),
        "The recruiter forwards the Cal.com cancellation to the candidate with a short Basque "
        "apology; the struck slot is in the forwarded When block.",
        cal_template("eu") + " (forwarded); note ours",
    )


def lookneg8() -> Iterator[Case]:
    f = "lookneg8"
    mad = "Europe/Madrid"
    yield case(
        f,
        "documents_deadline",
        "ca",
        compose(
            f"pg8/{f}/ca1",
            sender=("Recursos Humans", "rrhh@cooperativallum.example"),
            to=ME,
            subject="Documentació pendent abans de l'entrevista",
            sent=at(2026, 6, 16, 12, 0, mad),
            text=(
                "Benvolgut/da Alex,\n\nPer poder mantenir l'entrevista, necessitem que ens "
                "envieu el certificat de titulació i dues referències abans del divendres 19 de "
                "juny a les 14:00.\n\nGràcies,\nRecursos Humans – Cooperativa Llum"
            ),
        ),
        None,
        "Catalan document deadline 'abans del divendres 19 de juny a les 14:00' that mentions "
        "the interview: a deadline.",
        OWN,
    )
    yield case(
        f,
        "thanks_after_interview",
        "eu",
        compose(
            f"pg8/{f}/eu1",
            sender=("Itziar Etxeberria", "itziar.etxeberria@bizkaisoft.example"),
            to=ME,
            subject="Eskerrik asko gaurko elkarrizketagatik",
            sent=at(2026, 6, 23, 15, 10, mad),
            text=(
                "Kaixo Alex,\n\nEskerrik asko gaur goizeko elkarrizketagatik (10:00-10:45). "
                "Ekainaren 30a baino lehen jakinaraziko dizugu erabakia.\n\nItziar"
            ),
        ),
        None,
        "Thank-you after the interview held that morning (10:00-10:45), decision 'ekainaren "
        "30a baino lehen': nothing to attend.",
        OWN,
    )
    baku = "Asia/Baku"
    yield case(
        f,
        "open_day_newsletter",
        "az",
        compose(
            f"pg8/{f}/az1",
            sender=("Abşeron Rəqəmsal Karyera", "karyera@abseronreqemsal.example"),
            to=ME,
            subject="Açıq qapı günü – 21 noyabr 2026",
            sent=at(2026, 11, 5, 10, 0, baku),
            html=(
                "<html><body><h2>Açıq qapı günü</h2><p>21 noyabr 2026, şənbə, saat 11:00–15:00 "
                "ofisimizdə açıq qapı günü keçiriləcək. Qeydiyyat tələb olunmur; komandalarla "
                "tanış ola və suallarınızı verə bilərsiniz.</p><p><a href='https://abseron."
                "example/acig-qapi'>Ətraflı</a> · <a href='https://abseron.example/unsub'>"
                "Abunəlikdən çıxın</a></p></body></html>\n"
            ),
        ),
        None,
        "Azerbaijani open-day newsletter with a date and hours and an unsubscribe link: a "
        "public event, not a meeting set for the reader.",
        OWN,
    )
    phnom = "Asia/Phnom_Penh"
    yield case(
        f,
        "shortlist_result_date",
        "km",
        compose(
            f"pg8/{f}/km1",
            sender=("ផ្នែកធនធានមនុស្ស", "hr@mekongagri.example"),
            to=ME,
            subject="លទ្ធផលនៃការជ្រើសរើសបេក្ខជន",
            sent=at(2026, 8, 3, 9, 0, phnom),
            text=(
                "ជូនចំពោះ Alex,\n\nយើងខ្ញុំបានទទួលពាក្យស្នើសុំការងាររបស់អ្នកហើយ។ បញ្ជីឈ្មោះបេក្ខជនដែល"
                "ត្រូវបានជ្រើសរើសសម្រាប់សម្ភាសន៍ នឹងត្រូវប្រកាសនៅថ្ងៃទី 14 ខែសីហា ឆ្នាំ 2026 ម៉ោង 10:00។\n\n"
                "ដោយក្តីគោរព\nផ្នែកធនធានមនុស្ស"
            ),
        ),
        None,
        "Khmer receipt: the shortlist for interviews will be announced on 14 August 2026 at "
        "10:00; the date is an announcement, not a meeting.",
        OWN,
    )
    tehran = "Asia/Tehran"
    yield case(
        f,
        "deadline_moved",
        "fa",
        compose(
            f"pg8/{f}/fa1",
            sender=("واحد منابع انسانی", "hr@parsdadeh.example"),
            to=ME,
            subject="تمدید مهلت ارسال نمونه کار",
            sent=at(2026, 10, 4, 11, 30, tehran),
            text=(
                "سلام Alex،\n\nمهلت ارسال نمونه کار برای موقعیت تحلیلگر داده تا ۱۵ اکتبر ۲۰۲۶ "
                "ساعت ۱۷:۰۰ تمدید شد. پس از بررسی، برای مصاحبه با شما تماس خواهیم گرفت.\n\n"
                "با احترام\nواحد منابع انسانی"
            ),
        ),
        None,
        "Persian notice that the portfolio deadline moved to 15 October 2026 17:00 (Persian "
        "digits); 'we will contact you for an interview' later: a deadline.",
        OWN,
    )
    tll = "Europe/Tallinn"
    yield case(
        f,
        "past_interview_feedback",
        "et",
        compose(
            f"pg8/{f}/et1",
            sender=("Liis Saar", "liis.saar@saarekala.example"),
            to=ME,
            subject="Tagasiside vestluse kohta",
            sent=at(2026, 6, 12, 13, 0, tll),
            text=(
                "Tere, Alex!\n\nAitäh, et leidsid 10. juunil kell 10.00 aega vestluseks. "
                "Otsustasime seekord jätkata teise kandidaadiga. Soovime edu!\n\nLiis"
            ),
        ),
        None,
        "Estonian refusal that names the past interview ('10. juunil kell 10.00').",
        OWN,
    )


# --------------------------------------------------------------------------------------
# held-out families


def calcomfwd() -> Iterator[Case]:
    f = "calcomfwd"
    lis = "Europe/Lisbon"
    s = CAL_STR["pt"]
    host = ("Inês Carvalho", "ines.carvalho@tejodigital.example")
    st = at(2026, 4, 28, 15, 0, lis, "Tue")
    en = st + timedelta(minutes=30)
    sent = at(2026, 4, 21, 10, 4, lis)
    ev = "Entrevista inicial – Tejo Digital"
    uid = "Pq3Wn8Lc1Xb6Tz9Ka2Mr"
    when = cal_when("pt", st, en, lis, h24=False)
    yield case(
        f,
        "scheduled_fwd_outlook_es",
        "pt",
        forward(
            f"pg8/{f}/pt1",
            client="outlook/es",
            org=(host[0], "notifications@cal.example"),
            orig_sent=sent,
            subject=ev,
            body_text=cal_html_as_text(
                "pt", s["scheduled"], s["emailed"], ev, when, host, "Lisboa"
            ),
            note="Reencaminho a confirmação da entrevista.",
        ),
        slot(st, en, zone=lis, original_sender="notifications@cal.example"),
        "Outlook (es) forward of a European Portuguese Cal.com confirmation: 'terça-feira, 28 "
        "de abril de 2026 | 3:00pm - 3:30pm (Europe/Lisbon)'.",
        cal_template("pt"),
    )
    st = at(2026, 5, 6, 9, 30, lis, "Wed")
    en = st + timedelta(minutes=45)
    sent = at(2026, 4, 30, 16, 0, lis)
    ev = "Segunda entrevista – Tejo Digital"
    uid = "Zr5Kb2Nq7Lw4Xc9Tm1Pa"
    when = cal_when("pt", st, en, lis, h24=False)
    yield case(
        f,
        "rescheduled_html_only",
        "pt",
        compose(
            f"pg8/{f}/pt2",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=ev,
            sent=sent,
            html=cal_html("pt", s["rescheduled"], s["emailed"], ev, when, host, "Lisboa", uid),
        ),
        slot(st, en, kind="reschedule", zone=lis),
        "HTML-only Cal.com reschedule in Portuguese ('O seu evento foi reagendado.').",
        cal_template("pt"),
    )
    st = at(2026, 5, 20, 11, 0, lis, "Wed")
    en = st + timedelta(minutes=30)
    sent = at(2026, 5, 14, 12, 0, lis)
    yield case(
        f,
        "cancelled_reason",
        "pt",
        compose(
            f"pg8/{f}/pt3",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["cancelled_subject"].format(
                event="Conversa final", name=host[0], date=cal_subject_date("pt", st, en, False)
            ),
            sent=sent,
            text=cal_text(
                "pt",
                s["cancelled"],
                s["emailed"],
                "Conversa final – Tejo Digital",
                lis,
                host,
                "Lisboa",
                "Mk4Tz8Qb2Wn6Lc1Xr9Pa",
                (s["reason"], "A vaga foi congelada."),
            ),
            html=cal_html(
                "pt",
                s["cancelled"],
                s["emailed"],
                "Conversa final – Tejo Digital",
                cal_when("pt", st, en, lis, False),
                host,
                "Lisboa",
                "Mk4Tz8Qb2Wn6Lc1Xr9Pa",
                strike=True,
                reason=(s["reason"], "A vaga foi congelada."),
            ),
        ),
        slot(st, en, kind="cancellation", zone=lis),
        "Cal.com cancellation in Portuguese with a reason; slot in the subject and the struck "
        "When line.",
        cal_template("pt"),
    )
    st = at(2026, 6, 2, 14, 0, lis, "Tue")
    en = st + timedelta(minutes=30)
    yield case(
        f,
        "booking_submitted_pending",
        "pt",
        compose(
            f"pg8/{f}/pt4",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject=s["submitted_subject"].format(
                event="Conversa informal", name=host[0], date=cal_subject_date("pt", st, en, False)
            ),
            sent=at(2026, 5, 27, 9, 0, lis),
            text=cal_text(
                "pt",
                "Reserva submetida",
                s["needs_confirm"].format(user=host[0]),
                "Conversa informal – Tejo Digital",
                lis,
                host,
                "Lisboa",
                "Nb7Xq2Lw5Tc8Kz1Ra4Pm",
            ),
        ),
        None,
        "Cal.com request in Portuguese waiting for the host's confirmation: pending.",
        cal_template("pt"),
    )
    ny = "America/New_York"
    s = CAL_STR["en"]
    host = ("Gabriel Ortiz", "gabriel.ortiz@lanternhealth.example")
    st = at(2026, 8, 11, 13, 0, ny, "Tue")
    en = st + timedelta(minutes=30)
    when = cal_when("en", st, en, ny, h24=False)
    sub = s["request_reschedule"].format(organizer=host[0])
    yield case(
        f,
        "request_reschedule_fwd_gmail",
        "en",
        forward(
            f"pg8/{f}/en1",
            client="gmail/en",
            org=(host[0], "notifications@cal.example"),
            orig_sent=at(2026, 8, 7, 10, 0, ny),
            subject=s["request_reschedule_subject"].format(event="Recruiter screen", name=host[0]),
            body_text=cal_html_as_text(
                "en", sub, "", "Recruiter screen – Lantern Health", when, host, "Phone"
            ),
            note="They cancelled Tuesday and want me to rebook.",
        ),
        slot(st, en, kind="cancellation", zone=ny, original_sender="notifications@cal.example"),
        "Gmail forward of Cal.com's 'has cancelled the booking and asked you to pick another "
        "time': the Tuesday slot is cancelled.",
        cal_template("en"),
    )
    st = at(2026, 9, 1, 10, 0, ny, "Tue")
    en = st + timedelta(minutes=45)
    when = cal_when("en", st, en, ny, h24=False)
    yield case(
        f,
        "scheduled_html_only",
        "en",
        compose(
            f"pg8/{f}/en2",
            sender=(host[0], "notifications@cal.example"),
            to=ME,
            subject="Hiring manager interview – Lantern Health",
            sent=at(2026, 8, 24, 15, 30, ny),
            html=cal_html(
                "en",
                s["scheduled"],
                s["emailed"],
                "Hiring manager interview – Lantern Health",
                when,
                host,
                "https://meet.example/lantern-hm",
                "Hq8Wz3Lb6Tc1Xn5Ka9Rm",
            ),
        ),
        slot(st, en, zone=ny, url="https://meet.example/lantern-hm"),
        "HTML-only Cal.com confirmation: 'Tuesday, September 1, 2026 | 10:00am - 10:45am "
        "(America/New_York)'.",
        cal_template("en"),
    )


def egwfwd() -> Iterator[Case]:
    f = "egwfwd"
    mad = "Europe/Madrid"
    s = EGW_STR["eu"]
    org = ("Koldo Urrutia", "koldo.urrutia@donostiatech.example")
    st = at(2026, 5, 12, 12, 0, mad, "Tue")
    en = st + timedelta(minutes=45)
    sent = at(2026, 5, 5, 10, 14, mad)
    title = "Elkarrizketa – Sistema administratzailea"
    rows = [
        ("location", "Donostia Tech, Miramon pasealekua 170"),
        ("start", egw_date(st, "Y-m-d")),
        ("end", egw_date(en, "Y-m-d")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'Y-m-d')}, {org[0]}"),
    ]
    body = egw_body("eu", s["added"].replace("%1", egw_date(st, "Y-m-d")), rows, "", False)
    yield case(
        f,
        "added_fwd_gmail",
        "eu",
        forward(
            f"pg8/{f}/eu1",
            client="gmail/en",
            org=(org[0], "egroupware@donostiatech.example"),
            orig_sent=sent,
            subject=egw_subject("eu", "Added", egw_date(st, "Y-m-d"), title),
            body_text=body,
            note="Elkarrizketa Donostian.",
        ),
        slot(st, en, sent=sent, original_sender="egroupware@donostiatech.example"),
        "Gmail forward of a Basque EGroupware notification ('Bilera bat daukazu 2026-05-12, "
        "12:00 programatua').",
        egw_template("eu"),
    )
    new = at(2026, 5, 14, 9, 0, mad, "Thu")
    sent = at(2026, 5, 8, 13, 30, mad)
    rows2 = [
        ("location", "Donostia Tech, Miramon pasealekua 170"),
        ("start", egw_date(new, "Y-m-d")),
        ("end", egw_date(new + timedelta(minutes=45), "Y-m-d")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'Y-m-d')}, {org[0]}"),
    ]
    msg = s["modified"].replace("%1", egw_date(st, "Y-m-d")).replace("%2", egw_date(new, "Y-m-d"))
    yield case(
        f,
        "modified_fwd_gmail",
        "eu",
        forward(
            f"pg8/{f}/eu2",
            client="gmail/en",
            org=(org[0], "egroupware@donostiatech.example"),
            orig_sent=sent,
            subject=egw_subject("eu", "Modified", egw_date(new, "Y-m-d"), title),
            body_text=egw_body("eu", msg, rows2, "", False),
            note="Ordua aldatu dute.",
        ),
        slot(
            new,
            new + timedelta(minutes=45),
            kind="reschedule",
            sent=sent,
            original_sender="egroupware@donostiatech.example",
        ),
        "Basque move: '2026-05-12, 12:00 programatutako bilera 2026-05-14, 09:00 programatu da'.",
        egw_template("eu"),
    )
    tehran = "Asia/Tehran"
    s = EGW_STR["fa"]
    org = ("Sara Karimi", "sara.karimi@parsdadeh.example")
    st = at(2026, 11, 3, 10, 0, tehran, "Tue")
    en = st + timedelta(hours=1)
    sent = at(2026, 10, 27, 9, 20, tehran)
    title = "مصاحبه – تحلیلگر داده"
    rows = [
        ("location", "تهران، خیابان ولیعصر، پلاک ۱۲"),
        ("start", egw_date(st, "Y-m-d")),
        ("end", egw_date(en, "Y-m-d")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'Y-m-d')}, {org[0]}"),
    ]
    yield case(
        f,
        "added_fwd_outlook_de",
        "fa",
        forward(
            f"pg8/{f}/fa1",
            client="outlook/de",
            org=(org[0], "calendar@parsdadeh.example"),
            orig_sent=sent,
            subject=egw_subject("fa", "Added", egw_date(st, "Y-m-d"), title),
            body_text=egw_body(
                "fa", s["added"].replace("%1", egw_date(st, "Y-m-d")), rows, "", False
            ),
            note="این دعوت مصاحبه است، لطفاً ثبت کنید.",
        ),
        slot(st, en, sent=sent, original_sender="calendar@parsdadeh.example"),
        "Outlook (de) forward of a Persian EGroupware notification; dates in Latin digits.",
        egw_template("fa"),
    )
    sent = at(2026, 10, 30, 15, 45, tehran)
    yield case(
        f,
        "canceled_direct",
        "fa",
        compose(
            f"pg8/{f}/fa2",
            sender=(org[0], "calendar@parsdadeh.example"),
            to=ME,
            subject=egw_subject("fa", "Canceled", egw_date(st, "Y-m-d"), title),
            sent=sent,
            text=egw_body(
                "fa", s["canceled"].replace("%1", egw_date(st, "Y-m-d")), rows, "", False
            ),
        ),
        slot(st, en, kind="cancellation", sent=sent, org="calendar@parsdadeh.example"),
        "Persian EGroupware cancellation of the 2026-11-03 10:00 slot.",
        egw_template("fa"),
    )
    phnom = "Asia/Phnom_Penh"
    s = EGW_STR["km"]
    org = ("Sokha Chan", "sokha.chan@mekongagri.example")
    st = at(2026, 9, 17, 14, 0, phnom, "Thu")
    en = st + timedelta(minutes=45)
    sent = at(2026, 9, 10, 8, 30, phnom)
    title = "សម្ភាសន៍ការងារ – មន្ត្រីកសិកម្ម"
    rows = [
        ("location", "ភ្នំពេញ, មហាវិថីព្រះនរោត្តម 45"),
        ("start", egw_date(st, "d/m/Y")),
        ("end", egw_date(en, "d/m/Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd/m/Y')}, {org[0]}"),
    ]
    yield case(
        f,
        "added_direct",
        "km",
        compose(
            f"pg8/{f}/km1",
            sender=(org[0], "calendar@mekongagri.example"),
            to=ME,
            subject=egw_subject("km", "Added", egw_date(st, "d/m/Y"), title),
            sent=sent,
            text=egw_body("km", s["added"].replace("%1", egw_date(st, "d/m/Y")), rows, "", False),
        ),
        slot(st, en, sent=sent, org="calendar@mekongagri.example"),
        "Khmer EGroupware notification, 'd/m/Y, H:i' dates.",
        egw_template("km"),
    )
    tll = "Europe/Tallinn"
    s = EGW_STR["et"]
    org = ("Tiina Mets", "tiina.mets@narvaenergia.example")
    st = at(2026, 12, 3, 11, 0, tll, "Thu")
    en = st + timedelta(minutes=45)
    sent = at(2026, 11, 26, 14, 5, tll)
    rows = [
        ("location", "Narva, Kreenholmi 2"),
        ("start", egw_date(st, "d.m.Y")),
        ("end", egw_date(en, "d.m.Y")),
        ("owner", org[0]),
        ("updated", f"{egw_date(sent, 'd.m.Y')}, {org[0]}"),
    ]
    yield case(
        f,
        "added_mixed_fwd_gmail_fi",
        "et",
        forward(
            f"pg8/{f}/et1",
            client="gmail-fi",
            org=(org[0], "kalender@narvaenergia.example"),
            orig_sent=sent,
            subject=egw_subject(
                "et", "Added", egw_date(st, "d.m.Y"), "Tööintervjuu – Narva Energia"
            ),
            body_text=egw_body(
                "et", s["added"].replace("%1", egw_date(st, "d.m.Y")), rows, "", False
            ),
            note="Intervjuu detsembris.",
        ),
        slot(st, en, sent=sent, original_sender="kalender@narvaenergia.example"),
        "Estonian EGroupware notification whose sentence falls back to English; forwarded "
        "from Gmail with a Finnish header.",
        egw_template("et"),
    )


FR_TPL_STR = {
    "de": (
        "Bewerbungsgespräch: {0} verschoben",
        "Ihr Vorstellungsgespräch wird von {0} {1} - {2} auf den {3} {4} - {5} verschoben",
    ),
    "fr": (
        "Interview : {0} Replanifié",
        "Votre session d'entretien est reprogrammée de {0} {1} - {2} à {3} {4} - {5}",
    ),
    "sv": (
        "Intervju: {0} Ombokad",
        "Din Intervju är ombokad från {0} {1} - {2} till {3} {4} - {5}",
    ),
    "fa": (
        "مصاحبه: {0} زمان‌بندی مجدد شد",
        "جلسه مصاحبه شما از {0} {1} - {2} به {3} {4} - {5} تغییر مکان داد.",
    ),
}


def frappe_html(message: str, footer: str) -> str:
    """frappe's standard mail wrapper around the message (layout recalled)."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>\n"
        "<table class='email-body' width='100%' cellpadding='0' cellspacing='0'><tr><td>"
        "<div class='email-content' style='max-width:600px;margin:auto;padding:20px'>"
        f"<p>{message}</p></div>"
        f"<div class='email-footer' style='color:#8d99a6;font-size:12px'>{footer}</div>"
        "</td></tr></table></body></html>\n"
    )


def frappeint() -> Iterator[Case]:
    f = "frappeint"
    cases = [
        (
            "de",
            "Europe/Berlin",
            "HR-INT-2026-00042",
            (2026, 7, 14, 10, 0),
            (2026, 7, 16, 14, 30),
            60,
            "bewerbung@rheinwerk-logistik.example",
            "Rheinwerk Logistik GmbH",
        ),
        (
            "fr",
            "Europe/Paris",
            "HR-INT-2026-00107",
            (2026, 9, 22, 9, 30),
            (2026, 9, 24, 15, 0),
            45,
            "recrutement@atelier-loire.example",
            "Atelier Loire",
        ),
        (
            "sv",
            "Europe/Stockholm",
            "HR-INT-2026-00213",
            (2026, 10, 6, 13, 0),
            (2026, 10, 8, 8, 30),
            60,
            "rekrytering@norrskog.example",
            "Norrskog AB",
        ),
        (
            "fa",
            "Asia/Tehran",
            "HR-INT-2026-00318",
            (2026, 12, 1, 10, 0),
            (2026, 12, 2, 11, 30),
            60,
            "estekhdam@kavirsanat.example",
            "Kavir Sanat",
        ),
    ]
    for lang, zone, name, old_t, new_t, minutes, addr, company in cases:
        old = datetime(*old_t, tzinfo=pp.ZoneInfo(zone))
        new = datetime(*new_t, tzinfo=pp.ZoneInfo(zone))
        old_end = old + timedelta(minutes=minutes)
        new_end = new + timedelta(minutes=minutes)
        sent = new - timedelta(days=5, hours=2)
        subj, msg = FR_TPL_STR[lang]
        text = msg.format(
            f"{old:%Y-%m-%d}",
            f"{old:%H:%M:%S}",
            f"{old_end:%H:%M:%S}",
            f"{new:%Y-%m-%d}",
            f"{new:%H:%M:%S}",
            f"{new_end:%H:%M:%S}",
        )
        yield case(
            f,
            "rescheduled_iso",
            lang,
            compose(
                f"pg8/{f}/{lang}1",
                sender=(company, addr),
                to=ME,
                subject=subj.format(name),
                sent=sent,
                html=frappe_html(h(text), f"{h(company)} · Sent via Frappe HR"),
            ),
            slot(new, new_end, kind="reschedule", sent=sent, org=addr),
            f"Frappe HRMS reschedule ({lang}): '{text}' (ISO dates, HH:MM:SS times, no zone); "
            "HTML only.",
            FRAPPE_TPL.replace("{lang}", lang),
        )
    # feedback reminders after the interview: negatives
    ber = "Europe/Berlin"
    yield case(
        f,
        "feedback_reminder_fwd_colleague",
        "de",
        compose(
            f"pg8/{f}/de2",
            sender=("Jana Vogt", "jana.vogt@rheinwerk-logistik.example"),
            to=ME,
            subject="WG: Erinnerung an Feedback zum Bewerbungsgespräch",
            sent=at(2026, 7, 17, 9, 12, ber),
            text=(
                "Hallo Alex,\n\nkannst du bitte dein Feedback zum Gespräch von gestern "
                "(16.07.2026, 14:30) eintragen? Danke!\nJana\n\n"
                "________________________________\nVon: Rheinwerk Logistik GmbH "
                "<bewerbung@rheinwerk-logistik.example>\nGesendet: Freitag, 17. Juli 2026 "
                "07:00\nBetreff: Erinnerung an Feedback zum Bewerbungsgespräch\n\n"
                "Interview Feedback Reminder\n\nInterview Feedback for Interview "
                "HR-INT-2026-00042 is not submitted yet. Please submit your feedback. Thank "
                "you, good day!\n"
            ),
        ),
        None,
        "A colleague forwards Frappe HRMS's feedback reminder to the reader as interviewer, "
        "naming yesterday's interview time: after the fact.",
        FRAPPE_TPL.replace("{lang}", "de"),
    )
    yield case(
        f,
        "feedback_reminder",
        "tr",
        compose(
            f"pg8/{f}/tr1",
            sender=("Anadolu Yazılım", "ik@anadoluyazilim.example"),
            to=ME,
            subject="Mülakat Geri Bildirim Hatırlatıcısı",
            sent=at(2026, 10, 9, 7, 0, "Europe/Istanbul"),
            html=frappe_html(
                "<h1>Interview Feedback Reminder</h1><p>Interview Feedback for Interview "
                "HR-INT-2026-00377 is not submitted yet. Please submit your feedback. Thank "
                "you, good day!</p>",
                "Anadolu Yazılım · Sent via Frappe HR",
            ),
        ),
        None,
        "Frappe HRMS feedback reminder with the Turkish template name as subject and the "
        "English template body: no slot.",
        FRAPPE_TPL.replace("{lang}", "tr"),
    )
    yield case(
        f,
        "feedback_reminder_with_date",
        "fa",
        compose(
            f"pg8/{f}/fa2",
            sender=("Kavir Sanat", "estekhdam@kavirsanat.example"),
            to=ME,
            subject="یادآوری بازخورد مصاحبه",
            sent=at(2026, 12, 3, 8, 0, "Asia/Tehran"),
            html=frappe_html(
                "<h1>Interview Feedback Reminder</h1><p>Interview Feedback for Interview "
                "HR-INT-2026-00318 is not submitted yet. Please submit your feedback. Thank "
                "you, good day!</p><p>مصاحبه: 2026-12-02 11:30:00 - 12:30:00</p>",
                "Kavir Sanat · Sent via Frappe HR",
            ),
        ),
        None,
        "Persian-subject feedback reminder whose site-customised template adds the past "
        "interview's date and times.",
        FRAPPE_TPL.replace("{lang}", "fa"),
    )


RALLLY_STR = {
    "pl": {
        "subject": "Dziękujemy za odpowiedź na {title}",
        "heading": "Potwierdzenie odpowiedzi w ankiecie",
        "content": "Twoja odpowiedź na <b>{title}</b> została wysłana.",
        "content2": "Dopóki ankieta jest jeszcze otwarta, możesz zmienić swoją odpowiedź za "
        "pomocą linku poniżej.",
    },
    "fi": {
        "subject": "Kiitos vastauksestasi kyselyyn {title}",
        "heading": "Kyselyn vastausvahvistus",
        "content": "Vastauksesi <b>{title}</b> on lähetetty.",
        "content2": "Kun kysely on edelleen avoinna, voit muuttaa vastaustasi alla olevan linkin "
        "avulla.",
    },
    "hu": {
        "subject": "Köszönjük a válaszod erre: {title}",
        "heading": "Szavazat megerősítés",
        "content": "Rögzítettük válaszod a(z) <b>{title}</b> szavazásnál.",
        "content2": "Az alábbi hivatkozás segítségével megváltoztathatod válaszod, amíg a "
        "szavazás folyamatban van.",
    },
    "no": {
        "subject": "Takk for at du svarte på {title}",
        "heading": "Bekreftelse av avstemningsrespons",
        "content": "Din respons på <b>{title}</b> har blitt sendt inn.",
        "content2": "Mens avstemningen fortsatt er åpen kan du endre svaret ditt ved å bruke "
        "lenken under.",
    },
}


def rallly_page(heading: str, paras_html: list[str], link: str, view: str) -> str:
    inner = "".join(f"<p style='font-size:16px'>{p}</p>" for p in paras_html)
    return (
        "<!DOCTYPE html><html><head></head><body style='background:#fff;font-family:sans-serif'>"
        "<div style='max-width:480px;margin:0 auto;padding:24px'>"
        "<img src='https://rallly.example/logo.png' height='42' alt='Rallly'>"
        f"<h1 style='font-size:24px'>{heading}</h1>{inner}"
        f"<p><a href='{link}' style='background:#4F46E5;color:#fff;padding:12px 16px'>"
        f"{view}</a></p></div></body></html>\n"
    )


def ralllypoll() -> Iterator[Case]:
    f = "ralllypoll"
    polls = [
        (
            "pl",
            "Europe/Warsaw",
            "Rozmowa rekrutacyjna – wybierz termin (14–16 września)",
            (2026, 9, 8, 19, 4),
            "Zobacz na rallly.example",
        ),
        (
            "fi",
            "Europe/Helsinki",
            "Haastatteluaika: ti 15.9. tai ke 16.9. klo 9–12",
            (2026, 9, 9, 8, 30),
            "Näytä osoitteessa rallly.example",
        ),
        (
            "hu",
            "Europe/Budapest",
            "Állásinterjú időpont – október 6., 7. vagy 8.",
            (2026, 9, 29, 20, 15),
            "Nézd meg itt: rallly.example",
        ),
        (
            "no",
            "Europe/Oslo",
            "Intervju – finn et tidspunkt uke 42 (12.–16. oktober)",
            (2026, 10, 5, 13, 0),
            "Se på rallly.example",
        ),
    ]
    for lang, zone, title, sent_t, view in polls:
        s = RALLLY_STR[lang]
        sent = datetime(*sent_t, tzinfo=pp.ZoneInfo(zone))
        yield case(
            f,
            "response_confirmation",
            lang,
            compose(
                f"pg8/{f}/{lang}1",
                sender=("Rallly", "noreply@rallly.example"),
                to=ME,
                subject=s["subject"].format(title=title),
                sent=sent,
                html=rallly_page(
                    s["heading"],
                    [s["content"].format(title=h(title)), s["content2"]],
                    "https://rallly.example/invite/p8" + lang,
                    view,
                ),
            ),
            None,
            f"Rallly poll-response confirmation ({lang}) for a poll whose title names the "
            "candidate dates; the poll is still open.",
            RALLLY_TPL.replace("{lang}", lang),
        )
    # the user forwards a poll confirmation and says which option they picked: still open
    s = RALLLY_STR["pl"]
    war = "Europe/Warsaw"
    sent = at(2026, 9, 8, 19, 4, war)
    title = "Rozmowa rekrutacyjna – wybierz termin (14–16 września)"
    yield case(
        f,
        "response_confirmation_fwd_note",
        "pl",
        forward(
            f"pg8/{f}/pl2",
            client="gmail/en",
            org=("Rallly", "noreply@rallly.example"),
            orig_sent=sent,
            subject=s["subject"].format(title=title),
            body_text=f"{s['heading']}\n\nTwoja odpowiedź na {title} została wysłana.\n\n"
            f"{s['content2']}\n\nZobacz na rallly.example",
            note="Zaznaczyłam wtorek 15.09 o 10:00 – czekam, aż wybiorą termin.",
        ),
        {"kind": NEG, "original_sender": "noreply@rallly.example"},
        "Forward of a Rallly response confirmation with the user's note naming the option she "
        "ticked ('wtorek 15.09 o 10:00 – czekam, aż wybiorą termin'): nothing fixed yet.",
        RALLLY_TPL.replace("{lang}", "pl"),
    )
    # RSVP accepted: a booked event -> invitation
    sto = "Europe/Stockholm"
    st = at(2026, 10, 13, 10, 0, sto, "Tue")
    en = st + timedelta(hours=1)
    date_s = "tisdag 13 oktober 2026"
    time_s = "10:00–11:00 CEST"
    content = (
        "Du accepterade inbjudan till <b>Andra intervjun – Norrskog AB</b> som arrangeras av "
        "<b>Elin Lindqvist</b>. Evenemanget är schemalagt till:"
    )
    yield case(
        f,
        "rsvp_accepted",
        "sv",
        compose(
            f"pg8/{f}/sv1",
            sender=("Rallly", "noreply@rallly.example"),
            to=ME,
            subject="Du svarade på Andra intervjun – Norrskog AB",
            sent=at(2026, 10, 6, 12, 40, sto),
            html=rallly_page(
                "Du deltar",
                [
                    content,
                    f"<b>{date_s}</b><br>{time_s}",
                    "En kalenderinbjudan för detta evenemang bifogas.",
                ],
                "https://rallly.example/e/sv1",
                "Visa på rallly.example",
            ),
        ),
        slot(st, en),
        "Rallly RSVP confirmation (Swedish): 'Du deltar', the booked date 'tisdag 13 oktober "
        "2026' and '10:00–11:00 CEST' (an abbreviation, no zone label).",
        RALLLY_TPL.replace("{lang}", "sv"),
    )
    prg = "Europe/Prague"
    st = at(2026, 11, 19, 14, 0, prg, "Thu")
    en = st + timedelta(minutes=45)
    yield case(
        f,
        "rsvp_accepted_fwd_apple",
        "cs",
        forward(
            f"pg8/{f}/cs1",
            client="apple-cs",
            org=("Rallly", "noreply@rallly.example"),
            orig_sent=at(2026, 11, 12, 9, 10, prg),
            subject="Odpověděli jste na Pohovor – Vltava Data",
            body_text=(
                "Potvrdili jste účast\n\nPřijali jste pozvání na Pohovor – Vltava Data, které "
                "pořádá Petra Nováková. Akce je naplánována na:\n\nčtvrtek 19. listopadu 2026\n"
                "14:00–14:45 SEČ\n\nV příloze naleznete pozvánku do kalendáře k této události."
            ),
            note="Pohovor je potvrzený.",
        ),
        slot(st, en, original_sender="noreply@rallly.example"),
        "Apple Mail (cs) forward of a Czech Rallly RSVP confirmation: 'čtvrtek 19. listopadu "
        "2026', '14:00–14:45 SEČ' (Intl short name of CET in Czech).",
        RALLLY_TPL.replace("{lang}", "cs"),
    )


# --------------------------------------------------------------------------------------

BUILDERS = (
    calcombook,
    egwnotify,
    bookinglink,
    quotedsys,
    lookneg8,
    calcomfwd,
    egwfwd,
    frappeint,
    ralllypoll,
)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the parsegen8 batch (`build_parsegen8.py`)",
        "",
        "Mail rendered from the real templates and translations of Cal.com, EGroupware, Frappe "
        "HRMS and Rallly (repositories and commits in every label's `source.template`; the "
        "translation files were re-read there), and hand-written look-alikes. Cal.com's English "
        "strings were recalled (the corpus's older calcom family read them); dayjs's locale "
        "files (iamkun/dayjs@0f6c19e3b63bcc3ff74917cb3a60125020c75648) give the weekday and "
        "month names and the LL formats of Cal.com's HTML When line; Cal.com's own weekday and "
        "month keys used in its subjects were not re-read, the dayjs names stand in for them. "
        "frappe's HTML mail wrapper and Cal.com's HTML layout are simplified from memory; the "
        "strings inside are the projects'. OrangeHRM was looked at (orangehrm/orangehrm@"
        "194a751e23977d76374386f2e405ac68eeed6904) and sends no interview mail (its mail "
        "templates are the leave plugin's), so it is not used. People, companies, addresses "
        "and links are made up; notes and hand-written mails are ours.",
        "",
        "Every label was written from the text as a careful reader understands it, from the "
        "same `datetime`s that were rendered (zoneinfo offsets), before the parser was run on "
        f"the message. Held-out families ({', '.join(held)}) were chosen before the parser "
        "was run; their files are not listed here. Regenerate with "
        "`.venv/bin/python tests/parsing/corpus/build_parsegen8.py` (deterministic).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        negatives = sum(1 for item in items if item.label.get("kind") == NEG)
        lines.append(
            f"- **{name}** ({len(items)} messages, {negatives} negatives, {SPLITS[name]}; "
            f"{langs}): {SOURCES[name]}"
        )
    lines += [
        "",
        "## Files (dev only)",
        "",
    ]
    dev = sorted((item for item in cases if item.split == "dev"), key=lambda c: c.filename)
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-parsegen8.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") == NEG)
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
