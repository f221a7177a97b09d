# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "panel25" batch: interview mail for someone else, in more languages and shapes.

Run: .venv/bin/python tests/parsing/corpus/build_panel25.py

The reader sits on the other side of the table or beside the candidate: an applicant-tracking
system adds the reader to an interview or asks for an evaluation, a coordinator lists a
candidate's day with several interviewers, a calendar hold books the reader for a session of
interviews, a university search committee invites its members to a candidate's talk, a
civil-service selection board is convened, assessors are wanted for an assessment centre, a
parent passes on a son's or daughter's interview. Languages and wording differ from panel24
(zh, ko, pl, ru, tr, ar, hi, id, da, fi, cs, pt-PT, es-MX, en-IN, en-AU, fr-CA). About one
message in four is a control: the same sender in the same shape setting the reader's own
interview, several of them naming the interviewers the reader will meet.

Label policy as in panel24 (negs13 `panelbrief`, negs15 `hrtask15`, fwdmix14, mobile20): an
interview someone else attends as the interviewee is `not_invitation` for the reader, even
when the reader sits in it or forwards it.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Helpers follow build_panel24.py (mail helpers of build_parse-pos.py, loaded).
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
BATCH = "panel25"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "atsadd25": "dev",
    "scorecard25": "dev",
    "coordsched25": "dev",
    "calhold25": "dev",
    "jobtalk25": "dev",
    "civilboard25": "dev",
    "acassess25": "dev",
    "parentfwd25": "dev",
    "atsintl25": "heldout",
    "hirecomm25": "heldout",
    "panelday25": "heldout",
    "kinfwd25": "heldout",
}

SOURCES = {
    "atsadd25": "Applicant-tracking notices adding the reader to another person's interview, "
    "with an interview kit or evaluation to fill in (en-AU, en-IN, pl, da, fr-CA); control: "
    "the same system confirming the reader's own interview and naming whom they will meet "
    "(en-AU).",
    "scorecard25": "Reminders to rate a candidate the reader interviewed (en-IN, cs, fi, tr, "
    "zh); control: the same HR team's second round for the reader (cs).",
    "coordsched25": "A coordinator's timetable of a candidate's day, one row per interviewer, "
    "the reader among them (en-AU, ru, ko, pt-PT, es-MX); control: the reader's own timetable "
    "with the interviewers' names (en-AU).",
    "calhold25": "Calendar holds that book the reader for a session of interviews with "
    "applicants (id, da, hi, fr-CA, pl); control: the same HR sender's interview for the "
    "reader (id).",
    "jobtalk25": "University search and appointment committees: a shortlisted candidate's "
    "seminar, trial lecture or public talk, members asked to attend (en-AU, fi, cs, fr-CA, "
    "zh); control: the committee inviting the reader to interview (en-AU).",
    "civilboard25": "Civil-service and public-body selection boards convened with the reader "
    "as a member (en-IN, pl, tr, ar, pt-PT); control: the board's notice to the reader as "
    "the candidate, with the board's members listed (pl).",
    "acassess25": "Assessors wanted or confirmed for an assessment centre (en-IN, da, ru, "
    "es-MX); control: the reader's own assessment-centre slot (da).",
    "parentfwd25": "A parent forwards a son's or daughter's interview into the service, or "
    "to the reader, with a note saying whose it is (ko, hi, tr, es-MX, ru); control: the "
    "reader forwarding their own interview (en-IN).",
    "atsintl25": "Interviewer notices and evaluation requests from recruiting systems in "
    "zh, ko, tr, ru; control: the reader's own interview from such a system (zh).",
    "hirecomm25": "Academic hiring committees and appointment boards (da, pl, pt-PT, ar); "
    "control: the reader invited as the applicant (pt-PT).",
    "panelday25": "Coordinators' interview days and holds for a panel (fi, cs, hi, id, "
    "es-MX); control: the reader's own day listing the interviewers (fi).",
    "kinfwd25": "A relative's or friend's interview forwarded by a parent, aunt or partner "
    "(fr-CA, fi, ar, pt-PT, en-AU); control: the reader's own forward (en-AU).",
}

SYD, KOL, WAW, CPH, MTL, MOW, SEL, LIS, MEX, JKT, HEL, PRG, SHA, IST, RUH = (
    "Australia/Sydney",
    "Asia/Kolkata",
    "Europe/Warsaw",
    "Europe/Copenhagen",
    "America/Toronto",
    "Europe/Moscow",
    "Asia/Seoul",
    "Europe/Lisbon",
    "America/Mexico_City",
    "Asia/Jakarta",
    "Europe/Helsinki",
    "Europe/Prague",
    "Asia/Shanghai",
    "Europe/Istanbul",
    "Asia/Riyadh",
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
    ui: str = "",
    addressee: tuple[str, str] = ME,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """The user forwards a message through `client` (in `ui`, else the mail's language), with
    a note; `addressee` is who the message passed on was written to (a son, a daughter)."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    ui = ui or lang.split("-")[0]
    sig = n17.SIGNATURE.get((client, ui), "")
    top = "\n\n".join(part for part in (note_text.strip(), sig) if part)
    head = n17.block(client, ui, org, sent, subject).replace(n17._who(ME), n17._who(addressee))
    text = f"{top}\n\n{head}\n{body.strip()}\n"
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


# FAMILIES
def atsadd25() -> Iterator[Case]:
    f = "atsadd25"
    ats = ("Harbourline Careers", "no-reply@careers.harbourline.example")
    yield neg(
        f,
        "added_interviewer",
        "en-AU",
        ats,
        "You have been added as an interviewer: Mia Tran, Data Engineer",
        sent_on(11, 3, 9, SYD),
        "An ATS notice: the reader interviews Mia Tran on Thursday 11 November 1:00-1:45 pm; kit and scorecard links.",
        "G'day Alex,\n\nYou have been added as an interviewer for Mia Tran (Data Engineer).\n\n"
        "When: Thursday 11 November, 1:00 pm - 1:45 pm\nWhere: Level 4, Room Banksia\n"
        "Focus area: SQL and pipeline design\n\nOpen the interview kit: https://careers.harbourline.example/kit/88213\n"
        "Your scorecard unlocks when the interview starts.\n\nHarbourline Careers",
        days=((11, 11, "Thu"),),
    )
    yield neg(
        f,
        "interviewer_assignment",
        "en-IN",
        ("TalentDesk - Kaveri Systems", "alerts@talentdesk.kaverisys.example"),
        "Interviewer assignment | Rohit Kulkarni | Round 2 - Technical",
        sent_on(11, 4, 11, KOL),
        "Indian English: the reader is assigned to take Rohit Kulkarni's second technical round on Tuesday 9 November 3:00-4:00 PM.",
        "Dear Alex,\n\nYou are assigned to take the technical round for the profile below.\n\n"
        "Candidate: Rohit Kulkarni\nPosition: Senior Java Developer\nRound: 2 (Technical)\n"
        "Date & time: Tuesday, 9 November 2027, 3:00 PM - 4:00 PM\nMode: Teams (link in the invite)\n\n"
        "Kindly go through the resume before the round and mark your decision in TalentDesk within 24 hours.\n\n"
        "Regards,\nTalent Acquisition Team",
        days=((11, 9, "Tue"),),
    )
    yield neg(
        f,
        "dodano_rekrutera",
        "pl",
        ("Rekrutacja Wisłoport", "rekrutacja@wisloport.example"),
        "Dodano Cię do rozmowy: Anna Wójcik - Specjalistka ds. płac",
        sent_on(11, 2, 10, WAW),
        "Polish: the system tells the reader they were added to the interview with Anna Wójcik on Wednesday 10 November 13:00-14:00.",
        "Cześć Alex,\n\nzostałeś dodany jako osoba prowadząca rozmowę z kandydatką Anną Wójcik "
        "(Specjalistka ds. płac).\n\nTermin: środa, 10 listopada 2027, 13:00-14:00\nMiejsce: sala Motława, 2 piętro\n\n"
        "Po rozmowie uzupełnij ocenę w systemie.\n\nZespół Rekrutacji",
        days=((11, 10, "Wed"),),
    )
    yield neg(
        f,
        "tilfoejet_interviewer",
        "da",
        ("Rekruttering - Nordfjord Medico", "rekruttering@nordfjord-medico.example"),
        "Du er tilføjet som interviewer - Mads Holm",
        sent_on(11, 1, 14, CPH),
        "Danish: the reader is added as an interviewer for Mads Holm on Tuesday 9 November 10.00-11.00.",
        "Hej Alex\n\nDu er tilføjet som interviewer til samtalen med Mads Holm (Kvalitetsingeniør).\n\n"
        "Tidspunkt: tirsdag den 9. november kl. 10.00-11.00\nSted: Mødelokale Skagen\n\n"
        "Husk at udfylde din vurdering i systemet senest dagen efter.\n\nVenlig hilsen\nRekrutteringsteamet",
        days=((11, 9, "Tue"),),
    )
    yield neg(
        f,
        "equipe_entrevue",
        "fr-CA",
        ("Dotation - Groupe Laurentide", "dotation@laurentide.example"),
        "Ajout à l'équipe d'entrevue : Julie Gagnon",
        sent_on(11, 8, 9, MTL),
        "Canadian French: the reader is added to the interview team for Julie Gagnon on Thursday 18 November 13 h 30 to 14 h 30.",
        "Bonjour Alex,\n\nVous avez été ajouté à l'équipe d'entrevue pour la candidature de Julie Gagnon "
        "(conseillère en communication).\n\nQuand : jeudi 18 novembre, de 13 h 30 à 14 h 30\nOù : salle Mont-Royal, 5e étage\n\n"
        "La trousse d'entrevue et la grille sont dans le portail.\n\nL'équipe Dotation",
        days=((11, 18, "Thu"),),
    )
    sent = sent_on(11, 5, 10, SYD)
    yield ctl(
        f,
        "own_interview_confirmed",
        "en-AU",
        ats,
        "Your interview with Harbourline is confirmed",
        sent,
        "Control: the same ATS confirms the reader's own interview on Wednesday 17 November 10:00-11:00 and names the two interviewers.",
        "Hi Alex,\n\nYour interview for the Platform Engineer role is confirmed.\n\n"
        "When: Wednesday 17 November, 10:00 am - 11:00 am\nWhere: Level 4, Room Banksia\n\n"
        "You'll meet:\n- Priya Shah, Engineering Manager\n- Tom Reid, Senior Engineer\n\n"
        "Bring photo ID for reception. Good luck!\n\nHarbourline Careers",
        when(11, 17, "Wed", 10, 0, SYD),
        60,
    )


def scorecard25() -> Iterator[Case]:
    f = "scorecard25"
    yield neg(
        f,
        "feedback_pending",
        "en-IN",
        ("Meera Pillai", "meera.pillai@sundaramfin.example"),
        "Pending: your feedback for Sneha Iyer (interviewed 2 Nov)",
        sent_on(11, 3, 17, KOL),
        "Indian English: a reminder to rate Sneha Iyer before Friday 5 November 6:00 PM.",
        "Hi Alex,\n\nGentle reminder - your evaluation for Sneha Iyer, whom you interviewed on 2 November "
        "for the Credit Analyst role, is still pending. Please update it by Friday 5 November, 6:00 PM "
        "so that we can close the panel decision.\n\nThanks and regards,\nMeera\nHR Business Partner",
        days=((11, 5, "Fri"),),
    )
    yield neg(
        f,
        "hodnoceni_uchazece",
        "cs",
        ("Lenka Horáková", "lenka.horakova@vltava-soft.example"),
        "Připomínka: hodnocení uchazeče Petra Dvořáka",
        sent_on(11, 8, 9, PRG),
        "Czech: please fill in the evaluation of Petr Dvořák after the interview by Friday 12 November 12:00.",
        "Ahoj Alexi,\n\nprosím o vyplnění hodnocení uchazeče Petra Dvořáka po pondělním pohovoru. "
        "Formulář najdeš v systému, termín je pátek 12. listopadu do 12:00.\n\nDíky,\nLenka",
        days=((11, 12, "Fri"),),
    )
    yield neg(
        f,
        "arvio_hakijasta",
        "fi",
        ("Satu Laaksonen", "satu.laaksonen@kuurakone.example"),
        "Muistutus: arvio hakijasta Laura Virtanen",
        sent_on(11, 11, 15, HEL),
        "Finnish: a reminder to give the assessment of Laura Virtanen by Monday 15 November at 12.",
        "Hei Alex,\n\nmuistathan antaa arviosi hakijasta Laura Virtanen torstain haastattelun jälkeen. "
        "Tarvitsemme arviot viimeistään maanantaina 15.11. klo 12, jotta voimme päättää jatkosta.\n\nTerveisin\nSatu",
        days=((11, 15, "Mon"),),
    )
    yield neg(
        f,
        "degerlendirme_formu",
        "tr",
        ("İnsan Kaynakları - Ege Tekstil", "ik@egetekstil.example"),
        "Hatırlatma: Emre Yıldız değerlendirme formu",
        sent_on(11, 8, 10, IST),
        "Turkish: a reminder to fill in the evaluation form for Emre Yıldız by Wednesday 10 November 17:00.",
        "Merhaba Alex Bey,\n\nAday Emre Yıldız ile gerçekleştirdiğiniz mülakata ait değerlendirme formunu "
        "10 Kasım Çarşamba saat 17:00'ye kadar doldurmanızı rica ederiz.\n\nSaygılarımızla,\nİnsan Kaynakları",
        days=((11, 10, "Wed"),),
    )
    yield neg(
        f,
        "mianshi_pingjia",
        "zh",
        ("招聘中心", "zhaopin@hanhai-tech.example"),
        "提醒：请提交候选人王磊的面试评价",
        sent_on(11, 10, 10, SHA),
        "Chinese: a reminder to submit the interview evaluation of Wang Lei before Friday 12 November 18:00.",
        "Alex 您好：\n\n您于11月9日面试的候选人王磊（后端开发工程师）的面试评价尚未提交，"
        "请于11月12日（周五）18:00前在系统中填写。\n\n谢谢！\n招聘中心",
        days=((11, 12, "Fri"),),
    )
    sent = sent_on(11, 9, 11, PRG)
    yield ctl(
        f,
        "druhe_kolo",
        "cs",
        ("Lenka Horáková", "lenka.horakova@vltava-soft.example"),
        "Pozvánka do druhého kola pohovoru",
        sent,
        "Control: the same HR person invites the reader to a second-round interview on Tuesday 16 November 10:00-11:00.",
        "Dobrý den, pane Morgane,\n\nděkujeme za první rozhovor. Rádi bychom Vás pozvali do druhého kola "
        "pohovoru v úterý 16. listopadu od 10:00 do 11:00 v naší kanceláři, Karlín, Pernerova 12.\n\n"
        "S pozdravem\nLenka Horáková\nHR",
        when(11, 16, "Tue", 10, 0, PRG),
        60,
    )


def coordsched25() -> Iterator[Case]:
    f = "coordsched25"
    coord = ("Chloe Nguyen", "chloe.nguyen@tidewater.example")
    yield neg(
        f,
        "candidate_day",
        "en-AU",
        coord,
        "Interview schedule - Liam O'Brien - Thu 11 Nov",
        sent_on(11, 4, 15, SYD),
        "A candidate's day with three interviewers; the reader has the 9:30 technical session.",
        "Hi all,\n\nLiam O'Brien is in on Thursday 11 November for the Solutions Architect role. Timetable:\n\n"
        "9:30 - 10:15   Technical deep-dive   Alex Morgan\n10:30 - 11:00  Values conversation   Grace Lim\n"
        "11:15 - 12:00  Hiring manager        Ben Walsh\n\nHis CV is in the shared folder. Notes to me by Friday please.\n\nCheers,\nChloe",
        days=((11, 11, "Thu"),),
    )
    yield neg(
        f,
        "raspisanie_kandidata",
        "ru",
        ("Ольга Петрова", "o.petrova@severtrans.example"),
        "Расписание собеседований: Иван Соколов, 16 ноября",
        sent_on(11, 9, 12, MOW),
        "Russian: the interview timetable of Ivan Sokolov on Tuesday 16 November; the reader has 11:00-11:45.",
        "Коллеги, добрый день!\n\nНаправляю расписание встреч с кандидатом Иваном Соколовым (ведущий аналитик), "
        "вторник, 16 ноября:\n\n11:00-11:45 - техническое интервью, Алекс Морган\n12:00-12:30 - HR, Ольга Петрова\n"
        "12:45-13:15 - руководитель отдела, Дмитрий Орлов\n\nРезюме во вложении.\n\nС уважением,\nОльга",
        days=((11, 16, "Tue"),),
    )
    yield neg(
        f,
        "myeonjeop_iljeong",
        "ko",
        ("인사팀 채용담당", "recruit@hanbit-motors.example"),
        "[면접 일정 공유] 지원자 김민준 2차 면접",
        sent_on(11, 10, 9, SEL),
        "Korean: HR shares Kim Min-jun's second-round interview plan on Wednesday 17 November; the reader takes the 14:00 technical part.",
        "면접위원 여러분 안녕하세요, 인사팀입니다.\n\n지원자 김민준 님의 2차 면접 일정을 공유드립니다.\n\n"
        "일시: 11월 17일(수)\n14:00-14:40 기술 면접 - Alex Morgan 책임\n15:00-15:30 임원 면접 - 박서준 상무\n"
        "장소: 본사 7층 회의실\n\n평가표는 면접 후 당일 중 제출 부탁드립니다.\n\n감사합니다.",
        days=((11, 17, "Wed"),),
    )
    yield neg(
        f,
        "calendario_candidata",
        "pt-PT",
        ("Marta Fonseca", "marta.fonseca@atlantico-seguros.example"),
        "Entrevistas da Inês Carvalho - quinta-feira, 18/11",
        sent_on(11, 11, 16, LIS),
        "European Portuguese: the plan of Inês Carvalho's interviews on Thursday 18 November; the reader has 10h00.",
        "Olá a todos,\n\nSegue o plano das entrevistas da candidata Inês Carvalho (Técnica de Sinistros), "
        "quinta-feira, 18 de novembro:\n\n10h00-10h45 - Alex Morgan (parte técnica)\n11h00-11h30 - Rui Matos (direção)\n\n"
        "O CV está na pasta partilhada.\n\nObrigada,\nMarta",
        days=((11, 18, "Thu"),),
    )
    yield neg(
        f,
        "agenda_candidato",
        "es-MX",
        ("Fernanda Ríos", "fernanda.rios@grupo-sierra.example"),
        "Agenda de entrevistas: Diego Hernández (lunes 22)",
        sent_on(11, 15, 10, MEX),
        "Mexican Spanish: Diego Hernández's interview agenda on Monday 22 November; the reader interviews him at 9:00.",
        "Hola equipo:\n\nLes comparto cómo queda el día de Diego Hernández, candidato a Jefe de Almacén, "
        "el lunes 22 de noviembre:\n\n9:00 a 9:45 - Alex (técnica)\n10:00 a 10:30 - Mariana López (RH)\n"
        "10:45 a 11:15 - Jorge Salas (gerencia)\n\nPor favor suban sus comentarios al sistema el mismo día.\n\nSaludos,\nFer",
        days=((11, 22, "Mon"),),
    )
    sent = sent_on(11, 16, 14, SYD)
    yield ctl(
        f,
        "own_timetable",
        "en-AU",
        coord,
        "Your interview timetable - Wednesday 24 November",
        sent,
        "Control: the same coordinator sends the reader's own timetable, Wednesday 24 November 10:00-11:45, naming the two interviewers.",
        "Hi Alex,\n\nThanks for confirming. Here is your timetable for Wednesday 24 November at our Pyrmont office:\n\n"
        "10:00 - 10:45   Technical conversation with Grace Lim\n11:00 - 11:45   Hiring manager, Ben Walsh\n\n"
        "Ask for me at reception.\n\nCheers,\nChloe",
        when(11, 24, "Wed", 10, 0, SYD),
        105,
    )


def calhold25() -> Iterator[Case]:
    f = "calhold25"
    hr = ("Dewi Lestari", "dewi.lestari@nusantara-agri.example")
    yield neg(
        f,
        "hold_pewawancara",
        "id",
        hr,
        "HOLD: sesi wawancara Management Trainee - Kamis 11/11",
        sent_on(11, 3, 10, JKT),
        "Indonesian: a hold for the reader as interviewer of Management Trainee applicants on Thursday 11 November 09.00-12.00.",
        "Halo Pak Alex,\n\nMohon kosongkan kalender Bapak pada Kamis, 11 November 2027 pukul 09.00-12.00 "
        "untuk sesi wawancara kandidat Management Trainee. Bapak bertindak sebagai pewawancara bersama Ibu Ratna.\n\n"
        "Daftar kandidat akan kami kirim sehari sebelumnya.\n\nTerima kasih,\nDewi - HR",
        days=((11, 11, "Thu"),),
    )
    yield neg(
        f,
        "reservation_kalender",
        "da",
        ("Line Kjær", "line.kjaer@vestkyst-el.example"),
        "Reservation: ansættelsessamtaler fredag 19/11",
        sent_on(11, 8, 13, CPH),
        "Danish: a calendar reservation for the reader to sit in on the interviews with applicants, Friday 19 November 9.00-15.00.",
        "Hej Alex\n\nJeg har sat en reservation i din kalender fredag den 19. november kl. 9.00-15.00. "
        "Vi holder samtaler med de fem ansøgere til elektrikerstillingen, og du sidder med som fagperson.\n\n"
        "Ansøgningerne ligger på drevet.\n\nHilsen\nLine",
        days=((11, 19, "Fri"),),
    )
    yield neg(
        f,
        "sakshatkar_hold",
        "hi",
        ("मानव संसाधन विभाग", "hr@ganga-hotels.example"),
        "होल्ड: फ्रंट ऑफिस पद के साक्षात्कार - बुधवार 10 नवंबर",
        sent_on(11, 2, 11, KOL),
        "Hindi: a hold for the reader as a panel member at front-office interviews, Wednesday 10 November 14:00-17:00.",
        "नमस्ते Alex जी,\n\nबुधवार, 10 नवंबर को दोपहर 2:00 से शाम 5:00 बजे तक फ्रंट ऑफिस एग्ज़िक्यूटिव पद के "
        "उम्मीदवारों के साक्षात्कार होंगे। आप साक्षात्कार पैनल में रहेंगे, कृपया यह समय खाली रखें।\n\n"
        "उम्मीदवारों की सूची एक दिन पहले भेजी जाएगी।\n\nधन्यवाद,\nमानव संसाधन विभाग",
        days=((11, 10, "Wed"),),
    )
    yield neg(
        f,
        "reservation_agenda",
        "fr-CA",
        ("Geneviève Tremblay", "g.tremblay@cegep-riviere.example"),
        "Bloc à l'agenda : entrevues technicien(ne) en laboratoire, mardi 16 novembre",
        sent_on(11, 9, 9, MTL),
        "Canadian French: a calendar block for the reader as a selection-committee member at lab-technician interviews, Tuesday 16 November 13 h-16 h.",
        "Bonjour Alex,\n\nJe bloque ton agenda le mardi 16 novembre de 13 h à 16 h pour les entrevues du poste "
        "de technicien(ne) en laboratoire. Tu fais partie du comité de sélection avec Marc-André.\n\n"
        "Les CV des trois personnes retenues suivent.\n\nGeneviève",
        days=((11, 16, "Tue"),),
    )
    yield neg(
        f,
        "blokada_kalendarza",
        "pl",
        ("Katarzyna Zielińska", "k.zielinska@mazowsze-bud.example"),
        "Blokada kalendarza: rozmowy na stanowisko księgowej (czw. 18.11)",
        sent_on(11, 10, 12, WAW),
        "Polish: a calendar block for the reader to hold interviews with accountant applicants, Thursday 18 November 10:00-13:00.",
        "Cześć Alex,\n\nzablokowałam Ci kalendarz w czwartek 18 listopada w godz. 10:00-13:00 - prowadzimy "
        "rozmowy z kandydatkami na stanowisko księgowej i chciałabym, żebyś był w komisji.\n\n"
        "CV prześlę jutro.\n\nPozdrawiam,\nKasia",
        days=((11, 18, "Thu"),),
    )
    sent = sent_on(11, 5, 14, JKT)
    yield ctl(
        f,
        "undangan_wawancara",
        "id",
        hr,
        "Undangan Wawancara - Nusantara Agri",
        sent,
        "Control: the same HR sender invites the reader to an interview on Monday 15 November 10.00-11.00.",
        "Yth. Bapak Alex Morgan,\n\nTerima kasih atas lamaran Bapak. Kami mengundang Bapak untuk wawancara "
        "pada Senin, 15 November 2027 pukul 10.00-11.00 di kantor kami, Jl. Gatot Subroto 21, Jakarta.\n\n"
        "Mohon konfirmasi kehadiran Bapak.\n\nHormat kami,\nDewi Lestari\nHR",
        when(11, 15, "Mon", 10, 0, JKT),
        60,
    )


def jobtalk25() -> Iterator[Case]:
    f = "jobtalk25"
    sec = ("School of Earth Sciences", "earthsci-recruit@uni-coastal.example")
    yield neg(
        f,
        "candidate_seminar",
        "en-AU",
        sec,
        "Shortlisted candidate seminar - Dr Hannah Keller - Tue 9 Nov",
        sent_on(11, 2, 9, SYD),
        "A search committee asks members to attend a shortlisted candidate's seminar on Tuesday 9 November 2:00-3:00 pm.",
        "Dear committee members,\n\nDr Hannah Keller, shortlisted for the Lecturer in Hydrogeology post, "
        "will give her seminar on Tuesday 9 November, 2:00-3:00 pm, in Lecture Theatre 3. Please attend "
        "and send your comments on the feedback form before the panel meets.\n\nKind regards,\nSchool Manager",
        days=((11, 9, "Tue"),),
    )
    yield neg(
        f,
        "opetusnayte",
        "fi",
        ("Valintatyöryhmä", "rekry@jyvaskylan-amk.example"),
        "Hakijan opetusnäyte ja haastattelu 17.11.",
        sent_on(11, 5, 10, HEL),
        "Finnish: the selection group is asked to attend an applicant's teaching demonstration and interview on Wednesday 17 November 13-15.",
        "Hyvät valintatyöryhmän jäsenet,\n\nlehtorin tehtävään haastatteluun kutsuttu FT Juha Mäkinen pitää "
        "opetusnäytteensä keskiviikkona 17.11. klo 13, ja haastattelu on heti sen jälkeen klo 14-15, sali C204.\n\n"
        "Pyydämme arviot opetusnäytteestä sähköisellä lomakkeella.\n\nYstävällisesti\nHenna, HR",
        days=((11, 17, "Wed"),),
    )
    yield neg(
        f,
        "prednaska_uchazecky",
        "cs",
        ("Děkanát FPE", "dekanat@fpe-brno.example"),
        "Výběrové řízení - veřejná přednáška uchazečky dr. Novákové",
        sent_on(11, 3, 13, PRG),
        "Czech: committee members are invited to an applicant's public lecture on Thursday 11 November at 14:00.",
        "Vážení členové komise,\n\nv rámci výběrového řízení na místo odborné asistentky přednese uchazečka "
        "Mgr. Eva Nováková, Ph.D., veřejnou přednášku ve čtvrtek 11. listopadu 2027 ve 14:00 v posluchárně B2. "
        "Po přednášce následuje rozhovor s komisí.\n\nS pozdravem\nDěkanát",
        days=((11, 11, "Thu"),),
    )
    yield neg(
        f,
        "conference_candidat",
        "fr-CA",
        ("Comité de sélection - Département de génie", "comite.genie@univ-boreal.example"),
        "Conférence publique d'un candidat au poste de professeur - lundi 15 novembre",
        sent_on(11, 9, 8, MTL),
        "Canadian French: the committee is invited to a professorship candidate's public lecture on Monday 15 November 11 h 30.",
        "Bonjour aux membres du comité,\n\nM. Olivier Roy, candidat au poste de professeur adjoint, donnera "
        "sa conférence publique le lundi 15 novembre à 11 h 30 au pavillon Pouliot, local 2750. "
        "La rencontre avec le comité suivra à 14 h.\n\nMerci de votre présence,\nLa présidence du comité",
        days=((11, 15, "Mon"),),
    )
    yield neg(
        f,
        "xueshu_baogao",
        "zh",
        ("学院人事办公室", "renshi@cs.huadong-univ.example"),
        "关于应聘者李娜博士学术报告的通知",
        sent_on(11, 12, 9, SHA),
        "Chinese: members of the recruitment committee are asked to attend Dr Li Na's talk on Friday 19 November 15:00-16:00.",
        "各位招聘委员会委员：\n\n应聘我院副教授岗位的李娜博士将于11月19日（周五）15:00-16:00在科技楼报告厅作学术报告，"
        "报告后进行答辩。请各位委员准时出席并填写评议表。\n\n学院人事办公室",
        days=((11, 19, "Fri"),),
    )
    sent = sent_on(11, 10, 10, SYD)
    yield ctl(
        f,
        "own_committee_interview",
        "en-AU",
        sec,
        "Lecturer in Hydrogeology - invitation to interview",
        sent,
        "Control: the committee invites the reader to interview on Thursday 25 November 10:00-11:00 am.",
        "Dear Dr Morgan,\n\nThank you for your application for the Lecturer in Hydrogeology post. The selection "
        "committee would like to invite you to interview on Thursday 25 November, 10:00-11:00 am, in the Dean's "
        "meeting room. The committee is Prof. Ruth Evans (chair), Dr Sam Patel and Dr Leah Brooks.\n\n"
        "Kind regards,\nSchool Manager",
        when(11, 25, "Thu", 10, 0, SYD),
        60,
    )


def civilboard25() -> Iterator[Case]:
    f = "civilboard25"
    yield neg(
        f,
        "interview_board_member",
        "en-IN",
        ("Recruitment Cell, Deccan Water Board", "recruitment@dwb-gov.example"),
        "Constitution of Interview Board - Assistant Engineer (Civil)",
        sent_on(11, 1, 16, KOL),
        "Indian English: the reader is nominated an expert member of an interview board sitting on Monday 8 November from 10:00 AM.",
        "Sir,\n\nWith reference to the above, you have been nominated as an expert member of the Interview Board "
        "for the post of Assistant Engineer (Civil). The interviews of the shortlisted candidates will be held "
        "on Monday, 8 November 2027 from 10:00 AM at the Board office, Room 14.\n\nYou are requested to kindly "
        "confirm your availability.\n\nDeputy Secretary (Recruitment)",
        days=((11, 8, "Mon"),),
    )
    yield neg(
        f,
        "komisja_rekrutacyjna",
        "pl",
        ("Urząd Miasta Nowa Wola - Kadry", "kadry@um-nowawola.example"),
        "Powołanie do składu komisji rekrutacyjnej - nabór na stanowisko inspektora",
        sent_on(11, 8, 11, WAW),
        "Polish: the reader is appointed to a town hall's recruitment committee; interviews on Tuesday 16 November at 9:00.",
        "Szanowny Panie,\n\nuprzejmie informuję, że został Pan powołany w skład komisji rekrutacyjnej w naborze "
        "na stanowisko inspektora ds. zamówień publicznych. Rozmowy kwalifikacyjne z kandydatami odbędą się "
        "we wtorek 16 listopada 2027 r. o godz. 9:00 w sali 105.\n\nZ poważaniem\nWydział Kadr",
        days=((11, 16, "Tue"),),
    )
    yield neg(
        f,
        "mulakat_komisyonu",
        "tr",
        ("Personel Daire Başkanlığı", "personel@kent-belediye.example"),
        "Sözlü sınav komisyonu görevlendirmesi",
        sent_on(11, 9, 10, IST),
        "Turkish: the reader is assigned to an oral-exam board; candidates' interviews on Wednesday 17 November 10:00.",
        "Sayın Alex Morgan,\n\nBelediyemizce ilan edilen zabıta memuru alımında adayların sözlü sınavı "
        "17 Kasım 2027 Çarşamba günü saat 10:00'da hizmet binası toplantı salonunda yapılacaktır. "
        "Komisyon üyesi olarak görevlendirildiğinizi bilgilerinize sunarız.\n\nPersonel Daire Başkanlığı",
        days=((11, 17, "Wed"),),
    )
    yield neg(
        f,
        "lajnat_muqabalat",
        "ar",
        ("إدارة الموارد البشرية", "hr@riyadh-municipal.example"),
        "تكليف بعضوية لجنة المقابلات الشخصية",
        sent_on(11, 2, 10, RUH),
        "Arabic: the reader is appointed to the personal-interview committee; applicants are interviewed on Tuesday 9 November at 10:00.",
        "السيد Alex Morgan المحترم،\n\nنفيدكم بأنه تم تكليفكم بعضوية لجنة المقابلات الشخصية لشاغلي وظيفة محاسب. "
        "ستُجرى مقابلات المتقدمين يوم الثلاثاء 9 نوفمبر 2027 الساعة 10:00 صباحاً في قاعة الاجتماعات بالدور الثالث.\n\n"
        "مع التحية،\nإدارة الموارد البشرية",
        days=((11, 9, "Tue"),),
    )
    yield neg(
        f,
        "juri_procedimento",
        "pt-PT",
        ("Câmara Municipal de Vale Verde", "recursos.humanos@cm-valeverde.example"),
        "Procedimento concursal n.º 14/2027 - convocatória do júri",
        sent_on(11, 10, 15, LIS),
        "European Portuguese: the jury of a public competition is convened for the candidates' selection interviews on Thursday 18 November at 9h30.",
        "Exmo. Senhor,\n\nNa qualidade de vogal do júri do procedimento concursal n.º 14/2027 (técnico superior), "
        "convoca-se V. Exa. para as entrevistas profissionais de seleção dos candidatos, que decorrerão na "
        "quinta-feira, 18 de novembro de 2027, às 9h30, na sala de reuniões do edifício dos Paços do Concelho.\n\n"
        "Com os melhores cumprimentos,\nDivisão de Recursos Humanos",
        days=((11, 18, "Thu"),),
    )
    sent = sent_on(11, 12, 11, WAW)
    yield ctl(
        f,
        "zawiadomienie_kandydat",
        "pl",
        ("Urząd Miasta Nowa Wola - Kadry", "kadry@um-nowawola.example"),
        "Zawiadomienie o rozmowie kwalifikacyjnej",
        sent,
        "Control: the same town hall invites the reader as the candidate to an interview on Wednesday 24 November 11:00-11:30, listing the committee.",
        "Szanowny Panie Alexie,\n\nzawiadamiamy, że spełnił Pan wymagania formalne w naborze na stanowisko "
        "specjalisty ds. funduszy europejskich. Zapraszamy na rozmowę kwalifikacyjną w środę 24 listopada 2027 r. "
        "w godz. 11:00-11:30, sala 105. Komisja: Anna Lis (przewodnicząca), Piotr Mazur, Ewa Sowa.\n\n"
        "Z poważaniem\nWydział Kadr",
        when(11, 24, "Wed", 11, 0, WAW),
        30,
    )


def acassess25() -> Iterator[Case]:
    f = "acassess25"
    yield neg(
        f,
        "assessor_day",
        "en-IN",
        ("Campus Hiring - Indus Bank", "campushiring@indusbank.example"),
        "Assessor confirmation - Assessment Centre, Fri 12 Nov",
        sent_on(11, 4, 12, KOL),
        "Indian English: the reader is confirmed as an assessor for a graduate assessment centre on Friday 12 November 9:30 AM-5:00 PM.",
        "Dear Alex,\n\nThank you for volunteering. You are confirmed as an assessor for the Graduate Trainee "
        "assessment centre on Friday, 12 November, 9:30 AM to 5:00 PM at the Powai learning centre. You will "
        "observe two groups in the case exercise and rate them on the competency sheet. Assessor briefing at 9:00 AM.\n\n"
        "Regards,\nCampus Hiring Team",
        days=((11, 12, "Fri"),),
    )
    yield neg(
        f,
        "assessor_traineer",
        "da",
        ("Trainee-teamet", "trainee@dansk-havn.example"),
        "Du er assessor på vores assessment center 18/11",
        sent_on(11, 5, 10, CPH),
        "Danish: the reader is an assessor at the trainee assessment centre on Thursday 18 November 8.30-16.00.",
        "Hej Alex\n\nTak fordi du vil være assessor. Assessment centeret for vores nye traineer foregår torsdag "
        "den 18. november kl. 8.30-16.00 i Aarhus. Du observerer deltagerne i gruppeøvelsen og scorer dem bagefter.\n\n"
        "Briefing for assessorer kl. 8.00.\n\nMvh\nTrainee-teamet",
        days=((11, 18, "Thu"),),
    )
    yield neg(
        f,
        "nablyudatel_ots",
        "ru",
        ("Отдел подбора", "podbor@uralstal.example"),
        "Центр оценки 19 ноября: вы в составе асессоров",
        sent_on(11, 10, 14, MOW),
        "Russian: the reader is among the assessors of an assessment centre on Friday 19 November 10:00-17:00.",
        "Алекс, добрый день!\n\nВы включены в состав асессоров центра оценки для выпускников, пятница, 19 ноября, "
        "10:00-17:00, корпус Б, 3 этаж. Вы наблюдаете за участниками в кейс-упражнении и заполняете бланк оценки.\n\n"
        "Инструктаж асессоров в 9:30.\n\nОтдел подбора",
        days=((11, 19, "Fri"),),
    )
    yield neg(
        f,
        "evaluador_assessment",
        "es-MX",
        ("Atracción de Talento", "talento@cementos-norte.example"),
        "Confirmación: evaluador en el assessment center de becarios",
        sent_on(11, 12, 13, MEX),
        "Mexican Spanish: the reader is confirmed as an evaluator at the interns' assessment center on Tuesday 23 November 9:00-14:00.",
        "Hola Alex:\n\nTe confirmamos como evaluador en el assessment center de becarios el martes 23 de noviembre "
        "de 9:00 a 14:00 en la sala Cumbres. Observarás a los participantes en la dinámica grupal y llenarás "
        "la hoja de competencias.\n\n¡Gracias por tu apoyo!\nAtracción de Talento",
        days=((11, 23, "Tue"),),
    )
    sent = sent_on(11, 12, 9, CPH)
    yield ctl(
        f,
        "eget_assessment",
        "da",
        ("Trainee-teamet", "trainee@dansk-havn.example"),
        "Invitation til assessment center",
        sent,
        "Control: the same team invites the reader, an applicant, to an assessment centre on Wednesday 24 November 9.00-12.00.",
        "Kære Alex\n\nTak for din ansøgning til vores traineeprogram. Vi vil gerne invitere dig til assessment "
        "center onsdag den 24. november kl. 9.00-12.00 på vores kontor i Aarhus, Havnegade 3.\n\n"
        "Du møder Sofie Bach og Jonas Friis.\n\nMvh\nTrainee-teamet",
        when(11, 24, "Wed", 9, 0, CPH),
        180,
    )


def parentfwd25() -> Iterator[Case]:
    f = "parentfwd25"
    son_ko = ("김도윤", "doyun.kim@mailbox.example")
    yield fwd(
        f,
        "adeul_myeonjeop",
        "ko",
        "gmail",
        ("채용담당자", "recruit@daehan-logis.example"),
        "[대한로지스] 1차 면접 안내",
        sent_on(11, 2, 10, SEL),
        "아들 도윤이 면접 일정이에요. 제 것 아니고 참고용으로 보관합니다.",
        "김도윤 님 안녕하세요.\n\n대한로지스 1차 면접 일정을 안내드립니다.\n\n일시: 11월 10일(수) 15:00-15:40\n"
        "장소: 본사 3층 면접실\n\n감사합니다.",
        "Korean: a parent forwards their son's first-round interview (Wednesday 10 November 15:00) saying it is not theirs.",
        ui="en",
        addressee=son_ko,
        days=((11, 10, "Wed"),),
    )
    yield fwd(
        f,
        "beti_ka_interview",
        "hi",
        "gmail",
        ("HR - Shree Pharma", "hr@shreepharma.example"),
        "साक्षात्कार हेतु आमंत्रण",
        sent_on(11, 3, 12, KOL),
        "यह मेरी बेटी प्रिया का इंटरव्यू है, मेरा नहीं। बस रिकॉर्ड के लिए भेज रहा हूँ।",
        "प्रिय प्रिया शर्मा,\n\nआपको गुणवत्ता विश्लेषक पद के लिए साक्षात्कार हेतु आमंत्रित किया जाता है।\n\n"
        "दिनांक: गुरुवार, 11 नवंबर 2027\nसमय: सुबह 11:00 बजे\nस्थान: प्लॉट 7, औद्योगिक क्षेत्र, वडोदरा\n\nमानव संसाधन विभाग",
        "Hindi: a father forwards his daughter's interview (Thursday 11 November 11:00) as a record, not his own.",
        ui="en",
        addressee=("Priya Sharma", "priya.sharma@mailbox.example"),
        days=((11, 11, "Thu"),),
    )
    yield fwd(
        f,
        "oglumun_mulakati",
        "tr",
        "gmail",
        ("Anadolu Lojistik İK", "ik@anadolu-lojistik.example"),
        "Mülakat Daveti",
        sent_on(11, 4, 9, IST),
        "Oğlum Can'ın mülakatı, ben değil. Unutmasın diye buraya ekliyorum.",
        "Sayın Can Aydın,\n\nDepo Sorumlusu pozisyonu için mülakatınız 12 Kasım 2027 Cuma günü saat 14:00'te "
        "Gebze ofisimizde yapılacaktır.\n\nİyi günler dileriz,\nİnsan Kaynakları",
        "Turkish: a parent forwards their son Can's interview (Friday 12 November 14:00), noting it is his.",
        ui="en",
        addressee=("Can Aydın", "can.aydin@mailbox.example"),
        days=((11, 12, "Fri"),),
    )
    yield fwd(
        f,
        "entrevista_de_mi_hija",
        "es-MX",
        "gmail",
        ("Reclutamiento Farmacias Luna", "reclutamiento@farmacias-luna.example"),
        "Entrevista - Auxiliar de Farmacia",
        sent_on(11, 8, 11, MEX),
        "Es la entrevista de mi hija Valeria, no la mía. ¿Me ayudas a que no se le pase?",
        "Hola Valeria:\n\nTe esperamos para tu entrevista el martes 16 de noviembre a las 10:00 en la sucursal "
        "Coyoacán. Trae tu INE y CV impreso.\n\nSaludos,\nReclutamiento",
        "Mexican Spanish: a mother forwards her daughter's interview (Tuesday 16 November 10:00), saying it is not hers.",
        addressee=("Valeria Cruz", "valeria.cruz@mailbox.example"),
        days=((11, 16, "Tue"),),
    )
    yield fwd(
        f,
        "sobesedovanie_syna",
        "ru",
        "gmail",
        ("HR Волга-Пласт", "hr@volga-plast.example"),
        "Приглашение на собеседование",
        sent_on(11, 9, 10, MOW),
        "Это собеседование сына, Миши. Пересылаю себе, чтобы напомнить ему.",
        "Михаил, добрый день!\n\nПриглашаем вас на собеседование на должность инженера-технолога "
        "в четверг, 18 ноября, в 11:00 по адресу: г. Казань, ул. Заводская, 5.\n\nС уважением,\nHR-отдел",
        "Russian: a parent forwards their son's interview (Thursday 18 November 11:00) to remind him.",
        ui="en",
        addressee=("Mikhail Orlov", "misha.orlov@mailbox.example"),
        days=((11, 18, "Thu"),),
    )
    sent = sent_on(11, 5, 15, KOL)
    yield fwd(
        f,
        "own_forward",
        "en-IN",
        "gmail",
        ("HR - Shree Pharma", "hr@shreepharma.example"),
        "Interview call letter",
        sent,
        "My interview next week, please add to calendar.",
        "Dear Alex Morgan,\n\nYou are invited for an interview for the post of Quality Manager on Monday, "
        "15 November 2027, 11:00 AM to 12:00 PM at Plot 7, Industrial Area, Vadodara.\n\nHR Department",
        "Control: the reader forwards their own interview from the same firm, Monday 15 November 11:00-12:00.",
        label=slot(when(11, 15, "Mon", 11, 0, KOL), when(11, 15, "Mon", 12, 0, KOL), sent),
    )


def atsintl25() -> Iterator[Case]:
    f = "atsintl25"
    zh = ("招聘系统", "noreply@hire.jinghua-data.example")
    yield neg(
        f,
        "mianshiguan_tongzhi",
        "zh",
        zh,
        "【面试通知】您被安排为面试官：候选人 陈晓",
        sent_on(11, 3, 10, SHA),
        "Chinese: the reader is made interviewer for candidate Chen Xiao on Tuesday 9 November 14:00-15:00.",
        "Alex 您好，\n\n您已被安排为以下面试的面试官：\n\n候选人：陈晓\n职位：数据分析师\n"
        "时间：11月9日（周二）14:00-15:00\n地点：5楼 会议室A\n\n面试结束后请在系统中填写面试评价。",
        days=((11, 9, "Tue"),),
    )
    yield neg(
        f,
        "myeonjeopgwan_baejeong",
        "ko",
        ("채용 시스템", "noreply@recruit.seorin-bio.example"),
        "면접관으로 배정되었습니다 - 이서연 지원자",
        sent_on(11, 4, 9, SEL),
        "Korean: the reader is assigned as an interviewer for applicant Lee Seo-yeon on Thursday 11 November 10:00-10:40.",
        "Alex님, 면접관으로 배정되었습니다.\n\n지원자: 이서연\n지원 직무: 품질관리\n일시: 11월 11일(목) 10:00-10:40\n"
        "장소: 연구동 2층 세미나실\n\n면접 종료 후 평가표를 작성해 주세요.",
        days=((11, 11, "Thu"),),
    )
    yield neg(
        f,
        "mulakatci_atama",
        "tr",
        ("Kariyer Sistemi", "bildirim@kariyer.marmara-enerji.example"),
        "Mülakatçı olarak atandınız: Zeynep Kaya",
        sent_on(11, 8, 11, IST),
        "Turkish: the reader is assigned as an interviewer of Zeynep Kaya on Monday 15 November 15:00-15:45.",
        "Merhaba Alex,\n\nZeynep Kaya (Proje Mühendisi) ile yapılacak mülakata mülakatçı olarak atandınız.\n\n"
        "Tarih: 15 Kasım 2027 Pazartesi, 15:00-15:45\nYer: Çevrimiçi (Teams)\n\nMülakattan sonra puanlamanızı sisteme giriniz.",
        days=((11, 15, "Mon"),),
    )
    yield neg(
        f,
        "interviewer_naznachen",
        "ru",
        ("Система подбора", "noreply@hr.baltika-it.example"),
        "Вы назначены интервьюером: Анна Кузнецова",
        sent_on(11, 9, 10, MOW),
        "Russian: the reader is named interviewer of Anna Kuznetsova on Wednesday 17 November 16:00-17:00.",
        "Алекс, здравствуйте!\n\nВы назначены интервьюером на встречу с кандидатом Анной Кузнецовой "
        "(Product Manager).\n\nДата: среда, 17 ноября, 16:00-17:00\nФормат: Zoom\n\nПосле встречи заполните, пожалуйста, форму обратной связи.",
        days=((11, 17, "Wed"),),
    )
    sent = sent_on(11, 10, 9, SHA)
    yield ctl(
        f,
        "own_mianshi",
        "zh",
        zh,
        "【面试邀请】京华数据 - 产品经理",
        sent,
        "Control: the same system invites the reader to an interview on Thursday 18 November 10:00-11:00, naming the interviewers.",
        "Alex Morgan 您好，\n\n感谢您应聘京华数据产品经理职位，现邀请您参加面试：\n\n时间：11月18日（周四）10:00-11:00\n"
        "地点：5楼 会议室A\n面试官：刘伟（产品总监）、赵敏（HR）\n\n请准时到达。",
        when(11, 18, "Thu", 10, 0, SHA),
        60,
    )


def hirecomm25() -> Iterator[Case]:
    f = "hirecomm25"
    yield neg(
        f,
        "bedoemmelsesudvalg",
        "da",
        ("Institut for Kemi", "ansaettelse@kemi.aarhus-uni.example"),
        "Ansættelsesudvalg: prøveforelæsning og samtale, adjunkt i kemi",
        sent_on(11, 2, 11, CPH),
        "Danish: the hiring committee is asked to attend an applicant's trial lecture and interview on Wednesday 10 November 13.00.",
        "Kære medlemmer af ansættelsesudvalget\n\nAnsøgeren dr. Karen Lund holder prøveforelæsning onsdag den "
        "10. november kl. 13.00 i auditorium 1, og samtalen med udvalget følger kl. 14.00.\n\nMed venlig hilsen\nInstitutsekretariatet",
        days=((11, 10, "Wed"),),
    )
    yield neg(
        f,
        "komisja_konkursowa",
        "pl",
        ("Dziekanat Wydziału Fizyki", "dziekanat@fizyka.uni-torun.example"),
        "Posiedzenie komisji konkursowej - wykład kandydata",
        sent_on(11, 4, 10, WAW),
        "Polish: the competition committee meets for a candidate's lecture on Friday 12 November at 12:00.",
        "Szanowni Członkowie Komisji,\n\nuprzejmie informuję, że posiedzenie komisji konkursowej na stanowisko "
        "adiunkta odbędzie się w piątek 12 listopada 2027 r. o godz. 12:00 w sali 214. Kandydat dr Tomasz Nowak "
        "wygłosi wykład, po którym nastąpi rozmowa.\n\nZ wyrazami szacunku\nDziekanat",
        days=((11, 12, "Fri"),),
    )
    yield neg(
        f,
        "juri_concurso_docente",
        "pt-PT",
        ("Serviços Académicos - FCT", "concursos@fct-coimbra.example"),
        "Concurso para Professor Auxiliar - audição dos candidatos",
        sent_on(11, 8, 10, LIS),
        "European Portuguese: the jury is convened to hear the candidates on Tuesday 16 November at 14h00.",
        "Caros membros do júri,\n\nInformamos que a audição pública dos candidatos admitidos ao concurso para "
        "Professor Auxiliar decorrerá na terça-feira, 16 de novembro, às 14h00, por videoconferência. "
        "Segue em anexo a ordem das apresentações.\n\nCom os melhores cumprimentos,\nServiços Académicos",
        days=((11, 16, "Tue"),),
    )
    yield neg(
        f,
        "lajnat_altawzif",
        "ar",
        ("كلية الهندسة - شؤون أعضاء هيئة التدريس", "faculty@eng.gulf-univ.example"),
        "دعوة لحضور محاضرة المرشح لوظيفة أستاذ مساعد",
        sent_on(11, 10, 9, RUH),
        "Arabic: members of the hiring committee are invited to a candidate's lecture on Wednesday 17 November at 11:00.",
        "السادة أعضاء لجنة التوظيف المحترمين،\n\nيسرنا دعوتكم لحضور المحاضرة التي يلقيها المرشح د. سامي الحربي "
        "لوظيفة أستاذ مساعد، وذلك يوم الأربعاء 17 نوفمبر الساعة 11:00 صباحاً في قاعة المؤتمرات، تليها المقابلة مع اللجنة.\n\n"
        "شؤون أعضاء هيئة التدريس",
        days=((11, 17, "Wed"),),
    )
    sent = sent_on(11, 12, 10, LIS)
    yield ctl(
        f,
        "own_audicao",
        "pt-PT",
        ("Serviços Académicos - FCT", "concursos@fct-coimbra.example"),
        "Concurso para Professor Auxiliar - convocatória para entrevista",
        sent,
        "Control: the same office calls the reader, a candidate, to an interview on Monday 22 November 10h00-11h00.",
        "Exmo. Senhor Doutor Alex Morgan,\n\nFica V. Exa. convocado para a entrevista no âmbito do concurso para "
        "Professor Auxiliar, na segunda-feira, 22 de novembro, das 10h00 às 11h00, na sala do Conselho Científico. "
        "O júri é presidido pela Prof.ª Helena Costa.\n\nCom os melhores cumprimentos,\nServiços Académicos",
        when(11, 22, "Mon", 10, 0, LIS),
        60,
    )


def panelday25() -> Iterator[Case]:
    f = "panelday25"
    fi = ("Riikka Salo", "riikka.salo@pohjoisvalo.example")
    yield neg(
        f,
        "haastattelupaiva",
        "fi",
        fi,
        "Haastattelupäivä 11.11. - Onni Heikkisen aikataulu",
        sent_on(11, 3, 14, HEL),
        "Finnish: a candidate's interview day on Thursday 11 November with three interviewers; the reader has 9.00.",
        "Hei kaikki,\n\ntässä Onni Heikkisen haastattelupäivän aikataulu torstaina 11.11.:\n\n"
        "klo 9.00-9.45 tekninen osuus - Alex\nklo 10.00-10.30 tiimin esittely - Mikko\nklo 10.45-11.15 esihenkilö - Riikka\n\n"
        "Kirjaattehan havaintonne järjestelmään samana päivänä.\n\nRiikka",
        days=((11, 11, "Thu"),),
    )
    yield neg(
        f,
        "harmonogram_pohovoru",
        "cs",
        ("Jana Svobodová", "jana.svobodova@moravia-logistika.example"),
        "Harmonogram pohovorů s uchazečkou Klárou Černou",
        sent_on(11, 5, 10, PRG),
        "Czech: a candidate's schedule on Tuesday 16 November with two interviewers; the reader has 13:00.",
        "Ahoj,\n\nposílám harmonogram setkání s uchazečkou Klárou Černou v úterý 16. listopadu:\n\n"
        "13:00-13:45 odborná část - Alex\n14:00-14:30 HR - Jana\n\nŽivotopis je v příloze.\n\nJana",
        days=((11, 16, "Tue"),),
    )
    yield neg(
        f,
        "panel_samay",
        "hi",
        ("नेहा वर्मा", "neha.verma@yamuna-infra.example"),
        "साक्षात्कार पैनल: शुक्रवार 19 नवंबर का कार्यक्रम",
        sent_on(11, 10, 12, KOL),
        "Hindi: a coordinator's plan of Friday 19 November interviews with three candidates; the reader sits on the panel from 10:00.",
        "नमस्ते,\n\nशुक्रवार, 19 नवंबर को साइट इंजीनियर पद के तीन उम्मीदवारों के साक्षात्कार हैं:\n\n"
        "सुबह 10:00 - राहुल मेहता\nसुबह 10:45 - अंकिता सिंह\nसुबह 11:30 - विकास यादव\n\nपैनल: Alex, सुरेश जी और मैं।\n\nनेहा",
        days=((11, 19, "Fri"),),
    )
    yield neg(
        f,
        "jadwal_panel",
        "id",
        ("Rina Susanti", "rina.susanti@bumi-kopi.example"),
        "Jadwal panel wawancara - Selasa 23 November",
        sent_on(11, 15, 9, JKT),
        "Indonesian: the panel's interview plan on Tuesday 23 November with two candidates; the reader is on the panel.",
        "Halo tim,\n\nBerikut jadwal wawancara posisi Barista Lead, Selasa 23 November:\n\n"
        "09.00-09.45 - Andi Pratama\n10.00-10.45 - Sari Wulandari\n\nPanel pewawancara: Pak Alex dan Bu Rina. "
        "Form penilaian terlampir.\n\nSalam,\nRina",
        days=((11, 23, "Tue"),),
    )
    yield neg(
        f,
        "bloque_entrevistadores",
        "es-MX",
        ("Paola Méndez", "paola.mendez@textiles-bajio.example"),
        "Apartado: entrevistas de supervisor de línea, jueves 25",
        sent_on(11, 17, 10, MEX),
        "Mexican Spanish: a block for the reader as interviewer at line-supervisor interviews on Thursday 25 November 9:00-12:00.",
        "Hola Alex,\n\nTe aparto el jueves 25 de noviembre de 9:00 a 12:00 para que me acompañes como entrevistador "
        "con los cuatro finalistas de supervisor de línea. Te paso los CV mañana.\n\nGracias,\nPaola",
        days=((11, 25, "Thu"),),
    )
    sent = sent_on(11, 12, 13, HEL)
    yield ctl(
        f,
        "oma_aikataulu",
        "fi",
        fi,
        "Haastattelusi aikataulu 24.11.",
        sent,
        "Control: the same coordinator sends the reader's own interview day on Wednesday 24 November 13.00-14.30, naming the interviewers.",
        "Hei Alex,\n\nkiitos hakemuksestasi. Tässä haastattelusi aikataulu keskiviikkona 24.11.:\n\n"
        "klo 13.00-13.45 tekninen osuus - Mikko Laine\nklo 13.45-14.30 esihenkilö - Riikka Salo\n\n"
        "Osoite: Pohjoisvalo, Hämeenkatu 8, Tampere.\n\nRiikka",
        when(11, 24, "Wed", 13, 0, HEL),
        90,
    )


def kinfwd25() -> Iterator[Case]:
    f = "kinfwd25"
    yield fwd(
        f,
        "entrevue_fils",
        "fr-CA",
        "outlook",
        ("Recrutement Boulangerie Mistral", "emplois@mistral.example"),
        "Convocation en entrevue",
        sent_on(11, 3, 10, MTL),
        "C'est l'entrevue de mon gars Félix, pas la mienne. Je la garde ici pour lui rappeler.",
        "Bonjour Félix,\n\nNous aimerions te rencontrer en entrevue pour le poste de commis le mercredi 10 novembre "
        "à 16 h, à la succursale Saint-Denis.\n\nAu plaisir,\nL'équipe Mistral",
        "Canadian French: a parent forwards his son Félix's interview (Wednesday 10 November 16 h).",
        addressee=("Félix Bouchard", "felix.bouchard@mailbox.example"),
        days=((11, 10, "Wed"),),
    )
    yield fwd(
        f,
        "tyttaren_haastattelu",
        "fi",
        "gmail",
        ("Rekrytointi - Kauppakeskus Aalto", "rekry@kk-aalto.example"),
        "Kutsu haastatteluun",
        sent_on(11, 4, 9, HEL),
        "Tyttären haastattelu, ei minun. Tallennan muistiin.",
        "Hei Emma,\n\nkutsumme sinut haastatteluun myyjän tehtävään maanantaina 15.11. klo 15.00 Aallon toimistolle.\n\n"
        "Terveisin\nRekrytointi",
        "Finnish: a parent forwards their daughter's interview (Monday 15 November 15.00) as a note.",
        ui="en",
        addressee=("Emma Korhonen", "emma.korhonen@mailbox.example"),
        days=((11, 15, "Mon"),),
    )
    yield fwd(
        f,
        "muqabalat_ibni",
        "ar",
        "gmail",
        ("شركة الخليج للتجزئة - الموارد البشرية", "hr@gulf-retail.example"),
        "دعوة لمقابلة شخصية",
        sent_on(11, 7, 10, RUH),
        "هذه مقابلة ابني عمر وليست مقابلتي، أحفظها هنا للتذكير فقط.",
        "الأخ عمر،\n\nيسعدنا دعوتك لإجراء مقابلة شخصية لوظيفة مشرف مبيعات يوم الخميس 18 نوفمبر الساعة 1:00 ظهراً "
        "في المقر الرئيسي.\n\nالموارد البشرية",
        "Arabic: a parent forwards their son Omar's interview (Thursday 18 November 13:00), saying it is not theirs.",
        ui="en",
        addressee=("Omar Saleh", "omar.saleh@mailbox.example"),
        days=((11, 18, "Thu"),),
    )
    yield fwd(
        f,
        "entrevista_sobrinha",
        "pt-PT",
        "gmail",
        ("Recrutamento Hotel Sol Nascente", "rh@solnascente.example"),
        "Entrevista - Rececionista",
        sent_on(11, 9, 11, LIS),
        "É a entrevista da minha sobrinha Beatriz, não é minha. Guardo para a ajudar a preparar.",
        "Olá Beatriz,\n\nConvidamo-la para uma entrevista para o lugar de rececionista na sexta-feira, 19 de novembro, "
        "às 10h30, no hotel.\n\nCumprimentos,\nRecursos Humanos",
        "European Portuguese: an aunt forwards her niece's interview (Friday 19 November 10h30).",
        addressee=("Beatriz Lopes", "beatriz.lopes@mailbox.example"),
        days=((11, 19, "Fri"),),
    )
    yield fwd(
        f,
        "partners_interview",
        "en-AU",
        "gmail",
        ("Coastline Health Recruitment", "recruitment@coastlinehealth.example"),
        "Interview - Registered Nurse, Ward 5",
        sent_on(11, 10, 16, SYD),
        "Sam's interview (my partner's), not mine - saving it so I can pick him up after.",
        "Hi Sam,\n\nWe'd love to meet you for an interview on Monday 22 November at 2:30 pm at the Ward 5 office.\n\n"
        "Kind regards,\nCoastline Health Recruitment",
        "Australian English: the reader forwards their partner's interview (Monday 22 November 2:30 pm).",
        addressee=("Sam Rossi", "sam.rossi@mailbox.example"),
        days=((11, 22, "Mon"),),
    )
    sent = sent_on(11, 12, 9, SYD)
    yield fwd(
        f,
        "own_forward",
        "en-AU",
        "gmail",
        ("Coastline Health Recruitment", "recruitment@coastlinehealth.example"),
        "Interview - Nurse Unit Manager",
        sent,
        "Mine this time!",
        "Hi Alex,\n\nWe'd like to invite you to interview on Thursday 25 November, 9:00-10:00 am, at the Ward 5 office. "
        "You'll meet Karen Doyle and Ian Fraser.\n\nKind regards,\nCoastline Health Recruitment",
        "Control: the reader forwards their own interview, Thursday 25 November 9:00-10:00 am.",
        label=slot(when(11, 25, "Thu", 9, 0, SYD), when(11, 25, "Thu", 10, 0, SYD), sent),
    )


BUILDERS = [
    atsadd25,
    scorecard25,
    coordsched25,
    calhold25,
    jobtalk25,
    civilboard25,
    acassess25,
    parentfwd25,
    atsintl25,
    hirecomm25,
    panelday25,
    kinfwd25,
]

MEASURED: list[str] = [
    "First sight (parser at main e0fffd8a, before any change for this batch): dev: 7 of 8 "
    "invitations with the right start and end (7 sure), 24 of 39 negatives claimed with "
    "confidence >= 0.5; held out: 4 of 4 invitations right (4 sure), 14 of 18 negatives "
    "claimed; no calendar-bearing mail in the batch.",
    "",
    "After the batch's rules: dev 7 of 8 right (7 sure), 3 of 39 claimed; held out 4 of 4 "
    "right (4 sure), 11 of 18 claimed. Whole splits (quick.py, batch included): dev false "
    "claims 29 of 2033 (26 of 1994 before the batch), text 2356/2383, sure 2102 (2095 + 7); "
    "held out 98/901 claimed (89/883 before, two old held-out files now better), 1000/1065 "
    "text, 841 sure; shared and fixtures unchanged; cmp.py: no BROKE or FIXED line on the old "
    "files, held out worse 0. Left in dev: a Russian coordinator's timetable greeting "
    "'Коллеги' with the reader's name in Cyrillic (the To is Latin), a Hindi and a Russian "
    "parent's forward whose first line greets the child in another script than the To line, "
    "and the reader's own two-row timetable read as its first row (end 10:45, label 11:45, "
    "as panel24's own loop). After merging main at a1d071cc: dev 25/2064 claimed (22/2025 "
    "on main), text 2393/2421, sure 2139 (2132 + 7); held out 99/912 (90/894 on main, two "
    "old files better), 1014/1079 text, 855 sure; cmp.py against main: no BROKE or FIXED "
    "line, held out worse 0.",
]

RULES: list[str] = [
    "- The reader is cast as interviewer, assessor, evaluator or board member in the mail's",
    "  own words (`READER_ON_PANEL_CUES`, read by `on_the_panel`): atsadd25 (da, pl, fr-CA),",
    "  calhold25 (id, da, hi, fr-CA, pl), civilboard25 (en-IN, pl, tr, ar, pt-PT), acassess25",
    "  (en-IN, da, ru, es-MX), jobtalk25 (en-AU, fi, cs, fr-CA, zh) and coordsched25 (ko).",
    "  The kind has senders in 13 languages; a phrase is one language's 'as an interviewer'.",
    "- An evaluation to fill in about a candidate (`INTERVIEWER_DUTY_CUES` and",
    "  `_CANDIDATE_NOUN` in more languages, read by `interviewer_side`): atsadd25 (en-IN, pl,",
    "  da) and scorecard25 (en-IN, cs, tr, zh).",
    "- A mail greeting a group gives the reader, by name, a row of a timetable (structural:",
    "  `_on_the_rota` in `addressed_elsewhere`, a clock time followed by a word of the To",
    "  line's names): coordsched25 en-AU, pt-PT, es-MX; the reader's own timetable, greeted",
    "  by name, names the interviewers instead.",
    "- An inline forward passes on mail whose To is a person who is not the one forwarding",
    "  and whose first line greets that person (structural: `passed_on_for_someone`; not for",
    "  a forward of a forward): parentfwd25 ko, tr, es-MX.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the panel25 batch (`build_panel25.py`)",
        "",
        "Interview mail in which someone other than the reader is interviewed, in languages and "
        "shapes panel24 did not use: applicant-tracking notices to interviewers, coordinators' "
        "timetables, calendar holds for interview sessions, university search committees, "
        "civil-service selection boards, assessment-centre assessors and a parent's forward of a "
        "son's or daughter's interview; controls are the reader's own interview from the same "
        "senders in the same shapes. All text is ours (no third-party text copied); people, "
        "companies, addresses and links are made up. Every label was written from the datetimes "
        "the text is rendered from, before the parser was run on the message.",
        "",
        "Label policy as in panel24 (negs13 `panelbrief`, negs15 `hrtask15` and the friends' interviews "
        "there, fwdmix14, mobile20): an interview that someone else attends as the "
        "interviewee is `not_invitation` for the reader, even when the reader sits in it or "
        "forwards it; an interview set for the reader is an `invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_panel25.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-panel25.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
