# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the calfix52 batch (DEV ONLY): second senders for three calendar kinds calendar51 left
wrong in dev, so a fix for each is justified by at least two independent senders/layouts.

Run: .venv/bin/python tests/parsing/corpus/build_calfix52.py

Why: after calendar51's fix three dev mails still read wrong: a Google Calendar CANCEL in
French whose "supprimé de votre agenda" reads as a digest's "votre agenda" (so the zone the
text names is not taken), a Lever-like debrief invite to the interviewers ("Thanks for
interviewing Jordan yesterday", scorecards) and an iCloud shared calendar of one shop's
interview slots (several VEVENTs, METHOD:PUBLISH). This batch writes:

- gcancel52: Google Calendar cancellations of the reader's own interview in seven languages
  ("removed from your calendar", "verwijderd uit je agenda", "removido da sua agenda", "aus
  Ihrem Kalender entfernt", "eliminado de tu calendario", "rimosso dal tuo calendario",
  "supprimé de votre agenda"), UTC DTSTART, the zone only in the text, beside an invitation or
  an update of the same shape in each language (controls).
- debrief52: calendar invites to the interviewers' debrief / scorecard review of another
  person's interview, from Greenhouse-, Ashby-, Workable-, Teamtailor- and SmartRecruiters-like
  producers in five languages, beside the reader's own interviews from the same tools.
- slotcal52: published calendars (METHOD:PUBLISH, several VEVENTs) of one employer's interview
  slots with other candidates, from Google appointment-schedule-, Outlook Bookings-,
  Nextcloud-, Zoho- and Proton-like producers, beside an employer's PUBLISH of the reader's
  own single interview.

DEV ONLY: the brief asked for dev twins, so no coin was drawn and no family is held out.
Producer shapes are recalled (structure only); prose, people, companies and UIDs are ours;
slots in 2026-27. Labels come from the zoneinfo datetimes the calendars and texts are written
from, before any parse. Look-alikes carry no slot (calneg30's rule). The calendar and mail
helpers are build_calneg50.py's.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from babel.dates import format_datetime

HERE = Path(__file__).resolve().parent


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


cb = _load("build_calneg50")
at, att, me = cb.at, cb.att, cb.me

LICENSE = "structure only; all text, people and identifiers written for this corpus"
FAMILIES = {
    "gcancel52": "Google Calendar cancellations of the reader's own interview in seven languages, UTC DTSTART with the zone only in the text; controls: invitations and updates of the same shape",
    "debrief52": "invites to the interviewers' debrief or scorecard review of another person's interview from ATS-like producers (Greenhouse, Ashby, Workable, Teamtailor, SmartRecruiters); controls: the reader's own interviews from the same tools",
    "slotcal52": "published calendars (METHOD:PUBLISH) listing one employer's interview slots with other candidates, from Google appointment schedule-, Outlook Bookings-, Nextcloud-, Zoho- and Proton-like producers; controls: an employer's PUBLISH of the reader's own interview",
}
HELDOUT: set[str] = set()  # DEV ONLY (no coin drawn; the brief asked for dev twins)
cb.FAMILIES.update(FAMILIES)
cb.PROD.update(
    {
        "ashby": "-//Ashby//Ashby Interview Scheduler//EN",
        "workable": "-//Workable//Workable Calendar//EN",
        "teamtailor": "-//Teamtailor//Teamtailor//EN",
        "smartrecruiters": "-//SmartRecruiters//Interview Scheduler//EN",
        "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
        "proton": "-//Proton AG//ProtonCalendar 1.0.0//EN",
    }
)
cb.WIN.update({"Romance Standard Time": "Europe/Paris"})


def S(fam, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw):  # type: ignore[no-untyped-def]
    return cb.simple(
        fam, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw
    )


def fmt(d: datetime, pattern: str, loc: str) -> str:
    return format_datetime(d, pattern, tzinfo=d.tzinfo, locale=loc)


# ------------------------------------------------------------------------------ gcancel52
# (lang, babel locale, zone, zone words as Google prints them, subject word, cancel line,
#  invite line, footer, company, organiser, title, date pattern)
GLANG = [
    (
        "fr",
        "fr_FR",
        "Europe/Paris",
        "heure normale d'Europe centrale - Paris",
        "Événement annulé",
        "Cet événement a été annulé et supprimé de votre agenda.",
        "Invitation",
        "Vous avez été invité à l'événement suivant.",
        "Invitation de Google Agenda",
        "Atelier Lunel",
        ("Claire Dufresne", "claire.dufresne@atelier-lunel.example"),
        "Entretien – Alex Morgan / Chargé·e de projet",
        "EEEE d MMMM y HH:mm",
    ),
    (
        "nl",
        "nl_NL",
        "Europe/Amsterdam",
        "Midden-Europese standaardtijd - Amsterdam",
        "Geannuleerd evenement",
        "Dit evenement is geannuleerd en verwijderd uit je agenda.",
        "Uitnodiging",
        "Je bent uitgenodigd voor het volgende evenement.",
        "Uitnodiging van Google Agenda",
        "Dijkstra Installatietechniek",
        ("Femke de Wit", "femke.dewit@dijkstra-it.example"),
        "Sollicitatiegesprek Alex Morgan – Werkvoorbereider",
        "EEEE d MMMM y HH:mm",
    ),
    (
        "pt-BR",
        "pt_BR",
        "America/Sao_Paulo",
        "Horário Padrão de Brasília - São Paulo",
        "Evento cancelado",
        "Este evento foi cancelado e removido da sua agenda.",
        "Convite",
        "Você foi convidado para o seguinte evento.",
        "Convite do Google Agenda",
        "Cafés Serra Alta",
        ("Renata Lopes", "renata.lopes@serraalta.example"),
        "Entrevista – Alex Morgan / Analista de Compras",
        "EEEE, d 'de' MMMM 'de' y HH:mm",
    ),
    (
        "de",
        "de_DE",
        "Europe/Berlin",
        "Mitteleuropäische Normalzeit - Berlin",
        "Abgesagter Termin",
        "Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.",
        "Einladung",
        "Sie wurden zu folgendem Termin eingeladen.",
        "Einladung von Google Kalender",
        "Havelwerk Maschinenbau",
        ("Tobias Krämer", "tobias.kraemer@havelwerk.example"),
        "Vorstellungsgespräch Alex Morgan – Projektingenieur/in",
        "EEEE, d. MMMM y HH:mm",
    ),
    (
        "es",
        "es_ES",
        "Europe/Madrid",
        "hora estándar de Europa central - Madrid",
        "Evento cancelado",
        "Este evento se ha cancelado y se ha eliminado de tu calendario.",
        "Invitación",
        "Se te ha invitado al siguiente evento.",
        "Invitación de Google Calendar",
        "Olivares Logística",
        ("Marta Ibáñez", "marta.ibanez@olivares-log.example"),
        "Entrevista – Alex Morgan / Técnico de calidad",
        "EEEE, d 'de' MMMM 'de' y HH:mm",
    ),
    (
        "it",
        "it_IT",
        "Europe/Rome",
        "Ora standard dell'Europa centrale - Roma",
        "Evento annullato",
        "Questo evento è stato annullato e rimosso dal tuo calendario.",
        "Invito",
        "Sei stato invitato al seguente evento.",
        "Invito da Google Calendar",
        "Tessiture Bassano",
        ("Chiara Conti", "chiara.conti@tessiture-bassano.example"),
        "Colloquio – Alex Morgan / Responsabile acquisti",
        "EEEE d MMMM y HH:mm",
    ),
    (
        "en-GB",
        "en_GB",
        "Europe/London",
        "Greenwich Mean Time - London",
        "Cancelled event",
        "This event has been cancelled and removed from your calendar.",
        "Invitation",
        "You have been invited to the following event.",
        "Invitation from Google Calendar",
        "Kestrel Foods",
        ("Owen Pritchard", "owen.pritchard@kestrelfoods.example"),
        "Interview – Alex Morgan / Operations Analyst",
        "EEEE d MMMM y HH:mm",
    ),
]
GUPDATE = {  # the update text for three languages: (subject word, line, "before" word)
    "nl": ("Bijgewerkte uitnodiging", "Dit evenement is gewijzigd.", "Eerder"),
    "de": ("Aktualisierte Einladung", "Dieser Termin wurde geändert.", "Vorher"),
    "en-GB": ("Updated invitation", "This event has been changed.", "Before"),
    "it": ("Invito aggiornato", "Questo evento è stato modificato.", "Prima"),
}


def gcancel52() -> None:
    f = "gcancel52"
    for i, row in enumerate(GLANG):
        lang, loc, zone, zwords, csubj, cline, isubj, iline, foot, comp, org, title, pat = row
        s = at(2026, 11, 16 + i, 10 + (i % 3) * 2, 30 if i % 2 else 0, zone)
        e = s + timedelta(minutes=60)
        when = f"{fmt(s, pat, loc)} – {fmt(e, 'HH:mm', loc)} ({zwords})"
        short = fmt(s, "EEE d MMM y HH:mm", loc)
        c = S(
            f,
            f"cancel_{lang}",
            lang,
            "cancellation",
            "google",
            "CANCEL",
            title,
            s,
            60,
            org,
            f"{csubj}: {title} @ {short}",
            f"{cline}\n\n{title}\n{when}\n\n{org[0]} – {comp}\n\n{foot}",
            form="utc",
            uidstyle="google",
            zone=zone,
            seq=1,
            days=2,
        )
        c.ics[:] = ["STATUS:CANCELLED" if ln == "STATUS:CONFIRMED" else ln for ln in c.ics]
        # a control of the same shape: an invitation, or an update that says what it was before
        s2 = at(2027, 1, 11 + i, 9 + (i % 4), 0 if i % 2 else 30, zone)
        e2 = s2 + timedelta(minutes=45)
        when2 = f"{fmt(s2, pat, loc)} – {fmt(e2, 'HH:mm', loc)} ({zwords})"
        short2 = fmt(s2, "EEE d MMM y HH:mm", loc)
        if lang in GUPDATE:
            usubj, uline, before = GUPDATE[lang]
            old = s2 - timedelta(days=1)
            S(
                f,
                f"ctl_update_{lang}",
                lang,
                "reschedule",
                "google",
                "REQUEST",
                title,
                s2,
                45,
                org,
                f"{usubj}: {title} @ {short2}",
                f"{uline}\n\n{title}\n{when2}\n{before}: {fmt(old, pat, loc)}\n\n{org[0]} – {comp}\n\n{foot}",
                form="utc",
                uidstyle="google",
                zone=zone,
                seq=1,
                days=4,
            )
        else:
            S(
                f,
                f"ctl_invite_{lang}",
                lang,
                "invitation",
                "google",
                "REQUEST",
                title,
                s2,
                45,
                org,
                f"{isubj}: {title} @ {short2}",
                f"{iline}\n\n{title}\n{when2}\n\n{org[0]} – {comp}\n\n{foot}",
                form="utc",
                uidstyle="google",
                zone=zone,
                days=5,
            )


# ------------------------------------------------------------------------------ debrief52
def debrief52() -> None:
    f = "debrief52"
    s = at(2026, 10, 20, 15, 0, "America/Chicago")
    S(
        f,
        "gh_debrief_en",
        "en-US",
        "not_invitation",
        "greenhouse",
        "REQUEST",
        "Debrief – Marisol Vega, Data Analyst (onsite 10/19)",
        s,
        30,
        ("Kendra Hollis (via Greenhouse)", "no-reply@greenhouse.example"),
        "Invitation: Debrief – Marisol Vega, Data Analyst",
        "Hi team,\n\nThank you for taking part in Marisol's onsite interviews on Monday. Please submit your scorecard in Greenhouse before the debrief so we can go through everyone's feedback and agree on next steps.\n\nDebrief: Tuesday, October 20, 2026, 3:00 PM – 3:30 PM (Central Time)\nAttendees: Alex Morgan, Luis Ortega, Kendra Hollis\n\nKendra Hollis, Talent Acquisition",
        form="utc",
        zone=None,
        people=[me(), att("Luis Ortega", "luis.ortega@prairiebank.example")],
    )
    z = "Europe/Berlin"
    s = at(2026, 11, 4, 16, 0, z)
    S(
        f,
        "ashby_nachbesprechung_de",
        "de",
        "not_invitation",
        "ashby",
        "REQUEST",
        "Nachbesprechung: Lea Brandt – Frontend-Entwicklerin",
        s,
        30,
        ("Ashby für Spreeblick GmbH", "no-reply@ashbyhq.example"),
        "Einladung: Nachbesprechung Lea Brandt – Frontend-Entwicklerin",
        "Hallo Alex,\n\ndanke, dass du gestern das Fachinterview mit Lea Brandt geführt hast. Bitte trag deine Bewertung (Scorecard) bis morgen 12 Uhr in Ashby ein. In der Nachbesprechung am Mittwoch, 04.11.2026, 16:00–16:30 Uhr entscheiden wir gemeinsam über die nächste Runde.\n\nViele Grüße\nJonas Petersen, People & Talent",
        people=[me(), att("Jonas Petersen", "jonas.petersen@spreeblick.example")],
    )
    z = "Europe/Paris"
    s = at(2026, 11, 12, 11, 30, z)
    S(
        f,
        "workable_debrief_fr",
        "fr",
        "not_invitation",
        "workable",
        "REQUEST",
        "Débrief candidat : Hugo Martel – Contrôleur de gestion",
        s,
        30,
        ("Workable – Maison Vidal", "notifications@workable.example"),
        "Invitation : débrief candidat Hugo Martel",
        "Bonjour Alex,\n\nmerci d'avoir fait passer l'entretien d'Hugo Martel mardi. Pensez à remplir votre fiche d'évaluation dans Workable avant le débrief du jeudi 12 novembre 2026 de 11h30 à 12h, où nous déciderons de la suite.\n\nCordialement,\nAnaïs Roux, Ressources humaines",
        form="win:Romance Standard Time",
        uidstyle="outlook",
        people=[me(), att("Anaïs Roux", "anais.roux@maison-vidal.example")],
    )
    z = "Europe/Amsterdam"
    s = at(2026, 11, 19, 14, 0, z)
    S(
        f,
        "teamtailor_nabespreking_nl",
        "nl",
        "not_invitation",
        "teamtailor",
        "REQUEST",
        "Nabespreking sollicitatie Sanne Visser – Accountmanager",
        s,
        30,
        ("Teamtailor – Polderdata", "no-reply@teamtailor.example"),
        "Uitnodiging: nabespreking Sanne Visser",
        "Hoi Alex,\n\nbedankt dat je gisteren het gesprek met Sanne Visser hebt gevoerd. Vul je beoordelingsformulier in Teamtailor in vóór de nabespreking op donderdag 19 november 2026 van 14:00 tot 14:30; dan besluiten we of ze door mag naar de tweede ronde.\n\nGroet,\nMilan Bakker, Recruitment",
        people=[me(), att("Milan Bakker", "milan.bakker@polderdata.example")],
    )
    z = "Europe/Madrid"
    s = at(2026, 11, 26, 17, 0, z)
    S(
        f,
        "smartr_evaluacion_es",
        "es",
        "not_invitation",
        "smartrecruiters",
        "REQUEST",
        "Reunión de evaluación: Pablo Serrano – Ingeniero de datos",
        s,
        45,
        ("SmartRecruiters – Grupo Ebro", "noreply@smartrecruiters.example"),
        "Invitación: reunión de evaluación de Pablo Serrano",
        "Hola Alex:\n\ngracias por entrevistar ayer a Pablo Serrano. Antes de la reunión de evaluación del jueves 26 de noviembre de 2026, de 17:00 a 17:45, completa tu ficha de valoración en SmartRecruiters para que el comité pueda decidir.\n\nUn saludo,\nInés Calvo, Selección",
        people=[me(), att("Inés Calvo", "ines.calvo@grupoebro.example")],
    )
    z = "America/New_York"
    s = at(2026, 12, 3, 13, 0, z)
    S(
        f,
        "ashby_scorecard_en",
        "en-US",
        "not_invitation",
        "ashby",
        "REQUEST",
        "Scorecard review: Dev Patel – Product Designer (hiring team)",
        s,
        30,
        ("Ashby for Lumen Health", "no-reply@ashbyhq.example"),
        "Invitation: Scorecard review – Dev Patel",
        "Hi Alex,\n\nThanks for interviewing Dev on Tuesday. We'll review the hiring team's scorecards together and make a decision. If you haven't submitted yours yet, please do it in Ashby before the meeting.\n\nRachel Kim, Recruiting",
        people=[me(), att("Rachel Kim", "rachel.kim@lumenhealth.example")],
    )
    # controls: the reader's own interviews from the same tools
    z = "Europe/Berlin"
    s = at(2026, 11, 10, 10, 0, z)
    S(
        f,
        "ctl_ashby_own_de",
        "de",
        "invitation",
        "ashby",
        "REQUEST",
        "Interview: Alex Morgan – Backend-Entwickler/in (Spreeblick GmbH)",
        s,
        60,
        ("Ashby für Spreeblick GmbH", "no-reply@ashbyhq.example"),
        "Einladung: Ihr Interview bei Spreeblick GmbH",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler/in. Ihr Fachinterview ist bestätigt: Dienstag, 10.11.2026, 10:00–11:00 Uhr (Berlin). Ihre Gesprächspartner sind Jonas Petersen und Mira Schulte.\n\nViele Grüße\nJonas Petersen, People & Talent",
        people=[me(), att("Mira Schulte", "mira.schulte@spreeblick.example")],
    )
    z = "Europe/Paris"
    s = at(2026, 11, 17, 14, 0, z)
    S(
        f,
        "ctl_workable_own_fr",
        "fr",
        "invitation",
        "workable",
        "REQUEST",
        "Entretien : Alex Morgan – Contrôleur de gestion (Maison Vidal)",
        s,
        45,
        ("Workable – Maison Vidal", "notifications@workable.example"),
        "Invitation : votre entretien avec Maison Vidal",
        "Bonjour Alex,\n\nmerci pour votre candidature au poste de contrôleur de gestion. Nous vous confirmons votre entretien le mardi 17 novembre 2026 de 14h à 14h45 (heure de Paris), au 8 rue des Tanneurs, Lyon.\n\nCordialement,\nAnaïs Roux, Ressources humaines",
        form="win:Romance Standard Time",
        uidstyle="outlook",
        people=[me(), att("Anaïs Roux", "anais.roux@maison-vidal.example")],
    )
    z = "America/Chicago"
    s = at(2026, 12, 8, 9, 0, z)
    S(
        f,
        "ctl_gh_own_en",
        "en-US",
        "invitation",
        "greenhouse",
        "REQUEST",
        "Interview: Alex Morgan (Data Analyst) – Hiring Manager Round",
        s,
        45,
        ("Kendra Hollis (via Greenhouse)", "no-reply@greenhouse.example"),
        "Invitation: Interview with Prairie Bank – Hiring Manager Round",
        "Hi Alex,\n\nThank you for applying to the Data Analyst role at Prairie Bank. Your interview with the hiring manager is confirmed for Tuesday, December 8, 2026, 9:00 AM – 9:45 AM (Chicago). We'll send a video link the day before.\n\nBest,\nKendra Hollis, Talent Acquisition",
        people=[me(), att("Luis Ortega", "luis.ortega@prairiebank.example")],
    )


# ------------------------------------------------------------------------------ slotcal52
def slotcal52() -> None:
    f = "slotcal52"
    z = "America/Denver"
    cb.feed(
        f,
        "google_slots_en",
        "en-US",
        "google",
        "Store Manager interviews – Aspen Outfitters",
        z,
        [
            (at(2026, 11, 9, 10, 0, z), 30, "Interview: Tyler R. (Store Manager)", "Back office"),
            (at(2026, 11, 9, 10, 30, z), 30, "Interview: Keisha W. (Store Manager)", "Back office"),
            (at(2026, 11, 9, 11, 0, z), 30, "Interview: Open slot", "Back office"),
            (at(2026, 11, 10, 14, 0, z), 30, "Interview: Dana P. (Store Manager)", "Back office"),
        ],
        ("Brooke Lindqvist", "brooke.lindqvist@aspenoutfitters.example"),
        'Brooke Lindqvist shared "Store Manager interviews" with you',
        'Hi Alex,\n\nBrooke Lindqvist has shared the calendar "Store Manager interviews – Aspen Outfitters" with you. It shows the appointment schedule candidates booked for next week, so you can sit in on the ones you like.\n\nSubscribe: webcal://calendar.google.example/calendar/ical/aspen-interviews/public/basic.ics\n\nGoogle Calendar',
    )
    z = "Europe/Berlin"
    cb.feed(
        f,
        "bookings_filiale_de",
        "de",
        "bookings",
        "Bewerbungsgespräche Filiale Lindenplatz",
        z,
        [
            (
                at(2026, 11, 23, 9, 0, z),
                30,
                "Bewerbungsgespräch: K. Yilmaz (Verkauf)",
                "Filiale Lindenplatz",
            ),
            (
                at(2026, 11, 23, 9, 45, z),
                30,
                "Bewerbungsgespräch: P. Novak (Verkauf)",
                "Filiale Lindenplatz",
            ),
            (
                at(2026, 11, 23, 10, 30, z),
                30,
                "Bewerbungsgespräch: S. Albrecht (Kasse)",
                "Filiale Lindenplatz",
            ),
        ],
        ("Microsoft Bookings – Bäckerei Sonnenkorn", "bookings@sonnenkorn.example"),
        "Veröffentlichter Kalender: Bewerbungsgespräche Filiale Lindenplatz",
        "Hallo Alex,\n\nhier sind die gebuchten Termine für die Bewerbungsgespräche am Montag in der Filiale Lindenplatz. Du führst die Gespräche zusammen mit Frau Berger; die Datei im Anhang enthält alle Termine.\n\nDiese Nachricht wurde von Microsoft Bookings gesendet.",
    )
    z = "Europe/Amsterdam"
    cb.feed(
        f,
        "nextcloud_gesprekken_nl",
        "nl",
        "nextcloud",
        "Sollicitatiegesprekken bezorgers – december",
        z,
        [
            (at(2026, 12, 2, 13, 0, z), 20, "Gesprek kandidaat: R. Jansen", "Depot Zuid"),
            (at(2026, 12, 2, 13, 30, z), 20, "Gesprek kandidaat: M. El Amrani", "Depot Zuid"),
            (at(2026, 12, 2, 14, 0, z), 20, "Gesprek kandidaat: T. Smit", "Depot Zuid"),
        ],
        ("Nextcloud", "nextcloud@fietskoerier-zuid.example"),
        "Gepubliceerde agenda: Sollicitatiegesprekken bezorgers – december",
        "Hoi Alex,\n\nEva Mulder heeft de agenda »Sollicitatiegesprekken bezorgers – december« gepubliceerd. Je kunt je erop abonneren vanuit je agenda-app:\n\nhttps://cloud.fietskoerier-zuid.example/remote.php/dav/public-calendars/Z52?export\n\nVerstuurd vanuit Nextcloud",
    )
    z = "Europe/Madrid"
    cb.feed(
        f,
        "zoho_entrevistas_es",
        "es",
        "zoho",
        "Entrevistas camareros – temporada 2027",
        z,
        [
            (at(2027, 2, 15, 11, 0, z), 30, "Entrevista: Lucía G.", "Restaurante El Puerto"),
            (at(2027, 2, 15, 11, 30, z), 30, "Entrevista: Andrés M.", "Restaurante El Puerto"),
            (at(2027, 2, 15, 12, 0, z), 30, "Entrevista: Carla R.", "Restaurante El Puerto"),
            (at(2027, 2, 16, 11, 0, z), 30, "Entrevista: Iván T.", "Restaurante El Puerto"),
        ],
        ("Zoho Calendar", "calendar@zoho.example"),
        "Carmen Vidal ha compartido el calendario «Entrevistas camareros – temporada 2027»",
        "Hola Alex:\n\nCarmen Vidal te ha compartido el calendario de entrevistas para los camareros de temporada. Tú te encargas del segundo día. Puedes suscribirte aquí: webcal://calendar.zoho.example/ical/entrevistas-puerto\n\nZoho Calendar",
    )
    z = "Europe/Paris"
    cb.feed(
        f,
        "proton_creneaux_fr",
        "fr",
        "proton",
        "Créneaux d'entretiens – stage communication",
        z,
        [
            (at(2027, 1, 19, 9, 30, z), 45, "Entretien stage : Léa B.", "Visio"),
            (at(2027, 1, 19, 10, 30, z), 45, "Entretien stage : Noé C.", "Visio"),
            (at(2027, 1, 19, 14, 0, z), 45, "Entretien stage : Inès D.", "Visio"),
        ],
        ("Julie Garnier", "julie.garnier@proton.example"),
        "Calendrier partagé : Créneaux d'entretiens – stage communication",
        "Bonjour Alex,\n\nje t'ai partagé le calendrier des créneaux d'entretiens pour le stage en communication : trois candidates mardi, tu es avec moi sur celui de l'après-midi.\n\nLien : webcal://calendar.proton.example/api/calendar/v1/url/C52/calendar.ics\n\nJulie",
    )
    # controls: an employer's PUBLISH of the reader's own single interview
    s = at(2026, 11, 25, 15, 0, "Europe/Berlin")
    S(
        f,
        "ctl_bookings_own_de",
        "de",
        "invitation",
        "bookings",
        "PUBLISH",
        "Bewerbungsgespräch Alex Morgan – Filialleitung",
        s,
        45,
        ("Microsoft Bookings – Bäckerei Sonnenkorn", "bookings@sonnenkorn.example"),
        "Ihr Termin ist bestätigt: Bewerbungsgespräch Filialleitung",
        "Hallo Alex Morgan,\n\nIhr Bewerbungsgespräch für die Filialleitung ist gebucht: Mittwoch, 25.11.2026, 15:00–15:45 Uhr, Filiale Lindenplatz, Lindenplatz 3, Kassel. Den Termin finden Sie im Anhang.\n\nDiese Nachricht wurde von Microsoft Bookings gesendet.",
        mode="attach",
        fname="termin.ics",
        people=[],
    )
    s = at(2027, 2, 17, 12, 30, "Europe/Madrid")
    S(
        f,
        "ctl_zoho_own_es",
        "es",
        "invitation",
        "zoho",
        "PUBLISH",
        "Entrevista Alex Morgan – Jefe de sala",
        s,
        30,
        ("Restaurante El Puerto", "personal@elpuerto.example"),
        "Tu entrevista en Restaurante El Puerto",
        "Hola Alex:\n\nte confirmamos la entrevista para el puesto de jefe de sala el miércoles 17 de febrero de 2027 a las 12:30 (hora de Madrid) en el restaurante, Paseo Marítimo 12, Cádiz. Adjuntamos el evento para tu calendario.\n\nUn saludo,\nCarmen Vidal",
        mode="attach",
        fname="entrevista.ics",
        people=[],
    )


def render(c) -> bytes:  # type: ignore[no-untyped-def]
    return cb.render(c).replace(b"@calneg50.example>", b"@calfix52.example>")


def main() -> None:
    for build in (gcancel52, debrief52, slotcal52):
        build()
    for old in (HERE / "dev").glob("*"):
        if old.name.split("__", 1)[0] in FAMILIES:
            old.unlink()
    cases = [c for c in cb.CASES if c.family in FAMILIES]
    for c in cases:
        cb.check(c)
        folder = HERE / "dev"
        name = f"{c.family}__{c.name}.eml"
        (folder / name).write_bytes(render(c))
        out = cb.label(c)
        out["language"] = c.lang
        out["source"] = {"family": c.family, "template": FAMILIES[c.family], "license": LICENSE}
        out["note"] = (
            "a calendar-bearing look-alike (DEV ONLY batch): " + FAMILIES[c.family].split(";")[0]
            if c.kind == "not_invitation"
            else "the reader's own interview in the same calendar shape (DEV ONLY batch)"
        )
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(cases), "files (dev only)")


if __name__ == "__main__":
    main()
