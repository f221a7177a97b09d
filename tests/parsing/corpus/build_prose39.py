# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the prose39 batch: invitations typed by people in languages and shapes the corpus
covers thinly, without a calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_prose39.py

Recruiters, agency consultants, hiring managers, small-firm HR, universities and public
employers writing in id, ms, vi, cs, sk, ro, hu, el, fi, et, uk, hi (Devanagari and Latin),
tl, sw, da, nb and ca: long agency mails with the slot in the middle between a document
deadline and a start date, the date in one sentence and the hour in the next (or the hour
first), relative days counted from the Date header, public-sector notices full of reference
numbers, academic visit itineraries, signatures full of phone numbers and office hours beside
video links with dial-in PINs, moves with the old and the new slot in one sentence, slots in
the subject only or corrected in a P.S., zone words, hours in words and code-switched notes;
look-alikes in the same voices (options not chosen, deadlines, written tests, results).

Every label comes from the datetimes the text is rendered from and was written before the
parser was run on the message. Held out (drawn with random.Random('prose39 coin').sample over
the sorted family names, k=3, before anything was measured): agencylong39, clockword39,
mixlang39. Helpers come from build_parse-pos.py (loaded, not copied). Deterministic; touches
only its own families.
"""

from __future__ import annotations

import importlib.util
import random
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
at, mail, Case, OWN, timed = pp.at, pp.mail, pp.Case, pp.OWN, pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}

FAMILIES = (
    "agencylong39",
    "splitline39",
    "clockword39",
    "relday39",
    "publicnotice39",
    "univ39",
    "signoise39",
    "moveone39",
    "subjectps39",
    "mixlang39",
)
HELD = frozenset(random.Random("prose39 coin").sample(sorted(FAMILIES), 3))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}
SOURCES = {
    "agencylong39": "long agency and headhunter mails (id, vi, ro, cs, en-IN, hu, el, ms, uk): "
    "the slot in the middle between a document deadline, a start date, salary figures and a "
    "signature full of numbers; look-alikes: a deadline with the interview 'to be announced', "
    "two options not chosen",
    "splitline39": "the date in one sentence and the hour in the next, or the hour before the "
    "date (hu, fi, et, da, nb, ca, sk, uk, ro, id); look-alike: interview days without an hour",
    "clockword39": "hours in words as people type them: half hours counted toward the coming "
    "hour, quarters, noon, parts of the day (fi, et, id, uk, hi, cs, ca, el, vi, ms, hu)",
    "relday39": "relative days counted from the Date header ('zítra', 'poimâine', 'jövő "
    "kedden', 'ensi viikon keskiviikkona', 'Kamis minggu ini', 'på mandag', 'bukas') with or "
    "without the date (cs, ro, hu, fi, id, vi, uk, da, tl, sk); look-alike: a promise to call",
    "publicnotice39": "public employers' interview notices with reference numbers, laws, "
    "rooms, post codes and scores (cs, sk, ro, hu, el, uk, fi, et); look-alikes: a written "
    "test, a results notice with an appeal deadline",
    "univ39": "universities: academic interview days with a trial lecture and a bulleted "
    "itinerary (nb, da, fi, el, cs, ca, ro); look-alikes: interview weeks without a slot",
    "signoise39": "short invitations whose signatures carry phone numbers, extensions and "
    "office hours, beside video links with meeting IDs and dial-in PINs (sk, uk, vi, id, sw, "
    "tl, hu, da, el); look-alike: a promise to phone",
    "moveone39": "moves with the old and the new slot in one sentence (cs, ro, hu, el, id, vi, "
    "uk, fi, da, sk) and a cancellation (ca)",
    "subjectps39": "the slot only in the subject, a weekday corrected in a P.S., the slot in a "
    "P.S., zone words ('Suomen aikaa', 'giờ Việt Nam', 'ora Berlinului', 'magyar idő szerint', "
    "'waktu Malaysia') (fi, id, ro, uk, vi, hu, ms, et, da); look-alike: options in a subject",
    "mixlang39": "code-switched notes: Hinglish, Hindi, Taglish, Swahili, Manglish and "
    "Jakarta Indonesian mixed with English ('kal subah 11 baje', 'bukas ng alas-tres', 'saa 4 "
    "asubuhi', 'jam 1 siang'); look-alike: a question for a free slot",
}
HAND = (
    "hand-written; recruiters', agencies' and hiring managers' interview mail typed for this "
    "corpus from memory of such mail, no template copied; " + OWN
)
PUBLIC = (
    "hand-written around the procedure and the fields that public law and public job portals "
    "require of an invitation to the selection interview (cs: zákon č. 234/2014 Sb. o státní "
    "službě, § 27, 'pohovor'; sk: zákon č. 55/2017 Z. z. o štátnej službe, výberové konanie; "
    "ro: HG nr. 1336/2022, proba de interviu; hu: 2011. évi CXCIX. törvény and the KÖZIGÁLLÁS "
    "portal's 'azonosító szám'; el: ELKE calls with Αρ. Πρωτ. and ΑΔΑ (Diavgeia); uk: Постанова "
    "КМУ № 246 від 25.03.2016, 'співбесіда'; fi: Kuntarekry/Valtiolle.fi 'haun tunnus'; et: "
    "avalik konkurss, 'vestlusvoor'); statutes are public texts, wording ours; " + OWN
)
ACADEMIC = (
    "hand-written around the shape of academic appointment procedures as universities publish "
    "them (Norwegian 'prøveforelesning' and Danish 'prøveforelæsning' in the universities' "
    "hiring guidelines, Finnish 'opetusnäyte', Romanian 'prelegere publică' under HG nr. "
    "457/2011, Greek ELKE interview calls, Catalan 'seminari' visits); wording ours; " + OWN
)
AGENCY_ID = (
    "hand-written; the Indonesian field labels 'Hari / Tanggal', 'Pukul: ... - selesai' and "
    "'join 15 menit sebelumnya' follow the layout of rezziqbal06/etamrin@"
    "868226f453ba9c64c8916b2e059e59fdb1af5d48:kero/lib/seme_email/template/"
    "interview_undangan_pelamar.php (no licence file; layout only, wording ours); " + OWN
)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    label: dict[str, object],
    text: str,
    *,
    template: str = HAND,
    license: str = OWN,
) -> Case:
    """One direct plain-text mail; the writer is the organiser of what it sets."""
    raw = mail(
        f"prose39/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    stem = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return Case(family, SPLITS[family], stem, raw, label, lang, note, template, license)


def inv(
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
    kind: str = "invitation",
) -> dict[str, object]:
    return {"kind": kind, **timed(start, end, zone=zone, sent=sent)}


JKT, HCM, BUC, PRG, BUD, ATH, KYIV, HEL, TLL = (
    "Asia/Jakarta", "Asia/Ho_Chi_Minh", "Europe/Bucharest", "Europe/Prague", "Europe/Budapest",
    "Europe/Athens", "Europe/Kyiv", "Europe/Helsinki", "Europe/Tallinn",
)  # fmt: skip
CPH, OSL, MAD, BTS, KOL, MNL, NBO, KUL, BER = (
    "Europe/Copenhagen", "Europe/Oslo", "Europe/Madrid", "Europe/Bratislava", "Asia/Kolkata",
    "Asia/Manila", "Africa/Nairobi", "Asia/Kuala_Lumpur", "Europe/Berlin",
)  # fmt: skip


# ---------------------------------------------------------------------------------------
def agencylong39() -> Iterator[Case]:
    f = "agencylong39"
    sent = at(2027, 1, 11, 9, 14, JKT)
    st = at(2027, 1, 21, 13, 30, JKT, "Thu")
    yield case(
        f,
        "agensi_jakarta",
        "id",
        ("Rina Kusumawati", "rina.k@nusantara-talenta.example"),
        "Undangan Interview User - Finance Supervisor (PT Sinar Baja Mandiri)",
        sent,
        "Long agency mail: a document deadline (Jumat 15 Januari pukul 17.00), then 'Hari / Tanggal: Kamis, 21 Januari 2027', 'Pukul: 13.30 WIB - selesai' (no end), a start date and salary, a signature with office hours.",
        inv(st, zone=JKT),
        "Selamat pagi Bapak Alex,\n\nTerima kasih atas waktunya saat phone screening minggu lalu. "
        "Kami dari Nusantara Talenta dengan senang hati menginformasikan bahwa profil Bapak telah "
        "kami ajukan ke klien kami, PT Sinar Baja Mandiri, untuk posisi Finance Supervisor, dan "
        "klien tertarik untuk melanjutkan ke tahap berikutnya.\n\n"
        "Sebelum interview, mohon kirimkan dokumen berikut paling lambat Jumat, 15 Januari 2027 "
        "pukul 17.00:\n1. CV terbaru (PDF)\n2. Scan ijazah S1 dan transkrip\n3. Slip gaji 3 bulan "
        "terakhir\n\nBerikut jadwal interview dengan user:\n\nHari / Tanggal: Kamis, 21 Januari 2027\n"
        "Pukul: 13.30 WIB - selesai\nTempat: Menara Sinar, Lt. 17, Jl. Jend. Sudirman Kav. 45, "
        "Jakarta Selatan\nBertemu dengan: Ibu Lestari (Finance Manager)\n"
        "Catatan: Mohon hadir 15 menit sebelumnya dan membawa KTP untuk akses gedung.\n\n"
        "Untuk informasi, range gaji yang ditawarkan klien adalah Rp 18-22 juta gross per bulan, "
        "dengan perkiraan mulai kerja 1 Maret 2027. Mohon konfirmasi kehadiran H-1 dengan membalas "
        "email ini.\n\nSalam hangat,\n\nRina Kusumawati\nSenior Consultant\nNusantara Talenta\n"
        "Telp. +62 21 5790 1234 ext. 212 | WA 0812-3456-7890\n"
        "Jam kerja: Senin-Jumat 08.00-17.00 WIB\n",
        template=AGENCY_ID,
    )
    sent = at(2027, 1, 12, 16, 2, HCM)
    st = at(2027, 1, 21, 9, 30, HCM, "Thu")
    yield case(
        f,
        "headhunter_hcm",
        "vi",
        ("Nguyễn Thu Trang", "trang.nguyen@saigonhunt.example"),
        "Thư mời phỏng vấn vòng 2 - Trưởng phòng Kế toán",
        sent,
        "Headhunter: a deadline '17h ngày 15/01', then 'vào lúc 9h30 sáng thứ Năm, ngày 21/01/2027', a start date '01/03/2027', salary and a hotline signature; no zone.",
        inv(st, sent=sent),
        "Chào anh Alex,\n\nEm là Trang bên SaigonHunt. Cảm ơn anh đã dành thời gian trao đổi "
        "với em tuần trước. Khách hàng của bên em (một công ty sản xuất FDI tại Bình Dương) đã "
        "xem hồ sơ và rất quan tâm đến kinh nghiệm của anh.\n\nAnh vui lòng gửi giúp em bản "
        "CV tiếng Anh và thư giới thiệu trước 17h ngày 15/01 để em chuyển cho khách hàng.\n\n"
        "Buổi phỏng vấn vòng 2 với Giám đốc Tài chính sẽ diễn ra vào lúc 9h30 sáng thứ Năm, "
        "ngày 21/01/2027 tại văn phòng khách hàng: Lô A3, KCN VSIP 1, Thuận An, Bình Dương. "
        "Buổi phỏng vấn kéo dài khoảng 60 phút.\n\nMức lương khách hàng đưa ra: 45-55 triệu "
        "đồng/tháng (gross), thưởng tháng 13. Ngày dự kiến nhận việc: 01/03/2027.\n\n"
        "Anh xác nhận giúp em trước ngày 18/01 nhé.\n\nTrân trọng,\nNguyễn Thu Trang\n"
        "Senior Consultant | SaigonHunt\nHotline: 028 3822 1234 | Mobile: 0903 123 456\n"
        "Giờ làm việc: T2-T6 8:00-17:30\n",
    )
    sent = at(2026, 10, 19, 10, 40, BUC)
    st = at(2026, 10, 28, 11, 0, BUC, "Wed")
    yield case(
        f,
        "agentie_dupa_dst",
        "ro",
        ("Andreea Popescu", "andreea.popescu@danubiatalent.example"),
        "Invitație la interviu - Contabil Senior (client: Elvoro Logistic)",
        sent,
        "Agency mail sent in summer time (+03:00) for 'miercuri, 28 octombrie 2026, la ora 11:00' after the change; a deadline 'vineri, 23 octombrie, ora 12:00' and a start date nearby; 'aproximativ o oră' (no end).",
        inv(st, sent=sent),
        "Bună ziua, Alex,\n\nVă mulțumesc pentru discuția telefonică de săptămâna trecută. "
        "Clientul nostru, Elvoro Logistic, a analizat CV-ul dumneavoastră și dorește să vă "
        "cunoască.\n\nÎnainte de interviu, vă rog să-mi trimiteți până vineri, 23 octombrie, "
        "ora 12:00, două persoane de contact pentru referințe și o copie a diplomei.\n\n"
        "Interviul va avea loc miercuri, 28 octombrie 2026, la ora 11:00, la sediul clientului "
        "din Str. Fabrica de Glucoză nr. 21, etaj 4, sector 2, București. Veți discuta cu "
        "directorul financiar și cu managerul de HR; interviul durează aproximativ o oră.\n\n"
        "Pachetul propus: 9.000-10.500 lei net, bonus anual, abonament medical. Data de "
        "începere estimată: 4 ianuarie 2027.\n\nVă rog să-mi confirmați participarea.\n\n"
        "Cu stimă,\nAndreea Popescu\nRecruitment Consultant | Danubia Talent\n"
        "Tel.: +40 21 310 45 67 | Mobil: 0722 123 456 | Program: L-V 9-18\n",
    )
    sent = at(2027, 1, 13, 8, 55, PRG)
    st = at(2027, 1, 19, 10, 0, PRG, "Tue")
    yield case(
        f,
        "agentura_praha",
        "cs",
        ("Petra Dvořáková", "petra.dvorakova@vltava-personal.example"),
        "Pohovor u klienta – Projektový manažer IT",
        sent,
        "Agency mail: 'v úterý 19. ledna 2027 od 10:00 do 11:00' between a reference deadline 'do pátku 15. 1. do 12:00' and 'nástup možný od 1. 3. 2027'; a signature with IČO and office hours.",
        inv(st, at(2027, 1, 19, 11, 0, PRG), sent=sent),
        "Dobrý den, pane Morgane,\n\nděkuji za včerejší telefonát. Jak jsme se domluvili, "
        "posílám podrobnosti k dalšímu kroku.\n\nDo pátku 15. 1. do 12:00 mi prosím pošlete "
        "kontakty na dvě reference z posledních zaměstnání.\n\nPohovor u našeho klienta "
        "(softwarová společnost v Karlíně) proběhne v úterý 19. ledna 2027 od 10:00 do 11:00 "
        "v jejich kanceláři na adrese Pernerova 35a, Praha 8, 3. patro. Za klienta budou "
        "přítomni vedoucí vývoje a HR business partnerka.\n\nMzdové rozpětí je 85 000 – "
        "95 000 Kč hrubého měsíčně, nástup možný od 1. 3. 2027.\n\nV případě jakýchkoli "
        "dotazů mi klidně zavolejte.\n\nS pozdravem\nPetra Dvořáková\nSenior konzultantka\n"
        "Vltava Personal s.r.o., IČO: 12345678\nTel.: +420 222 333 444, mobil: +420 777 123 456\n"
        "Po–Pá 8:30–17:00\n",
    )
    sent = at(2027, 1, 14, 18, 20, KOL)
    st = at(2027, 1, 20, 11, 30, KOL, "Wed")
    yield case(
        f,
        "consultancy_ist",
        "en-IN",
        ("Priya Raghavan", "priya.r@deccanhire.example"),
        "Interview Scheduled - Senior Data Engineer - Techvista Solutions, Bengaluru",
        sent,
        "Indian consultancy: CTC figures, notice period, a document deadline '18th Jan EOD', 'Wednesday, 20th January 2027 at 11:30 AM IST' in the middle, 'Expected DOJ: 15 Feb 2027', timings 'Mon-Sat' in the signature.",
        inv(st, zone=KOL),
        "Dear Alex,\n\nGreetings from DeccanHire Consulting!\n\nFurther to our telephonic "
        "discussion, please find below the details of your profile submission and interview.\n\n"
        "Client: Techvista Solutions Pvt. Ltd.\nPosition: Senior Data Engineer (Req. ID "
        "TVS-2027-0114)\nCurrent CTC: 24.5 LPA | Expected CTC: 32 LPA | Notice period: 30 days\n\n"
        "Kindly share the following documents by 18th Jan EOD: last 3 months' payslips, "
        "relieving letter and PAN card copy.\n\nYour face-to-face technical interview is "
        "scheduled on Wednesday, 20th January 2027 at 11:30 AM IST at the client's office, "
        "Tower B, 4th Floor, Embassy Tech Village, Outer Ring Road, Bengaluru 560103. There "
        "will be 2 rounds on the same day, approx. 2-3 hours in total.\n\nExpected DOJ: 15 Feb "
        "2027.\n\nPlease reply with your confirmation at the earliest.\n\nThanks & Regards,\n"
        "Priya Raghavan\nSr. Talent Acquisition Consultant | DeccanHire Consulting\n"
        "Mob: +91 98450 12345 | Landline: 080-4123 4567\nTimings: 9:30 AM - 6:30 PM (Mon-Sat)\n",
    )
    sent = at(2027, 1, 18, 11, 5, BUD)
    st = at(2027, 1, 26, 14, 0, BUD, "Tue")
    yield case(
        f,
        "fejvadasz_budapest",
        "hu",
        ("Kovács Eszter", "kovacs.eszter@pannon-select.example"),
        "Interjúmeghívó – Logisztikai vezető (ügyfelünk: Rábatrans Kft.)",
        sent,
        "Hungarian headhunter: 'Az interjú időpontja: 2027. január 26. (kedd) 14:00 óra' between a deadline 'január 21-ig (csütörtök)' and 'Tervezett kezdés: 2027. március 1.'; salary in forints.",
        inv(st, sent=sent),
        "Kedves Alex!\n\nKöszönöm a múlt heti beszélgetést. Örömmel jelzem, hogy ügyfelünk, a "
        "Rábatrans Kft. szeretne személyesen is megismerni.\n\nKérem, január 21-ig "
        "(csütörtök) küldje el nekem a diplomája másolatát és két referencia elérhetőségét.\n\n"
        "Az interjú időpontja: 2027. január 26. (kedd) 14:00 óra\nHelyszín: 9027 Győr, Kandó "
        "Kálmán u. 11., II. emelet, 204-es tárgyaló\nInterjúztatók: ügyvezető igazgató és HR "
        "vezető\n\nA bruttó havi bér 950 000 – 1 100 000 Ft, cafeteria és céges autó. Tervezett "
        "kezdés: 2027. március 1.\n\nKérem, erősítse meg a részvételét.\n\nÜdvözlettel:\n"
        "Kovács Eszter\ntanácsadó, Pannon Select Kft.\nTel.: +36 1 234 5678 | Mobil: +36 30 "
        "123 4567\nÜgyfélfogadás: H–P 9–17\n",
    )
    sent = at(2027, 1, 18, 13, 30, ATH)
    st = at(2027, 1, 28, 12, 0, ATH, "Thu")
    yield case(
        f,
        "grafeio_athina",
        "el",
        ("Μαρία Κωνσταντίνου", "m.konstantinou@attica-recruit.example"),
        "Συνέντευξη με πελάτη μας – Υπεύθυνος Προμηθειών",
        sent,
        "Greek agency: 'την Πέμπτη 28 Ιανουαρίου 2027, στις 12:00' after a deadline 'έως την Παρασκευή 22/01 στις 15:00', before 'έναρξη εργασίας: 1η Μαρτίου 2027'.",
        inv(st, sent=sent),
        "Αγαπητέ κύριε Morgan,\n\nσας ευχαριστώ για την τηλεφωνική μας επικοινωνία. Ο πελάτης "
        "μας, εταιρεία εμπορίας ιατρικών ειδών στο Μαρούσι, ενδιαφέρεται να σας γνωρίσει.\n\n"
        "Παρακαλώ στείλτε μου έως την Παρασκευή 22/01 στις 15:00 το πτυχίο σας και δύο "
        "συστατικές επιστολές.\n\nΗ συνέντευξη έχει οριστεί για την Πέμπτη 28 Ιανουαρίου "
        "2027, στις 12:00, στα γραφεία του πελάτη (Λεωφ. Κηφισίας 124, 6ος όροφος). Θα "
        "συναντήσετε τον Οικονομικό Διευθυντή.\n\nΜικτές αποδοχές: 32.000–36.000 € ετησίως. "
        "Έναρξη εργασίας: 1η Μαρτίου 2027.\n\nΜε εκτίμηση,\nΜαρία Κωνσταντίνου\nAttica Recruit\n"
        "Τηλ.: 210 3456789 | Κιν.: 694 1234567 | Ώρες γραφείου: Δευ–Παρ 9:00–17:00\n",
    )
    sent = at(2027, 1, 15, 10, 0, KUL)
    yield case(
        f,
        "agensi_kl_tba",
        "ms",
        ("Nurul Aina binti Hashim", "nurul.aina@semenanjung-kerjaya.example"),
        "Permohonan dokumen - Eksekutif Pemasaran",
        sent,
        "Look-alike: a document deadline 'sebelum 5 petang, Jumaat 22 Januari 2027' and a start date; the interview 'akan dimaklumkan kemudian' (no slot).",
        NEG,
        "Salam sejahtera Encik Alex,\n\nTerima kasih atas minat anda terhadap jawatan Eksekutif "
        "Pemasaran di syarikat pelanggan kami di Petaling Jaya.\n\nSila hantar salinan sijil "
        "akademik, slip gaji terkini dan dua rujukan sebelum 5 petang, Jumaat 22 Januari 2027. "
        "Tarikh temu duga akan dimaklumkan kemudian setelah pelanggan menyemak dokumen anda. "
        "Tarikh mula bekerja yang dijangka ialah 1 Mac 2027.\n\nSekian, terima kasih.\n\n"
        "Nurul Aina binti Hashim\nPerunding Kanan, Semenanjung Kerjaya Sdn. Bhd.\n"
        "Tel: +603 7955 1234 | H/P: 012-345 6789\nWaktu pejabat: Isnin-Jumaat 9.00 pagi - 6.00 petang\n",
    )
    sent = at(2027, 1, 19, 12, 10, KYIV)
    yield case(
        f,
        "agentsiia_dva_varianty",
        "uk",
        ("Олена Шевчук", "olena.shevchuk@dnipro-talent.example"),
        "Співбесіда з клієнтом – оберіть час",
        sent,
        "Look-alike: the agency offers two slots ('вівторок 26.01 о 10:00 або середа 27.01 о 15:00') and asks the reader to choose; a deadline for the answer.",
        NEG,
        "Добрий день, Алексе!\n\nНаш клієнт, логістична компанія з Києва, хоче провести з вами "
        "співбесіду. Напишіть, будь ласка, який варіант вам зручніший:\n\n– вівторок 26.01 о "
        "10:00\n– середа 27.01 о 15:00\n\nПрошу відповісти до п'ятниці, 22.01, до 13:00, щоб я "
        "встигла підтвердити час із клієнтом. Орієнтовна дата виходу на роботу — 1 березня.\n\n"
        "З повагою,\nОлена Шевчук\nрекрутерка, Dnipro Talent\nТел.: +380 44 123 45 67, моб.: "
        "+380 67 765 43 21\nПн–Пт 9:00–18:00\n",
    )


def splitline39() -> Iterator[Case]:
    f = "splitline39"
    sent = at(2027, 1, 25, 14, 20, BUD)
    st = at(2027, 2, 2, 10, 0, BUD, "Tue")
    yield case(
        f,
        "kedden_tiz_orakor",
        "hu",
        ("Szabó Katalin", "szabo.katalin@tiszavill.example"),
        "Meghívás személyes interjúra",
        sent,
        "The date in one sentence ('2027. február 2-án, kedden'), the hour in the next ('10 órakor kezdődik'); 'körülbelül egy órát' (no end).",
        inv(st, sent=sent),
        "Kedves Alex!\n\nKöszönjük a jelentkezését a villamosmérnök pozícióra. Szeretnénk "
        "személyes interjúra hívni 2027. február 2-án, kedden, a szegedi telephelyünkre.\n"
        "Az interjú 10 órakor kezdődik, és körülbelül egy órát vesz igénybe.\n\nKérjük, a "
        "portán jelezze, hogy hozzám érkezett.\n\nÜdvözlettel:\nSzabó Katalin\nHR-"
        "generalista, Tiszavill Zrt.\n",
    )
    sent = at(2027, 1, 26, 9, 45, HEL)
    st = at(2027, 2, 4, 13, 15, HEL, "Thu")
    yield case(
        f,
        "torstaina_klo",
        "fi",
        ("Laura Virtanen", "laura.virtanen@koskiteknik.example"),
        "Haastattelukutsu: huoltoinsinööri",
        sent,
        "The date in one sentence ('torstaina 4.2.2027'), the hour and an exact length in the next ('klo 13.15 ... 45 minuuttia'): end 14:00.",
        inv(st, at(2027, 2, 4, 14, 0, HEL), sent=sent),
        "Hei Alex,\n\nkiitos hakemuksestasi huoltoinsinöörin tehtävään. Haluaisimme kutsua "
        "sinut haastatteluun, joka pidetään torstaina 4.2.2027 toimistollamme Tampereella "
        "(Hatanpään valtatie 24).\nAloitamme klo 13.15 ja varaamme aikaa 45 minuuttia.\n\n"
        "Ilmoittaudu aulan vastaanotossa.\n\nYstävällisin terveisin\nLaura Virtanen\n"
        "HR-asiantuntija, Koski Teknik Oy\n",
    )
    sent = at(2027, 1, 27, 15, 5, TLL)
    st = at(2027, 2, 3, 11, 0, TLL, "Wed")
    yield case(
        f,
        "kell_enne_kuupaeva",
        "et",
        ("Kadri Tamm", "kadri.tamm@emajoe-tarkvara.example"),
        "Kutse vestlusele",
        sent,
        "The hour before the date: 'Kell 11.00 ootame Teid vestlusele – kolmapäeval, 3. veebruaril 2027'.",
        inv(st, sent=sent),
        "Tere, Alex!\n\nTäname Teid kandideerimast tarkvaraarendaja ametikohale.\n\nKell "
        "11.00 ootame Teid vestlusele – kolmapäeval, 3. veebruaril 2027, meie Tartu kontoris "
        "(Riia 142, II korrus).\n\nPalun andke teada, kas aeg sobib.\n\nLugupidamisega\n"
        "Kadri Tamm\npersonalijuht, Emajõe Tarkvara OÜ\n",
    )
    sent = at(2027, 1, 25, 11, 30, CPH)
    st = at(2027, 2, 1, 9, 30, CPH, "Mon")
    yield case(
        f,
        "mandag_kl",
        "da",
        ("Mette Nielsen", "mette.nielsen@vestkyst-el.example"),
        "Invitation til samtale",
        sent,
        "Danish: 'mandag den 1. februar 2027.' then 'Vi starter kl. 9.30 i receptionen på 3. sal' (the floor number is not an hour).",
        inv(st, sent=sent),
        "Kære Alex\n\nTak for din ansøgning til stillingen som projektkoordinator. Vi vil "
        "gerne invitere dig til samtale mandag den 1. februar 2027.\nVi starter kl. 9.30 i "
        "receptionen på 3. sal, Havnegade 12, 6700 Esbjerg.\n\nMed venlig hilsen\nMette Nielsen\n"
        "HR-partner, Vestkyst El A/S\n",
    )
    sent = at(2027, 1, 28, 13, 0, OSL)
    st = at(2027, 2, 9, 14, 0, OSL, "Tue")
    yield case(
        f,
        "kl_foer_dato",
        "nb",
        ("Ingrid Haugen", "ingrid.haugen@fjordkraft-service.example"),
        "Intervju",
        sent,
        "Norwegian: the hour first, 'Kl. 14.00 tirsdag 9. februar passer for oss'; 'ca. en time' (no end).",
        inv(st, sent=sent),
        "Hei Alex,\n\ntakk for praten på telefon i går. Kl. 14.00 tirsdag 9. februar passer "
        "for oss, så da sier vi det! Intervjuet varer ca. en time og holdes på kontoret vårt i "
        "Kanalveien 64, Bergen.\n\nVennlig hilsen\nIngrid Haugen\nRekrutteringsansvarlig\n",
    )
    sent = at(2027, 2, 1, 12, 15, MAD)
    st = at(2027, 2, 11, 16, 30, MAD, "Thu")
    yield case(
        f,
        "dijous_a_les",
        "ca",
        ("Núria Puig", "nuria.puig@garrotxa-disseny.example"),
        "Entrevista - Dissenyador/a gràfic/a",
        sent,
        "Catalan: 'el dijous 11 de febrer de 2027.' then 'Seria a les 16.30 h'.",
        inv(st, sent=sent),
        "Bon dia, Alex,\n\nGràcies per enviar-nos la candidatura. Ens agradaria conèixer-te i "
        "et proposem fer l'entrevista el dijous 11 de febrer de 2027.\nSeria a les 16.30 h, a "
        "la nostra seu d'Olot (carrer Major, 18).\n\nSi no et va bé, digue'ns-ho.\n\n"
        "Salutacions,\nNúria Puig\nGarrotxa Disseny\n",
    )
    sent = at(2027, 1, 29, 10, 0, BTS)
    st = at(2027, 2, 5, 9, 0, BTS, "Fri")
    yield case(
        f,
        "piatok_zaciatok",
        "sk",
        ("Zuzana Horváthová", "zuzana.horvathova@tatrastroj.example"),
        "Pozvánka na pohovor",
        sent,
        "Slovak: 'v piatok 5. februára 2027.' then 'Začiatok je o 9:00 hod., trvanie cca 30 minút' (approximate: no end).",
        inv(st, sent=sent),
        "Dobrý deň, pán Morgan,\n\nďakujeme za Váš záujem o pozíciu konštruktéra. Pohovor by "
        "sa uskutočnil v piatok 5. februára 2027.\nZačiatok je o 9:00 hod., trvanie cca 30 "
        "minút. Miesto: Priemyselná 7, 058 01 Poprad, budova B.\n\nS pozdravom\nZuzana "
        "Horváthová\npersonálne oddelenie, Tatrastroj a.s.\n",
    )
    sent = at(2027, 2, 2, 17, 40, KYIV)
    st = at(2027, 2, 10, 15, 0, KYIV, "Wed")
    yield case(
        f,
        "pochatok_kyivskyi_chas",
        "uk",
        ("Ірина Коваленко", "iryna.kovalenko@polissia-soft.example"),
        "Запрошення на співбесіду",
        sent,
        "Ukrainian: 'Співбесіда відбудеться 10 лютого 2027 року (середа).' then 'Початок о 15:00 за київським часом, тривалість — 40 хвилин' (zone words, exact length).",
        inv(st, at(2027, 2, 10, 15, 40, KYIV), zone=KYIV),
        "Добрий день, Алексе!\n\nДякуємо за інтерес до вакансії QA-інженера. Співбесіда "
        "відбудеться 10 лютого 2027 року (середа) онлайн у Google Meet.\nПочаток о 15:00 за "
        "київським часом, тривалість — 40 хвилин. Посилання надішлю напередодні.\n\n"
        "З повагою,\nІрина Коваленко\nHR-менеджерка, Polissia Soft\n",
    )
    sent = at(2027, 2, 1, 9, 20, BUC)
    st = at(2027, 2, 9, 10, 30, BUC, "Tue")
    yield case(
        f,
        "data_apoi_ora",
        "ro",
        ("Cristina Ionescu", "cristina.ionescu@mures-pharma.example"),
        "Interviu - Reprezentant medical",
        sent,
        "Romanian: 'marți, 9 februarie 2027.' in a sentence, then a block 'Ora: 10:30' and 'Locul: ...'.",
        inv(st, sent=sent),
        "Bună ziua, domnule Morgan,\n\nVă așteptăm la interviu marți, 9 februarie 2027.\n\n"
        "Ora: 10:30\nLocul: Str. Gheorghe Doja nr. 52, Târgu Mureș, sala de ședințe de la "
        "etajul 2\n\nVă rugăm să aveți la dumneavoastră un act de identitate.\n\nCu stimă,\n"
        "Cristina Ionescu\nDepartamentul Resurse Umane, Mureș Pharma\n",
    )
    sent = at(2027, 2, 1, 10, 5, JKT)
    st = at(2027, 2, 8, 9, 0, JKT, "Mon")
    yield case(
        f,
        "jadwal_waktu_baris",
        "id",
        ("Dewi Anggraini", "dewi.anggraini@borneo-agro.example"),
        "Jadwal Interview HRD - Staf Administrasi",
        sent,
        "Indonesian: 'Jadwal wawancara: Senin, 8 Februari 2027.' then 'Waktu: 09.00 – 10.00 WIB' (end stated, zone word).",
        inv(st, at(2027, 2, 8, 10, 0, JKT), zone=JKT),
        "Yth. Bapak Alex Morgan,\n\nTerima kasih telah melamar posisi Staf Administrasi di "
        "PT Borneo Agro Lestari. Jadwal wawancara: Senin, 8 Februari 2027.\nWaktu: 09.00 – "
        "10.00 WIB\nMedia: Zoom (tautan dikirim H-1)\n\nHormat kami,\nDewi Anggraini\nHRD PT "
        "Borneo Agro Lestari\n",
    )
    sent = at(2027, 1, 27, 14, 0, CPH)
    yield case(
        f,
        "uge_uden_tid",
        "da",
        ("Jonas Kristensen", "jonas.kristensen@limfjord-data.example"),
        "Samtaler i uge 6",
        sent,
        "Look-alike: interviews are held in week 6, 'kl. 9-15' are the hours the team is in; a concrete time will follow.",
        NEG,
        "Hej Alex\n\nTak for din ansøgning. Vi holder samtaler i uge 6 (8.-12. februar).\n"
        "Kl. 9-15 er hele teamet i huset, og du hører fra os senest fredag med et konkret "
        "tidspunkt.\n\nVenlig hilsen\nJonas Kristensen\nLimfjord Data ApS\n",
    )


def clockword39() -> Iterator[Case]:
    f = "clockword39"
    sent = at(2027, 2, 15, 10, 10, HEL)
    st = at(2027, 2, 24, 14, 30, HEL, "Wed")
    yield case(
        f,
        "puoli_kolme",
        "fi",
        ("Sanna Laine", "sanna.laine@saimaa-logistiikka.example"),
        "Haastattelu ke 24.2.",
        sent,
        "Finnish half hour toward the coming hour: 'kello puoli kolme iltapäivällä' is 14:30.",
        inv(st, sent=sent),
        "Hei Alex,\n\nsovitaan haastattelu keskiviikolle 24.2. kello puoli kolme "
        "iltapäivällä, Lappeenrannan toimistolle (Valtakatu 33).\n\nTerveisin\nSanna Laine\n"
        "Saimaa Logistiikka Oy\n",
    )
    sent = at(2027, 2, 15, 11, 40, TLL)
    st = at(2027, 2, 25, 14, 30, TLL, "Thu")
    yield case(
        f,
        "pool_kolm",
        "et",
        ("Marika Saar", "marika.saar@parnu-puit.example"),
        "Vestlus neljapäeval",
        sent,
        "Estonian half hour toward the coming hour: 'kell pool kolm päeval' is 14:30.",
        inv(st, sent=sent),
        "Tere, Alex!\n\nOotame Teid vestlusele neljapäeval, 25. veebruaril kell pool kolm "
        "päeval meie Pärnu kontorisse (Tallinna mnt 89).\n\nParimate soovidega\nMarika Saar\n"
        "Pärnu Puit AS\n",
    )
    sent = at(2027, 2, 16, 8, 30, JKT)
    st = at(2027, 2, 23, 14, 30, JKT, "Tue")
    yield case(
        f,
        "setengah_tiga_sore",
        "id",
        ("Agus Setiawan", "agus.setiawan@kopi-nusa.example"),
        "Undangan wawancara",
        sent,
        "Indonesian half hour toward the coming hour: 'pukul setengah tiga sore WIB' is 14:30 in Jakarta.",
        inv(st, zone=JKT),
        "Halo Mas Alex,\n\nKami ingin mengundang Anda untuk wawancara pada hari Selasa, 23 "
        "Februari 2027, pukul setengah tiga sore WIB di kantor kami, Jl. Kemang Raya No. 8, "
        "Jakarta Selatan.\n\nTerima kasih,\nAgus Setiawan\nPT Kopi Nusa\n",
    )
    sent = at(2027, 2, 16, 13, 0, KYIV)
    st = at(2027, 2, 26, 14, 30, KYIV, "Fri")
    yield case(
        f,
        "piv_na_tretiu",
        "uk",
        ("Наталія Бондар", "nataliia.bondar@karpaty-agro.example"),
        "Співбесіда в п'ятницю",
        sent,
        "Ukrainian half hour toward the coming hour: 'о пів на третю дня' is 14:30.",
        inv(st, sent=sent),
        "Алексе, добрий день!\n\nЗапрошуємо вас на співбесіду у п'ятницю, 26 лютого, о пів на "
        "третю дня в нашому офісі у Львові (вул. Городоцька, 120).\n\nДо зустрічі,\nНаталія "
        "Бондар\nKarpaty Agro\n",
    )
    sent = at(2027, 2, 17, 12, 0, KOL)
    st = at(2027, 2, 25, 14, 30, KOL, "Thu")
    yield case(
        f,
        "dhai_baje",
        "hi",
        ("सुनीता वर्मा", "sunita.verma@ganga-textiles.example"),
        "साक्षात्कार हेतु आमंत्रण",
        sent,
        "Hindi: 'दोपहर ढाई बजे' (half past two in the afternoon) is 14:30.",
        inv(st, sent=sent),
        "प्रिय एलेक्स जी,\n\nआपका साक्षात्कार गुरुवार, 25 फ़रवरी को दोपहर ढाई बजे हमारे कानपुर "
        "कार्यालय में निर्धारित किया गया है। कृपया अपने मूल प्रमाणपत्र साथ लाएँ।\n\nधन्यवाद,\n"
        "सुनीता वर्मा\nमानव संसाधन विभाग, गंगा टेक्सटाइल्स\n",
    )
    sent = at(2027, 2, 17, 9, 0, PRG)
    st = at(2027, 2, 22, 9, 15, PRG, "Mon")
    yield case(
        f,
        "ctvrt_na_deset",
        "cs",
        ("Jana Procházková", "jana.prochazkova@brnenske-strojirny.example"),
        "Pohovor v pondělí",
        sent,
        "Czech quarter toward the coming hour: 've čtvrt na deset' is 9:15.",
        inv(st, sent=sent),
        "Dobrý den,\n\npotvrzuji pohovor v pondělí 22. února ve čtvrt na deset u nás v "
        "Brně, Hybešova 40, 2. patro.\n\nS pozdravem\nJana Procházková\n",
    )
    sent = at(2027, 2, 16, 17, 0, MAD)
    st = at(2027, 2, 24, 10, 30, MAD, "Wed")
    yield case(
        f,
        "dos_quarts",
        "ca",
        ("Jordi Ferrer", "jordi.ferrer@emporda-vins.example"),
        "Entrevista dimecres",
        sent,
        "Catalan bell-tower quarters: 'a dos quarts d'onze del matí' is 10:30.",
        inv(st, sent=sent),
        "Hola, Alex,\n\net confirmo l'entrevista per al dimecres 24 de febrer a dos quarts "
        "d'onze del matí, al celler de Figueres.\n\nFins aviat,\nJordi Ferrer\nEmpordà Vins\n",
    )
    sent = at(2027, 2, 16, 12, 45, ATH)
    st = at(2027, 2, 23, 14, 30, ATH, "Tue")
    yield case(
        f,
        "dyo_kai_misi",
        "el",
        ("Γιώργος Αλεξίου", "g.alexiou@kriti-foods.example"),
        "Συνάντηση Τρίτη",
        sent,
        "Greek: 'στις δύο και μισή το μεσημέρι' is 14:30.",
        inv(st, sent=sent),
        "Καλησπέρα Alex,\n\nσε περιμένουμε για συνέντευξη την Τρίτη 23 Φεβρουαρίου στις δύο "
        "και μισή το μεσημέρι στο γραφείο μας στο Ηράκλειο.\n\nΦιλικά,\nΓιώργος Αλεξίου\n",
    )
    sent = at(2027, 2, 17, 15, 20, HCM)
    st = at(2027, 2, 25, 14, 30, HCM, "Thu")
    yield case(
        f,
        "gio_ruoi_chieu",
        "vi",
        ("Lê Minh Khoa", "khoa.le@mekong-fintech.example"),
        "Lịch phỏng vấn",
        sent,
        "Vietnamese: 'lúc 2 giờ rưỡi chiều thứ Năm, 25/02' is 14:30.",
        inv(st, sent=sent),
        "Chào bạn Alex,\n\nMình xác nhận lịch phỏng vấn lúc 2 giờ rưỡi chiều thứ Năm, 25/02 "
        "tại văn phòng Quận 3. Bạn nhớ mang theo CMND nhé.\n\nThân,\nLê Minh Khoa\n",
    )
    sent = at(2027, 2, 18, 10, 0, KUL)
    st = at(2027, 3, 1, 12, 0, KUL, "Mon")
    yield case(
        f,
        "tengah_hari",
        "ms",
        ("Siti Hajar Ismail", "siti.hajar@pelita-makmur.example"),
        "Jemputan Temu Duga",
        sent,
        "Malay: 'pukul dua belas tengah hari' (noon in words).",
        inv(st, sent=sent),
        "Tuan Alex,\n\nAnda dijemput untuk hadir ke temu duga pada hari Isnin, 1 Mac 2027, "
        "pukul dua belas tengah hari di pejabat kami di Shah Alam.\n\nSekian, terima kasih.\n"
        "Siti Hajar Ismail\nPelita Makmur Sdn. Bhd.\n",
    )
    sent = at(2027, 2, 18, 9, 10, BUD)
    st = at(2027, 2, 24, 9, 30, BUD, "Wed")
    yield case(
        f,
        "fel_tizkor",
        "hu",
        ("Tóth Réka", "toth.reka@balaton-hotels.example"),
        "Interjú szerdán",
        sent,
        "Hungarian: 'szerdán fél tízkor' is 9:30.",
        inv(st, sent=sent),
        "Kedves Alex!\n\nVárjuk interjúra február 24-én, szerdán fél tízkor a siófoki "
        "szállodánk recepcióján.\n\nÜdvözlettel:\nTóth Réka\n",
    )
    sent = at(2027, 2, 25, 16, 0, "Europe/Dublin")
    st = at(2027, 3, 4, 9, 45, "Europe/Dublin", "Thu")
    yield case(
        f,
        "quarter_to_ten",
        "en-IE",
        ("Siobhán Byrne", "siobhan.byrne@liffey-analytics.example"),
        "Interview Thursday",
        sent,
        "Irish English: 'at a quarter to ten on Thursday the 4th of March'.",
        inv(st, sent=sent),
        "Hi Alex,\n\nLovely to chat earlier. We'd love to have you in at a quarter to ten on "
        "Thursday the 4th of March - ask for me at reception.\n\nBest,\nSiobhán\n",
    )
    sent = at(2027, 2, 18, 14, 0, HEL)
    yield case(
        f,
        "puoli_tuntia",
        "fi",
        ("Sanna Laine", "sanna.laine@saimaa-logistiikka.example"),
        "Haastattelusta",
        sent,
        "Look-alike: 'noin puoli tuntia' is a length; the time will be agreed next week.",
        NEG,
        "Hei Alex,\n\nhaastattelu kestää noin puoli tuntia. Sovitaan tarkka aika ensi "
        "viikolla, kun esihenkilö palaa lomalta.\n\nTerveisin\nSanna\n",
    )


def relday39() -> Iterator[Case]:
    f = "relday39"
    sent = at(2027, 1, 25, 16, 5, PRG)
    st = at(2027, 1, 26, 10, 0, PRG, "Tue")
    yield case(
        f,
        "zitra_v_deset",
        "cs",
        ("Tomáš Novák", "tomas.novak@kralovehradecke-stavby.example"),
        "Zítřejší pohovor",
        sent,
        "Czech 'zítra v 10:00' counted from the Date header (Monday 25 January).",
        inv(st, sent=sent),
        "Dobrý den, pane Morgane,\n\npotvrzuji náš pohovor zítra v 10:00 u nás v kanceláři, "
        "Gočárova třída 1754, Hradec Králové. Zvoňte na recepci.\n\nS pozdravem\nTomáš Novák\n"
        "vedoucí projektů\n",
    )
    sent = at(2027, 1, 27, 12, 30, BUC)
    st = at(2027, 1, 29, 14, 0, BUC, "Fri")
    yield case(
        f,
        "poimaine_vineri",
        "ro",
        ("Mihai Stan", "mihai.stan@brasov-it.example"),
        "Ne vedem poimâine",
        sent,
        "Romanian 'poimâine, vineri, la ora 14:00' (the day after tomorrow) from a Wednesday Date header.",
        inv(st, sent=sent),
        "Salut Alex,\n\nmersi pentru răspuns. Ne vedem poimâine, vineri, la ora 14:00, la "
        "biroul nostru din Brașov (Str. Lungă nr. 90). Discuția tehnică durează cam o oră.\n\n"
        "Mihai\n",
    )
    sent = at(2027, 1, 28, 15, 40, BUD)
    st = at(2027, 2, 2, 9, 30, BUD, "Tue")
    yield case(
        f,
        "jovo_kedden",
        "hu",
        ("Nagy Péter", "nagy.peter@debreceni-gep.example"),
        "Interjú jövő kedden",
        sent,
        "Hungarian 'jövő kedden 9:30-kor' from a Thursday: the Tuesday of next week.",
        inv(st, sent=sent),
        "Kedves Alex!\n\nAkkor jövő kedden 9:30-kor várjuk az irodánkban (Debrecen, Kassai út "
        "26.). A portán kérje, hogy hívjanak le.\n\nÜdv,\nNagy Péter\n",
    )
    sent = at(2027, 1, 29, 11, 0, HEL)
    st = at(2027, 2, 3, 12, 0, HEL, "Wed")
    yield case(
        f,
        "ensi_viikon_keskiviikkona",
        "fi",
        ("Antti Mäkinen", "antti.makinen@oulun-ohjelmisto.example"),
        "Tapaaminen ensi viikolla",
        sent,
        "Finnish 'ensi viikon keskiviikkona klo 12' from a Friday: Wednesday 3 February.",
        inv(st, sent=sent),
        "Moi Alex,\n\nnähdään ensi viikon keskiviikkona klo 12 Oulun toimistolla (Kiviharjuntie "
        "11). Haastattelijoina minä ja tiimin vetäjä.\n\nt. Antti\n",
    )
    sent = at(2027, 2, 1, 9, 0, JKT)
    st = at(2027, 2, 4, 14, 0, JKT, "Thu")
    yield case(
        f,
        "kamis_minggu_ini",
        "id",
        ("Yudi Pratama", "yudi.pratama@surabaya-logistik.example"),
        "Interview Kamis",
        sent,
        "Indonesian 'Kamis minggu ini pukul 14.00 WIB' (Thursday this week) from a Monday.",
        inv(st, zone=JKT),
        "Selamat pagi Pak Alex,\n\nBerdasarkan pembicaraan kita kemarin, wawancara dengan "
        "manajer operasional dijadwalkan Kamis minggu ini pukul 14.00 WIB secara online via "
        "Google Meet. Link akan saya kirim besok.\n\nSalam,\nYudi Pratama\n",
    )
    sent = at(2027, 2, 2, 10, 30, HCM)
    st = at(2027, 2, 5, 9, 0, HCM, "Fri")
    yield case(
        f,
        "thu_sau_tuan_nay",
        "vi",
        ("Phạm Thị Hoa", "hoa.pham@hanoi-edu.example"),
        "Hẹn phỏng vấn",
        sent,
        "Vietnamese 'lúc 9h sáng thứ Sáu tuần này' (this week's Friday) from a Tuesday.",
        inv(st, sent=sent),
        "Chào anh Alex,\n\nTrung tâm mời anh đến phỏng vấn lúc 9h sáng thứ Sáu tuần này tại cơ "
        "sở Cầu Giấy. Anh vui lòng phản hồi để chị giữ lịch nhé.\n\nTrân trọng,\nPhạm Thị Hoa\n",
    )
    sent = at(2027, 2, 3, 14, 0, KYIV)
    st = at(2027, 2, 10, 16, 0, KYIV, "Wed")
    yield case(
        f,
        "cherez_tyzhden",
        "uk",
        ("Андрій Мельник", "andrii.melnyk@odesa-port.example"),
        "Співбесіда через тиждень",
        sent,
        "Ukrainian 'через тиждень, у середу 10 лютого, о 16:00' (in a week, with the date).",
        inv(st, sent=sent),
        "Алексе, вітаю!\n\nДомовилися: співбесіда через тиждень, у середу 10 лютого, о 16:00, у "
        "нашому офісі на вул. Приморській, 8.\n\nГарного дня,\nАндрій Мельник\n",
    )
    sent = at(2027, 2, 4, 15, 30, CPH)
    st = at(2027, 2, 8, 13, 0, CPH, "Mon")
    yield case(
        f,
        "paa_mandag",
        "da",
        ("Sofie Larsen", "sofie.larsen@aarhus-arkitekter.example"),
        "Vi ses på mandag",
        sent,
        "Danish 'på mandag kl. 13' (the coming Monday) from a Thursday.",
        inv(st, sent=sent),
        "Hej Alex\n\nSuper, så ses vi på mandag kl. 13 på tegnestuen, Mejlgade 48, Aarhus. "
        "Du skal bare ringe på ved hoveddøren.\n\nHilsen Sofie\n",
    )
    sent = at(2027, 2, 4, 17, 10, MNL)
    st = at(2027, 2, 5, 14, 0, MNL, "Fri")
    yield case(
        f,
        "bukas_biyernes",
        "tl",
        ("Maricel Santos", "maricel.santos@pasig-bpo.example"),
        "Interview bukas",
        sent,
        "Tagalog 'bukas, Biyernes, alas-dos ng hapon' (tomorrow) from a Thursday.",
        inv(st, sent=sent),
        "Hi Alex,\n\nKumpirmado na ang final interview mo bukas, Biyernes, alas-dos ng hapon "
        "dito sa opisina namin sa Ortigas. Magdala ng valid ID.\n\nSalamat,\nMaricel\n",
    )
    sent = at(2027, 2, 8, 10, 20, BTS)
    st = at(2027, 2, 22, 10, 0, BTS, "Mon")
    yield case(
        f,
        "o_dva_tyzdne",
        "sk",
        ("Martin Kováč", "martin.kovac@zilina-auto.example"),
        "Pohovor o dva týždne",
        sent,
        "Slovak 'o dva týždne v pondelok, 22. februára, o 10:00' (in two weeks, with the date).",
        inv(st, sent=sent),
        "Dobrý deň,\n\nvedúci výroby je teraz na služobnej ceste, preto pohovor navrhujeme o dva "
        "týždne v pondelok, 22. februára, o 10:00 v areáli závodu v Žiline.\n\nS pozdravom\n"
        "Martin Kováč\n",
    )
    sent = at(2027, 2, 8, 11, 0, PRG)
    st = at(2027, 2, 11, 15, 30, PRG, "Thu")
    yield case(
        f,
        "tento_ctvrtek",
        "cs",
        ("Lucie Černá", "lucie.cerna@plzenske-media.example"),
        "Pohovor tento čtvrtek",
        sent,
        "Czech 'tento čtvrtek v 15:30' (this coming Thursday) from a Monday.",
        inv(st, sent=sent),
        "Ahoj Alexi,\n\nmůžeme se vidět tento čtvrtek v 15:30 u nás v redakci v Plzni? "
        "Budu tam já a šéfredaktor. Stačí potvrdit.\n\nLucie\n",
    )
    sent = at(2027, 2, 5, 13, 0, BUC)
    yield case(
        f,
        "va_sun_saptamana_viitoare",
        "ro",
        ("Mihai Stan", "mihai.stan@brasov-it.example"),
        "Pașii următori",
        sent,
        "Look-alike: 'săptămâna viitoare vă sun' (next week I will call to set a day); no slot.",
        NEG,
        "Salut Alex,\n\nmulțumim pentru interviul de ieri. Săptămâna viitoare vă sun ca să "
        "stabilim o zi pentru discuția cu directorul.\n\nMihai\n",
    )


def publicnotice39() -> Iterator[Case]:
    f = "publicnotice39"
    sent = at(2027, 1, 20, 13, 12, PRG)
    st = at(2027, 2, 2, 9, 30, PRG, "Tue")
    yield case(
        f,
        "cs_sluzebni_urad",
        "cs",
        ("Odbor personální", "personalni@mzp-sluzebni.example"),
        "Pozvánka k pohovoru – výběrové řízení ID 12345678",
        sent,
        "Czech ministry notice: č. j., law numbers, a post code, room 215, 'dne 2. února 2027 v 9:30 hod.'; 'dostavte se 15 minut před zahájením' (no end).",
        inv(st, sent=sent),
        "Č. j.: MZP-4821/2027-120\nV Praze dne 20. ledna 2027\n\nVážený pane Morgane,\n\n"
        "v návaznosti na Vaši žádost o přijetí do služebního poměru a zařazení na služební "
        "místo referent/referentka oddělení ochrany ovzduší (ID služebního místa 12345678) "
        "Vás podle § 27 zákona č. 234/2014 Sb., o státní službě, ve znění pozdějších "
        "předpisů, zveme k pohovoru s výběrovou komisí.\n\nPohovor se uskuteční dne 2. února "
        "2027 v 9:30 hod. v budově úřadu, Vršovická 1442/65, 100 10 Praha 10, zasedací "
        "místnost č. 215 (2. patro).\n\nProsíme, dostavte se 15 minut před zahájením a "
        "předložte průkaz totožnosti. Předpokládaná doba pohovoru je 30 minut.\n\nS pozdravem\n"
        "oddělení výběrových řízení\nOdbor personální\nTel.: +420 267 122 345\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 21, 10, 0, BTS)
    st = at(2027, 2, 4, 13, 0, BTS, "Thu")
    yield case(
        f,
        "sk_vyberove_konanie",
        "sk",
        ("Osobný úrad", "vk@msvvas-urad.example"),
        "Pozvánka na ústnu časť výberového konania VK/2027/0142",
        sent,
        "Slovak civil-service notice: 'Číslo VK: VK/2027/0142', 'zákon č. 55/2017 Z. z.', the oral part (pohovor) 'dňa 4. februára 2027 (štvrtok) o 13:00 hod.', a room and a post code.",
        inv(st, sent=sent),
        "Vec: Pozvánka na ústnu časť výberového konania\n\nČíslo VK: VK/2027/0142\n"
        "Štátnozamestnanecké miesto: hlavný štátny radca, odbor financovania (kód 10254)\n\n"
        "Vážený pán Morgan,\n\nv súlade so zákonom č. 55/2017 Z. z. o štátnej službe Vás "
        "pozývame na ústnu časť výberového konania (pohovor pred výberovou komisiou), ktorá "
        "sa uskutoční dňa 4. februára 2027 (štvrtok) o 13:00 hod. v budove úradu na "
        "Stromovej 1, 813 30 Bratislava, miestnosť č. 3.12.\n\nSo sebou si prineste "
        "preukaz totožnosti.\n\nS pozdravom\nOsobný úrad\ntel.: 02/5937 4321\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 27, 15, 30, BUC)
    st = at(2027, 2, 3, 10, 0, BUC, "Wed")
    yield case(
        f,
        "ro_primarie_interviu",
        "ro",
        ("Compartiment Resurse Umane", "resurse.umane@primaria-sector9.example"),
        "Comunicare - susținerea interviului, concurs inspector",
        sent,
        "Romanian town hall: 'Nr. 1234/27.01.2027', a written-test score '78,50 puncte', 'HG nr. 1336/2022', then 'în data de 03.02.2027, ora 10:00' in room 12.",
        inv(st, sent=sent),
        "Nr. 1234/27.01.2027\n\nStimate domnule Morgan,\n\nVă comunicăm că ați fost declarat "
        "ADMIS la proba scrisă a concursului pentru ocuparea funcției publice de execuție "
        "vacante de inspector, clasa I, grad profesional superior, din cadrul Direcției "
        "Urbanism, cu punctajul de 78,50 puncte.\n\nÎn conformitate cu prevederile HG nr. "
        "1336/2022, interviul se va susține în data de 03.02.2027, ora 10:00, la sediul "
        "instituției din Str. Independenței nr. 14, sala 12, etaj 1.\n\nVă rugăm să vă "
        "prezentați cu actul de identitate.\n\nCompartimentul Resurse Umane\nTel.: 0230 123 456, "
        "int. 118\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 28, 11, 15, BUD)
    st = at(2027, 2, 8, 10, 30, BUD, "Mon")
    yield case(
        f,
        "hu_kormanyhivatal",
        "hu",
        ("Humánpolitikai Főosztály", "palyazat@kormanyhivatal-bp.example"),
        "Értesítés személyes meghallgatásról – BP/1001/00123-4/2027",
        sent,
        "Hungarian government office: 'Ügyiratszám', 'KÖZIGÁLLÁS azonosító: 12345', then '2027. február 8-án (hétfő) 10 óra 30 perckor', a post code and room 312.",
        inv(st, sent=sent),
        "Ügyiratszám: BP/1001/00123-4/2027\nTárgy: értesítés személyes meghallgatásról\n\n"
        "Tisztelt Pályázó!\n\nÉrtesítjük, hogy a KÖZIGÁLLÁS portálon 12345 azonosító számon "
        "meghirdetett építésügyi ügyintéző munkakörre benyújtott pályázata alapján személyes "
        "meghallgatásra hívjuk be.\n\nA meghallgatás időpontja: 2027. február 8-án (hétfő) 10 "
        "óra 30 perckor.\nHelyszíne: 1056 Budapest, Váci utca 62–64., III. emelet, 312-es "
        "tárgyaló.\n\nKérjük, hozza magával személyazonosító igazolványát és eredeti "
        "végzettséget igazoló okiratait.\n\nTisztelettel:\nHumánpolitikai Főosztály\n"
        "Tel.: +36 1 328 5500 (H–Cs 8:00–16:30, P 8:00–14:00)\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 29, 12, 0, ATH)
    st = at(2027, 2, 9, 11, 30, ATH, "Tue")
    yield case(
        f,
        "el_elke_synenteuxi",
        "el",
        ("ΕΛΚΕ Πανεπιστημίου", "elke-proslipseis@uni-thessalia.example"),
        "Πρόσκληση σε συνέντευξη – Αρ. Πρωτ. 1234/19.01.2027",
        sent,
        "Greek research-account call: 'Αρ. Πρωτ.', 'ΑΔΑ', project code, then 'την Τρίτη 9 Φεβρουαρίου 2027 και ώρα 11:30 π.μ.'.",
        inv(st, sent=sent),
        "Σχετ.: Πρόσκληση εκδήλωσης ενδιαφέροντος με Αρ. Πρωτ. 1234/19.01.2027 (ΑΔΑ: "
        "9ΕΥΓ469Β7Λ-Ω1Β), κωδ. έργου 5092\n\nΑξιότιμε κύριε Morgan,\n\nΣας ενημερώνουμε ότι "
        "η αίτησή σας κρίθηκε πλήρης και καλείστε σε συνέντευξη ενώπιον της Επιτροπής "
        "Αξιολόγησης την Τρίτη 9 Φεβρουαρίου 2027 και ώρα 11:30 π.μ., στο κτίριο της "
        "Πρυτανείας (Αργοναυτών & Φιλελλήνων, 382 21 Βόλος), αίθουσα 2.4.\n\n"
        "Με εκτίμηση,\nΗ Γραμματεία του ΕΛΚΕ\nΤηλ.: 24210 12345\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 29, 14, 0, KYIV)
    st = at(2027, 2, 10, 10, 0, KYIV, "Wed")
    yield case(
        f,
        "uk_konkurs_spivbesida",
        "uk",
        ("Відділ управління персоналом", "kadry@derzhagentstvo.example"),
        "Повідомлення про співбесіду, конкурс № 1234",
        sent,
        "Ukrainian civil service: 'конкурс № 1234', 'Постанова КМУ від 25.03.2016 № 246', test scores, then 'співбесіда відбудеться 10.02.2027 о 10:00' in room 407.",
        inv(st, sent=sent),
        "Шановний пане Моргане!\n\nВідповідно до Порядку проведення конкурсу на зайняття посад "
        "державної служби, затвердженого постановою КМУ від 25.03.2016 № 246, повідомляємо, що "
        "за результатами тестування (22 бали з 30) вас допущено до наступного етапу конкурсу "
        "№ 1234 на посаду головного спеціаліста відділу аналітики.\n\nСпівбесіда відбудеться "
        "10.02.2027 о 10:00 за адресою: м. Київ, вул. Прорізна, 15, каб. 407.\n\nПри собі "
        "мати паспорт громадянина України.\n\nЗ повагою\nвідділ управління персоналом\n"
        "тел. (044) 278-12-34\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 26, 9, 0, HEL)
    st = at(2027, 2, 5, 9, 0, HEL, "Fri")
    yield case(
        f,
        "fi_kaupunki_haastattelu",
        "fi",
        ("Kaupungin rekrytointi", "rekrytointi@kaupunki-jarvela.example"),
        "Kutsu haastatteluun, haun tunnus JAR-2027-000123",
        sent,
        "Finnish city: 'Haun tunnus', 'Hakemusnumero 45871', then 'perjantaina 5.2.2027 klo 9.00–9.45' (end), phone hours 'ma–pe klo 9–15' in the signature.",
        inv(st, at(2027, 2, 5, 9, 45, HEL), sent=sent),
        "Haun tunnus: JAR-2027-000123\nHakemusnumero: 45871\n\nHyvä Alex Morgan,\n\nkiitos "
        "hakemuksestasi kaupungin talousasiantuntijan tehtävään. Kutsumme sinut "
        "haastatteluun perjantaina 5.2.2027 klo 9.00–9.45 kaupungintalolle (Kauppakatu 11, "
        "neuvotteluhuone 3).\n\nYstävällisin terveisin\nHenkilöstöpalvelut\nPuh. 09 310 12345 "
        "(ma–pe klo 9–15)\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 28, 10, 0, TLL)
    st = at(2027, 2, 9, 14, 0, TLL, "Tue")
    yield case(
        f,
        "et_konkurss_vestlus",
        "et",
        ("Personaliosakond", "personal@ministeerium-tln.example"),
        "Kutse vestlusvooru, konkurss nr 1-2/27/123",
        sent,
        "Estonian public competition: 'Viitenumber 1-2/27/123', then '9. veebruaril 2027 kell 14.00', room 305.",
        inv(st, sent=sent),
        "Viitenumber: 1-2/27/123\n\nLugupeetud Alex Morgan\n\nTäname Teid osalemast avalikus "
        "konkursis analüütiku ametikohale. Teie kandidatuur pääses vestlusvooru. Ootame Teid "
        "vestlusele 9. veebruaril 2027 kell 14.00 aadressil Suur-Ameerika 1, Tallinn, ruum 305.\n\n"
        "Lugupidamisega\nPersonaliosakond\ntel 625 6100\n",
        template=PUBLIC,
    )
    sent = at(2027, 1, 22, 9, 30, PRG)
    yield case(
        f,
        "cs_pisemna_zkouska",
        "cs",
        ("Odbor personální", "personalni@mzp-sluzebni.example"),
        "Pozvánka k písemné zkoušce – výběrové řízení ID 12345679",
        sent,
        "Look-alike: a written test ('písemná zkouška') on 1 February 2027 at 8:30 for the applicants; the interview date comes later.",
        NEG,
        "Č. j.: MZP-4822/2027-120\n\nVážený pane Morgane,\n\nzveme Vás k písemné zkoušce ve "
        "výběrovém řízení na služební místo odborný referent (ID 12345679), která se koná dne "
        "1. února 2027 v 8:30 hod. v budově úřadu, Vršovická 1442/65, Praha 10, učebna č. 12. "
        "Zkouška trvá 60 minut. Termín pohovoru oznámíme uchazečům, kteří zkouškou projdou.\n\n"
        "Odbor personální\n",
        template=PUBLIC,
    )
    sent = at(2027, 2, 4, 16, 0, BUC)
    yield case(
        f,
        "ro_rezultate_interviu",
        "ro",
        ("Compartiment Resurse Umane", "resurse.umane@primaria-sector9.example"),
        "Rezultatul probei de interviu",
        sent,
        "Look-alike: results of the past interview (03.02.2027) with an appeal deadline 'în termen de 24 de ore ... până la ora 16:00'.",
        NEG,
        "Nr. 1301/04.02.2027\n\nStimate domnule Morgan,\n\nVă comunicăm rezultatul probei de "
        "interviu susținute în data de 03.02.2027: ADMIS, 82,00 puncte. Eventualele contestații "
        "se pot depune în termen de 24 de ore de la afișare, respectiv până la ora 16:00 a zilei "
        "de 05.02.2027, la registratura instituției.\n\nCompartimentul Resurse Umane\n",
        template=PUBLIC,
    )


def univ39() -> Iterator[Case]:
    f = "univ39"
    sent = at(2027, 1, 28, 14, 30, OSL)
    st = at(2027, 2, 11, 9, 0, OSL, "Thu")
    yield case(
        f,
        "nb_proveforelesning_program",
        "nb",
        ("Kari Berg", "kari.berg@uni-nordvest.example"),
        "Innkalling til prøveforelesning og intervju – førsteamanuensis i statistikk",
        sent,
        "Norwegian university: a bulleted programme for 'torsdag 11. februar 2027' starting with the trial lecture '09.00–09.45'; start is the first item (no single end).",
        inv(st, sent=sent),
        "Hei Alex,\n\nBedømmelseskomiteen har innstilt deg som en av tre kandidater til stillingen "
        "som førsteamanuensis i statistikk (ref. 26/04512). Du inviteres herved til "
        "prøveforelesning og intervju.\n\nProgram for torsdag 11. februar 2027:\n"
        "• 09.00–09.45 Prøveforelesning, auditorium 2, Realfagbygget\n"
        "• 10.00–11.00 Intervju med tilsettingsutvalget, møterom 4.112\n"
        "• 11.15–12.00 Omvisning og samtale med fagmiljøet\n\nTittelen på "
        "prøveforelesningen sendes deg 14 dager før. Instituttet dekker reise og én overnatting.\n\n"
        "Vennlig hilsen\nKari Berg\nHR-rådgiver, Fakultet for naturvitenskap\nTlf. 73 59 12 34\n",
        template=ACADEMIC,
    )
    sent = at(2027, 1, 19, 10, 10, CPH)
    st = at(2027, 2, 2, 13, 0, CPH, "Tue")
    yield case(
        f,
        "da_tidsplan",
        "da",
        ("Anne Sørensen", "anne.sorensen@uni-sydjylland.example"),
        "Invitation til prøveforelæsning og samtale",
        sent,
        "Danish university: 'Tidsplan for tirsdag den 2. februar 2027' with '- kl. 13.00 Prøveforelæsning (20 min.)' first; start 13:00.",
        inv(st, sent=sent),
        "Kære Alex\n\nPå vegne af ansættelsesudvalget vil jeg invitere dig til prøveforelæsning "
        "og samtale om stillingen som adjunkt i bæredygtig produktion.\n\nTidsplan for "
        "tirsdag den 2. februar 2027 (lokale U55, Campusvej 55, 5230 Odense M):\n"
        "- kl. 13.00 Prøveforelæsning (20 min.)\n- kl. 13.30 Samtale med ansættelsesudvalget\n"
        "- kl. 14.30 Afslutning\n\nEmnet for forelæsningen er frit valgt.\n\nMed venlig hilsen\n"
        "Anne Sørensen\nHR-konsulent\nTlf. 65 50 12 34\n",
        template=ACADEMIC,
    )
    sent = at(2027, 1, 27, 15, 0, HEL)
    st = at(2027, 2, 10, 12, 15, HEL, "Wed")
    yield case(
        f,
        "fi_opetusnayte_ohjelma",
        "fi",
        ("Hanna Korhonen", "hanna.korhonen@yliopisto-ita.example"),
        "Opetusnäyte ja haastattelu 10.2.",
        sent,
        "Finnish university: 'Ohjelma keskiviikkona 10.2.2027' with 'klo 12.15–12.45 opetusnäyte' first; start 12:15.",
        inv(st, sent=sent),
        "Hei Alex,\n\nolet edennyt yliopistonlehtorin tehtävän (ref. 2026/1187) haussa "
        "haastatteluvaiheeseen.\n\nOhjelma keskiviikkona 10.2.2027, Agora-rakennus, huone "
        "A203:\n- klo 12.15–12.45 opetusnäyte (aihe: regressioanalyysin perusteet)\n"
        "- klo 13.00–14.00 haastattelu\n\nYstävällisin terveisin\nHanna Korhonen\n"
        "HR-asiantuntija\n",
        template=ACADEMIC,
    )
    sent = at(2027, 1, 29, 11, 0, ATH)
    st = at(2027, 2, 12, 10, 0, ATH, "Fri")
    yield case(
        f,
        "el_programma",
        "el",
        ("Γραμματεία Τμήματος", "grammateia@chem.uni-ioannina.example"),
        "Πρόσκληση σε παρουσίαση και συνέντευξη – Μεταδιδακτορικός Ερευνητής",
        sent,
        "Greek department: 'Παρασκευή 12 Φεβρουαρίου 2027' then a programme '10:00 Παρουσίαση (30΄)', '10:40 Συνέντευξη'; start 10:00.",
        inv(st, sent=sent),
        "Αγαπητέ κύριε Morgan,\n\nΣας προσκαλούμε την Παρασκευή 12 Φεβρουαρίου 2027 στο "
        "Τμήμα Χημείας (κτίριο Β, αίθουσα σεμιναρίων).\n\nΠρόγραμμα:\n10:00 Παρουσίαση του "
        "ερευνητικού σας έργου (30΄)\n10:40 Συνέντευξη με την Επιτροπή Αξιολόγησης\n\n"
        "Με εκτίμηση,\nΗ Γραμματεία του Τμήματος\nΤηλ. 26510 08765\n",
        template=ACADEMIC,
    )
    sent = at(2027, 1, 25, 9, 40, PRG)
    st = at(2027, 2, 8, 9, 15, PRG, "Mon")
    yield case(
        f,
        "cs_harmonogram",
        "cs",
        ("Ivana Kučerová", "ivana.kucerova@fakulta-olomouc.example"),
        "Pozvánka – výběrové řízení na místo odborného asistenta",
        sent,
        "Czech faculty: 'v pondělí 8. února 2027' with a schedule '9:15 přednáška (20 min)', '10:00 pohovor s komisí'; 'přijďte o 15 minut dříve' (no clock); start 9:15.",
        inv(st, sent=sent),
        "Vážený pane Morgane,\n\nvýběrová komise Vás zve k druhému kolu výběrového řízení na "
        "místo odborného asistenta (č. VŘ 2026/37), které se uskuteční v pondělí 8. února 2027 "
        "v budově fakulty, Křížkovského 10, Olomouc, místnost 2.14.\n\nHarmonogram:\n"
        "9:15 přednáška na zvolené téma (20 min)\n10:00 pohovor s komisí\n\nProsíme, přijďte "
        "o 15 minut dříve.\n\nS pozdravem\nIvana Kučerová\nsekretariát katedry\n",
        template=ACADEMIC,
    )
    sent = at(2027, 2, 1, 12, 0, MAD)
    st = at(2027, 2, 16, 10, 0, MAD, "Tue")
    yield case(
        f,
        "ca_programa_visita",
        "ca",
        ("Marta Vidal", "marta.vidal@universitat-ponent.example"),
        "Visita i entrevista – plaça de professor/a lector/a",
        sent,
        "Catalan university: 'Programa de la visita (dimarts 16 de febrer de 2027)' with '· 10.00 h: seminari obert (45 min)' first; start 10:00.",
        inv(st, sent=sent),
        "Benvolgut Alex,\n\nLa comissió de selecció et convida a visitar el departament.\n\n"
        "Programa de la visita (dimarts 16 de febrer de 2027):\n· 10.00 h: seminari obert "
        "(45 min), aula 1.03\n· 11.00 h: entrevista amb la comissió\n· 12.30 h: dinar amb el "
        "grup de recerca\n\nCordialment,\nMarta Vidal\nSecretaria del Departament\n",
        template=ACADEMIC,
    )
    sent = at(2027, 2, 3, 10, 0, BUC)
    st = at(2027, 2, 17, 12, 0, BUC, "Wed")
    yield case(
        f,
        "ro_prelegere_interviu",
        "ro",
        ("Secretariat Facultate", "secretariat@litere.univ-iasi.example"),
        "Concurs post lector – programarea probelor",
        sent,
        "Romanian university: 'prelegerea publică: miercuri, 17 februarie 2027, ora 12:00' then the interview 'ora 14:00' the same day; start is the first session.",
        inv(st, sent=sent),
        "Stimate domnule Morgan,\n\nVă comunicăm programarea probelor concursului pentru "
        "postul de lector universitar, poziția 14 din statul de funcții:\n\n- prelegerea "
        "publică: miercuri, 17 februarie 2027, ora 12:00, sala A-201;\n- interviul cu comisia: "
        "în aceeași zi, ora 14:00, sala Consiliului.\n\nCu stimă,\nSecretariatul Facultății\n"
        "Tel. 0232 201 000, int. 2345\n",
        template=ACADEMIC,
    )
    sent = at(2027, 1, 22, 9, 0, OSL)
    yield case(
        f,
        "nb_intervjuer_uke_7",
        "nb",
        ("Kari Berg", "kari.berg@uni-nordvest.example"),
        "Foreløpig tidsplan for tilsettingsprosessen",
        sent,
        "Look-alike: interviews are planned in week 7; each candidate will get a time later.",
        NEG,
        "Hei,\n\ntakk for søknaden din. Komiteen planlegger prøveforelesninger og intervjuer i "
        "uke 7 (15.–19. februar 2027), mellom kl. 9 og 16. Du vil få beskjed om et konkret "
        "tidspunkt dersom du blir innkalt.\n\nVennlig hilsen\nKari Berg\n",
        template=ACADEMIC,
    )
    sent = at(2027, 1, 20, 9, 0, HEL)
    yield case(
        f,
        "fi_haastattelut_pidetaan",
        "fi",
        ("Hanna Korhonen", "hanna.korhonen@yliopisto-ita.example"),
        "Tilannetiedote: yliopistonlehtorin haku",
        sent,
        "Look-alike: a status notice to all applicants that interviews are held 10–11 February; invitees will be told in person.",
        NEG,
        "Hyvä hakija,\n\nkiitos hakemuksestasi. Haastattelut pidetään 10.–11.2.2027 klo 9–16. "
        "Ilmoitamme haastatteluun kutsutuille henkilökohtaisesti viimeistään 3.2.\n\n"
        "Henkilöstöpalvelut\n",
        template=ACADEMIC,
    )


def signoise39() -> Iterator[Case]:
    f = "signoise39"
    sent = at(2027, 2, 9, 10, 30, BTS)
    st = at(2027, 2, 16, 10, 0, BTS, "Tue")
    yield case(
        f,
        "sk_teams_id_konferencie",
        "sk",
        ("Lenka Bieliková", "lenka.bielikova@kosice-fintech.example"),
        "Online pohovor – utorok",
        sent,
        "Slovak Teams invite typed by hand: 'v utorok 16. februára o 10:00', a dial-in number and 'ID konferencie: 123 456 789#', a signature with office hours 'Po–Pi 8:00–15:30'.",
        inv(st, sent=sent),
        "Dobrý deň,\n\npozývame Vás na online pohovor v utorok 16. februára o 10:00 cez MS "
        "Teams.\n\nOdkaz: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE2ZjQ1@thread.v2/0\n"
        "Pripojiť sa telefonicky: +421 2 3456 7890, ID konferencie: 123 456 789#\n\n"
        "S pozdravom\nLenka Bieliková\nHR špecialistka, Košice Fintech s.r.o.\nTel.: +421 55 "
        "600 1234 | Mobil: +421 905 123 456\nÚradné hodiny: Po–Pi 8:00–15:30\n",
    )
    sent = at(2027, 2, 11, 12, 0, KYIV)
    st = at(2027, 2, 18, 11, 30, KYIV, "Thu")
    yield case(
        f,
        "uk_meet_pin",
        "uk",
        ("Оксана Ткаченко", "oksana.tkachenko@kharkiv-games.example"),
        "Технічна співбесіда в четвер",
        sent,
        "Ukrainian Meet invite typed by hand: 'у четвер, 18 лютого, о 11:30', a phone number and 'PIN: 123 456 789#', a signature 'Пн–Пт 9–18'.",
        inv(st, sent=sent),
        "Привіт, Алексе!\n\nЗапрошую на технічну співбесіду у четвер, 18 лютого, о 11:30.\n"
        "Посилання: https://meet.google.com/xqk-rvbt-wpm\nПриєднатися телефоном: +380 44 123 "
        "4567, PIN: 123 456 789#\n\nДо зустрічі!\nОксана Ткаченко\nRecruiter, Kharkiv Games\n"
        "Тел.: +380 67 123 45 67 | Пн–Пт 9–18\n",
    )
    sent = at(2027, 2, 10, 9, 15, HCM)
    st = at(2027, 2, 17, 14, 0, HCM, "Wed")
    yield case(
        f,
        "vi_zoom_passcode",
        "vi",
        ("Trần Quốc Bảo", "bao.tran@danang-soft.example"),
        "Mời phỏng vấn online",
        sent,
        "Vietnamese: the hour before the date '14:00 thứ Tư 17/02/2027', 'Meeting ID: 812 3456 7890, Passcode: 246810', a signature 'Máy lẻ 105 | 8:00–17:00 (T2–T6)'.",
        inv(st, sent=sent),
        "Chào bạn Alex,\n\nCông ty mời bạn tham gia phỏng vấn online vào 14:00 thứ Tư "
        "17/02/2027 qua Zoom.\nLink: https://us05web.zoom.us/j/81234567890?pwd=aBcDeF\n"
        "Meeting ID: 812 3456 7890\nPasscode: 246810\n\nTrân trọng,\nTrần Quốc Bảo\nPhòng Nhân "
        "sự, Đà Nẵng Soft\nĐT: (0236) 3930 1234 – Máy lẻ 105\nGiờ làm việc: 8:00–17:00 (T2–T6)\n",
    )
    sent = at(2027, 2, 10, 14, 0, JKT)
    st = at(2027, 2, 17, 10, 0, JKT, "Wed")
    yield case(
        f,
        "id_zoom_kode_sandi",
        "id",
        ("Fitri Handayani", "fitri.handayani@bandung-kreatif.example"),
        "Undangan Interview Online - Desainer UI/UX",
        sent,
        "Indonesian: 'Rabu, 17 Februari 2027 pukul 10.00–11.00 WIB', 'ID Rapat: 851 2345 6789', 'Kode Sandi: 112233', a signature with office hours.",
        inv(st, at(2027, 2, 17, 11, 0, JKT), zone=JKT),
        "Halo Alex,\n\nKami mengundang Anda untuk interview online pada Rabu, 17 Februari 2027 "
        "pukul 10.00–11.00 WIB.\n\nTopik: Interview Desainer UI/UX\nhttps://us06web.zoom.us/j/85123456789\n"
        "ID Rapat: 851 2345 6789\nKode Sandi: 112233\n\nSalam,\nFitri Handayani\nPT Bandung "
        "Kreatif Digital\nTelp. (022) 2995 1234 | WA 0811 2345 678\nJam operasional: "
        "Senin–Jumat 08.00–16.00\n",
    )
    sent = at(2027, 2, 9, 11, 0, NBO)
    st = at(2027, 2, 16, 9, 0, NBO, "Tue")
    yield case(
        f,
        "sw_saa_tatu_asubuhi",
        "sw",
        ("Wanjiku Mwangi", "wanjiku.mwangi@pwani-logistics.example"),
        "Mwaliko wa usaili",
        sent,
        "Swahili: 'Jumanne, 16 Februari 2027, saa tatu asubuhi' (the third hour of the morning is 9:00), a signature with office hours on the international clock.",
        inv(st, sent=sent),
        "Habari Alex,\n\nUnakaribishwa kwa usaili Jumanne, 16 Februari 2027, saa tatu asubuhi "
        "katika ofisi zetu, Moi Avenue, Mombasa, ghorofa ya 3.\n\nWako,\nWanjiku Mwangi\n"
        "Pwani Logistics Ltd\nSimu: +254 41 222 3344 | 0722 123 456\nSaa za kazi: "
        "Jumatatu–Ijumaa 8:00–17:00\n",
    )
    sent = at(2027, 2, 11, 16, 0, MNL)
    st = at(2027, 2, 18, 14, 0, MNL, "Thu")
    yield case(
        f,
        "tl_zoom_loc",
        "tl",
        ("Jennifer dela Cruz", "jennifer.delacruz@cebu-shared.example"),
        "Zoom interview sa Huwebes",
        sent,
        "Taglish: 'Huwebes, Pebrero 18, 2027, 2:00 PM', a Zoom ID and passcode, a signature with 'loc. 221' and 'Lunes–Biyernes, 8AM–5PM'.",
        inv(st, sent=sent),
        "Hi Alex,\n\nNaka-schedule na ang Zoom interview mo sa Huwebes, Pebrero 18, 2027, "
        "2:00 PM.\nMeeting ID: 845 1234 5678 | Passcode: 909090\n\nSalamat po,\nJennifer dela "
        "Cruz\nTalent Acquisition, Cebu Shared Services\nTel. (032) 8123 4567 loc. 221 | Globe "
        "0917 123 4567\nOffice hours: Lunes–Biyernes, 8AM–5PM\n",
    )
    sent = at(2027, 2, 12, 9, 0, BUD)
    st = at(2027, 2, 19, 13, 30, BUD, "Fri")
    yield case(
        f,
        "hu_webex_jelszo",
        "hu",
        ("Farkas Anna", "farkas.anna@pecsi-energia.example"),
        "Online interjú – Webex",
        sent,
        "Hungarian Webex: '2027. február 19., péntek, 13:30', 'Értekezlet száma: 2634 123 4567', a signature with 'H–Cs 8–16, P 8–13:30'.",
        inv(st, sent=sent),
        "Kedves Alex!\n\nAz online interjú időpontja: 2027. február 19., péntek, 13:30.\n"
        "Webex: https://pecsienergia.webex.com/meet/farkas.anna\nÉrtekezlet száma: 2634 123 "
        "4567, jelszó: Aa12345\n\nÜdvözlettel:\nFarkas Anna\nPécsi Energia Zrt.\nTel.: +36 72 "
        "456 789 / 123-as mellék\nÜgyfélszolgálat: H–Cs 8–16, P 8–13:30\n",
    )
    sent = at(2027, 2, 15, 13, 0, CPH)
    st = at(2027, 2, 23, 10, 15, CPH, "Tue")
    yield case(
        f,
        "da_teams_konference_id",
        "da",
        ("Louise Mortensen", "louise.mortensen@odense-robotics.example"),
        "Samtale på Teams",
        sent,
        "Danish Teams: 'tirsdag den 23. februar kl. 10.15', 'Konference-id: 123 456 789#', phone hours 'man.–tors. 9–15, fre. 9–12'.",
        inv(st, sent=sent),
        "Hej Alex\n\nTak for snakken. Jeg har booket os til en samtale på Teams tirsdag den "
        "23. februar kl. 10.15.\nDeltag via telefon: +45 32 72 12 34, Konference-id: 123 456 "
        "789#\n\nVenlig hilsen\nLouise Mortensen\nOdense Robotics ApS\nTlf. 33 12 34 56 | Mobil "
        "20 12 34 56\nTelefontid: man.–tors. 9–15, fre. 9–12\n",
    )
    sent = at(2027, 2, 15, 15, 0, ATH)
    st = at(2027, 2, 22, 16, 0, ATH, "Mon")
    yield case(
        f,
        "el_zoom_ora_elladas",
        "el",
        ("Δήμητρα Νικολάου", "d.nikolaou@thess-software.example"),
        "Συνέντευξη μέσω Zoom",
        sent,
        "Greek Zoom: 'Δευτέρα 22 Φεβρουαρίου 2027, 16:00–16:30 (ώρα Ελλάδας)', a meeting ID and passcode, office hours 'Δευ–Παρ 8:00–15:00'.",
        inv(st, at(2027, 2, 22, 16, 30, ATH), zone=ATH),
        "Καλησπέρα σας,\n\nη συνέντευξη θα γίνει τη Δευτέρα 22 Φεβρουαρίου 2027, 16:00–16:30 "
        "(ώρα Ελλάδας) μέσω Zoom.\nMeeting ID: 873 4567 1234, Passcode: 5566\n\nΜε εκτίμηση,\n"
        "Δήμητρα Νικολάου\nThess Software Α.Ε.\nΤηλ. 2310 123456, εσωτ. 204 | Ωράριο: "
        "Δευ–Παρ 8:00–15:00\n",
    )
    sent = at(2027, 2, 12, 11, 0, BUC)
    yield case(
        f,
        "ro_va_contactam",
        "ro",
        ("Elena Dumitrescu", "elena.dumitrescu@cluj-retail.example"),
        "Candidatura dumneavoastră",
        sent,
        "Look-alike: 'vă vom contacta telefonic în cursul săptămânii viitoare'; the only times are the signature's office hours 'L–V 9–17'.",
        NEG,
        "Bună ziua,\n\nvă mulțumim pentru candidatura depusă. Vă vom contacta telefonic în "
        "cursul săptămânii viitoare pentru a stabili un interviu.\n\nCu stimă,\nElena "
        "Dumitrescu\nCluj Retail SRL\nTel.: 0264 123 456 | Mobil: 0745 987 654\nProgram: "
        "L–V 9–17, S 10–14\n",
    )


def moveone39() -> Iterator[Case]:
    f = "moveone39"
    sent = at(2027, 2, 26, 11, 0, PRG)
    st = at(2027, 3, 3, 14, 30, PRG, "Wed")
    yield case(
        f,
        "cs_z_na",
        "cs",
        ("Markéta Svobodová", "marketa.svobodova@ostrava-energo.example"),
        "Změna termínu pohovoru",
        sent,
        "Czech move in one sentence: 'z úterý 2. 3. 10:00 na středu 3. 3. ve 14:30'.",
        inv(st, sent=sent, kind="reschedule"),
        "Dobrý den, pane Morgane,\n\nmusíme bohužel přesunout Váš pohovor z úterý 2. 3. 10:00 "
        "na středu 3. 3. ve 14:30. Místo zůstává stejné (Nádražní 112, Ostrava). Omlouváme se "
        "za komplikace.\n\nS pozdravem\nMarkéta Svobodová\n",
    )
    sent = at(2027, 2, 26, 13, 0, BUC)
    st = at(2027, 3, 5, 9, 30, BUC, "Fri")
    yield case(
        f,
        "ro_se_muta",
        "ro",
        ("Ioana Radu", "ioana.radu@timisoara-auto.example"),
        "Modificare programare interviu",
        sent,
        "Romanian move in one sentence: 'Interviul de joi, 4 martie, ora 11:00 se mută vineri, 5 martie, la ora 9:30'.",
        inv(st, sent=sent, kind="reschedule"),
        "Bună ziua,\n\nInterviul de joi, 4 martie, ora 11:00 se mută vineri, 5 martie, la ora "
        "9:30, din cauza unei deplasări a directorului tehnic. Restul detaliilor rămân "
        "neschimbate.\n\nCu stimă,\nIoana Radu\nTimișoara Auto\n",
    )
    sent = at(2027, 2, 25, 15, 0, BUD)
    st = at(2027, 3, 4, 15, 0, BUD, "Thu")
    yield case(
        f,
        "hu_atteszuk",
        "hu",
        ("Varga Zoltán", "varga.zoltan@miskolci-acel.example"),
        "Interjú áthelyezése",
        sent,
        "Hungarian move in one sentence: 'március 2-áról (kedd, 10:00) március 4-re (csütörtök) 15:00-ra tesszük át'.",
        inv(st, sent=sent, kind="reschedule"),
        "Kedves Alex!\n\nSajnos közbejött egy auditunk, ezért az interjút március 2-áról "
        "(kedd, 10:00) március 4-re (csütörtök) 15:00-ra tesszük át. Remélem, így is megfelel.\n\n"
        "Üdvözlettel:\nVarga Zoltán\n",
    )
    sent = at(2027, 2, 26, 10, 0, ATH)
    st = at(2027, 3, 4, 10, 0, ATH, "Thu")
    yield case(
        f,
        "el_metaferetai",
        "el",
        ("Σοφία Παππά", "s.pappa@patras-marine.example"),
        "Αλλαγή ώρας συνέντευξης",
        sent,
        "Greek move in one sentence: 'μεταφέρεται από την Τρίτη 2/3 στις 12:00 στην Πέμπτη 4/3 στις 10:00'.",
        inv(st, sent=sent, kind="reschedule"),
        "Καλημέρα σας,\n\nη συνέντευξή σας μεταφέρεται από την Τρίτη 2/3 στις 12:00 στην "
        "Πέμπτη 4/3 στις 10:00, στο ίδιο σημείο. Ζητούμε συγγνώμη για την αλλαγή.\n\n"
        "Σοφία Παππά\nPatras Marine\n",
    )
    sent = at(2027, 2, 26, 9, 0, JKT)
    st = at(2027, 3, 3, 13, 0, JKT, "Wed")
    yield case(
        f,
        "id_diubah_menjadi",
        "id",
        ("Hendra Wijaya", "hendra.wijaya@medan-sawit.example"),
        "Perubahan Jadwal Interview",
        sent,
        "Indonesian move in one sentence: 'dari Selasa, 2 Maret pukul 10.00 menjadi Rabu, 3 Maret pukul 13.00 WIB'.",
        inv(st, zone=JKT, kind="reschedule"),
        "Yth. Bapak Alex,\n\nMohon maaf, jadwal interview Anda kami ubah dari Selasa, 2 Maret "
        "pukul 10.00 menjadi Rabu, 3 Maret pukul 13.00 WIB karena ada agenda direksi. Lokasi "
        "tetap di kantor pusat Medan.\n\nHormat kami,\nHendra Wijaya\nHRD\n",
    )
    sent = at(2027, 2, 26, 16, 0, HCM)
    st = at(2027, 3, 4, 15, 0, HCM, "Thu")
    yield case(
        f,
        "vi_doi_tu_sang",
        "vi",
        ("Vũ Thanh Hương", "huong.vu@haiphong-port.example"),
        "Dời lịch phỏng vấn",
        sent,
        "Vietnamese move in one sentence: 'dời từ 9h sáng thứ Ba (02/03) sang 15h chiều thứ Năm (04/03)'.",
        inv(st, sent=sent, kind="reschedule"),
        "Chào anh Alex,\n\nDo trưởng phòng đi công tác, buổi phỏng vấn được dời từ 9h sáng thứ "
        "Ba (02/03) sang 15h chiều thứ Năm (04/03). Địa điểm không đổi.\n\nTrân trọng,\nVũ Thanh "
        "Hương\n",
    )
    sent = at(2027, 2, 25, 14, 0, KYIV)
    st = at(2027, 3, 2, 11, 0, KYIV, "Tue")
    yield case(
        f,
        "uk_perenosymo",
        "uk",
        ("Марія Гончаренко", "mariia.honcharenko@vinnytsia-food.example"),
        "Перенесення співбесіди",
        sent,
        "Ukrainian move in one sentence: 'переносимо співбесіду з понеділка, 1 березня, 14:00 на вівторок, 2 березня, 11:00'.",
        inv(st, sent=sent, kind="reschedule"),
        "Алексе, добрий день!\n\nЧерез відрядження директора переносимо співбесіду з "
        "понеділка, 1 березня, 14:00 на вівторок, 2 березня, 11:00. Адреса та формат без змін.\n\n"
        "З повагою,\nМарія Гончаренко\n",
    )
    sent = at(2027, 2, 26, 12, 0, HEL)
    st = at(2027, 3, 3, 14, 0, HEL, "Wed")
    yield case(
        f,
        "fi_siirramme",
        "fi",
        ("Jussi Heikkinen", "jussi.heikkinen@turku-marine.example"),
        "Haastattelun siirto",
        sent,
        "Finnish move in one sentence: 'tiistailta 2.3. klo 10 keskiviikolle 3.3. klo 14'.",
        inv(st, sent=sent, kind="reschedule"),
        "Hei Alex,\n\nsiirrämme haastattelua tiistailta 2.3. klo 10 keskiviikolle 3.3. klo 14. "
        "Paikka pysyy samana.\n\nTerveisin\nJussi Heikkinen\n",
    )
    sent = at(2027, 2, 26, 8, 30, CPH)
    st = at(2027, 3, 4, 13, 30, CPH, "Thu")
    yield case(
        f,
        "da_flytter_fra_til",
        "da",
        ("Rasmus Poulsen", "rasmus.poulsen@aalborg-vind.example"),
        "Ny tid til samtale",
        sent,
        "Danish move in one sentence: 'fra onsdag d. 3/3 kl. 9 til torsdag d. 4/3 kl. 13.30'.",
        inv(st, sent=sent, kind="reschedule"),
        "Hej Alex\n\nVi bliver desværre nødt til at flytte din samtale fra onsdag d. 3/3 kl. 9 "
        "til torsdag d. 4/3 kl. 13.30. Vi ses samme sted.\n\nMvh\nRasmus Poulsen\n",
    )
    sent = at(2027, 2, 26, 10, 0, BTS)
    st = at(2027, 3, 3, 10, 30, BTS, "Wed")
    yield case(
        f,
        "sk_len_cas",
        "sk",
        ("Peter Baláž", "peter.balaz@nitra-agro.example"),
        "Posun času pohovoru",
        sent,
        "Slovak: the day stays ('v stredu 3. marca'), only the hour moves 'z 9:00 na 10:30'.",
        inv(st, sent=sent, kind="reschedule"),
        "Dobrý deň,\n\npohovor zostáva v stredu 3. marca, len posúvame čas z 9:00 na 10:30. "
        "Ďakujem za pochopenie.\n\nPeter Baláž\n",
    )
    sent = at(2027, 3, 1, 9, 0, MAD)
    st = at(2027, 3, 4, 10, 0, MAD, "Thu")
    yield case(
        f,
        "ca_anullar",
        "ca",
        ("Pau Serra", "pau.serra@tarragona-quimica.example"),
        "Entrevista anul·lada",
        sent,
        "Catalan cancellation naming the slot: 'l'entrevista de dijous 4 de març a les 10 h'.",
        inv(st, sent=sent, kind="cancellation"),
        "Hola, Alex,\n\nEt escric per dir-te que hem d'anul·lar l'entrevista de dijous 4 de "
        "març a les 10 h: la plaça ha quedat congelada. Sentim les molèsties.\n\nPau Serra\n",
    )


def subjectps39() -> Iterator[Case]:
    f = "subjectps39"
    sent = at(2027, 3, 4, 15, 20, HEL)
    st = at(2027, 3, 9, 14, 0, HEL, "Tue")
    yield case(
        f,
        "fi_vain_otsikossa",
        "fi",
        ("Mikko Salminen", "mikko.salminen@pirkka-rakennus.example"),
        "Haastattelu ti 9.3. klo 14.00",
        sent,
        "The slot only in the subject 'ti 9.3. klo 14.00'; the body says 'as agreed on the phone, see you then'.",
        inv(st, sent=sent),
        "Hei Alex,\n\nkuten puhelimessa sovittiin – nähdään silloin! Osoite on Hämeenkatu 9, "
        "Tampere, 4. kerros.\n\nt. Mikko\n",
    )
    sent = at(2027, 3, 4, 11, 0, JKT)
    st = at(2027, 3, 10, 10, 0, JKT, "Wed")
    yield case(
        f,
        "id_subjek_saja",
        "id",
        ("Rudi Hartono", "rudi.hartono@semarang-tekstil.example"),
        "Konfirmasi interview: Rabu 10/3, 10.00 WIB",
        sent,
        "The slot only in the subject 'Rabu 10/3, 10.00 WIB'; the body points to it.",
        inv(st, zone=JKT),
        "Halo Alex,\n\nSesuai jadwal di subjek ya. Lokasi di kantor kami, Jl. Pemuda No. 150, "
        "Semarang. Sampai jumpa!\n\nRudi\n",
    )
    sent = at(2027, 3, 3, 14, 0, BUC)
    st = at(2027, 3, 11, 10, 0, BUC, "Thu")
    yield case(
        f,
        "ro_ps_zi_gresita",
        "ro",
        ("Alina Marin", "alina.marin@constanta-shipping.example"),
        "Interviu 11 martie",
        sent,
        "Weekday mismatch ('marți, 11 martie') corrected in a P.S.: 11 March is a Thursday, the hour stays 10:00.",
        inv(st, sent=sent),
        "Bună ziua, Alex,\n\nvă confirm interviul de marți, 11 martie, la ora 10:00, la sediul "
        "nostru din Constanța (Bd. Tomis nr. 55).\n\nCu stimă,\nAlina Marin\n\nPS: Scuze, am "
        "greșit ziua: 11 martie este joi, nu marți. Ora rămâne 10:00.\n",
    )
    sent = at(2027, 3, 3, 10, 0, KYIV)
    st = at(2027, 3, 10, 15, 0, KYIV, "Wed")
    yield case(
        f,
        "uk_ps_sereda",
        "uk",
        ("Тетяна Лисенко", "tetiana.lysenko@poltava-agro.example"),
        "Співбесіда 10 березня",
        sent,
        "Weekday mismatch ('у вівторок, 10 березня') corrected in a P.S.: 10 March is a Wednesday, date and hour unchanged.",
        inv(st, sent=sent),
        "Добрий день, Алексе!\n\nЧекаємо вас на співбесіду у вівторок, 10 березня, о 15:00 в "
        "офісі на вул. Соборності, 30.\n\nЗ повагою,\nТетяна Лисенко\n\nP.S. Перепрошую, 10 "
        "березня — це середа, а не вівторок. Дата і час без змін.\n",
    )
    sent = at(2027, 3, 4, 9, 30, HCM)
    st = at(2027, 3, 12, 10, 0, HCM, "Fri")
    yield case(
        f,
        "vi_gio_viet_nam",
        "vi",
        ("Đỗ Hải Yến", "yen.do@saigon-ecom.example"),
        "Interview with Saigon E-com - 12/3",
        sent,
        "Vietnamese zone words: '10h sáng thứ Sáu, 12/3 (giờ Việt Nam)' for a candidate abroad.",
        inv(st, zone=HCM),
        "Chào Alex,\n\nBuổi phỏng vấn online với CTO được sắp xếp vào 10h sáng thứ Sáu, 12/3 "
        "(giờ Việt Nam). Link Google Meet mình sẽ gửi sau.\n\nThân,\nĐỗ Hải Yến\n",
    )
    sent = at(2027, 3, 4, 13, 0, BUD)
    st = at(2027, 3, 12, 14, 30, BUD, "Fri")
    yield case(
        f,
        "hu_magyar_ido",
        "hu",
        ("Balogh Judit", "balogh.judit@gyori-szoftver.example"),
        "Online interjú",
        sent,
        "Hungarian zone words: 'március 12-én, pénteken 14.30-kor (magyar idő szerint)'.",
        inv(st, zone=BUD),
        "Kedves Alex!\n\nAz online interjút március 12-én, pénteken 14.30-kor (magyar idő "
        "szerint) tartjuk Teamsen. A linket előző nap küldöm.\n\nÜdvözlettel:\nBalogh Judit\n",
    )
    sent = at(2027, 3, 5, 10, 0, KUL)
    st = at(2027, 3, 15, 15, 0, KUL, "Mon")
    yield case(
        f,
        "ms_waktu_malaysia",
        "ms",
        ("Farah Nabilah", "farah.nabilah@penang-semikon.example"),
        "Temu duga dalam talian",
        sent,
        "Malay zone words: 'Isnin, 15 Mac 2027, pukul 3 petang waktu Malaysia'.",
        inv(st, zone=KUL),
        "Salam Alex,\n\nTemu duga dalam talian anda ditetapkan pada hari Isnin, 15 Mac 2027, "
        "pukul 3 petang waktu Malaysia melalui Microsoft Teams.\n\nTerima kasih,\nFarah "
        "Nabilah\nPenang Semikon Sdn. Bhd.\n",
    )
    sent = at(2027, 3, 5, 16, 0, TLL)
    st = at(2027, 3, 11, 13, 0, TLL, "Thu")
    yield case(
        f,
        "et_pealkirjas",
        "et",
        ("Triin Kask", "triin.kask@narva-metall.example"),
        "Vestlus N 11.03 kell 13",
        sent,
        "The slot only in the subject 'N 11.03 kell 13' (N = neljapäev); the body confirms it.",
        inv(st, sent=sent),
        "Tere!\n\nKinnitan aja (vt pealkiri). Kohtume Narva kontoris, Kreenholmi 2.\n\n"
        "Kohtumiseni!\nTriin\n",
    )
    sent = at(2027, 3, 5, 9, 0, CPH)
    st = at(2027, 3, 12, 11, 0, CPH, "Fri")
    yield case(
        f,
        "da_ps_tidspunkt",
        "da",
        ("Camilla Holm", "camilla.holm@roskilde-bryg.example"),
        "Samtale hos Roskilde Bryg",
        sent,
        "The slot only in a P.S.: 'fredag d. 12. marts kl. 11.00 – jeg glemte at skrive det ovenfor'.",
        inv(st, sent=sent),
        "Hej Alex\n\nTak for din ansøgning som brygmester. Vi vil rigtig gerne se dig til en "
        "samtale på bryggeriet.\n\nMvh\nCamilla Holm\n\nPS: Tidspunktet er fredag d. 12. marts "
        "kl. 11.00 – jeg glemte at skrive det ovenfor.\n",
    )
    sent = at(2027, 3, 9, 12, 0, BUC)
    st = at(2027, 3, 18, 15, 0, BER, "Thu")
    yield case(
        f,
        "ro_ora_berlinului",
        "ro",
        ("Simona Georgescu", "simona.georgescu@rhein-tech-romania.example"),
        "Interviu cu echipa din Germania",
        sent,
        "Cross-border zone words: 'joi, 18 martie, la ora 15:00 (ora Berlinului)' sent from Bucharest (+02:00); 16:00 in Bucharest.",
        inv(st, zone=BER),
        "Bună ziua, Alex,\n\nInterviul cu echipa din München va avea loc joi, 18 martie, la "
        "ora 15:00 (ora Berlinului), pe Teams.\n\nSucces!\nSimona Georgescu\nRhein Tech "
        "Romania\n",
    )
    sent = at(2027, 3, 4, 10, 0, HEL)
    yield case(
        f,
        "fi_vaihtoehdot_otsikossa",
        "fi",
        ("Mikko Salminen", "mikko.salminen@pirkka-rakennus.example"),
        "Haastatteluaika: ti 9.3. klo 10, 12 vai 14?",
        sent,
        "Look-alike: three options in the subject, the body asks which suits.",
        NEG,
        "Hei Alex,\n\nmikä näistä sopisi sinulle? Vastaa vaikka pelkällä kellonajalla.\n\nt. "
        "Mikko\n",
    )


def mixlang39() -> Iterator[Case]:
    f = "mixlang39"
    sent = at(2027, 3, 15, 18, 30, KOL)
    st = at(2027, 3, 16, 11, 0, KOL, "Tue")
    yield case(
        f,
        "hinglish_kal_subah",
        "hi-Latn",
        ("Rohit Sharma", "rohit.sharma@noida-techserv.example"),
        "Interview kal",
        sent,
        "Hinglish: 'kal subah 11 baje' (tomorrow morning at 11) from a Monday evening.",
        inv(st, sent=sent),
        "Hi Alex,\n\nAapka interview kal subah 11 baje fix hua hai, Sector 62 office mein. "
        "Reception pe mera naam bata dena.\n\nThanks,\nRohit\n",
    )
    sent = at(2027, 3, 15, 12, 0, KOL)
    st = at(2027, 3, 18, 15, 30, KOL, "Thu")
    yield case(
        f,
        "hinglish_thursday_ko",
        "hi-Latn",
        ("Neha Gupta", "neha.gupta@pune-analytics.example"),
        "Teams call Thursday",
        sent,
        "Hinglish: 'Thursday ko 3:30 PM pe Teams call hai' from a Monday.",
        inv(st, sent=sent),
        "Hello Alex,\n\nThursday ko 3:30 PM pe Teams call hai hiring manager ke saath, link neeche "
        "hai. Please 5 min pehle join kar lena.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Pq7@thread.v2/0\n\n"
        "Regards,\nNeha\n",
    )
    sent = at(2027, 3, 16, 10, 0, KOL)
    st = at(2027, 3, 19, 14, 30, KOL, "Fri")
    yield case(
        f,
        "hindi_dopahar",
        "hi",
        ("अमित कुमार", "amit.kumar@jaipur-handloom.example"),
        "इंटरव्यू शुक्रवार को",
        sent,
        "Hindi with English words: '19 मार्च (शुक्रवार) को दोपहर 2:30 बजे'.",
        inv(st, sent=sent),
        "नमस्ते एलेक्स,\n\nआपका इंटरव्यू 19 मार्च (शुक्रवार) को दोपहर 2:30 बजे हमारे जयपुर ऑफिस "
        "में है। अपना resume और ID proof साथ लाएँ।\n\nधन्यवाद,\nअमित कुमार\nHR, जयपुर हैंडलूम\n",
    )
    sent = at(2027, 3, 16, 14, 0, MNL)
    st = at(2027, 3, 23, 10, 0, MNL, "Tue")
    yield case(
        f,
        "taglish_sched",
        "tl",
        ("Kristine Reyes", "kristine.reyes@bgc-fintech.example"),
        "Final interview sched",
        sent,
        "Taglish: 'Martes, March 23, 10AM sa office namin sa BGC'.",
        inv(st, sent=sent),
        "Hi Alex!\n\nSched natin ng final interview: Martes, March 23, 10AM sa office namin sa "
        "BGC, 12th floor. Dala ka lang ng valid ID ha.\n\nThanks!\nKristine\n",
    )
    sent = at(2027, 3, 17, 16, 0, MNL)
    st = at(2027, 3, 18, 15, 0, MNL, "Thu")
    yield case(
        f,
        "taglish_bukas_alas_tres",
        "tl",
        ("Mark Villanueva", "mark.villanueva@makati-bpo.example"),
        "Re: Interview",
        sent,
        "Taglish: 'bukas ng alas-tres ng hapon' (tomorrow at three in the afternoon) from a Wednesday.",
        inv(st, sent=sent),
        "Hello Alex,\n\nOkay na, see you bukas ng alas-tres ng hapon sa Makati office. Hanapin "
        "mo lang ako sa lobby.\n\nMark\n",
    )
    sent = at(2027, 3, 17, 9, 0, NBO)
    st = at(2027, 3, 24, 10, 0, NBO, "Wed")
    yield case(
        f,
        "sw_saa_nne_asubuhi",
        "sw",
        ("Brian Otieno", "brian.otieno@nairobi-agritech.example"),
        "Interview yako",
        sent,
        "Swahili with English: 'Jumatano tarehe 24 Machi 2027, saa 4 asubuhi' (the fourth hour of the morning is 10:00).",
        inv(st, sent=sent),
        "Sasa Alex,\n\nInterview yako ni Jumatano tarehe 24 Machi 2027, saa 4 asubuhi, pale "
        "ofisini Westlands. Usichelewe bana!\n\nBrian\n",
    )
    sent = at(2027, 3, 18, 11, 0, KUL)
    st = at(2027, 3, 25, 14, 30, KUL, "Thu")
    yield case(
        f,
        "manglish_khamis",
        "ms",
        ("Jason Tan", "jason.tan@bangsar-digital.example"),
        "Interview next week",
        sent,
        "Manglish: 'Khamis 25/3 at 2.30pm, kat office Bangsar ya'.",
        inv(st, sent=sent),
        "Hi Alex,\n\nInterview on Khamis 25/3 at 2.30pm, kat office Bangsar ya. Parking "
        "susah sikit, better naik LRT.\n\nCheers,\nJason\n",
    )
    sent = at(2027, 3, 19, 10, 0, JKT)
    st = at(2027, 3, 26, 13, 0, JKT, "Fri")
    yield case(
        f,
        "jaksel_jam_satu_siang",
        "id",
        ("Kevin Santoso", "kevin.santoso@jaksel-startup.example"),
        "Interview Jumat",
        sent,
        "Jakarta Indonesian with English: 'hari Jumat 26/3 jam 1 siang ya, via GMeet' (1 p.m.).",
        inv(st, sent=sent),
        "Hi Alex,\n\nInterview-nya hari Jumat 26/3 jam 1 siang ya, via GMeet. Nanti aku share "
        "link-nya H-1. Thanks!\n\nKevin\n",
    )
    sent = at(2027, 3, 15, 17, 0, KOL)
    yield case(
        f,
        "hinglish_kab_free",
        "hi-Latn",
        ("Rohit Sharma", "rohit.sharma@noida-techserv.example"),
        "Slot for interview",
        sent,
        "Look-alike: 'Kal ya parso kab free ho?' asks the reader for a slot; none is set.",
        NEG,
        "Hi Alex,\n\nKal ya parso kab free ho? Batao toh 11 baje ya 4 baje wala slot fix kar "
        "dete hain.\n\nRohit\n",
    )


BUILDERS = [
    agencylong39,
    splitline39,
    clockword39,
    relday39,
    publicnotice39,
    univ39,
    signoise39,
    moveone39,
    subjectps39,
    mixlang39,
]


FIGURES = (
    "Measured with the wave's quick.py (bench_parse's comparison). First sight, parser at main "
    "a0489e5b: dev text 59 of 66 right (49 sure), 3 of 8 look-alikes claimed (a Czech written "
    "test, a Romanian results notice with an appeal deadline, options in a Finnish subject); "
    "held out text 16 of 27, 1 of 4 claimed. Wrong dev readings: 'Kamis minggu ini' read as "
    "Sunday, a Ukrainian date whose bracketed weekday after 'року' moved it a week early, "
    "Czech and Hungarian one-sentence moves read at the old slot, 'ora Berlinului' read at "
    "Bucharest's offset. After the branch's rules: dev text 66 of 66, 0 of 8 claimed; held "
    "out unchanged (16 of 27, 1 of 4): its misses are hours in words and code-switched "
    "notes, which no dev file shows. The agencylong39 Indonesian mail borrows the etamrin "
    "field labels that negs30c's etamrin30 family renders as the app's own mail."
)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    lines = [
        "# Provenance of the prose39 batch (`build_prose39.py`)",
        "",
        "Invitations without a calendar part typed by recruiters, agency consultants, hiring "
        "managers, small firms, universities and public employers, in languages and shapes the "
        "corpus covered thinly, with look-alikes in the same voices. The hand-written text is "
        "ours; people, companies, bodies, numbers and addresses are made up. Public-sector and "
        "university mails follow the procedure and fields that the cited statutes and public "
        "job portals set for an invitation to the interview (statutes are public texts; no "
        "wording copied). One Indonesian agency mail follows the field layout of a public "
        "recruiting app's template (cited below; layout only). Labels were written from the "
        "datetimes the text is rendered from, before the parser was run.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ". Held-out families (random.Random('prose39 coin').sample of the sorted names, k=3, "
        f"before anything was measured): {', '.join(held)}; their files are not listed here.",
        "",
        "Label policy as in the corpus README: an itinerary's start is its first session "
        "(no single end); an interview's start is never the arrival time written before it; a "
        "move with the old and the new slot is a `reschedule` at the new slot; a weekday "
        "corrected in a P.S. takes the corrected reading; '- selesai' (until done) and "
        "approximate lengths give no end.",
        "",
        "Sources: " + PUBLIC + " | " + ACADEMIC + " | " + AGENCY_ID,
        "",
        FIGURES,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose39.py`.",
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
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose39.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
