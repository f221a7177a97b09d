# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "fwd74" batch: interview mail as users forward it to Afterview, in 12 languages
(en-GB, de, fr, es, it, nl, pt-BR, pl, ja, zh, ru, sv), in the header blocks the clients of
each language write and in thread shapes the forward batches held little of.

Eight shapes per language: (A) a plain invitation forwarded by one of Gmail (translated
marker), Thunderbird ("-------- Forwarded Message --------" / "Original Message"), iOS Mail
("Sent from my iPhone" above "Begin forwarded message:"), Apple Mail HTML-only with
<blockquote type="cite">, or a forward of a forward (the user's Outlook forward from their
other mailbox inside their Gmail forward); (B) an Outlook "From:/Sent:/To:/Subject:" block in the language ("Von:/
Gesendet:", "De :/Envoyé :", "Od:/Wysłano:", "差出人:/送信日時:", "发件人:/发送时间:",
"От:/Отправлено:") under the user's "FYI" or "can you add this?"; (C) the user's note on top
that moves the time ("they moved it to Thursday 3pm"), labelled reschedule at the note's slot;
(D) the recruiter's newest mail setting a second round above a quoted older thread that names
the first round's past time; (E) a weekday or "tomorrow" in the quoted mail, to be resolved
against the quoted message's date, not the forward's (the forward is sent on the day itself or
the morning after); (F) the user's own "Thursday at 2 works for me" quoted under the
recruiter's bare confirmation, over the recruiter's two proposed slots; look-alikes: (G) a
forward of an old finished interview's invitation "for my records", (H) a forward of a
rejection quoting the old invitation.

Run: .venv/bin/python tests/parsing/corpus/build_fwd74.py

All text is ours, written by hand; client header blocks are recalled from the clients, not
copied. People, companies and addresses are made up. Labels come from the datetimes the text
is rendered from (zoneinfo) and were written before the parser was run on any message of the
batch. A seeded third is held out: file names sorted by the SHA-256 of the name, every third
from the first goes to heldout/ (family fwd74h), chosen before any file was parsed.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import html
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
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


pp = _load("build_parse_pos_fwd74", "build_parse-pos.py")
Case = pp.Case
HOOK = pp.HOOK
OURS = "hand-written, no template; client forward, reply and quote shapes recalled"
LIC = "text ours"
FAMILY = "fwd74"
HELD_FAMILY = "fwd74h"
FAMILIES = {
    FAMILY: "Interview mail forwarded by users in 12 languages under the header blocks of each "
    "language's Gmail, Outlook, Apple Mail, iOS Mail and Thunderbird, notes that move the time, "
    "threads whose quoted history names past times, weekdays to resolve against the quoted "
    "mail's date, the user's own pick quoted under a bare confirmation; look-alikes: old "
    "finished interviews and rejections quoting the invitation.",
    HELD_FAMILY: "The held-out third of fwd74, chosen by the file names' hashes before any parse.",
}
FIRST_SIGHT_FIGURES = (
    "First sight (main at 8ca5c5a4 with this batch, before any parser change; quick.py): dev "
    "invitations right 39/50, 31 sure, look-alikes claimed 0/14, fields 260/292 (all eight own-pick "
    "threads read as not_invitation at the first proposed slot; the note that moves the time read "
    "as invitation in en, es, pt-BR and at the old slot in pt-BR, ru; old finished interviews "
    "kind invitation under 0.5; a nested forward (it) and a thread (ru) read as not_invitation); "
    "held out: invitations right 19/22, 17 sure, look-alikes claimed 0/10, fields 129/140."
)
AFTER_FIX_FIGURES = (
    "Corrected after first sight (text only, labels unchanged): the two forwards of a forward "
    "(it, zh, both dev) had the recruiter's mail addressed to a friend of the user while it "
    "greeted the user, a mail no recruiter sends (the parser rightly read it as someone "
    "else's); the inner mail is now addressed to the user's other mailbox, which forwarded it "
    "on. After 1f3a875c, 0b906730, b9104e4b and this correction (quick.py): dev invitations "
    "right 49/50, 44 sure, look-alikes claimed 0/14, fields 283/292; held out: invitations right "
    "21/22, 18 sure, look-alikes claimed 0/10, fields 133/140. Left: a Russian note's bare "
    "'в четверг в 15' (its hour unread; now a reschedule under 0.5, no longer the old slot for "
    "sure), a Russian second round ('второй этап') and a Brazilian one ('segunda etapa') not "
    "read as invitations, the Dutch own-pick thread at 0.45, old finished interviews kind "
    "invitation under 0.5 (not claimed): each one language, no second source."
)


@dataclass
class Lang:
    code: str
    zone: str
    user: tuple[str, str]
    recruiter: tuple[str, str]
    boss: str
    company: str
    role: str
    days: list[str]  # Monday..Sunday, as in prose
    sdays: list[str]  # short, as in Gmail headers
    months: list[str]  # genitive where the language wants it
    smonths: list[str]
    clock: Callable[[datetime], str]  # "14:00" as written in prose
    when: Callable[[datetime], str]  # full date and hour in prose
    on_day_at: Callable[[datetime], str]  # "on Thursday at 14:00"
    day_at: Callable[[datetime], str]  # "Thursday at 14:00" (sentence start)
    tomorrow_at: Callable[[datetime], str]
    gmail_date: Callable[[datetime], str]
    outlook_date: Callable[[datetime], str]
    gmail_marker: str
    gmail_labels: tuple[str, str, str, str]  # from, date, subject, to
    outlook_labels: tuple[str, str, str, str]  # from, sent, to, subject
    apple_marker: str
    apple_labels: tuple[str, str, str, str]  # from, subject, date, to
    tb_marker: str
    tb_labels: tuple[str, str, str, str]  # subject, date, from, to
    iphone: str
    wrote: Callable[[str, str], str]  # (gmail date, "Name <addr>") -> attribution line
    fwd_prefix: str
    re_prefix: str
    greet: str
    sign: str
    inv: str  # {role} {co} {when} {mins}
    fyi: str
    add: str
    moved: str  # {day_at}
    second: str  # {boss} {when}
    first_conf: str  # {when}
    book_rel: str  # {rel}
    propose: str  # {a} {b}
    pick: str  # {b}
    confirmed: str
    old_note: str
    reject: str
    rej_note: str
    subj_inv: str
    subj_second: str
    subj_reject: str


def hm(dt: datetime) -> str:
    return f"{dt:%H:%M}"


def en12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}{f':{dt.minute:02d}' if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


EN = Lang(
    "en-GB",
    "Europe/London",
    ("Alex Morgan", "alex.morgan@mailbox.example"),
    ("Harriet Lowe", "harriet.lowe@brackenfield-talent.example.co.uk"),
    "Owen Pryce",
    "Brackenfield Systems",
    "Data Engineer",
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    [
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
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    en12,
    lambda d: f"{EN.days[d.weekday()]} {d.day} {EN.months[d.month - 1]} at {en12(d)}",
    lambda d: f"on {EN.days[d.weekday()]} at {en12(d)}",
    lambda d: f"{EN.days[d.weekday()]} at {d.hour % 12 or 12}",
    lambda d: f"tomorrow at {en12(d)}",
    lambda d: f"{EN.sdays[d.weekday()]}, {d.day} {EN.smonths[d.month - 1]} {d.year} at {hm(d)}",
    lambda d: f"{EN.days[d.weekday()]}, {d.day} {EN.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Forwarded message ---------",
    ("From:", "Date:", "Subject:", "To:"),
    ("From:", "Sent:", "To:", "Subject:"),
    "Begin forwarded message:",
    ("From:", "Subject:", "Date:", "To:"),
    "-------- Original Message --------",
    ("Subject:", "Date:", "From:", "To:"),
    "Sent from my iPhone",
    lambda d, who: f"On {d}, {who} wrote:",
    "Fwd",
    "Re",
    "Hi Alex,",
    "Best wishes,",
    "Thanks for applying for the {role} role at {co}. We'd like to invite you to an interview on {when}. It will last {mins} minutes and take place on Teams; I'll send the link the day before.",
    "FYI",
    "can you add this?",
    "they moved it to {day_at}pm",
    "Thanks again for the first conversation - the team enjoyed it. We'd like to invite you to the second round with {boss} on {when}, at our Leeds office.",
    "Just confirming your first call with me on {when}.",
    "Good news - the panel would like to meet you {rel} at our office, 14 Wharf Street, Leeds.",
    "Would {a} or {b} suit you for the technical interview?",
    "{b} works for me. Thank you!",
    "Perfect, that's confirmed. See you then!",
    "from back in the spring, just for my records",
    "Thank you for taking the time to meet us. After careful consideration we have decided not to take your application further on this occasion.",
    "well, that's that",
    "Interview invitation - {role}",
    "Second round - {role}",
    "Your application - {role}",
)

DE = Lang(
    "de",
    "Europe/Berlin",
    ("Jonas Weber", "jonas.weber@posteo.example.de"),
    ("Katrin Albers", "k.albers@nordwerk-gruppe.example.de"),
    "Frau Dr. Heinemann",
    "Nordwerk Gruppe",
    "Projektingenieur",
    ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    [
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
    [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    lambda d: f"{hm(d)} Uhr",
    lambda d: (
        f"{DE.days[d.weekday()]}, den {d.day}. {DE.months[d.month - 1]} {d.year}, um {hm(d)} Uhr"
    ),
    lambda d: f"am {DE.days[d.weekday()]} um {hm(d)} Uhr",
    lambda d: f"{DE.days[d.weekday()]} um {d.hour}",
    lambda d: f"morgen um {hm(d)} Uhr",
    lambda d: (
        f"{DE.sdays[d.weekday()]}, {d.day}. {DE.smonths[d.month - 1]} {d.year} um {hm(d)} Uhr"
    ),
    lambda d: f"{DE.days[d.weekday()]}, {d.day}. {DE.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Weitergeleitete Nachricht ---------",
    ("Von:", "Date:", "Subject:", "To:"),
    ("Von:", "Gesendet:", "An:", "Betreff:"),
    "Anfang der weitergeleiteten Nachricht:",
    ("Von:", "Betreff:", "Datum:", "An:"),
    "-------- Weitergeleitete Nachricht --------",
    ("Betreff:", "Datum:", "Von:", "An:"),
    "Von meinem iPhone gesendet",
    lambda d, who: f"Am {d} schrieb {who}:",
    "WG",
    "AW",
    "Hallo Herr Weber,",
    "Viele Grüße",
    "vielen Dank für Ihre Bewerbung als {role} bei der {co}. Wir möchten Sie gern zu einem Vorstellungsgespräch am {when} einladen. Das Gespräch dauert {mins} Minuten und findet per Teams statt; den Link schicke ich Ihnen vorab.",
    "zur Info",
    "kannst du das eintragen?",
    "haben es auf {day_at} Uhr verschoben",
    "nochmals danke für das erste Gespräch. Wir würden Sie gern zur zweiten Runde mit {boss} einladen, am {when}, bei uns in Hannover.",
    "hiermit bestätige ich unser erstes Telefonat am {when}.",
    "gute Nachrichten: Das Team möchte Sie {rel} bei uns im Büro kennenlernen, Am Sandtorkai 7, Hamburg.",
    "Würde Ihnen {a} oder {b} für das Fachgespräch passen?",
    "{b} passt mir gut. Vielen Dank!",
    "Prima, dann ist das fest. Bis dann!",
    "ist vom Frühjahr, nur für meine Unterlagen",
    "vielen Dank für das Gespräch und Ihr Interesse. Nach sorgfältiger Abwägung haben wir uns für andere Kandidaten entschieden.",
    "leider nichts geworden",
    "Einladung zum Vorstellungsgespräch - {role}",
    "Zweite Runde - {role}",
    "Ihre Bewerbung - {role}",
)

FR = Lang(
    "fr",
    "Europe/Paris",
    ("Camille Roux", "camille.roux@courriel.example.fr"),
    ("Élodie Marchand", "elodie.marchand@verdane-conseil.example.fr"),
    "M. Lefèvre",
    "Verdane Conseil",
    "chef de projet data",
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    lambda d: f"{d.hour}h{d.minute:02d}",
    lambda d: f"{FR.days[d.weekday()]} {d.day} {FR.months[d.month - 1]} à {d.hour}h{d.minute:02d}",
    lambda d: f"{FR.days[d.weekday()]} à {d.hour}h{d.minute:02d}",
    lambda d: f"{FR.days[d.weekday()]} {d.hour}h",
    lambda d: f"demain à {d.hour}h{d.minute:02d}",
    lambda d: f"{FR.sdays[d.weekday()]} {d.day} {FR.smonths[d.month - 1]} {d.year} à {hm(d)}",
    lambda d: f"{FR.days[d.weekday()]} {d.day} {FR.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Forwarded message ---------",
    ("De :", "Date:", "Subject:", "To:"),
    ("De :", "Envoyé :", "À :", "Objet :"),
    "Début du message réexpédié :",
    ("De :", "Objet :", "Date :", "À :"),
    "-------- Message transféré --------",
    ("Sujet :", "Date :", "De :", "Pour :"),
    "Envoyé de mon iPhone",
    lambda d, who: f"Le {d}, {who} a écrit :",
    "TR",
    "RE",
    "Bonjour Camille,",
    "Bien cordialement,",
    "Merci pour votre candidature au poste de {role} chez {co}. Nous souhaitons vous rencontrer en entretien le {when}. L'entretien durera {mins} minutes, sur Teams ; je vous enverrai le lien la veille.",
    "pour info",
    "tu peux l'ajouter ?",
    "ils l'ont décalé à {day_at}",
    "Merci encore pour ce premier échange. Nous aimerions vous inviter au second tour avec {boss} le {when}, dans nos locaux de Lyon.",
    "Je vous confirme notre premier appel du {when}.",
    "Bonne nouvelle : l'équipe souhaite vous recevoir {rel} dans nos bureaux, 12 quai Saint-Vincent, Lyon.",
    "Est-ce que {a} ou {b} vous conviendrait pour l'entretien technique ?",
    "{b} me convient très bien. Merci !",
    "Parfait, c'est confirmé. À bientôt !",
    "c'était au printemps, juste pour garder une trace",
    "Merci d'avoir pris le temps de nous rencontrer. Après réflexion, nous avons décidé de ne pas donner suite à votre candidature.",
    "bon, tant pis",
    "Invitation à un entretien - {role}",
    "Second entretien - {role}",
    "Votre candidature - {role}",
)

ES = Lang(
    "es",
    "Europe/Madrid",
    ("Lucía Navarro", "lucia.navarro@correo.example.es"),
    ("Marta Iglesias", "marta.iglesias@solenta-energia.example.es"),
    "Javier Ortega",
    "Solenta Energía",
    "analista de operaciones",
    ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    [
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
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    lambda d: f"las {hm(d)}",
    lambda d: f"{ES.days[d.weekday()]} {d.day} de {ES.months[d.month - 1]} a las {hm(d)}",
    lambda d: f"el {ES.days[d.weekday()]} a las {hm(d)}",
    lambda d: f"{ES.days[d.weekday()]} a las {d.hour}",
    lambda d: f"mañana a las {hm(d)}",
    lambda d: (
        f"{ES.sdays[d.weekday()]}, {d.day} {ES.smonths[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}"
    ),
    lambda d: (
        f"{ES.days[d.weekday()]}, {d.day} de {ES.months[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}"
    ),
    "---------- Mensaje reenviado ---------",
    ("De:", "Date:", "Subject:", "To:"),
    ("De:", "Enviado el:", "Para:", "Asunto:"),
    "Inicio del mensaje reenviado:",
    ("De:", "Asunto:", "Fecha:", "Para:"),
    "-------- Mensaje reenviado --------",
    ("Asunto:", "Fecha:", "De:", "Para:"),
    "Enviado desde mi iPhone",
    lambda d, who: f"El {d}, {who} escribió:",
    "RV",
    "RE",
    "Hola, Lucía:",
    "Un saludo,",
    "Gracias por tu candidatura al puesto de {role} en {co}. Nos gustaría invitarte a una entrevista el {when}. Durará {mins} minutos y será por Teams; te mando el enlace el día anterior.",
    "para que lo sepas",
    "¿puedes añadir esto?",
    "lo han cambiado al {day_at}",
    "Gracias de nuevo por la primera conversación. Queremos invitarte a la segunda ronda con {boss} el {when}, en nuestra oficina de Valencia.",
    "Te confirmo nuestra primera llamada del {when}.",
    "Buenas noticias: el equipo quiere conocerte {rel} en nuestra oficina, calle Colón 18, Valencia.",
    "¿Te vendría bien {a} o {b} para la entrevista técnica?",
    "{b} me viene perfecto. ¡Gracias!",
    "Perfecto, queda confirmado. ¡Nos vemos!",
    "es de la primavera, solo para tenerlo guardado",
    "Gracias por dedicarnos tu tiempo. Tras valorarlo con calma, hemos decidido seguir con otras candidaturas.",
    "pues nada",
    "Invitación a entrevista - {role}",
    "Segunda entrevista - {role}",
    "Tu candidatura - {role}",
)

IT = Lang(
    "it",
    "Europe/Rome",
    ("Giulia Conti", "giulia.conti@posta.example.it"),
    ("Francesca Moretti", "f.moretti@altavia-logistica.example.it"),
    "l'ing. Bassi",
    "Altavia Logistica",
    "responsabile acquisti",
    ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    lambda d: f"alle {hm(d)}",
    lambda d: f"{IT.days[d.weekday()]} {d.day} {IT.months[d.month - 1]} alle {hm(d)}",
    lambda d: f"{IT.days[d.weekday()]} alle {hm(d)}",
    lambda d: f"{IT.days[d.weekday()]} alle {d.hour}",
    lambda d: f"domani alle {hm(d)}",
    lambda d: (
        f"{IT.sdays[d.weekday()]} {d.day} {IT.smonths[d.month - 1]} {d.year} alle ore {hm(d)}"
    ),
    lambda d: f"{IT.days[d.weekday()]} {d.day} {IT.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Messaggio inoltrato ---------",
    ("Da:", "Date:", "Subject:", "To:"),
    ("Da:", "Inviato:", "A:", "Oggetto:"),
    "Inizio messaggio inoltrato:",
    ("Da:", "Oggetto:", "Data:", "A:"),
    "-------- Messaggio Inoltrato --------",
    ("Oggetto:", "Data:", "Mittente:", "A:"),
    "Inviato da iPhone",
    lambda d, who: f"Il giorno {d} {who} ha scritto:",
    "I",
    "R",
    "Gentile Giulia,",
    "Cordiali saluti,",
    "grazie per la candidatura come {role} in {co}. Vorremmo invitarla a un colloquio {when}. Il colloquio durerà {mins} minuti e si terrà su Teams; le invierò il link il giorno prima.",
    "per info",
    "puoi aggiungerlo?",
    "l'hanno spostato a {day_at}",
    "grazie ancora per il primo colloquio. Vorremmo invitarla al secondo incontro con {boss} {when}, nella nostra sede di Bologna.",
    "le confermo la nostra prima telefonata di {when}.",
    "buone notizie: il team vorrebbe incontrarla {rel} nella nostra sede, via Marconi 22, Bologna.",
    "Le andrebbe bene {a} oppure {b} per il colloquio tecnico?",
    "{b} per me va benissimo. Grazie!",
    "Perfetto, confermato. A presto!",
    "è di questa primavera, solo per archivio",
    "la ringraziamo per il tempo dedicatoci. Dopo un'attenta valutazione abbiamo deciso di proseguire con altri candidati.",
    "pazienza",
    "Invito a colloquio - {role}",
    "Secondo colloquio - {role}",
    "La sua candidatura - {role}",
)

NL = Lang(
    "nl",
    "Europe/Amsterdam",
    ("Sanne de Vries", "sanne.devries@mailbox.example.nl"),
    ("Femke Jansen", "femke.jansen@dijkstra-installatie.example.nl"),
    "Ruud Bakker",
    "Dijkstra Installatietechniek",
    "werkvoorbereider",
    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    ["ma", "di", "wo", "do", "vr", "za", "zo"],
    [
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
    ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    lambda d: f"{hm(d)} uur",
    lambda d: f"{NL.days[d.weekday()]} {d.day} {NL.months[d.month - 1]} om {hm(d)} uur",
    lambda d: f"{NL.days[d.weekday()]} om {hm(d)} uur",
    lambda d: f"{NL.days[d.weekday()]} om {d.hour}",
    lambda d: f"morgen om {hm(d)} uur",
    lambda d: f"{NL.sdays[d.weekday()]} {d.day} {NL.smonths[d.month - 1]} {d.year} om {hm(d)}",
    lambda d: f"{NL.days[d.weekday()]} {d.day} {NL.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Doorgestuurd bericht ---------",
    ("Van:", "Date:", "Subject:", "To:"),
    ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "Begin doorgestuurd bericht:",
    ("Van:", "Onderwerp:", "Datum:", "Aan:"),
    "-------- Doorgestuurd bericht --------",
    ("Onderwerp:", "Datum:", "Van:", "Aan:"),
    "Verstuurd vanaf mijn iPhone",
    lambda d, who: f"Op {d} schreef {who}:",
    "FW",
    "RE",
    "Beste Sanne,",
    "Met vriendelijke groet,",
    "Bedankt voor je sollicitatie als {role} bij {co}. We nodigen je graag uit voor een gesprek op {when}. Het gesprek duurt {mins} minuten en is via Teams; de link stuur ik je een dag van tevoren.",
    "ter info",
    "kun je dit toevoegen?",
    "ze hebben het verzet naar {day_at} uur",
    "Nogmaals dank voor het eerste gesprek. We willen je graag uitnodigen voor de tweede ronde met {boss} op {when}, op ons kantoor in Utrecht.",
    "Hierbij bevestig ik ons eerste belletje van {when}.",
    "Goed nieuws: het team wil je graag {rel} ontmoeten op ons kantoor, Catharijnesingel 40, Utrecht.",
    "Zou {a} of {b} je uitkomen voor het technische gesprek?",
    "{b} komt mij goed uit. Dank je!",
    "Top, dan staat het vast. Tot dan!",
    "is van dit voorjaar, alleen voor mijn administratie",
    "Dank je voor je tijd en het prettige gesprek. Na zorgvuldige afweging hebben we besloten verder te gaan met andere kandidaten.",
    "jammer",
    "Uitnodiging sollicitatiegesprek - {role}",
    "Tweede ronde - {role}",
    "Je sollicitatie - {role}",
)

PT = Lang(
    "pt-BR",
    "America/Sao_Paulo",
    ("Rafael Souza", "rafael.souza@correio.example.com.br"),
    ("Beatriz Campos", "beatriz.campos@ipe-saude.example.com.br"),
    "Dra. Helena Prado",
    "Ipê Saúde",
    "analista de sistemas",
    [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    [
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
    [
        "jan.",
        "fev.",
        "mar.",
        "abr.",
        "mai.",
        "jun.",
        "jul.",
        "ago.",
        "set.",
        "out.",
        "nov.",
        "dez.",
    ],
    lambda d: f"às {d.hour}h{d.minute:02d}" if d.minute else f"às {d.hour}h",
    lambda d: f"{PT.days[d.weekday()]}, {d.day} de {PT.months[d.month - 1]}, {PT.clock(d)}",
    lambda d: f"na {PT.days[d.weekday()]} {PT.clock(d)}",
    lambda d: f"{PT.days[d.weekday()]} às {d.hour}h",
    lambda d: f"amanhã {PT.clock(d)}",
    lambda d: (
        f"{PT.sdays[d.weekday()]}, {d.day} de {PT.smonths[d.month - 1]} de {d.year} às {hm(d)}"
    ),
    lambda d: f"{PT.days[d.weekday()]}, {d.day} de {PT.months[d.month - 1]} de {d.year} {hm(d)}",
    "---------- Mensagem encaminhada ---------",
    ("De:", "Date:", "Subject:", "To:"),
    ("De:", "Enviado:", "Para:", "Assunto:"),
    "Início da mensagem encaminhada:",
    ("De:", "Assunto:", "Data:", "Para:"),
    "-------- Mensagem encaminhada --------",
    ("Assunto:", "Data:", "De:", "Para:"),
    "Enviado do meu iPhone",
    lambda d, who: f"Em {d}, {who} escreveu:",
    "ENC",
    "RE",
    "Olá, Rafael,",
    "Abraços,",
    "Obrigada pela sua candidatura para a vaga de {role} na {co}. Gostaríamos de convidar você para uma entrevista na {when}. A conversa dura {mins} minutos e será pelo Teams; mando o link na véspera.",
    "só pra você saber",
    "consegue adicionar isso?",
    "mudaram pra {day_at}",
    "Obrigada de novo pela primeira conversa. Queremos convidar você para a segunda etapa com a {boss} na {when}, no nosso escritório da Paulista.",
    "Confirmo nossa primeira ligação na {when}.",
    "Boa notícia: o time quer conhecer você {rel} no nosso escritório, Av. Paulista 1200, São Paulo.",
    "Fica bom para você {a} ou {b} para a entrevista técnica?",
    "{b} funciona pra mim. Obrigado!",
    "Perfeito, está confirmado. Até lá!",
    "é do começo do ano, só pra guardar",
    "Agradecemos o seu tempo. Depois de avaliar com cuidado, decidimos seguir com outros candidatos.",
    "não rolou",
    "Convite para entrevista - {role}",
    "Segunda etapa - {role}",
    "Sua candidatura - {role}",
)

PL = Lang(
    "pl",
    "Europe/Warsaw",
    ("Piotr Zieliński", "piotr.zielinski@poczta.example.pl"),
    ("Agnieszka Wróbel", "agnieszka.wrobel@kamex-budownictwo.example.pl"),
    "panem Nowakiem",
    "Kamex Budownictwo",
    "kierownik robót",
    ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    lambda d: f"o {hm(d)}",
    lambda d: (
        f"{['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'][d.weekday()]}, {d.day} {PL.months[d.month - 1]}, o godz. {hm(d)}"
    ),
    lambda d: (
        f"{['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'][d.weekday()]} o {hm(d)}"
    ),
    lambda d: (
        f"{['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'][d.weekday()]} o {d.hour}"
    ),
    lambda d: f"jutro o {hm(d)}",
    lambda d: f"{PL.sdays[d.weekday()]}, {d.day} {PL.smonths[d.month - 1]} {d.year} o {hm(d)}",
    lambda d: f"{PL.days[d.weekday()]}, {d.day} {PL.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Przekazana wiadomość ---------",
    ("Od:", "Date:", "Subject:", "To:"),
    ("Od:", "Wysłano:", "Do:", "Temat:"),
    "Początek przekazywanej wiadomości:",
    ("Od:", "Temat:", "Data:", "Do:"),
    "-------- Przekazana wiadomość --------",
    ("Temat:", "Data:", "Nadawca:", "Adresat:"),
    "Wysłane z iPhone'a",
    lambda d, who: f"{d} {who} napisał(a):",
    "PD",
    "Odp",
    "Dzień dobry Panie Piotrze,",
    "Pozdrawiam serdecznie,",
    "dziękujemy za aplikację na stanowisko {role} w firmie {co}. Chcielibyśmy zaprosić Pana na rozmowę {when}. Rozmowa potrwa {mins} minut i odbędzie się przez Teams; link wyślę dzień wcześniej.",
    "do wiadomości",
    "możesz to dodać?",
    "przełożyli, teraz {day_at}",
    "jeszcze raz dziękuję za pierwszą rozmowę. Chcielibyśmy zaprosić Pana na drugi etap z {boss} {when}, w naszym biurze w Poznaniu.",
    "potwierdzam naszą pierwszą rozmowę telefoniczną {when}.",
    "dobra wiadomość: zespół chciałby się z Panem spotkać {rel} w naszym biurze, ul. Półwiejska 9, Poznań.",
    "Czy odpowiadałby Panu termin {a} albo {b} na rozmowę techniczną?",
    "{b} mi pasuje. Dziękuję!",
    "Świetnie, potwierdzone. Do zobaczenia!",
    "to z wiosny, tylko do archiwum",
    "dziękujemy za poświęcony czas. Po namyśle zdecydowaliśmy się kontynuować proces z innymi kandydatami.",
    "no trudno",
    "Zaproszenie na rozmowę - {role}",
    "Drugi etap - {role}",
    "Pana aplikacja - {role}",
)

JA_DAYS = ["月", "火", "水", "木", "金", "土", "日"]
JA = Lang(
    "ja",
    "Asia/Tokyo",
    ("佐藤 健", "ken.sato@mail.example.jp"),
    ("高橋 美咲", "misaki.takahashi@kaede-soft.example.co.jp"),
    "開発部長の山田",
    "楓ソフトウェア株式会社",
    "バックエンドエンジニア",
    [f"{x}曜日" for x in JA_DAYS],
    JA_DAYS,
    [f"{i}月" for i in range(1, 13)],
    [f"{i}月" for i in range(1, 13)],
    lambda d: f"{d.hour}時{d.minute:02d}分" if d.minute else f"{d.hour}時",
    lambda d: f"{d.month}月{d.day}日（{JA_DAYS[d.weekday()]}）{JA.clock(d)}",
    lambda d: f"{JA_DAYS[d.weekday()]}曜日の{JA.clock(d)}",
    lambda d: f"{JA_DAYS[d.weekday()]}曜日の{d.hour}時",
    lambda d: f"明日の{JA.clock(d)}",
    lambda d: f"{d.year}年{d.month}月{d.day}日({JA_DAYS[d.weekday()]}) {d.hour}:{d.minute:02d}",
    lambda d: f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}",
    "---------- Forwarded message ---------",
    ("From:", "Date:", "Subject:", "To:"),
    ("差出人:", "送信日時:", "宛先:", "件名:"),
    "転送されたメッセージ:",
    ("差出人:", "件名:", "日付:", "宛先:"),
    "-------- 転送メッセージ --------",
    ("件名:", "日付:", "差出人:", "宛先:"),
    "iPhoneから送信",
    lambda d, who: f"{d} {who}:",
    "Fwd",
    "Re",
    "佐藤 健 様",
    "よろしくお願いいたします。",
    "この度は{co}の{role}職にご応募いただき、誠にありがとうございます。つきましては、{when}より面接を実施させていただきたくご連絡いたしました。所要時間は{mins}分、Teamsでの実施を予定しております。URLは前日にお送りします。",
    "参考まで",
    "これ追加してもらえる？",
    "{day_at}に変更になったって",
    "先日は一次面接にお時間をいただきありがとうございました。つきましては、{boss}との二次面接を{when}より、弊社大阪オフィスにて実施させていただきたく存じます。",
    "{when}の初回お電話の件、確定いたしましたのでご連絡いたします。",
    "朗報です。{rel}に弊社オフィス（大阪市北区梅田2-4-9）にて面接を行いたいとのことです。",
    "技術面接ですが、{a}か{b}のご都合はいかがでしょうか。",
    "{b}で問題ありません。よろしくお願いいたします。",
    "承知いたしました。確定とさせていただきます。当日お待ちしております。",
    "春のやつ、記録用に",
    "先日はお時間をいただきありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回はご期待に沿えない結果となりました。",
    "だめだった",
    "面接のご案内（{role}）",
    "二次面接のご案内（{role}）",
    "選考結果のご連絡（{role}）",
)

ZH_DAYS = ["一", "二", "三", "四", "五", "六", "日"]


def zh_clock(d: datetime) -> str:
    part = "上午" if d.hour < 12 else "下午"
    h = d.hour if d.hour <= 12 else d.hour - 12
    return f"{part}{h}点{'半' if d.minute == 30 else (f'{d.minute}分' if d.minute else '')}"


ZH = Lang(
    "zh",
    "Asia/Shanghai",
    ("王磊", "wang.lei@mail.example.cn"),
    ("陈静", "chen.jing@qingshan-tech.example.cn"),
    "技术总监刘工",
    "青山科技",
    "测试开发工程师",
    [f"星期{x}" for x in ZH_DAYS],
    [f"周{x}" for x in ZH_DAYS],
    [f"{i}月" for i in range(1, 13)],
    [f"{i}月" for i in range(1, 13)],
    zh_clock,
    lambda d: f"{d.month}月{d.day}日（星期{ZH_DAYS[d.weekday()]}）{zh_clock(d)}",
    lambda d: f"周{ZH_DAYS[d.weekday()]}{zh_clock(d)}",
    lambda d: f"周{ZH_DAYS[d.weekday()]}{zh_clock(d)}",
    lambda d: f"明天{zh_clock(d)}",
    lambda d: f"{d.year}年{d.month}月{d.day}日周{ZH_DAYS[d.weekday()]} {hm(d)}",
    lambda d: f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}",
    "---------- 转发的邮件 ---------",
    ("发件人：", "Date:", "Subject:", "To:"),
    ("发件人:", "发送时间:", "收件人:", "主题:"),
    "转发的邮件：",
    ("发件人:", "主题:", "日期:", "收件人:"),
    "-------- 转发的消息 --------",
    ("主题:", "日期:", "发件人:", "收件人:"),
    "发自我的iPhone",
    lambda d, who: f"{who} 于{d}写道：",
    "转发",
    "回复",
    "王磊您好：",
    "祝好",
    "感谢您应聘{co}的{role}岗位。我们诚邀您参加面试，时间为{when}，时长{mins}分钟，通过腾讯会议进行，会议链接将在前一天发送给您。",
    "供参考",
    "帮我加一下？",
    "改到{day_at}了",
    "感谢您参加第一轮沟通。我们想邀请您参加与{boss}的第二轮面试，时间为{when}，地点在我们的杭州办公室。",
    "确认一下我们第一次电话沟通的时间：{when}。",
    "好消息：团队希望{rel}在我们办公室（杭州市西湖区文三路88号）与您见面。",
    "技术面试您看{a}还是{b}方便？",
    "{b}可以的，谢谢！",
    "好的，就这么定了，到时见！",
    "是春天那次的，存档用",
    "感谢您抽出时间参加面试。经过慎重考虑，我们决定选择其他候选人。",
    "没戏了",
    "面试邀请 - {role}",
    "第二轮面试邀请 - {role}",
    "关于您的应聘 - {role}",
)

RU_ON = [
    "в понедельник",
    "во вторник",
    "в среду",
    "в четверг",
    "в пятницу",
    "в субботу",
    "в воскресенье",
]
RU = Lang(
    "ru",
    "Europe/Moscow",
    ("Дмитрий Орлов", "d.orlov@pochta.example.ru"),
    ("Анна Смирнова", "a.smirnova@severtrans.example.ru"),
    "Игорем Павловичем",
    "Севертранс",
    "ведущего аналитика",
    ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "янв.",
        "февр.",
        "мар.",
        "апр.",
        "мая",
        "июн.",
        "июл.",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ],
    lambda d: f"в {hm(d)}",
    lambda d: f"{RU_ON[d.weekday()]}, {d.day} {RU.months[d.month - 1]}, в {hm(d)}",
    lambda d: f"{RU_ON[d.weekday()]} в {hm(d)}",
    lambda d: f"{RU_ON[d.weekday()]} в {d.hour}",
    lambda d: f"завтра в {hm(d)}",
    lambda d: f"{RU.sdays[d.weekday()]}, {d.day} {RU.smonths[d.month - 1]} {d.year} г. в {hm(d)}",
    lambda d: (
        f"{RU.days[d.weekday()]}, {d.day} {RU.months[d.month - 1]} {d.year} г. {d.hour}:{d.minute:02d}"
    ),
    "---------- Пересылаемое сообщение ---------",
    ("От:", "Date:", "Subject:", "To:"),
    ("От:", "Отправлено:", "Кому:", "Тема:"),
    "Начало переадресованного сообщения:",
    ("От:", "Тема:", "Дата:", "Кому:"),
    "-------- Пересылаемое сообщение --------",
    ("Тема:", "Дата:", "От:", "Кому:"),
    "Отправлено с iPhone",
    lambda d, who: f"{d}, {who}:",
    "Fwd",
    "Re",
    "Дмитрий, добрый день!",
    "С уважением,",
    "Спасибо за отклик на вакансию {role} в компании «{co}». Приглашаем вас на собеседование {when}. Встреча продлится {mins} минут и пройдёт в Teams; ссылку пришлю накануне.",
    "для информации",
    "добавишь это?",
    "перенесли, теперь {day_at}",
    "Ещё раз спасибо за первую беседу. Приглашаем вас на второй этап с {boss} {when}, в нашем офисе в Санкт-Петербурге.",
    "Подтверждаю наш первый созвон {when}.",
    "Хорошие новости: команда хочет встретиться с вами {rel} в нашем офисе, Лиговский пр., 50.",
    "Вам удобно {a} или {b} для технического интервью?",
    "{b} мне подходит. Спасибо!",
    "Отлично, подтверждаю. До встречи!",
    "это весеннее, просто для архива",
    "Спасибо, что нашли время на встречу. Мы внимательно всё обдумали и решили продолжить с другими кандидатами.",
    "увы",
    "Приглашение на собеседование - {role}",
    "Второй этап - {role}",
    "Ваш отклик - {role}",
)

SV = Lang(
    "sv",
    "Europe/Stockholm",
    ("Elin Lindqvist", "elin.lindqvist@brevlada.example.se"),
    ("Johanna Berg", "johanna.berg@fjallvik-bygg.example.se"),
    "Mats Holm",
    "Fjällvik Bygg",
    "projektledare",
    ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    lambda d: f"kl. {d.hour}.{d.minute:02d}",
    lambda d: (
        f"{SV.days[d.weekday()]} den {d.day} {SV.months[d.month - 1]} kl. {d.hour}.{d.minute:02d}"
    ),
    lambda d: f"på {SV.days[d.weekday()]} kl. {d.hour}.{d.minute:02d}",
    lambda d: f"{SV.days[d.weekday()]} kl {d.hour}",
    lambda d: f"i morgon kl. {d.hour}.{d.minute:02d}",
    lambda d: f"{SV.sdays[d.weekday()]} {d.day} {SV.smonths[d.month - 1]} {d.year} kl. {hm(d)}",
    lambda d: f"den {d.day} {SV.months[d.month - 1]} {d.year} {hm(d)}",
    "---------- Vidarebefordrat meddelande ---------",
    ("Från:", "Date:", "Subject:", "To:"),
    ("Från:", "Skickat:", "Till:", "Ämne:"),
    "Vidarebefordrat brev:",
    ("Från:", "Ämne:", "Datum:", "Till:"),
    "-------- Vidarebefordrat meddelande --------",
    ("Ämne:", "Datum:", "Från:", "Till:"),
    "Skickat från min iPhone",
    lambda d, who: f"Den {d} skrev {who}:",
    "VB",
    "SV",
    "Hej Elin,",
    "Vänliga hälsningar",
    "Tack för din ansökan till tjänsten som {role} på {co}. Vi vill gärna bjuda in dig till en intervju {when}. Intervjun tar {mins} minuter och sker via Teams; länken skickar jag dagen innan.",
    "fyi",
    "kan du lägga in den här?",
    "de har flyttat den till {day_at}",
    "Tack igen för första samtalet. Vi vill bjuda in dig till andra omgången med {boss} {when}, på vårt kontor i Göteborg.",
    "Jag bekräftar härmed vårt första samtal {when}.",
    "Goda nyheter: teamet vill träffa dig {rel} på vårt kontor, Lilla Bommen 3, Göteborg.",
    "Passar {a} eller {b} för den tekniska intervjun?",
    "{b} passar mig bra. Tack!",
    "Perfekt, då är det bekräftat. Vi ses!",
    "från i våras, bara för mitt arkiv",
    "Tack för att du tog dig tid att träffa oss. Efter noggrant övervägande har vi valt att gå vidare med andra kandidater.",
    "tråkigt",
    "Inbjudan till intervju - {role}",
    "Andra omgången - {role}",
    "Din ansökan - {role}",
)

LANGS = [EN, DE, FR, ES, IT, NL, PT, PL, JA, ZH, RU, SV]
RAW: list[tuple[str, str, dict[str, object], bytes, str]] = []


def who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


def outlook_block(
    lg: Lang, org: tuple[str, str], sent: datetime, to: tuple[str, str], subject: str
) -> str:
    f, s, t, j = lg.outlook_labels
    return f"________________________________\n{f} {who(org)}\n{s} {lg.outlook_date(sent)}\n{t} {who(to)}\n{j} {subject}\n"


def gmail_block(
    lg: Lang, org: tuple[str, str], sent: datetime, to: tuple[str, str], subject: str
) -> str:
    f, d, s, t = lg.gmail_labels
    return f"{lg.gmail_marker}\n{f} {who(org)}\n{d} {lg.gmail_date(sent)}\n{s} {subject}\n{t} {who(to)}\n"


def apple_block(
    lg: Lang, org: tuple[str, str], sent: datetime, to: tuple[str, str], subject: str
) -> str:
    f, s, d, t = lg.apple_labels
    return f"{lg.apple_marker}\n\n{f} {who(org)}\n{s} {subject}\n{d} {lg.outlook_date(sent)}\n{t} {who(to)}\n"


def tb_block(
    lg: Lang, org: tuple[str, str], sent: datetime, to: tuple[str, str], subject: str
) -> str:
    s, d, f, t = lg.tb_labels
    return f"{lg.tb_marker}\n{s} {subject}\n{d} {format_datetime(sent)}\n{f} {who(org)}\n{t} {who(to)}\n"


def quoted(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.strip("\n").split("\n"))


def letter(lg: Lang, *paras: str, signer: tuple[str, str] | None = None) -> str:
    name = (signer or lg.recruiter)[0]
    lines = [lg.greet, "", *[p for para in paras for p in (para, "")], lg.sign, name]
    if signer is None:
        lines.append(lg.company)
    return "\n".join(lines)


def inv_body(lg: Lang, slot: datetime, mins: int) -> str:
    return letter(lg, lg.inv.format(role=lg.role, co=lg.company, when=lg.when(slot), mins=mins))


def add(
    lg: Lang,
    name: str,
    label: dict[str, object],
    subject: str,
    sent: datetime,
    text: str | None,
    note: str,
    html_body: str | None = None,
) -> None:
    raw = pp.mail(
        f"fwd74 {lg.code} {name}",
        sender=lg.user,
        to=HOOK,
        subject=subject,
        sent=sent,
        text=text,
        html=html_body,
    )
    RAW.append((lg.code, name, label, raw, note))


def inv_label(
    lg: Lang,
    kind: str,
    start: datetime,
    end: datetime | None,
    fwd_sent: datetime,
    org: tuple[str, str] | None = None,
) -> dict[str, object]:
    address = (org or lg.recruiter)[1]
    return {
        "kind": kind,
        **pp.timed(start, end, sent=fwd_sent),
        "organizer_email": address,
        "original_sender": address,
    }


def neg_label(lg: Lang) -> dict[str, object]:
    return {"kind": "not_invitation", "original_sender": lg.recruiter[1]}


def at(lg: Lang, base: datetime, days: int, h: int, m: int = 0) -> datetime:
    d = (base + timedelta(days=days)).date()
    return datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(lg.zone))


NOTE_A = {
    "gmail": "Gmail forward under the language's own marker and header labels, no note; the invitation sets a date, hour and length.",
    "thunderbird": "Thunderbird inline forward ('-------- ... --------' marker, Subject/Date/From/To with an RFC 5322 date), no note.",
    "iphone": "iOS Mail forward: 'Sent from my iPhone' signature above 'Begin forwarded message:' in the language.",
    "html": "HTML-only Apple Mail forward: the recruiter's mail inside <blockquote type=\"cite\"> under a bold header block; the user's one-line note above.",
    "nested": "Forward of a forward: the recruiter wrote to the user's other mailbox, the user forwarded it from there with an Outlook block and forwards that with Gmail; original_sender is the recruiter's address in the inner block, not the user's other mailbox.",
}
NOTE_B = "Outlook desktop block in the language (From/Sent/To/Subject translated) under the user's one-line note ('FYI' or 'can you add this?')."
NOTE_C = "The user's note on top moves the slot ('they moved it to Thursday 3pm'): the forwarded invitation names the old day; the label is the note's new slot, resolved against the forward's date (README: reschedule when the mail shows the slot moved)."
NOTE_D = "Apple Mail forward of a reply thread: the recruiter's newest mail sets the second round above the quoted older mail that names the first call's past date and hour."
NOTE_E = {
    "mon": "Outlook forward sent on Monday morning of a Friday mail saying 'on Monday at 14:00': the weekday is resolved against the quoted mail's date (that same Monday), not the forward's (a week later).",
    "tom": "Outlook forward sent the morning after a mail saying 'tomorrow at 11:00': 'tomorrow' is the quoted mail's tomorrow, the forward's today.",
}
NOTE_F = "Gmail forward of a thread: the recruiter's bare confirmation ('Perfect, that's confirmed') above the user's quoted 'Thursday at 2 works for me' above the recruiter's two proposed slots; the agreed slot is the user's pick (README: replies over a quoted time)."
NOTE_G = "Look-alike: a forward of an old invitation whose interview took place months before the forward ('just for my records'); nothing is set (README: after the fact)."
NOTE_H = "Look-alike: a forward of a rejection whose quoted history is the past interview's invitation with its date and hour (README: refusals after the fact)."


def shape_a(lg: Lang, i: int, m: datetime) -> None:
    variant = ["gmail", "thunderbird", "iphone", "html", "nested"][i % 5]
    orig = at(lg, m, 0, 9, 12)
    slot = at(lg, m, 3, 14, 0)
    fwd = at(lg, m, 0, 10, 49)
    subj = lg.subj_inv.format(role=lg.role)
    body = inv_body(lg, slot, 60)
    label = inv_label(lg, "invitation", slot, slot + timedelta(minutes=60), fwd)
    fsubj = f"{lg.fwd_prefix}: {subj}"
    if variant == "gmail":
        add(
            lg,
            "a_gmail_plain",
            label,
            fsubj,
            fwd,
            f"{gmail_block(lg, lg.recruiter, orig, lg.user, subj)}\n\n{body}\n",
            NOTE_A[variant],
        )
    elif variant == "thunderbird":
        add(
            lg,
            "a_thunderbird",
            label,
            fsubj,
            fwd,
            f"\n\n\n{tb_block(lg, lg.recruiter, orig, lg.user, subj)}\n{body}\n",
            NOTE_A[variant],
        )
    elif variant == "iphone":
        add(
            lg,
            "a_iphone_signature",
            label,
            fsubj,
            fwd,
            f"{lg.iphone}\n\n{apple_block(lg, lg.recruiter, orig, lg.user, subj)}\n{body}\n",
            NOTE_A[variant],
        )
    elif variant == "html":
        f, s, d, t = lg.apple_labels
        rows = "".join(
            f'<div style="margin:0"><span style="font-family:-apple-system,Helvetica"><b>{html.escape(k)}</b> {html.escape(v)}</span></div>'
            for k, v in (
                (f, who(lg.recruiter)),
                (s, subj),
                (d, lg.outlook_date(orig)),
                (t, who(lg.user)),
            )
        )
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        markup = (
            f'<html><body dir="auto"><div>{html.escape(lg.fyi)}</div><div><br></div>'
            f'<div dir="ltr"><br><blockquote type="cite">{html.escape(lg.apple_marker)}<br><br>{rows}<br>'
            f"<div>{paras}</div></blockquote></div></body></html>"
        )
        add(lg, "a_html_blockquote", label, fsubj, fwd, None, NOTE_A[variant], markup)
    else:
        # the recruiter wrote to the user's other mailbox (a university or old address); the
        # user forwarded it from there with Outlook, then from their own mailbox with Gmail
        mid = at(lg, m, 0, 9, 40)
        other = (lg.user[0], lg.user[1].split("@")[0] + "@alumni-mail.example.org")
        inner = f"{outlook_block(lg, lg.recruiter, orig, other, subj)}\n{body}\n"
        text = f"{lg.add}\n\n{gmail_block(lg, other, mid, lg.user, f'{lg.fwd_prefix}: {subj}')}\n\n{inner}"
        add(
            lg,
            "a_nested_forward",
            label,
            f"{lg.fwd_prefix}: {lg.fwd_prefix}: {subj}",
            fwd,
            text,
            NOTE_A[variant],
        )


def shape_b(lg: Lang, i: int, m: datetime) -> None:
    orig = at(lg, m, 1, 11, 5)
    slot = at(lg, m, 4, 10, 30)
    fwd = at(lg, m, 1, 12, 20)
    subj = lg.subj_inv.format(role=lg.role)
    note = lg.fyi if i % 2 == 0 else lg.add
    text = f"{note}\n\n{outlook_block(lg, lg.recruiter, orig, lg.user, subj)}\n{inv_body(lg, slot, 45)}\n"
    add(
        lg,
        "b_outlook_note",
        inv_label(lg, "invitation", slot, slot + timedelta(minutes=45), fwd),
        f"{lg.fwd_prefix}: {subj}",
        fwd,
        text,
        NOTE_B,
    )


def shape_c(lg: Lang, i: int, m: datetime) -> None:
    orig = at(lg, m, 0, 9, 30)
    old = at(lg, m, 2, 10, 0)
    new = at(lg, m, 3, 15, 0)
    fwd = at(lg, m, 1, 8, 15)
    subj = lg.subj_inv.format(role=lg.role)
    note = lg.moved.format(day_at=lg.day_at(new))
    block = (
        gmail_block(lg, lg.recruiter, orig, lg.user, subj)
        if i % 2
        else outlook_block(lg, lg.recruiter, orig, lg.user, subj)
    )
    text = f"{note}\n\n{block}\n{inv_body(lg, old, 45)}\n"
    add(
        lg,
        "c_note_moves_time",
        inv_label(lg, "reschedule", new, None, fwd),
        f"{lg.fwd_prefix}: {subj}",
        fwd,
        text,
        NOTE_C,
    )


def shape_d(lg: Lang, i: int, m: datetime) -> None:
    first_sent = at(lg, m, -9, 16, 2)
    first_call = at(lg, m, -6, 11, 0)
    newest = at(lg, m, 1, 10, 0)
    slot = at(lg, m, 9, 16, 0)
    fwd = at(lg, m, 1, 13, 25)
    subj = lg.subj_second.format(role=lg.role)
    new_text = letter(lg, lg.second.format(boss=lg.boss, when=lg.when(slot)))
    old_text = letter(lg, lg.first_conf.format(when=lg.when(first_call)))
    thread = f"{new_text}\n\n{lg.wrote(lg.gmail_date(first_sent), who(lg.recruiter))}\n{quoted(old_text)}\n"
    text = f"{lg.fyi}\n\n{apple_block(lg, lg.recruiter, newest, lg.user, f'{lg.re_prefix}: {subj}')}\n{thread}"
    add(
        lg,
        "d_thread_newest_sets",
        inv_label(lg, "invitation", slot, None, fwd),
        f"{lg.fwd_prefix}: {lg.re_prefix}: {subj}",
        fwd,
        text,
        NOTE_D,
    )


def shape_e(lg: Lang, i: int, m: datetime) -> None:
    variant = "mon" if i % 2 == 0 else "tom"
    if variant == "mon":
        orig, slot, fwd = at(lg, m, -3, 16, 40), at(lg, m, 0, 14, 0), at(lg, m, 0, 8, 5)
        rel = lg.on_day_at(slot)
    else:
        orig, slot, fwd = at(lg, m, 3, 18, 20), at(lg, m, 4, 11, 0), at(lg, m, 4, 7, 40)
        rel = lg.tomorrow_at(slot)
    subj = lg.subj_inv.format(role=lg.role)
    text = f"{lg.add}\n\n{outlook_block(lg, lg.recruiter, orig, lg.user, subj)}\n{letter(lg, lg.book_rel.format(rel=rel))}\n"
    add(
        lg,
        f"e_weekday_quoted_{variant}",
        inv_label(lg, "invitation", slot, None, fwd),
        f"{lg.fwd_prefix}: {subj}",
        fwd,
        text,
        NOTE_E[variant],
    )


def shape_f(lg: Lang, i: int, m: datetime) -> None:
    proposed = at(lg, m, 0, 9, 0)
    picked = at(lg, m, 0, 12, 30)
    confirm = at(lg, m, 0, 15, 10)
    fwd = at(lg, m, 0, 15, 32)
    a, b = at(lg, m, 8, 10, 0), at(lg, m, 10, 14, 0)
    subj = lg.subj_inv.format(role=lg.role)
    proposal = letter(lg, lg.propose.format(a=lg.when(a), b=lg.when(b)))
    pick = lg.day_at(b)
    reply = f"{lg.pick.format(b=pick[0].upper() + pick[1:])}\n\n{lg.user[0]}"
    conf = f"{lg.confirmed}\n\n{lg.recruiter[0]}"
    inner = f"{conf}\n\n{lg.wrote(lg.gmail_date(picked), who(lg.user))}\n{quoted(reply + chr(10) + chr(10) + lg.wrote(lg.gmail_date(proposed), who(lg.recruiter)) + chr(10) + quoted(proposal))}\n"
    text = (
        f"{gmail_block(lg, lg.recruiter, confirm, lg.user, f'{lg.re_prefix}: {subj}')}\n\n{inner}"
    )
    add(
        lg,
        "f_own_pick_quoted",
        inv_label(lg, "invitation", b, None, fwd),
        f"{lg.fwd_prefix}: {lg.re_prefix}: {subj}",
        fwd,
        text,
        NOTE_F,
    )


def shape_g(lg: Lang, i: int, m: datetime) -> None:
    orig = at(lg, m, -40, 10, 3)
    slot = at(lg, m, -35, 10, 0)
    fwd = at(lg, m, 0, 12, 0)
    subj = lg.subj_inv.format(role=lg.role)
    block = (
        tb_block(lg, lg.recruiter, orig, lg.user, subj)
        if i % 2
        else gmail_block(lg, lg.recruiter, orig, lg.user, subj)
    )
    text = f"{lg.old_note}\n\n{block}\n{inv_body(lg, slot, 45)}\n"
    add(
        lg, "g_old_finished_interview", neg_label(lg), f"{lg.fwd_prefix}: {subj}", fwd, text, NOTE_G
    )


def shape_h(lg: Lang, i: int, m: datetime) -> None:
    inv_sent = at(lg, m, -14, 9, 45)
    slot = at(lg, m, -7, 14, 0)
    rej = at(lg, m, -1, 17, 30)
    fwd = at(lg, m, 0, 8, 50)
    subj = lg.subj_inv.format(role=lg.role)
    rej_text = letter(lg, lg.reject)
    thread = f"{rej_text}\n\n{lg.wrote(lg.gmail_date(inv_sent), who(lg.recruiter))}\n{quoted(inv_body(lg, slot, 45))}\n"
    block = outlook_block(lg, lg.recruiter, rej, lg.user, f"{lg.re_prefix}: {subj}")
    add(
        lg,
        "h_rejection_quotes_invite",
        neg_label(lg),
        f"{lg.fwd_prefix}: {lg.re_prefix}: {subj}",
        fwd,
        f"{lg.rej_note}\n\n{block}\n{thread}",
        NOTE_H,
    )


SHAPES = [shape_a, shape_b, shape_c, shape_d, shape_e, shape_f, shape_g, shape_h]


def cases() -> list[Case]:
    RAW.clear()
    base = datetime(2027, 4, 5)
    for i, lg in enumerate(LANGS):
        m = base + timedelta(weeks=i)
        for shape in SHAPES:
            shape(lg, i, m)
    names = [f"{FAMILY}__{lang}_{name}.eml" for lang, name, *_ in RAW]
    assert len(set(names)) == len(names)
    held = pp.held_names(names)
    out = []
    for (lang, name, label, raw, note), filename in zip(RAW, names, strict=True):
        heldout = filename in held
        out.append(
            Case(
                HELD_FAMILY if heldout else FAMILY,
                "heldout" if heldout else "dev",
                f"{lang}_{name}",
                raw,
                label,
                lang,
                note,
                OURS,
                LIC,
            )
        )
    return out


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the fwd74 batch (`build_fwd74.py`)",
        "",
        "Interview mail as users forward it to Afterview, in the header blocks real clients of "
        "each language write (recalled, not copied): Gmail's marker and its translations "
        "('Weitergeleitete Nachricht', 'Mensaje reenviado', 'Messaggio inoltrato', 'Doorgestuurd "
        "bericht', 'Mensagem encaminhada', 'Przekazana wiadomość', '转发的邮件', 'Пересылаемое "
        "сообщение', 'Vidarebefordrat meddelande') with its mixed English Date/Subject/To labels; "
        "Outlook's From/Sent/To/Subject block translated ('Von:/Gesendet:', 'De :/Envoyé :', "
        "'De:/Enviado el:', 'Da:/Inviato:', 'Van:/Verzonden:', 'Od:/Wysłano:', '差出人:/送信日時:', "
        "'发件人:/发送时间:', 'От:/Отправлено:', 'Från:/Skickat:'); Apple Mail's 'Begin forwarded "
        "message:' and translations, iOS 'Sent from my iPhone' above it, HTML-only forwards "
        "inside <blockquote type=\"cite\">, Thunderbird's '-------- Original Message --------' and "
        "translations, and forwards of forwards. Threads: the recruiter's newest mail setting a "
        "second round above a quoted older mail naming the past first call; a weekday or "
        "'tomorrow' to be read against the quoted mail's date (the forward is sent on the day or "
        "the morning after); the user's own 'Thursday at 2 works for me' quoted under the "
        "recruiter's bare confirmation; the user's note that moves the time. Look-alikes: a "
        "forward of an old finished interview, a forward of a rejection quoting the invitation. "
        "All text is ours, written by hand (one hand-written set of sentences per language, "
        "combined into the eight shapes); people, companies and addresses are made up. Every "
        "label was written from the datetimes the text is rendered from, before the parser was "
        "run on any message. `original_sender` and `organizer_email` are the recruiter's address "
        "(in a forward of a forward, the inner block's sender, not the user's other mailbox).",
        "",
        f"{len(items)} messages; {held} held out as family fwd74h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_fwd74.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-fwd74.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
