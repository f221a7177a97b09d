"""Write the "prose14" batch: scheduling mail typed quickly at small firms (Europe, Latin America).

Run: .venv/bin/python tests/parsing/corpus/build_prose14.py

About sixty messages in nine families, typed the way people at start-ups, agencies and small
companies write in French (FR/BE/CH/CA), Spanish (ES/MX/AR/CL/CO), Italian, Portuguese (PT/BR),
German (DE/AT/CH), Dutch (NL/BE), Swedish, Danish and Norwegian: missing accents and years,
hours in words ('à deux heures et demie', 'a las tres y cuarto', 'kwart over twee', 'halv
tre'), regional clocks ('14 hs', '14h30', '14.30 Uhr', 'kl 14', '14u'), ranges and loose
lengths, date and hour on separate lines, one-sentence moves and cancellations,
confirmations of the candidate's pick, and look-alike negatives in the same voices. Every
label comes from the datetimes the text is rendered from (weekdays typed in the text are
checked by `at`) and was written before the parser was run on the message. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only its
own families' files.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime
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
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
slot, thread = p8.slot, p8.thread
ME = p8.ME
HAND = (
    "hand-written; people at small firms, agencies and start-ups typing quickly in webmail "
    "and reply threads (attribution lines written from memory); " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "startupfr": "dev",
    "pymeshisp": "dev",
    "kmudach": "dev",
    "mkbnlbe": "dev",
    "nordsmb": "dev",
    "cancelmove14": "dev",
    "italpmi": "heldout",
    "lusostart": "heldout",
    "sigblock14": "heldout",
    "wordsneg14": "dev",
}
SOURCES = {
    "startupfr": "French, Belgian, Swiss and Québec start-up founders and agency people: "
    "'dispo mercredi 9 a 14h ?', 'à deux heures et demie', 'entre 10h et 11h', '14 h 30 "
    "(heure de Montréal)', no accents, no year; availability polls, after-interview notes "
    "with an afterwork.",
    "pymeshisp": "Spanish, Mexican, Argentine, Chilean and Colombian small-firm recruiters: "
    "'el miercoles 16 a las tres y cuarto', '14 hs', 'de 10 a 11 am, hora del centro', "
    "'pena contigo pero toca cancelar'; case deadlines, open houses.",
    "kmudach": "German, Austrian and Swiss SMEs: 'Do. den 10.12. um halb drei', a 'Termin:' "
    "block with '14.30 Uhr – 15.15 Uhr', 'dreiviertel elf', a move in one sentence; "
    "after-interview notes, availability asks.",
    "mkbnlbe": "Dutch and Flemish small firms: 'om kwart over twee', 'om 14u', 'van 10 tot "
    "half 12', confirming the candidate's pick; availability asks, a nieuwjaarsdrink.",
    "nordsmb": "Swedish, Danish and Norwegian small firms: 'torsdag 21/1 halv tre', 'kl. "
    "14.30-15.15', 'kl 14', moves and cancellations; case deadlines, after-interview notes.",
    "cancelmove14": "Moves and cancellations typed as one sentence (fr, es, it, pt-BR, de-CH): "
    "'on décale ... même heure', 'se cae la entrevista de mañana a las 10', 'spostiamo ... "
    "a giovedì'; a move only asked and a cancelled open house as negatives.",
    "italpmi": "Italian small firms.",
    "lusostart": "Portuguese and Brazilian start-ups.",
    "wordsneg14": "Added after the first measurement: hours spelled out ('à quatorze heures "
    "trente', 'om half drie 's middags', 'às duas da tarde', 'alle 14 e 30'), Swedish "
    "ordinals ('tisdag den 9:e'); past calls, application deadlines, pick-a-slot links, a "
    "Friday bar.",
    "sigblock14": "Date and hour on separate lines or in a signature-like block, several "
    "languages.",
}


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    label: dict[str, object],
    text: str,
    reply: bool = False,
    html: bool = False,
) -> Case:
    raw = mail(
        f"prose14/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=as_html(text) if html else None,
        reply_to_key=f"prose14/{family}/{name}/parent" if reply else "",
    )
    label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def as_html(text: str) -> str:
    """The HTML alternative a webmail composer writes: one div per line, br for blanks."""
    rows = []
    for line in text.split("\n"):
        rows.append(f"<div>{htmllib.escape(line)}</div>" if line else "<div><br></div>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body><div dir="ltr">' + "".join(rows) + "</div></body></html>"
    )


def nl_said(who: tuple[str, str], when: datetime) -> str:
    return f"Op {when:%d-%m-%Y} om {when:%H:%M} schreef {who[0]} <{who[1]}>:"


# --------------------------------------------------------------------------------------
def startupfr() -> Iterator[Case]:
    f = "startupfr"
    s = ("Léa Fontaine", "lea@papyrus-labs.example.fr")
    sent = at(2026, 12, 7, 10, 12, "Europe/Paris", "Mon")
    st = at(2026, 12, 9, 14, 0, "Europe/Paris", "Wed")
    yield case(
        f,
        "dispo_mercredi_9_a_14h",
        "fr-FR",
        s,
        "call avec Thomas",
        sent,
        "'dispo mercredi 9 a 14h pour un call' typed without accents or year; '30 min max' is "
        "an upper bound, so no end; no zone.",
        slot(st, sent=sent),
        "Salut Alex,\n\ndispo mercredi 9 a 14h pour un call avec Thomas (notre CTO) ? ca dure "
        "30 min max, je t'envoie le lien Meet dans la foulee si ok pour toi.\n\nbonne journee\n"
        "Léa\n\n--\nLéa Fontaine · cofondatrice · Papyrus Labs\n06 12 34 56 78",
    )
    s = ("Maxime Dupont", "maxime@agence-wafel.example.be")
    sent = at(2026, 12, 11, 16, 40, "Europe/Brussels", "Fri")
    st = at(2026, 12, 17, 14, 30, "Europe/Brussels", "Thu")
    yield case(
        f,
        "deux_heures_et_demie",
        "fr-BE",
        s,
        "Rencontre à l'agence",
        sent,
        "'jeudi 17 décembre à deux heures et demie de l'après-midi'; no zone.",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nComme convenu au téléphone, on se voit jeudi 17 décembre à deux "
        "heures et demie de l'après-midi à l'agence (chaussée de Wavre 214, Ixelles, sonnette "
        "'Wafel', 2e étage). Tu verras Sarah et moi.\n\nÀ jeudi !\nMaxime\n0475 12 34 56",
    )
    s = ("Nadia Rochat", "nadia.rochat@alpaga-studio.example.ch")
    sent = at(2026, 12, 18, 11, 5, "Europe/Zurich", "Fri")
    st = at(2027, 1, 12, 10, 0, "Europe/Zurich", "Tue")
    yield case(
        f,
        "entre_10h_et_11h",
        "fr-CH",
        s,
        "Entretien - Alpaga Studio",
        sent,
        "Written in December, no year: 'le mardi 12 janvier entre 10h et 11h' is January 2027 "
        "and the blocked range gives the end; no zone.",
        slot(st, at(2027, 1, 12, 11, 0, "Europe/Zurich"), sent=sent),
        "Bonjour Alex,\n\nBonne nouvelle, l'équipe aimerait te rencontrer après les fêtes. On a "
        "bloqué le créneau entre 10h et 11h le mardi 12 janvier, dans nos locaux à Lausanne "
        "(avenue de France 5). On fermera du 23 décembre au 4 janvier, donc si ça ne va pas, "
        "dis-le moi avant mercredi.\n\nBelles fêtes,\nNadia",
    )
    s = ("Jean-François Tremblay", "jf@boreal-numerique.example.ca")
    sent = at(2027, 1, 8, 9, 30, "America/Toronto", "Fri")
    st = at(2027, 1, 14, 14, 30, "America/Toronto", "Thu")
    yield case(
        f,
        "jeudi_le_14_heure_montreal",
        "fr-CA",
        s,
        "Entrevue Boréal Numérique",
        sent,
        "Québec usage 'jeudi le 14 janvier à 14 h 30 (heure de Montréal)'; the zone is stated; "
        "'environ 45 minutes' gives no end.",
        slot(st, zone="America/Toronto"),
        "Bonjour Alex,\n\nMerci pour ton intérêt! On aimerait te rencontrer en visio jeudi le "
        "14 janvier à 14 h 30 (heure de Montréal), pour environ 45 minutes. Le lien Teams "
        "suit.\n\nBonne fin de semaine,\nJean-François Tremblay\nBoréal Numérique\n"
        "514 555-0142",
    )
    s = ("Léa Fontaine", "lea@papyrus-labs.example.fr")
    sent = at(2027, 1, 4, 18, 2, "Europe/Paris", "Mon")
    yield case(
        f,
        "dispo_quand_semaine_11",
        "fr-FR",
        s,
        "prochaine etape",
        sent,
        "Negative: asks when the reader is free in the week of 11 January and lists ranges "
        "('mardi ou jeudi entre 10 et 12'); nothing is set.",
        NEG,
        "hello Alex,\n\nt'es dispo quand la semaine du 11 janvier pour rencontrer le reste de "
        "l'equipe ? plutot matin ou aprem ? de notre cote ca peut etre mardi ou jeudi entre 10 "
        "et 12.\n\nbises\nLéa",
    )
    s = ("Maxime Dupont", "maxime@agence-wafel.example.be")
    sent = at(2027, 1, 14, 12, 20, "Europe/Brussels", "Thu")
    yield case(
        f,
        "apres_entretien_afterwork",
        "fr-BE",
        s,
        "Merci pour ce matin",
        sent,
        "Negative: after the interview; an answer 'd'ici vendredi 18h' and an afterwork open "
        "to everyone 'le jeudi 21 janvier à 18h30'.",
        NEG,
        "Hello Alex,\n\nMerci pour l'échange de ce matin, super chouette. Comme dit, on revient "
        "vers toi d'ici vendredi 18h avec une réponse.\n\nEt si tu veux passer, le jeudi 21 "
        "janvier à 18h30 il y a l'afterwork des agences du quartier à la Gare Maritime, c'est "
        "ouvert à tous.\n\nMaxime",
    )


# --------------------------------------------------------------------------------------
def pymeshisp() -> Iterator[Case]:
    f = "pymeshisp"
    s = ("Nuria Beltrán", "nuria@cactus-estudio.example.es")
    sent = at(2026, 12, 11, 13, 45, "Europe/Madrid", "Fri")
    st = at(2026, 12, 16, 15, 15, "Europe/Madrid", "Wed")
    yield case(
        f,
        "miercoles_tres_y_cuarto",
        "es-ES",
        s,
        "entrevista!",
        sent,
        "'el miercoles 16 a las tres y cuarto' without accent; 'una horita como mucho' gives "
        "no end; no zone.",
        slot(st, sent=sent),
        "Hola Alex!\n\nte va bien el miercoles 16 a las tres y cuarto? seria en la oficina de "
        "Malasaña con Iker y conmigo, una horita como mucho.\n\nun abrazo\nNuria",
    )
    s = ("Martín Ferraro", "martin@yerba-dev.example.com.ar")
    sent = at(2027, 1, 8, 11, 10, "America/Argentina/Buenos_Aires", "Fri")
    st = at(2027, 1, 14, 14, 0, "America/Argentina/Buenos_Aires", "Thu")
    yield case(
        f,
        "jueves_14_1_14hs",
        "es-AR",
        s,
        "Entrevista Yerba Dev",
        sent,
        "'el jueves 14/1 a las 14 hs' with 'Duración: 45 minutos' (the end); no zone.",
        slot(st, at(2027, 1, 14, 14, 45, "America/Argentina/Buenos_Aires"), sent=sent),
        "Hola Alex, ¿cómo andás?\n\nTe confirmo la entrevista técnica para el jueves 14/1 a las "
        "14 hs por Meet, con Lucas y Caro del equipo de backend.\nDuración: 45 minutos.\n\n"
        "Cualquier cosa avisame.\nSaludos!\nMartín",
    )
    s = ("Ximena Olvera", "ximena.olvera@nopal-agencia.example.mx")
    sent = at(2027, 1, 13, 17, 30, "America/Mexico_City", "Wed")
    st = at(2027, 1, 19, 10, 0, "America/Mexico_City", "Tue")
    yield case(
        f,
        "de_10_a_11_hora_del_centro",
        "es-MX",
        s,
        "Entrevista - Nopal Agencia",
        sent,
        "'el martes 19 de enero de 10 a 11 am, hora del centro' gives start, end and the zone "
        "(central Mexico); HTML alternative.",
        slot(st, at(2027, 1, 19, 11, 0, "America/Mexico_City"), zone="America/Mexico_City"),
        "Hola Alex, buenas tardes:\n\nTe comparto que la entrevista con nuestra directora "
        "creativa queda el martes 19 de enero de 10 a 11 am, hora del centro. Será en "
        "nuestras oficinas de la Roma Norte (Colima 220, piso 3).\n\nQuedo atenta,\nXimena "
        "Olvera\nTalento | Nopal Agencia\nTel. 55 1234 5678",
        html=True,
    )
    s = ("Catalina Muñoz", "catalina@quillay-tech.example.cl")
    sent = at(2027, 1, 20, 16, 5, "America/Santiago", "Wed")
    st = at(2027, 1, 25, 9, 30, "America/Santiago", "Mon")
    yield case(
        f,
        "lunes_25_9_30",
        "es-CL",
        s,
        "Reunión lunes",
        sent,
        "'Nos juntamos el lunes 25 a las 9:30' (January, no month or year); summer time in "
        "Chile; no zone.",
        slot(st, sent=sent),
        "Hola Alex,\n\nbacán que te interese el cargo. Nos juntamos el lunes 25 a las 9:30 en "
        "la oficina de Providencia (Av. Nueva Providencia 1881, of. 504) con Felipe, el "
        "gerente de operaciones.\n\nSaludos,\nCata",
    )
    s = ("Andrés Restrepo", "andres.restrepo@guadua-software.example.co")
    sent = at(2027, 1, 27, 8, 50, "America/Bogota", "Wed")
    st = at(2027, 1, 29, 15, 0, "America/Bogota", "Fri")
    yield case(
        f,
        "pena_contigo_cancelar",
        "es-CO",
        s,
        "Entrevista del viernes",
        sent,
        "Cancellation in one sentence: 'toca cancelar la entrevista del viernes 29 a las 3 de "
        "la tarde'; a new date will follow; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Alex, qué pena contigo pero toca cancelar la entrevista del viernes 29 a las 3 de la "
        "tarde, al gerente le salió un viaje a Medellín. Te escribo la otra semana para "
        "reagendar.\n\nMil gracias por la comprensión,\nAndrés",
    )
    s = ("Martín Ferraro", "martin@yerba-dev.example.com.ar")
    sent = at(2027, 1, 26, 10, 0, "America/Argentina/Buenos_Aires", "Tue")
    yield case(
        f,
        "caso_antes_del_lunes",
        "es-AR",
        s,
        "Caso técnico",
        sent,
        "Negative: a take-home case due 'antes del lunes 1/2 a las 12 hs'.",
        NEG,
        "Hola Alex!\n\nTe paso el caso técnico que charlamos. Mandámelo resuelto antes del "
        "lunes 1/2 a las 12 hs (un repo en GitHub alcanza).\n\nÉxitos!\nMartín",
    )
    s = ("Ximena Olvera", "ximena.olvera@nopal-agencia.example.mx")
    sent = at(2027, 1, 28, 12, 0, "America/Mexico_City", "Thu")
    yield case(
        f,
        "open_house_todos",
        "es-MX",
        s,
        "Open house jueves 4",
        sent,
        "Negative: an open house for all shortlisted candidates 'el jueves 4 de febrero a las "
        "7 pm'.",
        NEG,
        "Hola a todas y todos:\n\nEl jueves 4 de febrero a las 7 pm hacemos un open house en "
        "la agencia para quienes están en proceso. Habrá tacos y una charla del equipo. No es "
        "parte de la evaluación, es sólo para conocernos.\n\nRSVP a este correo.\nXimena",
    )


# --------------------------------------------------------------------------------------
def kmudach() -> Iterator[Case]:
    f = "kmudach"
    s = ("Jana Köhler", "jana@fliederwerk.example.de")
    sent = at(2026, 12, 7, 9, 20, "Europe/Berlin", "Mon")
    st = at(2026, 12, 10, 14, 30, "Europe/Berlin", "Thu")
    yield case(
        f,
        "do_10_12_halb_drei",
        "de-DE",
        s,
        "kurzer Call?",
        sent,
        "'passt dir Do. den 10.12. um halb drei?'; 'ca. 45 Min.' is loose, no end; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\npasst dir Do. den 10.12. um halb drei? Dann quatschen wir mit Jonas kurz "
        "per Teams, ca. 45 Min.\n\nLG Jana\n\n--\nFliederwerk GmbH · Tel. 030 1234567 · "
        "Mo-Do 9-17 Uhr",
    )
    s = ("Stefan Gruber", "s.gruber@donauklang.example.at")
    sent = at(2026, 12, 21, 10, 0, "Europe/Vienna", "Mon")
    st = at(2027, 1, 13, 14, 30, "Europe/Vienna", "Wed")
    yield case(
        f,
        "termin_block_14_30",
        "de-AT",
        s,
        "Ihr Termin bei Donauklang",
        sent,
        "A 'Termin:' block with 'Mi, 13.1.' and '14.30 Uhr – 15.15 Uhr' on separate lines, "
        "sent in December (January 2027); no zone.",
        slot(st, at(2027, 1, 13, 15, 15, "Europe/Vienna"), sent=sent),
        "Grüß Gott Herr Morgan,\n\nwie telefonisch besprochen:\n\nTermin:\nMi, 13.1.\n"
        "14.30 Uhr – 15.15 Uhr\nOrt: Mariahilfer Str. 88, 3. Stock, 1070 Wien\n\nWir sind "
        "vom 24.12. bis 6.1. auf Urlaub, danach gerne wieder erreichbar.\n\nLiebe Grüße\n"
        "Stefan Gruber\nDonauklang OG",
    )
    s = ("Regula Meier", "regula.meier@seeblick-it.example.ch")
    sent = at(2027, 1, 8, 14, 15, "Europe/Zurich", "Fri")
    st = at(2027, 1, 18, 10, 0, "Europe/Zurich", "Mon")
    yield case(
        f,
        "montag_18_januar_10_00",
        "de-CH",
        s,
        "Vorstellungsgespräch",
        sent,
        "Swiss spelling ('begrüssen') and '10.00 Uhr'; 'rund eine Stunde' gives no end; no zone.",
        slot(st, sent=sent),
        "Guten Tag Herr Morgan\n\nGerne laden wir Sie zu einem Vorstellungsgespräch ein. Wir "
        "freuen uns, Sie am Montag, 18. Januar um 10.00 Uhr bei uns in Winterthur zu "
        "begrüssen (Technoparkstrasse 2, Empfang 1. OG). Rechnen Sie mit rund einer Stunde.\n\n"
        "Freundliche Grüsse\nRegula Meier",
    )
    s = ("Jana Köhler", "jana@fliederwerk.example.de")
    sent = at(2027, 1, 22, 15, 30, "Europe/Berlin", "Fri")
    st = at(2027, 1, 27, 16, 0, "Europe/Berlin", "Wed")
    yield case(
        f,
        "verschieben_mittwoch_27",
        "de-DE",
        s,
        "Änderung",
        sent,
        "A move in one sentence: 'von Dienstag 10 Uhr auf Mittwoch, 27.1., 16 Uhr "
        "verschieben'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nkleine Änderung: wir müssen unser Gespräch von Dienstag 10 Uhr auf "
        "Mittwoch, 27.1., 16 Uhr verschieben, sorry! Rest bleibt gleich.\n\nLG Jana",
    )
    s = ("Stefan Gruber", "s.gruber@donauklang.example.at")
    sent = at(2027, 2, 1, 9, 5, "Europe/Vienna", "Mon")
    st = at(2027, 2, 5, 10, 45, "Europe/Vienna", "Fri")
    yield case(
        f,
        "dreiviertel_elf",
        "de-AT",
        s,
        "Zweitgespräch",
        sent,
        "'am Freitag, den 5. Februar, um dreiviertel elf' (10:45); no zone.",
        slot(st, sent=sent),
        "Servus Alex,\n\nunser Chef möchte dich gern noch kennenlernen. Komm bitte am Freitag, "
        "den 5. Februar, um dreiviertel elf ins Büro, wir gehen dann auf einen Kaffee.\n\n"
        "Liebe Grüße\nStefan",
    )
    s = ("Jana Köhler", "jana@fliederwerk.example.de")
    sent = at(2027, 2, 3, 17, 10, "Europe/Berlin", "Wed")
    yield case(
        f,
        "danke_melden_bis_freitag",
        "de-DE",
        s,
        "Danke!",
        sent,
        "Negative: after the interview 'heute um 14 Uhr'; an answer 'bis Freitag, 12.02., 12 Uhr'.",
        NEG,
        "Hi Alex,\n\ndanke für das nette Gespräch heute um 14 Uhr! Wir besprechen uns intern "
        "und melden uns bis Freitag, 12.02., 12 Uhr bei dir.\n\nLG Jana",
    )
    s = ("Regula Meier", "regula.meier@seeblick-it.example.ch")
    sent = at(2027, 2, 8, 8, 40, "Europe/Zurich", "Mon")
    yield case(
        f,
        "termine_nennen",
        "de-CH",
        s,
        "Zweites Gespräch – Terminvorschläge",
        sent,
        "Negative: asks for two or three options and offers windows ('Di 16.2. zwischen 9 "
        "und 11 Uhr oder Do 18.2. ab 14 Uhr').",
        NEG,
        "Guten Tag Herr Morgan\n\nFür das zweite Gespräch mit unserem CTO: Könnten Sie mir "
        "2–3 mögliche Termine nennen? Bei uns ginge z.B. Di 16.2. zwischen 9 und 11 Uhr oder "
        "Do 18.2. ab 14 Uhr.\n\nFreundliche Grüsse\nRegula Meier",
    )


# --------------------------------------------------------------------------------------
def mkbnlbe() -> Iterator[Case]:
    f = "mkbnlbe"
    s = ("Sanne de Wit", "sanne@kanaalzicht.example.nl")
    sent = at(2027, 1, 8, 10, 25, "Europe/Amsterdam", "Fri")
    st = at(2027, 1, 14, 14, 15, "Europe/Amsterdam", "Thu")
    yield case(
        f,
        "kwart_over_twee",
        "nl-NL",
        s,
        "Kennismaking Kanaalzicht",
        sent,
        "'donderdag 14 januari om kwart over twee' (14:15); no zone.",
        slot(st, sent=sent),
        "Hoi Alex,\n\nLeuk dat je wilt komen kennismaken! Zou je donderdag 14 januari om kwart "
        "over twee langs kunnen komen op ons kantoor aan de Oudegracht 120 in Utrecht? Je "
        "spreekt Bas en mij.\n\nGroetjes,\nSanne",
    )
    s = ("Pieter Claes", "pieter@vlasbloem.example.be")
    sent = at(2027, 1, 12, 15, 0, "Europe/Brussels", "Tue")
    st = at(2027, 1, 19, 14, 0, "Europe/Brussels", "Tue")
    yield case(
        f,
        "dinsdag_19_01_14u",
        "nl-BE",
        s,
        "Sollicitatiegesprek",
        sent,
        "Flemish '14u': 'op dinsdag 19/01 om 14u'; 'reken op een uurtje' gives no end; no zone.",
        slot(st, sent=sent),
        "Dag Alex,\n\nWe verwachten je op dinsdag 19/01 om 14u in ons kantoor in Gent "
        "(Kortrijksesteenweg 45). Reken op een uurtje.\n\nTot dan!\nPieter Claes\nVlasbloem bv"
        "\n09 123 45 67",
    )
    s = ("Sanne de Wit", "sanne@kanaalzicht.example.nl")
    sent = at(2027, 1, 13, 11, 30, "Europe/Amsterdam", "Wed")
    st = at(2027, 1, 20, 10, 0, "Europe/Amsterdam", "Wed")
    yield case(
        f,
        "van_10_tot_half_12",
        "nl-NL",
        s,
        "Assessment woensdag",
        sent,
        "'woensdag 20 januari van 10 tot half 12' gives start and end (11:30); no zone.",
        slot(st, at(2027, 1, 20, 11, 30, "Europe/Amsterdam"), sent=sent),
        "Hoi Alex,\n\nHet praktijkassessment is op woensdag 20 januari van 10 tot half 12, bij "
        "ons op kantoor. Neem je eigen laptop mee.\n\nGroetjes,\nSanne",
        html=True,
    )
    s = ("Pieter Claes", "pieter@vlasbloem.example.be")
    asked = at(2027, 1, 17, 20, 5, "Europe/Brussels")
    sent = at(2027, 1, 18, 8, 45, "Europe/Brussels", "Mon")
    st = at(2027, 1, 22, 9, 30, "Europe/Brussels", "Fri")
    yield case(
        f,
        "top_vrijdag_9u30",
        "nl-BE",
        s,
        "Re: Tweede gesprek",
        sent,
        "Confirms the candidate's pick over the quoted options: 'Top, dan noteren we vrijdag "
        "22/1 om 9u30'; no zone.",
        slot(st, sent=sent),
        thread(
            "Top, dan noteren we vrijdag 22/1 om 9u30! Tot dan.\n\nPieter",
            (
                nl_said(ME, asked),
                "Dag Pieter,\n\nVrijdag 22/1 om 9u30 of maandag 25/1 in de namiddag past mij "
                "allebei.\n\nGroeten,\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Sanne de Wit", "sanne@kanaalzicht.example.nl")
    sent = at(2027, 1, 21, 16, 0, "Europe/Amsterdam", "Thu")
    yield case(
        f,
        "wanneer_kun_je",
        "nl-NL",
        s,
        "Vervolggesprek",
        sent,
        "Negative: asks when the reader can come and gives windows ('di en do tussen 13 en 17 "
        "uur').",
        NEG,
        "Hoi Alex,\n\nKun je laten weten wanneer je volgende week kunt voor het "
        "vervolggesprek? Wij kunnen di en do tussen 13 en 17 uur.\n\nGroetjes,\nSanne",
    )
    s = ("Pieter Claes", "pieter@vlasbloem.example.be")
    sent = at(2027, 1, 22, 14, 10, "Europe/Brussels", "Fri")
    yield case(
        f,
        "nieuwjaarsdrink",
        "nl-BE",
        s,
        "Nieuwjaarsdrink",
        sent,
        "Negative: a team new-year drink 'op donderdag 28 januari om 19u', open to everyone.",
        NEG,
        "Dag Alex,\n\nNog los van je sollicitatie: op donderdag 28 januari om 19u is er onze "
        "nieuwjaarsdrink met het hele team en wat klanten. Je bent welkom als je zin hebt, "
        "geen verplichting!\n\nPieter",
    )


# --------------------------------------------------------------------------------------
def nordsmb() -> Iterator[Case]:
    f = "nordsmb"
    s = ("Elin Lund", "elin@kvarnen-design.example.se")
    sent = at(2027, 1, 18, 9, 15, "Europe/Stockholm", "Mon")
    st = at(2027, 1, 21, 14, 30, "Europe/Stockholm", "Thu")
    yield case(
        f,
        "torsdag_halv_tre",
        "sv",
        s,
        "ses på torsdag?",
        sent,
        "'Funkar det på torsdag 21/1 halv tre?' (14:30, office hours); 'typ en timme' gives no "
        "end; no zone.",
        slot(st, sent=sent),
        "Hej Alex!\n\nFunkar det på torsdag 21/1 halv tre? Vi ses på kontoret på Södermalm "
        "(Hornsgatan 64), typ en timme.\n\nHälsningar\nElin",
    )
    s = ("Mads Kjær", "mads@fjordlys.example.dk")
    sent = at(2027, 1, 20, 13, 40, "Europe/Copenhagen", "Wed")
    st = at(2027, 1, 26, 14, 30, "Europe/Copenhagen", "Tue")
    yield case(
        f,
        "tirsdag_kl_14_30_15_15",
        "da",
        s,
        "Samtale hos Fjordlys",
        sent,
        "'tirsdag d. 26. januar kl. 14.30-15.15' gives start and end; no zone.",
        slot(st, at(2027, 1, 26, 15, 15, "Europe/Copenhagen"), sent=sent),
        "Hej Alex\n\nTak for din ansøgning. Vi har booket dig til samtale tirsdag d. 26. "
        "januar kl. 14.30-15.15 hos os i Aarhus (Mejlgade 12, 1. sal).\n\nVenlig hilsen\nMads "
        "Kjær\nFjordlys ApS",
    )
    s = ("Ingrid Solberg", "ingrid@nordlys-regnskap.example.no")
    sent = at(2027, 1, 29, 10, 20, "Europe/Oslo", "Fri")
    st = at(2027, 2, 3, 14, 0, "Europe/Oslo", "Wed")
    yield case(
        f,
        "onsdag_3_feb_kl_14",
        "nb",
        s,
        "Uformell prat",
        sent,
        "'onsdag 3. feb kl 14'; 'ca 30 min' gives no end; no zone.",
        slot(st, sent=sent),
        "Hei Alex,\n\nKan du komme innom onsdag 3. feb kl 14? Blir en uformell prat med "
        "daglig leder, ca 30 min. Vi holder til i Storgata 8, 3. etg.\n\nMvh\nIngrid",
    )
    s = ("Mads Kjær", "mads@fjordlys.example.dk")
    sent = at(2027, 2, 8, 11, 0, "Europe/Copenhagen", "Mon")
    st = at(2027, 2, 12, 10, 0, "Europe/Copenhagen", "Fri")
    yield case(
        f,
        "rykke_til_fredag",
        "da",
        s,
        "Ny tid",
        sent,
        "Move in one sentence: 'rykke samtalen fra torsdag til fredag d. 12/2 kl. 10'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hej Alex\n\nVi bliver desværre nødt til at rykke samtalen fra torsdag til fredag d. "
        "12/2 kl. 10, samme sted. Giv lige lyd hvis det ikke passer.\n\nMvh Mads",
    )
    s = ("Elin Lund", "elin@kvarnen-design.example.se")
    sent = at(2027, 2, 10, 16, 30, "Europe/Stockholm", "Wed")
    st = at(2027, 2, 15, 13, 0, "Europe/Stockholm", "Mon")
    yield case(
        f,
        "stalla_in_mandag",
        "sv",
        s,
        "Intervjun på måndag",
        sent,
        "Cancellation: 'måste vi ställa in intervjun på måndag 15/2 kl 13'; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Hej Alex,\n\nTyvärr måste vi ställa in intervjun på måndag 15/2 kl 13, tjänsten är "
        "pausad tills vidare. Förlåt för krånglet!\n\n/Elin",
    )
    s = ("Ingrid Solberg", "ingrid@nordlys-regnskap.example.no")
    sent = at(2027, 2, 11, 9, 0, "Europe/Oslo", "Thu")
    yield case(
        f,
        "frist_caseoppgave",
        "nb",
        s,
        "Caseoppgave",
        sent,
        "Negative: a case task due 'fredag 19. februar kl 12'.",
        NEG,
        "Hei Alex,\n\nHer er caseoppgaven vi snakket om. Fristen for å sende den inn er fredag "
        "19. februar kl 12.\n\nLykke til!\nIngrid",
    )
    s = ("Elin Lund", "elin@kvarnen-design.example.se")
    sent = at(2027, 2, 12, 17, 5, "Europe/Stockholm", "Fri")
    yield case(
        f,
        "tack_for_idag",
        "sv",
        s,
        "Tack för idag!",
        sent,
        "Negative: thanks after the interview; an answer 'senast onsdag 17/2 kl 17'.",
        NEG,
        "Hej Alex!\n\nTack för idag, kul att ses. Vi återkommer senast onsdag 17/2 kl 17.\n\n/Elin",
    )


# --------------------------------------------------------------------------------------
def cancelmove14() -> Iterator[Case]:
    f = "cancelmove14"
    s = ("Hugo Perrin", "hugo@mistral-apps.example.fr")
    sent = at(2027, 3, 1, 9, 40, "Europe/Paris", "Mon")
    st = at(2027, 3, 5, 14, 0, "Europe/Paris", "Fri")
    yield case(
        f,
        "decale_meme_heure",
        "fr-FR",
        s,
        "petit changement",
        sent,
        "Move in one sentence: 'on décale notre rdv de jeudi 14h à vendredi 5 mars, même "
        "heure' (14:00); no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Salut Alex,\n\npetit changement : on décale notre rdv de jeudi 14h à vendredi 5 mars, "
        "même heure, Camille est en déplacement jeudi. Désolé !\n\nHugo",
    )
    s = ("Marta Iglesias", "marta@bosque-creativo.example.es")
    sent = at(2027, 3, 2, 16, 10, "Europe/Madrid", "Tue")
    st = at(2027, 3, 3, 10, 0, "Europe/Madrid", "Wed")
    yield case(
        f,
        "se_cae_manana_10",
        "es-ES",
        s,
        "mañana",
        sent,
        "Cancellation: 'se cae la entrevista de mañana a las 10' (the day after the Date "
        "header); no new time; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Alex, se cae la entrevista de mañana a las 10, Lucía está con fiebre. Te propongo "
        "otro día en cuanto sepa algo, perdona!\n\nMarta",
    )
    s = ("Giulia Rinaldi", "giulia@brezza-web.example.it")
    sent = at(2027, 3, 2, 17, 30, "Europe/Rome", "Tue")
    st = at(2027, 3, 4, 15, 30, "Europe/Rome", "Thu")
    yield case(
        f,
        "spostiamo_a_giovedi",
        "it",
        s,
        "cambio orario",
        sent,
        "Move in one sentence: 'spostiamo il colloquio di domani alle 11 a giovedì 4 marzo "
        "alle 15:30'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Ciao Alex, spostiamo il colloquio di domani alle 11 a giovedì 4 marzo alle 15:30, "
        "scusa il poco preavviso! Stesso link Meet.\n\nGiulia",
    )
    s = ("Rafaela Souza", "rafaela@caju-tech.example.com.br")
    sent = at(2027, 2, 22, 11, 0, "America/Sao_Paulo", "Mon")
    st = at(2027, 2, 25, 14, 0, "America/Sao_Paulo", "Thu")
    yield case(
        f,
        "cancelar_quinta_14h",
        "pt-BR",
        s,
        "Entrevista de quinta",
        sent,
        "Cancellation: 'vamos ter que cancelar a entrevista de quinta (25/2) às 14h'; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Oi Alex, tudo bem?\n\ninfelizmente vamos ter que cancelar a entrevista de quinta "
        "(25/2) às 14h, a vaga foi congelada pela diretoria. Sinto muito mesmo.\n\nAbs,\n"
        "Rafaela",
    )
    s = ("Beat Zürcher", "beat.zuercher@kernholz.example.ch")
    sent = at(2027, 3, 5, 10, 30, "Europe/Zurich", "Fri")
    st = at(2027, 3, 11, 9, 0, "Europe/Zurich", "Thu")
    yield case(
        f,
        "verlegen_donnerstag_9",
        "de-CH",
        s,
        "Verschiebung Gespräch",
        sent,
        "Move: 'Wir müssen das Gespräch leider auf Donnerstag, 11. März, 9.00 Uhr verlegen'; "
        "no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Grüezi Herr Morgan\n\nWir müssen das Gespräch von Mittwoch leider auf Donnerstag, 11. "
        "März, 9.00 Uhr verlegen – gleicher Ort, gleiche Runde.\n\nFreundliche Grüsse\nBeat "
        "Zürcher",
    )
    s = ("Sanne de Wit", "sanne@kanaalzicht.example.nl")
    sent = at(2027, 3, 1, 13, 15, "Europe/Amsterdam", "Mon")
    yield case(
        f,
        "kun_je_verzetten",
        "nl-NL",
        s,
        "afspraak dinsdag",
        sent,
        "Negative: asks whether the reader could move 'onze afspraak van dinsdag 14u'; no new "
        "time yet.",
        NEG,
        "Hoi Alex,\n\nZou je onze afspraak van dinsdag 14u eventueel kunnen verzetten? Bas "
        "moet naar een klant. Laat maar weten wanneer het jou past deze week.\n\nGroetjes,\n"
        "Sanne",
    )
    s = ("Mads Kjær", "mads@fjordlys.example.dk")
    sent = at(2027, 3, 1, 15, 0, "Europe/Copenhagen", "Mon")
    yield case(
        f,
        "aflyst_abent_hus",
        "da",
        s,
        "Åbent hus aflyst",
        sent,
        "Negative: a group open house 'torsdag d. 4. marts kl. 16' is called off.",
        NEG,
        "Hej alle\n\nVi har desværre måttet aflyse vores åbent hus torsdag d. 4. marts kl. 16 "
        "pga. sygdom. Vi finder en ny dato i april.\n\nMvh Mads",
    )


# --------------------------------------------------------------------------------------
def italpmi() -> Iterator[Case]:
    f = "italpmi"
    s = ("Francesca Galli", "francesca@tortellino-lab.example.it")
    sent = at(2027, 1, 7, 10, 0, "Europe/Rome", "Thu")
    st = at(2027, 1, 12, 15, 0, "Europe/Rome", "Tue")
    yield case(
        f,
        "martedi_12_alle_15",
        "it",
        s,
        "colloquio",
        sent,
        "'ti andrebbe bene martedì 12 gennaio alle 15?'; 'circa 45 min' gives no end; no zone.",
        slot(st, sent=sent),
        "Ciao Alex,\n\nti andrebbe bene martedì 12 gennaio alle 15? colloquio in sede a "
        "Bologna (via del Pratello 40), circa 45 min con me e Davide.\n\nA presto\nFrancesca",
    )
    s = ("Lorenzo Bianchi", "lorenzo@quarzo-studio.example.it")
    sent = at(2027, 1, 15, 12, 30, "Europe/Rome", "Fri")
    st = at(2027, 1, 21, 14, 30, "Europe/Rome", "Thu")
    yield case(
        f,
        "giovedi_21_ore_14_30",
        "it",
        s,
        "Conferma colloquio",
        sent,
        "'giovedì 21/1 ore 14.30-15.30, via Meet' gives start and end; no zone.",
        slot(st, at(2027, 1, 21, 15, 30, "Europe/Rome"), sent=sent),
        "Ciao Alex,\n\nti confermo il colloquio tecnico: giovedì 21/1 ore 14.30-15.30, via "
        "Meet (il link te lo giro domani).\n\nCiao!\nLorenzo",
    )
    s = ("Francesca Galli", "francesca@tortellino-lab.example.it")
    sent = at(2027, 1, 25, 9, 10, "Europe/Rome", "Mon")
    st = at(2027, 1, 29, 15, 30, "Europe/Rome", "Fri")
    yield case(
        f,
        "tre_e_mezza",
        "it",
        s,
        "secondo incontro",
        sent,
        "'venerdì 29 gennaio alle tre e mezza del pomeriggio' (15:30); no zone.",
        slot(st, sent=sent),
        "Ciao Alex,\n\nbelle notizie: ci vediamo venerdì 29 gennaio alle tre e mezza del "
        "pomeriggio per il secondo incontro con i soci. Stesso posto.\n\nFrancesca",
    )
    s = ("Lorenzo Bianchi", "lorenzo@quarzo-studio.example.it")
    sent = at(2027, 1, 27, 16, 45, "Europe/Rome", "Wed")
    st = at(2027, 2, 1, 10, 0, "Europe/Rome", "Mon")
    yield case(
        f,
        "dalle_10_alle_11",
        "it",
        s,
        "Prova pratica",
        sent,
        "'lunedì 1 febbraio dalle 10 alle 11' gives start and end; no zone; HTML alternative.",
        slot(st, at(2027, 2, 1, 11, 0, "Europe/Rome"), sent=sent),
        "Ciao Alex,\n\nla prova pratica la facciamo lunedì 1 febbraio dalle 10 alle 11 in "
        "ufficio, porta pure il tuo portatile.\n\nLorenzo\nQuarzo Studio srl\n051 123456",
        html=True,
    )
    s = ("Francesca Galli", "francesca@tortellino-lab.example.it")
    sent = at(2027, 2, 1, 18, 0, "Europe/Rome", "Mon")
    yield case(
        f,
        "disponibilita_settimana",
        "it",
        s,
        "disponibilità?",
        sent,
        "Negative: asks for availability next week, offering 'lun o mer dalle 9 alle 12'.",
        NEG,
        "Ciao Alex,\n\nmi mandi la tua disponibilità per la settimana prossima? noi potremmo "
        "lun o mer dalle 9 alle 12.\n\nGrazie!\nFrancesca",
    )
    s = ("Lorenzo Bianchi", "lorenzo@quarzo-studio.example.it")
    sent = at(2027, 2, 1, 12, 15, "Europe/Rome", "Mon")
    yield case(
        f,
        "grazie_riscontro_entro",
        "it",
        s,
        "grazie per oggi",
        sent,
        "Negative: thanks after the test; an answer 'entro venerdì 5/2 alle 18'.",
        NEG,
        "Ciao Alex,\n\ngrazie per stamattina! Ti diamo un riscontro entro venerdì 5/2 alle 18."
        "\n\nLorenzo",
    )


# --------------------------------------------------------------------------------------
def lusostart() -> Iterator[Case]:
    f = "lusostart"
    s = ("Carolina Mendes", "carol@jabuticaba.example.com.br")
    sent = at(2027, 1, 11, 10, 30, "America/Sao_Paulo", "Mon")
    st = at(2027, 1, 14, 14, 0, "America/Sao_Paulo", "Thu")
    yield case(
        f,
        "quinta_14_1_as_14h",
        "pt-BR",
        s,
        "bate-papo",
        sent,
        "'Consegue conversar quinta, 14/1, às 14h?'; 'uns 40 min' gives no end; no zone.",
        slot(st, sent=sent),
        "Oi Alex, tudo bem?\n\nConsegue conversar quinta, 14/1, às 14h? Vai ser pelo Meet "
        "comigo e com o Rafa, uns 40 min.\n\nBjs\nCarol",
    )
    s = ("Tiago Figueiredo", "tiago@sardinha-digital.example.pt")
    sent = at(2027, 1, 13, 15, 0, "Europe/Lisbon", "Wed")
    st = at(2027, 1, 19, 15, 30, "Europe/Lisbon", "Tue")
    yield case(
        f,
        "terca_19_as_15h30",
        "pt-PT",
        s,
        "Entrevista - Sardinha Digital",
        sent,
        "'terça-feira, 19 de janeiro, às 15h30'; no zone.",
        slot(st, sent=sent),
        "Olá Alex,\n\nFica então marcada a entrevista para terça-feira, 19 de janeiro, às "
        "15h30, nos nossos escritórios no Porto (Rua das Flores 88, 2.º).\n\nCumprimentos,\n"
        "Tiago Figueiredo",
    )
    s = ("Carolina Mendes", "carol@jabuticaba.example.com.br")
    sent = at(2027, 1, 21, 17, 0, "America/Sao_Paulo", "Thu")
    st = at(2027, 1, 27, 10, 0, "America/Sao_Paulo", "Wed")
    yield case(
        f,
        "das_10h_as_11h_brasilia",
        "pt-BR",
        s,
        "Entrevista técnica",
        sent,
        "'quarta 27/01 das 10h às 11h (horário de Brasília)' gives start, end and zone.",
        slot(st, at(2027, 1, 27, 11, 0, "America/Sao_Paulo"), zone="America/Sao_Paulo"),
        "Oi Alex!\n\nEntrevista técnica: quarta 27/01 das 10h às 11h (horário de Brasília), "
        "com o time de dados.\n\nBjs\nCarol",
        html=True,
    )
    s = ("Tiago Figueiredo", "tiago@sardinha-digital.example.pt")
    sent = at(2027, 2, 1, 11, 20, "Europe/Lisbon", "Mon")
    st = at(2027, 2, 5, 15, 30, "Europe/Lisbon", "Fri")
    yield case(
        f,
        "sexta_tres_e_meia",
        "pt-PT",
        s,
        "Segunda entrevista",
        sent,
        "'na sexta, dia 5 de fevereiro, às três e meia da tarde' (15:30) offered as a "
        "question; no zone.",
        slot(st, sent=sent),
        "Olá Alex,\n\nGostávamos de a/o receber para uma segunda conversa. Pode ser na sexta, "
        "dia 5 de fevereiro, às três e meia da tarde?\n\nCumprimentos,\nTiago",
    )
    s = ("Carolina Mendes", "carol@jabuticaba.example.com.br")
    sent = at(2027, 2, 3, 9, 0, "America/Sao_Paulo", "Wed")
    yield case(
        f,
        "prazo_teste",
        "pt-BR",
        s,
        "Lembrete: teste",
        sent,
        "Negative: a test due 'segunda, 8/2, às 23h59'.",
        NEG,
        "Oi Alex,\n\nsó lembrando que o prazo para enviar o teste é segunda, 8/2, às 23h59.\n\n"
        "Abs\nCarol",
    )
    s = ("Tiago Figueiredo", "tiago@sardinha-digital.example.pt")
    sent = at(2027, 2, 8, 10, 0, "Europe/Lisbon", "Mon")
    yield case(
        f,
        "indicar_disponibilidade",
        "pt-PT",
        s,
        "Disponibilidade",
        sent,
        "Negative: asks for availability in the week of 15 February, mornings 'entre as 9h e "
        "as 12h'.",
        NEG,
        "Olá Alex,\n\nPode indicar-nos a sua disponibilidade para a semana de 15 de fevereiro? "
        "Preferencialmente de manhã, entre as 9h e as 12h.\n\nCumprimentos,\nTiago",
    )


# --------------------------------------------------------------------------------------
def sigblock14() -> Iterator[Case]:
    f = "sigblock14"
    s = ("Camille Le Goff", "camille@escale-web.example.fr")
    sent = at(2027, 1, 28, 14, 0, "Europe/Paris", "Thu")
    st = at(2027, 2, 4, 10, 0, "Europe/Paris", "Thu")
    yield case(
        f,
        "recap_quand_heure",
        "fr-FR",
        s,
        "Récap entretien",
        sent,
        "A recap block: 'Quand : jeudi 4 février' and 'Heure : 10h - 11h' on separate lines; "
        "no zone; HTML alternative.",
        slot(st, at(2027, 2, 4, 11, 0, "Europe/Paris"), sent=sent),
        "Hello Alex,\n\nVoici le récap :\n\nQuand : jeudi 4 février\nHeure : 10h - 11h\n"
        "Où : 12 rue des Olivettes, Nantes\nAvec : Camille (CEO) et Hugo (lead dev)\n\n"
        "À jeudi !\nCamille\nEscale Web · 02 40 12 34 56 · lun-ven 9h-18h",
        html=True,
    )
    s = ("Iker Etxeberria", "iker@txoko-labs.example.es")
    sent = at(2027, 2, 3, 12, 0, "Europe/Madrid", "Wed")
    st = at(2027, 2, 9, 16, 30, "Europe/Madrid", "Tue")
    yield case(
        f,
        "martes_9_2_bloque",
        "es-ES",
        s,
        "Entrevista Txoko Labs",
        sent,
        "'Martes 9/2' and '16:30 h' on separate lines under 'Entrevista'; no zone.",
        slot(st, sent=sent),
        "Buenas Alex!\n\nTe dejo los datos:\n\nEntrevista\nMartes 9/2\n16:30 h\nGoogle Meet: "
        "meet.google.com/txo-koab-ser\n\nNos vemos!\nIker\nTxoko Labs · Bilbao · 944 12 34 56",
    )
    s = ("Anja Weber", "anja.weber@hafenkante.example.de")
    sent = at(2027, 2, 15, 9, 30, "Europe/Berlin", "Mon")
    st = at(2027, 2, 22, 11, 0, "Europe/Berlin", "Mon")
    yield case(
        f,
        "termin_uhrzeit_ort",
        "de-DE",
        s,
        "Einladung Gespräch",
        sent,
        "'Termin: Mo, 22.02.' and 'Uhrzeit: 11:00–12:00 Uhr' lines above a signature with "
        "phone numbers and office hours; no zone.",
        slot(st, at(2027, 2, 22, 12, 0, "Europe/Berlin"), sent=sent),
        "Hallo Alex,\n\nhier die Eckdaten:\n\nTermin: Mo, 22.02.\nUhrzeit: 11:00–12:00 Uhr\n"
        "Ort: Remote (Zoom, Link folgt)\n\nViele Grüße\nAnja Weber\n\nHafenkante Medien GmbH\n"
        "Tel. +49 40 1234 5678 · Fax +49 40 1234 5679\nBürozeiten: Mo–Do 9–17 Uhr, Fr 9–13 Uhr",
    )
    s = ("Joost Verhoeven", "joost@dijkstra-ontwerp.example.nl")
    sent = at(2027, 2, 16, 10, 0, "Europe/Amsterdam", "Tue")
    st = at(2027, 2, 23, 13, 30, "Europe/Amsterdam", "Tue")
    yield case(
        f,
        "datum_tijd_locatie",
        "nl-NL",
        s,
        "Uitnodiging gesprek",
        sent,
        "'Datum: dinsdag 23 februari' and 'Tijd: 13.30 uur' lines; no zone.",
        slot(st, sent=sent),
        "Hoi Alex,\n\nBij deze de uitnodiging:\n\nDatum: dinsdag 23 februari\nTijd: 13.30 uur\n"
        "Locatie: Keizersgracht 200, Amsterdam\n\nGroet,\nJoost\nDijkstra Ontwerp · 020 123 "
        "4567",
    )
    s = ("Elin Lund", "elin@kvarnen-design.example.se")
    sent = at(2027, 2, 17, 8, 50, "Europe/Stockholm", "Wed")
    st = at(2027, 2, 24, 9, 0, "Europe/Stockholm", "Wed")
    yield case(
        f,
        "datum_tid_plats",
        "sv",
        s,
        "Intervju 2",
        sent,
        "'Datum: ons 24 feb' and 'Tid: kl. 09.00–09.45' lines give start and end; no zone.",
        slot(st, at(2027, 2, 24, 9, 45, "Europe/Stockholm"), sent=sent),
        "Hej Alex!\n\nHär kommer detaljerna:\n\nDatum: ons 24 feb\nTid: kl. 09.00–09.45\n"
        "Plats: Teams\n\n/Elin\nKvarnen Design AB · 08-123 456 78",
    )
    s = ("Anja Weber", "anja.weber@hafenkante.example.de")
    sent = at(2026, 12, 18, 15, 0, "Europe/Berlin", "Fri")
    yield case(
        f,
        "betriebsferien_signatur",
        "de-DE",
        s,
        "Ihre Bewerbung",
        sent,
        "Negative: an acknowledgement; office hours and a holiday closure in the signature, "
        "'nach dem 7. Januar' for news.",
        NEG,
        "Hallo Alex,\n\ndanke für Ihre Bewerbung! Wir melden uns nach dem 7. Januar bei "
        "Ihnen.\n\nViele Grüße\nAnja Weber\n\nHafenkante Medien GmbH\nBürozeiten: Mo–Do 9–17 "
        "Uhr, Fr 9–13 Uhr\nBetriebsferien: 24.12.–6.1.",
    )
    s = ("Mads Kjær", "mads@fjordlys.example.dk")
    sent = at(2027, 2, 18, 10, 0, "Europe/Copenhagen", "Thu")
    yield case(
        f,
        "abent_hus_blok",
        "da",
        s,
        "Åbent hus hos Fjordlys",
        sent,
        "Negative: a group open house in a block ('Hvornår: torsdag 25. februar', 'Tid: kl. "
        "17-19').",
        NEG,
        "Hej alle kandidater\n\nHvad: Åbent hus hos Fjordlys\nHvornår: torsdag 25. februar\n"
        "Tid: kl. 17-19\nHvor: Mejlgade 12, Aarhus\n\nKom forbi og mød teamet - tilmelding "
        "ikke nødvendig.\n\nMvh Mads",
    )


# --------------------------------------------------------------------------------------
# Added after the first-sight measurement of the nine families above, and measured on its own
# before any further change (see FIGURES).
def wordsneg14() -> Iterator[Case]:
    f = "wordsneg14"
    s = ("Valérie Pittet", "valerie@lac-et-code.example.ch")
    sent = at(2027, 1, 27, 10, 0, "Europe/Zurich", "Wed")
    st = at(2027, 2, 2, 14, 30, "Europe/Zurich", "Tue")
    yield case(
        f,
        "quatorze_heures_trente",
        "fr-CH",
        s,
        "Entretien mardi",
        sent,
        "Hours spelled out: 'mardi 2 février à quatorze heures trente'; no zone.",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nNous vous attendons mardi 2 février à quatorze heures trente dans nos "
        "bureaux de Neuchâtel (rue du Seyon 10) pour un entretien avec notre directeur.\n\n"
        "Meilleures salutations\nValérie Pittet",
    )
    s = ("Anna Berg", "anna@bergs-bygg.example.se")
    sent = at(2027, 2, 3, 9, 0, "Europe/Stockholm", "Wed")
    st = at(2027, 2, 9, 13, 0, "Europe/Stockholm", "Tue")
    yield case(
        f,
        "tisdag_den_9e",
        "sv",
        s,
        "Intervju tisdag",
        sent,
        "Swedish ordinal 'tisdag den 9:e' with 'kl. 13–13.45' (start and end); no zone.",
        slot(st, at(2027, 2, 9, 13, 45, "Europe/Stockholm"), sent=sent),
        "Hej Alex,\n\nVälkommen på intervju tisdag den 9:e kl. 13–13.45 hos oss på "
        "Industrigatan 4.\n\nMvh\nAnna Berg\nBergs Bygg AB",
    )
    s = ("Roel Jansen", "roel@brugwerk.example.nl")
    sent = at(2027, 2, 4, 11, 0, "Europe/Amsterdam", "Thu")
    st = at(2027, 2, 10, 14, 30, "Europe/Amsterdam", "Wed")
    yield case(
        f,
        "half_drie_smiddags",
        "nl-NL",
        s,
        "Gesprek woensdag",
        sent,
        "'woensdag 10 februari om half drie 's middags' (14:30); no zone.",
        slot(st, sent=sent),
        "Hoi Alex,\n\nZullen we woensdag 10 februari om half drie 's middags afspreken bij ons "
        "op kantoor? Dan schuift Mieke ook aan.\n\nGroet,\nRoel",
    )
    s = ("Bruna Tavares", "bruna@acai-studio.example.com.br")
    sent = at(2027, 2, 5, 15, 0, "America/Sao_Paulo", "Fri")
    st = at(2027, 2, 11, 14, 0, "America/Sao_Paulo", "Thu")
    yield case(
        f,
        "duas_da_tarde",
        "pt-BR",
        s,
        "Entrevista quinta",
        sent,
        "'quinta, dia 11, às duas da tarde' (14:00); no zone.",
        slot(st, sent=sent),
        "Oi Alex!\n\nA entrevista ficou pra quinta, dia 11, às duas da tarde, aqui no estúdio "
        "(Rua Augusta 1500, sala 12).\n\nBeijos\nBruna",
    )
    s = ("Elena Conti", "elena@vela-software.example.it")
    sent = at(2027, 2, 8, 9, 30, "Europe/Rome", "Mon")
    st = at(2027, 2, 12, 14, 30, "Europe/Rome", "Fri")
    yield case(
        f,
        "alle_14_e_30",
        "it",
        s,
        "Colloquio venerdì",
        sent,
        "'venerdì 12 alle 14 e 30' (14:30); no zone.",
        slot(st, sent=sent),
        "Ciao Alex,\n\nti aspettiamo venerdì 12 alle 14 e 30 in via Roma 15, secondo piano, "
        "per il colloquio con il team.\n\nElena",
    )
    s = ("Paula Giménez", "paula@ceibo-lab.example.com.ar")
    sent = at(2027, 2, 10, 12, 0, "America/Argentina/Buenos_Aires", "Wed")
    yield case(
        f,
        "la_entrevista_fue",
        "es-AR",
        s,
        "Gracias!",
        sent,
        "Negative: the interview was yesterday 'a las 10'; an answer 'el viernes antes de las 18'.",
        NEG,
        "Hola Alex!\n\nGracias por la entrevista de ayer a las 10, nos encantó. Te damos una "
        "respuesta el viernes antes de las 18.\n\nSaludos,\nPaula",
    )
    s = ("Valérie Pittet", "valerie@lac-et-code.example.ch")
    sent = at(2027, 2, 8, 8, 30, "Europe/Zurich", "Mon")
    yield case(
        f,
        "date_limite_midi",
        "fr-CH",
        s,
        "Rappel : date limite",
        sent,
        "Negative: applications close 'vendredi 12 février à midi'.",
        NEG,
        "Bonjour,\n\nPetit rappel : la date limite pour postuler au poste de développeur·euse "
        "est le vendredi 12 février à midi. Passé ce délai, nous ne pourrons plus prendre en "
        "compte les dossiers.\n\nMeilleures salutations\nValérie Pittet",
    )
    s = ("Roel Jansen", "roel@brugwerk.example.nl")
    sent = at(2027, 2, 11, 10, 0, "Europe/Amsterdam", "Thu")
    yield case(
        f,
        "zelf_moment_kiezen",
        "nl-NL",
        s,
        "Plan je gesprek",
        sent,
        "Negative: pick a slot through a link; slots 'tussen 9 en 17 uur' on 16 and 18 February.",
        NEG,
        "Hoi Alex,\n\nJe kunt zelf een moment kiezen voor het tweede gesprek via "
        "https://plan.brugwerk.example.nl/alex. Er zijn slots op dinsdag 16 en donderdag 18 "
        "februari, tussen 9 en 17 uur.\n\nGroet,\nRoel",
    )
    s = ("Anna Berg", "anna@bergs-bygg.example.se")
    sent = at(2027, 2, 12, 14, 0, "Europe/Stockholm", "Fri")
    yield case(
        f,
        "call_igar_gick_bra",
        "sv",
        s,
        "Tack!",
        sent,
        "Negative: yesterday's call 'kl 15' went well; a decision 'senast onsdag'.",
        NEG,
        "Hej Alex,\n\nsamtalet igår kl 15 gick jättebra tycker vi. Vi bestämmer oss senast "
        "onsdag och hör av oss då.\n\n/Anna",
    )
    s = ("Mads Kjær", "mads@fjordlys.example.dk")
    sent = at(2027, 2, 22, 9, 0, "Europe/Copenhagen", "Mon")
    yield case(
        f,
        "fredagsbar_alle",
        "da",
        s,
        "Fredagsbar",
        sent,
        "Negative: the Friday bar 'fredag d. 26. feb kl. 15', everyone welcome.",
        NEG,
        "Hej Alex\n\nHusk: vores fredagsbar er fredag d. 26. feb kl. 15, alle kandidater og "
        "partnere er velkomne. Du er også velkommen, hvis du har lyst.\n\nMvh Mads",
    )


BUILDERS = [
    startupfr,
    pymeshisp,
    kmudach,
    mkbnlbe,
    nordsmb,
    cancelmove14,
    italpmi,
    lusostart,
    sigblock14,
    wordsneg14,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose14 batch (`build_prose14.py`)",
        "",
        "Scheduling mail typed quickly by people at small firms, agencies and start-ups in "
        "French, Spanish, Italian, Portuguese, German, Dutch, Swedish, Danish and Norwegian "
        "(regional variants), and negatives in the same voices. All text is ours; people, "
        "companies, addresses, phone numbers and links are made up; no product template is "
        "rendered. Quote attribution lines are written from memory. Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on the "
        "message. Loose or bounded lengths ('ca.', 'environ', 'max', 'una horita', 'uns', "
        "'typ', 'rund') give no end label.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose14.py` "
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
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


FIGURES = (
    "First sight, before any parser change (quick.py): dev text invitations 28 of 28 right "
    "(start and, where labelled, end; 22 of them with confidence >= 0.5), 1 of 12 dev "
    "negatives claimed (an availability ask offering 'mardi ou jeudi entre 10 et 12'); "
    "held out 13 of 13 right, 0 of 6 negatives claimed. After the prose14 rules: dev 28 of "
    "28 (24 sure), 0 of 12 claimed; held out unchanged. Kinds that were wrong at first "
    "sight (not scored by quick.py): four cancellations read as invitations ('toca "
    "cancelar', 'se cae la entrevista', 'vamos ter que cancelar', 'tyvärr måste vi ställa "
    "in') and two first-person moves read as invitations ('spostiamo il colloquio', 'müssen "
    "wir unser Gespräch ... verschieben'); all six now right. Left: 'on décale notre rdv' "
    "still reads as not an invitation (kind), with the right start. The tenth family, "
    "wordsneg14 (dev), was written after that and measured on its own before any further "
    "change: 4 of 5 right ('às duas da tarde' unread), 0 of 5 negatives claimed; after the "
    "Portuguese and Italian on-the-hour frames, 5 of 5. 'hora del centro' from a .mx "
    "sender now names America/Mexico_City (it named America/Chicago, same offset in January)."
    " After merging main at 0c48ec6, whole corpus: dev text 1461/1475, 5 of 1048 negatives "
    "claimed; held out 701/745, 39 of 500 (main alone: 1428/1442, 5/1031; 688/732, 39/494)."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose14.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
