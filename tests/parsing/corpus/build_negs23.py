"""Write the "negs23" batch: look-alikes whose future date and time belong to someone else.

Run: .venv/bin/python tests/parsing/corpus/build_negs23.py

Mail a job seeker gets that names a day and a clock time and sets no interview for the reader,
in shapes the corpus did not have yet: HR payroll and benefits windows, IT account and laptop
appointments, relocation (flat viewings, visa and residents' office bookings, movers),
training courses, the reader's current employer (1:1s, all-hands, appraisals, exit
interviews), agency "market update" calls offered as links, calendar and job-tracker
digests, exams and thesis defences of others, doctor and government appointments,
interview-preparation webinars and mock interviews, assessment-centre instructions for a date
already past; held out: parcel delivery windows, sports and club events, save-the-date
teasers and mail to a Bcc group listing times. About one message in four is a control from the
same kind of sender in the same shape that does set the reader's interview.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Helpers follow build_negs22.py (mail helpers of build_parse-pos.py, loaded).
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
    "hand-written; mail typed by recruiters, coordinators, HR staff and the reader, written for "
    "this corpus from memory of such mail, no template or third-party text copied; " + OWN
)
NEG = "not_invitation"
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "payroll23": "dev",
    "itsetup23": "dev",
    "reloc23": "dev",
    "training23": "dev",
    "curemp23": "dev",
    "agency23": "dev",
    "digest23": "dev",
    "exams23": "dev",
    "appt23": "dev",
    "prepweb23": "dev",
    "pastac23": "dev",
    "parcel23": "heldout",
    "club23": "heldout",
    "savedate23": "heldout",
    "bcc23": "heldout",
}

SOURCES = {
    "payroll23": "HR payroll cut-offs, benefits and pension enrolment windows with Q&A "
    "sessions (en, de, fr, es, ja); controls: the same HR inviting the reader to an interview "
    "for an internal or advertised post (en, de).",
    "itsetup23": "IT account activation, laptop pickup and remote-support sessions (en, en-GB, "
    "de, nl, ja); controls: interviews from the same companies (en-GB, nl).",
    "reloc23": "Relocation: flat viewings, a foreigners' office and a consulate appointment, a "
    "movers' survey window (en-GB, en-US, de, sv, pt-BR); controls: interviews that mention "
    "relocation help (de, sv).",
    "training23": "Training course enrolments and convocations (en, fr, it, pl, de); controls: "
    "the same companies inviting the reader to interview for a trainer role (it, pl).",
    "curemp23": "The reader's current employer: a 1:1, an all-hands, the annual appraisal, a "
    "performance review, an exit interview (en, en-US, de, es, nl); controls: internal-mobility "
    "interviews (en, es).",
    "agency23": "Agency 'market update' and check-in calls offered as links or example times, "
    "a salary webinar (en, en-GB, de, fr, nl); controls: the same agencies confirming client "
    "interviews (en-GB, fr).",
    "digest23": "Calendar and job-tracker digests ('your week ahead', tomorrow's agenda) "
    "listing the reader's own events (en, de, ja, zh); no control.",
    "exams23": "Exams and thesis defences of others, an invitation to sit on a defence board "
    "(en-GB, de, it, pt-BR, ko); controls: a postdoc and a PhD-position interview from the "
    "same universities (en-GB, de).",
    "appt23": "Doctor, dentist, residents' office, ID-renewal and government service "
    "bookings (en-GB, de, es, fr, ja, zh); control: a health trust's interview letter (en-GB).",
    "prepweb23": "Interview-preparation webinars, a placement cell's mock-interview session, a "
    "mentor's practice run (en, de, es, hi); controls: the real interview from the same "
    "employers (en, de).",
    "pastac23": "Assessment-centre instructions and reminders for a date already past, "
    "thank-yous after it (en, en-GB, de, nl); controls: an assessment centre still ahead (en-GB, "
    "nl).",
    "parcel23": "Parcel and courier delivery windows, a new employer's laptop shipment (en, "
    "en-GB, de, nl, pl, tr).",
    "club23": "Sports and club events: a pitch booking, a general meeting, training times, a "
    "tournament match, a squad call-up, a race start (en-GB, de, sv, fr, es, nl).",
    "savedate23": "'Save the date' teasers for conferences, alumni evenings, a company party "
    "and a hiring day (en, fr, it, zh); control: the hiring-day interview booked (en).",
    "bcc23": "Mail to a Bcc group listing times (candidate numbers, an information evening, "
    "group sessions, shifts to be assigned; en, de, fr, es); controls: the reader's own slot "
    "sent afterwards (en, es).",
}


LON, NYC, CHI, BER, PAR, MAD, AMS, ROM, WAW, SAO, TYO, VIE = (
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "Europe/Rome",
    "Europe/Warsaw",
    "America/Sao_Paulo",
    "Asia/Tokyo",
    "Europe/Vienna",
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


def moved(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    return {"kind": "reschedule", **timed(start, end, sent=sent)}


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return (
        "<html><head><meta charset='utf-8'></head><body style='font-family:Arial'>\n"
        f"{body}</body></html>\n"
    )


def _headers(raw: bytes, headers: dict[str, str] | None) -> bytes:
    if not headers:
        return raw
    extra = "".join(f"{key}: {value}\r\n" for key, value in headers.items()).encode()
    return raw.replace(b"MIME-Version: 1.0", extra + b"MIME-Version: 1.0", 1)


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
    headers: dict[str, str] | None = None,
    reply: bool = False,
    to: tuple[str, str] = ME,
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"negs23/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
        reply_to_key=f"negs23/{family}/{name}/parent" if reply else "",
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
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
    delay: timedelta = timedelta(hours=1, minutes=37),
) -> Case:
    """The user forwards a message through `client` in the mail's language, with a note."""
    ui = lang.split("-")[0]
    sig = n17.SIGNATURE.get((client, ui), "")
    top = "\n\n".join(part for part in (note_text.strip(), sig) if part)
    text = f"{top}\n\n{n17.block(client, ui, org, sent, subject)}\n{body.strip()}\n"
    raw = mail(
        f"negs23/{family}/{name}",
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


STO, SEO, SHA, DEL, IST = (
    "Europe/Stockholm",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Europe/Istanbul",
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


# FAMILIES
def payroll23() -> Iterator[Case]:
    f = "payroll23"
    hr = ("Priya Nair", "benefits@caldwell-group.example")
    yield neg(
        f,
        "benefits_window",
        "en",
        hr,
        "Open enrollment: benefits elections close Friday",
        sent_on(9, 6, 9, NYC),
        "Benefits open enrollment window closing Friday 17 September 5:00 PM ET, with a Q&A "
        "drop-in Tuesday 14 September at noon.",
        "Hi Alex,\n\nOpen enrollment for 2028 benefits is now live in the HR portal. Please make "
        "your medical, dental and 401(k) elections by Friday, September 17 at 5:00 PM ET. If "
        "you make no changes, your current elections roll over.\n\nQuestions? Join our benefits "
        "Q&A drop-in on Tuesday, September 14 at 12:00 PM ET (Zoom link in the portal).\n\n"
        "Priya Nair\nTotal Rewards, Caldwell Group",
        days=((9, 17, "Fri"), (9, 14, "Tue")),
    )
    yield neg(
        f,
        "lohnabrechnung",
        "de",
        ("Personalservice", "personalservice@brenner-werke.example"),
        "Änderung Gehaltsabrechnung - Stichtag",
        sent_on(9, 2, 10, BER),
        "German payroll cut-off: changes must reach HR by Wednesday 15 September 12:00; "
        "consultation hours Thursday 9 September 9-11.",
        "Liebe Mitarbeiterinnen und Mitarbeiter,\n\nÄnderungen Ihrer Bankverbindung, "
        "Steuerklasse oder Ihres Wohnsitzes für die September-Abrechnung müssen bis Mittwoch, "
        "15. September, 12:00 Uhr bei uns eingegangen sein. Unsere Sprechstunde findet am "
        "Donnerstag, 9. September, von 9:00 bis 11:00 Uhr in Raum B 204 statt.\n\n"
        "Ihr Personalservice\nBrenner Werke",
        days=((9, 15, "Wed"), (9, 9, "Thu")),
    )
    yield neg(
        f,
        "mutuelle",
        "fr",
        ("Service RH", "rh@alizee-assurances.example"),
        "Adhésion mutuelle : permanence le mardi 14 septembre",
        sent_on(9, 3, 11, PAR),
        "French health-insurance enrolment: HR desk Tuesday 14 September 14h-16h, forms due "
        "Friday 24 September.",
        "Bonjour Alex,\n\nLa campagne d'adhésion à la mutuelle d'entreprise est ouverte. Une "
        "permanence RH se tiendra le mardi 14 septembre de 14h à 16h au 2e étage pour répondre "
        "à vos questions. Merci de retourner le bulletin signé avant le vendredi 24 septembre."
        "\n\nCordialement,\nLe service RH, Alizée Assurances",
        days=((9, 14, "Tue"), (9, 24, "Fri")),
    )
    yield neg(
        f,
        "plan_pensiones",
        "es",
        ("Recursos Humanos", "rrhh@grupo-almenara.example"),
        "Plan de pensiones: sesión informativa",
        sent_on(9, 6, 12, MAD),
        "Spanish pension-plan information session Thursday 16 September at 10:00 for all staff.",
        "Hola a todos:\n\nOs recordamos que el plazo para adherirse al plan de pensiones de "
        "empresa termina el 30 de septiembre. El jueves 16 de septiembre a las 10:00 haremos "
        "una sesión informativa en la sala Ebro (también por Teams).\n\nUn saludo,\n"
        "Recursos Humanos - Grupo Almenara",
        days=((9, 16, "Thu"),),
    )
    yield neg(
        f,
        "nenkin_setsumei",
        "ja",
        ("人事部 給与課", "kyuyo@sakuragawa-shoji.example"),
        "【人事部】年末調整説明会のお知らせ",
        sent_on(9, 7, 10, TYO),
        "Japanese year-end tax adjustment briefing for staff: 9月21日（火）15:00〜16:00.",
        "社員各位\n\n年末調整に関する説明会を以下の日程で開催します。\n\n"
        "日時：9月21日（火）15:00〜16:00\n場所：本社 5階 大会議室\n\n"
        "書類の提出期限は10月8日（金）です。\n\n人事部 給与課",
        days=((9, 21, "Tue"), (10, 8, "Fri")),
    )
    sent = sent_on(9, 8, 10, NYC)
    st = when(9, 15, "Wed", 11, 0, NYC)
    yield ctl(
        f,
        "internal_role_interview",
        "en",
        ("Priya Nair", "priya.nair@caldwell-group.example"),
        "Interview - Benefits Analyst (internal posting)",
        sent,
        "Control: the same HR team invites the reader to an interview for an internal "
        "posting, Wednesday 15 September 11:00-11:45.",
        "Hi Alex,\n\nThanks for applying to the Benefits Analyst posting. We'd like to "
        "interview you on Wednesday, September 15 from 11:00 to 11:45 AM in conference room "
        "4B with Dana and me.\n\nPriya Nair\nTotal Rewards, Caldwell Group",
        st,
        45,
    )


def itsetup23() -> Iterator[Case]:
    f = "itsetup23"
    yield neg(
        f,
        "laptop_pickup",
        "en-GB",
        ("IT Service Desk", "servicedesk@harlow-partners.example"),
        "Your equipment collection appointment",
        sent_on(9, 6, 14, LON),
        "New-starter laptop collection booked Monday 13 September 8:30-8:45 at the IT bar.",
        "Hello Alex,\n\nYour equipment collection has been booked.\n\nWhen: Monday 13 "
        "September, 08:30-08:45\nWhere: IT Tech Bar, Level 1, 20 Cannon Street\n\n"
        "Please bring photo ID. Your account will be activated during the appointment.\n\n"
        "Harlow Partners IT Service Desk\nTicket INC0048812",
        days=((9, 13, "Mon"),),
    )
    yield neg(
        f,
        "konto_aktivierung",
        "de",
        ("IT-Support", "it-support@falkenstein-ag.example"),
        "Termin zur Kontoaktivierung",
        sent_on(9, 8, 9, BER),
        "German account activation appointment Wednesday 15 September 9:00 with the IT "
        "support desk on the first day.",
        "Hallo Alex Morgan,\n\nfür Ihren ersten Arbeitstag haben wir einen Termin zur "
        "Aktivierung Ihres Benutzerkontos und zur Einrichtung der Zwei-Faktor-Anmeldung "
        "reserviert: Mittwoch, 15. September, 9:00 Uhr, IT-Support, Gebäude C.\n\n"
        "Bitte bringen Sie Ihr Smartphone mit.\n\nIhr IT-Support, Falkenstein AG",
        days=((9, 15, "Wed"),),
    )
    yield neg(
        f,
        "wachtwoord_afspraak",
        "nl",
        ("ICT Servicedesk", "servicedesk@zuidhaven.example"),
        "Afspraak: account activeren en laptop ophalen",
        sent_on(9, 7, 11, AMS),
        "Dutch IT appointment to activate the account and pick up a laptop, Monday 20 "
        "September 10:00.",
        "Beste Alex,\n\nJe afspraak bij de ICT-servicedesk staat gepland op maandag 20 "
        "september om 10:00. We activeren dan je account en je krijgt je laptop mee. Duur "
        "ongeveer 30 minuten.\n\nMet vriendelijke groet,\nICT Servicedesk Zuidhaven",
        days=((9, 20, "Mon"),),
    )
    yield neg(
        f,
        "pc_settei",
        "ja",
        ("情報システム部", "helpdesk@minato-kogyo.example"),
        "【情報システム部】PC受け渡し日時のご連絡",
        sent_on(9, 8, 16, TYO),
        "Japanese PC handover and account setup, 9月16日（木）10:00〜10:30, for a new hire.",
        "アレックス・モーガン様\n\n入社に伴うPCの受け渡しおよびアカウント設定を以下の日時で"
        "行います。\n\n日時：9月16日（木）10:00〜10:30\n場所：本社3階 情報システム部\n\n"
        "社員証をご持参ください。\n\n情報システム部 ヘルプデスク",
        days=((9, 16, "Thu"),),
    )
    yield neg(
        f,
        "mfa_reset_ticket",
        "en",
        ("IT Help Center", "helpcenter@brookfield-ops.example"),
        "[Ticket #77213] Remote session scheduled",
        sent_on(9, 9, 15, CHI),
        "IT ticket: a remote session to reset multi-factor sign-in, Friday 10 September "
        "2:00-2:30 PM CT.",
        "Hi Alex,\n\nA technician will connect to your machine to reset your multi-factor "
        "sign-in.\n\nScheduled: Friday, September 10, 2:00 PM - 2:30 PM CT\nTechnician: Omar "
        "Reyes\n\nReply to this email to change the time.\n\nBrookfield IT Help Center",
        days=((9, 10, "Fri"),),
    )
    sent = sent_on(9, 6, 10, LON)
    st = when(9, 9, "Thu", 14, 0, LON)
    yield ctl(
        f,
        "interview_with_it_check",
        "en-GB",
        ("Rosie Quinn", "rosie.quinn@harlow-partners.example"),
        "Interview - Systems Administrator",
        sent,
        "Control: an interview Thursday 9 September 14:00-15:00 on Teams, with an IT "
        "test call offered beforehand.",
        "Hi Alex,\n\nThank you for applying. We would like to invite you to an interview for "
        "the Systems Administrator role on Thursday 9 September, 14:00-15:00, on Microsoft "
        "Teams. If you would like to test your audio beforehand, our service desk can call "
        "you any time that morning.\n\nKind regards,\nRosie Quinn\nTalent Acquisition, Harlow "
        "Partners",
        st,
        60,
    )


def reloc23() -> Iterator[Case]:
    f = "reloc23"
    yield neg(
        f,
        "flat_viewing",
        "en-GB",
        ("Tom Sheridan", "lettings@sheridan-homes.example"),
        "Viewing confirmed - 2 bed flat, Clifton",
        sent_on(9, 6, 16, LON),
        "Letting agent confirms a flat viewing Saturday 11 September at 11:30.",
        "Hi Alex,\n\nThanks for your enquiry. I can confirm your viewing of 14 Royal York "
        "Crescent, Flat 3, on Saturday 11 September at 11:30. I will meet you outside.\n\n"
        "Best,\nTom Sheridan\nSheridan Homes Lettings",
        days=((9, 11, "Sat"),),
    )
    yield neg(
        f,
        "visum_termin",
        "de",
        ("Relocation Team", "relocation@ostsee-mobility.example"),
        "Ihr Termin bei der Ausländerbehörde",
        sent_on(9, 3, 12, BER),
        "Relocation agency: appointment at the foreigners' office Tuesday 14 September 8:40 "
        "for the residence permit.",
        "Hallo Alex,\n\nwir haben für Sie einen Termin bei der Ausländerbehörde Hamburg "
        "gebucht: Dienstag, 14. September, 8:40 Uhr, Amsinckstraße 28, Schalter 12. Unsere "
        "Kollegin Mira begleitet Sie. Bitte Reisepass, Arbeitsvertrag und zwei biometrische "
        "Fotos mitbringen.\n\nViele Grüße\nIhr Relocation Team, Ostsee Mobility",
        days=((9, 14, "Tue"),),
    )
    yield neg(
        f,
        "bostadsvisning",
        "sv",
        ("Mäklare Eva Lind", "eva.lind@lind-bostad.example"),
        "Visning Södermalm - bekräftelse",
        sent_on(9, 7, 9, STO),
        "Swedish flat viewing Thursday 16 September 17:30-18:00.",
        "Hej Alex,\n\nVälkommen på visning av lägenheten på Götgatan 48 torsdag 16 september "
        "kl. 17:30-18:00. Portkod 4471.\n\nVänliga hälsningar\nEva Lind\nLind Bostad",
        days=((9, 16, "Thu"),),
    )
    yield neg(
        f,
        "visto_consulado",
        "pt-BR",
        ("Mobilidade Global", "mobilidade@ipe-tech.example"),
        "Agendamento no consulado - visto de trabalho",
        sent_on(9, 2, 10, SAO),
        "Brazilian mobility team: consulate visa appointment Wednesday 22 September 9h30.",
        "Olá Alex,\n\nSeu atendimento no Consulado foi agendado para quarta-feira, 22 de "
        "setembro, às 9h30. Leve o passaporte, a carta da empresa e o comprovante da taxa.\n\n"
        "Qualquer dúvida, fale com a gente.\n\nEquipe de Mobilidade Global - Ipê Tech",
        days=((9, 22, "Wed"),),
    )
    yield neg(
        f,
        "movers_survey",
        "en-US",
        ("Atlas Crossing Movers", "survey@atlascrossing.example"),
        "Your in-home move survey is scheduled",
        sent_on(9, 8, 11, NYC),
        "Moving company's in-home survey with an arrival window Monday 13 September 9:00-11:00 AM.",
        "Hello Alex,\n\nYour relocation benefit includes a pre-move survey. Our surveyor will "
        "arrive between 9:00 and 11:00 AM on Monday, September 13 to estimate the volume of "
        "your belongings.\n\nAtlas Crossing Movers, on behalf of Kendrick Systems",
        days=((9, 13, "Mon"),),
    )
    sent = sent_on(9, 6, 11, BER)
    st = when(9, 10, "Fri", 10, 0, BER)
    yield ctl(
        f,
        "final_interview_relocation",
        "de",
        ("Miriam Vogt", "miriam.vogt@ostsee-mobility.example"),
        "Einladung zum finalen Gespräch",
        sent,
        "Control: the employer invites the reader to a final interview Friday 10 September "
        "10:00-11:30; relocation support is mentioned for later.",
        "Hallo Alex,\n\nwir laden Sie herzlich zum finalen Gespräch am Freitag, 10. September, "
        "von 10:00 bis 11:30 Uhr per Video ein. Fragen zum Umzug und zur Wohnungssuche klären "
        "wir gerne nach einer Zusage.\n\nViele Grüße\nMiriam Vogt\nRecruiting",
        st,
        90,
    )


def training23() -> Iterator[Case]:
    f = "training23"
    yield neg(
        f,
        "excel_course",
        "en",
        ("Learning & Development", "learning@marlowe-analytics.example"),
        "You're enrolled: Advanced Excel (Tuesday)",
        sent_on(9, 6, 10, NYC),
        "Training course enrolment: Advanced Excel Tuesday 14 September 9:00 AM-12:00 PM.",
        "Hi Alex,\n\nYou are enrolled in Advanced Excel for Analysts.\n\nDate: Tuesday, "
        "September 14\nTime: 9:00 AM - 12:00 PM ET\nRoom: Training Room 2\n\nPlease bring "
        "your laptop.\n\nLearning & Development",
        days=((9, 14, "Tue"),),
    )
    yield neg(
        f,
        "formation_securite",
        "fr",
        ("Formation", "formation@groupe-sarthe.example"),
        "Convocation - formation sécurité incendie",
        sent_on(9, 2, 14, PAR),
        "French fire-safety training convocation jeudi 16 septembre 9h-12h.",
        "Bonjour,\n\nVous êtes convoqué(e) à la formation « Équipier de première intervention » "
        "le jeudi 16 septembre de 9h à 12h, salle Loire. La présence est obligatoire.\n\n"
        "Le service Formation - Groupe Sarthe",
        days=((9, 16, "Thu"),),
    )
    yield neg(
        f,
        "corso_gdpr",
        "it",
        ("Ufficio Formazione", "formazione@lagunari-spa.example"),
        "Iscrizione confermata: corso GDPR",
        sent_on(9, 7, 11, ROM),
        "Italian GDPR course Wednesday 22 September 14:30-17:30.",
        "Gentile Alex,\n\nle confermiamo l'iscrizione al corso «Privacy e GDPR per "
        "neoassunti», che si terrà mercoledì 22 settembre dalle 14:30 alle 17:30 in aula 3."
        "\n\nCordiali saluti,\nUfficio Formazione - Lagunari S.p.A.",
        days=((9, 22, "Wed"),),
    )
    yield neg(
        f,
        "szkolenie_lider",
        "pl",
        ("Akademia Rozwoju", "akademia@wislane-media.example"),
        "Szkolenie: Skuteczna komunikacja - potwierdzenie",
        sent_on(9, 6, 9, WAW),
        "Polish communication workshop Friday 17 September 9:00-16:00.",
        "Dzień dobry,\n\npotwierdzamy udział w szkoleniu „Skuteczna komunikacja w zespole” w "
        "piątek 17 września w godz. 9:00-16:00, sala Kraków. Lunch zapewniony.\n\n"
        "Akademia Rozwoju, Wiślane Media",
        days=((9, 17, "Fri"),),
    )
    yield neg(
        f,
        "kurs_agil",
        "de",
        ("Weiterbildung", "weiterbildung@taunus-versicherung.example"),
        "Ihre Anmeldung: Scrum-Grundlagen",
        sent_on(9, 3, 15, BER),
        "German Scrum course over two days, Monday 20 - Tuesday 21 September from 9:00.",
        "Guten Tag Herr Morgan,\n\nvielen Dank für Ihre Anmeldung zum Kurs Scrum-Grundlagen. "
        "Der Kurs findet am Montag, 20. September, und Dienstag, 21. September, jeweils von "
        "9:00 bis 16:30 Uhr statt.\n\nIhr Team Weiterbildung",
        days=((9, 20, "Mon"), (9, 21, "Tue")),
    )
    sent = sent_on(9, 7, 10, ROM)
    st = when(9, 14, "Tue", 15, 0, ROM)
    yield ctl(
        f,
        "colloquio_formatore",
        "it",
        ("Chiara Ferri", "chiara.ferri@lagunari-spa.example"),
        "Colloquio - Formatore interno",
        sent,
        "Control: the same company's HR invites the reader to an interview for a trainer "
        "role, Tuesday 14 September 15:00-16:00.",
        "Gentile Alex,\n\nla ringraziamo per la candidatura alla posizione di Formatore "
        "interno. Saremmo lieti di incontrarla per un colloquio martedì 14 settembre dalle "
        "15:00 alle 16:00 presso la nostra sede di via Mestre 8.\n\nCordiali saluti,\nChiara "
        "Ferri\nRisorse Umane",
        st,
        60,
    )


def curemp23() -> Iterator[Case]:
    f = "curemp23"
    yield neg(
        f,
        "one_to_one",
        "en",
        ("Jordan Patel", "jordan.patel@northwind-retail.example"),
        "1:1 moved to Thursday",
        sent_on(9, 7, 17, CHI),
        "The reader's current manager moves their weekly 1:1 to Thursday 9 September 3pm.",
        "Hey Alex,\n\nI have a conflict on Wednesday, so let's do our 1:1 on Thursday at 3pm "
        "instead. Bring the Q3 numbers if you have them.\n\nJordan",
        days=((9, 9, "Thu"),),
    )
    yield neg(
        f,
        "all_hands",
        "en-US",
        ("Office of the CEO", "ceo-office@northwind-retail.example"),
        "All-hands: Wednesday 15 September, 10 AM CT",
        sent_on(9, 8, 8, CHI),
        "Company all-hands Wednesday 15 September 10:00-11:00 AM CT for all employees.",
        "Team,\n\nPlease join our quarterly all-hands on Wednesday, September 15 from 10:00 "
        "to 11:00 AM CT in the atrium or on the livestream. We'll cover results, the new "
        "org structure and Q&A.\n\nMaya",
        days=((9, 15, "Wed"),),
    )
    yield neg(
        f,
        "jahresgespraech",
        "de",
        ("Thomas Reuter", "thomas.reuter@elbtal-software.example"),
        "Mitarbeitergespräch 2027",
        sent_on(9, 6, 13, BER),
        "The reader's current manager sets the annual performance review, Tuesday 21 "
        "September 14:00-15:00 (an employee review, not a job interview).",
        "Hallo Alex,\n\nich würde gern unser jährliches Mitarbeitergespräch am Dienstag, "
        "21. September, von 14:00 bis 15:00 Uhr führen (Raum Elbe). Bitte füll vorher den "
        "Selbsteinschätzungsbogen aus.\n\nViele Grüße\nThomas",
        days=((9, 21, "Tue"),),
    )
    yield neg(
        f,
        "evaluacion_desempeno",
        "es",
        ("Lucía Romero", "lucia.romero@tajo-energia.example"),
        "Evaluación de desempeño - cita",
        sent_on(9, 3, 12, MAD),
        "Spanish performance evaluation meeting with the current manager, Monday 13 September "
        "at 12:00.",
        "Hola Alex:\n\nTe propongo la reunión de evaluación de desempeño del primer semestre "
        "el lunes 13 de septiembre a las 12:00 en mi despacho. Dura una hora.\n\nUn abrazo,\n"
        "Lucía",
        days=((9, 13, "Mon"),),
    )
    yield neg(
        f,
        "exitgesprek",
        "nl",
        ("HR Zuidhaven", "hr@zuidhaven.example"),
        "Uitnodiging exitgesprek",
        sent_on(9, 8, 10, AMS),
        "Dutch exit interview with the employer the reader is leaving, Thursday 23 September "
        "11:00.",
        "Beste Alex,\n\nJammer dat je ons gaat verlaten. Graag plannen we een exitgesprek om "
        "je ervaringen te horen: donderdag 23 september om 11:00 met Ilse van HR.\n\nGroet,\n"
        "HR Zuidhaven",
        days=((9, 23, "Thu"),),
    )
    sent = sent_on(9, 6, 9, CHI)
    st = when(9, 10, "Fri", 13, 0, CHI)
    yield ctl(
        f,
        "internal_mobility_interview",
        "en",
        ("Talent Mobility", "mobility@northwind-retail.example"),
        "Interview scheduled - Senior Merchandising Analyst (internal)",
        sent,
        "Control: the current employer's internal-mobility team sets an interview for an "
        "internal job, Friday 10 September 1:00-1:45 PM.",
        "Hi Alex,\n\nThanks for applying internally for Senior Merchandising Analyst. Your "
        "interview with the hiring manager is set for Friday, September 10, 1:00-1:45 PM CT "
        "in room 7C. Your current manager has not been copied.\n\nTalent Mobility",
        st,
        45,
    )
    sent = sent_on(9, 7, 11, MAD)
    st = when(9, 16, "Thu", 10, 0, MAD)
    yield ctl(
        f,
        "entrevista_puesto_interno",
        "es",
        ("Selección Interna", "seleccion@tajo-energia.example"),
        "Entrevista - vacante interna Analista de Riesgos",
        sent,
        "Control: Spanish internal vacancy interview Thursday 16 September 10:00-11:00.",
        "Hola Alex:\n\nGracias por presentarte a la vacante interna de Analista de Riesgos. Te "
        "citamos a una entrevista el jueves 16 de septiembre de 10:00 a 11:00 en la sala "
        "Guadiana.\n\nSaludos,\nSelección Interna",
        st,
        60,
    )


def agency23() -> Iterator[Case]:
    f = "agency23"
    yield neg(
        f,
        "market_update_call",
        "en-GB",
        ("Oliver Grant", "oliver.grant@apex-talent.example"),
        "Q4 market update - grab 15 minutes?",
        sent_on(9, 6, 9, LON),
        "Agency consultant offers a market-update call via a booking link; free slots "
        "Thursday 9 September from 10:00.",
        "Hi Alex,\n\nHope you're well. I'm catching up with data engineers in my network to "
        "share a quick Q4 market update: salaries, who is hiring, remote trends. If useful, "
        "grab 15 minutes here: https://cal.apex-talent.example/ogrant - I have space from "
        "10:00 on Thursday 9 September.\n\nCheers,\nOliver Grant\nApex Talent",
        days=((9, 9, "Thu"),),
    )
    yield neg(
        f,
        "marktupdate_webinar",
        "de",
        ("Hays-Stil Team", "events@rhein-personal.example"),
        "Gehaltsreport 2028 - Live-Webinar am Dienstag",
        sent_on(9, 7, 11, BER),
        "German agency webinar on the salary report, Tuesday 14 September 17:00.",
        "Hallo Alex,\n\nam Dienstag, 14. September, um 17:00 Uhr stellen wir live den "
        "Gehaltsreport 2028 für IT-Fachkräfte vor. Anmeldung: https://rhein-personal.example/"
        "webinar\n\nIhr Team von Rhein Personal",
        days=((9, 14, "Tue"),),
    )
    yield neg(
        f,
        "point_marche",
        "fr",
        ("Camille Roux", "camille.roux@talents-atlantique.example"),
        "Un point sur le marché ?",
        sent_on(9, 3, 15, PAR),
        "French recruiter offers a no-commitment market chat; 'I'm free Friday 10 September "
        "from 14h', nothing booked.",
        "Bonjour Alex,\n\nJe me permets de vous recontacter pour faire un point sur le marché "
        "des profils produit. Si cela vous intéresse, je suis disponible vendredi 10 "
        "septembre à partir de 14h ; sinon, réservez directement un créneau ici : "
        "https://rdv.talents-atlantique.example/croux\n\nBien à vous,\nCamille Roux",
        days=((9, 10, "Fri"),),
    )
    yield neg(
        f,
        "check_in_calendly",
        "en",
        ("Megan Shaw", "megan.shaw@bluecrest-search.example"),
        "Checking in - still open to opportunities?",
        sent_on(9, 8, 13, NYC),
        "US agency check-in with a scheduling link and example times Monday 13 September "
        "at 11 or 2.",
        "Hi Alex,\n\nIt's been a few months - are you still open to new roles? I'd love a "
        "quick catch-up to hear what you're looking for. Monday the 13th at 11am or 2pm ET "
        "work on my side, or pick anything on my calendar: https://calendly.example/"
        "megan-shaw/15min\n\nBest,\nMegan",
        days=((9, 13, "Mon"),),
    )
    yield neg(
        f,
        "marktpraatje",
        "nl",
        ("Bram Visser", "bram.visser@oranje-werving.example"),
        "Even bijpraten over de markt?",
        sent_on(9, 6, 10, AMS),
        "Dutch agency offers an informal market chat 'e.g. Wednesday 15 September 16:00', "
        "asking the reader to choose.",
        "Hoi Alex,\n\nIk spreek deze maand een aantal developers om te horen wat ze zoeken en "
        "wat er speelt in de markt. Heb je zin in een kop koffie, bijvoorbeeld woensdag 15 "
        "september om 16:00? Laat maar weten wat jou past.\n\nGroet,\nBram Visser\nOranje "
        "Werving",
        days=((9, 15, "Wed"),),
    )
    sent = sent_on(9, 7, 9, LON)
    st = when(9, 13, "Mon", 11, 0, LON)
    yield ctl(
        f,
        "client_interview_set",
        "en-GB",
        ("Oliver Grant", "oliver.grant@apex-talent.example"),
        "Interview confirmed - Data Engineer at Halcyon Bank",
        sent,
        "Control: the same agency consultant confirms the client interview Monday 13 "
        "September 11:00-12:00.",
        "Hi Alex,\n\nGreat news - Halcyon Bank would like to meet you. Your interview is "
        "confirmed for Monday 13 September, 11:00-12:00, at 1 Moorgate, 5th floor; ask for "
        "Ruth Okafor.\n\nGood luck!\nOliver Grant\nApex Talent",
        st,
        60,
    )
    sent = sent_on(9, 8, 10, PAR)
    st = when(9, 15, "Wed", 10, 30, PAR)
    yield ctl(
        f,
        "entretien_client",
        "fr",
        ("Camille Roux", "camille.roux@talents-atlantique.example"),
        "Entretien confirmé chez Nantilus",
        sent,
        "Control: the French agency confirms the client interview mercredi 15 septembre "
        "10h30-11h30.",
        "Bonjour Alex,\n\nNantilus souhaite vous rencontrer. Votre entretien est confirmé le "
        "mercredi 15 septembre de 10h30 à 11h30 dans leurs locaux, 4 quai de la Fosse à "
        "Nantes.\n\nBien à vous,\nCamille Roux",
        st,
        60,
    )


def digest23() -> Iterator[Case]:
    f = "digest23"
    yield neg(
        f,
        "week_ahead",
        "en",
        ("Calendar", "calendar-digest@workspace.example"),
        "Your week ahead: Sep 13 - Sep 17",
        sent_on(9, 12, 18, NYC),
        "Calendar digest of the reader's own week (a dentist, a 1:1, a team lunch); no "
        "invitation in it.",
        "Good evening Alex, here is your week ahead.\n\nMonday, Sep 13\n  9:30 AM - 10:00 "
        "AM  Weekly 1:1 with Jordan\nTuesday, Sep 14\n  12:00 PM - 1:00 PM  Team lunch\n"
        "Thursday, Sep 16\n  4:00 PM - 4:45 PM  Dentist\n\nYou have 3 events and 12 hours of "
        "focus time.\n\nManage digest settings",
        days=((9, 13, "Mon"), (9, 14, "Tue"), (9, 16, "Thu")),
    )
    yield neg(
        f,
        "tagesvorschau",
        "de",
        ("Kalender", "kalender-info@arbeitsplatz.example"),
        "Ihre Termine für morgen, Mittwoch 15.09.",
        sent_on(9, 14, 19, BER),
        "German daily agenda: stand-up 9:15, project review 14:00 on Wednesday 15 September.",
        "Guten Abend Alex,\n\nIhre Termine für Mittwoch, 15. September:\n\n09:15-09:30  "
        "Daily Stand-up\n14:00-15:00  Projektreview Phase 2\n\nKeine Konflikte gefunden.\n\n"
        "Diese Zusammenfassung wird täglich um 19:00 Uhr versendet.",
        days=((9, 15, "Wed"),),
    )
    yield neg(
        f,
        "konshu_yotei",
        "ja",
        ("カレンダー通知", "calendar@groupware.example"),
        "今週の予定（9月13日〜9月17日）",
        sent_on(9, 12, 20, TYO),
        "Japanese weekly schedule digest: a department meeting 9月14日（火）10:00 and a "
        "customer visit; no interview.",
        "モーガン様\n\n今週の予定をお知らせします。\n\n9月14日（火）10:00〜11:00 部内定例"
        "\n9月16日（木）14:00〜15:30 顧客訪問（丸の内）\n\n以上、2件の予定があります。",
        days=((9, 14, "Tue"), (9, 16, "Thu")),
    )
    yield neg(
        f,
        "benzhou_richeng",
        "zh",
        ("日程助手", "schedule@workhub.example"),
        "本周日程提醒",
        sent_on(9, 12, 20, SHA),
        "Chinese weekly agenda digest: team meeting 9月14日（周二）10:00, training Thursday.",
        "Alex，您好：\n\n以下是您本周的日程：\n\n9月14日（周二）10:00-11:00 部门例会\n"
        "9月16日（周四）14:00-16:00 安全培训\n\n祝您工作顺利！",
        days=((9, 14, "Tue"), (9, 16, "Thu")),
    )
    yield neg(
        f,
        "tracker_digest",
        "en",
        ("JobTrackr", "digest@jobtrackr.example"),
        "Your job search this week",
        sent_on(9, 12, 8, NYC),
        "Job-tracker app digest listing the reader's own reminders (follow up Tuesday 10am, "
        "application deadline Friday) with no interview set by anyone.",
        "Hi Alex,\n\nHere's what's coming up in your job search:\n\n- Tue Sep 14, 10:00 AM: "
        "Reminder - follow up with Lumen Health\n- Fri Sep 17, 11:59 PM: Application "
        "deadline - Analyst, City of Dover\n\nYou have 6 active applications. Keep going!\n\n"
        "JobTrackr",
        days=((9, 14, "Tue"), (9, 17, "Fri")),
    )


def exams23() -> Iterator[Case]:
    f = "exams23"
    yield neg(
        f,
        "thesis_defence",
        "en-GB",
        ("Graduate School", "pgr-office@northfield-uni.example"),
        "PhD viva announcement: Samira Haddad",
        sent_on(9, 6, 12, LON),
        "University announcement of another student's PhD viva, Monday 20 September 14:00, "
        "open to staff.",
        "Dear colleagues,\n\nSamira Haddad will defend her thesis 'Sparse Models for Coastal "
        "Flooding' on Monday 20 September at 14:00 in the Watt Lecture Theatre. Examiners: "
        "Prof. L. Bowen (internal), Dr K. Ito (external). All welcome.\n\nGraduate School "
        "Office",
        days=((9, 20, "Mon"),),
    )
    yield neg(
        f,
        "disputation",
        "de",
        ("Promotionsbüro", "promotion@uni-weserland.example"),
        "Einladung zur Disputation von Herrn Jonas Kraft",
        sent_on(9, 2, 10, BER),
        "German public doctoral defence of another candidate, Friday 17 September 10:00 c.t.",
        "Sehr geehrte Damen und Herren,\n\nhiermit laden wir zur öffentlichen Disputation von "
        "Herrn Jonas Kraft, M.Sc., ein. Thema: „Robuste Regelung verteilter Netze“. Termin: "
        "Freitag, 17. September, 10:00 Uhr c.t., Hörsaal H3.\n\nPromotionsbüro der Fakultät",
        days=((9, 17, "Fri"),),
    )
    yield neg(
        f,
        "esame_orale",
        "it",
        ("Segreteria Didattica", "didattica@ateneo-adriatico.example"),
        "Appello d'esame - Statistica II",
        sent_on(9, 6, 9, ROM),
        "Italian exam sitting for a course (Statistica II), Thursday 23 September 9:00; the "
        "reader teaches assistants there, no interview.",
        "Si comunica che l'appello d'esame di Statistica II si terrà giovedì 23 settembre "
        "alle ore 9:00 in aula Magna. Le iscrizioni chiudono lunedì 20 settembre.\n\n"
        "Segreteria Didattica",
        days=((9, 23, "Thu"), (9, 20, "Mon")),
    )
    yield neg(
        f,
        "defesa_tcc",
        "pt-BR",
        ("Coordenação do Curso", "coord.eng@univ-cerrado.example"),
        "Banca de defesa - TCC",
        sent_on(9, 3, 16, SAO),
        "Brazilian undergraduate thesis defence of others, Tuesday 21 September 14h; the "
        "reader is invited to sit on the board as an examiner.",
        "Prezado(a) Alex,\n\nConvidamos você para compor a banca de defesa do TCC de Beatriz "
        'Lima, "Gestão de resíduos na construção civil", na terça-feira, 21 de setembro, às '
        "14h, na sala 205.\n\nAtenciosamente,\nCoordenação de Engenharia Civil",
        days=((9, 21, "Tue"),),
    )
    yield neg(
        f,
        "gimal_gosa",
        "ko",
        ("학사지원팀", "haksa@hanbit-univ.example"),
        "[공지] 2학기 중간고사 일정 안내",
        sent_on(9, 6, 10, SEO),
        "Korean midterm exam timetable: 9월 27일(월) 10:00 for a course.",
        "학생 여러분 안녕하세요.\n\n2학기 중간고사 일정을 안내드립니다.\n\n- 데이터구조: 9월 "
        "27일(월) 10:00~11:30, 공학관 301호\n\n시험 30분 전까지 입실해 주시기 바랍니다.\n\n"
        "학사지원팀",
        days=((9, 27, "Mon"),),
    )
    sent = sent_on(9, 6, 15, LON)
    st = when(9, 14, "Tue", 10, 0, LON)
    yield ctl(
        f,
        "postdoc_interview",
        "en-GB",
        ("Prof. Laura Bowen", "l.bowen@northfield-uni.example"),
        "Interview - Research Associate (Coastal Modelling)",
        sent,
        "Control: the same university invites the reader to a postdoc interview Tuesday 14 "
        "September 10:00-11:00 with a 15-minute talk.",
        "Dear Alex,\n\nI am pleased to invite you to interview for the Research Associate "
        "post on Tuesday 14 September, 10:00-11:00, in Room 4.12, Watt Building. Please "
        "prepare a 15-minute talk on your recent work.\n\nBest wishes,\nLaura Bowen",
        st,
        60,
    )
    sent = sent_on(9, 7, 10, BER)
    st = when(9, 22, "Wed", 13, 0, BER)
    yield ctl(
        f,
        "promotionsstelle_gespraech",
        "de",
        ("Prof. Anke Steiner", "anke.steiner@uni-weserland.example"),
        "Vorstellungsgespräch - Promotionsstelle",
        sent,
        "Control: a German professor invites the reader to an interview for a PhD position, "
        "Wednesday 22 September 13:00-14:00.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung auf die Promotionsstelle "
        "(TV-L E13, 75 %). Ich lade Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, "
        "22. September, von 13:00 bis 14:00 Uhr in Raum 2.041 ein.\n\nMit freundlichen "
        "Grüßen\nAnke Steiner",
        st,
        60,
    )


def appt23() -> Iterator[Case]:
    f = "appt23"
    yield neg(
        f,
        "gp_appointment",
        "en-GB",
        ("Riverside Surgery", "noreply@riverside-surgery.example"),
        "Appointment reminder",
        sent_on(9, 8, 8, LON),
        "GP surgery reminder: appointment Tuesday 14 September 8:50 with Dr Ahmed.",
        "Dear Alex Morgan,\n\nThis is a reminder of your appointment with Dr S. Ahmed on "
        "Tuesday 14 September at 08:50 at Riverside Surgery. To cancel, reply CANCEL.\n\n"
        "Riverside Surgery",
        days=((9, 14, "Tue"),),
    )
    yield neg(
        f,
        "buergeramt",
        "de",
        ("Bürgeramt Online", "termin@buergeramt-beispiel.example"),
        "Terminbestätigung: Anmeldung einer Wohnung",
        sent_on(9, 3, 9, BER),
        "German residents' office booking: Thursday 16 September 10:20 to register an address.",
        "Ihre Terminbuchung war erfolgreich.\n\nDienstleistung: Anmeldung einer Wohnung\n"
        "Datum: Donnerstag, 16.09.2027\nUhrzeit: 10:20 Uhr\nOrt: Bürgeramt Mitte, "
        "Karl-Marx-Allee 31\nVorgangsnummer: 88214573\n\nBitte bringen Sie Ihren Ausweis mit.",
        days=((9, 16, "Thu"),),
    )
    yield neg(
        f,
        "cita_dni",
        "es",
        ("Cita Previa", "citaprevia@sede-ejemplo.example"),
        "Confirmación de cita previa - renovación DNI",
        sent_on(9, 6, 11, MAD),
        "Spanish ID-card renewal appointment, Wednesday 15 September 9:30.",
        "Su cita ha sido confirmada.\n\nTrámite: Renovación DNI\nFecha: miércoles 15 de "
        "septiembre de 2027\nHora: 09:30\nOficina: Comisaría de Chamberí\nLocalizador: "
        "QX72K\n\nDebe presentarse con 10 minutos de antelación.",
        days=((9, 15, "Wed"),),
    )
    yield neg(
        f,
        "dentiste",
        "fr",
        ("Doctolib-like", "rappel@prise-rdv.example"),
        "Rappel : votre rendez-vous demain",
        sent_on(9, 9, 18, PAR),
        "French dentist reminder: vendredi 10 septembre 17h15.",
        "Bonjour Alex Morgan,\n\nNous vous rappelons votre rendez-vous avec le Dr Martin "
        "(chirurgien-dentiste) le vendredi 10 septembre à 17h15, 12 rue de Metz.\n\nEn cas "
        "d'empêchement, merci d'annuler au moins 24 h à l'avance.",
        days=((9, 10, "Fri"),),
    )
    yield neg(
        f,
        "yoyaku_byoin",
        "ja",
        ("さくら内科クリニック", "yoyaku@sakura-naika.example"),
        "ご予約確認（9月18日）",
        sent_on(9, 10, 12, TYO),
        "Japanese clinic booking: 9月18日（土）11:00.",
        "モーガン アレックス 様\n\nご予約を承りました。\n\n日時：9月18日（土）11:00\n"
        "診療科：内科\n\n保険証をお持ちください。\n\nさくら内科クリニック",
        days=((9, 18, "Sat"),),
    )
    yield neg(
        f,
        "yuyue_banli",
        "zh",
        ("政务服务中心", "yuyue@zwfw-example.example"),
        "预约成功通知",
        sent_on(9, 7, 9, SHA),
        "Chinese government service centre booking: 9月15日（周三）14:30, a residence permit.",
        "尊敬的 Alex Morgan：\n\n您已成功预约居住证办理业务。\n预约时间：9月15日（周三）"
        "14:30-15:00\n办理地点：市民服务中心 2楼 B区\n\n请携带护照原件准时到达。",
        days=((9, 15, "Wed"),),
    )


def prepweb23() -> Iterator[Case]:
    f = "prepweb23"
    yield neg(
        f,
        "prep_webinar",
        "en",
        ("Candidate Experience", "candidates@orbitpay.example"),
        "Get ready for your OrbitPay interview - live prep session",
        sent_on(9, 6, 12, NYC),
        "Employer's interview-preparation webinar for all shortlisted candidates, Thursday "
        "9 September 6:00-7:00 PM ET; the reader's interview itself is not set here.",
        "Hi Alex,\n\nCongratulations on moving forward! Before interviews start, join our "
        "live 'How we interview' session on Thursday, September 9, 6:00-7:00 PM ET. Our "
        "recruiters will walk through the format and answer questions. Register: "
        "https://orbitpay.example/prep\n\nYour recruiter will reach out separately to "
        "schedule your interview.\n\nOrbitPay Candidate Experience",
        days=((9, 9, "Thu"),),
    )
    yield neg(
        f,
        "vorbereitung",
        "de",
        ("Karriere-Team", "karriere@lindwurm-bank.example"),
        "Fit fürs Auswahlverfahren: Online-Vorbereitung",
        sent_on(9, 3, 10, BER),
        "German bank's preparation webinar for the selection day, Tuesday 14 September 18:00.",
        "Hallo Alex,\n\nzur Vorbereitung auf unser Auswahlverfahren bieten wir am Dienstag, "
        "14. September, um 18:00 Uhr ein Online-Seminar an: Ablauf, Tipps zum Interview, "
        "Fragerunde. Die Teilnahme ist freiwillig; Ihren Gesprächstermin erhalten Sie "
        "gesondert.\n\nIhr Karriere-Team der Lindwurm Bank",
        days=((9, 14, "Tue"),),
    )
    yield neg(
        f,
        "taller_preparacion",
        "es",
        ("Talento", "talento@sierra-consulting.example"),
        "Taller: prepara tu entrevista por competencias",
        sent_on(9, 6, 16, MAD),
        "Spanish competency-interview prep workshop Wednesday 15 September 19:00 online.",
        "Hola Alex:\n\nTe invitamos a nuestro taller online «Cómo preparar una entrevista por "
        "competencias», el miércoles 15 de septiembre a las 19:00. Es abierto a todos los "
        "candidatos del proceso de graduados.\n\nEquipo de Talento - Sierra Consulting",
        days=((9, 15, "Wed"),),
    )
    yield neg(
        f,
        "mock_interview",
        "hi",
        ("Placement Cell", "placement@indus-institute.example"),
        "मॉक इंटरव्यू सत्र - सूचना",
        sent_on(9, 7, 10, DEL),
        "Hindi placement-cell mock interview session for students, Saturday 11 September 10:00 AM.",
        "प्रिय विद्यार्थियों,\n\nआगामी कैंपस प्लेसमेंट की तैयारी के लिए शनिवार, 11 सितंबर को "
        "सुबह 10:00 बजे सेमिनार हॉल में मॉक इंटरव्यू सत्र आयोजित किया जाएगा। सभी अंतिम वर्ष के "
        "छात्र भाग लें।\n\nप्लेसमेंट सेल",
        days=((9, 11, "Sat"),),
    )
    yield neg(
        f,
        "mentor_prep",
        "en",
        ("Ravi Shah", "ravi.shah@bridge-mentors.example"),
        "Mock interview before your onsite?",
        sent_on(9, 8, 19, NYC),
        "A volunteer mentor offers a practice interview Sunday 12 September at 4pm before the "
        "reader's real onsite (a practice run, not an interview with an employer).",
        "Hey Alex,\n\nHappy to run a mock system-design interview with you before your "
        "onsite. Sunday the 12th at 4pm works for me - just send a Zoom link if that's good "
        "for you.\n\nRavi",
        days=((9, 12, "Sun"),),
    )
    sent = sent_on(9, 8, 12, NYC)
    st = when(9, 16, "Thu", 10, 0, NYC)
    yield ctl(
        f,
        "interview_after_prep",
        "en",
        ("Leah Wong", "leah.wong@orbitpay.example"),
        "Your OrbitPay interview - Thursday 9/16",
        sent,
        "Control: the recruiter sets the interview Thursday 16 September 10:00-11:00 and "
        "mentions the prep session recording.",
        "Hi Alex,\n\nYour virtual interview is scheduled for Thursday, September 16 from "
        "10:00 to 11:00 AM ET with our engineering manager. If you missed last week's prep "
        "session, the recording is on the candidate portal.\n\nBest,\nLeah Wong\nRecruiter, "
        "OrbitPay",
        st,
        60,
    )


def pastac23() -> Iterator[Case]:
    f = "pastac23"
    yield neg(
        f,
        "late_instructions",
        "en-GB",
        ("Assessment Team", "assessments@kingsway-rail.example"),
        "Assessment centre - joining instructions",
        sent_on(9, 9, 9, LON),
        "Joining instructions for an assessment centre on Tuesday 7 September 9:00, arriving "
        "two days after the date (a past date).",
        "Dear Alex,\n\nPlease find below the joining instructions for your assessment centre."
        "\n\nDate: Tuesday 7 September\nArrival: 08:45 for a 09:00 start\nVenue: Kingsway "
        "Rail, 3 Station Approach, York\n\nPlease bring photo ID.\n\nAssessment Team",
        days=((9, 7, "Tue"),),
    )
    yield neg(
        f,
        "feedback_after_ac",
        "en",
        ("Graduate Recruitment", "grads@halden-energy.example"),
        "Thank you for attending our assessment centre",
        sent_on(9, 10, 15, NYC),
        "Thank-you mail after an assessment centre held Wednesday 8 September 8:30 AM; "
        "results to follow.",
        "Hi Alex,\n\nThank you for attending our assessment centre on Wednesday, September 8 "
        "(8:30 AM - 4:00 PM). We appreciated your energy in the group exercise. We will "
        "share results by the end of next week.\n\nGraduate Recruitment, Halden Energy",
        days=((9, 8, "Wed"),),
    )
    yield neg(
        f,
        "assessment_center_vorbei",
        "de",
        ("Recruiting", "recruiting@alpenblick-ag.example"),
        "Nachtrag: Unterlagen zum Assessment Center",
        sent_on(9, 10, 11, BER),
        "German follow-up sending the documents for the assessment centre of Thursday 9 "
        "September 8:30, after it took place.",
        "Hallo Herr Morgan,\n\nanbei wie besprochen die Unterlagen und die Präsentation aus "
        "dem Assessment Center vom Donnerstag, 9. September (Beginn 8:30 Uhr). Vielen Dank "
        "nochmals für Ihre Teilnahme. Wir melden uns in der kommenden Woche.\n\nIhr "
        "Recruiting-Team",
        days=((9, 9, "Thu"),),
    )
    yield neg(
        f,
        "assessmentdag_verlopen",
        "nl",
        ("Selectie", "selectie@deltaport.example"),
        "Herinnering: assessmentdag",
        sent_on(9, 8, 7, AMS),
        "Dutch reminder that was sent late: the assessment day was Monday 6 September 9:00.",
        "Beste Alex,\n\nHierbij de praktische informatie voor de assessmentdag van maandag 6 "
        "september. Je wordt om 9:00 verwacht bij de receptie van Deltaport, Waalhaven 12."
        "\n\nSucces!\nTeam Selectie",
        days=((9, 6, "Mon"),),
    )
    sent = sent_on(9, 6, 10, LON)
    st = when(9, 14, "Tue", 9, 0, LON)
    yield ctl(
        f,
        "future_ac_instructions",
        "en-GB",
        ("Assessment Team", "assessments@kingsway-rail.example"),
        "Assessment centre - joining instructions (14 September)",
        sent,
        "Control: the same team's joining instructions for an assessment centre still ahead, "
        "Tuesday 14 September 9:00-15:30.",
        "Dear Alex,\n\nWe are delighted to invite you to our assessment centre, which "
        "includes your final interview.\n\nDate: Tuesday 14 September\nTime: 09:00-15:30\n"
        "Venue: Kingsway Rail, 3 Station Approach, York\n\nPlease bring photo ID.\n\n"
        "Assessment Team",
        st,
        390,
    )


def parcel23() -> Iterator[Case]:
    f = "parcel23"
    yield neg(
        f,
        "delivery_window",
        "en-GB",
        ("ParcelWay", "tracking@parcelway.example"),
        "Your parcel arrives tomorrow between 10:15 and 11:15",
        sent_on(9, 7, 19, LON),
        "Parcel delivery window Wednesday 8 September 10:15-11:15.",
        "Hi Alex,\n\nGood news - your parcel from Northwind Books is out for delivery on "
        "Wednesday 8 September. Your driver, Sam, will arrive between 10:15 and 11:15.\n\n"
        "Not in? Choose a safe place or another day in the app.\n\nParcelWay",
        days=((9, 8, "Wed"),),
    )
    yield neg(
        f,
        "zustellung",
        "de",
        ("PaketBlitz", "benachrichtigung@paketblitz.example"),
        "Ihre Sendung kommt am Freitag",
        sent_on(9, 8, 17, BER),
        "German parcel: delivery Friday 10 September between 14:00 and 16:00.",
        "Hallo Alex Morgan,\n\nIhre Sendung 00340434 wird voraussichtlich am Freitag, "
        "10.09., zwischen 14:00 und 16:00 Uhr zugestellt. Sie können den Termin bis 22:00 Uhr "
        "am Vortag ändern.\n\nIhr PaketBlitz-Team",
        days=((9, 10, "Fri"),),
    )
    yield neg(
        f,
        "bezorging",
        "nl",
        ("Snelpost", "noreply@snelpost.example"),
        "Je pakket wordt maandag bezorgd",
        sent_on(9, 10, 18, AMS),
        "Dutch parcel: delivery Monday 13 September between 17:30 and 19:30.",
        "Hoi Alex,\n\nJe pakket van Boekenhuis wordt maandag 13 september tussen 17:30 en "
        "19:30 bezorgd. Niet thuis? Kies een afhaalpunt.\n\nSnelpost",
        days=((9, 13, "Mon"),),
    )
    yield neg(
        f,
        "dostawa_kurier",
        "pl",
        ("KurierPlus", "powiadomienia@kurierplus.example"),
        "Kurier dostarczy przesyłkę we wtorek",
        sent_on(9, 13, 18, WAW),
        "Polish courier: delivery Tuesday 14 September 9:00-12:00.",
        "Dzień dobry,\n\nTwoja przesyłka 6200912 zostanie doręczona we wtorek 14 września w "
        "godz. 9:00-12:00. Kurier zadzwoni 30 minut przed przyjazdem.\n\nKurierPlus",
        days=((9, 14, "Tue"),),
    )
    yield neg(
        f,
        "kargo_teslimat",
        "tr",
        ("HızlıKargo", "bildirim@hizlikargo.example"),
        "Kargonuz yarın teslim edilecek",
        sent_on(9, 14, 18, IST),
        "Turkish courier: delivery Wednesday 15 September between 13:00 and 15:00.",
        "Sayın Alex Morgan,\n\n7781245 numaralı gönderiniz 15 Eylül Çarşamba günü 13:00-15:00 "
        "saatleri arasında teslim edilecektir.\n\nHızlıKargo",
        days=((9, 15, "Wed"),),
    )
    yield neg(
        f,
        "laptop_courier_employer",
        "en",
        ("Hardware Logistics", "it-logistics@vantage-cloud.example"),
        "Your new-hire laptop is on its way",
        sent_on(9, 9, 12, NYC),
        "New employer's laptop shipment, delivery Monday 13 September by 8:00 PM; signature "
        "needed.",
        "Hi Alex,\n\nWelcome aboard! Your laptop shipped today and is scheduled for delivery "
        "on Monday, September 13 by 8:00 PM. An adult signature is required.\n\nVantage "
        "Cloud IT Logistics",
        days=((9, 13, "Mon"),),
    )


def club23() -> Iterator[Case]:
    f = "club23"
    yield neg(
        f,
        "five_a_side",
        "en-GB",
        ("Dan Holt", "dan.holt@mailbox2.example"),
        "5-a-side Thursday - who's in?",
        sent_on(9, 6, 20, LON),
        "Friends' five-a-side on Thursday 9 September at 7pm.",
        "Lads,\n\nPitch booked for Thursday 9th, 7-8pm at Goals Ealing. Need two more - "
        "reply if you're in. £6 each.\n\nDan",
        days=((9, 9, "Thu"),),
    )
    yield neg(
        f,
        "vereinsfest",
        "de",
        ("TSV Vorstand", "vorstand@tsv-eichenau.example"),
        "Einladung zur Mitgliederversammlung",
        sent_on(9, 2, 18, BER),
        "German sports club general meeting Friday 24 September 19:30.",
        "Liebe Mitglieder,\n\nhiermit laden wir satzungsgemäß zur ordentlichen "
        "Mitgliederversammlung am Freitag, 24. September, um 19:30 Uhr im Vereinsheim ein. "
        "Tagesordnung anbei.\n\nDer Vorstand des TSV Eichenau",
        days=((9, 24, "Fri"),),
    )
    yield neg(
        f,
        "traningsschema",
        "sv",
        ("IK Norrström", "kansliet@ik-norrstrom.example"),
        "Träningstider hösten 2027",
        sent_on(9, 3, 12, STO),
        "Swedish club training times from Monday 13 September, 18:00-19:30.",
        "Hej alla!\n\nHöstens träningar börjar måndag 13 september. Vi kör måndagar och "
        "onsdagar kl. 18:00-19:30 i Eriksdalshallen.\n\nVälkomna!\nKansliet, IK Norrström",
        days=((9, 13, "Mon"),),
    )
    yield neg(
        f,
        "tournoi_tennis",
        "fr",
        ("Tennis Club Rive Gauche", "club@tcrg.example"),
        "Tournoi interne : votre premier match",
        sent_on(9, 8, 10, PAR),
        "French tennis club tournament: the reader's first match samedi 18 septembre 10h.",
        "Bonjour Alex,\n\nLe tableau du tournoi interne est publié. Votre premier match est "
        "programmé le samedi 18 septembre à 10h, court n°3, contre Julien P.\n\nBon tournoi !"
        "\nTennis Club Rive Gauche",
        days=((9, 18, "Sat"),),
    )
    yield neg(
        f,
        "partido_veteranos",
        "es",
        ("Club Deportivo Retiro", "cdretiro@clubmail.example"),
        "Convocatoria partido del domingo",
        sent_on(9, 9, 21, MAD),
        "Spanish club squad call-up for a match Sunday 12 September at 11:00.",
        "Hola equipo:\n\nConvocatoria para el partido contra el Atlético Vallecas, domingo 12 "
        "de septiembre a las 11:00 (estar a las 10:15). Campo municipal de Moratalaz.\n\n"
        "El míster",
        days=((9, 12, "Sun"),),
    )
    yield neg(
        f,
        "hardlopen",
        "nl",
        ("Loopgroep Oost", "info@loopgroep-oost.example"),
        "Startnummer en starttijd Singelloop",
        sent_on(9, 10, 12, AMS),
        "Dutch running event: start wave Sunday 19 September 10:40.",
        "Beste Alex,\n\nJe startnummer voor de Singelloop is 2214. Jouw startvak gaat zondag "
        "19 september om 10:40 van start. Kom op tijd, de startvakken sluiten 10 minuten "
        "eerder.\n\nLoopgroep Oost",
        days=((9, 19, "Sun"),),
    )


def savedate23() -> Iterator[Case]:
    f = "savedate23"
    yield neg(
        f,
        "summit_teaser",
        "en",
        ("DevSummit", "hello@devsummit-east.example"),
        "Save the date: DevSummit East, October 14",
        sent_on(9, 6, 15, NYC),
        "Conference save-the-date for Thursday 14 October, doors 8:30 AM; registration "
        "opens later.",
        "Save the date!\n\nDevSummit East returns on Thursday, October 14, 2027. Doors open "
        "at 8:30 AM at the Harborview Convention Center. Registration opens next month - "
        "stay tuned.\n\nThe DevSummit team",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "soiree_alumni",
        "fr",
        ("Association des diplômés", "alumni@esc-lumiere.example"),
        "Save the date : soirée des anciens",
        sent_on(9, 3, 11, PAR),
        "French alumni evening save-the-date, jeudi 7 octobre 19h.",
        "Chers diplômés,\n\nRéservez dès à présent votre soirée du jeudi 7 octobre à partir "
        "de 19h : la soirée annuelle des anciens aura lieu au Pavillon Ledoyen. Invitation "
        "officielle à suivre.\n\nL'Association des diplômés",
        days=((10, 7, "Thu"),),
    )
    yield neg(
        f,
        "festa_aziendale",
        "it",
        ("Eventi Interni", "eventi@vesuvio-digital.example"),
        "Save the date - Festa d'autunno",
        sent_on(9, 7, 10, ROM),
        "Italian company party save-the-date venerdì 1 ottobre dalle 18:30.",
        "Care colleghe e cari colleghi,\n\nsegnatevi la data: venerdì 1 ottobre dalle 18:30 "
        "festeggeremo insieme l'autunno sulla terrazza della sede. Dettagli a breve!\n\n"
        "Eventi Interni",
        days=((10, 1, "Fri"),),
    )
    yield neg(
        f,
        "jieri_yure",
        "zh",
        ("校友会", "alumni@huaxia-univ.example"),
        "敬请预留：校友返校日",
        sent_on(9, 6, 10, SHA),
        "Chinese alumni homecoming save-the-date 10月9日（周六）9:30.",
        "亲爱的校友：\n\n2027年校友返校日定于10月9日（周六）上午9:30举行，请预留时间。"
        "正式邀请函将于近期发出。\n\n校友会",
        days=((10, 9, "Sat"),),
    )
    yield neg(
        f,
        "hiring_event_teaser",
        "en",
        ("Talent Team", "talent@greenline-foods.example"),
        "Save the date: Greenline hiring day",
        sent_on(9, 8, 12, CHI),
        "Employer teaser for a hiring day Saturday 2 October 9 AM-1 PM; interview slots "
        "to be offered later, none set.",
        "Hi Alex,\n\nSave the date: our Chicago hiring day is Saturday, October 2, 9 AM - 1 "
        "PM. We'll send registration and interview slots in the coming weeks.\n\nGreenline "
        "Foods Talent Team",
        days=((10, 2, "Sat"),),
    )
    sent = sent_on(9, 20, 12, CHI)
    st = when(10, 2, "Sat", 10, 30, CHI)
    yield ctl(
        f,
        "hiring_day_slot",
        "en",
        ("Talent Team", "talent@greenline-foods.example"),
        "Your interview at Greenline hiring day",
        sent,
        "Control: the same employer books the reader's interview at the hiring day, "
        "Saturday 2 October 10:30-11:00.",
        "Hi Alex,\n\nYou're confirmed! Your interview at the Greenline hiring day is on "
        "Saturday, October 2 from 10:30 to 11:00 AM at 400 W Lake St. Please check in 10 "
        "minutes early.\n\nGreenline Foods Talent Team",
        st,
        30,
    )


def bcc23() -> Iterator[Case]:
    f = "bcc23"
    group = ("Undisclosed recipients", "undisclosed-recipients@invalid.example")
    yield neg(
        f,
        "slot_list_all",
        "en",
        ("Erin Cole", "erin.cole@summit-ridge.example"),
        "Interview day schedule - Summit Ridge",
        sent_on(9, 7, 16, NYC),
        "Bcc mail to all candidates listing everyone's slots by candidate number on "
        "Tuesday 14 September; the reader's own slot is not stated.",
        "Hello all,\n\nThank you for your interest. Below is the interview day schedule for "
        "Tuesday, September 14. Your candidate number is in your application confirmation."
        "\n\n9:00 AM  C-104\n9:45 AM  C-112\n10:30 AM C-118\n11:15 AM C-121\n\nIf your "
        "number is not listed you are on the waitlist.\n\nErin Cole",
        days=((9, 14, "Tue"),),
        to=group,
    )
    yield neg(
        f,
        "infoabend_alle",
        "de",
        ("Ausbildung", "ausbildung@stadtwerke-nordhafen.example"),
        "Infoabend für Bewerberinnen und Bewerber",
        sent_on(9, 3, 13, BER),
        "German Bcc invitation for all applicants to an information evening Thursday 16 "
        "September 18:00.",
        "Liebe Bewerberinnen und Bewerber,\n\nwir laden Sie alle herzlich zu unserem "
        "Infoabend am Donnerstag, 16. September, um 18:00 Uhr in der Kantine ein. Hier "
        "stellen sich die Ausbildungsberufe vor.\n\nIhr Ausbildungsteam",
        days=((9, 16, "Thu"),),
        to=group,
    )
    yield neg(
        f,
        "planning_groupe",
        "fr",
        ("Recrutement", "recrutement@ocean-logistique.example"),
        "Planning des entretiens collectifs",
        sent_on(9, 6, 10, PAR),
        "French Bcc mail: group sessions at 9h, 11h and 14h on mardi 21 septembre; each "
        "person will get their group in a separate mail.",
        "Bonjour à toutes et à tous,\n\nLes séances de recrutement collectif auront lieu le "
        "mardi 21 septembre à 9h, 11h et 14h. Vous recevrez individuellement l'horaire de "
        "votre groupe dans les prochains jours.\n\nL'équipe Recrutement",
        days=((9, 21, "Tue"),),
        to=group,
    )
    yield neg(
        f,
        "convocatoria_masiva",
        "es",
        ("Selección", "seleccion@hotel-mirador.example"),
        "Jornada de selección - información general",
        sent_on(9, 8, 12, MAD),
        "Spanish Bcc notice: a selection day with shifts at 10:00 and 16:00 on jueves 23 "
        "septiembre; the shift will be assigned later.",
        "Hola a todos:\n\nOs informamos de que la jornada de selección para temporada de "
        "invierno será el jueves 23 de septiembre, con turnos a las 10:00 y a las 16:00. En "
        "los próximos días os asignaremos turno por correo.\n\nDpto. de Selección",
        days=((9, 23, "Thu"),),
        to=group,
    )
    sent = sent_on(9, 9, 11, NYC)
    st = when(9, 14, "Tue", 10, 30, NYC)
    yield ctl(
        f,
        "your_slot_assigned",
        "en",
        ("Erin Cole", "erin.cole@summit-ridge.example"),
        "Your interview slot - Tuesday 9/14",
        sent,
        "Control: the same coordinator writes to the reader alone with their slot, Tuesday "
        "14 September 10:30-11:15.",
        "Hi Alex,\n\nYour interview is confirmed for Tuesday, September 14 at 10:30 AM "
        "(until 11:15) at our office, 88 Pine Street, 3rd floor.\n\nErin Cole",
        st,
        45,
    )
    sent = sent_on(9, 13, 10, MAD)
    st = when(9, 23, "Thu", 16, 0, MAD)
    yield ctl(
        f,
        "turno_asignado",
        "es",
        ("Selección", "seleccion@hotel-mirador.example"),
        "Tu turno en la jornada de selección",
        sent,
        "Control: the Spanish hotel assigns the reader their shift, jueves 23 septiembre "
        "16:00-18:00.",
        "Hola Alex:\n\nTe confirmamos tu entrevista en la jornada de selección el jueves 23 de "
        "septiembre de 16:00 a 18:00 en el hotel (pregunta en recepción por Marta).\n\n"
        "Dpto. de Selección",
        st,
        120,
    )


def payroll23_more() -> Iterator[Case]:
    sent = sent_on(9, 6, 14, BER)
    st = when(9, 13, "Mon", 10, 0, BER)
    yield ctl(
        "payroll23",
        "gespraech_lohnbuchhaltung",
        "de",
        ("Personalservice", "personalservice@brenner-werke.example"),
        "Einladung zum Vorstellungsgespräch - Lohnbuchhalter/in",
        sent,
        "Control: the same German HR service invites the reader to an interview Monday 13 "
        "September 10:00-11:00.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Lohnbuchhalter. Wir "
        "laden Sie zu einem Vorstellungsgespräch am Montag, 13. September, von 10:00 bis "
        "11:00 Uhr in Raum B 204 ein.\n\nIhr Personalservice\nBrenner Werke",
        st,
        60,
    )


def itsetup23_more() -> Iterator[Case]:
    sent = sent_on(9, 3, 10, AMS)
    st = when(9, 9, "Thu", 13, 30, AMS)
    yield ctl(
        "itsetup23",
        "sollicitatiegesprek",
        "nl",
        ("Ilse Bakker", "ilse.bakker@zuidhaven.example"),
        "Uitnodiging sollicitatiegesprek - Servicedeskmedewerker",
        sent,
        "Control: the Dutch employer invites the reader to a job interview Thursday 9 "
        "September 13:30-14:30.",
        "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een "
        "sollicitatiegesprek op donderdag 9 september van 13:30 tot 14:30 op ons kantoor aan "
        "de Laan 40.\n\nMet vriendelijke groet,\nIlse Bakker\nHR Zuidhaven",
        st,
        60,
    )


def reloc23_more() -> Iterator[Case]:
    sent = sent_on(9, 6, 9, STO)
    st = when(9, 15, "Wed", 9, 0, STO)
    yield ctl(
        "reloc23",
        "intervju_inbjudan",
        "sv",
        ("Karin Ek", "karin.ek@fjordtek.example"),
        "Inbjudan till intervju - Backendutvecklare",
        sent,
        "Control: Swedish employer invites the reader to an interview onsday 15 september "
        "9:00-10:00; relocation help mentioned.",
        "Hej Alex,\n\nTack för din ansökan! Vi vill gärna träffa dig på en intervju onsdag 15 "
        "september kl. 9:00-10:00 på vårt kontor på Sveavägen 20. Vi hjälper till med "
        "flytten om det blir aktuellt.\n\nVänliga hälsningar\nKarin Ek",
        st,
        60,
    )


def training23_more() -> Iterator[Case]:
    sent = sent_on(9, 7, 12, WAW)
    st = when(9, 16, "Thu", 10, 0, WAW)
    yield ctl(
        "training23",
        "rozmowa_trener",
        "pl",
        ("Akademia Rozwoju", "akademia@wislane-media.example"),
        "Zaproszenie na rozmowę - Trener wewnętrzny",
        sent,
        "Control: the same Polish academy invites the reader to a job interview Thursday 16 "
        "September 10:00-11:00.",
        "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko trenera wewnętrznego. "
        "Zapraszamy na rozmowę rekrutacyjną w czwartek 16 września o godz. 10:00-11:00, sala "
        "Gdańsk.\n\nAkademia Rozwoju, Wiślane Media",
        st,
        60,
    )


def appt23_more() -> Iterator[Case]:
    sent = sent_on(9, 7, 11, LON)
    st = when(9, 15, "Wed", 14, 0, LON)
    yield ctl(
        "appt23",
        "hospital_interview",
        "en-GB",
        ("Medical Staffing", "recruitment@riverside-nhs.example"),
        "Interview invitation - Practice Manager",
        sent,
        "Control: a health trust's recruitment team (same appointment-letter shape) invites "
        "the reader to an interview Wednesday 15 September 14:00-14:45.",
        "Dear Alex Morgan,\n\nThank you for applying for the Practice Manager post. You are "
        "invited to interview on Wednesday 15 September at 14:00 (45 minutes) at Riverside "
        "House, Room 2. To decline, reply to this email.\n\nMedical Staffing",
        st,
        45,
    )


def prepweb23_more() -> Iterator[Case]:
    sent = sent_on(9, 8, 10, BER)
    st = when(9, 17, "Fri", 9, 30, BER)
    yield ctl(
        "prepweb23",
        "gespraechstermin",
        "de",
        ("Karriere-Team", "karriere@lindwurm-bank.example"),
        "Ihr Gesprächstermin bei der Lindwurm Bank",
        sent,
        "Control: the same bank sends the reader's own interview Friday 17 September "
        "9:30-10:30, after the prep webinar.",
        "Hallo Alex,\n\nwie angekündigt erhalten Sie hiermit Ihren persönlichen "
        "Gesprächstermin: Freitag, 17. September, 9:30 bis 10:30 Uhr, Lindwurm Bank, "
        "Schillerplatz 4.\n\nIhr Karriere-Team",
        st,
        60,
    )


def pastac23_more() -> Iterator[Case]:
    sent = sent_on(9, 8, 15, AMS)
    st = when(9, 20, "Mon", 9, 0, AMS)
    yield ctl(
        "pastac23",
        "nieuwe_assessmentdag",
        "nl",
        ("Selectie", "selectie@deltaport.example"),
        "Nieuwe datum assessmentdag",
        sent,
        "Control: after the late reminder, the Dutch team sets a new assessment day with "
        "interview, Monday 20 September 9:00-13:00.",
        "Beste Alex,\n\nExcuses dat de herinnering te laat kwam. We nodigen je opnieuw uit voor "
        "de assessmentdag met eindgesprek op maandag 20 september van 9:00 tot 13:00 bij "
        "Deltaport, Waalhaven 12.\n\nTeam Selectie",
        st,
        240,
    )


BUILDERS = [
    payroll23,
    payroll23_more,
    itsetup23,
    itsetup23_more,
    reloc23,
    reloc23_more,
    training23,
    training23_more,
    curemp23,
    agency23,
    digest23,
    exams23,
    appt23,
    appt23_more,
    prepweb23,
    prepweb23_more,
    pastac23,
    pastac23_more,
    parcel23,
    club23,
    savedate23,
    bcc23,
]

MEASURED: list[str] = [
    "First sight (parser at main dc6d4e38, before any change for this batch): dev: 19 of 19 "
    "invitations with the right start and end (16 sure), 8 of 55 negatives claimed with "
    "confidence >= 0.5; held out: 3 of 3 invitations right (3 sure), 2 of 21 negatives "
    "claimed; no calendar-bearing mail in the batch.",
    "",
    "After the batch's three rules: dev 19 of 19 right (16 sure), 0 of 55 claimed; held out 3 "
    "of 3 right (3 sure), 2 of 21 claimed. Whole splits (quick.py, batch included): dev false "
    "claims 23 of 1753 (23 of 1698 before the batch, unchanged), text 2078/2103 and sure 1854 "
    "(1838 + 16); held out 79/784 claimed, 910/974 text, 760 sure (old files unchanged); "
    "shared and fixtures unchanged. Left in dev: three controls read right but unsure: a "
    "Spanish internal vacancy ('Gracias por presentarte a la vacante' read as an introduction, "
    "0.45; one sender, no rule), an assessment centre 9:00-15:30 (a window of hours, 0.40), "
    "'Your virtual interview is scheduled' next to a mention of the prep session (0.40).",
]

RULES: list[str] = [
    "- A review with the current employer (`EMPLOYEE_REVIEW_CUES` on the subject and the",
    "  sentence with the time: appraisal and performance reviews, exit interviews,",
    "  'Mitarbeitergespräch', 'evaluación de desempeño', 'exitgesprek', 'colloquio di",
    "  valutazione', 'medarbetarsamtal', 評価面談...): Odoo's Appraisals app (hr_appraisal books",
    "  the manager-employee meeting as a 'Final Interview'), German HR tools that file the",
    "  'Mitarbeitergespräch am' by date (public PHP employee-review apps), and this batch's",
    "  `curemp23` de, es and nl (three senders).",
    "- A course or an information session named in the sentence with the time (`SESSION_CUES`:",
    "  'sesión informativa', 'Online-Seminar', 'taller online', 'iscrizione al corso'...), unless",
    "  that sentence names the reader's own interview: corpus dev fwdmisc ('taller online')",
    "  and course17 ('iscrizione al corso'), this batch's `payroll23` es, `prepweb23` de and",
    "  es and `training23` it. First put in the notification list (subject and first 400",
    "  characters); that capped infomeet21's fr-CA control, which thanks the reader for a past",
    "  'séance d'information' before setting the interview, so it reads only the sentence.",
    "- Hindi 'मॉक इंटरव्यू' / 'मॉक साक्षात्कार' in `PRACTICE_CUES` beside the mock-interview",
    "  words of 14 other languages: this batch's `prepweb23` hi.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs23 batch (`build_negs23.py`)",
        "",
        "Look-alikes that carry a future date and time next to scheduling words but set no "
        "interview for the reader, with genuine invitations from the same senders in the same "
        "shapes as controls. All text is ours (no third-party text copied; no forwards in "
        "this batch); people, companies, addresses and links "
        "are made up. Every label was written from the datetimes the text is rendered from, "
        "before the parser was run on the message.",
        "",
        "Payroll and benefits windows, IT appointments, relocation and government or "
        "medical bookings, training courses, the current employer's meetings (including "
        "appraisals and exit interviews), agency market-update calls, digests, exams and "
        "defences of others, preparation webinars and mock interviews, assessment centres "
        "already past, deliveries, club events, save-the-dates and group mail that does not "
        "give the reader a slot are `not_invitation`; an interview set for the reader is an "
        "`invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs23.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs23.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
