# ruff: noqa: E501, N806
"""Write the "ats42" batch: WebCalendar (k5n) mail, a calendar server the corpus had not read,
rendered from its real code and 13 of its translation files.

Run: .venv/bin/python tests/parsing/corpus/build_ats42.py

Source: craigk5n/webcalendar @ c8e4060824d9f0f213564ef6e6e7c7915ebd9270 (GPL-2.0):
- edit_entry_handler.php: the participant mail for a new, updated or cancelled entry (Hello /
  '<organiser> has made a new appointment.' / Subject / Description / Date / Time / 'Please
  look on <Title> to view this appointment.' / URL) with its subject from
  includes/classes/WebCalMailer.php ('<Title> <Notification>: <name>');
- tools/send_reminders.php: the reminder mail for an event (Date, Time, 'Duration: 45
  minutes', Priority, Access, an 'Updated:' modification stamp, Participants) or a task
  (Start Date / Start Time / Due Date / Due Time / Percentage Complete);
- includes/functions.php: date_to_str() (translated weekday, ', ', then the translation's
  '__month__ __dd__, __yyyy__' order, day not zero-padded) and display_time() (the clock,
  12-hour 'g:ia' or 'H:i', then PHP's date(' T') zone abbreviation: CET, EST, AEDT, WIB,
  '+07');
- includes/translate.php: English-US.txt first, the user's file over it (first colon splits
  key and value, a later line wins, '=' keeps English), translations/<Language>.txt for
  English-US, German, French, Spanish, Italian, Dutch, Norwegian, Polish, Slovak,
  Indonesian, Vietnamese, Ukrainian and Malay, with their real quirks (French months in US
  order, German '17.Dezember', nominative Polish/Ukrainian months in US
  order, untranslated 'Title').

People, organisations, addresses and event texts are made up; every mail belongs to an
internal recruitment process (internal-mobility interviews on the employer's intranet
calendar). Labels were written from the datetimes the mails are rendered from, before the
parser was run on them. Held-out families: the first draw,
`random.Random("ats42 coin").sample(sorted(six families), 2)`, was made over a batch that
also held three OBM families; OBM was dropped afterwards because build_fresh26.py already
renders its templates, and of that draw wcalmove42 stays held out. The two reminder families
added afterwards were drawn by `random.Random("ats42 coin 2").sample(sorted(...), 1)` before
they were rendered or parsed. Deterministic; writes or deletes only files of its own
families (and of the dropped OBM families, which it removes).
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

FIRST_DRAW = ("obminv42", "obmmove42", "obmroom42", "wcalnew42", "wcalfwd42", "wcalmove42")
DROPPED = ("obminv42", "obmmove42", "obmroom42")  # OBM: already in build_fresh26.py
SECOND_DRAW = ("wcalremind42", "wcaltask42")
HELD = frozenset(random.Random("ats42 coin").sample(sorted(FIRST_DRAW), 2)) | frozenset(
    random.Random("ats42 coin 2").sample(sorted(SECOND_DRAW), 1)
)
FAMILIES = tuple(name for name in FIRST_DRAW + SECOND_DRAW if name not in DROPPED)
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

WC_COMMIT = "c8e4060824d9f0f213564ef6e6e7c7915ebd9270"
WC_SRC = (
    f"craigk5n/webcalendar@{WC_COMMIT}: edit_entry_handler.php (participant notification); "
    "tools/send_reminders.php (reminders); includes/functions.php (date_to_str, display_time); "
    "includes/classes/WebCalMailer.php (subject); includes/translate.php; "
    "translations/<Language>.txt"
)
WC_LICENSE = "GPL-2.0 (WebCalendar LICENSE); people, places and events ours"

SOURCES = {
    "wcalnew42": "'<organiser> has made a new appointment' participant mails in 13 languages: 'Date: <weekday>, <date in the translation's order>' and 'Time: 2:30pm EST' / '14:30 CET' / '09:00 +07' on separate lines, no end.",
    "wcalfwd42": "The same mails forwarded by the candidate with a short note (Gmail en/fr, Outlook de/es, Apple Mail en).",
    "wcalmove42": "'has updated an appointment' mails forwarded with the candidate's note that the time moved, and 'has canceled an appointment' mails (en, de, fr, es, it, nl, pl).",
    "wcalremind42": "send_reminders.php event reminders: 'Date:' / 'Time: … CET' / 'Duration: 45 minutes' plus an 'Updated:' modification stamp with its own date and time, priority, access and participants.",
    "wcaltask42": "send_reminders.php task reminders (look-alike negatives): 'Start Date' / 'Start Time' / 'Due Date' / 'Due Time' of tasks around an interview (documents, tests, presentations), not meetings.",
}
KEYS = {
    "hello": "Hello, XXX.",
    "new": "XXX has made a new appointment.",
    "upd": "XXX has updated an appointment.",
    "cancel": "XXX has canceled an appointment.",
    "subj": "Subject XXX",
    "desc": "Description XXX",
    "date": "Date XXX",
    "time": "Time XXX",
    "look": "Please look on XXX to view this appointment.",
}

WC: dict[str, dict[str, object]] = {
    "en": {
        "file": "English-US",
        "Hello, XXX.": "Hello, XXX.",
        "XXX has made a new appointment.": "XXX has made a new appointment.",
        "XXX has updated an appointment.": "XXX has updated an appointment.",
        "XXX has canceled an appointment.": "XXX has canceled an appointment.",
        "Subject XXX": 'Subject: "XXX".',
        "Description XXX": 'Description: "XXX".',
        "Date XXX": "Date: XXX",
        "Time XXX": "Time: XXX",
        "Please look on XXX to view this appointment.": "Please look on XXX to view this appointment.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "WebCalendar",
        "Notification": "Notification",
        "r:This is a reminder for the XXX detailed below.": "This is a reminder for the XXX detailed below.",
        "r:event": "event",
        "r:task": "task",
        "r:Description": "Description",
        "r:Date": "Date",
        "r:Time": "Time",
        "r:Duration": "Duration",
        "r:minutes": "minutes",
        "r:Priority": "Priority",
        "r:High": "High",
        "r:Medium": "Medium",
        "r:Low": "Low",
        "r:Access": "Access",
        "r:Public": "Public",
        "r:Private": "Private",
        "r:Confidential": "Confidential",
        "r:Updated": "Updated",
        "r:Participants": "Participants",
        "r:Reminder": "Reminder",
        "r:Start Date": "Start Date",
        "r:Start Time": "Start Time",
        "r:Due Date": "Due Date",
        "r:Due Time": "Due Time",
        "r:Percentage Complete": "Percentage Complete",
        "r:Administrator": "Administrator",
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
        "Hello, XXX.": "Guten Tag, XXX.",
        "XXX has made a new appointment.": "XXX hat Ihnen einen neuen Termin eingetragen.",
        "XXX has updated an appointment.": "XXX hat einen Termin aktualisiert.",
        "XXX has canceled an appointment.": "XXX hat einen Termin storniert.",
        "Subject XXX": "Betrifft XXX",
        "Description XXX": "Beschreibung XXX",
        "Date XXX": "Datum XXX",
        "Time XXX": "Zeit XXX",
        "Please look on XXX to view this appointment.": "Bitte schauen Sie auf XXX um den Eintrag anzuzeigen.",
        "__month__ __dd__, __yyyy__": "__dd__.__month__ __yyyy__",
        "Title": "Webkalender",
        "Notification": "Benachrichtigung",
        "r:This is a reminder for the XXX detailed below.": "Dies ist eine Erinnerung für XXX wie unten beschrieben.",
        "r:event": "Termin",
        "r:task": "Aufgabe",
        "r:Description": "Beschreibung",
        "r:Date": "Datum",
        "r:Time": "Uhrzeit",
        "r:Duration": "Dauer",
        "r:minutes": "Minute(n)",
        "r:Priority": "Priorität",
        "r:High": "Hoch",
        "r:Medium": "Normal",
        "r:Low": "Niedrig",
        "r:Access": "Zugang",
        "r:Public": "Öffentlich(e)",
        "r:Private": "Privat",
        "r:Confidential": "Vertraulich",
        "r:Updated": "Aktualisiert",
        "r:Participants": "Teilnehmer",
        "r:Reminder": "Erinnerung",
        "r:Start Date": "Startdatum",
        "r:Start Time": "Startzeit",
        "r:Due Date": "Fälligkeitsdatum",
        "r:Due Time": "Fälligkeitszeit",
        "r:Percentage Complete": "Prozentsatz erledigt",
        "r:Administrator": "Administrator",
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
        "Hello, XXX.": "Bonjour, XXX",
        "XXX has made a new appointment.": "XXX a créé un nouveau rendez-vous.",
        "XXX has updated an appointment.": "XXX a modifié un rendez-vous.",
        "XXX has canceled an appointment.": "XXX a annulé un rendez-vous.",
        "Subject XXX": 'Sujet : "XXX".',
        "Description XXX": 'Description: "XXX".',
        "Date XXX": "Date: XXX",
        "Time XXX": "Heure : XXX",
        "Please look on XXX to view this appointment.": "Merci de regarder sur XXX pour visualiser ce rendez-vous",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "Agenda partagé",
        "Notification": "Notification",
        "r:This is a reminder for the XXX detailed below.": "Ceci est un rappel pour XXX détaillé ci-dessous.",
        "r:event": "événement",
        "r:task": "task",
        "r:Description": "Description",
        "r:Date": "Date",
        "r:Time": "Heure",
        "r:Duration": "Durée",
        "r:minutes": "minutes",
        "r:Priority": "Priorité",
        "r:High": "Haute",
        "r:Medium": "Moyenne",
        "r:Low": "Basse",
        "r:Access": "Accès",
        "r:Public": "Public",
        "r:Private": "Privé",
        "r:Confidential": "Confidentiel",
        "r:Updated": "Mise à jour",
        "r:Participants": "Participants",
        "r:Reminder": "Rappel",
        "r:Start Date": "Date de début",
        "r:Start Time": "Heure de début",
        "r:Due Date": "Date de fin",
        "r:Due Time": "Heure de fin",
        "r:Percentage Complete": "Pourcentage atteint",
        "r:Administrator": "Administrateur",
        "days": ["Dimanche", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"],
        "months": [
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
    },
    "es": {
        "file": "Spanish",
        "Hello, XXX.": "'Hola, XXX.’",
        "XXX has made a new appointment.": "XXX ha hecho una nueva cita.",
        "XXX has updated an appointment.": "XXX ha actualizado una cita.",
        "XXX has canceled an appointment.": "XXX ha cancelado una cita.",
        "Subject XXX": 'Asunto: "XXX".',
        "Description XXX": 'Descripción: "XXX".',
        "Date XXX": "Fecha: XXX",
        "Time XXX": "Hora: XXX",
        "Please look on XXX to view this appointment.": "Por favor, mira en XXX para ver este nombramiento.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "Título",
        "Notification": "Notificación",
        "r:This is a reminder for the XXX detailed below.": "Esto es un recordatorio para el XXX detallado abajo.",
        "r:event": "Evento",
        "r:task": "tarea",
        "r:Description": '"XXX".: Descripción: "XXX".',
        "r:Date": "Fecha",
        "r:Time": "XXX: Hora: XXX",
        "r:Duration": "Duración",
        "r:minutes": "Minutos",
        "r:Priority": "Prioridad",
        "r:High": "Alta",
        "r:Medium": "Media",
        "r:Low": "Baja",
        "r:Access": "Acceso",
        "r:Public": "Público",
        "r:Private": "Privado",
        "r:Confidential": "Confidencial",
        "r:Updated": "Actualizado",
        "r:Participants": "Participantes",
        "r:Reminder": "Recordatorio",
        "r:Start Date": "Fecha de inicio",
        "r:Start Time": "Hora de Inicio",
        "r:Due Date": "Fecha de Vencimiento",
        "r:Due Time": "Hora de Vencimiento",
        "r:Percentage Complete": "Porcentaje Completo",
        "r:Administrator": "Administrador",
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
        "Hello, XXX.": "Salve, XXX.",
        "XXX has made a new appointment.": "XXX ha registrato un appuntamento",
        "XXX has updated an appointment.": "XXX ha aggiornato un appuntamento",
        "XXX has canceled an appointment.": "XXX ha cancellato un appuntamento.",
        "Subject XXX": 'Oggetto: "XXX".',
        "Description XXX": 'Descrizione: "XXX".',
        "Date XXX": "Data: XXX",
        "Time XXX": "Ora: XXX",
        "Please look on XXX to view this appointment.": "Guarda in XXX per vedere questo appuntamento",
        "__month__ __dd__, __yyyy__": "__dd__ __month__, __yyyy__",
        "Title": "Titolo",
        "Notification": "Notifica",
        "r:This is a reminder for the XXX detailed below.": "Questo è un promemoria per il XXX dettagliato sotto.",
        "r:event": "evento",
        "r:task": "compito",
        "r:Description": "Descrizione",
        "r:Date": "Data",
        "r:Time": "Ora",
        "r:Duration": "Durata",
        "r:minutes": "minuti",
        "r:Priority": "Priorità",
        "r:High": "Alta",
        "r:Medium": "Media",
        "r:Low": "Bassa",
        "r:Access": "Accesso",
        "r:Public": "Pubblico",
        "r:Private": "Privato",
        "r:Confidential": "Confidenziale",
        "r:Updated": "Aggiornato",
        "r:Participants": "Partecipanti",
        "r:Reminder": "Avviso",
        "r:Start Date": "Data inizio",
        "r:Start Time": "Ora inizio",
        "r:Due Date": "Data fine",
        "r:Due Time": "Ora fine",
        "r:Percentage Complete": "Percentuale completamento",
        "r:Administrator": "Amministratore",
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
        "Hello, XXX.": "Hallo, XXX.",
        "XXX has made a new appointment.": "XXX heeft een nieuwe afspraak gemaakt.",
        "XXX has updated an appointment.": "XXX heeft een afspraak bijgewerkt.",
        "XXX has canceled an appointment.": "XXX heeft een afspraak geannuleerd.",
        "Subject XXX": 'Onderwerp: "XXX".',
        "Description XXX": 'Omschrijving: "XXX".',
        "Date XXX": "Datum: XXX",
        "Time XXX": "Tijd: XXX",
        "Please look on XXX to view this appointment.": "Kijk AUB op XXX om deze afspraak te bekijken.",
        "__month__ __dd__, __yyyy__": "__dd__ __month__ __yyyy__",
        "Title": "WebCalendar",
        "Notification": "Notificatie",
        "r:This is a reminder for the XXX detailed below.": "Dit is een herinnering aan de XXX waarvan u hieronder de details vindt",
        "r:event": "afspraak",
        "r:task": "taak",
        "r:Description": "Omschrijving",
        "r:Date": "Datum",
        "r:Time": "Tijd",
        "r:Duration": "Duur",
        "r:minutes": "minuten",
        "r:Priority": "Prioriteit",
        "r:High": "Hoge prioriteit",
        "r:Medium": "Normale prioriteit",
        "r:Low": "Lage prioriteit",
        "r:Access": "Toegankelijkheid",
        "r:Public": "Publiekelijk",
        "r:Private": "privé-afspraak",
        "r:Confidential": "vertrouwelijk",
        "r:Updated": "Gewijzigd",
        "r:Participants": "Deelnemers",
        "r:Reminder": "Herinnering",
        "r:Start Date": "Startdatum",
        "r:Start Time": "Starttijd",
        "r:Due Date": "Af zijn op datum",
        "r:Due Time": "Af zijn om",
        "r:Percentage Complete": "Percentage compleet",
        "r:Administrator": "Beheerder",
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
        "Hello, XXX.": "Hei, XXX!",
        "XXX has made a new appointment.": "XXX har opprettet en ny avtale.",
        "XXX has updated an appointment.": "XXX har oppdatert en avtale.",
        "XXX has canceled an appointment.": "XXX har avlyst en avtale.",
        "Subject XXX": "Emne: XXX",
        "Description XXX": "Beskrivelse: XXX",
        "Date XXX": "Dato: XXX",
        "Time XXX": "Tid: XXX",
        "Please look on XXX to view this appointment.": "Sjekk XXX for å vise denne avtalen.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "WebCalendar",
        "Notification": "Påminnelse",
        "r:This is a reminder for the XXX detailed below.": "Dette er en påminnelse om XXX beskrevet nedenfor.",
        "r:event": "aktivitet",
        "r:task": "oppgave",
        "r:Description": "Beskrivelse",
        "r:Date": "Dato",
        "r:Time": "Klokken",
        "r:Duration": "Varighet",
        "r:minutes": "minutter",
        "r:Priority": "Prioritet",
        "r:High": "Høy",
        "r:Medium": "Medium",
        "r:Low": "Lav",
        "r:Access": "Tilgang",
        "r:Public": "Offentlig",
        "r:Private": "Privat",
        "r:Confidential": "Privat",
        "r:Updated": "Oppdatert",
        "r:Participants": "Deltakere",
        "r:Reminder": "Påminnelse",
        "r:Start Date": "Startdato",
        "r:Start Time": "Starttidspunkt",
        "r:Due Date": "Avslutningsdato",
        "r:Due Time": "Avslutningstid",
        "r:Percentage Complete": "Prosent ferdig",
        "r:Administrator": "Administrator",
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
        "Hello, XXX.": "Witaj, XXX.",
        "XXX has made a new appointment.": "XXX ustalił nowe spotkanie.",
        "XXX has updated an appointment.": "XXX zaktualizował spotkanie.",
        "XXX has canceled an appointment.": "XXX skasował spotkanie.",
        "Subject XXX": 'Temat: "XXX".',
        "Description XXX": 'Opis: "XXX".',
        "Date XXX": "Data: XXX",
        "Time XXX": "Czas: XXX",
        "Please look on XXX to view this appointment.": "Proszę, spojrz na XXX, aby obejrzeć szczegóły tego spotkania.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "Tytuł",
        "Notification": "Zawiadomienie",
        "r:This is a reminder for the XXX detailed below.": "Uwaga: zbliża się XXX opisane poniżej.",
        "r:event": "zdarzenie",
        "r:task": "zadanie",
        "r:Description": "Opis",
        "r:Date": "Data",
        "r:Time": "Czas",
        "r:Duration": "Czas trwania",
        "r:minutes": "minut",
        "r:Priority": "Priorytet",
        "r:High": "Wysoki",
        "r:Medium": "Średni",
        "r:Low": "Niski",
        "r:Access": "Dostep",
        "r:Public": "Dla wszystkich",
        "r:Private": "Prywatne",
        "r:Confidential": "Poufny",
        "r:Updated": "Zaktualizowany",
        "r:Participants": "Współuczestnicy",
        "r:Reminder": "Przypomnienie",
        "r:Start Date": "Data rozpoczęcia",
        "r:Start Time": "Data rozpoczęcia",
        "r:Due Date": "Data zakończenia",
        "r:Due Time": "Godzina zakończenia",
        "r:Percentage Complete": "Procent wykonania",
        "r:Administrator": "Administrator",
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
        "Hello, XXX.": "Dobrý deň, XXX.",
        "XXX has made a new appointment.": "XXX si vytvoril nové stretnutie.",
        "XXX has updated an appointment.": "XXX aktualizoval stretnutie.",
        "XXX has canceled an appointment.": "XXX zrušil schôdzku.",
        "Subject XXX": "Predmet: „XXX“.",
        "Description XXX": "Popis: „XXX“.",
        "Date XXX": "Dátum: XXX",
        "Time XXX": "Čas: XXX",
        "Please look on XXX to view this appointment.": "Ak si chcete pozrieť túto schôdzku, pozrite sa na XXX.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "Webový kalendár",
        "Notification": "Oznámenie",
        "r:This is a reminder for the XXX detailed below.": "Toto je pripomienka pre XXX, ktoré je podrobne uvedené nižšie.",
        "r:event": "udalosť",
        "r:task": "úloha",
        "r:Description": "Popis",
        "r:Date": "dĂˇtum",
        "r:Time": "Čas",
        "r:Duration": "Trvanie",
        "r:minutes": "minút",
        "r:Priority": "Priorita",
        "r:High": "Vysoký",
        "r:Medium": "Stredná",
        "r:Low": "Nízka",
        "r:Access": "Prístup",
        "r:Public": "Verejné",
        "r:Private": "Súkromné",
        "r:Confidential": "Dôverné",
        "r:Updated": "Aktualizované",
        "r:Participants": "Účastníci",
        "r:Reminder": "Pripomienka",
        "r:Start Date": "Dátum začiatku",
        "r:Start Time": "Doba spustenia",
        "r:Due Date": "Do dátumu",
        "r:Due Time": "Patričný čas",
        "r:Percentage Complete": "Percento dokončené",
        "r:Administrator": "Správca",
        "days": ["NedeÄľa", "Pondelok", "Utorok", "Streda", "Ĺ\xa0tvrtok", "Piatok", "Sobota"],
        "months": [
            "JanuĂˇr",
            "FebruĂˇr",
            "Marec",
            "AprĂ\xadl",
            "MĂˇj",
            "JĂşn",
            "JĂşl",
            "Augusta",
            "September",
            "OktĂłber",
            "Novembra",
            "December",
        ],
    },
    "id": {
        "file": "Indonesian",
        "Hello, XXX.": "Halo, XXX.",
        "XXX has made a new appointment.": "XXX telah membuat janji baru.",
        "XXX has updated an appointment.": "XXX telah memperbarui janji.",
        "XXX has canceled an appointment.": "XXX telah membatalkan janji.",
        "Subject XXX": 'Subjek: "XXX".',
        "Description XXX": 'Deskripsi: "XXX".',
        "Date XXX": "Tanggal: XXX",
        "Time XXX": "Waktu: XXX",
        "Please look on XXX to view this appointment.": "Silakan lihat XXX untuk melihat janji ini.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "KalenderWeb",
        "Notification": "Pemberitahuan",
        "r:This is a reminder for the XXX detailed below.": "Ini adalah pengingat untuk XXX yang dirinci di bawah.",
        "r:event": "peristiwa",
        "r:task": "tugas",
        "r:Description": "Keterangan",
        "r:Date": "Tanggal",
        "r:Time": "Waktu",
        "r:Duration": "Durasi",
        "r:minutes": "menit",
        "r:Priority": "Prioritas",
        "r:High": "Tinggi",
        "r:Medium": "Sedang",
        "r:Low": "Rendah",
        "r:Access": "Akses",
        "r:Public": "Umum",
        "r:Private": "Pribadi",
        "r:Confidential": "Pribadi",
        "r:Updated": "Dimutakhirkan",
        "r:Participants": "Partisipan",
        "r:Reminder": "Pengingat",
        "r:Start Date": "Mulai tanggal",
        "r:Start Time": "Waktu mulai",
        "r:Due Date": "Batas waktu",
        "r:Due Time": "Waktunya",
        "r:Percentage Complete": "Persentase Selesai",
        "r:Administrator": "Administrator",
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
        "Hello, XXX.": "Xin chào, XXX.",
        "XXX has made a new appointment.": "XXX đã có một cuộc hẹn mới.",
        "XXX has updated an appointment.": "XXX đã cập nhật một cuộc hẹn.",
        "XXX has canceled an appointment.": "XXX đã hủy một cuộc hẹn.",
        "Subject XXX": 'Chủ đề: "XXX".',
        "Description XXX": 'Mô tả: "XXX".',
        "Date XXX": "Ngày: XXX",
        "Time XXX": "Thời gian: XXX",
        "Please look on XXX to view this appointment.": "Vui lòng xem trên XXX để xem cuộc hẹn này.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "WebCalendar",
        "Notification": "Thông báo",
        "r:This is a reminder for the XXX detailed below.": "Đây là lời nhắc cho XXX được nêu chi tiết bên dưới.",
        "r:event": "biến cố",
        "r:task": "bài tập",
        "r:Description": "Sự miêu tả",
        "r:Date": "Ngày",
        "r:Time": "Thời gian",
        "r:Duration": "Thời lượng",
        "r:minutes": "phút",
        "r:Priority": "Sự ưu tiên",
        "r:High": "Cao",
        "r:Medium": "Trung bình",
        "r:Low": "Thấp",
        "r:Access": "Truy cập",
        "r:Public": "Công cộng",
        "r:Private": "Riêng tư",
        "r:Confidential": "Bí mật",
        "r:Updated": "Đã cập nhật",
        "r:Participants": "Những người tham gia",
        "r:Reminder": "Nhắc nhở",
        "r:Start Date": "Ngày bắt đầu",
        "r:Start Time": "Thời gian bắt đầu",
        "r:Due Date": "Ngày đáo hạn",
        "r:Due Time": "Thời gian đến hạn",
        "r:Percentage Complete": "Phần trăm hoàn thành",
        "r:Administrator": "Người quản lý",
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
        "Hello, XXX.": "Привіт, XXX.",
        "XXX has made a new appointment.": "XXX призначив нове побачення.",
        "XXX has updated an appointment.": "XXX оновив зустріч.",
        "XXX has canceled an appointment.": "XXX скасував зустріч.",
        "Subject XXX": 'Тема: "XXX".',
        "Description XXX": 'Опис: "XXX".',
        "Date XXX": "Дата: XXX",
        "Time XXX": "Час: XXX",
        "Please look on XXX to view this appointment.": "Будь ласка, перегляньте XXX, щоб переглянути цю зустріч.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "WebCalendar",
        "Notification": "Повідомлення",
        "r:This is a reminder for the XXX detailed below.": "Це нагадування для XXX, деталізовано нижче.",
        "r:event": "подія",
        "r:task": "завдання",
        "r:Description": "Опис",
        "r:Date": "Дата",
        "r:Time": "Час",
        "r:Duration": "Тривалість",
        "r:minutes": "хвилин",
        "r:Priority": "Пріоритет",
        "r:High": "Високий",
        "r:Medium": "Середній",
        "r:Low": "Низький",
        "r:Access": "Доступ",
        "r:Public": "Громадський",
        "r:Private": "Приватна",
        "r:Confidential": "Конфіденційно",
        "r:Updated": "Оновлено",
        "r:Participants": "Учасники",
        "r:Reminder": "Нагадування",
        "r:Start Date": "Дата початку",
        "r:Start Time": "Час початку",
        "r:Due Date": "Термін виконання",
        "r:Due Time": "Час завершення",
        "r:Percentage Complete": "Відсоток завершено",
        "r:Administrator": "Адміністратор",
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
        "Hello, XXX.": "Helo, XXX.",
        "XXX has made a new appointment.": "XXX telah membuat janji temu baru.",
        "XXX has updated an appointment.": "XXX telah mengemas kini janji temu.",
        "XXX has canceled an appointment.": "XXX telah membatalkan temu janji.",
        "Subject XXX": 'Subjek: "XXX".',
        "Description XXX": 'Penerangan: "XXX".',
        "Date XXX": "Tarikh: XXX",
        "Time XXX": "Masa: XXX",
        "Please look on XXX to view this appointment.": "Sila lihat XXX untuk melihat janji temu ini.",
        "__month__ __dd__, __yyyy__": "__month__ __dd__, __yyyy__",
        "Title": "Kalendar Web",
        "Notification": "Pemberitahuan",
        "r:This is a reminder for the XXX detailed below.": "Ini adalah peringatan untuk XXX yang diperincikan di bawah.",
        "r:event": "peristiwa",
        "r:task": "tugas",
        "r:Description": "Penerangan",
        "r:Date": "Tarikh",
        "r:Time": "Masa",
        "r:Duration": "Tempoh",
        "r:minutes": "minit",
        "r:Priority": "Keutamaan",
        "r:High": "Tinggi",
        "r:Medium": "Sedang",
        "r:Low": "Rendah",
        "r:Access": "Akses",
        "r:Public": "Awam",
        "r:Private": "Peribadi",
        "r:Confidential": "Sulit",
        "r:Updated": "Dikemas kini",
        "r:Participants": "Peserta",
        "r:Reminder": "Peringatan",
        "r:Start Date": "Tarikh mula",
        "r:Start Time": "Masa mula",
        "r:Due Date": "Tarikh Akhir",
        "r:Due Time": "Masa Tamat",
        "r:Percentage Complete": "Peratus Lengkap",
        "r:Administrator": "Pentadbir",
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


def wc_date(lang: str, value: datetime) -> str:
    """date_to_str(): translated weekday, ', ', then the translation's date order."""
    strings = WC[lang]
    months = strings["months"]
    days = strings["days"]
    assert isinstance(months, list)
    assert isinstance(days, list)
    fmt = str(strings["__month__ __dd__, __yyyy__"])
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
        return str(s[KEYS[key]]).replace("XXX", value)

    head = x("hello", to_name) + "\n\n" + x(what, org_name) + "\n" + x("subj", name) + "\n\n"
    head += x("desc", description) + "\n" + x("date", wc_date(lang, start)) + "\n"
    if what == "cancel":
        body = head + x("time", wc_time(start, h12)) + "\n\n\n" + url + "\n\n"
    else:
        body = head + x("time", wc_time(start, h12)) + "\n" + x("look", str(s["Title"]))
        body += "\n\n" + url
    subject = f"{s['Title']} {s['Notification']}: {name}"
    return subject, body


def case(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    label: dict[str, object],
    note: str,
) -> Case:
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label,
        lang,
        note,
        WC_SRC,
        WC_LICENSE,
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
            "French translation keeps the US order 'Jeudi, décembre 17, 2026'; 'Heure : 14:30 CET'.",
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
            "Gmail (fr) forward; 'Vendredi, décembre 18, 2026' / 'Heure : 10:30 CET'.",
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
            "'a modifié un rendez-vous' forwarded with 'décalé'; 'Lundi, décembre 21, 2026' / 'Heure : 09:00 CET'.",
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


def php_upper(text: str) -> str:
    """PHP 8's strtoupper(): ASCII letters only."""
    return "".join(c.upper() if c.isascii() else c for c in text)


def reminder(
    lang: str,
    *,
    task: bool,
    name: str,
    description: str,
    start: datetime,
    minutes: int,
    due: datetime | None,
    updated: datetime,
    participants: list[str],
    url: str,
    h12: bool,
) -> tuple[str, str]:
    """Subject and body of tools/send_reminders.php for an internal user (plain text)."""
    s = WC[lang]

    def r(key: str) -> str:
        return str(s["r:" + key])

    pad = "   "
    body = r("This is a reminder for the XXX detailed below.").replace(
        "XXX", r("task") if task else r("event")
    )
    body += "\n\n" + url + "\n\n"
    body += php_upper(name) + "\n\n" + r("Description") + ":\n" + pad + description + "\n"
    body += (r("Start Date") if task else r("Date")) + ": " + wc_date(lang, start) + "\n"
    body += (r("Start Time") if task else r("Time")) + ": " + wc_time(start, h12) + "\n"
    if task:
        assert due is not None
        body += r("Due Date") + ": " + wc_date(lang, due) + "\n"
        body += r("Due Time") + ": " + wc_time(due, h12) + "\n"
        body += r("Percentage Complete") + ": 0%\n"
    else:
        body += r("Duration") + ": " + str(minutes) + " " + r("minutes") + "\n"
    body += r("Priority") + ": 5-" + r("Medium") + "\n"
    body += r("Access") + ": " + r("Private") + "\n"
    body += r("Updated") + ": " + wc_date(lang, updated) + " " + wc_time(updated, h12) + "\n"
    body += r("Participants") + ":\n" + "".join(pad + p + "\n" for p in participants)
    return r("Reminder") + ": " + name, body


def remind_cases() -> list[Case]:
    out: list[Case] = []
    # (family, lang, zone, org-domain, (y, mo, d, hh, mi, wd), minutes, h12, name, description,
    #  participants, note, due (task only: days, hh, mi))
    rows = [
        (
            "wcalremind42",
            "en",
            "America/Chicago",
            "prairie-rail.example.com",
            (2026, 12, 16, 9, 0, "Wed"),
            45,
            True,
            "Interview - Yard Operations Lead (internal)",
            "Interview with the terminal manager, conference room B.",
            ["Marcus Reed", "Alex Morgan"],
            "Event reminder: 'Time: 9:00am CST', 'Duration: 45 minutes'; 'Updated:' stamp six days earlier.",
        ),
        (
            "wcalremind42",
            "de",
            "Europe/Berlin",
            "stadtwerke-elbtal.example.de",
            (2026, 12, 16, 10, 0, "Wed"),
            60,
            False,
            "Vorstellungsgespräch interne Stellenausschreibung Netzplanung",
            "Gespräch mit Frau Albers und Herrn Kühn, Raum 2.14.",
            ["Katrin Albers", "Alex Morgan", "Jörg Kühn"],
            "'Datum: Mittwoch, 16.Dezember 2026' / 'Uhrzeit: 10:00 CET' / 'Dauer: 60 Minute(n)'; 'Aktualisiert:' stamp.",
        ),
        (
            "wcalremind42",
            "fr",
            "Europe/Paris",
            "mutuelle-armor.example.fr",
            (2026, 12, 17, 14, 30, "Thu"),
            45,
            False,
            "Entretien – mobilité interne gestionnaire sinistres",
            "Entretien avec le responsable du pôle sinistres, bâtiment B.",
            ["Claire Dubois", "Alex Morgan"],
            "'Date: Jeudi, décembre 17, 2026' / 'Heure: 14:30 CET' / 'Durée: 45 minutes'; 'Mise à jour:' stamp.",
        ),
        (
            "wcalremind42",
            "it",
            "Europe/Rome",
            "acque-brenta.example.it",
            (2026, 12, 18, 9, 30, "Fri"),
            30,
            False,
            "Colloquio selezione interna – analista dati",
            "Colloquio con la commissione, sala riunioni 1.",
            ["Federica Galli", "Alex Morgan"],
            "'Data: Venerdì, 18 Dicembre, 2026' / 'Ora: 09:30 CET' / 'Durata: 30 minuti'.",
        ),
        (
            "wcalremind42",
            "nl",
            "Europe/Amsterdam",
            "waterschap-delta.example.nl",
            (2027, 1, 13, 13, 30, "Wed"),
            60,
            False,
            "Sollicitatiegesprek interne vacature beleidsmedewerker",
            "Gesprek met de selectiecommissie, kamer 4.07.",
            ["Lotte Jansen", "Alex Morgan", "Bram de Wit"],
            "'Datum: Woensdag, 13 januari 2027' / 'Tijd: 13:30 CET' / 'Duur: 60 minuten'; 'Gewijzigd:' stamp.",
        ),
        (
            "wcalremind42",
            "nb",
            "Europe/Oslo",
            "fjordkraft-nett.example.no",
            (2026, 12, 15, 11, 0, "Tue"),
            45,
            False,
            "Intervju intern stilling – prosjektleder",
            "Intervju med avdelingsleder, møterom Fjellet.",
            ["Ingrid Solberg", "Alex Morgan"],
            "'Dato: Tirsdag, Desember 15, 2026' / 'Klokken: 11:00 CET' / 'Varighet: 45 minutter'.",
        ),
        (
            "wcalremind42",
            "pl",
            "Europe/Warsaw",
            "wodociagi-wisla.example.pl",
            (2026, 12, 16, 12, 30, "Wed"),
            40,
            False,
            "Rozmowa kwalifikacyjna – rekrutacja wewnętrzna",
            "Rozmowa z komisją, sala 12.",
            ["Agnieszka Nowak", "Alex Morgan"],
            "'Uwaga: zbliża się zdarzenie…'; 'Data: Środa, Grudzień 16, 2026' / 'Czas: 12:30 CET' / 'Czas trwania: 40 minut'.",
        ),
        (
            "wcalremind42",
            "id",
            "Asia/Jakarta",
            "airminum-jaya.example.co.id",
            (2026, 12, 15, 9, 0, "Tue"),
            60,
            False,
            "Wawancara seleksi internal – analis keuangan",
            "Wawancara dengan kepala divisi, ruang rapat 5.",
            ["Rina Kusuma", "Alex Morgan"],
            "'Tanggal: Selasa, Desember 15, 2026' / 'Waktu: 09:00 WIB' / 'Durasi: 60 menit'.",
        ),
        (
            "wcalremind42",
            "uk",
            "Europe/Kyiv",
            "vodokanal-dnipro.example.ua",
            (2026, 12, 17, 11, 30, "Thu"),
            45,
            False,
            "Співбесіда – внутрішній конкурс",
            "Співбесіда з комісією, кабінет 210.",
            ["Олена Коваленко", "Alex Morgan"],
            "'Дата: Четвер, Грудень 17, 2026' / 'Час: 11:30 EET' / 'Тривалість: 45 хвилин'.",
        ),
        # ---- task reminders (negatives)
        (
            "wcaltask42",
            "en",
            "America/New_York",
            "hudson-transit.example.com",
            (2026, 12, 10, 9, 0, "Thu"),
            0,
            True,
            "Submit portfolio before interview",
            "Upload your portfolio PDF to the HR share before the panel interview.",
            ["Alex Morgan"],
            "Task reminder: 'Start Date' / 'Start Time: 9:00am EST' and 'Due Date' / 'Due Time: 5:00pm EST'; no meeting.",
            (4, 17, 0),
        ),
        (
            "wcaltask42",
            "de",
            "Europe/Berlin",
            "stadtwerke-elbtal.example.de",
            (2026, 12, 9, 8, 0, "Wed"),
            0,
            False,
            "Unterlagen für das Vorstellungsgespräch einreichen",
            "Zeugnisse und Lebenslauf an die Personalabteilung senden.",
            ["Alex Morgan"],
            "'Startdatum' / 'Fälligkeitsdatum' / 'Prozentsatz erledigt: 0%' of a task before an interview.",
            (5, 12, 0),
        ),
        (
            "wcaltask42",
            "fr",
            "Europe/Paris",
            "mutuelle-armor.example.fr",
            (2026, 12, 11, 9, 0, "Fri"),
            0,
            False,
            "Préparer la présentation pour l'entretien",
            "Présentation de 10 minutes sur le traitement des sinistres.",
            ["Alex Morgan"],
            "'Date de début' / 'Date de fin' of a preparation task; no meeting.",
            (5, 18, 0),
        ),
        (
            "wcaltask42",
            "nl",
            "Europe/Amsterdam",
            "waterschap-delta.example.nl",
            (2027, 1, 6, 9, 0, "Wed"),
            0,
            False,
            "Online assessment afronden voor het gesprek",
            "Capaciteitentest invullen via de link van HR.",
            ["Alex Morgan"],
            "'Startdatum' / 'Af zijn op datum' deadline of an assessment task.",
            (6, 23, 59),
        ),
        (
            "wcaltask42",
            "pl",
            "Europe/Warsaw",
            "wodociagi-wisla.example.pl",
            (2026, 12, 9, 10, 0, "Wed"),
            0,
            False,
            "Przesłać referencje przed rozmową",
            "Wysłać referencje do działu kadr.",
            ["Alex Morgan"],
            "'Data rozpoczęcia' / 'Data zakończenia' of a task; no meeting.",
            (6, 15, 0),
        ),
        (
            "wcaltask42",
            "vi",
            "Asia/Ho_Chi_Minh",
            "capnuoc-songhong.example.vn",
            (2026, 12, 9, 8, 30, "Wed"),
            0,
            False,
            "Nộp hồ sơ trước buổi phỏng vấn",
            "Gửi bản sao bằng cấp cho phòng nhân sự.",
            ["Alex Morgan"],
            "'Ngày bắt đầu' / 'Ngày đáo hạn' of a task; '+07' abbreviation.",
            (5, 17, 0),
        ),
        (
            "wcaltask42",
            "ms",
            "Asia/Kuala_Lumpur",
            "air-selangor.example.my",
            (2026, 12, 8, 9, 0, "Tue"),
            0,
            False,
            "Lengkapkan ujian psikometrik sebelum temu duga",
            "Ujian dalam talian, pautan daripada HR.",
            ["Alex Morgan"],
            "'Tarikh mula' / 'Tarikh Akhir' of an online test; '+08' abbreviation.",
            (4, 23, 0),
        ),
    ]
    for i, row in enumerate(rows):
        fam, lang, zone, dom, (y, mo, d, hh, mi, wd), minutes, h12, name, desc, people, note = row[
            :11
        ]
        start = at(y, mo, d, hh, mi, zone, wd)
        task = fam == "wcaltask42"
        due = None
        if task:
            days, dh, dm = row[11]  # type: ignore[misc]
            due = (start + timedelta(days=days)).replace(hour=dh, minute=dm)
        sent = start - timedelta(hours=20 + i % 5, minutes=0)
        updated = sent - timedelta(days=6, hours=3, minutes=12 + i)
        url = f"https://intranet.{dom}/webcalendar/view_entry.php?id={2300 + i * 9}&em=1"
        subject, body = reminder(
            lang,
            task=task,
            name=name,
            description=desc,
            start=start,
            minutes=minutes,
            due=due,
            updated=updated,
            participants=people,
            url=url,
            h12=h12,
        )
        admin = (str(WC[lang]["r:Administrator"]), f"webcalendar@intranet.{dom}")
        raw = mail(f"ats42/{fam}/{i}", sender=admin, to=ME, subject=subject, sent=sent, text=body)
        if task:
            lab: dict[str, object] = {"kind": NEG}
        else:
            lab = {**p8.slot(start, start + timedelta(minutes=minutes), kind="invitation")}
        out.append(
            case(
                fam,
                f"{'task' if task else 'remind'}_{zone.split('/')[1].lower()}",
                lang,
                raw,
                lab,
                note,
            )
        )
    return out


FIGURES = (
    "First sight (measured once the files existed, before any parser change): dev text start "
    "right 20 of 21 (18 with confidence >= 0.5), 1 of 7 negatives claimed (the French task "
    "reminder, 0.85); held out 17 of 17, no negatives held out. After this branch's two rules "
    "(a task's progress field; a weekday before an unread date): dev 20 of 21 (the "
    "Vietnamese 'Tháng mười hai' mail keeps a wrong day but at 0.45 with a warning), 0 of 7 "
    "negatives claimed; held out unchanged."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    negs = sum(1 for item in cases if item.label.get("kind") == NEG)
    lines = [
        "# Provenance of the ats42 batch (`build_ats42.py`)",
        "",
        "WebCalendar (k5n) mail rendered from its real code and translation files; people, "
        "organisations, addresses, rooms and event texts are made up (internal-mobility "
        "interviews on the employer's intranet calendar). Labels were written from the "
        "datetimes the mails are rendered from, before the parser was run on any of them.",
        "",
        "## Source",
        "",
        f"- `craigk5n/webcalendar` @ `{WC_COMMIT}` (GPL-2.0, LICENSE): `edit_entry_handler.php` "
        "(participant mails for new, updated and cancelled entries), `tools/send_reminders.php` "
        "(event and task reminders), `includes/functions.php` (`date_to_str`, `display_time` "
        "with PHP's zone abbreviation), `includes/classes/WebCalMailer.php` (subject), "
        "`includes/translate.php` (English-US first, the user's file over it), "
        "`translations/{English-US,German,French,Spanish,Italian,Dutch,Norwegian,Polish,Slovak,"
        "Indonesian,Vietnamese,Ukrainian,Malay}.txt`.",
        "- Forward layouts (Gmail en/fr, Outlook de/es, Apple Mail en) come from "
        "`build_parse-pos.py` (loaded, not copied).",
        "- A first version of this batch also rendered OBM (linagora/OBM) templates; they were "
        "dropped because `build_fresh26.py` (obm26) already renders them.",
        "",
        "## Label policy",
        "",
        "- The participant mails state a start and a zone abbreviation (CET, EST, AEDT, WIB, "
        "'+07'...), no end: the start instant is labelled, `timezone` is not (an abbreviation "
        "is not one zone). Updated entries are forwarded with the candidate's note that the "
        "time moved: `reschedule` with the new start; cancelled ones: `cancellation`.",
        "- Event reminders state a duration: start and end are labelled; the 'Updated:' line "
        "is the entry's modification stamp, not the slot.",
        "- Task reminders (start and due date/time of a task such as sending documents or "
        "taking a test) set no meeting: `not_invitation`.",
        "",
        f"{len(cases)} messages ({negs} negatives) in {len(SPLITS)} families, {len(langs)} "
        f"language tags ({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}; "
        "draws described in the builder's docstring, made before anything was parsed): "
        + ", ".join(held)
        + "; their files are not listed.",
        "",
        FIGURES,
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
    cases = wc_cases() + remind_cases()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, [*SPLITS, *DROPPED], "PROVENANCE-ats42.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
