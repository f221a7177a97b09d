# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calneg30 batch: calendar-bearing mail that is not the reader's job interview.

Run: .venv/bin/python tests/parsing/corpus/build_calneg30.py

Follows calneg21/calneg22 (same `mk` helper, MIME layouts and label rules): iTIP REQUESTs and
published .ics files, in the shapes of Google Calendar, Outlook/Exchange (Teams), Zoom, Webex,
Apple iCloud, Thunderbird, Nextcloud, SOGo and Zimbra, that book an hour of the reader's for
something else: a colleague's or manager's meeting, a vendor's demo, a doctor's, dentist's or
salon booking, a flight or train, a conference or meetup talk, a volunteer shift, a school
event, a friend's dinner, the reader interviewing a candidate (ATS panel invites titled
"Interview: <Candidate> for <Role>" with scorecard links) or a hiring debrief, and group
webinars sent as REQUEST. About one mail in four is a real interview invitation from the same
producer (the controls), several with terse titles ("Alex / Maria", "Chat with Northwind",
"Acme <> Alex"). Look-alikes are labelled `not_invitation` with the file's UID, SEQUENCE and
METHOD (the calendar facts must survive whatever the parser decides); controls carry the full
calendar label. See PROVENANCE-calneg30.md. The script deletes or writes only its own families.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("c22", HERE / "build_calneg22.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["c22"] = module
    spec.loader.exec_module(module)
    return module


c22 = _load()
c21, cp, c17 = c22.c21, c22.cp, c22.c17
at = cp.at
c21.WINDOWS.update({"America/Chicago": "Central Standard Time"})
c22.CANONICAL.update({"Central Standard Time": "America/Chicago"})

GOOGLE = c21.GOOGLE
OUTLOOK = c21.OUTLOOK
EXCHANGE = c21.EXCHANGE
TBIRD = c21.TBIRD
ZOOM = "-//zoom.us//iCalendar Event//EN"
WEBEX = "-//Cisco//Webex Meetings//EN"
ICLOUD = "-//Apple Inc.//iCloud 2.0//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 5.2.4//EN"
SOGO = "-//Inverse inc./SOGo 5.11.0//EN"
ZIMBRA = "Zimbra-Calendar-Provider"

SPLITS = {
    "colleague30": "dev",
    "vendor30": "dev",
    "appt30": "dev",
    "travel30": "dev",
    "talk30": "dev",
    "atspanel30": "dev",
    "social30": "dev",
    "webgroup30": "heldout",
    "panelho30": "heldout",
    "mixho30": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "colleague30": "Outlook/Exchange (Teams block), Google Calendar, Zoom, Webex and Thunderbird iMIP REQUESTs for meetings at the reader's current job (1:1, annual review, quarterly review, client call, planning, kick-off); layout recalled, wording ours",
    "vendor30": "vendors' sales-demo REQUESTs from Zoom, Outlook/Teams, Webex and Google Calendar; layout recalled, wording ours",
    "appt30": "dentist, GP, salon and physiotherapy bookings sent as REQUESTs from Zimbra, Nextcloud, iCloud and Google Calendar; layout recalled, wording ours",
    "travel30": "airline and rail itineraries with a PUBLISH .ics per leg; layout recalled, wording ours",
    "talk30": "conference and meetup speaker slots and volunteer shifts sent from Google Calendar, Nextcloud and SOGo; wording ours",
    "atspanel30": "ATS interviewer-side calendar invites (Greenhouse, Lever, Workable, Personio, Recruitee: 'Interview: <Candidate> for <Role>' with interview-kit / scorecard links; strings recalled, not re-read) and a recruiter's debrief; wording ours",
    "social30": "a friend's dinner and a birthday (iCloud, Google), school evenings (published .ics, Google); wording ours",
    "webgroup30": "group webinars and town halls sent as iTIP REQUESTs (Teams, Webex, Zoom, Outlook); wording ours",
    "panelho30": "ATS interviewer-side invites and a debrief (Lever, Recruitee, Personio shapes; strings recalled); wording ours",
    "mixho30": "client call, dentist, volunteer shift and conference slot REQUESTs (Outlook, Zimbra, Nextcloud, Google); wording ours",
}


def esc(text: str) -> str:
    """RFC 5545 TEXT escaping."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def teams(url: str) -> str:
    return c21.teams_block(url)


def webex(num: str) -> str:
    return (
        "\n-- Do not delete or change any of the following text. --\n\n"
        f"Join Webex meeting\nhttps://meet.webex.example/meet/j.php?MTID=m{num}\n"
        f"Meeting number (access code): {num[:4]} {num[4:7]} {num[7:]}\nMeeting password: Rb7Kq2\n"
    )


def zoom(num: str) -> str:
    return (
        "\nJoin Zoom Meeting\n"
        f"https://zoom.example/j/{num}?pwd=Xc81\n\nMeeting ID: {num[:3]} {num[3:7]} {num[7:]}\nPasscode: 662014\n"
    )


def m(
    fam: str,
    name: str,
    kind: str,
    lang: str,
    note: str,
    s: datetime,
    mins: int,
    summary: str,
    sender: str,
    subject: str,
    text: str,
    *,
    prodid: str,
    method: str = "REQUEST",
    tz: str = "iana",
    layout: str = "alt",
    description: str | None = None,
    attendees: tuple[str, ...] = (),
) -> None:
    """One message. tz: 'iana' (libical VTIMEZONE), 'win' (Outlook: Windows TZID, labelled with
    its canonical IANA zone), 'utc' (Google: UTC times, zone from the text)."""
    if tz == "win":
        s = s.astimezone(ZoneInfo(c22.CANONICAL[c21.WINDOWS[str(s.tzinfo)]]))
    more: list[str] = []
    if description:
        more.append(f"DESCRIPTION:{esc(description)}")
    if attendees:
        more += [
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a.split('@')[0]}:mailto:{a}"
            for a in attendees
        ]
        more.append(
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Candidate:mailto:candidate@inbox.example"
        )
    c21.mk(
        fam,
        name,
        kind,
        lang,
        note,
        s=s,
        e=s + timedelta(minutes=mins),
        tz=tz,
        summary=summary,
        method=method,
        prodid=prodid,
        sender=sender,
        subject=subject,
        text=text,
        layout=layout,
        html=True,
        more=tuple(more),
    )
    case = c21.CASES[-1]
    if kind == "not_invitation":
        # the calendar facts stay as the file gives them, whatever the kind
        uid = next(ln.split(":", 1)[1] for ln in case.ics if ln.startswith("UID:"))
        case.label.update({"uid": uid, "sequence": 0, "method": method})


NO = "not_invitation"
YES = "invitation"


# ------------------------------------------------------------------------------ colleague30
def colleague30() -> None:
    f = "colleague30"
    z = "America/New_York"
    m(
        f,
        "weekly_one_on_one_en",
        NO,
        "en",
        "Look-alike: the reader's manager books their weekly 1:1 at the current job (Outlook REQUEST, Teams).",
        at(2027, 3, 9, 10, 0, z),
        30,
        "1:1 Priya / Candidate",
        "Priya Raman <priya.raman@larchpoint.example>",
        "1:1 Priya / Candidate",
        "Hi,\n\nmoving our weekly 1:1 to Tuesdays from now on. Bring your notes on the billing migration and anything that's blocking you.\n\nPriya"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_LP11"),
        prodid=OUTLOOK,
        tz="win",
    )
    z = "Europe/Berlin"
    m(
        f,
        "jahresgespraech_de",
        NO,
        "de",
        "Look-alike: annual review with the manager at the current job ('Jahresgespräch', Exchange REQUEST); 'Gespräch' is no job interview here.",
        at(2027, 2, 17, 14, 0, z),
        60,
        "Jahresgespräch 2027 – Zielvereinbarung",
        "Torsten Wilke <t.wilke@feldmark-energie.example>",
        "Jahresgespräch 2027 – Zielvereinbarung",
        "Hallo,\n\nwie jedes Jahr setzen wir uns zu unserem Jahresgespräch zusammen: Rückblick auf 2026, deine Ziele für 2027 und Weiterbildungswünsche. Den Bogen aus dem HR-Portal bitte vorher ausfüllen.\n\nBis dann\nTorsten\n",
        prodid=EXCHANGE,
        tz="win",
    )
    z = "Europe/Paris"
    m(
        f,
        "revue_trimestrielle_fr",
        NO,
        "fr",
        "Look-alike: a quarterly business review of the reader's team sent from Google Calendar (French invitation text).",
        at(2027, 4, 13, 15, 0, z),
        90,
        "Revue trimestrielle – équipe Data",
        "Hélène Marchand <helene.marchand@orvalis.example>",
        "Invitation: Revue trimestrielle – équipe Data @ mar. 13 avr. 2027 15:00 - 16:30 (CEST) (candidate@inbox.example)",
        "Vous avez été invité à l'événement suivant.\n\nRevue trimestrielle – équipe Data\nQuand : mardi 13 avr. 2027 15:00 – 16:30 Heure d'été d'Europe centrale - Paris\nOù : Salle Garonne, 3e étage\nInvités :\n* helene.marchand@orvalis.example - organisateur\n* candidate@inbox.example\n\nChacun présente ses indicateurs du trimestre en 5 minutes.\n\nParticiperez-vous (candidate@inbox.example) ? Oui - Peut-être - Non    plus d'options »\n\nInvitation de Google Agenda\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Europe/Madrid"
    m(
        f,
        "llamada_cliente_zoom_es",
        NO,
        "es",
        "Look-alike: a colleague books a follow-up call with a client of the reader's employer (Zoom REQUEST, Spanish).",
        at(2027, 5, 20, 17, 0, z),
        45,
        "Llamada con cliente: Ferrovía Norte – seguimiento",
        "Álvaro Benítez <alvaro.benitez@cumbrasoft.example>",
        "Llamada con cliente: Ferrovía Norte – seguimiento",
        "Hola,\n\nte meto en la llamada de seguimiento con Ferrovía Norte. Revisamos el estado de la integración y las incidencias abiertas; prepara por favor el informe de SLA.\n\nGracias,\nÁlvaro\n"
        + zoom("84120577312"),
        prodid=ZOOM,
    )
    z = "Europe/Amsterdam"
    m(
        f,
        "kwartaalplanning_webex_nl",
        NO,
        "nl",
        "Look-alike: quarterly planning of the reader's team sent as a Webex meeting REQUEST (Dutch).",
        at(2027, 6, 24, 9, 30, z),
        120,
        "Kwartaalplanning Q3 – team Platform",
        "Femke Jansen <femke.jansen@dijkwerk.example>",
        "Kwartaalplanning Q3 – team Platform",
        "Hoi allemaal,\n\nwe plannen het derde kwartaal: capaciteit, roadmap en wie welke epics oppakt. Zet je vakantiedagen vóór die tijd in de planning.\n\nGroet,\nFemke\n"
        + webex("26418830571"),
        prodid=WEBEX,
    )
    z = "Europe/Rome"
    m(
        f,
        "kickoff_thunderbird_it",
        NO,
        "it",
        "Look-alike: a project kick-off at the reader's current job sent from Thunderbird (Italian).",
        at(2027, 9, 14, 11, 0, z),
        60,
        "Kick-off progetto Aurora",
        "Luca Ferri <luca.ferri@albatec.example>",
        "Kick-off progetto Aurora",
        "Ciao a tutti,\n\nvi invito al kick-off del progetto Aurora: obiettivi, ruoli nel gruppo di lavoro e prime scadenze. Sala Dolomiti, secondo piano.\n\nA presto,\nLuca\n",
        prodid=TBIRD,
        layout="thunderbird",
    )
    # controls
    z = "America/Chicago"
    m(
        f,
        "terse_alex_maria_en",
        YES,
        "en",
        "Control: a recruiter's Outlook REQUEST titled only 'Alex / Maria' for the reader's first interview (Teams).",
        at(2027, 3, 16, 13, 0, z),
        30,
        "Alex / Maria",
        "Maria Lopez <maria.lopez@northwind-freight.example>",
        "Alex / Maria",
        "Hi Alex,\n\nthanks for applying to the Operations Analyst role at Northwind Freight. Here is the invite for our first conversation; I'll walk you through the role and the next steps of the process.\n\nBest,\nMaria Lopez\nTalent Acquisition"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_NWF3"),
        prodid=OUTLOOK,
        tz="win",
    )
    z = "America/Los_Angeles"
    m(
        f,
        "chat_with_northwind_en",
        YES,
        "en",
        "Control: Google Calendar REQUEST titled 'Chat with Northwind' from the employer's recruiter for a screening call.",
        at(2027, 4, 7, 11, 0, z),
        30,
        "Chat with Northwind",
        "Jordan Blake <jordan.blake@northwind.example>",
        "Invitation: Chat with Northwind @ Wed Apr 7, 2027 11am - 11:30am (PDT) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nChat with Northwind\nWhen: Wednesday Apr 7, 2027 11am – 11:30am Pacific Time - Los Angeles\nJoining info: meet.example/nwd-chat-kpq\nWho:\n* jordan.blake@northwind.example - organizer\n* candidate@inbox.example\n\nThanks for your application to the Support Engineer opening, excited to learn more about you!\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )


# ------------------------------------------------------------------------------ vendor30
def vendor30() -> None:
    f = "vendor30"
    z = "America/New_York"
    m(
        f,
        "acme_crm_demo_zoom_en",
        NO,
        "en",
        "Look-alike: a software vendor's account executive books a product demo with the reader (Zoom REQUEST).",
        at(2027, 2, 23, 14, 0, z),
        45,
        "Acme CRM <> Brightledger: product demo",
        "Kyle Donovan <kyle.donovan@acmecrm.example>",
        "Acme CRM <> Brightledger: product demo",
        "Hi there,\n\ngreat speaking with you last week. As promised, here's the invite for a tailored demo of Acme CRM: pipeline views, forecasting and the Outlook add-in. I'll bring a sandbox with your team's sample data.\n\nCheers,\nKyle Donovan\nAccount Executive, Acme CRM\n"
        + zoom("93317720154"),
        prodid=ZOOM,
    )
    z = "Europe/Berlin"
    m(
        f,
        "produktdemo_teams_de",
        NO,
        "de",
        "Look-alike: a vendor's sales demo sent as an Outlook REQUEST with a Teams block (German).",
        at(2027, 3, 4, 10, 30, z),
        60,
        "Produktdemo Dataflux – Lagerwerk GmbH",
        "Sven Albrecht <sven.albrecht@dataflux.example>",
        "Produktdemo Dataflux – Lagerwerk GmbH",
        "Guten Tag,\n\nvielen Dank für Ihr Interesse an Dataflux. Gern zeige ich Ihnen in einer Live-Demo, wie unsere Lösung Ihre Lagerbestände in Echtzeit abgleicht, und beantworte Fragen zu Preisen und Lizenzen.\n\nMit freundlichen Grüßen\nSven Albrecht\nVertrieb"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_DFX4"),
        prodid=OUTLOOK,
        tz="win",
    )
    z = "Europe/Paris"
    m(
        f,
        "demo_webex_fr",
        NO,
        "fr",
        "Look-alike: a vendor's discovery call and demo sent as a Webex REQUEST (French).",
        at(2027, 5, 11, 16, 0, z),
        45,
        "Démonstration Kalibra – découverte",
        "Inès Robert <ines.robert@kalibra.example>",
        "Démonstration Kalibra – découverte",
        "Bonjour,\n\nsuite à votre demande sur notre site, je vous propose une démonstration de Kalibra : gestion des notes de frais, validation mobile et export comptable. Comptez 45 minutes, questions comprises.\n\nBien cordialement,\nInès Robert\nChargée de clientèle\n"
        + webex("23340981176"),
        prodid=WEBEX,
    )
    z = "America/Sao_Paulo"
    m(
        f,
        "demonstracao_google_ptbr",
        NO,
        "pt-BR",
        "Look-alike: a SaaS vendor's demo booked from Google Calendar (Brazilian Portuguese invitation text).",
        at(2027, 6, 2, 10, 0, z),
        30,
        "Demonstração: Plataforma Fluxa",
        "Bruno Tavares <bruno.tavares@fluxa.example>",
        "Convite: Demonstração: Plataforma Fluxa @ qua 2 de jun de 2027 10:00 - 10:30 (BRT) (candidate@inbox.example)",
        "Você foi convidado para o seguinte evento.\n\nDemonstração: Plataforma Fluxa\nQuando: quarta-feira, 2 de jun de 2027 10:00 – 10:30 Horário Padrão de Brasília - São Paulo\nInformações de participação: meet.example/flx-demo-aab\nConvidados:\n* bruno.tavares@fluxa.example - organizador\n* candidate@inbox.example\n\nVamos mostrar o módulo de cobrança recorrente e tirar dúvidas sobre o plano anual.\n\nVai participar (candidate@inbox.example)? Sim - Talvez - Não    mais opções »\n\nConvite do Google Agenda\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "America/New_York"
    m(
        f,
        "acme_alex_interview_en",
        YES,
        "en",
        "Control: 'Acme <> Alex' Google REQUEST from the employer's talent team for the reader's first interview.",
        at(2027, 3, 2, 9, 30, z),
        45,
        "Acme <> Alex",
        "Rina Shah <rina.shah@acme-robotics.example>",
        "Invitation: Acme <> Alex @ Tue Mar 2, 2027 9:30am - 10:15am (EST) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nAcme <> Alex\nWhen: Tuesday Mar 2, 2027 9:30am – 10:15am Eastern Time - New York\nJoining info: meet.example/acm-alx-rtq\nWho:\n* rina.shah@acme-robotics.example - organizer\n* candidate@inbox.example\n\nHi Alex, thanks for applying to the Solutions Engineer role. This first interview is with me and the team lead; no preparation needed.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )


# ------------------------------------------------------------------------------ appt30
def appt30() -> None:
    f = "appt30"
    z = "Europe/Berlin"
    m(
        f,
        "zahnreinigung_zimbra_de",
        NO,
        "de",
        "Look-alike: a dental practice's Zimbra REQUEST for the reader's teeth cleaning.",
        at(2027, 2, 9, 8, 15, z),
        45,
        "Professionelle Zahnreinigung – Praxis Dr. Ahrens",
        "Praxis Dr. Ahrens <termine@zahnarzt-ahrens.example>",
        "Ihr Termin: Professionelle Zahnreinigung",
        "Guten Tag,\n\nhiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung. Bitte bringen Sie Ihre Versichertenkarte mit und sagen Sie spätestens 24 Stunden vorher ab, falls Sie verhindert sind.\n\nIhr Praxisteam Dr. Ahrens\nLindenstraße 12, Kassel\n",
        prodid=ZIMBRA,
    )
    z = "Europe/Warsaw"
    m(
        f,
        "wizyta_nextcloud_pl",
        NO,
        "pl",
        "Look-alike: a GP's surgery books a visit through Nextcloud (Polish).",
        at(2027, 3, 15, 16, 40, z),
        20,
        "Wizyta: lek. Anna Kowalczyk (internista)",
        "Przychodnia Zdrowie Plus <rejestracja@zdrowieplus.example>",
        "Potwierdzenie wizyty – Przychodnia Zdrowie Plus",
        "Dzień dobry,\n\npotwierdzamy wizytę u lek. Anny Kowalczyk. Prosimy o przybycie 10 minut wcześniej i zabranie wyników ostatnich badań.\n\nRejestracja\nPrzychodnia Zdrowie Plus, ul. Lipowa 4, Lublin\n",
        prodid=NEXTCLOUD,
    )
    z = "Europe/Paris"
    m(
        f,
        "salon_icloud_fr",
        NO,
        "fr",
        "Look-alike: a hair salon's owner invites the reader from iCloud to their cut-and-colour slot.",
        at(2027, 4, 3, 10, 0, z),
        120,
        "Coupe + couleur – Salon Mirabelle",
        "Salon Mirabelle <salon.mirabelle@icloud.example>",
        "Invitation : Coupe + couleur – Salon Mirabelle",
        "Bonjour,\n\nvotre rendez-vous coupe et couleur est bien noté. Pensez à venir sans avoir lavé vos cheveux la veille.\n\nÀ samedi,\nNadia – Salon Mirabelle\n",
        prodid=ICLOUD,
    )
    z = "America/Sao_Paulo"
    m(
        f,
        "fisioterapia_google_ptbr",
        NO,
        "pt-BR",
        "Look-alike: a physiotherapy clinic's Google Calendar REQUEST for the reader's session.",
        at(2027, 5, 18, 7, 30, z),
        50,
        "Sessão de fisioterapia – Clínica Movimento",
        "Clínica Movimento <agenda@clinicamovimento.example>",
        "Convite: Sessão de fisioterapia – Clínica Movimento @ ter 18 de mai de 2027 07:30 - 08:20 (BRT) (candidate@inbox.example)",
        "Você foi convidado para o seguinte evento.\n\nSessão de fisioterapia – Clínica Movimento\nQuando: terça-feira, 18 de mai de 2027 07:30 – 08:20 Horário Padrão de Brasília - São Paulo\nOnde: Rua Augusta 1200, sala 31\n\nTraga roupa confortável e o pedido médico.\n\nVai participar (candidate@inbox.example)? Sim - Talvez - Não    mais opções »\n\nConvite do Google Agenda\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Europe/Berlin"
    m(
        f,
        "praxis_interview_zimbra_de",
        YES,
        "de",
        "Control: the same kind of dental practice invites the reader, an applicant, to a job interview (Zimbra REQUEST).",
        at(2027, 2, 25, 17, 30, z),
        45,
        "Vorstellungsgespräch ZFA – Praxis Dr. Ahrens",
        "Praxis Dr. Ahrens <verwaltung@zahnarzt-ahrens.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihre Bewerbung als Zahnmedizinische Fachangestellte. Wir laden Sie herzlich zu einem Vorstellungsgespräch in unserer Praxis ein.\n\nMit freundlichen Grüßen\nDr. Katrin Ahrens\n",
        prodid=ZIMBRA,
    )
    z = "Europe/Warsaw"
    m(
        f,
        "rozmowa_nextcloud_pl",
        YES,
        "pl",
        "Control: an employer's Nextcloud REQUEST for the reader's recruitment interview (Polish).",
        at(2027, 3, 22, 12, 0, z),
        60,
        "Rozmowa rekrutacyjna – Specjalista ds. kadr",
        "Dział Kadr Lubtrans <kadry@lubtrans.example>",
        "Zaproszenie na rozmowę rekrutacyjną",
        "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Specjalista ds. kadr. Zapraszamy na rozmowę rekrutacyjną w naszym biurze przy ul. Zemborzyckiej 8.\n\nZ poważaniem\nDział Kadr Lubtrans\n",
        prodid=NEXTCLOUD,
    )


# ------------------------------------------------------------------------------ travel30
def travel30() -> None:
    f = "travel30"
    z = "Europe/Zurich"
    m(
        f,
        "flight_zrh_ber_en",
        NO,
        "en",
        "Look-alike: an airline's booking confirmation with one published .ics for the flight.",
        at(2027, 4, 19, 7, 10, z),
        85,
        "Flight LX 966 Zurich → Berlin Brandenburg",
        "SwissAlp Air <booking@swissalp-air.example>",
        "Your booking confirmation – ZRH–BER, 19 April 2027",
        "Dear Passenger,\n\nthank you for booking with SwissAlp Air. Booking reference: QK7T2M\n\nLX 966  Zurich (ZRH) 07:10 → Berlin Brandenburg (BER) 08:35\nEconomy Light, 1 personal item\n\nOnline check-in opens 23 hours before departure. The attached calendar file holds your flight.\n",
        prodid="-//SwissAlp Air//Itinerary//EN",
        method="PUBLISH",
        layout="attach",
    )
    z = "Europe/Berlin"
    m(
        f,
        "ice_reise_de",
        NO,
        "de",
        "Look-alike: a rail operator's ticket mail with the journey as a published .ics (German).",
        at(2027, 5, 6, 6, 52, z),
        239,
        "ICE 597 Berlin Hbf → München Hbf",
        "Fernbahn Tickets <noreply@fernbahn.example>",
        "Ihre Fahrkarte: Berlin Hbf → München Hbf am 06.05.2027",
        "Guten Tag,\n\nvielen Dank für Ihre Buchung. Auftragsnummer 4471 2290 1183\n\nHinfahrt: Do, 06.05.2027\nab 06:52 Berlin Hbf, Gleis 12 – an 10:51 München Hbf, ICE 597\nWagen 27, Platz 84 (reserviert)\n\nIhr Ticket finden Sie im Anhang; den Termin können Sie mit der .ics-Datei in Ihren Kalender übernehmen.\n",
        prodid="-//Fernbahn//Reiseplan//DE",
        method="PUBLISH",
        layout="attach",
    )
    z = "Europe/Rome"
    m(
        f,
        "frecciarossa_it",
        NO,
        "it",
        "Look-alike: an Italian high-speed-rail ticket with the journey as a published .ics.",
        at(2027, 6, 11, 8, 0, z),
        190,
        "Frecciarossa 9521 Milano Centrale → Roma Termini",
        "Treni Veloci <noreply@treniveloci.example>",
        "Acquisto biglietto – codice PNR XK44TQ",
        "Gentile cliente,\n\ngrazie per aver acquistato il tuo viaggio.\n\nMilano Centrale 08:00 → Roma Termini 11:10\nFrecciarossa 9521 – Carrozza 6, posto 7A – Standard\n\nAggiungi il viaggio al tuo calendario con il file allegato.\n",
        prodid="-//Treni Veloci//Viaggio//IT",
        method="PUBLISH",
        layout="attach",
    )
    z = "Asia/Tokyo"
    m(
        f,
        "flight_hnd_fuk_ja",
        NO,
        "ja",
        "Look-alike: a Japanese airline's reservation mail with the flight as a published .ics.",
        at(2027, 7, 2, 9, 30, z),
        115,
        "NH 245 羽田 → 福岡",
        "ソラ航空 予約センター <reserve@sora-air.example>",
        "【ご予約確認】7月2日 羽田→福岡",
        "この度はソラ航空をご利用いただき、誠にありがとうございます。\n\n予約番号：8JQ4RT\n7月2日（金） NH 245 東京（羽田）9:30発 → 福岡 11:25着\n\n添付のカレンダーファイルで予定に追加できます。\n",
        prodid="-//Sora Air//Reservation//JA",
        method="PUBLISH",
        layout="attach",
    )
    z = "Europe/Berlin"
    m(
        f,
        "onsite_interview_train_en",
        YES,
        "en",
        "Control: an employer's Outlook REQUEST for the reader's on-site interview, with the train it booked for them in the text.",
        at(2027, 5, 6, 11, 30, z),
        90,
        "On-site interview – Candidate (Fernwerk Logistics)",
        "Hannah Vogel <hannah.vogel@fernwerk.example>",
        "On-site interview – Fernwerk Logistics",
        "Hi Candidate,\n\nwe're looking forward to meeting you in Munich for your on-site interview for the Supply Chain Analyst role. We've booked your train (ICE 597, arriving München Hbf 10:51); from there it's a ten-minute walk. The interview runs 11:30–13:00 with me and two team members.\n\nBest regards,\nHannah Vogel\nPeople Team, Fernwerk Logistics\n",
        prodid=OUTLOOK,
        tz="win",
    )


# ------------------------------------------------------------------------------ talk30
def talk30() -> None:
    f = "talk30"
    z = "Europe/London"
    m(
        f,
        "speaker_slot_google_en",
        NO,
        "en",
        "Look-alike: a conference's programme team books the reader's talk slot from Google Calendar.",
        at(2027, 9, 23, 14, 20, z),
        30,
        "Speaker slot: Observability on a budget (Room B)",
        "DataConf Programme <programme@dataconf.example>",
        "Invitation: Speaker slot: Observability on a budget (Room B) @ Thu Sep 23, 2027 2:20pm - 2:50pm (BST) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nSpeaker slot: Observability on a budget (Room B)\nWhen: Thursday Sep 23, 2027 2:20pm – 2:50pm United Kingdom Time\nWhere: Riverside Centre, Room B\nWho:\n* programme@dataconf.example - organizer\n* candidate@inbox.example\n\nPlease be in the room 15 minutes early for the mic check; slides as PDF or on your own laptop (HDMI).\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Europe/Madrid"
    m(
        f,
        "charla_meetup_es",
        NO,
        "es",
        "Look-alike: a meetup organiser books the reader's talk as a Google REQUEST (Spanish).",
        at(2027, 10, 7, 19, 0, z),
        40,
        "Charla: Testing en Python sin dolor – Meetup PyCiudad",
        "Marta Gil <marta.gil@pyciudad.example>",
        "Invitación: Charla: Testing en Python sin dolor – Meetup PyCiudad @ jue 7 oct 2027 19:00 - 19:40 (CEST) (candidate@inbox.example)",
        "Se te ha invitado al siguiente evento.\n\nCharla: Testing en Python sin dolor – Meetup PyCiudad\nCuándo: jueves 7 oct 2027 19:00 – 19:40 Hora de verano de Europa central - Madrid\nDónde: Espacio Coworking La Nave, calle Mayor 3\n\n¡Gracias por animarte a dar la charla! Después habrá pizza.\n\n¿Vas a asistir (candidate@inbox.example)? Sí - Quizás - No\n\nInvitación de Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Europe/Berlin"
    m(
        f,
        "tafel_schicht_nextcloud_de",
        NO,
        "de",
        "Look-alike: a food bank's volunteer coordinator books the reader's Saturday shift from Nextcloud.",
        at(2027, 3, 13, 9, 0, z),
        180,
        "Schicht Ausgabe – Tafel Nordstadt",
        "Ehrenamt Tafel Nordstadt <ehrenamt@tafel-nordstadt.example>",
        "Deine Schicht am Samstag",
        "Hallo,\n\ndanke, dass du dich für eine Schicht eingetragen hast! Du bist in der Ausgabe eingeteilt. Bitte feste Schuhe mitbringen, Schürzen liegen bereit.\n\nViele Grüße\nDas Ehrenamtsteam der Tafel Nordstadt\n",
        prodid=NEXTCLOUD,
    )
    z = "Europe/Amsterdam"
    m(
        f,
        "voedselbank_sogo_nl",
        NO,
        "nl",
        "Look-alike: a food bank's volunteer roster sends the reader's shift as a SOGo REQUEST (Dutch).",
        at(2027, 4, 15, 13, 30, z),
        210,
        "Vrijwilligersdienst Voedselbank – uitgifte",
        "Voedselbank Zuid <rooster@voedselbankzuid.example>",
        "Je dienst bij de Voedselbank",
        "Hoi,\n\nfijn dat je je weer hebt aangemeld als vrijwilliger. Je staat ingeroosterd bij de uitgifte. Meld je bij binnenkomst bij de coördinator.\n\nGroet,\nRoostergroep Voedselbank Zuid\n",
        prodid=SOGO,
    )
    z = "Europe/Stockholm"
    m(
        f,
        "intervju_sogo_sv",
        YES,
        "sv",
        "Control: a municipality's SOGo REQUEST for the reader's job interview (Swedish).",
        at(2027, 4, 20, 10, 0, z),
        60,
        "Intervju – Projektledare IT",
        "Karin Lindqvist <karin.lindqvist@norrvik.kommun.example>",
        "Inbjudan till intervju – Projektledare IT",
        "Hej,\n\ntack för din ansökan till tjänsten som projektledare IT. Vi vill gärna träffa dig för en intervju i stadshuset, plan 4.\n\nVänliga hälsningar\nKarin Lindqvist\nHR, Norrviks kommun\n",
        prodid=SOGO,
    )
    z = "Europe/Berlin"
    m(
        f,
        "kennenlernen_icloud_de",
        YES,
        "de",
        "Control: a small bakery's owner invites the reader from iCloud to a getting-to-know-you job interview ('Kennenlernen').",
        at(2027, 2, 12, 15, 0, z),
        45,
        "Kennenlernen: Candidate / Bäckerei Lorenz",
        "Jens Lorenz <jens.lorenz@icloud.example>",
        "Kennenlernen – Ihre Bewerbung als Verkäufer/in",
        "Hallo,\n\ndanke für Ihre Bewerbung als Verkäufer/in in unserer Filiale am Markt. Ich würde Sie gern bei einem Kaffee kennenlernen und Ihnen den Laden zeigen.\n\nBis dann\nJens Lorenz\nBäckerei Lorenz\n",
        prodid=ICLOUD,
    )


# ------------------------------------------------------------------------------ atspanel30
def atspanel30() -> None:
    f = "atspanel30"
    z = "America/New_York"
    m(
        f,
        "greenhouse_interviewer_en",
        NO,
        "en",
        "Look-alike: a Greenhouse-style interviewer invite ('Interview: <Candidate> for <Role>') with interview-kit and scorecard links; the reader interviews someone else.",
        at(2027, 3, 3, 13, 0, z),
        45,
        "Interview: Priya Nair for Senior Data Engineer",
        "Recruiting Coordinator <scheduling@brightledger.example>",
        "Invitation: Interview: Priya Nair for Senior Data Engineer @ Wed Mar 3, 2027 1pm - 1:45pm (EST) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nInterview: Priya Nair for Senior Data Engineer\nWhen: Wednesday Mar 3, 2027 1pm – 1:45pm Eastern Time - New York\nJoining info: meet.example/bl-int-pn1\n\nInterview: Technical deep dive\nInterview kit: https://app.greenhouse.example/guides/552210/people/9981?application_id=771203\nResume: https://app.greenhouse.example/people/9981/resume\nPlease submit your scorecard within 24 hours.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
        description="Interview: Technical deep dive\nInterview kit: https://app.greenhouse.example/guides/552210/people/9981?application_id=771203\nPlease submit your scorecard within 24 hours.",
        attendees=("elena.park@brightledger.example",),
    )
    z = "Europe/Madrid"
    m(
        f,
        "lever_entrevistador_es",
        NO,
        "es",
        "Look-alike: a Lever-style interviewer invite in Spanish with the feedback-form link; the reader interviews a candidate.",
        at(2027, 4, 8, 12, 0, z),
        60,
        "Entrevista: Tomás Ruiz – Diseñador de Producto",
        "Equipo de Selección <talento@cumbrasoft.example>",
        "Invitación: Entrevista: Tomás Ruiz – Diseñador de Producto @ jue 8 abr 2027 12:00 - 13:00 (CEST) (candidate@inbox.example)",
        "Se te ha invitado al siguiente evento.\n\nEntrevista: Tomás Ruiz – Diseñador de Producto\nCuándo: jueves 8 abr 2027 12:00 – 13:00 Hora de verano de Europa central - Madrid\n\nPerfil del candidato: https://hire.lever.example/candidates/5c1e-tr\nFormulario de feedback: https://hire.lever.example/interviews/5c1e-tr/feedback\nRellena el feedback el mismo día, por favor.\n\n¿Vas a asistir (candidate@inbox.example)? Sí - Quizás - No\n\nInvitación de Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
        description="Perfil del candidato: https://hire.lever.example/candidates/5c1e-tr\nFormulario de feedback: https://hire.lever.example/interviews/5c1e-tr/feedback",
        attendees=("marta.sanz@cumbrasoft.example",),
    )
    z = "America/Chicago"
    m(
        f,
        "workable_interviewer_en",
        NO,
        "en",
        "Look-alike: a Workable-style interviewer invite sent as an Outlook REQUEST; the reader evaluates the candidate.",
        at(2027, 5, 12, 10, 0, z),
        30,
        "Interview: Hannah Cole for Account Executive",
        "Workable on behalf of Prairie Foods <notifications@workable.example>",
        "Interview: Hannah Cole for Account Executive",
        "You have been added as an interviewer.\n\nCandidate: Hannah Cole\nJob: Account Executive\nType: Video call\n\nView the candidate's profile and evaluate the candidate on Workable: https://prairiefoods.workable.example/backend/jobs/38812/candidates/771\n"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_PF5"),
        prodid=OUTLOOK,
        tz="win",
        attendees=("luis.ortega@prairiefoods.example",),
    )
    z = "Europe/Berlin"
    m(
        f,
        "personio_interviewer_de",
        NO,
        "de",
        "Look-alike: a Personio-style interviewer invite in German ('Interview: <Bewerberin> für <Stelle>', Bewertungsbogen); the reader interviews.",
        at(2027, 6, 9, 14, 0, z),
        45,
        "Interview: Lena Vogt für Werkstudent Marketing",
        "Personio im Auftrag von Kessler GmbH <noreply@personio.example>",
        "Interview: Lena Vogt für Werkstudent Marketing",
        "Hallo,\n\ndu wurdest als Interviewer:in zu folgendem Termin eingeladen.\n\nBewerberin: Lena Vogt\nStelle: Werkstudent Marketing\nOrt: Besprechungsraum Elbe\n\nLebenslauf und Bewertungsbogen findest du im Bewerberprofil: https://kessler.personio.example/recruiting/applications/22817\n",
        prodid=OUTLOOK,
        tz="win",
        attendees=("mara.koch@kessler.example",),
    )
    z = "Europe/Amsterdam"
    m(
        f,
        "recruitee_interviewer_nl",
        NO,
        "nl",
        "Look-alike: a Recruitee-style interviewer invite in Dutch with the scorecard link; the reader interviews a candidate.",
        at(2027, 6, 16, 11, 0, z),
        60,
        "Interview: Joris Bakker voor Medior Frontend Developer",
        "Recruitee <notifications@recruitee.example>",
        "Interview: Joris Bakker voor Medior Frontend Developer",
        "Hoi,\n\nje bent ingepland als interviewer.\n\nKandidaat: Joris Bakker\nVacature: Medior Frontend Developer\n\nVul na afloop de scorecard in: https://dijkwerk.recruitee.example/candidates/40122/scorecard\n"
        + webex("26550017734"),
        prodid=WEBEX,
        attendees=("sanne.visser@dijkwerk.example",),
    )
    z = "America/New_York"
    m(
        f,
        "debrief_google_en",
        NO,
        "en",
        "Look-alike: a recruiter's internal debrief about another candidate (Google REQUEST).",
        at(2027, 3, 4, 16, 0, z),
        30,
        "Debrief: Priya Nair – Senior Data Engineer",
        "Tasha Green <tasha.green@brightledger.example>",
        "Invitation: Debrief: Priya Nair – Senior Data Engineer @ Thu Mar 4, 2027 4pm - 4:30pm (EST) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nDebrief: Priya Nair – Senior Data Engineer\nWhen: Thursday Mar 4, 2027 4pm – 4:30pm Eastern Time - New York\nJoining info: meet.example/bl-dbf-pn1\n\nPlease have your scorecards in before we meet so we can make a hire / no hire decision.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
        attendees=("elena.park@brightledger.example", "omar.haddad@brightledger.example"),
    )
    # controls
    z = "America/New_York"
    m(
        f,
        "greenhouse_candidate_en",
        YES,
        "en",
        "Control: a Greenhouse-style candidate invite from the same kind of employer for the reader's own interview.",
        at(2027, 3, 10, 11, 0, z),
        60,
        "Interview with Tallow Analytics – Backend Engineer",
        "Tallow Analytics Recruiting <no-reply@greenhouse-mail.example>",
        "Invitation: Interview with Tallow Analytics – Backend Engineer @ Wed Mar 10, 2027 11am - 12pm (EST) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nInterview with Tallow Analytics – Backend Engineer\nWhen: Wednesday Mar 10, 2027 11am – 12pm Eastern Time - New York\nJoining info: meet.example/tal-be-int\n\nHi Candidate, you'll meet two engineers from the platform team. Feel free to reply with any questions.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Europe/Berlin"
    m(
        f,
        "personio_candidate_de",
        YES,
        "de",
        "Control: a Personio-style candidate invite for the reader's own interview (Outlook REQUEST, German).",
        at(2027, 6, 14, 10, 0, z),
        60,
        "Vorstellungsgespräch: Werkstudent Controlling – Kessler GmbH",
        "Kessler GmbH Recruiting <jobs@kessler.example>",
        "Einladung zum Vorstellungsgespräch – Werkstudent Controlling",
        "Hallo Candidate,\n\nvielen Dank für deine Bewerbung als Werkstudent Controlling. Wir möchten dich gern zu einem Vorstellungsgespräch einladen. Der Termin ist im Anhang; bitte bestätige kurz.\n\nViele Grüße\nMara Koch\nPeople & Culture, Kessler GmbH\n",
        prodid=OUTLOOK,
        tz="win",
    )


# ------------------------------------------------------------------------------ social30
def social30() -> None:
    f = "social30"
    z = "Europe/Rome"
    m(
        f,
        "cena_giulia_icloud_it",
        NO,
        "it",
        "Look-alike: a friend's dinner invitation from iCloud (Italian).",
        at(2027, 3, 20, 20, 0, z),
        180,
        "Cena da Giulia 🍝",
        "Giulia Marchetti <giulia.marchetti@icloud.example>",
        "Invito: Cena da Giulia 🍝",
        "Ciao!\n\nsabato cucino io: lasagne e tiramisù. Porta solo il vino, se ti va. Citofono Marchetti, terzo piano.\n\nBaci,\nGiulia\n",
        prodid=ICLOUD,
    )
    z = "America/Sao_Paulo"
    m(
        f,
        "aniversario_google_ptbr",
        NO,
        "pt-BR",
        "Look-alike: a friend's birthday barbecue sent from Google Calendar (Brazilian Portuguese).",
        at(2027, 4, 24, 13, 0, z),
        300,
        "Aniversário do Rafa – churrasco",
        "Rafael Souza <rafael.souza@gmail.example>",
        "Convite: Aniversário do Rafa – churrasco @ sáb 24 de abr de 2027 13:00 - 18:00 (BRT) (candidate@inbox.example)",
        "Você foi convidado para o seguinte evento.\n\nAniversário do Rafa – churrasco\nQuando: sábado, 24 de abr de 2027 13:00 – 18:00 Horário Padrão de Brasília - São Paulo\nOnde: Rua das Palmeiras 55, Vila Madalena\n\nTraz o que for beber, a carne é por minha conta!\n\nVai participar (candidate@inbox.example)? Sim - Talvez - Não    mais opções »\n\nConvite do Google Agenda\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Europe/Paris"
    m(
        f,
        "reunion_parents_fr",
        NO,
        "fr",
        "Look-alike: a school's parent-teacher meeting published as an .ics (French).",
        at(2027, 11, 18, 17, 30, z),
        120,
        "Réunion parents-professeurs – 4e B",
        "Collège Jean-Moulin <vie.scolaire@college-jmoulin.example>",
        "Réunion parents-professeurs de la classe de 4e B",
        "Madame, Monsieur,\n\nla réunion parents-professeurs de la classe de 4e B aura lieu en salle polyvalente. Chaque professeur vous recevra pendant cinq minutes ; merci de respecter les créneaux.\n\nLa vie scolaire\n",
        prodid="-//College Jean-Moulin//ENT//FR",
        method="PUBLISH",
        layout="attach",
    )
    z = "Asia/Tokyo"
    m(
        f,
        "jugyo_sankan_ja",
        NO,
        "ja",
        "Look-alike: a class parent's Google REQUEST for an open-class day and parents' meeting (Japanese).",
        at(2027, 6, 12, 9, 30, z),
        180,
        "授業参観・保護者会（3年2組）",
        "田中 由美 <yumi.tanaka@gmail.example>",
        "招待状: 授業参観・保護者会（3年2組） @ 2027年6月12日 (土) 9:30～12:30 (JST) (candidate@inbox.example)",
        "次の予定に招待されました。\n\n授業参観・保護者会（3年2組）\n日時: 2027年6月12日 (土) 9:30～12:30 日本標準時\n場所: 市立みどり小学校 体育館\n\n上履きをお持ちください。\n\n参加しますか（candidate@inbox.example）? はい - 未定 - いいえ\n\nGoogle カレンダーからの招待状\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "America/New_York"
    m(
        f,
        "coffee_chat_hm_en",
        YES,
        "en",
        "Control: a hiring manager's Google REQUEST for an informal coffee chat that is the reader's first interview.",
        at(2027, 5, 5, 8, 30, z),
        30,
        "Coffee chat – Candidate / Hollis & Reed",
        "Dana Whitfield <dana.whitfield@hollisreed.example>",
        "Invitation: Coffee chat – Candidate / Hollis & Reed @ Wed May 5, 2027 8:30am - 9am (EDT) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nCoffee chat – Candidate / Hollis & Reed\nWhen: Wednesday May 5, 2027 8:30am – 9am Eastern Time - New York\nWhere: Hollis & Reed, 200 Park Ave S, lobby café\n\nThanks for applying for the Marketing Lead opening! Before we move you to the panel, I'd love an informal chat to get to know you.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )


# ------------------------------------------------------------------------------ webgroup30
def webgroup30() -> None:
    f = "webgroup30"
    z = "America/New_York"
    m(
        f,
        "teams_webinar_request_en",
        NO,
        "en",
        "Look-alike: a vendor's group webinar sent to every registrant as an Outlook REQUEST with a Teams block.",
        at(2027, 2, 18, 12, 0, z),
        60,
        "Webinar: Hiring trends 2027",
        "TalentPulse Events <events@talentpulse.example>",
        "Webinar: Hiring trends 2027",
        "Hello,\n\nthanks for signing up! Join us for a live session on what recruiters expect in 2027, with a Q&A at the end. The recording will be shared with all registrants.\n\nThe TalentPulse team"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_TPW"),
        prodid=OUTLOOK,
        tz="win",
    )
    z = "Europe/Berlin"
    m(
        f,
        "webex_webinar_de",
        NO,
        "de",
        "Look-alike: a Webex REQUEST for an online seminar on data protection open to all members (German).",
        at(2027, 3, 25, 16, 0, z),
        90,
        "Online-Seminar: Datenschutz im Personalwesen",
        "Fachverband Personal e.V. <seminare@fv-personal.example>",
        "Online-Seminar: Datenschutz im Personalwesen",
        "Liebe Mitglieder,\n\nanbei der Termin für unser Online-Seminar. Die Teilnahme ist für Mitglieder kostenfrei; die Folien verschicken wir im Anschluss.\n\nIhr Fachverband Personal\n"
        + webex("26617740021"),
        prodid=WEBEX,
    )
    z = "Asia/Tokyo"
    m(
        f,
        "zoom_seminar_ja",
        NO,
        "ja",
        "Look-alike: a careers seminar sent as a Zoom REQUEST to registrants (Japanese).",
        at(2027, 4, 14, 19, 0, z),
        60,
        "オンラインセミナー：キャリア設計入門",
        "キャリアラボ事務局 <seminar@careerlab.example>",
        "【ご案内】オンラインセミナー：キャリア設計入門",
        "お申し込みありがとうございます。\n\nオンラインセミナー「キャリア設計入門」の参加URLをお送りします。当日は開始5分前から入室いただけます。\n"
        + zoom("83201177460"),
        prodid=ZOOM,
    )
    z = "Europe/Warsaw"
    m(
        f,
        "town_hall_pl",
        NO,
        "pl",
        "Look-alike: a company-wide town hall at the reader's current job (Outlook REQUEST, Polish).",
        at(2027, 5, 27, 15, 0, z),
        60,
        "Spotkanie ogólnofirmowe – wyniki Q1",
        "Zarząd Wistra <zarzad@wistra.example>",
        "Spotkanie ogólnofirmowe – wyniki Q1",
        "Drodzy,\n\nzapraszamy wszystkich pracowników na spotkanie ogólnofirmowe. Omówimy wyniki pierwszego kwartału i plany na drugie półrocze.\n\nZarząd"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_WST"),
        prodid=EXCHANGE,
        tz="win",
    )
    z = "Europe/Berlin"
    m(
        f,
        "webex_interview_de",
        YES,
        "de",
        "Control: a utility company's Webex REQUEST for the reader's job interview (German).",
        at(2027, 3, 30, 9, 0, z),
        60,
        "Vorstellungsgespräch – IT-Administrator (Stadtwerke Havelland)",
        "Birgit Sommer <b.sommer@sw-havelland.example>",
        "Vorstellungsgespräch – IT-Administrator",
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung. Gern lernen wir Sie in einem Vorstellungsgespräch per Webex kennen.\n\nMit freundlichen Grüßen\nBirgit Sommer\nPersonalabteilung\n"
        + webex("26690012258"),
        prodid=WEBEX,
    )


# ------------------------------------------------------------------------------ panelho30
def panelho30() -> None:
    f = "panelho30"
    z = "America/Los_Angeles"
    m(
        f,
        "lever_interviewer_en",
        NO,
        "en",
        "Look-alike: a Lever-style interviewer invite; the reader interviews someone else.",
        at(2027, 4, 21, 14, 0, z),
        45,
        "Interview with Sam Patel – Customer Success Manager",
        "Lever Scheduling <scheduling@hire.lever.example>",
        "Invitation: Interview with Sam Patel – Customer Success Manager @ Wed Apr 21, 2027 2pm - 2:45pm (PDT) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nInterview with Sam Patel – Customer Success Manager\nWhen: Wednesday Apr 21, 2027 2pm – 2:45pm Pacific Time - Los Angeles\nJoining info: meet.example/lvr-sp-csm\n\nCandidate profile: https://hire.lever.example/candidates/8f2a-sp\nInterview feedback: https://hire.lever.example/interviews/8f2a-sp/feedback\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
        attendees=("nina.cho@orbitly.example",),
    )
    z = "Europe/Paris"
    m(
        f,
        "recruitee_entretien_fr",
        NO,
        "fr",
        "Look-alike: a Recruitee-style interviewer invite in French; the reader interviews a candidate.",
        at(2027, 5, 4, 10, 0, z),
        60,
        "Entretien : Chloé Martin pour Chargée de communication",
        "Recruitee <notifications@recruitee.example>",
        "Entretien : Chloé Martin pour Chargée de communication",
        "Bonjour,\n\nvous êtes invité(e) en tant que recruteur à l'entretien suivant.\n\nCandidate : Chloé Martin\nOffre : Chargée de communication\n\nMerci de remplir la grille d'évaluation après l'entretien : https://orvalis.recruitee.example/candidates/50331/scorecard\n",
        prodid=OUTLOOK,
        tz="win",
        attendees=("paul.leroy@orvalis.example",),
    )
    z = "Europe/Rome"
    m(
        f,
        "personio_colloquio_it",
        NO,
        "it",
        "Look-alike: a Personio-style interviewer invite in Italian; the reader interviews a candidate.",
        at(2027, 6, 8, 15, 0, z),
        45,
        "Colloquio: Marco Bellini per Sviluppatore Java",
        "Personio per conto di Albatec <noreply@personio.example>",
        "Colloquio: Marco Bellini per Sviluppatore Java",
        "Ciao,\n\nsei stato invitato come intervistatore al seguente colloquio.\n\nCandidato: Marco Bellini\nPosizione: Sviluppatore Java\n\nCV e scheda di valutazione nel profilo: https://albatec.personio.example/recruiting/applications/33190\n",
        prodid=OUTLOOK,
        tz="win",
        attendees=("sara.greco@albatec.example",),
    )
    z = "Europe/Stockholm"
    m(
        f,
        "avstamning_sv",
        NO,
        "sv",
        "Look-alike: a recruiter's debrief after interviews with other candidates (Google REQUEST, Swedish).",
        at(2027, 5, 13, 15, 30, z),
        30,
        "Avstämning efter intervjuer – Ekonomiassistent",
        "Linnea Berg <linnea.berg@fjallsoft.example>",
        "Inbjudan: Avstämning efter intervjuer – Ekonomiassistent @ tors 13 maj 2027 15:30 - 16:00 (CEST) (candidate@inbox.example)",
        "Du har blivit inbjuden till följande händelse.\n\nAvstämning efter intervjuer – Ekonomiassistent\nNär: torsdag 13 maj 2027 15:30 – 16:00 Centraleuropeisk sommartid - Stockholm\n\nVi går igenom de tre kandidaterna vi träffat och bestämmer vem vi går vidare med. Fyll i era bedömningar innan.\n\nKommer du (candidate@inbox.example)? Ja - Kanske - Nej\n\nInbjudan från Google Kalender\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
        attendees=("erik.holm@fjallsoft.example",),
    )
    z = "America/Los_Angeles"
    m(
        f,
        "orbitly_candidate_en",
        YES,
        "en",
        "Control: 'Orbitly <> Candidate' Google REQUEST from the employer's recruiter for the reader's interview.",
        at(2027, 4, 27, 10, 0, z),
        45,
        "Orbitly <> Candidate",
        "Nina Cho <nina.cho@orbitly.example>",
        "Invitation: Orbitly <> Candidate @ Tue Apr 27, 2027 10am - 10:45am (PDT) (candidate@inbox.example)",
        "You have been invited to the following event.\n\nOrbitly <> Candidate\nWhen: Tuesday Apr 27, 2027 10am – 10:45am Pacific Time - Los Angeles\nJoining info: meet.example/orb-cnd-qq\n\nThanks for applying to the Customer Success Manager role, looking forward to our interview.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )


# ------------------------------------------------------------------------------ mixho30
def mixho30() -> None:
    f = "mixho30"
    z = "Europe/Warsaw"
    m(
        f,
        "rozmowa_klient_pl",
        NO,
        "pl",
        "Look-alike: a colleague's Outlook REQUEST for a call with a client ('Rozmowa z klientem'); 'rozmowa' is no job interview here.",
        at(2027, 3, 11, 13, 0, z),
        45,
        "Rozmowa z klientem – Miraż Sp. z o.o.",
        "Piotr Zając <piotr.zajac@wistra.example>",
        "Rozmowa z klientem – Miraż Sp. z o.o.",
        "Cześć,\n\ndołączysz do rozmowy z Mirażem? Omawiamy przedłużenie umowy serwisowej i harmonogram wdrożenia.\n\nDzięki,\nPiotr"
        + teams("https://teams.example/l/meetup-join/19%3ameeting_MRZ"),
        prodid=OUTLOOK,
        tz="win",
    )
    z = "Europe/Stockholm"
    m(
        f,
        "tandlakare_zimbra_sv",
        NO,
        "sv",
        "Look-alike: a dental clinic's Zimbra REQUEST for the reader's check-up (Swedish).",
        at(2027, 4, 6, 8, 0, z),
        45,
        "Tandläkarbesök – Tandkliniken Solgården",
        "Tandkliniken Solgården <bokning@solgarden-tand.example>",
        "Bokningsbekräftelse – Tandkliniken Solgården",
        "Hej,\n\nvälkommen på undersökning hos oss. Avbokning senast 24 timmar innan, annars debiteras avgift.\n\nTandkliniken Solgården\n",
        prodid=ZIMBRA,
    )
    z = "America/Chicago"
    m(
        f,
        "volunteer_shift_nextcloud_en",
        NO,
        "en",
        "Look-alike: a park conservancy's volunteer shift sent from Nextcloud.",
        at(2027, 5, 15, 8, 0, z),
        240,
        "Volunteer shift: Riverside park clean-up",
        "Riverside Conservancy <volunteers@riverside-conservancy.example>",
        "Your volunteer shift is confirmed",
        "Hi,\n\nthanks for signing up to help! Gloves, bags and coffee are provided. Meet at the north pavilion.\n\nRiverside Conservancy volunteers team\n",
        prodid=NEXTCLOUD,
    )
    z = "Asia/Seoul"
    m(
        f,
        "balpyo_google_ko",
        NO,
        "ko",
        "Look-alike: a conference's session slot for the reader's talk (Google REQUEST, Korean).",
        at(2027, 10, 21, 14, 0, z),
        40,
        "발표: 데이터 파이프라인 운영 경험 (트랙 B)",
        "데이터데이 운영팀 <program@dataday.example>",
        "초대: 발표: 데이터 파이프라인 운영 경험 (트랙 B) @ 2027년 10월 21일 (목) 오후 2시~오후 2시 40분 (KST) (candidate@inbox.example)",
        "다음 일정에 초대되었습니다.\n\n발표: 데이터 파이프라인 운영 경험 (트랙 B)\n일시: 2027년 10월 21일 (목) 오후 2시~오후 2시 40분 한국 표준시\n장소: 코엑스 컨퍼런스룸 B\n\n발표 30분 전까지 연사 대기실로 와 주세요.\n\n참석하시겠습니까(candidate@inbox.example)? 예 - 미정 - 아니요\n\nGoogle 캘린더 초대장\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )
    z = "Asia/Seoul"
    m(
        f,
        "myeonjeop_zoom_ko",
        YES,
        "ko",
        "Control: an employer's Zoom REQUEST for the reader's job interview (Korean).",
        at(2027, 3, 17, 10, 0, z),
        60,
        "면접 – 데이터 엔지니어 (한빛소프트)",
        "한빛소프트 인사팀 <recruit@hanbitsoft.example>",
        "[한빛소프트] 면접 안내 – 데이터 엔지니어",
        "안녕하세요,\n\n한빛소프트 데이터 엔지니어 포지션에 지원해 주셔서 감사합니다. 아래 일정으로 화상 면접을 진행하고자 합니다.\n\n인사팀 드림\n"
        + zoom("85520931177"),
        prodid=ZOOM,
    )
    z = "Europe/Warsaw"
    m(
        f,
        "kasia_candidate_pl",
        YES,
        "pl",
        "Control: a recruiter's terse Google REQUEST 'Kasia / Candidate' for the reader's first interview (Polish text).",
        at(2027, 4, 13, 9, 0, z),
        30,
        "Kasia / Candidate",
        "Katarzyna Wrona <katarzyna.wrona@miraz.example>",
        "Zaproszenie: Kasia / Candidate @ wt. 13 kwi 2027 09:00 - 09:30 (CEST) (candidate@inbox.example)",
        "Zaproszono Cię na następujące wydarzenie.\n\nKasia / Candidate\nKiedy: wtorek 13 kwi 2027 09:00 – 09:30 czas środkowoeuropejski letni - Warszawa\nInformacje o dołączaniu: meet.example/mrz-kw-cnd\n\nDziękuję za aplikację na stanowisko Analityka danych – to nasza pierwsza rozmowa.\n\nWeźmiesz udział (candidate@inbox.example)? Tak - Może - Nie\n\nZaproszenie z Kalendarza Google\n",
        prodid=GOOGLE,
        tz="utc",
        layout="google",
    )


def main() -> None:
    for build in (
        colleague30,
        vendor30,
        appt30,
        travel30,
        talk30,
        atspanel30,
        social30,
        webgroup30,
        panelho30,
        mixho30,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in c21.CASES:
        cp.verify(case)
        name, data = c17.render(case)
        data = data.replace(b"@calparts17.example>", b"@calneg30.example>")
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
    print(len(c21.CASES), "files")


if __name__ == "__main__":
    main()
