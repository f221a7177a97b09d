"""Write the "others31" batch: the two copies that scheduling tools send of one interview,
the candidate's and the other side's, with no calendar part. Tau Interview Scheduling's
confirmation (a react-email template with a candidate and an interviewer branch: the
candidate's names the interviewer, the interviewer's names the candidate), a Bookly-style
WordPress booking plugin (the client's confirmation and the staff member's "new booking"
copy, en/de/fr), and hand-written mail from hiring teams to a colleague who interviews,
beside the candidate's own invitation naming the same colleague (nl, sv, pt-PT, tr, cs).

Run: .venv/bin/python tests/parsing/corpus/build_others31.py

Every label comes from the datetimes the text is rendered from (typed weekdays checked by
`at`) and was written before the parser was run on the message; the split was fixed before
then too. Helpers come from build_parse-pos.py and build_prose8.py (loaded, not copied).
Deterministic; touches only its own families' files.
"""

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
NEG: dict[str, object] = {"kind": "not_invitation"}
LON, BER, PAR, AMS, STO, LIS, IST, PRG = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Lisbon",
    "Europe/Istanbul",
    "Europe/Prague",
)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "tausched31": "dev",
    "bookstaff31": "dev",
    "handside31": "heldout",
}
SOURCES = {
    "tausched31": "Tau Interview Scheduling's `InterviewConfirmationEmail` (react-email, "
    "`@tau/email`; read in the code search store, repository not named there): one template "
    "with a candidate branch ('your interview ... Interviewer: <name>', arrival or "
    "connection advice) and an interviewer branch ('an interview ... Candidate: <name>'); "
    "wording ours, structure theirs",
    "bookstaff31": "Bookly-style WordPress booking plugin default notifications, strings "
    "recalled, not re-read: the client's 'This is a confirmation that you have booked ...' "
    "and the staff member's 'You have a new booking' with Service/Date/Time/Client name "
    "lines; de and fr written as a site owner's translation; wording ours",
    "handside31": "hand-written; hiring teams writing to a colleague who interviews someone "
    "(CV attached, evaluation afterwards) and to the candidate naming that colleague; " + OWN,
}
TAU = SOURCES["tausched31"]
BOOK = SOURCES["bookstaff31"]
HAND = SOURCES["handside31"]
STRUCTURE = "structure only; all text, people and identifiers written for this corpus"


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    label: dict[str, object],
    *,
    text: str | None = None,
    html: str | None = None,
) -> Case:
    key = f"others31/{family}/{name}"
    raw = mail(key, sender=sender, to=to, subject=subject, sent=sent, text=text, html=html)
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    template = HAND if family == "handside31" else TAU if family == "tausched31" else BOOK
    licence = OWN if family == "handside31" else STRUCTURE
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, licence)


def _tau_html(greeting: str, lead: str, rows: list[tuple[str, str]], advice: str) -> str:
    cells = "<br />".join(f"<strong>{label}:</strong> {value}" for label, value in rows)
    tail = f"<p>{advice}</p>" if advice else ""
    return (
        '<!DOCTYPE html><html><head></head><body style="background-color:#ffffff;'
        'font-family:Arial, sans-serif"><table width="100%"><tr><td style="padding:20px">'
        f'<p style="font-size:20px;font-weight:bold">Hello {greeting},</p><p>{lead}</p>'
        f"<p>{cells}</p>{tail}"
        '<p style="font-size:12px;color:#6b7280">Sent automatically by Tau Interview '
        "Scheduling.</p></td></tr></table></body></html>"
    )


# --------------------------------------------------------------------------------------
def tausched31() -> Iterator[Case]:
    f = "tausched31"
    tau = ("Tau Scheduling", "notifications@tau-scheduling.example")
    ines = ("Ines Carver", "ines.carver@mailbox.example")
    owen = ("Owen Pratt", "owen.pratt@fernbank-data.example")
    sent = at(2027, 1, 7, 10, 5, LON, "Thu")
    st = at(2027, 1, 14, 15, 0, LON, "Thu")
    yield case(
        f,
        "candidate_online",
        "en-GB",
        tau,
        ines,
        "Your interview has been scheduled",
        sent,
        "Candidate branch, online: 'Date: Thursday, 14 January 2027 / Time: 15:00 / "
        "Interviewer: Owen Pratt'; no zone.",
        slot(st, sent=sent),
        html=_tau_html(
            "Ines Carver",
            "Your interview for the Data Engineer role is booked. Your details:",
            [
                ("Date", "Thursday, 14 January 2027"),
                ("Time", "15:00"),
                ("Interviewer", "Owen Pratt"),
                ("Location", "Online"),
            ],
            "Check your internet connection and camera beforehand and join the call on time. "
            "Good luck!",
        ),
    )
    yield case(
        f,
        "interviewer_online",
        "en-GB",
        tau,
        owen,
        "Interview scheduled",
        sent,
        "Interviewer branch of the same slot: 'Candidate: Ines Carver'; the reader interviews.",
        NEG,
        html=_tau_html(
            "Owen Pratt",
            "An interview for the Data Engineer role is booked. The details:",
            [
                ("Date", "Thursday, 14 January 2027"),
                ("Time", "15:00"),
                ("Candidate", "Ines Carver"),
                ("Location", "Online"),
            ],
            "",
        ),
    )
    kofi = ("Kofi Mensah", "kofi.mensah@inbox.example")
    leah = ("Leah Doyle", "leah.doyle@quayline-logistics.example")
    sent = at(2027, 1, 8, 16, 20, LON, "Fri")
    st = at(2027, 1, 15, 9, 30, LON, "Fri")
    yield case(
        f,
        "candidate_onsite",
        "en-GB",
        tau,
        kofi,
        "Your interview has been scheduled",
        sent,
        "Candidate branch, on site: 'Friday, 15 January 2027 / 09:30 / Interviewer: Leah "
        "Doyle / 4 Quay Street, Bristol'; arrive 15 minutes early.",
        slot(st, sent=sent),
        html=_tau_html(
            "Kofi Mensah",
            "Your interview for the Warehouse Team Lead role is booked. Your details:",
            [
                ("Date", "Friday, 15 January 2027"),
                ("Time", "09:30"),
                ("Interviewer", "Leah Doyle"),
                ("Location", "4 Quay Street, Bristol"),
            ],
            "Please be at the address about 15 minutes before the start. To move the "
            "interview, contact your interviewer directly. Good luck!",
        ),
    )
    yield case(
        f,
        "interviewer_onsite",
        "en-GB",
        tau,
        leah,
        "Interview scheduled",
        sent,
        "Interviewer branch, on site: 'Candidate: Kofi Mensah' at 09:30 on Friday 15 January.",
        NEG,
        html=_tau_html(
            "Leah Doyle",
            "An interview for the Warehouse Team Lead role is booked. The details:",
            [
                ("Date", "Friday, 15 January 2027"),
                ("Time", "09:30"),
                ("Candidate", "Kofi Mensah"),
                ("Location", "4 Quay Street, Bristol"),
            ],
            "",
        ),
    )
    ray = ("Ray Holt", "ray.holt@copperleaf.example")
    sent = at(2027, 1, 11, 8, 45, "America/Chicago", "Mon")
    yield case(
        f,
        "interviewer_us",
        "en-US",
        tau,
        ray,
        "Interview scheduled",
        sent,
        "Interviewer branch in US format: 'Tuesday, January 19, 2027 / 2:30 PM / Candidate: "
        "Nadia Brooks'.",
        NEG,
        html=_tau_html(
            "Ray Holt",
            "An interview for the Support Analyst role is booked. The details:",
            [
                ("Date", "Tuesday, January 19, 2027"),
                ("Time", "2:30 PM"),
                ("Candidate", "Nadia Brooks"),
                ("Location", "Online"),
            ],
            "",
        ),
    )


# --------------------------------------------------------------------------------------
def bookstaff31() -> Iterator[Case]:
    f = "bookstaff31"
    site = ("Harwick Foods Careers", "bookings@harwickfoods.example")
    marek = ("Marek Nowak", "marek.nowak@inbox.example")
    dana = ("Dana Whitfield", "dana.whitfield@harwickfoods.example")
    sent = at(2027, 1, 5, 11, 10, LON, "Tue")
    st = at(2027, 1, 12, 10, 30, LON, "Tue")
    yield case(
        f,
        "client_booked",
        "en-GB",
        site,
        marek,
        "Your booking: Interview - Warehouse Supervisor",
        sent,
        "The client's confirmation: 'you have booked Interview - Warehouse Supervisor ... on "
        "January 12, 2027 at 10:30 am'.",
        slot(st, sent=sent),
        text="Dear Marek Nowak.\n\nThis confirms that you have booked Interview - Warehouse "
        "Supervisor.\n\nWe expect you at Harwick Foods, Unit 3 Mill Lane, Leeds on January "
        "12, 2027 at 10:30 am.\n\nThank you for choosing us.\n\nHarwick Foods",
    )
    yield case(
        f,
        "staff_new",
        "en-GB",
        site,
        dana,
        "New booking: Interview - Warehouse Supervisor",
        sent,
        "The staff member's copy of the same booking: 'You have a new booking ... Client name: "
        "Marek Nowak'.",
        NEG,
        text="Hello.\n\nYou have a new booking.\n\nService: Interview - Warehouse Supervisor\n"
        "Date: January 12, 2027\nTime: 10:30 am\nClient name: Marek Nowak\nClient phone: "
        "+44 7700 900412\nClient email: marek.nowak@inbox.example\n\nHarwick Foods",
    )
    site = ("Brenner Logistik Karriere", "termine@brenner-logistik.example")
    lena = ("Lena Vogt", "lena.vogt@inbox.example")
    kai = ("Kai Brandt", "kai.brandt@brenner-logistik.example")
    sent = at(2027, 1, 6, 9, 0, BER, "Wed")
    st = at(2027, 1, 14, 9, 0, BER, "Thu")
    yield case(
        f,
        "client_booked",
        "de",
        site,
        lena,
        "Ihre Buchung: Vorstellungsgespräch Disposition",
        sent,
        "The client's confirmation in German: 'am 14.01.2027 um 09:00 Uhr'.",
        slot(st, sent=sent),
        text="Sehr geehrte Frau Vogt,\n\nhiermit bestätigen wir Ihre Buchung: "
        "Vorstellungsgespräch Disposition.\n\nWir erwarten Sie am 14.01.2027 um 09:00 Uhr in "
        "der Hafenstraße 8, Bremen.\n\nVielen Dank,\nBrenner Logistik",
    )
    yield case(
        f,
        "staff_new",
        "de",
        site,
        kai,
        "Neue Buchung: Vorstellungsgespräch Disposition",
        sent,
        "The staff member's copy in German: 'Sie haben eine neue Buchung ... Kundenname: Lena "
        "Vogt'.",
        NEG,
        text="Hallo,\n\nSie haben eine neue Buchung.\n\nDienstleistung: Vorstellungsgespräch "
        "Disposition\nDatum: 14.01.2027\nUhrzeit: 09:00\nKundenname: Lena Vogt\nKunden-E-Mail: "
        "lena.vogt@inbox.example\n\nBrenner Logistik",
    )
    site = ("Atelier Corbin Recrutement", "rdv@atelier-corbin.example")
    noe = ("Noé Garnier", "noe.garnier@atelier-corbin.example")
    sent = at(2027, 1, 8, 14, 30, PAR, "Fri")
    yield case(
        f,
        "staff_new",
        "fr",
        site,
        noe,
        "Nouvelle réservation : Entretien d'embauche",
        sent,
        "The staff member's copy in French: 'Vous avez une nouvelle réservation ... Nom du "
        "client : Camille Roux', vendredi 15 janvier 2027 à 14h00.",
        NEG,
        text="Bonjour,\n\nVous avez une nouvelle réservation.\n\nPrestation : Entretien "
        "d'embauche - Vendeur/Vendeuse\nDate : vendredi 15 janvier 2027\nHeure : 14h00\nNom du "
        "client : Camille Roux\nE-mail du client : camille.roux@inbox.example\n\nAtelier Corbin",
    )


# --------------------------------------------------------------------------------------
def handside31() -> Iterator[Case]:
    f = "handside31"
    femke = ("Femke Jansen", "femke.jansen@dijkstra-data.example.nl")
    sanne = ("Sanne de Wit", "sanne.dewit@dijkstra-data.example.nl")
    bram = ("Bram Visser", "bram.visser@inbox.example")
    sent = at(2027, 1, 7, 9, 20, AMS, "Thu")
    st = at(2027, 1, 14, 10, 0, AMS, "Thu")
    yield case(
        f,
        "collega_beoordeling",
        "nl",
        femke,
        sanne,
        "Gesprek Bram Visser donderdag",
        sent,
        "To the colleague who interviews Bram Visser on Thursday 14 January at 10:00 (his CV "
        "attached, the assessment form afterwards).",
        NEG,
        text="Hoi Sanne,\n\ndonderdag 14 januari om 10:00 komt Bram Visser langs voor de "
        "functie data-analist. Wil jij het technische deel doen? Zijn cv zit in de bijlage; "
        "vul na afloop even het beoordelingsformulier in.\n\nDank je!\nFemke",
    )
    yield case(
        f,
        "kandidaat_uitnodiging",
        "nl",
        femke,
        bram,
        "Bevestiging gesprek donderdag 14 januari",
        sent,
        "The candidate's own invitation naming the colleague he meets: donderdag 14 januari "
        "om 10:00.",
        slot(st, sent=sent),
        text="Beste Bram,\n\nhierbij bevestig ik je gesprek op donderdag 14 januari om 10:00 "
        "bij ons op kantoor, Stationsplein 4 in Utrecht. Je spreekt met Sanne de Wit "
        "(teamlead data) en mij.\n\nTot donderdag!\n\nFemke Jansen\nRecruiter, Dijkstra Data",
    )
    karin = ("Karin Lund", "karin.lund@norrsken-bygg.example.se")
    johan = ("Johan Ek", "johan.ek@norrsken-bygg.example.se")
    elin = ("Elin Berg", "elin.berg@inbox.example")
    sent = at(2027, 1, 12, 13, 0, STO, "Tue")
    st = at(2027, 1, 19, 13, 30, STO, "Tue")
    yield case(
        f,
        "kollega_intervju",
        "sv",
        karin,
        johan,
        "Intervju Elin Berg tisdag",
        sent,
        "To the group manager who sits in on Elin Berg's interview on Tuesday 19 January at "
        "13:30 (her CV attached, the assessment afterwards).",
        NEG,
        text="Hej Johan,\n\nElin Berg kommer på intervju tisdag 19 januari kl. 13:30 för "
        "tjänsten som projektingenjör. Kan du sitta med? Hennes CV ligger bifogat. Fyll i "
        "bedömningen i systemet efteråt.\n\nTack!\nKarin",
    )
    yield case(
        f,
        "kandidat_inbjudan",
        "sv",
        karin,
        elin,
        "Välkommen på intervju",
        sent,
        "The candidate's own invitation naming the manager she meets: tisdag 19 januari kl. 13:30.",
        slot(st, sent=sent),
        text="Hej Elin,\n\nvälkommen på intervju för tjänsten som projektingenjör tisdag 19 "
        "januari kl. 13:30 på vårt kontor, Sveavägen 20 i Stockholm. Du träffar Johan Ek, "
        "gruppchef, och mig.\n\nVänliga hälsningar\nKarin Lund\nHR, Norrsken Bygg",
    )
    ana = ("Ana Ribeiro", "ana.ribeiro@marisco-tech.example.pt")
    rui = ("Rui Matos", "rui.matos@marisco-tech.example.pt")
    sent = at(2027, 1, 13, 10, 0, LIS, "Wed")
    yield case(
        f,
        "colega_avaliacao",
        "pt-PT",
        ana,
        rui,
        "Entrevista Marta Lopes - quarta",
        sent,
        "To the colleague who interviews candidate Marta Lopes on Wednesday 20 January at "
        "11h00 (her CV attached, the evaluation sheet afterwards).",
        NEG,
        text="Olá Rui,\n\na entrevista com a candidata Marta Lopes ficou marcada para "
        "quarta-feira, 20 de janeiro, às 11h00. Segue o CV dela em anexo. No fim preenche a "
        "ficha de avaliação, por favor.\n\nObrigada,\nAna",
    )
    ayse = ("Ayşe Kaya", "ayse.kaya@yildiz-yazilim.example.com.tr")
    deniz = ("Deniz Arslan", "deniz.arslan@inbox.example")
    sent = at(2027, 1, 14, 9, 30, IST, "Thu")
    st = at(2027, 1, 21, 14, 0, IST, "Thu")
    yield case(
        f,
        "aday_davet",
        "tr",
        ayse,
        deniz,
        "Mülakat daveti - 21 Ocak",
        sent,
        "The candidate's own invitation naming HR and the team lead: 21 Ocak Perşembe saat 14:00.",
        slot(st, sent=sent),
        text="Merhaba Deniz Hanım,\n\nYazılım Test Uzmanı pozisyonu için mülakatınız 21 Ocak "
        "Perşembe saat 14:00'te ofisimizde yapılacaktır. Görüşmede İK'dan ben ve ekip lideri "
        "Mert Demir bulunacağız.\n\nSaygılarımla,\nAyşe Kaya\nİnsan Kaynakları",
    )
    eva = ("Eva Horáková", "eva.horakova@vltava-soft.example.cz")
    petr = ("Petr Dvořák", "petr.dvorak@vltava-soft.example.cz")
    sent = at(2027, 1, 14, 15, 10, PRG, "Thu")
    yield case(
        f,
        "kolega_pohovor",
        "cs",
        eva,
        petr,
        "Pohovor s Janou Novákovou ve čtvrtek",
        sent,
        "To the colleague asked to join candidate Jana Nováková's interview on Thursday 21 "
        "January at 9:00 (her CV attached).",
        NEG,
        text="Ahoj Petře,\n\nve čtvrtek 21. ledna v 9:00 máme pohovor s uchazečkou Janou "
        "Novákovou na pozici analytičky. Přidáš se? Životopis posílám v příloze.\n\nDíky,\nEva",
    )


BUILDERS = [tausched31, bookstaff31, handside31]

FIGURES = (
    "First sight (parser at acc5ebe6, before any change of the others31 branch; quick.py on "
    "these families only; no calendar parts): dev text invitations 4 of 4 right and sure, "
    "3 of 6 dev look-alikes claimed (the three Tau interviewer copies, at 0.75; the booking "
    "staff copies were not); held out text invitations 3 of 3 right and sure, 1 of 4 "
    "look-alikes claimed. After the branch's rules: dev 0 of 6 claimed, held out unchanged "
    "(1 of 4)."
)
RULES = """## Rules and their sources

- A scheduling notice whose "Candidate:" field names a person who is not the reader is the
  interviewer's copy (`lookalikes.py`, `names_another_candidate`). Sources: tausched31 (Tau's
  interviewer branch); the same field in dev's atsnotify26 (Personio, Ashby, Lever), atsadd25,
  atspanel30 (Workable) and panelbrief interviewer notices, while panelbrief's and hrtask15's
  candidate copies name the reader there and stay claimed.
"""


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = [name for name, split in SPLITS.items() if split == "heldout"]
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    lines = [
        "# Provenance of the others31 batch",
        "",
        "The two copies of one interview: the candidate's invitation and the copy for the "
        "person who interviews or hosts it, from a scheduling template with two branches, a "
        "booking plugin's client and staff notifications, and hiring teams' own mail. People, "
        "companies, addresses and wording are ours; 2027 dates.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_others31.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        FIGURES,
        "",
        RULES,
        "## Families",
        "",
    ]
    for name in SPLITS:
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
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-others31.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
