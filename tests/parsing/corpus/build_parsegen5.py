# ruff: noqa: E501  (data rows of rendered strings; wrapping them would hide the template text)
"""Write the "parsegen5" batch: real open-source templates and translations new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_parsegen5.py

The parser generalises worse on senders it has never seen, so this batch renders software the
corpus had not used, in its real localized strings: Nextcloud Calendar's appointment mails
(nextcloud/calendar lib/Service/Appointments/MailService.php + l10n/*.json), Easy!Appointments in
translations the corpus lacked, Jorani leave-request mails, Synapse (Matrix) notification mails,
Plane issue updates, OpenCATS status-change mails, Invoice Ninja quotes and invoices, and (strings
recalled, marked so in each label) Zammad, Gitea, CiviCRM, OpenEMR, Mautic and Akaunting mail;
plus two kinds of human writers (agency consultants with HTML tables, interview coordinators
replying with quoted history). Negatives carry concrete future dates and times and set no
interview for the reader. Every label was written before the parser was run on the message.
Mail helpers are those of build_parse-pos.py (loaded, not copied). Deterministic; the script
deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case, quote = pp.at, pp.timed, pp.mail, pp.Case, pp.quote
OWN = pp.OWN
NEG = "not_invitation"

NC_COMMIT = "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5"
EA_COMMIT = "e46b4c6befb88c8f00e0a1e0eecdaa0e9c6294fb"
JO_COMMIT = "446f8f5a98668624abfb0ea7bf5f2c96bb0b47c8"
SY_COMMIT = "a58ad44eb0ce3cc14153f921206f322e17339dc5"
PL_COMMIT = "4ca6d6c7b807ad09bb571af2c43e85bf47c3ec6b"
OC_COMMIT = "0c1487b931755c7a282057ff690eada4a46ff664"
IN_COMMIT = "a148eec09bd1283db55112cbdfe26788bc234974"

# About 40 % of the families, chosen before the parser was run (neither the easiest nor the
# hardest), are held out.
SPLITS = {
    "ncappointments": "heldout",
    "eaintl": "dev",
    "jorani": "dev",
    "synapse": "heldout",
    "planeissue": "dev",
    "opencats": "dev",
    "invoiceninja": "heldout",
    "zammad": "dev",
    "gitea": "heldout",
    "civicrm": "dev",
    "openemr": "dev",
    "mautic": "heldout",
    "akaunting": "dev",
    "agencyhtml": "dev",
    "coorddesk": "heldout",
    "ncorganizer": "dev",
}

TEMPLATES = {
    "ncappointments": "nextcloud/calendar:lib/Service/Appointments/MailService.php "
    "(sendConfirmationEmail / sendBookingInformationEmail, addBulletList) + l10n/{lang}.json"
    f"@{NC_COMMIT}; date in the CLDR long-date + short-time pattern (recalled), layout of "
    "Nextcloud's EMailTemplate recalled",
    "ncorganizer": "nextcloud/calendar:lib/Service/Appointments/MailService.php "
    "(sendOrganizerBookingInformationEmail: 'You have a new appointment booking', addBulletList)"
    f" + l10n/{{lang}}.json@{NC_COMMIT}; date pattern and layout recalled",
    "eaintl": "alextselegidis/easyappointments:application/views/emails/{view}.php + "
    "application/language/{lang}/translations_lang.php + application/libraries/Timezones.php + "
    f"application/helpers/date_helper.php@{EA_COMMIT}",
    "jorani": "bbalet/jorani:application/views/emails/{lang}/{view}.php + "
    f"application/language/{{langname}}/email_lang.php, global_lang.php@{JO_COMMIT}",
    "synapse": "element-hq/synapse:synapse/res/templates/notif_mail.txt, notif.txt, room.txt + "
    f"synapse/config/emailconfig.py (email subjects)@{SY_COMMIT}",
    "planeissue": "makeplane/plane:apps/api/templates/emails/notifications/issue-updates.html + "
    f"apps/api/plane/bgtasks/email_notification_task.py (subject)@{PL_COMMIT}; layout reduced",
    "opencats": "opencats/OpenCATS:db/cats_schema.sql (email_template EMAIL_TEMPLATE_STATUSCHANGE"
    f", EMAIL_TEMPLATE_CANDIDATEAPPLY)@{OC_COMMIT}; %DATETIME% format recalled",
    "invoiceninja": "invoiceninja/invoiceninja:lang/{lang}/texts.php (quote_subject, "
    "invoice_subject, quote_message, invoice_message, email_salutation, email_signature, "
    f"due_date, valid_until)@{IN_COMMIT}",
    "zammad": "zammad/zammad: ticket article mail and the 'auto reply (on new tickets)' trigger "
    "(db/seeds/triggers.rb); strings recalled, not re-read@(not pinned)",
    "gitea": "go-gitea/gitea:templates/mail/issue/default.tmpl + options/locale/locale_en-US.ini "
    "(mail.issue.*); strings recalled, not re-read@(not pinned)",
    "civicrm": "civicrm/civicrm-core:xml/templates/message_templates/event_online_receipt_text.tpl"
    "; strings recalled, not re-read@(not pinned)",
    "openemr": "openemr/openemr: appointment reminder (batchcom / notification settings default "
    "message with ***NAME***, ***DATE***, ***STARTTIME***); strings recalled@(not pinned)",
    "mautic": "mautic/mautic: e-mail builder default footer tokens {unsubscribe_text}, "
    "{webview_text}; body ours; token defaults recalled@(not pinned)",
    "akaunting": "akaunting/akaunting: invoice_remind_customer default template "
    "(resources/lang/*/email_templates); strings recalled@(not pinned)",
    "agencyhtml": "hand-written: recruitment-agency consultants' HTML mails with a details table;"
    " " + OWN,
    "coorddesk": "hand-written: interview coordinators answering in a thread, older messages "
    "quoted below in the client's language; " + OWN,
}

LICENSES = {
    "ncappointments": "AGPL-3.0-or-later (Nextcloud Calendar); people and text around it ours",
    "ncorganizer": "AGPL-3.0-or-later (Nextcloud Calendar); people and text around it ours",
    "eaintl": "GPL-3.0 (Easy!Appointments); people and services ours",
    "jorani": "AGPL-3.0 (Jorani); people ours",
    "synapse": "Apache-2.0 / AGPL-3.0 (Synapse); messages ours",
    "planeissue": "AGPL-3.0 (Plane); issue text ours",
    "opencats": "CATS Public License / OpenCATS; recruiter text ours",
    "invoiceninja": "Elastic License 2.0 (Invoice Ninja); items ours",
    "zammad": "AGPL-3.0 (Zammad); article text ours",
    "gitea": "MIT (Gitea); comments ours",
    "civicrm": "AGPL-3.0 (CiviCRM); event ours",
    "openemr": "GPL-3.0 (OpenEMR); clinic ours",
    "mautic": "GPL-3.0 (Mautic); body ours",
    "akaunting": "BSL-1.1 (Akaunting); items ours",
    "agencyhtml": OWN,
    "coorddesk": OWN,
}

SOURCES = {
    "ncappointments": "Nextcloud Calendar appointment mails to the person who booked: 'your "
    "booking has been accepted' (an invitation: the slot booked for an interview) in eleven "
    "languages, some forwarded; one 'needs confirmation' mail that only asks the reader to "
    "confirm (labelled with the slot and no kind).",
    "ncorganizer": "Nextcloud Calendar 'You have a new appointment booking' mails to the reader "
    "as organizer (mentoring and tutoring slots others booked with the reader): not interviews.",
    "eaintl": "Easy!Appointments booked / changed / cancelled mails in translations new to the "
    "corpus (fi, da, hu, ro, et, he, tr, zh-TW, nb, lv), HTML only, with the timezone row "
    "'Helsinki (+2:00)' (standard offset, also in summer); interview services and, as "
    "negatives, non-job services.",
    "jorani": "Jorani leave-request mails (HTML tables): a colleague's request and the reader's "
    "own approved leave, future dates with Morning/Afternoon.",
    "synapse": "Matrix (Synapse) missed-message notifications quoting chat messages that propose "
    "or mention times.",
    "planeissue": "Plane issue-update mails with due dates and comments about a hiring pipeline "
    "or a take-home task.",
    "opencats": "OpenCATS status-change and application-received mails; the recruiter edited the "
    "status mail to add the slot for 'Interviewing'.",
    "invoiceninja": "Invoice Ninja quotes and invoices from career coaches naming session dates.",
    "zammad": "Zammad ticket replies by recruiting desks (slot in the agent's text) and the "
    "auto-reply trigger.",
    "gitea": "Gitea issue-comment notifications on a take-home repository with deadlines and "
    "a review call proposal.",
    "civicrm": "CiviCRM event registration receipts (career fair, workshop).",
    "openemr": "OpenEMR appointment reminders (pre-employment medical, dentist).",
    "mautic": "Mautic campaign mails from a recruitment agency: two fixed interview slots, a "
    "webinar and an assessment-day promotion.",
    "akaunting": "Akaunting invoice reminders with due dates.",
    "agencyhtml": "Agency consultants (en-AU, en-IN, en-SG, en-GB, de-CH, fr-CA) sending the "
    "interview in an HTML table, zones as abbreviations, Windows names or none.",
    "coorddesk": "Coordinators replying in a thread (pt-PT, es-MX, ca, fi, uk, nb), older "
    "messages quoted below, relative days and weekday names.",
}

ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK


def filename(lang: str, name: str) -> str:
    return f"{lang}_{name}"


def make(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    label: dict[str, object],
    note: str,
    template: str | None = None,
) -> Case:
    return Case(
        family,
        SPLITS[family],
        filename(lang, name),
        raw,
        label,
        lang,
        note,
        template or TEMPLATES[family],
        LICENSES[family],
    )


def direct(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    label: dict[str, object],
    note: str,
    text: str | None = None,
    html: str | None = None,
    template: str | None = None,
    reply: bool = False,
) -> Case:
    raw = mail(
        f"parsegen5/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=f"parsegen5/{family}/{name}/parent" if reply else "",
    )
    return make(family, name, lang, raw, label, note, template)


def slot(
    kind: str | None,
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
    **extra: object,
) -> dict[str, object]:
    label: dict[str, object] = {"kind": kind} if kind else {}
    label.update(timed(start, end, zone=zone, sent=sent))
    label.update(extra)
    return label


# Forward header blocks in the user's language (client layouts written from memory).
FWD_MONTHS = {
    "fi": [
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
    ],
    "hu": [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ],
    "cs": [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    "tr": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "ko": [f"{i}월" for i in range(1, 13)],
}
FWD_DAYS = {
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "ko": ["월", "화", "수", "목", "금", "토", "일"],
}


def fwd_block(client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str) -> str:
    who, rcpt = f"{org[0]} <{org[1]}>", f"{ME[0]} <{ME[1]}>"
    d, m = FWD_DAYS[lang][sent.weekday()], FWD_MONTHS[lang][sent.month - 1]
    if client == "gmail" and lang == "fi":
        when = f"{d} {sent.day}. {m} {sent.year} klo {sent:%H.%M}"
        return (
            f"---------- Välitetty viesti ---------\nLähettäjä: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "tr":
        when = f"{sent.day} {m} {sent.year} {d}, {sent:%H:%M}"
        return (
            f"---------- Yönlendirilmiş ileti ---------\nGönderen: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "outlook" and lang == "hu":
        when = f"{sent.year}. {m} {sent.day}., {d} {sent:%H:%M}"
        return (
            f"________________________________\nFeladó: {who}\nElküldve: {when}\n"
            f"Címzett: {rcpt}\nTárgy: {subject}\n"
        )
    if client == "outlook" and lang == "da":
        when = f"{d} den {sent.day}. {m} {sent.year} {sent:%H.%M}"
        return (
            f"________________________________\nFra: {who}\nSendt: {when}\nTil: {rcpt}\n"
            f"Emne: {subject}\n"
        )
    if client == "apple" and lang == "cs":
        when = f"{sent.day}. {m} {sent.year} v {sent:%H:%M:%S} {sent:%z}"
        return (
            f"Začátek přeposílané zprávy:\n\nOd: {who}\nPředmět: {subject}\nDatum: {when}\n"
            f"Komu: {rcpt}\n"
        )
    if client == "gmail" and lang == "ko":
        when = f"{sent.year}년 {sent.month}월 {sent.day}일 ({d}) {sent:%H:%M}"
        return (
            f"---------- Forwarded message ---------\n보낸사람: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    raise ValueError(f"no forward layout for {client}/{lang}")


FWD_PREFIX = {"fi": "Fwd", "tr": "Fwd", "hu": "TR", "da": "VS", "cs": "Fwd", "ko": "Fwd"}


def forwarded(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    label: dict[str, object],
    note_text: str,
    note: str,
    template: str | None = None,
) -> Case:
    block = fwd_block(client, lang, org, orig_sent, subject)
    text = (
        f"{note_text}\n\n{block}\n{body.strip()}\n" if note_text else f"{block}\n{body.strip()}\n"
    )
    raw = mail(
        f"parsegen5/{family}/{name}",
        sender=ME,
        to=HOOK,
        subject=f"{FWD_PREFIX[lang]}: {subject}",
        sent=orig_sent + timedelta(hours=2, minutes=11),
        text=text,
    )
    label = dict(label)
    label["original_sender"] = org[1]
    label.pop("organizer_email", None)
    return make(family, name, lang, raw, label, note, template)


# --------------------------------------------------------------------------------------
# Nextcloud Calendar appointments: real l10n strings (l10n/<lang>.json), dates in CLDR's
# long date + short time as Punic renders them, followed by ' (<IANA zone>)'.

NC = {
    "fi": {
        "subject": 'Tapaaminen "%s" henkilön %s kanssa on hyväksytty',
        "heading": "%s, varauksesi on hyväksytty.",
        "with": "Appointment with:",
        "desc": "Kuvaus:",
        "for": "Appointment for:",
        "date": "Päivämäärä:",
        "where": "Paikka:",
        "comment": "Kommentti:",
        "cancel": "Jos kaikesta huolimatta haluat perua tapaamiseen, ota yhteys järjestäjään "
        "vastaamalla tähän viestiin tai käymällä hänen profiilisivullaan.",
    },
    "hu": {
        "subject": "A(z) „%s” találkozóját (a következővel: %s) elfogadta",
        "heading": "Kedves %s, a foglalását elfogadták.",
        "with": "Találkozó vele:",
        "desc": "Leírás:",
        "for": "Találkozó ehhez:",
        "date": "Dátum:",
        "where": "Hely:",
        "comment": "Megjegyzés:",
        "cancel": "Ha mégis le akarja mondani a találkozót, lépjen kapcsolatba a szervezővel "
        "úgy, hogy válaszol erre a levélre vagy felkeresi a profiloldalát.",
    },
    "cs": {
        "subject": "Vaše schůzka „%s“ s %s byla přijata",
        "heading": "Vážená/ý %s, vaše rezervace byla přijata.",
        "with": "Schůzka s:",
        "desc": "Popis:",
        "for": "Schůzka pro:",
        "date": "Datum:",
        "where": "Kde:",
        "comment": "Komentář:",
        "cancel": "Pokud si přejete schůzku přece jen zrušit, obraťte se na organizátora "
        "odpovědí na tento e-mail nebo navštívením jeho profilové stránky.",
    },
    "ko": {
        "subject": '%s님과의 약속 "%s"이(가) 수락되었습니다',
        "heading": "%s님, 예약이 수락되었습니다.",
        "with": "약속 상대:",
        "desc": "설명:",
        "for": "약속 주제:",
        "date": "날짜:",
        "where": "장소:",
        "comment": "댓글:",
        "cancel": "약속을 취소하고자 할 경우 이 이메일 또는 프로필 페이지를 통해 조직 관리자에게 "
        "문의하십시오.",
    },
    "zh-TW": {
        "subject": "您的預約「%s」包含 %s 已被接受",
        "heading": "親愛的 %s，您的預約已被接受。",
        "with": "預約：",
        "desc": "描述：",
        "for": "預約：",
        "date": "日期：",
        "where": "地點：",
        "comment": "留言：",
        "cancel": "若您想要取消預約，請回覆此電子郵件或造訪他們的個人資料頁面與您的舉辦者聯絡。",
    },
    "el": {
        "subject": 'Το ραντεβού σας "%s" με %s έχει γίνει αποδεκτό',
        "heading": "Αγαπητέ/ή %s, η κράτησή σας έχει γίνει αποδεκτή.",
        "with": "Ραντεβού με:",
        "desc": "Περιγραφή:",
        "for": "Ραντεβού για:",
        "date": "Ημερομηνία:",
        "where": "Πού:",
        "comment": "Σχόλιο:",
        "cancel": "Εάν τελικά θέλετε να ακυρώσετε το ραντεβού, επικοινωνήστε με τον διοργανωτή "
        "απαντώντας σε αυτό το email ή μεταβαίνοντας στη σελίδα του προφίλ του.",
    },
    "es-MX": {
        "subject": 'Su cita "%s" con %s ha sido aceptada',
        "heading": "Estimado(a) %s, su reservación ha sido aceptada.",
        "with": "Cita con:",
        "desc": "Descripción:",
        "for": "Cita para:",
        "date": "Fecha:",
        "where": "Dónde:",
        "comment": "Comentario:",
        "cancel": "Si desea cancelar la cita después de todo, por favor, contacte al organizador "
        "respondiendo a este correo o visite su página del perfil.",
    },
    "uk": {
        "subject": 'Вашу зустріч "%s" з %s було прийнято.',
        "heading": "Шановний(а) %s, ваше резервування було прийнято.",
        "with": "Зустріч з:",
        "desc": "Опис:",
        "for": "Запрошення на зустріч для:",
        "date": "Дата:",
        "where": "Місце:",
        "comment": "Коментар:",
        "cancel": "Якщо ви все ж бажаєте скасувати зустріч, будь ласка, сконтактуйте з "
        "організатором зустрічі, для цього надішліть відповідь на цей лист або відвідайте "
        "сторінку профілю.",
    },
    "id": {
        "subject": 'Janji temu "%s" dengan %stelah diterima',
        "heading": "Kepada %s, pemesanan Anda telah diterima.",
        "with": "Janji temu dengan:",
        "desc": "Deskripsi:",
        "for": "Janji temu untuk:",
        "date": "Tanggal:",
        "where": "Tempat:",
        "comment": "Komentar:",
        "cancel": "Jika Anda ingin membatalkan janji temu, mohon hubungi penyelenggara Anda dengan "
        "membalas email ini atau mengunjungi halaman profil mereka",
    },
    "ca": {
        "subject": 'S\'ha acceptat la vostra cita "%s" amb %s',
        "heading": "Benvolgut %s, s'ha acceptat la vostra reserva.",
        "with": "Cita amb:",
        "desc": "Descripció:",
        "for": "Cita per a:",
        "date": "Data:",
        "where": "Ubicació:",
        "comment": "Comentari:",
        "cancel": "Si després de tot, voleu cancel·lar la cita, poseu-vos en contacte amb el "
        "vostre organitzador responent a aquest correu electrònic o visitant la seva pàgina de "
        "perfil.",
    },
    "tr": {
        "subject": '"%s" randevunuz (%s ile) onaylandı',
        "heading": "Sayın %s, randevunuz onaylandı.",
        "with": "Şu kişiyle randevu:",
        "desc": "Açıklama:",
        "for": "Randevu:",
        "date": "Tarih:",
        "where": "Yer:",
        "comment": "Açıklama:",
        "cancel": "Sonuçta randevuyu iptal etmek isterseniz, lütfen bu e-postayı yanıtlayarak ya "
        "da profil sayfasını ziyaret ederek düzenleyici ile görüşün.",
    },
    "en-GB": {
        "subject": 'Your appointment "%s" with %s needs confirmation',
        "heading": "Dear %s, please confirm your booking",
        "with": "Appointment with:",
        "desc": "Description:",
        "for": "Appointment for:",
        "date": "Date:",
        "where": "Where:",
        "comment": "Comment:",
        "cancel": "If you wish to cancel the appointment after all, please contact your organiser "
        "by replying to this email or by visiting their profile page.",
        "confirm": "Confirm",
        "expires": "This confirmation link expires in 48 hours.",
    },
}

MONTHS = {
    "fi": [
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
    ],
    "hu": [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ],
    "cs": [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    "el": [
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
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "uk": [
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
    "id": [
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
    "ca": [
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
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
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
    "en": pp.EN_MONTHS.split(),
}


def cldr_long(value: datetime, lang: str) -> str:
    """CLDR long date + short time, joined the way the locale's dateTimeFormat does."""
    d, y = value.day, value.year
    hm = f"{value:%H:%M}"
    h12 = f"{value.hour % 12 or 12}:{value.minute:02d}"
    if lang == "fi":
        return f"{d}. {MONTHS['fi'][value.month - 1]} {y} klo {value:%H.%M}"
    if lang == "hu":
        return f"{y}. {MONTHS['hu'][value.month - 1]} {d}. {hm}"
    if lang == "cs":
        return f"{d}. {MONTHS['cs'][value.month - 1]} {y} v {hm}"
    if lang == "ko":
        return f"{y}년 {value.month}월 {d}일 {'오전' if value.hour < 12 else '오후'} {h12}"
    if lang == "zh-TW":
        return f"{y}年{value.month}月{d}日 {'上午' if value.hour < 12 else '下午'}{h12}"
    if lang == "el":
        return f"{d} {MONTHS['el'][value.month - 1]} {y} - {h12} {'π.μ.' if value.hour < 12 else 'μ.μ.'}"
    if lang == "es-MX":
        return f"{d} de {MONTHS['es'][value.month - 1]} de {y}, {hm}"
    if lang == "uk":
        return f"{d} {MONTHS['uk'][value.month - 1]} {y} р. о {hm}"
    if lang == "id":
        return f"{d} {MONTHS['id'][value.month - 1]} {y} pukul {value:%H.%M}"
    if lang == "ca":
        return f"{d} {MONTHS['ca'][value.month - 1]} de {y}, a les {hm}"
    if lang == "tr":
        return f"{d} {MONTHS['tr'][value.month - 1]} {y} {hm}"
    if lang == "da":
        return f"{d}. {MONTHS['da'][value.month - 1]} {y} kl. {value:%H.%M}"
    if lang == "et":
        return f"{d}. {MONTHS['et'][value.month - 1]} {y} {hm}"
    if lang in ("en-GB", "nb"):
        return f"{d} {MONTHS['en'][value.month - 1]} {y} at {hm}"
    raise ValueError(lang)


def nc_bodies(
    heading: str, items: list[tuple[str, str]], paragraphs: list[str], button: str = ""
) -> tuple[str, str]:
    """Plain and HTML bodies in the shape of Nextcloud's EMailTemplate (recalled)."""
    text = heading + "\n\n"
    if button:
        text += f"{button}: https://cloud.example/apps/calendar/appointment/confirm/8f2a\n\n"
    text += "\n".join(f"{label} {value}" for label, value in items) + "\n\n"
    text += "\n\n".join(paragraphs) + "\n\n--\nNextcloud - a safe home for all your data\n"
    rows = "".join(
        f'<tr><td style="padding-right:8px;color:#767676">{label}</td><td>{value}</td></tr>'
        for label, value in items
    )
    html = (
        '<html><body><table style="width:600px;margin:0 auto"><tr><td>'
        f'<h1 style="font-size:20px">{heading}</h1>'
        + (
            f'<p><a href="https://cloud.example/apps/calendar/appointment/confirm/8f2a" '
            f'style="background:#0082c9;color:#fff;padding:8px 16px">{button}</a></p>'
            if button
            else ""
        )
        + f"<table>{rows}</table>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + '<p style="color:#767676">Nextcloud - a safe home for all your data</p>'
        "</td></tr></table></body></html>"
    )
    return text, html


def ncappointments() -> Iterator[Case]:
    f = "ncappointments"
    rows = [
        # lang, name, company host, organizer, config name, description, zone, sent, start, minutes, where
        (
            "fi",
            "haastattelu_helsinki",
            "kuura-ohjelmistot.example",
            "Mikaela Virtanen",
            "Työhaastattelu (45 min)",
            "Ensimmäinen haastattelu: ohjelmistokehittäjä",
            "Europe/Helsinki",
            at(2026, 9, 2, 10, 14, "Europe/Helsinki"),
            at(2026, 9, 9, 13, 0, "Europe/Helsinki", "Wed"),
            45,
            "Kuura Ohjelmistot, Itämerenkatu 5, Helsinki",
        ),
        (
            "hu",
            "allasinterju_budapest",
            "dunahid-logisztika.example",
            "Szabó Eszter",
            "Állásinterjú",
            "Logisztikai elemző pozíció – első kör",
            "Europe/Budapest",
            at(2026, 10, 19, 8, 40, "Europe/Budapest"),
            at(2026, 10, 27, 10, 30, "Europe/Budapest", "Tue"),
            60,
            "https://cloud.dunahid-logisztika.example/call/x7k2pq9d",
        ),
        (
            "cs",
            "pohovor_praha_dst",
            "vltava-data.example",
            "Tomáš Dvořák",
            "Pohovor – datový analytik",
            "",
            "Europe/Prague",
            at(2026, 10, 21, 16, 5, "Europe/Prague"),
            at(2026, 10, 26, 9, 0, "Europe/Prague", "Mon"),
            30,
            "Na Poříčí 12, Praha 1",
        ),
        (
            "ko",
            "myeonjeop_seoul",
            "hanbit-soft.example",
            "김서연",
            "1차 면접",
            "백엔드 개발자 1차 면접 (화상)",
            "Asia/Seoul",
            at(2026, 11, 3, 11, 20, "Asia/Seoul"),
            at(2026, 11, 10, 15, 0, "Asia/Seoul", "Tue"),
            40,
            "https://cloud.hanbit-soft.example/call/9d8s7a",
        ),
        (
            "zh-TW",
            "mianshi_taipei",
            "yushan-tech.example",
            "林怡君",
            "第一輪面試",
            "前端工程師職缺面試",
            "Asia/Taipei",
            at(2026, 6, 15, 9, 50, "Asia/Taipei"),
            at(2026, 6, 18, 10, 30, "Asia/Taipei", "Thu"),
            60,
            "台北市信義區松仁路100號 12樓",
        ),
        (
            "el",
            "synenteuxi_athina",
            "aigaio-shipping.example",
            "Μαρία Παπαδοπούλου",
            "Συνέντευξη γνωριμίας",
            "Θέση: Υπεύθυνος/η λογιστηρίου",
            "Europe/Athens",
            at(2026, 3, 20, 12, 0, "Europe/Athens"),
            at(2026, 3, 31, 17, 0, "Europe/Athens", "Tue"),
            30,
            "Λεωφ. Συγγρού 140, Αθήνα",
        ),
        (
            "es-MX",
            "entrevista_cdmx",
            "maguey-analitica.example",
            "Daniela Ortiz",
            "Entrevista inicial",
            "Vacante: analista de datos Sr.",
            "America/Mexico_City",
            at(2026, 4, 27, 18, 30, "America/Mexico_City"),
            at(2026, 5, 5, 11, 0, "America/Mexico_City", "Tue"),
            45,
            "https://cloud.maguey-analitica.example/call/q1w2e3",
        ),
        (
            "uk",
            "spivbesida_kyiv",
            "dnipro-it.example",
            "Олена Коваленко",
            "Співбесіда з HR",
            "Вакансія: QA-інженер",
            "Europe/Kyiv",
            at(2026, 8, 24, 14, 0, "Europe/Kyiv"),
            at(2026, 8, 27, 11, 30, "Europe/Kyiv", "Thu"),
            30,
            "https://cloud.dnipro-it.example/call/uk83jd",
        ),
        (
            "id",
            "wawancara_jakarta",
            "nusantara-digital.example",
            "Rina Wulandari",
            "Wawancara kerja",
            "Posisi: Product Designer",
            "Asia/Jakarta",
            at(2026, 7, 6, 9, 5, "Asia/Jakarta"),
            at(2026, 7, 13, 14, 0, "Asia/Jakarta", "Mon"),
            60,
            "Menara Nusantara Lt. 18, Jl. Sudirman 45, Jakarta",
        ),
        (
            "ca",
            "entrevista_barcelona",
            "mediterrania-labs.example",
            "Jordi Puig",
            "Entrevista tècnica",
            "Lloc: enginyer/a de dades",
            "Europe/Madrid",
            at(2026, 10, 16, 11, 45, "Europe/Madrid"),
            at(2026, 10, 29, 12, 0, "Europe/Madrid", "Thu"),
            90,
            "Carrer de Pujades 77, Barcelona",
        ),
    ]
    for lang, name, host, org, cfg, desc, zone, sent, start, minutes, where in rows:
        s = NC[lang]
        sender = (org, f"noreply@cloud.{host}")
        subject = s["subject"] % (org, cfg) if lang == "ko" else s["subject"] % (cfg, org)
        items = [(s["with"], org)]
        if desc:
            items.append((s["desc"], desc))
        items += [
            (s["for"], ME[0]),
            (s["date"], f"{cldr_long(start, lang)} ({zone})"),
            (s["where"], where),
        ]
        text, html = nc_bodies(s["heading"] % ME[0], items, [s["cancel"]])
        end = start + timedelta(minutes=minutes)
        label = slot("invitation", start, zone=zone, organizer_email=sender[1])
        if where.startswith("https://"):
            label["meeting_url"] = where
        tmpl = TEMPLATES[f].replace("{lang}", lang.replace("-", "_"))
        note = (
            f"Nextcloud appointment accepted ({lang}): '{s['date']} {cldr_long(start, lang)} "
            f"({zone})'; the {minutes}-minute length is only in the config name or not at all,"
            " so no end."
        )
        del end
        yield direct(
            f, name, lang, sender, subject, sent, label, note, text=text, html=html, template=tmpl
        )

    # forwarded: Turkish booking forwarded by Gmail (tr) with a note
    lang, zone = "tr", "Europe/Istanbul"
    s = NC[lang]
    org = ("Elif Yılmaz", "noreply@bulut.bogazici-enerji.example")
    sent = at(2026, 9, 14, 10, 2, zone)
    start = at(2026, 9, 22, 14, 30, zone, "Tue")
    subject = s["subject"] % ("İş görüşmesi", org[0])
    items = [
        (s["with"], org[0]),
        (s["for"], ME[0]),
        (s["date"], f"{cldr_long(start, lang)} ({zone})"),
        (s["where"], "Büyükdere Cad. No: 120, Şişli, İstanbul"),
    ]
    text, _ = nc_bodies(s["heading"] % ME[0], items, [s["cancel"]])
    yield forwarded(
        f,
        "gorusme_istanbul_fwd_gmail",
        lang,
        "gmail",
        org,
        sent,
        subject,
        text,
        slot("invitation", start, zone=zone),
        "Salı günkü görüşme, takvime ekler misin?",
        "Gmail (tr) forward of the Turkish acceptance; '22 Eylül 2026 14:30 (Europe/Istanbul)'.",
        template=TEMPLATES[f].replace("{lang}", "tr"),
    )

    # forwarded: Hungarian one via Outlook (hu)
    lang, zone = "hu", "Europe/Budapest"
    s = NC[lang]
    org = ("Kovács Péter", "noreply@felho.tisza-bank.example")
    sent = at(2026, 3, 24, 15, 40, zone)
    start = at(2026, 4, 2, 9, 0, zone, "Thu")
    subject = s["subject"] % ("Második körös interjú", org[0])
    items = [
        (s["with"], org[0]),
        (s["desc"], "Kockázatelemző – szakmai interjú"),
        (s["for"], ME[0]),
        (s["date"], f"{cldr_long(start, lang)} ({zone})"),
        (s["where"], "Váci út 30, Budapest, 4. emelet"),
    ]
    text, _ = nc_bodies(s["heading"] % ME[0], items, [s["cancel"]])
    yield forwarded(
        f,
        "masodik_kor_fwd_outlook_dst",
        lang,
        "outlook",
        org,
        sent,
        subject,
        text,
        slot("invitation", start, zone=zone),
        "",
        "Outlook (hu) forward sent in CET (24 March) for a slot after the switch to "
        "CEST; '2026. április 2. 9:00 (Europe/Budapest)'.",
        template=TEMPLATES[f].replace("{lang}", "hu"),
    )

    # 'needs confirmation': the reader must still click Confirm
    lang, zone = "en-GB", "Europe/London"
    s = NC[lang]
    sender = ("Priya Nair", "noreply@cloud.thamesgate-health.example")
    sent = at(2026, 10, 22, 17, 3, zone)
    start = at(2026, 10, 29, 11, 0, zone, "Thu")
    subject = s["subject"] % ("Informal chat - Data Engineer", sender[0])
    items = [
        (s["with"], sender[0]),
        (s["for"], ME[0]),
        (s["date"], f"{cldr_long(start, lang)} ({zone})"),
        (s["where"], "You will receive a link with the confirmation email"),
    ]
    text, html = nc_bodies(s["heading"] % ME[0], items, [s["expires"], s["cancel"]], s["confirm"])
    yield direct(
        f,
        "needs_confirmation_london",
        lang,
        sender,
        subject,
        sent,
        slot(None, start, zone=zone),
        "Nextcloud 'needs confirmation': the reader booked the slot and must still click "
        "Confirm; the slot is labelled, the kind is not (booked, not yet confirmed). Sent "
        "in BST for a slot after the 25 October change (GMT).",
        text=text,
        html=html,
        template=TEMPLATES[f].replace("{lang}", "en_GB"),
    )


NCO = {
    "da": (
        'Du har en ny aftale booking "%s" fra %s',
        "Kære %s, %s (%s) bookede en aftale med dig.",
        "Aftale med:",
        "Beskrivelse:",
        "Aftale for:",
        "Dato:",
        "Hvor:",
        "Kommentar:",
    ),
    "et": (
        "Sul on uus kohtumise broneering „%s“ kasutajalt „%s“",
        "Lugupeetud %s, %s (%s) broneeris sinuga kohtumise.",
        "Kokkulepitud kohtumine osalejaga:",
        "Kirjeldus:",
        "Kohtumine:",
        "Kuupäev:",
        "Kus:",
        "Kommentaar:",
    ),
    "nb": (
        'Du har en ny timebestilling "%s" fra %s',
        "Kjære %s, %s (%s) bestilte time hos deg.",
        "Avtale med:",
        "Beskrivelse:",
        "Appointment for:",
        "Dato:",
        "Hvor:",
        "Kommentar:",
    ),
}


def ncorganizer() -> Iterator[Case]:
    f = "ncorganizer"
    rows = [
        (
            "da",
            "mentor_session",
            ("Freja Holm", "freja.holm@studmail.example"),
            "Mentorsamtale (30 min)",
            "Feedback på CV og ansøgning",
            "Europe/Copenhagen",
            at(2026, 5, 4, 20, 12, "Europe/Copenhagen"),
            at(2026, 5, 12, 17, 0, "Europe/Copenhagen", "Tue"),
            "Online",
            "Jeg søger job som UX-designer og vil gerne øve til min samtale.",
        ),
        (
            "et",
            "juhendamine",
            ("Kertu Tamm", "kertu.tamm@postkast.example"),
            "Juhendamine: lõputöö",
            "Lõputöö juhendamise kohtumine",
            "Europe/Tallinn",
            at(2026, 11, 2, 9, 30, "Europe/Tallinn"),
            at(2026, 11, 5, 14, 15, "Europe/Tallinn", "Thu"),
            "Tartu, Narva mnt 18, ruum 2045",
            "",
        ),
        (
            "nb",
            "proveintervju_trening",
            ("Jonas Berg", "jonas.berg@epost.example"),
            "Øvingsintervju",
            "Jeg tilbyr øvingsintervjuer for venner som søker jobb.",
            "Europe/Oslo",
            at(2026, 2, 26, 19, 0, "Europe/Oslo"),
            at(2026, 3, 3, 18, 30, "Europe/Oslo", "Tue"),
            "Digitalt",
            "Jeg har intervju hos Equinor neste uke, takk for hjelpen!",
        ),
    ]
    for lang, name, booker, cfg, desc, zone, sent, start, where, comment in rows:
        subj, head, with_, desc_l, for_l, date_l, where_l, comm_l = NCO[lang]
        sender = (ME[0], "noreply@cloud.alexmorgan.example")
        items = [
            (with_, f"{booker[0]} ({booker[1]})"),
            (desc_l, desc),
            (for_l, booker[0]),
            (date_l, f"{cldr_long(start, lang)} ({zone})"),
            (where_l, where),
        ]
        if comment:
            items.append((comm_l, comment))
        text, html = nc_bodies(head % (ME[0], booker[0], booker[1]), items, [])
        yield direct(
            f,
            name,
            lang,
            sender,
            subj % (cfg, booker[0]),
            sent,
            {"kind": NEG},
            f"Nextcloud organizer notice ({lang}): someone booked the reader's own "
            f"'{cfg}' slot; a dated appointment in the reader's calendar, not an "
            "interview of the reader.",
            text=text,
            html=html,
            template=TEMPLATES[f].replace("{lang}", {"et": "et_EE"}.get(lang, lang)),
        )


# --------------------------------------------------------------------------------------
# Easy!Appointments: real translations_lang.php strings; HTML only.

EA = {
    "finnish": (
        "Aikasi varattiin onnistuneesti.",
        "Kiitos ajan varaamisesta. Varauksesi tiedot on "
        "lueteltu alla. Tee muutoksia painamalla varauslinkkiä.",
        "Varauksen tiedot",
        "Palvelupaketti",
        "Palveluntuottaja",
        "Aloitusaika",
        "Lopetus",
        "Aikavyöhyke",
        "Sijainti",
        "Varaustiedot ovat muuttuneet",
        "Varaus peruutettu",
        "Varaus poistetiin yrityksen varauskirjasta.",
        "Syy",
        "Kokouslinkki",
    ),
    "danish": (
        "Din tid er nu booket",
        "Tak for din tidsbetilling hos os. Nedenfor kan du se "
        "oplysninger om aftalen. For at ændre i tids bestillingen tryk på linket.",
        "Oplysninger om aftale",
        "Betjening",
        "Leverandør",
        "Start",
        "Slut",
        "Tidszone",
        "Placering",
        "Tidens oplysninger er ændret.",
        "Tiden er slettet",
        "Din følgende tid er slettet ",
        "Grund",
        "Mødelink",
    ),
    "hungarian": (
        "Az időpontod sikeresen lefoglalva.",
        "Köszönjük, hogy nálunk foglaltál "
        "időpontot. Lent a foglalás részleteit látod. Változtatni az időpont linkjére "
        "kattintva tudsz.",
        "Az időpont részletei",
        "Szolgáltatás",
        "Szolgáltató",
        "Kezdés",
        "Vég",
        "Időzóna",
        "Helyszín",
        "A foglalás részletei megváltoztak.",
        "Időpont lemondva",
        "A következő időpont el lett távolítva a cég beosztásából",
        "Ok",
        "Találkozó linkje",
    ),
    "romanian": (
        "Întâlnirea a fost programata.",
        "Va multumim pentru ca ati programat o "
        "întâlnire cu noi. Dedesubt puteti vedea detaliile întâlnirii. Puteti face "
        "modificari apasând pe linkul întâlnirii.",
        "Detaliile întâlnirii",
        "Serviciu",
        "Furnizor",
        "Început",
        "Sfârsit",
        "Fus Orar",
        "Locație",
        "Detaliile întâlnirii au fost modificate.",
        "Întâlnire Anulata",
        "Urmatoarea întâlnire a fost stearsa din calendarul companiei.",
        "Motiv",
        "Link întâlnire",
    ),
    "estonian": (
        "Aja broneerimine õnnestus.",
        "Suur tänu aja broneerimise eest. Broneeringu info "
        "on toodud allpool. Muutusi saab teha vajutades broneeringu nupule.",
        "Broneeringu detailid",
        "Teenus",
        "Teenusepakkuja",
        "Algusaeg",
        "Lõpuaeg",
        "Ajavöönd",
        "Asukoht",
        "Broneeringu detailid on muutunud.",
        "Broneering tühistatud",
        "Broneering on kalendrist eemaldatud.",
        "Põhjus",
        "Koosoleku link",
    ),
    "hebrew": (
        "הפגישה שלך הוזמנה בהצלחה!",
        "תודה שקבעת פגישה איתנו. למטה ניתן לראות את פרטי "
        "הפגישה. ניתן לבצע שינויים על ידי לחיצה על קישור הפגישה.",
        "פרטי הפגישה",
        "שירות",
        "ספק",
        "להתחלה",
        "סיום",
        "אזור זמן",
        "מיקום",
        "פרטי הפגישה השתנו.",
        "הפגישה בוטלה",
        "הפגישה הבאה הוסרה מלוח הזמנים של החברה.",
        "סיבה",
        "קישור לפגישה",
    ),
    "turkish": (
        "Randevunuz başarı ile kaydedildi.",
        "Bizden randevu aldığınız için teşekkür "
        "ederiz. Randevu detaylarını aşağıda görebilirsiniz. Değişiklik yapmak için randevu"
        " linkine tıklayın.",
        "Randevu Detayları",
        "Hizmet",
        "Hizmet Sağlayıcı",
        "Başlangıç",
        "Bitiş",
        "Saat Dilimi",
        "Konum",
        "Randevu detayları değiştirildi.",
        "Randevu İptal Edildi",
        "Aşağıdaki randevu şirket programından çıkarıldı.",
        "Sebep",
        "Toplantı Bağlantısı",
    ),
    "traditional-chinese": (
        "您的預約已成功預訂！",
        "感謝您與我們安排預約。您可以在下方檢視預約詳細資訊。如需更改，請點選預約連結。",
        "預約詳細資訊",
        "服務",
        "提供者",
        "開始",
        "結束",
        "時區",
        "地點",
        "預約詳細資訊已更改。",
        "預約已取消",
        "以下預約已從公司行程中移除。",
        "原因",
        "會議連結",
    ),
    "norwegian": (
        "Din avtale er bestilt",
        "Takk for at du har bestilt en avtale med oss. Nedenfor"
        " kan du se avtaledetaljene. Gjør endringer ved å klikke på avtalen.",
        "Avtaledetaljer",
        "Tjeneste",
        "Leverandør",
        "Start",
        "Slutt",
        "Tidssone",
        "Sted",
        "Avtaledetaljer har endret seg",
        "Avtale Avbrutt",
        "Den følgende avtalen ble fjernet fra bedriftens timeplan.",
        "Årsak",
        "Møtelenke",
    ),
    "latvian": (
        "Jūsu tikšanās bija veiksmīgi pasūtīta",
        "Dėkojame, ka nolīgėte tikšanos ar mums. "
        "Žemiau varat redzēt tikšanās detaļas. Atlikite pakeitimus paspaudę susitikimo "
        "ieteikumu.",
        "Tikšanās detaļas",
        "Paslauga",
        "Tiekējs",
        "Pradžia",
        "Pabaiga",
        "Laika josla",
        "Atrašanās vieta",
        "Susitikimo detaļas tika mainītas",
        "Susitikimas atšauktas",
        "Toliau pateiktas tikšanās bija pašalintas no uzņēmuma tvarkaraščio.",
        "Priežastis",
        "Sapulces saite",
    ),
}
EA_TZ = {
    "Europe/Helsinki": "Helsinki (+2:00)",
    "Europe/Copenhagen": "Copenhagen (+1:00)",
    "Europe/Budapest": "Budapest (+1:00)",
    "Europe/Bucharest": "Bucharest (+2:00)",
    "Europe/Tallinn": "Tallinn (+2:00)",
    "Asia/Jerusalem": "Jerusalem (+2:00)",
    "Europe/Istanbul": "Istanbul (+3:00)",
    "Asia/Taipei": "Taipei (+8:00)",
    "Europe/Oslo": "Oslo (+1:00)",
    "Europe/Riga": "Riga (+2:00)",
}
EA_DATE = {"DMY": "%d/%m/%Y", "MDY": "%m/%d/%Y", "YMD": "%Y/%m/%d"}


def ea_when(value: datetime, date_format: str, clock: str) -> str:
    day = value.strftime(EA_DATE[date_format])
    if clock == "military":
        return f"{day} {value:%H:%M}"
    return f"{day} {value.hour % 12 or 12}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


def ea_html(title: str, message: str, heading: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="label" style="padding: 3px;font-weight: bold;">{k}</td>'
        f'<td style="padding: 3px;">{v}</td></tr>\n'
        for k, v in rows
    )
    para = f'<p style="text-align: center;">{message}</p>\n' if message else ""
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8"><title>' + title + "</title></head>"
        '<body>\n<table role="presentation" class="main"><tr><td class="wrapper">\n'
        f'<h1 style="text-align: center;">{title}</h1>\n{para}'
        f'<h2 style="text-align: center;">{heading}</h2>\n'
        f'<table id="appointment-details" class="details-table" align="center">\n{cells}</table>\n'
        "</td></tr></table>\n</body></html>\n"
    )


def eaintl() -> Iterator[Case]:
    f = "eaintl"
    # langname, lang, view kind, service, provider, zone, sent, start, minutes, date fmt, clock, extra
    rows = [
        (
            "finnish",
            "fi",
            "booked",
            "Työhaastattelu",
            "Anna Korhonen",
            "Europe/Helsinki",
            at(2026, 6, 1, 9, 12, "Europe/Helsinki"),
            at(2026, 6, 10, 13, 30, "Europe/Helsinki", "Wed"),
            45,
            "DMY",
            "military",
            "Lapinlahdenkatu 16, Helsinki",
            "haastattelu_kesa",
        ),
        (
            "danish",
            "da",
            "booked",
            "Jobsamtale – 1. runde",
            "Mette Sørensen",
            "Europe/Copenhagen",
            at(2026, 8, 31, 10, 0, "Europe/Copenhagen"),
            at(2026, 9, 8, 9, 15, "Europe/Copenhagen", "Tue"),
            60,
            "DMY",
            "military",
            "Havnegade 39, København K",
            "jobsamtale",
        ),
        (
            "hungarian",
            "hu",
            "booked",
            "Állásinterjú (online)",
            "Nagy Réka",
            "Europe/Budapest",
            at(2026, 11, 9, 14, 20, "Europe/Budapest"),
            at(2026, 11, 17, 10, 0, "Europe/Budapest", "Tue"),
            30,
            "YMD",
            "military",
            "https://meet.pannon-szoft.example/interju-4821",
            "interju_ymd",
        ),
        (
            "estonian",
            "et",
            "booked",
            "Tööintervjuu",
            "Kadri Saar",
            "Europe/Tallinn",
            at(2026, 4, 14, 11, 0, "Europe/Tallinn"),
            at(2026, 4, 21, 15, 0, "Europe/Tallinn", "Tue"),
            60,
            "DMY",
            "military",
            "Telliskivi 60a, Tallinn",
            "toointervjuu",
        ),
        (
            "hebrew",
            "he",
            "booked",
            "ראיון עבודה",
            "נועה כהן",
            "Asia/Jerusalem",
            at(2026, 3, 22, 9, 0, "Asia/Jerusalem"),
            at(2026, 3, 29, 11, 0, "Asia/Jerusalem", "Sun"),
            45,
            "DMY",
            "military",
            "רחוב רוטשילד 22, תל אביב",
            "reayon_dst",
        ),
        (
            "turkish",
            "tr",
            "booked",
            "Teknik mülakat",
            "Burak Demir",
            "Europe/Istanbul",
            at(2026, 10, 5, 16, 45, "Europe/Istanbul"),
            at(2026, 10, 13, 10, 30, "Europe/Istanbul", "Tue"),
            90,
            "DMY",
            "military",
            "https://meet.anadolu-yazilim.example/mulakat-77",
            "teknik_mulakat",
        ),
        (
            "traditional-chinese",
            "zh-TW",
            "booked",
            "面試（人資）",
            "陳志明",
            "Asia/Taipei",
            at(2026, 12, 1, 10, 0, "Asia/Taipei"),
            at(2026, 12, 8, 2 + 12, 0, "Asia/Taipei", "Tue"),
            30,
            "YMD",
            "regular",
            "台北市中山區南京東路二段 88 號",
            "mianshi_ampm",
        ),
        (
            "norwegian",
            "nb",
            "changed",
            "Jobbintervju",
            "Ingrid Haugen",
            "Europe/Oslo",
            at(2026, 5, 18, 8, 30, "Europe/Oslo"),
            at(2026, 5, 28, 12, 0, "Europe/Oslo", "Thu"),
            45,
            "DMY",
            "military",
            "Dronning Eufemias gate 16, Oslo",
            "endret",
        ),
        (
            "romanian",
            "ro",
            "deleted",
            "Interviu de angajare",
            "Andrei Popescu",
            "Europe/Bucharest",
            at(2026, 9, 16, 13, 10, "Europe/Bucharest"),
            at(2026, 9, 24, 10, 0, "Europe/Bucharest", "Thu"),
            60,
            "DMY",
            "military",
            "Str. Polonă 68, București",
            "anulat",
        ),
        (
            "latvian",
            "lv",
            "deleted",
            "Darba intervija",
            "Līga Ozola",
            "Europe/Riga",
            at(2026, 1, 12, 9, 40, "Europe/Riga"),
            at(2026, 1, 20, 14, 0, "Europe/Riga", "Tue"),
            30,
            "MDY",
            "regular",
            "Brīvības iela 40, Rīga",
            "atcelts_mdy",
        ),
    ]
    for (
        langname,
        lang,
        view,
        service,
        provider,
        zone,
        sent,
        start,
        minutes,
        dfmt,
        clock,
        loc,
        name,
    ) in rows:
        (
            booked,
            thanks,
            details,
            svc_l,
            prov_l,
            start_l,
            end_l,
            tz_l,
            loc_l,
            changed,
            cancelled,
            removed,
            reason_l,
            link_l,
        ) = EA[langname]
        end = start + timedelta(minutes=minutes)
        host = {
            "fi": "rekry.kuulas.example",
            "da": "booking.nordhavn-it.example",
            "hu": "idopont.pannon-szoft.example",
            "et": "broneeri.linnuvaade.example",
            "he": "booking.yam-tech.example",
            "tr": "randevu.anadolu-yazilim.example",
            "zh-TW": "booking.yushan-bio.example",
            "nb": "booking.fjordkraft-it.example",
            "ro": "programari.carpati-soft.example",
            "lv": "pieraksts.daugava-it.example",
        }[lang]
        sender = (f"{service} – {host.split('.')[1]}", f"noreply@{host}")
        rows_html = [
            (svc_l, service),
            (prov_l, provider),
            (start_l, ea_when(start, dfmt, clock)),
            (end_l, ea_when(end, dfmt, clock)),
            (tz_l, EA_TZ[zone]),
        ]
        link = loc.startswith("https://")
        rows_html.append((link_l if link else loc_l, loc))
        extra: dict[str, object] = {"organizer_email": sender[1]}
        if link:
            extra["meeting_url"] = loc
        if view == "booked":
            html = ea_html(booked, thanks, details, rows_html)
            subject, kind = booked, "invitation"
        elif view == "changed":
            html = ea_html(changed, "", details, rows_html)
            subject, kind = changed, None
        else:
            rows_html.append(
                (
                    reason_l,
                    {"ro": "Intervievatorul nu este disponibil.", "lv": "Intervētājs ir slims."}[
                        lang
                    ],
                )
            )
            html = ea_html(cancelled, removed, details, rows_html)
            subject, kind = cancelled, "cancellation"
        view_file = "appointment_deleted_email" if view == "deleted" else "appointment_saved_email"
        tmpl = TEMPLATES[f].format(view=view_file, lang=langname)
        label = slot(kind, start, end, zone=zone, **extra)
        note = (
            f"Easy!Appointments {view} ({lang}, {dfmt}/{clock}): Start/End "
            f"'{ea_when(start, dfmt, clock)}' with '{EA_TZ[zone]}' (standard offset label; "
            f"the instant is the zone's real offset)."
        )
        if view == "changed":
            note += " The mail does not say whether the time moved, so no kind."
        yield direct(f, name, lang, sender, subject, sent, label, note, html=html, template=tmpl)

    # negatives: non-job services booked through the same software
    for langname, lang, service, provider, zone, sent, start, name, host in [
        (
            "finnish",
            "fi",
            "Hammastarkastus",
            "HLL Laura Mäkinen",
            "Europe/Helsinki",
            at(2026, 10, 1, 18, 2, "Europe/Helsinki"),
            at(2026, 10, 14, 8, 30, "Europe/Helsinki", "Wed"),
            "hammaslaakari_neg",
            "ajanvaraus.hymyhammas.example",
        ),
        (
            "danish",
            "da",
            "Klipning herre",
            "Sofie Lund",
            "Europe/Copenhagen",
            at(2026, 6, 19, 12, 0, "Europe/Copenhagen"),
            at(2026, 6, 26, 16, 0, "Europe/Copenhagen", "Fri"),
            "frisor_neg",
            "booking.saxkompagniet.example",
        ),
    ]:
        booked, thanks, details, svc_l, prov_l, start_l, end_l, tz_l = EA[langname][:8]
        end = start + timedelta(minutes=30)
        rows_html = [
            (svc_l, service),
            (prov_l, provider),
            (start_l, ea_when(start, "DMY", "military")),
            (end_l, ea_when(end, "DMY", "military")),
            (tz_l, EA_TZ[zone]),
        ]
        yield direct(
            f,
            name,
            lang,
            (host.split(".")[1], f"noreply@{host}"),
            booked,
            sent,
            {"kind": NEG},
            f"Easy!Appointments booking ({lang}) for a non-job service ('{service}'): "
            "same template and slot rows as an interview booking, not an interview.",
            html=ea_html(booked, thanks, details, rows_html),
            template=TEMPLATES[f].format(view="appointment_saved_email", lang=langname),
        )


# --------------------------------------------------------------------------------------
# Jorani leave mails (real templates, HTML tables); all negatives.

JO_ACCEPTED = {
    "ro": (
        "romanian",
        "Cerere dumneavoastră de concediu a fost acceptata",
        "Cerere de concediu",
        "Dragă {n}, <br />\n<br />\nTimpul liber solicitat a fost aprobat.<br />",
        ("De la", "Până la", "Tip", "Motiv", "Ultimul comentariu"),
        "%m/%d/%Y",
        ("Dimineaţa", "După masa"),
        "*** Acesta este un mesaj generat automat, vă rog să nu răspundeți la acest mesaj ***",
    ),
    "cs": (
        "czech",
        "Vaše žádost o dovolenou byla schválena",
        "Žádost o dovolenou",
        "Vážený {n},<br />\n<br />\nVáš požadavek na konkrétní čas byl schválen.<br />",
        ("Od", "Komu", "Typ", "Účel", "Last comment"),
        "%d.%m.%Y",
        ("Ráno", "Odpoledne"),
        "*** Toto je náhodně vygenerována zpráva, prosím neodpovídejte na tuto zprávu ***",
    ),
    "el": (
        "greek",
        "Το αίτημα άδειας σας έγινε δεκτό",
        "Αίτηση αδείας",
        "Αγαπητέ / η {n}, <br />\n<br />\nΤο αίτημα αδείας σας εγκρίθηκε.<br />",
        ("Από", "Προς", "Πληκτρολογήστε", "Αιτία", "Τελευταίο σχόλιο"),
        "%d/%m/%Y",
        ("Πρωί", "Απόγευμα"),
        "*** Αυτό είναι ένα μήνυμα που δημιουργήθηκε αυτόματα, παρακαλώ μην απαντήσετε σε αυτό "
        "το μήνυμα ***",
    ),
    "vi": (
        "vietnamese",
        "Yêu cầu nghỉ của bạn được chấp nhận",
        "Yêu cầu ra ngoài",
        "Gửi {n}, <br />\n<br />\nThời gian nghỉ phép bạn yêu cầu đã được duyệt.<br />",
        ("Từ", "Tới", "Loại", "Lý do", "Last comment"),
        "%m/%d/%Y",
        ("Sáng", "Trưa"),
        "*** Đây là tin nhắn được tạo tự động, xin đừng trả lời tin nhắn này. ***",
    ),
}


def jorani() -> Iterator[Case]:
    f = "jorani"
    cases = [
        (
            "ro",
            "concediu_aprobat",
            datetime(2026, 7, 20),
            datetime(2026, 7, 24),
            "Concediu de odihnă",
            "Vacanță la mare",
            "Aprobat, spor!",
            at(2026, 6, 30, 11, 5, "Europe/Bucharest"),
            "hr.carpati-soft.example",
        ),
        (
            "cs",
            "dovolena_schvalena",
            datetime(2026, 12, 21),
            datetime(2026, 12, 31),
            "Dovolená",
            "Vánoce",
            "OK",
            at(2026, 11, 27, 9, 44, "Europe/Prague"),
            "dochazka.vltava-data.example",
        ),
        (
            "el",
            "adeia_egkrithike",
            datetime(2026, 8, 10),
            datetime(2026, 8, 14),
            "Κανονική άδεια",
            "Οικογενειακοί λόγοι",
            "Εγκρίθηκε",
            at(2026, 7, 15, 13, 20, "Europe/Athens"),
            "hr.aigaio-shipping.example",
        ),
        (
            "vi",
            "nghi_phep_duoc_duyet",
            datetime(2026, 9, 1),
            datetime(2026, 9, 2),
            "Nghỉ phép năm",
            "Lễ Quốc khánh",
            "Đồng ý",
            at(2026, 8, 18, 16, 0, "Asia/Ho_Chi_Minh"),
            "nghiphep.songhong-tech.example",
        ),
    ]
    for lang, name, first, last, typ, cause, comment, sent, host in cases:
        langname, subject, title, greet, labels, dfmt, halves, footer = JO_ACCEPTED[lang]
        rows = [
            (labels[0], f"{first.strftime(dfmt)}&nbsp;({halves[0]})"),
            (labels[1], f"{last.strftime(dfmt)}&nbsp;({halves[1]})"),
            (labels[2], typ),
            (labels[3], cause),
            (labels[4], comment),
        ]
        cells = "".join(f"<tr>\n<td>{k} &nbsp;</td><td>{v}</td>\n</tr>\n" for k, v in rows)
        html = (
            f'<html lang="{lang}">\n<head><meta charset="UTF-8"></head>\n<body>\n'
            f'<h3>{title}</h3>\n{greet.format(n=ME[0])}\n<table border="0">\n{cells}</table>\n'
            f"<hr>\n<h5>{footer}</h5>\n</body>\n</html>\n"
        )
        yield direct(
            f,
            name,
            lang,
            ("Jorani", f"do-not-reply@{host}"),
            f"[Jorani] {subject}",
            sent,
            {"kind": NEG},
            f"Jorani leave approval ({lang}), dates '{first.strftime(dfmt)}' to "
            f"'{last.strftime(dfmt)}' with half-day markers: the reader's own leave.",
            html=html,
            template=TEMPLATES[f].format(lang=lang, view="request_accepted", langname=langname),
        )


# --------------------------------------------------------------------------------------
# Synapse missed-message mails (real templates); negatives.


def synapse() -> Iterator[Case]:
    f = "synapse"
    items = [
        (
            "en-GB",
            "recruiter_proposes",
            "Element",
            "Harriet Cole",
            "Hiring - Platform team",
            at(2026, 5, 12, 18, 40, "Europe/London"),
            [
                (
                    "Harriet Cole",
                    at(2026, 5, 12, 18, 22, "Europe/London"),
                    "Hi Alex, would Thursday 21 May at 10:30 BST work for a first chat? If not I can do "
                    "Friday afternoon. No need to decide tonight!",
                )
            ],
            "room message in which a recruiter proposes a time the reader has not accepted",
        ),
        (
            "en-IN",
            "mock_interview_group",
            "Element",
            "Rohan Iyer",
            "Placement prep 2026",
            at(2026, 7, 2, 21, 5, "Asia/Kolkata"),
            [
                (
                    "Rohan Iyer",
                    at(2026, 7, 2, 20, 51, "Asia/Kolkata"),
                    "Mock interview round for everyone on Sat 11 July, 10:00 AM IST in Lab 3. Bring your "
                    "resume printouts.",
                ),
                ("Sneha Rao", at(2026, 7, 2, 20, 58, "Asia/Kolkata"), "I'll book the projector."),
            ],
            "study group's chat about a mock-interview session; a group announcement",
        ),
        (
            "en-SG",
            "dm_from_friend",
            "Matrix",
            "Wei Ling Tan",
            "",
            at(2026, 9, 3, 22, 15, "Asia/Singapore"),
            [
                (
                    "Wei Ling Tan",
                    at(2026, 9, 3, 22, 9, "Asia/Singapore"),
                    "my interview at Grab got moved to Tue 15 Sep 2pm SGT 😬 can we still do lunch on "
                    "Wed?",
                )
            ],
            "a friend's message about her own interview time",
        ),
    ]
    for lang, name, app, person, room, sent, messages, what in items:
        if room:
            subject = f"[{app}] You have a message on {app} from {person} in the {room} room..."
        else:
            subject = f"[{app}] You have a message on {app} from {person}..."
        title = room or person
        body = "".join(f"\n{who} ({ts:%H:%M})\n{text}" for who, ts, text in messages)
        text = (
            f"Hi {ME[0]},\n\n{subject[len(app) + 3 :]}\n{title}{body}\n\nView {title} at "
            f"https://app.element.example/#/room/!hx{len(name)}q:matrix.example\n\nYou can "
            "disable these notifications at https://matrix.example/_synapse/client/unsubscribe"
            f"?u=%40alex%3Amatrix.example\n"
        )
        yield direct(
            f,
            name,
            lang,
            (f"{app}", "notifications@matrix.example"),
            subject,
            sent,
            {"kind": NEG},
            f"Synapse notif_mail.txt ({lang}): {what}.",
            text=text,
        )


# --------------------------------------------------------------------------------------
# Plane issue updates (HTML); negatives.


def planeissue() -> Iterator[Case]:
    f = "planeissue"
    items = [
        (
            "en",
            "take_home_due",
            "HIRE-42",
            "Take-home: build the rate limiter",
            "Acme Platform",
            "Hiring",
            "Due Date:",
            "Oct 16, 2026",
            "Reminder: please push your solution by Friday 16 Oct, 17:00 CEST. The review call gets "
            "scheduled after we have read it.",
            at(2026, 10, 12, 9, 3, "Europe/Berlin"),
        ),
        (
            "pt-PT",
            "prazo_candidaturas",
            "RH-7",
            "Fechar triagem de candidaturas",
            "Tejo Digital",
            "Recrutamento",
            "Due Date:",
            "Nov 6, 2026",
            "A triagem fecha a 6 de novembro às 18h00; as entrevistas só serão marcadas depois.",
            at(2026, 10, 28, 10, 10, "Europe/Lisbon"),
        ),
        (
            "de-CH",
            "onboarding_laptop",
            "IT-311",
            "Laptop für neue Mitarbeitende vorbereiten",
            "Alpenblick AG",
            "IT",
            "Due Date:",
            "Jan 4, 2027",
            "Übergabe am Montag, 4. Januar um 08:30 am Empfang Zürich-Oerlikon.",
            at(2026, 12, 18, 14, 30, "Europe/Zurich"),
        ),
    ]
    for lang, name, ident, title, ws, proj, due_l, due, comment, sent in items:
        html = (
            '<html><body><table style="width:600px"><tr><td>'
            f"<p><b>{ident} updates</b></p><p>{ws} / {proj} / {ident} : {title}</p>"
            "<p>Dana Weiss made 1 update and added 1 new comment on the issue.</p>"
            f"<h4>Updates</h4><p>Dana Weiss &middot; {sent:%b %d, %Y %H:%M}</p>"
            f"<p>{due_l} {due}</p><h4>Comments</h4><p>Dana Weiss</p><p>{comment}</p>"
            '<p><a href="https://plane.example/issues/42">View issue</a></p>'
            "</td></tr></table></body></html>"
        )
        yield direct(
            f,
            name,
            lang,
            ("Plane", "notifications@plane.example"),
            f"{ident} {title}",
            sent,
            {"kind": NEG},
            f"Plane issue update ({lang}) with a due date and a comment naming a time; a "
            "task notification.",
            html=html,
        )


# --------------------------------------------------------------------------------------
# OpenCATS status-change mails (real template text, recruiter's edits ours).

OC_STATUS = (
    "* Auto generated message. Please DO NOT reply *\n{dt}\n\nDear {cand},\n\nThis E-Mail is a "
    "notification that your status in our database has been changed for the position {title} "
    "({client}).\n\nYour previous status was <B>{prev}</B>.\nYour new status is <B>{new}</B>."
    "\n\n{extra}Take care,\n{user}\n{site}"
)


def oc_dt(value: datetime) -> str:
    return f"{pp.EN_DAYS[value.weekday()]}, {pp.EN_MONTHS.split()[value.month - 1]} {value.day}, {value.year}, {pp.hm12(value)}"


def opencats() -> Iterator[Case]:
    f = "opencats"
    z = "America/Chicago"
    sent = at(2026, 4, 6, 9, 12, z)
    start = at(2026, 4, 14, 13, 30, z, "Tue")
    sender = ("Megan Ruiz", "megan.ruiz@prairie-talent.example")
    text = OC_STATUS.format(
        dt=oc_dt(sent),
        cand=ME[0],
        title="Senior Accountant",
        client="Lakeshore Foods",
        prev="Submitted",
        new="Interviewing",
        user=sender[0],
        site="Prairie Talent Partners",
        extra="Your interview is set for Tuesday, April 14, 2026 at 1:30 PM Central Time with "
        "the controller, at 200 W Madison St, Suite 1400, Chicago. Plan on 45 minutes.\n\n",
    )
    yield direct(
        f,
        "interviewing_chicago",
        "en",
        sender,
        "Status change: Senior Accountant",
        sent,
        slot("invitation", start, start + timedelta(minutes=45), organizer_email=sender[1]),
        "OpenCATS status mail with literal <B> tags; the recruiter added the slot "
        "('1:30 PM Central Time', an abbreviation-like name, no IANA label).",
        text=text,
    )
    z = "Asia/Kolkata"
    sent = at(2026, 8, 3, 11, 0, z)
    start = at(2026, 8, 6, 15, 0, z, "Thu")
    sender = ("Ananya Sharma", "ananya@deccan-staffing.example")
    text = OC_STATUS.format(
        dt=oc_dt(sent),
        cand=ME[0],
        title="Java Developer",
        client="Kaveri Fintech",
        prev="Contacted",
        new="Interviewing",
        user=sender[0],
        site="Deccan Staffing",
        extra="Technical round: 06/08/2026, 3:00 PM IST (1 hour), Google Meet "
        "https://meet.google.com/abc-defg-hij\n\n",
    )
    yield direct(
        f,
        "interviewing_ist_ddmm",
        "en-IN",
        sender,
        "Status change: Java Developer",
        sent,
        slot(
            "invitation",
            start,
            start + timedelta(hours=1),
            zone=z,
            organizer_email=sender[1],
            meeting_url="https://meet.google.com/abc-defg-hij",
        ),
        "OpenCATS status mail from an Indian agency: '06/08/2026, 3:00 PM IST' (day "
        "first, .example sender but IST context).",
        text=text,
    )
    z = "America/New_York"
    sent = at(2026, 11, 20, 16, 0, z)
    sender = ("Jordan Blake", "jblake@harborline-search.example")
    text = OC_STATUS.format(
        dt=oc_dt(sent),
        cand=ME[0],
        title="Product Manager",
        client="Brightwater Health",
        prev="Interviewing",
        new="Offered",
        user=sender[0],
        site="Harborline Search",
        extra="The written offer follows; start date would be Monday, January 4, 2027, 9:00 AM "
        "at the Boston office.\n\n",
    )
    yield direct(
        f,
        "offered_start_date",
        "en",
        sender,
        "Status change: Product Manager",
        sent,
        {"kind": NEG},
        "OpenCATS status change to 'Offered' with a first-day date and time: not an interview.",
        text=text,
    )
    sent = at(2026, 5, 2, 10, 30, "America/Denver")
    text = (
        "* This is an auto-generated message. Please do not reply. *\n"
        + oc_dt(sent)
        + f"\n\nDear {ME[0]},\n\nThank you for applying to the Field Engineer position with "
        "our online career portal! Your application has been entered into our system and "
        "someone will review it shortly.\n\nWe review applications on Monday, May 11, 2026 "
        "from 9:00 AM.\n\n--\nRocky Ridge Careers"
    )
    yield direct(
        f,
        "apply_received",
        "en",
        ("Rocky Ridge Careers", "careers@rockyridge.example"),
        "Application received: Field Engineer",
        sent,
        {"kind": NEG},
        "OpenCATS application acknowledgement with the send time and a review date.",
        text=text,
        template=TEMPLATES[f] + "; the review-date line ours",
    )


# --------------------------------------------------------------------------------------
# Invoice Ninja (real strings), Zammad, Gitea, CiviCRM, OpenEMR, Mautic, Akaunting.


def invoiceninja() -> Iterator[Case]:
    f = "invoiceninja"
    items = [
        (
            "fi",
            "tarjous_valmennus",
            "Uusi tarjous Q-0031 yritykseltä Uravalmennus Koski",
            "Hyvä Alex Morgan,",
            "Nähdäksesi tarjouksen summalla 240,00 €, paina alla olevaa linkkiä.",
            "Voimassa: 30.10.2026\n\nHaastatteluvalmennus 2 × 60 min, ensimmäinen "
            "kerta ti 3.11.2026 klo 17.00 (Teams).",
            "Ystävällisesti,\nSanna Koski",
            at(2026, 10, 20, 12, 0, "Europe/Helsinki"),
            "quote",
        ),
        (
            "da",
            "faktura_mock",
            "Ny faktura 2026-118 fra Karrierehuset ApS",
            "Kære Alex Morgan,",
            "For at se din faktura på 1.450,00 kr., klik på linket nedenfor.",
            "Betalingsfrist: 15.12.2026\n\nPrøvesamtale med feedback, tirsdag 8. december 2026 "
            "kl. 16.00-17.00.",
            "Venlig hilsen,\nKarrierehuset ApS",
            at(2026, 12, 1, 9, 30, "Europe/Copenhagen"),
            "invoice",
        ),
        (
            "pt-PT",
            "orcamento_cv",
            "Novo orçamento 0042 de Carreira Lisboa",
            "Sr(a) Alex Morgan,",
            "Para visualizar o orçamento de 95,00 €, clique no endereço abaixo.",
            "Válido até: 12/06/2026\n\nRevisão de CV e simulação de entrevista: "
            "sessão proposta para 16/06/2026 às 18h30.",
            "Cumprimentos,\nCarreira Lisboa",
            at(2026, 6, 2, 11, 15, "Europe/Lisbon"),
            "quote",
        ),
    ]
    for lang, name, subject, sal, msg, extra, sig, sent, kind in items:
        text = f"{sal}\n\n{msg}\n\nhttps://billing.example/client/{kind}/k39x\n\n{extra}\n\n{sig}\n"
        yield direct(
            f,
            name,
            lang,
            (sig.split("\n")[-1], "billing@invoicing.example"),
            subject,
            sent,
            {"kind": NEG},
            f"Invoice Ninja {kind} ({lang}) from a career coach naming a coaching or "
            "mock-interview session date: a bill, not an invitation.",
            text=text,
            template=TEMPLATES[f].format(lang=lang.replace("-", "_")),
        )


def zammad() -> Iterator[Case]:
    f = "zammad"
    z = "Europe/Zurich"
    sent = at(2026, 9, 8, 10, 22, z)
    start = at(2026, 9, 15, 14, 0, z, "Tue")
    sender = ("Recruiting Helvetia Versicherungen", "jobs@helvetia-vers.example")
    text = (
        "Grüezi Alex Morgan\n\nBesten Dank für Ihre Bewerbung als Business Analyst. Gerne "
        "laden wir Sie zu einem Gespräch ein:\n\nDienstag, 15. September 2026, 14:00 - 15:00 "
        "Uhr\nSt. Alban-Anlage 26, 4052 Basel, Empfang 2. OG\n\nBitte bestätigen Sie den "
        "Termin mit einer kurzen Antwort auf dieses Mail.\n\nFreundliche Grüsse\nCorinne "
        "Meier\nHR Recruiting\n\n--\n[Ticket#10482] Bewerbung Business Analyst"
    )
    yield direct(
        f,
        "einladung_basel",
        "de-CH",
        sender,
        "[Ticket#10482] RE: Bewerbung Business Analyst",
        sent,
        slot("invitation", start, start + timedelta(hours=1), sent=sent, organizer_email=sender[1]),
        "Zammad agent reply (de-CH, 'Grüezi', 'Grüsse') with the slot in the text; no zone stated.",
        text=text,
        reply=True,
    )
    z = "Europe/London"
    sent = at(2026, 3, 26, 15, 5, z)
    start = at(2026, 4, 1, 9, 30, z, "Wed")
    sender = ("Northbridge Careers", "careers@northbridge-rail.example")
    text = (
        "Hi Alex,\n\nThanks for your patience. We have moved your interview from Monday 30 "
        "March to Wednesday 1 April at 09:30 (UK time), same Teams link:\n"
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_nbr\n\nKind regards,\n"
        "Tom Ellis\nResourcing team\n\n[Ticket#20391]"
    )
    yield direct(
        f,
        "moved_uk_time",
        "en-GB",
        sender,
        "Re: Interview - Graduate Signalling Engineer [Ticket#20391]",
        sent,
        slot(
            "reschedule",
            start,
            zone=z,
            organizer_email=sender[1],
            meeting_url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_nbr",
        ),
        "Zammad agent reply moving an interview ('UK time' names Europe/London); sent "
        "in GMT for a slot in BST.",
        text=text,
        reply=True,
    )
    sent = at(2026, 10, 5, 8, 1, "Europe/Berlin")
    text = (
        "Your request (Ticket#10907) has been received and will be reviewed by our support "
        "staff.\n\nTo provide additional information, please reply to this email or click on "
        "the following link:\nhttps://helpdesk.example/#ticket/zoom/10907\n\nYour Zammad "
        "Helpdesk Team\n\n[Zammad, your customer support system]\n\nOur office hours: Mon-Fri"
        " 08:00-17:00; answers to application questions within two working days (by Wed 7 "
        "Oct, 17:00)."
    )
    yield direct(
        f,
        "auto_reply_en",
        "en",
        ("Zammad Helpdesk", "support@helpdesk.example"),
        "Thanks for your inquiry (Question about my interview)",
        sent,
        {"kind": NEG},
        "Zammad auto reply on a new ticket titled about an interview; office hours and a "
        "reply-by time only.",
        text=text,
    )


def gitea() -> Iterator[Case]:
    f = "gitea"
    for lang, name, sent, body in [
        (
            "en",
            "takehome_deadline",
            at(2026, 6, 9, 13, 2, "Europe/Amsterdam"),
            "@alexm please open your PR before **Thursday 11 June, 18:00 CEST**. Reviewers will "
            "comment by Monday.",
        ),
        (
            "fr-CA",
            "revue_code_proposee",
            at(2026, 9, 22, 15, 40, "America/Toronto"),
            "Salut Alex, on pourrait faire la revue de ton exercice jeudi 24 septembre à 14 h (HAE)"
            " si ça te convient? Sinon propose-moi autre chose.",
        ),
    ]:
        text = (
            f"{body}\n\n---\nView it on Gitea: https://git.example/hiring/take-home-alexm/"
            "issues/3#issuecomment-88\n\nReply to this email directly or view it on Gitea."
        )
        yield direct(
            f,
            name,
            lang,
            ("Lena de Vries", "gitea@git.example"),
            "Re: [hiring/take-home-alexm] Submission (#3)",
            sent,
            {"kind": NEG},
            f"Gitea issue comment ({lang}) with a deadline or a proposed time not yet agreed.",
            text=text,
            reply=True,
        )


def civicrm() -> Iterator[Case]:
    f = "civicrm"
    for lang, name, sent, event, when, where in [
        (
            "en-AU",
            "careers_expo",
            at(2026, 7, 28, 10, 0, "Australia/Melbourne"),
            "Melbourne Tech Careers Expo",
            "August 13th, 2026 4:00 PM through 8:00 PM",
            "Melbourne Convention Centre, 1 Convention Pl, South Wharf VIC",
        ),
        (
            "en",
            "cv_workshop",
            at(2026, 2, 9, 9, 0, "America/Chicago"),
            "CV & Interview Skills Workshop",
            "February 24th, 2026 6:30 PM through 8:30 PM",
            "Harold Washington Library, Room 4N",
        ),
    ]:
        text = (
            f"Dear Alex,\n\nThank you for registering for {event}.\n\n"
            "===========================================================\nEvent Information "
            "and Location\n===========================================================\n\n"
            f"{event}\n{when}\n\nLocation: {where}\n\nParticipant Role: Attendee\n\n"
            "Download iCalendar entry for this event: https://crm.example/civicrm/event/ical?"
            "id=42\n"
        )
        yield direct(
            f,
            name,
            lang,
            ("Events Team", "events@crm.example"),
            f"Event Confirmation - {event} - Alex Morgan",
            sent,
            {"kind": NEG},
            "CiviCRM online event receipt: a registration with a date and hours.",
            text=text,
        )


def openemr() -> Iterator[Case]:
    f = "openemr"
    for lang, name, sent, text in [
        (
            "en",
            "pre_employment_medical",
            at(2026, 5, 20, 7, 0, "America/Phoenix"),
            "Hello Alex Morgan,\n\nThis is a courtesy reminder for your appointment on "
            "Tuesday, May 26, 2026 at 8:15 am with Dr. Ruth Alvarez (pre-employment physical "
            "requested by your new employer).\n\nPlease arrive 15 minutes early.\nDesert Sage "
            "Clinic, 4100 E Camelback Rd, Phoenix",
        ),
        (
            "es-MX",
            "recordatorio_dentista",
            at(2026, 4, 13, 9, 0, "America/Mexico_City"),
            "Hola Alex Morgan,\n\nLe recordamos su cita el 16/04/2026 a las 10:30 con la Dra. "
            "Paula Reyes.\n\nSi no puede asistir, llame al 55 1234 5678.\nClínica Dental Roma "
            "Norte",
        ),
    ]:
        yield direct(
            f,
            name,
            lang,
            ("Clinic reminders", "reminders@clinic.example"),
            "Appointment Reminder" if lang == "en" else "Recordatorio de cita",
            sent,
            {"kind": NEG},
            "OpenEMR-style appointment reminder for a medical visit.",
            text=text,
        )


def mautic() -> Iterator[Case]:
    f = "mautic"
    footer = (
        '\n\n<a href="https://m.talentbridge.example/email/view/5f">Having trouble '
        'reading this email? Click here.</a>\n<a href="https://m.talentbridge.example/'
        'email/unsubscribe/5f">Unsubscribe</a> to no longer receive emails from us.'
    )
    z = "Australia/Sydney"
    sent = at(2026, 10, 1, 9, 0, z)
    start = at(2026, 10, 8, 11, 0, z, "Thu")
    sender = ("Talent Bridge Recruitment", "hello@talentbridge.example")
    html = (
        "<html><body><p>Hi Alex,</p><p>Great news - your interview with Coastline Energy is "
        "confirmed:</p><p><b>Thursday 8 October 2026, 11:00am AEDT</b><br>Level 9, 1 Market "
        "St, Sydney<br>Duration: 45 minutes</p><p>Cheers,<br>Mia, Talent Bridge</p>"
        + footer.replace("\n", "<br>")
        + "</body></html>"
    )
    yield direct(
        f,
        "confirmed_sydney_aedt",
        "en-AU",
        sender,
        "Your interview with Coastline Energy is confirmed",
        sent,
        slot("invitation", start, start + timedelta(minutes=45), organizer_email=sender[1]),
        "Mautic campaign mail (HTML only) with a confirmed slot in AEDT (abbreviation, "
        "no zone label).",
        html=html,
    )
    z = "Europe/London"
    sent = at(2026, 11, 2, 10, 0, z)
    start = at(2026, 11, 10, 15, 0, z, "Tue")
    html = (
        "<html><body><p>Dear Alex,</p><p>As discussed, your video interview for the Bid "
        "Manager role is booked for 10/11/2026 at 15:00 (GMT). The link will follow from "
        "the client.</p><p>Best regards, Talent Bridge UK</p>"
        + footer.replace("\n", "<br>")
        + "</body></html>"
    )
    yield direct(
        f,
        "booked_uk_ddmm",
        "en-GB",
        ("Talent Bridge UK", "uk@talentbridge.example"),
        "Interview booked: Bid Manager",
        sent,
        slot("invitation", start, organizer_email="uk@talentbridge.example"),
        "Mautic mail from a UK agency: '10/11/2026 at 15:00 (GMT)' is 10 November.",
        html=html,
    )
    sent = at(2026, 9, 1, 8, 0, z)
    html = (
        "<html><body><p>Hi Alex,</p><p>Join our free webinar <b>Acing the panel interview</b>"
        " on Wednesday 16 September, 12:30-13:15 BST. Register here: https://talentbridge"
        ".example/webinar</p>" + footer.replace("\n", "<br>") + "</body></html>"
    )
    yield direct(
        f,
        "webinar_promo",
        "en-GB",
        ("Talent Bridge UK", "uk@talentbridge.example"),
        "Free webinar: Acing the panel interview",
        sent,
        {"kind": NEG},
        "Mautic newsletter announcing a webinar about interviews.",
        html=html,
    )


def akaunting() -> Iterator[Case]:
    f = "akaunting"
    for lang, name, sent, text in [
        (
            "en",
            "invoice_reminder",
            at(2026, 6, 22, 9, 0, "America/Los_Angeles"),
            "Dear Alex Morgan,\n\nThis is a reminder that invoice INV-00017 of $180.00 is due on "
            "Jun 30, 2026.\n\nYou can see the invoice details and pay online from the following "
            "link: https://books.example/portal/invoices/17\n\nBest Regards,\nInterview Ready "
            "Coaching",
        ),
        (
            "tr",
            "fatura_hatirlatma",
            at(2026, 3, 2, 10, 0, "Europe/Istanbul"),
            "Sayın Alex Morgan,\n\nINV-00044 numaralı 1.200,00 ₺ tutarındaki faturanızın son ödeme "
            "tarihi 09.03.2026'dır. Bir sonraki koçluk seansımız 12.03.2026 18:00.\n\nSaygılarımızla"
            ",\nKariyer Atölyesi",
        ),
    ]:
        yield direct(
            f,
            name,
            lang,
            ("Akaunting", "invoices@books.example"),
            "INV reminder" if lang == "en" else "Fatura hatırlatma",
            sent,
            {"kind": NEG},
            "Akaunting invoice reminder with a due date.",
            text=text,
        )


# --------------------------------------------------------------------------------------
# Human writers: agency consultants (HTML tables) and coordinators replying in threads.


def table_html(intro: str, rows: list[tuple[str, str]], outro: str) -> str:
    cells = "".join(
        f'<tr><td style="border:1px solid #ccc;padding:4px"><b>{k}</b></td>'
        f'<td style="border:1px solid #ccc;padding:4px">{v}</td></tr>'
        for k, v in rows
    )
    return (
        f'<html><body><p>{intro}</p><table style="border-collapse:collapse">{cells}'
        f"</table><p>{outro}</p></body></html>"
    )


def agencyhtml() -> Iterator[Case]:
    f = "agencyhtml"
    items = [
        (
            "en-AU",
            "windows_zone_sydney",
            ("Chloe Nguyen", "chloe@harbourpeople.example"),
            "Australia/Sydney",
            at(2026, 3, 27, 16, 0, "Australia/Sydney"),
            at(2026, 4, 7, 10, 0, "Australia/Sydney", "Tue"),
            60,
            "Hi Alex, please find your interview details below.",
            lambda s, e: [
                ("Client", "Southern Cross Logistics"),
                ("Role", "Supply Chain Analyst"),
                ("Date", "Tuesday 7/4/2026"),
                ("Time", "10:00 - 11:00 (UTC+10:00) Canberra, Melbourne, Sydney"),
                ("Location", "Level 12, 200 George St, Sydney"),
            ],
            "Sent in AEDT; the slot falls after the 5 April change, so AEST; Windows display name.",
        ),
        (
            "en-IN",
            "ist_panel",
            ("Karthik Menon", "karthik@bluepeak-hr.example"),
            "Asia/Kolkata",
            at(2026, 1, 12, 12, 0, "Asia/Kolkata"),
            at(2026, 1, 16, 11, 30, "Asia/Kolkata", "Fri"),
            90,
            "Dear Alex, greetings from BluePeak HR. Your panel interview is scheduled as below.",
            lambda s, e: [
                ("Company", "Vistara Analytics Pvt Ltd"),
                ("Date", "16-Jan-2026 (Friday)"),
                ("Time", "11:30 AM to 1:00 PM IST"),
                ("Venue", "Prestige Tech Park, Bengaluru"),
            ],
            "IST in an Indian context; 'DD-Mon-YYYY'.",
        ),
        (
            "en-SG",
            "sgt_video",
            ("Nur Aisyah", "aisyah@lionbridge-talent.example"),
            "Asia/Singapore",
            at(2026, 5, 4, 9, 20, "Asia/Singapore"),
            at(2026, 5, 6, 16, 0, "Asia/Singapore", "Wed"),
            30,
            "Hi Alex, confirming the first interview with the hiring manager:",
            lambda s, e: [
                ("When", "Wed, 6 May 2026, 4pm - 4.30pm SGT"),
                ("Video", "https://zoom.us/j/95512345678"),
                ("Interviewer", "Daniel Lim, Head of Data"),
            ],
            "'4pm - 4.30pm SGT' (SGT names Asia/Singapore).",
        ),
        (
            "en-GB",
            "no_zone_table",
            ("Oliver Grant", "oliver@fenwick-recruit.example"),
            "Europe/London",
            at(2026, 6, 3, 11, 0, "Europe/London"),
            at(2026, 6, 11, 14, 0, "Europe/London", "Thu"),
            45,
            "Morning Alex, all booked in for next week:",
            lambda s, e: [
                ("Date", "Thursday 11th June"),
                ("Time", "2pm - 2.45pm"),
                ("Where", "Fenwick House, 8 Quay St, Manchester"),
            ],
            "No year and no zone: year of the Date header, wall time compared.",
        ),
        (
            "de-CH",
            "gespraech_zuerich",
            ("Nadia Keller", "n.keller@limmat-personal.example"),
            "Europe/Zurich",
            at(2026, 10, 20, 8, 0, "Europe/Zurich"),
            at(2026, 10, 26, 9, 0, "Europe/Zurich", "Mon"),
            60,
            "Grüezi Herr Morgan, gerne bestätige ich Ihnen das Vorstellungsgespräch:",
            lambda s, e: [
                ("Datum", "Montag, 26.10.2026"),
                ("Zeit", "09.00 – 10.00 Uhr"),
                ("Ort", "Hardturmstrasse 161, 8005 Zürich"),
            ],
            "Swiss dot time '09.00 – 10.00 Uhr', slot the day after the switch to CET; no zone.",
        ),
        (
            "fr-CA",
            "entrevue_montreal",
            ("Julie Tremblay", "julie@boreal-rh.example"),
            "America/Toronto",
            at(2026, 10, 27, 14, 0, "America/Toronto"),
            at(2026, 11, 3, 13, 30, "America/Toronto", "Tue"),
            45,
            "Bonjour Alex, voici les détails de votre entrevue :",
            lambda s, e: [
                ("Employeur", "Groupe Saint-Laurent"),
                ("Date", "le mardi 3 novembre 2026"),
                ("Heure", "13 h 30 (heure de l’Est)"),
                ("Lieu", "1250, boul. René-Lévesque O., Montréal"),
            ],
            "fr-CA '13 h 30 (heure de l’Est)', start only (no end in the table); sent in EDT, slot after the 1 November change (EST).",
        ),
    ]
    for lang, name, sender, zone, sent, start, minutes, intro, rows, note in items:
        # the fr-CA table gives only the start; its 45 minutes were never written into the mail
        end = start + timedelta(minutes=minutes) if name != "entrevue_montreal" else None
        outro = {"de-CH": "Freundliche Grüsse", "fr-CA": "Bonne journée!"}.get(lang, "Good luck!")
        html = table_html(intro, rows(start, end), outro + "<br>" + sender[0])
        if name == "no_zone_table" or name == "gespraech_zuerich":
            label = slot("invitation", start, end, sent=sent, organizer_email=sender[1])
        elif name in ("ist_panel", "sgt_video", "windows_zone_sydney"):
            label = slot("invitation", start, end, zone=zone, organizer_email=sender[1])
        else:
            label = slot("invitation", start, end, organizer_email=sender[1])
        if name == "sgt_video":
            label["meeting_url"] = "https://zoom.us/j/95512345678"
        subject = {"de-CH": "Bestätigung Vorstellungsgespräch", "fr-CA": "Confirmation d’entrevue"}
        yield direct(
            f,
            name,
            lang,
            sender,
            subject.get(lang, "Interview confirmation"),
            sent,
            label,
            note,
            html=html,
        )


def coorddesk() -> Iterator[Case]:
    f = "coorddesk"
    items = [
        (
            "pt-PT",
            "resposta_quinta",
            ("Inês Carvalho", "ines.carvalho@atlantico-seguros.example"),
            at(2026, 5, 11, 10, 0, "Europe/Lisbon"),
            at(2026, 5, 14, 15, 0, "Europe/Lisbon", "Thu"),
            "Olá Alex,\n\nFica então marcado para esta quinta-feira, dia 14, às 15h00 (hora de "
            "Lisboa), na Av. da Liberdade 200. Duração prevista: 1 hora.\n\nCumprimentos,\nInês",
            "Em sex., 8/05/2026 às 17:20, Alex Morgan <alex.morgan@mailbox.example> escreveu:\n"
            "Posso na quinta ou sexta de manhã.\n\nEm qui., 7/05/2026 às 12:02, Inês Carvalho "
            "escreveu:\nTeria disponibilidade na próxima semana?",
            "Europe/Lisbon",
            60,
            "invitation",
            "'esta quinta-feira, dia 14, às 15h00 (hora de "
            "Lisboa)'; quoted history in Portuguese Gmail style.",
        ),
        (
            "es-MX",
            "cambio_martes",
            ("Luis Hernández", "lhernandez@grupo-sierra.example"),
            at(2026, 8, 17, 9, 30, "America/Mexico_City"),
            at(2026, 8, 25, 12, 0, "America/Mexico_City", "Tue"),
            "Hola Alex:\n\nTe escribo para reprogramar: la entrevista del jueves 20 pasa al martes "
            "25 de agosto a las 12:00 hrs (hora del centro de México). Mismo enlace de Meet: "
            "https://meet.google.com/xyz-abcd-efg\n\nSaludos,\nLuis",
            "El vie, 14 ago 2026 a las 13:10, Luis Hernández escribió:\n> Confirmado jueves 20 a "
            "las 10:00.",
            "America/Mexico_City",
            0,
            "reschedule",
            "Moved from Thursday 20 to Tuesday 25 August; "
            "'hora del centro de México' names America/Mexico_City; quoted old time.",
        ),
        (
            "ca",
            "confirmacio_dilluns",
            ("Marta Soler", "marta.soler@cooperativa-vall.example"),
            at(2026, 11, 12, 13, 0, "Europe/Madrid"),
            at(2026, 11, 16, 9, 30, "Europe/Madrid", "Mon"),
            "Hola Alex,\n\nPerfecte, ens veiem dilluns vinent (16 de novembre) a les 9.30 h a "
            "l'oficina de Girona.\n\nSalutacions,\nMarta",
            "El dj., 12 de nov. 2026 a les 11:40, Alex Morgan va escriure:\n> Dilluns al matí em "
            "va bé.",
            None,
            0,
            "invitation",
            "Catalan 'dilluns vinent (16 de novembre) a les 9.30 h'; no zone.",
        ),
        (
            "fi",
            "peruutus_torstai",
            ("Ville Laine", "ville.laine@saimaa-metalli.example"),
            at(2026, 2, 16, 8, 15, "Europe/Helsinki"),
            at(2026, 2, 19, 10, 0, "Europe/Helsinki", "Thu"),
            "Hei Alex,\n\nValitettavasti joudumme perumaan torstain 19.2. klo 10.00 haastattelun, "
            "koska tehtävän täyttö on jäissä. Pahoittelut!\n\nTerveisin\nVille",
            "Ville Laine kirjoitti 10.2.2026 klo 14.03:\n> Sopiiko torstai 19.2. klo 10?",
            None,
            0,
            "cancellation",
            "Finnish cancellation of 'torstain 19.2. klo 10.00'; no zone.",
        ),
        (
            "uk",
            "zaproshennia_vivtorok",
            ("Ірина Шевченко", "iryna@karpaty-soft.example"),
            at(2026, 4, 6, 11, 0, "Europe/Kyiv"),
            at(2026, 4, 14, 16, 0, "Europe/Kyiv", "Tue"),
            "Добрий день, Alex!\n\nПідтверджую співбесіду у вівторок, 14 квітня, о 16:00 за "
            "київським часом. Тривалість — 45 хвилин. Посилання: https://meet.google.com/kyv-"
            "spiv-123\n\nЗ повагою,\nІрина",
            "пн, 6 квіт. 2026 р. о 09:12 Alex Morgan пише:\n> Вівторок підходить.",
            "Europe/Kyiv",
            45,
            "invitation",
            "'у вівторок, 14 квітня, о 16:00 за київським часом'; 45 minutes give the end.",
        ),
    ]
    for lang, name, sender, sent, start, body, quoted, zone, minutes, kind, note in items:
        end = start + timedelta(minutes=minutes) if minutes else None
        if zone:
            label = slot(kind, start, end, zone=zone, organizer_email=sender[1])
        else:
            label = slot(kind, start, end, sent=sent, organizer_email=sender[1])
        if "meet.google.com/" in body:
            label["meeting_url"] = body.split("https://", 1)[1].split()[0].rstrip(".")
            label["meeting_url"] = "https://" + str(label["meeting_url"])
        text = f"{body}\n\n{quote(quoted)}\n"
        subj = {
            "pt-PT": "Re: Entrevista - Analista de Risco",
            "es-MX": "Re: Entrevista Grupo Sierra",
            "ca": "Re: Entrevista",
            "fi": "Vs: Haastattelu",
            "uk": "Re: Співбесіда",
        }[lang]
        yield direct(f, name, lang, sender, subj, sent, label, note, text=text, reply=True)


# --------------------------------------------------------------------------------------

BUILDERS = (
    ncappointments,
    ncorganizer,
    eaintl,
    jorani,
    synapse,
    planeissue,
    opencats,
    invoiceninja,
    zammad,
    gitea,
    civicrm,
    openemr,
    mautic,
    akaunting,
    agencyhtml,
    coorddesk,
)


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the parsegen5 batch (`build_parsegen5.py`)",
        "",
        "Real templates and localized strings of open-source software new to the corpus "
        "(file and commit in each label's `source.template`; 'strings recalled' where the "
        "wording could not be re-read), and two kinds of human writers. People, companies, "
        "addresses and links are made up. Labels were written before the parser was run. "
        "Held-out families are listed without their files. Regenerate with "
        "`.venv/bin/python tests/parsing/corpus/build_parsegen5.py` (deterministic).",
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
    lines += ["", "## Files (dev only)", "", "| file | kind | language | what it exercises |"]
    lines.append("|---|---|---|---|")
    for item in cases:
        if item.split != "dev":
            continue
        row = [
            f"`{item.split}/{item.filename}`",
            str(item.label.get("kind", "(not labelled)")),
            item.language,
            item.note,
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-parsegen5.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
