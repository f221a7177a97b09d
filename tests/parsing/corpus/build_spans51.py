# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "spans51" batch: plain-text interview invitations and moves (no calendar part)
written by people and by tools, in the shapes the held-out families spanverb36,
clockfirst41, ncinvtr and slotpush41 still read wrong (descriptions only), with other
senders and languages: spans given by verbs ('gets going at 2:30 and should be done by
3:15', 'fängt um 9:30 an und ist gegen 10:30 vorbei') and by prepositions ('od 10 do 11
sati', 'van 10.00 tot 11.00 uur', 'fra kl. 10 til 11', 'între orele 10 și 11'), the clock
before the date ('at 14:30 on Tuesday 8 December', 'um 10 Uhr am Montag, den 14.
Dezember'), the date in the subject line and the clock only in the body, relative moves
over a quoted original ('let's push it to 3pm', 'eine Stunde später', 'same time the next
day', 'avancer d'une demi-heure'), lengths in words ('anderthalb Stunden', 'trois quarts
d'heure', 'een half uur', 'półtorej godziny'), clocks in words ('half past ten', 'halb
elf', 'Viertel nach 3', 'u deset i trideset', 'kwart over tien'), weekdays in the case a
preposition asks for ('u utorak', 'we wtorek', 'v úterý', 'vo štvrtok', 'v sredo') and
calendar tools' notification text in Turkish, Romanian, Polish, Czech, Croatian and more
('Zaman: 8 Aralık 2026 Salı, 10:00 - 11:00 (Europe/Istanbul)').

Run: .venv/bin/python tests/parsing/corpus/build_spans51.py

All text is ours (no template copied); people and companies are made up. Labels come from
the datetimes the text is rendered from (zoneinfo) and were written before the parser was
run on any message of the batch. Held-out families drawn by
`random.Random("spans51 coin").sample(sorted(FAMILIES), 3)` before anything was written:
clockfirst51, verbspan51, wordclock51.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.utils import format_datetime, formataddr
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


pp = _load("build_parse_pos", "build_parse-pos.py")
l48 = _load("build_looks48", "build_looks48.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template; recruiters' and calendar tools' habits recalled"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

FAMILIES = {
    "clockfirst51": "The clock written before the date: 'at 14:30 on Tuesday 8 December', "
    "'um 10 Uhr am Montag, den 14. Dezember', 'à 15h le mercredi 16 décembre', 'a las 11:00 "
    "el jueves', 'alle 9:30 di martedì', 'om 13.00 uur op donderdag', 'o 12:00 we wtorek', "
    "'u 10 sati u ponedjeljak', 'kl. 10 tisdagen den 15 december', 'saat 14:00'te, 17 "
    "Aralık Perşembe'.",
    "daycase51": "Weekdays and months in the case a preposition asks for, in Slavic "
    "languages: 'u utorak, 8. prosinca u 10 sati', 'u sredu, 9. decembra u 14 časova', "
    "'v úterý 15. prosince v 10:00', 've čtvrtek', 'we wtorek, 15 grudnia o godz. 10:00', "
    "'w środę', 'vo štvrtok 17. decembra o 9:00', 'v sredo, 16. decembra ob 10. uri'.",
    "lenword51": "A start and a length written in words: 'anderthalb Stunden', 'eine "
    "Dreiviertelstunde', 'trois quarts d'heure', 'een half uur', 'anderhalf uur', 'hora y "
    "media', 'tres cuartos de hora', 'un'ora e mezza', 'uma hora e meia', 'halvanden "
    "time', 'en och en halv timme', 'półtorej godziny', 'hodinu a půl', 'sat i pol', "
    "'an hour and a half', 'forty-five minutes'.",
    "notify51": "Calendar tools' notification text in the reader's language, the Nextcloud "
    "kind (a title, a 'When' row with the full date, the span and the IANA zone, a "
    "location, the organiser): Turkish 'Zaman:', Romanian 'Când:', Polish 'Kiedy:', Czech "
    "'Kdy:', Croatian 'Kada:', Portuguese 'Quando:', Italian 'Quando:', Danish 'Hvornår:', "
    "Swedish 'När:', Dutch 'Wanneer:'.",
    "prepspan51": "Spans written with prepositions: 'od 10 do 11 sati', 'od 14:00 do "
    "15:00', 'van 10.00 tot 11.00 uur', 'fra kl. 10 til 11', 'från 13 till 14', 'de 15h à "
    "16h', 'de las 10 a las 11', 'dalle 10 alle 11', 'das 14h às 15h', 'între orele 10:00 "
    "și 11:00', 'saat 10:00 ile 11:00 arası', 'from 2 until 3pm'.",
    "relmove51": "Moves written relative to a quoted original, by the employer: 'let's "
    "push it to 3pm', 'eine Stunde später', 'same time the next day', 'avancer d'une "
    "demi-heure', 'spostare di un'ora più tardi', 'een half uur later', 'adiar para as "
    "16h', 'o godzinę później', 'samma tid dagen efter', 'en halv time tidligere', 'sat "
    "kasnije'; and a bare confirmation of the reader's pick over the offered slots.",
    "subjclock51": "The date only in the subject line and the clock only in the body: "
    "'Interview – Tuesday 8 December' / 'see you at 10:30', 'Vorstellungsgespräch am "
    "14.12.2026' / 'um 15 Uhr', 'Entretien mercredi 16 décembre' / 'à 14h30', 'Gesprek "
    "donderdag 10 december' / 'om 11.00 uur', 'Rozmowa 15.12' / 'o 9:00'.",
    "verbspan51": "Spans written with verbs: 'gets going at 2:30 and should be done by "
    "3:15', 'fängt um 9:30 an und ist gegen 10:30 vorbei', 'débutera à 10h et prendra fin "
    "à 11h', 'arranca a las 16:00 y acaba a las 17:00', 'comincia alle 10 e termina alle "
    "11', 'start om 14.00 uur en is rond 15.00 uur afgelopen', 'počinje u 10 sati i "
    "završava u 11', 'zaczyna się o 10:00 i kończy o 11:00', 'saat 10:00'da başlayıp "
    "11:00'de bitecek', 'începe la ora 10:00 și se termină la 11:00'.",
    "wordclock51": "Clocks written in words: 'half past ten', 'a quarter past two', 'halb "
    "elf', 'Viertel nach 3', 'dix heures et quart', 'a las diez y media', 'alle dieci e "
    "mezza', 'kwart over tien', 'halv tre', 'kvart over ti', 'u deset i trideset', 'o wpół "
    "do jedenastej', 've čtvrt na jedenáct'.",
}
HELD = frozenset(random.Random("spans51 coin").sample(sorted(FAMILIES), 3))
assert {"clockfirst51", "verbspan51", "wordclock51"} == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/Chicago",
    "en-IN": "Asia/Kolkata",
    "de": "Europe/Berlin",
    "de-AT": "Europe/Vienna",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-PT": "Europe/Lisbon",
    "pt-BR": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "sr": "Europe/Belgrade",
    "tr": "Europe/Istanbul",
    "ro": "Europe/Bucharest",
}


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    sent: str,
    text: str,
    note: str,
    *,
    slot: str | None = None,
    day: str = "",
    minutes: int | None = None,
    zone: str | None = None,
    kind: str = "invitation",
) -> None:
    """One mail sent at `sent` (wall time in the language's zone); with `slot` a mail of
    `kind` at that wall time (in `zone`, an IANA name the text states, else the Date
    offset), `day` the weekday the text names; without `slot` a not_invitation."""
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=ZoneInfo(ZONE[lang]))
    key = f"spans51 {fam} {lang} {name}"
    message: MIMEBase = l48._part(text, "plain")
    label: dict[str, object]
    if slot is not None:
        start = datetime.fromisoformat(slot).replace(tzinfo=ZoneInfo(zone or ZONE[lang]))
        assert start > sent_at, key
        if day and DAYS[start.weekday()] != day:
            raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": kind, **pp.timed(start, end, zone=zone, sent=None if zone else sent_at)}
    else:
        label = {"kind": "not_invitation"}
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    CASES.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


# --- prepspan51 ------------------------------------------------------------------------------
def prepspan() -> None:
    f = "prepspan51"
    add(
        f,
        "hr",
        "od_deset_do_jedanaest_sati",
        ("Ivana Barić", "ivana.baric@jadran-soft.example.hr"),
        "Poziv na razgovor za posao",
        "2026-12-03T09:20",
        "Poštovani gospodine Morgan,\n\nzahvaljujemo na prijavi za radno mjesto Java developera. Pozivamo Vas na razgovor u četvrtak, 10. prosinca 2026., od 10 do 11 sati, u našem uredu u Zagrebu (Savska cesta 41, 5. kat).\n\nMolimo potvrdite dolazak odgovorom na ovaj e-mail.\n\nLijep pozdrav,\nIvana Barić\nLjudski potencijali",
        "'u četvrtak, 10. prosinca 2026., od 10 do 11 sati'.",
        slot="2026-12-10T10:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "pl",
        "od_czternastej_do_pietnastej",
        ("Katarzyna Wróbel", "k.wrobel@wislatech.example.pl"),
        "Zaproszenie na rozmowę rekrutacyjną",
        "2026-12-04T11:05",
        "Dzień dobry Panie Alexie,\n\ndziękujemy za przesłanie CV. Zapraszamy na rozmowę rekrutacyjną online w poniedziałek 14 grudnia 2026 r. w godzinach od 14:00 do 15:00. Link do spotkania w Teams prześlemy dzień wcześniej.\n\nPozdrawiam serdecznie,\nKatarzyna Wróbel\nSpecjalistka ds. rekrutacji",
        "'w godzinach od 14:00 do 15:00'.",
        slot="2026-12-14T14:00",
        day="Mon",
        minutes=60,
    )
    add(
        f,
        "cs",
        "od_devi_do_deseti_hodin",
        ("Petra Horáková", "horakova@vltava-data.example.cz"),
        "Pozvánka k pohovoru – datový analytik",
        "2026-12-07T08:40",
        "Dobrý den, pane Morgane,\n\nrádi bychom Vás pozvali k osobnímu pohovoru, který proběhne ve středu 16. prosince 2026 od 9:00 do 10:00 hod. v naší kanceláři v Praze (Na Poříčí 12).\n\nS pozdravem\nPetra Horáková\nHR oddělení",
        "'ve středu 16. prosince 2026 od 9:00 do 10:00 hod.'.",
        slot="2026-12-16T09:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "nl",
        "van_tien_tot_elf_uur",
        ("Joost van Leeuwen", "joost@polderlogic.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "2026-12-02T15:10",
        "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd! We willen je graag uitnodigen voor een eerste gesprek op vrijdag 11 december van 10.00 tot 11.00 uur bij ons op kantoor in Rotterdam (Wijnhaven 60).\n\nLaat je weten of dit uitkomt?\n\nGroeten,\nJoost van Leeuwen\nTalent acquisition",
        "'vrijdag 11 december van 10.00 tot 11.00 uur', year from the Date header.",
        slot="2026-12-11T10:00",
        day="Fri",
        minutes=60,
    )
    add(
        f,
        "da",
        "fra_kl_ti_til_elleve",
        ("Mette Kjær", "mette.kjaer@nordhavn-energi.example.dk"),
        "Invitation til jobsamtale",
        "2026-12-03T13:30",
        "Kære Alex\n\nTak for din ansøgning til stillingen som projektleder. Vi vil gerne invitere dig til samtale tirsdag den 15. december fra kl. 10 til 11 på vores kontor i Aarhus (Havnegade 8).\n\nGiv os venligst besked, om tidspunktet passer.\n\nVenlig hilsen\nMette Kjær\nHR-partner",
        "'tirsdag den 15. december fra kl. 10 til 11'.",
        slot="2026-12-15T10:00",
        day="Tue",
        minutes=60,
    )
    add(
        f,
        "sv",
        "fran_tretton_till_fjorton",
        ("Erik Lindqvist", "erik.lindqvist@skargard-it.example.se"),
        "Intervju hos Skärgård IT",
        "2026-12-04T10:15",
        "Hej Alex!\n\nTack för din ansökan. Vi skulle vilja träffa dig för en intervju onsdagen den 9 december, från 13 till 14, på vårt kontor på Sveavägen 24 i Stockholm.\n\nHör av dig om tiden inte fungerar.\n\nVänliga hälsningar\nErik Lindqvist\nRekryterare",
        "'onsdagen den 9 december, från 13 till 14'.",
        slot="2026-12-09T13:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "fr",
        "de_quinze_h_a_seize_h",
        ("Sophie Marchand", "s.marchand@atelier-lumen.example.fr"),
        "Entretien – Atelier Lumen",
        "2026-12-07T17:45",
        "Bonjour Alex,\n\nNous avons le plaisir de vous proposer un entretien le jeudi 17 décembre de 15h à 16h dans nos bureaux de Nantes (8 quai de la Fosse).\n\nMerci de me confirmer votre disponibilité.\n\nCordialement,\nSophie Marchand\nChargée de recrutement",
        "'le jeudi 17 décembre de 15h à 16h'.",
        slot="2026-12-17T15:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "es",
        "de_las_diez_a_las_once",
        ("Lucía Moreno", "lucia.moreno@solana-fintech.example.es"),
        "Entrevista – Solana Fintech",
        "2026-12-09T12:00",
        "Hola, Alex:\n\nTe escribo para citarte a la entrevista con el equipo técnico el viernes 18 de diciembre de las 10 a las 11 de la mañana, en nuestra oficina de Sevilla (Avenida de la Constitución 7).\n\nUn saludo,\nLucía Moreno\nRecursos Humanos",
        "'el viernes 18 de diciembre de las 10 a las 11 de la mañana'.",
        slot="2026-12-18T10:00",
        day="Fri",
        minutes=60,
    )
    add(
        f,
        "it",
        "dalle_quindici_alle_sedici",
        ("Marco Bellini", "m.bellini@lagunadesign.example.it"),
        "Colloquio conoscitivo",
        "2026-12-04T09:00",
        "Buongiorno Alex,\n\ngrazie per la candidatura. Ti proponiamo un colloquio conoscitivo lunedì 14 dicembre dalle 15 alle 16, in videochiamata su Google Meet (il link arriverà il giorno prima).\n\nA presto,\nMarco Bellini\nHR Manager",
        "'lunedì 14 dicembre dalle 15 alle 16'.",
        slot="2026-12-14T15:00",
        day="Mon",
        minutes=60,
    )
    add(
        f,
        "pt-PT",
        "das_catorze_as_quinze",
        ("Inês Carvalho", "ines.carvalho@tejo-sistemas.example.pt"),
        "Entrevista – Tejo Sistemas",
        "2026-12-02T16:20",
        "Olá Alex,\n\nObrigada pela sua candidatura. Gostaríamos de o convidar para uma entrevista na terça-feira, 15 de dezembro, das 14h às 15h, no nosso escritório em Lisboa (Rua Augusta 100, 2.º).\n\nCumprimentos,\nInês Carvalho\nRecrutamento",
        "'terça-feira, 15 de dezembro, das 14h às 15h'.",
        slot="2026-12-15T14:00",
        day="Tue",
        minutes=60,
    )
    add(
        f,
        "ro",
        "intre_orele_zece_si_unsprezece",
        ("Andreea Popescu", "andreea.popescu@carpat-soft.example.ro"),
        "Invitație la interviu",
        "2026-12-03T10:40",
        "Bună ziua, Alex,\n\nVă mulțumim pentru interesul arătat. Vă invităm la un interviu joi, 10 decembrie 2026, între orele 10:00 și 11:00, la sediul nostru din Cluj-Napoca (Str. Memorandumului 28).\n\nVă rugăm să ne confirmați participarea.\n\nCu stimă,\nAndreea Popescu\nDepartamentul Resurse Umane",
        "'joi, 10 decembrie 2026, între orele 10:00 și 11:00'.",
        slot="2026-12-10T10:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "tr",
        "saat_ile_arasi",
        ("Elif Demir", "elif.demir@bosfor-yazilim.example.com.tr"),
        "Mülakat daveti",
        "2026-12-04T14:00",
        "Merhaba Alex Bey,\n\nBaşvurunuz için teşekkür ederiz. Sizi 16 Aralık 2026 Çarşamba günü saat 10:00 ile 11:00 arası ofisimizde (Büyükdere Cad. No: 120, Şişli/İstanbul) yapılacak mülakata davet ediyoruz.\n\nKatılımınızı teyit etmenizi rica ederiz.\n\nSaygılarımızla,\nElif Demir\nİnsan Kaynakları",
        "'16 Aralık 2026 Çarşamba günü saat 10:00 ile 11:00 arası'.",
        slot="2026-12-16T10:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "nl",
        "open_dag_van_tien_tot_twee",
        ("Hogeschool Rijnland", "voorlichting@hs-rijnland.example.nl"),
        "Open dag zaterdag 12 december",
        "2026-12-01T10:00",
        "Beste Alex,\n\nJe bent van harte welkom op onze open dag op zaterdag 12 december van 10.00 tot 14.00 uur. Je kunt vrij binnenlopen; aanmelden is niet nodig.\n\nTot dan!\nTeam Voorlichting",
        "Look-alike: an open day 'van 10.00 tot 14.00 uur', no interview.",
    )
    add(
        f,
        "en-US",
        "from_two_until_three_pm",
        ("Tyler Brooks", "tyler.brooks@prairiegrid.example.com"),
        "Interview with PrairieGrid",
        "2026-12-03T16:05",
        "Hi Alex,\n\nThanks for your time on the phone. We've set up your panel interview for Wednesday, December 9 from 2 until 3pm Central at our Chicago office (220 W Adams St, 14th floor).\n\nLet me know if anything changes.\n\nTyler Brooks\nRecruiter, PrairieGrid",
        "'Wednesday, December 9 from 2 until 3pm Central'.",
        slot="2026-12-09T14:00",
        day="Wed",
        minutes=60,
    )


# --- subjclock51 -----------------------------------------------------------------------------
def subjclock() -> None:
    f = "subjclock51"
    add(
        f,
        "en-GB",
        "subject_tuesday_body_half_ten",
        ("Olivia Grant", "olivia.grant@harbourline.example.co.uk"),
        "Interview – Tuesday 8 December",
        "2026-12-02T11:00",
        "Hi Alex,\n\nJust confirming the day in the subject line: we'll see you at 10:30 at our Bristol office (Temple Quay, 2nd floor). Ask for me at reception.\n\nThe conversation will be with Priya and me and should take 45 minutes.\n\nBest,\nOlivia Grant\nPeople Team, Harbourline",
        "Date only in the subject, 'see you at 10:30' and '45 minutes' in the body.",
        slot="2026-12-08T10:30",
        day="Tue",
        minutes=45,
    )
    add(
        f,
        "de",
        "betreff_datum_um_15_uhr",
        ("Jana Köhler", "jana.koehler@rheinwerk-logistik.example.de"),
        "Vorstellungsgespräch am 14.12.2026",
        "2026-12-04T09:30",
        "Sehr geehrter Herr Morgan,\n\nwie telefonisch besprochen, erwarten wir Sie um 15 Uhr in unserer Zentrale in Köln (Deutzer Freiheit 5). Das Gespräch führen Herr Brandt (Teamleitung) und ich.\n\nBitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nJana Köhler\nPersonalabteilung",
        "'Vorstellungsgespräch am 14.12.2026' in the subject, 'um 15 Uhr' in the body.",
        slot="2026-12-14T15:00",
        day="Mon",
    )
    add(
        f,
        "fr",
        "objet_mercredi_corps_quatorze_h_trente",
        ("Camille Robert", "camille.robert@boreal-conseil.example.fr"),
        "Entretien mercredi 16 décembre",
        "2026-12-08T14:15",
        "Bonjour Alex,\n\nJe vous confirme notre rendez-vous à 14h30 dans nos locaux de Bordeaux (22 cours de l'Intendance). L'entretien durera une heure.\n\nÀ mercredi,\nCamille Robert\nResponsable RH",
        "'Entretien mercredi 16 décembre' in the subject, 'à 14h30' and 'une heure' in the body.",
        slot="2026-12-16T14:30",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "nl",
        "onderwerp_donderdag_om_elf",
        ("Femke Jansen", "femke.jansen@duinrand.example.nl"),
        "Gesprek donderdag 10 december",
        "2026-12-03T10:05",
        "Hoi Alex,\n\nFijn dat het past! We zien je om 11.00 uur bij ons op kantoor in Haarlem (Grote Markt 3). Je spreekt met Bas (teamlead) en mij.\n\nTot dan,\nFemke Jansen\nRecruiter",
        "'Gesprek donderdag 10 december' in the subject, 'om 11.00 uur' in the body.",
        slot="2026-12-10T11:00",
        day="Thu",
    )
    add(
        f,
        "pl",
        "temat_data_o_dziewiatej",
        ("Marta Zielińska", "m.zielinska@baltyk-soft.example.pl"),
        "Rozmowa rekrutacyjna 15.12.2026",
        "2026-12-07T12:30",
        "Dzień dobry,\n\npotwierdzam spotkanie o 9:00 w naszym biurze w Gdańsku (ul. Długa 14). Rozmowa potrwa około godziny; proszę zabrać dokument tożsamości.\n\nPozdrawiam\nMarta Zielińska\nDział HR",
        "'Rozmowa rekrutacyjna 15.12.2026' in the subject, 'o 9:00' in the body.",
        slot="2026-12-15T09:00",
        day="Tue",
    )
    add(
        f,
        "sv",
        "amne_fredag_kl_tio",
        ("Sara Nyberg", "sara.nyberg@fjallvind.example.se"),
        "Intervju fredag 11 december",
        "2026-12-04T15:20",
        "Hej Alex,\n\nVälkommen till oss kl. 10.00 på Kungsgatan 12 i Göteborg. Intervjun blir med mig och Johan från utvecklingsteamet och tar en timme.\n\nHälsningar\nSara Nyberg\nHR",
        "'Intervju fredag 11 december' in the subject, 'kl. 10.00' and 'en timme' in the body.",
        slot="2026-12-11T10:00",
        day="Fri",
        minutes=60,
    )
    add(
        f,
        "it",
        "oggetto_giovedi_alle_undici",
        ("Chiara Conti", "chiara.conti@orobica-tech.example.it"),
        "Colloquio giovedì 17 dicembre",
        "2026-12-09T16:40",
        "Ciao Alex,\n\nti confermo il colloquio alle 11:30 presso la nostra sede di Bergamo (Via XX Settembre 40). Incontrerai me e il responsabile del team.\n\nA presto,\nChiara Conti\nRisorse Umane",
        "'Colloquio giovedì 17 dicembre' in the subject, 'alle 11:30' in the body.",
        slot="2026-12-17T11:30",
        day="Thu",
    )
    add(
        f,
        "es",
        "asunto_lunes_a_las_cuatro",
        ("Pablo Navarro", "pablo.navarro@meseta-labs.example.es"),
        "Entrevista lunes 14/12",
        "2026-12-09T18:00",
        "Hola Alex,\n\nTe confirmo la entrevista a las 16:00 por videollamada (te mando el enlace de Meet esa misma mañana). Estaremos Ana, de producto, y yo.\n\nSaludos,\nPablo Navarro\nTalento",
        "'Entrevista lunes 14/12' in the subject, 'a las 16:00' in the body.",
        slot="2026-12-14T16:00",
        day="Mon",
    )
    add(
        f,
        "tr",
        "konu_tarih_saat_on_dort",
        ("Burak Yıldız", "burak.yildiz@anadolu-bulut.example.com.tr"),
        "Mülakat - 17 Aralık Perşembe",
        "2026-12-10T09:45",
        "Merhaba Alex,\n\nGörüşmemiz saat 14:00'te ofisimizde (Kızılay, Ankara) olacak. Görüşme yaklaşık bir saat sürecek.\n\nİyi çalışmalar,\nBurak Yıldız\nİK Uzmanı",
        "'Mülakat - 17 Aralık Perşembe' in the subject, 'saat 14:00'te' in the body.",
        slot="2026-12-17T14:00",
        day="Thu",
    )
    add(
        f,
        "en-US",
        "subject_iso_date_body_two_pm",
        ("Dana Whitfield", "dana@lakeshore-health.example.com"),
        "Interview 2026-12-18 - Lakeshore Health",
        "2026-12-11T10:10",
        "Hi Alex,\n\nYou're all set for 2:00 PM at our Evanston clinic (1800 Sherman Ave). Please come to the second-floor front desk; the interview runs for an hour.\n\nThanks,\nDana Whitfield\nTalent Acquisition",
        "'Interview 2026-12-18' in the subject, '2:00 PM' and 'for an hour' in the body.",
        slot="2026-12-18T14:00",
        day="Fri",
        minutes=60,
    )


# --- lenword51 -------------------------------------------------------------------------------
def lenword() -> None:
    f = "lenword51"
    add(
        f,
        "de",
        "anderthalb_stunden",
        ("Lukas Hartmann", "lukas.hartmann@isarblick.example.de"),
        "Fachgespräch bei Isarblick",
        "2026-12-02T14:20",
        "Hallo Alex,\n\nwir freuen uns, Sie am Dienstag, 8. Dezember 2026, um 13:00 Uhr zum Fachgespräch in München begrüßen zu dürfen. Bitte planen Sie anderthalb Stunden ein, da wir auch eine kleine Live-Coding-Aufgabe vorbereitet haben.\n\nBeste Grüße\nLukas Hartmann",
        "'um 13:00 Uhr', 'anderthalb Stunden'.",
        slot="2026-12-08T13:00",
        day="Tue",
        minutes=90,
    )
    add(
        f,
        "de-AT",
        "dreiviertelstunde",
        ("Verena Gruber", "v.gruber@donaupark-it.example.at"),
        "Ihr Bewerbungsgespräch",
        "2026-12-03T08:50",
        "Sehr geehrter Herr Morgan,\n\nherzlichen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Gespräch am Donnerstag, dem 10. Dezember 2026, um 9:30 Uhr in unser Büro in Wien (Praterstraße 31) ein. Das Gespräch wird eine Dreiviertelstunde dauern.\n\nMit freundlichen Grüßen\nVerena Gruber",
        "'um 9:30 Uhr', 'eine Dreiviertelstunde'.",
        slot="2026-12-10T09:30",
        day="Thu",
        minutes=45,
    )
    add(
        f,
        "fr",
        "trois_quarts_d_heure",
        ("Julien Lefèvre", "julien.lefevre@cote-azur-data.example.fr"),
        "Entretien téléphonique",
        "2026-12-04T10:30",
        "Bonjour Alex,\n\nComme convenu, je vous appellerai le lundi 14 décembre à 11h pour un premier entretien. L'entretien durera trois quarts d'heure.\n\nBien à vous,\nJulien Lefèvre",
        "'le lundi 14 décembre à 11h', 'trois quarts d'heure'.",
        slot="2026-12-14T11:00",
        day="Mon",
        minutes=45,
    )
    add(
        f,
        "nl",
        "een_half_uur",
        ("Daan Visser", "daan.visser@grachtwerk.example.nl"),
        "Kort belletje",
        "2026-12-07T09:15",
        "Hoi Alex,\n\nZullen we woensdag 9 december om 16.00 uur even bellen? Een half uur is genoeg voor een eerste kennismaking. Ik bel je op je mobiele nummer.\n\nGroet,\nDaan Visser\nRecruiter",
        "'om 16.00 uur', 'een half uur'.",
        slot="2026-12-09T16:00",
        day="Wed",
        minutes=30,
    )
    add(
        f,
        "nl",
        "anderhalf_uur",
        ("Lotte Bakker", "lotte.bakker@zeeland-foods.example.nl"),
        "Tweede gesprek Zeeland Foods",
        "2026-12-08T13:00",
        "Beste Alex,\n\nGraag nodigen we je uit voor het tweede gesprek op vrijdag 18 december om 9.30 uur in Middelburg. Het gesprek duurt anderhalf uur, inclusief een rondleiding door de fabriek.\n\nMet vriendelijke groet,\nLotte Bakker",
        "'om 9.30 uur', 'anderhalf uur'.",
        slot="2026-12-18T09:30",
        day="Fri",
        minutes=90,
    )
    add(
        f,
        "es",
        "hora_y_media",
        ("Carmen Ortega", "carmen.ortega@iberlink.example.es"),
        "Prueba técnica y entrevista",
        "2026-12-03T12:45",
        "Hola Alex:\n\nTe esperamos el miércoles 16 de diciembre a las 9:30 en nuestra oficina de Madrid (Paseo de la Castellana 95). La prueba técnica y la entrevista duran hora y media en total.\n\nUn saludo,\nCarmen Ortega",
        "'a las 9:30', 'hora y media'.",
        slot="2026-12-16T09:30",
        day="Wed",
        minutes=90,
    )
    add(
        f,
        "es",
        "tres_cuartos_de_hora",
        ("Raúl Jiménez", "raul.jimenez@costabrava-hotels.example.es"),
        "Entrevista por videollamada",
        "2026-12-04T17:00",
        "Buenas tardes, Alex:\n\nHemos reservado el jueves 10 de diciembre a las 12:00 para la videollamada con la directora del hotel. Será de tres cuartos de hora.\n\nAtentamente,\nRaúl Jiménez",
        "'a las 12:00', 'tres cuartos de hora'.",
        slot="2026-12-10T12:00",
        day="Thu",
        minutes=45,
    )
    add(
        f,
        "it",
        "un_ora_e_mezza",
        ("Francesca Greco", "f.greco@vesuvio-digitale.example.it"),
        "Colloquio tecnico",
        "2026-12-07T11:20",
        "Gentile Alex,\n\nla aspettiamo martedì 15 dicembre alle 14:30 presso la nostra sede di Napoli (Via Toledo 256) per il colloquio tecnico, che durerà un'ora e mezza.\n\nCordiali saluti,\nFrancesca Greco",
        "'alle 14:30', 'un'ora e mezza'.",
        slot="2026-12-15T14:30",
        day="Tue",
        minutes=90,
    )
    add(
        f,
        "pt-BR",
        "uma_hora_e_meia",
        ("Rafael Souza", "rafael.souza@cerrado-agro.example.com.br"),
        "Entrevista presencial",
        "2026-12-03T10:00",
        "Olá Alex,\n\nSua entrevista ficou marcada para sexta-feira, 11 de dezembro, às 10h, no nosso escritório em Goiânia (Av. T-63, 1296). Reserve uma hora e meia, pois você vai conversar com duas pessoas.\n\nAbraço,\nRafael Souza",
        "'às 10h', 'uma hora e meia'.",
        slot="2026-12-11T10:00",
        day="Fri",
        minutes=90,
    )
    add(
        f,
        "da",
        "halvanden_time",
        ("Anders Holm", "anders.holm@kattegat-games.example.dk"),
        "Samtale hos Kattegat Games",
        "2026-12-04T09:00",
        "Hej Alex\n\nVi glæder os til at se dig mandag den 14. december kl. 13.00 i Aalborg. Samtalen varer halvanden time, og du møder både teamlead og en udvikler.\n\nMvh\nAnders Holm",
        "'kl. 13.00', 'halvanden time'.",
        slot="2026-12-14T13:00",
        day="Mon",
        minutes=90,
    )
    add(
        f,
        "sv",
        "en_och_en_halv_timme",
        ("Johanna Berg", "johanna.berg@malarsoft.example.se"),
        "Intervju på Mälarsoft",
        "2026-12-03T14:10",
        "Hej Alex,\n\nDu är välkommen till intervju torsdagen den 17 december kl. 9.00 på vårt kontor i Västerås. Intervjun tar en och en halv timme.\n\nMvh\nJohanna Berg",
        "'kl. 9.00', 'en och en halv timme'.",
        slot="2026-12-17T09:00",
        day="Thu",
        minutes=90,
    )
    add(
        f,
        "pl",
        "poltorej_godziny",
        ("Tomasz Kaczmarek", "t.kaczmarek@mazury-soft.example.pl"),
        "Rozmowa techniczna",
        "2026-12-04T13:30",
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę techniczną w środę 9 grudnia o 11:00 w naszym biurze w Olsztynie. Spotkanie potrwa półtorej godziny.\n\nPozdrawiam\nTomasz Kaczmarek",
        "'o 11:00', 'półtorej godziny'.",
        slot="2026-12-09T11:00",
        day="Wed",
        minutes=90,
    )
    add(
        f,
        "cs",
        "hodinu_a_pul",
        ("Lucie Dvořáková", "dvorakova@brno-robotics.example.cz"),
        "Pohovor – Brno Robotics",
        "2026-12-07T10:00",
        "Dobrý den,\n\npohovor proběhne v pátek 18. prosince v 10:00 u nás v Brně (Křenová 65). Počítejte prosím s tím, že bude trvat hodinu a půl.\n\nS pozdravem\nLucie Dvořáková",
        "'v 10:00', 'hodinu a půl'.",
        slot="2026-12-18T10:00",
        day="Fri",
        minutes=90,
    )
    add(
        f,
        "hr",
        "sat_i_pol",
        ("Marko Horvat", "marko.horvat@istra-it.example.hr"),
        "Razgovor za posao",
        "2026-12-08T09:10",
        "Poštovani,\n\nrazgovor je dogovoren za srijedu, 16. prosinca 2026. u 13:00 u našem uredu u Puli. Razgovor traje sat i pol.\n\nSrdačan pozdrav,\nMarko Horvat",
        "'u 13:00', 'sat i pol'.",
        slot="2026-12-16T13:00",
        day="Wed",
        minutes=90,
    )
    add(
        f,
        "en-GB",
        "an_hour_and_a_half",
        ("Rachel Dunn", "rachel.dunn@pennine-engineering.example.co.uk"),
        "Assessment and interview",
        "2026-12-02T16:30",
        "Dear Alex,\n\nWe'd like to invite you to an assessment and interview on Thursday 10 December at 9:30am at our Leeds office. It will last an hour and a half.\n\nKind regards,\nRachel Dunn",
        "'at 9:30am', 'an hour and a half'.",
        slot="2026-12-10T09:30",
        day="Thu",
        minutes=90,
    )
    add(
        f,
        "en-US",
        "forty_five_minutes_words",
        ("Kevin Ortiz", "kevin.ortiz@riverbend-media.example.com"),
        "Video interview",
        "2026-12-07T13:15",
        "Hi Alex,\n\nYour video interview is booked for Tuesday, December 15 at 11:00 AM. It will be forty-five minutes with our creative director. A Zoom link will follow.\n\nBest,\nKevin Ortiz",
        "'11:00 AM', 'forty-five minutes' spelled out.",
        slot="2026-12-15T11:00",
        day="Tue",
        minutes=45,
    )


# --- daycase51 -------------------------------------------------------------------------------
def daycase() -> None:
    f = "daycase51"
    add(
        f,
        "hr",
        "u_utorak_prosinca_u_deset",
        ("Ana Kovačević", "ana.kovacevic@dalmacija-net.example.hr"),
        "Razgovor za posao – Dalmacija Net",
        "2026-12-02T10:30",
        "Poštovani gospodine Morgan,\n\nzahvaljujemo na Vašoj prijavi. Razgovor bismo održali u utorak, 8. prosinca u 10 sati, u našem uredu u Splitu (Put Supavla 1). Razgovor će trajati oko sat vremena.\n\nLijep pozdrav,\nAna Kovačević",
        "'u utorak, 8. prosinca u 10 sati'.",
        slot="2026-12-08T10:00",
        day="Tue",
    )
    add(
        f,
        "hr",
        "u_cetvrtak_u_pola_tri",
        ("Tomislav Jurić", "tomislav.juric@slavonija-agro.example.hr"),
        "Poziv na razgovor",
        "2026-12-09T08:15",
        "Dobar dan,\n\nmožete li doći u četvrtak 17.12. u 14:30? Razgovor vodimo u Osijeku (Kapucinska 12), a trajat će 45 minuta.\n\nPozdrav,\nTomislav Jurić",
        "'u četvrtak 17.12. u 14:30', year from the Date header, '45 minuta'.",
        slot="2026-12-17T14:30",
        day="Thu",
        minutes=45,
    )
    add(
        f,
        "sr",
        "u_sredu_decembra_u_cetrnaest",
        ("Milica Petrović", "milica.petrovic@sava-soft.example.rs"),
        "Poziv na intervju",
        "2026-12-03T11:45",
        "Poštovani Alex,\n\npozivamo Vas na intervju u sredu, 9. decembra 2026. u 14 časova, u našim prostorijama u Beogradu (Bulevar Mihajla Pupina 10). Intervju traje jedan sat.\n\nSrdačan pozdrav,\nMilica Petrović\nHR",
        "'u sredu, 9. decembra 2026. u 14 časova', 'jedan sat'.",
        slot="2026-12-09T14:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "sr",
        "u_petak_u_deset_casova",
        ("Nikola Jovanović", "nikola.jovanovic@dunav-logistika.example.rs"),
        "Razgovor – Dunav Logistika",
        "2026-12-10T09:00",
        "Zdravo Alex,\n\npotvrđujem razgovor u petak, 18. decembra u 10 časova, putem Google Meet-a. Link šaljem dan ranije.\n\nPozdrav,\nNikola Jovanović",
        "'u petak, 18. decembra u 10 časova'.",
        slot="2026-12-18T10:00",
        day="Fri",
    )
    add(
        f,
        "cs",
        "v_utery_prosince_v_deset",
        ("Jana Novotná", "novotna@krkonose-tech.example.cz"),
        "Pozvánka na pohovor",
        "2026-12-07T13:00",
        "Dobrý den, pane Morgane,\n\nzveme Vás na pohovor v úterý 15. prosince v 10:00 v naší kanceláři v Liberci (Moskevská 20). Pohovor potrvá zhruba hodinu.\n\nS pozdravem\nJana Novotná",
        "'v úterý 15. prosince v 10:00'.",
        slot="2026-12-15T10:00",
        day="Tue",
    )
    add(
        f,
        "cs",
        "ve_ctvrtek_ve_trinact",
        ("Ondřej Svoboda", "svoboda@plzen-motors.example.cz"),
        "Pohovor – Plzeň Motors",
        "2026-12-04T15:40",
        "Dobrý den,\n\npotvrzuji pohovor ve čtvrtek 10. 12. ve 13:00 u nás v Plzni. Budeme mít 45 minut.\n\nOndřej Svoboda\nnábor",
        "'ve čtvrtek 10. 12. ve 13:00', '45 minut'.",
        slot="2026-12-10T13:00",
        day="Thu",
        minutes=45,
    )
    add(
        f,
        "pl",
        "we_wtorek_grudnia_o_godz",
        ("Agnieszka Nowak", "a.nowak@krakow-analytics.example.pl"),
        "Zaproszenie na rozmowę",
        "2026-12-07T09:30",
        "Szanowny Panie,\n\nzapraszamy na rozmowę kwalifikacyjną we wtorek, 15 grudnia 2026 r., o godz. 10:00 w naszym biurze w Krakowie (ul. Lubicz 23). Spotkanie potrwa godzinę.\n\nZ poważaniem\nAgnieszka Nowak",
        "'we wtorek, 15 grudnia 2026 r., o godz. 10:00', 'godzinę'.",
        slot="2026-12-15T10:00",
        day="Tue",
        minutes=60,
    )
    add(
        f,
        "pl",
        "w_srode_o_czternastej_trzydziesci",
        ("Paweł Lewandowski", "p.lewandowski@poznan-games.example.pl"),
        "Rozmowa – Poznań Games",
        "2026-12-03T16:00",
        "Cześć Alex,\n\nto co, widzimy się w środę 9 grudnia o 14:30 u nas w biurze na Garbarach? Będzie Ola z zespołu i ja.\n\nPozdro,\nPaweł",
        "'w środę 9 grudnia o 14:30'.",
        slot="2026-12-09T14:30",
        day="Wed",
    )
    add(
        f,
        "sk",
        "vo_stvrtok_decembra_o_deviatej",
        ("Zuzana Kováčová", "kovacova@tatry-digital.example.sk"),
        "Pozvánka na pohovor",
        "2026-12-09T10:20",
        "Dobrý deň, pán Morgan,\n\npozývame Vás na pohovor vo štvrtok 17. decembra o 9:00 v našej kancelárii v Bratislave (Mlynské nivy 5). Pohovor potrvá hodinu.\n\nS pozdravom\nZuzana Kováčová",
        "'vo štvrtok 17. decembra o 9:00', 'hodinu'.",
        slot="2026-12-17T09:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "sk",
        "v_pondelok_o_trinastej",
        ("Martin Baláž", "balaz@vah-energy.example.sk"),
        "Pohovor – Váh Energy",
        "2026-12-04T14:00",
        "Dobrý deň,\n\npotvrdzujem Váš pohovor v pondelok 14. decembra o 13:00 v Trnave. Ozvite sa, keby niečo.\n\nMartin Baláž",
        "'v pondelok 14. decembra o 13:00'.",
        slot="2026-12-14T13:00",
        day="Mon",
    )
    add(
        f,
        "sl",
        "v_sredo_decembra_ob_deseti",
        ("Maja Novak", "maja.novak@triglav-soft.example.si"),
        "Vabilo na razgovor",
        "2026-12-07T11:00",
        "Spoštovani gospod Morgan,\n\nvabimo vas na zaposlitveni razgovor v sredo, 16. decembra, ob 10. uri v naših prostorih v Ljubljani (Dunajska cesta 20). Razgovor bo trajal eno uro.\n\nLep pozdrav,\nMaja Novak",
        "'v sredo, 16. decembra, ob 10. uri', 'eno uro'.",
        slot="2026-12-16T10:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "sl",
        "v_petek_ob_trinajstih",
        ("Luka Zupan", "luka.zupan@soca-outdoor.example.si"),
        "Razgovor – Soča Outdoor",
        "2026-12-10T08:45",
        "Živjo Alex,\n\npotrjujem razgovor v petek, 18. decembra ob 13:00 v Kranju.\n\nLp, Luka",
        "'v petek, 18. decembra ob 13:00'.",
        slot="2026-12-18T13:00",
        day="Fri",
    )


# --- notify51 --------------------------------------------------------------------------------
NOTIFY = {
    # lang: (title label, when label, where label, organiser label, intro, accept, decline)
    "tr": (
        "Başlık:",
        "Zaman:",
        "Konum:",
        "Düzenleyen:",
        '{name} sizi "{title}" etkinliğine davet etti.',
        "Kabul et",
        "Reddet",
    ),
    "ro": (
        "Titlu:",
        "Când:",
        "Locație:",
        "Organizator:",
        '{name} te-a invitat la "{title}".',
        "Accept",
        "Refuz",
    ),
    "pl": (
        "Tytuł:",
        "Kiedy:",
        "Lokalizacja:",
        "Organizator:",
        '{name} zaprosił(a) Cię na "{title}".',
        "Akceptuj",
        "Odrzuć",
    ),
    "cs": (
        "Název:",
        "Kdy:",
        "Místo:",
        "Organizátor:",
        "{name} vás pozval(a) na „{title}“.",
        "Přijmout",
        "Odmítnout",
    ),
    "hr": (
        "Naslov:",
        "Kada:",
        "Lokacija:",
        "Organizator:",
        '{name} vas je pozvao/la na "{title}".',
        "Prihvati",
        "Odbij",
    ),
    "pt-PT": (
        "Título:",
        "Quando:",
        "Local:",
        "Organizador:",
        '{name} convidou-o para "{title}".',
        "Aceitar",
        "Recusar",
    ),
    "it": (
        "Titolo:",
        "Quando:",
        "Luogo:",
        "Organizzatore:",
        '{name} ti ha invitato a "{title}".',
        "Accetta",
        "Rifiuta",
    ),
    "da": (
        "Titel:",
        "Hvornår:",
        "Sted:",
        "Arrangør:",
        '{name} har inviteret dig til "{title}".',
        "Accepter",
        "Afvis",
    ),
    "sv": (
        "Titel:",
        "När:",
        "Plats:",
        "Organisatör:",
        '{name} har bjudit in dig till "{title}".',
        "Acceptera",
        "Avböj",
    ),
    "nl": (
        "Titel:",
        "Wanneer:",
        "Locatie:",
        "Organisator:",
        '{name} heeft je uitgenodigd voor "{title}".',
        "Accepteren",
        "Weigeren",
    ),
}


def _when(lang: str, start: str, minutes: int, zone: str) -> str:
    from babel.dates import format_date

    begin = datetime.fromisoformat(start)
    end = begin + timedelta(minutes=minutes)
    day = format_date(begin.date(), "full", locale=lang.replace("-", "_"))
    return f"{day}, {begin:%H:%M} - {end:%H:%M} ({zone})"


def notify() -> None:
    f = "notify51"
    rows = (
        (
            "tr",
            "bulut_davet_istanbul",
            ("Selin Aksoy", "selin.aksoy@marmara-fintek.example.com.tr"),
            "Selin Aksoy",
            "Mülakat: Backend Geliştirici",
            "2026-12-03T10:00",
            "2026-12-08T10:00",
            60,
            "Europe/Istanbul",
            "Marmara Fintek, Levent ofisi, 4. kat",
        ),
        (
            "tr",
            "bulut_davet_izmir_ogleden_sonra",
            ("Murat Kaya", "murat.kaya@ege-enerji.example.com.tr"),
            "Murat Kaya",
            "Teknik görüşme - Ege Enerji",
            "2026-12-07T15:30",
            "2026-12-16T14:30",
            45,
            "Europe/Istanbul",
            "Online (Nextcloud Talk)",
        ),
        (
            "ro",
            "calendar_invitatie_bucuresti",
            ("Ioana Dumitrescu", "ioana.dumitrescu@dacia-cloud.example.ro"),
            "Ioana Dumitrescu",
            "Interviu – Inginer DevOps",
            "2026-12-04T09:10",
            "2026-12-10T11:00",
            60,
            "Europe/Bucharest",
            "Sediul Dacia Cloud, Calea Victoriei 155",
        ),
        (
            "pl",
            "kalendarz_zaproszenie_warszawa",
            ("Joanna Mazur", "j.mazur@vistula-bank.example.pl"),
            "Joanna Mazur",
            "Rozmowa rekrutacyjna – analityk",
            "2026-12-02T12:00",
            "2026-12-09T13:00",
            60,
            "Europe/Warsaw",
            "Warszawa, ul. Prosta 51, sala 3.12",
        ),
        (
            "cs",
            "kalendar_pozvanka_praha",
            ("Tereza Procházková", "prochazkova@morava-soft.example.cz"),
            "Tereza Procházková",
            "Pohovor – frontend vývojář",
            "2026-12-07T10:30",
            "2026-12-15T15:00",
            45,
            "Europe/Prague",
            "Praha, Karlín, Pernerova 35",
        ),
        (
            "hr",
            "kalendar_poziv_rijeka",
            ("Petra Babić", "petra.babic@kvarner-marine.example.hr"),
            "Petra Babić",
            "Razgovor za posao – inženjer",
            "2026-12-04T13:00",
            "2026-12-11T09:00",
            60,
            "Europe/Zagreb",
            "Rijeka, Riva 16",
        ),
        (
            "pt-PT",
            "calendario_convite_porto",
            ("Tiago Ferreira", "tiago.ferreira@douro-tech.example.pt"),
            "Tiago Ferreira",
            "Entrevista – Engenheiro de Dados",
            "2026-12-03T17:00",
            "2026-12-14T10:30",
            60,
            "Europe/Lisbon",
            "Porto, Rua de Santa Catarina 200",
        ),
        (
            "it",
            "calendario_invito_torino",
            ("Elena Rinaldi", "elena.rinaldi@mole-software.example.it"),
            "Elena Rinaldi",
            "Colloquio – Sviluppatore Python",
            "2026-12-07T09:40",
            "2026-12-17T16:00",
            45,
            "Europe/Rome",
            "Torino, Corso Vittorio Emanuele II 12",
        ),
        (
            "da",
            "kalender_invitation_kobenhavn",
            ("Sofie Nielsen", "sofie.nielsen@oresund-pay.example.dk"),
            "Sofie Nielsen",
            "Jobsamtale – Backend-udvikler",
            "2026-12-08T10:00",
            "2026-12-18T13:00",
            60,
            "Europe/Copenhagen",
            "København, Vesterbrogade 149",
        ),
        (
            "sv",
            "kalender_inbjudan_malmo",
            ("Oskar Sjöberg", "oskar.sjoberg@oresund-logistik.example.se"),
            "Oskar Sjöberg",
            "Intervju – Lagerchef",
            "2026-12-04T11:15",
            "2026-12-15T10:00",
            90,
            "Europe/Stockholm",
            "Malmö, Stortorget 9",
        ),
        (
            "nl",
            "agenda_uitnodiging_istanbul_zone",
            ("Emre Şahin", "emre.sahin@tulip-trade.example.nl"),
            "Emre Şahin",
            "Sollicitatiegesprek – Export manager",
            "2026-12-03T14:00",
            "2026-12-10T15:00",
            60,
            "Europe/Istanbul",
            "Online (Teams)",
        ),
    )
    for lang, name, sender, person, title, sent, start, minutes, zone, place in rows:
        t_title, t_when, t_where, t_org, intro, yes, no = NOTIFY[lang]
        text = (
            intro.format(name=person, title=title)
            + "\n\n"
            + f"{t_title} {title}\n{t_when} {_when(lang, start, minutes, zone)}\n{t_where} {place}\n{t_org} {person} <{sender[1]}>\n\n"
            + f"{yes}: https://cloud.{sender[1].split('@', 1)[1]}/apps/calendar/invitation/accept?token={pp.digest(name, 'tok')}\n"
            + f"{no}: https://cloud.{sender[1].split('@', 1)[1]}/apps/calendar/invitation/decline?token={pp.digest(name, 'tok')}\n"
        )
        add(
            f,
            lang,
            name,
            sender,
            title,
            sent,
            text,
            f"'{t_when} {_when(lang, start, minutes, zone)}'.",
            slot=start,
            minutes=minutes,
            zone=zone,
        )

    # look-alikes in the same layout: a book club and a residents' meeting, no interview
    for lang, name, sender, title, sent, start, place in (
        (
            "tr",
            "kitap_kulubu_bulusmasi",
            ("Deniz Koç", "deniz.koc@kadikoy-kitap.example.org"),
            "Kitap kulübü: Aralık buluşması",
            "2026-12-03T19:00",
            "2026-12-10T19:00",
            "Moda Kafe, Kadıköy",
        ),
        (
            "pl",
            "zebranie_wspolnoty",
            ("Zarząd Wspólnoty Lipowa 7", "zarzad@lipowa7.example.pl"),
            "Zebranie wspólnoty mieszkaniowej",
            "2026-12-02T18:00",
            "2026-12-14T18:00",
            "Świetlica, ul. Lipowa 7",
        ),
    ):
        t_title, t_when, t_where, t_org, intro, yes, no = NOTIFY[lang]
        text = (
            intro.format(name=sender[0], title=title)
            + "\n\n"
            + f"{t_title} {title}\n{t_when} {_when(lang, start, 90, ZONE[lang])}\n{t_where} {place}\n{t_org} {sender[0]} <{sender[1]}>\n\n"
            + f"{yes}: https://cloud.{sender[1].split('@', 1)[1]}/apps/calendar/invitation/accept?token={pp.digest(name, 'tok')}\n"
            + f"{no}: https://cloud.{sender[1].split('@', 1)[1]}/apps/calendar/invitation/decline?token={pp.digest(name, 'tok')}\n"
        )
        add(
            f,
            lang,
            name,
            sender,
            title,
            sent,
            text,
            f"Look-alike: the same notification for '{title}', no interview.",
        )


# --- relmove51 -------------------------------------------------------------------------------
def _quote(header: str, body: str) -> str:
    return header + "\n" + "\n".join("> " + line if line else ">" for line in body.split("\n"))


def relmove() -> None:
    f = "relmove51"
    add(
        f,
        "en-GB",
        "push_it_to_three_pm",
        ("Hannah Pryce", "hannah.pryce@northgate-ventures.example.co.uk"),
        "Re: Interview – Tuesday 8 December",
        "2026-12-04T09:05",
        "Hi Alex,\n\nSorry to do this - our CTO has a board call that morning. Let's push it to 3pm, same day, same place. Hope that still works for you.\n\nHannah\n\n"
        + _quote(
            "On Wed, 2 Dec 2026 at 10:14, Hannah Pryce <hannah.pryce@northgate-ventures.example.co.uk> wrote:",
            "Hi Alex,\n\nWe'd love to meet you on Tuesday 8 December at 1pm at our Manchester office (1 Spinningfields).\n\nBest,\nHannah",
        ),
        "'Let's push it to 3pm, same day' over a quoted 'Tuesday 8 December at 1pm'.",
        slot="2026-12-08T15:00",
        day="Tue",
        kind="reschedule",
    )
    add(
        f,
        "en-US",
        "same_time_next_day",
        ("Megan Foster", "megan.foster@bluestem-insurance.example.com"),
        "Re: Interview on Wednesday",
        "2026-12-07T16:30",
        "Hi Alex,\n\nQuick change: Laura is out sick on Wednesday, so we're moving your interview to the same time the next day, Thursday. Same Zoom link.\n\nThanks for your flexibility!\nMegan\n\n"
        + _quote(
            "On Thu, Dec 3, 2026 at 11:02 AM Megan Foster <megan.foster@bluestem-insurance.example.com> wrote:",
            "Hi Alex,\n\nYou're confirmed for Wednesday, December 9 at 10:30 AM CT with Laura Kim (Zoom).\n\nMegan",
        ),
        "'moving your interview to the same time the next day, Thursday' over 'Wednesday, December 9 at 10:30 AM CT'.",
        slot="2026-12-10T10:30",
        day="Thu",
        kind="reschedule",
    )
    add(
        f,
        "de",
        "eine_stunde_spaeter",
        ("Katrin Weber", "katrin.weber@mainufer-consult.example.de"),
        "AW: Einladung zum Vorstellungsgespräch",
        "2026-12-08T08:30",
        "Hallo Herr Morgan,\n\nleider müssen wir unser Gespräch am Montag um eine Stunde nach hinten verschieben, also auf 11:00 Uhr. Ort und Teilnehmer bleiben gleich.\n\nViele Grüße\nKatrin Weber\n\n"
        + _quote(
            "Am 03.12.2026 um 14:20 schrieb Katrin Weber <katrin.weber@mainufer-consult.example.de>:",
            "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am Montag, 14. Dezember 2026, um 10:00 Uhr in Frankfurt ein.\n\nMit freundlichen Grüßen\nKatrin Weber",
        ),
        "'um eine Stunde nach hinten verschieben, also auf 11:00 Uhr' over 'Montag, 14. Dezember 2026, um 10:00 Uhr'.",
        slot="2026-12-14T11:00",
        day="Mon",
        kind="reschedule",
    )
    add(
        f,
        "de",
        "halbe_stunde_frueher_ohne_uhrzeit",
        ("Stefan Braun", "stefan.braun@alpenblick-bau.example.de"),
        "AW: Gesprächstermin Donnerstag",
        "2026-12-14T17:10",
        "Hallo Alex,\n\nkleine Änderung: Wir beginnen am Donnerstag eine halbe Stunde früher, weil Frau Lenz danach einen Termin hat. Alles andere bleibt wie besprochen.\n\nGruß\nStefan Braun\n\n"
        + _quote(
            "Am 10.12.2026 um 09:45 schrieb Stefan Braun <stefan.braun@alpenblick-bau.example.de>:",
            "Hallo Alex,\n\nwie besprochen sehen wir uns am Donnerstag, 17. Dezember, um 14:00 Uhr in Rosenheim.\n\nGruß\nStefan Braun",
        ),
        "'eine halbe Stunde früher' with no clock over 'Donnerstag, 17. Dezember, um 14:00 Uhr': 13:30.",
        slot="2026-12-17T13:30",
        day="Thu",
        kind="reschedule",
    )
    add(
        f,
        "fr",
        "avancer_d_une_demi_heure",
        ("Nathalie Giraud", "nathalie.giraud@garonne-aero.example.fr"),
        "RE: Entretien le mardi 15 décembre",
        "2026-12-10T11:20",
        "Bonjour Alex,\n\nPetit changement : nous devons avancer l'entretien d'une demi-heure, il commencera donc à 9h30 au lieu de 10h. Le lieu ne change pas.\n\nCordialement,\nNathalie Giraud\n\n"
        + _quote(
            "Le lun. 7 déc. 2026 à 15:02, Nathalie Giraud <nathalie.giraud@garonne-aero.example.fr> a écrit :",
            "Bonjour Alex,\n\nNous vous attendons le mardi 15 décembre 2026 à 10h dans nos locaux de Toulouse.\n\nCordialement,\nNathalie Giraud",
        ),
        "'avancer l'entretien d'une demi-heure, … à 9h30 au lieu de 10h' over the quoted invitation.",
        slot="2026-12-15T09:30",
        day="Tue",
        kind="reschedule",
    )
    add(
        f,
        "it",
        "un_ora_piu_tardi",
        ("Sara Galli", "sara.galli@lagomaggiore-tech.example.it"),
        "R: Colloquio mercoledì 16 dicembre",
        "2026-12-11T10:00",
        "Ciao Alex,\n\nti scrivo per spostare il colloquio di mercoledì di un'ora più tardi: ci vediamo quindi alle 15:00 anziché alle 14:00. Il resto resta invariato.\n\nA presto,\nSara\n\n"
        + _quote(
            "Il giorno lun 7 dic 2026 alle ore 12:30 Sara Galli <sara.galli@lagomaggiore-tech.example.it> ha scritto:",
            "Ciao Alex,\n\nti confermo il colloquio mercoledì 16 dicembre alle 14:00 nella nostra sede di Varese.\n\nSara",
        ),
        "'di un'ora più tardi … alle 15:00 anziché alle 14:00' over the quoted invitation.",
        slot="2026-12-16T15:00",
        day="Wed",
        kind="reschedule",
    )
    add(
        f,
        "nl",
        "half_uur_later",
        ("Iris Mulder", "iris.mulder@waddenzee-data.example.nl"),
        "RE: Gesprek vrijdag 11 december",
        "2026-12-09T13:40",
        "Hoi Alex,\n\nWe beginnen vrijdag een half uur later, om 14.30 uur; ik heb de agenda al aangepast.\n\nGroet,\nIris\n\n"
        + _quote(
            "Op do 3 dec 2026 om 10:12 schreef Iris Mulder <iris.mulder@waddenzee-data.example.nl>:",
            "Hoi Alex,\n\nTop, dan zien we je vrijdag 11 december om 14.00 uur in Groningen.\n\nIris",
        ),
        "'een half uur later, om 14.30 uur' over 'vrijdag 11 december om 14.00 uur'.",
        slot="2026-12-11T14:30",
        day="Fri",
        kind="reschedule",
    )
    add(
        f,
        "pt-BR",
        "adiar_para_as_dezesseis",
        ("Juliana Lima", "juliana.lima@pampa-tech.example.com.br"),
        "RES: Entrevista quinta-feira",
        "2026-12-07T09:50",
        "Oi Alex,\n\nPrecisei adiar a nossa conversa de quinta para as 16h, mesmo dia. O link do Meet continua o mesmo.\n\nAbraço,\nJuliana\n\n"
        + _quote(
            "Em qui., 3 de dez. de 2026 às 14:05, Juliana Lima <juliana.lima@pampa-tech.example.com.br> escreveu:",
            "Oi Alex,\n\nCombinado então: quinta-feira, 10 de dezembro, às 14h, pelo Google Meet.\n\nJuliana",
        ),
        "'adiar … de quinta para as 16h, mesmo dia' over 'quinta-feira, 10 de dezembro, às 14h'.",
        slot="2026-12-10T16:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        f,
        "pl",
        "o_godzine_pozniej",
        ("Magdalena Wójcik", "m.wojcik@slask-motors.example.pl"),
        "Odp: Rozmowa 15 grudnia",
        "2026-12-10T12:15",
        "Dzień dobry,\n\nmusimy przesunąć rozmowę o godzinę później, czyli na 11:00 – ten sam dzień i to samo miejsce.\n\nPozdrawiam\nMagdalena Wójcik\n\n"
        + _quote(
            "W dniu 4.12.2026 o 09:30, Magdalena Wójcik <m.wojcik@slask-motors.example.pl> pisze:",
            "Dzień dobry,\n\nzapraszam na rozmowę we wtorek 15 grudnia 2026 o 10:00 w Katowicach.\n\nMagdalena Wójcik",
        ),
        "'przesunąć rozmowę o godzinę później, czyli na 11:00' over 'we wtorek 15 grudnia 2026 o 10:00'.",
        slot="2026-12-15T11:00",
        day="Tue",
        kind="reschedule",
    )
    add(
        f,
        "sv",
        "samma_tid_dagen_efter",
        ("Linnea Holm", "linnea.holm@norrsken-energi.example.se"),
        "SV: Intervju onsdag 9 december",
        "2026-12-07T14:30",
        "Hej Alex,\n\nTyvärr har vi fått förhinder på onsdag, så vi flyttar intervjun till samma tid dagen efter, alltså torsdag den 10 december kl. 13.00. Jag har bokat om rummet.\n\nHälsningar\nLinnea\n\n"
        + _quote(
            "Den tors 3 dec. 2026 kl. 10:20 skrev Linnea Holm <linnea.holm@norrsken-energi.example.se>:",
            "Hej Alex,\n\nVälkommen på intervju onsdag den 9 december kl. 13.00 i Umeå.\n\nLinnea",
        ),
        "'samma tid dagen efter, alltså torsdag den 10 december kl. 13.00' over the quoted invitation.",
        slot="2026-12-10T13:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        f,
        "da",
        "en_halv_time_tidligere",
        ("Camilla Rasmussen", "camilla.rasmussen@fyn-medico.example.dk"),
        "SV: Samtale mandag",
        "2026-12-10T08:20",
        "Hej Alex\n\nVi bliver nødt til at rykke samtalen en halv time frem, så vi starter kl. 9.30 i stedet for kl. 10. Samme sted.\n\nMvh\nCamilla\n\n"
        + _quote(
            "Den 7. dec. 2026 kl. 11.45 skrev Camilla Rasmussen <camilla.rasmussen@fyn-medico.example.dk>:",
            "Hej Alex\n\nDu er velkommen til samtale mandag den 14. december kl. 10 i Odense.\n\nCamilla",
        ),
        "'rykke samtalen en halv time frem … kl. 9.30 i stedet for kl. 10' over the quoted invitation.",
        slot="2026-12-14T09:30",
        day="Mon",
        kind="reschedule",
    )
    add(
        f,
        "hr",
        "sat_kasnije",
        ("Ivan Marić", "ivan.maric@zagorje-digital.example.hr"),
        "Re: Razgovor u srijedu",
        "2026-12-11T09:00",
        "Pozdrav Alex,\n\nmolim Vas da razgovor pomaknemo sat kasnije, dakle u 11 sati umjesto u 10. Sve ostalo ostaje isto.\n\nIvan\n\n"
        + _quote(
            "Dana 7. 12. 2026. u 13:10, Ivan Marić <ivan.maric@zagorje-digital.example.hr> napisao je:",
            "Poštovani,\n\npotvrđujem razgovor u srijedu, 16. prosinca 2026. u 10 sati u Varaždinu.\n\nIvan Marić",
        ),
        "'pomaknemo sat kasnije, dakle u 11 sati umjesto u 10' over 'u srijedu, 16. prosinca 2026. u 10 sati'.",
        slot="2026-12-16T11:00",
        day="Wed",
        kind="reschedule",
    )
    # written after the first sight, beside the German one, as the shape it read at the old
    # hour: a span alone moves the quoted slot, with no clock in the reply
    add(
        f,
        "en-US",
        "kick_off_thirty_minutes_later",
        ("Megan Foster", "megan.foster@bluestem-insurance.example.com"),
        "Re: Final round on Thursday",
        "2026-12-15T08:40",
        "Hi Alex,\n\nHeads-up: we'll kick off Thursday's final round 30 minutes later than planned, since Dana's flight lands late. Same Zoom link, same panel.\n\nMegan\n\n"
        + _quote(
            "On Wed, Dec 9, 2026 at 3:12 PM Megan Foster <megan.foster@bluestem-insurance.example.com> wrote:",
            "Hi Alex,\n\nYour final round is set for Thursday, December 17 at 1:00 PM CT with Dana and Luis.\n\nMegan",
        ),
        "'kick off Thursday's final round 30 minutes later' with no clock, over 'Thursday, December 17 at 1:00 PM CT'.",
        slot="2026-12-17T13:30",
        day="Thu",
        kind="reschedule",
    )
    add(
        f,
        "it",
        "iniziamo_mezzora_piu_tardi",
        ("Roberta Fontana", "roberta.fontana@brenta-meccanica.example.it"),
        "R: Colloquio mercoledì",
        "2026-12-07T12:05",
        "Ciao Alex,\n\npiccola modifica: mercoledì iniziamo mezz'ora più tardi, perché il responsabile di reparto ha un'altra riunione. Il resto rimane uguale.\n\nRoberta\n\n"
        + _quote(
            "Il giorno gio 3 dic 2026 alle ore 10:20 Roberta Fontana <roberta.fontana@brenta-meccanica.example.it> ha scritto:",
            "Ciao Alex,\n\nti aspettiamo mercoledì 9 dicembre alle 15:00 nella nostra sede di Padova.\n\nRoberta",
        ),
        "'mercoledì iniziamo mezz'ora più tardi' with no clock, over 'mercoledì 9 dicembre alle 15:00'.",
        slot="2026-12-09T15:30",
        day="Wed",
        kind="reschedule",
    )
    # written after the first fix, as the shape it still read at the quoted hour: a start
    # traded for the quoted hour with no move verb
    add(
        f,
        "de",
        "beginnt_jetzt_statt",
        ("Nadine Roth", "nadine.roth@neckar-medtech.example.de"),
        "AW: Ihr Vorstellungsgespräch",
        "2026-12-10T16:45",
        "Hallo Herr Morgan,\n\nkleine Änderung: Das Gespräch beginnt jetzt um 9:30 statt um 10:00 Uhr, weil Herr Pohl danach nach Stuttgart muss.\n\nViele Grüße\nNadine Roth\n\n"
        + _quote(
            "Am 04.12.2026 um 10:05 schrieb Nadine Roth <nadine.roth@neckar-medtech.example.de>:",
            "Sehr geehrter Herr Morgan,\n\nwir erwarten Sie am Dienstag, 15. Dezember 2026, um 10:00 Uhr in Heidelberg.\n\nViele Grüße\nNadine Roth",
        ),
        "'beginnt jetzt um 9:30 statt um 10:00 Uhr' with no move verb and no day, over the quoted slot.",
        slot="2026-12-15T09:30",
        day="Tue",
        kind="reschedule",
    )
    add(
        f,
        "es",
        "empezara_en_lugar_de",
        ("Beatriz Santos", "beatriz.santos@atlantico-seguros.example.es"),
        "RE: Entrevista",
        "2026-12-14T10:30",
        "Hola Alex:\n\nUn pequeño cambio: la entrevista empezará a las 12:30 en lugar de las 12:00, porque la directora llega de Vigo.\n\nUn saludo,\nBeatriz\n\n"
        + _quote(
            "El mar, 8 dic 2026 a las 9:40, Beatriz Santos <beatriz.santos@atlantico-seguros.example.es> escribió:",
            "Hola Alex:\n\nTe esperamos el jueves 17 de diciembre de 2026 a las 12:00 en nuestra oficina de A Coruña.\n\nBeatriz",
        ),
        "'empezará a las 12:30 en lugar de las 12:00' with no move verb and no day, over the quoted slot.",
        slot="2026-12-17T12:30",
        day="Thu",
        kind="reschedule",
    )
    # look-alike: a dental practice moves a check-up by a span over the quoted booking
    add(
        f,
        "de",
        "zahnarzt_halbe_stunde_spaeter",
        ("Praxis Dr. Vogel", "termine@zahnarzt-vogel.example.de"),
        "AW: Ihr Termin zur Kontrolle",
        "2026-12-14T08:10",
        "Guten Morgen Herr Morgan,\n\nwir müssen Ihre Kontrolluntersuchung am Donnerstag leider eine halbe Stunde später beginnen, da Dr. Vogel im OP ist.\n\nIhr Praxisteam\n\n"
        + _quote(
            "Am 01.12.2026 um 11:00 schrieb Praxis Dr. Vogel <termine@zahnarzt-vogel.example.de>:",
            "Guten Tag Herr Morgan,\n\nIhr Termin zur Kontrolle: Donnerstag, 17. Dezember, 9:00 Uhr.\n\nIhr Praxisteam",
        ),
        "Look-alike: a dentist's check-up moved half an hour later, no interview.",
    )
    add(
        f,
        "es",
        "la_segunda_opcion_confirmada",
        ("Alberto Ruiz", "alberto.ruiz@guadalquivir-tech.example.es"),
        "Re: Opciones para la entrevista",
        "2026-12-04T10:30",
        "Hola Alex,\n\nPerfecto, te reservo la segunda opción. ¡Nos vemos!\n\nAlberto\n\n"
        + _quote(
            "El jue, 3 dic 2026 a las 9:15, Alex Morgan <alex.morgan@mailbox.example> escribió:",
            "Hola Alberto,\n\nMe viene mejor la segunda opción.\n\nGracias,\nAlex\n\n> El mié, 2 dic 2026 a las 17:40, Alberto Ruiz escribió:\n> Te propongo:\n> 1) martes 8 de diciembre a las 10:00\n> 2) miércoles 9 de diciembre a las 16:30\n> 3) jueves 10 de diciembre a las 12:00",
        ),
        "Employer's bare confirmation over the reader's pick of the second of three quoted options.",
        slot="2026-12-09T16:30",
        day="Wed",
    )
    add(
        f,
        "en-GB",
        "thursday_works_booked",
        ("Tom Ashworth", "tom.ashworth@clydeside-shipping.example.co.uk"),
        "Re: Interview slots",
        "2026-12-03T15:45",
        "Great - Thursday it is. I've booked the room and sent Fiona the details.\n\nTom\n\n"
        + _quote(
            "On Thu, 3 Dec 2026 at 14:02, Alex Morgan <alex.morgan@mailbox.example> wrote:",
            "Hi Tom,\n\nThursday works best for me, thanks.\n\nAlex\n\n> On Wed, 2 Dec 2026 at 16:30, Tom Ashworth wrote:\n> Could you do either Tuesday 8 December at 11:00 or Thursday 10 December at 14:30?\n> The interview will be with Fiona and me in Glasgow.",
        ),
        "'Thursday it is' over the reader's pick of Thursday from two quoted slots.",
        slot="2026-12-10T14:30",
        day="Thu",
    )


# --- clockfirst51 (held out) -----------------------------------------------------------------
def clockfirst() -> None:
    f = "clockfirst51"
    add(
        f,
        "en-GB",
        "at_fourteen_thirty_on_tuesday",
        ("Georgia Hale", "georgia.hale@kestrel-analytics.example.co.uk"),
        "Second interview",
        "2026-12-02T12:10",
        "Hi Alex,\n\nThe panel would like to see you again at 14:30 on Tuesday 8 December, at our Cambridge office (Station Road 40). Allow 45 minutes.\n\nBest wishes,\nGeorgia Hale\nTalent Team",
        "'at 14:30 on Tuesday 8 December', '45 minutes'.",
        slot="2026-12-08T14:30",
        day="Tue",
        minutes=45,
    )
    add(
        f,
        "en-US",
        "nine_am_monday_the_fourteenth",
        ("Chris Nolan", "chris.nolan@midwest-freight.example.com"),
        "Onsite interview",
        "2026-12-04T15:00",
        "Hi Alex,\n\nWe'll see you 9:00 AM Monday the 14th of December at our Des Moines terminal (2500 E Euclid Ave). Please check in at the dispatch office.\n\nThanks,\nChris Nolan\nHR Generalist",
        "'9:00 AM Monday the 14th of December'.",
        slot="2026-12-14T09:00",
        day="Mon",
    )
    add(
        f,
        "de",
        "um_zehn_uhr_am_montag_den",
        ("Sabine Krüger", "sabine.krueger@hanse-maschinenbau.example.de"),
        "Einladung zum Kennenlernen",
        "2026-12-03T10:25",
        "Sehr geehrter Herr Morgan,\n\nwir würden Sie gern um 10 Uhr am Montag, den 14. Dezember, bei uns in Hamburg (Großer Burstah 20) begrüßen. Für das Gespräch sind 60 Minuten eingeplant.\n\nMit freundlichen Grüßen\nSabine Krüger",
        "'um 10 Uhr am Montag, den 14. Dezember', '60 Minuten'.",
        slot="2026-12-14T10:00",
        day="Mon",
        minutes=60,
    )
    add(
        f,
        "fr",
        "a_quinze_h_le_mercredi",
        ("Hélène Faure", "helene.faure@loire-biotech.example.fr"),
        "Invitation à un entretien",
        "2026-12-07T09:30",
        "Bonjour Alex,\n\nNous vous recevrons à 15h le mercredi 16 décembre, dans nos locaux d'Angers (3 boulevard Foch), pour un entretien d'une heure avec la directrice scientifique.\n\nBien cordialement,\nHélène Faure",
        "'à 15h le mercredi 16 décembre', 'd'une heure'.",
        slot="2026-12-16T15:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "es",
        "a_las_once_el_jueves",
        ("Marta Gil", "marta.gil@ebro-logistica.example.es"),
        "Entrevista en Zaragoza",
        "2026-12-09T11:00",
        "Hola Alex:\n\nQuedamos a las 11:00 el jueves 17 de diciembre en nuestras oficinas de Zaragoza (Paseo Independencia 24). Pregunta por mí en recepción.\n\nUn saludo,\nMarta Gil",
        "'a las 11:00 el jueves 17 de diciembre'.",
        slot="2026-12-17T11:00",
        day="Thu",
    )
    add(
        f,
        "it",
        "alle_nove_e_trenta_di_martedi",
        ("Paolo Russo", "paolo.russo@adriatica-pharma.example.it"),
        "Colloquio Adriatica Pharma",
        "2026-12-04T14:50",
        "Gentile Alex,\n\nla attendiamo alle 9:30 di martedì 15 dicembre presso la nostra sede di Ancona (Corso Garibaldi 100). Il colloquio durerà 45 minuti.\n\nCordiali saluti,\nPaolo Russo",
        "'alle 9:30 di martedì 15 dicembre', '45 minuti'.",
        slot="2026-12-15T09:30",
        day="Tue",
        minutes=45,
    )
    add(
        f,
        "nl",
        "om_dertien_uur_op_donderdag",
        ("Ruben de Boer", "ruben.deboer@veluwe-bouw.example.nl"),
        "Uitnodiging gesprek",
        "2026-12-03T16:15",
        "Beste Alex,\n\nWe verwachten je om 13.00 uur op donderdag 10 december in Apeldoorn (Deventerstraat 30). Het gesprek duurt een uur.\n\nMet vriendelijke groet,\nRuben de Boer",
        "'om 13.00 uur op donderdag 10 december', 'een uur'.",
        slot="2026-12-10T13:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "pl",
        "o_dwunastej_we_wtorek",
        ("Ewa Kowalczyk", "e.kowalczyk@odra-tech.example.pl"),
        "Zaproszenie na spotkanie",
        "2026-12-07T08:45",
        "Dzień dobry,\n\nzapraszamy o 12:00 we wtorek 15 grudnia do naszego biura we Wrocławiu (Rynek 10). Rozmowa potrwa 45 minut.\n\nPozdrawiamy\nEwa Kowalczyk",
        "'o 12:00 we wtorek 15 grudnia', '45 minut'.",
        slot="2026-12-15T12:00",
        day="Tue",
        minutes=45,
    )
    add(
        f,
        "hr",
        "u_deset_sati_u_ponedjeljak",
        ("Lana Perić", "lana.peric@zadar-tours.example.hr"),
        "Razgovor za posao",
        "2026-12-04T10:00",
        "Poštovani,\n\nvidimo se u 10 sati u ponedjeljak, 14. prosinca, u našem uredu u Zadru (Obala kneza Branimira 4).\n\nLijep pozdrav,\nLana Perić",
        "'u 10 sati u ponedjeljak, 14. prosinca'.",
        slot="2026-12-14T10:00",
        day="Mon",
    )
    add(
        f,
        "sv",
        "kl_tio_tisdagen_den",
        ("Maria Ek", "maria.ek@dalarna-tra.example.se"),
        "Intervju",
        "2026-12-07T13:20",
        "Hej Alex,\n\nVi ses kl. 10 tisdagen den 15 december på vårt kontor i Falun. Intervjun tar ungefär en timme.\n\nHälsningar\nMaria Ek",
        "'kl. 10 tisdagen den 15 december'.",
        slot="2026-12-15T10:00",
        day="Tue",
    )
    add(
        f,
        "tr",
        "saat_on_dortte_aralik_persembe",
        ("Zeynep Arslan", "zeynep.arslan@karadeniz-lojistik.example.com.tr"),
        "Mülakat daveti",
        "2026-12-08T11:10",
        "Merhaba Alex,\n\nSizi saat 14:00'te, 17 Aralık Perşembe günü Trabzon ofisimizde görmekten memnuniyet duyarız. Görüşme 45 dakika sürecek.\n\nSaygılarımla,\nZeynep Arslan",
        "'saat 14:00'te, 17 Aralık Perşembe günü', '45 dakika'.",
        slot="2026-12-17T14:00",
        day="Thu",
        minutes=45,
    )


# --- verbspan51 (held out) -------------------------------------------------------------------
def verbspan() -> None:
    f = "verbspan51"
    add(
        f,
        "en-GB",
        "gets_going_done_by",
        ("Imogen Shaw", "imogen.shaw@tamar-renewables.example.co.uk"),
        "Your interview on Wednesday",
        "2026-12-03T10:40",
        "Hi Alex,\n\nA quick note on Wednesday 9 December: the interview gets going at 2:30pm and should be done by 3:15. It's on Teams; the link is in a separate invite.\n\nThanks,\nImogen Shaw",
        "'gets going at 2:30pm and should be done by 3:15'.",
        slot="2026-12-09T14:30",
        day="Wed",
        minutes=45,
    )
    add(
        f,
        "en-US",
        "starts_promptly_ends_at",
        ("Brandon Lee", "brandon.lee@ozark-systems.example.com"),
        "Phone screen details",
        "2026-12-07T09:15",
        "Hi Alex,\n\nYour phone screen on Thursday, December 17 starts promptly at 11:00 AM and ends at 11:30 AM. Sam will call you from a 479 number.\n\nBest,\nBrandon Lee",
        "'starts promptly at 11:00 AM and ends at 11:30 AM'.",
        slot="2026-12-17T11:00",
        day="Thu",
        minutes=30,
    )
    add(
        f,
        "de",
        "faengt_an_ist_vorbei",
        ("Tobias Schulz", "tobias.schulz@lausitz-energie.example.de"),
        "Unser Gespräch am Freitag",
        "2026-12-07T14:00",
        "Hallo Alex,\n\ndas Gespräch am Freitag, 18. Dezember, fängt um 9:30 Uhr an und ist gegen 10:30 Uhr vorbei. Wir treffen uns in Cottbus (Am Turm 14).\n\nBis dann\nTobias Schulz",
        "'fängt um 9:30 Uhr an und ist gegen 10:30 Uhr vorbei'.",
        slot="2026-12-18T09:30",
        day="Fri",
        minutes=60,
    )
    add(
        f,
        "fr",
        "debutera_prendra_fin",
        ("Aurélie Blanc", "aurelie.blanc@rhone-mobilite.example.fr"),
        "Votre entretien",
        "2026-12-04T10:10",
        "Bonjour Alex,\n\nL'entretien du lundi 14 décembre débutera à 10h et prendra fin à 11h. Il se tiendra dans nos locaux de Grenoble (5 place Victor Hugo).\n\nCordialement,\nAurélie Blanc",
        "'débutera à 10h et prendra fin à 11h'.",
        slot="2026-12-14T10:00",
        day="Mon",
        minutes=60,
    )
    add(
        f,
        "es",
        "arranca_acaba",
        ("Diego Romero", "diego.romero@cantabrico-pesca.example.es"),
        "Entrevista del martes",
        "2026-12-09T09:40",
        "Hola Alex:\n\nLa entrevista del martes 15 de diciembre arranca a las 16:00 y acaba a las 17:00. Será en Santander, en el Paseo de Pereda 12.\n\nSaludos,\nDiego Romero",
        "'arranca a las 16:00 y acaba a las 17:00'.",
        slot="2026-12-15T16:00",
        day="Tue",
        minutes=60,
    )
    add(
        f,
        "it",
        "comincia_termina",
        ("Valentina Costa", "valentina.costa@dolomiti-sport.example.it"),
        "Colloquio di giovedì",
        "2026-12-07T15:30",
        "Ciao Alex,\n\nil colloquio di giovedì 10 dicembre comincia alle 10 e termina alle 11. Ti aspettiamo a Trento, in Via Belenzani 8.\n\nA presto,\nValentina Costa",
        "'comincia alle 10 e termina alle 11'.",
        slot="2026-12-10T10:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "nl",
        "start_is_afgelopen",
        ("Mark Smit", "mark.smit@brabant-chips.example.nl"),
        "Gesprek woensdag",
        "2026-12-09T08:30",
        "Hoi Alex,\n\nHet gesprek op woensdag 16 december start om 14.00 uur en is rond 15.00 uur afgelopen. Je bent welkom in Eindhoven (Strijp-S, gebouw Klokgebouw).\n\nGroet,\nMark Smit",
        "'start om 14.00 uur en is rond 15.00 uur afgelopen'.",
        slot="2026-12-16T14:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "hr",
        "pocinje_zavrsava",
        ("Dario Knežević", "dario.knezevic@sava-energija.example.hr"),
        "Razgovor u petak",
        "2026-12-07T11:50",
        "Poštovani,\n\nrazgovor u petak, 11. prosinca počinje u 10 sati i završava u 11. Održat će se u Zagrebu (Ilica 1).\n\nLijep pozdrav,\nDario Knežević",
        "'počinje u 10 sati i završava u 11'.",
        slot="2026-12-11T10:00",
        day="Fri",
        minutes=60,
    )
    add(
        f,
        "pl",
        "zaczyna_konczy",
        ("Anna Szymańska", "a.szymanska@pomorze-log.example.pl"),
        "Rozmowa w czwartek",
        "2026-12-10T09:10",
        "Dzień dobry,\n\nrozmowa w czwartek 17 grudnia zaczyna się o 10:00 i kończy o 11:00. Odbędzie się w Gdyni (ul. Świętojańska 50).\n\nPozdrawiam\nAnna Szymańska",
        "'zaczyna się o 10:00 i kończy o 11:00'.",
        slot="2026-12-17T10:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "tr",
        "baslayip_bitecek",
        ("Can Öztürk", "can.ozturk@kapadokya-turizm.example.com.tr"),
        "Mülakat bilgileri",
        "2026-12-04T13:00",
        "Merhaba Alex,\n\n9 Aralık Çarşamba günkü mülakat saat 10:00'da başlayıp 11:00'de bitecek. Adres: Nevşehir merkez ofisimiz.\n\nİyi günler,\nCan Öztürk",
        "'saat 10:00'da başlayıp 11:00'de bitecek'.",
        slot="2026-12-09T10:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "ro",
        "incepe_se_termina",
        ("Mihai Ionescu", "mihai.ionescu@delta-agro.example.ro"),
        "Interviul de vineri",
        "2026-12-10T10:30",
        "Bună ziua, Alex,\n\nInterviul de vineri, 18 decembrie, începe la ora 10:00 și se termină la 11:00. Vă așteptăm la Constanța, Bd. Tomis 20.\n\nCu stimă,\nMihai Ionescu",
        "'începe la ora 10:00 și se termină la 11:00'.",
        slot="2026-12-18T10:00",
        day="Fri",
        minutes=60,
    )


# --- wordclock51 (held out) ------------------------------------------------------------------
def wordclock() -> None:
    f = "wordclock51"
    add(
        f,
        "en-GB",
        "half_past_ten",
        ("Lucy Barnes", "lucy.barnes@severn-foods.example.co.uk"),
        "Interview on Thursday",
        "2026-12-04T09:20",
        "Hi Alex,\n\nCould you come in at half past ten on Thursday 10 December? We're at Unit 4, Severn Park, Gloucester. It'll be about an hour.\n\nLucy",
        "'at half past ten on Thursday 10 December'.",
        slot="2026-12-10T10:30",
        day="Thu",
    )
    add(
        f,
        "en-US",
        "quarter_past_two",
        ("Nicole Price", "nicole.price@sonoran-solar.example.com"),
        "Interview Tuesday",
        "2026-12-07T12:00",
        "Hi Alex,\n\nYou're booked for a quarter past two in the afternoon on Tuesday, December 15, at our Chicago showroom. Ask for Nicole at the front.\n\nThanks!",
        "'a quarter past two in the afternoon on Tuesday, December 15'.",
        slot="2026-12-15T14:15",
        day="Tue",
    )
    add(
        f,
        "de",
        "halb_elf",
        ("Jonas Wolf", "jonas.wolf@saale-druck.example.de"),
        "Vorstellungsgespräch",
        "2026-12-03T16:00",
        "Hallo Alex,\n\npasst es Ihnen am Mittwoch, 9. Dezember, um halb elf? Dann treffen wir uns bei uns in Halle (Große Ulrichstraße 5).\n\nGruß\nJonas Wolf",
        "'am Mittwoch, 9. Dezember, um halb elf'.",
        slot="2026-12-09T10:30",
        day="Wed",
    )
    add(
        f,
        "de-AT",
        "viertel_nach_drei",
        ("Elisabeth Huber", "e.huber@salzach-holz.example.at"),
        "Ihr Termin bei Salzach Holz",
        "2026-12-07T10:45",
        "Sehr geehrter Herr Morgan,\n\nwir erwarten Sie am Donnerstag, 17. Dezember, um Viertel nach 3 am Nachmittag in Salzburg (Linzer Gasse 14).\n\nFreundliche Grüße\nElisabeth Huber",
        "'um Viertel nach 3 am Nachmittag'.",
        slot="2026-12-17T15:15",
        day="Thu",
    )
    add(
        f,
        "fr",
        "dix_heures_et_quart",
        ("Manon Leroy", "manon.leroy@picardie-verre.example.fr"),
        "Entretien",
        "2026-12-04T11:40",
        "Bonjour Alex,\n\nJe vous propose de venir le vendredi 11 décembre à dix heures et quart à Amiens (14 rue des Trois Cailloux). L'entretien durera trois quarts d'heure.\n\nBien à vous,\nManon Leroy",
        "'à dix heures et quart', 'trois quarts d'heure'.",
        slot="2026-12-11T10:15",
        day="Fri",
        minutes=45,
    )
    add(
        f,
        "es",
        "diez_y_media",
        ("Sergio Vidal", "sergio.vidal@levante-ceramica.example.es"),
        "Entrevista",
        "2026-12-07T17:30",
        "Hola Alex:\n\nTe esperamos el lunes 14 de diciembre a las diez y media de la mañana en Castellón (Calle Mayor 30).\n\nUn saludo,\nSergio Vidal",
        "'a las diez y media de la mañana'.",
        slot="2026-12-14T10:30",
        day="Mon",
    )
    add(
        f,
        "it",
        "dieci_e_mezza",
        ("Luca Moretti", "luca.moretti@umbria-tessile.example.it"),
        "Colloquio",
        "2026-12-09T12:30",
        "Buongiorno Alex,\n\nci vediamo mercoledì 16 dicembre alle dieci e mezza a Perugia (Corso Vannucci 15).\n\nCordiali saluti,\nLuca Moretti",
        "'alle dieci e mezza'.",
        slot="2026-12-16T10:30",
        day="Wed",
    )
    add(
        f,
        "nl",
        "kwart_over_tien",
        ("Eva Hendriks", "eva.hendriks@limburg-mergel.example.nl"),
        "Gesprek dinsdag",
        "2026-12-08T09:00",
        "Hoi Alex,\n\nWe zien je dinsdag 15 december om kwart over tien in Maastricht (Vrijthof 20). Het gesprek duurt een half uur.\n\nGroet,\nEva Hendriks",
        "'om kwart over tien', 'een half uur'.",
        slot="2026-12-15T10:15",
        day="Tue",
        minutes=30,
    )
    add(
        f,
        "sv",
        "halv_tre",
        ("Karin Lund", "karin.lund@gotland-vind.example.se"),
        "Intervju",
        "2026-12-04T08:50",
        "Hej Alex,\n\nVälkommen på intervju torsdag den 10 december klockan halv tre i Visby (Hamngatan 3).\n\nHälsningar\nKarin Lund",
        "'klockan halv tre' (14:30).",
        slot="2026-12-10T14:30",
        day="Thu",
    )
    add(
        f,
        "da",
        "kvart_over_ti",
        ("Rasmus Poulsen", "rasmus.poulsen@jylland-transport.example.dk"),
        "Samtale",
        "2026-12-09T14:00",
        "Hej Alex\n\nVi ses fredag den 18. december kl. kvart over ti i Vejle (Dæmningen 10).\n\nMvh\nRasmus Poulsen",
        "'kl. kvart over ti'.",
        slot="2026-12-18T10:15",
        day="Fri",
    )
    add(
        f,
        "hr",
        "u_deset_i_trideset",
        ("Maja Vuković", "maja.vukovic@hvar-resorts.example.hr"),
        "Razgovor za posao",
        "2026-12-03T10:00",
        "Poštovani,\n\nrazgovor je u utorak, 8. prosinca u deset i trideset, u našem uredu u Splitu (Riva 12).\n\nSrdačno,\nMaja Vuković",
        "'u deset i trideset'.",
        slot="2026-12-08T10:30",
        day="Tue",
    )
    add(
        f,
        "pl",
        "wpol_do_jedenastej",
        ("Michał Dąbrowski", "m.dabrowski@tatry-resort.example.pl"),
        "Rozmowa",
        "2026-12-07T11:30",
        "Dzień dobry,\n\nzapraszam w poniedziałek 14 grudnia o wpół do jedenastej do naszego biura w Zakopanem (ul. Krupówki 40).\n\nPozdrawiam\nMichał Dąbrowski",
        "'o wpół do jedenastej'.",
        slot="2026-12-14T10:30",
        day="Mon",
    )
    add(
        f,
        "cs",
        "ctvrt_na_jedenact",
        ("Kateřina Marešová", "maresova@sumava-wood.example.cz"),
        "Pohovor",
        "2026-12-10T09:00",
        "Dobrý den,\n\npohovor proběhne ve čtvrtek 17. prosince ve čtvrt na jedenáct v Českých Budějovicích (náměstí Přemysla Otakara II. 1).\n\nS pozdravem\nKateřina Marešová",
        "'ve čtvrt na jedenáct' (10:15).",
        slot="2026-12-17T10:15",
        day="Thu",
    )


BUILDERS = (clockfirst, daycase, lenword, notify, prepspan, relmove, subjclock, verbspan, wordclock)

FIRST_SIGHT_FIGURES = (
    "First sight (main cc1aaabc with this batch, before any parser change; quick.py): dev "
    "text right 71/76 (63 sure; misses: 'sat i pol' and 'eno uro' lost the end, a Danish move "
    "'rykke samtalen en halv time frem, så vi starter kl. 9.30 i stedet for kl. 10' read on the "
    "day of writing, 'wir beginnen am Donnerstag eine halbe Stunde früher' read at the quoted "
    "hour, a Croatian 'pomaknemo sat kasnije, dakle u 11 sati' read as a past time under its "
    "unread 'napisao je:' quote header; and 'Mvh / Anders Holm' offered 'another time' through "
    "the Dutch 'anders'); held out text right 31/35 (30 sure; not looked at). Two relmove51 "
    "mails (en-US 'kick off … 30 minutes later', it 'iniziamo mezz'ora più tardi', no clock in "
    "the reply) were written after the first sight beside the German one, as the shape it "
    "still read at the old hour; main read both at the old hour too."
)
AFTER_FIGURES = (
    "After the parser change (see tests/parsing/test_spans51_moves_and_lengths.py): dev text "
    "right 80/80 with two mails written after it (68 sure: moves taken from the quoted slot "
    "keep their 'check it' note and "
    "stay below 0.5, as before); held out text right 31/35 (30 sure; not looked at). Whole "
    "corpus against m0: 0 WORSE; dev text outside this batch unchanged in ok, 3 SURE+ "
    "(framfrem46, implied44, wrapmove42: Swedish mails signed by an Anders no longer 'offer "
    "more than one time'), 6 CHANGED with the same start (movetop13 da now a reschedule; ends "
    "of 'eno uro' in two Slovene mails; 'en timme senare' and 'una hora más tarde' no longer "
    "read as lengths), held out 2 SURE+ and 1 CHANGED (counts only). Four look-alikes were "
    "written after the fix (a book club and a residents' meeting in the notification layout, "
    "a dentist moving a check-up by half an hour, an open day 'van 10.00 tot 14.00 uur'): "
    "claimed 0/4 by main and by the change alike."
)
RULES: tuple[str, ...] = (
    "- South Slavic lengths in words: Croatian, Bosnian and Serbian 'sat i pol' / 'sat i po' "
    "(an hour and a half), Slovene 'uro in pol' and 'eno uro': lenword51 hr and daycase51 sl "
    "(two senders), beside 'pola sata' and 'jedan sat' already read.",
    "- The given name 'Anders' before a surname or alone on its line is not the Dutch 'anders' "
    "(otherwise) that offers another time: lenword51 da, three Swedish senders already in dev "
    "(framfrem46, implied44, wrapmove42, now sure) and probes in sv and nb; a Dutch "
    "'Anders vrijdag om 14.00 uur' still does.",
    "- Move verbs: Danish 'rykke' ('rykke samtalen en halv time frem'; relmove51 da and the "
    "existing movetop13 da, now read as a reschedule) and Croatian 'pomaknemo' / 'pomičemo'; "
    "'kasnije' / 'ranije' as later / earlier; Gmail's Croatian, Bosnian and Serbian quote "
    "header '… napisao je:' (relmove51 hr, probes).",
    "- A reply that writes no time of its own and moves the one quoted slot still to come by "
    "a span, in a sentence that starts or moves the meeting and names no other day: the slot "
    "plus the span ('kick off Thursday's final round 30 minutes later', 'wir beginnen am "
    "Donnerstag eine halbe Stunde früher', 'mercoledì iniziamo mezz'ora più tardi'): "
    "relmove51 de, en-US, it; questions and 'please arrive 15 minutes earlier' move nothing.",
    "- A start traded for the quoted hour with no move verb and no day ('das Gespräch beginnt "
    "jetzt um 9:30 statt um 10:00 Uhr', 'la entrevista empezará a las 12:30 en lugar de las "
    "12:00') is a move of the quoted slot on its own day: relmove51 de and es (written after "
    "the first fix, as the shape still read wrong: main read the German as no invitation and "
    "the Spanish on the day of writing) and a French probe ('commencera à 9h30 au lieu de "
    "10h').",
    "- A span followed by 'später', 'plus tard', 'più tardi', 'senare', 'kasnije' … is how far "
    "a slot moves, not how long it lasts (the English 'later' was read so already).",
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the spans51 batch (`build_spans51.py`)",
        "",
        "Plain-text interview invitations and moves (no calendar part), written by people and "
        "by calendar tools, in the shapes the held-out families spanverb36, clockfirst41, "
        "ncinvtr and slotpush41 still read wrong (only their README and PROVENANCE "
        "descriptions were read), with other senders and languages: spans given by verbs and "
        "by prepositions, the clock before the date, the date only in the subject line, moves "
        "relative to a quoted original, lengths and clocks in words, Slavic weekdays in the "
        "case a preposition asks for, and the notification text of a Nextcloud-like calendar "
        "in ten languages (the full date from CLDR via babel). All text is ours, written by "
        "hand with no template. People, companies and addresses are made up. Every label was "
        "written from the datetimes the text is rendered from (zoneinfo), before the parser "
        "was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('spans51 coin').sample(sorted(FAMILIES), 3)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: the README's. A time with no zone in the text is the wall time at "
        "the Date header's offset (`tz_stated: false`); an IANA name in a notification is "
        "the zone (`timezone` labelled). The end is labelled only where the mail gives an end "
        "clock or an exact length ('anderthalb Stunden', '45 minut'); 'about an hour', 'oko "
        "sat vremena' and 'zhruba hodinu' give none. A move by the employer relative to the "
        "quoted slot ('an hour later', 'same time the next day') is `reschedule` at the new "
        "slot, with no end unless the mail restates one; an employer's bare confirmation over "
        "the reader's pick is an `invitation` at the picked slot.",
        "",
        FIRST_SIGHT_FIGURES,
        "",
    ]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    if RULES:
        lines += ["## Rules and their sources", "", *RULES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_spans51.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-spans51.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
