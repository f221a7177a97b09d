# ruff: noqa: E501  (translation strings are kept on one line each, as read)
"""Write the "toolsC13" batch: notification mail from Kolab/Roundcube calendar, OpenOLAT
appointments, newdle, Wekan and Indico, rendered from their real templates and translations.

Run: .venv/bin/python tests/parsing/corpus/build_toolsC13.py

- Kolab's Roundcube calendar plugin (calendar + libcalendaring localizations, as kept in
  i-MSCP/plugins): iTIP invitation, update and cancellation mails (text/plain body, event.ics
  attachment with METHOD and a TZID) and the reply notices an organizer gets, in English,
  German, French, Polish, Dutch, Italian, Czech, Brazilian Portuguese, Russian, Japanese and
  Spanish; the `$date` is libcalendaring's event_date_text() ('<date> <time> - <time>
  (<zone>)') in the date format the user picked.
- OpenOLAT's appointment scheduling (modules/appointments): 'added to appointment',
  'confirmed', 'rebooked', 'declined', 'removed' and 'reopened' mails in English, German,
  French, Italian and Brazilian Portuguese; the start and end are Java's SHORT date-time for
  the locale (CLDR via babel here), with no zone.
- newdle (indico/newdle): 'Result:' mails (final date / your chosen timeslot, with invite.ics
  in UTC), poll invitations and deletions; English only, as the project sends them.
- Wekan: due-date reminder notifications (act-withDue / act-almostdue / act-duenow) in
  English, German, French, Spanish, Brazilian Portuguese and Russian; the time is a
  JavaScript Date's toString() on the server. All look-alikes.
- Indico event reminders ('[Event reminder] ...'): mostly group events (colloquia, workshops,
  group meetings: look-alikes), two reminders of the reader's own interview.

Forwards by the user use the header blocks of build_toolsB12.py / build_parse-pos.py. Held-out
families were chosen before the parser was run on any message. Every label comes from the
datetimes the text is rendered from. Deterministic; writes or deletes only its own families.
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
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
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.dates import format_datetime as babel_dt

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tb = _load("build_toolsB12", "build_toolsB12.py")
pp, pg8 = tb.pp, tb.pg8
Case = pp.Case
fold_ics, zulu = pg8.fold_ics, pg8.zulu

ME = tb.ME
NEG = "not_invitation"

SPLITS = {
    "kolabinvite": "dev",
    "kolabfwd": "dev",
    "olatappt": "dev",
    "newdleresult": "dev",
    "wekandue": "dev",
    "indicoremind": "dev",
    "kolabworld": "heldout",
    "olatintl": "heldout",
    "newdlefwd": "heldout",
    "indicofwd": "heldout",
}

KOLAB = "i-MSCP/plugins@7b507b9eec2e7aae3a3bb306bfdd3b60aecaad42"
KOLAB_TPL = (
    f"{KOLAB}: incubator/RoundcubePlugins/roundcube-plugins/calendar/localization/{{loc}}.inc "
    "(invitationsubject, invitationmailbody, eventupdatesubject, eventupdatemailbody, "
    "eventcancelsubject, eventcancelmailbody, itipmailbodyaccepted/declined; en_US where the "
    "locale lacks a key) + libcalendaring/localization/{loc}.inc (itipsubjectaccepted/"
    "declined); libcalendaring.php event_date_text() for $date; MIME (text + event.ics with "
    "method) as libcalendaring_itip sends it, recalled"
)
OLAT = "OpenOLAT/OpenOLAT@022f92c4abb432493b5f4c9aee753969750eee99"
OLAT_TPL = (
    f"{OLAT}: src/main/java/org/olat/modules/appointments/ui/_i18n/LocalStrings_{{loc}}.properties "
    "(mail.*; de at 029c404ef11fccea5e14cae664c44e8a1770da7a) + modules/appointments/manager/"
    "AppointmentsMailing.java (createFormatedAppointments: DateFormat SHORT date-time, "
    "index version); dates through babel's CLDR short patterns; HTML wrapper and text "
    "alternative recalled"
)
NEWDLE = "indico/newdle@6e8bf24cac1231acff1d975fa06ee37274570796"
NEWDLE_TPL = (
    f"{NEWDLE}: newdle/templates/{{tpl}}.txt + .html (shortened), newdle/notifications.py "
    "(subject, '(via newdle)' sender, Reply-To), newdle/api.py send_result_emails "
    "('%-d %B %Y', '%H:%M'), newdle/calendar.py (invite.ics, UTC, no METHOD/UID)"
)
WEKAN = "wekan/wekan@f5cc8e37319469dd6a4752e160540213a2094aa4"
WEKAN_TPL = (
    f"{WEKAN}: imports/i18n/data/{{loc}}.i18n.json (act-withDue, act-newDue, act-almostdue, "
    "act-duenow, act-pastdue), server/notifications/email.js (text = user + description + url, "
    "\\n to <br/>), server/models/activities.js; timeValue as JavaScript Date.toString()"
)
INDICO = "indico/indico@3622e5f7463306233ce18699c563cc3320fb594a"
INDICO_TPL = (
    f"{INDICO}: indico/modules/events/reminders/templates/emails/event_reminder.txt (subject "
    "with format_datetime('short'), body with the default format); layout of the rendered "
    "test output emails/tests/event_reminder_va.txt@05d7117aad7de549af151284424dfdea16032b67"
)
LICENSES = {
    "kolabinvite": "AGPL-3.0 (Kolab calendar plugin for Roundcube); people and events ours",
    "kolabfwd": "AGPL-3.0 (Kolab calendar plugin for Roundcube); people, events and notes ours",
    "kolabworld": "AGPL-3.0 (Kolab calendar plugin for Roundcube); people, events and notes ours",
    "olatappt": "Apache-2.0 (OpenOLAT); people, courses and appointments ours",
    "olatintl": "Apache-2.0 (OpenOLAT); people, courses and appointments ours",
    "newdleresult": "MIT (newdle, CERN); people and polls ours",
    "newdlefwd": "MIT (newdle, CERN); people, polls and notes ours",
    "wekandue": "MIT (Wekan); boards, cards and people ours",
    "indicoremind": "MIT (Indico, CERN); events and people ours",
    "indicofwd": "MIT (Indico, CERN); events, people and notes ours",
}
SOURCES = {
    "kolabinvite": "Kolab/Roundcube calendar iTIP mails sent directly (text/plain + event.ics with TZID): invitations, updates, cancellations and reply notices (accepted/declined, kind `reply`) in en, de, fr, pl, nl.",
    "kolabfwd": "The same Kolab invitations and cancellations forwarded by the user without the calendar part (it, cs, pt-BR, de, en); negatives: forwards after the meeting and a colleague's invitation forwarded for information.",
    "kolabworld": "Kolab/Roundcube calendar mails in Russian, Japanese and Spanish, direct and forwarded.",
    "olatappt": "OpenOLAT appointment mails (added, confirmed, rebooked, declined, removed, full-day) in en and de; negatives: 'reopened' mails.",
    "olatintl": "OpenOLAT appointment mails in French, Italian and Brazilian Portuguese.",
    "newdleresult": "newdle result mails (final date, chosen timeslot; text + HTML + invite.ics) and look-alikes (poll invitations, deletions).",
    "newdlefwd": "newdle result and poll mails forwarded by the user without the calendar part.",
    "wekandue": "Wekan due-date reminders for cards about interviews and applications (en, de, fr, es, pt-BR, ru); all look-alikes.",
    "indicoremind": "Indico event reminders: group events (look-alikes) and reminders of the reader's own interview.",
    "indicofwd": "Indico event reminders forwarded by the user, with notes.",
}


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
        pg8.filename(lang, name),
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        LICENSES[family],
    )


def slot(start: datetime, end: datetime | None = None, **keys: Any) -> dict[str, object]:
    return pg8.slot(start, end, **keys)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------------------
# MIME


def _text_part(body: str, subtype: str, qp: bool = True) -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    if qp:
        charset.body_encoding = QP
    return MIMEText(body, subtype, charset)


def build(
    key: str,
    *,
    sender: tuple[str, str] | str,
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str | None = None,
    html: str | None = None,
    attach: tuple[str, str, str | None] | None = None,
    headers: dict[str, str] | None = None,
    domain: str = "",
) -> bytes:
    """text/html alternatives; attach = (ics body, filename, method or None) as multipart/mixed."""
    parts: list[Message] = []
    if text is not None:
        parts.append(_text_part(text, "plain"))
    if html is not None:
        parts.append(_text_part(html, "html"))
    body: Message
    if len(parts) == 1:
        body = parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_c13a_{pp.digest(key, 'a')[:18]}")
        for part in parts:
            body.attach(part)
    if attach is not None:
        outer = MIMEMultipart("mixed", boundary=f"=_c13m_{pp.digest(key, 'm')[:18]}")
        outer.attach(body)
        cal = MIMEText(attach[0], "calendar", "utf-8")
        if attach[2]:
            cal.set_param("method", attach[2])
        cal.add_header("Content-Disposition", "attachment", filename=attach[1])
        outer.attach(cal)
        body = outer
    existing = list(body.items())
    for name in list(body.keys()):
        del body[name]
    body["Date"] = format_datetime(sent)
    body["From"] = sender if isinstance(sender, str) else pp._addr(sender)
    body["To"] = pp._addr(to)
    body["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    host = (
        domain
        or (
            sender[1] if not isinstance(sender, str) else sender.rsplit("@", 1)[1].rstrip(">")
        ).split("@")[-1]
    )
    body["Message-ID"] = f"<{pp.digest(key, 'mid')}@{host}>"
    for name, value in (headers or {}).items():
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            body[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(body)
    return buffer.getvalue()


# forward header layouts: build_parse-pos (gmail/en, apple/en, outlook/de, outlook/es, gmail/fr)
# and build_toolsB12 (labels per language); a few labels added here, from memory of the clients
tb.FWD_LABELS["outlook"].update(
    {
        "en": "From|Sent|To|Subject",
        "it": "Da|Inviato|A|Oggetto",
        "ru": "От|Отправлено|Кому|Тема",
        "ja": "差出人|送信日時|宛先|件名",
        "sv": "Från|Skickat|Till|Ämne",
    }
)
tb.FWD_LABELS["gmail"].update(
    {
        "es": "Mensaje reenviado|De",
        "pl": "Wiadomość przekazana dalej|Od",
        "nl": "Doorgestuurd bericht|Van",
    }
)
tb.FWD_LABELS["thunderbird"].update(
    {"cs": "Přeposlaná zpráva|Předmět|Datum|Od|Komu", "fr": "Message transféré|Sujet|Date|De|Pour"}
)
tb.FWD_PREFIX.update(
    {
        ("outlook", "it"): "I",
        ("outlook", "ru"): "FW",
        ("outlook", "ja"): "FW",
        ("outlook", "sv"): "VB",
        ("outlook", "en"): "FW",
        ("thunderbird", "cs"): "Fwd",
        ("thunderbird", "fr"): "Tr",
    }
)
tb.GMAIL_AT.update({"es": "a las", "pl": "o", "nl": "om"})


def forward(
    key: str,
    *,
    client: str,
    lang: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body_text: str,
    note: str,
    delay: timedelta = timedelta(hours=1, minutes=12),
) -> bytes:
    if (client, lang) in pp.PREFIX:
        head = pp.forward_block(client, lang, org, orig_sent, subject, ME)
        prefix = pp.PREFIX[(client, lang)]
    else:
        head = tb.fwd_head(client, lang, org, orig_sent, subject)
        prefix = tb.FWD_PREFIX.get((client, lang), "Fwd")
    return build(
        key,
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=orig_sent + delay,
        text=f"{note}\n\n{head}\n{body_text.strip()}\n",
    )


def html_to_text(markup: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", markup)
    text = re.sub(r"<[^>]+>", "", text)
    return (
        text.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    )


# --------------------------------------------------------------------------------------
# Kolab / Roundcube calendar plugin

K_INVITE_SUBJ = {
    "en_US": 'You\'ve been invited to "$title"',
    "de_DE": 'Sie wurden zu "$title" eingeladen',
    "fr_FR": 'Vous avez été invité à "$title"',
    "pl_PL": 'Zostałeś zaproszony do "$title"',
    "ru_RU": 'Вы приглашены на "$title"',
    "nl_NL": 'U bent uitgenodigd voor "$title"',
    "it_IT": 'Sei stato invitato a "$title"',
    "es_ES": 'Usted  sido invitado a "$title"',
    "cs_CZ": 'Byl(a) jste pozván(a) na událost "$title"',
    "pt_BR": 'Você foi convidado para "$title"',
    "ja_JP": '"$title" に招待されました',
}
K_INVITE_BODY = {
    "en_US": "*$title*\n\nWhen: $date\n\nInvitees: $attendees\n\nPlease find attached an iCalendar file with all the event details which you can import to your calendar application.",
    "de_DE": "*$title*\n\nWann: $date\n\nTeilnehmer: $attendees\n\nIm Anhang finden Sie eine iCalendar-Datei mit allen Details des Termins. Diese können Sie in Ihre Kalenderanwendung importieren.",
    "fr_FR": "*$title*\n\nQuand: $date\n\nParticipants: $attendees\n\nVous trouverez ci-joint un fichier iCalendar avec tous les détails de l'évènement que vous pourrez importer dans votre agenda électronique.",
    "pl_PL": "*$title*\n\nKiedy: $date\n\nZaproszeni: $attendees\n\nW załączeniu plik w formacie iCalendar ze szczegółami zdarzenia, który możesz zaimportować do twojej aplikacji kalendarza.",
    "ru_RU": "*$title*\n\nКогда: $date\n\nПриглашенные: $attendees\n\nВо вложении вы найдёте файл iCalendar со всеми деталями события, который Вы можете импортировать в Вашу программу-ежедневник.",
    "nl_NL": "*$title*\n\nWanneer: $date\n\nGenodigden: $attendees\n\nBijgevoegd vindt u een iCalendar bestand met alle details omtrent de afspraak die u kunt importeren in uw kalender programma.",
    "it_IT": "*$title*\n\nQuando: $date\n\nInvitati: $attendees\n\nIn allegato un file iCalendar con tutti i dettagli dell'evento, che puoi importare nella tua applicazione calendario.",
    "es_ES": "*$title*\n\nWhen: $date\n\nInvitees: $attendees\n\nSe adjunta un archivo iCalendar con todos los detalles del evento que se puede importar a la aplicación de calendario.",
    "cs_CZ": "*$title*\n\nKdy: $date\n\nPozváni: $attendees\n\nPodrobnosti o události najdete v přiloženém souboru typu iCalendar. Můžete si ho zavést do kalendářového programu.",
    "pt_BR": "*$title*\n\nQuando: $date\n\nConvidados: $attendees\n\nSegue em anexo um arquivo iCalendar com todos os detalhes do evento na qual você pode importar para sua aplicação de calendário.",
    "ja_JP": "*$title*\n\nいつ: $date\n\n招待者: $attendees\n\nあなたのカレンダーアプリケーションにインポートできる全イベントの詳細がインポートできる添付されたiカレンダーファイルを見つけてください。",
}
K_UPDATE_SUBJ = {
    "en_US": '"$title" has been updated',
    "de_DE": '"$title" wurde aktualisiert',
    "fr_FR": '"$title" a été modifié',
    "pl_PL": '"$title" zostało zaktualizowane',
    "ru_RU": '"$title" было обновлено',
    "nl_NL": '"$title" is gewijzigd',
    "ja_JP": '"$title" はアップデートされました',
}
K_UPDATE_BODY = {
    "en_US": "*$title*\n\nWhen: $date\n\nInvitees: $attendees\n\nPlease find attached an iCalendar file with the updated event details which you can import to your calendar application.",
    "de_DE": "*$title*\n\nWann: $date\n\nTeilnehmer: $attendees\n\nIm Anhang finden Sie eine iCalendar-Datei mit den aktualisiereten Termindaten. Diese können Sie in Ihre Kalenderanwendung importieren.",
    "nl_NL": "*$title*\n\nWanneer: $date\n\nGenodigden: $attendees\n\nBijgevoegd vindt u een iCalendar bestand met de gewijzigde details omtrent de afspraak die u kunt importeren in uw kalender programma.",
    "ja_JP": "*$title*\n\nいつ: $date\n\n招待者: $attendees\n\nあなたのカレンダーアプリケーションにインポートできるアップデートされた全イベントの詳細が添付されたiカレンダーファイルを見つけてください。",
}
K_CANCEL_SUBJ = {  # fr, nl, it, es, pt_BR, ja lack the key: Roundcube falls back to en_US
    "en_US": '"$title" has been cancelled',
    "de_DE": '"$title" wurde abgesagt',
    "pl_PL": '"$title" zostało anulowane',
    "ru_RU": '"$title" было отменено',
    "cs_CZ": 'Událost "$title" byla zrušena',
}
K_CANCEL_BODY = {
    "en_US": "*$title*\n\nWhen: $date\n\nInvitees: $attendees\n\nThe event has been cancelled by $organizer.\n\nPlease find attached an iCalendar file with the updated event details.",
    "de_DE": "*$title*\n\nWann: $date\n\nTeilnehmer: $attendees\n\nDer Termin wurde von $organizer abgesagt.\n\nIm Anhang finden Sie eine iCalendar-Datei mit den Termindaten.",
    "fr_FR": "*$title*\n\nQuand: $date\n\nParticipants: $attendees\n\nL'évènement a été annulé par $organizer.\n\nVous trouverez en pièce jointe un fichier iCalendar avec les modifications de l'évènement que vous pourrez importer dans votre agenda électronique.",
    "pl_PL": "*$title*\n\nKiedy: $date\n\nZaproszeni: $attendees\n\nZdarzenie zostało anulowane przez $organizer.\n\nW załączeniu plik w formacie iCalendar ze zaktualizowanymi szczegółami zdarzenia.",
    "ru_RU": "*$title*\n\nКогда: $date\n\nПриглашенные: $attendees\n\nЭто событие отменено $organizer.\n\nВо вложении вы найдёте файл iCalendar со всеми изменениями в событии.",
    "it_IT": "*$title*\n\nQuando: $date\n\nInvitati: $attendees\n\nL'evento è stato cancellato da $organizer.\n\nIn allegato un file iCalendar con i dettagli aggiornati dell'evento .",
    "cs_CZ": "*$title*\n\nKdy: $date\n\nPozváni: $attendees\n\nUdálost byla zrušena organizátorem ($organizer).\n\nPodrobnosti najdete v přiloženém souboru ve formátu iCalendar.",
    "es_ES": "*$title*\n\nWhen: $date\n\nInvitees: $attendees\n\nEl evento ha sido cancelado por$organizer.\n\nSe adjunta un archivo iCalendar con los detalles del evento actualizados.",
}
K_REPLY_SUBJ = {
    ("en_US", "ACCEPTED"): '"$title" has been accepted by $name',
    ("de_DE", "ACCEPTED"): 'Einladung zu "$title" wurde von $name angenommen',
    ("de_DE", "DECLINED"): 'Einladung zu "$title" wurde von $name abgelehnt',
    ("fr_FR", "ACCEPTED"): '"$title" a été accepté par $name',
    ("ru_RU", "ACCEPTED"): '"$title" принято $name',
}
K_REPLY_BODY = {
    (
        "en_US",
        "ACCEPTED",
    ): "$sender has accepted the invitation to the following event:\n\n*$title*\n\nWhen: $date\n\nInvitees: $attendees",
    (
        "de_DE",
        "ACCEPTED",
    ): "$sender hat die Einladung zum folgenden Termin angenommen:\n\n*$title*\n\nWann: $date\n\nTeilnehmer: $attendees",
    (
        "de_DE",
        "DECLINED",
    ): "$sender hat die Einladung zum folgenden Termin abgelehnt:\n\n*$title*\n\nWann: $date\n\nTeilnehmer: $attendees",
    (
        "fr_FR",
        "ACCEPTED",
    ): "$sender a accepté l'invitation à l'évènement suivant :\n\n*$title*\n\nQuand: $date\n\nParticipants: $attendees",
    (
        "ru_RU",
        "ACCEPTED",
    ): "$sender принял(а) приглашение на следующее событие:\n\n*$title*\n\nКогда: $date\n\nПриглашенные: $attendees",
}
PHP_DATE = {
    "Y-m-d": "%Y-%m-%d",
    "d.m.Y": "%d.%m.%Y",
    "d/m/Y": "%d/%m/%Y",
    "d-m-Y": "%d-%m-%Y",
    "Y/m/d": "%Y/%m/%d",
    "m/d/Y": "%m/%d/%Y",
}


def php_time(value: datetime, fmt: str) -> str:
    if fmt == "H:i":
        return f"{value:%H:%M}"
    if fmt == "G:i":
        return f"{value.hour}:{value:%M}"
    if fmt == "h:i A":
        return f"{value.hour % 12 or 12:02d}:{value:%M} {'AM' if value.hour < 12 else 'PM'}"
    raise ValueError(fmt)


def kolab_date(st: datetime, en: datetime, dfmt: str, tfmt: str = "H:i") -> str:
    """libcalendaring::event_date_text($event, true) for a same-day event."""
    zone = str(st.tzinfo).replace("_", " ")
    return f"{st.strftime(PHP_DATE[dfmt])} {php_time(st, tfmt)} - {php_time(en, tfmt)} ({zone})"


def fill(template: str, **values: str) -> str:
    for name in sorted(values, key=len, reverse=True):
        template = template.replace(f"${name}", values[name])
    return template


EU_RULES = ("+0100", "+0200")


def vtimezone(zone: str) -> list[str]:
    fixed = {"Europe/Moscow": "+0300", "Asia/Tokyo": "+0900", "America/Sao_Paulo": "-0300"}
    if zone in fixed:
        off = fixed[zone]
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{zone}",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    std, dst = ("+0000", "+0100") if zone == "Europe/London" else EU_RULES
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def kolab_ics(
    method: str,
    uid: str,
    title: str,
    st: datetime,
    en: datetime,
    org: tuple[str, str],
    attendees: list[tuple[str, str]],
    stamp: datetime,
    seq: int,
    partstat: str = "NEEDS-ACTION",
    replier: tuple[str, str] | None = None,
) -> str:
    zone = str(st.tzinfo)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Roundcube libcalendaring 1.2.0//Sabre//Sabre VObject 3.5.3//EN",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
    ]
    lines += vtimezone(zone)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{zulu(stamp)}",
        f"CREATED:{zulu(stamp - timedelta(minutes=4))}",
        f"LAST-MODIFIED:{zulu(stamp)}",
        f"DTSTART;TZID={zone}:{st:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={zone}:{en:%Y%m%dT%H%M%S}",
        f"SUMMARY:{pg8.ics_escape(title)}",
        f"SEQUENCE:{seq}",
        "TRANSP:OPAQUE",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if method == "REPLY" and replier is not None:
        lines.append(
            f"ATTENDEE;PARTSTAT={partstat};ROLE=REQ-PARTICIPANT;CN={replier[0]}:mailto:{replier[1]}"
        )
    else:
        for name, mail in attendees:
            lines.append(
                f"ATTENDEE;CN={name};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mail}"
            )
    lines += [f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", "END:VEVENT", "END:VCALENDAR"]
    return fold_ics(lines)


def attendees_text(people: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name} <{mail}>" for name, mail in people)


def kolab_text(
    action: str,
    loc: str,
    title: str,
    date: str,
    people: list[tuple[str, str]],
    org: tuple[str, str],
) -> tuple[str, str]:
    """(subject, body) of a Kolab iTIP mail; action = invite, update or cancel."""
    subj_tbl, body_tbl = {
        "invite": (K_INVITE_SUBJ, K_INVITE_BODY),
        "update": (K_UPDATE_SUBJ, K_UPDATE_BODY),
        "cancel": (K_CANCEL_SUBJ, K_CANCEL_BODY),
    }[action]
    subject = fill(subj_tbl.get(loc, subj_tbl["en_US"]), title=title)
    body = fill(
        body_tbl.get(loc, body_tbl["en_US"]),
        title=title,
        date=date,
        attendees=attendees_text(people),
        organizer=org[0],
    )
    return subject, body


def kolab_direct(
    key: str,
    action: str,
    loc: str,
    title: str,
    st: datetime,
    en: datetime,
    dfmt: str,
    org: tuple[str, str],
    sent: datetime,
    seq: int = 0,
    tfmt: str = "H:i",
) -> tuple[bytes, dict[str, object]]:
    people = [org, ME]
    date = kolab_date(st, en, dfmt, tfmt)
    subject, body = kolab_text(action, loc, title, date, people, org)
    method = "CANCEL" if action == "cancel" else "REQUEST"
    uid = f"{pp.digest(key, 'uid')[:20].upper()}-{org[1].split('@')[1]}"
    cal = kolab_ics(method, uid, title, st, en, org, [ME], sent, seq)
    raw = build(
        key,
        sender=org,
        to=ME,
        subject=subject,
        sent=sent,
        text=body + "\n",
        attach=(cal, "event.ics", method),
        headers={"User-Agent": "Roundcube Webmail/1.4.15"},
    )
    kind = {"invite": "invitation", "update": None, "cancel": "cancellation"}[action]
    label = slot(
        st, en, kind=kind, zone=str(st.tzinfo), org=org[1], uid=uid, sequence=seq, method=method
    )
    if kind is None:
        label.pop("kind", None)
    return raw, label


def kolab_reply(
    key: str,
    loc: str,
    partstat: str,
    title: str,
    st: datetime,
    en: datetime,
    dfmt: str,
    replier: tuple[str, str],
    sent: datetime,
) -> tuple[bytes, dict[str, object]]:
    people = [ME, replier]
    date = kolab_date(st, en, dfmt)
    subject = fill(K_REPLY_SUBJ[(loc, partstat)], title=title, name=replier[0])
    body = fill(
        K_REPLY_BODY[(loc, partstat)],
        sender=replier[0],
        title=title,
        date=date,
        attendees=attendees_text(people),
    )
    uid = f"{pp.digest(key, 'uid')[:20].upper()}-mailbox.example"
    cal = kolab_ics("REPLY", uid, title, st, en, ME, [], sent, 0, partstat, replier)
    raw = build(
        key,
        sender=replier,
        to=ME,
        subject=subject,
        sent=sent,
        text=body + "\n",
        attach=(cal, "event.ics", "REPLY"),
        headers={"User-Agent": "Roundcube Webmail/1.4.15"},
    )
    label = slot(st, en, kind="reply", zone=str(st.tzinfo), uid=uid, method="REPLY")
    return raw, label


def k_tpl(loc: str) -> str:
    return KOLAB_TPL.replace("{loc}", loc)


BERLIN, PARIS, WARSAW, AMS, ROME, PRAGUE = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Warsaw",
    "Europe/Amsterdam",
    "Europe/Rome",
    "Europe/Prague",
)


def at(y: int, mo: int, d: int, hh: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, hh, mi, tzinfo=ZoneInfo(zone))


def kolabinvite() -> Iterator[Case]:
    fam = "kolabinvite"
    org = ("Katrin Vollmer", "k.vollmer@nordlicht-energie.example")
    st, en = at(2027, 1, 12, 10, 0, BERLIN), at(2027, 1, 12, 11, 0, BERLIN)
    raw, label = kolab_direct(
        "k1",
        "invite",
        "de_DE",
        "Vorstellungsgespräch Projektingenieur (m/w/d)",
        st,
        en,
        "d.m.Y",
        org,
        at(2026, 12, 18, 14, 22, BERLIN),
    )
    yield case(
        fam,
        "invite_dmy_berlin",
        "de",
        raw,
        label,
        "Kolab invitation (de_DE), 'Wann: 12.01.2027 10:00 - 11:00 (Europe/Berlin)', event.ics with TZID.",
        k_tpl("de_DE"),
    )

    st2, en2 = at(2027, 1, 14, 15, 30, BERLIN), at(2027, 1, 14, 16, 30, BERLIN)
    raw, label = kolab_direct(
        "k2",
        "update",
        "de_DE",
        "Vorstellungsgespräch Projektingenieur (m/w/d)",
        st2,
        en2,
        "d.m.Y",
        org,
        at(2027, 1, 7, 9, 5, BERLIN),
        seq=1,
    )
    yield case(
        fam,
        "update_dmy_berlin",
        "de",
        raw,
        label,
        "Kolab update (de_DE) 'wurde aktualisiert' with SEQUENCE 1; the mail does not say the time moved, so no kind.",
        k_tpl("de_DE"),
    )

    org_fr = ("Mathilde Garnier", "m.garnier@atelier-lumen.example")
    st, en = at(2027, 2, 3, 9, 30, PARIS), at(2027, 2, 3, 10, 15, PARIS)
    raw, label = kolab_direct(
        "k3",
        "invite",
        "fr_FR",
        "Entretien – Cheffe de projet digital",
        st,
        en,
        "d/m/Y",
        org_fr,
        at(2027, 1, 21, 17, 48, PARIS),
    )
    yield case(
        fam,
        "invite_dmy_paris",
        "fr",
        raw,
        label,
        "Kolab invitation (fr_FR): 'Quand: 03/02/2027 09:30 - 10:15 (Europe/Paris)'.",
        k_tpl("fr_FR"),
    )

    raw, label = kolab_direct(
        "k4",
        "cancel",
        "fr_FR",
        "Entretien – Cheffe de projet digital",
        st,
        en,
        "d/m/Y",
        org_fr,
        at(2027, 1, 29, 11, 2, PARIS),
        seq=1,
    )
    yield case(
        fam,
        "cancel_en_subject_paris",
        "fr",
        raw,
        label,
        "Kolab cancellation (fr_FR body, en_US subject fallback '\"...\" has been cancelled').",
        k_tpl("fr_FR"),
    )

    org_pl = ("Marta Zielińska", "marta.zielinska@wislatech.example")
    st, en = at(2027, 3, 2, 13, 0, WARSAW), at(2027, 3, 2, 13, 45, WARSAW)
    raw, label = kolab_direct(
        "k5",
        "invite",
        "pl_PL",
        "Rozmowa rekrutacyjna – Młodszy analityk danych",
        st,
        en,
        "Y-m-d",
        org_pl,
        at(2027, 2, 19, 10, 40, WARSAW),
    )
    yield case(
        fam,
        "invite_ymd_warsaw",
        "pl",
        raw,
        label,
        "Kolab invitation (pl_PL): 'Kiedy: 2027-03-02 13:00 - 13:45 (Europe/Warsaw)'.",
        k_tpl("pl_PL"),
    )

    raw, label = kolab_direct(
        "k6",
        "cancel",
        "pl_PL",
        "Rozmowa rekrutacyjna – Młodszy analityk danych",
        st,
        en,
        "Y-m-d",
        org_pl,
        at(2027, 2, 26, 8, 15, WARSAW),
        seq=2,
    )
    yield case(
        fam,
        "cancel_ymd_warsaw",
        "pl",
        raw,
        label,
        "Kolab cancellation (pl_PL) 'zostało anulowane' with the slot.",
        k_tpl("pl_PL"),
    )

    org_nl = ("Joris van Dam", "joris.vandam@polderlogistiek.example")
    st, en = at(2027, 3, 30, 11, 0, AMS), at(2027, 3, 30, 12, 0, AMS)
    raw, label = kolab_direct(
        "k7",
        "invite",
        "nl_NL",
        "Sollicitatiegesprek Planner Binnenvaart",
        st,
        en,
        "d-m-Y",
        org_nl,
        at(2027, 3, 24, 16, 10, AMS),
    )
    yield case(
        fam,
        "invite_dmy_dash_ams_dst",
        "nl",
        raw,
        label,
        "Kolab invitation (nl_NL) sent in CET for a slot after the 28 March change (CEST): 'Wanneer: 30-03-2027 11:00 - 12:00 (Europe/Amsterdam)'.",
        k_tpl("nl_NL"),
    )

    org_en = ("Rachel Owusu", "r.owusu@harbourline.example")
    st, en = at(2026, 12, 15, 14, 0, "Europe/London"), at(2026, 12, 15, 14, 45, "Europe/London")
    raw, label = kolab_direct(
        "k8",
        "invite",
        "en_US",
        "Phone screen - Support Engineer",
        st,
        en,
        "m/d/Y",
        org_en,
        at(2026, 12, 9, 12, 30, "Europe/London"),
        tfmt="h:i A",
    )
    yield case(
        fam,
        "invite_mdy_12h_london",
        "en",
        raw,
        label,
        "Kolab invitation (en_US) with the m/d/Y and 'h:i A' settings: 'When: 12/15/2026 02:00 PM - 02:45 PM (Europe/London)'.",
        k_tpl("en_US"),
    )

    # reply notices to the reader, who organized a call
    st, en = at(2027, 1, 19, 16, 0, BERLIN), at(2027, 1, 19, 16, 30, BERLIN)
    raw, label = kolab_reply(
        "k9",
        "de_DE",
        "ACCEPTED",
        "Rückfrage zum Angebot",
        st,
        en,
        "d.m.Y",
        ("Jonas Brenner", "j.brenner@nordlicht-energie.example"),
        at(2027, 1, 15, 9, 12, BERLIN),
    )
    yield case(
        fam,
        "reply_accepted_de",
        "de",
        raw,
        label,
        "Kolab reply notice (de_DE): a recruiter accepted the reader's own invitation; iTIP REPLY.",
        k_tpl("de_DE"),
    )

    raw, label = kolab_reply(
        "k10",
        "en_US",
        "ACCEPTED",
        "Catch-up on the offer details",
        at(2027, 2, 10, 17, 0, "Europe/London"),
        at(2027, 2, 10, 17, 30, "Europe/London"),
        "Y-m-d",
        ("Rachel Owusu", "r.owusu@harbourline.example"),
        at(2027, 2, 8, 10, 1, "Europe/London"),
    )
    yield case(
        fam,
        "reply_accepted_en",
        "en",
        raw,
        label,
        "Kolab reply notice (en_US) 'has been accepted by'; iTIP REPLY.",
        k_tpl("en_US"),
    )


def kolabfwd() -> Iterator[Case]:
    fam = "kolabfwd"
    org = ("Giulia Ferraro", "g.ferraro@lagunadesign.example")
    st, en = at(2027, 1, 26, 10, 30, ROME), at(2027, 1, 26, 11, 15, ROME)
    subject, body = kolab_text(
        "invite",
        "it_IT",
        "Colloquio conoscitivo – UX Designer",
        kolab_date(st, en, "d/m/Y"),
        [org, ME],
        org,
    )
    raw = forward(
        "kf1",
        client="outlook",
        lang="it",
        org=org,
        orig_sent=at(2027, 1, 14, 11, 5, ROME),
        subject=subject,
        body_text=body,
        note="Inoltro l'invito per il colloquio, grazie.",
    )
    yield case(
        fam,
        "invite_fwd_outlook",
        "it",
        raw,
        slot(st, en, zone=ROME, original_sender=org[1]),
        "Outlook (it) forward of a Kolab invitation (it_IT): 'Quando: 26/01/2027 10:30 - 11:15 (Europe/Rome)'.",
        k_tpl("it_IT"),
    )

    org_cs = ("Tereza Nováková", "tereza.novakova@vltavasoft.example")
    st, en = at(2027, 2, 16, 9, 0, PRAGUE), at(2027, 2, 16, 10, 0, PRAGUE)
    subject, body = kolab_text(
        "invite",
        "cs_CZ",
        "Pohovor – Backend vývojář",
        kolab_date(st, en, "d.m.Y"),
        [org_cs, ME],
        org_cs,
    )
    raw = forward(
        "kf2",
        client="thunderbird",
        lang="cs",
        org=org_cs,
        orig_sent=at(2027, 2, 4, 13, 40, PRAGUE),
        subject=subject,
        body_text=body,
        note="Posílám pozvánku na pohovor.",
    )
    yield case(
        fam,
        "invite_fwd_thunderbird",
        "cs",
        raw,
        slot(st, en, zone=PRAGUE, original_sender=org_cs[1]),
        "Thunderbird (cs) forward of a Kolab invitation: 'Kdy: 16.02.2027 09:00 - 10:00 (Europe/Prague)'.",
        k_tpl("cs_CZ"),
    )

    subject, body = kolab_text(
        "cancel",
        "cs_CZ",
        "Pohovor – Backend vývojář",
        kolab_date(st, en, "d.m.Y"),
        [org_cs, ME],
        org_cs,
    )
    raw = forward(
        "kf3",
        client="thunderbird",
        lang="cs",
        org=org_cs,
        orig_sent=at(2027, 2, 11, 8, 20, PRAGUE),
        subject=subject,
        body_text=body,
        note="Pohovor byl zrušen, prosím smazat.",
    )
    yield case(
        fam,
        "cancel_fwd_thunderbird",
        "cs",
        raw,
        slot(st, en, kind="cancellation", zone=PRAGUE, original_sender=org_cs[1]),
        "Thunderbird (cs) forward of a Kolab cancellation 'byla zrušena' with the slot.",
        k_tpl("cs_CZ"),
    )

    org_br = ("Renata Albuquerque", "renata.albuquerque@cerradoagro.example")
    sp = "America/Sao_Paulo"
    st, en = at(2027, 3, 9, 14, 0, sp), at(2027, 3, 9, 15, 0, sp)
    subject, body = kolab_text(
        "invite",
        "pt_BR",
        "Entrevista – Analista de Dados Pleno",
        kolab_date(st, en, "d/m/Y"),
        [org_br, ME],
        org_br,
    )
    raw = forward(
        "kf4",
        client="gmail",
        lang="pt_BR",
        org=org_br,
        orig_sent=at(2027, 2, 25, 10, 15, sp),
        subject=subject,
        body_text=body,
        note="Segue o convite da entrevista.",
    )
    yield case(
        fam,
        "invite_fwd_gmail_saopaulo",
        "pt-BR",
        raw,
        slot(st, en, zone=sp, original_sender=org_br[1]),
        "Gmail (pt-BR) forward of a Kolab invitation: 'Quando: 09/03/2027 14:00 - 15:00 (America/Sao Paulo)' (underscore replaced by a space).",
        k_tpl("pt_BR"),
    )

    org_de = ("Katrin Vollmer", "k.vollmer@nordlicht-energie.example")
    st, en = at(2027, 2, 22, 8, 30, BERLIN), at(2027, 2, 22, 9, 15, BERLIN)
    subject, body = kolab_text(
        "invite",
        "de_DE",
        "Zweitgespräch Fachbereich",
        kolab_date(st, en, "d.m.Y", "G:i"),
        [org_de, ("Jonas Brenner", "j.brenner@nordlicht-energie.example"), ME],
        org_de,
    )
    raw = forward(
        "kf5",
        client="outlook",
        lang="de",
        org=org_de,
        orig_sent=at(2027, 2, 12, 15, 55, BERLIN),
        subject=subject,
        body_text=body,
        note="Hier die Einladung zum Zweitgespräch.",
    )
    yield case(
        fam,
        "invite_fwd_outlook_g_hour",
        "de",
        raw,
        slot(st, en, zone=BERLIN, original_sender=org_de[1]),
        "Outlook (de) forward of a Kolab invitation with the 'G:i' time setting: 'Wann: 22.02.2027 8:30 - 9:15 (Europe/Berlin)', three invitees.",
        k_tpl("de_DE"),
    )

    # negatives
    st, en = at(2027, 1, 12, 10, 0, BERLIN), at(2027, 1, 12, 11, 0, BERLIN)
    subject, body = kolab_text(
        "invite",
        "de_DE",
        "Vorstellungsgespräch Projektingenieur (m/w/d)",
        kolab_date(st, en, "d.m.Y"),
        [org_de, ME],
        org_de,
    )
    raw = forward(
        "kf6",
        client="outlook",
        lang="de",
        org=org_de,
        orig_sent=at(2026, 12, 18, 14, 22, BERLIN),
        subject=subject,
        body_text=body,
        note="Das Gespräch war letzte Woche – ich lege die Einladung nur für meine Unterlagen ab.",
        delay=timedelta(days=32, hours=3),
    )
    yield case(
        fam,
        "invite_fwd_after_meeting_de",
        "de",
        raw,
        None,
        "A Kolab invitation forwarded weeks after the interview, for the record ('Das Gespräch war letzte Woche').",
        k_tpl("de_DE"),
    )

    org_en = ("Rachel Owusu", "r.owusu@harbourline.example")
    st, en = at(2027, 3, 4, 10, 0, "Europe/London"), at(2027, 3, 4, 10, 30, "Europe/London")
    subject, body = kolab_text(
        "invite",
        "en_US",
        "Team stand-up (Support)",
        kolab_date(st, en, "Y-m-d"),
        [org_en, ("Support team", "support-team@harbourline.example")],
        org_en,
    )
    raw = forward(
        "kf7",
        client="gmail",
        lang="en",
        org=org_en,
        orig_sent=at(2027, 2, 26, 9, 0, "Europe/London"),
        subject=subject,
        body_text=body,
        note="FYI only - Rachel copied me on the team's stand-up invite so I can see how the team works. I'm not attending, nothing to put in my calendar.",
    )
    yield case(
        fam,
        "team_invite_fyi_en",
        "en",
        raw,
        None,
        "A team's stand-up invitation forwarded for information; the user says they will not attend.",
        k_tpl("en_US"),
    )

    st, en = at(2027, 1, 19, 16, 0, BERLIN), at(2027, 1, 19, 16, 30, BERLIN)
    body = fill(
        K_REPLY_BODY[("de_DE", "DECLINED")],
        sender="Jonas Brenner",
        title="Rückfrage zum Angebot",
        date=kolab_date(st, en, "d.m.Y"),
        attendees=attendees_text([ME, ("Jonas Brenner", "j.brenner@nordlicht-energie.example")]),
    )
    subject = fill(
        K_REPLY_SUBJ[("de_DE", "DECLINED")], title="Rückfrage zum Angebot", name="Jonas Brenner"
    )
    raw = forward(
        "kf8",
        client="outlook",
        lang="de",
        org=("Jonas Brenner", "j.brenner@nordlicht-energie.example"),
        orig_sent=at(2027, 1, 15, 9, 12, BERLIN),
        subject=subject,
        body_text=body,
        note="Er hat abgesagt, ich schlage einen neuen Termin vor.",
    )
    yield case(
        fam,
        "reply_declined_fwd_de",
        "de",
        raw,
        {"kind": "reply"},
        "Outlook (de) forward of a Kolab 'abgelehnt' reply notice to the reader's own proposal; the user will propose another time.",
        k_tpl("de_DE"),
    )


def kolabworld() -> Iterator[Case]:
    fam = "kolabworld"
    msk = "Europe/Moscow"
    org_ru = ("Ольга Семенова", "o.semenova@severstal-it.example")
    st, en = at(2027, 2, 9, 11, 0, msk), at(2027, 2, 9, 12, 0, msk)
    raw, label = kolab_direct(
        "kw1",
        "invite",
        "ru_RU",
        "Собеседование: ведущий тестировщик",
        st,
        en,
        "d.m.Y",
        org_ru,
        at(2027, 1, 28, 15, 30, msk),
    )
    yield case(
        fam,
        "invite_moscow",
        "ru",
        raw,
        label,
        "Kolab invitation (ru_RU) with event.ics.",
        k_tpl("ru_RU"),
    )

    raw, label = kolab_direct(
        "kw2",
        "cancel",
        "ru_RU",
        "Собеседование: ведущий тестировщик",
        st,
        en,
        "d.m.Y",
        org_ru,
        at(2027, 2, 5, 10, 0, msk),
        seq=1,
    )
    yield case(
        fam, "cancel_moscow", "ru", raw, label, "Kolab cancellation (ru_RU).", k_tpl("ru_RU")
    )

    subject, body = kolab_text(
        "invite",
        "ru_RU",
        "Финальное интервью с техническим директором",
        kolab_date(at(2027, 2, 18, 16, 0, msk), at(2027, 2, 18, 16, 45, msk), "d.m.Y"),
        [org_ru, ME],
        org_ru,
    )
    raw = forward(
        "kw3",
        client="outlook",
        lang="ru",
        org=org_ru,
        orig_sent=at(2027, 2, 11, 12, 0, msk),
        subject=subject,
        body_text=body,
        note="Пересылаю приглашение на финальное интервью.",
    )
    yield case(
        fam,
        "invite_fwd_outlook",
        "ru",
        raw,
        slot(
            at(2027, 2, 18, 16, 0, msk),
            at(2027, 2, 18, 16, 45, msk),
            zone=msk,
            original_sender=org_ru[1],
        ),
        "Outlook (ru) forward of a Kolab invitation.",
        k_tpl("ru_RU"),
    )

    tokyo = "Asia/Tokyo"
    org_ja = ("佐藤 美咲", "misaki.sato@kumo-systems.example")
    st, en = at(2027, 3, 3, 14, 0, tokyo), at(2027, 3, 3, 15, 0, tokyo)
    raw, label = kolab_direct(
        "kw4",
        "invite",
        "ja_JP",
        "一次面接（インフラエンジニア）",
        st,
        en,
        "Y/m/d",
        org_ja,
        at(2027, 2, 22, 18, 5, tokyo),
    )
    yield case(
        fam,
        "invite_tokyo",
        "ja",
        raw,
        label,
        "Kolab invitation (ja_JP) with event.ics.",
        k_tpl("ja_JP"),
    )

    st2, en2 = at(2027, 3, 5, 10, 0, tokyo), at(2027, 3, 5, 11, 0, tokyo)
    subject, body = kolab_text(
        "update",
        "ja_JP",
        "一次面接（インフラエンジニア）",
        kolab_date(st2, en2, "Y/m/d"),
        [org_ja, ME],
        org_ja,
    )
    raw = forward(
        "kw5",
        client="outlook",
        lang="ja",
        org=org_ja,
        orig_sent=at(2027, 2, 26, 9, 30, tokyo),
        subject=subject,
        body_text=body,
        note="面接の日時が変更になりました。",
    )
    yield case(
        fam,
        "update_fwd_outlook",
        "ja",
        raw,
        slot(st2, en2, kind=None, zone=tokyo, original_sender=org_ja[1]),
        "Outlook (ja) forward of a Kolab update; the note says the date changed but the old slot is not shown, so no kind.",
        k_tpl("ja_JP"),
    )

    madrid = "Europe/Madrid"
    org_es = ("Lucía Romero", "lucia.romero@mesetalabs.example")
    st, en = at(2027, 1, 20, 12, 0, madrid), at(2027, 1, 20, 12, 45, madrid)
    subject, body = kolab_text(
        "invite",
        "es_ES",
        "Entrevista técnica – Desarrollador/a Android",
        kolab_date(st, en, "d/m/Y"),
        [org_es, ME],
        org_es,
    )
    raw = forward(
        "kw6",
        client="gmail",
        lang="es",
        org=org_es,
        orig_sent=at(2027, 1, 11, 17, 20, madrid),
        subject=subject,
        body_text=body,
        note="Te reenvío la invitación de la entrevista.",
    )
    yield case(
        fam,
        "invite_fwd_gmail",
        "es",
        raw,
        slot(st, en, zone=madrid, original_sender=org_es[1]),
        "Gmail (es) forward of a Kolab invitation whose es_ES body keeps the English labels 'When:'/'Invitees:'.",
        k_tpl("es_ES"),
    )

    raw = forward(
        "kw7",
        client="gmail",
        lang="es",
        org=org_es,
        orig_sent=at(2027, 1, 11, 17, 20, madrid),
        subject=subject,
        body_text=body,
        note="Para mi archivo: la entrevista ya fue la semana pasada y no salió.",
        delay=timedelta(days=16),
    )
    yield case(
        fam,
        "invite_fwd_after_es",
        "es",
        raw,
        None,
        "The same invitation forwarded after the interview, for the record.",
        k_tpl("es_ES"),
    )

    raw, label = kolab_reply(
        "kw8",
        "ru_RU",
        "ACCEPTED",
        "Созвон по офферу",
        at(2027, 2, 24, 18, 0, msk),
        at(2027, 2, 24, 18, 30, msk),
        "d.m.Y",
        ("Игорь Лебедев", "i.lebedev@severstal-it.example"),
        at(2027, 2, 20, 11, 0, msk),
    )
    yield case(
        fam,
        "reply_accepted_ru",
        "ru",
        raw,
        label,
        "Kolab reply notice (ru_RU), iTIP REPLY.",
        k_tpl("ru_RU"),
    )


# --------------------------------------------------------------------------------------
# OpenOLAT appointments

OLAT_STR: dict[str, dict[str, str]] = {
    "en": {
        "created.subject": 'Added to appointment "{0}"',
        "created.body": 'Dear {0} <br><br>You were added to the following appointment in course <a href="{2}">{3}</a>.<br><br>{1}',
        "confirmed.subject": 'Appointment "{0}" confirmed',
        "confirmed.body": 'Dear {0} <br><br>The following appointment in course <a href="{2}">{3}</a> was confirmed.<br><br>{1}',
        "deleted.subject": 'Appointment "{0}" declined',
        "deleted.body": 'Dear {0} <br><br>The following appointment in course <a href="{2}">{3}</a> was declined.<br><br>{1}',
        "pdeleted.subject": 'Removed from appointment "{0}"',
        "pdeleted.body": 'Dear {0} <br><br>You were removed from the following appointment in course <a href="{2}">{3}</a>.<br><br>{1}',
        "rebooked.subject": "Appointment rebooked",
        "rebooked.body": 'Dear {0} <br><br>The following appointment in course <a href="{3}">{4}</a> was rebooked.<br><br><b>Previous appointment</b><br>{1}<br><b>New appointment</b><br>{2}',
        "unconfirmed.subject": 'Appointment "{0}" reopened',
        "unconfirmed.body": 'Dear {0} <br><br>The following appointment in course <a href="{2}">{3}</a> was reopened.<br><br>{1}',
        "day": "Date: {0} (full day)",
        "start": "Start: {0}",
        "end": "End: {0}",
        "topic": "Occasion: {0}",
        "details": "Details: {0}",
        "location": "Location: {0}",
    },
    "de": {
        "created.subject": 'Zu Termin "{0}" hinzugefügt',
        "created.body": 'Guten Tag {0} <br><br>Sie wurden zu folgendem Termin aus dem Kurs <a href="{2}">{3}</a> hinzugefügt.<br><br>{1}',
        "confirmed.subject": 'Termin "{0}" bestätigt',
        "confirmed.body": 'Guten Tag {0} <br><br>Folgender Termin aus dem Kurs <a href="{2}">{3}</a> wurde bestätigt.<br><br>{1}',
        "deleted.subject": 'Termin "{0}" abgesagt',
        "deleted.body": 'Guten Tag {0} <br><br>Folgender Termin aus dem Kurs <a href="{2}">{3}</a> wurde abgesagt.<br><br>{1}',
        "pdeleted.subject": 'Aus Termin "{0}" entfernt',
        "pdeleted.body": 'Guten Tag {0} <br><br>Sie wurden aus folgendem Termin aus dem Kurs <a href="{2}">{3}</a> entfernt.<br><br>{1}',
        "rebooked.subject": "Termin umgebucht",
        "rebooked.body": 'Guten Tag {0} <br><br>Folgender Termin aus dem Kurs <a href="{3}">{4}</a> wurde umbgebucht.<br><br><b>Bisheriger Termin</b><br>{1}<br><b>Neuer Termin</b><br>{2}',
        "unconfirmed.subject": 'Termin "{0}" wieder geöffnet',
        "unconfirmed.body": 'Guten Tag {0} <br><br>Folgender Termin aus dem Kurs <a href="{2}">{3}</a> wurde wieder geöffnet.<br><br>{1}',
        "day": "Datum: {0} (ganzer Tag)",
        "start": "Start: {0}",
        "end": "Ende: {0}",
        "topic": "Anlass: {0}",
        "details": "Details: {0}",
        "location": "Ort: {0}",
    },
    "fr": {
        "created.subject": 'Ajouté au rendez-vous "{0}"',
        "created.body": 'Chère/cher {0} <br><br>Vous avez été ajouté au rendez-vous suivant du cours <a href="{2}">{3}</a>:<br><br>{1}',
        "confirmed.subject": 'Rendez-vous "{0}" confirmé',
        "confirmed.body": 'Chère/cher {0} <br><br>Le rendez-vous suivant du cours <a href="{2}">{3}</a> a été confirmé.<br><br>{1}',
        "rebooked.subject": "Rendez-vous déplacé",
        "rebooked.body": 'Chère/cher {0} <br><br>Le rendez-vous suivant du cours <a href="{3}">{4}</a> a été déplacé.<br><br><b>Rendez-vous précédent</b><br>{1}<br><b>Nouveau rendez-vous</b><br>{2}',
        "unconfirmed.subject": 'Rendez-vous "{0}" réouvert',
        "unconfirmed.body": 'Chère/cher {0} <br><br>Les rendez-vous suivant du cours <a href="{2}">{3}</a> ont été réouverts.<br><br>{1}',
        "day": "Date: {0} (jour entier)",
        "start": "Début: {0}",
        "end": "Fin: {0}",
        "topic": "Événement: {0}",
        "details": "Détails: {0}",
        "location": "Lieu: {0}",
    },
    "it": {
        "created.subject": 'Aggiunto/a all\'appuntamento "{0}"',
        "created.body": "Gentile {0} <br><br>E' stato/a aggiunto/a al seguente appuntamento.<br><br>{1}",
        "deleted.subject": 'Appuntamento "{0}" annullato.',
        "deleted.body": "Gentile {0} <br><br>Il seguente appuntamento è stato annullato.<br><br>{1}",
        "day": "Data: {0} (intera giornata)",
        "start": "Inizio: {0}",
        "end": "Fine: {0}",
        "topic": "Occasione: {0}",
        "details": "Dettagli: {0}",
        "location": "Luogo: {0}",
    },
    "pt_BR": {
        "confirmed.subject": 'Compromisso "{0}" confirmado',
        "confirmed.body": "Caro {0} <br><br>O seguinte compromisso foi confirmado.<br><br>{1}",
        "rebooked.subject": "Compromisso remarcado",
        "rebooked.body": "Caro {0} <br><br>O seguinte compromisso foi marcado novamente.<br><br><b>Compromisso anterior</b><br>{1}<br><b>Novo compromisso</b><br> {2}",
        "day": "Data: {0} (dia inteiro)",
        "start": "Início: {0}",
        "end": "Fim: {0}",
        "topic": "Ocasião: {0}",
        "details": "Detalhes: {0}",
        "location": "Localização: {0}",
    },
}


def mf(pattern: str, *args: str) -> str:
    for i, arg in enumerate(args):
        pattern = pattern.replace("{" + str(i) + "}", arg)
    return pattern


def olat_block(
    loc: str, topic: str, st: datetime, en: datetime | None, details: str = "", location: str = ""
) -> str:
    s = OLAT_STR[loc]
    out = mf(s["topic"], h(topic)) + "<br>"
    if en is None:
        out += mf(s["day"], format_date(st, "short", locale=loc)) + "<br>"
    else:
        out += mf(s["start"], babel_dt(st, "short", tzinfo=st.tzinfo, locale=loc)) + "<br>"
        out += mf(s["end"], babel_dt(en, "short", tzinfo=en.tzinfo, locale=loc)) + "<br>"
    if details:
        out += mf(s["details"], h(details)) + "<br>"
    if location:
        out += mf(s["location"], h(location)) + "<br>"
    return out


def olat_mail(
    key: str,
    loc: str,
    which: str,
    topic: str,
    blocks: list[str],
    course: str,
    user: str,
    sent: datetime,
) -> bytes:
    s = OLAT_STR[loc]
    url = (
        f"https://lms.hochschule-ost.example/url/RepositoryEntry/{int(pp.digest(key, 'c')[:6], 16)}"
    )
    if which == "rebooked":
        body = mf(s["rebooked.body"], h(user), blocks[0], blocks[1], url, h(course))
        subject = s["rebooked.subject"]
    else:
        body = mf(s[f"{which}.body"], h(user), blocks[0], url, h(course))
        subject = mf(s[f"{which}.subject"], topic)
    html = f'<html><head><meta charset="utf-8"></head><body><div class="o_mail_body">{body}</div><div class="o_mail_footer">OpenOLAT – Lernplattform</div></body></html>'
    text = html_to_text(body) + "\n\n--\nOpenOLAT\n"
    return build(
        key,
        sender=("OpenOLAT", "no-reply@lms.hochschule-ost.example"),
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
    )


def o_tpl(loc: str) -> str:
    return OLAT_TPL.replace("{loc}", loc)


ZRH = "Europe/Zurich"


def olatappt() -> Iterator[Case]:
    fam = "olatappt"
    course_en = "Career Service – Interview Training"
    st, en = at(2027, 1, 13, 14, 0, ZRH), at(2027, 1, 13, 14, 40, ZRH)
    sent = at(2027, 1, 5, 9, 17, ZRH)
    blk = olat_block(
        "en",
        "Mock interview with a recruiter",
        st,
        en,
        details="Bring the job ad you are applying for.",
        location="Room B 2.14",
    )
    raw = olat_mail(
        "o1", "en", "created", "Mock interview with a recruiter", [blk], course_en, ME[0], sent
    )
    yield case(
        fam,
        "created_en",
        "en",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT 'Added to appointment' (en): Java SHORT date-time '1/13/27, 2:00 PM' (NNBSP before PM) to '2:40 PM'; no zone.",
        o_tpl("en"),
    )

    st, en = at(2027, 2, 4, 9, 0, ZRH), at(2027, 2, 4, 9, 30, ZRH)
    sent = at(2027, 1, 28, 16, 3, ZRH)
    blk = olat_block("en", "CV review (one-to-one)", st, en, location="Online")
    raw = olat_mail(
        "o2", "en", "confirmed", "CV review (one-to-one)", [blk], course_en, ME[0], sent
    )
    yield case(
        fam,
        "confirmed_en_online",
        "en",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT 'Appointment ... confirmed' (en) for an online slot.",
        o_tpl("en"),
    )

    old_st, old_en = at(2027, 2, 4, 9, 0, ZRH), at(2027, 2, 4, 9, 30, ZRH)
    st, en = at(2027, 2, 5, 11, 0, ZRH), at(2027, 2, 5, 11, 30, ZRH)
    sent = at(2027, 2, 1, 10, 44, ZRH)
    b1 = olat_block("en", "CV review (one-to-one)", old_st, old_en, location="Online")
    b2 = olat_block("en", "CV review (one-to-one)", st, en, location="Online")
    raw = olat_mail(
        "o3", "en", "rebooked", "CV review (one-to-one)", [b1, b2], course_en, ME[0], sent
    )
    yield case(
        fam,
        "rebooked_en",
        "en",
        raw,
        slot(st, en, sent=sent, kind="reschedule"),
        "OpenOLAT 'Appointment rebooked' (en): 'Previous appointment' then 'New appointment'; the label is the new slot.",
        o_tpl("en"),
    )

    raw = olat_mail(
        "o4",
        "en",
        "unconfirmed",
        "CV review (one-to-one)",
        [b2],
        course_en,
        ME[0],
        at(2027, 2, 3, 8, 12, ZRH),
    )
    yield case(
        fam,
        "reopened_en",
        "en",
        raw,
        None,
        "OpenOLAT 'Appointment ... reopened' (en): the slot is no longer confirmed; not an invitation.",
        o_tpl("en"),
    )

    course_de = "Bewerbungswerkstatt FS 2027"
    st, en = at(2027, 3, 11, 16, 15, ZRH), at(2027, 3, 11, 16, 45, ZRH)
    sent = at(2027, 3, 1, 7, 58, ZRH)
    blk = olat_block(
        "de",
        "Probe-Vorstellungsgespräch",
        st,
        en,
        details="Mit Frau Keller (HR, Alpenwerk AG)",
        location="Gebäude 4, Raum 110",
    )
    raw = olat_mail(
        "o5", "de", "created", "Probe-Vorstellungsgespräch", [blk], course_de, ME[0], sent
    )
    yield case(
        fam,
        "created_de",
        "de",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT 'Zu Termin ... hinzugefügt' (de): 'Start: 11.03.27, 16:15', 'Ende: 11.03.27, 16:45'; no zone.",
        o_tpl("de"),
    )

    st, en = at(2027, 3, 30, 10, 0, ZRH), at(2027, 3, 30, 10, 30, ZRH)
    sent = at(2027, 3, 22, 12, 30, ZRH)
    blk = olat_block("de", "Einzelberatung Lebenslauf", st, en, location="Online (BigBlueButton)")
    raw = olat_mail(
        "o6", "de", "confirmed", "Einzelberatung Lebenslauf", [blk], course_de, ME[0], sent
    )
    yield case(
        fam,
        "confirmed_de_after_dst",
        "de",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT 'Termin ... bestätigt' (de) sent in CET for a slot after the change to summer time.",
        o_tpl("de"),
    )

    st, en = at(2027, 3, 11, 16, 15, ZRH), at(2027, 3, 11, 16, 45, ZRH)
    blk = olat_block("de", "Probe-Vorstellungsgespräch", st, en, location="Gebäude 4, Raum 110")
    raw = olat_mail(
        "o7",
        "de",
        "deleted",
        "Probe-Vorstellungsgespräch",
        [blk],
        course_de,
        ME[0],
        at(2027, 3, 8, 17, 5, ZRH),
    )
    yield case(
        fam,
        "declined_de",
        "de",
        raw,
        slot(st, en, sent=at(2027, 3, 8, 17, 5, ZRH), kind="cancellation"),
        "OpenOLAT 'Termin ... abgesagt' (de) with the slot.",
        o_tpl("de"),
    )

    st, en = at(2027, 2, 17, 13, 0, ZRH), at(2027, 2, 17, 13, 20, ZRH)
    blk = olat_block("en", "Elevator pitch feedback", st, en, location="Room B 2.14")
    sent = at(2027, 2, 12, 14, 0, ZRH)
    raw = olat_mail(
        "o8", "en", "pdeleted", "Elevator pitch feedback", [blk], course_en, ME[0], sent
    )
    yield case(
        fam,
        "removed_en",
        "en",
        raw,
        slot(st, en, sent=sent, kind="cancellation"),
        "OpenOLAT 'Removed from appointment' (en): the reader's slot is taken away.",
        o_tpl("en"),
    )

    st = at(2027, 1, 22, 0, 0, ZRH)
    blk = olat_block("de", "Assessment-Center Simulation", st, None, location="Gebäude 1, Aula")
    raw = olat_mail(
        "o9",
        "de",
        "unconfirmed",
        "Assessment-Center Simulation",
        [blk],
        course_de,
        ME[0],
        at(2027, 1, 15, 11, 0, ZRH),
    )
    yield case(
        fam,
        "reopened_fullday_de",
        "de",
        raw,
        None,
        "OpenOLAT 'wieder geöffnet' (de) for a full-day appointment ('Datum: 22.01.27 (ganzer Tag)'): no fixed slot any more.",
        o_tpl("de"),
    )


def olatintl() -> Iterator[Case]:
    fam = "olatintl"
    course_fr = "Service carrière – Préparation aux entretiens"
    st, en = at(2027, 1, 27, 10, 0, ZRH), at(2027, 1, 27, 10, 45, ZRH)
    sent = at(2027, 1, 18, 15, 20, ZRH)
    blk = olat_block("fr", "Simulation d'entretien", st, en, location="Bâtiment A, salle 204")
    raw = olat_mail("oi1", "fr", "created", "Simulation d'entretien", [blk], course_fr, ME[0], sent)
    yield case(
        fam,
        "created_fr",
        "fr",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT (fr) 'Ajouté au rendez-vous'.",
        o_tpl("fr"),
    )

    old = olat_block("fr", "Simulation d'entretien", st, en, location="Bâtiment A, salle 204")
    st2, en2 = at(2027, 1, 29, 15, 30, ZRH), at(2027, 1, 29, 16, 15, ZRH)
    new = olat_block("fr", "Simulation d'entretien", st2, en2, location="Bâtiment A, salle 204")
    sent = at(2027, 1, 25, 9, 0, ZRH)
    raw = olat_mail(
        "oi2", "fr", "rebooked", "Simulation d'entretien", [old, new], course_fr, ME[0], sent
    )
    yield case(
        fam,
        "rebooked_fr",
        "fr",
        raw,
        slot(st2, en2, sent=sent, kind="reschedule"),
        "OpenOLAT (fr) 'Rendez-vous déplacé' with previous and new slot.",
        o_tpl("fr"),
    )

    raw = olat_mail(
        "oi3",
        "fr",
        "unconfirmed",
        "Simulation d'entretien",
        [new],
        course_fr,
        ME[0],
        at(2027, 1, 27, 8, 0, ZRH),
    )
    yield case(
        fam,
        "reopened_fr",
        "fr",
        raw,
        None,
        "OpenOLAT (fr) 'réouvert': not a fixed slot.",
        o_tpl("fr"),
    )

    st, en = at(2027, 2, 23, 11, 30, ROME), at(2027, 2, 23, 12, 0, ROME)
    sent = at(2027, 2, 15, 10, 10, ROME)
    blk = olat_block("it", "Colloquio di orientamento al tirocinio", st, en, location="Aula 3")
    raw = olat_mail(
        "oi4",
        "it",
        "created",
        "Colloquio di orientamento al tirocinio",
        [blk],
        "Ufficio Placement",
        ME[0],
        sent,
    )
    yield case(
        fam,
        "created_it",
        "it",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT (it) 'Aggiunto/a all'appuntamento'.",
        o_tpl("it"),
    )

    raw = olat_mail(
        "oi5",
        "it",
        "deleted",
        "Colloquio di orientamento al tirocinio",
        [blk],
        "Ufficio Placement",
        ME[0],
        at(2027, 2, 20, 9, 0, ROME),
    )
    yield case(
        fam,
        "deleted_it",
        "it",
        raw,
        slot(st, en, sent=at(2027, 2, 20, 9, 0, ROME), kind="cancellation"),
        "OpenOLAT (it) 'annullato' with the slot.",
        o_tpl("it"),
    )

    sp = "America/Sao_Paulo"
    st, en = at(2027, 3, 16, 19, 0, sp), at(2027, 3, 16, 19, 30, sp)
    sent = at(2027, 3, 10, 13, 0, sp)
    blk = olat_block("pt_BR", "Entrevista simulada", st, en, location="Online")
    raw = olat_mail(
        "oi6", "pt_BR", "confirmed", "Entrevista simulada", [blk], "Carreiras 2027", ME[0], sent
    )
    yield case(
        fam,
        "confirmed_pt_BR",
        "pt-BR",
        raw,
        slot(st, en, sent=sent, kind="invitation"),
        "OpenOLAT (pt-BR) 'Compromisso ... confirmado'.",
        o_tpl("pt_BR"),
    )

    old = blk
    st2, en2 = at(2027, 3, 18, 18, 0, sp), at(2027, 3, 18, 18, 30, sp)
    new = olat_block("pt_BR", "Entrevista simulada", st2, en2, location="Online")
    sent = at(2027, 3, 12, 11, 0, sp)
    raw = olat_mail(
        "oi7", "pt_BR", "rebooked", "Entrevista simulada", [old, new], "Carreiras 2027", ME[0], sent
    )
    yield case(
        fam,
        "rebooked_pt_BR",
        "pt-BR",
        raw,
        slot(st2, en2, sent=sent, kind="reschedule"),
        "OpenOLAT (pt-BR) 'Compromisso remarcado' with previous and new slot.",
        o_tpl("pt_BR"),
    )


# --------------------------------------------------------------------------------------
# newdle

NEWDLE_FOOT = "\n--\nThis email was sent by newdle\nhttps://newdle.example.org/\n"


def newdle_html(inner: str) -> str:
    return (
        '<body><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>'
        f'<table border="0" cellpadding="0" cellspacing="0"><tr><td>{inner}</td></tr></table>'
        '</td></tr></table><p>This email was sent by <a href="https://newdle.example.org/">newdle</a></p></body>\n'
    )


def newdle_result(
    participant: str, creator: str, title: str, st: datetime, en: datetime, limited: bool
) -> tuple[str, str]:
    date = f"{st.day} {st:%B %Y}"
    zone = str(st.tzinfo)
    if limited:
        text = f'Hi {participant},\n\n{creator} confirmed your answer for the event "{title}".\n\nYour chosen timeslot is:\n{date}\n{st:%H:%M} - {en:%H:%M} ({zone})\n'
        lead = f'<b>{h(creator)}</b> confirmed your answer for the event "<b>{h(title)}</b>":'
    else:
        text = f'Hi {participant},\n\n{creator} picked a final date for the event "{title}".\n\nIt will take place on:\n{date}\n{st:%H:%M} - {en:%H:%M} ({zone})\n'
        lead = f'<b>{h(creator)}</b> has chosen a final date for "<b>{h(title)}</b>":'
    inner = (
        f"<p>Hi {h(participant)}</p><table><tr><td><p>{lead}</p>"
        f'<p style="text-align: center; font-size: 19px;"><i>{date}<br>{st:%H:%M} - {en:%H:%M}<br><span style="font-size: 16px;">({zone})</span></i></p>'
        '</td></tr></table><p><a href="https://newdle.example.org/newdle/k3Lp9q">Go to the newdle</a></p>'
    )
    return text + NEWDLE_FOOT, newdle_html(inner)


def newdle_poll(participant: str, creator: str, title: str) -> tuple[str, str]:
    link = "https://newdle.example.org/newdle/Q7xk2m/3fZ8wa"
    text = f'Hi {participant},\n\nPlease help {creator} choose a time for the event\n"{title}".\n\nRespond to their newdle poll now using this personalized link:\n{link}\n'
    inner = (
        f'<p>Hi {h(participant)}, you have a fresh newdle!</p><table><tr><td><p>Please help <b>{h(creator)}</b> choose a time for the event "<b>{h(title)}</b>".</p></td></tr></table>'
        f'<p><a href="{link}">Go to the newdle to respond</a></p><p>The link above is personalized for you; please do not forward/share it.</p>'
    )
    return text + NEWDLE_FOOT, newdle_html(inner)


def newdle_ics(
    title: str, st: datetime, en: datetime, creator: tuple[str, str], stamp: datetime
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        f"SUMMARY:{pg8.ics_escape(title)}",
        f"DTSTART;VALUE=DATE-TIME:{zulu(st)}",
        f"DTEND;VALUE=DATE-TIME:{zulu(en)}",
        f"DTSTAMP;VALUE=DATE-TIME:{zulu(stamp)}",
        f'ORGANIZER;CN="{creator[0]}":mailto:{creator[1]}',
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return fold_ics(lines)


def newdle_sender(creator: tuple[str, str]) -> str:
    return f'"{creator[0]} (via newdle)" <noreply@newdle.example.org>'


def n_tpl(tpl: str) -> str:
    return NEWDLE_TPL.replace("{tpl}", tpl)


def newdleresult() -> Iterator[Case]:
    fam = "newdleresult"
    cr = ("Priya Raman", "priya.raman@kestrel-analytics.example")
    title = "Interview: Junior Data Engineer (Kestrel Analytics)"
    st, en = at(2027, 1, 21, 10, 0, ZRH), at(2027, 1, 21, 10, 45, ZRH)
    sent = at(2027, 1, 14, 16, 2, ZRH)
    text, html = newdle_result(ME[0], cr[0], title, st, en, limited=False)
    raw = build(
        "n1",
        sender=newdle_sender(cr),
        to=ME,
        subject=f"Result: {title}",
        sent=sent,
        text=text,
        html=html,
        attach=(newdle_ics(title, st, en, cr, sent), "invite.ics", None),
        headers={"Reply-To": cr[1]},
        domain="newdle.example.org",
    )
    yield case(
        fam,
        "result_zurich",
        "en",
        raw,
        slot(st, en, zone=ZRH),
        "newdle 'Result:' mail: '21 January 2027' / '10:00 - 10:45 (Europe/Zurich)', invite.ics in UTC without METHOD or UID.",
        n_tpl("result_email"),
    )

    cr2 = ("Tomás Okafor", "t.okafor@brightwater-bio.example")
    title2 = "Candidate interviews - Lab Operations Coordinator"
    ny = "America/New_York"
    st, en = at(2027, 2, 9, 13, 30, ny), at(2027, 2, 9, 14, 0, ny)
    sent = at(2027, 2, 2, 11, 45, ny)
    text, html = newdle_result(ME[0], cr2[0], title2, st, en, limited=True)
    raw = build(
        "n2",
        sender=newdle_sender(cr2),
        to=ME,
        subject=f"Result: {title2}",
        sent=sent,
        text=text,
        html=html,
        attach=(newdle_ics(title2, st, en, cr2, sent), "invite.ics", None),
        headers={"Reply-To": cr2[1]},
        domain="newdle.example.org",
    )
    yield case(
        fam,
        "limited_slot_newyork",
        "en",
        raw,
        slot(st, en, zone=ny),
        "newdle limited-slots result: 'confirmed your answer ... Your chosen timeslot is: 9 February 2027 13:30 - 14:00 (America/New_York)'.",
        n_tpl("result_email_limited_slots"),
    )

    cr3 = ("Hannah Lindqvist", "hannah.lindqvist@fjordmedia.example")
    sto = "Europe/Stockholm"
    title3 = "Second round - Content Strategist"
    st, en = at(2026, 12, 10, 15, 0, sto), at(2026, 12, 10, 16, 0, sto)
    sent = at(2026, 12, 3, 9, 30, sto)
    text, html = newdle_result(ME[0], cr3[0], title3, st, en, limited=False)
    raw = build(
        "n3",
        sender=newdle_sender(cr3),
        to=ME,
        subject=f"Result: {title3}",
        sent=sent,
        text=text,
        html=html,
        attach=(newdle_ics(title3, st, en, cr3, sent), "invite.ics", None),
        headers={"Reply-To": cr3[1]},
        domain="newdle.example.org",
    )
    yield case(
        fam,
        "result_stockholm",
        "en",
        raw,
        slot(st, en, zone=sto),
        "newdle result for a one-hour second round in Stockholm.",
        n_tpl("result_email"),
    )

    text, html = newdle_poll(ME[0], cr[0], title)
    raw = build(
        "n4",
        sender=newdle_sender(cr),
        to=ME,
        subject=f"Invitation: {title}",
        sent=at(2027, 1, 8, 10, 0, ZRH),
        text=text,
        html=html,
        headers={"Reply-To": cr[1]},
        domain="newdle.example.org",
    )
    yield case(
        fam,
        "poll_invitation",
        "en",
        raw,
        None,
        "newdle 'Invitation:' poll: asks the reader to pick times; no slot.",
        n_tpl("invitation_email"),
    )

    title5 = "Panel interview - Field Service Technician (week of 15 March)"
    text, html = newdle_poll(ME[0], "Greta Holm", title5)
    raw = build(
        "n5",
        sender=newdle_sender(("Greta Holm", "greta.holm@nordkraft.example")),
        to=ME,
        subject=f"Invitation: {title5}",
        sent=at(2027, 3, 4, 14, 0, sto),
        text=text,
        html=html,
        headers={"Reply-To": "greta.holm@nordkraft.example"},
        domain="newdle.example.org",
    )
    yield case(
        fam,
        "poll_invitation_week_in_title",
        "en",
        raw,
        None,
        "newdle poll whose title names a week: still a poll.",
        n_tpl("invitation_email"),
    )

    text = (
        f'Hi {ME[0]},\n\n{cr2[0]} has deleted the newdle "{title2}".\n\nComment: We filled the role internally - sorry, and thanks for your time.\n'
        + NEWDLE_FOOT
    )
    html = newdle_html(
        f'<p>Hi {h(ME[0])}</p><p><b>{h(cr2[0])}</b> has deleted the newdle "<b>{h(title2)}</b>".</p><p>Comment: We filled the role internally - sorry, and thanks for your time.</p>'
    )
    raw = build(
        "n6",
        sender=newdle_sender(cr2),
        to=ME,
        subject=f"Deleted: {title2}",
        sent=at(2027, 2, 5, 8, 30, ny),
        text=text,
        html=html,
        headers={"Reply-To": cr2[1]},
        domain="newdle.example.org",
    )
    yield case(
        fam,
        "deleted_poll",
        "en",
        raw,
        None,
        "newdle deletion mail with a comment; no slot.",
        n_tpl("deletion_email"),
    )


def newdlefwd() -> Iterator[Case]:
    fam = "newdlefwd"
    cr = ("Sofia Marchetti", "sofia.marchetti@velaro.example")
    title = "Colloquio tecnico - Backend Developer"
    st, en = at(2027, 2, 11, 14, 30, ROME), at(2027, 2, 11, 15, 15, ROME)
    orig = at(2027, 2, 3, 12, 0, ROME)
    text, _ = newdle_result(ME[0], cr[0], title, st, en, limited=False)
    raw = forward(
        "nf1",
        client="gmail",
        lang="it",
        org=("Sofia Marchetti (via newdle)", "noreply@newdle.example.org"),
        orig_sent=orig,
        subject=f"Result: {title}",
        body_text=text,
        note="Ecco la data definitiva del colloquio.",
    )
    yield case(
        fam,
        "result_fwd_gmail_it",
        "it",
        raw,
        slot(st, en, zone=ROME, original_sender="noreply@newdle.example.org"),
        "Gmail (it) forward of a newdle result mail.",
        n_tpl("result_email"),
    )

    cr2 = ("Daniel Fischer", "d.fischer@quellwerk.example")
    title2 = "Interviews Werkstudent*in Marketing"
    st, en = at(2027, 1, 28, 9, 15, BERLIN), at(2027, 1, 28, 9, 45, BERLIN)
    text, _ = newdle_result(ME[0], cr2[0], title2, st, en, limited=True)
    raw = forward(
        "nf2",
        client="outlook",
        lang="de",
        org=("Daniel Fischer (via newdle)", "noreply@newdle.example.org"),
        orig_sent=at(2027, 1, 20, 17, 0, BERLIN),
        subject=f"Result: {title2}",
        body_text=text,
        note="Mein Slot für das Interview.",
    )
    yield case(
        fam,
        "limited_fwd_outlook_de",
        "de",
        raw,
        slot(st, en, zone=BERLIN, original_sender="noreply@newdle.example.org"),
        "Outlook (de) forward of a newdle limited-slots result.",
        n_tpl("result_email_limited_slots"),
    )

    title3 = "Final interview - Product Analyst"
    lon = "Europe/London"
    st, en = at(2027, 3, 17, 16, 0, lon), at(2027, 3, 17, 17, 0, lon)
    text, _ = newdle_result(ME[0], "Amelia Grant", title3, st, en, limited=False)
    raw = forward(
        "nf3",
        client="apple",
        lang="en",
        org=("Amelia Grant (via newdle)", "noreply@newdle.example.org"),
        orig_sent=at(2027, 3, 9, 10, 20, lon),
        subject=f"Result: {title3}",
        body_text=text,
        note="Final round is set.",
    )
    yield case(
        fam,
        "result_fwd_apple_en",
        "en",
        raw,
        slot(st, en, zone=lon, original_sender="noreply@newdle.example.org"),
        "Apple Mail (en) forward of a newdle result.",
        n_tpl("result_email"),
    )

    text, _ = newdle_poll(ME[0], "Amelia Grant", title3)
    raw = forward(
        "nf4",
        client="gmail",
        lang="en",
        org=("Amelia Grant (via newdle)", "noreply@newdle.example.org"),
        orig_sent=at(2027, 3, 2, 9, 0, lon),
        subject=f"Invitation: {title3}",
        body_text=text,
        note="I still need to vote on this one - I'll pick Wednesday 17 March afternoon.",
    )
    yield case(
        fam,
        "poll_fwd_gmail_en",
        "en",
        raw,
        None,
        "Gmail (en) forward of a newdle poll with the user's own preference; nothing is fixed.",
        n_tpl("invitation_email"),
    )

    text, _ = newdle_result(
        ME[0],
        cr[0],
        title,
        at(2027, 2, 11, 14, 30, ROME),
        at(2027, 2, 11, 15, 15, ROME),
        limited=False,
    )
    raw = forward(
        "nf5",
        client="gmail",
        lang="it",
        org=("Sofia Marchetti (via newdle)", "noreply@newdle.example.org"),
        orig_sent=orig,
        subject=f"Result: {title}",
        body_text=text,
        note="Per archivio: il colloquio si è svolto ieri.",
        delay=timedelta(days=9, hours=2),
    )
    yield case(
        fam,
        "result_fwd_after_it",
        "it",
        raw,
        None,
        "The newdle result forwarded the day after the interview, for the record.",
        n_tpl("result_email"),
    )


# --------------------------------------------------------------------------------------
# Wekan

WK: dict[str, dict[str, str]] = {
    "en": {
        "withDue": "__list__/__card__ due reminders [__board__]",
        "newDue": "__list__/__card__ has 1st due reminder [__board__]",
        "almostdue": "was reminding the current due (__timeValue__) of __card__ is approaching",
        "duenow": "was reminding the current due (__timeValue__) of __card__ is now",
        "pastdue": "was reminding the current due (__timeValue__) of __card__ is past",
    },
    "de": {
        "withDue": "Erinnerung an Fällikgeit von __card__ [__board__]",
        "newDue": "__list__/__card__ hat seine 1. fällige Erinnerung [__board__]",
        "almostdue": "erinnernd an das aktuelle Fälligkeitszeitpunkt (__timeValue__) von __card__ ist bevorstehend",
        "duenow": "erinnernd an das aktuelle Fälligkeitszeitpunkt (__timeValue__) von __card__ ist jetzt",
    },
    "fr": {
        "withDue": "__list__/__card__ rappel d'échéance [__board__]",
        "newDue": "__list__/__card__ a un 1er rappel d'échéance [__board__]",
        "almostdue": "rappelle que l'échéance (__timeValue__) de __card__ approche",
    },
    "es": {
        "withDue": "__list__/__card__ notificaciones de vencimiento [__board__]",
        "almostdue": "se ha notificado que el vencimiento actual (__timeValue__) de __card__ está próximo",
    },
    "pt-BR": {
        "withDue": "__list__/__card__ lembretes de prazo [__board__]",
        "almostdue": "está lembrando que o prazo final atual (__timeValue__) do __card__ está próximo",
    },
    "ru": {
        "withDue": "__list__/__card__ напоминания о сроке выполнения [__board__]",
        "almostdue": "напомнил, что скоро завершается срок выполнения (__timeValue__) карточки __card__",
    },
}
JS_ZONE_NAMES = {
    "Europe/Berlin": ("Central European Standard Time", "Central European Summer Time"),
    "UTC": ("Coordinated Universal Time", "Coordinated Universal Time"),
    "America/Chicago": ("Central Standard Time", "Central Daylight Time"),
    "Europe/Moscow": ("Moscow Standard Time", "Moscow Standard Time"),
}


def js_date(value: datetime) -> str:
    """JavaScript Date.prototype.toString() in the server's zone (Node, en-US zone names)."""
    off = value.utcoffset()
    assert off is not None
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    names = JS_ZONE_NAMES[str(value.tzinfo)]
    name = names[1] if value.dst() else names[0]
    return f"{value:%a %b %d %Y %H:%M:%S} GMT{sign}{hh:02d}{mm:02d} ({name})"


def wekan_mail(
    key: str,
    loc: str,
    title_key: str,
    desc_key: str,
    actor: str,
    card: str,
    lst: str,
    board: str,
    due: datetime,
    sent: datetime,
) -> bytes:
    s = WK[loc]
    subject = (
        s[title_key].replace("__list__", lst).replace("__card__", card).replace("__board__", board)
    )
    desc = s[desc_key].replace("__timeValue__", js_date(due)).replace("__card__", f'"{card}"')
    url = f"https://kanban.example.net/b/{pp.digest(key, 'b')[:17]}/{board.lower().replace(' ', '-')}/{pp.digest(key, 'c')[:17]}"
    text = f"{actor} {desc}\n{url}"
    html = text.replace("\n", "<br/>")
    return build(
        key,
        sender=("Wekan", "wekan@kanban.example.net"),
        to=ME,
        subject=subject,
        sent=sent,
        html=html,
    )


def w_tpl(loc: str) -> str:
    return WEKAN_TPL.replace("{loc}", loc)


def wekandue() -> Iterator[Case]:
    fam = "wekandue"
    utc = "UTC"
    due = at(2027, 1, 12, 9, 0, utc)
    raw = wekan_mail(
        "w1",
        "en",
        "withDue",
        "almostdue",
        "alex",
        "Prepare for interview with Fernhill Analytics",
        "Interviews",
        "Job hunt 2027",
        due,
        at(2027, 1, 11, 9, 0, utc),
    )
    yield case(
        fam,
        "almostdue_en_utc",
        "en",
        raw,
        None,
        "Wekan 'due reminders' for a card 'Prepare for interview with ...': 'Tue Jan 12 2027 09:00:00 GMT+0000 (Coordinated Universal Time)'; a task reminder.",
        w_tpl("en"),
    )

    due = at(2027, 2, 3, 17, 0, "America/Chicago")
    raw = wekan_mail(
        "w2",
        "en",
        "newDue",
        "duenow",
        "alex",
        "Send portfolio to Redwood Studio",
        "Applications",
        "Job hunt 2027",
        due,
        due,
    )
    yield case(
        fam,
        "duenow_en_chicago",
        "en",
        raw,
        None,
        "Wekan '1st due reminder', 'is now' with a Central Standard Time date string: a deadline, not a meeting.",
        w_tpl("en"),
    )

    due = at(2027, 3, 1, 12, 0, BERLIN)
    raw = wekan_mail(
        "w3",
        "de",
        "withDue",
        "almostdue",
        "alex",
        "Vorstellungsgespräch Alpenwerk vorbereiten",
        "Gespräche",
        "Bewerbungen",
        due,
        at(2027, 2, 28, 12, 0, BERLIN),
    )
    yield case(
        fam,
        "almostdue_de_berlin",
        "de",
        raw,
        None,
        "Wekan (de) 'Erinnerung an Fällikgeit' (sic) for an interview-preparation card; the time is the card's due date.",
        w_tpl("de"),
    )

    due = at(2026, 12, 16, 18, 0, BERLIN)
    raw = wekan_mail(
        "w4",
        "fr",
        "withDue",
        "almostdue",
        "camille",
        "Entretien Atelier Lumen : envoyer les références",
        "À faire",
        "Recherche d'emploi",
        due,
        at(2026, 12, 15, 18, 0, BERLIN),
    )
    yield case(
        fam,
        "almostdue_fr",
        "fr",
        raw,
        None,
        "Wekan (fr) 'rappel d'échéance' for a card mentioning an interview.",
        w_tpl("fr"),
    )

    due = at(2027, 1, 25, 10, 0, utc)
    raw = wekan_mail(
        "w5",
        "es",
        "withDue",
        "almostdue",
        "alex",
        "Entrevista Meseta Labs - repasar prueba técnica",
        "Entrevistas",
        "Búsqueda de empleo",
        due,
        at(2027, 1, 24, 10, 0, utc),
    )
    yield case(
        fam,
        "almostdue_es",
        "es",
        raw,
        None,
        "Wekan (es) 'notificaciones de vencimiento' for an interview-preparation card.",
        w_tpl("es"),
    )

    due = at(2027, 3, 8, 14, 0, utc)
    raw = wekan_mail(
        "w6",
        "pt-BR",
        "withDue",
        "almostdue",
        "alex",
        "Entrevista Cerrado Agro - estudar o case",
        "Entrevistas",
        "Carreira",
        due,
        at(2027, 3, 7, 14, 0, utc),
    )
    yield case(
        fam,
        "almostdue_pt_BR",
        "pt-BR",
        raw,
        None,
        "Wekan (pt-BR) 'lembretes de prazo'.",
        w_tpl("pt-BR"),
    )

    due = at(2027, 2, 8, 19, 0, "Europe/Moscow")
    raw = wekan_mail(
        "w7",
        "ru",
        "withDue",
        "almostdue",
        "alex",
        "Собеседование Северсталь: подготовить вопросы",
        "Собеседования",
        "Поиск работы",
        due,
        at(2027, 2, 7, 19, 0, "Europe/Moscow"),
    )
    yield case(
        fam,
        "almostdue_ru",
        "ru",
        raw,
        None,
        "Wekan (ru) 'напоминания о сроке выполнения'.",
        w_tpl("ru"),
    )


# --------------------------------------------------------------------------------------
# Indico event reminders (English, en_GB formats)


def indico_mail(
    key: str,
    title: str,
    st: datetime,
    location: str,
    room: str,
    address: str,
    url: str,
    note: str = "",
    agenda: list[tuple[str, str, str]] | None = None,
    sent: datetime | None = None,
) -> tuple[str, str, datetime]:
    zone = str(st.tzinfo)
    short = babel_dt(st, "dd/MM/y, HH:mm", tzinfo=st.tzinfo, locale="en_GB")
    medium = babel_dt(st, "d MMM y, HH:mm", tzinfo=st.tzinfo, locale="en_GB")
    subject = f"[Event reminder] {title} ({short} {zone})"
    body = f'Please note that the event "{title}" will start on {medium} ({zone}).'
    if location:
        body += (
            f"\nIt will take place at {location} ({room})."
            if room
            else f"\nIt will take place at {location}."
        )
        if address:
            body += "\nAddress:\n\n    " + "\n    ".join(address.split("\n"))
    body += f"\n\nYou can access the full event here:\n{url}"
    if note:
        body += f"\n\n\nNote\n----\n{note}"
    if agenda:
        head = f"Agenda for {title}"
        body += f"\n\n\n{head}\n{'-' * len(head)}\n\n" + "\n".join(
            f"- [{a} - {b}] {t}" for a, b, t in agenda
        )
    body += f"\n\n--\nIndico :: Email Notifier\n{url.rsplit('/event/', 1)[0]}/\n"
    return subject, body, sent or (st - timedelta(days=1))


INDICO_FROM = ("Indico", "noreply-indico@events.uni-example.org")


def indicoremind() -> Iterator[Case]:
    fam = "indicoremind"
    base = "https://events.uni-example.org/event/"
    st = at(2027, 1, 19, 16, 15, ZRH)
    subject, body, sent = indico_mail(
        "i1",
        "Physics Colloquium: Quantum sensing in the field",
        st,
        "Main Building",
        "Auditorium H",
        "Rämistrasse 101\n8092 Zürich",
        base + "4711/",
    )
    raw = build("i1", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "colloquium",
        "en",
        raw,
        None,
        "Indico reminder for a public colloquium: '19 Jan 2027, 16:15 (Europe/Zurich)'; a group event.",
        INDICO_TPL,
    )

    st = at(2027, 2, 2, 9, 0, ZRH)
    subject, body, sent = indico_mail(
        "i2",
        "Workshop on Research Software 2027",
        st,
        "Conference Centre",
        "",
        "",
        base + "4890/",
        agenda=[
            ("09:00", "09:30", "Welcome and introduction"),
            ("09:30", "10:30", "Packaging scientific code"),
            ("11:00", "12:30", "Hands-on session"),
        ],
    )
    raw = build("i2", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "workshop_agenda",
        "en",
        raw,
        None,
        "Indico reminder with an agenda for a workshop; many times, none a meeting with the reader.",
        INDICO_TPL,
    )

    gva = "Europe/Zurich"
    st = at(2027, 3, 4, 14, 0, gva)
    subject, body, sent = indico_mail(
        "i3",
        "Group meeting (weekly)",
        st,
        "",
        "",
        "",
        base + "5012/",
        note="Please upload your slides before the meeting.",
    )
    raw = build("i3", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "group_meeting_note",
        "en",
        raw,
        slot(st, zone=gva, kind="invitation"),
        "Indico reminder for the weekly meeting of the reader's group, asking them to upload slides: a meeting they are expected at. First labelled a look-alike; relabelled after the first run to follow the corpus convention for a group's meetings the reader belongs to (commcall, lugstamm, zebranie, osirc).",
        INDICO_TPL,
    )

    st = at(2027, 2, 24, 10, 30, ZRH)
    subject, body, sent = indico_mail(
        "i4",
        "Postdoc fellowship interview - Alex Morgan",
        st,
        "Physics Building",
        "Room 3.21",
        "",
        base + "4954/",
        note="Your interview panel: Prof. L. Haller, Dr. S. Nyberg. Please plan for 40 minutes, including a 10-minute presentation.",
        sent=at(2027, 2, 23, 10, 30, ZRH),
    )
    raw = build("i4", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "own_interview_note",
        "en",
        raw,
        slot(st, st + timedelta(minutes=40), zone=ZRH, kind="invitation"),
        "Indico reminder of the reader's own fellowship interview, with a note giving a 40-minute length.",
        INDICO_TPL,
    )

    st = at(2027, 3, 10, 15, 0, "Europe/Paris")
    subject, body, sent = indico_mail(
        "i5",
        "Selection panel interview: Alex Morgan (PhD position 2027-14)",
        st,
        "",
        "",
        "",
        base + "5101/",
        sent=at(2027, 3, 8, 15, 0, "Europe/Paris"),
    )
    raw = build("i5", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "own_interview_paris",
        "en",
        raw,
        slot(st, zone="Europe/Paris", kind="invitation"),
        "Indico reminder for the reader's PhD selection interview, no location; no end stated.",
        INDICO_TPL,
    )

    st = at(2027, 1, 29, 12, 0, "America/Chicago")
    subject, body, sent = indico_mail(
        "i6",
        "Career Fair 2027: Employer sessions",
        st,
        "Student Union",
        "Ballroom",
        "",
        base + "4822/",
        agenda=[("12:00", "12:45", "Meet the employers"), ("13:00", "14:00", "CV clinic")],
    )
    raw = build("i6", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "career_fair_chicago",
        "en",
        raw,
        None,
        "Indico reminder for a career fair the reader registered for: a public event.",
        INDICO_TPL,
    )

    st = at(2026, 12, 14, 11, 0, "Europe/Berlin")
    subject, body, sent = indico_mail(
        "i7",
        "Information session: graduate programme 2027",
        st,
        "Online",
        "",
        "",
        base + "4650/",
        note="The Zoom link will be shared in the event page.",
    )
    raw = build("i7", sender=INDICO_FROM, to=ME, subject=subject, sent=sent, text=body)
    yield case(
        fam,
        "info_session_online",
        "en",
        raw,
        None,
        "Indico reminder for an online information session for all applicants.",
        INDICO_TPL,
    )


def indicofwd() -> Iterator[Case]:
    fam = "indicofwd"
    base = "https://indico.example-lab.org/event/"
    st = at(2027, 2, 15, 14, 0, ZRH)
    subject, body, sent = indico_mail(
        "if1",
        "Interview: Software Engineer (Controls) - A. Morgan",
        st,
        "Building 40",
        "Meeting room 40-S2-C01",
        "",
        base + "1187/",
        sent=at(2027, 2, 14, 14, 0, ZRH),
    )
    raw = forward(
        "if1",
        client="gmail",
        lang="en",
        org=("Indico", "noreply-indico@example-lab.org"),
        orig_sent=sent,
        subject=subject,
        body_text=body,
        note="Reminder for tomorrow's interview.",
    )
    yield case(
        fam,
        "own_interview_fwd_gmail",
        "en",
        raw,
        slot(st, zone=ZRH, original_sender="noreply-indico@example-lab.org"),
        "Gmail (en) forward of an Indico reminder of the reader's interview.",
        INDICO_TPL,
    )

    st = at(2027, 3, 23, 9, 30, "Europe/Paris")
    subject, body, sent = indico_mail(
        "if2",
        "Entretien de recrutement - Ingénieur(e) R&D - A. Morgan",
        st,
        "Bâtiment B",
        "Salle 112",
        "",
        base + "1240/",
        sent=at(2027, 3, 21, 9, 30, "Europe/Paris"),
    )
    raw = forward(
        "if2",
        client="thunderbird",
        lang="fr",
        org=("Indico", "noreply-indico@example-lab.org"),
        orig_sent=sent,
        subject=subject,
        body_text=body,
        note="Rappel de mon entretien.",
    )
    yield case(
        fam,
        "own_interview_fwd_tb_fr",
        "fr",
        raw,
        slot(st, zone="Europe/Paris", original_sender="noreply-indico@example-lab.org"),
        "Thunderbird (fr) forward of an English Indico reminder of the reader's interview.",
        INDICO_TPL,
    )

    st = at(2027, 1, 14, 17, 0, ZRH)
    subject, body, sent = indico_mail(
        "if3",
        "Seminar: Machine learning for accelerator operations",
        st,
        "Auditorium",
        "",
        "",
        base + "1150/",
    )
    raw = forward(
        "if3",
        client="gmail",
        lang="en",
        org=("Indico", "noreply-indico@example-lab.org"),
        orig_sent=sent,
        subject=subject,
        body_text=body,
        note="Might be worth going to before my interview there - not sure yet.",
    )
    yield case(
        fam,
        "seminar_fwd_gmail",
        "en",
        raw,
        None,
        "A seminar reminder forwarded with a note that the user may attend.",
        INDICO_TPL,
    )

    st = at(2027, 2, 26, 10, 0, BERLIN)
    subject, body, sent = indico_mail(
        "if4",
        "Doktorandentag 2027",
        st,
        "Hörsaalzentrum",
        "HS 1",
        "",
        base + "1201/",
        agenda=[
            ("10:00", "10:15", "Begrüßung"),
            ("10:15", "12:00", "Posterpräsentationen"),
            ("13:00", "14:30", "Podiumsdiskussion Karrierewege"),
        ],
    )
    raw = forward(
        "if4",
        client="outlook",
        lang="de",
        org=("Indico", "noreply-indico@example-lab.org"),
        orig_sent=sent,
        subject=subject,
        body_text=body,
        note="Zur Info, falls du auch hingehst.",
    )
    yield case(
        fam,
        "phd_day_fwd_outlook_de",
        "de",
        raw,
        None,
        "Outlook (de) forward of a reminder for a PhD day with an agenda: a group event.",
        INDICO_TPL,
    )

    st = at(2027, 3, 3, 13, 0, ZRH)
    subject, body, sent = indico_mail(
        "if5",
        "Group meeting: Detector upgrades",
        st,
        "",
        "",
        "",
        base + "1222/",
        note="Guests welcome.",
    )
    raw = forward(
        "if5",
        client="gmail",
        lang="en",
        org=("Indico", "noreply-indico@example-lab.org"),
        orig_sent=sent,
        subject=subject,
        body_text=body,
        note="The group I'd join invites guests to this - I might sit in.",
    )
    yield case(
        fam,
        "group_meeting_fwd",
        "en",
        raw,
        None,
        "A group-meeting reminder forwarded by a candidate who might sit in.",
        INDICO_TPL,
    )


BUILDERS: list[Callable[[], Iterator[Case]]] = [
    kolabinvite,
    kolabfwd,
    kolabworld,
    olatappt,
    olatintl,
    newdleresult,
    newdlefwd,
    wekandue,
    indicoremind,
    indicofwd,
]


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the toolsC13 batch (`build_toolsC13.py`)",
        "",
        "Notification mail rendered from the real templates and translations of the Kolab calendar plugin for Roundcube "
        f"({KOLAB}, localizations and libcalendaring's event_date_text()), OpenOLAT's appointment scheduling ({OLAT}), newdle ({NEWDLE}), "
        f"Wekan ({WEKAN}) and Indico's event reminders ({INDICO}); files in every label's `source.template`. Strings were re-read in those "
        "repositories (Kolab's localizations are the last version kept in i-MSCP/plugins before that copy was removed). OpenOLAT's "
        "Java SHORT date-times are babel's CLDR short patterns; Indico's reminder is rendered in en_GB as its test output shows; "
        "Wekan's time is a JavaScript Date.toString() as its email.js interpolates it. HTML wrappers are shortened. MIME layouts "
        "(Kolab: text/plain + event.ics with method; newdle: text + HTML + invite.ics; Wekan: HTML only; Indico: text) are recalled "
        "from those projects' mail code. Forward header blocks are the layouts of build_toolsB12.py and build_parse-pos.py (from "
        "memory of the clients), with a few labels added (Outlook en/it/ru/ja/sv, Gmail es/pl/nl, Thunderbird cs/fr). People, "
        "companies, courses, boards, events and notes are made up and ours.",
        "",
        "Every label was written from the `datetime`s that were rendered (zoneinfo offsets), before the parser was run on the "
        f"message (one dev label was changed after the first run: see Figures). Held-out families ({', '.join(held)}) were chosen before the parser was run; their files are not listed here. "
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_toolsC13.py` (deterministic).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        negatives = sum(1 for item in items if item.label.get("kind") == NEG)
        lines.append(
            f"- **{name}** ({len(items)} messages, {negatives} negatives, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Figures (quick.py, this batch only)", "", FIGURES]
    lines += ["", "## Files (dev only)", ""]
    dev = sorted((item for item in cases if item.split == "dev"), key=lambda c: c.filename)
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


FIGURES = (
    "First sight, before any parser change (quick.py on this batch's files; the Indico "
    "group-meeting reminder still labelled a look-alike): dev text invitations right 12/14, "
    "calendar-bearing 13/13, negatives claimed 6/19 (five Wekan due reminders, the Indico "
    "group meeting); held out text 11/13, calendar-bearing 4/4, negatives claimed 2/7.\n\n"
    "After the fixes (when.py: CLDR 'en' short date-time 'M/d/yy, h:mm AM' read month first "
    "outside UTC and UTC+5..+8; a block's 'Previous/New appointment' heading marks its time "
    "old or new; lexicon.py: 'to' inside 'one-to-one' is no new-time cue; task-board due "
    "reminders are other business) and the Indico group-meeting reminder relabelled an "
    "invitation (the corpus convention for a group's meetings the reader belongs to): dev "
    "text 15/15, calendar-bearing 13/13, negatives claimed 1/18; held out text 13/13, "
    "calendar-bearing 4/4, negatives claimed 2/7. Left: OpenOLAT's 'Appointment ... reopened' "
    "(en) is still read as the slot (one software's wording)."
)


def main() -> int:
    cases = [item for build_ in BUILDERS for item in build_()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-toolsC13.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") == NEG)
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
