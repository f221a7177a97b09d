# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "panel24" batch: interview mail that is not the reader's own interview.

Run: .venv/bin/python tests/parsing/corpus/build_panel24.py

A job seeker who still has a job, or who helps friends and family, receives and forwards
interview mail in which someone else is interviewed: a request to sit on a panel, an interview
loop for another person, scorecard and feedback reminders, hiring-team debriefs, an invitation
to shadow an interview, a note to the hiring team about an applicant that never says
"candidate", a friend's or sibling's interview forwarded for advice, a reference-check call
about a former colleague, a mentor's mock-interview offer, calendar holds for interviewers;
held out: selection boards and juries, a relative's interview forwarded in other languages, a
hiring manager's own screening calls and assessors for a recruiting day. About one message in
four is a control: the same sender in the same shape setting the reader's own interview.

Label policy follows the corpus: negs13 `panelbrief`, negs15 `hrtask15` (scorecards) and
friends' interviews, fwdmix14 and mobile20 ("not mine, my brother's") are `not_invitation`.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Helpers follow build_negs23.py (mail helpers of build_parse-pos.py, loaded).
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


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
n17 = _load("build_negs17", "build_negs17.py")
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = n17.ME
HAND = (
    "hand-written; mail typed by coordinators, hiring managers, HR staff, friends, relatives "
    "and the reader, written for this corpus from memory of such mail, no template or "
    "third-party text copied; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)
BATCH = "panel24"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "panelask24": "dev",
    "loop24": "dev",
    "feedback24": "dev",
    "debrief24": "dev",
    "shadow24": "dev",
    "applicant24": "dev",
    "friendfwd24": "dev",
    "refcheck24": "dev",
    "mockmentor24": "dev",
    "intvhold24": "dev",
    "jury24": "heldout",
    "kinfwd24": "heldout",
    "hmscreen24": "heldout",
    "assessor24": "heldout",
}

SOURCES = {
    "panelask24": "The reader, still employed, asked to sit on or join an interview panel for "
    "someone else (en, de, fr, es, ja); control: the same employer's internal-move interview "
    "for the reader (en).",
    "loop24": "Interview loops and schedules for another person sent to the reader as one of "
    "the interviewers (en, nl, sv, pt-BR); control: the reader's own loop (en).",
    "feedback24": "Scorecard and feedback reminders after someone else's interview (en, de, "
    "it, fr); control: the reader's own second round from the same team (de).",
    "debrief24": "Hiring-team debriefs and calibration meetings about other people's "
    "interviews (en, es, de, nl); control: the reader's own final round (es).",
    "shadow24": "Invitations to shadow or reverse-shadow an interview as a trainee "
    "interviewer (en, fr, ja, sv); control: the reader's own interview (fr).",
    "applicant24": "Notes to the hiring team about another applicant that never use the word "
    "'candidate' ('applicant', 'Bewerberin', 'sollicitant', 'postulante', 'la persona "
    "selezionata'; en, de, nl, es, it); control: the reader's own interview (nl).",
    "friendfwd24": "A friend's interview details forwarded to the reader for advice (en, de, "
    "fr, pt-BR; Gmail and Outlook forwards); control: the reader forwarding their own (en).",
    "refcheck24": "Reference-check calls about a former colleague or report (en, de, fr, nl, "
    "sv); control: the reader's own interview from the same employer (en).",
    "mockmentor24": "A mentor's, alumni volunteer's or coach's mock-interview offer with a "
    "time (en, de, es, ja); control: the real interview the mock prepares for (en).",
    "intvhold24": "Calendar holds and slot swaps for interviewers ('Hold: interview with "
    "Tomás', 'can you take the 2pm?'; en, es, pt-BR, de); control: a coordinator's own slot "
    "for the reader (en).",
    "jury24": "Selection boards and juries the reader sits on (fr jury, es tribunal, it "
    "commissione, de Auswahlkommission); control: a board interviewing the reader (fr).",
    "kinfwd24": "A sibling's, partner's or child's interview forwarded in other languages "
    "(nl, sv, ja, it); control: the reader's own (sv).",
    "hmscreen24": "A hiring manager's own screening calls and interview slots with people "
    "they are hiring, mail to or from the reader as that manager (en, de, pt-BR, fr); control: "
    "the reader's own screen (en).",
    "assessor24": "Assessors and interviewers wanted for a recruiting or assessment day (en, "
    "de, nl, es); control: the reader's own slot on such a day (en).",
}

LON, NYC, CHI, BER, PAR, MAD, AMS, ROM, SAO, TYO, STO, SFO = (
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "Europe/Rome",
    "America/Sao_Paulo",
    "Asia/Tokyo",
    "Europe/Stockholm",
    "America/Los_Angeles",
)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2027, mo, d, h, mi, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


def slot(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    """An invitation label whose text states no zone (wall time, the Date's offset)."""
    return {"kind": "invitation", **timed(start, end, sent=sent)}


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return (
        "<html><head><meta charset='utf-8'></head><body style='font-family:Arial'>\n"
        f"{body}</body></html>\n"
    )


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    *,
    label: dict[str, object] | None = None,
    form: str = "text",
    reply: bool = False,
    to: tuple[str, str] = ME,
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
        reply_to_key=f"{BATCH}/{family}/{name}/parent" if reply else "",
    )
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def neg(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    days: tuple[tuple[int, int, str], ...] = (),
    **kw: object,
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text, **kw)  # type: ignore[arg-type]


def ctl(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    start: datetime,
    minutes: int | None,
    **kw: object,
) -> Case:
    """A control: the same kind of sender setting the reader's interview."""
    end = start + minutes * MIN if minutes else None
    return case(
        family,
        name,
        lang,
        sender,
        subject,
        sent,
        note,
        text,
        label=slot(start, end, sent),
        **kw,  # type: ignore[arg-type]
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    label: dict[str, object] | None = None,
    delay: timedelta = timedelta(hours=2, minutes=11),
) -> Case:
    """The user forwards a message through `client` in the mail's language, with a note."""
    ui = lang.split("-")[0]
    sig = n17.SIGNATURE.get((client, ui), "")
    top = "\n\n".join(part for part in (note_text.strip(), sig) if part)
    text = f"{top}\n\n{n17.block(client, ui, org, sent, subject)}\n{body.strip()}\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"{n17.prefix(client, ui)}: {subject}",
        sent=sent + delay,
        text=text,
    )
    if label is not None:
        label = {**label, "organizer_email": org[1]}
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    template = n17.RECALLED.format(client=n17.CLIENT_NAME[client], ui=ui)
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, template, OWN)


def relay(
    family: str,
    name: str,
    lang: str,
    friend: tuple[str, str],
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    friend_note: str,
    body: str,
    note: str,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """A friend or relative forwards their own interview mail to the reader for advice."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    ui = lang.split("-")[0]
    text = f"{friend_note.strip()}\n\n{n17.block(client, ui, org, sent, subject).replace(n17._who(ME), n17._who(friend))}\n{body.strip()}\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=friend,
        to=ME,
        subject=f"{n17.prefix(client, ui)}: {subject}",
        sent=sent + timedelta(hours=5, minutes=3),
        text=text,
    )
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, {"kind": NEG}, lang, note, HAND, OWN)


# FAMILIES
def panelask24() -> Iterator[Case]:
    f = "panelask24"
    hm = ("Rachel Okafor", "rachel.okafor@northgate-logistics.example")
    yield neg(
        f,
        "sit_on_panel",
        "en",
        hm,
        "Could you sit on a panel next Tuesday?",
        sent_on(10, 5, 9, LON),
        "A colleague asks the reader to join a panel interviewing Jordan Pike on Tuesday 12 October 14:00-15:00.",
        "Hi Alex,\n\nWe're interviewing Jordan Pike for the Operations Analyst role on Tuesday 12 October, "
        "14:00-15:00, in the Thames room. Would you be able to join Marcus and me on the panel? "
        "You'd cover the Excel and process questions.\n\nI'll send a calendar hold once you say yes.\n\n"
        "Thanks,\nRachel",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "panelteilnahme",
        "de",
        ("Jana Voss", "jana.voss@hellweg-energie.example"),
        "Bitte um Unterstützung im Vorstellungsgespräch am 14.10.",
        sent_on(10, 4, 11, BER),
        "German: the reader is asked to take part in the interview with Herr Demir on Thursday 14 October 10:00.",
        "Hallo Alex,\n\nam Donnerstag, 14. Oktober, um 10:00 Uhr führen wir das Vorstellungsgespräch mit "
        "Herrn Demir für die Stelle im Controlling. Hättest du Zeit, als Fachbereich dabei zu sein? "
        "Es dauert etwa eine Stunde, Raum 3.12.\n\nViele Grüße\nJana",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "participer_entretien",
        "fr",
        ("Claire Marchand", "c.marchand@ateliers-sorel.example"),
        "Entretien Mme Girard - peux-tu participer ?",
        sent_on(10, 6, 10, PAR),
        "French: a manager asks the reader to join the interview of Mme Girard on Monday 18 October 15h.",
        "Bonjour Alex,\n\nJe reçois Mme Girard en entretien le lundi 18 octobre à 15h pour le poste de "
        "cheffe de projet. Pourrais-tu te joindre à nous pour la partie technique (30 minutes environ) ?\n\n"
        "Merci d'avance,\nClaire",
        days=((10, 18, "Mon"),),
    )
    yield neg(
        f,
        "formar_parte_panel",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@grupo-tajo.example"),
        "¿Puedes estar en la entrevista del miércoles?",
        sent_on(10, 7, 12, MAD),
        "Spanish: the reader is asked to interview with the manager on Wednesday 20 October at 11:30.",
        "Hola Alex:\n\nEl miércoles 20 de octubre a las 11:30 entrevistamos a Pablo Ruiz para el puesto de "
        "analista. Me gustaría que estuvieras conmigo en la entrevista para valorar la parte de datos. "
        "Serán unos 45 minutos en la sala Guadarrama.\n\nGracias,\nLucía",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "mensetsukan_irai",
        "ja",
        ("人事部 採用担当 山下", "saiyo@kitamura-seiki.example"),
        "【依頼】面接官のお願い（10月19日）",
        sent_on(10, 5, 10, TYO),
        "Japanese: HR asks the reader to serve as an interviewer on 10月19日（火）14:00.",
        "Alex様\n\nお疲れ様です。人事部の山下です。\n\n中途採用の二次面接につきまして、面接官としてご参加いただけますでしょうか。\n\n"
        "日時：10月19日（火）14:00〜15:00\n応募者：佐藤 健一 様\n場所：本社 6階 会議室B\n\nよろしくお願いいたします。",
        days=((10, 19, "Tue"),),
    )
    sent = sent_on(10, 6, 14, LON)
    yield ctl(
        f,
        "internal_move_interview",
        "en",
        hm,
        "Your interview for the Planning Lead role",
        sent,
        "Control: the same manager invites the reader to interview for an internal role, Friday 15 October 11:00-11:45.",
        "Hi Alex,\n\nThanks for putting yourself forward for the Planning Lead role. We'd like to "
        "interview you on Friday 15 October, 11:00-11:45, in the Thames room, with Marcus and me.\n\n"
        "Best,\nRachel",
        when(10, 15, "Fri", 11, 0, LON),
        45,
    )


def loop24() -> Iterator[Case]:
    f = "loop24"
    coord = ("Hannah Lee", "hannah.lee@brightwave.example")
    yield neg(
        f,
        "onsite_loop",
        "en",
        coord,
        "Interview loop: Priya Raman - Senior Backend Engineer",
        sent_on(10, 4, 10, SFO),
        "A loop for Priya Raman on Thursday 14 October; the reader runs the system-design slot 11:00-11:45.",
        "Hi team,\n\nHere is Thursday's onsite for Priya Raman (Senior Backend Engineer), Thursday 14 October, "
        "all times PT:\n\n10:00-10:45  Coding - Sam Ortiz\n11:00-11:45  System design - Alex Morgan\n"
        "12:00-12:45  Lunch with Jo\n13:00-13:45  Hiring manager - Dana Cho\n\nResume and kit are linked in "
        "the ATS. Please leave feedback by end of day.\n\nHannah\nRecruiting Coordinator",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "gespreksrooster",
        "nl",
        ("Sanne de Wit", "sanne.dewit@polderbank.example"),
        "Gespreksrooster Tim Bakker, vrijdag 15 oktober",
        sent_on(10, 6, 9, AMS),
        "Dutch: schedule for Tim Bakker's interviews; the reader has the 13:30 slot.",
        "Hoi Alex,\n\nHierbij het rooster voor de gesprekken met Tim Bakker op vrijdag 15 oktober:\n\n"
        "09:30 - 10:15 kennismaking met Ellen\n13:30 - 14:15 casus met jou\n14:30 - 15:00 afronding met HR\n\n"
        "Zijn cv staat in Teams.\n\nGroet,\nSanne",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "intervjuschema",
        "sv",
        ("Maja Lind", "maja.lind@norrsken-it.example"),
        "Intervjuschema för Elin Berg",
        sent_on(10, 7, 13, STO),
        "Swedish: the interview plan for Elin Berg on Tuesday 19 October; the reader has 10:00.",
        "Hej Alex!\n\nElin Berg kommer på intervju tisdag 19 oktober. Du har tekniska delen kl. 10.00-10.45, "
        "Johan tar kulturdelen efteråt. Underlag finns i Teamtailor.\n\nTack!\nMaja",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "agenda_entrevistas",
        "pt-BR",
        ("Fernanda Costa", "fernanda.costa@vila-nova-tech.example"),
        "Agenda de entrevistas - Rafael Souza (quinta, 21/10)",
        sent_on(10, 8, 10, SAO),
        "Brazilian Portuguese: the interview day of Rafael Souza; the reader conducts the 15h round.",
        "Oi Alex,\n\nSegue a agenda do Rafael Souza na quinta-feira, 21/10:\n\n14h - conversa com RH\n"
        "15h - entrevista técnica com você\n16h - gestor da área\n\nO currículo dele está no Gupy. "
        "Qualquer coisa me avisa.\n\nAbs,\nFernanda",
        days=((10, 21, "Thu"),),
    )
    sent = sent_on(10, 5, 15, SFO)
    yield ctl(
        f,
        "own_onsite_loop",
        "en",
        coord,
        "Your onsite interview schedule - Brightwave",
        sent,
        "Control: the same coordinator sends the reader's own onsite, Wednesday 20 October 9:30 to 12:30 PT.",
        "Hi Alex,\n\nHere is your onsite interview schedule for Wednesday, October 20:\n\n"
        "9:30-10:15  Coding with Sam Ortiz\n10:30-11:15  System design with Priya Raman\n"
        "11:30-12:30  Hiring manager with Dana Cho\n\nPlease check in at reception on floor 3.\n\nHannah",
        when(10, 20, "Wed", 9, 30, SFO),
        180,
    )


def feedback24() -> Iterator[Case]:
    f = "feedback24"
    yield neg(
        f,
        "feedback_overdue",
        "en",
        ("Brightwave Recruiting", "no-reply@brightwave.example"),
        "Reminder: feedback for Priya Raman is overdue",
        sent_on(10, 15, 9, SFO),
        "Reminder to the reader to submit interview feedback for Priya Raman by Monday 18 October 12:00 PM.",
        "Hi Alex,\n\nYou interviewed Priya Raman on Thursday, October 14. Your written feedback is still "
        "missing. Please add it in the ATS by Monday, October 18 at 12:00 PM so the hiring team can "
        "review it at the debrief.\n\nThank you,\nBrightwave Recruiting",
        days=((10, 14, "Thu"), (10, 18, "Mon")),
    )
    yield neg(
        f,
        "rueckmeldung_gespraech",
        "de",
        ("Jana Voss", "jana.voss@hellweg-energie.example"),
        "Deine Rückmeldung zum Gespräch mit Herrn Demir",
        sent_on(10, 14, 16, BER),
        "German: asks for the reader's assessment of Herr Demir before Tuesday 19 October 10:00.",
        "Hallo Alex,\n\ndanke für heute! Schick mir bitte bis Dienstag, 19. Oktober, 10:00 Uhr deine "
        "Einschätzung zu Herrn Demir (Stärken, Bedenken, Empfehlung), dann besprechen wir die Entscheidung "
        "mit der Abteilungsleitung.\n\nViele Grüße\nJana",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "valutazione_colloquio",
        "it",
        ("Giulia Rinaldi", "g.rinaldi@fonderie-adige.example"),
        "Valutazione colloquio dott.ssa Bianchi",
        sent_on(10, 12, 11, ROM),
        "Italian: asks the reader to send the evaluation of dott.ssa Bianchi by Friday 15 October at 17:00.",
        "Ciao Alex,\n\nti chiedo di inviarmi la tua valutazione del colloquio con la dott.ssa Bianchi "
        "entro venerdì 15 ottobre alle 17:00. Ci vediamo poi lunedì per decidere.\n\nGrazie,\nGiulia",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "avis_entretien",
        "fr",
        ("Recrutement Sorel", "recrutement@ateliers-sorel.example"),
        "Votre avis sur l'entretien de M. Lambert",
        sent_on(10, 13, 17, PAR),
        "French: reminder to give an opinion on M. Lambert's interview before Thursday 21 October 9h.",
        "Bonjour Alex,\n\nVous avez participé à l'entretien de M. Lambert le mardi 12 octobre. Merci de "
        "saisir votre avis dans l'outil avant le jeudi 21 octobre à 9h, date du point de décision.\n\n"
        "L'équipe Recrutement",
        days=((10, 12, "Tue"), (10, 21, "Thu")),
    )
    sent = sent_on(10, 6, 10, BER)
    yield ctl(
        f,
        "zweites_gespraech",
        "de",
        ("Jana Voss", "jana.voss@hellweg-energie.example"),
        "Einladung zum zweiten Gespräch",
        sent,
        "Control: the same HR person invites the reader to a second interview, Monday 18 October 14:00-15:00.",
        "Hallo Alex,\n\nvielen Dank für das angenehme erste Gespräch. Wir möchten Sie gern zu einem zweiten "
        "Gespräch einladen: Montag, 18. Oktober, 14:00 bis 15:00 Uhr, Hellweg Energie, Raum 3.12.\n\n"
        "Viele Grüße\nJana Voss",
        when(10, 18, "Mon", 14, 0, BER),
        60,
    )


def debrief24() -> Iterator[Case]:
    f = "debrief24"
    yield neg(
        f,
        "hiring_debrief",
        "en",
        ("Dana Cho", "dana.cho@brightwave.example"),
        "Debrief: Priya Raman - Tuesday 4pm",
        sent_on(10, 15, 11, SFO),
        "Hiring-team debrief about Priya Raman on Tuesday 19 October 4:00-4:30 PM.",
        "Hi all,\n\nLet's debrief on Priya Raman on Tuesday, October 19 from 4:00 to 4:30 PM in Redwood. "
        "Please have your written feedback in before then so we don't anchor on each other.\n\nDana",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "reunion_valoracion",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@grupo-tajo.example"),
        "Reunión de valoración - puesto de analista",
        sent_on(10, 20, 16, MAD),
        "Spanish: meeting to assess the people interviewed for the analyst post, Friday 22 October 9:00.",
        "Hola a todos:\n\nYa hemos terminado las entrevistas para el puesto de analista. Os convoco el "
        "viernes 22 de octubre a las 9:00 en la sala Guadarrama para poner en común las valoraciones y "
        "decidir a quién hacemos la oferta.\n\nUn saludo,\nLucía",
        days=((10, 22, "Fri"),),
    )
    yield neg(
        f,
        "abstimmung_auswahl",
        "de",
        ("Markus Brandt", "m.brandt@kessler-bau.example"),
        "Abstimmung Auswahl Bauleitung - Mittwoch 10 Uhr",
        sent_on(10, 14, 15, BER),
        "German: the selection panel agrees on the site-manager hire, Wednesday 20 October 10:00.",
        "Hallo zusammen,\n\nnach den drei Gesprächen diese Woche möchte ich am Mittwoch, 20. Oktober, "
        "um 10:00 Uhr mit euch die Auswahl für die Bauleitung abstimmen. Bitte bringt eure Notizen mit.\n\n"
        "Markus",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "nabespreking",
        "nl",
        ("Sanne de Wit", "sanne.dewit@polderbank.example"),
        "Nabespreking gesprekken Tim en Noor",
        sent_on(10, 15, 16, AMS),
        "Dutch: post-interview discussion about Tim and Noor on Monday 18 October 16:00.",
        "Hoi allen,\n\nMaandag 18 oktober om 16:00 doen we de nabespreking van de gesprekken met Tim "
        "Bakker en Noor Jansen. Graag vooraf je beoordeling invullen.\n\nGroet,\nSanne",
        days=((10, 18, "Mon"),),
    )
    sent = sent_on(10, 7, 10, MAD)
    yield ctl(
        f,
        "entrevista_final",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@grupo-tajo.example"),
        "Entrevista final - Grupo Tajo",
        sent,
        "Control: the same manager invites the reader to a final interview, Thursday 21 October 12:00-13:00.",
        "Hola Alex:\n\nNos gustaría verte en una entrevista final el jueves 21 de octubre de 12:00 a 13:00 "
        "en nuestras oficinas de la calle Atocha 40, con el director del área y conmigo.\n\nUn saludo,\nLucía",
        when(10, 21, "Thu", 12, 0, MAD),
        60,
    )


def shadow24() -> Iterator[Case]:
    f = "shadow24"
    yield neg(
        f,
        "shadow_invite",
        "en",
        ("Tom Ellis", "tom.ellis@carraway-health.example"),
        "Interviewer training: shadow an interview on Wednesday",
        sent_on(10, 8, 10, NYC),
        "The reader, a trainee interviewer, is invited to shadow Tom's interview with an applicant on Wednesday 13 October 2:00 PM.",
        "Hi Alex,\n\nAs the next step of your interviewer training, please shadow my interview with "
        "Laura Kim for the Data Engineer role on Wednesday, October 13 at 2:00 PM ET. Just listen and "
        "take notes; we'll compare afterwards. Next time you lead and I shadow.\n\nTom",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "reverse_shadow",
        "en",
        ("Interview Ops", "interview-ops@carraway-health.example"),
        "Reverse shadow scheduled - Thursday 10/21",
        sent_on(10, 11, 9, NYC),
        "Reverse shadow: the reader leads an interview with a trainer watching, Thursday 21 October 11:00 AM.",
        "Hi Alex,\n\nYour reverse shadow is scheduled: you will lead the behavioral interview with "
        "Marcus Webb on Thursday, 10/21 at 11:00 AM ET, and Tom Ellis will observe. After this one you "
        "can be added to the interviewer pool.\n\nInterview Ops",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "observateur",
        "fr",
        ("Nadia Benali", "n.benali@groupe-corail.example"),
        "Entretien en binôme jeudi - en observateur",
        sent_on(10, 6, 11, PAR),
        "French: the reader observes an interview led by Nadia with a new applicant on Thursday 14 October 10h30.",
        "Bonjour Alex,\n\nPour ta formation au recrutement, je te propose d'assister en observateur à "
        "l'entretien que je mène jeudi 14 octobre à 10h30 avec un postulant au poste de comptable. Tu "
        "n'auras pas de questions à poser.\n\nÀ jeudi,\nNadia",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "kengaku",
        "ja",
        ("採用チーム 小林", "recruit@minato-soft.example"),
        "面接見学のご案内（新任面接官向け）",
        sent_on(10, 5, 17, TYO),
        "Japanese: a new interviewer is invited to observe a first-round interview on 10月13日（水）16:00.",
        "Alex さん\n\n新任面接官研修の一環として、一次面接の見学をお願いします。\n\n"
        "日時：10月13日（水）16:00〜16:45\n面接官：小林\n見学者：Alex さん（質問は不要です）\n\n採用チーム 小林",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "skugga_intervju",
        "sv",
        ("Maja Lind", "maja.lind@norrsken-it.example"),
        "Vill du sitta med på en intervju?",
        sent_on(10, 7, 8, STO),
        "Swedish: the reader may sit in on an interview with a job seeker on Monday 18 October 13:00.",
        "Hej Alex!\n\nDu nämnde att du vill lära dig rekrytering. Vill du sitta med och lyssna när jag "
        "intervjuar en sökande till supportrollen måndag 18 oktober kl. 13.00? Du behöver inte förbereda "
        "något.\n\nMaja",
        days=((10, 18, "Mon"),),
    )
    sent = sent_on(10, 7, 9, PAR)
    yield ctl(
        f,
        "entretien_candidat",
        "fr",
        ("Nadia Benali", "n.benali@groupe-corail.example"),
        "Convocation à un entretien - Groupe Corail",
        sent,
        "Control: the same recruiter invites the reader to an interview, Tuesday 19 October 9h30-10h30.",
        "Bonjour Alex,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien "
        "le mardi 19 octobre de 9h30 à 10h30 dans nos locaux, 12 rue Paradis à Marseille.\n\n"
        "Bien cordialement,\nNadia Benali",
        when(10, 19, "Tue", 9, 30, PAR),
        60,
    )


def applicant24() -> Iterator[Case]:
    f = "applicant24"
    yield neg(
        f,
        "applicant_note",
        "en",
        ("Megan Hart", "megan.hart@oakridge-bank.example"),
        "Re: Loan officer applicant - Thursday 10am",
        sent_on(10, 8, 15, CHI),
        "Note to the hiring team: the applicant Devon Price comes in Thursday 14 October at 10:00 AM; the reader interviews him.",
        "Hi both,\n\nThe applicant from the branch referral, Devon Price, is confirmed for Thursday, "
        "October 14 at 10:00 AM. Alex, can you take the lending scenario questions? I'll do the intro "
        "and walk him out at 10:45.\n\nMegan",
        days=((10, 14, "Thu"),),
        reply=True,
    )
    yield neg(
        f,
        "bewerberin",
        "de",
        ("Petra Albers", "p.albers@hansekontor.example"),
        "Bewerberin für die Assistenz kommt Montag",
        sent_on(10, 13, 9, BER),
        "German: a note to the team that the applicant (Bewerberin) Frau Kühn comes on Monday 18 October at 9:00.",
        "Hallo ihr beiden,\n\ndie Bewerberin für die Assistenzstelle, Frau Kühn, kommt am Montag, "
        "18. Oktober, um 9:00 Uhr zum Gespräch. Alex, kannst du sie unten abholen und die ersten "
        "zehn Minuten übernehmen? Ihre Unterlagen liegen im Laufwerk.\n\nPetra",
        days=((10, 18, "Mon"),),
    )
    yield neg(
        f,
        "sollicitant",
        "nl",
        ("Joost Visser", "joost.visser@vandam-installatie.example"),
        "Sollicitant monteur donderdag",
        sent_on(10, 18, 8, AMS),
        "Dutch: a note that the applicant (sollicitant) comes Thursday 21 October at 14:00; the reader gives the workshop tour.",
        "Hoi Alex,\n\nDonderdag 21 oktober om 14:00 komt er een sollicitant voor de vacature monteur, "
        "Kevin Smit. Wil jij hem na het gesprek de werkplaats laten zien? Ik heb het gesprek om 14:00 "
        "met Ria.\n\nJoost",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "postulante",
        "es",
        ("Andrés Molina", "andres.molina@cafeterias-luna.example"),
        "Postulante para encargado - martes",
        sent_on(10, 14, 18, MAD),
        "Spanish: the applicant (postulante) for shift manager comes on Tuesday 19 October at 17:00; the reader should meet him.",
        "Alex, el martes 19 de octubre a las 17:00 viene el postulante para encargado de turno, "
        "Javier Ortega. ¿Te puedes quedar media hora para conocerlo? Yo le hago la entrevista y luego "
        "le enseñas la cocina.\n\nAndrés",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "persona_selezionata",
        "it",
        ("Chiara Conti", "chiara.conti@studio-conti.example"),
        "Colloquio per la segreteria - mercoledì",
        sent_on(10, 15, 12, ROM),
        "Italian: Chiara tells the reader, a colleague, that the person shortlisted for the front desk comes Wednesday 20 October at 11:00.",
        "Ciao Alex,\n\nmercoledì 20 ottobre alle 11:00 viene in studio la ragazza che abbiamo "
        "preselezionato per la segreteria, Sara Moretti. Ti chiedo di esserci anche tu al colloquio, "
        "visto che lavorerà soprattutto con te.\n\nChiara",
        days=((10, 20, "Wed"),),
    )
    sent = sent_on(10, 6, 10, AMS)
    yield ctl(
        f,
        "eigen_gesprek",
        "nl",
        ("Joost Visser", "joost.visser@vandam-installatie.example"),
        "Uitnodiging sollicitatiegesprek werkvoorbereider",
        sent,
        "Control: the same firm invites the reader to an interview, Wednesday 13 October 10:00-11:00.",
        "Beste Alex,\n\nBedankt voor je sollicitatie als werkvoorbereider. We nodigen je graag uit voor een "
        "gesprek op woensdag 13 oktober van 10:00 tot 11:00 uur bij Van Dam Installatie, Industrieweg 8 "
        "in Zwolle.\n\nMet vriendelijke groet,\nJoost Visser",
        when(10, 13, "Wed", 10, 0, AMS),
        60,
    )


def friendfwd24() -> Iterator[Case]:
    f = "friendfwd24"
    yield relay(
        f,
        "friend_advice",
        "en",
        ("Jess Owens", "jess.owens@mailhub.example"),
        "gmail",
        ("Olivia Grant", "olivia.grant@harbourline.example"),
        "Interview invitation - Marketing Coordinator",
        sent_on(10, 4, 11, LON),
        "Alex!! Look what came in - my first interview in ages. Any tips? You did something similar at "
        "your place, right? Coffee this weekend?\n\nJess",
        "Dear Jess,\n\nThank you for applying for the Marketing Coordinator role. We would like to invite "
        "you to an interview on Wednesday 13 October at 14:30 at our office on Wapping Lane. Please bring "
        "a short portfolio.\n\nKind regards,\nOlivia Grant\nHarbourline",
        "A friend forwards her own interview (Wednesday 13 October 14:30) to the reader asking for tips.",
        days=((10, 13, "Wed"),),
    )
    yield relay(
        f,
        "freund_tipps",
        "de",
        ("Lukas Hein", "lukas.hein@postfach.example"),
        "outlook",
        ("Sabine Roth", "s.roth@bergmann-maschinen.example"),
        "Einladung zum Vorstellungsgespräch",
        sent_on(10, 5, 9, BER),
        "Hi Alex,\n\nkannst du mal drüberschauen? Das ist meine Einladung bei Bergmann. Du kennst doch "
        "die Branche – was fragen die da so?\n\nLG Lukas",
        "Sehr geehrter Herr Hein,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, "
        "19. Oktober, um 10:00 Uhr in unserem Werk in Gütersloh ein.\n\nMit freundlichen Grüßen\nSabine Roth",
        "German: a friend forwards his own interview invitation (Tuesday 19 October 10:00) for advice.",
        days=((10, 19, "Tue"),),
    )
    org = ("Camille Roy", "camille.roy@maison-verlaine.example")
    yield fwd(
        f,
        "amie_pas_moi",
        "fr",
        "gmail",
        org,
        "Entretien - Assistante de direction",
        sent_on(10, 6, 10, PAR),
        "C'est l'entretien de mon amie Inès, pas le mien – elle m'a demandé de relire. Ne pas ajouter.",
        "Bonjour Inès,\n\nNous vous proposons un entretien le vendredi 15 octobre à 11h dans nos bureaux "
        "de la rue de Rivoli.\n\nCordialement,\nCamille Roy",
        "French: the reader forwards a friend's interview with a note saying it is hers, not the reader's.",
    )
    yield relay(
        f,
        "amiga_conselho",
        "pt-BR",
        ("Bruna Lima", "bruna.lima@correio.example"),
        "gmail",
        ("Tatiane Alves", "tatiane.alves@grupo-ipe.example"),
        "Convite para entrevista - Analista de RH",
        sent_on(10, 7, 14, SAO),
        "Amigo, me ajuda? Recebi esse convite e tô nervosa. O que você acha que eles vão perguntar? "
        "Bjs, Bruna",
        "Olá Bruna,\n\nGostaríamos de convidá-la para uma entrevista na segunda-feira, 18 de outubro, às "
        "15h, por Teams.\n\nAtenciosamente,\nTatiane Alves\nGrupo Ipê",
        "Brazilian Portuguese: a friend forwards her interview (Monday 18 October 15h) asking for help.",
        days=((10, 18, "Mon"),),
    )
    org = ("Ben Carter", "ben.carter@fenwick-media.example")
    sent = sent_on(10, 5, 16, LON)
    st = when(10, 14, "Thu", 15, 0, LON)
    yield fwd(
        f,
        "own_interview",
        "en",
        "gmail",
        org,
        "Interview - Content Producer",
        sent,
        "Mine this time - please add it.",
        "Hi Alex,\n\nWe'd love to meet you for an interview on Thursday 14 October, 15:00-16:00, at our "
        "Shoreditch studio.\n\nBest,\nBen Carter\nFenwick Media",
        "Control: the reader forwards their own interview, Thursday 14 October 15:00-16:00.",
        label=slot(st, st + 60 * MIN, sent),
    )


def refcheck24() -> Iterator[Case]:
    f = "refcheck24"
    yield neg(
        f,
        "reference_call",
        "en",
        ("Sophie Turner", "sophie.turner@lumen-analytics.example"),
        "Reference for Chris Doyle - call on Thursday?",
        sent_on(10, 11, 10, LON),
        "A reference-check call about a former report, Thursday 14 October 16:00.",
        "Hi Alex,\n\nChris Doyle has given your name as a referee for the Team Lead role here at Lumen. "
        "Would a 20-minute call on Thursday 14 October at 16:00 work for you? I'll ring your mobile.\n\n"
        "Many thanks,\nSophie Turner\nTalent Acquisition",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "referenz_anruf",
        "de",
        ("Nina Keller", "nina.keller@alpwerk.example"),
        "Referenzauskunft zu Frau Schulte",
        sent_on(10, 12, 11, BER),
        "German: a reference call about Frau Schulte, Friday 15 October 11:00.",
        "Guten Tag,\n\nFrau Schulte hat Sie als Referenz angegeben. Dürfte ich Sie am Freitag, "
        "15. Oktober, um 11:00 Uhr kurz anrufen? Das Gespräch dauert etwa 15 Minuten.\n\n"
        "Freundliche Grüße\nNina Keller",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "prise_de_references",
        "fr",
        ("Julien Morel", "julien.morel@cabinet-morel.example"),
        "Prise de références - M. Petit",
        sent_on(10, 13, 9, PAR),
        "French: a recruiter asks to call the reader about M. Petit on Tuesday 19 October at 9h30.",
        "Bonjour,\n\nM. Antoine Petit vous a cité comme référence. Seriez-vous disponible pour un court "
        "échange téléphonique mardi 19 octobre à 9h30 ?\n\nBien à vous,\nJulien Morel",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "referentie",
        "nl",
        ("Eva Mulder", "eva.mulder@zeeland-zorg.example"),
        "Referentiecheck Lisa de Boer",
        sent_on(10, 14, 14, AMS),
        "Dutch: a reference check about Lisa de Boer, Monday 18 October 10:30.",
        "Beste Alex,\n\nLisa de Boer heeft jou opgegeven als referent. Mag ik je maandag 18 oktober om "
        "10:30 bellen voor een kort gesprek over jullie samenwerking?\n\nGroet,\nEva Mulder",
        days=((10, 18, "Mon"),),
    )
    yield neg(
        f,
        "referenssamtal",
        "sv",
        ("Karin Ek", "karin.ek@fjordhus.example"),
        "Referenstagning – Oskar Nyström",
        sent_on(10, 15, 9, STO),
        "Swedish: a reference call about Oskar Nyström on Wednesday 20 October 14.00.",
        "Hej Alex,\n\nOskar Nyström har angett dig som referens. Passar det att jag ringer onsdag "
        "20 oktober kl. 14.00? Det tar ungefär en kvart.\n\nVänliga hälsningar\nKarin Ek",
        days=((10, 20, "Wed"),),
    )
    sent = sent_on(10, 6, 10, LON)
    yield ctl(
        f,
        "own_interview",
        "en",
        ("Sophie Turner", "sophie.turner@lumen-analytics.example"),
        "Interview - Senior Analyst, Lumen Analytics",
        sent,
        "Control: the same recruiter invites the reader to an interview, Tuesday 12 October 10:00-11:00.",
        "Hi Alex,\n\nThanks for applying for the Senior Analyst role. We'd like to invite you to an "
        "interview on Tuesday 12 October from 10:00 to 11:00 at our Farringdon office.\n\n"
        "Best regards,\nSophie Turner",
        when(10, 12, "Tue", 10, 0, LON),
        60,
    )


def mockmentor24() -> Iterator[Case]:
    f = "mockmentor24"
    yield neg(
        f,
        "mentor_mock",
        "en",
        ("David Park", "david.park@mailhub.example"),
        "Mock interview before your big day?",
        sent_on(10, 5, 19, NYC),
        "A mentor offers a practice interview on Sunday 10 October at 11:00 AM.",
        "Hey Alex,\n\nHappy to run a mock interview with you before Thursday. How about Sunday, October 10 "
        "at 11:00 AM on Zoom? I'll play the hiring manager and grill you on the case study.\n\nDavid",
        days=((10, 10, "Sun"),),
    )
    yield neg(
        f,
        "probegespraech",
        "de",
        ("Mentoring-Programm", "mentoring@alumni-tum.example"),
        "Ihr Übungsgespräch mit Ihrer Mentorin",
        sent_on(10, 4, 10, BER),
        "German: an alumni programme books a practice interview with a mentor, Wednesday 13 October 18:00.",
        "Liebe Alex,\n\nIhre Mentorin Dr. Katrin Weber bietet Ihnen ein Probe-Vorstellungsgespräch an: "
        "Mittwoch, 13. Oktober, 18:00 Uhr, per Videocall. Bringen Sie bitte die Stellenanzeige mit.\n\n"
        "Ihr Mentoring-Team",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "simulacro",
        "es",
        ("Marta Gil", "marta.gil@correo.example"),
        "Ensayamos la entrevista?",
        sent_on(10, 6, 20, MAD),
        "Spanish: a former boss offers to rehearse the interview on Saturday 9 October at 10:00.",
        "Hola Alex:\n\nSi quieres hacemos un simulacro de entrevista el sábado 9 de octubre a las 10:00 en "
        "la cafetería de siempre. Te hago las preguntas típicas de selección y te doy feedback.\n\nMarta",
        days=((10, 9, "Sat"),),
    )
    yield neg(
        f,
        "mogi_mensetsu",
        "ja",
        ("OB訪問 田村", "tamura.k@mailhub.example"),
        "模擬面接の件",
        sent_on(10, 5, 21, TYO),
        "Japanese: an alumnus offers a mock interview on 10月9日（土）13:00.",
        "Alexさん\n\n先日の件、模擬面接をやりましょう。\n10月9日（土）13:00から1時間、オンラインでどうでしょうか。\n"
        "志望動機と自己PRを用意しておいてください。\n\n田村",
        days=((10, 9, "Sat"),),
    )
    sent = sent_on(10, 4, 9, NYC)
    yield ctl(
        f,
        "real_interview",
        "en",
        ("Kara Singh", "kara.singh@meridian-partners.example"),
        "Interview confirmation - Strategy Associate",
        sent,
        "Control: the real interview the mock prepares for, Thursday 14 October 1:00-2:00 PM.",
        "Dear Alex,\n\nThis confirms your interview for the Strategy Associate position on Thursday, "
        "October 14 from 1:00 to 2:00 PM at 350 Park Avenue, 12th floor.\n\nKara Singh\nMeridian Partners",
        when(10, 14, "Thu", 13, 0, NYC),
        60,
    )


def intvhold24() -> Iterator[Case]:
    f = "intvhold24"
    coord = ("Recruiting Scheduling", "scheduling@tallgrass-software.example")
    yield neg(
        f,
        "hold_interviewer",
        "en",
        coord,
        "HOLD: Interview with Tomás Herrera (Product Designer)",
        sent_on(10, 6, 11, CHI),
        "A calendar hold for the reader as interviewer of Tomás Herrera, Tuesday 12 October 2:00-2:45 PM.",
        "Hi Alex,\n\nPlease keep this slot free: you are interviewing Tomás Herrera (Product Designer) on "
        "Tuesday, October 12, 2:00-2:45 PM CT, portfolio review. The final invite follows once he "
        "confirms.\n\nRecruiting Scheduling",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "swap_slot",
        "en",
        ("Priya Shah", "priya.shah@tallgrass-software.example"),
        "Can you take my 3pm interview tomorrow?",
        sent_on(10, 13, 17, CHI),
        "A colleague asks the reader to take over her interview slot on Thursday 14 October 3:00 PM.",
        "Alex - something came up. Could you take my 3pm interview tomorrow (Thu 10/14) with Omar "
        "for the QA role? Kit is in Greenhouse, same questions as last week. Owe you one!\n\nPriya",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "bloqueo_agenda",
        "es",
        ("Selección", "seleccion@grupo-tajo.example"),
        "Bloqueo de agenda: entrevistas puesto de comercial",
        sent_on(10, 7, 9, MAD),
        "Spanish: hold the reader's calendar as interviewer on Thursday 21 October 9:00-13:00.",
        "Hola Alex:\n\nTe bloqueamos la agenda el jueves 21 de octubre de 9:00 a 13:00 para las entrevistas "
        "del puesto de comercial. Serán cuatro personas, 45 minutos cada una. Te pasamos los CV el lunes.\n\n"
        "Selección",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "reserva_horario",
        "pt-BR",
        ("Recrutamento", "recrutamento@vila-nova-tech.example"),
        "Reserva de horário: banca de entrevistas (dev back-end)",
        sent_on(10, 8, 11, SAO),
        "Brazilian Portuguese: reserve the reader's time for interviewing applicants on Wednesday 20 October 14h-17h.",
        "Oi Alex,\n\nReservamos sua agenda na quarta-feira, 20/10, das 14h às 17h, para as entrevistas "
        "técnicas da vaga de dev back-end. Você vai entrevistar três pessoas junto com o Diego.\n\n"
        "Time de Recrutamento",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "terminblocker",
        "de",
        ("Recruiting", "recruiting@hellweg-energie.example"),
        "Terminblocker: Gespräche Werkstudierende",
        sent_on(10, 8, 9, BER),
        "German: a calendar blocker for the reader to run student-job interviews, Friday 22 October 13:00-16:00.",
        "Hallo Alex,\n\nbitte blocke dir Freitag, 22. Oktober, 13:00 bis 16:00 Uhr für die Gespräche mit "
        "den Werkstudierenden. Du führst sie zusammen mit Jana.\n\nDein Recruiting",
        days=((10, 22, "Fri"),),
    )
    sent = sent_on(10, 5, 10, CHI)
    yield ctl(
        f,
        "own_slot",
        "en",
        coord,
        "Interview scheduled: Alex Morgan - Staff Engineer",
        sent,
        "Control: the same scheduling address sends the reader's own interview, Monday 18 October 10:00-11:00 AM CT.",
        "Hi Alex,\n\nYour interview for the Staff Engineer role is scheduled for Monday, October 18, "
        "10:00-11:00 AM on Zoom with Priya Shah and Omar Said. The link follows separately.\n\n"
        "Recruiting Scheduling",
        when(10, 18, "Mon", 10, 0, CHI),
        60,
    )


def jury24() -> Iterator[Case]:
    f = "jury24"
    yield neg(
        f,
        "membre_jury",
        "fr",
        ("Service concours", "concours@cdg-rhone.example"),
        "Convocation membre de jury - recrutement rédacteur",
        sent_on(10, 4, 10, PAR),
        "French: the reader is called as a member of a selection jury for oral tests, Tuesday 19 October 8h30.",
        "Madame, Monsieur,\n\nVous avez accepté de siéger en qualité de membre du jury pour les épreuves "
        "orales du recrutement de rédacteurs territoriaux. Le jury se réunira le mardi 19 octobre à 8h30, "
        "salle du conseil. Les auditions s'enchaîneront jusqu'à 17h.\n\nLe service concours",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "vocal_tribunal",
        "es",
        ("Secretaría del tribunal", "tribunal@ayto-albacete.example"),
        "Designación como vocal del tribunal de selección",
        sent_on(10, 5, 12, MAD),
        "Spanish: the reader is named member (vocal) of a public selection board meeting on Monday 18 October 10:00.",
        "Estimado/a Alex Morgan:\n\nLe comunicamos su designación como vocal del tribunal calificador del "
        "proceso de selección de técnico de empleo. La sesión constitutiva y la entrevista a los aspirantes "
        "tendrán lugar el lunes 18 de octubre a las 10:00 en la sala de juntas.\n\nLa secretaria del tribunal",
        days=((10, 18, "Mon"),),
    )
    yield neg(
        f,
        "commissione",
        "it",
        ("Ufficio personale", "personale@comune-tresano.example"),
        "Nomina componente commissione esaminatrice",
        sent_on(10, 6, 11, ROM),
        "Italian: the reader is appointed to an examining committee for oral interviews on Thursday 21 October 9:00.",
        "Gentile Alex Morgan,\n\nla informiamo che è stato nominato componente della commissione "
        "esaminatrice per la selezione di un istruttore amministrativo. I colloqui orali si terranno "
        "giovedì 21 ottobre alle ore 9:00 presso la sede comunale.\n\nUfficio personale",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "auswahlkommission",
        "de",
        ("Berufungsbüro", "berufungen@hs-lahntal.example"),
        "Auswahlkommission W2-Professur: Probevorträge am 20.10.",
        sent_on(10, 7, 14, BER),
        "German: the reader as committee member is invited to trial lectures and interviews on Wednesday 20 October from 9:00.",
        "Liebe Mitglieder der Auswahlkommission,\n\ndie Probevorträge und Gespräche mit den eingeladenen "
        "Bewerberinnen und Bewerbern finden am Mittwoch, 20. Oktober, ab 9:00 Uhr in Raum A 1.04 statt. "
        "Den Ablaufplan finden Sie im Anhang.\n\nIhr Berufungsbüro",
        days=((10, 20, "Wed"),),
    )
    sent = sent_on(10, 5, 9, PAR)
    yield ctl(
        f,
        "audition_jury",
        "fr",
        ("Service concours", "concours@cdg-rhone.example"),
        "Convocation à l'entretien avec le jury",
        sent,
        "Control: the same office calls the reader to an interview before the jury, Friday 22 October 14h-14h30.",
        "Madame, Monsieur,\n\nVous êtes convoqué(e) à l'entretien avec le jury le vendredi 22 octobre de 14h "
        "à 14h30, salle du conseil. Merci de vous présenter muni(e) d'une pièce d'identité.\n\n"
        "Le service concours",
        when(10, 22, "Fri", 14, 0, PAR),
        30,
    )


def kinfwd24() -> Iterator[Case]:
    f = "kinfwd24"
    yield relay(
        f,
        "zus_gesprek",
        "nl",
        ("Fleur Morgan", "fleur.m@mailhub.example"),
        "gmail",
        ("Bram Kok", "bram.kok@hollandse-media.example"),
        "Uitnodiging sollicitatiegesprek",
        sent_on(10, 6, 10, AMS),
        "Hé grote broer, mijn eerste echte sollicitatiegesprek! Wil je m'n motivatie nog even lezen "
        "voor dinsdag? x Fleur",
        "Beste Fleur,\n\nWe nodigen je uit voor een gesprek op dinsdag 12 oktober om 13:00 uur op ons "
        "kantoor in Hilversum.\n\nGroet,\nBram Kok",
        "Dutch: the reader's sister forwards her own interview (Tuesday 12 October 13:00) for help.",
        days=((10, 12, "Tue"),),
    )
    org = ("Anna Holm", "anna.holm@vastkust-bygg.example")
    yield fwd(
        f,
        "sambo_intervju",
        "sv",
        "gmail",
        org,
        "Inbjudan till intervju",
        sent_on(10, 5, 14, STO),
        "Det här är min sambos intervju, inte min – hon bad mig spara tiden. Lägg inte in den.",
        "Hej Linnea,\n\nVi vill gärna träffa dig på intervju torsdag 14 oktober kl. 9.30 på vårt kontor "
        "i Göteborg.\n\nHälsningar\nAnna Holm",
        "Swedish: the reader forwards the partner's interview with a note saying it is not theirs.",
    )
    yield relay(
        f,
        "musuko_mensetsu",
        "ja",
        ("モーガン 由美", "yumi.morgan@mailhub.example"),
        "gmail",
        ("採用担当 中村", "saiyo@hikari-denki.example"),
        "面接日程のご連絡",
        sent_on(10, 4, 11, TYO),
        "Alexへ\n\n翔太の面接の案内が来ました。服装とか何を聞かれるか、アドバイスしてあげてくれる？\n\n母より",
        "モーガン 翔太 様\n\n面接日程が決まりましたのでご連絡いたします。\n\n日時：10月15日（金）10:00〜11:00\n"
        "場所：本社 3階\n\n採用担当 中村",
        "Japanese: the reader's mother forwards the reader's brother's interview (10月15日 10:00) asking for advice.",
        days=((10, 15, "Fri"),),
    )
    yield relay(
        f,
        "cugino_colloquio",
        "it",
        ("Marco Morgan", "marco.morgan@posta.example"),
        "gmail",
        ("Elena Ferri", "elena.ferri@cantine-ferri.example"),
        "Colloquio conoscitivo",
        sent_on(10, 7, 9, ROM),
        "Ciao cugino, giovedì ho il colloquio da Cantine Ferri. Tu ci hai lavorato, com'è la Ferri? "
        "Che consigli mi dai?",
        "Gentile Marco,\n\nla invitiamo a un colloquio conoscitivo giovedì 21 ottobre alle 15:00 presso la "
        "nostra sede di Verona.\n\nCordiali saluti,\nElena Ferri",
        "Italian: a cousin forwards his own interview (Thursday 21 October 15:00) asking the reader for advice.",
        days=((10, 21, "Thu"),),
    )
    org = ("Per Sandberg", "per.sandberg@vastkust-bygg.example")
    sent = sent_on(10, 6, 9, STO)
    st = when(10, 20, "Wed", 13, 0, STO)
    yield fwd(
        f,
        "min_intervju",
        "sv",
        "gmail",
        org,
        "Intervju – Projektledare",
        sent,
        "Min intervju, lägg in den tack.",
        "Hej Alex,\n\nTack för din ansökan. Välkommen på intervju onsdag 20 oktober kl. 13.00–14.00 på "
        "vårt kontor på Lilla Bommen.\n\nHälsningar\nPer Sandberg",
        "Control: the reader forwards their own interview, Wednesday 20 October 13:00-14:00.",
        label=slot(st, st + 60 * MIN, sent),
    )


def hmscreen24() -> Iterator[Case]:
    f = "hmscreen24"
    yield neg(
        f,
        "phone_screens_list",
        "en",
        ("Greenfield ATS", "notifications@greenfield-ats.example"),
        "Your phone screens this week (hiring manager)",
        sent_on(10, 10, 18, NYC),
        "An ATS lists the reader's screening calls as hiring manager with three applicants.",
        "Hi Alex,\n\nYou have 3 phone screens scheduled as hiring manager for Account Executive:\n\n"
        "Mon Oct 11, 10:00 AM - Jamie Fox\nTue Oct 12, 2:30 PM - Rosa Diaz\nThu Oct 14, 9:00 AM - Omar Said\n\n"
        "Open each profile to see the resume and notes.\n\nGreenfield ATS",
        days=((10, 11, "Mon"), (10, 12, "Tue"), (10, 14, "Thu")),
    )
    yield neg(
        f,
        "bestaetigung_an_bewerber_cc",
        "de",
        ("Lena Fischer", "lena.fischer@nordlicht-solar.example"),
        "Ihr Gesprächstermin am 13.10. - Kopie an Fachbereich",
        sent_on(10, 5, 10, BER),
        "German: HR copies the reader, the hiring manager, on an applicant's interview confirmation; 'zur Info' on top.",
        "Hallo Alex, zur Info – Herr Yilmaz kommt Mittwoch zu dir. Lena\n\n"
        "-----\nSehr geehrter Herr Yilmaz,\n\nhiermit bestätigen wir Ihren Gesprächstermin am Mittwoch, "
        "13. Oktober, um 11:00 Uhr bei Herrn Morgan (Leitung Technik).\n\nMit freundlichen Grüßen\nLena Fischer",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "gestor_entrevistas",
        "pt-BR",
        ("Gupy", "nao-responda@gupy-mail.example"),
        "Entrevistas agendadas com você como gestor",
        sent_on(10, 8, 17, SAO),
        "Brazilian Portuguese: a tracking system lists interviews the reader conducts as manager.",
        "Olá Alex,\n\nVocê tem entrevistas agendadas como gestor da vaga Analista Financeiro:\n\n"
        "Terça, 19/10 às 10h – Larissa Prado\nTerça, 19/10 às 11h – Gustavo Reis\n\n"
        "Acesse o painel para ver os currículos.",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "entretien_manager",
        "fr",
        ("Chloé Martin", "chloe.martin@oceane-voyages.example"),
        "Tes entretiens de la semaine prochaine",
        sent_on(10, 8, 15, PAR),
        "French: HR tells the reader (the manager) whom they will interview next week.",
        "Salut Alex,\n\nPour le poste de conseiller voyage, je t'ai calé deux entretiens : lundi 18 octobre "
        "à 10h avec Léa Dubois et mardi 19 octobre à 14h avec Hugo Vidal. Leurs CV sont dans le dossier "
        "partagé.\n\nChloé",
        days=((10, 18, "Mon"), (10, 19, "Tue")),
    )
    sent = sent_on(10, 4, 11, NYC)
    yield ctl(
        f,
        "own_phone_screen",
        "en",
        ("Greenfield ATS", "notifications@greenfield-ats.example"),
        "Phone screen confirmed - Sales Director",
        sent,
        "Control: the same ATS confirms the reader's own phone screen, Wednesday 13 October 3:00-3:30 PM.",
        "Hi Alex,\n\nYour phone screen for the Sales Director role is confirmed for Wednesday, October 13, "
        "3:00-3:30 PM. Nia Brooks from Talent will call you.\n\nGreenfield ATS",
        when(10, 13, "Wed", 15, 0, NYC),
        30,
    )


def assessor24() -> Iterator[Case]:
    f = "assessor24"
    yield neg(
        f,
        "assessors_wanted",
        "en",
        ("Graduate Recruitment", "grads@pemberton-eng.example"),
        "Assessors needed: graduate assessment centre, 20 October",
        sent_on(10, 4, 9, LON),
        "Staff are asked to volunteer as assessors at a graduate assessment centre on Wednesday 20 October 8:30.",
        "Hello everyone,\n\nWe still need four assessors for the graduate assessment centre on Wednesday "
        "20 October (8:30 briefing, finishing around 16:00). You'll run two interviews and a group "
        "exercise. Reply to this mail to volunteer.\n\nGraduate Recruitment",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "beobachter_ac",
        "de",
        ("Ausbildung", "ausbildung@kranich-logistik.example"),
        "Beobachter für den Azubi-Auswahltag gesucht",
        sent_on(10, 5, 10, BER),
        "German: observers are needed for the apprentice selection day, Friday 22 October 8:00.",
        "Liebe Kolleginnen und Kollegen,\n\nfür unseren Auswahltag der Auszubildenden am Freitag, "
        "22. Oktober, ab 8:00 Uhr suchen wir noch Beobachter für die Einzelgespräche. Meldet euch bitte "
        "bis Mittwoch.\n\nEuer Ausbildungsteam",
        days=((10, 22, "Fri"),),
    )
    yield neg(
        f,
        "selectiedag",
        "nl",
        ("Werving", "werving@deltaport.example"),
        "Interviewers gezocht voor de selectiedag",
        sent_on(10, 6, 11, AMS),
        "Dutch: interviewers are wanted for a selection day on Thursday 14 October 9:00.",
        "Hoi collega's,\n\nVoor de selectiedag van donderdag 14 oktober (9:00 - 15:00) zoeken we nog twee "
        "interviewers. Je voert vier gesprekken van een half uur. Interesse? Laat het Ilse weten.\n\nTeam Werving",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "jornada_seleccion",
        "es",
        ("Talento", "talento@hoteles-brisa.example"),
        "Buscamos entrevistadores para la jornada de selección",
        sent_on(10, 7, 10, MAD),
        "Spanish: interviewers are sought for a hiring day on Saturday 16 October at 9:30.",
        "Hola equipo:\n\nEl sábado 16 de octubre a las 9:30 celebramos la jornada de selección para la "
        "temporada. Necesitamos seis entrevistadores de recepción y pisos. ¿Quién se apunta?\n\nTalento",
        days=((10, 16, "Sat"),),
    )
    sent = sent_on(10, 8, 12, LON)
    yield ctl(
        f,
        "own_ac_slot",
        "en",
        ("Graduate Recruitment", "grads@pemberton-eng.example"),
        "Your assessment centre interview - 20 October",
        sent,
        "Control: the same team gives the reader their own interview slot at the centre, Wednesday 20 October 11:00-11:45.",
        "Dear Alex,\n\nWe are pleased to invite you to our graduate assessment centre. Your interview is on "
        "Wednesday 20 October from 11:00 to 11:45 at Pemberton House, 2 Kings Road, Reading.\n\n"
        "Graduate Recruitment",
        when(10, 20, "Wed", 11, 0, LON),
        45,
    )


BUILDERS = [
    panelask24,
    loop24,
    feedback24,
    debrief24,
    shadow24,
    applicant24,
    friendfwd24,
    refcheck24,
    mockmentor24,
    intvhold24,
    jury24,
    kinfwd24,
    hmscreen24,
    assessor24,
]

MEASURED: list[str] = [
    "First sight (parser at main 4c5939cc, before any change for this batch): dev: 9 of 10 "
    "invitations with the right start and end (9 sure), 27 of 45 negatives claimed with "
    "confidence >= 0.5; held out: 4 of 4 invitations right (4 sure), 7 of 16 negatives "
    "claimed; no calendar-bearing mail in the batch.",
    "",
    "After the batch's two rules: dev 9 of 10 right (9 sure), 2 of 45 claimed; held out 4 of "
    "4 right (4 sure), 7 of 16 claimed (unchanged: the held-out juries, relatives' forwards, "
    "hiring managers' lists and assessor calls are worded unlike the dev families, and no "
    "rule was bent towards them). Whole splits (quick.py, batch included): dev false claims "
    "25 of 1884 (23 of 1839 before the batch), text 2237/2260, sure 2003 (1994 + 9); held out "
    "86/836 claimed (79/820 + 7), 961/1026 text, 807 sure; shared and fixtures unchanged; "
    "cmp.py: no BROKE or FIXED line on the old files, held out worse 0. Left in dev: an "
    "Italian note about 'la ragazza che abbiamo preselezionato' (one sender, no rule), a "
    "German mentor's 'Probe-Vorstellungsgespräch' (the corpus labels an OpenOlat "
    "'Probe-Vorstellungsgespräch' appointment, olatappt, an invitation, so no practice cue "
    "was added), and the reader's own onsite loop read as its first round (end 10:15, label "
    "12:30). After merging main at 925382d7 the whole-corpus figures are the same.",
]

RULES: list[str] = [
    "- Someone else is interviewed and the reader joins, shadows, observes, debriefs or",
    "  gives feedback, hears that an applicant comes in, gets the other person's loop or a",
    "  calendar block for it (`OTHERS_INTERVIEW_CUES`, read by `on_the_panel` beside",
    "  `READER_ON_PANEL_CUES`; undone when the mail names the reader as the candidate):",
    "  this batch's panelask24 (en, de, fr, es, ja), shadow24 (en x2, fr, ja, sv), debrief24",
    "  and feedback24 (en x2, de, it, nl, es), applicant24 (en, de, nl, es), loop24 (en, nl,",
    "  sv, pt-BR) and intvhold24 (en x2, es, pt-BR, de). Each kind has two or more",
    "  senders (joining: en, es, fr, de, sv, pt-BR; shadowing or observing: en x2, fr, ja,",
    "  sv; debrief and feedback: en x2, de, it, nl, es; the applicant: en, de, nl, es; the",
    "  loop: en, nl, sv, pt-BR; the calendar block: de, es, pt-BR); a phrase is one",
    "  language's way of saying its kind.",
    "- The note on top of a forward asks the reader for advice about the interview below",
    "  (`ADVICE_ASKED_CUES`: 'any tips', 'was fragen die', 'kannst du mal drüberschauen', 'me",
    "  ajuda', 'o que você acha que eles vão perguntar'): this batch's friendfwd24 (en, de,",
    "  pt-BR) and negs15's friendiv15 en-NG ('Any tips on what they like to ask?').",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the panel24 batch (`build_panel24.py`)",
        "",
        "Interview mail in which someone other than the reader is interviewed: the reader as "
        "panellist, interviewer, shadow, assessor, jury member, referee or hiring manager, or "
        "as a friend or relative asked for advice, with genuine invitations from the same "
        "senders in the same shapes as controls. All text is ours (no third-party text "
        "copied); people, companies, addresses and links are made up. Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on the message.",
        "",
        "Label policy as in negs13 `panelbrief`, negs15 `hrtask15` and the friends' interviews "
        "there, fwdmix14 and mobile20: an interview that someone else attends as the "
        "interviewee is `not_invitation` for the reader, even when the reader sits in it or "
        "forwards it; an interview set for the reader is an `invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_panel24.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-panel24.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
