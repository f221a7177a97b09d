"""Write the "tools17" batch: notification mail of open-source event, CRM and project tools.

Run: .venv/bin/python tests/parsing/corpus/build_tools17.py

Families new to the corpus, rendered from the tools' real templates and translation files
(repository, path, commit and licence in each label and in PROVENANCE-tools17.md): pretalx
speaker mail (schedule notifications with the slot's .ics attached, in 9 languages; CfP
acknowledgements, acceptances, questions and draft reminders), Leantime to-do notifications
(comments carrying deadlines, updates; controls where a teammate sets a call), Attendize
ticket orders and organiser messages, Monica personal-CRM reminders and BigBlueButton
Greenlight account invitations. People, events, companies and links are made up (.example);
dates in 2027. Every label was written from the datetimes the text is rendered from (weekday
names checked) before the parser was run on any message; the split was fixed before then too.
Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is deterministic;
the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
MIN = timedelta(minutes=1)
AUTO = {"Auto-Submitted": "auto-generated"}

PRETALX_C = "5a3c2f61ecafc83cfa85aa518cc5af3d564b16ef"
LEANTIME_C = "9a9f49f1008f4782b30f6723c54228f4f992e636"
ATTENDIZE_C = "9289acbab1583898fd85aeee66c7b613d8971deb"
MONICA_C = "e08e91734170b6bbd582cb578532c3948196124e"
GREENLIGHT_C = "15db765b7fab10414df1a838ae8b3501b215cec4"
PRETALX_T = (
    f"pretalx/pretalx:src/pretalx/mail/template_phrases.py, "
    f"src/pretalx/schedule/templates/schedule/speaker_notification.txt, "
    f"src/pretalx/schedule/domain/ical.py, src/pretalx/locale/*/LC_MESSAGES/django.po@{PRETALX_C}"
)
PRETALX_L = "AGPL-3.0 (pretalx); talks, people and events ours"
LEANTIME_T = f"Leantime/leantime:app/Language/*.ini (email_notifications.*)@{LEANTIME_C}"
LEANTIME_L = "AGPL-3.0 (Leantime); projects, people and comments ours"
ATTENDIZE_T = (
    f"Attendize/Attendize:resources/views/Emails/OrderConfirmation.blade.php, "
    f"MessageToAttendees.blade.php, resources/lang/*/Order_Emails.php, Email.php@{ATTENDIZE_C}"
)
ATTENDIZE_L = "Attribution Assurance License (Attendize); events, people and messages ours"
MONICA_T = f"monicahq/monica:app/Notifications/ReminderTriggered.php, lang/*.json@{MONICA_C}"
MONICA_L = "AGPL-3.0 (Monica); contacts and reminder labels ours"
GREENLIGHT_T = (
    f"bigbluebutton/greenlight:app/views/user_mailer/invitation_email.text.erb, "
    f"config/locales/*.yml (email.invitation.*)@{GREENLIGHT_C}"
)
GREENLIGHT_L = "LGPL-3.0 (Greenlight); people and servers ours"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "pretalx19": "dev",
    "pretalxcfp19": "dev",
    "leantime19": "dev",
    "openslides19": "dev",
    "attendize19": "heldout",
    "monica19": "heldout",
    "greenlight19": "heldout",
}

SOURCES = {
    "pretalx19": "pretalx 'New schedule!' speaker notifications: the slot line rendered with "
    "the locale's short day-month format and time (no year, no zone), the slot's .ics "
    "attached (en, de, fr, es, nl, pt-BR, it, ja, pl); moved sessions are reschedules.",
    "pretalxcfp19": "pretalx CfP mail without a slot: proposal received, accepted (confirm "
    "attendance), questions, draft reminders (en, de, fr, es, it, ja, pl), one forwarded.",
    "leantime19": "Leantime to-do notifications: new comment and to-do updated, comments "
    "carrying deadlines and review dates (en, fr, pt-BR, pl, de, es, it); controls: "
    "a teammate's comment setting a call with the reader (en, pt-BR).",
    "openslides19": "OpenSlides access-data (invitation) mail in de, es, fr, it, nl, cs and an "
    "Apple Mail forward (en): 'personal login', no meeting time.",
    "attendize19": "Attendize ticket order confirmations and organiser messages to attendees "
    "about a public event's times (en, de, fr, es, it, pl); control: the organiser gives the "
    "reader a one-to-one interview slot at the fair.",
    "monica19": "Monica personal-CRM reminders (the reader's own reminder labels) in en, de, "
    "fr, es, nl, pt-BR.",
    "greenlight19": "BigBlueButton Greenlight account invitations (en, de, fr, es, it); "
    "control: a forward whose note sets the interview held on that server.",
}

BER, PAR, MAD, AMS, SAO, ROM, TYO, WAW, NYC, LIS = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Asia/Tokyo",
    "Europe/Warsaw",
    "America/New_York",
    "Europe/Lisbon",
)
LON = "Europe/London"


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names ('' when none is named)."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 12, zone)


def _headers(raw: bytes, headers: dict[str, str] | None) -> bytes:
    if not headers:
        return raw
    extra = "".join(f"{key}: {value}\r\n" for key, value in headers.items()).encode()
    return raw.replace(b"MIME-Version: 1.0", extra + b"MIME-Version: 1.0", 1)


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    template: str,
    license_: str,
    *,
    label: dict[str, object] | None = None,
    form: str = "text",
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    markup = html if html is not None else html_page(text)
    raw = mail(
        f"tools17/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=markup if form in ("html", "both") else None,
    )
    raw = _headers(raw, headers)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        license_,
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    template: str,
    license_: str,
    *,
    label: dict[str, object] | None = None,
) -> Case:
    """The user forwards a message with a note of their own."""
    raw = pp.forward(
        f"tools17/{family}/{name}",
        client=client,
        lang=lang.split("-")[0],
        user=ME,
        org=org,
        orig_sent=sent,
        subject=subject,
        body=body,
        note=note_text,
    )
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, template, license_)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


PRETALX: dict[str, dict[str, str]] = {
    "de_DE": {
        "accept": "Hi!\n"
        "\n"
        "wir freuen uns dir mitzuteilen, dass wir deine Einreichung "
        "“{submission_title}” für\n"
        "{event_name} akzeptiert haben. Bitte klicke auf den folgenden Link um zu "
        "bestätigen, dass\n"
        "du kommst und deinen Beitrag beisteuerst:\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "Wir freuen uns, dich bei {event_name} zu sehen. Bitte melde dich bei uns, "
        "wenn du irgendwelche Fragen hast.\n"
        "Wir werden uns vor der Veranstaltung nochmal bei dir melden und dir "
        "Details zur Programmplanung\n"
        "und zu technischen und räumlichen Gegebenheiten mitteilen.\n"
        "\n"
        "Bis dann!\n"
        "Das {event_name}-Team",
        "ack": "Hi!\n"
        "\n"
        "Deine Einreichung “{submission_title}” für\n"
        "{event_name} ist bei uns angekommen. Wir melden uns bei dir, sobald wir Zeit\n"
        "hatten alle Einreichungen anzusehen. In der Zwischenzeit kannst du deine "
        "Einreichung\n"
        "unter folgendem Link ansehen und bearbeiten:\n"
        "{submission_url}\n"
        "\n"
        "Bitte zögere nicht, dich bei uns zu melden, wenn du irgendwelche Fragen "
        "hast.\n"
        "\n"
        "Das {event_name}-Team",
        "create": "- Dein Beitrag „%(title)s“ wird um %(start)s in %(location)s stattfinden",
        "draft": "Hi!\n"
        "\n"
        "Du hast die Einreichung “{submission_title}” für {event_name} begonnen,\n"
        "aber hast sie noch nicht abgeschlossen. Bitte geh zu\n"
        "\n"
        "{submission_url}\n"
        "\n"
        "um die Einreichung zu bearbeiten und abzuschließen.\n"
        "\n"
        "Bitte zögere nicht, dich bei uns zu melden, wenn du irgendwelche Fragen "
        "hast.\n"
        "\n"
        "Das {event_name}-Team",
        "draft_subject": "Erinnerung: Einreichung abschließen",
        "move": "- Dein Beitrag „%(title)s“ wurde auf %(start)s in %(location)s verschoben",
        "question": "Hi!\n"
        "\n"
        "Wir haben ein paar offene Fragen zu dir und deiner Einreichung – "
        "könntest du\n"
        "dir die kurz angucken und beantworten?\n"
        "\n"
        "{questions}\n"
        "\n"
        "Die Antworten kannst du unter {url} eingeben.\n"
        "\n"
        "Bitte zögere nicht, dich an uns zu wenden, wenn du deinerseits auch "
        "Fragen hast!\n"
        "\n"
        "Das {event_name}-Team",
        "question_subject": "Wir haben ein paar Fragen zu deiner Einreichung",
        "subject": "Deine Einreichung: {submission_title}",
        "update": "Hi!\n"
        "\n"
        "Wir haben eine neue Programmversion veröffentlicht und wollten Dir "
        "mitteilen:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "Wir freuen uns schon darauf, Dich zu sehen. Bitte melde Dich jederzeit bei "
        "uns, wenn es ein Problem mit Deinem Beitrag oder Deinem Beitragstermin "
        "gibt.\n"
        "\n"
        "Das {event_name}-Team",
        "update_subject": "Neues Programm!",
    },
    "en": {
        "accept": "Hi!\n"
        "\n"
        "We are happy to tell you that we accept your proposal “{submission_title}”\n"
        "to {event_name}. Please click this link to confirm your attendance:\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "We look forward to seeing you at {event_name} - Please contact us if you have "
        "any\n"
        "questions! We will reach out again before the conference to tell you details\n"
        "about your slot in the schedule and technical details concerning the room\n"
        "and presentation tech.\n"
        "\n"
        "See you there!\n"
        "The {event_name} organisers",
        "ack": "Hi!\n"
        "\n"
        "We have received your proposal “{submission_title}” to\n"
        "{event_name}. We will notify you once we have had time to consider all\n"
        "proposals, but until then you can see and edit your proposal at\n"
        "{submission_url}.\n"
        "\n"
        "Please do not hesitate to contact us if you have any questions!\n"
        "\n"
        "The {event_name} organisers",
        "create": "- Your session “%(title)s” will take place at %(start)s in %(location)s",
        "draft": "Hi!\n"
        "\n"
        'You have started a proposal "{submission_title}" for {event_name},\n'
        "but you haven't submitted it yet. Please go to\n"
        "\n"
        "{submission_url}\n"
        "\n"
        "to complete and submit your proposal.\n"
        "\n"
        "Please do not hesitate to contact us if you have any questions!\n"
        "\n"
        "The {event_name} organisers",
        "draft_subject": "Reminder: Submit your proposal",
        "move": "- Your session “%(title)s” has been moved to %(start)s in %(location)s",
        "question": "Hi!\n"
        "\n"
        "We have some open questions about yourself and your proposal that we’d\n"
        "like to ask you to answer:\n"
        "\n"
        "{questions}\n"
        "\n"
        "You can answer them at {url}.\n"
        "\n"
        "Please do not hesitate to contact us if you have any questions in turn!\n"
        "\n"
        "The {event_name} organisers",
        "question_subject": "We have some questions about your proposal",
        "subject": "Your proposal: {submission_title}",
        "update": "Hi!\n"
        "\n"
        "We have released a new schedule version, and wanted to tell you:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "We look forward to seeing you, and please contact us if there is any problem "
        "with your session or assigned slot.\n"
        "\n"
        "The {event_name} organisers",
        "update_subject": "New schedule!",
    },
    "es": {
        "accept": "!Hola¡\n"
        "\n"
        "Nos complace informarte que aceptamos tu propuesta “{submission_title}” \n"
        "a {event_name}. Haz clic en este enlace para confirmar tu asistencia:\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "Esperamos verte en {event_name} - ¡Por favor contáctanos si tienes alguna\n"
        "pregunta! Nos comunicaremos nuevamente antes de la conferencia para brindarte "
        "detalles\n"
        "sobre tu espacio en la agenda y detalles técnicos relacionados con la sala\n"
        "y tecnología de presentación.\n"
        "\n"
        "¡Nos vemos allí!\n"
        "Los organizadores {event_name}",
        "ack": "!Hola¡\n"
        "\n"
        "Hemos recibido tu propuesta“{submission_title}” a\n"
        "{event_name}. Te será notificado una vez que hayamos tenido tiempo de considerar "
        "todas\n"
        "las propuestas, pero hasta entonces puedes ver y editar tu propuesta en\n"
        "{submission_url}\n"
        "\n"
        "No dudes en ponerte en contacto con nosotros si tienes alguna pregunta.\n"
        "\n"
        "Los organizadores {event_name}",
        "create": "- Su sesión “%(title)s” tendrá lugar a las %(start)s en %(location)s",
        "draft": "!Hola¡\n"
        "\n"
        "Has iniciado una propuesta“{submission_title}” para\n"
        "{event_name}, pero no la has enviado aún. Por favor, dirígete a\n"
        "\n"
        "{submission_url}\n"
        "\n"
        "para completar y enviar tu propuesta.\n"
        "\n"
        "No dudes en ponerte en contacto con nosotros si tienes alguna pregunta.\n"
        "\n"
        "Los organizadores {event_name}",
        "draft_subject": "Recordatorio: Enviar tu propuesta",
        "move": "- Su sesión “%(title)s” ha sido desplazada para tener lugar a la(s) %(start)s "
        "en %(location)s",
        "question": "¡Hola!\n"
        "\n"
        "Tenemos algunas preguntas abiertas sobre usted y su propuesta que queremos\n"
        "quisiera pedirle que conteste:\n"
        "\n"
        "{questions}\n"
        "\n"
        "Puedes responderlos en {url}.\n"
        "\n"
        "No dude en ponerse en contacto con nosotros si tiene alguna pregunta.\n"
        "\n"
        "Los organizadores {event_name}",
        "question_subject": "Tenemos algunas preguntas sobre tu propuesta",
        "subject": "Tu propuesta: {submission_title}",
        "update": "¡Hola!\n"
        "\n"
        "Hemos publicado una nueva versión de la agenda y queríamos contarte:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "Esperamos verte, y por favor contáctanos si hay algún problema con tu sesión "
        "o espacio asignado.\n"
        "\n"
        "El equipo organizador de {event_name}",
        "update_subject": "¡Nueva agenda!",
    },
    "fr_FR": {
        "accept": "Bonjour,\n"
        "\n"
        "Nous sommes heureux de vous annoncer que nous acceptons votre proposition "
        "“{submission_title}”\n"
        'pour l\'évènement "{event_name}". Veuillez cliquer sur le lien suivant '
        "pour confirmer votre venue :\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "Nous sommes impatients de vous voir pendant l'évènement {event_name}.\n"
        "Veuillez nous contacter si jamais vous avez des questions. Nous vous "
        "recontacterons\n"
        "avant l'évènement pour vous fournir le créneau de votre intervention et "
        "les détails techniques\n"
        "concernant la salle.\n"
        "\n"
        "À bientôt !\n"
        "L'organisation {event_name}",
        "ack": "Bonjour,\n"
        "\n"
        "Nous avons reçu votre proposition “{submission_title}” pour\n"
        'l\'évènement "{event_name}". Nous vous informerons une fois que nous aurons '
        "étudié \n"
        "toutes les propositions. D'ici là, vous pouvez voir et éditer votre "
        "proposition sur :\n"
        "{submission_url}.\n"
        "\n"
        "N'hésitez pas à nous contacter si jamais vous avez des questions.\n"
        "\n"
        "L'organisation {event_name}",
        "create": '- Votre intervention "%(title)s" aura lieu le %(start)s dans %(location)s',
        "draft": "Bonjour,\n"
        "\n"
        "Nous avons reçu votre proposition “{submission_title}” pour\n"
        'l\'évènement "{event_name}". Nous vous informerons une fois que nous aurons '
        "étudié \n"
        "toutes les propositions. D'ici là, vous pouvez voir et éditer votre "
        "proposition sur :\n"
        "{submission_url}.\n"
        "\n"
        "N'hésitez pas à nous contacter si jamais vous avez des questions.\n"
        "\n"
        "L'organisation {event_name}",
        "draft_subject": "Proposer une intervention",
        "move": '- Votre intervention "%(title)s" a été déplacée à %(start)s dans %(location)s',
        "question": "Bonjour !\n"
        "\n"
        "Nous avons quelques questions à propos de vous et de votre proposition \n"
        "pour lesquelles nous souhaiterions avoir vos réponses :\n"
        "\n"
        "{questions}\n"
        "\n"
        "Vous pouvez y répondre ici : {url}.\n"
        "\n"
        "N'hésitez pas à nous contacter si vous avez des questions !\n"
        "\n"
        "L'équipe organisatrice {event_name}",
        "question_subject": "Nous avons quelques questions à propos de votre proposition",
        "subject": "Votre proposition : {submission_title}",
        "update": "Bonjour,\n"
        "\n"
        "Nous avons sorti une nouvelle version du planning et nous voulions vous "
        "informer :\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "Nous sommes impatients de vous voir ! Contactez nous si jamais il y a un "
        "problème avec votre intervention ou sa planification.\n"
        "\n"
        "L'organisation {event_name}",
        "update_subject": "Nouveau planning !",
    },
    "it": {
        "accept": "Buongiorno,\n"
        "\n"
        "siamo lieti di comunicarti che abbiamo accettato la tua proposta "
        "“{submission_title}”\n"
        "per l'evento {event_name}. Clicca su questo link per confermare la tua "
        "partecipazione:\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "Non vediamo l'ora di vederti all'evento {event_name}. Contattaci se hai\n"
        "domande. Ti ricontatteremo prima del convegno per darti i dettagli sullo \n"
        "slot nel programma e sui dettagli tecnici riguardanti la stanza\n"
        "e gli aspetti tecnici.\n"
        "\n"
        "Ci vediamo lì!\n"
        "Gli organizzatori di {event_name}",
        "ack": "Buongiorno,\n"
        "\n"
        "abbiamo ricevuto la proposta “{submission_title}” per \n"
        "{event_name}. Invieremo una notifica dopo che avremo revisionato tutte le "
        "proposte, \n"
        "puoi ancora visualizzare o modificare la tua proposta\n"
        "{submission_url}.\n"
        "\n"
        "Non esitare a contattarci se hai dubbi. \n"
        "\n"
        "Gli organizzatori di {event_name}",
        "create": '- La presentazione "%(title)s" si terrà alle ore %(start)s in %(location)s',
        "draft": "Ciao!\n"
        "\n"
        'Hai iniziato una proposta "{submission_title}" per {event_name},\n'
        "ma non l'hai ancora inviata. Vai su\n"
        "\n"
        "{submission_url}\n"
        "\n"
        "per completare e inviare la tua proposta.\n"
        "\n"
        "Non esitare a contattarci per qualsiasi domanda!\n"
        "\n"
        "Gli organizzatori di {event_name}",
        "draft_subject": "Promemoria: invia la tua proposta",
        "move": '- La presentazione "%(title)s" è stata spostata alle %(start)s in %(location)s',
        "question": "Buongiorno,\n"
        "\n"
        "abbiamo alcune domande aperte su di te e\n"
        " sulla tua proposta. \n"
        "\n"
        "{questions}\n"
        "\n"
        "Puoi rispondere all'indirizzo {url}.\n"
        "\n"
        "Contattaci se hai domande!\n"
        "\n"
        "Gli organizzatori di {event_name}",
        "question_subject": "Abbiamo delle domande sulla tua proposta",
        "subject": "La tua proposta: {submission_title}",
        "update": "Buongiorno,\n"
        "\n"
        "abbiamo pubblicato un nuovo programma. \n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "Non vediamo l'ora di vederti! Contattaci se hai problemi con la tua sessione "
        "o con lo slot che ti abbiamo assegnato.\n"
        "\n"
        "Gli organizzatori di {event_name}",
        "update_subject": "Nuovo programma!",
    },
    "ja_JP": {
        "accept": "こんにちは！\n"
        "\n"
        'あなたの {event_name} への”提案 {submission_title}" が選考を通過したことを、喜びとともにお伝えします。\n'  # noqa: E501
        "下記のリンクから、あなたの参加を確認してください。: \n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "{event_name} であなたにお会いできるのを楽しみにしています。\n"
        "もし何か質問がある場合はぜひお気軽にご連絡ください。\n"
        "カンファレンスの前に、イベント登壇の詳細やスケジュール、ルーム\n"
        "利用機器等について改めてご連絡させていただきます。\n"
        "\n"
        "それではまた！\n"
        "{event_name} 運営チーム",
        "ack": "こんにちは!\n"
        "\n"
        "あなたの {event_name} への投稿 “{submission_title}” を受け取りました。\n"
        "私達が全ての投稿についてレビューが完了したら、ご連絡させていただきます。\n"
        "それまでお待ちいただく間に、以下のURLからドラフトの提案を確認いただくことができます。\n"
        "{submission_url}\n"
        "\n"
        "何かご質問がある場合、お気軽に私達にご連絡ください\n"
        "\n"
        "{event_name} 運営チーム",
        "create": "- あなたの講演 “%(title)s” は %(location)s の %(start)s で行われます。",
        "draft": "こんにちは!\n"
        "\n"
        "あなたの {event_name} への投稿 “{submission_title}” を受け取りました。\n"
        "私達が全ての投稿についてレビューが完了したら、ご連絡させていただきます。\n"
        "それまでお待ちいただく間に、以下のURLからドラフトの提案を確認いただくことができます。\n"
        "{submission_url}\n"
        "\n"
        "何かご質問がある場合、お気軽に私達にご連絡ください\n"
        "\n"
        "{event_name} 運営チーム",
        "draft_subject": "提案を送信する",
        "move": "- あなたの講演 “%(title)s” は %(location)s の %(start)s に移動しました",
        "question": "こんにちは！\n"
        "\n"
        "あなたや提案について、いくつかの質問がありますので、\n"
        "下記、ご回答いただけますでしょうか。\n"
        "\n"
        "{questions}\n"
        "\n"
        "回答については、 {url} から入力することができます。\n"
        "\n"
        "{event_name} 運営チーム",
        "question_subject": "あなたの提案にたいしていくつか質問があります。",
        "subject": "あなたの提案: {submission_title}",
        "update": "こんにちは！\n"
        "\n"
        "新しいスケジュールが公開されましたので、お知らせします！:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "あなたにお会いできることを大変楽しみにしております。もしアサインされた公園その他に何か問題や懸念がある場合、お気軽にご連絡ください。\n"
        "\n"
        "{event_name} 運営チーム",
        "update_subject": "新しいスケジュール！",
    },
    "nl": {
        "accept": "Hallo!\n"
        "\n"
        "We zijn blij je te kunnen vertellen dat we je voorstel met de titel "
        "“{submission_title}”\n"
        "voor {event_name} hebben geaccepteerd. Klik op deze link om je aanwezigheid "
        "te bevestigen:\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "We kijken ernaar uit je te zien op {event_name} - Neem contact met ons op als "
        "je\n"
        "vragen hebt! We zullen voor het evenement nogmaals contact met je opnemen om\n"
        "de details af te stemmen over de plaats in het schema en de technische en\n"
        "organisatorische details van de zaal.\n"
        "\n"
        "Tot ziens!\n"
        "De {event_name} organisatie",
        "ack": "Hallo!\n"
        "\n"
        "We hebben je voorstel met de titel “{submission_title}” voor {event_name} goed "
        "ontvangen.\n"
        "We nemen contact met je op zodra alle voorstellen door hebben kunnen nemen en "
        "beoordelen.\n"
        "Tot die tijd kan je je voorstel inzien en eventueel nog bewerken op deze "
        "pagina:\n"
        "{submission_url}.\n"
        "\n"
        "Mocht je nog vragen hebben, voel je vrij om contact met ons op te nemen!\n"
        "\n"
        "De {event_name} organisatie",
        "create": "- Je sessie “%(title)s” staat gepland om %(start)s in %(location)s",
        "draft": "Hallo!\n"
        "\n"
        "We hebben je voorstel met de titel “{submission_title}” voor {event_name} goed "
        "ontvangen.\n"
        "We nemen contact met je op zodra alle voorstellen door hebben kunnen nemen en "
        "beoordelen.\n"
        "Tot die tijd kan je je voorstel inzien en eventueel nog bewerken op deze "
        "pagina:\n"
        "{submission_url}.\n"
        "\n"
        "Mocht je nog vragen hebben, voel je vrij om contact met ons op te nemen!\n"
        "\n"
        "De {event_name} organisatie",
        "draft_subject": "Stuur een voorstel in",
        "move": "- Je sessie “%(title)s” is verplaatst naar %(start)s in %(location)s",
        "question": "Hallo!\n"
        "\n"
        "We hebben een aantal vragen over jezelf en je voorstel die we\n"
        "graag beantwoord zien:\n"
        "\n"
        "{questions}\n"
        "\n"
        "Je kan ze beantwoorden op deze pagina {url}.\n"
        "\n"
        "Aarzel niet om contact met ons op te nemen als je vragen hebt!\n"
        "\n"
        "De {event_name} organisatie",
        "question_subject": "We hebben een aantal vragen over je voorstel",
        "subject": "Je voorstel: {submission_title}",
        "update": "Hallo!\n"
        "\n"
        "Hierbij informeren we je graag dat we een nieuw schema online hebben gezet:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "We kijken ernaar uit om je te zien, en neem alsjeblieft contact met ons op "
        "als er een probleem is met je sessie of toegewezen slot.\n"
        "\n"
        "De {event_name} organisatie",
        "update_subject": "Nieuw schema!",
    },
    "pl": {
        "accept": "Cześć!\n"
        "\n"
        "Z dumą chcielibyśmy oznajmić Ci, że Twoje zgłoszenie „{submission_title}”\n"
        "do wydarzenia {event_name} zostało zaakceptowane. Kliknij tutaj, aby "
        "potwierdzić swoją obecność.\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "Czekamy na Ciebie na wydarzeniu {event_name} - Skontaktuj się z nami, jeśli "
        "będziesz mieć jakieś pytania.\n"
        "Napiszemy do Ciebie przed wydarzeniem, aby przekazać wszystkie \n"
        "szczegóły dotyczące zarówno harmonogramu jak i technikaliów \n"
        "i szczegółów odnośnie prezentacji.\n"
        "\n"
        "Do zobaczenia!\n"
        "Organizator, {event_name}",
        "ack": "Cześć!\n"
        "\n"
        "Otrzymaliśmy twoje zgłoszenie „{submission_title}” na {event_name}. \n"
        "Powiadomimy cię, gdy przeanalizujemy wszystkie zgłoszenia, ale do tego czasu \n"
        "możesz zobaczyć i edytować swoją propozycję pod adresem \n"
        "{submission_url}.\n"
        "\n"
        "Zachęcamy do kontaktu, jeśli masz jakiekolwiek pytania!\n"
        "\n"
        "Organizatorzy {event_name}",
        "create": "- Twoje wystąpienie „%(title)s” odbędzie się o %(start)s w %(location)s",
        "draft": "Cześć!\n"
        "\n"
        "Otrzymaliśmy twoje zgłoszenie „{submission_title}” na {event_name}. \n"
        "Powiadomimy cię, gdy przeanalizujemy wszystkie zgłoszenia, ale do tego czasu \n"
        "możesz zobaczyć i edytować swoją propozycję pod adresem \n"
        "{submission_url}.\n"
        "\n"
        "Zachęcamy do kontaktu, jeśli masz jakiekolwiek pytania!\n"
        "\n"
        "Organizatorzy {event_name}",
        "draft_subject": "Wyślij zgłoszenie",
        "move": "- Twoje wystąpienie „%(title)s” został przeniesiony na %(start)s do %(location)s",
        "question": "Cześć!\n"
        "\n"
        "Mamy kilka pytań dotyczących ciebie i twojego zgłoszenia, \n"
        "na które potrzebujemy odpowiedzi:\n"
        "\n"
        "{questions}\n"
        "\n"
        "Możesz udzielić odpowiedzi pod tym linkiem: {url}.\n"
        "\n"
        "Jeśli masz jakiekolwiek pytania, śmiało się z nami skontaktuj!\n"
        "\n"
        "Organizatorzy {event_name}",
        "question_subject": "Mamy kilka pytań dotyczących twojego zgłoszenia",
        "subject": "Twoje zgłoszenie: {submission_title}",
        "update": "Cześć!\n"
        "\n"
        "Opublikowaliśmy nową wersję agendy i chcielibyśmy cię poinformować o "
        "zmianach:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "Liczymy na Twoją obecność i prosimy o kontakt, jeśli wystąpi jakikolwiek "
        "problem z twoim wystąpieniem lub przydzielonym slotem.\n"
        "\n"
        "Organizatorzy {event_name}",
        "update_subject": "Nowy program!",
    },
    "pt_BR": {
        "accept": "Olá!\n"
        "\n"
        "Temos o prazer de informar que aceitamos sua proposta "
        "“{submission_title}”\n"
        "para o evento {event_name}. Por favor, clique neste link para confirmar "
        "sua participação:\n"
        "\n"
        "{confirmation_link}\n"
        "\n"
        "Nos vemos no evento {event_name} - Por favor, entre em contato se tiver "
        "qualquer\n"
        "dúvida! Entraremos em contato novamente antes da conferência para fornecer "
        "detalhes\n"
        "sobre seu espaço na programação e detalhes técnicos relativos à sala\n"
        "e tecnologias de apresentação.\n"
        "\n"
        "Vemos você lá!\n"
        "Organizadores do {event_name}",
        "ack": "Olá!\n"
        "\n"
        "Recebemos a sua proposta “{submission_title}” para o {event_name}.\n"
        "Enviaremos uma notificação assim que tivermos tempo para considerar todas\n"
        "as propostas, mas até lá você pode ver e editar sua proposta em\n"
        "{submission_url}.\n"
        "\n"
        "Por favor, não hesite em nos contactar se tiver alguma dúvida!\n"
        "\n"
        "Organizadores do {event_name}",
        "create": "- Sua sessão “%(title)s” ocorrerá as %(start)s em %(location)s",
        "draft": "Olá!\n"
        "\n"
        "Recebemos a sua proposta “{submission_title}” para o {event_name}.\n"
        "Enviaremos uma notificação assim que tivermos tempo para considerar todas\n"
        "as propostas, mas até lá você pode ver e editar sua proposta em\n"
        "{submission_url}.\n"
        "\n"
        "Por favor, não hesite em nos contactar se tiver alguma dúvida!\n"
        "\n"
        "Organizadores do {event_name}",
        "draft_subject": "Submeta uma proposta",
        "move": "- Sua sessão “%(title)s” foi movida para %(start)s em %(location)s",
        "question": "Olá!\n"
        "\n"
        "Temos algumas perguntas pendentes sobre você e sua proposta que "
        "gostaríamos \n"
        "que respondesse:\n"
        "\n"
        "{questions}\n"
        "\n"
        "Você pode respondê-las em {url}.\n"
        "\n"
        "Por favor, não hesite em nos contatar caso tenha alguma dúvida!\n"
        "\n"
        "Organizadores do {event_name}",
        "question_subject": "Temos algumas perguntas sobre sua proposta",
        "subject": "Sua proposta: {submission_title}",
        "update": "Olá!\n"
        "\n"
        "Lançamos uma nova versão da programação e queríamos lhe contar:\n"
        "\n"
        "{speaker_schedule_new}\n"
        "\n"
        "Aguardamos ansiosamente sua presença e, por favor, entre em contato caso "
        "haja algum problema com sua sessão ou horário designado\n"
        "\n"
        "Organização do {event_name}",
        "update_subject": "Nova programação!",
    },
}


# pretalx: get_day_month_date_format() is the locale's SHORT_DATE_FORMAT with the year and its
# separator stripped, then ", " and TIME_FORMAT (pretalx's own en formats: Y-m-d, H:i; the
# others are Django's locale formats).
def pretalx_start(value: datetime, locale: str) -> str:
    d, m, hm = value.day, value.month, f"{value:%H:%M}"
    return {
        "en": f"{m:02d}-{d:02d}, {hm}",
        "de_DE": f"{d:02d}.{m:02d}, {hm}",
        "fr_FR": f"{d:02d}/{m:02d}, {hm}",
        "es": f"{d:02d}/{m:02d}, {hm}",
        "nl": f"{d}-{m}, {hm}",
        "pt_BR": f"{d:02d}/{m:02d}, {hm}",
        "it": f"{d:02d}/{m:02d}, {hm}",
        "ja_JP": f"{m:02d}/{d:02d}, {value.hour}:{value.minute:02d}",
        "pl": f"{d:02d}-{m:02d}, {hm}",
    }[locale]


EU_TZ = """BEGIN:VTIMEZONE
TZID:{zone}
BEGIN:STANDARD
DTSTART:20261025T030000
TZNAME:{std}
TZOFFSETFROM:{dst_off}
TZOFFSETTO:{std_off}
RDATE:20271031T030000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20270328T020000
TZNAME:{dst}
TZOFFSETFROM:{std_off}
TZOFFSETTO:{dst_off}
RDATE:20280326T020000
END:DAYLIGHT
END:VTIMEZONE"""
FIXED_TZ = """BEGIN:VTIMEZONE
TZID:{zone}
BEGIN:STANDARD
DTSTART:20260101T000000
TZNAME:{std}
TZOFFSETFROM:{std_off}
TZOFFSETTO:{std_off}
END:STANDARD
END:VTIMEZONE"""
ZONES = {
    BER: EU_TZ.format(zone=BER, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"),
    PAR: EU_TZ.format(zone=PAR, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"),
    MAD: EU_TZ.format(zone=MAD, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"),
    AMS: EU_TZ.format(zone=AMS, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"),
    ROM: EU_TZ.format(zone=ROM, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"),
    WAW: EU_TZ.format(zone=WAW, std="CET", dst="CEST", std_off="+0100", dst_off="+0200"),
    LIS: EU_TZ.format(zone=LIS, std="WET", dst="WEST", std_off="+0000", dst_off="+0100"),
    SAO: FIXED_TZ.format(zone=SAO, std="-03", std_off="-0300"),
    TYO: FIXED_TZ.format(zone=TYO, std="JST", std_off="+0900"),
}


def pretalx_ics(
    uid: str,
    title: str,
    speaker: str,
    room: str,
    start: datetime,
    end: datetime,
    host: str,
    slug: str,
    abstract: str,
    stamp: datetime,
) -> str:
    """The slot's calendar as get_slot_ical() + serialize_calendar() build it (no METHOD)."""
    zone = str(start.tzinfo)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//pretalx//{host}//{slug}//{uid.split('-')[-1].split('@')[0]}",
        ZONES[zone],
        "BEGIN:VEVENT",
        f"SUMMARY:{title} - {speaker}",
        f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}",
        f"DTSTAMP:{stamp.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}",
        f"UID:{uid}",
        f"DESCRIPTION:{abstract}",
        f"LOCATION:{room}",
        f"URL:https://{host}/{slug}/talk/{uid.split('-')[-1].split('@')[0]}/",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join("\r\n".join(lines).split("\n")) + "\r\n"


def _text_part(body: str, subtype: str) -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return MIMEText(body, subtype, charset)


def mixed_with_ics(
    key: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str,
    ics: str,
    filename: str,
) -> bytes:
    """pretalx's shape: text + HTML alternative, the slot's .ics as an attachment."""
    outer = MIMEMultipart("mixed", boundary=f"=_t17m_{pp.digest(key, 'm')[:16]}")
    alt = MIMEMultipart("alternative", boundary=f"=_t17a_{pp.digest(key, 'a')[:16]}")
    alt.attach(_text_part(text, "plain"))
    alt.attach(_text_part(html_page(text), "html"))
    outer.attach(alt)
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(cal)
    outer["Date"] = format_datetime(sent)
    outer["From"] = pp._addr(sender)
    outer["To"] = pp._addr(ME)
    outer["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    outer["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    outer["Auto-Submitted"] = "auto-generated"
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(outer)
    return buffer.getvalue()


def pretalx19() -> Iterator[Case]:
    f = "pretalx19"
    rows = [
        # locale, lang tag, event, host, slug, title, room, start, minutes, sent, moved
        (
            "en",
            "en",
            "DataRiver Summit 2027",
            "cfp.datariver.example",
            "drs27",
            "Backfills without tears",
            "Hall B",
            when(5, 20, "", 14, 30, LIS),
            30,
            sent_on(4, 28, 10, LIS),
            False,
        ),
        (
            "de_DE",
            "de",
            "Kieler Linuxtage 2027",
            "programm.kielerlinux.example.de",
            "klt27",
            "Mailserver im Eigenbau",
            "Saal 2",
            when(6, 11, "", 10, 15, BER),
            45,
            sent_on(5, 20, 9, BER),
            False,
        ),
        (
            "fr_FR",
            "fr",
            "Journées du Libre Lyon",
            "cfp.jdl-lyon.example.fr",
            "jdll27",
            "Accessibilité des formulaires",
            "Amphi Rameau",
            when(4, 3, "", 16, 0, PAR),
            25,
            sent_on(3, 16, 11, PAR),
            False,
        ),
        (
            "es",
            "es",
            "PyDay Valencia 2027",
            "charlas.pyday-vlc.example.es",
            "pydayvlc27",
            "Tipado gradual en proyectos viejos",
            "Sala Turia",
            when(10, 16, "", 12, 20, MAD),
            30,
            sent_on(9, 28, 17, MAD),
            False,
        ),
        (
            "nl",
            "nl",
            "Open Data Dag Utrecht",
            "programma.opendatadag.example.nl",
            "odd27",
            "Gemeentelijke datasets ontsluiten",
            "Zaal 3",
            when(11, 4, "", 9, 40, AMS),
            20,
            sent_on(10, 19, 13, AMS),
            False,
        ),
        (
            "pt_BR",
            "pt-BR",
            "Encontro Dev Campinas",
            "palestras.devcampinas.example.com.br",
            "edc27",
            "Filas sem dor de cabeça",
            "Auditório 1",
            when(8, 14, "", 15, 10, SAO),
            40,
            sent_on(7, 30, 16, SAO),
            False,
        ),
        (
            "it",
            "it",
            "Linux Day Bologna",
            "talk.ldbo.example.it",
            "ldbo27",
            "Backup che funzionano davvero",
            "Aula Magna",
            when(10, 23, "", 11, 0, ROM),
            30,
            sent_on(10, 5, 10, ROM),
            True,
        ),
        (
            "ja_JP",
            "ja",
            "オープンソースカンファレンス札幌",
            "cfp.osc-sapporo.example.jp",
            "oscs27",
            "小さなチームのCI改善",
            "ルームA",
            when(6, 19, "", 13, 45, TYO),
            30,
            sent_on(6, 1, 18, TYO),
            False,
        ),
        (
            "pl",
            "pl",
            "Konferencja Dev Kraków",
            "cfp.devkrakow.example.pl",
            "dkr27",
            "Migracje baz bez przestojów",
            "Sala 4",
            when(9, 9, "", 9, 30, WAW),
            30,
            sent_on(8, 24, 12, WAW),
            True,
        ),
        (
            "de_DE",
            "de",
            "Datenspuren Halle",
            "cfp.datenspuren-halle.example.de",
            "dsh27",
            "Passkeys für Vereine",
            "Raum Elbe",
            when(9, 25, "", 17, 0, BER),
            30,
            sent_on(9, 6, 20, BER),
            True,
        ),
    ]
    for n, (loc, lang, event, host, slug, title, room, start, minutes, sent, moved) in enumerate(
        rows
    ):
        t = PRETALX[loc]
        end = start + minutes * MIN
        line = (t["move"] if moved else t["create"]) % {
            "title": title,
            "start": pretalx_start(start, loc),
            "location": room,
        }
        body = t["update"].format(speaker_schedule_new=line.strip() + ".", event_name=event)
        code = f"{pp.digest(f, str(n))[:6].upper()}"
        uid = f"pretalx-{slug}-{code}@{host}"
        ics = pretalx_ics(
            uid,
            title,
            "Alex Morgan",
            room,
            start,
            end,
            host,
            slug,
            "Abstract text of the talk.",
            sent,
        )
        key = f"tools17/{f}/{n}"
        raw = mixed_with_ics(
            key,
            (f"{event}", f"orga@{host.split('.', 1)[1]}"),
            t["update_subject"],
            sent,
            body,
            ics,
            f"{slug}-{code}.ics",
        )
        label = {
            "kind": "reschedule" if moved else "invitation",
            **timed(start, end, zone=str(start.tzinfo)),
            "uid": uid,
        }
        what = "moved session (reschedule)" if moved else "new schedule: the reader's slot"
        yield Case(
            f,
            SPLITS[f],
            f"{lang}_schedule_{slug}",
            raw,
            label,
            lang,
            f"pretalx {loc} {what}, '{pretalx_start(start, loc)}' (no year, no zone in the "
            f"text), .ics attached with TZID {start.tzinfo}.",
            PRETALX_T,
            PRETALX_L,
        )


def pretalxcfp19() -> Iterator[Case]:
    f = "pretalxcfp19"
    items = [
        (
            "en",
            "en",
            "ack",
            "DataRiver Summit 2027",
            "cfp.datariver.example",
            "Lakehouse costs",
            sent_on(2, 3, 10, LIS),
        ),
        (
            "de_DE",
            "de",
            "accept",
            "Kieler Linuxtage 2027",
            "programm.kielerlinux.example.de",
            "Mailserver im Eigenbau",
            sent_on(4, 2, 15, BER),
        ),
        (
            "fr_FR",
            "fr",
            "question",
            "Journées du Libre Lyon",
            "cfp.jdl-lyon.example.fr",
            "Accessibilité des formulaires",
            sent_on(2, 10, 9, PAR),
        ),
        (
            "es",
            "es",
            "accept",
            "PyDay Valencia 2027",
            "charlas.pyday-vlc.example.es",
            "Tipado gradual en proyectos viejos",
            sent_on(7, 1, 12, MAD),
        ),
        (
            "it",
            "it",
            "draft",
            "Linux Day Bologna",
            "talk.ldbo.example.it",
            "Backup che funzionano davvero",
            sent_on(6, 20, 8, ROM),
        ),
        (
            "ja_JP",
            "ja",
            "accept",
            "オープンソースカンファレンス札幌",
            "cfp.osc-sapporo.example.jp",
            "小さなチームのCI改善",
            sent_on(4, 9, 11, TYO),
        ),
        (
            "pl",
            "pl",
            "ack",
            "Konferencja Dev Kraków",
            "cfp.devkrakow.example.pl",
            "Migracje baz bez przestojów",
            sent_on(5, 5, 14, WAW),
        ),
    ]
    for loc, lang, kind, event, host, title, sent in items:
        t = PRETALX[loc]
        url = f"https://{host}/me/submissions/{pp.digest(title)[:5].upper()}/"
        ctx = {
            "submission_title": title,
            "event_name": event,
            "submission_url": url,
            "confirmation_link": url + "confirm",
            "questions": "- T-shirt size\n- Do you need a travel grant?",
            "url": url + "questions",
        }
        body = t[kind].format(**ctx)
        subject = {
            "ack": t["subject"],
            "accept": t["subject"],
            "question": t["question_subject"],
            "draft": t["draft_subject"],
        }[kind].format(**ctx)
        sender = (event, f"orga@{host.split('.', 1)[1]}")
        yield case(
            f,
            kind,
            lang,
            sender,
            subject,
            sent,
            f"pretalx {loc} '{kind}' mail: a proposal's status, no slot or time.",
            body,
            PRETALX_T,
            PRETALX_L,
            form="both",
            headers=AUTO,
        )
    t = PRETALX["en"]
    ctx = {
        "submission_title": "Streaming joins in practice",
        "event_name": "Harbour Data Days",
        "confirmation_link": "https://cfp.harbourdata.example/hdd27/me/submissions/QW7RT/confirm",
    }
    sent = sent_on(3, 22, 16, LON)
    yield fwd(
        f,
        "accept_fwd",
        "en",
        "gmail",
        ("Harbour Data Days", "orga@harbourdata.example"),
        t["subject"].format(**ctx),
        sent,
        "Got in! Talk is sometime on 17 June, slot TBC - keep the day free",
        t["accept"].format(**ctx),
        "Gmail forward of a pretalx acceptance; the user's note names the day of the "
        "conference, no slot yet.",
        PRETALX_T,
        PRETALX_L,
    )


LT = {
    "en": (
        "Hi, ",
        "New comment in To-Do [%1$s] - %2$s",
        "%1$s added a new comment to the To-Do '%2$s':<br/><br/><i>%3$s</i><br/><br/>",
        "Click here to open the conversation",
    ),
    "fr": (
        "Bonjour,",
        "Nouveau commentaire sur la tâche [%1$s] - %2$s",
        "%1$s a ajouté un nouveau commentaire sur la tâche '%2$s':<br/><br/><i>%3$s</i><br/><br/>",
        "Cliquer ici pour ouvrir la conversation",
    ),
    "pt-BR": (
        "Olá, ",
        "Novo comentário na Tarefa [%1$s] - %2$s",
        "%1$s adicionou um novo comentário na Tarefa '%2$s':<br/><br/><i>%3$s</i><br/><br/>",
        "Clique aqui para abrir a conversa",
    ),
    "pl": (
        "Cześć, ",
        "Nowy komentarz w zadaniu [%1$s] - %2$s",
        "%1$s dodał(a) nowy komentarz do zadania '%2$s':<br/><br/><i>%3$s</i><br/><br/>",
        "Kliknij tutaj, aby otworzyć rozmowę",
    ),
    "de": (
        "Guten Tag,",
        "Eine Ihrer Aufgaben wurde aktualisiert [%1$s] - %2$s",
        "%1$s hat die Aufgabe '%2$s' aktualisiert",
        "Klicken Sie hier um sie anzusehen.",
    ),
    "es": (
        "Hola, ",
        "Una de tus tareas fue actualizada [%1$s] - %2$s",
        "%1$s actualizó la tarea: '%2$s'",
        "Haz clic aquí para verla",
    ),
    "it": (
        "Ciao,",
        "Nuovo commento in Da fare [%1$s] - %2$s",
        "%1$s ha aggiunto un nuovo commento alle To-Do '%2$s'",
        "Clicca qui per vederlo",
    ),
}


def php(fmt: str, *args: str) -> str:
    for n, arg in enumerate(args, 1):
        fmt = fmt.replace(f"%{n}$s", arg)
    return fmt


def leantime19() -> Iterator[Case]:
    f = "leantime19"
    rows = [
        (
            "en",
            "Website relaunch",
            "Copy review for landing page",
            "Priya Nair",
            "Final copy is due Friday 16 April at 5pm so legal can look at it Monday.",
            sent_on(4, 12, 11, LON),
            None,
            ("Fri", 4, 16),
        ),
        (
            "fr",
            "Salon Vinexpo",
            "Réserver le stand",
            "Claire Bodin",
            "Le devis du standiste expire le jeudi 22 avril à 12h00, merci de valider avant.",
            sent_on(4, 14, 9, PAR),
            None,
            ("Thu", 4, 22),
        ),
        (
            "pt-BR",
            "App de entregas",
            "Testes de regressão",
            "Rafael Lima",
            "Subi a build 2.4. A janela de testes vai até terça, 27/04, às 18h.",
            sent_on(4, 21, 15, SAO),
            None,
            ("Tue", 4, 27),
        ),
        (
            "pl",
            "Migracja CRM",
            "Eksport kontaktów",
            "Marta Zielińska",
            "Termin oddania eksportu: środa 12.05.2027, godz. 16:00. Potem zamrażamy bazę.",
            sent_on(5, 6, 10, WAW),
            None,
            ("Wed", 5, 12),
        ),
        (
            "en",
            "Q3 planning",
            "Budget draft",
            "Owen Hughes",
            "Can we go through the draft on a call on Thursday 20 May at 2:30pm? I've sent you "
            "the Teams link, 30 minutes should do.",
            sent_on(5, 17, 9, LON),
            (when(5, 20, "Thu", 14, 30, LON), 30),
            None,
        ),
        (
            "pt-BR",
            "App de entregas",
            "Homologação com o cliente",
            "Rafael Lima",
            "Marquei com você e o cliente uma call de homologação na quinta, 03/06, das 10h às "
            "11h. Link do Meet no convite.",
            sent_on(5, 31, 14, SAO),
            (when(6, 3, "Thu", 10, 0, SAO), 60),
            None,
        ),
    ]
    for lang, project, todo, who, comment, sent, slot, guard in rows:
        hi, subj, msg, cta = LT[lang]
        if guard:
            chk(guard[1], guard[2], guard[0])
        html_msg = php(msg, who, todo, comment)
        link = f"https://pm.example.com/#/tickets/showTicket/{pp.digest(todo)[:4]}"
        markup = (
            f"<html><body><h2>{hi}</h2><p>{html_msg}</p><p><a href='{link}'>{cta}</a></p>"
            "</body></html>"
        )
        plain = html_msg.replace("<br/>", "\n").replace("<i>", "").replace("</i>", "")
        text = f"{hi}\n\n{plain}\n\n{cta}: {link}"
        label = None
        if slot:
            start, minutes = slot
            label = {"kind": "invitation", **timed(start, start + minutes * MIN, sent=sent)}
        yield case(
            f,
            f"comment_{pp.digest(todo)[:4]}",
            lang,
            ("Leantime", "noreply@pm.example.com"),
            php(subj, project, todo),
            sent,
            (
                "Control: a teammate's comment sets a call with the reader; no zone named."
                if slot
                else "Leantime comment notification: the date and hour are a deadline."
            ),
            text,
            LEANTIME_T,
            LEANTIME_L,
            label=label,
            form="both",
            html=markup,
        )
    for lang, project, todo, who, sent in [
        ("de", "Messe Hannover", "Standplan abstimmen", "Jana Krüger", sent_on(3, 9, 8, BER)),
        ("es", "Campaña verano", "Revisar banners", "Lucía Ferrer", sent_on(6, 2, 12, MAD)),
        ("it", "Sito e-commerce", "Schede prodotto", "Marco Gallo", sent_on(7, 7, 17, ROM)),
    ]:
        hi, subj, msg, cta = LT[lang]
        link = f"https://pm.example.com/#/tickets/showTicket/{pp.digest(todo)[:4]}"
        text = f"{hi}\n\n{php(msg, who, todo)}\n\n{cta}: {link}"
        yield case(
            f,
            f"update_{pp.digest(todo)[:4]}",
            lang,
            ("Leantime", "noreply@pm.example.com"),
            php(subj, project, todo),
            sent,
            "Leantime notification without the comment's text (this locale's string drops it); "
            "no time at all.",
            text,
            LEANTIME_T,
            LEANTIME_L,
            form="both",
        )


AT = {
    "en": (
        "Hello",
        "Your order for the event <strong>:name</strong> was successful.",
        "Your tickets are attached to this email. You can also view you order details and "
        "download your tickets at:",
        "You have received a message from :organiser_name in relation to the event :event_title.",
    ),
    "de": (
        "Hello",
        "Deine Bestellung für die Veranstaltung <strong>:name</strong> war erfolgreich.",
        "Deine Tickets sind dieser E-Mail beigefügt. Hier kannst Deine "
        "Bestellung ansehen und Deine Tickets herunterladen:",
        "Du hast eine Nachricht von :organiser_name zu der Veranstaltung :event_title bekommen.",
    ),
    "fr": (
        "Bonjour",
        "Votre commande pour l'événement <strong>:name</strong> a été prise en compte.",
        "Vos billets sont joints à ce message. Vous pouvez aussi voir les détails "
        "de votre commande et télécharger vos billets sur:",
        "Vous avez reçu un message de :organiser_name en rapport avec l'événement :event_title.",
    ),
    "es": (
        "Hola",
        "Se ha procesado el pedido para el evento <strong>:name</strong> correctamente.",
        "Sus entradas se adjuntan a este correo electrónico. También "
        "puede ver los detalles de su pedido y descargar sus entradas en:",
        "Ha recibido un mensaje de :organiser_name en relación al evento :event_title.",
    ),
    "it": (
        "Ciao",
        "Il tuo ordine per l'evento <strong>:name</strong> è confermato.",
        "I tuoi biglietti sono allegati a questa mail. Puoi vedere tutte le informazioni "
        "relative al tuo ordine e scaricare i biglietti visitando:",
        "Hai ricevuto un messaggio da :organiser_name per l'evento :event_title.",
    ),
    "pl": (
        "Witaj",
        "Twoje zamówienie w związku z wydarzeniem <strong>:name</strong> zostało "
        "zakończone pomyślnie.",
        "Twoje bilety są dołączone do tego emaila. Możesz przejrzeć "
        "szczegóły dot. zamówienia i pobrać bilety tu:",
        "Otrzymałeś wiadomość od :organiser_name w związku z wydarzeniem :event_title.",
    ),
}


def attendize19() -> Iterator[Case]:
    f = "attendize19"
    sender = ("Attendize", "tickets@events.example.org")
    for lang, event, sent in [
        ("en", "Northside Tech Careers Night", sent_on(4, 2, 14, LON)),
        ("de", "Karrieretag Mitte 2027", sent_on(4, 6, 19, BER)),
        ("pl", "Targi Pracy IT Wrocław", sent_on(5, 11, 8, WAW)),
    ]:
        hello, ok, att, _ = AT[lang]
        ref = pp.digest(event)[:7].upper()
        url = f"https://events.example.org/order/{ref}"
        html = (
            f"{hello},<br><br>{ok.replace(':name', event)}<br><br>{att} <a href='{url}'>{url}</a>."
            f"<h3>Order Details</h3>Order Reference: <strong>{ref}</strong><br>Order Name: "
            f"<strong>Alex Morgan</strong><br>Order Date: <strong>{sent:%Y-%m-%d %H:%M}</strong>"
            f"<br>Order Email: <strong>{ME[1]}</strong><br><a href='{url}/ics'>Add To Calendar</a>"
        )
        yield case(
            f,
            "order",
            lang,
            sender,
            f"Your order for {event}" if lang == "en" else event,
            sent,
            "Attendize order confirmation: the only time is the order's own (Y-m-d H:i).",
            "",
            ATTENDIZE_T,
            ATTENDIZE_L,
            form="html",
            html=f"<html><body>{html}</body></html>",
        )
    msgs = [
        (
            "fr",
            "Forum Emploi Numérique",
            "Agence Lumen",
            sent_on(4, 19, 10, PAR),
            "Rappel : le forum ouvre ses portes le jeudi 29 avril à 9h30 (accueil dès 9h). "
            "Pensez à votre badge.",
            None,
            ("Thu", 4, 29),
        ),
        (
            "es",
            "Feria de Empleo Tech Sevilla",
            "Asociación TechSur",
            sent_on(5, 3, 18, MAD),
            "Las puertas se abren el sábado 15 de mayo a las 10:00 y las charlas empiezan a las "
            "11:30 en el auditorio.",
            None,
            ("Sat", 5, 15),
        ),
        (
            "it",
            "Career Day Torino",
            "Politecnica Eventi",
            sent_on(5, 24, 9, ROM),
            "Abbiamo fissato il tuo colloquio individuale con Lumen Analytics durante il Career "
            "Day: martedì 1 giugno, dalle 14:20 alle 14:40, stand 12.",
            (when(6, 1, "Tue", 14, 20, ROM), 20),
            None,
        ),
    ]
    for lang, event, org, sent, content, slot, guard in msgs:
        hello, _, _, received = AT[lang]
        if guard:
            chk(guard[1], guard[2], guard[0])
        html = (
            f"<p>{hello} Alex,</p><p>"
            + received.replace(":organiser_name", org).replace(":event_title", event)
            + "</p>"
            f"<p style='padding: 10px; margin:10px; border: 1px solid #f3f3f3;'>{content}</p>"
        )
        label = None
        if slot:
            label = {"kind": "invitation", **timed(slot[0], slot[0] + slot[1] * MIN, sent=sent)}
        yield case(
            f,
            f"message_{pp.digest(event)[:4]}",
            lang,
            (org, "tickets@events.example.org"),
            event,
            sent,
            (
                "Control: the organiser gives the reader a one-to-one interview slot at the fair."
                if slot
                else "Attendize organiser message about the public event's times."
            ),
            "",
            ATTENDIZE_T,
            ATTENDIZE_L,
            label=label,
            form="html",
            html=f"<html><body>{html}</body></html>",
        )


MO = {
    "en": (
        "Hello!",
        "Reminder for :name",
        "You wanted to be reminded of the following:",
        "for",
        "Test email for Monica",
        "Regards",
    ),
    "de": (
        "Hallo!",
        "Erinnerung für :name",
        "Sie möchten an Folgendes erinnert werden:",
        "für",
        "Test-E-Mail für Monica",
        "Regards",
    ),
    "fr": (
        "Bonjour !",
        "Rappel pour :name",
        "Vous vouliez qu’on vous rappelle ce qui suit :",
        "pour",
        "E-mail de test pour Monica",
        "Regards",
    ),
    "es": (
        "¡Hola!",
        "Recordatorio para :name",
        "Quería que le recordaran lo siguiente:",
        "para",
        "Correo electrónico de prueba para Monica",
        "Regards",
    ),
    "nl": (
        "Hallo!",
        "Herinnering voor :name",
        "Je wilde herinnerd worden aan het volgende:",
        "voor",
        "Test-e-mail voor Monica",
        "Regards",
    ),
    "pt-BR": (
        "Olá!",
        "Lembrete para :name",
        "Você queria ser lembrado do seguinte:",
        "para",
        "E-mail de teste para Monica",
        "Regards",
    ),
}


def monica19() -> Iterator[Case]:
    f = "monica19"
    rows = [
        (
            "en",
            "Dana Whitfield",
            "Ask how her interview at Harlow went (it was Tue 10am)",
            sent_on(4, 21, 8, NYC),
        ),
        (
            "de",
            "Jonas Reuter",
            "Geburtstag - anrufen, er ist ab 18 Uhr erreichbar",
            sent_on(5, 3, 7, BER),
        ),
        (
            "fr",
            "Claire Bodin",
            "Lui renvoyer le livre avant le vendredi 14 mai",
            sent_on(5, 10, 7, PAR),
        ),
        ("es", "Lucía Ferrer", "Felicitarla por el nuevo trabajo", sent_on(6, 1, 7, MAD)),
        ("nl", "Pieter de Vries", "Etentje bevestigen voor zaterdag 19:30", sent_on(6, 7, 7, AMS)),
        (
            "pt-BR",
            "Rafael Lima",
            "Mandar mensagem: entrevista dele é quinta às 15h",
            sent_on(6, 14, 7, SAO),
        ),
    ]
    for lang, contact, reminder, sent in rows:
        hello, subj, line, for_, test, regards = MO[lang]
        text = f"{hello}\n\n{line}\n\n{reminder}\n\n{for_}\n\n{contact}\n\n{test}"
        text += f"\n\n{regards},\nMonica"
        yield case(
            f,
            f"reminder_{pp.digest(contact)[:4]}",
            lang,
            ("Monica", "reminders@monica.example"),
            subj.replace(":name", contact),
            sent,
            "Monica reminder of the reader's own note about a contact; any time is not a "
            "meeting set for the reader.",
            text,
            MONICA_T,
            MONICA_L,
            form="both",
        )


GL = {
    "en": (
        "BigBlueButton Invitation",
        "You have been invited to create a BigBlueButton account by %{name}.",
        "To sign up, please click the button below and follow the steps.",
        "The invitation is valid for 7 days.",
    ),
    "de": (
        "BigBlueButton-Einladung",
        "Du wurdest von %{name} eingeladen, ein BigBlueButton-Konto zu erstellen.",
        "Um dich zu registrieren, klicken bitte auf diese Schaltfläche.",
        "Die Einladung ist 7 Tage gültig.",
    ),
    "fr": (
        "Invitation à rejoindre BigBlueButton",
        "Vous avez été invité à créer un compte dans BigBlueButton par %{name}.",
        "Pour vous inscrire, veuillez cliquer sur le bouton ci-dessous et suivre les étapes "
        "proposées",
        "Cette invitation a une validité de 7 jours.",
    ),
    "es": (
        "Invitación de BigBlueButton",
        "Tu contacto %{name} te ha invitado a crear una cuenta en BigBlueButton.",
        "Para registrarte, haz clic en el botón de abajo y sigue los pasos.",
        "La invitación es válida durante 7 días.",
    ),
    "it": (
        "Invito BigBlueButton",
        "Sei stato invitato a creare un'utenza BigBlueButton da %{name}.",
        "Per iscriverti, fai clic sul pulsante qui sotto e segui i passaggi.",
        "L'invito è valido per 7 giorni.",
    ),
}


def greenlight_text(lang: str, name: str, host: str) -> str:
    title, invited, start, valid = GL[lang]
    return (
        f"---\n{title}\n{invited.replace('%{name}', name)}\n{start}\n"
        f"https://{host}/signup?inviteToken=k2{pp.digest(host)[:10]}\n{valid}\n---"
    )


def greenlight19() -> Iterator[Case]:
    f = "greenlight19"
    for lang, name, host, sent in [
        ("en", "Sam Carter", "bbb.harlowbio.example", sent_on(4, 8, 10, NYC)),
        ("de", "Jana Krüger", "meet.seehaus.example.de", sent_on(4, 15, 9, BER)),
        ("fr", "Claire Bodin", "visio.ferrand.example.fr", sent_on(5, 4, 14, PAR)),
        ("es", "Lucía Ferrer", "salas.vera.example.es", sent_on(5, 18, 11, MAD)),
    ]:
        text = greenlight_text(lang, name, host)
        yield case(
            f,
            "account_invite",
            lang,
            ("BigBlueButton", f"greenlight@{host}"),
            GL[lang][0],
            sent,
            "Greenlight account invitation: 'invited', a 7-day validity, no meeting.",
            text,
            GREENLIGHT_T,
            GREENLIGHT_L,
            form="both",
        )
    sent = sent_on(5, 7, 9, ROM)
    start = when(5, 12, "Wed", 11, 0, ROM)
    yield fwd(
        f,
        "invite_fwd",
        "en",
        "gmail",
        ("BigBlueButton", "greenlight@aula.lumen.example.it"),
        GL["it"][0],
        sent,
        "FYI - Marco says the interview itself is Wednesday 12 May 11:00-12:00 (Rome time) "
        "in his room on this server, so I need the account first",
        greenlight_text("it", "Marco Gallo", "aula.lumen.example.it"),
        "Control: Gmail forward of an Italian Greenlight account invitation; the user's note "
        "gives the interview on that server with its zone.",
        GREENLIGHT_T,
        GREENLIGHT_L,
        label={"kind": "invitation", **timed(start, start + 60 * MIN, zone=ROM)},
    )


OS_C = "755f68b3a9132ee08228dd191eea930cf1d273d7"
OS_T = (
    f"OpenSlides/openslides-backend:openslides_backend/i18n/marked_translations.py, "
    f"i18n/messages/*.po, action/actions/user/send_invitation_email.py@{OS_C}"
)
OS_L = "MIT (OpenSlides); people, meetings and credentials ours"
OS = {
    "en": (
        "OpenSlides access data",
        "Dear {name},\n\nthis is your personal OpenSlides login:"
        "\n\n{url}\nUsername: {username}\nPassword: {password}\n\n\nThis email was "
        "generated automatically.",
    ),
    "de": (
        "OpenSlides-Zugangsdaten",
        "Hallo {name},\n\nhier ist Ihr persönlicher "
        "OpenSlides-Zugang:\n\n{url}\nBenutzername: {username}\nPasswort: {password}\n\n"
        "\nDiese E-Mail wurde automatisch erstellt.",
    ),
    "es": (
        "Datos de accesso de OpenSlides",
        "Querido/a {name}, \n\neste es su login personal "
        "de OpenSlides\\:\n\n {url} \nNombre de usuario\\: {username} \nContraseña\\: "
        "{password} \n\nEste correo electrónico se ha generado automáticamente.",
    ),
    "fr": (
        " Données d'accès OpenSlides",
        "Cher {nom},\n\nvoici votre login personnel "
        "OpenSlides :\n\n{url}\nNom d'utilisateur : {nom d'utilisateur}\nMot de passe : "
        "{mot de passe}\n\n\nCet e-mail a été généré automatiquement.",
    ),
    "it": (
        "Data d'accesso OpenSlide ",
        "Gentile {name},\n\nquesto è il tuo login personale di "
        "OpenSlides:\n\n{url}\nNome utente: {username}\nPassword: {password}\n\nQuesta "
        "e-mail è stata generata automaticamente.",
    ),
    "nl": (
        "OpenSlides toegangsgegevens",
        "Beste {naam},\n\ndit is uw persoonlijke OpenSlides "
        "login:\n\n{url}\nGebruikersnaam: {gebruikersnaam}\nWachtwoord: {wachtwoord}\n\n"
        "\nDeze e-mail is automatisch gegenereerd.",
    ),
    "cs": (
        "Přístupová data k OpenSlides",
        "Můj milý/Moje milá {jméno},\n\ntoto je vaše osobní "
        "přihlášení do OpenSlides:\n\n{url}\nUživatelské jméno: {username}\nHeslo: {heslo}"
        "\n\n\nTento e-mail byl vytvořen automaticky.",
    ),
}


class _Quoted(dict[str, str]):
    """send_invitation_email's format_dict: an unknown placeholder becomes 'key'."""

    def __missing__(self, key: str) -> str:
        return f"'{key}'"


def openslides19() -> Iterator[Case]:
    f = "openslides19"
    rows = [
        ("de", "Landesverband Nord", "os.lv-nord.example.de", sent_on(3, 30, 9, BER)),
        ("es", "Federación Vecinal", "votaciones.fvecinal.example.es", sent_on(4, 5, 10, MAD)),
        ("fr", "Union des Coopératives", "ag.ucoop.example.fr", sent_on(4, 12, 15, PAR)),
        ("it", "Consulta Studenti", "assemblea.cs.example.it", sent_on(4, 19, 11, ROM)),
        ("nl", "Vereniging Waterland", "alv.waterland.example.nl", sent_on(5, 3, 16, AMS)),
        ("cs", "Svaz Oddílů", "snem.svaz.example.cz", sent_on(5, 10, 9, "Europe/Prague")),
    ]
    for lang, org, host, sent in rows:
        subject, body = OS[lang]
        values = _Quoted(
            name="Alex Morgan",
            url=f"https://{host}",
            username="alexmorgan",
            password=f"{pp.digest(host)[:4]}-{pp.digest(org)[:4]}",
        )
        yield case(
            f,
            "access_data",
            lang,
            (org, f"noreply@{host}"),
            subject.format_map(values),
            sent,
            "OpenSlides access-data mail (the locale's placeholders kept as shipped); a "
            "login, no meeting time.",
            body.format_map(values),
            OS_T,
            OS_L,
        )
    subject, body = OS["en"]
    values = _Quoted(
        name="Alex Morgan",
        url="https://vote.harbourunion.example",
        username="amorgan",
        password="t7Kq-22vw",
    )
    sent = sent_on(5, 14, 18, LON)
    yield fwd(
        f,
        "access_fwd",
        "en",
        "apple",
        ("Harbour Union", "noreply@vote.harbourunion.example"),
        subject,
        sent,
        "Login for the delegates' portal, saving it here.",
        body.format_map(values),
        "Apple Mail forward of OpenSlides access data; the note adds no time.",
        OS_T,
        OS_L,
    )


BUILDERS = [pretalx19, pretalxcfp19, leantime19, openslides19, attendize19, monica19, greenlight19]
MEASURED: list[str] = [
    "First sight (parser at main 752eb9f2, before any change for this batch): dev: 10 of 10",
    "calendar-bearing mails with the right start, end, zone and UID, but only 3 of 10 with the",
    "right kind (5 pretalx slots in es, fr, it, ja, pt-BR read as not_invitation at 0.45",
    "because the text around the METHOD-less .ics has no invitation word; the 3 moved",
    "sessions read as invitation or not_invitation, never reschedule); text invitations 2 of 2",
    "right (2 sure); 1 of 22 negatives claimed (the Polish Leantime comment 'Termin oddania",
    "eksportu: środa 12.05.2027, godz. 16:00', claimed at 0.69). Held out: 2 of 2 text",
    "invitations right (1 sure), 1 of 15 negatives claimed; no calendar mail.",
    "",
    "After the batch's rules: dev 10 of 10 calendar mails right with the right kind (7",
    "invitations, 3 reschedules, all 0.95), text 2 of 2 (2 sure), 0 of 22 claimed; held out",
    "unchanged (2 of 2 right, 1 sure, 1 of 15 claimed). Whole corpus (quick.py, batch",
    "included): dev false claims 9 -> 8 of 1355, everything else unchanged (dev cal 195/195,",
    "text 1729/1746, sure 1541; held out cal 46/47, text 798/851, sure 667, claimed 57/622;",
    "shared and fixtures unchanged); no file outside this batch changed kind (one held-out",
    "look-alike went from 0.45 to 0.4).",
]
RULES: list[str] = [
    "- A calendar file published without an iTIP request (no METHOD, or PUBLISH) keeps its",
    "  invitation when the text, read alone, only lacks evidence (no invitation word, nobody",
    "  named to meet, no zone: `_LACKS_ONLY` in parser.py); notes that are evidence against",
    "  (deadline, bulk, notice, offer...) still rule it out. Sources: this batch's `pretalx19`",
    "  (pretalx attaches the speaker's slot .ics without METHOD; es, fr, it, ja, pt-BR) and",
    "  public text: Nodemailer's calendar docs (icalEvent method defaults to PUBLISH) and a",
    "  class-booking write-up sending the booked slot as an .ics with the confirmation.",
    "- The same published file whose text says the slot moved is a reschedule (the",
    "  `_says_moved` check, until now for REQUEST only, also for PUBLISH/no METHOD): pretalx's",
    "  'has been moved to' in de, it, pl, and the same booking write-up re-sending the file",
    "  when the class time changes.",
    "- Polish hand-in times are deadlines (`SELF_SCHEDULE_CUES`: 'termin oddania / składania /",
    "  złożenia / nadsyłania / przesłania / zgłoszeń', 'ostateczny / nieprzekraczalny",
    "  termin'): this batch's `leantime19` (pl) and public code labelling 'Termin składania",
    "  ofert' as a deadline (tender trackers' submissionDeadline / deadline_reminder).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the tools17 batch (`build_tools17.py`)",
        "",
        "Notification mail of open-source event, CRM and project tools new to the corpus, "
        "rendered from their real templates and translation files (repository, path, commit "
        "and licence below and in each label). People, events, companies and links are made up; "
        "dates in 2027. Comments, reminder labels and organiser messages (free text in these "
        "tools) are ours. Every label was written from the datetimes the text is rendered from, "
        "before the parser was run on the message.",
        "",
        "Sources: pretalx "
        + PRETALX_T
        + " ("
        + PRETALX_L
        + "); Leantime "
        + LEANTIME_T
        + " ("
        + LEANTIME_L
        + "); Attendize "
        + ATTENDIZE_T
        + " ("
        + ATTENDIZE_L
        + "); Monica "
        + MONICA_T
        + " ("
        + MONICA_L
        + "); Greenlight "
        + GREENLIGHT_T
        + " ("
        + GREENLIGHT_L
        + "); OpenSlides "
        + OS_T
        + " ("
        + OS_L
        + "). pretalx's slot line uses the locale's short date with the year stripped "
        "(pretalx's own en formats, Django's locale formats otherwise, recalled); its .ics "
        "follows ical.py (no METHOD, TZID'd DTSTART), VTIMEZONE blocks abridged.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_tools17.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
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
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    lines += ["", "## Rules and their sources", "", *(RULES or ["None added."])]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-tools17.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
