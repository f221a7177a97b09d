# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "moves66" batch: text mails (no calendar part) that move an interview or confirm a
slot picked from an offer, in thirteen languages, saying the move in many ways: old time first
or new time first, a push by an amount ("by 30 minutes", "eine Stunde später", "o godzinę
później", "1時間繰り下げ"), a shift by days at the same hour, "moved up", the old time restated
after the new one, old/new tables, and employers' confirmations over a quoted offer and pick.

Run: .venv/bin/python tests/parsing/corpus/build_moves66.py

All text is ours (no template copied). People and companies are made up. Labels come from the
datetimes the text is rendered from (zoneinfo) and were written before the parser was run on
any message of the batch. A third of the mails is held out, drawn by the SHA-256 of the file
name (first byte % 3 == 0) before anything was parsed. Deterministic; the script deletes or
writes only files of its own family.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
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
OURS = "hand-written, no template"
LIC = "text ours"
FAM = "moves66"
HELD_FAM = "moves66h"
FAMILIES = {
    FAM: "Moves and picks said many ways in 13 languages: old first or new first, pushes by an "
    "amount, shifts by days at the same hour, 'moved up', the old time restated after the new "
    "one, old/new tables, confirmations over a quoted offer and pick; controls: the reader's "
    "own ask, a move not yet fixed, an offer answered with a question.",
    # held-out families are whole (test_corpus_labels): the held-out third is its own family
    HELD_FAM: "The held-out third of moves66, chosen by the file name's hash before any parse.",
}
CASES: list[Case] = []
NEG: dict[str, object] = {"kind": "not_invitation"}

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "tr": "Europe/Istanbul",
    "pt-BR": "America/Sao_Paulo",
    "id": "Asia/Jakarta",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "el": "Europe/Athens",
    "ro": "Europe/Bucharest",
}

WEEKDAYS = {
    "en-GB": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "en-US": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma"),
    "pt-BR": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat"),
    "ja": ("月", "火", "水", "木", "金"),
    "ko": ("월", "화", "수", "목", "금"),
    "el": ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή"),
    "ro": ("luni", "marți", "miercuri", "joi", "vineri"),
}


def held(filename: str) -> bool:
    """The seeded third: a mail is held out when its file name's SHA-256 starts with a byte
    divisible by three (fixed before any parse)."""
    return hashlib.sha256(filename.encode()).digest()[0] % 3 == 0


def quoted(attribution: str, text: str) -> str:
    """A reply's quoted layer: the attribution line and '> ' before every line."""
    return attribution + "\n" + "\n".join(("> " + line).rstrip() for line in text.split("\n"))


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    sent: tuple[int, int, int, int, int],
    note: str,
    *,
    text: str | None = None,
    html: str | None = None,
    slot: tuple[int, int, int, int, int] | None = None,
    kind: str = "reschedule",
    days: tuple[tuple[str, tuple[int, int, int]], ...] = (),
) -> None:
    """One mail: with `slot` the reader's interview at that wall time (no zone stated);
    without it not_invitation. `days` pairs a weekday word written in the mail with its date
    so a slip in the prose fails the build."""
    for word, ymd in days:
        assert WEEKDAYS[lang][datetime(*ymd).weekday()] == word, (name, word, ymd)
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*sent, tzinfo=zone)
    key = f"{FAM} {lang} {name}"
    message: MIMEBase
    if text is not None and html is not None:
        message = MIMEMultipart("alternative", boundary=f"=_moves66_{pp.digest(FAM, name)}")
        message.attach(l48._part(text, "plain"))
        message.attach(l48._part(html, "html"))
    elif html is not None:
        message = l48._part(html, "html")
    else:
        assert text is not None
        message = l48._part(text, "plain")
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        label = {"kind": kind, **pp.timed(start, sent=sent_at)}
    else:
        label = dict(NEG)
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
    filename = f"{FAM}__{lang}_{name}.eml"
    split = "heldout" if held(filename) else "dev"
    family = HELD_FAM if split == "heldout" else FAM
    CASES.append(
        Case(family, split, f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


def page(body: str) -> str:
    return f'<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">{body}</body></html>'


def english() -> None:
    add(
        "en-US",
        "pushed_back_by_30_minutes",
        ("Dana Whitfield", "dana@corbelhealth.example.com"),
        "Small change to your interview",
        (2027, 4, 5, 9, 12),
        "A push by an amount: Tuesday April 13 at 2:00 PM pushed back by 30 minutes.",
        text="Hi Alex,\n\nQuick heads-up: your interview on Tuesday, April 13 at 2:00 PM has been pushed back by 30 minutes because the hiring manager has a clash. Everything else stays the same.\n\nThanks for your flexibility,\nDana",
        slot=(2027, 4, 13, 14, 30),
        days=(("Tuesday", (2027, 4, 13)),),
    )
    add(
        "en-GB",
        "same_time_next_day",
        ("Oliver Penrose", "o.penrose@harlowgroup.example.co.uk"),
        "Interview - moved by a day",
        (2027, 4, 6, 11, 3),
        "'Same time, next day': Wednesday 14 April 10:30 becomes Thursday 15 April 10:30.",
        text="Hi Alex,\n\nUnfortunately Priya is off sick on Wednesday 14 April, so we need to move your 10:30 interview. Could we do the same time, the next day? I've pencilled you in for then.\n\nKind regards,\nOliver",
        slot=(2027, 4, 15, 10, 30),
        days=(("Wednesday", (2027, 4, 14)),),
    )
    add(
        "en-US",
        "moved_up_an_hour",
        ("Marcus Bell", "mbell@tidewaterlabs.example.com"),
        "Re: Onsite",
        (2027, 4, 7, 16, 40),
        "'Moved up an hour': Friday April 16 at 1:00 PM becomes noon.",
        text="Hi Alex,\n\nGood news, we were able to free up the panel earlier. Your onsite on Friday, April 16 is moved up an hour - it was 1:00 PM, it's now noon. Same room, same people.\n\nMarcus",
        slot=(2027, 4, 16, 12, 0),
        days=(("Friday", (2027, 4, 16)),),
    )
    add(
        "en-GB",
        "new_first_was_after",
        ("Harriet Cole", "harriet.cole@quaymark.example.co.uk"),
        "Updated interview time",
        (2027, 4, 8, 14, 25),
        "The new time first, the old one restated after it: 'Tuesday 20 April at 3pm (previously Monday 19 April at 11am)'.",
        text="Dear Alex,\n\nPlease note the new time for your second-stage interview: Tuesday 20 April at 3pm (previously Monday 19 April at 11am). The address is unchanged.\n\nBest wishes,\nHarriet Cole\nTalent Team",
        slot=(2027, 4, 20, 15, 0),
        days=(("Tuesday", (2027, 4, 20)), ("Monday", (2027, 4, 19))),
    )
    add(
        "en-US",
        "new_then_original_sentence",
        ("Tyler Grant", "tgrant@northpine.example.com"),
        "Interview rescheduled",
        (2027, 4, 9, 10, 0),
        "New time in the first sentence, a second sentence that names the original one.",
        text="Hi Alex,\n\nYour interview is now Thursday, April 22 at 11:30 AM ET. It was originally set for Wednesday, April 21 at 4:00 PM, but our VP had to travel.\n\nSee you then,\nTyler",
        slot=(2027, 4, 22, 11, 30),
        days=(("Thursday", (2027, 4, 22)), ("Wednesday", (2027, 4, 21))),
    )
    add(
        "en-US",
        "table_old_new",
        ("Scheduling", "scheduling@brightforge.example.com"),
        "Schedule change",
        (2027, 4, 12, 8, 30),
        "HTML table with 'Original' and 'Updated' columns; the updated one is the start.",
        html=page(
            "<p>Hi Alex,</p><p>Your interview time has changed:</p><table border='1' cellpadding='4'><tr><th></th><th>Original</th><th>Updated</th></tr><tr><td>Date</td><td>Mon, April 19</td><td>Wed, April 21</td></tr><tr><td>Time</td><td>9:00 AM</td><td>1:30 PM</td></tr></table><p>Brightforge Recruiting</p>"
        ),
        slot=(2027, 4, 21, 13, 30),
    )
    add(
        "en-US",
        "second_works_confirmed",
        ("Nina Alvarez", "nina@oakridgesoft.example.com"),
        "Re: Interview times",
        (2027, 4, 13, 12, 5),
        "The employer confirms 'the 2nd works, see you then' over the reader's pick and the quoted offer.",
        kind="invitation",
        text="Perfect - the 2nd one works for everyone. Calendar invite to follow.\n\nNina\n\n"
        + quoted(
            "On Tue, Apr 13, 2027 at 10:02 AM Alex Morgan <alex.morgan@mailbox.example> wrote:",
            "Hi Nina,\n\nThe second option would be great for me.\n\nAlex\n\n"
            + quoted(
                "On Mon, Apr 12, 2027 at 5:40 PM Nina Alvarez wrote:",
                "Hi Alex,\n\nCould you do one of these?\n\n1. Monday, April 19 at 10:00 AM\n2. Tuesday, April 20 at 2:00 PM\n3. Thursday, April 22 at 9:30 AM\n\nNina",
            ),
        ),
        slot=(2027, 4, 20, 14, 0),
        days=(("Tuesday", (2027, 4, 20)),),
    )
    add(
        "en-GB",
        "thursday_it_is",
        ("Sophie Lang", "sophie.lang@ferngate.example.co.uk"),
        "Re: Availability",
        (2027, 4, 14, 9, 50),
        "'Thursday it is!' over the reader's pick of Thursday and an offer of three days.",
        kind="invitation",
        text="Thursday it is! I'll send the joining details tomorrow.\n\nSophie\n\n"
        + quoted(
            "On 14 Apr 2027, at 08:31, Alex Morgan <alex.morgan@mailbox.example> wrote:",
            "Hi Sophie,\n\nThursday suits me best.\n\nThanks,\nAlex\n\n"
            + quoted(
                "On 13 Apr 2027, at 16:05, Sophie Lang wrote:",
                "Hi Alex,\n\nWe can offer:\n- Tuesday 20 April, 10:00\n- Wednesday 21 April, 14:00\n- Thursday 22 April, 11:30\n\nSophie",
            ),
        ),
        slot=(2027, 4, 22, 11, 30),
        days=(("Thursday", (2027, 4, 22)), ("Tuesday", (2027, 4, 20))),
    )
    add(
        "en-US",
        "control_my_ask_to_move",
        ("Alex Morgan", "alex.morgan@mailbox.example"),
        "Could we move Thursday?",
        (2027, 4, 15, 8, 0),
        "Control: the reader asks whether Thursday 2pm could move an hour later; nothing agreed.",
        text="Hi Jordan,\n\nWould it be possible to push our Thursday 2:00 PM call back by an hour? No worries if not.\n\nThanks,\nAlex",
    )
    add(
        "en-GB",
        "control_move_to_be_confirmed",
        ("Ravi Menon", "ravi.menon@kestrelops.example.co.uk"),
        "Your interview on Friday",
        (2027, 4, 15, 13, 14),
        "Control: the old time will have to move but the new one is not fixed yet.",
        text="Hi Alex,\n\nI'm sorry - we will need to move your interview on Friday 23 April at 10am. I'll come back to you with new options once I have the panel's diaries.\n\nRavi",
    )


def german() -> None:
    add(
        "de",
        "eine_stunde_spaeter",
        ("Katrin Vogel", "k.vogel@nordlicht-it.example.de"),
        "Ihr Vorstellungsgespräch",
        (2027, 4, 6, 10, 15),
        "Push by an amount: 'am Donnerstag, 15. April um 10:00 Uhr ... eine Stunde später'.",
        text="Hallo Alex,\n\nIhr Gespräch am Donnerstag, 15. April um 10:00 Uhr muss leider eine Stunde später beginnen, da unser Teamleiter einen Kundentermin hat. Alles andere bleibt wie besprochen.\n\nViele Grüße\nKatrin Vogel",
        slot=(2027, 4, 15, 11, 0),
        days=(("Donnerstag", (2027, 4, 15)),),
    )
    add(
        "de",
        "gleiche_uhrzeit_naechste_woche",
        ("Jonas Brandt", "jonas.brandt@weserwerk.example.de"),
        "Terminverschiebung",
        (2027, 4, 7, 15, 0),
        "'Gleiche Uhrzeit, eine Woche später': Dienstag 13. April 14:30 becomes 20. April 14:30.",
        text="Hallo Alex,\n\nwir müssen unser Gespräch am Dienstag, 13. April um 14:30 Uhr leider verschieben. Passt Ihnen die gleiche Uhrzeit eine Woche später? Ich habe es vorläufig so eingetragen.\n\nBeste Grüße\nJonas Brandt",
        slot=(2027, 4, 20, 14, 30),
        days=(("Dienstag", (2027, 4, 13)),),
    )
    add(
        "de",
        "neu_vorher_tabelle",
        ("Recruiting", "recruiting@alpenstern.example.de"),
        "Geänderter Termin",
        (2027, 4, 12, 9, 0),
        "Text table with rows 'Bisher:' and 'Neu:'; the new row comes second.",
        text="Guten Tag Alex,\n\nIhr Termin hat sich geändert:\n\nBisher:  Montag, 19.04.2027, 09:30 Uhr\nNeu:     Mittwoch, 21.04.2027, 13:00 Uhr\n\nOrt: Standort München, Raum 4.12\n\nFreundliche Grüße\nIhr Recruiting-Team",
        slot=(2027, 4, 21, 13, 0),
        days=(("Montag", (2027, 4, 19)), ("Mittwoch", (2027, 4, 21))),
    )
    add(
        "de",
        "neuer_termin_statt_alter_danach",
        ("Miriam Koch", "m.koch@rheinblick.example.de"),
        "Neuer Termin",
        (2027, 4, 13, 11, 40),
        "The new time first, the old one named in the next sentence.",
        text="Hallo Alex,\n\nder neue Termin für Ihr Gespräch ist Freitag, der 23. April, um 15:00 Uhr. Ursprünglich war Donnerstag, 22. April, 10:00 Uhr geplant – das klappt bei uns leider nicht mehr.\n\nViele Grüße\nMiriam Koch",
        slot=(2027, 4, 23, 15, 0),
        days=(("Freitag", (2027, 4, 23)), ("Donnerstag", (2027, 4, 22))),
    )
    add(
        "de",
        "der_zweite_passt",
        ("Felix Hartmann", "f.hartmann@elbmarine.example.de"),
        "AW: Terminvorschläge",
        (2027, 4, 14, 16, 20),
        "The employer confirms 'Der zweite Termin passt' over the quoted offer (no pick line from the reader).",
        kind="invitation",
        text="Hallo Alex,\n\ndanke für die Rückmeldung – dann machen wir den zweiten Termin fest. Bis dann!\n\nFelix\n\n"
        + quoted(
            "Am 14.04.2027 um 09:12 schrieb Alex Morgan:",
            "Hallo Herr Hartmann,\n\nder zweite Vorschlag passt mir gut.\n\nGruß\nAlex\n\n"
            + quoted(
                "Am 13.04.2027 um 17:30 schrieb Felix Hartmann:",
                "Hallo Alex,\n\nich kann Ihnen folgende Termine anbieten:\n\n1) Dienstag, 20.04., 10:00 Uhr\n2) Mittwoch, 21.04., 14:00 Uhr\n3) Freitag, 23.04., 09:00 Uhr\n\nFelix Hartmann",
            ),
        ),
        slot=(2027, 4, 21, 14, 0),
        days=(("Mittwoch", (2027, 4, 21)),),
    )


def french() -> None:
    add(
        "fr",
        "decale_de_30_minutes",
        ("Claire Marchand", "c.marchand@atelier-lumen.example.fr"),
        "Votre entretien",
        (2027, 4, 6, 9, 0),
        "Push by an amount: 'jeudi 15 avril à 14h ... décalé de 30 minutes'.",
        text="Bonjour Alex,\n\nvotre entretien du jeudi 15 avril à 14h est décalé de 30 minutes, notre directrice sortant d'une réunion. Le lieu ne change pas.\n\nBien cordialement,\nClaire Marchand",
        slot=(2027, 4, 15, 14, 30),
        days=(("jeudi", (2027, 4, 15)),),
    )
    add(
        "fr",
        "meme_heure_lendemain",
        ("Thomas Girard", "t.girard@solvane.example.fr"),
        "Report de l'entretien",
        (2027, 4, 7, 12, 0),
        "'Même heure, le lendemain': mercredi 14 avril 11h becomes jeudi 15 avril 11h.",
        text="Bonjour Alex,\n\nnous devons reporter votre entretien prévu le mercredi 14 avril à 11h. Nous vous proposons la même heure, le lendemain. Je l'ai noté ainsi dans nos agendas.\n\nCordialement,\nThomas Girard",
        slot=(2027, 4, 15, 11, 0),
        days=(("mercredi", (2027, 4, 14)),),
    )
    add(
        "fr",
        "tableau_ancien_nouveau",
        ("Recrutement", "recrutement@mistral-conseil.example.fr"),
        "Modification de votre rendez-vous",
        (2027, 4, 12, 10, 0),
        "HTML table: the new column first ('Nouvel horaire'), the old after ('Ancien horaire').",
        html=page(
            "<p>Bonjour Alex,</p><p>Votre rendez-vous a été modifié :</p><table border='1'><tr><th>Nouvel horaire</th><th>Ancien horaire</th></tr><tr><td>mardi 20 avril 2027, 16:00</td><td>lundi 19 avril 2027, 10:00</td></tr></table><p>L'équipe recrutement</p>"
        ),
        slot=(2027, 4, 20, 16, 0),
    )
    add(
        "fr",
        "jeudi_alors",
        ("Julie Roux", "julie.roux@cap-ouest.example.fr"),
        "RE: Créneaux",
        (2027, 4, 14, 15, 0),
        "'Va pour jeudi' over the reader's pick of Thursday and an offer of three days.",
        kind="invitation",
        text="Va pour jeudi, c'est noté ! À bientôt.\n\nJulie\n\n"
        + quoted(
            "Le mer. 14 avr. 2027 à 10:20, Alex Morgan a écrit :",
            "Bonjour Julie,\n\nJeudi m'arrangerait le mieux.\n\nAlex\n\n"
            + quoted(
                "Le mar. 13 avr. 2027 à 18:00, Julie Roux a écrit :",
                "Bonjour Alex,\n\nVoici mes disponibilités :\n- mardi 20 avril à 9h30\n- mercredi 21 avril à 15h\n- jeudi 22 avril à 10h\n\nJulie",
            ),
        ),
        slot=(2027, 4, 22, 10, 0),
        days=(("jeudi", (2027, 4, 22)),),
    )


def spanish() -> None:
    add(
        "es",
        "retrasada_una_hora",
        ("Lucía Navarro", "lucia.navarro@brisamar.example.es"),
        "Cambio de hora",
        (2027, 4, 6, 10, 30),
        "Push by an amount: 'la entrevista del martes 13 de abril a las 10:00 queda retrasada 1 h'.",
        text="Hola Alex:\n\nTe escribo para avisarte de que la entrevista del martes 13 de abril a las 10:00 queda retrasada 1 h por un imprevisto del equipo. Seguimos en la misma sala.\n\nUn saludo,\nLucía Navarro",
        slot=(2027, 4, 13, 11, 0),
        days=(("martes", (2027, 4, 13)),),
    )
    add(
        "es",
        "adelantamos_al_dia_anterior",
        ("Diego Ferrer", "d.ferrer@olivarsoft.example.es"),
        "Entrevista adelantada",
        (2027, 4, 7, 9, 45),
        "Shift by a day earlier at the same hour: 'la adelantamos un día, a la misma hora'.",
        text="Hola Alex:\n\nTu entrevista estaba fijada para el viernes 16 de abril a las 12:30. Por agenda del director, la adelantamos un día, a la misma hora. Espero que te venga bien.\n\nSaludos,\nDiego",
        slot=(2027, 4, 15, 12, 30),
        days=(("viernes", (2027, 4, 16)),),
    )
    add(
        "es",
        "nueva_fecha_antes_antigua",
        ("Selección", "seleccion@costaverde.example.es"),
        "Nueva fecha de entrevista",
        (2027, 4, 12, 16, 0),
        "New first ('Nueva fecha: miércoles 21 de abril, 17:00'), old after ('Fecha anterior: ...').",
        text="Hola Alex:\n\nNueva fecha: miércoles 21 de abril, 17:00\nFecha anterior: lunes 19 de abril, 12:00\n\nLa entrevista será en nuestra oficina de Valencia.\n\nEquipo de Selección",
        slot=(2027, 4, 21, 17, 0),
        days=(("miércoles", (2027, 4, 21)), ("lunes", (2027, 4, 19))),
    )
    add(
        "es",
        "control_propuesta_sin_respuesta",
        ("Marta Gil", "marta.gil@nubeazul.example.es"),
        "Opciones para la entrevista",
        (2027, 4, 13, 11, 0),
        "Control: two options offered, the candidate has not answered; nothing set.",
        text="Hola Alex:\n\n¿Te vendría mejor el jueves 22 de abril a las 10:00 o el viernes 23 a las 13:00? Dime cuál prefieres y lo cierro.\n\nMarta",
    )


def polish() -> None:
    add(
        "pl",
        "o_godzine_pozniej",
        ("Anna Nowak", "anna.nowak@wislasoft.example.pl"),
        "Zmiana godziny rozmowy",
        (2027, 4, 6, 9, 10),
        "Push by an amount: 'rozmowa w czwartek 15 kwietnia o 10:00 ... o godzinę później'.",
        text="Dzień dobry,\n\nuprzejmie informuję, że rozmowa w czwartek 15 kwietnia o 10:00 odbędzie się o godzinę później, czyli o 11:00. Miejsce bez zmian.\n\nPozdrawiam serdecznie\nAnna Nowak",
        slot=(2027, 4, 15, 11, 0),
        days=(("czwartek", (2027, 4, 15)),),
    )
    add(
        "pl",
        "przesunieta_o_30_minut",
        ("Piotr Zieliński", "p.zielinski@baltyk-log.example.pl"),
        "Rozmowa rekrutacyjna",
        (2027, 4, 7, 14, 0),
        "Push by an amount without the new clock: '14 kwietnia o 13:00 ... przesunięta o 30 minut'.",
        text="Dzień dobry Panie Alexie,\n\nrozmowa zaplanowana na środę 14 kwietnia o 13:00 zostaje przesunięta o 30 minut później. Przepraszam za kłopot.\n\nZ poważaniem\nPiotr Zieliński",
        slot=(2027, 4, 14, 13, 30),
    )
    add(
        "pl",
        "nowy_termin_poprzedni",
        ("Rekrutacja", "rekrutacja@karpaty-it.example.pl"),
        "Nowy termin spotkania",
        (2027, 4, 12, 8, 0),
        "Rows 'Poprzedni termin:' then 'Nowy termin:'.",
        text="Dzień dobry,\n\nw związku z urlopem kierownika zmieniamy termin spotkania.\n\nPoprzedni termin: 19.04.2027, godz. 9:00\nNowy termin: 22.04.2027, godz. 12:00\n\nPozdrawiamy\nZespół Rekrutacji",
        slot=(2027, 4, 22, 12, 0),
    )
    add(
        "pl",
        "ten_sam_dzien_tydzien_pozniej",
        ("Magda Wójcik", "m.wojcik@odrasystems.example.pl"),
        "Przesunięcie rozmowy",
        (2027, 4, 8, 15, 30),
        "Shift by a week at the same hour: 'tydzień później o tej samej godzinie'.",
        text="Cześć Alex,\n\nniestety musimy przełożyć naszą rozmowę z piątku 16 kwietnia, godz. 10:30. Proponuję tydzień później o tej samej godzinie – wpisałam już do kalendarza.\n\nMagda",
        slot=(2027, 4, 23, 10, 30),
        days=(("piątek", (2027, 4, 16)),),
    )
    add(
        "pl",
        "druga_opcja_potwierdzam",
        ("Kamil Lewandowski", "k.lewandowski@mazurdata.example.pl"),
        "Re: Terminy rozmowy",
        (2027, 4, 14, 12, 0),
        "The employer confirms the second option over the reader's pick and the quoted list.",
        kind="invitation",
        text="Świetnie, potwierdzam drugą opcję. Do zobaczenia!\n\nKamil\n\n"
        + quoted(
            "W dniu 14.04.2027 o 09:00 Alex Morgan pisze:",
            "Dzień dobry,\n\nodpowiada mi druga opcja.\n\nAlex\n\n"
            + quoted(
                "W dniu 13.04.2027 o 16:00 Kamil Lewandowski pisze:",
                "Dzień dobry,\n\nproponuję:\n1. wtorek 20.04, 10:00\n2. środa 21.04, 15:00\n3. czwartek 22.04, 9:00\n\nKamil",
            ),
        ),
        slot=(2027, 4, 21, 15, 0),
    )


def czech() -> None:
    add(
        "cs",
        "o_hodinu_pozdeji",
        ("Petra Dvořáková", "petra.dvorakova@vltava-tech.example.cz"),
        "Změna času pohovoru",
        (2027, 4, 6, 10, 0),
        "Push by an amount: 'pohovor ve čtvrtek 15. dubna v 9:00 ... o hodinu později'.",
        text="Dobrý den,\n\nVáš pohovor ve čtvrtek 15. dubna v 9:00 se bohužel posouvá o hodinu později. Ostatní zůstává beze změny.\n\nS pozdravem\nPetra Dvořáková",
        slot=(2027, 4, 15, 10, 0),
        days=(("čtvrtek", (2027, 4, 15)),),
    )
    add(
        "cs",
        "presunuto_z_na",
        ("Martin Novotný", "m.novotny@moravia-soft.example.cz"),
        "Přesunutí pohovoru",
        (2027, 4, 7, 13, 0),
        "Old first, new second in one line: 'přesouváme z pondělí 19. 4. v 10:00 na středu 21. 4. ve 14:00'.",
        text="Dobrý den, Alexi,\n\nz provozních důvodů přesouváme Váš pohovor z pondělí 19. 4. v 10:00 na středu 21. 4. ve 14:00. Děkuji za pochopení.\n\nMartin Novotný",
        slot=(2027, 4, 21, 14, 0),
    )
    add(
        "cs",
        "novy_termin_puvodni",
        ("Nábor", "nabor@brnosys.example.cz"),
        "Nový termín",
        (2027, 4, 12, 9, 30),
        "Rows 'Nový termín:' first, 'Původní termín:' second.",
        text="Dobrý den,\n\nNový termín: 22. 4. 2027 v 11:00\nPůvodní termín: 20. 4. 2027 v 15:00\n\nMísto: Praha, Karlín\n\nTým náboru",
        slot=(2027, 4, 22, 11, 0),
    )
    add(
        "cs",
        "stejny_cas_dalsi_den",
        ("Lucie Horáková", "l.horakova@krkonose.example.cz"),
        "Pohovor",
        (2027, 4, 8, 11, 0),
        "'Ve stejný čas o den později': úterý 13. dubna 14:00 becomes středa 14. dubna 14:00.",
        text="Dobrý den,\n\nnáš pohovor v úterý 13. dubna ve 14:00 musíme posunout. Můžeme se sejít ve stejný čas o den později? Předběžně jsem to zapsala.\n\nLucie",
        slot=(2027, 4, 14, 14, 0),
        days=(("úterý", (2027, 4, 13)),),
    )


def turkish() -> None:
    add(
        "tr",
        "bir_saat_ileri",
        ("Elif Yılmaz", "elif.yilmaz@bogazici-yazilim.example.com.tr"),
        "Mülakat saati değişikliği",
        (2027, 4, 6, 10, 0),
        "Push by an amount: '15 Nisan Perşembe saat 10:00 ... bir saat sonraya alındı'.",
        text="Merhaba Alex,\n\n15 Nisan Perşembe saat 10:00'daki mülakatınız bir saat sonraya alındı. Diğer bilgiler aynı kalıyor.\n\nSaygılarımla,\nElif Yılmaz",
        slot=(2027, 4, 15, 11, 0),
        days=(("Perşembe", (2027, 4, 15)),),
    )
    add(
        "tr",
        "yerine",
        ("Mert Kaya", "mert.kaya@egeteknik.example.com.tr"),
        "Görüşme tarihi",
        (2027, 4, 7, 14, 0),
        "New first with 'yerine' after the old one: '21 Nisan Çarşamba 15:00, 19 Nisan Pazartesi 11:00 yerine'.",
        text="Merhaba Alex,\n\nGörüşmenizi 19 Nisan Pazartesi 11:00 yerine 21 Nisan Çarşamba 15:00'e aldık. Uygun değilse lütfen bildirin.\n\nMert Kaya",
        slot=(2027, 4, 21, 15, 0),
        days=(("Pazartesi", (2027, 4, 19)), ("Çarşamba", (2027, 4, 21))),
    )
    add(
        "tr",
        "eski_yeni_saat",
        ("İnsan Kaynakları", "ik@anadolu-enerji.example.com.tr"),
        "Randevu güncellemesi",
        (2027, 4, 12, 9, 0),
        "Rows 'Eski tarih:' then 'Yeni tarih:'.",
        text="Sayın Alex Morgan,\n\nEski tarih: 20.04.2027 09:30\nYeni tarih: 22.04.2027 14:00\n\nYer: Levent ofisi, 7. kat\n\nİnsan Kaynakları",
        slot=(2027, 4, 22, 14, 0),
    )
    add(
        "tr",
        "ikincisi_olsun",
        ("Zeynep Arslan", "zeynep@karadenizlojistik.example.com.tr"),
        "Ynt: Görüşme seçenekleri",
        (2027, 4, 14, 11, 0),
        "The employer confirms 'ikincisi olsun' over the quoted offer.",
        kind="invitation",
        text="Tamamdır Alex, ikincisi olsun. Görüşmek üzere!\n\nZeynep\n\n"
        + quoted(
            "14 Nis 2027 Çar, 09:30 tarihinde Alex Morgan şunu yazdı:",
            "Merhaba Zeynep Hanım,\n\nİkinci seçenek bana uyar.\n\nAlex\n\n"
            + quoted(
                "13 Nis 2027 Sal, 17:00 tarihinde Zeynep Arslan şunu yazdı:",
                "Merhaba Alex,\n\nŞu saatlerden biri uygun mu?\n1) 20 Nisan Salı 10:00\n2) 21 Nisan Çarşamba 13:30\n3) 23 Nisan Cuma 11:00\n\nZeynep",
            ),
        ),
        slot=(2027, 4, 21, 13, 30),
        days=(("Salı", (2027, 4, 20)), ("Çarşamba", (2027, 4, 21)), ("Cuma", (2027, 4, 23))),
    )


def portuguese() -> None:
    add(
        "pt-BR",
        "adiada_em_30_minutos",
        ("Camila Souza", "camila.souza@ipecontabil.example.com.br"),
        "Horário da entrevista",
        (2027, 4, 6, 9, 0),
        "Push by an amount: 'quinta-feira, 15 de abril, às 14h ... adiada em 30 minutos'.",
        text="Olá, Alex!\n\nSua entrevista de quinta-feira, 15 de abril, às 14h foi adiada em 30 minutos. O link continua o mesmo.\n\nAbraços,\nCamila Souza",
        slot=(2027, 4, 15, 14, 30),
        days=(("quinta-feira", (2027, 4, 15)),),
    )
    add(
        "pt-BR",
        "antecipada_uma_hora",
        ("Rafael Lima", "rafael.lima@serradomar.example.com.br"),
        "Entrevista antecipada",
        (2027, 4, 7, 10, 0),
        "Brought forward by an amount: '16h de sexta-feira, 16 de abril ... antecipada em uma hora'.",
        text="Oi Alex,\n\nA conversa marcada para sexta-feira, 16 de abril, às 16h foi antecipada em uma hora por causa da agenda do diretor.\n\nAté lá,\nRafael",
        slot=(2027, 4, 16, 15, 0),
        days=(("sexta-feira", (2027, 4, 16)),),
    )
    add(
        "pt-BR",
        "nova_data_era",
        ("Recrutamento", "recrutamento@cerradotech.example.com.br"),
        "Nova data",
        (2027, 4, 12, 11, 0),
        "New first, 'antes era' after it.",
        text="Olá Alex,\n\nA nova data da sua entrevista é quarta-feira, 21 de abril, às 10h30 (antes era segunda-feira, 19 de abril, às 15h).\n\nEquipe de Recrutamento",
        slot=(2027, 4, 21, 10, 30),
        days=(("quarta-feira", (2027, 4, 21)), ("segunda-feira", (2027, 4, 19))),
    )
    add(
        "pt-BR",
        "fica_quinta_entao",
        ("Bruna Costa", "bruna@pampadigital.example.com.br"),
        "Re: Horários",
        (2027, 4, 14, 15, 0),
        "'Fechado, fica quinta então' over the reader's pick and the quoted offer.",
        kind="invitation",
        text="Fechado, fica quinta então! Te mando o convite.\n\nBruna\n\n"
        + quoted(
            "Em qua., 14 de abr. de 2027 às 10:00, Alex Morgan escreveu:",
            "Oi Bruna,\n\nQuinta é melhor para mim.\n\nAlex\n\n"
            + quoted(
                "Em ter., 13 de abr. de 2027 às 18:00, Bruna Costa escreveu:",
                "Oi Alex,\n\nTenho estes horários:\n- terça-feira, 20/04, 9h\n- quarta-feira, 21/04, 14h\n- quinta-feira, 22/04, 16h\n\nBruna",
            ),
        ),
        slot=(2027, 4, 22, 16, 0),
        days=(("quinta-feira", (2027, 4, 22)),),
    )


def indonesian() -> None:
    add(
        "id",
        "diundur_satu_jam",
        ("Rina Pratiwi", "rina.pratiwi@nusantara-data.example.co.id"),
        "Perubahan jadwal wawancara",
        (2027, 4, 6, 9, 0),
        "Push by an amount: 'Kamis, 15 April pukul 10.00 ... diundur 1 jam'.",
        text="Halo Alex,\n\nWawancara Anda pada hari Kamis, 15 April pukul 10.00 WIB diundur 1 jam karena ada rapat direksi. Lokasi tetap sama.\n\nSalam,\nRina Pratiwi",
        slot=(2027, 4, 15, 11, 0),
        days=(("Kamis", (2027, 4, 15)),),
    )
    add(
        "id",
        "dipindah_dari_ke",
        ("Budi Santoso", "budi.santoso@garudaretail.example.co.id"),
        "Jadwal baru",
        (2027, 4, 7, 13, 0),
        "Old first, new second: 'dipindahkan dari Senin, 19 April pukul 14.00 ke Rabu, 21 April pukul 09.30'.",
        text="Halo Alex,\n\nJadwal wawancara Anda dipindahkan dari Senin, 19 April pukul 14.00 ke Rabu, 21 April pukul 09.30. Mohon konfirmasi.\n\nTerima kasih,\nBudi",
        slot=(2027, 4, 21, 9, 30),
        days=(("Senin", (2027, 4, 19)), ("Rabu", (2027, 4, 21))),
    )
    add(
        "id",
        "jadwal_baru_lama",
        ("HRD", "hrd@samudra-logistik.example.co.id"),
        "Perubahan jadwal",
        (2027, 4, 12, 8, 0),
        "Rows 'Jadwal baru:' first, 'Jadwal lama:' second.",
        text="Yth. Alex Morgan,\n\nJadwal baru: Kamis, 22 April 2027, pukul 13.00 WIB\nJadwal lama: Selasa, 20 April 2027, pukul 10.00 WIB\n\nTempat: Kantor Jakarta Selatan\n\nHormat kami,\nHRD",
        slot=(2027, 4, 22, 13, 0),
        days=(("Kamis", (2027, 4, 22)), ("Selasa", (2027, 4, 20))),
    )
    add(
        "id",
        "jam_sama_besoknya",
        ("Dewi Lestari", "dewi@borneo-agro.example.co.id"),
        "Wawancara",
        (2027, 4, 8, 10, 0),
        "'Di jam yang sama, keesokan harinya': Rabu 14 April 15.00 becomes Kamis 15 April 15.00.",
        text="Halo Alex,\n\nMohon maaf, wawancara hari Rabu, 14 April pukul 15.00 perlu kami geser ke keesokan harinya di jam yang sama.\n\nSalam,\nDewi",
        slot=(2027, 4, 15, 15, 0),
        days=(("Rabu", (2027, 4, 14)),),
    )


def japanese() -> None:
    add(
        "ja",
        "1jikan_kurisage",
        ("佐藤 美咲", "m.sato@hikari-sys.example.co.jp"),
        "面接時間変更のお知らせ",
        (2027, 4, 6, 10, 0),
        "Push by an amount: '4月15日（木）10:00 ... 1時間繰り下げ'.",
        text="Alex Morgan様\n\nお世話になっております。\n4月15日（木）10:00からの面接ですが、面接官の都合により1時間繰り下げとさせていただきます。\n\nよろしくお願いいたします。\n佐藤",
        slot=(2027, 4, 15, 11, 0),
        days=(("木", (2027, 4, 15)),),
    )
    add(
        "ja",
        "henkougo_henkoumae",
        ("採用担当", "saiyo@sakura-net.example.co.jp"),
        "【日程変更】二次面接",
        (2027, 4, 12, 9, 0),
        "Rows '変更後：' first, '変更前：' second.",
        text="Alex Morgan様\n\n二次面接の日程を以下の通り変更いたします。\n\n変更後：4月22日（木）14:00～15:00\n変更前：4月20日（火）11:00～12:00\n\n何卒よろしくお願いいたします。\n採用担当",
        slot=(2027, 4, 22, 14, 0),
        days=(("木", (2027, 4, 22)), ("火", (2027, 4, 20))),
    )
    add(
        "ja",
        "yokujitsu_onaji_jikan",
        ("田中 健", "k.tanaka@fuji-logi.example.co.jp"),
        "面接日程について",
        (2027, 4, 7, 15, 0),
        "'翌日の同じ時間': 4月14日（水）13:00 becomes 4月15日 13:00.",
        text="Alex様\n\n4月14日（水）13:00の面接ですが、急用のため翌日の同じ時間に変更させてください。\n\n田中",
        slot=(2027, 4, 15, 13, 0),
        days=(("水", (2027, 4, 14)),),
    )
    add(
        "ja",
        "control_kibou",
        ("Alex Morgan", "alex.morgan@mailbox.example"),
        "日程変更のお願い",
        (2027, 4, 8, 9, 0),
        "Control: the reader asks to move 4月16日（金）10:00 to the afternoon; nothing agreed.",
        text="採用ご担当者様\n\n4月16日（金）10:00の面接ですが、午後に変更していただくことは可能でしょうか。\n\nAlex Morgan",
    )


def korean() -> None:
    add(
        "ko",
        "hansigan_neuje",
        ("김지은", "jieun.kim@hanbit-soft.example.co.kr"),
        "면접 시간 변경 안내",
        (2027, 4, 6, 10, 0),
        "Push by an amount: '4월 15일(목) 오전 10시 ... 1시간 늦춰졌습니다'.",
        text="Alex Morgan 님,\n\n4월 15일(목) 오전 10시 면접이 면접관 일정으로 1시간 늦춰졌습니다. 장소는 동일합니다.\n\n감사합니다.\n김지은 드림",
        slot=(2027, 4, 15, 11, 0),
        days=(("목", (2027, 4, 15)),),
    )
    add(
        "ko",
        "byeongyeong_jeon_hu",
        ("채용팀", "recruit@daehan-bio.example.co.kr"),
        "[일정 변경] 2차 면접",
        (2027, 4, 12, 9, 0),
        "Rows '변경 전:' then '변경 후:'.",
        text="Alex Morgan 님,\n\n2차 면접 일정이 아래와 같이 변경되었습니다.\n\n변경 전: 4월 20일(화) 14:00\n변경 후: 4월 21일(수) 16:00\n\n채용팀 드림",
        slot=(2027, 4, 21, 16, 0),
        days=(("화", (2027, 4, 20)), ("수", (2027, 4, 21))),
    )
    add(
        "ko",
        "dubeonjjae_hwakjeong",
        ("박서준", "seojun.park@mirae-tech.example.co.kr"),
        "RE: 면접 일정",
        (2027, 4, 14, 11, 0),
        "The employer confirms the second slot over the reader's pick and the quoted list.",
        kind="invitation",
        text="네, 두 번째 시간으로 확정하겠습니다. 그때 뵙겠습니다.\n\n박서준\n\n"
        + quoted(
            "2027년 4월 14일 (수) 오전 9:00, Alex Morgan 작성:",
            "안녕하세요,\n\n두 번째 시간이 좋습니다.\n\nAlex\n\n"
            + quoted(
                "2027년 4월 13일 (화) 오후 5:00, 박서준 작성:",
                "Alex 님,\n\n아래 시간 중 가능하신 때를 알려주세요.\n1. 4월 20일(화) 10:00\n2. 4월 22일(목) 15:00\n3. 4월 23일(금) 11:00\n\n박서준",
            ),
        ),
        slot=(2027, 4, 22, 15, 0),
        days=(("목", (2027, 4, 22)),),
    )


def greek() -> None:
    add(
        "el",
        "mia_ora_argotera",
        ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaio-tech.example.gr"),
        "Αλλαγή ώρας συνέντευξης",
        (2027, 4, 6, 10, 0),
        "Push by an amount: 'Πέμπτη 15 Απριλίου στις 10:00 ... μία ώρα αργότερα'.",
        text="Καλημέρα Alex,\n\nη συνέντευξή σας την Πέμπτη 15 Απριλίου στις 10:00 θα ξεκινήσει μία ώρα αργότερα, λόγω σύσκεψης της διεύθυνσης.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου",
        slot=(2027, 4, 15, 11, 0),
        days=(("Πέμπτη", (2027, 4, 15)),),
    )
    add(
        "el",
        "metaferetai_apo_se",
        ("Νίκος Γεωργίου", "n.georgiou@olympos-soft.example.gr"),
        "Μετάθεση συνέντευξης",
        (2027, 4, 7, 12, 0),
        "Old first, new second: 'μεταφέρεται από τη Δευτέρα 19 Απριλίου στις 12:00 στην Τετάρτη 21 Απριλίου στις 15:30'.",
        text="Γεια σας Alex,\n\nη συνέντευξή σας μεταφέρεται από τη Δευτέρα 19 Απριλίου στις 12:00 στην Τετάρτη 21 Απριλίου στις 15:30. Ευχαριστούμε για την κατανόηση.\n\nΝίκος Γεωργίου",
        slot=(2027, 4, 21, 15, 30),
        days=(("Δευτέρα", (2027, 4, 19)), ("Τετάρτη", (2027, 4, 21))),
    )
    add(
        "el",
        "nea_palia_imerominia",
        ("Τμήμα Προσλήψεων", "hr@ionio-group.example.gr"),
        "Νέα ημερομηνία",
        (2027, 4, 12, 9, 0),
        "Rows 'Νέα ημερομηνία:' first, 'Παλιά ημερομηνία:' second.",
        text="Αγαπητέ Alex,\n\nΝέα ημερομηνία: 22/04/2027, 13:00\nΠαλιά ημερομηνία: 20/04/2027, 10:00\n\nΤμήμα Προσλήψεων",
        slot=(2027, 4, 22, 13, 0),
    )


def romanian() -> None:
    add(
        "ro",
        "cu_o_ora_mai_tarziu",
        ("Ioana Popescu", "ioana.popescu@carpati-soft.example.ro"),
        "Modificare oră interviu",
        (2027, 4, 6, 10, 0),
        "Push by an amount: 'joi, 15 aprilie, la ora 10:00 ... cu o oră mai târziu'.",
        text="Bună ziua, Alex,\n\nInterviul de joi, 15 aprilie, la ora 10:00 va începe cu o oră mai târziu, din cauza unei ședințe. Restul detaliilor rămân neschimbate.\n\nCu stimă,\nIoana Popescu",
        slot=(2027, 4, 15, 11, 0),
        days=(("joi", (2027, 4, 15)),),
    )
    add(
        "ro",
        "mutat_de_pe_pe",
        ("Andrei Ionescu", "a.ionescu@dunarea-it.example.ro"),
        "Interviu reprogramat",
        (2027, 4, 7, 12, 0),
        "New first, old after with 'în loc de': 'miercuri, 21 aprilie, la 14:00, în loc de luni, 19 aprilie, la 11:00'.",
        text="Bună, Alex,\n\nAm reprogramat interviul pentru miercuri, 21 aprilie, la 14:00, în loc de luni, 19 aprilie, la 11:00. Te rog să confirmi.\n\nAndrei",
        slot=(2027, 4, 21, 14, 0),
        days=(("miercuri", (2027, 4, 21)), ("luni", (2027, 4, 19))),
    )
    add(
        "ro",
        "aceeasi_ora_saptamana_viitoare",
        ("Elena Stan", "elena.stan@transilvania-bank.example.ro"),
        "Interviu",
        (2027, 4, 8, 11, 0),
        "'La aceeași oră, o săptămână mai târziu': marți 13 aprilie 9:30 becomes marți 20 aprilie 9:30.",
        text="Bună ziua,\n\nInterviul de marți, 13 aprilie, ora 9:30 se mută la aceeași oră, o săptămână mai târziu. Ne cerem scuze pentru neplăcere.\n\nElena Stan",
        slot=(2027, 4, 20, 9, 30),
        days=(("marți", (2027, 4, 13)),),
    )
    add(
        "ro",
        "a_doua_varianta",
        ("Mihai Radu", "mihai.radu@banat-energy.example.ro"),
        "Re: Variante interviu",
        (2027, 4, 14, 12, 0),
        "The employer confirms 'a doua variantă' over the reader's pick and the quoted list.",
        kind="invitation",
        text="Perfect, rămâne a doua variantă. Ne vedem atunci!\n\nMihai\n\n"
        + quoted(
            "Pe mie., 14 apr. 2027 la 09:00, Alex Morgan a scris:",
            "Bună ziua,\n\nA doua variantă mi se potrivește.\n\nAlex\n\n"
            + quoted(
                "Pe mar., 13 apr. 2027 la 17:00, Mihai Radu a scris:",
                "Bună, Alex,\n\nVariante:\n1) marți, 20 aprilie, ora 10:00\n2) joi, 22 aprilie, ora 14:30\n3) vineri, 23 aprilie, ora 9:00\n\nMihai",
            ),
        ),
        slot=(2027, 4, 22, 14, 30),
        days=(("joi", (2027, 4, 22)),),
    )


BUILDERS = (
    english,
    german,
    french,
    spanish,
    polish,
    czech,
    turkish,
    portuguese,
    indonesian,
    japanese,
    korean,
    greek,
    romanian,
)


FIGURES = (
    "First sight (main 498d7447, before any parser change; quick.py): dev text 30/40 right, "
    "24 sure, look-alikes claimed 1/3; held out text 11/14, 8 sure, 0/1 claimed. Dev misses: "
    "a day shift with the hour kept said in the sentence after the slot's (en, de, fr, pl, "
    "cs), 'retrasada 1 h', 'diundur 1 jam', and the employer's own pick over a quoted offer "
    "('the 2nd one works', 'Thursday it is!', 'ikincisi olsun'). After this batch's change "
    "(when.py, when_choosers.py, lexicon.py): dev text 40/40, 30 sure (the three moves asked "
    "as questions read the new slot at 0.45), claimed 1/3 (the move whose new time is not "
    "fixed yet is still claimed at the old slot); held out 13/14, 10 sure."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in cases})
    dev = [item for item in cases if item.split == "dev"]
    lines = [
        "# Provenance of the moves66 batch (`build_moves66.py`)",
        "",
        "Text mails (no calendar part) that move an interview or confirm a slot the reader "
        "picked, in the kinds whose held-out families (slotpush41, slotrestate41, moves40, "
        "tabnmove26, pickconf46, ...) were still read at the wrong start. All text is ours, "
        "written by hand with no template. People, companies and addresses are made up. Every "
        "label was written from the datetimes the text is rendered from, before the parser was "
        "run on any message.",
        "",
        f"{len(cases)} messages; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held out: {len(cases) - len(dev)} messages, chosen by the SHA-256 of the file "
        "name (first byte divisible by 3) before any parse; their files are not listed here.",
        "",
        "Label rule used: the README's conventions. A move the mail itself shows (old and new "
        "time, a push by an amount, a shift by days at the same hour, an old/new table) is "
        "`reschedule` at the new slot; an employer's reply that confirms the slot the reader "
        "picked from a quoted list is an `invitation` at that slot; the reader's own ask, a "
        "move whose new time is not fixed and an unanswered offer are `not_invitation`. No "
        "zone is stated: labels carry the Date header's offset (`tz_stated: false`).",
        "",
        FIGURES,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_moves66.py`.",
        "",
        "## Files (dev only)",
        "",
    ]
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-moves66.md", provenance(CASES))
    n_held = sum(1 for item in CASES if item.split == "heldout")
    print(f"{len(CASES)} messages; held out {n_held}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
