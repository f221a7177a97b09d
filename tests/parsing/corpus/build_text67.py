# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "text67" batch: job-interview invitations with no calendar part, from senders the
corpus had not seen: real templates of open-source hiring software (WP Job Board Pro's Serbian
meeting notice as deployed by raspitajse-wp, the Vietnamese invitations of Search-Jobs-Online
and Recruiting-Application, pyxistage's French invitation, the Dutch candidate-communication
template of anthropics/skills) rendered with made-up people, and recruiters' own mails in the
languages the corpus has least of (sl, lt, lv, et, is, el, he, vi, fil, sw, ms, bn, ur, hr,
sr, bs) beside it, nl and en: ends told with verbs or words ('we'll finish by', 'until
about', 'runs to', 'terminerà entro', 'trajat će do', 'lýkur kl.'), the clock before the date,
pushes by an amount ('pushed back 30 minutes', 'posticipato di mezz'ora'), same-day clauses
('this afternoon at 4', 'vanmiddag om'), weekday+date forms and zone words.

Run: .venv/bin/python tests/parsing/corpus/build_text67.py

People, companies and addresses are made up. Labels come from the datetimes each text is
rendered from (zoneinfo) and were written before the parser was run on any message of the
batch. A seeded third is held out: the dev-style file names sorted by sha256, every third
(index 0, 3, 6, ...) goes to the family text67h, chosen before any parse.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
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
Case = pp.Case
FAM = "text67"
HELD_FAM = "text67h"
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template; recruiters' habits in the language recalled"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FAMILIES = {
    FAM: "Text invitations from unseen senders: real open-source hiring templates (WP Job "
    "Board Pro sr-Latn, Search-Jobs-Online and Recruiting-Application vi, pyxistage fr, "
    "anthropics/skills kandidaat-communicatie nl) and recruiters' own mails in 20 languages: "
    "ends told with verbs or words, the clock before the date, pushes by an amount, same-day "
    "clauses, weekday+date forms, zone words.",
    # held-out families are whole (test_corpus_labels): the held-out third is its own family
    HELD_FAM: "The held-out third of text67, chosen by sha256 order of the file names before any parse.",
}
ZONE = {
    "en": "Europe/London",
    "fr": "Europe/Paris",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "sr-Latn": "Europe/Belgrade",
    "bs": "Europe/Sarajevo",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "is": "Atlantic/Reykjavik",
    "el": "Europe/Athens",
    "he": "Asia/Jerusalem",
    "vi": "Asia/Ho_Chi_Minh",
    "fil": "Asia/Manila",
    "sw": "Africa/Nairobi",
    "ms": "Asia/Kuala_Lumpur",
    "bn": "Asia/Dhaka",
    "ur": "Asia/Karachi",
}
# real templates used (repository @ commit, path)
WPJB = (
    "WP Job Board Pro default template as deployed in vladimir-veljkovic-87/raspitajse-wp@3227269c2f4ead2abeb1ab839e3b05fe3e326bbf: "
    "wp-content/plugins/wp-job-board-pro/includes/email-templates-default/html-meeting-create.php"
)
SJO = "LGiaHuy/Search-Jobs-Online: resources/views/emails/acceptCV.blade.php"
RAPP = "hongdnn/Recruiting-Application: email_content/email_content.ts (invitationContent)"
PYXI = "ChakirMohamed/pyxistage-Back_End: resources/views/mails/mailInvitation.blade.php"
KCOM = "anthropics/skills: skills/kandidaat-communicatie/SKILL.md (Fase 2: Uitnodiging Gesprek)"
TPL_LIC = "template's repository licence; wording of the template kept, values ours"


@dataclass
class Item:
    lang: str
    name: str
    raw: bytes
    label: dict[str, object]
    note: str
    template: str
    license: str

    @property
    def dev_filename(self) -> str:
        return f"{FAM}__{self.lang}_{self.name}.eml"


ITEMS: list[Item] = []
CASES: list[Case] = []


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    text: str,
    note: str,
    *,
    slot: str,
    minutes: int | None = None,
    day: str = "",
    zone: str | None = None,
    html: str = "",
    sent: str = "2026-12-03T09:12",
    kind: str = "invitation",
    template: str = OURS,
    lic: str = LIC,
) -> None:
    """One mail for the wall time `slot` (in `zone`, the zone the text states, else the
    language's zone with the Date offset), lasting `minutes` when the text gives an end."""
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=ZoneInfo(ZONE[lang]))
    start = datetime.fromisoformat(slot).replace(tzinfo=ZoneInfo(zone or ZONE[lang]))
    key = f"{FAM} {lang} {name}"
    assert start > sent_at, key
    if day and DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    end = start + timedelta(minutes=minutes) if minutes else None
    label = {"kind": kind, **pp.timed(start, end, zone=zone, sent=None if zone else sent_at)}
    message: MIMEBase
    if html and not text:
        message = l48._part(html, "html")
    elif html:
        message = MIMEMultipart("alternative")
        message.attach(l48._part(text, "plain"))
        message.attach(l48._part(html, "html"))
    else:
        message = l48._part(text, "plain")
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
    ITEMS.append(Item(lang, name, buffer.getvalue(), label, note, template, lic))


def split_items() -> None:
    """Sort the dev-style file names by sha256 and hold out every third (0, 3, 6, ...)."""
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(it.dev_filename.encode()).hexdigest())
    held = {id(it) for i, it in enumerate(order) if i % 3 == 0}
    for it in ITEMS:
        split = "heldout" if id(it) in held else "dev"
        CASES.append(
            Case(
                HELD_FAM if split == "heldout" else FAM,
                split,
                f"{it.lang}_{it.name}",
                it.raw,
                it.label,
                it.lang,
                it.note,
                it.template,
                it.license,
            )
        )


def wpjb(job: str, employer: str, date: str, time: str, duration: str, message: str) -> str:
    """WP Job Board Pro's 'meeting created' notice (raspitajse-wp's Serbian text), HTML only."""
    cell = 'style="font-family: Calibri; font-size: 16px; color: #838589; padding-bottom: 5px;" align="left"'
    return (
        '<html><body style="margin: 0; padding:15px; font-family: Calibri;">'
        '<table border="0" width="600" align="center"><tbody>'
        '<tr><td style="font-size: 20px; font-weight: 600; color: #838589;">Vaš sastanak sa poslodavcem je zakazan</td></tr>'
        f"<tr><td {cell}>Zdravo Alex Morgan, <br>\n<br>\n"
        f'Drago nam je da Vas obavestimo da je poslodavac {employer}, zakazao razgovor za posao: "<span style="font-weight: 600;">{job}</span>".</td></tr>'
        f"<tr><td {cell}>Informacije o sastanku:</td></tr>"
        f'<tr><td {cell}>Naziv radnog mesta: <span style="font-weight: 600;color: #3068d0;">{job}</span></td></tr>'
        f'<tr><td {cell}>Ime Poslodavca: <span style="font-weight: 600;">{employer}</span></td></tr>'
        f'<tr><td {cell}>Datum: <span style="font-weight: 600;">{date}</span></td></tr>'
        f'<tr><td {cell}>Vreme: <span style="font-weight: 600;">{time}</span></td></tr>'
        f'<tr><td {cell}>Trajanje Sastanka: <span style="font-weight: 600;">{duration}</span></td></tr>'
        f'<tr><td {cell}>Poruka: <span style="font-weight: 600;">{message}</span></td></tr>'
        "</tbody></table>"
        '<table border="0" width="600" align="center"><tbody>'
        "<tr><td>Želimo Vam mnogo uspeha na razgovoru za posao.</td></tr>"
        "<tr><td>S poštovanjem,</td></tr><tr><td>Raspitajse Tim</td></tr>"
        "<tr><td>Copyright 2026 © Raspitajse.com Sva prava zadržana.</td></tr>"
        "</tbody></table></body></html>"
    )


def sjo(company: str, position: str, date: str, address: str) -> str:
    """Search-Jobs-Online's acceptCV mail (vi): the date from the form, the hour fixed at 8."""
    return (
        f"<h2>{company} - Hẹn gặp gỡ cho buổi Phỏng Vấn</h2>\n<h3>Dear Alex Morgan</h3>\n<p>\n"
        f"    Chúng tôi vô cùng vui mừng thông báo rằng bạn đã được chọn để tham gia buổi phỏng vấn với \n"
        f"    <b>{company}</b> cho vị trí <b>{position}</b> vào ngày <b>{date}</b>, vào lúc 8 giờ tại địa chỉ sau:\n</p>\n"
        f"<h4>{address}</h4>\n<p>\n    Trong buổi phỏng vấn, bạn sẽ có cơ hội: <br>\n\n"
        f"Gặp gỡ và trò chuyện trực tiếp với đội ngũ quản lý và nhân viên của chúng tôi.\n"
        f"Hiểu rõ hơn về vị trí công việc và môi trường làm việc tại {company}.\n"
        "Vui lòng đảm bảo bạn đến đúng giờ và mang theo các tài liệu cần thiết.\n<br>\n<br>\n"
        "Chúng tôi rất mong được gặp bạn!\n<br>\n<br>\nTrân trọng,\n</p>"
    )


def rapp(company: str, start: str, end: str, place: str, note: str) -> str:
    """Recruiting-Application's invitationContent (vi): start and end on labelled lines."""
    lab = 'style="color:#1898be;font-weight: bold;"'
    return (
        '<html style="font-size: 1em;font-family: Roboto;padding-left:20px">'
        '<h2 style="color:#f4841c;text-align: center;">Thư mời phỏng vấn</h2>'
        f"<p>Xin chào <span {lab}>Alex Morgan</span>,</p>"
        f"<p>tatool.vn xin mời bạn tham dự buổi phỏng vấn của công ty {company}</p>"
        '<h2 style="color:#f4841c;">Thông tin buổi phỏng vấn</h2>'
        f"<p><span {lab}>Thời gian bắt đầu: </span>{start}</p>"
        f"<p><span {lab}>Thời gian kết thúc: </span>{end}</p>"
        f"<p><span {lab}>Địa điểm: </span>{place}</p>"
        f"<p><span {lab}>Thông tin tham gia: </span>{note}</p>"
        f"<p><span {lab}>Người tham gia: </span><ul><li>Alex Morgan</li></ul></p>"
        '<hr align="left" width="30%"><p style="font-style: italic;"><span style="font-weight: bold;">'
        "Nếu có bất kì thắc mắc, bạn vui lòng liên hệ qua:</span><br/>Email: <br/>Hotline: </p></html>"
    )


def pyxi(company: str, date: str, hour: str, address: str) -> str:
    """pyxistage's mailInvitation (fr): 'L'entretien est prévu le {date} à {heure}'."""
    return (
        f"<html><head><title>Invitation {company}</title></head><body>"
        "<h5>Cher(e) stagiaire potentiel,</h5>"
        f"<p>Nous avons le plaisir de vous inviter à passer un entretien pour un stage chez {company}. "
        "Votre candidature a été retenue et nous souhaitons en apprendre davantage sur vous.</p>"
        f"<p>L'entretien est prévu le <strong>{date} à {hour}</strong> à notre bureau situé à "
        f"<strong> {address}. Nous vous prions d'arriver à l'heure.</strong></p>"
        "<p>L'entretien consistera en une discussion pour mieux comprendre vos motivations, compétences et objectifs de carrière. "
        "N'oubliez pas d'apporter votre CV et tout autre document pertinent.</p>"
        f"<p>Cordialement,</p><p>{company}</p></body></html>"
    )


def mails() -> None:
    # --- real templates -------------------------------------------------------------------
    add(
        "sr-Latn",
        "wpjb_sastanak",
        ("Raspitajse", "noreply@raspitajse-jobs.example.rs"),
        "Vaš sastanak sa poslodavcem je zakazan",
        "",
        "WP Job Board Pro meeting notice (sr-Latn): 'Datum: 15.12.2026.' / 'Vreme: 10:00' / 'Trajanje Sastanka: 45 min'.",
        slot="2026-12-15T10:00",
        minutes=45,
        day="Tue",
        html=wpjb(
            "Knjigovođa",
            "Računovodstvo Jelić d.o.o.",
            "15.12.2026.",
            "10:00",
            "45 min",
            "Dođite 10 minuta ranije, prijava na recepciji.",
        ),
        template=WPJB,
        lic=TPL_LIC,
    )
    add(
        "sr-Latn",
        "wpjb_pm",
        ("Raspitajse", "noreply@raspitajse-jobs.example.rs"),
        "Vaš sastanak sa poslodavcem je zakazan",
        "",
        "WP Job Board Pro notice with a WordPress English date and 12-hour time ('December 17, 2026' / '2:30 pm' / '30 min').",
        slot="2026-12-17T14:30",
        minutes=30,
        day="Thu",
        html=wpjb(
            "Magacioner",
            "Logistika Sever",
            "December 17, 2026",
            "2:30 pm",
            "30 min",
            "Razgovor preko Zoom-a, link stiže dan ranije.",
        ),
        template=WPJB,
        lic=TPL_LIC,
    )
    add(
        "sr-Latn",
        "wpjb_sati",
        ("Raspitajse", "noreply@raspitajse-jobs.example.rs"),
        "Vaš sastanak sa poslodavcem je zakazan",
        "",
        "WP Job Board Pro notice, duration in hours ('1 sat') and the date 'd. F Y.' in Serbian.",
        slot="2027-01-12T09:00",
        minutes=60,
        day="Tue",
        html=wpjb(
            "Programer (PHP)",
            "Kodlab Novi Sad",
            "12. januar 2027.",
            "09:00",
            "1 sat",
            "Ponesite laptop ako želite da pokažete neki projekat.",
        ),
        template=WPJB,
        lic=TPL_LIC,
    )
    add(
        "vi",
        "sjo_vao_luc_8_gio",
        ("Tuyển dụng Sao Mai", "tuyendung@saomai-tech.example.vn"),
        "Sao Mai Tech - Hẹn gặp gỡ cho buổi Phỏng Vấn",
        "",
        "Search-Jobs-Online acceptCV: 'vào ngày 2026-12-16, vào lúc 8 giờ' (ISO date from the form, hour fixed at 8).",
        slot="2026-12-16T08:00",
        day="Wed",
        html=sjo(
            "Sao Mai Tech",
            "Lập trình viên Backend",
            "2026-12-16",
            "Tầng 5, 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh",
        ),
        template=SJO,
        lic=TPL_LIC,
    )
    add(
        "vi",
        "sjo_dmy",
        ("Phòng Nhân sự Hoa Sen", "hr@hoasen-logistics.example.vn"),
        "Hoa Sen Logistics - Hẹn gặp gỡ cho buổi Phỏng Vấn",
        "",
        "Search-Jobs-Online acceptCV with the date as 'dd/mm/yyyy' ('18/12/2026'), 'vào lúc 8 giờ'.",
        slot="2026-12-18T08:00",
        day="Fri",
        html=sjo(
            "Hoa Sen Logistics", "Nhân viên kho vận", "18/12/2026", "45 Nguyễn Văn Linh, Đà Nẵng"
        ),
        template=SJO,
        lic=TPL_LIC,
    )
    add(
        "vi",
        "rapp_bat_dau_ket_thuc",
        ("tatool.vn", "no-reply@tatool-jobs.example.vn"),
        "Thư mời phỏng vấn",
        "",
        "Recruiting-Application invitation: 'Thời gian bắt đầu: 09:00 15/12/2026' / 'Thời gian kết thúc: 10:00 15/12/2026' (clock before date).",
        slot="2026-12-15T09:00",
        minutes=60,
        day="Tue",
        html=rapp(
            "Minh Phát",
            "09:00 15/12/2026",
            "10:00 15/12/2026",
            "88 Trần Hưng Đạo, Hà Nội",
            "Mang theo CCCD để đăng ký tại lễ tân.",
        ),
        template=RAPP,
        lic=TPL_LIC,
    )
    add(
        "vi",
        "rapp_thu_ba",
        ("tatool.vn", "no-reply@tatool-jobs.example.vn"),
        "Thư mời phỏng vấn",
        "",
        "Recruiting-Application invitation with the weekday: 'Thứ Năm, 17/12/2026 14:00' to '15:30'.",
        slot="2026-12-17T14:00",
        minutes=90,
        day="Thu",
        html=rapp(
            "Bình Minh Software",
            "Thứ Năm, 17/12/2026 14:00",
            "Thứ Năm, 17/12/2026 15:30",
            "Google Meet",
            "Link Google Meet sẽ được gửi trước 1 ngày.",
        ),
        template=RAPP,
        lic=TPL_LIC,
    )
    add(
        "fr",
        "pyxi_iso",
        ("Recrutement Atlas Numérique", "rh@atlas-numerique.example.ma"),
        "Invitation Atlas Numérique",
        "",
        "pyxistage invitation: 'L'entretien est prévu le 2026-12-14 à 10:30' (form values).",
        slot="2026-12-14T10:30",
        day="Mon",
        sent="2026-12-03T09:12",
        html=pyxi(
            "Atlas Numérique", "2026-12-14", "10:30", "2ème étage, 24, Rue de Tanger, Rabat 10000"
        ),
        template=PYXI,
        lic=TPL_LIC,
    )
    add(
        "fr",
        "pyxi_dmy",
        ("Stages Cèdre Conseil", "stages@cedre-conseil.example.fr"),
        "Invitation Cèdre Conseil",
        "",
        "pyxistage invitation with 'le 16/12/2026 à 14h00'.",
        slot="2026-12-16T14:00",
        day="Wed",
        html=pyxi("Cèdre Conseil", "16/12/2026", "14h00", "3, quai Perrache, 69002 Lyon"),
        template=PYXI,
        lic=TPL_LIC,
    )
    add(
        "nl",
        "kcom_datum_tijd",
        ("Sanne de Wit", "sanne.dewit@groenpad.example.nl"),
        "Uitnodiging gesprek Teamleider Logistiek bij Groenpad",
        "Beste Alex,\n\nGoed nieuws! Op basis van je sollicitatie nodigen we je graag\nuit voor een kennismakingsgesprek.\n\n📅 Datum: dinsdag 15 december\n🕐 Tijd: 13.30 uur\n📍 Locatie: Havenstraat 12, Zwolle\n👥 Je spreekt met: Ruud Bakker (operationeel manager)\n⏱️ Duur: circa 45 minuten\n\nKun je op dit tijdstip? Laat het me weten door te reageren\nop deze mail.\n\nIk kijk ernaar uit je te ontmoeten!\n\nMet vriendelijke groet,\n\nSanne de Wit\nRecruiter",
        "kandidaat-communicatie template: 'Datum: dinsdag 15 december' / 'Tijd: 13.30 uur'; 'Duur: circa 45 minuten' is no exact end.",
        slot="2026-12-15T13:30",
        day="Tue",
        template=KCOM,
        lic=TPL_LIC,
    )
    add(
        "nl",
        "kcom_teams",
        ("Joost Mulder", "joost@kaasmakerij-mulder.example.nl"),
        "Uitnodiging gesprek Productiemedewerker bij Kaasmakerij Mulder",
        "Beste Alex,\n\nGoed nieuws! Op basis van je sollicitatie nodigen we je graag\nuit voor een kennismakingsgesprek.\n\n📅 Datum: vr 18-12-2026\n🕐 Tijd: 9:00 - 9:30\n📍 Locatie: Teams-link: https://teams.example.com/l/meetup/abc\n👥 Je spreekt met: Joost Mulder (eigenaar)\n\nKun je op dit tijdstip? Laat het me weten door te reageren\nop deze mail.\n\nMet vriendelijke groet,\n\nJoost Mulder",
        "kandidaat-communicatie template with 'vr 18-12-2026' and 'Tijd: 9:00 - 9:30'.",
        slot="2026-12-18T09:00",
        minutes=30,
        day="Fri",
        template=KCOM,
        lic=TPL_LIC,
    )

    # --- English: ends by verbs/words, clock first, pushes, same day ------------------------
    add(
        "en",
        "finish_by",
        ("Priya Shah", "priya.shah@brackenlane.example.co.uk"),
        "Interview - Junior Accountant",
        "Hi Alex,\n\nThanks for your application. We'd like to meet you on Wednesday 16 December. We'll kick off at 2pm and we'll finish by 3:15 at the latest.\n\nWe're at 9 Mill Yard, Bristol.\n\nKind regards,\nPriya",
        "'We'll kick off at 2pm and we'll finish by 3:15' after a weekday+date.",
        slot="2026-12-16T14:00",
        minutes=75,
        day="Wed",
    )
    add(
        "en",
        "until_about",
        ("Tom Barker", "tom@northgate-joinery.example.co.uk"),
        "Come and see us",
        "Alex,\n\nGood to speak earlier. Can you come in on Tue 15th Dec, 10am until about 11? Just a chat with me and Sue in the workshop, nothing formal.\n\nTom",
        "'Tue 15th Dec, 10am until about 11': an end clock given loosely.",
        slot="2026-12-15T10:00",
        minutes=60,
        day="Tue",
    )
    add(
        "en",
        "runs_to",
        ("Harriet Cole", "h.cole@peakrail.example.co.uk"),
        "Assessment afternoon - Graduate Engineer",
        "Dear Alex,\n\nWe are pleased to invite you to our assessment afternoon on Thursday 17 December 2026. Registration opens at 1.30pm and the afternoon runs to 5pm; your panel interview is part of it.\n\nPlease bring photo ID.\n\nHarriet Cole\nEarly Careers",
        "'Registration opens at 1.30pm and the afternoon runs to 5pm'.",
        slot="2026-12-17T13:30",
        minutes=210,
        day="Thu",
    )
    add(
        "en",
        "clock_first_on",
        ("Dan Okafor", "dan.okafor@lumenpay.example.com"),
        "Next step",
        "Hi Alex,\n\nThe team enjoyed the first call. Could we lock in the technical round at 3pm on Tuesday 15 December? It's an hour with Mira and Joel on Zoom; I'll send the link.\n\nThanks,\nDan",
        "Clock before the date 'at 3pm on Tuesday 15 December', 'an hour'.",
        slot="2026-12-15T15:00",
        minutes=60,
        day="Tue",
    )
    add(
        "en",
        "pushed_back",
        ("Laura Kent", "laura.kent@fernwick.example.co.uk"),
        "Re: Interview Monday",
        "Hi Alex,\n\nSmall change: your interview on Monday 14 December at 11:00 has been pushed back 30 minutes, as the panel's previous meeting overruns. Same room, same people.\n\nSorry for the shuffle,\nLaura",
        "Push by an amount: 'Monday 14 December at 11:00 has been pushed back 30 minutes'.",
        slot="2026-12-14T11:30",
        day="Mon",
        kind="reschedule",
    )
    add(
        "en",
        "brought_forward",
        ("Sam Reid", "sam.reid@quayside-digital.example.co.uk"),
        "Friday's interview",
        "Hi Alex,\n\nWould you mind if we brought Friday's 2pm forward by an hour? Actually, let's just do it: see you at reception on Friday 18 Dec at the earlier time. Shout if that's a problem.\n\nSam",
        "Push earlier by an amount: 'Friday's 2pm forward by an hour ... at the earlier time'.",
        slot="2026-12-18T13:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "en",
        "this_afternoon",
        ("Megan Hale", "megan@brightmoor-care.example.co.uk"),
        "Quick call today",
        "Hi Alex,\n\nThanks for getting back to me so fast. I've put us down for a quick phone interview this afternoon at 4 - I'll ring your mobile. Should take 20 minutes.\n\nMegan\nBrightmoor Care, recruitment",
        "Same-day clause: 'this afternoon at 4', '20 minutes'.",
        slot="2026-12-03T16:00",
        minutes=20,
        sent="2026-12-03T10:05",
    )

    # --- Italian ----------------------------------------------------------------------------
    add(
        "it",
        "terminera_entro",
        ("Giulia Ferri", "giulia.ferri@vetrerie-lario.example.it"),
        "Colloquio - Tecnico di produzione",
        "Gentile Alex,\n\nla invitiamo a un colloquio presso la nostra sede di Lecco giovedì 17 dicembre. Il colloquio inizierà alle 10:00 e terminerà entro le 11:00.\n\nCordiali saluti,\nGiulia Ferri\nUfficio Personale",
        "'inizierà alle 10:00 e terminerà entro le 11:00'.",
        slot="2026-12-17T10:00",
        minutes=60,
        day="Thu",
    )
    add(
        "it",
        "alle_di_martedi",
        ("Marco Villa", "m.villa@studiovilla.example.it"),
        "Secondo colloquio",
        "Ciao Alex,\n\nti confermo il secondo colloquio alle 15:00 di martedì 15 dicembre, in videochiamata su Meet. Durata prevista: 45 minuti.\n\nA presto,\nMarco",
        "Clock before the date: 'alle 15:00 di martedì 15 dicembre', 'Durata prevista: 45 minuti'.",
        slot="2026-12-15T15:00",
        minutes=45,
        day="Tue",
    )
    add(
        "it",
        "posticipato",
        ("Elena Bassi", "elena.bassi@ortofrutta-emilia.example.it"),
        "Variazione orario colloquio",
        "Buongiorno Alex,\n\nil suo colloquio di lunedì 14 dicembre alle ore 9:30 è posticipato di mezz'ora, per un impegno imprevisto del responsabile. La aspettiamo quindi mezz'ora più tardi, stesso indirizzo.\n\nCordialmente,\nElena Bassi",
        "Push by an amount: 'lunedì 14 dicembre alle ore 9:30 è posticipato di mezz'ora'.",
        slot="2026-12-14T10:00",
        day="Mon",
        kind="reschedule",
    )
    add(
        "it",
        "oggi_pomeriggio",
        ("Paolo Greco", "paolo@greco-impianti.example.it"),
        "Telefonata oggi",
        "Ciao Alex,\n\ncome detto al telefono, facciamo il colloquio conoscitivo oggi pomeriggio alle 16:30 in videochiamata. Ti mando il link a breve.\n\nPaolo",
        "Same-day clause 'oggi pomeriggio alle 16:30'.",
        slot="2026-12-03T16:30",
        sent="2026-12-03T11:20",
    )

    # --- Dutch ------------------------------------------------------------------------------
    add(
        "nl",
        "rond_klaar",
        ("Femke Jansen", "femke.jansen@dijkstra-installatie.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Hoi Alex,\n\nLeuk dat je wilt komen praten! We zien je op woensdag 16 december. We beginnen om 10.00 uur en zijn rond 11.00 uur klaar.\n\nAdres: Industrieweg 4, Apeldoorn.\n\nGroet,\nFemke",
        "'We beginnen om 10.00 uur en zijn rond 11.00 uur klaar'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "nl",
        "om_uur_op",
        ("Bas Hendriks", "bas@hendriks-it.example.nl"),
        "Tweede gesprek",
        "Hallo Alex,\n\nZoals besproken: tweede gesprek om 14.00 uur op donderdag 17 december, bij ons op kantoor in Utrecht. Het duurt tot ongeveer 15.00 uur.\n\nTot dan!\nBas",
        "Clock before the date 'om 14.00 uur op donderdag 17 december', end 'tot ongeveer 15.00 uur'.",
        slot="2026-12-17T14:00",
        minutes=60,
        day="Thu",
    )
    add(
        "nl",
        "half_uur_later",
        ("Iris Koster", "iris.koster@zorggroep-eem.example.nl"),
        "Wijziging tijdstip gesprek",
        "Beste Alex,\n\nHet gesprek van vrijdag 11 december om 13.00 uur begint een half uur later, omdat de teamleider later terug is van een overleg. Verder blijft alles hetzelfde.\n\nMet vriendelijke groet,\nIris Koster\nHR-adviseur",
        "Push by an amount: 'vrijdag 11 december om 13.00 uur begint een half uur later'.",
        slot="2026-12-11T13:30",
        day="Fri",
        kind="reschedule",
    )
    add(
        "nl",
        "vanmiddag",
        ("Mark de Vries", "mark@devries-bouw.example.nl"),
        "Belletje vanmiddag",
        "Hoi Alex,\n\nKun je vanmiddag om 15.30 uur even bellen voor een kort telefonisch gesprek? Ik bel jou op het nummer uit je cv.\n\nMark",
        "Same-day clause: 'vanmiddag om 15.30 uur' (the employer sets it).",
        slot="2026-12-03T15:30",
        sent="2026-12-03T09:40",
    )

    # --- Croatian, Serbian, Bosnian, Slovenian -----------------------------------------------
    add(
        "hr",
        "trajat_ce_do",
        ("Ivana Kovač", "ivana.kovac@jadran-soft.example.hr"),
        "Poziv na razgovor za posao",
        "Poštovani Alex,\n\npozivamo Vas na razgovor u srijedu, 16. prosinca 2026. Razgovor počinje u 10 sati i trajat će do 11 sati.\n\nAdresa: Savska cesta 41, Zagreb.\n\nLijep pozdrav,\nIvana Kovač",
        "'Razgovor počinje u 10 sati i trajat će do 11 sati'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "hr",
        "u_sati_u_cetvrtak",
        ("Marko Horvat", "marko.horvat@drvoplast.example.hr"),
        "Razgovor",
        "Bok Alex,\n\nvidimo se u 13 sati, u četvrtak 17. prosinca, u našem uredu u Osijeku.\n\nMarko",
        "Clock before the date: 'u 13 sati, u četvrtak 17. prosinca'.",
        slot="2026-12-17T13:00",
        day="Thu",
    )
    add(
        "hr",
        "pomaknut_sat",
        ("Ana Babić", "ana.babic@mediteran-hoteli.example.hr"),
        "Promjena termina razgovora",
        "Poštovani Alex,\n\nVaš razgovor u ponedjeljak, 14. prosinca u 9:00 pomaknut je sat vremena kasnije zbog sastanka uprave. Ostalo ostaje isto.\n\nSrdačan pozdrav,\nAna Babić",
        "Push: 'u ponedjeljak, 14. prosinca u 9:00 pomaknut je sat vremena kasnije'.",
        slot="2026-12-14T10:00",
        day="Mon",
        kind="reschedule",
    )
    add(
        "hr",
        "danas_u",
        ("Luka Perić", "luka@peric-transport.example.hr"),
        "Razgovor danas",
        "Pozdrav Alex,\n\nkako smo se čuli, razgovor ćemo obaviti danas u 15 sati telefonom. Zovem ja.\n\nLuka",
        "Same-day clause 'danas u 15 sati'.",
        slot="2026-12-03T15:00",
        sent="2026-12-03T10:30",
    )
    add(
        "sr-Latn",
        "zavrsava_oko",
        ("Milica Jovanović", "milica.jovanovic@dunavtech.example.rs"),
        "Poziv na razgovor",
        "Poštovani Alex,\n\npozivamo Vas na razgovor za posao u utorak, 15. decembra 2026. godine. Razgovor počinje u 13 časova i završava se oko 14 časova.\n\nS poštovanjem,\nMilica Jovanović\nLjudski resursi",
        "'počinje u 13 časova i završava se oko 14 časova'.",
        slot="2026-12-15T13:00",
        minutes=60,
        day="Tue",
    )
    add(
        "bs",
        "od_do_sati",
        ("Amra Hodžić", "amra.hodzic@bosna-invest.example.ba"),
        "Poziv na intervju",
        "Poštovani,\n\nPozivamo Vas na intervju u petak, 18.12.2026. godine, od 11:00 do 12:00 sati, u prostorijama firme u Sarajevu.\n\nLijep pozdrav,\nAmra Hodžić",
        "Bosnian 'od 11:00 do 12:00 sati' after 'petak, 18.12.2026. godine'.",
        slot="2026-12-18T11:00",
        minutes=60,
        day="Fri",
    )
    add(
        "sl",
        "od_do_priblizno",
        ("Nina Zupan", "nina.zupan@alpina-it.example.si"),
        "Vabilo na razgovor",
        "Pozdravljeni,\n\nvabimo vas na razgovor v torek, 15. decembra, od 9.00 do približno 10.00, v naših prostorih v Kranju.\n\nLep pozdrav,\nNina Zupan\nKadrovska služba",
        "Slovenian 'od 9.00 do približno 10.00'.",
        slot="2026-12-15T09:00",
        minutes=60,
        day="Tue",
    )
    add(
        "sl",
        "ob_v_cetrtek",
        ("Matej Novak", "matej.novak@soca-logistika.example.si"),
        "Razgovor",
        "Živjo Alex,\n\npotrjujem razgovor ob 11.00 v četrtek, 17. 12., po Teamsih. Povezavo pošljem dan prej.\n\nMatej",
        "Clock before a spaced short date 'ob 11.00 v četrtek, 17. 12.'.",
        slot="2026-12-17T11:00",
        day="Thu",
    )
    add(
        "sl",
        "zamaknjen",
        ("Petra Kos", "petra.kos@mlin-kos.example.si"),
        "Sprememba ure razgovora",
        "Pozdravljeni,\n\nrazgovor v sredo, 16. decembra, ob 13.00 je zamaknjen za 30 minut. Vse ostalo ostaja enako.\n\nLep pozdrav,\nPetra Kos",
        "Push: 'ob 13.00 je zamaknjen za 30 minut'.",
        slot="2026-12-16T13:30",
        day="Wed",
        kind="reschedule",
    )

    # --- Baltic, Icelandic --------------------------------------------------------------------
    add(
        "lt",
        "baigsis_apie",
        ("Rūta Kazlauskienė", "ruta.k@baltic-foods.example.lt"),
        "Kvietimas į pokalbį",
        "Laba diena,\n\nkviečiame Jus į pokalbį gruodžio 16 d. (trečiadienį). Pokalbis prasidės 10 val. ir baigsis apie 11 val.\n\nAdresas: Gedimino pr. 20, Vilnius.\n\nPagarbiai\nRūta Kazlauskienė",
        "Lithuanian 'prasidės 10 val. ir baigsis apie 11 val.'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "lt",
        "val_pirma",
        ("Tomas Petrauskas", "tomas@kodas-labs.example.lt"),
        "Susitikimas",
        "Sveiki, Alex,\n\nsusitinkame 14:30 val., gruodžio 17 d., ketvirtadienį, mūsų biure Kaune.\n\nTomas",
        "Clock before the date '14:30 val., gruodžio 17 d., ketvirtadienį'.",
        slot="2026-12-17T14:30",
        day="Thu",
    )
    add(
        "lv",
        "beigsies_ap",
        ("Ilze Ozola", "ilze.ozola@rigas-dati.example.lv"),
        "Uzaicinājums uz darba interviju",
        "Labdien, Alex!\n\nAicinām Jūs uz darba interviju otrdien, 15. decembrī. Intervija sāksies plkst. 14.00 un beigsies ap plkst. 15.00.\n\nAr cieņu\nIlze Ozola",
        "Latvian 'sāksies plkst. 14.00 un beigsies ap plkst. 15.00'.",
        slot="2026-12-15T14:00",
        minutes=60,
        day="Tue",
    )
    add(
        "lv",
        "parcelta",
        ("Jānis Bērziņš", "janis@kurzemes-koks.example.lv"),
        "Intervijas laika maiņa",
        "Labdien!\n\nJūsu intervija piektdien, 18. decembrī, plkst. 10.00 ir pārcelta par pusstundu vēlāk. Viss pārējais paliek spēkā.\n\nJānis Bērziņš",
        "Push: 'plkst. 10.00 ir pārcelta par pusstundu vēlāk'.",
        slot="2026-12-18T10:30",
        day="Fri",
        kind="reschedule",
    )
    add(
        "et",
        "hiljemalt",
        ("Kadri Tamm", "kadri.tamm@pohja-tarkvara.example.ee"),
        "Kutse tööintervjuule",
        "Tere, Alex!\n\nKutsume Teid tööintervjuule kolmapäeval, 16. detsembril. Vestlus algab kell 10.00 ja lõpeb hiljemalt kell 11.00.\n\nParimate soovidega\nKadri Tamm",
        "Estonian 'algab kell 10.00 ja lõpeb hiljemalt kell 11.00'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "et",
        "tana_kell",
        ("Rasmus Kask", "rasmus@kask-ehitus.example.ee"),
        "Kõne täna",
        "Tere, Alex!\n\nTeeme lühikese telefoniintervjuu täna kell 16.00, helistan Teile ise.\n\nRasmus",
        "Same-day clause 'täna kell 16.00'.",
        slot="2026-12-03T16:00",
        sent="2026-12-03T11:00",
    )
    add(
        "is",
        "lykur_kl",
        ("Sigríður Jónsdóttir", "sigridur@hafvik.example.is"),
        "Boð í viðtal",
        "Sæl/l Alex,\n\nVið bjóðum þér í viðtal miðvikudaginn 16. desember. Viðtalið hefst kl. 10:00 og lýkur kl. 10:45.\n\nKveðja,\nSigríður Jónsdóttir\nMannauðsstjóri",
        "Icelandic 'hefst kl. 10:00 og lýkur kl. 10:45'.",
        slot="2026-12-16T10:00",
        minutes=45,
        day="Wed",
    )
    add(
        "is",
        "kl_first",
        ("Gunnar Ólafsson", "gunnar@nordurljos-tech.example.is"),
        "Viðtal",
        "Sæl/l Alex,\n\nsjáumst kl. 13:00 þriðjudaginn 15. desember á skrifstofunni í Borgartúni.\n\nGunnar",
        "Clock before the date 'kl. 13:00 þriðjudaginn 15. desember'.",
        slot="2026-12-15T13:00",
        day="Tue",
    )

    # --- Greek, Hebrew ------------------------------------------------------------------------
    add(
        "el",
        "oloklirothei_eos",
        ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaio-shipping.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        "Αγαπητέ Alex,\n\nσας προσκαλούμε σε συνέντευξη την Πέμπτη 17 Δεκεμβρίου 2026. Η συνέντευξη θα ξεκινήσει στις 11:00 και θα ολοκληρωθεί έως τις 12:00.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου",
        "Greek 'θα ξεκινήσει στις 11:00 και θα ολοκληρωθεί έως τις 12:00'.",
        slot="2026-12-17T11:00",
        minutes=60,
        day="Thu",
    )
    add(
        "el",
        "stis_tin_triti",
        ("Νίκος Γεωργίου", "nikos@olympos-data.example.gr"),
        "Συνέντευξη",
        "Γεια σου Alex,\n\nσε περιμένουμε στις 12:00 την Τρίτη 15/12 στα γραφεία μας στη Θεσσαλονίκη (ώρα Ελλάδας).\n\nΝίκος",
        "Clock before the date 'στις 12:00 την Τρίτη 15/12', 'ώρα Ελλάδας'.",
        slot="2026-12-15T12:00",
        day="Tue",
        zone="Europe/Athens",
    )
    add(
        "el",
        "misi_ora_argotera",
        ("Ελένη Δημητρίου", "eleni@kritiki-energeia.example.gr"),
        "Αλλαγή ώρας συνέντευξης",
        "Καλημέρα Alex,\n\nη συνέντευξή σας τη Δευτέρα 14 Δεκεμβρίου στις 10:00 μετατίθεται μισή ώρα αργότερα. Όλα τα υπόλοιπα μένουν ίδια.\n\nΕλένη Δημητρίου",
        "Push: 'στις 10:00 μετατίθεται μισή ώρα αργότερα'.",
        slot="2026-12-14T10:30",
        day="Mon",
        kind="reschedule",
    )
    add(
        "el",
        "simera_stis",
        ("Γιώργος Αλεξίου", "giorgos@alexiou-build.example.gr"),
        "Τηλεφωνική συνέντευξη σήμερα",
        "Γεια σου Alex,\n\nόπως είπαμε, η τηλεφωνική συνέντευξη θα γίνει σήμερα στις 17:00. Θα σε καλέσω εγώ.\n\nΓιώργος",
        "Same-day clause 'σήμερα στις 17:00'.",
        slot="2026-12-03T17:00",
        sent="2026-12-03T10:45",
    )
    add(
        "he",
        "yistayem_ad",
        ("נועה לוי", "noa.levi@tavor-systems.example.co.il"),
        "הזמנה לראיון עבודה",
        "שלום Alex,\n\nנשמח לפגוש אותך לראיון ביום רביעי, 16 בדצמבר 2026. הראיון יתחיל בשעה 10:00 ויסתיים עד 11:00.\n\nבברכה,\nנועה לוי\nמשאבי אנוש",
        "Hebrew 'יתחיל בשעה 10:00 ויסתיים עד 11:00'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "he",
        "shaon_israel",
        ("איתי כהן", "itai@negev-cloud.example.co.il"),
        "ראיון טכני",
        "היי Alex,\n\nקבענו ראיון טכני ליום שני 14.12 בשעה 15:30 שעון ישראל, בזום. משך הראיון: שעה.\n\nאיתי",
        "Hebrew weekday+date '14.12', 'שעון ישראל', 'משך הראיון: שעה'.",
        slot="2026-12-14T15:30",
        minutes=60,
        day="Mon",
        zone="Asia/Jerusalem",
    )

    # --- Vietnamese, Filipino, Malay, Swahili -------------------------------------------------
    add(
        "vi",
        "luc_ngay_ket_thuc",
        ("Nguyễn Thu Hà", "ha.nguyen@phuongnam-retail.example.vn"),
        "Thư mời phỏng vấn - Nhân viên kinh doanh",
        "Chào Alex,\n\nPhòng Nhân sự trân trọng mời bạn tham dự phỏng vấn lúc 9h00 ngày 15/12/2026 (Thứ Ba). Buổi phỏng vấn dự kiến kết thúc lúc 10h00.\n\nĐịa điểm: 22 Pasteur, Quận 1, TP. Hồ Chí Minh.\n\nTrân trọng,\nNguyễn Thu Hà",
        "Clock before the date 'lúc 9h00 ngày 15/12/2026 (Thứ Ba)', 'kết thúc lúc 10h00'.",
        slot="2026-12-15T09:00",
        minutes=60,
        day="Tue",
    )
    add(
        "vi",
        "lui_30_phut",
        ("Trần Văn Nam", "nam.tran@anphu-construction.example.vn"),
        "Thay đổi giờ phỏng vấn",
        "Chào Alex,\n\nBuổi phỏng vấn của bạn vào 14h00 Thứ Tư, ngày 16/12 sẽ lùi lại 30 phút do lịch họp của trưởng phòng. Các thông tin khác giữ nguyên.\n\nTrân trọng,\nTrần Văn Nam",
        "Push: '14h00 Thứ Tư, ngày 16/12 sẽ lùi lại 30 phút'.",
        slot="2026-12-16T14:30",
        day="Wed",
        kind="reschedule",
    )
    add(
        "fil",
        "matatapos_bandang",
        ("Maria Santos", "maria.santos@bayanihan-bpo.example.ph"),
        "Imbitasyon sa interview",
        "Hi Alex,\n\nInaanyayahan ka namin sa interview sa Martes, Disyembre 15, 2026. Magsisimula ito nang 2:00 ng hapon at matatapos bandang 3:00 ng hapon.\n\nSalamat,\nMaria Santos\nHR",
        "Filipino 'Magsisimula ito nang 2:00 ng hapon at matatapos bandang 3:00 ng hapon'.",
        slot="2026-12-15T14:00",
        minutes=60,
        day="Tue",
    )
    add(
        "fil",
        "alas_sa_huwebes",
        ("Jun Reyes", "jun.reyes@malaya-logistics.example.ph"),
        "Interview",
        "Hi Alex,\n\nKita tayo alas-10 ng umaga sa Huwebes, Disyembre 17, sa opisina namin sa Makati (Philippine time). Magdala ng valid ID.\n\nJun",
        "Clock before the date 'alas-10 ng umaga sa Huwebes, Disyembre 17'.",
        slot="2026-12-17T10:00",
        day="Thu",
        zone="Asia/Manila",
    )
    add(
        "fil",
        "mamaya",
        ("Carla Mendoza", "carla@kalye-foods.example.ph"),
        "Phone interview mamaya",
        "Hi Alex,\n\nTatawagan kita mamayang alas-3 ng hapon para sa phone interview. Mga 15 minuto lang.\n\nCarla",
        "Same-day clause 'mamayang alas-3 ng hapon'; 'Mga 15 minuto' is no exact end.",
        slot="2026-12-03T15:00",
        sent="2026-12-03T09:30",
    )
    add(
        "ms",
        "dijangka_tamat",
        ("Nurul Aina", "nurul.aina@cahaya-tech.example.my"),
        "Jemputan temu duga",
        "Salam sejahtera Alex,\n\nAnda dijemput untuk menghadiri temu duga pada hari Rabu, 16 Disember 2026. Temu duga akan bermula pada jam 10.00 pagi dan dijangka tamat pada jam 11.00 pagi.\n\nSekian, terima kasih.\nNurul Aina\nSumber Manusia",
        "Malay 'bermula pada jam 10.00 pagi dan dijangka tamat pada jam 11.00 pagi'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "ms",
        "jam_petang_hari",
        ("Hafiz Rahman", "hafiz@sinar-logistik.example.my"),
        "Temu duga",
        "Hi Alex,\n\nJumpa pada jam 3.00 petang, hari Khamis, 17 Disember di pejabat kami di Shah Alam.\n\nHafiz",
        "Clock before the date 'jam 3.00 petang, hari Khamis, 17 Disember'.",
        slot="2026-12-17T15:00",
        day="Thu",
    )
    add(
        "ms",
        "dianjakkan",
        ("Siti Hajar", "siti.hajar@permata-retail.example.my"),
        "Perubahan masa temu duga",
        "Salam Alex,\n\nTemu duga anda pada hari Isnin, 14/12/2026 jam 9.30 pagi telah dianjakkan 30 minit ke jam yang lebih lewat. Perkara lain kekal.\n\nSiti Hajar",
        "Push: 'jam 9.30 pagi telah dianjakkan 30 minit'.",
        slot="2026-12-14T10:00",
        day="Mon",
        kind="reschedule",
    )
    add(
        "sw",
        "saa_asubuhi_hadi",
        ("Amina Mwangi", "amina.mwangi@savanna-agro.example.co.ke"),
        "Mwaliko wa usaili",
        "Habari Alex,\n\nTunakualika kwenye usaili siku ya Jumanne, tarehe 15 Desemba 2026. Usaili utaanza saa nne asubuhi (10:00 a.m.) hadi saa tano asubuhi (11:00 a.m.), saa za Afrika Mashariki.\n\nWako,\nAmina Mwangi\nRasilimali Watu",
        "Swahili time with the Western clock beside it: 'saa nne asubuhi (10:00 a.m.) hadi saa tano asubuhi (11:00 a.m.)'.",
        slot="2026-12-15T10:00",
        minutes=60,
        day="Tue",
    )
    add(
        "sw",
        "tarehe_first",
        ("Juma Otieno", "juma@pwani-tech.example.co.ke"),
        "Usaili",
        "Habari Alex,\n\nTukutane saa 8:30 mchana (2:30 p.m.), Alhamisi tarehe 17/12/2026, ofisini kwetu Mombasa. Usaili utachukua dakika 45.\n\nJuma",
        "Swahili clock before the date 'saa 8:30 mchana (2:30 p.m.), Alhamisi tarehe 17/12/2026', 'dakika 45'.",
        slot="2026-12-17T14:30",
        minutes=45,
        day="Thu",
    )

    # --- Bengali, Urdu ------------------------------------------------------------------------
    add(
        "bn",
        "shuru_shesh",
        ("রাকিব হাসান", "rakib.hasan@padma-soft.example.com.bd"),
        "সাক্ষাৎকারের আমন্ত্রণ",
        "প্রিয় Alex,\n\nআগামী ১৬ ডিসেম্বর ২০২৬, বুধবার আপনাকে সাক্ষাৎকারে আমন্ত্রণ জানানো হচ্ছে। সাক্ষাৎকার সকাল ১০টায় শুরু হবে এবং ১১টায় শেষ হবে।\n\nধন্যবাদান্তে,\nরাকিব হাসান\nমানবসম্পদ বিভাগ",
        "Bengali 'সকাল ১০টায় শুরু হবে এবং ১১টায় শেষ হবে'.",
        slot="2026-12-16T10:00",
        minutes=60,
        day="Wed",
    )
    add(
        "ur",
        "shuru_khatam",
        ("عائشہ خان", "ayesha.khan@indus-tech.example.pk"),
        "انٹرویو کی دعوت",
        "محترم Alex،\n\nآپ کو بروز جمعرات، 17 دسمبر 2026 کو انٹرویو کے لیے مدعو کیا جاتا ہے۔ انٹرویو صبح 11 بجے شروع ہو کر دوپہر 12 بجے ختم ہوگا۔\n\nشکریہ،\nعائشہ خان\nشعبہ انسانی وسائل",
        "Urdu 'صبح 11 بجے شروع ہو کر دوپہر 12 بجے ختم ہوگا'.",
        slot="2026-12-17T11:00",
        minutes=60,
        day="Thu",
    )
    add(
        "ur",
        "baje_pehle",
        ("بلال احمد", "bilal@ravi-logistics.example.pk"),
        "انٹرویو",
        "السلام علیکم Alex،\n\nسہ پہر 3 بجے، منگل 15 دسمبر کو ہمارے لاہور آفس میں ملاقات ہوگی۔\n\nبلال",
        "Urdu clock before the date 'سہ پہر 3 بجے، منگل 15 دسمبر'.",
        slot="2026-12-15T15:00",
        day="Tue",
    )


def provenance(cases: list[Case]) -> str:
    held = sum(1 for item in cases if item.split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        f"# Provenance: {FAM}",
        "",
        f"{len(cases)} messages (invitations and reschedules, no calendar part), {held} held out "
        "as family text67h (dev-style file names sorted by sha256, every third), chosen before any "
        f"was parsed; languages: {', '.join(langs)}.",
        "",
        "Real templates of open-source hiring software, rendered with made-up people, firms and "
        "2026 dates (their wording kept, the values ours):",
        "",
        f"- {WPJB} (sr-Latn, HTML only)",
        f"- {SJO} (vi, HTML only)",
        f"- {RAPP} (vi, HTML only)",
        f"- {PYXI} (fr, HTML only)",
        f"- {KCOM} (nl, plain text)",
        "",
        "The rest is recruiters' own mail, our text, in the ordinary phrasing of each language "
        "with the date and clock written the way the language writes them. Labels come from the "
        "datetimes each text is rendered from and were written before any parse. A push by an "
        "amount ('pushed back 30 minutes') is a `reschedule` at the moved start. 'circa 45 "
        "minuten' and 'mga 15 minuto' are no exact length (no end labelled); 'until about 11', "
        "'tot ongeveer 15.00 uur' give an end clock.",
        "",
        *FIGURES,
        "## Family",
        "",
        f"- **{FAM}**: {FAMILIES[FAM]}",
        "",
        "## Files (dev only)",
        "",
        *pp.file_rows(item for item in cases if item.split == "dev"),
    ]
    return "\n".join(lines) + "\n"


FIGURES: tuple[str, ...] = (
    "First sight (main aea20a71 with this batch, before any parser change; quick.py): dev text "
    "right 22/41 (22 at confidence >= 0.5); held out text67h 12/21 (10 at >= 0.5, not looked "
    "at). Dev misses: ends told by a verb in el, et, is, fil, ms, sr, hr, nl, sl and 'runs to' "
    "(start right, no end), same-day clauses in el, et, hr, fil read as no date, pushes in sl "
    "and ms read at the old hour, and WP Job Board Pro's 'Trajanje Sastanka: 1 sat' read as 1 "
    "September (Hausa 'Sat').",
    "",
    "After the parser change (tests/parsing/test_text67_rules.py): dev text right 36/41 (36 at "
    ">= 0.5); held out text67h 12/21 (10 at >= 0.5). Left: Filipino 'mamayang alas-3' (later "
    "today, not CLDR's word), 'završava se oko 14 časova' (the hour word after 'oko' is read "
    "only after 'u'), 'Trajanje: 1 sat' and 'dakika 45' as lengths, and an English mail that "
    "asks, then makes, a move ('brought Friday's 2pm forward by an hour').",
    "",
)


def main() -> int:
    ITEMS.clear()
    CASES.clear()
    mails()
    split_items()
    pp.write_batch(CASES, FAMILIES, f"PROVENANCE-{FAM}.md", provenance(CASES))
    held = sum(1 for item in CASES if item.split == "heldout")
    print(f"{len(CASES)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
