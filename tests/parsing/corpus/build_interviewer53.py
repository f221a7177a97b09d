# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "interviewer53" batch: mail that makes the reader an interviewer (HR asks a
colleague to join a panel, an applicant-tracking system reminds an interviewer of the
scorecard, a hiring manager's note about a candidate coming in, a colleague asks the reader to
cover an interview) in the European, Asian, Middle-Eastern and African languages the
interviewer-side cue lists lacked (pl, cs, sk, uk, ru, hr, sr, bs, sl, bg, ro, hu, el, tr, lt,
lv, et, fi, da, nb, pt-PT, ca; vi, id, ms, tl, hi, bn, ar, he, fa, ur, th, sw). Controls in
each family: the reader's own interview in the same languages, some naming the panel the
reader will meet ("Komisja: ...", "you will meet ...").

Run: .venv/bin/python tests/parsing/corpus/build_interviewer53.py

All text is ours (no template copied); people and companies are made up. Labels come from
the datetimes the text is rendered from (zoneinfo) and were written before the parser was run
on any message of the batch. Held-out families drawn by
`random.Random("interviewer53 coin").sample(sorted(FAMILIES), 2)` before anything was
written: covereu53, ivkitas53. Deterministic; the script deletes or writes only files of its
own families.
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
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template"
LIC = "text ours"

FAMILIES = {
    "joinpaneleu53": "HR asks the reader, a colleague, to sit on the interview panel for a "
    "named candidate, in European languages ('czy możesz dołączyć do komisji', 'budeš v "
    "komisi', 'войти в состав комиссии', 'a fi membru în comisia de interviu', 'olisitko "
    "mukana haastattelupaneelissa'); controls: the reader's own interview naming its panel.",
    "joinpanelas53": "The same in vi, id, ms, tl, hi, bn, ar, he, fa, ur, th, sw ('tham gia "
    "hội đồng phỏng vấn', 'menjadi panel wawancara', 'انضمامك إلى لجنة المقابلة', 'להצטרף "
    "לפאנל'); controls: the reader's own interview naming the interviewers.",
    "ivkiteu53": "An applicant-tracking system reminds the reader, an interviewer, of an "
    "interview with a candidate and the evaluation form to fill in ('karta oceny kandydata', "
    "'hodnoticí formulář', 'форма оценки кандидата', 'fișa de evaluare', 'arviointilomake', "
    "'evalueringsskema'); controls: the same systems' candidate reminders.",
    "ivkitas53": "The same reminders in Asian, Middle-Eastern and African languages (held out).",
    "hmnoteeu53": "A hiring manager's note to a colleague: a candidate comes in at a time, "
    "read the CV and prepare the questions ('zapoznaj się z CV kandydata', 'подготовь "
    "вопросы', 'pregledaj životopis kandidata'); controls: the reader's own interview.",
    "hmnoteas53": "The same notes in vi, id, ms, tl, hi, bn, ar, he, fa, ur, th, sw; controls: "
    "the reader's own interview.",
    "covereu53": "A colleague asks the reader to take over an interview with a candidate "
    "(held out).",
    "coveras53": "A colleague asks the reader to take an interview with a candidate in their "
    "place ('phỏng vấn ứng viên thay tôi', 'mewawancarai kandidat menggantikan saya', 'إجراء "
    "المقابلة مع المرشح بدلاً مني', 'לראיין את המועמד במקומי'); controls: the reader's own "
    "interview.",
}
HELD = frozenset(random.Random("interviewer53 coin").sample(sorted(FAMILIES), 2))
assert frozenset({"covereu53", "ivkitas53"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
NEG: dict[str, object] = {"kind": "not_invitation"}

ZONE = {
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "uk": "Europe/Kyiv",
    "ru": "Europe/Moscow",
    "hr": "Europe/Zagreb",
    "sr": "Europe/Belgrade",
    "bs": "Europe/Sarajevo",
    "sl": "Europe/Ljubljana",
    "bg": "Europe/Sofia",
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
    "el": "Europe/Athens",
    "tr": "Europe/Istanbul",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "fi": "Europe/Helsinki",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "pt-PT": "Europe/Lisbon",
    "ca": "Europe/Madrid",
    "vi": "Asia/Ho_Chi_Minh",
    "id": "Asia/Jakarta",
    "ms": "Asia/Kuala_Lumpur",
    "tl": "Asia/Manila",
    "hi": "Asia/Kolkata",
    "bn": "Asia/Dhaka",
    "ar": "Asia/Riyadh",
    "he": "Asia/Jerusalem",
    "fa": "Asia/Tehran",
    "ur": "Asia/Karachi",
    "th": "Asia/Bangkok",
    "sw": "Africa/Nairobi",
}
SENT = (2026, 10, 9, 10, 12)
# Thursday 15 October 2026, 10:00 local: the interview every mail speaks of
THU10 = (2026, 10, 15, 10, 0)
TUE14 = (2026, 10, 13, 14, 0)


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
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it the reader is the interviewer, labelled
    not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"interviewer53 {fam} {lang} {name}"
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


# --- joinpaneleu53 ------------------------------------------------------------------------------
def joinpaneleu() -> None:
    f = "joinpaneleu53"
    rows = [
        (
            "pl",
            "komisja",
            ("Katarzyna Wójcik", "k.wojcik@lumenbud.example.pl"),
            "Prośba: komisja rekrutacyjna w czwartek",
            "Cześć Alex,\n\nczy możesz dołączyć do komisji rekrutacyjnej w czwartek 15 października o 10:00? Rozmawiamy z kandydatką na stanowisko księgowej, Martą Zielińską.\nCV kandydatki wyślę jutro. Po rozmowie proszę o krótką ocenę.\n\nDzięki!\nKasia, HR",
        ),
        (
            "cs",
            "komise",
            ("Petra Svobodová", "petra.svobodova@vltavasoft.example.cz"),
            "Pohovor – Tomáš Beneš (čt 15. 10.)",
            "Ahoj Alexi,\n\nbyl bys ve čtvrtek 15. 10. v 10:00 členem výběrové komise? Přijde uchazeč Tomáš Beneš na pozici vývojáře.\nŽivotopis uchazeče je v příloze, po pohovoru prosím pošli své hodnocení.\n\nDíky,\nPetra (HR)",
        ),
        (
            "ru",
            "komissiya",
            ("Ольга Кузнецова", "o.kuznetsova@severlog.example.ru"),
            "Собеседование с кандидатом: четверг, 10:00",
            "Алекс, добрый день!\n\nПрошу вас войти в состав комиссии на собеседовании с кандидатом на должность аналитика, Игорем Волковым, в четверг, 15 октября, в 10:00.\nРезюме кандидата во вложении. После встречи, пожалуйста, заполните оценочный лист.\n\nСпасибо,\nОльга, отдел персонала",
        ),
        (
            "ro",
            "comisie",
            ("Ioana Popescu", "ioana.popescu@carpatic.example.ro"),
            "Invitație în comisia de interviu",
            "Bună, Alex,\n\nte rog să faci parte din comisia de interviu joi, 15 octombrie, la ora 10:00, pentru candidatul Andrei Ionescu (post de inginer de calitate).\nCV-ul candidatului este atașat. După interviu, completează fișa de evaluare.\n\nMulțumesc,\nIoana, Resurse Umane",
        ),
        (
            "fi",
            "paneeli",
            ("Laura Virtanen", "laura.virtanen@kivikko.example.fi"),
            "Haastattelupaneeli torstaina",
            "Hei Alex,\n\nolisitko mukana haastattelupaneelissa torstaina 15.10. klo 10.00? Haastattelemme hakijaa Mikko Lehtoa myyntipäällikön tehtävään.\nHakijan CV on liitteenä. Täytä haastattelun jälkeen arviointilomake.\n\nKiitos,\nLaura / HR",
        ),
        (
            "hu",
            "bizottsag",
            ("Nagy Eszter", "nagy.eszter@dunavill.example.hu"),
            "Felvételi bizottság – csütörtök 10:00",
            "Szia Alex!\n\nBeülnél a felvételi bizottságba csütörtökön, október 15-én 10:00-kor? Kovács Bence jelölttel beszélgetünk a projektvezetői pozícióról.\nA jelölt önéletrajzát csatoltam; az interjú után kérlek, töltsd ki az értékelőlapot.\n\nKöszönöm,\nEszter, HR",
        ),
        (
            "el",
            "epitropi",
            ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaiotech.example.gr"),
            "Επιτροπή συνέντευξης την Πέμπτη",
            "Γεια σου Alex,\n\nμπορείς να συμμετάσχεις στην επιτροπή συνέντευξης την Πέμπτη 15 Οκτωβρίου στις 10:00; Θα δούμε τον υποψήφιο Νίκο Αντωνίου για τη θέση λογιστή.\nΤο βιογραφικό του υποψηφίου είναι συνημμένο. Μετά τη συνέντευξη συμπλήρωσε το έντυπο αξιολόγησης.\n\nΕυχαριστώ,\nΜαρία, Ανθρώπινο Δυναμικό",
        ),
        (
            "da",
            "panel",
            ("Mette Jensen", "mette.jensen@fjordlog.example.dk"),
            "Vil du sidde med i samtalepanelet torsdag?",
            "Hej Alex,\n\nvil du være med i ansættelsesudvalget torsdag den 15. oktober kl. 10.00? Vi har samtale med kandidaten Jonas Holm til stillingen som controller.\nKandidatens CV er vedhæftet. Udfyld venligst evalueringsskemaet efter samtalen.\n\nTak,\nMette, HR",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "HR asks the reader to sit on the panel for a named candidate.",
        )
    add(
        f,
        "pl",
        "control_komisja",
        ("Dział Kadr", "rekrutacja@lumenbud.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Szanowny Panie,\n\nzapraszamy Pana na rozmowę kwalifikacyjną na stanowisko analityka w czwartek 15 października o 10:00, ul. Prosta 12, Warszawa.\nKomisja rekrutacyjna: Katarzyna Wójcik (HR) i Piotr Nowak (kierownik działu).\nProsimy zabrać dowód osobisty.\n\nZ poważaniem\nDział Kadr",
        "The reader's own interview naming the panel (control).",
        slot=THU10,
    )
    add(
        f,
        "ru",
        "control_komissiya",
        ("Отдел персонала", "hr@severlog.example.ru"),
        "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование на должность аналитика в четверг, 15 октября, в 10:00 по адресу: ул. Лесная, 5, офис 301.\nС вами встретятся: Ольга Кузнецова (HR) и Дмитрий Орлов (руководитель отдела).\nВозьмите, пожалуйста, паспорт.\n\nС уважением,\nОтдел персонала",
        "The reader's own interview naming who they will meet (control).",
        slot=THU10,
    )
    add(
        f,
        "fi",
        "control_paneeli",
        ("Kivikko Oy", "rekry@kivikko.example.fi"),
        "Kutsu haastatteluun",
        "Hei Alex,\n\nkiitos hakemuksestasi! Kutsumme sinut haastatteluun torstaina 15.10. klo 10.00 toimistollemme, Hämeentie 4, Helsinki.\nHaastattelijoina ovat Laura Virtanen ja Antti Mäkinen.\n\nTervetuloa!\nKivikko Oy, rekrytointi",
        "The reader's own interview naming the interviewers (control).",
        slot=THU10,
    )


# --- joinpanelas53 ------------------------------------------------------------------------------
def joinpanelas() -> None:
    f = "joinpanelas53"
    rows = [
        (
            "vi",
            "hoidong",
            ("Nguyễn Thu Trang", "trang.nguyen@songhong.example.vn"),
            "Mời tham gia hội đồng phỏng vấn",
            "Chào anh Alex,\n\nPhòng Nhân sự mời anh tham gia hội đồng phỏng vấn ứng viên Trần Minh Khoa cho vị trí kỹ sư phần mềm vào thứ Năm, 15/10 lúc 10:00.\nCV của ứng viên đính kèm. Sau buổi phỏng vấn, anh vui lòng điền phiếu đánh giá.\n\nCảm ơn anh,\nThu Trang",
        ),
        (
            "id",
            "panel",
            ("Dewi Lestari", "dewi.lestari@nusantaradata.example.id"),
            "Permintaan menjadi panel wawancara",
            "Halo Alex,\n\nbisakah kamu menjadi panel wawancara untuk kandidat Budi Santoso (posisi analis data) pada Kamis, 15 Oktober pukul 10.00?\nCV kandidat terlampir. Setelah wawancara, mohon isi formulir penilaian.\n\nTerima kasih,\nDewi, HRD",
        ),
        (
            "ms",
            "panel",
            ("Nurul Aisyah", "nurul.aisyah@selatmaju.example.my"),
            "Panel temu duga pada hari Khamis",
            "Salam Alex,\n\nboleh anda menyertai panel temu duga untuk calon Ahmad Faris (jawatan eksekutif kewangan) pada hari Khamis, 15 Oktober, jam 10.00 pagi?\nResume calon dilampirkan. Selepas temu duga, sila isi borang penilaian calon.\n\nTerima kasih,\nNurul, Sumber Manusia",
        ),
        (
            "hi",
            "panel",
            ("प्रिया शर्मा", "priya.sharma@gangatech.example.in"),
            "इंटरव्यू पैनल में शामिल होने का अनुरोध",
            "नमस्ते Alex,\n\nक्या आप गुरुवार, 15 अक्टूबर को सुबह 10:00 बजे उम्मीदवार राहुल वर्मा के इंटरव्यू पैनल में शामिल हो सकते हैं? पद: सीनियर अकाउंटेंट।\nउम्मीदवार का सीवी संलग्न है। इंटरव्यू के बाद कृपया मूल्यांकन फ़ॉर्म भरें।\n\nधन्यवाद,\nप्रिया, एचआर",
        ),
        (
            "ar",
            "lajna",
            ("سارة العلي", "sara.alali@nakheel-soft.example.sa"),
            "طلب الانضمام إلى لجنة المقابلة",
            "مرحباً Alex،\n\nنرجو انضمامك إلى لجنة المقابلة مع المرشح فهد القحطاني لوظيفة محاسب يوم الخميس 15 أكتوبر الساعة 10:00 صباحاً.\nالسيرة الذاتية للمرشح مرفقة. بعد المقابلة يرجى تعبئة نموذج التقييم.\n\nشكراً لك،\nسارة، الموارد البشرية",
        ),
        (
            "he",
            "panel",
            ("נועה כהן", "noa.cohen@galilsys.example.il"),
            "בקשה להצטרף לפאנל הראיון",
            "היי Alex,\n\nתוכל להצטרף לפאנל הראיון עם המועמד יונתן לוי לתפקיד מפתח בקאנד ביום חמישי, 15 באוקטובר, בשעה 10:00?\nקורות החיים של המועמד מצורפים. אחרי הראיון נא למלא את טופס ההערכה.\n\nתודה,\nנועה, משאבי אנוש",
        ),
        (
            "th",
            "panel",
            ("สุดารัตน์ ใจดี", "sudarat@chaoprayatech.example.th"),
            "ขอเชิญร่วมเป็นกรรมการสัมภาษณ์",
            "สวัสดีค่ะ Alex\n\nขอเชิญคุณร่วมเป็นกรรมการสัมภาษณ์ผู้สมัคร คุณธนากร ศรีสุข ตำแหน่งนักบัญชี ในวันพฤหัสบดีที่ 15 ตุลาคม เวลา 10:00 น.\nแนบเรซูเม่ของผู้สมัครมาด้วย หลังสัมภาษณ์ กรุณากรอกแบบประเมินผู้สมัคร\n\nขอบคุณค่ะ\nสุดารัตน์ ฝ่ายบุคคล",
        ),
        (
            "sw",
            "jopo",
            ("Grace Wanjiru", "grace.wanjiru@mawingu.example.ke"),
            "Ombi: jopo la usaili Alhamisi",
            "Habari Alex,\n\ntunaomba ujiunge na jopo la usaili la mgombea Peter Otieno (nafasi ya mhasibu) siku ya Alhamisi, 15 Oktoba, saa 4:00 asubuhi.\nCV ya mgombea imeambatishwa. Baada ya usaili, tafadhali jaza fomu ya tathmini.\n\nAsante,\nGrace, Rasilimali Watu",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "HR asks the reader to sit on the panel for a named candidate.",
        )
    add(
        f,
        "vi",
        "control_hoidong",
        ("Phòng Nhân sự", "tuyendung@songhong.example.vn"),
        "Thư mời phỏng vấn",
        "Chào anh Alex,\n\nCông ty trân trọng mời anh tham gia buổi phỏng vấn cho vị trí kỹ sư phần mềm vào thứ Năm, ngày 15/10/2026, lúc 10:00 tại tầng 5, số 12 Lý Thường Kiệt, Hà Nội.\nHội đồng phỏng vấn gồm chị Nguyễn Thu Trang (Nhân sự) và anh Lê Văn Hùng (Trưởng nhóm).\n\nTrân trọng,\nPhòng Nhân sự",
        "The reader's own interview naming the panel (control).",
        slot=THU10,
    )
    add(
        f,
        "ar",
        "control_lajna",
        ("الموارد البشرية", "hr@nakheel-soft.example.sa"),
        "دعوة لمقابلة عمل",
        "السيد Alex Morgan المحترم،\n\nيسعدنا دعوتك لمقابلة عمل لوظيفة محاسب يوم الخميس 15 أكتوبر 2026 الساعة 10:00 صباحاً في مقر الشركة بالرياض.\nستقابلك لجنة مكونة من سارة العلي وخالد الدوسري.\n\nمع التحية،\nالموارد البشرية",
        "The reader's own interview naming the panel (control).",
        slot=THU10,
    )
    add(
        f,
        "id",
        "control_panel",
        ("Rekrutmen Nusantara Data", "rekrutmen@nusantaradata.example.id"),
        "Undangan wawancara",
        "Halo Alex,\n\nterima kasih atas lamaran Anda. Kami mengundang Anda untuk wawancara pada Kamis, 15 Oktober 2026 pukul 10.00 WIB di kantor kami, Jl. Sudirman 8, Jakarta.\nPanel pewawancara: Dewi Lestari (HR) dan Rudi Hartono (Kepala Tim Data).\n\nSalam,\nTim Rekrutmen",
        "The reader's own interview naming the panel (control).",
        slot=THU10,
    )


# --- ivkiteu53 ------------------------------------------------------------------------------
def ivkiteu() -> None:
    f = "ivkiteu53"
    rows = [
        (
            "pl",
            "karta",
            ("Rekrutacja Lumenbud", "no-reply@ats.lumenbud.example.pl"),
            "Przypomnienie: rozmowa z kandydatem jutro",
            "Dzień dobry,\n\nprzypominamy, że jutro, w czwartek 15 października o 10:00, prowadzisz rozmowę z kandydatem Michałem Lewandowskim (Specjalista ds. zakupów).\nPo rozmowie uzupełnij kartę oceny kandydata: https://ats.lumenbud.example.pl/ocena/8812\n\nSystem rekrutacyjny",
        ),
        (
            "sk",
            "formular",
            ("Nábor Tatrasoft", "nabor@tatrasoft.example.sk"),
            "Pripomienka: pohovor s uchádzačkou",
            "Dobrý deň,\n\npripomíname vám pohovor s uchádzačkou Zuzanou Kováčovou na pozíciu testerky vo štvrtok 15. 10. o 10:00, zasadačka Dunaj.\nPo pohovore vyplňte hodnotiaci formulár: https://nabor.tatrasoft.example.sk/hodnotenie/441\n\nVáš náborový systém",
        ),
        (
            "uk",
            "forma",
            ("Рекрутинг Дніпрософт", "ats@dniprosoft.example.ua"),
            "Нагадування: співбесіда з кандидатом",
            "Доброго дня!\n\nНагадуємо: у четвер, 15 жовтня, о 10:00 ви проводите співбесіду з кандидатом Олегом Бондаренком на посаду QA-інженера.\nПісля співбесіди заповніть, будь ласка, форму оцінки кандидата: https://ats.dniprosoft.example.ua/feedback/77\n\nСистема рекрутингу",
        ),
        (
            "hr",
            "obrazac",
            ("Zapošljavanje Jadran", "zaposljavanje@jadranit.example.hr"),
            "Podsjetnik: razgovor s kandidatom",
            "Poštovani,\n\npodsjećamo vas da u četvrtak 15. listopada u 10:00 vodite razgovor s kandidatom Ivanom Horvatom za radno mjesto programera.\nNakon razgovora ispunite obrazac za ocjenu kandidata: https://jadranit.example.hr/ocjena/59\n\nSustav za zapošljavanje",
        ),
        (
            "sl",
            "obrazec",
            ("Zaposlovanje Triglav", "zaposlovanje@triglavsoft.example.si"),
            "Opomnik: razgovor s kandidatko",
            "Pozdravljeni,\n\nopominjamo vas, da imate v četrtek, 15. 10., ob 10.00 razgovor s kandidatko Majo Kranjc za delovno mesto računovodkinje.\nPo razgovoru izpolnite ocenjevalni obrazec: https://triglavsoft.example.si/ocena/31\n\nSistem za zaposlovanje",
        ),
        (
            "bg",
            "formulyar",
            ("Подбор Витоша", "ats@vitoshasoft.example.bg"),
            "Напомняне: интервю с кандидат",
            "Здравейте,\n\nнапомняме ви, че в четвъртък, 15 октомври, от 10:00 ч. провеждате интервю с кандидата Георги Петров за позицията счетоводител.\nСлед интервюто попълнете формуляра за оценка на кандидата: https://ats.vitoshasoft.example.bg/ocenka/19\n\nСистема за подбор",
        ),
        (
            "lt",
            "forma",
            ("Atranka Baltija", "atranka@baltijasoft.example.lt"),
            "Priminimas: pokalbis su kandidatu",
            "Laba diena,\n\nprimename, kad ketvirtadienį, spalio 15 d., 10:00 vesite pokalbį su kandidatu Tomu Petrausku (pardavimų vadybininkas).\nPo pokalbio užpildykite kandidato vertinimo formą: https://atranka.baltijasoft.example.lt/vertinimas/63\n\nAtrankos sistema",
        ),
        (
            "nb",
            "skjema",
            ("Rekruttering Fjellnett", "rekruttering@fjellnett.example.no"),
            "Påminnelse: intervju med kandidat",
            "Hei,\n\nhusk intervjuet med kandidaten Ingrid Bakke (regnskapsfører) torsdag 15. oktober kl. 10.00 på møterom Fløyen.\nFyll ut evalueringsskjemaet etter intervjuet: https://fjellnett.example.no/evaluering/27\n\nRekrutteringssystemet",
        ),
        (
            "pt-PT",
            "grelha",
            ("Recrutamento Tejo", "recrutamento@tejosoft.example.pt"),
            "Lembrete: entrevista com candidato",
            "Olá,\n\nlembramos que na quinta-feira, 15 de outubro, às 10h00, vai entrevistar o candidato Rui Almeida para a função de analista financeiro.\nApós a entrevista, preencha a grelha de avaliação do candidato: https://tejosoft.example.pt/avaliacao/52\n\nSistema de recrutamento",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "A tracking system reminds the reader, an interviewer, of the evaluation form.",
        )
    add(
        f,
        "uk",
        "control_kandydat",
        ("Рекрутинг Дніпрософт", "ats@dniprosoft.example.ua"),
        "Нагадування про вашу співбесіду",
        "Доброго дня, Алексе!\n\nНагадуємо про вашу співбесіду на посаду QA-інженера у четвер, 15 жовтня, о 10:00 (онлайн, посилання надійде за годину до початку).\nЗ вами спілкуватимуться Олена Мельник (HR) та Андрій Ткаченко (тимлід).\n\nСистема рекрутингу",
        "The same system's reminder to the candidate (control).",
        slot=THU10,
    )
    add(
        f,
        "pt-PT",
        "control_candidato",
        ("Recrutamento Tejo", "recrutamento@tejosoft.example.pt"),
        "Lembrete: a sua entrevista",
        "Olá Alex,\n\nlembramos que a sua entrevista para a função de analista financeiro está marcada para quinta-feira, 15 de outubro, às 10h00, na Av. da Liberdade 100, Lisboa.\nVai conhecer o nosso painel: Ana Sousa (RH) e Pedro Costa (diretor financeiro).\n\nSistema de recrutamento",
        "The same system's reminder to the candidate, naming the panel (control).",
        slot=THU10,
    )


# --- ivkitas53 (held out) -------------------------------------------------------------------
def ivkitas() -> None:
    f = "ivkitas53"
    rows = [
        (
            "vi",
            "phieu",
            ("Hệ thống tuyển dụng", "ats@sonhaitech.example.vn"),
            "Nhắc lịch: phỏng vấn ứng viên ngày 15/10",
            "Xin chào,\n\nhệ thống xin nhắc: thứ Năm 15/10 lúc 14:00 bạn là người phỏng vấn ứng viên Phạm Quốc Bảo (vị trí chuyên viên marketing).\nSau buổi phỏng vấn, vui lòng nhập phiếu chấm điểm tại: https://ats.sonhaitech.example.vn/danhgia/91\n\nHệ thống tuyển dụng",
        ),
        (
            "ms",
            "borang",
            ("Sistem Pengambilan", "ats@permatahijau.example.my"),
            "Peringatan: temu duga calon pada hari Khamis",
            "Salam sejahtera,\n\nini peringatan bahawa tuan/puan akan menemu duga calon Siti Hajar (jawatan pegawai pemasaran) pada hari Khamis, 15 Oktober, jam 2.00 petang.\nSila lengkapkan borang penilaian calon selepas temu duga: https://permatahijau.example.my/penilaian/14\n\nSistem Pengambilan",
        ),
        (
            "bn",
            "form",
            ("নিয়োগ সিস্টেম", "ats@padmasoft.example.bd"),
            "স্মরণিকা: প্রার্থীর সাক্ষাৎকার",
            "শুভেচ্ছা,\n\nমনে করিয়ে দিচ্ছি, বৃহস্পতিবার ১৫ অক্টোবর দুপুর ২টায় আপনি প্রার্থী তানভীর হাসানের সাক্ষাৎকার নেবেন (পদ: হিসাবরক্ষক)।\nসাক্ষাৎকারের পর অনুগ্রহ করে মূল্যায়ন ফর্ম পূরণ করুন: https://padmasoft.example.bd/eval/33\n\nনিয়োগ সিস্টেম",
        ),
        (
            "fa",
            "form",
            ("سامانه جذب", "ats@zagros-soft.example.ir"),
            "یادآوری: مصاحبه با داوطلب",
            "سلام،\n\nیادآوری می‌کنیم که پنجشنبه ۱۵ اکتبر ساعت ۱۴:۰۰ شما مصاحبه‌کننده داوطلب رضا احمدی برای سمت حسابدار هستید.\nپس از مصاحبه لطفاً فرم ارزیابی داوطلب را تکمیل کنید: https://zagros-soft.example.ir/eval/48\n\nسامانه جذب",
        ),
        (
            "ur",
            "form",
            ("بھرتی سسٹم", "ats@indusoft.example.pk"),
            "یاد دہانی: امیدوار کا انٹرویو",
            "السلام علیکم،\n\nیاد دہانی: جمعرات 15 اکتوبر دوپہر 2 بجے آپ امیدوار عمران خالد کا انٹرویو لیں گے (عہدہ: اکاؤنٹنٹ)۔\nانٹرویو کے بعد براہ کرم امیدوار کا جائزہ فارم پُر کریں: https://indusoft.example.pk/eval/22\n\nبھرتی سسٹم",
        ),
        (
            "tl",
            "scorecard",
            ("Recruitment System", "ats@bayanihantech.example.ph"),
            "Paalala: interview sa kandidato sa Huwebes",
            "Magandang araw,\n\npaalala na ikaw ang mag-i-interview sa kandidatong si Jose Ramos (posisyon: accountant) sa Huwebes, Oktubre 15, alas-2 ng hapon.\nPakisagutan ang scorecard pagkatapos ng interview: https://bayanihantech.example.ph/scorecard/66\n\nRecruitment System",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "A tracking system reminds the reader, an interviewer, of the evaluation form.",
        )
    add(
        f,
        "th",
        "control_ploy",
        ("ฝ่ายสรรหา", "recruit@siamnet.example.th"),
        "แจ้งเตือนนัดสัมภาษณ์ของคุณ",
        "เรียน คุณ Alex Morgan\n\nขอแจ้งเตือนนัดสัมภาษณ์งานของคุณ ตำแหน่งนักบัญชี ในวันพฤหัสบดีที่ 15 ตุลาคม 2569 เวลา 14:00 น. ที่อาคารสยามเน็ต ชั้น 8\nผู้สัมภาษณ์: คุณวิภา และคุณสมชาย\n\nฝ่ายสรรหา",
        "The reader's own interview, naming the interviewers (control).",
        slot=(2026, 10, 15, 14, 0),
    )
    add(
        f,
        "he",
        "control_reayon",
        ("גיוס גליל", "jobs@galilsys.example.il"),
        "תזכורת: הראיון שלך",
        "שלום Alex,\n\nתזכורת לראיון העבודה שלך למשרת מפתח בקאנד ביום חמישי, 15 באוקטובר, בשעה 14:00 במשרדינו ברחוב הרצל 10, חיפה.\nתפגוש את נועה כהן ואת דני אברהם.\n\nבהצלחה,\nצוות הגיוס",
        "The reader's own interview, naming who they meet (control).",
        slot=(2026, 10, 15, 14, 0),
    )


# --- hmnoteeu53 -----------------------------------------------------------------------------
def hmnoteeu() -> None:
    f = "hmnoteeu53"
    rows = [
        (
            "sr",
            "kandidat",
            ("Marko Jovanović", "marko.jovanovic@savatech.example.rs"),
            "Kandidat dolazi u četvrtak u 10",
            "Ćao Alex,\n\nu četvrtak 15. oktobra u 10:00 dolazi kandidatkinja Jelena Petrović na razgovor za poziciju dizajnera. Ti i ja vodimo razgovor.\nMolim te pregledaj njen CV pre sastanka i pripremi dva-tri pitanja o portfoliju.\n\nMarko",
        ),
        (
            "bs",
            "kandidat",
            ("Amra Hodžić", "amra.hodzic@bosnalink.example.ba"),
            "Razgovor s kandidatom – četvrtak",
            "Zdravo Alex,\n\nu četvrtak 15. oktobra u 10:00 dolazi kandidat Emir Kovačević na razgovor za mjesto administratora mreže.\nPogledaj njegov životopis prije toga i pripremi tehnička pitanja; poslije razgovora mi javi svoju ocjenu kandidata.\n\nAmra",
        ),
        (
            "tr",
            "aday",
            ("Elif Yıldız", "elif.yildiz@bogazici-yazilim.example.tr"),
            "Perşembe 10:00 – aday görüşmesi",
            "Merhaba Alex,\n\nperşembe, 15 Ekim saat 10:00'da aday Can Demir yazılım geliştirici pozisyonu için ofise geliyor. Görüşmeyi birlikte yapacağız.\nLütfen adayın özgeçmişini önceden incele ve teknik soruları hazırla.\n\nElif",
        ),
        (
            "lv",
            "kandidats",
            ("Ilze Bērziņa", "ilze.berzina@daugavasoft.example.lv"),
            "Kandidāts ceturtdien plkst. 10",
            "Sveiks, Alex!\n\nceturtdien, 15. oktobrī, plkst. 10.00 uz interviju nāk kandidāte Laura Kalniņa (grāmatvedes amats). Interviju vadīsim abi.\nLūdzu, iepazīsties ar kandidātes CV un sagatavo jautājumus. Pēc intervijas aizpildi novērtējuma veidlapu.\n\nIlze",
        ),
        (
            "et",
            "kandidaat",
            ("Kadri Tamm", "kadri.tamm@peipsitech.example.ee"),
            "Kandidaat tuleb neljapäeval",
            "Tere Alex!\n\nneljapäeval, 15. oktoobril kell 10.00 tuleb vestlusele kandidaat Martin Saar (arendaja ametikoht). Viime vestluse läbi koos.\nPalun vaata enne kandidaadi CV üle ja valmista ette küsimused. Pärast vestlust täida hindamisvorm.\n\nKadri",
        ),
        (
            "ca",
            "candidata",
            ("Montse Puig", "montse.puig@mediterrania.example.cat"),
            "La candidata ve dijous a les 10",
            "Hola Alex,\n\ndijous 15 d'octubre a les 10:00 ve la candidata Núria Ferrer per a l'entrevista de tècnica de màrqueting. La farem tu i jo.\nSi us plau, revisa el seu CV abans i prepara algunes preguntes. Després omple el formulari d'avaluació.\n\nMontse",
        ),
        (
            "cs",
            "uchazec",
            ("Jan Dvořák", "jan.dvorak@vltavasoft.example.cz"),
            "Uchazečka přijde ve čtvrtek v 10",
            "Ahoj Alexi,\n\nve čtvrtek 15. 10. v 10:00 přijde na pohovor uchazečka Lucie Marková na pozici analytičky. Pohovor vedeme spolu.\nProsím projdi si předem její životopis a připrav otázky. Po pohovoru vyplň hodnoticí formulář.\n\nJan",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "A hiring manager's note: a candidate comes in; the reader interviews them.",
        )
    add(
        f,
        "tr",
        "control_mulakat",
        ("İnsan Kaynakları", "ik@bogazici-yazilim.example.tr"),
        "Mülakat daveti",
        "Merhaba Alex Bey,\n\nyazılım geliştirici pozisyonu için sizi 15 Ekim Perşembe günü saat 10:00'da ofisimizde mülakata davet ediyoruz.\nMülakatı Elif Yıldız ve Kerem Aksoy yapacaktır. Adres: Levent Mah. Çınar Sok. 3, İstanbul.\n\nSaygılarımızla,\nİnsan Kaynakları",
        "The reader's own interview naming the interviewers (control).",
        slot=THU10,
    )
    add(
        f,
        "ca",
        "control_entrevista",
        ("Recursos Humans", "rrhh@mediterrania.example.cat"),
        "Convocatòria d'entrevista",
        "Benvolgut Alex,\n\nens plau convocar-te a una entrevista per a la plaça de tècnic de màrqueting dijous 15 d'octubre a les 10:00 a la nostra oficina del carrer Aragó 200, Barcelona.\nT'entrevistaran la Montse Puig i en Jordi Vidal.\n\nSalutacions,\nRecursos Humans",
        "The reader's own interview naming the interviewers (control).",
        slot=THU10,
    )


# --- hmnoteas53 -----------------------------------------------------------------------------
def hmnoteas() -> None:
    f = "hmnoteas53"
    rows = [
        (
            "vi",
            "ungvien",
            ("Lê Văn Hùng", "hung.le@songhong.example.vn"),
            "Ứng viên đến lúc 10h thứ Năm",
            "Chào Alex,\n\nthứ Năm 15/10 lúc 10:00 ứng viên Đỗ Thị Lan sẽ đến văn phòng phỏng vấn vị trí kế toán. Anh và tôi cùng phỏng vấn.\nAnh xem trước CV của ứng viên và chuẩn bị vài câu hỏi giúp tôi nhé.\n\nHùng",
        ),
        (
            "tl",
            "kandidato",
            ("Maria Santos", "maria.santos@bayanihantech.example.ph"),
            "Darating ang kandidato sa Huwebes",
            "Hi Alex,\n\ndarating ang kandidatong si Mark Villanueva sa Huwebes, Oktubre 15, alas-10 ng umaga para sa interview (posisyon: IT support). Tayong dalawa ang mag-iinterview.\nPaki-review ang kanyang CV bago ang interview at maghanda ng mga tanong.\n\nMaria",
        ),
        (
            "bn",
            "prarthi",
            ("রাকিব আহমেদ", "rakib.ahmed@padmasoft.example.bd"),
            "প্রার্থী বৃহস্পতিবার সকাল ১০টায় আসছেন",
            "হাই Alex,\n\nবৃহস্পতিবার ১৫ অক্টোবর সকাল ১০টায় প্রার্থী নুসরাত জাহান হিসাবরক্ষক পদের সাক্ষাৎকারের জন্য আসছেন। আমরা দুজন সাক্ষাৎকার নেব।\nঅনুগ্রহ করে আগে প্রার্থীর সিভি দেখে কিছু প্রশ্ন তৈরি রাখুন।\n\nরাকিব",
        ),
        (
            "fa",
            "davtalab",
            ("مریم رضایی", "maryam.rezaei@zagros-soft.example.ir"),
            "داوطلب پنجشنبه ساعت ۱۰ می‌آید",
            "سلام Alex،\n\nپنجشنبه ۱۵ اکتبر ساعت ۱۰:۰۰ داوطلب علی کریمی برای مصاحبه سمت برنامه‌نویس به دفتر می‌آید. مصاحبه را با هم انجام می‌دهیم.\nلطفاً رزومه داوطلب را از قبل بخوان و چند سؤال فنی آماده کن.\n\nمریم",
        ),
        (
            "ur",
            "ummidwar",
            ("عائشہ ملک", "ayesha.malik@indusoft.example.pk"),
            "امیدوار جمعرات صبح 10 بجے آ رہے ہیں",
            "ہیلو Alex،\n\nجمعرات 15 اکتوبر صبح 10 بجے امیدوار بلال احمد سافٹ ویئر انجینئر کے عہدے کے انٹرویو کے لیے آ رہے ہیں۔ انٹرویو ہم دونوں لیں گے۔\nبراہ کرم امیدوار کا سی وی پہلے دیکھ لیں اور کچھ سوالات تیار رکھیں۔\n\nعائشہ",
        ),
        (
            "sw",
            "mwombaji",
            ("John Mwangi", "john.mwangi@mawingu.example.ke"),
            "Mwombaji anakuja Alhamisi",
            "Habari Alex,\n\nAlhamisi, 15 Oktoba, saa 10:00 asubuhi mwombaji Faith Achieng anakuja kwa usaili wa nafasi ya mhasibu. Tutamhoji pamoja.\nTafadhali pitia CV ya mwombaji kabla na uandae maswali machache.\n\nJohn",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "A hiring manager's note: a candidate comes in; the reader interviews them.",
        )
    add(
        f,
        "hi",
        "control_saakshatkar",
        ("एचआर टीम", "hr@gangatech.example.in"),
        "साक्षात्कार के लिए आमंत्रण",
        "प्रिय Alex Morgan,\n\nआपको सीनियर अकाउंटेंट पद के साक्षात्कार के लिए गुरुवार, 15 अक्टूबर 2026 को सुबह 10:00 बजे हमारे नोएडा कार्यालय में आमंत्रित किया जाता है।\nसाक्षात्कार पैनल: प्रिया शर्मा और अमित गुप्ता।\n\nसादर,\nएचआर टीम",
        "The reader's own interview naming the panel (control).",
        slot=THU10,
    )
    add(
        f,
        "ms",
        "control_temuduga",
        ("Sumber Manusia", "hr@selatmaju.example.my"),
        "Jemputan temu duga",
        "Salam Alex,\n\nanda dijemput menghadiri temu duga bagi jawatan eksekutif kewangan pada hari Khamis, 15 Oktober 2026, jam 10.00 pagi di pejabat kami, Jalan Ampang 20, Kuala Lumpur.\nAnda akan ditemu duga oleh Nurul Aisyah dan Encik Hakim.\n\nSekian, terima kasih.\nSumber Manusia",
        "The reader's own interview naming the interviewers (control).",
        slot=THU10,
    )


# --- covereu53 (held out) -----------------------------------------------------------------------
def covereu() -> None:
    f = "covereu53"
    rows = [
        (
            "pl",
            "zastepstwo",
            ("Tomasz Kamiński", "t.kaminski@lumenbud.example.pl"),
            "Zastępstwo na rozmowie we wtorek?",
            "Hej Alex,\n\nwe wtorek 13 października o 14:00 mam rozmowę z kandydatem Adamem Szymańskim, ale wypadł mi wyjazd. Czy możesz poprowadzić ją za mnie?\nCV i pytania są w folderze rekrutacji. Dzięki wielkie!\n\nTomek",
        ),
        (
            "ru",
            "vmesto",
            ("Сергей Попов", "s.popov@severlog.example.ru"),
            "Проведёшь собеседование вместо меня?",
            "Алекс, привет!\n\nво вторник, 13 октября, в 14:00 у меня собеседование с кандидаткой Еленой Морозовой, но я буду в командировке. Сможешь провести его вместо меня?\nРезюме и вопросы в общей папке.\n\nСпасибо!\nСергей",
        ),
        (
            "hr",
            "umjesto",
            ("Ana Marić", "ana.maric@jadranit.example.hr"),
            "Možeš li preuzeti razgovor u utorak?",
            "Bok Alex,\n\nu utorak 13. listopada u 14:00 imam razgovor s kandidatkinjom Petrom Babić, ali sam na godišnjem. Možeš li ga voditi umjesto mene?\nŽivotopis je u mapi zapošljavanja.\n\nHvala!\nAna",
        ),
        (
            "ro",
            "inlocuire",
            ("Mihai Stan", "mihai.stan@carpatic.example.ro"),
            "Poți prelua interviul de marți?",
            "Salut Alex,\n\nmarți, 13 octombrie, la 14:00 am interviu cu candidata Elena Dumitru, dar sunt plecat. Poți să-l ții tu în locul meu?\nCV-ul candidatei e în dosarul de recrutare.\n\nMersi,\nMihai",
        ),
        (
            "da",
            "overtage",
            ("Rasmus Nielsen", "rasmus.nielsen@fjordlog.example.dk"),
            "Kan du tage min samtale tirsdag?",
            "Hej Alex,\n\njeg har en samtale med kandidaten Sofie Larsen tirsdag den 13. oktober kl. 14.00, men jeg er syg. Kan du tage samtalen for mig?\nCV'et ligger i rekrutteringsmappen.\n\nTak!\nRasmus",
        ),
        (
            "sk",
            "namiesto",
            ("Martin Horváth", "martin.horvath@tatrasoft.example.sk"),
            "Zoberieš za mňa pohovor v utorok?",
            "Ahoj Alex,\n\nv utorok 13. 10. o 14:00 mám pohovor s uchádzačom Petrom Novákom, ale budem na školení. Mohol by si ho viesť namiesto mňa?\nŽivotopis je v zdieľanom priečinku.\n\nVďaka,\nMartin",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "A colleague asks the reader to take over an interview with a candidate.",
        )
    add(
        f,
        "hu",
        "control_interju",
        ("Dunavill HR", "hr@dunavill.example.hu"),
        "Meghívás állásinterjúra",
        "Kedves Alex!\n\nMeghívjuk állásinterjúra a projektvezetői pozícióra október 13-án, kedden 14:00-kor, a Váci út 20. alatti irodánkba.\nAz interjún Nagy Eszter és Tóth Gábor lesz jelen.\n\nÜdvözlettel,\nDunavill HR",
        "The reader's own interview naming the interviewers (control).",
        slot=TUE14,
    )
    add(
        f,
        "lt",
        "control_pokalbis",
        ("Baltija HR", "hr@baltijasoft.example.lt"),
        "Kvietimas į pokalbį",
        "Sveiki, Alex,\n\nkviečiame jus į darbo pokalbį pardavimų vadybininko pareigoms spalio 13 d., antradienį, 14:00 mūsų biure, Gedimino pr. 9, Vilnius.\nSu jumis kalbėsis Rūta Jankauskienė ir Darius Kazlauskas.\n\nPagarbiai,\nBaltija HR",
        "The reader's own interview naming the interviewers (control).",
        slot=TUE14,
    )


# --- coveras53 ------------------------------------------------------------------------------
def coveras() -> None:
    f = "coveras53"
    rows = [
        (
            "vi",
            "thay",
            ("Phạm Hoàng Nam", "nam.pham@songhong.example.vn"),
            "Nhờ anh phỏng vấn thay thứ Ba",
            "Chào Alex,\n\nthứ Ba 13/10 lúc 14:00 mình có lịch phỏng vấn ứng viên Vũ Thanh Hà nhưng lại phải đi công tác. Anh phỏng vấn ứng viên thay mình được không?\nCV và bộ câu hỏi mình để trong thư mục tuyển dụng.\n\nCảm ơn anh,\nNam",
        ),
        (
            "id",
            "menggantikan",
            ("Agus Pratama", "agus.pratama@nusantaradata.example.id"),
            "Bisa gantikan saya wawancara Selasa?",
            "Halo Alex,\n\nSelasa, 13 Oktober pukul 14.00 saya ada jadwal wawancara dengan kandidat Rina Wulandari, tapi saya harus ke Surabaya. Bisakah kamu mewawancarai kandidat itu menggantikan saya?\nCV-nya ada di folder rekrutmen.\n\nTerima kasih,\nAgus",
        ),
        (
            "ar",
            "badalan",
            ("عمر الحربي", "omar.alharbi@nakheel-soft.example.sa"),
            "هل يمكنك إجراء المقابلة بدلاً مني؟",
            "مرحباً Alex،\n\nلدي مقابلة مع المرشحة نورة السبيعي يوم الثلاثاء 13 أكتوبر الساعة 2:00 ظهراً، لكنني مسافر. هل يمكنك إجراء المقابلة معها بدلاً مني؟\nالسيرة الذاتية في مجلد التوظيف.\n\nشكراً جزيلاً،\nعمر",
        ),
        (
            "he",
            "bimkomi",
            ("אורי מזרחי", "ori.mizrahi@galilsys.example.il"),
            "תוכל לראיין במקומי ביום שלישי?",
            "היי Alex,\n\nביום שלישי, 13 באוקטובר, בשעה 14:00 יש לי ראיון עם המועמדת מיכל פרץ, אבל אני במילואים. תוכל לראיין אותה במקומי?\nקורות החיים בתיקיית הגיוס.\n\nתודה!\nאורי",
        ),
        (
            "th",
            "thaen",
            ("วิชัย ทองดี", "wichai@chaoprayatech.example.th"),
            "ช่วยสัมภาษณ์แทนวันอังคารได้ไหม",
            "สวัสดีครับ Alex\n\nวันอังคารที่ 13 ตุลาคม เวลา 14:00 น. ผมมีนัดสัมภาษณ์ผู้สมัคร คุณปิยะนุช แสงทอง แต่ต้องไปต่างจังหวัด คุณช่วยสัมภาษณ์ผู้สมัครแทนผมได้ไหมครับ\nเรซูเม่อยู่ในโฟลเดอร์สรรหา\n\nขอบคุณครับ\nวิชัย",
        ),
        (
            "hi",
            "jagah",
            ("अमित गुप्ता", "amit.gupta@gangatech.example.in"),
            "क्या आप मंगलवार का इंटरव्यू ले सकते हैं?",
            "हाय Alex,\n\nमंगलवार, 13 अक्टूबर को दोपहर 2:00 बजे मेरा उम्मीदवार नेहा सिंह के साथ इंटरव्यू है, लेकिन मुझे दिल्ली जाना है। क्या आप मेरी जगह इंटरव्यू ले सकते हैं?\nसीवी भर्ती फ़ोल्डर में है।\n\nधन्यवाद,\nअमित",
        ),
    ]
    for lang, name, sender, subject, body in rows:
        add(
            f,
            lang,
            name,
            sender,
            subject,
            body,
            "A colleague asks the reader to take an interview with a candidate in their place.",
        )
    add(
        f,
        "sw",
        "control_usaili",
        ("Rasilimali Watu", "hr@mawingu.example.ke"),
        "Mwaliko wa usaili",
        "Habari Alex,\n\ntunakualika kwenye usaili wa nafasi ya mhasibu Jumanne, 13 Oktoba 2026, saa 14:00 katika ofisi zetu, Barabara ya Moi 15, Nairobi.\nUtahojiwa na Grace Wanjiru na John Mwangi.\n\nAsante,\nRasilimali Watu",
        "The reader's own interview naming the interviewers (control).",
        slot=TUE14,
    )
    add(
        f,
        "he",
        "control_reayon",
        ("גיוס גליל", "jobs@galilsys.example.il"),
        "הזמנה לראיון עבודה",
        "שלום Alex,\n\nנשמח להזמין אותך לראיון עבודה למשרת מפתח בקאנד ביום שלישי, 13 באוקטובר, בשעה 14:00 במשרדינו ברחוב הרצל 10, חיפה.\nבראיון ישתתפו אורי מזרחי ונועה כהן.\n\nבברכה,\nצוות הגיוס",
        "The reader's own interview naming the interviewers (control).",
        slot=TUE14,
    )


BUILDERS = [joinpaneleu, joinpanelas, ivkiteu, ivkitas, hmnoteeu, hmnoteas, covereu, coveras]


FIRST_SIGHT_FIGURES = (
    "First sight (main at 85102d5d): dev interviewer mails claimed 26/44 (hmnoteas53 6/6, "
    "ivkiteu53 6/9, coveras53 5/6, joinpanelas53 5/8, joinpaneleu53 2/8, hmnoteeu53 2/7), "
    "controls 14/14 right; held out interviewer mails 7/12 claimed, controls 4/4 right."
)
AFTER_FIGURES = (
    "After (branch interviewer53): dev interviewer mails claimed 0/44, controls 14/14 right "
    "(14 sure); held out interviewer mails 0/12 claimed, controls 4/4 right."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the interviewer53 batch (`build_interviewer53.py`)",
        "",
        "Mail that makes the reader an interviewer (HR asks a colleague to sit on a panel, "
        "an applicant-tracking system reminds an interviewer of the evaluation form, a hiring "
        "manager's note about a candidate coming in, a colleague asks the reader to take over "
        "an interview) in the languages the interviewer-side cue lists lacked, beside "
        "controls: the reader's own interview in the same languages, often naming the panel "
        "or the interviewers the reader will meet. All text is ours, written by hand with no "
        "template. People, companies and addresses are made up. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('interviewer53 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: a job interview of the reader's own, with a fixed time, is an "
        "`invitation` at its start; an interview the reader runs, sits on the panel of, or "
        "takes over for a colleague is `not_invitation`.",
        "",
        FIRST_SIGHT_FIGURES,
        "",
    ]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_interviewer53.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
            lines.append(f"- **{name}** ({len(items)} messages, heldout; {ls})")
            continue
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-interviewer53.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
