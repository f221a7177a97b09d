# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks60" batch: mail a job seeker really receives that carries a date, a time
and interview-like or appointment words ('audition', 'Gespräch', 'entretien', 'colloquio',
'cita', 'rendez-vous', '面談') and sets no job interview for the reader, beside controls that
do: amateur choir, orchestra and theatre auditions and sports-club trials, a child's nursery or
kindergarten admission talk, notary, conveyancing, mortgage and valuation appointments when
buying a home, the reader's own tax-office, pension and benefit-office appointments, hospital
pre-operative assessments and anaesthesia consultations, animal-shelter adoption talks,
dog-school intakes and vet visits, baptism, confirmation and funeral preparation talks, and
dating-app and speed-dating dates. Shapes: plain text, HTML only, multipart, forwards (Gmail,
Outlook, Apple Mail headers in the forwarder's language), replies quoting earlier mail,
calendar REQUEST and PUBLISH. Languages: en-GB, en-US, de, fr, es, it, nl, pl, sv, pt-BR, ja,
ko, zh, tr. Controls in every family: the reader's own job interview worded close to the
look-alikes (a theatre's box-office manager, an early-years educator, a notary's clerk, a tax
officer, a pre-assessment nurse, a vet nurse, a parish secretary or funeral arranger, a dating
app's moderator).

Run: .venv/bin/python tests/parsing/corpus/build_looks60.py

All text is ours (written by hand, no template copied); people, companies and addresses are
made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. Held-out families drawn by
`random.Random("looks60 coin").sample(sorted(FAMILIES), 2)` before anything was written:
dating60, nursery60. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import html
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


pp = _load("build_parse_pos", "build_parse-pos.py")
cn = _load("build_calneg50", "build_calneg50.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
OURS = "hand-written, no template; client forward and reply shapes recalled"
LIC = "text ours"

FAMILIES = {
    "audition60": "Amateur choir, orchestra and theatre auditions and sports-club trials, "
    "all unpaid ('Vorsingen', 'audition', 'provino', 'auditie', 'provsjungning', 'trials', "
    "'przesłuchanie'), two as calendar items; controls: the reader's own job interview for a "
    "paid staff post at a theatre, an orchestra or a club (box office, stage crew, club "
    "administration), never a paid performing role.",
    "nursery60": "A child's nursery, kindergarten or school admission talk ('Aufnahmegespräch', "
    "'entretien d'inscription', 'intakegesprek', 'colloquio di inserimento', '入園面接'), two "
    "as calendar items; controls: the reader's own job interview as an early-years educator "
    "(held out).",
    "notary60": "Buying a home: notary signing appointments ('Beurkundungstermin', 'signature "
    "de l'acte', 'rogito', 'firma ante notario', 'passeren bij de notaris'), a conveyancing "
    "solicitor's and a mortgage adviser's meetings, an estate agent's valuation visit, two as "
    "calendar items; controls: the reader's own job interview as a notary's clerk, a "
    "conveyancing paralegal or a mortgage adviser.",
    "taxoffice60": "The reader's own tax-office, pension and benefit-office appointments "
    "('Termin beim Finanzamt', 'Rentenberatung', 'rendez-vous au centre des finances "
    "publiques', 'cita previa', 'Försäkringskassan', 'perícia do INSS', 'pension review "
    "interview'), two as calendar items; controls: the reader's own job interview at a tax "
    "office or a pension fund.",
    "preop60": "Hospital pre-operative assessments and anaesthesia consultations "
    "('pre-operative assessment', 'Prämedikationsgespräch', 'consultation d'anesthésie', "
    "'visita anestesiologica', '術前面談', '마취 상담'), two as calendar items; controls: the "
    "reader's own job interview as a pre-assessment nurse or anaesthesia assistant.",
    "petcare60": "Animal-shelter adoption talks, dog-school intakes, vet consultations and a "
    "pet sitter's meet-and-greet ('Kennenlerntermin Tierheim', 'entretien d'adoption', "
    "'colloquio pre-affido', 'intakegesprek hondenschool', 'wizyta przedadopcyjna'), two as "
    "calendar items; controls: the reader's own job interview as a vet nurse, animal carer or "
    "dog trainer.",
    "rites60": "Baptism, confirmation, first-communion and funeral preparation talks "
    "('Taufgespräch', 'rencontre de préparation au baptême', 'colloquio con il parroco', "
    "'arrangement meeting', 'voorbereidingsgesprek uitvaart'), two as calendar items; "
    "controls: the reader's own job interview as a parish secretary, funeral arranger or "
    "sexton.",
    "dating60": "Dating-app matches and speed-dating evenings with a date at a fixed time "
    "('date', 'rendez-vous', 'cita', 'appuntamento', 'Date'), a matchmaker's intake interview, "
    "two as calendar items; controls: the reader's own job interview at a dating-app company "
    "(held out).",
}
HELD = frozenset(random.Random("looks60 coin").sample(sorted(FAMILIES), 2))
assert frozenset({"nursery60", "dating60"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "pt-BR": "America/Sao_Paulo",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
    "tr": "Europe/Istanbul",
}
# Monday 8 March 2027, 09:15 local: when the text mails are sent; forwarded originals are of
# Friday 5 March. US clocks change on 14 March, Europe's on 28 March (after every slot).
SENT = (2027, 3, 8, 9, 15)
Slot = tuple[int, int, int, int, int]
T9: Slot = (2027, 3, 9, 14, 0)
W10: Slot = (2027, 3, 10, 10, 0)
H11: Slot = (2027, 3, 11, 15, 30)
F12: Slot = (2027, 3, 12, 11, 0)
S13: Slot = (2027, 3, 13, 9, 0)
M15: Slot = (2027, 3, 15, 9, 0)
T16: Slot = (2027, 3, 16, 10, 30)
W17: Slot = (2027, 3, 17, 14, 0)
H18: Slot = (2027, 3, 18, 15, 0)
for _slot, _day in [
    (SENT, "Mon"),
    ((2027, 3, 5, 0, 0), "Fri"),
    ((2027, 3, 14, 0, 0), "Sun"),
    (T9, "Tue"),
    (W10, "Wed"),
    (H11, "Thu"),
    (F12, "Fri"),
    (S13, "Sat"),
    (M15, "Mon"),
    (T16, "Tue"),
    (W17, "Wed"),
    (H18, "Thu"),
]:
    assert datetime(*_slot).strftime("%a") == _day, _slot


def html_of(text: str) -> str:
    paras = "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>\n"
        for p in text.split("\n\n")
    )
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n{paras}</body></html>'
    )


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
    """One mail. With `slot` the reader's own job interview at that wall time (no zone
    stated), labelled an invitation (with its end when the text gives a length); without it a
    look-alike, labelled not_invitation. `shape`: text, html (HTML only) or alt (both).
    `fwd`: the reader forwards the mail to Afterview; the body holds the client's header block
    and the value is the forwarded mail's From address. `reply`: the mail answers an earlier
    one (In-Reply-To), its quote written in the body."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"looks60 {fam} {lang} {name}"
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
    kind: str,
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
    """One calendar mail (REQUEST with the reader as a required ATTENDEE beside `others`, or a
    PUBLISH without attendees); the label follows from the datetimes (a look-alike carries no
    slot)."""
    zone = ZONE[lang]
    start = datetime(*slot, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(fam, name, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)] if method == "REQUEST" else []
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc="", loc=loc)
    ics = cn.vcal(cn.PROD.get(prod, prod), method, [*cn.vtz(zone, start.year), *ev])
    c = cn.C(
        fam, name, lang, kind, org, subject, body, ics, sent, start, end, zone=zone,
        mode="alt", note=note,
    )  # fmt: skip
    if kind != "not_invitation":
        c.uid, c.seq, c.method = uid, 0, method
    c.ct_method = method
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@looks60.example>")
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, cn.label(c), lang, note, OURS, LIC))


GMAIL_EN = "---------- Forwarded message ---------\nFrom: {who}\nDate: Fri, Mar 5, 2027 at 4:12 PM\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_ES = "---------- Forwarded message ---------\nDe: {who}\nDate: vie, 5 mar 2027 a las 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_IT = "---------- Forwarded message ---------\nDa: {who}\nDate: ven 5 mar 2027 alle ore 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_NL = "---------- Doorgestuurd bericht ---------\nVan: {who}\nDate: vr 5 mrt 2027 om 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
OUTLOOK_EN = "________________________________\nFrom: {who}\nSent: Friday, March 5, 2027 4:12 PM\nTo: Alex Morgan <alex.morgan@mailbox.example>\nSubject: {subj}\n\n"
OUTLOOK_FR = "________________________________\nDe : {who}\nEnvoyé : vendredi 5 mars 2027 16:12\nÀ : Alex Morgan <alex.morgan@mailbox.example>\nObjet : {subj}\n\n"
OUTLOOK_NL = "________________________________\nVan: {who}\nVerzonden: vrijdag 5 maart 2027 16:12\nAan: Alex Morgan <alex.morgan@mailbox.example>\nOnderwerp: {subj}\n\n"
APPLE_FR = "Début du message réexpédié :\n\nDe: {who}\nObjet: {subj}\nDate: 5 mars 2027 à 16:12:08 UTC+1\nÀ: Alex Morgan <alex.morgan@mailbox.example>\n\n"

GMAIL_DE = "---------- Weitergeleitete Nachricht ---------\nVon: {who}\nDate: Fr., 5. März 2027 um 16:12 Uhr\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_PT = "---------- Forwarded message ---------\nDe: {who}\nDate: sex., 5 de mar. de 2027 às 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
OUTLOOK_DE = "________________________________\nVon: {who}\nGesendet: Freitag, 5. März 2027 16:12\nAn: Alex Morgan <alex.morgan@mailbox.example>\nBetreff: {subj}\n\n"
OUTLOOK_ES = "________________________________\nDe: {who}\nEnviado: viernes, 5 de marzo de 2027 16:12\nPara: Alex Morgan <alex.morgan@mailbox.example>\nAsunto: {subj}\n\n"
APPLE_EN = "Begin forwarded message:\n\nFrom: {who}\nSubject: {subj}\nDate: March 5, 2027 at 4:12:08 PM GMT\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n"
APPLE_IT = "Inizio messaggio inoltrato:\n\nDa: {who}\nOggetto: {subj}\nData: 5 marzo 2027, 16:12:08 CET\nA: Alex Morgan <alex.morgan@mailbox.example>\n\n"


def fwd_body(note: str, header: str, sender: tuple[str, str], subj: str, body: str) -> str:
    return note + "\n\n" + header.format(who=f"{sender[0]} <{sender[1]}>", subj=subj) + body


# --- audition60 ---------------------------------------------------------------------------------
def audition() -> None:
    f = "audition60"
    neg = "An unpaid audition or trial for an amateur choir, orchestra, theatre group or club at a fixed time: nobody hires the reader."
    ctl = "The reader's own job interview for a paid staff post at a theatre, orchestra or club, worded like the audition mails (control)."
    add(
        f, "en-GB", "choir_audition_slot", ("Harrogate Choral Society", "membership@harrogatechoral.example.org.uk"),
        "Your audition for Harrogate Choral Society",
        "Dear Alex,\n\nThank you for your interest in joining the Society. We'd be delighted to hear you sing.\n\nYour audition: Tuesday 9 March 2027 at 14:00\nWhere: St Peter's Church Hall, Cambridge Road, Harrogate\nWith: our Musical Director, Helen Oakes, and the section leader for the altos\n\nPlease prepare a short piece of your choice (two minutes is plenty). Helen will also do some simple sight-reading and aural tests with you. It's all very friendly, and nobody expects a professional singer.\n\nMembership is £45 a term; the first rehearsal is free.\n\nBest wishes,\nMargaret Hall\nMembership Secretary",
        neg,
    )  # fmt: skip
    add(
        f, "de", "vorsingen_kammerchor", ("Kammerchor Lindenau e. V.", "vorstand@kammerchor-lindenau.example.de"),
        "Einladung zum Vorsingen",
        "Liebe Alex,\n\nschön, dass Du bei uns mitsingen möchtest! Wir laden Dich herzlich zum Vorsingen ein:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nGemeindehaus der Nathanaelkirche, Rietschelstraße 4, Leipzig\n\nDas Vorsingen dauert etwa 20 Minuten. Bring bitte ein Lied Deiner Wahl mit; außerdem singen wir ein paar Tonleitern und machen einen kleinen Blattsingtest. Danach gibt es noch ein kurzes Gespräch mit unserem Chorleiter.\n\nDer Chor ist ein eingetragener Verein; der Mitgliedsbeitrag beträgt 8 € im Monat.\n\nViele Grüße\nJohanna Vogt\nfür den Vorstand",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "audition_troupe_amateur", ("Les Tréteaux du Vieux-Port", "contact@treteaux-vieuxport.example.fr"),
        "Audition pour notre prochain spectacle",
        "Bonjour Alex,\n\nMerci pour ta candidature ! Notre troupe amateur prépare « Le Dindon » de Feydeau pour juin, et nous serions ravis de t'entendre.\n\nAudition : jeudi 11 mars 2027 à 15h30\nLieu : salle des fêtes, 12 rue Sainte, 13001 Marseille\n\nPrépare une scène courte (3 minutes maximum). La metteuse en scène te fera ensuite passer un petit entretien sur tes disponibilités : nous répétons le mardi et le jeudi soir.\n\nLa troupe est bénévole, il n'y a ni cachet ni cotisation pour la saison.\n\nÀ bientôt,\nSophie Garnier, présidente",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "en-US", "soccer_club_tryout", ("Riverside United FC", "coaches@riversideunited.example.com"),
        "Spring tryouts - adult rec league",
        "Hi Alex,\n\nThanks for signing up for tryouts for our adult recreational team this spring.\n\nTryout: Saturday, March 13, 9:00 AM\nField: Riverside Park, Field 3 (next to the tennis courts)\n\nBring cleats, shin guards, water and both a light and a dark shirt. We'll run some drills and a scrimmage, and Coach Dave will have a quick chat with everyone afterwards about positions.\n\nSeason fee is $120 and covers referees and field rental.\n\nSee you on the field,\nRiverside United FC",
        neg,
    )  # fmt: skip
    sender = ("Orchestra Amatoriale Ticino", "segreteria@orchestraticino.example.it")
    add(
        f, "it", "fwd_apple_provino_orchestra", ME,
        "I: Convocazione provino violini",
        fwd_body(
            "Ecco il provino per l'orchestra, mettilo nel calendario ma non è un colloquio di lavoro 🙂", APPLE_IT, sender, "Convocazione provino violini",
            "Gentile Alex,\n\nLa aspettiamo per il provino per la sezione dei secondi violini lunedì 15 marzo 2027 alle ore 9:00, presso la Sala Polivalente di via Roma 22, Pavia.\n\nPrepari un brano a scelta e il passo orchestrale allegato. Il provino è seguito da un breve colloquio con il direttore.\n\nRicordiamo che l'orchestra è amatoriale e che la partecipazione è a titolo gratuito.\n\nCordiali saluti,\nLa segreteria",
        ),
        "The reader forwards an amateur orchestra's audition, saying it is no job interview: not an invitation.",
        fwd="segreteria@orchestraticino.example.it",
    )  # fmt: skip
    add(
        f, "nl", "reply_auditie_musicalvereniging", ("Musicalvereniging De Spotlight", "auditie@despotlight.example.nl"),
        "Re: Auditie voorjaarsproductie",
        "Hoi Alex,\n\nPrima, dan zetten we je op dinsdag 16 maart om 10.30 uur voor de auditie, in ons repetitielokaal aan de Havenstraat 8 in Amersfoort. Je zingt één lied en leest een kort stukje tekst; daarna volgt een kort gesprek met de regisseur.\n\nTot dan!\nLisa van Dam\nProductieteam De Spotlight\n\nOp 5 mrt 2027 om 16:12 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Hoi Lisa, zaterdag lukt me helaas niet. Kan ik op dinsdagochtend langskomen? Groet, Alex",
        "An amateur musical society agrees the reader's time for an audition: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "pl", "przesluchanie_chor_amatorski", ("Chór Akademicki Cantores", "zarzad@cantores.example.pl"),
        "Zaproszenie na przesłuchanie",
        "Cześć Alex,\n\ndziękujemy za zgłoszenie! Zapraszamy na przesłuchanie do chóru w środę 17 marca 2027 r. o godz. 14:00, sala 105, Dom Kultury Zacisze, ul. Lidzbarska 2, Warszawa.\n\nPrzesłuchanie trwa ok. 15 minut: krótka rozgrzewka, piosenka dowolna i sprawdzenie słuchu. Chór jest amatorski, nie wymagamy wykształcenia muzycznego.\n\nDo zobaczenia,\nZarząd Chóru Cantores",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-GB", "outlook_rugby_trials", "not_invitation", "outlookmac", "Open trials - Thornbury RFC 2nd XV", H18, 120,
        ("Thornbury RFC", "fixtures@thornburyrfc.example.org.uk"), "Open trials - Thornbury RFC 2nd XV",
        "Hi all,\n\nOpen trials for the 2nd XV and the social side. Boots and gumshield please. Subs are £60 for the season.\n\nThornbury RFC",
        [("Ben Carter", "ben.carter@mailbox.example")], "A rugby club's calendar REQUEST for open trials: not a job interview.", loc="Thornbury RFC, Rockhampton Road pitch",
    )  # fmt: skip
    cal(
        f, "sv", "publish_provsjungning", "not_invitation", "laget", "Provsjungning – Gospelkören Ljus", W17, 60,
        ("Gospelkören Ljus", "info@gospelkorenljus.example.se"), "Provsjungning – Gospelkören Ljus",
        "Hej!\n\nVälkommen till provsjungning för nya medlemmar. Ta med en sång du tycker om. Kören är ideell.\n\nGospelkören Ljus",
        [], "An amateur gospel choir's calendar PUBLISH for auditions: not a job interview.", method="PUBLISH", loc="Sofiakyrkan, Stockholm",
    )  # fmt: skip
    add(
        f, "en-GB", "control_box_office_manager", ("Harrogate Playhouse", "jobs@harrogateplayhouse.example.org.uk"),
        "Interview: Box Office Manager",
        "Dear Alex,\n\nThank you for applying for the post of Box Office Manager (permanent, full time, £29,500). We'd like to invite you to interview:\n\nThursday 11 March 2027 at 15:30\nHarrogate Playhouse, Oxford Street, Harrogate\n\nThe panel will be our General Manager and the Head of Front of House. The interview lasts 45 minutes and includes a short exercise on the ticketing system. Please bring proof of your right to work in the UK.\n\nBest wishes,\nHuman Resources, Harrogate Playhouse",
        ctl, slot=H11, minutes=45,
    )  # fmt: skip
    add(
        f, "de", "control_buehnentechnik", ("Theater Lindenau gGmbH", "personal@theater-lindenau.example.de"),
        "Ihre Bewerbung als Bühnentechniker/in – Einladung zum Vorstellungsgespräch",
        "Liebe/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Bühnentechniker/in (Vollzeit, TV-L). Wir möchten Sie gern kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nDienstag, 16.03.2027, 10:30 Uhr\nTheater Lindenau, Bühneneingang, Karl-Heine-Straße 50, Leipzig\n\nIhre Gesprächspartner sind unser Technischer Direktor und die Bühnenmeisterin. Im Anschluss zeigen wir Ihnen die Bühne.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ctl, slot=T16, shape="alt",
    )  # fmt: skip
    sender = ("Orchestra Sinfonica di Pavia", "risorse.umane@sinfonicapavia.example.it")
    add(
        f, "it", "control_fwd_gmail_ispettore", ME,
        "Fwd: Colloquio per la posizione di ispettore d'orchestra",
        fwd_body(
            "Questo invece è il colloquio vero!", GMAIL_IT, sender, "Colloquio per la posizione di ispettore d'orchestra",
            "Gentile Alex Morgan,\n\nLa ringraziamo per la candidatura alla posizione di ispettore d'orchestra (contratto a tempo indeterminato). La invitiamo a un colloquio conoscitivo venerdì 12 marzo 2027 alle ore 11:00 presso la nostra sede, piazza Vittoria 1, Pavia.\n\nIncontrerà il direttore artistico e la responsabile del personale.\n\nCordiali saluti,\nUfficio Risorse Umane",
        ),
        ctl, slot=F12, fwd="risorse.umane@sinfonicapavia.example.it",
    )  # fmt: skip
    add(
        f, "en-US", "control_club_administrator", ("Riverside United FC", "hr@riversideunited.example.com"),
        "Interview for Club Administrator (paid, part-time)",
        "Hi Alex,\n\nThanks for applying for our paid part-time Club Administrator role (20 hours a week, $22/hour). We'd like to interview you on Wednesday, March 10 at 10:00 AM at the clubhouse, 400 Riverside Drive.\n\nYou'll meet our club president and treasurer. It should take about half an hour.\n\nBest,\nTom Alvarez\nRiverside United FC",
        ctl, slot=W10, shape="html",
    )  # fmt: skip


# --- nursery60 (held out) -----------------------------------------------------------------------
def nursery() -> None:
    f = "nursery60"
    neg = "An admission or intake talk for the reader's child at a nursery, kindergarten or school: the child's place, not a job interview."
    ctl = "The reader's own job interview as an early-years educator, worded like the admission mails (control)."
    add(
        f, "de", "kita_aufnahmegespraech", ("Kita Sonnenblume", "leitung@kita-sonnenblume.example.de"),
        "Einladung zum Aufnahmegespräch für Mila",
        "Liebe Familie Morgan,\n\nwir freuen uns, Ihnen für Mila ab August 2027 einen Platz in unserer Krippengruppe anbieten zu können. Gern laden wir Sie zu einem Aufnahmegespräch ein:\n\nDienstag, 09.03.2027, 14:00 Uhr\nKita Sonnenblume, Lindenallee 12, Hannover\n\nIm Gespräch lernen wir Mila kennen, besprechen die Eingewöhnung und den Betreuungsvertrag. Bitte bringen Sie das Impfbuch und die U-Hefte mit.\n\nHerzliche Grüße\nAnke Reuter, Kitaleitung",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "creche_entretien_inscription", ("Crèche Les Petits Pas", "direction@lespetitspas.example.fr"),
        "Entretien d'inscription – crèche Les Petits Pas",
        "Bonjour Madame, Monsieur,\n\nSuite à la commission d'attribution, une place est proposée à votre enfant Léon à partir de septembre. Nous vous recevrons pour l'entretien d'inscription le mercredi 10 mars 2027 à 10h00, à la crèche (8 rue des Lilas, 35000 Rennes).\n\nMerci d'apporter le carnet de santé, un justificatif de domicile et votre dernier avis d'imposition.\n\nCordialement,\nLa directrice, Mme Leclerc",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "en-GB", "reception_place_visit", ("Meadowbank Primary School", "office@meadowbank.example.sch.uk"),
        "Welcome meeting for new Reception families",
        "Dear Parent/Carer,\n\nWe're delighted that Oliver will be joining Reception in September. Mrs Patel, our Early Years Lead, would like to meet you and Oliver for a short admission meeting on Thursday 11 March 2027 at 15:30 in the Reception classroom.\n\nShe'll ask a few questions about Oliver's interests, health and any needs so we can plan his start.\n\nKind regards,\nSchool Office",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "intakegesprek_kinderopvang", ("Kinderopvang Het Speelhuis", "planning@hetspeelhuis.example.nl"),
        "Intakegesprek kinderdagverblijf",
        "Beste Alex,\n\nWat leuk dat Noor bij ons komt! We nodigen je uit voor het intakegesprek op vrijdag 12 maart 2027 om 11.00 uur op de locatie Oosterpark. Je spreekt met Noors vaste pedagogisch medewerker; het gesprek duurt ongeveer drie kwartier.\n\nGroetjes,\nTeam Het Speelhuis",
        neg,
    )  # fmt: skip
    sender = ("Scuola dell'Infanzia Arcobaleno", "segreteria@infanzia-arcobaleno.example.it")
    add(
        f, "it", "fwd_gmail_colloquio_inserimento", ME,
        "Fwd: Colloquio conoscitivo per l'inserimento",
        fwd_body(
            "Il colloquio per la materna di Giulia, ci vai tu?", GMAIL_IT, sender, "Colloquio conoscitivo per l'inserimento",
            "Gentili genitori,\n\nin vista dell'inserimento di Giulia a settembre, vi aspettiamo per un colloquio conoscitivo con le insegnanti sabato 13 marzo 2027 alle ore 9:00, in via Manzoni 5, Monza.\n\nCordiali saluti,\nLa coordinatrice",
        ),
        "The reader forwards a kindergarten's talk about the child's start: not a job interview.",
        fwd="segreteria@infanzia-arcobaleno.example.it",
    )  # fmt: skip
    add(
        f, "ja", "nyuuen_mensetsu", ("さくら幼稚園", "jimu@sakura-youchien.example.jp"),
        "【さくら幼稚園】入園面接のご案内",
        "モーガン様\n\nこのたびは願書をご提出いただきありがとうございました。\n\n入園面接を下記のとおり行います。\n\n日時：3月15日(月) 9時\n場所：さくら幼稚園 ホール\n\nお子様と保護者の方でお越しください。上履きをご持参ください。\n\nさくら幼稚園 事務室",
        neg,
    )  # fmt: skip
    add(
        f, "es", "reply_entrevista_escuela_infantil", ("Escuela Infantil Los Almendros", "secretaria@losalmendros.example.es"),
        "RE: Entrevista de acogida",
        "Hola, Alex:\n\nPerfecto, os esperamos el martes 16 de marzo a las 10:30 para la entrevista de acogida de Lucas, con su futura tutora.\n\nUn saludo,\nMarta, secretaría\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> Hola, ¿podríamos ir el martes por la mañana? Gracias, Alex",
        "A nursery agrees the parents' time for the child's intake talk: not a job interview.",
        reply=True,
    )  # fmt: skip
    cal(
        f, "en-US", "google_preschool_interview", "not_invitation", "google", "Preschool family interview - Maya Morgan", W17, 30,
        ("Little Oaks Preschool", "admissions@littleoaks.example.com"), "Invitation: Preschool family interview - Maya Morgan @ Wed Mar 17, 2027 2pm - 2:30pm (EDT)",
        "Hello,\n\nWe look forward to meeting Maya and your family for her admissions interview and play visit.\n\nLittle Oaks Preschool",
        [], "A preschool's calendar REQUEST for a child's admissions interview: not a job interview.", loc="Little Oaks Preschool, 12 Elm St, Montclair",
    )  # fmt: skip
    cal(
        f, "sv", "publish_inskolningssamtal", "not_invitation", "laget", "Inskolningssamtal – förskolan Humlan", H18, 45,
        ("Förskolan Humlan", "humlan@forskola.example.se"), "Inskolningssamtal – förskolan Humlan",
        "Hej!\n\nVälkommen till inskolningssamtal inför ert barns start hos oss.\n\nFörskolan Humlan",
        [], "A preschool's calendar PUBLISH for a settling-in talk: not a job interview.", method="PUBLISH", loc="Förskolan Humlan, Göteborg",
    )  # fmt: skip
    add(
        f, "de", "control_erzieherin", ("Kita Sonnenblume", "bewerbung@kita-sonnenblume.example.de"),
        "Einladung zum Vorstellungsgespräch – Erzieher/in Krippe",
        "Liebe/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Erzieher/in in unserer Krippengruppe. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nKita Sonnenblume, Lindenallee 12, Hannover\n\nIm Anschluss hospitieren Sie eine Stunde in der Gruppe.\n\nHerzliche Grüße\nAnke Reuter, Kitaleitung",
        ctl, slot=W10,
    )  # fmt: skip
    add(
        f, "fr", "control_auxiliaire_puericulture", ("Crèche Les Petits Pas", "recrutement@lespetitspas.example.fr"),
        "Entretien d'embauche – auxiliaire de puériculture",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste d'auxiliaire de puériculture (CDI). Nous vous proposons un entretien d'embauche le vendredi 12 mars 2027 à 11h00 à la crèche, 8 rue des Lilas, Rennes, avec la directrice et l'éducatrice de jeunes enfants. L'entretien dure 30 minutes.\n\nCordialement,\nMme Leclerc",
        ctl, slot=F12, minutes=30, shape="alt",
    )  # fmt: skip
    sender = ("Meadowbank Primary School", "hr@meadowbank.example.sch.uk")
    add(
        f, "en-GB", "control_fwd_outlook_early_years", ME,
        "FW: Interview - Early Years Practitioner",
        fwd_body(
            "Interview details below.", OUTLOOK_EN, sender, "Interview - Early Years Practitioner",
            "Dear Alex,\n\nThank you for applying for the Early Years Practitioner post. We would like to invite you to interview on Tuesday 16 March 2027 at 10:30 at the school. You will meet our Headteacher and Mrs Patel, our Early Years Lead, and spend 20 minutes with the Reception children beforehand.\n\nKind regards,\nSchool Business Manager",
        ),
        ctl, slot=T16, fwd="hr@meadowbank.example.sch.uk",
    )  # fmt: skip
    add(
        f, "ja", "control_hoikushi_mensetsu", ("さくら保育園 採用担当", "saiyou@sakura-hoikuen.example.jp"),
        "【さくら保育園】採用面接のご案内",
        "Alex Morgan 様\n\nこのたびは保育士の求人にご応募いただきありがとうございます。\n\n採用面接を下記のとおり行います。\n\n日時：3月18日(木) 15時\n場所：さくら保育園 事務室\n\n履歴書をご持参ください。\n\nさくら保育園 採用担当",
        ctl, slot=H18,
    )  # fmt: skip


# --- notary60 -----------------------------------------------------------------------------------
def notary() -> None:
    f = "notary60"
    neg = "A notary, conveyancer, mortgage or estate-agent appointment about the reader's home purchase: not a job interview."
    ctl = "The reader's own job interview at a notary's office, a conveyancer or a mortgage broker (control)."
    add(
        f, "de", "beurkundungstermin_kaufvertrag", ("Notariat Dr. Weber & Kollegen", "sekretariat@notariat-weber.example.de"),
        "Beurkundungstermin Kaufvertrag ETW Lindenstraße 8",
        "Sehr geehrte/r Alex Morgan,\n\nin der Grundstücksangelegenheit Lindenstraße 8, Wohnung Nr. 3, teilen wir Ihnen den vereinbarten Beurkundungstermin mit:\n\nDienstag, 09.03.2027, 14:00 Uhr\nNotariat Dr. Weber, Königstraße 21, Stuttgart\n\nDen Entwurf des Kaufvertrags haben Sie vorab erhalten. Bitte bringen Sie Ihren gültigen Personalausweis und Ihre Steuer-Identifikationsnummer mit. Für Fragen zum Entwurf steht Ihnen Herr Dr. Weber vor dem Termin in einem kurzen Gespräch zur Verfügung.\n\nMit freundlichen Grüßen\nSandra Kuhn, Notarfachangestellte",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "signature_acte_notaire", ("Office notarial Lambert", "accueil@notaires-lambert.example.fr"),
        "Rendez-vous de signature de l'acte authentique",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous confirmer le rendez-vous de signature de l'acte de vente de votre appartement, 14 rue Victor Hugo à Lille :\n\nmercredi 10 mars 2027 à 10h00\nen notre étude, 3 place du Général de Gaulle, Lille\n\nMerci de vous munir d'une pièce d'identité en cours de validité et de vérifier que les fonds ont bien été virés sur le compte de l'étude.\n\nMaître Claire Lambert, notaire",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "en-GB", "conveyancing_meeting", ("Hartley & Rowe Solicitors", "conveyancing@hartleyrowe.example.co.uk"),
        "Your purchase of 27 Ashgrove Road - meeting to sign",
        "Dear Alex,\n\nWe have now received the mortgage offer and the search results for 27 Ashgrove Road. Please come in to go through the contract and the TR1 transfer and sign them:\n\nThursday 11 March 2027, 15:30\nHartley & Rowe, 5 Queen Street, Bristol\n\nThe meeting will take about an hour. Please bring your passport and a recent utility bill for our ID checks.\n\nKind regards,\nEmma Rowe, Senior Conveyancer",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "en-US", "mortgage_consultation", ("Keystone Home Lending", "team@keystonehomelending.example.com"),
        "Your mortgage consultation is booked",
        "Hi Alex,\n\nThanks for booking a consultation with your loan officer, Priya Shah.\n\nWhen: Friday, March 12, 11:00 AM\nWhere: Phone call (Priya will call you at the number on file)\n\nPriya will review your pre-approval, talk through rate options and answer your questions about closing. Have your last two pay stubs handy.\n\nKeystone Home Lending\nNMLS #000000",
        neg,
    )  # fmt: skip
    sender = ("Notaría Ruiz Albéniz", "firmas@notariaruiz.example.es")
    add(
        f, "es", "fwd_outlook_firma_notaria", ME,
        "RV: Cita para la firma de la compraventa",
        fwd_body(
            "Te reenvío la cita de la notaría para la firma del piso.", OUTLOOK_ES, sender, "Cita para la firma de la compraventa",
            "Buenos días:\n\nLes confirmamos la cita para la firma de la escritura de compraventa y del préstamo hipotecario el lunes 15 de marzo de 2027 a las 9:00, en la notaría (calle Colón 12, Valencia). Deberán acudir comprador, vendedor y el representante del banco.\n\nUn saludo,\nDepartamento de firmas",
        ),
        "The reader forwards a notary's signing appointment for a flat purchase: not a job interview.",
        fwd="firmas@notariaruiz.example.es",
    )  # fmt: skip
    add(
        f, "nl", "reply_hypotheekgesprek", ("Van Leeuwen Hypotheekadvies", "afspraken@vanleeuwenhypotheek.example.nl"),
        "RE: Oriënterend hypotheekgesprek",
        "Beste Alex,\n\nAkkoord, dan zie ik je dinsdag 16 maart om 10.30 uur op ons kantoor aan de Stationsweg 14 in Leiden voor het oriënterend gesprek. Neem je loonstrook en een werkgeversverklaring mee; het gesprek is kosteloos.\n\nGroet,\nMark van Leeuwen\nHypotheekadviseur\n\nOp vr 5 mrt 2027 om 16:12 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Hallo Mark, dinsdagochtend komt mij het beste uit. Groet, Alex",
        "A mortgage adviser agrees the reader's time for a first talk about a loan: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "it", "rogito_notaio", ("Studio Notarile Ferri", "studio@notaioferri.example.it"),
        "Appuntamento per il rogito",
        "Gentile Alex Morgan,\n\nLe confermiamo l'appuntamento per la stipula del rogito di compravendita dell'immobile di via Garibaldi 40, Torino: mercoledì 17 marzo 2027 alle ore 14:00 presso lo studio, corso Vittorio Emanuele II 88.\n\nPrima della stipula il notaio avrà un breve colloquio con le parti per la lettura dell'atto. Porti un documento d'identità e il codice fiscale.\n\nCordiali saluti,\nStudio Notarile Ferri",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-GB", "outlook_valuation_visit", "not_invitation", "outlookmac", "Valuation visit - 27 Ashgrove Road", S13, 45,
        ("Oakwood Estates", "valuations@oakwoodestates.example.co.uk"), "Valuation visit - 27 Ashgrove Road",
        "Hi Alex,\n\nOur valuer Ryan will visit to value your current home before you put it on the market. Free, no obligation.\n\nOakwood Estates",
        [("Ryan Doyle", "ryan.doyle@oakwoodestates.example.co.uk")], "An estate agent's calendar REQUEST for a valuation visit: not a job interview.", loc="14 Mill Lane, Bristol",
    )  # fmt: skip
    cal(
        f, "pl", "zoho_akt_notarialny", "not_invitation", "zoho", "Podpisanie aktu notarialnego – ul. Mokotowska 12/4", H18, 90,
        ("Kancelaria Notarialna Nowak", "kancelaria@notariusz-nowak.example.pl"), "Zaproszenie: Podpisanie aktu notarialnego",
        "Dzień dobry,\n\nzapraszamy na podpisanie umowy sprzedaży lokalu. Prosimy o zabranie dowodu osobistego.\n\nKancelaria Notarialna Nowak",
        [], "A notary's calendar REQUEST for signing a flat purchase: not a job interview.", loc="ul. Marszałkowska 80, Warszawa",
    )  # fmt: skip
    add(
        f, "de", "control_notarfachangestellte", ("Notariat Dr. Weber & Kollegen", "bewerbung@notariat-weber.example.de"),
        "Einladung zum Vorstellungsgespräch – Notarfachangestellte/r",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Notarfachangestellte/r in unserem Notariat. Wir laden Sie zu einem Vorstellungsgespräch ein:\n\nDonnerstag, 18.03.2027, 15:00 Uhr\nNotariat Dr. Weber, Königstraße 21, Stuttgart\n\nIhre Gesprächspartner sind Herr Dr. Weber und die Bürovorsteherin Frau Kuhn. Das Gespräch dauert etwa eine Stunde.\n\nMit freundlichen Grüßen\nNotariat Dr. Weber & Kollegen",
        ctl, slot=H18,
    )  # fmt: skip
    add(
        f, "en-GB", "control_conveyancing_assistant", ("Hartley & Rowe Solicitors", "recruitment@hartleyrowe.example.co.uk"),
        "Interview - Conveyancing Assistant",
        "Dear Alex,\n\nThank you for your application for the Conveyancing Assistant vacancy. We'd like to invite you to interview on Friday 12 March 2027 at 11:00 at our office, 5 Queen Street, Bristol.\n\nYou will meet Emma Rowe (Senior Conveyancer) and our Practice Manager. The interview will last 40 minutes. Please bring your passport for our right-to-work check.\n\nKind regards,\nHartley & Rowe",
        ctl, slot=F12, minutes=40, shape="html",
    )  # fmt: skip
    sender = ("Office notarial Lambert", "rh@notaires-lambert.example.fr")
    add(
        f, "fr", "control_fwd_gmail_clerc", ME,
        "Fwd: Entretien pour le poste de clerc de notaire",
        fwd_body(
            "Pour info, mon entretien chez le notaire.", "---------- Forwarded message ---------\nDe : {who}\nDate: ven. 5 mars 2027 à 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n", sender, "Entretien pour le poste de clerc de notaire",
            "Bonjour,\n\nSuite à votre candidature au poste de clerc de notaire (CDI), je vous propose un entretien le mardi 9 mars 2027 à 14h00 en notre étude, 3 place du Général de Gaulle, Lille, avec Maître Lambert.\n\nBien cordialement,\nNathalie Morel, responsable administrative",
        ),
        ctl, slot=T9, fwd="rh@notaires-lambert.example.fr",
    )  # fmt: skip
    add(
        f, "en-US", "control_loan_officer", ("Keystone Home Lending", "careers@keystonehomelending.example.com"),
        "Interview: Mortgage Loan Officer",
        "Hi Alex,\n\nThanks for applying for the Mortgage Loan Officer position. We'd like to set up an interview with our branch manager, Carla Nguyen, on Monday, March 15 at 9:00 AM at our Hoboken branch, 210 Washington St.\n\nPlease bring a copy of your NMLS license.\n\nBest,\nKeystone Home Lending Talent Team",
        ctl, slot=M15, shape="alt",
    )  # fmt: skip


# --- taxoffice60 --------------------------------------------------------------------------------
def taxoffice() -> None:
    f = "taxoffice60"
    neg = "The reader's own tax, pension or benefit-office appointment at a fixed time: nobody hires the reader."
    ctl = "The reader's own job interview at a tax office or a pension fund, worded like the office appointments (control)."
    add(
        f, "de", "finanzamt_termin", ("Finanzamt Köln-Mitte", "poststelle@fa-koeln-mitte.example.de"),
        "Ihr Termin im Finanzamt – Steuernummer 214/5xxx/xxxx",
        "Sehr geehrte/r Alex Morgan,\n\nwie telefonisch vereinbart bestätigen wir Ihnen einen persönlichen Termin zur Besprechung Ihrer Einkommensteuererklärung 2025:\n\nDienstag, 09.03.2027, 14:00 Uhr\nFinanzamt Köln-Mitte, Servicezentrum, Zimmer 112\n\nIhre Ansprechpartnerin ist Frau Schulte (Veranlagung). Bitte bringen Sie die Belege zu den Werbungskosten und Ihren Personalausweis mit.\n\nMit freundlichen Grüßen\nIhr Finanzamt",
        neg,
    )  # fmt: skip
    add(
        f, "de", "rentenberatung", ("Deutsche Rentenversicherung Beratungsstelle", "beratung@drv-beratung.example.de"),
        "Terminbestätigung Rentenberatung",
        "Sehr geehrte/r Alex Morgan,\n\nIhr Beratungstermin ist gebucht:\n\nDonnerstag, 11.03.2027, 15:30 Uhr\nAuskunfts- und Beratungsstelle, Friedrich-Ebert-Anlage 3, Frankfurt am Main\nThema: Kontenklärung und Versicherungsverlauf\n\nIm Gespräch klären wir mit Ihnen Lücken in Ihrem Versicherungsverlauf. Bringen Sie bitte Ihren Rentenversicherungsausweis und Nachweise über Ausbildungs- und Arbeitszeiten mit.\n\nIhre Rentenversicherung",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "rdv_centre_finances_publiques", ("Service des impôts des particuliers", "sip.nantes@finances-publiques.example.fr"),
        "Confirmation de votre rendez-vous",
        "Bonjour,\n\nVotre rendez-vous avec le service des impôts des particuliers de Nantes est confirmé :\n\nmercredi 10 mars 2027 à 10h00\nCentre des finances publiques, 2 rue Général Margueritte, Nantes\nObjet : déclaration des revenus – changement de situation\n\nUn agent vous recevra au guichet 4. Merci de vous munir de votre numéro fiscal et des justificatifs utiles.\n\nLa direction régionale des finances publiques",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "cita_previa_hacienda", ("Agencia Tributaria – Cita previa", "citaprevia@tributos.example.es"),
        "Cita previa confirmada – Renta",
        "Estimado/a contribuyente:\n\nLe confirmamos su cita previa para la asistencia en la confección de la declaración de la Renta.\n\nFecha: viernes, 12 de marzo de 2027\nHora: 11:00\nOficina: Delegación de Sevilla, calle Tomás de Ibarra 36\nLocalizador: R7K2-PQ\n\nAcuda con su DNI o NIE y la referencia del borrador.\n\nAgencia Tributaria",
        neg,
    )  # fmt: skip
    sender = ("Pension Service", "no-reply@pensions-service.example.gov.uk")
    add(
        f, "en-GB", "fwd_gmail_pension_review", ME,
        "Fwd: Your pension credit review interview",
        fwd_body(
            "Mum's pension credit review - it's under my email, can you keep it in the diary?", GMAIL_EN, sender, "Your pension credit review interview",
            "Dear Ms Morgan,\n\nWe are reviewing your Pension Credit award. A member of our team will telephone you for a review interview on Monday 15 March 2027 at 9:00am.\n\nThe call will take about 30 minutes. Please have your bank statements and details of any other income to hand.\n\nPension Service",
        ),
        "The reader forwards a parent's pension review call: not a job interview.",
        fwd="no-reply@pensions-service.example.gov.uk",
    )  # fmt: skip
    add(
        f, "sv", "reply_forsakringskassan_mote", ("Försäkringskassan handläggare", "handlaggare@fk-handlaggning.example.se"),
        "SV: Avstämningsmöte om sjukpenning",
        "Hej Alex,\n\nTack, då bokar vi avstämningsmötet tisdag 16 mars kl. 10.30 på vårt kontor på Drottninggatan 25. Din läkare och din arbetsgivare är också inbjudna.\n\nMvh\nKarin Lindqvist\nHandläggare\n\nDen 5 mars 2027 16:12 skrev Alex Morgan <alex.morgan@mailbox.example>:\n> Hej Karin, tisdag förmiddag passar mig bra. /Alex",
        "A social-insurance officer agrees the reader's time for a sick-pay review meeting: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "pt-BR", "pericia_inss", ("INSS – Agendamento", "agendamento@previdencia-servicos.example.br"),
        "Agendamento de perícia médica confirmado",
        "Prezado(a) Alex Morgan,\n\nSeu agendamento foi confirmado.\n\nServiço: Perícia médica – auxílio por incapacidade temporária\nData: quarta-feira, 17/03/2027\nHorário: 14:00\nLocal: Agência da Previdência Social Paulista, Av. Paulista 1000, São Paulo\n\nCompareça com 15 minutos de antecedência, levando documento com foto, CPF e laudos médicos.\n\nMeu INSS",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-US", "outlook_irs_taxpayer_assistance", "not_invitation", "outlookmac", "Taxpayer Assistance Center appointment", H18, 30,
        ("Taxpayer Assistance Center", "tac.appointments@revenue-service.example.gov"), "Appointment: Taxpayer Assistance Center",
        "Your in-person appointment to verify your identity for your 2026 return. Bring a photo ID and the letter you received.",
        [], "A tax office's calendar REQUEST for an identity-verification appointment: not a job interview.", loc="TAC, 290 Broadway, New York",
    )  # fmt: skip
    cal(
        f, "nl", "publish_belastingspreekuur", "not_invitation", "nextcloud", "Belastingspreekuur – aangifte inkomstenbelasting", S13, 30,
        ("Belastingspreekuur Wijkcentrum De Pijp", "spreekuur@wijkcentrum-depijp.example.nl"), "Belastingspreekuur – aangifte inkomstenbelasting",
        "Gratis hulp bij uw aangifte inkomstenbelasting door vrijwilligers. Neem uw DigiD mee.",
        [], "A free tax-help desk's calendar PUBLISH: not a job interview.", method="PUBLISH", loc="Wijkcentrum De Pijp, Amsterdam",
    )  # fmt: skip
    add(
        f, "de", "control_finanzanwaerter", ("Finanzamt Köln-Mitte", "ausbildung@fa-koeln-mitte.example.de"),
        "Einladung zum Vorstellungsgespräch – Sachbearbeiter/in Veranlagung",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter/in in der Veranlagung (E 9a TV-L). Wir laden Sie zu einem Vorstellungsgespräch ein:\n\nMittwoch, 17.03.2027, 14:00 Uhr\nFinanzamt Köln-Mitte, Zimmer 305\n\nDas Gespräch dauert 45 Minuten. Ihre Gesprächspartner sind die Sachgebietsleiterin und ein Mitglied des Personalrats.\n\nMit freundlichen Grüßen\nPersonalstelle",
        ctl, slot=W17, minutes=45,
    )  # fmt: skip
    add(
        f, "fr", "control_agent_finances_publiques", ("Service des impôts des particuliers", "recrutement.sip@finances-publiques.example.fr"),
        "Entretien – agent contractuel d'accueil",
        "Bonjour,\n\nSuite à votre candidature au poste d'agent contractuel d'accueil au service des impôts des particuliers de Nantes, nous vous convions à un entretien de recrutement le jeudi 11 mars 2027 à 15h30, au centre des finances publiques, 2 rue Général Margueritte, bureau 210.\n\nCordialement,\nLe service des ressources humaines",
        ctl, slot=H11, shape="alt",
    )  # fmt: skip
    sender = ("Pensioenfonds Zorgsaam", "werving@pensioenfonds-zorgsaam.example.nl")
    add(
        f, "nl", "control_fwd_gmail_pensioenadviseur", ME,
        "Fwd: Uitnodiging sollicitatiegesprek pensioenadviseur",
        fwd_body(
            "Mijn gesprek bij het pensioenfonds.", GMAIL_NL, sender, "Uitnodiging sollicitatiegesprek pensioenadviseur",
            "Beste Alex,\n\nDank voor je sollicitatie als pensioenadviseur. We nodigen je uit voor een gesprek op maandag 15 maart 2027 om 9.00 uur op ons kantoor aan de Laan van Puntenburg 2 in Utrecht.\n\nMet vriendelijke groet,\nRecruitment Pensioenfonds Zorgsaam",
        ),
        ctl, slot=M15, fwd="werving@pensioenfonds-zorgsaam.example.nl",
    )  # fmt: skip
    add(
        f, "pt-BR", "control_analista_previdencia", ("Fundação Previ Sul", "selecao@previsul.example.br"),
        "Convite para entrevista – Analista de Benefícios",
        "Olá, Alex!\n\nObrigado por se candidatar à vaga de Analista de Benefícios. Gostaríamos de convidá-lo(a) para uma entrevista na terça-feira, 9 de março de 2027, às 14:00, em nosso escritório na Av. Paulista 2000, 8º andar, São Paulo.\n\nAtenciosamente,\nEquipe de Seleção",
        ctl, slot=T9,
    )  # fmt: skip


# --- preop60 ------------------------------------------------------------------------------------
def preop() -> None:
    f = "preop60"
    neg = "A hospital pre-operative assessment or anaesthesia consultation for the reader as a patient: not a job interview."
    ctl = "The reader's own job interview as a pre-assessment nurse or anaesthesia assistant, worded like the clinic mails (control)."
    add(
        f, "en-GB", "preop_assessment_letter", ("St Mary's Hospital Pre-operative Assessment", "preop.bookings@stmarys-nhs.example.uk"),
        "Your pre-operative assessment appointment",
        "Dear Alex Morgan,\n\nYou are on the waiting list for a right knee arthroscopy. Before your operation you need a pre-operative assessment.\n\nDate: Tuesday 9 March 2027\nTime: 14:00\nPlace: Pre-operative Assessment Unit, Level 2, St Mary's Hospital\n\nA nurse will interview you about your health and medicines, take your blood pressure and bloods, and may arrange an ECG. Please allow up to two hours and bring a list of your medicines.\n\nPre-operative Assessment Team",
        neg,
    )  # fmt: skip
    add(
        f, "de", "praemedikationsgespraech", ("Klinikum Nord – Anästhesieambulanz", "anaesthesie@klinikum-nord.example.de"),
        "Ihr Termin zum Prämedikationsgespräch",
        "Sehr geehrte/r Alex Morgan,\n\nvor Ihrer geplanten Operation am 22.03.2027 findet das Aufklärungsgespräch mit der Anästhesie statt:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nAnästhesieambulanz, Haus B, Erdgeschoss\n\nIm Gespräch bespricht eine Ärztin mit Ihnen das Narkoseverfahren und Ihre Vorerkrankungen. Bitte füllen Sie den beiliegenden Fragebogen vorher aus und bringen Sie Ihren Medikamentenplan mit.\n\nIhr Team der Anästhesieambulanz",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "consultation_anesthesie", ("Clinique du Parc – Secrétariat d'anesthésie", "anesthesie@cliniqueduparc.example.fr"),
        "Rendez-vous de consultation d'anesthésie",
        "Madame, Monsieur,\n\nDans le cadre de votre intervention prévue fin mars, votre consultation d'anesthésie est fixée au :\n\nvendredi 12 mars 2027 à 11h00\nClinique du Parc, bâtiment A, 1er étage\n\nCette consultation est obligatoire. Merci d'apporter vos derniers bilans sanguins et votre carte Vitale.\n\nLe secrétariat d'anesthésie",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "it", "visita_anestesiologica", ("Ospedale San Gerardo – Prericovero", "prericovero@sangerardo.example.it"),
        "Convocazione prericovero",
        "Gentile Alex Morgan,\n\nLa informiamo che il prericovero per l'intervento di colecistectomia è fissato per giovedì 11 marzo 2027 alle ore 15:30 presso il Day Hospital chirurgico, piano terra.\n\nEseguirà esami del sangue, ECG e la visita anestesiologica con colloquio. Si presenti a digiuno e con l'impegnativa del medico.\n\nUfficio Prericovero",
        neg,
    )  # fmt: skip
    sender = ("Riverside Surgical Center", "scheduling@riversidesurgical.example.com")
    add(
        f, "en-US", "fwd_apple_preop_phone_interview", ME,
        "Fwd: Pre-op phone interview scheduled",
        fwd_body(
            "For my calendar - this is the hospital, not a job thing.", APPLE_EN, sender, "Pre-op phone interview scheduled",
            "Hi Alex,\n\nA pre-admission nurse will call you for your pre-op phone interview on Tuesday, March 16 at 10:30 AM. She'll go over your health history, your medications and what to expect on the day of surgery. The call usually takes 20 to 30 minutes.\n\nRiverside Surgical Center",
        ),
        "The reader forwards a surgical centre's pre-op phone interview, saying it is no job: not an invitation.",
        fwd="scheduling@riversidesurgical.example.com",
    )  # fmt: skip
    add(
        f, "ja", "jutsumae_mendan", ("みなと総合病院 入退院支援センター", "nyuin@minato-hospital.example.jp"),
        "【みなと総合病院】術前面談のご案内",
        "Alex Morgan 様\n\n手術に向けて、入退院支援センターで術前面談を行います。\n\n日時：3月15日(月) 9時\n場所：本館1階 入退院支援センター\n\n看護師がお薬や既往歴について伺います。お薬手帳をご持参ください。\n\nみなと総合病院",
        neg,
    )  # fmt: skip
    add(
        f, "ko", "reply_machwi_sangdam", ("서울하나병원 마취통증의학과", "anes@hana-hospital.example.kr"),
        "RE: 마취 상담 일정 변경 요청",
        "Alex Morgan 님,\n\n요청하신 대로 마취 전 상담을 3월 17일(수) 오후 2시로 변경해 드렸습니다. 본관 3층 마취통증의학과 외래로 오시면 됩니다.\n\n감사합니다.\n서울하나병원\n\n2027년 3월 5일 (금) 오후 4:12, Alex Morgan <alex.morgan@mailbox.example>님이 작성:\n> 안녕하세요, 수요일 오후로 바꿀 수 있을까요?",
        "A hospital moves the reader's anaesthesia consultation as asked: not a job interview.",
        reply=True,
    )  # fmt: skip
    cal(
        f, "en-GB", "google_preop_video_call", "not_invitation", "google", "Pre-op assessment (video) - St Mary's", H18, 30,
        ("St Mary's Pre-op Assessment", "preop.bookings@stmarys-nhs.example.uk"), "Invitation: Pre-op assessment (video) - St Mary's @ Thu 18 Mar 2027 15:00 - 15:30 (GMT)",
        "A nurse will interview you by video about your health before your operation. Have your medicines to hand.",
        [], "A hospital's calendar REQUEST for a video pre-operative assessment: not a job interview.",
    )  # fmt: skip
    cal(
        f, "zh", "publish_shuqian_tanhua", "not_invitation", "nextcloud", "术前谈话 – 麻醉科门诊", S13, 30,
        ("华东医院麻醉科", "mazui@huadong-hosp.example.cn"), "术前谈话 – 麻醉科门诊",
        "请携带身份证及既往检查结果，按时到麻醉科门诊进行术前谈话。",
        [], "A hospital's calendar PUBLISH for a pre-operative talk with anaesthesia: not a job interview.", method="PUBLISH", loc="门诊楼三楼 麻醉科",
    )  # fmt: skip
    add(
        f, "en-GB", "control_preop_nurse", ("St Mary's Hospital Recruitment", "recruitment@stmarys-nhs.example.uk"),
        "Interview invitation: Pre-operative Assessment Nurse (Band 6)",
        "Dear Alex,\n\nThank you for applying for the Pre-operative Assessment Nurse (Band 6) post. We are pleased to invite you to interview:\n\nDate: Wednesday 10 March 2027\nTime: 10:00\nPlace: Pre-operative Assessment Unit, Level 2, St Mary's Hospital\n\nThe panel is the Pre-op Matron and a consultant anaesthetist. The interview will last 45 minutes, with a short clinical scenario.\n\nKind regards,\nRecruitment Team",
        ctl, slot=W10, minutes=45,
    )  # fmt: skip
    add(
        f, "de", "control_ata_anaesthesie", ("Klinikum Nord – Personal", "bewerbung@klinikum-nord.example.de"),
        "Vorstellungsgespräch Anästhesietechnische/r Assistent/in",
        "Sehr geehrte/r Alex Morgan,\n\nherzlichen Dank für Ihre Bewerbung als Anästhesietechnische/r Assistent/in. Wir laden Sie zu einem Vorstellungsgespräch ein am\n\nFreitag, 12.03.2027, 11:00 Uhr\nKlinikum Nord, Haus A, Personalabteilung, Raum 014\n\nAm Gespräch nehmen der Chefarzt der Anästhesie und die pflegerische Leitung teil.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ctl, slot=F12, shape="html",
    )  # fmt: skip
    sender = ("Clinique du Parc – RH", "rh@cliniqueduparc.example.fr")
    add(
        f, "fr", "control_fwd_apple_iade", ME,
        "Tr : Entretien – infirmier(ère) en consultation d'anesthésie",
        fwd_body(
            "Voici l'entretien à la clinique.", APPLE_FR, sender, "Entretien – infirmier(ère) en consultation d'anesthésie",
            "Bonjour,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'infirmier(ère) en consultation d'anesthésie le mardi 16 mars 2027 à 10h30, à la direction des soins, bâtiment A.\n\nCordialement,\nService RH",
        ),
        ctl, slot=T16, fwd="rh@cliniqueduparc.example.fr",
    )  # fmt: skip
    add(
        f, "ja", "control_kangoshi_mensetsu", ("みなと総合病院 看護部", "kangobu@minato-hospital.example.jp"),
        "【みなと総合病院】看護師採用面接のご案内",
        "Alex Morgan 様\n\n入退院支援センター看護師の求人にご応募いただき、ありがとうございます。\n\n採用面接を下記のとおり行います。\n\n日時：3月11日(木) 15時30分\n場所：本館4階 看護部長室\n\n看護師免許証の写しをご持参ください。\n\nみなと総合病院 看護部",
        ctl, slot=H11,
    )  # fmt: skip


# --- petcare60 ----------------------------------------------------------------------------------
def petcare() -> None:
    f = "petcare60"
    neg = "An animal-shelter adoption talk, a dog-school intake, a vet visit or a pet sitter's meet-and-greet for the reader's pet: not a job interview."
    ctl = "The reader's own job interview as a vet nurse, animal carer or dog trainer, worded like the pet mails (control)."
    add(
        f, "de", "tierheim_kennenlerntermin", ("Tierheim Waldfrieden", "vermittlung@tierheim-waldfrieden.example.de"),
        "Kennenlerntermin mit Bello",
        "Liebe/r Alex Morgan,\n\nvielen Dank für Ihre Anfrage zu unserem Rüden Bello! Wir haben Ihre Selbstauskunft gelesen und laden Sie zu einem ersten Kennenlerntermin ein:\n\nDienstag, 09.03.2027, 14:00 Uhr\nTierheim Waldfrieden, Am Forst 3, Kassel\n\nNach einem Spaziergang mit Bello führen wir mit Ihnen ein Vermittlungsgespräch über Ihre Wohnsituation und Ihren Alltag. Bitte bringen Sie alle Haushaltsmitglieder mit.\n\nViele Grüße\nIhr Vermittlungsteam",
        neg,
    )  # fmt: skip
    add(
        f, "en-US", "shelter_adoption_interview", ("Second Chance Animal Rescue", "adoptions@secondchancerescue.example.org"),
        "Adoption interview for Pepper",
        "Hi Alex,\n\nGreat news - your application to adopt Pepper (the 2-year-old tabby) has been approved for the next step!\n\nAdoption interview: Wednesday, March 10, 10:00 AM\nWhere: our adoption center, 88 Oak Street, Portland\n\nOne of our volunteers will go over your application with you and answer questions, then you can spend time with Pepper. Please bring a photo ID and, if you rent, your landlord's pet approval.\n\nAdoption fee is $95.\n\nSecond Chance Animal Rescue",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "entretien_adoption_refuge", ("Refuge de la Vallée – SPA locale", "adoptions@refuge-lavallee.example.fr"),
        "Votre entretien d'adoption pour Moka",
        "Bonjour Alex,\n\nMerci pour votre demande d'adoption de Moka. Nous vous proposons un entretien d'adoption au refuge le jeudi 11 mars 2027 à 15h30.\n\nL'entretien dure une trentaine de minutes : nous parlerons de votre logement, de votre emploi du temps et des besoins de Moka, puis vous pourrez la promener.\n\nÀ jeudi,\nL'équipe du Refuge de la Vallée",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "intakegesprek_hondenschool", ("Hondenschool De Vrolijke Poot", "info@vrolijkepoot.example.nl"),
        "Intakegesprek puppycursus",
        "Hoi Alex,\n\nLeuk dat je je met Sam hebt aangemeld voor de puppycursus! Voordat de cursus begint, plannen we een kort intakegesprek met de trainer: vrijdag 12 maart 2027 om 11.00 uur op ons trainingsveld aan de Dijkweg 7 in Zwolle.\n\nNeem Sam, zijn vaccinatieboekje en wat lekkere snoepjes mee.\n\nGroetjes,\nIris, instructeur",
        neg,
    )  # fmt: skip
    sender = ("Clinica Veterinaria San Francesco", "appuntamenti@vetsanfrancesco.example.it")
    add(
        f, "it", "fwd_gmail_visita_veterinaria", ME,
        "Fwd: Conferma appuntamento per Luna",
        fwd_body(
            "Appuntamento dal veterinario per Luna, segnalo tu?", GMAIL_IT, sender, "Conferma appuntamento per Luna",
            "Gentile cliente,\n\nLe confermiamo l'appuntamento per Luna (visita di controllo e vaccino) sabato 13 marzo 2027 alle ore 9:00 con la dott.ssa Bianchi.\n\nSe non potesse venire, La preghiamo di avvisarci almeno 24 ore prima.\n\nClinica Veterinaria San Francesco",
        ),
        "The reader forwards a vet appointment for the family dog: not a job interview.",
        fwd="appuntamenti@vetsanfrancesco.example.it",
    )  # fmt: skip
    add(
        f, "en-GB", "reply_pet_sitter_meet_greet", ("Jess Palmer (Paws at Home)", "jess@pawsathome.example.co.uk"),
        "Re: Cat sitting over Easter",
        "Hi Alex,\n\nLovely, Monday 15 March at 9am works for me for the meet and greet. I'll pop round to meet Biscuit and Pickle, go through their routine and pick up a spare key. It usually takes about half an hour.\n\nSee you then,\nJess\nPaws at Home\n\nOn Fri, 5 Mar 2027 at 16:12, Alex Morgan <alex.morgan@mailbox.example> wrote:\n> Hi Jess, would Monday morning suit you for the meet and greet? Thanks, Alex",
        "A cat sitter the reader hires agrees a meet-and-greet at home: the reader is the client, not a candidate.",
        reply=True,
    )  # fmt: skip
    add(
        f, "pl", "wizyta_przedadopcyjna", ("Fundacja Psi Azyl", "adopcje@psiazyl.example.pl"),
        "Wizyta przedadopcyjna – Maks",
        "Dzień dobry,\n\ndziękujemy za ankietę adopcyjną dotyczącą Maksa. Nasza wolontariuszka odwiedzi Państwa w ramach wizyty przedadopcyjnej we wtorek 16 marca 2027 r. o godz. 10:30.\n\nPodczas rozmowy zapytamy o warunki mieszkaniowe i doświadczenie z psami.\n\nPozdrawiamy,\nFundacja Psi Azyl",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-US", "outlook_vet_consult", "not_invitation", "outlookmac", "Vet consult: Pepper - new patient exam", W17, 30,
        ("Maple Street Veterinary Clinic", "frontdesk@maplestreetvet.example.com"), "Appointment: Pepper - new patient exam",
        "New patient exam for Pepper with Dr. Reyes. Please bring any previous vaccination records.",
        [], "A vet clinic's calendar REQUEST for a pet's exam: not a job interview.", loc="Maple Street Veterinary Clinic, 14 Maple St, Portland",
    )  # fmt: skip
    cal(
        f, "tr", "publish_sahiplendirme_gorusmesi", "not_invitation", "nextcloud", "Sahiplendirme görüşmesi – Pamuk", H18, 45,
        ("Patili Dostlar Derneği", "sahiplendirme@patilidostlar.example.org.tr"), "Sahiplendirme görüşmesi – Pamuk",
        "Pamuk'u sahiplenme başvurunuz için tanışma ve görüşme. Lütfen kimliğinizi getirin.",
        [], "An animal charity's calendar PUBLISH for an adoption talk: not a job interview.", method="PUBLISH", loc="Patili Dostlar Barınağı, Kadıköy",
    )  # fmt: skip
    add(
        f, "en-GB", "control_veterinary_nurse", ("Willowbrook Vets", "careers@willowbrookvets.example.co.uk"),
        "Interview: Registered Veterinary Nurse",
        "Hi Alex,\n\nThank you for applying for the Registered Veterinary Nurse position at our Harrogate practice. We'd like to meet you for an interview on Tuesday 9 March 2027 at 14:00.\n\nYou'll meet our Clinical Director and Head Nurse, and then have a look round the practice. The interview will last 60 minutes. Please bring your RCVS registration details.\n\nBest wishes,\nWillowbrook Vets",
        ctl, slot=T9, minutes=60,
    )  # fmt: skip
    add(
        f, "de", "control_tierpfleger", ("Tierheim Waldfrieden", "bewerbung@tierheim-waldfrieden.example.de"),
        "Vorstellungsgespräch Tierpfleger/in",
        "Liebe/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Tierpfleger/in (Vollzeit). Wir möchten Sie gern kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nMontag, 15.03.2027, 09:00 Uhr\nTierheim Waldfrieden, Am Forst 3, Kassel\n\nIm Anschluss zeigen wir Ihnen die Hundehäuser und die Katzenstation.\n\nViele Grüße\nDer Vorstand",
        ctl, slot=M15, shape="alt",
    )  # fmt: skip
    sender = ("Hondenschool De Vrolijke Poot", "iris@vrolijkepoot.example.nl")
    add(
        f, "nl", "control_fwd_outlook_instructeur", ME,
        "FW: Sollicitatiegesprek hondeninstructeur",
        fwd_body(
            "Gesprek voor de baan bij de hondenschool!", OUTLOOK_NL, sender, "Sollicitatiegesprek hondeninstructeur",
            "Hoi Alex,\n\nBedankt voor je sollicitatie als hondeninstructeur (betaald, 24 uur per week). We nodigen je uit voor een sollicitatiegesprek op woensdag 17 maart 2027 om 14.00 uur op ons terrein aan de Dijkweg 7 in Zwolle.\n\nGroet,\nIris",
        ),
        ctl, slot=W17, fwd="iris@vrolijkepoot.example.nl",
    )  # fmt: skip
    add(
        f, "en-US", "control_animal_care_tech", ("Second Chance Animal Rescue", "jobs@secondchancerescue.example.org"),
        "Interview - Animal Care Technician",
        "Hi Alex,\n\nThanks for applying for our Animal Care Technician position ($19/hour, full time). We'd like to interview you on Thursday, March 11 at 3:30 PM at our adoption center, 88 Oak Street, Portland. You'll meet our shelter manager, Dana Cole.\n\nSecond Chance Animal Rescue",
        ctl, slot=H11, shape="html",
    )  # fmt: skip


# --- rites60 ------------------------------------------------------------------------------------
def rites() -> None:
    f = "rites60"
    neg = "A baptism, first-communion, confirmation or funeral preparation talk in the reader's family: not a job interview."
    ctl = "The reader's own job interview at a parish or a funeral home, worded like the preparation talks (control)."
    add(
        f, "de", "taufgespraech", ("Pfarramt St. Michael", "pfarrbuero@st-michael-bamberg.example.de"),
        "Taufgespräch für Emil",
        "Liebe Familie Morgan,\n\nwir freuen uns, dass Sie Emil taufen lassen möchten. Pfarrer Hoffmann lädt Sie und die Paten zum Taufgespräch ein:\n\nDienstag, 09.03.2027, 14:00 Uhr\nPfarrhaus St. Michael, Kirchplatz 2, Bamberg\n\nIm Gespräch geht es um den Ablauf der Taufe, die Auswahl des Taufspruchs und Ihre Fragen. Bitte bringen Sie die Geburtsurkunde und die Patenbescheinigungen mit.\n\nHerzliche Grüße\nIhr Pfarrbüro",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "preparation_bapteme", ("Paroisse Saint-Joseph", "secretariat@paroisse-stjoseph.example.fr"),
        "Rencontre de préparation au baptême",
        "Bonjour,\n\nVous avez demandé le baptême de votre fille Jeanne. La rencontre de préparation avec le père Martin aura lieu le mercredi 10 mars 2027 à 10h00 au presbytère, 5 place de l'Église, Angers.\n\nCette rencontre est l'occasion de faire connaissance et de préparer la célébration ensemble.\n\nFraternellement,\nLe secrétariat paroissial",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "en-GB", "funeral_arrangement_meeting", ("Whitfield & Sons Funeral Directors", "arrangements@whitfieldfunerals.example.co.uk"),
        "Arrangement meeting for your father's funeral",
        "Dear Alex,\n\nPlease accept our sincere condolences. As discussed on the phone, our funeral arranger, Sarah, will meet you at our Chapel of Rest to make the arrangements:\n\nThursday 11 March 2027 at 15:30\nWhitfield & Sons, 42 Station Road, Harrogate\n\nWe will go through the service, the music and the notices with you. Please bring the green form from the registrar if you have it.\n\nWith sympathy,\nWhitfield & Sons",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "it", "colloquio_parroco_cresima", ("Parrocchia San Lorenzo", "parrocchia@sanlorenzo-verona.example.it"),
        "Colloquio per la cresima di Matteo",
        "Cari genitori,\n\nin preparazione alla cresima di Matteo, don Paolo vi aspetta per un colloquio personale venerdì 12 marzo 2027 alle ore 11:00 in canonica, piazza San Lorenzo 3, Verona.\n\nPortate il certificato di battesimo.\n\nUn caro saluto,\nLa segreteria parrocchiale",
        neg,
    )  # fmt: skip
    sender = ("Parroquia Santa María", "despacho@parroquiasantamaria.example.es")
    add(
        f, "es", "fwd_gmail_charla_comunion", ME,
        "Fwd: Reunión de padres – Primera Comunión",
        fwd_body(
            "La reunión de la comunión de Lucía, ¿puedes ir tú?", GMAIL_ES, sender, "Reunión de padres – Primera Comunión",
            "Queridas familias:\n\nOs convocamos a la reunión de padres para la preparación de la Primera Comunión el sábado 13 de marzo de 2027 a las 9:00 en el salón parroquial.\n\nUn abrazo,\nDespacho parroquial",
        ),
        "The reader forwards a parish's parents' meeting before a child's first communion: not a job interview.",
        fwd="despacho@parroquiasantamaria.example.es",
    )  # fmt: skip
    add(
        f, "nl", "reply_voorbereidingsgesprek_uitvaart", ("Uitvaartzorg Dijkstra", "gesprek@uitvaartzorg-dijkstra.example.nl"),
        "RE: Voorbereidingsgesprek uitvaart",
        "Beste Alex,\n\nDat is goed. Ik kom maandag 15 maart om 9.00 uur bij jullie thuis voor het voorbereidingsgesprek over de uitvaart van je moeder. We bespreken dan de plechtigheid, de kaarten en de muziek.\n\nMet een hartelijke groet,\nAnnelies Dijkstra\nUitvaartverzorger\n\nOp vr 5 mrt 2027 om 16:12 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Beste Annelies, kunt u maandagochtend bij ons thuis komen? Groet, Alex",
        "A funeral director agrees the reader's time for the preparation talk about a parent's funeral: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "pl", "rozmowa_chrzest", ("Parafia św. Anny", "kancelaria@parafia-swanny.example.pl"),
        "Rozmowa przed chrztem",
        "Szczęść Boże,\n\nzapraszamy rodziców i chrzestnych na rozmowę przed chrztem Zosi we wtorek 16 marca 2027 r. o godz. 10:30 w kancelarii parafialnej, ul. Krakowska 7, Kraków.\n\nProsimy zabrać akt urodzenia dziecka.\n\nKancelaria parafialna",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-US", "google_bar_mitzvah_meeting", "not_invitation", "google", "Bar mitzvah planning meeting with Rabbi Klein", W17, 60,
        ("Temple Beth Shalom Office", "office@bethshalom.example.org"), "Invitation: Bar mitzvah planning meeting with Rabbi Klein @ Wed Mar 17, 2027 2pm - 3pm (EDT)",
        "Hi Alex,\n\nRabbi Klein would like to meet with you and Noah to plan his bar mitzvah service and Torah portion.\n\nTemple Beth Shalom",
        [("Rabbi Daniel Klein", "rabbi.klein@bethshalom.example.org")], "A synagogue's calendar REQUEST for a bar mitzvah planning meeting: not a job interview.", loc="Temple Beth Shalom, 60 Park Ave, Maplewood",
    )  # fmt: skip
    cal(
        f, "pt-BR", "publish_curso_batismo", "not_invitation", "nextcloud", "Curso de preparação para o batismo", H18, 90,
        ("Paróquia Nossa Senhora da Paz", "secretaria@paroquiapaz.example.br"), "Curso de preparação para o batismo",
        "Encontro obrigatório para pais e padrinhos antes do batismo. Trazer a certidão de nascimento da criança.",
        [], "A parish's calendar PUBLISH for a baptism preparation course: not a job interview.", method="PUBLISH", loc="Salão paroquial, Rua da Paz 200, São Paulo",
    )  # fmt: skip
    add(
        f, "de", "control_pfarrsekretaerin", ("Katholische Kirchenstiftung St. Michael", "verwaltung@st-michael-bamberg.example.de"),
        "Einladung zum Vorstellungsgespräch – Pfarrsekretär/in",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Pfarrsekretär/in (Teilzeit, 25 Std./Woche). Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nPfarrhaus St. Michael, Kirchplatz 2, Bamberg\n\nAm Gespräch nehmen Pfarrer Hoffmann und die Verwaltungsleiterin teil.\n\nMit freundlichen Grüßen\nVerwaltung der Kirchenstiftung",
        ctl, slot=W10,
    )  # fmt: skip
    add(
        f, "en-GB", "control_funeral_arranger", ("Whitfield & Sons Funeral Directors", "jobs@whitfieldfunerals.example.co.uk"),
        "Interview: Trainee Funeral Arranger",
        "Dear Alex,\n\nThank you for applying for the Trainee Funeral Arranger position. We'd like to invite you to interview on Friday 12 March 2027 at 11:00 at our Station Road branch.\n\nSarah, our senior arranger, and Mr Whitfield will meet you. The interview will take 45 minutes.\n\nKind regards,\nWhitfield & Sons",
        ctl, slot=F12, minutes=45, shape="html",
    )  # fmt: skip
    sender = ("Parrocchia San Lorenzo", "amministrazione@sanlorenzo-verona.example.it")
    add(
        f, "it", "control_fwd_apple_sacrestano", ME,
        "I: Colloquio per il posto di sacrestano",
        fwd_body(
            "Il colloquio di lavoro in parrocchia.", APPLE_IT, sender, "Colloquio per il posto di sacrestano",
            "Gentile Alex Morgan,\n\nin merito alla Sua candidatura per il posto di sacrestano (contratto part-time), La invitiamo a un colloquio giovedì 18 marzo 2027 alle ore 15:00 in canonica, con don Paolo e il consiglio per gli affari economici.\n\nCordiali saluti,\nAmministrazione parrocchiale",
        ),
        ctl, slot=H18, fwd="amministrazione@sanlorenzo-verona.example.it",
    )  # fmt: skip
    add(
        f, "nl", "control_uitvaartverzorger", ("Uitvaartzorg Dijkstra", "vacatures@uitvaartzorg-dijkstra.example.nl"),
        "Uitnodiging sollicitatiegesprek uitvaartverzorger",
        "Beste Alex,\n\nBedankt voor je sollicitatie als uitvaartverzorger. We nodigen je uit voor een sollicitatiegesprek op dinsdag 9 maart 2027 om 14.00 uur op ons kantoor aan de Kerkstraat 11 in Leeuwarden.\n\nMet vriendelijke groet,\nAnnelies Dijkstra",
        ctl, slot=T9, shape="alt",
    )  # fmt: skip


# --- dating60 (held out) ------------------------------------------------------------------------
def dating() -> None:
    f = "dating60"
    neg = "A dating-app date, a speed-dating evening or a matchmaker's intake at a fixed time: not a job interview."
    ctl = "The reader's own job interview at a dating-app company, worded like the dating mails (control)."
    add(
        f, "en-US", "app_date_reminder", ("Kindled", "hello@kindled-app.example.com"),
        "Your date with Jordan is tomorrow!",
        "Hey Alex,\n\nJust a reminder: you and Jordan planned to meet on Tuesday, March 9 at 2:00 PM at Blue Bottle Coffee, 54 Mint Plaza.\n\nTip: keep your first date in a public place and let a friend know where you'll be.\n\nHave fun!\nThe Kindled team",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "rendez_vous_match", ("Étincelle", "notifications@etincelle-app.example.fr"),
        "C'est confirmé : rendez-vous avec Camille",
        "Bonjour Alex,\n\nCamille a accepté votre proposition ! Votre rendez-vous est fixé au mercredi 10 mars 2027 à 10h00, au Café des Arts, 12 place du Capitole, Toulouse.\n\nPensez à prévenir Camille via la messagerie si vous avez un empêchement.\n\nL'équipe Étincelle",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "es", "cita_speed_dating", ("Citas Rápidas Madrid", "reservas@citasrapidas.example.es"),
        "Tu plaza para el speed dating del jueves",
        "¡Hola, Alex!\n\nTu plaza está confirmada para nuestra noche de citas rápidas (30-40 años) el jueves 11 de marzo de 2027 a las 15:30 en el Café Central, calle Huertas 10. Tendrás siete citas de cinco minutos.\n\nEntrada: 25 € con una consumición.\n\n¡Suerte!\nCitas Rápidas Madrid",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "en-GB", "matchmaker_intake_interview", ("Hartwell Introductions", "consultants@hartwellintroductions.example.co.uk"),
        "Your consultation with Hartwell Introductions",
        "Dear Alex,\n\nThank you for your enquiry. Your personal matchmaker, Victoria, would like to meet you for an in-depth interview so that she can understand what you are looking for in a partner.\n\nFriday 12 March 2027 at 11:00\nHartwell Introductions, 18 Albemarle Street, London\n\nThe consultation is complimentary and lasts about an hour.\n\nWarm regards,\nHartwell Introductions",
        neg,
    )  # fmt: skip
    sender = ("Scintilla", "notifiche@scintilla-app.example.it")
    add(
        f, "it", "fwd_gmail_appuntamento_match", ME,
        "Fwd: Appuntamento confermato con Marco",
        fwd_body(
            "Ahah guarda, ho un appuntamento sabato! Non è un colloquio, giuro", GMAIL_IT, sender, "Appuntamento confermato con Marco",
            "Ciao Alex,\n\nMarco ha confermato: vi vedete sabato 13 marzo 2027 alle 9:00 per una colazione al Caffè Pedrocchi, Padova.\n\nBuon appuntamento!\nScintilla",
        ),
        "The reader forwards a dating app's confirmed date, saying it is no interview: not an invitation.",
        fwd="notifiche@scintilla-app.example.it",
    )  # fmt: skip
    add(
        f, "de", "reply_date_treffen", ("Jonas", "jonas.k@mailbox-de.example"),
        "Re: Treffen am Montag?",
        "Hey Alex,\n\nsuper, dann Montag, 15.03., um 9 Uhr im Café Einstein am Kurfürstendamm. Ich bin der mit dem grünen Schal :)\n\nBis dann!\nJonas\n\nAm Fr., 5. März 2027 um 16:12 Uhr schrieb Alex Morgan <alex.morgan@mailbox.example>:\n> Hi Jonas, hast Du Montag früh Zeit für einen Kaffee vor der Arbeit? LG Alex",
        "A match agrees the reader's time for a coffee date: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "ko", "sogaeting_yaksok", ("인연매칭", "manager@inyeon-match.example.kr"),
        "[인연매칭] 소개팅 일정 안내",
        "Alex Morgan 님, 안녕하세요.\n\n상대방이 만남을 수락하여 소개팅 일정이 확정되었습니다.\n\n일시: 3월 16일(화) 오전 10시 30분\n장소: 강남역 스타벅스 2층\n\n즐거운 만남 되세요!\n인연매칭 담당 매니저",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-GB", "google_first_date", "not_invitation", "google", "Drinks with Sam (from Kindled)", W17, 120,
        ("Sam Patel", "sam.patel@mailbox-uk.example"), "Invitation: Drinks with Sam (from Kindled) @ Wed 17 Mar 2027 14:00 - 16:00 (GMT)",
        "Looking forward to it! x",
        [], "A match's calendar REQUEST for a first date: not a job interview.", loc="The Lamb, Lamb's Conduit St, London",
    )  # fmt: skip
    cal(
        f, "nl", "publish_speeddate_avond", "not_invitation", "nextcloud", "Speeddate-avond 30+", H18, 120,
        ("Speeddaten Utrecht", "info@speeddaten-utrecht.example.nl"), "Speeddate-avond 30+",
        "Acht dates van zes minuten. Inclusief welkomstdrankje.",
        [], "A speed-dating organiser's calendar PUBLISH: not a job interview.", method="PUBLISH", loc="Café De Zaak, Utrecht",
    )  # fmt: skip
    add(
        f, "en-US", "control_trust_safety", ("Kindled Talent", "talent@kindled-app.example.com"),
        "Interview: Trust & Safety Specialist",
        "Hi Alex,\n\nWe matched! Just kidding - but we would love to meet you. Thanks for applying for the Trust & Safety Specialist role at Kindled.\n\nYour interview: Thursday, March 18, 3:00 PM, at our office, 501 Folsom St, San Francisco. You'll meet our Head of Trust & Safety and a senior moderator. It's 45 minutes.\n\nThe Kindled Talent team",
        ctl, slot=H18, minutes=45,
    )  # fmt: skip
    add(
        f, "fr", "control_moderateur", ("Étincelle – Recrutement", "jobs@etincelle-app.example.fr"),
        "Entretien – modérateur(trice) de contenus",
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de modérateur(trice) de contenus (CDI). Nous vous proposons un entretien le mardi 9 mars 2027 à 14h00 dans nos locaux, 8 allée Jean Jaurès, Toulouse.\n\nÀ bientôt,\nL'équipe recrutement Étincelle",
        ctl, slot=T9, shape="alt",
    )  # fmt: skip
    sender = ("Hartwell Introductions", "careers@hartwellintroductions.example.co.uk")
    add(
        f, "en-GB", "control_fwd_outlook_matchmaker", ME,
        "FW: Interview - Matchmaking Consultant",
        fwd_body(
            "The job interview - please add.", OUTLOOK_EN, sender, "Interview - Matchmaking Consultant",
            "Dear Alex,\n\nThank you for applying for the Matchmaking Consultant role. Victoria would like to interview you on Monday 15 March 2027 at 9:00 at 18 Albemarle Street, London.\n\nKind regards,\nHartwell Introductions",
        ),
        ctl, slot=M15, fwd="careers@hartwellintroductions.example.co.uk",
    )  # fmt: skip
    add(
        f, "de", "control_community_manager", ("Funkenflug GmbH", "jobs@funkenflug.example.de"),
        "Einladung zum Vorstellungsgespräch – Community Manager (m/w/d)",
        "Hallo Alex,\n\ndanke für Deine Bewerbung als Community Manager bei unserer Dating-App Funkenflug. Wir laden Dich zu einem Vorstellungsgespräch ein:\n\nFreitag, 12.03.2027, 11:00 Uhr\nFunkenflug GmbH, Torstraße 90, Berlin\n\nViele Grüße\nDein Funkenflug-Team",
        ctl, slot=F12, shape="html",
    )  # fmt: skip


BUILDERS = [audition, nursery, notary, taxoffice, preop, petcare, rites, dating]


FIRST_SIGHT_FIGURES = (
    "First sight (main at 7eacf3c3 with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation) 10/54 (preop60 3/9, notary60 2/9, "
    "petcare60 2/9, rites60 2/9, audition60 1/9, taxoffice60 0/9; 2 of the 12 calendar "
    "look-alikes, both at 0.95, 8 of the 42 text ones, all at 0.58-0.66), controls with the "
    "right slot 24/24 (all text), of which 1 below confidence 0.5 (rites60's forwarded "
    "sexton interview at 0.45: 'more like mail that mentions a meeting'); held out look-alikes "
    "claimed 4/18 (nursery60 3/9, dating60 1/9; 1 calendar, 3 text), controls with the right "
    "slot 8/8 (all text, all at confidence >= 0.5)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the looks60 batch (`build_looks60.py`)",
        "",
        "Mail a job seeker really receives that carries a date, a time and interview-like or "
        "appointment words and sets no job interview for the reader (unpaid auditions for "
        "amateur choirs, orchestras and theatre groups and sports-club trials, a child's "
        "nursery or kindergarten admission talk, notary, conveyancing, mortgage and valuation "
        "appointments for a home purchase, the reader's own tax-office, pension and "
        "benefit-office appointments, hospital pre-operative assessments and anaesthesia "
        "consultations, animal-shelter adoption talks, dog-school intakes, vet visits and a pet "
        "sitter's meet-and-greet, baptism, communion, confirmation, bar mitzvah and funeral "
        "preparation talks, and dating-app and speed-dating dates), as plain text, HTML only, "
        "multipart, forwards (Gmail, Outlook, Apple Mail headers in the forwarder's language), "
        "replies quoting earlier mail and calendar REQUESTs and PUBLISHes, beside controls in "
        "every family: the reader's own job interview worded close to the look-alikes. All text "
        "is ours, written by hand with no template; client forward and reply shapes recalled. "
        "People, companies, authorities and addresses are made up. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('looks60 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used (the README's conventions and earlier batches): a job interview of the "
        "reader's own with a fixed time is an `invitation` at its start (with its end when the "
        "text gives an end or an exact length; text mails state no zone, so the label carries "
        "the Date header's offset and `tz_stated: false`; a forward carries `original_sender`). "
        "An unpaid audition or trial for an amateur ensemble or club (the controls are paid "
        "staff posts at a theatre, an orchestra or a club, never a paid performing role, so the "
        "batch does not decide whether an audition for paid work is a job interview), a child's "
        "admission talk (the study-places convention: the child's, not the reader's), an "
        "appointment with a notary, conveyancer, mortgage adviser or estate agent, the reader's "
        "own tax, pension or social-insurance appointment, a pre-operative assessment or "
        "anaesthesia consultation, an adoption talk, dog-school intake, vet visit or a pet "
        "sitter's meet-and-greet (the reader is the client), a religious preparation talk or a "
        "funeral arrangement meeting, and a date or a matchmaker's intake hire nobody: "
        "`not_invitation` (a calendar look-alike carries no slot). A reply that agrees the "
        "reader's proposed time for such a meeting agrees a meeting that is not a job "
        "interview, so it is `not_invitation` too.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks60.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-looks60.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
