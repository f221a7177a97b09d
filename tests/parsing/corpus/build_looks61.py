# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks61" batch: mail a job seeker really receives that carries a date, a time
and interview-like or appointment words ('interview', 'Gespräch', 'entretien', 'colloquio',
'entrevista', '面談') and sets no job interview for the reader, beside controls that do: a car
dealer's test drive or a car's service appointment with a service advisor, a landlord's or
letting agent's inspection visit of the reader's current flat, a charity's donor-relations
call with the reader as a donor, an oral-history or family-history project interviewing the
reader, a mediator's session in the reader's own neighbour or family dispute, and an
airport's customs or border-control interview. Shapes: plain text, HTML only, multipart,
forwards (Gmail, Outlook, Apple Mail headers in the forwarder's language), replies quoting
earlier mail, one calendar REQUEST or PUBLISH per family. Controls in every family: the
reader's own job interview worded close to the look-alikes (a car salesperson or service
advisor, a property manager, a fundraiser, an oral-history researcher, a mediation case
officer, a customs officer).

Run: .venv/bin/python tests/parsing/corpus/build_looks61.py

All text is ours (written by hand, no template copied); people, companies and addresses are
made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. Held-out family drawn by
`random.Random("looks61 coin").sample(sorted(FAMILIES), 1)` before anything was written:
testdrive61. Helpers (slots, zones, forward headers, HTML rendering) come from
build_looks60.py. Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import datetime, timedelta
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


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
cn = lk.cn
Case = pp.Case
ME = lk.ME
HOOK = lk.HOOK
OURS = lk.OURS
LIC = lk.LIC
ZONE = lk.ZONE
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12, S13 = lk.T9, lk.W10, lk.H11, lk.F12, lk.S13
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
html_of = lk.html_of
fwd_body = lk.fwd_body

FAMILIES = {
    "testdrive61": "A car dealer's test drive and a car's service appointment with a service "
    "advisor, one as a calendar item; controls: the reader's own job interview as a car "
    "salesperson or service advisor (held out).",
    "flatcheck61": "A landlord's or letting agent's inspection visit of the reader's current "
    "flat ('property inspection', 'Wohnungsbegehung', 'visite du logement', 'controle "
    "woning', 'sopralluogo', 'przegląd mieszkania'), a move-out handover, one "
    "as a calendar item; controls: the reader's own job interview as a property manager or "
    "inspector.",
    "donorcall61": "A charity's donor-relations call or visit with the reader as a donor "
    "('a short call with our supporter care team', 'Spendergespräch', 'entretien donateur', "
    "'gesprek met onze relatiebeheerder', 'colloquio con i sostenitori'), one as a calendar "
    "item; controls: the reader's own job interview as a fundraiser or donor-relations "
    "officer.",
    "oralhist61": "Oral-history and family-history projects interviewing the reader about the "
    "reader's own life or family ('oral history interview', 'Zeitzeugengespräch', 'entretien "
    "pour le projet mémoire', 'entrevista de historia oral', 'intervista per l'archivio della "
    "memoria', '聞き取り'), one as a calendar item; controls: the reader's own job interview as "
    "a researcher or archivist on such a project.",
    "mediation61": "A mediator's intake and joint sessions in the reader's own neighbour, "
    "family or consumer dispute ('mediation information and assessment meeting', "
    "'Mediationsgespräch', 'séance de médiation', 'sesión de mediación', 'incontro di "
    "mediazione', 'mediacja'), one as a calendar item; controls: the reader's own job "
    "interview as a mediation case officer or mediator.",
    "customs61": "Customs, border-control and residence-permit interviews at an airport or an "
    "immigration office ('Request to attend an interview', 'Vorladung zur Befragung', "
    "'entretien pour votre titre de séjour', 'gesprek verblijfsvergunning', 'İkamet izni görüşme', '在留資格 面談', 'Global Entry interview'), one as a calendar item; controls: the reader's own job "
    "interview as a customs or border officer.",
}
HELD = frozenset(random.Random("looks61 coin").sample(sorted(FAMILIES), 1))
assert frozenset({"testdrive61"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

GMAIL_EN = lk.GMAIL_EN
GMAIL_ES = lk.GMAIL_ES
GMAIL_IT = lk.GMAIL_IT
GMAIL_NL = lk.GMAIL_NL
GMAIL_DE = lk.GMAIL_DE
GMAIL_PT = lk.GMAIL_PT
OUTLOOK_EN = lk.OUTLOOK_EN
OUTLOOK_FR = lk.OUTLOOK_FR
OUTLOOK_DE = lk.OUTLOOK_DE
OUTLOOK_ES = lk.OUTLOOK_ES
OUTLOOK_NL = lk.OUTLOOK_NL
APPLE_EN = lk.APPLE_EN
APPLE_FR = lk.APPLE_FR
APPLE_IT = lk.APPLE_IT


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    minutes: int | None = None,
    shape: str = "text",
    fwd: str = "",
    reply: bool = False,
) -> None:
    """One mail, as in build_looks60.add: with `slot` the reader's own job interview at that
    wall time (no zone stated), labelled an invitation; without it a look-alike, labelled
    not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"looks61 {fam} {lang} {name}"
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
        if fwd:
            label["original_sender"] = fwd
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        key,
        sender=ME if fwd else sender,
        to=HOOK if fwd else ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
        reply_to_key=f"{key} parent" if reply else "",
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def cal(
    fam: str,
    lang: str,
    name: str,
    prod: str,
    summary: str,
    slot: Slot,
    minutes: int,
    org: tuple[str, str],
    subject: str,
    body: str,
    others: list[tuple[str, str]],
    note: str,
    *,
    loc: str = "",
    method: str = "REQUEST",
) -> None:
    """One calendar look-alike (REQUEST with the reader as a required ATTENDEE beside
    `others`, or a PUBLISH without attendees), labelled not_invitation with no slot."""
    zone = ZONE[lang]
    start = datetime(*slot, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(fam, name, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)] if method == "REQUEST" else []
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc="", loc=loc)
    ics = cn.vcal(cn.PROD.get(prod, prod), method, [*cn.vtz(zone, start.year), *ev])
    c = cn.C(
        fam, name, lang, "not_invitation", org, subject, body, ics, sent, start, end, zone=zone,
        mode="alt", note=note,
    )  # fmt: skip
    c.ct_method = method
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@looks61.example>")
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, cn.label(c), lang, note, OURS, LIC))


# --- testdrive61 (held out) ---------------------------------------------------------------------
def testdrive() -> None:
    f = "testdrive61"
    neg = "A car dealer's test drive or a car's service appointment for the reader as a customer: not a job interview."
    ctl = "The reader's own job interview as a car salesperson or service advisor, worded like the dealer mails (control)."
    add(
        f, "en-GB", "test_drive_booked", ("Pennine Motors Halifax", "sales@penninemotors.example.co.uk"),
        "Your test drive is booked",
        "Dear Alex,\n\nThanks for booking a test drive of the new Kestrel 1.5 Hybrid.\n\nWhen: Tuesday 9 March 2027 at 14:00\nWhere: Pennine Motors, Skircoat Road, Halifax\nYour sales executive: Gary Wilde\n\nPlease bring your driving licence. Gary will have a quick chat with you first about what you need from a car and your part-exchange, then you'll have about 45 minutes on the road.\n\nKind regards,\nPennine Motors",
        neg,
    )  # fmt: skip
    add(
        f, "de", "probefahrt_termin", ("Autohaus Brenner GmbH", "verkauf@autohaus-brenner.example.de"),
        "Bestätigung Ihrer Probefahrt",
        "Sehr geehrte Frau Morgan,\n\nhiermit bestätigen wir Ihren Probefahrttermin:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nAutohaus Brenner, Industriestraße 12, Ulm\nFahrzeug: Vela Kombi Diesel\n\nIhr Verkaufsberater Herr Keller nimmt sich vorab gern Zeit für ein Beratungsgespräch zu Finanzierung und Inzahlungnahme. Bitte bringen Sie Ihren Führerschein und Personalausweis mit.\n\nMit freundlichen Grüßen\nIhr Autohaus Brenner",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "rdv_atelier_revision", ("Garage du Centre – Nantes", "atelier@garageducentre.example.fr"),
        "Confirmation de votre rendez-vous atelier",
        "Bonjour M. Morgan,\n\nVotre rendez-vous pour la révision des 60 000 km est confirmé le jeudi 11 mars 2027 à 15h30.\n\nVotre conseiller service, Karim Benali, vous recevra pour un court entretien de réception du véhicule. Prévoyez de laisser la voiture la journée ; un véhicule de courtoisie peut être mis à disposition.\n\nCordialement,\nGarage du Centre",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "reply_prueba_concesionario", ("Automóviles Levante", "ventas@autolevante.example.es"),
        "Re: Prueba del modelo eléctrico",
        "Hola Alex:\n\nPerfecto, te esperamos el viernes 12 de marzo a las 11:00 en el concesionario (Avenida del Puerto 210, Valencia) para la prueba del Brisa eléctrico. Antes daremos una vuelta por las opciones de financiación.\n\nUn saludo,\nMarta Ruiz\nAsesora comercial\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> Hola Marta, ¿podría ser el viernes por la mañana? Gracias, Alex",
        "A car dealer agrees the reader's time for a test drive: the reader is the customer.",
        reply=True,
    )  # fmt: skip
    sender = ("Autohaus Brenner Service", "service@autohaus-brenner.example.de")
    add(
        f, "de", "fwd_gmail_inspektion", ME,
        "WG: Ihr Werkstatttermin",
        fwd_body(
            "Das ist nur die Inspektion vom Auto, kein Bewerbungsgespräch.", GMAIL_DE, sender, "Ihr Werkstatttermin",
            "Guten Tag,\n\nIhr Werkstatttermin zur Inspektion: Montag, 15.03.2027, 9:00 Uhr. Ihr Serviceberater Herr Yilmaz bespricht mit Ihnen bei der Dialogannahme den Zustand des Fahrzeugs.\n\nIhr Serviceteam",
        ),
        "The reader forwards a car's service appointment, saying it is no job interview: not an invitation.",
        fwd="service@autohaus-brenner.example.de",
    )  # fmt: skip
    add(
        f, "ja", "shijou_yoyaku", ("ミナト自動車 横浜店", "shop@minato-auto.example.jp"),
        "試乗のご予約ありがとうございます",
        "アレックス・モーガン様\n\nこのたびは試乗のご予約をいただき、ありがとうございます。\n\n日時：2027年3月16日（火）10:30\n場所：ミナト自動車 横浜店\n担当：営業 佐藤\n\n試乗の前に、ご希望の車種やお見積りについて簡単にご相談させていただきます。運転免許証をお持ちください。\n\nミナト自動車",
        neg,
    )  # fmt: skip
    cal(
        f, "en-US", "outlook_test_drive", "outlookmac", "Test drive - Sierra SUV", W17, 60,
        ("Lakeside Auto Group", "appointments@lakesideauto.example.com"), "Test drive - Sierra SUV",
        "Hi Alex,\n\nLooking forward to your test drive. Please bring your license and proof of insurance.\n\nJake, Lakeside Auto Group",
        [("Jake Moreno", "jake.moreno@lakesideauto.example.com")], "A dealer's calendar REQUEST for a test drive: not a job interview.", loc="Lakeside Auto Group, 1200 Shore Rd",
    )  # fmt: skip
    add(
        f, "en-GB", "control_sales_executive", ("Pennine Motors Halifax", "careers@penninemotors.example.co.uk"),
        "Interview: Sales Executive",
        "Dear Alex,\n\nThank you for applying for the Sales Executive role at Pennine Motors. We'd like to invite you to an interview on Thursday 18 March 2027 at 15:00 at our Skircoat Road showroom.\n\nYou'll meet our Sales Manager, and we'll finish with a short role-play with a customer on a test drive. Please bring your driving licence.\n\nKind regards,\nRecruitment, Pennine Motors",
        ctl, slot=H18,
    )  # fmt: skip
    add(
        f, "de", "control_serviceberater", ("Autohaus Brenner GmbH", "personal@autohaus-brenner.example.de"),
        "Einladung zum Vorstellungsgespräch – Serviceberater (m/w/d)",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Serviceberaterin. Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 09.03.2027, um 14:00 Uhr in unser Autohaus, Industriestraße 12, Ulm, ein. Das Gespräch dauert etwa eine Stunde.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ctl, slot=T9, minutes=60, shape="html",
    )  # fmt: skip
    sender = ("Automóviles Levante", "rrhh@autolevante.example.es")
    add(
        f, "es", "control_fwd_outlook_comercial", ME,
        "RV: Entrevista para el puesto de comercial",
        fwd_body(
            "Esta sí es la entrevista de trabajo.", OUTLOOK_ES, sender, "Entrevista para el puesto de comercial",
            "Hola Alex:\n\nGracias por tu candidatura al puesto de asesor comercial. Te proponemos una entrevista el miércoles 10 de marzo de 2027 a las 10:00 en nuestro concesionario de Avenida del Puerto 210, Valencia.\n\nUn saludo,\nRecursos Humanos",
        ),
        ctl, slot=W10, fwd="rrhh@autolevante.example.es",
    )  # fmt: skip


# --- flatcheck61 --------------------------------------------------------------------------------
def flatcheck() -> None:
    f = "flatcheck61"
    neg = "A landlord's or letting agent's inspection visit of the reader's current flat at a fixed time: the reader is the tenant, nobody hires the reader."
    ctl = "The reader's own job interview as a property manager or inspector, worded like the inspection mails (control)."
    add(
        f, "en-GB", "routine_property_inspection", ("Castlegate Lettings", "lettings@castlegate.example.co.uk"),
        "Notice of routine property inspection – Flat 3, 21 Dean Street",
        "Dear Alex,\n\nIn line with clause 14 of your tenancy agreement, we are giving you notice of a routine inspection of the property.\n\nDate: Tuesday 9 March 2027\nTime: 14:00 (about 30 minutes)\nInspector: Rachel Dunn, Property Manager\n\nYou don't need to be present, but we're happy to meet you and go through any repairs you'd like to report. If the time doesn't suit, let us know and we'll find another.\n\nKind regards,\nCastlegate Lettings",
        neg,
    )  # fmt: skip
    add(
        f, "de", "wohnungsbegehung_vermieter", ("Hausverwaltung Krämer & Sohn", "verwaltung@kraemer-hv.example.de"),
        "Ankündigung Wohnungsbegehung – Gneisenaustraße 14, 2. OG links",
        "Sehr geehrte Frau Morgan,\n\nwir möchten die von Ihnen gemieteten Räume im Rahmen der jährlichen Rauchmelder- und Zustandsprüfung besichtigen und kündigen hiermit den Termin an:\n\nMittwoch, 10.03.2027, 10:00 Uhr\n\nUnser Objektbetreuer Herr Lorenz wird etwa 20 Minuten benötigen und bespricht gern im Anschluss Ihre Mängelmeldung zum Bad. Sollte der Termin nicht passen, bitten wir um kurze Rückmeldung.\n\nMit freundlichen Grüßen\nHausverwaltung Krämer & Sohn",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "visite_logement_proprietaire", ("Agence Saint-Michel Immobilier", "gestion@saintmichel-immo.example.fr"),
        "Visite de votre logement – 8 rue des Carmes",
        "Madame,\n\nComme convenu avec votre propriétaire, notre gestionnaire passera visiter le logement que vous louez le jeudi 11 mars 2027 à 15h30, afin de constater l'état de la cuisine avant les travaux.\n\nLa visite durera une demi-heure environ. Merci de nous indiquer si vous serez présente.\n\nBien cordialement,\nLe service gestion locative",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "reply_controle_woning", ("Woonstichting Het Anker", "klantcontact@hetanker.example.nl"),
        "Re: Controle woning Lindenlaan 42",
        "Beste Alex,\n\nPrima, dan komt onze wooncoach op vrijdag 12 maart om 11.00 uur langs voor de woningcontrole. Ze kijkt naar de ventilatie en de kozijnen en neemt ook uw vragen over de huurverhoging mee.\n\nMet vriendelijke groet,\nSanne de Groot\nWoonstichting Het Anker\n\nOp 5 mrt 2027 om 16:12 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Beste Sanne, dinsdag kan ik niet, maar vrijdagochtend ben ik thuis. Groet, Alex",
        "A housing association agrees the reader's time for an inspection of the reader's rented home: not a job interview.",
        reply=True,
    )  # fmt: skip
    sender = ("Immobiliare Navigli", "amministrazione@immnavigli.example.it")
    add(
        f, "it", "fwd_apple_ispezione_appartamento", ME,
        "I: Sopralluogo appartamento via Vigevano 9",
        fwd_body(
            "Il padrone di casa viene a vedere l'appartamento, non è un colloquio di lavoro, segnalo solo per il calendario.", APPLE_IT, sender, "Sopralluogo appartamento via Vigevano 9",
            "Gentile inquilino,\n\nLe comunichiamo che il sopralluogo dell'appartamento da Lei condotto in locazione si terrà lunedì 15 marzo 2027 alle ore 9:00, alla presenza del proprietario e del nostro tecnico, per verificare l'infiltrazione segnalata.\n\nCordiali saluti,\nAmministrazione Immobiliare Navigli",
        ),
        "The reader forwards a landlord's inspection of the rented flat, saying it is no job interview: not an invitation.",
        fwd="amministrazione@immnavigli.example.it",
    )  # fmt: skip
    add(
        f, "pl", "przeglad_mieszkania", ("Zarządca Nieruchomości Wola", "biuro@zn-wola.example.pl"),
        "Przegląd techniczny mieszkania nr 12",
        "Dzień dobry,\n\ninformujemy, że przegląd mieszkania, które Pani wynajmuje, odbędzie się we wtorek 16 marca 2027 r. o godz. 10:30. Przegląd przeprowadzi administrator budynku, pan Kowalczyk, wraz z właścicielem lokalu. Prosimy o zapewnienie dostępu.\n\nPozdrawiamy,\nZarządca Nieruchomości Wola",
        neg,
    )  # fmt: skip
    cal(
        f, "en-US", "outlook_move_out_walkthrough", "outlookmac", "Move-out walkthrough - Apt 4B, 88 Elm St", W17, 45,
        ("Bayview Property Management", "leasing@bayviewpm.example.com"), "Move-out walkthrough - Apt 4B",
        "Hi Alex,\n\nThis is your move-out inspection with our property manager. Please have the keys and fobs ready.\n\nBayview Property Management",
        [("Dana Price", "dana.price@bayviewpm.example.com")], "A property manager's calendar REQUEST for the move-out walkthrough of the reader's flat: not a job interview.", loc="88 Elm St, Apt 4B",
    )  # fmt: skip
    add(
        f, "en-GB", "control_property_manager", ("Castlegate Lettings", "careers@castlegate.example.co.uk"),
        "Interview invitation – Property Manager",
        "Dear Alex,\n\nThank you for applying for our Property Manager vacancy. We'd like to invite you to interview on Thursday 18 March 2027 at 15:00 at our Dean Street office.\n\nThe interview will last around an hour and includes a short exercise writing up a routine property inspection report.\n\nKind regards,\nHR, Castlegate Lettings",
        ctl, slot=H18, minutes=60,
    )  # fmt: skip
    add(
        f, "de", "control_objektbetreuer", ("Hausverwaltung Krämer & Sohn", "bewerbung@kraemer-hv.example.de"),
        "Ihre Bewerbung als Objektbetreuerin – Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Objektbetreuerin. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nFreitag, 12.03.2027, 11:00 Uhr\nBüro Gneisenaustraße 2, Berlin\n\nMit freundlichen Grüßen\nDie Geschäftsführung",
        ctl, slot=F12, shape="alt",
    )  # fmt: skip
    sender = ("Woonstichting Het Anker", "vacatures@hetanker.example.nl")
    add(
        f, "nl", "control_fwd_gmail_wooncoach", ME,
        "Fwd: Uitnodiging sollicitatiegesprek wooncoach",
        fwd_body(
            "En dit is wél het sollicitatiegesprek.", GMAIL_NL, sender, "Uitnodiging sollicitatiegesprek wooncoach",
            "Beste Alex,\n\nBedankt voor je sollicitatie als wooncoach. We nodigen je uit voor een sollicitatiegesprek op woensdag 10 maart 2027 om 10.00 uur op ons kantoor aan de Lindenlaan 1.\n\nMet vriendelijke groet,\nAfdeling HR",
        ),
        ctl, slot=W10, fwd="vacatures@hetanker.example.nl",
    )  # fmt: skip


# --- donorcall61 --------------------------------------------------------------------------------
def donorcall() -> None:
    f = "donorcall61"
    neg = "A charity's donor-relations call or visit with the reader as a donor at a fixed time: the charity thanks a supporter, nobody hires the reader."
    ctl = "The reader's own job interview as a fundraiser or donor-relations officer, worded like the donor mails (control)."
    add(
        f, "en-GB", "supporter_care_call", ("Northern Rivers Trust", "supportercare@northernrivers.example.org.uk"),
        "A quick thank-you call from our team",
        "Dear Alex,\n\nThank you so much for becoming a regular giver this year. Our Supporter Care Manager, Tom Ellis, would love to give you a short call to thank you and hear what made you choose us.\n\nWe've pencilled it in for Tuesday 9 March 2027 at 14:00 – it should take no more than 15 minutes. If another time suits you better, just reply to this email.\n\nWith warm thanks,\nNorthern Rivers Trust",
        neg,
    )  # fmt: skip
    add(
        f, "de", "spendergespraech_stiftung", ("Stiftung Lichtblick Kinderhilfe", "spenderservice@lichtblick-stiftung.example.de"),
        "Einladung zum persönlichen Spendergespräch",
        "Liebe Frau Morgan,\n\nfür Ihre großzügige Spende zugunsten unserer Lernwerkstätten danken wir Ihnen von Herzen. Unser Vorstand Dr. Peter Haas würde Sie gern zu einem persönlichen Gespräch einladen und Ihnen von den Projekten berichten:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nGeschäftsstelle, Schillerplatz 3, Stuttgart\n\nWir freuen uns auf Sie!\nIhr Spenderservice",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "entretien_donateur_association", ("Association Les Ailes du Sud", "donateurs@ailesdusud.example.fr"),
        "Un échange avec notre responsable des relations donateurs",
        "Chère Alex,\n\nMerci pour votre fidélité depuis cinq ans. Notre responsable des relations donateurs, Claire Fabre, souhaiterait vous appeler pour un court entretien : comment percevez-vous nos actions, et souhaitez-vous recevoir moins de courriers ?\n\nRendez-vous téléphonique proposé : jeudi 11 mars 2027 à 15h30.\n\nAvec toute notre reconnaissance,\nLes Ailes du Sud",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "reply_gesprek_relatiebeheerder", ("Stichting Waterput", "relaties@waterput.example.nl"),
        "Re: Gesprek over uw nalatenschap",
        "Beste Alex,\n\nDank voor uw bericht. Dan kom ik graag op vrijdag 12 maart om 11.00 uur bij u langs voor het gesprek over een gift in uw testament. Ik neem de brochure en een voorbeeldtekst voor de notaris mee.\n\nHartelijke groet,\nJoost Verbeek\nRelatiebeheerder Stichting Waterput\n\nOp 5 mrt 2027 om 16:12 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Beste Joost, vrijdagochtend komt mij goed uit. Groet, Alex",
        "A charity's relationship manager agrees the reader's time for a legacy-giving talk: the reader is the donor.",
        reply=True,
    )  # fmt: skip
    sender = ("Fondazione Aurora Onlus", "sostenitori@fondazioneaurora.example.it")
    add(
        f, "it", "fwd_gmail_colloquio_sostenitori", ME,
        "Fwd: Un colloquio con Lei, nostro sostenitore",
        fwd_body(
            "È la fondazione a cui dono ogni mese, vogliono solo ringraziarmi: non è lavoro.", GMAIL_IT, sender, "Un colloquio con Lei, nostro sostenitore",
            "Gentile Alex,\n\nsarebbe un piacere conoscerLa di persona. La invitiamo a un breve colloquio con il nostro ufficio sostenitori lunedì 15 marzo 2027 alle ore 9:00, nella nostra sede di corso Vittorio Emanuele 40, Torino, per raccontarLe come abbiamo usato le donazioni di quest'anno.\n\nCon gratitudine,\nUfficio Sostenitori",
        ),
        "The reader forwards a charity's invitation to a donor talk, saying it is no job: not an invitation.",
        fwd="sostenitori@fondazioneaurora.example.it",
    )  # fmt: skip
    add(
        f, "sv", "givarsamtal_insamling", ("Insamlingsstiftelsen Solvind", "givarservice@solvind.example.se"),
        "Tack för din gåva – får vi ringa dig?",
        "Hej Alex!\n\nTack för att du blev månadsgivare hos oss. Vår givarkontakt Emma Lund vill gärna ringa dig för ett kort samtal om hur din gåva används.\n\nTid: tisdag 16 mars 2027 kl. 10.30 (cirka 10 minuter)\n\nPassar tiden inte, svara bara på detta mejl.\n\nVarma hälsningar\nSolvind",
        neg,
    )  # fmt: skip
    cal(
        f, "en-US", "google_donor_stewardship_call", "google", "Donor stewardship call - Alex Morgan", W17, 30,
        ("Harbor Light Food Bank", "development@harborlightfb.example.org"), "Invitation: Donor stewardship call - Alex Morgan",
        "Hi Alex,\n\nThank you for your gift to our spring appeal! This is a short call with our development director to say thanks and answer any questions.\n\nHarbor Light Food Bank",
        [("Renee Walsh", "renee.walsh@harborlightfb.example.org")], "A food bank's calendar REQUEST for a call with the reader as a donor: not a job interview.", loc="Phone",
    )  # fmt: skip
    add(
        f, "en-GB", "control_supporter_care_officer", ("Northern Rivers Trust", "recruitment@northernrivers.example.org.uk"),
        "Interview: Supporter Care Officer",
        "Dear Alex,\n\nThank you for applying for the role of Supporter Care Officer (full time, £26,000). We'd like to invite you to an interview on Thursday 18 March 2027 at 15:00 at our office, 4 Quayside, Newcastle.\n\nAs part of the interview you'll make a short role-play thank-you call to a regular giver. The interview lasts 45 minutes.\n\nBest wishes,\nPeople Team, Northern Rivers Trust",
        ctl, slot=H18, minutes=45,
    )  # fmt: skip
    add(
        f, "fr", "control_charge_relations_donateurs", ("Association Les Ailes du Sud", "recrutement@ailesdusud.example.fr"),
        "Entretien – chargé(e) de relations donateurs",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste de chargé(e) de relations donateurs (CDI). Nous vous proposons un entretien le mardi 9 mars 2027 à 14h00 dans nos locaux, 15 rue Paradis, Marseille.\n\nVous rencontrerez Claire Fabre et notre directrice.\n\nCordialement,\nLe service RH",
        ctl, slot=T9, shape="html",
    )  # fmt: skip
    sender = ("Stiftung Lichtblick Kinderhilfe", "jobs@lichtblick-stiftung.example.de")
    add(
        f, "de", "control_fwd_outlook_fundraiserin", ME,
        "WG: Einladung zum Vorstellungsgespräch – Fundraiserin",
        fwd_body(
            "Das hier ist das echte Vorstellungsgespräch!", OUTLOOK_DE, sender, "Einladung zum Vorstellungsgespräch – Fundraiserin",
            "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Fundraiserin (Großspenden). Wir laden Sie herzlich zu einem Vorstellungsgespräch am Freitag, 12.03.2027, um 11:00 Uhr in unsere Geschäftsstelle am Schillerplatz 3, Stuttgart, ein.\n\nMit freundlichen Grüßen\nPersonal",
        ),
        ctl, slot=F12, fwd="jobs@lichtblick-stiftung.example.de",
    )  # fmt: skip


# --- oralhist61 ---------------------------------------------------------------------------------
def oralhist() -> None:
    f = "oralhist61"
    neg = "An oral-history or family-history project interviews the reader about the reader's own life or family at a fixed time: the reader is the narrator, nobody hires the reader."
    ctl = "The reader's own job interview as a researcher or archivist on an oral-history project, worded like the project mails (control)."
    add(
        f, "en-US", "oral_history_interview", ("Millbrook Historical Society", "oralhistory@millbrookhistory.example.org"),
        "Your oral history interview – Millbrook Mill Workers project",
        "Dear Alex,\n\nThank you for agreeing to share your family's memories of the Millbrook textile mill. Your interview is scheduled for:\n\nTuesday, March 9, 2027 at 2:00 PM\nMillbrook Public Library, Local History Room\n\nOur volunteer interviewer, Carol Jensen, will record the conversation (about 90 minutes). You'll be asked to sign a release form so the recording can be kept in our archive. Old photos are very welcome!\n\nWith thanks,\nMillbrook Historical Society",
        neg,
    )  # fmt: skip
    add(
        f, "de", "zeitzeugengespraech", ("Geschichtswerkstatt Barmbek e. V.", "zeitzeugen@gw-barmbek.example.de"),
        "Ihr Zeitzeugengespräch am 10. März",
        "Liebe Frau Morgan,\n\nherzlichen Dank, dass Sie uns von Ihrer Kindheit in der Werftsiedlung erzählen möchten. Wir bestätigen das Zeitzeugengespräch:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nStadtteilarchiv, Poppenhusenstraße 1, Hamburg\n\nDas Interview wird mit Ihrer Zustimmung als Audio aufgezeichnet und dauert etwa eine Stunde.\n\nHerzliche Grüße\nMichael Brandt, Geschichtswerkstatt Barmbek",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "entretien_projet_memoire", ("Archives municipales de Roubaix – Projet Mémoires ouvrières", "memoire@archives-roubaix.example.fr"),
        "Votre entretien pour le projet « Mémoires ouvrières »",
        "Bonjour Alex,\n\nMerci d'avoir accepté de témoigner sur le parcours de votre grand-mère, tisserande. Notre chargée de collecte, Amélie Roux, vous recevra pour un entretien enregistré le jeudi 11 mars 2027 à 15h30, aux Archives municipales.\n\nL'entretien durera environ une heure et demie.\n\nCordialement,\nProjet Mémoires ouvrières",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "reply_entrevista_historia_oral", ("Proyecto Voces del Barrio", "voces@vocesdelbarrio.example.es"),
        "Re: Entrevista de historia oral",
        "Hola Alex:\n\n¡Estupendo! Entonces quedamos el viernes 12 de marzo a las 11:00 en el centro cívico para la entrevista sobre la llegada de tu familia al barrio en los años sesenta. Grabaremos en vídeo si te parece bien.\n\nUn abrazo,\nNuria Gómez\nVoces del Barrio\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> Hola Nuria, el viernes por la mañana me viene bien. Alex",
        "An oral-history project agrees the reader's time for an interview about the reader's family: the reader is the narrator.",
        reply=True,
    )  # fmt: skip
    sender = ("Archivio della Memoria – Comune di Bergamo", "archivio.memoria@comune-bg.example.it")
    add(
        f, "it", "fwd_apple_intervista_archivio", ME,
        "I: Intervista per l'Archivio della Memoria",
        fwd_body(
            "Mi intervistano sulla storia del nonno emigrato: niente a che vedere con il lavoro.", APPLE_IT, sender, "Intervista per l'Archivio della Memoria",
            "Gentile Alex,\n\nLa ringraziamo per la disponibilità a raccontare la storia di Suo nonno. L'intervista si terrà lunedì 15 marzo 2027 alle ore 9:00 presso la Biblioteca Tiraboschi, sala B.\n\nCordiali saluti,\nArchivio della Memoria",
        ),
        "The reader forwards an oral-history archive's interview about a grandparent, saying it is not work: not an invitation.",
        fwd="archivio.memoria@comune-bg.example.it",
    )  # fmt: skip
    add(
        f, "ja", "kikitori_chousa", ("港南区史編さん室", "kushi@konan-city.example.jp"),
        "聞き取り調査のお願い（日時のご確認）",
        "アレックス・モーガン様\n\n区史編さんのための聞き取り調査にご協力いただき、ありがとうございます。\n\n日時：2027年3月16日（火）10:30〜12:00\n場所：港南区民センター 2階 会議室\n\nご家族が営まれていた商店の思い出についてお話を伺います。録音させていただきますのでご了承ください。\n\n港南区史編さん室",
        neg,
    )  # fmt: skip
    cal(
        f, "pt-BR", "publish_roda_memoria", "google", "Roda de memória – histórias de família", W17, 120,
        ("Museu da Pessoa Bairro Alto", "memoria@museubairroalto.example.com.br"), "Roda de memória – histórias de família",
        "Olá!\n\nVenha contar a história da sua família na nossa roda de memória. As entrevistas serão gravadas para o acervo do museu.\n\nMuseu da Pessoa Bairro Alto",
        [], "A museum's calendar PUBLISH for recorded family-history interviews: not a job interview.", method="PUBLISH", loc="Museu Bairro Alto, São Paulo",
    )  # fmt: skip
    add(
        f, "en-US", "control_oral_history_researcher", ("Millbrook Historical Society", "jobs@millbrookhistory.example.org"),
        "Interview – Oral History Research Assistant",
        "Dear Alex,\n\nThank you for applying for our paid, part-time Oral History Research Assistant position. We'd like to interview you on Thursday, March 18, 2027 at 3:00 PM in the Local History Room at Millbrook Public Library.\n\nYou'll meet our director and the project archivist; please bring a short sample of an interview transcript you have prepared.\n\nBest regards,\nMillbrook Historical Society",
        ctl, slot=H18,
    )  # fmt: skip
    add(
        f, "de", "control_archivarin", ("Stadtteilarchiv Hamburg-Nord", "bewerbung@stadtteilarchiv-nord.example.de"),
        "Einladung zum Vorstellungsgespräch – Archivarin Zeitzeugenprojekt",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Archivarin (TV-L E9, befristet) im Zeitzeugenprojekt. Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 09.03.2027, 14:00 Uhr ein. Das Gespräch dauert 45 Minuten.\n\nMit freundlichen Grüßen\nDie Archivleitung",
        ctl, slot=T9, minutes=45, shape="html",
    )  # fmt: skip
    sender = ("Archives municipales de Roubaix", "recrutement@archives-roubaix.example.fr")
    add(
        f, "fr", "control_fwd_outlook_chargee_collecte", ME,
        "TR: Entretien de recrutement – chargé(e) de collecte orale",
        fwd_body(
            "Voici l'entretien d'embauche dont je t'ai parlé.", OUTLOOK_FR, sender, "Entretien de recrutement – chargé(e) de collecte orale",
            "Madame,\n\nÀ la suite de votre candidature au poste de chargée de collecte orale (contrat de 12 mois), nous vous convions à un entretien de recrutement le mercredi 10 mars 2027 à 10h00 aux Archives municipales.\n\nCordialement,\nLe service des ressources humaines",
        ),
        ctl, slot=W10, fwd="recrutement@archives-roubaix.example.fr",
    )  # fmt: skip


# --- mediation61 --------------------------------------------------------------------------------
def mediation() -> None:
    f = "mediation61"
    neg = "A mediator's intake or joint session in the reader's own neighbour, family or consumer dispute at a fixed time: the reader is a party, nobody hires the reader."
    ctl = "The reader's own job interview as a mediation case officer or mediator, worded like the mediation mails (control)."
    add(
        f, "en-GB", "miam_appointment", ("Riverside Family Mediation", "bookings@riversidemediation.example.co.uk"),
        "Your MIAM appointment",
        "Dear Alex,\n\nThank you for contacting us. Your Mediation Information and Assessment Meeting (MIAM) is booked for Tuesday 9 March 2027 at 14:00 with our accredited mediator, Susan Clarke.\n\nThe meeting is held separately from the other party and lasts about 45 minutes. Susan will explain how mediation works and assess whether it is suitable for arrangements for your children.\n\nKind regards,\nRiverside Family Mediation",
        neg,
    )  # fmt: skip
    add(
        f, "de", "mediationsgespraech_nachbarn", ("Schiedsamt Bezirk Pankow", "schiedsamt@pankow-schlichtung.example.de"),
        "Ladung zum Schlichtungs- und Mediationsgespräch",
        "Sehr geehrte Frau Morgan,\n\nin der Angelegenheit Morgan ./. Kessler (Lärmbelästigung, Hecke) lade ich Sie zu einem Schlichtungsgespräch ein:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nRathaus Pankow, Raum 214\n\nBitte bringen Sie Ihren Ausweis und etwaige Unterlagen mit. Das Gespräch ist vertraulich.\n\nMit freundlichen Grüßen\nIngrid Paulsen, Schiedsfrau",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "seance_mediation_consommation", ("Médiateur de l'énergie – Service de médiation", "mediation@mediateur-conso.example.fr"),
        "Votre séance de médiation – dossier n° 2027-0412",
        "Madame,\n\nSuite à votre saisine concernant le litige avec votre fournisseur d'électricité, une séance de médiation par téléphone est organisée le jeudi 11 mars 2027 à 15h30, en présence d'un représentant du fournisseur.\n\nLe médiateur vous appellera au numéro indiqué dans votre dossier.\n\nCordialement,\nLe service de médiation",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "reply_sesion_mediacion_familiar", ("Centro de Mediación Familiar Arganzuela", "citas@mediacion-arganzuela.example.es"),
        "Re: Primera sesión de mediación",
        "Hola Alex:\n\nDe acuerdo, fijamos la sesión informativa de mediación para el viernes 12 de marzo a las 11:00 en nuestro centro (calle Embajadores 150, Madrid). Vendréis los dos hermanos, como pediste, para hablar del reparto de la herencia.\n\nUn saludo,\nPilar Navarro, mediadora\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> Hola Pilar, mi hermano y yo podemos el viernes a media mañana. Alex",
        "A mediator agrees the reader's time for a family-mediation session about an inheritance: the reader is a party.",
        reply=True,
    )  # fmt: skip
    sender = ("Organismo di Mediazione Forense di Padova", "segreteria@mediazione-pd.example.it")
    add(
        f, "it", "fwd_gmail_incontro_mediazione", ME,
        "Fwd: Convocazione primo incontro di mediazione",
        fwd_body(
            "È la mediazione con il condominio per l'infiltrazione, non c'entra con il lavoro.", GMAIL_IT, sender, "Convocazione primo incontro di mediazione",
            "Gentile Alex Morgan,\n\nLa convochiamo al primo incontro di mediazione nella procedura n. 118/2027 (controversia condominiale) per lunedì 15 marzo 2027 alle ore 9:00 presso la nostra sede di via Altinate 30, Padova. È richiesta l'assistenza di un avvocato.\n\nLa segreteria",
        ),
        "The reader forwards a mediation summons in a dispute with the building, saying it is not work: not an invitation.",
        fwd="segreteria@mediazione-pd.example.it",
    )  # fmt: skip
    add(
        f, "pl", "posiedzenie_mediacyjne", ("Ośrodek Mediacji przy Sądzie Rejonowym", "mediacje@om-krakow.example.pl"),
        "Zawiadomienie o posiedzeniu mediacyjnym",
        "Szanowna Pani,\n\nuprzejmie zawiadamiam, że posiedzenie mediacyjne w sprawie skierowanej przez Sąd Rejonowy (spór z wykonawcą remontu) odbędzie się we wtorek 16 marca 2027 r. o godz. 10:30 w siedzibie ośrodka, ul. Przy Rondzie 7, Kraków. Przewidywany czas: 2 godziny.\n\nZ poważaniem,\nmediator Anna Wiśniewska",
        neg,
    )  # fmt: skip
    cal(
        f, "nl", "outlook_mediationgesprek", "exchange", "Mediationgesprek burenruzie – Morgan / De Wit", W17, 90,
        ("Buurtbemiddeling Utrecht-Oost", "bemiddeling@buurtbemiddeling-utrecht.example.nl"), "Mediationgesprek burenruzie",
        "Beste Alex,\n\nHierbij de uitnodiging voor het gezamenlijke gesprek met uw buren onder leiding van onze bemiddelaars.\n\nBuurtbemiddeling Utrecht-Oost",
        [("Hans de Wit", "hans.dewit@mailbox.example"), ("Fatima El Amrani", "f.elamrani@buurtbemiddeling-utrecht.example.nl")],
        "A neighbourhood mediation service's calendar REQUEST for a joint session with the reader's neighbours: not a job interview.", loc="Wijkcentrum Oost, Utrecht",
    )  # fmt: skip
    add(
        f, "en-GB", "control_mediation_case_officer", ("Riverside Family Mediation", "jobs@riversidemediation.example.co.uk"),
        "Interview invitation – Mediation Case Officer",
        "Dear Alex,\n\nThank you for your application for the Mediation Case Officer post. We're pleased to invite you to an interview on Thursday 18 March 2027 at 15:00 at our office, 12 Bridge Street, Worcester.\n\nThe panel will include our senior mediator, Susan Clarke. The interview lasts an hour and includes a short exercise booking MIAM appointments.\n\nKind regards,\nRiverside Family Mediation",
        ctl, slot=H18, minutes=60,
    )  # fmt: skip
    add(
        f, "es", "control_mediadora", ("Centro de Mediación Familiar Arganzuela", "empleo@mediacion-arganzuela.example.es"),
        "Entrevista de trabajo – mediador/a familiar",
        "Hola Alex:\n\nHemos revisado tu candidatura para el puesto de mediador/a familiar (jornada completa). Te citamos a una entrevista de trabajo el martes 9 de marzo de 2027 a las 14:00 en nuestro centro de la calle Embajadores 150, Madrid.\n\nUn saludo,\nDirección del centro",
        ctl, slot=T9, shape="html",
    )  # fmt: skip
    sender = ("Buurtbemiddeling Utrecht-Oost", "vacatures@buurtbemiddeling-utrecht.example.nl")
    add(
        f, "nl", "control_fwd_outlook_coordinator", ME,
        "FW: Sollicitatiegesprek coördinator buurtbemiddeling",
        fwd_body(
            "Dit is het sollicitatiegesprek, graag in mijn agenda.", OUTLOOK_NL, sender, "Sollicitatiegesprek coördinator buurtbemiddeling",
            "Beste Alex,\n\nDank voor je sollicitatie als coördinator buurtbemiddeling (28 uur). We nodigen je graag uit voor een sollicitatiegesprek op vrijdag 12 maart 2027 om 11.00 uur in het Wijkcentrum Oost.\n\nMet vriendelijke groet,\nFatima El Amrani",
        ),
        ctl, slot=F12, fwd="vacatures@buurtbemiddeling-utrecht.example.nl",
    )  # fmt: skip


# --- customs61 ----------------------------------------------------------------------------------
def customs() -> None:
    f = "customs61"
    neg = "A customs, border-control or residence-permit interview for the reader as a traveller or applicant at a fixed time: nobody hires the reader."
    ctl = "The reader's own job interview as a customs or border officer, worded like the border mails (control)."
    add(
        f, "en-GB", "customs_interview_parcel", ("HM Border Service – Post Clearance", "postclearance@borderservice.example.gov.uk"),
        "Request to attend an interview – seized goods reference PC/2027/0882",
        "Dear Alex Morgan,\n\nGoods addressed to you were detained at Heathrow on 2 March 2027. You are asked to attend an interview with a customs officer to explain their origin and value.\n\nDate: Tuesday 9 March 2027\nTime: 14:00\nPlace: Post Clearance Office, Building 551, Heathrow Airport\n\nPlease bring the invoices and your passport. You may bring a representative.\n\nPost Clearance Team",
        neg,
    )  # fmt: skip
    add(
        f, "de", "befragung_zoll", ("Hauptzollamt Frankfurt am Main – Zollamt Flughafen", "poststelle.zafrankfurt@zoll.example.de"),
        "Vorladung zur Befragung – Einfuhr Reisegepäck",
        "Sehr geehrte Frau Morgan,\n\nim Zusammenhang mit der Einfuhr der von Ihnen nicht angemeldeten Uhr bei Ihrer Einreise am 1. März 2027 bitten wir Sie zu einer Befragung:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nZollamt Flughafen, Gebäude 234, Raum 1.07\n\nBringen Sie bitte den Kaufbeleg und Ihren Reisepass mit.\n\nIm Auftrag\nWeber, Zollinspektor",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "entretien_titre_sejour", ("Préfecture du Rhône – Bureau du séjour", "pref-sejour@rhone.example.gouv.fr"),
        "Convocation – entretien pour votre titre de séjour",
        "Madame,\n\nVous êtes convoquée à un entretien individuel dans le cadre de l'instruction de votre demande de carte de séjour « salarié », le jeudi 11 mars 2027 à 15h30, guichet 4, Préfecture du Rhône, 18 rue de Bonnel, Lyon.\n\nMunissez-vous de votre passeport, de votre contrat de travail et de vos trois derniers bulletins de salaire.\n\nLe chef du bureau du séjour",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "reply_gesprek_ind", ("IND – Immigratie- en Naturalisatiedienst", "afspraken@ind-loket.example.nl"),
        "Re: Afspraak gesprek verblijfsvergunning partner",
        "Geachte heer/mevrouw Morgan,\n\nUw verzoek om een andere datum is verwerkt. Het gesprek over uw aanvraag voor een verblijfsvergunning bij uw partner vindt plaats op vrijdag 12 maart 2027 om 11.00 uur in het IND-loket Den Haag, Leeghwaterplein 40. Neem uw paspoort en uw partner mee.\n\nMet vriendelijke groet,\nIND Afsprakenteam\n\nOp 5 mrt 2027 om 16:12 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Geachte heer/mevrouw, op dinsdag kunnen wij niet; is vrijdagochtend mogelijk? Met vriendelijke groet, Alex Morgan",
        "An immigration office agrees the reader's time for a residence-permit interview: the reader is the applicant.",
        reply=True,
    )  # fmt: skip
    sender = (
        "U.S. Customs and Border Protection – Trusted Traveler Programs",
        "ttp-noreply@cbp-enroll.example.gov",
    )
    add(
        f, "en-US", "fwd_apple_global_entry_interview", ME,
        "Fwd: Global Entry interview scheduled",
        fwd_body(
            "FYI just the Global Entry interview at the airport, not a job interview.", APPLE_EN, sender, "Global Entry interview scheduled",
            "Your interview for the Global Entry program has been scheduled.\n\nDate: Monday, March 15, 2027\nTime: 9:00 AM\nLocation: Newark Liberty International Airport, Terminal B, Enrollment Center\n\nBring your valid passport and a document showing your current address. A CBP officer will conduct a brief interview and take your fingerprints.\n\nTrusted Traveler Programs",
        ),
        "The reader forwards a Global Entry enrolment interview, saying it is no job interview: not an invitation.",
        fwd="ttp-noreply@cbp-enroll.example.gov",
    )  # fmt: skip
    add(
        f, "tr", "goc_idaresi_gorusme", ("İl Göç İdaresi Müdürlüğü – İzmir", "randevu@goc-izmir.example.gov.tr"),
        "İkamet izni görüşme randevunuz",
        "Sayın Alex Morgan,\n\nİkamet izni başvurunuz için görüşme randevunuz oluşturulmuştur:\n\nTarih: 16 Mart 2027 Salı\nSaat: 10:30\nYer: İl Göç İdaresi Müdürlüğü, Konak/İzmir\n\nPasaportunuzu, kira sözleşmenizi ve sağlık sigortanızı yanınızda getiriniz.\n\nİl Göç İdaresi Müdürlüğü",
        neg,
    )  # fmt: skip
    cal(
        f, "ja", "google_nyuukoku_mendan", "google", "在留資格 面談（東京出入国在留管理局）", W17, 60,
        ("東京出入国在留管理局", "yoyaku@immi-tokyo.example.jp"), "在留資格変更許可申請に係る面談のご案内",
        "アレックス・モーガン様\n\n在留資格変更許可申請に関し、面談を実施します。旅券と在留カードをご持参ください。\n\n東京出入国在留管理局",
        [], "An immigration bureau's calendar REQUEST for a visa-status interview: not a job interview.", loc="東京出入国在留管理局 品川庁舎",
    )  # fmt: skip
    add(
        f, "en-GB", "control_border_force_officer", ("HM Border Service", "recruitment@borderservice.example.gov.uk"),
        "Interview invitation – Border Force Officer, Heathrow",
        "Dear Alex Morgan,\n\nThank you for your application for the post of Border Force Officer at Heathrow. We are pleased to invite you to an interview on Thursday 18 March 2027 at 15:00 at Building 551, Heathrow Airport.\n\nThe interview will last 45 minutes. Please bring your passport for the security check.\n\nRecruitment Team, HM Border Service",
        ctl, slot=H18, minutes=45,
    )  # fmt: skip
    add(
        f, "de", "control_zollbeamtin", ("Hauptzollamt Frankfurt am Main", "ausbildung@zoll.example.de"),
        "Einladung zum Auswahlgespräch – Zollbeamtin im mittleren Dienst",
        "Sehr geehrte Frau Morgan,\n\nnach erfolgreichem schriftlichen Test laden wir Sie zum Auswahlgespräch für die Einstellung in den mittleren Zolldienst ein:\n\nDienstag, 09.03.2027, 14:00 Uhr\nHauptzollamt Frankfurt am Main, Gutleutstraße 185\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalstelle",
        ctl, slot=T9, shape="alt",
    )  # fmt: skip
    sender = ("Aduanas – Agencia Tributaria, Recursos Humanos", "seleccion@aduanas-at.example.es")
    add(
        f, "es", "control_fwd_gmail_agente_aduanas", ME,
        "Fwd: Entrevista personal – agente de aduanas",
        fwd_body(
            "Esta es la entrevista de trabajo en el aeropuerto.", GMAIL_ES, sender, "Entrevista personal – agente de aduanas",
            "Estimada Alex Morgan:\n\nLe convocamos a la entrevista personal del proceso de selección de agentes de aduanas el miércoles 10 de marzo de 2027 a las 10:00 en la Aduana del Aeropuerto de Barajas, Terminal 4.\n\nAtentamente,\nSelección de personal",
        ),
        ctl, slot=W10, fwd="seleccion@aduanas-at.example.es",
    )  # fmt: skip


BUILDERS = [testdrive, flatcheck, donorcall, oralhist, mediation, customs]


FIRST_SIGHT_FIGURES = (
    "First sight (main at ffac02ed with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation or a move) 9/35 (customs61 3/7, oralhist61 "
    "3/7, mediation61 2/7, donorcall61 1/7, flatcheck61 0/7; 2 of the 5 calendar look-alikes, "
    "both at 0.95, one of them read as a reschedule; 7 of the 30 text ones at 0.66-0.75), "
    "controls with the right slot 15/15 (all text), of which 1 below confidence 0.5 "
    "(customs61's German 'Auswahlgespräch' for the customs service at 0.45: 'more like mail "
    "that mentions a meeting'); held out look-alikes claimed 0/7 (testdrive61; 1 calendar, 6 "
    "text), controls with the right slot 3/3 (all text, all at confidence >= 0.5)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the looks61 batch (`build_looks61.py`)",
        "",
        "Mail a job seeker really receives that carries a date, a time and interview-like or "
        "appointment words and sets no job interview for the reader (a car dealer's test drive "
        "or a car's service appointment, a landlord's or letting agent's inspection visit of "
        "the reader's current flat and a move-out walkthrough, a charity's donor-relations call "
        "or visit with the reader as a donor, oral-history and family-history projects "
        "interviewing the reader, a mediator's intake or joint session in the reader's own "
        "neighbour, family or consumer dispute, and customs, border-control and "
        "residence-permit interviews), as plain text, HTML only, multipart, forwards (Gmail, "
        "Outlook, Apple Mail headers in the forwarder's language), replies quoting earlier mail "
        "and one calendar REQUEST or PUBLISH per family, beside controls in every family: the "
        "reader's own job interview worded close to the look-alikes. All text is ours, written "
        "by hand with no template; client forward and reply shapes recalled. People, companies, "
        "authorities and addresses are made up. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out family ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('looks61 coin').sample(sorted(FAMILIES), 1)` before anything was "
        "written or parsed): " + ", ".join(held) + "; its files are not listed here.",
        "",
        "Label rule used (the README's conventions and earlier batches): a job interview of the "
        "reader's own with a fixed time is an `invitation` at its start (with its end when the "
        "text gives an end or an exact length; text mails state no zone, so the label carries "
        "the Date header's offset and `tz_stated: false`; a forward carries `original_sender`). "
        "A test drive or a workshop appointment (the reader is the customer), a landlord's "
        "inspection or a move-out walkthrough (the reader is the tenant), a charity's thank-you "
        "or legacy-giving talk (the reader is the donor), an oral-history interview (the reader "
        "is the narrator, unpaid), a mediation session (the reader is a party) and a customs, "
        "border or residence-permit interview (the reader is the traveller or applicant; a "
        "permit interview for a reader who already holds a job is not a job interview) hire "
        "nobody: `not_invitation` (a calendar look-alike carries no slot). A reply that agrees "
        "the reader's proposed time for such a meeting agrees a meeting that is not a job "
        "interview, so it is `not_invitation` too.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks61.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        if SPLITS[name] == "heldout":
            lines.append(f"- **{name}** ({len(items)} messages, heldout; languages not listed)")
            continue
        ls = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-looks61.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
