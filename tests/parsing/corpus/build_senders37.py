# ruff: noqa: E501
"""Write the "senders37" batch: mail from scheduling, booking and recruiting software new to
the corpus, rendered from each project's real templates and real localized strings.

Run: .venv/bin/python tests/parsing/corpus/build_senders37.py

Families (one sender/template kind each):
- openmeet37   Apache OpenMeetings appointment mails (new / changed / cancelled / reminder),
               the appointment page nested in the invitation page, Java CLDR MEDIUM/SHORT
               datetimes (en-US, de, fr, es, ru, sv, ja, it) and forwards.
- organizer37  Moodle mod_organizer (appointment scheduler) messages: reminder, assigned by
               teacher, deleted, details changed, registration reminder (en, de).
- otrscal37    OTRS AppointmentCalendar 'Appointment reminder notification' (en, de, hu,
               sr-Latn) with OTRS's DateFormat.
- dolirecruit37 Dolibarr recruitment: the answer to a candidature ('Your candidature' /
               'Thank you for your candidature.<br>...') completed by the recruiter, either
               with an interview slot or as 'application received' (fr, de, es).
- tasty37      TastyIgniter table reservations: confirmation, update, reminder (look-alikes).
- erpappt37    ERPNext appointment booking: 'Appointment Confirmation' verification mail
               (look-alike: nothing fixed until the link is clicked).
- twenty37     Twenty CRM workspace invitation (look-alike: a team invitation).
- civievent37  CiviCRM event registration receipts with a session schedule and a wait list
               (look-alikes; added after the draw below, in dev).

Labels were written from the datetimes the text is rendered from, before the parser was run
on the batch. Held-out families were drawn by
`random.Random("senders37 coin").sample(sorted(families), 2)` before anything was measured.
Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from html import escape
from pathlib import Path
from types import ModuleType

from babel.dates import format_datetime

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


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
import wrappers as wr  # noqa: E402  (tests/parsing on sys.path above)

at, Case = pp.at, pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
OWN = "made-up people, companies and dates; our own wording where the template leaves text to the user"

FAMILIES = (
    "openmeet37",
    "organizer37",
    "otrscal37",
    "dolirecruit37",
    "tasty37",
    "erpappt37",
    "twenty37",
)
HELD = frozenset(random.Random("senders37 coin").sample(sorted(FAMILIES), 2))
# civievent37 was added after the draw (and after the first measurement of the others, before
# its own): it is in dev so that the draw above stays what it was.
FAMILIES = (*FAMILIES, "civievent37")
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

OM = "apache/openmeetings@32adbc8efd8a3b9a0f6c59632cc2a4749f67a216"
OM_SRC = (
    f"{OM.split('@')[0]}:openmeetings-service/src/main/java/org/apache/openmeetings/service/mail/"
    "template/{InvitationTemplate.html,InvitationTemplate.java,subject/AppointmentTemplate.*,"
    "subject/InvitedAppointmentTemplate.*,subject/{Created,Updated,Canceled}AppointmentTemplate.java,"
    "subject/AppointmentReminderTemplate.java} + openmeetings-web/src/main/java/org/apache/"
    "openmeetings/web/app/Application{,_de,_fr,_es,_ru,_sv,_ja,_it}.properties.xml (keys 500, 501, "
    "502, 504, 505, 1151, 1152, 1155, 1156, 1157, 1158, label.start, label.end, "
    "template.room.invitation.text)@" + OM.split("@")[1]
)
ORG_HEAD = "da95d2e60cbbe45ecc6c7bdce24760338ab40ded"
ORG_DE = "a528f9894be01b01ef6013be083ac09006e146dc"
ORG_SRC = {
    "en": f"academic-moodle-cooperation/moodle-mod_organizer:lang/en/organizer.php + messaging.php (date/time via datetemplate '%d.%m.%Y', timetemplate '%H:%M')@{ORG_HEAD}",
    "de": f"academic-moodle-cooperation/moodle-mod_organizer:lang/de/organizer.php@{ORG_DE}",
}
OTRS = "OTRS/OTRSAppointmentCalendar@e1e78e50896ccb811acb4c111e344d6612595ca5"
OTRS_SRC = (
    "OTRS/OTRSAppointmentCalendar:var/packagesetup/OTRSAppointmentCalendar.pm (default "
    "'Appointment reminder notification' Message de/en/hu/sr_Latn) + Kernel/System/"
    "CalendarTemplateGenerator.pm (FormatTimeString 'DateFormat')@e1e78e50896ccb811acb4c111e344d6612595ca5; "
    "DateFormat of OTRS core Kernel/Language/{en,de,hu,sr_Latn}.pm ('%M/%D/%Y %T', '%D.%M.%Y %T', "
    "'%Y.%M.%D %T'), Yes/No words recalled"
)
DOLI = {
    "fr": "Dolibarr/dolibarr:htdocs/langs/fr_FR/recruitment.lang@04891fc842baaed83c2df59aa4bdee02b38ccc81",
    "de": "Dolibarr/dolibarr:htdocs/langs/de_DE/recruitment.lang@02d1bd286873b62753f95b00ec4f1736805d732b",
    "es": "Dolibarr/dolibarr:htdocs/langs/es_ES/recruitment.lang@04757d351e002ef22dbce50cc00636ecceb6ed53",
}
TASTY = "tastyigniter/ti-ext-reservation:resources/views/mail/{reservation,reservation_update,reservation_reminder}.blade.php@6d77c72e6a4a087a67b8766ad22c3d3184942e9d"
ERP = "frappe/erpnext:erpnext/crm/doctype/appointment/appointment.py (after_insert)@0082b780759460c0ae635d95fec28e043e8ed316"
TWENTY = "twentyhq/twenty:packages/twenty-emails/src/emails/send-invite-link.email.tsx@0753537a216dd22a883e825f341e80f7ee2b6b0c"
CIVI = (
    "civicrm/civicrm-core:xml/templates/message_templates/event_online_receipt_text.tpl"
    "@03b412ae5b8d7047f8e378038a32fe731b6e7fb0; crmDate with CiviCRM's default "
    "dateformatDatetime '%B %E%f, %Y %l:%M %P' and dateformatTime '%l:%M %P' (recalled)"
)

LICENSES = {
    "openmeet37": "Apache-2.0 (Apache OpenMeetings)",
    "organizer37": "GPL-3.0-or-later (Moodle plugin mod_organizer)",
    "otrscal37": "GPL-3.0 (OTRSAppointmentCalendar)",
    "dolirecruit37": "GPL-3.0-or-later (Dolibarr)",
    "tasty37": "MIT (TastyIgniter)",
    "erpappt37": "GPL-3.0 (ERPNext)",
    "twenty37": "AGPL-3.0 (Twenty)",
    "civievent37": "AGPL-3.0 (CiviCRM)",
}

SOURCES = {
    "openmeet37": "Apache OpenMeetings appointment mail: the InvitationTemplate page ('{0} - "
    "Invitation', 'Message from user:', 'Message:') holding the appointment page (title, "
    "'Start', 'End', 'Organizer:') and the room links; subject '<prefix> <title> <start SHORT> - "
    "<end SHORT>'; datetimes in the invitee's zone with no zone name (en-US, de, fr, es, ru, sv, "
    "ja, it; Gmail and Outlook forwards). " + OM_SRC,
    "organizer37": "Moodle mod_organizer messages (reminder, assigned by teacher, deleted, "
    "details changed, registration reminder) with 'dd.mm.yyyy' and 'HH:MM' as the plugin "
    "formats them, for a careers service's interview slots (en, de; Outlook forward).",
    "otrscal37": "OTRS AppointmentCalendar reminder notification (HTML) with start/end in "
    "OTRS's DateFormat and no zone (en-US, de, hu, sr-Latn). " + OTRS_SRC,
    "dolirecruit37": "Dolibarr recruitment: answer to a candidature, subject 'YourCandidature' "
    "and body 'YourCandidatureAnswerMessage' completed by the recruiter with an interview slot "
    "(invitation) or an 'application received' note with a reply-by date (look-alike) (fr, de, "
    "es; Gmail forward).",
    "tasty37": "TastyIgniter reservation confirmation, status update and reminder for a table "
    "(look-alikes with a date and time) (en, en-GB).",
    "erpappt37": "ERPNext appointment booking verification ('Appointment Confirmation', 'Please "
    "click the following link to confirm your appointment:') - nothing fixed yet (en; Gmail "
    "forward with a dated note).",
    "twenty37": "Twenty CRM 'Join your team on Twenty' workspace invitation from a recruiting "
    "team (look-alike: an account invitation) (en).",
    "civievent37": "CiviCRM online event registration receipt (text): 'This letter is a "
    "confirmation that your registration has been received', 'Event Information and "
    "Location', the event's day and crmDate range, a 'Your schedule:' list of sessions, the "
    "wait-list variant (look-alikes: a careers event, not an interview) (en-US, en-GB).",
}

RE_BOUNDARY = re.compile(rb"={15}\d+==")


def steady(raw: bytes, key: str) -> bytes:
    """The email package draws multipart boundaries at random: fix them so reruns are equal."""
    for number, found in enumerate(sorted(set(RE_BOUNDARY.findall(raw)))):
        raw = raw.replace(found, f"=_s37_{pp.digest(key, str(number))[:16]}".encode())
    return raw


def make(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    label: dict[str, object],
    note: str,
    template: str,
    *,
    text: str | None = None,
    html: str | None = None,
) -> Case:
    raw = pp.mail(
        f"senders37/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent,
        text=text, html=html,
    )  # fmt: skip
    return Case(family, SPLITS[family], name, raw, label, lang, note, template, LICENSES[family])


def forwarded(item: Case, name: str, client: str, wlang: str, note: str, how: str) -> Case:
    raw = wr.wrap(item.raw, wr.Wrapper(client, wlang, note))
    assert raw is not None
    raw = steady(raw, f"senders37-fwd-{item.family}-{name}")
    label = dict(item.label)
    sender = str(label.pop("organizer_email", "")) or str(label.pop("_from", ""))
    label.pop("_from", None)
    label["original_sender"] = sender
    return Case(
        item.family, item.split, name, raw, label, item.language,
        f"{how} ({client}, {wlang} client) of: {item.note}", item.template, item.license,
    )  # fmt: skip


def slot(
    start: datetime, end: datetime | None = None, *, kind: str | None = "invitation",
    sent: datetime,
) -> dict[str, object]:  # fmt: skip
    label = p8.slot(start, end, kind=kind or "invitation", sent=sent)
    if kind is None:
        del label["kind"]
    return dict(label)


# --------------------------------------------------------------------------------------
# openmeet37: Apache OpenMeetings

OM_STR = {
    "en_US": dict(inv="{0} - Invitation", user="Message from user:", msg="Message:", click="Click here to enter room", copy="If you have problems with the link, please copy and paste this to your browser:", new="New {0} conference:", details="Details:", changed="Changed {0} conference:", org="Organizer:", canceled="Canceled {0} conference:", reminder="{0} conference reminder:", end="End", start="Start", room="Click this link to participate in the conference [The link may only work for a certain period.]:"),
    "de_DE": dict(inv="{0} - Einladung", user="Nachricht von Nutzer:", msg="Nachricht:", click="Klicken Sie hier", copy="Wenn der Link fehlerhaft dargestellt wird, kopieren Sie bitte folgenden Link in die Adresszeile ihres Browsers:", new="Neue {0} Konferenz:", details="Details:", changed="{0} Konferenz geändert:", org="Organisation durch:", canceled="{0} Konferenz abgesagt:", reminder="Erinnerung an {0} Konferenz:", end="Ende", start="Start", room="Klicken Sie auf diesen Link, um in den Raum zu gelangen:"),
    "fr_FR": dict(inv="{0} - Invitation", user="Message de :", msg="Message :", click="Cliquez pour entrer dans la salle", copy="Si ce lien ne fonctionne pas, copier/coller-le dans votre navigateur.", new="Nouvelle conférence {0} :", details="Détails :", changed="Conférence {0} modifiée :", org="Organisateur :", canceled="Conférence {0} annulée :", reminder="Rappel conférence {0} :", end="Fin", start="Début", room="Cliquez sur le lien pour participer à la conférence :"),
    "es_ES": dict(inv="{0} - Invitación", user="Mensaje del usuario:", msg="Mensaje:", click="Pulse aquí para entrar a la sala", copy="Si tiene problemas con el enlace, le sugerimos que copie y pegue el siguiente texto en su navegador:", new="Nueva {0} conferencia:", details="Detalles:", changed="Conferencia {0} cambiada:", org="Organizar:", canceled="Conferencia {0} cancelada:", reminder="{0} Recordatorio de conferencia:", end="Final", start="Inicio", room="Pulse en este enlace para poder participar en la conferencia [El enlace puede estar activo solamente por un cierto tiempo]:"),
    "ru_RU": dict(inv="{0}: Приглашение", user="Сообщение от участника:", msg="Текст сообщения:", click="Нажмите здесь для того, чтобы войти в комнату совещаний", copy="Если не удаётся перейти по ссылке, скопируйте этот URL в браузер:", new="Новая конференция {0}:", details="Детали:", changed="Изменённая конференция {0}:", org="Организатор:", canceled="Отменённая конференция {0}:", reminder="Напоминание конференции {0}:", end="Конец", start="Начало", room="Перейдите по ссылке, чтобы принять участие в совещании. [Ссылка может быть доступна только в определённое время]"),
    "sv_SE": dict(inv="{0} - Inbjudan", user="Meddelande från användare:", msg="Meddelande:", click="Klicka här för att gå in i rummet.", copy="Om du har problem med länken, var vänlig kopiera och klistra in detta i din webbläsare:", new="Ny {0} konferens:", details="Detaljer:", changed="{0}-konferensen ändrades:", org="Organisatör:", canceled="{0}-konferensen ställdes in:", reminder="{0} konferenspåminnelse:", end="Slut", start="Början", room="Klicka på denna länk för att delta i mötet [länken kanske är giltig bara under en viss tid]:"),
    "ja_JP": dict(inv="{0} - 会議参加依頼", user="宛先ユーザー:", msg="メッセージ:", click="会議室に入室するにはここをクリックしてください。", copy="リンクが動作しない場合、ブラウザに下記URLをコピー&ペーストしてください。:", new="{0}会議が設定されました:", details="詳細:", changed="{0}会議が更新されました:", org="主催者:", canceled="{0}会議がキャンセルされました:", reminder="{0}会議リマインダ:", end="終了", start="開始", room="会議に参加するには:"),
    "it_IT": dict(inv="{0} - Inviti", user="Messaggio dall'utente:", msg="Messaggio:", click="Clicca qui per entrare nella stanza", copy="Se hai problemi con il collegamento, per favore copia e incolla questo sul browser:", new="{0} nuove conferenze:", details="Dettagli:", changed="{0} conferenze modificate:", org="Organizzatore:", canceled="{0} conferenze cancellate:", reminder="{0} promemoria di conferenze:", end="Fine", start="Inizio", room="Clicca questo link per partecipare alla conferenza [Il collegamento potrebbe funzionare solo per un certo periodo di tempo.]"),
}  # fmt: skip
APP = "OpenMeetings"


def om_mail(
    locale: str, what: str, title: str, desc: str, start: datetime, end: datetime,
    inviter: str, link: str | None,
) -> tuple[str, str]:  # fmt: skip
    """(subject, html) as OpenMeetings renders an appointment mail for one invitee."""
    s = OM_STR[locale]
    prefix = s[what].format(APP)

    def medium(value: datetime) -> str:
        return str(format_datetime(value.replace(tzinfo=None), "medium", locale=locale))

    def short(value: datetime) -> str:
        return str(format_datetime(value.replace(tzinfo=None), "short", locale=locale))

    subject = f"{prefix} {title} {short(start)} - {short(end)}"
    inner = f"<span>{escape(prefix)}</span>&nbsp;<span>{escape(title)}</span>"
    if desc:
        inner += (
            f"<div><br/><span>{escape(s['details'])}</span><br/>&nbsp;<span>{desc}</span></div>"
        )
    inner += (
        f"<br/><span>{escape(s['start'])}</span>&nbsp;<span>{escape(medium(start))}</span><br/>"
        f"<span>{escape(s['end'])}</span>&nbsp;<span>{escape(medium(end))}</span><br/>"
    )
    if what != "reminder":
        inner += f"<span>{escape(s['org'])}</span>&nbsp;<span>{escape(inviter)}</span><br/>"
    body = (
        f"<h2>{escape(s['inv'].format(APP))}</h2>\n"
        f"<span>{escape(s['user'])}</span> <span>{escape(inviter)}</span><br />\n"
        f"<span>{escape(s['msg'])}</span> <span>{inner}</span>\n<br /><br />\n"
    )
    if link:
        body += (
            f'<div class="action">\n<span>{escape(s["room"])}</span><br /><br>\n'
            f'<a href="{link}"><span>{escape(s["click"])}</span></a>\n<br><br />\n'
            f"<span>{escape(s['copy'])}</span>\n<br /><br />\n<span>{link}</span>\n<br />\n</div>\n"
        )
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta name="viewport" content="width=device-width, '
        'initial-scale=1.0">\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        "<style>body { background-color: #f5f5f5; font-family: 'Segoe UI', sans-serif; }</style>\n"
        '</head>\n<body>\n<div class="main">\n<div class="wrapper">\n'
        + body
        + "</div>\n</div>\n</body>\n</html>\n"
    )
    return subject, page


def openmeet37() -> Iterator[Case]:
    f = "openmeet37"
    dec = (2026, 12)

    def one(
        name: str, locale: str, lang: str, zone: str, what: str, title: str, desc: str,
        start: tuple[int, int, int, str], end: tuple[int, int], host: str, inviter: str,
        note: str,
    ) -> Case:  # fmt: skip
        st = at(*dec, start[0], start[1], start[2], zone, start[3])
        en = at(*dec, start[0], end[0], end[1], zone)
        sent = at(2026, 12, 3, 9, 12, zone, "Thu")
        link = (
            None
            if what == "canceled"
            else f"https://{host}/openmeetings/hash?invitation=c8f1{st:%d%H%M}a7"
        )
        subject, page = om_mail(locale, what, title, desc, st, en, inviter, link)
        kind = {
            "new": "invitation",
            "reminder": "invitation",
            "canceled": "cancellation",
            "changed": None,
        }[what]
        label = slot(st, en, kind=kind, sent=sent)
        label["_from"] = f"noreply@{host}"
        return make(
            f,
            name,
            lang,
            ("OpenMeetings", f"noreply@{host}"),
            subject,
            sent,
            label,
            note,
            OM_SRC,
            html=page,
        )

    items = [
        one("en_new_chicago", "en_US", "en-US", "America/Chicago", "new",
            "Interview - Data Analyst (Fenwick Analytics)",
            "Video interview with the analytics team. Please join five minutes early to test audio.",
            (15, 10, 0, "Tue"), (10, 45), "meet.fenwick-analytics.example.com", "Dana Whitaker",
            "OpenMeetings 'New OpenMeetings conference:' with 'Start Dec 15, 2026, 10:00:00 AM' / 'End ... 10:45:00 AM' (NNBSP before AM as CLDR prints it) inside the invitation page; no zone."),
        one("de_neu_berlin", "de_DE", "de", "Europe/Berlin", "new",
            "Vorstellungsgespräch Backend-Entwicklung", "Gespräch mit Teamleitung und HR.",
            (10, 14, 0, "Thu"), (15, 0), "konferenz.lindqvist-systeme.example.de", "Katrin Vogel",
            "OpenMeetings 'Neue OpenMeetings Konferenz:' with 'Start 10.12.2026, 14:00:00' / 'Ende 10.12.2026, 15:00:00'; no zone."),
        one("fr_modifiee_paris", "fr_FR", "fr", "Europe/Paris", "changed",
            "Entretien - Chargée de communication", "Entretien avec la directrice de la communication.",
            (11, 11, 30, "Fri"), (12, 15), "visio.atelier-marais.example.fr", "Hélène Marchand",
            "OpenMeetings 'Conférence OpenMeetings modifiée :' with the current 'Début 11 déc. 2026, 11:30:00'; nothing says whether the time moved, so no kind."),
        one("es_cancelada_madrid", "es_ES", "es", "Europe/Madrid", "canceled",
            "Entrevista - Analista de datos", "",
            (14, 16, 0, "Mon"), (16, 45), "reuniones.grupo-alcor.example.es", "Marta Giménez",
            "OpenMeetings 'Conferencia OpenMeetings cancelada:' naming the cancelled slot 'Inicio 14 dic 2026, 16:00:00'; no room link on a cancellation."),
        one("ru_napominanie_moscow", "ru_RU", "ru", "Europe/Moscow", "reminder",
            "Собеседование: инженер по тестированию", "Собеседование с руководителем отдела QA.",
            (9, 12, 0, "Wed"), (13, 0), "vks.severtech.example.ru", "Ольга Смирнова",
            "OpenMeetings reminder 'Напоминание конференции OpenMeetings:' with 'Начало 9 дек. 2026 г., 12:00:00' (NNBSP before г.); no zone."),
        one("sv_ny_stockholm", "sv_SE", "sv", "Europe/Stockholm", "new",
            "Intervju - UX-designer", "Intervju med designteamet.",
            (16, 13, 0, "Wed"), (14, 0), "mote.norrsken-digital.example.se", "Johan Lindgren",
            "OpenMeetings 'Ny OpenMeetings konferens:' with 'Början 16 dec. 2026 13:00:00' (no comma); no zone."),
        one("ja_new_tokyo", "ja_JP", "ja", "Asia/Tokyo", "new",
            "一次面接（バックエンドエンジニア）", "人事部と開発部長が参加します。",
            (17, 15, 0, "Thu"), (16, 0), "meet.kaede-soft.example.jp", "佐藤 恵美",
            "OpenMeetings 'OpenMeetings会議が設定されました:' with '開始 2026/12/17 15:00:00'; no zone."),
        one("it_cancellata_rome", "it_IT", "it", "Europe/Rome", "canceled",
            "Colloquio - Sviluppatore frontend", "",
            (18, 9, 30, "Fri"), (10, 30), "riunioni.studio-cerulea.example.it", "Giulia Ferri",
            "OpenMeetings 'OpenMeetings conferenze cancellate:' (the Italian plural as shipped) naming 'Inizio 18 dic 2026, 09:30:00'."),
        one("en_reminder_denver", "en_US", "en-US", "America/Denver", "reminder",
            "Final interview - Site Reliability Engineer", "Panel with two engineers and the hiring manager.",
            (8, 15, 30, "Tue"), (17, 0), "meet.summit-ops.example.com", "Ryan Okafor",
            "OpenMeetings 'OpenMeetings conference reminder:' with 'Start Dec 8, 2026, 3:30:00 PM' / 'End ... 5:00:00 PM'; no zone."),
        one("de_neu_wien", "de_DE", "de-AT", "Europe/Vienna", "new",
            "Zweitgespräch Controlling", "",
            (21, 10, 0, "Mon"), (11, 30), "meeting.donau-finanz.example.at", "Stefan Huber",
            "OpenMeetings 'Neue OpenMeetings Konferenz:' for 21.12.2026, 10:00:00 - 11:30:00; no description block; no zone."),
    ]  # fmt: skip
    by_name = {item.name: item for item in items}
    for item in items:
        if item.name not in ("en_reminder_denver", "de_neu_wien"):
            yield item
    yield forwarded(
        by_name["en_reminder_denver"],
        "en_reminder_fwd_gmail",
        "gmail",
        "en",
        "please",
        "Forwarded inline",
    )
    yield forwarded(
        by_name["de_neu_wien"], "de_neu_fwd_outlook", "outlook", "de", "fyi", "Forwarded inline"
    )


# --------------------------------------------------------------------------------------
# organizer37: Moodle mod_organizer


ORG_EN = {
    "reminder": ("Appointment reminder", "Hello {receivername}!\n\nAs a part of the course {courseid} {coursefullname}, you have an appointment {sendername} on {date} at {time} in {location}.\n\nMoodle Messaging System"),
    "assign": ("Appointment assigned by teacher", "Hello {receivername}!\n\nAs a part of the course {courseid} {coursefullname}, an appointment with {slot_teacher} on {date} at {time} has been assigned to you by {sendername}.\n\nTeacher: {slot_teacher}\nLocation: {slot_location}\nDate: {date} at {time}\n\nMoodle Messaging System"),
    "deleted": ("Appointment deleted", "Hello {receivername}!\n\nYour appointment in the course {courseshortname} on {date} at {time} in {location} was deleted."),
    "edit": ("Appointment details changed", "Hello {receivername}!\n\nAs a part of the course {courseid} {coursefullname}, the details of the appointment {sendername} on {date} at {time} have been changed.\n\nTeacher: {slot_teacher}\nLocation: {slot_location}\nMax. participants: {slot_maxparticipants}\nComments:\n{slot_comments}\n\nMoodle Messaging System"),
    "register": ("Registration reminder", "Hello {receivername}!\n\nAs a part of the course {courseid} {coursefullname}, you haven't registered to the requested amount of time slots yet.\n\n{custommessage}\n\nMoodle Messaging System"),
}  # fmt: skip
ORG_DE = {
    "reminder": ("Terminerinnerung", "Hallo {receivername}!\n\nIm Rahmen des Kurses {courseid} {coursefullname}, haben Sie einen Termin mit {sendername} am {date} um {time} im {location}.\n\nMoodle Messaging System"),
    "deleted": ("Termin abgesagt", "Hallo {receivername}!\n\nIm Rahmen des Kurses {courseshortname} wurde ihr Termin am {date} um {time} im {location} abgesagt.\nBeachten Sie dabei, dass Sie keinen Termin mehr im Terminplaner {organizername} haben!\nFür einen Ersatztermin folgen Sie bitte dem Link: {courselink}"),
    "edit": ("Termindetails verändert", "Hallo {receivername}!\n\nIm Rahmen des Kurses {courseid} {coursefullname}, sind die Details des Termins mit {sendername} am {date} um {time} verändert worden.\n\nTrainer/in: {slot_teacher}\nOrt: {slot_location}\nHöchstanzahl der Teilnehmer/innen: {slot_maxparticipants}\nKommentar:\n{slot_comments}\n\nMoodle Messaging System"),
    "register": ("Anmeldungserinnerung", "Hallo {receivername}!\n\nIm Rahmen des Kurses {courseid} {coursefullname}, haben Sie sich entweder noch nicht für einen Zeitslot angemeldet, oder denjenigen verpasst für den Sie sich angemeldet haben.\n\n{custommessage}\n\nMoodle Messaging System"),
}  # fmt: skip


def organizer37() -> Iterator[Case]:
    f = "organizer37"
    lon, ber = "Europe/London", "Europe/Berlin"
    en_common = dict(
        receivername="Alex Morgan", courseid="CS-EMP26", coursefullname="Employer Interview Days 2026",
        courseshortname="EmpDays26", organizername="Fenwick Analytics interviews",
        sendername="Priya Natarajan", slot_teacher="Priya Natarajan",
        slot_location="Careers Centre, Room 2.14", location="Careers Centre, Room 2.14",
        slot_maxparticipants="1", slot_comments="Bring a printed copy of your CV.",
        courselink="https://vle.northgate-uni.example.ac.uk/mod/organizer/view.php?id=4412",
        custommessage="",
    )  # fmt: skip
    sender_en = (
        "Moodle Northgate (via Employer Interview Days)",
        "noreply@vle.northgate-uni.example.ac.uk",
    )
    sender_de = ("Moodle Hochschule Rheinau", "noreply@lernen.hs-rheinau.example.de")

    def render(
        table: dict[str, tuple[str, str]], key: str, values: dict[str, str], st: datetime
    ) -> tuple[str, str]:
        what, body = table[key]
        v = dict(values, date=f"{st:%d.%m.%Y}", time=f"{st:%H:%M}")
        subject = f"[{v['courseid']}{v['courseshortname']} / {v['organizername']}] - {what}"
        return subject, body.format(**v) + "\n"

    def one(
        name: str,
        lang: str,
        table: dict[str, tuple[str, str]],
        key: str,
        values: dict[str, str],
        st: datetime,
        sent: datetime,
        kind: str | None,
        note: str,
        src: str,
        sender: tuple[str, str],
    ) -> Case:
        subject, text = render(table, key, values, st)
        label: dict[str, object] = {"kind": NEG} if kind == NEG else slot(st, kind=kind, sent=sent)
        label["_from"] = sender[1]
        return make(f, name, lang, sender, subject, sent, label, note, src, text=text)

    s1 = at(2026, 12, 14, 10, 30, lon, "Mon")
    sent_en = at(2026, 12, 7, 8, 0, lon, "Mon")
    items = [
        one("en_reminder", "en-GB", ORG_EN, "reminder", en_common, s1, sent_en, "invitation",
            "mod_organizer appointment reminder 'you have an appointment Priya Natarajan on 14.12.2026 at 10:30 in ...' (dd.mm.yyyy, the name without 'with' as shipped); no end, no zone.", ORG_SRC["en"], sender_en),
        one("en_assigned", "en-GB", ORG_EN, "assign", dict(en_common, sendername="Careers Centre"),
            at(2026, 12, 15, 14, 0, lon, "Tue"), sent_en, "invitation",
            "mod_organizer 'Appointment assigned by teacher' with 'Date: 15.12.2026 at 14:00'; no zone.", ORG_SRC["en"], sender_en),
        one("en_deleted", "en-GB", ORG_EN, "deleted", en_common, at(2026, 12, 16, 11, 15, lon, "Wed"), sent_en, "cancellation",
            "mod_organizer 'Appointment deleted': 'Your appointment ... on 16.12.2026 at 11:15 ... was deleted.'", ORG_SRC["en"], sender_en),
        one("en_details_changed", "en-GB", ORG_EN, "edit", dict(en_common, slot_location="Careers Centre, Room 3.02", slot_comments="Room changed; the time stays the same."),
            at(2026, 12, 17, 9, 45, lon, "Thu"), sent_en, None,
            "mod_organizer 'Appointment details changed': current slot 17.12.2026 at 09:45; the comment says the time stays, so no kind (not a move).", ORG_SRC["en"], sender_en),
        one("en_register_reminder", "en-GB", ORG_EN, "register", dict(en_common, custommessage="Fenwick Analytics still has free interview slots on 16 and 17 December (10:00-16:00). Please book one in the organizer."),
            s1, sent_en, NEG,
            "mod_organizer registration reminder: asks the student to book a slot; the custom message lists open days and hours but nothing is fixed.", ORG_SRC["en"], sender_en),
    ]  # fmt: skip
    de_common = dict(
        receivername="Alex Morgan", courseid="KAR-26", coursefullname="Karrieretage Wintersemester 2026/27",
        courseshortname="Karrieretage", organizername="Interviewtermine Brennecke GmbH",
        sendername="Frau Dr. Anja Kessler", slot_teacher="Dr. Anja Kessler", slot_location="Raum C 1.08",
        location="Raum C 1.08", slot_maxparticipants="1", slot_comments="Bitte Lebenslauf mitbringen.",
        courselink="https://lernen.hs-rheinau.example.de/course/view.php?id=907", custommessage="",
    )  # fmt: skip
    sent_de = at(2026, 12, 4, 7, 30, ber, "Fri")
    items += [
        one("de_terminerinnerung", "de", ORG_DE, "reminder", de_common, at(2026, 12, 9, 13, 30, ber, "Wed"), sent_de, "invitation",
            "mod_organizer 'Terminerinnerung': 'einen Termin mit ... am 09.12.2026 um 13:30 im Raum C 1.08'; no zone.", ORG_SRC["de"], sender_de),
        one("de_termin_abgesagt", "de", ORG_DE, "deleted", de_common, at(2026, 12, 10, 8, 15, ber, "Thu"), sent_de, "cancellation",
            "mod_organizer 'Termin abgesagt' naming the slot 10.12.2026 um 08:15 and a link for a replacement slot.", ORG_SRC["de"], sender_de),
        one("de_details_veraendert", "de", ORG_DE, "edit", dict(de_common, slot_location="Raum C 2.11", slot_comments="Neuer Raum, gleiche Uhrzeit."),
            at(2026, 12, 11, 10, 0, ber, "Fri"), sent_de, None,
            "mod_organizer 'Termindetails verändert' for 11.12.2026 um 10:00; only the room changed, so no kind.", ORG_SRC["de"], sender_de),
        one("de_anmeldungserinnerung", "de", ORG_DE, "register", dict(de_common, custommessage="Für die Interviews mit der Brennecke GmbH am 15.12.2026 sind noch Zeitslots zwischen 9:00 und 12:00 Uhr frei."),
            at(2026, 12, 15, 9, 0, ber, "Tue"), sent_de, NEG,
            "mod_organizer 'Anmeldungserinnerung': asks to pick a slot; open hours only.", ORG_SRC["de"], sender_de),
    ]  # fmt: skip
    s_fwd = at(2026, 12, 18, 15, 0, lon, "Fri")
    fwd_src = one("en_assigned_src", "en-GB", ORG_EN, "assign", dict(en_common, sendername="Careers Centre", organizername="Harlow & Finch interviews"),
                  s_fwd, sent_en, "invitation",
                  "mod_organizer 'Appointment assigned by teacher' for 18.12.2026 at 15:00.", ORG_SRC["en"], sender_en)  # fmt: skip
    yield from items
    yield forwarded(
        fwd_src, "en_assigned_fwd_outlook", "outlook", "en", "please", "Forwarded inline"
    )


# --------------------------------------------------------------------------------------
# otrscal37: OTRS AppointmentCalendar reminder

OTRS_MSG = {
    "en": ("Reminder: {title}", "Hi {first},<br />\n<br />\nappointment &quot;{title}&quot; has reached its notification time.<br />\n<br />\nDescription: {desc}<br />\nLocation: {loc}<br />\nCalendar: <span style=\"color: #3A87AD;\">■</span> {cal}<br />\nStart date: {start}<br />\nEnd date: {end}<br />\nAll-day: {no}<br />\nRepeat: {no}<br />\n<br />\n<a href=\"{url}\" title=\"{url}\">{url}</a><br />\n<br />\n-- {sender}"),
    "de": ("Erinnerung: {title}", "Hallo {first},<br />\n<br />\nTermin &quot;{title}&quot; hat seine Benachrichtigungszeit erreicht.<br />\n<br />\nBeschreibung: {desc}<br />\nStandort: {loc}<br />\nKalender: <span style=\"color: #3A87AD;\">■</span> {cal}<br />\nStartzeitpunkt: {start}<br />\nEndzeitpunkt: {end}<br />\nGanztägig: {no}<br />\nWiederholung: {no}<br />\n<br />\n<a href=\"{url}\" title=\"{url}\">{url}</a><br />\n<br />\n-- {sender}"),
    "hu": ("Emlékeztető: {title}", "Kedves {first}!<br />\n<br />\nA következő esemény elérte az értesítési idejét: {title}<br />\n<br />\nLeírás: {desc}<br />\nHely: {loc}<br />\nNaptár: <span style=\"color: #3A87AD;\">■</span> {cal}<br />\nKezdési dátum: {start}<br />\nBefejezési dátum: {end}<br />\nEgész napos: {no}<br />\nIsmétlődés: {no}<br />\n<br />\n<a href=\"{url}\" title=\"{url}\">{url}</a><br />\n<br />\n-- {sender}"),
    "sr_Latn": ("Podsetnik: {title}", "Zdravo {first},<br />\n<br />\nvreme je za obaveštenje u vezi termina &quot;{title}&quot;.<br />\n<br />\nOpis: {desc}<br />\nLokacije: {loc}<br />\nKalendar: <span style=\"color: #3A87AD;\">■</span> {cal}<br />\nDatum početka: {start}<br />\nDatum kraja: {end}<br />\nCelodnevno: {no}<br />\nPonavljanje: {no}<br />\n<br />\n<a href=\"{url}\" title=\"{url}\">{url}</a><br />\n<br />\n-- {sender}"),
}  # fmt: skip
OTRS_FMT = {
    "en": "%m/%d/%Y %H:%M:%S",
    "de": "%d.%m.%Y %H:%M:%S",
    "hu": "%Y.%m.%d %H:%M:%S",
    "sr_Latn": "%d.%m.%Y %H:%M:%S",
}
OTRS_NO = {"en": "No", "de": "Nein", "hu": "Nem", "sr_Latn": "Ne"}


def otrscal37() -> Iterator[Case]:
    f = "otrscal37"
    rows = [
        ("en_reminder_newyork", "en", "en-US", "America/New_York", (2026, 12, 15, 13, 0, "Tue"), (14, 0),
         "Interview: Alex Morgan - Support Engineer", "Second-round interview with the support leads.", "Conference room Hudson (3rd floor)", "Recruiting",
         ("Harbor Desk Recruiting", "otrs@helpdesk.harbor-desk.example.com"),
         "OTRS reminder 'Start date: 12/15/2026 13:00:00' / 'End date: 12/15/2026 14:00:00' (OTRS en DateFormat, 24-hour with seconds); no zone."),
        ("de_erinnerung_hamburg", "de", "de", "Europe/Berlin", (2026, 12, 10, 9, 30, "Thu"), (10, 30),
         "Vorstellungsgespräch Alex Morgan (IT-Support)", "Gespräch mit Teamleitung 2nd Level.", "Besprechungsraum Elbe", "Bewerbungen",
         ("Nordhafen IT Service", "otrs@service.nordhafen-it.example.de"),
         "OTRS 'Erinnerung:' with 'Startzeitpunkt: 10.12.2026 09:30:00' / 'Endzeitpunkt: 10.12.2026 10:30:00'; no zone."),
        ("hu_emlekezteto_budapest", "hu", "hu", "Europe/Budapest", (2026, 12, 16, 10, 0, "Wed"), (11, 0),
         "Állásinterjú: Alex Morgan - rendszergazda", "Interjú az üzemeltetési vezetővel.", "Tárgyaló 2", "Toborzás",
         ("Duna Rendszerház", "otrs@ugyfelszolgalat.dunarendszer.example.hu"),
         "OTRS 'Emlékeztető:' with 'Kezdési dátum: 2026.12.16 10:00:00' (year first) / 'Befejezési dátum: 2026.12.16 11:00:00'; no zone."),
        ("sr_podsetnik_belgrade", "sr_Latn", "sr-Latn", "Europe/Belgrade", (2026, 12, 17, 12, 0, "Thu"), (13, 0),
         "Intervju: Alex Morgan - QA inženjer", "Razgovor sa vođom tima.", "Sala Avala", "Zapošljavanje",
         ("Sava Soft podrška", "otrs@podrska.savasoft.example.rs"),
         "OTRS 'Podsetnik:' with 'Datum početka: 17.12.2026 12:00:00' / 'Datum kraja: 17.12.2026 13:00:00'; no zone."),
        ("de_erinnerung_fwd_src", "de", "de", "Europe/Berlin", (2026, 12, 18, 14, 0, "Fri"), (15, 0),
         "Zweitgespräch Alex Morgan (Servicedesk)", "Gespräch mit der Bereichsleitung.", "Raum Alster", "Bewerbungen",
         ("Nordhafen IT Service", "otrs@service.nordhafen-it.example.de"),
         "OTRS 'Erinnerung:' for 18.12.2026 14:00:00 - 15:00:00; no zone."),
    ]  # fmt: skip
    out: dict[str, Case] = {}
    for name, key, lang, zone, s, e, title, desc, loc, cal, sender, note in rows:
        st = at(s[0], s[1], s[2], s[3], s[4], zone, s[5])
        en = at(s[0], s[1], s[2], e[0], e[1], zone)
        sent = at(s[0], s[1], s[2] - 1, 13, 0, zone)
        subj, body = OTRS_MSG[key]
        url = f"https://{sender[1].split('@')[1]}/otrs/index.pl?Action=AgentAppointmentCalendarOverview;AppointmentID={st:%d%H}"
        html = "<html><body style=\"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12px;\">" + body.format(
            first="Alex", title=escape(title), desc=escape(desc), loc=escape(loc), cal=escape(cal),
            start=f"{st:{OTRS_FMT[key]}}", end=f"{en:{OTRS_FMT[key]}}", no=OTRS_NO[key], url=url,
            sender=escape(sender[0]),
        ) + "</body></html>"  # fmt: skip
        label = slot(st, en, sent=sent)
        label["_from"] = sender[1]
        out[name] = make(
            f, name, lang, sender, subj.format(title=title), sent, label, note, OTRS_SRC, html=html
        )
    for name, item in out.items():
        if name != "de_erinnerung_fwd_src":
            yield item
    yield forwarded(
        out["de_erinnerung_fwd_src"],
        "de_erinnerung_fwd_gmail",
        "gmail",
        "de",
        "fyi",
        "Forwarded inline",
    )


# --------------------------------------------------------------------------------------
# dolirecruit37: Dolibarr recruitment, answer to a candidature

DOLI_STR = {
    "fr": ("Votre candidature", "Merci de votre candidature.<br>"),
    "de": ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung. <br>"),
    "es": ("Su aplicación", "Gracias por su aplicación. <br>"),
}


def dolirecruit37() -> Iterator[Case]:
    f = "dolirecruit37"

    def one(
        name: str,
        key: str,
        lang: str,
        zone: str,
        sender: tuple[str, str],
        job: str,
        rest: list[str],
        sign: str,
        st: datetime | None,
        sent: datetime,
        note: str,
    ) -> Case:
        subj, first = DOLI_STR[key]
        html = (
            "<html><body>" + first + "".join(f"<p>{escape(p)}</p>" for p in rest)
            + f"<p>--<br>{escape(sign).replace(chr(10), '<br>')}</p></body></html>"
        )  # fmt: skip
        label: dict[str, object] = slot(st, sent=sent) if st else {"kind": NEG}
        label["organizer_email"] = sender[1]
        return make(
            f, name, lang, sender, f"{subj} - {job}", sent, label, note, DOLI[key], html=html
        )

    par, ber, mad = "Europe/Paris", "Europe/Berlin", "Europe/Madrid"
    yield one("fr_entretien", "fr", "fr", par, ("Claire Dumont", "recrutement@boulangeries-levain.example.fr"), "Responsable logistique",
              ["Bonjour Alex,", "Votre profil a retenu notre attention. Nous vous proposons un entretien le mardi 15 décembre 2026 à 14h30 dans nos bureaux de Lyon (12 rue des Tanneurs).", "Merci de nous confirmer votre présence par retour de mail."],
              "Claire Dumont\nResponsable du recrutement\nBoulangeries Levain", at(2026, 12, 15, 14, 30, par, "Tue"), at(2026, 12, 4, 10, 5, par, "Fri"),
              "Dolibarr 'Votre candidature' / 'Merci de votre candidature.<br>' completed by the recruiter: 'le mardi 15 décembre 2026 à 14h30'; no zone.")  # fmt: skip
    yield one("de_vorstellungsgespraech", "de", "de", ber, ("Jens Albrecht", "karriere@albrecht-haustechnik.example.de"), "Servicetechniker (m/w/d)",
              ["Guten Tag Alex Morgan,", "gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Donnerstag, 10.12.2026, um 9:30 Uhr in unseren Betrieb in Kassel ein.", "Das Gespräch dauert etwa eine Stunde."],
              "Jens Albrecht\nGeschäftsführung\nAlbrecht Haustechnik GmbH", at(2026, 12, 10, 9, 30, ber, "Thu"), at(2026, 12, 3, 16, 20, ber, "Thu"),
              "Dolibarr 'Ihre Bewerbung' / 'Vielen Dank für Ihre Bewerbung. <br>' then 'am Donnerstag, 10.12.2026, um 9:30 Uhr'; 'etwa eine Stunde' is no exact end; no zone.")  # fmt: skip
    yield one("es_entrevista", "es", "es", mad, ("Lucía Ortega", "seleccion@talleres-ortega.example.es"), "Administrativo/a contable",
              ["Hola Alex:", "Nos gustaría conocerte. Te proponemos una entrevista el miércoles 16 de diciembre de 2026 a las 11:00 en nuestra oficina de Zaragoza.", "Si no te viene bien, responde a este correo y buscamos otro momento."],
              "Lucía Ortega\nTalleres Ortega S.L.", at(2026, 12, 16, 11, 0, mad, "Wed"), at(2026, 12, 4, 9, 0, mad, "Fri"),
              "Dolibarr 'Su aplicación' / 'Gracias por su aplicación. <br>' then 'el miércoles 16 de diciembre de 2026 a las 11:00'; no zone.")  # fmt: skip
    yield one("fr_candidature_recue", "fr", "fr", par, ("Claire Dumont", "recrutement@boulangeries-levain.example.fr"), "Chef d'équipe production",
              ["Bonjour Alex,", "Nous avons bien reçu votre candidature et l'étudions avec attention. Nous reviendrons vers vous au plus tard le vendredi 18 décembre 2026 avant 17h00.", "Bonne journée,"],
              "Claire Dumont\nBoulangeries Levain", None, at(2026, 12, 4, 11, 40, par, "Fri"),
              "Dolibarr candidature answer used as 'application received': a reply-by date and hour, no meeting.")  # fmt: skip
    yield one("de_bewerbung_eingegangen", "de", "de", ber, ("Jens Albrecht", "karriere@albrecht-haustechnik.example.de"), "Kundendienstmonteur (m/w/d)",
              ["Guten Tag Alex Morgan,", "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sichten alle Bewerbungen bis zum 14.12.2026 und melden uns anschließend bei Ihnen, ob wir Sie zu einem Gespräch einladen."],
              "Jens Albrecht\nAlbrecht Haustechnik GmbH", None, at(2026, 12, 3, 12, 0, ber, "Thu"),
              "Dolibarr 'Ihre Bewerbung' as an acknowledgement: a review deadline and a possible later invitation, nothing fixed.")  # fmt: skip
    src = one("es_entrevista_src", "es", "es", mad, ("Lucía Ortega", "seleccion@talleres-ortega.example.es"), "Auxiliar de almacén",
              ["Hola Alex:", "Te esperamos para una entrevista el lunes 21 de diciembre de 2026 a las 9:30 en el almacén de Cuarte de Huerva.", "Pregunta por Lucía en recepción."],
              "Lucía Ortega\nTalleres Ortega S.L.", at(2026, 12, 21, 9, 30, mad, "Mon"), at(2026, 12, 11, 8, 45, mad, "Fri"),
              "Dolibarr 'Su aplicación' with 'el lunes 21 de diciembre de 2026 a las 9:30'; no zone.")  # fmt: skip
    yield forwarded(src, "es_entrevista_fwd_gmail", "gmail", "es", "please", "Forwarded inline")


# --------------------------------------------------------------------------------------
# tasty37: TastyIgniter reservations (look-alikes)


def tasty37() -> Iterator[Case]:
    f = "tasty37"
    lon = "Europe/London"
    site = ("The Copper Kettle", "bookings@copperkettle-bistro.example.co.uk")
    sent = at(2026, 12, 4, 18, 2, lon, "Fri")
    label = {"kind": NEG}
    yield make(f, "en_gb_confirmation", "en-GB", site, "The Copper Kettle reservation confirmation - 10482", sent, dict(label),
               "TastyIgniter reservation confirmation: 'booked for 2 person(s) on 12 Dec 2026 at 19:30' - a table, not an interview.", TASTY,
               text="Hi Alex Morgan,\n\nThank you for your reservation!\n\nYour reservation 10482 at The Copper Kettle - Islington has been booked for 2 person(s) on 12 Dec 2026 at 19:30.\n\nThanks for reserving with us online!\n",
               html="<html><body><p>Hi Alex Morgan,</p><h2>Thank you for your reservation!</h2><p>Your reservation <strong>10482</strong> at The Copper Kettle - Islington has been booked for 2 person(s) on 12 Dec 2026 at 19:30.</p><p>Thanks for reserving with us online!</p></body></html>")  # fmt: skip
    yield make(f, "en_gb_update_confirmed", "en-GB", site, "Your Reservation Update - 10482", at(2026, 12, 5, 10, 15, lon, "Sat"), dict(label),
               "TastyIgniter status update 'Confirmed' with a staff comment naming the evening and time; a table booking.", TASTY,
               text="Reservation Update!\n\nYour reservation 10482 at The Copper Kettle - Islington has been updated to the following status: Confirmed\n\nThe comments for your reservation are:\nSee you on Saturday 12 December at 7.30pm - we have kept the window table for you.\n\nTo view your reservation progress, click the link below\nhttps://copperkettle-bistro.example.co.uk/reservation/success/8f2c1e\n")  # fmt: skip
    ny = "America/New_York"
    site2 = ("Fiddlehead Kitchen", "reservations@fiddlehead-kitchen.example.com")
    yield make(f, "en_us_reminder", "en-US", site2, "Reminder For Your Reservation - 2291", at(2026, 12, 9, 9, 0, ny, "Wed"), dict(label),
               "TastyIgniter reminder 'your upcoming reservation ... with the following status: Confirmed' and a comment about a business lunch at 12:30 on Dec 10; not an interview invitation.", TASTY,
               text="Reservation Reminder!\n\nThis is a reminder for your upcoming reservation 2291 at Fiddlehead Kitchen - Midtown with the following status: Confirmed.\n\nThe comments for your reservation are:\nTable for 3 on Thursday, Dec 10, 2026 at 12:30 PM (business lunch, quiet corner requested).\n\nTo view your reservation progress, click the link below\nhttps://fiddlehead-kitchen.example.com/reservation/success/a41d07\n",
               html="<html><body><p>Hi Alex Morgan,</p><p>This is a reminder for your upcoming reservation 2291 at Fiddlehead Kitchen - Midtown with the following status: Confirmed.<br><strong>Confirmed</strong></p><p>The comments for your reservation are: <br>Table for 3 on Thursday, Dec 10, 2026 at 12:30 PM (business lunch, quiet corner requested).</p><p><a href=\"https://fiddlehead-kitchen.example.com/reservation/success/a41d07\">View your reservation status</a></p></body></html>")  # fmt: skip


# --------------------------------------------------------------------------------------
# erpappt37: ERPNext appointment verification (look-alike)


def erpappt37() -> Iterator[Case]:
    f = "erpappt37"
    kol = "Asia/Kolkata"
    s1 = ("Bluepine Consulting", "notifications@erp.bluepine-consulting.example.in")
    url = "https://erp.bluepine-consulting.example.in/book-appointment/verify?email=alex.morgan%40mailbox.example&appointment=MAT-APP-2026-00731&_signature=4c1f09a2"
    text = "Please click the following link to confirm your appointment:" + url + "\n"
    yield make(f, "en_verify", "en-IN", s1, "Appointment Confirmation", at(2026, 12, 4, 11, 20, kol, "Fri"), {"kind": NEG},
               "ERPNext booking verification as shipped (no space before the link): the booking is unverified and the mail names no time.", ERP,
               text=text, html=f"<div>Please click the following link to confirm your appointment:{escape(url)}</div>")  # fmt: skip
    src = make(f, "en_verify_src", "en-IN", s1, "Appointment Confirmation", at(2026, 12, 7, 15, 5, kol, "Mon"), {"kind": NEG, "organizer_email": s1[1]},
               "ERPNext booking verification.", ERP, text=text)  # fmt: skip
    yield forwarded(
        src,
        "en_verify_fwd_gmail_dated",
        "gmail",
        "en",
        "dated",
        "Forwarded inline with a dated note",
    )


# --------------------------------------------------------------------------------------
# twenty37: Twenty CRM workspace invitation (look-alike)


def twenty37() -> Iterator[Case]:
    f = "twenty37"
    ny = "America/New_York"

    def page(sender_name: str, sender_email: str, workspace: str, link: str) -> str:
        return (
            "<html><body><table width=\"333\"><tr><td>"
            "<h1>Join your team on Twenty</h1>"
            f"<p>{escape(sender_name)} (<a href=\"mailto:{sender_email}\">{sender_email}</a>) has invited you to join a workspace called <b>{escape(workspace)}</b>.<br></p>"
            f"<div><span>{escape(workspace)}</span><a href=\"{link}\">Accept invite</a></div>"
            "<p>What is Twenty?<br>It's a CRM, a software to help businesses manage their customer data and relationships efficiently.</p>"
            "</td></tr></table></body></html>"
        )  # fmt: skip

    s = ("Twenty", "noreply@crm.harlowfinch.example.com")
    yield make(f, "en_invite_recruiting", "en-US", s, "Join your team on Twenty", at(2026, 12, 3, 14, 40, ny, "Thu"), {"kind": NEG},
               "Twenty workspace invitation from a recruiter ('has invited you to join a workspace called Harlow & Finch - Candidates'): an account invitation, no meeting.", TWENTY,
               html=page("Morgan", "morgan.lee@harlowfinch.example.com", "Harlow & Finch - Candidates", "https://crm.harlowfinch.example.com/invite/7f3a9c"))  # fmt: skip
    yield make(f, "en_invite_onboarding", "en-US", s, "Join your team on Twenty", at(2026, 12, 14, 9, 5, ny, "Mon"), {"kind": NEG},
               "Twenty workspace invitation to a workspace named after a start date ('Onboarding - starts Jan 4, 2027 9:00 AM'): a date in the name, no meeting.", TWENTY,
               html=page("Dana", "dana.reyes@harlowfinch.example.com", "Onboarding - starts Jan 4, 2027 9:00 AM", "https://crm.harlowfinch.example.com/invite/c21b44"))  # fmt: skip


# --------------------------------------------------------------------------------------
# civievent37: CiviCRM event registration receipts (look-alikes)

RULE = "=" * 59


def _civi_day(value: datetime) -> str:
    day = value.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{value:%A} {value:%B} {day}{suffix}, {value:%Y} {_civi_time(value)}"


def _civi_time(value: datetime) -> str:
    return f"{value.hour % 12 or 12}:{value:%M} {'AM' if value.hour < 12 else 'PM'}"


def civi_receipt(
    name: str, title: str, start: datetime, end: datetime, place: list[str], ical: str,
    *, waitlist: bool = False, sessions: list[tuple[datetime, datetime, str, str]] | None = None,
) -> str:  # fmt: skip
    if waitlist:
        status = "Thank you for your participation.  This letter is a confirmation that your registration has been received and your status has been updated to waitlisted."
        block = f"{RULE}\n\nYou have been added to the WAIT LIST for this event.\n\nIf space becomes available you will receive an email with\na link to a web page where you can complete your registration.\n{RULE}\n"
    else:
        status = "Thank you for your participation.  This letter is a confirmation that your registration has been received and your status has been updated to registered."
        block = "Please print this confirmation for your records.\n"
    text = f"Dear {name},\n\n{status}\n\n\n{block}\n\n{RULE}\n\nEvent Information and Location\n\n{RULE}\n\n"
    text += f"{title}\n{_civi_day(start)}-{_civi_time(end)}\n"
    if sessions:
        text += "\n\nYour schedule:\n"
        day = ""
        for s_start, s_end, s_title, s_loc in sessions:
            if f"{s_start:%m/%d/%Y}" != day:
                day = f"{s_start:%m/%d/%Y}"
                text += f"\n{day}\n\n\n"
            text += f"{_civi_time(s_start)}-{_civi_time(s_end)} {s_title}\n    {s_loc}\n"
    text += "\n\n" + "\n".join(place) + "\n\n\nDownload iCalendar File: " + ical + "\n"
    return text


def civievent37() -> Iterator[Case]:
    f = "civievent37"
    chi, lon = "America/Chicago", "Europe/London"
    s1 = ("Lakeshore Tech Alliance", "events@lakeshore-tech.example.org")
    st, en = at(2026, 12, 10, 18, 0, chi, "Thu"), at(2026, 12, 10, 20, 0, chi)
    yield make(f, "en_registered_careers_evening", "en-US", s1, "Event Confirmation - Tech Careers Evening 2026", at(2026, 12, 2, 11, 0, chi, "Wed"), {"kind": NEG},
               "CiviCRM receipt for a careers evening 'Thursday December 10th, 2026 6:00 PM-8:00 PM': a registration for a public event, not an interview.", CIVI,
               text=civi_receipt("Alex Morgan", "Tech Careers Evening 2026", st, en, ["Riverside Innovation Hub", "220 N Canal St", "Chicago, IL 60606"], "https://lakeshore-tech.example.org/civicrm/event/ical?reset=1&id=88"))  # fmt: skip
    s2 = ("Northgate Graduate Network", "hello@northgate-grads.example.org.uk")
    d1 = at(2026, 12, 15, 9, 0, lon, "Tue")
    sessions = [
        (d1, at(2026, 12, 15, 9, 45, lon), "Mock interview clinic (group)", "Room 1"),
        (at(2026, 12, 15, 10, 0, lon), at(2026, 12, 15, 11, 0, lon), "Employer panel: how we interview", "Main hall"),
        (at(2026, 12, 15, 11, 15, lon), at(2026, 12, 15, 12, 0, lon), "CV surgery", "Room 2"),
    ]  # fmt: skip
    yield make(f, "en_gb_schedule_mock_interview", "en-GB", s2, "Event Confirmation - Graduate Recruitment Day", at(2026, 12, 4, 16, 30, lon, "Fri"), {"kind": NEG},
               "CiviCRM receipt with 'Your schedule:' sessions (one titled 'Mock interview clinic (group)' at 9:00 AM-9:45 AM): a conference schedule, no interview for the reader.", CIVI,
               text=civi_receipt("Alex Morgan", "Graduate Recruitment Day", d1, at(2026, 12, 15, 12, 0, lon), ["Northgate Conference Centre", "14 Quay Street", "Manchester, M3 3HN"], "https://northgate-grads.example.org.uk/civicrm/event/ical?reset=1&id=17", sessions=sessions))  # fmt: skip
    yield make(f, "en_waitlisted_hiring_fair", "en-US", s1, "Event Confirmation - Spring Hiring Fair", at(2026, 12, 3, 9, 40, chi, "Thu"), {"kind": NEG},
               "CiviCRM wait-list receipt 'You have been added to the WAIT LIST for this event' for a fair on 'Tuesday January 12th, 2027 10:00 AM-3:00 PM'.", CIVI,
               text=civi_receipt("Alex Morgan", "Spring Hiring Fair", at(2027, 1, 12, 10, 0, chi, "Tue"), at(2027, 1, 12, 15, 0, chi), ["McCormick Place, Hall B", "2301 S King Dr", "Chicago, IL 60616"], "https://lakeshore-tech.example.org/civicrm/event/ical?reset=1&id=91", waitlist=True))  # fmt: skip


BUILDERS = (
    openmeet37,
    organizer37,
    otrscal37,
    dolirecruit37,
    tasty37,
    erpappt37,
    twenty37,
    civievent37,
)

POLICY = (
    "## Label policy\n\n- A fixed slot offered to the reader (new appointment, reminder, an "
    "appointment assigned, a recruiter's answer that names day and hour) is an `invitation`; "
    "a cancellation naming the slot is a `cancellation`; a 'changed'/'details changed' notice "
    "that does not say the time moved has no `kind`, only the slot.\n- Registration "
    "reminders (pick a slot), application acknowledgements with a reply-by date, table "
    "reservations, unverified bookings and workspace invitations are `not_invitation`.\n- "
    "No zone word: wall time at the Date offset (`tz_stated` false). `organizer_email` is the "
    "sender only where a person sends the mail; forwards carry `original_sender`."
)


FIGURES = (
    "First sight (measured once the files existed, before any rule; civievent37 measured on "
    "its own later): dev text invitations 18 of 18 with the right start, 17 of 18 claimed "
    "(confidence >= 0.5), 16 of 18 with the right kind, 0 of 6 look-alikes claimed (0 of 3 "
    "for civievent37); held out 6 of 6 right start, 2 of 6 claimed, 0 of 5 look-alikes "
    "claimed. After the rules of the same branch: dev 18 of 18 right, 18 claimed, 18 right "
    "kind, 0 of 9 look-alikes claimed; held out unchanged."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the senders37 batch (`build_senders37.py`)",
        "",
        "Mail from scheduling, booking, helpdesk-calendar, recruiting and CRM software new to "
        "the corpus, rendered from each project's real templates and localized strings "
        "(repo:path@commit below and in each label). People, companies, addresses, links and "
        "the text a template leaves to its user are made up; every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message.",
        "",
        POLICY,
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('senders37 coin').sample(sorted(families), 2)` over the first seven "
        "families before anything was measured; civievent37, added later, is in dev): "
        + ", ".join(held)
        + "; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_senders37.py` "
        "(deterministic; deletes and rewrites only the files of these families). Forwards use "
        "tests/parsing/wrappers.py.",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}; "
            f"{LICENSES[name]}): {SOURCES[name]}"
        )
    lines += ["", "Sources:", ""]
    lines += [
        f"- {src}"
        for src in (OM_SRC, *ORG_SRC.values(), OTRS_SRC, *DOLI.values(), TASTY, ERP, TWENTY)
    ]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    for item in cases:
        item.label.pop("_from", None)
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-senders37.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
