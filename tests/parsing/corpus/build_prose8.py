"""Write the "prose8" batch: invitations that recruiters and hiring managers write by hand.

Run: .venv/bin/python tests/parsing/corpus/build_prose8.py

Thirty-six messages in nine languages (en, de, fr, es, nl, it, pt, pl, sv), in the prose people
really use: a slot offered in a sentence ("would you be free Thursday the 10th at half past
two"), a question answered and then confirmed in a reply over the quoted thread ("wie wäre es
mit 10.12. um 14 Uhr?" ... "dann bleibt es beim 10.12."), ranges, relative days with the date
in brackets, zone words ("heure de Paris", "hora peninsular", "czasu polskiego"), and moves
written as a sentence ("from ... to ...", "anziché ... ci vediamo ...") or as old/new lines
("Alter Termin / Neuer Termin", "Was / Now", a "Vorige / Nieuwe" table). Every label was written
from the datetimes the text is rendered from (zoneinfo, weekday names checked) before the parser
was run on the message. Mail helpers are those of build_parse-pos.py (loaded, not copied).
Output is deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; recruiters' and hiring managers' own prose, reply threads quoted the way "
    "Gmail quotes them (attribution lines written from memory); " + OWN
)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "prosecall": "dev",
    "proseconfirm": "dev",
    "prosehead": "heldout",
    "proseagree": "heldout",
}
SOURCES = {
    "prosecall": "Recruiters offering one slot in a sentence: word times, ranges, relative days "
    "with the date, zone words (en-GB, de, fr, es, nl, it, pt-BR, pl, sv).",
    "proseconfirm": "Replies that confirm a slot over the quoted question, and moves written as "
    "a sentence or as old/new lines (en-GB, de, fr, es, nl, it, pt-PT, pl, sv).",
    "prosehead": "Hiring managers writing to the candidate themselves (en-US, de-AT, fr-BE, "
    "es-MX, nl-BE, it, pt-BR, pl, sv).",
    "proseagree": "Threads and moves written by people: confirmations over the quoted "
    "proposal, old/new lines and tables (en-GB, de, fr, es, nl, it, pt-BR, pl, sv).",
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
    text: str | None = None,
    html: str | None = None,
    reply: bool = False,
) -> Case:
    raw = mail(
        f"prose8/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=f"prose8/{family}/{name}/parent" if reply else "",
    )
    label["organizer_email"] = sender[1]
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def slot(
    start: datetime,
    end: datetime | None = None,
    *,
    kind: str = "invitation",
    zone: str | None = None,
    sent: datetime | None = None,
) -> dict[str, object]:
    """`sent` given: no zone in the text (wall time, Date offset); `zone`: the IANA name the
    text pins down; neither: an instant from an abbreviation that is not one zone."""
    return {"kind": kind, **timed(start, end, zone=zone, sent=sent)}


def thread(new: str, *quoted: tuple[str, str]) -> str:
    """New text, then each older message under its attribution, quoted one level deeper."""
    text = new.rstrip() + "\n\n"
    depth = 1
    for attribution, body in quoted:
        prefix = ">" * (depth - 1)
        head = f"{prefix} {attribution}\n" if prefix else f"{attribution}\n"
        lines = [f"{'>' * depth} {line}".rstrip() for line in body.strip("\n").split("\n")]
        text += head + "\n".join(lines) + "\n" + (f"{'>' * depth}\n" if depth < len(quoted) else "")
        depth += 1
    return text


# --------------------------------------------------------------------------------------
def prosecall() -> Iterator[Case]:
    f = "prosecall"
    s = ("Imogen Hart", "imogen.hart@tallowbrook-talent.example.co.uk")
    sent = at(2026, 12, 1, 9, 40, "Europe/London")
    st = at(2026, 12, 10, 14, 30, "Europe/London", "Thu")
    yield case(
        f,
        "half_past_two",
        "en-GB",
        s,
        "Meeting Priya at Fenlake - Thursday",
        sent,
        "One slot offered as a question in words: 'Thursday the 10th at half past two'; no zone.",
        slot(st, sent=sent),
        text=(
            "Hi Alex,\n\nGood news - I spoke to Priya Nair at Fenlake this morning and she'd "
            "really like to meet you for the Finance Business Partner role.\n\nWould you be free "
            "on Thursday the 10th at half past two? She's holding the slot for you, so just drop "
            "me a line to say it's fine and I'll send over the address and parking details.\n\n"
            "Best,\nImogen\n\nImogen Hart | Senior Consultant | Tallowbrook Talent\n"
            "07700 900 318"
        ),
    )
    s = ("Katrin Vogel", "k.vogel@rheinkraft-energie.example.de")
    sent = at(2026, 12, 2, 11, 5, "Europe/Berlin")
    st = at(2026, 12, 9, 10, 0, "Europe/Berlin", "Wed")
    yield case(
        f,
        "kommenden_mittwoch_von_bis",
        "de",
        s,
        "Einladung zum Zweitgespräch",
        sent,
        "'am kommenden Mittwoch, den 9. Dezember, von 10 bis 11 Uhr': relative day with its "
        "date, hour-only range; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        text=(
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für das angenehme Telefonat. Wie "
            "besprochen laden wir Sie herzlich zum Zweitgespräch ein, und zwar am kommenden "
            "Mittwoch, den 9. Dezember, von 10 bis 11 Uhr in unserem Büro in Köln (Deutzer "
            "Freiheit 12, 4. OG).\n\nAm Gespräch nehmen Herr Brandt (Teamleitung) und ich teil. "
            "Bitte bringen Sie einen Lichtbildausweis mit.\n\nMit freundlichen Grüßen\nKatrin "
            "Vogel\nPersonalreferentin, Rheinkraft Energie GmbH"
        ),
    )
    s = ("Élodie Marchand", "elodie.marchand@atelier-sorel.example.fr")
    sent = at(2026, 12, 3, 17, 22, "Europe/Paris")
    st = at(2026, 12, 15, 16, 30, "Europe/Paris", "Tue")
    yield case(
        f,
        "heure_de_paris_environ",
        "fr",
        s,
        "Entretien en visio – mardi 15 décembre",
        sent,
        "'mardi 15 décembre à 16h30 (heure de Paris)', 'environ 45 minutes' is not an exact "
        "duration, so no end.",
        slot(st, zone="Europe/Paris"),
        text=(
            "Bonjour Alex,\n\nSuite à notre échange, j'ai le plaisir de vous proposer un "
            "entretien avec Claire Dubois, notre directrice produit, le mardi 15 décembre à "
            "16h30 (heure de Paris). L'entretien se fera en visio et durera environ 45 minutes."
            "\n\nJe vous envoie le lien Teams dans la journée.\n\nBelle soirée,\nÉlodie "
            "Marchand\nChargée de recrutement – Atelier Sorel"
        ),
    )
    s = ("Lucía Serrano", "lucia.serrano@grupo-almenara.example.es")
    sent = at(2026, 12, 4, 10, 12, "Europe/Madrid")
    st = at(2026, 12, 14, 12, 0, "Europe/Madrid", "Mon")
    yield case(
        f,
        "hora_peninsular_rango",
        "es",
        s,
        "Confirmación de entrevista con Marta",
        sent,
        "'el lunes 14 de diciembre de 12:00 a 12:45, hora peninsular' names Europe/Madrid.",
        slot(st, st + timedelta(minutes=45), zone="Europe/Madrid"),
        text=(
            "Hola Alex:\n\nTe escribo para confirmarte la entrevista con Marta Gil, directora de "
            "operaciones: será el lunes 14 de diciembre de 12:00 a 12:45, hora peninsular, por "
            "videollamada.\n\nSi te surge cualquier imprevisto, escríbeme o llámame al 600 555 "
            "214.\n\nUn saludo,\nLucía Serrano\nTalento y Personas · Grupo Almenara"
        ),
    )
    s = ("Sanne de Vries", "sanne.devries@polderwerk.example.nl")
    sent = at(2026, 12, 8, 15, 48, "Europe/Amsterdam")
    st = at(2026, 12, 17, 10, 15, "Europe/Amsterdam", "Thu")
    yield case(
        f,
        "volgende_week_donderdag",
        "nl",
        s,
        "Kennismaking volgende week",
        sent,
        "'volgende week donderdag (17 december) om 10.15 uur': relative day with the date in "
        "brackets; no zone.",
        slot(st, sent=sent),
        text=(
            "Hoi Alex,\n\nLeuk dat je interesse hebt in de functie van projectleider! Ik heb met "
            "Joost afgestemd en we nodigen je graag uit voor een kennismaking volgende week "
            "donderdag (17 december) om 10.15 uur bij ons op kantoor aan de Oudegracht.\n\nLaat "
            "even weten of dat lukt?\n\nGroet,\nSanne\n\nSanne de Vries | Recruiter | Polderwerk"
        ),
    )
    s = ("Chiara Ferri", "chiara.ferri@tortona-design.example.it")
    sent = at(2026, 12, 1, 12, 30, "Europe/Rome")
    st = at(2026, 12, 10, 15, 0, "Europe/Rome", "Thu")
    yield case(
        f,
        "ora_italiana_durata",
        "it",
        s,
        "Colloquio presso Tortona Design",
        sent,
        "'giovedì 10 dicembre alle 15:00 (ora italiana)', 'durerà un'ora' gives the end.",
        slot(st, st + timedelta(hours=1), zone="Europe/Rome"),
        text=(
            "Gentile Alex,\n\nle confermo il colloquio per la posizione di Interior Designer "
            "per giovedì 10 dicembre alle 15:00 (ora italiana), presso la nostra sede di Milano "
            "in via Tortona 31. Il colloquio durerà un'ora e incontrerà anche il nostro "
            "direttore creativo.\n\nCordiali saluti,\nChiara Ferri\nUfficio Risorse Umane"
        ),
    )
    s = ("Juliana Prado", "juliana.prado@cafeserra.example.com.br")
    sent = at(2026, 12, 7, 18, 3, "America/Sao_Paulo")
    st = at(2026, 12, 11, 10, 0, "America/Sao_Paulo", "Fri")
    url = "https://meet.example/kqz-ruht-wpe"
    yield case(
        f,
        "horario_de_brasilia",
        "pt-BR",
        s,
        "Entrevista com o time de Compras",
        sent,
        "'Ficou combinado então: sexta-feira, 11/12, às 10h (horário de Brasília)': day-first "
        "date without year, hour written '10h'.",
        {**slot(st, zone="America/Sao_Paulo"), "meeting_url": url},
        text=(
            "Oi Alex, tudo bem?\n\nFicou combinado então: sexta-feira, 11/12, às 10h (horário "
            "de Brasília), conversa com o Rafael, gerente de Compras. Vai ser pelo Google Meet:"
            f"\n{url}\n\nQualquer coisa me chama no WhatsApp.\n\nAbraço,\nJuliana\nRH · Café "
            "Serra"
        ),
    )
    s = ("Agnieszka Zielińska", "a.zielinska@wislatech.example.pl")
    sent = at(2026, 12, 1, 14, 10, "Europe/Warsaw")
    st = at(2026, 12, 8, 13, 0, "Europe/Warsaw", "Tue")
    yield case(
        f,
        "przyszly_wtorek_czasu_polskiego",
        "pl",
        s,
        "Zaproszenie na rozmowę",
        sent,
        "'w przyszły wtorek, 8 grudnia, o godz. 13:00 czasu polskiego'; 'ok. godziny' is "
        "approximate, so no end.",
        slot(st, zone="Europe/Warsaw"),
        text=(
            "Dzień dobry Panie Alexie,\n\ndziękujemy za przesłanie aplikacji na stanowisko "
            "analityka danych. Zapraszamy na rozmowę rekrutacyjną w przyszły wtorek, 8 grudnia, "
            "o godz. 13:00 czasu polskiego. Rozmowa odbędzie się online i potrwa ok. godziny."
            "\n\nPozdrawiam serdecznie\nAgnieszka Zielińska\nSpecjalistka ds. rekrutacji, "
            "WisłaTech"
        ),
    )
    s = ("Linnea Berg", "linnea.berg@norrsken-bygg.example.se")
    sent = at(2026, 11, 30, 13, 37, "Europe/Stockholm")
    st = at(2026, 12, 7, 9, 30, "Europe/Stockholm", "Mon")
    yield case(
        f,
        "kl_intervall",
        "sv",
        s,
        "Intervju hos Norrsken Bygg",
        sent,
        "'på måndag den 7 december kl. 9.30–10.30': dotted times, a range; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        text=(
            "Hej Alex!\n\nTack för din ansökan till tjänsten som projektingenjör. Vi skulle "
            "gärna vilja träffa dig på måndag den 7 december kl. 9.30–10.30 på vårt kontor på "
            "Kungsgatan 44 i Stockholm. Du träffar mig och Erik Lund, avdelningschef.\n\nVänliga"
            " hälsningar\nLinnea Berg\nHR-partner, Norrsken Bygg AB"
        ),
    )


def proseconfirm() -> Iterator[Case]:
    f = "proseconfirm"
    s = ("Tom Ashby", "tom.ashby@kestrel-recruit.example.co.uk")
    asked = at(2026, 11, 30, 16, 2, "Europe/London")
    answered = at(2026, 11, 30, 18, 40, "Europe/London")
    sent = at(2026, 12, 1, 8, 51, "Europe/London")
    st = at(2026, 12, 3, 11, 0, "Europe/London", "Thu")
    yield case(
        f,
        "works_for_tom_too",
        "en-GB",
        s,
        "Re: Call with Tom - this week?",
        sent,
        "Reply confirming 'Thursday 3 December at 11am' over the candidate's 'Thursday morning "
        "suits me' and the recruiter's two-day question; no zone.",
        slot(st, sent=sent),
        reply=True,
        text=thread(
            "Hi Alex,\n\nBrilliant - Thursday 3 December at 11am works for Tom too, and I've put "
            "it in his diary. He'll ring you on your mobile.\n\nTom",
            (
                f"On Mon, 30 Nov 2026 at {answered:%H:%M}, Alex Morgan <{ME[1]}> wrote:",
                "Thursday morning suits me, any time after 10.\n\nAlex",
            ),
            (
                f"On Mon, 30 Nov 2026 at {asked:%H:%M}, Tom Ashby <{s[1]}> wrote:",
                "Could you do a quick call on Wednesday 2nd or Thursday 3rd, in the morning?",
            ),
        ),
    )
    s = ("Jana Albers", "jana.albers@nordlicht-logistik.example.de")
    sent = at(2026, 12, 2, 9, 14, "Europe/Berlin")
    st = at(2026, 12, 10, 14, 0, "Europe/Berlin", "Thu")
    yield case(
        f,
        "bleibt_es_beim",
        "de",
        s,
        "AW: Ihr Vorstellungsgespräch",
        sent,
        "'Perfekt, dann bleibt es beim 10.12. um 14 Uhr' over the candidate's yes and the "
        "quoted question 'wie wäre es mit 10.12. um 14 Uhr?'; no zone.",
        slot(st, sent=sent),
        reply=True,
        text=thread(
            "Hallo Herr Morgan,\n\nperfekt, dann bleibt es beim 10.12. um 14 Uhr. Frau Krüger "
            "aus dem Einkauf und ich freuen uns auf Sie; melden Sie sich bitte am Empfang in "
            "Halle 3.\n\nViele Grüße\nJana Albers",
            (
                f"Am Di., 1. Dez. 2026 um 19:02 Uhr schrieb Alex Morgan <{ME[1]}>:",
                "Guten Abend Frau Albers,\n\nja, das passt mir gut.\n\nBeste Grüße\nAlex Morgan",
            ),
            (
                f"Am Di., 1. Dez. 2026 um 15:30 Uhr schrieb Jana Albers <{s[1]}>:",
                "Hallo Herr Morgan,\n\nwie wäre es mit 10.12. um 14 Uhr?\n\nViele Grüße\nJana "
                "Albers",
            ),
        ),
    )
    s = ("Nicolas Perrin", "nicolas.perrin@lumiere-conseil.example.fr")
    sent = at(2026, 12, 4, 9, 3, "Europe/Paris")
    st = at(2026, 12, 9, 14, 30, "Europe/Paris", "Wed")
    yield case(
        f,
        "deplace_au",
        "fr",
        s,
        "Changement d'horaire pour notre entretien",
        sent,
        "A move in one sentence: 'de mardi 8 décembre à 10h est déplacé au mercredi 9 décembre "
        "à 14h30'; the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        text=(
            "Bonjour Alex,\n\nPetit changement : notre entretien de mardi 8 décembre à 10h est "
            "déplacé au mercredi 9 décembre à 14h30, avec le même lien Teams. Désolé pour ce "
            "contretemps.\n\nBien cordialement,\nNicolas Perrin\nLumière Conseil"
        ),
    )
    s = ("Irene Castillo", "irene.castillo@levante-foods.example.es")
    sent = at(2026, 12, 7, 17, 45, "Europe/Madrid")
    st = at(2026, 12, 10, 11, 30, "Europe/Madrid", "Thu")
    yield case(
        f,
        "hora_anterior_nueva",
        "es",
        s,
        "Cambio de hora de tu entrevista",
        sent,
        "Old and new lines: 'Hora anterior: jueves 10 de diciembre, 9:00' / 'Nueva hora: jueves "
        "10 de diciembre, 11:30'; the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        text=(
            "Hola Alex:\n\nHemos tenido que cambiar la hora de tu entrevista con el equipo de "
            "calidad.\n\nHora anterior: jueves 10 de diciembre, 9:00\nNueva hora: jueves 10 de "
            "diciembre, 11:30\n\nEl lugar no cambia (Av. del Puerto 88, Valencia). Gracias por "
            "tu flexibilidad.\n\nIrene Castillo\nRRHH · Levante Foods"
        ),
    )
    s = ("Femke Jansen", "femke.jansen@grachtzicht.example.nl")
    sent = at(2026, 12, 9, 10, 20, "Europe/Amsterdam")
    st = at(2026, 12, 15, 13, 0, "Europe/Amsterdam", "Tue")
    yield case(
        f,
        "top_dan_zien_we_je",
        "nl",
        s,
        "Re: Tweede gesprek",
        sent,
        "'Top, dan zien we je dinsdag 15 december van 13.00 tot 14.00 uur' over the "
        "candidate's own proposal 'vanaf 13 uur'; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        reply=True,
        text=thread(
            "Hoi Alex,\n\nTop, dan zien we je dinsdag 15 december van 13.00 tot 14.00 uur op "
            "kantoor in Utrecht. Je spreekt Mark en mij.\n\nGroet,\nFemke",
            (
                f"Op di 8 dec 2026 om 21:14 schreef Alex Morgan <{ME[1]}>:",
                "Hoi Femke,\n\nDinsdagmiddag 15 december zou ik kunnen, bijvoorbeeld vanaf 13 "
                "uur?\n\nGroeten,\nAlex",
            ),
        ),
    )
    s = ("Marco Bellini", "marco.bellini@lagunasoft.example.it")
    sent = at(2026, 12, 9, 16, 40, "Europe/Rome")
    st = at(2026, 12, 15, 11, 30, "Europe/Rome", "Tue")
    yield case(
        f,
        "anziche_ci_vediamo",
        "it",
        s,
        "Spostamento colloquio",
        sent,
        "'anziché lunedì 14 dicembre alle 10, ci vediamo martedì 15 dicembre alle 11:30': the "
        "new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        text=(
            "Ciao Alex,\n\nti scrivo per spostare il nostro colloquio: anziché lunedì 14 "
            "dicembre alle 10, ci vediamo martedì 15 dicembre alle 11:30, sempre su Zoom. Il "
            "link resta lo stesso.\n\nA presto,\nMarco Bellini\nEngineering Manager, Laguna Soft"
        ),
    )
    s = ("Inês Rocha", "ines.rocha@atlantico-seguros.example.pt")
    sent = at(2026, 11, 27, 11, 0, "Europe/Lisbon")
    st = at(2026, 12, 4, 15, 0, "Europe/Lisbon", "Fri")
    yield case(
        f,
        "antes_agora",
        "pt-PT",
        s,
        "Nova data para a sua entrevista",
        sent,
        "'Antes: quarta-feira, 2 de dezembro, às 15h00' / 'Agora: sexta-feira, 4 de dezembro, "
        "às 15h00 (hora de Lisboa)'; the new slot.",
        slot(st, kind="reschedule", zone="Europe/Lisbon"),
        text=(
            "Caro Alex,\n\nPor motivos de agenda do painel, a sua entrevista mudou de data:\n\n"
            "Antes: quarta-feira, 2 de dezembro, às 15h00\nAgora: sexta-feira, 4 de dezembro, "
            "às 15h00 (hora de Lisboa)\n\nO local mantém-se: Avenida da Liberdade 190, 5.º "
            "andar.\n\nCom os melhores cumprimentos,\nInês Rocha\nRecursos Humanos, Atlântico "
            "Seguros"
        ),
    )
    s = ("Piotr Kowalczyk", "piotr.kowalczyk@baltyk-finanse.example.pl")
    sent = at(2026, 12, 10, 12, 25, "Europe/Warsaw")
    st = at(2026, 12, 17, 10, 0, "Europe/Warsaw", "Thu")
    yield case(
        f,
        "potwierdzam_spotkanie",
        "pl",
        s,
        "Re: Rozmowa w Bałtyk Finanse",
        sent,
        "'Potwierdzam zatem spotkanie w czwartek 17 grudnia o 10:00' over the candidate's "
        "'Czwartek 17.12 rano' and the two-day question; no zone.",
        slot(st, sent=sent),
        reply=True,
        text=thread(
            "Dzień dobry,\n\ndziękuję za szybką odpowiedź. Potwierdzam zatem spotkanie w "
            "czwartek 17 grudnia o 10:00 w naszym biurze przy ul. Prostej 20 w Warszawie.\n\n"
            "Pozdrawiam\nPiotr Kowalczyk",
            (
                f"czw., 10 gru 2026 o 08:03 Alex Morgan <{ME[1]}> napisał(a):",
                "Dzień dobry,\nczwartek 17.12 rano mi odpowiada.\nAlex",
            ),
            (
                f"śr., 9 gru 2026 o 17:40 Piotr Kowalczyk <{s[1]}> napisał(a):",
                "Czy pasowałby Panu czwartek 17 grudnia lub piątek 18 grudnia?",
            ),
        ),
    )
    s = ("Oskar Nyström", "oskar.nystrom@fjallvind.example.se")
    sent = at(2026, 12, 3, 8, 12, "Europe/Stockholm")
    st = at(2026, 12, 9, 9, 0, "Europe/Stockholm", "Wed")
    yield case(
        f,
        "var_planerad_blir_nu",
        "sv",
        s,
        "Ny tid för intervjun",
        sent,
        "'Den var planerad till tisdag 8 december kl. 14.00 men blir nu onsdag 9 december kl. "
        "9.00 (svensk tid)': the new slot; 'svensk tid' names one zone.",
        slot(st, kind="reschedule", zone="Europe/Stockholm"),
        text=(
            "Hej Alex,\n\nTyvärr måste vi flytta intervjun. Den var planerad till tisdag 8 "
            "december kl. 14.00 men blir nu onsdag 9 december kl. 9.00 (svensk tid). Samma "
            "Teams-länk gäller.\n\nHälsningar\nOskar Nyström\nRekryterare, Fjällvind"
        ),
    )


def prosehead() -> Iterator[Case]:
    f = "prosehead"
    s = ("Jordan Reyes", "jordan@ledgerline.example.com")
    sent = at(2026, 11, 30, 15, 10, "America/New_York")
    st = at(2026, 12, 4, 13, 0, "America/New_York", "Fri")
    yield case(
        f,
        "this_friday_eastern",
        "en-US",
        s,
        "Quick chat about the platform role",
        sent,
        "Hiring manager: 'this Friday (Dec 4) at 1pm Eastern', '30 minutes' gives the end; "
        "'Eastern' is not one zone.",
        slot(st, st + timedelta(minutes=30)),
        text=(
            "Hey Alex -\n\nJordan here, I run the data platform team at Ledgerline. Your "
            "background looks like a great fit, so let's grab 30 minutes this Friday (Dec 4) at "
            "1pm Eastern to talk through the role. I'll send a Zoom link beforehand.\n\nTalk "
            "soon,\nJordan"
        ),
    )
    s = ("Mag. Stefan Huber", "stefan.huber@donauwerk.example.at")
    sent = at(2026, 12, 3, 10, 45, "Europe/Vienna")
    st = at(2026, 12, 14, 14, 30, "Europe/Vienna", "Mon")
    yield case(
        f,
        "um_halb_drei",
        "de-AT",
        s,
        "Persönliches Gespräch",
        sent,
        "Austrian manager: 'am Montag, 14. Dezember um halb drei' (14:30 in office hours); no "
        "zone.",
        slot(st, sent=sent),
        text=(
            "Grüß Gott Herr Morgan,\n\nich leite die Abteilung Controlling und würde Sie gerne "
            "am Montag, 14. Dezember um halb drei zu einem persönlichen Gespräch in unser Büro "
            "in der Praterstraße einladen. Wir werden etwa eine Stunde brauchen.\n\nMit "
            "freundlichen Grüßen\nStefan Huber"
        ),
    )
    s = ("Sophie Lambert", "sophie.lambert@escaut-logistique.example.be")
    sent = at(2026, 12, 2, 14, 2, "Europe/Brussels")
    st = at(2026, 12, 10, 9, 30, "Europe/Brussels", "Thu")
    yield case(
        f,
        "jeudi_prochain_de_a",
        "fr-BE",
        s,
        "Rencontre jeudi prochain",
        sent,
        "'jeudi prochain, le 10 décembre, de 9h30 à 10h15': relative day with its date and a "
        "range; no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        text=(
            "Bonjour Alex,\n\nJe suis responsable de l'entrepôt d'Anvers et c'est moi qui vous "
            "rencontrerai. Je vous propose de nous voir jeudi prochain, le 10 décembre, de 9h30 "
            "à 10h15 dans nos bureaux de Bruxelles (rue de la Loi 42).\n\nBien à vous,\nSophie "
            "Lambert"
        ),
    )
    s = ("Héctor Ramírez", "hector.ramirez@maizdeoro.example.com.mx")
    sent = at(2026, 12, 1, 18, 30, "America/Mexico_City")
    st = at(2026, 12, 9, 17, 0, "America/Mexico_City", "Wed")
    yield case(
        f,
        "cinco_de_la_tarde",
        "es-MX",
        s,
        "Plática sobre la vacante",
        sent,
        "'el miércoles 9 de diciembre a las 5 de la tarde, hora del centro de México': hour in "
        "words of the day; names America/Mexico_City.",
        slot(st, zone="America/Mexico_City"),
        text=(
            "Hola Alex,\n\nSoy Héctor, gerente de planta. Me gustaría platicar contigo el "
            "miércoles 9 de diciembre a las 5 de la tarde, hora del centro de México. Ya te "
            "mandé la invitación por Meet.\n\nSaludos,\nHéctor Ramírez"
        ),
    )
    s = ("Wouter Peeters", "wouter.peeters@schelde-ict.example.be")
    sent = at(2026, 12, 4, 9, 18, "Europe/Brussels")
    st = at(2026, 12, 16, 14, 0, "Europe/Brussels", "Wed")
    yield case(
        f,
        "om_14_uur_uurtje",
        "nl-BE",
        s,
        "Uitnodiging kennismakingsgesprek",
        sent,
        "'op woensdag 16 december om 14 uur'; 'een uurtje' is approximate, so no end; no zone.",
        slot(st, sent=sent),
        text=(
            "Beste Alex,\n\nAls teamleider support nodig ik je graag uit voor een "
            "kennismakingsgesprek op woensdag 16 december om 14 uur, bij ons in Gent. Reken op "
            "een uurtje.\n\nMet vriendelijke groeten,\nWouter Peeters"
        ),
    )
    s = ("Paola Conti", "paola.conti@vesuvio-amministrazione.example.it")
    sent = at(2026, 12, 2, 9, 50, "Europe/Rome")
    st = at(2026, 12, 11, 11, 0, "Europe/Rome", "Fri")
    yield case(
        f,
        "dalle_alle",
        "it",
        s,
        "Appuntamento per conoscerci",
        sent,
        "'venerdì 11 dicembre dalle 11 alle 12': hour-only range; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        text=(
            "Buongiorno Alex,\n\nsono Paola, responsabile del team amministrazione. Mi farebbe "
            "piacere conoscerla di persona: le ho fissato un appuntamento per venerdì 11 "
            "dicembre dalle 11 alle 12 nel nostro ufficio di Napoli.\n\nUn cordiale saluto,\n"
            "Paola Conti"
        ),
    )
    s = ("Ricardo Almeida", "ricardo.almeida@trilhaverde.example.com.br")
    sent = at(2026, 12, 8, 19, 5, "America/Sao_Paulo")
    st = at(2026, 12, 15, 16, 0, "America/Sao_Paulo", "Tue")
    yield case(
        f,
        "terca_que_vem",
        "pt-BR",
        s,
        "Nossa conversa",
        sent,
        "'terça que vem, 15/12, das 16h às 16h45': relative day with a day-first date, range; "
        "no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        text=(
            "Oi Alex, tudo bem?\n\nSou o gestor da vaga de analista financeiro. Marquei nossa "
            "conversa para terça que vem, 15/12, das 16h às 16h45, por vídeo. Te mando o link "
            "no dia.\n\nAbs,\nRicardo"
        ),
    )
    s = ("Tomasz Wójcik", "tomasz.wojcik@mazurlink.example.pl")
    sent = at(2026, 12, 2, 20, 15, "Europe/Warsaw")
    st = at(2026, 12, 7, 8, 30, "Europe/Warsaw", "Mon")
    yield case(
        f,
        "poniedzialek_7_12",
        "pl",
        s,
        "Krótka rozmowa",
        sent,
        "'w poniedziałek 7.12 o 8:30': numeric day.month without year; no zone.",
        slot(st, sent=sent),
        text=(
            "Dzień dobry,\n\nnazywam się Tomasz Wójcik i kieruję zespołem utrzymania. Zapraszam "
            "na krótką rozmowę online w poniedziałek 7.12 o 8:30. Link do Teams prześlę dzień "
            "wcześniej.\n\nPozdrawiam\nTomasz"
        ),
    )
    s = ("Maja Ek", "maja.ek@vastkust-service.example.se")
    sent = at(2026, 12, 3, 11, 11, "Europe/Stockholm")
    st = at(2026, 12, 10, 15, 0, "Europe/Stockholm", "Thu")
    yield case(
        f,
        "klockan_15_16",
        "sv",
        s,
        "Träff på kontoret",
        sent,
        "'torsdag den 10 december klockan 15–16': hour-only range; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        text=(
            "Hej Alex!\n\nJag är chef för kundtjänst och vill gärna träffa dig. Jag har bokat in "
            "oss torsdag den 10 december klockan 15–16 här på kontoret i Göteborg.\n\nVälkommen!"
            "\nMaja"
        ),
    )


def proseagree() -> Iterator[Case]:
    f = "proseagree"
    s = ("Ruth Okafor", "ruth.okafor@brightwater-health.example.co.uk")
    sent = at(2026, 12, 2, 12, 0, "Europe/London")
    st = at(2026, 12, 8, 10, 0, "Europe/London", "Tue")
    yield case(
        f,
        "was_now",
        "en-GB",
        s,
        "Panel moved",
        sent,
        "'Was: Monday 7 December, 3:00pm GMT' / 'Now: Tuesday 8 December, 10:00am GMT'; GMT is "
        "not one zone.",
        slot(st, kind="reschedule"),
        text=(
            "Hi Alex,\n\nQuick heads-up: the panel had to shift.\n\nWas: Monday 7 December, "
            "3:00pm GMT\nNow: Tuesday 8 December, 10:00am GMT\n\nSame Teams link as before. "
            "Sorry for the shuffle!\n\nRuth"
        ),
    )
    s = ("Holger Kranz", "holger.kranz@elbufer-bau.example.de")
    sent = at(2026, 12, 3, 16, 30, "Europe/Berlin")
    st = at(2026, 12, 10, 15, 30, "Europe/Berlin", "Thu")
    yield case(
        f,
        "alter_neuer_termin",
        "de",
        s,
        "Terminänderung Vorstellungsgespräch",
        sent,
        "'Alter Termin: Dienstag, 8.12.2026, 10:00 Uhr' / 'Neuer Termin: Donnerstag, "
        "10.12.2026, 15:30 Uhr'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        text=(
            "Sehr geehrter Herr Morgan,\n\nleider müssen wir Ihr Gespräch verlegen:\n\nAlter "
            "Termin: Dienstag, 8.12.2026, 10:00 Uhr\nNeuer Termin: Donnerstag, 10.12.2026, "
            "15:30 Uhr\n\nOrt und Ansprechpartner bleiben gleich.\n\nMit freundlichen Grüßen\n"
            "Holger Kranz"
        ),
    )
    s = ("Camille Roussel", "camille.roussel@garonne-energie.example.fr")
    sent = at(2026, 12, 4, 10, 5, "Europe/Paris")
    st = at(2026, 12, 14, 11, 0, "Europe/Paris", "Mon")
    yield case(
        f,
        "cest_note",
        "fr",
        s,
        "RE: Disponibilités semaine du 14",
        sent,
        "'Parfait, c'est noté pour lundi 14 décembre à 11h' over the candidate's 'Le lundi 14 "
        "à 11h' and the question about availability; no zone.",
        slot(st, sent=sent),
        reply=True,
        text=thread(
            "Bonjour Alex,\n\nParfait, c'est noté pour lundi 14 décembre à 11h. Je vous envoie "
            "l'invitation dans la foulée.\n\nCamille",
            (
                f"Le jeu. 3 déc. 2026 à 18:20, Alex Morgan <{ME[1]}> a écrit :",
                "Bonjour Camille,\n\nLe lundi 14 à 11h me conviendrait très bien.\n\nAlex",
            ),
            (
                f"Le jeu. 3 déc. 2026 à 09:41, Camille Roussel <{s[1]}> a écrit :",
                "Auriez-vous des disponibilités la semaine du 14 décembre ?",
            ),
        ),
    )
    s = ("Pablo Navarro", "pablo.navarro@turia-textil.example.es")
    sent = at(2026, 12, 9, 9, 30, "Europe/Madrid")
    st = at(2026, 12, 11, 13, 0, "Europe/Madrid", "Fri")
    yield case(
        f,
        "nuevo_horario_en_lugar",
        "es",
        s,
        "Re: Entrevista viernes",
        sent,
        "New text 'el viernes 11 de diciembre a las 13:00 en lugar de las 10:00' over the "
        "quoted older confirmation at 10:00; the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        reply=True,
        text=thread(
            "Hola Alex,\n\nTe confirmo el nuevo horario: el viernes 11 de diciembre a las 13:00 "
            "en lugar de las 10:00. Disculpa el cambio.\n\nPablo",
            (
                f"El vie, 4 dic 2026 a las 12:10, Pablo Navarro (<{s[1]}>) escribió:",
                "Hola Alex,\n\nQuedamos el viernes 11 de diciembre a las 10:00 en nuestra "
                "oficina de Valencia.\n\nPablo",
            ),
        ),
    )
    s = ("Eva Smit", "eva.smit@deltahaven.example.nl")
    sent = at(2026, 12, 2, 13, 44, "Europe/Amsterdam")
    st = at(2026, 12, 9, 11, 0, "Europe/Amsterdam", "Wed")
    rows = [
        ("Vorige datum", "maandag 7 december 2026, 11:00"),
        ("Nieuwe datum", "woensdag 9 december 2026, 11:00"),
        ("Locatie", "Deltahaven, Wilhelminakade 91, Rotterdam"),
    ]
    cells = "".join(
        f"<tr><td style='padding:4px 10px;color:#666'>{k}</td><td style='padding:4px 10px'>"
        f"<b>{v}</b></td></tr>"
        for k, v in rows
    )
    yield case(
        f,
        "vorige_nieuwe_tabel",
        "nl",
        s,
        "Je gesprek is verplaatst",
        sent,
        "HTML only: a table with 'Vorige datum' and 'Nieuwe datum' rows; the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        html=(
            "<div dir='ltr'><p>Hoi Alex,</p><p>Door een samenloop van omstandigheden moeten we "
            f"je gesprek verplaatsen.</p><table>{cells}</table><p>Tot dan!<br>Eva Smit<br>"
            "Recruitment Deltahaven</p></div>\n"
        ),
    )
    s = ("Giulia Marchetti", "giulia.marchetti@brera-officine.example.it")
    sent = at(2026, 11, 30, 17, 0, "Europe/Rome")
    st = at(2026, 12, 3, 12, 0, "Europe/Rome", "Thu")
    yield case(
        f,
        "vecchio_nuovo_orario",
        "it",
        s,
        "Variazione orario colloquio",
        sent,
        "'Vecchio orario: giovedì 3 dicembre, ore 9:30' / 'Nuovo orario: giovedì 3 dicembre, ore "
        "12:00'; same day; no zone.",
        slot(st, kind="reschedule", sent=sent),
        text=(
            "Ciao Alex,\n\nabbiamo dovuto cambiare l'orario del colloquio:\n\nVecchio orario: "
            "giovedì 3 dicembre, ore 9:30\nNuovo orario: giovedì 3 dicembre, ore 12:00\n\nIl "
            "resto rimane invariato.\n\nGiulia"
        ),
    )
    s = ("Beatriz Lima", "beatriz.lima@vetorlog.example.com.br")
    sent = at(2026, 12, 10, 10, 2, "America/Sao_Paulo")
    st = at(2026, 12, 17, 14, 0, "America/Sao_Paulo", "Thu")
    yield case(
        f,
        "combinado_quinta",
        "pt-BR",
        s,
        "Re: Próxima etapa",
        sent,
        "'Combinado! Então fica quinta, 17/12, às 14h, pelo Meet' over the candidate's 'Quinta à "
        "tarde' and the recruiter's open question; no zone.",
        slot(st, sent=sent),
        reply=True,
        text=thread(
            "Combinado! Então fica quinta, 17/12, às 14h, pelo Meet. Te envio o convite.\n\n"
            "Beatriz",
            (
                f"Em qua., 9 de dez. de 2026 às 20:31, Alex Morgan <{ME[1]}> escreveu:",
                "Quinta à tarde seria ótimo pra mim.",
            ),
            (
                f"Em qua., 9 de dez. de 2026 às 11:15, Beatriz Lima <{s[1]}> escreveu:",
                "Você teria disponibilidade na quinta ou sexta da próxima semana?",
            ),
        ),
    )
    s = ("Krzysztof Nowak", "krzysztof.nowak@odra-energia.example.pl")
    sent = at(2026, 12, 1, 9, 0, "Europe/Warsaw")
    st = at(2026, 12, 7, 12, 0, "Europe/Warsaw", "Mon")
    yield case(
        f,
        "przelozyc_z_na",
        "pl",
        s,
        "Zmiana terminu rozmowy",
        sent,
        "'przełożyć naszą rozmowę z piątku 4 grudnia, godz. 12:00, na poniedziałek 7 grudnia, "
        "godz. 12:00': the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        text=(
            "Dzień dobry,\n\nmusimy przełożyć naszą rozmowę z piątku 4 grudnia, godz. 12:00, na "
            "poniedziałek 7 grudnia, godz. 12:00. Przepraszam za zamieszanie.\n\nPozdrawiam\n"
            "Krzysztof Nowak"
        ),
    )
    s = ("Elin Sjöberg", "elin.sjoberg@malarsoft.example.se")
    sent = at(2026, 12, 9, 14, 25, "Europe/Stockholm")
    st = at(2026, 12, 15, 10, 0, "Europe/Stockholm", "Tue")
    yield case(
        f,
        "toppen_da_sager_vi",
        "sv",
        s,
        "Sv: Intervju nästa vecka",
        sent,
        "'Toppen, då säger vi tisdag 15 december kl. 10–11 på Teams' over the candidate's "
        "'Tisdag förmiddag passar bra'; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        reply=True,
        text=thread(
            "Hej Alex,\n\nToppen, då säger vi tisdag 15 december kl. 10–11 på Teams. Jag skickar "
            "en kallelse.\n\nElin",
            (
                f"Den ons 9 dec. 2026 kl 09:02 skrev Alex Morgan <{ME[1]}>:",
                "Hej Elin,\ntisdag förmiddag passar bra.\n/Alex",
            ),
        ),
    )


BUILDERS = [prosecall, proseconfirm, prosehead, proseagree]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose8 batch (`build_prose8.py`)",
        "",
        "Invitations written by hand by recruiters and hiring managers, in the prose they use "
        "(word times, ranges, relative days with the date, zone words, replies that confirm a "
        "slot over the quoted question, moves as a sentence or as old/new lines). All text is "
        "ours; people, companies, addresses and links are made up. Gmail quote attributions in "
        "each language are written from memory. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose8.py` "
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
    lines += [
        "",
        "## Files (dev only)",
        "",
        "| file | kind | language | what it exercises |",
        "|---|---|---|---|",
    ]
    for item in cases:
        if item.split != "dev":
            continue
        row = [f"`dev/{item.filename}`", str(item.label.get("kind")), item.language, item.note]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose8.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
