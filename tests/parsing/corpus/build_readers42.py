# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "readers42" batch: mail whose reader is not the candidate of the interview it
names (an interviewer, a client, a committee member, a relative), and controls in the same
voices whose reader is the candidate.

Run: .venv/bin/python tests/parsing/corpus/build_readers42.py

- hrmsfb42: Frappe HRMS interview mail. The feedback reminder greets 'Dear Interviewer' and
  lists 'Candidate' / 'Interview Type' / 'Date' (sent to the interviewers who have not given
  feedback), here forwarded or annotated by a coordinator with the interview's hour; controls:
  the candidate's own 'This is a reminder about your ... interview scheduled on ...' and the
  reschedule notice 'Your Interview session is rescheduled from ... to ...' (en, de, fr
  strings from hrms/locale), forwarded by the candidate.
- addedpanel42: an applicant-tracking notice that the reader was added as an interviewer,
  with 'Candidate:' and 'Interviewers:' rows (en, de, fr, es, nl, pt-BR, it, pl); controls: the
  candidate's own notice naming the interviewers.
- scorecard42: the day's interview kit or scorecard reminder to an interviewer, with the
  interview's hour; controls: the candidate told whom they will meet.
- agencyyour42: an agency consultant tells a client hiring manager when 'your candidate' /
  'our candidate' comes; controls: the agency to the candidate, one forwarded twice.
- hcthread42: hiring-committee and coordinator threads (replies with quoted history) that
  settle another person's interview; controls: the same shape written to the candidate.
- relfwd42: a relative or friend forwards their own invitation to the reader with a note;
  controls: the reader's own invitation passed on by a partner, the reader's own forward.
- twicefwd42: forwards of forwards: the candidate forwards an agency's forward of a client's
  invitation, or their work address's forward; look-alikes: an HR mail about a candidate
  forwarded by a manager to the reader who will interview.
- panelpos42: the candidate's own invitations that name the panel or interviewer by name
  ('you will meet', 'Interviewers: ...'), addressed to the candidate by name.

Dates January-March 2027. Every label was written from the datetimes the text is rendered
from (weekday names checked) before the parser was run on any message; the held-out families
were drawn by `random.Random("readers42 coin").sample(sorted(FAMILIES), 2)` right after the
families were listed, before anything was written or measured. Forward blocks are
build_negs17.py's recalled client layouts; all prose except the Frappe HRMS strings is ours;
people, companies and addresses are made up. Deterministic; rewrites only its own families.
"""

from __future__ import annotations

import importlib.util
import random
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


kin = _load("build_kin33", "build_kin33.py")
pp, n17 = kin.pp, kin.n17
p8 = _load("build_prose8", "build_prose8.py")
Case, mail, at = pp.Case, pp.mail, pp.at
OWN = pp.OWN
NEG = "not_invitation"
BATCH = "readers42"
Person = tuple[str, str]
ME: Person = n17.ME  # Alex Morgan, the reader
HOOK: Person = pp.HOOK

FAMILIES = [
    "hrmsfb42",
    "addedpanel42",
    "scorecard42",
    "agencyyour42",
    "hcthread42",
    "relfwd42",
    "twicefwd42",
    "panelpos42",
]
_HELD = set(random.Random("readers42 coin").sample(sorted(FAMILIES), 2))
# a second round of two families, written after the first round was measured and the parser
# changed (agency notes about a named candidate; relatives' own invitations forwarded with a
# note that greets nobody by name): one held out by a second coin, drawn before they were
# written
SECOND = ["clientnote42", "kinnote42"]
_HELD |= set(random.Random("readers42 coin 2").sample(sorted(SECOND), 1))
FAMILIES += SECOND
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

HRMS_OLD = "80f17c99aee38116c0bd4b794845ebe5290d083c"
HRMS_NEW = "31f13f009f23de5c6eb07ea7a042b80249766b4c"
HRMS_SRC = (
    f"frappe/hrms@{HRMS_NEW}:hrms/hr/doctype/interview/interview_feedback_reminder_template.html, "
    "interview_reminder_notification_template.html; "
    f"frappe/hrms@{HRMS_OLD}:hrms/hr/doctype/interview/interview.py (reschedule_interview: "
    "subject 'Interview: {0} Rescheduled', message 'Your Interview session is rescheduled from "
    "{0} {1} - {2} to {3} {4} - {5}'), hrms/locale/de.po, fr.po"
)
HRMS_LIC = "GPL-3.0 (Frappe HRMS); notes, people and companies ours"
HAND = "hand-written; " + OWN

SOURCES = {
    "hrmsfb42": "Frappe HRMS interview mail: feedback reminders to interviewers ('Dear "
    "Interviewer', Candidate / Interview Type / Date rows) passed on or annotated by a "
    "coordinator with the hour (look-alikes); controls: the candidate's own reminder and "
    "reschedule notice (en, de, fr strings), forwarded by the candidate. Source: " + HRMS_SRC,
    "addedpanel42": "hand-written in the shape of applicant-tracking notices: 'you have been "
    "added as an interviewer', Candidate / Interviewers / When rows (en, de, fr, es, nl, pt-BR, "
    "it, pl); controls: the candidate's own notice naming the interviewers (en, de, es)",
    "scorecard42": "hand-written; interview kits and scorecard reminders sent to interviewers "
    "on the day, with the hour (en, de, fr, es, nl, sv, it); controls: the candidate told whom "
    "they will meet (en, fr)",
    "agencyyour42": "hand-written; agency consultants tell a client hiring manager when 'your "
    "candidate' / 'our candidate' comes (en-GB, de, fr, es, nl, it, pt-BR); controls: the agency "
    "to the candidate (en-GB, de, nl)",
    "hcthread42": "hand-written; hiring-committee and coordinator reply threads with quoted "
    "history that settle another person's interview (en, de, fr, es, pl, sv); controls: the same "
    "shape written to the candidate (en, de)",
    "relfwd42": "hand-written; a relative or friend forwards their own invitation to the reader "
    "with a note (de, fr, es, it, pt-BR, en, pl, nl); controls: a partner passes on the reader's "
    "own invitation, the reader forwards their own (en, de, es)",
    "twicefwd42": "hand-written; forwards of forwards: the candidate passes on an agency's "
    "forward of a client's invitation or their own work address's forward (en, de, fr, es, nl); "
    "look-alikes: HR's mail about a candidate forwarded by a manager to the reader, who will "
    "interview (en, de)",
    "clientnote42": "hand-written, second round; agency consultants and coordinators tell a "
    "client or a colleague about a candidate named in the third person (it, nl, fr, de, en-US, "
    "sv, pl, es-MX); controls: the agency telling the candidate whom they meet, the candidate "
    "named as the reader (en-US, it)",
    "kinnote42": "hand-written, second round; relatives and friends forward their own "
    "invitation with a note that greets nobody by name (it, fr, en, sv, nl, pt-BR, de-AT, da); "
    "controls: a relative hands on the reader's own invitation, the reader forwards their own "
    "(en, de, fr)",
    "panelpos42": "hand-written; the candidate's own invitations naming the panel or the "
    "interviewer ('you will meet', 'Interviewers:'), addressed to the candidate by name (en, de, "
    "fr, es, it, nl, pt-BR, sv)",
}

BER, PAR, MAD, ROM, AMS = (
    "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
)  # fmt: skip
LON, WAW, STO, SAO, NYC, CHI, KOL = (
    "Europe/London", "Europe/Warsaw", "Europe/Stockholm", "America/Sao_Paulo",
    "America/New_York", "America/Chicago", "Asia/Kolkata",
)  # fmt: skip
MIN = timedelta(minutes=1)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def person(name: str, domain: str = "mailbox.example") -> Person:
    ascii_name = name.encode("ascii", "ignore").decode().strip() or "someone"
    return (name, ascii_name.lower().replace(" ", ".") + "@" + domain)


def _with_cc(raw: bytes, cc: tuple[Person, ...]) -> bytes:
    """Add a Cc header below To (mail() writes none)."""
    if not cc:
        return raw
    value = ", ".join(f"{name} <{address}>" for name, address in cc)
    head, sep, rest = raw.partition(b"\nTo: ")
    line, nl, after = rest.partition(b"\n")
    return head + sep + line + nl + f"Cc: {value}\n".encode() + after


def _label(
    org: Person | None,
    start: datetime | None,
    end: datetime | None,
    sent: datetime,
    *,
    kind: str,
    zone: str | None,
    original: Person | None,
) -> dict[str, object]:
    if start is None:
        label: dict[str, object] = {"kind": NEG}
    elif zone:
        label = p8.slot(start, end, kind=kind, zone=zone)
    else:
        label = p8.slot(start, end, kind=kind, sent=sent)
    if start is not None and org is not None:
        label["organizer_email"] = org[1]
    if original is not None:
        label["original_sender"] = original[1]
    return label


def direct(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    subject: str,
    sent: datetime,
    note: str,
    *,
    text: str | None = None,
    html: str | None = None,
    to: Person = ME,
    cc: tuple[Person, ...] = (),
    start: datetime | None = None,
    end: datetime | None = None,
    kind: str = "invitation",
    zone: str | None = None,
    template: str = HAND,
    license: str = OWN,
    reply_to_key: str = "",
) -> Case:
    """A mail written straight to `to` (and `cc`); `start` given makes it the reader's own."""
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=reply_to_key,
    )
    raw = _with_cc(raw, cc)
    label = _label(sender, start, end, sent, kind=kind, zone=zone, original=None)
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, license)


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    forwarder: Person,
    addressee: Person,
    org: Person,
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    to: Person = ME,
    start: datetime | None = None,
    end: datetime | None = None,
    kind: str = "invitation",
    zone: str | None = None,
    template: str = HAND,
    license: str = OWN,
) -> Case:
    """`forwarder` passes on `org`'s mail written to `addressee` through `client` in `ui`."""
    head = kin._block(client, ui, org, sent, subject, addressee)
    top = note_text.strip()
    text = f"{top}\n\n{head}\n{body.strip()}\n" if top else f"{head}\n{body.strip()}\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=to,
        subject=f"{n17.prefix(client, ui)}: {subject}",
        sent=sent + timedelta(hours=2, minutes=41),
        text=text,
    )
    recalled = f"{n17.CLIENT_NAME[client]} forward block ({ui} UI) recalled from memory of the client, not re-read"
    label = _label(org, start, end, sent, kind=kind, zone=zone, original=org)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label,
        lang,
        note,
        f"{recalled}; note and forwarded mail: {template}",
        license,
    )


def fwd2(
    family: str,
    name: str,
    lang: str,
    hops: tuple[tuple[str, str], tuple[str, str]],
    forwarder: Person,
    middle: Person,
    first_to: Person,
    org: Person,
    subject: str,
    sent: datetime,
    notes: tuple[str, str],
    body: str,
    note: str,
    *,
    to: Person = HOOK,
    start: datetime | None = None,
    end: datetime | None = None,
    kind: str = "invitation",
    zone: str | None = None,
) -> Case:
    """A forward of a forward: `org` wrote to `middle`, `middle` forwarded to `first_to`
    (through hops[1]) with notes[1], and `forwarder` forwards that (through hops[0]) with
    notes[0] to `to`."""
    (outer_client, outer_ui), (inner_client, inner_ui) = hops
    mid_sent = sent + timedelta(hours=1, minutes=12)
    mid_subject = f"{n17.prefix(inner_client, inner_ui)}: {subject}"
    inner = kin._block(inner_client, inner_ui, org, sent, subject, middle)
    outer = kin._block(outer_client, outer_ui, middle, mid_sent, mid_subject, first_to)
    parts = [
        notes[0].strip(),
        outer.rstrip("\n"),
        notes[1].strip(),
        inner.rstrip("\n"),
        body.strip(),
    ]
    text = "\n\n".join(part for part in parts if part) + "\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=to,
        subject=f"{n17.prefix(outer_client, outer_ui)}: {mid_subject}",
        sent=mid_sent + timedelta(hours=3, minutes=5),
        text=text,
    )
    recalled = (
        f"{n17.CLIENT_NAME[outer_client]} ({outer_ui}) and {n17.CLIENT_NAME[inner_client]} "
        f"({inner_ui}) forward blocks recalled from memory of the clients, not re-read"
    )
    label = _label(org, start, end, sent, kind=kind, zone=zone, original=middle)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label,
        lang,
        note,
        f"{recalled}; notes and forwarded mail: {HAND}",
        OWN,
    )


# --- hrmsfb42 (Frappe HRMS) -------------------------------------------------------------------


def _hrms_feedback(candidate: str, kind: str, day: str, name: str) -> str:
    """interview_feedback_reminder_template.html rendered (Frappe's Email Template body)."""
    return (
        "<p>Dear Interviewer,</p>\n\n<p>\n\tThis is a reminder to submit your feedback for the "
        "interview listed below.\n\tYour timely feedback helps us move the hiring process "
        'forward.\n</p>\n\n<table class="table table-bordered small" style="max-width: 500px;">\n'
        f"\t<tr>\n\t\t<td>Candidate</td>\n\t\t<td><b>{candidate}</b></td>\n\t</tr>\n"
        f"\t<tr>\n\t\t<td>Interview Type</td>\n\t\t<td><b>{kind}</b></td>\n\t</tr>\n"
        f"\t<tr>\n\t\t<td>Date</td>\n\t\t<td><b>{day}</b></td>\n\t</tr>\n</table>\n\n<br>\n"
        f'<a class="btn btn-primary" href="https://hr.northwind-tools.example/app/interview/{name}" '
        'target="_blank">View Interview</a>\n'
    )


def _hrms_reminder(kind: str, day: str, start: str, end: str, company: str) -> str:
    """interview_reminder_notification_template.html rendered."""
    return (
        f"<p>This is a reminder about your <b>{kind}</b> interview scheduled on <b>{day}</b> at "
        f"<b>{start} to {end}</b> at <b>{company}</b>.</p>\n\n<p>Please make sure you are "
        "prepared and reach out if anything comes up before then.</p>\n"
    )


def _text_of(html: str) -> str:
    """The text a forwarding client keeps of a small HTML body."""
    import re

    text = re.sub(r"<(?:br|/p|/tr|/h1)[^>]*>", "\n", html)
    text = re.sub(r"</td>\s*<td>", "  ", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", text)).strip()


def hrmsfb42() -> Iterator[Case]:
    f = "hrmsfb42"
    hr: Person = ("Northwind Hiring", "hiring@northwind-tools.example")
    coord = person("Priya Raman", "northwind-tools.example")
    src, lic = HRMS_SRC, HRMS_LIC
    s = when(2, 11, "Thu", 14, 0, KOL)
    yield fwd(
        f, "fb_fwd_coord_note", "en-IN", "gmail", "en", coord, coord, hr,
        "Interview Feedback Reminder", s - timedelta(days=2),
        "Alex, you're on this one too - the second round with Rohan is Thursday at 2 PM IST in\n"
        "Cabin 3. Please put your feedback in the portal right after, not next week :)\n\nPriya",
        _text_of(_hrms_feedback("Rohan Mehta", "Technical Round 2", "11-02-2027", "HR-INT-2027-00041")),
        "A coordinator forwards the Frappe HRMS feedback reminder (Dear Interviewer; Candidate Rohan Mehta) and tells the reader, an interviewer, the round is Thursday 2 PM IST.",
        template=src, license=lic,
    )  # fmt: skip
    s = when(2, 16, "Tue", 10, 30, BER)
    yield direct(
        f, "fb_direct_with_hour", "de", hr, "Interview Feedback Reminder", s - timedelta(days=1),
        "Frappe HRMS feedback reminder sent straight to the reader as interviewer, the coordinator's line on top: 'Das Gespräch mit Jonas Weber ist morgen um 10:30 Uhr'.",
        html="<p>Hallo zusammen, das Gespräch mit Jonas Weber ist morgen um 10:30 Uhr in Raum "
        "Elbe. Bitte danach direkt Feedback eintragen.</p>\n"
        + _hrms_feedback("Jonas Weber", "Fachgespräch", "16.02.2027", "HR-INT-2027-00057"),
        template=src, license=lic,
    )  # fmt: skip
    s = when(3, 4, "Thu", 15, 0, PAR)
    yield fwd(
        f, "fb_fwd_fr_manager", "fr", "outlook", "fr", person("Claire Dubois", "northwind-tools.example"),
        person("Claire Dubois", "northwind-tools.example"), hr,
        "Interview Feedback Reminder", s - timedelta(days=3),
        "Alex,\n\nje ne serai pas là jeudi : peux-tu faire l'entretien de Léa Martin à ma place ?\n"
        "C'est jeudi 4 mars à 15h, salle Seine. Merci de remplir le retour dans l'outil.\n\nClaire",
        _text_of(_hrms_feedback("Léa Martin", "Entretien final", "04-03-2027", "HR-INT-2027-00088")),
        "A manager forwards the HRMS feedback reminder for Léa Martin and asks the reader to run that interview on Thursday 4 March at 15h in her place.",
        template=src, license=lic,
    )  # fmt: skip
    s = when(2, 23, "Tue", 11, 0, KOL)
    yield direct(
        f, "fb_plain_no_hour", "en-IN", hr, "Interview Feedback Reminder", s + timedelta(days=1),
        "Plain Frappe HRMS feedback reminder to an interviewer after the interview: Candidate Sneha Kulkarni, Date 23-02-2027; no hour, nothing for the reader to attend.",
        html=_hrms_feedback("Sneha Kulkarni", "HR Round", "23-02-2027", "HR-INT-2027-00064"),
        template=src, license=lic,
    )  # fmt: skip
    # controls: the candidate's own copies, forwarded by the candidate
    s = when(2, 18, "Thu", 11, 0, KOL)
    yield fwd(
        f, "own_reminder_fwd", "en-IN", "gmail", "en", ME, ME, hr,
        "Interview Reminder", s - timedelta(days=1),
        "",
        _text_of(_hrms_reminder("Technical", "18-02-2027", "11:00:00", "12:00:00", "Northwind Tools")),
        "Control: the candidate forwards Frappe HRMS's reminder 'your Technical interview scheduled on 18-02-2027 at 11:00:00 to 12:00:00 at Northwind Tools'.",
        to=HOOK, start=s, end=s + 60 * MIN, template=src, license=lic,
    )  # fmt: skip
    s = when(3, 9, "Tue", 14, 0, BER)
    yield fwd(
        f, "own_rescheduled_de", "de", "gmail", "de", ME, ME, hr,
        "Bewerbungsgespräch: HR-INT-2027-00102 verschoben", s - timedelta(days=4),
        "zur Info, neuer Termin",
        "Ihr Vorstellungsgespräch wird von 2027-03-08 10:00:00 - 11:00:00 auf den 2027-03-09 14:00:00 - 15:00:00 verschoben",
        "Control: the candidate forwards Frappe HRMS's German reschedule notice (hrms/locale/de.po): from 8 March 10:00 to 9 March 14:00-15:00.",
        to=HOOK, start=s, end=s + 60 * MIN, kind="reschedule", template=src, license=lic,
    )  # fmt: skip
    s = when(3, 11, "Thu", 9, 30, PAR)
    yield fwd(
        f, "own_rescheduled_fr", "fr", "outlook", "fr", ME, ME, hr,
        "Interview : HR-INT-2027-00110 Replanifié", s - timedelta(days=5),
        "",
        "Votre session d'entretien est reprogrammée de 2027-03-10 09:30:00 - 10:30:00 à 2027-03-11 09:30:00 - 10:30:00",
        "Control: the candidate forwards Frappe HRMS's French reschedule notice (hrms/locale/fr.po): to 11 March 9:30-10:30.",
        to=HOOK, start=s, end=s + 60 * MIN, kind="reschedule", template=src, license=lic,
    )  # fmt: skip


# --- addedpanel42 -----------------------------------------------------------------------------

PANEL_NOTICES = [
    # lang, name, zone, (mo, d, wd, h, mi), minutes, subject, body
    (
        "en",
        "added_interviewer",
        NYC,
        (2, 9, "Tue", 10, 0),
        60,
        "You've been added as an interviewer: Maria Lopez",
        "Hi Alex,\n\nYou have been added as an interviewer for the following interview.\n\n"
        "Candidate: Maria Lopez\nJob: Senior Data Engineer\nWhen: Tuesday, February 9, 2027, 10:00 AM - 11:00 AM (Eastern Time)\n"
        "Interviewers: Alex Morgan, Tom Reyes\nLocation: Zoom (link in the calendar event)\n\n"
        "Please review Maria's resume before the interview and submit your scorecard within 24 hours.\n\n"
        "- Brightpath Recruiting",
    ),
    (
        "de",
        "als_interviewer_hinzugefuegt",
        BER,
        (2, 10, "Wed", 14, 0),
        45,
        "Sie wurden als Interviewer hinzugefügt: Jonas Becker",
        "Hallo Alex,\n\nSie wurden als Interviewer zu folgendem Gespräch hinzugefügt:\n\n"
        "Kandidat: Jonas Becker\nStelle: Backend-Entwickler (m/w/d)\nTermin: Mittwoch, 10. Februar 2027, 14:00 - 14:45 Uhr\n"
        "Interviewer: Alex Morgan, Sabine Roth\nOrt: Raum Isar, 3. OG\n\n"
        "Bitte bewerten Sie den Kandidaten nach dem Gespräch im Bewertungsbogen.\n\nIhr Recruiting-Team",
    ),
    (
        "fr",
        "ajoute_recruteur",
        PAR,
        (2, 12, "Fri", 9, 30),
        60,
        "Vous avez été ajouté comme intervieweur : Camille Roux",
        "Bonjour Alex,\n\nVous avez été ajouté(e) comme intervieweur pour l'entretien suivant :\n\n"
        "Candidat : Camille Roux\nPoste : Chef de projet digital\nDate : vendredi 12 février 2027, 9h30 - 10h30\n"
        "Intervieweurs : Alex Morgan, Julien Petit\n\n"
        "Merci de consulter le CV de la candidate et de remplir la grille d'évaluation après l'entretien.\n\nL'équipe RH",
    ),
    (
        "es",
        "anadido_entrevistador",
        MAD,
        (2, 15, "Mon", 16, 0),
        45,
        "Te han añadido como entrevistador: Lucía Fernández",
        "Hola Alex:\n\nTe han añadido como entrevistador en esta entrevista:\n\n"
        "Candidata: Lucía Fernández\nPuesto: Analista financiero\nFecha: lunes, 15 de febrero de 2027, 16:00 - 16:45\n"
        "Entrevistadores: Alex Morgan, Javier Ruiz\n\n"
        "Revisa el CV antes de la entrevista y envía tu valoración en las 24 horas siguientes.\n\nEquipo de Selección",
    ),
    (
        "nl",
        "toegevoegd_interviewer",
        AMS,
        (2, 17, "Wed", 13, 30),
        60,
        "Je bent toegevoegd als interviewer: Sanne de Vries",
        "Hoi Alex,\n\nJe bent toegevoegd als interviewer voor het volgende gesprek:\n\n"
        "Kandidaat: Sanne de Vries\nVacature: UX Designer\nWanneer: woensdag 17 februari 2027, 13:30 - 14:30\n"
        "Interviewers: Alex Morgan, Pieter Jansen\n\n"
        "Lees het cv vooraf en vul na afloop het beoordelingsformulier in.\n\nTeam Werving",
    ),
    (
        "pt-BR",
        "adicionado_entrevistador",
        SAO,
        (2, 18, "Thu", 10, 0),
        60,
        "Você foi adicionado como entrevistador: Beatriz Souza",
        "Olá, Alex!\n\nVocê foi adicionado como entrevistador na seguinte entrevista:\n\n"
        "Candidata: Beatriz Souza\nVaga: Desenvolvedora Front-end\nQuando: quinta-feira, 18 de fevereiro de 2027, 10:00 - 11:00\n"
        "Entrevistadores: Alex Morgan, Rafael Lima\n\n"
        "Leia o currículo antes e registre sua avaliação em até 24 horas.\n\nEquipe de Talentos",
    ),
    (
        "it",
        "aggiunto_intervistatore",
        ROM,
        (2, 22, "Mon", 11, 0),
        45,
        "Sei stato aggiunto come intervistatore: Marco Bianchi",
        "Ciao Alex,\n\nsei stato aggiunto come intervistatore per questo colloquio:\n\n"
        "Candidato: Marco Bianchi\nPosizione: Controller\nQuando: lunedì 22 febbraio 2027, 11:00 - 11:45\n"
        "Intervistatori: Alex Morgan, Giulia Conti\n\n"
        "Ti chiediamo di compilare la scheda di valutazione subito dopo il colloquio.\n\nUfficio Selezione",
    ),
    (
        "pl",
        "dodany_rekruter",
        WAW,
        (2, 24, "Wed", 12, 0),
        60,
        "Zostałeś dodany jako osoba rekrutująca: Katarzyna Nowak",
        "Cześć Alex,\n\nzostałeś dodany jako osoba prowadząca rozmowę:\n\n"
        "Kandydatka: Katarzyna Nowak\nStanowisko: Księgowa\nTermin: środa, 24 lutego 2027, 12:00 - 13:00\n"
        "Prowadzący: Alex Morgan, Piotr Zieliński\n\n"
        "Prosimy o uzupełnienie arkusza oceny po rozmowie.\n\nZespół HR",
    ),
    (
        "en",
        "panel_updated_time",
        CHI,
        (3, 2, "Tue", 15, 0),
        60,
        "Interview updated: Daniel Kim - Product Manager",
        "Hello Alex,\n\nThe interview you are part of has a new time.\n\n"
        "Candidate: Daniel Kim\nRole: Product Manager\nNew time: Tuesday, March 2, 2027, 3:00 PM - 4:00 PM CST\n"
        "Your role: Interviewer (Product sense)\nOther interviewers: Priya Shah\n\n"
        "The candidate has been notified. Feedback form: https://ats.brightpath.example/fb/8812\n",
    ),
]


def addedpanel42() -> Iterator[Case]:
    f = "addedpanel42"
    ats: Person = ("Recruiting", "no-reply@ats.brightpath.example")
    for lang, name, zone, (mo, d, wd, h, mi), _minutes, subject, body in PANEL_NOTICES:
        s = when(mo, d, wd, h, mi, zone)
        yield direct(
            f, name, lang, ats, subject, s - timedelta(days=3, hours=2),
            f"An applicant-tracking notice adds the reader as an interviewer for another person's interview ({lang}); the time is theirs to attend as interviewer, not the reader's own interview.",
            text=body,
        )  # fmt: skip
    # controls: the candidate's own notice naming the interviewers
    s = when(2, 11, "Thu", 13, 0, NYC)
    yield direct(
        f, "own_named_interviewers", "en", ats, "Your interview with Brightpath is confirmed", s - timedelta(days=4),
        "Control: the reader is the candidate; the notice names the interviewers: 'Interviewers: Tom Reyes, Hannah Lee'.",
        text="Hi Alex,\n\nYour interview is confirmed.\n\nJob: Data Analyst\nWhen: Thursday, February 11, 2027, 1:00 PM - 2:00 PM (Eastern Time)\n"
        "Interviewers: Tom Reyes, Hannah Lee\nWhere: Zoom - the link is in your calendar invite\n\nGood luck!\nBrightpath Recruiting",
        start=s, end=s + 60 * MIN, zone=None,
    )  # fmt: skip
    s = when(2, 19, "Fri", 10, 0, BER)
    yield direct(
        f, "own_named_interviewers_de", "de", ats, "Ihr Vorstellungsgespräch am 19. Februar", s - timedelta(days=5),
        "Control: the reader is the candidate ('Sehr geehrter Herr Morgan'); the notice names the interviewers Sabine Roth and Jonas Brandt.",
        text="Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.\n\n"
        "Termin: Freitag, 19. Februar 2027, 10:00 - 11:00 Uhr\nGesprächspartner: Sabine Roth (Teamleitung), Jonas Brandt (HR)\n"
        "Ort: Leopoldstraße 12, München\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        start=s, end=s + 60 * MIN,
    )  # fmt: skip
    s = when(2, 25, "Thu", 17, 30, MAD)
    yield direct(
        f, "own_named_interviewers_es", "es", ats, "Confirmación de tu entrevista", s - timedelta(days=3),
        "Control: the reader is the candidate; 'Te entrevistarán Javier Ruiz y Marta Gil'.",
        text="Hola Alex:\n\nTe confirmamos tu entrevista para el puesto de Analista de datos.\n\n"
        "Fecha: jueves, 25 de febrero de 2027, 17:30 - 18:15\nTe entrevistarán Javier Ruiz (Responsable de Datos) y Marta Gil (RR. HH.).\n"
        "Lugar: Google Meet (enlace en la invitación)\n\nUn saludo,\nEquipo de Selección",
        start=s, end=s + 45 * MIN,
    )  # fmt: skip


# --- scorecard42 ------------------------------------------------------------------------------

KITS = [
    (
        "en",
        "kit_today",
        LON,
        (1, 19, "Tue", 14, 0),
        "Interview kit: Oliver Grant - 2:00 PM today",
        "Hi Alex,\n\nYou're interviewing Oliver Grant today at 2:00 PM for the Support Lead role.\n"
        "Focus area: customer escalations. Questions and rubric are in the kit below.\n\n"
        "Please submit your scorecard by end of day - the debrief is tomorrow morning.\n\nTalent Team",
    ),
    (
        "de",
        "leitfaden_heute",
        BER,
        (1, 20, "Wed", 9, 30),
        "Interviewleitfaden: Gespräch mit Lena Krause um 9:30 Uhr",
        "Hallo Alex,\n\nheute um 9:30 Uhr führst du das Gespräch mit der Bewerberin Lena Krause (Junior Controlling).\n"
        "Dein Schwerpunkt: Excel-Fallstudie. Bitte trage deine Bewertung bis 17 Uhr in die Scorecard ein.\n\nDanke!\nPeople Team",
    ),
    (
        "fr",
        "grille_evaluation",
        PAR,
        (1, 21, "Thu", 16, 0),
        "Rappel : grille d'évaluation - entretien de Hugo Lambert à 16h",
        "Bonjour Alex,\n\nPetit rappel : tu fais passer l'entretien de Hugo Lambert aujourd'hui à 16h (poste : comptable).\n"
        "Merci de remplir la grille d'évaluation avant demain midi.\n\nL'équipe recrutement",
    ),
    (
        "es",
        "scorecard_pendiente",
        MAD,
        (1, 22, "Fri", 12, 0),
        "Recordatorio: entrevista con el candidato Pablo Ortega a las 12:00",
        "Hola Alex:\n\nHoy a las 12:00 entrevistas al candidato Pablo Ortega para el puesto de Técnico de sistemas.\n"
        "Recuerda rellenar la hoja de evaluación cuando termines.\n\nSaludos,\nSelección",
    ),
    (
        "nl",
        "beoordeling_vandaag",
        AMS,
        (1, 25, "Mon", 11, 0),
        "Herinnering: jij interviewt vandaag Thijs Bakker om 11:00",
        "Hoi Alex,\n\nVandaag om 11:00 voer jij het gesprek met kandidaat Thijs Bakker (Accountmanager).\n"
        "Vul na afloop je beoordeling in het systeem in, dan kunnen we morgen beslissen.\n\nGroet,\nRecruitment",
    ),
    (
        "sv",
        "bedomning_idag",
        STO,
        (1, 26, "Tue", 13, 0),
        "Påminnelse: du intervjuar Elin Lund kl. 13.00",
        "Hej Alex!\n\nI dag kl. 13.00 intervjuar du kandidaten Elin Lund till tjänsten som ekonomiassistent.\n"
        "Fyll i bedömningsmallen direkt efteråt.\n\nHälsningar\nRekrytering",
    ),
    (
        "it",
        "scheda_valutazione",
        ROM,
        (1, 27, "Wed", 15, 30),
        "Promemoria: colloquio con la candidata Sara Gallo alle 15:30",
        "Ciao Alex,\n\noggi alle 15:30 fai il colloquio con la candidata Sara Gallo (Marketing Specialist).\n"
        "Ricordati di compilare la scheda di valutazione entro stasera.\n\nGrazie,\nHR",
    ),
    (
        "en",
        "debrief_after_loop",
        NYC,
        (1, 28, "Thu", 16, 30),
        "Debrief for Aisha Khan's onsite - Thursday 4:30 PM",
        "Hi all,\n\nAisha Khan's onsite wraps up Thursday at 4:00. We'll debrief at 4:30 PM in Birch.\n"
        "Please have your scorecards in before then so we can compare notes.\n\nThanks,\nMegan (Recruiting)",
    ),
]


def scorecard42() -> Iterator[Case]:
    f = "scorecard42"
    for lang, name, zone, (mo, d, wd, h, mi), subject, body in KITS:
        s = when(mo, d, wd, h, mi, zone)
        yield direct(
            f, name, lang, person("Talent Team", "talent.example"), subject, s - timedelta(hours=5),
            f"Interview kit or scorecard reminder to the reader as interviewer of a named candidate ({lang}); not the reader's own interview.",
            text=body,
        )  # fmt: skip
    s = when(1, 29, "Fri", 10, 0, LON)
    yield direct(
        f, "own_you_will_meet", "en-GB", person("Hannah Price", "corvid-labs.example"),
        "Your interview on Friday - who you'll meet", s - timedelta(days=2),
        "Control: the reader is the candidate; 'On Friday at 10:00 you will meet Oliver Grant and Ruth Adeyemi'.",
        text="Dear Alex,\n\nThank you for confirming. On Friday 29 January at 10:00 you will meet Oliver Grant "
        "(Head of Support) and Ruth Adeyemi (Team Lead) at our office on Cloth Fair.\nThe conversation will take about 45 minutes.\n\n"
        "Kind regards,\nHannah Price\nCorvid Labs",
        start=s,
    )  # fmt: skip
    s = when(2, 3, "Wed", 14, 30, PAR)
    yield direct(
        f, "own_panel_fr", "fr", person("Sophie Marchand", "atelier-nord.example"),
        "Votre entretien du 3 février", s - timedelta(days=3),
        "Control: the reader is the candidate; 'vous rencontrerez Hugo Lambert et Nadia Benali' on Wednesday 3 February at 14h30.",
        text="Bonjour Alex,\n\nJe vous confirme votre entretien le mercredi 3 février à 14h30 dans nos locaux.\n"
        "Vous rencontrerez Hugo Lambert (directeur financier) et Nadia Benali (RH).\n\nBien cordialement,\nSophie Marchand",
        start=s,
    )  # fmt: skip


# --- agencyyour42 -----------------------------------------------------------------------------

AGENCY_NOTES = [
    (
        "en-GB",
        "your_candidate_confirmed",
        LON,
        (2, 2, "Tue", 11, 0),
        "Confirmed: Tom Fletcher - Tuesday 11am",
        "Hi Alex,\n\nGood news - your candidate for the Finance Business Partner role, Tom Fletcher, has confirmed "
        "Tuesday 2 February at 11am at your Leeds office. He'll ask for you at reception.\n\n"
        "I'll call you afterwards for feedback.\n\nBest,\nNaomi Hart\nHart & Lyle Recruitment",
    ),
    (
        "de",
        "ihr_kandidat",
        BER,
        (2, 3, "Wed", 15, 0),
        "Bestätigung: Herr Vogel am Mittwoch, 15 Uhr",
        "Hallo Herr Morgan,\n\nunser Kandidat Herr Felix Vogel hat den Termin bestätigt: Mittwoch, 3. Februar, 15:00 Uhr "
        "bei Ihnen im Büro. Seinen aktuellen Lebenslauf habe ich angehängt.\n\nViele Grüße\nSandra Keller\nKeller Personalberatung",
    ),
    (
        "fr",
        "votre_candidate",
        PAR,
        (2, 4, "Thu", 10, 0),
        "Entretien de Mme Girard jeudi 10h",
        "Bonjour Alex,\n\nJe vous confirme que notre candidate, Mme Inès Girard, viendra vous rencontrer jeudi 4 février à 10h "
        "pour le poste de responsable logistique.\n\nN'hésitez pas à me faire un retour après l'entretien.\n\nCordialement,\nMarc Olivier\nCabinet Olivier RH",
    ),
    (
        "es",
        "tu_candidato",
        MAD,
        (2, 5, "Fri", 9, 0),
        "Entrevista de Diego Navarro - viernes 9:00",
        "Hola Alex:\n\nTe confirmo que el candidato que te presentamos, Diego Navarro, irá a vuestra oficina el viernes 5 de febrero a las 9:00.\n"
        "Luego me cuentas qué te ha parecido.\n\nUn abrazo,\nElena Serrano\nSerrano Talent",
    ),
    (
        "nl",
        "jouw_kandidaat",
        AMS,
        (2, 8, "Mon", 14, 0),
        "Gesprek met onze kandidaat Noor Visser maandag 14:00",
        "Hoi Alex,\n\nOnze kandidaat Noor Visser komt maandag 8 februari om 14:00 bij jullie langs voor de functie Controller.\n"
        "Haar cv zit in de bijlage. Laat je na afloop weten hoe het ging?\n\nGroet,\nBram de Wit\nDe Wit Werving",
    ),
    (
        "it",
        "il_candidato",
        ROM,
        (2, 9, "Tue", 16, 0),
        "Conferma colloquio: dott. Luca Moretti",
        "Gentile Alex,\n\nle confermo che il nostro candidato, il dott. Luca Moretti, sarà da voi martedì 9 febbraio alle 16:00 "
        "per la posizione di Responsabile Acquisti.\n\nCordiali saluti,\nChiara Ferri\nFerri Executive Search",
    ),
    (
        "pt-BR",
        "seu_candidato",
        SAO,
        (2, 10, "Wed", 10, 30),
        "Confirmado: entrevista do Felipe Rocha quarta 10h30",
        "Oi, Alex!\n\nO candidato que indicamos, Felipe Rocha, confirmou a entrevista com você na quarta-feira, 10 de fevereiro, às 10h30.\n"
        "Me conta depois como foi.\n\nAbraço,\nCamila Duarte\nDuarte Talentos",
    ),
    (
        "en",
        "shortlist_slots",
        NYC,
        (2, 11, "Thu", 9, 0),
        "Thursday interviews - three candidates for your Controller role",
        "Hi Alex,\n\nHere is Thursday's line-up for your Controller search:\n\n"
        "9:00 AM  Rachel Stone\n10:00 AM  Kevin Osei\n11:00 AM  Laura Mendes\n\n"
        "All three have confirmed. Resumes attached.\n\nThanks,\nGreg Lyle\nHart & Lyle Recruitment",
    ),
]


def agencyyour42() -> Iterator[Case]:
    f = "agencyyour42"
    for lang, name, zone, (mo, d, wd, h, mi), subject, body in AGENCY_NOTES:
        s = when(mo, d, wd, h, mi, zone)
        yield direct(
            f, name, lang, person("Agency consultant", "agency.example"), subject, s - timedelta(days=2),
            f"An agency consultant tells the reader, a client hiring manager, when their candidate comes ({lang}); the reader interviews.",
            text=body,
        )  # fmt: skip
    s = when(2, 12, "Fri", 14, 0, LON)
    naomi = ("Naomi Hart", "naomi.hart@hartlyle.example")
    yield direct(
        f, "own_agency_to_candidate", "en-GB", naomi, "Your interview with Fenwick Foods - Friday 2pm", s - timedelta(days=3),
        "Control: the agency writes to the reader as the candidate: 'Fenwick Foods would like to meet you on Friday 12 February at 2pm; you'll meet Tom Fletcher'.",
        text="Hi Alex,\n\nGreat news - Fenwick Foods would like to meet you on Friday 12 February at 2pm at their Leeds office.\n"
        "You'll meet Tom Fletcher (Finance Director). Allow about an hour.\n\nGood luck - call me after!\nNaomi",
        start=s,
    )  # fmt: skip
    s = when(2, 15, "Mon", 11, 0, BER)
    sandra = ("Sandra Keller", "sandra.keller@keller-pb.example")
    yield direct(
        f, "own_agency_to_candidate_de", "de", sandra, "Ihr Gespräch bei Brunner GmbH", s - timedelta(days=4),
        "Control: the agency writes to the reader as the candidate: 'Sie sind am Montag, 15. Februar um 11:00 Uhr bei Herrn Vogel eingeladen'.",
        text="Hallo Herr Morgan,\n\ndie Brunner GmbH möchte Sie gerne kennenlernen: Sie sind am Montag, 15. Februar um 11:00 Uhr bei Herrn Vogel "
        "(Leitung Einkauf) eingeladen.\n\nViel Erfolg!\nSandra Keller",
        start=s,
    )  # fmt: skip
    s = when(2, 17, "Wed", 9, 30, AMS)
    bram = ("Bram de Wit", "bram@dewitwerving.example")
    client = ("Marieke Smit", "m.smit@havenlogistiek.example")
    yield fwd(
        f, "own_agency_fwd_client", "nl", "gmail", "nl", bram, bram, client,
        "Uitnodiging gesprek Alex Morgan", s - timedelta(days=3),
        "Hoi Alex,\n\nHieronder de bevestiging van Haven Logistiek. Succes woensdag!\n\nBram",
        "Beste Bram,\n\nWe willen Alex Morgan graag spreken op woensdag 17 februari om 9:30 uur bij ons op kantoor.\n"
        "Wil je dat aan hem doorgeven?\n\nGroet,\nMarieke Smit",
        "Control: the agency forwards the client's mail inviting the reader by name ('We willen Alex Morgan graag spreken op woensdag 17 februari om 9:30').",
        start=s,
    )  # fmt: skip


# --- hcthread42 -------------------------------------------------------------------------------

THREADS = [
    (
        "en",
        "committee_slot",
        NYC,
        (3, 3, "Wed", 10, 0),
        "Re: Hiring committee - Dr. Ana Ruiz",
        "Works for me. Let's do Wednesday March 3 at 10:00 AM for Ana's talk and the committee interview after.\n\nDan",
        (
            "On Mon, Mar 1, 2027 at 9:12 AM Paul Greene <paul.greene@univ.example> wrote:",
            "Committee members - the candidate Dr. Ana Ruiz can come Wednesday 10:00 or Thursday 14:00.\n"
            "Please reply with your preference.\nPaul",
        ),
    ),
    (
        "de",
        "kommission_termin",
        BER,
        (3, 4, "Thu", 13, 0),
        "AW: Berufungskommission - Vortrag Dr. Schulz",
        "Liebe Kolleginnen und Kollegen,\n\nder Probevortrag von Dr. Miriam Schulz findet wie besprochen am Donnerstag, 4. März um 13:00 Uhr "
        "im Senatssaal statt, anschließend das Kommissionsgespräch.\n\nBeste Grüße\nKarin Lenz (Sekretariat)",
        (
            "Am 25.02.2027 um 10:03 schrieb Karin Lenz <k.lenz@uni.example>:",
            "Bitte teilen Sie mir Ihre Verfügbarkeit für die Vorträge der Bewerberinnen mit.",
        ),
    ),
    (
        "fr",
        "jury_candidat",
        PAR,
        (3, 5, "Fri", 11, 0),
        "RE: Jury de recrutement - M. Perrin",
        "Bonjour à tous,\n\nC'est calé : le candidat Antoine Perrin passera devant le jury vendredi 5 mars à 11h, salle du conseil.\n"
        "Merci d'apporter vos grilles.\n\nIsabelle",
        (
            "Le mar. 2 mars 2027 à 08:40, Isabelle Faure <i.faure@mairie.example> a écrit :",
            "Qui est disponible vendredi matin pour le jury ?",
        ),
    ),
    (
        "es",
        "comite_candidata",
        MAD,
        (3, 8, "Mon", 12, 30),
        "RE: Comité de selección - Laura Gómez",
        "Perfecto, entonces la candidata Laura Gómez viene el lunes 8 de marzo a las 12:30. Yo la recibo y os aviso cuando suba.\n\nJorge",
        (
            "El vie, 5 mar 2027 a las 17:20, Nuria Vidal <nvidal@grupo.example> escribió:",
            "Alex, ¿puedes hacer la entrevista final con Laura el lunes? Ella propone 12:30.",
        ),
    ),
    (
        "pl",
        "komisja_kandydat",
        WAW,
        (3, 9, "Tue", 10, 0),
        "Odp: Komisja rekrutacyjna - p. Marek Wójcik",
        "Dzień dobry,\n\npotwierdzam: kandydat p. Marek Wójcik przyjdzie we wtorek 9 marca o 10:00. Komisja spotyka się 15 minut wcześniej.\n\nPozdrawiam\nAnna Kowalska",
        (
            "W dniu pt., 5 mar 2027 o 14:02 Anna Kowalska <a.kowalska@firma.example> napisał(a):",
            "Proszę członków komisji o potwierdzenie terminu.",
        ),
    ),
    (
        "sv",
        "panel_kandidat",
        STO,
        (3, 10, "Wed", 14, 0),
        "SV: Intervjupanel - Johan Ek",
        "Hej!\n\nDå kör vi: kandidaten Johan Ek kommer onsdag 10 mars kl. 14.00. Jag tar honom från receptionen.\n\n/Maria",
        (
            "Den 8 mars 2027 kl. 09:15 skrev Maria Holm <maria.holm@bolag.example>:",
            "Kan ni sitta med på intervjun med Johan på onsdag?",
        ),
    ),
    (
        "en",
        "coordinator_cc",
        LON,
        (3, 11, "Thu", 15, 0),
        "Re: Scheduling - Priya Nair (final round)",
        "Thanks both. Booked: Priya Nair's final round is Thursday 11 March, 3:00-4:00pm, Alex and James interviewing.\n"
        "I've sent Priya her confirmation separately.\n\nRuth (Recruiting Coordinator)",
        (
            "On 9 Mar 2027, at 16:05, James Cole <james.cole@firm.example> wrote:",
            "Thursday afternoon is fine for me.",
        ),
    ),
]


def hcthread42() -> Iterator[Case]:
    f = "hcthread42"
    for lang, name, zone, (mo, d, wd, h, mi), subject, new, quoted in THREADS:
        s = when(mo, d, wd, h, mi, zone)
        yield direct(
            f, name, lang, person("Committee member", "committee.example"), subject, s - timedelta(days=2),
            f"A hiring-committee or coordinator thread about another person's interview, with quoted history ({lang}); the reader sits on the committee.",
            text=p8.thread(new, quoted), reply_to_key=f"{BATCH}/{f}/{name}/parent",
        )  # fmt: skip
    s = when(3, 12, "Fri", 10, 0, NYC)
    paul = ("Paul Greene", "paul.greene@univ.example")
    yield direct(
        f, "own_committee_to_candidate", "en", paul, "Re: Campus visit", s - timedelta(days=3),
        "Control: the committee chair replies to the reader as the candidate: 'your interview with the committee on Friday March 12 at 10:00 AM'.",
        text=p8.thread(
            "Dear Alex,\n\nThank you - we have you down for your interview with the search committee on Friday March 12 at 10:00 AM "
            "(Hall B, room 204), followed by lunch with the department.\n\nBest,\nPaul Greene, Committee Chair",
            ("On Mon, Mar 8, 2027 at 11:02 AM Alex Morgan <alex.morgan@mailbox.example> wrote:",
             "Dear Prof. Greene, Friday works well for me."),
        ),
        start=s, reply_to_key=f"{BATCH}/{f}/own/parent",
    )  # fmt: skip
    s = when(3, 15, "Mon", 14, 0, BER)
    karin = ("Karin Lenz", "k.lenz@uni.example")
    yield direct(
        f, "own_kommission_einladung", "de", karin, "AW: Ihre Bewerbung - Einladung", s - timedelta(days=5),
        "Control: the committee's secretary replies to the reader as the candidate: 'laden wir Sie am Montag, 15. März um 14:00 Uhr zum Gespräch ein'.",
        text=p8.thread(
            "Sehr geehrter Herr Morgan,\n\nim Namen der Kommission laden wir Sie am Montag, 15. März um 14:00 Uhr zu Probevortrag und Gespräch ein "
            "(Senatssaal, Hauptgebäude).\n\nMit freundlichen Grüßen\nKarin Lenz",
            ("Am 08.03.2027 um 18:22 schrieb Alex Morgan <alex.morgan@mailbox.example>:",
             "Sehr geehrte Frau Lenz, vielen Dank für Ihre Nachricht."),
        ),
        start=s, reply_to_key=f"{BATCH}/{f}/own2/parent",
    )  # fmt: skip


# --- relfwd42 ---------------------------------------------------------------------------------

KIN = [
    # lang, name, client, ui, relative, company sender, zone, when, subject, note, body
    (
        "de",
        "schwester_fwd",
        "gmail",
        "de",
        person("Julia Morgan"),
        person("Talent Team", "hansa-logistik.example"),
        BER,
        (2, 16, "Tue", 10, 0),
        "Einladung zum Vorstellungsgespräch",
        "Guck mal, ich hab das Gespräch! Dienstag um 10. Kannst du an dem Morgen Mia in die Kita bringen?\nJulia",
        "Sehr geehrte Frau Morgan,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 16. Februar 2027 um 10:00 Uhr ein.\n"
        "Ort: Hansa Logistik, Am Sandtorkai 5, Hamburg.\n\nMit freundlichen Grüßen\nTalent Team",
    ),
    (
        "fr",
        "frere_fwd",
        "gmail",
        "fr",
        person("Nicolas Morgan"),
        person("Recrutement", "boulangeries-lyon.example"),
        PAR,
        (2, 17, "Wed", 14, 30),
        "Convocation à un entretien",
        "Salut Alex, regarde, j'ai enfin un entretien ! Mercredi 14h30. Tu peux me prêter ta voiture ?\nNico",
        "Bonjour Monsieur Morgan,\n\nNous avons le plaisir de vous convier à un entretien le mercredi 17 février 2027 à 14h30 "
        "dans nos locaux, 12 rue Mercière, Lyon.\n\nCordialement,\nLe service recrutement",
    ),
    (
        "es",
        "madre_fwd",
        "outlook",
        "es",
        person("Carmen Morgan"),
        person("Selección", "clinica-sol.example"),
        MAD,
        (2, 18, "Thu", 9, 30),
        "Entrevista - Auxiliar administrativa",
        "Hijo, mira lo que me ha llegado. ¿Me ayudas a preparar la entrevista el fin de semana?\nMamá",
        "Estimada Sra. Morgan:\n\nLe confirmamos su entrevista el jueves 18 de febrero de 2027 a las 9:30 en Clínica Sol, calle Mayor 8.\n\nAtentamente,\nDepartamento de Selección",
    ),
    (
        "it",
        "amico_fwd",
        "gmail",
        "it",
        person("Davide Rinaldi"),
        person("HR", "studio-vela.example"),
        ROM,
        (2, 19, "Fri", 11, 0),
        "Invito a colloquio",
        "Alex! Mi hanno chiamato per il colloquio, venerdì alle 11. Mi presti la giacca blu?\nDavide",
        "Gentile Davide Rinaldi,\n\nla invitiamo a un colloquio venerdì 19 febbraio 2027 alle ore 11:00 presso Studio Vela, via Nazionale 40, Roma.\n\nCordiali saluti,\nUfficio HR",
    ),
    (
        "pt-BR",
        "prima_fwd",
        "gmail",
        "pt",
        person("Larissa Costa"),
        person("Talentos", "mercado-azul.example"),
        SAO,
        (2, 22, "Mon", 15, 0),
        "Convite para entrevista",
        "Alex, olha só! Segunda às 15h. Você fica com o Theo nesse horário?\nLari",
        "Olá, Larissa!\n\nGostaríamos de convidá-la para uma entrevista na segunda-feira, 22 de fevereiro de 2027, às 15h, "
        "na Av. Paulista, 900.\n\nAtenciosamente,\nEquipe de Talentos",
    ),
    (
        "en",
        "flatmate_fwd",
        "gmail",
        "en",
        person("Sam Whitaker"),
        person("Recruiting", "harbor-bank.example"),
        NYC,
        (2, 23, "Tue", 9, 0),
        "Interview invitation - Teller",
        "Alex - got the interview!! Tuesday 9am. Can you let the plumber in that morning?\nSam",
        "Dear Sam,\n\nWe would like to invite you to interview for the Teller position on Tuesday, February 23, 2027 at 9:00 AM "
        "at our Court Street branch.\n\nBest regards,\nHarbor Bank Recruiting",
    ),
    (
        "pl",
        "partnerka_fwd",
        "gmail",
        "pl",
        person("Ola Nowicka"),
        person("Rekrutacja", "drukarnia-wisla.example"),
        WAW,
        (2, 24, "Wed", 12, 0),
        "Zaproszenie na rozmowę",
        "Kochanie, mam rozmowę w środę o 12! Odbierzesz Zosię ze szkoły?\nOla",
        "Szanowna Pani,\n\nzapraszamy na rozmowę kwalifikacyjną w środę 24 lutego 2027 o godz. 12:00 w naszym biurze przy ul. Długiej 7.\n\nZ poważaniem\nDział Rekrutacji",
    ),
    (
        "nl",
        "vader_fwd",
        "outlook",
        "nl",
        person("Henk Morgan"),
        person("Werving", "gemeente-zwolle.example"),
        AMS,
        (2, 25, "Thu", 13, 30),
        "Uitnodiging sollicitatiegesprek",
        "Alex, kun jij me donderdag om 13:00 naar het gemeentehuis brengen? Zie hieronder.\nPa",
        "Geachte heer Morgan,\n\nGraag nodigen wij u uit voor een sollicitatiegesprek op donderdag 25 februari 2027 om 13:30 uur "
        "in het stadskantoor.\n\nMet vriendelijke groet,\nTeam Werving",
    ),
]


def relfwd42() -> Iterator[Case]:
    f = "relfwd42"
    for lang, name, client, ui, rel, org, zone, (mo, d, wd, h, mi), subject, note_text, body in KIN:
        s = when(mo, d, wd, h, mi, zone)
        yield fwd(
            f, name, lang, client, ui, rel, rel, org, subject, s - timedelta(days=5), note_text, body,
            f"A relative or friend forwards their own interview invitation (addressed to them) to the reader with a note and an errand ({lang}); not the reader's interview.",
        )  # fmt: skip
    # controls
    s = when(3, 2, "Tue", 10, 30, LON)
    partner = person("Jamie Morgan")
    org = ("Talent Team", "talent@fernleigh.example")
    yield fwd(
        f, "own_partner_passes_on", "en-GB", "gmail", "en", partner, partner, org,
        "Interview invitation - Alex Morgan", s - timedelta(days=4),
        "Alex, this came to my address for some reason - it's yours! Tuesday 10:30.\nJ x",
        "Dear Alex,\n\nThank you for your application. We would like to invite you to an interview on Tuesday 2 March 2027 at 10:30 "
        "at our office, 4 Fernleigh Road, Bristol.\n\nKind regards,\nFernleigh Talent Team",
        "Control: a partner forwards the reader's own invitation ('Dear Alex', 'Interview invitation - Alex Morgan') that reached the partner's mailbox.",
        start=s,
    )  # fmt: skip
    s = when(3, 3, "Wed", 11, 0, BER)
    org = ("Personalabteilung", "jobs@rheinwerk-bau.example")
    yield fwd(
        f, "own_fwd_with_note_de", "de", "gmail", "de", ME, ME, org,
        "Einladung zum Vorstellungsgespräch", s - timedelta(days=6),
        "Für Afterview - mein Termin, meine Schwester kommt zur Unterstützung mit.",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Mittwoch, 3. März 2027 um 11:00 Uhr ein.\n"
        "Ort: Rheinwerk Bau, Rheinallee 20, Mainz.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "Control: the reader forwards their own invitation with a note that mentions their sister.",
        to=HOOK, start=s,
    )  # fmt: skip
    s = when(3, 4, "Thu", 16, 0, MAD)
    org = ("Selección", "rrhh@hotel-alameda.example")
    yield fwd(
        f, "own_fwd_es", "es", "outlook", "es", ME, ME, org,
        "Entrevista - Recepcionista", s - timedelta(days=5),
        "Mi entrevista del jueves. Mi hermano me lleva en coche.",
        "Hola Alex:\n\nTe esperamos el jueves 4 de marzo de 2027 a las 16:00 para la entrevista de Recepcionista en Hotel Alameda, Paseo de la Alameda 3.\n\nUn saludo,\nSelección",
        "Control: the reader forwards their own invitation; the note mentions a brother.",
        to=HOOK, start=s,
    )  # fmt: skip


# --- twicefwd42 -------------------------------------------------------------------------------


def twicefwd42() -> Iterator[Case]:
    f = "twicefwd42"
    s = when(3, 16, "Tue", 10, 0, LON)
    agent = ("Naomi Hart", "naomi.hart@hartlyle.example")
    client = ("Tom Fletcher", "tom.fletcher@fenwickfoods.example")
    yield fwd2(
        f, "agency_client_gmail", "en-GB", (("gmail", "en"), ("outlook", "en")), ME, agent, ME, client,
        "Second interview - Alex Morgan", s - timedelta(days=4),
        ("For my calendar.", "Hi Alex - see Tom's note below, you're through to round two! Good luck.\nNaomi"),
        "Hi Naomi,\n\nWe'd like to see Alex Morgan again for a second interview on Tuesday 16 March at 10:00am, with me and our CFO Ruth Adeyemi.\n"
        "Please let Alex know.\n\nThanks,\nTom",
        "Control: the candidate forwards an agency's forward of the client's mail inviting the candidate by name to a second interview.",
        start=s,
    )  # fmt: skip
    s = when(3, 17, "Wed", 14, 0, BER)
    work = ("Alex Morgan", "a.morgan@altfirma.example")
    hr = ("Personalabteilung", "bewerbung@kranich-medien.example")
    yield fwd2(
        f, "work_to_private_de", "de", (("gmail", "de"), ("outlook", "de")), ME, work, ME, hr,
        "Einladung zum Vorstellungsgespräch", s - timedelta(days=6),
        ("", "an private Adresse"),
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie am Mittwoch, 17. März 2027 um 14:00 Uhr zum Gespräch ein.\n"
        "Ihre Gesprächspartner sind Frau Kranich und Herr Olsen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "Control: the candidate's work address forwards the invitation to the private address, which forwards it on.",
        start=s,
    )  # fmt: skip
    s = when(3, 18, "Thu", 9, 30, PAR)
    agent = ("Marc Olivier", "marc@olivier-rh.example")
    client = ("Inès Girard", "ines.girard@transnord.example")
    yield fwd2(
        f, "cabinet_client_fr", "fr", (("gmail", "fr"), ("gmail", "fr")), ME, agent, ME, client,
        "Entretien M. Morgan", s - timedelta(days=5),
        ("À ajouter.", "Bonjour Alex, voici la confirmation du client. Bonne chance !\nMarc"),
        "Bonjour Marc,\n\nNous recevrons M. Alex Morgan le jeudi 18 mars à 9h30 pour un second entretien avec notre directeur.\n\nBien à vous,\nInès Girard",
        "Control: the candidate forwards the agency's forward of the client's mail naming him as the one received.",
        start=s,
    )  # fmt: skip
    s = when(3, 19, "Fri", 12, 0, MAD)
    agent = ("Elena Serrano", "elena@serranotalent.example")
    client = ("Diego Navarro", "dnavarro@cooperativa-sur.example")
    yield fwd2(
        f, "agencia_cliente_es", "es", (("outlook", "es"), ("gmail", "es")), ME, agent, ME, client,
        "Entrevista final - Alex Morgan", s - timedelta(days=4),
        ("", "Alex, te reenvío lo de Diego. ¡Suerte el viernes!\nElena"),
        "Hola Elena:\n\nNos gustaría ver a Alex Morgan el viernes 19 de marzo a las 12:00 para la entrevista final.\n\nGracias,\nDiego",
        "Control: the candidate forwards an agency's forward of the client's invitation that names the candidate.",
        start=s,
    )  # fmt: skip
    s = when(3, 22, "Mon", 10, 0, AMS)
    work = ("Alex Morgan", "alex.morgan@oudwerk.example")
    hr = ("Recruitment", "werken@polderdata.example")
    yield fwd2(
        f, "werk_naar_prive_nl", "nl", (("gmail", "nl"), ("outlook", "nl")), ME, work, ME, hr,
        "Uitnodiging tweede gesprek", s - timedelta(days=5),
        ("Voor Afterview.", ""),
        "Beste Alex,\n\nGraag nodigen we je uit voor een tweede gesprek op maandag 22 maart 2027 om 10:00 uur. Je spreekt met Sanne Visser en Pieter Jansen.\n\nGroet,\nRecruitment Polderdata",
        "Control: work address to private address to Afterview; the invitation names the two interviewers.",
        start=s,
    )  # fmt: skip
    # look-alikes: HR's mail about a candidate, forwarded twice to the reader who will interview
    s = when(3, 23, "Tue", 15, 0, NYC)
    manager = ("Megan Ross", "megan.ross@harbor-bank.example")
    hr = ("Talent Acquisition", "ta@harbor-bank.example")
    yield fwd2(
        f, "hr_manager_to_interviewer", "en", (("gmail", "en"), ("outlook", "en")), manager, manager, ME, hr,
        "Interview scheduled: Kevin Osei - Branch Manager", s - timedelta(days=3),
        ("Alex - can you cover this one for me? I'm out Tuesday.\nMegan", ""),
        "Hi Megan,\n\nThe candidate Kevin Osei is scheduled for his interview with you on Tuesday, March 23 at 3:00 PM at the Court Street branch.\n"
        "Please complete the interview scorecard afterwards.\n\nTalent Acquisition",
        "A manager forwards HR's notice about the candidate Kevin Osei's interview (itself a forward) and asks the reader to interview in her place.",
        to=ME,
    )  # fmt: skip
    s = when(3, 24, "Wed", 9, 0, BER)
    lead = ("Sabine Roth", "sabine.roth@isarsoft.example")
    hr = ("HR", "hr@isarsoft.example")
    yield fwd2(
        f, "hr_teamlead_to_kollege_de", "de", (("outlook", "de"), ("outlook", "de")), lead, lead, ME, hr,
        "Gesprächstermin Bewerberin Frau Yilmaz", s - timedelta(days=2),
        ("Hallo Alex,\nkannst du mich bei dem Gespräch vertreten? Unterlagen hängen dran.\nSabine", ""),
        "Hallo Sabine,\n\ndie Bewerberin Frau Elif Yilmaz kommt am Mittwoch, 24. März um 9:00 Uhr zum Gespräch zu dir.\nBitte danach den Bewertungsbogen ausfüllen.\n\nViele Grüße\nHR",
        "A team lead forwards HR's note about the applicant Frau Yilmaz's interview and asks the reader to stand in as interviewer.",
        to=ME,
    )  # fmt: skip


# --- panelpos42 -------------------------------------------------------------------------------

OWN_PANEL = [
    (
        "en",
        "you_will_meet",
        NYC,
        (1, 12, "Tue", 11, 0),
        60,
        person("Lena Park", "quartzhealth.example"),
        "Interview confirmation - Tuesday, January 12",
        "Hi Alex,\n\nThanks for making time. You'll meet Dr. Omar Haddad (Clinical Lead) and Jessica Tran (Operations) on "
        "Tuesday, January 12 from 11:00 AM to 12:00 PM at 500 Main St, Suite 300.\n\nBest,\nLena Park\nQuartz Health",
    ),
    (
        "de",
        "gespraechspartner",
        BER,
        (1, 13, "Wed", 10, 0),
        60,
        person("Tobias Hahn", "elbwerk.example"),
        "Ihr Vorstellungsgespräch am 13. Januar",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Mittwoch, 13. Januar 2027, 10:00 - 11:00 Uhr.\n"
        "Ihre Gesprächspartner: Frau Dr. Ines Wolf (Bereichsleitung) und Herr Tobias Hahn (Personal).\n\nMit freundlichen Grüßen\nTobias Hahn",
    ),
    (
        "fr",
        "jury_vous",
        PAR,
        (1, 14, "Thu", 14, 0),
        45,
        person("Nadia Benali", "groupe-azur.example"),
        "Votre entretien avec le jury",
        "Bonjour Alex,\n\nVous passerez devant un jury composé de M. Hugo Lambert et Mme Claire Dubois le jeudi 14 janvier à 14h00, "
        "pour une durée de 45 minutes.\n\nBien cordialement,\nNadia Benali",
    ),
    (
        "es",
        "te_entrevistaran",
        MAD,
        (1, 15, "Fri", 10, 30),
        60,
        person("Marta Gil", "grupo-norte.example"),
        "Tu entrevista del viernes",
        "Hola Alex:\n\nEl viernes 15 de enero a las 10:30 te entrevistarán Javier Ruiz y Lucía Fernández. La entrevista dura una hora.\n\nUn saludo,\nMarta Gil",
    ),
    (
        "it",
        "incontrerai",
        ROM,
        (1, 18, "Mon", 15, 0),
        45,
        person("Giulia Conti", "officine-roma.example"),
        "Conferma colloquio - lunedì 18 gennaio",
        "Gentile Alex Morgan,\n\nle confermiamo il colloquio lunedì 18 gennaio alle 15:00. Incontrerà l'ing. Marco Bianchi e la dott.ssa Sara Gallo.\n"
        "Durata prevista: 45 minuti.\n\nCordiali saluti,\nGiulia Conti",
    ),
    (
        "nl",
        "je_spreekt",
        AMS,
        (1, 19, "Tue", 9, 0),
        60,
        person("Pieter Jansen", "dijkstra-groep.example"),
        "Bevestiging gesprek dinsdag 19 januari",
        "Beste Alex,\n\nJe gesprek is op dinsdag 19 januari van 9:00 tot 10:00 uur. Je spreekt met Sanne de Vries (manager) en mij.\n\nTot dan!\nPieter Jansen",
    ),
    (
        "pt-BR",
        "voce_conversara",
        SAO,
        (1, 20, "Wed", 14, 0),
        60,
        person("Rafael Lima", "verde-agro.example"),
        "Sua entrevista na quarta-feira",
        "Olá, Alex!\n\nSua entrevista está confirmada para quarta-feira, 20 de janeiro, das 14h às 15h. Você vai conversar com a Beatriz Souza (gerente) e comigo.\n\nAbraços,\nRafael Lima",
    ),
    (
        "sv",
        "du_traffar",
        STO,
        (1, 21, "Thu", 13, 0),
        60,
        person("Maria Holm", "nordljus.example"),
        "Intervju torsdag 21 januari",
        "Hej Alex!\n\nVälkommen på intervju torsdag 21 januari kl. 13.00–14.00. Du träffar Johan Ek (chef) och Elin Lund (HR).\n\nHälsningar\nMaria Holm",
    ),
    (
        "en",
        "interviewers_rows",
        CHI,
        (1, 22, "Fri", 9, 0),
        90,
        person("Recruiting", "lakefront-ai.example"),
        "Your onsite schedule - Friday, January 22",
        "Hi Alex,\n\nHere is your onsite schedule for Friday, January 22 (all times Central):\n\n"
        "9:00 AM - 10:30 AM\nInterviewers: Priya Shah, Daniel Kim\nFocus: system design\n\n"
        "Please check in at the front desk 10 minutes early.\n\nLakefront AI Recruiting",
    ),
    (
        "en",
        "candidate_is_you",
        NYC,
        (1, 25, "Mon", 16, 0),
        30,
        person("Coordinator", "harbor-bank.example"),
        "Interview scheduled: Alex Morgan - Branch Manager",
        "Hi Alex,\n\nYour interview is scheduled.\n\nCandidate: Alex Morgan\nPosition: Branch Manager\n"
        "When: Monday, January 25, 2027, 4:00 PM - 4:30 PM\nInterviewer: Megan Ross\n\nSee you then,\nHarbor Bank",
    ),
]


def panelpos42() -> Iterator[Case]:
    f = "panelpos42"
    for lang, name, zone, (mo, d, wd, h, mi), minutes, sender, subject, body in OWN_PANEL:
        s = when(mo, d, wd, h, mi, zone)
        yield direct(
            f, name, lang, sender, subject, s - timedelta(days=4),
            f"The reader's own invitation that names the interviewers or panel ({lang}); addressed to the reader.",
            text=body, start=s, end=s + minutes * MIN,
        )  # fmt: skip


# --- second round: clientnote42, kinnote42 ----------------------------------------------------

CLIENT_NOTES = [
    (
        "it",
        "candidato_confermato",
        ROM,
        (4, 6, "Tue", 10, 0),
        "Colloquio confermato - Elena Ricci",
        "Buongiorno Alex,\n\nla candidata che le abbiamo segnalato, Elena Ricci, ha confermato il colloquio di martedì 6 aprile alle 10:00 presso la vostra sede di via Tiburtina.\n\nResto a disposizione,\nPaolo Marchetti\nMarchetti Selezione",
    ),
    (
        "nl",
        "kandidaat_bevestigd",
        AMS,
        (4, 7, "Wed", 15, 30),
        "Bevestigd: Lotte Mulder woensdag 15:30",
        "Hoi Alex,\n\nOnze kandidaat, Lotte Mulder, heeft woensdag 7 april om 15:30 bevestigd voor het gesprek bij jullie in Utrecht.\n\nGroet,\nFemke Bos\nBos Recruitment",
    ),
    (
        "fr",
        "candidat_confirme",
        PAR,
        (4, 8, "Thu", 11, 0),
        "Confirmation : M. Théo Garnier jeudi 11h",
        "Bonjour Alex,\n\nLe candidat pour le poste de contrôleur de gestion, M. Théo Garnier, a confirmé sa venue jeudi 8 avril à 11h dans vos bureaux.\n\nBien à vous,\nAudrey Leroy\nLeroy Conseil",
    ),
    (
        "de",
        "kandidatin_bestaetigt",
        BER,
        (4, 9, "Fri", 9, 0),
        "Termin bestätigt: Frau Nina Hartmann",
        "Hallo Herr Morgan,\n\nIhre Kandidatin für die Stelle im Einkauf, Frau Nina Hartmann, hat den Termin am Freitag, 9. April um 9:00 Uhr bestätigt.\n\nBeste Grüße\nMarkus Weber\nWeber Personal",
    ),
    (
        "en-US",
        "the_candidate_locked_in",
        NYC,
        (4, 12, "Mon", 13, 0),
        "Locked in: Jordan Blake Monday 1 PM",
        "Hi Alex,\n\nThe candidate you liked on paper, Jordan Blake, is locked in for Monday, April 12 at 1:00 PM at your Midtown office.\n\nLet me know how it goes.\nChris Dunn\nDunn Talent",
    ),
    (
        "sv",
        "kandidaten_bekraftat",
        STO,
        (4, 13, "Tue", 10, 0),
        "Bekräftat: Anna Berglund tisdag 10.00",
        "Hej Alex!\n\nVår kandidat Anna Berglund har bekräftat tisdag 13 april kl. 10.00 hos er på Kungsgatan.\n\nHälsningar\nOskar Nyberg\nNyberg Rekrytering",
    ),
    (
        "pl",
        "kandydatka_potwierdzila",
        WAW,
        (4, 14, "Wed", 11, 30),
        "Potwierdzenie: p. Magdalena Wrona",
        "Dzień dobry,\n\nnasza kandydatka p. Magdalena Wrona potwierdziła spotkanie w środę 14 kwietnia o 11:30 w Państwa biurze.\n\nPozdrawiam\nKamil Duda\nDuda HR",
    ),
    (
        "es-MX",
        "candidato_confirmado",
        "America/Mexico_City",
        (4, 15, "Thu", 12, 0),
        "Confirmado: Andrés Salinas jueves 12:00",
        "Hola Alex:\n\nEl candidato que te compartimos, Andrés Salinas, confirmó la entrevista contigo el jueves 15 de abril a las 12:00 en sus oficinas de Reforma.\n\nSaludos,\nValeria Ortiz\nOrtiz Talento",
    ),
]


def clientnote42() -> Iterator[Case]:
    f = "clientnote42"
    for lang, name, zone, (mo, d, wd, h, mi), subject, body in CLIENT_NOTES:
        s = when(mo, d, wd, h, mi, zone)
        yield direct(
            f, name, lang, person("Consultant", "agency-second.example"), subject, s - timedelta(days=2),
            f"An agency consultant tells the reader, a client, that a named candidate confirmed a time ({lang}); the reader interviews.",
            text=body,
        )  # fmt: skip
    s = when(4, 16, "Fri", 14, 0, NYC)
    yield direct(
        f, "own_you_meet_client", "en-US", ("Chris Dunn", "chris@dunntalent.example"),
        "You're confirmed with Halvorsen - Friday 2 PM", s - timedelta(days=3),
        "Control: the agency tells the reader, the candidate, that the client's Jordan Blake will see them Friday 2 PM.",
        text="Hi Alex,\n\nYou're confirmed with Halvorsen Capital on Friday, April 16 at 2:00 PM. You'll sit down with Jordan Blake, their COO.\n\nGood luck!\nChris",
        start=s,
    )  # fmt: skip
    s = when(4, 19, "Mon", 9, 30, ROM)
    yield direct(
        f, "own_candidate_is_reader", "it", ("Paolo Marchetti", "paolo@marchetti-sel.example"),
        "Colloquio lunedì 19 aprile", s - timedelta(days=3),
        "Control: the agency writes to the reader; 'il candidato Alex Morgan' is the reader, and the mail says 'il suo colloquio'.",
        text="Gentile Alex,\n\nho comunicato al cliente che il candidato Alex Morgan sarà presente: il suo colloquio è lunedì 19 aprile alle 9:30 in via Tiburtina.\n\nCordiali saluti,\nPaolo Marchetti",
        start=s,
    )  # fmt: skip


KIN_NOTES = [
    (
        "it",
        "sorella",
        "gmail",
        "it",
        person("Chiara Morgan"),
        person("Selezione", "farmacia-centrale.example"),
        ROM,
        (4, 20, "Tue", 16, 0),
        "Invito a colloquio",
        "Guarda cosa mi è arrivato!! Martedì pomeriggio. Mi tieni Leo quel giorno?\nChiara",
        "Gentile Sig.ra Morgan,\n\nsiamo lieti di invitarla a un colloquio martedì 20 aprile 2027 alle ore 16:00 presso la Farmacia Centrale, piazza Vittorio 3.\n\nCordiali saluti,\nUfficio Selezione",
    ),
    (
        "fr",
        "cousin",
        "gmail",
        "fr",
        person("Julien Morgan"),
        person("RH", "garage-dupuis.example"),
        PAR,
        (4, 21, "Wed", 10, 30),
        "Votre entretien",
        "Devine qui a décroché un entretien ? Tu peux me déposer mercredi matin ?\nJu",
        "Monsieur Morgan,\n\nNous vous recevrons en entretien le mercredi 21 avril 2027 à 10h30 au garage Dupuis, 8 avenue Foch.\n\nCordialement,\nService RH",
    ),
    (
        "en",
        "brother",
        "outlook",
        "en",
        person("Ben Morgan"),
        person("Hiring", "riverside-hotel.example"),
        LON,
        (4, 22, "Thu", 14, 0),
        "Interview - Night Porter",
        "Look what turned up! Any chance of borrowing your suit on Thursday?\nBen",
        "Dear Mr Morgan,\n\nThank you for applying. We would like to invite you to an interview on Thursday 22 April 2027 at 2pm at the Riverside Hotel.\n\nKind regards,\nHiring Team",
    ),
    (
        "sv",
        "mamma",
        "gmail",
        "sv",
        person("Karin Morgan"),
        person("Rekrytering", "kommunen-falun.example"),
        STO,
        (4, 23, "Fri", 9, 0),
        "Kallelse till intervju",
        "Titta, jag blev kallad! Kan du skjutsa mig på fredag?\nMamma",
        "Hej Karin,\n\nDu är välkommen på intervju fredag 23 april 2027 kl. 09.00 i stadshuset.\n\nVänliga hälsningar\nRekrytering",
    ),
    (
        "nl",
        "vriendin",
        "gmail",
        "nl",
        person("Eva Smits"),
        person("HR", "bakkerij-zon.example"),
        AMS,
        (4, 26, "Mon", 11, 0),
        "Uitnodiging gesprek",
        "Eindelijk een gesprek!! Maandag om 11. Duimen jij?\nEva",
        "Beste mevrouw Smits,\n\nWe nodigen u graag uit voor een gesprek op maandag 26 april 2027 om 11:00 uur.\n\nMet vriendelijke groet,\nHR Bakkerij Zon",
    ),
    (
        "pt-BR",
        "irmao",
        "gmail",
        "pt",
        person("Lucas Morgan"),
        person("RH", "loja-sol.example"),
        SAO,
        (4, 27, "Tue", 14, 30),
        "Entrevista marcada",
        "Consegui a entrevista! Terça à tarde. Me empresta o carro?\nLucas",
        "Prezado Sr. Morgan,\n\nSua entrevista está marcada para terça-feira, 27 de abril de 2027, às 14h30, na Rua Augusta, 500.\n\nAtenciosamente,\nRH Loja Sol",
    ),
    (
        "de-AT",
        "vater",
        "outlook",
        "de",
        person("Franz Morgan"),
        person("Personal", "stadtwerke-graz.example"),
        "Europe/Vienna",
        (4, 28, "Wed", 8, 30),
        "Einladung",
        "Schau, die wollen mich sehen. Kannst mich am Mittwoch hinfahren?\nPapa",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie zu einem Gespräch am Mittwoch, 28. April 2027 um 8:30 Uhr ein.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "da",
        "kaereste",
        "gmail",
        "en",
        person("Sofie Holm"),
        person("HR", "boghandel-nord.example"),
        "Europe/Copenhagen",
        (4, 29, "Thu", 13, 0),
        "Invitation til samtale",
        "Jeg skal til samtale! Torsdag kl. 13. Kan du hente Ida?\nSofie",
        "Kære Sofie,\n\nVi vil gerne invitere dig til en samtale torsdag den 29. april 2027 kl. 13.00 i butikken på Strøget.\n\nVenlig hilsen\nHR",
    ),
]


def kinnote42() -> Iterator[Case]:
    f = "kinnote42"
    for lang, name, client, ui, rel, org, zone, (
        mo,
        d,
        wd,
        h,
        mi,
    ), subject, note_text, body in KIN_NOTES:
        s = when(mo, d, wd, h, mi, zone)
        yield fwd(
            f, name, lang, client, ui, rel, rel, org, subject, s - timedelta(days=5), note_text, body,
            f"Second round: a relative or friend forwards their own invitation to the reader with a note that greets nobody by name ({lang}); theirs, not the reader's.",
        )  # fmt: skip
    s = when(5, 3, "Mon", 10, 0, LON)
    mum = person("Helen Morgan")
    org = ("Recruitment", "jobs@castle-insurance.example")
    yield fwd(
        f, "own_mum_hands_on", "en", "gmail", "en", mum, mum, org,
        "Interview invitation", s - timedelta(days=4),
        "This came to my email by mistake, looks like it's meant for you. Love, Mum",
        "Dear Mr Morgan,\n\nWe are pleased to invite you to an interview on Monday 3 May 2027 at 10:00 at Castle Insurance, 2 Queen Street.\n\nYours sincerely,\nRecruitment",
        "Control: a parent passes on the reader's own invitation that reached her address ('looks like it's meant for you'), greeting nobody by name; the invitation greets 'Mr Morgan'.",
        start=s,
    )  # fmt: skip
    s = when(5, 4, "Tue", 15, 0, BER)
    org = ("Bewerbermanagement", "karriere@nordlicht-energie.example")
    yield fwd(
        f, "own_fwd_de", "de", "outlook", "de", ME, ME, org,
        "Einladung zum Vorstellungsgespräch", s - timedelta(days=6),
        "Mein Termin. Papa fährt mich hin.",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie am Dienstag, 4. Mai 2027 um 15:00 Uhr zum Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nBewerbermanagement",
        "Control: the reader forwards their own invitation to Afterview; the note mentions the father.",
        to=HOOK, start=s,
    )  # fmt: skip
    s = when(5, 5, "Wed", 9, 30, PAR)
    org = ("Recrutement", "rh@atelier-bleu.example")
    yield fwd(
        f, "own_fwd_fr", "fr", "gmail", "fr", ME, ME, org,
        "Entretien", s - timedelta(days=5),
        "",
        "Bonjour Alex,\n\nJe vous confirme notre entretien le mercredi 5 mai 2027 à 9h30 à l'Atelier Bleu.\n\nCordialement,\nRecrutement",
        "Control: the reader forwards their own invitation to Afterview without a note.",
        to=HOOK, start=s,
    )  # fmt: skip


def provenance(cases: list[Case]) -> str:
    held = sorted({item.family for item in cases if item.split == "heldout"})
    lines = [
        "# Provenance of the readers42 batch (`build_readers42.py`)",
        "",
        "Mail whose reader is not the candidate of the interview it names (an interviewer, a "
        "client hiring manager, a committee member, a relative), and controls in the same voices "
        "whose reader is the candidate (including forwards of forwards). People, companies, "
        "addresses and links are made up; prose is ours except the Frappe HRMS strings.",
        "",
        "Labels were written from the datetimes the text is rendered from, before the parser was "
        'run. Held-out families (drawn with `random.Random("readers42 coin").sample(sorted(FAMILIES), 2)` '
        f"before anything was written): {', '.join(held)}; their files are not listed.",
        "",
        "First sight (quick.py, parser at main 5f5410db, before any change for this batch): "
        "dev: text invitations 23 of 23 with the right start (and end), 22 sure (confidence "
        ">= 0.5); 8 of 40 look-alikes claimed (agency notes about 'your candidate' en-GB, es, "
        "pt-BR; committee threads en, sv; relatives' own invitations forwarded with a note that "
        "greets nobody by name de, es, pl). Held out: text 8 of 8 right and sure; 0 of 6 "
        "look-alikes claimed.",
        "",
        "Second round (clientnote42 held out, kinnote42 dev; written after the parser change of "
        "this batch, measured first with main's parser 5f5410db and then with the change): "
        "kinnote42 8 of 8 look-alikes claimed by main, 0 after; controls 3 of 3 right and sure "
        "both times. Held out clientnote42: 4 of 8 look-alikes claimed by main, 1 after; "
        "controls 2 of 2 right and sure both times.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_readers42.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        langs = sorted({item.language for item in items})
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {', '.join(langs)}): {SOURCES[name]}"
        )
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows([item for item in cases if item.split == "dev"])
    return "\n".join(lines) + "\n"


BUILDERS = [
    hrmsfb42,
    addedpanel42,
    scorecard42,
    agencyyour42,
    hcthread42,
    relfwd42,
    twicefwd42,
    panelpos42,
    clientnote42,
    kinnote42,
]


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, FAMILIES, "PROVENANCE-readers42.md", provenance(cases))
    print(f"{len(cases)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
