# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "negs41" batch: look-alike mail a job seeker forwards that names a date and a
time and sets no interview for the reader, and controls in the same voices that do.

Run: .venv/bin/python tests/parsing/corpus/build_negs41.py

Thirteen families, all prefixed ng41 (see SOURCES): Redmine issue notifications on a hiring
team's tracker (rendered from Redmine's real mailer templates and locale strings), moves
asked and not yet confirmed, rejections and thank-yous restating the interview, replies that
mention a meeting already set or past, minutes with a "next meeting" line, job-board alerts
with event dates, HR status and leave notices, date polls still open, daily/weekly agendas,
community event announcements, mail between people on the hiring side, deadlines, and
errands (parcels, garages, doctors). Dates January-March 2027 (before the EU DST change).

Every label was written from the datetimes the text is rendered from (weekday names checked
by `at`) before the parser was run on any message; the held-out families were drawn by
`random.Random("negs41 coin").sample(sorted(FAMILIES), 4)` right after the families were
listed, before anything was parsed. People, companies and addresses are made up.
Deterministic; the script rewrites only its own families' files.
"""

from __future__ import annotations

import importlib.util
import random
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


p8 = _load("build_prose8", "build_prose8.py")
pp = p8.pp
Case, mail, at, timed = pp.Case, pp.mail, pp.at, pp.timed
OWN = pp.OWN
NEG = "not_invitation"
BATCH = "negs41"
Person = tuple[str, str]
ME: Person = p8.ME  # Alex Morgan, the reader
HAND = "hand-written; " + OWN
REDMINE_COMMIT = "890812e49cc60e96c7c252b7dedbd881a4edba55"
REDMINE = (
    "redmine/redmine: app/views/mailer/issue_add.text.erb, issue_edit.text.erb, "
    "_issue.text.erb, reminder.text.erb; app/helpers/issues_helper.rb "
    "(email_issue_attributes); app/models/mailer.rb (subject); config/locales/*.yml "
    f"(text_issue_added, text_issue_updated, field_*, mail_subject_reminder, "
    f"mail_body_reminder, text_journal_changed, date.formats.default) @ {REDMINE_COMMIT}; "
    "GPL-2.0-or-later (Redmine); project, people and issue text ours"
)

FAMILIES = [
    "ng41redmine",
    "ng41moveask",
    "ng41rejectdate",
    "ng41alreadyset",
    "ng41minutes",
    "ng41jobalert",
    "ng41hrstatus",
    "ng41pollopen",
    "ng41agenda",
    "ng41meetup",
    "ng41hiringside",
    "ng41duedate",
    "ng41errand",
]
_HELD = set(random.Random("negs41 coin").sample(sorted(FAMILIES), 4))
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

SOURCES = {
    "ng41redmine": "Redmine issue notifications (new issue, update with 'changed from X to "
    "Y', due-date reminder) on a hiring team's tracker: panel interviews, candidate "
    "debriefs, room bookings, rendered with Redmine's real templates and locale strings "
    "(en, de, fr, es, it, nl, pl, pt-BR, sv, cs, ja); " + REDMINE,
    "ng41moveask": "hand-written; requests to move an interview that nobody has confirmed "
    "yet, from the recruiter or from the candidate, some over the quoted original "
    "(en, de, fr, es, it, nl, pl, pt-BR, sv, da); controls: the move confirmed (en, de, fr)",
    "ng41rejectdate": "hand-written; rejections, 'thank you for interviewing', on-hold and "
    "withdrawal notes restating the interview's date and time (en, de, fr, es, it, nl, pl, "
    "pt-PT, sv, fi); controls: a thank-you that invites to the next round (en, es)",
    "ng41alreadyset": "hand-written; replies and thread mail that mention a meeting already "
    "held or set earlier, a parking or lunch question, a document request (en, de, fr, es, "
    "it, nl, pl, da, nb, cs); controls: a reply that sets the slot (en, de)",
    "ng41minutes": "hand-written; minutes of works councils, hiring committees, "
    "associations and student unions with a 'next meeting' line and a job word (en, de, fr, "
    "es, it, nl, pl, sv, pt-BR, fi)",
    "ng41jobalert": "hand-written; job-board alerts and newsletters with event dates "
    "(webinars, fairs, application closing times) in the shapes of boards' digests (en, de, "
    "fr, es, it, nl, pl, sv, ja, tr)",
    "ng41hrstatus": "hand-written; HR status, leave, payroll, training and access "
    "notifications to an employee (en, de, fr, es, it, nl, pl, pt-BR, cs, da)",
    "ng41pollopen": "hand-written; date polls still open with several options (Doodle-, "
    "Framadate- and Rallly-like wording recalled, text ours) (en, de, fr, es, it, nl, pl, "
    "sv, cs); controls: the poll closed on one interview slot (en, de, nl)",
    "ng41agenda": "hand-written; daily and weekly agenda digests listing several events, "
    "one an interview (en, de, fr, es, it, nl, pl, pt-BR, ja); controls: one reminder of "
    "the reader's own interview (en, fr)",
    "ng41meetup": "hand-written; community and meetup announcements in the shapes of "
    "Gancio, Mobilizon and Meetup notification mails (recalled, text ours): career nights, "
    "CV clinics, hack nights (en, de, fr, es, it, nl, pl, pt-BR, ca, sv); controls: a "
    "meetup organiser's company inviting the reader to an interview (en, de)",
    "ng41hiringside": "hand-written; mail between people on the hiring side that reaches "
    "the reader: coordinator to hiring manager, agency recruiter to client, panel schedules "
    "for interviewers (en, de, fr, es, it, nl, pl, sv, pt-PT, da); controls: the same "
    "coordinators inviting the reader as candidate (en, de, nl)",
    "ng41duedate": "hand-written; deadlines: take-home assessments, forms, references, "
    "video answers due by a day and hour (en, de, fr, es, it, nl, pl, pt-BR, sv, fi); "
    "controls: live interviews from the same senders (en, de, es)",
    "ng41errand": "hand-written; parcels, car services, doctors, viewings, deliveries and "
    "repairs with a time window, some with a job word (en, de, fr, es, it, nl, pl, pt-BR, "
    "sv, tr)",
}

CET = "Europe/Berlin"
LON, PAR, MAD, ROM, AMS = (
    "Europe/London",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
)
WAW, STO, CPH, OSL, HEL = (
    "Europe/Warsaw",
    "Europe/Stockholm",
    "Europe/Copenhagen",
    "Europe/Oslo",
    "Europe/Helsinki",
)
PRG, LIS, SAO, NYC, CHI, TYO, IST = (
    "Europe/Prague",
    "Europe/Lisbon",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "Asia/Tokyo",
    "Europe/Istanbul",
)


def sent(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2027, mo, d, h, mi, zone)


def when(mo: int, d: int, wd: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, wd)


def n(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    subject: str,
    date: datetime,
    note: str,
    text: str | None = None,
    *,
    html: str | None = None,
    to: Person = ME,
    reply: bool = False,
    template: str = HAND,
    license: str = OWN,
    start: datetime | None = None,
    end: datetime | None = None,
    zone: str | None = None,
    kind: str = "invitation",
) -> Case:
    """One mail. With `start` it is a control (the reader's own slot): no `zone` means the
    text states none (wall time, Date offset); else the IANA zone the text pins down, or ""
    for a zone word that is no single IANA zone."""
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=date,
        text=text,
        html=html,
        reply_to_key=f"{BATCH}/{family}/{name}/parent" if reply else "",
    )
    label: dict[str, object]
    if start is None:
        label = {"kind": NEG}
    elif zone is None:
        label = {"kind": kind, **timed(start, end, sent=date)}
    else:
        label = {"kind": kind, **timed(start, end, zone=zone or None)}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, license)


def q(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.strip("\n").split("\n")) + "\n"


# --- ng41redmine: Redmine's real templates and locale strings -------------------------------

RM = {
    # text_issue_added, text_issue_updated, field labels (author, status, priority,
    # assigned_to, start_date, due_date), text_journal_changed, date.formats.default
    "en": (
        "Issue {id} has been reported by {author}.",
        "Issue {id} has been updated by {author}.",
        ("Author", "Status", "Priority", "Assignee", "Start date", "Due date"),
        "{label} changed from {old} to {new}",
        "%m/%d/%Y",
    ),
    "de": (
        "Ticket {id} wurde erstellt von {author}.",
        "Ticket {id} wurde aktualisiert von {author}.",
        ("Autor", "Status", "Priorität", "Zugewiesen an", "Beginn", "Abgabedatum"),
        "{label} wurde von {old} zu {new} geändert",
        "%d.%m.%Y",
    ),
    "fr": (
        "La demande {id} a été soumise par {author}.",
        "La demande {id} a été mise à jour par {author}.",
        ("Auteur", "Statut", "Priorité", "Assigné à", "Début", "Echéance"),
        "{label} changé de {old} à {new}",
        "%d/%m/%Y",
    ),
    "es": (
        "Petición {id} añadida por {author}.",
        "La petición {id} ha sido actualizada por {author}.",
        ("Autor", "Estado", "Prioridad", "Asignado a", "Fecha de inicio", "Fecha fin"),
        "{label} cambiado de {old} a {new}",
        "%Y-%m-%d",
    ),
    "it": (
        "{author} ha aggiunto la segnalazione {id}.",
        "La segnalazione {id} è stata aggiornata da {author}.",
        ("Autore", "Stato", "Priorità", "Assegnato a", "Inizio", "Scadenza"),
        "{label} modificata da {old} a {new}",
        "%d-%m-%Y",
    ),
    "nl": (
        "Issue {id} is gerapporteerd (door {author}).",
        "Issue {id} is gewijzigd (door {author}).",
        ("Auteur", "Status", "Prioriteit", "Toegewezen aan", "Startdatum", "Verwachte einddatum"),
        "{label} gewijzigd van {old} naar {new}",
        "%d-%m-%Y",
    ),
    "pl": (
        "Zagadnienie {id} zostało wprowadzone przez {author}.",
        "Zagadnienie {id} zostało zaktualizowane przez {author}.",
        ("Autor", "Status", "Priorytet", "Przypisany do", "Data rozpoczęcia", "Data oddania"),
        "Zmieniono {label} z {old} na {new}",
        "%Y-%m-%d",
    ),
    "pt-BR": (
        "Tarefa {id} incluída (por {author}).",
        "Tarefa {id} alterada (por {author}).",
        ("Autor", "Situação", "Prioridade", "Atribuído para", "Início", "Data prevista"),
        "{label} alterado de {old} para {new}",
        "%d/%m/%Y",
    ),
    "sv": (
        "Ärende {id} har rapporterats (av {author}).",
        "Ärende {id} har uppdaterats (av {author}).",
        ("Skapare", "Status", "Prioritet", "Tilldelad", "Startdatum", "Deadline"),
        "{label} ändrad från {old} till {new}",
        "%Y-%m-%d",
    ),
    "cs": (
        "Úkol {id} byl vytvořen uživatelem {author}.",
        "Úkol {id} byl aktualizován uživatelem {author}.",
        ("Autor", "Stav", "Priorita", "Přiřazeno", "Začátek", "Uzavřít do"),
        "{label} změněn z {old} na {new}",
        "%Y-%m-%d",
    ),
    "ja": (
        "チケット {id} を {author} さんが作成しました。",
        "チケット {id} を {author} さんが更新しました。",
        ("作成者", "ステータス", "優先度", "担当者", "開始日", "期日"),
        "{label} を {old} から {new} に変更",
        "%Y/%m/%d",
    ),
}
RM_REMIND = {
    "en": (
        "{count} issue(s) due in the next {days} days",
        "{count} issue(s) that are assigned to you are due in the next {days} days:",
        "Due in {n} days",
        "View all issues",
        "{count} open",
    ),
    "it": (
        "{count} segnalazioni in scadenza nei prossimi {days} giorni",
        "{count} segnalazioni che ti sono state assegnate scadranno nei prossimi {days} giorni:",
        "Da ultimare in {n} giorni",
        "Mostra tutte le segnalazioni",
        "{count} aperte",
    ),
    "de": (
        "{count} Tickets müssen in den nächsten {days} Tagen abgegeben werden",
        "{count} Tickets, die Ihnen zugewiesen sind, müssen in den nächsten {days} Tagen abgegeben werden:",
        "Fällig in {n} Tagen",
        "Alle Tickets anzeigen",
        "{count} offen",
    ),
}
RM_HOST = "https://tracker.{org}.example"


def rm_issue(
    lang: str,
    *,
    org: str,
    project: str,
    tracker: str,
    number: int,
    status: str,
    subject: str,
    author: str,
    assignee: str,
    priority: str,
    start: tuple[int, int],
    due: tuple[int, int],
    custom: tuple[tuple[str, str], ...],
    description: str,
    update: tuple[str, str, str, str] | None = None,
    notes: str = "",
) -> tuple[str, str]:
    """Subject and text body of Redmine's issue_add / issue_edit mail (text part)."""
    added, updated, fields, changed, datefmt = RM[lang]
    d = lambda md: datetime(2027, md[0], md[1]).strftime(datefmt)  # noqa: E731
    head = f"[{project} - {tracker} #{number}] ({status}) {subject}"
    lines = []
    if update is None:
        lines.append(added.format(id=f"#{number}", author=author))
    else:
        lines.append(updated.format(id=f"#{number}", author=author))
        lines.append("")
        by = update[0]
        lines.append(changed.format(label=by, old=update[1], new=update[2]))
        if update[3]:
            lines.append(update[3])
        lines.append("")
        if notes:
            lines.append(notes.rstrip())
            lines.append("")
    lines.append("----------------------------------------")
    lines.append(f"{tracker} #{number}: {subject}")
    lines.append(f"{RM_HOST.format(org=org)}/issues/{number}")
    lines.append("")
    values = (author if update is None else "", status, priority, assignee, d(start), d(due))
    for label, value in zip(fields, values, strict=True):
        if value:
            lines.append(f"* {label}: {value}")
    for label, value in custom:
        lines.append(f"* {label}: {value}")
    lines.append("----------------------------------------")
    lines.append(description.rstrip())
    lines.append("")
    lines.append("-- ")
    lines.append(
        "You have received this notification because you have either subscribed to it, or are involved in it."
        if lang == "en"
        else f"{RM_HOST.format(org=org)}/my/account"
    )
    return head, "\n".join(lines) + "\n"


def rm_reminder(
    lang: str, org: str, items: list[tuple[str, str, int, str, int]], days: int
) -> tuple[str, str]:
    subj, body, due_in, view_all, n_open = RM_REMIND[lang]
    lines = [body.format(count=len(items), days=days) + ":", ""]
    for project, tracker, number, subject, left in items:
        lines.append(f"* {project} - {tracker} #{number}: {subject} ({due_in.format(n=left)})")
    lines += [
        "",
        f"{view_all} ({n_open.format(count=len(items) + 3)})",
        f"{RM_HOST.format(org=org)}/issues?assigned_to_id=me&set_filter=1&sort=due_date%3Aasc",
        "",
    ]
    return subj.format(count=len(items), days=days), "\n".join(lines)


def ng41redmine() -> Iterator[Case]:
    f = "ng41redmine"
    bot = lambda org: ("Redmine", f"redmine@tracker.{org}.example")  # noqa: E731

    def rm(name: str, lang: str, org: str, date: datetime, note: str, **kw: object) -> Case:
        subject, text = rm_issue(lang, org=org, **kw)  # type: ignore[arg-type]
        return n(
            f,
            name,
            lang,
            bot(org),
            subject,
            date,
            note,
            text,
            template=REDMINE,
            license="GPL-2.0-or-later (Redmine templates and strings); text ours",
        )

    yield rm(
        "panel_room",
        "en",
        "quillworks",
        sent(2, 1, 9, NYC),
        "New Redmine issue on a hiring team's tracker: book a room for a candidate's onsite panel on Thu Feb 11, 2:00-4:00 PM; the reader is the assignee (staff), not the candidate.",
        project="Hiring 2027",
        tracker="Task",
        number=412,
        status="New",
        subject="Onsite panel for Priya Natarajan (Backend Engineer) - book room",
        author="Dana Whitfield",
        assignee="Alex Morgan",
        priority="High",
        start=(2, 1),
        due=(2, 9),
        custom=(
            ("Candidate", "Priya Natarajan"),
            ("Interview slot", "02/11/2027 2:00 PM - 4:00 PM ET"),
        ),
        description="Please book 4B (or the big room on 6) for Priya's onsite panel on Thursday Feb 11, 2:00-4:00 PM ET, and order coffee for five.\nInterviewers: Sam, Ruth, Okan, me.",
    )
    yield rm(
        "zweitgespraech",
        "de",
        "elbtal-software",
        sent(2, 9, 16, CET),
        "Redmine update (de) on an internal recruiting ticket: due date moved, note that the candidate's second interview is on Wednesday 17.02. 10:00; the reader is asked for a feedback form.",
        project="Recruiting",
        tracker="Aufgabe",
        number=88,
        status="In Bearbeitung",
        subject="Zweitgespräch Herr Kaya (Java-Entwickler) vorbereiten",
        author="Jana Roth",
        assignee="Alex Morgan",
        priority="Normal",
        start=(2, 8),
        due=(2, 19),
        custom=(("Bewerber", "Emre Kaya"),),
        description="Fragenkatalog und Bewertungsbogen für das Zweitgespräch vorbereiten.",
        update=("Abgabedatum", "12.02.2027", "19.02.2027", ""),
        notes="Das Zweitgespräch mit Herrn Kaya ist jetzt am Mittwoch, 17.02., um 10:00 Uhr (Raum Alster). Bitte den Bewertungsbogen bis Freitag im Ticket ablegen.",
    )
    yield rm(
        "entretien_salle",
        "fr",
        "atelier-nacre",
        sent(2, 3, 11, PAR),
        "Redmine new issue (fr): prepare the final interview of another candidate on Wednesday 10 February at 15h; the reader is assigned the logistics.",
        project="Recrutement",
        tracker="Tâche",
        number=57,
        status="Nouveau",
        subject="Entretien final Léa Martin - réserver la salle et le visio",
        author="Sophie Garnier",
        assignee="Alex Morgan",
        priority="Haut",
        start=(2, 3),
        due=(2, 9),
        custom=(("Poste", "Cheffe de projet digital"),),
        description="Entretien final de Léa Martin le mercredi 10 février à 15h00 avec la directrice.\nMerci de réserver la salle Vauban et de créer le lien visio pour le jury.",
    )
    yield rm(
        "entrevista_tecnica",
        "es",
        "lumbre",
        sent(2, 10, 12, MAD),
        "Redmine update (es): status New -> In progress; a note says another candidate's technical interview is Thursday 18 February at 11:00 and asks for the exercise.",
        project="Selección",
        tracker="Tarea",
        number=301,
        status="En curso",
        subject="Entrevista técnica Marta Gil - preparar ejercicio",
        author="Iker Solana",
        assignee="Alex Morgan",
        priority="Normal",
        start=(2, 10),
        due=(2, 16),
        custom=(),
        description="Preparar el ejercicio práctico para la entrevista técnica.",
        update=("Estado", "Nueva", "En curso", ""),
        notes="La entrevista técnica de Marta Gil será el jueves 18 de febrero a las 11:00. Necesito el enunciado del ejercicio antes del martes, porfa.",
    )
    yield rm(
        "colloquio_debrief",
        "it",
        "vetrata",
        sent(2, 15, 10, ROM),
        "Redmine new issue (it): a debrief of the interviewers about a candidate on Monday 22 February 17:30; the reader is an interviewer.",
        project="Selezione personale",
        tracker="Attività",
        number=140,
        status="Nuovo",
        subject="Debrief colloqui candidato R. Bassi",
        author="Giulia Ferri",
        assignee="Alex Morgan",
        priority="Normale",
        start=(2, 15),
        due=(2, 22),
        custom=(("Data debrief", "22-02-2027 17:30"),),
        description="Ci vediamo lunedì 22 febbraio alle 17:30 in sala Brera per decidere su Bassi.\nPortate le vostre schede di valutazione compilate.",
    )
    yield rm(
        "sollicitant_planning",
        "nl",
        "dijkhuis",
        sent(2, 4, 14, AMS),
        "Redmine new issue (nl): plan interviews with three applicants in the week of 15 February, slots to be filled; nothing set for the reader.",
        project="Werving",
        tracker="Taak",
        number=77,
        status="Nieuw",
        subject="Gesprekken sollicitanten Data Engineer inplannen",
        author="Femke de Wit",
        assignee="Alex Morgan",
        priority="Hoog",
        start=(2, 4),
        due=(2, 12),
        custom=(("Voorkeursdag", "dinsdag 16-02-2027 vanaf 13:00"),),
        description="Drie kandidaten uitnodigen voor een eerste gesprek in de week van 15 februari. Voorkeur: dinsdagmiddag vanaf 13:00. Graag afstemmen met Joost.",
    )
    yield rm(
        "rozmowa_sala",
        "pl",
        "brzozowa",
        sent(2, 8, 9, WAW),
        "Redmine update (pl): assignee changed; note about another candidate's interview on Thursday 11.02 at 12:00.",
        project="Rekrutacja",
        tracker="Zadanie",
        number=19,
        status="W toku",
        subject="Rozmowa z kandydatką A. Wróbel - przygotować salę",
        author="Tomasz Lis",
        assignee="Alex Morgan",
        priority="Normalny",
        start=(2, 8),
        due=(2, 11),
        custom=(),
        description="Sala 2.14, rzutnik, woda.",
        update=("Przypisany do", "Tomasz Lis", "Alex Morgan", ""),
        notes="Rozmowa z p. Wróbel w czwartek 11.02 o 12:00 - przejmiesz salę? Ja będę na urlopie.",
    )
    yield rm(
        "entrevista_painel",
        "pt-BR",
        "ipe-roxo",
        sent(2, 2, 10, SAO),
        "Redmine new issue (pt-BR): schedule a panel with a candidate on 09/02 at 14h (another person); the reader prepares the case study.",
        project="Recrutamento",
        tracker="Tarefa",
        number=64,
        status="Nova",
        subject="Painel com candidato Bruno Reis - estudo de caso",
        author="Camila Duarte",
        assignee="Alex Morgan",
        priority="Alta",
        start=(2, 2),
        due=(2, 8),
        custom=(("Data do painel", "09/02/2027 14:00"),),
        description="Montar o estudo de caso para o painel do Bruno (terça, 09/02, 14h). Enviar para mim até segunda.",
    )
    yield rm(
        "intervju_lokal",
        "sv",
        "granbacken",
        sent(2, 12, 8, STO),
        "Redmine update (sv): due date changed; a note that an applicant's interview is on Tuesday 23 February 09:30.",
        project="Rekrytering",
        tracker="Uppgift",
        number=205,
        status="Pågår",
        subject="Intervju med sökande Elin Berg - boka lokal",
        author="Maja Lund",
        assignee="Alex Morgan",
        priority="Normal",
        start=(2, 12),
        due=(2, 22),
        custom=(),
        description="Boka lokal och skicka vägbeskrivning.",
        update=("Deadline", "2027-02-18", "2027-02-22", ""),
        notes="Intervjun med Elin är flyttad till tisdag 23 februari kl. 09:30. Kan du boka Linnérummet?",
    )
    yield rm(
        "pohovor_ukol",
        "cs",
        "vltava-data",
        sent(2, 1, 13, PRG),
        "Redmine new issue (cs): an interview with a candidate on Friday 5 February at 10:00 for the team to prepare; the reader is a team member.",
        project="Nábor",
        tracker="Úkol",
        number=33,
        status="Nový",
        subject="Pohovor s uchazečem J. Novák - připravit zadání",
        author="Petra Malá",
        assignee="Alex Morgan",
        priority="Vysoká",
        start=(2, 1),
        due=(2, 4),
        custom=(("Termín pohovoru", "2027-02-05 10:00"),),
        description="V pátek 5. 2. v 10:00 máme pohovor s panem Novákem. Připrav prosím praktické zadání do čtvrtka.",
    )
    yield rm(
        "mensetsu_junbi",
        "ja",
        "sakura-soft",
        sent(2, 5, 10, TYO),
        "Redmine new issue (ja): prepare the room for a candidate's second interview on 2/16 14:00; the reader is staff.",
        project="採用",
        tracker="タスク",
        number=91,
        status="新規",
        subject="二次面接（山田様）会議室の準備",
        author="佐藤 恵",
        assignee="Alex Morgan",
        priority="高め",
        start=(2, 5),
        due=(2, 15),
        custom=(("面接日時", "2027/02/16 14:00"),),
        description="2月16日（火）14:00から山田様の二次面接があります。会議室Bの予約と資料の印刷をお願いします。",
    )
    subject, text = rm_reminder(
        "en",
        "quillworks",
        [
            ("Hiring 2027", "Task", 418, "Send scorecard for P. Natarajan onsite", 2),
            (
                "Hiring 2027",
                "Task",
                421,
                "Reference call with candidate's ex-manager (Tue 2:30pm)",
                4,
            ),
        ],
        7,
    )
    yield n(
        f,
        "reminder_due",
        "en",
        bot("quillworks"),
        subject,
        sent(2, 12, 7, NYC),
        "Redmine's due-date reminder (en): two hiring-team tasks due in the next days, one names a call at 2:30pm; nothing for the reader as candidate.",
        text,
        template=REDMINE,
        license="GPL-2.0-or-later (Redmine templates and strings); text ours",
    )
    subject, text = rm_reminder(
        "it",
        "vetrata",
        [
            (
                "Selezione personale",
                "Attività",
                140,
                "Debrief colloqui candidato R. Bassi (22/02 ore 17:30)",
                3,
            )
        ],
        5,
    )
    yield n(
        f,
        "promemoria",
        "it",
        bot("vetrata"),
        subject,
        sent(2, 19, 7, ROM),
        "Redmine's due-date reminder (it): one task naming a debrief at 17:30 is due in 3 days.",
        text,
        template=REDMINE,
        license="GPL-2.0-or-later (Redmine templates and strings); text ours",
    )


# --- ng41moveask: moves asked, nobody has confirmed yet --------------------------------------


def ng41moveask() -> Iterator[Case]:
    f = "ng41moveask"
    yield n(
        f,
        "recruiter_asks",
        "en",
        ("Hannah Cole", "hannah.cole@brightfield-labs.example"),
        "Re: Interview on Tuesday",
        sent(2, 5, 15, LON),
        "The recruiter asks whether the interview set for Tuesday 10am could move to Thursday 3pm; nothing confirmed.",
        "Hi Alex,\n\nSo sorry to do this - our hiring manager has been pulled into a client workshop on Tuesday. Could we move your interview to Thursday 11 Feb at 3pm instead? If that doesn't work, let me know a couple of times that do and I'll juggle.\n\nThanks for bearing with us,\nHannah\n\nSent from my iPhone\n",
        reply=True,
    )
    yield n(
        f,
        "candidate_asks",
        "en",
        ME,
        "Fwd: Could we move Monday's call?",
        sent(2, 6, 9, NYC),
        "The reader forwards the request they sent themselves: could Monday's 11:00 call move to Wednesday 2pm? No answer yet.",
        "fyi - sent this yesterday, no reply yet\n\n---------- Forwarded message ---------\nFrom: Alex Morgan <alex.morgan@mailbox.example>\nDate: Fri, Feb 5, 2027 at 4:40 PM\nSubject: Could we move Monday's call?\nTo: Rick Alvarez <rick@tallgrass-hr.example>\n\nHi Rick,\n\nI have a dentist appointment I can't shift on Monday morning. Would Wednesday Feb 10 at 2pm ET work for the call instead of Monday 11:00? Happy to do any time after 1 that day.\n\nBest,\nAlex\n",
    )
    yield n(
        f,
        "verschieben",
        "de",
        ("Miriam Hoffmann", "m.hoffmann@kranich-logistik.example"),
        "AW: Ihr Vorstellungsgespräch",
        sent(2, 8, 10, CET),
        "German recruiter asks whether the interview could move from Wednesday to Friday 12.02. 14 Uhr; asks for a short confirmation that has not come.",
        "Hallo Herr Morgan,\n\nleider ist unser Abteilungsleiter am Mittwoch krank. Wäre es Ihnen möglich, das Gespräch auf Freitag, 12.02., 14 Uhr zu verschieben? Geben Sie mir bitte kurz Bescheid, dann schicke ich Ihnen eine neue Einladung.\n\nMit freundlichen Grüßen\nMiriam Hoffmann\nPersonal\n",
        reply=True,
    )
    yield n(
        f,
        "decaler",
        "fr",
        ("Julien Perrot", "julien.perrot@maison-carvin.example"),
        "Décaler notre échange ?",
        sent(2, 9, 17, PAR),
        "French hiring manager proposes two new slots (jeudi 11 à 9h30 or vendredi 12 à 16h) for the interview set earlier; the reader has to choose.",
        "Bonjour Alex,\n\nUn imprévu côté client : est-ce qu'on pourrait décaler notre entretien de mercredi ? Je vous propose jeudi 11 février à 9h30 ou vendredi 12 à 16h. Dites-moi ce qui vous arrange et je renvoie l'invitation.\n\nBien à vous,\nJulien Perrot\nEnvoyé de mon mobile\n",
    )
    yield n(
        f,
        "cambiar_hora",
        "es",
        ME,
        "RE: Entrevista - cambio de hora",
        sent(2, 10, 8, MAD),
        "The reader forwards their own request to move the interview from 10:00 to 12:30 on Friday; the recruiter has not answered.",
        "Para que lo tengas en cuenta (reenvío lo que le mandé a Lucía):\n\n-----Mensaje original-----\nDe: Alex Morgan\nEnviado el: martes, 9 de febrero de 2027 19:02\nPara: Lucía Navas <lucia.navas@grupo-albar.example>\nAsunto: Entrevista - cambio de hora\n\nHola Lucía:\n\n¿Sería posible pasar la entrevista del viernes 12 de las 10:00 a las 12:30? Tengo una revisión médica a primera hora. Si no se puede, lo intento mover yo.\n\nUn saludo,\nAlex\n",
    )
    yield n(
        f,
        "spostare",
        "it",
        ("Paolo Marchetti", "p.marchetti@colline-verdi.example"),
        "Colloquio - possiamo spostarlo?",
        sent(2, 11, 12, ROM),
        "Italian recruiter asks if the interview can move to Tuesday 16 at 11:00, to be confirmed.",
        "Ciao Alex,\n\nla responsabile del team è in trasferta fino a lunedì. Riusciamo a spostare il colloquio a martedì 16 febbraio alle 11:00? Appena mi confermi aggiorno l'invito.\n\nGrazie e scusa il cambio,\nPaolo\n",
    )
    yield n(
        f,
        "verzetten",
        "nl",
        ("Sanne Visser", "sanne@de-kade-recruitment.example"),
        "Gesprek verzetten?",
        sent(2, 12, 9, AMS),
        "Dutch agency consultant asks whether Monday's conversation could move to Tuesday 16 February 13:30 or Wednesday morning; the client is waiting for the answer.",
        "Hoi Alex,\n\nDe klant vraagt of het gesprek van maandag verzet kan worden. Opties: dinsdag 16 februari om 13:30 of woensdagochtend vanaf 9:00. Laat je even weten wat jou past? Dan zet ik het door.\n\nGroet,\nSanne\nDe Kade Recruitment | 06-12345678\n",
    )
    yield n(
        f,
        "przelozyc",
        "pl",
        ("Karolina Zając", "k.zajac@kamienica-it.example"),
        "Re: Rozmowa rekrutacyjna",
        sent(2, 15, 14, WAW),
        "Polish recruiter answers the reader's request to move: she will check whether Thursday 18.02 at 15:00 is possible and come back; nothing set.",
        "Dzień dobry,\n\ndziękuję za wiadomość. Sprawdzę z kierownikiem, czy czwartek 18.02 o 15:00 będzie możliwy, i wrócę z odpowiedzią do jutra.\n\nPozdrawiam\nKarolina Zając\n\n> W dniu 15.02.2027 o 11:20 Alex Morgan pisze:\n> Czy moglibyśmy przełożyć rozmowę ze środy na czwartek po 14:00?\n",
        reply=True,
    )
    yield n(
        f,
        "remarcar",
        "pt-BR",
        ME,
        "Fwd: Remarcar entrevista",
        sent(2, 16, 20, SAO),
        "The reader forwards their own message asking to move the interview to Friday 19/02 at 10h; no answer yet.",
        "pra eu não esquecer de cobrar\n\n---------- Forwarded message ---------\nDe: Alex Morgan <alex.morgan@mailbox.example>\nDate: ter., 16 de fev. de 2027 às 18:05\nSubject: Remarcar entrevista\nTo: <talentos@cajueiro-tech.example>\n\nOlá, Renata!\n\nSurgiu uma viagem e não vou conseguir na quinta. Seria possível remarcar para sexta, 19/02, às 10h? Qualquer horário na sexta funciona pra mim.\n\nAbraços,\nAlex\n",
    )
    yield n(
        f,
        "flytta",
        "sv",
        ("Oskar Nyberg", "oskar.nyberg@fjallvind.example"),
        "Flytta intervjun?",
        sent(2, 17, 11, STO),
        "Swedish hiring manager asks whether the interview could move to Monday 22 February 10:00, awaiting the reader's answer.",
        "Hej Alex!\n\nJag har fått en krock på torsdag. Skulle det gå att flytta intervjun till måndag 22 februari kl. 10.00? Säg till så skickar jag en ny kallelse.\n\nMvh\nOskar\n",
    )
    yield n(
        f,
        "rykke",
        "da",
        ("Mette Kjær", "mette@havnelys.example"),
        "Kan vi rykke samtalet?",
        sent(2, 18, 13, CPH),
        "Danish recruiter offers to move the interview to Wednesday 24 February at 14.30 if the reader can; not confirmed.",
        "Hej Alex\n\nVores direktør er desværre bortrejst på fredag. Kan vi rykke samtalet til onsdag den 24. februar kl. 14.30? Ellers finder vi en anden dag.\n\nVenlig hilsen\nMette Kjær\nHR, Havnelys\n",
    )
    # controls: the move confirmed
    yield n(
        f,
        "move_confirmed",
        "en",
        ("Hannah Cole", "hannah.cole@brightfield-labs.example"),
        "Confirmed: interview moved to Thursday 3pm",
        sent(2, 8, 11, LON),
        "Control: the recruiter confirms the interview has moved from Tuesday 10am to Thursday 11 February 3-4pm (reschedule).",
        "Hi Alex,\n\nThanks for being flexible - that's all confirmed. Your interview has moved from Tuesday 9 Feb at 10am to Thursday 11 February, 3:00-4:00pm, same Teams link. Updated invite to follow.\n\nSee you then,\nHannah\n",
        start=when(2, 11, "Thu", 15, 0, LON),
        end=when(2, 11, "Thu", 16, 0, LON),
        kind="reschedule",
    )
    yield n(
        f,
        "verschoben_bestaetigt",
        "de",
        ("Miriam Hoffmann", "m.hoffmann@kranich-logistik.example"),
        "Neuer Termin: Freitag, 12.02., 14 Uhr",
        sent(2, 9, 9, CET),
        "Control: the German recruiter confirms the move to Friday 12.02. 14:00-15:00 (reschedule).",
        "Hallo Herr Morgan,\n\nvielen Dank für Ihre Flexibilität. Ihr Vorstellungsgespräch ist damit verschoben auf Freitag, 12.02.2027, 14:00 bis 15:00 Uhr, bei uns in der Zentrale (Hafenstraße 4, 3. OG).\n\nMit freundlichen Grüßen\nMiriam Hoffmann\n",
        start=when(2, 12, "Fri", 14, 0, CET),
        end=when(2, 12, "Fri", 15, 0, CET),
        kind="reschedule",
    )
    yield n(
        f,
        "decale_confirme",
        "fr",
        ("Julien Perrot", "julien.perrot@maison-carvin.example"),
        "C'est noté pour jeudi 9h30",
        sent(2, 10, 8, PAR),
        "Control: the French hiring manager confirms the reader's pick, Thursday 11 February 9h30 (reschedule, no end).",
        "Bonjour Alex,\n\nParfait, on décale donc notre entretien au jeudi 11 février à 9h30, dans nos locaux du 12 rue Sainte-Catherine. Je vous renvoie l'invitation mise à jour.\n\nÀ jeudi,\nJulien\n",
        start=when(2, 11, "Thu", 9, 30, PAR),
        kind="reschedule",
    )


# --- ng41rejectdate: rejections and thank-yous restating the interview -----------------------


def ng41rejectdate() -> Iterator[Case]:
    f = "ng41rejectdate"
    yield n(
        f,
        "thanks_interviewing",
        "en",
        ("Talent Team", "talent@norrow-health.example"),
        "Thank you for interviewing with Norrow Health",
        sent(2, 12, 16, NYC),
        "Thank-you after the interview, restating Tuesday February 9 at 1:00 PM ET; says a decision comes by Friday Feb 19.",
        "Hi Alex,\n\nThank you for taking the time to interview with us on Tuesday, February 9 at 1:00 PM ET for the Product Analyst role. The team enjoyed meeting you.\n\nWe're wrapping up interviews this week and expect to share a decision by Friday, February 19. In the meantime, feel free to reach out with any questions.\n\nBest,\nThe Norrow Health Talent Team\n",
    )
    yield n(
        f,
        "absage",
        "de",
        ("Bewerbermanagement", "jobs@lindenhof-maschinenbau.example"),
        "Ihre Bewerbung als Konstrukteur (m/w/d)",
        sent(2, 15, 10, CET),
        "German rejection restating the interview on Donnerstag, 11.02.2027 um 9:30 Uhr.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für das angenehme Gespräch am Donnerstag, 11.02.2027 um 9:30 Uhr und Ihr Interesse an unserem Unternehmen.\n\nNach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nLindenhof Maschinenbau GmbH\nBewerbermanagement\n",
    )
    yield n(
        f,
        "refus",
        "fr",
        ("Nadia Benali", "n.benali@cabinet-orme.example"),
        "Suite à notre entretien du 8 février",
        sent(2, 16, 18, PAR),
        "French rejection from a recruitment firm, 'suite à notre entretien du lundi 8 février à 14h'.",
        "Bonjour Alex,\n\nSuite à notre entretien du lundi 8 février à 14h, je reviens vers vous. Notre client a finalement retenu un profil plus orienté retail. Je garde votre candidature pour de prochaines missions, et vous souhaite une belle réussite.\n\nCordialement,\nNadia Benali\nCabinet Orme - Conseil en recrutement\n",
    )
    yield n(
        f,
        "descartado",
        "es",
        ("Recursos Humanos", "rrhh@cooperativa-olivar.example"),
        "Proceso de selección - Técnico de calidad",
        sent(2, 17, 13, MAD),
        "Spanish rejection restating the interview 'el pasado miércoles 10 de febrero a las 11:30'.",
        "Estimado Alex:\n\nLe agradecemos su participación en la entrevista del pasado miércoles 10 de febrero a las 11:30. Lamentamos comunicarle que en esta ocasión no continuará en el proceso.\n\nConservaremos su currículum para futuras vacantes.\n\nAtentamente,\nDpto. de Recursos Humanos\nCooperativa El Olivar\n",
    )
    yield n(
        f,
        "esito",
        "it",
        ("Chiara Galli", "chiara.galli@tessuti-arno.example"),
        "Esito colloquio del 9 febbraio",
        sent(2, 18, 9, ROM),
        "Italian rejection; the subject and text restate the interview of martedì 9 febbraio ore 15:00.",
        "Gentile Alex,\n\ngrazie ancora per il colloquio di martedì 9 febbraio alle ore 15:00. Purtroppo abbiamo deciso di proseguire con altri profili per la posizione di Buyer junior.\n\nUn cordiale saluto,\nChiara Galli\nUfficio Personale - Tessuti Arno\n",
    )
    yield n(
        f,
        "afwijzing",
        "nl",
        ("Bas Jansen", "bas.jansen@polderkracht.example"),
        "Re: Gesprek Accountmanager",
        sent(2, 19, 15, AMS),
        "Dutch rejection in a reply, quoting the earlier confirmation of 'donderdag 11 februari om 10:00'.",
        "Beste Alex,\n\nDank voor je tijd afgelopen donderdag. We hebben besloten om niet verder te gaan met je sollicitatie; de andere kandidaat had meer ervaring in de installatiebranche.\n\nSucces met je zoektocht!\nBas\n\nOp ma 1 feb 2027 om 14:03 schreef Bas Jansen:\n"
        + q(
            "Hoi Alex, hierbij bevestig ik ons gesprek op donderdag 11 februari om 10:00 op ons kantoor in Zwolle.\nGroet, Bas"
        ),
        reply=True,
    )
    yield n(
        f,
        "odmowa",
        "pl",
        ("Rekrutacja", "rekrutacja@zielony-most.example"),
        "Dziękujemy za udział w rozmowie",
        sent(2, 12, 12, WAW),
        "Polish thank-you-and-no: 'rozmowa w dniu 10.02.2027 o godz. 13:00'.",
        "Szanowny Panie,\n\ndziękujemy za udział w rozmowie rekrutacyjnej w dniu 10.02.2027 o godz. 13:00. Po analizie wszystkich kandydatur zdecydowaliśmy się na innego kandydata.\n\nZ poważaniem\nDział HR, Zielony Most sp. z o.o.\n",
    )
    yield n(
        f,
        "em_espera",
        "pt-PT",
        ("Inês Carvalho", "ines.carvalho@azulejo-digital.example"),
        "Entrevista de dia 15 - ponto de situação",
        sent(2, 18, 11, LIS),
        "Portuguese on-hold note: after 'a entrevista de segunda-feira, 15 de fevereiro, às 10h00' the process is paused until March.",
        "Olá Alex,\n\nObrigada pela entrevista de segunda-feira, 15 de fevereiro, às 10h00. Informamos que o processo está suspenso até ao início de março por razões orçamentais. Voltaremos a contactá-lo assim que houver novidades.\n\nCumprimentos,\nInês Carvalho\n",
    )
    yield n(
        f,
        "tack_nej",
        "sv",
        ("Anna Holm", "anna.holm@skargard-energi.example"),
        "Tack för intervjun",
        sent(2, 22, 14, STO),
        "Swedish rejection restating 'intervjun i onsdags (17 februari kl. 13.00)'.",
        "Hej Alex,\n\nTack för intervjun i onsdags (17 februari kl. 13.00). Vi har nu valt att gå vidare med en annan kandidat, men vi blev imponerade av din bakgrund.\n\nLycka till framöver!\nAnna Holm\nRekryterare, Skärgård Energi\n",
    )
    yield n(
        f,
        "kiitos",
        "fi",
        ("Rekrytointi", "rekry@koivula-oy.example"),
        "Kiitos haastattelusta",
        sent(2, 19, 10, HEL),
        "Finnish rejection: 'haastattelusta tiistaina 16.2. klo 12.00'.",
        "Hei Alex,\n\nkiitos haastattelusta tiistaina 16.2. klo 12.00. Valitettavasti valinta ei tällä kertaa kohdistunut sinuun.\n\nYstävällisin terveisin\nKoivula Oy:n rekrytointitiimi\n",
    )
    # controls: thanks, and the next round
    yield n(
        f,
        "next_round",
        "en",
        ("Talent Team", "talent@norrow-health.example"),
        "Next step: final interview",
        sent(2, 15, 12, NYC),
        "Control: a thank-you for the first interview on Feb 9 that sets the final round on Wednesday Feb 24, 10:00-11:30 AM ET.",
        "Hi Alex,\n\nThanks again for interviewing with us on February 9. We'd love to move you to the final round!\n\nYour final interview is scheduled for Wednesday, February 24, 10:00-11:30 AM ET, with the VP of Product and two team leads. A Zoom link is below.\n\nhttps://zoom.example/j/8841102\n\nBest,\nThe Norrow Health Talent Team\n",
        start=when(2, 24, "Wed", 10, 0, NYC),
        end=when(2, 24, "Wed", 11, 30, NYC),
        zone="",
    )
    yield n(
        f,
        "segunda_entrevista",
        "es",
        ("Recursos Humanos", "rrhh@cooperativa-olivar.example"),
        "Segunda entrevista - Técnico de calidad",
        sent(2, 12, 13, MAD),
        "Control: thanks for the interview of 10 February, and an invitation to a second one on jueves 18 de febrero, 12:00-13:00.",
        "Estimado Alex:\n\nGracias por la entrevista del miércoles 10 de febrero. Nos gustaría verle de nuevo: le citamos el jueves 18 de febrero de 12:00 a 13:00 en nuestras oficinas de Jaén, con la directora de planta.\n\nAtentamente,\nDpto. de Recursos Humanos\n",
        start=when(2, 18, "Thu", 12, 0, MAD),
        end=when(2, 18, "Thu", 13, 0, MAD),
    )


# --- ng41alreadyset: replies mentioning a meeting already held or set -------------------------


def ng41alreadyset() -> Iterator[Case]:
    f = "ng41alreadyset"
    yield n(
        f,
        "parking",
        "en",
        ("Gemma Price", "gemma.price@harbourline.example"),
        "Re: Interview Thursday - parking?",
        sent(2, 9, 11, LON),
        "A reply about parking for an interview that was set earlier (quoted: Thursday 11 Feb 10:00); it sets nothing new.",
        "Hi Alex,\n\nYes, there's visitor parking behind the building - just give your reg at the barrier and they'll let you in.\n\nGemma\n\nOn Mon, 8 Feb 2027 at 17:02, Alex Morgan <alex.morgan@mailbox.example> wrote:\n"
        + q(
            "Hi Gemma, looking forward to Thursday at 10. Is there parking on site or should I take the train?\nAlex"
        ),
        reply=True,
    )
    yield n(
        f,
        "unterlagen",
        "de",
        ("Svenja Brandt", "s.brandt@nordlicht-medien.example"),
        "AW: Gespräch am Dienstag",
        sent(2, 10, 14, CET),
        "German reply asking for certificates after the interview held 'am Dienstag um 15 Uhr'; the interview is past.",
        "Hallo Alex,\n\nnochmals danke für das nette Gespräch am Dienstag um 15 Uhr. Könnten Sie uns bitte noch Ihre Arbeitszeugnisse schicken? Dann geht Ihre Bewerbung an die Geschäftsführung.\n\nViele Grüße\nSvenja Brandt\n",
        reply=True,
    )
    yield n(
        f,
        "dejeuner",
        "fr",
        ("Camille Roux", "camille.roux@lumiere-edition.example"),
        "RE: entretien de jeudi",
        sent(2, 9, 18, PAR),
        "French reply: the interview of Thursday 11 at 11h stays as planned (already set); the writer only adds that lunch follows. A mention, not a new invitation.",
        "Bonjour Alex,\n\nPas de souci, on garde bien jeudi comme prévu. Pour info, après l'entretien l'équipe déjeune ensemble, vous êtes le bienvenu si vous avez le temps.\n\nBonne soirée,\nCamille\n\nLe mar. 9 févr. 2027 à 10:14, Alex Morgan a écrit :\n"
        + q("Bonjour Camille,\nJe confirme ma présence jeudi 11 février à 11h.\nAlex"),
        reply=True,
    )
    yield n(
        f,
        "recordatorio_pasado",
        "es",
        ("Diego Fuentes", "diego.fuentes@mareas-consultoria.example"),
        "RE: Entrevista del lunes",
        sent(2, 17, 12, MAD),
        "Spanish reply after the interview held 'el lunes a las 9:30', asking for references.",
        "Hola Alex,\n\n¡Gracias por la entrevista del lunes a las 9:30! El equipo quedó muy contento. ¿Nos podrías pasar dos referencias de tus últimos trabajos? Con eso cerramos esta semana.\n\nUn abrazo,\nDiego\n",
        reply=True,
    )
    yield n(
        f,
        "badge",
        "it",
        ("Elena Conti", "e.conti@faro-assicurazioni.example"),
        "R: Colloquio di mercoledì",
        sent(2, 15, 10, ROM),
        "Italian reply about a visitor badge for the interview already set (Wednesday 17 at 14:30, in the quoted confirmation).",
        "Ciao Alex,\n\nper il badge basta un documento d'identità alla reception, il resto lo facciamo noi.\n\nA presto,\nElena\n\n-----Messaggio originale-----\nDa: Alex Morgan\nInviato: domenica 14 febbraio 2027 21:40\nOggetto: Colloquio di mercoledì\n\n"
        + q("Buonasera Elena, confermo mercoledì 17 alle 14:30. Serve qualcosa per entrare?\nAlex"),
        reply=True,
    )
    yield n(
        f,
        "reiskosten",
        "nl",
        ("Thijs Mulder", "thijs@zeebries-energie.example"),
        "Re: gesprek vorige week",
        sent(2, 16, 9, AMS),
        "Dutch reply about travel costs after the interview last Thursday at 14:00.",
        "Hoi Alex,\n\nJe reiskosten voor het gesprek van afgelopen donderdag (14:00) worden vergoed. Stuur je het declaratieformulier vóór vrijdag terug?\n\nGroet,\nThijs\n",
        reply=True,
    )
    yield n(
        f,
        "dojazd",
        "pl",
        ("Marta Kowal", "m.kowal@orle-gniazdo.example"),
        "Re: jutrzejsza rozmowa",
        sent(2, 10, 16, WAW),
        "Polish reply with directions for tomorrow's interview already agreed (quoted: 11.02 at 10:00); no new time.",
        "Dzień dobry,\n\nwejście od ul. Lipowej, recepcja na parterze, proszę pytać o mnie.\n\nPozdrawiam\nMarta\n\nW dniu 09.02.2027 o 18:12 Alex Morgan pisze:\n"
        + q("Potwierdzam czwartek 11.02 o 10:00. Którędy najlepiej dojść?\nAlex"),
        reply=True,
    )
    yield n(
        f,
        "opfoelgning",
        "da",
        ("Lars Holm", "lars.holm@kystvej.example"),
        "Sv: Samtale i tirsdags",
        sent(2, 18, 15, CPH),
        "Danish reply after 'samtalen i tirsdags kl. 10', saying the decision falls next week.",
        "Hej Alex\n\nTak for samtalen i tirsdags kl. 10. Vi forventer at træffe en beslutning i løbet af næste uge, og du hører fra mig senest fredag den 26. februar.\n\nMvh Lars\n",
        reply=True,
    )
    yield n(
        f,
        "takk",
        "nb",
        ("Ingrid Solheim", "ingrid@fjordkraft-data.example"),
        "Sv: Intervju",
        sent(2, 12, 13, OSL),
        "Norwegian thread reply: thanks for yesterday's 13:00 interview, asks for a writing sample.",
        "Hei Alex!\n\nTakk for intervjuet i går kl. 13.00. Kan du sende oss en arbeidsprøve innen onsdag? Da har vi alt vi trenger.\n\nHilsen Ingrid\n",
        reply=True,
    )
    yield n(
        f,
        "doklady",
        "cs",
        ("Tereza Dvořáková", "tereza@modra-hora.example"),
        "Re: Pohovor ve čtvrtek",
        sent(2, 9, 12, PRG),
        "Czech reply asking for documents for the interview already set (quoted: čtvrtek 11. 2. v 9:00).",
        "Dobrý den,\n\nprosím ještě o kopii diplomu, stačí naskenovanou. Na čtvrtek se těšíme.\n\nS pozdravem\nTereza Dvořáková\n\nDne 8. 2. 2027 v 17:30 Alex Morgan napsal(a):\n"
        + q("Dobrý den, potvrzuji pohovor ve čtvrtek 11. 2. v 9:00.\nAlex Morgan"),
        reply=True,
    )
    # controls: a reply that sets the slot
    yield n(
        f,
        "reply_sets",
        "en",
        ("Gemma Price", "gemma.price@harbourline.example"),
        "Re: Availability next week",
        sent(2, 5, 12, LON),
        "Control: a reply that books the slot the reader offered: Thursday 11 Feb, 10:00-11:00, at the office.",
        "Hi Alex,\n\nThursday works well - I've booked you in for Thursday 11 February, 10:00-11:00, at our office (2 Dock Street, 3rd floor). You'll meet Tom and me.\n\nGemma\n\nOn Thu, 4 Feb 2027 at 16:20, Alex Morgan <alex.morgan@mailbox.example> wrote:\n"
        + q("Hi Gemma, I'm free Thursday morning or Friday afternoon next week.\nAlex"),
        reply=True,
        start=when(2, 11, "Thu", 10, 0, LON),
        end=when(2, 11, "Thu", 11, 0, LON),
    )
    yield n(
        f,
        "antwort_termin",
        "de",
        ("Svenja Brandt", "s.brandt@nordlicht-medien.example"),
        "AW: Terminvorschläge",
        sent(2, 4, 9, CET),
        "Control: German reply booking the slot: Dienstag, 09.02.2027, 15:00-16:00 Uhr.",
        "Hallo Alex,\n\ndann machen wir es am Dienstag, 09.02.2027, von 15:00 bis 16:00 Uhr bei uns im Büro (Speicherstadt, Block C). Ich freue mich!\n\nViele Grüße\nSvenja Brandt\n",
        reply=True,
        start=when(2, 9, "Tue", 15, 0, CET),
        end=when(2, 9, "Tue", 16, 0, CET),
    )


# --- ng41minutes: minutes with a "next meeting" line -------------------------------------------


def ng41minutes() -> Iterator[Case]:
    f = "ng41minutes"
    yield n(
        f,
        "hiring_committee",
        "en",
        ("Search Committee", "search-cttee@westbrook-univ.example"),
        "Minutes: Lecturer in Statistics search, meeting 3",
        sent(2, 4, 17, NYC),
        "Minutes of a faculty search committee: shortlist, campus interviews to be scheduled, 'Next meeting: Thursday Feb 18, 3:30 PM, Room 204'.",
        "MINUTES - Lecturer in Statistics search committee\nDate: Thursday, February 4, 2027, 3:30-4:45 PM\nPresent: R. Okafor (chair), L. Brandt, M. Chen, A. Morgan\n\n1. Shortlist agreed: three candidates to be invited for campus interviews.\n2. M. Chen to circulate a rubric for the teaching demo.\n3. Campus interview dates to be polled among the committee.\n\nNext meeting: Thursday, February 18, 3:30 PM, Room 204 Hall B.\n\nMinutes taken by A. Morgan\n",
    )
    yield n(
        f,
        "betriebsrat",
        "de",
        ("Betriebsrat", "betriebsrat@haller-werke.example"),
        "Protokoll der Betriebsratssitzung vom 09.02.2027",
        sent(2, 10, 13, CET),
        "Works council minutes (de): approves a new hire's employment, 'Nächste Sitzung: Dienstag, 23.02.2027, 13:00 Uhr'.",
        "Protokoll der Betriebsratssitzung\nDatum: 09.02.2027, 13:00-14:30 Uhr\nTeilnehmende: 7 Mitglieder\n\nTOP 1: Zustimmung zur Einstellung (§ 99 BetrVG) - Stelle Sachbearbeitung Einkauf: einstimmig erteilt.\nTOP 2: Vorstellungsgespräche Ausbildung 2027 - Teilnahme eines BR-Mitglieds (Frau Aydin).\nTOP 3: Verschiedenes.\n\nNächste Sitzung: Dienstag, 23.02.2027, 13:00 Uhr, Besprechungsraum 1.\n\ngez. Schriftführer\n",
    )
    yield n(
        f,
        "cse",
        "fr",
        ("CSE Ateliers Beaulieu", "cse@ateliers-beaulieu.example"),
        "Compte rendu de la réunion du CSE du 11 février",
        sent(2, 12, 10, PAR),
        "French works committee minutes with recruitment items and 'Prochaine réunion : jeudi 11 mars 2027 à 9h30'.",
        "Compte rendu - réunion ordinaire du CSE\n11 février 2027\n\n1. Point emploi : 4 recrutements en cours (2 CDI, 2 alternances), entretiens en février.\n2. Formation : plan 2027 présenté.\n3. Questions diverses.\n\nProchaine réunion : jeudi 11 mars 2027 à 9h30, salle du conseil.\n\nLe secrétaire du CSE\n",
    )
    yield n(
        f,
        "acta_asociacion",
        "es",
        ("Asociación Vecinal Las Eras", "junta@aveceras.example"),
        "Acta de la reunión de junta - febrero",
        sent(2, 16, 20, MAD),
        "Spanish neighbourhood association minutes: hiring a part-time caretaker, 'Próxima reunión: martes 16 de marzo, 19:30 h'.",
        "ACTA DE LA REUNIÓN DE JUNTA DIRECTIVA\nFecha: 15 de febrero de 2027\n\n1. Contratación del conserje a media jornada: se han recibido 12 candidaturas; entrevistas a cargo de la presidenta y el tesorero.\n2. Fiestas de primavera.\n3. Ruegos y preguntas.\n\nPróxima reunión: martes 16 de marzo, 19:30 h, local social.\n",
    )
    yield n(
        f,
        "verbale",
        "it",
        ("Consiglio direttivo", "direttivo@circolo-remo.example"),
        "Verbale riunione del 10/02",
        sent(2, 11, 21, ROM),
        "Italian club board minutes: selection of a new instructor, 'prossima riunione mercoledì 10 marzo ore 21:00'.",
        "Verbale della riunione del Consiglio direttivo del 10/02/2027\n\nPresenti: 6 consiglieri su 7.\n\n1) Selezione nuovo istruttore: colloqui con i due candidati a cura del presidente entro fine mese.\n2) Bilancio preventivo.\n\nLa prossima riunione è fissata per mercoledì 10 marzo alle ore 21:00 presso la sede.\n\nIl segretario\n",
    )
    yield n(
        f,
        "notulen_mr",
        "nl",
        ("MR secretaris", "mr@obs-de-linde.example"),
        "Notulen MR-vergadering 8 februari",
        sent(2, 9, 19, AMS),
        "Dutch school council minutes: a new teacher's appointment procedure, 'Volgende vergadering: maandag 15 maart, 19:30 uur'.",
        "Notulen medezeggenschapsraad OBS De Linde\n8 februari 2027\n\n1. Benoemingsadviescommissie nieuwe leerkracht groep 6: sollicitatiegesprekken in week 8, ouder- en personeelsgeleding nemen deel.\n2. Schoolgids.\n\nVolgende vergadering: maandag 15 maart, 19:30 uur, teamkamer.\n",
    )
    yield n(
        f,
        "protokol",
        "pl",
        ("Zarząd Koła", "zarzad@kolo-informatykow.example"),
        "Protokół z zebrania zarządu",
        sent(2, 13, 18, WAW),
        "Polish student society minutes: recruitment of new members, 'Następne zebranie: czwartek 25.02.2027, godz. 18:15'.",
        "Protokół z zebrania Zarządu Koła Naukowego Informatyków\n12.02.2027\n\n1. Rekrutacja nowych członków - rozmowy z kandydatami prowadzi wiceprezes.\n2. Hackathon wiosenny.\n\nNastępne zebranie: czwartek 25.02.2027, godz. 18:15, sala 3.21.\n",
    )
    yield n(
        f,
        "protokoll_sv",
        "sv",
        ("Styrelsen", "styrelsen@brf-eken.example"),
        "Protokoll styrelsemöte 2027-02-10",
        sent(2, 11, 20, STO),
        "Swedish housing co-op minutes: hiring a property manager, 'Nästa möte: onsdag 10 mars kl. 18.30'.",
        "Protokoll fört vid styrelsemöte i BRF Eken\nDatum: 2027-02-10\n\n§1 Rekrytering av förvaltare: tre sökande intervjuas av ordförande och kassör.\n§2 Stambyte, offerter.\n\nNästa möte: onsdag 10 mars kl. 18.30 i föreningslokalen.\n",
    )
    yield n(
        f,
        "ata",
        "pt-BR",
        ("Diretoria", "diretoria@associacao-jatoba.example"),
        "Ata da reunião de 09/02",
        sent(2, 10, 19, SAO),
        "Brazilian association minutes: contracting a coordinator, 'Próxima reunião: terça-feira, 09/03, às 19h'.",
        "ATA DA REUNIÃO ORDINÁRIA - 09/02/2027\n\n1. Contratação de coordenador(a) de projetos: entrevistas com as finalistas serão feitas pela comissão.\n2. Prestação de contas.\n\nPróxima reunião: terça-feira, 09/03, às 19h, na sede.\n",
    )
    yield n(
        f,
        "poytakirja",
        "fi",
        ("Hallitus", "hallitus@tekniikkakerho.example"),
        "Hallituksen kokouksen pöytäkirja 15.2.",
        sent(2, 16, 18, HEL),
        "Finnish association board minutes: hiring a part-time secretary, 'Seuraava kokous: ti 16.3. klo 17.00'.",
        "Pöytäkirja, hallituksen kokous 15.2.2027\n\n1. Osa-aikaisen toiminnanjohtajan rekrytointi: haastattelut helmikuun lopussa.\n2. Kevään tapahtumat.\n\nSeuraava kokous: ti 16.3. klo 17.00, kerhohuone.\n",
    )


# --- ng41jobalert: job-board alerts and newsletters with event dates ---------------------------


def ng41jobalert() -> Iterator[Case]:
    f = "ng41jobalert"
    yield n(
        f,
        "alert_webinar",
        "en",
        ("JobNest Alerts", "alerts@jobnest.example"),
        "5 new jobs for 'data analyst' + live Q&A Tuesday",
        sent(2, 5, 7, LON),
        "Job alert digest with five listings and a live Q&A on Tuesday 9 Feb 6:30pm GMT about interviews; nothing for the reader.",
        "Hi Alex, here are today's matches for 'data analyst' near London.\n\n1. Data Analyst - Lumen Retail (Hybrid) - posted 1 day ago\n2. Junior BI Analyst - Carrow Bank - closes Fri 12 Feb\n3. Data Analyst (Fixed term) - NHS Trust - closes 23:59 on 14 Feb\n4. Reporting Analyst - Tavi Logistics\n5. Insight Analyst - Brightfield Labs\n\nLIVE Q&A: 'Ace your analyst interview' - Tuesday 9 Feb, 6:30pm GMT. Save your seat: https://jobnest.example/live\n\nYou're receiving this because you created a job alert. Unsubscribe\n",
    )
    yield n(
        f,
        "stellenmarkt",
        "de",
        ("Stellenwerk Newsletter", "newsletter@stellenwerk.example"),
        "Ihr Job-Newsletter: 8 neue Stellen und die Karrieremesse am 18.02.",
        sent(2, 8, 6, CET),
        "German job-board newsletter: new posts, a career fair Donnerstag, 18.02., 10-16 Uhr, application deadlines.",
        "Guten Tag Alex Morgan,\n\nneue Stellen passend zu Ihrem Suchauftrag 'Projektmanager Hamburg':\n- Projektmanager IT (m/w/d) - Hansetech - Bewerbungsschluss 15.02.\n- Junior Projektleiter Bau (m/w/d) - Nordbau\n- Projektkoordinator (m/w/d) - Elbklinik\n\nKarrieremesse Hamburg: Donnerstag, 18.02.2027, 10:00-16:00 Uhr, Messehallen B6. Bringen Sie Ihren Lebenslauf mit - viele Aussteller führen Kurzgespräche direkt am Stand.\n\nSuchauftrag bearbeiten | Abmelden\n",
    )
    yield n(
        f,
        "alerte",
        "fr",
        ("Alerte Emploi - Talentis", "alertes@talentis.example"),
        "Nouvelles offres : Chargé de communication",
        sent(2, 9, 8, PAR),
        "French job alert with a 'job dating' event mardi 16 février de 9h à 12h; not the reader's interview.",
        "Bonjour Alex,\n\n3 nouvelles offres correspondent à votre alerte :\n• Chargé de communication H/F - Ville de Nantes - candidature avant le 20/02\n• Chargé de communication interne - Groupe Ardoise\n• Community manager - Agence Pistache\n\nÉvénement : Job dating communication, mardi 16 février de 9h à 12h, Pôle emploi Nantes Centre. Inscription obligatoire.\n\nGérer mes alertes\n",
    )
    yield n(
        f,
        "boletin",
        "es",
        ("Trabajanda", "boletin@trabajanda.example"),
        "Tu boletín semanal de empleo",
        sent(2, 10, 8, MAD),
        "Spanish weekly job newsletter: offers plus an online workshop 'jueves 18 de febrero a las 18:00'.",
        "¡Hola, Alex!\n\nEsta semana te recomendamos:\n- Técnico/a de marketing - Madrid - 28.000 €\n- Analista de datos junior - remoto\n- Responsable de tienda - Alcalá\n\nTaller online: «Cómo preparar una entrevista por competencias», jueves 18 de febrero a las 18:00 (hora peninsular). Plazas limitadas.\n\nDarse de baja\n",
    )
    yield n(
        f,
        "annunci",
        "it",
        ("LavoroPiù", "notifiche@lavoropiu.example"),
        "Nuove offerte per te e il Career Day del 24 febbraio",
        sent(2, 11, 9, ROM),
        "Italian board notification: offers and a Career Day mercoledì 24 febbraio 9:30-17:00.",
        "Ciao Alex,\n\nabbiamo trovato 4 nuove offerte per «Impiegato amministrativo» a Milano.\n\nCareer Day Lombardia - mercoledì 24 febbraio, dalle 9:30 alle 17:00, Fiera Milano City. Colloqui conoscitivi con oltre 40 aziende.\n\nModifica le notifiche\n",
    )
    yield n(
        f,
        "vacaturemail",
        "nl",
        ("Werkzoeker.nl", "vacatures@werkzoeker.example"),
        "12 nieuwe vacatures + webinar sollicitatiegesprek",
        sent(2, 12, 7, AMS),
        "Dutch vacancy mail with a webinar 'woensdag 17 februari om 20:00' on interviews.",
        "Hoi Alex,\n\nNieuwe vacatures voor 'Marketeer' in Utrecht:\n- Online Marketeer - Fietsfabriek\n- Marketing Coördinator - Domstad Zorg (reageren vóór 21 februari)\n\nGratis webinar: 'Zo overtuig je in een sollicitatiegesprek' - woensdag 17 februari om 20:00.\n\nAfmelden\n",
    )
    yield n(
        f,
        "oferty",
        "pl",
        ("PracaTeraz", "powiadomienia@pracateraz.example"),
        "Nowe oferty pracy dla Ciebie",
        sent(2, 15, 7, WAW),
        "Polish job alert with 'Dni Kariery' on 23.02 from 10:00 and offer closing dates.",
        "Cześć Alex,\n\nNowe oferty dopasowane do Twojego profilu:\n• Młodszy analityk finansowy - Kraków - ważna do 28.02\n• Specjalista ds. kadr - zdalnie\n\nDni Kariery AGH: wtorek 23.02.2027, od 10:00, budynek U-2. Spotkania z pracodawcami bez zapisów.\n\nZarządzaj powiadomieniami\n",
    )
    yield n(
        f,
        "jobbtips",
        "sv",
        ("Jobbsajten", "nyhetsbrev@jobbsajten.example"),
        "Veckans jobb och rekryteringsträff",
        sent(2, 16, 8, STO),
        "Swedish job newsletter with a 'rekryteringsträff' on torsdag 25 februari kl. 13-15.",
        "Hej Alex!\n\nVeckans jobb för dig:\n- Lagerarbetare, Norrköping, sista ansökningsdag 26 februari\n- Kundtjänst, distans\n\nRekryteringsträff: torsdag 25 februari kl. 13.00-15.00 på Arbetsförmedlingen Norrköping. Träffa arbetsgivare som rekryterar nu.\n\nAvsluta prenumeration\n",
    )
    yield n(
        f,
        "kyujin",
        "ja",
        ("ジョブリンク", "info@joblink.example"),
        "【新着求人】あなたにおすすめの求人と合同説明会のご案内",
        sent(2, 8, 9, TYO),
        "Japanese job site mail: recommended jobs and a joint company briefing on 2月20日（土）13:00〜17:00.",
        "Alex Morgan 様\n\n新着のおすすめ求人をお届けします。\n・Webエンジニア（東京都港区）応募締切 2月19日\n・社内SE（リモート可）\n\n合同企業説明会：2月20日（土）13:00〜17:00　東京国際フォーラム\n事前予約制です。\n\n配信停止はこちら\n",
    )
    yield n(
        f,
        "is_ilani",
        "tr",
        ("KariyerAğı", "bildirim@kariyeragi.example"),
        "Yeni iş ilanları ve kariyer fuarı",
        sent(2, 9, 10, IST),
        "Turkish job alert: offers and a career fair on 17 Şubat Çarşamba 10:00-17:00.",
        "Merhaba Alex,\n\nSize uygun yeni ilanlar:\n- Yazılım Geliştirici - İstanbul - son başvuru 20 Şubat\n- Veri Analisti - Ankara\n\nKariyer Fuarı: 17 Şubat Çarşamba, 10:00-17:00, Haliç Kongre Merkezi. Firmalarla birebir görüşme fırsatı.\n\nBildirim ayarları\n",
    )


# --- ng41hrstatus: HR status and leave notices ------------------------------------------------


def ng41hrstatus() -> Iterator[Case]:
    f = "ng41hrstatus"
    yield n(
        f,
        "leave_approved",
        "en",
        ("HR Portal", "no-reply@hr.tallow-group.example"),
        "Your leave request has been approved",
        sent(2, 8, 9, LON),
        "HR system: annual leave approved Mon 15 Feb - Fri 19 Feb; the reader's interview elsewhere is not mentioned.",
        "Hello Alex,\n\nYour leave request has been approved by Sarah Lyle.\n\nType: Annual leave\nFrom: Monday 15 February 2027 (full day)\nTo: Friday 19 February 2027 (full day)\nDays: 5\n\nRemaining balance: 12 days\n\nThis is an automated message from the Tallow HR Portal.\n",
    )
    yield n(
        f,
        "status_interview_stage",
        "en",
        ("Careers at Veld Energy", "careers@veld-energy.example"),
        "Application status update",
        sent(2, 10, 14, CHI),
        "Candidate status notice: status changed to 'Interview' with no time; says a coordinator will reach out; lists when the status changed (Feb 10, 2:05 PM).",
        "Hi Alex,\n\nThe status of your application for Field Engineer II (Req 4471) has changed.\n\nPrevious status: Under review\nNew status: Interview\nUpdated: February 10, 2027, 2:05 PM CT\n\nA recruiting coordinator will contact you to schedule a time. No action is needed right now.\n\nVeld Energy Talent Acquisition\n",
    )
    yield n(
        f,
        "urlaub",
        "de",
        ("Personalabteilung", "personal@schreiber-druck.example"),
        "Urlaubsantrag genehmigt",
        sent(2, 9, 11, CET),
        "German leave approval: Urlaub vom 01.03. bis 05.03.; 'Gleitzeittag' on Friday; nothing to attend.",
        "Hallo Alex,\n\nIhr Urlaubsantrag wurde genehmigt.\n\nZeitraum: 01.03.2027 - 05.03.2027\nArbeitstage: 5\nResturlaub 2027: 23 Tage\n\nBitte denken Sie an Ihre Abwesenheitsnotiz.\n\nIhre Personalabteilung\n",
    )
    yield n(
        f,
        "formation",
        "fr",
        ("Service RH", "rh@menuiserie-valon.example"),
        "Inscription à la formation sécurité",
        sent(2, 10, 9, PAR),
        "French HR notice: registered for a mandatory safety training on mardi 2 mars 8h30-12h; an employee's training, not an interview.",
        "Bonjour Alex,\n\nVous êtes inscrit à la formation obligatoire « Sécurité au poste de travail », le mardi 2 mars 2027 de 8h30 à 12h00, salle de formation.\n\nMerci de prévenir votre responsable.\n\nLe service RH\n",
    )
    yield n(
        f,
        "nomina",
        "es",
        ("Portal del Empleado", "noreply@empleado.grupo-salinas.example"),
        "Tu nómina de febrero ya está disponible",
        sent(2, 26, 8, MAD),
        "Spanish payslip notice; mentions the HR office hours (martes y jueves de 9:00 a 14:00).",
        "Hola Alex:\n\nYa puedes consultar tu nómina de febrero en el Portal del Empleado.\n\nSi tienes dudas, la oficina de RR. HH. atiende martes y jueves de 9:00 a 14:00.\n\nUn saludo,\nRecursos Humanos\n",
    )
    yield n(
        f,
        "visita_medica",
        "it",
        ("Ufficio HR", "hr@officine-sole.example"),
        "Visita medica periodica",
        sent(2, 11, 10, ROM),
        "Italian occupational health check for an employee: giovedì 25 febbraio ore 8:40; not an interview.",
        "Gentile Alex,\n\nti ricordiamo la visita medica periodica del lavoro prevista per giovedì 25 febbraio alle ore 8:40 presso l'infermeria aziendale.\n\nUfficio Risorse Umane\n",
    )
    yield n(
        f,
        "verzuim",
        "nl",
        ("HR Servicedesk", "hr@groenweg-zorg.example"),
        "Bevestiging ziekmelding en afspraak bedrijfsarts",
        sent(2, 12, 10, AMS),
        "Dutch sick-leave confirmation with an occupational doctor appointment on donderdag 18 februari 11:15.",
        "Beste Alex,\n\nWe hebben je ziekmelding van 11 februari ontvangen. Er is een afspraak gepland met de bedrijfsarts op donderdag 18 februari om 11:15 (telefonisch).\n\nBeterschap,\nHR Servicedesk\n",
    )
    yield n(
        f,
        "wniosek",
        "pl",
        ("System HR", "hr-noreply@fabryka-len.example"),
        "Wniosek urlopowy - zaakceptowany",
        sent(2, 15, 8, WAW),
        "Polish leave request approved for 22.02-26.02.",
        "Dzień dobry,\n\nTwój wniosek urlopowy został zaakceptowany.\nTermin: 22.02.2027 - 26.02.2027\nRodzaj: urlop wypoczynkowy\n\nWiadomość wygenerowana automatycznie.\n",
    )
    yield n(
        f,
        "ferias",
        "pt-BR",
        ("RH Online", "rh@coqueiral-alimentos.example"),
        "Programação de férias aprovada",
        sent(2, 16, 9, SAO),
        "Brazilian vacation approval with the return date and the HR desk hours (segunda a sexta, das 8h às 17h).",
        "Olá, Alex!\n\nSua programação de férias foi aprovada.\nPeríodo: 01/03/2027 a 20/03/2027\nRetorno: 22/03/2027\n\nDúvidas: balcão do RH, de segunda a sexta, das 8h às 17h.\n\nRH Coqueiral\n",
    )
    yield n(
        f,
        "dovolena",
        "cs",
        ("Personální oddělení", "hr@sklarna-liberec.example"),
        "Schválení dovolené",
        sent(2, 17, 9, PRG),
        "Czech leave approval: dovolená 8. 3. - 12. 3.",
        "Dobrý den,\n\nvaše žádost o dovolenou byla schválena.\nTermín: 8. 3. 2027 - 12. 3. 2027\n\nPersonální oddělení\n",
    )
    yield n(
        f,
        "medarbejdersamtale",
        "da",
        ("HR", "hr@noerrebro-bryg.example"),
        "Din MUS-samtale",
        sent(2, 18, 10, CPH),
        "Danish annual staff appraisal (MUS) with the employee's manager on tirsdag den 2. marts kl. 10-11; an employee's review, not a job interview.",
        "Hej Alex\n\nDin årlige medarbejderudviklingssamtale (MUS) med din leder er planlagt til tirsdag den 2. marts kl. 10.00-11.00 i mødelokale 3. Husk at udfylde forberedelsesskemaet.\n\nVenlig hilsen\nHR\n",
    )


# --- ng41pollopen: date polls still open ------------------------------------------------------


def ng41pollopen() -> Iterator[Case]:
    f = "ng41pollopen"
    yield n(
        f,
        "pick_options",
        "en",
        ("Priya Shah via PollBird", "noreply@pollbird.example"),
        "Priya Shah invited you to vote: Interview - Alex Morgan",
        sent(2, 3, 10, LON),
        "A poll invitation with three interview options (Tue 9 Feb 10:00, Wed 10 Feb 14:00, Thu 11 Feb 16:30); nothing chosen yet.",
        "Priya Shah has invited you to a poll: Interview - Alex Morgan\n\nPlease tick every time that works for you:\n  Tue 9 Feb 2027   10:00 - 11:00\n  Wed 10 Feb 2027  14:00 - 15:00\n  Thu 11 Feb 2027  16:30 - 17:30\n\nTimes shown in Europe/London.\n\nVote now: https://pollbird.example/p/k8d2m\n\nThe organiser will confirm the final date once everyone has voted.\n",
    )
    yield n(
        f,
        "umfrage",
        "de",
        ("Terminfinder", "noreply@terminfinder.example"),
        "Neue Terminumfrage: Kennenlerngespräch",
        sent(2, 4, 9, CET),
        "German date poll still open: 'Kennenlerngespräch' with four options on 10./11./12.02.; the organiser will fix one later.",
        "Hallo Alex,\n\nLena Braun hat eine Terminumfrage erstellt: „Kennenlerngespräch Alex Morgan“\n\nVorschläge:\n- Mi, 10.02.2027, 09:00-10:00\n- Mi, 10.02.2027, 15:00-16:00\n- Do, 11.02.2027, 11:00-12:00\n- Fr, 12.02.2027, 13:30-14:30\n\nBitte stimmen Sie bis Montag ab: https://terminfinder.example/u/7hq3\n\nDer endgültige Termin wird anschließend per E-Mail bestätigt.\n",
    )
    yield n(
        f,
        "sondage",
        "fr",
        ("Chloé Dubois", "chloe.dubois@studio-galet.example"),
        "Sondage pour notre entretien",
        sent(2, 5, 15, PAR),
        "French recruiter sends a Framadate-like link with three slots for the interview; 'je fixerai le créneau ensuite'.",
        "Bonjour Alex,\n\nPour trouver un créneau avec toute l'équipe, pouvez-vous remplir ce sondage ?\nhttps://sondage.example/aB3xQ\n\nCréneaux proposés :\n- lundi 15 février à 10h\n- mardi 16 février à 14h30\n- jeudi 18 février à 11h\n\nJe fixerai le créneau dès que tout le monde aura répondu.\n\nChloé\n",
    )
    yield n(
        f,
        "encuesta",
        "es",
        ("Encuestas Quedamos", "avisos@quedamos.example"),
        "Vota la fecha: Entrevista con el equipo de producto",
        sent(2, 8, 11, MAD),
        "Spanish poll still open, three options for a team interview; 'la fecha final se comunicará'.",
        "Hola Alex:\n\nMarina Vidal te invita a votar en «Entrevista con el equipo de producto».\n\nOpciones:\n• lunes 15 de febrero, 10:00\n• martes 16 de febrero, 17:00\n• miércoles 17 de febrero, 12:30\n\nVotar: https://quedamos.example/e/91k\n\nLa fecha final se comunicará cuando cierre la votación (viernes 12 de febrero, 18:00).\n",
    )
    yield n(
        f,
        "sondaggio",
        "it",
        ("Roberto Sala", "r.sala@pietra-serena.example"),
        "Disponibilità per il colloquio",
        sent(2, 9, 10, ROM),
        "Italian hiring manager sends a poll link with three slots and will confirm the chosen one later.",
        "Ciao Alex,\n\nti giro il link per indicare le tue disponibilità: https://sondaggio.example/r/55x\n\nLe opzioni sono giovedì 18 febbraio alle 10:00, venerdì 19 alle 15:00 o lunedì 22 alle 9:30. Appena tutti hanno votato ti confermo lo slot.\n\nRoberto\n",
    )
    yield n(
        f,
        "prikking",
        "nl",
        ("Datumprikker", "noreply@datumprikker.example"),
        "Je bent uitgenodigd om te prikken: Tweede gesprek",
        sent(2, 10, 9, AMS),
        "Dutch date-picking invitation, options over two days; the final date follows.",
        "Hoi Alex,\n\nEva de Bruin nodigt je uit om een datum te prikken voor: Tweede gesprek\n\n  di 16 feb  13:00\n  di 16 feb  15:30\n  do 18 feb  10:00\n\nGeef je beschikbaarheid door: https://datumprikker.example/x/33a\n\nZodra iedereen heeft gereageerd, kiest Eva de definitieve datum.\n",
    )
    yield n(
        f,
        "ankieta",
        "pl",
        ("Ankieta terminów", "powiadomienia@ustalmy.example"),
        "Wybierz termin: rozmowa z zespołem",
        sent(2, 11, 12, WAW),
        "Polish poll with three options, still open until Sunday.",
        "Cześć Alex,\n\nAgnieszka Mazur prosi o wybór terminu spotkania „Rozmowa z zespołem”:\n- wtorek 16.02, 9:00\n- środa 17.02, 13:00\n- piątek 19.02, 10:30\n\nGłosowanie trwa do niedzieli 14.02, 20:00.\nhttps://ustalmy.example/t/pq7\n",
    )
    yield n(
        f,
        "omrostning",
        "sv",
        ("Karin Eklund", "karin.eklund@bjorkvik.example"),
        "Omröstning: tid för intervju",
        sent(2, 12, 14, STO),
        "Swedish recruiter asks the reader to mark available slots in a poll; nothing fixed.",
        "Hej Alex,\n\nKan du fylla i vilka tider som passar här? https://omrostning.example/k/e21\n\nAlternativen är tisdag 16/2 kl. 10, onsdag 17/2 kl. 14 och fredag 19/2 kl. 9. Jag bekräftar tiden när panelen också svarat.\n\nHälsningar\nKarin\n",
    )
    yield n(
        f,
        "hlasovani",
        "cs",
        ("Kdy se sejdem", "info@kdysesejdem.example"),
        "Hlasování o termínu: Pohovor - 2. kolo",
        sent(2, 12, 9, PRG),
        "Czech poll still open with three options.",
        "Dobrý den,\n\nJana Horáková vás zve k hlasování o termínu „Pohovor - 2. kolo“:\n- út 16. 2. v 10:00\n- st 17. 2. v 14:00\n- čt 18. 2. v 9:30\n\nHlasovat: https://kdysesejdem.example/h/4c\n",
    )
    # controls: the poll closed on one slot
    yield n(
        f,
        "poll_final",
        "en",
        ("Priya Shah via PollBird", "noreply@pollbird.example"),
        "Final date chosen: Interview - Alex Morgan",
        sent(2, 6, 12, LON),
        "Control: the poll is closed and the organiser fixed Wed 10 Feb 2027, 14:00-15:00 (Europe/London).",
        "Priya Shah has chosen the final date for: Interview - Alex Morgan\n\nWed 10 Feb 2027, 14:00 - 15:00 (Europe/London)\nLocation: Google Meet - https://meet.example/abc-defg-hij\n\nAdd to calendar: https://pollbird.example/p/k8d2m/ics\n",
        start=when(2, 10, "Wed", 14, 0, LON),
        end=when(2, 10, "Wed", 15, 0, LON),
        zone=LON,
    )
    yield n(
        f,
        "umfrage_fix",
        "de",
        ("Terminfinder", "noreply@terminfinder.example"),
        "Termin festgelegt: Kennenlerngespräch",
        sent(2, 8, 9, CET),
        "Control: the German poll is closed, 'Do, 11.02.2027, 11:00-12:00' fixed.",
        "Hallo Alex,\n\nLena Braun hat den Termin für „Kennenlerngespräch Alex Morgan“ festgelegt:\n\nDo, 11.02.2027, 11:00-12:00 Uhr\nOrt: Büro Braun & Partner, Ostwall 12, Dortmund\n\nBis dann!\n",
        start=when(2, 11, "Thu", 11, 0, CET),
        end=when(2, 11, "Thu", 12, 0, CET),
    )
    yield n(
        f,
        "prikking_gekozen",
        "nl",
        ("Eva de Bruin", "eva@debruin-advies.example"),
        "Datum gekozen: tweede gesprek",
        sent(2, 13, 10, AMS),
        "Control: the Dutch organiser fixes 'donderdag 18 februari om 10:00' (one hour).",
        "Hoi Alex,\n\nDank voor het prikken! Het tweede gesprek wordt donderdag 18 februari om 10:00 tot 11:00, bij ons op kantoor (Catharijnesingel 40, Utrecht).\n\nTot dan,\nEva\n",
        start=when(2, 18, "Thu", 10, 0, AMS),
        end=when(2, 18, "Thu", 11, 0, AMS),
    )


# --- ng41agenda: daily and weekly agendas listing several events ------------------------------


def ng41agenda() -> Iterator[Case]:
    f = "ng41agenda"
    yield n(
        f,
        "daily_en",
        "en",
        ("Calendar", "calendar-notification@cal.example"),
        "Daily agenda for Alex Morgan - Tue Feb 9, 2027",
        sent(2, 9, 6, LON),
        "A daily agenda digest with four events, one an interview at 14:00; several events, so no invitation.",
        "Your agenda for Tuesday, February 9, 2027 (GMT)\n\n09:00 - 09:30  Stand-up\n11:00 - 12:00  Dentist\n14:00 - 15:00  Interview: Quillworks (Zoom)\n18:30 - 20:00  Climbing with Jo\n\nView your calendar: https://cal.example/\nYou are receiving this email because you turned on daily agenda in settings.\n",
    )
    yield n(
        f,
        "weekly_en",
        "en",
        ("Weekly Planner", "digest@planner.example"),
        "Your week ahead: Feb 15 - Feb 21",
        sent(2, 14, 18, NYC),
        "Weekly digest listing six items across the week, two interviews among them.",
        "Here's your week, Alex.\n\nMON 15  10:00 AM  Phone screen - Harbor Analytics\nMON 15   1:00 PM  Lunch w/ Sam\nWED 17   9:30 AM  Onsite interview - Veld Energy\nWED 17   4:00 PM  Car service pickup\nTHU 18   7:00 PM  Book club\nSAT 20  11:00 AM  Kids' swim\n\nTimes in Eastern Time. Open Planner to edit.\n",
    )
    yield n(
        f,
        "tagesplan",
        "de",
        ("Kalender", "kalender@mailbox.example"),
        "Tagesübersicht für Mittwoch, 10. Februar 2027",
        sent(2, 10, 6, CET),
        "German daily overview: three appointments including 'Vorstellungsgespräch 13:30'.",
        "Ihre Termine am Mittwoch, 10. Februar 2027:\n\n08:30-09:00  Zahnarzt Dr. Weber\n13:30-14:30  Vorstellungsgespräch Kranich Logistik\n17:00-18:00  Elternabend Kita\n\nKalender öffnen\n",
    )
    yield n(
        f,
        "agenda_semaine",
        "fr",
        ("Agenda", "agenda@mailbox.example"),
        "Votre semaine du 15 au 19 février",
        sent(2, 14, 19, PAR),
        "French weekly agenda with five items, one 'entretien Studio Galet' on mardi 16 à 14h30.",
        "Bonjour Alex, voici votre semaine :\n\nlun. 15 févr.  9h00   Point Pôle emploi\nmar. 16 févr.  14h30  Entretien Studio Galet\nmer. 17 févr.  12h00  Déjeuner Inès\njeu. 18 févr.  18h30  Yoga\nven. 19 févr.  10h00  Coiffeur\n\nBonne semaine !\n",
    )
    yield n(
        f,
        "agenda_dia",
        "es",
        ("Calendario", "recordatorios@calendario.example"),
        "Agenda de hoy: jueves 11 de febrero",
        sent(2, 11, 7, MAD),
        "Spanish daily agenda: three events, one a job interview at 12:30.",
        "Hola Alex, esto es lo que tienes hoy:\n\n• 09:00 Gimnasio\n• 12:30 Entrevista Grupo Albar (videollamada)\n• 19:00 Cena cumpleaños Lucía\n\nAbrir calendario\n",
    )
    yield n(
        f,
        "agenda_it",
        "it",
        ("Promemoria Calendario", "promemoria@mailbox.example"),
        "I tuoi impegni di domani",
        sent(2, 15, 20, ROM),
        "Italian 'tomorrow' agenda: three items incl. 'Colloquio Colline Verdi 11:00'.",
        "Ciao Alex, ecco gli impegni di domani, martedì 16 febbraio:\n\n- 08:45 Accompagnare Luca a scuola\n- 11:00 Colloquio Colline Verdi\n- 16:30 Riunione condominio\n",
    )
    yield n(
        f,
        "weekoverzicht",
        "nl",
        ("Agenda-overzicht", "overzicht@mailbox.example"),
        "Je week in één oogopslag",
        sent(2, 14, 17, AMS),
        "Dutch weekly overview with four items, one 'sollicitatiegesprek' on dinsdag 16 feb 13:30.",
        "Hoi Alex,\n\nDeze week:\nma 15 feb  19:00  Voetbaltraining\ndi 16 feb  13:30  Sollicitatiegesprek De Kade\nwo 17 feb  10:00  Huisarts\nvr 19 feb  17:00  Borrel oud-collega's\n",
    )
    yield n(
        f,
        "plan_dnia",
        "pl",
        ("Kalendarz", "kalendarz@mailbox.example"),
        "Plan dnia - czwartek 18.02",
        sent(2, 18, 6, WAW),
        "Polish daily plan with three events, one an interview at 15:00.",
        "Dzień dobry! Twój plan na dziś:\n\n08:00-09:00  Basen\n15:00-16:00  Rozmowa rekrutacyjna - Kamienica IT\n18:30  Urodziny mamy\n",
    )
    yield n(
        f,
        "agenda_ptbr",
        "pt-BR",
        ("Agenda", "agenda@mailbox.example"),
        "Sua agenda da semana",
        sent(2, 14, 20, SAO),
        "Brazilian weekly agenda with four items, one 'entrevista Cajueiro Tech' sexta 19/02 10h.",
        "Oi, Alex! Sua semana:\n\nseg 15/02  08h00  Academia\nqua 17/02  14h00  Consulta dermatologista\nsex 19/02  10h00  Entrevista Cajueiro Tech\nsáb 20/02  12h00  Almoço família\n",
    )
    yield n(
        f,
        "yotei_ja",
        "ja",
        ("カレンダー", "calendar@mailbox.example"),
        "明日の予定（2月16日）",
        sent(2, 15, 19, TYO),
        "Japanese 'tomorrow' agenda: three events incl. an interview at 14:00.",
        "Alex Morgan さん\n\n明日（2月16日・火）の予定です。\n\n10:00〜10:30　歯医者\n14:00〜15:00　面接（さくらソフト）\n19:00〜　　　 飲み会\n",
    )
    # controls: one reminder of the reader's own interview
    yield n(
        f,
        "single_reminder",
        "en",
        ("Calendar", "calendar-notification@cal.example"),
        "Reminder: Interview: Quillworks @ Tue Feb 9, 2027 2pm - 3pm (GMT)",
        sent(2, 8, 14, LON),
        "Control: a single event reminder of the reader's interview, Tue Feb 9 2pm-3pm GMT.",
        "Reminder\n\nInterview: Quillworks\nWhen: Tuesday Feb 9, 2027 2pm - 3pm (GMT)\nWhere: Zoom - https://zoom.example/j/552211\nOrganizer: Dana Whitfield <dana.whitfield@quillworks.example>\n\nInvitation from the calendar. You are receiving this because you are an attendee of the event.\n",
        start=when(2, 9, "Tue", 14, 0, LON),
        end=when(2, 9, "Tue", 15, 0, LON),
        zone="",
    )
    yield n(
        f,
        "rappel_unique",
        "fr",
        ("Studio Galet - Recrutement", "recrutement@studio-galet.example"),
        "Rappel : votre entretien demain à 14h30",
        sent(2, 15, 10, PAR),
        "Control: French one-event reminder, entretien mardi 16 février 14h30-15h30.",
        "Bonjour Alex,\n\nPetit rappel : votre entretien avec Chloé Dubois a lieu demain, mardi 16 février, de 14h30 à 15h30, au 8 quai de la Fosse, Nantes.\n\nÀ demain,\nL'équipe recrutement\n",
        start=when(2, 16, "Tue", 14, 30, PAR),
        end=when(2, 16, "Tue", 15, 30, PAR),
    )


# --- ng41meetup: community and meetup announcements --------------------------------------------


def ng41meetup() -> Iterator[Case]:
    f = "ng41meetup"
    yield n(
        f,
        "career_night",
        "en",
        ("Leeds Data Folk (Meetup)", "info@meetup-mail.example"),
        "New event: Hiring Night - bring your CV!",
        sent(2, 3, 12, LON),
        "Meetup-style new-event mail: a hiring night with lightning talks and recruiters, Thu 18 Feb 6:30-9:00 PM; the reader only may RSVP.",
        "Leeds Data Folk\n\nNEW EVENT\nHiring Night - bring your CV!\nThursday, February 18, 2027\n6:30 PM to 9:00 PM GMT\nThe Tannery, 12 Canal Wharf, Leeds\n\nFive local teams who are hiring give 5-minute talks, then chat with anyone looking for a new role. Pizza provided.\n\nAttend: https://meetup.example/leeds-data-folk/events/30011\n\n41 members going\n",
    )
    yield n(
        f,
        "gancio_de",
        "de",
        ("Veranstaltungen Kiezkalender", "noreply@kiezkalender.example"),
        "Neue Veranstaltung: Bewerbungsmappen-Check",
        sent(2, 5, 10, CET),
        "Gancio-style event mail (de): a CV check event, Mittwoch 17. Februar 17:00-19:00, in a neighbourhood centre.",
        "Bewerbungsmappen-Check\n\nMittwoch, 17. Februar 2027, 17:00 - 19:00\nNachbarschaftshaus Urbanstraße, Berlin\n\nEhrenamtliche Personaler:innen schauen sich eure Bewerbungsunterlagen an und üben Vorstellungsgespräche mit euch. Ohne Anmeldung.\n\nhttps://kiezkalender.example/event/bewerbungsmappen-check\n\n#arbeit #bewerbung\n",
    )
    yield n(
        f,
        "mobilizon_fr",
        "fr",
        ("Mobilizon - Rencontres Tech Lyon", "notifications@mobilizon.example"),
        "Événement à venir : Apéro recrutement",
        sent(2, 8, 18, PAR),
        "Mobilizon-style reminder (fr) for a community event 'Apéro recrutement', jeudi 11 février 19h-22h.",
        "Bonjour,\n\nL'événement « Apéro recrutement » auquel vous participez aura lieu bientôt :\n\njeudi 11 février 2027 de 19:00 à 22:00\nLe Comptoir, 4 rue Mercière, Lyon\n\nDes entreprises de la communauté présentent leurs postes ouverts.\n\nVoir l'événement : https://mobilizon.example/events/8f2c\n\nVous recevez ce message car vous participez à cet événement.\n",
    )
    yield n(
        f,
        "meetup_es",
        "es",
        ("Python Sevilla", "avisos@meetup-mail.example"),
        "Recordatorio: Charla + empleo, martes 16 de febrero",
        sent(2, 15, 9, MAD),
        "Spanish meetup reminder: talk plus job board, martes 16 de febrero 19:00.",
        "¡Hola!\n\nTe recordamos que mañana, martes 16 de febrero a las 19:00, tenemos charla y tablón de empleo en La Fábrica de Sevilla. Trae tu CV si estás buscando.\n\nNos vemos,\nPython Sevilla\n",
    )
    yield n(
        f,
        "evento_it",
        "it",
        ("Torino Women in Tech", "eventi@twit.example"),
        "Workshop: simulazione di colloquio",
        sent(2, 10, 13, ROM),
        "Italian community workshop: mock interviews, sabato 20 febbraio 10:00-13:00; open event, not an interview.",
        "Ciao!\n\nSabato 20 febbraio, dalle 10:00 alle 13:00, facciamo un workshop di simulazione di colloquio tecnico presso il Toolbox Coworking.\nIscrizioni aperte fino a esaurimento posti: https://twit.example/workshop\n\nA presto,\nlo staff\n",
    )
    yield n(
        f,
        "meetup_nl",
        "nl",
        ("Amsterdam Rust Meetup", "info@meetup-mail.example"),
        "Nieuw evenement: Rust & Jobs avond",
        sent(2, 9, 11, AMS),
        "Dutch meetup new-event mail: 'Rust & Jobs avond' woensdag 24 februari 18:00-21:00.",
        "Amsterdam Rust Meetup\n\nNieuw evenement\nRust & Jobs avond\nwoensdag 24 februari 2027, 18:00 - 21:00\nA'DAM Toren\n\nBedrijven die Rust-developers zoeken vertellen over hun teams.\n\nAanmelden: https://meetup.example/ams-rust/events/9931\n",
    )
    yield n(
        f,
        "spotkanie",
        "pl",
        ("Trójmiasto JS", "kontakt@trojmiastojs.example"),
        "Zapraszamy na spotkanie #42",
        sent(2, 11, 17, WAW),
        "Polish meetup announcement: talks and 'giełda pracy' on czwartek 25.02 at 18:00.",
        "Cześć!\n\nSpotkanie #42 już w czwartek 25.02 o 18:00 w Olivia Business Centre. Dwie prelekcje, a potem giełda pracy - firmy opowiedzą o otwartych rekrutacjach.\n\nRejestracja: https://trojmiastojs.example/42\n",
    )
    yield n(
        f,
        "mobilizon_pt",
        "pt-BR",
        ("Mobilizon - Comunidade Dev Recife", "notificacoes@mobilizon.example"),
        "Novo evento: Mentoria de carreira",
        sent(2, 12, 14, "America/Recife"),
        "Mobilizon-style new-event mail (pt-BR): career mentoring, sábado 27 de fevereiro 9h-12h.",
        "Olá,\n\nO grupo Comunidade Dev Recife publicou um novo evento:\n\nMentoria de carreira - revisão de currículo e simulação de entrevista\nsábado, 27 de fevereiro de 2027, 09:00 - 12:00\nPorto Digital, Recife\n\nVer o evento: https://mobilizon.example/events/c41a\n",
    )
    yield n(
        f,
        "gancio_ca",
        "ca",
        ("Agenda Gràcia", "noreply@agendagracia.example"),
        "Nou esdeveniment: Taller d'entrevistes de feina",
        sent(2, 8, 10, MAD),
        "Gancio-style event (ca): job interview workshop dijous 18 de febrer 18:00-20:00.",
        "Taller d'entrevistes de feina\n\ndijous 18 de febrer de 2027, 18:00 - 20:00\nCasal de Barri, Gràcia\n\nAprèn a preparar entrevistes de feina amb persones d'orientació laboral. Gratuït.\n\nhttps://agendagracia.example/event/taller-entrevistes\n",
    )
    yield n(
        f,
        "traff",
        "sv",
        ("Göteborg UX", "hej@gbgux.example"),
        "Påminnelse: UX-fika med jobbtavla",
        sent(2, 22, 9, STO),
        "Swedish meetup reminder: fika with a job board, tisdag 23 februari kl. 17.30.",
        "Hej!\n\nPåminnelse: imorgon tisdag 23 februari kl. 17.30 ses vi på Lindholmen för UX-fika. Vi har en jobbtavla där företag som rekryterar sätter upp sina annonser.\n\nVälkommen!\n",
    )
    # controls: the organiser's company inviting the reader
    yield n(
        f,
        "after_meetup",
        "en",
        ("Owen Price", "owen.price@tannery-analytics.example"),
        "Great to meet you at Hiring Night",
        sent(2, 19, 10, LON),
        "Control: after a meetup, an organiser's company invites the reader to an interview on Wed 24 Feb, 11:00-11:45.",
        "Hi Alex,\n\nGreat chatting at Hiring Night yesterday. I'd like to invite you to a first interview for our Data Engineer role: Wednesday 24 February, 11:00-11:45, at our office (The Tannery, 2nd floor). I'll be there with our CTO.\n\nCheers,\nOwen\n",
        start=when(2, 24, "Wed", 11, 0, LON),
        end=when(2, 24, "Wed", 11, 45, LON),
    )
    yield n(
        f,
        "nach_treffen",
        "de",
        ("Nora Weiß", "nora.weiss@kiezcode.example"),
        "Nach dem Bewerbungsmappen-Check",
        sent(2, 18, 9, CET),
        "Control: German invitation after a community event: Vorstellungsgespräch Dienstag, 23.02., 10:00-11:00.",
        "Hallo Alex,\n\nschön, dass wir uns gestern beim Bewerbungsmappen-Check kennengelernt haben! Wir laden dich gern zu einem Vorstellungsgespräch ein: Dienstag, 23.02.2027, 10:00 bis 11:00 Uhr, bei uns im Büro in der Urbanstraße 71.\n\nViele Grüße\nNora Weiß\nKiezcode GmbH\n",
        start=when(2, 23, "Tue", 10, 0, CET),
        end=when(2, 23, "Tue", 11, 0, CET),
    )


# --- ng41hiringside: mail between people on the hiring side -----------------------------------


def ng41hiringside() -> Iterator[Case]:
    f = "ng41hiringside"
    yield n(
        f,
        "coord_to_hm",
        "en",
        ("Rita Gomez", "rita.gomez@orchard-pay.example"),
        "Candidate schedule for Thursday - Maya Lin",
        sent(2, 8, 15, NYC),
        "Coordinator to hiring manager (the reader in a staff role) with another candidate's panel schedule on Thursday: several interviewers, 10:00-12:30.",
        "Hi Alex,\n\nHere's Maya Lin's onsite on Thursday (Feb 11) for the Senior PM role:\n\n10:00-10:45  You (hiring manager)\n10:45-11:30  Jordan (engineering)\n11:30-12:00  Priti (design)\n12:00-12:30  Lunch with the team\n\nPlease submit your scorecard in Greenpost by Friday 5pm. Candidate packet attached.\n\nThanks!\nRita\nRecruiting Coordinator\n",
        to=ME,
    )
    yield n(
        f,
        "agency_to_client",
        "en",
        ("Tom Baxter", "tom.baxter@keystone-search.example"),
        "Shortlist for your Finance Manager role",
        sent(2, 9, 11, LON),
        "Agency recruiter to a client (the reader, in a hiring role) proposing interview slots for three candidates; nothing booked for the reader.",
        "Hi Alex,\n\nAs discussed, here's the shortlist for the Finance Manager role. All three can do first interviews next week:\n\n- Rachel Oduya: Tue 16 Feb, 10am or 2pm\n- Ben Harte: Wed 17 Feb, any time after 12\n- Ana Sousa: Thu 18 Feb, 9:30am\n\nLet me know which slots you'd like and I'll confirm with them.\n\nBest,\nTom Baxter\nKeystone Search\n",
    )
    yield n(
        f,
        "panel_de",
        "de",
        ("Recruiting Team", "recruiting@fluxwerk.example"),
        "Interviewplan für Mittwoch - Kandidatin S. Yilmaz",
        sent(2, 15, 16, CET),
        "German interview plan for interviewers: another candidate on Wednesday 17.02. 9:00-12:00, blocks per interviewer.",
        "Hallo zusammen,\n\nanbei der Ablauf für das Vor-Ort-Interview mit Frau Yilmaz (Senior Controller) am Mittwoch, 17.02.:\n\n09:00-09:45  Fachgespräch (Alex, Jens)\n09:45-10:30  Case Study (Petra)\n10:45-11:30  Gespräch mit der CFO\n11:30-12:00  Feedbackrunde intern\n\nBitte Bewertungsbögen bis Donnerstag 12 Uhr ausfüllen.\n\nDanke!\nRecruiting Team\n",
    )
    yield n(
        f,
        "jury_fr",
        "fr",
        ("Aurélie Masson", "a.masson@groupe-peyrac.example"),
        "Jury d'entretiens du 18 février",
        sent(2, 11, 14, PAR),
        "French internal mail to the interview panel: three candidates on jeudi 18 février 9h-12h; the reader is on the jury.",
        "Bonjour à tous,\n\nPour rappel, le jury d'entretiens pour le poste de responsable logistique se réunit jeudi 18 février de 9h à 12h, salle Garonne. Trois candidats : 9h M. Petit, 10h Mme Lopez, 11h M. Haddad.\n\nLes CV sont dans le dossier partagé.\n\nAurélie\n",
    )
    yield n(
        f,
        "cliente_es",
        "es",
        ("Lorena Ibáñez", "lorena@talentia-headhunting.example"),
        "Candidatos finalistas - disponibilidad",
        sent(2, 12, 10, MAD),
        "Spanish headhunter to client: finalists' availability (lunes 22 a las 10:00, martes 23 a las 16:00); client must choose.",
        "Hola Alex:\n\nTe paso la disponibilidad de los dos finalistas para el puesto de Director Comercial:\n- Javier Ortega: lunes 22 a las 10:00 o a las 13:00\n- Sonia Reyes: martes 23 a las 16:00\n\nDime qué te encaja y se lo confirmo a ellos.\n\nUn saludo,\nLorena Ibáñez\nTalentia Headhunting\n",
    )
    yield n(
        f,
        "pannello_it",
        "it",
        ("Francesca Riva", "f.riva@bottega-nove.example"),
        "Colloqui di martedì - chi c'è?",
        sent(2, 12, 17, ROM),
        "Italian HR asks colleagues who can sit on Tuesday's interviews (9:30 and 11:00) for other candidates.",
        "Ciao a tutti,\n\nmartedì 16 abbiamo due colloqui per il ruolo di grafico: alle 9:30 Marco Ruggeri e alle 11:00 Sara Fontana. Mi serve almeno un'altra persona nel panel: chi riesce?\n\nGrazie,\nFra\n",
    )
    yield n(
        f,
        "intern_nl",
        "nl",
        ("Joost van Leeuwen", "joost@kanaalzicht.example"),
        "FW: kandidaat voor donderdag",
        sent(2, 16, 8, AMS),
        "Dutch hiring manager forwards a candidate's CV to a colleague for the interview on donderdag 18 februari 14:00 (another person's interview).",
        "Hoi Alex,\n\nKun je donderdag om 14:00 aanschuiven bij het gesprek met deze kandidaat? CV hieronder. Ik wil graag jouw technische blik.\n\nJoost\n\n-----Oorspronkelijk bericht-----\nVan: Recruitment Kanaalzicht\nVerzonden: maandag 15 februari 2027 16:40\nOnderwerp: kandidaat Frontend Developer - Lotte Smit\n\n"
        + q("Bijgaand het cv van Lotte Smit. Gesprek ingepland op donderdag 18 februari om 14:00."),
    )
    yield n(
        f,
        "rekruter_pl",
        "pl",
        ("Natalia Wójcik", "natalia@hr-mosty.example"),
        "Harmonogram rozmów - stanowisko księgowej",
        sent(2, 17, 12, WAW),
        "Polish agency sends the client a schedule of candidate interviews on piątek 19.02 (10:00, 11:00, 12:00).",
        "Dzień dobry,\n\nprzesyłam harmonogram rozmów na piątek 19.02:\n10:00 - p. Anna Lewandowska\n11:00 - p. Ewa Kamińska\n12:00 - p. Piotr Zieliński\n\nProszę o potwierdzenie obecności panelu.\n\nZ pozdrowieniami\nNatalia Wójcik\nHR Mosty\n",
    )
    yield n(
        f,
        "panel_sv",
        "sv",
        ("Rekrytering", "rekrytering@ostkusten.example"),
        "Intervjuschema för panelen v. 8",
        sent(2, 19, 15, STO),
        "Swedish panel schedule for the interviewers, two candidates on tisdag 23/2 kl. 9 and kl. 13.",
        "Hej panelen!\n\nHär är schemat för vecka 8:\ntisdag 23/2 kl. 09.00 - Sara Lindqvist\ntisdag 23/2 kl. 13.00 - Johan Ek\n\nVi ses i rum Fyren. Skicka era bedömningar till mig senast torsdag.\n\n/Rekrytering\n",
    )
    yield n(
        f,
        "cliente_pt",
        "pt-PT",
        ("Rui Tavares", "rui.tavares@ponte-talento.example"),
        "Entrevistas com os candidatos - proposta de horários",
        sent(2, 18, 11, LIS),
        "Portuguese agency proposes interview slots to its client for two candidates (quarta 24/02 às 10h, quinta 25/02 às 15h).",
        "Bom dia Alex,\n\nProponho as seguintes entrevistas com os candidatos finalistas:\n- Marta Pinto: quarta-feira, 24/02, às 10h00\n- Nuno Costa: quinta-feira, 25/02, às 15h00\n\nSe concordar, confirmo com ambos.\n\nCumprimentos,\nRui Tavares\nPonte Talento\n",
    )
    yield n(
        f,
        "panel_da",
        "da",
        ("Sofie Lund", "sofie.lund@bryghus-nord.example"),
        "Samtaler med kandidater fredag",
        sent(2, 22, 9, CPH),
        "Danish HR tells the panel about two candidates' interviews fredag den 26. februar kl. 9 og kl. 11.",
        "Hej alle\n\nPå fredag den 26. februar har vi to kandidater til samtale: kl. 9.00 Mads Berg og kl. 11.00 Line Juhl. Jeg har booket mødelokale 2.\n\nHusk at læse ansøgningerne inden.\n\nSofie\n",
    )
    # controls: the same coordinators inviting the reader as candidate
    yield n(
        f,
        "coord_invite",
        "en",
        ("Rita Gomez", "rita.gomez@orchard-pay.example"),
        "Your onsite interview at Orchard Pay",
        sent(2, 15, 14, NYC),
        "Control: the coordinator invites the reader as candidate, Monday Feb 22, 1:00-3:00 PM ET.",
        "Hi Alex,\n\nWe're excited to invite you to an onsite interview for the Product Designer role on Monday, February 22, from 1:00 to 3:00 PM ET at 300 Hudson St, 9th floor. Please check in at the front desk.\n\nBest,\nRita Gomez\nRecruiting Coordinator\n",
        start=when(2, 22, "Mon", 13, 0, NYC),
        end=when(2, 22, "Mon", 15, 0, NYC),
        zone="",
    )
    yield n(
        f,
        "einladung_de",
        "de",
        ("Recruiting Team", "recruiting@fluxwerk.example"),
        "Einladung zum Vorstellungsgespräch",
        sent(2, 16, 10, CET),
        "Control: German invitation to the reader: Freitag, 26.02.2027, 14:00-15:00 Uhr.",
        "Sehr geehrte/r Alex Morgan,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen: Freitag, 26.02.2027, 14:00-15:00 Uhr, Fluxwerk GmbH, Ludwigstraße 8, München.\n\nMit freundlichen Grüßen\nIhr Recruiting Team\n",
        start=when(2, 26, "Fri", 14, 0, CET),
        end=when(2, 26, "Fri", 15, 0, CET),
    )
    yield n(
        f,
        "uitnodiging_nl",
        "nl",
        ("Joost van Leeuwen", "joost@kanaalzicht.example"),
        "Uitnodiging sollicitatiegesprek",
        sent(2, 17, 9, AMS),
        "Control: Dutch hiring manager invites the reader: maandag 22 februari om 15:00.",
        "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd! Ik nodig je uit voor een gesprek op maandag 22 februari om 15:00 op ons kantoor aan de Kanaalweg 3.\n\nGroet,\nJoost\n",
        start=when(2, 22, "Mon", 15, 0, AMS),
    )


# --- ng41duedate: deadlines -------------------------------------------------------------------


def ng41duedate() -> Iterator[Case]:
    f = "ng41duedate"
    yield n(
        f,
        "take_home",
        "en",
        ("Coding Challenge", "challenges@harbor-analytics.example"),
        "Your take-home assessment - due Friday 5:00 PM",
        sent(2, 8, 10, NYC),
        "Take-home assessment due Friday Feb 12 at 5:00 PM ET; no meeting.",
        "Hi Alex,\n\nThanks for your interest in Harbor Analytics. Your take-home assignment is ready: https://harbor-analytics.example/challenge/77a\n\nPlease submit it by Friday, February 12 at 5:00 PM ET. It should take about 3 hours. If you need more time, just reply to this email.\n\nGood luck!\nHarbor Analytics Recruiting\n",
    )
    yield n(
        f,
        "unterlagen_frist",
        "de",
        ("Bewerbermanagement", "bewerbung@stadtwerke-auental.example"),
        "Nachreichung von Unterlagen bis 19.02.2027, 12:00 Uhr",
        sent(2, 10, 14, CET),
        "German request to send certificates by 19.02.2027 12:00; no appointment.",
        "Sehr geehrte/r Alex Morgan,\n\nfür das weitere Auswahlverfahren benötigen wir noch Ihre Zeugnisse und einen Nachweis über den Führerschein. Bitte laden Sie die Unterlagen bis Freitag, 19.02.2027, 12:00 Uhr im Bewerberportal hoch.\n\nFreundliche Grüße\nStadtwerke Auental\n",
    )
    yield n(
        f,
        "test_ligne",
        "fr",
        ("Recrutement Vireo", "recrutement@vireo-conseil.example"),
        "Test en ligne à compléter avant lundi 9h",
        sent(2, 11, 16, PAR),
        "French online test to complete before lundi 15 février 9h00.",
        "Bonjour Alex,\n\nDans le cadre de votre candidature, merci de compléter le test de raisonnement en ligne avant le lundi 15 février à 9h00 : https://tests.example/v/982\n\nDurée : 25 minutes. Le lien expire ensuite.\n\nL'équipe recrutement\n",
    )
    yield n(
        f,
        "video_respuestas",
        "es",
        ("Selección Ardora", "seleccion@ardora.example"),
        "Graba tus respuestas en vídeo",
        sent(2, 12, 12, MAD),
        "Spanish one-way video interview to record before jueves 18 de febrero a las 23:59.",
        "Hola Alex:\n\nEl siguiente paso es una entrevista en vídeo diferida: responderás a 4 preguntas grabadas. Tienes hasta el jueves 18 de febrero a las 23:59 para completarla.\n\nEmpezar: https://ardora.example/video/k2\n\nMucha suerte,\nEquipo de Selección\n",
    )
    yield n(
        f,
        "referenze",
        "it",
        ("Anna Ricci", "anna.ricci@velaria.example"),
        "Referenze entro mercoledì",
        sent(2, 15, 11, ROM),
        "Italian recruiter needs two references by mercoledì 17 febbraio ore 12:00.",
        "Ciao Alex,\n\nper chiudere la selezione mi servono i contatti di due referenze entro mercoledì 17 febbraio alle ore 12:00. Poi ti facciamo sapere entro fine settimana.\n\nGrazie!\nAnna\n",
    )
    yield n(
        f,
        "opdracht",
        "nl",
        ("Werving Tulpstad", "werving@tulpstad.example"),
        "Casusopdracht - inleveren vóór dinsdag 17:00",
        sent(2, 12, 9, AMS),
        "Dutch case assignment due dinsdag 16 februari 17:00.",
        "Beste Alex,\n\nHierbij de casusopdracht voor de functie beleidsmedewerker. Lever je uitwerking uiterlijk dinsdag 16 februari om 17:00 in via dit formulier: https://tulpstad.example/casus\n\nMet vriendelijke groet,\nTeam Werving\n",
    )
    yield n(
        f,
        "formularz",
        "pl",
        ("Rekrutacja Bałtyk", "rekrutacja@baltyk-logistyka.example"),
        "Formularz do uzupełnienia do piątku",
        sent(2, 16, 10, WAW),
        "Polish form to fill in by piątek 19.02 at 15:00.",
        "Dzień dobry,\n\nprosimy o uzupełnienie formularza kandydata do piątku 19.02 do godz. 15:00: https://baltyk-logistyka.example/form\n\nPozdrawiamy\nZespół Rekrutacji\n",
    )
    yield n(
        f,
        "prazo",
        "pt-BR",
        ("Talentos Buriti", "talentos@buriti.example"),
        "Prazo para o teste técnico",
        sent(2, 17, 9, SAO),
        "Brazilian technical test due segunda 22/02 at 18h.",
        "Olá, Alex!\n\nO teste técnico já está disponível no link abaixo. O prazo para envio é segunda-feira, 22/02, às 18h (horário de Brasília).\n\nhttps://buriti.example/teste/551\n\nBoa sorte!\nTime de Talentos\n",
    )
    yield n(
        f,
        "uppgift",
        "sv",
        ("Rekrytering Lövsta", "rekrytering@lovsta.example"),
        "Arbetsprov - lämna in senast fredag kl. 12",
        sent(2, 22, 8, STO),
        "Swedish work sample due fredag 26 februari kl. 12.00.",
        "Hej Alex,\n\nHär kommer arbetsprovet. Lämna in senast fredag 26 februari kl. 12.00 via länken: https://lovsta.example/prov\n\nLycka till!\n",
    )
    yield n(
        f,
        "tehtava",
        "fi",
        ("Rekrytointi Saimaa", "rekry@saimaa-tech.example"),
        "Ennakkotehtävä - palautus to 25.2. klo 16",
        sent(2, 18, 13, HEL),
        "Finnish pre-assignment due to 25.2. klo 16.00.",
        "Hei Alex,\n\nlähetämme sinulle ennakkotehtävän. Palauta se viimeistään torstaina 25.2. klo 16.00 osoitteeseen rekry@saimaa-tech.example.\n\nTerveisin\nRekrytointi\n",
    )
    # controls: live interviews from the same senders
    yield n(
        f,
        "live_interview",
        "en",
        ("Coding Challenge", "challenges@harbor-analytics.example"),
        "Next step: technical interview",
        sent(2, 15, 10, NYC),
        "Control: after the take-home, a live technical interview on Thursday Feb 18, 1:00-2:00 PM ET.",
        "Hi Alex,\n\nGreat work on the take-home! We'd like to invite you to a live technical interview on Thursday, February 18, 1:00-2:00 PM ET, over Zoom: https://zoom.example/j/9912\n\nHarbor Analytics Recruiting\n",
        start=when(2, 18, "Thu", 13, 0, NYC),
        end=when(2, 18, "Thu", 14, 0, NYC),
        zone="",
    )
    yield n(
        f,
        "gespraech_auental",
        "de",
        ("Bewerbermanagement", "bewerbung@stadtwerke-auental.example"),
        "Einladung zum Auswahlgespräch",
        sent(2, 22, 11, CET),
        "Control: German invitation to a selection interview on Dienstag, 02.03.2027, 9:30-10:30 Uhr.",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Unterlagen. Wir laden Sie zu einem Auswahlgespräch am Dienstag, 02.03.2027, von 9:30 bis 10:30 Uhr in unser Verwaltungsgebäude (Am Wasserturm 1) ein.\n\nFreundliche Grüße\nStadtwerke Auental\n",
        start=when(3, 2, "Tue", 9, 30, CET),
        end=when(3, 2, "Tue", 10, 30, CET),
    )
    yield n(
        f,
        "entrevista_ardora",
        "es",
        ("Selección Ardora", "seleccion@ardora.example"),
        "Entrevista personal",
        sent(2, 22, 12, MAD),
        "Control: Spanish interview after the video step: miércoles 3 de marzo a las 10:00 (no end).",
        "Hola Alex:\n\nHas superado la entrevista en vídeo. Te esperamos para una entrevista personal el miércoles 3 de marzo a las 10:00 en nuestra oficina de Gran Vía 40, Madrid.\n\nUn saludo,\nEquipo de Selección\n",
        start=when(3, 3, "Wed", 10, 0, MAD),
    )


# --- ng41errand: parcels, services, doctors -----------------------------------------------------


def ng41errand() -> Iterator[Case]:
    f = "ng41errand"
    yield n(
        f,
        "parcel",
        "en",
        ("ParcelPoint", "tracking@parcelpoint.example"),
        "Your parcel arrives Thursday between 10:00 and 12:00",
        sent(2, 9, 18, LON),
        "Parcel delivery window Thursday 11 Feb 10:00-12:00 (a laptop bag for interviews).",
        "Hi Alex,\n\nGood news - your parcel from Carry & Co (Interview Laptop Bag, black) is on its way.\n\nDelivery: Thursday 11 February, between 10:00 and 12:00\nTracking: PP44810291GB\n\nNot home? Change your delivery: https://parcelpoint.example/t/PP44810291GB\n",
    )
    yield n(
        f,
        "werkstatt",
        "de",
        ("Autohaus Brenner", "service@autohaus-brenner.example"),
        "Ihr Werkstatttermin am 16.02.2027",
        sent(2, 10, 12, CET),
        "German car service appointment: Dienstag 16.02.2027 um 7:30 Uhr.",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätigen wir Ihren Werkstatttermin (Inspektion) am Dienstag, 16.02.2027, um 7:30 Uhr. Die voraussichtliche Abholung ist ab 16:00 Uhr möglich.\n\nIhr Serviceteam\nAutohaus Brenner\n",
    )
    yield n(
        f,
        "rdv_medical",
        "fr",
        ("Doctolib-like", "no-reply@rdv-sante.example"),
        "Confirmation de votre rendez-vous",
        sent(2, 11, 9, PAR),
        "French doctor's appointment confirmation: vendredi 19 février à 8h40 (a work-medicine check for a new job).",
        "Bonjour Alex Morgan,\n\nVotre rendez-vous est confirmé :\nDr Hélène Marchal - Médecine générale\nvendredi 19 février 2027 à 08h40\n12 rue des Carmes, Rennes\n\nMotif : visite d'aptitude (nouvel emploi)\n\nPour annuler, utilisez le lien ci-dessous au moins 24 h à l'avance.\n",
    )
    yield n(
        f,
        "entrega",
        "es",
        ("MueblesYa", "pedidos@mueblesya.example"),
        "Tu pedido se entrega el lunes",
        sent(2, 12, 17, MAD),
        "Spanish furniture delivery: lunes 15 de febrero de 9:00 a 14:00 (a desk for the home office).",
        "Hola Alex:\n\nTu pedido n.º 88213 (escritorio elevable) se entregará el lunes 15 de febrero entre las 9:00 y las 14:00. El transportista te llamará 30 minutos antes.\n\nGracias por tu compra,\nMueblesYa\n",
    )
    yield n(
        f,
        "tecnico",
        "it",
        ("FibraVeloce", "assistenza@fibraveloce.example"),
        "Appuntamento tecnico confermato",
        sent(2, 13, 11, ROM),
        "Italian broadband technician visit: martedì 16 febbraio fascia 14:00-18:00.",
        "Gentile cliente,\n\nconfermiamo l'appuntamento con il tecnico per l'attivazione della fibra: martedì 16 febbraio, fascia oraria 14:00-18:00.\n\nServizio Clienti FibraVeloce\n",
    )
    yield n(
        f,
        "bezichtiging",
        "nl",
        ("Makelaardij Wester", "info@wester-makelaars.example"),
        "Bevestiging bezichtiging",
        sent(2, 15, 14, AMS),
        "Dutch flat viewing: woensdag 17 februari om 17:45 (a viewing, not a job).",
        "Beste Alex,\n\nHierbij bevestigen wij de bezichtiging van Prinsengracht 210-2 op woensdag 17 februari om 17:45. Neem een kopie van je arbeidscontract of werkgeversverklaring mee.\n\nMet vriendelijke groet,\nMakelaardij Wester\n",
    )
    yield n(
        f,
        "kurier",
        "pl",
        ("Kurier Szybki", "powiadomienia@kurier-szybki.example"),
        "Twoja przesyłka dotrze jutro",
        sent(2, 17, 19, WAW),
        "Polish courier notice: delivery czwartek 18.02, 9:00-13:00.",
        "Dzień dobry,\n\nTwoja przesyłka nr 6600123 zostanie doręczona w czwartek 18.02 w godzinach 9:00-13:00. Kurier zadzwoni przed przyjazdem.\n\nKurier Szybki\n",
    )
    yield n(
        f,
        "consulta",
        "pt-BR",
        ("Clínica Vida", "agendamento@clinicavida.example"),
        "Consulta agendada",
        sent(2, 18, 10, SAO),
        "Brazilian clinic appointment: quinta-feira 25/02 às 7h30 (admission medical exam, 'exame admissional').",
        "Olá, Alex!\n\nSeu exame admissional foi agendado:\nData: quinta-feira, 25/02/2027\nHorário: 07h30\nLocal: Clínica Vida - Av. Paulista, 1000\n\nChegue com 15 minutos de antecedência e traga o encaminhamento da empresa.\n",
    )
    yield n(
        f,
        "tandlakare",
        "sv",
        ("Tandvården Söder", "bokning@tandvarden-soder.example"),
        "Påminnelse om din tid",
        sent(2, 22, 8, STO),
        "Swedish dentist reminder: onsdag 24 februari kl. 08.15.",
        "Hej Alex!\n\nDu har en bokad tid hos tandhygienist onsdag 24 februari kl. 08.15. Av- eller ombokning senast 24 timmar innan.\n\nTandvården Söder\n",
    )
    yield n(
        f,
        "kargo",
        "tr",
        ("HızlıKargo", "bilgi@hizlikargo.example"),
        "Kargonuz yarın teslim edilecek",
        sent(2, 22, 18, IST),
        "Turkish cargo notice: delivery 23 Şubat Salı 10:00-14:00.",
        "Sayın Alex Morgan,\n\n7712049 numaralı gönderiniz 23 Şubat Salı günü 10:00-14:00 saatleri arasında teslim edilecektir.\n\nHızlıKargo\n",
    )


# --- second round of controls ------------------------------------------------------------------
# Written after the first measurement, to guard the rules it led to: the reader's own slot in
# the voices of the dev families, some beside a count of candidates or a move's wording.


def controls2() -> Iterator[Case]:
    yield n(
        "ng41moveask",
        "spostato_confermato",
        "it",
        ("Paolo Marchetti", "p.marchetti@colline-verdi.example"),
        "Colloquio spostato: martedì 16 alle 11",
        sent(2, 12, 10, ROM),
        "Control (second round): the Italian recruiter confirms the move to martedì 16 febbraio 11:00-12:00 (reschedule).",
        "Ciao Alex,\n\nperfetto, grazie! Il colloquio è spostato a martedì 16 febbraio dalle 11:00 alle 12:00, sempre in via Roma 12. Ti ho mandato l'invito aggiornato.\n\nPaolo\n",
        start=when(2, 16, "Tue", 11, 0, ROM),
        end=when(2, 16, "Tue", 12, 0, ROM),
        kind="reschedule",
    )
    yield n(
        "ng41moveask",
        "flyttad_bekraftad",
        "sv",
        ("Oskar Nyberg", "oskar.nyberg@fjallvind.example"),
        "Ny tid för intervjun",
        sent(2, 18, 9, STO),
        "Control (second round): the Swedish hiring manager confirms the interview moved to måndag 22 februari 10.00-11.00 (reschedule).",
        "Hej Alex!\n\nTack för att du kunde ändra. Intervjun är nu flyttad till måndag 22 februari kl. 10.00-11.00, på vårt kontor på Götgatan 14.\n\nMvh\nOskar\n",
        start=when(2, 22, "Mon", 10, 0, STO),
        end=when(2, 22, "Mon", 11, 0, STO),
        kind="reschedule",
    )
    yield n(
        "ng41moveask",
        "przelozona",
        "pl",
        ("Karolina Zając", "k.zajac@kamienica-it.example"),
        "Re: Rozmowa rekrutacyjna - nowy termin",
        sent(2, 16, 10, WAW),
        "Control (second round): the Polish recruiter confirms the interview moved to czwartek 18.02 at 15:00 (reschedule, no end).",
        "Dzień dobry,\n\npotwierdzam: rozmowa została przełożona na czwartek 18.02.2027 o godz. 15:00, biuro przy ul. Długiej 5.\n\nPozdrawiam\nKarolina Zając\n",
        start=when(2, 18, "Thu", 15, 0, WAW),
        kind="reschedule",
    )
    yield n(
        "ng41rejectdate",
        "toinen_haastattelu",
        "fi",
        ("Rekrytointi", "rekry@koivula-oy.example"),
        "Kutsu toiseen haastatteluun",
        sent(2, 19, 11, HEL),
        "Control (second round): thanks for the interview of 16.2. and an invitation to the second one, tiistaina 2.3. klo 13.00-14.00.",
        "Hei Alex,\n\nkiitos haastattelusta 16.2. Haluamme kutsua sinut toiseen haastatteluun tiistaina 2.3. klo 13.00-14.00 toimistollemme (Hämeenkatu 5, Tampere).\n\nTerveisin\nKoivula Oy:n rekrytointitiimi\n",
        start=when(3, 2, "Tue", 13, 0, HEL),
        end=when(3, 2, "Tue", 14, 0, HEL),
    )
    yield n(
        "ng41rejectdate",
        "drugi_etap",
        "pl",
        ("Rekrutacja", "rekrutacja@zielony-most.example"),
        "Zaproszenie na drugi etap rekrutacji",
        sent(2, 12, 13, WAW),
        "Control (second round): after the interview of 10.02, an invitation to the second stage on środa 3.03.2027 at 10:00.",
        "Szanowny Panie,\n\ndziękujemy za rozmowę w dniu 10.02.2027. Zapraszamy na drugi etap rekrutacji w środę 3.03.2027 o godz. 10:00 w naszym biurze przy ul. Mostowej 2.\n\nZ poważaniem\nDział HR\n",
        start=when(3, 3, "Wed", 10, 0, WAW),
    )
    yield n(
        "ng41pollopen",
        "termin_vybran",
        "cs",
        ("Kdy se sejdem", "info@kdysesejdem.example"),
        "Termín vybrán: Pohovor - 2. kolo",
        sent(2, 14, 9, PRG),
        "Control (second round): the Czech poll is closed on út 16. 2. 2027 v 10:00-11:00.",
        "Dobrý den,\n\nJana Horáková vybrala termín pro „Pohovor - 2. kolo“:\n\nút 16. 2. 2027, 10:00-11:00\nMísto: Vltavská 12, Praha\n",
        start=when(2, 16, "Tue", 10, 0, PRG),
        end=when(2, 16, "Tue", 11, 0, PRG),
    )
    yield n(
        "ng41pollopen",
        "tid_bestamd",
        "sv",
        ("Karin Eklund", "karin.eklund@bjorkvik.example"),
        "Tid för intervju bestämd",
        sent(2, 15, 9, STO),
        "Control (second round): the Swedish recruiter closes the poll on onsdag 17/2 kl. 14.00-15.00.",
        "Hej Alex,\n\ntack för att du svarade i omröstningen! Intervjun blir onsdag 17 februari kl. 14.00-15.00 hos oss på Storgatan 3.\n\nHälsningar\nKarin\n",
        start=when(2, 17, "Wed", 14, 0, STO),
        end=when(2, 17, "Wed", 15, 0, STO),
    )
    yield n(
        "ng41hiringside",
        "trois_candidats_votre",
        "fr",
        ("Aurélie Masson", "a.masson@groupe-peyrac.example"),
        "Votre entretien le 25 février",
        sent(2, 15, 11, PAR),
        "Control (second round): the count of candidates without a schedule, then the reader's own slot: jeudi 25 février à 10h.",
        "Bonjour Alex,\n\nNous recevons trois candidats le jeudi 25 février pour le poste de responsable logistique. Votre entretien est à 10h, au siège (12 allée Garonne, Toulouse).\n\nBien cordialement,\nAurélie Masson\n",
        start=when(2, 25, "Thu", 10, 0, PAR),
    )
    yield n(
        "ng41hiringside",
        "to_kandidater_din",
        "da",
        ("Sofie Lund", "sofie.lund@bryghus-nord.example"),
        "Din samtale fredag",
        sent(2, 22, 10, CPH),
        "Control (second round): two candidates are seen on Friday, and the reader's own slot is kl. 13.00-14.00.",
        "Hej Alex\n\nVi har to kandidater til samtale fredag den 26. februar, og din samtale er kl. 13.00-14.00 hos os på Havnegade 8.\n\nVenlig hilsen\nSofie\n",
        start=when(2, 26, "Fri", 13, 0, CPH),
        end=when(2, 26, "Fri", 14, 0, CPH),
    )
    yield n(
        "ng41hiringside",
        "three_candidates_yours",
        "en",
        ("Rita Gomez", "rita.gomez@orchard-pay.example"),
        "Your interview on Thursday",
        sent(2, 22, 9, NYC),
        "Control (second round): 'we're seeing three candidates', then the reader's own slot, Thursday Feb 25 at 2:00 PM ET.",
        "Hi Alex,\n\nWe're seeing three candidates for the Product Designer role on Thursday, February 25; your interview is at 2:00 PM ET at 300 Hudson St, 9th floor.\n\nBest,\nRita\n",
        start=when(2, 25, "Thu", 14, 0, NYC),
        zone="",
    )
    yield n(
        "ng41duedate",
        "entrevista_gestora",
        "pt-BR",
        ("Talentos Buriti", "talentos@buriti.example"),
        "Entrevista com a gestora",
        sent(2, 23, 10, SAO),
        "Control (second round): after the test, an interview on quinta-feira, 25/02, às 15h (horário de Brasília).",
        "Olá, Alex!\n\nRecebemos seu teste, obrigado. Sua entrevista com a gestora será na quinta-feira, 25/02, às 15h (horário de Brasília), pelo Google Meet: https://meet.example/buriti-551\n\nTime de Talentos\n",
        start=when(2, 25, "Thu", 15, 0, SAO),
        zone="",
    )
    yield n(
        "ng41duedate",
        "gesprek_tulpstad",
        "nl",
        ("Werving Tulpstad", "werving@tulpstad.example"),
        "Uitnodiging gesprek beleidsmedewerker",
        sent(2, 17, 10, AMS),
        "Control (second round): after the case, an invitation for dinsdag 23 februari 11:00-12:00.",
        "Beste Alex,\n\nDank voor je casusuitwerking. We nodigen je graag uit voor een gesprek op dinsdag 23 februari van 11:00 tot 12:00 op het stadhuis, kamer 3.12.\n\nMet vriendelijke groet,\nTeam Werving\n",
        start=when(2, 23, "Tue", 11, 0, AMS),
        end=when(2, 23, "Tue", 12, 0, AMS),
    )
    yield n(
        "ng41meetup",
        "tras_meetup",
        "es",
        ("Lucía Prieto", "lucia@sevilla-devs.example"),
        "Entrevista tras el meetup",
        sent(2, 17, 10, MAD),
        "Control (second round): after a meetup, an invitation to an interview on martes 23 de febrero a las 17:00.",
        "Hola Alex:\n\nEncantada de conocerte ayer en Python Sevilla. Te propongo una entrevista el martes 23 de febrero a las 17:00 en nuestra oficina de la calle Feria 30; si no te viene bien, dímelo y buscamos otra hora.\n\nUn saludo,\nLucía\n",
        start=when(2, 23, "Tue", 17, 0, MAD),
    )


BUILDERS = [
    ng41redmine,
    ng41moveask,
    ng41rejectdate,
    ng41alreadyset,
    ng41minutes,
    ng41jobalert,
    ng41hrstatus,
    ng41pollopen,
    ng41agenda,
    ng41meetup,
    ng41hiringside,
    ng41duedate,
    ng41errand,
    controls2,
]

FIGURES = (
    "Measured with /work/notes/quick.py (false = non-invitations claimed with confidence >= "
    "0.5). First sight (main aeb8104c): dev 15 of 94 look-alikes claimed (unconfirmed moves "
    "in en/de/it, minutes in en/fi, a German poll, Redmine notices about other candidates' "
    "interviews in cs/es/ja/sv, panel schedules in fr/da, meetups in es/pl, a parcel), all 16 "
    "dev controls right and sure; held out 1 of 41 claimed, 4 of 4 controls right (2 sure). "
    "After this batch's rules: dev 4 of 94 claimed (the English parcel window, the Polish "
    "meetup, the Spanish and Japanese Redmine notices, left alone), 16 of 16 controls sure; "
    "held out unchanged at 1 of 41. A second round of 13 dev controls (`controls2`), written "
    "after that measurement to guard the rules (a count of candidates beside the reader's own "
    "slot, confirmed moves, closed polls, next rounds), reads the same with and without the "
    "rules: 12 of 13 right, 11 of them sure (the Spanish 'Te propongo una entrevista el "
    "martes ... si no te viene bien' waits in review as a proposal); the French 'trois "
    "candidats le jeudi 25 février pour le poste ... Votre entretien est à 10h' loses its "
    "hour to the sentence break either way (left alone)."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    lines = [
        "# Provenance of the negs41 batch (`build_negs41.py`)",
        "",
        "Look-alike mail a job seeker forwards that names a date and a time but sets no "
        "interview for the reader, and controls in the same voices that do. The "
        "`ng41redmine` family renders Redmine's real mailer templates and locale strings "
        "(repository, paths and commit below; GPL-2.0-or-later); everything else is our own "
        "words. Event-platform, poll and job-board mails are in the shapes those tools write "
        "(Gancio, Mobilizon, Meetup, Doodle/Framadate/Rallly-like polls), recalled, with no "
        "text copied. People, projects, companies and addresses are made up; dates in 2027.",
        "",
        "Every label was written from the datetimes the text is rendered from (weekday names "
        "checked) before the parser was run on any message. Held-out families were drawn by "
        '`random.Random("negs41 coin").sample(sorted(FAMILIES), 4)` before anything was '
        "parsed; their mismatches were never looked at.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        + ". Held out: "
        + ", ".join(held)
        + ".",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs41.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs41.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(_HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
