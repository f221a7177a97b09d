# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks73" batch: mail where the word "interview" (or its translation) or a fixed
time appears but the reader has no job interview of their own, in languages the look-alike
batches had used little (id, vi, th, he, ar, hi, sw, hr, sk, bg, et, lt) beside a few in the
older ones, and in shapes looks59..looks71 did not hold.

The reader interviewed by the press, a radio show, a podcast, a student's thesis or a
user-research or survey study; visa, consulate, immigration, residence and benefits-office
interviews, a child's school-admission talk, a landlord's or an adoption agency's interview, a
police or insurance statement; job-adjacent appointments that are no interview (the first day,
a medical, a drug test, fingerprints, contract signing, equipment pickup, an exit interview and
a performance review at the current job); and mail after the fact (thanks, feedback or a
refusal naming the past interview's date and time, an interviewer's own day of candidates).
Controls: the reader's own job interviews in prose with the same neighbouring words (press,
visa, first day, research, medical).

Run: .venv/bin/python tests/parsing/corpus/build_looks73.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up (tool names in senders are only display names). Labels come from the datetimes the
text is rendered from (zoneinfo) and were written before the parser was run on any message of
the batch. A seeded third is held out: file names sorted by the SHA-256 of the name, every third
from the first goes to heldout/ (family looks73h), chosen before any file was parsed. Helpers
come from build_looks60.py. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta
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


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
Case = pp.Case
ME = lk.ME
OURS = lk.OURS
LIC = lk.LIC
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12, S13 = lk.T9, lk.W10, lk.H11, lk.F12, lk.S13
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
html_of = lk.html_of
ZONE = {
    **lk.ZONE,
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "uk": "Europe/Kyiv",
    "ru": "Europe/Moscow",
    "cs": "Europe/Prague",
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
    "pt-PT": "Europe/Lisbon",
    "el": "Europe/Athens",
    "id": "Asia/Jakarta",
    "vi": "Asia/Ho_Chi_Minh",
    "th": "Asia/Bangkok",
    "he": "Asia/Jerusalem",
    "ar": "Asia/Riyadh",
    "hi": "Asia/Kolkata",
    "sw": "Africa/Nairobi",
    "hr": "Europe/Zagreb",
    "sk": "Europe/Bratislava",
    "bg": "Europe/Sofia",
    "et": "Europe/Tallinn",
    "lt": "Europe/Vilnius",
}
FAMILY = "looks73"
HELD_FAMILY = "looks73h"
FAMILIES = {
    FAMILY: "Mail with an interview word or a fixed time that sets no job interview for the "
    "reader (the reader interviewed by the press or a study, visa, immigration, school-admission, "
    "tenancy, adoption and police or insurance interviews, first days, medicals, contract "
    "signing, exit interviews and reviews, thanks and refusals after the fact, an interviewer's "
    "day), many in id, vi, th, he, ar, hi, sw, hr, sk, bg, et, lt, beside the reader's own job "
    "interviews with the same neighbouring words.",
    HELD_FAMILY: "The held-out third of looks73, chosen by the file names' hashes before any parse.",
}
RAW: list[tuple[str, str, dict[str, object], str, str, str]] = []


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    minutes: int | None = None,
    shape: str = "text",
) -> None:
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it a look-alike, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"looks73 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- kinds (one note per kind) ------------------------------------------------------------------
ASKED = "The reader is the one interviewed, at a set time, by a journalist, a radio or TV show, a podcast, a student for a thesis, or a research, survey or user study: an interview that hires nobody (README: civic life, the press and the stage; study places and academic posts)."
CIVIC = "A visa, consulate, immigration, residence or benefits-office interview, a child's school-admission talk, a landlord's or an adoption agency's interview, or a police or insurance statement at a set time: an appointment about the reader's life, no job interview (README: civic life; a child's admission interview is the child's)."
AFTER_OFFER = "Job-adjacent but no interview: the first working day, a pre-employment medical, drug test or fingerprints, contract signing, equipment pickup, or an exit interview or performance review at the reader's current job. The README names none of these; like parsegen6's first-day schedules and looks68's exit interviews and appraisals they are labelled not_invitation: nobody selects the reader for a post in them."
AFTER_FACT = "After the fact: thanks, feedback or a refusal that names the past interview's date and time, or an interviewer's own day listing candidates' interviews: nothing new is set for the reader as a candidate (README: refusals and thank-you mails after the fact)."
OWN = "The reader's own job interview at a fixed time, written in prose with a look-alike's neighbouring words (press, radio, visa, first day, research, medical, benefits) (control)."


def indonesian() -> None:
    add("id", "wawancara_majalah_alumni", ("Redaksi Warta Alumni", "redaksi@wartaalumni.example.id"),
        "Permohonan wawancara untuk rubrik Profil Alumni",
        "Halo Kak Alex,\n\nKami dari redaksi majalah Warta Alumni ingin mewawancarai Kakak untuk rubrik Profil Alumni edisi April, tentang pengalaman Kakak bekerja di luar negeri.\n\nWawancara kami jadwalkan pada Rabu, 10 Maret 2027 pukul 13.00 melalui Zoom, kira-kira 45 menit. Tautan akan kami kirim sehari sebelumnya.\n\nTerima kasih banyak,\nSekar Ayuningtyas\nRedaksi Warta Alumni", ASKED)  # fmt: skip
    add("id", "jadwal_wawancara_visa_kedubes", ("Layanan Visa Kedutaan", "noreply@visa-appointment.example.id"),
        "Konfirmasi jadwal wawancara visa",
        "Yth. Bapak/Ibu Alex Morgan,\n\nJadwal wawancara visa Anda telah dikonfirmasi.\n\nTanggal: Kamis, 11 Maret 2027\nPukul: 08.30\nTempat: Bagian Konsuler, Kedutaan Besar, Jl. Medan Merdeka Selatan, Jakarta\n\nHarap datang 15 menit lebih awal dengan membawa paspor, lembar konfirmasi DS-160 dan bukti pembayaran. Ponsel tidak boleh dibawa masuk.\n\nHormat kami,\nLayanan Visa", CIVIC, shape="alt")  # fmt: skip
    add("id", "hari_pertama_kerja", ("HRD PT Sinar Baru Logistik", "hrd@sinarbaru.example.co.id"),
        "Selamat bergabung! Informasi hari pertama Anda",
        "Halo Alex,\n\nSelamat bergabung dengan PT Sinar Baru Logistik! Hari pertama Anda bekerja adalah Senin, 15 Maret 2027. Silakan melapor ke resepsionis lantai 2 pukul 08.00 untuk orientasi karyawan baru.\n\nJangan lupa membawa KTP, NPWP dan buku tabungan untuk pendaftaran gaji.\n\nSampai jumpa,\nDewi Lestari\nHRD", AFTER_OFFER)  # fmt: skip
    add("id", "medical_checkup_pra_kerja", ("Klinik Prima Medika", "jadwal@primamedika.example.id"),
        "Jadwal medical check-up pra-kerja",
        "Yth. Alex Morgan,\n\nAtas permintaan PT Cahaya Niaga, Anda dijadwalkan mengikuti medical check-up pra-kerja pada Selasa, 9 Maret 2027 pukul 07.30 di Klinik Prima Medika, Jl. Pemuda No. 18, Semarang.\n\nMohon berpuasa 10 jam sebelumnya (boleh minum air putih) dan membawa KTP.\n\nSalam sehat,\nKlinik Prima Medika", AFTER_OFFER)  # fmt: skip
    add("id", "penolakan_setelah_wawancara", ("Rekrutmen Bank Nusantara Makmur", "rekrutmen@nusantaramakmur.example.co.id"),
        "Hasil seleksi - Analis Kredit",
        "Yth. Alex Morgan,\n\nTerima kasih telah mengikuti wawancara pada hari Jumat, 5 Maret 2027 pukul 10.00 bersama tim kami. Setelah pertimbangan yang matang, dengan berat hati kami sampaikan bahwa kami belum dapat melanjutkan lamaran Anda ke tahap berikutnya.\n\nData Anda akan kami simpan untuk lowongan lain di masa mendatang.\n\nHormat kami,\nTim Rekrutmen", AFTER_FACT)  # fmt: skip
    add("id", "wawancara_kerja_perawat_mcu", ("Rumah Sakit Harapan Sehat", "sdm@harapansehat.example.id"),
        "Undangan wawancara kerja - Perawat Medical Check-Up",
        "Yth. Alex Morgan,\n\nTerima kasih atas lamaran Anda untuk posisi Perawat di unit Medical Check-Up. Kami mengundang Anda untuk wawancara kerja pada Rabu, 10 Maret 2027 pukul 10.00 di Gedung Administrasi lantai 3.\n\nMohon membawa STR dan ijazah asli.\n\nSalam,\nBagian SDM", OWN, slot=W10)  # fmt: skip
    add("id", "wawancara_kerja_humas_media", ("PT Andalas Energi", "karier@andalasenergi.example.co.id"),
        "Undangan wawancara - Staf Hubungan Media",
        "Halo Alex,\n\nLamaran Anda untuk posisi Staf Hubungan Media (press officer) sudah kami terima. Kami ingin mengundang Anda wawancara dengan Kepala Komunikasi pada Kamis, 11 Maret 2027 pukul 15.30 di kantor kami di Jakarta Selatan.\n\nSalam,\nRini Hapsari\nTalent Acquisition", OWN, slot=H11, shape="html")  # fmt: skip


def vietnamese() -> None:
    add("vi", "phong_van_khoa_luan", ("Nguyễn Thu Hà", "thuha.nguyen@sinhvien.example.vn"),
        "Xin phép phỏng vấn cho khóa luận tốt nghiệp",
        "Chào anh Alex,\n\nEm là Hà, sinh viên năm cuối ngành Quản trị nhân lực. Em đang làm khóa luận tốt nghiệp về kinh nghiệm làm việc của người nước ngoài tại Việt Nam và rất mong được phỏng vấn anh.\n\nNếu anh đồng ý, em xin hẹn vào 9h00 thứ Bảy, ngày 13/3/2027 tại quán cà phê gần công ty anh, khoảng 30 phút. Em xin cảm ơn anh nhiều!\n\nThu Hà", ASKED)  # fmt: skip
    add("vi", "lich_phong_van_thi_thuc", ("Dịch vụ Thị thực", "thongbao@thithuc-lichhen.example.vn"),
        "Xác nhận lịch hẹn phỏng vấn thị thực",
        "Kính gửi quý khách Alex Morgan,\n\nLịch phỏng vấn thị thực của quý khách đã được xác nhận:\n\nThời gian: 07:45, Thứ Năm, 11/03/2027\nĐịa điểm: Tổng Lãnh sự quán, số 4 Lê Duẩn, Quận 1, TP. Hồ Chí Minh\n\nVui lòng mang theo hộ chiếu, trang xác nhận và ảnh 5x5. Không mang theo túi xách lớn.\n\nTrân trọng.", CIVIC, shape="alt")  # fmt: skip
    add("vi", "moi_ky_hop_dong", ("Phòng Nhân sự - Công ty Sao Việt", "nhansu@saoviet.example.vn"),
        "Mời ký hợp đồng lao động",
        "Chào bạn Alex,\n\nChúc mừng bạn đã nhận lời mời làm việc tại Công ty Sao Việt. Mời bạn đến ký hợp đồng lao động vào lúc 9h00 thứ Hai, ngày 15/3/2027 tại phòng Nhân sự, tầng 5.\n\nVui lòng mang theo CCCD, sổ bảo hiểm xã hội và 2 ảnh 3x4.\n\nTrân trọng,\nLê Minh Châu", AFTER_OFFER)  # fmt: skip
    add("vi", "tu_choi_sau_phong_van", ("Tuyển dụng Hòa Bình Group", "tuyendung@hoabinhgroup.example.vn"),
        "Thông báo kết quả phỏng vấn",
        "Chào anh Alex,\n\nCảm ơn anh đã tham gia buổi phỏng vấn lúc 14h00 thứ Năm, ngày 4/3/2027 cho vị trí Trưởng nhóm Kinh doanh. Rất tiếc, sau khi cân nhắc, chúng tôi quyết định chọn ứng viên khác phù hợp hơn.\n\nChúc anh nhiều thành công.\nBộ phận Tuyển dụng", AFTER_FACT)  # fmt: skip
    add("vi", "phong_van_tuyen_sinh_lop_mot", ("Trường Tiểu học Song ngữ Ánh Dương", "tuyensinh@anhduong.example.edu.vn"),
        "Lịch phỏng vấn tuyển sinh lớp 1 cho bé Minh An",
        "Kính gửi phụ huynh bé Minh An,\n\nNhà trường xin thông báo lịch phỏng vấn tuyển sinh lớp 1 năm học 2027-2028 của bé: 8h30 thứ Bảy, ngày 13/3/2027, tại phòng 102.\n\nPhụ huynh vui lòng đi cùng bé và mang theo giấy khai sinh bản sao.\n\nBan Tuyển sinh", CIVIC)  # fmt: skip
    add("vi", "phong_van_vi_tri_phong_vien", ("Báo Kinh tế Sài Gòn Mới", "nhansu@ktsgm.example.vn"),
        "Thư mời phỏng vấn - vị trí Phóng viên",
        "Chào bạn Alex,\n\nCảm ơn bạn đã ứng tuyển vị trí Phóng viên mảng doanh nghiệp. Tòa soạn trân trọng mời bạn tham dự buổi phỏng vấn tuyển dụng lúc 10h30 thứ Ba, ngày 16/3/2027 tại tòa soạn, 22 Nguyễn Thị Minh Khai.\n\nTrân trọng,\nPhạm Quốc Bảo\nThư ký tòa soạn", OWN, slot=T16)  # fmt: skip
    add("vi", "phong_van_ngay_dau_tien", ("Công ty Phần mềm Lam Sơn", "hr@lamson.example.vn"),
        "Mời phỏng vấn vòng 2",
        "Chào Alex,\n\nChúng tôi mời bạn tham gia phỏng vấn vòng 2 với Giám đốc kỹ thuật vào 14h00 thứ Tư, ngày 17/3/2027 tại văn phòng Hà Nội. Nếu kết quả tốt, ngày làm việc đầu tiên của bạn có thể là đầu tháng 4.\n\nThân mến,\nĐỗ Hải Yến", OWN, slot=W17)  # fmt: skip


def thai() -> None:
    add("th", "sampat_radio_sod", ("รายการเช้านี้ที่บ้านเรา FM 98.5", "producer@fm985.example.co.th"),
        "ขอเรียนเชิญให้สัมภาษณ์ทางโทรศัพท์ในรายการ",
        "เรียน คุณอเล็กซ์\n\nทางรายการวิทยุ \"เช้านี้ที่บ้านเรา\" ขอสัมภาษณ์คุณทางโทรศัพท์เรื่องการเปิดร้านกาแฟของชุมชน ออกอากาศสดวันพุธที่ 10 มีนาคม เวลา 07.30 น. ประมาณ 10 นาที\n\nเจ้าหน้าที่จะโทรหาคุณก่อนเวลาออกอากาศ 5 นาที\n\nขอบคุณค่ะ\nนิภาพร ผู้ผลิตรายการ", ASKED)  # fmt: skip
    add("th", "nat_sampat_visa", ("ศูนย์บริการวีซ่า", "noreply@visa-centre.example.co.th"),
        "ยืนยันการนัดสัมภาษณ์วีซ่า",
        "เรียน คุณ Alex Morgan\n\nการนัดสัมภาษณ์วีซ่าของท่านได้รับการยืนยันแล้ว\n\nวันพฤหัสบดีที่ 11 มีนาคม เวลา 08.00 น.\nสถานที่: แผนกกงสุล สถานเอกอัครราชทูต ถนนวิทยุ กรุงเทพฯ\n\nกรุณานำหนังสือเดินทางและใบยืนยันการนัดหมายมาด้วย\n\nศูนย์บริการวีซ่า", CIVIC)  # fmt: skip
    add("th", "truat_sukkhaphap_kon_roem_ngan", ("ฝ่ายบุคคล บริษัท สยามฟู้ดส์", "hr@siamfoods.example.co.th"),
        "นัดตรวจสุขภาพก่อนเริ่มงาน",
        "เรียน คุณอเล็กซ์\n\nยินดีต้อนรับสู่บริษัท สยามฟู้ดส์ จำกัด ขอนัดตรวจสุขภาพก่อนเริ่มงานในวันอังคารที่ 9 มีนาคม เวลา 08.00 น. ณ โรงพยาบาลกรุงไทยเวชการ ชั้น 2 แผนกตรวจสุขภาพ\n\nกรุณางดอาหารก่อนตรวจ 8 ชั่วโมง\n\nฝ่ายบุคคล", AFTER_OFFER, shape="html")  # fmt: skip
    add("th", "exit_interview_wan_sudthai", ("ฝ่ายทรัพยากรบุคคล", "hr@chaopraya-tech.example.co.th"),
        "นัดหมาย Exit Interview",
        "เรียน คุณอเล็กซ์\n\nตามที่คุณได้ยื่นใบลาออก ฝ่ายทรัพยากรบุคคลขอเชิญคุณเข้าร่วม Exit Interview ในวันศุกร์ที่ 12 มีนาคม เวลา 16.00 น. ที่ห้องประชุมเล็ก ชั้น 8 ก่อนวันทำงานวันสุดท้ายของคุณ\n\nขอบคุณสำหรับการทำงานร่วมกันตลอดสามปี\n\nฝ่ายทรัพยากรบุคคล", AFTER_OFFER)  # fmt: skip
    add("th", "khopkhun_thi_ma_sampat", ("คุณวรรณา ฝ่ายสรรหา", "wanna@bangkokprint.example.co.th"),
        "ขอบคุณที่มาสัมภาษณ์งาน",
        "เรียน คุณอเล็กซ์\n\nขอบคุณที่สละเวลามาสัมภาษณ์งานตำแหน่งผู้ประสานงานฝ่ายผลิต เมื่อวันศุกร์ที่ 5 มีนาคม เวลา 13.00 น. ทางบริษัทจะแจ้งผลการพิจารณาให้ทราบภายในสองสัปดาห์\n\nขอแสดงความนับถือ\nวรรณา", AFTER_FACT)  # fmt: skip
    add("th", "sampat_ngan_truat_sukkhaphap", ("บริษัท เอเชียแล็บ จำกัด", "recruit@asialab.example.co.th"),
        "เชิญสัมภาษณ์งาน ตำแหน่งนักวิทยาศาสตร์การแพทย์",
        "เรียน คุณอเล็กซ์\n\nบริษัทฯ ขอเชิญคุณมาสัมภาษณ์งานตำแหน่งนักวิทยาศาสตร์การแพทย์ ในวันพฤหัสบดีที่ 18 มีนาคม เวลา 15.00 น. ณ สำนักงานใหญ่ ชั้น 4\n\nหากผ่านการสัมภาษณ์ จะมีการนัดตรวจสุขภาพในภายหลัง\n\nฝ่ายสรรหาบุคลากร", OWN, slot=H18)  # fmt: skip


def hebrew() -> None:
    add("he", "podcast_haklata", ("נועה ברק, פודקאסט 'עושים קריירה'", "noa@osimkariera.example.co.il"),
        "הזמנה להתארח בפודקאסט",
        "היי אלכס,\n\nאשמח לארח אותך בפרק של הפודקאסט 'עושים קריירה' על מעבר מקצועי בגיל 40.\nההקלטה תתקיים ביום רביעי, 10 במרץ, בשעה 18:00 באולפן שלנו ברחוב הרצל 12 בתל אביב, ותימשך כשעה.\n\nתודה,\nנועה", ASKED)  # fmt: skip
    add("he", "zimun_lemesirat_edut", ("משטרת ישראל - תחנת רמת גן", "ramatgan@police-zimunim.example.il"),
        "זימון למסירת עדות",
        "שלום אלכס מורגן,\n\nבהמשך לתלונה על פריצה לרכב שהגשת, הנך מוזמן/ת למסור עדות בתחנת המשטרה ביום שלישי 9.3.2027 בשעה 10:00, אצל החוקר אבי כהן.\n\nיש להביא תעודה מזהה.\n\nבברכה,\nמשטרת ישראל", CIVIC)  # fmt: skip
    add("he", "sichat_mashov_shnatit", ("מיכל לוי", "michal.levi@galim-tech.example.co.il"),
        "שיחת משוב שנתית",
        "היי אלכס,\n\nקבעתי לנו את שיחת המשוב השנתית ביום חמישי, 11 במרץ, בשעה 11:00 בחדר הישיבות הקטן. נעבור על השנה שעברה ועל היעדים לשנה הבאה.\n\nמיכל\nראש צוות", AFTER_OFFER)  # fmt: skip
    add("he", "luach_reayonot_machar", ("מערכת הגיוס", "noreply@gius-system.example.co.il"),
        "לוח הראיונות שלך ליום שלישי",
        "שלום אלכס,\n\nאלה הראיונות שבהם את/ה המראיין/ת ביום שלישי, 9 במרץ:\n\n09:00 ראיון עם המועמד דני לוי - מפתח Backend\n11:30 ראיון עם המועמדת שירה כץ - מפתחת Frontend\n\nנא למלא טופס משוב אחרי כל ראיון.\n\nמערכת הגיוס", AFTER_FACT)  # fmt: skip
    add("he", "todah_al_hareayon", ("רותם אלון, משאבי אנוש", "rotem@yarok-energy.example.co.il"),
        "תודה על הראיון",
        "שלום אלכס,\n\nתודה שהגעת לראיון ביום חמישי שעבר, 4 במרץ, בשעה 15:00. נהנינו מהשיחה. אנחנו עדיין בתהליך ונעדכן אותך עד סוף החודש.\n\nבברכה,\nרותם", AFTER_FACT)  # fmt: skip
    add("he", "reayon_avoda_mafik_podcast", ("קול הדרום מדיה", "jobs@koladarom.example.co.il"),
        "זימון לראיון עבודה - מפיק/ת פודקאסטים",
        "שלום אלכס,\n\nקיבלנו את קורות החיים שלך למשרת מפיק/ת פודקאסטים ונשמח להזמין אותך לראיון עבודה ביום שני, 15 במרץ 2027, בשעה 09:00 במשרדינו בבאר שבע.\n\nבברכה,\nאורית שמש\nמשאבי אנוש", OWN, slot=M15)  # fmt: skip


def arabic() -> None:
    add("ar", "liqa_tilfizyoni", ("برنامج صباح الخير يا وطن", "production@sabah-tv.example.sa"),
        "دعوة لإجراء مقابلة تلفزيونية",
        "الأستاذ أليكس مورغان المحترم،\n\nيسعدنا استضافتكم في برنامج \"صباح الخير يا وطن\" لإجراء مقابلة تلفزيونية مباشرة حول مبادرتكم التطوعية، وذلك يوم الأربعاء 10 مارس 2027 الساعة 8:00 صباحاً في استوديو القناة بالرياض.\n\nنرجو الحضور قبل الموعد بنصف ساعة للتحضير.\n\nمع التحية،\nفريق الإعداد", ASKED)  # fmt: skip
    add("ar", "mawid_muqabalat_taashira", ("قسم التأشيرات", "visa-appointments@embassy-notice.example.sa"),
        "تأكيد موعد المقابلة الشخصية للتأشيرة",
        "السيد/ أليكس مورغان،\n\nتم تأكيد موعد المقابلة الشخصية الخاصة بطلب التأشيرة:\n\nالتاريخ: الخميس 11 مارس 2027\nالوقت: الساعة 9:00 صباحاً\nالمكان: القسم القنصلي، حي السفارات، الرياض\n\nيرجى إحضار جواز السفر وصورة شخصية.\n\nقسم التأشيرات", CIVIC, shape="alt")  # fmt: skip
    add("ar", "mawid_akhdh_albasamat", ("الموارد البشرية - شركة الواحة للمقاولات", "hr@alwaha-contracting.example.sa"),
        "موعد أخذ البصمات وإجراءات التعيين",
        "الأستاذ أليكس،\n\nنهنئكم بقبول العرض الوظيفي. لاستكمال إجراءات التعيين، تم تحديد موعد لأخذ البصمات والكشف الطبي يوم الثلاثاء 9 مارس الساعة 10:30 صباحاً في مكتب الموارد البشرية.\n\nمع التحية،\nالموارد البشرية", AFTER_OFFER)  # fmt: skip
    add("ar", "ifadat_sharikat_altaamin", ("شركة الأمان للتأمين", "claims@alaman-insurance.example.sa"),
        "موعد لأخذ إفادتكم بخصوص المطالبة",
        "السيد أليكس مورغان،\n\nبخصوص مطالبة التأمين رقم 55821 عن حادث السيارة، نرجو حضوركم لأخذ إفادتكم يوم الأحد 14 مارس الساعة 12:00 ظهراً في فرعنا بطريق الملك فهد.\n\nيرجى إحضار رخصة القيادة وتقرير الحادث.\n\nقسم المطالبات", CIVIC)  # fmt: skip
    add("ar", "rafd_baad_almuqabala", ("التوظيف - مجموعة النخيل", "careers@nakheel-group.example.sa"),
        "نتيجة المقابلة",
        "السيد أليكس مورغان،\n\nنشكرك على حضور المقابلة يوم الخميس 4 مارس الساعة 11:00 صباحاً لوظيفة محاسب أول. نأسف لإبلاغك بأنه تم اختيار مرشح آخر لهذه الوظيفة.\n\nنتمنى لك التوفيق،\nفريق التوظيف", AFTER_FACT)  # fmt: skip
    add("ar", "muqabalat_amal_murasil", ("صحيفة الأفق اليومية", "hr@alofuq-daily.example.sa"),
        "دعوة لمقابلة عمل - مراسل صحفي",
        "السيد أليكس مورغان،\n\nشكراً لتقدمك لوظيفة مراسل صحفي في القسم الاقتصادي. يسرنا دعوتك لمقابلة عمل يوم الثلاثاء 16 مارس 2027 الساعة 10:30 صباحاً في مقر الصحيفة بجدة.\n\nمع التحية،\nإدارة الموارد البشرية", OWN, slot=T16)  # fmt: skip


def hindi() -> None:
    add("hi", "shodh_adhyayan_sakshatkar", ("जन स्वास्थ्य शोध संस्थान", "study@janswasthya-research.example.in"),
        "शोध अध्ययन में भागीदारी: साक्षात्कार का समय",
        "प्रिय एलेक्स जी,\n\nहमारे शोध अध्ययन \"शहरी युवाओं में रोज़गार की तलाश\" में भाग लेने के लिए धन्यवाद। आपका साक्षात्कार बुधवार, 10 मार्च 2027 को शाम 5:00 बजे फ़ोन पर होगा और लगभग 40 मिनट चलेगा। भागीदारी के लिए आपको 500 रुपये का वाउचर मिलेगा।\n\nसादर,\nडॉ. मीनाक्षी राव\nशोध दल", ASKED)  # fmt: skip
    add("hi", "passport_police_satyapan", ("पासपोर्ट सेवा सूचना", "alerts@passport-seva-notice.example.in"),
        "पुलिस सत्यापन हेतु उपस्थिति",
        "प्रिय आवेदक,\n\nआपके पासपोर्ट आवेदन के पुलिस सत्यापन के लिए कृपया गुरुवार, 11 मार्च को सुबह 11:00 बजे अपने क्षेत्र के थाने में उपस्थित हों। पहचान पत्र और पते का प्रमाण साथ लाएँ।\n\nयह एक स्वचालित संदेश है।", CIVIC)  # fmt: skip
    add("hi", "joining_pehla_din", ("मानव संसाधन, सुदर्शन ऑटो पार्ट्स", "hr@sudarshan-auto.example.in"),
        "जॉइनिंग की जानकारी",
        "प्रिय एलेक्स,\n\nसुदर्शन ऑटो पार्ट्स परिवार में आपका स्वागत है! आपकी जॉइनिंग की तारीख सोमवार, 15 मार्च 2027 है। पहले दिन सुबह 9:30 बजे रिसेप्शन पर रिपोर्ट करें। कृपया सभी मूल दस्तावेज़ और दो फ़ोटो साथ लाएँ।\n\nशुभकामनाओं सहित,\nमानव संसाधन विभाग", AFTER_OFFER, shape="alt")  # fmt: skip
    add("hi", "laptop_id_card_lena", ("आईटी हेल्पडेस्क", "helpdesk@ganga-fintech.example.in"),
        "लैपटॉप और आईडी कार्ड लेने का समय",
        "नमस्ते एलेक्स,\n\nआपका लैपटॉप और आईडी कार्ड तैयार है। कृपया शुक्रवार, 12 मार्च को दोपहर 3:00 बजे दूसरी मंज़िल पर आईटी डेस्क से ले लें।\n\nधन्यवाद,\nआईटी हेल्पडेस्क", AFTER_OFFER)  # fmt: skip
    add("hi", "shodh_sahayak_sakshatkar", ("भारतीय कृषि नीति केंद्र", "bharti@krishi-niti.example.in"),
        "शोध सहायक पद हेतु साक्षात्कार",
        "प्रिय एलेक्स,\n\nशोध सहायक पद के लिए आपके आवेदन के संदर्भ में, आपको साक्षात्कार के लिए आमंत्रित किया जाता है। आपका साक्षात्कार बुधवार, 17 मार्च 2027 को दोपहर 2:00 बजे केंद्र के सभागार में होगा।\n\nसादर,\nप्रशासन अधिकारी", OWN, slot=W17)  # fmt: skip
    add("hi", "sakshatkar_phir_joining", ("नीलकंठ सॉफ़्टवेयर", "careers@neelkanth-soft.example.in"),
        "इंटरव्यू के लिए आमंत्रण",
        "नमस्ते एलेक्स,\n\nडेटा एनालिस्ट पद के लिए हम आपको इंटरव्यू के लिए बुलाना चाहते हैं। आपका इंटरव्यू गुरुवार, 11 मार्च को दोपहर 3:30 बजे हमारे पुणे ऑफ़िस में होगा। चयन होने पर जॉइनिंग अप्रैल में होगी।\n\nधन्यवाद,\nप्रिया देशपांडे\nएचआर", OWN, slot=H11)  # fmt: skip


def swahili() -> None:
    add("sw", "mahojiano_redio", ("Kipindi cha Jamii Yetu, Redio Pwani", "jamiiyetu@redio-pwani.example.co.ke"),
        "Ombi la mahojiano kwenye kipindi",
        "Habari Alex,\n\nTungependa kukuhoji kwenye kipindi chetu cha redio \"Jamii Yetu\" kuhusu mradi wako wa kuhifadhi mikoko. Mahojiano yatakuwa Alhamisi, tarehe 11 Machi 2027, saa 3:00 asubuhi, moja kwa moja studioni Mombasa.\n\nAsante,\nMwanaisha Omari\nMtayarishaji", ASKED)  # fmt: skip
    add("sw", "mahojiano_uhamiaji", ("Idara ya Uhamiaji", "huduma@uhamiaji-arifa.example.go.ke"),
        "Mahojiano ya kibali cha ukaazi",
        "Ndugu Alex Morgan,\n\nUnaombwa kufika kwa mahojiano kuhusu ombi lako la kibali cha ukaazi Jumanne, tarehe 9 Machi 2027, saa 4:00 asubuhi, Nyayo House, ghorofa ya 3.\n\nLeta pasipoti yako halisi na barua ya mwajiri.\n\nIdara ya Uhamiaji", CIVIC)  # fmt: skip
    add("sw", "uchunguzi_wa_afya_kazi", ("Rasilimali Watu, Tausi Beverages", "hr@tausi-beverages.example.co.ke"),
        "Uchunguzi wa afya kabla ya kuanza kazi",
        "Habari Alex,\n\nHongera kwa kupata kazi! Tumekupangia uchunguzi wa afya kabla ya kuanza kazi Jumatano, tarehe 10 Machi 2027, saa 2:30 asubuhi katika Kliniki ya Afya Bora, Westlands.\n\nKila la heri,\nIdara ya Rasilimali Watu", AFTER_OFFER)  # fmt: skip
    add("sw", "asante_kwa_usaili", ("Ajira - Benki ya Maendeleo", "ajira@maendeleo-bank.example.co.tz"),
        "Matokeo ya usaili",
        "Ndugu Alex,\n\nAsante kwa kuhudhuria usaili wako Ijumaa, tarehe 5 Machi 2027, saa 9:00 AM. Kwa bahati mbaya hukuchaguliwa kwa nafasi ya Afisa Mikopo. Tutaweka taarifa zako kwa nafasi zijazo.\n\nWako,\nKitengo cha Ajira", AFTER_FACT)  # fmt: skip
    add("sw", "usaili_mtangazaji_redio", ("Redio Sauti ya Ziwa", "ajira@sautiyaziwa.example.co.tz"),
        "Mwaliko wa usaili - Mtangazaji wa redio",
        "Habari Alex,\n\nAsante kwa kuomba nafasi ya Mtangazaji wa redio. Tunakualika kwenye usaili Jumatano, tarehe 10 Machi 2027, saa 10:00 AM katika ofisi zetu Mwanza.\n\nWako,\nNeema Mushi\nRasilimali Watu", OWN, slot=W10)  # fmt: skip


def croatian() -> None:
    add("hr", "intervju_za_portal", ("Ivana Babić, Poslovni tjednik", "ivana.babic@poslovnitjednik.example.hr"),
        "Molba za intervju",
        "Poštovana gospođo Morgan,\n\nželjeli bismo napraviti kratak intervju s vama za rubriku o ženama u tehnologiji. Predlažem srijedu, 10. ožujka u 12 sati u kafiću kod Cvjetnog trga, a razgovor bi trajao pola sata.\n\nLijep pozdrav,\nIvana Babić\nnovinarka", ASKED)  # fmt: skip
    add("hr", "razgovor_s_najmodavcem", ("Marko Horvat", "marko.horvat@posta-mail.example.hr"),
        "Stan u Trnju - razgovor",
        "Pozdrav Alex,\n\nhvala na javljanju za stan u Trnju. Prije potpisivanja ugovora o najmu volim upoznati stanare, pa vas pozivam na kratak razgovor u četvrtak, 11. ožujka u 18:00 u samom stanu. Ponesite osobnu iskaznicu i potvrdu o zaposlenju.\n\nMarko Horvat", CIVIC)  # fmt: skip
    add("hr", "prvi_radni_dan", ("Ljudski potencijali, Jadran Tours", "hr@jadrantours.example.hr"),
        "Dobrodošli - vaš prvi radni dan",
        "Poštovana gospođo Morgan,\n\nvaš prvi radni dan je u ponedjeljak, 15. ožujka 2027. Javite se na recepciju u 8:00 sati, gdje će vas dočekati vaša mentorica Ana.\n\nSrdačan pozdrav,\nSlužba ljudskih potencijala", AFTER_OFFER, shape="html")  # fmt: skip
    add("hr", "godisnji_razgovor_ucinak", ("Petra Kovačević", "petra.kovacevic@zagrebsoft.example.hr"),
        "Godišnji razgovor o učinku",
        "Bok Alex,\n\nzakazala sam naš godišnji razgovor o učinku za utorak, 9. ožujka u 13:00 u sobi za sastanke Sljeme. Molim te da prije toga ispuniš samoprocjenu.\n\nPetra\nvoditeljica tima", AFTER_OFFER)  # fmt: skip
    add("hr", "hvala_na_razgovoru", ("Tomislav Marić", "tomislav.maric@dalmacija-grupa.example.hr"),
        "Hvala na razgovoru",
        "Poštovana gospođo Morgan,\n\nhvala vam na razgovoru za posao prošlog četvrtka, 4. ožujka u 10:00. Nažalost, odlučili smo se za kandidata s više iskustva u logistici.\n\nSrdačno,\nTomislav Marić", AFTER_FACT)  # fmt: skip
    add("hr", "razgovor_za_posao_novinar", ("Večernji Zadar", "posao@vecernjizadar.example.hr"),
        "Poziv na razgovor za posao - novinar",
        "Poštovana gospođo Morgan,\n\nzahvaljujemo na prijavi za radno mjesto novinara u gospodarskoj rubrici. Pozivamo vas na razgovor za posao u petak, 12. ožujka 2027. u 11:00 sati u našoj redakciji.\n\nS poštovanjem,\nurednica Marija Jurić", OWN, slot=F12)  # fmt: skip


def slovak() -> None:
    add("sk", "vyskum_pouzivatelov", ("Tím UX výskumu, Pošta24", "vyskum@posta24.example.sk"),
        "Potvrdenie: rozhovor v rámci výskumu používateľov",
        "Dobrý deň, Alex,\n\nďakujeme, že ste sa prihlásili do nášho výskumu používateľov mobilnej aplikácie. Rozhovor sa uskutoční v stredu 10. marca o 16:00 cez Teams a potrvá 45 minút. Ako poďakovanie dostanete poukážku v hodnote 30 €.\n\nS pozdravom,\nTím UX výskumu", ASKED)  # fmt: skip
    add("sk", "urad_prace_pohovor_davka", ("Úrad práce, sociálnych vecí a rodiny", "podatelna@upsvr-oznamy.example.sk"),
        "Predvolanie",
        "Vážená pani Morgan,\n\nv súvislosti s vašou žiadosťou o dávku v nezamestnanosti vás predvolávame na pohovor s referentkou úradu v utorok 9. marca 2027 o 9:30, kancelária č. 214.\n\nSo sebou prineste občiansky preukaz a potvrdenie od posledného zamestnávateľa.\n\nÚrad práce, sociálnych vecí a rodiny", CIVIC)  # fmt: skip
    add("sk", "podpis_pracovnej_zmluvy", ("Personálne oddelenie, Tatra Stav", "personalne@tatrastav.example.sk"),
        "Podpis pracovnej zmluvy",
        "Dobrý deň, pani Morgan,\n\nteší nás, že ste prijali našu ponuku. Podpis pracovnej zmluvy sme naplánovali na pondelok 15. marca o 8:30 na personálnom oddelení, hneď potom začína vaše zaškolenie.\n\nS pozdravom,\nMária Hudáková", AFTER_OFFER)  # fmt: skip
    add("sk", "vstupna_lekarska_prehliadka", ("Pracovná zdravotná služba MEDIS", "objednavky@medis-pzs.example.sk"),
        "Termín vstupnej lekárskej prehliadky",
        "Dobrý deň,\n\nna žiadosť vášho budúceho zamestnávateľa vás objednávame na vstupnú lekársku prehliadku vo štvrtok 11. marca o 7:30. Prosíme, príďte nalačno.\n\nMEDIS, pracovná zdravotná služba", AFTER_OFFER)  # fmt: skip
    add("sk", "program_pohovorov_zajtra", ("Náborový systém", "nabor@danubia-it.example.sk"),
        "Váš program pohovorov na stredu",
        "Dobrý deň, Alex,\n\nv stredu 10. marca vediete tieto pohovory:\n\n9:00 pohovor – Ján Kováč (kandidát, Java vývojár)\n10:30 pohovor – Zuzana Šimková (kandidátka, testerka)\n\nHodnotenie kandidátov vyplňte do piatku.\n\nNáborový systém", AFTER_FACT)  # fmt: skip
    add("sk", "pohovor_analytik_vyskumu", ("Agentúra Focus Research", "kariera@focusresearch.example.sk"),
        "Pozvánka na pohovor - analytik výskumu",
        "Dobrý deň, pani Morgan,\n\nďakujeme za váš životopis na pozíciu analytik marketingového výskumu. Pozývame vás na osobný pohovor v utorok 16. marca o 10:30 v našej kancelárii na Mlynských nivách.\n\nS pozdravom,\nKatarína Nováková", OWN, slot=T16)  # fmt: skip


def bulgarian() -> None:
    add("bg", "intervyu_za_diplomna_rabota", ("Десислава Петрова", "desi.petrova@student-mail.example.bg"),
        "Молба за интервю за дипломна работа",
        "Здравейте, г-жо Морган,\n\nказвам се Десислава и пиша дипломна работа за работата от разстояние. Бих искала да ви взема интервю в четвъртък, 11 март, от 17:00 ч. онлайн, за около 30 минути.\n\nБлагодаря предварително!\nДесислава", ASKED)  # fmt: skip
    add("bg", "intervyu_za_viza", ("Визов център", "noreply@visa-center-bg.example.bg"),
        "Потвърждение на час за интервю за виза",
        "Уважаема г-жо Морган,\n\nВашият час за интервю за виза е потвърден: сряда, 10 март 2027 г., 8:45 ч., консулски отдел на посолството, бул. „Княз Александър Дондуков“ 16, София.\n\nМоля, носете паспорт и разпечатка на потвърждението.\n\nВизов център", CIVIC, shape="alt")  # fmt: skip
    add("bg", "poluchavane_na_laptop", ("ИТ отдел, Балкан Софт", "it@balkansoft.example.bg"),
        "Получаване на служебен лаптоп и пропуск",
        "Здравейте, Алекс,\n\nслужебният ви лаптоп и пропускът ще бъдат готови в петък, 12 март. Можете да ги получите в 14:00 ч. от ИТ отдела на 3-ти етаж.\n\nПоздрави,\nИТ отдел", AFTER_OFFER)  # fmt: skip
    add("bg", "izhodyashto_intervyu", ("Човешки ресурси, Витоша Медия", "hr@vitoshamedia.example.bg"),
        "Изходящо интервю",
        "Здравейте, Алекс,\n\nс оглед на напускането ви ви каним на изходящо интервю в понеделник, 15 март, от 11:00 ч. в залата на 2-ри етаж. Вашето мнение за работата при нас е важно за нас.\n\nПоздрави,\nЧовешки ресурси", AFTER_OFFER)  # fmt: skip
    add("bg", "otkaz_sled_intervyu", ("Подбор на персонал, Тракия Агро", "podbor@trakiaagro.example.bg"),
        "Резултат от интервюто",
        "Уважаема г-жо Морган,\n\nблагодарим ви за участието в интервюто на 4 март от 10:00 ч. За съжаление избрахме друг кандидат за позицията „Счетоводител“.\n\nПожелаваме ви успех!\nОтдел „Подбор на персонал“", AFTER_FACT)  # fmt: skip
    add("bg", "intervyu_za_rabota_zhurnalist", ("Редакция „Пловдив днес“", "karieri@plovdivdnes.example.bg"),
        "Покана за интервю за работа",
        "Уважаема г-жо Морган,\n\nблагодарим за кандидатурата ви за позицията „Журналист“. Каним ви на интервю за работа в четвъртък, 18 март 2027 г., от 15:00 ч. в редакцията. При одобрение ще последва медицински преглед.\n\nС уважение,\nГеорги Иванов\nГлавен редактор", OWN, slot=H18)  # fmt: skip


def estonian() -> None:
    add("et", "raadiointervjuu", ("Raadio Tallinna Hommik", "toimetus@tallinnahommik.example.ee"),
        "Raadiointervjuu kolmapäeval",
        "Tere, Alex!\n\nSoovime teiega teha lühikese raadiointervjuu teie vabatahtlike projekti kohta. Intervjuu on otse-eetris kolmapäeval, 10. märtsil kell 9.15, helistame teile kaks minutit varem.\n\nParimat\nKadri Tamm\ntoimetaja", ASKED)  # fmt: skip
    add("et", "kooli_vastuvotu_vestlus", ("Kadrioru Kool", "vastuvott@kadriorukool.example.ee"),
        "Vastuvõtuvestlus 1. klassi",
        "Lugupeetud lapsevanem!\n\nKutsume teid koos lapsega Marten'iga 1. klassi vastuvõtuvestlusele neljapäeval, 11. märtsil kell 16.00, ruum 105. Vestlus kestab umbes 20 minutit.\n\nKadrioru Kooli vastuvõtukomisjon", CIVIC)  # fmt: skip
    add("et", "esimene_toopaev", ("Personaliosakond, Läänemere Logistika", "personal@laanemere.example.ee"),
        "Tere tulemast meeskonda!",
        "Tere, Alex!\n\nSinu esimene tööpäev on esmaspäeval, 15. märtsil. Ootame sind kell 9.00 fuajees, kus sind võtab vastu sinu mentor Mari. Võta kaasa isikut tõendav dokument.\n\nKohtumiseni!\nPersonaliosakond", AFTER_OFFER)  # fmt: skip
    add("et", "tagasiside_parast_intervjuud", ("Värbamine, Saare Energia", "varbamine@saareenergia.example.ee"),
        "Tagasiside intervjuu kohta",
        "Tere, Alex!\n\nAitäh, et osalesite reedel, 5. märtsil kell 11.00 toimunud intervjuul. Otsustasime seekord jätkata teise kandidaadiga, kuid hoiame teie andmed alles.\n\nLugupidamisega\nSaare Energia värbamismeeskond", AFTER_FACT)  # fmt: skip
    add("et", "toointervjuu_uuringud", ("Eesti Turu-uuringute Keskus", "too@turuuuringud.example.ee"),
        "Kutse tööintervjuule",
        "Tere, Alex!\n\nTäname kandideerimast uuringute analüütiku ametikohale. Kutsume teid tööintervjuule kolmapäeval, 17. märtsil kell 14.00 meie kontorisse Tartu mnt 25.\n\nLugupidamisega\nLiis Kask\npersonalijuht", OWN, slot=W17)  # fmt: skip


def lithuanian() -> None:
    add("lt", "tinklalaides_irasas", ("Tinklalaidė „Karjeros kryžkelės“", "laida@karjeroskryzkeles.example.lt"),
        "Kvietimas į tinklalaidės įrašą",
        "Sveiki, Alex,\n\nkviečiame jus į mūsų tinklalaidės įrašą apie karjeros keitimą. Įrašas vyks kovo 10 d. (trečiadienį) 18:00 val. mūsų studijoje Vilniuje, Gedimino pr. 9, ir truks apie valandą.\n\nIki susitikimo,\nRūta Jankauskienė", ASKED)  # fmt: skip
    add("lt", "migracijos_pokalbis", ("Migracijos departamentas", "pranesimai@migracija-info.example.lt"),
        "Kvietimas į pokalbį dėl leidimo gyventi",
        "Gerb. Alex Morgan,\n\nkviečiame jus atvykti į pokalbį dėl leidimo laikinai gyventi Lietuvoje išdavimo 2027 m. kovo 9 d. 10:00 val., Vilniaus skyriuje, Vytenio g. 16.\n\nSu savimi turėkite pasą.\n\nMigracijos departamentas", CIVIC)  # fmt: skip
    add("lt", "veiklos_vertinimo_pokalbis", ("Ieva Petrauskaitė", "ieva.petrauskaite@baltijosfinansai.example.lt"),
        "Metinis veiklos vertinimo pokalbis",
        "Labas, Alex,\n\nsuplanavau mūsų metinį veiklos vertinimo pokalbį kovo 12 d. (penktadienį) 14:00 val. mažajame posėdžių kambaryje. Prašau iki tol užpildyti įsivertinimo formą.\n\nIeva\nskyriaus vadovė", AFTER_OFFER)  # fmt: skip
    add("lt", "dekojame_uz_pokalbi", ("Atranka, Nemuno Baldai", "atranka@nemunobaldai.example.lt"),
        "Dėkojame už darbo pokalbį",
        "Sveiki, Alex,\n\ndėkojame, kad dalyvavote darbo pokalbyje kovo 4 d. 13:00 val. Sprendimą priimsime per dvi savaites ir jus informuosime el. paštu.\n\nPagarbiai\nAtrankos komanda", AFTER_FACT)  # fmt: skip
    add("lt", "darbo_pokalbis_spaudos_atstove", ("Kauno miesto savivaldybė", "personalas@kaunas-sav.example.lt"),
        "Kvietimas į darbo pokalbį",
        "Sveiki, Alex,\n\ndėkojame už jūsų paraišką į spaudos atstovės pareigas. Kviečiame jus į darbo pokalbį 2027 m. kovo 15 d. (pirmadienį) 9:00 val. savivaldybės pastate, 312 kab.\n\nPagarbiai\nPersonalo skyrius", OWN, slot=M15)  # fmt: skip


def older_languages() -> None:
    add("en-US", "unemployment_eligibility_phone_interview", ("State Department of Labor - UI", "noreply@ui-notices.example.gov"),
        "Notice of Telephone Eligibility Interview",
        "Dear Claimant,\n\nA question has been raised about your claim for unemployment benefits. You are scheduled for a telephone eligibility interview on Wednesday, March 10, 2027 at 1:15 PM. An adjudicator will call you at the number on file.\n\nIf you miss this interview, a decision will be made on the information available.\n\nUnemployment Insurance Division", CIVIC)  # fmt: skip
    add("en-GB", "police_witness_statement", ("PC Sarah Whitmore", "sarah.whitmore@police-contact.example.gov.uk"),
        "Your witness statement - ref 44/1182/27",
        "Dear Alex,\n\nThank you for reporting the incident on Harbour Road last week. I would like to take your witness statement in person. I have booked an appointment for you at Brackley Police Station on Thursday 11 March at 6pm; it should take about an hour.\n\nPlease bring photo ID.\n\nPC 2281 Sarah Whitmore", CIVIC)  # fmt: skip
    add("en-US", "drug_screen_scheduled", ("Background & Screening Team", "screening@clearpath-checks.example.com"),
        "Your pre-employment drug screen is scheduled",
        "Hi Alex,\n\nAs part of your offer with Lakeside Freight, your pre-employment drug screen is scheduled for Tuesday, March 9 at 8:15 AM at the Northgate collection site, 118 Elm St. Bring a government-issued photo ID and the attached authorization form.\n\nResults usually take 2-3 business days.\n\nClearPath Screening", AFTER_OFFER, shape="alt")  # fmt: skip
    add("en-US", "laptop_pickup_it", ("IT Service Desk", "servicedesk@brightline-health.example.com"),
        "Equipment pickup: your laptop is ready",
        "Hi Alex,\n\nYour new laptop, badge and headset are ready. Please pick them up at the IT bar, 4th floor, on Friday, March 12 at 2:30 PM. Bring your offer letter or photo ID.\n\nThanks,\nIT Service Desk", AFTER_OFFER)  # fmt: skip
    add("en-US", "interviewer_daily_agenda", ("Hirely Scheduling", "notifications@hirely.example.com"),
        "Your interviews today - Tuesday, March 9",
        "Hi Alex,\n\nYou're on the interview panel for these candidates today:\n\n10:00 AM - 10:45 AM  Jordan Reyes (Product Designer) - Room Aspen\n1:00 PM - 1:45 PM  Priya Natarajan (Product Designer) - Zoom\n\nPlease submit your scorecard within 24 hours of each interview.\n\nHirely", AFTER_FACT, shape="alt")  # fmt: skip
    add("de", "zeugenvernehmung_vorladung", ("Polizeiinspektion Würzburg-Land", "pi-wue-land@polizei-post.example.de"),
        "Vorladung zur Zeugenvernehmung",
        "Sehr geehrte Frau Morgan,\n\nin dem Ermittlungsverfahren wegen Sachbeschädigung bitten wir Sie, als Zeugin zur Vernehmung zu erscheinen: Dienstag, 9. März 2027, 10:00 Uhr, Polizeiinspektion Würzburg-Land, Zimmer 12.\n\nBitte bringen Sie Ihren Personalausweis mit.\n\nMit freundlichen Grüßen\nPOK Bauer", CIVIC)  # fmt: skip
    add("de", "mieter_kennenlernen_vermieter", ("Hausverwaltung Ebert", "vermietung@hv-ebert.example.de"),
        "Ihre Bewerbung für die Wohnung Lindenstraße 4",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung. Die Eigentümerin möchte Sie gern persönlich kennenlernen: Mittwoch, 10. März, 17:30 Uhr direkt in der Wohnung. Bitte bringen Sie Ihre Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit.\n\nFreundliche Grüße\nHausverwaltung Ebert", CIVIC)  # fmt: skip
    add("fr", "expert_assurance_sinistre", ("Mutuelle des Alpes - Sinistres", "sinistres@mutuelle-alpes.example.fr"),
        "Rendez-vous avec l'expert – sinistre dégât des eaux",
        "Madame,\n\nSuite à votre déclaration de sinistre, notre expert se rendra à votre domicile le jeudi 11 mars à 9h00 pour constater les dommages et recueillir votre déclaration.\n\nMerci de tenir à sa disposition les factures des biens endommagés.\n\nLe service Sinistres", CIVIC)  # fmt: skip
    add("fr", "retour_apres_entretien", ("Claire Vasseur", "claire.vasseur@atelier-beaumont.example.fr"),
        "Suite à notre entretien",
        "Bonjour Alex,\n\nJe vous remercie pour notre entretien du jeudi 4 mars à 14h. Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de cheffe de projet.\n\nJe vous souhaite une belle continuation.\nClaire Vasseur", AFTER_FACT)  # fmt: skip
    add("es", "entrevista_idoneidad_adopcion", ("Servicio de Adopción - Consejería de Familia", "adopciones@familia-aviso.example.es"),
        "Citación: entrevista de valoración de idoneidad",
        "Estimada Sra. Morgan:\n\nEn relación con su solicitud de adopción, le citamos a la primera entrevista de valoración de idoneidad con la psicóloga del equipo el miércoles 10 de marzo a las 17:00, en la calle Alcalá 63, 2.ª planta.\n\nPueden acudir ambos solicitantes.\n\nServicio de Adopción", CIVIC)  # fmt: skip
    add("it", "intervista_tesi_laurea", ("Giulia Ferrante", "giulia.ferrante@studenti-uni.example.it"),
        "Intervista per la mia tesi",
        "Gentile Alex,\n\nsono Giulia, laureanda in Sociologia. Per la mia tesi sul lavoro da remoto vorrei intervistarla: le andrebbe bene venerdì 12 marzo alle 15 su Meet? Ci vorranno circa 40 minuti.\n\nGrazie mille,\nGiulia Ferrante", ASKED)  # fmt: skip
    add("pt-BR", "feedback_entrevista_passada", ("Recrutamento Verde Campo", "recrutamento@verdecampo.example.com.br"),
        "Retorno sobre o seu processo",
        "Olá Alex,\n\nObrigada pela entrevista da última sexta-feira, 5 de março, às 16h. Gostamos muito da conversa, mas optamos por seguir com outra pessoa candidata nesta vaga.\n\nDesejamos sucesso!\nEquipe de Recrutamento", AFTER_FACT)  # fmt: skip
    add("nl", "uwv_gesprek_werkcoach", ("UWV", "berichten@uwv-post.example.nl"),
        "Uitnodiging gesprek met uw werkcoach",
        "Beste mevrouw Morgan,\n\nU heeft een WW-uitkering. Wij nodigen u uit voor een gesprek met uw werkcoach op dinsdag 9 maart om 10.30 uur bij UWV Utrecht, Kanaalweg 12. We bespreken hoe het zoeken naar werk gaat.\n\nNeem uw identiteitsbewijs mee.\n\nMet vriendelijke groet,\nUWV", CIVIC)  # fmt: skip
    add("pl", "ocena_roczna_przelozony", ("Tomasz Wieczorek", "tomasz.wieczorek@wisla-logistyka.example.pl"),
        "Rozmowa oceniająca",
        "Cześć Alex,\n\numówmy się na Twoją roczną rozmowę oceniającą w czwartek 11 marca o 10:00 w sali Kraków. Przed spotkaniem wypełnij proszę formularz samooceny w systemie HR.\n\nTomek\nkierownik działu", AFTER_OFFER)  # fmt: skip
    add("ja", "mensetsu_orei_kekka", ("株式会社みどり製菓 人事部", "jinji@midori-seika.example.jp"),
        "面接のお礼",
        "アレックス・モーガン様\n\n先日は3月5日（金）14時からの面接にお越しいただき、誠にありがとうございました。選考結果につきましては、1週間以内にメールにてご連絡いたします。\n\n株式会社みどり製菓 人事部", AFTER_FACT)  # fmt: skip
    add("tr", "karakol_ifade_verme", ("Kadıköy İlçe Emniyet Müdürlüğü", "bilgi@emniyet-bildirim.example.gov.tr"),
        "İfade vermek üzere davet",
        "Sayın Alex Morgan,\n\nŞikâyetinizle ilgili olarak ifadenizin alınması için 10 Mart Çarşamba günü saat 14:00'te Kadıköy Karakolu'na gelmeniz rica olunur. Kimliğinizi yanınızda getiriniz.\n\nKadıköy İlçe Emniyet Müdürlüğü", CIVIC)  # fmt: skip


def older_controls() -> None:
    add("en-US", "own_interview_visa_sponsorship", ("Dana Kowalski, Pinecrest Robotics", "dana.kowalski@pinecrest-robotics.example.com"),
        "Interview invitation - Controls Engineer",
        "Hi Alex,\n\nThanks for applying for the Controls Engineer role. We'd like to invite you to an interview with our engineering lead on Thursday, March 11 at 3:30 PM at our Pittsburgh office. We do sponsor H-1B visas for this position, so we can discuss your visa timeline then.\n\nBest,\nDana Kowalski\nRecruiting", OWN, slot=H11)  # fmt: skip
    add("en-GB", "own_interview_press_officer", ("Fenwick District Council", "recruitment@fenwick-dc.example.gov.uk"),
        "Interview - Press Officer (ref PR-07)",
        "Dear Alex,\n\nThank you for your application for the post of Press Officer. I am pleased to invite you to an interview on Friday 12 March at 11am at the Civic Centre. The panel will ask you to draft a short press release on the day.\n\nYours sincerely,\nGemma Holt\nHR Adviser", OWN, slot=F12)  # fmt: skip
    add("de", "eigenes_gespraech_erster_arbeitstag", ("Schneider Feinmechanik GmbH", "bewerbung@schneider-fm.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Qualitätsprüferin. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 16. März 2027, um 10:30 Uhr ein. Bei einer Zusage wäre Ihr erster Arbeitstag voraussichtlich der 1. Mai.\n\nMit freundlichen Grüßen\nJulia Schneider", OWN, slot=T16)  # fmt: skip
    add("fr", "propre_entretien_recherche_utilisateur", ("Studio Pixelle", "recrutement@pixelle.example.fr"),
        "Entretien – UX researcher",
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de chargée de recherche utilisateur. Nous vous proposons un entretien avec notre responsable design le mercredi 17 mars à 14h dans nos locaux à Nantes.\n\nÀ bientôt,\nLéa Martin\nRecrutement", OWN, slot=W17)  # fmt: skip
    add("es", "entrevista_propia_reconocimiento_medico", ("Laboratorios Ibérica", "seleccion@lab-iberica.example.es"),
        "Entrevista – Técnico/a de investigación",
        "Hola Alex:\n\nGracias por presentarte al puesto de técnica de investigación. Te convocamos a una entrevista el lunes 15 de marzo a las 9:00 en nuestro centro de Getafe. Si el proceso sigue adelante, después haremos el reconocimiento médico.\n\nUn saludo,\nMarta Gil\nSelección", OWN, slot=M15)  # fmt: skip
    add("pt-BR", "entrevista_propria_analista_beneficios", ("RH Cooperativa Sul", "rh@cooperativasul.example.com.br"),
        "Convite para entrevista",
        "Olá Alex,\n\nAgradecemos sua candidatura para a vaga de Analista de Benefícios. Gostaríamos de convidar você para uma entrevista na quinta-feira, 18 de março, às 15h, em nosso escritório de Curitiba.\n\nAbraços,\nFernanda Lima\nRecursos Humanos", OWN, slot=H18)  # fmt: skip
    add("it", "proprio_colloquio_addetta_stampa", ("Fondazione Teatro Lirico", "selezione@teatrolirico.example.it"),
        "Colloquio – Addetta stampa",
        "Gentile Alex,\n\nla ringraziamo per la candidatura come addetta stampa. Siamo lieti di invitarla a un colloquio martedì 9 marzo alle 14:00 presso i nostri uffici in via Verdi 3.\n\nCordiali saluti,\nElena Rossi\nUfficio Personale", OWN, slot=T9)  # fmt: skip
    add("ja", "jibun_mensetsu_shuzai_kisha", ("北陸新報社 総務部", "saiyo@hokuriku-shimpo.example.jp"),
        "【北陸新報社】面接のご案内（取材記者職）",
        "アレックス・モーガン様\n\n取材記者職へのご応募ありがとうございます。書類選考の結果、面接にお越しいただきたく、ご案内申し上げます。\n\n日時：3月10日（水）10時00分\n場所：本社3階 会議室\n\n総務部 採用担当", OWN, slot=W10)  # fmt: skip
    add("pl", "wlasna_rozmowa_badania_lekarskie", ("Kujawskie Zakłady Mleczarskie", "rekrutacja@kzm.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko technologa żywności. Zapraszamy na rozmowę kwalifikacyjną w środę 10 marca o 10:00 w naszym biurze w Toruniu. Badania lekarskie wykonamy dopiero po ewentualnym przyjęciu.\n\nPozdrawiam\nAgnieszka Nowicka", OWN, slot=W10)  # fmt: skip
    add("nl", "eigen_sollicitatiegesprek_werkcoach", ("Stichting Werkpunt", "vacatures@werkpunt.example.nl"),
        "Uitnodiging sollicitatiegesprek werkcoach",
        "Beste Alex,\n\nDank voor je sollicitatie op de functie van werkcoach. We nodigen je graag uit voor een sollicitatiegesprek op donderdag 11 maart om 15.30 uur op ons kantoor in Amersfoort.\n\nMet vriendelijke groet,\nSanne Visser", OWN, slot=H11)  # fmt: skip


BUILDERS = [
    indonesian,
    vietnamese,
    thai,
    hebrew,
    arabic,
    hindi,
    swahili,
    croatian,
    slovak,
    bulgarian,
    estonian,
    lithuanian,
    older_languages,
    older_controls,
]


FIRST_SIGHT_FIGURES = (
    "First sight (main at 9f627bb7 with this batch, before any parser change; quick.py): dev "
    "look-alikes claimed (confidence >= 0.5 as an invitation) 12/47 (ar TV interview 0.66, bg "
    "visa interview 0.66, bg exit interview 0.72, et child's school-admission talk 0.66, hi "
    "research-study interview 0.66, hr performance review 0.66, sk interviewer's day 0.66, sk "
    "benefits-office 'pohovor' 0.66, sw radio interview 0.66, th visa interview 0.63, th radio "
    "interview 0.63, vi child's school-admission interview 0.66), dev controls right 17/17, 13 "
    "sure (ar, bg, es held as not_invitation at 0.45, de at 0.40); held out: look-alikes "
    "claimed 5/25, controls right 8/8, 6 sure."
)
AFTER_FIX_FIGURES = (
    "After 4bff8774 and a80c89d9 (each extends the list its kind already had, in the languages "
    "it lacked: a radio or TV programme, a podcast and a thesis, 'kipindi cha redio', "
    "'raadiointervjuu', 'tinklalaidė', 'дипломната ми работа', 'diplomski rad', "
    "'รายการวิทยุ', 'مقابلة تلفزيونية'; a study's participant, 'शोध अध्ययन', 'výskum "
    "používateľov'; a visa, migration or benefits office, 'интервю за виза', 'วีซ่า', "
    "'uhamiaji', 'leidimo gyventi', 'Úrad práce', 'unemployment benefits'; a school's mail to a "
    "parent, 'phụ huynh', 'lapsevanem'; reviews and exit interviews at the current job, "
    "'razgovor o učinku', 'изходящо интервю', 'veiklos vertinimo pokalbis', 'שיחת משוב'; the "
    "interviewer's own day, 'vediete tieto pohovory', Czech and Slovak 'kandidát'; the job "
    "interview named as one, 'интервю за работа', 'razgovor za posao', 'usaili', 'مقابلة "
    "عمل', 'ראיון עבודה', which keeps a reporter's or presenter's own interview sure; Spanish "
    "'presentarte al puesto' read as applying, not an introduction): dev look-alikes claimed "
    "0/47, controls right 17/17, 16 sure (the German control whose conditional 'Bei einer "
    "Zusage wäre Ihr erster Arbeitstag' reads as an offer stays at 0.40: only one mail of the "
    "corpus shows a conditional first day, so no rule was written); held out: look-alikes "
    "claimed 1/25, controls right 8/8, 7 sure. Whole corpus (quick.py, main at 9f627bb7 vs "
    "this branch): dev, shared and fixtures 0 worse, 2 better (curemp23's Spanish internal "
    "interview 'presentarte al puesto' now a sure invitation; govslot28's Thai visa "
    "biometrics no longer an invitation); held out outside this batch 100 -> 100 of 2663 "
    "look-alikes claimed, no family worse (school24 and school27 one field better each). "
    "Left alone: the conditional first day above, and the one held-out look-alike still "
    "claimed (not opened, per the held-out rule)."
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    return pp.seeded_cases(FAMILY, HELD_FAMILY, RAW, LIC)


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the looks73 batch (`build_looks73.py`)",
        "",
        "Mail where the word 'interview' (or its translation) or a fixed time appears but the "
        "reader has no job interview of their own, in languages the look-alike batches had used "
        "little (id, vi, th, he, ar, hi, sw, hr, sk, bg, et, lt) and a few older ones, in shapes "
        "looks59..looks71 did not hold: the reader interviewed by the press, a radio or TV show, "
        "a podcast, a student's thesis or a research, survey or user study; visa, consulate, "
        "immigration, residence and benefits-office interviews, a child's school-admission talk, "
        "a landlord's or an adoption agency's interview, police and insurance statements; the "
        "first day, a pre-employment medical, drug test or fingerprints, contract signing, "
        "equipment pickup, an exit interview and a performance review at the current job; "
        "thanks, feedback and refusals naming the past interview's date and time, and an "
        "interviewer's own list of candidates; beside controls: the reader's own job interviews "
        "in prose with the same neighbouring words (press, radio, visa, first day, research, "
        "medical, benefits). All text is ours, written by hand with no template; people, "
        "companies, offices and addresses are made up; public bodies are named generically with "
        "made-up addresses. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family looks73h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview with a fixed "
        "time is an `invitation` at its start (text mails state no zone, so the label carries the "
        "Date header's offset and `tz_stated: false`). The reader interviewed by the press or a "
        "study, civic interviews (visa, residence, benefits, a child's admission, police or "
        "insurance statements), a landlord's or adoption interview, thanks and refusals after the "
        "fact and an interviewer's list of candidates: `not_invitation` ('Civic life, the press "
        "and the stage', 'Study places', kind). The README says nothing of first days, medicals, "
        "drug tests, fingerprints, contract signing, equipment pickup, exit interviews and "
        "performance reviews at the current job; they are labelled `not_invitation`, as "
        "parsegen6, negs9h, looks68 and looks69 label them, because nobody selects the reader "
        "for a post there: the hiring is over (or, for an exit interview, the reader leaves).",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks73.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-looks73.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
