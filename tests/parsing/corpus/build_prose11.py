"""Write the "prose11" batch: scheduling mail typed by people in the big European languages.

Run: .venv/bin/python tests/parsing/corpus/build_prose11.py

About seventy messages in eight families, written the way recruiters, agency consultants,
hiring managers and HR assistants write in German (de-DE, de-AT, de-CH), French (fr-FR, fr-BE,
fr-CA, fr-CH), Spanish (es-ES, es-MX, es-AR, es-CO), Italian, Dutch (nl-NL, nl-BE), Portuguese
(pt-PT, pt-BR) and Polish: spelled and loose hours, relative days, the date and the hour on
separate lines, signatures with phone numbers and opening hours, P.S. lines, confirmations of
the slot the candidate picked, moves, regional hour formats, durations exact and loose. About
a third are negatives in the same voices (availability asks, deadlines, thanks, past
meetings, the candidate's own proposal, a time for someone else). Every label comes from the
datetimes the text is rendered from (weekdays typed in the text are checked) and was written
before the parser was run on the message. Helpers come from build_parse-pos.py and
build_prose8.py (loaded, not copied). Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
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
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
slot, thread = p8.slot, p8.thread
ME = p8.ME
HAND = (
    "hand-written; recruiters', consultants', managers' and HR assistants' own prose as typed "
    "in webmail and reply threads (attribution lines written from memory); " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "dachhr": "dev",
    "frrecrut": "dev",
    "hisprh": "dev",
    "slotagreed": "dev",
    "shiftslot": "dev",
    "itnlhr": "heldout",
    "lusopolhr": "heldout",
    "sigfooter": "heldout",
}
SOURCES = {
    "dachhr": "German, Austrian and Swiss HR assistants and consultants: 'übermorgen gegen "
    "halb drei', 'viertel nach zehn', 'dreiviertel drei', '14.30 – 15.15 Uhr' on its own line, "
    "phone hours in the signature; availability asks, thanks, deadlines, someone else's slot.",
    "frrecrut": "French, Belgian, Canadian and Swiss recruiters: 'mardi prochain vers 14h30', "
    "'à 14 h 30', 'en fin de matinée vers 11h', 'Date :' and 'Heure :' lines, 'prévoir 1h'; "
    "availability asks, past meetings, pending proposals, deadlines.",
    "hisprh": "Spanish, Mexican, Argentine and Colombian recruiters: 'el martes que viene a eso "
    "de las once', '2:30 p. m.', 'a las 14 hs', 'sobre las 4 de la tarde', 'una horita', "
    "office hours in the signature; thanks, availability asks, someone else's interview.",
    "slotagreed": "Confirmations of the slot the candidate picked, typed over the quoted "
    "proposal ('Dann machen wir Mittwoch 11 Uhr fest', 'va pour mercredi 11h', 'quedamos el "
    "jueves'); replies that only pass the proposal on or turn it down as negatives.",
    "shiftslot": "Moves told and agreed ('verschiebt sich von 10 auf 13:30 Uhr', 'on décale à "
    "16h', 'la pasamos a las 16', '14u', '14h30m'); moves only asked as negatives.",
    "itnlhr": "Italian and Dutch/Flemish recruiters.",
    "lusopolhr": "Portuguese, Brazilian and Polish recruiters.",
    "sigfooter": "The slot in a P.S. or next to signatures with phones and opening hours.",
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
) -> Case:
    raw = mail(
        f"prose11/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        reply_to_key=f"prose11/{family}/{name}/parent" if reply else "",
    )
    label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def de_said(who: tuple[str, str], when: datetime) -> str:
    return f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {who[0]} <{who[1]}>:"


def fr_said(who: tuple[str, str], when: datetime) -> str:
    return f"Le {when:%d/%m/%Y} à {when:%H:%M}, {who[0]} <{who[1]}> a écrit :"


def es_said(who: tuple[str, str], when: datetime) -> str:
    return f"El {when:%d/%m/%Y} a las {when:%H:%M}, {who[0]} <{who[1]}> escribió:"


# --------------------------------------------------------------------------------------
def dachhr() -> Iterator[Case]:
    f = "dachhr"
    s = ("Katrin Vogelsang", "k.vogelsang@elbmarsch-logistik.example.de")
    sent = at(2026, 4, 14, 9, 12, "Europe/Berlin", "Tue")
    st = at(2026, 4, 16, 14, 30, "Europe/Berlin", "Thu")
    yield case(
        f,
        "uebermorgen_halb_drei",
        "de-DE",
        s,
        "Ihr Vorstellungsgespräch",
        sent,
        "'übermorgen, also am Donnerstag, gegen halb drei'; 'ca. 45 Minuten' is loose, so no "
        "end; phone hours 'Mo–Fr 9–12 Uhr' in the signature; no zone.",
        slot(st, sent=sent),
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Disponent. Herr "
        "Brandes möchte Sie gerne kennenlernen: Kommen Sie bitte übermorgen, also am "
        "Donnerstag, gegen halb drei zu uns in die Zentrale (Hafenstraße 17, Empfang im EG). "
        "Rechnen Sie mit ca. 45 Minuten.\n\nMit freundlichen Grüßen\nKatrin Vogelsang\n"
        "Personalabteilung\n\nElbmarsch Logistik GmbH\nTel. 040 555 01 23 (Mo–Fr 9–12 Uhr)\n"
        "www.elbmarsch-logistik.example.de",
    )
    s = ("Florian Gruber", "florian.gruber@alpenrekrut.example.at")
    sent = at(2026, 4, 16, 15, 40, "Europe/Vienna", "Thu")
    st = at(2026, 4, 21, 10, 15, "Europe/Vienna", "Tue")
    yield case(
        f,
        "naechsten_dienstag_viertel_nach_zehn",
        "de-AT",
        s,
        "Termin bei Innsteg",
        sent,
        "Agency consultant: 'nächsten Dienstag um viertel nach zehn' (sent on a Thursday), "
        "'Dauer: eine Stunde' is exact; no zone.",
        slot(st, st + 60 * MIN, sent=sent),
        "Hallo Herr Morgan,\n\ngute Nachrichten – Innsteg möchte Sie kennenlernen! Ich habe "
        "für Sie nächsten Dienstag um viertel nach zehn fixiert, Gesprächspartnerin ist Frau "
        "Mag. Haider (Leitung Controlling). Dauer: eine Stunde.\n\nAdresse: Museumstraße 5, "
        "6020 Innsbruck, bitte beim Portier melden.\n\nLiebe Grüße aus Wien\nFlorian Gruber\n"
        "Alpenrekrut Personalberatung\nM +43 664 555 2211",
    )
    s = ("Regula Bachmann", "regula.bachmann@limmatbank.example.ch")
    sent = at(2026, 5, 4, 8, 55, "Europe/Zurich", "Mon")
    st = at(2026, 5, 7, 14, 30, "Europe/Zurich", "Thu")
    yield case(
        f,
        "zeile_datum_zeile_zeit",
        "de-CH",
        s,
        "Einladung zum Gespräch",
        sent,
        "Swiss: the date on one line ('Donnerstag, 7. Mai 2026'), the hours on the next "
        "('14.30 – 15.15 Uhr'); no zone.",
        slot(st, st + 45 * MIN, sent=sent),
        "Grüezi Herr Morgan\n\nGerne laden wir Sie zu einem ersten Gespräch ein:\n\n"
        "Donnerstag, 7. Mai 2026\n14.30 – 15.15 Uhr\nLimmatbank AG, Bahnhofquai 9, 8001 Zürich"
        "\n\nBitte melden Sie sich am Empfang im 1. OG.\n\nFreundliche Grüsse\nRegula Bachmann"
        "\nHR Business Partner\nTelefon +41 44 555 12 34",
    )
    s = ("Jens Wollmann", "jens.wollmann@rheinkraft-software.example.de")
    sent = at(2026, 5, 6, 17, 20, "Europe/Berlin", "Wed")
    st = at(2026, 5, 11, 9, 0, "Europe/Berlin", "Mon")
    yield case(
        f,
        "mo_11_5_raum",
        "de-DE",
        s,
        "Kennenlernen",
        sent,
        "Hiring manager: 'Mo., 11.5., um 9:00 Uhr' with a room number '3.12' nearby; no zone.",
        slot(st, sent=sent),
        "Hallo Alex,\n\nich bin Jens, Teamlead Backend. Lass uns gerne Mo., 11.5., um 9:00 "
        "Uhr bei uns im Büro treffen, Raum 3.12 im dritten Stock. Ich hol dich unten ab.\n\n"
        "Bis dann\nJens",
    )
    s = ("Sabine Hofer", "s.hofer@wienerwald-pflege.example.at")
    sent = at(2026, 5, 15, 11, 2, "Europe/Vienna", "Fri")
    st = at(2026, 5, 20, 14, 45, "Europe/Vienna", "Wed")
    yield case(
        f,
        "dreiviertel_drei",
        "de-AT",
        s,
        "Vorstellungstermin",
        sent,
        "Austrian 'am Mittwoch, 20. Mai, um dreiviertel drei' (14:45 in an office context); no "
        "zone.",
        slot(st, sent=sent),
        "Sehr geehrter Herr Morgan,\n\nwir würden Sie gerne am Mittwoch, 20. Mai, um "
        "dreiviertel drei zu einem Vorstellungsgespräch in unser Haus einladen. Bitte bringen "
        "Sie Ihre Zeugnisse mit.\n\nMit freundlichen Grüßen\nSabine Hofer\nWienerwald Pflege",
    )
    s = ("Tobias Ehrlich", "tobias.ehrlich@nordlicht-media.example.de")
    sent = at(2026, 5, 18, 10, 30, "Europe/Berlin", "Mon")
    yield case(
        f,
        "wann_haetten_sie_zeit",
        "de-DE",
        s,
        "Terminfindung",
        sent,
        "Negative: asks when the candidate is free and offers 'Dienstag ab 14 Uhr oder Mittwoch "
        "vormittags'.",
        NEG,
        "Hallo Herr Morgan,\n\nwann hätten Sie nächste Woche Zeit für ein Gespräch? Ich könnte "
        "Dienstag ab 14 Uhr oder Mittwoch vormittags anbieten – geben Sie mir einfach kurz "
        "Bescheid, was Ihnen lieber ist.\n\nViele Grüße\nTobias Ehrlich",
    )
    s = ("Beat Zimmermann", "beat.zimmermann@aare-technik.example.ch")
    sent = at(2026, 5, 20, 16, 10, "Europe/Zurich", "Wed")
    yield case(
        f,
        "danke_gestern",
        "de-CH",
        s,
        "Danke für das Gespräch",
        sent,
        "Negative: thanks for yesterday's talk at 10.30 Uhr; a decision by Friday 29 May.",
        NEG,
        "Grüezi Herr Morgan\n\nvielen Dank für das angenehme Gespräch gestern um 10.30 Uhr. "
        "Wir melden uns bis Freitag, 29. Mai, bei Ihnen.\n\nFreundliche Grüsse\nBeat Zimmermann",
    )
    s = ("Anja Kessler", "anja.kessler@taunus-finanz.example.de")
    sent = at(2026, 5, 25, 9, 45, "Europe/Berlin", "Mon")
    yield case(
        f,
        "unterlagen_bis_mittwoch",
        "de-DE",
        s,
        "Fehlende Unterlagen",
        sent,
        "Negative: a deadline ('bis Mittwoch, 27. Mai, 12 Uhr').",
        NEG,
        "Sehr geehrter Herr Morgan,\n\nfür das weitere Verfahren fehlen uns noch Ihre "
        "Arbeitszeugnisse. Bitte senden Sie diese bis Mittwoch, 27. Mai, 12 Uhr an diese "
        "Adresse.\n\nMit freundlichen Grüßen\nAnja Kessler\nTel. 069 555 4477",
    )
    s = ("Martina Leitner", "martina.leitner@alpenrekrut.example.at")
    sent = at(2026, 5, 26, 14, 0, "Europe/Vienna", "Tue")
    yield case(
        f,
        "frau_berger_eingeplant",
        "de-AT",
        s,
        "Kurzes Update",
        sent,
        "Negative: another candidate is booked 'Dienstag 10 Uhr'; the reader's slot is still "
        "being sought.",
        NEG,
        "Hallo Herr Morgan,\n\nkurzes Update: Beim Kunden ist für Dienstag 10 Uhr bereits Frau "
        "Berger eingeplant, für Sie suche ich gerade noch einen passenden Termin. Ich melde "
        "mich spätestens Donnerstag.\n\nLG Martina",
    )


def frrecrut() -> Iterator[Case]:
    f = "frrecrut"
    s = ("Camille Fabre", "camille.fabre@ligerial.example.fr")
    sent = at(2026, 4, 23, 11, 5, "Europe/Paris", "Thu")
    st = at(2026, 4, 28, 14, 30, "Europe/Paris", "Tue")
    yield case(
        f,
        "mardi_prochain_vers_14h30",
        "fr-FR",
        s,
        "Entretien",
        sent,
        "'mardi prochain vers 14h30' (sent on a Thursday), 'Prévoir 1h' as an exact duration; "
        "no zone.",
        slot(st, st + 60 * MIN, sent=sent),
        "Bonjour Alex,\n\nSuite à notre échange téléphonique, je vous propose de rencontrer "
        "Mme Perrin mardi prochain vers 14h30 dans nos locaux (12 rue des Tanneurs, Lyon 2e). "
        "Prévoir 1h.\n\nBien cordialement,\nCamille Fabre\nChargée de recrutement\n"
        "04 72 55 10 20",
    )
    s = ("Nathalie Dumont", "n.dumont@meuse-assurances.example.be")
    sent = at(2026, 5, 4, 14, 20, "Europe/Brussels", "Mon")
    st = at(2026, 5, 7, 14, 30, "Europe/Brussels", "Thu")
    yield case(
        f,
        "jeudi_7_mai_14_h_30",
        "fr-BE",
        s,
        "Invitation à un entretien",
        sent,
        "Belgian 'le jeudi 7 mai à 14 h 30'; 'environ trois quarts d'heure' is loose; no zone.",
        slot(st, sent=sent),
        "Monsieur,\n\nNous avons le plaisir de vous inviter à un entretien le jeudi 7 mai à "
        "14 h 30 en nos bureaux de Namur (avenue de la Gare 8). L'entretien durera environ "
        "trois quarts d'heure.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\n"
        "Nathalie Dumont\nService RH\nTél. : 081 55 44 33",
    )
    s = ("Geneviève Tremblay", "genevieve.tremblay@boreal-conseil.example.ca")
    sent = at(2026, 5, 8, 10, 15, "America/Toronto", "Fri")
    st = at(2026, 5, 13, 14, 30, "America/Toronto", "Wed")
    yield case(
        f,
        "mercredi_13_mai_14_h_30",
        "fr-CA",
        s,
        "Entrevue avec Julie",
        sent,
        "Canadian 'mercredi 13 mai à 14 h 30', 'une trentaine de minutes' is loose; no zone.",
        slot(st, sent=sent),
        "Salut Alex,\n\nJe t'ai réservé mercredi 13 mai à 14 h 30 avec Julie, la directrice "
        "des opérations. Ça se passe sur Teams, ça devrait prendre une trentaine de minutes. "
        "Je t'envoie le lien d'ici lundi.\n\nBonne fin de semaine!\nGeneviève",
    )
    s = ("Sophie Rochat", "sophie.rochat@leman-horlogerie.example.ch")
    sent = at(2026, 5, 12, 9, 0, "Europe/Zurich", "Tue")
    st = at(2026, 5, 18, 9, 15, "Europe/Zurich", "Mon")
    yield case(
        f,
        "lundi_18_mai_9h15_horaires",
        "fr-CH",
        s,
        "Votre candidature",
        sent,
        "Swiss: 'lundi 18 mai à 9h15' and office hours 'lu–ve 8h–12h / 13h30–17h' in the "
        "signature; no zone.",
        slot(st, sent=sent),
        "Bonjour Monsieur Morgan,\n\nNous vous remercions de votre candidature et avons le "
        "plaisir de vous convier à un entretien le lundi 18 mai à 9h15. Rendez-vous à la "
        "réception, rue du Rhône 42, 2e étage.\n\nMeilleures salutations\nSophie Rochat\n"
        "Ressources humaines\nLéman Horlogerie SA\nTél. +41 22 555 66 77\nHoraires : lu–ve "
        "8h–12h / 13h30–17h",
    )
    s = ("Julien Marchand", "julien.marchand@ocre-digital.example.fr")
    sent = at(2026, 5, 18, 16, 40, "Europe/Paris", "Mon")
    st = at(2026, 5, 19, 11, 0, "Europe/Paris", "Tue")
    yield case(
        f,
        "demain_fin_de_matinee",
        "fr-FR",
        s,
        "Point demain",
        sent,
        "'demain en fin de matinée, vers 11h'; no zone.",
        slot(st, sent=sent),
        "Hello Alex,\n\nComme convenu au téléphone, on se cale demain en fin de matinée, vers "
        "11h, avec Thomas (CTO) en visio. Je t'envoie l'invitation Google Meet ce soir.\n\n"
        "A demain,\nJulien",
    )
    s = ("Élodie Garnier", "elodie.garnier@ligerial.example.fr")
    sent = at(2026, 5, 19, 9, 30, "Europe/Paris", "Tue")
    st = at(2026, 5, 22, 15, 0, "Europe/Paris", "Fri")
    yield case(
        f,
        "date_heure_lignes",
        "fr-FR",
        s,
        "Confirmation de votre entretien",
        sent,
        "'Date : vendredi 22 mai' and 'Heure : 15h – 15h45' on separate lines; no zone.",
        slot(st, st + 45 * MIN, sent=sent),
        "Bonjour,\n\nJe vous confirme votre entretien avec l'équipe finance :\n\nDate : "
        "vendredi 22 mai\nHeure : 15h – 15h45\nLieu : 12 rue des Tanneurs, Lyon 2e\n\n"
        "Cordialement,\nÉlodie Garnier\nAssistante RH",
    )
    s = ("Marc Lambert", "marc.lambert@meuse-assurances.example.be")
    sent = at(2026, 5, 19, 15, 0, "Europe/Brussels", "Tue")
    yield case(
        f,
        "vos_disponibilites",
        "fr-BE",
        s,
        "Disponibilités",
        sent,
        "Negative: asks for availability in the week of 25 May, 'entre 9 h et 12 h'.",
        NEG,
        "Bonjour Monsieur Morgan,\n\nPourriez-vous me communiquer vos disponibilités pour la "
        "semaine du 25 mai ? Idéalement en matinée, entre 9 h et 12 h.\n\nMerci d'avance,\n"
        "Marc Lambert",
    )
    s = ("Camille Fabre", "camille.fabre@ligerial.example.fr")
    asked = at(2026, 5, 19, 20, 5, "Europe/Paris")
    sent = at(2026, 5, 20, 9, 10, "Europe/Paris", "Wed")
    yield case(
        f,
        "je_verifie_avec_manager",
        "fr-FR",
        s,
        "RE: Entretien",
        sent,
        "Negative: the candidate's quoted offer ('jeudi 21 mai à 10h') is only passed on.",
        NEG,
        thread(
            "Bonjour Alex,\n\nMerci pour votre retour. Je vérifie avec Mme Perrin et je vous "
            "confirme d'ici demain.\n\nBien cordialement,\nCamille",
            (
                fr_said(ME, asked),
                "Bonjour Camille,\n\nJe serais disponible jeudi 21 mai à 10h "
                "ou vendredi après 14h.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Maxime Gagnon", "maxime.gagnon@boreal-conseil.example.ca")
    sent = at(2026, 5, 21, 13, 0, "America/Toronto", "Thu")
    yield case(
        f,
        "rencontre_mardi_dernier",
        "fr-CA",
        s,
        "Merci!",
        sent,
        "Negative: thanks for last Tuesday's meeting at 13 h 30.",
        NEG,
        "Salut Alex,\n\nMerci encore pour la rencontre de mardi dernier à 13 h 30, l'équipe a "
        "bien apprécié. On te revient d'ici la fin de la semaine prochaine.\n\nMaxime",
    )
    s = ("Laure Favre", "laure.favre@leman-horlogerie.example.ch")
    sent = at(2026, 5, 25, 8, 30, "Europe/Zurich", "Mon")
    yield case(
        f,
        "test_en_ligne_jeudi",
        "fr-CH",
        s,
        "Test en ligne",
        sent,
        "Negative: a deadline for an online test ('d'ici jeudi 28 mai à 17h').",
        NEG,
        "Bonjour Monsieur Morgan,\n\nMerci de compléter le test en ligne d'ici jeudi 28 mai à "
        "17h. Le lien est valable une seule fois.\n\nMeilleures salutations\nLaure Favre",
    )


def hisprh() -> Iterator[Case]:
    f = "hisprh"
    s = ("Lucía Ortega", "lucia.ortega@mesetaverde.example.es")
    sent = at(2026, 4, 22, 12, 40, "Europe/Madrid", "Wed")
    st = at(2026, 4, 28, 11, 0, "Europe/Madrid", "Tue")
    yield case(
        f,
        "martes_que_viene_eso_de_las_once",
        "es-ES",
        s,
        "Entrevista",
        sent,
        "'el martes que viene a eso de las once' (sent on a Wednesday); 'una horita' is loose; "
        "no zone.",
        slot(st, sent=sent),
        "Hola Alex:\n\nTe escribo de parte de Meseta Verde. A Raquel le encantaría conocerte, "
        "¿te vienes el martes que viene a eso de las once a la oficina? Calcula una horita. "
        "Estamos en la calle Atocha 80, 3.º izquierda.\n\nUn saludo,\nLucía",
    )
    s = ("Fernanda Ríos", "fernanda.rios@altiplano-talento.example.mx")
    sent = at(2026, 4, 27, 10, 0, "America/Mexico_City", "Mon")
    st = at(2026, 4, 30, 14, 30, "America/Mexico_City", "Thu")
    yield case(
        f,
        "jueves_2_30_p_m",
        "es-MX",
        s,
        "Entrevista con Grupo Ceiba",
        sent,
        "Mexican 'el jueves 30 de abril a las 2:30 p. m.', '45 minutos' exact; no zone.",
        slot(st, st + 45 * MIN, sent=sent),
        "Hola Alex, buen día.\n\nTe comparto que Grupo Ceiba quiere entrevistarte el jueves 30 "
        "de abril a las 2:30 p. m. por Zoom, con una duración de 45 minutos. En breve te llega "
        "la liga.\n\nSaludos cordiales,\nFernanda Ríos\nConsultora Sr. | Altiplano Talento\n"
        "Cel. 55 5555 1234",
    )
    s = ("Martín Gaspari", "martin.gaspari@pampa-sistemas.example.ar")
    sent = at(2026, 4, 29, 17, 15, "America/Argentina/Buenos_Aires", "Wed")
    st = at(2026, 5, 4, 14, 0, "America/Argentina/Buenos_Aires", "Mon")
    yield case(
        f,
        "lunes_14_hs",
        "es-AR",
        s,
        "Entrevista técnica",
        sent,
        "Argentine 'el lunes 4 de mayo a las 14 hs'; no zone.",
        slot(st, sent=sent),
        "Hola Alex, ¿cómo va?\n\nTe agendé la entrevista técnica para el lunes 4 de mayo a las "
        "14 hs con Nico y Flor del equipo de datos. Confirmame por favor que te llegó el "
        "mail.\n\nAbrazo,\nMartín",
    )
    s = ("Paola Restrepo", "paola.restrepo@andina-energia.example.co")
    sent = at(2026, 5, 5, 9, 20, "America/Bogota", "Tue")
    st = at(2026, 5, 6, 15, 0, "America/Bogota", "Wed")
    yield case(
        f,
        "manana_3_de_la_tarde",
        "es-CO",
        s,
        "Entrevista",
        sent,
        "Colombian 'mañana miércoles a las 3 de la tarde'; 'Duración aproximada: 30 minutos' "
        "is loose; no zone.",
        slot(st, sent=sent),
        "Buenos días Alex,\n\nCon gusto le confirmo la entrevista para mañana miércoles a las 3 "
        "de la tarde en nuestra sede de la carrera 7. Duración aproximada: 30 minutos.\n\n"
        "Cordialmente,\nPaola Restrepo\nAnalista de Talento Humano",
    )
    s = ("Jorge Salvat", "jorge.salvat@mesetaverde.example.es")
    sent = at(2026, 5, 11, 10, 5, "Europe/Madrid", "Mon")
    st = at(2026, 5, 13, 16, 0, "Europe/Madrid", "Wed")
    yield case(
        f,
        "pasado_manana_sobre_las_4",
        "es-ES",
        s,
        "Segunda entrevista",
        sent,
        "'pasado mañana sobre las 4 de la tarde'; no zone.",
        slot(st, sent=sent),
        "Buenas Alex,\n\nTe paso la segunda entrevista: pasado mañana sobre las 4 de la tarde, "
        "con Jorge y con Elena de producto. Será por Teams.\n\nSaludos,\nJorge",
    )
    s = ("Daniela Cruz", "daniela.cruz@altiplano-talento.example.mx")
    sent = at(2026, 5, 11, 13, 0, "America/Mexico_City", "Mon")
    st = at(2026, 5, 15, 10, 0, "America/Mexico_City", "Fri")
    yield case(
        f,
        "fecha_hora_lineas",
        "es-MX",
        s,
        "Confirmación de entrevista",
        sent,
        "'Fecha: viernes 15 de mayo de 2026' and 'Hora: 10:00 a 11:00 a. m.' on separate lines; "
        "no zone.",
        slot(st, st + 60 * MIN, sent=sent),
        "Estimado Alex:\n\nPor medio del presente le confirmo su entrevista:\n\nFecha: viernes "
        "15 de mayo de 2026\nHora: 10:00 a 11:00 a. m.\nLugar: Av. Insurgentes Sur 1602, piso "
        "9\n\nQuedo atenta.\nDaniela Cruz",
    )
    s = ("Lucía Ortega", "lucia.ortega@mesetaverde.example.es")
    sent = at(2026, 5, 13, 13, 30, "Europe/Madrid", "Wed")
    yield case(
        f,
        "gracias_esta_manana",
        "es-ES",
        s,
        "Gracias",
        sent,
        "Negative: thanks for this morning's interview at 10.",
        NEG,
        "Hola Alex:\n\nGracias por tu tiempo esta mañana a las 10, a Raquel le gustó mucho la "
        "conversación. Te decimos algo antes del viernes.\n\nUn saludo,\nLucía",
    )
    s = ("Sofía Bianchi", "sofia.bianchi@pampa-sistemas.example.ar")
    sent = at(2026, 5, 14, 11, 0, "America/Argentina/Buenos_Aires", "Thu")
    yield case(
        f,
        "que_dias_tenes",
        "es-AR",
        s,
        "Disponibilidad",
        sent,
        "Negative: asks which days the candidate is free; 'de 10 a 13 hs' is the team's window.",
        NEG,
        "Hola Alex,\n\n¿Qué días tenés libres la semana que viene? Nosotros podemos de 10 a 13 "
        "hs cualquier día menos el viernes.\n\nSaludos,\nSofía",
    )
    s = ("Paola Restrepo", "paola.restrepo@andina-energia.example.co")
    sent = at(2026, 5, 18, 8, 40, "America/Bogota", "Mon")
    yield case(
        f,
        "entrevista_de_andres",
        "es-CO",
        s,
        "Proceso de selección",
        sent,
        "Negative: another candidate's interview is 'el jueves a las 9 a. m.'; the reader's is "
        "not set yet.",
        NEG,
        "Buenos días Alex,\n\nLe comento que la entrevista de Andrés con la gerencia quedó para "
        "el jueves a las 9 a. m.; en cuanto tengamos agenda para la suya le escribo.\n\n"
        "Cordialmente,\nPaola",
    )
    s = ("Irene Casals", "irene.casals@mediterrania-foods.example.es")
    sent = at(2026, 5, 18, 12, 0, "Europe/Madrid", "Mon")
    st = at(2026, 5, 21, 12, 30, "Europe/Madrid", "Thu")
    yield case(
        f,
        "jueves_21_horario_atencion",
        "es-ES",
        s,
        "Entrevista en Mediterrània Foods",
        sent,
        "'el jueves 21 de mayo a las 12:30' with office hours 'L-J 9:00-14:00 y 15:00-18:00' in "
        "the signature; no zone.",
        slot(st, sent=sent),
        "Hola Alex,\n\nTe esperamos el jueves 21 de mayo a las 12:30 en nuestras oficinas de "
        "Poblenou para la entrevista con dirección comercial.\n\nUn saludo,\nIrene Casals\n"
        "Recursos Humanos\nTel. 93 555 20 20\nHorario de atención: L-J 9:00-14:00 y "
        "15:00-18:00, V 8:00-15:00",
    )


def slotagreed() -> Iterator[Case]:
    f = "slotagreed"
    s = ("Katrin Vogelsang", "k.vogelsang@elbmarsch-logistik.example.de")
    asked = at(2026, 5, 17, 20, 14, "Europe/Berlin")
    sent = at(2026, 5, 18, 8, 50, "Europe/Berlin", "Mon")
    st = at(2026, 5, 20, 11, 0, "Europe/Berlin", "Wed")
    yield case(
        f,
        "mittwoch_11_fest",
        "de-DE",
        s,
        "AW: Terminvorschläge",
        sent,
        "'Dann machen wir Mittwoch 11 Uhr fest' over the candidate's quoted two options; no zone.",
        slot(st, sent=sent),
        thread(
            "Guten Morgen Herr Morgan,\n\nprima, dann machen wir Mittwoch 11 Uhr fest. Herr "
            "Brandes freut sich.\n\nViele Grüße\nKatrin Vogelsang",
            (
                de_said(ME, asked),
                "Hallo Frau Vogelsang,\n\nMittwoch um 11 oder Donnerstag um "
                "15 Uhr würde mir beides passen.\n\nBeste Grüße\nAlex Morgan",
            ),
        ),
        reply=True,
    )
    s = ("Julien Marchand", "julien.marchand@ocre-digital.example.fr")
    asked = at(2026, 5, 29, 18, 2, "Europe/Paris")
    sent = at(2026, 6, 1, 9, 5, "Europe/Paris", "Mon")
    st = at(2026, 6, 3, 11, 0, "Europe/Paris", "Wed")
    yield case(
        f,
        "va_pour_mercredi_11h",
        "fr-FR",
        s,
        "RE: Prochain échange",
        sent,
        "'Parfait, va pour mercredi 11h' over the candidate's quoted 'mercredi 11h ou vendredi "
        "14h'; no zone.",
        slot(st, sent=sent),
        thread(
            "Parfait, va pour mercredi 11h ! Je t'envoie le lien Meet.\n\nJulien",
            (
                fr_said(ME, asked),
                "Salut Julien,\n\nJe peux mercredi 11h ou vendredi 14h, comme tu préfères.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Fernanda Ríos", "fernanda.rios@altiplano-talento.example.mx")
    asked = at(2026, 6, 1, 19, 40, "America/Mexico_City")
    sent = at(2026, 6, 2, 9, 15, "America/Mexico_City", "Tue")
    st = at(2026, 6, 4, 17, 0, "America/Mexico_City", "Thu")
    yield case(
        f,
        "quedamos_el_jueves",
        "es-MX",
        s,
        "RE: Horarios",
        sent,
        "'Perfecto, quedamos el jueves a las 5 p. m.' over the candidate's quoted options; no "
        "zone.",
        slot(st, sent=sent),
        thread(
            "Perfecto Alex, quedamos el jueves a las 5 p. m. Ya le avisé a Rodrigo.\n\n"
            "Saludos,\nFernanda",
            (
                es_said(ME, asked),
                "Hola Fernanda, el jueves en la tarde a partir de las 4 o el "
                "viernes temprano me acomodan.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Chiara Ferri", "chiara.ferri@lagunare.example.it")
    asked = at(2026, 6, 5, 18, 30, "Europe/Rome")
    sent = at(2026, 6, 8, 9, 0, "Europe/Rome", "Mon")
    st = at(2026, 6, 11, 15, 0, "Europe/Rome", "Thu")
    yield case(
        f,
        "confermiamo_giovedi_15",
        "it",
        s,
        "R: Disponibilità",
        sent,
        "'Perfetto, allora confermiamo giovedì alle 15' over the quoted options; no zone.",
        slot(st, sent=sent),
        thread(
            "Buongiorno Alex,\n\nperfetto, allora confermiamo giovedì alle 15 con l'ing. "
            "Martini. Le mando a breve il link.\n\nCordiali saluti\nChiara Ferri",
            (
                f"Il giorno {asked:%d/%m/%Y} alle {asked:%H:%M} Alex Morgan <{ME[1]}> ha scritto:",
                "Buonasera, sarei disponibile giovedì alle 15 oppure venerdì mattina.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Sanne de Vries", "sanne.devries@polderpunt.example.nl")
    asked = at(2026, 6, 3, 21, 0, "Europe/Amsterdam")
    sent = at(2026, 6, 4, 8, 45, "Europe/Amsterdam", "Thu")
    st = at(2026, 6, 9, 10, 30, "Europe/Amsterdam", "Tue")
    yield case(
        f,
        "dinsdag_half_elf_vast",
        "nl",
        s,
        "RE: Gesprek",
        sent,
        "'dan zetten we dinsdag om half elf vast' (10:30) over the quoted options; no zone.",
        slot(st, sent=sent),
        thread(
            "Hoi Alex,\n\nTop, dan zetten we dinsdag om half elf vast. Je krijgt zo een "
            "uitnodiging van Pieter.\n\nGroetjes,\nSanne",
            (
                f"Op {asked:%d-%m-%Y} om {asked:%H:%M} schreef Alex Morgan <{ME[1]}>:",
                "Hoi Sanne, dinsdagochtend of woensdag na de lunch kan ik allebei.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Beatriz Lopes", "beatriz.lopes@cerrado-tech.example.com.br")
    asked = at(2026, 6, 6, 11, 0, "America/Sao_Paulo")
    sent = at(2026, 6, 8, 10, 0, "America/Sao_Paulo", "Mon")
    st = at(2026, 6, 10, 14, 0, "America/Sao_Paulo", "Wed")
    yield case(
        f,
        "combinado_quarta_14h",
        "pt-BR",
        s,
        "Re: Entrevista",
        sent,
        "'Combinado então: quarta às 14h' over the quoted options; no zone.",
        slot(st, sent=sent),
        thread(
            "Oi Alex, combinado então: quarta às 14h, pelo Meet. Te mando o convite.\n\n"
            "Abs,\nBeatriz",
            (
                f"Em sáb., {asked.day} de jun. de 2026 às {asked:%H:%M}, Alex Morgan <{ME[1]}> "
                "escreveu:",
                "Oi Beatriz, quarta às 14h ou quinta de manhã funcionam.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Agnieszka Wójcik", "agnieszka.wojcik@wislatech.example.pl")
    asked = at(2026, 6, 8, 19, 0, "Europe/Warsaw")
    sent = at(2026, 6, 9, 9, 30, "Europe/Warsaw", "Tue")
    yield case(
        f,
        "sprawdze_z_kierownikiem",
        "pl",
        s,
        "Odp: Termin rozmowy",
        sent,
        "Negative: the candidate's quoted 'w czwartek koło 14' is only passed on.",
        NEG,
        thread(
            "Dzień dobry,\n\ndziękuję za informację. Sprawdzę z kierownikiem, czy czwartek mu "
            "pasuje, i dam znać.\n\nPozdrawiam\nAgnieszka Wójcik",
            (
                f"W dniu {asked:%d.%m.%Y} o {asked:%H:%M}, Alex Morgan pisze:",
                "Dzień dobry, mogę w czwartek koło 14 albo w piątek rano.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Regula Bachmann", "regula.bachmann@limmatbank.example.ch")
    asked = at(2026, 6, 9, 18, 0, "Europe/Zurich")
    sent = at(2026, 6, 10, 8, 20, "Europe/Zurich", "Wed")
    yield case(
        f,
        "donnerstag_geht_nicht",
        "de-CH",
        s,
        "AW: Zweitgespräch",
        sent,
        "Negative: the candidate's quoted 'Donnerstag um 14.00 Uhr' is turned down; new "
        "proposals to follow.",
        NEG,
        thread(
            "Grüezi Herr Morgan\n\nDonnerstag geht bei uns leider nicht, Herr Keller ist auf "
            "Reisen. Ich schicke Ihnen morgen neue Vorschläge.\n\nFreundliche Grüsse\nRegula "
            "Bachmann",
            (
                de_said(ME, asked),
                "Guten Abend Frau Bachmann\n\nDonnerstag um 14.00 Uhr würde "
                "mir gut passen.\n\nFreundliche Grüsse\nAlex Morgan",
            ),
        ),
        reply=True,
    )
    s = ("Maxime Gagnon", "maxime.gagnon@boreal-conseil.example.ca")
    sent = at(2026, 6, 10, 11, 0, "America/Toronto", "Wed")
    yield case(
        f,
        "je_transmets_au_gestionnaire",
        "fr-CA",
        s,
        "Re: Disponibilités",
        sent,
        "Negative: thanks for the availabilities ('lundi 15 juin dès 9 h'), passed on to the "
        "manager.",
        NEG,
        "Salut Alex,\n\nMerci pour tes disponibilités (lundi 15 juin dès 9 h, mardi en "
        "après-midi)! Je les transmets au gestionnaire et je te reviens rapidement.\n\nMaxime",
    )


def shiftslot() -> Iterator[Case]:
    f = "shiftslot"
    s = ("Jens Wollmann", "jens.wollmann@rheinkraft-software.example.de")
    sent = at(2026, 5, 11, 15, 30, "Europe/Berlin", "Mon")
    st = at(2026, 5, 12, 13, 30, "Europe/Berlin", "Tue")
    yield case(
        f,
        "von_10_auf_13_30",
        "de-DE",
        s,
        "Änderung: Gespräch morgen",
        sent,
        "'unser Gespräch morgen verschiebt sich von 10 Uhr auf 13:30 Uhr': the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hallo Alex,\n\nkurze Änderung: Unser Gespräch morgen verschiebt sich von 10 Uhr auf "
        "13:30 Uhr, ich habe vormittags einen Kundentermin reinbekommen. Der Teams-Link bleibt "
        "gleich.\n\nSorry & bis morgen\nJens",
    )
    s = ("Sabine Hofer", "s.hofer@wienerwald-pflege.example.at")
    sent = at(2026, 5, 12, 10, 0, "Europe/Vienna", "Tue")
    yield case(
        f,
        "koennen_wir_schieben",
        "de-AT",
        s,
        "Termin Freitag",
        sent,
        "Negative: asks whether Friday's talk can move to 16 Uhr; not answered yet.",
        NEG,
        "Sehr geehrter Herr Morgan,\n\nkönnten wir unseren Termin am Freitag auf 16 Uhr "
        "schieben? Sagen Sie mir bitte kurz, ob das für Sie geht.\n\nMit freundlichen Grüßen\n"
        "Sabine Hofer",
    )
    s = ("Élodie Garnier", "elodie.garnier@ligerial.example.fr")
    asked = at(2026, 5, 12, 8, 10, "Europe/Paris")
    sent = at(2026, 5, 12, 9, 0, "Europe/Paris", "Tue")
    st = at(2026, 5, 14, 16, 0, "Europe/Paris", "Thu")
    yield case(
        f,
        "on_decale_a_16h",
        "fr-FR",
        s,
        "RE: Entretien jeudi",
        sent,
        "'on décale à 16h jeudi' over the candidate's quoted request to move Thursday 14h; "
        "the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        thread(
            "Bonjour Alex,\n\nPas de souci, on décale à 16h jeudi, même lien Teams.\n\n"
            "Bonne journée,\nÉlodie",
            (
                fr_said(ME, asked),
                "Bonjour Élodie,\n\nSerait-il possible de décaler notre "
                "entretien de jeudi 14h ? J'ai un empêchement en début d'après-midi.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Jorge Salvat", "jorge.salvat@mesetaverde.example.es")
    sent = at(2026, 5, 13, 11, 20, "Europe/Madrid", "Wed")
    st = at(2026, 5, 15, 16, 0, "Europe/Madrid", "Fri")
    yield case(
        f,
        "la_pasamos_a_las_16",
        "es-ES",
        s,
        "Cambio de hora",
        sent,
        "'La entrevista del viernes la pasamos a las 16:00': the new slot on the named day; no "
        "zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hola Alex,\n\nTe aviso de un cambio: la entrevista del viernes la pasamos a las 16:00, "
        "que a Elena se le ha complicado la mañana. Te mando invitación nueva.\n\nPerdona las "
        "molestias,\nJorge",
    )
    s = ("Chiara Ferri", "chiara.ferri@lagunare.example.it")
    sent = at(2026, 5, 14, 14, 0, "Europe/Rome", "Thu")
    st = at(2026, 5, 20, 9, 30, "Europe/Rome", "Wed")
    yield case(
        f,
        "spostiamo_a_mercoledi_20",
        "it",
        s,
        "Spostamento colloquio",
        sent,
        "'spostiamo il colloquio di martedì prossimo alle 11 a mercoledì 20 alle 9.30': the new "
        "slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Gentile Alex,\n\nper un impegno improvviso dell'ing. Martini spostiamo il colloquio di "
        "martedì prossimo alle 11 a mercoledì 20 alle 9.30, sempre in sede.\n\nCi scusiamo per "
        "il disagio.\nChiara Ferri\nUfficio Personale",
    )
    s = ("Lotte Peeters", "lotte.peeters@scheldewerk.example.be")
    sent = at(2026, 5, 18, 9, 40, "Europe/Brussels", "Mon")
    st = at(2026, 5, 22, 14, 0, "Europe/Brussels", "Fri")
    yield case(
        f,
        "verplaatst_naar_vrijdag_14u",
        "nl-BE",
        s,
        "Nieuw tijdstip gesprek",
        sent,
        "Flemish 'wordt verplaatst naar vrijdag 22 mei om 14u': the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Dag Alex,\n\nOns gesprek van donderdag wordt verplaatst naar vrijdag 22 mei om 14u, "
        "zelfde locatie (Kaai 14, Antwerpen).\n\nMet vriendelijke groeten\nLotte Peeters\n"
        "HR-medewerker",
    )
    s = ("Inês Carvalho", "ines.carvalho@tejo-servicos.example.pt")
    sent = at(2026, 5, 18, 10, 30, "Europe/Lisbon", "Mon")
    st = at(2026, 5, 21, 14, 30, "Europe/Lisbon", "Thu")
    yield case(
        f,
        "passar_para_quinta_14h30m",
        "pt-PT",
        s,
        "Alteração da entrevista",
        sent,
        "Portuguese 'passar a entrevista para quinta-feira, 21 de maio, às 14h30m': the new "
        "slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Caro Alex,\n\nPor motivos de agenda da direção, vamos ter de passar a entrevista para "
        "quinta-feira, 21 de maio, às 14h30m. Pedimos desculpa pelo incómodo.\n\nCom os "
        "melhores cumprimentos,\nInês Carvalho\nRecursos Humanos",
    )
    s = ("Martín Gaspari", "martin.gaspari@pampa-sistemas.example.ar")
    sent = at(2026, 5, 19, 16, 0, "America/Argentina/Buenos_Aires", "Tue")
    yield case(
        f,
        "podriamos_pasarla",
        "es-AR",
        s,
        "Entrevista del jueves",
        sent,
        "Negative: asks whether Thursday's 14 hs can move to Friday; not answered yet.",
        NEG,
        "Hola Alex,\n\n¿Podríamos pasar la entrevista del jueves a las 14 hs al viernes a la "
        "misma hora? Decime si te sirve así lo cambio.\n\nAbrazo,\nMartín",
    )
    s = ("Agnieszka Wójcik", "agnieszka.wojcik@wislatech.example.pl")
    sent = at(2026, 5, 20, 12, 0, "Europe/Warsaw", "Wed")
    yield case(
        f,
        "dziekuje_za_wczoraj",
        "pl",
        s,
        "Podziękowanie",
        sent,
        "Negative: thanks for yesterday's talk at 14:00.",
        NEG,
        "Dzień dobry,\n\ndziękuję za wczorajszą rozmowę o 14:00. Odezwiemy się z decyzją do "
        "końca przyszłego tygodnia.\n\nPozdrawiam\nAgnieszka Wójcik",
    )


def itnlhr() -> Iterator[Case]:
    f = "itnlhr"
    s = ("Valentina Greco", "valentina.greco@brenta-meccanica.example.it")
    sent = at(2026, 4, 15, 10, 0, "Europe/Rome", "Wed")
    st = at(2026, 4, 21, 15, 0, "Europe/Rome", "Tue")
    yield case(
        f,
        "martedi_prossimo_verso_le_tre",
        "it",
        s,
        "Colloquio",
        sent,
        "'martedì prossimo verso le tre' (15:00 in an office context); 'circa un'ora' is loose.",
        slot(st, sent=sent),
        "Buongiorno Alex,\n\ncome anticipato al telefono, il responsabile di produzione la "
        "aspetta martedì prossimo verso le tre in stabilimento (via dell'Industria 12, Padova). "
        "Il colloquio durerà circa un'ora.\n\nCordiali saluti\nValentina Greco\nHR",
    )
    s = ("Davide Conti", "davide.conti@lagunare.example.it")
    sent = at(2026, 4, 20, 9, 10, "Europe/Rome", "Mon")
    st = at(2026, 4, 23, 10, 30, "Europe/Rome", "Thu")
    yield case(
        f,
        "giovedi_23_durata_45",
        "it",
        s,
        "Invito a colloquio",
        sent,
        "'giovedì 23 aprile alle ore 10:30, durata 45 minuti'.",
        slot(st, st + 45 * MIN, sent=sent),
        "Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo giovedì 23 aprile alle ore "
        "10:30, durata 45 minuti, in videochiamata.\n\nCordiali saluti\nDavide Conti",
    )
    s = ("Valentina Greco", "valentina.greco@brenta-meccanica.example.it")
    sent = at(2026, 4, 22, 11, 0, "Europe/Rome", "Wed")
    st = at(2026, 4, 27, 14, 0, "Europe/Rome", "Mon")
    yield case(
        f,
        "data_orario_righe",
        "it",
        s,
        "Conferma secondo colloquio",
        sent,
        "'Data: lunedì 27 aprile 2026' and 'Orario: 14:00 - 15:00' on separate lines.",
        slot(st, st + 60 * MIN, sent=sent),
        "Buongiorno,\n\ncon la presente le confermo il secondo colloquio:\n\nData: lunedì 27 "
        "aprile 2026\nOrario: 14:00 - 15:00\nSede: via dell'Industria 12, Padova\n\nCordiali "
        "saluti\nValentina Greco",
    )
    s = ("Davide Conti", "davide.conti@lagunare.example.it")
    sent = at(2026, 4, 24, 15, 0, "Europe/Rome", "Fri")
    yield case(
        f,
        "sua_disponibilita",
        "it",
        s,
        "Disponibilità",
        sent,
        "Negative: asks for availability next week 'tra le 9 e le 13'.",
        NEG,
        "Gentile Alex,\n\nmi potrebbe indicare la sua disponibilità per la prossima settimana, "
        "preferibilmente tra le 9 e le 13?\n\nGrazie\nDavide Conti",
    )
    s = ("Sanne de Vries", "sanne.devries@polderpunt.example.nl")
    sent = at(2026, 4, 23, 14, 0, "Europe/Amsterdam", "Thu")
    st = at(2026, 4, 28, 10, 30, "Europe/Amsterdam", "Tue")
    yield case(
        f,
        "aanstaande_dinsdag_rond_half_elf",
        "nl",
        s,
        "Kennismaking",
        sent,
        "'aanstaande dinsdag rond half elf' (10:30); 'ongeveer drie kwartier' is loose.",
        slot(st, sent=sent),
        "Hoi Alex,\n\nLeuk dat je wilt komen kennismaken! Pieter verwacht je aanstaande "
        "dinsdag rond half elf op kantoor (Keizersgracht 100). Reken op ongeveer drie "
        "kwartier.\n\nGroetjes,\nSanne\nPolderpunt | 020 555 1234",
    )
    s = ("Lotte Peeters", "lotte.peeters@scheldewerk.example.be")
    sent = at(2026, 4, 24, 10, 0, "Europe/Brussels", "Fri")
    st = at(2026, 4, 29, 14, 30, "Europe/Brussels", "Wed")
    yield case(
        f,
        "woensdag_29_april_14u30",
        "nl-BE",
        s,
        "Uitnodiging sollicitatiegesprek",
        sent,
        "Flemish 'op woensdag 29 april om 14u30'.",
        slot(st, sent=sent),
        "Beste Alex,\n\nGraag nodigen wij u uit voor een sollicitatiegesprek op woensdag 29 "
        "april om 14u30 in ons kantoor in Antwerpen.\n\nMet vriendelijke groeten\nLotte "
        "Peeters",
    )
    s = ("Pieter Bakker", "pieter.bakker@polderpunt.example.nl")
    sent = at(2026, 4, 28, 12, 0, "Europe/Amsterdam", "Tue")
    yield case(
        f,
        "bedankt_vanochtend",
        "nl",
        s,
        "Bedankt!",
        sent,
        "Negative: thanks for this morning's talk at 9.",
        NEG,
        "Hoi Alex,\n\nBedankt voor het fijne gesprek van vanochtend om 9 uur. We laten je "
        "voor het eind van de week weten hoe we verder gaan.\n\nPieter",
    )
    s = ("Lotte Peeters", "lotte.peeters@scheldewerk.example.be")
    sent = at(2026, 4, 30, 9, 0, "Europe/Brussels", "Thu")
    yield case(
        f,
        "opdracht_tegen_vrijdag",
        "nl-BE",
        s,
        "Case-opdracht",
        sent,
        "Negative: a deadline ('tegen vrijdag 8 mei, 12u').",
        NEG,
        "Beste Alex,\n\nGelieve de case-opdracht terug te bezorgen tegen vrijdag 8 mei, 12u."
        "\n\nMet vriendelijke groeten\nLotte Peeters",
    )


def lusopolhr() -> Iterator[Case]:
    f = "lusopolhr"
    s = ("Beatriz Lopes", "beatriz.lopes@cerrado-tech.example.com.br")
    sent = at(2026, 4, 23, 16, 0, "America/Sao_Paulo", "Thu")
    st = at(2026, 4, 28, 15, 0, "America/Sao_Paulo", "Tue")
    yield case(
        f,
        "proxima_terca_por_volta_das_15h",
        "pt-BR",
        s,
        "Entrevista",
        sent,
        "'na próxima terça por volta das 15h'.",
        slot(st, sent=sent),
        "Oi Alex, tudo bem?\n\nO Rafael quer bater um papo com você na próxima terça por "
        "volta das 15h, pelo Meet. Te mando o link amanhã.\n\nAbs,\nBeatriz",
    )
    s = ("Inês Carvalho", "ines.carvalho@tejo-servicos.example.pt")
    sent = at(2026, 4, 27, 11, 0, "Europe/Lisbon", "Mon")
    st = at(2026, 4, 30, 14, 30, "Europe/Lisbon", "Thu")
    yield case(
        f,
        "dia_30_14h30m",
        "pt-PT",
        s,
        "Convite para entrevista",
        sent,
        "'no dia 30 de abril (quinta-feira), às 14h30m'; 'cerca de 1 hora' is loose.",
        slot(st, sent=sent),
        "Caro Alex,\n\nGostaríamos de o convidar para uma entrevista no dia 30 de abril "
        "(quinta-feira), às 14h30m, nas nossas instalações da Avenida da Liberdade. A "
        "entrevista terá a duração de cerca de 1 hora.\n\nCom os melhores cumprimentos,\n"
        "Inês Carvalho",
    )
    s = ("Rafael Moura", "rafael.moura@cerrado-tech.example.com.br")
    sent = at(2026, 4, 29, 9, 0, "America/Sao_Paulo", "Wed")
    st = at(2026, 5, 5, 10, 0, "America/Sao_Paulo", "Tue")
    yield case(
        f,
        "data_horario_linhas",
        "pt-BR",
        s,
        "Confirmação",
        sent,
        "'Data: 05/05 (terça)' and 'Horário: 10h às 11h' on separate lines.",
        slot(st, st + 60 * MIN, sent=sent),
        "Olá Alex,\n\nSegue a confirmação da entrevista técnica:\n\nData: 05/05 (terça)\n"
        "Horário: 10h às 11h\nLocal: Google Meet (link no convite)\n\nAbraço,\nRafael",
    )
    s = ("Beatriz Lopes", "beatriz.lopes@cerrado-tech.example.com.br")
    sent = at(2026, 5, 4, 10, 0, "America/Sao_Paulo", "Mon")
    yield case(
        f,
        "me_passa_disponibilidade",
        "pt-BR",
        s,
        "Disponibilidade",
        sent,
        "Negative: asks for availability; the team can do 'entre 14h e 17h'.",
        NEG,
        "Oi Alex,\n\nMe passa sua disponibilidade para a próxima semana? Aqui o time consegue "
        "entre 14h e 17h.\n\nBjs,\nBeatriz",
    )
    s = ("Katarzyna Zielińska", "katarzyna.zielinska@wislatech.example.pl")
    sent = at(2026, 4, 29, 13, 0, "Europe/Warsaw", "Wed")
    st = at(2026, 5, 5, 14, 0, "Europe/Warsaw", "Tue")
    yield case(
        f,
        "przyszly_wtorek_kolo_14",
        "pl",
        s,
        "Rozmowa",
        sent,
        "'w przyszły wtorek koło 14'.",
        slot(st, sent=sent),
        "Cześć Alex,\n\nzapraszam na rozmowę w przyszły wtorek koło 14, u nas w biurze na "
        "Mokotowie (ul. Puławska 145). Będzie też Tomek z zespołu.\n\nPozdrawiam\nKasia",
    )
    s = ("Agnieszka Wójcik", "agnieszka.wojcik@wislatech.example.pl")
    sent = at(2026, 5, 4, 9, 0, "Europe/Warsaw", "Mon")
    st = at(2026, 5, 7, 10, 0, "Europe/Warsaw", "Thu")
    yield case(
        f,
        "czwartek_7_maja_godz_10",
        "pl",
        s,
        "Zaproszenie na rozmowę",
        sent,
        "'w czwartek, 7 maja, o godz. 10:00'; 'ok. 45 minut' is loose.",
        slot(st, sent=sent),
        "Dzień dobry,\n\nzapraszam Pana na rozmowę kwalifikacyjną w czwartek, 7 maja, o godz. "
        "10:00. Rozmowa potrwa ok. 45 minut.\n\nZ poważaniem\nAgnieszka Wójcik\nDział HR\n"
        "tel. 22 555 66 77",
    )
    s = ("Katarzyna Zielińska", "katarzyna.zielinska@wislatech.example.pl")
    sent = at(2026, 5, 5, 15, 0, "Europe/Warsaw", "Tue")
    yield case(
        f,
        "pani_anna_zarzad",
        "pl",
        s,
        "Termin",
        sent,
        "Negative: the manager has a board meeting Wednesday at 11; new proposals asked for.",
        NEG,
        "Cześć Alex,\n\nPani Anna ma w środę o 11 posiedzenie zarządu, więc musimy poszukać "
        "innego terminu. Podeślesz mi kilka propozycji?\n\nKasia",
    )
    s = ("Inês Carvalho", "ines.carvalho@tejo-servicos.example.pt")
    sent = at(2026, 5, 11, 10, 0, "Europe/Lisbon", "Mon")
    yield case(
        f,
        "questionario_ate_sexta",
        "pt-PT",
        s,
        "Questionário",
        sent,
        "Negative: a deadline ('até sexta-feira, 15 de maio, às 18h').",
        NEG,
        "Caro Alex,\n\nAgradecemos que envie o questionário preenchido até sexta-feira, 15 de "
        "maio, às 18h.\n\nCom os melhores cumprimentos,\nInês Carvalho",
    )


def sigfooter() -> Iterator[Case]:
    f = "sigfooter"
    s = ("Petra Lindner", "petra.lindner@spree-energie.example.de")
    sent = at(2026, 6, 3, 10, 0, "Europe/Berlin", "Wed")
    st = at(2026, 6, 9, 10, 0, "Europe/Berlin", "Tue")
    yield case(
        f,
        "termin_uhrzeit_sprechzeiten",
        "de-DE",
        s,
        "Ihr Termin bei Spree Energie",
        sent,
        "'Termin: Dienstag, 9. Juni 2026' and 'Uhrzeit: 10:00 Uhr (Dauer ca. 1 Stunde)' on "
        "separate lines; phone hours in the signature.",
        slot(st, sent=sent),
        "Sehr geehrter Herr Morgan,\n\nanbei wie besprochen die Eckdaten:\n\nTermin: "
        "Dienstag, 9. Juni 2026\nUhrzeit: 10:00 Uhr (Dauer ca. 1 Stunde)\nOrt: "
        "Stralauer Allee 2, 10245 Berlin\n\nMit freundlichen Grüßen\nPetra Lindner\n"
        "Recruiting\nTel. +49 30 555 7788 | Sprechzeiten: Mo–Do 9–16 Uhr",
    )
    s = ("Aurélie Michaud", "aurelie.michaud@ocre-digital.example.fr")
    sent = at(2026, 6, 8, 14, 0, "Europe/Paris", "Mon")
    st = at(2026, 6, 11, 9, 30, "Europe/Paris", "Thu")
    yield case(
        f,
        "ps_jeudi_9h30",
        "fr-FR",
        s,
        "Documents à apporter",
        sent,
        "The slot in a P.S. ('on vous attend jeudi 11 juin à 9h30').",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nPour finaliser votre dossier, merci d'apporter une copie de votre "
        "diplôme et un RIB.\n\nBelle journée,\nAurélie Michaud\nOffice manager\n01 55 55 12 "
        "12\n\nP.S. : on vous attend jeudi 11 juin à 9h30 à l'accueil, pensez à une pièce "
        "d'identité.",
    )
    s = ("Irene Casals", "irene.casals@mediterrania-foods.example.es")
    sent = at(2026, 6, 10, 17, 0, "Europe/Madrid", "Wed")
    st = at(2026, 6, 11, 12, 30, "Europe/Madrid", "Thu")
    yield case(
        f,
        "pd_manana_12_30",
        "es-ES",
        s,
        "Documentación",
        sent,
        "The slot in a P.D. ('lo de mañana a las 12:30').",
        slot(st, sent=sent),
        "Hola Alex,\n\nTe adjunto la política de privacidad para que la firmes.\n\nUn saludo,"
        "\nIrene\n\nP.D.: Te confirmo lo de mañana a las 12:30 en la oficina de Poblenou con "
        "el director comercial.",
    )
    s = ("Davide Conti", "davide.conti@lagunare.example.it")
    sent = at(2026, 6, 8, 11, 0, "Europe/Rome", "Mon")
    st = at(2026, 6, 12, 11, 0, "Europe/Rome", "Fri")
    yield case(
        f,
        "venerdi_orari_ufficio",
        "it",
        s,
        "Colloquio finale",
        sent,
        "'ci vediamo venerdì 12 giugno alle 11.00' with office hours 'lun-ven 9.00-13.00 / "
        "14.00-18.00' in the signature.",
        slot(st, sent=sent),
        "Ciao Alex,\n\nci vediamo venerdì 12 giugno alle 11.00 per il colloquio finale con la "
        "direzione.\n\nA presto\nDavide Conti\nLagunare S.r.l. | tel. 041 555 9090\nOrari "
        "ufficio: lun-ven 9.00-13.00 / 14.00-18.00",
    )
    s = ("Sanne de Vries", "sanne.devries@polderpunt.example.nl")
    sent = at(2026, 6, 15, 16, 0, "Europe/Amsterdam", "Mon")
    st = at(2026, 6, 16, 14, 15, "Europe/Amsterdam", "Tue")
    yield case(
        f,
        "ps_morgen_kwart_over_twee",
        "nl",
        s,
        "Contract",
        sent,
        "The slot in a PS ('morgen om kwart over twee', 14:15).",
        slot(st, sent=sent),
        "Hoi Alex,\n\nIn de bijlage vind je het conceptcontract, lees het rustig door.\n\n"
        "Groetjes,\nSanne\n\nPS: morgen om kwart over twee staat genoteerd, tot dan!",
    )
    s = ("Beat Zimmermann", "beat.zimmermann@aare-technik.example.ch")
    sent = at(2026, 6, 15, 9, 0, "Europe/Zurich", "Mon")
    yield case(
        f,
        "dossier_eingegangen",
        "de-CH",
        s,
        "Eingangsbestätigung",
        sent,
        "Negative: acknowledgement with opening hours only in the signature.",
        NEG,
        "Grüezi Herr Morgan\n\nIhr Dossier ist bei uns eingegangen, besten Dank. Wir melden "
        "uns innert zwei Wochen.\n\nFreundliche Grüsse\nBeat Zimmermann\nAare Technik AG\n"
        "Öffnungszeiten: Mo–Fr 08.00–12.00 / 13.30–17.00 Uhr\nTel. +41 31 555 44 22",
    )
    s = ("Marc Lambert", "marc.lambert@meuse-assurances.example.be")
    sent = at(2026, 5, 18, 11, 0, "Europe/Brussels", "Mon")
    yield case(
        f,
        "ps_bureaux_fermes",
        "fr-BE",
        s,
        "Votre CV",
        sent,
        "Negative: asks for an updated CV; the P.S. says the offices close on Whit Monday.",
        NEG,
        "Bonjour Monsieur Morgan,\n\nPourriez-vous nous transmettre une version à jour de "
        "votre CV ?\n\nCordialement,\nMarc Lambert\n\nP.S. : nos bureaux seront fermés le "
        "lundi 25 mai (Pentecôte).",
    )
    s = ("Rafael Moura", "rafael.moura@cerrado-tech.example.com.br")
    sent = at(2026, 6, 15, 10, 0, "America/Sao_Paulo", "Mon")
    st = at(2026, 6, 18, 16, 0, "America/Sao_Paulo", "Thu")
    yield case(
        f,
        "quinta_18_06_atendimento",
        "pt-BR",
        s,
        "Entrevista agendada",
        sent,
        "'Fica agendada sua entrevista para quinta, 18/06, às 16h' with 'Atendimento: seg a "
        "sex, 9h às 18h' in the signature.",
        slot(st, sent=sent),
        "Olá Alex,\n\nFica agendada sua entrevista para quinta, 18/06, às 16h, com a diretora "
        "de engenharia.\n\nAbraço,\nRafael Moura\nCerrado Tech | (61) 5555-1234\n"
        "Atendimento: seg a sex, 9h às 18h",
    )


BUILDERS = [dachhr, frrecrut, hisprh, slotagreed, shiftslot, itnlhr, lusopolhr, sigfooter]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose11 batch (`build_prose11.py`)",
        "",
        "Scheduling mail typed by recruiters, agency consultants, hiring managers and HR "
        "assistants in German, French, Spanish, Italian, Dutch, Portuguese and Polish "
        "(regional variants), and negatives in the same voices. All text is ours; people, "
        "companies, addresses, phone numbers and links are made up. Quote attribution lines "
        "are written from memory. Every label was written from the datetimes the text is "
        "rendered from, before the parser was run on the message. Loose durations ('ca.', "
        "'environ', 'circa', 'ongeveer', 'cerca de', 'ok.', 'una horita') give no end label. "
        "First measurement, before any parser change: start right on 28 of 30 dev and 14 of 16 "
        "held-out invitations; 4 of 17 dev and 0 of 8 held-out negatives claimed.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose11.py` "
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


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose11.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
