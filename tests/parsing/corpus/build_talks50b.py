# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the talks50b batch (DEV ONLY): service talks and current-employer reviews named with
the same compound nouns as a job interview ("Beratungsgespräch", "adviesgesprek",
"medarbetarsamtal"), beside real job interviews in the same languages.

Run: .venv/bin/python tests/parsing/corpus/build_talks50b.py

Look-alikes: a bank's, a clinic's, a school's or an insurer's talk with the reader as a
customer, patient or parent, and the reader's own employer's yearly review, in de, nl, sv, da,
nb and pl, some with a METHOD:REQUEST .ics (build_calneg50.py's helpers, as build_booking50.py
uses them), some text only; a Polish office's counter given as "Stanowisko: Okienko 4".
Controls: an employer invites the reader, a candidate, to a job interview in the same words.
All families are dev: the batch was written to find and fix one over-broad cue, so none of it
is held out. Labels come from the zoneinfo datetimes the mails are written from, before any
parse.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import timedelta
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
at, simple = cb.at, cb.simple

LICENSE = "structure only; all text, people and identifiers written for this corpus"
FAMILIES = {
    "svctalk50": "DEV ONLY: a bank's, clinic's, school's, insurer's or office's talk with the reader as customer, patient or parent, named with an interview-like compound (Beratungsgespräch, Aufklärungsgespräch, Elterngespräch, hypotheekgesprek, oudergesprek, rådgivningssamtal, rozmowa doradcza), with or without a REQUEST .ics; controls: job interviews in the same languages",
    "empreview50": "DEV ONLY: the reader's own employer's review or development talk (Mitarbeitergespräch, functioneringsgesprek, medarbetarsamtal, utvecklingssamtal, medarbejdersamtale, medarbeidersamtale, rozmowa okresowa), with or without a REQUEST .ics; controls: job interviews in the same languages",
}
HELDOUT: set[str] = set()  # a dev-only batch: nothing held out
cb.FAMILIES.update(FAMILIES)
cb.PROD.update({"termin": "-//Terminvergabe//Online Booking 4.2//DE"})


def text(fam, name, lang, kind, sender, subject, body, start, minutes):  # type: ignore[no-untyped-def]
    """A plain mail without a calendar; an invitation's label is the stated wall time."""
    end = start + timedelta(minutes=minutes) if minutes else None
    sent = (start - timedelta(days=5, hours=3, minutes=17)).astimezone(start.tzinfo)
    c = cb.C(fam, name, lang, kind, sender, subject, body, [], sent, start, end, mode="text")
    cb.add(c)


def cal(fam, name, lang, kind, summary, start, minutes, org, subject, body, fname="termin.ics"):  # type: ignore[no-untyped-def]
    """One REQUEST; a control carries its slot, a look-alike none (calneg30's rule)."""
    simple(
        fam,
        name,
        lang,
        kind,
        "termin",
        "REQUEST",
        summary,
        start,
        minutes,
        org,
        subject,
        body,
        mode="attach",
        fname=fname,
    )


def svctalk50() -> None:
    f = "svctalk50"
    ber, ams, sto, osl, waw = (
        "Europe/Berlin",
        "Europe/Amsterdam",
        "Europe/Stockholm",
        "Europe/Oslo",
        "Europe/Warsaw",
    )
    cal(
        f,
        "bank_de",
        "de",
        "not_invitation",
        "Beratungsgespräch Baufinanzierung",
        at(2026, 11, 17, 16, 0, ber),
        60,
        ("Volksbank Lindenau", "termine@vb-lindenau.example"),
        "Ihr Beratungsgespräch am 17.11.2026",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Terminbuchung. Wir bestätigen Ihr Beratungsgespräch zur Baufinanzierung.\n\nBerater: Jonas Feldmann\nDatum: Dienstag, 17.11.2026\nUhrzeit: 16:00 – 17:00 Uhr\nFiliale: Marktstraße 4, 04177 Leipzig\n\nBitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und Ihren Personalausweis mit.\n\nIhre Volksbank Lindenau",
    )
    text(
        f,
        "klinik_de",
        "de",
        "not_invitation",
        ("Klinikum am Stadtpark – Chirurgie", "ambulanz@klinikum-stadtpark.example"),
        "Termin Aufklärungsgespräch vor Ihrer Operation",
        "Sehr geehrte Frau Morgan,\n\nfür Ihre geplante Knie-Arthroskopie laden wir Sie zum Aufklärungsgespräch mit dem Narkosearzt ein:\n\nMittwoch, 02.12.2026, 09:15 Uhr\nAmbulanz Chirurgie, Haus B, Ebene 1\n\nBitte bringen Sie Ihre Versichertenkarte, den Überweisungsschein und eine Liste Ihrer Medikamente mit. Planen Sie etwa eine Stunde ein.\n\nMit freundlichen Grüßen\nIhr Team der Chirurgischen Ambulanz",
        at(2026, 12, 2, 9, 15, ber),
        60,
    )
    text(
        f,
        "schule_de",
        "de",
        "not_invitation",
        ("Grundschule am Weiher", "sekretariat@gs-weiher.example"),
        "Einladung zum Elterngespräch",
        "Liebe Frau Morgan,\n\nich möchte Sie gern zu einem Elterngespräch über die Lernentwicklung von Mia einladen. Vorgeschlagen ist Donnerstag, der 26.11.2026, um 15:30 Uhr im Klassenraum der 3b.\n\nFalls der Termin nicht passt, melden Sie sich bitte kurz im Sekretariat.\n\nViele Grüße\nSabine Kröger, Klassenlehrerin 3b",
        at(2026, 11, 26, 15, 30, ber),
        30,
    )
    text(
        f,
        "kunde_de",
        "de",
        "not_invitation",
        ("Stadtwerke Talheim Kundencenter", "kundencenter@sw-talheim.example"),
        "Bestätigung Kundengespräch",
        "Sehr geehrte Frau Morgan,\n\nhiermit bestätigen wir Ihr Kundengespräch zum Wechsel Ihres Stromtarifs am Montag, 07.12.2026, um 11:00 Uhr in unserem Kundencenter, Bahnhofstraße 12.\n\nIhre Kundennummer: 7730-118-42\n\nFreundliche Grüße\nIhre Stadtwerke Talheim",
        at(2026, 12, 7, 11, 0, ber),
        30,
    )
    cal(
        f,
        "hypotheek_nl",
        "nl",
        "not_invitation",
        "Hypotheekgesprek – oriëntatie",
        at(2026, 11, 19, 19, 0, ams),
        90,
        ("Rabo-achtige Adviesbank", "afspraken@adviesbank.example"),
        "Bevestiging van uw hypotheekgesprek",
        "Beste Alex Morgan,\n\nHierbij bevestigen wij uw oriënterend hypotheekgesprek.\n\nAdviseur: Marieke de Wit\nDatum: donderdag 19 november 2026\nTijd: 19:00 – 20:30 uur\nLocatie: Kantoor Utrecht, Catharijnesingel 30\n\nNeem een recente salarisstrook en een geldig legitimatiebewijs mee.\n\nMet vriendelijke groet,\nAdviesbank Hypotheken",
        fname="afspraak.ics",
    )
    text(
        f,
        "advies_nl",
        "nl",
        "not_invitation",
        ("Verzekerhuis Noord", "advies@verzekerhuis.example"),
        "Uw adviesgesprek pensioen",
        "Beste mevrouw Morgan,\n\nBedankt voor uw aanvraag. Uw adviesgesprek over uw pensioenopbouw staat gepland op dinsdag 24 november 2026 om 10.00 uur bij ons op kantoor, Vismarkt 8 in Groningen.\n\nWilt u uw UPO (Uniform Pensioenoverzicht) meenemen?\n\nMet vriendelijke groet,\nRuud Hoekstra, financieel adviseur",
        at(2026, 11, 24, 10, 0, ams),
        60,
    )
    text(
        f,
        "ouder_nl",
        "nl",
        "not_invitation",
        ("OBS De Klimop", "administratie@obsdeklimop.example"),
        "Oudergesprek groep 5",
        "Beste ouder(s) van Daan,\n\nU bent ingedeeld voor het oudergesprek (tienminutengesprek) op woensdag 9 december 2026 om 16.20 uur in lokaal 5.\n\nKunt u niet? Laat het de leerkracht weten via de ouderapp.\n\nGroeten,\nJuf Anouk",
        at(2026, 12, 9, 16, 20, ams),
        10,
    )
    text(
        f,
        "raadgivning_sv",
        "sv",
        "not_invitation",
        ("Sparbanken Mälardalen", "radgivning@sparbanken-md.example"),
        "Bekräftelse: rådgivningssamtal",
        "Hej Alex,\n\nVälkommen på rådgivningssamtal om ditt bolån och sparande.\n\nDatum: onsdag 18 november 2026\nTid: 13:00–14:00\nPlats: Kontoret vid Stora torget 3, Västerås\nRådgivare: Karin Ek\n\nTa med legitimation.\n\nVänliga hälsningar\nSparbanken Mälardalen",
        at(2026, 11, 18, 13, 0, sto),
        60,
    )
    cal(
        f,
        "lege_nb",
        "nb",
        "not_invitation",
        "Samtale med fastlege – oppfølging",
        at(2026, 12, 3, 8, 30, osl),
        20,
        ("Torshov legesenter", "timebestilling@torshovlege.example"),
        "Bekreftelse på timeavtale",
        "Hei Alex Morgan,\n\nDu har fått time til oppfølgingssamtale hos fastlege Ingrid Solberg.\n\nDato: torsdag 3. desember 2026\nKlokkeslett: 08:30\nSted: Torshov legesenter, Vogts gate 40, Oslo\n\nAvbestilling senest 24 timer før, ellers faktureres timen.",
        fname="time.ics",
    )
    text(
        f,
        "doradca_pl",
        "pl",
        "not_invitation",
        ("Bank Nadwiślański", "spotkania@banknadwislanski.example"),
        "Potwierdzenie spotkania z doradcą",
        "Dzień dobry,\n\npotwierdzamy termin rozmowy doradczej dotyczącej kredytu hipotecznego.\n\nData: 25.11.2026\nGodzina: 17:00\nOddział: ul. Długa 14, Kraków\nStanowisko: Okienko 4\n\nProsimy zabrać dowód osobisty i zaświadczenie o dochodach.\n\nZ poważaniem\nBank Nadwiślański",
        at(2026, 11, 25, 17, 0, waw),
        60,
    )
    cal(
        f,
        "urzad_pl",
        "pl",
        "not_invitation",
        "Wizyta: rejestracja pojazdu",
        at(2027, 1, 14, 10, 40, waw),
        15,
        ("Wydział Komunikacji", "rezerwacje@wk-poznan.example"),
        "Potwierdzenie rezerwacji wizyty",
        "Dzień dobry Alex Morgan,\n\npotwierdzamy rezerwację wizyty w Wydziale Komunikacji.\n\nSprawa: Rejestracja pojazdu\nData: 14.01.2027\nGodzina: 10:40\nStanowisko: Okienko 4\nAdres: ul. Libelta 16, Poznań\n\nProsimy przyjść 10 minut wcześniej.",
        fname="wizyta.ics",
    )
    # controls: the reader is a candidate
    cal(
        f,
        "vorstellung_de_ctl",
        "de",
        "invitation",
        "Vorstellungsgespräch – Kundenberater/in (m/w/d)",
        at(2026, 11, 26, 10, 0, ber),
        60,
        ("Volksbank Lindenau – Personal", "karriere@vb-lindenau.example"),
        "Einladung zum Vorstellungsgespräch",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Kundenberater/in. Gern laden wir Sie zu einem Vorstellungsgespräch ein.\n\nDatum: Donnerstag, 26.11.2026\nUhrzeit: 10:00 – 11:00 Uhr\nOrt: Marktstraße 4, 04177 Leipzig, 2. OG\nGesprächspartner: Jonas Feldmann, Frau Dr. Heike Brandt (Personal)\n\nWir freuen uns auf Sie.\nIhre Volksbank Lindenau",
    )
    text(
        f,
        "kennenlern_de_ctl",
        "de",
        "invitation",
        ("Nora Lenz, Talent Acquisition", "nora.lenz@fernwerk.example"),
        "Kennenlerngespräch – Junior Data Analyst",
        "Hallo Alex,\n\ndanke für deine Bewerbung auf unsere Stelle als Junior Data Analyst! Wir würden dich gern in einem ersten Kennenlerngespräch (ca. 30 Minuten, per Teams) besser kennenlernen.\n\nPasst dir Mittwoch, der 18.11.2026, um 14:00 Uhr? Den Link schicke ich dir nach deiner Bestätigung.\n\nViele Grüße\nNora Lenz\nFernwerk GmbH",
        at(2026, 11, 18, 14, 0, ber),
        30,
    )
    text(
        f,
        "sollicitatie_nl_ctl",
        "nl",
        "invitation",
        ("Femke Bos – Werving", "werving@zorggroep-veluwe.example"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nBedankt voor je sollicitatie op de vacature Doktersassistent. We nodigen je graag uit voor een sollicitatiegesprek op maandag 30 november 2026 van 13.30 tot 14.30 uur op onze locatie Stationsplein 2 in Apeldoorn.\n\nJe spreekt met Femke Bos (HR) en Gerrit Mulder (teamleider).\n\nMet vriendelijke groet,\nFemke Bos",
        at(2026, 11, 30, 13, 30, ams),
        60,
    )
    text(
        f,
        "kennismaking_nl_ctl",
        "nl",
        "invitation",
        ("Jeroen Smit", "jeroen@studioblauw.example"),
        "Kennismakingsgesprek vacature UX designer",
        "Hoi Alex,\n\nLeuk dat je gereageerd hebt op onze vacature voor UX designer. Zullen we een kennismakingsgesprek plannen? Ik heb je ingepland op vrijdag 4 december 2026 om 11.00 uur (ongeveer 45 minuten) bij ons op kantoor, Oudegracht 120 in Utrecht.\n\nGroet,\nJeroen Smit\nStudio Blauw",
        at(2026, 12, 4, 11, 0, ams),
        45,
    )
    cal(
        f,
        "anstallning_sv_ctl",
        "sv",
        "invitation",
        "Anställningsintervju – kundrådgivare",
        at(2026, 12, 1, 9, 0, sto),
        60,
        ("Sparbanken Mälardalen – HR", "rekrytering@sparbanken-md.example"),
        "Inbjudan till anställningsintervju",
        "Hej Alex,\n\nTack för din ansökan till tjänsten som kundrådgivare. Vi vill gärna träffa dig på en anställningsintervju.\n\nDatum: tisdag 1 december 2026\nTid: 09:00–10:00\nPlats: Stora torget 3, Västerås\n\nVälkommen!\nLinnea Holm, HR",
        fname="intervju.ics",
    )
    text(
        f,
        "rozmowa_pl_ctl",
        "pl",
        "invitation",
        ("Dział Kadr – Bank Nadwiślański", "rekrutacja@banknadwislanski.example"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Doradca Klienta. Zapraszamy na rozmowę kwalifikacyjną w dniu 3.12.2026 o godzinie 12:00 w oddziale przy ul. Długiej 14 w Krakowie.\n\nRozmowa potrwa około godziny.\n\nZ poważaniem\nAgnieszka Wróbel, Dział Kadr",
        at(2026, 12, 3, 12, 0, waw),
        60,
    )


def empreview50() -> None:
    f = "empreview50"
    ber, ams, sto, cph, osl, waw = (
        "Europe/Berlin",
        "Europe/Amsterdam",
        "Europe/Stockholm",
        "Europe/Copenhagen",
        "Europe/Oslo",
        "Europe/Warsaw",
    )
    cal(
        f,
        "mag_de",
        "de",
        "not_invitation",
        "Jährliches Mitarbeitergespräch 2026 – Alex Morgan",
        at(2026, 12, 9, 14, 0, ber),
        60,
        ("Katrin Vogt", "katrin.vogt@hafenlogistik.example"),
        "Einladung: Jährliches Mitarbeitergespräch 2026",
        "Hallo Alex,\n\nwie jedes Jahr möchte ich mit dir unser Mitarbeitergespräch führen: Rückblick auf 2026, deine Ziele für 2027 und deine Weiterbildungswünsche.\n\nBitte füll vorher den Vorbereitungsbogen im Intranet aus.\n\nViele Grüße\nKatrin",
    )
    text(
        f,
        "jahres_de",
        "de",
        "not_invitation",
        ("Personalabteilung Hafenlogistik", "personal@hafenlogistik.example"),
        "Erinnerung: Jahresgespräche bis 15.12.",
        "Liebe Kolleginnen und Kollegen,\n\ndie Jahresgespräche mit Ihren Führungskräften finden bis zum 15.12.2026 statt. Ihr Termin: Freitag, 11.12.2026, 10:00 Uhr, Besprechungsraum Elbe.\n\nDen Gesprächsleitfaden finden Sie im Intranet unter Personal > Formulare.\n\nIhre Personalabteilung",
        at(2026, 12, 11, 10, 0, ber),
        60,
    )
    cal(
        f,
        "functionering_nl",
        "nl",
        "not_invitation",
        "Functioneringsgesprek Alex / Sanne",
        at(2026, 11, 25, 15, 0, ams),
        45,
        ("Sanne Dijkstra", "sanne.dijkstra@gemeente-zwolle.example"),
        "Uitnodiging: Functioneringsgesprek Alex / Sanne",
        "Hoi Alex,\n\nHierbij de uitnodiging voor ons functioneringsgesprek. Wil je het voorbereidingsformulier uiterlijk een week van tevoren invullen?\n\nGroet,\nSanne",
        fname="uitnodiging.ics",
    )
    cal(
        f,
        "medarbetar_sv",
        "sv",
        "not_invitation",
        "Medarbetarsamtal 2026 – Alex Morgan",
        at(2026, 11, 23, 10, 0, sto),
        60,
        ("Erik Lund", "erik.lund@nordkomponent.example"),
        "Inbjudan: Medarbetarsamtal 2026",
        "Hej Alex,\n\nDags för årets medarbetarsamtal. Vi går igenom året som gått, dina mål och din kompetensutveckling. Fyll gärna i förberedelsemallen innan.\n\nHälsningar\nErik",
        fname="inbjudan.ics",
    )
    text(
        f,
        "utveckling_sv",
        "sv",
        "not_invitation",
        ("Maria Sandberg", "maria.sandberg@nordkomponent.example"),
        "Utvecklingssamtal",
        "Hej Alex,\n\nJag har bokat in ditt utvecklingssamtal torsdag 3 december 2026 kl. 13.00 i rum Vänern. Vi pratar om dina mål för nästa år och vilken utbildning du vill gå.\n\n/Maria",
        at(2026, 12, 3, 13, 0, sto),
        60,
    )
    cal(
        f,
        "medarbejder_da",
        "da",
        "not_invitation",
        "MUS-samtale (medarbejderudviklingssamtale)",
        at(2026, 12, 2, 9, 30, cph),
        60,
        ("Henrik Møller", "henrik.moller@fjordlab.example"),
        "Invitation: MUS-samtale",
        "Hej Alex,\n\nHer er indkaldelsen til din årlige medarbejdersamtale. Udfyld venligst forberedelsesskemaet på intranettet inden mødet.\n\nVenlig hilsen\nHenrik",
        fname="invitation.ics",
    )
    text(
        f,
        "medarbeider_nb",
        "nb",
        "not_invitation",
        ("Kari Nilsen", "kari.nilsen@vestkystbygg.example"),
        "Medarbeidersamtale",
        "Hei Alex,\n\nVi setter av tid til medarbeidersamtale mandag 30. november 2026 kl. 14.00 på mitt kontor. Ta gjerne med tanker om arbeidsoppgaver og kurs for neste år.\n\nHilsen Kari",
        at(2026, 11, 30, 14, 0, osl),
        60,
    )
    text(
        f,
        "okresowa_pl",
        "pl",
        "not_invitation",
        ("Tomasz Zieliński", "tomasz.zielinski@logipol.example"),
        "Rozmowa okresowa – ocena roczna",
        "Cześć Alex,\n\nzapraszam na rozmowę okresową (ocena roczna) we wtorek 8.12.2026 o 11:00 w sali Wisła. Przygotuj proszę samoocenę w systemie HR.\n\nPozdrawiam\nTomasz",
        at(2026, 12, 8, 11, 0, waw),
        60,
    )
    # controls
    text(
        f,
        "bewerbung_de_ctl",
        "de",
        "invitation",
        ("Lena Hartwig – Recruiting", "jobs@nordtec.example"),
        "Einladung zum Bewerbungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Teamleitung Logistik (m/w/d). Wir laden Sie herzlich zu einem Bewerbungsgespräch am Montag, den 14.12.2026, um 09:30 Uhr in unsere Zentrale, Hansaring 8, Bremen ein. Das Gespräch dauert etwa 60 Minuten.\n\nMit freundlichen Grüßen\nLena Hartwig",
        at(2026, 12, 14, 9, 30, ber),
        60,
    )
    cal(
        f,
        "mag_vorstellung_de_ctl",
        "de",
        "invitation",
        "Vorstellungsgespräch Sachbearbeiter/in Einkauf",
        at(2026, 12, 10, 13, 0, ber),
        60,
        ("Katrin Vogt", "katrin.vogt@hafenlogistik.example"),
        "Einladung: Vorstellungsgespräch Sachbearbeiter/in Einkauf",
        "Hallo Frau Morgan,\n\nvielen Dank für Ihre Bewerbung. Anbei die Einladung zu unserem Gespräch am Donnerstag.\n\nViele Grüße\nKatrin Vogt, Personal",
    )
    text(
        f,
        "jobsamtale_da_ctl",
        "da",
        "invitation",
        ("Henrik Møller", "henrik.moller@fjordlab.example"),
        "Jobsamtale – laborant",
        "Hej Alex,\n\nTak for din ansøgning til stillingen som laborant. Vi vil gerne invitere dig til jobsamtale fredag den 4. december 2026 kl. 10.00 på Fjordvej 2, Aarhus. Samtalen varer ca. en time.\n\nVenlig hilsen\nHenrik Møller",
        at(2026, 12, 4, 10, 0, cph),
        60,
    )
    cal(
        f,
        "jobbintervju_nb_ctl",
        "nb",
        "invitation",
        "Jobbintervju – prosjektleder",
        at(2026, 12, 7, 12, 0, osl),
        60,
        ("Kari Nilsen", "kari.nilsen@vestkystbygg.example"),
        "Invitasjon til jobbintervju",
        "Hei Alex,\n\nTakk for søknaden på stillingen som prosjektleder. Vi inviterer deg til intervju mandag 7. desember 2026 kl. 12.00 på kontoret vårt i Bergen.\n\nHilsen Kari Nilsen",
        fname="intervju.ics",
    )
    text(
        f,
        "sollicitatie_func_nl_ctl",
        "nl",
        "invitation",
        ("Sanne Dijkstra", "sanne.dijkstra@gemeente-zwolle.example"),
        "Sollicitatiegesprek beleidsmedewerker",
        "Beste Alex,\n\nNaar aanleiding van je sollicitatie op de vacature beleidsmedewerker nodigen we je uit voor een gesprek op dinsdag 15 december 2026 om 14.00 uur in het stadhuis, Grote Kerkplein 15, Zwolle.\n\nMet vriendelijke groet,\nSanne Dijkstra",
        at(2026, 12, 15, 14, 0, ams),
        0,
    )


def render(c) -> bytes:  # type: ignore[no-untyped-def]
    if c.ics:
        return cb.render(c).replace(b"@calneg50.example>", b"@talks50b.example>")
    import hashlib
    from email.utils import format_datetime

    key = hashlib.sha1(f"{c.family}/{c.name}".encode()).hexdigest()[:12]
    body = cb.c40.multipart(
        "alternative",
        f"alt{key}",
        [
            cb.c40.text_part(c.body),
            cb.c40.part('text/html; charset="utf-8"', cb.html_of(c.body), "quoted-printable"),
        ],
    )
    head = [
        f"From: {cb.c40.header_text(c.sender[0])} <{c.sender[1]}>",
        f"To: {c.to}",
        f"Subject: {cb.c40.header_text(c.subject)}",
        f"Date: {format_datetime(c.sent)}",
        f"Message-ID: <{key}.{c.family}@talks50b.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n" + body


def main() -> None:
    for build in (svctalk50, empreview50):
        build()
    for old in (HERE / "dev").glob("*"):
        if old.name.split("__", 1)[0] in FAMILIES:
            old.unlink()
    cases = [c for c in cb.CASES if c.family in FAMILIES]
    for c in cases:
        out = cb.label(c)
        if c.ics:
            cb.check(c)
        elif c.kind == "invitation":
            out["tz_stated"] = False
        folder = HERE / "dev"
        name = f"{c.family}__{c.name}.eml"
        (folder / name).write_bytes(render(c))
        out["language"] = c.lang
        out["source"] = {"family": c.family, "template": FAMILIES[c.family], "license": LICENSE}
        out["note"] = (
            "DEV ONLY; a service or review talk, not a job interview: " + c.subject
            if c.kind == "not_invitation"
            else "DEV ONLY; the reader's own job interview in the same words"
        )
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(cases), "files; dev only")


if __name__ == "__main__":
    main()
