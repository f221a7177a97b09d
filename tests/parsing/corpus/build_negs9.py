"""Write the "negs9" batch: more mail with a future time that sets no interview for the reader.

Run: .venv/bin/python tests/parsing/corpus/build_negs9.py

After the negs8 batch, a quarter of fresh held-out non-invitations still came out as sure
invitations: event platforms, other people's calendars, answers to events, polls, chat digests
and notes about other meetings. This batch brings new shapes of that mail, measured before the
parser was changed for it: ticket and registration confirmations from event platforms, calendar
digests ("your agenda for tomorrow"), university office hours and career-service drop-ins,
"you declined" and "X proposed a new time" notices, reminders to book a slot, background checks
and assessment-centre results, recruiters asking whether the reader is free, shared-calendar
notices, and (held out) service appointments, job fairs, chat digests, closed polls, onboarding
schedules and interview-preparation mail. Each family carries genuine invitations in the same
senders' voices as controls (about 30 %), so that a rule that blocks a sender's style, rather
than the reason, loses a control. Some mails carry the headers bulk senders really add
(List-Unsubscribe, Precedence: bulk), and one control does too.

Decisions: a notice that someone answered (declined, proposed a new time for) an event the
reader organises, or that the reader declined one, is `not_invitation`, as attendance notices
are in `attendnote`; an employer's own "new time for your interview" mail is a `reschedule`. A
preparation mail that only points at an interview booked in another mail is `not_invitation`;
one that restates the reader's own slot is an `invitation` (as reminders are in `reminder`).

Every label was written from the same datetimes the text is rendered from (zoneinfo, weekday
names checked) before the parser was run on any message; the split was fixed before then too.
Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is deterministic; the
script deletes or writes only files of its own families.
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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; shapes of event-platform, calendar, university, service, chat, poll, "
    "onboarding and recruiter mail written from memory of such mail, no product's template "
    "copied; " + OWN
)
NEG = "not_invitation"
BULK = {"List-Unsubscribe": "<https://unsubscribe.example/u/1>", "Precedence": "bulk"}
UNSUB = {"List-Unsubscribe": "<mailto:unsubscribe@mailer.example>"}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "ticketconf": "dev",
    "agendadigest": "dev",
    "officehours": "dev",
    "counterprop": "dev",
    "booknudge": "dev",
    "bgcheck": "dev",
    "freecheck": "dev",
    "calshare": "dev",
    "errandslot": "heldout",
    "jobfair": "heldout",
    "chatdigest": "heldout",
    "pollclosed": "heldout",
    "onboardplan": "heldout",
    "prepnote": "heldout",
}

SOURCES = {
    "ticketconf": "Ticket and registration confirmations of event platforms (Eventbrite-, "
    "Pretix-, Luma- and Indico-like layouts from memory): order codes, doors-open times, "
    "programmes; controls: an event platform and an organiser booking the reader's own "
    "interview.",
    "agendadigest": "Calendar digests and daily agendas ('your agenda for tomorrow', 'Ihre "
    "Termine für morgen', weekly summaries) listing the reader's own errands; controls: the "
    "same calendar tools delivering an interview invitation.",
    "officehours": "University office hours, career-service drop-ins and consultation hours "
    "sent to many students; controls: university departments inviting the reader to an "
    "admission interview.",
    "counterprop": "'You declined' and 'X proposed a new time' notices about events the reader "
    "organises or declined; controls: employers moving the reader's own interview.",
    "booknudge": "Reminders to book an interview slot that has not been booked ('slots close "
    "Friday at 5pm'); controls: the confirmation once a slot is booked.",
    "bgcheck": "Background checks, certificates of conduct and assessment-centre results with "
    "deadlines and decision dates; controls: the next interview booked after the check.",
    "freecheck": "Recruiters asking whether the reader is free next week, giving only their "
    "own availability; controls: the same recruiters confirming an agreed time.",
    "calshare": "Shared-calendar and delegate notices that show someone else's next event, "
    "often an interview with another candidate; controls: the calendar owners inviting the "
    "reader.",
    "errandslot": "Service appointments and delivery slots (parcel, bank, doctor, vehicle "
    "inspection, driving licence); controls: the same organisations' recruiters.",
    "jobfair": "Job-fair registrations, floor plans and exhibitor notices; controls: the "
    "reader's own interview slot at a fair.",
    "chatdigest": "Chat digests and missed-activity mails (Slack-, Teams-, Google-Chat-like) "
    "quoting meeting times; controls: meeting invitations sent through the same tools.",
    "pollclosed": "Date polls closed for group events, with the chosen date; controls: "
    "recruiters who used a poll and then set the reader's interview.",
    "onboardplan": "Onboarding, training and first-week schedules; controls: the same HR teams "
    "inviting to a final interview.",
    "prepnote": "Interview preparation mail that points at a slot booked in another mail and "
    "gives other times (prep sessions, document deadlines); controls: preparation mail that "
    "restates the reader's own slot.",
}


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str | None = None,
    html: str | None = None,
    label: dict[str, object] | None = None,
    headers: dict[str, str] | None = None,
    reply: bool = False,
) -> Case:
    """One direct mail; without a label it is a non-invitation. `headers` are added as a
    bulk sender or a mailing list adds them."""
    raw = mail(
        f"negs9/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=f"negs9/{family}/{name}/parent" if reply else "",
    )
    if headers:
        extra = "".join(f"{key}: {value}\r\n" for key, value in headers.items()).encode()
        raw = raw.replace(b"MIME-Version: 1.0", extra + b"MIME-Version: 1.0", 1)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label or {"kind": NEG},
        lang,
        note,
        HAND,
        OWN,
    )


def slot(
    start: datetime,
    end: datetime | None = None,
    *,
    kind: str = "invitation",
    zone: str | None = None,
    sent: datetime | None = None,
    org: str | None = None,
    fwd: str | None = None,
) -> dict[str, object]:
    """A label for a slot. `sent` given: no zone in the text (wall time, Date offset);
    `zone`: the IANA name the text pins down; neither: an instant from an offset or an
    abbreviation that is not one zone."""
    label: dict[str, object] = {"kind": kind, **timed(start, end, zone=zone, sent=sent)}
    if org:
        label["organizer_email"] = org
    if fwd:
        label["original_sender"] = fwd
    return label


def forwarded(
    family: str,
    name: str,
    lang: str,
    *,
    client: str,
    client_lang: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    user_note: str,
    label: dict[str, object] | None,
    note: str,
) -> Case:
    """The reader forwards a mail with their client's inline header block and a note."""
    raw = pp.forward(
        f"negs9/{family}/{name}",
        client=client,
        lang=client_lang,
        user=ME,
        org=org,
        orig_sent=orig_sent,
        subject=subject,
        body=body,
        note=user_note,
    )
    label = dict(label or {"kind": NEG})
    label["original_sender"] = org[1]
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def html_page(*paragraphs: str) -> str:
    """A small HTML-only body: paragraphs and one table-like block, as newsletters send."""
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in paragraphs)
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


# --------------------------------------------------------------------------------------
def ticketconf() -> Iterator[Case]:
    f = "ticketconf"
    text = (
        "Hi Alex,\n\nYou're going to Women in Data London: Careers Night!\n\nOrder #48213377 - "
        "1 x General admission (free)\n\nThursday, 10 December 2026, 6:30 PM - 9:00 PM GMT\n"
        "Huckletree, 18 Finsbury Square, London\n\nYour ticket is attached as a PDF. Show the "
        "QR code at the door.\n\nAdd to calendar | View event | Contact the organiser\n\n"
        "This email was sent to alex.morgan@mailbox.example. Unsubscribe from organiser updates."
    )
    yield case(
        f,
        "order_careers_night",
        "en",
        ("Eventpass", "noreply@orders.eventpass.example.com"),
        "Your ticket for Women in Data London: Careers Night",
        at(2026, 12, 1, 19, 4, "Europe/London"),
        "Ticket confirmation (text + HTML, List-Unsubscribe, Precedence: bulk) for a careers "
        "evening on Thursday 10 December 6:30-9:00 PM GMT; an order number, a venue, a QR code.",
        text=text,
        html=html_page(*text.split("\n\n")),
        headers=BULK,
    )
    yield case(
        f,
        "bestellung_karrieretag",
        "de",
        ("Karrieretag Frontend", "tickets@karrieretag-frontend.example.de"),
        "Ihre Bestellung für Karrieretag Frontend 2026 war erfolgreich",
        at(2026, 12, 2, 10, 12, "Europe/Berlin"),
        "Pretix-like order confirmation: 'Bestellcode: K7QRT', 'Beginn: Sa, 12.12.2026 10:00', "
        "'Einlass ab 9:30'.",
        text=(
            "Hallo Alex Morgan,\n\nvielen Dank für Ihre Bestellung für Karrieretag Frontend "
            "2026.\n\nBestellcode: K7QRT\nProdukt: Tagesticket Besucher*in\nBeginn: Sa, "
            "12.12.2026 10:00\nEnde: Sa, 12.12.2026 17:00\nEinlass ab 9:30\nOrt: Kulturbrauerei,"
            " Schönhauser Allee 36, Berlin\n\nSie können Ihre Bestellung jederzeit unter "
            "folgendem Link ansehen und ändern: https://tickets.karrieretag-frontend.example.de/"
            "order/K7QRT/\n\nIhr Karrieretag-Team"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "billet_salon_emploi",
        "fr",
        ("Billetterie Salon Tech & Emploi", "billetterie@salontech.example.fr"),
        "Votre billet pour « Salon Tech & Emploi Lyon »",
        at(2026, 12, 2, 8, 30, "Europe/Paris"),
        "HTML-only ticket: 'jeudi 10 décembre 2026 de 9h00 à 17h00', a badge number and a plan "
        "of the halls.",
        html=html_page(
            "Bonjour Alex,",
            "Merci pour votre inscription ! Voici votre billet pour <b>Salon Tech &amp; Emploi "
            "Lyon</b>.",
            "Date : jeudi 10 décembre 2026 de 9h00 à 17h00\nLieu : Cité Internationale, Lyon\n"
            "Badge n° SE-20931",
            "Présentez ce billet (imprimé ou sur mobile) à l'accueil. Plan des halls et liste des"
            " exposants sur notre site.",
            "L'équipe du Salon",
        ),
        headers=UNSUB,
    )
    text = (
        "¡Hola, Alex!\n\nEstás inscrito en Noche de entrevistas simuladas.\n\nmiércoles, 16 de "
        "diciembre · 19:00 – 21:00 CET\nImpact Hub Madrid, Calle Alameda 22\n\nEl evento tiene "
        "plazas para 40 personas; si no puedes venir, cancela tu plaza para que otra persona "
        "pueda ir.\n\nVer evento · Añadir al calendario"
    )
    yield case(
        f,
        "inscrito_entrevistas_simuladas",
        "es",
        ("Lumo Eventos", "hola@lumo-eventos.example.com"),
        "Inscripción confirmada: Noche de entrevistas simuladas",
        at(2026, 12, 3, 12, 0, "Europe/Madrid"),
        "Luma-like registration for a mock-interview evening for 40 people, 'miércoles, 16 de "
        "diciembre · 19:00 – 21:00 CET'.",
        text=text,
        html=html_page(*text.split("\n\n")),
        headers=BULK,
    )
    yield case(
        f,
        "iscrizione_giornate_lavoro",
        "it",
        ("Segreteria Giornate del Lavoro", "indico@eventi.unipd-lavoro.example.it"),
        "Iscrizione confermata – Giornate del Lavoro 2026",
        at(2026, 12, 1, 15, 20, "Europe/Rome"),
        "Indico-like registration: 'La sua iscrizione è stata confermata'; the programme starts "
        "on Monday 14 December at 9:00 and lists talks.",
        text=(
            "Gentile Alex Morgan,\n\nla sua iscrizione all'evento «Giornate del Lavoro 2026» è "
            "stata confermata.\n\nDettagli della registrazione\nNumero di registrazione: 112\n"
            "Evento: Giornate del Lavoro 2026 (14–15 dicembre 2026)\n\nIl programma inizia "
            "lunedì 14 dicembre alle 9:00 in Aula Magna con i saluti del Rettore; alle 11:30 "
            "tavola rotonda con le aziende.\n\nPuò consultare il programma completo e modificare"
            " la sua registrazione alla pagina dell'evento.\n\nLa segreteria organizzativa"
        ),
    )
    yield forwarded(
        f,
        "fwd_tickets_sollicitatiedag",
        "nl",
        client="gmail",
        client_lang="en",
        org=("Ticketlab", "tickets@ticketlab.example.nl"),
        orig_sent=at(2026, 12, 2, 20, 15, "Europe/Amsterdam"),
        subject="Je tickets voor Open Sollicitatiedag Utrecht",
        body=(
            "Hoi Alex,\n\nBedankt voor je bestelling! Hieronder vind je je e-ticket.\n\nOpen "
            "Sollicitatiedag Utrecht\nzaterdag 12 december 2026, 10:00 – 16:00\nJaarbeurs, "
            "Hal 3\n\nBestelnummer: TL-558120\nAantal: 1\n\nTot dan!\nTicketlab"
        ),
        user_note="Voor de agenda, geen gesprek.",
        label=None,
        note="Gmail forward (English layout) of a Dutch e-ticket for an application day on "
        "Saturday 12 December 10:00-16:00, with a Dutch note.",
    )
    st = at(2026, 12, 10, 19, 15, "Europe/London", "Thu")
    yield case(
        f,
        "control_own_slot_careers_night",
        "en",
        ("Eventpass", "noreply@orders.eventpass.example.com"),
        "Your 1:1 interview slot with Northwind at Careers Night",
        at(2026, 12, 4, 11, 0, "Europe/London"),
        "Control in the platform's voice (with List-Unsubscribe): Northwind gives the reader an "
        "interview of their own at the careers night, Thursday 10 December 7:15-7:35 PM GMT "
        "(an abbreviation: no zone label).",
        text=(
            "Hi Alex,\n\nGood news: Northwind Logistics has invited you to a 1:1 interview at "
            "Women in Data London: Careers Night.\n\nYour interview: Thursday, 10 December 2026,"
            " 7:15 PM - 7:35 PM GMT\nWith: Hannah Cole, Data Team Lead\nWhere: Meeting room 2, "
            "first floor\n\nPlease arrive 10 minutes early and bring your ticket."
        ),
        label=slot(st, st + timedelta(minutes=20)),
        headers=UNSUB,
    )
    st = at(2026, 12, 15, 14, 0, "Europe/Berlin", "Tue")
    sent = at(2026, 12, 4, 9, 40, "Europe/Berlin")
    yield case(
        f,
        "control_einladung_nach_karrieretag",
        "de",
        ("Lena Vogt", "lena.vogt@pixelhafen.example.de"),
        "Einladung zum Vorstellungsgespräch – Pixelhafen",
        sent,
        "Control: an exhibitor met at the careers day invites the reader, 'Dienstag, 15.12.2026 "
        "um 14:00 Uhr', one hour; no zone.",
        text=(
            "Hallo Alex,\n\nschön, dass wir uns am Stand kennengelernt haben. Wir laden Sie "
            "herzlich zum Vorstellungsgespräch am Dienstag, 15.12.2026 um 14:00 Uhr ein (Dauer: "
            "1 Stunde), bei uns im Büro in der Großen Elbstraße 14, Hamburg.\n\nBitte geben Sie "
            "mir kurz Bescheid, ob der Termin passt.\n\nViele Grüße\nLena Vogt\nPixelhafen GmbH"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent, org="lena.vogt@pixelhafen.example.de"),
    )


def agendadigest() -> Iterator[Case]:
    f = "agendadigest"
    yield case(
        f,
        "agenda_tomorrow",
        "en",
        ("Calendar", "calendar-digest@planner.example.com"),
        "Your agenda for Wednesday, December 9",
        at(2026, 12, 8, 18, 0, "Europe/London"),
        "Daily agenda of the reader's own calendar: stand-up, lunch, dentist; no interview.",
        text=(
            "Good evening, Alex. Here is your agenda for tomorrow, Wednesday, December 9, 2026."
            "\n\n9:30 AM - 9:45 AM   Stand-up (Volunteer coding club)\n12:00 PM - 1:00 PM   "
            "Lunch with Sam\n4:00 PM - 4:30 PM   Dentist - Dr Patel\n\nAll times are in GMT.\n"
            "You are receiving this daily agenda because it is turned on in your settings."
        ),
        headers={"Auto-Submitted": "auto-generated"},
    )
    yield case(
        f,
        "termine_morgen",
        "de",
        ("Kalender", "kalender@mailbox-web.example.de"),
        "Ihre Termine für morgen, Donnerstag, 10. Dezember",
        at(2026, 12, 9, 19, 0, "Europe/Berlin"),
        "German daily overview with two private appointments (car workshop, choir).",
        text=(
            "Guten Abend Alex,\n\nIhre Termine für morgen, Donnerstag, 10. Dezember 2026:\n\n"
            "08:15 – 09:00  Werkstatt: Winterreifen wechseln\n19:30 – 21:00  Chorprobe\n\n"
            "Diese Übersicht wird täglich um 19:00 Uhr verschickt. Sie können sie in den "
            "Kalendereinstellungen abbestellen."
        ),
        headers={"Auto-Submitted": "auto-generated"},
    )
    yield case(
        f,
        "semaine_trois_evenements",
        "fr",
        ("Agenda", "agenda-resume@courriel.example.fr"),
        "Votre semaine : 3 événements à venir",
        at(2026, 12, 6, 18, 0, "Europe/Paris"),
        "French weekly summary (HTML only) of three of the reader's own events.",
        html=html_page(
            "Bonjour Alex,",
            "Voici les événements de votre semaine du 7 au 13 décembre 2026 :",
            "lundi 7 décembre, 18:30 – 19:30 : Cours de yoga\nmercredi 9 décembre, 12:15 : "
            "Déjeuner avec Claire\nsamedi 12 décembre, 10:00 – 12:00 : Marché de Noël de l'école",
            "Bonne semaine !",
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "agenda_amanha",
        "pt-BR",
        ("Agenda", "agenda@correio-web.example.com.br"),
        "Sua agenda de amanhã",
        at(2026, 12, 10, 20, 0, "America/Sao_Paulo"),
        "Brazilian daily agenda with a single item: a dental appointment at 10:00-11:00.",
        text=(
            "Olá, Alex!\n\nVocê tem 1 evento amanhã, sexta-feira, 11 de dezembro de 2026:\n\n"
            "10:00 – 11:00  Consulta odontológica – Dra. Helena\n\nVocê recebe este resumo "
            "diário porque ativou as notificações por e-mail."
        ),
        headers={"Auto-Submitted": "auto-generated"},
    )
    yield case(
        f,
        "dagens_schema",
        "sv",
        ("Kalendern", "kalender@webbpost.example.se"),
        "Dagens schema – tisdag 15 december",
        at(2026, 12, 15, 6, 30, "Europe/Stockholm"),
        "Swedish morning digest: a haircut and a parents' meeting at school.",
        text=(
            "God morgon Alex!\n\nDagens schema, tisdag 15 december 2026:\n\nkl. 11.00–11.45  "
            "Frisör\nkl. 17.30–18.30  Föräldramöte, Ekbackens skola\n\nHa en bra dag!"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    )
    yield forwarded(
        f,
        "fwd_weekly_summary",
        "en",
        client="gmail",
        client_lang="en",
        org=("Planner", "calendar-digest@planner.example.com"),
        orig_sent=at(2026, 12, 6, 17, 0, "Europe/London"),
        subject="Your week ahead: 2 events",
        body=(
            "Hi Alex,\n\nHere's your week ahead.\n\nMon, Dec 7 - 7:00 PM - 8:30 PM: Pub quiz "
            "(The Crown)\nFri, Dec 11 - 9:00 AM: Car MOT at Halfords\n\nHave a good week!"
        ),
        user_note="fyi - just my week, can you block these as busy?",
        label=None,
        note="Gmail forward of a weekly summary with two private events and the reader's note.",
    )
    st = at(2026, 12, 10, 14, 0, "Europe/London", "Thu")
    yield case(
        f,
        "control_invited_interview",
        "en",
        ("Planner", "calendar-notification@planner.example.com"),
        "Invitation: Interview - Product Designer @ Thu 10 Dec 2026 14:00 - 14:45",
        at(2026, 12, 3, 10, 0, "Europe/London"),
        "Control: the same calendar tool delivers an invitation: 'Thursday 10 December 2026 · "
        "14:00 – 14:45 (Europe/London)'.",
        text=(
            "Dana Reyes has invited you to:\nInterview - Product Designer\n\nWhen: Thursday 10 "
            "December 2026 · 14:00 – 14:45 (Europe/London)\nJoin: https://meet.example.com/"
            "kpd-rqzt-wpa\nOrganizer: dana.reyes@lumenworks.example.com\n\nGoing? Yes - Maybe "
            "- No"
        ),
        label=slot(st, st + timedelta(minutes=45), zone="Europe/London"),
    )
    st = at(2026, 12, 17, 10, 0, "Europe/Berlin", "Thu")
    yield case(
        f,
        "control_einladung_kalender",
        "de",
        ("Kalender", "kalender@mailbox-web.example.de"),
        "Einladung: Vorstellungsgespräch Softwareentwicklung (Do 17.12.2026 10:00 - 11:00)",
        at(2026, 12, 7, 14, 30, "Europe/Berlin"),
        "Control: the same German calendar service delivers an invitation, '10:00 – 11:00 "
        "(MEZ)': an abbreviation, so no zone label.",
        text=(
            "Markus Brandt hat Sie zu folgendem Termin eingeladen:\n\nVorstellungsgespräch "
            "Softwareentwicklung\nDonnerstag, 17. Dezember 2026, 10:00 – 11:00 (MEZ)\nOrt: "
            "Datenwerk AG, Raum 3.04, Leipzig\nOrganisator: Markus Brandt\n\nAnnehmen | "
            "Vielleicht | Ablehnen"
        ),
        label=slot(st, st + timedelta(hours=1)),
    )


def officehours() -> Iterator[Case]:
    f = "officehours"
    many = {"Cc": ", ".join(f"student{n}@students.cityuni.example.ac.uk" for n in range(1, 9))}
    yield case(
        f,
        "office_hours_this_week",
        "en",
        ("Dr Helen Ward", "h.ward@cityuni.example.ac.uk"),
        "Office hours this week",
        at(2026, 12, 7, 9, 0, "Europe/London"),
        "Lecturer to the class (eight students in Cc): office hours Thursday 10 December 3-5 "
        "pm, no appointment needed.",
        text=(
            "Dear all,\n\nMy office hours this week are on Thursday 10 December from 3 to 5 pm "
            "in room 4.12 of the Ashby Building. No appointment is needed - just drop by if you "
            "want to talk about your project or your placement applications.\n\nBest wishes,\n"
            "Helen Ward"
        ),
        headers=many,
    )
    yield case(
        f,
        "sprechstunde_verlegt",
        "de",
        ("Sekretariat Informatik", "sekretariat-inf@uni-nordstadt.example.de"),
        "Sprechstunde Prof. Krüger am 9.12.",
        at(2026, 12, 3, 11, 20, "Europe/Berlin"),
        "Department mailing-list notice (Precedence: list): the professor's consultation "
        "hour on Wednesday 9.12. 14-15 Uhr.",
        text=(
            "Liebe Studierende,\n\ndie Sprechstunde von Prof. Dr. Krüger findet in dieser Woche "
            "ausnahmsweise am Mittwoch, 9.12.2026, von 14:00 bis 15:00 Uhr in Raum E 204 statt. "
            "Eine Anmeldung ist nicht erforderlich.\n\nMit freundlichen Grüßen\nSekretariat "
            "Informatik"
        ),
        headers={"Precedence": "list", "List-Id": "<studierende-inf.uni-nordstadt.example.de>"},
    )
    yield case(
        f,
        "tutorias_orientacion",
        "es",
        ("Servicio de Empleo", "empleo@univ-levante.example.es"),
        "Tutorías de orientación laboral – diciembre",
        at(2026, 12, 2, 10, 0, "Europe/Madrid"),
        "Career-service drop-in hours for students: 'martes 15 de diciembre de 10:00 a 13:00, "
        "sin cita previa'.",
        text=(
            "Hola:\n\nTe recordamos que el Servicio de Empleo ofrece tutorías de orientación "
            "laboral sin cita previa el martes 15 de diciembre de 10:00 a 13:00 en el edificio "
            "del Rectorado (planta baja). Trae tu CV si quieres que lo revisemos.\n\nServicio de"
            " Empleo\nUniversidad de Levante"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "inloopspreekuur",
        "nl",
        ("Career Service", "careerservice@hogeschool-delta.example.nl"),
        "Inloopspreekuur Career Service",
        at(2026, 12, 4, 9, 15, "Europe/Amsterdam"),
        "Dutch career-service walk-in hour, HTML only: 'donderdag 10 december van 13:00 tot "
        "15:00'.",
        html=html_page(
            "Beste student,",
            "Heb je vragen over solliciteren, je cv of een stage? Kom langs bij het "
            "<b>inloopspreekuur</b> van de Career Service op donderdag 10 december van 13:00 tot"
            " 15:00 in lokaal B1.20. Aanmelden is niet nodig.",
            "Groet,\nCareer Service Hogeschool Delta",
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "dyzur_doradcy",
        "pl",
        ("Biuro Karier", "biurokarier@polit-wroc.example.pl"),
        "Dyżur doradcy kariery w grudniu",
        at(2026, 12, 1, 12, 0, "Europe/Warsaw"),
        "Polish career-office consultation hour: 'wtorek 8 grudnia, godz. 12:00–14:00, pokój 105'.",
        text=(
            "Dzień dobry,\n\ninformujemy, że dyżur doradcy kariery odbędzie się we wtorek 8 "
            "grudnia 2026 r. w godz. 12:00–14:00 w pokoju 105 (budynek C-13). Zapraszamy "
            "wszystkich studentów, zapisy nie są wymagane.\n\nBiuro Karier"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "ricevimento_spostato",
        "it",
        ("Prof. Marco Bassi", "marco.bassi@ateneo-emilia.example.it"),
        "Ricevimento studenti spostato",
        at(2026, 12, 7, 17, 45, "Europe/Rome"),
        "Italian notice to the course list: the professor's student hour is moved to Friday 11 "
        "December at 10:30.",
        text=(
            "Care studentesse, cari studenti,\n\nil ricevimento di questa settimana è spostato "
            "a venerdì 11 dicembre alle 10:30, nel mio studio (piano 2, stanza 18), invece che "
            "giovedì.\n\nCordiali saluti\nMarco Bassi"
        ),
        headers={"Precedence": "list", "List-Id": "<economia-aziendale.ateneo-emilia.example.it>"},
    )
    st = at(2026, 12, 15, 11, 0, "Europe/London", "Tue")
    yield case(
        f,
        "control_phd_interview",
        "en",
        ("Dr Helen Ward", "h.ward@cityuni.example.ac.uk"),
        "PhD studentship - invitation to interview",
        at(2026, 12, 4, 16, 0, "Europe/London"),
        "Control: the same lecturer invites the reader alone to a PhD interview on Tuesday 15 "
        "December at 11:00 GMT for 30 minutes.",
        text=(
            "Dear Alex,\n\nThank you for your application for the funded PhD studentship in "
            "urban data science. We would like to invite you to an interview on Tuesday 15 "
            "December at 11:00 GMT (30 minutes) on Teams: https://teams.example.com/l/meetup-"
            "join/19cityphd\n\nThe panel will be myself and Prof. Okafor.\n\nBest wishes,\n"
            "Helen Ward"
        ),
        label=slot(st, st + timedelta(minutes=30), org="h.ward@cityuni.example.ac.uk"),
    )
    st = at(2026, 12, 17, 9, 30, "Europe/Warsaw", "Thu")
    sent = at(2026, 12, 7, 13, 0, "Europe/Warsaw")
    yield case(
        f,
        "control_rozmowa_doktorancka",
        "pl",
        ("Szkoła Doktorska", "szkoladoktorska@polit-wroc.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        sent,
        "Control: the university invites the reader to an admission interview, 'w czwartek 17 "
        "grudnia o godz. 9:30'; no zone.",
        text=(
            "Szanowny Panie,\n\nuprzejmie zapraszamy na rozmowę kwalifikacyjną do Szkoły "
            "Doktorskiej w czwartek 17 grudnia 2026 r. o godz. 9:30, sala 310, budynek A-1.\n\n"
            "Z poważaniem\nSekretariat Szkoły Doktorskiej"
        ),
        label=slot(st, sent=sent),
    )


def counterprop() -> Iterator[Case]:
    f = "counterprop"
    yield case(
        f,
        "you_declined_book_club",
        "en",
        ("Calendar", "calendar-notification@planner.example.com"),
        "Declined: Book club @ Thu Dec 10, 2026 7pm - 9pm (GMT)",
        at(2026, 12, 4, 8, 10, "Europe/London"),
        "The reader's own decline, echoed by the calendar: 'You declined this event'.",
        text=(
            "You declined this event.\n\nBook club\nThursday Dec 10, 2026 ⋅ 7pm – 9pm (Greenwich"
            " Mean Time)\nOrganizer: sam.patel@mailbox.example\n\nInvitation from the calendar. "
            "You are receiving this email because you are an attendee of the event."
        ),
    )
    yield case(
        f,
        "new_time_proposed_team_lunch",
        "en",
        ("Kim Lee", "kim.lee@mailbox.example"),
        "New Time Proposed: Volunteers lunch",
        at(2026, 12, 3, 15, 40, "America/New_York"),
        "Outlook-like counter-proposal to a lunch the reader organises: 'Kim Lee has proposed a "
        "new time for this meeting'.",
        text=(
            "Kim Lee has proposed a new time for this meeting.\n\nVolunteers lunch\n\nProposed "
            "time: Friday, December 11, 2026 12:30 PM-1:30 PM (UTC-05:00) Eastern Time (US & "
            "Canada)\nCurrent time: Thursday, December 10, 2026 12:30 PM-1:30 PM\n\nAccept "
            "proposal | Review"
        ),
    )
    yield case(
        f,
        "neue_zeit_vorgeschlagen",
        "de",
        ("Mara Schulz", "mara.schulz@mailbox.example"),
        "Neue Uhrzeit vorgeschlagen: Lauftreff",
        at(2026, 12, 5, 9, 0, "Europe/Berlin"),
        "German counter-proposal for a running group the reader organises.",
        text=(
            "Mara Schulz hat eine neue Uhrzeit für diesen Termin vorgeschlagen.\n\nLauftreff "
            "Stadtpark\nVorgeschlagen: Samstag, 12. Dezember 2026 09:00–10:00\nBisher: Samstag,"
            " 12. Dezember 2026 08:00–09:00\n\nVorschlag annehmen | Ablehnen"
        ),
    )
    yield case(
        f,
        "vous_avez_refuse",
        "fr",
        ("Agenda", "agenda-notifications@courriel.example.fr"),
        "Refusé : Apéro des anciens – jeu. 10 déc. 19:00",
        at(2026, 12, 4, 21, 0, "Europe/Paris"),
        "French notice of the reader's own refusal of an alumni drink.",
        text=(
            "Vous avez refusé cette invitation.\n\nApéro des anciens de l'IUT\njeudi 10 "
            "décembre 2026, 19:00 – 21:00\nLieu : Le Comptoir, Nantes\nOrganisateur : Julien "
            "Moreau\n\nVous pouvez modifier votre réponse dans votre agenda."
        ),
    )
    yield case(
        f,
        "propuso_nuevo_horario",
        "es",
        ("Laura Benítez", "laura.benitez@mailbox.example"),
        "Nuevo horario propuesto: Intercambio de idiomas",
        at(2026, 12, 6, 11, 30, "Europe/Madrid"),
        "Spanish counter-proposal to a language exchange the reader organises.",
        text=(
            "Laura Benítez propuso un nuevo horario para «Intercambio de idiomas».\n\nHorario "
            "propuesto: martes, 15 de diciembre de 2026, 18:00 – 19:00\nHorario actual: lunes, 14"
            " de diciembre de 2026, 18:00 – 19:00\n\nAceptar propuesta · Ver en el calendario"
        ),
    )
    yield case(
        f,
        "geweigerd_voetbal",
        "nl",
        ("Agenda", "agenda@webmail.example.nl"),
        "Geweigerd: Voetbaltraining zaterdag",
        at(2026, 12, 8, 7, 50, "Europe/Amsterdam"),
        "Dutch: a team mate declined the training the reader organises, with a note.",
        text=(
            "Ruben Jansen heeft uw uitnodiging geweigerd.\n\nVoetbaltraining zaterdag\nzaterdag "
            "12 december 2026 10:00-11:30\nSportpark De Wetering\n\nBericht van Ruben: Sorry, "
            "ben dit weekend weg."
        ),
    )
    st = at(2026, 12, 10, 15, 0, "America/New_York", "Thu")
    yield case(
        f,
        "control_new_time_interview",
        "en",
        ("Jordan Price", "jordan.price@harborline.example.com"),
        "New time for your interview: Thursday, December 10 at 3:00 PM ET",
        at(2026, 12, 7, 10, 20, "America/New_York"),
        "Control: the interviewer moves the reader's own interview from Wednesday to Thursday "
        "3:00 PM ET (abbreviation: instant only); reschedule.",
        text=(
            "Hi Alex,\n\nSomething came up on Wednesday, so I've moved our interview: it is now"
            " on Thursday, December 10 at 3:00 PM ET instead of Wednesday, December 9 at 11:00"
            " AM. Same Zoom link: https://zoom.example/j/84412093377\n\nSorry for the shuffle,"
            "\nJordan Price\nEngineering Manager, Harborline"
        ),
        label=slot(st, kind="reschedule", org="jordan.price@harborline.example.com"),
    )
    st = at(2026, 12, 11, 10, 0, "Europe/Berlin", "Fri")
    sent = at(2026, 12, 7, 16, 5, "Europe/Berlin")
    yield case(
        f,
        "control_neuer_termin",
        "de",
        ("Sabine Roth", "sabine.roth@mittelwerk.example.de"),
        "Neuer Termin für Ihr Vorstellungsgespräch",
        sent,
        "Control: German HR moves the reader's interview to 'Freitag, 11.12.2026, 10:00 Uhr' "
        "instead of Thursday; reschedule, no zone.",
        text=(
            "Hallo Alex,\n\nleider müssen wir Ihr Vorstellungsgespräch verschieben. Der neue "
            "Termin ist Freitag, 11.12.2026, 10:00 Uhr (statt Donnerstag, 10.12., 14:00 Uhr).\n"
            "\nViele Grüße\nSabine Roth\nPersonal, Mittelwerk GmbH"
        ),
        label=slot(st, kind="reschedule", sent=sent, org="sabine.roth@mittelwerk.example.de"),
    )


def booknudge() -> Iterator[Case]:
    f = "booknudge"
    yield case(
        f,
        "not_booked_yet",
        "en",
        ("Brightfield Careers", "careers@brightfield.example.com"),
        "Reminder: book your interview slot",
        at(2026, 12, 7, 9, 0, "America/New_York"),
        "Nudge to book: 'you haven't booked your interview yet', slots close Friday, December "
        "11 at 5:00 PM ET.",
        text=(
            "Hi Alex,\n\nWe noticed you haven't booked your first-round interview yet. Slots "
            "close on Friday, December 11 at 5:00 PM ET - after that we can't guarantee a time "
            "before the holidays.\n\nBook your slot: https://careers.brightfield.example.com/"
            "schedule/a8k2\n\nBrightfield Talent Team"
        ),
    )
    yield case(
        f,
        "termin_buchen_erinnerung",
        "de",
        ("Recruiting Nordlicht", "recruiting@nordlicht-energie.example.de"),
        "Erinnerung: Bitte buchen Sie Ihren Termin",
        at(2026, 12, 8, 8, 30, "Europe/Berlin"),
        "German reminder: free slots for the video interview can be booked until Wednesday, "
        "16.12.2026, 18:00 Uhr.",
        text=(
            "Hallo Alex Morgan,\n\nSie haben noch keinen Termin für Ihr Videointerview gebucht. "
            "Freie Termine können Sie noch bis Mittwoch, 16.12.2026, 18:00 Uhr über folgenden "
            "Link auswählen: https://nordlicht-energie.example.de/termin/78812\n\nIhr Recruiting"
            "-Team"
        ),
    )
    yield case(
        f,
        "reste_deux_jours",
        "fr",
        ("Recrutement Maison Verne", "recrutement@maisonverne.example.fr"),
        "Plus que 2 jours pour réserver votre entretien",
        at(2026, 12, 8, 10, 0, "Europe/Paris"),
        "French nudge: the last free slot is on Thursday 10 December at 16h30; nothing booked.",
        html=html_page(
            "Bonjour Alex,",
            "Il vous reste 2 jours pour réserver votre créneau d'entretien. Le dernier créneau "
            "encore disponible est le jeudi 10 décembre à 16h30.",
            "<a href='https://maisonverne.example.fr/rdv/qx3'>Réserver mon créneau</a>",
            "L'équipe Recrutement",
        ),
    )
    yield case(
        f,
        "non_hai_prenotato",
        "it",
        ("Selezione Lagunare", "selezione@lagunare.example.it"),
        "Non hai ancora prenotato il tuo colloquio",
        at(2026, 12, 9, 9, 0, "Europe/Rome"),
        "Italian: bookings close on Monday 14 December at 12:00.",
        text=(
            "Ciao Alex,\n\nnon hai ancora prenotato il tuo colloquio conoscitivo. Le "
            "prenotazioni chiudono lunedì 14 dicembre alle 12:00: scegli un orario dal "
            "calendario al link qui sotto.\n\nhttps://lagunare.example.it/prenota/55\n\nIl team "
            "Selezione"
        ),
    )
    yield case(
        f,
        "ainda_nao_agendou",
        "pt-BR",
        ("Talentos Ipê", "talentos@ipe-digital.example.com.br"),
        "Você ainda não agendou sua entrevista",
        at(2026, 12, 8, 11, 0, "America/Sao_Paulo"),
        "Brazilian nudge: the calendar is open until Friday 11/12 at 18h.",
        text=(
            "Oi, Alex!\n\nVocê ainda não agendou sua entrevista com o time de Dados. A agenda "
            "fica aberta até sexta-feira, 11/12, às 18h – depois disso os horários serão "
            "liberados para outros candidatos.\n\nAgende aqui: https://ipe-digital.example.com."
            "br/agenda/x1\n\nTime de Talentos"
        ),
    )
    yield forwarded(
        f,
        "fwd_boka_senast",
        "sv",
        client="apple",
        client_lang="en",
        org=("Rekrytering Fjällvind", "rekrytering@fjallvind.example.se"),
        orig_sent=at(2026, 12, 7, 14, 0, "Europe/Stockholm"),
        subject="Påminnelse: boka din intervjutid",
        body=(
            "Hej Alex,\n\nDu har ännu inte bokat någon intervjutid. Boka senast torsdag 10 "
            "december kl. 12.00 via länken nedan, annars går tiderna till andra sökande.\n\n"
            "https://fjallvind.example.se/boka/93\n\nVänliga hälsningar\nRekrytering Fjällvind"
        ),
        user_note="Måste boka innan torsdag!",
        label=None,
        note="Apple Mail forward of a Swedish nudge to book before Thursday 10 December 12.00.",
    )
    st = at(2026, 12, 15, 10, 30, "America/New_York", "Tue")
    yield case(
        f,
        "control_booked_confirmation",
        "en",
        ("Brightfield Careers", "careers@brightfield.example.com"),
        "Confirmed: your interview on Tuesday, December 15",
        at(2026, 12, 8, 13, 0, "America/New_York"),
        "Control: after booking, 'your interview is confirmed for Tuesday, December 15, "
        "10:30-11:00 AM ET'.",
        text=(
            "Hi Alex,\n\nThanks for booking. Your interview is confirmed for Tuesday, December "
            "15, 10:30 - 11:00 AM ET with Maria Gomez (Analytics Lead).\n\nJoin: https://"
            "meet.example.com/bf-int-2291\n\nBrightfield Talent Team"
        ),
        label=slot(st, st + timedelta(minutes=30)),
    )
    st = at(2026, 12, 10, 16, 30, "Europe/Paris", "Thu")
    yield case(
        f,
        "control_entretien_reserve",
        "fr",
        ("Recrutement Maison Verne", "recrutement@maisonverne.example.fr"),
        "Votre entretien est réservé",
        at(2026, 12, 8, 18, 0, "Europe/Paris"),
        "Control: 'jeudi 10 décembre 2026 de 16h30 à 17h00 (heure de Paris)'.",
        text=(
            "Bonjour Alex,\n\nVotre entretien est réservé : jeudi 10 décembre 2026 de 16h30 à "
            "17h00 (heure de Paris), avec Inès Garnier, responsable des achats, en "
            "visioconférence : https://visio.example.fr/mv-2207\n\nL'équipe Recrutement"
        ),
        label=slot(st, st + timedelta(minutes=30), zone="Europe/Paris"),
    )


def bgcheck() -> Iterator[Case]:
    f = "bgcheck"
    yield case(
        f,
        "upload_id_deadline",
        "en",
        ("VerifyRight", "no-reply@verifyright.example.com"),
        "Action needed: your background check for Harborline",
        at(2026, 12, 8, 10, 0, "America/New_York"),
        "Background-check vendor: upload ID by Monday, December 14 at 11:59 PM ET.",
        text=(
            "Hi Alex,\n\nHarborline has asked us to complete a background check as part of your"
            " application. Please upload a photo ID and confirm your address history by Monday,"
            " December 14 at 11:59 PM ET.\n\nStart here: https://verifyright.example.com/c/"
            "hb-33\n\nQuestions? Reply to this email."
        ),
    )
    yield forwarded(
        f,
        "fwd_ac_ergebnis",
        "de",
        client="outlook",
        client_lang="de",
        org=("Personalentwicklung Rheinhafen", "ac@rheinhafen-ag.example.de"),
        orig_sent=at(2026, 12, 4, 15, 0, "Europe/Berlin"),
        subject="Ergebnis Ihres Assessment-Centers",
        body=(
            "Sehr geehrter Herr Morgan,\n\nSie haben das Assessment-Center am 3.12. erfolgreich "
            "absolviert – herzlichen Glückwunsch! Die Fachabteilung stimmt sich jetzt ab; wir "
            "teilen Ihnen das Ergebnis bis Freitag, 11.12.2026, 12:00 Uhr mit.\n\nMit "
            "freundlichen Grüßen\nPersonalentwicklung"
        ),
        user_note="Zur Info, AC bestanden.",
        label=None,
        note="Outlook (de) forward of an assessment-centre result; the decision comes by Friday "
        "11.12. 12:00.",
    )
    yield case(
        f,
        "right_to_work_dropin",
        "en-GB",
        ("People Team", "people@kestrelbank.example.co.uk"),
        "Right to work check - bring your passport",
        at(2026, 12, 3, 12, 0, "Europe/London"),
        "Right-to-work check: bring the passport to reception any time between 9:00 and 11:00 "
        "on Wednesday 9 December.",
        text=(
            "Hi Alex,\n\nBefore your contract can be issued we need to see your passport. "
            "Please drop it in at reception any time between 9:00 and 11:00 on Wednesday 9 "
            "December; a member of the People Team will copy it while you wait.\n\nThanks,\n"
            "People Team, Kestrel Bank"
        ),
    )
    yield case(
        f,
        "antecedentes_completados",
        "es",
        ("Verificaciones Laborales", "avisos@verilab.example.es"),
        "Verificación de antecedentes completada",
        at(2026, 12, 9, 13, 0, "Europe/Madrid"),
        "Spanish vendor: check completed; the start date is Monday 4 January at 9:00.",
        text=(
            "Hola, Alex:\n\nLa verificación de antecedentes solicitada por Grupo Albora se ha "
            "completado sin incidencias. Según nos indica la empresa, tu fecha de incorporación"
            " es el lunes 4 de enero de 2027 a las 9:00.\n\nUn saludo,\nVerificaciones Laborales"
        ),
    )
    yield case(
        f,
        "vog_aanvragen",
        "nl",
        ("HR Polderzorg", "hr@polderzorg.example.nl"),
        "Vraag je VOG aan",
        at(2026, 12, 2, 9, 30, "Europe/Amsterdam"),
        "Dutch certificate of conduct: apply before Thursday 10 December 17:00.",
        text=(
            "Hoi Alex,\n\nVoor je indiensttreding hebben we een Verklaring Omtrent het Gedrag "
            "(VOG) nodig. Je ontvangt een aanvraaglink van Justis; rond de aanvraag graag af "
            "vóór donderdag 10 december 17:00.\n\nGroet,\nHR Polderzorg"
        ),
    )
    yield case(
        f,
        "resultado_assessment",
        "pt",
        ("Recursos Humanos Tejo", "rh@tejo-energia.example.pt"),
        "Resultados do assessment center",
        at(2026, 12, 7, 17, 0, "Europe/Lisbon"),
        "European Portuguese: the final decision is communicated on Wednesday 16 December by 17h.",
        text=(
            "Caro Alex,\n\nObrigado pela participação no assessment center da semana passada. Os"
            " resultados estão a ser analisados pela direção e a decisão final será comunicada "
            "na quarta-feira, 16 de dezembro, até às 17h.\n\nCom os melhores cumprimentos,\n"
            "Recursos Humanos"
        ),
    )
    st = at(2026, 12, 17, 13, 0, "America/New_York", "Thu")
    yield case(
        f,
        "control_cleared_final_interview",
        "en",
        ("Jordan Price", "jordan.price@harborline.example.com"),
        "Background check cleared - final interview",
        at(2026, 12, 10, 9, 0, "America/New_York"),
        "Control: after the check, the final interview with the VP on Thursday, December 17 at "
        "1:00 PM ET, 45 minutes.",
        text=(
            "Hi Alex,\n\nYour background check has cleared. The last step is a conversation "
            "with our VP of Engineering, Sarah Kim: I've booked it for Thursday, December 17 at "
            "1:00 PM ET (45 minutes) at our office, 200 Water Street, 12th floor.\n\nBest,\n"
            "Jordan"
        ),
        label=slot(st, st + timedelta(minutes=45), org="jordan.price@harborline.example.com"),
    )
    st = at(2026, 12, 15, 11, 0, "Europe/Amsterdam", "Tue")
    sent = at(2026, 12, 8, 15, 0, "Europe/Amsterdam")
    yield case(
        f,
        "control_tweede_gesprek",
        "nl",
        ("HR Polderzorg", "hr@polderzorg.example.nl"),
        "Uitnodiging tweede gesprek",
        sent,
        "Control: after the assessment, a second interview on Tuesday 15 December at 11:00; no "
        "zone.",
        text=(
            "Hoi Alex,\n\nGefeliciteerd, je bent door het assessment! We nodigen je uit voor "
            "het tweede gesprek op dinsdag 15 december om 11:00 bij ons op kantoor in Almere, "
            "met de teamleider en een collega.\n\nGroet,\nHR Polderzorg"
        ),
        label=slot(st, sent=sent),
    )


def freecheck() -> Iterator[Case]:
    f = "freecheck"
    yield case(
        f,
        "free_next_week",
        "en",
        ("Chloe Bennett", "chloe.bennett@talentbridge.example.co.uk"),
        "Quick chat next week?",
        at(2026, 12, 4, 11, 30, "Europe/London"),
        "Recruiter asks whether the reader is free next week and gives her own open afternoons "
        "(Tuesday 8 December after 2pm).",
        text=(
            "Hi Alex,\n\nThanks for sending your CV over. Are you free at all next week for a "
            "quick call about the role? I'm fairly open on Tuesday 8 December after 2pm and most"
            " of Thursday - let me know what works for you and I'll send an invite.\n\nChloe"
        ),
    )
    yield case(
        f,
        "zeit_naechste_woche",
        "de",
        ("Tobias Lenz", "t.lenz@lenz-personal.example.de"),
        "Kurzes Telefonat nächste Woche?",
        at(2026, 12, 4, 14, 0, "Europe/Berlin"),
        "German recruiter: 'Wann hätten Sie nächste Woche Zeit?'; he is reachable on Tuesday "
        "15.12. from 14 Uhr.",
        text=(
            "Hallo Herr Morgan,\n\nwann hätten Sie nächste Woche Zeit für ein kurzes Telefonat? "
            "Ich selbst bin am Dienstag, 15.12., ab 14 Uhr gut erreichbar. Schicken Sie mir "
            "gerne zwei, drei Zeitfenster, dann rufe ich an.\n\nBeste Grüße\nTobias Lenz"
        ),
    )
    yield case(
        f,
        "disponibilites",
        "fr",
        ("Nadia Benali", "nadia.benali@cabinet-orion.example.fr"),
        "Vos disponibilités la semaine prochaine",
        at(2026, 12, 3, 16, 0, "Europe/Paris"),
        "French: 'Envoyez-moi vos disponibilités'; she is free on Tuesday 15 December from 14h.",
        text=(
            "Bonjour Alex,\n\nSeriez-vous disponible la semaine prochaine pour un premier "
            "échange ? Envoyez-moi vos disponibilités ; de mon côté, je suis libre le mardi 15 "
            "décembre à partir de 14h.\n\nBien à vous,\nNadia Benali"
        ),
    )
    yield forwarded(
        f,
        "fwd_disponibilidad",
        "es",
        client="outlook",
        client_lang="es",
        org=("Pablo Ortega", "pablo.ortega@talento-sur.example.es"),
        orig_sent=at(2026, 12, 7, 10, 0, "Europe/Madrid"),
        subject="¿Tienes disponibilidad la semana que viene?",
        body=(
            "Hola Alex:\n\n¿Tienes disponibilidad la semana que viene para hablar del puesto? "
            "Dime dos o tres huecos que te vengan bien; yo estoy libre el miércoles 16 de 10:00 "
            "a 13:00.\n\nUn saludo,\nPablo"
        ),
        user_note="Le contesto mañana.",
        label=None,
        note="Outlook (es) forward: the recruiter asks for the reader's availability and gives "
        "his own free morning.",
    )
    yield case(
        f,
        "tid_naeste_uge",
        "da",
        ("Mette Holm", "mette.holm@holm-rekruttering.example.dk"),
        "Har du tid i næste uge?",
        at(2026, 12, 8, 9, 0, "Europe/Copenhagen"),
        "Danish: 'Send mig gerne et par tidspunkter'; she is free Thursday 17 December from 13.",
        text=(
            "Hej Alex,\n\nHar du tid til en kort snak i næste uge? Send mig gerne et par "
            "tidspunkter, der passer dig – jeg er selv ledig torsdag den 17. december fra kl. "
            "13.\n\nVenlig hilsen\nMette Holm"
        ),
    )
    yield case(
        f,
        "cas_pristi_tyden",
        "cs",
        ("Petra Dvořáková", "petra.dvorakova@nabor-plus.example.cz"),
        "Krátký hovor příští týden?",
        at(2026, 12, 8, 10, 0, "Europe/Prague"),
        "Czech: 'Pošlete mi prosím, kdy se Vám to hodí'; she can on Tuesday 15. 12. from 14:00.",
        text=(
            "Dobrý den,\n\nměl byste příští týden čas na krátký hovor o pozici? Pošlete mi "
            "prosím, kdy se Vám to hodí; já mohu v úterý 15. 12. od 14:00.\n\nS pozdravem\nPetra"
            " Dvořáková"
        ),
    )
    st = at(2026, 12, 10, 14, 30, "Europe/London", "Thu")
    yield case(
        f,
        "control_booked_thursday",
        "en",
        ("Chloe Bennett", "chloe.bennett@talentbridge.example.co.uk"),
        "Re: Quick chat next week?",
        at(2026, 12, 7, 9, 10, "Europe/London"),
        "Control: reply over the quoted question: Thursday 10 December at 2:30 PM GMT for 30 "
        "minutes is booked.",
        text=(
            "Hi Alex,\n\nGreat - Thursday works. I've booked us in for Thursday 10 December at "
            "2:30 PM GMT for 30 minutes; I'll call you on your mobile.\n\nChloe\n\nOn Fri, 4 Dec"
            " 2026 at 11:30, Chloe Bennett <chloe.bennett@talentbridge.example.co.uk> wrote:\n"
            + pp.quote(
                "Are you free at all next week for a quick call about the role? I'm fairly "
                "open on Tuesday 8 December after 2pm and most of Thursday."
            )
        ),
        label=slot(st, st + timedelta(minutes=30), org="chloe.bennett@talentbridge.example.co.uk"),
        reply=True,
    )
    st = at(2026, 12, 16, 11, 0, "Europe/Madrid", "Wed")
    yield case(
        f,
        "control_quedamos",
        "es",
        ("Pablo Ortega", "pablo.ortega@talento-sur.example.es"),
        "Quedamos el miércoles 16",
        at(2026, 12, 9, 12, 0, "Europe/Madrid"),
        "Control: 'quedamos el miércoles 16 de diciembre a las 11:00 (hora peninsular)'.",
        text=(
            "Hola Alex:\n\nPerfecto, quedamos el miércoles 16 de diciembre a las 11:00 (hora "
            "peninsular) por videollamada: https://meet.example.com/tsur-alex\n\nUn saludo,\n"
            "Pablo"
        ),
        label=slot(st, zone="Europe/Madrid", org="pablo.ortega@talento-sur.example.es"),
    )


def calshare() -> Iterator[Case]:
    f = "calshare"
    yield case(
        f,
        "shared_interview_calendar",
        "en",
        ("Calendar", "calendar-notification@planner.example.com"),
        "Priya Shah shared a calendar with you",
        at(2026, 12, 7, 9, 0, "America/Los_Angeles"),
        "Shared-calendar notice whose preview shows Priya's next event, an interview with "
        "another candidate.",
        text=(
            'Priya Shah has shared the calendar "Priya - Interviews" with you.\n\nUpcoming on'
            " this calendar:\nInterview - Senior Analyst candidate (J. Ortiz)\nTue Dec 15, 2026"
            " 11:00am - 12:00pm (Pacific Time)\n\nAdd this calendar to see it in your list. "
            "You can see all event details."
        ),
    )
    yield case(
        f,
        "zugriff_kalender",
        "de",
        ("Kalender", "kalender@mailbox-web.example.de"),
        "Anna Keller hat Ihnen Zugriff auf ihren Kalender gegeben",
        at(2026, 12, 8, 8, 0, "Europe/Berlin"),
        "German: access to a colleague's calendar, preview of her next appointment with another "
        "applicant.",
        text=(
            "Anna Keller hat Ihnen Lesezugriff auf ihren Kalender „Anna Keller“ gegeben.\n\n"
            "Nächster Termin in diesem Kalender:\nBewerbungsgespräch Herr Yilmaz\nMittwoch, "
            "16.12.2026, 09:00 – 10:00\n\nKalender hinzufügen"
        ),
    )
    yield case(
        f,
        "ajoute_delegue",
        "fr",
        ("Agenda", "agenda-notifications@courriel.example.fr"),
        "Vous êtes maintenant délégué de Marc Leroy",
        at(2026, 12, 7, 10, 0, "Europe/Paris"),
        "French delegate notice with the manager's next event, a candidate interview.",
        text=(
            "Marc Leroy vous a ajouté comme délégué. Vous recevrez désormais ses invitations et"
            " pourrez y répondre en son nom.\n\nProchain événement dans son agenda :\nEntretien "
            "candidat – poste comptable\njeudi 10 décembre 2026, 15:00 – 16:00\n\nGérer la "
            "délégation"
        ),
    )
    yield case(
        f,
        "copia_asistente",
        "es",
        ("Calendario", "calendario@correo-web.example.es"),
        "Copia para la asistente: Reunión con proveedor",
        at(2026, 12, 9, 9, 0, "Europe/Madrid"),
        "Spanish assistant copy of the director's meeting.",
        text=(
            "Recibes esta copia como asistente de Carlos Ruiz.\n\nCarlos Ruiz ha sido invitado "
            "a: Reunión con proveedor (Logística Norte)\nlunes, 14 de diciembre de 2026, 10:00 –"
            " 11:00\nOrganizador: Beatriz Lozano\n\nPuedes responder en nombre de Carlos Ruiz."
        ),
    )
    yield case(
        f,
        "jakoi_kalenterin",
        "fi",
        ("Kalenteri", "kalenteri@posti-web.example.fi"),
        "Mikko Virtanen jakoi kalenterinsa kanssasi",
        at(2026, 12, 3, 8, 30, "Europe/Helsinki"),
        "Finnish calendar share; the next event is Mikko's interview with another applicant.",
        text=(
            "Mikko Virtanen jakoi kalenterinsa kanssasi.\n\nSeuraava tapahtuma:\nHaastattelu – "
            "hakija 3 (myyntipäällikkö)\nke 9.12.2026 klo 13.00–14.00\n\nLisää kalenteri "
            "näkymääsi."
        ),
    )
    yield forwarded(
        f,
        "fwd_family_calendar",
        "en",
        client="apple",
        client_lang="en",
        org=("Family Calendar", "family-calendar@planner.example.com"),
        orig_sent=at(2026, 12, 8, 7, 0, "America/Chicago"),
        subject="New event on Family: Sam - job interview at Acme",
        body=(
            'Sam Morgan added an event to the shared calendar "Family".\n\nSam - job interview'
            " at Acme\nFriday, December 11, 2026, 9:00 AM - 10:00 AM CST\n\nYou are receiving "
            'this because you are a member of the calendar "Family".'
        ),
        user_note="This is Sam's, not mine - please don't add it.",
        label=None,
        note="Apple Mail forward of a family-calendar notice: the reader's partner's job "
        "interview, with the reader's note.",
    )
    st = at(2026, 12, 15, 14, 0, "America/Los_Angeles", "Tue")
    yield case(
        f,
        "control_priya_invites",
        "en",
        ("Calendar", "calendar-notification@planner.example.com"),
        "Invitation: Interview - Data Analyst (Alex Morgan) @ Tue Dec 15, 2026 2pm - 3pm",
        at(2026, 12, 8, 12, 0, "America/Los_Angeles"),
        "Control: the calendar owner invites the reader: '2:00pm - 3:00pm (Pacific Time - Los "
        "Angeles)'.",
        text=(
            "Priya Shah has invited you to:\nInterview - Data Analyst (Alex Morgan)\n\nTuesday "
            "Dec 15, 2026 ⋅ 2:00pm – 3:00pm (Pacific Time - Los Angeles)\nJoin: https://"
            "meet.example.com/pqs-hmtx-dka\nOrganizer: priya.shah@cedarpoint.example.com\n\n"
            "Going? Yes - Maybe - No"
        ),
        label=slot(st, st + timedelta(hours=1), zone="America/Los_Angeles"),
    )
    st = at(2026, 12, 16, 10, 0, "Europe/Helsinki", "Wed")
    sent = at(2026, 12, 9, 11, 0, "Europe/Helsinki")
    yield case(
        f,
        "control_kutsu_haastatteluun",
        "fi",
        ("Mikko Virtanen", "mikko.virtanen@pohjoisvalo.example.fi"),
        "Kutsu haastatteluun ke 16.12.",
        sent,
        "Control: Mikko invites the reader directly: 'ke 16.12.2026 klo 10.00–11.00'; no zone.",
        text=(
            "Hei Alex,\n\nkutsumme sinut haastatteluun myyntipäällikön tehtävään keskiviikkona "
            "16.12.2026 klo 10.00–11.00 toimistollemme Tampereelle (Hämeenkatu 20).\n\n"
            "Ystävällisin terveisin\nMikko Virtanen"
        ),
        label=slot(
            st, st + timedelta(hours=1), sent=sent, org="mikko.virtanen@pohjoisvalo.example.fi"
        ),
    )


# --- held out ---------------------------------------------------------------------------
def errandslot() -> Iterator[Case]:
    f = "errandslot"
    yield case(
        f,
        "parcel_delivery_window",
        "en",
        ("ParcelGo", "updates@parcelgo.example.co.uk"),
        "Your parcel is arriving on Wednesday",
        at(2026, 12, 7, 18, 0, "Europe/London"),
        "Parcel notice: delivery on Wednesday 9 December between 10:00 and 12:00.",
        text=(
            "Hi Alex,\n\nGood news - your parcel from Northbook is on its way. We'll deliver it"
            " on Wednesday 9 December between 10:00 and 12:00. Not in? Choose a safe place or "
            "another day: https://parcelgo.example.co.uk/t/PG77120\n\nParcelGo"
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "bank_beratungstermin",
        "de",
        ("Sparkasse Rheinau", "termine@sparkasse-rheinau.example.de"),
        "Bestätigung Ihres Beratungstermins",
        at(2026, 12, 4, 12, 0, "Europe/Berlin"),
        "Bank advice appointment on Monday, 14.12.2026 at 16:30.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nhiermit bestätigen wir Ihren Beratungstermin zum "
            "Thema Baufinanzierung am Montag, 14.12.2026 um 16:30 Uhr in unserer Filiale "
            "Marktplatz 3. Ihr Berater: Herr Schneider.\n\nIhre Sparkasse Rheinau"
        ),
    )
    yield case(
        f,
        "controle_technique",
        "fr",
        ("Autocontrôle Loire", "rdv@autocontrole-loire.example.fr"),
        "Confirmation de votre rendez-vous",
        at(2026, 12, 3, 9, 0, "Europe/Paris"),
        "Vehicle inspection appointment on Friday 11 December at 8h40.",
        html=html_page(
            "Bonjour,",
            "Votre rendez-vous pour le contrôle technique de votre véhicule (AB-123-CD) est "
            "confirmé le vendredi 11 décembre 2026 à 8h40.",
            "Centre Autocontrôle Loire, 12 rue des Forges, Angers",
            "Pensez à apporter la carte grise.",
        ),
    )
    yield case(
        f,
        "cita_previa_trafico",
        "es",
        ("Cita Previa", "citaprevia@trafico.example.es"),
        "Justificante de cita previa",
        at(2026, 12, 2, 10, 0, "Europe/Madrid"),
        "Driving-licence office appointment on Thursday 17 December at 9:15.",
        text=(
            "Se ha registrado su cita previa.\n\nTrámite: Canje de permiso de conducir\n"
            "Oficina: Jefatura Provincial de Valencia\nFecha: jueves, 17 de diciembre de 2026\n"
            "Hora: 09:15\nLocalizador: 7Q2K9\n\nPresente este justificante en la oficina."
        ),
    )
    yield case(
        f,
        "laegetid",
        "da",
        ("Lægehuset Nørrebro", "noreply@laegehuset-norrebro.example.dk"),
        "Påmindelse om din tid",
        at(2026, 12, 14, 8, 0, "Europe/Copenhagen"),
        "Doctor's appointment reminder: Tuesday 15 December at 10.20.",
        text=(
            "Kære Alex Morgan\n\nDette er en påmindelse om din tid hos læge Hansen tirsdag den "
            "15. december kl. 10.20. Meld venligst afbud senest kl. 8 samme dag, hvis du er "
            "forhindret.\n\nLægehuset Nørrebro"
        ),
    )
    yield forwarded(
        f,
        "fwd_paketti",
        "fi",
        client="gmail",
        client_lang="en",
        org=("Pakettipiste", "ilmoitukset@pakettipiste.example.fi"),
        orig_sent=at(2026, 12, 8, 15, 0, "Europe/Helsinki"),
        subject="Pakettisi toimitetaan torstaina",
        body=(
            "Hei!\n\nPakettisi (JJFI 6402 1177) toimitetaan torstaina 10.12.2026 klo 14–16. "
            "Voit muuttaa toimitusaikaa linkistä: https://pakettipiste.example.fi/m/6402\n\n"
            "Pakettipiste"
        ),
        user_note="Muista olla kotona.",
        label=None,
        note="Gmail forward of a Finnish delivery window, Thursday 10.12. 14-16.",
    )
    st = at(2026, 12, 16, 15, 0, "Europe/Berlin", "Wed")
    sent = at(2026, 12, 7, 10, 0, "Europe/Berlin")
    yield case(
        f,
        "control_bank_vorstellung",
        "de",
        ("Personal Sparkasse Rheinau", "karriere@sparkasse-rheinau.example.de"),
        "Einladung zum Vorstellungsgespräch",
        sent,
        "Control: the same bank's HR invites the reader, Wednesday 16.12.2026 at 15:00; no zone.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Kundenberater. "
            "Wir laden Sie zu einem Vorstellungsgespräch am Mittwoch, 16.12.2026 um 15:00 Uhr "
            "in unsere Hauptstelle, Marktplatz 3, ein.\n\nMit freundlichen Grüßen\nPersonal"
        ),
        label=slot(st, sent=sent),
    )
    st = at(2026, 12, 17, 13, 30, "Europe/Copenhagen", "Thu")
    sent = at(2026, 12, 8, 9, 30, "Europe/Copenhagen")
    yield case(
        f,
        "control_jobsamtale",
        "da",
        ("Lægehuset Nørrebro", "kontor@laegehuset-norrebro.example.dk"),
        "Invitation til jobsamtale",
        sent,
        "Control: the clinic invites the reader to a job interview, Thursday 17 December at "
        "13.30; no zone.",
        text=(
            "Kære Alex\n\nTak for din ansøgning til stillingen som lægesekretær. Vi vil gerne "
            "invitere dig til jobsamtale torsdag den 17. december kl. 13.30 i klinikken.\n\n"
            "Venlig hilsen\nKlinikchef Birgit Lund"
        ),
        label=slot(st, sent=sent),
    )


def jobfair() -> Iterator[Case]:
    f = "jobfair"
    yield case(
        f,
        "registration_floor_plan",
        "en",
        ("TechCareers Expo", "hello@techcareers-expo.example.com"),
        "You're registered: TechCareers Expo Manchester",
        at(2026, 12, 2, 10, 0, "Europe/London"),
        "Job-fair registration: doors open at 10:00 on Wednesday 9 December; floor plan and "
        "60 exhibitors.",
        text=(
            "Hi Alex,\n\nYou're registered for TechCareers Expo Manchester.\n\nWednesday 9 "
            "December 2026, doors open 10:00, last entry 15:30\nManchester Central, Hall B\n\n"
            "60 exhibitors are hiring. Download the floor plan and plan your visit: https://"
            "techcareers-expo.example.com/mcr/plan\n\nSee you there!"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "messe_aussteller",
        "de",
        ("Jobmesse Rhein-Main", "info@jobmesse-rheinmain.example.de"),
        "Jobmesse Rhein-Main: Ausstellerliste und Vortragsprogramm",
        at(2026, 12, 3, 9, 0, "Europe/Berlin"),
        "Fair newsletter: exhibitor list and talks, Saturday 12.12. from 10:00, a CV check at "
        "11:30.",
        text=(
            "Hallo Alex,\n\nam Samstag, 12.12.2026, öffnet die Jobmesse Rhein-Main um 10:00 Uhr "
            "ihre Tore. Um 11:30 Uhr gibt es einen kostenlosen Bewerbungsmappen-Check in Halle "
            "2.\n\nAusstellerliste: https://jobmesse-rheinmain.example.de/aussteller\n\nIhr "
            "Messeteam"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "forum_entreprises",
        "fr",
        ("Forum Écoles-Entreprises", "forum@ecole-ingenieurs.example.fr"),
        "Forum Entreprises : votre badge",
        at(2026, 12, 4, 8, 0, "Europe/Paris"),
        "Student forum badge, HTML only: Thursday 10 December, 9h-17h, stands A to F.",
        html=html_page(
            "Bonjour Alex,",
            "Votre badge pour le Forum Entreprises du jeudi 10 décembre 2026 (9h – 17h) est "
            "disponible. 45 entreprises vous attendent sur les stands A à F.",
            "Le forum est ouvert à tous les étudiants de l'école.",
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "career_day_programma",
        "it",
        ("Career Day Politecnico", "careerday@politecnico-adriatico.example.it"),
        "Career Day: il programma della giornata",
        at(2026, 12, 7, 12, 0, "Europe/Rome"),
        "Italian career day programme: Tuesday 15 December, opening at 9:30, company "
        "presentations from 10:00.",
        text=(
            "Ciao Alex,\n\necco il programma del Career Day di martedì 15 dicembre:\n\n9:30 "
            "apertura e registrazione\n10:00 presentazioni aziendali (Aula Magna)\n14:00 stand "
            "aperti\n\nTi aspettiamo!\nCareer Service"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "targi_pracy",
        "pl",
        ("Targi Pracy IT", "kontakt@targipracy-it.example.pl"),
        "Przypomnienie: Targi Pracy IT już w środę",
        at(2026, 12, 14, 9, 0, "Europe/Warsaw"),
        "Polish fair reminder: Wednesday 16 December, 10:00-16:00.",
        text=(
            "Cześć Alex,\n\nprzypominamy, że Targi Pracy IT odbędą się w środę 16 grudnia w "
            "godz. 10:00–16:00 w hali EXPO. Weź ze sobą kilka wydruków CV.\n\nDo zobaczenia!"
        ),
        headers=BULK,
    )
    yield case(
        f,
        "arbetsmarknadsdag",
        "sv",
        ("Arbetsmarknadsdagen", "info@armada-dagen.example.se"),
        "Välkommen till arbetsmarknadsdagen",
        at(2026, 12, 1, 9, 0, "Europe/Stockholm"),
        "Swedish career day: Thursday 10 December kl. 10-16, lunch lecture at 12.15.",
        text=(
            "Hej Alex!\n\nVälkommen till arbetsmarknadsdagen torsdag 10 december kl. 10–16 i "
            "Nymble. Missa inte lunchföreläsningen kl. 12.15 om att söka sitt första jobb.\n\n"
            "Hälsningar\nProjektgruppen"
        ),
        headers=UNSUB,
    )
    st = at(2026, 12, 9, 13, 20, "Europe/London", "Wed")
    yield case(
        f,
        "control_own_fair_interview",
        "en",
        ("TechCareers Expo", "hello@techcareers-expo.example.com"),
        "Your on-site interview with Corvid Labs at TechCareers Expo",
        at(2026, 12, 4, 15, 0, "Europe/London"),
        "Control in the fair's voice: Corvid Labs books the reader's own interview at the fair, "
        "Wednesday 9 December 1:20-1:50 PM GMT.",
        text=(
            "Hi Alex,\n\nCorvid Labs would like to meet you at the Expo. Your interview is "
            "booked for Wednesday 9 December, 1:20 PM - 1:50 PM GMT, in interview booth 4 "
            "(next to Hall B).\n\nInterviewer: Tom Reid, Head of Platform\n\nSee you there!"
        ),
        label=slot(st, st + timedelta(minutes=30)),
        headers=UNSUB,
    )
    st = at(2026, 12, 12, 14, 0, "Europe/Berlin", "Sat")
    sent = at(2026, 12, 8, 16, 0, "Europe/Berlin")
    yield case(
        f,
        "control_messe_gespraech",
        "de",
        ("Katja Brenner", "katja.brenner@hessenlogistik.example.de"),
        "Ihr Gesprächstermin auf der Jobmesse",
        sent,
        "Control: an exhibitor books the reader's interview at the fair, Saturday 12.12. "
        "14:00-14:30; no zone.",
        text=(
            "Hallo Alex,\n\ndanke für Ihre Bewerbung über das Messeportal. Ihr Gesprächstermin "
            "mit uns auf der Jobmesse: Samstag, 12.12.2026, 14:00–14:30 Uhr an unserem Stand "
            "C12.\n\nViele Grüße\nKatja Brenner\nHessen Logistik"
        ),
        label=slot(st, st + timedelta(minutes=30), sent=sent),
    )


def chatdigest() -> Iterator[Case]:
    f = "chatdigest"
    yield case(
        f,
        "unread_hiring_channel",
        "en",
        ("Slate", "notification@slate-chat.example.com"),
        "You have 4 unread messages in #alumni-jobs",
        at(2026, 12, 8, 20, 0, "America/New_York"),
        "Chat digest quoting a member: 'mock interview night moved to Thursday Dec 10 at 7pm ET'.",
        text=(
            "Hi Alex, you have 4 unread messages in Bootcamp Alumni.\n\n#alumni-jobs\nDana: "
            "mock interview night moved to Thursday Dec 10 at 7pm ET, same room\nLuis: 👍\n\n"
            "Open Slate | Notification settings"
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "verpasste_aktivitaeten",
        "de",
        ("Teamraum", "no-reply@teamraum.example.de"),
        "Sie haben verpasste Aktivitäten in Teamraum",
        at(2026, 12, 9, 17, 0, "Europe/Berlin"),
        "German missed-activity mail: a colleague's message about a team meeting on Friday "
        "11.12. at 9:30.",
        text=(
            "Hallo Alex,\n\nIhre Teams haben versucht, Sie zu erreichen.\n\nJulia Brandt in "
            "„Vereinsvorstand“: Vorstandssitzung ist am Freitag, 11.12., um 9:30 Uhr – bitte "
            "Protokoll vom letzten Mal lesen.\n\nIn Teamraum öffnen"
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "ongelezen_berichten",
        "nl",
        ("Kletskanaal", "meldingen@kletskanaal.example.nl"),
        "3 ongelezen berichten in #buurtvereniging",
        at(2026, 12, 7, 21, 0, "Europe/Amsterdam"),
        "Dutch chat digest: the neighbourhood association meets on Tuesday 15 December at 20:00.",
        text=(
            "Hoi Alex,\n\nJe hebt 3 ongelezen berichten.\n\n#buurtvereniging\nEls: vergadering "
            "dinsdag 15 december om 20:00 in het buurthuis\nKees: ik neem koffie mee\n\nOpen "
            "Kletskanaal"
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "menciones_resumen",
        "es",
        ("Charla", "notificaciones@charla-app.example.com"),
        "Resumen: te mencionaron en #proyecto-final",
        at(2026, 12, 9, 19, 0, "Europe/Madrid"),
        "Spanish mention digest: a classmate asks the reader to join a group rehearsal on "
        "Monday 14 at 17:00.",
        text=(
            "Hola Alex,\n\nTe mencionaron en el espacio Máster Data 2026.\n\n#proyecto-final\n"
            "Irene: @Alex ensayamos la presentación el lunes 14 a las 17:00 en la sala 3, ¿vale?"
            "\n\nAbrir Charla · Dejar de recibir estos correos"
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "resumo_diario",
        "pt-BR",
        ("Papo", "resumo@papo-chat.example.com.br"),
        "Resumo diário do seu workspace",
        at(2026, 12, 8, 8, 0, "America/Sao_Paulo"),
        "Brazilian daily digest, HTML only: a channel post about a sprint review on Thursday "
        "10/12 at 15h.",
        html=html_page(
            "Bom dia, Alex!",
            "Destaques de ontem no workspace Freelas Tech:",
            "<b>#geral</b> – Marcos: sprint review na quinta, 10/12, às 15h; quem puder, entra "
            "na call.",
            "Abrir o Papo",
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "space_digest",
        "en-IN",
        ("Chat", "chat-noreply@workspace-chat.example.com"),
        "Unread messages in Placement Prep 2027",
        at(2026, 12, 8, 18, 30, "Asia/Kolkata"),
        "Indian chat-space digest: the group's aptitude practice on Saturday 12 December at "
        "10:00 AM IST.",
        text=(
            "You have unread messages in the space Placement Prep 2027.\n\nRohit Verma: "
            "Aptitude practice test for the whole group on Saturday 12 December at 10:00 AM IST,"
            " link will be shared here.\n\nOpen space | Turn off email notifications"
        ),
        headers=UNSUB,
    )
    st = at(2026, 12, 14, 11, 0, "America/New_York", "Mon")
    yield case(
        f,
        "control_meeting_via_chat_tool",
        "en",
        ("Slate", "notification@slate-chat.example.com"),
        "Dana Kim invited you to a huddle: Interview - Support Engineer",
        at(2026, 12, 9, 10, 0, "America/New_York"),
        "Control in the chat tool's voice: an interviewer schedules the reader's interview, "
        "Monday December 14, 11:00-11:45 AM ET.",
        text=(
            "Dana Kim scheduled a call with you.\n\nInterview - Support Engineer (Alex Morgan)\n"
            "Monday, December 14, 2026, 11:00 AM - 11:45 AM ET\nJoin: https://slate-chat."
            "example.com/huddle/dk-4410\n\nDana: looking forward to talking with you!"
        ),
        label=slot(st, st + timedelta(minutes=45)),
    )
    st = at(2026, 12, 15, 16, 0, "Europe/Madrid", "Tue")
    sent = at(2026, 12, 9, 12, 0, "Europe/Madrid")
    yield case(
        f,
        "control_entrevista_charla",
        "es",
        ("Charla", "notificaciones@charla-app.example.com"),
        "Nueva reunión: Entrevista técnica con Ana Ruiz",
        sent,
        "Control: the chat tool delivers the reader's interview, martes 15 de diciembre "
        "16:00-17:00; no zone.",
        text=(
            "Ana Ruiz te ha invitado a una reunión.\n\nEntrevista técnica – Backend (Alex "
            "Morgan)\nmartes, 15 de diciembre de 2026, 16:00 – 17:00\nUnirse: https://charla-app"
            ".example.com/m/ar-221\n\nAceptar · Rechazar"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent),
    )


def pollclosed() -> Iterator[Case]:
    f = "pollclosed"
    yield case(
        f,
        "final_date_alumni_dinner",
        "en",
        ("Pollster", "noreply@pollster.example.com"),
        "Final date chosen: Alumni dinner",
        at(2026, 12, 4, 12, 0, "Europe/London"),
        "Closed poll for a group dinner: Friday 11 December at 7:00 PM; 14 participants.",
        text=(
            'Hi Alex,\n\nThe poll "Alumni dinner" has been closed by Ben Carter.\n\nFinal '
            "date: Friday, 11 December 2026, 7:00 PM\n14 participants voted.\n\nView the poll: "
            "https://pollster.example.com/p/alumni-dinner"
        ),
        headers=UNSUB,
    )
    yield case(
        f,
        "termin_festgelegt",
        "de",
        ("Terminfinder", "noreply@terminfinder.example.de"),
        "Der Termin für „Weihnachtsfeier Laufgruppe“ steht fest",
        at(2026, 12, 3, 13, 0, "Europe/Berlin"),
        "German poll result for a club party: Friday 18.12. 19:00.",
        text=(
            "Hallo Alex,\n\ndie Umfrage „Weihnachtsfeier Laufgruppe“ ist beendet. Der "
            "gewählte Termin ist Freitag, 18.12.2026, 19:00 Uhr.\n\n11 Teilnehmende haben "
            "abgestimmt."
        ),
    )
    yield case(
        f,
        "sondage_cloture",
        "fr",
        ("Sondages", "ne-pas-repondre@sondages.example.fr"),
        "Sondage clôturé : Réunion de l'association",
        at(2026, 12, 5, 10, 0, "Europe/Paris"),
        "French closed poll: association meeting on Tuesday 15 December at 20h30.",
        text=(
            "Bonjour,\n\nLe sondage « Réunion de l'association » est clôturé. La date retenue "
            "est le mardi 15 décembre 2026 à 20h30.\n\nMerci aux 9 participants !"
        ),
    )
    yield case(
        f,
        "sondaggio_chiuso",
        "it",
        ("Scegli Data", "noreply@sceglidata.example.it"),
        "La data è stata scelta: Cena di classe",
        at(2026, 12, 6, 11, 0, "Europe/Rome"),
        "Italian poll result for a class reunion, HTML only: Saturday 19 December at 20:00.",
        html=html_page(
            "Ciao Alex,",
            "Il sondaggio «Cena di classe» è stato chiuso da Giulia. La data scelta è sabato "
            "19 dicembre 2026 alle 20:00.",
            "Hanno votato 22 persone.",
        ),
    )
    yield case(
        f,
        "peiling_gesloten",
        "nl",
        ("Datumprikker", "noreply@datumprikker-web.example.nl"),
        "De datum is geprikt: Kerstborrel studievereniging",
        at(2026, 12, 2, 14, 0, "Europe/Amsterdam"),
        "Dutch closed poll: a society's Christmas drinks on Thursday 17 December at 19:00.",
        text=(
            "Hoi Alex,\n\nDe organisator heeft een datum geprikt voor Kerstborrel "
            "studievereniging: donderdag 17 december 2026 om 19:00.\n\n18 deelnemers."
        ),
    )
    yield case(
        f,
        "sondaj_inchis",
        "ro",
        ("Sondaj Rapid", "noreply@sondajrapid.example.ro"),
        "Sondajul s-a încheiat: Întâlnire absolvenți",
        at(2026, 12, 4, 9, 0, "Europe/Bucharest"),
        "Romanian closed poll: alumni meeting on Saturday 12 December at 18:00.",
        text=(
            "Bună, Alex,\n\nSondajul „Întâlnire absolvenți” s-a încheiat. Data aleasă: "
            "sâmbătă, 12 decembrie 2026, ora 18:00.\n\nAu votat 16 persoane."
        ),
    )
    st = at(2026, 12, 10, 11, 0, "Europe/London", "Thu")
    sent = at(2026, 12, 7, 9, 0, "Europe/London")
    yield case(
        f,
        "control_interview_after_poll",
        "en",
        ("Ben Carter", "ben.carter@fieldstone.example.co.uk"),
        "Interview confirmed - Thursday 10 December, 11:00",
        sent,
        "Control: a recruiter who used a poll sets the reader's interview, Thursday 10 December "
        "11:00-11:45; no zone.",
        text=(
            "Hi Alex,\n\nThanks for filling in the poll. Your interview with our CTO is "
            "confirmed for Thursday 10 December, 11:00-11:45, at our office on 8 Mill Lane, "
            "Bristol.\n\nBest,\nBen Carter\nFieldstone"
        ),
        label=slot(st, st + timedelta(minutes=45), sent=sent),
    )
    st = at(2026, 12, 16, 9, 30, "Europe/Berlin", "Wed")
    sent = at(2026, 12, 8, 10, 0, "Europe/Berlin")
    yield case(
        f,
        "control_gespraech_nach_umfrage",
        "de",
        ("Terminfinder", "noreply@terminfinder.example.de"),
        "Ihr Vorstellungsgespräch bei Auwald Consulting steht fest",
        sent,
        "Control in the poll tool's voice: the reader's own interview is fixed on Wednesday "
        "16.12. at 9:30; no zone.",
        text=(
            "Hallo Alex,\n\nAuwald Consulting hat den Termin für Ihr Vorstellungsgespräch "
            "festgelegt: Mittwoch, 16.12.2026, 09:30 Uhr, mit Frau Dr. Peters, per Video: "
            "https://video.example.de/auwald-ap\n\nViel Erfolg!"
        ),
        label=slot(st, sent=sent),
    )


def onboardplan() -> Iterator[Case]:
    f = "onboardplan"
    yield case(
        f,
        "first_day_schedule",
        "en",
        ("People Team", "people@lumenworks.example.com"),
        "Your first week at Lumenworks",
        at(2026, 12, 28, 10, 0, "Europe/London"),
        "First-week plan: Monday 4 January, 9:00 welcome breakfast, 10:30 IT set-up, 14:00 "
        "security training.",
        text=(
            "Hi Alex,\n\nWe're excited to have you on board! Here's your first day, Monday 4 "
            "January:\n\n9:00 Welcome breakfast (3rd floor kitchen)\n10:30 IT set-up with "
            "Raj\n14:00 Security awareness training\n\nYour buddy, Mia, will meet you at "
            "reception.\n\nPeople Team"
        ),
    )
    yield case(
        f,
        "einarbeitungsplan",
        "de",
        ("Personalabteilung", "personal@datenwerk.example.de"),
        "Ihr Einarbeitungsplan",
        at(2026, 12, 9, 14, 0, "Europe/Berlin"),
        "German induction plan: Schulung Arbeitssicherheit on Tuesday 5.1.2027 at 13:00.",
        text=(
            "Hallo Alex,\n\nanbei Ihr Einarbeitungsplan für die ersten Wochen. Die Schulung "
            "Arbeitssicherheit findet am Dienstag, 5.1.2027, um 13:00 Uhr in Raum 1.10 statt, "
            "das Produkttraining am Donnerstag, 7.1., von 9 bis 12 Uhr.\n\nViele Grüße\n"
            "Personalabteilung"
        ),
    )
    yield case(
        f,
        "planning_integration",
        "fr",
        ("RH Maison Verne", "rh@maisonverne.example.fr"),
        "Votre parcours d'intégration",
        at(2026, 12, 10, 11, 0, "Europe/Paris"),
        "French onboarding: a welcome session on Monday 4 January at 9h30 for all new hires.",
        html=html_page(
            "Bonjour Alex,",
            "Bienvenue ! Votre parcours d'intégration commence le lundi 4 janvier 2027 par une "
            "matinée d'accueil des nouveaux arrivants à 9h30, salle Jules Verne.",
            "Pensez à apporter votre RIB et votre carte vitale.",
            "L'équipe RH",
        ),
    )
    yield case(
        f,
        "formacion_inicial",
        "es",
        ("Formación Grupo Albora", "formacion@grupoalbora.example.es"),
        "Convocatoria: formación inicial",
        at(2026, 12, 11, 9, 0, "Europe/Madrid"),
        "Spanish initial training for new staff, Tuesday 5 January 10:00-14:00.",
        text=(
            "Hola Alex:\n\nTe convocamos a la formación inicial para nuevas incorporaciones el "
            "martes 5 de enero de 2027 de 10:00 a 14:00 en la sede de Valencia. La formación es"
            " obligatoria para todo el personal nuevo.\n\nDepartamento de Formación"
        ),
    )
    yield case(
        f,
        "beilleszkedes",
        "hu",
        ("HR Duna Soft", "hr@dunasoft.example.hu"),
        "Első munkanap – program",
        at(2026, 12, 15, 10, 0, "Europe/Budapest"),
        "Hungarian first-day programme: 4 January 2027, 8:30 arrival, 10:00 laptop handover.",
        text=(
            "Kedves Alex!\n\nAz első munkanapod 2027. január 4., hétfő. Program:\n\n8:30 "
            "érkezés, recepció\n10:00 laptop átadás\n13:00 csapatebéd\n\nÜdvözlettel:\nHR"
        ),
    )
    yield case(
        f,
        "oryantasyon",
        "tr",
        ("İK Boğaziçi Yazılım", "ik@bogazici-yazilim.example.com.tr"),
        "Oryantasyon programınız",
        at(2026, 12, 14, 10, 0, "Europe/Istanbul"),
        "Turkish orientation: Monday 4 January 2027 at 09:30 for new employees.",
        text=(
            "Merhaba Alex,\n\nYeni çalışanlar için oryantasyon programı 4 Ocak 2027 Pazartesi "
            "saat 09:30'da Maslak ofisimizde başlayacak. Kimliğinizi yanınızda getirmeyi "
            "unutmayın.\n\nİnsan Kaynakları"
        ),
    )
    st = at(2026, 12, 17, 14, 0, "Europe/Istanbul", "Thu")
    sent = at(2026, 12, 9, 11, 0, "Europe/Istanbul")
    yield case(
        f,
        "control_son_mulakat",
        "tr",
        ("İK Boğaziçi Yazılım", "ik@bogazici-yazilim.example.com.tr"),
        "Son mülakat daveti",
        sent,
        "Control: the same HR invites to a final interview, 17 Aralık 2026 Perşembe 14:00; no "
        "zone.",
        text=(
            "Merhaba Alex,\n\nBaşvurunuz için teşekkür ederiz. Sizi 17 Aralık 2026 Perşembe "
            "saat 14:00'te Maslak ofisimizde yapılacak son mülakata davet ediyoruz.\n\n"
            "İnsan Kaynakları"
        ),
        label=slot(st, sent=sent),
    )
    st = at(2026, 12, 14, 15, 0, "Europe/London", "Mon")
    yield case(
        f,
        "control_final_interview",
        "en",
        ("People Team", "people@lumenworks.example.com"),
        "Final interview - Monday 14 December",
        at(2026, 12, 8, 10, 0, "Europe/London"),
        "Control: the same People Team books the final interview, Monday 14 December 3:00-4:00 "
        "PM GMT.",
        text=(
            "Hi Alex,\n\nWe'd love you to meet our COO for a final interview on Monday 14 "
            "December, 3:00 - 4:00 PM GMT, at our office (2 Finsbury Avenue).\n\nPeople Team"
        ),
        label=slot(st, st + timedelta(hours=1)),
    )


def prepnote() -> Iterator[Case]:
    f = "prepnote"
    yield case(
        f,
        "prep_webinar_finalists",
        "en",
        ("Graduate Recruitment", "graduates@kestrelbank.example.co.uk"),
        "Preparing for your interview",
        at(2026, 12, 7, 12, 0, "Europe/London"),
        "Preparation mail: the interview time is in the separate invitation; an optional prep "
        "webinar for all finalists on Tuesday 15 December at 6pm GMT.",
        text=(
            "Hi Alex,\n\nYou'll find your interview time in the calendar invitation we sent "
            "last week. To help you prepare, we're running an optional webinar for all "
            "finalists on Tuesday 15 December at 6pm GMT, covering the case-study format.\n\n"
            "Register: https://kestrelbank.example.co.uk/grad-prep\n\nGraduate Recruitment"
        ),
    )
    yield case(
        f,
        "vorbereitung_praesentation",
        "de",
        ("Recruiting Nordlicht", "recruiting@nordlicht-energie.example.de"),
        "Vorbereitung auf Ihr Gespräch",
        at(2026, 12, 8, 9, 0, "Europe/Berlin"),
        "German: send the presentation by Monday 14.12. 12:00; the interview date is in the "
        "earlier invitation.",
        text=(
            "Hallo Alex Morgan,\n\nwie in unserer Einladung beschrieben, präsentieren Sie im "
            "Gespräch eine kurze Fallstudie. Bitte senden Sie uns Ihre Folien bis Montag, "
            "14.12.2026, 12:00 Uhr.\n\nIhr Recruiting-Team"
        ),
    )
    yield case(
        f,
        "preparer_entretien",
        "fr",
        ("Recrutement Maison Verne", "recrutement@maisonverne.example.fr"),
        "Préparer votre entretien",
        at(2026, 12, 8, 14, 0, "Europe/Paris"),
        "French prep guide (HTML only): the building opens at 8h00, a coaching session for "
        "all candidates on Friday 11 December at 12h30.",
        html=html_page(
            "Bonjour Alex,",
            "Quelques conseils pour votre entretien (date et heure dans notre précédent "
            "message) : le bâtiment ouvre à 8h00, l'accueil est au rez-de-chaussée.",
            "Une session de coaching ouverte à tous les candidats a lieu le vendredi 11 décembre"
            " à 12h30.",
            "L'équipe Recrutement",
        ),
    )
    yield case(
        f,
        "preparar_entrevista",
        "es",
        ("Selección Grupo Albora", "seleccion@grupoalbora.example.es"),
        "Cómo preparar tu entrevista",
        at(2026, 12, 9, 10, 0, "Europe/Madrid"),
        "Spanish prep mail: complete the personality questionnaire before Friday 11 at 23:59.",
        text=(
            "Hola Alex:\n\nTe enviamos algunos consejos para tu entrevista (la fecha la tienes "
            "en la invitación que te enviamos). Antes, completa el cuestionario de personalidad "
            "antes del viernes 11 de diciembre a las 23:59.\n\nEquipo de Selección"
        ),
    )
    yield case(
        f,
        "dicas_entrevista",
        "pt-BR",
        ("Talentos Ipê", "talentos@ipe-digital.example.com.br"),
        "Dicas para a sua entrevista",
        at(2026, 12, 9, 9, 0, "America/Sao_Paulo"),
        "Brazilian prep mail: a live Q&A for all candidates on Monday 14/12 at 19h.",
        text=(
            "Oi, Alex!\n\nSua entrevista já está marcada (confira o convite no seu e-mail). "
            "Para ajudar, faremos uma live de dúvidas para todos os candidatos na segunda-"
            "feira, 14/12, às 19h.\n\nTime de Talentos"
        ),
    )
    yield case(
        f,
        "preparazione_colloquio",
        "it",
        ("Selezione Lagunare", "selezione@lagunare.example.it"),
        "Come prepararti al colloquio",
        at(2026, 12, 10, 9, 0, "Europe/Rome"),
        "Italian prep mail: a practice call with the platform's test line is available on "
        "Tuesday 15 December from 9:00 to 18:00.",
        text=(
            "Ciao Alex,\n\nin vista del colloquio (trovi data e ora nella mail di conferma), "
            "puoi provare audio e video con la nostra linea di test martedì 15 dicembre dalle "
            "9:00 alle 18:00.\n\nIl team Selezione"
        ),
    )
    st = at(2026, 12, 17, 10, 0, "Europe/London", "Thu")
    yield case(
        f,
        "control_prep_restates_slot",
        "en",
        ("Graduate Recruitment", "graduates@kestrelbank.example.co.uk"),
        "Your interview on Thursday 17 December - how to prepare",
        at(2026, 12, 10, 12, 0, "Europe/London"),
        "Control: the prep mail restates the reader's own slot, Thursday 17 December at 10:00 "
        "GMT for an hour.",
        text=(
            "Hi Alex,\n\nA reminder that your interview is on Thursday 17 December at 10:00 GMT "
            "and lasts an hour (1 hour), at 1 Canada Square, London. Please bring photo ID.\n\n"
            "Graduate Recruitment"
        ),
        label=slot(st, st + timedelta(hours=1)),
    )
    st = at(2026, 12, 16, 14, 30, "Europe/Paris", "Wed")
    sent = at(2026, 12, 9, 15, 0, "Europe/Paris")
    yield case(
        f,
        "control_rappel_entretien",
        "fr",
        ("Recrutement Maison Verne", "recrutement@maisonverne.example.fr"),
        "Votre entretien du mercredi 16 décembre",
        sent,
        "Control: the prep mail restates the reader's interview, mercredi 16 décembre à 14h30; "
        "no zone.",
        text=(
            "Bonjour Alex,\n\nNous vous rappelons votre entretien le mercredi 16 décembre à "
            "14h30 avec Mme Garnier. Quelques conseils pour vous préparer : relisez l'offre et "
            "préparez deux exemples de projets.\n\nL'équipe Recrutement"
        ),
        label=slot(st, sent=sent),
    )


# --------------------------------------------------------------------------------------

BUILDERS = (
    ticketconf,
    agendadigest,
    officehours,
    counterprop,
    booknudge,
    bgcheck,
    freecheck,
    calshare,
    errandslot,
    jobfair,
    chatdigest,
    pollclosed,
    onboardplan,
    prepnote,
)


# quick.py restricted to these families (controls: start, and end where labelled, right;
# sure: also confidence >= 0.5; false: a non-invitation claimed with confidence >= 0.5).
MEASURED = (
    "| when | dev controls right / sure | dev false | held-out controls right / sure "
    "| held-out false |",
    "|---|---|---|---|---|",
    "| before any parser change | 16/16 / 15 | 12 of 48 | 12/12 / 11 | 3 of 36 |",
    "| after the dev fixes | 16/16 / 16 | 0 of 48 | 12/12 / 11 | 2 of 36 |",
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the negs9 batch (`build_negs9.py`)",
        "",
        "Mail a job seeker plausibly forwards that carries a future date and time but sets no "
        "interview for the reader, in shapes the corpus lacked, with genuine invitations in "
        "the same senders' voices as controls. All text is ours (no third-party text copied; "
        "notification layouts written from memory of such mail, no product's template "
        "reproduced); people, companies, addresses and links are made up. Some mails carry "
        "the headers bulk senders add (List-Unsubscribe, Precedence: bulk or list, a long Cc); "
        "so do two controls. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message.",
        "",
        "Answers to an event the reader organises (declined, a new time proposed) and the "
        "reader's own declines are `not_invitation`; an employer moving the reader's own "
        "interview is `reschedule`. Preparation mail that only points at an interview booked "
        "elsewhere is `not_invitation`; one that restates the reader's slot is `invitation`.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs9.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
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
    lines += ["", "## Measured", "", *MEASURED]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs9.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
