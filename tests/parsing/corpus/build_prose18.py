"""Write the "prose18" batch: interview mail typed in European languages, no calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_prose18.py

About eighty invitations, moves, cancellations, confirmations and look-alikes typed by HR
staff, hiring managers, agency recruiters and founders in German (de-DE, de-AT, de-CH),
Dutch and Flemish, Danish, Swedish, Norwegian, Icelandic, Finnish, Estonian, Latvian,
Lithuanian, Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Serbian, Slovenian,
Bulgarian, Greek, European Portuguese, Catalan, Basque and Galician, with the clock words
people type: 'halb drei', 'viertel nach zehn', 'dreiviertel vier', 'om half vier', 'kwart
over tien', '14u30', 'kl. 14.30', 'kl. halv tre', 'klo 13-14', 'puoli kolmelta', 'o wpół do
trzeciej', 'o 14-ej', 'v půl třetí', 'o pol tretej', 'fél háromkor', 'negyed tizenegykor',
'ora 14 și jumătate', 'u pola tri', 'ob pol treh', 'às três e meia', 'a dos quarts
d'onze'; Austrian 'Jänner', Swiss 'Donnerstag, 11.02., 14.00 Uhr', weekday-only dates
('nächsten Dienstag', 'tirsdag i næste uge', 'volgende week woensdag'), 'morgen Vormittag
um 10', dots without a year, zone words (MEZ/MESZ, 'norsk tid', 'svensk tid', 'Suomen
aikaa', 'czasu polskiego', 'ora României'), employers confirming the candidate's pick,
moves and cancellations, and forwards by the user in the same language under local
Outlook, Gmail, Apple Mail and Thunderbird header blocks (some HTML-only). About one mail in
five is a look-alike in the same voices. Every label comes from the datetimes the text is
rendered from (weekdays typed in the text are checked by `at`) and was written before the
parser was run on the message; the split was fixed before then too. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only its
own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from html import escape
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
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; HR staff, hiring managers, agency recruiters and founders typing "
    "scheduling mail in their own European language in webmail or on the phone; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "dach21": "dev",
    "benelux21": "dev",
    "nordic21": "dev",
    "finbaltic21": "heldout",
    "westslav21": "dev",
    "huro21": "dev",
    "balkan21": "heldout",
    "iberian21": "heldout",
    "moves21": "dev",
    "fwd21": "dev",
}
SOURCES = {
    "dach21": "German, Austrian and Swiss HR, hiring managers and agency recruiters: 'halb "
    "drei', 'viertel nach zehn', 'dreiviertel vier', 'nächsten Dienstag', 'morgen Vormittag "
    "um 10', 'Jänner', Swiss 'Donnerstag, 11.02., 14.00 Uhr', MESZ; an availability ask and an "
    "after-interview note.",
    "benelux21": "Dutch and Flemish senders: 'om half vier', 'kwart over tien', 'kwart voor "
    "drie', '14u30', '18/3', 'volgende week woensdag'; an availability ask and an info "
    "session.",
    "nordic21": "Danish, Swedish, Norwegian and Icelandic senders: 'kl. 14.30', 'tirsdag i "
    "næste uge', 'kl. halv tre', '17/3 kl. 13–14', 'svensk tid', 'norsk tid'; an after-call "
    "note and a test deadline.",
    "finbaltic21": "Finnish, Estonian, Latvian and Lithuanian senders.",
    "westslav21": "Polish, Czech and Slovak senders: 'o wpół do trzeciej', 'o 14-ej', "
    "'czasu polskiego', 'v půl třetí', 've 14:00', 'o pol tretej'; an after-interview note "
    "and an open day.",
    "huro21": "Hungarian and Romanian senders: 'fél háromkor', 'negyed tizenegykor', '14 "
    "órakor', 'ora 14 și jumătate', 'ora României', 'mâine la ora 11'; a test deadline and an "
    "availability ask.",
    "balkan21": "Croatian, Serbian, Slovenian, Bulgarian and Greek senders.",
    "iberian21": "European Portuguese, Catalan, Basque and Galician senders.",
    "moves21": "Moves, cancellations and confirmations across the batch's languages (de, "
    "de-AT, de-CH, nl, pl, sv, da, ro): 'gleiche Uhrzeit', 'przenosimy ... na', 'ställa in', "
    "'det passer fint', 'dann halten wir ... fest'.",
    "fwd21": "Forwards by the user in the same language: Outlook (de, da, de-CH), Gmail (nl, "
    "hu, pt-PT), Apple Mail (sv), Thunderbird (pl); some HTML-only; a forwarded assessment "
    "day as a look-alike.",
}

BER, VIE, ZRH, AMS, BRU, CPH, STO, OSL, REK = (
    "Europe/Berlin",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/Copenhagen",
    "Europe/Stockholm",
    "Europe/Oslo",
    "Atlantic/Reykjavik",
)
HEL, TLL, RIX, VNO, WAW, PRG, BTS, BUD, BUH = (
    "Europe/Helsinki",
    "Europe/Tallinn",
    "Europe/Riga",
    "Europe/Vilnius",
    "Europe/Warsaw",
    "Europe/Prague",
    "Europe/Bratislava",
    "Europe/Budapest",
    "Europe/Bucharest",
)
ZAG, BEG, LJU, SOF, ATH, LIS, MAD = (
    "Europe/Zagreb",
    "Europe/Belgrade",
    "Europe/Ljubljana",
    "Europe/Sofia",
    "Europe/Athens",
    "Europe/Lisbon",
    "Europe/Madrid",
)


def html_page(text: str) -> str:
    """Paragraphs as the webmail composer writes them; address brackets escaped."""
    paras = (escape(p, quote=False) for p in text.split("\n\n"))
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in paras)
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


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
    *,
    form: str = "text",
) -> Case:
    """One direct mail (form: text, html or both)."""
    raw = mail(
        f"prose18/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def zoned(
    start: datetime, end: datetime | None, zone: str, kind: str = "invitation"
) -> dict[str, object]:
    """The text names one zone ('norsk tid', 'czasu polskiego'): that IANA zone."""
    return slot(start, end, zone=zone, kind=kind)


def wall(
    start: datetime, end: datetime | None, sent: datetime, kind: str = "invitation"
) -> dict[str, object]:
    """No zone word: wall time at the Date header's offset."""
    return slot(start, end, sent=sent, kind=kind)


def instant(start: datetime, end: datetime | None, kind: str = "invitation") -> dict[str, object]:
    """An abbreviation such as MEZ/MESZ that names no single zone: the instant only."""
    return slot(start, end, kind=kind)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in a look-alike's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


# Forward header blocks as the clients write them in the user's language (layouts from
# memory of the clients; only the labels and date shapes matter here).
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "de-CH": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
DAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "de-CH": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nl": "ma di wo do vr za zo",
    "hu": "H K Sze Cs P Szo V",
    "pt": "segunda terça quarta quinta sexta sábado domingo",
}
NL_MON = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
HU_MON = [
    "jan.",
    "febr.",
    "márc.",
    "ápr.",
    "máj.",
    "jún.",
    "júl.",
    "aug.",
    "szept.",
    "okt.",
    "nov.",
    "dec.",
]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fwd_block(client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str) -> str:
    who, rcpt = f"{org[0]} <{org[1]}>", f"{ME[0]} <{ME[1]}>"
    day, mon = sent.weekday(), sent.month - 1
    if client == "outlook" and lang in ("de", "de-CH"):
        when = f"{DAYS[lang].split()[day]}, {sent.day}. {MONTHS[lang].split()[mon]} "
        when += f"{sent.year} {sent:%H:%M}"
        return (
            f"________________________________\nVon: {who}\nGesendet: {when}\nAn: {rcpt}\n"
            f"Betreff: {subject}\n"
        )
    if client == "outlook" and lang == "da":
        when = f"{DAYS['da'].split()[day]} den {sent.day}. {MONTHS['da'].split()[mon]} "
        when += f"{sent.year} {sent:%H.%M}"
        return f"Fra: {who}\nSendt: {when}\nTil: {rcpt}\nEmne: {subject}\n"
    if client == "gmail" and lang == "nl":
        when = f"{DAYS['nl'].split()[day]} {sent.day} {NL_MON[mon]} {sent.year} om {sent:%H:%M}"
        return (
            f"---------- Doorgestuurd bericht ---------\nVan: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "hu":
        when = f"{sent.year}. {HU_MON[mon]} {sent.day}., {DAYS['hu'].split()[day]}, {sent:%H:%M}"
        return (
            f"---------- Továbbított üzenet ---------\nFeladó: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "pt-PT":
        when = f"{DAYS['pt'].split()[day]}, {sent.day}/{sent.month:02d}/{sent.year} à(s) "
        when += f"{sent:%H:%M}"
        return (
            f"---------- Mensagem encaminhada ---------\nDe: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "apple" and lang == "sv":
        when = f"{sent.day} {MONTHS['sv'].split()[mon]} {sent.year} {sent:%H:%M:%S} "
        when += "CET" if sent.utcoffset() == timedelta(hours=1) else "CEST"
        return (
            f"Vidarebefordrat brev:\n\nFrån: {who}\nÄmne: {subject}\nDatum: {when}\nTill: {rcpt}\n"
        )
    if client == "thunderbird" and lang == "pl":
        offset = sent.strftime("%z")
        when = f"{EN_D[day]}, {sent.day} {EN_M[mon]} {sent.year} {sent:%H:%M:%S} {offset}"
        return (
            f"-------- Przekazana wiadomość --------\nTemat: \t{subject}\nData: \t{when}\n"
            f"Od: \t{who}\nDo: \t{rcpt}\n"
        )
    raise ValueError(f"no forward layout for {client}/{lang}")


PREFIX = {"outlook": "WG", "gmail": "Fwd", "apple": "Fwd", "thunderbird": "Fwd"}
PREFIX_LANG = {("outlook", "da"): "VS", ("gmail", "pt-PT"): "Fwd", ("gmail", "nl"): "Fwd"}


def fwd(
    family: str,
    name: str,
    client: str,
    lang: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    user_note: str,
    body: str,
    note: str,
    label: dict[str, object],
    *,
    form: str = "text",
) -> Case:
    """The user forwards a mail with a note of their own (text, HTML-only or both)."""
    block = fwd_block(client, lang, org, sent, subject)
    prefix = PREFIX_LANG.get((client, lang), PREFIX[client])
    text = f"{user_note}\n\n{block}\n{body.strip()}\n"
    raw = mail(
        f"prose18/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=sent + timedelta(hours=1, minutes=23),
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    full = {**label, "original_sender": org[1]}
    if label.get("kind") != "not_invitation":
        full["organizer_email"] = org[1]
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, HAND, OWN)


# --------------------------------------------------------------------------------------
def dach21() -> Iterator[Case]:
    f = "dach21"
    s = ("Katrin Vogel", "k.vogel@nordlicht-logistik.example")
    sent = at(2027, 3, 2, 9, 14, BER, "Tue")
    yield case(
        f,
        "halb_drei_donnerstag",
        "de-DE",
        s,
        "Unser Gespräch am Donnerstag",
        sent,
        "'am Donnerstag um halb drei' sent Tuesday 2 March, 'eine Stunde': Thursday 4 March "
        "14:30-15:30; no zone.",
        wall(at(2027, 3, 4, 14, 30, BER, "Thu"), at(2027, 3, 4, 15, 30, BER), sent),
        "Hallo Frau Morgan,\n\nvielen Dank für das nette Telefonat eben. Wie besprochen sehen "
        "wir uns am Donnerstag um halb drei bei uns im Büro (Ostwall 12, 3. OG, bitte am "
        "Empfang melden). Herr Brandt aus dem Vertrieb ist auch dabei. Planen Sie bitte eine "
        "Stunde ein.\n\nBis Donnerstag und viele Grüße\nKatrin Vogel\nPersonal | Nordlicht "
        "Logistik GmbH",
    )
    s = ("Mag. Sabine Leitner", "sabine.leitner@donaustahl.example.at")
    sent = at(2027, 1, 11, 16, 2, VIE, "Mon")
    yield case(
        f,
        "jaenner_buero_wien",
        "de-AT",
        s,
        "Einladung zum Vorstellungsgespräch",
        sent,
        "Austrian 'Mittwoch, 20. Jänner, um 10:00 Uhr': 20 January 10:00; no zone, no end.",
        wall(at(2027, 1, 20, 10, 0, VIE, "Wed"), None, sent),
        "Sehr geehrte Frau Morgan,\n\nwir danken für Ihre Bewerbung als Controllerin und "
        "freuen uns, Sie zu einem persönlichen Gespräch einzuladen:\n\nMittwoch, 20. Jänner, "
        "um 10:00 Uhr\nMariahilfer Straße 45, 1060 Wien, 2. Stock\n\nBitte bestätigen Sie den "
        "Termin kurz per Mail. Parkplätze gibt es in der Garage nebenan.\n\nMit freundlichen "
        "Grüßen\nMag. Sabine Leitner\nHR Business Partnerin",
    )
    s = ("Reto Baumann", "reto.baumann@alpsoft.example.ch")
    sent = at(2027, 2, 5, 11, 20, ZRH, "Fri")
    yield case(
        f,
        "swiss_donnerstag_1400",
        "de-CH",
        s,
        "Vorstellungsgespräch Software Engineer",
        sent,
        "Swiss 'Donnerstag, 11.02., 14.00 Uhr' with 'ca. 1 Stunde': 11 February 14:00; no "
        "end (an estimate), no zone.",
        wall(at(2027, 2, 11, 14, 0, ZRH, "Thu"), None, sent),
        "Grüezi Frau Morgan\n\nBesten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
        "ersten Gespräch ein:\n\nDonnerstag, 11.02., 14.00 Uhr\nOrt: Hardstrasse 201, 8005 "
        "Zürich (Empfang EG)\nDauer: ca. 1 Stunde\n\nTeilnehmende: Reto Baumann (Teamleiter) "
        "und Corinne Frei (HR)\n\nFreundliche Grüsse\nReto Baumann",
    )
    s = ("Jonas Kramer", "jonas@kiezkasse.example")
    sent = at(2027, 3, 3, 17, 40, BER, "Wed")
    yield case(
        f,
        "morgen_vormittag_viertel_nach_zehn",
        "de-DE",
        s,
        "kurzer Call morgen",
        sent,
        "Founder's du-mail: 'morgen Vormittag ... um viertel nach zehn' sent Wednesday 3 "
        "March: Thursday 4 March 10:15; 'max. 30 Min.' is no stated end.",
        wall(at(2027, 3, 4, 10, 15, BER, "Thu"), None, sent),
        "Hi Alex,\n\ndanke für deine Nachricht! Lass uns morgen Vormittag kurz telefonieren, "
        "ich ruf dich um viertel nach zehn auf deinem Handy an. Dauert max. 30 Min., ich will "
        "dir vor allem erzählen, was wir vorhaben.\n\nVG Jonas\n\nGesendet von meinem iPhone",
    )
    s = ("Dennis Hoffmann", "d.hoffmann@talentwerk-personal.example")
    sent = at(2027, 3, 4, 12, 5, BER, "Thu")
    yield case(
        f,
        "naechsten_dienstag_dreiviertel_vier",
        "de-DE",
        s,
        "Ihr Termin bei der Rheinfels AG",
        sent,
        "Agency recruiter: 'nächsten Dienstag um dreiviertel vier' sent Thursday 4 March: "
        "Tuesday 9 March 15:45; no zone.",
        wall(at(2027, 3, 9, 15, 45, BER, "Tue"), None, sent),
        "Hallo Frau Morgan,\n\ngute Nachrichten: Die Rheinfels AG möchte Sie kennenlernen! "
        "Das Gespräch mit Frau Dr. Lenz (Leiterin Einkauf) findet nächsten Dienstag um "
        "dreiviertel vier per Teams statt, den Link schickt Ihnen die Assistenz noch.\n\n"
        "Rufen Sie mich gern vorher an, dann gehen wir die Stelle noch einmal durch.\n\n"
        "Beste Grüße\nDennis Hoffmann\nSenior Consultant | Talentwerk Personal",
    )
    s = ("Florian Gruber", "florian@bergwerk-studio.example.at")
    sent = at(2027, 2, 15, 15, 30, VIE, "Mon")
    yield case(
        f,
        "morgen_vormittag_um_10",
        "de-AT",
        s,
        "Kennenlernen morgen",
        sent,
        "Austrian founder: 'morgen Vormittag um 10' sent Monday 15 February: Tuesday 16 "
        "February 10:00; no zone.",
        wall(at(2027, 2, 16, 10, 0, VIE, "Tue"), None, sent),
        "Servus Alex,\n\nsuper, dass es so schnell klappt. Komm doch morgen Vormittag um 10 "
        "bei uns im Studio vorbei (Neubaugasse 8, Hinterhof, 1. Stock). Kaffee gibt's, "
        "Portfolio gern am Laptop mitnehmen.\n\nLG Florian",
    )
    s = ("Anja Schuster", "anja.schuster@kranich-medtech.example")
    sent = at(2027, 3, 30, 10, 0, BER, "Tue")
    yield case(
        f,
        "mesz_singapur",
        "de-DE",
        s,
        "Videointerview mit unserem Team in Singapur",
        sent,
        "'Dienstag, 6. April, um 11:00 Uhr MESZ (17:00 Uhr Singapur)', '45 Minuten': 09:00-"
        "09:45 UTC; MESZ names no single zone, so the instant only.",
        instant(at(2027, 4, 6, 11, 0, BER, "Tue"), at(2027, 4, 6, 11, 45, BER)),
        "Liebe Frau Morgan,\n\nwie angekündigt möchte Sie auch unser APAC-Team kennenlernen. "
        "Das Videointerview findet am Dienstag, 6. April, um 11:00 Uhr MESZ (17:00 Uhr "
        "Singapur) statt und dauert 45 Minuten.\n\nEinwahl: https://meet.example/kmt-sg-4471"
        "\n\nHerzliche Grüße\nAnja Schuster\nTalent Acquisition",
        form="both",
    )
    s = ("Melanie Richter", "m.richter@hansa-solar.example")
    sent = at(2027, 3, 5, 8, 50, BER, "Fri")
    yield case(
        f,
        "wann_haetten_sie_zeit",
        "de-DE",
        s,
        "Nächster Schritt",
        sent,
        "Look-alike: asks when the reader has time next week; the recruiter's own free hours "
        "('Dienstag ab 14 Uhr oder Mittwochvormittag') set nothing.",
        NEG,
        "Hallo Frau Morgan,\n\nunser Fachbereich würde Sie gern kennenlernen. Wann hätten Sie "
        "nächste Woche Zeit für ein etwa einstündiges Gespräch? Bei uns ginge es am Dienstag "
        "ab 14 Uhr oder Mittwochvormittag, wir sind aber flexibel.\n\nViele Grüße\nMelanie "
        "Richter",
    )
    s = ("Corinne Frei", "corinne.frei@alpsoft.example.ch")
    sent = at(2027, 2, 12, 16, 10, ZRH, "Fri")
    chk(2027, 2, 19, "Fri")
    yield case(
        f,
        "danke_fuer_gespraech",
        "de-CH",
        s,
        "Ihr Gespräch vom Donnerstag",
        sent,
        "Look-alike: thanks for yesterday's 14.00 talk and promises an answer by 'Freitag, "
        "19.02., 12.00 Uhr'.",
        NEG,
        "Grüezi Frau Morgan\n\nHerzlichen Dank für das angenehme Gespräch von gestern, "
        "Donnerstag, 14.00 Uhr. Wir führen noch zwei weitere Gespräche und melden uns bis "
        "spätestens Freitag, 19.02., 12.00 Uhr bei Ihnen.\n\nFreundliche Grüsse\nCorinne Frei",
    )


def benelux21() -> Iterator[Case]:
    f = "benelux21"
    s = ("Sanne de Vries", "sanne@grachtwerk.example.nl")
    sent = at(2027, 3, 9, 10, 40, AMS, "Tue")
    yield case(
        f,
        "vrijdag_half_vier",
        "nl-NL",
        s,
        "Kennismaking vrijdag",
        sent,
        "'vrijdag om half vier' sent Tuesday 9 March: Friday 12 March 15:30; no zone.",
        wall(at(2027, 3, 12, 15, 30, AMS, "Fri"), None, sent),
        "Hoi Alex,\n\nLeuk dat je wilt komen kennismaken! Ik heb je ingepland voor vrijdag om "
        "half vier bij ons op kantoor, Keizersgracht 210. Je spreekt met mij en met Ruben, "
        "onze lead developer.\n\nTot vrijdag!\nSanne",
    )
    s = ("Mark Jansen", "m.jansen@polderbouw.example.nl")
    sent = at(2027, 3, 8, 14, 15, AMS, "Mon")
    yield case(
        f,
        "kwart_over_tien_teams",
        "nl-NL",
        s,
        "Uitnodiging sollicitatiegesprek",
        sent,
        "'dinsdag 16 maart om kwart over tien' via Teams; 'ongeveer drie kwartier' is loose, "
        "no end; no zone.",
        wall(at(2027, 3, 16, 10, 15, AMS, "Tue"), None, sent),
        "Beste Alex,\n\nBedankt voor je sollicitatie als projectleider. We nodigen je graag "
        "uit voor een eerste gesprek via Teams op dinsdag 16 maart om kwart over tien. Het "
        "gesprek duurt ongeveer drie kwartier.\n\nDe link volgt in een aparte mail.\n\nMet "
        "vriendelijke groet,\nMark Jansen\nHR-adviseur Polderbouw",
    )
    s = ("Lotte Peeters", "lotte.peeters@scheldedata.example.be")
    sent = at(2027, 3, 10, 9, 5, BRU, "Wed")
    yield case(
        f,
        "donderdag_14u30",
        "nl-BE",
        s,
        "Uitnodiging gesprek donderdag 18/3",
        sent,
        "Flemish 'donderdag 18/3 om 14u30', 'een uur': 14:30-15:30; no zone.",
        wall(at(2027, 3, 18, 14, 30, BRU, "Thu"), at(2027, 3, 18, 15, 30, BRU), sent),
        "Dag Alex,\n\nBedankt voor je kandidatuur. We willen je graag beter leren kennen en "
        "nodigen je uit op donderdag 18/3 om 14u30 op ons kantoor in Gent (Kortrijksesteenweg "
        "1120). Het gesprek duurt een uur.\n\nMag ik even een bevestiging?\n\nVriendelijke "
        "groeten\nLotte Peeters\nTalent Acquisition",
    )
    s = ("Pieter Claes", "pieter@claes-interim.example.be")
    sent = at(2027, 3, 11, 16, 45, BRU, "Thu")
    yield case(
        f,
        "volgende_week_woensdag_10u",
        "nl-BE",
        s,
        "Gesprek bij klant",
        sent,
        "Agency recruiter: 'volgende week woensdag om 10u' sent Thursday 11 March: "
        "Wednesday 17 March 10:00; no zone.",
        wall(at(2027, 3, 17, 10, 0, BRU, "Wed"), None, sent),
        "Hallo Alex,\n\nGoed nieuws: de klant in Mechelen wil je zien! Je gesprek is volgende "
        "week woensdag om 10u met de plant manager. Adres stuur ik je nog door, parkeren kan "
        "op de site.\n\nSucces al!\nPieter",
    )
    s = ("Ruben Smit", "ruben@grachtwerk.example.nl")
    sent = at(2027, 3, 15, 16, 20, AMS, "Mon")
    yield case(
        f,
        "morgen_kwart_voor_drie",
        "nl-NL",
        s,
        "Re: technisch gesprek",
        sent,
        "Hiring manager: 'Ik bel je morgen om kwart voor drie' sent Monday 15 March: Tuesday "
        "16 March 14:45; no zone.",
        wall(at(2027, 3, 16, 14, 45, AMS, "Tue"), None, sent),
        "Hoi Alex,\n\nIk bel je morgen om kwart voor drie voor het technische gesprek, duurt "
        "een half uurtje. Zorg dat je even achter je laptop zit, dan kijken we samen naar wat "
        "code.\n\nGroet,\nRuben",
    )
    s = ("Ingrid Bakker", "i.bakker@zuidwest-zorg.example.nl")
    sent = at(2027, 3, 4, 11, 0, AMS, "Thu")
    yield case(
        f,
        "beschikbaarheid_doorgeven",
        "nl-NL",
        s,
        "Vervolggesprek",
        sent,
        "Look-alike: asks the reader to pass on availability; the recruiter's own window "
        "'dinsdag tussen 13.00 en 17.00 uur' books nothing.",
        NEG,
        "Beste Alex,\n\nWe willen graag een vervolggesprek met je plannen. Kun je je "
        "beschikbaarheid voor volgende week doorgeven? Zelf kan ik in ieder geval dinsdag "
        "tussen 13.00 en 17.00 uur en donderdagochtend.\n\nMet vriendelijke groet,\nIngrid "
        "Bakker",
    )
    s = ("Scheldedata Jobs", "jobs@scheldedata.example.be")
    sent = at(2027, 3, 12, 9, 0, BRU, "Fri")
    chk(2027, 3, 25, "Thu")
    yield case(
        f,
        "infosessie_19u",
        "nl-BE",
        s,
        "Infosessie: werken bij Scheldedata",
        sent,
        "Look-alike: a group information evening 'donderdag 25 maart om 19u' with sign-up.",
        NEG,
        "Dag Alex,\n\nBen je benieuwd hoe het is om bij Scheldedata te werken? Kom naar onze "
        "infosessie op donderdag 25 maart om 19u in Gent. Schrijf je in via "
        "https://scheldedata.example.be/infosessie - broodjes voorzien!\n\nHet "
        "Scheldedata-team",
        form="both",
    )


def nordic21() -> Iterator[Case]:
    f = "nordic21"
    s = ("Mette Kjær", "mette.kjaer@havnelys.example.dk")
    sent = at(2027, 3, 3, 13, 30, CPH, "Wed")
    yield case(
        f,
        "torsdag_kl_14_30",
        "da",
        s,
        "Invitation til samtale",
        sent,
        "Danish 'torsdag d. 11. marts kl. 14.30': 11 March 14:30; no zone, no end.",
        wall(at(2027, 3, 11, 14, 30, CPH, "Thu"), None, sent),
        "Kære Alex\n\nTak for din ansøgning til stillingen som økonomikonsulent. Vi vil gerne "
        "invitere dig til en samtale torsdag d. 11. marts kl. 14.30 på vores kontor, "
        "Skanderborgvej 90, Aarhus.\n\nDu skal spørge efter mig i receptionen.\n\nMed venlig "
        "hilsen\nMette Kjær\nHR-partner, Havnelys A/S",
    )
    s = ("Rasmus Holm", "rasmus@fjordkode.example.dk")
    sent = at(2027, 3, 3, 10, 10, CPH, "Wed")
    yield case(
        f,
        "tirsdag_i_naeste_uge",
        "da",
        s,
        "Samtale næste uge",
        sent,
        "'tirsdag i næste uge kl. 10' sent Wednesday 3 March: Tuesday 9 March 10:00; 'ca. "
        "en time' gives no end; no zone.",
        wall(at(2027, 3, 9, 10, 0, CPH, "Tue"), None, sent),
        "Hej Alex\n\nFedt at du har lyst til at høre mere! Lad os tage en snak tirsdag i "
        "næste uge kl. 10 over Google Meet, det tager ca. en time.\n\nLink: "
        "https://meet.example/fjk-aqx-211\n\nVh Rasmus",
    )
    s = ("Louise Brandt", "louise.brandt@havnelys.example.dk")
    sent = at(2027, 3, 8, 15, 50, CPH, "Mon")
    yield case(
        f,
        "i_morgen_halv_tre",
        "da",
        s,
        "Opfølgende samtale i morgen",
        sent,
        "Danish 'i morgen kl. halv tre' sent Monday 8 March: Tuesday 9 March 14:30; no zone.",
        wall(at(2027, 3, 9, 14, 30, CPH, "Tue"), None, sent),
        "Hej Alex\n\nSom aftalt i telefonen: vi ses i morgen kl. halv tre til den opfølgende "
        "samtale med vores direktør. Samme adresse som sidst.\n\nMvh\nLouise",
    )
    s = ("Johanna Lindqvist", "johanna.lindqvist@skargard-energi.example.se")
    sent = at(2027, 3, 10, 8, 30, STO, "Wed")
    yield case(
        f,
        "onsdag_17_3_kl_13_14",
        "sv",
        s,
        "Inbjudan till intervju",
        sent,
        "Swedish 'onsdag 17/3 kl. 13–14' (en dash): 17 March 13:00-14:00; no zone.",
        wall(at(2027, 3, 17, 13, 0, STO, "Wed"), at(2027, 3, 17, 14, 0, STO), sent),
        "Hej Alex!\n\nTack för din ansökan. Vi vill gärna träffa dig för en intervju onsdag "
        "17/3 kl. 13–14 på vårt kontor på Kungsgatan 30 i Stockholm. Du träffar mig och "
        "Erik, som är gruppchef.\n\nHör av dig om tiden inte passar.\n\nVänliga hälsningar\n"
        "Johanna Lindqvist\nRekryterare",
    )
    s = ("Oskar Berg", "oskar.berg@norrsken-bemanning.example.se")
    sent = at(2027, 3, 9, 11, 5, STO, "Tue")
    yield case(
        f,
        "fredag_halv_tre_svensk_tid",
        "sv",
        s,
        "Videointervju på fredag",
        sent,
        "Swedish 'på fredag kl. halv tre svensk tid' sent Tuesday 9 March: Friday 12 March "
        "14:30 Europe/Stockholm.",
        zoned(at(2027, 3, 12, 14, 30, STO, "Fri"), None, STO),
        "Hej Alex,\n\nKunden vill gärna ta en första videointervju med dig på fredag kl. halv "
        "tre svensk tid. Jag skickar länken i morgon.\n\nLycka till!\n/Oskar\nNorrsken "
        "Bemanning",
    )
    s = ("Ingrid Solberg", "ingrid.solberg@vestkyst-havbruk.example.no")
    sent = at(2027, 3, 5, 9, 45, OSL, "Fri")
    yield case(
        f,
        "mandag_norsk_tid",
        "nb",
        s,
        "Intervju – mandag 15. mars",
        sent,
        "Norwegian 'mandag 15. mars kl. 09:00 norsk tid', '45 minutter': 09:00-09:45 Europe/Oslo.",
        zoned(at(2027, 3, 15, 9, 0, OSL, "Mon"), at(2027, 3, 15, 9, 45, OSL), OSL),
        "Hei Alex,\n\nTakk for søknaden din. Vi vil gjerne invitere deg til et digitalt "
        "intervju mandag 15. mars kl. 09:00 norsk tid. Intervjuet varer i 45 minutter, og du "
        "møter meg og driftssjef Lars Haugen.\n\nTeams-lenke kommer i egen e-post.\n\nMed "
        "vennlig hilsen\nIngrid Solberg\nHR-rådgiver",
        form="both",
    )
    s = ("Guðrún Jónsdóttir", "gudrun@jokull-hugbunadur.example.is")
    sent = at(2027, 3, 11, 10, 0, REK, "Thu")
    yield case(
        f,
        "fimmtudagur_kl_13",
        "is",
        s,
        "Boð í viðtal",
        sent,
        "Icelandic 'fimmtudaginn 18. mars kl. 13:00': 18 March 13:00; no zone (Reykjavik "
        "has no summer time).",
        wall(at(2027, 3, 18, 13, 0, REK, "Thu"), None, sent),
        "Sæl Alex,\n\nTakk fyrir umsóknina. Okkur langar að bjóða þér í viðtal fimmtudaginn "
        "18. mars kl. 13:00 á skrifstofu okkar í Borgartúni 25.\n\nKær kveðja,\nGuðrún "
        "Jónsdóttir\nMannauðsstjóri",
    )
    s = ("Erik Nyström", "erik.nystrom@skargard-energi.example.se")
    sent = at(2027, 3, 18, 16, 0, STO, "Thu")
    chk(2027, 3, 26, "Fri")
    yield case(
        f,
        "tack_for_samtalet",
        "sv",
        s,
        "Tack för i onsdags",
        sent,
        "Look-alike: thanks for Wednesday's interview and promises an answer 'senast fredag "
        "26/3 kl. 12'.",
        NEG,
        "Hej Alex,\n\nTack för ett trevligt samtal i onsdags! Vi har några kandidater kvar "
        "att träffa och återkommer till dig senast fredag 26/3 kl. 12.\n\nHälsningar\nErik",
    )
    s = ("Vestkyst Havbruk Rekruttering", "rekruttering@vestkyst-havbruk.example.no")
    sent = at(2027, 3, 8, 8, 0, OSL, "Mon")
    chk(2027, 3, 14, "Sun")
    yield case(
        f,
        "test_frist_sondag",
        "nb",
        s,
        "Påminnelse: personlighetstest",
        sent,
        "Look-alike: a personality test to finish by 'søndag 14. mars kl. 23:59'.",
        NEG,
        "Hei Alex,\n\nDette er en påminnelse om at du ikke har fullført personlighetstesten "
        "ennå. Fristen er søndag 14. mars kl. 23:59. Testen tar ca. 20 minutter: "
        "https://test.example.no/vh/alex\n\nVennlig hilsen\nVestkyst Havbruk",
    )


def finbaltic21() -> Iterator[Case]:
    f = "finbaltic21"
    s = ("Sanna Virtanen", "sanna.virtanen@koivutek.example.fi")
    sent = at(2027, 3, 8, 12, 30, HEL, "Mon")
    yield case(
        f,
        "tiistaina_klo_13_14",
        "fi",
        s,
        "Kutsu haastatteluun",
        sent,
        "Finnish 'tiistaina 16.3. klo 13–14': 16 March 13:00-14:00; no zone.",
        wall(at(2027, 3, 16, 13, 0, HEL, "Tue"), at(2027, 3, 16, 14, 0, HEL), sent),
        "Hei Alex,\n\nkiitos hakemuksestasi. Haluaisimme kutsua sinut haastatteluun "
        "tiistaina 16.3. klo 13–14 toimistollemme osoitteeseen Hämeenkatu 20, Tampere. "
        "Haastattelijoina ovat tiimiesimies Mikko Laine ja minä.\n\nYstävällisin terveisin\n"
        "Sanna Virtanen\nHR-asiantuntija",
    )
    s = ("Mikko Laine", "mikko.laine@koivutek.example.fi")
    sent = at(2027, 3, 10, 9, 15, HEL, "Wed")
    yield case(
        f,
        "suomen_aikaa",
        "fi",
        s,
        "Teams-haastattelu ke 17.3.",
        sent,
        "'keskiviikkona 17.3. klo 9.30 Suomen aikaa (8.30 Ruotsin aikaa)': 09:30 Europe/Helsinki.",
        zoned(at(2027, 3, 17, 9, 30, HEL, "Wed"), None, HEL),
        "Moi Alex,\n\nsovitaan Teams-haastattelu keskiviikkona 17.3. klo 9.30 Suomen aikaa "
        "(8.30 Ruotsin aikaa). Linkki tulee erillisessä kutsussa.\n\nTerveisin\nMikko",
    )
    s = ("Aino Korhonen", "aino@revontuli-design.example.fi")
    sent = at(2027, 3, 11, 15, 40, HEL, "Thu")
    yield case(
        f,
        "huomenna_puoli_kolmelta",
        "fi",
        s,
        "Tapaaminen huomenna",
        sent,
        "Finnish 'huomenna puoli kolmelta' sent Thursday 11 March: Friday 12 March 14:30; no zone.",
        wall(at(2027, 3, 12, 14, 30, HEL, "Fri"), None, sent),
        "Hei!\n\nKiva kun pääset tulemaan. Nähdään huomenna puoli kolmelta studiolla, "
        "Fredrikinkatu 42 B. Ota portfolio mukaan.\n\nAino",
    )
    s = ("Kadri Tamm", "kadri.tamm@laanemere-it.example.ee")
    sent = at(2027, 3, 9, 10, 20, TLL, "Tue")
    yield case(
        f,
        "neljapaeval_kell_11",
        "et",
        s,
        "Kutse tööintervjuule",
        sent,
        "Estonian 'neljapäeval, 18. märtsil kell 11.00': 18 March 11:00; no zone.",
        wall(at(2027, 3, 18, 11, 0, TLL, "Thu"), None, sent),
        "Tere, Alex!\n\nTäname Teid kandideerimast. Soovime Teid kutsuda tööintervjuule "
        "neljapäeval, 18. märtsil kell 11.00 meie kontorisse aadressil Narva mnt 7, Tallinn.\n"
        "\nLugupidamisega\nKadri Tamm\npersonalijuht",
    )
    s = ("Līga Bērziņa", "liga.berzina@daugava-fin.example.lv")
    sent = at(2027, 3, 12, 14, 0, RIX, "Fri")
    yield case(
        f,
        "pirmdien_plkst_10",
        "lv",
        s,
        "Uzaicinājums uz darba interviju",
        sent,
        "Latvian 'pirmdien, 22. martā plkst. 10:00': 22 March 10:00; no zone.",
        wall(at(2027, 3, 22, 10, 0, RIX, "Mon"), None, sent),
        "Labdien, Alex!\n\nPaldies par Jūsu pieteikumu. Aicinām Jūs uz darba interviju "
        "pirmdien, 22. martā plkst. 10:00 mūsu birojā Brīvības ielā 68, Rīgā.\n\nAr cieņu\n"
        "Līga Bērziņa\nPersonāla vadītāja",
    )
    s = ("Rūta Kazlauskienė", "ruta.k@nemunas-tech.example.lt")
    sent = at(2027, 3, 15, 11, 30, VNO, "Mon")
    yield case(
        f,
        "kovo_23_14_val",
        "lt",
        s,
        "Kvietimas į pokalbį",
        sent,
        "Lithuanian 'kovo 23 d. (antradienį) 14 val.': 23 March 14:00; no zone.",
        wall(at(2027, 3, 23, 14, 0, VNO, "Tue"), None, sent),
        "Laba diena, Alex,\n\nDėkojame už Jūsų kandidatūrą. Kviečiame Jus į pokalbį kovo 23 "
        "d. (antradienį) 14 val. mūsų biure, Gedimino pr. 9, Vilniuje.\n\nPagarbiai\nRūta "
        "Kazlauskienė\nPersonalo skyrius",
    )
    s = ("Sanna Virtanen", "sanna.virtanen@koivutek.example.fi")
    sent = at(2027, 3, 4, 13, 0, HEL, "Thu")
    yield case(
        f,
        "kerro_sopiva_aika",
        "fi",
        s,
        "Toinen haastattelu",
        sent,
        "Look-alike: asks which time suits next week; 'ti ja ke klo 12–16' are the "
        "recruiter's own free hours.",
        NEG,
        "Hei Alex,\n\nhaluaisimme jatkaa kanssasi toiselle kierrokselle. Kerrotko, mikä aika "
        "sinulle sopisi ensi viikolla? Minulla on vapaata ti ja ke klo 12–16.\n\nTerveisin\n"
        "Sanna",
    )


def westslav21() -> Iterator[Case]:
    f = "westslav21"
    s = ("Agnieszka Nowak", "agnieszka.nowak@wislasoft.example.pl")
    sent = at(2027, 3, 8, 10, 5, WAW, "Mon")
    yield case(
        f,
        "czwartek_wpol_do_trzeciej",
        "pl",
        s,
        "Spotkanie w czwartek",
        sent,
        "Polish 'w czwartek o wpół do trzeciej' sent Monday 8 March: Thursday 11 March 14:30; "
        "no zone.",
        wall(at(2027, 3, 11, 14, 30, WAW, "Thu"), None, sent),
        "Dzień dobry Pani Alex,\n\nzgodnie z naszą rozmową telefoniczną zapraszam na "
        "spotkanie w czwartek o wpół do trzeciej w naszym biurze przy ul. Lubicz 17 w "
        "Krakowie. Proszę zgłosić się na recepcji na 3. piętrze.\n\nPozdrawiam serdecznie\n"
        "Agnieszka Nowak\nHR Business Partner",
    )
    s = ("Tomasz Wiśniewski", "t.wisniewski@baltyk-logistyka.example.pl")
    sent = at(2027, 3, 10, 13, 20, WAW, "Wed")
    yield case(
        f,
        "wtorek_o_14_ej",
        "pl",
        s,
        "Rozmowa rekrutacyjna",
        sent,
        "Polish 'we wtorek 16.03 o 14-ej', 'ok. godziny' (no end): 16 March 14:00; no zone.",
        wall(at(2027, 3, 16, 14, 0, WAW, "Tue"), None, sent),
        "Cześć Alex,\n\nzapraszam na rozmowę we wtorek 16.03 o 14-ej, u nas w Gdyni "
        "(Świętojańska 55). Rozmowa potrwa ok. godziny, będzie też kierownik magazynu.\n\n"
        "Pozdrawiam\nTomek",
    )
    s = ("Magdalena Zielińska", "m.zielinska@hrpartner-rekrutacje.example.pl")
    sent = at(2027, 3, 12, 9, 30, WAW, "Fri")
    yield case(
        f,
        "piatek_czasu_polskiego",
        "pl",
        s,
        "Spotkanie online z klientem",
        sent,
        "Agency: 'w piątek 19 marca o godz. 10:00 czasu polskiego', '45 minut': 10:00-10:45 "
        "Europe/Warsaw.",
        zoned(at(2027, 3, 19, 10, 0, WAW, "Fri"), at(2027, 3, 19, 10, 45, WAW), WAW),
        "Dzień dobry,\n\nmiło mi poinformować, że klient chciałby porozmawiać z Panią online "
        "w piątek 19 marca o godz. 10:00 czasu polskiego. Spotkanie potrwa 45 minut, link "
        "do Teams prześlę osobno.\n\nZ wyrazami szacunku\nMagdalena Zielińska\nSenior "
        "Recruiter",
        form="html",
    )
    s = ("Petra Dvořáková", "petra.dvorakova@vltava-systems.example.cz")
    sent = at(2027, 3, 5, 14, 10, PRG, "Fri")
    yield case(
        f,
        "streda_v_pul_treti",
        "cs",
        s,
        "Pohovor ve středu",
        sent,
        "Czech 've středu v půl třetí' sent Friday 5 March: Wednesday 10 March 14:30; no zone.",
        wall(at(2027, 3, 10, 14, 30, PRG, "Wed"), None, sent),
        "Dobrý den, Alex,\n\nděkuji za Váš zájem o pozici analytika. Rádi bychom Vás pozvali "
        "na osobní pohovor ve středu v půl třetí do naší kanceláře v Karlíně (Křižíkova 36, "
        "Praha 8).\n\nS pozdravem\nPetra Dvořáková\nHR",
    )
    s = ("Jan Procházka", "jan.prochazka@vltava-systems.example.cz")
    sent = at(2027, 3, 9, 11, 0, PRG, "Tue")
    yield case(
        f,
        "pondeli_ve_14",
        "cs",
        s,
        "Pozvánka na technický pohovor",
        sent,
        "Czech 'pondělí 15. 3. ve 14:00', 'potrvá 45 minut': 14:00-14:45; no zone.",
        wall(at(2027, 3, 15, 14, 0, PRG, "Mon"), at(2027, 3, 15, 14, 45, PRG), sent),
        "Ahoj Alexi,\n\nposílám pozvánku na technický pohovor: pondělí 15. 3. ve 14:00 přes "
        "Google Meet (https://meet.example/vlt-ttp-915). Pohovor potrvá 45 minut.\n\nMěj se\n"
        "Honza",
    )
    s = ("Zuzana Horváthová", "zuzana.horvathova@tatra-digital.example.sk")
    sent = at(2027, 3, 3, 15, 25, BTS, "Wed")
    yield case(
        f,
        "utorok_o_pol_tretej",
        "sk",
        s,
        "Pozvánka na pohovor",
        sent,
        "Slovak 'v utorok 9. marca o pol tretej': 9 March 14:30; no zone.",
        wall(at(2027, 3, 9, 14, 30, BTS, "Tue"), None, sent),
        "Dobrý deň,\n\nďakujeme za Váš životopis. Radi by sme Vás pozvali na pohovor v "
        "utorok 9. marca o pol tretej do našej kancelárie na Mlynských nivách 5 v "
        "Bratislave.\n\nS pozdravom\nZuzana Horváthová\nPersonálne oddelenie",
    )
    s = ("Tomasz Wiśniewski", "t.wisniewski@baltyk-logistyka.example.pl")
    sent = at(2027, 3, 17, 12, 0, WAW, "Wed")
    chk(2027, 3, 19, "Fri")
    yield case(
        f,
        "dziekujemy_za_rozmowe",
        "pl",
        s,
        "Po rozmowie",
        sent,
        "Look-alike: thanks for yesterday's 14:00 talk; a decision 'do piątku 19.03 do "
        "godz. 12:00'.",
        NEG,
        "Cześć Alex,\n\ndzięki za wczorajszą rozmowę o 14:00, zrobiłaś dobre wrażenie. "
        "Decyzję przekażę Ci do piątku 19.03 do godz. 12:00.\n\nPozdrawiam\nTomek",
    )
    s = ("Vltava Systems Kariéra", "kariera@vltava-systems.example.cz")
    sent = at(2027, 3, 8, 8, 0, PRG, "Mon")
    chk(2027, 3, 18, "Thu")
    yield case(
        f,
        "den_otevrenych_dveri",
        "cs",
        s,
        "Den otevřených dveří ve Vltava Systems",
        sent,
        "Look-alike: an open day 've čtvrtek 18. 3. od 16 hodin' for everyone who signs up.",
        NEG,
        "Dobrý den,\n\nzveme Vás na Den otevřených dveří ve čtvrtek 18. 3. od 16 hodin. "
        "Představíme týmy, otevřené pozice a čeká Vás i malé občerstvení. Registrace: "
        "https://vltava-systems.example.cz/dod\n\nTým Vltava Systems",
        form="both",
    )


def huro21() -> Iterator[Case]:
    f = "huro21"
    s = ("Kovács Eszter", "kovacs.eszter@dunapart-kft.example.hu")
    sent = at(2027, 3, 8, 9, 40, BUD, "Mon")
    yield case(
        f,
        "csutortok_fel_haromkor",
        "hu",
        s,
        "Interjú csütörtökön",
        sent,
        "Hungarian 'csütörtökön fél háromkor' sent Monday 8 March: Thursday 11 March 14:30; "
        "no zone.",
        wall(at(2027, 3, 11, 14, 30, BUD, "Thu"), None, sent),
        "Kedves Alex!\n\nKöszönöm a mai beszélgetést. Ahogy megbeszéltük, csütörtökön fél "
        "háromkor várjuk az irodánkban (Váci út 76, 4. emelet). Kérem, a recepción kérje "
        "Nagy Pétert.\n\nÜdvözlettel:\nKovács Eszter\nHR generalista",
    )
    s = ("Nagy Péter", "nagy.peter@dunapart-kft.example.hu")
    sent = at(2027, 3, 9, 14, 5, BUD, "Tue")
    yield case(
        f,
        "kedden_negyed_tizenegykor",
        "hu",
        s,
        "Szakmai interjú",
        sent,
        "Hungarian 'március 16-án, kedden negyed tizenegykor': 16 March 10:15; no zone.",
        wall(at(2027, 3, 16, 10, 15, BUD, "Tue"), None, sent),
        "Szia Alex!\n\nA szakmai interjút március 16-án, kedden negyed tizenegykor tartjuk "
        "Teamsen. A linket Eszter küldi.\n\nPéter",
    )
    s = ("Szabó Judit", "szabo.judit@tiszahr.example.hu")
    sent = at(2027, 3, 10, 10, 30, BUD, "Wed")
    yield case(
        f,
        "14_orakor_egy_ora",
        "hu",
        s,
        "Meghívó állásinterjúra",
        sent,
        "Hungarian '2027. március 18., csütörtök 14 órakor', 'egy óra': 14:00-15:00; no zone.",
        wall(at(2027, 3, 18, 14, 0, BUD, "Thu"), at(2027, 3, 18, 15, 0, BUD), sent),
        "Tisztelt Alex!\n\nÖrömmel értesítem, hogy ügyfelünk személyes interjúra hívja:\n\n"
        "Időpont: 2027. március 18., csütörtök 14 órakor\nHelyszín: Debrecen, Piac u. 20.\n"
        "Időtartam: egy óra\n\nKérem, jelezzen vissza.\n\nTisztelettel:\nSzabó Judit\n"
        "tanácsadó",
        form="html",
    )
    s = ("Andreea Popescu", "andreea.popescu@carpatic-soft.example.ro")
    sent = at(2027, 3, 5, 11, 15, BUH, "Fri")
    yield case(
        f,
        "joi_ora_14_si_jumatate",
        "ro",
        s,
        "Invitație la interviu",
        sent,
        "Romanian 'joi, 11 martie, ora 14 și jumătate': 14:30; no zone.",
        wall(at(2027, 3, 11, 14, 30, BUH, "Thu"), None, sent),
        "Bună ziua, Alex,\n\nVă mulțumim pentru aplicare. Vă invităm la un interviu joi, 11 "
        "martie, ora 14 și jumătate, la sediul nostru din Cluj-Napoca, str. Memorandumului "
        "28.\n\nCu stimă,\nAndreea Popescu\nHR Specialist",
    )
    s = ("Mihai Ionescu", "mihai.ionescu@carpatic-soft.example.ro")
    sent = at(2027, 3, 8, 16, 0, BUH, "Mon")
    yield case(
        f,
        "luni_ora_romaniei",
        "ro",
        s,
        "Interviu online luni",
        sent,
        "Romanian 'luni, 15 martie, la ora 10:00 (ora României)', '45 de minute': 10:00-"
        "10:45 Europe/Bucharest.",
        zoned(at(2027, 3, 15, 10, 0, BUH, "Mon"), at(2027, 3, 15, 10, 45, BUH), BUH),
        "Salut Alex,\n\nCum am vorbit, interviul tehnic va fi luni, 15 martie, la ora 10:00 "
        "(ora României), pe Zoom. Durează 45 de minute.\n\nLink: "
        "https://zoom.example/j/8830012244\n\nMihai",
    )
    s = ("Elena Dumitrescu", "elena@dacia-ventures.example.ro")
    sent = at(2027, 3, 9, 17, 20, BUH, "Tue")
    yield case(
        f,
        "maine_la_ora_11",
        "ro",
        s,
        "Ne vedem mâine",
        sent,
        "Founder: 'mâine la ora 11' sent Tuesday 9 March: Wednesday 10 March 11:00; no zone.",
        wall(at(2027, 3, 10, 11, 0, BUH, "Wed"), None, sent),
        "Salut Alex,\n\nPerfect, ne vedem mâine la ora 11 la birou (Calea Victoriei 155, et. "
        "6). Te aștept cu o cafea.\n\nElena",
    )
    s = ("Dunapart Karrier", "karrier@dunapart-kft.example.hu")
    sent = at(2027, 3, 8, 8, 30, BUD, "Mon")
    chk(2027, 3, 12, "Fri")
    yield case(
        f,
        "online_teszt_hatarido",
        "hu",
        s,
        "Emlékeztető: online teszt",
        sent,
        "Look-alike: an online test to finish 'március 12-én (péntek) 23:59-ig'.",
        NEG,
        "Kedves Alex!\n\nEmlékeztetjük, hogy az online logikai tesztet március 12-én "
        "(péntek) 23:59-ig tudja kitölteni: https://teszt.example.hu/dp/alex\n\n"
        "Üdvözlettel:\nDunapart Kft.",
    )
    s = ("Andreea Popescu", "andreea.popescu@carpatic-soft.example.ro")
    sent = at(2027, 3, 12, 10, 0, BUH, "Fri")
    yield case(
        f,
        "cand_sunteti_disponibil",
        "ro",
        s,
        "Următorul pas",
        sent,
        "Look-alike: asks when the reader is free; 'marți după ora 14' is the recruiter's "
        "own window.",
        NEG,
        "Bună ziua, Alex,\n\nAm dori să programăm a doua etapă. Vă rog să-mi spuneți când "
        "sunteți disponibil săptămâna viitoare; eu aș putea marți după ora 14 sau joi "
        "dimineața.\n\nCu stimă,\nAndreea",
    )


def balkan21() -> Iterator[Case]:
    f = "balkan21"
    s = ("Ivana Horvat", "ivana.horvat@jadran-tech.example.hr")
    sent = at(2027, 3, 8, 10, 0, ZAG, "Mon")
    yield case(
        f,
        "cetvrtak_u_pola_tri",
        "hr",
        s,
        "Razgovor u četvrtak",
        sent,
        "Croatian 'u četvrtak u pola tri' sent Monday 8 March: Thursday 11 March 14:30; no zone.",
        wall(at(2027, 3, 11, 14, 30, ZAG, "Thu"), None, sent),
        "Poštovana Alex,\n\nkao što smo se dogovorile telefonom, vidimo se u četvrtak u pola "
        "tri u našem uredu u Radničkoj cesti 80. Na recepciji se javite meni.\n\nLijep "
        "pozdrav,\nIvana Horvat\nHR",
    )
    s = ("Marko Babić", "marko.babic@jadran-tech.example.hr")
    sent = at(2027, 3, 9, 13, 0, ZAG, "Tue")
    yield case(
        f,
        "utorak_u_14_h",
        "hr",
        s,
        "Poziv na tehnički razgovor",
        sent,
        "Croatian 'u utorak, 16. ožujka u 14 h', 'sat vremena': 14:00-15:00; no zone.",
        wall(at(2027, 3, 16, 14, 0, ZAG, "Tue"), at(2027, 3, 16, 15, 0, ZAG), sent),
        "Bok Alex,\n\npozivam te na tehnički razgovor u utorak, 16. ožujka u 14 h preko "
        "Teamsa. Razgovor traje sat vremena.\n\nPozdrav,\nMarko",
    )
    s = ("Jelena Petrović", "jelena.petrovic@sava-solutions.example.rs")
    sent = at(2027, 3, 10, 11, 20, BEG, "Wed")
    yield case(
        f,
        "sreda_u_10_casova",
        "sr-Latn",
        s,
        "Poziv na intervju",
        sent,
        "Serbian (Latin) 'u sredu, 17. marta, u 10 časova': 10:00; no zone.",
        wall(at(2027, 3, 17, 10, 0, BEG, "Wed"), None, sent),
        "Poštovana Alex,\n\nhvala na prijavi. Pozivamo Vas na intervju u sredu, 17. marta, u "
        "10 časova u našim prostorijama u Bulevaru Mihajla Pupina 10, Novi Beograd.\n\n"
        "Srdačan pozdrav,\nJelena Petrović",
    )
    s = ("Nina Kranjc", "nina.kranjc@triglav-data.example.si")
    sent = at(2027, 3, 9, 9, 30, LJU, "Tue")
    yield case(
        f,
        "petek_ob_pol_treh",
        "sl",
        s,
        "Razgovor v petek",
        sent,
        "Slovenian 'v petek ob pol treh' sent Tuesday 9 March: Friday 12 March 14:30; no zone.",
        wall(at(2027, 3, 12, 14, 30, LJU, "Fri"), None, sent),
        "Pozdravljeni, Alex,\n\nhvala za vašo prijavo. Vabimo vas na razgovor v petek ob pol "
        "treh v naših prostorih na Dunajski cesti 156 v Ljubljani.\n\nLep pozdrav,\nNina "
        "Kranjc\nKadrovska služba",
    )
    s = ("Мария Георгиева", "maria.georgieva@vitosha-soft.example.bg")
    sent = at(2027, 3, 10, 15, 0, SOF, "Wed")
    yield case(
        f,
        "sryada_14_30",
        "bg",
        s,
        "Покана за интервю",
        sent,
        "Bulgarian 'в сряда, 17 март, от 14:30 ч.': 14:30; no zone.",
        wall(at(2027, 3, 17, 14, 30, SOF, "Wed"), None, sent),
        "Здравейте, Алекс,\n\nБлагодарим Ви за кандидатурата. Каним Ви на интервю в сряда, "
        "17 март, от 14:30 ч. в нашия офис на бул. Черни връх 47, София.\n\nПоздрави,\n"
        "Мария Георгиева\nЧовешки ресурси",
    )
    s = ("Ελένη Παπαδοπούλου", "eleni.p@aigaio-shipping.example.gr")
    sent = at(2027, 3, 11, 12, 0, ATH, "Thu")
    yield case(
        f,
        "pempti_11_pm",
        "el",
        s,
        "Πρόσκληση σε συνέντευξη",
        sent,
        "Greek 'την Πέμπτη 18 Μαρτίου στις 11:00 π.μ.': 11:00; no zone.",
        wall(at(2027, 3, 18, 11, 0, ATH, "Thu"), None, sent),
        "Αγαπητή Alex,\n\nΣας ευχαριστούμε για την αίτησή σας. Θα θέλαμε να σας "
        "προσκαλέσουμε σε συνέντευξη την Πέμπτη 18 Μαρτίου στις 11:00 π.μ. στα γραφεία μας, "
        "Ακτή Μιαούλη 47, Πειραιάς.\n\nΜε εκτίμηση,\nΕλένη Παπαδοπούλου\nΤμήμα Ανθρώπινου "
        "Δυναμικού",
    )
    s = ("Vitosha Soft Careers", "careers@vitosha-soft.example.bg")
    sent = at(2027, 3, 8, 9, 0, SOF, "Mon")
    chk(2027, 3, 24, "Wed")
    yield case(
        f,
        "uebinar_kariera",
        "bg",
        s,
        "Уебинар: кариера във Vitosha Soft",
        sent,
        "Look-alike: a careers webinar 'на 24 март (сряда) от 18:00 ч.' with registration.",
        NEG,
        "Здравейте,\n\nКаним Ви на онлайн уебинар за кариерните възможности във Vitosha "
        "Soft на 24 март (сряда) от 18:00 ч. Регистрация: "
        "https://vitosha-soft.example.bg/webinar\n\nЕкипът на Vitosha Soft",
        form="both",
    )
    s = ("Marko Babić", "marko.babic@jadran-tech.example.hr")
    sent = at(2027, 3, 17, 16, 0, ZAG, "Wed")
    yield case(
        f,
        "hvala_na_razgovoru",
        "hr",
        s,
        "Hvala na razgovoru",
        sent,
        "Look-alike: thanks for yesterday's 14 h talk; an answer 'do petka do 12 h'.",
        NEG,
        "Bok Alex,\n\nhvala ti na jučerašnjem razgovoru u 14 h. Javit ćemo ti se do petka do "
        "12 h s odlukom.\n\nPozdrav,\nMarko",
    )


def iberian21() -> Iterator[Case]:
    f = "iberian21"
    s = ("Inês Carvalho", "ines.carvalho@tejo-digital.example.pt")
    sent = at(2027, 3, 4, 10, 30, LIS, "Thu")
    yield case(
        f,
        "quinta_15h30",
        "pt-PT",
        s,
        "Convite para entrevista",
        sent,
        "European Portuguese 'na quinta-feira, dia 11 de março, às 15h30': 15:30; no zone.",
        wall(at(2027, 3, 11, 15, 30, LIS, "Thu"), None, sent),
        "Olá Alex,\n\nObrigada pela sua candidatura. Gostaríamos de o convidar para uma "
        "entrevista na quinta-feira, dia 11 de março, às 15h30, nos nossos escritórios na "
        "Avenida da Liberdade 110, Lisboa.\n\nCom os melhores cumprimentos,\nInês Carvalho\n"
        "Recursos Humanos",
    )
    s = ("Rui Fernandes", "rui@douro-labs.example.pt")
    sent = at(2027, 3, 15, 17, 0, LIS, "Mon")
    yield case(
        f,
        "amanha_tres_e_meia",
        "pt-PT",
        s,
        "Conversa amanhã",
        sent,
        "Founder: 'amanhã às três e meia da tarde' sent Monday 15 March: Tuesday 16 March "
        "15:30; no zone.",
        wall(at(2027, 3, 16, 15, 30, LIS, "Tue"), None, sent),
        "Olá Alex,\n\nCombinado então: falamos amanhã às três e meia da tarde por "
        "videochamada. Envio o link de manhã.\n\nAbraço,\nRui",
    )
    s = ("Montserrat Puig", "montse.puig@llevant-tech.example.cat")
    sent = at(2027, 3, 9, 12, 0, MAD, "Tue")
    yield case(
        f,
        "dimecres_dos_quarts_d_onze",
        "ca",
        s,
        "Entrevista dimecres",
        sent,
        "Catalan 'dimecres 17 de març a dos quarts d'onze del matí' (10:30): no zone.",
        wall(at(2027, 3, 17, 10, 30, MAD, "Wed"), None, sent),
        "Hola Alex,\n\nGràcies per la teva candidatura. Et proposem fer l'entrevista dimecres "
        "17 de març a dos quarts d'onze del matí a les nostres oficines del carrer de Pujades "
        "100, Barcelona. Pregunta per mi a recepció.\n\nSalutacions,\nMontserrat Puig\n"
        "Recursos Humans",
    )
    s = ("Jordi Ferrer", "jordi.ferrer@llevant-tech.example.cat")
    sent = at(2027, 3, 10, 9, 0, MAD, "Wed")
    yield case(
        f,
        "dijous_18_3_16h",
        "ca",
        s,
        "Entrevista tècnica",
        sent,
        "Catalan 'el dijous 18/3 a les 16 h', 'una hora': 16:00-17:00; no zone.",
        wall(at(2027, 3, 18, 16, 0, MAD, "Thu"), at(2027, 3, 18, 17, 0, MAD), sent),
        "Hola Alex,\n\nQuedem el dijous 18/3 a les 16 h per fer l'entrevista tècnica per "
        "Meet. Durarà una hora.\n\nFins aviat,\nJordi",
    )
    s = ("Miren Etxeberria", "miren.etxeberria@bidasoa-ind.example.eus")
    sent = at(2027, 3, 11, 10, 0, MAD, "Thu")
    yield case(
        f,
        "martxoaren_18an_10etan",
        "eu",
        s,
        "Elkarrizketarako gonbidapena",
        sent,
        "Basque 'martxoaren 18an (osteguna), 10:00etan': 10:00; no zone.",
        wall(at(2027, 3, 18, 10, 0, MAD, "Thu"), None, sent),
        "Kaixo Alex,\n\nEskerrik asko zure hautagaitzagatik. Elkarrizketa batera gonbidatu "
        "nahi zaitugu martxoaren 18an (osteguna), 10:00etan, gure bulegoetan (Kale Nagusia "
        "12, Donostia).\n\nAgur bero bat,\nMiren Etxeberria\nGiza Baliabideak",
    )
    s = ("Uxía Castro", "uxia.castro@ria-software.example.gal")
    sent = at(2027, 3, 12, 13, 0, MAD, "Fri")
    yield case(
        f,
        "venres_as_12",
        "gl",
        s,
        "Convite a entrevista",
        sent,
        "Galician 'o venres 19 de marzo ás 12:00': 12:00; no zone.",
        wall(at(2027, 3, 19, 12, 0, MAD, "Fri"), None, sent),
        "Ola Alex,\n\nGrazas pola túa candidatura. Convidámoste a unha entrevista o venres "
        "19 de marzo ás 12:00 nas nosas oficinas da rúa do Hórreo 30, Santiago de "
        "Compostela.\n\nUn saúdo,\nUxía Castro\nRecursos Humanos",
    )
    s = ("Inês Carvalho", "ines.carvalho@tejo-digital.example.pt")
    sent = at(2027, 3, 15, 9, 0, LIS, "Mon")
    yield case(
        f,
        "indique_disponibilidade",
        "pt-PT",
        s,
        "Segunda fase",
        sent,
        "Look-alike: asks for the reader's availability; 'terça a partir das 14h' is the "
        "recruiter's own window.",
        NEG,
        "Olá Alex,\n\nGostaríamos de avançar para a segunda fase. Pode indicar-me a sua "
        "disponibilidade para a próxima semana? Da nossa parte, terça a partir das 14h ou "
        "quinta de manhã seria ideal.\n\nCumprimentos,\nInês",
    )


def moves21() -> Iterator[Case]:
    f = "moves21"
    s = ("Katrin Vogel", "k.vogel@nordlicht-logistik.example")
    sent = at(2027, 3, 3, 8, 20, BER, "Wed")
    yield case(
        f,
        "verschoben_freitag_gleiche_uhrzeit",
        "de-DE",
        s,
        "Verschiebung unseres Gesprächs",
        sent,
        "Move: Thursday's talk 'auf Freitag, gleiche Uhrzeit (14:30 Uhr)' sent Wednesday 3 "
        "March: Friday 5 March 14:30; no zone.",
        wall(at(2027, 3, 5, 14, 30, BER, "Fri"), None, sent, "reschedule"),
        "Hallo Frau Morgan,\n\nleider ist Herr Brandt am Donnerstag kurzfristig auf "
        "Dienstreise. Ich habe unser Gespräch daher auf Freitag, gleiche Uhrzeit (14:30 Uhr), "
        "verschoben. Ort bleibt gleich.\n\nEntschuldigen Sie die Umstände!\n\nViele Grüße\n"
        "Katrin Vogel",
    )
    s = ("Mark Jansen", "m.jansen@polderbouw.example.nl")
    sent = at(2027, 3, 15, 15, 10, AMS, "Mon")
    yield case(
        f,
        "gesprek_morgen_geannuleerd",
        "nl-NL",
        s,
        "Gesprek morgen gaat niet door",
        sent,
        "Cancellation of 'het gesprek van morgen om 10.15 uur' sent Monday 15 March: Tuesday "
        "16 March 10:15; no zone.",
        wall(at(2027, 3, 16, 10, 15, AMS, "Tue"), None, sent, "cancellation"),
        "Beste Alex,\n\nHelaas moeten we het gesprek van morgen om 10.15 uur annuleren: de "
        "vacature is intern ingevuld. Onze excuses voor het late bericht.\n\nMet vriendelijke "
        "groet,\nMark Jansen",
    )
    s = ("Tomasz Wiśniewski", "t.wisniewski@baltyk-logistyka.example.pl")
    sent = at(2027, 3, 12, 11, 30, WAW, "Fri")
    yield case(
        f,
        "przenosimy_na_srode",
        "pl",
        s,
        "Zmiana terminu rozmowy",
        sent,
        "Move: 'przenosimy rozmowę z wtorku na środę 17.03, godz. 13:00': 17 March 13:00; no zone.",
        wall(at(2027, 3, 17, 13, 0, WAW, "Wed"), None, sent, "reschedule"),
        "Cześć Alex,\n\nmała zmiana: kierownik magazynu we wtorek jest na szkoleniu, więc "
        "przenosimy rozmowę z wtorku na środę 17.03, godz. 13:00. Reszta bez zmian.\n\n"
        "Pozdrawiam\nTomek",
    )
    s = ("Johanna Lindqvist", "johanna.lindqvist@skargard-energi.example.se")
    sent = at(2027, 3, 16, 9, 0, STO, "Tue")
    yield case(
        f,
        "stalla_in_onsdag",
        "sv",
        s,
        "Intervjun i morgon ställs in",
        sent,
        "Cancellation: 'ställa in intervjun i morgon onsdag kl. 13' sent Tuesday 16 March: "
        "Wednesday 17 March 13:00; no zone.",
        wall(at(2027, 3, 17, 13, 0, STO, "Wed"), None, sent, "cancellation"),
        "Hej Alex,\n\nTyvärr måste vi ställa in intervjun i morgon onsdag kl. 13, då tjänsten "
        "har pausats. Jag hör av mig om den öppnar igen.\n\nVänliga hälsningar\nJohanna",
    )
    s = ("Rasmus Holm", "rasmus@fjordkode.example.dk")
    sent = at(2027, 3, 4, 9, 10, CPH, "Thu")
    yield case(
        f,
        "det_passer_fint",
        "da",
        s,
        "Re: Samtale",
        sent,
        "Confirmation of the reader's pick: 'Det passer fint – så ses vi onsdag d. 10. kl. "
        "13.30' above the reader's quoted two options: 10 March 13:30; no zone.",
        wall(at(2027, 3, 10, 13, 30, CPH, "Wed"), None, sent),
        thread(
            "Hej Alex\n\nDet passer fint – så ses vi onsdag d. 10. kl. 13.30 hos os på "
            "kontoret.\n\nVh Rasmus",
            (
                "Den ons. 3. mar. 2027 kl. 18.02 skrev Alex Morgan <alex.morgan@mailbox.example>:",
                "Hej Rasmus\n\nTak! Jeg kan onsdag d. 10. kl. 13.30 eller torsdag d. 11. om "
                "formiddagen.\n\nMvh Alex",
            ),
        ),
    )
    s = ("Reto Baumann", "reto.baumann@alpsoft.example.ch")
    sent = at(2027, 3, 10, 10, 0, ZRH, "Wed")
    yield case(
        f,
        "dann_halten_wir_fest",
        "de-CH",
        s,
        "AW: Zweites Gespräch",
        sent,
        "Confirmation of the reader's pick: 'dann halten wir Dienstag, 16.03., 09.30 Uhr "
        "fest' above quoted options: 16 March 09:30; no zone.",
        wall(at(2027, 3, 16, 9, 30, ZRH, "Tue"), None, sent),
        thread(
            "Grüezi Frau Morgan\n\nPerfekt, dann halten wir Dienstag, 16.03., 09.30 Uhr fest. "
            "Gleicher Ort wie beim ersten Mal.\n\nFreundliche Grüsse\nReto Baumann",
            (
                "Am 09.03.2027 um 19:41 schrieb Alex Morgan <alex.morgan@mailbox.example>:",
                "Guten Tag Herr Baumann\n\nIch könnte am Dienstag um 9.30 Uhr oder am "
                "Mittwoch ab 14 Uhr.\n\nFreundliche Grüsse\nAlex Morgan",
            ),
        ),
    )
    s = ("Andreea Popescu", "andreea.popescu@carpatic-soft.example.ro")
    sent = at(2027, 3, 9, 16, 45, BUH, "Tue")
    yield case(
        f,
        "mutat_pe_vineri",
        "ro",
        s,
        "Modificare interviu",
        sent,
        "Move: 'am mutat interviul de joi pe vineri, 12 martie, la ora 15:00': 15:00; no zone.",
        wall(at(2027, 3, 12, 15, 0, BUH, "Fri"), None, sent, "reschedule"),
        "Bună ziua, Alex,\n\nDin cauza unei suprapuneri în agenda managerului, am mutat "
        "interviul de joi pe vineri, 12 martie, la ora 15:00. Locația rămâne aceeași.\n\nCu "
        "scuze,\nAndreea",
    )
    s = ("Mag. Sabine Leitner", "sabine.leitner@donaustahl.example.at")
    sent = at(2027, 1, 15, 12, 0, VIE, "Fri")
    yield case(
        f,
        "at_verschiebung_jaenner",
        "de-AT",
        s,
        "Neuer Termin für Ihr Gespräch",
        sent,
        "Austrian move: 'statt Mittwoch, 20. Jänner, nun am Donnerstag, 21. Jänner, um 13:30 "
        "Uhr': 21 January 13:30; no zone.",
        wall(at(2027, 1, 21, 13, 30, VIE, "Thu"), None, sent, "reschedule"),
        "Sehr geehrte Frau Morgan,\n\naufgrund einer Terminkollision müssen wir Ihr Gespräch "
        "verlegen: statt Mittwoch, 20. Jänner, findet es nun am Donnerstag, 21. Jänner, um "
        "13:30 Uhr statt. Adresse unverändert.\n\nMit freundlichen Grüßen\nMag. Sabine "
        "Leitner",
    )


def fwd21() -> Iterator[Case]:
    f = "fwd21"
    org = ("Katrin Vogel", "k.vogel@nordlicht-logistik.example")
    sent = at(2027, 3, 8, 16, 30, BER, "Mon")
    yield fwd(
        f,
        "outlook_halb_drei_morgen",
        "outlook",
        "de",
        org,
        "Termin morgen",
        sent,
        "Bitte in den Kalender, danke!",
        "Hallo Frau Morgan,\n\nwie eben besprochen: morgen um halb drei bei uns, Ostwall 12. "
        "Bringen Sie bitte Ihre Zeugnisse mit.\n\nViele Grüße\nKatrin Vogel",
        "Outlook (de) forward; 'morgen um halb drei' is read from the forwarded Monday 8 "
        "March: Tuesday 9 March 14:30; no zone.",
        wall(at(2027, 3, 9, 14, 30, BER, "Tue"), None, sent),
    )
    org = ("Sanne de Vries", "sanne@grachtwerk.example.nl")
    sent = at(2027, 3, 10, 11, 0, AMS, "Wed")
    yield fwd(
        f,
        "gmail_kwart_over_twee",
        "gmail",
        "nl",
        org,
        "Tweede gesprek",
        sent,
        "Zet je deze erin?",
        "Hoi Alex,\n\nJe tweede gesprek staat: maandag 15 maart om kwart over twee, weer bij "
        "ons op de Keizersgracht. Je spreekt dan met onze CEO.\n\nGroet,\nSanne",
        "Gmail (nl) forward: 'maandag 15 maart om kwart over twee': 14:15; no zone.",
        wall(at(2027, 3, 15, 14, 15, AMS, "Mon"), None, sent),
    )
    org = ("Oskar Berg", "oskar.berg@norrsken-bemanning.example.se")
    sent = at(2027, 3, 11, 14, 20, STO, "Thu")
    yield fwd(
        f,
        "apple_mail_sv_torsdag",
        "apple",
        "sv",
        org,
        "Intervju hos kunden",
        sent,
        "Skickat från min iPhone",
        "Hej Alex,\n\nKunden vill träffa dig på plats torsdag 18 mars kl. 09.30 på "
        "Sveavägen 44. Räkna med en och en halv timme.\n\n/Oskar",
        "Apple Mail (sv) forward with 'Datum: 11 mars 2027 14:20:00 CET' in the block: "
        "'torsdag 18 mars kl. 09.30', 'en och en halv timme' (09:30-11:00); no zone.",
        wall(at(2027, 3, 18, 9, 30, STO, "Thu"), at(2027, 3, 18, 11, 0, STO), sent),
    )
    org = ("Agnieszka Nowak", "agnieszka.nowak@wislasoft.example.pl")
    sent = at(2027, 3, 12, 9, 15, WAW, "Fri")
    yield fwd(
        f,
        "thunderbird_pl_o_dziesiatej",
        "thunderbird",
        "pl",
        org,
        "Druga rozmowa",
        sent,
        "Do kalendarza proszę.",
        "Dzień dobry,\n\nzapraszam na drugą rozmowę w poniedziałek 22 marca o godzinie "
        "10:00, tym razem z dyrektorem działu. Rozmowa potrwa godzinę.\n\nPozdrawiam\n"
        "Agnieszka Nowak",
        "Thunderbird (pl) forward, RFC date line in the block: 'w poniedziałek 22 marca o "
        "godzinie 10:00', 'godzinę': 10:00-11:00; no zone.",
        wall(at(2027, 3, 22, 10, 0, WAW, "Mon"), at(2027, 3, 22, 11, 0, WAW), sent),
    )
    org = ("Mette Kjær", "mette.kjaer@havnelys.example.dk")
    sent = at(2027, 3, 12, 13, 40, CPH, "Fri")
    yield fwd(
        f,
        "outlook_da_html_andet_interview",
        "outlook",
        "da",
        org,
        "Anden samtale",
        sent,
        "Kan du lægge den ind?",
        "Kære Alex\n\nVi vil gerne se dig igen til en anden samtale fredag d. 19. marts kl. "
        "11.00 hos os i Aarhus.\n\nMed venlig hilsen\nMette Kjær",
        "Outlook (da) forward, HTML only: 'fredag d. 19. marts kl. 11.00'; no zone.",
        wall(at(2027, 3, 19, 11, 0, CPH, "Fri"), None, sent),
        form="html",
    )
    org = ("Kovács Eszter", "kovacs.eszter@dunapart-kft.example.hu")
    sent = at(2027, 3, 15, 10, 10, BUD, "Mon")
    yield fwd(
        f,
        "gmail_hu_szerdan_tizkor",
        "gmail",
        "hu",
        org,
        "Második forduló",
        sent,
        "Ezt kérem felvenni.",
        "Kedves Alex!\n\nA második fordulót szerdán, március 17-én 10 órakor tartjuk, a "
        "szokott helyen. Kb. másfél óra lesz.\n\nÜdvözlettel:\nKovács Eszter",
        "Gmail (hu) forward: 'szerdán, március 17-én 10 órakor'; 'kb.' gives no end; no zone.",
        wall(at(2027, 3, 17, 10, 0, BUD, "Wed"), None, sent),
    )
    org = ("Inês Carvalho", "ines.carvalho@tejo-digital.example.pt")
    sent = at(2027, 3, 16, 12, 0, LIS, "Tue")
    yield fwd(
        f,
        "gmail_pt_sexta_14h",
        "gmail",
        "pt-PT",
        org,
        "Entrevista final",
        sent,
        "Pode agendar, por favor?",
        "Olá Alex,\n\nA entrevista final fica marcada para sexta-feira, 19 de março, às "
        "14h00, por Teams, com a nossa diretora-geral.\n\nCumprimentos,\nInês Carvalho",
        "Gmail (pt-PT) forward, HTML and text: 'sexta-feira, 19 de março, às 14h00'; no zone.",
        wall(at(2027, 3, 19, 14, 0, LIS, "Fri"), None, sent),
        form="both",
    )
    org = ("Alpsoft Recruiting", "recruiting@alpsoft.example.ch")
    sent = at(2027, 3, 1, 9, 0, ZRH, "Mon")
    chk(2027, 3, 11, "Thu")
    yield fwd(
        f,
        "outlook_ch_assessment_anmeldung",
        "outlook",
        "de-CH",
        org,
        "Anmeldung Assessment-Tag",
        sent,
        "Zur Info, muss ich mich da anmelden?",
        "Grüezi\n\nAm Donnerstag, 11.03., findet ab 08.30 Uhr unser Assessment-Tag für "
        "Nachwuchskräfte statt. Bitte melden Sie sich bis Freitag, 05.03., 17.00 Uhr über "
        "das Portal an, falls Sie teilnehmen möchten.\n\nFreundliche Grüsse\nAlpsoft "
        "Recruiting",
        "Look-alike: Outlook (de-CH) forward, HTML only, of a group assessment day with a "
        "sign-up deadline; the user asks whether to register.",
        NEG,
        form="html",
    )


BUILDERS = [
    dach21,
    benelux21,
    nordic21,
    finbaltic21,
    westslav21,
    huro21,
    balkan21,
    iberian21,
    moves21,
    fwd21,
]

FIGURES = (
    "First sight (parser at main 5a1452f7, before any change for this batch; quick.py on "
    "these files only): dev text invitations 41 of 46 right (start and, where labelled, "
    "end; 36 with confidence >= 0.5), 1 of 11 dev look-alikes claimed (a German 'Wann "
    "hätten Sie nächste Woche Zeit? Bei uns ginge es am Dienstag ab 14 Uhr ...' ask, 0.54); "
    "held out 14 of 18 right (14 sure), 0 of 4 look-alikes claimed; no calendar parts. Dev "
    "misses: Polish 'o wpół do trzeciej', Czech 'v půl třetí' and Slovak 'o pol tretej' "
    "(no time read), Romanian 'ora 14 și jumătate' (read as 14:00, sure), Polish 'we "
    "wtorek 16.03 o 14-ej' (read as 16:03). After the batch's rules: dev 46 of 46 right "
    "(42 sure), 0 of 11 claimed; held out unchanged (14/18, 14 sure; 0/4). Whole corpus "
    "(quick.py, batch included): dev text 1873 -> 1878 of 1897, sure 1658 -> 1664, false "
    "claims 13 -> 12 of 1479; held out text 846/905 unchanged, sure 703 -> 705, false "
    "claims 60/673 unchanged; shared and fixtures unchanged; cmp.py lists no BROKE line. "
    "Left unsure in dev: a terse German forward ('morgen um halb drei bei uns'), a "
    "Hungarian 'A második fordulót ... 10 órakor tartjuk' and a Romanian 'ne vedem mâine "
    "la ora 11' (no word for a meeting; 'várjuk' and 'ne vedem' also open events and chats, "
    "so no rule). After merging main f4176e84: this batch unchanged (dev 46/46, 42 sure, "
    "0/11; held out 14/18, 14 sure, 0/4); whole corpus dev text 1888/1907, 1674 sure, "
    "13/1526 claimed; held out 849/908, 708 sure, 61/690 claimed; `pytest tests/parsing` "
    "13537 passed."
)
RULES = """## Rules and their sources

- Polish, Czech and Slovak half hours named by the coming hour's ordinal (`word_clocks.py`):
  'wpół do trzeciej', 'v půl třetí' (after v/ve/o/od/do/kolem/před), 'o pol tretej' (after
  o/okolo/od/do/pred) are 2:30, and Polish 'kwadrans po ósmej' 8:15; the hour stays on the
  12-hour dial like 'halb drei'. Sources: this batch's `westslav21` (pl, cs, sk) and public
  text: a Polish assistant's date-format notes ('wpół do ósmej (7:30)'), clock-reading
  tables ('wpół do dziewiątej' = 8:30, 'kwadrans po ósmej' = 8:15, 'Pol deviatej' = 8:30,
  'Půl deváté' = 8:30), a Czech normaliser's examples ('schůzka je v půl čtvrté odpoledne
  -> v 15:30') and a Czech date-parser's tests ('v půl jedenácté' = 10:30).
- Romanian 'ora 14 și jumătate', 'la trei și jumătate', 'și un sfert', 'fără un sfert'
  (`word_clocks.py`; the digits 13-23 too, as Romanian writes the 24-hour hour before
  'și jumătate'). Sources: this batch's `huro21` and public text (a reminder parser's
  Romanian clock-time rules 'la 3 și jumătate', test phrases 'Raport până la 2 și
  jumătate', 'Ședința începe la ora trei și jumătate').
- The ordinal hour 'o 14-ej', 'o 9-tej' (`word_clocks.py`), only after 'o'/'około' and
  before the end of the clause or a short word, since 'po 10-tej iteracji' counts. Sources:
  corpus `bgslovak` ('zajtrajší pohovor o 9-tej') and this batch's `westslav21` (pl).
- A dotted clock before 'or' must have minutes a slot is set at (`lexicon.py`,
  `_ALTERNATIVES_WORDS`): 'we wtorek 16.03 o 14-ej' is a day and month before the Polish
  'o' (at), not '16:03 or 14'. Sources: this batch's `westslav21` and public text ('Dzieci
  na czwartek 12.03 o 14:00').
- German 'bei uns/mir ginge (es)' and 'bei mir würde es' name the writer's own window
  (`lookalikes.py`, `OWN_AVAILABILITY_CUES`), so beside 'Wann hätten Sie ... Zeit?' nothing
  is booked. Sources: corpus `dachp16` ('Bei uns ginge Di vormittags oder Do ab 14 Uhr') and
  `kmudach` ('Bei uns ginge z.B. Di 16.2. zwischen 9 und 11 Uhr'), this batch's `dach21`.
- German 'komm(en Sie) doch ... vorbei' asks the reader in (`lexicon.py`,
  `_INVITATION_WORDS`, beside the Nordic 'kan du komme forbi'); the open house's 'komm
  einfach ... vorbei' does not. Sources: public text ('Dann kommen Sie doch am Mittwoch um
  15 Uhr vorbei' in an employer-applicant dialogue, 'Kommen Sie doch am Donnerstag auf
  einen Kaffee vorbei') and this batch's `dach21` (de-AT).
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose18 batch (`build_prose18.py`)",
        "",
        "Interview invitations, moves, cancellations, confirmations and look-alikes typed by "
        "HR staff, hiring managers, agency recruiters and founders in German (de-DE, de-AT, "
        "de-CH), Dutch and Flemish, Danish, Swedish, Norwegian, Icelandic, Finnish, "
        "Estonian, Latvian, Lithuanian, Polish, Czech, Slovak, Hungarian, Romanian, "
        "Croatian, Serbian, Slovenian, Bulgarian, Greek, European Portuguese, Catalan, "
        "Basque and Galician, with no calendar part. All text is ours; people, companies, "
        "addresses and links are made up; no product template is rendered. Forward header "
        "blocks (Outlook de/de-CH/da, Gmail nl/hu/pt-PT, Apple Mail sv, Thunderbird pl) are "
        "written from memory of those clients. Every label was written from the datetimes "
        "the text is rendered from, before the parser was run on the message. A zone word "
        "that names one zone ('norsk tid', 'svensk tid', 'Suomen aikaa', 'czasu polskiego', "
        "'ora României') is labelled with that IANA zone; MEZ/MESZ with the instant only; no "
        "zone word means wall time (tz_stated false). Clock words are read as the afternoon "
        "where a working day makes that the only sense ('halb drei' = 14:30, 'half vier' = "
        "15:30, 'dreiviertel vier' = 15:45, 'a dos quarts d'onze' = 10:30). Loose lengths "
        "('ca.', 'ongeveer', 'kb.') give no end; stated ones do. Moves are labelled with the "
        "new slot, cancellations with the cancelled one.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose18.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        RULES,
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose18.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
