# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "negs28" batch: non-English look-alikes with a future time that set no interview for the reader.

Run: .venv/bin/python tests/parsing/corpus/build_negs28.py

Mail in fifteen languages that names a future day and clock time beside words such as
meeting, appointment, confirmed or interview, but invites the reader to no job interview:
school and university notices (exam timetables, other students' thesis defences, parent
meetings), government, visa-biometrics and vaccination appointments, bank and insurance
adviser calls, property viewings and apartment handovers, event tickets and job-board
webinar reminders, HR mail to employees (performance reviews, training, town halls), an
interviewer's panel schedule (the reader interviews) and the reader's own proposal of a time
to a recruiter. A few controls are interview invitations for the reader in the same
languages. Languages: ja, zh, ko, th, vi, id, hi, ar, tr, pt-BR, es-MX, fr, de, it, pl.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed
before then too. Helpers follow build_negs27b.py (mail helpers of build_parse-pos.py).
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
    "hand-written; notices, reminders and notes typed for this corpus from memory of such "
    "mail (schools, consulates, banks, landlords, HR departments, job boards, recruiters), "
    "no template or third-party text copied; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "campus28": "dev",
    "govslot28": "dev",
    "advisor28": "dev",
    "staffhr28": "dev",
    "seatside28": "dev",
    "ctrl28": "dev",
    "tickets28": "heldout",
    "mixho28": "heldout",
    "ctrlho28": "heldout",
}

SOURCES = {
    "campus28": "School and university notices: exam timetables, another student's thesis defence, parent-teacher meetings, an admissions interview for the reader's child (ja, zh, ko, de, pl, it, fr).",
    "govslot28": "Government, consulate, visa-biometrics, vaccination and registry appointments confirmed for a day and time (th, vi, id, hi, ar, tr, es-MX).",
    "advisor28": "Bank and insurance adviser calls, property viewings and apartment handovers confirmed for a day and time (pt-BR, fr, de, it, es-MX, ja, pl).",
    "staffhr28": "HR mail to employees: performance reviews, mandatory training, town halls, one-to-ones (zh, ko, fr, pl, tr, id, de).",
    "seatside28": "The reader on the other side: an interviewer's panel schedule, the reader's own proposal of a time to a recruiter, and job-board webinar reminders (de, es-MX, pt-BR, ja, fr, vi, hi).",
    "ctrl28": "Controls: interview invitations for the reader, text only (ja, ko, tr, es-MX).",
    "tickets28": "Event tickets and job-board webinar or career-event reminders with a day and time (ar, th, it, pl, de).",
    "mixho28": "Mixed look-alikes: a residence-permit appointment, a parents' evening, a bank adviser call, an HR calibration meeting, an interviewer's schedule (zh, vi, pt-BR, ko, it).",
    "ctrlho28": "Controls: interview invitations for the reader, text only (zh, pt-BR).",
}

TYO, SHA, SEL, BKK, HCM, JKT, DEL, RUH, IST = (
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Seoul",
    "Asia/Bangkok",
    "Asia/Ho_Chi_Minh",
    "Asia/Jakarta",
    "Asia/Kolkata",
    "Asia/Riyadh",
    "Europe/Istanbul",
)
SAO, MEX, PAR, BER, ROM, WAW = (
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Rome",
    "Europe/Warsaw",
)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2026 time, checked against the weekday the text names."""
    return at(2026, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 7) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2026, mo, d, 12, 0, "UTC", weekday)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None = None,
    to: tuple[str, str] = ME,
) -> Case:
    """One direct text mail; without a label a non-invitation."""
    raw = mail(
        f"negs28/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text,
        html=None,
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
    to: tuple[str, str] = ME,
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text, to=to)


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
    zone: str | None = None,
) -> Case:
    """A control: the reader's own interview; wall time in the Date offset unless a zone is named."""
    end = start + minutes * MIN if minutes else None
    if zone:
        label = {"kind": "invitation", **timed(start, end, zone=zone)}
    else:
        label = {"kind": "invitation", **timed(start, end, sent=sent)}
    return case(family, name, lang, sender, subject, sent, note, text, label)


def campus28() -> Iterator[Case]:
    f = "campus28"
    yield neg(
        f,
        "kimatsu_shiken_jikanwari",
        "ja",
        ("桜ヶ丘大学 教務課", "kyomu@sakuragaoka-u.example"),
        "【重要】後期期末試験時間割の確定について",
        sent_on(11, 16, 10, TYO),
        "Look-alike: a university's confirmed exam timetable (12月8日（火）9:00〜10:30 and more) sent to a student.",
        "学生各位\n\n後期期末試験の時間割が確定しましたので、お知らせします。\n\n12月8日（火）9:00〜10:30　マクロ経済学Ⅱ（A棟201教室）\n12月9日（水）13:00〜14:30　統計学演習（B棟105教室）\n12月11日（金）10:40〜12:10　経営戦略論（A棟301教室）\n\n試験開始後30分を過ぎた場合は入室できません。学生証を必ず持参してください。\n\n桜ヶ丘大学 教務課",
        ((12, 8, "Tue"), (12, 9, "Wed"), (12, 11, "Fri")),
    )
    yield neg(
        f,
        "lunwen_dabian_tongzhi",
        "zh",
        ("华东理工学院 研究生院", "yjsy@hdlg-college.example"),
        "关于王思远同学硕士学位论文答辩安排的通知",
        sent_on(11, 20, 15, SHA),
        "Look-alike: notice of another student's thesis defence on 12月3日 14:30; the reader may attend as audience.",
        "各位老师、同学：\n\n经学院研究决定，王思远同学的硕士学位论文答辩安排如下：\n\n答辩时间：2026年12月3日（星期四）14:30\n答辩地点：实验楼 A 座 412 会议室\n答辩委员会主席：刘建华 教授\n论文题目：基于图神经网络的供应链风险预测研究\n\n欢迎感兴趣的老师和同学旁听。\n\n研究生院 培养办公室",
        ((12, 3, "Thu"),),
    )
    yield neg(
        f,
        "hakbumo_sangdam",
        "ko",
        ("한빛초등학교 3학년 2반 담임", "teacher.kim@hanbit-es.example"),
        "[한빛초] 2학기 학부모 상담 일정 확정 안내",
        sent_on(11, 18, 16, SEL),
        "Look-alike: a primary school teacher confirms a parent-teacher meeting, 11월 26일(목) 오후 4시 10분.",
        "안녕하세요, 3학년 2반 담임 김하늘입니다.\n\n신청해 주신 2학기 학부모 상담 일정이 아래와 같이 확정되었습니다.\n\n- 일시: 11월 26일(목) 오후 4시 10분 ~ 4시 30분\n- 장소: 3학년 2반 교실 (대면 상담)\n\n일정 변경이 필요하시면 하루 전까지 알림장 앱으로 연락 부탁드립니다.\n\n감사합니다.\n김하늘 드림",
        ((11, 26, "Thu"),),
    )
    yield neg(
        f,
        "elternsprechtag",
        "de",
        ("Sekretariat Goethe-Gymnasium", "sekretariat@goethe-gym-kassel.example"),
        "Elternsprechtag: Ihr Termin ist bestätigt",
        sent_on(11, 12, 9, BER),
        "Look-alike: a school confirms a parents' evening slot with the class teacher, Donnerstag, 19.11., 17:20 Uhr.",
        "Sehr geehrte Eltern,\n\nIhr Gesprächstermin beim Elternsprechtag ist bestätigt:\n\nLehrkraft: Frau Dr. Wenzel (Klassenleitung 7b)\nDatum: Donnerstag, 19.11.2026\nUhrzeit: 17:20 - 17:30 Uhr\nRaum: B 114\n\nBitte seien Sie pünktlich, die Gespräche sind eng getaktet.\n\nMit freundlichen Grüßen\nSekretariat Goethe-Gymnasium Kassel",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "obrona_pracy_kolegi",
        "pl",
        ("Dziekanat Wydziału Zarządzania", "dziekanat.wz@uniwersytet-lodz.example"),
        "Obrona pracy magisterskiej - Pani Katarzyna Zielińska",
        sent_on(11, 23, 11, WAW),
        "Look-alike: the faculty announces a fellow student's master's thesis defence, wtorek 1 grudnia 2026 r. o godz. 12:15.",
        "Szanowni Państwo,\n\nuprzejmie informujemy, że publiczna obrona pracy magisterskiej Pani Katarzyny Zielińskiej odbędzie się we wtorek 1 grudnia 2026 r. o godz. 12:15 w sali 2.17.\n\nPromotor: dr hab. Marek Wójcik, prof. UŁ\nRecenzent: dr Anna Lis\n\nZapraszamy wszystkich zainteresowanych.\n\nDziekanat Wydziału Zarządzania",
        ((12, 1, "Tue"),),
    )
    yield neg(
        f,
        "calendario_esami",
        "it",
        ("Segreteria Didattica - Ingegneria", "didattica.ing@ateneo-torino.example"),
        "Appello d'esame di Analisi II: conferma iscrizione",
        sent_on(11, 25, 8, ROM),
        "Look-alike: confirmation of the reader's exam booking, lunedì 14 dicembre alle 9:30, oral part the next day.",
        "Gentile studente,\n\nla tua iscrizione all'appello di Analisi Matematica II è confermata.\n\nProva scritta: lunedì 14 dicembre 2026, ore 9:30, aula 7T\nColloquio orale: martedì 15 dicembre 2026 dalle ore 14:00 (l'ordine di chiamata sarà pubblicato sul portale)\n\nPresentarsi con un documento d'identità valido.\n\nSegreteria Didattica - Ingegneria",
        ((12, 14, "Mon"), (12, 15, "Tue")),
    )
    yield neg(
        f,
        "entretien_admission_enfant",
        "fr",
        ("Collège Saint-Exupéry - Admissions", "admissions@college-st-exupery.example"),
        "Confirmation : entretien d'admission de Léa le mercredi 9 décembre",
        sent_on(11, 24, 14, PAR),
        "Look-alike: a private school confirms an admission interview for the reader's daughter, mercredi 9 décembre à 10h30.",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous confirmer l'entretien d'admission de votre fille Léa en classe de sixième :\n\nDate : mercredi 9 décembre 2026\nHeure : 10h30\nLieu : bureau de la direction, bâtiment principal\n\nL'entretien se déroule en présence de l'élève et d'au moins un parent. Merci d'apporter les trois derniers bulletins scolaires.\n\nCordialement,\nLe service des admissions",
        ((12, 9, "Wed"),),
    )


def govslot28() -> Iterator[Case]:
    f = "govslot28"
    yield neg(
        f,
        "visa_biometrics_vfs",
        "th",
        ("ศูนย์รับคำร้องขอวีซ่า กรุงเทพฯ", "noreply@visa-centre-bkk.example"),
        "ยืนยันการนัดหมายเก็บข้อมูลชีวมาตร",
        sent_on(11, 17, 13, BKK),
        "Look-alike: a visa application centre confirms a biometrics appointment, วันพฤหัสบดีที่ 3 ธันวาคม 2569 เวลา 09:45 น.",
        "เรียน คุณอเล็กซ์ มอร์แกน\n\nการนัดหมายของท่านได้รับการยืนยันแล้ว\n\nประเภทบริการ: การเก็บข้อมูลชีวมาตร (ลายนิ้วมือและภาพถ่าย)\nวันที่: วันพฤหัสบดีที่ 3 ธันวาคม 2569\nเวลา: 09:45 น.\nสถานที่: อาคารเดอะเทรนดี้ ชั้น 28 ถนนสุขุมวิท ซอย 13\n\nกรุณามาถึงก่อนเวลานัด 15 นาที พร้อมหนังสือเดินทางฉบับจริงและจดหมายยืนยันนี้\n\nศูนย์รับคำร้องขอวีซ่า",
        ((12, 3, "Thu"),),
    )
    yield neg(
        f,
        "tiem_chung",
        "vi",
        ("Trung tâm Tiêm chủng Phúc An", "lichhen@tiemchung-phucan.example"),
        "Xác nhận lịch hẹn tiêm vắc xin cúm",
        sent_on(11, 19, 10, HCM),
        "Look-alike: a vaccination centre confirms a flu-shot slot, thứ Bảy ngày 28/11/2026 lúc 8 giờ 30.",
        "Kính gửi Quý khách Alex Morgan,\n\nLịch hẹn tiêm chủng của Quý khách đã được xác nhận:\n\n- Vắc xin: Cúm mùa (4 chủng)\n- Thời gian: thứ Bảy, ngày 28/11/2026, lúc 8 giờ 30\n- Địa điểm: 112 Nguyễn Thị Minh Khai, Quận 3, TP.HCM\n\nVui lòng mang theo CCCD và sổ tiêm chủng. Nếu không thể đến, xin hủy lịch trước 24 giờ.\n\nTrân trọng,\nTrung tâm Tiêm chủng Phúc An",
        ((11, 28, "Sat"),),
    )
    yield neg(
        f,
        "antrean_dukcapil",
        "id",
        ("Layanan Antrean Online Disdukcapil", "antrean@dukcapil-bandung.example"),
        "Bukti Pendaftaran Antrean: Perekaman KTP-el",
        sent_on(11, 20, 19, JKT),
        "Look-alike: a civil-registry queue booking for an ID-card recording, Senin, 30 November 2026 pukul 10.00 WIB.",
        "Yth. Bapak/Ibu Alex Morgan,\n\nPendaftaran antrean Anda telah berhasil.\n\nLayanan: Perekaman KTP-el\nNomor antrean: B-047\nJadwal: Senin, 30 November 2026 pukul 10.00 WIB\nLokasi: Kantor Disdukcapil Kota Bandung, Jl. Ambon No. 1B\n\nHarap datang 15 menit sebelum jadwal dan membawa Kartu Keluarga asli.\n\nSalam,\nDisdukcapil Kota Bandung",
        ((11, 30, "Mon"),),
    )
    yield neg(
        f,
        "passport_seva",
        "hi",
        ("पासपोर्ट सेवा केंद्र", "no-reply@passport-seva-lucknow.example"),
        "अपॉइंटमेंट की पुष्टि - पासपोर्ट सेवा केंद्र, लखनऊ",
        sent_on(11, 21, 12, DEL),
        "Look-alike: a passport office confirms an appointment, बुधवार, 2 दिसंबर 2026 को सुबह 11:30 बजे.",
        "प्रिय आवेदक,\n\nआपकी अपॉइंटमेंट की पुष्टि हो गई है।\n\nआवेदन संदर्भ संख्या: LKO-26-0048213\nदिनांक: बुधवार, 2 दिसंबर 2026\nसमय: सुबह 11:30 बजे\nस्थान: पासपोर्ट सेवा केंद्र, विभूति खंड, गोमती नगर, लखनऊ\n\nकृपया सभी मूल दस्तावेज़ और उनकी स्व-प्रमाणित प्रतियाँ साथ लाएँ। निर्धारित समय से 15 मिनट पहले पहुँचें।\n\nपासपोर्ट सेवा केंद्र",
        ((12, 2, "Wed"),),
    )
    yield neg(
        f,
        "mawid_muroor",
        "ar",
        ("بوابة المواعيد - الإدارة العامة للمرور", "mawid@traffic-portal.example"),
        "تأكيد حجز موعد - اختبار القيادة",
        sent_on(11, 22, 9, RUH),
        "Look-alike: a traffic directorate confirms a driving-test appointment, يوم الأحد 6 ديسمبر 2026 الساعة 10:15 صباحاً.",
        "عزيزي المستفيد،\n\nتم تأكيد حجز موعدك بنجاح.\n\nنوع الخدمة: اختبار القيادة العملي\nالتاريخ: الأحد 6 ديسمبر 2026\nالوقت: 10:15 صباحاً\nالموقع: مدرسة القيادة - حي الملقا، الرياض\n\nيرجى الحضور قبل الموعد بـ 20 دقيقة مع الهوية الوطنية.\n\nمع تحيات\nالإدارة العامة للمرور",
        ((12, 6, "Sun"),),
    )
    yield neg(
        f,
        "goc_idaresi_randevu",
        "tr",
        ("e-İkamet Randevu Sistemi", "randevu@goc-istanbul.example"),
        "İkamet izni randevunuz onaylandı",
        sent_on(11, 23, 14, IST),
        "Look-alike: a migration office confirms a residence-permit appointment, 10 Aralık 2026 Perşembe saat 13:40.",
        "Sayın Alex Morgan,\n\nİkamet izni başvurunuz için randevunuz onaylanmıştır.\n\nRandevu tarihi: 10 Aralık 2026 Perşembe\nRandevu saati: 13:40\nAdres: İstanbul İl Göç İdaresi Müdürlüğü, Kağıthane\n\nRandevuya pasaportunuzun aslı, biyometrik fotoğraf ve kira sözleşmenizle gelmeniz gerekmektedir.\n\nSaygılarımızla,\nİl Göç İdaresi",
        ((12, 10, "Thu"),),
    )
    yield neg(
        f,
        "cita_sat",
        "es-MX",
        ("Servicio de Administración Tributaria", "citas@sat-citas.example"),
        "Confirmación de cita - Trámite de e.firma",
        sent_on(11, 24, 11, MEX),
        "Look-alike: the Mexican tax office confirms an e.firma appointment, martes 1 de diciembre de 2026 a las 9:20 hrs.",
        'Estimado contribuyente:\n\nSu cita ha sido registrada con éxito.\n\nFolio: MXC-2026-118733\nTrámite: Obtención de e.firma (persona física)\nFecha: martes 1 de diciembre de 2026\nHora: 9:20 hrs.\nOficina: ADSC Ciudad de México "4", Av. Paseo de la Reforma 10\n\nPresente identificación oficial vigente y una memoria USB. Si no puede asistir, cancele su cita con anticipación.\n\nAtentamente,\nSAT',
        ((12, 1, "Tue"),),
    )


def advisor28() -> Iterator[Case]:
    f = "advisor28"
    yield neg(
        f,
        "gerente_banco",
        "pt-BR",
        ("Banco Horizonte - Seu gerente", "gerente.pf@bancohorizonte.example"),
        "Reunião confirmada com seu gerente: quinta, 26/11 às 15h",
        sent_on(11, 19, 10, SAO),
        "Look-alike: a bank relationship manager confirms a call about investments, quinta-feira, 26/11, às 15h.",
        "Olá, Alex!\n\nSua reunião com o gerente de relacionamento está confirmada.\n\nData: quinta-feira, 26/11/2026\nHorário: 15h (horário de Brasília)\nFormato: videochamada pelo app do Banco Horizonte\nAssunto: revisão da carteira de investimentos\n\nCaso precise remarcar, responda este e-mail ou fale pelo chat do app.\n\nAbraços,\nRenata Lopes\nGerente de Relacionamento",
        ((11, 26, "Thu"),),
    )
    yield neg(
        f,
        "conseiller_assurance",
        "fr",
        ("MutuAssur - Votre conseiller", "rdv@mutuassur.example"),
        "Votre rendez-vous téléphonique du lundi 7 décembre",
        sent_on(11, 27, 16, PAR),
        "Look-alike: an insurer confirms a phone appointment with an adviser, lundi 7 décembre à 11h15.",
        "Bonjour Monsieur Morgan,\n\nNous vous confirmons votre rendez-vous téléphonique avec votre conseiller, M. Thibault Garnier :\n\nle lundi 7 décembre 2026 à 11h15\nObjet : étude de votre contrat habitation\n\nVotre conseiller vous appellera au numéro indiqué dans votre espace client. Pour modifier ce rendez-vous, rendez-vous dans la rubrique « Mes rendez-vous ».\n\nBien cordialement,\nMutuAssur",
        ((12, 7, "Mon"),),
    )
    yield neg(
        f,
        "wohnungsbesichtigung",
        "de",
        ("Hausverwaltung Brandt & Söhne", "vermietung@brandt-hv.example"),
        "Besichtigungstermin Lindenstraße 14, 2. OG links",
        sent_on(11, 20, 12, BER),
        "Look-alike: a letting agent confirms a flat viewing, Samstag, 28. November, 11:00 Uhr.",
        "Guten Tag Herr Morgan,\n\nvielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lindenstraße 14. Wir bestätigen Ihnen den Besichtigungstermin:\n\nSamstag, 28. November 2026, 11:00 Uhr\nTreffpunkt: vor dem Hauseingang\n\nBitte bringen Sie eine Selbstauskunft und die letzten drei Gehaltsnachweise mit.\n\nMit freundlichen Grüßen\nJana Krüger\nHausverwaltung Brandt & Söhne",
        ((11, 28, "Sat"),),
    )
    yield neg(
        f,
        "consegna_chiavi",
        "it",
        ("Immobiliare Aurora", "locazioni@immobiliare-aurora.example"),
        "Consegna chiavi e verbale d'ingresso - via Po 22",
        sent_on(11, 26, 17, ROM),
        "Look-alike: an agency sets the apartment handover and check-in report, venerdì 4 dicembre alle ore 18:00.",
        "Gentile Sig. Morgan,\n\ncome concordato, l'incontro per la consegna delle chiavi e la firma del verbale di consegna dell'appartamento in via Po 22 è fissato per venerdì 4 dicembre alle ore 18:00, direttamente presso l'immobile.\n\nSarà presente la proprietaria, Sig.ra Bianchi. Si ricordi di portare la ricevuta del deposito cauzionale.\n\nCordiali saluti,\nMarco Fontana\nImmobiliare Aurora",
        ((12, 4, "Fri"),),
    )
    yield neg(
        f,
        "asesor_hipotecario",
        "es-MX",
        ("Banco del Valle - Crédito Hipotecario", "hipotecas@bancodelvalle.example"),
        "Tu cita con un asesor hipotecario quedó agendada",
        sent_on(11, 25, 13, MEX),
        "Look-alike: a bank books the reader with a mortgage adviser, miércoles 2 de diciembre a las 17:30.",
        "¡Hola, Alex!\n\nTu cita con un asesor de crédito hipotecario quedó agendada:\n\nDía: miércoles 2 de diciembre\nHora: 17:30\nSucursal: Polanco, Av. Presidente Masaryk 120\nAsesor: Lic. Fernanda Ruiz\n\nTe recomendamos llevar tus últimos tres recibos de nómina y una identificación oficial.\n\nBanco del Valle",
        ((12, 2, "Wed"),),
    )
    yield neg(
        f,
        "naiken_yoyaku",
        "ja",
        ("ミライ不動産 渋谷店", "shibuya@mirai-fudosan.example"),
        "【ご内見予約確定】パークサイド代々木 305号室",
        sent_on(11, 21, 18, TYO),
        "Look-alike: an estate agent confirms a flat viewing, 11月29日（日）14時00分.",
        "アレックス・モーガン様\n\nこの度はミライ不動産にお問い合わせいただき、ありがとうございます。\n下記の通り、ご内見のご予約が確定いたしました。\n\n物件名：パークサイド代々木 305号室\n日時：11月29日（日）14時00分\n集合場所：渋谷店（現地までは担当者がご案内します）\n担当：高橋\n\nご本人確認書類をお持ちください。\n\nミライ不動産 渋谷店",
        ((11, 29, "Sun"),),
    )
    yield neg(
        f,
        "doradca_kredytowy",
        "pl",
        ("Bank Wiślany - Doradca", "doradca@bankwislany.example"),
        "Potwierdzenie spotkania z doradcą - czwartek 3 grudnia, 16:00",
        sent_on(11, 26, 9, WAW),
        "Look-alike: a bank confirms an online meeting with a loan adviser, czwartek 3 grudnia o godz. 16:00.",
        "Dzień dobry,\n\npotwierdzamy spotkanie z doradcą kredytowym:\n\nTermin: czwartek, 3 grudnia 2026 r., godz. 16:00\nForma: wideorozmowa w aplikacji Bank Wiślany\nDoradca: Piotr Nowicki\nTemat: kredyt hipoteczny - wstępna analiza zdolności\n\nLink do rozmowy pojawi się w aplikacji 15 minut przed spotkaniem.\n\nPozdrawiamy,\nBank Wiślany",
        ((12, 3, "Thu"),),
    )


def staffhr28() -> Iterator[Case]:
    f = "staffhr28"
    yield neg(
        f,
        "jixiao_mianjian",
        "zh",
        ("人力资源部 陈悦", "chenyue.hr@xinghe-tech.example"),
        "年度绩效面谈时间确认",
        sent_on(11, 23, 10, SHA),
        "Look-alike: HR confirms the employee's annual performance review with their manager, 12月2日（周三）15:00-15:45.",
        "Alex，你好：\n\n2026年度绩效面谈安排如下，请准时参加：\n\n面谈时间：12月2日（周三）15:00-15:45\n地点：5楼 小会议室 502\n面谈人：直属上级 李明\n\n请在面谈前于HR系统中完成自评表。\n\n人力资源部\n陈悦",
        ((12, 2, "Wed"),),
    )
    yield neg(
        f,
        "pilsu_gyoyuk",
        "ko",
        ("인사팀 교육담당", "hr-edu@daon-corp.example"),
        "[필수] 4분기 직장 내 괴롭힘 예방교육 일정 안내",
        sent_on(11, 24, 9, SEL),
        "Look-alike: HR schedules mandatory staff training, 12월 4일(금) 오후 2시 ~ 3시 30분.",
        "임직원 여러분 안녕하세요, 인사팀입니다.\n\n4분기 법정 필수교육 일정을 아래와 같이 안내드립니다.\n\n- 교육명: 직장 내 괴롭힘 예방교육\n- 일시: 12월 4일(금) 오후 2시 ~ 3시 30분\n- 장소: 본사 15층 대강당 (온라인 동시 송출)\n\n미이수 시 별도 보충교육 대상이 되오니 반드시 참석 바랍니다.\n\n인사팀 드림",
        ((12, 4, "Fri"),),
    )
    yield neg(
        f,
        "entretien_annuel",
        "fr",
        ("RH - Groupe Lumière", "rh@groupe-lumiere.example"),
        "Votre entretien annuel d'évaluation est planifié",
        sent_on(11, 25, 11, PAR),
        "Look-alike: HR plans the employee's annual review with their manager, jeudi 10 décembre de 9h30 à 10h30.",
        "Bonjour Alex,\n\nDans le cadre de la campagne d'entretiens annuels, votre entretien d'évaluation avec votre manager, Mme Claire Dubois, est planifié le jeudi 10 décembre de 9h30 à 10h30 (salle Monet, 4e étage).\n\nMerci de compléter votre auto-évaluation dans l'outil RH au plus tard la veille.\n\nL'équipe RH\nGroupe Lumière",
        ((12, 10, "Thu"),),
    )
    yield neg(
        f,
        "spotkanie_ogolnofirmowe",
        "pl",
        ("Dział Komunikacji Wewnętrznej", "komunikacja@polmet.example"),
        "Zaproszenie: spotkanie ogólnofirmowe z Zarządem - 8 grudnia",
        sent_on(11, 27, 12, WAW),
        "Look-alike: an all-hands town hall for employees, wtorek 8 grudnia o 10:00.",
        "Drodzy Pracownicy,\n\nzapraszamy na spotkanie ogólnofirmowe z Zarządem, które odbędzie się we wtorek 8 grudnia o godz. 10:00 w auli w budynku C oraz online.\n\nPorozmawiamy o wynikach roku i planach na 2027. Pytania można przesyłać wcześniej przez formularz w intranecie.\n\nDział Komunikacji Wewnętrznej\nPolmet S.A.",
        ((12, 8, "Tue"),),
    )
    yield neg(
        f,
        "performans_gorusmesi",
        "tr",
        ("İnsan Kaynakları", "ik@anadolu-lojistik.example"),
        "Yıl sonu performans görüşmeniz - 9 Aralık Çarşamba",
        sent_on(11, 30, 10, IST),
        "Look-alike: HR sets the employee's year-end performance meeting, 9 Aralık Çarşamba saat 14:00.",
        "Merhaba Alex,\n\nYıl sonu performans değerlendirme görüşmeniz aşağıdaki gibi planlanmıştır:\n\nTarih: 9 Aralık Çarşamba\nSaat: 14:00 - 14:45\nYer: Genel Müdürlük, 3. kat toplantı odası\nGörüşmeyi yapacak yönetici: Emre Kaya\n\nGörüşmeden önce hedef formunuzu sisteme yüklemeyi unutmayın.\n\nİnsan Kaynakları",
        ((12, 9, "Wed"),),
    )
    yield neg(
        f,
        "pelatihan_karyawan",
        "id",
        ("HR Learning & Development", "ld@nusantara-retail.example"),
        "Undangan Pelatihan: Kepemimpinan untuk Supervisor",
        sent_on(11, 26, 15, JKT),
        "Look-alike: an employee training invitation, Selasa, 8 Desember 2026, pukul 09.00-16.00 WIB.",
        "Halo Alex,\n\nAnda terdaftar sebagai peserta pelatihan internal berikut:\n\nJudul: Kepemimpinan untuk Supervisor (Batch 4)\nHari/Tanggal: Selasa, 8 Desember 2026\nWaktu: 09.00-16.00 WIB\nTempat: Ruang Training Lt. 7, Kantor Pusat\n\nKehadiran wajib dan akan dicatat dalam sistem HR. Makan siang disediakan.\n\nSalam,\nTim L&D Nusantara Retail",
        ((12, 8, "Tue"),),
    )


def seatside28() -> Iterator[Case]:
    f = "seatside28"
    yield neg(
        f,
        "interviewer_plan",
        "de",
        ("Recruiting Team Nordwerk", "recruiting@nordwerk.example"),
        "Ihr Einsatz als Interviewer: Gespräch mit Frau Sophie Neumann",
        sent_on(11, 24, 10, BER),
        "Look-alike: the reader is one of the interviewers for a candidate, Dienstag, 1. Dezember, 13:00-14:00 Uhr.",
        "Hallo Alex,\n\nvielen Dank, dass Sie im Panel mitwirken. Hier die Eckdaten:\n\nKandidatin: Sophie Neumann (Senior Data Engineer)\nTermin: Dienstag, 1. Dezember 2026, 13:00-14:00 Uhr\nRaum: Elbe (2. OG)\nIhr Schwerpunkt: Systemdesign\n\nBitte tragen Sie Ihr Feedback bis 18:00 Uhr am selben Tag in die Scorecard ein.\n\nViele Grüße\nRecruiting Team Nordwerk",
        ((12, 1, "Tue"),),
    )
    yield neg(
        f,
        "panel_entrevistadores",
        "es-MX",
        ("Talento Humano - Grupo Cielo", "talento@grupocielo.example"),
        "Agenda del panel de entrevistas - vacante Analista de Riesgos",
        sent_on(11, 27, 9, MEX),
        "Look-alike: the reader sits on a panel interviewing three candidates, jueves 3 de diciembre de 10:00 a 13:00.",
        "Hola Alex:\n\nTe compartimos la agenda del panel en el que participarás como entrevistador el jueves 3 de diciembre:\n\n10:00 - 11:00  Candidata: Mariana Torres\n11:00 - 12:00  Candidato: Luis Herrera\n12:00 - 13:00  Candidata: Paola Jiménez\n\nSala: Piso 9, sala Popocatépetl. Los CV están en la carpeta compartida.\n\nSaludos,\nTalento Humano",
        ((12, 3, "Thu"),),
    )
    yield neg(
        f,
        "proposta_candidato",
        "pt-BR",
        ("Alex Morgan", "alex.morgan@mailbox.example"),
        "Re: Entrevista - Analista de Produto",
        sent_on(11, 23, 20, SAO),
        "Look-alike: the reader proposes a time to the recruiter ('poderia ser na sexta, 27/11, às 10h?'), nothing confirmed.",
        "Oi, Camila, tudo bem?\n\nObrigado pelo retorno! Para a entrevista, poderia ser na sexta-feira, 27/11, às 10h? Se não der, terça, 1/12, a partir das 14h também funciona para mim.\n\nFico no aguardo da sua confirmação.\n\nAbraço,\nAlex",
        ((11, 27, "Fri"), (12, 1, "Tue")),
        to=("Camila Souza", "camila.souza@talentos-brasil.example"),
    )
    yield neg(
        f,
        "kouho_teian",
        "ja",
        ("Alex Morgan", "alex.morgan@mailbox.example"),
        "Re: 面接日程のご相談",
        sent_on(11, 24, 21, TYO),
        "Look-alike: the reader offers the recruiter two times for an interview ('12月3日（木）15時以降' ...), nothing set.",
        "株式会社ソラテック\n人事部 中村様\n\nお世話になっております。アレックス・モーガンです。\n面接日程につきまして、以下の日時でしたら伺うことが可能です。\n\n・12月3日（木）15時以降\n・12月4日（金）10時〜12時\n\nご検討のほど、よろしくお願いいたします。\n\nアレックス・モーガン",
        ((12, 3, "Thu"), (12, 4, "Fri")),
        to=("中村 美咲", "nakamura@soratech.example"),
    )
    yield neg(
        f,
        "webinaire_jobboard",
        "fr",
        ("HelloTalents - Événements", "events@hellotalents.example"),
        "Rappel : votre webinaire « Réussir son entretien d'embauche » commence jeudi",
        sent_on(11, 30, 8, PAR),
        "Look-alike: a job board's webinar reminder about succeeding at job interviews, jeudi 3 décembre à 12h30.",
        "Bonjour Alex,\n\nVous êtes inscrit(e) au webinaire « Réussir son entretien d'embauche : les 10 questions pièges ».\n\nQuand : jeudi 3 décembre 2026, 12h30 - 13h15 (heure de Paris)\nOù : en ligne, le lien vous sera envoyé 1 heure avant\n\nAu programme : préparer son pitch, répondre aux questions sur le salaire, questions à poser au recruteur.\n\nÀ jeudi !\nL'équipe HelloTalents",
        ((12, 3, "Thu"),),
    )
    yield neg(
        f,
        "hoi_thao_viec_lam",
        "vi",
        ("ViecLamNhanh - Sự kiện", "sukien@vieclamnhanh.example"),
        'Nhắc lịch: Hội thảo trực tuyến "Bí quyết phỏng vấn thành công"',
        sent_on(11, 25, 9, HCM),
        "Look-alike: a job board reminds of its online seminar about interviews, 19:30 thứ Năm ngày 3/12/2026.",
        'Chào Alex,\n\nCảm ơn bạn đã đăng ký hội thảo trực tuyến "Bí quyết phỏng vấn thành công cho người đi làm".\n\nThời gian: 19:30 - 21:00, thứ Năm ngày 3/12/2026\nHình thức: trực tuyến qua Zoom (đường link sẽ gửi trước 30 phút)\nDiễn giả: chị Trần Thu Hà, Giám đốc Nhân sự\n\nHẹn gặp bạn!\nĐội ngũ ViecLamNhanh',
        ((12, 3, "Thu"),),
    )
    yield neg(
        f,
        "mock_interview_webinar",
        "hi",
        ("नौकरीसाथी करियर टीम", "career@naukrisathi.example"),
        "रिमाइंडर: मॉक इंटरव्यू वेबिनार शनिवार को",
        sent_on(11, 24, 18, DEL),
        "Look-alike: a job board's mock-interview webinar reminder, शनिवार, 28 नवंबर को शाम 6:00 बजे.",
        'नमस्ते एलेक्स,\n\nआपने हमारे मुफ़्त वेबिनार "इंटरव्यू में आत्मविश्वास कैसे बढ़ाएँ" के लिए पंजीकरण किया है।\n\nतारीख: शनिवार, 28 नवंबर 2026\nसमय: शाम 6:00 बजे से 7:00 बजे तक\nप्लेटफ़ॉर्म: ऑनलाइन (लिंक ईमेल पर भेजा जाएगा)\n\nवेबिनार के अंत में लाइव प्रश्नोत्तर सत्र भी होगा।\n\nधन्यवाद,\nनौकरीसाथी करियर टीम',
        ((11, 28, "Sat"),),
    )


def ctrl28() -> Iterator[Case]:
    f = "ctrl28"
    sent = sent_on(11, 20, 11, TYO)
    yield ctl(
        f,
        "niji_mensetsu",
        "ja",
        ("株式会社ソラテック 人事部 中村", "nakamura@soratech.example"),
        "二次面接日程確定のご連絡",
        sent,
        "Control: Japanese second interview confirmed, 12月2日（水）14:00〜15:00.",
        "アレックス・モーガン様\n\nお世話になっております。株式会社ソラテック人事部の中村です。\n二次面接の日程が下記の通り確定いたしましたので、ご連絡いたします。\n\n日時：12月2日（水）14:00〜15:00\n場所：本社8階 面接室\n面接官：開発部長 山田\n\n当日は受付にてお名前をお伝えください。\n\n株式会社ソラテック 人事部 中村",
        when(12, 2, "Wed", 14, 0, TYO),
        60,
    )
    sent = sent_on(11, 23, 10, SEL)
    yield ctl(
        f,
        "myeonjeop_annae",
        "ko",
        ("다온코퍼레이션 채용담당", "recruit@daon-corp.example"),
        "[다온코퍼레이션] 1차 면접 일정 안내",
        sent,
        "Control: Korean first interview for the reader, 11월 30일(월) 오전 10시 30분, 40분.",
        "알렉스 모건 님, 안녕하세요.\n다온코퍼레이션 채용담당자입니다.\n\n서류전형 합격을 축하드리며, 1차 면접 일정을 아래와 같이 안내드립니다.\n\n- 일시: 11월 30일(월) 오전 10시 30분 ~ 11시 10분\n- 장소: 본사 12층 면접실\n\n참석 가능 여부를 회신 부탁드립니다.\n\n감사합니다.",
        when(11, 30, "Mon", 10, 30, SEL),
        40,
    )
    sent = sent_on(11, 25, 16, IST)
    yield ctl(
        f,
        "mulakat_daveti",
        "tr",
        ("Anadolu Lojistik İK", "kariyer@anadolu-lojistik.example"),
        "Mülakat Daveti - Veri Analisti",
        sent,
        "Control: Turkish interview for the reader, 2 Aralık Çarşamba saat 11:00.",
        "Merhaba Alex Bey,\n\nVeri Analisti pozisyonu için yaptığınız başvuru değerlendirilmiş olup sizi mülakata davet etmek isteriz.\n\nTarih: 2 Aralık 2026 Çarşamba\nSaat: 11:00\nYer: Genel Müdürlük, Ataşehir\n\nKatılım durumunuzu bu e-postaya yanıt vererek bildirmenizi rica ederiz.\n\nSaygılarımızla,\nİnsan Kaynakları",
        when(12, 2, "Wed", 11, 0, IST),
        None,
    )
    sent = sent_on(11, 26, 12, MEX)
    yield ctl(
        f,
        "entrevista_confirmada",
        "es-MX",
        ("Talento Humano - Grupo Cielo", "talento@grupocielo.example"),
        "Entrevista confirmada - Analista de Riesgos",
        sent,
        "Control: Mexican interview for the reader, viernes 4 de diciembre a las 12:00, 45 minutos.",
        "Hola Alex:\n\nGracias por tu interés en la vacante de Analista de Riesgos. Tu entrevista quedó confirmada:\n\nFecha: viernes 4 de diciembre\nHora: 12:00 (45 minutos)\nLugar: Piso 9, Torre Cielo, Av. Insurgentes Sur 1500\n\nPregunta por Mariana en recepción.\n\nSaludos,\nTalento Humano",
        when(12, 4, "Fri", 12, 0, MEX),
        45,
    )


def tickets28() -> Iterator[Case]:
    f = "tickets28"
    yield neg(
        f,
        "tathkara_multaqa",
        "ar",
        ("ملتقى التوظيف الخليجي", "tickets@gulf-careers-forum.example"),
        "تذكرتك: ملتقى التوظيف الخليجي 2026",
        sent_on(11, 25, 10, RUH),
        "Look-alike: a career-forum ticket, الثلاثاء 8 ديسمبر 2026 من الساعة 9:00 صباحاً.",
        "مرحباً أليكس،\n\nتم تأكيد تسجيلك في ملتقى التوظيف الخليجي 2026.\n\nرقم التذكرة: GCF-55120\nالتاريخ: الثلاثاء 8 ديسمبر 2026\nالوقت: من 9:00 صباحاً حتى 4:00 مساءً\nالمكان: مركز الرياض الدولي للمؤتمرات والمعارض\n\nستتاح فرصة إجراء مقابلات مبدئية مع أكثر من 60 جهة توظيف. يرجى إبراز رمز الاستجابة السريعة عند الدخول.\n\nفريق الملتقى",
        ((12, 8, "Tue"),),
    )
    yield neg(
        f,
        "bat_khon_sammana",
        "th",
        ("JobThai Events", "events@jobthai-fair.example"),
        "บัตรเข้างาน: สัมมนาเตรียมตัวสัมภาษณ์งาน",
        sent_on(11, 26, 14, BKK),
        "Look-alike: an e-ticket for a job-interview preparation seminar, วันเสาร์ที่ 5 ธันวาคม 2569 เวลา 13:00 น.",
        'สวัสดีคุณอเล็กซ์\n\nขอบคุณที่ลงทะเบียนเข้าร่วมสัมมนา "เตรียมตัวสัมภาษณ์งานอย่างมืออาชีพ"\n\nวันที่: วันเสาร์ที่ 5 ธันวาคม 2569\nเวลา: 13:00 - 16:00 น.\nสถานที่: ห้องประชุมใหญ่ ชั้น 5 อาคารสยามทาวเวอร์\n\nกรุณาแสดงบัตรนี้ที่จุดลงทะเบียน\n\nทีมงาน JobThai Events',
        ((12, 5, "Sat"),),
    )
    yield neg(
        f,
        "biglietto_concerto",
        "it",
        ("BigliettiSubito", "ordini@bigliettisubito.example"),
        "Conferma ordine n. 448213 - I tuoi biglietti",
        sent_on(11, 20, 22, ROM),
        "Look-alike: a concert e-ticket order confirmation, sabato 12 dicembre 2026, apertura porte ore 19:30, inizio ore 21:00.",
        "Ciao Alex,\n\nil tuo ordine è confermato. Ecco i dettagli:\n\nEvento: Orchestra Notturna - Tour d'inverno\nData: sabato 12 dicembre 2026\nApertura porte: ore 19:30 - Inizio concerto: ore 21:00\nLuogo: Teatro Carignano, Torino\nPosti: Platea, fila F, posti 11-12\n\nPresenta il QR code all'ingresso dal tuo smartphone.\n\nBigliettiSubito",
        ((12, 12, "Sat"),),
    )
    yield neg(
        f,
        "webinar_pracodawcy",
        "pl",
        ("Praca Dziś - Webinary", "webinary@pracadzis.example"),
        "Przypomnienie: webinar „Rozmowa kwalifikacyjna w IT” już jutro",
        sent_on(11, 30, 9, WAW),
        "Look-alike: a job board's webinar reminder about job interviews in IT, środa 2 grudnia o 18:00.",
        "Cześć Alex,\n\nprzypominamy, że jutro, w środę 2 grudnia o godz. 18:00, odbędzie się webinar „Rozmowa kwalifikacyjna w IT - jak przejść etap techniczny”.\n\nCzas trwania: ok. 60 minut\nProwadząca: Agnieszka Mazur, rekruterka IT\nLink do transmisji wyślemy godzinę przed startem.\n\nDo zobaczenia!\nZespół Praca Dziś",
        ((12, 2, "Wed"),),
    )
    yield neg(
        f,
        "karrieremesse_ticket",
        "de",
        ("Karrieretag Rhein-Main", "tickets@karrieretag-rm.example"),
        "Ihr Ticket für den Karrieretag Rhein-Main",
        sent_on(11, 21, 11, BER),
        "Look-alike: a career-fair ticket with a booked CV check, Freitag, 27. November, 10:00-17:00 Uhr, CV check 11:20 Uhr.",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihre Anmeldung. Ihr Ticket ist angehängt.\n\nKarrieretag Rhein-Main\nFreitag, 27. November 2026, 10:00-17:00 Uhr\nMesse Frankfurt, Halle 4.1\n\nIhr gebuchter Bewerbungsmappen-Check: 11:20 Uhr am Stand B12.\n\nÜber 120 Arbeitgeber freuen sich auf Ihre Fragen.\n\nIhr Team vom Karrieretag",
        ((11, 27, "Fri"),),
    )


def mixho28() -> Iterator[Case]:
    f = "mixho28"
    yield neg(
        f,
        "juliu_xuke_yuyue",
        "zh",
        ("出入境管理局 预约系统", "yuyue@crj-shanghai.example"),
        "预约成功：外国人居留许可办理",
        sent_on(11, 24, 10, SHA),
        "Look-alike: an exit-entry bureau confirms a residence-permit appointment, 2026年12月7日（星期一）上午9:30.",
        "尊敬的 ALEX MORGAN：\n\n您已成功预约外国人居留许可办理业务。\n\n预约时间：2026年12月7日（星期一）上午9:30-10:00\n办理地点：浦东新区民生路1500号 出入境接待大厅\n预约号：SH20261207-0183\n\n请携带护照原件、照片及工作许可证明按时前往。\n\n出入境管理局",
        ((12, 7, "Mon"),),
    )
    yield neg(
        f,
        "hop_phu_huynh",
        "vi",
        ("Trường Tiểu học Quốc tế Sao Mai", "giaovu@saomai-school.example"),
        "Thư mời họp phụ huynh học kỳ I",
        sent_on(11, 23, 15, HCM),
        "Look-alike: a school invites parents to the term meeting, 8 giờ sáng Chủ nhật, ngày 6/12/2026.",
        "Kính gửi Quý phụ huynh học sinh lớp 4A,\n\nNhà trường trân trọng kính mời Quý phụ huynh đến dự buổi họp phụ huynh học kỳ I.\n\nThời gian: 8 giờ sáng Chủ nhật, ngày 6/12/2026\nĐịa điểm: phòng học lớp 4A, tầng 2\nNội dung: kết quả học tập giữa kỳ và kế hoạch học kỳ II\n\nRất mong Quý phụ huynh sắp xếp thời gian tham dự.\n\nBan Giám hiệu",
        ((12, 6, "Sun"),),
    )
    yield neg(
        f,
        "consultor_seguro",
        "pt-BR",
        ("Seguradora Ipê - Atendimento", "atendimento@seguradoraipe.example"),
        "Sua ligação com o consultor está agendada",
        sent_on(11, 26, 11, SAO),
        "Look-alike: an insurer schedules a call with a consultant, segunda-feira, 7 de dezembro, às 9h30.",
        "Olá, Alex!\n\nAgendamos sua ligação com um consultor para revisar o seguro do seu carro.\n\nQuando: segunda-feira, 7 de dezembro, às 9h30\nConsultor: Rafael Menezes\nTelefone de contato: o cadastrado no app\n\nSe precisar, você pode reagendar pelo app até 2 horas antes.\n\nSeguradora Ipê",
        ((12, 7, "Mon"),),
    )
    yield neg(
        f,
        "pyeongga_hoeui",
        "ko",
        ("인사팀 김서연", "seoyeon.kim@hanul-soft.example"),
        "하반기 인사평가 조정 회의 일정 확정",
        sent_on(11, 27, 17, SEL),
        "Look-alike: HR confirms a managers' performance calibration meeting, 12월 3일(목) 오후 3시.",
        "팀장님들 안녕하세요, 인사팀 김서연입니다.\n\n하반기 인사평가 조정 회의 일정이 확정되어 안내드립니다.\n\n- 일시: 12월 3일(목) 오후 3시 ~ 5시\n- 장소: 본관 9층 대회의실\n- 준비물: 팀원별 평가 초안\n\n회의 전까지 평가 초안을 시스템에 등록해 주시기 바랍니다.\n\n감사합니다.",
        ((12, 3, "Thu"),),
    )
    yield neg(
        f,
        "commissione_colloqui",
        "it",
        ("Ufficio Selezione - Banca Adriatica", "selezione@bancaadriatica.example"),
        "Commissione colloqui: calendario di giovedì 10 dicembre",
        sent_on(11, 30, 12, ROM),
        "Look-alike: the reader sits on the interview board that meets candidates on giovedì 10 dicembre from 9:00.",
        "Gentile Alex,\n\nti confermiamo la tua partecipazione come membro della commissione per i colloqui della posizione di Risk Analyst.\n\nGiovedì 10 dicembre, sala Adriatico:\n9:00 - 9:45  candidato Luca Ferri\n10:00 - 10:45  candidata Giulia Serra\n11:00 - 11:45  candidato Paolo Greco\n\nLe schede di valutazione vanno compilate entro le 18:00 dello stesso giorno.\n\nUfficio Selezione",
        ((12, 10, "Thu"),),
    )


def ctrlho28() -> Iterator[Case]:
    f = "ctrlho28"
    sent = sent_on(11, 24, 14, SHA)
    yield ctl(
        f,
        "mianshi_tongzhi",
        "zh",
        ("星河科技 招聘组", "hr@xinghe-tech.example"),
        "面试通知 - 数据分析师",
        sent,
        "Control: Chinese interview notice for the reader, 12月1日（周二）下午2:00-3:00.",
        "Alex 您好：\n\n感谢您应聘星河科技数据分析师一职。经初步筛选，诚邀您参加面试，具体安排如下：\n\n面试时间：12月1日（周二）下午2:00-3:00\n面试地点：上海市徐汇区漕河泾开发区 星河大厦 12楼\n联系人：陈悦\n\n请回复确认是否参加。\n\n星河科技 招聘组",
        when(12, 1, "Tue", 14, 0, SHA),
        60,
    )
    sent = sent_on(11, 25, 9, SAO)
    yield ctl(
        f,
        "convite_entrevista",
        "pt-BR",
        ("Camila Souza - Talentos Brasil", "camila.souza@talentos-brasil.example"),
        "Convite para entrevista - Analista de Produto",
        sent,
        "Control: Brazilian interview for the reader, terça-feira, 1º de dezembro, às 14h, por vídeo.",
        "Oi, Alex!\n\nQue bom falar com você. Confirmo sua entrevista com a gestora da área:\n\nData: terça-feira, 1º de dezembro\nHorário: 14h às 14h45\nLink: https://meet.example.com/tbr-xqpk-ana\n\nQualquer imprevisto, me avise por aqui.\n\nAbraço,\nCamila Souza\nTalentos Brasil",
        when(12, 1, "Tue", 14, 0, SAO),
        45,
    )


BUILDERS = [
    campus28,
    govslot28,
    advisor28,
    staffhr28,
    seatside28,
    ctrl28,
    tickets28,
    mixho28,
    ctrlho28,
]

MEASURED: list[str] = [
    "First sight (parser at main 2f39e245, before any change for this batch; labels as first "
    "written): dev: 4 of 4 invitations right (4 sure), 6 of 34 negatives claimed with "
    "confidence >= 0.5 (campus28 fr child's admission interview and zh thesis defence, "
    "advisor28 fr insurance adviser and pt-BR bank manager, staffhr28 pl town hall and tr "
    "performance review); govslot28 0 of 7 and seatside28 0 of 7 claimed; held out: 2 of 2 "
    "invitations right (2 sure), 2 of 10 negatives claimed (mixho28 it interview board with "
    "the reader as member, pt-BR insurance consultant call); tickets28 0 of 5.",
    "",
    "After the batch's rules: dev 4 of 4 right (4 sure), 0 of 34 claimed; held out unchanged "
    "(2 of 2 right, 2 of 10 claimed; not tuned). Whole corpus (quick.py, batch included): dev "
    "false claims 37 -> 31 of 2512, text 2898/2918, sure 2602 and calendars 461/461 "
    "unchanged; held out false 129 of 1112, text 1193/1266, sure 1023, calendars 145/146 "
    "unchanged (bank26 fr and fairnews27 pl read better); shared and fixtures unchanged; "
    "cmp.py --heldout: better 14, worse 0.",
]

RULES: list[str] = [
    "- `CUSTOMER_ADVISER_CUES` (lookalikes.py): 'votre conseiller/conseillère', 'your",
    "  relationship manager', 'gerente de relacionamento' in the subject or opening, no hiring",
    "  word near: advisor28 fr and pt-BR, sales26 fr, civicappt en-IN (bank26, appoint17).",
    "- `CHILD_CUES`: the appointment is the reader's child's ('de votre fille', 'your",
    "  child's', 'Ihrem Kind'): campus28 fr, schoolevening de.",
    "- `THESIS_DEFENCE_CUES`: a degree's public defence ('Disputation', 'obrona pracy',",
    "  '论文答辩'): campus28 zh and pl, exams23 de.",
    "- Staff greeting (`_STAFF`, and Polish 'Drodzy' among greeting words): 'Drodzy",
    "  Pracownicy', 'Liebe Mitarbeiterinnen und Mitarbeiter': staffhr28 pl, payroll23 de.",
    "- `EMPLOYEE_REVIEW_CUES` gains Turkish 'performans (değerlendirme) görüşmesi' beside the",
    "  existing appraisal words of nine languages: staffhr28 tr.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs28 batch (`build_negs28.py`)",
        "",
        "Non-English look-alikes (school, government, bank, landlord, HR, ticket and job-board "
        "mail, an interviewer's schedule, the reader's own proposal) that carry a future date "
        "and time next to meeting or interview words but set no interview for the reader, with "
        "interview invitations in the same languages as controls. All text is ours; people, "
        "companies, addresses and links are made up. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs28.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs28.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
