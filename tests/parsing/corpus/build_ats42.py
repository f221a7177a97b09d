# ruff: noqa: E501, E741, N806
"""Write the "ats42" batch: calendar notifications of two open-source groupware/calendar
servers the corpus had not read, rendered from their real templates and translations.

Run: .venv/bin/python tests/parsing/corpus/build_ats42.py

- OBM (Linagora, linagora/OBM @ f27e8c7359a2906abff79bb36ab9728b6814829a, AGPL-3.0 with
  Linagora's additional terms): ui/views/mail/calendar/{en,fr,vi,zh}/event_invitation,
  event_update, event_cancel and resource_reservation .plain.php, subjects from
  ui/php/calendar/calendar_mailer.php and ui/obminclude/lang/*/ , dates as Of_Date's
  getOutputDateTime() writes them (ui/obminclude/of/of_date.inc: the user's date format
  'Y-m-d', 'd/m/Y' or 'm/d/Y' from ui/obminclude/global.inc, then 'H:i' or 'g:ia').
  The en/fr templates print the event's zone ('timezone : Europe/Paris'); the vi/zh ones
  print none.
- WebCalendar (craigk5n/webcalendar @ c8e4060824d9f0f213564ef6e6e7c7915ebd9270, GPL-2.0):
  edit_entry_handler.php (the participant mail: Hello / has made a new appointment / Subject /
  Description / Date / Time / Please look on), includes/functions.php date_to_str() (weekday,
  then the translation's '__month__ __dd__, __yyyy__' order) and display_time() (control 2:
  the clock plus PHP's date(' T') zone abbreviation), includes/classes/WebCalMailer.php
  (subject '<Title> <Notification>: <name>'), translations/<Language>.txt for 13 languages,
  with their real quirks (French months with a trailing space and US order, German
  '17.Dezember', Polish/Ukrainian nominative months in US order).

People, organisations, addresses and event texts are made up; every mail is an internal
recruitment process (internal-mobility interviews scheduled on the employer's own calendar
server). Labels were written from the datetimes the mails are rendered from, before the
parser was run on them. The held-out families were drawn by
`random.Random("ats42 coin").sample(sorted(families), 2)` before anything was parsed.
Deterministic; writes or deletes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case = pp.at, pp.mail, pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"

FAMILIES = ("obminv42", "obmmove42", "obmroom42", "wcalnew42", "wcalfwd42", "wcalmove42")
HELD = frozenset(random.Random("ats42 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

OBM_COMMIT = "f27e8c7359a2906abff79bb36ab9728b6814829a"
WC_COMMIT = "c8e4060824d9f0f213564ef6e6e7c7915ebd9270"
OBM_SRC = (
    f"linagora/OBM@{OBM_COMMIT}: ui/views/mail/calendar/<lang>/<template>.plain.php; "
    "ui/php/calendar/calendar_mailer.php (subjects, extractEventDetails); "
    "ui/obminclude/lang/<lang>/ (subject translations); ui/obminclude/of/of_date.inc "
    "(getOutputDateTime)"
)
OBM_LICENSE = (
    "AGPL-3.0 with Linagora's additional terms (OBM source headers); people, places and events ours"
)
WC_SRC = (
    f"craigk5n/webcalendar@{WC_COMMIT}: edit_entry_handler.php (participant notification); "
    "includes/functions.php (date_to_str, display_time); includes/classes/WebCalMailer.php "
    "(subject); translations/<Language>.txt"
)
WC_LICENSE = "GPL-2.0 (WebCalendar LICENSE); people, places and events ours"

SOURCES = {
    "obminv42": "OBM calendar 'NEW APPOINTMENT' mails (en, fr, vi, zh): 'from : 2026-12-15 14:30' / 'to : …' label blocks, US 'm/d/Y g:ia' and French 'd/m/Y' user formats, 'timezone : Europe/Paris' in en/fr, no zone in vi/zh; some forwarded by the candidate.",
    "obmmove42": "OBM 'APPOINTMENT UPDATED' (old slot in the first sentence, new slot in the label block; vi/zh: old and new slot in one sentence) and 'APPOINTMENT DELETED' mails (en, fr, vi, zh).",
    "obmroom42": "OBM 'NEW RESOURCE RESERVATION' mails to the person in charge of a meeting room booked for an interview (en, fr, vi, zh): look-alike negatives with a full slot.",
    "wcalnew42": "WebCalendar 'has made a new appointment' participant mails in 13 languages: 'Date: <weekday>, <date in the translation's order>' and 'Time: 2:30pm EST' / '14:30 CET' / '09:00 +07' on separate lines, no end.",
    "wcalfwd42": "The same WebCalendar mails forwarded by the candidate with a short note (Gmail en/fr, Outlook de/es, Apple Mail en).",
    "wcalmove42": "WebCalendar 'has updated an appointment' (forwarded with the candidate's note that the time changed) and 'has canceled an appointment' mails (en, de, fr, es, it, nl, pl).",
}

OBM_TEMPLATES: dict[tuple[str, str], str] = {
    (
        "en",
        "event_invitation",
    ): "This email was automatically sent by OBM\n------------------------------------------------------------------\nNEW APPOINTMENT\n------------------------------------------------------------------\n\nYou are invited to participate to this appointment\n\nfrom        : {start}\n\nto          : {end}\n\ntimezone    : {timezone}\n\nsubject     : {title}\n\nlocation    : {location}\n\norganizer   : {organizer}\n\ncreated by  : {creator}\n\nattendee(s) : {attendees}\n\n:: To accept this appointment : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n:: To refuse this appointment : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n:: More information about this appointment : \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n\n",
    (
        "en",
        "event_update",
    ): "This email was automatically sent by OBM\n------------------------------------------------------------------\nAPPOINTMENT UPDATED !\n------------------------------------------------------------------\n\nThe appointment {title}, initially scheduled from {old_start} to {old_end}, (location : {old_location}),\nwas updated :\n\nfrom        : {start}\n\nto          : {end}\n\ntimezone    : {timezone}\n\nsubject     : {title}\n\nlocation    : {location}\n\norganizer   : {organizer}\n\ncreated by  : {creator}\n\nattendee(s) : {attendees}\n\n:: To accept this update :\n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n:: To refuse this update : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n:: More information : \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n",
    (
        "en",
        "event_cancel",
    ): "This email was automatically sent by OBM\n------------------------------------------------------------------\nAPPOINTMENT DELETED !\n------------------------------------------------------------------\n\nThis appointment has been deleted:\n\nfrom        : {start}\n\nto          : {end}\n\ntimezone    : {timezone}\n\nsubject     : {title}\n\nlocation    : {location}\n\norganizer   : {organizer}\n\ncreated by  : {creator}\n\n\n::NB : If you are using the Thunderbird extension or ActiveSync, you should synchronize to view this deletion.\n",
    (
        "en",
        "resource_reservation",
    ): 'This email was automatically sent by OBM\n------------------------------------------------------------------\nNEW RESOURCE RESERVATION !\n------------------------------------------------------------------\n\nA new resource reservation was scheduled\n\nRessource name : "{resourceLabel}"\n\nfrom           : {start}\n\nto             : {end}\n\ntimezone       : {timezone}\n\nsubject        : {title}\n\nlocation       : {location}\n\norganizer      : {organizer}\n\ncreated by     : {creator}\n\nComments: {targetComment}\n\n:: To accept or decline this reservation, please click on the following link or, if you use OBM connector, click on "Agenda" in the toolbar :\n{host}/calendar/calendar_index.php?action=waiting_events\n',
    (
        "fr",
        "event_invitation",
    ): "Message automatique envoyé par OBM\n------------------------------------------------------------------\nNOUVEAU RENDEZ-VOUS !\n------------------------------------------------------------------\n\nVous êtes invité(e) à participer à ce rendez-vous\n\ndu              : {start}\n\nau              : {end}\n\nfuseau horaire  : {timezone}\n\nsujet           : {title}\n\nlieu            : {location}\n\norganisateur    : {organizer}\n\ncréé par        : {creator}\n\nparticipant(s)  : {attendees}\n\n\n:: Pour accepter : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n:: Pour refuser : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n:: Pour plus de détails : \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n",
    (
        "fr",
        "event_update",
    ): "Message automatique envoyé par OBM\n------------------------------------------------------------------\nRENDEZ-VOUS MODIFIÉ !\n------------------------------------------------------------------\n\nLe rendez-vous {title}, initialement prévu du {old_start} au {old_end}, (lieu : {old_location}),\na été modifié :\n\ndu              : {start}\n\nau              : {end}\n\nfuseau horaire  : {timezone}\n\nsujet           : {title}\n\nlieu            : {location}\n\norganisateur    : {organizer}\n\ncréé par        : {creator}\n\nparticipant(s)  : {attendees}\n\n:: Pour plus de détails : \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n\n\n:: Pour accepter les modifications :\n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n:: Pour refuser les modifications : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n",
    (
        "fr",
        "event_cancel",
    ): "Message automatique envoyé par OBM\n------------------------------------------------------------------\nRENDEZ-VOUS ANNULÉ !\n------------------------------------------------------------------\n\nLe rendez-vous suivant a été annulé\n\ndu              : {start}\n\nau              : {end}\n\nfuseau horaire  : {timezone}\n\nsujet           : {title}\n\nlieu            : {location}\n\norganisateur    : {organizer}\n\ncréé par        : {creator}\n",
    (
        "fr",
        "resource_reservation",
    ): 'Message automatique envoyé par OBM\n------------------------------------------------------------------\nNOUVELLE RESERVATION DE RESSOURCE !\n------------------------------------------------------------------\n\nLa ressource : "{resourceLabel}",dont vous êtes responsable a été réservée\n\ndu              : {start}\n\nau              : {end}\n\nfuseau horaire  : {timezone}\n\nsujet           : {title}\n\nlieu            : {location}\n\norganisateur    : {organizer}\n\ncréé par        : {creator}\n\nCommentaire     : {targetComment}.\n\n:: Pour accepter ou refuser la réservation, cliquer sur le lien ci-dessous ou, si vous utilisez le connecteur OBM, sur "Agenda OBM" situé dans la barre d\'outil : \n{host}/calendar/calendar_index.php?action=waiting_events\n',
    (
        "vi",
        "event_invitation",
    ): "Email này đã được tự động gửi từ OBM\n------------------------------------------------------------------\nCUỘC HẸN MỚI\n------------------------------------------------------------------\n\nBạn được mời tham dự để cuộc hẹn này\n\ntừ             : {start}\n\nđến            : {end}\n\nchủ đề         : {title}\n\nđịa điểm       : {location}\n\nngười tổ chức  : {organizer}\n\nngười tạo      : {creator}\n\nngười tham dự  : {attendees}\n\n:: Để chấp nhận cuộc hẹn này : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n:: Để từ chối cuộc hẹn này : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n:: Thêm chi tiết về cuộc hẹn này : \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n\n",
    (
        "vi",
        "event_update",
    ): "Email này đã được tự động gửi từ OBM\n------------------------------------------------------------------\nCUỘC HẸN ĐƯỢC CẬP NHẬT !\n------------------------------------------------------------------\n\nCuộc hẹn {title}, ban đầu dự kiến vào ngày {old_start} đến {old_end}, (địa điểm : {old_location}),\nđã được cập nhật và sẽ diễn ra từ {start} đến {end}, (địa điểm : {location}, Người tham dự : {attendees}).\n\n\n:: Để chấp nhận bản cập nhật này:\n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n:: Để từ chối bản cập nhật này : \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n:: Chi tiết : \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n",
    (
        "vi",
        "event_cancel",
    ): "Email này đã được tự động gửi từ OBM\n------------------------------------------------------------------\nCUỘC HẸN DÃ HỦY !\n------------------------------------------------------------------\n\nCuộc hẹn đã được hủy:\n\nTừ               : {start}\n\nĐến              : {end}\n\nChủ đề           : {title}\n\nĐịa điểm         : {location}\n\nNgười tổ chức:   : {organizer}\n\nNgười tạo        : {creator}",
    (
        "vi",
        "resource_reservation",
    ): "Email này đã được tự động gửi từ OBM\n------------------------------------------------------------------\nĐẶT CHỖ TÀI NGUYÊN MỚI !\n------------------------------------------------------------------\n\nViệc đặt chỗ tài nguyên mới đã được dự kiến\n\nTên tài nguyên: {resourceLabel}\n\ntừ     : {start}\n\nđến           : {end}\n\nchủ đề      : {title}\n\nđịa điểm     : {location}\n\nngười tổ chức    : {organizer}\n\nngười tạo   : {creator}\n\nngười tham dự : {targetComment}.\n\n:: Để chấp nhận hoặc từ chối đặt chỗ :\n{host}/calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n",
    (
        "zh",
        "event_invitation",
    ): "此邮件由OBM自动发送\n------------------------------------------------------------------\n新约会\n------------------------------------------------------------------\n\n您被邀请参加此约会\n\n从        : {start}\n\n到        : {end}\n\n主题      : {title}\n\n地点      : {location}\n\n组织者    : {organizer}\n\n创建者    : {creator}\n\n参与者    : {attendees}\n\n::要接受此约会: \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n::要拒绝此约会: \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n::关于此约会的更多信息: \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n\n",
    (
        "zh",
        "event_update",
    ): "此邮件由OBM自动发送\n------------------------------------------------------------------\n约会已更新！\n------------------------------------------------------------------\n\n初步计划从{old_start}到{old_end}(地点: {old_location})的约会{title}\n将被更改为从{start}到{end}(地点: {location}, 参与者: {attendees})。\n\n\n::要接受此更新:\n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=ACCEPTED\n\n::要拒绝此更新: \n{host}calendar/calendar_index.php?action=update_decision&calendar_id={id}&entity_kind=user&rd_decision_event=DECLINED\n\n::更多信息: \n{host}calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n",
    (
        "zh",
        "event_cancel",
    ): "此邮件由OBM自动发送\n------------------------------------------------------------------\n约会已删除！\n------------------------------------------------------------------\n\n此约会已被删除:\n\n从              : {start}\n\n到              : {end}\n\n主题            : {title}\n\n地点            : {location}\n\n组织者   \t\t: {organizer}\n\n创建者          : {creator}",
    (
        "zh",
        "resource_reservation",
    ): "此邮件由OBM自动发送\n------------------------------------------------------------------\n新资源预订！\n------------------------------------------------------------------\n\n一个新的资源预订计划已被制定\n\n资源名称\t: {resourceLabel}\n\n从     \t\t: {start}\n\n到          : {end}\n\n主题        : {title}\n\n地点        : {location}\n\n组织者      : {organizer}\n\n创建者    \t: {creator}\n\n评论 \t\t: {targetComment}.\n\n::要接受或拒绝此资源预订:\n{host}/calendar/calendar_index.php?action=detailconsult&calendar_id={id}\n",
}


# translations/<Language>.txt values as WebCalendar loads them ('=' resolved to the English key);
# HTML entities are decoded as WebCalMailer's unhtmlentities() does for plain-text mail.
WC: dict[str, dict[str, object]] = {
    "en": {
        "file": "English-US",
        "hello": "Hello, XXX.",
        "new": "XXX has made a new appointment.",
        "upd": "XXX has updated an appointment.",
        "cancel": "XXX has canceled an appointment.",
        "subj": 'Subject: "XXX".',
        "desc": 'Description: "XXX".',
        "date": "Date: XXX",
        "time": "Time: XXX",
        "look": "Please look on XXX to view this appointment.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "WebCalendar",
        "notification": "Notification",
        "days": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        "months": [
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
    },
    "de": {
        "file": "German",
        "hello": "Guten Tag, XXX.",
        "new": "XXX hat Ihnen einen neuen Termin eingetragen.",
        "upd": "XXX hat einen Termin aktualisiert.",
        "cancel": "XXX hat einen Termin storniert.",
        "subj": "Betrifft XXX",
        "desc": "Beschreibung XXX",
        "date": "Datum XXX",
        "time": "Zeit XXX",
        "look": "Bitte schauen Sie auf XXX um den Eintrag anzuzeigen.",
        "datefmt": "__dd__.__month__ __yyyy__",
        "title": "Webkalender",
        "notification": "Benachrichtigung",
        "days": ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "months": [
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
    },
    "fr": {
        "file": "French",
        "hello": "Bonjour, XXX",
        "new": "XXX a créé un nouveau rendez-vous.",
        "upd": "XXX a modifié un rendez-vous.",
        "cancel": "XXX a annulé un rendez-vous.",
        "subj": 'Sujet : "XXX".',
        "desc": "Description XXX",
        "date": "Date XXX",
        "time": "Heure : XXX",
        "look": "Merci de regarder sur XXX pour visualiser ce rendez-vous",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Agenda partagé",
        "notification": "Notification",
        "days": ["Dimanche", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"],
        "months": [
            "janvier ",
            "février ",
            "mars ",
            "avril ",
            "mai ",
            "juin ",
            "juillet ",
            "août ",
            "septembre ",
            "octobre ",
            "novembre ",
            "décembre ",
        ],
    },
    "es": {
        "file": "Spanish",
        "hello": "'Hola, XXX.’",
        "new": "XXX ha hecho una nueva cita.",
        "upd": "XXX ha actualizado una cita.",
        "cancel": "XXX ha cancelado una cita.",
        "subj": 'Asunto: "XXX".',
        "desc": 'Descripción: "XXX".',
        "date": "Fecha: XXX",
        "time": "Hora: XXX",
        "look": "Por favor, mira en XXX para ver este nombramiento.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Título",
        "notification": "Notificación",
        "days": ["Domingo", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sabado"],
        "months": [
            "Enero",
            "Febrero",
            "Marzo",
            "Abril",
            "Mayo",
            "Junio",
            "Julio",
            "Agosto",
            "Septiembre",
            "Octubre",
            "Noviembre",
            "Diciembre",
        ],
    },
    "it": {
        "file": "Italian",
        "hello": "Salve, XXX.",
        "new": "XXX ha registrato un appuntamento",
        "upd": "XXX ha aggiornato un appuntamento",
        "cancel": "XXX ha cancellato un appuntamento.",
        "subj": 'Oggetto: "XXX".',
        "desc": 'Descrizione: "XXX".',
        "date": "Data: XXX",
        "time": "Ora: XXX",
        "look": "Guarda in XXX per vedere questo appuntamento",
        "datefmt": "__dd__ __month__, __yyyy__",
        "title": "Titolo",
        "notification": "Notifica",
        "days": ["Domenica", "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato"],
        "months": [
            "Gennaio",
            "Febbraio",
            "Marzo",
            "Aprile",
            "Maggio",
            "Giugno",
            "Luglio",
            "Agosto",
            "Settembre",
            "Ottobre",
            "Novembre",
            "Dicembre",
        ],
    },
    "nl": {
        "file": "Dutch",
        "hello": "Hallo, XXX.",
        "new": "XXX heeft een nieuwe afspraak gemaakt.",
        "upd": "XXX heeft een afspraak bijgewerkt.",
        "cancel": "XXX heeft een afspraak geannuleerd.",
        "subj": 'Onderwerp: "XXX".',
        "desc": 'Omschrijving: "XXX".',
        "date": "Datum: XXX",
        "time": "Tijd: XXX",
        "look": "Kijk AUB op XXX om deze afspraak te bekijken.",
        "datefmt": "__dd__ __month__ __yyyy__",
        "title": "Title",
        "notification": "Notificatie",
        "days": ["Zondag", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag"],
        "months": [
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
    },
    "nb": {
        "file": "Norwegian",
        "hello": "Hei, XXX!",
        "new": "XXX har opprettet en ny avtale.",
        "upd": "XXX har oppdatert en avtale.",
        "cancel": "XXX har avlyst en avtale.",
        "subj": "Emne: XXX",
        "desc": "Beskrivelse: XXX",
        "date": "Dato: XXX",
        "time": "Tid: XXX",
        "look": "Sjekk XXX for å vise denne avtalen.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Title",
        "notification": "Påminnelse",
        "days": ["Søndag", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag"],
        "months": [
            "Januar",
            "Februar",
            "Mars",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Desember",
        ],
    },
    "pl": {
        "file": "Polish",
        "hello": "Witaj, XXX.",
        "new": "XXX ustalił nowe spotkanie.",
        "upd": "XXX zaktualizował spotkanie.",
        "cancel": "XXX skasował spotkanie.",
        "subj": 'Temat: "XXX".',
        "desc": 'Opis: "XXX".',
        "date": "Data: XXX",
        "time": "Czas: XXX",
        "look": "Proszę, spojrz na XXX, aby obejrzeć szczegóły tego spotkania.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Tytuł",
        "notification": "Zawiadomienie",
        "days": ["Niedziela", "Poniedziałek", "Wtorek", "Środa", "Czwartek", "Piątek", "Sobota"],
        "months": [
            "Styczen",
            "Luty",
            "Marzec",
            "Kwiecien",
            "Maj",
            "Czerwiec",
            "Lipiec",
            "Sierpień",
            "Wrzesień",
            "Październik",
            "Listopad",
            "Grudzień",
        ],
    },
    "sk": {
        "file": "Slovak",
        "hello": "Dobrý deň, XXX.",
        "new": "XXX si vytvoril nové stretnutie.",
        "upd": "XXX aktualizoval stretnutie.",
        "cancel": "XXX zrušil schôdzku.",
        "subj": "Predmet: „XXX“.",
        "desc": "Popis: „XXX“.",
        "date": "Dátum: XXX",
        "time": "Čas: XXX",
        "look": "Ak si chcete pozrieť túto schôdzku, pozrite sa na XXX.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Webový kalendár",
        "notification": "Oznámenie",
        "days": ["Nedeľa", "Pondelok", "Utorok", "Streda", "Štvrtok", "Piatok", "Sobota"],
        "months": [
            "Januára",
            "Februára",
            "Marca",
            "Apríla",
            "Smieť",
            "Júna",
            "Júla",
            "Augusta",
            "September",
            "Októbra",
            "Novembra",
            "December",
        ],
    },
    "id": {
        "file": "Indonesian",
        "hello": "Halo, XXX.",
        "new": "XXX telah membuat janji baru.",
        "upd": "XXX telah memperbarui janji.",
        "cancel": "XXX telah membatalkan janji.",
        "subj": 'Subjek: "XXX".',
        "desc": 'Deskripsi: "XXX".',
        "date": "Tanggal: XXX",
        "time": "Waktu: XXX",
        "look": "Silakan lihat XXX untuk melihat janji ini.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "KalenderWeb",
        "notification": "Pemberitahuan",
        "days": ["Ahad", "Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Sabtu"],
        "months": [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "Nopember",
            "Desember",
        ],
    },
    "vi": {
        "file": "Vietnamese",
        "hello": "Xin chào, XXX.",
        "new": "XXX đã có một cuộc hẹn mới.",
        "upd": "XXX đã cập nhật một cuộc hẹn.",
        "cancel": "XXX đã hủy một cuộc hẹn.",
        "subj": 'Chủ đề: "XXX".',
        "desc": 'Mô tả: "XXX".',
        "date": "Ngày: XXX",
        "time": "Thời gian: XXX",
        "look": "Vui lòng xem trên XXX để xem cuộc hẹn này.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Title",
        "notification": "Thông báo",
        "days": ["chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "ngày thứ bảy"],
        "months": [
            "tháng Giêng",
            "Tháng hai",
            "tháng Ba",
            "Tháng tư",
            "có thể",
            "Tháng sáu",
            "Tháng bảy",
            "tháng Tám",
            "Tháng Chín",
            "Tháng Mười",
            "Tháng mười một",
            "Tháng mười hai",
        ],
    },
    "uk": {
        "file": "Ukrainian",
        "hello": "Привіт, XXX.",
        "new": "XXX призначив нове побачення.",
        "upd": "XXX оновив зустріч.",
        "cancel": "XXX скасував зустріч.",
        "subj": 'Тема: "XXX".',
        "desc": 'Опис: "XXX".',
        "date": "Дата: XXX",
        "time": "Час: XXX",
        "look": "Будь ласка, перегляньте XXX, щоб переглянути цю зустріч.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Title",
        "notification": "Повідомлення",
        "days": ["Неділя", "Понеділок", "Вівторок", "Середа", "Четвер", "П’ятниця", "Субота"],
        "months": [
            "Січня",
            "Лютий",
            "Березень",
            "Квітень",
            "Може",
            "Червень",
            "Липень",
            "Серпня",
            "Вересень",
            "Жовтень",
            "Листопад",
            "Грудень",
        ],
    },
    "ms": {
        "file": "Malay",
        "hello": "Helo, XXX.",
        "new": "XXX telah membuat janji temu baru.",
        "upd": "XXX telah mengemas kini janji temu.",
        "cancel": "XXX telah membatalkan temu janji.",
        "subj": 'Subjek: "XXX".',
        "desc": 'Penerangan: "XXX".',
        "date": "Tarikh: XXX",
        "time": "Masa: XXX",
        "look": "Sila lihat XXX untuk melihat janji temu ini.",
        "datefmt": "__month__ __dd__, __yyyy__",
        "title": "Kalendar Web",
        "notification": "Pemberitahuan",
        "days": ["Ahad", "Isnin", "Selasa", "Hari Rabu", "Khamis", "Jumaat", "Sabtu"],
        "months": [
            "Januari",
            "Februari",
            "Mac",
            "April",
            "Mungkin",
            "Jun",
            "Julai",
            "Ogos",
            "September",
            "Oktober",
            "November",
            "Disember",
        ],
    },
}

OBM_SUBJECTS = {
    "en": (
        "New event from {o}: {t}",
        "Event from {o} updated: {t}",
        "Event from {o} cancelled: {t}",
        "Resource {r} reservation: {t}",
    ),
    "fr": (
        "Nouvel événement de {o} : {t}",
        "Mise à jour d'un événement de {o} : {t}",
        "Evénement de {o} annulé : {t}",
        "Réservation de la ressource {r} : {t}",
    ),
    "vi": (
        "Sự kiện mới từ {o} : {t}",
        "{o} đã cập nhật sự kiện : {t}",
        "{o} đã hủy bỏ sự kiện : {t}",
        "Đặt chỗ tài nguyên {r} : {t}",
    ),
    "zh": ("{o}的新事件: {t}", "已更新的{o}: {t}", "已取消的{o}的事件: {t}", "{r}资源预订: {t}"),
}
TEMPLATE_INDEX = {
    "event_invitation": 0,
    "event_update": 1,
    "event_cancel": 2,
    "resource_reservation": 3,
}


def obm_dt(value: datetime, fmt: str) -> str:
    """Of_Date::getOutputDateTime(): the user's date format, then 'H:i' (or 'g:ia' in 12H)."""
    date = {"iso": "%Y-%m-%d", "fr": "%d/%m/%Y", "us": "%m/%d/%Y", "txt": "%d %b %Y"}[fmt]
    if fmt == "us":
        clock = f"{value.hour % 12 or 12}:{value.minute:02d}{'am' if value.hour < 12 else 'pm'}"
    else:
        clock = f"{value:%H:%M}"
    return f"{value.strftime(date)} {clock}"


def obm_mail(
    family: str,
    name: str,
    lang: str,
    template: str,
    *,
    org: tuple[str, str],
    host: str,
    sent: datetime,
    start: datetime,
    end: datetime,
    fmt: str,
    title: str,
    location: str,
    attendees: str,
    event_id: int,
    old: tuple[datetime, datetime, str] | None = None,
    resource: str = "",
    comment: str = "",
) -> tuple[str, str]:
    """Subject and plain-text body of one OBM calendar mail."""
    zone = str(start.tzinfo)
    fields = {
        "host": host,
        "id": event_id,
        "start": obm_dt(start, fmt),
        "end": obm_dt(end, fmt),
        "timezone": zone,
        "title": title,
        "location": location,
        "organizer": org[0],
        "creator": org[0],
        "attendees": attendees,
        "resourceLabel": resource,
        "targetComment": comment,
    }
    if old is not None:
        fields |= {
            "old_start": obm_dt(old[0], fmt),
            "old_end": obm_dt(old[1], fmt),
            "old_location": old[2],
        }
    body = OBM_TEMPLATES[(lang, template)].format(**fields)
    subject = OBM_SUBJECTS[lang][TEMPLATE_INDEX[template]].format(o=org[0], t=title, r=resource)
    return subject, body


def wc_date(lang: str, value: datetime) -> str:
    """date_to_str(): translated weekday, ', ', then the translation's date order."""
    strings = WC[lang]
    months = strings["months"]
    days = strings["days"]
    assert isinstance(months, list)
    assert isinstance(days, list)
    fmt = str(strings["datefmt"])
    month = months[value.month - 1]
    text = fmt.replace("__dd__", str(value.day)).replace("__j__", str(value.day))
    text = text.replace("__mm__", str(value.month)).replace("__mon__", month)
    text = text.replace("__month__", month).replace("__n__", f"{value.month:02d}")
    text = text.replace("__yy__", f"{value.year % 100:02d}").replace("__yyyy__", str(value.year))
    return f"{days[(value.weekday() + 1) % 7]}, {text}"


def wc_time(value: datetime, h12: bool) -> str:
    """display_time(…, 2, …): the clock, then PHP's date(' T') abbreviation of the zone."""
    if h12:
        clock = f"{value.hour % 12 or 12}:{value.minute:02d}{'pm' if value.hour >= 12 else 'am'}"
    else:
        clock = f"{value:%H:%M}"
    return f"{clock} {value.tzname()}"


def wc_mail(
    lang: str,
    what: str,
    *,
    to_name: str,
    org_name: str,
    name: str,
    description: str,
    start: datetime,
    h12: bool,
    url: str,
) -> tuple[str, str]:
    """Subject and body of edit_entry_handler.php's participant mail (new/upd/cancel)."""
    s = WC[lang]

    def x(key: str, value: str) -> str:
        return str(s[key]).replace("XXX", value)

    head = x("hello", to_name) + "\n\n" + x(what, org_name) + "\n" + x("subj", name) + "\n\n"
    head += x("desc", description) + "\n" + x("date", wc_date(lang, start)) + "\n"
    if what == "cancel":
        body = head + x("time", wc_time(start, h12)) + "\n\n\n" + url + "\n\n"
    else:
        body = head + x("time", wc_time(start, h12)) + "\n" + x("look", str(s["title"]))
        body += "\n\n" + url
    subject = f"{s['title']} {s['notification']}: {name}"
    return subject, body


def case(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    label: dict[str, object],
    note: str,
) -> Case:
    obm = family.startswith("obm")
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label,
        lang,
        note,
        OBM_SRC if obm else WC_SRC,
        OBM_LICENSE if obm else WC_LICENSE,
    )


def direct(key: str, org: tuple[str, str], subject: str, sent: datetime, body: str) -> bytes:
    return mail(f"ats42/{key}", sender=org, to=ME, subject=subject, sent=sent, text=body)


def fwd(
    key: str,
    client: str,
    lang: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    body: str,
    note: str,
) -> bytes:
    return pp.forward(
        f"ats42/{key}",
        client=client,
        lang=lang,
        user=ME,
        org=org,
        orig_sent=sent,
        subject=subject,
        body=body,
        note=note,
    )


def label(
    kind: str,
    start: datetime,
    end: datetime | None,
    org: tuple[str, str],
    *,
    zone: str | None = None,
    sent: datetime | None = None,
    forwarded: bool = False,
) -> dict[str, object]:
    value: dict[str, object] = {**p8.slot(start, end, kind=kind, zone=zone, sent=sent)}
    if kind == NEG:
        value = {"kind": NEG}
    value["organizer_email"] = org[1]
    if forwarded:
        value["original_sender"] = org[1]
    return value


# ---------------------------------------------------------------------------------------
# OBM
PAR, TOR, REU, BRU = "Europe/Paris", "America/Toronto", "Indian/Reunion", "Europe/Brussels"
HCM, SHA = "Asia/Ho_Chi_Minh", "Asia/Shanghai"


def obm_cases() -> list[Case]:
    out: list[Case] = []

    def inv(
        fam: str,
        name: str,
        lang: str,
        template: str,
        org: tuple[str, str],
        host: str,
        sent: datetime,
        start: datetime,
        minutes: int,
        fmt: str,
        title: str,
        location: str,
        attendees: str,
        eid: int,
        kind: str,
        note: str,
        *,
        zone_in_text: bool,
        old: tuple[datetime, datetime, str] | None = None,
        resource: str = "",
        comment: str = "",
        client: str = "",
        fwd_lang: str = "",
        fwd_note: str = "",
    ) -> None:
        end = start + timedelta(minutes=minutes)
        subject, body = obm_mail(
            fam,
            name,
            lang,
            template,
            org=org,
            host=host,
            sent=sent,
            start=start,
            end=end,
            fmt=fmt,
            title=title,
            location=location,
            attendees=attendees,
            event_id=eid,
            old=old,
            resource=resource,
            comment=comment,
        )
        key = f"{fam}/{name}"
        if client:
            raw = fwd(key, client, fwd_lang, org, subject, sent, body, fwd_note)
        else:
            raw = direct(key, org, subject, sent, body)
        zone = str(start.tzinfo) if zone_in_text else None
        lab = label(
            kind,
            start,
            end,
            org,
            zone=zone,
            sent=None if zone_in_text else sent,
            forwarded=bool(client),
        )
        out.append(case(fam, name, lang, raw, lab, note))

    I, M, R = "obminv42", "obmmove42", "obmroom42"
    INV_, RES, CAN = "invitation", "reschedule", "cancellation"
    # ---- obminv42
    o = ("Hélène Marchetti", "helene.marchetti@agglo-valdeloire.example.fr")
    h = "https://obm.agglo-valdeloire.example.fr/"
    inv(
        I,
        "entretien_mobilite_fr_format",
        "fr",
        "event_invitation",
        o,
        h,
        at(2026, 12, 1, 10, 12, PAR),
        at(2026, 12, 10, 14, 30, PAR, "Thu"),
        45,
        "fr",
        "Entretien mobilité interne – chargé(e) de mission SIG",
        "Hôtel d'agglomération, salle Loire 2",
        "Hélène Marchetti, Alex Morgan, Jérôme Tessier",
        48213,
        INV_,
        "'du : 10/12/2026 14:30' / 'au : 10/12/2026 15:15' with 'fuseau horaire : Europe/Paris'.",
        zone_in_text=True,
    )
    o = ("Bertrand Lemoine", "b.lemoine@cc-hautesvosges.example.fr")
    h = "https://agenda.cc-hautesvosges.example.fr/"
    inv(
        I,
        "entretien_jury_iso",
        "fr",
        "event_invitation",
        o,
        h,
        at(2026, 11, 30, 16, 40, PAR),
        at(2026, 12, 8, 9, 0, PAR, "Tue"),
        60,
        "iso",
        "Jury de recrutement – responsable des finances",
        "Mairie, bureau du DGS",
        "Bertrand Lemoine, Alex Morgan, Sylvie Parmentier, Nadia Chérif",
        7731,
        INV_,
        "ISO user format: 'du : 2026-12-08 09:00' / 'au : 2026-12-08 10:00'.",
        zone_in_text=True,
    )
    o = ("Maëlle Hoarau", "maelle.hoarau@region-oi.example.re")
    h = "https://obm.region-oi.example.re/"
    inv(
        I,
        "entretien_reunion_txt",
        "fr",
        "event_invitation",
        o,
        h,
        at(2026, 12, 2, 8, 5, REU),
        at(2026, 12, 14, 10, 0, REU, "Mon"),
        60,
        "txt",
        "Entretien – chef de projet numérique éducatif",
        "Hôtel de Région, salle Cilaos",
        "Maëlle Hoarau, Alex Morgan",
        903,
        INV_,
        "'d M Y' user format prints English month abbreviations in a French mail: '14 Dec 2026 10:00'; 'fuseau horaire : Indian/Reunion'.",
        zone_in_text=True,
    )
    o = ("Claire Vasseur", "claire.vasseur@metropole-lille.example.fr")
    h = "https://obm.metropole-lille.example.fr/"
    inv(
        I,
        "entretien_fwd_gmail",
        "fr",
        "event_invitation",
        o,
        h,
        at(2026, 12, 3, 11, 47, PAR),
        at(2026, 12, 11, 11, 0, PAR, "Fri"),
        30,
        "fr",
        "Entretien téléphonique – assistant(e) RH",
        "Téléphone (Claire appelle)",
        "Claire Vasseur, Alex Morgan",
        61502,
        INV_,
        "Gmail (fr) forward with the candidate's note; 'du : 11/12/2026 11:00'.",
        zone_in_text=True,
        client="gmail",
        fwd_lang="fr",
        fwd_note="Voici la convocation OBM pour l'entretien RH, à ajouter à mon agenda svp.",
    )
    o = ("Daniel Okafor", "daniel.okafor@lakeshore-health.example.ca")
    h = "https://obm.lakeshore-health.example.ca/"
    inv(
        I,
        "interview_us_12h",
        "en",
        "event_invitation",
        o,
        h,
        at(2026, 12, 2, 15, 20, TOR),
        at(2026, 12, 9, 13, 0, TOR, "Wed"),
        60,
        "us",
        "Internal posting interview - Clinical Data Analyst",
        "Room 4B, 220 Lakeshore Rd",
        "Daniel Okafor, Alex Morgan, Priya Raman",
        1207,
        INV_,
        "US user format with 12H clock: 'from : 12/09/2026 1:00pm' / 'to : 12/09/2026 2:00pm'; 'timezone : America/Toronto'.",
        zone_in_text=True,
    )
    o = ("Sophie Wouters", "sophie.wouters@brusselsport.example.be")
    h = "https://obm.brusselsport.example.be/"
    inv(
        I,
        "interview_iso_fwd_apple",
        "en",
        "event_invitation",
        o,
        h,
        at(2026, 11, 27, 9, 15, BRU),
        at(2026, 12, 7, 15, 30, BRU, "Mon"),
        45,
        "iso",
        "Interview - Port Logistics Coordinator (internal vacancy)",
        "Port House, meeting room 3",
        "Sophie Wouters, Alex Morgan",
        5580,
        INV_,
        "Apple Mail forward; ISO 'from : 2026-12-07 15:30'; 'timezone : Europe/Brussels'.",
        zone_in_text=True,
        client="apple",
        fwd_lang="en",
        fwd_note="Internal interview confirmed - see below.",
    )
    o = ("Graham Pike", "graham.pike@northgate-council.example.org")
    h = "https://obm.northgate-council.example.org/"
    inv(
        I,
        "interview_txt_format",
        "en",
        "event_invitation",
        o,
        h,
        at(2026, 12, 1, 12, 0, PAR),
        at(2026, 12, 15, 16, 0, PAR, "Tue"),
        30,
        "txt",
        "Second interview - Translation Unit (EN/FR)",
        "Visio (link to follow)",
        "Graham Pike, Alex Morgan",
        3391,
        INV_,
        "'d M Y' user format: 'from : 15 Dec 2026 16:00' / 'to : 15 Dec 2026 16:30'; 'timezone : Europe/Paris'.",
        zone_in_text=True,
    )
    o = ("Trần Minh Khôi", "khoi.tran@sokhcn-danang.example.vn")
    h = "https://obm.sokhcn-danang.example.vn/"
    inv(
        I,
        "phong_van_no_zone",
        "vi",
        "event_invitation",
        o,
        h,
        at(2026, 12, 2, 8, 30, HCM),
        at(2026, 12, 9, 9, 30, HCM, "Wed"),
        60,
        "fr",
        "Phỏng vấn vị trí chuyên viên chuyển đổi số",
        "Phòng họp tầng 3",
        "Trần Minh Khôi, Alex Morgan, Lê Thị Hạnh",
        2210,
        INV_,
        "vi template prints no zone: 'từ : 09/12/2026 09:30' / 'đến : 09/12/2026 10:30'.",
        zone_in_text=False,
    )
    o = ("Phạm Thu Trang", "trang.pham@vinalog.example.vn")
    h = "https://lich.vinalog.example.vn/"
    inv(
        I,
        "phong_van_iso",
        "vi",
        "event_invitation",
        o,
        h,
        at(2026, 12, 3, 14, 0, HCM),
        at(2026, 12, 16, 14, 0, HCM, "Wed"),
        45,
        "iso",
        "Phỏng vấn nội bộ - Trưởng nhóm kho vận",
        "Văn phòng Quận 7, phòng 502",
        "Phạm Thu Trang, Alex Morgan",
        8812,
        INV_,
        "vi template, ISO user format: 'từ : 2026-12-16 14:00'; no zone.",
        zone_in_text=False,
    )
    o = ("王丽华", "lihua.wang@huadong-energy.example.cn")
    h = "https://obm.huadong-energy.example.cn/"
    inv(
        I,
        "mianshi_iso",
        "zh",
        "event_invitation",
        o,
        h,
        at(2026, 12, 1, 9, 10, SHA),
        at(2026, 12, 10, 15, 0, SHA, "Thu"),
        60,
        "iso",
        "内部竞聘面试 - 数据分析主管",
        "总部大楼 12 层 3 号会议室",
        "王丽华, Alex Morgan, 陈志强",
        4470,
        INV_,
        "zh template: '从 : 2026-12-10 15:00' / '到 : 2026-12-10 16:00'; no zone.",
        zone_in_text=False,
    )
    o = ("刘敏", "min.liu@xinghe-bank.example.cn")
    h = "https://obm.xinghe-bank.example.cn/"
    inv(
        I,
        "mianshi_fr_format",
        "zh",
        "event_invitation",
        o,
        h,
        at(2026, 12, 4, 10, 0, SHA),
        at(2027, 1, 6, 10, 30, SHA, "Wed"),
        30,
        "fr",
        "复试：风险管理岗（内部调动）",
        "视频会议",
        "刘敏, Alex Morgan",
        5123,
        INV_,
        "zh template with the d/m/Y user format: '从 : 06/01/2027 10:30' (day first); no zone.",
        zone_in_text=False,
    )
    # ---- obmmove42
    o = ("Hélène Marchetti", "helene.marchetti@agglo-valdeloire.example.fr")
    h = "https://obm.agglo-valdeloire.example.fr/"
    inv(
        M,
        "rdv_modifie_fr_format",
        "fr",
        "event_update",
        o,
        h,
        at(2026, 12, 4, 9, 2, PAR),
        at(2026, 12, 11, 10, 0, PAR, "Fri"),
        45,
        "fr",
        "Entretien mobilité interne – chargé(e) de mission SIG",
        "Hôtel d'agglomération, salle Cher",
        "Hélène Marchetti, Alex Morgan, Jérôme Tessier",
        48213,
        RES,
        "'initialement prévu du 10/12/2026 14:30 au 10/12/2026 15:15' then the new 'du : 11/12/2026 10:00'.",
        zone_in_text=True,
        old=(
            at(2026, 12, 10, 14, 30, PAR),
            at(2026, 12, 10, 15, 15, PAR),
            "Hôtel d'agglomération, salle Loire 2",
        ),
    )
    o = ("Bertrand Lemoine", "b.lemoine@cc-hautesvosges.example.fr")
    h = "https://agenda.cc-hautesvosges.example.fr/"
    inv(
        M,
        "rdv_modifie_iso_fwd_gmail",
        "fr",
        "event_update",
        o,
        h,
        at(2026, 12, 3, 17, 55, PAR),
        at(2026, 12, 9, 16, 0, PAR, "Wed"),
        60,
        "iso",
        "Jury de recrutement – responsable des finances",
        "Mairie, bureau du DGS",
        "Bertrand Lemoine, Alex Morgan, Sylvie Parmentier",
        7731,
        RES,
        "Gmail (fr) forward; old '2026-12-08 09:00' in the sentence, new '2026-12-09 16:00' in the block.",
        zone_in_text=True,
        old=(at(2026, 12, 8, 9, 0, PAR), at(2026, 12, 8, 10, 0, PAR), "Mairie, bureau du DGS"),
        client="gmail",
        fwd_lang="fr",
        fwd_note="Le jury a déplacé l'entretien, nouvelle date ci-dessous.",
    )
    o = ("Daniel Okafor", "daniel.okafor@lakeshore-health.example.ca")
    h = "https://obm.lakeshore-health.example.ca/"
    inv(
        M,
        "updated_us_12h",
        "en",
        "event_update",
        o,
        h,
        at(2026, 12, 4, 11, 5, TOR),
        at(2026, 12, 10, 9, 30, TOR, "Thu"),
        60,
        "us",
        "Internal posting interview - Clinical Data Analyst",
        "Room 2A, 220 Lakeshore Rd",
        "Daniel Okafor, Alex Morgan, Priya Raman",
        1207,
        RES,
        "'initially scheduled from 12/09/2026 1:00pm to 12/09/2026 2:00pm' then 'from : 12/10/2026 9:30am'.",
        zone_in_text=True,
        old=(at(2026, 12, 9, 13, 0, TOR), at(2026, 12, 9, 14, 0, TOR), "Room 4B, 220 Lakeshore Rd"),
    )
    o = ("Graham Pike", "graham.pike@northgate-council.example.org")
    h = "https://obm.northgate-council.example.org/"
    inv(
        M,
        "updated_iso",
        "en",
        "event_update",
        o,
        h,
        at(2026, 12, 4, 13, 30, PAR),
        at(2026, 12, 17, 11, 0, PAR, "Thu"),
        30,
        "iso",
        "Second interview - Translation Unit (EN/FR)",
        "Visio (link to follow)",
        "Graham Pike, Alex Morgan",
        3391,
        RES,
        "Old '2026-12-15 16:00' in the sentence; new '2026-12-17 11:00' in the block.",
        zone_in_text=True,
        old=(at(2026, 12, 15, 16, 0, PAR), at(2026, 12, 15, 16, 30, PAR), "Visio (link to follow)"),
    )
    o = ("Trần Minh Khôi", "khoi.tran@sokhcn-danang.example.vn")
    h = "https://obm.sokhcn-danang.example.vn/"
    inv(
        M,
        "cap_nhat_cau",
        "vi",
        "event_update",
        o,
        h,
        at(2026, 12, 4, 8, 0, HCM),
        at(2026, 12, 10, 14, 0, HCM, "Thu"),
        60,
        "fr",
        "Phỏng vấn vị trí chuyên viên chuyển đổi số",
        "Phòng họp tầng 3",
        "Trần Minh Khôi, Alex Morgan, Lê Thị Hạnh",
        2210,
        RES,
        "vi update: old and new slots in one sentence ('ban đầu dự kiến vào ngày 09/12/2026 09:30 đến …, đã được cập nhật và sẽ diễn ra từ 10/12/2026 14:00 đến …'); no zone.",
        zone_in_text=False,
        old=(at(2026, 12, 9, 9, 30, HCM), at(2026, 12, 9, 10, 30, HCM), "Phòng họp tầng 3"),
    )
    o = ("王丽华", "lihua.wang@huadong-energy.example.cn")
    h = "https://obm.huadong-energy.example.cn/"
    inv(
        M,
        "gengxin_juzi",
        "zh",
        "event_update",
        o,
        h,
        at(2026, 12, 4, 16, 20, SHA),
        at(2026, 12, 11, 9, 30, SHA, "Fri"),
        60,
        "iso",
        "内部竞聘面试 - 数据分析主管",
        "总部大楼 12 层 5 号会议室",
        "王丽华, Alex Morgan, 陈志强",
        4470,
        RES,
        "zh update: '初步计划从2026-12-10 15:00到2026-12-10 16:00…将被更改为从2026-12-11 09:30到2026-12-11 10:30'; no zone.",
        zone_in_text=False,
        old=(
            at(2026, 12, 10, 15, 0, SHA),
            at(2026, 12, 10, 16, 0, SHA),
            "总部大楼 12 层 3 号会议室",
        ),
    )
    o = ("Claire Vasseur", "claire.vasseur@metropole-lille.example.fr")
    h = "https://obm.metropole-lille.example.fr/"
    inv(
        M,
        "rdv_annule",
        "fr",
        "event_cancel",
        o,
        h,
        at(2026, 12, 4, 15, 10, PAR),
        at(2026, 12, 11, 11, 0, PAR, "Fri"),
        30,
        "fr",
        "Entretien téléphonique – assistant(e) RH",
        "Téléphone (Claire appelle)",
        "Claire Vasseur, Alex Morgan",
        61502,
        CAN,
        "'RENDEZ-VOUS ANNULÉ !' with the cancelled 'du : 11/12/2026 11:00'.",
        zone_in_text=True,
    )
    o = ("Sophie Wouters", "sophie.wouters@brusselsport.example.be")
    h = "https://obm.brusselsport.example.be/"
    inv(
        M,
        "deleted_iso",
        "en",
        "event_cancel",
        o,
        h,
        at(2026, 12, 4, 10, 40, BRU),
        at(2026, 12, 7, 15, 30, BRU, "Mon"),
        45,
        "iso",
        "Interview - Port Logistics Coordinator (internal vacancy)",
        "Port House, meeting room 3",
        "Sophie Wouters, Alex Morgan",
        5580,
        CAN,
        "'APPOINTMENT DELETED !' with the deleted 'from : 2026-12-07 15:30'; Thunderbird/ActiveSync NB line.",
        zone_in_text=True,
    )
    o = ("Phạm Thu Trang", "trang.pham@vinalog.example.vn")
    h = "https://lich.vinalog.example.vn/"
    inv(
        M,
        "huy_iso",
        "vi",
        "event_cancel",
        o,
        h,
        at(2026, 12, 4, 9, 45, HCM),
        at(2026, 12, 16, 14, 0, HCM, "Wed"),
        45,
        "iso",
        "Phỏng vấn nội bộ - Trưởng nhóm kho vận",
        "Văn phòng Quận 7, phòng 502",
        "Phạm Thu Trang, Alex Morgan",
        8812,
        CAN,
        "'CUỘC HẸN DÃ HỦY !' with 'Từ : 2026-12-16 14:00'; no zone.",
        zone_in_text=False,
    )
    o = ("刘敏", "min.liu@xinghe-bank.example.cn")
    h = "https://obm.xinghe-bank.example.cn/"
    inv(
        M,
        "shanchu_fr_format",
        "zh",
        "event_cancel",
        o,
        h,
        at(2026, 12, 28, 10, 0, SHA),
        at(2027, 1, 6, 10, 30, SHA, "Wed"),
        30,
        "fr",
        "复试：风险管理岗（内部调动）",
        "视频会议",
        "刘敏, Alex Morgan",
        5123,
        CAN,
        "zh '约会已删除！' with '从 : 06/01/2027 10:30' (d/m/Y); no zone.",
        zone_in_text=False,
    )
    # ---- obmroom42 (negatives: the reader manages the room)
    o = ("Hélène Marchetti", "helene.marchetti@agglo-valdeloire.example.fr")
    h = "https://obm.agglo-valdeloire.example.fr/"
    inv(
        R,
        "salle_reservee",
        "fr",
        "resource_reservation",
        o,
        h,
        at(2026, 12, 1, 10, 14, PAR),
        at(2026, 12, 10, 14, 30, PAR, "Thu"),
        45,
        "fr",
        "Entretien mobilité interne – chargé(e) de mission SIG",
        "Hôtel d'agglomération",
        "",
        48214,
        NEG,
        "Room 'Salle Loire 2' booked for someone else's interview; the reader is in charge of the room.",
        zone_in_text=True,
        resource="Salle Loire 2",
        comment="Merci de prévoir l'écran",
    )
    o = ("Graham Pike", "graham.pike@northgate-council.example.org")
    h = "https://obm.northgate-council.example.org/"
    inv(
        R,
        "room_reserved_iso",
        "en",
        "resource_reservation",
        o,
        h,
        at(2026, 12, 2, 9, 0, PAR),
        at(2026, 12, 16, 9, 0, PAR, "Wed"),
        180,
        "iso",
        "Assessment centre - graduate intake (candidates' interviews)",
        "Civic Centre",
        "",
        3402,
        NEG,
        "Resource reservation of 'Committee Room 1' for an assessment centre; reader approves room bookings.",
        zone_in_text=True,
        resource="Committee Room 1",
        comment="Layout: 3 interview tables",
    )
    o = ("Daniel Okafor", "daniel.okafor@lakeshore-health.example.ca")
    h = "https://obm.lakeshore-health.example.ca/"
    inv(
        R,
        "room_reserved_us",
        "en",
        "resource_reservation",
        o,
        h,
        at(2026, 12, 2, 15, 25, TOR),
        at(2026, 12, 9, 13, 0, TOR, "Wed"),
        60,
        "us",
        "Internal posting interview - Clinical Data Analyst",
        "220 Lakeshore Rd",
        "",
        1208,
        NEG,
        "Room 4B reservation mail to the facilities coordinator; 12H US format.",
        zone_in_text=True,
        resource="Room 4B",
        comment="",
    )
    o = ("Trần Minh Khôi", "khoi.tran@sokhcn-danang.example.vn")
    h = "https://obm.sokhcn-danang.example.vn/"
    inv(
        R,
        "dat_phong",
        "vi",
        "resource_reservation",
        o,
        h,
        at(2026, 12, 2, 8, 35, HCM),
        at(2026, 12, 9, 9, 30, HCM, "Wed"),
        60,
        "fr",
        "Phỏng vấn vị trí chuyên viên chuyển đổi số",
        "Tầng 3",
        "",
        2211,
        NEG,
        "vi resource reservation of 'Phòng họp 3' for an interview; reader manages the room.",
        zone_in_text=False,
        resource="Phòng họp 3",
        comment="Cần máy chiếu",
    )
    o = ("王丽华", "lihua.wang@huadong-energy.example.cn")
    h = "https://obm.huadong-energy.example.cn/"
    inv(
        R,
        "ziyuan_yuding",
        "zh",
        "resource_reservation",
        o,
        h,
        at(2026, 12, 1, 9, 12, SHA),
        at(2026, 12, 10, 15, 0, SHA, "Thu"),
        60,
        "iso",
        "内部竞聘面试 - 数据分析主管",
        "总部大楼 12 层",
        "",
        4471,
        NEG,
        "zh resource reservation ('3号会议室资源预订') for an interview; reader manages the room.",
        zone_in_text=False,
        resource="3号会议室",
        comment="需要视频设备",
    )
    o = ("Maëlle Hoarau", "maelle.hoarau@region-oi.example.re")
    h = "https://obm.region-oi.example.re/"
    inv(
        R,
        "salle_txt",
        "fr",
        "resource_reservation",
        o,
        h,
        at(2026, 12, 2, 8, 7, REU),
        at(2026, 12, 14, 10, 0, REU, "Mon"),
        60,
        "txt",
        "Entretien – chef de projet numérique éducatif",
        "Hôtel de Région",
        "",
        904,
        NEG,
        "Room 'Salle Cilaos' booked for an interview; 'd M Y' format ('14 Dec 2026 10:00').",
        zone_in_text=True,
        resource="Salle Cilaos",
        comment="Accueil des candidats à l'entrée B",
    )
    return out


# ---------------------------------------------------------------------------------------
# WebCalendar
def wc_cases() -> list[Case]:
    out: list[Case] = []

    def one(
        fam: str,
        name: str,
        lang: str,
        what: str,
        org: tuple[str, str],
        host: str,
        sent: datetime,
        start: datetime,
        title: str,
        desc: str,
        eid: int,
        note: str,
        *,
        h12: bool = False,
        client: str = "",
        fwd_lang: str = "",
        fwd_note: str = "",
    ) -> None:
        subject, body = wc_mail(
            lang,
            what,
            to_name=ME[0],
            org_name=org[0],
            name=title,
            description=desc,
            start=start,
            h12=h12,
            url=f"{host}view_entry.php?id={eid}&em=1",
        )
        key = f"{fam}/{name}"
        if client:
            raw = fwd(key, client, fwd_lang, org, subject, sent, body, fwd_note)
        else:
            raw = direct(key, org, subject, sent, body)
        kind = {"new": "invitation", "upd": "reschedule", "cancel": "cancellation"}[what]
        lab = label(kind, start, None, org, forwarded=bool(client))
        out.append(case(fam, name, lang, raw, lab, note))

    N, F, V = "wcalnew42", "wcalfwd42", "wcalmove42"
    rows = [
        (
            "en",
            "America/New_York",
            ("Dana Whitfield", "dana.whitfield@hudson-transit.example.com"),
            (2026, 12, 15, 14, 30, "Tue"),
            True,
            "Interview: Senior Scheduler (internal posting)",
            "Panel interview with Operations Planning. Bring your portfolio.",
            "US order 'Tuesday, December 15, 2026' and 'Time: 2:30pm EST' (12-hour, PHP zone abbreviation).",
        ),
        (
            "en",
            "Australia/Sydney",
            ("Lachlan Reid", "lachlan.reid@harbourcity-water.example.com.au"),
            (2027, 1, 12, 10, 0, "Tue"),
            True,
            "Interview - Asset Planner (internal EOI)",
            "Interview with the Asset Strategy team, level 6.",
            "'Time: 10:00am AEDT' in southern summer.",
        ),
        (
            "de",
            "Europe/Berlin",
            ("Katrin Albers", "katrin.albers@stadtwerke-elbtal.example.de"),
            (2026, 12, 16, 10, 0, "Wed"),
            False,
            "Vorstellungsgespräch interne Stellenausschreibung Netzplanung",
            "Gespräch mit Frau Albers und Herrn Kühn, Raum 2.14.",
            "German date format without a space after the day: 'Mittwoch, 16.Dezember 2026'; 'Zeit 10:00 CET'.",
        ),
        (
            "fr",
            "Europe/Paris",
            ("Claire Dubois", "claire.dubois@mutuelle-armor.example.fr"),
            (2026, 12, 17, 14, 30, "Thu"),
            False,
            "Entretien – mobilité interne gestionnaire sinistres",
            "Entretien avec le responsable du pôle sinistres, bâtiment B.",
            "French translation keeps the US order with a trailing-space month: 'Jeudi, décembre  17, 2026'; 'Heure : 14:30 CET'.",
        ),
        (
            "es",
            "Europe/Madrid",
            ("Marta Ibáñez", "marta.ibanez@aguas-meseta.example.es"),
            (2026, 12, 14, 12, 0, "Mon"),
            False,
            "Entrevista convocatoria interna técnico de calidad",
            "Entrevista con el comité de selección, sala 3.",
            "Spanish translation in US order: 'Lunes, Diciembre 14, 2026'; 'Hora: 12:00 CET'.",
        ),
        (
            "it",
            "Europe/Rome",
            ("Federica Galli", "federica.galli@acque-brenta.example.it"),
            (2026, 12, 18, 9, 30, "Fri"),
            False,
            "Colloquio selezione interna – analista dati",
            "Colloquio con la commissione, sala riunioni 1.",
            "Italian '__dd__ __month__, __yyyy__': 'Venerdì, 18 Dicembre, 2026'; 'Ora: 09:30 CET'.",
        ),
        (
            "nl",
            "Europe/Amsterdam",
            ("Lotte Jansen", "lotte.jansen@waterschap-delta.example.nl"),
            (2027, 1, 13, 13, 30, "Wed"),
            False,
            "Sollicitatiegesprek interne vacature beleidsmedewerker",
            "Gesprek met de selectiecommissie, kamer 4.07.",
            "Dutch 'Woensdag, 13 januari 2027'; 'Tijd: 13:30 CET'.",
        ),
        (
            "nb",
            "Europe/Oslo",
            ("Ingrid Solberg", "ingrid.solberg@fjordkraft-nett.example.no"),
            (2026, 12, 15, 11, 0, "Tue"),
            False,
            "Intervju intern stilling – prosjektleder",
            "Intervju med avdelingsleder, møterom Fjellet.",
            "Norwegian keeps the English order: 'Tirsdag, Desember 15, 2026'; 'Tid: 11:00 CET'.",
        ),
        (
            "pl",
            "Europe/Warsaw",
            ("Agnieszka Nowak", "agnieszka.nowak@wodociagi-wisla.example.pl"),
            (2026, 12, 16, 12, 30, "Wed"),
            False,
            "Rozmowa kwalifikacyjna – rekrutacja wewnętrzna",
            "Rozmowa z komisją, sala 12.",
            "Polish nominative month in US order: 'Środa, Grudzień 16, 2026'; 'Czas: 12:30 CET'.",
        ),
        (
            "sk",
            "Europe/Bratislava",
            ("Zuzana Kováčová", "zuzana.kovacova@vodaren-dunaj.example.sk"),
            (2026, 12, 17, 10, 0, "Thu"),
            False,
            "Pohovor – interné výberové konanie",
            "Pohovor s vedúcim oddelenia, zasadačka 2.",
            "Slovak 'Štvrtok, December 17, 2026'; 'Čas: 10:00 CET'.",
        ),
        (
            "id",
            "Asia/Jakarta",
            ("Rina Kusuma", "rina.kusuma@airminum-jaya.example.co.id"),
            (2026, 12, 15, 9, 0, "Tue"),
            False,
            "Wawancara seleksi internal – analis keuangan",
            "Wawancara dengan kepala divisi, ruang rapat 5.",
            "Indonesian 'Selasa, Desember 15, 2026'; 'Waktu: 09:00 WIB'.",
        ),
        (
            "vi",
            "Asia/Ho_Chi_Minh",
            ("Nguyễn Thu Hà", "ha.nguyen@capnuoc-songhong.example.vn"),
            (2026, 12, 16, 14, 0, "Wed"),
            False,
            "Phỏng vấn tuyển dụng nội bộ",
            "Phỏng vấn với trưởng phòng, phòng họp 2.",
            "Vietnamese 'Thứ tư, Tháng mười hai 16, 2026'; 'Thời gian: 14:00 +07' (no letter abbreviation).",
        ),
        (
            "uk",
            "Europe/Kyiv",
            ("Олена Коваленко", "olena.kovalenko@vodokanal-dnipro.example.ua"),
            (2026, 12, 17, 11, 30, "Thu"),
            False,
            "Співбесіда – внутрішній конкурс",
            "Співбесіда з комісією, кабінет 210.",
            "Ukrainian nominative month in US order: 'Четвер, Грудень 17, 2026'; 'Час: 11:30 EET'.",
        ),
        (
            "ms",
            "Asia/Kuala_Lumpur",
            ("Nurul Aisyah", "nurul.aisyah@air-selangor.example.my"),
            (2026, 12, 14, 15, 0, "Mon"),
            False,
            "Temu duga jawatan dalaman – eksekutif HR",
            "Temu duga bersama panel, bilik mesyuarat 3.",
            "Malay 'Isnin, Disember 14, 2026'; 'Masa: 15:00 +08'.",
        ),
    ]
    for i, (lang, zone, org, (y, mo, d, hh, mi, wd), h12, title, desc, note) in enumerate(rows):
        dom = org[1].split("@")[1]
        host = f"https://intranet.{dom}/webcalendar/"
        start = at(y, mo, d, hh, mi, zone, wd)
        sent = start - timedelta(days=9, hours=3, minutes=17 + i)
        one(
            N,
            f"new_{zone.split('/')[1].lower()}",
            lang,
            "new",
            org,
            host,
            sent,
            start,
            title,
            desc,
            1800 + i * 7,
            note,
            h12=h12,
        )

    fwds = [
        (
            "en",
            "gmail",
            "en",
            "America/Chicago",
            ("Marcus Reed", "marcus.reed@prairie-rail.example.com"),
            (2026, 12, 16, 9, 0, "Wed"),
            True,
            "Interview - Yard Operations Lead (internal)",
            "Interview with the terminal manager.",
            "Can you put this in my calendar? Internal interview next week.",
            "Gmail forward; 'Wednesday, December 16, 2026' / 'Time: 9:00am CST'.",
        ),
        (
            "en",
            "apple",
            "en",
            "America/Los_Angeles",
            ("Jenna Park", "jenna.park@bayside-utilities.example.com"),
            (2027, 1, 14, 15, 45, "Thu"),
            True,
            "Interview: GIS Analyst II (internal transfer)",
            "Panel: Jenna Park, Omar Haddad.",
            "Fyi - interview confirmed.",
            "Apple Mail forward; 'Time: 3:45pm PST'.",
        ),
        (
            "fr",
            "gmail",
            "fr",
            "Europe/Paris",
            ("Hugo Lambert", "hugo.lambert@transports-rhone.example.fr"),
            (2026, 12, 18, 10, 30, "Fri"),
            False,
            "Entretien – poste de coordinateur exploitation",
            "Entretien avec la DRH, salle Confluence.",
            "Convocation reçue via l'agenda interne.",
            "Gmail (fr) forward; 'Vendredi, décembre  18, 2026' / 'Heure : 10:30 CET'.",
        ),
        (
            "de",
            "outlook",
            "de",
            "Europe/Vienna",
            ("Stefan Huber", "stefan.huber@wienwasser.example.at"),
            (2026, 12, 15, 13, 0, "Tue"),
            False,
            "Vorstellungsgespräch – interne Ausschreibung Controlling",
            "Gespräch mit der Bereichsleitung.",
            "Zur Info, bitte eintragen.",
            "Outlook (de) forward; 'Dienstag, 15.Dezember 2026' / 'Zeit 13:00 CET'.",
        ),
        (
            "es",
            "outlook",
            "es",
            "America/Mexico_City",
            ("Lucía Hernández", "lucia.hernandez@aguas-anahuac.example.mx"),
            (2026, 12, 17, 11, 0, "Thu"),
            False,
            "Entrevista – convocatoria interna jefe de turno",
            "Entrevista con recursos humanos, sala 2.",
            "Te reenvío la cita de la entrevista.",
            "Outlook (es) forward; 'Jueves, Diciembre 17, 2026' / 'Hora: 11:00 CST' (Mexico City).",
        ),
        (
            "ms",
            "gmail",
            "en",
            "Asia/Kuala_Lumpur",
            ("Hafiz Rahman", "hafiz.rahman@tenaga-utara.example.my"),
            (2027, 1, 11, 10, 0, "Mon"),
            False,
            "Temu duga – jurutera kanan (dalaman)",
            "Temu duga dengan ketua jabatan.",
            "Interview notice from the intranet calendar, in Malay.",
            "Gmail (en) forward of a Malay mail; 'Isnin, Januari 11, 2027' / 'Masa: 10:00 +08'.",
        ),
        (
            "nl",
            "apple",
            "en",
            "Europe/Amsterdam",
            ("Daan Visser", "daan.visser@havenbedrijf-maas.example.nl"),
            (2026, 12, 14, 16, 0, "Mon"),
            False,
            "Gesprek interne vacature teamleider",
            "Gesprek met HR en de afdelingsmanager.",
            "Forwarding the Dutch calendar notice for my interview.",
            "Apple Mail (en) forward of a Dutch mail; 'Maandag, 14 december 2026' / 'Tijd: 16:00 CET'.",
        ),
    ]
    for i, (
        lang,
        client,
        flang,
        zone,
        org,
        (y, mo, d, hh, mi, wd),
        h12,
        title,
        desc,
        fnote,
        note,
    ) in enumerate(fwds):
        dom = org[1].split("@")[1]
        host = f"https://cal.{dom}/"
        start = at(y, mo, d, hh, mi, zone, wd)
        sent = start - timedelta(days=7, hours=5, minutes=3 + i)
        one(
            F,
            f"fwd_{client}_{zone.split('/')[1].lower()}",
            lang,
            "new",
            org,
            host,
            sent,
            start,
            title,
            desc,
            5200 + i * 11,
            note,
            h12=h12,
            client=client,
            fwd_lang=flang,
            fwd_note=fnote,
        )

    moves = [
        (
            "en",
            "upd",
            "gmail",
            "en",
            "America/New_York",
            ("Dana Whitfield", "dana.whitfield@hudson-transit.example.com"),
            (2026, 12, 17, 11, 0, "Thu"),
            True,
            "Interview: Senior Scheduler (internal posting)",
            "Panel interview with Operations Planning. Bring your portfolio.",
            "They moved my interview - new time below.",
            "Updated appointment forwarded with 'they moved my interview'; 'Time: 11:00am EST'.",
        ),
        (
            "de",
            "upd",
            "outlook",
            "de",
            "Europe/Berlin",
            ("Katrin Albers", "katrin.albers@stadtwerke-elbtal.example.de"),
            (2026, 12, 18, 14, 0, "Fri"),
            False,
            "Vorstellungsgespräch interne Stellenausschreibung Netzplanung",
            "Gespräch mit Frau Albers und Herrn Kühn, Raum 2.14.",
            "Termin wurde verschoben, siehe unten.",
            "'XXX hat einen Termin aktualisiert.' forwarded with 'Termin wurde verschoben'; 'Freitag, 18.Dezember 2026' / 'Zeit 14:00 CET'.",
        ),
        (
            "fr",
            "upd",
            "gmail",
            "fr",
            "Europe/Paris",
            ("Claire Dubois", "claire.dubois@mutuelle-armor.example.fr"),
            (2026, 12, 21, 9, 0, "Mon"),
            False,
            "Entretien – mobilité interne gestionnaire sinistres",
            "Entretien avec le responsable du pôle sinistres, bâtiment B.",
            "L'entretien a été décalé, nouvel horaire ci-dessous.",
            "'a modifié un rendez-vous' forwarded with 'décalé'; 'Lundi, décembre  21, 2026' / 'Heure : 09:00 CET'.",
        ),
        (
            "es",
            "upd",
            "outlook",
            "es",
            "Europe/Madrid",
            ("Marta Ibáñez", "marta.ibanez@aguas-meseta.example.es"),
            (2026, 12, 15, 16, 30, "Tue"),
            False,
            "Entrevista convocatoria interna técnico de calidad",
            "Entrevista con el comité de selección, sala 3.",
            "Me han cambiado la hora de la entrevista.",
            "'ha actualizado una cita' forwarded with 'me han cambiado la hora'; 'Martes, Diciembre 15, 2026' / 'Hora: 16:30 CET'.",
        ),
        (
            "en",
            "cancel",
            "",
            "",
            "America/New_York",
            ("Dana Whitfield", "dana.whitfield@hudson-transit.example.com"),
            (2026, 12, 17, 11, 0, "Thu"),
            True,
            "Interview: Senior Scheduler (internal posting)",
            "Panel interview with Operations Planning. Bring your portfolio.",
            "",
            "'has canceled an appointment.' with the cancelled 'Thursday, December 17, 2026' / '11:00am EST'.",
        ),
        (
            "it",
            "cancel",
            "",
            "",
            "Europe/Rome",
            ("Federica Galli", "federica.galli@acque-brenta.example.it"),
            (2026, 12, 18, 9, 30, "Fri"),
            False,
            "Colloquio selezione interna – analista dati",
            "Colloquio con la commissione, sala riunioni 1.",
            "",
            "'ha cancellato un appuntamento.' with 'Venerdì, 18 Dicembre, 2026' / 'Ora: 09:30 CET'.",
        ),
        (
            "nl",
            "cancel",
            "",
            "",
            "Europe/Amsterdam",
            ("Lotte Jansen", "lotte.jansen@waterschap-delta.example.nl"),
            (2027, 1, 13, 13, 30, "Wed"),
            False,
            "Sollicitatiegesprek interne vacature beleidsmedewerker",
            "Gesprek met de selectiecommissie, kamer 4.07.",
            "",
            "'heeft een afspraak geannuleerd.' with 'Woensdag, 13 januari 2027' / 'Tijd: 13:30 CET'.",
        ),
        (
            "pl",
            "cancel",
            "",
            "",
            "Europe/Warsaw",
            ("Agnieszka Nowak", "agnieszka.nowak@wodociagi-wisla.example.pl"),
            (2026, 12, 16, 12, 30, "Wed"),
            False,
            "Rozmowa kwalifikacyjna – rekrutacja wewnętrzna",
            "Rozmowa z komisją, sala 12.",
            "",
            "'skasował spotkanie.' with 'Środa, Grudzień 16, 2026' / 'Czas: 12:30 CET'.",
        ),
    ]
    for i, (
        lang,
        what,
        client,
        flang,
        zone,
        org,
        (y, mo, d, hh, mi, wd),
        h12,
        title,
        desc,
        fnote,
        note,
    ) in enumerate(moves):
        dom = org[1].split("@")[1]
        host = f"https://intranet.{dom}/webcalendar/"
        start = at(y, mo, d, hh, mi, zone, wd)
        sent = start - timedelta(days=3, hours=2, minutes=41 + i)
        one(
            V,
            f"{what}_{zone.split('/')[1].lower()}",
            lang,
            what,
            org,
            host,
            sent,
            start,
            title,
            desc,
            1900 + i * 5,
            note,
            h12=h12,
            client=client,
            fwd_lang=flang,
            fwd_note=fnote,
        )
    return out


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    negs = sum(1 for item in cases if item.label.get("kind") == NEG)
    lines = [
        "# Provenance of the ats42 batch (`build_ats42.py`)",
        "",
        "Calendar notifications of OBM (Linagora) and WebCalendar (k5n), rendered from their real "
        "templates and translation files; people, organisations, addresses, rooms and event "
        "texts are made up (internal-mobility interviews on the employer's own calendar "
        "server). Labels were written from the datetimes the mails are rendered from, before "
        "the parser was run on any of them.",
        "",
        "## Sources",
        "",
        f"- OBM: `linagora/OBM` @ `{OBM_COMMIT}` — `ui/views/mail/calendar/{{en,fr,vi,zh}}/"
        "{event_invitation,event_update,event_cancel,resource_reservation}.plain.php`, subjects "
        "from `ui/php/calendar/calendar_mailer.php` with their translations in "
        "`ui/obminclude/lang/{fr,vi,zh}/`, dates as `ui/obminclude/of/of_date.inc` "
        "`getOutputDateTime()` prints them with the user formats of `ui/obminclude/global.inc` "
        "('Y-m-d', 'd/m/Y', 'm/d/Y', 'd M Y'; 'H:i' or 12H 'g:ia'). Licence: AGPL-3.0 with "
        "Linagora's additional terms (source headers).",
        f"- WebCalendar: `craigk5n/webcalendar` @ `{WC_COMMIT}` — `edit_entry_handler.php` "
        "(participant mails for new, updated and cancelled entries), `includes/functions.php` "
        "(`date_to_str`, `display_time` with PHP's zone abbreviation), "
        "`includes/classes/WebCalMailer.php` (subject), `translations/{English-US,German,French,"
        "Spanish,Italian,Dutch,Norwegian,Polish,Slovak,Indonesian,Vietnamese,Ukrainian,Malay}.txt`. "
        "Licence: GPL-2.0 (LICENSE).",
        "- Forward layouts (Gmail en/fr, Outlook de/es, Apple Mail en) come from "
        "`build_parse-pos.py` (loaded, not copied).",
        "",
        "## Label policy",
        "",
        "- OBM en/fr print the event's zone ('timezone : Europe/Paris'): `timezone` labelled; "
        "vi/zh print none: wall time at the Date offset, `tz_stated` false. Start and end are "
        "labelled.",
        "- OBM updates are `reschedule` with the NEW slot (the mail states the old one too); "
        "deletions are `cancellation` with the deleted slot. Resource reservations go to the "
        "person in charge of the room: `not_invitation`.",
        "- WebCalendar states a start and a zone abbreviation (CET, EST, AEDT, WIB, '+07'...), no "
        "end: the start instant is labelled, `timezone` is not (an abbreviation is not one "
        "zone). Updated entries are forwarded with the candidate's note that the time moved: "
        "`reschedule`; cancelled ones: `cancellation`.",
        "",
        f"{len(cases)} messages ({negs} negatives) in {len(SPLITS)} families, {len(langs)} "
        f"language tags ({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, "
        "drawn by `random.Random('ats42 coin').sample(sorted(families), 2)` before anything was "
        "parsed): " + ", ".join(held) + "; their files are not listed.",
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
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = obm_cases() + wc_cases()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-ats42.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
