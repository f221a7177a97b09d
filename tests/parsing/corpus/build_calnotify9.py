"""Write the "calnotify9" batch: calendar notices that reach the parser with no calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_calnotify9.py

Thunderbird's invitation display (the "When:/Where:/Organizer:" table of
calendar/calendar/calendar-itip.ftl, imip-html-*) and its iTIP sentences (itip-request-body,
itip-cancel-body, itip-reply-body-*, itip-counter-body), and SOGo's iMIP mail texts
(SoObjects/Appointments/*.lproj/Localizable.strings: invitation, cancellation, "the
appointment ... for the <old date> at <old time> has changed", reminder, replies), re-read from
the projects' repositories in 21 languages the corpus hardly had (sl, hr, lt, el, uk, is, id,
bg, lv, gl, mk, kk, ca, eu, th, vi, sr, ms, ar, et, he). Thunderbird sends the date only in
the calendar part; the display reaches the parser when the user forwards the mail inline, and
the forward header block is Thunderbird's own in the user's language
(mail/chrome/messenger/messengercompose/composeMsgs.properties
mailnews.forward_header_originalmessage and mimeheader.properties). Dates are written with
the CLDR long date and short time patterns of each language (Babel 2.18's CLDR data, copied
into the table below so that the script needs nothing outside the standard library). People,
companies, notes and the agenda mails are ours. Everything was labelled from the rendered
datetimes before the parser was run. Output is deterministic; the script writes or deletes
only files of its own families.
"""

# ruff: noqa: E501  (translation strings are kept on one line each, as in their catalogs)
from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
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
at, timed, Case = pp.at, pp.timed, pp.Case
NEG = "not_invitation"

# Three of the eight families (37 %) are held out, chosen before the parser was run on any of
# them: the rarest languages of each software, and one family of negatives.
SPLITS = {
    "tbinvite": "dev",
    "tbupdate": "dev",
    "tbreply": "dev",
    "sogonotify": "dev",
    "calagenda": "dev",
    "tbfwdrare": "heldout",
    "sogofwd": "heldout",
    "calreplyrare": "heldout",
}
TB = "thunderbird/thunderbird-l10n@5d7cde6f5d9237b64f7de733bb9fbb121055848a"
TB_TPL = (
    f"{TB}: {{lang}}/calendar/calendar/calendar-itip.ftl (imip-html-header/summary/location/"
    "when/organizer/attendees, itip-request-subject/-body, itip-request-updated-subject, "
    "itip-cancel-subject/-body, itip-reply-subject-*/-body-*, itip-counter-body), "
    "{lang}/mail/chrome/messenger/messengercompose/composeMsgs.properties "
    "(mailnews.forward_header_originalmessage), {lang}/mail/chrome/messenger/"
    "mimeheader.properties (SUBJECT, DATE, FROM, TO); display layout (label/value rows, "
    "'<long date> <time> – <time>' with the event's zone in parentheses when it is not the "
    "reader's) recalled; dates in CLDR patterns"
)
SOGO = "Alinto/sogo@ee2ebbb81cc0538626988e47d70ce4c0d4195377"
SOGO_TPL = (
    f"{SOGO}: SoObjects/Appointments/{{lang}}.lproj/Localizable.strings (Event Invitation / "
    "Event Cancelled / Reminder subjects, the invitation and cancellation bodies with "
    "%{StartDate} %{StartTime}, 'The appointment ... for the %{OldStartDate} at "
    "%{OldStartTime} has changed', 'The following parameters have changed', startDate_label, "
    "endDate_label, reply sentences); SoObjects/Appointments/SOGoAptMailUpdate.m (changed "
    "properties listed as label: date and time); dates in the user's numeric short date "
    "setting and %H:%M (SoObjects/SOGo/SOGoDefaults.plist SOGoTimeFormat)"
)
LICENSES = {
    "tbinvite": "MPL-2.0 (Thunderbird l10n); people, events and notes ours",
    "tbupdate": "MPL-2.0 (Thunderbird l10n); people, events and notes ours",
    "tbreply": "MPL-2.0 (Thunderbird l10n); people and events ours",
    "tbfwdrare": "MPL-2.0 (Thunderbird l10n); people, events and notes ours",
    "sogonotify": "GPL-2.0 (SOGo); people, events and notes ours",
    "sogofwd": "GPL-2.0 (SOGo) and MPL-2.0 (Thunderbird forward block); people and notes ours",
    "calagenda": "written for this corpus (no third-party text copied); CLDR date patterns",
    "calreplyrare": "MPL-2.0 (Thunderbird l10n); people and events ours",
}
SOURCES = {
    "tbinvite": "Thunderbird invitations and cancellations forwarded inline by the user with "
    "Thunderbird (sl, hr, lt, el, uk, is, id, bg): the display table with 'Kdaj:/Kada:/Πότε:' "
    "and a long CLDR date, text or HTML only.",
    "tbupdate": "Thunderbird 'Updated:' notices (the mail does not say whether the time moved), "
    "updates the user annotates with the old time, and counter-proposals (negatives).",
    "tbreply": "Thunderbird 'X has accepted/declined your event invitation' notices with the "
    "event table, forwarded (kind reply).",
    "sogonotify": "SOGo invitations, cancellations, changes (old date in the subject, new one "
    "in the body), reminders, in bg, lv, gl, id, is, lt.",
    "calagenda": "Daily agenda digests listing the day's meetings (negatives) in ten languages.",
    "tbfwdrare": "Thunderbird invitations and cancellations forwarded inline in kk, ca, eu, th, "
    "vi, sr, ms, ar, et, he.",
    "sogofwd": "SOGo invitations, cancellations, changes and reminders in kk, eu, mk, hr, some "
    "forwarded with Thunderbird's block.",
    "calreplyrare": "Thunderbird reply notices and counter-proposals in kk, ca, eu, th, vi, sr, "
    "ms, ar.",
}

CLDR: dict[str, dict[str, object]] = {
    "ar": {
        "full": "EEEE، d MMMM y",
        "time": "h:mm a",
        "months": [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
        "days": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
        "ampm": ["ص", "م"],
    },
    "bg": {
        "full": "EEEE, d MMMM y\u202f'г'.",
        "time": "H:mm",
        "months": [
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
        "days": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
        "ampm": ["am", "pm"],
    },
    "ca": {
        "full": "EEEE, d MMMM 'del' y",
        "time": "H:mm",
        "months": [
            "de gener",
            "de febrer",
            "de març",
            "d’abril",
            "de maig",
            "de juny",
            "de juliol",
            "d’agost",
            "de setembre",
            "d’octubre",
            "de novembre",
            "de desembre",
        ],
        "days": ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
        "ampm": ["a.\u202fm.", "p.\u202fm."],
    },
    "el": {
        "full": "EEEE d MMMM y",
        "time": "h:mm\u202fa",
        "months": [
            "Ιανουαρίου",
            "Φεβρουαρίου",
            "Μαρτίου",
            "Απριλίου",
            "Μαΐου",
            "Ιουνίου",
            "Ιουλίου",
            "Αυγούστου",
            "Σεπτεμβρίου",
            "Οκτωβρίου",
            "Νοεμβρίου",
            "Δεκεμβρίου",
        ],
        "days": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
        "ampm": ["π.μ.", "μ.μ."],
    },
    "et": {
        "full": "EEEE, d. MMMM y",
        "time": "HH:mm",
        "months": [
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
        "days": [
            "esmaspäev",
            "teisipäev",
            "kolmapäev",
            "neljapäev",
            "reede",
            "laupäev",
            "pühapäev",
        ],
        "ampm": ["AM", "PM"],
    },
    "eu": {
        "full": "y('e')'ko' MMMM'ren' d('a'), EEEE",
        "time": "HH:mm",
        "months": [
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
        "days": [
            "astelehena",
            "asteartea",
            "asteazkena",
            "osteguna",
            "ostirala",
            "larunbata",
            "igandea",
        ],
        "ampm": ["AM", "PM"],
    },
    "gl": {
        "full": "EEEE, d 'de' MMMM 'de' y",
        "time": "HH:mm",
        "months": [
            "xaneiro",
            "febreiro",
            "marzo",
            "abril",
            "maio",
            "xuño",
            "xullo",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "decembro",
        ],
        "days": ["luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"],
        "ampm": ["a.m.", "p.m."],
    },
    "he": {
        "full": "EEEE, d בMMMM y",
        "time": "H:mm",
        "months": [
            "ינואר",
            "פברואר",
            "מרץ",
            "אפריל",
            "מאי",
            "יוני",
            "יולי",
            "אוגוסט",
            "ספטמבר",
            "אוקטובר",
            "נובמבר",
            "דצמבר",
        ],
        "days": [
            "יום שני",
            "יום שלישי",
            "יום רביעי",
            "יום חמישי",
            "יום שישי",
            "יום שבת",
            "יום ראשון",
        ],
        "ampm": ["AM", "PM"],
    },
    "hr": {
        "full": "EEEE, d. MMMM y.",
        "time": "HH:mm",
        "months": [
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ],
        "days": ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
        "ampm": ["AM", "PM"],
    },
    "id": {
        "full": "EEEE, dd MMMM y",
        "time": "HH.mm",
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
            "November",
            "Desember",
        ],
        "days": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
        "ampm": ["AM", "PM"],
    },
    "is": {
        "full": "EEEE, d. MMMM y",
        "time": "HH:mm",
        "months": [
            "janúar",
            "febrúar",
            "mars",
            "apríl",
            "maí",
            "júní",
            "júlí",
            "ágúst",
            "september",
            "október",
            "nóvember",
            "desember",
        ],
        "days": [
            "mánudagur",
            "þriðjudagur",
            "miðvikudagur",
            "fimmtudagur",
            "föstudagur",
            "laugardagur",
            "sunnudagur",
        ],
        "ampm": ["f.h.", "e.h."],
    },
    "kk": {
        "full": "y\u202f'ж'. d MMMM, EEEE",
        "time": "HH:mm",
        "months": [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ],
        "days": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
        "ampm": ["AM", "PM"],
    },
    "lt": {
        "full": "y 'm'. MMMM d 'd'., EEEE",
        "time": "HH:mm",
        "months": [
            "sausio",
            "vasario",
            "kovo",
            "balandžio",
            "gegužės",
            "birželio",
            "liepos",
            "rugpjūčio",
            "rugsėjo",
            "spalio",
            "lapkričio",
            "gruodžio",
        ],
        "days": [
            "pirmadienis",
            "antradienis",
            "trečiadienis",
            "ketvirtadienis",
            "penktadienis",
            "šeštadienis",
            "sekmadienis",
        ],
        "ampm": ["priešpiet", "popiet"],
    },
    "lv": {
        "full": "EEEE, y. 'gada' d. MMMM",
        "time": "HH:mm",
        "months": [
            "janvāris",
            "februāris",
            "marts",
            "aprīlis",
            "maijs",
            "jūnijs",
            "jūlijs",
            "augusts",
            "septembris",
            "oktobris",
            "novembris",
            "decembris",
        ],
        "days": [
            "pirmdiena",
            "otrdiena",
            "trešdiena",
            "ceturtdiena",
            "piektdiena",
            "sestdiena",
            "svētdiena",
        ],
        "ampm": ["priekšp.", "pēcp."],
    },
    "mk": {
        "full": "EEEE, d MMMM y\u202f'г'.",
        "time": "HH:mm",
        "months": [
            "јануари",
            "февруари",
            "март",
            "април",
            "мај",
            "јуни",
            "јули",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
        "days": ["понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"],
        "ampm": ["претпл.", "попл."],
    },
    "ms": {
        "full": "EEEE, d MMMM y",
        "time": "h:mm\u202fa",
        "months": [
            "Januari",
            "Februari",
            "Mac",
            "April",
            "Mei",
            "Jun",
            "Julai",
            "Ogos",
            "September",
            "Oktober",
            "November",
            "Disember",
        ],
        "days": ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"],
        "ampm": ["PG", "PTG"],
    },
    "sl": {
        "full": "EEEE, d. MMMM y",
        "time": "HH:mm",
        "months": [
            "januar",
            "februar",
            "marec",
            "april",
            "maj",
            "junij",
            "julij",
            "avgust",
            "september",
            "oktober",
            "november",
            "december",
        ],
        "days": ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"],
        "ampm": ["dop.", "pop."],
    },
    "sr": {
        "full": "EEEE, d. MMMM y.",
        "time": "HH:mm",
        "months": [
            "јануар",
            "фебруар",
            "март",
            "април",
            "мај",
            "јун",
            "јул",
            "август",
            "септембар",
            "октобар",
            "новембар",
            "децембар",
        ],
        "days": ["понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"],
        "ampm": ["AM", "PM"],
    },
    "th": {
        "full": "EEEEที่ d MMMM G y",
        "time": "HH:mm น.",
        "months": [
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม",
        ],
        "days": ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"],
        "ampm": ["AM", "PM"],
    },
    "uk": {
        "full": "EEEE, d MMMM y\u202f'р'.",
        "time": "HH:mm",
        "months": [
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ],
        "days": ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
        "ampm": ["дп", "пп"],
    },
    "vi": {
        "full": "EEEE, d MMMM, y",
        "time": "HH:mm",
        "months": [
            "tháng 1",
            "tháng 2",
            "tháng 3",
            "tháng 4",
            "tháng 5",
            "tháng 6",
            "tháng 7",
            "tháng 8",
            "tháng 9",
            "tháng 10",
            "tháng 11",
            "tháng 12",
        ],
        "days": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
        "ampm": ["SA", "CH"],
    },
}
CLDR_NOTE = "CLDR 47 via Babel 2.18: dates.full pattern, time.short pattern, wide names"

# Thunderbird strings, re-read from calendar-itip.ftl / composeMsgs.properties /
# mimeheader.properties at the commit in TB. Keys: header, summary, location, when, organizer,
# attendees, req_subj, upd_subj, req_body, cancel_subj, cancel_body, counter_body,
# acc_subj, dec_subj, acc_body, dec_body, fwd, subject, date, from, to.
TBS: dict[str, dict[str, str]] = {
    "sl": dict(
        header="Povabilo na dogodek",
        summary="Naziv:",
        location="Kje:",
        when="Kdaj:",
        organizer="Organizator:",
        attendees="Udeleženci:",
        req_subj="Povabilo: {s}",
        upd_subj="Posodobljeno: {s}",
        req_body="{o} vas je povabil(a) na {s}",
        cancel_subj="Preklicano: {s}",
        cancel_body="{o} je preklical(a) naslednji dogodek: « {s} »",
        counter_body="{a} ima nadomestni predlog za «{s}»:",
        acc_subj="Sprejeto: {s}",
        dec_subj="Povabilo zavrnjeno: {s}",
        acc_body="{a} je sprejel(a) vaše povabilo na dogodek.",
        dec_body="{a} je odklonil(a) vaše povabilo na dogodek.",
        fwd="-------- Posredovano sporočilo --------",
        subject="Zadeva",
        date="Datum",
        frm="Od",
        to="Za",
    ),
    "hr": dict(
        header="Pozivnica na događaj",
        summary="Naslov:",
        location="Lokacija:",
        when="Kada:",
        organizer="Organizator:",
        attendees="Sudionici:",
        req_subj="Pozivnica: {s}",
        upd_subj="Ažurirano: {s}",
        req_body="{o} vas je pozvao na {s}",
        cancel_subj="Otkazano: {s}",
        cancel_body="{o} je otkazao ovaj događaj: {s}",
        counter_body='{a} je poslao protuprijedlog za "{s}":',
        acc_subj="Prihvaćeno: {s}",
        dec_subj="Pozivnica odbijena: {s}",
        acc_body="{a} je prihvatio vaš poziv na događaj.",
        dec_body="{a} je odbio vaš poziv na događaj.",
        fwd="-------- Proslijeđena poruka --------",
        subject="Subject",
        date="Date",
        frm="From",
        to="To",
    ),
    "lt": dict(
        header="Informacija apie įvykį",
        summary="Pavadinimas:",
        location="Vieta:",
        when="Data:",
        organizer="Organizuoja:",
        attendees="Dalyviai:",
        req_subj="Kvietimas: {s}",
        upd_subj="Atnaujinta: {s}",
        req_body="{o} jus pakvietė į įvykį: {s}",
        cancel_subj="Atšaukta: {s}",
        cancel_body="{o} atšaukė šį įvykį: {s}",
        counter_body="{a} pateikė alternatyvų pasiūlymą įvykiui „{s}“:",
        acc_subj="Kvietimas priimtas: {s}",
        dec_subj="Kvietimas atmestas: {s}",
        acc_body="{a} priėmė jūsų kvietimą į įvykį.",
        dec_body="{a} atmetė jūsų kvietimą į įvykį.",
        fwd="-------- Persiųstas laiškas --------",
        subject="Tema",
        date="Data",
        frm="Kas",
        to="Kam",
    ),
    "el": dict(
        header="Πρόσκληση σε εκδήλωση",
        summary="Τίτλος:",
        location="Τοποθεσία:",
        when="Πότε:",
        organizer="Διοργανωτής:",
        attendees="Συμμετέχοντες:",
        req_subj="Πρόσκληση: {s}",
        upd_subj="Ενημερώθηκε: {s}",
        req_body="{o} σας έχει προσκαλέσει στο {s}",
        cancel_subj="Ακυρώθηκε: {s}",
        cancel_body="Ο/Η {o} ακύρωσε αυτήν την εκδήλωση: {s}",
        counter_body="Ο/Η {a} έχει κάνει αντιπρόταση για το «{s}»:",
        acc_subj="Αποδέχτηκε: {s}",
        dec_subj="Η πρόσκληση απορρίφθηκε: {s}",
        acc_body="Ο/Η {a} αποδέχτηκε την πρόσκλησή σας στην εκδήλωση.",
        dec_body="Ο/Η {a} αρνήθηκε την πρόσκλησή σας στην εκδήλωση.",
        fwd="-------- Προωθημένο μήνυμα --------",
        subject="Θέμα",
        date="Ημερομηνία",
        frm="Από",
        to="Προς",
    ),
    "uk": dict(
        header="Запрошення на подію",
        summary="Назва:",
        location="Місце:",
        when="Коли:",
        organizer="Організатор:",
        attendees="Учасники:",
        req_subj="Запрошення: {s}",
        upd_subj="Оновлено: {s}",
        req_body="{o} запросив(ла) Вас на {s}",
        cancel_subj="Скасовано: {s}",
        cancel_body="{o} скасував(ла) цю подію: « {s} »",
        counter_body="{a} робить зустрічну пропозицію для « {s} »:",
        acc_subj="Прийнято: {s}",
        dec_subj="Запрошення відхилено: {s}",
        acc_body="{a} прийняв(ла) ваше запрошення на подію.",
        dec_body="{a} не прийняв(ла) ваше запрошення на подію.",
        fwd="-------- Переслане повідомлення --------",
        subject="Тема",
        date="Дата",
        frm="Від",
        to="Кому",
    ),
    "is": dict(
        header="Fundarboð",
        summary="Titill:",
        location="Staðsetning:",
        when="Hvenær:",
        organizer="Fundarstjóri:",
        attendees="Þátttakendur:",
        req_subj="Boð: {s}",
        upd_subj="Uppfært: {s}",
        req_body="{o} hefur boðið þér á fund {s}",
        cancel_subj="Hætt við: {s}",
        cancel_body="{o} hefur hætt við atburð: {s}",
        counter_body='{a} gerði móttilboð fyrir "{s}":',
        acc_subj="Samþykkt: {s}",
        dec_subj="Boði hafnað: {s}",
        acc_body="{a} samþykkti fundarboðið.",
        dec_body="{a} hafnaði fundarboði.",
        fwd="-------- Áframsendur póstur --------",
        subject="Efni",
        date="Dagsetning",
        frm="Frá",
        to="Til",
    ),
    "id": dict(
        header="Undangan Acara",
        summary="Judul:",
        location="Tempat:",
        when="Waktu:",
        organizer="Penyelenggara:",
        attendees="Peserta:",
        req_subj="Undangan: {s}",
        upd_subj="Diperbarui: {s}",
        req_body="{o} telah mengundang Anda pada acara {s}",
        cancel_subj="Dibatalkan: {s}",
        cancel_body="{o} telah membatalkan acara ini: {s}",
        counter_body='{a} telah membuat proposal tandingan untuk "{s}":',
        acc_subj="Diterima: {s}",
        dec_subj="Undangan Ditolak: {s}",
        acc_body="{a} telah menyetujui undangan acara Anda.",
        dec_body="{a} telah menolak undangan acara Anda.",
        fwd="-------- Pesan Diteruskan --------",
        subject="Subject",
        date="Date",
        frm="From",
        to="To",
    ),
    "bg": dict(
        header="Покана за събитие",
        summary="Заглавие:",
        location="Местоположение:",
        when="Кога:",
        organizer="Организатор:",
        attendees="Участници:",
        req_subj="Покана: {s}",
        upd_subj="Актуализирана: {s}",
        req_body="{o} ви покани на {s}",
        cancel_subj="Отменена: {s}",
        cancel_body="{o} отмени това събитие: « {s} »",
        counter_body="{a} направи контрапредложение за „{s}“:",
        acc_subj="Приета покана: {s}",
        dec_subj="Отхвърлена покана: {s}",
        acc_body="Вашата покана беше приета от {a}.",
        dec_body="Вашата покана беше отказана от {a}.",
        fwd="-------- Препратено писмо --------",
        subject="Тема",
        date="Дата",
        frm="От",
        to="До",
    ),
    "kk": dict(
        header="Оқиғаға шақыру",
        summary="Тақырыбы:",
        location="Орналасуы:",
        when="Қашан:",
        organizer="Ұйымдастырушы:",
        attendees="Қатысушылар:",
        req_subj="Шақыру: {s}",
        upd_subj="Жаңартылды: {s}",
        req_body="{o} сізді {s} қатысуға шақырды",
        cancel_subj="Бас тартылды: {s}",
        cancel_body="{o} бұл оқиғаны бас тартылған етті: {s}",
        counter_body='{a} "{s}" үшін кері ұсынысты жасады:',
        acc_subj="Қабылданды: {s}",
        dec_subj="Шақыру тайдырылды: {s}",
        acc_body="{a} сіздің оқиғаға шақыруыңызды қабылдады.",
        dec_body="{a} сіздің оқиғаға шақыруыңызды тайдырды.",
        fwd="-------- Әрі қарай жіберілген хабарлама --------",
        subject="Тақырыбы",
        date="Күні",
        frm="Кімнен",
        to="Кімге",
    ),
    "ca": dict(
        header="Invitació a la cita",
        summary="Títol:",
        location="Ubicació:",
        when="Quan:",
        organizer="Organitzador:",
        attendees="Assistents:",
        req_subj="Invitació: {s}",
        upd_subj="Actualitzada: {s}",
        req_body="{o} us ha invitat a {s}",
        cancel_subj="Cancel·lada: {s}",
        cancel_body="{o} ha cancel·lat aquesta cita: {s}",
        counter_body="{a} ha fet una contraproposta per a «{s}»:",
        acc_subj="Acceptada: {s}",
        dec_subj="Invitació declinada: {s}",
        acc_body="{a} ha acceptat la vostra invitació a la cita.",
        dec_body="{a} ha declinat la vostra invitació a la cita.",
        fwd="-------- Missatge reenviat --------",
        subject="Assumpte",
        date="Data",
        frm="De",
        to="Per a",
    ),
    "eu": dict(
        header="Gertaera gonbidapena",
        summary="Izenburua:",
        location="Kokalekua:",
        when="Noiz:",
        organizer="Antolatzailea:",
        attendees="Partaideak:",
        req_subj="Gonbidapena: {s}",
        upd_subj="Eguneratua: {s}",
        req_body="{o}(e)k {s}(e)ra gonbidatu zaitu",
        cancel_subj="Ezeztatua: {s}",
        cancel_body="{o}k gertaera hau bertan behera utzi du: {s}",
        counter_body='{a}k kontraproposamena egin du honentzat "{s}":',
        acc_subj="Onartua: {s}",
        dec_subj="Gonbidapen baztertua: {s}",
        acc_body="{a}(e)k zure gertaera gonbidapena onartu du.",
        dec_body="{a}(e)k zure gertaera baztertu du.",
        fwd="-------- Birbidalitako mezua --------",
        subject="Gaia",
        date="Data",
        frm="Nork",
        to="Nori",
    ),
    "th": dict(
        header="คำเชิญเหตุการณ์",
        summary="ชื่อเรื่อง:",
        location="ตำแหน่งที่ตั้ง:",
        when="เมื่อ:",
        organizer="ผู้จัด:",
        attendees="ผู้เข้าร่วม:",
        req_subj="คำเชิญ: {s}",
        upd_subj="อัปเดต: {s}",
        req_body="{o} ได้เชิญคุณไปยัง {s}",
        cancel_subj="ยกเลิก: {s}",
        cancel_body="{o} ได้ยกเลิกเหตุการณ์นี้: {s}",
        counter_body='{a} ได้สร้างการโต้แย้งสำหรับ "{s}":',
        acc_subj="ยอมรับ: {s}",
        dec_subj="ปฏิเสธคำเชิญ: {s}",
        acc_body="{a} ได้ยอมรับคำเชิญเหตุการณ์ของคุณ",
        dec_body="{a} ได้ปฏิเสธคำเชิญเหตุการณ์ของคุณ",
        fwd="-------- ข้อความที่ส่งต่อ --------",
        subject="หัวเรื่อง",
        date="วันที่",
        frm="จาก",
        to="ถึง",
    ),
    "vi": dict(
        header="Lời mời sự kiện",
        summary="Tiêu đề:",
        location="Địa chỉ:",
        when="Lúc:",
        organizer="Người tổ chức:",
        attendees="Người tham dự:",
        req_subj="Lời mời: {s}",
        upd_subj="Đã cập nhật: {s}",
        req_body="{o} mời bạn tham dự {s}",
        cancel_subj="Đã hủy bỏ: {s}",
        cancel_body="{o} đã hủy bỏ sự kiện này: {s}",
        counter_body='{a} đã đưa ra phản hồi cho "{s}":',
        acc_subj="Đã chấp nhận: {s}",
        dec_subj="Lời mời bị từ chối: {s}",
        acc_body="{a} đã chấp nhận thư mời tham dự sự kiện của bạn.",
        dec_body="{a} đã từ chối thư mời tham dự sự kiện của bạn.",
        fwd="-------- Tin nhắn đã được chuyển tiếp --------",
        subject="Tiêu đề",
        date="Ngày",
        frm="Từ",
        to="Đến",
    ),
    "sr": dict(
        header="Позивница на догађај",
        summary="Наслов:",
        location="Место:",
        when="Када:",
        organizer="Организатор:",
        attendees="Полазници:",
        req_subj="Позивница: {s}",
        upd_subj="Ажурирано: {s}",
        req_body="{o} вас је позвао/ла на {s}",
        cancel_subj="Отказано: {s}",
        cancel_body="{o} је отказао/ла овај догађај: {s}",
        counter_body="{a} је направио/ла контра-предлог за „{s}“:",
        acc_subj="Прихваћено: {s}",
        dec_subj="Позивница одбијена: {s}",
        acc_body="{a} је прихватио/ла вашу позивницу на догађај.",
        dec_body="{a} је одбио/ла вашу позивницу на догађај.",
        fwd="-------- Прослеђена порука --------",
        subject="Тема",
        date="Датум",
        frm="Шаље",
        to="Прима",
    ),
    "ms": dict(
        header="Jemputan Acara",
        summary="Tajuk:",
        location="Lokasi:",
        when="Pada:",
        organizer="Penganjur:",
        attendees="Peserta:",
        req_subj="Jemputan: {s}",
        upd_subj="Dikemaskini: {s}",
        req_body="{o} telah menjemput anda menghadiri {s}",
        cancel_subj="Dibatalkan: {s}",
        cancel_body="{o} telah membatalkan acara ini: {s}",
        counter_body='{a} telah membuat cadangan balas untuk "{s}":',
        acc_subj="Diterima: {s}",
        dec_subj="Jemputan Ditolak: {s}",
        acc_body="{a} telah bersetuju menghadiri acara anda.",
        dec_body="{a} tidak akan menghadiri acara anda.",
        fwd="-------- Mesej Dikirim Semula --------",
        subject="Subjek",
        date="Tarikh",
        frm="Daripada",
        to="Kepada",
    ),
    "ar": dict(
        header="دعوة لحدث",
        summary="الاسم:",
        location="المكان:",
        when="متى:",
        organizer="المنظّم:",
        attendees="الحضور:",
        req_subj="دعوة: {s}",
        upd_subj="حدّث: {s}",
        req_body="دعاك {o} إلى {s}",
        cancel_subj="ألغى: {s}",
        cancel_body="ألغى {o} هذا الحدث: {s}",
        counter_body="قدم {a} عرضًا مضادًا على ”{s}“:",
        acc_subj="قبلَ: {s}",
        dec_subj="رُفضت الدعوة: {s}",
        acc_body="قبل {a} دعوة الحدث.",
        dec_body="رفض {a} دعوة الحدث.",
        fwd="-------- رسالة ممرّرة --------",
        subject="الموضوع",
        date="التاريخ",
        frm="مِن",
        to="إلى",
    ),
    "et": dict(
        header="Sündmuse kutse",
        summary="Pealkiri:",
        location="Asukoht:",
        when="Kellaaeg:",
        organizer="Korraldaja:",
        attendees="Osalejad:",
        req_subj="Kutse: {s}",
        upd_subj="Uuendatud: {s}",
        req_body="{o} on kutsunud sind {s}",
        cancel_subj="Tühistatud: {s}",
        cancel_body="{o} on tühistanud sündmuse: « {s} »",
        counter_body='{a} saatis vastuettepaneku sündmusele "{s}":',
        acc_subj="Aktsepteeritud: {s}",
        dec_subj="Kutsest keeldumine: {s}",
        acc_body="{a} on aktsepteerinud sinu kutse sündmusele.",
        dec_body="{a} on keeldunud sinu kutsest sündmusele.",
        fwd="-------- Edastatud kiri --------",
        subject="Teema",
        date="Kuupäev",
        frm="Saatja",
        to="Saaja",
    ),
    "he": dict(
        header="הזמנה לאירוע",
        summary="כותרת:",
        location="מיקום:",
        when="מועד:",
        organizer="מארגן:",
        attendees="אורחים:",
        req_subj="הזמנה: {s}",
        upd_subj="עודכן: {s}",
        req_body="{o} מזמין אותך לאירוע  {s}",
        cancel_subj="בוטל: {s}",
        cancel_body="{o} ביטל את האירוע « {s} »",
        counter_body="הוגשה הצעה חלופית על־ידי {a} לאירוע „{s}”:",
        acc_subj="",
        dec_subj="",
        acc_body="{a} קיבל את ההזמנה שלך לאירוע.",
        dec_body="{a} דחה את ההזמנה שלך לאירוע.",
        fwd="",
        subject="",
        date="",
        frm="",
        to="",
    ),
}

# SOGo strings (Localizable.strings at SOGO). inv/cancel bodies keep SOGo's own lines; {o}
# organizer, {s} summary, {sd}/{st}/{ed}/{et} start/end date/time, {d} description.
SOGOS: dict[str, dict[str, str]] = {
    "bg": dict(
        dir="Bulgarian",
        inv_subj='Покана за събитие: "{s}"',
        inv="{o}  Ви кани на {s}.\n\nНачало: {sd} от {st}\nКрай: {ed} от {et}\nОписание: {d}",
        cancel_subj='Отменено събитие: "{s}"',
        cancel="{o}  отмени това събитие: {s}.\n\nНачало: {sd} от {st}\nКрай: {ed} от {et}\nОписание: {d}",
        upd_subj='Ангажимента "{s}" за {od} от {ot} беше променен',
        upd_head='Променени са следните параметри за "{s}":',
        upd_tail="Моля, потвърдете или отхвърлете тези промени.",
        start="Начало",
        end="Край",
        remind='Напомняне: "{s}" - {sd}',
    ),
    "lv": dict(
        dir="Latvian",
        inv_subj='Pasākuma ielūgums: "{s}"',
        inv="{o}  ielūdza Jūs uz {s}.\n\nSākums: {sd} {st}\nBeigas: {ed} {et}\nApraksts: {d}",
        cancel_subj='Atcelts pasākums: "{s}"',
        cancel="{o}  atcēla notikumu: {s}.\n\nSākums: {sd} {st}\nBeigas: {ed} {et}\nApraksts: {d}",
        upd_subj='Tikšanās "{s}" {od} {ot} ir mainīta',
        upd_head='Plānotā tikšanās "{s}" ir mainīta, ir veiktas šādas izmaiņas:',
        upd_tail="Lūdzu pieņemt vai noraidīt šīs izmaiņas.",
        start="Sākums",
        end="Beigas",
        remind='Atgādinājums: "{s}" - {sd}',
    ),
    "gl": dict(
        dir="Galician",
        inv_subj='Invitación ao evento: "{s}"',
        inv="{o} convidoulle a {s}.\n\nInicio: {sd} a {st}\nFin: {ed} en {et}\nDescrición: {d}",
        cancel_subj='Evento cancelado: "{s}"',
        cancel="{o} cancelou este evento: {s}.\n\nInicio: {sd} en {st}\nFin: {ed} en {et}\nDescrición: {d}",
        upd_subj='A cita "{s}" para a {od} en {ot} cambiou',
        upd_head='Os seguintes parámetros cambiaron na reunión "{s}":',
        upd_tail="Por favor, acepte ou rexeite eses cambios.",
        start="Inicio",
        end="Fin",
        remind='Recordatorio: "{s}" - {sd}',
    ),
    "id": dict(
        dir="Indonesian",
        inv_subj='Undangan Acara: "{s}"',
        inv="{o}  telah mengundang Anda ke {s}.\n\nMulai: {sd} pukul {st}\nSelesai: {ed} pukul {et}\nKeterangan: {d}",
        cancel_subj='Acara Dibatalkan: "{s}"',
        cancel="{o}  telah membatalkan acara ini: {s}.\n\nMulai: {sd} pukul {st}\nSelesai: {ed} pukul {et}\nKeterangan: {d}",
        upd_subj='Janji "{s}" untuk {od} pukul {ot} telah diubah',
        upd_head='Parameter berikut telah berubah pada pertemuan "{s}":',
        upd_tail="Mohon menerima atau menolak perubahan tersebut.",
        start="Mulai",
        end="Selesai",
        remind='Reminder: "{s}" - {sd}',
    ),
    "is": dict(
        dir="Icelandic",
        inv_subj='Boð á viðburð: "{s}"',
        inv="{o} hefur boðið þér á þennan viðburð: {s}.\n\nByrjun: {sd} at {st}\nEndir: {ed} at {et}\nLýsing: {d}",
        cancel_subj='Viðburði aflýst: "{s}"',
        cancel="{o} hefur aflýst þessum viðburði: {s}.\n\nByrjun: {sd} kl. {st}\nEndir: {ed} kl. {et}\nLýsing: {d}",
        upd_subj='Tímapöntunin "{s}" sem var þann {od} kl. {ot} hefur breyst.',
        upd_head='Eftirfarandi atriði hafa breyst varðandi fundinn: "{s}"',
        upd_tail="Þessar breytingar þarf að samþykkja eða hafna.",
        start="Byrjun",
        end="Endir",
        remind='Reminder: "{s}" - {sd}',
    ),
    "lt": dict(
        dir="Lithuanian",
        inv_subj='Kvietimas į renginį: "{s}"',
        inv="{o}  pakvietė Jus į {s}.\n\nPradžia: {sd} nuo {st}\nPabaiga: {ed} nuo {et}\nAprašymas: {d}",
        cancel_subj='Įvykis atšauktas: "{s}"',
        cancel="{o}  atšaukė šį įvykį: {s}.\n\nPradžia: {sd} at {st}\nPabaiga: {ed} at {et}\nAprašymas: {d}",
        upd_subj='Paskyrimas "{s}" už {od} nuo  {ot} pasikeitė.',
        upd_head='Šie parametrai buvo pakeisti "{s}"  susitikime:',
        upd_tail="Prašome priimti ar atmesti pakeitimus.",
        start="Pradėti",
        end="Pabaiga",
        remind='Priminimas: "{s}" - {sd}',
    ),
    "kk": dict(
        dir="Kazakh",
        inv_subj='Іс-шараға шақыру: "{s}"',
        inv="{o}  сізді {s} шақырды.\nБасталуы: {sd} в {st}\nАяқталуы: {ed} {et}\nСипаттама: {d}",
        cancel_subj='Іс-шара өткізілмейтін болды: "{s}"',
        cancel="{o}  мына кездесуді өткізбейтін болды: {s}.\n\nБасталуы: {sd} {st}\nАяқталуы: {ed} {et}\nСипаттама: {d}",
        upd_subj='{od} {ot} белгіленген "{s}" іс-шарасы өзгертілді.',
        upd_head='"{s}" іс-шарасында келесі параметрлер өзгертілді:',
        upd_tail="Осы өзгертулерді растаңыз немесе күшін жойыңыз.",
        start="Басталуы",
        end="Аяқталуы",
        remind='Ескерту: "{s}" - {sd}',
    ),
    "eu": dict(
        dir="Basque",
        inv_subj='Ekitaldirako gonbidapena: "{s}"',
        inv="{o} -k gonbidatu zaitu {s}-ra \n\nHasiera: {sd}-an,  {st}-tan\nEnd: {ed}-an,  {et}-tan\nDeskribapena: {d}",
        cancel_subj='Ekitaldia bertan behera utzi da: "{s}"',
        cancel="{o} -k honako ekitaldia bertan behera utzi du: {s}.\n\nHasiera: {sd}-an, {st}-tan\nAmaiera: {ed}-an {et}-tan\nDeskribapena: {d}",
        upd_subj='{od} eguneko eta {ot} orduko "{s}"  hitzordua aldatu da',
        upd_head=' "{s}" bilerako ondorengo parametroak aldatu dira:',
        upd_tail="Mesedez, onartu edo ezetsi ondorengo aldaketak.",
        start="Hasi",
        end="Amaitu",
        remind='Reminder: "{s}" - {sd}',
    ),
    "mk": dict(
        dir="Macedonian",
        inv_subj='Покана за настанот: "{s}"',
        inv="{o} ве покани на {s}.\n\nПочеток: {sd} во {st}\nКрај: {ed} во {et}\nОпис: {d}",
        cancel_subj='Настанот е откажан: "{s}"',
        cancel="{o} го откажа настанот: {s}.\n\nПочеток: {sd} во {st}\nКрај: {ed} во {et}\nОпис: {d}",
        upd_subj='Состанокот "{s}" за {od} на {ot} се промени',
        upd_head='Следните параметри се променија во "{s}" состанок:',
        upd_tail="Прифатете ги ли отфрлете ги измените.",
        start="Почеток:",
        end="Крај:",
        remind='Потсетник: "{s}" - {sd}',
    ),
    "hr": dict(
        dir="Croatian",
        inv_subj="Pozivnica: „{s}”",
        inv="{o}  vas poziva na {s}.\n\nPočetak: {sd} at {st}\nKraj: {ed} at {et}\nOpis: {d}",
        cancel_subj="Ovaj događaj je otkazan: „{s}”.",
        cancel="{o}  je otkazao ovaj događaj: {s}.\nPočetak: {sd} at {st}\nKraj: {ed} at {et}\nOpis: {d}",
        upd_subj="Sastanak „{s}” iz {od} u {ot} je promjenjen",
        upd_head="Sljedeći parametri su se promijenili u sastanku „{s}”:",
        upd_tail="Molim prihvatite ili odbacite ove promjene.",
        start="Početak",
        end="Kraj",
        remind='Reminder: "{s}" - {sd}',
    ),
}

ZONES = {
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "lt": "Europe/Vilnius",
    "el": "Europe/Athens",
    "uk": "Europe/Kyiv",
    "is": "Atlantic/Reykjavik",
    "id": "Asia/Jakarta",
    "bg": "Europe/Sofia",
    "kk": "Asia/Almaty",
    "ca": "Europe/Madrid",
    "eu": "Europe/Madrid",
    "th": "Asia/Bangkok",
    "vi": "Asia/Ho_Chi_Minh",
    "sr": "Europe/Belgrade",
    "ms": "Asia/Kuala_Lumpur",
    "ar": "Asia/Riyadh",
    "et": "Europe/Tallinn",
    "he": "Asia/Jerusalem",
    "gl": "Europe/Madrid",
    "lv": "Europe/Riga",
    "mk": "Europe/Skopje",
}
TLD = {
    "sl": "si",
    "el": "gr",
    "uk": "ua",
    "kk": "kz",
    "ca": "cat",
    "eu": "eus",
    "vi": "vn",
    "sr": "rs",
    "ms": "my",
    "ar": "sa",
    "he": "il",
    "gl": "gal",
    "et": "ee",
}

# Invented people: (user's name, organizer, company, event title, place) per language.
PEOPLE: dict[str, tuple[str, str, str, str, str]] = {
    "sl": (
        "Maja Kovač",
        "Tina Zupan",
        "Lipa Soft d.o.o.",
        "Razgovor za delovno mesto razvijalca",
        "Ljubljana, Dunajska 22",
    ),
    "hr": (
        "Ivan Horvat",
        "Petra Babić",
        "Jadran Data d.o.o.",
        "Razgovor za posao – analitičar",
        "Zagreb, Ilica 40",
    ),
    "lt": (
        "Rūta Jonaitė",
        "Mindaugas Petraitis",
        "Baltų Kodas UAB",
        "Darbo pokalbis – QA inžinierius",
        "Vilnius, Gedimino pr. 9",
    ),
    "el": (
        "Eleni Papadaki",
        "Nikos Georgiou",
        "Aigaio Systems",
        "Συνέντευξη για τη θέση Data Engineer",
        "Αθήνα, Πατησίων 12",
    ),
    "uk": (
        "Oksana Melnyk",
        "Andrii Shevchenko",
        "Dnipro Labs",
        "Співбесіда: Frontend-розробник",
        "Київ, вул. Хрещатик 15",
    ),
    "is": (
        "Sigrún Jónsdóttir",
        "Gunnar Ólafsson",
        "Hekla Hugbúnaður ehf.",
        "Atvinnuviðtal – forritari",
        "Reykjavík, Borgartún 8",
    ),
    "id": (
        "Dewi Lestari",
        "Budi Santoso",
        "PT Nusantara Digital",
        "Wawancara Kerja – Product Analyst",
        "Jakarta, Jl. Sudirman 21",
    ),
    "bg": (
        "Maria Petrova",
        "Georgi Ivanov",
        "Vitosha Tech EOOD",
        "Интервю за позиция Backend разработчик",
        "София, бул. Витоша 50",
    ),
    "kk": (
        "Aigerim Nurlanova",
        "Daniyar Seitkali",
        "Steppe Cloud LLP",
        "Жұмыс сұхбаты – DevOps инженері",
        "Алматы, Абай даңғ. 10",
    ),
    "ca": (
        "Laia Puig",
        "Jordi Vidal",
        "Mediterrània Dades SL",
        "Entrevista de feina – dissenyador UX",
        "Barcelona, c/ Aragó 210",
    ),
    "eu": (
        "Ane Etxeberria",
        "Iker Agirre",
        "Gorbeia Software",
        "Lan elkarrizketa – garatzailea",
        "Bilbo, Gran Vía 30",
    ),
    "th": (
        "Suda Chaiyaphum",
        "Anan Wongsa",
        "Chao Phraya Tech",
        "สัมภาษณ์งาน ตำแหน่งนักวิเคราะห์ข้อมูล",
        "กรุงเทพฯ, ถนนสีลม 99",
    ),
    "vi": (
        "Nguyễn Thu Hà",
        "Trần Minh Quân",
        "Sông Hồng Software",
        "Phỏng vấn vị trí Kỹ sư phần mềm",
        "TP.HCM, 12 Lê Lợi",
    ),
    "sr": (
        "Jelena Marković",
        "Milan Jovanović",
        "Dunav IT d.o.o.",
        "Интервју за посао – тестер",
        "Београд, Кнез Михаилова 5",
    ),
    "ms": (
        "Nur Aisyah",
        "Ahmad Faizal",
        "Selat Digital Sdn Bhd",
        "Temu duga – Jurutera Perisian",
        "Kuala Lumpur, Jalan Ampang 7",
    ),
    "ar": (
        "Layla Haddad",
        "Omar Al-Harbi",
        "Najd Analytics",
        "مقابلة عمل – محلل بيانات",
        "الرياض، طريق الملك فهد",
    ),
    "et": (
        "Kadri Tamm",
        "Martin Saar",
        "Toompea Tarkvara OÜ",
        "Tööintervjuu – tarkvaraarendaja",
        "Tallinn, Narva mnt 5",
    ),
    "he": (
        "Noa Levi",
        "Yossi Cohen",
        "Carmel Data",
        "ראיון עבודה – מפתח/ת Backend",
        "תל אביב, רוטשילד 20",
    ),
    "gl": (
        "Uxía Castro",
        "Brais Otero",
        "Atlántico Software SL",
        "Entrevista de traballo – programador",
        "Vigo, Rúa Urzaiz 15",
    ),
    "lv": (
        "Līga Ozola",
        "Jānis Bērziņš",
        "Daugava Dati SIA",
        "Darba intervija – sistēmu analītiķis",
        "Rīga, Brīvības iela 40",
    ),
    "mk": (
        "Ana Stojanovska",
        "Goran Trajkovski",
        "Vardar Soft DOOEL",
        "Интервју за работа – програмер",
        "Скопје, ул. Македонија 3",
    ),
}


def person(lang: str, role: str) -> tuple[str, str]:
    """(name, address) of the user ('me') or the organizer ('org') of a language."""
    name = PEOPLE[lang][0] if role == "me" else PEOPLE[lang][1]
    local = re.sub(r"[^a-z]", "", name.split()[0].lower().encode("ascii", "ignore").decode())
    company = re.sub(r"[^a-z]", "", PEOPLE[lang][2].lower().encode("ascii", "ignore").decode())
    tld = TLD.get(lang, lang)
    if role == "me":
        return name, f"{local or 'user'}.{lang}@posta.example"
    return name, f"{local or 'hr'}@{company[:14]}.{tld}.example"


# --------------------------------------------------------------------------------------
# dates in CLDR patterns


def ldml(lang: str, value: datetime, pattern: str) -> str:
    """Format value with a CLDR pattern (the subset these locales use)."""
    data = CLDR[lang]
    months, days, ampm = data["months"], data["days"], data["ampm"]
    assert isinstance(months, list)
    assert isinstance(days, list)
    assert isinstance(ampm, list)
    out: list[str] = []
    for token in re.finditer(r"'[^']*'|([A-Za-z])\1*|[^A-Za-z']+", pattern):
        text = token.group(0)
        if text.startswith("'"):
            out.append(text[1:-1] or "'")
        elif text[0] == "E":
            out.append(days[value.weekday()])
        elif text in ("MMMM", "LLLL"):
            out.append(months[value.month - 1])
        elif text == "MM":
            out.append(f"{value.month:02d}")
        elif text == "M":
            out.append(str(value.month))
        elif text == "dd":
            out.append(f"{value.day:02d}")
        elif text == "d":
            out.append(str(value.day))
        elif text[0] == "y":
            out.append(str(value.year))
        elif text == "G":
            out.append("ค.ศ.")
        elif text == "HH":
            out.append(f"{value.hour:02d}")
        elif text == "H":
            out.append(str(value.hour))
        elif text == "h":
            out.append(str(value.hour % 12 or 12))
        elif text == "mm":
            out.append(f"{value.minute:02d}")
        elif text == "a":
            out.append(ampm[value.hour >= 12])
        elif re.fullmatch(r"[A-Za-z]+", text):
            raise ValueError(f"pattern letter {text!r} not handled")
        else:
            out.append(text)
    return "".join(out)


def long_date(lang: str, value: datetime) -> str:
    pattern = CLDR[lang]["full"]
    assert isinstance(pattern, str)
    return ldml(lang, value, pattern)


def clock(lang: str, value: datetime) -> str:
    pattern = CLDR[lang]["time"]
    assert isinstance(pattern, str)
    return ldml(lang, value, pattern)


def tb_when(lang: str, start: datetime, end: datetime, show_zone: bool) -> str:
    """Thunderbird's 'When' value: long date, start – end, the zone when not the reader's."""
    text = f"{long_date(lang, start)} {clock(lang, start)} – {clock(lang, end)}"
    if show_zone:
        text += f" ({start.tzinfo})"
    return text


def numeric(value: datetime, style: str) -> str:
    """SOGo's short date in the user's numeric setting."""
    if style == "dot":
        return f"{value:%d.%m.%Y}"
    if style == "slash":
        return f"{value:%d/%m/%Y}"
    return f"{value:%Y-%m-%d}"


# --------------------------------------------------------------------------------------
# message shapes


def tb_table(lang: str, s: str, start: datetime, end: datetime, zone: bool, place: str) -> str:
    """Thunderbird's event display as it lands in an inline forward's text."""
    t = TBS[lang]
    org, me = person(lang, "org"), person(lang, "me")
    rows = [
        (t["summary"], s),
        (t["location"], place),
        (t["when"], tb_when(lang, start, end, zone)),
        (t["organizer"], f"{org[0]} <{org[1]}>"),
        (t["attendees"], f"{org[0]} <{org[1]}>, {me[0]} <{me[1]}>"),
    ]
    return t["header"] + "\n" + "\n".join(f"{label}\t{value}" for label, value in rows)


def tb_html(table: str, lead: str, note: str, head: str) -> str:
    body = "".join(
        f"<tr><th align='left'>{h(row.split(chr(9))[0])}</th><td>{h(row.split(chr(9))[1])}</td></tr>"
        for row in table.splitlines()[1:]
    )
    head_rows = "".join(
        f"<tr><th>{h(line.split(chr(9))[0])}</th><td>{h(line.split(chr(9))[-1])}</td></tr>"
        for line in head.splitlines()[1:]
    )
    return (
        f"<html><body><p>{h(note)}</p><div class='moz-forward-container'>"
        f"{h(head.splitlines()[0])}<table class='moz-email-headers-table'>{head_rows}</table>"
        f"<p>{h(lead)}</p><h3>{h(table.splitlines()[0])}</h3><table>{body}</table>"
        "</div></body></html>\n"
    )


def tb_forward_head(lang: str, org: tuple[str, str], sent: datetime, subject: str) -> str:
    t = TBS[lang]
    me = person(lang, "me")
    return (
        f"{t['fwd']}\n{t['subject']}: \t{subject}\n{t['date']}: \t{format_datetime(sent)}\n"
        f"{t['frm']}: \t{org[0]} <{org[1]}>\n{t['to']}: \t{me[0]} <{me[1]}>\n"
    )


def tb_forward(
    key: str,
    lang: str,
    subject: str,
    lead: str,
    table: str,
    sent: datetime,
    note: str,
    html_only: bool = False,
) -> bytes:
    """The user forwards a Thunderbird notification inline with Thunderbird in their language."""
    org, me = person(lang, "org"), person(lang, "me")
    head = tb_forward_head(lang, org, sent, subject)
    text = f"{note}\n\n{head}\n\n{lead}\n\n{table}\n"
    html = tb_html(table, lead, note, head)
    return pp.mail(
        key,
        sender=me,
        to=pp.HOOK,
        subject=f"Fwd: {subject}",
        sent=sent + timedelta(hours=1, minutes=12),
        text=None if html_only else text,
        html=html if html_only else None,
    )


def sogo_mail(
    key: str,
    lang: str,
    subject: str,
    body: str,
    sent: datetime,
    forward: bool = False,
    note: str = "",
) -> bytes:
    org, me = person(lang, "org"), person(lang, "me")
    if not forward:
        return pp.mail(key, sender=org, to=me, subject=subject, sent=sent, text=body)
    head = tb_forward_head(lang, org, sent, subject)
    return pp.mail(
        key,
        sender=me,
        to=pp.HOOK,
        subject=f"Fwd: {subject}",
        sent=sent + timedelta(minutes=47),
        text=f"{note}\n\n{head}\n\n{body}\n",
    )


def case(
    fam: str, name: str, lang: str, raw: bytes, label: dict[str, object], note: str, template: str
) -> Case:
    return Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, template, LICENSES[fam])


def slot(
    start: datetime, end: datetime | None, kind: str | None, zone: bool, sent: datetime | None
) -> dict[str, object]:
    """Label keys for a slot: the IANA zone when the mail names it, else the wall time."""
    label: dict[str, object] = {"kind": kind} if kind else {}
    if zone:
        label.update(timed(start, end, zone=str(start.tzinfo)))
    else:
        label.update(timed(start, end, sent=sent))
    return label


# Thunderbird plans: (lang, month, day, hour, minute, minutes, weekday, show zone, html only)
TB_INVITE = [
    ("sl", 3, 12, 10, 0, 45, "Thu", False, False),
    ("hr", 4, 7, 13, 30, 60, "Tue", True, False),
    ("lt", 5, 19, 9, 0, 30, "Tue", False, True),
    ("el", 6, 2, 11, 0, 60, "Tue", True, False),
    ("uk", 9, 15, 15, 0, 45, "Tue", False, False),
    ("is", 10, 8, 14, 0, 60, "Thu", True, True),
    ("id", 11, 3, 9, 30, 60, "Tue", False, False),
    ("bg", 12, 1, 16, 0, 30, "Tue", True, False),
]
TB_CANCEL = [
    ("sl", 4, 21, 14, 0, 60, "Tue"),
    ("lt", 6, 11, 10, 30, 45, "Thu"),
    ("uk", 10, 20, 11, 0, 60, "Tue"),
    ("bg", 2, 26, 9, 0, 60, "Thu"),
]
NOTE_FWD = {
    "sl": "Posredujem povabilo na razgovor.",
    "hr": "Prosljeđujem pozivnicu za razgovor.",
    "lt": "Persiunčiu kvietimą į pokalbį.",
    "el": "Σας προωθώ την πρόσκληση για τη συνέντευξη.",
    "uk": "Пересилаю запрошення на співбесіду.",
    "is": "Áframsendi boðið í viðtalið.",
    "id": "Saya teruskan undangan wawancaranya.",
    "bg": "Препращам поканата за интервюто.",
    "kk": "Сұхбатқа шақыруды жіберемін.",
    "ca": "Us reenvio la invitació a l'entrevista.",
    "eu": "Elkarrizketarako gonbidapena birbidaltzen dizut.",
    "th": "ส่งต่อคำเชิญสัมภาษณ์ครับ",
    "vi": "Mình chuyển tiếp lời mời phỏng vấn.",
    "sr": "Прослеђујем позивницу за интервју.",
    "ms": "Saya majukan jemputan temu duga ini.",
    "ar": "أعيد توجيه دعوة المقابلة.",
    "et": "Edastan intervjuu kutse.",
    "he": "מעבירה את ההזמנה לראיון.",
    "gl": "Reenvío o convite á entrevista.",
    "lv": "Pārsūtu uzaicinājumu uz interviju.",
    "mk": "Ви ја препраќам поканата за интервју.",
}


def tb_events(
    fam: str,
    plans: list[tuple[str, int, int, int, int, int, str, bool, bool]],
    cancels: list[tuple[str, int, int, int, int, int, str]],
) -> Iterator[Case]:
    tpl = TB_TPL
    for lang, mo, d, hh, mi, dur, wd, zone, html_only in plans:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(minutes=dur)
        sent = start - timedelta(days=6, hours=3)
        org = person(lang, "org")
        s = PEOPLE[lang][3]
        t = TBS[lang]
        table = tb_table(lang, s, start, end, zone, PEOPLE[lang][4])
        lead = t["req_body"].format(o=org[0], s=s)
        raw = tb_forward(
            f"{fam}/{lang}/inv",
            lang,
            t["req_subj"].format(s=s),
            lead,
            table,
            sent,
            NOTE_FWD[lang],
            html_only,
        )
        fsent = sent + timedelta(hours=1, minutes=12)
        label = slot(start, end, "invitation", zone, fsent)
        label["original_sender"] = org[1]
        shape = "HTML only" if html_only else "text"
        yield case(
            fam,
            "invitation_fwd",
            lang,
            raw,
            label,
            f"Thunderbird invitation forwarded inline ({shape}); When row "
            f"'{tb_when(lang, start, end, zone)}'.",
            tpl.replace("{lang}", lang),
        )
    for lang, mo, d, hh, mi, dur, wd in cancels:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(minutes=dur)
        sent = start - timedelta(days=2, hours=5)
        org = person(lang, "org")
        s = PEOPLE[lang][3]
        t = TBS[lang]
        table = tb_table(lang, s, start, end, False, PEOPLE[lang][4])
        lead = t["cancel_body"].format(o=org[0], s=s)
        raw = tb_forward(
            f"{fam}/{lang}/cancel",
            lang,
            t["cancel_subj"].format(s=s),
            lead,
            table,
            sent,
            NOTE_FWD[lang],
        )
        label = slot(start, end, "cancellation", False, sent + timedelta(hours=1, minutes=12))
        label["original_sender"] = org[1]
        yield case(
            fam,
            "cancel_fwd",
            lang,
            raw,
            label,
            "Thunderbird cancellation forwarded inline: the cancelled slot in the table.",
            tpl.replace("{lang}", lang),
        )


def tbinvite() -> Iterator[Case]:
    yield from tb_events("tbinvite", TB_INVITE, TB_CANCEL)


def tbfwdrare() -> Iterator[Case]:
    plans = [
        ("kk", 3, 17, 11, 0, 60, "Tue", True, False),
        ("ca", 4, 14, 10, 0, 45, "Tue", False, False),
        ("eu", 5, 6, 12, 30, 60, "Wed", True, True),
        ("th", 6, 18, 14, 0, 60, "Thu", False, False),
        ("vi", 7, 9, 9, 0, 45, "Thu", True, False),
        ("sr", 9, 22, 13, 0, 60, "Tue", False, True),
        ("ms", 10, 14, 15, 30, 30, "Wed", True, False),
        ("ar", 11, 11, 10, 0, 60, "Wed", False, False),
        ("et", 12, 3, 11, 0, 45, "Thu", True, False),
        ("he", 2, 18, 9, 30, 60, "Wed", False, True),
    ]
    cancels = [("ca", 5, 28, 16, 0, 60, "Thu"), ("vi", 8, 25, 10, 0, 60, "Tue")]
    yield from tb_events("tbfwdrare", plans, cancels)


UPDATE_NOTE = {
    "sl": "Termin so prestavili, prej je bil {old}. Spodaj je nov termin.",
    "uk": "Співбесіду перенесли, раніше була {old}. Нижче новий час.",
}


def tbupdate() -> Iterator[Case]:
    fam = "tbupdate"
    # "Updated:" notices: Thunderbird's text does not say what changed (no kind).
    for lang, mo, d, hh, mi, dur, wd in [
        ("hr", 5, 12, 10, 0, 60, "Tue"),
        ("el", 7, 21, 12, 0, 45, "Tue"),
        ("is", 9, 3, 13, 0, 60, "Thu"),
        ("id", 10, 27, 14, 0, 60, "Tue"),
    ]:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(minutes=dur)
        sent = start - timedelta(days=4, hours=2)
        org, s, t = person(lang, "org"), PEOPLE[lang][3], TBS[lang]
        table = tb_table(lang, s, start, end, True, PEOPLE[lang][4])
        raw = tb_forward(
            f"{fam}/{lang}/upd",
            lang,
            t["upd_subj"].format(s=s),
            t["req_body"].format(o=org[0], s=s),
            table,
            sent,
            NOTE_FWD[lang],
        )
        label = slot(start, end, None, True, None)
        label["original_sender"] = org[1]
        yield case(
            fam,
            "updated_fwd",
            lang,
            raw,
            label,
            "Thunderbird 'Updated:' notice forwarded: the current slot; the mail does "
            "not say whether the time moved, so no kind.",
            TB_TPL.replace("{lang}", lang),
        )
    # The user's own note names the old time above the updated notice: a reschedule.
    for lang, mo, d, hh, mi, dur, wd, old_delta in [
        ("sl", 6, 16, 9, 0, 60, "Tue", 2),
        ("uk", 11, 19, 16, 0, 45, "Thu", 1),
    ]:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(minutes=dur)
        old = start - timedelta(days=old_delta, hours=2)
        sent = old - timedelta(days=3)
        org, s, t = person(lang, "org"), PEOPLE[lang][3], TBS[lang]
        table = tb_table(lang, s, start, end, False, PEOPLE[lang][4])
        note = UPDATE_NOTE[lang].format(old=f"{long_date(lang, old)} {clock(lang, old)}")
        raw = tb_forward(
            f"{fam}/{lang}/moved",
            lang,
            t["upd_subj"].format(s=s),
            t["req_body"].format(o=org[0], s=s),
            table,
            sent,
            note,
        )
        label = slot(start, end, "reschedule", False, sent + timedelta(hours=1, minutes=12))
        label["original_sender"] = org[1]
        yield case(
            fam,
            "updated_old_in_note",
            lang,
            raw,
            label,
            "Updated notice forwarded with the user's note naming the old slot (ours); "
            "the table holds the new one.",
            TB_TPL.replace("{lang}", lang),
        )
    yield from counters(
        fam,
        [
            ("lt", 4, 23, 10, 0, "Thu"),
            ("bg", 6, 9, 15, 0, "Tue"),
            ("hr", 9, 10, 11, 0, "Thu"),
            ("el", 11, 24, 14, 0, "Tue"),
        ],
    )


def counters(fam: str, plans: list[tuple[str, int, int, int, int, str]]) -> Iterator[Case]:
    """Counter-proposals: an attendee proposes another time; nothing is set (negatives)."""
    for lang, mo, d, hh, mi, wd in plans:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(hours=1)
        sent = start - timedelta(days=5)
        me, org, s, t = person(lang, "me"), person(lang, "org"), PEOPLE[lang][3], TBS[lang]
        table = tb_table(lang, s, start, end, False, PEOPLE[lang][4])
        lead = t["counter_body"].format(a=f"{org[0]} <{org[1]}>", s=s)
        raw = pp.mail(
            f"{fam}/{lang}/counter",
            sender=org,
            to=me,
            subject=t["counter_body"].format(a=org[0], s=s).rstrip(":"),
            sent=sent,
            text=f"{lead}\n\n{table}\n",
        )
        yield case(
            fam,
            "counter_proposal",
            lang,
            raw,
            {"kind": NEG},
            "Thunderbird counter-proposal: the sender proposes a time, nothing is "
            "agreed; a negative.",
            TB_TPL.replace("{lang}", lang),
        )


def replies(fam: str, plans: list[tuple[str, int, int, int, int, str, bool]]) -> Iterator[Case]:
    """'X has accepted/declined your event invitation' with the event table: kind reply."""
    for lang, mo, d, hh, mi, wd, accepted in plans:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(minutes=45)
        sent = start - timedelta(days=3, hours=1)
        me, org, s, t = person(lang, "me"), person(lang, "org"), PEOPLE[lang][3], TBS[lang]
        table = tb_table(lang, s, start, end, False, PEOPLE[lang][4])
        lead = t["acc_body" if accepted else "dec_body"].format(a=org[0])
        subj = t["acc_subj" if accepted else "dec_subj"] or t["req_subj"]
        raw = pp.mail(
            f"{fam}/{lang}/reply",
            sender=org,
            to=me,
            subject=subj.format(s=s),
            sent=sent,
            text=f"{lead}\n\n{table}\n",
        )
        word = "accepted" if accepted else "declined"
        yield case(
            fam,
            f"reply_{word}",
            lang,
            raw,
            {"kind": "reply"},
            f"Thunderbird reply notice ({word}) with the event table, no calendar part.",
            TB_TPL.replace("{lang}", lang),
        )


def tbreply() -> Iterator[Case]:
    yield from replies(
        "tbreply",
        [
            ("sl", 3, 24, 10, 0, "Tue", True),
            ("hr", 4, 16, 14, 0, "Thu", False),
            ("lt", 5, 26, 9, 30, "Tue", True),
            ("el", 6, 25, 12, 0, "Thu", True),
            ("uk", 9, 29, 11, 0, "Tue", False),
            ("is", 10, 22, 10, 0, "Thu", True),
            ("id", 11, 17, 13, 0, "Tue", True),
            ("bg", 12, 10, 15, 0, "Thu", False),
        ],
    )
    yield from counters("tbreply", [("sl", 5, 14, 11, 0, "Thu"), ("uk", 7, 14, 16, 0, "Tue")])


def calreplyrare() -> Iterator[Case]:
    yield from replies(
        "calreplyrare",
        [
            ("kk", 4, 9, 10, 0, "Thu", True),
            ("ca", 5, 19, 12, 0, "Tue", False),
            ("th", 8, 20, 14, 0, "Thu", True),
            ("sr", 10, 6, 9, 0, "Tue", True),
        ],
    )
    yield from counters(
        "calreplyrare",
        [
            ("eu", 6, 23, 10, 0, "Tue"),
            ("vi", 9, 17, 15, 0, "Thu"),
            ("ms", 11, 5, 11, 30, "Thu"),
            ("ar", 12, 8, 13, 0, "Tue"),
        ],
    )


# SOGo plans: (lang, month, day, hour, minute, minutes, weekday, date style)
def sogo_events(
    fam: str,
    lang: str,
    plans: list[tuple[str, int, int, int, int, int, str]],
    style: str,
    forward: bool,
) -> Iterator[Case]:
    g = SOGOS[lang]
    tpl = SOGO_TPL.replace("{lang}", g["dir"])
    if forward:
        tpl += "; forward block: " + TB_TPL.split(":", 1)[0]
    org = person(lang, "org")
    s, desc = PEOPLE[lang][3], PEOPLE[lang][4]
    for what, mo, d, hh, mi, dur, wd in plans:
        start = at(2026, mo, d, hh, mi, ZONES[lang], wd)
        end = start + timedelta(minutes=dur)
        sent = start - timedelta(days=5, hours=4)
        sd, st = numeric(start, style), f"{start:%H:%M}"
        ed, et = numeric(end, style), f"{end:%H:%M}"
        values = dict(o=org[0], s=s, sd=sd, st=st, ed=ed, et=et, d=desc)
        kind: str | None
        if what == "inv":
            subject, body, kind = (
                g["inv_subj"].format(**values),
                g["inv"].format(**values),
                "invitation",
            )
            note = f"SOGo invitation: '{sd}' + '{st}' in the localized Start/End lines."
        elif what == "cancel":
            subject, body = g["cancel_subj"].format(**values), g["cancel"].format(**values)
            kind, note = "cancellation", "SOGo cancellation with the cancelled slot."
        elif what == "upd":
            old = start - timedelta(days=1, hours=1)
            values |= dict(od=numeric(old, style), ot=f"{old:%H:%M}")
            subject = g["upd_subj"].format(**values)
            body = (
                g["upd_head"].format(**values)
                + f"\n\n    {g['start']}: {sd} {st}\n    {g['end']}: {ed} {et}\n\n"
                + g["upd_tail"]
            )
            kind = "reschedule"
            note = "SOGo change notice: old date and time in the subject, new ones in the body."
        else:
            sent = start - timedelta(minutes=30)
            subject = g["remind"].format(**values)
            body = f"{s}\n\n{g['start']}: {sd} {st}\n{g['end']}: {ed} {et}\n\n{desc}"
            kind = "invitation"
            note = "SOGo e-mail reminder of the reader's interview (body layout recalled)."
        raw = sogo_mail(f"{fam}/{lang}/{what}", lang, subject, body, sent, forward, NOTE_FWD[lang])
        label_sent = sent + timedelta(minutes=47) if forward else sent
        label = slot(start, end, kind, False, label_sent)
        if forward:
            label["original_sender"] = org[1]
        else:
            label["organizer_email"] = org[1]
        tag = {"inv": "invitation", "cancel": "cancelled", "upd": "changed", "rem": "reminder"}
        yield case(fam, f"{tag[what]}{'_fwd' if forward else ''}", lang, raw, label, note, tpl)


def sogonotify() -> Iterator[Case]:
    fam = "sogonotify"
    yield from sogo_events(
        fam,
        "bg",
        [("inv", 3, 19, 10, 0, 60, "Thu"), ("cancel", 4, 2, 14, 0, 60, "Thu")],
        "dot",
        False,
    )
    yield from sogo_events(
        fam,
        "lv",
        [
            ("inv", 5, 13, 9, 0, 45, "Wed"),
            ("cancel", 6, 3, 11, 0, 60, "Wed"),
            ("rem", 6, 17, 13, 0, 60, "Wed"),
        ],
        "dot",
        False,
    )
    yield from sogo_events(
        fam,
        "gl",
        [
            ("inv", 9, 24, 12, 0, 60, "Thu"),
            ("cancel", 10, 1, 10, 0, 60, "Thu"),
            ("rem", 10, 15, 16, 30, 30, "Thu"),
        ],
        "slash",
        False,
    )
    yield from sogo_events(
        fam,
        "id",
        [("inv", 7, 8, 10, 0, 60, "Wed"), ("upd", 7, 22, 14, 0, 60, "Wed")],
        "slash",
        False,
    )
    yield from sogo_events(
        fam,
        "is",
        [("inv", 11, 5, 13, 0, 60, "Thu"), ("upd", 11, 26, 10, 0, 45, "Thu")],
        "dot",
        True,
    )
    yield from sogo_events(
        fam, "lt", [("inv", 3, 5, 9, 30, 60, "Thu"), ("upd", 3, 26, 11, 0, 60, "Thu")], "iso", False
    )


def sogofwd() -> Iterator[Case]:
    fam = "sogofwd"
    yield from sogo_events(
        fam,
        "kk",
        [
            ("inv", 4, 15, 11, 0, 60, "Wed"),
            ("upd", 5, 20, 15, 0, 60, "Wed"),
            ("rem", 6, 10, 10, 0, 45, "Wed"),
        ],
        "dot",
        True,
    )
    yield from sogo_events(
        fam, "eu", [("inv", 9, 16, 10, 0, 60, "Wed"), ("upd", 10, 7, 12, 0, 60, "Wed")], "iso", True
    )
    yield from sogo_events(
        fam,
        "mk",
        [
            ("inv", 3, 11, 13, 0, 60, "Wed"),
            ("cancel", 3, 25, 9, 0, 60, "Wed"),
            ("rem", 4, 8, 14, 30, 30, "Wed"),
        ],
        "dot",
        False,
    )
    yield from sogo_events(
        fam,
        "hr",
        [("inv", 11, 18, 10, 0, 60, "Wed"), ("cancel", 12, 2, 12, 0, 60, "Wed")],
        "dot",
        True,
    )


# Agenda digests (our words): the day's meetings of a calendar, an interview among them.
AGENDA = {
    "hr": ("Vaš dnevni raspored za {d}", "Sastanak tima", "Razgovor s kandidatom"),
    "sl": ("Vaš dnevni pregled za {d}", "Sestanek ekipe", "Razgovor s kandidatko"),
    "el": ("Το πρόγραμμά σας για {d}", "Σύσκεψη ομάδας", "Συνέντευξη υποψηφίου"),
    "bg": ("Вашият дневен график за {d}", "Среща на екипа", "Интервю с кандидат"),
    "id": ("Agenda Anda untuk {d}", "Rapat tim", "Wawancara kandidat"),
    "lt": ("Jūsų dienotvarkė {d}", "Komandos susitikimas", "Pokalbis su kandidatu"),
    "uk": ("Ваш розклад на {d}", "Зустріч команди", "Співбесіда з кандидатом"),
    "gl": ("A súa axenda para {d}", "Reunión do equipo", "Entrevista cunha candidata"),
    "lv": ("Jūsu dienas plāns {d}", "Komandas sapulce", "Intervija ar kandidātu"),
    "is": ("Dagskráin þín {d}", "Teymisfundur", "Viðtal við umsækjanda"),
}


def calagenda() -> Iterator[Case]:
    fam = "calagenda"
    days = [
        (3, 9, "Mon"),
        (4, 13, "Mon"),
        (5, 18, "Mon"),
        (6, 15, "Mon"),
        (7, 13, "Mon"),
        (9, 14, "Mon"),
        (10, 12, "Mon"),
        (11, 16, "Mon"),
        (12, 14, "Mon"),
        (2, 16, "Mon"),
    ]
    for (lang, (title, team, interview)), (mo, d, wd) in zip(AGENDA.items(), days, strict=True):
        day = at(2026, mo, d, 7, 0, ZONES[lang], wd)
        sent = day - timedelta(hours=1)
        one = day.replace(hour=9, minute=30)
        two = day.replace(hour=14, minute=0)
        rows = [
            f"{clock(lang, one)} – {clock(lang, one + timedelta(minutes=30))}  {team}",
            f"{clock(lang, two)} – {clock(lang, two + timedelta(hours=1))}  {interview}",
        ]
        me = person(lang, "me")
        sender = ("Kalendar", f"calendar-noreply@{PEOPLE[lang][2].split()[0].lower()}.example")
        sender = (sender[0], sender[1].encode("ascii", "ignore").decode())
        date = long_date(lang, day)
        text = title.format(d=date) + "\n\n" + "\n".join(rows) + "\n"
        raw = pp.mail(
            f"{fam}/{lang}",
            sender=sender,
            to=me,
            subject=title.format(d=date),
            sent=sent,
            text=text,
        )
        yield case(
            fam,
            "daily_agenda",
            lang,
            raw,
            {"kind": NEG},
            "A calendar's daily agenda (our words) listing the reader's own meetings "
            "of the day: a digest, not an invitation.",
            "hand-written; " + CLDR_NOTE,
        )


BUILDERS = [tbinvite, tbupdate, tbreply, sogonotify, calagenda, tbfwdrare, sogofwd, calreplyrare]


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the calnotify9 batch (`build_calnotify9.py`)",
        "",
        "Calendar notifications that reach the parser without a calendar part: Thunderbird's "
        "invitation display forwarded inline, Thunderbird's reply and counter-proposal "
        "notices, SOGo's iMIP mail texts, and calendar agenda digests. Localized strings were "
        f"re-read from {TB} (calendar/calendar/calendar-itip.ftl, mail/chrome/messenger/"
        f"messengercompose/composeMsgs.properties, mimeheader.properties) and {SOGO} "
        "(SoObjects/Appointments/*.lproj/Localizable.strings, SOGoAptMailUpdate.m); dates are "
        f"written in each language's CLDR long date and short time ({CLDR_NOTE}). People, "
        "companies, places, notes and agenda wording are ours.",
        "",
        "Every label was computed from the datetimes rendered into the text before the parser "
        "was run. Held out (chosen before any measurement; scored, never looked at "
        "individually): " + ", ".join(k for k, v in SPLITS.items() if v == "heldout") + ".",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_calnotify9.py`.",
        "",
        "## Measured before any parser change (quick.py, 1 Dec 2026)",
        "",
        "- this batch, dev: text start right 23/28, false invitations 15/16 negatives "
        "(agendas 9, counter-proposals 6);",
        "- this batch, held out: text start right 11/22, false invitations 4/4;",
        "- whole corpus without this batch: dev text 520/520, 0 false; held out text 225/253, "
        "false 26/215.",
        "",
        "Main after its parsegen9 merge (before these fixes) reads the batch: dev 25/28, "
        "false 16/16; held out 16/22, false 4/4. "
        "After the fixes of the calnotify9 branch (mined counter-proposal sentences, "
        "'has invited you to' sentences and slot row labels of Thunderbird and SOGo in every "
        "language they ship; Greek day periods): batch dev 28/28, false 10/16 (the ten agenda "
        "digests remain); batch held out 19/22, false 0/4; rest of the corpus unchanged on dev "
        "(after merging main: 554/554, its one false is main's relay9 Krayin mail), held out "
        "255/277 with false 26 -> 25 of 221.",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {items[0].split}): {SOURCES[name]}")
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-calnotify9.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") in (NEG, "reply"))
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
