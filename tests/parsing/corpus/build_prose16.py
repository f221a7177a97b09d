"""Write the "prose16" batch: interview scheduling mail typed by people in sixteen languages.

Run: .venv/bin/python tests/parsing/corpus/build_prose16.py

About eighty confirmations, moves and cancellations typed loosely by recruiters, hiring
managers and assistants in German (DE/AT/CH), French (FR/BE/CA), Spanish (ES/MX/CO/AR),
Italian, Dutch, Portuguese (PT/BR), Polish, Swedish, Danish, Japanese, Simplified Chinese,
Korean, Arabic, Turkish, Hindi (Devanagari and romanised Hinglish) and Indonesian: relative
days with parts of the day ('morgen um 10', 'demain 14h', 'mañana a las 4 de la tarde',
'来週火曜の15時', '下周三下午三点', '내일 오후 3시', 'kal dopahar 3 baje', 'besok jam 10 WIB'),
24h and 12h clocks, dotted and slashed dates with and without a year, weekday-only dates,
zones written the way locals write them ('hora CDMX', 'heure de l'Est', 'horário de
Brasília', 'TSİ', 'بتوقيت الرياض', '北京时间', 'IST', 'WIB'), moves that name the old and the
new slot in either order, cancellations, and look-alikes in the same voices (availability
asks, proposals awaiting a pick, after-interview notes). Every label comes from the datetimes
the text is rendered from (weekdays typed in the text are checked by `at`) and was written
before the parser was run on the message. Helpers come from build_parse-pos.py and
build_prose8.py (loaded, not copied). Deterministic; touches only its own families' files.
"""

# ruff: noqa: N806
from __future__ import annotations

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
slot = p8.slot
ME = p8.ME
HAND = (
    "hand-written; recruiters, hiring managers and assistants typing scheduling mail in their "
    "own language in webmail or on the phone; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "dachp16": "dev",
    "frap16": "dev",
    "hispp16": "dev",
    "itnlp16": "dev",
    "lusoplp16": "heldout",
    "nordp16": "dev",
    "japp16": "dev",
    "zhkop16": "heldout",
    "artrp16": "dev",
    "hinidp16": "heldout",
    "movep16": "dev",
    "lookp16": "dev",
}
SOURCES = {
    "dachp16": "German, Austrian and Swiss recruiters: 'morgen um 10', 'um viertel drei' "
    "(Austrian 14:15), '14h (Schweizer Zeit)', 'nächsten Dienstag um 9:30', a cancellation "
    "for tomorrow, a move with the new slot first; an availability ask and an "
    "after-interview note.",
    "frap16": "French, Belgian and Québec senders: 'demain 14h', 'le 15/01 à 10h00', 'à 2 h de "
    "l'après-midi (heure de l'Est)', 'lundi prochain à 9h30', 'en fin de matinée, "
    "11h30-12h15', an annulation; three slots awaiting a pick and an after-interview note.",
    "hispp16": "Spanish, Mexican, Colombian and Argentine recruiters: 'mañana a las 4 de la "
    "tarde', '10:30 hrs (hora CDMX)', '11 a.m. hora Colombia', '15 hs', an anulación, a move "
    "with the old slot first; an availability ask and two options awaiting a pick.",
    "itnlp16": "Italian and Dutch senders: 'domani alle 15', 'giovedì 21/01 h 10.30 – 11.30', "
    "'morgenmiddag om drie uur', 'Nieuw uur: donderdag 28/01 om 14u30 (i.p.v. woensdag "
    "10u)', a cancellation; an availability ask.",
    "lusoplp16": "Portuguese, Brazilian and Polish senders.",
    "nordp16": "Swedish and Danish senders: 'imorgon kl 13', 'kl. 10–11', 'kl. 9.00', an "
    "aflysning for tomorrow; an availability ask.",
    "japp16": "Japanese recruiters: '来週火曜の15時', '1月21日（木）14:00～15:00', "
    "'明日の午後3時', '2/3（水）10時半〜（日本時間）', a 中止 and a 変更; an availability ask and "
    "a thank-you after the interview.",
    "zhkop16": "Simplified Chinese and Korean senders.",
    "artrp16": "Arabic (Saudi, Emirati, Egyptian) and Turkish senders: 'غدًا الساعة 3 عصرًا "
    "بتوقيت الرياض', '20/1/2027 الساعة 10:30 صباحًا', a cancellation, 'yarın saat "
    "14:00'te', '21.01.2027 Perşembe 10.30 (TSİ)', a move with the new slot first; an "
    "after-interview note.",
    "hinidp16": "Hindi (Devanagari and Hinglish) and Indonesian senders.",
    "movep16": "Moves typed as sentences, arrows and lines, naming the new slot first or the "
    "old one first (de, fr, es, it, nl, sv, pt-BR); a move only asked.",
    "lookp16": "Look-alikes in the Asian, Arabic and Indonesian voices of the batch: slots "
    "awaiting a pick (ja, ko, hi-Latn), availability asks (ar, id).",
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
) -> Case:
    raw = mail(
        f"prose16/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
    )
    label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


B = "Europe/Berlin"


# --------------------------------------------------------------------------------------
def dachp16() -> Iterator[Case]:
    f = "dachp16"
    s = ("Katrin Vogel", "k.vogel@hafenlicht-software.example.de")
    sent = at(2026, 12, 7, 15, 20, B, "Mon")
    yield case(
        f,
        "morgen_um_10",
        "de-DE",
        s,
        "Re: Gespräch morgen",
        sent,
        "'morgen um 10' sent on Monday 7 December: Tuesday 8 December 10:00; 'ca. eine Stunde' "
        "gives no end; no zone.",
        slot(at(2026, 12, 8, 10, 0, B, "Tue"), sent=sent),
        "Hallo Alex,\n\nkurze Bestätigung: morgen um 10 bei uns im Büro (Torstraße 88, 3. OG, "
        "bei Hafenlicht klingeln). Du sprichst mit Jens und mir, plan ca. eine Stunde ein.\n\n"
        "Bis morgen!\nKatrin",
    )
    s = ("Lukas Hofbauer", "lukas.hofbauer@donauwerk.example.at")
    sent = at(2026, 12, 10, 11, 2, "Europe/Vienna", "Thu")
    yield case(
        f,
        "viertel_drei",
        "de-AT",
        s,
        "Termin Mittwoch",
        sent,
        "Austrian 'um viertel drei' (14:15) on 'Mittwoch, 16.12.'; 'eine knappe Stunde' gives "
        "no end; no zone.",
        slot(at(2026, 12, 16, 14, 15, "Europe/Vienna", "Wed"), sent=sent),
        "Servus Alex,\n\nwie telefonisch besprochen passt uns Mittwoch, 16.12., um viertel drei "
        "bei uns in der Lerchenfelder Straße. Dauert eine knappe Stunde.\n\nLG\nLukas Hofbauer\n"
        "Donauwerk GmbH",
    )
    s = ("Regula Ammann", "regula.ammann@bergbahn-it.example.ch")
    sent = at(2027, 1, 5, 9, 14, "Europe/Zurich", "Tue")
    yield case(
        f,
        "14h_schweizer_zeit",
        "de-CH",
        s,
        "Videointerview Mo 11.1.",
        sent,
        "'am Mo 11.1. um 14h (Schweizer Zeit), 45 Min.' gives start, end and the zone.",
        slot(
            at(2027, 1, 11, 14, 0, "Europe/Zurich", "Mon"),
            at(2027, 1, 11, 14, 45, "Europe/Zurich"),
            zone="Europe/Zurich",
        ),
        "Grüezi Alex\n\nGerne bestätige ich Ihnen das Videointerview am Mo 11.1. um 14h "
        "(Schweizer Zeit), 45 Min. Den Teams-Link erhalten Sie separat.\n\nFreundliche Grüsse\n"
        "Regula Ammann\nBergbahn IT AG, Chur",
    )
    s = ("Jens Ohlsen", "jens@hafenlicht-software.example.de")
    sent = at(2027, 1, 14, 17, 48, B, "Thu")
    yield case(
        f,
        "naechsten_dienstag_9_30",
        "de-DE",
        s,
        "zweite Runde",
        sent,
        "Weekday only: 'nächsten Dienstag um 9:30' sent on Thursday 14 January is 19 January; "
        "no zone.",
        slot(at(2027, 1, 19, 9, 30, B, "Tue"), sent=sent),
        "hi alex,\n\nzweite runde steht: nächsten Dienstag um 9:30 mit unserer CTO, gleicher Ort "
        "wie letztes mal. kaffee gibts :)\n\ngruß jens\n\nVon meinem iPhone gesendet",
    )
    s = ("Katrin Vogel", "k.vogel@hafenlicht-software.example.de")
    sent = at(2027, 1, 20, 16, 5, B, "Wed")
    yield case(
        f,
        "morgen_absagen",
        "de-DE",
        s,
        "Absage Termin morgen",
        sent,
        "Cancellation: 'das Gespräch morgen um 11 müssen wir leider absagen' sent on Wednesday "
        "20 January (21 January 11:00); no zone.",
        slot(at(2027, 1, 21, 11, 0, B, "Thu"), kind="cancellation", sent=sent),
        "Hallo Alex,\n\ndas Gespräch morgen um 11 müssen wir leider absagen, Jens ist krank. Ich "
        "melde mich Anfang nächster Woche mit einem neuen Vorschlag.\n\nSorry und viele Grüße\n"
        "Katrin",
    )
    s = ("Lukas Hofbauer", "lukas.hofbauer@donauwerk.example.at")
    sent = at(2027, 1, 25, 8, 40, "Europe/Vienna", "Mon")
    yield case(
        f,
        "neuer_termin_statt",
        "de-AT",
        s,
        "Neuer Termin",
        sent,
        "Move with the new slot first: 'Neuer Termin: Freitag 29.1., 13:30 (statt Donnerstag 10 "
        "Uhr)'; no zone.",
        slot(at(2027, 1, 29, 13, 30, "Europe/Vienna", "Fri"), kind="reschedule", sent=sent),
        "Hallo Alex,\n\nleider müssen wir umplanen.\n\nNeuer Termin: Freitag 29.1., 13:30 "
        "(statt Donnerstag 10 Uhr)\n\nOrt bleibt gleich. Passt das?\n\nLG Lukas",
    )
    s = ("Svenja Krüger", "svenja.krueger@nordlicht-media.example.de")
    sent = at(2027, 2, 1, 10, 10, B, "Mon")
    yield case(
        f,
        "wann_haetten_sie_zeit",
        "de-DE",
        s,
        "Kennenlernen",
        sent,
        "Negative: asks when the reader has time next week ('Di vormittags oder Do ab 14 Uhr'); "
        "nothing is set.",
        NEG,
        "Hallo Alex,\n\nwir würden Sie gern kennenlernen. Wann hätten Sie nächste Woche Zeit? "
        "Bei uns ginge Di vormittags oder Do ab 14 Uhr, jeweils ca. 45 Min.\n\nViele Grüße\n"
        "Svenja Krüger",
    )
    s = ("Regula Ammann", "regula.ammann@bergbahn-it.example.ch")
    sent = at(2027, 1, 11, 16, 30, "Europe/Zurich", "Mon")
    yield case(
        f,
        "danke_rueckmeldung_freitag",
        "de-CH",
        s,
        "Merci fürs Gespräch",
        sent,
        "Negative: thanks for today's 14h interview; an answer 'bis Freitag, 17 Uhr'.",
        NEG,
        "Grüezi Alex\n\nMerci vielmals für das angenehme Gespräch heute um 14h. Wir besprechen "
        "uns intern und melden uns bis Freitag, 17 Uhr.\n\nFreundliche Grüsse\nRegula Ammann",
    )


# --------------------------------------------------------------------------------------
def frap16() -> Iterator[Case]:
    f = "frap16"
    P = "Europe/Paris"
    s = ("Camille Roux", "camille@atelier-cobalt.example.fr")
    sent = at(2026, 12, 8, 17, 5, P, "Tue")
    yield case(
        f,
        "demain_14h",
        "fr-FR",
        s,
        "Re: visio",
        sent,
        "'ok pour demain 14h' sent on Tuesday 8 December: Wednesday 9 December 14:00; no zone.",
        slot(at(2026, 12, 9, 14, 0, P, "Wed"), sent=sent),
        "Hello Alex,\n\nok pour demain 14h en visio, je t'envoie le lien Teams demain matin. Tu "
        "verras Hugo (lead dev) et moi.\n\nA demain\nCamille",
    )
    s = ("Sophie Lambert", "s.lambert@meuse-conseil.example.be")
    sent = at(2027, 1, 8, 11, 30, "Europe/Brussels", "Fri")
    yield case(
        f,
        "le_15_01_10h00",
        "fr-BE",
        s,
        "Confirmation de votre entretien",
        sent,
        "Slashed date without year: 'le 15/01 à 10h00' (Friday 15 January); no zone.",
        slot(at(2027, 1, 15, 10, 0, "Europe/Brussels", "Fri"), sent=sent),
        "Madame, Monsieur,\n\nNous vous confirmons votre entretien le 15/01 à 10h00 dans nos "
        "bureaux de Namur (rue de Fer 27). Merci de vous présenter à l'accueil quelques minutes "
        "avant.\n\nBien à vous,\nSophie Lambert\nMeuse Conseil",
    )
    s = ("Marc-André Gagnon", "ma.gagnon@erable-techno.example.ca")
    sent = at(2027, 1, 11, 14, 12, "America/Toronto", "Mon")
    yield case(
        f,
        "2h_apres_midi_heure_est",
        "fr-CA",
        s,
        "Entrevue mercredi",
        sent,
        "Québec 12-hour usage 'mercredi à 2 h de l'après-midi (heure de l'Est)': Wednesday 13 "
        "January 14:00 Eastern; 'une heure environ' gives no end.",
        slot(at(2027, 1, 13, 14, 0, "America/Toronto", "Wed"), zone="America/Toronto"),
        "Bonjour Alex,\n\nC'est confirmé pour mercredi à 2 h de l'après-midi (heure de l'Est) "
        "sur Zoom, une heure environ. Je t'envoie l'invitation sous peu.\n\nBonne journée!\n"
        "Marc-André",
    )
    s = ("Camille Roux", "camille@atelier-cobalt.example.fr")
    sent = at(2027, 1, 14, 9, 50, P, "Thu")
    yield case(
        f,
        "lundi_prochain_9h30",
        "fr-FR",
        s,
        "on se voit lundi",
        sent,
        "Weekday only: 'lundi prochain à 9h30' sent on Thursday 14 January is 18 January; no zone.",
        slot(at(2027, 1, 18, 9, 30, P, "Mon"), sent=sent),
        "salut Alex,\n\nc'est calé pour lundi prochain à 9h30 dans nos locaux (11 rue du "
        "Faubourg Poissonnière, 4e), tu rencontreras les deux fondateurs.\n\nbonne fin de "
        "semaine\nCamille",
    )
    s = ("Marc-André Gagnon", "ma.gagnon@erable-techno.example.ca")
    sent = at(2027, 1, 19, 10, 3, "America/Toronto", "Tue")
    yield case(
        f,
        "annuler_jeudi_13h30",
        "fr-CA",
        s,
        "Entrevue de jeudi annulée",
        sent,
        "Cancellation: 'annuler notre entrevue de jeudi 13 h 30' sent on Tuesday 19 January "
        "(21 January); no zone.",
        slot(at(2027, 1, 21, 13, 30, "America/Toronto", "Thu"), kind="cancellation", sent=sent),
        "Bonjour Alex,\n\nJe dois malheureusement annuler notre entrevue de jeudi 13 h 30, le "
        "poste est mis sur la glace pour l'instant. Désolé pour le dérangement.\n\nMarc-André",
    )
    s = ("Élodie Marchand", "elodie@quai-numerique.example.fr")
    sent = at(2027, 1, 22, 15, 40, P, "Fri")
    yield case(
        f,
        "fin_de_matinee_11h30_12h15",
        "fr-FR",
        s,
        "Entretien jeudi 28",
        sent,
        "'jeudi 28 janvier en fin de matinée, 11h30-12h15' gives start and end; no zone.",
        slot(at(2027, 1, 28, 11, 30, P, "Thu"), at(2027, 1, 28, 12, 15, P), sent=sent),
        "Bonjour Alex,\n\nJe vous confirme notre entretien jeudi 28 janvier en fin de matinée, "
        "11h30-12h15, au 3 quai de la Fosse à Nantes.\n\nCordialement,\nÉlodie Marchand",
    )
    s = ("Sophie Lambert", "s.lambert@meuse-conseil.example.be")
    sent = at(2027, 1, 27, 9, 0, "Europe/Brussels", "Wed")
    yield case(
        f,
        "trois_creneaux",
        "fr-BE",
        s,
        "Second entretien - créneaux",
        sent,
        "Negative: three slots offered ('mardi 2/02 à 10h, mercredi 3/02 à 14h ou jeudi 4/02 à "
        "16h30'), the reader still has to pick.",
        NEG,
        "Bonjour Alex,\n\nPour le second entretien je vous propose trois créneaux : mardi 2/02 à "
        "10h, mercredi 3/02 à 14h ou jeudi 4/02 à 16h30. Dites-moi lequel vous convient le "
        "mieux.\n\nBien à vous,\nSophie",
    )
    s = ("Marc-André Gagnon", "ma.gagnon@erable-techno.example.ca")
    sent = at(2027, 1, 13, 15, 30, "America/Toronto", "Wed")
    yield case(
        f,
        "merci_reponse_vendredi_midi",
        "fr-CA",
        s,
        "Merci!",
        sent,
        "Negative: thanks for the interview that just ended; an answer 'd'ici vendredi midi'.",
        NEG,
        "Merci pour l'entrevue de tantôt Alex, c'était vraiment le fun. On te revient d'ici "
        "vendredi midi.\n\nMarc-André",
    )


# --------------------------------------------------------------------------------------
def hispp16() -> Iterator[Case]:
    f = "hispp16"
    M, X, C, A = (
        "Europe/Madrid",
        "America/Mexico_City",
        "America/Bogota",
        "America/Argentina/Buenos_Aires",
    )
    s = ("Lucía Ferrer", "lucia@olivo-digital.example.es")
    sent = at(2026, 12, 14, 12, 30, M, "Mon")
    yield case(
        f,
        "manana_4_de_la_tarde",
        "es-ES",
        s,
        "Confirmado mañana",
        sent,
        "'mañana a las 4 de la tarde' sent on Monday 14 December: Tuesday 15 December 16:00; no "
        "zone.",
        slot(at(2026, 12, 15, 16, 0, M, "Tue"), sent=sent),
        "Hola Alex,\n\nconfirmado: mañana a las 4 de la tarde te esperamos en la oficina de "
        "Chamberí (calle Santa Engracia 40, 2º). Pregunta por mí en recepción.\n\nUn saludo,\n"
        "Lucía",
    )
    s = ("Rodrigo Villaseñor", "rodrigo.v@nopal-tech.example.mx")
    sent = at(2027, 1, 7, 18, 20, X, "Thu")
    yield case(
        f,
        "10_30_hrs_hora_cdmx",
        "es-MX",
        s,
        "Entrevista martes 12",
        sent,
        "'el martes 12 de enero a las 10:30 hrs (hora CDMX)' names the zone.",
        slot(at(2027, 1, 12, 10, 30, X, "Tue"), zone="America/Mexico_City"),
        "Hola Alex, qué tal?\n\nTe confirmo la entrevista con el equipo de producto el martes 12 "
        "de enero a las 10:30 hrs (hora CDMX) por Google Meet. Cualquier cosa me avisas.\n\n"
        "Saludos!\nRodrigo",
    )
    s = ("Valentina Ospina", "valentina@guadua-software.example.co")
    sent = at(2027, 1, 8, 9, 15, C, "Fri")
    yield case(
        f,
        "11_am_hora_colombia",
        "es-CO",
        s,
        "Entrevista técnica",
        sent,
        "'el jueves 14/01 a las 11 a.m. hora Colombia', '45 minutos' gives the end.",
        slot(at(2027, 1, 14, 11, 0, C, "Thu"), at(2027, 1, 14, 11, 45, C), zone="America/Bogota"),
        "Buenos días Alex,\n\nle confirmo su entrevista técnica el jueves 14/01 a las 11 a.m. "
        "hora Colombia, por Google Meet, duración 45 minutos.\n\nQuedo atenta,\nValentina Ospina\n"
        "Guadua Software",
    )
    s = ("Martín Acosta", "martin@yerba-labs.example.com.ar")
    sent = at(2027, 1, 18, 13, 0, A, "Mon")
    yield case(
        f,
        "miercoles_20_15_hs",
        "es-AR",
        s,
        "entrevista miércoles",
        sent,
        "'el miércoles 20 a las 15 hs' (no month, no year); no zone.",
        slot(at(2027, 1, 20, 15, 0, A, "Wed"), sent=sent),
        "Hola Alex! Te confirmo la entrevista para el miércoles 20 a las 15 hs en la oficina de "
        "Palermo (Honduras 5500). Cualquier cosa escribime.\n\nAbrazo,\nMartín",
    )
    s = ("Lucía Ferrer", "lucia@olivo-digital.example.es")
    sent = at(2027, 1, 19, 10, 20, M, "Tue")
    yield case(
        f,
        "anular_jueves_21_12",
        "es-ES",
        s,
        "Entrevista del jueves",
        sent,
        "Cancellation: 'tenemos que anular la entrevista del jueves 21 a las 12:00'; no zone.",
        slot(at(2027, 1, 21, 12, 0, M, "Thu"), kind="cancellation", sent=sent),
        "Hola Alex,\n\nsiento mucho avisarte tan tarde pero tenemos que anular la entrevista del "
        "jueves 21 a las 12:00, se ha congelado la vacante. Te aviso si se reabre.\n\nUn "
        "abrazo,\nLucía",
    )
    s = ("Rodrigo Villaseñor", "rodrigo.v@nopal-tech.example.mx")
    sent = at(2027, 1, 20, 17, 10, X, "Wed")
    yield case(
        f,
        "la_pasamos_al_lunes",
        "es-MX",
        s,
        "cambio de horario",
        sent,
        "Move with the old slot first: 'la entrevista del viernes 22 a las 5 pm la pasamos al "
        "lunes 25 a las 10 am'; no zone.",
        slot(at(2027, 1, 25, 10, 0, X, "Mon"), kind="reschedule", sent=sent),
        "Alex, una disculpa: la entrevista del viernes 22 a las 5 pm la pasamos al lunes 25 a "
        "las 10 am, mismo link de Meet. Gracias por la paciencia!\n\nRodrigo",
    )
    s = ("Martín Acosta", "martin@yerba-labs.example.com.ar")
    sent = at(2027, 1, 27, 11, 0, A, "Wed")
    yield case(
        f,
        "que_dias_tenes",
        "es-AR",
        s,
        "segunda entrevista",
        sent,
        "Negative: asks which days the reader has free ('martes o jueves después de las 14 hs').",
        NEG,
        "Hola Alex!\n\n¿Qué días tenés libres la semana que viene para la segunda entrevista? "
        "Nosotros podemos martes o jueves después de las 14 hs.\n\nAbrazo,\nMartín",
    )
    s = ("Valentina Ospina", "valentina@guadua-software.example.co")
    sent = at(2027, 1, 26, 16, 0, C, "Tue")
    yield case(
        f,
        "dos_opciones_cual",
        "es-CO",
        s,
        "Siguiente paso",
        sent,
        "Negative: two options awaiting the reader's pick ('lunes 1 de febrero a las 9 a.m. o "
        "martes 2 a las 3 p.m.').",
        NEG,
        "Hola Alex,\n\nTe propongo dos opciones para hablar con la gerente: lunes 1 de febrero a "
        "las 9 a.m. o martes 2 a las 3 p.m. ¿Cuál te sirve más?\n\nQuedo atenta,\nValentina",
    )


# --------------------------------------------------------------------------------------
def itnlp16() -> Iterator[Case]:
    f = "itnlp16"
    R, N, BR = "Europe/Rome", "Europe/Amsterdam", "Europe/Brussels"
    s = ("Giulia Conti", "giulia.conti@lanterna-web.example.it")
    sent = at(2027, 1, 13, 16, 45, R, "Wed")
    yield case(
        f,
        "domani_alle_15",
        "it",
        s,
        "colloquio domani",
        sent,
        "'domani alle 15' sent on Wednesday 13 January: Thursday 14 January 15:00; no zone.",
        slot(at(2027, 1, 14, 15, 0, R, "Thu"), sent=sent),
        "Ciao Alex,\n\nti confermo il colloquio domani alle 15 in sede (via Pietro Custodi 12, "
        "citofono Lanterna). Ci saremo io e Marco.\n\nA domani,\nGiulia",
    )
    s = ("Stefano Galli", "s.galli@ferrovia-dati.example.it")
    sent = at(2027, 1, 15, 9, 30, R, "Fri")
    yield case(
        f,
        "giovedi_h_10_30_11_30",
        "it",
        s,
        "Colloquio tecnico",
        sent,
        "'giovedì 21/01 h 10.30 – 11.30' gives start and end; no zone.",
        slot(at(2027, 1, 21, 10, 30, R, "Thu"), at(2027, 1, 21, 11, 30, R), sent=sent),
        "Buongiorno Alex,\n\ncome da accordi telefonici il colloquio tecnico è fissato per "
        "giovedì 21/01 h 10.30 – 11.30 su Teams.\n\nCordiali saluti\nStefano Galli",
    )
    s = ("Giulia Conti", "giulia.conti@lanterna-web.example.it")
    sent = at(2027, 1, 21, 18, 5, R, "Thu")
    yield case(
        f,
        "annullare_lunedi_25",
        "it",
        s,
        "Colloquio di lunedì",
        sent,
        "Cancellation: 'dobbiamo annullare il colloquio di lunedì 25 alle 9:30'; no zone.",
        slot(at(2027, 1, 25, 9, 30, R, "Mon"), kind="cancellation", sent=sent),
        "Ciao Alex,\n\npurtroppo dobbiamo annullare il colloquio di lunedì 25 alle 9:30, la "
        "posizione è stata sospesa. Mi dispiace tanto.\n\nGiulia",
    )
    s = ("Fleur de Wit", "fleur@tulpdata.example.nl")
    sent = at(2027, 1, 11, 14, 0, N, "Mon")
    yield case(
        f,
        "morgenmiddag_om_drie",
        "nl-NL",
        s,
        "Gesprek morgen",
        sent,
        "'morgenmiddag om drie uur' sent on Monday 11 January: Tuesday 12 January 15:00; no zone.",
        slot(at(2027, 1, 12, 15, 0, N, "Tue"), sent=sent),
        "Hoi Alex,\n\nleuk dat het lukt! Dan zien we je morgenmiddag om drie uur op kantoor "
        "(Oudegracht 150, Utrecht). Meld je even bij de receptie.\n\nGroetjes,\nFleur",
    )
    s = ("Pieter Claes", "pieter.claes@scheldewerk.example.be")
    sent = at(2027, 1, 25, 10, 30, BR, "Mon")
    yield case(
        f,
        "nieuw_uur_14u30",
        "nl-BE",
        s,
        "Nieuw uur",
        sent,
        "Move with the new slot first on its own line: 'Nieuw uur: donderdag 28/01 om 14u30 "
        "(i.p.v. woensdag 10u)'; no zone.",
        slot(at(2027, 1, 28, 14, 30, BR, "Thu"), kind="reschedule", sent=sent),
        "Dag Alex,\n\nkleine wijziging voor ons gesprek:\n\nNieuw uur: donderdag 28/01 om 14u30 "
        "(i.p.v. woensdag 10u)\n\nZelfde adres. Laat je iets weten als dat niet gaat?\n\n"
        "Groeten,\nPieter",
    )
    s = ("Fleur de Wit", "fleur@tulpdata.example.nl")
    sent = at(2027, 1, 28, 9, 40, N, "Thu")
    yield case(
        f,
        "wanneer_schikt_het",
        "nl-NL",
        s,
        "Tweede gesprek",
        sent,
        "Negative: asks when the reader can come next week ('ma t/m wo tussen 9 en 12').",
        NEG,
        "Hoi Alex,\n\nWanneer schikt het jou volgende week voor een tweede gesprek? Wij kunnen "
        "ma t/m wo tussen 9 en 12.\n\nGroetjes,\nFleur",
    )


# --------------------------------------------------------------------------------------
def lusoplp16() -> Iterator[Case]:
    f = "lusoplp16"
    SP, L, W = "America/Sao_Paulo", "Europe/Lisbon", "Europe/Warsaw"
    s = ("Beatriz Nogueira", "beatriz@caju-tech.example.com.br")
    sent = at(2027, 1, 12, 15, 0, SP, "Tue")
    yield case(
        f,
        "amanha_14h_brasilia",
        "pt-BR",
        s,
        "Entrevista amanhã",
        sent,
        "'amanhã às 14h (horário de Brasília)'.",
        slot(at(2027, 1, 13, 14, 0, SP, "Wed"), zone="America/Sao_Paulo"),
        "Oi Alex, tudo bem?\n\nConfirmando nossa conversa amanhã às 14h (horário de Brasília) "
        "pelo Meet, com a Carol do time de dados. Qualquer coisa me chama no WhatsApp.\n\n"
        "Abs,\nBeatriz",
    )
    s = ("Tiago Pires", "tiago.pires@sardinha-soft.example.pt")
    sent = at(2027, 1, 15, 11, 20, L, "Fri")
    yield case(
        f,
        "quinta_dia_21_15h30",
        "pt-PT",
        s,
        "Entrevista quinta-feira",
        sent,
        "'quinta-feira, dia 21, às 15h30'.",
        slot(at(2027, 1, 21, 15, 30, L, "Thu"), sent=sent),
        "Olá Alex,\n\nFica então marcada a entrevista para quinta-feira, dia 21, às 15h30, no "
        "nosso escritório da Rua da Prata 80, 3.º andar.\n\nCumprimentos,\nTiago Pires",
    )
    s = ("Beatriz Nogueira", "beatriz@caju-tech.example.com.br")
    sent = at(2027, 1, 20, 9, 10, SP, "Wed")
    yield case(
        f,
        "cancelar_sexta_22",
        "pt-BR",
        s,
        "Entrevista de sexta",
        sent,
        "Cancellation: 'a entrevista de sexta (22/01) às 10h'.",
        slot(at(2027, 1, 22, 10, 0, SP, "Fri"), kind="cancellation", sent=sent),
        "Oi Alex,\n\ninfelizmente precisamos cancelar a entrevista de sexta (22/01) às 10h, a "
        "vaga foi congelada. Sinto muito mesmo!\n\nBeatriz",
    )
    s = ("Agnieszka Wróbel", "a.wrobel@bursztyn-it.example.pl")
    sent = at(2027, 1, 14, 13, 0, W, "Thu")
    yield case(
        f,
        "jutro_o_11",
        "pl",
        s,
        "Re: rozmowa",
        sent,
        "'jutro o 11:00'.",
        slot(at(2027, 1, 15, 11, 0, W, "Fri"), sent=sent),
        "Dzień dobry,\n\npotwierdzam spotkanie jutro o 11:00 w naszym biurze przy ul. "
        "Piotrkowskiej 120 w Łodzi. Proszę zapytać o mnie na recepcji.\n\n"
        "Pozdrawiam\nAgnieszka Wróbel",
    )
    s = ("Michał Zając", "michal@wisla-labs.example.pl")
    sent = at(2027, 1, 22, 16, 30, W, "Fri")
    yield case(
        f,
        "przesuwamy_na_srode",
        "pl",
        s,
        "zmiana terminu",
        sent,
        "Move, old slot first: 'z wtorku 14:00 na środę 27.01 o 10:00'.",
        slot(at(2027, 1, 27, 10, 0, W, "Wed"), kind="reschedule", sent=sent),
        "Cześć Alex,\n\nprzesuwamy naszą rozmowę z wtorku 14:00 na środę 27.01 o 10:00, link "
        "do Teams bez zmian. Sorry za zamieszanie!\n\nMichał",
    )
    s = ("Beatriz Nogueira", "beatriz@caju-tech.example.com.br")
    sent = at(2027, 1, 27, 10, 0, SP, "Wed")
    yield case(
        f,
        "qual_horario_melhor",
        "pt-BR",
        s,
        "Próxima etapa",
        sent,
        "Negative: two slots awaiting a pick.",
        NEG,
        "Oi Alex!\n\nPra próxima etapa tenho estes horários: seg 1/2 às 10h ou ter 2/2 às 15h. "
        "Qual fica melhor pra você?\n\nAbs,\nBeatriz",
    )


# --------------------------------------------------------------------------------------
def nordp16() -> Iterator[Case]:
    f = "nordp16"
    S, K = "Europe/Stockholm", "Europe/Copenhagen"
    s = ("Karin Lindqvist", "karin@granskog-data.example.se")
    sent = at(2027, 1, 11, 15, 30, S, "Mon")
    yield case(
        f,
        "imorgon_kl_13",
        "sv",
        s,
        "Ses imorgon",
        sent,
        "'imorgon kl 13' sent on Monday 11 January: Tuesday 12 January 13:00; no zone.",
        slot(at(2027, 1, 12, 13, 0, S, "Tue"), sent=sent),
        "Hej Alex!\n\nVi ses imorgon kl 13 på kontoret på Sveavägen 44. Fråga efter mig i "
        "receptionen.\n\nHälsningar\nKarin",
    )
    s = ("Olof Berg", "olof.berg@norrsken-ab.example.se")
    sent = at(2027, 1, 13, 10, 0, S, "Wed")
    yield case(
        f,
        "onsdag_den_20_kl_10_11",
        "sv",
        s,
        "Intervju onsdag",
        sent,
        "'onsdag den 20 januari kl. 10–11' gives start and end; no zone.",
        slot(at(2027, 1, 20, 10, 0, S, "Wed"), at(2027, 1, 20, 11, 0, S), sent=sent),
        "Hej Alex,\n\nHärmed bekräftar jag intervjun onsdag den 20 januari kl. 10–11 via Teams.\n\n"
        "Vänliga hälsningar\nOlof Berg\nNorrsken AB",
    )
    s = ("Mette Holm", "mette@bolgeblaa.example.dk")
    sent = at(2027, 1, 15, 12, 0, K, "Fri")
    yield case(
        f,
        "torsdag_21_1_kl_9",
        "da",
        s,
        "Samtale torsdag",
        sent,
        "'torsdag d. 21/1 kl. 9.00'; no zone.",
        slot(at(2027, 1, 21, 9, 0, K, "Thu"), sent=sent),
        "Hej Alex\n\nHermed bekræftet: vi ses torsdag d. 21/1 kl. 9.00 på Vesterbrogade 110, "
        "2. sal.\n\nVenlig hilsen\nMette Holm",
    )
    s = ("Mette Holm", "mette@bolgeblaa.example.dk")
    sent = at(2027, 1, 26, 11, 15, K, "Tue")
    yield case(
        f,
        "aflyse_i_morgen_kl_14",
        "da",
        s,
        "Aflysning",
        sent,
        "Cancellation: 'aflyse samtalen i morgen kl. 14' sent on Tuesday 26 January; no zone.",
        slot(at(2027, 1, 27, 14, 0, K, "Wed"), kind="cancellation", sent=sent),
        "Hej Alex\n\nVi er desværre nødt til at aflyse samtalen i morgen kl. 14, da stillingen "
        "er sat i bero. Undskyld det korte varsel.\n\nMvh Mette",
    )
    s = ("Karin Lindqvist", "karin@granskog-data.example.se")
    sent = at(2027, 1, 27, 9, 0, S, "Wed")
    yield case(
        f,
        "vilka_tider_passar",
        "sv",
        s,
        "Andra intervjun",
        sent,
        "Negative: asks which times suit the reader ('tisdag eftermiddag eller torsdag "
        "förmiddag').",
        NEG,
        "Hej Alex!\n\nVilka tider passar dig nästa vecka för en andra intervju? Vi kan tisdag "
        "eftermiddag eller torsdag förmiddag.\n\n/Karin",
    )


# --------------------------------------------------------------------------------------
def japp16() -> Iterator[Case]:
    f = "japp16"
    T = "Asia/Tokyo"
    s = ("佐藤 美咲", "m.sato@sakura-systems.example.jp")
    sent = at(2027, 1, 13, 14, 20, T, "Wed")
    yield case(
        f,
        "raishu_kayo_15ji",
        "ja",
        s,
        "面接日程確定のご連絡",
        sent,
        "Weekday only: '来週火曜の15時から' sent on Wednesday 13 January is 19 January 15:00; no "
        "zone.",
        slot(at(2027, 1, 19, 15, 0, T, "Tue"), sent=sent),
        "Alex様\n\nお世話になっております。さくらシステムズの佐藤です。\n\n二次面接は来週火曜の"
        "15時からで確定いたしました。当日は本社受付にてお名前をお伝えください。\n\nよろしく"
        "お願いいたします。\n佐藤",
    )
    s = ("田中 健太", "k.tanaka@hoshizora-lab.example.jp")
    sent = at(2027, 1, 14, 10, 5, T, "Thu")
    yield case(
        f,
        "1gatsu21nichi_14_15",
        "ja",
        s,
        "【ほしぞらラボ】面接のご案内",
        sent,
        "A '日時：1月21日（木）14:00～15:00' line gives start and end; no zone.",
        slot(at(2027, 1, 21, 14, 0, T, "Thu"), at(2027, 1, 21, 15, 0, T), sent=sent),
        "Alex様\n\nこの度はご応募いただきありがとうございます。下記の通り面接を実施いたします。"
        "\n\n日時：1月21日（木）14:00～15:00\n場所：東京都渋谷区神南1-2-3 ほしぞらビル5F\n"
        "持ち物：特になし\n\nほしぞらラボ 人事部 田中",
    )
    s = ("佐藤 美咲", "m.sato@sakura-systems.example.jp")
    sent = at(2027, 1, 18, 17, 30, T, "Mon")
    yield case(
        f,
        "ashita_gogo_3ji",
        "ja",
        s,
        "明日の面接について",
        sent,
        "'明日の午後3時' sent on Monday 18 January: Tuesday 19 January 15:00; no zone.",
        slot(at(2027, 1, 19, 15, 0, T, "Tue"), sent=sent),
        "Alex様\n\n明日の午後3時に本社7階でお待ちしております。ご不明点があればご連絡くだ"
        "さい。\n\n佐藤",
    )
    s = ("山本 遼", "ryo.yamamoto@kumo-works.example.jp")
    sent = at(2027, 1, 27, 11, 0, T, "Wed")
    yield case(
        f,
        "2_3_10jihan_nihon_jikan",
        "ja",
        s,
        "オンライン面接（2/3）",
        sent,
        "'2/3（水）10時半〜（日本時間）' names the zone; no end.",
        slot(at(2027, 2, 3, 10, 30, T, "Wed"), zone="Asia/Tokyo"),
        "Alex さん\n\nオンライン面接の件、2/3（水）10時半〜（日本時間）でお願いします。"
        "Zoomのリンクは前日にお送りします。\n\n山本",
    )
    s = ("田中 健太", "k.tanaka@hoshizora-lab.example.jp")
    sent = at(2027, 1, 25, 9, 30, T, "Mon")
    yield case(
        f,
        "chushi_28nichi_11ji",
        "ja",
        s,
        "面接中止のお知らせ",
        sent,
        "Cancellation: '1月28日（木）11:00からの面接' is '中止'; no zone.",
        slot(at(2027, 1, 28, 11, 0, T, "Thu"), kind="cancellation", sent=sent),
        "Alex様\n\n1月28日（木）11:00からの面接ですが、社内事情により誠に申し訳ございませんが"
        "中止とさせていただきます。改めてご連絡いたします。\n\nほしぞらラボ 人事部 田中",
    )
    s = ("山本 遼", "ryo.yamamoto@kumo-works.example.jp")
    sent = at(2027, 2, 1, 16, 0, T, "Mon")
    yield case(
        f,
        "henko_5nichi_10ji",
        "ja",
        s,
        "面接日時変更",
        sent,
        "Move, old slot first: '2月4日（木）16時からの面接を、2月5日（金）10時に変更'; no zone.",
        slot(at(2027, 2, 5, 10, 0, T, "Fri"), kind="reschedule", sent=sent),
        "Alex さん\n\n恐れ入りますが、2月4日（木）16時からの面接を、2月5日（金）10時に変更"
        "させていただきました。場所は変わりません。\n\n山本",
    )
    s = ("佐藤 美咲", "m.sato@sakura-systems.example.jp")
    sent = at(2027, 2, 2, 10, 0, T, "Tue")
    yield case(
        f,
        "gotsugo_kouho",
        "ja",
        s,
        "最終面接の日程調整",
        sent,
        "Negative: asks for two or three candidate times; 'the afternoons of Tuesday and "
        "Thursday' are open.",
        NEG,
        "Alex様\n\n最終面接の日程を調整させてください。来週のご都合の良い日時を2〜3候補"
        "いただけますでしょうか。弊社は火曜・木曜の午後でしたら調整可能です。\n\n佐藤",
    )
    s = ("田中 健太", "k.tanaka@hoshizora-lab.example.jp")
    sent = at(2027, 1, 21, 16, 10, T, "Thu")
    yield case(
        f,
        "mensetsu_arigatou",
        "ja",
        s,
        "本日の面接のお礼",
        sent,
        "Negative: thanks for today's 14:00 interview; results within a week.",
        NEG,
        "Alex様\n\n本日14時からの面接、誠にありがとうございました。選考結果は1週間以内に"
        "メールにてご連絡いたします。\n\n田中",
    )


# --------------------------------------------------------------------------------------
def zhkop16() -> Iterator[Case]:
    f = "zhkop16"
    SH, SE = "Asia/Shanghai", "Asia/Seoul"
    s = ("王丽", "wangli@yunfan-tech.example.cn")
    sent = at(2027, 1, 14, 11, 0, SH, "Thu")
    yield case(
        f,
        "xiazhousan_xiawu_sandian",
        "zh-CN",
        s,
        "面试时间确认",
        sent,
        "'下周三下午三点'.",
        slot(at(2027, 1, 20, 15, 0, SH, "Wed"), sent=sent),
        "Alex 你好，\n\n跟你确认一下，二面定在下周三下午三点，地点在我们公司（漕河泾开发区"
        "宜山路900号A座12楼），到了前台报我名字就行。\n\n王丽",
    )
    s = ("陈浩", "chenhao@qingshan-data.example.cn")
    sent = at(2027, 1, 18, 9, 40, SH, "Mon")
    yield case(
        f,
        "1yue22ri_beijing",
        "zh-CN",
        s,
        "【青山数据】视频面试邀请",
        sent,
        "'1月22日（周五）上午10:00-11:00（北京时间）'.",
        slot(at(2027, 1, 22, 10, 0, SH, "Fri"), at(2027, 1, 22, 11, 0, SH), zone="Asia/Shanghai"),
        "Alex您好：\n\n感谢您投递我司后端工程师岗位。现邀请您参加视频面试：\n\n时间：1月22日"
        "（周五）上午10:00-11:00（北京时间）\n方式：腾讯会议（会议号稍后发送）\n\n青山数据 "
        "招聘组 陈浩",
    )
    s = ("王丽", "wangli@yunfan-tech.example.cn")
    sent = at(2027, 1, 25, 17, 20, SH, "Mon")
    yield case(
        f,
        "mingtian_xiawu_2dian_quxiao",
        "zh-CN",
        s,
        "面试取消",
        sent,
        "Cancellation: '原定明天下午2点的面试取消'.",
        slot(at(2027, 1, 26, 14, 0, SH, "Tue"), kind="cancellation", sent=sent),
        "Alex 你好，\n\n不好意思，原定明天下午2点的面试取消了，岗位需求有调整。后续有机会再"
        "联系你。\n\n王丽",
    )
    s = ("김지은", "jieun.kim@hanbit-soft.example.kr")
    sent = at(2027, 1, 12, 16, 0, SE, "Tue")
    yield case(
        f,
        "naeil_ohu_3si",
        "ko",
        s,
        "내일 면접 안내",
        sent,
        "'내일 오후 3시'.",
        slot(at(2027, 1, 13, 15, 0, SE, "Wed"), sent=sent),
        "Alex님 안녕하세요,\n\n내일 오후 3시에 강남 사무실(테헤란로 152, 12층)에서 뵙겠습니다. "
        "1층 안내데스크에서 방문증 받으시면 됩니다.\n\n김지은 드림",
    )
    s = ("박서준", "seojun.park@dalbit-ai.example.kr")
    sent = at(2027, 1, 15, 10, 30, SE, "Fri")
    yield case(
        f,
        "1wol21il_ojeon_10si_30bun",
        "ko",
        s,
        "[달빛AI] 1차 면접 일정",
        sent,
        "'1월 21일(목) 오전 10시 30분'.",
        slot(at(2027, 1, 21, 10, 30, SE, "Thu"), sent=sent),
        "안녕하세요 Alex님,\n\n1차 면접 일정 확정되어 안내드립니다.\n\n일시: 1월 21일(목) 오전 "
        "10시 30분\n장소: 판교 본사 3층 회의실\n\n감사합니다.\n박서준 드림",
    )
    s = ("박서준", "seojun.park@dalbit-ai.example.kr")
    sent = at(2027, 1, 25, 14, 0, SE, "Mon")
    yield case(
        f,
        "byeongyeong_29il_11si",
        "ko",
        s,
        "면접 일정 변경 안내",
        sent,
        "Move, old slot first: '1월 28일(목) 오후 2시 면접을 1월 29일(금) 오전 11시로 변경'.",
        slot(at(2027, 1, 29, 11, 0, SE, "Fri"), kind="reschedule", sent=sent),
        "Alex님,\n\n내부 사정으로 1월 28일(목) 오후 2시 면접을 1월 29일(금) 오전 11시로 "
        "변경합니다. 장소는 동일합니다. 양해 부탁드립니다.\n\n박서준 드림",
    )
    s = ("陈浩", "chenhao@qingshan-data.example.cn")
    sent = at(2027, 1, 27, 10, 0, SH, "Wed")
    yield case(
        f,
        "xiazhou_fangbian",
        "zh-CN",
        s,
        "终面时间",
        sent,
        "Negative: asks which day next week suits the reader.",
        NEG,
        "Alex您好：\n\n请问您下周哪天方便参加终面？我们周二、周四下午都可以，您选一个时间"
        "回复我即可。\n\n陈浩",
    )


# --------------------------------------------------------------------------------------
def artrp16() -> Iterator[Case]:
    f = "artrp16"
    RY, DX, CA, IS = "Asia/Riyadh", "Asia/Dubai", "Africa/Cairo", "Europe/Istanbul"
    s = ("نورة العتيبي", "noura@nakheel-tech.example.sa")
    sent = at(2027, 1, 10, 13, 0, RY, "Sun")
    yield case(
        f,
        "ghadan_3_asran_riyadh",
        "ar",
        s,
        "تأكيد موعد المقابلة",
        sent,
        "'غدًا الساعة 3 عصرًا بتوقيت الرياض' sent on Sunday 10 January: Monday 11 January 15:00 "
        "Riyadh time.",
        slot(at(2027, 1, 11, 15, 0, RY, "Mon"), zone="Asia/Riyadh"),
        "الأستاذ أليكس،\n\nالسلام عليكم،\n\nنؤكد لكم موعد المقابلة غدًا الساعة 3 عصرًا بتوقيت "
        "الرياض عبر Microsoft Teams، وسيصلكم الرابط قبل الموعد بساعة.\n\nمع التحية،\nنورة العتيبي\n"
        "الموارد البشرية - نخيل تك",
    )
    s = ("خالد المنصوري", "khalid@sarab-digital.example.ae")
    sent = at(2027, 1, 14, 9, 30, DX, "Thu")
    yield case(
        f,
        "arbiaa_20_1_2027_10_30_sabahan",
        "ar",
        s,
        "مقابلة عمل - سراب ديجيتال",
        sent,
        "Slashed date with year and a 12-hour clock: 'يوم الأربعاء 20/1/2027 الساعة 10:30 "
        "صباحًا'; no zone.",
        slot(at(2027, 1, 20, 10, 30, DX, "Wed"), sent=sent),
        "مرحبًا أليكس،\n\nيسعدنا دعوتك لمقابلة شخصية يوم الأربعاء 20/1/2027 الساعة 10:30 صباحًا "
        "في مكتبنا بدبي، برج السراب، الطابق 14.\n\nتحياتي،\nخالد المنصوري",
    )
    s = ("منى عبد الحميد", "mona@nile-soft.example.eg")
    sent = at(2027, 1, 25, 12, 0, CA, "Mon")
    yield case(
        f,
        "ilgha_khamis_28_11",
        "ar",
        s,
        "إلغاء المقابلة",
        sent,
        "Cancellation: 'المقابلة المقررة يوم الخميس 28 يناير الساعة 11 صباحًا'; no zone.",
        slot(at(2027, 1, 28, 11, 0, CA, "Thu"), kind="cancellation", sent=sent),
        "أستاذ أليكس،\n\nنعتذر عن إلغاء المقابلة المقررة يوم الخميس 28 يناير الساعة 11 صباحًا "
        "بسبب تجميد الوظيفة مؤقتًا. سنتواصل معك في حال إعادة فتحها.\n\nمع خالص التحية،\n"
        "منى عبد الحميد",
    )
    s = ("Elif Yıldız", "elif.yildiz@lale-yazilim.example.com.tr")
    sent = at(2027, 1, 11, 16, 40, IS, "Mon")
    yield case(
        f,
        "yarin_saat_14te",
        "tr",
        s,
        "Yarınki görüşme",
        sent,
        "'yarın saat 14:00'te' sent on Monday 11 January: Tuesday 12 January 14:00; no zone.",
        slot(at(2027, 1, 12, 14, 0, IS, "Tue"), sent=sent),
        "Merhaba Alex,\n\nyarın saat 14:00'te Maslak'taki ofisimizde görüşmek üzere. Girişte "
        "güvenliğe adını söylemen yeterli.\n\nSevgiler,\nElif",
    )
    s = ("Burak Demir", "burak.demir@karadeniz-bilisim.example.com.tr")
    sent = at(2027, 1, 14, 10, 0, IS, "Thu")
    yield case(
        f,
        "21_01_2027_persembe_tsi",
        "tr",
        s,
        "Mülakat Daveti",
        sent,
        "'21.01.2027 Perşembe, saat 10.30 (TSİ)' names Turkish time; '45 dakika' gives the end.",
        slot(
            at(2027, 1, 21, 10, 30, IS, "Thu"), at(2027, 1, 21, 11, 15, IS), zone="Europe/Istanbul"
        ),
        "Sayın Alex,\n\nBackend Geliştirici pozisyonu için online mülakatınız 21.01.2027 Perşembe, "
        "saat 10.30 (TSİ) olarak planlanmıştır. Görüşme 45 dakika sürecektir.\n\nSaygılarımızla,\n"
        "Burak Demir\nKaradeniz Bilişim",
    )
    s = ("Elif Yıldız", "elif.yildiz@lale-yazilim.example.com.tr")
    sent = at(2027, 1, 25, 9, 15, IS, "Mon")
    yield case(
        f,
        "cumaya_aldik_yerine",
        "tr",
        s,
        "Görüşme saati değişti",
        sent,
        "Move, new slot first: '29 Ocak Cuma 15:00'e aldık (Perşembe 11:00 yerine)'; no zone.",
        slot(at(2027, 1, 29, 15, 0, IS, "Fri"), kind="reschedule", sent=sent),
        "Merhaba Alex,\n\nküçük bir değişiklik: görüşmemizi 29 Ocak Cuma 15:00'e aldık (Perşembe "
        "11:00 yerine). Yer aynı.\n\nKusura bakma,\nElif",
    )
    s = ("Burak Demir", "burak.demir@karadeniz-bilisim.example.com.tr")
    sent = at(2027, 1, 21, 12, 0, IS, "Thu")
    yield case(
        f,
        "tesekkurler_cuma_donus",
        "tr",
        s,
        "Görüşme için teşekkürler",
        sent,
        "Negative: thanks for this morning's 10.30 interview; an answer by Friday.",
        NEG,
        "Merhaba Alex,\n\nbugün saat 10.30'daki görüşme için teşekkür ederiz. En geç cuma günü "
        "saat 17:00'ye kadar size dönüş yapacağız.\n\nİyi çalışmalar,\nBurak",
    )


# --------------------------------------------------------------------------------------
def hinidp16() -> Iterator[Case]:
    f = "hinidp16"
    IN, JK = "Asia/Kolkata", "Asia/Jakarta"
    s = ("प्रिया शर्मा", "priya.sharma@neelkamal-tech.example.in")
    sent = at(2027, 1, 11, 12, 0, IN, "Mon")
    yield case(
        f,
        "kal_dopahar_3_baje",
        "hi",
        s,
        "इंटरव्यू - कल दोपहर",
        sent,
        "'कल दोपहर 3 बजे'.",
        slot(at(2027, 1, 12, 15, 0, IN, "Tue"), sent=sent),
        "नमस्ते Alex जी,\n\nआपका इंटरव्यू कल दोपहर 3 बजे हमारे नोएडा ऑफिस (सेक्टर 62, टावर B, "
        "चौथी मंज़िल) में तय हुआ है। कृपया अपना आईडी साथ लाएँ।\n\nधन्यवाद,\nप्रिया शर्मा",
    )
    s = ("Rohit Verma", "rohit@kesari-labs.example.in")
    sent = at(2027, 1, 15, 18, 30, IN, "Fri")
    yield case(
        f,
        "thursday_21_jan_1130_ist",
        "hi-Latn",
        s,
        "Interview confirm - Thursday",
        sent,
        "Hinglish: 'Thursday 21 Jan ko 11:30 AM IST'.",
        slot(at(2027, 1, 21, 11, 30, IN, "Thu"), zone="Asia/Kolkata"),
        "Hi Alex,\n\naapka technical round Thursday 21 Jan ko 11:30 AM IST hai, Google Meet pe. "
        "Link kal bhej dunga. Koi issue ho toh WhatsApp kar dena.\n\nThanks,\nRohit",
    )
    s = ("Rohit Verma", "rohit@kesari-labs.example.in")
    sent = at(2027, 1, 19, 13, 0, IN, "Tue")
    yield case(
        f,
        "kal_shaam_5_baje_cancel",
        "hi-Latn",
        s,
        "interview cancel",
        sent,
        "Hinglish cancellation: 'kal shaam 5 baje wala interview cancel'.",
        slot(at(2027, 1, 20, 17, 0, IN, "Wed"), kind="cancellation", sent=sent),
        "Hi Alex,\n\nsorry yaar, kal shaam 5 baje wala interview cancel karna pad raha hai, "
        "manager travel pe hai. Next week ka naya time main bata dunga.\n\nRohit",
    )
    s = ("प्रिया शर्मा", "priya.sharma@neelkamal-tech.example.in")
    sent = at(2027, 1, 25, 11, 0, IN, "Mon")
    yield case(
        f,
        "28_ke_bajaye_29_dopahar_2",
        "hi",
        s,
        "इंटरव्यू का समय बदला",
        sent,
        "Move, old slot first: '28 जनवरी सुबह 11 बजे के बजाय अब 29 जनवरी दोपहर 2 बजे'.",
        slot(at(2027, 1, 29, 14, 0, IN, "Fri"), kind="reschedule", sent=sent),
        "Alex जी,\n\nआपका इंटरव्यू 28 जनवरी सुबह 11 बजे के बजाय अब 29 जनवरी दोपहर 2 बजे होगा। "
        "जगह वही रहेगी। असुविधा के लिए खेद है।\n\nप्रिया",
    )
    s = ("Dewi Lestari", "dewi@rajawali-digital.example.co.id")
    sent = at(2027, 1, 13, 15, 0, JK, "Wed")
    yield case(
        f,
        "besok_jam_10_wib",
        "id",
        s,
        "Konfirmasi interview besok",
        sent,
        "'besok jam 10.00 WIB'.",
        slot(at(2027, 1, 14, 10, 0, JK, "Thu"), zone="Asia/Jakarta"),
        "Halo Alex,\n\nmau konfirmasi ya, interview-nya besok jam 10.00 WIB di kantor kami "
        "(Jl. Sudirman Kav. 52, lantai 9). Nanti tanya resepsionis saja.\n\nSalam,\nDewi",
    )
    s = ("Andi Pratama", "andi.pratama@garuda-soft.example.co.id")
    sent = at(2027, 1, 19, 10, 0, JK, "Tue")
    yield case(
        f,
        "senin_25_1_13_30_14_30",
        "id",
        s,
        "Jadwal wawancara",
        sent,
        "'Senin, 25/1 pukul 13.30-14.30'.",
        slot(at(2027, 1, 25, 13, 30, JK, "Mon"), at(2027, 1, 25, 14, 30, JK), sent=sent),
        "Selamat pagi Alex,\n\nBerikut jadwal wawancara Anda:\nHari/tanggal: Senin, 25/1\n"
        "Waktu: pukul 13.30-14.30\nTempat: Zoom (link menyusul)\n\nTerima kasih,\nAndi Pratama\n"
        "HR Garuda Soft",
    )
    s = ("Dewi Lestari", "dewi@rajawali-digital.example.co.id")
    sent = at(2027, 1, 14, 13, 0, JK, "Thu")
    yield case(
        f,
        "terima_kasih_tadi_pagi",
        "id",
        s,
        "Terima kasih",
        sent,
        "Negative: thanks after this morning's interview; results by Friday.",
        NEG,
        "Halo Alex,\n\nterima kasih atas wawancara tadi pagi jam 10. Hasilnya kami kabari paling "
        "lambat Jumat ya.\n\nSalam,\nDewi",
    )


# --------------------------------------------------------------------------------------
def movep16() -> Iterator[Case]:
    f = "movep16"
    s = ("Tobias Brandt", "tobias.brandt@kranich-logistik.example.de")
    sent = at(2027, 2, 1, 9, 20, B, "Mon")
    yield case(
        f,
        "jetzt_donnerstag_nicht_mittwoch",
        "de-DE",
        s,
        "Terminänderung",
        sent,
        "New slot first, old one after 'nicht wie geplant': 'jetzt am Donnerstag, 4.2., um 11 "
        "Uhr – nicht wie geplant am Mittwoch um 15 Uhr'; no zone.",
        slot(at(2027, 2, 4, 11, 0, B, "Thu"), kind="reschedule", sent=sent),
        "Hallo Alex,\n\nwir treffen uns jetzt am Donnerstag, 4.2., um 11 Uhr – nicht wie geplant "
        "am Mittwoch um 15 Uhr. Frau Kessler hat kurzfristig einen Kundentermin.\n\nBeste Grüße\n"
        "Tobias Brandt",
    )
    s = ("Inès Moreau", "ines@lumen-rh.example.fr")
    sent = at(2027, 2, 5, 14, 0, "Europe/Paris", "Fri")
    yield case(
        f,
        "fleche_mardi_jeudi",
        "fr-FR",
        s,
        "Changement d'horaire",
        sent,
        "Old slot first with an arrow: 'mardi 9/02 10h → jeudi 11/02 15h'; no zone.",
        slot(at(2027, 2, 11, 15, 0, "Europe/Paris", "Thu"), kind="reschedule", sent=sent),
        "Bonjour Alex,\n\npetit changement pour votre entretien :\nmardi 9/02 10h → jeudi 11/02 "
        "15h\nmême adresse, même interlocutrice.\n\nBonne journée,\nInès",
    )
    s = ("Jorge Salas", "jorge@brisa-ingenieria.example.es")
    sent = at(2027, 2, 11, 12, 0, "Europe/Madrid", "Thu")
    yield case(
        f,
        "martes_16_en_vez_del_lunes",
        "es-ES",
        s,
        "cambio entrevista",
        sent,
        "New slot first: 'lo pasamos al martes 16 a las 12 en vez del lunes a las 10'; no zone.",
        slot(at(2027, 2, 16, 12, 0, "Europe/Madrid", "Tue"), kind="reschedule", sent=sent),
        "Hola Alex,\n\nlo pasamos al martes 16 a las 12 en vez del lunes a las 10, que Marta no "
        "llega de Bilbao. Ya lo he cambiado en el calendario.\n\nSaludos,\nJorge",
    )
    s = ("Chiara Ricci", "chiara.ricci@vela-design.example.it")
    sent = at(2027, 2, 12, 10, 0, "Europe/Rome", "Fri")
    yield case(
        f,
        "nuovo_orario_prima_era",
        "it",
        s,
        "Nuovo orario colloquio",
        sent,
        "New slot first on a line: 'Nuovo orario: mercoledì 17 febbraio ore 14:30 (prima era "
        "martedì ore 9)'; no zone.",
        slot(at(2027, 2, 17, 14, 30, "Europe/Rome", "Wed"), kind="reschedule", sent=sent),
        "Ciao Alex,\n\nNuovo orario: mercoledì 17 febbraio ore 14:30 (prima era martedì ore 9)\n\n"
        "Il resto non cambia. A presto!\nChiara",
    )
    s = ("Bram Visser", "bram@dijkstra-groep.example.nl")
    sent = at(2027, 2, 15, 8, 50, "Europe/Amsterdam", "Mon")
    yield case(
        f,
        "ipv_vrijdag_wordt_maandag",
        "nl-NL",
        s,
        "verzetten gesprek",
        sent,
        "Old slot first: 'ipv vrijdag 19/2 om 10:00 wordt het maandag 22/2 om 13:30'; no zone.",
        slot(at(2027, 2, 22, 13, 30, "Europe/Amsterdam", "Mon"), kind="reschedule", sent=sent),
        "Hoi Alex,\n\nipv vrijdag 19/2 om 10:00 wordt het maandag 22/2 om 13:30, Sanne is "
        "vrijdag ziek. Zelfde Teams-link.\n\nGroet,\nBram",
    )
    s = ("Ingrid Sjöberg", "ingrid@fjallgran.example.se")
    sent = at(2027, 2, 17, 13, 0, "Europe/Stockholm", "Wed")
    yield case(
        f,
        "ny_tid_gamla_tiden",
        "sv",
        s,
        "Ny tid för intervjun",
        sent,
        "New slot first in capitals, old one in brackets after: 'NY TID tisdag 23/2 kl 09:30 "
        "(Gamla tiden, måndag 22/2 kl 14, gäller inte längre.)'; no zone.",
        slot(at(2027, 2, 23, 9, 30, "Europe/Stockholm", "Tue"), kind="reschedule", sent=sent),
        "Hej Alex,\n\nVi flyttar intervjun: NY TID tisdag 23/2 kl 09:30. (Gamla tiden, måndag "
        "22/2 kl 14, gäller inte längre.)\n\nHälsningar\nIngrid",
    )
    s = ("Renata Lima", "renata@ipe-sistemas.example.com.br")
    sent = at(2027, 2, 22, 11, 0, "America/Sao_Paulo", "Mon")
    yield case(
        f,
        "de_quinta_para_sexta",
        "pt-BR",
        s,
        "Remarcação",
        sent,
        "Old slot first: 'de quinta (25/02) às 16h para sexta (26/02) às 9h30'; no zone.",
        slot(at(2027, 2, 26, 9, 30, "America/Sao_Paulo", "Fri"), kind="reschedule", sent=sent),
        "Oi Alex,\n\nremarcamos sua entrevista: de quinta (25/02) às 16h para sexta (26/02) às "
        "9h30. O link do Meet continua o mesmo.\n\nBjs,\nRenata",
    )
    s = ("Daniela Ruiz", "daniela@maguey-apps.example.mx")
    sent = at(2027, 2, 22, 13, 0, "America/Mexico_City", "Mon")
    yield case(
        f,
        "podriamos_mover",
        "es-MX",
        s,
        "entrevista jueves",
        sent,
        "Negative: a move only asked, no new time ('¿Podríamos mover la entrevista del jueves 25 "
        "a las 11?').",
        NEG,
        "Hola Alex,\n\n¿Podríamos mover la entrevista del jueves 25 a las 11? Me surgió un "
        "pendiente. Dime qué otro horario te funciona esa semana.\n\nGracias!\nDaniela",
    )


# --------------------------------------------------------------------------------------
def lookp16() -> Iterator[Case]:
    f = "lookp16"
    s = ("中村 彩", "aya.nakamura@minato-cloud.example.jp")
    sent = at(2027, 2, 1, 10, 0, "Asia/Tokyo", "Mon")
    yield case(
        f,
        "kouho_erande",
        "ja",
        s,
        "二次面接の候補日",
        sent,
        "Negative: three numbered slots ('①2/8（月）10:00 ②2/9（火）14:00 ③2/10（水）16:00') "
        "awaiting the reader's pick.",
        NEG,
        "Alex様\n\n二次面接の日程につきまして、以下の候補からご都合の良い日時をお選びください。"
        "\n\n①2/8（月）10:00～11:00\n②2/9（火）14:00～15:00\n③2/10（水）16:00～17:00\n\n"
        "ご返信お待ちしております。\n中村",
    )
    s = ("이수민", "sumin.lee@nuri-games.example.kr")
    sent = at(2027, 2, 2, 11, 0, "Asia/Seoul", "Tue")
    yield case(
        f,
        "pyeonhasin_sigan",
        "ko",
        s,
        "2차 면접 일정 문의",
        sent,
        "Negative: two slots ('2월 9일(화) 오전 10시 / 2월 10일(수) 오후 2시') awaiting a pick.",
        NEG,
        "Alex님 안녕하세요,\n\n2차 면접 관련하여 다음 중 편하신 시간을 알려주세요.\n- 2월 9일"
        "(화) 오전 10시\n- 2월 10일(수) 오후 2시\n\n회신 부탁드립니다.\n이수민 드림",
    )
    s = ("سارة الكعبي", "sara@wahat-solutions.example.ae")
    sent = at(2027, 2, 3, 10, 0, "Asia/Dubai", "Wed")
    yield case(
        f,
        "awqat_munasiba",
        "ar",
        s,
        "تحديد موعد المقابلة",
        sent,
        "Negative: asks for the reader's free times next week ('من الأحد إلى الثلاثاء بين 10 "
        "صباحًا و2 ظهرًا').",
        NEG,
        "مرحبًا أليكس،\n\nيرجى تزويدنا بالأوقات المناسبة لك الأسبوع القادم لإجراء المقابلة. نحن "
        "متاحون من الأحد إلى الثلاثاء بين 10 صباحًا و2 ظهرًا بتوقيت الإمارات.\n\nشكرًا،\nسارة",
    )
    s = ("Ankit Joshi", "ankit@tiranga-fintech.example.in")
    sent = at(2027, 2, 3, 17, 0, "Asia/Kolkata", "Wed")
    yield case(
        f,
        "do_slots_bata_dena",
        "hi-Latn",
        s,
        "2nd round slots",
        sent,
        "Negative: Hinglish, two slots ('Mon 8 Feb 11 AM ya Wed 10 Feb 4 PM') awaiting a pick.",
        NEG,
        "Hi Alex,\n\n2nd round ke liye do slots hain: Mon 8 Feb 11 AM ya Wed 10 Feb 4 PM (IST). "
        "Jo suit kare bata dena, main invite bhej dunga.\n\nCheers,\nAnkit",
    )
    s = ("Rina Wijaya", "rina@nusantara-tek.example.co.id")
    sent = at(2027, 2, 4, 9, 0, "Asia/Jakarta", "Thu")
    yield case(
        f,
        "kapan_bisa_minggu_depan",
        "id",
        s,
        "Jadwal interview user",
        sent,
        "Negative: asks when the reader can make it ('Selasa atau Kamis jam 13.00-16.00 WIB').",
        NEG,
        "Halo Alex,\n\nkapan kira-kira bisa interview dengan user minggu depan? Dari kami bisa "
        "Selasa atau Kamis jam 13.00-16.00 WIB. Kabari ya.\n\nTerima kasih,\nRina",
    )


BUILDERS = [
    dachp16,
    frap16,
    hispp16,
    itnlp16,
    lusoplp16,
    nordp16,
    japp16,
    zhkop16,
    artrp16,
    hinidp16,
    movep16,
    lookp16,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose16 batch (`build_prose16.py`)",
        "",
        "Interview confirmations, moves and cancellations typed loosely by recruiters, hiring "
        "managers and assistants in de (DE/AT/CH), fr (FR/BE/CA), es (ES/MX/CO/AR), it, nl "
        "(NL/BE), pt (PT/BR), pl, sv, da, ja, zh-CN, ko, ar, tr, hi (Devanagari and Hinglish) "
        "and id, and look-alikes in the same voices. All text is ours; people, companies, "
        "addresses and links are made up; no product template is rendered. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message. Loose lengths ('ca.', 'environ', 'eine knappe Stunde') give no end label; "
        "stated ones ('45 Min.', '45 minutos', '45 dakika') do. Moves are labelled with the "
        "new slot, cancellations with the cancelled one.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose16.py` "
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
    "First sight, before any parser change (measured on these files only with quick.py's "
    "scoring): dev text invitations 41 of 46 right (start and, where labelled, end; 35 with "
    "confidence >= 0.5), 4 of 17 dev look-alikes claimed (two Japanese candidate-slot asks, "
    "an Arabic availability ask, a Québec after-interview note with 'vendredi midi'); held "
    "out 15 of 17 right (10 sure), 0 of 3 look-alikes claimed; no calendar parts. Dev misses "
    "at first sight: Austrian 'um viertel drei' and Arabic 'الساعة 3 عصرًا' unread, and three "
    "moves read as the old slot ('→' arrow, 'en vez del', Dutch 'ipv ... wordt het'). Kinds "
    "wrong at first sight (not scored): a Spanish 'anular' read as an invitation, "
    "'mañana a las 4' confirmation read as not an invitation, two moves with the new slot "
    "first (tr 'yerine', nl-BE 'i.p.v.') read as invitations. After the prose16 rules "
    "(Spanish 'en vez del'/'en lugar del' and Dutch 'ipv'/'i.p.v.' mark the old slot, "
    "Dutch 'wordt het' the new; circled list numbers '①' no longer glue onto the date "
    "after them; 'ご都合の良い日時' read inside unspaced Japanese; Austrian 'um viertel drei' "
    "is 14:15; Arabic 'غدًا' is tomorrow; Spanish 'tenemos que anular' cancels): dev 45 of "
    "46 right (38 sure), 2 of 17 claimed; held out unchanged (15/17, 10 sure; 0/3), "
    "whole-corpus splits unchanged or better (quick.py dev text 1657/1674, 9/1213 "
    "claimed; held out 773/824, 48/558; before the batch and the rules: dev 1612/1628, "
    "7/1196; held out 758/807, 48/555). Left: the '→' arrow move (an arrow also joins "
    "departure and arrival in tickets), the Arabic availability ask and the Québec "
    "after-interview note (still claimed), and the kinds of the Turkish 'yerine', "
    "nl-BE 'i.p.v.', Spanish 'en vez del' moves (read as invitations, right start) and of "
    "'confirmado: mañana a las 4 de la tarde' (not an invitation, right start). After "
    "merging main at 022d3be0: this batch's dev 45/46, 1 of 17 claimed (the Arabic ask); "
    "whole corpus dev text 1708/1725, 8/1285 claimed; held out 793/845, 54/591 (main "
    "alone: 1663/1679, 7/1268; 778/828, 54/588)."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose16.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
