# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the calctl53 batch: calendar-bearing mail for three known gaps on calendar mail and
the controls beside them, through real producers' shapes (Google Calendar, Outlook/Exchange
and Bookings, Apple iCloud, Zoho Calendar, Nextcloud) in ten languages.

Run: .venv/bin/python tests/parsing/corpus/build_calctl53.py

- agendainv53: the reader's own interview as a calendar invitation whose text says the
  organiser "added this to your agenda", "It's now in your agenda", "see the agenda for your
  interview below", "He añadido la entrevista a tu agenda", "Ik heb het in je agenda gezet":
  one event put into the reader's calendar, no digest of it.
- agendadig53: digests of the reader's own day or week ("Your agenda for tomorrow", "Daily
  agenda", "Ihre Termine für morgen", "Votre agenda de la semaine", "Tu agenda de mañana")
  carrying the day's events as an .ics export (METHOD:PUBLISH, X-WR-CALNAME), an interview
  among them: a digest, not an invitation.
- namedslots53: published calendars (several VEVENTs) of one employer's interview slots
  whose titles are only the other candidates' full names ("Priya Natarajan", "Tomás Ruiz"),
  some with the candidate as ATTENDEE (Bookings), none naming the reader.
- calctl53: controls: invitations that tell the reader "If you can't make it, please
  decline" (a condition, no decline), a meetup host's own REQUEST for the reader's interview
  ("Great to meet you at the meetup we hosted last week"), the reader's own interview day
  published with sessions titled by the interviewers' full names, and a published file of
  full-name sessions in which the reader is an ATTENDEE.

Held-out families were drawn before any mail was written with
random.Random("calctl53 coin").sample(sorted(FAMILIES), 2): agendadig53 and namedslots53.
Producer shapes are recalled (structure only): PRODIDs, UID forms, UTC vs TZID (Google
writes UTC, Exchange Windows zone names, iCloud/Zoho/Nextcloud IANA TZIDs with a VTIMEZONE);
the prose, people, companies and UIDs are ours; slots in 2026-27. A digest's .ics is each
producer's calendar export attached to its agenda mail (the attachment is ours; the agenda
mails of Google, Zoho and Nextcloud carry none). Labels come from the zoneinfo datetimes the
calendars and texts are written from, before any parse; look-alikes carry no slot (calneg30's
rule). The calendar and mail helpers are build_calneg50.py's.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

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
    "agendainv53": "the reader's own interview as a calendar invitation (Google, Exchange, iCloud, Zoho, Nextcloud) whose text says it was added to the reader's agenda or points to the agenda for the interview, in ten languages",
    "agendadig53": "digests of the reader's own day or week ('Your agenda for tomorrow', 'Ihre Termine für morgen', 'Tu agenda de mañana') with the day's .ics export attached, an interview among the entries",
    "namedslots53": "published calendars of one employer's interview slots whose VEVENT titles are only other candidates' full names, from Google, Bookings/Exchange, iCloud, Zoho and Nextcloud",
    "calctl53": "controls: invitations saying 'if you can't make it, please decline', a meetup host's own REQUEST for the reader's interview, the reader's own interview day titled by interviewer names, a full-name file with the reader as ATTENDEE",
}
HELDOUT = set(random.Random("calctl53 coin").sample(sorted(FAMILIES), 2))
assert {"agendadig53", "namedslots53"} == HELDOUT, HELDOUT
cb.FAMILIES.update(FAMILIES)
cb.PROD.update(
    {
        "icloud": "-//Apple Inc.//macOS 14.5//EN",
        "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
        "outlookexport": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    }
)
cb.WIN.update(
    {"Romance Standard Time": "Europe/Paris", "E. South America Standard Time": "America/Sao_Paulo"}
)


def S(fam, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw):  # type: ignore[no-untyped-def]
    return cb.simple(
        fam, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw
    )


def multi(  # type: ignore[no-untyped-def]
    fam: str,
    name: str,
    lang: str,
    kind: str,
    prod: str,
    calname: str,
    zone: str,
    events: list[tuple[datetime, int, str, str, list[str]]],
    sender: tuple[str, str],
    subject: str,
    body: str,
    *,
    method: str | None = "PUBLISH",
    fname: str = "calendar.ics",
    mode: str = "attach",
):
    """A published file of several events (a slot list, a digest's export, an interview day);
    each event may carry its own attendees. An invitation's label is the first event's."""
    first = events[0][0]
    sent = (first - timedelta(days=6, hours=3, minutes=12)).astimezone(first.tzinfo)
    evs: list[str] = []
    uids = []
    for i, (s, mins, summ, loc, people) in enumerate(events):
        e = (s + timedelta(minutes=mins)).astimezone(s.tzinfo)
        uid = cb.uid_for(fam, f"{name}-{i}", domain=sender[1].split("@")[1])
        uids.append(uid)
        evs += cb.vevent(uid, sent, s, e, summ, ("", ""), people, loc=loc, seq=None)
    ics = cb.vcal(
        cb.PROD.get(prod, prod),
        method,
        [*cb.vtz(zone, first.year), *evs],
        (f"X-WR-CALNAME:{calname}", f"X-WR-TIMEZONE:{zone}"),
    )
    e0 = (first + timedelta(minutes=events[0][1])).astimezone(first.tzinfo)
    c = cb.C(
        fam,
        name,
        lang,
        kind,
        sender,
        subject,
        body,
        ics,
        sent,
        first,
        e0,
        zone=zone,
        mode=mode,
        fname=fname,
    )
    if kind != "not_invitation":
        c.uid, c.seq, c.method = uids[0], 0, method
    cb.add(c)
    return c


# ------------------------------------------------------------------------------ agendainv53
GOOGLE_FOOT = {
    "en-US": (
        "Invitation from Google Calendar",
        "You are receiving this email because you are an attendee on the event.",
    ),
    "es": (
        "Invitación de Google Calendar",
        "Has recibido este correo electrónico porque eres un invitado del evento.",
    ),
    "pt-BR": (
        "Convite do Google Agenda",
        "Você está recebendo este e-mail porque é um participante do evento.",
    ),
}


def agendainv53() -> None:
    f = "agendainv53"
    z = "America/Chicago"
    s = at(2026, 11, 12, 14, 0, z)
    S(
        f,
        "google_added_en",
        "en-US",
        "invitation",
        "google",
        "REQUEST",
        "Interview: Alex Morgan – Data Analyst (Prairie Bank)",
        s,
        60,
        ("Kendra Hollis", "kendra.hollis@prairiebank.example"),
        "Invitation: Interview: Alex Morgan – Data Analyst (Prairie Bank) @ Thu Nov 12, 2026 2pm - 3pm (CST)",
        "Hi Alex,\n\nThanks again for applying to the Data Analyst role. I've added this to your agenda so you have the room and the video link in one place. You'll meet me and Luis Ortega, our analytics lead.\n\nKendra\n\nInterview: Alex Morgan – Data Analyst (Prairie Bank)\nThursday Nov 12, 2026 ⋅ 2pm – 3pm (Central Time - Chicago)\n\nJoin with Google Meet: https://meet.google.example/abc-defg-hij\n\n"
        + "\n".join(GOOGLE_FOOT["en-US"]),
        form="utc",
        uidstyle="google",
        zone="America/Chicago",
        people=[me(), att("Luis Ortega", "luis.ortega@prairiebank.example")],
    )
    z = "Europe/London"
    s = at(2026, 11, 17, 10, 30, z)
    S(
        f,
        "exchange_agenda_for_your_interview_en",
        "en-GB",
        "invitation",
        "exchange",
        "REQUEST",
        "Interview – Alex Morgan, Operations Analyst",
        s,
        90,
        ("Owen Pritchard", "owen.pritchard@kestrelfoods.example"),
        "Interview – Alex Morgan, Operations Analyst",
        "Dear Alex,\n\nThank you for your application for the Operations Analyst post. Please see the agenda for your interview below; the whole meeting takes about ninety minutes.\n\n10:30 Welcome and introductions\n10:45 Case discussion with Priya Shah\n11:30 Questions and close\n\nKind regards,\nOwen Pritchard\nPeople Team, Kestrel Foods",
        form="win:GMT Standard Time",
        uidstyle="outlook",
        people=[me(), att("Priya Shah", "priya.shah@kestrelfoods.example")],
    )
    z = "Australia/Sydney"
    s = at(2026, 12, 3, 11, 0, z)
    S(
        f,
        "icloud_now_in_your_agenda_en",
        "en-AU",
        "invitation",
        "icloud",
        "REQUEST",
        "Alex Morgan – interview (Barista Supervisor)",
        s,
        45,
        ("Mia Thornton", "mia.thornton@icloud.example"),
        "Invitation: Alex Morgan – interview (Barista Supervisor)",
        "Hi Alex,\n\nLovely chatting on the phone. Here's the invite for your interview for the Barista Supervisor role at Laneway Coffee, Thursday at 11. It's now in your agenda, and the café's address is in the location.\n\nCheers,\nMia",
        people=[me()],
    )
    z = "Europe/Berlin"
    s = at(2026, 11, 24, 9, 30, z)
    S(
        f,
        "nextcloud_kalender_de",
        "de",
        "invitation",
        "nextcloud",
        "REQUEST",
        "Vorstellungsgespräch Alex Morgan – Projektassistenz",
        s,
        60,
        ("Sabine Kettler", "sabine.kettler@speicherwerk.example"),
        "Einladung: Vorstellungsgespräch Alex Morgan – Projektassistenz",
        "Hallo Alex,\n\nwie telefonisch besprochen habe ich Ihnen das Vorstellungsgespräch für die Projektassistenz in Ihren Kalender eingetragen. Die Agenda für Ihr Gespräch: kurze Vorstellung, Fragen zu Ihrer Erfahrung, Rundgang durchs Büro.\n\nViele Grüße\nSabine Kettler\nPersonal, Speicherwerk GmbH",
        people=[me()],
    )
    z = "Europe/Paris"
    s = at(2026, 12, 1, 14, 0, z)
    S(
        f,
        "zoho_ajoute_agenda_fr",
        "fr",
        "invitation",
        "zoho",
        "REQUEST",
        "Entretien – Alex Morgan / Chargé·e de communication",
        s,
        45,
        ("Claire Dufresne", "claire.dufresne@atelier-lunel.example"),
        "Invitation : Entretien – Alex Morgan / Chargé·e de communication",
        "Bonjour Alex,\n\nsuite à notre échange, je vous confirme votre entretien pour le poste de chargé·e de communication. Je l'ai ajouté à votre agenda ; vous trouverez l'agenda de votre entretien dans la description.\n\nBien cordialement,\nClaire Dufresne\nAtelier Lunel",
        desc="14h00 Présentation de l'atelier\n14h15 Échange sur votre parcours\n14h35 Vos questions",
        people=[me()],
    )
    z = "Europe/Madrid"
    s = at(2027, 1, 19, 12, 30, z)
    S(
        f,
        "google_tu_agenda_es",
        "es",
        "invitation",
        "google",
        "REQUEST",
        "Entrevista – Alex Morgan / Técnico de calidad",
        s,
        45,
        ("Marta Ibáñez", "marta.ibanez@olivares-log.example"),
        "Invitación: Entrevista – Alex Morgan / Técnico de calidad @ mar 19 ene 2027 12:30 - 13:15 (CET)",
        "Hola, Alex:\n\nTe he añadido la entrevista a tu agenda para que tengas la dirección del almacén y el nombre de tu entrevistador, Pablo Serrano.\n\nUn saludo,\nMarta\n\nEntrevista – Alex Morgan / Técnico de calidad\nmartes, 19 de enero de 2027 ⋅ 12:30 – 13:15 (hora estándar de Europa central - Madrid)\n\n"
        + "\n".join(GOOGLE_FOOT["es"]),
        form="utc",
        uidstyle="google",
        zone="Europe/Madrid",
        people=[me(), att("Pablo Serrano", "pablo.serrano@olivares-log.example")],
    )
    z = "Europe/Rome"
    s = at(2027, 1, 26, 10, 0, z)
    S(
        f,
        "exchange_agenda_it",
        "it",
        "invitation",
        "exchange",
        "REQUEST",
        "Colloquio – Alex Morgan / Responsabile acquisti",
        s,
        60,
        ("Chiara Conti", "chiara.conti@tessiture-bassano.example"),
        "Colloquio – Alex Morgan / Responsabile acquisti",
        "Gentile Alex,\n\ncome anticipato al telefono, ho aggiunto il colloquio alla tua agenda. Ti aspettiamo in sede, via dei Tessitori 4, Bassano del Grappa; la prima parte sarà con me, la seconda con il direttore di stabilimento.\n\nCordiali saluti,\nChiara Conti\nRisorse Umane",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    z = "Europe/Amsterdam"
    s = at(2026, 12, 8, 15, 0, z)
    S(
        f,
        "icloud_in_je_agenda_nl",
        "nl",
        "invitation",
        "icloud",
        "REQUEST",
        "Sollicitatiegesprek Alex Morgan – Werkvoorbereider",
        s,
        60,
        ("Femke de Wit", "femke.dewit@icloud.example"),
        "Uitnodiging: Sollicitatiegesprek Alex Morgan – Werkvoorbereider",
        "Hoi Alex,\n\nIk heb het gesprek voor de functie van werkvoorbereider in je agenda gezet: dinsdag om 15:00 bij Dijkstra Installatietechniek, Industrieweg 12 in Zwolle. Je spreekt met mij en met Bram, de teamleider.\n\nGroet,\nFemke",
        people=[me()],
    )
    z = "America/Sao_Paulo"
    s = at(2026, 11, 26, 9, 0, z)
    S(
        f,
        "google_sua_agenda_pt",
        "pt-BR",
        "invitation",
        "google",
        "REQUEST",
        "Entrevista – Alex Morgan / Analista de Compras",
        s,
        60,
        ("Renata Lopes", "renata.lopes@serraalta.example"),
        "Convite: Entrevista – Alex Morgan / Analista de Compras @ qui 26 de nov de 2026 09:00 - 10:00 (BRT)",
        "Olá, Alex,\n\nadicionei a entrevista à sua agenda, com o link da videochamada. Você vai conversar comigo e com o gerente de compras.\n\nAbraços,\nRenata\n\nEntrevista – Alex Morgan / Analista de Compras\nquinta-feira, 26 de novembro de 2026 ⋅ 09:00 – 10:00 (Horário Padrão de Brasília - São Paulo)\n\n"
        + "\n".join(GOOGLE_FOOT["pt-BR"]),
        form="utc",
        uidstyle="google",
        zone="America/Sao_Paulo",
        people=[me()],
    )
    z = "Europe/Warsaw"
    s = at(2027, 2, 2, 11, 0, z)
    S(
        f,
        "zoho_kalendarz_pl",
        "pl",
        "invitation",
        "zoho",
        "REQUEST",
        "Rozmowa kwalifikacyjna – Alex Morgan / Specjalista ds. logistyki",
        s,
        60,
        ("Katarzyna Nowak", "katarzyna.nowak@wislatrans.example"),
        "Zaproszenie: Rozmowa kwalifikacyjna – Alex Morgan",
        "Dzień dobry,\n\ndodałam rozmowę kwalifikacyjną na stanowisko specjalisty ds. logistyki do Twojego kalendarza. Agenda spotkania: krótka prezentacja firmy, rozmowa o doświadczeniu, pytania.\n\nPozdrawiam\nKatarzyna Nowak\nDział HR, Wisła Trans",
        people=[me()],
    )
    z = "Europe/Stockholm"
    s = at(2027, 2, 9, 13, 30, z)
    S(
        f,
        "nextcloud_din_kalender_sv",
        "sv",
        "invitation",
        "nextcloud",
        "REQUEST",
        "Intervju Alex Morgan – Lagerledare",
        s,
        60,
        ("Elin Johansson", "elin.johansson@norrfrakt.example"),
        "Inbjudan: Intervju Alex Morgan – Lagerledare",
        "Hej Alex,\n\njag har lagt in intervjun för tjänsten som lagerledare i din kalender. Agendan för din intervju: rundtur på lagret, samtal med mig och platschefen, frågor.\n\nVänliga hälsningar\nElin Johansson\nHR, Norrfrakt AB",
        people=[me()],
    )


# ------------------------------------------------------------------------------ agendadig53 (held out)
def agendadig53() -> None:
    f = "agendadig53"
    z = "America/New_York"
    multi(
        f,
        "google_daily_agenda_en",
        "en-US",
        "not_invitation",
        "google",
        "alex.morgan@mailbox.example",
        z,
        [
            (at(2026, 11, 10, 9, 0, z), 30, "Team stand-up", "", []),
            (
                at(2026, 11, 10, 11, 0, z),
                60,
                "Interview: Alex Morgan – Product Designer (Lumen Health)",
                "Video call",
                [],
            ),
            (at(2026, 11, 10, 15, 30, z), 30, "Dentist", "Main St Dental", []),
        ],
        ("Google Calendar", "calendar-notification@google.example"),
        "Daily agenda for Alex Morgan - Tue Nov 10, 2026",
        "Your agenda for Tuesday, November 10, 2026\n\n9am – 9:30am  Team stand-up\n11am – 12pm  Interview: Alex Morgan – Product Designer (Lumen Health)\n3:30pm – 4pm  Dentist\n\nYou are receiving this daily agenda because you turned it on in Google Calendar settings.",
        fname="agenda.ics",
    )
    z = "Europe/London"
    multi(
        f,
        "outlook_agenda_tomorrow_en",
        "en-GB",
        "not_invitation",
        "outlookexport",
        "Alex Morgan – Calendar",
        z,
        [
            (at(2026, 11, 18, 8, 30, z), 30, "School run", "", []),
            (
                at(2026, 11, 18, 10, 0, z),
                60,
                "Interview – Operations Analyst, Kestrel Foods",
                "Kestrel House, Leeds",
                [],
            ),
            (at(2026, 11, 18, 13, 0, z), 60, "Lunch with Sam", "The Corner Café", []),
            (at(2026, 11, 18, 16, 0, z), 30, "Call with the letting agent", "", []),
        ],
        ("Outlook", "no-reply@outlook.example"),
        "Your agenda for tomorrow, Wednesday 18 November",
        "Good evening Alex,\n\nHere's your agenda for tomorrow: 4 events.\n\n08:30 – 09:00 School run\n10:00 – 11:00 Interview – Operations Analyst, Kestrel Foods\n13:00 – 14:00 Lunch with Sam\n16:00 – 16:30 Call with the letting agent\n\nThe events are attached as a calendar file.",
        fname="agenda.ics",
    )
    z = "Europe/Berlin"
    multi(
        f,
        "zoho_termine_de",
        "de",
        "not_invitation",
        "zoho",
        "Alex Morgan",
        z,
        [
            (at(2026, 11, 24, 8, 0, z), 60, "Sport", "", []),
            (
                at(2026, 11, 24, 10, 0, z),
                60,
                "Vorstellungsgespräch Speicherwerk GmbH",
                "Am Speicher 7, Hamburg",
                [],
            ),
            (at(2026, 11, 24, 17, 30, z), 90, "Elternabend", "Grundschule am Park", []),
        ],
        ("Zoho Calendar", "noreply@zohocalendar.example"),
        "Ihre Termine für morgen, Dienstag, 24. November 2026",
        "Hallo Alex,\n\nIhre Termine für morgen:\n\n08:00 – 09:00 Sport\n10:00 – 11:00 Vorstellungsgespräch Speicherwerk GmbH\n17:30 – 19:00 Elternabend\n\nDiese Tagesübersicht wurde von Zoho Calendar gesendet.",
        fname="termine.ics",
    )
    z = "Europe/Paris"
    multi(
        f,
        "nextcloud_agenda_semaine_fr",
        "fr",
        "not_invitation",
        "nextcloud",
        "Personnel",
        z,
        [
            (
                at(2026, 11, 30, 9, 0, z),
                60,
                "Entretien – Atelier Lunel",
                "12 rue des Tanneurs, Lyon",
                [],
            ),
            (at(2026, 12, 1, 18, 0, z), 90, "Cours de yoga", "", []),
            (at(2026, 12, 3, 12, 30, z), 60, "Déjeuner avec Léa", "", []),
        ],
        ("Nextcloud", "nextcloud@cloud-perso.example"),
        "Votre agenda de la semaine du 30 novembre",
        "Bonjour Alex,\n\nvoici votre agenda pour la semaine :\n\nlundi 30 novembre, 09:00 – 10:00 : Entretien – Atelier Lunel\nmardi 1er décembre, 18:00 – 19:30 : Cours de yoga\njeudi 3 décembre, 12:30 – 13:30 : Déjeuner avec Léa\n\nEnvoyé depuis Nextcloud",
        fname="semaine.ics",
    )
    z = "Europe/Madrid"
    multi(
        f,
        "icloud_tu_agenda_es",
        "es",
        "not_invitation",
        "icloud",
        "Casa",
        z,
        [
            (at(2027, 1, 20, 9, 30, z), 30, "Llamar al banco", "", []),
            (
                at(2027, 1, 20, 12, 0, z),
                45,
                "Entrevista – Olivares Logística",
                "Polígono Norte, nave 4",
                [],
            ),
            (at(2027, 1, 20, 19, 0, z), 60, "Pádel", "", []),
        ],
        ("Alex Morgan", "alex.morgan@mailbox.example"),
        "Tu agenda de mañana",
        "Tu agenda de mañana, miércoles 20 de enero:\n\n09:30 Llamar al banco\n12:00 Entrevista – Olivares Logística\n19:00 Pádel\n\nEnviado con un atajo desde mi iPhone",
        fname="agenda.ics",
    )
    z = "Europe/Amsterdam"
    multi(
        f,
        "google_je_agenda_nl",
        "nl",
        "not_invitation",
        "google",
        "alex.morgan@mailbox.example",
        z,
        [
            (at(2026, 12, 9, 9, 0, z), 30, "Stand-up", "", []),
            (
                at(2026, 12, 9, 14, 0, z),
                60,
                "Sollicitatiegesprek Dijkstra Installatietechniek",
                "Industrieweg 12, Zwolle",
                [],
            ),
            (at(2026, 12, 9, 20, 0, z), 60, "Koor", "", []),
        ],
        ("Google Agenda", "calendar-notification@google.example"),
        "Dagelijkse agenda voor Alex Morgan - wo 9 dec 2026",
        "Je agenda voor woensdag 9 december 2026\n\n09:00 – 09:30 Stand-up\n14:00 – 15:00 Sollicitatiegesprek Dijkstra Installatietechniek\n20:00 – 21:00 Koor\n\nJe ontvangt deze dagelijkse agenda omdat je die hebt ingeschakeld in de instellingen van Google Agenda.",
        fname="agenda.ics",
    )
    z = "Europe/Rome"
    multi(
        f,
        "zoho_agenda_domani_it",
        "it",
        "not_invitation",
        "zoho",
        "Alex Morgan",
        z,
        [
            (at(2027, 1, 27, 8, 30, z), 60, "Palestra", "", []),
            (
                at(2027, 1, 27, 10, 0, z),
                60,
                "Colloquio Tessiture Bassano",
                "Via dei Tessitori 4",
                [],
            ),
            (at(2027, 1, 27, 16, 0, z), 30, "Commercialista", "", []),
        ],
        ("Zoho Calendar", "noreply@zohocalendar.example"),
        "La tua agenda di domani, mercoledì 27 gennaio",
        "Ciao Alex,\n\necco la tua agenda di domani:\n\n08:30 – 09:30 Palestra\n10:00 – 11:00 Colloquio Tessiture Bassano\n16:00 – 16:30 Commercialista\n\nQuesto riepilogo giornaliero è stato inviato da Zoho Calendar.",
        fname="agenda.ics",
    )
    z = "America/Sao_Paulo"
    multi(
        f,
        "outlook_sua_agenda_pt",
        "pt-BR",
        "not_invitation",
        "outlookexport",
        "Alex Morgan – Calendário",
        z,
        [
            (at(2026, 11, 27, 8, 0, z), 60, "Academia", "", []),
            (at(2026, 11, 27, 10, 0, z), 60, "Entrevista – Cafés Serra Alta", "Videochamada", []),
            (at(2026, 11, 27, 14, 0, z), 60, "Reunião do condomínio", "", []),
        ],
        ("Outlook", "no-reply@outlook.example"),
        "Sua agenda de amanhã, sexta-feira, 27 de novembro",
        "Bom dia, Alex!\n\nSua agenda de amanhã:\n\n08:00 – 09:00 Academia\n10:00 – 11:00 Entrevista – Cafés Serra Alta\n14:00 – 15:00 Reunião do condomínio\n\nOs eventos estão no arquivo de calendário anexo.",
        fname="agenda.ics",
    )


# ------------------------------------------------------------------------------ namedslots53 (held out)
def namedslots53() -> None:
    f = "namedslots53"

    def slots(
        z: str,
        day: tuple[int, int, int],
        hour: int,
        step: int,
        mins: int,
        names: list[str],
        loc: str,
        with_att: bool = False,
    ):  # type: ignore[no-untyped-def]
        out = []
        for i, n in enumerate(names):
            s = at(*day, hour, 0, z) + timedelta(minutes=step * i)
            mail = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower()
            people = (
                [att(n, mail.replace(" ", ".") + "@mailbox.example", ps="ACCEPTED", rsvp=False)]
                if with_att
                else []
            )
            out.append((s, mins, n, loc, people))
        return out

    # (a file whose events carry ATTENDEEs is an export without METHOD: an iTIP PUBLISH
    # allows none, RFC 5546 3.2.1, and libical's check says so)
    z = "America/Denver"
    multi(
        f,
        "google_shared_en",
        "en-US",
        "not_invitation",
        "google",
        "Barista interviews – Elm Street",
        z,
        slots(
            z,
            (2026, 11, 9),
            10,
            30,
            20,
            ["Priya Natarajan", "Tomás Ruiz", "Grace Okafor", "Ethan Brooks"],
            "Elm Street store, back office",
        ),
        ("Google Calendar", "calendar-notification@google.example"),
        'Brooke Lindqvist shared "Barista interviews – Elm Street" with you',
        'Hi Alex,\n\nBrooke Lindqvist has shared the calendar "Barista interviews – Elm Street" with you. Next week\'s bookings are in the attached file; sit in on any you like.\n\nGoogle Calendar',
    )
    z = "Europe/Berlin"
    multi(
        f,
        "bookings_filiale_de",
        "de",
        "not_invitation",
        "bookings",
        "Bewerbungsgespräche Filiale Lindenplatz",
        z,
        slots(
            z,
            (2026, 11, 23),
            9,
            45,
            30,
            ["Jana Weber", "Murat Aydın", "Sophie Krüger"],
            "Filiale Lindenplatz",
            with_att=True,
        ),
        ("Microsoft Bookings – Bäckerei Sonnenkorn", "bookings@sonnenkorn.example"),
        "Gebuchte Termine am Montag, 23. November",
        "Hallo Alex,\n\nanbei die gebuchten Termine für Montag in der Filiale Lindenplatz. Du führst die Gespräche mit Frau Berger.\n\nDiese Nachricht wurde von Microsoft Bookings gesendet.",
        method=None,
    )
    z = "Europe/Paris"
    multi(
        f,
        "icloud_creneaux_fr",
        "fr",
        "not_invitation",
        "icloud",
        "Entretiens stage – décembre",
        z,
        slots(
            z,
            (2026, 12, 2),
            9,
            60,
            45,
            ["Camille Laurent", "Hugo Bernard", "Inès Moreau"],
            "Salle Lumière",
        ),
        ("Julie Garnier", "julie.garnier@icloud.example"),
        "Calendrier partagé : Entretiens stage – décembre",
        "Bonjour Alex,\n\nje t'ai partagé le calendrier des entretiens pour le stage : trois candidates mercredi matin. Tu peux t'y abonner depuis ton app Calendrier.\n\nJulie",
    )
    z = "Europe/Madrid"
    multi(
        f,
        "zoho_entrevistas_es",
        "es",
        "not_invitation",
        "zoho",
        "Entrevistas camareros – temporada 2027",
        z,
        slots(
            z,
            (2027, 2, 15),
            11,
            30,
            30,
            ["Lucía Gómez", "Andrés Molina", "Carla Ruiz", "Iván Torres"],
            "Restaurante El Puerto",
        ),
        ("Zoho Calendar", "noreply@zohocalendar.example"),
        "Carmen Vidal ha compartido contigo el calendario «Entrevistas camareros – temporada 2027»",
        "Hola, Alex:\n\nCarmen Vidal te ha compartido un calendario. Los eventos están en el archivo adjunto.\n\nZoho Calendar",
    )
    z = "Europe/Amsterdam"
    multi(
        f,
        "nextcloud_gesprekken_nl",
        "nl",
        "not_invitation",
        "nextcloud",
        "Gesprekken bezorgers – december",
        z,
        slots(
            z,
            (2026, 12, 2),
            13,
            30,
            20,
            ["Sanne de Vries", "Mohammed El Amrani", "Thijs Bakker"],
            "Depot Zuid",
        ),
        ("Nextcloud", "nextcloud@fietskoerier-zuid.example"),
        "Gepubliceerde agenda: Gesprekken bezorgers – december",
        "Hoi Alex,\n\nEva Mulder heeft de agenda »Gesprekken bezorgers – december« met je gedeeld.\n\nVerstuurd vanuit Nextcloud",
    )
    z = "Europe/Rome"
    multi(
        f,
        "exchange_colloqui_it",
        "it",
        "not_invitation",
        "exchange",
        "Colloqui magazzino",
        z,
        slots(
            z,
            (2027, 1, 25),
            14,
            40,
            30,
            ["Giulia Romano", "Marco Esposito", "Francesca Greco"],
            "Sala riunioni 2",
            with_att=True,
        ),
        ("Paolo Ferri", "paolo.ferri@logisticaveneta.example"),
        "Calendario condiviso: Colloqui magazzino",
        "Ciao Alex,\n\nti inoltro il calendario con gli appuntamenti di lunedì pomeriggio, così sai chi arriva e quando.\n\nPaolo",
        method=None,
    )
    z = "America/Sao_Paulo"
    multi(
        f,
        "google_agenda_pt",
        "pt-BR",
        "not_invitation",
        "google",
        "Entrevistas – Loja Centro",
        z,
        slots(
            z,
            (2026, 11, 30),
            10,
            30,
            30,
            ["Ana Souza", "João Pereira", "Beatriz Lima"],
            "Loja Centro",
        ),
        ("Google Agenda", "calendar-notification@google.example"),
        'Renata Lopes compartilhou a agenda "Entrevistas – Loja Centro" com você',
        'Olá, Alex,\n\nRenata Lopes compartilhou a agenda "Entrevistas – Loja Centro" com você.\n\nGoogle Agenda',
    )
    z = "Europe/Warsaw"
    multi(
        f,
        "nextcloud_rozmowy_pl",
        "pl",
        "not_invitation",
        "nextcloud",
        "Rozmowy – magazynierzy",
        z,
        slots(
            z,
            (2027, 2, 3),
            9,
            40,
            30,
            ["Katarzyna Nowak", "Piotr Wiśniewski", "Anna Zielińska"],
            "Magazyn B",
        ),
        ("Nextcloud", "nextcloud@wislatrans.example"),
        "Opublikowany kalendarz: Rozmowy – magazynierzy",
        "Cześć Alex,\n\nMarta Lis udostępniła Ci kalendarz »Rozmowy – magazynierzy«.\n\nWysłano z Nextcloud",
    )
    z = "Europe/Stockholm"
    multi(
        f,
        "icloud_intervjuer_sv",
        "sv",
        "not_invitation",
        "icloud",
        "Intervjuer lager",
        z,
        slots(
            z,
            (2027, 2, 10),
            10,
            45,
            30,
            ["Elin Lindqvist", "Oskar Lindberg", "Maja Nilsson"],
            "Kontoret",
        ),
        ("Johan Ek", "johan.ek@icloud.example"),
        "Delad kalender: Intervjuer lager",
        "Hej Alex,\n\nhär är kalendern med torsdagens tider. Du sitter med på de två sista.\n\nJohan",
    )


# ------------------------------------------------------------------------------ calctl53
def calctl53() -> None:
    f = "calctl53"
    # "if you can't make it": a condition the invitation sets for the reader
    z = "America/New_York"
    s = at(2026, 12, 2, 15, 0, z)
    S(
        f,
        "google_cant_make_it_decline_en",
        "en-US",
        "invitation",
        "google",
        "REQUEST",
        "Interview: Alex Morgan – Support Engineer (Brightpath)",
        s,
        45,
        ("Dana Price", "dana.price@brightpath.example"),
        "Invitation: Interview: Alex Morgan – Support Engineer (Brightpath) @ Wed Dec 2, 2026 3pm - 3:45pm (EST)",
        "Hi Alex,\n\nYour interview for the Support Engineer role is booked. If you can't make it, please decline the invitation so we can offer the slot to another candidate and find you a new time.\n\nDana\n\nInterview: Alex Morgan – Support Engineer (Brightpath)\nWednesday Dec 2, 2026 ⋅ 3pm – 3:45pm (Eastern Time - New York)\n\n"
        + "\n".join(GOOGLE_FOOT["en-US"]),
        form="utc",
        uidstyle="google",
        zone="America/New_York",
        people=[me()],
    )
    z = "Europe/London"
    s = at(2026, 12, 9, 11, 0, z)
    S(
        f,
        "exchange_unable_to_attend_en",
        "en-GB",
        "invitation",
        "exchange",
        "REQUEST",
        "Interview – Alex Morgan, Payroll Officer",
        s,
        60,
        ("Hannah Fielding", "hannah.fielding@moorgate-housing.example"),
        "Interview – Alex Morgan, Payroll Officer",
        "Dear Alex,\n\nThank you for applying for the Payroll Officer role. Your interview is on Wednesday 9 December at 11:00 at our Moorgate office. If you are unable to attend, please decline this invitation and we will arrange another time.\n\nKind regards,\nHannah Fielding\nHR Advisor",
        form="win:GMT Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    z = "Asia/Kolkata"
    s = at(2026, 12, 15, 16, 30, z)
    S(
        f,
        "zoho_cant_make_it_question_en",
        "en-IN",
        "invitation",
        "zoho",
        "REQUEST",
        "Technical interview – Alex Morgan (Backend Developer)",
        s,
        60,
        ("Ananya Rao", "ananya.rao@kavyasoft.example"),
        "Invitation: Technical interview – Alex Morgan (Backend Developer)",
        "Hi Alex,\n\nYour technical interview for the Backend Developer position is scheduled. Can't make it? Use the Reschedule button in this invitation to pick another slot.\n\nRegards,\nAnanya Rao\nTalent Acquisition, Kavyasoft",
        people=[me()],
    )
    z = "Europe/Paris"
    s = at(2026, 12, 10, 10, 0, z)
    S(
        f,
        "icloud_si_vous_ne_pouvez_pas_fr",
        "fr",
        "invitation",
        "icloud",
        "REQUEST",
        "Entretien – Alex Morgan / Assistant·e de direction",
        s,
        45,
        ("Anaïs Roux", "anais.roux@icloud.example"),
        "Invitation : Entretien – Alex Morgan / Assistant·e de direction",
        "Bonjour Alex,\n\nvoici l'invitation pour votre entretien de jeudi à 10h, au 8 rue des Tanneurs. Si vous ne pouvez pas venir, merci de refuser l'invitation et je vous proposerai un autre créneau.\n\nAnaïs Roux",
        people=[me()],
    )
    z = "Europe/Berlin"
    s = at(2026, 12, 14, 13, 0, z)
    S(
        f,
        "nextcloud_falls_nicht_de",
        "de",
        "invitation",
        "nextcloud",
        "REQUEST",
        "Vorstellungsgespräch Alex Morgan – Buchhaltung",
        s,
        60,
        ("Jonas Petersen", "jonas.petersen@spreeblick.example"),
        "Einladung: Vorstellungsgespräch Alex Morgan – Buchhaltung",
        "Hallo Alex,\n\nanbei die Einladung zu Ihrem Vorstellungsgespräch. Falls Sie den Termin nicht wahrnehmen können, lehnen Sie die Einladung bitte ab, dann schlagen wir einen neuen vor.\n\nViele Grüße\nJonas Petersen",
        people=[me()],
    )
    # a meetup's host (a person) sends a REQUEST for the reader's own interview
    z = "Europe/London"
    s = at(2027, 2, 25, 17, 0, z)
    S(
        f,
        "icloud_meetup_host_en",
        "en-GB",
        "invitation",
        "icloud",
        "REQUEST",
        "Interview: Alex Morgan – Frontend Developer",
        s,
        60,
        ("Ravi Menon", "ravi.menon@icloud.example"),
        "Invitation: Interview: Alex Morgan – Frontend Developer",
        "Hi Alex,\n\nGreat to meet you at the Leeds JS meetup we hosted last week. As mentioned, we'd love to interview you for our Frontend Developer role, so here's an invite for Thursday at 17:00 at our office on Wellington Street, with me and our CTO.\n\nBest,\nRavi Menon\nEngineering Manager, HarbourTech (meetup host)",
        people=[me()],
    )
    z = "Europe/Berlin"
    s = at(2026, 10, 22, 10, 0, z)
    S(
        f,
        "google_nach_dem_meetup_de",
        "de",
        "invitation",
        "google",
        "REQUEST",
        "Vorstellungsgespräch Alex Morgan – Android-Entwicklung",
        s,
        60,
        ("Tobias Krämer", "tobias.kraemer@nordlicht-software.example"),
        "Einladung: Nach dem Meetup: Vorstellungsgespräch am Donnerstag",
        "Hallo Alex,\n\nschön, dass wir uns beim Kotlin-Meetup bei uns im Haus unterhalten haben! Wie besprochen würden wir dich gern für die Stelle als Android-Entwickler*in kennenlernen; die Einladung fürs Vorstellungsgespräch am Donnerstag um 10 Uhr hängt an.\n\nViele Grüße\nTobias",
        form="utc",
        uidstyle="google",
        zone=None,
        people=[me()],
    )
    z = "Europe/Madrid"
    s = at(2027, 2, 23, 17, 0, z)
    S(
        f,
        "zoho_tras_el_meetup_es",
        "es",
        "invitation",
        "zoho",
        "REQUEST",
        "Entrevista – Alex Morgan / Desarrollador Python",
        s,
        60,
        ("Lucía Herrera", "lucia.herrera@feriadatos.example"),
        "Invitación: Entrevista tras el meetup",
        "Hola, Alex:\n\nEncantada de conocerte ayer en el meetup de Python Sevilla. Te envío la invitación para una entrevista para el puesto de desarrollador Python el martes a las 17:00 en nuestra oficina de la calle Feria 30.\n\nUn saludo,\nLucía",
        people=[me()],
    )
    z = "Europe/Amsterdam"
    s = at(2027, 3, 4, 15, 30, z)
    S(
        f,
        "exchange_meetup_gesproken_nl",
        "nl",
        "invitation",
        "exchange",
        "REQUEST",
        "Sollicitatiegesprek Alex Morgan – Data Engineer",
        s,
        60,
        ("Joost Verhoeven", "joost.verhoeven@grachtdata.example"),
        "Sollicitatiegesprek Alex Morgan – Data Engineer",
        "Hoi Alex,\n\nLeuk dat we elkaar vorige week op de Data Engineering-meetup bij ons op kantoor hebben gesproken. Zoals beloofd nodig ik je uit voor een sollicitatiegesprek voor de functie van data engineer, donderdag om 15:30.\n\nGroet,\nJoost Verhoeven",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    # the reader's own interview day, its sessions titled with the interviewers' names
    z = "America/Los_Angeles"
    multi(
        f,
        "google_own_day_interviewer_names_en",
        "en-US",
        "invitation",
        "google",
        "Your interview day – Harbourline",
        z,
        [
            (at(2026, 12, 3, 9, 0, z), 45, "Priya Natarajan", "Harbourline HQ, room 4", []),
            (at(2026, 12, 3, 10, 0, z), 45, "Tomás Ruiz", "Harbourline HQ, room 4", []),
            (at(2026, 12, 3, 11, 0, z), 45, "Grace Okafor", "Harbourline HQ, room 4", []),
        ],
        ("Harbourline Recruiting", "recruiting@harbourline.example"),
        "Your interview day at Harbourline – Thursday, December 3",
        "Hi Alex,\n\nYour interview day for the Senior Product Manager role is confirmed. You'll meet three interviewers back to back; each session in the attached calendar is named after the person you meet.\n\nSee you Thursday,\nHarbourline Recruiting",
    )
    z = "Europe/Stockholm"
    multi(
        f,
        "icloud_own_day_sv",
        "sv",
        "invitation",
        "icloud",
        "Din intervjudag",
        z,
        [
            (at(2027, 2, 11, 9, 30, z), 45, "Oskar Lindberg", "Norrfrakt, Hamngatan 3", []),
            (at(2027, 2, 11, 10, 30, z), 45, "Maja Nilsson", "Norrfrakt, Hamngatan 3", []),
        ],
        ("Elin Johansson", "elin.johansson@icloud.example"),
        "Din intervju hos Norrfrakt på torsdag",
        "Hej Alex,\n\nhär är din intervju på torsdag: två samtal, först med Oskar och sedan med Maja. Tiderna finns i den bifogade kalenderfilen.\n\nVänliga hälsningar\nElin",
    )
    # a file of full-name sessions in which the reader is an attendee
    z = "Europe/Warsaw"
    multi(
        f,
        "nextcloud_reader_attendee_pl",
        "pl",
        "invitation",
        "nextcloud",
        "Rekrutacja – logistyka",
        z,
        [
            (
                at(2027, 2, 4, 10, 0, z),
                45,
                "Katarzyna Nowak",
                "Wisła Trans, sala 2",
                [me("REQ-PARTICIPANT")],
            ),
            (
                at(2027, 2, 4, 11, 0, z),
                45,
                "Piotr Wiśniewski",
                "Wisła Trans, sala 2",
                [me("REQ-PARTICIPANT")],
            ),
        ],
        ("Nextcloud", "nextcloud@wislatrans.example"),
        "Terminy: Rekrutacja – logistyka",
        "Dzień dobry,\n\nw załączniku dwie rozmowy z Panem w czwartek: najpierw z Katarzyną Nowak z HR, potem z kierownikiem magazynu Piotrem Wiśniewskim.\n\nWysłano z Nextcloud",
        method=None,
    )


def render(c) -> bytes:  # type: ignore[no-untyped-def]
    return cb.render(c).replace(b"@calneg50.example>", b"@calctl53.example>")


def main() -> None:
    for build in (agendainv53, agendadig53, namedslots53, calctl53):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    cases = [c for c in cb.CASES if c.family in FAMILIES]
    for c in cases:
        cb.check(c)
        folder = HERE / ("heldout" if c.family in HELDOUT else "dev")
        name = f"{c.family}__{c.name}.eml"
        (folder / name).write_bytes(render(c))
        out = cb.label(c)
        out["language"] = c.lang
        out["source"] = {"family": c.family, "template": FAMILIES[c.family], "license": LICENSE}
        out["note"] = (
            "a calendar-bearing look-alike: " + FAMILIES[c.family].split(";")[0]
            if c.kind == "not_invitation"
            else "the reader's own interview in this calendar shape"
        )
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    dev = sum(c.family not in HELDOUT for c in cases)
    print(len(cases), "files:", dev, "dev,", len(cases) - dev, "held out")


if __name__ == "__main__":
    main()
