# ruff: noqa: E501  (one mail or calendar line per source line reads better than split strings)
"""Write the events26 batch: mail with a future appointment that is no job interview.

Run: .venv/bin/python tests/parsing/corpus/build_events26.py

Published and booked events in the shapes their producers send: Meetup RSVP confirmations
with an .ics, Eventbrite order confirmations ("Add to calendar"), GoToWebinar and Zoom
Webinar registrations, Microsoft Teams live events and town halls sent as Exchange REQUESTs
with a long attendee list, Doctolib-style medical bookings, bank and insurer adviser
appointments, club and choir rehearsals, office closures, sales discovery calls and
booking-link mails; with and without a calendar part, in en, de, fr, es, it, nl, pl, pt-BR,
sv. Controls: real interview invitations that say little ("Meeting with Anna", "Quick chat",
a booking tool's PUBLISH file for an interview slot). Calendar negatives carry their slot,
UID and method in the label: lowering confidence must leave them right.

Reuses the calendar writer of build_calquirks20.py (RFC 5545 folding, CRLF, VTIMEZONE rules);
every calendar is re-read with `icalendar`. Held out: webinar26, bank26, rehearse26,
ctrlho26 (4 of 11 families). See PROVENANCE-events26.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cq20", HERE / "build_calquirks20.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cq20"] = module
    spec.loader.exec_module(module)
    return module


q = _load()
cp = q.cp
at, label = cp.at, cp.label
cp.RULES.setdefault("Europe/Amsterdam", q.BERLIN)

SPLITS = {
    "meetup26": "dev",
    "ebrite26": "dev",
    "teamslive26": "dev",
    "health26": "dev",
    "closure26": "dev",
    "sales26": "dev",
    "ctrl26": "dev",
    "webinar26": "heldout",
    "bank26": "heldout",
    "rehearse26": "heldout",
    "ctrlho26": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "meetup26": "Meetup RSVP confirmation ('You're going!', 'Add to calendar', an .ics with METHOD:PUBLISH and the group as organizer); layout recalled, wording ours",
    "ebrite26": "Eventbrite order confirmation ('You're going to ...', 'Add to calendar: Google · Outlook · iCal', order number, ticket PDF note); layout recalled, wording ours",
    "teamslive26": "Microsoft Teams live events / town halls and all-company sessions sent as Exchange REQUESTs with many ATTENDEEs or a distribution list; layout recalled, wording ours",
    "health26": "Doctolib-style and clinic bookings ('Votre rendez-vous est confirmé', 'Ihr Termin bei Dr. ...'), with and without an .ics; layout recalled, wording ours",
    "closure26": "office closure, holiday and portal/declaration deadline notices (all-day PUBLISH files and text only); wording ours",
    "sales26": "sales discovery calls, product demos and booking-link mails ('pick a time that works'), Calendly/HubSpot-style; wording ours",
    "ctrl26": "controls: short interview invitations from recruiters and booking tools whose titles say little ('Meeting with Anna'); wording ours",
    "webinar26": "GoToWebinar and Zoom Webinar registration confirmations with .ics (PUBLISH) or text only; layout recalled, wording ours",
    "bank26": "bank, insurer and tax-adviser appointments with and without .ics; wording ours",
    "rehearse26": "club, choir and sports-club rehearsals and trainings, some with an .ics; wording ours",
    "ctrlho26": "controls: short interview invitations, calendar and text; wording ours",
}
ME = q.ME
TO = "Candidate <candidate@inbox.example>"
OUTLOOK, EXCH, GOOGLE = q.OUTLOOK, q.EXCH, q.GOOGLE
MEETUP = "-//Meetup//Meetup Events v1.0//EN"
EBRITE = "-//Eventbrite//Eventbrite Calendar//EN"
GOTOW = "-//GoTo Technologies//GoToWebinar//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"
DOCTO = "-//Doctolib//Agenda//FR"
CALENDLY = "-//Calendly//Calendly//EN"


class Case:
    def __init__(
        self,
        fam: str,
        name: str,
        lab: dict[str, object],
        note: str,
        mail: dict[str, object],
        ics: list[str] | None,
    ) -> None:
        self.family, self.name, self.label, self.note, self.mail, self.ics = (
            fam,
            name,
            lab,
            note,
            mail,
            ics,
        )


CASES: list[Case] = []


def cal_mail(
    fam: str,
    name: str,
    *,
    s: datetime | date,
    e: datetime | date | None,
    z: str | None,
    prodid: str,
    method: str | None,
    summary: str,
    sent: datetime,
    org: str,
    subject: str,
    text: str,
    kind: str,
    note: str,
    lang: str,
    guests: int = 0,
    attendee: str | None = "NEEDS-ACTION",
    layout: str = "alt",
    html: bool = False,
    more: tuple[str, ...] = (),
    sender: str | None = None,
) -> None:
    u = q.uid_of(fam, name)
    how = f"tz:{z}" if z and isinstance(s, datetime) else "date"
    extra = list(more)
    for i in range(guests):
        extra.append(
            f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Guest {i + 1}:mailto:guest{i + 1}@list.example"
        )
    body: list[str] = []
    if z and isinstance(s, datetime):
        body += q.vtz(z, z, False)
    body += q.vev(u, s, e, how, summary, sent, seq=0, org=org, more=tuple(extra), attendee=attendee)
    ics = q.cal(body, method, prodid)
    lab = label(kind, s, e, z if isinstance(s, datetime) else None, u, 0, method)
    mail = {
        "sender": sender or org,
        "subject": subject,
        "text": text,
        "sent": sent,
        "layout": layout,
        "lang": lang,
        "html": html,
    }
    CASES.append(Case(fam, name, lab, note, mail, ics))


def text_mail(
    fam: str,
    name: str,
    *,
    sent: datetime,
    sender: str,
    subject: str,
    text: str,
    note: str,
    lang: str,
    lab: dict[str, object] | None = None,
    html: bool = False,
) -> None:
    mail = {
        "sender": sender,
        "subject": subject,
        "text": text,
        "sent": sent,
        "layout": "text",
        "lang": lang,
        "html": html,
    }
    CASES.append(Case(fam, name, lab or {"kind": "not_invitation"}, note, mail, None))


def text_label(
    s: datetime, e: datetime | None, zone: str | None = None, stated: bool = False
) -> dict[str, object]:
    out: dict[str, object] = {"kind": "invitation", "start": s.isoformat(), "all_day": False}
    if e is not None:
        out["end"] = e.isoformat()
    if zone:
        out["timezone"] = zone
    if not stated and not zone:
        out["tz_stated"] = False
    return out


# ------------------------------------------------------------------------------ meetup26
def meetup26() -> None:
    fam = "meetup26"
    rows = [
        (
            "rsvp_python_en",
            "en",
            "Europe/London",
            (2027, 1, 21, 18, 30),
            150,
            "PyData Bristol: January talks night",
            "PyData Bristol <info@meetup.example>",
            "You're going to PyData Bristol: January talks night",
            "Hi Candidate,\n\nYou're going! We've saved you a spot.\n\nPyData Bristol: January talks night\nThursday, January 21, 2027\n6:30 PM to 9:00 PM GMT\nEngine Shed, Station Approach, Bristol\n\nAdd to calendar (the .ics is attached)\n\nCan't make it? Change your RSVP so someone on the waitlist can take your spot.\n\nSee you there,\nThe Meetup team\n",
        ),
        (
            "rsvp_ux_de",
            "de",
            "Europe/Berlin",
            (2027, 2, 3, 19, 0),
            120,
            "UX Stammtisch Köln – Februar",
            "UX Stammtisch Köln <info@meetup.example>",
            "Du nimmst teil: UX Stammtisch Köln – Februar",
            "Hallo Candidate,\n\ndu bist dabei! Wir haben dir einen Platz reserviert.\n\nUX Stammtisch Köln – Februar\nMittwoch, 3. Februar 2027\n19:00 bis 21:30 MEZ\nCoworking Ehrenfeld, Venloer Str. 241, Köln\n\nZum Kalender hinzufügen (Datei im Anhang)\n\nDu kannst doch nicht? Ändere deine Zusage, damit jemand von der Warteliste nachrücken kann.\n\nDein Meetup-Team\n",
        ),
        (
            "rsvp_running_es",
            "es",
            "Europe/Madrid",
            (2027, 1, 16, 9, 0),
            60,
            "Carrera social por el Retiro",
            "Runners Madrid Centro <info@meetup.example>",
            "Vas a asistir: Carrera social por el Retiro",
            "Hola, Candidate:\n\n¡Vas a asistir! Te hemos guardado una plaza.\n\nCarrera social por el Retiro\nsábado, 16 de enero de 2027\n9:00 a 10:30 CET\nPuerta de Alcalá, Madrid\n\nAñadir al calendario (archivo adjunto)\n\n¿No puedes ir? Cambia tu respuesta para que alguien de la lista de espera ocupe tu plaza.\n\nEl equipo de Meetup\n",
        ),
        (
            "rsvp_js_fr",
            "fr",
            "Europe/Paris",
            (2027, 2, 9, 19, 0),
            200,
            "Paris.js #118 – WebAssembly et vous",
            "Paris.js <info@meetup.example>",
            "Vous participez : Paris.js #118 – WebAssembly et vous",
            "Bonjour Candidate,\n\nVous participez ! Nous vous avons réservé une place.\n\nParis.js #118 – WebAssembly et vous\nmardi 9 février 2027\n19:00 à 22:00 CET\nLe Wagon, 16 villa Gaudelet, Paris\n\nAjouter à l'agenda (fichier joint)\n\nVous ne pouvez plus venir ? Modifiez votre réponse pour libérer votre place.\n\nL'équipe Meetup\n",
        ),
        (
            "rsvp_boardgames_nl",
            "nl",
            "Europe/Amsterdam",
            (2027, 1, 29, 19, 30),
            40,
            "Bordspellenavond Utrecht",
            "Bordspellen Utrecht <info@meetup.example>",
            "Je gaat naar: Bordspellenavond Utrecht",
            "Hoi Candidate,\n\nJe gaat! We hebben een plek voor je vrijgehouden.\n\nBordspellenavond Utrecht\nvrijdag 29 januari 2027\n19:30 tot 23:00 CET\nCafé De Spelerij, Oudegracht 88, Utrecht\n\nToevoegen aan agenda (bijlage)\n\nKun je toch niet? Pas je aanmelding aan zodat iemand van de wachtlijst kan komen.\n\nHet Meetup-team\n",
        ),
        (
            "reminder_career_changers_en",
            "en",
            "America/New_York",
            (2027, 1, 12, 18, 0),
            80,
            "Career Changers NYC: portfolio review night",
            "Career Changers NYC <info@meetup.example>",
            "Reminder: Career Changers NYC: portfolio review night is tomorrow",
            "Hi Candidate,\n\nJust a heads-up: this event is tomorrow.\n\nCareer Changers NYC: portfolio review night\nTuesday, January 12, 2027\n6:00 PM to 8:30 PM EST\nWeWork, 115 W 18th St, New York\n\nBring a laptop with your portfolio. Volunteers from local studios will give feedback in small groups.\n\nAdd to calendar\n\nThe Meetup team\n",
        ),
    ]
    for name, lang, z, (y, mo, d, h, mi), n, summary, org, subject, text in rows:
        s = at(y, mo, d, h, mi, z)
        cal_mail(
            fam,
            name,
            s=s,
            e=s + timedelta(hours=2, minutes=30),
            z=z,
            prodid=MEETUP,
            method="PUBLISH",
            summary=summary,
            sent=s - timedelta(days=6, hours=3),
            org=org,
            subject=subject,
            text=text,
            kind="not_invitation",
            lang=lang,
            guests=0 if n < 100 else 3,
            attendee=None,
            layout="attach",
            html=True,
            note=f"Meetup RSVP confirmation with a PUBLISH .ics for a public group event ({n} going); no interview for the reader.",
        )


# ------------------------------------------------------------------------------ ebrite26
def ebrite26() -> None:
    fam = "ebrite26"
    rows = [
        (
            "order_conference_en",
            "en",
            "Europe/London",
            (2027, 3, 11, 9, 0),
            "Data Leaders Summit London 2027",
            "Your tickets for Data Leaders Summit London 2027",
            "Hi Candidate,\n\nYou're going to Data Leaders Summit London 2027!\n\nOrder #4815162342 - 1 x General Admission\n\nThursday, 11 March 2027 from 09:00 to 17:30 (GMT)\nThe Brewery, 52 Chiswell Street, London\n\nAdd to calendar: Google · Outlook · iCal · Yahoo\n\nYour ticket is attached as a PDF. Show it on your phone at the door.\n\nEventbrite\n",
            510,
        ),
        (
            "order_taller_es",
            "es",
            "Europe/Madrid",
            (2027, 2, 18, 17, 0),
            "Taller: marca personal en LinkedIn",
            "Tus entradas para Taller: marca personal en LinkedIn",
            "Hola, Candidate:\n\n¡Vas a ir a Taller: marca personal en LinkedIn!\n\nPedido n.º 2718281828 - 1 x Entrada gratuita\n\njueves, 18 de febrero de 2027 de 17:00 a 19:00 (CET)\nEspacio Impact Hub, Calle Alameda 22, Madrid\n\nAñadir al calendario: Google · Outlook · iCal\n\nTu entrada está adjunta en PDF.\n\nEventbrite\n",
            150,
        ),
        (
            "order_fiera_it",
            "it",
            "Europe/Rome",
            (2027, 3, 4, 10, 0),
            "Fiera del Lavoro Torino 2027",
            "I tuoi biglietti per Fiera del Lavoro Torino 2027",
            "Ciao Candidate,\n\nParteciperai a Fiera del Lavoro Torino 2027!\n\nOrdine n. 1414213562 - 1 x Ingresso visitatori\n\ngiovedì 4 marzo 2027 dalle 10:00 alle 18:00 (CET)\nLingotto Fiere, Via Nizza 294, Torino\n\nAggiungi al calendario: Google · Outlook · iCal\n\nPorta con te il biglietto in PDF e qualche copia del CV: oltre 80 aziende ti aspettano agli stand.\n\nEventbrite\n",
            900,
        ),
        (
            "order_palestra_ptbr",
            "pt-BR",
            "America/Sao_Paulo",
            (2027, 2, 20, 14, 0),
            "Palestra: Finanças pessoais para freelancers",
            "Seus ingressos para Palestra: Finanças pessoais para freelancers",
            "Olá, Candidate!\n\nVocê vai para Palestra: Finanças pessoais para freelancers!\n\nPedido nº 1732050807 - 1 x Ingresso gratuito\n\nsábado, 20 de fevereiro de 2027 das 14:00 às 16:00 (BRT)\nCubo Itaú, Alameda Vicente Pinzon 54, São Paulo\n\nAdicionar ao calendário: Google · Outlook · iCal\n\nEventbrite\n",
            120,
        ),
        (
            "order_lesung_de",
            "de",
            "Europe/Berlin",
            (2027, 1, 28, 19, 30),
            "Lesung & Gespräch: Arbeiten in der Zukunft",
            "Deine Tickets für Lesung & Gespräch: Arbeiten in der Zukunft",
            "Hallo Candidate,\n\ndu gehst zu Lesung & Gespräch: Arbeiten in der Zukunft!\n\nBestellung Nr. 3141592653 - 1 x Ticket\n\nDonnerstag, 28. Januar 2027 von 19:30 bis 21:00 (MEZ)\nStadtbibliothek, Zentralbibliothek, Berlin\n\nZum Kalender hinzufügen: Google · Outlook · iCal\n\nEventbrite\n",
            0,
        ),
        (
            "order_workshop_text_en",
            "en",
            "America/Chicago",
            (2027, 2, 6, 10, 0),
            "Resume workshop for veterans",
            "Order confirmation for Resume workshop for veterans",
            "Hi Candidate,\n\nThanks for your order! You're going to Resume workshop for veterans.\n\nOrder #6180339887\nSaturday, February 6, 2027 from 10:00 AM to 12:00 PM (CST)\nHarold Washington Library, 400 S State St, Chicago\n\nAdd to calendar: https://www.eventbrite.example/calendar/6180339887?format=google\n\nQuestions about this event? Contact the organizer.\n\nEventbrite\n",
            -1,
        ),
    ]
    for name, lang, z, (y, mo, d, h, mi), summary, subject, text, n in rows:
        s = at(y, mo, d, h, mi, z)
        e = s + timedelta(hours=2)
        sent = s - timedelta(days=12, hours=5)
        org = "Eventbrite <noreply@order.eventbrite.example>"
        if n < 0:
            text_mail(
                fam,
                name,
                sent=sent,
                sender=org,
                subject=subject,
                text=text,
                lang=lang,
                html=True,
                note="Eventbrite order confirmation with only a Google 'Add to calendar' link: a public workshop, no interview.",
            )
            continue
        cal_mail(
            fam,
            name,
            s=s,
            e=e if "Summit" not in summary else s + timedelta(hours=8, minutes=30),
            z=z,
            prodid=EBRITE,
            method="PUBLISH",
            summary=summary,
            sent=sent,
            org=org,
            subject=subject,
            text=text,
            kind="not_invitation",
            lang=lang,
            guests=0,
            attendee=None,
            layout="attach",
            html=True,
            note=f"Eventbrite order confirmation with an .ics (PUBLISH) for a ticketed public event ({n} tickets sold); no interview.",
        )


# ------------------------------------------------------------------------------ teamslive26
def teamslive26() -> None:
    fam = "teamslive26"
    teams = "Microsoft Teams live event\nJoin live event: https://teams.microsoft.example/l/meetup-join/19%3ameeting_live_{k}\n"
    rows = [
        (
            "townhall_q1_en",
            "en",
            "Europe/London",
            (2027, 1, 27, 15, 0),
            "Q1 Company Update (live event)",
            "Internal Comms <comms@northwind-traders.example>",
            "Q1 Company Update (live event)",
            "Hi all,\n\nPlease join our leadership team for the Q1 company update. Questions can be posted in the Q&A panel during the event.\n\n",
        ),
        (
            "kickoff_de",
            "de",
            "Europe/Berlin",
            (2027, 1, 14, 10, 0),
            "Jahresauftakt 2027 – Liveübertragung",
            "Unternehmenskommunikation <kommunikation@rheinwerk-energie.example>",
            "Jahresauftakt 2027 – Liveübertragung",
            "Liebe Kolleginnen und Kollegen,\n\nzum Jahresauftakt berichtet die Geschäftsführung live über Ziele und Projekte für 2027. Fragen können Sie im Q&A-Bereich stellen.\n\n",
        ),
        (
            "pleniere_fr",
            "fr",
            "Europe/Paris",
            (2027, 2, 2, 11, 0),
            "Plénière RH : nouvelle mutuelle 2027",
            "Direction RH <rh@groupe-lumiere.example>",
            "Plénière RH : nouvelle mutuelle 2027",
            "Bonjour à toutes et à tous,\n\nLa direction des ressources humaines présentera en direct les garanties de la nouvelle mutuelle. Vous pourrez poser vos questions pendant la diffusion.\n\n",
        ),
        (
            "sesion_es",
            "es",
            "Europe/Madrid",
            (2027, 2, 10, 16, 0),
            "Sesión abierta: resultados anuales",
            "Comunicación Interna <comunicacion@grupo-alba.example>",
            "Sesión abierta: resultados anuales",
            "Hola a todos:\n\nOs invitamos a la sesión abierta en la que el comité de dirección presentará los resultados anuales. Se emitirá en directo para todas las oficinas.\n\n",
        ),
        (
            "allstaff_training_en",
            "en",
            "America/New_York",
            (2027, 1, 19, 13, 0),
            "Mandatory training: information security 2027",
            "IT Security <security@contoso-health.example>",
            "Mandatory training: information security 2027",
            "Hello everyone,\n\nThis year's mandatory security awareness training will be delivered as a live event. Attendance is recorded for all staff.\n\n",
        ),
        (
            "infomoment_nl",
            "nl",
            "Europe/Amsterdam",
            (2027, 3, 2, 12, 30),
            "Informatiemoment nieuwe pensioenregeling",
            "HR Services <hr@polder-logistiek.example>",
            "Informatiemoment nieuwe pensioenregeling",
            "Beste collega's,\n\nTijdens dit online informatiemoment legt ons pensioenfonds de nieuwe regeling uit. Na afloop is er ruimte voor vragen.\n\n",
        ),
    ]
    for k, (name, lang, z, (y, mo, d, h, mi), summary, org, subject, text) in enumerate(rows):
        s = at(y, mo, d, h, mi, z)
        cal_mail(
            fam,
            name,
            s=s,
            e=s + timedelta(hours=1),
            z=z,
            prodid=OUTLOOK,
            method="REQUEST",
            summary=summary,
            sent=s - timedelta(days=8),
            org=org,
            subject=subject,
            text=text + teams.format(k=k),
            kind="not_invitation",
            lang=lang,
            guests=25,
            html=True,
            note="Teams live event / all-staff session sent as an Exchange REQUEST to a long list: the reader's workplace event, no interview.",
        )


# ------------------------------------------------------------------------------ health26
def health26() -> None:
    fam = "health26"
    z = "Europe/Paris"
    s = at(2027, 1, 18, 9, 15, z)
    cal_mail(
        fam,
        "doctolib_generaliste_fr",
        s=s,
        e=s + timedelta(minutes=20),
        z=z,
        prodid=DOCTO,
        method="PUBLISH",
        summary="Rendez-vous avec Dr Hélène Marchand – Médecin généraliste",
        sent=at(2027, 1, 5, 20, 41, z),
        org="Doctolib <no-reply@doctolib.example>",
        subject="Votre rendez-vous est confirmé",
        text="Bonjour Candidate,\n\nVotre rendez-vous est confirmé.\n\nDr Hélène Marchand – Médecin généraliste\nLundi 18 janvier 2027 à 09h15\nCabinet médical, 12 rue des Lilas, 69003 Lyon\n\nPensez à apporter votre carte Vitale.\nEn cas d'empêchement, annulez au moins 24 h à l'avance.\n\nAjouter à mon agenda\n\nDoctolib\n",
        kind="not_invitation",
        lang="fr",
        attendee=None,
        layout="attach",
        html=True,
        note="Doctolib-style booking with a PUBLISH .ics: a GP visit, not an interview.",
    )
    z = "Europe/Berlin"
    s = at(2027, 2, 4, 16, 30, z)
    cal_mail(
        fam,
        "arzttermin_de",
        s=s,
        e=s + timedelta(minutes=30),
        z=z,
        prodid="-//Doctolib//Agenda//DE",
        method="PUBLISH",
        summary="Termin bei Dr. med. Jonas Feld (Orthopädie)",
        sent=at(2027, 1, 22, 8, 3, z),
        org="Doctolib <no-reply@doctolib.example>",
        subject="Ihr Termin am 04.02.2027 wurde bestätigt",
        text="Guten Tag,\n\nIhr Termin wurde bestätigt.\n\nDr. med. Jonas Feld – Orthopädie\nDonnerstag, 04.02.2027 um 16:30\nPraxis am Markt, Marktplatz 5, 80331 München\n\nBitte bringen Sie Ihre Versichertenkarte und eventuelle Vorbefunde mit.\n\nIn meinen Kalender eintragen\n\nDoctolib\n",
        kind="not_invitation",
        lang="de",
        attendee=None,
        layout="attach",
        html=True,
        note="German Doctolib-style booking with .ics: a doctor's appointment.",
    )
    z = "Europe/Rome"
    s = at(2027, 2, 15, 11, 0, z)
    cal_mail(
        fam,
        "visita_dentista_it",
        s=s,
        e=s + timedelta(minutes=45),
        z=z,
        prodid="-//MioDottore//Agenda//IT",
        method="PUBLISH",
        summary="Visita: igiene dentale – Studio Dott.ssa Ferri",
        sent=at(2027, 2, 1, 18, 0, z),
        org="MioDottore <prenotazioni@miodottore.example>",
        subject="Prenotazione confermata",
        text="Gentile Candidate,\n\nla tua prenotazione è confermata.\n\nStudio Dentistico Dott.ssa Laura Ferri\nlunedì 15 febbraio 2027, ore 11:00\nVia Po 14, Torino\nPrestazione: igiene dentale\n\nAggiungi al calendario\n\nMioDottore\n",
        kind="not_invitation",
        lang="it",
        attendee=None,
        layout="attach",
        note="Dental hygiene booking with .ics (PUBLISH).",
    )
    z = "Europe/Madrid"
    s = at(2027, 1, 26, 17, 40, z)
    text_mail(
        fam,
        "cita_fisio_es",
        sent=at(2027, 1, 20, 12, 5, z),
        sender="Clínica Fisiosalud <citas@fisiosalud.example>",
        subject="Recordatorio de su cita",
        text="Hola Candidate,\n\nLe recordamos su cita en Clínica Fisiosalud:\n\nFecha: martes 26/01/2027\nHora: 17:40\nProfesional: Marta Ibáñez (fisioterapia)\nDirección: Calle Mayor 40, Zaragoza\n\nSi no puede acudir, llame al 976 000 111.\n\nUn saludo,\nClínica Fisiosalud\n",
        lang="es",
        note="Physiotherapy appointment reminder, text only.",
    )
    z = "Europe/Amsterdam"
    s = at(2027, 2, 9, 8, 50, z)
    cal_mail(
        fam,
        "afspraak_huisarts_nl",
        s=s,
        e=s + timedelta(minutes=10),
        z=z,
        prodid="-//Zorgdomein//Afspraken//NL",
        method="REQUEST",
        summary="Afspraak huisarts – dr. P. de Wit",
        sent=at(2027, 2, 2, 10, 30, z),
        org="Huisartsenpraktijk De Linde <afspraken@delinde.example>",
        subject="Bevestiging van uw afspraak",
        text="Beste Candidate,\n\nHierbij de bevestiging van uw afspraak bij dr. P. de Wit.\n\nDatum: dinsdag 9 februari 2027\nTijd: 08:50\nLocatie: Huisartsenpraktijk De Linde, Lindelaan 3, Haarlem\n\nMet vriendelijke groet,\nHuisartsenpraktijk De Linde\n",
        kind="not_invitation",
        lang="nl",
        note="GP appointment sent as a REQUEST by the practice's booking system.",
    )
    z = "Europe/London"
    s = at(2027, 1, 22, 14, 10, z)
    text_mail(
        fam,
        "optician_en",
        sent=at(2027, 1, 8, 9, 0, z),
        sender="Clearview Opticians <bookings@clearview.example>",
        subject="Your eye test is booked",
        text="Hi Candidate,\n\nYour appointment is confirmed.\n\nEye test with Priya Shah (optometrist)\nFriday 22 January 2027, 2:10pm\nClearview Opticians, 8 High Street, Reading\n\nPlease bring your current glasses and a list of any medication.\n\nAdd to calendar: https://clearview.example/ics/88412\n\nClearview Opticians\n",
        lang="en",
        html=True,
        note="Optician booking with an add-to-calendar link only.",
    )
    z = "Europe/Warsaw"
    s = at(2027, 3, 3, 7, 45, z)
    cal_mail(
        fam,
        "wizyta_lekarz_pl",
        s=s,
        e=s + timedelta(minutes=15),
        z=z,
        prodid="-//ZnanyLekarz//Kalendarz//PL",
        method="PUBLISH",
        summary="Wizyta: lek. Anna Wróbel – internista",
        sent=at(2027, 2, 20, 19, 12, z),
        org="ZnanyLekarz <wizyty@znanylekarz.example>",
        subject="Potwierdzenie wizyty",
        text="Dzień dobry,\n\nwizyta została potwierdzona.\n\nlek. Anna Wróbel – internista\nśroda, 3 marca 2027, godz. 7:45\nPrzychodnia Zdrowie, ul. Długa 10, Gdańsk\n\nDodaj do kalendarza\n\nZnanyLekarz\n",
        kind="not_invitation",
        lang="pl",
        attendee=None,
        layout="attach",
        note="Polish doctor's booking with a PUBLISH .ics.",
    )


# ------------------------------------------------------------------------------ closure26
def closure26() -> None:
    fam = "closure26"
    z = "Europe/Berlin"
    cal_mail(
        fam,
        "betriebsruhe_allday_de",
        s=date(2027, 12, 24),
        e=date(2028, 1, 2),
        z=None,
        prodid=OUTLOOK,
        method="PUBLISH",
        summary="Betriebsruhe zum Jahreswechsel",
        sent=at(2026, 12, 1, 9, 0, z),
        org="Personalabteilung <personal@nordholz-bau.example>",
        subject="Betriebsruhe zum Jahreswechsel",
        text="Liebe Kolleginnen und Kollegen,\n\nunser Betrieb bleibt vom 24.12.2027 bis einschließlich 01.01.2028 geschlossen. Den Termin finden Sie im Anhang für Ihren Kalender.\n\nPersonalabteilung\n",
        kind="not_invitation",
        lang="de",
        attendee=None,
        layout="attach",
        note="All-day PUBLISH closure notice.",
    )
    z = "Europe/London"
    text_mail(
        fam,
        "office_move_en",
        sent=at(2027, 1, 12, 16, 0, z),
        sender="Facilities <facilities@hartley-partners.example>",
        subject="Office move: we close early on Friday 29 January",
        text="Hi everyone,\n\nThe office will close at 2pm on Friday 29 January so the movers can start packing. From Monday 1 February we are at 20 Canal Street, Manchester.\n\nPlease clear your desks by 1pm.\n\nFacilities\n",
        lang="en",
        note="Office move notice with a closing time.",
    )
    z = "Europe/Madrid"
    text_mail(
        fam,
        "plazo_portal_es",
        sent=at(2027, 1, 10, 10, 0, z),
        sender="Portal de Empleo Público <avisos@empleopublico.example>",
        subject="Recordatorio: plazo de inscripción",
        text="Estimado/a Candidate:\n\nLe recordamos que el plazo de inscripción en la convocatoria de auxiliar administrativo termina el viernes 22 de enero de 2027 a las 14:00 (hora peninsular).\n\nPuede completar su solicitud en la sede electrónica.\n\nPortal de Empleo Público\n",
        lang="es",
        note="Application-portal deadline: a date and hour to act by, no meeting.",
    )
    z = "Asia/Kolkata"
    text_mail(
        fam,
        "tax_declaration_en_in",
        sent=at(2027, 1, 5, 11, 0, z),
        sender="Payroll Desk <payroll@indus-softech.example>",
        subject="Action required: investment proof submission",
        text="Dear Employee,\n\nPlease upload your investment proofs (80C, 80D, HRA) on the payroll portal by 20 January 2027, 6:00 PM IST. Submissions after this time will not be considered for this financial year.\n\nRegards,\nPayroll Desk\n",
        lang="en",
        note="Investment declaration deadline with an hour.",
    )
    z = "Europe/Paris"
    cal_mail(
        fam,
        "pont_ferie_fr",
        s=date(2027, 5, 14),
        e=date(2027, 5, 15),
        z=None,
        prodid=GOOGLE,
        method="PUBLISH",
        summary="Pont de l'Ascension – bureaux fermés",
        sent=at(2027, 1, 6, 9, 30, z),
        org="Ressources humaines <rh@atelier-garonne.example>",
        subject="Calendrier 2027 : pont de l'Ascension",
        text="Bonjour à tous,\n\nLes bureaux seront fermés le vendredi 14 mai 2027 (pont de l'Ascension). L'événement est joint pour vos agendas.\n\nLes RH\n",
        kind="not_invitation",
        lang="fr",
        attendee=None,
        layout="attach",
        note="All-day holiday published to staff.",
    )
    z = "America/Sao_Paulo"
    text_mail(
        fam,
        "reabertura_agenda_ptbr",
        sent=at(2027, 1, 4, 8, 0, z),
        sender="Poupatempo Digital <avisos@poupatempo.example>",
        subject="Agenda reaberta: novos horários disponíveis",
        text="Olá, Candidate!\n\nA agenda de atendimento foi reaberta. Novos horários estarão disponíveis a partir de segunda-feira, 11 de janeiro de 2027, às 8h.\n\nAgende seu horário pelo aplicativo.\n\nPoupatempo\n",
        lang="pt-BR",
        note="Reopened booking notice: slots open at a time, nothing booked.",
    )


# ------------------------------------------------------------------------------ sales26
def sales26() -> None:
    fam = "sales26"
    z = "America/New_York"
    s = at(2027, 1, 20, 11, 0, z)
    cal_mail(
        fam,
        "discovery_call_calendly_en",
        s=s,
        e=s + timedelta(minutes=30),
        z=z,
        prodid=CALENDLY,
        method="REQUEST",
        summary="Discovery call: Brightfunnel CRM x Candidate",
        sent=at(2027, 1, 13, 15, 2, z),
        org="Jordan Blake <jordan@brightfunnel.example>",
        subject="Confirmed: Discovery call: Brightfunnel CRM x Candidate",
        text="Hi Candidate,\n\nA new event has been scheduled.\n\nEvent type: Discovery call (30 min)\nWednesday, January 20, 2027, 11:00am - 11:30am (Eastern Time - US & Canada)\nLocation: Zoom, link in the invitation\n\nJordan will walk you through pricing for teams of 10-50 seats.\n\nPowered by Calendly\n",
        kind="not_invitation",
        lang="en",
        note="Sales discovery call booked through a scheduling tool: a vendor's call, not a job interview.",
    )
    z = "Europe/Berlin"
    s = at(2027, 2, 2, 14, 0, z)
    cal_mail(
        fam,
        "produktdemo_de",
        s=s,
        e=s + timedelta(minutes=45),
        z=z,
        prodid="-//HubSpot//Meetings//EN",
        method="REQUEST",
        summary="Produktdemo Lagerwerk ERP",
        sent=at(2027, 1, 26, 10, 11, z),
        org="Svenja Kluge <s.kluge@lagerwerk.example>",
        subject="Ihre Produktdemo: Lagerwerk ERP",
        text="Hallo Candidate,\n\nvielen Dank für Ihr Interesse an Lagerwerk ERP. Wie besprochen zeige ich Ihnen am Dienstag, 2. Februar um 14:00 Uhr die Module Einkauf und Lager.\n\nViele Grüße\nSvenja Kluge\nVertrieb, Lagerwerk GmbH\n",
        kind="not_invitation",
        lang="de",
        note="Product demo by a vendor's salesperson (HubSpot Meetings-style REQUEST).",
    )
    z = "America/Sao_Paulo"
    text_mail(
        fam,
        "agende_horario_ptbr",
        sent=at(2027, 1, 11, 9, 30, z),
        sender="Rafaela Nunes <rafaela@contabilfacil.example>",
        subject="Vamos conversar? Escolha um horário",
        text="Oi, Candidate!\n\nVi que você baixou nosso guia de MEI. Que tal uma conversa de 20 minutos para ver se o Contábil Fácil ajuda seu negócio?\n\nTenho horários na quinta, 14/01, às 10h ou às 15h. Se preferir, escolha um horário aqui: https://meetings.contabilfacil.example/rafaela\n\nAbraço,\nRafaela\n",
        lang="pt-BR",
        note="Sales outreach offering slots and a booking link; nothing booked.",
    )
    z = "Europe/London"
    text_mail(
        fam,
        "pick_a_time_en",
        sent=at(2027, 1, 7, 13, 0, z),
        sender="Tom Askew <tom@ledgerly.example>",
        subject="15 minutes next week?",
        text="Hi Candidate,\n\nFollowing up on the trial you started. Would Tuesday 12 January at 10:30 work for a quick call to set up your invoices? If not, pick a time that suits you: https://ledgerly.example/meet/tom\n\nCheers,\nTom\nAccount Executive, Ledgerly\n",
        lang="en",
        note="Sales follow-up proposing a slot and a booking link.",
    )
    z = "Europe/Paris"
    s = at(2027, 1, 25, 10, 0, z)
    cal_mail(
        fam,
        "rdv_conseiller_energie_fr",
        s=s,
        e=s + timedelta(minutes=30),
        z=z,
        prodid=GOOGLE,
        method="REQUEST",
        summary="Rendez-vous conseiller – devis panneaux solaires",
        sent=at(2027, 1, 18, 17, 20, z),
        org="Soleil Direct <rdv@soleil-direct.example>",
        subject="Invitation : Rendez-vous conseiller – devis panneaux solaires",
        text="Bonjour,\n\nVotre conseiller vous appellera le lundi 25 janvier à 10h00 pour étudier votre devis d'installation.\n\nSoleil Direct\n",
        kind="not_invitation",
        lang="fr",
        note="A solar-panel seller's adviser call sent as a Google REQUEST.",
    )
    z = "Europe/Stockholm"
    s = at(2027, 2, 11, 13, 0, z)
    cal_mail(
        fam,
        "demo_sv",
        s=s,
        e=s + timedelta(minutes=30),
        z=z,
        prodid=OUTLOOK,
        method="REQUEST",
        summary="Demo av Kassaflöde – bokföring för småföretag",
        sent=at(2027, 2, 3, 9, 45, z),
        org="Elin Berg <elin.berg@kassaflode.example>",
        subject="Demo av Kassaflöde – bokföring för småföretag",
        text="Hej!\n\nTack för att du bokade en demo. Vi ses torsdag 11 februari kl. 13.00 i Teams.\n\nHälsningar\nElin Berg\nSäljare, Kassaflöde AB\n",
        kind="not_invitation",
        lang="sv",
        note="Swedish product demo booked with a salesperson.",
    )


# ------------------------------------------------------------------------------ webinar26 (held out)
def webinar26() -> None:
    fam = "webinar26"
    rows = [
        (
            "gotowebinar_en",
            "en",
            "America/Chicago",
            (2027, 2, 17, 12, 0),
            GOTOW,
            "Webinar: Building a remote onboarding program",
            "GoTo Webinar <customercare@gotowebinar.example>",
            "Registration confirmation: Building a remote onboarding program",
            'Hi Candidate,\n\nThank you for registering for "Building a remote onboarding program".\n\nWednesday, February 17, 2027 12:00 PM - 1:00 PM CST\n\nPlease send your questions, comments and feedback to: events@peoplecraft.example\n\nHow to join the webinar: https://attendee.gotowebinar.example/join/5521/889\n\nAdd to calendar: the .ics file is attached\n',
            "PUBLISH",
        ),
        (
            "zoom_webinar_es",
            "es",
            "Europe/Madrid",
            (2027, 2, 24, 18, 0),
            ZOOM,
            "Seminario web: fiscalidad para autónomos 2027",
            "Zoom <no-reply@zoom.example>",
            "Confirmación de seminario web: fiscalidad para autónomos 2027",
            'Hola Candidate:\n\nGracias por inscribirse en "Seminario web: fiscalidad para autónomos 2027".\n\nFecha y hora: 24 feb 2027 06:00 p. m. Madrid\n\nÚnase desde un PC, Mac, iPad o Android: https://zoom.example/w/8127734?tk=abc\n\nAgregar al calendario\n',
            "PUBLISH",
        ),
        (
            "zoom_webinar_de",
            "de",
            "Europe/Berlin",
            (2027, 3, 3, 10, 0),
            ZOOM,
            "Online-Seminar: Arbeitsrecht kompakt",
            "Zoom <no-reply@zoom.example>",
            "Bestätigung des Webinars: Arbeitsrecht kompakt",
            'Hallo Candidate,\n\nvielen Dank für Ihre Anmeldung zu "Online-Seminar: Arbeitsrecht kompakt".\n\nDatum und Uhrzeit: 3. März 2027 10:00 AM Berlin\n\nVon PC, Mac, iPad oder Android teilnehmen: https://zoom.example/w/66310?tk=def\n\nZum Kalender hinzufügen\n',
            "PUBLISH",
        ),
        (
            "webinaire_fr",
            "fr",
            "Europe/Paris",
            (2027, 2, 9, 12, 30),
            GOTOW,
            "Webinaire : recruter en alternance",
            "GoTo Webinar <customercare@gotowebinar.example>",
            "Confirmation d'inscription : recruter en alternance",
            "Bonjour Candidate,\n\nMerci de vous être inscrit au webinaire « Recruter en alternance ».\n\nmardi 9 février 2027 12:30 - 13:30 CET\n\nRejoindre le webinaire : https://attendee.gotowebinar.example/join/7730/112\n\nAjouter au calendrier : fichier joint\n",
            "PUBLISH",
        ),
        (
            "zoom_webinar_ptbr_text",
            "pt-BR",
            "America/Sao_Paulo",
            (2027, 3, 10, 19, 0),
            None,
            "",
            "Zoom <no-reply@zoom.example>",
            "Confirmação do webinar: Carreira em dados",
            'Olá Candidate,\n\nObrigado por se inscrever no webinar "Carreira em dados".\n\nData e hora: 10 mar 2027 07:00 PM Brasília\n\nParticipe pelo PC, Mac, iPad ou Android: https://zoom.example/w/99120?tk=ghi\n\nAdicionar ao calendário: Google Agenda · Outlook · Yahoo\n',
            None,
        ),
        (
            "webinar_it",
            "it",
            "Europe/Rome",
            (2027, 2, 25, 17, 0),
            GOTOW,
            "Webinar: il colloquio di lavoro in inglese",
            "GoTo Webinar <customercare@gotowebinar.example>",
            "Conferma di registrazione: il colloquio di lavoro in inglese",
            'Ciao Candidate,\n\ngrazie per esserti registrato al webinar "Il colloquio di lavoro in inglese".\n\ngiovedì 25 febbraio 2027 17:00 - 18:00 CET\n\nPartecipa: https://attendee.gotowebinar.example/join/3377/450\n\nAggiungi al calendario: file allegato\n',
            "PUBLISH",
        ),
        (
            "teams_webinar_nl",
            "nl",
            "Europe/Amsterdam",
            (2027, 3, 16, 15, 0),
            OUTLOOK,
            "Webinar: solliciteren bij de overheid",
            "Werken bij de Rijksoverheid <events@werkenvoornl.example>",
            "Uw registratie: Webinar solliciteren bij de overheid",
            "Beste Candidate,\n\nBedankt voor uw registratie voor het webinar 'Solliciteren bij de overheid'. Recruiters vertellen hoe een sollicitatieprocedure verloopt.\n\nDinsdag 16 maart 2027, 15:00 - 16:00\n\nDeelnemen via Microsoft Teams: https://teams.microsoft.example/l/meetup-join/19%3awebinar_nl\n",
            "REQUEST",
        ),
    ]
    for name, lang, z, (y, mo, d, h, mi), prodid, summary, org, subject, text, method in rows:
        s = at(y, mo, d, h, mi, z)
        sent = s - timedelta(days=9, hours=2)
        if prodid is None:
            text_mail(
                fam,
                name,
                sent=sent,
                sender=org,
                subject=subject,
                text=text,
                lang=lang,
                html=True,
                note="Zoom Webinar registration, text only with add-to-calendar links.",
            )
            continue
        cal_mail(
            fam,
            name,
            s=s,
            e=s + timedelta(hours=1),
            z=z,
            prodid=prodid,
            method=method,
            summary=summary,
            sent=sent,
            org=org,
            subject=subject,
            text=text,
            kind="not_invitation",
            lang=lang,
            attendee=None if method == "PUBLISH" else "NEEDS-ACTION",
            guests=0 if method == "PUBLISH" else 40,
            layout="attach" if method == "PUBLISH" else "alt",
            html=True,
            note="Webinar registration with its calendar part: open to all who sign up, no interview.",
        )


# ------------------------------------------------------------------------------ bank26 (held out)
def bank26() -> None:
    fam = "bank26"
    rows = [
        (
            "doradca_pl",
            "pl",
            "Europe/Warsaw",
            (2027, 2, 8, 10, 30),
            "Spotkanie z doradcą – konto firmowe",
            "Bank Odra <wizyty@bankodra.example>",
            "Potwierdzenie wizyty w oddziale",
            "Dzień dobry,\n\npotwierdzamy spotkanie z doradcą:\n\nponiedziałek, 8 lutego 2027, godz. 10:30\nOddział Wrocław Rynek 12\nTemat: konto firmowe\n\nProsimy zabrać dowód osobisty.\n\nBank Odra\n",
            True,
        ),
        (
            "beratung_de",
            "de",
            "Europe/Berlin",
            (2027, 1, 27, 15, 0),
            "Beratungstermin Baufinanzierung",
            "Sparkasse Mittelland <termine@spk-mittelland.example>",
            "Ihr Beratungstermin",
            "Guten Tag,\n\nwir bestätigen Ihren Beratungstermin zur Baufinanzierung:\n\nMittwoch, 27.01.2027, 15:00 Uhr\nFiliale Hauptstraße 8, Kassel\nIhr Berater: Herr Markus Lehn\n\nBitte bringen Sie Ihre letzten drei Gehaltsabrechnungen mit.\n\nSparkasse Mittelland\n",
            True,
        ),
        (
            "conseiller_fr_text",
            "fr",
            "Europe/Paris",
            (2027, 2, 1, 9, 30),
            "",
            "Crédit Rivage <rdv@credit-rivage.example>",
            "Confirmation de votre rendez-vous",
            "Bonjour,\n\nVotre rendez-vous avec votre conseillère, Mme Sophie Arnaud, est confirmé le lundi 1er février 2027 à 9h30 à l'agence de Nantes Centre. Objet : assurance emprunteur.\n\nCrédit Rivage\n",
            False,
        ),
        (
            "asesor_es",
            "es",
            "Europe/Madrid",
            (2027, 2, 12, 12, 0),
            "Cita con su gestor – plan de pensiones",
            "Banco Meseta <citas@bancomeseta.example>",
            "Cita confirmada con su gestor",
            "Estimado cliente:\n\nLe confirmamos su cita con su gestor, D. Álvaro Pinto:\n\nviernes, 12 de febrero de 2027, 12:00\nOficina 0214, Paseo de Gracia 50, Barcelona\nAsunto: plan de pensiones\n\nBanco Meseta\n",
            True,
        ),
        (
            "gerente_ptbr_text",
            "pt-BR",
            "America/Sao_Paulo",
            (2027, 1, 19, 14, 0),
            "",
            "Banco Horizonte <agendamento@bancohorizonte.example>",
            "Agendamento confirmado",
            "Olá, Candidate!\n\nSeu atendimento com o gerente foi agendado:\n\nData: 19/01/2027\nHorário: 14h\nAgência: 0412 - Av. Paulista, 1000\nAssunto: renegociação de financiamento\n\nBanco Horizonte\n",
            False,
        ),
        (
            "tax_adviser_en",
            "en",
            "Europe/London",
            (2027, 1, 13, 16, 0),
            "Self Assessment review with Mark Dale",
            "Dale & Co Accountants <appointments@daleco.example>",
            "Appointment: Self Assessment review",
            "Hi Candidate,\n\nThis confirms your appointment with Mark Dale to review your Self Assessment return before the 31 January deadline.\n\nWednesday 13 January 2027, 4:00pm\nDale & Co, 3 Bridge Street, Leeds\n\nPlease bring your P60 and any receipts.\n\nDale & Co Accountants\n",
            True,
        ),
        (
            "forsakring_sv",
            "sv",
            "Europe/Stockholm",
            (2027, 2, 5, 9, 0),
            "Möte med rådgivare – pensionsförsäkring",
            "Försäkringsbolaget Trygg <bokning@trygg.example>",
            "Bokningsbekräftelse: möte med rådgivare",
            "Hej!\n\nDin bokning är bekräftad.\n\nMöte med rådgivare om pensionsförsäkring\nFredag 5 februari 2027 kl. 09.00\nKontoret på Drottninggatan 20, Stockholm\n\nVälkommen!\nTrygg\n",
            True,
        ),
    ]
    for name, lang, z, (y, mo, d, h, mi), summary, org, subject, text, has_cal in rows:
        s = at(y, mo, d, h, mi, z)
        sent = s - timedelta(days=7, hours=1)
        if not has_cal:
            text_mail(
                fam,
                name,
                sent=sent,
                sender=org,
                subject=subject,
                text=text,
                lang=lang,
                note="Bank adviser appointment, text only.",
            )
            continue
        cal_mail(
            fam,
            name,
            s=s,
            e=s + timedelta(minutes=45),
            z=z,
            prodid=OUTLOOK if lang in ("de", "en") else "-//Bank//Wizyty//XX",
            method="PUBLISH" if lang != "de" else "REQUEST",
            summary=summary,
            sent=sent,
            org=org,
            subject=subject,
            text=text,
            kind="not_invitation",
            lang=lang,
            attendee=None if lang != "de" else "NEEDS-ACTION",
            layout="attach",
            note="Bank, insurer or tax-adviser appointment with its calendar part; no interview.",
        )


# ------------------------------------------------------------------------------ rehearse26 (held out)
def rehearse26() -> None:
    fam = "rehearse26"
    rows = [
        (
            "proba_orkiestry_pl",
            "pl",
            "Europe/Warsaw",
            (2027, 1, 23, 10, 0),
            "Próba orkiestry – koncert noworoczny",
            "Orkiestra Dęta Sokół <zarzad@orkiestra-sokol.example>",
            "Próba przed koncertem noworocznym",
            "Drodzy muzycy,\n\nzapraszamy na próbę w sobotę 23 stycznia o 10:00 w sali domu kultury. Prosimy o punktualność.\n\nZarząd orkiestry\n",
            True,
        ),
        (
            "chorprobe_de",
            "de",
            "Europe/Berlin",
            (2027, 2, 6, 14, 0),
            "Zusatzprobe Frühjahrskonzert",
            "Kammerchor Lindenau <vorstand@kammerchor-lindenau.example>",
            "Zusatzprobe am Samstag",
            "Liebe Sängerinnen und Sänger,\n\nfür das Frühjahrskonzert proben wir zusätzlich am Samstag, 6. Februar, von 14:00 bis 17:00 Uhr im Gemeindesaal.\n\nDer Vorstand\n",
            True,
        ),
        (
            "repetition_fr_text",
            "fr",
            "Europe/Paris",
            (2027, 1, 30, 15, 0),
            "",
            "Troupe du Grenier <troupe@grenier-theatre.example>",
            "Répétition générale samedi",
            "Bonjour à tous,\n\nla répétition générale aura lieu samedi 30 janvier à 15h à la salle des fêtes. Costumes obligatoires.\n\nLa troupe\n",
            False,
        ),
        (
            "ensayo_es",
            "es",
            "Europe/Madrid",
            (2027, 2, 13, 11, 0),
            "Ensayo general – concierto de primavera",
            "Coro Santa Cecilia <junta@corosantacecilia.example>",
            "Ensayo general del sábado",
            "Hola a todos:\n\nos recordamos el ensayo general del sábado 13 de febrero a las 11:00 en la parroquia.\n\nLa junta del coro\n",
            True,
        ),
        (
            "training_en_text",
            "en",
            "Europe/London",
            (2027, 1, 17, 10, 0),
            "",
            "Riverside Hockey Club <coach@riversidehc.example>",
            "Extra training session Sunday",
            "Hi all,\n\nExtra training session this Sunday 17 January, 10:00 at the Astro, ahead of the cup match. Bring both kits.\n\nCoach Dan\n",
            False,
        ),
        (
            "repetitie_nl",
            "nl",
            "Europe/Amsterdam",
            (2027, 2, 20, 13, 30),
            "Repetitie harmonieorkest – voorjaarsconcert",
            "Harmonie Concordia <bestuur@concordia-harmonie.example>",
            "Extra repetitie zaterdag",
            "Beste muzikanten,\n\nop zaterdag 20 februari is er een extra repetitie van 13:30 tot 16:30 in het clubhuis.\n\nHet bestuur\n",
            True,
        ),
        (
            "korrepetition_sv",
            "sv",
            "Europe/Stockholm",
            (2027, 3, 6, 12, 0),
            "Körrepetition inför vårkonserten",
            "Kammarkören Lärkan <styrelsen@larkan.example>",
            "Extra repetition lördag",
            "Hej alla!\n\nVi har en extra repetition lördag 6 mars kl. 12.00 i församlingshemmet inför vårkonserten.\n\nStyrelsen\n",
            True,
        ),
    ]
    for name, lang, z, (y, mo, d, h, mi), summary, org, subject, text, has_cal in rows:
        s = at(y, mo, d, h, mi, z)
        sent = s - timedelta(days=5, hours=3)
        if not has_cal:
            text_mail(
                fam,
                name,
                sent=sent,
                sender=org,
                subject=subject,
                text=text,
                lang=lang,
                note="Club rehearsal or training, text only.",
            )
            continue
        cal_mail(
            fam,
            name,
            s=s,
            e=s + timedelta(hours=3),
            z=z,
            prodid=GOOGLE,
            method="PUBLISH" if lang != "de" else "REQUEST",
            summary=summary,
            sent=sent,
            org=org,
            subject=subject,
            text=text,
            kind="not_invitation",
            lang=lang,
            guests=12,
            attendee=None if lang != "de" else "NEEDS-ACTION",
            layout="attach",
            note="Club or choir rehearsal with a calendar part sent to all members.",
        )


# ------------------------------------------------------------------------------ controls
def _controls(
    fam: str, cal_rows: list[tuple[object, ...]], text_rows: list[tuple[object, ...]]
) -> None:
    for name, lang, z, (
        y,
        mo,
        d,
        h,
        mi,
    ), mins, prodid, method, summary, org, subject, text in cal_rows:  # type: ignore[misc]
        s = at(y, mo, d, h, mi, z)
        cal_mail(
            fam,
            name,
            s=s,
            e=s + timedelta(minutes=mins),
            z=z,
            prodid=prodid,
            method=method,
            summary=summary,
            sent=s - timedelta(days=4, hours=2),
            org=org,
            subject=subject,
            text=text,
            kind="invitation",
            lang=lang,
            note="Control: a real interview invitation whose title says little; must stay claimed.",
        )
    for name, lang, z, (y, mo, d, h, mi), mins, org, subject, text in text_rows:  # type: ignore[misc]
        s = at(y, mo, d, h, mi, z)
        e = s + timedelta(minutes=mins) if mins else None
        text_mail(
            fam,
            name,
            sent=s - timedelta(days=3, hours=5),
            sender=org,
            subject=subject,
            text=text,
            lang=lang,
            lab=text_label(s, e),
            note="Control: a short interview invitation in text; must stay claimed.",
        )


def ctrl26() -> None:
    cal_rows = [
        (
            "meeting_with_anna_en",
            "en",
            "Europe/London",
            (2027, 1, 20, 14, 0),
            45,
            OUTLOOK,
            "REQUEST",
            "Meeting with Anna",
            "Anna Price <anna.price@kestrel-analytics.example>",
            "Meeting with Anna",
            "Hi Candidate,\n\nThanks for applying for the analyst role. I've sent an invite for a first conversation; let me know if the time doesn't work.\n\nAnna\nTalent Partner, Kestrel Analytics\n",
        ),
        (
            "gespraech_de",
            "de",
            "Europe/Berlin",
            (2027, 1, 26, 11, 0),
            60,
            OUTLOOK,
            "REQUEST",
            "Gespräch Candidate / Brandt",
            "Julia Brandt <j.brandt@elbtal-software.example>",
            "Gespräch am 26.01.",
            "Hallo Candidate,\n\nvielen Dank für Ihre Bewerbung. Anbei die Einladung zu unserem Gespräch mit dem Teamleiter.\n\nBeste Grüße\nJulia Brandt\nHR, Elbtal Software\n",
        ),
        (
            "echange_fr",
            "fr",
            "Europe/Paris",
            (2027, 2, 3, 10, 30),
            30,
            GOOGLE,
            "REQUEST",
            "Échange – Candidate",
            "Marc Dufresne <marc@studio-azur.example>",
            "Invitation : Échange – Candidate",
            "Bonjour,\n\nSuite à votre candidature au poste de designer, je vous propose un premier échange en visio. L'invitation est jointe.\n\nMarc\n",
        ),
        (
            "calendly_publish_es",
            "es",
            "Europe/Madrid",
            (2027, 2, 9, 16, 0),
            30,
            CALENDLY,
            "PUBLISH",
            "Llamada con Lucía (Talento)",
            "Lucía Romero <lucia@datanorte.example>",
            "Confirmado: Llamada con Lucía (Talento)",
            "Hola Candidate,\n\nSe ha programado un nuevo evento.\n\nTipo de evento: Primera llamada – proceso de selección Backend\nmartes, 9 de febrero de 2027, 16:00 - 16:30 (hora de Europa Central)\n\nGracias por tu candidatura,\nLucía\n",
        ),
        (
            "call_pl",
            "pl",
            "Europe/Warsaw",
            (2027, 1, 28, 13, 0),
            45,
            OUTLOOK,
            "REQUEST",
            "Rozmowa – Candidate",
            "Karolina Zięba <k.zieba@wisla-it.example>",
            "Rozmowa w czwartek",
            "Dzień dobry,\n\ndziękujemy za przesłanie CV. Zapraszam na rozmowę z kierownikiem zespołu, zaproszenie w załączniku.\n\nKarolina Zięba\nRekrutacja, Wisła IT\n",
        ),
    ]
    text_rows = [
        (
            "quick_chat_en",
            "en",
            "America/New_York",
            (2027, 1, 21, 15, 0),
            30,
            "Sam Ortiz <sam@finchlabs.example>",
            "Quick chat Thursday?",
            "Hi Candidate,\n\nThanks for your application to Finch Labs. Could we do a quick 30-minute call on Thursday, January 21 at 3pm? I'll send a Zoom link.\n\nSam\nRecruiter, Finch Labs\n",
        ),
        (
            "conversa_ptbr",
            "pt-BR",
            "America/Sao_Paulo",
            (2027, 2, 2, 10, 0),
            0,
            "Beatriz Lima <beatriz@vetor.example>",
            "Conversa sobre a vaga",
            "Oi Candidate,\n\nobrigada pela candidatura! Podemos conversar na terça, 02/02, às 10h? Vou te mandar o link do Meet.\n\nBeatriz\nTalent Acquisition, Vetor\n",
        ),
        (
            "gesprek_nl",
            "nl",
            "Europe/Amsterdam",
            (2027, 2, 4, 9, 30),
            0,
            "Ruud Smit <ruud@dijkstra-bouw.example>",
            "Kennismaking",
            "Beste Candidate,\n\nDank voor je sollicitatie. Ik wil je graag uitnodigen voor een kennismaking op donderdag 4 februari om 9.30 uur op ons kantoor in Zwolle.\n\nGroet,\nRuud Smit\n",
        ),
    ]
    _controls("ctrl26", cal_rows, text_rows)


def ctrlho26() -> None:
    cal_rows = [
        (
            "chat_with_tom_en",
            "en",
            "America/Chicago",
            (2027, 2, 10, 9, 0),
            30,
            GOOGLE,
            "REQUEST",
            "Chat with Tom",
            "Tom Reyes <tom@prairie-robotics.example>",
            "Invitation: Chat with Tom",
            "Hi Candidate,\n\nGreat to hear from you about the controls engineer opening. Invite attached for a short chat.\n\nTom\n",
        ),
        (
            "colloquio_it",
            "it",
            "Europe/Rome",
            (2027, 2, 16, 15, 0),
            45,
            OUTLOOK,
            "REQUEST",
            "Incontro Candidate",
            "Giulia Sala <g.sala@lariotech.example>",
            "Incontro martedì",
            "Buongiorno,\n\ngrazie per la sua candidatura. Le invio l'invito per un incontro conoscitivo con il responsabile tecnico.\n\nGiulia Sala\nHR, Lario Tech\n",
        ),
        (
            "samtal_sv",
            "sv",
            "Europe/Stockholm",
            (2027, 2, 18, 10, 0),
            60,
            OUTLOOK,
            "REQUEST",
            "Samtal – Candidate",
            "Oskar Lind <oskar.lind@norrsken-energi.example>",
            "Samtal torsdag",
            "Hej Candidate,\n\ntack för din ansökan. Här kommer en inbjudan till ett första samtal med mig och teamchefen.\n\nOskar\n",
        ),
    ]
    text_rows = [
        (
            "termin_de",
            "de",
            "Europe/Berlin",
            (2027, 2, 11, 14, 0),
            0,
            "Lena Vogt <l.vogt@moselwerk.example>",
            "Termin Donnerstag",
            "Hallo Candidate,\n\ndanke für Ihre Bewerbung. Passt Ihnen Donnerstag, 11.02., um 14 Uhr für ein erstes Gespräch per Teams?\n\nViele Grüße\nLena Vogt\n",
        ),
        (
            "rdv_fr",
            "fr",
            "Europe/Paris",
            (2027, 2, 17, 11, 0),
            0,
            "Hugo Petit <hugo@brasserie-nord.example>",
            "Rendez-vous mercredi",
            "Bonjour Candidate,\n\nMerci pour votre candidature au poste de chef de rang. Pouvez-vous passer au restaurant mercredi 17 février à 11h pour en parler ?\n\nHugo Petit\n",
        ),
    ]
    _controls("ctrlho26", cal_rows, text_rows)


# ------------------------------------------------------------------------------ rendering
def _headers(sender: str, subject: str, sent: datetime, msgid: str) -> bytes:
    head = [
        f"From: {cp.header_text(sender)}",
        f"To: {TO}",
        f"Subject: {cp.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@events26.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: Case) -> tuple[str, bytes]:
    name = f"{case.family}__{case.name}.eml"
    m = case.mail
    if case.ics is not None:
        qc = q.Case(case.family, case.name, case.ics, case.label, case.note, m)
        _, data = q.render(qc)
        return name, data.replace(b"@calquirks20.example>", b"@events26.example>")
    sent = m["sent"]
    assert isinstance(sent, datetime)
    text = str(m["text"])
    tb = text.replace("\n", "\r\n").encode()
    plain = q.c17.part(
        'text/plain; charset="utf-8"', tb, "7bit" if tb.isascii() else "quoted-printable"
    )
    if m.get("html"):
        hb = cp.html_of(text).replace("\n", "\r\n").encode()
        html = q.c17.part('text/html; charset="utf-8"', hb, "quoted-printable")
        body = cp.multipart("alternative", f"=_alt_{case.family}_{case.name}", [plain, html])
    else:
        body = plain
    return name, _headers(
        str(m["sender"]), str(m["subject"]), sent, f"{case.family}.{case.name}"
    ) + body


def main() -> None:
    for build in (
        meetup26,
        ebrite26,
        teamslive26,
        health26,
        closure26,
        sales26,
        ctrl26,
        webinar26,
        bank26,
        rehearse26,
        ctrlho26,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in CASES:
        if case.ics is not None:
            q.verify(q.Case(case.family, case.name, case.ics, case.label, case.note, case.mail))
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
