# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "negs40" batch: mail a job seeker receives or is forwarded that names a future
date and time and a job or hiring word but sets no interview for the reader, and controls in
the same voices that do.

Run: .venv/bin/python tests/parsing/corpus/build_negs40.py

- onboard40: a new employer's onboarding week (orientation, team meeting, IT set-up) naming
  the new hire's position (en, de, fr, es, nl, pt-BR); controls: the same HR voices inviting
  a candidate to a last interview (en, de).
- hcsync40: a hiring committee's weekly sync, a recruiter's internal pipeline review, sent to
  the reader as a member of staff (en, de, sv, it, pl, ja); controls: the same recruiters
  inviting the reader to an interview (en, sv).
- mlminutes40: mailing-list minutes (Debian-, GNOME-, Apache-, Mailman-style archives) with a
  "next meeting" line and a job word (a contractor's post, interns, a search committee) (en,
  de, fr, es, pt-BR); controls: the list's own meeting announcement, which the shared corpus
  labels an invitation (mlarchive-debconf-team__dc14_committee_meeting) (en, de).
- mlreply40: list replies quoting a meeting time, sending regrets or agreeing, and calls for
  agenda items with a deadline (en, de, fr, it, nl, es); controls: announcements (en, fr).
- panelfb40: interviewer-side notices: the reader is on a panel and is asked to submit
  feedback or a scorecard by a time, or to come to a debrief (en, de, fr, es, nl, pt-PT);
  controls: the same voices inviting the reader as candidate (en, es).
- pickslot40: candidate-facing mail that books nothing: pick a time from options, an
  availability poll, "we'll get back to you by Friday 5pm", "the hiring manager is out until"
  (en, de, fr, es, it, nl, pl); controls: the booked slot (en, de).
- assessdue40: assessment, test and one-way video interview deadlines (en, de, fr, es,
  pt-BR, sv); controls: live interviews in the same voices (en, sv).
- fairweb40: job fairs, employer webinars, information evenings (en, de, fr, es, it, ja);
  controls: an interview booked at the fair's stand, an individual interview after a
  company briefing (en, ja).
- calrc40: calendar-bearing mail about non-interview meetings with a hiring word, as iTIP
  REPLY and COUNTER (labelled `reply` by the shared corpus's rule), and a list post whose
  calendar attachment the list software scrubbed (en, de, fr, es, nl, pt-BR); controls: an
  interview REQUEST (en, de).
- allhands40: team meetings and all-hands at the reader's current workplace that talk about
  hiring, open positions, job cuts or a new colleague (en, de, fr, es, it, nl); controls: an
  interview for an internal vacancy (en, nl).

Second round, written after the first was measured (blocktime40 held out by a second coin):
listjobs40 (job ads and mentors' deadlines on project lists), worktalk40 (appraisals, a stay
interview, a return-to-work talk), blocktime40 (a hiring manager asked to hold time for
candidates), fwdevent40 (friends forwarding career events; controls: the reader's own
invitation passed back), notyet40 (candidate mail that sets nothing yet). Third and fourth
rounds, all dev: blockdev40 and paneldev40 (interviewers' feedback deadlines and debriefs).

Dates January-March 2027. Every label was written from the datetimes the text is rendered
from (weekday names checked by `at`) before the parser was run on any message; the held-out
families were drawn by `random.Random("negs40 coin").sample(sorted(FAMILIES), 4)` right after
the families were listed, before anything was measured. All prose is ours; list footers and
headers are the shapes Mailman 2/3, ezmlm (Apache) and SmartList (Debian) write, recalled;
people, projects, companies and addresses are made up. Deterministic; the script rewrites
only its own families' files.
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
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
n17 = _load("build_negs17", "build_negs17.py")
pp = p8.pp
Case, mail, at = pp.Case, pp.mail, pp.at
OWN = pp.OWN
NEG = "not_invitation"
BATCH = "negs40"
Person = tuple[str, str]
ME: Person = p8.ME  # Alex Morgan, the reader
HAND = "hand-written; " + OWN
LISTS = (
    "hand-written; list posts in the shapes of public archives (lists.debian.org SmartList "
    "headers, Mailman 2 and 3 footers as on mail.gnome.org, Apache ezmlm footers), headers "
    "and footers recalled, wording ours; " + OWN
)
ICAL = (
    "hand-written; iTIP REPLY/COUNTER/REQUEST shapes of RFC 5546 as desktop clients write "
    "them (UTC times or an IANA TZID), wording ours; " + OWN
)

FAMILIES = [
    "onboard40",
    "hcsync40",
    "mlminutes40",
    "mlreply40",
    "panelfb40",
    "pickslot40",
    "assessdue40",
    "fairweb40",
    "calrc40",
    "allhands40",
]
_HELD = set(random.Random("negs40 coin").sample(sorted(FAMILIES), 4))
# a second round of five families, written after the first was measured (its dev false
# claims were hiring-side meetings and a welcome for new staff): one held out by a second
# coin, drawn before any of them was measured
SECOND = ["listjobs40", "worktalk40", "blocktime40", "fwdevent40", "notyet40"]
_HELD |= set(random.Random("negs40 coin 2").sample(sorted(SECOND), 1))
FAMILIES += SECOND
# a third family, written after the second round was measured because the coin put
# blocktime40 in held-out: all of it in dev
FAMILIES += ["blockdev40"]
# and a fourth, all dev too, because the first coin put panelfb40 (interviewers' feedback
# deadlines) in held-out and nothing of its kind was in dev
FAMILIES += ["paneldev40"]
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

SOURCES = {
    "paneldev40": "hand-written; fourth round, all dev: recruiters asking the reader, an "
    "interviewer, for feedback or an assessment by a deadline, a debrief (sv, it, pl, da, "
    "en-US, de); controls: the same senders inviting the reader (sv, de)",
    "blockdev40": "hand-written; third round, all dev: recruiters asking the reader, a "
    "hiring manager, to hold or block time for candidates' interviews (it, pl, en-US, de-AT, "
    "fi, da); controls: the same senders inviting the reader (it, da)",
    "listjobs40": LISTS + "; second round: job ads, grant calls and mentors' deadlines on "
    "project lists (en, de, fr, es, pt-BR); controls: the project writing to the reader "
    "off-list about the reader's application (en, de)",
    "worktalk40": "hand-written; second round: talks with the reader's current employer "
    "named with interview words: a stay interview, appraisals (colloquio di valutazione, "
    "rozmowa okresowa, utvecklingssamtal, functioneringsgesprek), a return-to-work talk (en, "
    "it, pl, sv, nl, es); controls: interviews for another post (en, it)",
    "blocktime40": "hand-written; second round: coordinators asking the reader, a hiring "
    "manager, to hold or block time for candidates' interviews (en, de, fr, es, nl, sv, "
    "pt-BR); controls: the same coordinators inviting the reader as candidate (en, fr)",
    "fwdevent40": "second round: friends forward meetups' hiring nights, career centres' "
    "CV checks, interview workshops, open days, webinars and job fairs (en, de, fr, es, it, "
    "pl); controls: a friend passes on the reader's own invitation that reached the friend "
    "(en, de); " + "forward blocks recalled (build_negs17.py); text " + OWN,
    "notyet40": "hand-written; second round: candidate-facing mail that sets nothing yet: "
    "interview days with the slot to follow, a paused process, a committee deciding, "
    "documents first, an offer's deadline, a call-back with the outcome (en, de, fr, es, "
    "it, nl, pl, sv); controls: the slot once set (en, pl)",
    "onboard40": "hand-written; a new employer's onboarding week naming the new hire's post "
    "(en, de, fr, es, nl, pt-BR); controls: the same HR voices inviting a candidate to a last "
    "interview (en, de)",
    "hcsync40": "hand-written; hiring committees' weekly syncs and recruiters' internal "
    "pipeline reviews sent to the reader as staff (en, de, sv, it, pl, ja); controls: the "
    "same recruiters inviting the reader (en, sv)",
    "mlminutes40": LISTS + "; minutes with a 'next meeting' line and a job word (en, de, "
    "fr, es, pt-BR); controls: the list's own meeting announcement, an invitation as in the "
    "shared corpus's debconf-team post (en, de)",
    "mlreply40": LISTS + "; replies quoting a meeting time (regrets, agreement) and calls for "
    "agenda items with a deadline (en, de, fr, it, nl, es); controls: announcements (en, fr)",
    "panelfb40": "hand-written; interviewer-side notices: panel feedback and scorecard "
    "deadlines, debriefs (en, de, fr, es, nl, pt-PT); controls: the same voices inviting the "
    "reader as candidate (en, es)",
    "pickslot40": "hand-written; candidate-facing mail that books nothing: options to pick "
    "from, availability polls, decision dates, an absent hiring manager (en, de, fr, es, it, "
    "nl, pl); controls: the booked slot (en, de)",
    "assessdue40": "hand-written; assessment, test and one-way video interview deadlines (en, "
    "de, fr, es, pt-BR, sv); controls: live interviews (en, sv)",
    "fairweb40": "hand-written; job fairs, employer webinars and information evenings (en, "
    "de, fr, es, it, ja); controls: an interview booked at a fair's stand, an individual "
    "interview after a briefing (en, ja)",
    "calrc40": ICAL + "; REPLY and COUNTER about non-interview meetings with a hiring word, "
    "a list post whose calendar part was scrubbed (en, de, fr, es, nl, pt-BR); controls: an "
    "interview REQUEST (en, de)",
    "allhands40": "hand-written; team meetings and all-hands at the reader's workplace that "
    "talk about hiring, open positions, job cuts or a new colleague (en, de, fr, es, it, nl); "
    "controls: an interview for an internal vacancy (en, nl)",
}

UTCZ, LON, BER, PAR, MAD, ROM, AMS = (
    "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome",
    "Europe/Amsterdam",
)  # fmt: skip
STO, WAW, TYO, NYC, SAO, LIS, CHI = (
    "Europe/Stockholm", "Europe/Warsaw", "Asia/Tokyo", "America/New_York", "America/Sao_Paulo",
    "Europe/Lisbon", "America/Chicago",
)  # fmt: skip
MIN = timedelta(minutes=1)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 17) -> datetime:
    return at(2027, mo, d, h, mi, zone)


def _headers(raw: bytes, extra: tuple[tuple[str, str], ...]) -> bytes:
    """Add header lines below To (mail() writes only its own)."""
    if not extra:
        return raw
    head, sep, rest = raw.partition(b"\nTo: ")
    line, nl, after = rest.partition(b"\n")
    added = "".join(f"{name}: {value}\r\n" for name, value in extra).encode()
    return head + sep + line + nl + added + after


def _label(
    start: datetime | None,
    end: datetime | None,
    sent: datetime,
    *,
    zone: str | None,
    tzfree: bool,
    kind: str = NEG,
) -> dict[str, object]:
    if start is None:
        return {"kind": kind}
    if tzfree:
        return dict(p8.slot(start, end, sent=sent))
    return dict(p8.slot(start, end, zone=zone))


def m(
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
    start: datetime | None = None,
    end: datetime | None = None,
    zone: str | None = None,
    tzfree: bool = False,
    extra: tuple[tuple[str, str], ...] = (),
    template: str = HAND,
    reply_to_key: str = "",
    kind: str = NEG,
) -> Case:
    """One mail; `start` given makes it the reader's own invitation (a control); without,
    its kind is `kind` (not_invitation unless said)."""
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
    raw = _headers(raw, extra)
    label = _label(start, end, sent, zone=zone, tzfree=tzfree, kind=kind)
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, OWN)


# --- list shapes -----------------------------------------------------------------------------


def list_headers(name: str, host: str, style: str) -> tuple[tuple[str, str], ...]:
    address = f"{name}@{host}"
    if style == "debian":
        return (
            ("X-Mailing-List", f"<{address}> archive/latest/4411"),
            ("List-Id", f"<{name}.{host}>"),
            ("List-Archive", f"https://{host}/msgid-search/"),
            ("List-Unsubscribe", f"<mailto:{name}-request@{host}?subject=unsubscribe>"),
            ("Precedence", "list"),
        )
    if style == "apache":
        return (
            ("Mailing-List", f"contact {name}-help@{host}; run by ezmlm"),
            ("List-Help", f"<mailto:{name}-help@{host}>"),
            ("List-Unsubscribe", f"<mailto:{name}-unsubscribe@{host}>"),
            ("List-Post", f"<mailto:{address}>"),
            ("List-Id", f"<{name}.{host}>"),
            ("Precedence", "bulk"),
        )
    return (
        ("List-Id", f"{name.title()} discussion <{name}.{host}>"),
        ("List-Archive", f"<https://{host}/archives/{name}/>"),
        ("List-Post", f"<mailto:{address}>"),
        ("List-Unsubscribe", f"<https://{host}/mailman/options/{name}>"),
        ("Precedence", "list"),
    )


def list_footer(name: str, host: str, style: str) -> str:
    if style == "apache":
        return (
            "\n---------------------------------------------------------------------\n"
            f"To unsubscribe, e-mail: {name}-unsubscribe@{host}\n"
            f"For additional commands, e-mail: {name}-help@{host}\n"
        )
    if style == "mailman3":
        return (
            "\n_______________________________________________\n"
            f"{name} mailing list -- {name}@{host}\n"
            f"To unsubscribe send an email to {name}-leave@{host}\n"
        )
    if style == "mailman2":
        return (
            "\n_______________________________________________\n"
            f"{name} mailing list\n{name}@{host}\n"
            f"https://{host}/mailman/listinfo/{name}\n"
        )
    return ""


def post(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    subject: str,
    sent: datetime,
    note: str,
    body: str,
    *,
    lst: tuple[str, str, str],
    start: datetime | None = None,
    end: datetime | None = None,
    zone: str | None = None,
    tzfree: bool = False,
    reply_to_key: str = "",
    kind: str = NEG,
) -> Case:
    """A post to a mailing list (To: the list), with the list's headers and footer."""
    lname, host, style = lst
    return m(
        family,
        name,
        lang,
        sender,
        subject,
        sent,
        note,
        text=body.rstrip() + "\n" + list_footer(lname, host, style),
        to=(lname, f"{lname}@{host}"),
        start=start,
        end=end,
        zone=zone,
        tzfree=tzfree,
        extra=list_headers(lname, host, style),
        template=LISTS,
        reply_to_key=reply_to_key,
        kind=kind,
    )


# --- onboard40 -------------------------------------------------------------------------------


def onboard40() -> Iterator[Case]:
    f = "onboard40"
    hr: Person = ("Rachel Dunn", "people@larkspur-analytics.example")
    yield m(
        f,
        "first_week",
        "en",
        hr,
        "Welcome to Larkspur - your first week",
        at(2026, 12, 28, 10, 17, LON),
        "A new employer's onboarding schedule for the new hire: orientation Monday 4 January 9:00, team stand-up, benefits session; the offer and position are named; no interview.",
        text=(
            "Hi Alex,\n\n"
            "We're so pleased you accepted our offer for the Data Analyst position! Here is "
            "your first week:\n\n"
            "Monday 4 January, 9:00 - Orientation with the People team (ask for me at reception)\n"
            "Tuesday 5 January, 10:30 - Team stand-up with the Insights team\n"
            "Wednesday 6 January, 14:00 - Benefits and pension session\n\n"
            "Your laptop will be ready on Monday morning. Bring your passport for the "
            "right-to-work check.\n\n"
            "Welcome aboard,\nRachel Dunn\nPeople Team, Larkspur Analytics\n"
        ),
    )
    yield m(
        f,
        "einarbeitung",
        "de",
        ("Katrin Vogt", "k.vogt@nordwerk-systeme.example"),
        "Dein Start bei Nordwerk am 11. Januar",
        sent_on(1, 5, 11, BER),
        "A German employer tells its new hire the onboarding day: Monday 11 January 9:00 Einführungstag for new staff, then the team meeting; the Stelle is named.",
        text=(
            "Hallo Alex,\n\n"
            "schön, dass du deine neue Stelle als Projektingenieur bei uns antrittst! Am "
            "Montag, 11. Januar, um 9:00 Uhr beginnt der Einführungstag für neue "
            "Mitarbeitende im Raum Elbe. Um 14:00 Uhr stellt dich dein Teamleiter im "
            "Teammeeting vor.\n\n"
            "Bitte bring deine Steuer-ID und die unterschriebene Vertragskopie mit.\n\n"
            "Viele Grüße\nKatrin Vogt\nPersonalabteilung\n"
        ),
    )
    yield m(
        f,
        "integration",
        "fr",
        ("Claire Moreau", "claire.moreau@atelier-lumen.example.fr"),
        "Votre intégration - semaine du 18 janvier",
        sent_on(1, 11, 15, PAR),
        "A French employer's welcome programme for the new hire: team meeting Tuesday 19 January at 10h, lunch with the team; the poste is named.",
        text=(
            "Bonjour Alex,\n\n"
            "Bienvenue chez Atelier Lumen ! Pour votre première semaine au poste de chargé "
            "de projet, voici le programme :\n\n"
            "- lundi 18 janvier, 9h30 : accueil RH et remise du badge\n"
            "- mardi 19 janvier, 10h : réunion d'équipe avec le service marketing\n"
            "- jeudi 21 janvier, 12h30 : déjeuner d'intégration\n\n"
            "À très bientôt,\nClaire Moreau\nRessources humaines\n"
        ),
    )
    yield m(
        f,
        "primera_semana",
        "es",
        ("Marta Gil", "marta.gil@brisa-logistica.example.es"),
        "Bienvenida: tu primera semana en Brisa",
        sent_on(1, 19, 12, MAD),
        "A Spanish employer tells the new hire about the team meeting on Tuesday 26 January at 9:30 and the IT setup; the puesto is named.",
        text=(
            "Hola Alex:\n\n"
            "Ya está todo listo para que te incorpores a tu nuevo puesto de analista de "
            "compras. El lunes 25 de enero te esperamos a las 8:30 en recepción. El martes "
            "26 de enero a las 9:30 tendrás la reunión de equipo semanal, donde te "
            "presentaremos al resto del departamento.\n\n"
            "Un saludo,\nMarta Gil\nRecursos Humanos\n"
        ),
    )
    yield m(
        f,
        "introductie",
        "nl",
        ("Sanne Bakker", "sanne.bakker@kanaalzicht.example.nl"),
        "Welkom! Je introductieprogramma",
        sent_on(1, 28, 9, AMS),
        "A Dutch employer's introduction programme for the new hire: team overleg Thursday 4 February at 13:00; the functie is named.",
        text=(
            "Hoi Alex,\n\n"
            "Welkom bij Kanaalzicht! Je begint maandag 1 februari in je nieuwe functie als "
            "teamleider klantenservice. Donderdag 4 februari om 13:00 schuif je aan bij het "
            "teamoverleg, zodat je iedereen leert kennen.\n\n"
            "Groet,\nSanne Bakker\nHR\n"
        ),
    )
    yield m(
        f,
        "integracao",
        "pt-BR",
        ("Juliana Souza", "juliana.souza@serra-verde.example.com.br"),
        "Integração de novos colaboradores",
        sent_on(2, 1, 14, SAO),
        "A Brazilian employer invites new hires to the welcome meeting on Monday 8 February at 9h; the cargo/vaga is named.",
        text=(
            "Olá, Alex!\n\n"
            "Parabéns pela contratação para o cargo de analista financeiro. A reunião de "
            "boas-vindas para os novos colaboradores será na segunda-feira, 8 de fevereiro, "
            "às 9h, no auditório do 3º andar. Depois, cada gestor leva a sua equipe para o "
            "café.\n\n"
            "Abraços,\nJuliana Souza\nGente & Gestão\n"
        ),
    )
    # controls: the same HR voices inviting a candidate to a last interview
    s = when(1, 21, "Thu", 11, 0, LON)
    yield m(
        f,
        "final_interview",
        "en",
        hr,
        "Larkspur - final interview",
        sent_on(1, 14, 16, LON),
        "Control: Larkspur's People team invites the reader to a final interview with the COO on Thursday 21 January at 11:00, before an offer.",
        text=(
            "Hi Alex,\n\n"
            "Thanks for your time last week. Before we make a decision on the Senior "
            "Analyst position, we'd like you to meet our COO for a final interview on "
            "Thursday 21 January at 11:00 at our Shoreditch office.\n\n"
            "Best,\nRachel Dunn\nPeople Team\n"
        ),
        start=s,
        tzfree=True,
    )
    s = when(2, 2, "Tue", 14, 0, BER)
    yield m(
        f,
        "zweitgespraech",
        "de",
        ("Katrin Vogt", "k.vogt@nordwerk-systeme.example"),
        "Einladung zum Zweitgespräch",
        sent_on(1, 26, 10, BER),
        "Control: Nordwerk's HR invites the reader to a second interview on Tuesday 2 February at 14:00.",
        text=(
            "Hallo Alex,\n\n"
            "vielen Dank für das nette erste Gespräch. Wir laden dich gern zum Zweitgespräch "
            "am Dienstag, 2. Februar, um 14:00 Uhr in unser Büro in der Hafenstraße 12 ein.\n\n"
            "Viele Grüße\nKatrin Vogt\nPersonalabteilung\n"
        ),
        start=s,
        tzfree=True,
    )


# --- hcsync40 --------------------------------------------------------------------------------


def hcsync40() -> Iterator[Case]:
    f = "hcsync40"
    rec: Person = ("Dana Whitaker", "dana.whitaker@pinecrest-health.example")
    yield m(
        f,
        "hiring_committee",
        "en",
        rec,
        "Hiring committee weekly sync - Thursday",
        sent_on(1, 11, 9, NYC),
        "A recruiter to committee members (the reader among them): the weekly hiring committee sync on Thursday 14 January at 3:00 PM ET to review the finalists for the Data Engineer role.",
        text=(
            "Hi all,\n\n"
            "Our weekly hiring committee sync is Thursday, January 14 at 3:00 PM ET in the "
            "Birch room. We'll review the four finalists for the Data Engineer role and agree "
            "who moves to onsite interviews. Please read the packets beforehand.\n\n"
            "Thanks,\nDana\n"
        ),
    )
    yield m(
        f,
        "pipeline_review",
        "de",
        ("Jonas Albrecht", "jonas.albrecht@heller-maschinen.example"),
        "Recruiting-Jour-fixe: Pipeline-Review",
        sent_on(1, 8, 16, BER),
        "A German in-house recruiter sets the internal pipeline review on Wednesday 13 January at 10:00 for the hiring managers: candidates per open position.",
        text=(
            "Hallo zusammen,\n\n"
            "unser Recruiting-Jour-fixe findet am Mittwoch, 13.01., um 10:00 Uhr statt. Wir "
            "gehen die Bewerberpipeline für alle offenen Stellen durch: Wer ist im "
            "Vorstellungsgespräch, wer bekommt eine Absage?\n\n"
            "Gruß\nJonas\n"
        ),
    )
    yield m(
        f,
        "rekryteringsmote",
        "sv",
        ("Elin Lindqvist", "elin.lindqvist@fjallsta.example.se"),
        "Rekryteringsmöte - genomgång av kandidater",
        sent_on(1, 14, 10, STO),
        "A Swedish HR partner calls managers to the recruitment meeting on Tuesday 19 January at 13.00 to go through candidates and book interviews.",
        text=(
            "Hej!\n\n"
            "Vi har rekryteringsmöte tisdag 19 januari kl. 13.00 i konferensrum Ljusnan. Vi "
            "går igenom kandidaterna till tjänsten som ekonomiassistent och bestämmer vilka "
            "vi kallar till intervju.\n\n"
            "Hälsningar\nElin\n"
        ),
    )
    yield m(
        f,
        "riunione_selezione",
        "it",
        ("Giulia Ferri", "giulia.ferri@tessiture-adda.example.it"),
        "Riunione settimanale selezione",
        sent_on(1, 18, 12, ROM),
        "An Italian HR office's weekly selection meeting on Thursday 21 January at 15:00: review of candidates for the open positions, the reader as a manager.",
        text=(
            "Ciao a tutti,\n\n"
            "la riunione settimanale sulla selezione del personale è giovedì 21 gennaio alle "
            "15:00 in sala Adda. Rivediamo i candidati per le posizioni aperte in "
            "produzione e fissiamo i colloqui della settimana prossima.\n\n"
            "Giulia\n"
        ),
    )
    yield m(
        f,
        "spotkanie_rekrutacyjne",
        "pl",
        ("Karolina Zając", "karolina.zajac@wisla-it.example.pl"),
        "Cotygodniowe spotkanie rekrutacyjne",
        sent_on(1, 22, 11, WAW),
        "A Polish recruiter's weekly recruitment meeting on Wednesday 27 January at 11:00 to review candidates; the reader is a team lead.",
        text=(
            "Cześć,\n\n"
            "przypominam o cotygodniowym spotkaniu rekrutacyjnym w środę 27 stycznia o 11:00. "
            "Przejrzymy kandydatów na stanowisko programisty Java i ustalimy terminy "
            "rozmów kwalifikacyjnych.\n\n"
            "Pozdrawiam\nKarolina\n"
        ),
    )
    yield m(
        f,
        "saiyo_teirei",
        "ja",
        ("佐藤 美咲", "misaki.sato@aozora-soft.example.jp"),
        "採用定例会議のお知らせ（1/28）",
        sent_on(1, 25, 10, TYO),
        "A Japanese recruiting team's regular meeting on Thursday 28 January 16:00 to check the candidate pipeline; the reader is a manager.",
        text=(
            "各位\n\n"
            "お疲れさまです。人事の佐藤です。\n"
            "1月28日（木）16:00〜17:00に採用定例会議を行います。\n"
            "エンジニア職の応募者の選考状況と、来週の面接官の割り当てを確認します。\n\n"
            "よろしくお願いいたします。\n"
        ),
    )
    # controls
    s = when(2, 2, "Tue", 10, 0, NYC)
    yield m(
        f,
        "own_interview",
        "en",
        rec,
        "Your interview for the Senior Analyst role",
        sent_on(1, 27, 14, NYC),
        "Control: the same recruiter invites the reader (an applicant) to an interview on Tuesday February 2 at 10:00 AM ET.",
        text=(
            "Hi Alex,\n\n"
            "Thanks for applying to Pinecrest Health. We'd like to invite you to interview for "
            "the Senior Analyst role on Tuesday, February 2 at 10:00 AM ET, by video. The "
            "link follows in a calendar invite.\n\n"
            "Best,\nDana Whitaker\nTalent Acquisition\n"
        ),
        start=s,
    )
    s = when(2, 3, "Wed", 10, 0, STO)
    yield m(
        f,
        "egen_intervju",
        "sv",
        ("Elin Lindqvist", "elin.lindqvist@fjallsta.example.se"),
        "Intervju hos Fjällsta",
        sent_on(1, 28, 15, STO),
        "Control: the Swedish HR partner invites the reader to an interview on Wednesday 3 February at 10.00.",
        text=(
            "Hej Alex!\n\n"
            "Tack för din ansökan till tjänsten som ekonomiassistent. Vi vill gärna träffa dig "
            "för en intervju onsdag 3 februari kl. 10.00 på vårt kontor i Sundsvall.\n\n"
            "Hälsningar\nElin Lindqvist\n"
        ),
        start=s,
        tzfree=True,
    )


# --- mlminutes40 -----------------------------------------------------------------------------

DEB = ("debian-outreach", "lists.fernwood-linux.example", "debian")
GNO = ("foundation-list", "mail.gnomish-desktop.example", "mailman2")
APA = ("dev", "quarry.apache-like.example", "apache")
MM3 = ("orga", "lists.freifunk-tal.example", "mailman3")


def mlminutes40() -> Iterator[Case]:
    f = "mlminutes40"
    yield post(
        f,
        "outreach_minutes",
        "en",
        ("Priya Raman", "priya@fernwood-linux.example"),
        "Minutes of the outreach team meeting, 2027-01-13",
        sent_on(1, 14, 9, UTCZ),
        "Debian-style list minutes: interns' interview round done, the paid contractor post; 'Next meeting: Wednesday 27 January 2027, 17:00 UTC' - minutes, not an invitation.",
        "Hi all,\n\nMinutes of yesterday's IRC meeting (log on the wiki).\n\n"
        "Present: priya, tjm, kasia, olu\n\n"
        "1. Internships: the mentors finished interviewing the six applicants; two offers "
        "went out on Monday.\n"
        "2. Contractor for the website: the job description is agreed; tjm posts it to the "
        "jobs page this week.\n"
        "3. AOB: none.\n\n"
        "Next meeting: Wednesday 27 January 2027, 17:00 UTC, #fernwood-outreach.\n\n"
        "Priya\n",
        lst=DEB,
    )
    yield post(
        f,
        "board_minutes",
        "en",
        ("Tomás Reyes", "secretary@gnomish-desktop.example"),
        "Minutes of the Board meeting of 19 January 2027",
        sent_on(1, 22, 18, UTCZ),
        "GNOME-style board minutes on a Mailman 2 list: the Executive Director search committee interviewed three candidates; 'Next meeting: Tuesday 2 February, 16:00 UTC'.",
        "= Minutes of the Board meeting of 19 January 2027 =\n\n"
        "Attending: Tomás Reyes, Anna Lind, Kofi Mensah, Yuki Mori\n"
        "Regrets: Ben Hart\n\n"
        "== Executive Director search ==\n"
        " * The search committee interviewed three candidates last week.\n"
        " * A recommendation will be brought to the board in February.\n\n"
        "== Travel committee ==\n"
        " * Budget for the hackfest approved.\n\n"
        "== Next meeting ==\n"
        " * Tuesday 2 February 2027, 16:00 UTC\n",
        lst=GNO,
    )
    yield post(
        f,
        "pmc_report",
        "en",
        ("Marcus Hale", "mhale@quarry.apache-like.example"),
        "[MINUTES] PMC call 2027-01-20",
        sent_on(1, 21, 8, UTCZ),
        "Apache-style dev@ minutes: a company hires two committers, the next PMC call is Wednesday 3 February 15:00 UTC.",
        "Notes from yesterday's PMC call:\n\n"
        "- Release 4.2.0: RC2 vote passed.\n"
        "- Two committers have been hired by the same employer; we discussed keeping the "
        "PMC diverse and agreed to invite more contributors.\n"
        "- GSoC: we will register as a mentoring organisation.\n\n"
        "Next call: Wednesday 3 February, 15:00 UTC (same Jitsi room).\n\n"
        "Marcus\n",
        lst=APA,
    )
    yield post(
        f,
        "protokoll",
        "de",
        ("Lena Kühn", "lena@freifunk-tal.example"),
        "Protokoll Orga-Treffen 25.01.",
        sent_on(1, 26, 20, BER),
        "A German community's minutes on a Mailman 3 list: a paid Minijob post for the office, next meeting 'Montag, 8. Februar, 19:30 Uhr'.",
        "Hallo zusammen,\n\n"
        "hier das Protokoll vom Montag:\n\n"
        "TOP 1 Finanzen: Kassenprüfung erledigt.\n"
        "TOP 2 Bürokraft: Wir schreiben eine Minijob-Stelle aus; Bewerbungen bis Ende "
        "Februar an den Vorstand.\n"
        "TOP 3 Verschiedenes: nichts.\n\n"
        "Nächstes Treffen: Montag, 8. Februar, 19:30 Uhr im Vereinsraum.\n\n"
        "Lena\n",
        lst=MM3,
    )
    yield post(
        f,
        "compte_rendu",
        "fr",
        ("Julien Marchand", "julien@assoc-libre-lyon.example.org"),
        "Compte rendu de la réunion du CA du 27 janvier",
        sent_on(1, 28, 21, PAR),
        "A French association's board minutes on a Mailman 2 list: recruiting an employee, job description, 'prochaine réunion le mercredi 10 février à 20h'.",
        "Bonjour à toutes et à tous,\n\n"
        "Voici le compte rendu du conseil d'administration :\n\n"
        "1. Recrutement d'un·e salarié·e : la fiche de poste est validée, l'offre d'emploi "
        "sera publiée la semaine prochaine.\n"
        "2. Local : le bail est renouvelé.\n\n"
        "Prochaine réunion du CA : mercredi 10 février à 20h, au local.\n\n"
        "Julien, secrétaire\n",
        lst=("ca", "listes.assoc-libre-lyon.example.org", "mailman2"),
    )
    yield post(
        f,
        "acta_reunion",
        "es",
        ("Ana Beltrán", "ana@comunidad-python-sevilla.example.es"),
        "Acta de la reunión de organización (2 feb)",
        sent_on(2, 3, 19, MAD),
        "A Spanish community's minutes on a Mailman 3 list: sponsors' job offers for the job board; 'Próxima reunión: martes 16 de febrero a las 19:00'.",
        "Hola a todas:\n\n"
        "Resumen de la reunión de ayer:\n\n"
        "- Patrocinios: dos empresas quieren publicar ofertas de empleo en el tablón del "
        "evento.\n"
        "- Voluntariado: faltan personas para la acreditación.\n\n"
        "Próxima reunión: martes 16 de febrero a las 19:00 en el espacio de siempre.\n\n"
        "Ana\n",
        lst=("organizacion", "listas.comunidad-python-sevilla.example.es", "mailman3"),
    )
    yield post(
        f,
        "ata_reuniao",
        "pt-BR",
        ("Rafael Lima", "rafael@gru-linux.example.org.br"),
        "Ata da reunião do conselho - 4 de fevereiro",
        sent_on(2, 5, 11, SAO),
        "A Brazilian user group's council minutes: the vacancy for a community manager, candidates' interviews done; 'Próxima reunião: quinta-feira, 18 de fevereiro, às 20h'.",
        "Pessoal,\n\n"
        "Segue a ata da reunião de ontem:\n\n"
        "1. Vaga de gestor(a) de comunidade: as entrevistas com os candidatos terminaram; "
        "a decisão sai na semana que vem.\n"
        "2. Evento de março: local confirmado.\n\n"
        "Próxima reunião: quinta-feira, 18 de fevereiro, às 20h (horário de Brasília).\n\n"
        "Rafael\n",
        lst=("conselho", "listas.gru-linux.example.org.br", "mailman2"),
    )
    # controls: the list's own meeting announcement (an invitation, as in the shared corpus)
    s = when(1, 27, "Wed", 17, 0, UTCZ)
    yield post(
        f,
        "announce_irc",
        "en",
        ("Priya Raman", "priya@fernwood-linux.example"),
        "Outreach team IRC meeting - Wednesday 27 January 17:00 UTC",
        sent_on(1, 25, 10, UTCZ),
        "Control: the team's own announcement of its IRC meeting on Wednesday 27 January at 17:00 UTC (agenda: the contractor's job description); the shared corpus labels such a post an invitation.",
        "Hi all,\n\n"
        "The next outreach team meeting will be held on Wednesday 27 January at 17:00 UTC "
        "in #fernwood-outreach on OFTC.\n\n"
        "Agenda:\n"
        "1. Interns' onboarding\n"
        "2. Contractor job description - final wording\n"
        "3. AOB\n\n"
        "Everyone is welcome.\n\nPriya\n",
        lst=DEB,
        start=s,
    )
    s = when(2, 8, "Mon", 19, 30, BER)
    yield post(
        f,
        "einladung_treffen",
        "de",
        ("Lena Kühn", "lena@freifunk-tal.example"),
        "Einladung: Orga-Treffen am 8. Februar",
        sent_on(2, 2, 18, BER),
        "Control: the German community invites its list to the next meeting on Monday 8 February at 19:30 (agenda includes the Minijob post).",
        "Hallo zusammen,\n\n"
        "hiermit lade ich euch zum nächsten Orga-Treffen am Montag, 8. Februar, um 19:30 Uhr "
        "im Vereinsraum ein.\n\n"
        "Tagesordnung:\n1. Bürokraft: Sichtung der Bewerbungen\n2. Verschiedenes\n\n"
        "Kommt zahlreich!\nLena\n",
        lst=MM3,
        start=s,
        tzfree=True,
    )


# --- mlreply40 -------------------------------------------------------------------------------


def mlreply40() -> Iterator[Case]:
    f = "mlreply40"
    yield post(
        f,
        "regrets",
        "en",
        ("Kasia Nowicka", "kasia@fernwood-linux.example"),
        "Re: Outreach team IRC meeting - Wednesday 10 February 17:00 UTC",
        sent_on(2, 8, 20, UTCZ),
        "A list reply sending regrets for the team meeting quoted below (Wednesday 10 February 17:00 UTC) because of the writer's own job interview - neither is the reader's.",
        p8.thread(
            "Hi Priya,\n\nI can't make it on Wednesday, I have a job interview that afternoon. "
            "My notes on the mentors' interview rubric are on the wiki.\n\nKasia",
            (
                "On Mon, Feb 08, 2027 at 10:12:40AM +0000, Priya Raman wrote:",
                "The next outreach team meeting will be held on Wednesday 10 February at "
                "17:00 UTC in #fernwood-outreach.",
            ),
        ),
        lst=DEB,
        reply_to_key="negs40/mlreply40/announce",
    )
    yield post(
        f,
        "agreeing_time",
        "en",
        ("Olu Adeyemi", "olu@quarry.apache-like.example"),
        "Re: [DISCUSS] moving the PMC call",
        sent_on(2, 9, 14, UTCZ),
        "An Apache-style dev@ reply agreeing to move the PMC call to Thursday 18 February 16:00 UTC, quoted proposal about hiring a release engineer; a reply in a discussion, not an invitation.",
        p8.thread(
            "+1 for Thursday 16:00 UTC, works for me.\n\nOn the release engineer: I'd rather "
            "we write the job post together before anyone interviews.\n\nOlu",
            (
                "On 2027/02/09 09:40, Marcus Hale wrote:",
                "Proposal: move the PMC call to Thursday 18 February, 16:00 UTC. Also, "
                "the foundation may fund a release engineer; thoughts?",
            ),
        ),
        lst=APA,
    )
    yield post(
        f,
        "tagesordnung",
        "de",
        ("Lena Kühn", "lena@freifunk-tal.example"),
        "Themen für das Treffen im März?",
        sent_on(2, 22, 19, BER),
        "A call for agenda items on a Mailman 3 list: topics by Monday 1 March 18:00; the meeting named without a time; the Bürokraft applications are a topic.",
        "Hallo zusammen,\n\n"
        "bitte tragt eure Themen für das März-Treffen bis Montag, 1. März, 18:00 Uhr ins "
        "Pad ein. Gesetzt sind bisher: Auswahl der Bürokraft (drei Bewerbungen) und die "
        "Router-Bestellung.\n\n"
        "Lena\n",
        lst=MM3,
    )
    yield post(
        f,
        "ordre_du_jour",
        "fr",
        ("Julien Marchand", "julien@assoc-libre-lyon.example.org"),
        "Appel à points pour l'ordre du jour du CA",
        sent_on(2, 15, 9, PAR),
        "A French association's call for agenda items: send points before Friday 19 February at 12h; the recruitment of the employee is a point; the meeting has no time here.",
        "Bonjour,\n\n"
        "Merci d'envoyer vos points pour l'ordre du jour du prochain CA avant le vendredi "
        "19 février à 12h. Le recrutement du ou de la salarié·e y sera abordé (nous avons "
        "reçu 14 candidatures).\n\n"
        "Julien\n",
        lst=("ca", "listes.assoc-libre-lyon.example.org", "mailman2"),
    )
    yield post(
        f,
        "risposta_orario",
        "it",
        ("Marco Bianchi", "marco@pycon-torino.example.it"),
        "Re: Riunione organizzatori giovedì",
        sent_on(2, 16, 22, ROM),
        "An Italian list reply quoting the organisers' meeting (Thursday 18 February 21:00) and discussing sponsors' job posts; the writer will be late.",
        p8.thread(
            "Ciao, arrivo verso le 21:30 perché ho un colloquio di lavoro nel pomeriggio a "
            "Milano. Per le offerte di lavoro degli sponsor ho già la lista.\n\nMarco",
            (
                "Il giorno mar 16 feb 2027 alle ore 18:05 Chiara Conti <chiara@pycon-torino.example.it> ha scritto:",
                "Ciao a tutti, la riunione organizzatori è giovedì 18 febbraio alle 21:00 "
                "su Jitsi.",
            ),
        ),
        lst=("organizzatori", "liste.pycon-torino.example.it", "mailman3"),
    )
    yield post(
        f,
        "verzet_tijd",
        "nl",
        ("Pieter de Vries", "pieter@opensource-utrecht.example.nl"),
        "Re: Bestuursvergadering dinsdag 23 februari 20:00",
        sent_on(2, 18, 21, AMS),
        "A Dutch list reply asking to move the board meeting quoted in the subject (Tuesday 23 February 20:00) because of the vacancy interviews the writer holds that evening.",
        p8.thread(
            "Hoi Femke,\n\nKunnen we een half uur later beginnen? Ik voer die avond tot 20:15 "
            "sollicitatiegesprekken voor de vacature penningmeester.\n\nPieter",
            (
                "Op do 18 feb 2027 om 09:30 schreef Femke Smit <femke@opensource-utrecht.example.nl>:",
                "De bestuursvergadering is dinsdag 23 februari om 20:00 in het buurthuis.",
            ),
        ),
        lst=("bestuur", "lijsten.opensource-utrecht.example.nl", "mailman2"),
    )
    yield post(
        f,
        "respuesta_acta",
        "es",
        ("Carlos Pardo", "carlos@comunidad-python-sevilla.example.es"),
        "Re: Acta de la reunión de organización (2 feb)",
        sent_on(2, 4, 10, MAD),
        "A Spanish list reply to minutes, quoting 'Próxima reunión: martes 16 de febrero a las 19:00' and offering to collect the sponsors' job offers.",
        p8.thread(
            "Gracias, Ana. Me encargo de recoger las ofertas de empleo de los patrocinadores "
            "antes de la próxima reunión.\n\nCarlos",
            (
                "El mié, 3 feb 2027 a las 19:20, Ana Beltrán (<ana@comunidad-python-sevilla.example.es>) escribió:",
                "Próxima reunión: martes 16 de febrero a las 19:00 en el espacio de siempre.",
            ),
        ),
        lst=("organizacion", "listas.comunidad-python-sevilla.example.es", "mailman3"),
    )
    # controls: announcements
    s = when(2, 18, "Thu", 16, 0, UTCZ)
    yield post(
        f,
        "community_call",
        "en",
        ("Marcus Hale", "mhale@quarry.apache-like.example"),
        "[ANNOUNCE] Community call Thursday 18 February, 16:00 UTC",
        sent_on(2, 12, 9, UTCZ),
        "Control: a project announces its community call on Thursday 18 February 16:00 UTC to everyone on dev@ (topic: GSoC mentors); an invitation as in the shared corpus.",
        "Hi all,\n\n"
        "Our next community call is on Thursday 18 February at 16:00 UTC (one hour). "
        "Everyone is welcome; we'll talk about GSoC mentors and the release engineer "
        "post.\n\nJoin: https://meet.quarry.apache-like.example/community\n\nMarcus\n",
        lst=APA,
        start=s,
        end=s + 60 * MIN,
    )
    s = when(2, 24, "Wed", 20, 0, PAR)
    yield post(
        f,
        "convocation",
        "fr",
        ("Julien Marchand", "julien@assoc-libre-lyon.example.org"),
        "Convocation : CA du mercredi 24 février",
        sent_on(2, 17, 9, PAR),
        "Control: the French association convenes the board on Wednesday 24 February at 20h (heure de Paris): an invitation.",
        "Bonjour à toutes et à tous,\n\n"
        "Vous êtes convoqué·es au conseil d'administration le mercredi 24 février à 20h "
        "(heure de Paris), au local. Ordre du jour : recrutement du ou de la salarié·e, "
        "budget.\n\nJulien\n",
        lst=("ca", "listes.assoc-libre-lyon.example.org", "mailman2"),
        start=s,
        zone=PAR,
    )


# --- panelfb40 -------------------------------------------------------------------------------


def panelfb40() -> Iterator[Case]:
    f = "panelfb40"
    ats: Person = ("Hireflow", "notifications@hireflow-ats.example")
    yield m(
        f,
        "scorecard_due",
        "en",
        ats,
        "Reminder: submit your scorecard for Jordan Lee",
        sent_on(1, 13, 15, LON),
        "An ATS tells the reader, a panel member, to submit the scorecard for the candidate Jordan Lee by Friday 15 January, 5:00 PM; no interview of the reader's.",
        text=(
            "Hi Alex,\n\n"
            "You interviewed Jordan Lee (Product Designer) on the panel this week. Please "
            "submit your scorecard by Friday 15 January, 5:00 PM so the hiring team can make "
            "a decision.\n\n"
            "Submit scorecard: https://app.hireflow-ats.example/scorecards/88213\n\n"
            "Hireflow\n"
        ),
    )
    yield m(
        f,
        "feedback_frist",
        "de",
        ("Miriam Schubert", "miriam.schubert@brandt-logistik.example"),
        "Feedback zu Frau Keller bis Donnerstag",
        sent_on(1, 18, 10, BER),
        "A German recruiter asks the reader, an interviewer, for feedback on the candidate Frau Keller by Thursday 21.01. 12:00.",
        text=(
            "Hallo Alex,\n\n"
            "danke, dass du gestern beim Vorstellungsgespräch mit Frau Keller dabei warst. "
            "Bitte trag deine Bewertung bis Donnerstag, 21.01., 12:00 Uhr im Bewerbertool ein.\n\n"
            "Viele Grüße\nMiriam\n"
        ),
    )
    yield m(
        f,
        "evaluation_avant",
        "fr",
        ("Sophie Laurent", "sophie.laurent@groupe-aubrac.example.fr"),
        "Évaluation du candidat M. Petit",
        sent_on(1, 19, 17, PAR),
        "A French recruiter asks the reader, on the jury, to enter the evaluation of M. Petit before Friday 22 January 18h.",
        text=(
            "Bonjour Alex,\n\n"
            "Merci pour votre participation au jury d'entretien de M. Petit. Pourriez-vous "
            "saisir votre évaluation avant le vendredi 22 janvier à 18h ?\n\n"
            "Bien cordialement,\nSophie Laurent\n"
        ),
    )
    yield m(
        f,
        "debrief_panel",
        "es",
        ("Lucía Navarro", "lucia.navarro@mirador-seguros.example.es"),
        "Debrief del panel - candidata Sara Ortiz",
        sent_on(1, 25, 13, MAD),
        "A Spanish recruiter calls the interview panel (the reader among it) to a debrief on Thursday 28 January at 16:00 about the candidate Sara Ortiz.",
        text=(
            "Hola equipo:\n\n"
            "Nos reunimos el jueves 28 de enero a las 16:00 para el debrief de las entrevistas "
            "de Sara Ortiz. Traed vuestra evaluación rellenada.\n\n"
            "Gracias,\nLucía\n"
        ),
    )
    yield m(
        f,
        "beoordeling",
        "nl",
        ats,
        "Herinnering: beoordeling kandidaat invullen",
        sent_on(1, 28, 9, AMS),
        "An ATS in Dutch asks the reader as interviewer to fill in the candidate assessment before Monday 1 February 9:00.",
        text=(
            "Hoi Alex,\n\n"
            "Je hebt deze week een sollicitatiegesprek gevoerd met Daan Jansen (Backend "
            "Developer). Vul je beoordeling in vóór maandag 1 februari 9:00.\n\n"
            "Beoordeling invullen: https://app.hireflow-ats.example/scorecards/88402\n"
        ),
    )
    yield m(
        f,
        "parecer_painel",
        "pt-PT",
        ("Rita Almeida", "rita.almeida@tejo-digital.example.pt"),
        "Painel de entrevistas - parecer",
        sent_on(2, 1, 11, LIS),
        "A Portuguese recruiter asks the panel member (the reader) to send the opinion on the candidates by Friday 5 February at 17h.",
        text=(
            "Olá Alex,\n\n"
            "Obrigada por fazer parte do painel de entrevistas desta semana. Envie-me o seu "
            "parecer sobre os três candidatos até sexta-feira, 5 de fevereiro, às 17h.\n\n"
            "Cumprimentos,\nRita Almeida\n"
        ),
    )
    # controls
    s = when(2, 9, "Tue", 13, 0, LON)
    yield m(
        f,
        "own_panel",
        "en",
        ats,
        "Your interview with the panel is confirmed",
        sent_on(2, 2, 12, LON),
        "Control: the same ATS confirms the reader's own panel interview on Tuesday 9 February, 1:00-2:00 PM GMT.",
        text=(
            "Hi Alex,\n\n"
            "Your interview for the UX Researcher role is confirmed:\n\n"
            "Tuesday 9 February, 1:00 - 2:00 PM GMT\n"
            "Panel: Jordan Lee, Priya Shah\n"
            "Location: 40 Clerkenwell Road, London\n\n"
            "Hireflow\n"
        ),
        start=s,
        end=s + 60 * MIN,
    )
    s = when(2, 10, "Wed", 10, 0, MAD)
    yield m(
        f,
        "own_entrevista",
        "es",
        ("Lucía Navarro", "lucia.navarro@mirador-seguros.example.es"),
        "Confirmación de tu entrevista",
        sent_on(2, 3, 12, MAD),
        "Control: the Spanish recruiter confirms the reader's interview with the panel on Wednesday 10 February at 10:00 (hora peninsular).",
        text=(
            "Hola Alex:\n\n"
            "Te confirmamos tu entrevista con el panel el miércoles 10 de febrero a las 10:00 "
            "(hora peninsular) en nuestras oficinas de la calle Serrano.\n\n"
            "Un saludo,\nLucía Navarro\n"
        ),
        start=s,
        zone=MAD,
    )


# --- pickslot40 ------------------------------------------------------------------------------


def pickslot40() -> Iterator[Case]:
    f = "pickslot40"
    rec: Person = ("Hannah Cole", "hannah.cole@brookfield-energy.example.co.uk")
    yield m(
        f,
        "pick_a_time",
        "en",
        rec,
        "Interview - please pick a time",
        sent_on(1, 7, 14, LON),
        "A recruiter offers three interview options (Tue 12 Jan 10:00, Wed 13 Jan 14:00, Thu 14 Jan 11:30) and asks the reader to pick one: nothing booked yet.",
        text=(
            "Hi Alex,\n\n"
            "We'd like to invite you to a first interview for the Grid Analyst role. Could you "
            "reply with the slot that suits you best?\n\n"
            "- Tuesday 12 January, 10:00\n"
            "- Wednesday 13 January, 14:00\n"
            "- Thursday 14 January, 11:30\n\n"
            "I'll send a calendar invitation once you've chosen.\n\n"
            "Best,\nHannah\n"
        ),
    )
    yield m(
        f,
        "verfuegbarkeit",
        "de",
        ("Tobias Wagner", "tobias.wagner@alpenblick-software.example"),
        "Ihre Verfügbarkeit für ein Gespräch",
        sent_on(1, 11, 9, BER),
        "A German recruiter asks the reader for availability by Friday 15.01. at 12 Uhr for an interview the following week: a poll.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "wir würden Sie gern zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns "
            "bis Freitag, 15.01., 12 Uhr mit, an welchen Tagen Sie in der Woche ab dem 18. "
            "Januar verfügbar sind.\n\n"
            "Mit freundlichen Grüßen\nTobias Wagner\n"
        ),
    )
    yield m(
        f,
        "reponse_vendredi",
        "fr",
        ("Élodie Fabre", "elodie.fabre@cabinet-rives.example.fr"),
        "Suite à votre entretien",
        sent_on(1, 13, 18, PAR),
        "A French recruiter thanks the reader after the interview and promises an answer by Friday 15 January 17h: a decision date, not a meeting.",
        text=(
            "Bonjour Alex,\n\n"
            "Merci encore pour l'entretien de ce matin. Nous finalisons nos échanges avec les "
            "autres candidats et reviendrons vers vous d'ici vendredi 15 janvier 17h.\n\n"
            "Bien à vous,\nÉlodie Fabre\n"
        ),
    )
    yield m(
        f,
        "responsable_fuera",
        "es",
        ("Pablo Herrera", "pablo.herrera@costa-azul-hoteles.example.es"),
        "Tu candidatura - próximos pasos",
        sent_on(1, 14, 12, MAD),
        "A Spanish recruiter says the hiring manager is out until Monday 18 January and will write from 9:00 that day to set the interview: nothing booked.",
        text=(
            "Hola Alex:\n\n"
            "La responsable de contratación está fuera de la oficina hasta el lunes 18 de "
            "enero. Ese día a partir de las 9:00 te escribiremos para concertar la entrevista.\n\n"
            "Saludos,\nPablo Herrera\n"
        ),
    )
    yield m(
        f,
        "sondaggio",
        "it",
        ("Francesca Russo", "francesca.russo@vetri-murano.example.it"),
        "Sondaggio disponibilità per il colloquio",
        sent_on(1, 15, 11, ROM),
        "An Italian recruiter asks the reader to fill in an availability poll by Wednesday 20 January at 18:00 for the interview.",
        text=(
            "Gentile Alex,\n\n"
            "per organizzare il colloquio le chiediamo di indicare le sue disponibilità nel "
            "sondaggio entro mercoledì 20 gennaio alle 18:00:\n"
            "https://poll.vetri-murano.example.it/colloquio-4471\n\n"
            "Cordiali saluti,\nFrancesca Russo\n"
        ),
    )
    yield m(
        f,
        "uitslag_vrijdag",
        "nl",
        ("Lotte Visser", "lotte.visser@polderzorg.example.nl"),
        "Je sollicitatie bij PolderZorg",
        sent_on(1, 18, 16, AMS),
        "A Dutch recruiter will tell the reader by Friday 22 January 17:00 whether they are through to the next round: a decision date.",
        text=(
            "Hoi Alex,\n\n"
            "Bedankt voor het gesprek van vandaag. We laten je uiterlijk vrijdag 22 januari "
            "om 17:00 weten of je door bent naar de tweede ronde.\n\n"
            "Groet,\nLotte Visser\n"
        ),
    )
    yield m(
        f,
        "wybierz_termin",
        "pl",
        ("Anna Kowalczyk", "anna.kowalczyk@baltyk-energia.example.pl"),
        "Wybór terminu rozmowy",
        sent_on(1, 22, 10, WAW),
        "A Polish recruiter asks the reader to choose an interview slot in the calendar by Thursday 28 January 12:00: a booking link, nothing booked.",
        text=(
            "Dzień dobry,\n\n"
            "prosimy o wybranie terminu rozmowy kwalifikacyjnej w naszym kalendarzu do "
            "czwartku 28 stycznia, godz. 12:00:\n"
            "https://kalendarz.baltyk-energia.example.pl/rekrutacja\n\n"
            "Pozdrawiam\nAnna Kowalczyk\n"
        ),
    )
    # controls: the booked slot
    s = when(1, 14, "Thu", 11, 30, LON)
    yield m(
        f,
        "booked",
        "en",
        rec,
        "Re: Interview - please pick a time",
        sent_on(1, 8, 9, LON),
        "Control: the recruiter confirms the slot the reader chose: Thursday 14 January at 11:30.",
        text=p8.thread(
            "Hi Alex,\n\nPerfect - you're booked in for Thursday 14 January at 11:30 with "
            "Mark Ellis, our Head of Trading. I've sent the invite.\n\nBest,\nHannah",
            (
                "On Thu, 7 Jan 2027 at 17:02, Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Thursday 11:30 works for me.",
            ),
        ),
        start=s,
        tzfree=True,
        reply_to_key="negs40/pickslot40/pick",
    )
    s = when(1, 19, "Tue", 10, 0, BER)
    yield m(
        f,
        "bestaetigt",
        "de",
        ("Tobias Wagner", "tobias.wagner@alpenblick-software.example"),
        "Bestätigung Ihres Vorstellungsgesprächs",
        sent_on(1, 15, 15, BER),
        "Control: the German recruiter confirms the reader's interview on Tuesday 19 January at 10:00.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "vielen Dank für Ihre Rückmeldung. Ihr Vorstellungsgespräch ist für Dienstag, "
            "19. Januar, 10:00 Uhr bestätigt. Bitte melden Sie sich am Empfang.\n\n"
            "Mit freundlichen Grüßen\nTobias Wagner\n"
        ),
        start=s,
        tzfree=True,
    )


# --- assessdue40 -----------------------------------------------------------------------------


def assessdue40() -> Iterator[Case]:
    f = "assessdue40"
    yield m(
        f,
        "coding_due",
        "en",
        ("Talent Team", "talent@quillpoint.example"),
        "Your Quillpoint coding assessment",
        sent_on(1, 10, 12, NYC),
        "A coding assessment to complete by Sunday 17 January 11:59 PM ET; the interview comes later; a deadline, not a meeting.",
        text=(
            "Hi Alex,\n\n"
            "Thanks for your interest in the Backend Engineer position. The next step is a "
            "90-minute coding assessment. Please complete it by Sunday, January 17 at 11:59 PM "
            "ET:\n\nhttps://assess.quillpoint.example/t/5h2k\n\n"
            "If you pass, we'll be in touch to schedule interviews.\n\nQuillpoint Talent Team\n"
        ),
    )
    yield m(
        f,
        "video_interview",
        "de",
        ("Recruiting Team", "recruiting@sonnenhof-versicherung.example"),
        "Ihr zeitversetztes Video-Interview",
        sent_on(1, 13, 9, BER),
        "A one-way video interview to record by Wednesday 20.01. 18:00: a deadline, no meeting with anyone.",
        text=(
            "Sehr geehrte/r Alex Morgan,\n\n"
            "im nächsten Schritt bitten wir Sie um ein zeitversetztes Video-Interview. Sie "
            "beantworten fünf Fragen per Video, wann es Ihnen passt - spätestens bis Mittwoch, "
            "20.01., 18:00 Uhr.\n\n"
            "Zum Video-Interview: https://video.sonnenhof-versicherung.example/i/77aa\n\n"
            "Ihr Recruiting Team\n"
        ),
    )
    yield m(
        f,
        "test_personnalite",
        "fr",
        ("Recrutement Vallée", "recrutement@vallee-energies.example.fr"),
        "Questionnaire de personnalité",
        sent_on(1, 18, 10, PAR),
        "A French employer asks the reader to complete a personality questionnaire before Monday 25 January at 12h, before any interview.",
        text=(
            "Bonjour Alex,\n\n"
            "Avant l'entretien avec le manager, nous vous invitons à remplir un "
            "questionnaire de personnalité en ligne avant le lundi 25 janvier à 12h.\n\n"
            "https://tests.vallee-energies.example.fr/q/9912\n\n"
            "L'équipe recrutement\n"
        ),
    )
    yield m(
        f,
        "prueba_tecnica",
        "es",
        ("Selección Andina", "seleccion@andina-pagos.example.es"),
        "Prueba técnica - Desarrollador/a Frontend",
        sent_on(1, 22, 17, MAD),
        "A Spanish employer sends a take-home test due Friday 29 January at 23:59.",
        text=(
            "Hola Alex:\n\n"
            "Como siguiente paso del proceso de selección te enviamos la prueba técnica. "
            "Tienes hasta el viernes 29 de enero a las 23:59 para entregarla en el enlace:\n"
            "https://retos.andina-pagos.example.es/frontend\n\n"
            "Mucha suerte,\nEquipo de Selección\n"
        ),
    )
    yield m(
        f,
        "teste_online",
        "pt-BR",
        ("Recrutamento Ipê", "recrutamento@ipe-varejo.example.com.br"),
        "Teste on-line - Programa de Trainee",
        sent_on(1, 26, 10, SAO),
        "A Brazilian trainee programme's online test open until Tuesday 2 February at 18h (horário de Brasília).",
        text=(
            "Olá, Alex!\n\n"
            "Você avançou no processo seletivo do Programa de Trainee. O teste on-line fica "
            "disponível até terça-feira, 2 de fevereiro, às 18h (horário de Brasília).\n\n"
            "Acesse: https://trainee.ipe-varejo.example.com.br/teste\n\n"
            "Equipe de Recrutamento\n"
        ),
    )
    yield m(
        f,
        "kodtest",
        "sv",
        ("Rekrytering", "rekrytering@norrsken-data.example.se"),
        "Kodtest för tjänsten som utvecklare",
        sent_on(1, 29, 14, STO),
        "A Swedish employer's coding test to finish by Sunday 7 February at 23.59 before any interview.",
        text=(
            "Hej Alex!\n\n"
            "Tack för din ansökan. Nästa steg är ett kodtest som du gör hemma. Skicka in din "
            "lösning senast söndag 7 februari kl. 23.59, så återkommer vi om intervju.\n\n"
            "Vänliga hälsningar\nRekrytering, Norrsken Data\n"
        ),
    )
    # controls: live interviews in the same voices
    s = when(2, 11, "Thu", 15, 0, NYC)
    yield m(
        f,
        "live_technical",
        "en",
        ("Talent Team", "talent@quillpoint.example"),
        "Your technical interview at Quillpoint",
        sent_on(2, 4, 12, NYC),
        "Control: after the assessment, a live technical interview on Thursday February 11 at 3:00-4:00 PM ET.",
        text=(
            "Hi Alex,\n\n"
            "Congratulations on passing the assessment! Your live technical interview is "
            "scheduled for Thursday, February 11, 3:00 - 4:00 PM ET on Zoom with two of our "
            "engineers.\n\nQuillpoint Talent Team\n"
        ),
        start=s,
        end=s + 60 * MIN,
    )
    s = when(2, 16, "Tue", 9, 30, STO)
    yield m(
        f,
        "intervju_efter_test",
        "sv",
        ("Rekrytering", "rekrytering@norrsken-data.example.se"),
        "Intervju hos Norrsken Data",
        sent_on(2, 9, 10, STO),
        "Control: the Swedish employer invites the reader to an interview on Tuesday 16 February at 9.30 after the test.",
        text=(
            "Hej Alex!\n\n"
            "Tack för ditt kodtest. Vi vill gärna träffa dig på intervju tisdag 16 februari "
            "kl. 9.30 på vårt kontor i Umeå.\n\n"
            "Vänliga hälsningar\nRekrytering, Norrsken Data\n"
        ),
        start=s,
        tzfree=True,
    )


# --- fairweb40 -------------------------------------------------------------------------------


def fairweb40() -> Iterator[Case]:
    f = "fairweb40"
    fair: Person = ("Careers Service", "careers@northgate-uni.example.ac.uk")
    yield m(
        f,
        "careers_fair",
        "en",
        fair,
        "Spring Careers Fair - Thursday 4 February",
        sent_on(1, 25, 10, LON),
        "A university careers service invites all students to the Spring Careers Fair on Thursday 4 February 10:00-16:00 with 80 employers hiring: a public event.",
        text=(
            "Dear students and graduates,\n\n"
            "Our Spring Careers Fair takes place on Thursday 4 February, 10:00-16:00, in the "
            "Great Hall. Over 80 employers will be there, many hiring for graduate jobs and "
            "internships. Bring copies of your CV!\n\n"
            "Careers Service\n"
        ),
    )
    yield m(
        f,
        "webinar_bewerbung",
        "de",
        ("Karriere-Team", "karriere@hanse-bahn.example"),
        "Webinar: So läuft unser Bewerbungsprozess",
        sent_on(1, 27, 11, BER),
        "A German employer's webinar on Tuesday 9 February at 18:00 about its application and interview process: a public webinar.",
        text=(
            "Hallo,\n\n"
            "am Dienstag, 9. Februar, um 18:00 Uhr zeigen wir im Webinar, wie unser "
            "Bewerbungsprozess abläuft - vom Online-Test bis zum Vorstellungsgespräch. Melde "
            "dich kostenlos an:\nhttps://karriere.hanse-bahn.example/webinar\n\n"
            "Dein Karriere-Team\n"
        ),
    )
    yield m(
        f,
        "salon_emploi",
        "fr",
        ("Forum Emploi Grand Ouest", "contact@forum-emploi-ouest.example.fr"),
        "Salon de l'emploi - jeudi 11 février",
        sent_on(2, 1, 9, PAR),
        "A French job fair newsletter: the fair on Thursday 11 February from 9h30 to 17h, employers recruiting, CV workshop at 14h.",
        text=(
            "Bonjour,\n\n"
            "Le Salon de l'emploi du Grand Ouest ouvre ses portes le jeudi 11 février de 9h30 "
            "à 17h au parc des expositions de Rennes. Plus de 120 entreprises recrutent. "
            "Atelier CV à 14h.\n\n"
            "Entrée libre.\n"
        ),
    )
    yield m(
        f,
        "feria_empleo",
        "es",
        ("Feria de Empleo UPV", "feria@empleo-levante.example.es"),
        "Feria de Empleo: martes 16 de febrero",
        sent_on(2, 5, 10, MAD),
        "A Spanish university job fair on Tuesday 16 February from 10:00, companies with open vacancies: a public event.",
        text=(
            "Hola:\n\n"
            "Te recordamos que la Feria de Empleo se celebra el martes 16 de febrero a partir "
            "de las 10:00 en el pabellón norte. Más de 60 empresas con vacantes abiertas.\n\n"
            "¡Te esperamos!\n"
        ),
    )
    yield m(
        f,
        "webinar_posizioni",
        "it",
        ("Talent Acquisition", "talent@ferrovie-alpine.example.it"),
        "Webinar: le posizioni aperte in ingegneria",
        sent_on(2, 8, 12, ROM),
        "An Italian employer's webinar presenting open positions on Wednesday 17 February at 17:30.",
        text=(
            "Ciao,\n\n"
            "mercoledì 17 febbraio alle 17:30 presentiamo in un webinar le posizioni aperte in "
            "ingegneria e come si svolge la selezione. Iscriviti qui:\n"
            "https://eventi.ferrovie-alpine.example.it/webinar\n\n"
            "Il team Talent Acquisition\n"
        ),
    )
    yield m(
        f,
        "setsumeikai",
        "ja",
        ("新卒採用担当", "saiyo@midori-shoji.example.jp"),
        "【みどり商事】オンライン会社説明会のご案内",
        sent_on(2, 10, 10, TYO),
        "A Japanese employer's online company briefing on Monday 22 February 15:00-16:00 for graduate applicants: a public event.",
        text=(
            "就職活動中の皆さま\n\n"
            "みどり商事 新卒採用担当です。\n"
            "2月22日（月）15:00〜16:00にオンライン会社説明会を開催します。\n"
            "事業内容や選考の流れをご紹介します。\n\n"
            "お申し込み：https://saiyo.midori-shoji.example.jp/seminar\n"
        ),
    )
    # controls
    s = when(2, 4, "Thu", 11, 20, LON)
    yield m(
        f,
        "fair_stand_slot",
        "en",
        ("Graduate Recruitment", "graduates@kestrel-engineering.example.co.uk"),
        "Your interview at the Spring Careers Fair",
        sent_on(1, 28, 15, LON),
        "Control: an employer books the reader a 20-minute interview at its stand during the fair, Thursday 4 February at 11:20.",
        text=(
            "Dear Alex,\n\n"
            "Thank you for applying to our graduate scheme. We have booked you a 20-minute "
            "interview at our stand (B14) at the Spring Careers Fair on Thursday 4 February "
            "at 11:20. Please come five minutes early.\n\n"
            "Graduate Recruitment, Kestrel Engineering\n"
        ),
        start=s,
        end=s + 20 * MIN,
        tzfree=True,
    )
    s = when(2, 25, "Thu", 14, 0, TYO)
    yield m(
        f,
        "kobetsu_mensetsu",
        "ja",
        ("新卒採用担当", "saiyo@midori-shoji.example.jp"),
        "【みどり商事】一次面接のご案内",
        sent_on(2, 23, 11, TYO),
        "Control: after the briefing, the Japanese employer invites the reader to a first interview on Thursday 25 February 14:00-14:45.",
        text=(
            "Alex Morgan様\n\n"
            "先日は会社説明会にご参加いただき、ありがとうございました。\n"
            "一次面接を下記の日程で行います。\n\n"
            "日時：2月25日（木）14:00〜14:45\n"
            "場所：本社 5階 会議室\n\n"
            "みどり商事 新卒採用担当\n"
        ),
        start=s,
        end=s + 45 * MIN,
        tzfree=True,
    )


# --- calrc40 ---------------------------------------------------------------------------------


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def itip(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    to: Person,
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    *,
    method: str,
    start: datetime,
    minutes: int,
    uid: str,
    summary: str,
    organizer: Person,
    attendee: Person,
    partstat: str = "",
    sequence: int = 0,
    tzid: str = "",
) -> Case:
    """A text part and a text/calendar part (REPLY, COUNTER or REQUEST)."""
    key = f"{BATCH}/{family}/{name}"
    end = start + minutes * MIN
    if tzid:
        dtstart = f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}"
        dtend = f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"
    else:
        dtstart, dtend = f"DTSTART:{_stamp(start)}", f"DTEND:{_stamp(end)}"
    who = (
        f"ATTENDEE;PARTSTAT={partstat}" if partstat else "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION"
    )
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Afterview corpus//negs40//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{_stamp(sent)}",
        dtstart,
        dtend,
        f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"{who};CN={attendee[0]}:mailto:{attendee[1]}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    message = MIMEMultipart("alternative", boundary=f"=_n40_{pp.digest(key, 'b')[:16]}")
    message.attach(pp._part(text, "plain"))
    cal = MIMEText("\r\n".join(lines), "calendar", "utf-8")
    cal.set_param("method", method)
    message.attach(cal)
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent)
    message["From"] = pp._addr(sender)
    message["To"] = formataddr(to)
    message["Subject"] = subject if subject.isascii() else pp.Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    label: dict[str, object]
    if method == "REQUEST":
        label = dict(p8.slot(start, end, zone=tzid or None))
    else:
        label = {"kind": "reply"}
    label.update({"uid": uid, "sequence": sequence, "method": method})
    return Case(
        family, SPLITS[family], f"{lang}_{name}", buffer.getvalue(), label, lang, note, ICAL, OWN
    )


def calrc40() -> Iterator[Case]:
    f = "calrc40"
    lead: Person = ("Nadia Brooks", "nadia.brooks@ferngate.example")
    s = when(1, 14, "Thu", 15, 0, NYC)
    yield itip(
        f,
        "accepted_hc_sync",
        "en",
        ("Owen Park", "owen.park@ferngate.example"),
        ME,
        "Accepted: Hiring committee sync",
        sent_on(1, 11, 10, NYC),
        "A colleague's REPLY (ACCEPTED) to the reader's own 'Hiring committee sync' on Thursday 14 January 3:00 PM ET: a reply.",
        "Owen Park has accepted this invitation.\n\nHiring committee sync\nThursday, January 14, 2027 3:00 PM - 3:30 PM (Eastern Time)",
        method="REPLY",
        start=s,
        minutes=30,
        uid="negs40-hc-sync-0114@ferngate.example",
        summary="Hiring committee sync",
        organizer=ME,
        attendee=("Owen Park", "owen.park@ferngate.example"),
        partstat="ACCEPTED",
    )
    s = when(1, 18, "Mon", 9, 0, BER)
    yield itip(
        f,
        "vorbehalt_onboarding",
        "de",
        ("Jan Becker", "jan.becker@holm-technik.example"),
        ME,
        "Mit Vorbehalt angenommen: Onboarding neue Mitarbeitende",
        sent_on(1, 12, 14, BER),
        "A German colleague's tentative REPLY to the reader's 'Onboarding neue Mitarbeitende' on Monday 18 January 9:00: a reply.",
        "Jan Becker hat diese Einladung mit Vorbehalt angenommen.\n\nOnboarding neue Mitarbeitende\nMontag, 18. Januar 2027 09:00-10:00 (Mitteleuropäische Zeit)",
        method="REPLY",
        start=s,
        minutes=60,
        uid="negs40-onboarding-0118@holm-technik.example",
        summary="Onboarding neue Mitarbeitende",
        organizer=ME,
        attendee=("Jan Becker", "jan.becker@holm-technik.example"),
        partstat="TENTATIVE",
    )
    s = when(1, 21, "Thu", 10, 0, PAR)
    yield itip(
        f,
        "contre_proposition",
        "fr",
        ("Chloé Girard", "chloe.girard@maison-ravel.example.fr"),
        ME,
        "Nouvelle heure proposée : Point recrutement stagiaires",
        sent_on(1, 15, 11, PAR),
        "A French colleague's COUNTER proposing Thursday 21 January 10h for the reader's 'Point recrutement stagiaires' (internal recruiting review): a reply.",
        "Chloé Girard propose un nouvel horaire pour « Point recrutement stagiaires » :\njeudi 21 janvier 2027 10:00-11:00\n\nJe suis en entretien avec une candidate à l'heure prévue.",
        method="COUNTER",
        start=s,
        minutes=60,
        uid="negs40-point-recrut@maison-ravel.example.fr",
        summary="Point recrutement stagiaires",
        organizer=ME,
        attendee=("Chloé Girard", "chloe.girard@maison-ravel.example.fr"),
    )
    s = when(1, 26, "Tue", 12, 0, MAD)
    yield itip(
        f,
        "rechazada_revision",
        "es",
        ("Diego Romero", "diego.romero@faro-consultores.example.es"),
        ME,
        "Rechazada: Revisión de candidatos - analista",
        sent_on(1, 20, 16, MAD),
        "A Spanish colleague declines (REPLY DECLINED) the reader's 'Revisión de candidatos' on Tuesday 26 January 12:00: a reply.",
        "Diego Romero ha rechazado esta invitación.\n\nRevisión de candidatos - analista\nmartes, 26 de enero de 2027 12:00-12:45 (hora de Europa central)",
        method="REPLY",
        start=s,
        minutes=45,
        uid="negs40-revision-cand@faro-consultores.example.es",
        summary="Revisión de candidatos - analista",
        organizer=ME,
        attendee=("Diego Romero", "diego.romero@faro-consultores.example.es"),
        partstat="DECLINED",
    )
    s = when(2, 3, "Wed", 14, 30, AMS)
    yield itip(
        f,
        "nieuwe_tijd",
        "nl",
        ("Bram Mulder", "bram.mulder@dijkhuis-bouw.example.nl"),
        ME,
        "Nieuwe tijd voorgesteld: Evaluatie sollicitatiegesprekken",
        sent_on(1, 29, 9, AMS),
        "A Dutch colleague's COUNTER to the reader's 'Evaluatie sollicitatiegesprekken' proposing Wednesday 3 February 14:30: a reply.",
        "Bram Mulder heeft een nieuwe tijd voorgesteld voor Evaluatie sollicitatiegesprekken:\nwoensdag 3 februari 2027 14:30-15:30",
        method="COUNTER",
        start=s,
        minutes=60,
        uid="negs40-evaluatie@dijkhuis-bouw.example.nl",
        summary="Evaluatie sollicitatiegesprekken",
        organizer=ME,
        attendee=("Bram Mulder", "bram.mulder@dijkhuis-bouw.example.nl"),
    )
    s = when(2, 4, "Thu", 10, 0, SAO)
    yield itip(
        f,
        "aceito_vagas",
        "pt-BR",
        ("Beatriz Costa", "beatriz.costa@araucaria-tech.example.com.br"),
        ME,
        "Aceito: Alinhamento de vagas abertas",
        sent_on(2, 1, 15, SAO),
        "A Brazilian colleague accepts (REPLY) the reader's 'Alinhamento de vagas abertas' on Thursday 4 February 10:00: a reply.",
        "Beatriz Costa aceitou este convite.\n\nAlinhamento de vagas abertas\nquinta-feira, 4 de fevereiro de 2027 10:00-11:00 (Horário de Brasília)",
        method="REPLY",
        start=s,
        minutes=60,
        uid="negs40-vagas@araucaria-tech.example.com.br",
        summary="Alinhamento de vagas abertas",
        organizer=ME,
        attendee=("Beatriz Costa", "beatriz.costa@araucaria-tech.example.com.br"),
        partstat="ACCEPTED",
    )
    # a list post whose calendar attachment the list software scrubbed: the reply survives
    # only as text
    yield post(
        f,
        "scrubbed_accept",
        "en",
        ("Yuki Mori", "yuki@gnomish-desktop.example"),
        "Accepted: Internship mentors call @ Tue 9 Feb 2027 16:00 - 17:00 (UTC)",
        sent_on(2, 5, 12, UTCZ),
        "A mentor's calendar reply sent to the whole list by mistake; Mailman scrubbed the calendar part: 'Accepted: Internship mentors call @ Tue 9 Feb 2027 16:00 - 17:00 (UTC)', a reply in text.",
        "Yuki Mori has accepted this invitation.\n\n"
        "Internship mentors call\n"
        "When: Tuesday 9 February 2027 16:00 - 17:00 (UTC)\n"
        "Who: Anna Lind - organiser, foundation-list\n"
        "-------------- next part --------------\n"
        "A non-text attachment was scrubbed...\n"
        "Name: invite.ics\nType: text/calendar\nSize: 1632 bytes\n"
        "Desc: not available\n",
        lst=GNO,
        kind="reply",
    )
    # controls: interview REQUESTs
    s = when(2, 9, "Tue", 15, 0, NYC)
    yield itip(
        f,
        "request_interview",
        "en",
        lead,
        ME,
        "Invitation: Interview - Alex Morgan / Ferngate @ Tue Feb 9, 2027 3pm - 3:45pm (EST)",
        sent_on(2, 2, 11, NYC),
        "Control: the hiring lead sends the reader an interview REQUEST for Tuesday 9 February 3:00-3:45 PM EST (UTC times in the calendar part).",
        "You have been invited to the following event.\n\nInterview - Alex Morgan / Ferngate\nWhen: Tue Feb 9, 2027 3pm - 3:45pm Eastern Time\n",
        method="REQUEST",
        start=s,
        minutes=45,
        uid="negs40-interview-0209@ferngate.example",
        summary="Interview - Alex Morgan / Ferngate",
        organizer=lead,
        attendee=ME,
    )
    s = when(2, 11, "Thu", 11, 0, BER)
    yield itip(
        f,
        "einladung_gespraech",
        "de",
        ("Jan Becker", "jan.becker@holm-technik.example"),
        ME,
        "Einladung: Vorstellungsgespräch Alex Morgan",
        sent_on(2, 4, 9, BER),
        "Control: a German interview REQUEST for Thursday 11 February 11:00-12:00 with TZID Europe/Berlin (no VTIMEZONE).",
        "Sie wurden zu folgendem Termin eingeladen.\n\nVorstellungsgespräch Alex Morgan\nDonnerstag, 11. Februar 2027 11:00-12:00 (Europe/Berlin)\n",
        method="REQUEST",
        start=s,
        minutes=60,
        uid="negs40-gespraech-0211@holm-technik.example",
        summary="Vorstellungsgespräch Alex Morgan",
        organizer=("Jan Becker", "jan.becker@holm-technik.example"),
        attendee=ME,
        tzid=BER,
    )


# --- allhands40 ------------------------------------------------------------------------------


def allhands40() -> Iterator[Case]:
    f = "allhands40"
    ceo: Person = ("Ruth Abbott", "ruth.abbott@meridian-freight.example")
    yield m(
        f,
        "allhands_hiring",
        "en",
        ceo,
        "All-hands Wednesday: our 2027 hiring plan",
        sent_on(1, 15, 8, CHI),
        "The reader's current employer's all-hands on Wednesday 20 January at 10:00 AM CT about its hiring plan (30 open positions, referral bonus): a workplace meeting.",
        text=(
            "Team,\n\n"
            "Join us for the all-hands on Wednesday, January 20 at 10:00 AM CT in the "
            "warehouse cafeteria (and on Teams). I'll walk through our 2027 hiring plan - 30 "
            "open positions - and the new referral bonus.\n\n"
            "Ruth\n"
        ),
    )
    yield m(
        f,
        "betriebsversammlung",
        "de",
        ("Betriebsrat", "betriebsrat@weser-stahl.example"),
        "Einladung zur Betriebsversammlung",
        sent_on(1, 18, 9, BER),
        "A German works council's staff assembly on Tuesday 26 January at 13:00 about planned job cuts (Stellenabbau): a workplace meeting.",
        text=(
            "Liebe Kolleginnen und Kollegen,\n\n"
            "die nächste Betriebsversammlung findet am Dienstag, 26. Januar, um 13:00 Uhr in "
            "der Kantine statt. Thema ist der geplante Stellenabbau in der Verwaltung und "
            "wie interne Bewerbungen auf freie Stellen laufen.\n\n"
            "Euer Betriebsrat\n"
        ),
    )
    yield m(
        f,
        "reunion_equipe",
        "fr",
        ("Nicolas Roux", "nicolas.roux@editions-garonne.example.fr"),
        "Réunion d'équipe - arrivée de notre stagiaire",
        sent_on(1, 22, 10, PAR),
        "A French team lead's team meeting on Monday 1 February at 9h30 to welcome the new intern and discuss recruiting a second one.",
        text=(
            "Bonjour à tous,\n\n"
            "Réunion d'équipe lundi 1er février à 9h30 en salle Garonne : nous accueillons "
            "Inès, notre nouvelle stagiaire, et nous ferons le point sur le recrutement d'un "
            "second stagiaire (les entretiens ont lieu la semaine suivante).\n\n"
            "Nicolas\n"
        ),
    )
    yield m(
        f,
        "reunion_vacantes",
        "es",
        ("Elena Vidal", "elena.vidal@mediterranea-salud.example.es"),
        "Reunión de departamento: nuevas vacantes",
        sent_on(1, 27, 12, MAD),
        "A Spanish head of department's meeting on Wednesday 3 February at 12:30 about new vacancies and who sits on the interview panels.",
        text=(
            "Hola a todos:\n\n"
            "El miércoles 3 de febrero a las 12:30 tenemos reunión de departamento. Hablaremos "
            "de las dos nuevas vacantes de enfermería y de quién participa en las entrevistas.\n\n"
            "Elena\n"
        ),
    )
    yield m(
        f,
        "riunione_reparto",
        "it",
        ("Paolo Greco", "paolo.greco@officine-brenta.example.it"),
        "Riunione di reparto - nuovo collega",
        sent_on(2, 3, 9, ROM),
        "An Italian department meeting on Monday 8 February at 9:00 to welcome a new hire and talk about the open position in quality.",
        text=(
            "Buongiorno a tutti,\n\n"
            "lunedì 8 febbraio alle 9:00 riunione di reparto in sala riunioni: presentiamo "
            "Luca, il nuovo collega assunto in produzione, e parliamo della posizione aperta "
            "in qualità.\n\n"
            "Paolo\n"
        ),
    )
    yield m(
        f,
        "lunch_referral",
        "nl",
        ("Iris Smeets", "iris.smeets@zeeland-software.example.nl"),
        "Lunchsessie: vrienden aandragen voor onze vacatures",
        sent_on(2, 5, 11, AMS),
        "A Dutch employer's lunch session on Thursday 11 February at 12:00 about the referral programme for open vacancies: a workplace event.",
        text=(
            "Hoi allemaal,\n\n"
            "Donderdag 11 februari om 12:00 is er een lunchsessie over ons "
            "aanbrengprogramma: ken jij iemand voor een van onze 12 vacatures? Je krijgt een "
            "bonus als diegene wordt aangenomen. Broodjes staan klaar.\n\n"
            "Iris, recruitment\n"
        ),
    )
    # controls: an interview for an internal vacancy
    s = when(2, 23, "Tue", 10, 0, CHI)
    yield m(
        f,
        "internal_interview",
        "en",
        ("Talent Team", "talent@meridian-freight.example"),
        "Internal posting: Team Lead, Dispatch - your interview",
        sent_on(2, 16, 14, CHI),
        "Control: the reader's employer invites the reader to an interview for the internal Team Lead posting on Tuesday February 23 at 10:00 AM.",
        text=(
            "Hi Alex,\n\n"
            "Thanks for applying to the internal Team Lead, Dispatch posting. Your interview "
            "with Ruth Abbott and Sam Ortiz is on Tuesday, February 23 at 10:00 AM in "
            "room 3.12.\n\n"
            "Talent Team\n"
        ),
        start=s,
        tzfree=True,
    )
    s = when(2, 25, "Thu", 14, 0, AMS)
    yield m(
        f,
        "interne_vacature",
        "nl",
        ("Iris Smeets", "iris.smeets@zeeland-software.example.nl"),
        "Gesprek interne vacature scrum master",
        sent_on(2, 18, 10, AMS),
        "Control: the Dutch recruiter invites the reader to an interview for the internal vacancy on Thursday 25 February at 14:00.",
        text=(
            "Hoi Alex,\n\n"
            "Leuk dat je hebt gereageerd op de interne vacature scrum master. Je "
            "sollicitatiegesprek is donderdag 25 februari om 14:00 in de Vlissingen-kamer.\n\n"
            "Groet,\nIris\n"
        ),
        start=s,
        tzfree=True,
    )


# --- second round ----------------------------------------------------------------------------

FWD_SRC = (
    "forward header blocks are build_negs17.py's recalled client layouts; note and forwarded "
    "mail hand-written; " + OWN
)


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    forwarder: Person,
    org: Person,
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    zone: str | None = None,
    tzfree: bool = False,
) -> Case:
    """`forwarder` passes on `org`'s mail (written to the reader) through `client` in `ui`."""
    head = n17.block(client, ui, org, sent, subject)
    top = note_text.strip()
    text = f"{top}\n\n{head}\n{body.strip()}\n" if top else f"{head}\n{body.strip()}\n"
    later = sent + timedelta(hours=3, minutes=12)
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=ME,
        subject=f"{n17.prefix(client, ui)}: {subject}",
        sent=later,
        text=text,
    )
    label = _label(start, end, sent, zone=zone, tzfree=tzfree)
    label["original_sender"] = org[1]
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, FWD_SRC, OWN)


def listjobs40() -> Iterator[Case]:
    f = "listjobs40"
    jobs = ("jobs", "lists.pyconf-nordic.example", "mailman3")
    yield post(
        f,
        "job_post_deadline",
        "en",
        ("Erik Holm", "erik.holm@fjordbyte.example.no"),
        "[JOB] Backend developer (Python), Bergen - apply by Friday",
        sent_on(2, 1, 10, "Europe/Oslo"),
        "A job ad on a community jobs list: applications by Friday 12 February 17:00 CET, interviews in the week of 22 February; nothing for the reader.",
        "Hi all,\n\n"
        "Fjordbyte is hiring a backend developer (Python, Django) for our Bergen office.\n\n"
        "Apply by Friday 12 February, 17:00 CET, at https://fjordbyte.example.no/jobs/42.\n"
        "First interviews will be held in the week of 22 February.\n\n"
        "Happy to answer questions off-list.\nErik\n",
        lst=jobs,
    )
    yield post(
        f,
        "gsoc_timeline",
        "en",
        ("Anna Lind", "anna@gnomish-desktop.example"),
        "GSoC 2027: mentors, please rank your applicants by Tuesday 16 March 18:00 UTC",
        sent_on(3, 8, 9, UTCZ),
        "A project's mentors list: rank the GSoC applicants by Tuesday 16 March 18:00 UTC; a deadline for mentors, no meeting.",
        "Dear mentors,\n\n"
        "Please rank your applicants in the dashboard by Tuesday 16 March at 18:00 UTC. If "
        "you still want to interview someone, do it before then; the admins finalise the "
        "slots the next day.\n\nAnna\n",
        lst=GNO,
    )
    yield post(
        f,
        "stelle_verein",
        "de",
        ("Lena Kühn", "lena@freifunk-tal.example"),
        "Stellenausschreibung: Bürokraft (Minijob)",
        sent_on(2, 3, 18, BER),
        "A German community's job ad on its list: applications to the board by Sunday 28 February 23:59; interviews to follow; no slot.",
        "Hallo zusammen,\n\n"
        "wir suchen eine Bürokraft auf Minijob-Basis (8 Stunden pro Woche). Bewerbungen bitte "
        "bis Sonntag, 28. Februar, 23:59 Uhr an vorstand@freifunk-tal.example. Die "
        "Vorstellungsgespräche führen wir Anfang März.\n\nLena\n",
        lst=MM3,
    )
    yield post(
        f,
        "offre_emploi",
        "fr",
        ("Julien Marchand", "julien@assoc-libre-lyon.example.org"),
        "[Emploi] Poste de chargé·e de mission - candidatures jusqu'au 5 mars",
        sent_on(2, 15, 9, PAR),
        "A French association's job ad on its list: candidatures until Friday 5 March at 12h, entretiens le 15 mars; nothing for the reader.",
        "Bonjour,\n\n"
        "L'association recrute un·e chargé·e de mission en CDI. Les candidatures sont "
        "ouvertes jusqu'au vendredi 5 mars à 12h ; les entretiens auront lieu le lundi 15 "
        "mars.\n\nMerci de faire circuler !\nJulien\n",
        lst=("ca", "listes.assoc-libre-lyon.example.org", "mailman2"),
    )
    yield post(
        f,
        "convocatoria_beca",
        "es",
        ("Ana Beltrán", "ana@comunidad-python-sevilla.example.es"),
        "Convocatoria: beca de diversidad para la PyConf - plazo hasta el 1 de marzo",
        sent_on(2, 10, 12, MAD),
        "A Spanish community list's call for grant applications with a deadline (Monday 1 March 23:59) and selection interviews by video; nothing booked.",
        "Hola a todas:\n\n"
        "Abrimos la convocatoria de becas de diversidad. Podéis enviar la solicitud hasta el "
        "lunes 1 de marzo a las 23:59. Haremos una breve entrevista por videollamada a las "
        "personas preseleccionadas.\n\nAna\n",
        lst=("organizacion", "listas.comunidad-python-sevilla.example.es", "mailman3"),
    )
    yield post(
        f,
        "vaga_lista",
        "pt-BR",
        ("Rafael Lima", "rafael@gru-linux.example.org.br"),
        "[VAGA] Desenvolvedor(a) Go - remoto",
        sent_on(2, 17, 11, SAO),
        "A Brazilian user group's list carries a job ad: candidaturas até sexta-feira, 26 de fevereiro, às 18h; entrevistas em março.",
        "Pessoal,\n\n"
        "Repassando uma vaga de uma empresa parceira: desenvolvedor(a) Go, remoto. "
        "Candidaturas até sexta-feira, 26 de fevereiro, às 18h, pelo link "
        "https://parceira.example.com.br/vagas/go. As entrevistas acontecem em março.\n\n"
        "Rafael\n",
        lst=("conselho", "listas.gru-linux.example.org.br", "mailman2"),
    )
    # controls: the project lead writes to the reader, off-list, about the reader's application
    s = when(2, 18, "Thu", 16, 0, UTCZ)
    yield m(
        f,
        "offlist_call",
        "en",
        ("Marcus Hale", "mhale@quarry.apache-like.example"),
        "Re: release engineer contract - your application",
        sent_on(2, 12, 10, UTCZ),
        "Control: off the list, the project lead invites the reader (an applicant for the contract) to a call on Thursday 18 February at 16:00 UTC.",
        text=(
            "Hi Alex,\n\n"
            "Thanks for applying for the release engineer contract. Could we have a video "
            "interview on Thursday 18 February at 16:00 UTC? Olu and I will join; the link is "
            "https://meet.quarry.apache-like.example/hiring.\n\nMarcus\n"
        ),
        start=s,
    )
    s = when(3, 9, "Tue", 18, 0, BER)
    yield m(
        f,
        "gespraech_verein",
        "de",
        ("Lena Kühn", "lena@freifunk-tal.example"),
        "Deine Bewerbung als Bürokraft",
        sent_on(3, 2, 19, BER),
        "Control: the German association invites the reader, an applicant, to a Vorstellungsgespräch on Tuesday 9 March at 18:00.",
        text=(
            "Hallo Alex,\n\n"
            "danke für deine Bewerbung! Wir laden dich zum Vorstellungsgespräch am Dienstag, "
            "9. März, um 18:00 Uhr in den Vereinsraum ein.\n\nViele Grüße\nLena\n"
        ),
        start=s,
        tzfree=True,
    )


def worktalk40() -> Iterator[Case]:
    f = "worktalk40"
    yield m(
        f,
        "stay_interview",
        "en",
        ("Grace Holloway", "grace.holloway@tidewater-bank.example"),
        "Stay interview - Thursday",
        sent_on(2, 1, 10, NYC),
        "The reader's current manager books a 'stay interview' (a retention talk with an employee) on Thursday 4 February at 2:00 PM; not a job interview.",
        text=(
            "Hi Alex,\n\n"
            "As part of our retention programme I'm holding a short stay interview with each "
            "member of the team. Yours is on Thursday, February 4 at 2:00 PM in my office - "
            "it's about what keeps you here and what we could do better.\n\nGrace\n"
        ),
    )
    yield m(
        f,
        "valutazione",
        "it",
        ("Paolo Greco", "paolo.greco@officine-brenta.example.it"),
        "Colloquio di valutazione annuale",
        sent_on(2, 2, 9, ROM),
        "An Italian manager sets the reader's annual appraisal talk (colloquio di valutazione) on Tuesday 9 February at 11:00; the reader's current job.",
        text=(
            "Ciao Alex,\n\n"
            "il tuo colloquio di valutazione annuale è fissato per martedì 9 febbraio alle "
            "11:00 nel mio ufficio. Porta la tua autovalutazione compilata.\n\nPaolo\n"
        ),
    )
    yield m(
        f,
        "okresowa",
        "pl",
        ("Karolina Zając", "karolina.zajac@wisla-it.example.pl"),
        "Rozmowa okresowa",
        sent_on(2, 3, 11, WAW),
        "A Polish HR partner sets the reader's periodic appraisal talk (rozmowa okresowa) on Wednesday 10 February at 13:00 with the manager.",
        text=(
            "Cześć Alex,\n\n"
            "Twoja rozmowa okresowa z przełożonym odbędzie się w środę 10 lutego o 13:00 w "
            "sali Wisła. Prosimy o wcześniejsze wypełnienie formularza samooceny.\n\nKarolina\n"
        ),
    )
    yield m(
        f,
        "utvecklingssamtal",
        "sv",
        ("Elin Lindqvist", "elin.lindqvist@fjallsta.example.se"),
        "Utvecklingssamtal",
        sent_on(2, 4, 10, STO),
        "A Swedish manager books the reader's development talk (utvecklingssamtal) on Thursday 11 February at 9.00.",
        text=(
            "Hej Alex!\n\n"
            "Dags för årets utvecklingssamtal. Jag har bokat torsdag 11 februari kl. 9.00 i "
            "rum Ljusnan. Fyll gärna i underlaget innan.\n\nElin\n"
        ),
    )
    yield m(
        f,
        "functioneringsgesprek",
        "nl",
        ("Bram Mulder", "bram.mulder@dijkhuis-bouw.example.nl"),
        "Functioneringsgesprek",
        sent_on(2, 5, 14, AMS),
        "A Dutch manager plans the reader's performance talk (functioneringsgesprek) on Monday 15 February at 10:30.",
        text=(
            "Hoi Alex,\n\n"
            "Ik heb ons functioneringsgesprek ingepland op maandag 15 februari om 10:30 in "
            "de kleine vergaderzaal.\n\nGroet,\nBram\n"
        ),
    )
    yield m(
        f,
        "reincorporacion",
        "es",
        ("Marta Gil", "marta.gil@brisa-logistica.example.es"),
        "Entrevista de reincorporación",
        sent_on(2, 8, 12, MAD),
        "A Spanish HR officer sets a return-to-work talk ('entrevista de reincorporación') after the reader's leave, on Tuesday 16 February at 9:30.",
        text=(
            "Hola Alex:\n\n"
            "Bienvenido de nuevo. Antes de retomar tu puesto tendremos una breve entrevista de "
            "reincorporación tras tu baja el martes 16 de febrero a las 9:30 en Recursos "
            "Humanos.\n\nMarta Gil\n"
        ),
    )
    # controls: an interview for another post (an internal move and another employer)
    s = when(2, 17, "Wed", 15, 0, NYC)
    yield m(
        f,
        "internal_move",
        "en",
        ("Talent Team", "talent@tidewater-bank.example"),
        "Interview - Risk Analyst (internal application)",
        sent_on(2, 10, 11, NYC),
        "Control: the bank's talent team invites the reader to interview for the internal Risk Analyst post on Wednesday February 17 at 3:00 PM.",
        text=(
            "Hi Alex,\n\n"
            "Thank you for your internal application for the Risk Analyst position. Your "
            "interview with the hiring manager is on Wednesday, February 17 at 3:00 PM, "
            "5th floor.\n\nTalent Team\n"
        ),
        start=s,
        tzfree=True,
    )
    s = when(2, 18, "Thu", 10, 0, ROM)
    yield m(
        f,
        "colloquio_nuovo",
        "it",
        ("Francesca Russo", "francesca.russo@vetri-murano.example.it"),
        "Colloquio per la posizione di responsabile qualità",
        sent_on(2, 11, 10, ROM),
        "Control: another employer invites the reader to a job interview on Thursday 18 February at 10:00.",
        text=(
            "Gentile Alex,\n\n"
            "la invitiamo a un colloquio per la posizione di responsabile qualità giovedì 18 "
            "febbraio alle 10:00 presso la nostra sede di Murano.\n\n"
            "Cordiali saluti,\nFrancesca Russo\n"
        ),
        start=s,
        tzfree=True,
    )


def blocktime40() -> Iterator[Case]:
    f = "blocktime40"
    coord: Person = ("Maya Chen", "maya.chen@northwind-labs.example")
    yield m(
        f,
        "hold_for_loop",
        "en",
        coord,
        "Please hold Thursday afternoon for onsite interviews",
        sent_on(2, 1, 9, CHI),
        "A coordinator asks the reader, a hiring manager, to hold Thursday 4 February 1:00-5:00 PM for two candidates' onsite loops; the reader interviews.",
        text=(
            "Hi Alex,\n\n"
            "Could you please hold Thursday, February 4 from 1:00 to 5:00 PM? We have two "
            "candidates coming onsite for the Platform Engineer role and you're on both "
            "loops. I'll send the schedule with names tomorrow.\n\nMaya\n"
        ),
    )
    yield m(
        f,
        "slots_geblockt",
        "de",
        ("Jonas Albrecht", "jonas.albrecht@heller-maschinen.example"),
        "Interview-Slots in deinem Kalender",
        sent_on(2, 2, 10, BER),
        "A German recruiter tells the hiring manager (the reader) that interview slots are blocked in his calendar on Tuesday 9 February at 10:00, 11:00 and 14:00 for candidates to book.",
        text=(
            "Hallo Alex,\n\n"
            "ich habe dir am Dienstag, 9. Februar, drei Interview-Slots geblockt: 10:00, "
            "11:00 und 14:00 Uhr. Die Bewerber buchen sich selbst ein; du bekommst dann je "
            "eine Einladung mit dem Lebenslauf.\n\nGruß\nJonas\n"
        ),
    )
    yield m(
        f,
        "creneaux_jury",
        "fr",
        ("Sophie Laurent", "sophie.laurent@groupe-aubrac.example.fr"),
        "Créneaux d'entretiens - jury du 11 février",
        sent_on(2, 3, 15, PAR),
        "A French recruiter asks the reader, on the jury, to keep Thursday 11 February from 9h to 12h free for three candidates' interviews.",
        text=(
            "Bonjour Alex,\n\n"
            "Pourriez-vous bloquer le jeudi 11 février de 9h à 12h ? Nous recevons trois "
            "candidats pour le poste de contrôleur de gestion et vous faites partie du jury.\n\n"
            "Merci,\nSophie\n"
        ),
    )
    yield m(
        f,
        "reservar_agenda",
        "es",
        ("Lucía Navarro", "lucia.navarro@mirador-seguros.example.es"),
        "Reserva la mañana del martes para entrevistas",
        sent_on(2, 5, 11, MAD),
        "A Spanish recruiter asks the manager (the reader) to reserve Tuesday 16 February from 9:00 to 13:00 to interview four candidates.",
        text=(
            "Hola Alex:\n\n"
            "¿Puedes reservarte la mañana del martes 16 de febrero, de 9:00 a 13:00? Vamos a "
            "entrevistar a cuatro candidatos para la vacante de suscriptor y necesito que "
            "estés tú.\n\nLucía\n"
        ),
    )
    yield m(
        f,
        "agenda_blokken",
        "nl",
        ("Lotte Visser", "lotte.visser@polderzorg.example.nl"),
        "Graag je agenda blokken voor gesprekken",
        sent_on(2, 8, 9, AMS),
        "A Dutch recruiter asks the team lead (the reader) to block Wednesday 17 February from 13:00 to 16:00 for interviews with three applicants.",
        text=(
            "Hoi Alex,\n\n"
            "Wil je woensdag 17 februari van 13:00 tot 16:00 in je agenda blokken? Dan voeren "
            "we samen de gesprekken met de drie sollicitanten voor de functie van "
            "planner.\n\nGroet,\nLotte\n"
        ),
    )
    yield m(
        f,
        "boka_tid",
        "sv",
        ("Elin Lindqvist", "elin.lindqvist@fjallsta.example.se"),
        "Intervjudag för ekonomiassistent",
        sent_on(2, 9, 13, STO),
        "A Swedish HR partner asks the manager (the reader) to keep Friday 19 February from 9.00 to 12.00 for interviews with the shortlisted applicants.",
        text=(
            "Hej Alex!\n\n"
            "Kan du hålla fredag 19 februari kl. 9.00-12.00 fri? Då intervjuar vi de tre "
            "sökande som gått vidare till tjänsten som ekonomiassistent.\n\nElin\n"
        ),
    )
    yield m(
        f,
        "bloquear_agenda",
        "pt-BR",
        ("Juliana Souza", "juliana.souza@serra-verde.example.com.br"),
        "Bloqueio de agenda - entrevistas com candidatos",
        sent_on(2, 10, 10, SAO),
        "A Brazilian recruiter asks the manager (the reader) to block Monday 22 February from 14h to 17h for interviews with the finalists.",
        text=(
            "Oi, Alex!\n\n"
            "Pode bloquear a sua agenda na segunda-feira, 22 de fevereiro, das 14h às 17h? "
            "Vamos entrevistar os três finalistas para a vaga de analista.\n\nJuliana\n"
        ),
    )
    # controls: the same coordinators to the reader as candidate
    s = when(2, 25, "Thu", 13, 0, CHI)
    yield m(
        f,
        "own_onsite",
        "en",
        coord,
        "Your onsite interview at Northwind Labs",
        sent_on(2, 18, 9, CHI),
        "Control: the coordinator invites the reader as candidate to an onsite interview on Thursday February 25, 1:00-4:00 PM CT.",
        text=(
            "Hi Alex,\n\n"
            "We're excited to host you for your onsite interview on Thursday, February 25, "
            "from 1:00 to 4:00 PM CT at our Chicago office. You'll meet four members of the "
            "team.\n\nMaya\n"
        ),
        start=s,
        end=s + 180 * MIN,
    )
    s = when(2, 26, "Fri", 10, 0, PAR)
    yield m(
        f,
        "propre_entretien",
        "fr",
        ("Sophie Laurent", "sophie.laurent@groupe-aubrac.example.fr"),
        "Votre entretien au Groupe Aubrac",
        sent_on(2, 19, 11, PAR),
        "Control: the French recruiter invites the reader to an interview on Friday 26 February at 10h.",
        text=(
            "Bonjour Alex,\n\n"
            "Nous avons le plaisir de vous convier à un entretien le vendredi 26 février à "
            "10h, dans nos locaux de Rodez.\n\nBien cordialement,\nSophie Laurent\n"
        ),
        start=s,
        tzfree=True,
    )


def fwdevent40() -> Iterator[Case]:
    f = "fwdevent40"
    sam: Person = ("Sam Keller", "sam.keller@mailbox.example")
    yield fwd(
        f,
        "hiring_night",
        "en",
        "gmail",
        "en",
        sam,
        ("PyLondon Meetup", "organisers@pylondon.example.org"),
        "Hiring night - Thursday 11 February",
        sent_on(2, 1, 18, LON),
        "You should go to this, loads of companies hiring!",
        "Hi everyone,\n\nOur next meetup is a hiring night: Thursday 11 February, 18:30, at "
        "the Old Print Works. Ten companies will pitch their open roles; bring your CV.\n\n"
        "The PyLondon organisers",
        "A friend forwards a meetup's 'hiring night' (Thursday 11 February 18:30, companies pitching open roles): a public event.",
    )
    yield fwd(
        f,
        "bewerbertag",
        "de",
        "outlook",
        "de",
        ("Mara Vogel", "mara.vogel@mailbox.example"),
        ("Hochschule Rheinland Career Center", "career@hs-rheinland.example.de"),
        "Bewerbungsmappen-Check am Mittwoch",
        sent_on(2, 2, 9, BER),
        "Vielleicht was für dich?",
        "Liebe Studierende,\n\nam Mittwoch, 10. Februar, von 14:00 bis 17:00 Uhr prüfen "
        "Personaler Ihre Bewerbungsunterlagen und geben Tipps fürs Vorstellungsgespräch. "
        "Keine Anmeldung nötig.\n\nIhr Career Center",
        "A friend forwards a career centre's CV check with recruiters on Wednesday 10 February 14:00-17:00 (tips for the interview): a drop-in event.",
    )
    yield fwd(
        f,
        "atelier_cv",
        "fr",
        "thunderbird",
        "fr",
        ("Camille Roy", "camille.roy@mailbox.example"),
        ("Maison de l'emploi", "contact@maison-emploi-nord.example.fr"),
        "Atelier « Réussir son entretien d'embauche »",
        sent_on(2, 3, 11, PAR),
        "Ça peut t'aider avant tes entretiens.",
        "Bonjour,\n\nLa Maison de l'emploi organise un atelier « Réussir son entretien "
        "d'embauche » le mardi 16 février de 9h30 à 12h. Inscription gratuite.\n\n"
        "Maison de l'emploi",
        "A friend forwards an employment centre's workshop on succeeding at job interviews on Tuesday 16 February 9h30-12h: a public workshop.",
    )
    yield fwd(
        f,
        "jornada_puertas",
        "es",
        "gmail",
        "es",
        ("Irene Sanz", "irene.sanz@mailbox.example"),
        ("Talento Levante", "eventos@talento-levante.example.es"),
        "Jornada de puertas abiertas: conoce nuestras vacantes",
        sent_on(2, 4, 10, MAD),
        "Mira, igual te interesa.",
        "Hola:\n\nEl jueves 18 de febrero a las 17:00 celebramos una jornada de puertas "
        "abiertas en nuestra sede para presentar las vacantes de este año.\n\nTalento Levante",
        "A friend forwards an employer's open day presenting its vacancies on Thursday 18 February at 17:00: a group event.",
    )
    yield fwd(
        f,
        "webinar_cv",
        "it",
        "apple",
        "en",
        ("Luca Moretti", "luca.moretti@mailbox.example"),
        ("Informagiovani", "info@informagiovani-verona.example.it"),
        "Webinar: il colloquio di lavoro in inglese",
        sent_on(2, 5, 12, ROM),
        "Ti giro questo, è gratis.",
        "Ciao,\n\nmercoledì 24 febbraio alle 18:00 si tiene il webinar gratuito «Il "
        "colloquio di lavoro in inglese». Iscrizioni sul nostro sito.\n\nInformagiovani",
        "A friend forwards a free webinar on job interviews in English on Wednesday 24 February at 18:00: a public webinar.",
    )
    yield fwd(
        f,
        "targi_pracy",
        "pl",
        "gmail",
        "pl",
        ("Ola Nowak", "ola.nowak@mailbox.example"),
        ("Biuro Karier", "biurokarier@uczelnia-gdansk.example.pl"),
        "Targi Pracy - czwartek 25 lutego",
        sent_on(2, 8, 9, WAW),
        "Idziesz?",
        "Szanowni Państwo,\n\nzapraszamy na Targi Pracy w czwartek 25 lutego w godz. "
        "10:00-15:00 w auli głównej. Ponad 50 pracodawców z ofertami pracy i staży.\n\n"
        "Biuro Karier",
        "A friend forwards a university job fair on Thursday 25 February 10:00-15:00: a public event.",
    )
    # controls: a friend passes on the reader's own invitation that reached them
    s = when(2, 23, "Tue", 11, 0, LON)
    yield fwd(
        f,
        "own_invite_passed",
        "en",
        "gmail",
        "en",
        sam,
        ("Priya Shah", "priya.shah@kestrel-engineering.example.co.uk"),
        "Interview invitation - Alex Morgan",
        sent_on(2, 15, 14, LON),
        "Alex, this came to my address by mistake - it's your interview!",
        "Dear Alex,\n\nThank you for your application. We would like to invite you to an "
        "interview on Tuesday 23 February at 11:00 at our Bristol office.\n\nKind regards,\n"
        "Priya Shah\nKestrel Engineering",
        "Control: a friend forwards the reader's own interview invitation (Tuesday 23 February at 11:00) that reached the friend's address.",
        start=s,
        tzfree=True,
    )
    s = when(2, 24, "Wed", 14, 30, BER)
    yield fwd(
        f,
        "eigene_einladung",
        "de",
        "outlook",
        "de",
        ("Mara Vogel", "mara.vogel@mailbox.example"),
        ("Nina Scholz", "nina.scholz@rhein-personal.example.de"),
        "Einladung zum Vorstellungsgespräch - Alex Morgan",
        sent_on(2, 16, 10, BER),
        "Alex, das ist bei mir gelandet - dein Termin!",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am "
        "Mittwoch, 24. Februar, um 14:30 Uhr ein.\n\nMit freundlichen Grüßen\nNina Scholz",
        "Control: a friend forwards the reader's own German interview invitation (Wednesday 24 February at 14:30) that reached her.",
        start=s,
        tzfree=True,
    )


def notyet40() -> Iterator[Case]:
    f = "notyet40"
    yield m(
        f,
        "interview_days_tba",
        "en",
        ("Hannah Cole", "hannah.cole@brookfield-energy.example.co.uk"),
        "Grid Analyst - shortlist",
        sent_on(2, 8, 15, LON),
        "The recruiter says interviews run on Wednesday 17 February between 9:00 and 17:00 and the reader's own slot follows later: nothing booked.",
        text=(
            "Hi Alex,\n\n"
            "Good news - you've been shortlisted. Interviews will run on Wednesday 17 "
            "February between 9:00 and 17:00; I'll confirm your exact time by the end of "
            "this week.\n\nBest,\nHannah\n"
        ),
    )
    yield m(
        f,
        "stelle_pausiert",
        "de",
        ("Tobias Wagner", "tobias.wagner@alpenblick-software.example"),
        "Ihre Bewerbung - kurze Verzögerung",
        sent_on(2, 9, 10, BER),
        "A German recruiter says the process is paused until Monday 1 March 9:00 when the hiring manager is back: nothing booked.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "die Stelle ist wegen einer internen Umstrukturierung bis Montag, 1. März, 9:00 "
            "Uhr pausiert. Danach melden wir uns wegen eines Gesprächstermins bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\nTobias Wagner\n"
        ),
    )
    yield m(
        f,
        "dossier_comite",
        "fr",
        ("Élodie Fabre", "elodie.fabre@cabinet-rives.example.fr"),
        "Votre candidature passe en comité",
        sent_on(2, 10, 16, PAR),
        "A French recruiter says the reader's application goes before the committee on Wednesday 17 February at 15h; the reader is not present.",
        text=(
            "Bonjour Alex,\n\n"
            "Votre dossier sera présenté au comité de recrutement le mercredi 17 février à "
            "15h. Je vous appellerai dans la foulée pour vous donner sa décision.\n\n"
            "Bien à vous,\nÉlodie Fabre\n"
        ),
    )
    yield m(
        f,
        "documentos_antes",
        "es",
        ("Pablo Herrera", "pablo.herrera@costa-azul-hoteles.example.es"),
        "Documentación para continuar el proceso",
        sent_on(2, 11, 12, MAD),
        "A Spanish recruiter asks for documents by Monday 22 February at 10:00 before an interview not yet set.",
        text=(
            "Hola Alex:\n\n"
            "Para continuar con el proceso necesitamos tu título y dos referencias antes del "
            "lunes 22 de febrero a las 10:00. Después te propondremos fecha para la "
            "entrevista final.\n\nSaludos,\nPablo Herrera\n"
        ),
    )
    yield m(
        f,
        "offerta_scadenza",
        "it",
        ("Giulia Ferri", "giulia.ferri@tessiture-adda.example.it"),
        "Proposta di assunzione",
        sent_on(2, 12, 11, ROM),
        "An Italian employer's job offer with a reply deadline of Friday 19 February at 17:00: an offer, not an interview.",
        text=(
            "Gentile Alex,\n\n"
            "a seguito dei colloqui siamo lieti di proporle l'assunzione come responsabile di "
            "produzione. La preghiamo di comunicarci la sua risposta entro venerdì 19 febbraio "
            "alle 17:00.\n\nCordiali saluti,\nGiulia Ferri\n"
        ),
    )
    yield m(
        f,
        "teruggebeld",
        "nl",
        ("Lotte Visser", "lotte.visser@polderzorg.example.nl"),
        "Terugkoppeling na je gesprek",
        sent_on(2, 15, 16, AMS),
        "A Dutch recruiter says the manager is away until Thursday 18 February and will call the reader after 14:00 that day with the outcome: no meeting.",
        text=(
            "Hoi Alex,\n\n"
            "De manager is tot donderdag 18 februari weg. Die dag na 14:00 bel ik je met de "
            "uitslag van je gesprek.\n\nGroet,\nLotte\n"
        ),
    )
    yield m(
        f,
        "termin_wkrotce",
        "pl",
        ("Anna Kowalczyk", "anna.kowalczyk@baltyk-energia.example.pl"),
        "Etap rozmów - informacja",
        sent_on(2, 16, 10, WAW),
        "A Polish recruiter says interviews take place on 24-25 February from 9:00; the reader's own slot will be sent by Friday: nothing booked.",
        text=(
            "Dzień dobry,\n\n"
            "rozmowy kwalifikacyjne odbędą się 24 i 25 lutego od godz. 9:00. Konkretny "
            "termin dla Pana prześlemy do piątku.\n\nPozdrawiam\nAnna Kowalczyk\n"
        ),
    )
    yield m(
        f,
        "besked_fredag",
        "sv",
        ("Rekrytering", "rekrytering@norrsken-data.example.se"),
        "Tack för intervjun",
        sent_on(2, 17, 15, STO),
        "A Swedish employer thanks the reader and will give an answer on Friday 19 February before 12.00: a decision time.",
        text=(
            "Hej Alex!\n\n"
            "Tack för en trevlig intervju i dag. Vi ger dig besked senast fredag 19 februari "
            "kl. 12.00.\n\nVänliga hälsningar\nRekrytering, Norrsken Data\n"
        ),
    )
    # controls: the slot once set
    s = when(2, 17, "Wed", 14, 15, LON)
    yield m(
        f,
        "exact_time",
        "en",
        ("Hannah Cole", "hannah.cole@brookfield-energy.example.co.uk"),
        "Grid Analyst - your interview time",
        sent_on(2, 12, 11, LON),
        "Control: the recruiter confirms the reader's exact slot: Wednesday 17 February at 14:15.",
        text=(
            "Hi Alex,\n\n"
            "As promised: your interview is on Wednesday 17 February at 14:15, at our "
            "Aberdeen office. It will last 45 minutes.\n\nBest,\nHannah\n"
        ),
        start=s,
        end=s + 45 * MIN,
        tzfree=True,
    )
    s = when(2, 25, "Thu", 10, 30, WAW)
    yield m(
        f,
        "termin_podany",
        "pl",
        ("Anna Kowalczyk", "anna.kowalczyk@baltyk-energia.example.pl"),
        "Termin rozmowy kwalifikacyjnej",
        sent_on(2, 19, 10, WAW),
        "Control: the Polish recruiter sends the reader's slot: Thursday 25 February at 10:30.",
        text=(
            "Dzień dobry,\n\n"
            "zapraszamy Pana na rozmowę kwalifikacyjną w czwartek 25 lutego o 10:30 w naszym "
            "biurze w Gdyni.\n\nPozdrawiam\nAnna Kowalczyk\n"
        ),
        start=s,
        tzfree=True,
    )


def blockdev40() -> Iterator[Case]:
    f = "blockdev40"
    yield m(
        f,
        "tenere_libero",
        "it",
        ("Giulia Ferri", "giulia.ferri@tessiture-adda.example.it"),
        "Colloqui candidati - tienti libero giovedì",
        sent_on(3, 1, 10, ROM),
        "An Italian HR officer asks the manager (the reader) to keep Thursday 4 March from 14:00 to 17:00 free to interview three candidates.",
        text=(
            "Ciao Alex,\n\n"
            "puoi tenerti libero giovedì 4 marzo dalle 14:00 alle 17:00? Facciamo i colloqui "
            "con i tre candidati per la posizione di tecnico di laboratorio e mi serve che ci "
            "sia anche tu.\n\nGiulia\n"
        ),
    )
    yield m(
        f,
        "zarezerwuj",
        "pl",
        ("Karolina Zając", "karolina.zajac@wisla-it.example.pl"),
        "Prośba o zarezerwowanie czasu na rozmowy",
        sent_on(3, 1, 11, WAW),
        "A Polish recruiter asks the team lead (the reader) to reserve Friday 5 March 9:00-12:00 for interviews with candidates for the tester post.",
        text=(
            "Cześć Alex,\n\n"
            "czy możesz zarezerwować piątek 5 marca w godz. 9:00-12:00? Przeprowadzimy "
            "rozmowy z kandydatami na stanowisko testera i potrzebuję Cię w komisji.\n\n"
            "Karolina\n"
        ),
    )
    yield m(
        f,
        "hold_calendar_us",
        "en-US",
        ("Dana Whitaker", "dana.whitaker@pinecrest-health.example"),
        "Calendar hold: final-round interviews",
        sent_on(3, 2, 9, NYC),
        "A US recruiter puts a hold on the hiring manager's (the reader's) calendar on Tuesday March 9, 10:00 AM-1:00 PM ET for final-round interviews with two candidates.",
        text=(
            "Hi Alex,\n\n"
            "I've put a hold on your calendar for Tuesday, March 9, 10:00 AM - 1:00 PM ET for "
            "the final-round interviews with our two candidates for the Nurse Manager "
            "position. Their resumes are in the shared folder.\n\nDana\n"
        ),
    )
    yield m(
        f,
        "termin_blocken_at",
        "de-AT",
        ("Stefanie Huber", "stefanie.huber@donau-energie.example.at"),
        "Bitte Termin blocken: Hearings Projektleitung",
        sent_on(3, 3, 10, "Europe/Vienna"),
        "An Austrian HR officer asks the department head (the reader) to block Wednesday 10 March from 13:00 to 16:30 for the hearings with four candidates.",
        text=(
            "Lieber Alex,\n\n"
            "bitte blocke dir Mittwoch, 10. März, von 13:00 bis 16:30 Uhr für die Hearings "
            "mit den vier Kandidatinnen und Kandidaten für die Projektleitung.\n\n"
            "Liebe Grüße\nStefanie\n"
        ),
    )
    yield m(
        f,
        "varaa_aika",
        "fi",
        ("Laura Korhonen", "laura.korhonen@rekry-pohjola.example.fi"),
        "Haastattelut torstaina - varaathan ajan",
        sent_on(3, 4, 9, "Europe/Helsinki"),
        "A Finnish recruiter asks the manager (the reader) to reserve Thursday 11 March from 9 to 12 for interviews with three applicants.",
        text=(
            "Hei Alex,\n\n"
            "varaathan kalenteristasi torstain 11.3. klo 9-12? Haastattelemme silloin kolme "
            "hakijaa myyntipäällikön tehtävään.\n\nTerveisin\nLaura\n"
        ),
    )
    yield m(
        f,
        "blokere_tid",
        "da",
        ("Søren Madsen", "soren.madsen@nordvest-rekruttering.example.dk"),
        "Samtaler med kandidater fredag",
        sent_on(3, 5, 10, "Europe/Copenhagen"),
        "A Danish recruiter asks the client manager (the reader) to block Friday 12 March 9.00-12.00 for interviews with the three candidates.",
        text=(
            "Hej Alex\n\n"
            "Vil du blokere fredag den 12. marts kl. 9.00-12.00 i din kalender? Der holder vi "
            "samtaler med de tre kandidater til stillingen som controller.\n\n"
            "Venlig hilsen\nSøren\n"
        ),
    )
    # controls: the same senders invite the reader as candidate
    s = when(3, 16, "Tue", 10, 0, ROM)
    yield m(
        f,
        "proprio_colloquio",
        "it",
        ("Giulia Ferri", "giulia.ferri@tessiture-adda.example.it"),
        "Invito a colloquio",
        sent_on(3, 8, 11, ROM),
        "Control: the Italian HR officer invites the reader to an interview on Tuesday 16 March at 10:00.",
        text=(
            "Gentile Alex,\n\n"
            "la invitiamo a un colloquio per la posizione di responsabile di laboratorio "
            "martedì 16 marzo alle 10:00 presso la nostra sede di Lecco.\n\n"
            "Cordiali saluti,\nGiulia Ferri\n"
        ),
        start=s,
        tzfree=True,
    )
    s = when(3, 17, "Wed", 14, 0, "Europe/Copenhagen")
    yield m(
        f,
        "egen_samtale",
        "da",
        ("Søren Madsen", "soren.madsen@nordvest-rekruttering.example.dk"),
        "Samtale hos Nordhavn A/S",
        sent_on(3, 9, 10, "Europe/Copenhagen"),
        "Control: the Danish recruiter invites the reader to an interview on Wednesday 17 March at 14.00.",
        text=(
            "Hej Alex\n\n"
            "Nordhavn A/S vil gerne invitere dig til samtale onsdag den 17. marts kl. 14.00 "
            "på deres kontor i Aarhus.\n\nVenlig hilsen\nSøren\n"
        ),
        start=s,
        tzfree=True,
    )


def paneldev40() -> Iterator[Case]:
    f = "paneldev40"
    yield m(
        f,
        "bedomning_senast",
        "sv",
        ("Elin Lindqvist", "elin.lindqvist@fjallsta.example.se"),
        "Din bedömning av Oskar Nyberg",
        sent_on(3, 2, 14, STO),
        "A Swedish HR partner asks the reader, who interviewed Oskar Nyberg, for the assessment by Thursday 4 March at 12.00.",
        text=(
            "Hej Alex!\n\n"
            "Tack för att du var med på intervjun med Oskar Nyberg i går. Skicka din "
            "bedömning till mig senast torsdag 4 mars kl. 12.00, så att vi kan ta beslut.\n\n"
            "Elin\n"
        ),
    )
    yield m(
        f,
        "feedback_entro",
        "it",
        ("Giulia Ferri", "giulia.ferri@tessiture-adda.example.it"),
        "Feedback sul candidato Davide Russo",
        sent_on(3, 3, 10, ROM),
        "An Italian HR officer asks the reader, on the panel, for feedback on the candidate Davide Russo by Friday 5 March at 18:00.",
        text=(
            "Ciao Alex,\n\n"
            "grazie per aver partecipato al colloquio con il candidato Davide Russo. Mi mandi "
            "il tuo feedback entro venerdì 5 marzo alle 18:00?\n\nGiulia\n"
        ),
    )
    yield m(
        f,
        "ocena_do",
        "pl",
        ("Karolina Zając", "karolina.zajac@wisla-it.example.pl"),
        "Ocena kandydatki - Marta Wójcik",
        sent_on(3, 4, 9, WAW),
        "A Polish recruiter asks the reader, who interviewed the candidate Marta Wójcik, to send the evaluation by Monday 8 March at 10:00.",
        text=(
            "Cześć Alex,\n\n"
            "dzięki za udział w rozmowie z kandydatką Martą Wójcik. Prześlij proszę swoją "
            "ocenę do poniedziałku 8 marca, godz. 10:00.\n\nKarolina\n"
        ),
    )
    yield m(
        f,
        "vurdering_frist",
        "da",
        ("Søren Madsen", "soren.madsen@nordvest-rekruttering.example.dk"),
        "Din vurdering af Mette Larsen",
        sent_on(3, 5, 11, "Europe/Copenhagen"),
        "A Danish agency asks the client manager (the reader) for his assessment of the candidate Mette Larsen by Tuesday 9 March at 12.00.",
        text=(
            "Hej Alex\n\n"
            "Tak for samtalen med Mette Larsen i går. Vil du sende mig din vurdering af "
            "kandidaten senest tirsdag den 9. marts kl. 12.00?\n\nVenlig hilsen\nSøren\n"
        ),
    )
    yield m(
        f,
        "debrief_us",
        "en-US",
        ("Maya Chen", "maya.chen@northwind-labs.example"),
        "Debrief: Jordan Ellis (Platform Engineer)",
        sent_on(3, 8, 9, CHI),
        "A US coordinator invites the interviewers (the reader among them) to the debrief on the candidate Jordan Ellis on Wednesday March 10 at 4:00 PM CT.",
        text=(
            "Hi all,\n\n"
            "Thanks for interviewing Jordan Ellis yesterday. Our debrief is Wednesday, March "
            "10 at 4:00 PM CT in the Lakeview room - please have your scorecards in before "
            "then.\n\nMaya\n"
        ),
    )
    yield m(
        f,
        "rueckmeldung_bis",
        "de",
        ("Miriam Schubert", "miriam.schubert@brandt-logistik.example"),
        "Rückmeldung zum Gespräch mit Herrn Yilmaz",
        sent_on(3, 9, 10, BER),
        "A German recruiter asks the reader, who sat in on the interview with Herr Yilmaz, for feedback by Thursday 11 March, 16:00.",
        text=(
            "Hallo Alex,\n\n"
            "danke, dass du beim Gespräch mit Herrn Yilmaz dabei warst. Schick mir bitte bis "
            "Donnerstag, 11. März, 16:00 Uhr deine Rückmeldung, damit wir ihm Anfang nächster "
            "Woche antworten können.\n\nMiriam\n"
        ),
    )
    # controls: the same senders invite the reader as candidate
    s = when(3, 18, "Thu", 9, 30, STO)
    yield m(
        f,
        "egen_intervju",
        "sv",
        ("Elin Lindqvist", "elin.lindqvist@fjallsta.example.se"),
        "Inbjudan till intervju",
        sent_on(3, 10, 15, STO),
        "Control: the Swedish HR partner invites the reader to an interview on Thursday 18 March at 9.30.",
        text=(
            "Hej Alex!\n\n"
            "Tack för din ansökan till tjänsten som controller. Vi vill gärna träffa dig för "
            "en intervju torsdag 18 mars kl. 9.30 på vårt kontor i Sundsvall.\n\nElin\n"
        ),
        start=s,
        tzfree=True,
    )
    s = when(3, 16, "Tue", 11, 0, BER)
    yield m(
        f,
        "eigenes_gespraech",
        "de",
        ("Miriam Schubert", "miriam.schubert@brandt-logistik.example"),
        "Einladung zum Vorstellungsgespräch",
        sent_on(3, 9, 15, BER),
        "Control: the German recruiter invites the reader to an interview on Tuesday 16 March at 11:00.",
        text=(
            "Hallo Alex,\n\n"
            "wir laden dich herzlich zum Vorstellungsgespräch am Dienstag, 16. März, um "
            "11:00 Uhr in unser Büro in Bremen ein.\n\nViele Grüße\nMiriam\n"
        ),
        start=s,
        tzfree=True,
    )


BUILDERS = (
    paneldev40,
    blockdev40,
    listjobs40,
    worktalk40,
    blocktime40,
    fwdevent40,
    notyet40,
    onboard40,
    hcsync40,
    mlminutes40,
    mlreply40,
    panelfb40,
    pickslot40,
    assessdue40,
    fairweb40,
    calrc40,
    allhands40,
)

POLICY = (
    "Every label was written from the datetimes the text is rendered from (weekday names "
    "checked), before the parser was run on any message. The held-out families were drawn by "
    "`random.Random('negs40 coin').sample(sorted(FAMILIES), 4)` right after the families were "
    "listed, before anything was measured. A second round of five families was written "
    "after the first was measured and one of them (blocktime40) drawn by "
    "`random.Random('negs40 coin 2').sample(sorted(SECOND), 1)` before it was measured; "
    "blockdev40 and paneldev40 (third and fourth rounds) are all dev, written because the "
    "coins put blocktime40 and panelfb40 in held-out. Held-out files are not listed here."
)


FIGURES = (
    "Measured with /work/notes/quick.py (false = non-invitations claimed with confidence >= "
    "0.5). First sight (main 2ae63ba9, before any change): dev 4 of 32 look-alikes claimed "
    "(three hiring committees' syncs, a Brazilian welcome meeting), all 18 controls with the "
    "right start (15 sure); held out 1 of 25 claimed. Second round at first sight: 5 of 26 dev "
    "look-alikes claimed (a stay interview, a return-to-work talk, an interview workshop, two "
    "'your time follows' mails), two forwarded controls not sure; blocktime40 (held out) 3 of "
    "7. Third and fourth rounds at first sight: blockdev40 2 of 6, paneldev40 1 of 6. After "
    "all rules: dev 1 of 70 look-alikes claimed (notyet40's Dutch call-back with the outcome, "
    "left alone), 30 of 30 controls right (28 sure; the two list announcements wait in review "
    "by design); held out 3 of 32 claimed (panelfb40 1, blocktime40 2), 10 of 10 controls "
    "right (6 sure)."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    lines = [
        "# Provenance of the negs40 batch (`build_negs40.py`)",
        "",
        "Mail a job seeker receives or is forwarded that names a future date and time and a "
        "job or hiring word but sets no interview for the reader: onboarding weeks, hiring "
        "committees' syncs, mailing-list minutes, replies and calls for agenda items, panel "
        "feedback deadlines, pick-a-time and decision-date mail, assessment deadlines, job "
        "fairs and webinars, calendar replies and counter-proposals, all-hands; and controls "
        "in the same voices that are the reader's own invitation (or, for mailing lists, the "
        "list's own meeting announcement, which the shared corpus labels an invitation). "
        "All text is our own words; list headers and footers are the shapes Mailman 2/3, "
        "ezmlm and SmartList write, recalled (no archive text copied). People, projects, "
        "companies and addresses are made up; dates in 2027.",
        "",
        POLICY,
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
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs40.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs40.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(_HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
