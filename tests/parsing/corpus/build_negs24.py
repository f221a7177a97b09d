"""Write the "negs24" batch: Asian and Central/Eastern European look-alikes with a future time.

Run: .venv/bin/python tests/parsing/corpus/build_negs24.py

Mail a job seeker gets in ja, ko, zh-CN, zh-TW, vi, th, id, ms, ru, uk, pl, cs, ro, hu, tr, bg
and el that names a day and a clock time next to scheduling words and sets no interview for the
reader: company information sessions open to anyone (説明会, 설명회, 宣讲会), webinars and
seminars, medical, bank and government bookings, test-centre and exam bookings (SPI, JLPT,
TOEIC, HSK, IELTS), the current employer's 1on1s and appraisal talks, newsletters listing job
fairs, online-test deadlines, open days; held out: parcel delivery windows, event tickets,
parents' meetings and "please pick a slot" links with nothing booked. About one message in four
is a control from the same kind of sender in the same shape that does set the reader's
interview.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Helpers follow build_negs23.py (mail helpers of build_parse-pos.py, loaded).
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
    "setsumei24": "dev",
    "webinar24": "dev",
    "medappt24": "dev",
    "govbank24": "dev",
    "testcentre24": "dev",
    "curemp24": "dev",
    "jobfair24": "dev",
    "onlinetest24": "dev",
    "seminar24": "dev",
    "openday24": "dev",
    "parcel24": "heldout",
    "tickets24": "heldout",
    "school24": "heldout",
    "bookslot24": "heldout",
}

SOURCES = {
    "setsumei24": "Company information sessions open to any student or applicant (会社説明会, "
    "채용설명회, 宣讲会, 說明會; ja, ko, zh-CN, zh-TW); controls: the same employers setting the "
    "reader's own interview (ja, ko).",
    "webinar24": "Webinar and online-seminar reminders from employers, job boards and "
    "vendors (ru, uk, pl, cs, vi); control: the same Russian employer setting an interview.",
    "medappt24": "Clinic, dentist, hospital and health-check bookings (th, id, ms, ro, hu, "
    "bg); control: a Hungarian hospital's HR inviting the reader to a job interview.",
    "govbank24": "Bank branch and government office appointments (zh-TW, ko, uk, ru, el, "
    "tr); control: a Greek bank's HR setting an interview.",
    "testcentre24": "Test-centre and exam bookings: JLPT, TOEIC, SPI at a test centre, HSK, "
    "IELTS (ja, ko, zh-CN, vi); control: the Japanese employer's interview after the SPI.",
    "curemp24": "The reader's current employer: a 1on1 and an appraisal talk with the own "
    "manager, a performance talk, an attestation, an annual review (ja, ko, zh-CN, ru, pl, cs); "
    "control: an internal-transfer interview (ja).",
    "jobfair24": "Recruiter and job-board newsletters listing job fairs and career carnivals "
    "with dates and times (ja, ko, id, ms, tr, ru); control: the Turkish agency confirming a "
    "client interview.",
    "onlinetest24": "Online-test and aptitude-test deadlines ('take the test by ...') with no "
    "interview set (ja, zh-CN, ko, pl, hu, tr); control: the Chinese employer's interview "
    "after the test.",
    "seminar24": "Career seminars and workshops at universities and associations (th, ms, id, "
    "el, bg, hu); controls: Thai and Indonesian employers setting interviews.",
    "openday24": "Open days, office tours and internship kick-offs open to many (ja, ko, ro, "
    "pl, vi, uk); control: the Romanian employer's interview.",
    "parcel24": "Parcel and courier delivery windows, a new employer's welcome pack (ja, "
    "zh-CN, ru, pl, tr, el); control: a courier company's HR setting an interview (pl).",
    "tickets24": "Event ticket and reservation confirmations: concerts, a conference pass, a "
    "theatre, a train (ko, th, id, cs, el, ro).",
    "school24": "School and kindergarten parents' meetings and teacher consultations (ja, "
    "zh-TW, vi, uk, ro, bg); control: a school's interview for a teaching post (uk).",
    "bookslot24": "'Please pick a slot' scheduling mail with a link and no booked time (ja, "
    "ko, zh-TW, ru, cs, vi); controls: the booked slot confirmed (ja, ru).",
}

LON = "Europe/London"
TYO, SEO, SHA, TPE, SGN, BKK, JKT, KUL = (
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Taipei",
    "Asia/Ho_Chi_Minh",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Kuala_Lumpur",
)
MSK, KYV, WAW, PRG, BUC, BUD, IST, SOF, ATH = (
    "Europe/Moscow",
    "Europe/Kyiv",
    "Europe/Warsaw",
    "Europe/Prague",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Istanbul",
    "Europe/Sofia",
    "Europe/Athens",
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
        f"negs24/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
        reply_to_key=f"negs24/{family}/{name}/parent" if reply else "",
    )
    raw = _headers(raw, headers)
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


# FAMILIES
def setsumei24() -> Iterator[Case]:
    f = "setsumei24"
    yield neg(
        f,
        "kaisha_setsumeikai",
        "ja",
        ("新卒採用チーム", "saiyo@hoshizora-denki.example"),
        "【星空電機】オンライン会社説明会のご案内（10月14日）",
        sent_on(10, 4, 11, TYO),
        "Japanese online company information session for 2029 graduates, 10月14日（木）"
        "18:00〜19:30, open to anyone who registers.",
        "学生の皆様\n\n星空電機 新卒採用チームです。2029年卒業予定の方を対象に、"
        "オンライン会社説明会を開催します。\n\n日時：10月14日（木）18:00〜19:30\n"
        "形式：Zoomウェビナー（お申し込みの方にURLをお送りします）\n内容：事業紹介、"
        "社員座談会、質疑応答\n\n服装自由・途中退出可です。選考とは関係ありません。\n\n"
        "星空電機株式会社 人事部 新卒採用チーム",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "chaeyong_seolmyeonghoe",
        "ko",
        ("한빛소프트웨어 인사팀", "recruit@hanbit-sw.example"),
        "[한빛소프트웨어] 2027 하반기 채용설명회 안내",
        sent_on(10, 5, 10, SEO),
        "Korean recruitment information session on campus, 10월 13일(수) 오후 3시-5시, open "
        "to all students.",
        "안녕하세요, 한빛소프트웨어 인사팀입니다.\n\n2027년 하반기 신입 공채를 앞두고 "
        "채용설명회를 개최합니다.\n\n일시: 10월 13일(수) 오후 3시~5시\n장소: 서울대학교 "
        "학생회관 2층 대강당\n\n사전 신청 없이 누구나 참석할 수 있습니다. 현직자 Q&A도 "
        "준비되어 있습니다.\n\n한빛소프트웨어 인사팀 드림",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "xuanjianghui",
        "zh-CN",
        ("云帆科技校园招聘", "campus@yunfan-tech.example"),
        "云帆科技2028届校园宣讲会 | 10月19日 复旦站",
        sent_on(10, 6, 9, SHA),
        "Chinese campus recruitment talk (宣讲会) 10月19日（周二）14:00-16:00, open to all "
        "students; resume collection on site.",
        "各位同学好：\n\n云帆科技2028届校园招聘宣讲会即将走进复旦大学！\n\n时间：10月19日"
        "（周二）14:00-16:00\n地点：复旦大学光华楼东辅楼102\n\n现场可投递简历，欢迎各专业"
        "同学参加。宣讲会结束后开放网申。\n\n云帆科技 校园招聘组",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "shuomenghui",
        "zh-TW",
        ("晨曦半導體 人才招募", "hr@chenxi-semi.example"),
        "晨曦半導體 企業說明會邀請（10/21）",
        sent_on(10, 7, 14, TPE),
        "Taiwanese company information session 10月21日（週四）19:00-20:30 online, open to "
        "registered participants.",
        "您好：\n\n晨曦半導體將舉辦線上企業說明會，介紹研發替代役與新鮮人職缺。\n\n"
        "時間：10月21日（週四）19:00－20:30\n方式：Teams 線上直播（報名後寄送連結）\n\n"
        "說明會不影響後續甄選，歡迎踴躍報名。\n\n晨曦半導體 人才招募組 敬上",
        days=((10, 21, "Thu"),),
    )
    sent = sent_on(10, 8, 10, TYO)
    yield ctl(
        f,
        "ichiji_mensetsu",
        "ja",
        ("新卒採用チーム", "saiyo@hoshizora-denki.example"),
        "【星空電機】一次面接日程のご連絡",
        sent,
        "Control: after the information session the same employer sets the reader's first "
        "interview, 10月20日（水）14:00〜14:45, online.",
        "Alex Morgan 様\n\n先日は会社説明会にご参加いただきありがとうございました。"
        "書類選考の結果、一次面接にお進みいただくことになりました。\n\n日時：10月20日（水）"
        "14:00〜14:45\n形式：Zoom（URLは前日にお送りします）\n面接官：人事部 2名\n\n"
        "ご都合が悪い場合はご連絡ください。\n\n星空電機株式会社 人事部 新卒採用チーム",
        when(10, 20, "Wed", 14, 0, TYO),
        45,
    )
    sent = sent_on(10, 8, 16, SEO)
    yield ctl(
        f,
        "myeonjeop_annae",
        "ko",
        ("한빛소프트웨어 인사팀", "recruit@hanbit-sw.example"),
        "[한빛소프트웨어] 1차 면접 일정 안내",
        sent,
        "Control: the same Korean employer sets the reader's first interview, 10월 15일(금) "
        "오전 10시-11시.",
        "Alex Morgan 님, 안녕하세요.\n\n서류 전형에 합격하신 것을 축하드립니다. 1차 면접 "
        "일정을 아래와 같이 안내드립니다.\n\n일시: 10월 15일(금) 오전 10:00~11:00\n장소: "
        "한빛소프트웨어 판교 본사 8층 면접실\n\n신분증을 지참해 주세요.\n\n한빛소프트웨어 "
        "인사팀 드림",
        when(10, 15, "Fri", 10, 0, SEO),
        60,
    )


def webinar24() -> Iterator[Case]:
    f = "webinar24"
    yield neg(
        f,
        "vebinar_karera",
        "ru",
        ("Команда подбора", "hr@severnyi-potok.example"),
        "Напоминание: вебинар «Карьера в IT» в четверг",
        sent_on(10, 11, 10, MSK),
        "Russian career webinar reminder: четверг 14 октября 19:00 МСК, open to all registrants.",
        "Здравствуйте, Алекс!\n\nНапоминаем, что вы зарегистрировались на вебинар «Карьера "
        "в IT: как пройти первый год». Вебинар состоится в четверг, 14 октября, в 19:00 по "
        "московскому времени.\n\nСсылка на трансляцию придёт за час до начала. Запись будет "
        "доступна всем участникам.\n\nКоманда подбора «Северный поток»",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "vebinar_rezume",
        "uk",
        ("Робота Плюс", "events@robota-plus.example"),
        "Вебінар: як скласти резюме — вівторок, 19 жовтня",
        sent_on(10, 12, 9, KYV),
        "Ukrainian job board's CV webinar, вівторок 19 жовтня о 18:30, free registration.",
        "Вітаємо!\n\nЗапрошуємо на безкоштовний вебінар «Резюме, яке читають». Початок у "
        "вівторок, 19 жовтня, о 18:30 (за київським часом), тривалість — 1 година.\n\n"
        "Зареєструватися можна за посиланням нижче. Запис надішлемо всім зареєстрованим.\n\n"
        "Команда Робота Плюс",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "webinar_wynagrodzenia",
        "pl",
        ("Zespół Rekrutacji", "kariera@wislany-bank.example"),
        "Przypomnienie: webinar o raporcie płacowym w środę",
        sent_on(10, 11, 12, WAW),
        "Polish salary-report webinar, środa 13 października o 17:00, for all subscribers.",
        "Dzień dobry,\n\nprzypominamy o webinarze „Raport płacowy 2027” w środę, 13 "
        "października, o godz. 17:00. Link do transmisji znajdziesz w panelu uczestnika.\n\n"
        "Do zobaczenia!\nZespół Rekrutacji, Wiślany Bank",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "webinar_nastroje",
        "cs",
        ("Akademie Vltava", "akademie@vltava-data.example"),
        "Webinář: Úvod do datové analýzy – pátek 15. října",
        sent_on(10, 8, 15, PRG),
        "Czech vendor webinar on data analysis, pátek 15. října od 10:00 do 11:30.",
        "Dobrý den,\n\nděkujeme za registraci na webinář „Úvod do datové analýzy“. Koná se "
        "v pátek 15. října od 10:00 do 11:30. Přihlašovací odkaz vám pošleme den předem.\n\n"
        "S pozdravem\nAkademie Vltava",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "hoithao_truc_tuyen",
        "vi",
        ("Đội ngũ Tuyển dụng", "tuyendung@sao-mai-group.example"),
        "Nhắc lịch: Hội thảo trực tuyến Thứ Bảy 16/10",
        sent_on(10, 11, 9, SGN),
        "Vietnamese online seminar on careers in logistics, Thứ Bảy 16/10 lúc 9:00, open to "
        "registrants.",
        'Chào bạn,\n\nCảm ơn bạn đã đăng ký hội thảo trực tuyến "Nghề logistics 2028". '
        "Hội thảo diễn ra vào Thứ Bảy, ngày 16/10/2027, lúc 9:00 sáng (giờ Việt Nam) trên "
        "Zoom.\n\nĐường link tham gia sẽ được gửi trước 1 giờ.\n\nĐội ngũ Tuyển dụng Sao Mai",
        days=((10, 16, "Sat"),),
    )
    sent = sent_on(10, 12, 11, MSK)
    yield ctl(
        f,
        "sobesedovanie",
        "ru",
        ("Команда подбора", "hr@severnyi-potok.example"),
        "Приглашение на собеседование — «Северный поток»",
        sent,
        "Control: the same Russian employer invites the reader to an interview, пятница 15 "
        "октября 11:00-12:00.",
        "Здравствуйте, Алекс!\n\nБлагодарим за отклик на вакансию аналитика данных. "
        "Приглашаем вас на собеседование в пятницу, 15 октября, с 11:00 до 12:00 по "
        "видеосвязи (Яндекс Телемост, ссылку пришлём накануне).\n\nПодтвердите, пожалуйста, "
        "участие ответным письмом.\n\nКоманда подбора «Северный поток»",
        when(10, 15, "Fri", 11, 0, MSK),
        60,
    )


def medappt24() -> Iterator[Case]:
    f = "medappt24"
    yield neg(
        f,
        "nat_mo_fan",
        "th",
        ("คลินิกทันตกรรมยิ้มสวย", "booking@yimsuay-dental.example"),
        "ยืนยันการนัดหมายทันตกรรม",
        sent_on(10, 5, 10, BKK),
        "Thai dental appointment confirmation, วันพุธที่ 13 ตุลาคม 2570 เวลา 14.00 น.",
        "เรียน คุณ Alex Morgan\n\nคลินิกขอยืนยันการนัดหมายของท่าน\n\nวันที่: วันพุธที่ 13 "
        "ตุลาคม 2570\nเวลา: 14.00 น.\nทันตแพทย์: ทพญ. สุภาวดี\n\nกรุณามาก่อนเวลานัด 15 นาที "
        "หากต้องการเลื่อนนัดโปรดโทรแจ้งล่วงหน้า\n\nคลินิกทันตกรรมยิ้มสวย",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "janji_temu_dokter",
        "id",
        ("RS Harapan Sehat", "janji@rs-harapansehat.example"),
        "Konfirmasi janji temu dokter",
        sent_on(10, 6, 8, JKT),
        "Indonesian hospital appointment with a doctor, Senin 11 Oktober pukul 09.30 WIB.",
        "Yth. Bapak/Ibu Alex Morgan,\n\nJanji temu Anda telah terkonfirmasi.\n\nHari/Tanggal: "
        "Senin, 11 Oktober 2027\nPukul: 09.30 WIB\nDokter: dr. Rina Wulandari, Sp.PD\n"
        "Poli: Penyakit Dalam\n\nMohon datang 30 menit sebelumnya untuk pendaftaran.\n\n"
        "RS Harapan Sehat",
        days=((10, 11, "Mon"),),
    )
    yield neg(
        f,
        "temujanji_klinik",
        "ms",
        ("Klinik Kesihatan Damai", "temujanji@klinik-damai.example"),
        "Peringatan temu janji: Khamis 14 Oktober",
        sent_on(10, 8, 9, KUL),
        "Malay clinic appointment reminder, Khamis 14 Oktober jam 10.15 pagi.",
        "Salam sejahtera Alex,\n\nIni adalah peringatan untuk temu janji anda di Klinik "
        "Kesihatan Damai pada hari Khamis, 14 Oktober 2027, jam 10.15 pagi.\n\nSila bawa kad "
        "pengenalan. Untuk menukar tarikh, balas emel ini.\n\nKlinik Kesihatan Damai",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "programare_medic",
        "ro",
        ("Clinica MedSan", "programari@medsan.example"),
        "Confirmare programare - marți, 19 octombrie",
        sent_on(10, 7, 12, BUC),
        "Romanian clinic consultation booked marți 19 octombrie ora 16:40.",
        "Bună ziua,\n\nVă confirmăm programarea la consultația de cardiologie: marți, 19 "
        "octombrie 2027, ora 16:40, la Clinica MedSan, Bd. Unirii 22.\n\nVă rugăm să veniți "
        "cu 10 minute mai devreme.\n\nClinica MedSan",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "szuresi_idopont",
        "hu",
        ("Egészségközpont", "idopont@duna-egeszseg.example"),
        "Időpont-visszaigazolás: munkahelyi szűrővizsgálat",
        sent_on(10, 6, 10, BUD),
        "Hungarian health-check appointment, csütörtök október 21. 8:00.",
        "Kedves Alex Morgan!\n\nVisszaigazoljuk szűrővizsgálati időpontját: 2027. október 21., "
        "csütörtök, 8:00. Helyszín: Duna Egészségközpont, Váci út 12.\n\nKérjük, éhgyomorra "
        "érkezzen.\n\nÜdvözlettel:\nDuna Egészségközpont",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "chas_pri_lekar",
        "bg",
        ("Медицински център Витоша", "zapisvane@mc-vitosha.example"),
        "Потвърждение на час при лекар",
        sent_on(10, 7, 11, SOF),
        "Bulgarian doctor's appointment, петък 15 октомври от 11:20.",
        "Здравейте,\n\nПотвърждаваме вашия час при д-р Петрова (очен кабинет) в петък, 15 "
        "октомври, от 11:20 ч.\n\nМоля, носете лична карта и направление.\n\n"
        "Медицински център Витоша",
        days=((10, 15, "Fri"),),
    )
    sent = sent_on(10, 8, 13, BUD)
    yield ctl(
        f,
        "allasinterju_korhaz",
        "hu",
        ("Humánerőforrás", "hr@duna-egeszseg.example"),
        "Meghívó állásinterjúra – Duna Egészségközpont",
        sent,
        "Control: the same health centre's HR invites the reader to a job interview, kedd "
        "október 19. 10:00-11:00.",
        "Kedves Alex Morgan!\n\nKöszönjük jelentkezését az adminisztrátor pozícióra. "
        "Szeretnénk meghívni egy személyes állásinterjúra 2027. október 19-én, kedden "
        "10:00 és 11:00 között, a Váci út 12. alatti irodánkba.\n\nKérjük, jelezze vissza "
        "részvételét.\n\nÜdvözlettel:\nHumánerőforrás, Duna Egészségközpont",
        when(10, 19, "Tue", 10, 0, BUD),
        60,
    )


def govbank24() -> Iterator[Case]:
    f = "govbank24"
    yield neg(
        f,
        "linggui_yuyue",
        "zh-TW",
        ("青松銀行 預約服務", "booking@qingsong-bank.example"),
        "臨櫃預約成功通知",
        sent_on(10, 5, 9, TPE),
        "Taiwanese bank branch visit booked 10月12日（週二）10:30 to open an account.",
        "親愛的客戶您好：\n\n您已成功預約臨櫃服務。\n\n日期：10月12日（週二）\n時間：10:30\n"
        "分行：信義分行\n業務：開立薪轉帳戶\n\n請攜帶身分證及第二證件準時到場。\n\n青松銀行",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "eunhaeng_sangdam",
        "ko",
        ("누리은행", "noreply@nuri-bank.example"),
        "[누리은행] 상담 예약 확인",
        sent_on(10, 6, 10, SEO),
        "Korean bank consultation on a housing loan, 10월 14일(목) 오후 2시.",
        "Alex Morgan 고객님, 상담 예약이 확정되었습니다.\n\n일시: 10월 14일(목) 오후 2:00\n"
        "지점: 강남역 지점\n상담 내용: 전세자금대출\n\n방문 시 신분증과 재직증명서를 "
        "지참해 주세요.\n\n누리은행",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "tsnap_zapys",
        "uk",
        ("ЦНАП Дарницький", "cnap@darnytsia.example"),
        "Підтвердження запису до ЦНАП",
        sent_on(10, 7, 9, KYV),
        "Ukrainian administrative services centre booking, середа 20 жовтня о 9:15.",
        "Шановний заявнику!\n\nВи записані на прийом до ЦНАП для оформлення паспорта. "
        "Дата та час: середа, 20 жовтня 2027 р., 9:15. Вікно №4.\n\nПри собі мати "
        "оригінали документів.\n\nЦНАП Дарницького району",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "mfc_zapis",
        "ru",
        ("МФЦ", "info@mfc-center.example"),
        "Вы записаны в МФЦ",
        sent_on(10, 8, 12, MSK),
        "Russian multifunctional public services centre booking, вторник 12 октября в 14:40.",
        "Уважаемый заявитель!\n\nВы записаны на приём в МФЦ «Тверской» во вторник, 12 "
        "октября, в 14:40. Услуга: регистрация по месту пребывания.\n\nТалон электронной "
        "очереди нужно получить в терминале за 10 минут до приёма.\n\nМФЦ",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "rantevou_kep",
        "el",
        ("ΚΕΠ Αμπελοκήπων", "kep@ampelokipoi.example"),
        "Επιβεβαίωση ραντεβού ΚΕΠ",
        sent_on(10, 6, 11, ATH),
        "Greek citizen service centre appointment, Πέμπτη 14 Οκτωβρίου στις 12:30.",
        "Αγαπητέ/ή πολίτη,\n\nΤο ραντεβού σας στο ΚΕΠ Αμπελοκήπων επιβεβαιώθηκε για την "
        "Πέμπτη 14 Οκτωβρίου 2027, ώρα 12:30, για έκδοση πιστοποιητικού.\n\nΠαρακαλούμε "
        "να έχετε μαζί την ταυτότητά σας.\n\nΚΕΠ Αμπελοκήπων",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "nufus_randevu",
        "tr",
        ("Nüfus Müdürlüğü", "randevu@nvi-kadikoy.example"),
        "Randevu Bilgilendirme",
        sent_on(10, 5, 10, IST),
        "Turkish civil registry appointment for an ID card, Cuma 15 Ekim saat 11:00.",
        "Sayın Alex Morgan,\n\nKimlik kartı başvurunuz için randevunuz oluşturulmuştur: "
        "15 Ekim 2027 Cuma, saat 11:00, Kadıköy İlçe Nüfus Müdürlüğü.\n\nRandevu saatinden "
        "10 dakika önce hazır bulununuz.\n\nNüfus ve Vatandaşlık İşleri",
        days=((10, 15, "Fri"),),
    )
    sent = sent_on(10, 7, 15, ATH)
    yield ctl(
        f,
        "synenteuxi_trapeza",
        "el",
        ("Ανθρώπινο Δυναμικό", "hr@aigaio-bank.example"),
        "Πρόσκληση σε συνέντευξη – Τράπεζα Αιγαίου",
        sent,
        "Control: a Greek bank's HR invites the reader to an interview, Τρίτη 19 Οκτωβρίου "
        "10:00-11:00.",
        "Αγαπητέ κύριε Morgan,\n\nΣας ευχαριστούμε για την αίτησή σας για τη θέση "
        "Αναλυτή Κινδύνου. Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Τρίτη 19 "
        "Οκτωβρίου, 10:00-11:00, στα γραφεία μας, Πανεπιστημίου 40, Αθήνα.\n\nΠαρακαλούμε "
        "επιβεβαιώστε τη συμμετοχή σας.\n\nΤμήμα Ανθρώπινου Δυναμικού\nΤράπεζα Αιγαίου",
        when(10, 19, "Tue", 10, 0, ATH),
        60,
    )


def testcentre24() -> Iterator[Case]:
    f = "testcentre24"
    yield neg(
        f,
        "spi_test_center",
        "ja",
        ("テストセンター予約", "noreply@testcenter-yoyaku.example"),
        "【予約完了】SPI3 テストセンター受検予約",
        sent_on(10, 4, 20, TYO),
        "Japanese SPI aptitude test booked at a test centre, 10月9日（土）13:00〜, an "
        "aptitude test, not an interview.",
        "Alex Morgan 様\n\nテストセンターの受検予約が完了しました。\n\n受検日時：10月9日（土）"
        "13:00〜\n会場：東京 新宿会場\n受検内容：SPI3（能力・性格）\n\n受検票を印刷し、"
        "写真付き身分証明書をご持参ください。\n\nテストセンター予約事務局",
        days=((10, 9, "Sat"),),
    )
    yield neg(
        f,
        "jlpt_juken",
        "ja",
        ("日本語能力試験 受付センター", "jlpt@jlpt-uketsuke.example"),
        "日本語能力試験 受験票のご案内",
        sent_on(11, 1, 10, TYO),
        "Japanese JLPT admission notice: 12月5日（日）受付 12:30, 試験開始 13:30.",
        "受験者各位\n\n12月に実施する日本語能力試験の受験票を発送しました。\n\n試験日："
        "12月5日（日）\n受付開始：12:30\n試験開始：13:30\n会場：東洋大学 白山キャンパス\n\n"
        "遅刻すると受験できません。\n\n日本語能力試験 受付センター",
        days=((12, 5, "Sun"),),
    )
    yield neg(
        f,
        "toeic_suheompyo",
        "ko",
        ("TOEIC 위원회", "noreply@toeic-korea.example"),
        "[TOEIC] 정기시험 수험표 출력 안내",
        sent_on(10, 18, 9, SEO),
        "Korean TOEIC test: 10월 24일(일) 입실 09:20, test 09:50.",
        "Alex Morgan 님\n\n10월 24일(일) TOEIC 정기시험 수험표를 출력하실 수 있습니다.\n\n"
        "입실 시간: 오전 9시 20분\n시험 시작: 오전 9시 50분\n고사장: 서울 OO중학교\n\n"
        "신분증 미지참 시 응시할 수 없습니다.\n\nTOEIC 위원회",
        days=((10, 24, "Sun"),),
    )
    yield neg(
        f,
        "hsk_kaoshi",
        "zh-CN",
        ("汉语考试服务网", "noreply@hsk-kaowu.example"),
        "HSK考试准考证打印通知",
        sent_on(10, 8, 10, SHA),
        "Chinese HSK exam admission: 10月17日（周日）9:00 开考, 8:30 入场.",
        "考生您好：\n\n您报名的HSK五级考试将于10月17日（周日）上午9:00开考，请于8:30前入场。"
        "\n考点：北京语言大学考点\n\n请登录网站打印准考证。\n\n汉语考试服务网",
        days=((10, 17, "Sun"),),
    )
    yield neg(
        f,
        "ielts_lich_thi",
        "vi",
        ("Trung tâm khảo thí", "ielts@khaothi-saigon.example"),
        "Xác nhận lịch thi IELTS",
        sent_on(10, 5, 9, SGN),
        "Vietnamese IELTS test booking, Thứ Bảy 23/10 lúc 8:00; speaking on Friday 22/10 at 14:20.",
        "Chào Alex,\n\nBạn đã đăng ký thành công kỳ thi IELTS trên máy tính.\n\nThi Nghe, "
        "Đọc, Viết: Thứ Bảy, 23/10/2027, 8:00 sáng\nThi Nói: Thứ Sáu, 22/10/2027, 14:20\n"
        "Địa điểm: 12 Nguyễn Du, Quận 1\n\nVui lòng mang hộ chiếu.\n\nTrung tâm khảo thí",
        days=((10, 23, "Sat"), (10, 22, "Fri")),
    )
    sent = sent_on(10, 12, 10, TYO)
    yield ctl(
        f,
        "spi_go_mensetsu",
        "ja",
        ("採用担当 佐藤", "sato@kirameki-shoji.example"),
        "二次面接のご案内",
        sent,
        "Control: after the SPI, the Japanese employer sets the reader's second interview "
        "10月18日（月）15:00〜16:00.",
        "Alex Morgan 様\n\nきらめき商事 採用担当の佐藤です。適性検査の受検ありがとうございました。"
        "二次面接を以下の日程で実施いたします。\n\n日時：10月18日（月）15:00〜16:00\n"
        "場所：本社 12階 面接室\n\nどうぞよろしくお願いいたします。\n\nきらめき商事 人事部 佐藤",
        when(10, 18, "Mon", 15, 0, TYO),
        60,
    )


def curemp24() -> Iterator[Case]:
    f = "curemp24"
    yield neg(
        f,
        "1on1_henkou",
        "ja",
        ("田中 課長", "tanaka@midori-system.example"),
        "来週の1on1の時間変更",
        sent_on(10, 7, 17, TYO),
        "The reader's own manager moves their Japanese 1on1 to 10月13日（水）16:00〜16:30.",
        "Alexさん\n\nお疲れ様です。来週の1on1ですが、私の出張のため10月13日（水）"
        "16:00〜16:30に変更させてください。場所はいつもの小会議室です。\n\n田中",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "hyoka_mendan",
        "ja",
        ("人事部", "jinji@midori-system.example"),
        "【人事】下期 評価面談の実施について",
        sent_on(10, 4, 10, TYO),
        "Japanese half-year appraisal talk with the reader's manager (評価面談), "
        "10月15日（金）11:00〜11:30.",
        "社員各位\n\n上期の評価面談を実施します。Alex Morganさんの面談は10月15日（金）"
        "11:00〜11:30、上長の田中課長と行います。\n\n事前に自己評価シートを提出してください。"
        "\n\n人事部",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "seonggwa_myeondam",
        "ko",
        ("김지훈 팀장", "jh.kim@baram-corp.example"),
        "하반기 성과 면담 일정",
        sent_on(10, 5, 15, SEO),
        "Korean performance review talk (성과 면담) with the reader's own team lead, 10월 "
        "12일(화) 오후 4시.",
        "Alex 님,\n\n하반기 성과 면담을 10월 12일(화) 오후 4시에 진행하려고 합니다. "
        "3층 소회의실에서 뵙겠습니다. 자기평가서는 전날까지 올려 주세요.\n\n김지훈 드림",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "jixiao_miantan",
        "zh-CN",
        ("王经理", "wang.li@xinghe-data.example"),
        "三季度绩效面谈安排",
        sent_on(10, 8, 11, SHA),
        "Chinese quarterly performance talk (绩效面谈) with the reader's manager, 10月14日"
        "（周四）15:00.",
        "Alex你好：\n\n三季度绩效面谈安排在10月14日（周四）下午15:00，地点在5楼小会议室，"
        "大约半小时。请提前准备好季度工作总结。\n\n王丽",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "attestatsiya",
        "ru",
        ("Отдел персонала", "hr@uralmash-soft.example"),
        "Аттестация сотрудников: ваш слот",
        sent_on(10, 6, 10, MSK),
        "Russian staff attestation with the current employer, среда 20 октября в 10:00.",
        "Коллеги, добрый день!\n\nЕжегодная аттестация сотрудников пройдёт с 18 по 22 "
        "октября. Алекс, ваша беседа с руководителем назначена на среду, 20 октября, в "
        "10:00, переговорная «Урал».\n\nОтдел персонала",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "ocena_roczna",
        "pl",
        ("Kadry", "kadry@mazowia-logistyka.example"),
        "Rozmowa oceniająca – termin",
        sent_on(10, 5, 9, WAW),
        "Polish annual review talk (rozmowa oceniająca) with the current manager, czwartek "
        "21 października o 13:00.",
        "Cześć Alex,\n\nTwoja roczna rozmowa oceniająca z przełożonym odbędzie się w "
        "czwartek, 21 października, o 13:00 w sali Wisła. Prosimy o wypełnienie "
        "samooceny do poniedziałku.\n\nDział Kadr",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "hodnotici_pohovor",
        "cs",
        ("Jana Nováková", "novakova@brno-tech.example"),
        "Hodnotící pohovor",
        sent_on(10, 7, 14, PRG),
        "Czech appraisal talk (hodnotící pohovor) with the current manager, úterý 19. října "
        "v 9:00.",
        "Ahoj Alexi,\n\nnavrhuji náš roční hodnotící pohovor na úterý 19. října v 9:00 "
        "v zasedačce 2. Vezmi si prosím vyplněný formulář.\n\nJana",
        days=((10, 19, "Tue"),),
    )
    sent = sent_on(10, 8, 10, TYO)
    yield ctl(
        f,
        "shanai_koubo_mensetsu",
        "ja",
        ("人事部", "jinji@midori-system.example"),
        "社内公募 面接日程のお知らせ",
        sent,
        "Control: the same employer's HR sets an interview for an internal job posting "
        "(社内公募), 10月22日（金）10:00〜10:45.",
        "Alex Morganさん\n\n社内公募（データ分析チーム）へのご応募ありがとうございます。"
        "面接を以下のとおり実施します。\n\n日時：10月22日（金）10:00〜10:45\n場所：本社 "
        "7階 会議室B\n面接官：データ分析部 部長\n\n人事部",
        when(10, 22, "Fri", 10, 0, TYO),
        45,
    )


def jobfair24() -> Iterator[Case]:
    f = "jobfair24"
    yield neg(
        f,
        "goudou_setsumeikai",
        "ja",
        ("キャリアナビ編集部", "news@career-navi.example"),
        "【今週の注目イベント】合同企業説明会・就職フェア",
        sent_on(10, 4, 8, TYO),
        "Japanese job-board newsletter listing joint company fairs: 10月16日（土）11:00〜17:00 "
        "and 10月23日（土）.",
        "キャリアナビ会員の皆様\n\n今週の注目イベントをお届けします。\n\n"
        "■ 合同企業説明会 in 東京ビッグサイト\n10月16日（土）11:00〜17:00　出展120社\n\n"
        "■ IT業界 就職フェア（オンライン）\n10月23日（土）13:00〜16:00\n\n"
        "参加予約はマイページから。\n\nキャリアナビ編集部",
        days=((10, 16, "Sat"), (10, 23, "Sat")),
    )
    yield neg(
        f,
        "chaeyong_bangnamhoe",
        "ko",
        ("잡플러스 뉴스레터", "letter@jobplus.example"),
        "[잡플러스] 이번 주 채용박람회 일정",
        sent_on(10, 5, 8, SEO),
        "Korean recruiting newsletter listing job fairs, 10월 14일(목) 10:00-17:00 at COEX.",
        "안녕하세요, 잡플러스입니다.\n\n이번 주 채용박람회 일정을 알려드립니다.\n\n"
        "• 2027 청년 일자리 박람회: 10월 14일(목) 10:00~17:00, 코엑스 B홀\n"
        "• 금융권 채용박람회: 10월 15일(금) 13:00~18:00, 여의도 IFC\n\n현장 면접 부스도 "
        "운영됩니다. 이력서를 지참하세요.\n\n잡플러스",
        days=((10, 14, "Thu"), (10, 15, "Fri")),
    )
    yield neg(
        f,
        "job_fair_kampus",
        "id",
        ("Karier Nusantara", "info@karier-nusantara.example"),
        "Jangan lewatkan Job Fair Nusantara 2027!",
        sent_on(10, 6, 9, JKT),
        "Indonesian job-board newsletter: job fair Sabtu 16 Oktober 09.00-16.00 WIB, walk-in.",
        "Halo Alex,\n\nJob Fair Nusantara 2027 akan diadakan pada hari Sabtu, 16 Oktober "
        "2027, pukul 09.00-16.00 WIB di Jakarta Convention Center. Lebih dari 80 perusahaan "
        "membuka lowongan.\n\nDaftar gratis melalui aplikasi kami.\n\nSalam,\nKarier Nusantara",
        days=((10, 16, "Sat"),),
    )
    yield neg(
        f,
        "karnival_kerjaya",
        "ms",
        ("JobMaju", "berita@jobmaju.example"),
        "Karnival Kerjaya minggu ini",
        sent_on(10, 7, 9, KUL),
        "Malay careers carnival newsletter: Sabtu 23 Oktober 9.00 pagi - 5.00 petang.",
        "Hai Alex,\n\nKarnival Kerjaya Lembah Klang akan berlangsung pada hari Sabtu, 23 "
        "Oktober 2027, dari jam 9.00 pagi hingga 5.00 petang di MITEC. Temu duga terbuka "
        "oleh majikan terpilih.\n\nDaftar awal di laman kami.\n\nJobMaju",
        days=((10, 23, "Sat"),),
    )
    yield neg(
        f,
        "kariyer_fuari",
        "tr",
        ("Kariyer Köprüsü", "bulten@kariyerkoprusu.example"),
        "Bu ayın kariyer fuarları",
        sent_on(10, 4, 9, IST),
        "Turkish agency newsletter listing career fairs, Çarşamba 13 Ekim 10:00-17:00.",
        "Merhaba Alex,\n\nEkim ayının kariyer fuarları:\n\n- İstanbul Kariyer Fuarı: 13 Ekim "
        "Çarşamba, 10:00-17:00, Lütfi Kırdar\n- Ankara Mühendislik Günleri: 20 Ekim Çarşamba, "
        "11:00-16:00\n\nKatılım ücretsizdir.\n\nKariyer Köprüsü",
        days=((10, 13, "Wed"), (10, 20, "Wed")),
    )
    yield neg(
        f,
        "yarmarka_vakansiy",
        "ru",
        ("Рассылка ТопРабота", "news@toprabota.example"),
        "Ярмарка вакансий в субботу",
        sent_on(10, 6, 9, MSK),
        "Russian job-board newsletter: job fair суббота 16 октября с 11:00 до 16:00.",
        "Здравствуйте!\n\nВ субботу, 16 октября, с 11:00 до 16:00 в Экспоцентре пройдёт "
        "ярмарка вакансий для IT-специалистов. Вход свободный, собеседования прямо на "
        "стендах компаний.\n\nРассылка ТопРабота",
        days=((10, 16, "Sat"),),
    )
    sent = sent_on(10, 8, 11, IST)
    yield ctl(
        f,
        "mulakat_musteri",
        "tr",
        ("Kariyer Köprüsü", "elif.demir@kariyerkoprusu.example"),
        "Mülakat daveti - Lojistik Planlama Uzmanı",
        sent,
        "Control: the same Turkish agency confirms the reader's client interview, Salı "
        "19 Ekim 14:00-15:00.",
        "Merhaba Alex,\n\nMüşterimiz Anadolu Lojistik sizinle görüşmek istiyor. Mülakatınız "
        "19 Ekim Salı günü saat 14:00-15:00 arasında, Ataşehir ofislerinde yapılacak.\n\n"
        "Katılımınızı teyit eder misiniz?\n\nElif Demir\nKariyer Köprüsü",
        when(10, 19, "Tue", 14, 0, IST),
        60,
    )


def onlinetest24() -> Iterator[Case]:
    f = "onlinetest24"
    yield neg(
        f,
        "web_test_kigen",
        "ja",
        ("採用事務局", "saiyo@asahi-kogyo.example"),
        "【朝日工業】Webテスト受検のお願い（締切10月12日）",
        sent_on(10, 4, 10, TYO),
        "Japanese web-test request: take it by 10月12日（火）23:59; no interview set.",
        "Alex Morgan 様\n\nエントリーありがとうございます。次のステップとしてWebテストの"
        "受検をお願いします。\n\n受検期限：10月12日（火）23:59\n所要時間：約60分\n\n"
        "期限を過ぎると選考を辞退したものとみなします。\n\n朝日工業 採用事務局",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "zaixian_ceping",
        "zh-CN",
        ("星河数据 招聘", "zhaopin@xinghe-data.example"),
        "在线测评邀请 | 请于10月13日前完成",
        sent_on(10, 6, 10, SHA),
        "Chinese online assessment invitation: complete by 10月13日（周三）18:00.",
        "Alex你好：\n\n感谢投递星河数据。请在10月13日（周三）18:00前完成在线测评，"
        "测评时长约45分钟，需在电脑上完成。\n\n测评链接：https://ceping.xinghe-data.example/a/"
        "77312\n\n星河数据 招聘组",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "insseong_geomsa",
        "ko",
        ("바람 채용팀", "recruit@baram-corp.example"),
        "[바람] 온라인 인적성검사 응시 안내",
        sent_on(10, 5, 14, SEO),
        "Korean online aptitude test window: 10월 16일(토) 10:00 ~ 10월 17일(일) 18:00.",
        "Alex Morgan 님,\n\n온라인 인적성검사 응시 기간을 안내드립니다.\n\n응시 기간: "
        "10월 16일(토) 10:00 ~ 10월 17일(일) 18:00\n소요 시간: 약 90분\n\n기간 내 아무 때나 "
        "응시하시면 됩니다.\n\n바람 채용팀",
        days=((10, 16, "Sat"), (10, 17, "Sun")),
    )
    yield neg(
        f,
        "test_online_termin",
        "pl",
        ("Rekrutacja", "rekrutacja@odra-energia.example"),
        "Test online – termin do piątku",
        sent_on(10, 11, 9, WAW),
        "Polish online test to be done by piątek 15 października 23:59.",
        "Dzień dobry,\n\ndziękujemy za aplikację. Prosimy o rozwiązanie testu online do "
        "piątku, 15 października, do godz. 23:59. Test trwa ok. 40 minut.\n\nZespół "
        "Rekrutacji, Odra Energia",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "online_teszt_hatarido",
        "hu",
        ("Toborzás", "karrier@tisza-soft.example"),
        "Online szakmai teszt – határidő",
        sent_on(10, 6, 10, BUD),
        "Hungarian online skills test, deadline kedd október 12. 20:00.",
        "Kedves Alex!\n\nKérjük, töltse ki az online szakmai tesztet legkésőbb 2027. október "
        "12-én, kedden 20:00-ig. A kitöltés kb. 50 percet vesz igénybe.\n\nÜdvözlettel:\n"
        "Tisza Soft toborzás",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "online_test_son_tarih",
        "tr",
        ("İK Ekibi", "ik@marmara-yazilim.example"),
        "Online değerlendirme testi",
        sent_on(10, 5, 15, IST),
        "Turkish online assessment to be completed by Pazar 10 Ekim 23:59.",
        "Merhaba Alex,\n\nBaşvurunuz için online değerlendirme testini 10 Ekim Pazar saat "
        "23:59'a kadar tamamlamanızı rica ederiz. Test yaklaşık 30 dakika sürmektedir.\n\n"
        "Marmara Yazılım İK Ekibi",
        days=((10, 10, "Sun"),),
    )
    sent = sent_on(10, 14, 10, SHA)
    yield ctl(
        f,
        "mianshi_tongzhi",
        "zh-CN",
        ("星河数据 招聘", "zhaopin@xinghe-data.example"),
        "面试通知 | 星河数据 数据分析师",
        sent,
        "Control: after the online test the Chinese employer sets the reader's interview "
        "10月20日（周三）10:00-11:00.",
        "Alex你好：\n\n恭喜你通过在线测评！现邀请你参加一面。\n\n时间：10月20日（周三）"
        "10:00-11:00\n形式：腾讯会议（会议号稍后发送）\n面试官：数据部 负责人\n\n"
        "如需调整请回复本邮件。\n\n星河数据 招聘组",
        when(10, 20, "Wed", 10, 0, SHA),
        60,
    )


def seminar24() -> Iterator[Case]:
    f = "seminar24"
    yield neg(
        f,
        "sammana_achip",
        "th",
        ("ศูนย์แนะแนวอาชีพ", "career@siam-univ.example"),
        "เชิญร่วมสัมมนาเตรียมความพร้อมสู่การทำงาน",
        sent_on(10, 4, 10, BKK),
        "Thai university career seminar for all final-year students, วันศุกร์ที่ 15 ตุลาคม "
        "2570 เวลา 13.00-16.00 น.",
        "เรียน นักศึกษาชั้นปีสุดท้ายทุกท่าน\n\nศูนย์แนะแนวอาชีพขอเชิญเข้าร่วมสัมมนา "
        '"เตรียมความพร้อมสู่การทำงาน" ในวันศุกร์ที่ 15 ตุลาคม 2570 เวลา 13.00-16.00 น. '
        "ณ ห้องประชุมใหญ่ อาคาร 3\n\nไม่มีค่าใช้จ่าย ลงทะเบียนได้ที่หน้างาน\n\n"
        "ศูนย์แนะแนวอาชีพ มหาวิทยาลัยสยาม",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "seminar_kerjaya",
        "ms",
        ("Pusat Kerjaya", "kerjaya@uni-tanjung.example"),
        "Seminar Kerjaya: Menulis Resume",
        sent_on(10, 5, 9, KUL),
        "Malay university careers seminar, Rabu 13 Oktober jam 2.30 petang, open to students.",
        "Assalamualaikum dan salam sejahtera,\n\nPusat Kerjaya menjemput semua pelajar ke "
        'Seminar Kerjaya "Menulis Resume yang Berkesan" pada hari Rabu, 13 Oktober 2027, '
        "jam 2.30 petang di Dewan Kuliah 2.\n\nPusat Kerjaya Universiti Tanjung",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "seminar_karier",
        "id",
        ("Career Center", "cdc@univ-merdeka.example"),
        "Undangan Seminar Karier: Siap Kerja di Era AI",
        sent_on(10, 6, 10, JKT),
        "Indonesian university career seminar, Kamis 21 Oktober pukul 13.00-15.00 WIB.",
        'Halo Alex,\n\nCareer Development Center mengundang Anda ke seminar karier "Siap '
        'Kerja di Era AI" pada Kamis, 21 Oktober 2027, pukul 13.00-15.00 WIB di Aula Utama. '
        "Terbuka untuk mahasiswa dan alumni.\n\nSalam,\nCareer Development Center",
        days=((10, 21, "Thu"),),
    )
    yield neg(
        f,
        "seminario_ergasia",
        "el",
        ("Γραφείο Διασύνδεσης", "career@panepistimio.example"),
        "Σεμινάριο: Πώς να προετοιμαστείτε για την αγορά εργασίας",
        sent_on(10, 7, 10, ATH),
        "Greek university liaison office seminar, Τετάρτη 20 Οκτωβρίου 17:00-19:00.",
        "Αγαπητοί φοιτητές,\n\nΤο Γραφείο Διασύνδεσης διοργανώνει σεμινάριο για τη σύνταξη "
        "βιογραφικού την Τετάρτη 20 Οκτωβρίου, 17:00-19:00, στο αμφιθέατρο Β.\n\nΗ "
        "συμμετοχή είναι δωρεάν.\n\nΓραφείο Διασύνδεσης",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "seminar_kariera",
        "bg",
        ("Кариерен център", "karieri@unisofia.example"),
        "Покана за семинар „Първа работа“",
        sent_on(10, 5, 11, SOF),
        "Bulgarian career-centre seminar, четвъртък 14 октомври от 18:00.",
        "Здравейте,\n\nКариерният център ви кани на семинар „Първа работа“ в четвъртък, 14 "
        "октомври, от 18:00 ч. в зала 65. Вход свободен.\n\nКариерен център",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "karrier_szeminarium",
        "hu",
        ("Karrierközpont", "karrier@egyetem-pecs.example"),
        "Karrierszeminárium – meghívó",
        sent_on(10, 6, 9, BUD),
        "Hungarian career seminar for students, szerda október 13. 16:00-18:00.",
        "Kedves Hallgatók!\n\nSzeretettel meghívunk a „Sikeres álláskeresés” karrierszemináriumra "
        "2027. október 13-án, szerdán 16:00-18:00 között az Aula termében.\n\nKarrierközpont",
        days=((10, 13, "Wed"),),
    )
    sent = sent_on(10, 8, 10, BKK)
    yield ctl(
        f,
        "samphat_ngan",
        "th",
        ("ฝ่ายทรัพยากรบุคคล", "hr@chaophraya-food.example"),
        "นัดหมายสัมภาษณ์งาน ตำแหน่งเจ้าหน้าที่การตลาด",
        sent,
        "Control: a Thai employer sets the reader's interview, วันอังคารที่ 19 ตุลาคม 2570 "
        "10.00-11.00 น.",
        "เรียน คุณ Alex Morgan\n\nบริษัทฯ ขอเรียนเชิญท่านเข้ารับการสัมภาษณ์งาน ตำแหน่ง"
        "เจ้าหน้าที่การตลาด ในวันอังคารที่ 19 ตุลาคม 2570 เวลา 10.00-11.00 น. ณ อาคาร"
        "สำนักงานใหญ่ ชั้น 5\n\nกรุณายืนยันการเข้าร่วม\n\nฝ่ายทรัพยากรบุคคล บริษัท "
        "เจ้าพระยาฟู้ด จำกัด",
        when(10, 19, "Tue", 10, 0, BKK),
        60,
    )
    sent = sent_on(10, 11, 9, JKT)
    yield ctl(
        f,
        "undangan_wawancara",
        "id",
        ("HR Rekrutmen", "rekrutmen@sinar-abadi.example"),
        "Undangan Wawancara - PT Sinar Abadi",
        sent,
        "Control: an Indonesian employer sets the reader's interview, Rabu 20 Oktober "
        "13.30-14.30 WIB.",
        "Yth. Alex Morgan,\n\nTerima kasih atas lamaran Anda. Kami mengundang Anda untuk "
        "wawancara pada:\n\nHari/Tanggal: Rabu, 20 Oktober 2027\nPukul: 13.30-14.30 WIB\n"
        "Tempat: Kantor PT Sinar Abadi, Jl. Sudirman 45, Jakarta\n\nMohon konfirmasi "
        "kehadiran Anda.\n\nHR Rekrutmen PT Sinar Abadi",
        when(10, 20, "Wed", 13, 30, JKT),
        60,
    )


def openday24() -> Iterator[Case]:
    f = "openday24"
    yield neg(
        f,
        "kojo_kengaku",
        "ja",
        ("広報部", "koho@kawanami-seiko.example"),
        "工場見学会のご案内（10月16日）",
        sent_on(10, 4, 10, TYO),
        "Japanese factory tour open to students, 10月16日（土）10:00〜12:00.",
        "学生の皆様\n\n川波精工では工場見学会を開催します。\n\n日時：10月16日（土）"
        "10:00〜12:00\n集合：浜松工場 正門\n定員：30名（先着順）\n\n選考とは関係ありません。"
        "\n\n川波精工 広報部",
        days=((10, 16, "Sat"),),
    )
    yield neg(
        f,
        "opeun_opiseu",
        "ko",
        ("두리랩스 피플팀", "people@duri-labs.example"),
        "[두리랩스] 오픈 오피스 데이 초대",
        sent_on(10, 6, 11, SEO),
        "Korean open office day for anyone interested, 10월 22일(금) 오후 6시-8시.",
        "안녕하세요,\n\n두리랩스 오픈 오피스 데이에 초대합니다. 10월 22일(금) 오후 6시~8시, "
        "성수동 사무실에서 팀 소개와 네트워킹이 있습니다. 관심 있는 분 누구나 오세요.\n\n"
        "두리랩스 피플팀",
        days=((10, 22, "Fri"),),
    )
    yield neg(
        f,
        "ziua_portilor_deschise",
        "ro",
        ("Echipa HR", "hr@carpati-it.example"),
        "Ziua porților deschise la Carpați IT",
        sent_on(10, 5, 10, BUC),
        "Romanian open day for students, vineri 15 octombrie 16:00-19:00.",
        "Bună ziua,\n\nTe invităm la Ziua porților deschise la Carpați IT, vineri, 15 "
        "octombrie, între orele 16:00 și 19:00, în biroul nostru din Cluj. Tur al biroului, "
        "prezentări și pizza.\n\nEchipa HR Carpați IT",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "dzien_otwarty",
        "pl",
        ("Zespół Employer Branding", "eb@baltyk-software.example"),
        "Dzień otwarty w Bałtyk Software",
        sent_on(10, 4, 11, WAW),
        "Polish open day at a software company, sobota 16 października 11:00-15:00.",
        "Cześć!\n\nZapraszamy na dzień otwarty w naszym biurze w Gdańsku w sobotę, 16 "
        "października, w godz. 11:00-15:00. Zwiedzanie, warsztaty i rozmowy z zespołami. "
        "Wstęp wolny po rejestracji.\n\nZespół Employer Branding",
        days=((10, 16, "Sat"),),
    )
    yield neg(
        f,
        "khai_giang_thuc_tap",
        "vi",
        ("Phòng Nhân sự", "nhansu@hong-ha-tech.example"),
        "Thông báo buổi khai giảng chương trình thực tập",
        sent_on(10, 6, 9, SGN),
        "Vietnamese internship kick-off for the whole intake, Thứ Hai 18/10 lúc 8:30.",
        "Chào các bạn thực tập sinh,\n\nBuổi khai giảng chương trình thực tập mùa thu sẽ "
        "diễn ra vào Thứ Hai, ngày 18/10/2027, lúc 8:30 tại hội trường tầng 2. Các bạn "
        "vui lòng có mặt đúng giờ.\n\nPhòng Nhân sự Hồng Hà Tech",
        days=((10, 18, "Mon"),),
    )
    yield neg(
        f,
        "den_vidkrytykh_dverei",
        "uk",
        ("HR-команда", "hr@dnipro-tech.example"),
        "День відкритих дверей у Дніпро Тех",
        sent_on(10, 5, 10, KYV),
        "Ukrainian open doors day, четвер 21 жовтня о 17:00, open to all.",
        "Привіт!\n\nЗапрошуємо на День відкритих дверей у четвер, 21 жовтня, о 17:00 в "
        "нашому офісі на Подолі. Розкажемо про стажування та покажемо офіс.\n\nHR-команда "
        "Дніпро Тех",
        days=((10, 21, "Thu"),),
    )
    sent = sent_on(10, 18, 11, BUC)
    yield ctl(
        f,
        "interviu_carpati",
        "ro",
        ("Echipa HR", "hr@carpati-it.example"),
        "Invitație la interviu - Carpați IT",
        sent,
        "Control: the same Romanian employer invites the reader to an interview, miercuri "
        "27 octombrie 11:00-12:00.",
        "Bună ziua, Alex,\n\nMulțumim pentru participarea la ziua porților deschise și "
        "pentru aplicație. Te invităm la un interviu miercuri, 27 octombrie, între orele "
        "11:00 și 12:00, pe Google Meet.\n\nTe rugăm să confirmi.\n\nEchipa HR Carpați IT",
        when(10, 27, "Wed", 11, 0, BUC),
        60,
    )


def parcel24() -> Iterator[Case]:
    f = "parcel24"
    yield neg(
        f,
        "haitatsu_yotei",
        "ja",
        ("やまびこ運輸", "noreply@yamabiko-unyu.example"),
        "お荷物お届け予定のお知らせ",
        sent_on(10, 11, 8, TYO),
        "Japanese parcel delivery window 10月13日（水）14:00〜16:00.",
        "Alex Morgan 様\n\nお荷物のお届け予定をお知らせします。\n\nお届け予定日時：10月13日"
        "（水）14:00〜16:00\n伝票番号：4821-7730-1122\n\nご不在の場合は再配達をご依頼ください。"
        "\n\nやまびこ運輸",
        days=((10, 13, "Wed"),),
    )
    yield neg(
        f,
        "kuaidi_paisong",
        "zh-CN",
        ("顺达快递", "notice@shunda-express.example"),
        "您的快递预计明天送达",
        sent_on(10, 13, 19, SHA),
        "Chinese courier delivery expected 10月14日（周四）9:00-12:00.",
        "尊敬的客户：\n\n您的包裹（运单号SD88123456）预计于10月14日（周四）9:00-12:00派送，"
        "派送员：李师傅。\n\n如不方便签收，可在小程序中改约时间。\n\n顺达快递",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "dostavka_okno",
        "ru",
        ("Служба доставки", "dostavka@bystro-market.example"),
        "Курьер приедет в пятницу",
        sent_on(10, 13, 12, MSK),
        "Russian courier window, пятница 15 октября с 10:00 до 14:00.",
        "Здравствуйте!\n\nВаш заказ №55102 будет доставлен в пятницу, 15 октября, с 10:00 "
        "до 14:00. Курьер позвонит за 30 минут.\n\nБыстро Маркет",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "paczka_pakiet_powitalny",
        "pl",
        ("Dział HR", "hr@wisla-fintech.example"),
        "Pakiet powitalny – dostawa kurierem",
        sent_on(10, 11, 10, WAW),
        "Polish new employer's welcome pack delivered by courier, wtorek 19 października "
        "8:00-12:00.",
        "Cześć Alex,\n\ncieszymy się, że dołączasz do nas! Twój pakiet powitalny z laptopem "
        "dostarczy kurier we wtorek, 19 października, między 8:00 a 12:00.\n\nDział HR, "
        "Wisła Fintech",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "kargo_teslimat",
        "tr",
        ("Hızlı Kargo", "bilgi@hizli-kargo.example"),
        "Kargonuz dağıtıma çıkacak",
        sent_on(10, 11, 18, IST),
        "Turkish parcel delivery, Salı 12 Ekim 13:00-17:00.",
        "Sayın Alex Morgan,\n\n7712 numaralı gönderiniz 12 Ekim Salı günü 13:00-17:00 "
        "saatleri arasında teslim edilecektir.\n\nHızlı Kargo",
        days=((10, 12, "Tue"),),
    )
    yield neg(
        f,
        "paradosi_dematos",
        "el",
        ("Ταχυμεταφορές Ερμής", "info@ermis-courier.example"),
        "Ενημέρωση παράδοσης δέματος",
        sent_on(10, 12, 9, ATH),
        "Greek courier delivery, Πέμπτη 14 Οκτωβρίου 09:00-13:00.",
        "Αγαπητέ πελάτη,\n\nΤο δέμα σας θα παραδοθεί την Πέμπτη 14 Οκτωβρίου, μεταξύ "
        "09:00 και 13:00.\n\nΤαχυμεταφορές Ερμής",
        days=((10, 14, "Thu"),),
    )
    sent = sent_on(10, 8, 10, WAW)
    yield ctl(
        f,
        "rozmowa_kurier",
        "pl",
        ("Rekrutacja", "praca@szybka-paczka.example"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        sent,
        "Control: a Polish courier company's HR invites the reader to a job interview, "
        "czwartek 14 października 10:00-11:00.",
        "Dzień dobry,\n\ndziękujemy za przesłanie CV na stanowisko koordynatora "
        "logistyki. Zapraszamy na rozmowę kwalifikacyjną w czwartek, 14 października, "
        "w godz. 10:00-11:00, w naszym biurze przy ul. Prostej 20 w Warszawie.\n\n"
        "Zespół Rekrutacji, Szybka Paczka",
        when(10, 14, "Thu", 10, 0, WAW),
        60,
    )


def tickets24() -> Iterator[Case]:
    f = "tickets24"
    yield neg(
        f,
        "konseoteu_yemae",
        "ko",
        ("티켓나라", "noreply@ticketnara.example"),
        "[티켓나라] 예매가 완료되었습니다",
        sent_on(10, 4, 21, SEO),
        "Korean concert ticket, 10월 23일(토) 오후 7시.",
        "Alex Morgan 님, 예매해 주셔서 감사합니다.\n\n공연명: 가을밤 재즈 콘서트\n일시: "
        "10월 23일(토) 오후 7:00\n장소: 세종문화회관 대극장\n좌석: 1층 C열 12번\n\n"
        "공연 시작 후에는 입장이 제한될 수 있습니다.\n\n티켓나라",
        days=((10, 23, "Sat"),),
    )
    yield neg(
        f,
        "bat_khonsoet",
        "th",
        ("ไทยทิกเก็ต", "noreply@thaiticket.example"),
        "ยืนยันการสั่งซื้อบัตร",
        sent_on(10, 5, 20, BKK),
        "Thai concert ticket confirmation, วันเสาร์ที่ 30 ตุลาคม 2570 เวลา 19.00 น.",
        "ขอบคุณที่สั่งซื้อบัตร\n\nงาน: คอนเสิร์ตรวมศิลปิน\nวันเสาร์ที่ 30 ตุลาคม 2570 "
        "เวลา 19.00 น. (ประตูเปิด 17.30 น.)\nสถานที่: อิมแพ็ค อารีน่า\n\nไทยทิกเก็ต",
        days=((10, 30, "Sat"),),
    )
    yield neg(
        f,
        "tiket_konferensi",
        "id",
        ("TechConf Indonesia", "tiket@techconf.example"),
        "E-tiket Anda: TechConf Indonesia 2027",
        sent_on(10, 6, 10, JKT),
        "Indonesian conference pass, Jumat 22 Oktober mulai 08.00 WIB.",
        "Halo Alex,\n\nTerima kasih sudah mendaftar. E-tiket terlampir.\n\nAcara: TechConf "
        "Indonesia 2027\nTanggal: Jumat, 22 Oktober 2027\nRegistrasi: mulai 08.00 WIB\n"
        "Lokasi: ICE BSD\n\nSampai jumpa!\nTechConf Indonesia",
        days=((10, 22, "Fri"),),
    )
    yield neg(
        f,
        "vstupenky_divadlo",
        "cs",
        ("Divadlo Na Nábřeží", "pokladna@divadlo-nabrezi.example"),
        "Potvrzení rezervace vstupenek",
        sent_on(10, 7, 18, PRG),
        "Czech theatre tickets, sobota 16. října v 19:30.",
        "Dobrý den,\n\npotvrzujeme rezervaci 2 vstupenek na představení „Racek“ v sobotu "
        "16. října v 19:30. Vstupenky si vyzvedněte nejpozději 30 minut před začátkem.\n\n"
        "Pokladna Divadla Na Nábřeží",
        days=((10, 16, "Sat"),),
    )
    yield neg(
        f,
        "eisitirio_treno",
        "el",
        ("Hellenic Rail", "eisitiria@hellenic-rail.example"),
        "Το εισιτήριό σας",
        sent_on(10, 8, 12, ATH),
        "Greek train ticket, Δευτέρα 18 Οκτωβρίου αναχώρηση 07:20.",
        "Αγαπητέ επιβάτη,\n\nΕπιβεβαιώνουμε την κράτησή σας: Αθήνα – Θεσσαλονίκη, Δευτέρα "
        "18 Οκτωβρίου, αναχώρηση 07:20, άφιξη 11:35. Θέση 42, βαγόνι 3.\n\nHellenic Rail",
        days=((10, 18, "Mon"),),
    )
    yield neg(
        f,
        "bilet_concert",
        "ro",
        ("iaBilet", "comenzi@iabilet-demo.example"),
        "Comanda ta de bilete a fost confirmată",
        sent_on(10, 6, 19, BUC),
        "Romanian concert ticket, duminică 24 octombrie ora 20:00.",
        "Salut Alex,\n\nComanda ta a fost confirmată. Concert: Orchestra de Cameră, duminică, "
        "24 octombrie, ora 20:00, Ateneul Român. Porțile se deschid la 19:00.\n\niaBilet",
        days=((10, 24, "Sun"),),
    )


def school24() -> Iterator[Case]:
    f = "school24"
    yield neg(
        f,
        "hogoshakai",
        "ja",
        ("さくら小学校", "jimu@sakura-sho.example"),
        "保護者会のお知らせ",
        sent_on(10, 4, 16, TYO),
        "Japanese primary school parents' meeting, 10月15日（金）14:30〜15:30.",
        "保護者の皆様\n\n2学期の保護者会を下記のとおり開催します。\n\n日時：10月15日（金）"
        "14:30〜15:30\n場所：3年2組 教室\n\nご出席をお願いいたします。\n\nさくら小学校 3年2組 担任",
        days=((10, 15, "Fri"),),
    )
    yield neg(
        f,
        "jiazhanghui",
        "zh-TW",
        ("光明國小", "office@guangming-es.example"),
        "班親會通知",
        sent_on(10, 5, 15, TPE),
        "Taiwanese school parents' evening (班親會), 10月20日（週三）18:30-20:00.",
        "各位家長您好：\n\n本學期班親會訂於10月20日（週三）晚上18:30至20:00在五年三班教室"
        "舉行，屆時將說明課程安排與校外教學。\n\n敬請撥冗出席。\n\n光明國小 五年三班導師",
        days=((10, 20, "Wed"),),
    )
    yield neg(
        f,
        "hop_phu_huynh",
        "vi",
        ("Trường Tiểu học Ánh Dương", "vanphong@anhduong.example"),
        "Thư mời họp phụ huynh",
        sent_on(10, 6, 9, SGN),
        "Vietnamese parents' meeting, Chủ Nhật 17/10 lúc 8:00.",
        "Kính gửi Quý phụ huynh,\n\nNhà trường trân trọng kính mời Quý phụ huynh đến dự "
        "buổi họp phụ huynh đầu năm vào Chủ Nhật, ngày 17/10/2027, lúc 8:00 tại phòng học "
        "lớp 4A.\n\nTrường Tiểu học Ánh Dương",
        days=((10, 17, "Sun"),),
    )
    yield neg(
        f,
        "batkivski_zbory",
        "uk",
        ("Класний керівник", "klas7b@gymnasium-lviv.example"),
        "Батьківські збори 7-Б",
        sent_on(10, 7, 18, KYV),
        "Ukrainian parents' meeting, вівторок 19 жовтня о 18:00.",
        "Шановні батьки!\n\nБатьківські збори 7-Б класу відбудуться у вівторок, 19 жовтня, "
        "о 18:00 в кабінеті 214. Порядок денний: екскурсія та харчування.\n\nОлена "
        "Петрівна, класний керівник",
        days=((10, 19, "Tue"),),
    )
    yield neg(
        f,
        "sedinta_parinti",
        "ro",
        ("Grădinița Licurici", "secretariat@licurici.example"),
        "Ședința cu părinții",
        sent_on(10, 6, 13, BUC),
        "Romanian kindergarten parents' meeting, joi 14 octombrie ora 17:30.",
        "Dragi părinți,\n\nVă invităm la ședința cu părinții joi, 14 octombrie, ora 17:30, "
        "în sala grupei mijlocii.\n\nGrădinița Licurici",
        days=((10, 14, "Thu"),),
    )
    yield neg(
        f,
        "roditelska_sreshta",
        "bg",
        ("Класен ръководител", "5a@sou-vazrazhdane.example"),
        "Родителска среща",
        sent_on(10, 5, 17, SOF),
        "Bulgarian parents' meeting and teacher consultation, сряда 13 октомври от 18:30.",
        "Уважаеми родители,\n\nРодителската среща на 5А клас ще се проведе в сряда, 13 "
        "октомври, от 18:30 ч. в класната стая. След срещата са възможни индивидуални "
        "консултации с учителите.\n\nКласен ръководител",
        days=((10, 13, "Wed"),),
    )
    sent = sent_on(10, 8, 11, KYV)
    yield ctl(
        f,
        "spivbesida_vchytel",
        "uk",
        ("Адміністрація гімназії", "dyrektor@gymnasium-lviv.example"),
        "Запрошення на співбесіду – вчитель інформатики",
        sent,
        "Control: the same school invites the reader to an interview for a teaching post, "
        "п'ятниця 15 жовтня 14:00-15:00.",
        "Добрий день, Алексе!\n\nДякуємо за ваше резюме на посаду вчителя інформатики. "
        "Запрошуємо вас на співбесіду в п'ятницю, 15 жовтня, з 14:00 до 15:00 у кабінеті "
        "директора.\n\nАдміністрація гімназії",
        when(10, 15, "Fri", 14, 0, KYV),
        60,
    )


def bookslot24() -> Iterator[Case]:
    f = "bookslot24"
    yield neg(
        f,
        "nittei_chousei",
        "ja",
        ("採用担当 山本", "yamamoto@fuji-logi.example"),
        "面接日程調整のお願い",
        sent_on(10, 4, 11, TYO),
        "Japanese request to pick an interview slot through a link (10月12日〜15日の間); "
        "nothing booked yet.",
        "Alex Morgan 様\n\n書類選考通過のご連絡です。面接日程を調整させていただきたく、"
        "下記URLより10月12日（火）〜15日（金）の10:00〜18:00の間でご都合のよい枠を"
        "お選びください。\n\nhttps://schedule.fuji-logi.example/r/5531\n\n確定後、改めて"
        "ご連絡いたします。\n\nふじロジ 採用担当 山本",
        days=((10, 12, "Tue"), (10, 15, "Fri")),
    )
    yield neg(
        f,
        "myeonjeop_sigan_seontaek",
        "ko",
        ("채용팀", "talent@nara-games.example"),
        "면접 가능 시간을 선택해 주세요",
        sent_on(10, 5, 14, SEO),
        "Korean request to choose an interview time via a link, options from 10월 13일(수); "
        "nothing booked.",
        "Alex Morgan 님,\n\n면접 일정을 잡기 위해 아래 링크에서 가능한 시간을 선택해 "
        "주세요. 10월 13일(수)부터 10월 15일(금)까지 오전 10시~오후 5시 사이에 30분 "
        "단위로 열려 있습니다.\n\nhttps://cal.nara-games.example/book/ax2\n\n나라게임즈 채용팀",
        days=((10, 13, "Wed"), (10, 15, "Fri")),
    )
    yield neg(
        f,
        "yuyue_shiduan",
        "zh-TW",
        ("人資部", "hr@lanhai-tech.example"),
        "請預約面試時段",
        sent_on(10, 6, 10, TPE),
        "Taiwanese request to book an interview slot (10/18-10/20) through a link; nothing set.",
        "Alex 您好：\n\n感謝您應徵藍海科技。請透過以下連結預約面試時段，可選時間為10月18日"
        "（週一）至10月20日（週三）每天14:00-17:00。\n\nhttps://booking.lanhai-tech.example/x7"
        "\n\n預約完成後系統會寄送確認信。\n\n藍海科技 人資部",
        days=((10, 18, "Mon"), (10, 20, "Wed")),
    )
    yield neg(
        f,
        "vyberite_vremya",
        "ru",
        ("Рекрутер Анна", "anna@polyus-digital.example"),
        "Выберите удобное время для звонка",
        sent_on(10, 5, 12, MSK),
        "Russian recruiter asks the reader to pick a call slot, e.g. вторник 12 октября с "
        "11:00; nothing booked.",
        "Алекс, здравствуйте!\n\nДавайте созвонимся, чтобы обсудить вакансию. Выберите, "
        "пожалуйста, удобное время по ссылке: https://slots.polyus-digital.example/anna — "
        "есть окна, например, во вторник, 12 октября, с 11:00 и в среду, 13 октября, после "
        "15:00.\n\nАнна, Полюс Диджитал",
        days=((10, 12, "Tue"), (10, 13, "Wed")),
    )
    yield neg(
        f,
        "vyberte_termin",
        "cs",
        ("Nábor", "nabor@morava-systems.example"),
        "Vyberte si termín pohovoru",
        sent_on(10, 6, 9, PRG),
        "Czech request to choose an interview time in a booking tool (čtvrtek 14. - pátek "
        "15. října); nothing set.",
        "Dobrý den,\n\nrádi bychom Vás pozvali k pohovoru. Termín si prosím vyberte v "
        "rezervačním systému: https://termin.morava-systems.example/p/19 — volné časy jsou ve "
        "čtvrtek 14. a v pátek 15. října od 9:00 do 16:00.\n\nNábor Morava Systems",
        days=((10, 14, "Thu"), (10, 15, "Fri")),
    )
    yield neg(
        f,
        "chon_khung_gio",
        "vi",
        ("Phòng Tuyển dụng", "tuyendung@lotus-bank.example"),
        "Mời bạn chọn khung giờ phỏng vấn",
        sent_on(10, 7, 9, SGN),
        "Vietnamese request to choose an interview slot by link, Thứ Ba 19/10 to Thứ Năm "
        "21/10; nothing booked.",
        "Chào Alex,\n\nHồ sơ của bạn đã qua vòng sơ loại. Vui lòng chọn khung giờ phỏng vấn "
        "phù hợp tại đường link dưới đây (từ Thứ Ba 19/10 đến Thứ Năm 21/10, 9:00-16:00):\n"
        "https://lich.lotus-bank.example/pv/88\n\nPhòng Tuyển dụng Lotus Bank",
        days=((10, 19, "Tue"), (10, 21, "Thu")),
    )
    sent = sent_on(10, 7, 10, TYO)
    yield ctl(
        f,
        "nittei_kakutei",
        "ja",
        ("採用担当 山本", "yamamoto@fuji-logi.example"),
        "【確定】面接日程のご案内",
        sent,
        "Control: the slot the reader picked is confirmed, 10月14日（木）11:00〜12:00.",
        "Alex Morgan 様\n\n面接日程のご登録ありがとうございます。下記の日程で確定いたしました。"
        "\n\n日時：10月14日（木）11:00〜12:00\n場所：ふじロジ 本社 3階（品川）\n\n"
        "当日は受付で山本をお呼びください。\n\nふじロジ 採用担当 山本",
        when(10, 14, "Thu", 11, 0, TYO),
        60,
    )
    sent = sent_on(10, 7, 16, MSK)
    yield ctl(
        f,
        "vremya_podtverzhdeno",
        "ru",
        ("Рекрутер Анна", "anna@polyus-digital.example"),
        "Собеседование подтверждено: среда, 13 октября",
        sent,
        "Control: the Russian recruiter confirms the booked interview, среда 13 октября "
        "15:30-16:30.",
        "Алекс, спасибо!\n\nПодтверждаю собеседование с руководителем отдела в среду, 13 "
        "октября, с 15:30 до 16:30 по московскому времени. Ссылка на Zoom: "
        "https://zoom.example/j/51520\n\nАнна, Полюс Диджитал",
        when(10, 13, "Wed", 15, 30, MSK),
        60,
    )


BUILDERS = [
    setsumei24,
    webinar24,
    medappt24,
    govbank24,
    testcentre24,
    curemp24,
    jobfair24,
    onlinetest24,
    seminar24,
    openday24,
    parcel24,
    tickets24,
    school24,
    bookslot24,
]

MEASURED: list[str] = [
    "First sight (parser at main 4c5939cc, before any change for this batch): dev: 12 of 12 "
    "invitations with the right start and end (11 sure), 3 of 57 negatives claimed with "
    "confidence >= 0.5 (a Czech 'hodnotící pohovor' 0.66, a Japanese 1on1 moved 0.69 as a "
    "reschedule, a Taiwanese '企業說明會' 0.70); held out: 4 of 4 invitations right (4 sure), "
    "2 of 24 negatives claimed; no calendar-bearing mail in the batch.",
    "",
    "After the batch's three rules: dev 12 of 12 right (11 sure), 0 of 57 claimed; held out 4 "
    "of 4 right (4 sure), 2 of 24 claimed (unchanged). Whole splits (quick.py, batch "
    "included): dev false claims 23 of 1896 (26 before the rules: the three above), text "
    "2240/2262, sure 2005, calendars 362/362; held out 81/844 claimed, 961/1026 text, 807 sure, "
    "calendars 116/117 (all unchanged); shared and fixtures unchanged; cmp.py: 3 FIXED, no "
    "BROKE, held out better 0 worse 0. Left in dev: the Japanese control after a company "
    "information session reads right but unsure (0.40): its thank-you for the past 会社説明会 "
    "sits in the first 400 characters, where the notification list reads it, and the time "
    "is on a '日時：' line that does not name the interview; several negatives are typed "
    "'invitation' at 0.40-0.45 (below the line, not claims).",
]

RULES: list[str] = [
    "- Czech and Slovak appraisal talks in `EMPLOYEE_REVIEW_CUES` ('hodnoticí / hodnotící",
    "  pohovor', 'hodnoticí rozhovor', 'hodnotiaci pohovor'; 'pohovor' alone stays a job",
    "  interview): Czech HR guides and templates that book the yearly appraisal under that",
    "  name (hrvzory.cz's appraisal-talk templates, daneprolidi.cz's article on the",
    "  employer's 'hodnoticí pohovor'), and this batch's `curemp24` cs.",
    "- A manager's standing one-to-one written '1on1' / '1 on 1' in `TEAM_OCCASION_TITLE`",
    "  (cleared by any hiring word such as 面接 beside it): Japanese HR guides define it as",
    "  the regular talk between a manager and a report (doda's d's JOURNAL, ashita-team,",
    "  Unipos), this batch's `curemp24` ja, and negs23's `curemp23` en ('our 1:1', the same",
    "  meeting; '1:1' itself is not added, it also names booked 1:1 interview slots).",
    "- '說明會' / '说明会' beside '説明会' in `OTHER_BUSINESS_CUES` (the same word in Chinese",
    "  scripts): Taiwanese fair pages ('儲備人才說明會' at a campus fair, '展前說明會' for",
    "  exhibitors), a training institute's '企业征才说明会' notice, and this batch's",
    "  `setsumei24` zh-TW.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs24 batch (`build_negs24.py`)",
        "",
        "Look-alikes that carry a future date and time next to scheduling words but set no "
        "interview for the reader, with genuine invitations from the same senders in the same "
        "shapes as controls. All text is ours (no third-party text copied; no forwards in "
        "this batch); people, companies, addresses and links "
        "are made up. Every label was written from the datetimes the text is rendered from, "
        "before the parser was run on the message.",
        "",
        "Company information sessions, webinars and seminars open to many, medical, bank "
        "and government bookings, test-centre and exam bookings, the current employer's "
        "1on1s and appraisal talks, newsletters listing job fairs, online-test deadlines, open "
        "days, deliveries, event tickets, parents' meetings and requests to pick a slot with "
        "nothing booked are `not_invitation`; an interview set for the reader is an "
        "`invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs24.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs24.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
