"""Write the "negs20" batch: HR look-alikes in languages thin in the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_negs20.py

Mail a job seeker gets from employers' HR teams, career services and friends' calendars in
Korean, Vietnamese, Thai, Indonesian, Malay, Hindi, Bengali, Turkish, Persian, Hebrew, Greek,
Romanian, Hungarian, Czech, Finnish, Swedish, Danish, Norwegian, Ukrainian, Russian, European
Portuguese and Catalan, each with a future date and time that is not the reader's interview:
document submission deadlines, pre-employment medical checks, first days and orientation,
publication times of test and group-assessment results, job fairs, rejections after an
interview, recruiters asking the reader to propose times, calendar accept/decline notices,
office closures and payroll, exam windows and company information sessions. About one message
in four is a control in the same voice that does set the reader's interview, some of them
forwarded by the user through Geary in the user's language (forward strings from Geary's
translations, GNOME/geary@3e8d4f1a, po/*.po, LGPL-2.1-or-later).

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is
deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; shapes of HR notices, career-service mailings, recruiter messages and "
    "calendar reply notices written from memory of such mail, no product's template or "
    "translation copied; " + OWN
)
GEARY_COMMIT = "3e8d4f1a378dc0a9ff06c09e2211194a464c715d"
GEARY_TPL = (
    f"GNOME/geary@{GEARY_COMMIT}: po/{{lang}}.po ('---------- Forwarded message ----------', "
    "'From:', 'Subject:', 'Date:', 'To:') and src/client/util/util-email.vala "
    "quote_email_for_forward (order From, Subject, Date, To); note and forwarded body "
    "hand-written"
)
GEARY_LIC = "LGPL-2.1-or-later (Geary's translated strings); " + OWN
NEG = "not_invitation"
BULK = {"List-Unsubscribe": "<https://unsubscribe.example/u/20>", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "docsdue20": "dev",
    "medcheck20": "dev",
    "onboard20": "dev",
    "results20": "dev",
    "jobfair20": "dev",
    "declined20": "dev",
    "proposetimes20": "dev",
    "calreply20": "dev",
    "fwdgeary20": "dev",
    "closure20": "heldout",
    "examwin20": "heldout",
    "infosess20": "heldout",
}

SOURCES = {
    "docsdue20": "Document submission deadlines after an offer or for an incomplete application "
    "(ko, vi, tr, ro, hu); control: the same Korean HR team setting the second interview (ko).",
    "medcheck20": "Pre-employment medical check appointments at a clinic, a date and hour for "
    "the reader that is not an interview (th, id, cs, sv, hi); control: an Indonesian user "
    "interview at a set time (id).",
    "onboard20": "First working day and orientation-day notices (da, fi, pt-PT, nb, uk); "
    "control: the Finnish HR team inviting to an interview (fi).",
    "results20": "Publication times of aptitude-test, group-interview, assessment-centre and "
    "written-exam results (ko, tr, el, fa, vi); control: the Greek final-round interview (el).",
    "jobfair20": "Job-fair and career-carnival opening hours, walk-in interview corners "
    "(id, ms, ca, ro, hu); control: a recruiter met at the Catalan fair booking an interview "
    "(ca).",
    "declined20": "Rejections after an interview naming the past interview time, feedback or "
    "open-house offers with a future time (ru, he, cs, sv, bn); control: the Russian "
    "second-round invitation (ru).",
    "proposetimes20": "Recruiters asking the reader to propose times, with their own free "
    "windows (pt-PT, tr, th, ko, da); controls: the confirmed slots that follow (pt-PT, tr).",
    "calreply20": "Calendar accept/decline/tentative notices for the reader's own events (mock "
    "interviews, mentoring), one with a counter-proposal (cs, tr, ko, sv, ro, el).",
    "fwdgeary20": "The user forwards HR mail through Geary in their own UI language with a "
    "short note (tr, ru, el, ro, hu, fi, he, fa); controls: forwarded interviews (ru, ro, fi).",
    "closure20": "Office closures, holiday hours and payroll dates sent to candidates and new "
    "hires (he, el, fi, da, ca, bn); control: an interview moved around a closure (da).",
    "examwin20": "Online exam and test windows with open/close times (hi, bn, th, ms, ro, uk); "
    "control: a Thai interview after the test (th).",
    "infosess20": "Company information sessions and webinars for applicants (ko, pt-PT, nb, "
    "vi, fa, hu); control: a Korean individual interview (ko).",
}

SEL, HCM, BKK, JKT, KUL, DEL, DHA = (
    "Asia/Seoul",
    "Asia/Ho_Chi_Minh",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Kuala_Lumpur",
    "Asia/Kolkata",
    "Asia/Dhaka",
)
IST, THR, TLV, ATH, BUH, BUD, PRG = (
    "Europe/Istanbul",
    "Asia/Tehran",
    "Asia/Jerusalem",
    "Europe/Athens",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Prague",
)
HEL, STO, CPH, OSL, KYI, MSK, LIS, BCN = (
    "Europe/Helsinki",
    "Europe/Stockholm",
    "Europe/Copenhagen",
    "Europe/Oslo",
    "Europe/Kyiv",
    "Europe/Moscow",
    "Europe/Lisbon",
    "Europe/Madrid",
)

# Geary's translated forward header (rule, From, Subject, Date, To), GNOME/geary@3e8d4f1a.
GEARY = {
    "tr": ("---------- Yönlendirilen ileti ----------", "Gönderen:", "Konu:", "Tarih:", "Kime:"),
    "fa": ("---------- پیام هدایت\xa0شده ----------", "از:", "موضوع:", "تاریخ:", "به:"),
    "he": ("---------- הודעה שהועברה ----------", "מאת:", "נושא:", "תאריך:", "אל:"),
    "el": ("---------- Προωθημένο μήνυμα ----------", "Από:", "Θέμα:", "Ημερομηνία:", "Προς:"),
    "ro": ("---------- Mesaj înaintat ----------", "De la:", "Subiect:", "Data:", "Către:"),
    "hu": ("---------- Továbbított levél -----------", "Feladó:", "Tárgy:", "Dátum:", "Címzett:"),
    "fi": (
        "---------- Edelleenlähetetty viesti ----------",
        "Lähettäjä:",
        "Aihe:",
        "Päiväys:",
        "Vastaanottaja:",
    ),
    "ru": ("---------- Пересылаемое сообщение ----------", "От:", "Тема:", "Дата:", "Кому:"),
}


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 7, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


def zoned(start: datetime, end: datetime | None, zone: str) -> dict[str, object]:
    """An invitation label whose text states the zone."""
    return {"kind": "invitation", **timed(start, end, zone=zone)}


def slot(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    """An invitation label whose text states no zone (wall time, the Date's offset)."""
    return {"kind": "invitation", **timed(start, end, sent=sent)}


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


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
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"negs20/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def geary(
    family: str,
    name: str,
    lang: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    label: dict[str, object] | None = None,
) -> Case:
    """The user forwards a message from Geary in their UI language, a note on top."""
    rule, frm, subj, date, to = GEARY[lang.split("+")[0]]
    block = "\n".join(
        [
            rule,
            f"{frm} {org[0]} <{org[1]}>",
            f"{subj} {subject}",
            f"{date} {format_datetime(sent)}",
            f"{to} {ME[0]} <{ME[1]}>",
        ]
    )
    text = f"{note_text}\n\n{block}\n\n{body.strip()}\n"
    raw = mail(
        f"negs20/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"Fwd: {subject}",
        sent=sent + timedelta(hours=2, minutes=11),
        text=text,
    )
    if label is not None:
        label = {**label, "organizer_email": org[1]}
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        full,
        lang,
        note,
        GEARY_TPL.format(lang=lang.split("+")[0]),
        GEARY_LIC,
    )


# FAMILIES
HANBIT = ("한빛물산 인사팀", "hr@hanbit.example.kr")


def docsdue20() -> Iterator[Case]:
    f = "docsdue20"
    chk(4, 16, "Fri")
    yield case(
        f,
        "ipsa_seoryu",
        "ko",
        HANBIT,
        "[한빛물산] 최종 합격 및 입사 서류 제출 안내",
        sent_on(4, 12, 10, SEL),
        "Offer follow-up: upload hiring documents by Friday 18:00; no meeting.",
        "알렉스 모건 님, 안녕하세요.\n\n한빛물산 2027년 상반기 경력직 채용에 최종 합격하신 것을 "
        "축하드립니다.\n\n아래 서류를 2027년 4월 16일(금) 오후 6시까지 채용 포털에 업로드해 주시기 "
        "바랍니다.\n\n- 졸업증명서 1부\n- 경력증명서 1부\n- 주민등록등본 1부\n- 통장 사본 1부\n\n"
        "제출 기한: 4월 16일(금) 18:00\n업로드: https://recruit.hanbit.example.kr/docs\n\n"
        "기한 내 제출이 어려우신 경우 인사팀으로 미리 연락 "
        "주시기 바랍니다.\n\n한빛물산 인사팀 드림",
        form="both",
    )
    chk(4, 20, "Tue")
    yield case(
        f,
        "nop_ho_so",
        "vi",
        ("Phòng Nhân sự Sông Hồng Logistics", "tuyendung@songhong.example.vn"),
        "Thông báo bổ sung hồ sơ ứng tuyển",
        sent_on(4, 13, 9, HCM),
        "Vietnamese request for missing application papers before 17h00 Tuesday; they may be "
        "handed in at the front desk (an address, but no meeting).",
        "Chào anh Alex,\n\nCảm ơn anh đã ứng tuyển vị trí Chuyên viên Kế hoạch Kho vận tại Sông "
        "Hồng Logistics.\n\nĐể hoàn tất hồ sơ, anh vui lòng gửi bổ sung các giấy tờ sau trước "
        "17h00 thứ Ba, ngày 20/04/2027:\n1. Bản sao bằng tốt nghiệp (có công chứng)\n2. Giấy khám "
        "sức khỏe trong vòng 6 tháng\n3. 02 ảnh 3x4\n\nHồ sơ có thể gửi qua email này hoặc nộp "
        "trực tiếp tại quầy lễ tân, tầng 3, 25 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh.\n\n"
        "Trân trọng,\nPhòng Nhân sự",
    )
    chk(4, 23, "Fri")
    yield case(
        f,
        "ise_giris_evrak",
        "tr",
        ("Ankara Yazılım İK", "ik@ankarayazilim.example.com.tr"),
        "İşe giriş evraklarınız hk.",
        sent_on(4, 14, 11, IST),
        "Turkish onboarding paperwork due by Friday 17:00.",
        "Merhaba Alex Bey,\n\nİşe giriş işlemlerinizin tamamlanabilmesi için aşağıdaki belgeleri "
        "en geç 23 Nisan 2027 Cuma saat 17:00'ye kadar ik@ankarayazilim.example.com.tr adresine "
        "iletmenizi rica ederiz:\n\n- Nüfus cüzdanı fotokopisi\n- Diploma fotokopisi\n- Adli "
        "sicil kaydı (e-Devlet çıktısı)\n- İkametgâh belgesi\n\nBelgeleriniz eksiksiz ulaştıktan "
        "sonra sözleşmeniz imzaya hazırlanacaktır.\n\nSaygılarımızla,\nİnsan Kaynakları",
    )
    chk(4, 28, "Wed")
    yield case(
        f,
        "dosar_angajare",
        "ro",
        ("Resurse Umane Carpatica", "hr@carpatica.example.ro"),
        "Documente necesare pentru angajare - termen 28 aprilie",
        sent_on(4, 19, 10, BUH),
        "Romanian employment-contract documents to upload by Wednesday 16:00.",
        "Bună ziua, domnule Morgan,\n\nVă rugăm să ne transmiteți documentele de mai jos până "
        "miercuri, 28 aprilie 2027, ora 16:00, pentru întocmirea contractului individual de "
        "muncă:\n\n- copie act de identitate\n- copie diplomă de studii\n- adeverință medicală "
        "de la medicul de familie\n- extras de cont (IBAN)\n\nDocumentele se pot încărca în "
        "portalul candidaților: https://cariere.carpatica.example.ro\n\nCu stimă,\n"
        "Echipa de Resurse Umane",
        form="both",
    )
    st = when(4, 27, "Tue", 9, 30, HCM)
    sent = sent_on(4, 22, 14, HCM)
    yield case(
        f,
        "moi_phong_van",
        "vi",
        ("Phòng Nhân sự Sông Hồng Logistics", "tuyendung@songhong.example.vn"),
        "Thư mời phỏng vấn – Chuyên viên Kế hoạch Kho vận",
        sent,
        "Control (added after the first measurement): the same HR desk, papers received, "
        "invites to the interview at 9h30-10h30 Tuesday.",
        "Chào anh Alex,\n\nPhòng Nhân sự đã nhận đủ hồ sơ bổ sung của anh. Chúng tôi trân trọng "
        "mời anh tham dự buổi phỏng vấn vị trí Chuyên viên Kế hoạch Kho vận:\n\nThời gian: "
        "9h30 - 10h30, thứ Ba, ngày 27/04/2027\nĐịa điểm: Phòng họp tầng 3, 25 Nguyễn Huệ, "
        "Quận 1, TP. Hồ Chí Minh\nNgười phỏng vấn: chị Trần Thu Hà, Trưởng phòng Kế hoạch\n\n"
        "Anh vui lòng xác nhận tham dự bằng cách trả lời email này.\n\nTrân trọng,\n"
        "Phòng Nhân sự",
        label=slot(st, st + 60 * MIN, sent),
    )
    chk(4, 19, "Mon")
    yield case(
        f,
        "hianypotlas",
        "hu",
        ("Dunakanyar Zrt. HR", "hr@dunakanyar.example.hu"),
        "Hiánypótlás – pályázati anyag",
        sent_on(4, 15, 8, BUD),
        "Hungarian request to complete the application by Monday 12:00.",
        "Kedves Alex!\n\nKöszönjük jelentkezését a Pénzügyi elemző pozícióra. Pályázati "
        "anyagából hiányzik a motivációs levél és a nyelvvizsga-bizonyítvány másolata.\n\n"
        "Kérjük, ezeket 2027. április 19-én, hétfőn 12:00 óráig töltse fel a jelentkezési "
        "felületen. A határidő után beérkező anyagokat sajnos nem tudjuk figyelembe venni.\n\n"
        "Üdvözlettel:\nDunakanyar Zrt. HR csapat",
    )
    st = when(4, 9, "Fri", 14, 0, SEL)
    sent = sent_on(4, 5, 15, SEL)
    yield case(
        f,
        "myeonjeop_ilsang",
        "ko",
        HANBIT,
        "[한빛물산] 2차 면접 일정 안내",
        sent,
        "Control: the same HR team sets the second-round interview, 14:00-15:00.",
        "알렉스 모건 님, 안녕하세요.\n\n1차 면접에 참석해 "
        "주셔서 감사합니다. 2차 면접 일정을 아래와 "
        "같이 안내드립니다.\n\n일시: 2027년 4월 9일(금) 오후 2시 ~ 오후 3시\n장소: 서울시 중구 "
        "세종대로 100, 한빛빌딩 12층 대회의실\n면접관: "
        "물류사업부 박지훈 부장 외 2인\n\n당일 신분증을 "
        "지참하시고 10분 전까지 1층 안내데스크로 와 주시기 바랍니다. 입사 서류는 합격 후 별도로 "
        "안내드릴 예정입니다.\n\n한빛물산 인사팀 드림",
        label=slot(st, st + 60 * MIN, sent),
        form="both",
    )


NUSANTARA = ("HR PT Nusantara Digital", "rekrutmen@nusantaradigital.example.co.id")


def medcheck20() -> Iterator[Case]:
    f = "medcheck20"
    chk(4, 27, "Tue")
    yield case(
        f,
        "truat_sukkhaphap",
        "th",
        ("ฝ่ายทรัพยากรบุคคล สยามฟู้ดส์", "hr@siamfoods.example.co.th"),
        "นัดหมายตรวจสุขภาพก่อนเริ่มงาน",
        sent_on(4, 20, 9, BKK),
        "Thai pre-employment health check at a hospital, Tuesday 08.00-10.00 (Buddhist-era "
        "year beside the common one).",
        "เรียน คุณอเล็กซ์ มอร์แกน\n\nตามที่ท่านผ่านการคัดเลือกเข้าทำงานกับบริษัท สยามฟู้ดส์ จำกัด "
        "บริษัทฯ ขอนัดหมายท่านเข้ารับการตรวจสุขภาพก่อนเริ่มงาน ดังนี้\n\nวันที่: วันอังคารที่ 27 "
        "เมษายน 2570 (2027)\nเวลา: 08.00 - 10.00 น. (กรุณางดอาหารก่อนตรวจ 8 ชั่วโมง)\nสถานที่: "
        "โรงพยาบาลเวชการุณย์ อาคาร 2 ชั้น 1\n\nกรุณานำบัตรประชาชนมาด้วย ผลการตรวจจะส่งถึงฝ่ายบุคคล"
        "โดยตรง\n\nขอแสดงความนับถือ\nฝ่ายทรัพยากรบุคคล",
    )
    chk(5, 6, "Thu")
    yield case(
        f,
        "medical_checkup",
        "id",
        NUSANTARA,
        "Jadwal Medical Check-Up Calon Karyawan",
        sent_on(5, 3, 10, JKT),
        "Indonesian pre-employment medical check-up (MCU) 'we invite you' Thursday 07.30-11.00 "
        "WIB at a clinic; not an interview.",
        "Yth. Bapak Alex Morgan,\n\nSelamat, Anda telah dinyatakan lolos tahap wawancara akhir. "
        "Sebagai tahap berikutnya, kami mengundang Anda untuk mengikuti medical check-up (MCU) "
        "pra-kerja:\n\nHari/Tanggal: Kamis, 6 Mei 2027\nWaktu: 07.30 - 11.00 WIB\nTempat: Klinik "
        "Sehat Prima, Jl. Kemang Raya No. 12, Jakarta Selatan\n\nMohon puasa minimal 10 jam "
        "sebelum pemeriksaan dan membawa KTP. Biaya MCU ditanggung perusahaan.\n\nHormat kami,\n"
        "Tim Rekrutmen",
        form="both",
    )
    chk(5, 11, "Tue")
    yield case(
        f,
        "vstupni_prohlidka",
        "cs",
        ("Personální oddělení Vltava Energie", "nabor@vltavaenergie.example.cz"),
        "Vstupní lékařská prohlídka – termín",
        sent_on(5, 4, 9, PRG),
        "Czech pre-employment medical examination, Tuesday 7:30 at an occupational clinic.",
        "Dobrý den, pane Morgane,\n\npřed nástupem do zaměstnání je nutné absolvovat vstupní "
        "lékařskou prohlídku u našeho poskytovatele pracovnělékařských služeb.\n\nTermín: úterý "
        "11. května 2027 v 7:30\nMísto: MediCentrum Karlín, Sokolovská 88, Praha 8, 2. patro\n\n"
        "S sebou si prosím vezměte občanský průkaz a výpis ze zdravotní dokumentace od "
        "praktického lékaře. Lékařský posudek pak odevzdejte nejpozději v den nástupu.\n\n"
        "S pozdravem\nPersonální oddělení",
    )
    chk(5, 12, "Wed")
    yield case(
        f,
        "halsoundersokning",
        "sv",
        ("HR Norrsken Bygg", "hr@norrskenbygg.example.se"),
        "Bokad hälsoundersökning inför anställning",
        sent_on(5, 5, 13, STO),
        "Swedish occupational-health check booked for the new hire ('Din tid: ... kl. 08:15'), "
        "with a rebooking line.",
        "Hej Alex,\n\nvälkommen till Norrsken Bygg! Som en del av anställningen gör alla nya "
        "medarbetare en hälsoundersökning hos företagshälsovården.\n\nDin tid: onsdag 12 maj "
        "2027 kl. 08:15\nPlats: Företagshälsan Syd, Drottninggatan 5, Malmö\n\nUndersökningen "
        "tar ungefär 45 minuter. Kan du inte komma, boka om direkt hos företagshälsovården på "
        "040-123 45 67.\n\nVänliga hälsningar\nHR-avdelningen",
    )
    chk(5, 14, "Fri")
    yield case(
        f,
        "swasthya_jaanch",
        "hi",
        ("मानव संसाधन विभाग, गंगा टेक्सटाइल्स", "hr@gangatextiles.example.in"),
        "कार्यग्रहण से पूर्व स्वास्थ्य जाँच की सूचना",
        sent_on(5, 6, 11, DEL),
        "Hindi pre-joining health check, Friday 9:00-11:00 at a diagnostic centre.",
        "प्रिय एलेक्स मॉर्गन,\n\nगंगा टेक्सटाइल्स में आपके चयन पर बधाई। कार्यग्रहण से पहले सभी नए "
        "कर्मचारियों की स्वास्थ्य जाँच अनिवार्य है।\n\nदिनांक: शुक्रवार, 14 मई 2027\nसमय: सुबह "
        "9:00 बजे से 11:00 बजे तक\nस्थान: सिटी डायग्नोस्टिक सेंटर, सेक्टर 18, नोएडा\n\nकृपया खाली "
        "पेट आएँ और अपना आधार कार्ड साथ लाएँ। जाँच रिपोर्ट सीधे मानव संसाधन विभाग को भेजी जाएगी।"
        "\n\nसादर,\nमानव संसाधन विभाग",
    )
    st = when(4, 29, "Thu", 10, 0, JKT)
    yield case(
        f,
        "wawancara_user",
        "id",
        NUSANTARA,
        "Undangan Wawancara User - Product Analyst",
        sent_on(4, 26, 14, JKT),
        "Control: the same HR team invites to the user interview, Thursday 10.00-11.00 WIB.",
        "Yth. Bapak Alex Morgan,\n\nTerima kasih atas minat Anda pada posisi Product Analyst. "
        "Kami mengundang Anda untuk mengikuti wawancara dengan user pada:\n\nHari/Tanggal: "
        "Kamis, 29 April 2027\nWaktu: 10.00 - 11.00 WIB\nTempat: Kantor PT Nusantara Digital, "
        "Menara Cakra lt. 15, Jl. Sudirman Kav. 21, Jakarta\nPewawancara: Ibu Rina Hartono "
        "(Head of Product)\n\nMohon konfirmasi kehadiran dengan membalas email ini paling "
        "lambat Selasa, 27 April 2027.\n\nHormat kami,\nTim Rekrutmen",
        label=zoned(st, st + 60 * MIN, JKT),
        form="both",
    )


SAIMAA = ("Saimaa Systems HR", "hr@saimaasystems.example.fi")


def onboard20() -> Iterator[Case]:
    f = "onboard20"
    chk(6, 1, "Tue")
    yield case(
        f,
        "forste_arbejdsdag",
        "da",
        ("HR Kattegat Medico", "hr@kattegatmedico.example.dk"),
        "Velkommen – din første arbejdsdag",
        sent_on(5, 20, 14, CPH),
        "Danish first working day: meet at reception 9.00, a programme of the day.",
        "Kære Alex\n\nVi glæder os til at byde dig velkommen hos Kattegat Medico.\n\nDin første "
        "arbejdsdag er tirsdag den 1. juni 2027. Mød ind kl. 9.00 i receptionen, Havnegade 14, "
        "8000 Aarhus C, hvor din leder, Mette Lund, tager imod dig.\n\nProgram for dagen:\n"
        "09.00 Velkomst og morgenmad\n10.00 IT-opsætning\n12.00 Frokost med teamet\n13.00 "
        "Introduktion til kvalitetssystemet\n\nHusk at medbringe pas og oplysninger til "
        "lønregistrering.\n\nVenlig hilsen\nHR",
        form="both",
    )
    chk(6, 3, "Thu")
    yield case(
        f,
        "perehdytyspaiva",
        "fi",
        SAIMAA,
        "Perehdytyspäivä uusille työntekijöille",
        sent_on(5, 24, 10, HEL),
        "Finnish orientation day for all new starters, Thursday 9.00-15.30.",
        "Hei Alex,\n\ntervetuloa Saimaa Systemsin joukkoon! Kaikille touko- ja kesäkuussa "
        "aloittaville järjestetään yhteinen perehdytyspäivä.\n\nAika: torstai 3.6.2027 klo "
        "9.00–15.30\nPaikka: pääkonttori, Hämeenkatu 20, Tampere, auditorio Näsi\n\nOhjelmassa "
        "mm. tietoturva, työterveys ja palkanmaksu. Lounas on tarjolla. Ilmoitathan "
        "erityisruokavaliosta 28.5. mennessä.\n\nTerveisin\nHR-tiimi",
    )
    chk(6, 7, "Mon")
    yield case(
        f,
        "acolhimento",
        "pt-PT",
        ("Recursos Humanos Atlântico Seguros", "rh@atlanticoseguros.example.pt"),
        "Programa de acolhimento – primeiro dia",
        sent_on(5, 25, 16, LIS),
        "European Portuguese first day and welcome morning, Monday 9h30 at reception.",
        "Caro Alex,\n\nÉ com muito gosto que o recebemos na equipa da Atlântico Seguros.\n\n"
        "O seu primeiro dia será segunda-feira, 7 de junho de 2027. Pedimos que se apresente às "
        "9h30 na receção da Avenida da Liberdade, 110, em Lisboa, onde a Joana Pires o "
        "acompanhará durante a manhã de acolhimento.\n\nNão se esqueça de trazer o cartão de "
        "cidadão e o IBAN para processamento do vencimento.\n\nCom os melhores cumprimentos,\n"
        "Recursos Humanos",
    )
    chk(6, 14, "Mon")
    chk(6, 4, "Fri")
    yield case(
        f,
        "oppstart",
        "nb",
        ("HR Fjordteknikk", "hr@fjordteknikk.example.no"),
        "Informasjon før oppstart",
        sent_on(5, 26, 12, OSL),
        "Norwegian start-date notice: first day Monday 08.30, a payroll form due Friday 12.00.",
        "Hei Alex!\n\nVi gleder oss til du starter hos oss mandag 14. juni 2027.\n\nFørste dag "
        "møter du i resepsjonen i Dronning Eufemias gate 30 kl. 08.30. Nærmeste leder, Ingrid "
        "Solberg, henter deg der. Du får utdelt PC og adgangskort før lunsj.\n\nFør oppstart ber "
        "vi deg fylle ut skjemaet for lønn og skattekort innen fredag 4. juni kl. 12.00: "
        "https://hr.fjordteknikk.example.no/skjema\n\nMed vennlig hilsen\nHR-avdelingen",
        form="both",
    )
    chk(6, 1, "Tue")
    yield case(
        f,
        "pershyi_den",
        "uk",
        ("Відділ кадрів «Дніпро Агро»", "hr@dniproagro.example.ua"),
        "Ваш перший робочий день",
        sent_on(5, 27, 11, KYI),
        "Ukrainian first working day: arrive at 9:00, met by an HR manager.",
        "Доброго дня, Алексе!\n\nРаді повідомити, що ваш перший робочий день у «Дніпро Агро» — "
        "вівторок, 1 червня 2027 року.\n\nПросимо прибути о 9:00 до офісу за адресою: вул. "
        "Січових Стрільців, 21, Київ, 4 поверх. Вас зустріне менеджерка з персоналу Олена "
        "Коваль.\n\nПри собі майте паспорт, ідентифікаційний код і трудову книжку (за "
        "наявності).\n\nЗ повагою,\nВідділ кадрів",
    )
    st = when(5, 12, "Wed", 11, 0, KYI)
    sent = sent_on(5, 6, 15, KYI)
    yield case(
        f,
        "spivbesida",
        "uk",
        ("Відділ кадрів «Дніпро Агро»", "hr@dniproagro.example.ua"),
        "Запрошення на співбесіду",
        sent,
        "Control (added after the first measurement): the same HR desk invites to the "
        "interview, Wednesday 11:00-12:00.",
        "Доброго дня, Алексе!\n\nЗапрошуємо вас на співбесіду на посаду аналітика з "
        "логістики.\n\nДата: середа, 12 травня 2027 року\nЧас: 11:00–12:00\nМісце: вул. "
        "Січових Стрільців, 21, Київ, 4 поверх, переговорна «Дніпро»\n\nБудь ласка, "
        "підтвердіть участь у відповідь на цей лист.\n\nЗ повагою,\nВідділ кадрів",
        label=slot(st, st + 60 * MIN, sent),
    )
    st = when(5, 5, "Wed", 13, 0, HEL)
    sent = sent_on(4, 28, 13, HEL)
    yield case(
        f,
        "haastattelukutsu",
        "fi",
        SAIMAA,
        "Kutsu haastatteluun – Ohjelmistokehittäjä",
        sent,
        "Control: the same Finnish HR team invites to an interview, Wednesday 13.00-14.00.",
        "Hei Alex,\n\nkiitos hakemuksestasi Ohjelmistokehittäjän tehtävään. Haluaisimme kutsua "
        "sinut haastatteluun.\n\nAika: keskiviikko 5.5.2027 klo 13.00–14.00\nPaikka: Hämeenkatu "
        "20, Tampere, 3. krs (ilmoittaudu vastaanotossa)\nHaastattelijat: kehitysjohtaja Mikko "
        "Virtanen ja HR-asiantuntija Laura Niemi\n\nVahvistathan osallistumisesi vastaamalla "
        "tähän viestiin.\n\nTerveisin\nHR-tiimi",
        label=slot(st, st + 60 * MIN, sent),
    )


AIGAIO = ("Τμήμα Προσωπικού Αιγαίο Τεχνική", "hr@aigaiotechniki.example.gr")


def results20() -> Iterator[Case]:
    f = "results20"
    chk(5, 7, "Fri")
    yield case(
        f,
        "gyeolgwa_balpyo",
        "ko",
        ("대한에너지 채용", "recruit@daehan-energy.example.kr"),
        "[대한에너지] 인적성검사 결과 발표 일정 안내",
        sent_on(5, 3, 10, SEL),
        "Korean aptitude-test results published Friday 10:00 on the careers site.",
        "안녕하세요, 대한에너지 채용 담당자입니다.\n\n지난 "
        "5월 1일 실시된 인적성검사에 응시해 주셔서 "
        "감사합니다.\n\n결과 발표: 2027년 5월 7일(금) 오전 "
        "10시\n확인 방법: 채용 홈페이지 로그인 후 "
        "[지원 현황] 메뉴\n\n합격자에 한해 면접 일정이 개별 "
        "안내될 예정입니다. 결과 관련 개별 문의는 "
        "받지 않는 점 양해 부탁드립니다.\n\n감사합니다.",
        headers=AUTO,
        form="html",
    )
    chk(5, 10, "Mon")
    yield case(
        f,
        "grup_mulakati_sonuc",
        "tr",
        ("Boğaziçi Lojistik Kariyer", "kariyer@bogazicilojistik.example.com.tr"),
        "Grup mülakatı sonuçları hakkında",
        sent_on(5, 4, 15, IST),
        "Turkish group-interview results to be published Monday 14:00 on the portal.",
        "Merhaba Alex,\n\n3 Mayıs'ta gerçekleştirilen grup mülakatına katıldığınız için teşekkür "
        "ederiz. Değerlendirme süreci devam etmektedir.\n\nSonuçlar 10 Mayıs 2027 Pazartesi saat "
        "14:00'te aday portalında yayınlanacaktır. Bir sonraki aşamaya geçen adaylarla ayrıca "
        "iletişime geçeceğiz.\n\nİyi günler dileriz,\nBoğaziçi Lojistik İK",
    )
    chk(5, 12, "Wed")
    yield case(
        f,
        "apotelesmata",
        "el",
        AIGAIO,
        "Ανακοίνωση αποτελεσμάτων αξιολόγησης",
        sent_on(5, 5, 12, ATH),
        "Greek assessment-centre results announced Wednesday 12:00 in the candidate portal.",
        "Αγαπητέ κύριε Morgan,\n\nσας ευχαριστούμε για τη συμμετοχή σας στο κέντρο αξιολόγησης "
        "της 4ης Μαΐου.\n\nΤα αποτελέσματα θα ανακοινωθούν την Τετάρτη 12 Μαΐου 2027, στις 12:00, "
        "στην πύλη υποψηφίων. Θα λάβετε επίσης ειδοποίηση μέσω email.\n\nΜε εκτίμηση,\n"
        "Τμήμα Προσωπικού",
    )
    chk(5, 15, "Sat")
    yield case(
        f,
        "natayej_azmoon",
        "fa",
        ("واحد منابع انسانی پارس‌داده", "hr@parsdadeh.example.ir"),
        "اعلام نتایج آزمون استخدامی",
        sent_on(5, 8, 10, THR),
        "Persian written-exam results published Saturday 10:00 (Solar Hijri date with the "
        "Gregorian one in brackets, Persian digits).",
        "جناب آقای مورگان،\n\nبا سلام و احترام،\nاز شرکت شما در آزمون کتبی استخدامی پارس‌داده "
        "سپاسگزاریم.\n\nنتایج آزمون روز شنبه ۲۵ اردیبهشت ۱۴۰۶ (۱۵ مه ۲۰۲۷) ساعت ۱۰:۰۰ در سامانهٔ "
        "استخدام منتشر خواهد شد. پذیرفته‌شدگان برای مصاحبه به‌صورت جداگانه دعوت می‌شوند.\n\n"
        "با احترام،\nواحد منابع انسانی",
    )
    chk(5, 14, "Fri")
    yield case(
        f,
        "ket_qua_vong_nhom",
        "vi",
        ("Tuyển dụng Mekong Finance", "tuyendung@mekongfinance.example.vn"),
        "Thông báo thời gian công bố kết quả vòng thảo luận nhóm",
        sent_on(5, 10, 16, HCM),
        "Vietnamese group-discussion results announced Friday 15h00.",
        "Chào bạn Alex,\n\nCảm ơn bạn đã tham gia vòng thảo luận nhóm ngày 8/5 vừa qua.\n\nKết "
        "quả sẽ được công bố vào lúc 15h00 thứ Sáu, ngày 14/05/2027 qua email và trên cổng tuyển "
        "dụng. Các ứng viên đạt sẽ được mời phỏng vấn vòng cuối trong tuần tiếp theo.\n\n"
        "Trân trọng,\nBan Tuyển dụng Mekong Finance",
        form="both",
    )
    st = when(5, 18, "Tue", 11, 0, ATH)
    sent = sent_on(5, 13, 11, ATH)
    yield case(
        f,
        "synenteuxi_telikos",
        "el",
        AIGAIO,
        "Πρόσκληση σε συνέντευξη – τελικός γύρος",
        sent,
        "Control: the same Greek HR team invites to the final-round interview, Tuesday "
        "11:00-12:00.",
        "Αγαπητέ κύριε Morgan,\n\nμε χαρά σας ενημερώνουμε ότι περάσατε στον τελικό γύρο. Σας "
        "προσκαλούμε σε συνέντευξη με τον Διευθυντή Έργων:\n\nΗμερομηνία: Τρίτη 18 Μαΐου 2027\n"
        "Ώρα: 11:00 – 12:00\nΤόπος: Λεωφ. Κηφισίας 120, Μαρούσι, 5ος όροφος\n\nΠαρακαλούμε "
        "επιβεβαιώστε τη συμμετοχή σας απαντώντας σε αυτό το μήνυμα.\n\nΜε εκτίμηση,\n"
        "Τμήμα Προσωπικού",
        label=slot(st, st + 60 * MIN, sent),
    )


def jobfair20() -> Iterator[Case]:
    f = "jobfair20"
    chk(4, 24, "Sat")
    yield case(
        f,
        "bursa_kerja",
        "id",
        ("Karier Kampus Nusantara", "info@kariernusantara.example.id"),
        "Jangan lewatkan Bursa Kerja Nusantara 2027!",
        sent_on(4, 20, 9, JKT),
        "Indonesian job-fair newsletter: Saturday 09.00-16.00 WIB, register online.",
        "Halo Alex,\n\nBursa Kerja Nusantara 2027 hadir kembali dengan lebih dari 80 perusahaan "
        "peserta.\n\nTanggal: Sabtu, 24 April 2027\nJam: 09.00 - 16.00 WIB\nLokasi: Jakarta "
        "Convention Center, Hall B\n\nBawa CV cetak dan kartu identitas. Registrasi gratis di "
        "https://kariernusantara.example.id/daftar\n\nSampai jumpa!\nTim Karier Kampus Nusantara",
        headers=BULK,
        form="html",
    )
    chk(4, 28, "Wed")
    yield case(
        f,
        "karnival_kerjaya",
        "ms",
        ("Unit Kerjaya Universiti Teknologi Selatan", "kerjaya@uts.example.edu.my"),
        "Karnival Kerjaya 2027 – jadual dan pendaftaran",
        sent_on(4, 21, 10, KUL),
        "Malay career carnival 'we invite you' Wednesday 9.00 pagi-5.00 petang with walk-in "
        "interviews by some firms.",
        "Salam sejahtera Alex,\n\nUnit Kerjaya dengan sukacitanya menjemput anda ke Karnival "
        "Kerjaya 2027.\n\nTarikh: Rabu, 28 April 2027\nMasa: 9.00 pagi – 5.00 petang\nTempat: "
        "Dewan Besar, Universiti Teknologi Selatan, Johor Bahru\n\nSesi temu duga terbuka "
        "(walk-in) akan diadakan oleh beberapa syarikat. Sila daftar sebelum 26 April.\n\n"
        "Sekian, terima kasih.\nUnit Kerjaya",
        headers=BULK,
    )
    chk(5, 6, "Thu")
    yield case(
        f,
        "fira_ocupacio",
        "ca",
        ("Fira d'Ocupació del Vallès", "info@firaocupacio.example.cat"),
        "Demà obrim portes: horaris de la Fira d'Ocupació",
        sent_on(5, 5, 18, BCN),
        "Catalan job fair tomorrow: opening hours, a quick-interview corner without "
        "appointment and a talk at 17.00.",
        "Hola, Alex:\n\nDemà dijous 6 de maig de 2027 obrim la Fira d'Ocupació del Vallès al "
        "recinte firal de Sabadell.\n\nHorari: de 10.00 a 19.00 h\nEspai d'entrevistes ràpides: "
        "de 11.00 a 14.00 h (sense cita prèvia)\nXerrada «Com preparar una entrevista»: 17.00 h, "
        "sala 2\n\nPorta el teu CV i l'acreditació que et vam enviar.\n\nUs hi esperem!\n"
        "L'equip de la Fira",
        headers=BULK,
        form="both",
    )
    chk(5, 15, "Sat")
    yield case(
        f,
        "targ_cariere",
        "ro",
        ("Târgul de Cariere Cluj", "contact@targcariere.example.ro"),
        "Program Târgul de Cariere – sâmbătă, 15 mai",
        sent_on(5, 10, 12, BUH),
        "Romanian career fair Saturday 10:00-18:00 with mock interviews.",
        "Salut, Alex!\n\nTe așteptăm la Târgul de Cariere Cluj, sâmbătă, 15 mai 2027, între "
        "orele 10:00 și 18:00, la Cluj Arena, Sala Polivalentă.\n\nPeste 60 de angajatori, "
        "ateliere de CV și simulări de interviu. Intrarea este liberă, pe bază de înregistrare: "
        "https://targcariere.example.ro/inscriere\n\nEchipa Târgului",
        headers=BULK,
    )
    chk(5, 20, "Thu")
    yield case(
        f,
        "allasborze",
        "hu",
        ("Szegedi Állásbörze", "info@allasborze.example.hu"),
        "Emlékeztető: Állásbörze holnap 10 órától",
        sent_on(5, 19, 16, BUD),
        "Hungarian job-fair reminder: tomorrow 10:00-16:00, CV advice at 13:00.",
        "Kedves Alex!\n\nEmlékeztetjük, hogy holnap, 2027. május 20-án (csütörtökön) 10:00 és "
        "16:00 óra között várjuk a Szegedi Állásbörzén az Agora Rendezvényközpontban.\n\nA "
        "helyszínen 45 munkáltató várja az érdeklődőket. Az önéletrajz-tanácsadás 13:00-kor "
        "kezdődik.\n\nÜdvözlettel:\nA szervezők",
        headers=BULK,
    )
    st = when(5, 11, "Tue", 16, 30, BCN)
    sent = sent_on(5, 7, 12, BCN)
    yield case(
        f,
        "entrevista_fira",
        "ca",
        ("Laia Puig – Mediterrani Foods", "laia.puig@mediterranifoods.example.cat"),
        "Entrevista després de la Fira: dimarts 11 de maig, 16.30 h",
        sent,
        "Control: a recruiter met at the fair books an interview, Tuesday 16.30-17.15.",
        "Hola, Alex:\n\nVa ser un plaer conèixer-te ahir al nostre estand de la Fira "
        "d'Ocupació. Com et vaig comentar, ens agradaria fer-te una entrevista per a la posició "
        "de tècnic/a de qualitat.\n\nT'esperem el dimarts 11 de maig de 2027 de 16.30 a 17.15 h "
        "a les nostres oficines (carrer de la Indústria 45, Terrassa). Pregunta per mi a la "
        "recepció.\n\nSi us plau, confirma'm l'assistència responent aquest correu.\n\n"
        "Salutacions,\nLaia Puig\nMediterrani Foods",
        label=slot(st, st + 45 * MIN, sent),
    )


SEVLOG = ("Анна Смирнова, «Северсталь Логистика»", "a.smirnova@sevlog.example.ru")


def declined20() -> Iterator[Case]:
    f = "declined20"
    chk(5, 10, "Mon")
    yield case(
        f,
        "otkaz_posle_sobesedovaniya",
        "ru",
        SEVLOG,
        "Результаты собеседования",
        sent_on(5, 12, 17, MSK),
        "Russian rejection naming the past interview, Monday 10 May 15:00.",
        "Здравствуйте, Алекс!\n\nБлагодарим вас за участие в собеседовании в понедельник, "
        "10 мая, в 15:00. Нам было приятно познакомиться с вами.\n\nК сожалению, на данном этапе "
        "мы приняли решение продолжить работу с другим кандидатом, чей опыт точнее "
        "соответствует требованиям вакансии.\n\nМы сохраним ваше резюме в нашей базе и свяжемся "
        "с вами, если появится подходящая позиция.\n\nС уважением,\nАнна Смирнова\nHR-менеджер",
    )
    chk(5, 20, "Thu")
    yield case(
        f,
        "teshuva_shlilit",
        "he",
        ("מחלקת גיוס – גליל טכנולוגיות", "jobs@galiltech.example.co.il"),
        "עדכון לגבי מועמדותך",
        sent_on(5, 13, 11, TLV),
        "Hebrew rejection after an interview; feedback call bookable via a link until "
        "Thursday 16:00.",
        "שלום אלכס,\n\nתודה שהקדשת מזמנך לראיון שהתקיים אצלנו בשבוע שעבר.\n\nלאחר שיקול דעת, "
        "החלטנו שלא להמשיך בתהליך עם מועמדותך לתפקיד מהנדס/ת בדיקות. אנו מעריכים את ההתעניינות "
        "שלך בגליל טכנולוגיות.\n\nאם תרצה לקבל משוב על הראיון, ניתן לקבוע שיחה קצרה עם מגייסת "
        "עד יום חמישי, 20 במאי 2027, בשעה 16:00 דרך הקישור: "
        "https://galiltech.example.co.il/feedback\n\nבהצלחה,\nצוות הגיוס",
        form="both",
    )
    chk(5, 12, "Wed")
    yield case(
        f,
        "zamitnuti",
        "cs",
        ("Jana Dvořáková – Brněnské strojírny", "jana.dvorakova@brnostroj.example.cz"),
        "Vaše žádost o místo – výsledek výběrového řízení",
        sent_on(5, 14, 10, PRG),
        "Czech rejection naming the past interview (Wednesday 14:00).",
        "Dobrý den, pane Morgane,\n\nděkujeme za Váš čas a za osobní pohovor, který proběhl ve "
        "středu 12. května ve 14:00.\n\nBohužel Vám musíme sdělit, že jsme se rozhodli "
        "pokračovat s jiným uchazečem. Vaše zkušenosti nás zaujaly, a pokud souhlasíte, rádi si "
        "Váš životopis ponecháme v databázi po dobu jednoho roku.\n\nPřejeme hodně úspěchů.\n\n"
        "S pozdravem\nJana Dvořáková\nHR specialistka",
    )
    chk(5, 27, "Thu")
    yield case(
        f,
        "tyvarr_oppet_hus",
        "sv",
        ("Karin Berg, Vänern Analys", "karin.berg@vanernanalys.example.se"),
        "Angående tjänsten som dataanalytiker",
        sent_on(5, 17, 9, STO),
        "Swedish rejection that welcomes the reader to an open house, Thursday 17.00.",
        "Hej Alex,\n\ntack för att du tog dig tid att träffa oss i förra veckan. Vi har nu gått "
        "igenom alla kandidater och har tyvärr valt att gå vidare med en annan sökande.\n\nVi "
        "arrangerar ett öppet hus för framtida rekryteringar torsdag 27 maj kl. 17.00 på vårt "
        "kontor i Karlstad – du är välkommen dit om du vill hålla kontakten.\n\nLycka till "
        "framöver!\n\nVänliga hälsningar\nKarin Berg\nRekryterare",
    )
    chk(5, 16, "Sun")
    yield case(
        f,
        "nirbachito_noy",
        "bn",
        ("মানবসম্পদ বিভাগ, পদ্মা ফার্মা", "hr@padmapharma.example.com.bd"),
        "আপনার আবেদনের ফলাফল",
        sent_on(5, 18, 12, DHA),
        "Bengali rejection naming the past interview (Sunday 16 May, 11 a.m.; Bengali digits).",
        "প্রিয় অ্যালেক্স মরগান,\n\nগত ১৬ মে রবিবার সকাল "
        "১১টায় অনুষ্ঠিত সাক্ষাৎকারে অংশগ্রহণের জন্য "
        "আপনাকে ধন্যবাদ।\n\nদুঃখের সাথে জানাচ্ছি যে, এবার আপনাকে এই পদের জন্য নির্বাচিত করা সম্ভব "
        "হয়নি। ভবিষ্যতে উপযুক্ত পদ খালি হলে আমরা আপনার সাথে যোগাযোগ করব।\n\nশুভেচ্ছান্তে,\n"
        "মানবসম্পদ বিভাগ\nপদ্মা ফার্মা লিমিটেড",
    )
    st = when(5, 6, "Thu", 10, 0, TLV)
    sent = sent_on(5, 2, 12, TLV)
    yield case(
        f,
        "zimun_leraayon",
        "he",
        ("מחלקת גיוס – גליל טכנולוגיות", "jobs@galiltech.example.co.il"),
        "זימון לראיון עבודה",
        sent,
        "Control (added after the first measurement): the same recruiting desk sets the "
        "interview, Thursday 10:00-11:00.",
        "שלום אלכס,\n\nנשמח לפגוש אותך לראיון לתפקיד מהנדס/ת בדיקות.\n\nמועד: יום חמישי, "
        "6 במאי 2027, בשעה 10:00-11:00\nמקום: משרדי גליל טכנולוגיות, רחוב הנחושת 4, יקנעם, "
        "קומה 2\n\nנא לאשר הגעה בתשובה למייל זה.\n\nבהצלחה,\nצוות הגיוס",
        label=slot(st, st + 60 * MIN, sent),
    )
    st = when(5, 10, "Mon", 15, 0, MSK)
    yield case(
        f,
        "vtoroy_etap",
        "ru",
        SEVLOG,
        "Приглашение на второй этап собеседования",
        sent_on(5, 3, 14, MSK),
        "Control: the same recruiter invites to the second round, Monday 15:00-16:00 (мск).",
        "Здравствуйте, Алекс!\n\nСпасибо за интервью с рекрутером. Приглашаем вас на второй "
        "этап — собеседование с руководителем отдела логистики Игорем Петровым.\n\nДата: "
        "понедельник, 10 мая 2027 г.\nВремя: 15:00–16:00 (мск)\nМесто: Москва, ул. Большая "
        "Ордынка, 40, стр. 4, офис 512\n\nПросьба подтвердить участие ответным письмом. При себе "
        "иметь паспорт для оформления пропуска.\n\nС уважением,\nАнна Смирнова\nHR-менеджер",
        label=zoned(st, st + 60 * MIN, MSK),
    )


TEJO = ("Marta Sousa – Tejo Digital", "marta.sousa@tejodigital.example.pt")
EGE = ("Zeynep Aydın – Ege Teknoloji", "zeynep.aydin@egeteknoloji.example.com.tr")


def proposetimes20() -> Iterator[Case]:
    f = "proposetimes20"
    chk(5, 3, "Mon")
    chk(5, 5, "Wed")
    yield case(
        f,
        "propor_horarios",
        "pt-PT",
        TEJO,
        "Entrevista – pode indicar-nos disponibilidade?",
        sent_on(4, 26, 10, LIS),
        "European Portuguese recruiter asks for two or three options between Monday and "
        "Wednesday; her own hours only.",
        "Olá Alex,\n\nObrigada pela sua candidatura à vaga de Designer de Produto. Gostaríamos "
        "de marcar uma entrevista com a nossa equipa.\n\nPoderia indicar-nos duas ou três opções "
        "de horário entre segunda-feira, 3 de maio, e quarta-feira, 5 de maio? Em princípio "
        "estamos disponíveis entre as 10h00 e as 17h00.\n\nFico a aguardar a sua resposta.\n\n"
        "Cumprimentos,\nMarta Sousa\nTalent Acquisition",
    )
    chk(5, 4, "Tue")
    yield case(
        f,
        "uygun_zaman",
        "tr",
        EGE,
        "Görüşme için uygun zamanlarınız",
        sent_on(4, 27, 9, IST),
        "Turkish recruiter asks for suitable days and hours; one example slot 'suits us', "
        "nothing set.",
        "Merhaba Alex,\n\nBaşvurunuz ekibimizin ilgisini çekti, sizinle bir tanışma görüşmesi "
        "yapmak isteriz.\n\nÖnümüzdeki hafta için uygun olduğunuz birkaç gün ve saat aralığını "
        "paylaşabilir misiniz? Örneğin 4 Mayıs Salı 14:00 sonrası bizim için uygun, ancak sizin "
        "tercihlerinize göre planlayabiliriz.\n\nGörüşme yaklaşık 30 dakika sürecek ve Teams "
        "üzerinden yapılacak.\n\nSevgiler,\nZeynep Aydın\nİşe Alım Uzmanı",
    )
    chk(5, 6, "Thu")
    chk(5, 7, "Fri")
    yield case(
        f,
        "saduak_wela",
        "th",
        ("พิมพ์ชนก – บางกอกคลาวด์", "pimchanok@bangkokcloud.example.co.th"),
        "ขอทราบวันเวลาที่สะดวกสำหรับการสัมภาษณ์",
        sent_on(4, 28, 11, BKK),
        "Thai recruiter asks for 2-3 convenient slots on Thursday or Friday between 10.00 and "
        "16.00; a Meet link will follow.",
        "เรียน คุณอเล็กซ์\n\nขอบคุณที่สนใจร่วมงานกับบางกอกคลาวด์ในตำแหน่งวิศวกรข้อมูล ทางเราต้องการ"
        "นัดสัมภาษณ์ออนไลน์กับคุณ\n\nรบกวนแจ้งวันและเวลาที่สะดวก 2-3 ช่วง ภายในวันพฤหัสบดีที่ 6 "
        "หรือวันศุกร์ที่ 7 พฤษภาคม 2570 ช่วงเวลา 10.00 - "
        "16.00 น.\n\nเมื่อได้รับคำตอบแล้ว ดิฉันจะส่ง"
        "ลิงก์ Google Meet ให้อีกครั้ง\n\nขอบคุณค่ะ\nพิมพ์ชนก\nฝ่ายสรรหาบุคลากร",
    )
    chk(5, 6, "Thu")
    yield case(
        f,
        "ganeunghan_sigan",
        "ko",
        ("이서연 (누리소프트 채용팀)", "seoyeon.lee@nurisoft.example.kr"),
        "면접 가능 일정 회신 요청드립니다",
        sent_on(4, 29, 13, SEL),
        "Korean recruiter asks for 2-3 possible time slots, reply by Thursday 17:00.",
        "알렉스 님, 안녕하세요.\n\n누리소프트 채용팀 "
        "이서연입니다. 서류 전형 합격을 축하드립니다.\n\n"
        "1차 면접 일정 조율을 위해 다음 주 중 가능하신 시간대를 2~3개 회신 부탁드립니다. 면접은 약 "
        "1시간 동안 화상으로 진행되며, 5월 6일(목) 오후 5시까지 회신 주시면 확정된 일정을 다시 "
        "안내드리겠습니다.\n\n감사합니다.\n이서연 드림",
    )
    chk(5, 10, "Mon")
    chk(5, 12, "Wed")
    yield case(
        f,
        "foreslaa_tidspunkt",
        "da",
        ("Sofie Holm – Nordlys Energi", "sofie.holm@nordlysenergi.example.dk"),
        "Forslag til tidspunkt for samtale",
        sent_on(4, 30, 10, CPH),
        "Danish recruiter asks the reader to suggest times; names her own free windows.",
        "Hej Alex\n\nTak for din ansøgning. Vi vil meget gerne invitere dig til en første "
        "samtale.\n\nKan du sende mig et par forslag til tidspunkter? Jeg har selv mulighed "
        "mandag den 10. maj efter kl. 13 og onsdag den 12. maj hele formiddagen.\n\nSamtalen "
        "varer ca. 45 minutter og foregår på vores kontor i Odense.\n\nVenlig hilsen\nSofie Holm"
        "\nHR-partner",
        form="both",
    )
    st = when(5, 4, "Tue", 14, 30, LIS)
    sent = sent_on(4, 28, 15, LIS)
    yield case(
        f,
        "entrevista_marcada",
        "pt-PT",
        TEJO,
        "Entrevista confirmada – terça-feira, 4 de maio, 14h30",
        sent,
        "Control: the recruiter confirms the slot, Tuesday 14h30-15h30.",
        "Olá Alex,\n\nObrigada pela sua resposta. Fica então confirmada a entrevista para "
        "terça-feira, 4 de maio de 2027, das 14h30 às 15h30, nos nossos escritórios (Rua do Ouro, "
        "88, 2.º andar, Lisboa).\n\nEstarão presentes eu e o Rui Tavares, diretor de design.\n\n"
        "Até breve,\nMarta Sousa\nTalent Acquisition",
        label=slot(st, st + 60 * MIN, sent),
    )
    st = when(5, 5, "Wed", 10, 30, IST)
    sent = sent_on(4, 29, 16, IST)
    yield case(
        f,
        "gorusme_onay",
        "tr",
        EGE,
        "Görüşme teyidi: 5 Mayıs Çarşamba 10:30",
        sent,
        "Control: the Turkish recruiter confirms the call the reader chose, Wednesday "
        "10:30-11:00 on Teams.",
        "Merhaba Alex,\n\nDönüşünüz için teşekkürler. Görüşmemizi 5 Mayıs 2027 Çarşamba günü "
        "saat 10:30-11:00 arası olarak planladım; Teams davet bağlantısı aşağıdadır:\n"
        "https://teams.example.com/l/meetup-join/ege-4471\n\nGörüşmede ekip lideri Murat Şahin de "
        "bulunacak.\n\nSevgiler,\nZeynep Aydın\nİşe Alım Uzmanı",
        label=slot(st, st + 30 * MIN, sent),
    )


def calreply20() -> Iterator[Case]:
    f = "calreply20"
    chk(5, 6, "Thu")
    yield case(
        f,
        "prijato",
        "cs",
        ("Tomáš Novák", "tomas.novak@posta.example.cz"),
        "Přijato: Zkušební pohovor s Alexem @ čt 6. 5. 2027 18:00 – 19:00",
        sent_on(5, 3, 20, PRG),
        "Czech calendar notice: a friend accepted the reader's mock interview (the reader's "
        "own event).",
        "Tomáš Novák přijal tuto pozvánku.\n\nZkušební pohovor s Alexem\nKdy: čtvrtek 6. května "
        "2027 18:00 – 19:00 (středoevropský letní čas)\nKde: Kavárna Lávka, Praha\nHosté: Alex "
        "Morgan (organizátor), Tomáš Novák\n\nPozvánka z kalendáře. Tuto zprávu jste obdrželi, "
        "protože jste organizátorem události.",
        headers=AUTO,
    )
    chk(5, 7, "Fri")
    yield case(
        f,
        "kabul_edildi",
        "tr",
        ("Mehmet Demir", "mehmet.demir@eposta.example.com.tr"),
        "Kabul Edildi: Mülakat provası",
        sent_on(5, 4, 21, IST),
        "Turkish acceptance of the reader's mock-interview meeting with a mentor.",
        "Mehmet Demir bu toplantıyı kabul etti.\n\nMülakat provası\nNe zaman: 7 Mayıs 2027 Cuma "
        "19:00-20:00 (UTC+03:00) İstanbul\nNerede: Microsoft Teams toplantısı",
        headers=AUTO,
    )
    chk(5, 11, "Tue")
    yield case(
        f,
        "geojeol",
        "ko",
        ("박민준", "minjun.park@mail.example.kr"),
        "거절됨: 포트폴리오 리뷰 @ 2027년 5월 11일 (화) 오후 7시 - 오후 8시",
        sent_on(5, 6, 22, SEL),
        "Korean decline of the reader's portfolio-review event, with a short comment.",
        "박민준 님이 이 초대를 거절했습니다.\n\n포트폴리오 "
        "리뷰\n일시: 2027년 5월 11일 (화) 오후 7시 ~ "
        "오후 8시 (한국 표준시)\n장소: 강남역 스터디카페 3층\n\n메모: 그날 야근이 있어서 어려울 것 "
        "같아요. 다음 주에 다시 잡아요!",
        headers=AUTO,
    )
    chk(5, 12, "Wed")
    yield case(
        f,
        "accepterat",
        "sv",
        ("Elin Sjöberg", "elin.sjoberg@post.example.se"),
        "Accepterat: Fika och CV-genomgång",
        sent_on(5, 7, 18, STO),
        "Swedish acceptance of the reader's own CV-review coffee.",
        "Elin Sjöberg har accepterat inbjudan.\n\nFika och CV-genomgång\nNär: onsdag 12 maj "
        "2027 16:00–17:00 (centraleuropeisk sommartid)\nVar: Café Pascal, Norrtullsgatan 4, "
        "Stockholm",
        headers=AUTO,
    )
    chk(5, 13, "Thu")
    chk(5, 14, "Fri")
    yield case(
        f,
        "refuzat_propunere",
        "ro",
        ("Andrei Popescu", "andrei.popescu@posta.example.ro"),
        "Refuzat: Simulare interviu tehnic",
        sent_on(5, 9, 19, BUH),
        "Romanian decline of the reader's mock technical interview, with a counter-proposed "
        "time (not agreed).",
        "Andrei Popescu a refuzat această invitație și a propus o oră nouă.\n\nSimulare "
        "interviu tehnic\nCând: joi, 13 mai 2027, 18:00 – 19:00 (ora Europei de Est)\n"
        "Oră propusă: vineri, 14 mai 2027, 18:30 – 19:30\n\nMesaj: Joi am ședință până târziu, "
        "vineri ar merge?",
        headers=AUTO,
    )
    chk(5, 17, "Mon")
    yield case(
        f,
        "me_epifylaxi",
        "el",
        ("Μαρία Παπαδοπούλου", "maria.papadopoulou@mail.example.gr"),
        "Αποδοχή με επιφύλαξη: Συνάντηση γνωριμίας (mentoring)",
        sent_on(5, 11, 20, ATH),
        "Greek tentative acceptance of the reader's mentoring meeting.",
        "Η Μαρία Παπαδοπούλου αποδέχτηκε με επιφύλαξη την πρόσκληση.\n\nΣυνάντηση γνωριμίας "
        "(mentoring)\nΠότε: Δευτέρα 17 Μαΐου 2027 18:30 – 19:30 (Ώρα Ανατολικής Ευρώπης)\n"
        "Πού: Google Meet",
        headers=AUTO,
    )

    st = when(5, 13, "Thu", 10, 0, PRG)
    sent = sent_on(5, 7, 11, PRG)
    yield case(
        f,
        "pozvanka_pohovor",
        "cs",
        ("Jana Dvořáková", "jana.dvorakova@brnostroj.example.cz"),
        "Pozvánka: Pohovor – Alex Morgan @ čt 13. 5. 2027 10:00 – 11:00",
        sent,
        "Control (added after the first measurement): a calendar's text invitation from the "
        "recruiter to the reader's interview, Thursday 10:00-11:00 (no iCalendar part).",
        "Jana Dvořáková vás zve na tuto událost.\n\nPohovor – Alex Morgan\nKdy: čtvrtek "
        "13. května 2027 10:00 – 11:00 (středoevropský letní čas)\nKde: Brněnské strojírny, "
        "Heršpická 12, Brno, zasedačka 3\nHosté: Jana Dvořáková (organizátor), Alex Morgan\n\n"
        "Zúčastníte se? Ano – Možná – Ne",
        label=slot(st, st + 60 * MIN, sent),
    )


def fwdgeary20() -> Iterator[Case]:
    f = "fwdgeary20"
    chk(5, 19, "Wed")
    yield geary(
        f,
        "staj_oryantasyon",
        "tr",
        ("Marmara Gıda İK", "ik@marmaragida.example.com.tr"),
        "Staj programı oryantasyonu",
        sent_on(5, 12, 10, IST),
        "Bunu da ekleyebilir misin? Oryantasyon günü.",
        "Sevgili Stajyer Adayımız,\n\nYaz staj programımızın oryantasyonu 19 Mayıs 2027 "
        "Çarşamba günü saat 09:30'da Kadıköy ofisimizde başlayacaktır. Gün boyunca şirket "
        "tanıtımı, iş sağlığı ve güvenliği eğitimi yapılacaktır.\n\nMarmara Gıda İK",
        "Geary (tr) forward of an internship orientation day at 09:30; the user's note calls "
        "it an orientation.",
    )
    st = when(5, 20, "Thu", 11, 0, MSK)
    yield geary(
        f,
        "sobesedovanie",
        "ru",
        ("Ольга Кузнецова, «Уралтехснаб»", "o.kuznetsova@uraltech.example.ru"),
        "Приглашение на собеседование",
        sent_on(5, 14, 12, MSK),
        "Пересылаю приглашение, добавь, пожалуйста, в календарь.",
        "Добрый день, Алекс!\n\nПриглашаем вас на собеседование на позицию аналитика "
        "закупок.\n\nКогда: четверг, 20 мая 2027 г., 11:00–12:00\nГде: видеозвонок в Яндекс "
        "Телемост, ссылка придёт за час до встречи.\n\nС уважением,\nОльга Кузнецова",
        "Control: Geary (ru) forward of an interview, Thursday 11:00-12:00.",
        label=slot(st, st + 60 * MIN, sent_on(5, 14, 12, MSK)),
    )
    chk(5, 21, "Fri")
    yield geary(
        f,
        "enimerotiki",
        "el",
        ("Ομάδα Προσλήψεων Ιόνιο Bank", "careers@ioniobank.example.gr"),
        "Ενημερωτική εκδήλωση για το πρόγραμμα Graduate",
        sent_on(5, 13, 9, ATH),
        "Δες αυτό, ίσως πάω.",
        "Αγαπητέ/ή υποψήφιε/α,\n\nσας προσκαλούμε στην ενημερωτική διαδικτυακή εκδήλωση για το "
        "πρόγραμμα Graduate 2027, την Παρασκευή 21 Μαΐου στις 17:00. Θα παρουσιαστούν οι "
        "ρόλοι και η διαδικασία επιλογής.\n\nΕγγραφή: https://ioniobank.example.gr/graduate\n\n"
        "Ομάδα Προσλήψεων",
        "Geary (el) forward of a graduate-programme webinar 'we invite you', Friday 17:00.",
    )
    st = when(5, 25, "Tue", 10, 0, BUH)
    yield geary(
        f,
        "interviu_tehnic",
        "ro",
        ("Ioana Stan – Dacia Soft", "ioana.stan@daciasoft.example.ro"),
        "Invitație la interviul tehnic",
        sent_on(5, 17, 15, BUH),
        "Îl pui în calendar, te rog?",
        "Bună ziua, Alex,\n\nVă invităm la interviul tehnic pentru postul de programator Java, "
        "marți, 25 mai 2027, între orele 10:00 și 11:30, la sediul nostru din Iași, str. "
        "Palat 3.\n\nVă rugăm să confirmați prezența.\n\nCu stimă,\nIoana Stan",
        "Control: Geary (ro) forward of a technical interview, Tuesday 10:00-11:30.",
        label=slot(st, st + 90 * MIN, sent_on(5, 17, 15, BUH)),
    )
    chk(5, 24, "Mon")
    yield geary(
        f,
        "kerdoiv",
        "hu",
        ("Tisza Bank Toborzás", "toborzas@tiszabank.example.hu"),
        "Emlékeztető: személyiség-kérdőív kitöltése",
        sent_on(5, 18, 9, BUD),
        "Ezt ki kell töltenem hétfőig.",
        "Kedves Jelölt!\n\nEmlékeztetjük, hogy a személyiség-kérdőívet 2027. május 24-én, "
        "hétfőn 23:59-ig kell kitöltenie. A kitöltés kb. 25 percet vesz igénybe.\n\n"
        "Kérdőív: https://tiszabank.example.hu/kerdoiv\n\nTisza Bank Toborzás",
        "Geary (hu) forward of a questionnaire reminder due Monday 23:59.",
    )
    st = when(5, 26, "Wed", 14, 0, HEL)
    yield geary(
        f,
        "videohaastattelu",
        "fi",
        ("Lapin Kulta Logistiikka", "rekry@lapinlogistiikka.example.fi"),
        "Videohaastattelu ke 26.5. klo 14",
        sent_on(5, 19, 11, HEL),
        "Lisää tämä kalenteriin.",
        "Hei Alex,\n\nsovitaan videohaastattelu keskiviikolle 26.5.2027 klo 14.00–14.45. "
        "Teams-linkki: https://teams.example.com/l/lapin-221\n\nTerveisin\nRekrytiimi",
        "Control: Geary (fi) forward of a video interview, Wednesday 14.00-14.45.",
        label=slot(st, st + 45 * MIN, sent_on(5, 19, 11, HEL)),
    )
    chk(5, 27, "Thu")
    yield geary(
        f,
        "tofes",
        "he",
        ("משאבי אנוש – כרמל מערכות", "hr@carmelsys.example.co.il"),
        "תזכורת: מילוי טופס פרטים אישיים",
        sent_on(5, 20, 10, TLV),
        "צריך למלא עד יום חמישי.",
        "שלום אלכס,\n\nנא למלא את טופס הפרטים האישיים ואת טופס 101 עד יום חמישי, 27 במאי 2027, "
        "בשעה 12:00, כדי שנוכל להכין את חוזה ההעסקה.\n\nקישור לטופס: "
        "https://carmelsys.example.co.il/forms\n\nמשאבי אנוש",
        "Geary (he) forward of a reminder to fill forms by Thursday 12:00.",
    )
    chk(5, 29, "Sat")
    yield geary(
        f,
        "tamdid_mohlat",
        "fa",
        ("کاریابی آرمان", "info@armanjobs.example.ir"),
        "تمدید مهلت ثبت‌نام آزمون استخدامی",
        sent_on(5, 22, 10, THR),
        "مهلت را تمدید کردند.",
        "داوطلب گرامی،\n\nمهلت ثبت‌نام در آزمون استخدامی تا روز شنبه ۸ خرداد ۱۴۰۶ ساعت ۲۴ "
        "تمدید شد.\n\nثبت‌نام: https://armanjobs.example.ir/exam\n\nکاریابی آرمان",
        "Geary (fa) forward of an exam-registration deadline extended to Saturday midnight "
        "(Solar Hijri date only, Persian digits).",
    )


def closure20() -> Iterator[Case]:
    f = "closure20"
    chk(5, 11, "Tue")
    chk(5, 12, "Wed")
    yield case(
        f,
        "misrad_sagur",
        "he",
        ("משאבי אנוש – נגב אנרגיה", "hr@negevenergy.example.co.il"),
        "המשרדים סגורים בחג שבועות",
        sent_on(5, 6, 10, TLV),
        "Hebrew holiday closure notice to candidates: offices closed from Tuesday 14:00, "
        "replies resume Wednesday.",
        "שלום לכולם,\n\nלתשומת לבכם, משרדי נגב אנרגיה יהיו סגורים לרגל חג שבועות מיום שלישי, "
        "11 במאי 2027, בשעה 14:00 ועד יום רביעי, 12 במאי, כולל. פניות מועמדים ייענו החל מיום "
        "חמישי.\n\nחג שמח,\nמשאבי אנוש",
        headers=BULK,
    )
    chk(6, 1, "Tue")
    yield case(
        f,
        "misthodosia",
        "el",
        ("Μισθοδοσία Ελληνικές Ψηφιακές", "payroll@elpsifiakes.example.gr"),
        "Ημερομηνία πληρωμής μισθοδοσίας Μαΐου",
        sent_on(5, 24, 9, ATH),
        "Greek payroll notice to a new hire: pay on Tuesday, timesheets by 15:00 the day before.",
        "Καλησπέρα σας,\n\nη μισθοδοσία Μαΐου θα πιστωθεί την Τρίτη 1 Ιουνίου 2027. Για τους "
        "νέους συναδέλφους, παρακαλούμε να υποβάλετε τα φύλλα χρόνου εργασίας έως τη Δευτέρα "
        "31 Μαΐου στις 15:00.\n\nΓια απορίες: payroll@elpsifiakes.example.gr\n\nΤμήμα "
        "Μισθοδοσίας",
    )
    chk(6, 25, "Fri")
    yield case(
        f,
        "juhannus",
        "fi",
        ("Pohjola Rakennus HR", "hr@pohjolarakennus.example.fi"),
        "Toimisto suljettuna juhannuksena",
        sent_on(6, 15, 10, HEL),
        "Finnish midsummer closure: office closes Friday 12.00, recruiting answers after.",
        "Hei,\n\ntoimistomme on suljettuna juhannusaattona perjantaina 25.6.2027 klo 12.00 "
        "alkaen. Rekrytointitiimi vastaa viesteihin taas maanantaina.\n\nHyvää juhannusta!\n"
        "Pohjola Rakennus HR",
        headers=BULK,
    )
    chk(6, 4, "Fri")
    yield case(
        f,
        "loenudbetaling",
        "da",
        ("Løn – Øresund Rådgivning", "loen@oresundraad.example.dk"),
        "Din første lønudbetaling",
        sent_on(5, 27, 11, CPH),
        "Danish payroll notice: first salary paid Friday, bank details by Monday 12.00.",
        "Hej Alex\n\nDin første løn bliver udbetalt fredag den 4. juni 2027. Husk at registrere "
        "din bankkonto i lønsystemet senest mandag den 31. maj kl. 12.00, ellers udbetales "
        "lønnen først med næste kørsel.\n\nVenlig hilsen\nLønafdelingen",
    )
    st = when(6, 3, "Thu", 10, 0, CPH)
    sent = sent_on(5, 28, 9, CPH)
    yield case(
        f,
        "samtale_flyttet",
        "da",
        ("Nanna Krogh – Øresund Rådgivning", "nanna.krogh@oresundraad.example.dk"),
        "Ny tid til din samtale: torsdag kl. 10",
        sent,
        "Control: the office closes Friday for a company day, so the reader's interview is "
        "moved to Thursday 10.00-11.00.",
        "Hej Alex\n\nVores kontor holder lukket fredag den 4. juni på grund af firmadag, så vi "
        "flytter din samtale.\n\nNy tid: torsdag den 3. juni 2027 kl. 10.00–11.00\nSted: "
        "Amagerbrogade 50, 2300 København S, 2. sal\n\nSig endelig til, hvis tidspunktet ikke "
        "passer.\n\nVenlig hilsen\nNanna Krogh",
        label=slot(st, st + 60 * MIN, sent),
    )
    chk(5, 17, "Mon")
    yield case(
        f,
        "sant_joan",
        "ca",
        ("Recursos Humans Costa Brava Hotels", "rrhh@costabravahotels.example.cat"),
        "Horari d'estiu de l'oficina de selecció",
        sent_on(5, 10, 12, BCN),
        "Catalan summer hours of the recruiting office from Monday: 8.00-15.00.",
        "Bon dia,\n\nUs informem que a partir del dilluns 17 de maig de 2027 l'oficina de "
        "selecció passa a horari intensiu d'estiu: de dilluns a divendres, de 8.00 a 15.00 h. "
        "Les candidatures rebudes fora d'horari es respondran l'endemà.\n\nSalutacions,\n"
        "Recursos Humans",
        headers=BULK,
    )
    chk(5, 20, "Thu")
    yield case(
        f,
        "chhuti_notice",
        "bn",
        ("প্রশাসন বিভাগ, মেঘনা টেক", "admin@meghnatech.example.com.bd"),
        "অফিস বন্ধ থাকার বিজ্ঞপ্তি",
        sent_on(5, 14, 10, DHA),
        "Bengali office-closure notice for a holiday; open again Thursday 9 a.m. (Bengali digits).",
        "সম্মানিত প্রার্থী ও সহকর্মীবৃন্দ,\n\nবুদ্ধ পূর্ণিমা "
        "উপলক্ষে আগামী ১৮ ও ১৯ মে অফিস বন্ধ থাকবে। "
        "বৃহস্পতিবার, ২০ মে ২০২৭ সকাল ৯টা থেকে অফিস যথারীতি খোলা থাকবে।\n\nধন্যবাদান্তে,\n"
        "প্রশাসন বিভাগ",
    )


def examwin20() -> Iterator[Case]:
    f = "examwin20"
    chk(5, 8, "Sat")
    yield case(
        f,
        "online_pariksha",
        "hi",
        ("भर्ती प्रकोष्ठ, सरस्वती बैंक", "bharti@saraswatibank.example.in"),
        "ऑनलाइन परीक्षा की समय-सारिणी",
        sent_on(5, 2, 10, DEL),
        "Hindi online exam window: log in between 10:00 and 12:00 on Saturday, 90 minutes.",
        "प्रिय अभ्यर्थी,\n\nआपकी ऑनलाइन परीक्षा शनिवार, 8 "
        "मई 2027 को आयोजित होगी। परीक्षा लिंक सुबह "
        "10:00 बजे से दोपहर 12:00 बजे तक सक्रिय रहेगा। लॉग-इन करने के बाद आपके पास 90 मिनट होंगे।"
        "\n\nकृपया अपना प्रवेश-पत्र पोर्टल से डाउनलोड करें।\n\nभर्ती प्रकोष्ठ",
        headers=AUTO,
    )
    chk(5, 9, "Sun")
    yield case(
        f,
        "likhito_porikkha",
        "bn",
        ("নিয়োগ কমিটি, যমুনা গ্রুপ", "niyog@jamunagroup.example.com.bd"),
        "অনলাইন লিখিত পরীক্ষার সময়সূচি",
        sent_on(5, 3, 11, DHA),
        "Bengali online written-test window, Sunday 3-5 p.m.",
        "প্রিয় প্রার্থী,\n\nআপনার অনলাইন লিখিত পরীক্ষা "
        "রবিবার, ৯ মে ২০২৭ বিকাল ৩টা থেকে ৫টার মধ্যে "
        "যেকোনো সময় শুরু করা যাবে। পরীক্ষার সময় ৪৫ মিনিট।\n\nলিংক: "
        "https://jamunagroup.example.com.bd/test\n\nনিয়োগ কমিটি",
    )
    chk(5, 12, "Wed")
    chk(5, 14, "Fri")
    yield case(
        f,
        "baep_thotsop",
        "th",
        ("ฝ่ายสรรหา ไทยเทคโซลูชั่น", "recruit@thaitech.example.co.th"),
        "แบบทดสอบออนไลน์ ตำแหน่งนักวิเคราะห์ข้อมูล",
        sent_on(5, 7, 10, BKK),
        "Thai online test open from Wednesday 09.00 to Friday 23.59.",
        "เรียน คุณอเล็กซ์\n\nขอเชิญทำแบบทดสอบออนไลน์ "
        "ตำแหน่งนักวิเคราะห์ข้อมูล โดยสามารถเข้าทำได้ตั้งแต่"
        "วันพุธที่ 12 พฤษภาคม 2570 เวลา 09.00 น. ถึงวันศุกร์ที่ 14 พฤษภาคม 2570 เวลา 23.59 น.\n\n"
        "ลิงก์: https://thaitech.example.co.th/test\n\nฝ่ายสรรหา",
        form="both",
    )
    chk(5, 13, "Thu")
    yield case(
        f,
        "ujian_dalam_talian",
        "ms",
        ("Pasukan Pengambilan Bakat Selat Holdings", "kerjaya@selatholdings.example.com.my"),
        "Ujian dalam talian – tarikh akhir",
        sent_on(5, 8, 9, KUL),
        "Malay online test to finish by Thursday 11.59 malam.",
        "Salam Alex,\n\nSila lengkapkan ujian penaakulan dalam talian sebelum Khamis, 13 Mei "
        "2027, jam 11.59 malam. Ujian mengambil masa kira-kira 40 minit.\n\nPautan: "
        "https://selatholdings.example.com.my/ujian\n\nTerima kasih,\nPasukan Pengambilan Bakat",
    )
    chk(5, 17, "Mon")
    yield case(
        f,
        "test_logica",
        "ro",
        ("Recrutare Banca Transilvană", "recrutare@bancatrans.example.ro"),
        "Testul de logică – fereastra de susținere",
        sent_on(5, 11, 10, BUH),
        "Romanian logic test to take on Monday between 09:00 and 21:00.",
        "Bună ziua,\n\nTestul de logică poate fi susținut luni, 17 mai 2027, în intervalul "
        "09:00 – 21:00. Odată început, testul durează 30 de minute.\n\nLink: "
        "https://bancatrans.example.ro/test\n\nEchipa de recrutare",
    )
    chk(5, 18, "Tue")
    yield case(
        f,
        "testuvannia",
        "uk",
        ("Рекрутинг «Карпати Софт»", "hr@karpatysoft.example.ua"),
        "Онлайн-тестування: доступ до завдань",
        sent_on(5, 12, 14, KYI),
        "Ukrainian online test available until Tuesday 18:00.",
        "Вітаємо, Алексе!\n\nДоступ до онлайн-тестування відкрито. Завершити тест потрібно до "
        "вівторка, 18 травня 2027 року, 18:00. Тривалість — 60 хвилин.\n\nПосилання: "
        "https://karpatysoft.example.ua/test\n\nКоманда рекрутингу",
    )
    st = when(5, 20, "Thu", 13, 30, BKK)
    sent = sent_on(5, 17, 10, BKK)
    yield case(
        f,
        "nat_samphat",
        "th",
        ("ฝ่ายสรรหา ไทยเทคโซลูชั่น", "recruit@thaitech.example.co.th"),
        "นัดสัมภาษณ์ ตำแหน่งนักวิเคราะห์ข้อมูล",
        sent,
        "Control: after the test the same team sets the interview, Thursday 13.30-14.30.",
        "เรียน "
        "คุณอเล็กซ์\n\nขอแสดงความยินดีที่ผ่านแบบทดสอบออนไลน์ ขอเรียนเชิญสัมภาษณ์ในวันพฤหัสบดีที่ "
        "20 พฤษภาคม 2570 เวลา 13.30 - 14.30 น. ณ อาคารไทยเทค ชั้น 8 ถนนสาทร\n\nกรุณายืนยันการเข้า"
        "สัมภาษณ์ทางอีเมลนี้\n\nฝ่ายสรรหา",
        label=slot(st, st + 60 * MIN, sent),
    )


def infosess20() -> Iterator[Case]:
    f = "infosess20"
    chk(5, 13, "Thu")
    yield case(
        f,
        "hoesa_seolmyeonghoe",
        "ko",
        ("세종바이오 인재채용", "recruit@sejongbio.example.kr"),
        "[세종바이오] 온라인 채용설명회 안내",
        sent_on(5, 6, 10, SEL),
        "Korean online company information session, Thursday 19:00, pre-registration.",
        "안녕하세요, 세종바이오 인재채용팀입니다.\n\n2027년 하반기 신입 공채를 앞두고 온라인 "
        "채용설명회를 개최합니다.\n\n일시: 2027년 5월 13일(목) 오후 7시 ~ 8시 30분\n방식: 유튜브 "
        "라이브\n사전 신청: https://sejongbio.example.kr/seminar\n\n많은 관심 부탁드립니다.",
        headers=BULK,
        form="html",
    )
    chk(5, 18, "Tue")
    yield case(
        f,
        "sessao_informativa",
        "pt-PT",
        ("Carreiras Douro Energia", "carreiras@douroenergia.example.pt"),
        "Sessão informativa – Programa de Trainees 2027",
        sent_on(5, 10, 11, LIS),
        "European Portuguese trainee-programme information session, Tuesday 18h00 online.",
        "Olá Alex,\n\nConvidamo-lo a participar na sessão informativa sobre o Programa de "
        "Trainees 2027, que terá lugar na terça-feira, 18 de maio, às 18h00, por videochamada."
        "\n\nInscrição: https://douroenergia.example.pt/trainees\n\nAté lá,\nEquipa de Carreiras",
    )
    chk(5, 19, "Wed")
    yield case(
        f,
        "informasjonsmote",
        "nb",
        ("Rekruttering Vestland Havbruk", "jobb@vestlandhavbruk.example.no"),
        "Informasjonsmøte for søkere",
        sent_on(5, 12, 9, OSL),
        "Norwegian information meeting for applicants, Wednesday 17.00-18.00.",
        "Hei,\n\nTakk for at du har søkt sommerjobb hos oss. Vi holder et informasjonsmøte for "
        "alle søkere onsdag 19. mai kl. 17.00–18.00 på Teams.\n\nLenke sendes dagen før.\n\n"
        "Hilsen\nRekruttering",
    )
    chk(5, 22, "Sat")
    yield case(
        f,
        "hoi_thao",
        "vi",
        ("Tuyển dụng Sài Gòn Retail", "careers@saigonretail.example.vn"),
        "Mời tham dự buổi giới thiệu công ty",
        sent_on(5, 14, 15, HCM),
        "Vietnamese company introduction session 'we invite you', Saturday 9h00-11h00.",
        "Chào bạn Alex,\n\nSài Gòn Retail trân trọng mời bạn tham dự buổi giới thiệu công ty và "
        "chương trình Quản trị viên tập sự vào lúc 9h00 - 11h00 thứ Bảy, ngày 22/05/2027 tại "
        "hội trường tầng 5, 12 Lê Lợi, Quận 1.\n\nĐăng ký: https://saigonretail.example.vn/event"
        "\n\nTrân trọng,\nBan Tuyển dụng",
        form="both",
    )
    chk(5, 25, "Tue")
    yield case(
        f,
        "webinar_moarefi",
        "fa",
        ("منابع انسانی آسیا پرداخت", "hr@asiapardakht.example.ir"),
        "وبینار معرفی شرکت برای متقاضیان",
        sent_on(5, 17, 10, THR),
        "Persian company webinar for applicants, Tuesday 18:00 (Solar Hijri date, Persian digits).",
        "متقاضی گرامی،\n\nوبینار معرفی آسیا پرداخت و فرصت‌های شغلی روز سه‌شنبه ۴ خرداد ۱۴۰۶ "
        "ساعت ۱۸:۰۰ برگزار می‌شود.\n\nثبت‌نام: https://asiapardakht.example.ir/webinar\n\n"
        "منابع انسانی",
    )
    chk(5, 26, "Wed")
    yield case(
        f,
        "nyilt_nap",
        "hu",
        ("Balaton Tech Karrier", "karrier@balatontech.example.hu"),
        "Nyílt nap jelentkezőknek",
        sent_on(5, 18, 10, BUD),
        "Hungarian open day for applicants, Wednesday 15:00-18:00.",
        "Kedves Jelentkező!\n\nSzeretettel meghívjuk nyílt napunkra 2027. május 26-án, szerdán "
        "15:00 és 18:00 óra között veszprémi irodánkba. Bemutatjuk csapatainkat és a "
        "kiválasztási folyamatot.\n\nRegisztráció: https://balatontech.example.hu/nyiltnap\n\n"
        "Balaton Tech Karrier",
    )
    st = when(5, 20, "Thu", 15, 0, SEL)
    sent = sent_on(5, 17, 11, SEL)
    yield case(
        f,
        "gaebyeol_myeonjeop",
        "ko",
        ("세종바이오 인재채용", "recruit@sejongbio.example.kr"),
        "[세종바이오] 실무 면접 일정 안내",
        sent,
        "Control: the same Korean team sets an individual interview, Thursday 15:00-16:00.",
        "알렉스 모건 님, 안녕하세요.\n\n세종바이오 실무 면접 일정을 안내드립니다.\n\n일시: 2027년 "
        "5월 20일(목) 오후 3시 ~ 4시\n장소: 세종시 한누리대로 200, 세종바이오 본사 5층\n\n참석 "
        "여부를 회신해 주시기 바랍니다.\n\n세종바이오 인재채용팀 드림",
        label=slot(st, st + 60 * MIN, sent),
    )


BUILDERS = [
    docsdue20,
    medcheck20,
    onboard20,
    results20,
    jobfair20,
    declined20,
    proposetimes20,
    calreply20,
    fwdgeary20,
    closure20,
    examwin20,
    infosess20,
]

MEASURED: list[str] = [
    "First sight (parser at main 752eb9f2, before any change for this batch; 78 messages, "
    "the four controls marked 'added after the first measurement' were not yet written): "
    "dev: 11 of 11 invitations with the right start (11 sure), 5 of 46 negatives claimed "
    "with confidence >= 0.5 (a Greek tentative acceptance, Vietnamese and Persian "
    "results-publication times, European Portuguese and Danish recruiters asking for times); "
    "held out: 3 of 3 invitations right (3 sure), 0 of 18 negatives claimed; no "
    "calendar-bearing mail in the batch. The four later controls (vi, uk, he, cs) read right "
    "and sure with that same parser.",
    "",
    "After the batch's rules: dev 15 of 15 right (15 sure), 1 of 46 claimed (the Danish "
    "recruiter: 'Jeg har selv mulighed mandag ... efter kl. 13' names her own free hours in "
    "words no second source backs); held out 3 of 3 right (3 sure), 0 of 18 claimed. Whole "
    "splits (quick.py; before = main without the batch, after = this branch with it): dev "
    "text 1727/1744 -> 1742/1759, sure 1539 -> 1554, false claims 8/1333 -> 9/1379 (the "
    "Danish message); held out 796/849 -> 799/852, sure 666 -> 669, false 56/607 -> 56/625; "
    "shared and fixtures unchanged; no message outside the batch changed kind or confidence.",
]

RULES: list[str] = [
    "- Results published then, in Vietnamese and Persian (`DECISION_CUES`: 'kết quả ... công",
    "  bố', 'công bố kết quả', 'اعلام نتایج', 'نتایج ... منتشر/اعلام خواهد شد'): public code",
    "  ('Kết quả sẽ được công bố vào ngày {formattedAnnouncementDate}', 'Kết quả sẽ được công",
    "  bố vào tuần sau'), a public news page ('thông báo kết quả xét tuyển ... chậm nhất vào",
    "  17h', thainguyentv.vn), Persian news ('اعلام نتایج آزمون ارشد', ilna.ir) and this",
    "  batch's `results20` (vi, fa).",
    "- Greek tentative answer (`HOST_RESPONSE_CUES`: 'αποδέχτηκε με επιφύλαξη την",
    "  πρόσκληση'): the adverb sits between verb and object as in Thunderbird's Greek",
    "  'έχει αποδεχθεί με επιφύλαξη την πρόσκληση' (already in catalog_cues) and this",
    "  batch's `calreply20` (el).",
    "- A question that asks the reader to name times frames the dates in it",
    "  (`ASKS_FOR_TIMES_CUES`, read in the time's own sentence, and with the writer's own",
    "  free hours in the opening): 'indique a sua disponibilidade' (public meeting-request",
    "  and booking templates: 'Por favor, indique a sua disponibilidade para esta semana'),",
    "  'indicar-nos ... opções de horário', Danish/Norwegian 'send ... forslag til",
    "  tidspunkt' (public templates: 'Forslag til tidspunkt: ... Si fra hvilket tidspunkt",
    "  som passer best', 'Send forslag til tidspunkt') and this batch's `proposetimes20`",
    "  (pt-PT, da). A yes/no question about one slot ('Would you be free on Thursday at",
    "  half past two?', corpus `prosecall` en-GB, an invitation) is left out on purpose.",
    "- European Portuguese own hours (`OWN_AVAILABILITY_CUES`: 'estamos disponíveis",
    "  entre/a partir das/às'): public text ('Sim, estamos disponíveis a partir das 9h.')",
    "  and this batch's `proposetimes20` (pt-PT); the sign-off 'estamos disponíveis para",
    "  ...' is not matched.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs20 batch (`build_negs20.py`)",
        "",
        "HR mail in languages thin in the corpus that carries a future date and time but is "
        "not the reader's interview, with genuine interviews in the same voices as controls. "
        "All prose is ours (written from memory of such mail, no product's template copied); "
        "people, companies, addresses and links are made up. The only third-party text is "
        "Geary's translated forward header (`GNOME/geary@" + GEARY_COMMIT + "`, "
        "po/{tr,ru,el,ro,hu,fi,he,fa}.po: '---------- Forwarded message ----------', 'From:', "
        "'Subject:', 'Date:', 'To:'; field order from src/client/util/util-email.vala "
        "`quote_email_for_forward`; LGPL-2.1-or-later). Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message.",
        "",
        "Document deadlines, medical checks, first days and orientation, result publication "
        "times, job fairs, rejections, requests to propose times, calendar accept/decline "
        "notices, closures and payroll, exam windows and information sessions are "
        "`not_invitation`; an interview at a set time is an `invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs20.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs20.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
