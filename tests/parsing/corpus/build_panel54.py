# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "panel54" batch: mail that asks the reader to sit on an interview panel or to
interview someone (the reader is an interviewer, not the candidate): "could you join the panel
for Thursday's interviews", "we'd like you on the interview panel", an applicant-tracking
system's interviewer assignment, shadowing an interview, a seat on a hiring committee, an
assessor's place at an assessment centre, a candidate's presentation to judge; some sent as a
calendar REQUEST with the reader as an ATTENDEE. Languages: en-GB, en-US, de, fr, es, it, nl,
pl, sv, pt-PT, pt-BR, ja, ko, zh, tr, ar, hi, id, vi. Controls in each family: the reader's own
interview in the same words ("a panel interview", "the panel will consist of", "vor einem
Panel", "entrevista com a banca", "assessment centre").

Run: .venv/bin/python tests/parsing/corpus/build_panel54.py

All text is ours (no template copied; the ATS notices follow the layout such mail has: who,
when, where, a link to the candidate's profile); people and companies are made up. Labels come
from the datetimes the text is rendered from (zoneinfo) and were written before the parser was
run on any message of the batch. Held-out families drawn by
`random.Random("panel54 coin").sample(sorted(FAMILIES), 2)` before anything was written:
calpanel54, shadowhc54. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.utils import format_datetime, formataddr
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
l48 = _load("build_looks48", "build_looks48.py")
cn = _load("build_calneg50", "build_calneg50.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template"
LIC = "text ours"

FAMILIES = {
    "joinpaneleu54": "HR or a hiring manager asks the reader to join the panel for named "
    "interviews, in European languages ('Could you join the panel for Thursday's interviews', "
    "'mit im Panel sitzen', 'faire partie du jury des entretiens', 'formar parte del panel de "
    "entrevistas', 'aansluiten bij het interviewpanel', 'vara med i intervjupanelen'); "
    "controls: the reader's own panel interview.",
    "joinpanelas54": "The same requests in ja, ko, zh, pt-BR, tr, ar, hi, id, vi ('面接官として"
    "同席', '면접관으로 참여해 주실 수', '加入面试小组', 'participar da banca de entrevistas', "
    "'panelde yer alabilir misin'); controls: the reader's own interview naming its panel.",
    "atsassign54": "An applicant-tracking system tells the reader they were added or scheduled "
    "as an interviewer for a candidate (Greenhouse-, Lever-, Workable-, Personio-, Recruitee-, "
    "Teamtailor-, Gupy-, Moka-like layouts); controls: the same systems' candidate notices.",
    "shadowhc54": "Shadowing an interview, a seat on a hiring committee, an assessor's or "
    "observer's place at an assessment centre, a candidate's presentation to judge (held out).",
    "calpanel54": "A panel-member invitation sent as a calendar REQUEST with the reader as an "
    "ATTENDEE, European languages (held out).",
    "calpanelas54": "A panel-member invitation sent as a calendar REQUEST with the reader as an "
    "ATTENDEE ('Interview panel: Daniel Okafor', '면접 패널', '面试小组', 'Banca de "
    "entrevista', 'Mülakat paneli', 'لجنة مقابلة'); controls: the reader's own panel "
    "interview sent the same way.",
}
HELD = frozenset(random.Random("panel54 coin").sample(sorted(FAMILIES), 2))
assert frozenset({"calpanel54", "shadowhc54"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
NEG: dict[str, object] = {"kind": "not_invitation"}

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
    "pt-PT": "Europe/Lisbon",
    "pt-BR": "America/Sao_Paulo",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
    "tr": "Europe/Istanbul",
    "ar": "Asia/Riyadh",
    "hi": "Asia/Kolkata",
    "id": "Asia/Jakarta",
    "vi": "Asia/Ho_Chi_Minh",
}
# Wednesday 4 November 2026, 09:20 local: when the text mails are sent
SENT = (2026, 11, 4, 9, 20)
# Thursday 12 November 2026, 10:00, and Tuesday 10 November, 14:00, local
THU10 = (2026, 11, 12, 10, 0)
TUE14 = (2026, 11, 10, 14, 0)
assert datetime(*THU10).strftime("%a") == "Thu"
assert datetime(*TUE14).strftime("%a") == "Tue"


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    text: str,
    note: str,
    *,
    slot: tuple[int, int, int, int, int] | None = None,
    minutes: int | None = None,
) -> None:
    """One text mail: with `slot` the reader's own interview at that wall time (no zone
    stated), labelled an invitation; without it the reader is the interviewer, labelled
    not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"panel54 {fam} {lang} {name}"
    message: MIMEBase = l48._part(text, "plain")
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        label = dict(NEG)
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    CASES.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


def cal(
    fam: str,
    lang: str,
    name: str,
    kind: str,
    prod: str,
    summary: str,
    slot: tuple[int, int, int, int, int],
    minutes: int,
    org: tuple[str, str],
    subject: str,
    body: str,
    others: list[tuple[str, str]],
    note: str,
    *,
    desc: str = "",
    loc: str = "",
    mode: str = "alt",
) -> None:
    """One calendar REQUEST with the reader as a required ATTENDEE beside `others`; the label
    follows from the datetimes (a look-alike carries no slot)."""
    zone = ZONE[lang]
    start = datetime(*slot, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(fam, name, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)]
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc=desc, loc=loc)
    ics = cn.vcal(cn.PROD.get(prod, prod), "REQUEST", [*cn.vtz(zone, start.year), *ev])
    c = cn.C(
        fam, name, lang, kind, org, subject, body, ics, sent, start, end, zone=zone,
        mode=mode, note=note,
    )  # fmt: skip
    if kind != "not_invitation":
        c.uid, c.seq, c.method = uid, 0, "REQUEST"
    c.ct_method = "REQUEST"
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@panel54.example>")
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, cn.label(c), lang, note, OURS, LIC))


# --- joinpaneleu54 ------------------------------------------------------------------------------
def joinpaneleu() -> None:
    f = "joinpaneleu54"
    note = (
        "HR or a hiring manager asks the reader to sit on the panel for someone else's interviews."
    )
    rows = [
        (
            "en-GB",
            "join_panel",
            ("Helen Price", "helen.price@northmoor-foods.example.co.uk"),
            "Could you join the panel on Thursday?",
            "Hi Alex,\n\nCould you join the panel for Thursday's interviews at 10:00? We're seeing three shortlisted people for the Senior Buyer role, 45 minutes each, in Meeting Room 4. Sarah from Procurement is chairing and I'd like you to take the commercial questions.\n\nI'll send round the CVs and the question bank tomorrow.\n\nMany thanks,\nHelen Price\nPeople Team",
        ),
        (
            "en-US",
            "on_panel",
            ("Jordan Reyes", "jordan.reyes@tidewater-data.example"),
            "Data Engineer final round - panel",
            "Hey Alex,\n\nWe'd like you on the interview panel for the Data Engineer final round next Tuesday, Nov 10, 2:00-3:30 PM. You'd be one of three interviewers, along with Priya and Marcus.\n\nCan you make it? If not, tell me by Friday and I'll find someone else.\n\nThanks!\nJordan",
        ),
        (
            "de",
            "im_panel",
            ("Sabine Krüger", "s.krueger@elbtal-logistik.example.de"),
            "Bitte um Unterstützung: Auswahlgespräche am Donnerstag",
            "Hallo Alex,\n\nkönntest du am Donnerstag, 12. November, um 10:00 Uhr bei den Auswahlgesprächen für die Stelle Teamleitung Buchhaltung mit im Panel sitzen? Wir sprechen mit zwei Bewerberinnen, je eine Stunde, Raum 2.14.\n\nDie Unterlagen schicke ich dir vorab.\n\nViele Grüße\nSabine Krüger\nPersonalabteilung",
        ),
        (
            "fr",
            "jury",
            ("Camille Roux", "camille.roux@atelier-garonne.example.fr"),
            "Entretiens de jeudi – besoin de toi",
            "Bonjour Alex,\n\nSerais-tu disponible pour faire partie du jury des entretiens jeudi 12 novembre à 10h ? Nous recevons deux candidats pour le poste de chef de projet. J'aurais besoin de toi comme deuxième recruteur, pour la partie technique.\n\nMerci d'avance,\nCamille Roux\nRH",
        ),
        (
            "es",
            "panel",
            ("Lucía Navarro", "lucia.navarro@grupo-albora.example.es"),
            "¿Te unes al panel del jueves?",
            "Hola Alex:\n\n¿Podrías formar parte del panel de entrevistas el jueves 12 de noviembre a las 10:00? Entrevistamos a dos finalistas para el puesto de analista financiero. Te mando los CV el miércoles.\n\nUn saludo,\nLucía Navarro\nRecursos Humanos",
        ),
        (
            "it",
            "commissione",
            ("Francesca Gallo", "f.gallo@officine-brera.example.it"),
            "Colloqui di giovedì",
            "Ciao Alex,\n\nti andrebbe di unirti alla commissione per i colloqui di giovedì 12 novembre alle 10:00? Incontriamo tre candidati per il ruolo di controller e ti chiederei di seguire la parte tecnica.\n\nGrazie,\nFrancesca Gallo\nHR",
        ),
        (
            "nl",
            "interviewpanel",
            ("Sanne de Vries", "sanne.devries@polderwerk.example.nl"),
            "Interviewpanel donderdag",
            "Hoi Alex,\n\nWil jij donderdag 12 november om 10:00 aansluiten bij het interviewpanel voor de vacature Product Owner? We spreken twee kandidaten, elk een uur. De cv's stuur ik je morgen.\n\nGroet,\nSanne de Vries\nHR",
        ),
        (
            "pl",
            "rekruter",
            ("Anna Lewandowska", "a.lewandowska@wislasoft.example.pl"),
            "Rozmowy w czwartek – prośba",
            "Cześć Alex,\n\nczy mógłbyś być jednym z rekruterów na rozmowach w czwartek 12 listopada o 10:00? Spotykamy się z dwoma kandydatami na stanowisko analityka danych i chciałabym, żebyś poprowadził część techniczną.\n\nDzięki,\nAnna Lewandowska\nHR",
        ),
        (
            "sv",
            "intervjupanel",
            ("Emma Lindqvist", "emma.lindqvist@skargard-energi.example.se"),
            "Intervjupanel på torsdag",
            "Hej Alex,\n\nkan du vara med i intervjupanelen på torsdag den 12 november kl. 10.00? Vi träffar två kandidater till tjänsten som ekonomichef. Jag skickar CV:na i morgon.\n\nTack!\nEmma Lindqvist\nHR",
        ),
        (
            "pt-PT",
            "painel",
            ("Inês Carvalho", "ines.carvalho@tejo-digital.example.pt"),
            "Painel de entrevistas – quinta-feira",
            "Olá Alex,\n\nPodes fazer parte do painel de entrevistas na quinta-feira, 12 de novembro, às 10h00? Vamos entrevistar dois candidatos para a função de gestor de produto e preciso de ti como segundo entrevistador.\n\nObrigada,\nInês Carvalho\nRecursos Humanos",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(f, lang, name, sender, subject, body, note)
    add(
        f,
        "en-GB",
        "control_panel_interview",
        ("Northmoor Foods Recruitment", "careers@northmoor-foods.example.co.uk"),
        "Invitation to interview: Senior Buyer",
        "Dear Alex,\n\nThank you for applying for the Senior Buyer role. We are pleased to invite you to a panel interview on Thursday 12 November at 10:00 at our Leeds office.\n\nThe panel will consist of Sarah Hughes (Head of Procurement) and Helen Price (People Team).\n\nPlease let us know if you need any adjustments.\n\nKind regards,\nRecruitment Team",
        "The reader's own panel interview (control).",
        slot=THU10,
    )
    add(
        f,
        "de",
        "control_panel",
        ("Elbtal Logistik Personal", "bewerbung@elbtal-logistik.example.de"),
        "Einladung zum Auswahlgespräch",
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu einem Auswahlgespräch am Donnerstag, 12. November, um 10:00 Uhr einzuladen. Das Gespräch findet vor einem Panel aus Fachbereich und Personalabteilung statt und dauert etwa 60 Minuten.\n\nMit freundlichen Grüßen\nSabine Krüger",
        "The reader's own interview before a panel (control).",
        slot=THU10,
        minutes=60,
    )
    add(
        f,
        "es",
        "control_panel",
        ("Grupo Albora Selección", "seleccion@grupo-albora.example.es"),
        "Entrevista – Analista financiero",
        "Hola Alex:\n\nTe invitamos a una entrevista con nuestro panel el jueves 12 de noviembre a las 10:00 para el puesto de analista financiero. El panel estará formado por tres entrevistadores del área de Finanzas.\n\nUn saludo,\nLucía Navarro",
        "The reader's own interview with a panel (control).",
        slot=THU10,
    )


# --- joinpanelas54 ------------------------------------------------------------------------------
def joinpanelas() -> None:
    f = "joinpanelas54"
    note = "HR asks the reader to sit on the panel for someone else's interviews."
    rows = [
        (
            "ja",
            "doseki",
            ("佐藤 美咲", "m.sato@sakura-works.example.jp"),
            "11月12日 中途採用面接へのご同席のお願い",
            "Alex さん\n\nお疲れさまです。人事部の佐藤です。\n11月12日（木）10:00からの中途採用面接に、面接官として同席していただけないでしょうか。候補者は2名、各45分を予定しています。\n履歴書は前日までに共有します。\n\nよろしくお願いいたします。\n佐藤",
        ),
        (
            "ko",
            "chamyeo",
            ("김지은", "jieun.kim@hanbit-soft.example.kr"),
            "경력직 면접 참여 요청 (11/12)",
            "Alex님 안녕하세요,\n\n인사팀 김지은입니다. 11월 12일(목) 오전 10시 경력직 면접에 면접관으로 참여해 주실 수 있을까요? 지원자는 두 분이며 각각 45분 진행됩니다.\n이력서는 하루 전에 공유드리겠습니다.\n\n감사합니다.\n김지은 드림",
        ),
        (
            "zh",
            "xiaozu",
            ("王丽", "wangli@huaxin-tech.example.cn"),
            "周四面试，想请你加入面试小组",
            "Alex 你好，\n\n11月12日（周四）上午10:00有两场产品经理的面试，想请你加入面试小组，一起面试候选人。每场大约45分钟，地点在3楼会议室。简历我明天发给你。\n\n谢谢！\nHR 王丽",
        ),
        (
            "pt-BR",
            "banca",
            ("Mariana Souza", "mariana.souza@ipe-digital.example.com.br"),
            "Banca de entrevistas na quinta",
            "Oi Alex,\n\nVocê pode participar da banca de entrevistas na quinta-feira, 12/11, às 10h? Vamos conversar com duas candidatas para a vaga de analista de marketing e queria você como entrevistador da parte técnica.\n\nValeu,\nMariana Souza\nRH",
        ),
        (
            "tr",
            "panel",
            ("Elif Yıldız", "elif.yildiz@marmara-yazilim.example.com.tr"),
            "Perşembe mülakatları",
            "Merhaba Alex,\n\n12 Kasım Perşembe saat 10:00'daki mülakatlarda panelde yer alabilir misin? Muhasebe uzmanı pozisyonu için iki adayla görüşeceğiz. Özgeçmişleri yarın paylaşırım.\n\nTeşekkürler,\nElif Yıldız\nİK",
        ),
        (
            "ar",
            "lajna",
            ("سارة العلي", "sara.alali@nakheel-group.example.sa"),
            "لجنة المقابلات يوم الخميس",
            "مرحباً Alex،\n\nهل يمكنك الانضمام إلى لجنة المقابلات يوم الخميس 12 نوفمبر الساعة 10:00 صباحاً؟ سنقابل مرشحَين لوظيفة محاسب أول، وسأرسل السير الذاتية غداً.\n\nشكراً لك،\nسارة العلي\nالموارد البشرية",
        ),
        (
            "hi",
            "panel",
            ("प्रिया शर्मा", "priya.sharma@ganga-analytics.example.in"),
            "गुरुवार के इंटरव्यू पैनल के लिए अनुरोध",
            "नमस्ते Alex,\n\nक्या आप गुरुवार, 12 नवंबर को सुबह 10:00 बजे होने वाले इंटरव्यू में पैनल में शामिल हो सकते हैं? हम डेटा एनालिस्ट पद के लिए दो उम्मीदवारों से मिलेंगे। उनके सीवी मैं कल भेज दूँगी।\n\nधन्यवाद,\nप्रिया शर्मा\nएचआर",
        ),
        (
            "id",
            "panel",
            ("Dewi Lestari", "dewi.lestari@nusantara-kargo.example.co.id"),
            "Minta tolong jadi panel interview Kamis",
            "Halo Alex,\n\nApakah kamu bisa ikut menjadi panel interview hari Kamis, 12 November pukul 10.00? Kita akan mewawancarai dua kandidat untuk posisi staf keuangan. CV mereka saya kirim besok.\n\nTerima kasih,\nDewi Lestari\nHRD",
        ),
        (
            "vi",
            "hoidong",
            ("Nguyễn Thu Trang", "trang.nguyen@songhong-tech.example.vn"),
            "Nhờ anh ngồi phỏng vấn thứ Năm",
            "Chào anh Alex,\n\nAnh có thể ngồi cùng hội đồng để phỏng vấn ứng viên vào thứ Năm, ngày 12/11 lúc 10:00 được không ạ? Có hai ứng viên cho vị trí kế toán trưởng. Em sẽ gửi CV trước một ngày.\n\nCảm ơn anh,\nNguyễn Thu Trang\nPhòng Nhân sự",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(f, lang, name, sender, subject, body, note)
    add(
        f,
        "ja",
        "control_mensetsu",
        ("さくらワークス 採用担当", "saiyo@sakura-works.example.jp"),
        "面接日程のご案内",
        "Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。\n下記の日程で面接を実施いたします。\n\n日時：11月12日（木）10:00～11:00\n場所：本社5階 会議室\n面接官：人事部 佐藤、開発部 田中\n\nどうぞよろしくお願いいたします。\n採用担当",
        "The reader's own interview naming the interviewers (control).",
        slot=THU10,
        minutes=60,
    )
    add(
        f,
        "ko",
        "control_myeonjeop",
        ("한빛소프트 채용팀", "recruit@hanbit-soft.example.kr"),
        "면접 안내",
        "Alex Morgan님께,\n\n지원해 주셔서 감사합니다. 아래와 같이 면접에 초대합니다.\n\n일시: 11월 12일(목) 오전 10시\n장소: 본사 7층 회의실\n면접관: 인사팀장 외 2명\n\n감사합니다.\n채용 담당자",
        "The reader's own interview naming its panel (control).",
        slot=THU10,
    )
    add(
        f,
        "tr",
        "control_panel",
        ("Marmara Yazılım İK", "ik@marmara-yazilim.example.com.tr"),
        "Mülakat daveti",
        "Sayın Alex Morgan,\n\nMuhasebe uzmanı pozisyonu için sizi 12 Kasım Perşembe saat 10:00'da panel mülakatına davet ediyoruz. Mülakat paneli İK müdürü ve finans direktöründen oluşacaktır.\n\nSaygılarımızla,\nİnsan Kaynakları",
        "The reader's own panel interview (control).",
        slot=THU10,
    )
    add(
        f,
        "pt-BR",
        "control_banca",
        ("Ipê Digital Recrutamento", "vagas@ipe-digital.example.com.br"),
        "Próxima etapa: entrevista com a banca",
        "Olá, Alex!\n\nVocê foi selecionado para a próxima etapa: entrevista com a banca na quinta-feira, 12/11, às 10h, no nosso escritório da Av. Paulista, 1000. A banca terá três entrevistadores.\n\nAtenciosamente,\nMariana Souza, RH",
        "The reader's own interview before a panel (control).",
        slot=THU10,
    )


# --- atsassign54 --------------------------------------------------------------------------------
def atsassign() -> None:
    f = "atsassign54"
    note = "An applicant-tracking system tells the reader they interview a candidate."
    rows = [
        (
            "en-US",
            "scheduled_to_interview",
            ("Greenhouse", "no-reply@harbor-analytics.greenhouse.example"),
            "Interview scheduled: Daniel Okafor - Senior Backend Engineer",
            "Hi Alex,\n\nYou're scheduled to interview Daniel Okafor for Senior Backend Engineer.\n\nThursday, November 12, 2026\n10:00 AM - 11:00 AM\nInterview: Technical Deep Dive\nLocation: Zoom (link in the calendar invite)\n\nView Daniel's profile and resume: https://app.greenhouse.example/people/5531207\n\nThis email was sent on behalf of Harbor Analytics.",
        ),
        (
            "en-GB",
            "upcoming",
            ("Lever", "notifications@hire.lever.example"),
            "Upcoming interview with Grace Whitfield",
            "Alex, you have an interview coming up.\n\nCandidate: Grace Whitfield\nPosting: Customer Success Manager\nWhen: Thursday 12 November, 10:00-10:45\nWhere: Google Meet\nOther interviewers: Tom Reilly\n\nLook over Grace's profile before you meet her: https://hire.lever.example/candidates/8d21f0\n\nSent by Lever for Copperfield Ltd.",
        ),
        (
            "en-US",
            "added_as_interviewer",
            ("Workable", "notifications@brightline.workable.example"),
            "Sam Patel added you to an interview",
            "Sam Patel (Hiring Manager) added you as an interviewer for Maya Chen, who applied for UX Designer at Brightline.\n\nDate: Tue, Nov 10, 2026\nTime: 2:00 PM - 3:00 PM\nType: Video call\n\nAccept or decline this event in Workable: https://brightline.workable.example/events/44120",
        ),
        (
            "de",
            "hinzugefuegt",
            ("Personio", "noreply@elbtal-logistik.personio.example"),
            "Markus Weber hat dich zu einem Interview hinzugefügt",
            "Hallo Alex,\n\nMarkus Weber hat dich zu einem Interview hinzugefügt.\n\nBewerber: Jonas Schäfer\nStelle: Vertriebsleitung DACH\nTermin: Donnerstag, 12.11.2026, 10:00 - 11:00\nOrt: Raum München\n\nDu kannst den Termin in Personio annehmen oder ablehnen.\n\nDein Personio-Team",
        ),
        (
            "nl",
            "ingepland",
            ("Recruitee", "notifications@polderwerk.recruitee.example"),
            "Nieuw interview: Lotte Bakker",
            "Hoi Alex,\n\nJe bent ingepland voor een interview met kandidaat Lotte Bakker (Marketing Manager).\n\nDatum: donderdag 12 november 2026\nTijd: 10:00 - 11:00\nLocatie: Kantoor Utrecht\n\nBekijk het kandidaatprofiel: https://app.recruitee.example/c/771203",
        ),
        (
            "fr",
            "equipe_entretien",
            ("Teamtailor", "no-reply@atelier-garonne.teamtailor.example"),
            "Nouvel entretien : Hugo Lambert",
            "Bonjour Alex,\n\nVous avez été ajouté(e) à l'équipe d'entretien pour Hugo Lambert (Responsable logistique).\n\nQuand : jeudi 12 novembre 2026, 10:00 - 11:00\nOù : visioconférence (lien dans l'invitation)\n\nLaissez votre avis dans Teamtailor après l'entretien.",
        ),
        (
            "es",
            "anadido",
            ("Workable", "notifications@grupo-albora.workable.example"),
            "Carlos Méndez te ha añadido a una entrevista",
            "Hola Alex,\n\nCarlos Méndez te ha añadido como entrevistador en la entrevista con Laura Ortiz (Ingeniera de datos).\n\nFecha: martes, 10 de noviembre de 2026\nHora: 14:00 - 15:00\n\nPuedes aceptar o rechazar la invitación desde Workable.",
        ),
        (
            "it",
            "intervistatori",
            ("inRecruiting", "noreply@officine-brera.inrecruiting.example"),
            "Colloquio con Marco Ferri",
            "Ciao Alex,\n\nsei stato inserito tra gli intervistatori del colloquio con Marco Ferri (Sales Manager).\n\nQuando: giovedì 12 novembre 2026, 10:00-11:00\nDove: Sala Duomo\n\nDopo il colloquio lascia il tuo parere nella piattaforma.",
        ),
        (
            "ja",
            "tantousha",
            ("採用管理システム", "noreply@sakura-works.hrms.example.jp"),
            "【面接担当のお知らせ】山田 花子さん",
            "Alex 様\n\n以下の面接の担当者に設定されました。\n\n候補者：山田 花子\n応募職種：カスタマーサクセス\n日時：2026年11月12日（木）10:00〜11:00\n場所：オンライン（Zoom）\n\n詳細は採用管理システムでご確認ください。",
        ),
        (
            "ko",
            "pyeongaja",
            ("채용 시스템", "noreply@hanbit-soft.ats.example.kr"),
            "[면접 배정] 박서준 지원자",
            "Alex님,\n\n박서준 지원자(백엔드 개발자) 면접의 평가자로 추가되었습니다.\n\n일시: 2026년 11월 12일(목) 10:00~11:00\n장소: 화상 면접 (링크는 캘린더 참고)\n\n채용 시스템에서 지원서를 확인해 주세요.",
        ),
        (
            "zh",
            "tianjia",
            ("Moka 招聘", "noreply@huaxin-tech.moka.example.cn"),
            "面试安排通知：李明",
            "Alex，您好：\n\n您已被添加为以下面试的面试官，请准时参加。\n\n候选人：李明\n应聘职位：数据分析师\n时间：2026年11月12日（周四）10:00-11:00\n地点：腾讯会议\n\n面试结束后请及时填写反馈。",
        ),
        (
            "pt-BR",
            "avaliador",
            ("Gupy", "naoresponda@ipe-digital.gupy.example"),
            "Você foi adicionado a uma entrevista",
            "Olá, Alex!\n\nVocê foi adicionado como avaliador na entrevista com Rafael Lima para a vaga de Desenvolvedor Front-end.\n\nData: quinta-feira, 12/11/2026\nHorário: 10h às 11h\nLocal: Google Meet\n\nAcesse a plataforma para ver o currículo do candidato.",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(f, lang, name, sender, subject, body, note)
    add(
        f,
        "en-US",
        "control_confirmed",
        ("Harbor Analytics Recruiting", "no-reply@harbor-analytics.greenhouse.example"),
        "Your interview with Harbor Analytics is confirmed",
        "Hi Alex,\n\nThanks for your interest in Senior Backend Engineer at Harbor Analytics! Your interview is confirmed:\n\nThursday, November 12, 2026\n10:00 AM - 11:00 AM\nInterviewers: Priya Shah, Marcus Bell\nLocation: Zoom (link below)\n\nGood luck!\nHarbor Analytics Recruiting",
        "The same system's notice to the candidate (control).",
        slot=THU10,
        minutes=60,
    )
    add(
        f,
        "de",
        "control_einladung",
        ("Elbtal Logistik Recruiting", "noreply@elbtal-logistik.personio.example"),
        "Einladung zum Interview – Vertriebsleitung DACH",
        "Hallo Alex,\n\nvielen Dank für deine Bewerbung als Vertriebsleitung DACH. Wir laden dich zu einem Interview ein:\n\nTermin: Donnerstag, 12.11.2026, 10:00 - 11:00\nOrt: Raum München, Leopoldstraße 12\nInterviewer: Markus Weber, Julia Brandt\n\nBitte bestätige den Termin.\n\nDein Recruiting-Team",
        "The same system's notice to the candidate (control).",
        slot=THU10,
        minutes=60,
    )
    add(
        f,
        "pt-BR",
        "control_etapa",
        ("Ipê Digital Recrutamento", "naoresponda@ipe-digital.gupy.example"),
        "Você avançou para a etapa de entrevista",
        "Olá, Alex!\n\nVocê avançou para a etapa de entrevista da vaga de Desenvolvedor Front-end.\n\nData: quinta-feira, 12/11/2026\nHorário: 10h às 11h\nLocal: Google Meet\nAvaliadores: Fernanda Costa e Bruno Alves\n\nBoa sorte!\nEquipe de Recrutamento",
        "The same system's notice to the candidate (control).",
        slot=THU10,
        minutes=60,
    )


# --- shadowhc54 (held out) ----------------------------------------------------------------------
def shadowhc() -> None:
    f = "shadowhc54"
    note = "The reader shadows, judges or sits on a committee for someone else's interview."
    rows = [
        (
            "en-US",
            "shadow",
            ("Morgan Blake", "morgan.blake@tidewater-data.example"),
            "You're cleared to shadow!",
            "Hi Alex,\n\nGood news: you're cleared to start shadowing interviews. I've paired you with Dana Kim for her onsite with a Staff Engineer candidate on Thursday, Nov 12 at 10:00 AM. Just observe this time and take notes. After two shadows you'll do a reverse shadow.\n\nCheers,\nMorgan (Recruiting Ops)",
        ),
        (
            "en-GB",
            "hiring_committee",
            ("Rachel Green", "rachel.green@fenwick-housing.example.org.uk"),
            "Head of Finance appointment – hiring committee",
            "Dear Alex,\n\nYou have been nominated to sit on the hiring committee for the Head of Finance appointment. The committee will interview the three shortlisted candidates on Tuesday 10 November from 14:00 in the Boardroom. Papers will be circulated on Friday.\n\nBest wishes,\nRachel Green\nHR Business Partner",
        ),
        (
            "de",
            "beobachter",
            ("Thomas Becker", "t.becker@rheinmetall-werke.example.de"),
            "Assessment Center am 12.11. – Beobachter gesucht",
            "Hallo Alex,\n\nfür unser Assessment Center am Donnerstag, 12. November, ab 10:00 Uhr brauchen wir noch eine Beobachterin oder einen Beobachter aus dem Fachbereich. Hättest du Zeit, die Kandidatinnen und Kandidaten bei der Gruppenübung und den Präsentationen zu beobachten und einzuschätzen?\n\nViele Grüße\nThomas Becker\nHR",
        ),
        (
            "fr",
            "presentation",
            ("Élodie Martin", "elodie.martin@maison-lumen.example.fr"),
            "Présentation de la candidate – jeudi 10h",
            "Bonjour Alex,\n\nJeudi 12 novembre à 10h, la candidate retenue pour le poste de directrice marketing présentera son cas pratique. Pourrais-tu assister à la présentation et donner ton avis avec le reste du jury ?\n\nBonne journée,\nÉlodie Martin\nRH",
        ),
        (
            "es",
            "acompanar",
            ("Marta Gil", "marta.gil@levante-soft.example.es"),
            "Tu primera entrevista como observador",
            "Hola Alex:\n\nPara tu formación como entrevistador, el jueves 12 de noviembre a las 10:00 acompañarás a Pablo en una entrevista con un candidato para el puesto de desarrollador. Solo tendrás que observar y tomar notas.\n\nSaludos,\nMarta Gil\nTalento",
        ),
        (
            "it",
            "assessor",
            ("Giulia Conti", "giulia.conti@lario-consulting.example.it"),
            "Assessment center neolaureati",
            "Ciao Alex,\n\nmartedì 10 novembre dalle 14:00 organizziamo un assessment center per i neolaureati. Ti chiederei di fare da assessor per il gruppo B: osservare i candidati durante il caso aziendale e compilare la griglia.\n\nGrazie,\nGiulia Conti\nHR",
        ),
        (
            "nl",
            "meekijken",
            ("Sanne Jansen", "sanne.jansen@dijkstra-bouw.example.nl"),
            "Eindpresentatie kandidaat Teamlead Sales",
            "Hoi Alex,\n\nWil je donderdag 12 november om 10:00 meekijken bij de eindpresentatie van de kandidaat voor Teamlead Sales? Ik hoor graag jouw oordeel, samen met de rest van de selectiecommissie.\n\nGroet,\nSanne",
        ),
        (
            "ja",
            "kengaku",
            ("佐藤 美咲", "m.sato@sakura-works.example.jp"),
            "面接官トレーニング：面接見学のご案内",
            "Alex さん\n\n面接官トレーニングの一環として、11月12日（木）10:00からの一次面接に同席（見学）していただきます。当日は評価の記入は不要です。\n\n人事部 佐藤",
        ),
        (
            "ko",
            "wiwonhoe",
            ("인사팀", "hr@daehan-energy.example.kr"),
            "채용위원회 참석 요청",
            "Alex님,\n\n11월 10일(화) 오후 2시에 열리는 채용위원회에 위원으로 참석해 주시기 바랍니다. 최종 후보자 3명의 면접이 진행됩니다.\n\n인사팀 드림",
        ),
        (
            "zh",
            "pingwei",
            ("王丽", "wangli@huaxin-tech.example.cn"),
            "周四候选人方案展示，请你当评委",
            "Alex，\n\n周四（11月12日）上午10点，市场总监岗位的候选人会做一个30分钟的方案展示，想请你作为评委一起听一下并打分。\n\n谢谢！\nHR 王丽",
        ),
        (
            "tr",
            "gozlemci",
            ("İnsan Kaynakları", "ik@ege-enerji.example.com.tr"),
            "Değerlendirme merkezi – gözlemci",
            "Merhaba Alex,\n\n10 Kasım Salı saat 14:00'te yapılacak değerlendirme merkezinde gözlemci olarak yer almanı rica ediyoruz. Adayları grup çalışmasında gözlemleyip puanlayacaksın.\n\nİK",
        ),
        (
            "pl",
            "komisja",
            ("Agnieszka Nowak", "a.nowak@mazowsze-wodociagi.example.pl"),
            "Posiedzenie komisji rekrutacyjnej",
            "Dzień dobry,\n\nuprzejmie proszę o udział w posiedzeniu komisji rekrutacyjnej w czwartek 12 listopada o godz. 10:00, na którym wysłuchamy prezentacji kandydatów na stanowisko kierownika działu.\n\nZ poważaniem\nAgnieszka Nowak\nKadry",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(f, lang, name, sender, subject, body, note)
    add(
        f,
        "en-GB",
        "control_assessment_centre",
        ("Early Careers Team", "earlycareers@fenwick-housing.example.org.uk"),
        "Assessment centre invitation",
        "Dear Alex,\n\nCongratulations, you have been selected for our graduate assessment centre on Tuesday 10 November, starting at 14:00. You'll take part in a group exercise and give a 10-minute presentation to a panel of assessors.\n\nBest regards,\nEarly Careers Team",
        "The reader's own assessment centre (control).",
        slot=TUE14,
    )
    add(
        f,
        "fr",
        "control_jury",
        ("Maison Lumen RH", "recrutement@maison-lumen.example.fr"),
        "Présentation de votre cas pratique",
        "Bonjour Alex,\n\nNous avons le plaisir de vous inviter à présenter votre cas pratique devant le jury le jeudi 12 novembre à 10h, dans nos locaux.\n\nCordialement,\nÉlodie Martin, RH",
        "The reader's own presentation before a jury (control).",
        slot=THU10,
    )
    add(
        f,
        "de",
        "control_ac",
        ("Rheinmetall Werke Personal", "karriere@rheinmetall-werke.example.de"),
        "Einladung zum Assessment Center",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zu unserem Assessment Center am Donnerstag, 12. November 2026, um 10:00 Uhr ein. Beobachtet werden Sie von Führungskräften aus dem Fachbereich.\n\nMit freundlichen Grüßen\nThomas Becker",
        "The reader's own assessment centre (control).",
        slot=THU10,
    )


# --- calpanel54 (held out) ----------------------------------------------------------------------
def calpanel() -> None:
    f = "calpanel54"
    note = "A calendar REQUEST putting the reader on the panel for a named candidate."
    cal(
        f,
        "en-GB",
        "outlook_panel",
        "not_invitation",
        "exchange",
        "Interview panel - Senior Buyer (candidate: Grace Whitfield)",
        THU10,
        60,
        ("Helen Price", "helen.price@northmoor-foods.example.co.uk"),
        "Interview panel - Senior Buyer (candidate: Grace Whitfield)",
        "Hi Alex,\n\nPlease join the panel for Grace's interview. Sarah will chair; could you take the commercial questions? CV attached.\n\nHelen",
        [("Sarah Hughes", "sarah.hughes@northmoor-foods.example.co.uk")],
        note,
        loc="Meeting Room 4",
    )
    cal(
        f,
        "de",
        "google_panel",
        "not_invitation",
        "google",
        "Auswahlgespräch Jonas Schäfer (Vertriebsleitung) - Panel",
        THU10,
        60,
        ("Sabine Krüger", "s.krueger@elbtal-logistik.example.de"),
        "Einladung: Auswahlgespräch Jonas Schäfer (Vertriebsleitung) - Panel",
        "Hallo Alex,\n\nbitte sei als Teil des Panels bei diesem Gespräch dabei. Lebenslauf und Gesprächsleitfaden hängen an.\n\nSabine",
        [("Markus Weber", "m.weber@elbtal-logistik.example.de")],
        note,
        loc="Raum 2.14",
    )
    cal(
        f,
        "fr",
        "outlook_jury",
        "not_invitation",
        "exchange",
        "Entretien - candidat Hugo Lambert (Responsable logistique)",
        TUE14,
        60,
        ("Camille Roux", "camille.roux@atelier-garonne.example.fr"),
        "Entretien - candidat Hugo Lambert (Responsable logistique)",
        "Bonjour Alex,\n\nMerci de rejoindre le jury pour cet entretien ; tu prendras la partie technique.\n\nCamille",
        [("Julien Faure", "julien.faure@atelier-garonne.example.fr")],
        note,
    )
    cal(
        f,
        "es",
        "google_panel",
        "not_invitation",
        "google",
        "Panel de entrevista: candidata Laura Ortiz (Ingeniera de datos)",
        THU10,
        45,
        ("Lucía Navarro", "lucia.navarro@grupo-albora.example.es"),
        "Invitación: Panel de entrevista: candidata Laura Ortiz",
        "Hola Alex:\n\nTe sumo al panel de esta entrevista. Tienes el CV de Laura en la carpeta compartida.\n\nLucía",
        [("Carlos Méndez", "carlos.mendez@grupo-albora.example.es")],
        note,
    )
    cal(
        f,
        "it",
        "outlook_commissione",
        "not_invitation",
        "exchange",
        "Commissione colloquio - candidato Marco Ferri",
        THU10,
        60,
        ("Francesca Gallo", "f.gallo@officine-brera.example.it"),
        "Commissione colloquio - candidato Marco Ferri",
        "Ciao Alex,\n\nti aggiungo alla commissione per questo colloquio. Il CV del candidato è allegato.\n\nFrancesca",
        [("Paolo Riva", "paolo.riva@officine-brera.example.it")],
        note,
    )
    cal(
        f,
        "nl",
        "google_panel",
        "not_invitation",
        "google",
        "Interviewpanel: Lotte Bakker (Marketing Manager)",
        TUE14,
        60,
        ("Sanne de Vries", "sanne.devries@polderwerk.example.nl"),
        "Uitnodiging: Interviewpanel: Lotte Bakker (Marketing Manager)",
        "Hoi Alex,\n\nJij zit in het panel voor dit gesprek, samen met Pieter. Het cv staat in Recruitee.\n\nSanne",
        [("Pieter Smit", "pieter.smit@polderwerk.example.nl")],
        note,
    )
    cal(
        f,
        "pl",
        "outlook_komisja",
        "not_invitation",
        "exchange",
        "Komisja rekrutacyjna: kandydat Piotr Zieliński",
        THU10,
        60,
        ("Anna Lewandowska", "a.lewandowska@wislasoft.example.pl"),
        "Komisja rekrutacyjna: kandydat Piotr Zieliński",
        "Cześć Alex,\n\nproszę o udział w komisji na tej rozmowie. CV kandydata w załączniku.\n\nAnia",
        [("Tomasz Wróbel", "t.wrobel@wislasoft.example.pl")],
        note,
    )
    cal(
        f,
        "sv",
        "google_panel",
        "not_invitation",
        "google",
        "Intervjupanel: Erik Nilsson (Ekonomichef)",
        TUE14,
        60,
        ("Emma Lindqvist", "emma.lindqvist@skargard-energi.example.se"),
        "Inbjudan: Intervjupanel: Erik Nilsson (Ekonomichef)",
        "Hej Alex,\n\ndu är med i panelen på den här intervjun. Eriks CV ligger i Teamtailor.\n\nEmma",
        [("Johan Berg", "johan.berg@skargard-energi.example.se")],
        note,
    )
    cal(
        f,
        "en-GB",
        "control_panel",
        "invitation",
        "exchange",
        "Panel interview: Alex Morgan - Senior Buyer",
        THU10,
        60,
        ("Northmoor Foods Recruitment", "careers@northmoor-foods.example.co.uk"),
        "Panel interview: Alex Morgan - Senior Buyer",
        "Dear Alex,\n\nThis confirms your panel interview for the Senior Buyer role. You will meet Sarah Hughes and Helen Price.\n\nKind regards,\nRecruitment Team",
        [("Sarah Hughes", "sarah.hughes@northmoor-foods.example.co.uk")],
        "The reader's own panel interview as a calendar REQUEST (control).",
    )
    cal(
        f,
        "de",
        "control_gremium",
        "invitation",
        "google",
        "Vorstellungsgespräch Alex Morgan - Vertriebsleitung",
        TUE14,
        60,
        ("Elbtal Logistik Personal", "bewerbung@elbtal-logistik.example.de"),
        "Einladung: Vorstellungsgespräch Alex Morgan - Vertriebsleitung",
        "Guten Tag Herr Morgan,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch mit unserem Auswahlgremium.\n\nMit freundlichen Grüßen\nSabine Krüger",
        [("Sabine Krüger", "s.krueger@elbtal-logistik.example.de")],
        "The reader's own interview as a calendar REQUEST (control).",
    )


# --- calpanelas54 -------------------------------------------------------------------------------
def calpanelas() -> None:
    f = "calpanelas54"
    note = "A calendar REQUEST putting the reader on the panel for a named candidate."
    cal(
        f,
        "en-US",
        "google_panel",
        "not_invitation",
        "google",
        "Interview panel: Daniel Okafor (Senior Backend Engineer)",
        THU10,
        60,
        ("Jordan Reyes", "jordan.reyes@tidewater-data.example"),
        "Invitation: Interview panel: Daniel Okafor (Senior Backend Engineer)",
        "Hi both,\n\nAdding you to the panel for Daniel's final round. Alex, could you cover system design? Priya has behavioral.\n\nJordan",
        [("Priya Shah", "priya.shah@tidewater-data.example")],
        note,
    )
    cal(
        f,
        "ja",
        "outlook_hyoka",
        "not_invitation",
        "exchange",
        "面接（評価者）：山田 太郎さん／経理",
        THU10,
        60,
        ("佐藤 美咲", "m.sato@sakura-works.example.jp"),
        "面接（評価者）：山田 太郎さん／経理",
        "Alex さん\n\n下記の面接に評価者としてご参加をお願いします。\n候補者：山田 太郎\n職種：経理\n\n人事部 佐藤",
        [("田中 健", "k.tanaka@sakura-works.example.jp")],
        note,
    )
    cal(
        f,
        "ko",
        "google_panel",
        "not_invitation",
        "google",
        "면접 패널: 박서준 지원자 (백엔드 개발자)",
        THU10,
        60,
        ("김지은", "jieun.kim@hanbit-soft.example.kr"),
        "초대: 면접 패널: 박서준 지원자 (백엔드 개발자)",
        "Alex님,\n\n아래 면접에 패널로 참석 부탁드립니다. 지원서는 채용 시스템에 있습니다.\n\n김지은 드림",
        [("이도윤", "doyun.lee@hanbit-soft.example.kr")],
        note,
    )
    cal(
        f,
        "zh",
        "outlook_xiaozu",
        "not_invitation",
        "exchange",
        "面试小组：候选人 李明（数据分析师）",
        THU10,
        60,
        ("王丽", "wangli@huaxin-tech.example.cn"),
        "面试小组：候选人 李明（数据分析师）",
        "Alex，\n\n请作为面试小组成员参加这场面试，简历见附件。\n\nHR 王丽",
        [("陈刚", "chengang@huaxin-tech.example.cn")],
        note,
    )
    cal(
        f,
        "pt-BR",
        "google_banca",
        "not_invitation",
        "google",
        "Banca de entrevista - candidata Juliana Rocha (Analista de Marketing)",
        THU10,
        60,
        ("Mariana Souza", "mariana.souza@ipe-digital.example.com.br"),
        "Convite: Banca de entrevista - candidata Juliana Rocha",
        "Oi Alex,\n\nvocê está na banca dessa entrevista, junto com o Bruno. O currículo da Juliana está na Gupy.\n\nMariana",
        [("Bruno Alves", "bruno.alves@ipe-digital.example.com.br")],
        note,
    )
    cal(
        f,
        "tr",
        "outlook_panel",
        "not_invitation",
        "exchange",
        "Mülakat paneli: Aday Can Demir (Yazılım Mühendisi)",
        TUE14,
        60,
        ("Elif Yıldız", "elif.yildiz@marmara-yazilim.example.com.tr"),
        "Mülakat paneli: Aday Can Demir (Yazılım Mühendisi)",
        "Merhaba Alex,\n\nbu mülakatta panel üyesi olarak bulunmanı rica ederim. Adayın özgeçmişi ekte.\n\nElif",
        [("Murat Kaya", "murat.kaya@marmara-yazilim.example.com.tr")],
        note,
    )
    cal(
        f,
        "ar",
        "outlook_lajna",
        "not_invitation",
        "exchange",
        "لجنة مقابلة: المرشح خالد العتيبي (محاسب)",
        TUE14,
        60,
        ("سارة العلي", "sara.alali@nakheel-group.example.sa"),
        "لجنة مقابلة: المرشح خالد العتيبي (محاسب)",
        "مرحباً Alex،\n\nأرجو حضورك كعضو في لجنة المقابلة مع المرشح. السيرة الذاتية مرفقة.\n\nسارة",
        [("فهد الحربي", "fahad.alharbi@nakheel-group.example.sa")],
        note,
    )
    cal(
        f,
        "hi",
        "google_panel",
        "not_invitation",
        "google",
        "इंटरव्यू पैनल: उम्मीदवार रोहित वर्मा (डेटा एनालिस्ट)",
        THU10,
        60,
        ("प्रिया शर्मा", "priya.sharma@ganga-analytics.example.in"),
        "आमंत्रण: इंटरव्यू पैनल: उम्मीदवार रोहित वर्मा",
        "Alex,\n\nकृपया इस इंटरव्यू में पैनल सदस्य के रूप में शामिल हों। उम्मीदवार का सीवी संलग्न है।\n\nप्रिया",
        [("अमित गुप्ता", "amit.gupta@ganga-analytics.example.in")],
        note,
    )
    cal(
        f,
        "id",
        "google_pewawancara",
        "not_invitation",
        "google",
        "Panel pewawancara: kandidat Budi Santoso (Staf Keuangan)",
        THU10,
        60,
        ("Dewi Lestari", "dewi.lestari@nusantara-kargo.example.co.id"),
        "Undangan: Panel pewawancara: kandidat Budi Santoso",
        "Halo Alex,\n\nmohon bergabung di panel untuk wawancara ini. CV kandidat ada di lampiran.\n\nDewi",
        [("Rudi Hartono", "rudi.hartono@nusantara-kargo.example.co.id")],
        note,
    )
    cal(
        f,
        "vi",
        "outlook_hoidong",
        "not_invitation",
        "exchange",
        "Hội đồng phỏng vấn: ứng viên Trần Minh (Kế toán)",
        THU10,
        60,
        ("Nguyễn Thu Trang", "trang.nguyen@songhong-tech.example.vn"),
        "Hội đồng phỏng vấn: ứng viên Trần Minh (Kế toán)",
        "Chào anh Alex,\n\nnhờ anh ngồi hội đồng phỏng vấn ứng viên này giúp em. CV em đính kèm.\n\nTrang",
        [("Lê Văn Hùng", "hung.le@songhong-tech.example.vn")],
        note,
    )
    cal(
        f,
        "en-US",
        "control_panel",
        "invitation",
        "google",
        "Panel interview - Alex Morgan - Product Designer",
        TUE14,
        60,
        ("Tidewater Data Recruiting", "recruiting@tidewater-data.example"),
        "Invitation: Panel interview - Alex Morgan - Product Designer",
        "Hi Alex,\n\nLooking forward to your panel interview. You'll meet Priya Shah and Marcus Bell.\n\nTidewater Data Recruiting",
        [("Priya Shah", "priya.shah@tidewater-data.example")],
        "The reader's own panel interview as a calendar REQUEST (control).",
    )
    cal(
        f,
        "ja",
        "control_mensetsu",
        "invitation",
        "exchange",
        "面接：Alex Morgan 様（経理）",
        THU10,
        60,
        ("さくらワークス 採用担当", "saiyo@sakura-works.example.jp"),
        "面接：Alex Morgan 様（経理）",
        "Alex Morgan 様\n\n面接のご案内です。面接官：人事部 佐藤、経理部 田中\n\n採用担当",
        [("佐藤 美咲", "m.sato@sakura-works.example.jp")],
        "The reader's own interview as a calendar REQUEST (control).",
    )
    cal(
        f,
        "pt-BR",
        "control_banca",
        "invitation",
        "google",
        "Entrevista com a banca - Alex Morgan",
        THU10,
        60,
        ("Ipê Digital Recrutamento", "vagas@ipe-digital.example.com.br"),
        "Convite: Entrevista com a banca - Alex Morgan",
        "Olá Alex,\n\nconfirmamos sua entrevista com a banca para a vaga de Analista de Marketing. Boa sorte!\n\nEquipe de Recrutamento",
        [("Mariana Souza", "mariana.souza@ipe-digital.example.com.br")],
        "The reader's own interview as a calendar REQUEST (control).",
    )


BUILDERS = [joinpaneleu, joinpanelas, atsassign, shadowhc, calpanel, calpanelas]


FIRST_SIGHT_FIGURES = (
    "First sight (main at e49f788f): dev look-alikes claimed 14/41 (atsassign54 4/12, "
    "calpanelas54 4/10, joinpanelas54 4/9, joinpaneleu54 2/10), controls 13/13 right; held out "
    "look-alikes claimed 5/20, controls 4/5 right."
)
AFTER_FIGURES = (
    "After (branch panel54): dev look-alikes claimed 0/41, controls 13/13 right; held out "
    "look-alikes claimed 5/20 (unchanged: their wording was not read), controls 4/5 right."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the panel54 batch (`build_panel54.py`)",
        "",
        "Mail that asks the reader to sit on an interview panel or to interview someone (HR "
        "asks a colleague to join the panel, an applicant-tracking system assigns the reader "
        "as an interviewer, shadowing, a hiring committee, an assessment centre's observer, a "
        "candidate's presentation to judge), some as a calendar REQUEST with the reader as an "
        "ATTENDEE, beside controls: the reader's own interview in the same words ('panel "
        "interview', 'the panel will consist of', 'entrevista com a banca'). All text is ours, "
        "written by hand with no template. People, companies and addresses are made up. Every "
        "label was written from the datetimes the text is rendered from, before the parser was "
        "run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('panel54 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: a job interview of the reader's own, with a fixed time, is an "
        "`invitation` at its start; an interview the reader runs, sits on the panel or "
        "committee of, shadows or observes is `not_invitation` (a calendar look-alike carries "
        "no slot).",
        "",
    ]
    for figures in (FIRST_SIGHT_FIGURES, AFTER_FIGURES):
        if figures:
            lines += [figures, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_panel54.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-panel54.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
