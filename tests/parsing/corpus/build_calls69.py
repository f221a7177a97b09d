# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the calls69 batch: calendar-bearing mail (METHOD:REQUEST, PUBLISH or none) that is
NOT about the reader's job interview, from many kinds of booking and meeting software in 16
languages, beside controls that must stay invitations.

Run: .venv/bin/python tests/parsing/corpus/build_calls69.py

- Look-alikes (kind not_invitation): the reader's own bookings of services that are no
  interview (dentist, physio, vet, GP, haircut, massage, car service, tutoring, yoga, personal
  training, parent-teacher meetings, bank/insurance/mortgage advice, government offices,
  property viewings, delivery windows), meetings at the reader's current job (stand-ups,
  1:1s, team weeklies), webinars, conference talks, choir and club events, and notices to the
  reader as the provider being booked ("A new appointment has been booked with you"), where
  the calendar's ORGANIZER is the reader.
- Controls (kind invitation): the reader's own job interviews, some whose title names a
  service trade (a dental assistant's, a hairdresser's, a mechanic's interview), some with
  bland titles where only the body or the organizer names the hiring context ("Call with
  Sam Lee - Acme Talent", "Acme | Technical round"), and wordless ones (just "Interview", the
  reader's name, "Sam Lee <> Alex Morgan").

Producer shapes are recalled (structure only: PRODIDs, UTC vs TZID, METHOD present or not);
all prose, people, firms and identifiers are ours; slots in 2027. Labels come from the
zoneinfo datetimes the calendars are written from, before any parse; look-alikes carry no slot
(calneg30's rule). The held-out third (family calls69h) is chosen by the SHA-256 of the file
names (sorted, every third from the first) before any parse. Calendar and mail helpers are
build_calneg50.py's.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
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

FAM = "calls69"
LICENSE = "structure only; all text, people and identifiers written for this corpus"
FAMILIES = {
    FAM: "calendar-bearing mail that sets no job interview for the reader (service bookings, current-job meetings, webinars, talks, club events, viewings, deliveries, government offices, provider-side booking notices) and the reader's own interview calendars as controls, 16 languages",
    FAM + "h": "held-out third of calls69",
}
cb.FAMILIES.update(FAMILIES)
cb.PROD.update(
    {
        "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
        "calendly": "-//Calendly//Calendly//EN",
        "booksy": "-//Booksy//Booksy Calendar//EN",
        "fresha": "-//Fresha//Fresha//EN",
        "setmore": "-//Setmore//Setmore Calendar//EN",
        "simplybook": "-//SimplyBook.me//SimplyBook.me//EN",
        "timma": "-//Timma//Timma Varaus//FI",
        "znanylekarz": "-//Docplanner//ZnanyLekarz//PL",
        "zoom": "-//zoom.us//iCalendar Event//EN",
        "pretalx": "-//pretalx//talks.example//EN",
        "hotpepper": "-//Recruit//HotPepper Beauty//JA",
        "terminland": "-//Terminland//Terminland 8//DE",
        "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "ical": "-//Apple Inc.//macOS 15.1//EN",
        "delivery": "-//Routeplanner Ltd//Delivery Slots 3.2//EN",
        "gov": "-//Stadtverwaltung//Terminvergabe 2.0//DE",
    }
)
cb.WIN.update({"W. Europe Standard Time": "Europe/Berlin", "GMT Standard Time": "Europe/London"})

NAMES: list[str] = []


def S(name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw):  # type: ignore[no-untyped-def]
    NAMES.append(name)
    if kind == "not_invitation":
        kw.setdefault("note", "Look-alike: " + kw.pop("why", summary))
    else:
        kw.setdefault("note", "The reader's own job interview: " + kw.pop("why", summary))
    kw.pop("why", None)
    return cb.simple(
        FAM, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw
    )


def provider(mail: str, cn: str) -> list[str]:
    """The customer who booked the reader (the reader is the ORGANIZER)."""
    return [att(cn, mail)]


READER = ("Alex Morgan", cb.ME)
NEG = "not_invitation"
INV = "invitation"


def negatives() -> None:
    S(
        "en_dentist",
        "en",
        NEG,
        "google",
        "REQUEST",
        "Dental check-up with Dr. Patel",
        at(2027, 3, 9, 8, 40, "Europe/London"),
        30,
        ("Northgate Dental", "appointments@northgate-dental.example"),
        "Appointment confirmed: Dental check-up",
        "Hi Alex,\n\nYour dental check-up with Dr. Patel is confirmed. Please arrive 10 minutes early and bring a list of any medication.\n\nNorthgate Dental Practice",
        loc="Northgate Dental, 4 High St",
    )
    S(
        "de_zahnreinigung",
        "de",
        NEG,
        "terminland",
        "PUBLISH",
        "Professionelle Zahnreinigung",
        at(2027, 3, 16, 10, 0, "Europe/Berlin"),
        45,
        ("Zahnarztpraxis Dr. Weber", "termine@praxis-weber.example"),
        "Ihr Termin: Professionelle Zahnreinigung",
        "Guten Tag Herr Morgan,\n\nhiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung. Bitte sagen Sie mindestens 24 Stunden vorher ab, falls Sie verhindert sind.\n\nIhre Praxis Dr. Weber",
    )
    S(
        "fr_kine",
        "fr",
        NEG,
        "doctolib",
        "REQUEST",
        "Séance de kinésithérapie",
        at(2027, 2, 23, 18, 15, "Europe/Paris"),
        30,
        ("Cabinet de kinésithérapie Voltaire", "rdv@kine-voltaire.example"),
        "Confirmation de votre rendez-vous",
        "Bonjour,\n\nVotre rendez-vous de kinésithérapie est confirmé. Pensez à apporter votre ordonnance et une serviette.\n\nCabinet Voltaire",
    )
    S(
        "es_peluqueria",
        "es",
        NEG,
        "booksy",
        None,
        "Corte de pelo y barba",
        at(2027, 4, 3, 11, 30, "Europe/Madrid"),
        45,
        ("Barbería El Tupé", "citas@eltupe.example"),
        "Tu cita en Barbería El Tupé",
        "¡Hola Alex!\n\nTu cita para corte de pelo y barba con Javi está reservada. Si no puedes venir, cancela desde la app.\n\nBarbería El Tupé",
        form="utc",
        with_vtz=False,
    )
    S(
        "it_tagliando",
        "it",
        NEG,
        "simplybook",
        "PUBLISH",
        "Tagliando auto – Fiat Panda",
        at(2027, 5, 12, 8, 30, "Europe/Rome"),
        120,
        ("Officina Rossi", "prenotazioni@officina-rossi.example"),
        "Prenotazione confermata: tagliando",
        "Gentile cliente,\n\nla sua prenotazione per il tagliando della vettura è confermata. Lasci l'auto in officina entro le 8:30.\n\nOfficina Rossi",
    )
    S(
        "nl_dierenarts",
        "nl",
        NEG,
        "google",
        "REQUEST",
        "Dierenarts: vaccinatie Max",
        at(2027, 3, 30, 17, 20, "Europe/Amsterdam"),
        20,
        ("Dierenkliniek De Linde", "afspraken@delinde-dieren.example"),
        "Afspraakbevestiging dierenkliniek",
        "Beste Alex,\n\nHierbij bevestigen we de afspraak voor de jaarlijkse vaccinatie van Max. Neem het vaccinatieboekje mee.\n\nDierenkliniek De Linde",
    )
    S(
        "pl_fizjo",
        "pl",
        NEG,
        "znanylekarz",
        "REQUEST",
        "Wizyta: fizjoterapia",
        at(2027, 4, 14, 16, 0, "Europe/Warsaw"),
        50,
        ("Gabinet Fizjoterapii Ruch", "wizyty@ruch-fizjo.example"),
        "Potwierdzenie wizyty",
        "Dzień dobry,\n\npotwierdzamy wizytę u fizjoterapeuty. Prosimy o wygodny strój.\n\nGabinet Ruch",
    )
    S(
        "pt_nutricao",
        "pt",
        NEG,
        "setmore",
        "PUBLISH",
        "Consulta de nutrição",
        at(2027, 6, 2, 9, 0, "Europe/Lisbon"),
        60,
        ("Clínica Vida Sã", "marcacoes@vidasa.example"),
        "Marcação confirmada",
        "Olá Alex,\n\nA sua consulta de nutrição está marcada. Traga as suas análises recentes.\n\nClínica Vida Sã",
    )
    S(
        "sv_tandlakare",
        "sv",
        NEG,
        "google",
        "REQUEST",
        "Tandläkarbesök",
        at(2027, 3, 3, 13, 0, "Europe/Stockholm"),
        45,
        ("Folktandvården Söder", "bokning@ftv-soder.example"),
        "Bokningsbekräftelse: tandläkarbesök",
        "Hej Alex,\n\nDu har bokat ett tandläkarbesök. Avboka senast 24 timmar innan.\n\nFolktandvården Söder",
    )
    S(
        "fi_hieronta",
        "fi",
        NEG,
        "timma",
        "PUBLISH",
        "Klassinen hieronta 60 min",
        at(2027, 2, 18, 17, 0, "Europe/Helsinki"),
        60,
        ("Hierontapiste Kuura", "varaukset@kuura.example"),
        "Varausvahvistus: hieronta",
        "Hei Alex,\n\nvarauksesi on vahvistettu. Tervetuloa hierontaan!\n\nHierontapiste Kuura",
    )
    S(
        "cs_servis",
        "cs",
        NEG,
        "simplybook",
        None,
        "Servis vozidla – výměna oleje",
        at(2027, 4, 20, 7, 30, "Europe/Prague"),
        90,
        ("Autoservis Novák", "servis@autonovak.example"),
        "Potvrzení rezervace servisu",
        "Dobrý den,\n\npotvrzujeme rezervaci servisu vašeho vozidla (výměna oleje a filtrů).\n\nAutoservis Novák",
        form="float",
        with_vtz=False,
        zone=None,
    )
    S(
        "tr_kuafor",
        "tr",
        NEG,
        "fresha",
        "REQUEST",
        "Saç kesimi ve fön",
        at(2027, 5, 8, 14, 0, "Europe/Istanbul"),
        60,
        ("Kuaför Elif", "randevu@kuaforelif.example"),
        "Randevunuz onaylandı",
        "Merhaba Alex,\n\nsaç kesimi ve fön randevunuz onaylandı. Görüşmek üzere!\n\nKuaför Elif",
    )
    S(
        "ja_hair",
        "ja",
        NEG,
        "hotpepper",
        "PUBLISH",
        "カット＋カラー（担当：佐藤）",
        at(2027, 3, 20, 15, 0, "Asia/Tokyo"),
        90,
        ("Hair Salon Mori", "yoyaku@salon-mori.example"),
        "ご予約確認：カット＋カラー",
        "アレックス様\n\nご予約ありがとうございます。カット＋カラーのご予約を承りました。\n\nHair Salon Mori",
    )
    S(
        "da_frisor",
        "da",
        NEG,
        "booksy",
        "REQUEST",
        "Klipning hos Mette",
        at(2027, 4, 6, 16, 30, "Europe/Copenhagen"),
        30,
        ("Salon Saks", "booking@salonsaks.example"),
        "Din tid hos Salon Saks",
        "Hej Alex,\n\nDin tid til klipning er bekræftet. Vi glæder os til at se dig.\n\nSalon Saks",
    )
    S(
        "en_tutoring",
        "en",
        NEG,
        "calendly",
        "REQUEST",
        "Maths tutoring – Year 10 (Sophie)",
        at(2027, 2, 25, 17, 0, "Europe/London"),
        60,
        ("Kate Brennan", "kate@brennan-tutoring.example"),
        "Confirmed: Maths tutoring – Year 10",
        "Hi Alex,\n\nSophie's maths tutoring session is booked. We'll cover quadratic equations; please have her bring last week's worksheet.\n\nKate",
    )
    S(
        "de_nachhilfe",
        "de",
        NEG,
        "google",
        "PUBLISH",
        "Nachhilfe Mathematik (Lena)",
        at(2027, 3, 11, 15, 30, "Europe/Vienna"),
        60,
        ("Lernstudio Kopfrechnen", "kurse@kopfrechnen.example"),
        "Nachhilfestunde gebucht",
        "Hallo,\n\ndie Nachhilfestunde in Mathematik für Lena ist gebucht.\n\nLernstudio Kopfrechnen",
    )
    S(
        "fr_yoga",
        "fr",
        NEG,
        "setmore",
        None,
        "Cours de yoga Vinyasa",
        at(2027, 3, 24, 19, 0, "Europe/Brussels"),
        75,
        ("Studio Shanti", "cours@shanti.example"),
        "Réservation : Cours de yoga",
        "Bonjour Alex,\n\nta place au cours de yoga Vinyasa est réservée. Pense à ton tapis !\n\nStudio Shanti",
        form="utc",
        with_vtz=False,
    )
    S(
        "es_entrenador",
        "es",
        NEG,
        "google",
        "REQUEST",
        "Entrenamiento personal con Marta",
        at(2027, 2, 16, 7, 0, "America/Mexico_City"),
        60,
        ("Gimnasio Fuerza", "reservas@gymfuerza.example"),
        "Sesión de entrenamiento confirmada",
        "Hola Alex,\n\ntu sesión de entrenamiento personal está confirmada. Trae agua y toalla.\n\nGimnasio Fuerza",
    )
    S(
        "en_ptc",
        "en",
        NEG,
        "google",
        "REQUEST",
        "Parent-teacher conference – Mia (Grade 4)",
        at(2027, 3, 4, 15, 45, "America/Chicago"),
        15,
        ("Ms. Alvarez", "salvarez@lincoln-elem.example"),
        "Invitation: Parent-teacher conference",
        "Dear parent,\n\nI'd like to meet to go over Mia's progress this term. Please accept if the time works.\n\nMs. Alvarez",
    )
    S(
        "de_elternsprechtag",
        "de",
        NEG,
        "outlook",
        "PUBLISH",
        "Elternsprechtag – Gespräch mit Frau Keller",
        at(2027, 2, 10, 16, 20, "Europe/Berlin"),
        10,
        ("Gymnasium am Park", "sekretariat@gap-schule.example"),
        "Ihr Gesprächstermin am Elternsprechtag",
        "Sehr geehrte Eltern,\n\nanbei Ihr Gesprächstermin mit der Klassenlehrerin Frau Keller.\n\nSekretariat",
        form="win:W. Europe Standard Time",
    )
    S(
        "en_mortgage",
        "en",
        NEG,
        "bookings",
        "REQUEST",
        "Mortgage advice appointment",
        at(2027, 4, 22, 12, 0, "Europe/Dublin"),
        60,
        ("Harbour Bank", "bookings@harbourbank.example"),
        "Your appointment with Harbour Bank is confirmed",
        "Hello Alex,\n\nYour mortgage advice appointment is confirmed. Your adviser will call you on Teams.\n\nHarbour Bank",
    )
    S(
        "nl_hypotheek",
        "nl",
        NEG,
        "bookings",
        "REQUEST",
        "Hypotheekgesprek met uw adviseur",
        at(2027, 5, 18, 10, 0, "Europe/Amsterdam"),
        60,
        ("Hypotheekhuis Noord", "afspraak@hhnoord.example"),
        "Bevestiging: hypotheekgesprek",
        "Beste Alex,\n\nUw hypotheekgesprek is ingepland. Neem uw loonstroken mee.\n\nHypotheekhuis Noord",
    )
    S(
        "it_assicurazione",
        "it",
        NEG,
        "outlook",
        "REQUEST",
        "Consulenza assicurativa – polizza casa",
        at(2027, 6, 9, 11, 0, "Europe/Rome"),
        45,
        ("Agenzia Assicurazioni Galli", "agenda@galli-assicura.example"),
        "Appuntamento di consulenza",
        "Buongiorno,\n\nconfermiamo l'appuntamento per la consulenza sulla polizza casa.\n\nAgenzia Galli",
    )
    S(
        "en_standup",
        "en",
        NEG,
        "google",
        "REQUEST",
        "Daily stand-up (Payments squad)",
        at(2027, 3, 1, 9, 30, "Europe/London"),
        15,
        ("Priya Shah", "priya.shah@northwind.example"),
        "Invitation: Daily stand-up (Payments squad)",
        "Team sync for the Payments squad: yesterday, today, blockers.\n\nJoin with Google Meet: https://meet.google.com/abc-defg-hij",
        more=("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",),
    )
    S(
        "en_oneonone",
        "en",
        NEG,
        "outlook",
        "REQUEST",
        "Alex / Priya 1:1",
        at(2027, 3, 2, 14, 0, "Europe/London"),
        30,
        ("Priya Shah", "priya.shah@northwind.example"),
        "Alex / Priya 1:1",
        "Weekly check-in: goals, feedback, anything on your mind.",
        form="win:GMT Standard Time",
        more=("RRULE:FREQ=WEEKLY;BYDAY=TU",),
    )
    S(
        "de_teamweekly",
        "de",
        NEG,
        "outlook",
        "REQUEST",
        "Team-Weekly Vertrieb",
        at(2027, 3, 8, 10, 0, "Europe/Berlin"),
        45,
        ("Jana Hoffmann", "j.hoffmann@brandt-gmbh.example"),
        "Team-Weekly Vertrieb",
        "Hallo zusammen,\n\nunser wöchentliches Team-Meeting: Zahlen, Pipeline, Sonstiges.\n\nJana",
        form="win:W. Europe Standard Time",
        more=("RRULE:FREQ=WEEKLY;BYDAY=MO",),
    )
    S(
        "en_webinar",
        "en",
        NEG,
        "zoom",
        "REQUEST",
        "Webinar: Scaling Postgres in 2027",
        at(2027, 4, 15, 11, 0, "America/New_York"),
        60,
        ("DataCraft Events", "no-reply@datacraft-events.example"),
        "You're registered: Scaling Postgres in 2027",
        "Hi Alex,\n\nThank you for registering for the webinar. Join from a PC, Mac, iPad or Android: https://zoom.example/w/9381\n\nDataCraft",
        form="utc",
        with_vtz=False,
    )
    S(
        "fr_webinaire",
        "fr",
        NEG,
        "zoom",
        "PUBLISH",
        "Webinaire : la facturation électronique",
        at(2027, 5, 20, 10, 0, "Europe/Paris"),
        60,
        ("Compta Facile", "evenements@comptafacile.example"),
        "Votre inscription au webinaire",
        "Bonjour,\n\nmerci pour votre inscription au webinaire sur la facturation électronique.\n\nCompta Facile",
    )
    S(
        "en_talk",
        "en",
        NEG,
        "pretalx",
        "PUBLISH",
        "Talk: Observability at scale (Room B)",
        at(2027, 6, 17, 14, 30, "Europe/Berlin"),
        40,
        ("DevConf Program", "program@devconf.example"),
        "Your talk is scheduled",
        "Hi Alex,\n\nyour talk has been scheduled. Please be in Room B 15 minutes before to test the projector.\n\nDevConf program committee",
    )
    S(
        "es_coro",
        "es",
        NEG,
        "google",
        None,
        "Ensayo del coro parroquial",
        at(2027, 3, 18, 20, 0, "America/Argentina/Buenos_Aires"),
        90,
        ("Parroquia San José", "coro@sanjose-parroquia.example"),
        "Ensayo del coro",
        "Queridos todos,\n\nrecordamos el ensayo del coro para la misa de Pascua.\n\nParroquia San José",
        form="utc",
        with_vtz=False,
    )
    S(
        "en_chessclub",
        "en",
        NEG,
        "meetup",
        "PUBLISH",
        "Club night: rapid chess",
        at(2027, 2, 24, 19, 0, "America/Toronto"),
        120,
        ("Riverside Chess Club", "events@riversidechess.example"),
        "Club night this Wednesday",
        "Hi members,\n\nrapid chess club night this week, bring your clocks.\n\nRiverside Chess Club",
    )
    S(
        "de_besichtigung",
        "de",
        NEG,
        "google",
        "REQUEST",
        "Wohnungsbesichtigung Lindenstraße 12",
        at(2027, 4, 9, 18, 0, "Europe/Berlin"),
        30,
        ("Immobilien Sommer", "vermietung@immo-sommer.example"),
        "Besichtigungstermin",
        "Guten Tag,\n\nanbei der Termin zur Besichtigung der 3-Zimmer-Wohnung in der Lindenstraße 12.\n\nImmobilien Sommer",
    )
    S(
        "en_viewing",
        "en",
        NEG,
        "setmore",
        "PUBLISH",
        "Property viewing: 14 Elm Road",
        at(2027, 5, 1, 10, 30, "Australia/Sydney"),
        20,
        ("Harbourside Realty", "viewings@harbourside.example"),
        "Viewing booked: 14 Elm Road",
        "Hi Alex,\n\nyour private viewing of 14 Elm Road is booked.\n\nHarbourside Realty",
    )
    S(
        "en_delivery",
        "en",
        NEG,
        "delivery",
        None,
        "Delivery window: order 4471-2290",
        at(2027, 3, 13, 8, 0, "America/Los_Angeles"),
        240,
        ("HomeStore Deliveries", "delivery@homestore.example"),
        "Your delivery window is set",
        "Hi Alex,\n\nyour order 4471-2290 (sofa, 3 seats) will arrive during this window. Someone must be home to sign.\n\nHomeStore",
        form="utc",
        with_vtz=False,
    )
    S(
        "pl_dostawa",
        "pl",
        NEG,
        "delivery",
        "PUBLISH",
        "Dostawa zamówienia 88213",
        at(2027, 4, 27, 12, 0, "Europe/Warsaw"),
        180,
        ("Sklep Meblowy Dąb", "dostawy@mebledab.example"),
        "Okno dostawy",
        "Dzień dobry,\n\nkurier dostarczy zamówienie w podanym oknie czasowym.\n\nMeble Dąb",
    )
    S(
        "de_buergeramt",
        "de",
        NEG,
        "gov",
        None,
        "Bürgeramt: Personalausweis beantragen",
        at(2027, 3, 22, 9, 15, "Europe/Berlin"),
        15,
        ("Bürgeramt Mitte", "noreply-termin@buergeramt.example"),
        "Terminbestätigung Bürgeramt",
        "Sehr geehrte/r Alex Morgan,\n\nIhr Termin zur Beantragung eines Personalausweises ist gebucht. Bringen Sie ein biometrisches Passfoto mit.\n\nBürgeramt Mitte",
        form="float",
        with_vtz=False,
        zone=None,
    )
    S(
        "es_dni",
        "es",
        NEG,
        "gov",
        "PUBLISH",
        "Cita previa: renovación del DNI",
        at(2027, 5, 6, 12, 10, "Europe/Madrid"),
        10,
        ("Cita Previa DNI", "citaprevia@dni.example"),
        "Justificante de cita previa",
        "Su cita previa para la renovación del DNI ha sido registrada.",
    )
    S(
        "hu_orvos",
        "hu",
        NEG,
        "google",
        "REQUEST",
        "Háziorvosi rendelés – vérvétel",
        at(2027, 3, 17, 7, 40, "Europe/Budapest"),
        10,
        ("Háziorvosi Rendelő", "rendelo@haziorvos.example"),
        "Időpont visszaigazolás",
        "Kedves Alex,\n\nvérvételi időpontja visszaigazolva. Éhgyomorra érkezzen.\n\nRendelő",
    )
    S(
        "ro_service",
        "ro",
        NEG,
        "simplybook",
        "REQUEST",
        "Schimb anvelope",
        at(2027, 4, 2, 9, 0, "Europe/Bucharest"),
        45,
        ("Vulcanizare Popescu", "programari@popescu-auto.example"),
        "Programare confirmată",
        "Bună ziua,\n\nprogramarea pentru schimbul de anvelope este confirmată.\n\nVulcanizare Popescu",
    )
    # provider-side notices: the reader is the ORGANIZER, a customer booked them
    S(
        "en_provider_haircut",
        "en",
        NEG,
        "setmore",
        "REQUEST",
        "Haircut – Jordan Blake",
        at(2027, 3, 5, 10, 0, "America/Denver"),
        45,
        READER,
        "New appointment booked with you",
        "Hi Alex,\n\nA new appointment has been booked with you.\n\nService: Haircut\nCustomer: Jordan Blake\n\nManage your schedule in Setmore.",
        sender=("Setmore", "no-reply@setmore.example"),
        people=provider("jordan.blake@mail.example", "Jordan Blake"),
        why="the reader is the stylist being booked (ORGANIZER is the reader)",
    )
    S(
        "de_provider_beratung",
        "de",
        NEG,
        "terminland",
        "REQUEST",
        "Beratung – Familie Yilmaz",
        at(2027, 3, 12, 14, 0, "Europe/Berlin"),
        60,
        READER,
        "Neuer Termin bei Ihnen gebucht",
        "Hallo Alex Morgan,\n\nbei Ihnen wurde ein neuer Termin gebucht.\n\nLeistung: Beratung\nKunde: Familie Yilmaz",
        sender=("Terminland", "noreply@terminland.example"),
        people=provider("yilmaz@mail.example", "Familie Yilmaz"),
        why="the reader is the adviser being booked",
    )
    S(
        "es_provider_guitarra",
        "es",
        NEG,
        "simplybook",
        "REQUEST",
        "Clase de guitarra – Lucía Pérez",
        at(2027, 4, 7, 18, 0, "Europe/Madrid"),
        60,
        READER,
        "Nueva reserva contigo",
        "Hola Alex,\n\nSe ha reservado una nueva cita contigo.\n\nServicio: Clase de guitarra\nCliente: Lucía Pérez",
        sender=("SimplyBook.me", "noreply@simplybook.example"),
        people=provider("lucia.perez@mail.example", "Lucía Pérez"),
        why="the reader is the teacher being booked",
    )
    S(
        "nl_provider_bijles",
        "nl",
        NEG,
        "google",
        "REQUEST",
        "Bijles wiskunde – Daan de Vries",
        at(2027, 3, 15, 16, 0, "Europe/Amsterdam"),
        60,
        READER,
        "Nieuwe afspraak met u geboekt",
        "Beste Alex,\n\nEr is een nieuwe afspraak met u geboekt.\n\nDienst: Bijles wiskunde\nKlant: Daan de Vries",
        sender=("Afsprakenplanner", "noreply@afspraken.example"),
        people=provider("daan@mail.example", "Daan de Vries"),
        why="the reader is the tutor being booked",
    )
    S(
        "fr_provider_coaching",
        "fr",
        NEG,
        "setmore",
        "REQUEST",
        "Coaching sportif – Inès Martin",
        at(2027, 5, 4, 7, 30, "Europe/Paris"),
        60,
        READER,
        "Nouveau rendez-vous pris avec vous",
        "Bonjour Alex,\n\nUn nouveau rendez-vous a été pris avec vous.\n\nPrestation : Coaching sportif\nClient : Inès Martin",
        sender=("Setmore", "no-reply@setmore.example"),
        people=provider("ines.martin@mail.example", "Inès Martin"),
        why="the reader is the coach being booked",
    )
    S(
        "pt_provider_fisio",
        "pt-BR",
        NEG,
        "google",
        "REQUEST",
        "Sessão de fisioterapia – Carlos Souza",
        at(2027, 4, 12, 9, 0, "America/Sao_Paulo"),
        50,
        READER,
        "Novo agendamento com você",
        "Olá Alex,\n\nUm novo agendamento foi feito com você.\n\nServiço: Sessão de fisioterapia\nCliente: Carlos Souza",
        sender=("Agenda Online", "noreply@agendaonline.example"),
        people=provider("carlos.souza@mail.example", "Carlos Souza"),
        why="the reader is the physiotherapist being booked",
    )
    S(
        "en_provider_bland",
        "en",
        NEG,
        "calendly",
        "REQUEST",
        "30 Minute Meeting between Alex Morgan and Robin Ellis",
        at(2027, 3, 10, 13, 0, "America/New_York"),
        30,
        READER,
        "New Event: Robin Ellis - 30 Minute Meeting",
        "Hi Alex,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: Robin Ellis\nInvitee Email: robin.ellis@mail.example",
        sender=("Calendly", "notifications@calendly.example"),
        people=provider("robin.ellis@mail.example", "Robin Ellis"),
        why="a booking page's notice to its owner, the reader (ORGANIZER is the reader)",
    )


def controls() -> None:
    S(
        "en_wordless_interview",
        "en",
        INV,
        "exchange",
        "REQUEST",
        "Interview",
        at(2027, 3, 9, 15, 0, "Europe/London"),
        45,
        ("Sam Lee", "sam.lee@acme-corp.example"),
        "Interview",
        "________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 312 455 908 121\nPasscode: k7Qp2x\n________________________________________________________________________________",
        form="win:GMT Standard Time",
        uidstyle="outlook",
        why="an Outlook invite titled only 'Interview'",
    )
    S(
        "en_wordless_name",
        "en",
        INV,
        "exchange",
        "REQUEST",
        "Alex Morgan",
        at(2027, 3, 11, 10, 0, "America/New_York"),
        30,
        ("Dana Whitfield", "dana.whitfield@lumenlabs.example"),
        "Alex Morgan",
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting",
        form="win:Eastern Standard Time",
        uidstyle="outlook",
        why="an Outlook invite titled only with the reader's name",
    )
    S(
        "en_wordless_pair",
        "en",
        INV,
        "google",
        "REQUEST",
        "Sam Lee <> Alex Morgan",
        at(2027, 4, 1, 16, 30, "America/Los_Angeles"),
        30,
        ("Sam Lee", "sam@acmetalent.example"),
        "Invitation: Sam Lee <> Alex Morgan",
        "Join with Google Meet: https://meet.google.com/qrs-tuvw-xyz",
        why="a Google invite titled only with two names",
    )
    S(
        "en_call_talent",
        "en",
        INV,
        "google",
        "REQUEST",
        "Call with Sam Lee – Acme Talent",
        at(2027, 3, 18, 11, 0, "America/Chicago"),
        30,
        ("Sam Lee", "sam@acmetalent.example"),
        "Invitation: Call with Sam Lee – Acme Talent",
        "Hi Alex, looking forward to our conversation about the Data Engineer opening and your background.\n\nJoin with Google Meet: https://meet.google.com/aaa-bbbb-ccc",
        why="bland title; body names the opening",
    )
    S(
        "en_technical_round",
        "en",
        INV,
        "google",
        "REQUEST",
        "Acme | Technical round",
        at(2027, 3, 23, 14, 0, "Europe/Berlin"),
        60,
        ("Acme Recruiting", "recruiting@acme-corp.example"),
        "Invitation: Acme | Technical round",
        "Join with Google Meet: https://meet.google.com/ddd-eeee-fff",
        why="bland title; the organizer is the recruiting team",
    )
    S(
        "en_dental_assistant",
        "en",
        INV,
        "google",
        "REQUEST",
        "Interview – Dental Assistant, Bright Smile Dental",
        at(2027, 4, 5, 9, 30, "America/Chicago"),
        30,
        ("Karen Holt", "karen@brightsmile.example"),
        "Invitation: Interview – Dental Assistant",
        "Hi Alex,\n\nThank you for applying for the Dental Assistant position. This is your interview with our practice manager.\n\nKaren",
        why="an interview for a job at a dental practice",
    )
    S(
        "de_kfz",
        "de",
        INV,
        "outlook",
        "REQUEST",
        "Vorstellungsgespräch: Kfz-Mechatroniker (Autohaus Brandt)",
        at(2027, 3, 25, 10, 0, "Europe/Berlin"),
        60,
        ("Personalabteilung Autohaus Brandt", "bewerbung@autohaus-brandt.example"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Kfz-Mechatroniker. Wir laden Sie herzlich zum Vorstellungsgespräch in unsere Werkstatt ein.\n\nMit freundlichen Grüßen\nAutohaus Brandt",
        form="win:W. Europe Standard Time",
    )
    S(
        "es_peluquero",
        "es",
        INV,
        "google",
        "REQUEST",
        "Entrevista – Peluquero/a, Salón Lumière",
        at(2027, 4, 13, 12, 0, "Europe/Madrid"),
        30,
        ("Salón Lumière", "empleo@lumiere-salon.example"),
        "Invitación: Entrevista – Peluquero/a",
        "Hola Alex,\n\ngracias por tu candidatura. Nos gustaría conocerte en una entrevista para el puesto de peluquero/a.\n\nSalón Lumière",
    )
    S(
        "fr_prof_yoga",
        "fr",
        INV,
        "google",
        "REQUEST",
        "Entretien d'embauche – Professeur de yoga",
        at(2027, 5, 11, 14, 0, "Europe/Paris"),
        45,
        ("Studio Shanti", "recrutement@shanti.example"),
        "Invitation : Entretien d'embauche",
        "Bonjour Alex,\n\nsuite à votre candidature au poste de professeur de yoga, nous vous proposons cet entretien.\n\nStudio Shanti",
    )
    S(
        "nl_fysio",
        "nl",
        INV,
        "outlook",
        "REQUEST",
        "Sollicitatiegesprek – Fysiotherapeut",
        at(2027, 3, 29, 13, 30, "Europe/Amsterdam"),
        45,
        ("Praktijk Beweeg", "vacatures@beweeg.example"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nBedankt voor je sollicitatie. Hierbij de uitnodiging voor het sollicitatiegesprek.\n\nPraktijk Beweeg",
    )
    S(
        "it_consulente",
        "it",
        INV,
        "google",
        "REQUEST",
        "Colloquio di lavoro – Consulente assicurativo",
        at(2027, 4, 19, 15, 0, "Europe/Rome"),
        45,
        ("Galli Assicurazioni HR", "selezione@galli-assicura.example"),
        "Invito: Colloquio di lavoro",
        "Gentile Alex,\n\nla invitiamo a un colloquio per la posizione di consulente assicurativo.\n\nUfficio Selezione",
    )
    S(
        "pl_nauczyciel",
        "pl",
        INV,
        "google",
        "REQUEST",
        "Rozmowa kwalifikacyjna – nauczyciel matematyki",
        at(2027, 5, 10, 10, 0, "Europe/Warsaw"),
        45,
        ("Szkoła Językowa Atlas", "rekrutacja@atlas-szkola.example"),
        "Zaproszenie: rozmowa kwalifikacyjna",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji. Zapraszamy na rozmowę kwalifikacyjną.\n\nAtlas",
    )
    S(
        "sv_tandskoterska",
        "sv",
        INV,
        "outlook",
        "REQUEST",
        "Anställningsintervju – Tandsköterska",
        at(2027, 3, 31, 9, 0, "Europe/Stockholm"),
        45,
        ("Folktandvården Söder", "rekrytering@ftv-soder.example"),
        "Inbjudan till anställningsintervju",
        "Hej Alex,\n\ntack för din ansökan till tjänsten som tandsköterska. Välkommen på intervju.\n\nFolktandvården",
    )
    S(
        "pt_veterinaria",
        "pt-BR",
        INV,
        "google",
        "REQUEST",
        "Entrevista – Recepcionista, Clínica Veterinária Patas",
        at(2027, 4, 26, 10, 0, "America/Sao_Paulo"),
        30,
        ("Clínica Patas RH", "vagas@patas.example"),
        "Convite: Entrevista – Recepcionista",
        "Olá Alex,\n\nobrigado pela sua candidatura à vaga de recepcionista. Convidamos você para uma entrevista.\n\nClínica Patas",
    )
    S(
        "fi_hieroja",
        "fi",
        INV,
        "google",
        "REQUEST",
        "Työhaastattelu: hierojan tehtävä",
        at(2027, 3, 19, 12, 0, "Europe/Helsinki"),
        45,
        ("Hierontapiste Kuura", "rekry@kuura.example"),
        "Kutsu työhaastatteluun",
        "Hei Alex,\n\nkiitos hakemuksestasi. Kutsumme sinut työhaastatteluun.\n\nKuura",
    )
    S(
        "ja_mensetsu",
        "ja",
        INV,
        "google",
        "REQUEST",
        "一次面接（オンライン）",
        at(2027, 4, 8, 14, 0, "Asia/Tokyo"),
        60,
        ("株式会社ミナト 採用担当", "saiyo@minato.example"),
        "招待状: 一次面接（オンライン）",
        "アレックス様\n\nこの度はご応募いただきありがとうございます。一次面接のご案内です。\n\n株式会社ミナト 採用担当",
    )
    S(
        "tr_banka",
        "tr",
        INV,
        "outlook",
        "REQUEST",
        "İş görüşmesi – Müşteri temsilcisi",
        at(2027, 5, 3, 11, 0, "Europe/Istanbul"),
        45,
        ("Ege Bank İK", "ik@egebank.example"),
        "Davet: İş görüşmesi",
        "Merhaba Alex,\n\nmüşteri temsilcisi pozisyonuna başvurunuz için sizi iş görüşmesine davet ediyoruz.\n\nEge Bank İnsan Kaynakları",
    )
    S(
        "cs_automechanik",
        "cs",
        INV,
        "google",
        "REQUEST",
        "Pohovor – automechanik",
        at(2027, 4, 16, 13, 0, "Europe/Prague"),
        45,
        ("Autoservis Novák", "kariera@autonovak.example"),
        "Pozvánka: Pohovor – automechanik",
        "Dobrý den,\n\nděkujeme za vaši žádost o místo automechanika. Zveme vás na pohovor.\n\nAutoservis Novák",
    )
    S(
        "da_frisor_job",
        "da",
        INV,
        "google",
        None,
        "Jobsamtale – frisør",
        at(2027, 3, 26, 10, 0, "Europe/Copenhagen"),
        30,
        ("Salon Saks", "job@salonsaks.example"),
        "Jobsamtale",
        "Hej Alex,\n\ntak for din ansøgning som frisør. Her er tidspunktet for jobsamtalen.\n\nSalon Saks",
    )
    S(
        "en_hm_chat_nomethod",
        "en",
        INV,
        "ical",
        None,
        "Hiring manager chat – Lumen Labs",
        at(2027, 4, 20, 9, 0, "America/Denver"),
        30,
        ("Dana Whitfield", "dana.whitfield@lumenlabs.example"),
        "Hiring manager chat",
        "Hi Alex, here's the calendar file for your chat with our hiring manager about the Product Analyst role.",
    )


def heldout_names(names: list[str]) -> set[str]:
    """The seeded third: file names sorted by their SHA-256, every third from the first."""
    files = [f"{FAM}__{n}.eml" for n in names]
    ordered = sorted(files, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    return {n.split("__", 1)[1][:-4] for n in ordered[::3]}


def main() -> None:
    negatives()
    controls()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in (FAM, FAM + "h"):
                old.unlink()
    held = heldout_names(NAMES)
    cases = [c for c in cb.CASES if c.family == FAM]
    for c in cases:
        cb.check(c)
        if c.name in held:
            c.family = FAM + "h"
        folder = HERE / ("heldout" if c.name in held else "dev")
        name = f"{c.family}__{c.name}.eml"
        (folder / name).write_bytes(cb.render(c))
        out = cb.label(c)
        if c.kind == INV:
            out["organizer_email"] = c.sender[1]
        out["language"] = c.lang
        out["source"] = {"family": c.family, "template": FAMILIES[FAM], "license": LICENSE}
        out["note"] = c.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    neg = sum(c.kind == NEG for c in cases)
    print(
        len(cases),
        "files:",
        len(cases) - len(held),
        "dev,",
        len(held),
        "held out;",
        neg,
        "look-alikes",
    )


if __name__ == "__main__":
    main()
