# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "whose39" batch: mail in which a real interview time appears that is not the
reader's own interview, and controls in the same voices that are.

Run: .venv/bin/python tests/parsing/corpus/build_whose39.py

- catsremind39: OpenCATS calendar event reminders (config.php eventReminderEmail, subject
  'CATS Event Reminder: <title>'), which greet the recruiter who entered the event and go to
  whatever address was typed as the reminder address: a panel member's, a colleague's;
  control: an agency recruiter forwards the reminder of the reader's own client interview.
- panelask39: colleagues ask the reader to sit on a panel or interview a candidate (it, nl,
  pl, sv, tr, pt-BR, de, en, one as pasted calendar text); controls: the reader's own
  interview naming the panel (it, tr, sv).
- ccthread39: a hiring manager's and a coordinator's scheduling thread the reader is copied
  on (quoted history); controls: the same thread telling the reader, in copy, their own slot.
- agencyclient39: an agency recruiter tells a client (the reader, a hiring manager) that a
  candidate is coming or available; controls: the agency inviting the reader, and confirming
  the reader to a client with the reader in copy.
- kinown39: a partner, parent, sibling, friend or flatmate writes about their own interview
  with an errand for the reader ("can you pick up the kids"); controls: a partner forwards
  the reader's invitation that reached her mailbox, a flatmate passes on a recruiter's call.
- coordlist39: school and university placement coordinators list several students' interview
  slots for mentors, teachers or parents; controls: the list sent to the reader with the
  reader's own slot among the others.
- oooref39: colleagues' out-of-office replies because they interview all day, mentors' group
  mock interviews, reference calls about someone else with the reader as the referee;
  controls: the reader's own interview told by a mentor, a second round that mentions
  references.

Second round, written after the first was measured (one family held out by a second coin):
kinerrand39 (relatives' and friends' own interviews with an errand, and controls), agencyhm39
(agency notes to a client), ccloop39 (copied hiring threads). Third round, all dev:
agencydev39 (agency notes to a client in eight more languages).

Dates January-March 2027. Every label was written from the datetimes the text is rendered
from (weekday names checked) before the parser was run on any message; the held-out families
were drawn by `random.Random("whose39 coin").sample(sorted(FAMILIES), 3)` right after the
families were listed, before anything was measured. Forward blocks are build_negs17.py's
recalled client layouts; all prose is ours; people, companies and addresses are made up.
Deterministic; the script rewrites only its own families' files.
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
BATCH = "whose39"
Person = tuple[str, str]
ME: Person = n17.ME  # Alex Morgan, the reader

FAMILIES = [
    "etamrin39",
    "catsremind39",
    "panelask39",
    "ccthread39",
    "agencyclient39",
    "kinown39",
    "coordlist39",
    "oooref39",
]
_HELD = set(random.Random("whose39 coin").sample(sorted(FAMILIES), 3))
# etamrin39 was drawn with the first round, then withdrawn: Etamrin's repository has no
# licence and its README forbids publishing its contents, so its templates may not be
# rendered here (the draw is kept as it was made, so the other families keep their splits)
FAMILIES.remove("etamrin39")
# a second round of three families, written after the first round was measured (its held-out
# false claims came from relatives' notes, agency notes to a client and copied threads): one
# held out by a second coin, drawn before any of them was measured
SECOND = ["kinerrand39", "agencyhm39", "ccloop39"]
_HELD |= set(random.Random("whose39 coin 2").sample(sorted(SECOND), 1))
FAMILIES += SECOND
# a third family, written after the second round was measured because the coin put both
# families of agency notes to a client in held-out: all of it in dev
FAMILIES += ["agencydev39"]
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

CATS_COMMIT = "0c1487b931755c7a282057ff690eada4a46ff664"
CATS_SRC = (
    f"opencats/OpenCATS@{CATS_COMMIT}:config.php ($GLOBALS['eventReminderEmail']), "
    "modules/calendar/tasks/Reminders.php (subject 'CATS Event Reminder: ' . title, "
    "%FULLNAME% = who entered the event, _getReminderTimeString); event titles and "
    "descriptions typed by recruiters, ours"
)
CATS_LIC = "MPL-2.0 / CATS Public License 1.1a (OpenCATS); titles, notes and people ours"
HAND = "hand-written; " + OWN

SOURCES = {
    "catsremind39": "OpenCATS calendar event reminders greeting the recruiter who entered the "
    "event, sent to a panel member's or a colleague's address (look-alikes); control: an agency "
    "recruiter forwards the reminder of the reader's own client interview. Source: "
    + CATS_SRC
    + ".",
    "panelask39": "hand-written; colleagues ask the reader to sit on an interview panel or to "
    "step in as interviewer for a named candidate (it, nl, pl, sv, tr, pt-BR, de, en; one as "
    "pasted calendar text); controls: the reader's own interview naming the panel (it, tr, sv)",
    "ccthread39": "hand-written; a hiring manager's and a coordinator's scheduling thread about "
    "a candidate with the reader in copy, quoted history below (en-US, de, fr, es, nl, it); "
    "controls: the same thread telling the reader in copy their own slot (en-US, de)",
    "agencyclient39": "hand-written; an agency recruiter tells a client hiring manager (the "
    "reader) when a candidate comes in or is available (en-GB, de, fr, nl, es, pl); controls: "
    "the agency inviting the reader, and confirming the reader to a client with the reader in "
    "copy (en-GB, de, fr)",
    "kinown39": "hand-written; a partner, parent, sibling, friend or flatmate writes about their "
    "own interview with an errand for the reader (en, de, fr, es, it, pt-PT, ja, tr); controls: "
    "a partner forwards the reader's invitation, a flatmate passes on a recruiter's call (en, "
    "de, nl)",
    "coordlist39": "hand-written; school and university placement coordinators list several "
    "students' interview slots for mentors, teachers or parents (en, de, fr, es, nl, sv, pl); "
    "controls: the list sent to the reader with the reader's own slot (en, de, fr)",
    "kinerrand39": "hand-written; second round: a partner, parent, sibling, friend or "
    "flatmate writes about their own interview and asks the reader for an errand (nl, pl, sv, "
    "id, pt-BR, de-CH, en-US, ko); controls: a partner forwards the reader's invitation (sv, "
    "pl), a parent passes on a voicemail for the reader (en-US)",
    "agencyhm39": "hand-written; second round: an agency consultant tells a client hiring "
    "manager (the reader) when a candidate comes in (it, pt-BR, sv, ja, de-AT, en-US, nl-BE); "
    "controls: the agency inviting the reader (it, ja)",
    "agencydev39": "hand-written; third round, all dev: agency consultants tell a client "
    "hiring manager (the reader) that their candidate comes in or has time (en-AU, fr-CA, es-AR, "
    "pt-PT, da, fi, cs, de); controls: the agency inviting the reader (en-AU, da)",
    "ccloop39": "hand-written; second round: hiring-team threads about a candidate with the "
    "reader in copy, quoted history below (pt-BR, pl, sv, ja, tr, en-GB, es-MX); controls: the "
    "reader in copy is the candidate (pl, en-GB)",
    "oooref39": "hand-written; out-of-office replies of colleagues who interview all day, "
    "mentors' group mock interviews, reference calls about someone else with the reader as "
    "referee (en, de, fr, es, it, ja, sv); controls: a mentor telling the reader their real "
    "interview, a second round that mentions references (en, sv)",
}

JKT, CHI, LON, BER, PAR, MAD, ROM = (
    "Asia/Jakarta", "America/Chicago", "Europe/London", "Europe/Berlin", "Europe/Paris",
    "Europe/Madrid", "Europe/Rome",
)  # fmt: skip
AMS, WAW, STO, IST, SAO, LIS, TYO, NYC = (
    "Europe/Amsterdam", "Europe/Warsaw", "Europe/Stockholm", "Europe/Istanbul",
    "America/Sao_Paulo", "Europe/Lisbon", "Asia/Tokyo", "America/New_York",
)  # fmt: skip
MIN = timedelta(minutes=1)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 14) -> datetime:
    return at(2027, mo, d, h, mi, zone)


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
    organizer: bool = True,
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
    label = _label(
        sender if organizer else None, start, end, sent, kind=kind, zone=zone, original=None
    )
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
    zone: str | None = None,
    organizer: bool = True,
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
    label = _label(
        org if organizer else None, start, end, sent, kind="invitation", zone=zone, original=org
    )
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


# --- catsremind39 ---------------------------------------------------------------------------

CATS_BODY = """{fullname},

This is a reminder from the OpenCATS Applicant Tracking System about an
upcoming event.

'{title}'
Is scheduled to occur {due}.

Description:
{notes}

--
OPENCATS Applicant Tracking System
"""


def catsremind39() -> Iterator[Case]:
    f = "catsremind39"
    cats: Person = ("OpenCATS", "ats@brightline-staffing.example")
    hq: Person = ("OpenCATS", "opencats@lakeshore-analytics.example")
    src, lic = CATS_SRC, CATS_LIC

    def reminder(fullname: str, title: str, due: str, notes: str) -> str:
        return CATS_BODY.format(fullname=fullname, title=title, due=due, notes=notes)

    s = when(1, 14, "Thu", 14, 0, CHI)
    yield direct(
        f,
        "panel_next_day",
        "en",
        hq,
        "CATS Event Reminder: Interview: Priya Nair (Data Analyst)",
        s - timedelta(days=1),
        "OpenCATS reminder greeting the recruiter 'Sandra Whitfield,' sent to the reader's address as a panel member: second interview with Priya Nair, 'Panel: Alex Morgan, Tom Reyes. Thursday January 14, 2:00 PM'.",
        text=reminder(
            "Sandra Whitfield",
            "Interview: Priya Nair (Data Analyst)",
            "in 1 day",
            "Second interview with Priya Nair. Panel: Alex Morgan, Tom Reyes.\n"
            "Thursday January 14, 2:00 PM, room 4B. Her CV and first-round notes are on\n"
            "the candidate record.",
        ),
        template=src,
        license=lic,
    )
    s = when(1, 19, "Tue", 11, 30, CHI)
    yield direct(
        f,
        "phone_screen_hour",
        "en",
        hq,
        "CATS Event Reminder: Phone screen - Mateo Ruiz",
        s - timedelta(hours=1),
        "OpenCATS reminder 'in 1 hour' greeting the recruiter Marcus Lee: phone screen with the applicant Mateo Ruiz at 11:30 AM, the reader to join for the last ten minutes.",
        text=reminder(
            "Marcus Lee",
            "Phone screen - Mateo Ruiz",
            "in 1 hour",
            "Mateo Ruiz, Warehouse Lead applicant. Call his cell at 11:30 AM (555-0143).\n"
            "Alex to join for the last 10 minutes to talk about the night shift.",
        ),
        template=src,
        license=lic,
    )
    s = when(1, 26, "Tue", 15, 0, CHI)
    yield direct(
        f,
        "reference_call",
        "en",
        hq,
        "CATS Event Reminder: Reference call re: Dana Okafor",
        s - timedelta(hours=2),
        "OpenCATS reminder 'in 2 hours' of a reference call about the applicant Dana Okafor with her former manager at 3:00 PM; the reader listens in, nobody interviews the reader.",
        text=reminder(
            "Sandra Whitfield",
            "Reference call re: Dana Okafor",
            "in 2 hours",
            "Call her former manager Greg Holt at 3:00 PM today (Tuesday). Alex wants to\n"
            "listen in - dial-in is on the invite. Questions are in the pipeline notes.",
        ),
        template=src,
        license=lic,
    )
    s = when(1, 15, "Fri", 10, 0, CHI)
    sandra = ("Sandra Whitfield", "sandra.whitfield@lakeshore-analytics.example")
    yield fwd(
        f,
        "fwd_cover_for_me",
        "en",
        "outlook",
        "en",
        sandra,
        sandra,
        hq,
        "CATS Event Reminder: Onsite interview: Kevin Tran (QA Engineer)",
        s - timedelta(days=1),
        "Alex - I'm out on Friday after all. Could you take this one for me? Kevin's CV is in\n"
        "CATS, and Priyanka knows the plan.\n\nThanks!\nSandra",
        reminder(
            sandra[0],
            "Onsite interview: Kevin Tran (QA Engineer)",
            "in 1 day",
            "Onsite Friday Jan 15, 10:00-11:30 AM. Kevin meets Sandra first, then\n"
            "Priyanka (test plan exercise), then lunch with the team.",
        ),
        "A recruiter forwards (Outlook) her OpenCATS reminder of Kevin Tran's onsite on Friday 15 January 10:00-11:30 and asks the reader to take it for her; the reader would interview.",
        template=src,
        license=lic,
    )
    s = when(1, 18, "Mon", 9, 0, CHI)
    yield direct(
        f,
        "day_of_interviews",
        "en",
        hq,
        "CATS Event Reminder: Interviews - Customer Success (3 candidates)",
        s - timedelta(days=1),
        "OpenCATS reminder 'in 1 day' of a morning of three candidates' interviews (9:00 Leah Gordon, 10:00 Sam Patel, 11:00 Ines Duarte), Alex and Jordan interviewing.",
        text=reminder(
            "Jordan Ellis",
            "Interviews - Customer Success (3 candidates)",
            "in 1 day",
            "Monday Jan 18, conference room Maple:\n"
            "  9:00 AM  Leah Gordon\n 10:00 AM  Sam Patel\n 11:00 AM  Ines Duarte\n"
            "Alex and Jordan interviewing, 45 minutes each. Scorecards in CATS by 5 PM.",
        ),
        template=src,
        license=lic,
    )
    # control: an agency recruiter forwards the reminder of the reader's own client interview
    s = when(1, 20, "Wed", 13, 30, CHI)
    agent = ("Sandra Whitfield", "sandra.whitfield@brightline-staffing.example")
    yield fwd(
        f,
        "agency_fwd_own_interview",
        "en",
        "gmail",
        "en",
        agent,
        agent,
        cats,
        "CATS Event Reminder: Client interview: Alex Morgan @ Lakeshore Analytics",
        s - timedelta(days=1),
        "Hi Alex,\n\nQuick reminder from my system - you're all set for tomorrow with Lakeshore.\n"
        "Details below. Good luck, and call me afterwards!\n\nSandra\nBrightline Staffing",
        reminder(
            agent[0],
            "Client interview: Alex Morgan @ Lakeshore Analytics",
            "in 1 day",
            "Alex Morgan - interview at Lakeshore Analytics, Wednesday January 20,\n"
            "1:30 PM - 2:30 PM, 200 W Madison St, 9th floor. Ask for Jo Kim at reception.",
        ),
        "Control: an agency recruiter forwards (Gmail) her OpenCATS reminder of the reader's own client interview: 'Alex Morgan - interview at Lakeshore Analytics, Wednesday January 20, 1:30 PM - 2:30 PM'.",
        start=s,
        end=s + 60 * MIN,
        organizer=False,
        template=src,
        license=lic,
    )


# --- panelask39 -----------------------------------------------------------------------------


def panelask39() -> Iterator[Case]:
    f = "panelask39"
    s = when(1, 21, "Thu", 15, 0, ROM)
    yield direct(
        f,
        "commissione_colloquio",
        "it",
        ("Chiara Benedetti", "chiara.benedetti@ferraro-digital.example.it"),
        "Commissione colloquio Product Owner - giovedì",
        sent_on(1, 15, 11, ROM),
        "Italian HR colleague asks the reader to sit on the commissione for the candidate Marco Ferri's interview on Thursday 21 January at 15:00; the reader interviews.",
        text=(
            "Ciao Alex,\n\n"
            "ti andrebbe di far parte della commissione per il colloquio di Marco Ferri, "
            "candidato per il ruolo di Product Owner? È fissato per giovedì 21 gennaio alle "
            "15:00 in sala Dolomiti e dura circa un'ora.\n\n"
            "Ti giro il CV a parte; a te toccherebbero le domande sulla gestione del backlog.\n"
            "Fammi sapere entro lunedì, così lo comunico al candidato.\n\n"
            "Grazie!\nChiara\n\n--\nChiara Benedetti\nPeople & Culture\nFerraro Digital S.r.l.\n"
        ),
    )
    s = when(1, 19, "Tue", 10, 30, AMS)
    yield direct(
        f,
        "aanschuiven_tweede_gesprek",
        "nl",
        ("Pieter de Graaf", "pieter.degraaf@veldkamp-finance.example.nl"),
        "Tweede gesprek Sanne Visser - schuif je aan?",
        sent_on(1, 14, 16, AMS),
        "Dutch manager asks the reader to join the second interview with the applicant Sanne Visser on Tuesday 19 January at 10.30; the reader asks the questions.",
        text=(
            "Hoi Alex,\n\n"
            "Zou jij dinsdag 19 januari om 10.30 uur willen aanschuiven bij het tweede gesprek "
            "met Sanne Visser (sollicitant Financial Controller)? Ik doe de introductie, jij de "
            "vakinhoudelijke vragen over consolidatie. We zijn rond 11.30 klaar.\n\n"
            "Haar cv en het verslag van het eerste gesprek staan in de gedeelde map.\n\n"
            "Groet,\nPieter\n"
        ),
    )
    s = when(1, 20, "Wed", 13, 0, WAW)
    yield direct(
        f,
        "rozmowa_z_kandydatka",
        "pl",
        ("Marta Zielińska", "marta.zielinska@wislasoft.example.pl"),
        "Prośba: rozmowa rekrutacyjna w środę",
        sent_on(1, 15, 9, WAW),
        "Polish HR asks the reader to run an interview with the candidate Katarzyna Wójcik on Wednesday 20 January at 13:00 (45 minutes); the reader interviews.",
        text=(
            "Cześć Alex,\n\n"
            "czy możesz w środę 20 stycznia o 13:00 poprowadzić ze mną rozmowę rekrutacyjną z "
            "panią Katarzyną Wójcik (kandydatka na stanowisko analityka danych)? Spotkanie w sali "
            "Wisła, ok. 45 minut. Ty zadajesz pytania techniczne, ja resztę.\n\n"
            "CV wysłałam Ci na Teamsie.\n\nDzięki!\nMarta\n"
        ),
    )
    s = when(1, 27, "Wed", 9, 0, STO)
    yield direct(
        f,
        "intervjupanel",
        "sv",
        ("Emma Nilsson", "emma.nilsson@norrsken-energi.example.se"),
        "Intervjupanel backendutvecklare",
        sent_on(1, 20, 14, STO),
        "Swedish colleague needs one more person in the interview panel for Johan Lindberg on Wednesday 27 January 09.00-10.00; the reader sits on it.",
        text=(
            "Hej Alex!\n\n"
            "Vi behöver en till i intervjupanelen för Johan Lindberg, som söker tjänsten som "
            "backendutvecklare. Intervjun är onsdag 27 januari kl. 09.00–10.00 i rummet Ekorren.\n\n"
            "Kan du vara med? Du behöver bara läsa hans CV och ta frågorna om databaser.\n\n"
            "/Emma\n"
        ),
    )
    s = when(1, 26, "Tue", 14, 0, IST)
    yield direct(
        f,
        "mulakat_heyeti",
        "tr",
        ("Selin Kaya", "selin.kaya@bogazici-lojistik.example.com.tr"),
        "Mülakat heyeti - Salı 14:00",
        sent_on(1, 21, 10, IST),
        "Turkish HR asks the reader to join the panel ('heyet') for Ayşe Demir's interview on Tuesday 26 January at 14:00; the reader interviews.",
        text=(
            "Merhaba Alex,\n\n"
            "26 Ocak Salı günü saat 14:00'te Muhasebe Uzmanı adayımız Ayşe Demir ile yapacağımız "
            "mülakatta heyette sen de yer alabilir misin? Toplantı Boğaziçi salonunda, yaklaşık "
            "bir saat sürecek.\n\n"
            "Adayın özgeçmişini ekte gönderiyorum. Değerlendirme formunu mülakattan sonra "
            "doldurman yeterli.\n\n"
            "Teşekkürler,\nSelin\n"
        ),
    )
    s = when(1, 28, "Thu", 16, 0, SAO)
    yield direct(
        f,
        "banca_entrevista",
        "pt-BR",
        ("Juliana Ramos", "juliana.ramos@horizonte-dados.example.com.br"),
        "Banca da entrevista - Analista de Dados",
        sent_on(1, 22, 15, SAO),
        "Brazilian HR asks the reader to join the 'banca' of the candidate Rafael Souza's interview on Thursday 28 January at 16h over Teams; the reader interviews.",
        text=(
            "Oi Alex, tudo bem?\n\n"
            "Você pode participar da banca da entrevista do candidato Rafael Souza (vaga de "
            "Analista de Dados) na quinta-feira, 28 de janeiro, às 16h? Vai ser pelo Teams e dura "
            "1 hora. Se topar, te mando o convite e o currículo dele.\n\n"
            "Abraço,\nJuliana\n"
        ),
    )
    s = when(1, 25, "Mon", 14, 0, LON)
    coord = ("Hannah Price", "hannah.price@cedarworks.example.co.uk")
    yield direct(
        f,
        "calendar_text_panel",
        "en",
        coord,
        "Invitation: Panel interview - Olivia Grant (Senior Designer) @ Mon 25 Jan 2027 14:00 - 15:00",
        sent_on(1, 18, 12, LON),
        "A coordinator's calendar notice pasted as plain text, no calendar part: 'Panel interview - Candidate: Olivia Grant', When: Monday 25 January 2027 14:00-15:00, Interviewers: Alex Morgan (portfolio review), Ben Carter; the reader interviews.",
        text=(
            "Panel interview - Olivia Grant (Senior Designer)\n\n"
            "When: Monday 25 January 2027 14:00 - 15:00 (GMT) London\n"
            "Where: Cedar room, 2nd floor / Teams link below\n"
            "Candidate: Olivia Grant\n"
            "Interviewers: Alex Morgan (portfolio review), Ben Carter (collaboration)\n"
            "Organiser: Hannah Price\n\n"
            "Please read the portfolio before the session and submit your scorecard by the end "
            "of the day.\n\n"
            "Join on Teams: https://teams.example/l/meetup-join/19%3ameeting_NjQ5\n"
        ),
    )
    s = when(1, 22, "Fri", 11, 0, BER)
    yield direct(
        f,
        "einspringen_gespraech",
        "de",
        ("Jens Bauer", "jens.bauer@hanse-medtech.example.de"),
        "Kannst du Freitag für mich einspringen?",
        sent_on(1, 20, 18, BER),
        "A German colleague, off sick, asks the reader to step in for the interview with the applicant Lea Hoffmann on Friday 22 January at 11 Uhr; the reader interviews.",
        text=(
            "Hallo Alex,\n\n"
            "kannst du am Freitag, 22. Januar, um 11 Uhr für mich im Vorstellungsgespräch mit "
            "Frau Lea Hoffmann einspringen? Ich bin kurzfristig krank geschrieben. Sie bewirbt "
            "sich als Qualitätsmanagerin; ihre Unterlagen liegen im Teams-Ordner "
            "'Bewerbungen QM'.\n\n"
            "Petra aus der Personalabteilung ist auch dabei und führt durch das Gespräch.\n\n"
            "Danke dir!\nJens\n"
        ),
    )
    # controls: the reader's own interview, the panel named
    s = when(2, 2, "Tue", 11, 0, ROM)
    yield direct(
        f,
        "own_commissione",
        "it",
        ("Chiara Benedetti", "chiara.benedetti@ferraro-digital.example.it"),
        "Invito a colloquio - Product Owner",
        sent_on(1, 27, 10, ROM),
        "Control: the reader invited to interview on Tuesday 2 February at 11:00; the commissione (Chiara Benedetti, Luca Ferraro) is named.",
        text=(
            "Gentile Alex Morgan,\n\n"
            "la ringraziamo per la candidatura alla posizione di Product Owner. La invitiamo a un "
            "colloquio martedì 2 febbraio alle ore 11:00 presso la nostra sede di Via Nizza 45, "
            "Torino.\n\n"
            "La commissione sarà composta da Chiara Benedetti (People & Culture) e Luca Ferraro "
            "(Head of Product).\n\n"
            "Cordiali saluti,\nChiara Benedetti\nFerraro Digital S.r.l.\n"
        ),
        start=s,
    )
    s = when(2, 3, "Wed", 10, 30, IST)
    yield direct(
        f,
        "own_heyet",
        "tr",
        ("Selin Kaya", "selin.kaya@bogazici-lojistik.example.com.tr"),
        "Mülakat daveti - Operasyon Yöneticisi",
        sent_on(1, 28, 11, IST),
        "Control: the reader's own interview on Wednesday 3 February at 10:30; the panel ('mülakat heyeti': Selin Kaya, Murat Öz) named.",
        text=(
            "Sayın Alex Morgan,\n\n"
            "Operasyon Yöneticisi pozisyonu için yaptığınız başvuru için teşekkür ederiz. Sizi 3 "
            "Şubat Çarşamba günü saat 10:30'da genel merkezimizde mülakata davet ediyoruz.\n\n"
            "Mülakat heyetinde İnsan Kaynakları'ndan Selin Kaya ve Operasyon Direktörü Murat Öz "
            "yer alacak.\n\n"
            "Saygılarımızla,\nSelin Kaya\nBoğaziçi Lojistik A.Ş.\n"
        ),
        start=s,
    )
    s = when(2, 4, "Thu", 13, 0, STO)
    yield direct(
        f,
        "own_intervju",
        "sv",
        ("Emma Nilsson", "emma.nilsson@norrsken-energi.example.se"),
        "Intervju hos Norrsken Energi",
        sent_on(1, 29, 9, STO),
        "Control: the reader's own interview on Thursday 4 February 13.00-14.00; the interviewers named.",
        text=(
            "Hej Alex,\n\n"
            "Tack för din ansökan till tjänsten som projektledare. Vi vill gärna träffa dig på "
            "intervju torsdag 4 februari kl. 13.00–14.00 på vårt kontor på Sveavägen 20.\n\n"
            "Du träffar Emma Nilsson (HR) och Johan Berg (avdelningschef).\n\n"
            "Vänliga hälsningar\nEmma\n"
        ),
        start=s,
        end=s + 60 * MIN,
    )


# --- coordlist39 ----------------------------------------------------------------------------


def coordlist39() -> Iterator[Case]:
    f = "coordlist39"
    s = when(1, 21, "Thu", 9, 0, LON)
    yield direct(
        f,
        "mentors_slots",
        "en",
        ("Rebecca Shaw", "r.shaw@northgate-college.example.ac.uk"),
        "Kestrel Engineering interviews - Thursday",
        sent_on(1, 15, 13, LON),
        "A college placement officer tells the volunteer mentors (the reader among them) their students' interview slots with Kestrel Engineering on Thursday 21 January (09:00, 09:40, 10:20); no slot of the reader's.",
        text=(
            "Dear mentors,\n\n"
            "Here are the interview slots for our students with Kestrel Engineering on Thursday "
            "21 January:\n\n"
            "09:00  Hannah Lee\n09:40  Omar Haddad\n10:20  Grace Kim\n\n"
            "Please keep your phone on that morning in case your student needs a pep talk, and "
            "send me a line afterwards about how they got on.\n\n"
            "Many thanks,\nRebecca Shaw\nWork Placement Officer, Northgate College\n"
        ),
    )
    s = when(1, 19, "Tue", 8, 30, BER)
    yield direct(
        f,
        "praktikum_betreuer",
        "de",
        ("Sabine Krüger", "s.krueger@gesamtschule-nordheim.example.de"),
        "Vorstellungsgespräche Praktikum Stadtwerke",
        sent_on(1, 13, 15, BER),
        "A German school's internship coordinator lists her pupils' interview times at the Stadtwerke on Tuesday 19 January for the mentors; none is the reader's.",
        text=(
            "Liebe Betreuerinnen und Betreuer,\n\n"
            "die Vorstellungsgespräche für die Praktikumsplätze bei den Stadtwerken Nordheim "
            "finden am Dienstag, 19. Januar, statt:\n\n"
            "8:30 Uhr  Lukas Brandt\n9:15 Uhr  Mia Schulte\n10:00 Uhr  Emre Yilmaz\n\n"
            "Bitte erinnern Sie Ihre Schülerinnen und Schüler daran, pünktlich und mit Mappe zu "
            "erscheinen.\n\n"
            "Viele Grüße\nSabine Krüger\nPraktikumskoordination\n"
        ),
    )
    s = when(1, 20, "Wed", 14, 0, PAR)
    yield direct(
        f,
        "stage_parents",
        "fr",
        ("Nathalie Roux", "n.roux@lycee-jules-ferry.example.fr"),
        "Entretiens de stage chez Atelier Lumen - mercredi",
        sent_on(1, 14, 17, PAR),
        "A French lycée's coordinator tells parents the internship interview times of three pupils on Wednesday 20 January; the reader is a parent, not interviewed.",
        text=(
            "Bonjour à tous,\n\n"
            "Voici les horaires des entretiens de stage chez Atelier Lumen mercredi 20 janvier :\n\n"
            "- 14h00 : Chloé Martin\n- 14h30 : Yanis Benali\n- 15h00 : Léa Girard\n\n"
            "Les élèves doivent se présenter à l'accueil dix minutes avant leur horaire. Merci de "
            "bien vouloir le rappeler à vos enfants.\n\n"
            "Bien cordialement,\nNathalie Roux\nCoordinatrice des stages\n"
        ),
    )
    s = when(1, 25, "Mon", 10, 0, MAD)
    yield direct(
        f,
        "practicas_tutores",
        "es",
        ("Elena Castillo", "ecastillo@ies-levante.example.es"),
        "Entrevistas de prácticas - lunes 25",
        sent_on(1, 19, 12, MAD),
        "A Spanish school's placement tutor tells the company tutors the interview times of three students on Monday 25 January; the reader is a tutor.",
        text=(
            "Hola a todos:\n\n"
            "Os paso el horario de las entrevistas de prácticas del lunes 25 de enero en "
            "Levante Digital:\n\n"
            "10:00 Lucía Torres\n10:30 Pablo Núñez\n11:00 Irene Gil\n\n"
            "Si alguno de vuestros alumnos no puede asistir, avisadme cuanto antes.\n\n"
            "Un saludo,\nElena Castillo\nTutora de FCT\n"
        ),
    )
    s = when(1, 26, "Tue", 9, 0, AMS)
    yield direct(
        f,
        "stage_jouw_volgt",
        "nl",
        ("Karin Mulder", "k.mulder@hogeschool-zuid.example.nl"),
        "Planning stagegesprekken Veldhuis",
        sent_on(1, 22, 11, AMS),
        "A Dutch stage coordinator writes to the reader: the others' interview slots on Tuesday 26 January are listed, the reader's own is still to be planned next week.",
        text=(
            "Beste Alex,\n\n"
            "Hieronder de planning van de stagegesprekken bij Veldhuis op dinsdag 26 januari:\n\n"
            "09.00 uur  Daan Smit\n09.45 uur  Fleur Jansen\n10.30 uur  Sem de Boer\n\n"
            "Jouw eigen gesprek plannen we volgende week in, zodra Veldhuis nieuwe tijden heeft "
            "doorgegeven. Ik laat het je weten.\n\n"
            "Groet,\nKarin Mulder\nStagebureau\n"
        ),
    )
    s = when(1, 26, "Tue", 9, 0, STO)
    yield direct(
        f,
        "praktik_handledare",
        "sv",
        ("Anna Holm", "anna.holm@tekniska-gymnasiet.example.se"),
        "Intervjuer för praktikplatser hos Norrsken",
        sent_on(1, 20, 8, STO),
        "A Swedish upper-secondary school's coordinator tells the supervisors the interview times of three pupils on Tuesday 26 January.",
        text=(
            "Hej handledare!\n\n"
            "Intervjuerna för praktikplatserna hos Norrsken Energi blir tisdag 26 januari:\n\n"
            "kl. 09.00  Elsa Berg\nkl. 09.45  Hugo Lind\nkl. 10.30  Alva Strand\n\n"
            "Eleverna åker dit själva. Hör av er om något ändras.\n\n"
            "Hälsningar\nAnna Holm\nAPL-samordnare\n"
        ),
    )
    s = when(1, 28, "Thu", 9, 0, WAW)
    yield direct(
        f,
        "staz_opiekunowie",
        "pl",
        ("Agnieszka Lewandowska", "a.lewandowska@technikum-krakow.example.pl"),
        "Rozmowy na staże - czwartek 28 stycznia",
        sent_on(1, 22, 14, WAW),
        "A Polish school's internship coordinator lists three students' interview times on Thursday 28 January for the mentors.",
        text=(
            "Szanowni Państwo,\n\n"
            "rozmowy kwalifikacyjne na staże w firmie Vistula Soft odbędą się w czwartek 28 "
            "stycznia:\n\n"
            "9:00 – Jan Nowak\n9:30 – Zofia Kowalczyk\n10:00 – Michał Wiśniewski\n\n"
            "Proszę przypomnieć uczniom o zabraniu legitymacji.\n\n"
            "Z poważaniem\nAgnieszka Lewandowska\nKoordynator praktyk\n"
        ),
    )
    # controls: the reader's own slot among the others
    s = when(1, 21, "Thu", 9, 40, LON)
    yield direct(
        f,
        "own_slot_in_list",
        "en",
        ("Rebecca Shaw", "r.shaw@northgate-college.example.ac.uk"),
        "Your interview slot - Kestrel Engineering",
        sent_on(1, 15, 13, LON, 31),
        "Control: the placement officer sends the students the list, the reader's name against 09:40 on Thursday 21 January; 'Each interview is 30 minutes' (end 10:10).",
        text=(
            "Hi all,\n\n"
            "Interview slots with Kestrel Engineering on Thursday 21 January, room B12:\n\n"
            "09:00  Hannah Lee\n09:40  Alex Morgan\n10:20  Grace Kim\n\n"
            "Each interview is 30 minutes. Please arrive ten minutes early and bring a printed "
            "copy of your CV.\n\n"
            "Good luck!\nRebecca\n"
        ),
        start=s,
        end=s + 30 * MIN,
    )
    s = when(1, 19, "Tue", 9, 15, BER)
    yield direct(
        f,
        "own_dein_termin",
        "de",
        ("Sabine Krüger", "s.krueger@gesamtschule-nordheim.example.de"),
        "Dein Vorstellungsgespräch bei den Stadtwerken",
        sent_on(1, 13, 15, BER, 40),
        "Control: the coordinator tells the reader the list of times on Tuesday 19 January and 'Dein Termin ist also um 9:15 Uhr'.",
        text=(
            "Hallo Alex,\n\n"
            "hier die Termine für die Vorstellungsgespräche bei den Stadtwerken Nordheim am "
            "Dienstag, 19. Januar:\n\n"
            "8:30 Uhr  Lukas Brandt\n9:15 Uhr  Alex Morgan\n10:00 Uhr  Mia Schulte\n\n"
            "Dein Termin ist also um 9:15 Uhr. Melde dich bitte am Empfang im Verwaltungsgebäude.\n\n"
            "Viele Grüße\nFrau Krüger\n"
        ),
        start=s,
    )
    s = when(1, 20, "Wed", 14, 30, PAR)
    yield direct(
        f,
        "own_ton_creneau",
        "fr",
        ("Nathalie Roux", "n.roux@lycee-jules-ferry.example.fr"),
        "Ton entretien de stage chez Atelier Lumen",
        sent_on(1, 14, 17, PAR, 45),
        "Control: the coordinator gives the reader the list and 'ton créneau : 14h30' on Wednesday 20 January.",
        text=(
            "Bonjour Alex,\n\n"
            "Les entretiens de stage chez Atelier Lumen auront lieu mercredi 20 janvier. Ton "
            "créneau : 14h30, entre Chloé Martin (14h00) et Léa Girard (15h00).\n\n"
            "Présente-toi à l'accueil dix minutes avant, avec ton CV et ta lettre.\n\n"
            "Bon courage,\nMme Roux\n"
        ),
        start=s,
    )


# --- oooref39 -------------------------------------------------------------------------------


def oooref39() -> Iterator[Case]:
    f = "oooref39"
    yield direct(
        f,
        "ooo_interviewing_all_day",
        "en",
        ("Megan Price", "megan.price@prairie-health.example.com"),
        "Automatic reply: Q1 staffing plan",
        sent_on(1, 19, 16, CHI),
        "A colleague's automatic reply: she is interviewing candidates all day on Wednesday 20 January and reads mail again from 4:00 PM; not the reader's interview.",
        text=(
            "Thank you for your email. I'm interviewing candidates for the nurse manager role all "
            "day on Wednesday, January 20 and won't be checking messages until 4:00 PM.\n\n"
            "For anything urgent, please contact Dana Whitfield (ext. 2214).\n\n"
            "Megan\n"
        ),
        reply_to_key="whose39/oooref39/q1plan",
    )
    yield direct(
        f,
        "abwesend_bewerbungsgespraeche",
        "de",
        ("Thomas Keller", "thomas.keller@mainufer-labs.example.de"),
        "Automatische Antwort: Abstimmung Sprint-Review",
        sent_on(1, 20, 10, BER),
        "A German colleague's out-of-office: on Thursday 21 January he holds interviews with applicants all day and is reachable again from 16:00 Uhr.",
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Am Donnerstag, 21. Januar, führe ich ganztägig Bewerbungsgespräche und bin erst ab "
            "16:00 Uhr wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an Jana "
            "Krüger (jana.krueger@mainufer-labs.example.de).\n\n"
            "Mit freundlichen Grüßen\nThomas Keller\n"
        ),
        reply_to_key="whose39/oooref39/sprint",
    )
    yield direct(
        f,
        "absence_entretiens",
        "fr",
        ("Élise Marchand", "elise.marchand@rhone-conseil.example.fr"),
        "Réponse automatique : Point budget formation",
        sent_on(1, 25, 18, PAR),
        "A French colleague's automatic reply: she is in recruitment interviews on Tuesday 26 January from 9h to 13h.",
        text=(
            "Bonjour,\n\n"
            "Je suis en entretiens de recrutement le mardi 26 janvier de 9h à 13h et je "
            "répondrai à votre message dans l'après-midi.\n\n"
            "Pour toute urgence, merci de contacter Paul Girard au 04 72 00 00 00.\n\n"
            "Élise Marchand\n"
        ),
        reply_to_key="whose39/oooref39/budget",
    )
    yield direct(
        f,
        "practica_entrevistas_grupo",
        "es",
        ("Lucía Ortega", "lucia.ortega@mentoras-madrid.example.es"),
        "Sesión de práctica de entrevistas - jueves",
        sent_on(1, 22, 12, MAD),
        "A Spanish mentoring programme's practice session of interviews for the whole group on Thursday 28 January at 18:00; no employer interviews the reader.",
        text=(
            "Hola a todos:\n\n"
            "Como os comenté, el jueves 28 de enero a las 18:00 haremos una sesión de práctica de "
            "entrevistas en grupo en el aula 3 del centro cívico. Cada uno tendrá 15 minutos con "
            "una de las mentoras, que hará de entrevistadora, y luego comentamos entre todos.\n\n"
            "Traed vuestro CV y una oferta que os interese.\n\n"
            "Un abrazo,\nLucía\n"
        ),
    )
    yield direct(
        f,
        "prove_colloquio_gruppo",
        "it",
        ("Sara Conti", "sara.conti@mentoring-torino.example.it"),
        "Prove di colloquio - giovedì 4 febbraio",
        sent_on(1, 29, 9, ROM),
        "An Italian mentor's group rehearsal of job interviews on Thursday 4 February at 17:30; each participant plays the candidate for 15 minutes.",
        text=(
            "Ciao a tutti,\n\n"
            "giovedì 4 febbraio alle 17:30 facciamo le prove di colloquio in gruppo, nella sala "
            "riunioni al secondo piano. Ognuno avrà 15 minuti in cui io faccio la selezionatrice "
            "e gli altri osservano.\n\n"
            "Preparate una presentazione di due minuti su di voi.\n\n"
            "A giovedì,\nSara\n"
        ),
    )
    yield direct(
        f,
        "mogi_mensetsu_kai",
        "ja",
        ("キャリアセンター", "career@seiwa-univ.example.jp"),
        "【ご案内】模擬面接会（1月27日）",
        sent_on(1, 18, 10, TYO),
        "A Japanese university careers centre's mock interview event for students on Wednesday 27 January 18:00-20:00.",
        text=(
            "学生各位\n\n"
            "キャリアセンターでは、下記の日程で模擬面接会を実施します。\n\n"
            "日時：1月27日（水）18:00〜20:00\n"
            "場所：本館3階 第2会議室\n"
            "内容：企業の人事担当経験者による個人面接の練習とフィードバック\n\n"
            "参加希望者は1月25日までにポータルから申し込んでください。\n\n"
            "キャリアセンター\n"
        ),
    )
    yield direct(
        f,
        "referens_kollega",
        "sv",
        ("Karin Sjöberg", "karin.sjoberg@ekvall-bygg.example.se"),
        "Referens för Jonas Ek",
        sent_on(1, 20, 13, STO),
        "A Swedish recruiter books a reference call with the reader about the applicant Jonas Ek on Tuesday 26 January at 10.00; the reader is the referee.",
        text=(
            "Hej Alex,\n\n"
            "Jonas Ek har sökt tjänsten som platschef hos oss och angett dig som referens. Skulle "
            "det passa med ett kort samtal tisdag 26 januari kl. 10.00? Det tar ungefär 20 "
            "minuter, och jag ringer dig på mobilen.\n\n"
            "Vänliga hälsningar\nKarin Sjöberg\nEkvall Bygg AB\n"
        ),
    )
    yield direct(
        f,
        "referee_former_report",
        "en",
        ("Imogen Hart", "imogen.hart@tallowbrook-talent.example.co.uk"),
        "Reference for Priya Shah",
        sent_on(1, 22, 9, LON),
        "A British recruiter pencils in a 20-minute reference call with the reader about Priya Shah on Friday 29 January at 11am.",
        text=(
            "Hi Alex,\n\n"
            "Priya Shah has listed you as a referee for the Operations Manager role at one of our "
            "clients. I've pencilled in a 20-minute call on Friday 29 January at 11am and will "
            "ring your mobile then - just let me know if another time suits better.\n\n"
            "Thanks in advance,\nImogen Hart\nTallowbrook Talent\n"
        ),
    )
    yield direct(
        f,
        "referenz_anruf",
        "de",
        ("Katrin Albers", "k.albers@personal-albers.example.de"),
        "Referenzauskunft zu Frau Nina Vogel",
        sent_on(1, 27, 11, BER),
        "A German recruiter asks to call the reader on Monday 1 February at 14:30 Uhr for a reference about Frau Nina Vogel.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "Frau Nina Vogel hat sich bei unserem Mandanten als Projektleiterin beworben und Sie "
            "als Referenz angegeben. Ich würde Sie gern am Montag, 1. Februar, um 14:30 Uhr für "
            "etwa 15 Minuten anrufen.\n\n"
            "Passt Ihnen das?\n\n"
            "Mit freundlichen Grüßen\nKatrin Albers\nPersonalberatung Albers\n"
        ),
    )
    # controls
    s = when(2, 2, "Tue", 10, 0, LON)
    yield direct(
        f,
        "mentor_real_interview",
        "en",
        ("Imogen Hart", "imogen.hart@tallowbrook-talent.example.co.uk"),
        "Harbourview - you're confirmed",
        sent_on(1, 28, 17, LON),
        "Control: after a practice session the reader's recruiter confirms the real interview with Harbourview on Tuesday 2 February, 10:00-11:00.",
        text=(
            "Hi Alex,\n\n"
            "Great work in yesterday's practice run. Your real interview with Harbourview is now "
            "confirmed: Tuesday 2 February, 10:00-11:00, at 14 Dock Road, Salford. You'll meet "
            "Ruth Bell (COO) and Sam Ortiz.\n\n"
            "They will ask for two referees afterwards, so have those ready.\n\n"
            "Good luck!\nImogen\n"
        ),
        start=s,
        end=s + 60 * MIN,
    )
    s = when(2, 3, "Wed", 15, 0, STO)
    yield direct(
        f,
        "own_second_round_referenser",
        "sv",
        ("Karin Sjöberg", "karin.sjoberg@ekvall-bygg.example.se"),
        "Andra intervju - projektledare",
        sent_on(1, 28, 15, STO),
        "Control: the reader's own second interview on Wednesday 3 February at 15.00; references will be taken afterwards.",
        text=(
            "Hej Alex,\n\n"
            "Tack för intervjun i tisdags! Vi vill gärna träffa dig en andra gång, onsdag 3 "
            "februari kl. 15.00 på kontoret i Solna. Efter det tar vi referenser, så fundera "
            "gärna på vilka två personer vi kan ringa.\n\n"
            "Vänliga hälsningar\nKarin Sjöberg\nEkvall Bygg AB\n"
        ),
        start=s,
    )


# --- ccthread39 -----------------------------------------------------------------------------


def ccthread39() -> Iterator[Case]:
    f = "ccthread39"
    rachel = ("Rachel Stone", "rachel.stone@fieldline.example.com")
    tom = ("Tom Becker", "tom.becker@fieldline.example.com")
    s = when(1, 21, "Thu", 15, 0, NYC)
    yield direct(
        f,
        "hm_reply_cc",
        "en-US",
        rachel,
        "Re: Daniel Park - onsite scheduling",
        sent_on(1, 14, 10, NYC),
        "A hiring manager replies to the coordinator with the reader in copy: Daniel Park's onsite on Thursday 1/21 at 3:00 PM, the reader covering system design 3:45-4:30; quoted proposal below.",
        text=p8.thread(
            "Tom,\n\nThursday 1/21 at 3:00 PM works for Daniel's onsite. Alex (cc'd) will "
            "cover system design from 3:45 to 4:30, I'll do the wrap-up.\n\nRachel",
            (
                "On Wed, Jan 13, 2027 at 4:52 PM Tom Becker <tom.becker@fieldline.example.com> wrote:",
                "Hi Rachel,\n\nDaniel Park (candidate, Staff Engineer) can do Thu 1/21 at 3 PM or "
                "Fri 1/22 at 10 AM. Which do you prefer?\n\nTom",
            ),
        ),
        to=tom,
        cc=(ME,),
        reply_to_key="whose39/ccthread39/park",
    )
    s = when(1, 20, "Wed", 10, 0, BER)
    yield direct(
        f,
        "de_antwort_kopie",
        "de",
        ("Martin Vogt", "martin.vogt@rheinwerk-it.example.de"),
        "AW: Terminvorschlag Bewerberin Julia Neumann",
        sent_on(1, 15, 9, BER),
        "A German department head confirms to HR, the reader in copy, that the applicant Julia Neumann comes on Wednesday 20.01. at 10:00 Uhr and the reader takes the technical part.",
        text=p8.thread(
            "Hallo Frau Krause,\n\npasst: Frau Neumann kommt am Mittwoch, 20.01., um 10:00 Uhr. "
            "Alex (in Kopie) übernimmt den fachlichen Teil ab 10:30 Uhr.\n\nGruß\nMartin Vogt",
            (
                "Am 14.01.2027 um 16:20 schrieb Ines Krause <ines.krause@rheinwerk-it.example.de>:",
                "Hallo Herr Vogt,\n\ndie Bewerberin Julia Neumann könnte am Mittwoch, 20.01., um "
                "10 Uhr oder am Freitag, 22.01., um 14 Uhr. Was passt Ihnen?\n\nViele Grüße\nInes Krause",
            ),
        ),
        to=("Ines Krause", "ines.krause@rheinwerk-it.example.de"),
        cc=(ME,),
        reply_to_key="whose39/ccthread39/neumann",
    )
    s = when(1, 26, "Tue", 9, 30, PAR)
    yield direct(
        f,
        "fr_reponse_copie",
        "fr",
        ("Claire Dumas", "claire.dumas@atelier-lumen.example.fr"),
        "RE: Entretien M. Julien Perrin",
        sent_on(1, 19, 14, PAR),
        "A French manager confirms to HR, the reader in copy, the interview of M. Julien Perrin on Tuesday 26 January at 9h30 and asks the reader to join.",
        text=p8.thread(
            "Bonjour Sophie,\n\nC'est noté pour mardi 26 janvier à 9h30 avec M. Perrin. J'ai mis "
            "Alex en copie : peux-tu te joindre à nous pour la partie technique ?\n\nMerci,\nClaire",
            (
                "Le lun. 18 janv. 2027 à 11:05, Sophie Lemaire <sophie.lemaire@atelier-lumen.example.fr> a écrit :",
                "Bonjour Claire,\n\nLe candidat Julien Perrin est disponible mardi 26 janvier à "
                "9h30. Je lui confirme ?\n\nSophie",
            ),
        ),
        to=("Sophie Lemaire", "sophie.lemaire@atelier-lumen.example.fr"),
        cc=(ME,),
        reply_to_key="whose39/ccthread39/perrin",
    )
    s = when(1, 27, "Wed", 12, 0, MAD)
    yield direct(
        f,
        "es_respuesta_copia",
        "es",
        ("Javier Molina", "javier.molina@meseta-digital.example.es"),
        "RE: Entrevista candidata Marta Ruiz",
        sent_on(1, 21, 13, MAD),
        "A Spanish manager answers HR with the reader in copy: the candidate Marta Ruiz comes on Wednesday 27 January at 12:00; the reader will be in the room.",
        text=p8.thread(
            "Hola Laura:\n\nPerfecto, el miércoles 27 a las 12:00 con Marta Ruiz. Pongo en copia a "
            "Alex, que estará también en la entrevista.\n\nGracias,\nJavier",
            (
                "El mié, 20 ene 2027 a las 17:40, Laura Sánchez (<laura.sanchez@meseta-digital.example.es>) escribió:",
                "Hola Javier:\n\nLa candidata Marta Ruiz puede el miércoles 27 de enero a las 12:00. "
                "¿Te lo confirmo?\n\nLaura",
            ),
        ),
        to=("Laura Sánchez", "laura.sanchez@meseta-digital.example.es"),
        cc=(ME,),
        reply_to_key="whose39/ccthread39/ruiz",
    )
    s = when(1, 28, "Thu", 13, 30, AMS)
    yield direct(
        f,
        "nl_antwoord_cc",
        "nl",
        ("Joost Hendriks", "joost.hendriks@grachten-it.example.nl"),
        "RE: Gesprek kandidaat Lotte Bakker",
        sent_on(1, 22, 10, AMS),
        "A Dutch team lead replies to the recruiter with the reader in cc: the candidate Lotte Bakker on Thursday 28 January at 13.30; the reader joins.",
        text=p8.thread(
            "Hoi Eva,\n\nDonderdag 28 januari om 13.30 uur is prima voor het gesprek met Lotte "
            "Bakker. Alex zit in de cc en schuift ook aan.\n\nGroet,\nJoost",
            (
                "Op do 21 jan 2027 om 15:12 schreef Eva Willems <eva.willems@grachten-it.example.nl>:",
                "Hoi Joost,\n\nKandidaat Lotte Bakker kan donderdag 28 januari om 13.30 uur. Zal ik "
                "het bevestigen?\n\nEva",
            ),
        ),
        to=("Eva Willems", "eva.willems@grachten-it.example.nl"),
        cc=(ME,),
        reply_to_key="whose39/ccthread39/bakker",
    )
    s = when(1, 29, "Fri", 11, 0, ROM)
    yield direct(
        f,
        "it_risposta_cc",
        "it",
        ("Paolo Greco", "paolo.greco@colli-software.example.it"),
        "R: Colloquio candidato Davide Russo",
        sent_on(1, 25, 16, ROM),
        "An Italian manager replies to HR with the reader in copy: the candidate Davide Russo's interview on Friday 29 January at 11:00.",
        text=p8.thread(
            "Ciao Giulia,\n\nva bene venerdì 29 gennaio alle 11:00 per il colloquio con Davide "
            "Russo. Metto in copia Alex, che mi affianca.\n\nPaolo",
            (
                "Il giorno lun 25 gen 2027 alle ore 10:18 Giulia Marino <giulia.marino@colli-software.example.it> ha scritto:",
                "Ciao Paolo,\n\nil candidato Davide Russo è disponibile venerdì 29 gennaio alle "
                "11:00. Confermo?\n\nGiulia",
            ),
        ),
        to=("Giulia Marino", "giulia.marino@colli-software.example.it"),
        cc=(ME,),
        reply_to_key="whose39/ccthread39/russo",
    )
    # controls: the reader in copy is the candidate
    s = when(1, 26, "Tue", 11, 0, NYC)
    yield direct(
        f,
        "own_cc_confirmed",
        "en-US",
        tom,
        "Re: Alex Morgan - final round",
        sent_on(1, 20, 11, NYC),
        "Control: the coordinator answers the hiring manager and tells the reader, in copy, that their final round is Tuesday 1/26 at 11:00 AM-12:00 PM.",
        text=p8.thread(
            "Rachel, confirmed.\n\nAlex (cc'd) - you're all set for your final round on Tuesday "
            "1/26 from 11:00 AM to 12:00 PM with Rachel and me, 5th floor, 88 Pearl St. Bring a "
            "photo ID for the front desk.\n\nTom",
            (
                "On Tue, Jan 19, 2027 at 3:05 PM Rachel Stone <rachel.stone@fieldline.example.com> wrote:",
                "Tom, Tuesday at 11 works for me for Alex Morgan's final round.\n\nRachel",
            ),
        ),
        to=rachel,
        cc=(ME,),
        start=s,
        end=s + 60 * MIN,
        reply_to_key="whose39/ccthread39/own",
    )
    s = when(1, 28, "Thu", 14, 0, BER)
    yield direct(
        f,
        "own_kopie_termin",
        "de",
        ("Ines Krause", "ines.krause@rheinwerk-it.example.de"),
        "AW: Zweitgespräch Herr Morgan",
        sent_on(1, 22, 9, BER),
        "Control: HR answers the department head and puts the reader in copy: 'Herr Morgan, Ihr Gespräch findet am Donnerstag, 28. Januar, um 14:00 Uhr statt.'",
        text=p8.thread(
            "Lieber Herr Vogt,\n\nich setze Herrn Morgan in Kopie.\n\nHerr Morgan, Ihr "
            "Zweitgespräch findet am Donnerstag, 28. Januar, um 14:00 Uhr bei uns in der "
            "Rheinallee 7 statt. Bitte melden Sie sich am Empfang.\n\nViele Grüße\nInes Krause",
            (
                "Am 21.01.2027 um 17:02 schrieb Martin Vogt <martin.vogt@rheinwerk-it.example.de>:",
                "Hallo Frau Krause,\n\nDonnerstag 14 Uhr passt mir für Herrn Morgan.\n\nGruß\nMartin Vogt",
            ),
        ),
        to=("Martin Vogt", "martin.vogt@rheinwerk-it.example.de"),
        cc=(ME,),
        start=s,
        reply_to_key="whose39/ccthread39/ownde",
    )


# --- agencyclient39 -------------------------------------------------------------------------


def agencyclient39() -> Iterator[Case]:
    f = "agencyclient39"
    s = when(1, 20, "Wed", 14, 0, LON)
    yield direct(
        f,
        "candidate_coming_in",
        "en-GB",
        ("Oliver Grant", "oliver.grant@pennine-recruitment.example.co.uk"),
        "Sophie Turner - second interview Wednesday",
        sent_on(1, 15, 16, LON),
        "A British agency recruiter tells the client hiring manager (the reader) that his candidate Sophie Turner will come on Wednesday 20 January at 2pm.",
        text=(
            "Hi Alex,\n\n"
            "Good news - Sophie Turner is confirmed for her second interview with you on "
            "Wednesday 20 January at 2pm. I've told her to come to your Leeds office and ask for "
            "you at reception.\n\n"
            "I'll send her updated CV this afternoon. Let me know how it goes!\n\n"
            "Best,\nOliver Grant\nPennine Recruitment\n"
        ),
    )
    yield direct(
        f,
        "kandidat_kommt",
        "de",
        ("Stefanie Roth", "s.roth@roth-personal.example.de"),
        "Zweitgespräch Herr Felix Braun",
        sent_on(1, 14, 11, BER),
        "A German agency consultant tells the client (the reader) that her candidate Herr Felix Braun can come for the second interview on Tuesday 19 January at 15 Uhr.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "unser Kandidat Herr Felix Braun kann am Dienstag, 19. Januar, um 15 Uhr zum "
            "Zweitgespräch zu Ihnen nach Köln kommen. Ich habe ihm den Termin bereits "
            "bestätigt.\n\n"
            "Sein aktualisiertes Profil finden Sie im Anhang.\n\n"
            "Mit freundlichen Grüßen\nStefanie Roth\nRoth Personalberatung\n"
        ),
    )
    yield direct(
        f,
        "candidate_disponible",
        "fr",
        ("Julie Fabre", "julie.fabre@cabinet-fabre.example.fr"),
        "Candidature Mme Camille Durand - disponibilités",
        sent_on(1, 18, 10, PAR),
        "A French recruitment firm tells the client (the reader) that its candidate Mme Camille Durand is available Thursday 21 January at 10h for the interview.",
        text=(
            "Bonjour Monsieur Morgan,\n\n"
            "Notre candidate, Mme Camille Durand, est disponible jeudi 21 janvier à 10h pour "
            "l'entretien dans vos locaux de Lyon. Je lui ai transmis l'adresse.\n\n"
            "Vous trouverez son dossier de synthèse en pièce jointe.\n\n"
            "Cordialement,\nJulie Fabre\nCabinet Fabre Recrutement\n"
        ),
    )
    yield direct(
        f,
        "kandidaat_beschikbaar",
        "nl",
        ("Rik Janssen", "rik.janssen@talentbrug.example.nl"),
        "Kandidaat Bram Peters - gesprek maandag",
        sent_on(1, 20, 15, AMS),
        "A Dutch agency tells the client (the reader) that the candidate Bram Peters comes on Monday 25 January at 11.00.",
        text=(
            "Beste Alex,\n\n"
            "Bram Peters komt maandag 25 januari om 11.00 uur bij jullie langs voor het gesprek "
            "over de rol van teamleider logistiek. Hij neemt zijn portfolio mee.\n\n"
            "Laat je na afloop even weten wat je ervan vond?\n\n"
            "Groet,\nRik Janssen\nTalentbrug\n"
        ),
    )
    yield direct(
        f,
        "candidata_disponible",
        "es",
        ("Andrea Vidal", "andrea.vidal@talento-sur.example.es"),
        "Candidata Carmen López - entrevista",
        sent_on(1, 21, 12, MAD),
        "A Spanish agency tells the client (the reader) that the candidate Carmen López can do the interview on Tuesday 26 January at 16:30.",
        text=(
            "Hola Alex:\n\n"
            "Te confirmo que la candidata Carmen López puede hacer la entrevista el martes 26 de "
            "enero a las 16:30 en vuestras oficinas de Sevilla.\n\n"
            "Te adjunto su informe de evaluación.\n\n"
            "Un saludo,\nAndrea Vidal\nTalento Sur\n"
        ),
    )
    yield direct(
        f,
        "kandydat_dostepny",
        "pl",
        ("Piotr Mazur", "piotr.mazur@kadry-plus.example.pl"),
        "Kandydat Tomasz Zając - termin spotkania",
        sent_on(1, 22, 9, WAW),
        "A Polish agency tells the client (the reader) that the candidate Tomasz Zając will come on Thursday 28 January at 10:00.",
        text=(
            "Dzień dobry Panie Alex,\n\n"
            "potwierdzam, że nasz kandydat Tomasz Zając przyjdzie na spotkanie w czwartek 28 "
            "stycznia o 10:00 do Państwa biura przy ul. Prostej 20.\n\n"
            "W załączniku przesyłam jego CV.\n\n"
            "Pozdrawiam\nPiotr Mazur\nKadry Plus\n"
        ),
    )
    # controls
    s = when(1, 27, "Wed", 11, 0, LON)
    yield direct(
        f,
        "own_invite_from_agency",
        "en-GB",
        ("Oliver Grant", "oliver.grant@pennine-recruitment.example.co.uk"),
        "Interview with Harlow & Finch - Wednesday",
        sent_on(1, 21, 14, LON),
        "Control: the agency recruiter invites the reader to the client interview on Wednesday 27 January at 11am.",
        text=(
            "Hi Alex,\n\n"
            "Great news - Harlow & Finch would love to meet you. They've offered Wednesday 27 "
            "January at 11am at their Manchester office (3 Spinningfields Square, 6th floor).\n\n"
            "I've said yes on your behalf as you told me Wednesdays are fine; shout if not.\n\n"
            "Best,\nOliver\n"
        ),
        start=s,
    )
    s = when(2, 2, "Tue", 10, 0, BER)
    yield direct(
        f,
        "own_einladung_beratung",
        "de",
        ("Stefanie Roth", "s.roth@roth-personal.example.de"),
        "Ihr Vorstellungsgespräch bei der Rheintal AG",
        sent_on(1, 27, 10, BER),
        "Control: the agency consultant invites the reader to the client interview on Tuesday 2 February at 10:00 Uhr.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "die Rheintal AG möchte Sie gern kennenlernen. Ihr Vorstellungsgespräch findet am "
            "Dienstag, 2. Februar, um 10:00 Uhr in der Zentrale in Bonn statt "
            "(Rheinweg 12, Empfang EG).\n\n"
            "Ich rufe Sie vorher noch zur Vorbereitung an.\n\n"
            "Mit freundlichen Grüßen\nStefanie Roth\n"
        ),
        start=s,
    )
    s = when(1, 28, "Thu", 9, 30, PAR)
    yield direct(
        f,
        "own_cc_to_client",
        "fr",
        ("Julie Fabre", "julie.fabre@cabinet-fabre.example.fr"),
        "Entretien M. Alex Morgan - jeudi 28 janvier",
        sent_on(1, 22, 11, PAR),
        "Control: the agency confirms to the client the interview of the reader, in copy, on Thursday 28 January at 9h30.",
        text=(
            "Bonjour Madame Roux,\n\n"
            "Je vous confirme la venue de M. Alex Morgan (en copie) jeudi 28 janvier à 9h30 "
            "dans vos locaux, 12 rue de la République à Lyon.\n\n"
            "Alex, Mme Roux vous recevra avec son adjoint ; prévoyez environ une heure.\n\n"
            "Cordialement,\nJulie Fabre\n"
        ),
        to=("Hélène Roux", "helene.roux@vercors-industrie.example.fr"),
        cc=(ME,),
        start=s,
    )


# --- kinown39 -------------------------------------------------------------------------------


def kinown39() -> Iterator[Case]:
    f = "kinown39"
    yield direct(
        f,
        "partner_pick_up_kids",
        "en",
        person("Sam Morgan"),
        "Thursday - can you do school pick-up?",
        sent_on(1, 18, 21, LON),
        "The reader's partner writes that her interview at Greenfield is on Thursday at 10 and asks the reader to pick up the kids; not the reader's interview.",
        text=(
            "Hey love,\n\n"
            "My interview at Greenfield is on Thursday at 10 - can you pick up the kids from "
            "school? It should be over by 11:30 but they want me to stay for a tour afterwards "
            "and I don't know how long that takes.\n\n"
            "x Sam\n"
        ),
    )
    yield direct(
        f,
        "mutter_hinfahren",
        "de",
        person("Birgit Morgan"),
        "Dienstag Vorstellungsgespräch!",
        sent_on(1, 14, 19, BER),
        "The reader's mother writes that she has an interview on Tuesday at 9:30 at the Sparkasse and asks to be driven there.",
        text=(
            "Hallo Alex,\n\n"
            "stell dir vor, ich habe am Dienstag um 9:30 ein Vorstellungsgespräch bei der "
            "Sparkasse in der Innenstadt! Kannst du mich hinfahren? Mein Auto ist ja noch in der "
            "Werkstatt.\n\n"
            "Liebe Grüße\nMama\n"
        ),
    )
    yield direct(
        f,
        "coloc_colis",
        "fr",
        person("Inès Lambert"),
        "mercredi",
        sent_on(1, 18, 22, PAR),
        "The reader's flatmate has her interview on Wednesday at 14h and asks the reader to take in a parcel.",
        text=(
            "Salut Alex,\n\n"
            "J'ai mon entretien chez Decathlon mercredi à 14h, donc je ne serai pas là "
            "l'après-midi. Tu pourrais réceptionner mon colis ? Le livreur passe entre 13h et "
            "17h.\n\n"
            "Merci !!\nInès\n"
        ),
    )
    yield direct(
        f,
        "hermano_coche",
        "es",
        person("Diego Morgan"),
        "¿Me dejas el coche el viernes?",
        sent_on(1, 19, 20, MAD),
        "The reader's brother has an interview on Friday at 12:00 in Alcobendas and asks to borrow the car.",
        text=(
            "Hola Alex,\n\n"
            "¿me dejas el coche el viernes? Tengo una entrevista a las 12:00 en Alcobendas y en "
            "transporte público tardo casi dos horas. Te lo devuelvo por la tarde con el depósito "
            "lleno.\n\n"
            "Diego\n"
        ),
    )
    yield direct(
        f,
        "amica_cane",
        "it",
        person("Francesca Villa"),
        "Favore per giovedì",
        sent_on(1, 25, 18, ROM),
        "A friend has her job interview on Thursday at 9:30 and asks the reader to walk her dog.",
        text=(
            "Ciao Alex!\n\n"
            "Giovedì alle 9:30 ho il colloquio per il posto in biblioteca, finalmente. Ti andrebbe "
            "di portare fuori Bruno la mattina? Ti lascio le chiavi dalla portinaia.\n\n"
            "Grazie mille,\nFra\n"
        ),
    )
    yield direct(
        f,
        "pai_boleia",
        "pt-PT",
        person("Rui Morgan"),
        "Boleia na segunda",
        sent_on(1, 21, 20, LIS),
        "The reader's father has an interview on Monday at 15h in Setúbal and asks for a lift.",
        text=(
            "Olá filho,\n\n"
            "Na segunda-feira tenho uma entrevista às 15h numa empresa em Setúbal, para o lugar "
            "de motorista. Dás-me boleia? Se não puderes, vou de comboio.\n\n"
            "Beijinhos,\nPai\n"
        ),
    )
    yield direct(
        f,
        "tsuma_okurimukae",
        "ja",
        ("森 由美", "yumi.mori@mailbox.example"),
        "木曜日のお願い",
        sent_on(1, 25, 21, TYO),
        "The reader's wife has her interview on Thursday from 10:00 and asks the reader to take the child to nursery.",
        text=(
            "アレックスへ\n\n"
            "木曜日の10時から面接が入ったので、朝の保育園の送りをお願いできる？\n"
            "終わったら連絡するね。\n\n"
            "由美\n"
        ),
    )
    yield direct(
        f,
        "arkadas_kedi",
        "tr",
        person("Emre Aydın"),
        "Salı günü kediye bakar mısın?",
        sent_on(1, 22, 19, IST),
        "A friend has an interview in Ankara on Tuesday at 11:00 and asks the reader to feed the cat.",
        text=(
            "Selam Alex,\n\n"
            "Salı günü saat 11:00'de Ankara'da bir iş görüşmem var, sabah erkenden çıkıp akşam "
            "döneceğim. O gün kediye bakabilir misin? Anahtar kapıcıda.\n\n"
            "Sağ ol,\nEmre\n"
        ),
    )
    # controls: the reader's own interview passed on by a partner or flatmate
    s = when(2, 1, "Mon", 14, 0, LON)
    hr = ("Greenfield Careers", "careers@greenfield-foods.example.co.uk")
    yield fwd(
        f,
        "partner_fwd_own",
        "en",
        "gmail",
        "en",
        person("Sam Morgan"),
        person("Sam Morgan"),
        hr,
        "Interview invitation - Operations Analyst",
        sent_on(1, 26, 9, LON),
        "Alex, this came to my inbox (you must have put my email on the form!) - looks like "
        "it's your interview on Monday at 2. x",
        "Dear Alex Morgan,\n\nThank you for applying for the Operations Analyst role. We would "
        "like to invite you to an interview on Monday 1 February at 2:00pm at our Bristol "
        "office, 40 Harbour Way. The interview will last 45 minutes.\n\nKind regards,\n"
        "Greenfield Careers",
        "Control: the reader's partner forwards (Gmail) the reader's own invitation that reached her mailbox: Monday 1 February 2:00pm, 45 minutes.",
        start=s,
        end=s + 45 * MIN,
    )
    s = when(2, 2, "Tue", 11, 0, AMS)
    yield direct(
        f,
        "huisgenoot_telefoon",
        "nl",
        person("Lars Visser"),
        "Telefoon voor jou",
        sent_on(1, 27, 18, AMS),
        "Control: the reader's flatmate passes on a recruiter's phone call for the reader: the reader's interview on Tuesday 2 February at 11.00.",
        text=(
            "Hoi Alex,\n\n"
            "Er belde vanmiddag iemand van Veldhuis voor jou (je mobiel lag hier). Je gesprek "
            "is dinsdag 2 februari om 11.00 uur, Stationsplein 4 in Utrecht. Vragen naar "
            "Marloes.\n\n"
            "Succes!\nLars\n"
        ),
        start=s,
        organizer=False,
    )
    s = when(2, 4, "Thu", 10, 0, BER)
    hr = ("Isar Kontor Personal", "jobs@isar-kontor.example.de")
    yield fwd(
        f,
        "partnerin_fwd_eigene",
        "de",
        "outlook",
        "de",
        person("Julia Morgan"),
        person("Julia Morgan"),
        hr,
        "Einladung zum Vorstellungsgespräch",
        sent_on(1, 28, 10, BER),
        "Schatz, das kam bei mir an - ist deins! Donnerstag um 10.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Controller. Gerne "
        "laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 4. Februar 2027, um 10:00 "
        "Uhr ein. Bitte melden Sie sich am Empfang in der Isarstraße 8.\n\nMit freundlichen "
        "Grüßen\nIsar Kontor Personal",
        "Control: the reader's partner forwards (Outlook) the reader's own invitation: Thursday 4 February 2027, 10:00 Uhr.",
        start=s,
    )


# --- second round: kinerrand39, agencyhm39, ccloop39 -------------------------------------

ZRH, SEO, VIE, BRU, MEX = (
    "Europe/Zurich", "Asia/Seoul", "Europe/Vienna", "Europe/Brussels", "America/Mexico_City",
)  # fmt: skip


def kinerrand39() -> Iterator[Case]:
    f = "kinerrand39"
    yield direct(
        f,
        "zus_oppassen",
        "nl",
        person("Lotte Morgan"),
        "Kun jij woensdag oppassen?",
        sent_on(2, 5, 20, AMS),
        "The reader's sister has a job interview on Wednesday at 13.00 in Rotterdam and asks the reader to babysit; not the reader's interview.",
        text=(
            "Hoi Alex,\n\n"
            "Ik heb woensdag om 13.00 uur een sollicitatiegesprek bij het havenbedrijf in "
            "Rotterdam. Zou jij die middag op Finn kunnen passen? Ik breng hem om 12 uur bij je "
            "langs.\n\n"
            "Liefs,\nLotte\n"
        ),
    )
    yield direct(
        f,
        "brat_auto",
        "pl",
        person("Kuba Morgan"),
        "Pożyczysz auto w czwartek?",
        sent_on(2, 8, 21, WAW),
        "The reader's brother has an interview on Thursday at 10:00 in Poznań and asks to borrow the car.",
        text=(
            "Cześć Alex,\n\n"
            "w czwartek o 10:00 mam rozmowę w firmie logistycznej pod Poznaniem i nie mam jak "
            "tam dojechać. Pożyczysz mi auto na cały dzień? Oddam z pełnym bakiem.\n\n"
            "Kuba\n"
        ),
    )
    yield direct(
        f,
        "sambo_hund",
        "sv",
        person("Jonas Ek"),
        "Kan du gå ut med Sixten på tisdag?",
        sent_on(2, 12, 19, STO),
        "The reader's partner has a job interview on Tuesday at 9.30 and asks the reader to walk the dog.",
        text=(
            "Hej älskling!\n\n"
            "Jag har intervju på tisdag kl. 9.30 hos Vattenfall, så jag måste åka tidigt. Kan du "
            "gå ut med Sixten på morgonen?\n\n"
            "Puss,\nJonas\n"
        ),
    )
    yield direct(
        f,
        "adik_jemput",
        "id",
        person("Rina Morgan"),
        "Tolong jemput aku hari Kamis",
        sent_on(2, 15, 20, JKT),
        "The reader's younger sister has an interview on Thursday at 10.00 in Sudirman and asks to be picked up afterwards.",
        text=(
            "Kak Alex,\n\n"
            "Hari Kamis jam 10.00 aku ada wawancara kerja di kantor bank di Sudirman. Nanti "
            "selesainya kira-kira jam 12. Bisa tolong jemput aku setelah itu?\n\n"
            "Makasih ya,\nRina\n"
        ),
    )
    yield direct(
        f,
        "amiga_planta",
        "pt-BR",
        person("Bianca Lopes"),
        "Favor na sexta",
        sent_on(2, 16, 18, SAO),
        "A friend has her interview on Friday at 14h and asks the reader to water her plants.",
        text=(
            "Oi Alex!\n\n"
            "Sexta às 14h tenho a minha entrevista na agência de publicidade, e depois vou direto "
            "para a casa da minha mãe em Campinas. Você pode regar as minhas plantas no fim de "
            "semana? A chave está com o porteiro.\n\n"
            "Beijos,\nBia\n"
        ),
    )
    yield direct(
        f,
        "mitbewohner_paket",
        "de-CH",
        person("Reto Keller"),
        "Paket am Montag",
        sent_on(2, 18, 21, ZRH),
        "The reader's flatmate has an interview on Monday at 10 Uhr in Bern and asks the reader to take in a parcel.",
        text=(
            "Hoi Alex\n\n"
            "Am Montag bin ich den ganzen Morgen weg, ich habe um 10 Uhr ein "
            "Vorstellungsgespräch in Bern. Kannst du das Paket von der Post annehmen? Es kommt "
            "zwischen 9 und 12.\n\n"
            "Merci vielmal\nReto\n"
        ),
    )
    yield direct(
        f,
        "dad_ride",
        "en-US",
        person("Rick Morgan"),
        "ride Tuesday?",
        sent_on(2, 19, 19, NYC),
        "The reader's father has an interview on Tuesday at 11 and asks for a ride.",
        text=(
            "Hi kiddo,\n\n"
            "Got an interview at the hardware store on Tuesday at 11! Could you give me a ride? "
            "Mom needs the car that day.\n\n"
            "Love, Dad\n"
        ),
    )
    yield direct(
        f,
        "chingu_gangaji",
        "ko",
        ("이수진", "sujin.lee@mailbox.example"),
        "목요일에 부탁 하나만",
        sent_on(2, 22, 21, SEO),
        "A friend has an interview on Thursday at 2 pm and asks the reader to look after her puppy.",
        text=(
            "알렉스,\n\n"
            "나 목요일 오후 2시에 면접 있어서 하루 종일 밖에 있을 것 같아. 그날 우리 강아지 좀 "
            "봐줄 수 있어?\n\n"
            "고마워!\n수진\n"
        ),
    )
    # controls
    s = when(3, 2, "Tue", 10, 0, STO)
    hr = ("Norrsken Rekrytering", "rekrytering@norrsken-energi.example.se")
    yield fwd(
        f,
        "sambo_fwd_own",
        "sv",
        "gmail",
        "sv",
        person("Jonas Ek"),
        person("Jonas Ek"),
        hr,
        "Inbjudan till intervju",
        sent_on(2, 23, 9, STO),
        "Alex, det här kom till min mejl – det är din intervju! Tisdag kl. 10.",
        "Hej Alex Morgan,\n\nTack för din ansökan till tjänsten som projektledare. Vi vill "
        "gärna träffa dig på intervju tisdag 2 mars kl. 10.00–11.00 på Sveavägen 20.\n\n"
        "Vänliga hälsningar\nNorrsken Rekrytering",
        "Control: the reader's partner forwards (Gmail) the reader's own invitation that reached his mailbox: Tuesday 2 March 10.00-11.00.",
        start=s,
        end=s + 60 * MIN,
    )
    s = when(3, 3, "Wed", 12, 0, WAW)
    hr = ("Dział HR Vistula Soft", "rekrutacja@vistulasoft.example.pl")
    yield fwd(
        f,
        "zona_fwd_own",
        "pl",
        "outlook",
        "pl",
        person("Ewa Morgan"),
        person("Ewa Morgan"),
        hr,
        "Zaproszenie na rozmowę kwalifikacyjną",
        sent_on(2, 24, 10, WAW),
        "Kochanie, to przyszło do mnie – to Twoja rozmowa, środa 12:00.",
        "Szanowny Panie Alexie,\n\ndziękujemy za przesłanie aplikacji. Zapraszamy na rozmowę "
        "kwalifikacyjną w środę 3 marca o godz. 12:00 w naszym biurze przy ul. Prostej 20.\n\n"
        "Z poważaniem\nDział HR Vistula Soft",
        "Control: the reader's wife forwards (Outlook) the reader's own invitation: Wednesday 3 March at 12:00.",
        start=s,
    )
    s = when(3, 4, "Thu", 15, 30, NYC)
    yield direct(
        f,
        "mom_voicemail",
        "en-US",
        person("Linda Morgan"),
        "voicemail for you",
        sent_on(2, 26, 17, NYC),
        "Control: the reader's mother passes on a recruiter's voicemail left on the home phone: the reader's interview on Thursday March 4 at 3:30 PM.",
        text=(
            "Hi honey,\n\n"
            "A lady from Brightwater Health left a message on the house phone for you. She said "
            "your interview is Thursday, March 4 at 3:30 PM at their office on Elm Street, and "
            "to call her back if that doesn't work.\n\n"
            "Love, Mom\n"
        ),
        start=s,
        organizer=False,
    )


def agencyhm39() -> Iterator[Case]:
    f = "agencyhm39"
    yield direct(
        f,
        "candidato_viene",
        "it",
        ("Marta Gallo", "marta.gallo@talenti-nord.example.it"),
        "Candidato Stefano Riva - colloquio martedì",
        sent_on(2, 4, 11, ROM),
        "An Italian agency consultant tells the client (the reader) that its candidate Stefano Riva comes on Tuesday 9 February at 15:00.",
        text=(
            "Buongiorno Alex,\n\n"
            "le confermo che il nostro candidato Stefano Riva verrà da voi martedì 9 febbraio "
            "alle 15:00 per il secondo colloquio. Gli ho già mandato l'indirizzo della sede di "
            "Bergamo.\n\n"
            "Cordiali saluti,\nMarta Gallo\nTalenti Nord\n"
        ),
    )
    yield direct(
        f,
        "candidata_horario",
        "pt-BR",
        ("Felipe Costa", "felipe.costa@ponte-talentos.example.com.br"),
        "Candidata Larissa Melo - entrevista confirmada",
        sent_on(2, 5, 14, SAO),
        "A Brazilian agency tells the client (the reader) that the candidate Larissa Melo is confirmed for Wednesday 10 February at 10h.",
        text=(
            "Olá Alex,\n\n"
            "A candidata Larissa Melo está confirmada para quarta-feira, 10 de fevereiro, às "
            "10h, no escritório de vocês na Paulista. Ela vai levar o portfólio impresso.\n\n"
            "Abraço,\nFelipe Costa\nPonte Talentos\n"
        ),
    )
    yield direct(
        f,
        "kandidat_kommer",
        "sv",
        ("Sara Lund", "sara.lund@nordrekrytering.example.se"),
        "Kandidat till intervju torsdag",
        sent_on(2, 8, 10, STO),
        "A Swedish agency tells the client (the reader) that its candidate Oskar Nyberg comes to the interview on Thursday 11 February at 13.00.",
        text=(
            "Hej Alex,\n\n"
            "Vår kandidat Oskar Nyberg kommer till intervjun hos er torsdag 11 februari kl. 13.00. "
            "Jag har skickat adressen och sagt att han ska fråga efter dig i receptionen.\n\n"
            "Hälsningar\nSara Lund\nNord Rekrytering\n"
        ),
    )
    yield direct(
        f,
        "kohosha_raisha",
        "ja",
        ("佐藤 美咲", "misaki.sato@career-bridge.example.jp"),
        "候補者ご来社の件（2月12日）",
        sent_on(2, 8, 16, TYO),
        "A Japanese agency tells the client (the reader) that the candidate Mr Takahashi visits on Friday 12 February at 14:00.",
        text=(
            "アレックス様\n\n"
            "いつもお世話になっております。キャリアブリッジの佐藤です。\n\n"
            "ご紹介中の候補者、高橋様の二次面接ですが、2月12日（金）14:00に御社へ伺う形で"
            "確定いたしました。当日は受付でアレックス様をお呼びするようお伝えしております。\n\n"
            "引き続きよろしくお願いいたします。\n佐藤\n"
        ),
    )
    yield direct(
        f,
        "bewerberin_termin",
        "de-AT",
        ("Lukas Gruber", "lukas.gruber@alpen-personal.example.at"),
        "Bewerberin Frau Katharina Huber - Termin",
        sent_on(2, 10, 9, VIE),
        "An Austrian agency tells the client (the reader) that the applicant Frau Katharina Huber comes on Monday 15 February at 9:30.",
        text=(
            "Sehr geehrter Herr Morgan,\n\n"
            "Frau Katharina Huber kommt wie besprochen am Montag, 15. Februar, um 9:30 Uhr zum "
            "Gespräch in Ihr Büro in der Mariahilfer Straße. Den aktualisierten Lebenslauf finden "
            "Sie im Anhang.\n\n"
            "Mit freundlichen Grüßen\nLukas Gruber\nAlpen Personal\n"
        ),
    )
    yield direct(
        f,
        "candidate_booked",
        "en-US",
        ("Jenna Brooks", "jenna.brooks@summit-staffing.example.com"),
        "Marcus Hill - onsite confirmed",
        sent_on(2, 11, 15, NYC),
        "A US staffing agency tells the client (the reader) that its candidate Marcus Hill is booked for the onsite on Wednesday 2/17 at 1 PM.",
        text=(
            "Hi Alex,\n\n"
            "Marcus Hill is locked in for the onsite on Wednesday 2/17 at 1 PM. He'll check in "
            "with your front desk 10 minutes early. Let me know if you want me to send over his "
            "references beforehand.\n\n"
            "Thanks,\nJenna Brooks\nSummit Staffing\n"
        ),
    )
    yield direct(
        f,
        "kandidaat_komt",
        "nl-BE",
        ("Wout Peeters", "wout.peeters@talentbrug.example.be"),
        "Kandidaat Elke Maes - gesprek vrijdag",
        sent_on(2, 15, 10, BRU),
        "A Belgian agency tells the client (the reader) that the candidate Elke Maes comes on Friday 19 February at 11u.",
        text=(
            "Dag Alex,\n\n"
            "Elke Maes komt vrijdag 19 februari om 11u naar jullie kantoor in Gent voor het "
            "tweede gesprek. Ik heb haar gezegd naar jou te vragen aan het onthaal.\n\n"
            "Groeten,\nWout Peeters\nTalentbrug\n"
        ),
    )
    # controls
    s = when(2, 23, "Tue", 10, 0, ROM)
    yield direct(
        f,
        "own_colloquio_agenzia",
        "it",
        ("Marta Gallo", "marta.gallo@talenti-nord.example.it"),
        "Colloquio presso Lario Tech - martedì 23",
        sent_on(2, 17, 12, ROM),
        "Control: the Italian agency invites the reader to the client interview on Tuesday 23 February at 10:00.",
        text=(
            "Buongiorno Alex,\n\n"
            "Lario Tech vorrebbe conoscerla: il colloquio è fissato per martedì 23 febbraio alle "
            "10:00 presso la loro sede di Como, via Milano 8.\n\n"
            "La chiamo domani per prepararci insieme.\n\n"
            "Cordiali saluti,\nMarta Gallo\n"
        ),
        start=s,
    )
    s = when(2, 25, "Thu", 15, 0, TYO)
    yield direct(
        f,
        "own_mensetsu_agent",
        "ja",
        ("佐藤 美咲", "misaki.sato@career-bridge.example.jp"),
        "面接日程確定のご連絡（2月25日）",
        sent_on(2, 18, 11, TYO),
        "Control: the Japanese agency tells the reader that the reader's own interview is set for Thursday 25 February at 15:00.",
        text=(
            "アレックス様\n\n"
            "キャリアブリッジの佐藤です。\n\n"
            "株式会社ミナト精機様との一次面接の日程が確定しましたのでご連絡いたします。\n\n"
            "日時：2月25日（木）15:00〜16:00\n場所：東京都港区芝浦3-1-1 本社8階\n\n"
            "当日は受付で人事部の山本様をお呼びください。\n\n佐藤\n"
        ),
        start=s,
        end=s + 60 * MIN,
    )


def ccloop39() -> Iterator[Case]:
    f = "ccloop39"
    yield direct(
        f,
        "ptbr_resposta_copia",
        "pt-BR",
        ("Renata Alves", "renata.alves@horizonte-dados.example.com.br"),
        "RE: Entrevista candidato Thiago Nunes",
        sent_on(2, 4, 15, SAO),
        "A Brazilian manager confirms to HR, the reader in copy, the interview with the candidate Thiago Nunes on Tuesday 9 February at 14h.",
        text=p8.thread(
            "Oi Camila,\n\nPode confirmar com o Thiago para terça, 9/2, às 14h. Coloquei o Alex "
            "em cópia porque ele vai participar da entrevista comigo.\n\nObrigada,\nRenata",
            (
                "Em qua., 3 de fev. de 2027 às 11:20, Camila Rocha <camila.rocha@horizonte-dados.example.com.br> escreveu:",
                "Oi Renata,\n\nO candidato Thiago Nunes tem disponibilidade na terça, 9/2, às 14h. "
                "Posso confirmar?\n\nCamila",
            ),
        ),
        to=("Camila Rocha", "camila.rocha@horizonte-dados.example.com.br"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/nunes",
    )
    yield direct(
        f,
        "pl_odpowiedz_dw",
        "pl",
        ("Tomasz Wróbel", "tomasz.wrobel@wislasoft.example.pl"),
        "RE: Termin rozmowy - pani Anna Król",
        sent_on(2, 5, 10, WAW),
        "A Polish team lead answers HR, the reader in copy: the candidate Anna Król's interview on Wednesday 10 February at 11:00.",
        text=p8.thread(
            "Cześć Magda,\n\nśroda 10 lutego o 11:00 pasuje. Alex jest w DW – poprowadzi część "
            "techniczną rozmowy z panią Król.\n\nTomek",
            (
                "W dniu 4.02.2027 o 16:05, Magdalena Sikora <magdalena.sikora@wislasoft.example.pl> pisze:",
                "Cześć Tomek,\n\nkandydatka Anna Król może przyjść w środę 10 lutego o 11:00. "
                "Potwierdzić?\n\nMagda",
            ),
        ),
        to=("Magdalena Sikora", "magdalena.sikora@wislasoft.example.pl"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/krol",
    )
    yield direct(
        f,
        "sv_svar_kopia",
        "sv",
        ("Anders Berg", "anders.berg@norrsken-energi.example.se"),
        "SV: Intervju med Maja Holm",
        sent_on(2, 8, 13, STO),
        "A Swedish manager answers the recruiter, the reader in copy: the interview with Maja Holm on Friday 12 February at 9.00.",
        text=p8.thread(
            "Hej Klara,\n\nfredag 12 februari kl. 9.00 funkar för intervjun med Maja Holm. Jag "
            "har satt Alex på kopia, han sitter med.\n\n/Anders",
            (
                "Den mån 8 feb. 2027 kl. 10:41 skrev Klara Dahl <klara.dahl@norrsken-energi.example.se>:",
                "Hej Anders,\n\nMaja Holm kan komma på intervju fredag 12 februari kl. 9.00. Ska "
                "jag boka?\n\nKlara",
            ),
        ),
        to=("Klara Dahl", "klara.dahl@norrsken-energi.example.se"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/holm",
    )
    yield direct(
        f,
        "ja_henshin_cc",
        "ja",
        ("中村 健", "ken.nakamura@minato-seiki.example.jp"),
        "RE: 候補者 小林様 二次面接の日程",
        sent_on(2, 9, 14, TYO),
        "A Japanese manager answers HR, the reader in cc: the candidate Mr Kobayashi's second interview on Tuesday 16 February at 10:00, the reader to attend.",
        text=p8.thread(
            "山本さん\n\n2月16日（火）10:00で問題ありません。アレックスさんにもCCで共有します。"
            "当日は同席をお願いします。\n\n中村",
            (
                "2027年2月8日(月) 17:30 山本 花 <hana.yamamoto@minato-seiki.example.jp>:",
                "中村さん\n\n候補者の小林様ですが、2月16日（火）10:00からの二次面接が可能とのこと"
                "です。確定してよろしいでしょうか。\n\n山本",
            ),
        ),
        to=("山本 花", "hana.yamamoto@minato-seiki.example.jp"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/kobayashi",
    )
    yield direct(
        f,
        "tr_yanit_bilgi",
        "tr",
        ("Murat Öz", "murat.oz@bogazici-lojistik.example.com.tr"),
        "YNT: Aday görüşmesi - Elif Şahin",
        sent_on(2, 10, 11, IST),
        "A Turkish director answers HR, the reader in copy: the candidate Elif Şahin's interview on Thursday 18 February at 15:00.",
        text=p8.thread(
            "Selin Hanım merhaba,\n\n18 Şubat Perşembe saat 15:00 uygun. Alex'i de bilgiye "
            "ekledim, görüşmeye o da katılacak.\n\nMurat",
            (
                "Selin Kaya <selin.kaya@bogazici-lojistik.example.com.tr> şunu yazdı (9 Şub 2027 14:02):",
                "Murat Bey merhaba,\n\nAday Elif Şahin 18 Şubat Perşembe saat 15:00'te görüşmeye "
                "gelebilir. Onaylıyor musunuz?\n\nSelin",
            ),
        ),
        to=("Selin Kaya", "selin.kaya@bogazici-lojistik.example.com.tr"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/sahin",
    )
    yield direct(
        f,
        "engb_reply_cc",
        "en-GB",
        ("Fiona Walsh", "fiona.walsh@cedarworks.example.co.uk"),
        "RE: Second interview - George Patel",
        sent_on(2, 11, 16, LON),
        "A British hiring manager answers the recruiter, the reader copied: George Patel's second interview on Monday 22 February at 2pm, the reader joining.",
        text=p8.thread(
            "Hi Hannah,\n\nMonday 22nd at 2pm is fine for George's second interview. I've "
            "copied Alex, who'll join me for the case study.\n\nThanks,\nFiona",
            (
                "From: Hannah Price <hannah.price@cedarworks.example.co.uk>\nSent: 11 February 2027 10:03",
                "Hi Fiona,\n\nGeorge Patel can do Monday 22 February at 2pm. Shall I book it?\n\nHannah",
            ),
        ),
        to=("Hannah Price", "hannah.price@cedarworks.example.co.uk"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/patel",
    )
    yield direct(
        f,
        "esmx_respuesta_copia",
        "es-MX",
        ("Ricardo Fuentes", "ricardo.fuentes@aztlan-logistica.example.mx"),
        "RE: Entrevista con Daniela Cruz",
        sent_on(2, 12, 12, MEX),
        "A Mexican manager answers HR, the reader in copy: the interview with Daniela Cruz on Wednesday 24 February at 12:00.",
        text=p8.thread(
            "Hola Paola:\n\nEl miércoles 24 a las 12:00 me queda bien para la entrevista con "
            "Daniela Cruz. Copio a Alex para que nos acompañe.\n\nSaludos,\nRicardo",
            (
                "El jue, 11 feb 2027 a las 18:10, Paola Rivas (<paola.rivas@aztlan-logistica.example.mx>) escribió:",
                "Hola Ricardo:\n\nDaniela Cruz puede venir el miércoles 24 de febrero a las 12:00. "
                "¿Le confirmo?\n\nPaola",
            ),
        ),
        to=("Paola Rivas", "paola.rivas@aztlan-logistica.example.mx"),
        cc=(ME,),
        reply_to_key="whose39/ccloop39/cruz",
    )
    # controls: the reader in copy is the candidate
    s = when(2, 17, "Wed", 13, 0, WAW)
    yield direct(
        f,
        "pl_own_dw",
        "pl",
        ("Magdalena Sikora", "magdalena.sikora@wislasoft.example.pl"),
        "RE: Rozmowa z panem Alexem Morganem",
        sent_on(2, 11, 9, WAW),
        "Control: HR answers the team lead and writes to the reader in copy: 'Panie Alexie, zapraszamy na rozmowę w środę 17 lutego o 13:00'.",
        text=p8.thread(
            "Tomku, dodaję pana Morgana do wiadomości.\n\nPanie Alexie, zapraszamy na rozmowę w "
            "środę 17 lutego o 13:00 do naszego biura przy ul. Prostej 20.\n\nPozdrawiam\nMagda",
            (
                "W dniu 10.02.2027 o 15:12, Tomasz Wróbel <tomasz.wrobel@wislasoft.example.pl> pisze:",
                "Magda, środa 13:00 z panem Morganem mi pasuje.\n\nTomek",
            ),
        ),
        to=("Tomasz Wróbel", "tomasz.wrobel@wislasoft.example.pl"),
        cc=(ME,),
        start=s,
        reply_to_key="whose39/ccloop39/ownpl",
    )
    s = when(2, 26, "Fri", 11, 30, LON)
    yield direct(
        f,
        "engb_own_cc",
        "en-GB",
        ("Hannah Price", "hannah.price@cedarworks.example.co.uk"),
        "RE: Alex Morgan - second interview",
        sent_on(2, 19, 10, LON),
        "Control: the recruiter answers the hiring manager and tells the reader in copy: 'Alex, you're booked in for Friday 26 February at 11:30'.",
        text=p8.thread(
            "Thanks Fiona - copying Alex in.\n\nAlex, you're booked in for your second interview "
            "on Friday 26 February at 11:30 with Fiona and me, at our Leeds office.\n\nBest,\nHannah",
            (
                "From: Fiona Walsh <fiona.walsh@cedarworks.example.co.uk>\nSent: 18 February 2027 16:40",
                "Hannah, Friday 26th at 11:30 works for Alex Morgan's second interview.\n\nFiona",
            ),
        ),
        to=("Fiona Walsh", "fiona.walsh@cedarworks.example.co.uk"),
        cc=(ME,),
        start=s,
        reply_to_key="whose39/ccloop39/owngb",
    )


def agencydev39() -> Iterator[Case]:
    f = "agencydev39"
    bne, mtl, bue, hel, cph, prg = (
        "Australia/Brisbane", "America/Toronto", "America/Argentina/Buenos_Aires",
        "Europe/Helsinki", "Europe/Copenhagen", "Europe/Prague",
    )  # fmt: skip
    yield direct(
        f,
        "candidate_will_come_in",
        "en-AU",
        ("Chloe Nguyen", "chloe.nguyen@harbourside-recruit.example.com.au"),
        "Priya Sharma - Thursday",
        sent_on(2, 26, 15, bne),
        "An Australian agency consultant confirms to the client (the reader) that her candidate Priya Sharma will come in on Thursday 4 March at 10:30am.",
        text=(
            "Hi Alex,\n\n"
            "Just confirming Priya Sharma will come in to meet you on Thursday 4 March at "
            "10:30am. She's bringing her portfolio and has a hard stop at 11:45.\n\n"
            "Cheers,\nChloe Nguyen\nHarbourside Recruitment\n"
        ),
    )
    yield direct(
        f,
        "candidate_bureaux",
        "fr-CA",
        ("Marc-André Tremblay", "ma.tremblay@placement-boreal.example.ca"),
        "Mme Émilie Gagnon - deuxième entrevue",
        sent_on(2, 24, 10, mtl),
        "A Québec agency tells the client (the reader) that its candidate Émilie Gagnon will be at the client's offices on Tuesday 2 March at 13 h 30.",
        text=(
            "Bonjour Alex,\n\n"
            "Notre candidate, Mme Émilie Gagnon, sera à vos bureaux mardi le 2 mars à 13 h 30 "
            "pour la deuxième entrevue. Je lui ai transmis les consignes de stationnement.\n\n"
            "Bonne journée,\nMarc-André Tremblay\nPlacement Boréal\n"
        ),
    )
    yield direct(
        f,
        "candidato_oficinas",
        "es-AR",
        ("Lucía Pereyra", "lucia.pereyra@talento-rioplatense.example.com.ar"),
        "Martín Sosa - entrevista miércoles",
        sent_on(2, 25, 12, bue),
        "An Argentine agency tells the client (the reader) that its candidate Martín Sosa will be at the client's offices on Wednesday 3 March at 11 hs.",
        text=(
            "Hola Alex,\n\n"
            "Te confirmo que nuestro candidato Martín Sosa va a estar en sus oficinas el miércoles "
            "3 de marzo a las 11 hs para la entrevista con vos.\n\n"
            "Saludos,\nLucía Pereyra\nTalento Rioplatense\n"
        ),
    )
    yield direct(
        f,
        "candidato_sexta",
        "pt-PT",
        ("Inês Carvalho", "ines.carvalho@atlantico-rh.example.pt"),
        "Candidato Tiago Ferreira",
        sent_on(2, 26, 11, LIS),
        "A Portuguese agency tells the client (the reader) that its candidate Tiago Ferreira can be there on Friday 5 March at 15h00.",
        text=(
            "Olá Alex,\n\n"
            "O nosso candidato Tiago Ferreira pode estar aí na sexta-feira, 5 de março, às "
            "15h00, para a segunda entrevista. Diga-me se lhe convém.\n\n"
            "Cumprimentos,\nInês Carvalho\nAtlântico RH\n"
        ),
    )
    yield direct(
        f,
        "kandidat_kommer_da",
        "da",
        ("Søren Madsen", "soren.madsen@nordvest-rekruttering.example.dk"),
        "Mette Larsen - samtale mandag",
        sent_on(3, 2, 10, cph),
        "A Danish agency tells the client (the reader) that its candidate Mette Larsen comes to the interview on Monday 8 March at 9.30.",
        text=(
            "Hej Alex\n\n"
            "Vores kandidat Mette Larsen kommer til samtale hos jer mandag den 8. marts kl. 9.30. "
            "Hun spørger efter dig i receptionen.\n\n"
            "Venlig hilsen\nSøren Madsen\nNordvest Rekruttering\n"
        ),
    )
    yield direct(
        f,
        "ehdokas_tulee",
        "fi",
        ("Laura Korhonen", "laura.korhonen@rekry-pohjola.example.fi"),
        "Antti Virtanen - haastattelu tiistaina",
        sent_on(3, 3, 9, hel),
        "A Finnish agency tells the client (the reader) that its candidate Antti Virtanen comes to the interview on Tuesday 9.3. at 13.",
        text=(
            "Hei Alex,\n\n"
            "ehdokkaamme Antti Virtanen tulee haastatteluun teille tiistaina 9.3. klo 13. Hän "
            "ilmoittautuu aulassa.\n\n"
            "Terveisin\nLaura Korhonen\nRekry Pohjola\n"
        ),
    )
    yield direct(
        f,
        "kandidat_muze_prijit",
        "cs",
        ("Jana Dvořáková", "jana.dvorakova@prazsky-nabor.example.cz"),
        "Kandidát Petr Novák - pohovor ve středu",
        sent_on(3, 4, 14, prg),
        "A Czech agency tells the client (the reader) that its candidate Petr Novák can come to the interview on Wednesday 10 March at 10:00.",
        text=(
            "Dobrý den, pane Morgane,\n\n"
            "náš kandidát Petr Novák může přijít na pohovor ve středu 10. března v 10:00. "
            "Posílám jeho aktualizovaný životopis.\n\n"
            "S pozdravem\nJana Dvořáková\nPražský nábor\n"
        ),
    )
    yield direct(
        f,
        "kandidatin_hat_zeit",
        "de",
        ("Nina Scholz", "nina.scholz@rhein-personal.example.de"),
        "Frau Laura Schmitt - Zweitgespräch",
        sent_on(3, 5, 10, BER),
        "A German agency tells the client (the reader) that its candidate Frau Laura Schmitt has time for the second interview on Thursday 11 March at 14 Uhr.",
        text=(
            "Hallo Alex,\n\n"
            "unsere Kandidatin Frau Laura Schmitt hat am Donnerstag, 11. März, um 14 Uhr Zeit "
            "für das Zweitgespräch bei Ihnen. Soll ich das so fest machen?\n\n"
            "Viele Grüße\nNina Scholz\nRhein Personal\n"
        ),
    )
    # controls: the agency invites the reader
    s = when(3, 12, "Fri", 14, 0, bne)
    yield direct(
        f,
        "own_client_meeting",
        "en-AU",
        ("Chloe Nguyen", "chloe.nguyen@harbourside-recruit.example.com.au"),
        "Coastline Logistics - your interview",
        sent_on(3, 5, 16, bne),
        "Control: the agency consultant tells the reader that the client would like to meet them on Friday 12 March at 2pm.",
        text=(
            "Hi Alex,\n\n"
            "Great news - Coastline Logistics would like to meet you on Friday 12 March at 2pm "
            "at their office on Eagle Street. Ask for Ben at reception.\n\n"
            "Cheers,\nChloe\n"
        ),
        start=s,
    )
    s = when(3, 11, "Thu", 10, 0, cph)
    yield direct(
        f,
        "own_samtale",
        "da",
        ("Søren Madsen", "soren.madsen@nordvest-rekruttering.example.dk"),
        "Samtale hos Nordhavn A/S",
        sent_on(3, 4, 11, cph),
        "Control: the Danish agency invites the reader to an interview with the client on Thursday 11 March at 10.00.",
        text=(
            "Hej Alex\n\n"
            "Nordhavn A/S vil gerne møde dig til samtale torsdag den 11. marts kl. 10.00 på "
            "deres kontor i Aarhus.\n\n"
            "Venlig hilsen\nSøren Madsen\n"
        ),
        start=s,
    )


BUILDERS = (
    agencydev39,
    kinerrand39,
    agencyhm39,
    ccloop39,
    catsremind39,
    panelask39,
    ccthread39,
    agencyclient39,
    kinown39,
    coordlist39,
    oooref39,
)

POLICY = (
    "Every label was written from the datetimes the text is rendered from (weekday names "
    "checked), before the parser was run on any message. The held-out families were drawn by "
    "`random.Random('whose39 coin').sample(sorted(FAMILIES), 3)` right after the families were "
    "listed, before anything was measured. A second round (kinerrand39, agencyhm39, "
    "ccloop39) was written after the first was measured and one of its families drawn by "
    "`random.Random('whose39 coin 2').sample(sorted(SECOND), 1)` before it was measured; a "
    "third-round family (agencydev39) is all dev. Held-out files are not listed here."
)


FIGURES = (
    "Measured with /work/notes/quick.py (the benchmark's comparison). First sight (main "
    "a0489e5b, before any change): dev 10 of 12 controls with the right start (9 sure; "
    "coordlist39's own rows read at the list's first row), 12 of 36 look-alikes claimed with "
    "confidence >= 0.5 (coordlist39 3, panelask39 3, etamrin39 3, oooref39 2, catsremind39 "
    "1); held out 8 of 8 right (7 sure), 14 of 20 claimed. After the first rules: dev 12 of "
    "12 right and sure, 4 of 36 claimed; held out unchanged. Second round at first sight: "
    "kinerrand39 7 of 8 and ccloop39 5 of 7 claimed, its controls right and sure; the third "
    "round's agencydev39 8 of 8 claimed. After all rules: dev 19 of 19 controls right and "
    "sure, 3 of 59 look-alikes claimed (all etamrin39, below); held out 10 of 10 right (9 "
    "sure), 9 of 27 claimed."
)
OVERLAP = (
    "Withdrawn: an etamrin39 family (ten mails rendered from the templates of Etamrin, an "
    "Indonesian recruiting app) was built and measured with this batch, then removed, as was "
    "negs30c's etamrin30: Etamrin's repository has no licence and its README forbids "
    "publishing its contents. The figures above include it as first measured; the parser "
    "rules it prompted rest on the other families and sources named in their tests."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    lines = [
        "# Provenance of the whose39 batch (`build_whose39.py`)",
        "",
        "Mail in which a real interview time appears that is not the reader's own interview: "
        "the reader as interviewer or panel member, copied on a hiring team's thread, the client "
        "of an agency, the referee, a mentor or parent of students, a partner or flatmate asked "
        "for an errand, a colleague's out-of-office; and controls in the same voices that are "
        "the reader's own invitation. OpenCATS mails are rendered from the real "
        "templates (repository, commit and files in each family's line); everything else is "
        "our own words. People, companies and addresses are made up; dates in 2027.",
        "",
        POLICY,
        "",
        FIGURES,
        "",
        OVERLAP,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        + ". Held out: "
        + ", ".join(held)
        + ".",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_whose39.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-whose39.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(_HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
