# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "negs30b" batch: recruiting look-alikes in thinly covered languages, with controls.

Run: .venv/bin/python tests/parsing/corpus/build_negs30b.py

Mail from recruiters, HR teams and job platforms in twenty languages the corpus holds few
files of (bn, ta, te, mr, ur, ne, si, ms, sw, am, az, kk, ka, hy, mk, sq, cy, ga, mt, lv, lt,
sk), written the way recruiting mail is written there: English recruiting words inside the
local sentence ('interview', 'walk-in', 'offer letter', 'available'), local clock styles
('সকাল ১১টায়', 'காலை 10 மணிக்கு', 'පෙ.ව. 10.00ට', 'saa nne asubuhi', Ethiopian hours
'ከጠዋቱ 4:00 ሰዓት', '14.30 val.', 'plkst. 14.00', 'fl-10:00', '2 o'r gloch'). Every mail is
recruiting-adjacent and names a future (or recent) day and time, but only the controls fix
an interview slot for the reader: application receipts promising contact by a date,
rejections naming the past interview, offers naming the first working day and hour,
document and assessment deadlines, job fairs and walk-in drives for everyone, reminders to
book a slot, "are you available on X at Y?" questions, thank-you mails after the interview,
other candidates' schedules sent by mistake, job-board newsletters with event dates and a
recruiter's out-of-office reply naming the return.

No public template of the platforms whose voice is imitated (BDJobs, Naukri, JobStreet,
Rozee, topjobs.lk, BrighterMonday, hh.kz, CV.lt, publicjobs.ie) could be found in the
search tools' stores (only a compiled Naukri profile mailer, which sets no date), so all text
is hand-written for this corpus. Labels were written from the datetimes the text is rendered
from (weekday names checked against the date) before the parser was run on any message; the
split was fixed before then too. Helpers follow build_negs28.py (mail helpers of
build_parse-pos.py). Output is deterministic; the script deletes or writes only files of
its own families.
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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
HAND = (
    "hand-written; recruiting mail typed for this corpus from memory of how recruiters, HR "
    "teams and job boards in these countries write (no public template of BDJobs, Naukri, "
    "JobStreet, Rozee, topjobs.lk, BrighterMonday, hh.kz, CV.lt or publicjobs.ie was found "
    "in the search stores), no third-party text copied; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "nbreceipt30": "dev",
    "nbregret30": "dev",
    "nboffer30": "dev",
    "nbdeadline30": "dev",
    "nbdrive30": "dev",
    "nbslot30": "dev",
    "nbafter30": "dev",
    "nbctrl30": "dev",
    "nbnewsho30": "heldout",
    "nbmixho30": "heldout",
    "nbctrlho30": "heldout",
}

SOURCES = {
    "nbreceipt30": "Application receipts that promise contact (or a shortlist) by a date, with office hours or a later interview week (bn, ms, sw, az, lv, mk, cy).",
    "nbregret30": "Rejections that name the interview already held, day and hour (te, ur, ne, am, kk, lt, sq).",
    "nboffer30": "Offers naming the first working day and the hour to report, and a deadline to sign (mr, si, ms, ka, hy, mt, sk).",
    "nbdeadline30": "Document-upload and online-assessment deadlines with a clock time (bn, ur, sw, az, lv, ga).",
    "nbdrive30": "Job fairs and walk-in drives open to everyone, with day and hours (ta, te, ne, ms, am, mk).",
    "nbslot30": "Reminders to book an interview slot (none fixed) and recruiters asking whether the reader is available on a day at an hour (bn, mr, si, kk, sq, cy, lt).",
    "nbafter30": "Thank-you mails after the interview, recruiters' out-of-office replies naming the return, other candidates' schedules sent by mistake (ta, ka, hy, mt, lv, sk, az).",
    "nbctrl30": "Controls: interview slots fixed for the reader in the same voices, text only (bn, ta, ur, ne, ms, sw, az, ka, mk, lv).",
    "nbnewsho30": "Job-board newsletters with webinar and fair dates, and an out-of-office reply (ur, si, sw, lt, hy, kk).",
    "nbmixho30": "Mixed look-alikes: availability question, another candidate's schedule forwarded, rejection, receipt, offer, walk-in drive, thank-you, document deadline (te, mr, ga, mt, sq, bn, cy, ms).",
    "nbctrlho30": "Controls: interview slots fixed for the reader, text only (te, si, am, kk, mt).",
}

DHAKA, KOLKATA, KARACHI, KATHMANDU, COLOMBO = (
    "Asia/Dhaka",
    "Asia/Kolkata",
    "Asia/Karachi",
    "Asia/Kathmandu",
    "Asia/Colombo",
)
KL, NAIROBI, ADDIS, BAKU, ALMATY, TBILISI, YEREVAN = (
    "Asia/Kuala_Lumpur",
    "Africa/Nairobi",
    "Africa/Addis_Ababa",
    "Asia/Baku",
    "Asia/Almaty",
    "Asia/Tbilisi",
    "Asia/Yerevan",
)
SKOPJE, TIRANA, LONDON, DUBLIN, MALTA, RIGA, VILNIUS, BRATISLAVA = (
    "Europe/Skopje",
    "Europe/Tirane",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Malta",
    "Europe/Riga",
    "Europe/Vilnius",
    "Europe/Bratislava",
)

# the reader, named as a local job seeker would be
READER = {
    "bn": ("Tanvir Ahmed", "tanvir.ahmed@mailbox.example"),
    "ta": ("Priya Ramasamy", "priya.ramasamy@mailbox.example"),
    "te": ("Sai Kiran Reddy", "saikiran.reddy@mailbox.example"),
    "mr": ("Sneha Kulkarni", "sneha.kulkarni@mailbox.example"),
    "ur": ("Ayesha Siddiqui", "ayesha.siddiqui@mailbox.example"),
    "ne": ("Sabin Shrestha", "sabin.shrestha@mailbox.example"),
    "si": ("Nadeesha Perera", "nadeesha.perera@mailbox.example"),
    "ms": ("Nurul Aina Ismail", "nurulaina.ismail@mailbox.example"),
    "sw": ("Wanjiru Kamau", "wanjiru.kamau@mailbox.example"),
    "am": ("Selam Tesfaye", "selam.tesfaye@mailbox.example"),
    "az": ("Leyla Məmmədova", "leyla.mammadova@mailbox.example"),
    "kk": ("Айгерім Серікқызы", "aigerim.serikkyzy@mailbox.example"),
    "ka": ("Nino Beridze", "nino.beridze@mailbox.example"),
    "hy": ("Anush Hakobyan", "anush.hakobyan@mailbox.example"),
    "mk": ("Марија Стојановска", "marija.stojanovska@mailbox.example"),
    "sq": ("Erion Hoxha", "erion.hoxha@mailbox.example"),
    "cy": ("Ffion Roberts", "ffion.roberts@mailbox.example"),
    "ga": ("Aoife Ní Bhriain", "aoife.nibhriain@mailbox.example"),
    "mt": ("Daniela Borg", "daniela.borg@mailbox.example"),
    "lv": ("Elīna Ozola", "elina.ozola@mailbox.example"),
    "lt": ("Gabrielė Jankauskaitė", "gabriele.jankauskaite@mailbox.example"),
    "sk": ("Zuzana Kováčová", "zuzana.kovacova@mailbox.example"),
}

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
DEVA_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def bn(value: object) -> str:
    return str(value).translate(BN_DIGITS)


def deva(value: object) -> str:
    return str(value).translate(DEVA_DIGITS)


def when(y: int, mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A time, checked against the weekday the text names."""
    return at(y, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


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
) -> Case:
    """One direct text mail to the local reader; without a label a non-invitation."""
    raw = mail(
        f"negs30b/{family}/{name}",
        sender=sender,
        to=READER[lang],
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
    days: tuple[tuple[int, int, int, str], ...] = (),
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for y, mo, d, wd in days:
        chk(y, mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text)


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


# --------------------------------------------------------------------------------------


def nbreceipt30() -> Iterator[Case]:
    f = "nbreceipt30"
    yield neg(
        f,
        "abedon_prapti",
        "bn",
        ("HR Department - Meghna Agro Foods Ltd.", "hr@meghna-agro.example"),
        "আবেদন প্রাপ্তি স্বীকার - Management Trainee Officer (MTO)",
        sent_on(11, 30, 17, DHAKA),
        "Look-alike: a Dhaka employer acknowledges an application; shortlisted candidates will be contacted by ১৫ ডিসেম্বর, office hours সকাল ৯টা – বিকাল ৫টা.",
        "প্রিয় আবেদনকারী,\n\nMeghna Agro Foods Ltd.-এর Management Trainee Officer (MTO) পদে আবেদন করার জন্য আপনাকে ধন্যবাদ। আপনার আবেদনটি আমরা সফলভাবে পেয়েছি।\n\nআবেদনপত্র যাচাই-বাছাই চলছে। শুধুমাত্র shortlisted প্রার্থীদের সাথে ১৫ ডিসেম্বর ২০২৬ (মঙ্গলবার)-এর মধ্যে ফোন বা SMS-এর মাধ্যমে যোগাযোগ করা হবে। Written test ও interview-এর তারিখ পরে জানানো হবে।\n\nকোনো প্রশ্ন থাকলে অফিস সময়ে (রবি–বৃহস্পতি, সকাল ৯টা – বিকাল ৫টা) ০১৭১১-০০০০০০ নম্বরে যোগাযোগ করুন।\n\nধন্যবাদান্তে,\nমানবসম্পদ বিভাগ\nMeghna Agro Foods Ltd., তেজগাঁও, ঢাকা",
        ((2026, 12, 15, "Tue"),),
    )
    yield neg(
        f,
        "permohonan_diterima",
        "ms",
        ("Talent Acquisition - Sinar Logistik Sdn Bhd", "careers@sinarlogistik.example"),
        "Permohonan Diterima: Eksekutif Operasi Gudang (Shah Alam)",
        sent_on(12, 1, 10, KL),
        "Look-alike: a Malaysian employer confirms an application; shortlisted candidates contacted before Jumaat, 11 Disember, office hours 9.00 pagi – 6.00 petang.",
        "Hi Nurul Aina,\n\nTerima kasih kerana memohon jawatan Eksekutif Operasi Gudang di Sinar Logistik Sdn Bhd. Permohonan anda telah kami terima.\n\nPasukan kami sedang menyemak semua permohonan. Sekiranya anda disenarai pendek, kami akan menghubungi anda sebelum Jumaat, 11 Disember 2026 untuk menetapkan tarikh temu duga. Jika tiada maklum balas selepas tarikh tersebut, anggaplah permohonan anda tidak berjaya kali ini.\n\nSebarang pertanyaan boleh dibuat semasa waktu pejabat (Isnin – Jumaat, 9.00 pagi – 6.00 petang).\n\nTerima kasih,\nTalent Acquisition Team\nSinar Logistik Sdn Bhd",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "maombi_yamepokelewa",
        "sw",
        ("Rasilimali Watu - Tumaini Health Trust", "ajira@tumaini-health.example"),
        "Maombi yako yamepokelewa - Afisa wa Takwimu (Kisumu)",
        sent_on(12, 2, 9, NAIROBI),
        "Look-alike: a Kenyan NGO acknowledges an application; shortlisted candidates will hear before Ijumaa 18 Desemba and interviews take place in the first week of January.",
        "Habari Wanjiru,\n\nAsante kwa kutuma maombi ya nafasi ya Afisa wa Takwimu (Data Officer) katika Tumaini Health Trust. Tumepokea maombi yako.\n\nKutokana na idadi kubwa ya maombi, ni walioteuliwa pekee (shortlisted candidates) watakaowasiliana nao kabla ya Ijumaa, tarehe 18 Desemba 2026. Usaili unatarajiwa kufanyika wiki ya kwanza ya Januari 2027 mjini Kisumu.\n\nTafadhali usitume maombi mara ya pili.\n\nKila la heri,\nIdara ya Rasilimali Watu\nTumaini Health Trust",
        ((2026, 12, 18, "Fri"),),
    )
    yield neg(
        f,
        "muraciet_qebul",
        "az",
        ("Xəzər Bank - İnsan Resursları", "hr@xezerbank.example"),
        "Müraciətiniz qəbul edildi: Kredit mütəxəssisi",
        sent_on(12, 1, 15, BAKU),
        "Look-alike: a Baku bank confirms an application; candidates passing the first stage will be contacted by 14 dekabr 2026, 18:00.",
        'Hörmətli Leyla xanım,\n\n"Kredit mütəxəssisi" vakansiyasına göstərdiyiniz marağa görə təşəkkür edirik. Müraciətiniz qəbul edilib və hazırda baxılır.\n\nİlkin seçimdən keçən namizədlərlə 14 dekabr 2026-cı il, saat 18:00-dək telefon və ya e-poçt vasitəsilə əlaqə saxlanılacaq və müsahibənin vaxtı razılaşdırılacaq.\n\nHörmətlə,\nİnsan Resursları Departamenti\nXəzər Bank ASC',
    )
    yield neg(
        f,
        "pieteikums_sanemts",
        "lv",
        ("Personāla atlase | Daugava Energo", "atlase@daugava-energo.example"),
        "Jūsu pieteikums ir saņemts - Projektu koordinators",
        sent_on(11, 30, 11, RIGA),
        "Look-alike: a Riga employer acknowledges an application; results by 2026. gada 11. decembrim plkst. 17.00, interviews to be agreed.",
        "Labdien, Elīna!\n\nPaldies par pieteikumu Projektu koordinatora amatam uzņēmumā Daugava Energo. Jūsu CV esam saņēmuši.\n\nPieteikumu izvērtēšanu pabeigsim līdz 2026. gada 11. decembrim plkst. 17.00. Ar atlasītajiem kandidātiem sazināsimies telefoniski, lai vienotos par intervijas laiku; pārējiem kandidātiem nosūtīsim e-pastu.\n\nAr cieņu\nPersonāla atlases komanda\nSIA Daugava Energo",
    )
    yield neg(
        f,
        "aplikacija_primena",
        "mk",
        ("Човечки ресурси - Вардар Софт", "karieri@vardarsoft.example"),
        "Вашата апликација е примена - Junior QA инженер",
        sent_on(12, 2, 12, SKOPJE),
        "Look-alike: a Skopje employer confirms an application and promises contact by петок, 11 декември, 16 часот.",
        "Почитувана Марија,\n\nВи благодариме за апликацијата за позицијата Junior QA инженер во Вардар Софт. Вашата апликација е успешно примена.\n\nНашиот тим ги разгледува сите апликации. Доколку сте избрани за следниот круг, ќе ве контактираме најдоцна до петок, 11 декември, до 16 часот, за да договориме термин за интервју.\n\nСо почит,\nТимот за човечки ресурси\nВардар Софт ДООЕЛ, Скопје",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "cais_wedi_dod_i_law",
        "cy",
        ("Adnoddau Dynol - Cyngor Sir Caerwern", "swyddi@caerwern.example"),
        "Cydnabod eich cais: Swyddog Datblygu Cymunedol (cyf. CD-114)",
        sent_on(12, 1, 14, LONDON),
        "Look-alike: a Welsh council acknowledges an application; shortlisting on dydd Mercher 9 Rhagfyr, contact by 5pm dydd Gwener 11 Rhagfyr, interviews in the week beginning 4 Ionawr.",
        "Annwyl Ffion,\n\nDiolch am eich cais am swydd Swyddog Datblygu Cymunedol (cyf. CD-114). Mae eich cais wedi dod i law.\n\nBydd y panel yn llunio rhestr fer ddydd Mercher 9 Rhagfyr. Byddwn yn cysylltu â'r ymgeiswyr ar y rhestr fer erbyn 5pm ddydd Gwener 11 Rhagfyr. Cynhelir y cyfweliadau yn ystod yr wythnos yn dechrau 4 Ionawr 2027.\n\nOs na fyddwch wedi clywed gennym erbyn hynny, mae'n ddrwg gennym na fu eich cais yn llwyddiannus y tro hwn.\n\nCofion,\nTîm Adnoddau Dynol\nCyngor Sir Caerwern",
        ((2026, 12, 9, "Wed"), (2026, 12, 11, "Fri"), (2027, 1, 4, "Mon")),
    )


def nbregret30() -> Iterator[Case]:
    f = "nbregret30"
    yield neg(
        f,
        "interview_phalitam",
        "te",
        ("Talent Team - Godavari Infotech", "talent@godavari-infotech.example"),
        "మీ interview ఫలితం - Java Developer",
        sent_on(12, 4, 16, KOLKATA),
        "Look-alike: a Hyderabad employer declines after the interview held on 2 డిసెంబర్ బుధవారం ఉదయం 11 గంటలకు.",
        "ప్రియమైన సాయి కిరణ్ గారు,\n\n2 డిసెంబర్ బుధవారం ఉదయం 11 గంటలకు జరిగిన Java Developer interview కు హాజరైనందుకు ధన్యవాదాలు. మీ సమయానికి మేము కృతజ్ఞులం.\n\nదురదృష్టవశాత్తు, ఈసారి మేము ఇతర అభ్యర్థులతో ముందుకు వెళ్ళాలని నిర్ణయించుకున్నాము. మీ profile ను భవిష్యత్ openings కోసం మా database లో ఉంచుతాము.\n\nAll the best,\nTalent Acquisition Team\nGodavari Infotech Pvt. Ltd., హైదరాబాద్",
        ((2026, 12, 2, "Wed"),),
    )
    yield neg(
        f,
        "interview_natija",
        "ur",
        ("HR - Indus Textile Mills", "hr@indus-textile.example"),
        "انٹرویو کا نتیجہ - Assistant Manager Finance",
        sent_on(12, 2, 15, KARACHI),
        "Look-alike: a Pakistani employer declines after the interview held on 24 نومبر بروز منگل صبح 11 بجے.",
        "محترمہ عائشہ صدیقی صاحبہ،\n\nالسلام علیکم!\n\n24 نومبر بروز منگل صبح 11 بجے ہونے والے Assistant Manager Finance کے انٹرویو میں شرکت کا شکریہ۔\n\nافسوس کے ساتھ مطلع کیا جاتا ہے کہ اس مرتبہ آپ کا انتخاب نہیں ہو سکا۔ آپ کی CV ہمارے ریکارڈ میں محفوظ رہے گی اور آئندہ مناسب آسامی کی صورت میں رابطہ کیا جائے گا۔\n\nنیک خواہشات کے ساتھ،\nشعبہ انسانی وسائل\nانڈس ٹیکسٹائل ملز، فیصل آباد",
        ((2026, 11, 24, "Tue"),),
    )
    yield neg(
        f,
        "antarvarta_natija",
        "ne",
        ("मानव संसाधन - हिमालय फाइनान्स लिमिटेड", "hr@himalaya-finance.example"),
        "अन्तर्वार्ताको नतिजा सम्बन्धमा",
        sent_on(12, 1, 14, KATHMANDU),
        "Look-alike: a Kathmandu finance company declines after the interview held last बिहीबार (नोभेम्बर २६) दिउँसो २ बजे.",
        "आदरणीय सबिन श्रेष्ठज्यू,\n\nगत बिहीबार (नोभेम्बर २६) दिउँसो २ बजे भएको Relationship Officer पदको अन्तर्वार्तामा सहभागी हुनुभएकोमा धन्यवाद।\n\nखेदका साथ जानकारी गराउँछौं कि यस पटक हामी तपाईंलाई छनोट गर्न सकेनौं। भविष्यमा उपयुक्त पद खुलेमा तपाईंको CV पुनः विचार गरिनेछ।\n\nशुभकामनासहित,\nमानव संसाधन विभाग\nहिमालय फाइनान्स लिमिटेड, काठमाडौं",
        ((2026, 11, 26, "Thu"),),
    )
    yield neg(
        f,
        "qale_metyik_wutet",
        "am",
        ("የሰው ኃብት አስተዳደር - አባይ ኢንሹራንስ", "hr@abay-insurance.example"),
        "የቃለ መጠይቅ ውጤት - Claims Officer",
        sent_on(12, 3, 11, ADDIS),
        "Look-alike: an Addis Ababa insurer declines after the interview held last ማክሰኞ ዲሴምበር 1 at ከጠዋቱ 3:00 ሰዓት (Ethiopian hours, 9 AM).",
        "ውድ ሰላም ተስፋዬ፣\n\nባለፈው ማክሰኞ ዲሴምበር 1 ቀን 2026 ከጠዋቱ 3:00 ሰዓት ለClaims Officer የሥራ መደብ በተደረገው ቃለ መጠይቅ ላይ ስለተገኙ እናመሰግናለን።\n\nበዚህ ዙር ሌሎች ዕጩዎችን ለመምረጥ መወሰናችንን በአክብሮት እንገልጻለን። የእርስዎ CV ለወደፊት ክፍት የሥራ ቦታዎች በመዝገባችን ይቀመጣል።\n\nከሰላምታ ጋር፣\nየሰው ኃብት አስተዳደር\nአባይ ኢንሹራንስ አ.ማ.",
        ((2026, 12, 1, "Tue"),),
    )
    yield neg(
        f,
        "suhbat_natijesi",
        "kk",
        ("HR бөлімі - Дала Телеком", "hr@dala-telecom.example"),
        "Сұхбат нәтижесі туралы",
        sent_on(12, 4, 12, ALMATY),
        "Look-alike: an Almaty employer declines after the interview held on 2 желтоқсан at сағат 15:00.",
        "Құрметті Айгерім,\n\n2 желтоқсан күні сағат 15:00-де өткен «Маркетинг менеджері» лауазымына арналған сұхбатқа қатысқаныңыз үшін рахмет.\n\nӨкінішке қарай, бұл жолы біз басқа үміткерді таңдадық. Сіздің түйіндемеңізді кадр резервінде сақтаймыз және жаңа бос орын ашылғанда хабарласамыз.\n\nҚұрметпен,\nHR бөлімі\n«Дала Телеком» АҚ",
    )
    yield neg(
        f,
        "atsakymas_po_pokalbio",
        "lt",
        ("Atranka | Nemuno Baldai", "atranka@nemuno-baldai.example"),
        "Dėl atrankos į pardavimų vadybininko pareigas",
        sent_on(12, 3, 10, VILNIUS),
        "Look-alike: a Lithuanian employer declines after the interview held on gruodžio 1 d. 14.30 val.",
        "Laba diena, Gabriele,\n\ndėkojame, kad gruodžio 1 d. 14.30 val. dalyvavote pokalbyje dėl pardavimų vadybininko pareigų.\n\nDeja, šį kartą nusprendėme tęsti atranką su kitu kandidatu. Jūsų gyvenimo aprašymą, jei sutiksite, saugosime 12 mėnesių ir susisieksime atsiradus tinkamai pozicijai.\n\nLinkime sėkmės!\n\nPagarbiai\nUAB „Nemuno baldai“ personalo skyrius",
    )
    yield neg(
        f,
        "pergjigje_pas_intervistes",
        "sq",
        ("Burime Njerëzore - Adriatik Telecom", "rekrutim@adriatik-telecom.example"),
        "Rezultati i intervistës - Specialist i Shitjeve",
        sent_on(12, 4, 9, TIRANA),
        "Look-alike: an Albanian employer declines after the interview held të mërkurën, më 2 dhjetor, në orën 10:00.",
        "I nderuar z. Hoxha,\n\nJu faleminderit për intervistën e zhvilluar të mërkurën, më 2 dhjetor, në orën 10:00, për pozicionin Specialist i Shitjeve.\n\nFatkeqësisht, këtë herë kemi vendosur të vazhdojmë me një kandidat tjetër. CV-në tuaj do ta ruajmë në bazën tonë të të dhënave për mundësi të ardhshme.\n\nJu urojmë suksese!\n\nMe respekt,\nDepartamenti i Burimeve Njerëzore\nAdriatik Telecom sh.a., Tiranë",
        ((2026, 12, 2, "Wed"),),
    )


def nboffer30() -> Iterator[Case]:
    f = "nboffer30"
    yield neg(
        f,
        "offer_letter_rujhu",
        "mr",
        ("HR - Sahyadri Auto Components", "hr@sahyadri-auto.example"),
        "Offer Letter - Junior Accountant | रुजू होण्याबाबत",
        sent_on(12, 2, 13, KOLKATA),
        "Look-alike: a Pune employer's offer; joining on सोमवार, ४ जानेवारी २०२७, सकाळी ९:३० वाजता, sign the offer letter by ११ डिसेंबर.",
        "प्रिय स्नेहा कुलकर्णी,\n\nअभिनंदन! Junior Accountant पदासाठी आपली निवड झाली आहे. आपले Offer Letter सोबत जोडले आहे.\n\nरुजू होण्याची तारीख: सोमवार, ४ जानेवारी २०२७\nवेळ: सकाळी ९:३० वाजता\nठिकाण: HR विभाग, Sahyadri Auto Components, भोसरी MIDC, पुणे\n\nकृपया Offer Letter वर सही करून ११ डिसेंबरपर्यंत आम्हाला परत पाठवा. पहिल्या दिवशी आधार कार्ड, PAN कार्ड आणि शैक्षणिक प्रमाणपत्रांच्या मूळ प्रती सोबत आणाव्यात.\n\nशुभेच्छा,\nमनुष्यबळ विभाग\nSahyadri Auto Components Pvt. Ltd.",
        ((2027, 1, 4, "Mon"),),
    )
    yield neg(
        f,
        "pathweem_lipiya",
        "si",
        ("මානව සම්පත් අංශය - ලංකා ග්‍රීන් ටී", "hr@lankagreentea.example"),
        "පත්වීම් ලිපිය - Quality Assurance Executive",
        sent_on(12, 3, 10, COLOMBO),
        "Look-alike: a Colombo employer's offer; report for duty on 2027 ජනවාරි 4 සඳුදා පෙ.ව. 8.30ට.",
        "හිතවත් නදීෂා පෙරේරා මහත්මිය,\n\nQuality Assurance Executive තනතුර සඳහා ඔබ තෝරාගෙන ඇති බව සතුටින් දන්වා සිටිමු. පත්වීම් ලිපිය මේ සමඟ අමුණා ඇත.\n\nවැඩ භාරගත යුතු දිනය: 2027 ජනවාරි 4 සඳුදා\nවේලාව: පෙ.ව. 8.30ට\nස්ථානය: ප්‍රධාන කාර්යාලය, නාවල පාර, රාජගිරිය\n\nකරුණාකර දෙසැම්බර් 11 ට පෙර අත්සන් කළ පිටපතක් එවන්න. පළමු දිනයේ ජාතික හැඳුනුම්පත රැගෙන එන්න.\n\nස්තූතියි,\nමානව සම්පත් අංශය\nලංකා ග්‍රීන් ටී (පුද්) සමාගම",
        ((2027, 1, 4, "Mon"),),
    )
    yield neg(
        f,
        "surat_tawaran",
        "ms",
        ("Sumber Manusia - Permata Retail Bhd", "hr@permataretail.example"),
        "Surat Tawaran Pekerjaan: Penolong Pengurus Cawangan",
        sent_on(12, 2, 16, KL),
        "Look-alike: a Malaysian offer letter; first day Isnin, 4 Januari 2027, jam 8.30 pagi, acceptance by 10 Disember.",
        "Tahniah Nurul Aina!\n\nDengan sukacitanya kami menawarkan jawatan Penolong Pengurus Cawangan kepada anda. Surat tawaran rasmi dilampirkan.\n\nTarikh mula bertugas: Isnin, 4 Januari 2027\nMasa lapor diri: jam 8.30 pagi\nTempat: Ibu Pejabat Permata Retail, Jalan Ampang, Kuala Lumpur (sila ke kaunter HR di tingkat 3)\n\nSila tandatangani dan kembalikan surat tawaran sebelum 10 Disember 2026. Bawa salinan IC dan sijil akademik pada hari pertama.\n\nSekian, terima kasih.\nJabatan Sumber Manusia\nPermata Retail Berhad",
        ((2027, 1, 4, "Mon"),),
    )
    yield neg(
        f,
        "samsakhuris_shetavazeba",
        "ka",
        ("HR - ქართული ლოჯისტიკა", "hr@georgian-logistics.example"),
        "სამსახურის შეთავაზება - ლოჯისტიკის სპეციალისტი",
        sent_on(12, 3, 12, TBILISI),
        "Look-alike: a Tbilisi offer; the first working day is 2027 წლის 11 იანვარი, ორშაბათი, 10:00 საათი.",
        "ძვირფასო ნინო,\n\nმოხარულები ვართ, შემოგთავაზოთ ლოჯისტიკის სპეციალისტის პოზიცია კომპანიაში „ქართული ლოჯისტიკა“. ოფიციალური შეთავაზება თან ერთვის.\n\nსამსახურის დაწყების თარიღი: 2027 წლის 11 იანვარი, ორშაბათი\nმისვლის დრო: 10:00 საათი\nმისამართი: წერეთლის გამზ. 118, თბილისი (მიმღები)\n\nგთხოვთ, შეთავაზებაზე პასუხი გაგვიგზავნოთ 14 დეკემბრამდე.\n\nპატივისცემით,\nადამიანური რესურსების დეპარტამენტი",
        ((2027, 1, 11, "Mon"),),
    )
    yield neg(
        f,
        "ashkhatanqi_arajark",
        "hy",
        ("HR - Արարատ Ֆուդս", "hr@ararat-foods.example"),
        "Աշխատանքի առաջարկ - Հաշվապահ",
        sent_on(12, 4, 11, YEREVAN),
        "Look-alike: a Yerevan offer; first day 2027 թ. հունվարի 11-ին, երկուշաբթի, ժամը 09:30-ին.",
        "Հարգելի Անուշ,\n\nՈւրախ ենք Ձեզ առաջարկել Հաշվապահի պաշտոնը «Արարատ Ֆուդս» ՍՊԸ-ում։ Պաշտոնական առաջարկը կցված է։\n\nԱշխատանքի առաջին օրը՝ 2027 թ. հունվարի 11-ին, երկուշաբթի, ժամը 09:30-ին։\nՀասցե՝ Երևան, Արշակունյաց 42, գրասենյակ 5։\n\nԽնդրում ենք պատասխանել մինչև դեկտեմբերի 14-ը։\n\nՀարգանքով՝\nՄարդկային ռեսուրսների բաժին",
        ((2027, 1, 11, "Mon"),),
    )
    yield neg(
        f,
        "offerta_tax_xoghol",
        "mt",
        ("HR - Ħal Far Precision Ltd", "hr@halfar-precision.example"),
        "Offerta ta' impjieg - Technician tal-Manutenzjoni",
        sent_on(12, 2, 10, MALTA),
        "Look-alike: a Maltese offer; first day it-Tnejn 4 ta' Jannar 2027 fit-8:00 ta' filgħodu, signing by 11 ta' Diċembru.",
        "Għażiża Daniela,\n\nB'pjaċir ninfurmawk li ngħatajtlek il-pożizzjoni ta' Technician tal-Manutenzjoni. Il-kuntratt qed jintbagħat mal-email.\n\nL-ewwel jum tax-xogħol: it-Tnejn 4 ta' Jannar 2027\nĦin: fit-8:00 ta' filgħodu, ir-reception tal-Bini B\nPost: Ħal Far Industrial Estate, Birżebbuġa\n\nJekk jogħġbok iffirma u ibgħat lura l-kuntratt sal-Ġimgħa 11 ta' Diċembru. Iġib miegħek l-ID card u ż-żarbun tas-sigurtà.\n\nSaħħa,\nDipartiment tar-Riżorsi Umani\nĦal Far Precision Ltd",
        ((2027, 1, 4, "Mon"), (2026, 12, 11, "Fri")),
    )
    yield neg(
        f,
        "ponuka_prace",
        "sk",
        ("HR | Tatra Data s.r.o.", "hr@tatradata.example"),
        "Ponuka práce - Junior dátový analytik",
        sent_on(12, 3, 14, BRATISLAVA),
        "Look-alike: a Slovak offer; nástup pondelok 4. januára 2027 o 8:00 h, contract signing by 11. decembra.",
        "Dobrý deň, pani Kováčová,\n\ns potešením Vám ponúkame pozíciu Junior dátový analytik v spoločnosti Tatra Data s.r.o. Návrh pracovnej zmluvy nájdete v prílohe.\n\nNástup do práce: pondelok 4. januára 2027 o 8:00 h\nMiesto: recepcia, Mlynské nivy 12, Bratislava\n\nProsíme o podpísanie zmluvy do piatka 11. decembra. V prvý deň Vás čaká onboarding s tímom.\n\nS pozdravom\nHR oddelenie\nTatra Data s.r.o.",
        ((2027, 1, 4, "Mon"), (2026, 12, 11, "Fri")),
    )


def nbdeadline30() -> Iterator[Case]:
    f = "nbdeadline30"
    yield neg(
        f,
        "online_assessment_link",
        "bn",
        ("Recruitment Team - Padma Pharma", "recruitment@padma-pharma.example"),
        "Online Assessment লিংক - Medical Promotion Officer",
        sent_on(12, 3, 11, DHAKA),
        "Look-alike: an online test to finish by ১০ ডিসেম্বর ২০২৬, রাত ১১:৫৯; the interview date comes later.",
        "প্রিয় প্রার্থী,\n\nMedical Promotion Officer পদের প্রাথমিক বাছাইয়ে উত্তীর্ণ হওয়ায় আপনাকে অভিনন্দন। পরবর্তী ধাপে একটি Online Assessment দিতে হবে।\n\nলিংক: https://assess.padma-pharma.example/mpo-2026\nসময়সীমা: ১০ ডিসেম্বর ২০২৬ (বৃহস্পতিবার), রাত ১১:৫৯ এর মধ্যে\nপরীক্ষার সময়: ৬০ মিনিট (একবার শুরু করলে থামানো যাবে না)\n\nAssessment-এ উত্তীর্ণ প্রার্থীদের interview-এর তারিখ ও সময় পরে ইমেইলে জানানো হবে।\n\nশুভকামনা,\nRecruitment Team\nPadma Pharmaceuticals Ltd.",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "dastavezat_upload",
        "ur",
        ("Careers - Ravi Engineering", "careers@ravi-engineering.example"),
        "دستاویزات اپ لوڈ کرنے کی آخری تاریخ",
        sent_on(12, 3, 12, KARACHI),
        "Look-alike: upload documents by 9 دسمبر بروز بدھ شام 5 بجے; no interview is set.",
        "محترمہ عائشہ صدیقی،\n\nآپ کی درخواست اگلے مرحلے کے لیے منتخب ہو گئی ہے۔ براہ کرم اپنی درج ذیل دستاویزات 9 دسمبر بروز بدھ شام 5 بجے تک HR portal پر upload کر دیں:\n\n- CNIC کی کاپی (دونوں طرف)\n- آخری ڈگری اور transcript\n- تجربے کے سرٹیفکیٹ\n\nمقررہ وقت کے بعد موصول ہونے والی دستاویزات پر غور نہیں کیا جائے گا۔ انٹرویو کی تاریخ دستاویزات کی جانچ کے بعد بتائی جائے گی۔\n\nشکریہ،\nRecruitment Team\nراوی انجینئرنگ (پرائیویٹ) لمیٹڈ، لاہور",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "tathmini_mtandaoni",
        "sw",
        ("Talent Acquisition - Pwani Logistics", "talent@pwani-logistics.example"),
        "Tathmini ya mtandaoni: kamilisha kabla ya Jumatano",
        sent_on(12, 3, 10, NAIROBI),
        "Look-alike: finish an online assessment before Jumatano, 9 Desemba 2026, saa 23:59.",
        "Habari Wanjiru,\n\nHongera kwa kupita hatua ya kwanza ya uchaguzi wa nafasi ya Msimamizi wa Ghala (Mombasa).\n\nTafadhali kamilisha tathmini ya mtandaoni (online assessment) kupitia kiungo kilicho hapa chini kabla ya Jumatano, 9 Desemba 2026, saa 23:59. Tathmini inachukua takriban dakika 40.\n\nhttps://assess.pwani-logistics.example/ghala\n\nWatakaofaulu watajulishwa tarehe ya usaili baadaye.\n\nAsante,\nTimu ya Talent Acquisition\nPwani Logistics Ltd",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "test_tapshirigi",
        "az",
        ("İşə qəbul - Kaspi Soft", "hr@kaspisoft.example"),
        "Test tapşırığı: 8 dekabr saat 18:00-dək",
        sent_on(12, 2, 17, BAKU),
        "Look-alike: send a take-home test by 8 dekabr, saat 18:00; the interview follows only if it passes.",
        "Salam Leyla xanım,\n\nFrontend developer vakansiyası üzrə növbəti mərhələ test tapşırığıdır. Tapşırıq əlavə olunub.\n\nHazır işi 8 dekabr (çərşənbə axşamı) saat 18:00-dək bu e-poçta cavab olaraq göndərməyinizi xahiş edirik. Tapşırıq uğurla yerinə yetirilərsə, texniki müsahibə üçün sizinlə əlaqə saxlayacağıq.\n\nUğurlar,\nKaspi Soft işə qəbul komandası",
        ((2026, 12, 8, "Tue"),),
    )
    yield neg(
        f,
        "majas_darbs",
        "lv",
        ("Atlase | Baltic Retail Group", "atlase@balticretail.example"),
        "Praktiskais uzdevums - iesniegšana līdz 9. decembrim",
        sent_on(12, 2, 9, RIGA),
        "Look-alike: hand in a practical task by 2026. gada 9. decembrim plkst. 12.00.",
        "Labdien, Elīna!\n\nPaldies par interesi par mārketinga speciālista amatu. Nākamais atlases posms ir praktiskais uzdevums (pielikumā).\n\nLūdzam to iesniegt līdz 2026. gada 9. decembrim plkst. 12.00, atbildot uz šo e-pastu. Pēc uzdevumu izvērtēšanas ar labākajiem kandidātiem sazināsimies par interviju.\n\nAr cieņu\nBaltic Retail Group personāla atlase",
    )
    yield neg(
        f,
        "measunu_ar_line",
        "ga",
        ("Seirbhís Earcaíochta - Údarás na Gaeltachta", "earcaiocht@udaras-gaeltacht.example"),
        "Measúnú ar líne: Oifigeach Forbartha (Comórtas 2026/14)",
        sent_on(12, 1, 15, DUBLIN),
        "Look-alike: an online assessment to finish before 12 meán lae Dé Céadaoin 9 Nollaig 2026.",
        "A Aoife, a chara,\n\nGo raibh maith agat as iarratas a dhéanamh ar phost an Oifigigh Forbartha (Comórtas 2026/14).\n\nIs é an chéad chéim eile ná measúnú ar líne. Ní mór duit é a chríochnú roimh 12 meán lae Dé Céadaoin 9 Nollaig 2026. Glacann an measúnú thart ar 45 nóiméad.\n\nCuirfear na hiarrthóirí a éireoidh leo ar an ngearrliosta le haghaidh agallaimh níos déanaí.\n\nLe dea-ghuí,\nAn tSeirbhís Earcaíochta",
        ((2026, 12, 9, "Wed"),),
    )


def nbdrive30() -> Iterator[Case]:
    f = "nbdrive30"
    yield neg(
        f,
        "walkin_chennai",
        "ta",
        ("Kaveri BPO Services - Hiring", "hiring@kaveri-bpo.example"),
        "Walk-in Interview - Customer Support (Tamil & English) | 12 டிசம்பர்",
        sent_on(12, 4, 18, KOLKATA),
        "Look-alike: a walk-in drive open to all registered job seekers, 12 டிசம்பர் 2026 (சனிக்கிழமை) காலை 10 மணி முதல் மதியம் 3 மணி வரை.",
        "அன்புள்ள வேலை தேடுபவர்களே,\n\nKaveri BPO Services நிறுவனத்தில் Customer Support Executive பணிக்கான Walk-in Interview நடைபெற உள்ளது.\n\nநாள்: 12 டிசம்பர் 2026 (சனிக்கிழமை)\nநேரம்: காலை 10 மணி முதல் மதியம் 3 மணி வரை\nஇடம்: Kaveri BPO, 3வது மாடி, Olympia Tech Park, Guindy, சென்னை\nதகுதி: ஏதேனும் Degree, Tamil & English பேசும் திறன்\n\nResume-இன் இரண்டு நகல்கள் மற்றும் ஒரு அடையாள அட்டை கொண்டு வரவும். முன்பதிவு தேவையில்லை.\n\nநன்றி,\nHR Team, Kaveri BPO Services",
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "job_mela_vijayawada",
        "te",
        ("Krishna Jobs Portal", "alerts@krishnajobs.example"),
        "Mega Job Mela - 19 డిసెంబర్ శనివారం, విజయవాడ",
        sent_on(12, 5, 9, KOLKATA),
        "Look-alike: a job portal announces a mega job fair, 19 డిసెంబర్ 2026 శనివారం ఉదయం 9 గంటల నుండి సాయంత్రం 4 గంటల వరకు.",
        "నమస్కారం,\n\nనిరుద్యోగ యువత కోసం Mega Job Mela నిర్వహిస్తున్నాము. 30కి పైగా కంపెనీలు పాల్గొంటాయి.\n\nతేదీ: 19 డిసెంబర్ 2026, శనివారం\nసమయం: ఉదయం 9 గంటల నుండి సాయంత్రం 4 గంటల వరకు\nవేదిక: SRR College Grounds, మాచవరం, విజయవాడ\n\nఅర్హత: SSC, Inter, Degree, B.Tech, Diploma. Resume copies, certificates xerox తీసుకురండి. ప్రవేశం ఉచితం.\n\nKrishna Jobs Portal\nఈ mail వద్దనుకుంటే unsubscribe చేయండి.",
        ((2026, 12, 19, "Sat"),),
    )
    yield neg(
        f,
        "rojgar_mela",
        "ne",
        ("नेपाल रोजगार पोर्टल", "suchana@nepalrojgar.example"),
        "रोजगार मेला २०८३ - डिसेम्बर १२, शनिबार",
        sent_on(12, 4, 10, KATHMANDU),
        "Look-alike: a job portal's job-fair announcement, डिसेम्बर १२ शनिबार बिहान १० बजेदेखि बेलुका ४ बजेसम्म, on-the-spot interviews for everyone.",
        'नमस्कार,\n\nनेपाल रोजगार पोर्टलले आयोजना गरेको "रोजगार मेला २०८३" मा तपाईंलाई हार्दिक निमन्त्रणा छ।\n\nमिति: डिसेम्बर १२, २०२६ (शनिबार)\nसमय: बिहान १० बजेदेखि बेलुका ४ बजेसम्म\nस्थान: भृकुटीमण्डप, काठमाडौं\n\n५० भन्दा बढी कम्पनीहरूले स्थलगत अन्तर्वार्ता (on-the-spot interview) लिनेछन्। आफ्नो CV का प्रतिहरू साथमा ल्याउनुहोला। प्रवेश निःशुल्क।\n\nनेपाल रोजगार पोर्टल',
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "karnival_kerjaya",
        "ms",
        ("KerjayaKu Portal", "berita@kerjayaku.example"),
        "Karnival Kerjaya Johor Bahru - Sabtu, 12 Disember",
        sent_on(12, 3, 20, KL),
        "Look-alike: a career carnival with on-site walk-in interviews, Sabtu, 12 Disember 2026, 9.00 pagi – 5.00 petang.",
        "Salam sejahtera,\n\nJom hadir ke Karnival Kerjaya Johor Bahru 2026! Lebih 2,000 kekosongan jawatan daripada 60 majikan.\n\nTarikh: Sabtu, 12 Disember 2026\nMasa: 9.00 pagi – 5.00 petang\nTempat: Dewan Persada Johor, Johor Bahru\n\nTemu duga terbuka (walk-in interview) akan diadakan di tempat. Bawa resume dan salinan sijil. Kemasukan percuma.\n\nKerjayaKu Portal\nAnda menerima e-mel ini kerana melanggan berita kerjaya.",
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "yesira_auderiey",
        "am",
        ("ኢትዮ ሥራ ፖርታል", "news@ethiosira.example"),
        "የሥራ ዐውደ ርዕይ (Job Fair) - ቅዳሜ ዲሴምበር 12",
        sent_on(12, 4, 9, ADDIS),
        "Look-alike: a job fair for everyone, ቅዳሜ ዲሴምበር 12 ቀን 2026 ከጠዋቱ 2:30 ሰዓት ጀምሮ (Ethiopian hours, 8:30 AM).",
        "ውድ የኢትዮ ሥራ ተጠቃሚ፣\n\nዓመታዊው የሥራ ዐውደ ርዕይ (Job Fair) በቅርቡ ይካሄዳል። ከ40 በላይ ቀጣሪ ድርጅቶች ይሳተፋሉ።\n\nቀን፦ ቅዳሜ ዲሴምበር 12 ቀን 2026\nሰዓት፦ ከጠዋቱ 2:30 ሰዓት እስከ ከሰዓት በኋላ 10:00 ሰዓት\nቦታ፦ ሚሊኒየም አዳራሽ፣ አዲስ አበባ\n\nበቦታው ላይ አጭር ቃለ መጠይቆች ይደረጋሉ። CVዎን ይዘው ይምጡ። መግቢያ ነፃ ነው።\n\nኢትዮ ሥራ ፖርታል",
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "saem_za_vrabotuvanje",
        "mk",
        ("Агенција за вработување - Центар Скопје", "info@avrm-skopje.example"),
        "Саем за вработување - сабота, 12 декември",
        sent_on(12, 3, 11, SKOPJE),
        "Look-alike: a public employment agency's job fair, сабота, 12 декември 2026, од 10 до 15 часот, with short on-the-spot interviews.",
        "Почитувани,\n\nВе покануваме на Саемот за вработување што ќе се одржи во сабота, 12 декември 2026 година, од 10 до 15 часот, во Универзалната сала во Скопје.\n\nНа саемот ќе учествуваат над 40 работодавачи, кои ќе спроведуваат кратки интервјуа на лице место. Понесете неколку примероци од вашата биографија. Влезот е слободен.\n\nАгенција за вработување\nЦентар за вработување Скопје",
        ((2026, 12, 12, "Sat"),),
    )


def nbslot30() -> Iterator[Case]:
    f = "nbslot30"
    yield neg(
        f,
        "slot_book_reminder",
        "bn",
        ("Talent Acquisition - Jamuna Telecom", "ta@jamuna-telecom.example"),
        "Reminder: আপনার interview slot এখনো বুক করা হয়নি",
        sent_on(12, 5, 10, DHAKA),
        "Look-alike: a reminder to pick an interview slot by ৮ ডিসেম্বর; open slots ৯ ও ১০ ডিসেম্বর সকাল ১০টা থেকে বিকাল ৪টা, none fixed.",
        "প্রিয় তানভীর,\n\nআপনি Graduate Trainee (Network) পদের interview-এর জন্য নির্বাচিত হয়েছেন, কিন্তু এখনো কোনো slot বুক করেননি।\n\nনিচের লিংক থেকে ৮ ডিসেম্বর (মঙ্গলবার) রাত ১০টার মধ্যে আপনার সুবিধাজনক সময় বেছে নিন:\nhttps://book.jamuna-telecom.example/gt-network\n\nখালি slot: ৯ ও ১০ ডিসেম্বর, সকাল ১০টা থেকে বিকাল ৪টা (প্রতিটি ৩০ মিনিট)।\n\nসময়মতো বুক না করলে আপনার আবেদন বাতিল বলে গণ্য হবে।\n\nধন্যবাদ,\nTalent Acquisition Team\nJamuna Telecom Ltd.",
        ((2026, 12, 8, "Tue"),),
    )
    yield neg(
        f,
        "available_aahat_ka",
        "mr",
        ("Rucha Deshpande (Recruiter)", "rucha.deshpande@pragati-consult.example"),
        "Interview साठी गुरुवारी वेळ आहे का?",
        sent_on(12, 4, 12, KOLKATA),
        "Look-alike: a recruiter asks whether the reader is available on गुरुवार, १० डिसेंबरला दुपारी ३ वाजता; nothing fixed yet.",
        "नमस्कार स्नेहा,\n\nतुमचा CV client ला आवडला आहे. Hiring manager शी पहिल्या round साठी तुम्ही गुरुवारी, १० डिसेंबरला दुपारी ३ वाजता available आहात का?\n\nही वेळ जमत नसेल तर शुक्रवारी सकाळी कोणती वेळ सोयीची आहे ते कळवा. तुमचा confirmation मिळाल्यावर मी calendar invite पाठवते.\n\nधन्यवाद,\nरुचा देशपांडे\nPragati Consultants, पुणे",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "sahabhagi_wiya_hakida",
        "si",
        ("Recruitment - Serendib Systems", "careers@serendib-systems.example"),
        "සම්මුඛ පරීක්ෂණය සඳහා ඔබට පැමිණිය හැකිද?",
        sent_on(12, 3, 11, COLOMBO),
        "Look-alike: a recruiter asks whether the reader can come on 2026 දෙසැම්බර් 9 බදාදා ප.ව. 3.00ට and asks for confirmation.",
        "හිතවත් නදීෂා,\n\nSoftware Engineer තනතුර සඳහා ඔබගේ අයදුම්පත සලකා බැලීමෙන් පසු, ඔබව සම්මුඛ පරීක්ෂණයකට කැඳවීමට අපි කැමැත්තෙමු.\n\nඔබට 2026 දෙසැම්බර් 9 බදාදා ප.ව. 3.00ට පැමිණිය හැකිද? එම වේලාව අපහසු නම් කරුණාකර ඔබට ගැළපෙන වෙනත් වේලාවන් දෙකක් යොමු කරන්න. ඔබගේ පිළිතුර ලැබුණු පසු අපි වේලාව තහවුරු කරන්නෙමු.\n\nස්තූතියි,\nRecruitment Team\nSerendib Systems (Pvt) Ltd",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "uaqyt_tandau",
        "kk",
        ("Іріктеу тобы - Qazaq Agro", "hr@qazaqagro.example"),
        "Сұхбат уақытын таңдаңыз",
        sent_on(12, 3, 10, ALMATY),
        "Look-alike: book an interview time through a link by 9 желтоқсан; free times 10–11 желтоқсан, 10:00–17:00, nothing fixed.",
        "Сәлеметсіз бе, Айгерім!\n\nСіз «Агроном» лауазымы бойынша екінші кезеңге өттіңіз. Сұхбат уақытын төмендегі сілтеме арқылы 9 желтоқсанға дейін өзіңіз таңдаңыз:\n\nhttps://book.qazaqagro.example/agronom\n\nБос уақыттар: 10–11 желтоқсан, 10:00–17:00 аралығында (Алматы уақыты). Уақыт таңдалғаннан кейін растау хаты келеді.\n\nҚұрметпен,\nQazaq Agro іріктеу тобы",
    )
    yield neg(
        f,
        "a_jeni_i_disponueshem",
        "sq",
        ("Elona Dervishi - Talent Partner", "elona.dervishi@balkan-talent.example"),
        "Bisedë telefonike - a jeni i disponueshëm të enjten?",
        sent_on(12, 7, 9, TIRANA),
        "Look-alike: a recruiter asks whether the reader is available të enjten, më 10 dhjetor, në orën 11:00 and invites another proposal.",
        "Përshëndetje Erion,\n\nCV-ja juaj për pozicionin Backend Developer na la përshtypje të mirë. A jeni i disponueshëm të enjten, më 10 dhjetor, në orën 11:00 për një bisedë të shkurtër telefonike (rreth 20 minuta)?\n\nNëse ky orar nuk ju përshtatet, më propozoni një orar tjetër gjatë kësaj jave.\n\nMe respekt,\nElona Dervishi\nBalkan Talent Partners, Tiranë",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "ydych_chi_ar_gael",
        "cy",
        ("Gwenno Parry - Recriwtio Menai", "gwenno@recriwtio-menai.example"),
        "Cyfweliad - ydych chi ar gael ddydd Iau?",
        sent_on(12, 4, 15, LONDON),
        "Look-alike: a Welsh recruiter asks whether the reader is free ddydd Iau 10 Rhagfyr am 2 o'r gloch and offers the morning instead.",
        "Helo Ffion,\n\nDiolch am anfon eich CV. Hoffai'r cleient gynnal sgwrs gyntaf gyda chi. Ydych chi ar gael ddydd Iau 10 Rhagfyr am 2 o'r gloch y prynhawn? Os nad yw hynny'n gyfleus, mae bore dydd Gwener hefyd yn bosib.\n\nRhowch wybod i mi ac fe anfonaf y manylion llawn wedyn.\n\nCofion,\nGwenno Parry\nRecriwtio Menai, Bangor",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "registracijos_priminimas",
        "lt",
        ("Atrankos komanda | Baltic Shared Services", "atranka@bss.example"),
        "Priminimas: pasirinkite pokalbio laiką",
        sent_on(12, 4, 10, VILNIUS),
        "Look-alike: a reminder to pick an interview time before gruodžio 8 d. 12 val.; free times gruodžio 9–10 d. nuo 9 iki 16 val.",
        "Laba diena, Gabriele,\n\nprimename, kad dar neužsiregistravote pokalbiui dėl klientų aptarnavimo specialisto pareigų.\n\nLaisvų laikų kalendoriuje liko gruodžio 9–10 d. nuo 9 iki 16 val. Pasirinkite Jums tinkamą laiką iki gruodžio 8 d. 12 val.:\nhttps://book.bss.example/klientai\n\nPasirinkus laiką gausite patvirtinimą el. paštu.\n\nPagarbiai\nBaltic Shared Services atrankos komanda",
    )


def nbafter30() -> Iterator[Case]:
    f = "nbafter30"
    yield neg(
        f,
        "nandri_interview",
        "ta",
        ("HR - Kongu Textiles", "hr@kongu-textiles.example"),
        "இன்றைய interview-க்கு நன்றி",
        sent_on(12, 3, 16, KOLKATA),
        "Look-alike: a thank-you after this morning's interview (இன்று காலை 11 மணிக்கு); the decision comes by 14 டிசம்பர்.",
        "அன்புள்ள பிரியா,\n\nஇன்று காலை 11 மணிக்கு நடந்த Merchandiser பணிக்கான interview-ல் கலந்துகொண்டதற்கு மிக்க நன்றி. உங்கள் அனுபவம் பற்றி அறிந்ததில் மகிழ்ச்சி.\n\nஅனைத்து விண்ணப்பதாரர்களுடனும் interview முடிந்த பின், 14 டிசம்பர் (திங்கள்கிழமை) க்குள் முடிவைத் தெரிவிப்போம்.\n\nநன்றி,\nHR Team\nKongu Textiles, திருப்பூர்",
        ((2026, 12, 14, "Mon"),),
    )
    yield neg(
        f,
        "avtomaturi_pasukhi",
        "ka",
        ("თამარ ლომიძე (HR)", "tamar.lomidze@kavkaz-pharm.example"),
        "ავტომატური პასუხი: RE: გასაუბრების დრო",
        sent_on(12, 21, 9, TBILISI),
        "Look-alike: a recruiter's out-of-office reply; back on 2027 წლის 5 იანვარს, 10:00 საათიდან.",
        "გამარჯობა,\n\nგმადლობთ წერილისთვის. 2027 წლის 4 იანვრის ჩათვლით შვებულებაში ვიმყოფები და ელფოსტას ვერ ვამოწმებ.\n\nსამსახურში დავბრუნდები 5 იანვარს, სამშაბათს, 10:00 საათიდან. გადაუდებელ საკითხებზე, მათ შორის გასაუბრების დროსთან დაკავშირებით, მიმართეთ ჩემს კოლეგას, გიორგი კაპანაძეს: giorgi.kapanadze@kavkaz-pharm.example\n\nპატივისცემით,\nთამარ ლომიძე\nკავკაზ ფარმი, HR",
        ((2027, 1, 5, "Tue"),),
    )
    yield neg(
        f,
        "harcazruycneri_zhamanakacuyc",
        "hy",
        ("Գայանե Մելքոնյան - HR", "gayane.melkonyan@yerevan-tech.example"),
        "Վաղվա հարցազրույցների ժամանակացույց - Data Analyst",
        sent_on(12, 8, 17, YEREVAN),
        "Look-alike: the panel's schedule for tomorrow (10:00, 11:00, 12:00 with three other candidates) sent to the reader by mistake.",
        "Հարգելի գործընկերներ,\n\nՍտորև վաղվա՝ դեկտեմբերի 9-ի, չորեքշաբթի, Data Analyst պաշտոնի հարցազրույցների ժամանակացույցն է.\n\n10:00 — Արամ Սարգսյան\n11:00 — Լիլիթ Գրիգորյան\n12:00 — Դավիթ Պետրոսյան\n\nՀանձնաժողով՝ Ա. Մարտիրոսյան, Գ. Մելքոնյան։ Սենյակ՝ 3-րդ հարկ, «Արարատ» դահլիճ։ Խնդրում եմ նախապես ծանոթանալ թեկնածուների CV-ներին։\n\nՇնորհակալություն,\nԳայանե",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "barra_mill_ufficcju",
        "mt",
        ("Rebecca Camilleri - Talent Acquisition", "rebecca.camilleri@melita-gaming.example"),
        "Out of Office: Re: Intervista - Customer Support Agent",
        sent_on(12, 9, 11, MALTA),
        "Look-alike: a Maltese recruiter's out-of-office reply; back it-Tnejn 21 ta' Diċembru fid-9:00.",
        "Grazzi tal-email tiegħek.\n\nJien barra mill-uffiċċju sal-Ġimgħa 18 ta' Diċembru u m'għandix aċċess regolari għall-emails. Se nirritorna t-Tnejn 21 ta' Diċembru fid-9:00 u nwieġbek malajr kemm jista' jkun.\n\nGħal kwistjonijiet urġenti dwar intervisti, ikkuntattja lil talent@melita-gaming.example.\n\nThank you for your email. I am out of the office until Friday 18 December.\n\nRebecca Camilleri",
        ((2026, 12, 18, "Fri"), (2026, 12, 21, "Mon")),
    )
    yield neg(
        f,
        "intervijas_grafiks_kluda",
        "lv",
        ("Kristaps Liepiņš | Personāls", "kristaps.liepins@rigas-kafija.example"),
        "Intervijas 10. decembrī - grafiks komisijai",
        sent_on(12, 8, 16, RIGA),
        "Look-alike: the interview committee's schedule for 10. decembris (other candidates at 10.00, 11.00, 13.30) sent to the reader by mistake.",
        "Sveiki, kolēģi!\n\nNosūtu ceturtdienas, 10. decembra, interviju grafiku veikala vadītāja amatam:\n\nplkst. 10.00 - Jānis Kalniņš\nplkst. 11.00 - Laura Bērziņa\nplkst. 13.30 - Mārtiņš Ozols\n\nVieta: birojs Brīvības ielā 40, 2. stāva sanāksmju telpa. Lūdzu, izlasiet kandidātu CV līdz trešdienai.\n\nKristaps",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "dakujeme_za_pohovor",
        "sk",
        ("Martina Horváthová | HR", "martina.horvathova@vahtech.example"),
        "Ďakujeme za dnešný pohovor",
        sent_on(12, 7, 15, BRATISLAVA),
        "Look-alike: a thank-you after today's interview at 10:00; the result is promised by piatok 11. decembra.",
        "Dobrý deň, pani Kováčová,\n\nďakujeme za Váš čas na dnešnom pohovore o 10:00 na pozíciu účtovníčky. Rozhovor s Vami bol pre nás veľmi prínosný.\n\nO výsledku výberového konania Vás budeme informovať najneskôr do piatka 11. decembra.\n\nS pozdravom\nMartina Horváthová\nHR, Váh Tech a.s., Trenčín",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "mezuniyyetdeyem",
        "az",
        ("Nigar Əliyeva - HR", "nigar.aliyeva@azertrans.example"),
        "Avtomatik cavab: Müsahibə vaxtı",
        sent_on(12, 7, 10, BAKU),
        "Look-alike: an Azerbaijani recruiter's out-of-office reply; back 15 dekabr saat 09:00-dan.",
        "Salam,\n\nMəktubunuz üçün təşəkkür edirəm. 14 dekabra qədər məzuniyyətdəyəm və e-poçtlara cavab verə bilmirəm.\n\n15 dekabr (çərşənbə axşamı) saat 09:00-dan etibarən ofisdə olacağam. Təcili müsahibə məsələləri üçün hr@azertrans.example ünvanına yazın.\n\nHörmətlə,\nNigar Əliyeva\nAzərTrans MMC, İnsan Resursları",
        ((2026, 12, 15, "Tue"),),
    )


def nbctrl30() -> Iterator[Case]:
    f = "nbctrl30"
    s = when(2026, 12, 10, "Thu", 11, 0, DHAKA)
    yield ctl(
        f,
        "interview_nirdharito",
        "bn",
        ("HR - Karnaphuli Garments", "hr@karnaphuli-garments.example"),
        "Interview Call Letter - Merchandiser",
        sent_on(12, 3, 12, DHAKA),
        "Control: a Dhaka employer fixes the interview, বৃহস্পতিবার ১০ ডিসেম্বর ২০২৬ সকাল ১১টায়.",
        f"প্রিয় তানভীর আহমেদ,\n\nMerchandiser পদে আপনার আবেদনের প্রেক্ষিতে আপনাকে interview-এর জন্য নির্বাচিত করা হয়েছে।\n\nতারিখ: {bn(s.day)} ডিসেম্বর {bn(s.year)}, বৃহস্পতিবার\nসময়: সকাল {bn(s.hour)}টা\nস্থান: Karnaphuli Garments, বাড়ি ২৭, রোড ১১, গুলশান-১, ঢাকা\n\nঅনুগ্রহ করে নির্ধারিত সময়ের ১৫ মিনিট আগে উপস্থিত থাকবেন এবং CV, সকল সনদপত্রের ফটোকপি ও জাতীয় পরিচয়পত্র সাথে আনবেন।\n\nধন্যবাদান্তে,\nমানবসম্পদ বিভাগ\nKarnaphuli Garments Ltd.",
        s,
        None,
    )
    s = when(2026, 12, 9, "Wed", 14, 30, KOLKATA)
    yield ctl(
        f,
        "nerkanal_uruthi",
        "ta",
        ("Recruitment - Marina Fintech", "recruitment@marina-fintech.example"),
        "Interview Confirmation - Business Analyst | 9 டிசம்பர்",
        sent_on(12, 3, 11, KOLKATA),
        "Control: a Chennai employer fixes the interview, 9 டிசம்பர் 2026 (புதன்கிழமை) மதியம் 2:30 மணிக்கு IST, 45 நிமிடங்கள்.",
        "அன்புள்ள பிரியா,\n\nBusiness Analyst பணிக்கான உங்கள் நேர்காணல் உறுதி செய்யப்பட்டுள்ளது.\n\nநாள்: 9 டிசம்பர் 2026 (புதன்கிழமை)\nநேரம்: மதியம் 2:30 மணிக்கு (IST)\nகால அளவு: 45 நிமிடங்கள்\nMode: Google Meet - https://meet.example.com/mrf-ba-priya\n\nநேர்காணலுக்கு 10 நிமிடங்கள் முன்பே இணையவும்.\n\nநன்றி,\nRecruitment Team\nMarina Fintech Pvt. Ltd., சென்னை",
        s,
        45,
        zone=KOLKATA,
    )
    s = when(2026, 12, 10, "Thu", 15, 0, KARACHI)
    yield ctl(
        f,
        "interview_call",
        "ur",
        ("HR - Shalimar Foods", "hr@shalimar-foods.example"),
        "انٹرویو کال - Sales Officer",
        sent_on(12, 4, 10, KARACHI),
        "Control: a Lahore employer fixes the interview, جمعرات 10 دسمبر 2026 سہ پہر 3 بجے.",
        "محترمہ عائشہ صدیقی،\n\nآپ کو Sales Officer کی آسامی کے لیے انٹرویو کے لیے منتخب کیا گیا ہے۔ آپ کا انٹرویو جمعرات 10 دسمبر 2026 کو سہ پہر 3 بجے ہمارے ہیڈ آفس میں ہوگا۔\n\nپتہ: شالیمار فوڈز، 14-ایم، گلبرگ III، لاہور\n\nبراہ کرم اصل CNIC اور تعلیمی اسناد ساتھ لائیں اور وقت سے 15 منٹ پہلے تشریف لائیں۔\n\nشکریہ،\nشعبہ انسانی وسائل\nشالیمار فوڈز",
        s,
        None,
    )
    s = when(2026, 12, 8, "Tue", 11, 0, KATHMANDU)
    yield ctl(
        f,
        "antarvarta_suchana",
        "ne",
        ("मानव संसाधन - सगरमाथा बैंक", "hr@sagarmatha-bank.example"),
        "अन्तर्वार्ता सम्बन्धी सूचना - Junior Assistant",
        sent_on(12, 2, 13, KATHMANDU),
        "Control: a Kathmandu bank fixes the interview, मंगलबार, डिसेम्बर ८, २०२६ बिहान ११:०० बजे.",
        f"आदरणीय सबिन श्रेष्ठज्यू,\n\nJunior Assistant पदको लिखित परीक्षामा उत्तीर्ण हुनुभएकोमा बधाई छ। तपाईंको अन्तर्वार्ता निम्नानुसार तय गरिएको छ:\n\nमिति: मंगलबार, डिसेम्बर {deva(s.day)}, {deva(s.year)}\nसमय: बिहान {deva(s.hour)}:{deva(f'{s.minute:02d}')} बजे\nस्थान: केन्द्रीय कार्यालय, नक्साल, काठमाडौं\n\nकृपया नागरिकताको प्रमाणपत्र र शैक्षिक योग्यताका सक्कल प्रमाणपत्रहरू लिएर आउनुहोला।\n\nमानव संसाधन विभाग\nसगरमाथा बैंक लिमिटेड",
        s,
        None,
    )
    s = when(2026, 12, 9, "Wed", 10, 30, KL)
    yield ctl(
        f,
        "jemputan_temu_duga",
        "ms",
        ("Pengambilan - Cahaya Solar Sdn Bhd", "pengambilan@cahayasolar.example"),
        "Jemputan Temu Duga: Jurutera Projek",
        sent_on(12, 2, 15, KL),
        "Control: a Malaysian employer fixes a Teams interview, Rabu, 9 Disember 2026, jam 10.30 pagi hingga 11.15 pagi.",
        "Salam sejahtera Nurul Aina,\n\nTahniah! Anda disenarai pendek untuk jawatan Jurutera Projek. Temu duga anda telah ditetapkan seperti berikut:\n\nTarikh: Rabu, 9 Disember 2026\nMasa: jam 10.30 pagi hingga 11.15 pagi\nPlatform: Microsoft Teams (pautan akan dihantar oleh penyelaras)\nPanel: Ir. Hafiz Rahman, Pengurus Projek\n\nSila sahkan kehadiran anda dengan membalas e-mel ini.\n\nTerima kasih,\nUnit Pengambilan\nCahaya Solar Sdn Bhd",
        s,
        45,
    )
    s = when(2026, 12, 10, "Thu", 10, 0, NAIROBI)
    yield ctl(
        f,
        "mwaliko_usaili",
        "sw",
        ("HR - Baobab Microfinance", "hr@baobab-mfi.example"),
        "Mwaliko wa Usaili - Afisa wa Mikopo",
        sent_on(12, 3, 14, NAIROBI),
        "Control: a Nairobi lender fixes the interview, Alhamisi 10 Desemba 2026, saa nne asubuhi (10:00 AM).",
        "Habari Wanjiru,\n\nTunafurahi kukualika kwa usaili wa nafasi ya Afisa wa Mikopo (Credit Officer).\n\nSiku: Alhamisi, tarehe 10 Desemba 2026\nSaa: saa nne asubuhi (10:00 AM)\nMahali: Ofisi zetu, Westlands Square, ghorofa ya 4, Nairobi\n\nTafadhali fika dakika 15 mapema ukiwa na kitambulisho na vyeti vyako halisi.\n\nAsante,\nIdara ya Rasilimali Watu\nBaobab Microfinance",
        s,
        None,
    )
    s = when(2026, 12, 9, "Wed", 11, 0, BAKU)
    yield ctl(
        f,
        "musahibe_devet",
        "az",
        ("İnsan Resursları - Gəncə Tekstil", "hr@gence-tekstil.example"),
        "Müsahibəyə dəvət: Satış meneceri",
        sent_on(12, 3, 16, BAKU),
        "Control: a Baku employer fixes the interview, 9 dekabr 2026-cı il, çərşənbə, saat 11:00.",
        "Hörmətli Leyla xanım,\n\nSatış meneceri vakansiyasına müraciətinizə görə təşəkkür edirik. Sizi müsahibəyə dəvət edirik.\n\nTarix: 9 dekabr 2026-cı il, çərşənbə\nSaat: 11:00\nÜnvan: Bakı, Nizami küç. 90, 5-ci mərtəbə\n\nZəhmət olmasa şəxsiyyət vəsiqənizi götürün.\n\nHörmətlə,\nİnsan Resursları şöbəsi\nGəncə Tekstil MMC",
        s,
        None,
    )
    s = when(2026, 12, 10, "Thu", 15, 0, TBILISI)
    yield ctl(
        f,
        "gasaubrebaze_mowveva",
        "ka",
        ("HR - საქართველოს ციფრული სერვისები", "hr@geo-digital.example"),
        "მოწვევა გასაუბრებაზე - პროდუქტის მენეჯერი",
        sent_on(12, 4, 12, TBILISI),
        "Control: a Tbilisi employer fixes the interview, 2026 წლის 10 დეკემბერს, ხუთშაბათს, 15:00 საათზე.",
        "ძვირფასო ნინო,\n\nგმადლობთ პროდუქტის მენეჯერის პოზიციაზე განაცხადისთვის. გიწვევთ გასაუბრებაზე:\n\nთარიღი: 2026 წლის 10 დეკემბერი, ხუთშაბათი\nდრო: 15:00 საათი\nმისამართი: ჭავჭავაძის გამზ. 37, თბილისი, მე-6 სართული\n\nგთხოვთ, დაადასტუროთ დასწრება პასუხით.\n\nპატივისცემით,\nHR გუნდი",
        s,
        None,
    )
    s = when(2026, 12, 8, "Tue", 10, 30, SKOPJE)
    yield ctl(
        f,
        "pokana_za_intervju",
        "mk",
        ("Човечки ресурси - Охрид Турс", "hr@ohridtours.example"),
        "Покана за интервју - Туристички агент",
        sent_on(12, 2, 11, SKOPJE),
        "Control: a Skopje employer fixes the interview, вторник, 8 декември 2026, во 10:30 часот; 'околу 45 минути' is not an exact duration.",
        "Почитувана Марија,\n\nВе покануваме на интервју за позицијата Туристички агент во вторник, 8 декември 2026 година, во 10:30 часот, во нашата канцеларија на ул. Македонија 21, Скопје.\n\nИнтервјуто ќе трае околу 45 минути. Ве молиме потврдете го Вашето присуство.\n\nСо почит,\nЧовечки ресурси\nОхрид Турс ДООЕЛ",
        s,
        None,
    )
    s = when(2026, 12, 10, "Thu", 14, 0, RIGA)
    yield ctl(
        f,
        "uzaicinajums_uz_interviju",
        "lv",
        ("Personāla daļa | Vidzemes Piens", "personals@vidzemes-piens.example"),
        "Uzaicinājums uz darba interviju",
        sent_on(12, 3, 10, RIGA),
        "Control: a Latvian employer fixes the interview, 2026. gada 10. decembrī plkst. 14.00–14.45.",
        "Labdien, Elīna!\n\nAicinām Jūs uz darba interviju par kvalitātes speciālista amatu 2026. gada 10. decembrī plkst. 14.00–14.45 mūsu birojā Rīgā, Krasta ielā 52.\n\nLūdzu, apstipriniet dalību, atbildot uz šo e-pastu.\n\nAr cieņu\nVidzemes Piens personāla daļa",
        s,
        45,
    )


def nbnewsho30() -> Iterator[Case]:
    f = "nbnewsho30"
    yield neg(
        f,
        "weekly_jobs_digest",
        "ur",
        ("JobsPK Weekly", "newsletter@jobspk.example"),
        "اس ہفتے کی نوکریاں + آن لائن کیریئر فیئر 12 دسمبر",
        sent_on(12, 6, 19, KARACHI),
        "Look-alike: a job board's weekly digest with an online career fair on 12 دسمبر صبح 10 بجے سے شام 4 بجے تک.",
        "السلام علیکم عائشہ،\n\nاس ہفتے آپ کی پروفائل سے ملتی 12 نئی نوکریاں:\n- Accounts Officer - کراچی\n- Finance Executive - لاہور\n- Internal Auditor - اسلام آباد\n\nآن لائن کیریئر فیئر: ہفتہ 12 دسمبر، صبح 10 بجے سے شام 4 بجے تک۔ 40 سے زیادہ کمپنیاں براہ راست انٹرویو کریں گی۔ رجسٹریشن مفت ہے۔\n\nJobsPK Team\nUnsubscribe",
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "cv_webinar",
        "si",
        ("LankaJobs.lk", "news@lankajobs.example"),
        "CV Writing Webinar - දෙසැම්බර් 10 බ්‍රහස්පතින්දා ප.ව. 7.00ට",
        sent_on(12, 5, 18, COLOMBO),
        "Look-alike: a job board's newsletter announcing a CV and interview-skills webinar, දෙසැම්බර් 10 බ්‍රහස්පතින්දා ප.ව. 7.00ට.",
        'හිතවත් නදීෂා,\n\nමෙම සතියේ නව රැකියා 240ක් LankaJobs.lk හි පළ කර ඇත.\n\nනොමිලේ Webinar: "CV ලිවීම සහ සම්මුඛ පරීක්ෂණ සඳහා සූදානම් වීම"\nදිනය: දෙසැම්බර් 10 බ්‍රහස්පතින්දා\nවේලාව: ප.ව. 7.00ට (Zoom)\nලියාපදිංචිය: https://lankajobs.example/webinar\n\nLankaJobs.lk කණ්ඩායම\nUnsubscribe',
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "jarida_la_ajira",
        "sw",
        ("AjiraPoa", "habari@ajirapoa.example"),
        "Jarida la wiki: nafasi mpya + warsha ya usaili Alhamisi",
        sent_on(12, 6, 8, NAIROBI),
        "Look-alike: a job board's newsletter with an online workshop on interviews, Alhamisi 10 Desemba, saa 12:00 jioni (6:00 PM).",
        'Habari Wanjiru,\n\nNafasi mpya za kazi wiki hii: 85 jijini Nairobi, 23 Mombasa, 12 Kisumu.\n\nWarsha ya mtandaoni: "Jinsi ya kufaulu usaili"\nAlhamisi, 10 Desemba 2026, saa 12:00 jioni (6:00 PM)\nJisajili bure: https://ajirapoa.example/warsha\n\nTimu ya AjiraPoa\nJiondoe kwenye orodha hii',
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "karjeros_dienos",
        "lt",
        ("DarboRinka.lt naujienlaiškis", "naujienos@darborinka.example"),
        "Karjeros dienos Kaune: gruodžio 10 d. 10–16 val.",
        sent_on(12, 4, 18, VILNIUS),
        "Look-alike: a job board's newsletter announcing career days, gruodžio 10 d. 10–16 val., and a webinar at 18 val.",
        "Sveiki, Gabriele,\n\nšią savaitę paskelbta 320 naujų darbo skelbimų.\n\nKarjeros dienos Kaune - gruodžio 10 d. (ketvirtadienį) 10–16 val., Žalgirio arenoje. Daugiau nei 50 darbdavių, pokalbiai vietoje.\n\nNemokamas internetinis seminaras „Kaip pasiruošti darbo pokalbiui“ - gruodžio 15 d. 18 val.\n\nDarboRinka.lt komanda\nAtsisakyti naujienlaiškio",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "ardzakurdum_em",
        "hy",
        ("Սոնա Ավետիսյան - Recruitment", "sona.avetisyan@armenbank.example"),
        "Ավտոմատ պատասխան. Re: Հարցազրույցի ժամ",
        sent_on(12, 22, 10, YEREVAN),
        "Look-alike: an Armenian recruiter's out-of-office reply; back հունվարի 11-ին, ժամը 09:00-ից.",
        "Բարև Ձեզ,\n\nՇնորհակալություն նամակի համար։ Ես արձակուրդում եմ մինչև հունվարի 8-ը ներառյալ։\n\nԿվերադառնամ 2027 թ. հունվարի 11-ին, երկուշաբթի, ժամը 09:00-ից։ Հարցազրույցների հետ կապված շտապ հարցերով խնդրում եմ գրել recruitment@armenbank.example հասցեին։\n\nՀարգանքով՝\nՍոնա Ավետիսյան",
        ((2027, 1, 11, "Mon"),),
    )
    yield neg(
        f,
        "vebinar_suhbat",
        "kk",
        ("JumysBar.kz", "news@jumysbar.example"),
        "Вебинар: «Сұхбаттан қалай сәтті өтуге болады» - 9 желтоқсан, 19:00",
        sent_on(12, 5, 12, ALMATY),
        "Look-alike: a job board's webinar announcement, 9 желтоқсан, сағат 19:00 (Астана уақыты).",
        "Сәлеметсіз бе, Айгерім!\n\nСіздің профиліңізге сай 18 жаңа бос орын бар.\n\nТегін вебинар: «Сұхбаттан қалай сәтті өтуге болады»\nКүні: 9 желтоқсан, сәрсенбі\nУақыты: сағат 19:00 (Астана уақыты)\nТіркелу: https://jumysbar.example/webinar\n\nJumysBar.kz командасы\nЖазылымнан бас тарту",
        ((2026, 12, 9, "Wed"),),
    )


def nbmixho30() -> Iterator[Case]:
    f = "nbmixho30"
    yield neg(
        f,
        "available_ga_untara",
        "te",
        ("Lakshmi Prasanna (Recruiter)", "lakshmi.p@deccan-staffing.example"),
        "Interview availability - శుక్రవారం మధ్యాహ్నం 3 గంటలకు?",
        sent_on(12, 7, 11, KOLKATA),
        "Look-alike: a recruiter asks whether the reader is available on 11 డిసెంబర్ శుక్రవారం మధ్యాహ్నం 3 గంటలకు.",
        "హాయ్ సాయి కిరణ్,\n\nమీ profile client కి నచ్చింది. 11 డిసెంబర్ శుక్రవారం మధ్యాహ్నం 3 గంటలకు technical round కి మీరు available గా ఉంటారా? కాకపోతే మీకు వీలైన రెండు slots చెప్పండి, నేను confirm చేసి invite పంపుతాను.\n\nThanks,\nలక్ష్మీ ప్రసన్న\nDeccan Staffing Solutions",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "itar_umedwar_vel",
        "mr",
        ("Amit Joshi - HR", "amit.joshi@konkan-bank.example"),
        "Fwd: उद्याचे interview वेळापत्रक",
        sent_on(12, 8, 18, KOLKATA),
        "Look-alike: tomorrow's interview timetable for three other candidates forwarded to the reader by mistake.",
        "टीम,\n\nउद्याच्या interviews चे वेळापत्रक खाली देत आहे.\n\n---------- Forwarded message ---------\nFrom: Recruitment Desk <recruitment@konkan-bank.example>\nSubject: उद्याचे interview वेळापत्रक\n\nबुधवार, ९ डिसेंबर - Panel Room 2\nसकाळी १०:०० - राहुल पाटील\nसकाळी ११:०० - प्रिया जाधव\nदुपारी १२:०० - अनिकेत शिंदे\n\nPanel: श्री. गोखले, सौ. भावे\n\nअमित",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "toradh_agallaimh",
        "ga",
        ("Acmhainní Daonna - Raidió na Mara", "ad@raidionamara.example"),
        "Toradh an agallaimh - Léiritheoir Cúnta",
        sent_on(12, 8, 14, DUBLIN),
        "Look-alike: an Irish-language employer declines after the interview held Déardaoin 3 Nollaig ag 11 r.n.",
        "A Aoife, a chara,\n\nGo raibh maith agat as freastal ar agallamh do phost an Léiritheora Chúnta Déardaoin 3 Nollaig ag 11 r.n.\n\nIs oth liom a rá nár éirigh leat an uair seo. Coinneoimid d'iarratas ar comhad ar feadh sé mhí.\n\nGach dea-ghuí,\nAn Rannóg Acmhainní Daonna\nRaidió na Mara",
        ((2026, 12, 3, "Thu"),),
    )
    yield neg(
        f,
        "applikazzjoni_rcevuta",
        "mt",
        ("Careers - Gozo Channel Services", "careers@gozoservices.example"),
        "Irċevejna l-applikazzjoni tiegħek",
        sent_on(12, 2, 9, MALTA),
        "Look-alike: a Maltese receipt; shortlisted candidates contacted sal-Ġimgħa 11 ta' Diċembru, interviews during the week of 14.",
        "Għażiża Daniela,\n\nGrazzi tal-applikazzjoni għall-pożizzjoni ta' Uffiċjal Amministrattiv. Irċevejna d-dokumenti kollha.\n\nIl-kandidati magħżula se jiġu kkuntattjati sal-Ġimgħa 11 ta' Diċembru, u l-intervisti jsiru matul il-ġimgħa li tibda t-Tnejn 14 ta' Diċembru.\n\nSaħħa,\nTim tar-Reklutaġġ\nGozo Channel Services",
        ((2026, 12, 11, "Fri"), (2026, 12, 14, "Mon")),
    )
    yield neg(
        f,
        "oferte_pune",
        "sq",
        ("Burime Njerëzore - Dajti Construction", "hr@dajti-construction.example"),
        "Ofertë pune - Inxhinier Ndërtimi",
        sent_on(12, 3, 10, TIRANA),
        "Look-alike: an Albanian offer; first day e hënë, 4 janar 2027, ora 08:30, reply by 10 dhjetor.",
        "I nderuar Erion,\n\nKemi kënaqësinë t'ju ofrojmë pozicionin Inxhinier Ndërtimi. Oferta zyrtare është bashkëngjitur.\n\nDita e parë e punës: e hënë, 4 janar 2027, ora 08:30\nVendi: Zyra qendrore, Rruga e Kavajës 120, Tiranë\n\nJu lutemi të na ktheni përgjigje deri më 10 dhjetor.\n\nMe respekt,\nBurimet Njerëzore\nDajti Construction",
        ((2027, 1, 4, "Mon"),),
    )
    yield neg(
        f,
        "walkin_chattogram",
        "bn",
        ("Karnafuli Jobs", "jobs@karnafulijobs.example"),
        "Walk-in Interview: ১২ ডিসেম্বর, চট্টগ্রাম",
        sent_on(12, 5, 11, DHAKA),
        "Look-alike: a walk-in interview drive for everyone, ১২ ডিসেম্বর শনিবার সকাল ১০টা থেকে দুপুর ২টা পর্যন্ত.",
        "প্রিয় চাকরিপ্রার্থী,\n\nএকটি শীর্ষস্থানীয় শিপিং কোম্পানিতে Documentation Executive পদে Walk-in Interview অনুষ্ঠিত হবে।\n\nতারিখ: ১২ ডিসেম্বর ২০২৬, শনিবার\nসময়: সকাল ১০টা থেকে দুপুর ২টা পর্যন্ত\nস্থান: আগ্রাবাদ বাণিজ্যিক এলাকা, চট্টগ্রাম\n\nআগ্রহী প্রার্থীরা CV ও ছবি নিয়ে সরাসরি উপস্থিত হবেন।\n\nKarnafuli Jobs",
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "diolch_am_ddod",
        "cy",
        ("Owain Pritchard - Tîm Recriwtio", "owain.pritchard@prifysgol-glannau.example"),
        "Diolch am ddod i'r cyfweliad heddiw",
        sent_on(12, 9, 14, LONDON),
        "Look-alike: a Welsh thank-you after this morning's 10:30 interview; the decision is promised by ddydd Gwener 18 Rhagfyr.",
        "Annwyl Ffion,\n\nDiolch yn fawr am ddod i'r cyfweliad bore 'ma am 10:30 ar gyfer swydd y Swyddog Cyfathrebu. Roedd yn bleser cwrdd â chi.\n\nByddwn yn cysylltu â phob ymgeisydd erbyn dydd Gwener 18 Rhagfyr.\n\nCofion gorau,\nOwain Pritchard\nTîm Recriwtio, Prifysgol y Glannau",
        ((2026, 12, 18, "Fri"),),
    )
    yield neg(
        f,
        "hantar_dokumen",
        "ms",
        ("HR - Borneo Timber Bhd", "hr@borneotimber.example"),
        "Peringatan: hantar dokumen sebelum Jumaat",
        sent_on(12, 7, 9, KL),
        "Look-alike: send documents before 5.00 petang, Jumaat 11 Disember 2026; the interview comes later.",
        "Salam Nurul Aina,\n\nSila hantar dokumen berikut sebelum jam 5.00 petang, Jumaat 11 Disember 2026 untuk proses saringan jawatan Pegawai Kewangan:\n\n1. Salinan kad pengenalan\n2. Sijil akademik\n3. Slip gaji terkini\n\nTarikh temu duga akan dimaklumkan selepas saringan.\n\nTerima kasih,\nJabatan Sumber Manusia\nBorneo Timber Berhad, Kuching",
        ((2026, 12, 11, "Fri"),),
    )


def nbctrlho30() -> Iterator[Case]:
    f = "nbctrlho30"
    s = when(2026, 12, 8, "Tue", 10, 30, KOLKATA)
    yield ctl(
        f,
        "interview_schedule",
        "te",
        ("Talent Acquisition - Charminar Tech", "ta@charminar-tech.example"),
        "Interview Schedule - Data Engineer | 8 డిసెంబర్",
        sent_on(12, 3, 17, KOLKATA),
        "Control: a Hyderabad employer fixes the interview, 8 డిసెంబర్ 2026 మంగళవారం ఉదయం 10:30 గంటలకు (IST).",
        "ప్రియమైన సాయి కిరణ్ గారు,\n\nData Engineer పదవికి మీ interview ఈ క్రింది విధంగా schedule చేయబడింది:\n\nతేదీ: 8 డిసెంబర్ 2026, మంగళవారం\nసమయం: ఉదయం 10:30 గంటలకు (IST)\nవేదిక: Charminar Tech, Hitech City, హైదరాబాద్ - 2వ అంతస్తు reception\n\nదయచేసి మీ ID proof మరియు resume తీసుకురండి.\n\nధన్యవాదాలు,\nTalent Acquisition Team",
        s,
        None,
        zone=KOLKATA,
    )
    s = when(2026, 12, 10, "Thu", 10, 0, COLOMBO)
    yield ctl(
        f,
        "sammukha_pariksanaya",
        "si",
        ("මානව සම්පත් - සිලෝන් ඉන්ෂුවරන්ස්", "hr@ceylon-insure.example"),
        "සම්මුඛ පරීක්ෂණය - Customer Service Executive",
        sent_on(12, 4, 11, COLOMBO),
        "Control: a Colombo insurer fixes the interview, 2026 දෙසැම්බර් 10 බ්‍රහස්පතින්දා පෙ.ව. 10.00ට.",
        "හිතවත් නදීෂා පෙරේරා මහත්මිය,\n\nCustomer Service Executive තනතුර සඳහා ඔබගේ සම්මුඛ පරීක්ෂණය 2026 දෙසැම්බර් 10 බ්‍රහස්පතින්දා පෙ.ව. 10.00ට අපගේ ප්‍රධාන කාර්යාලයේදී (කොළඹ 03, ගාලු පාර 210) පැවැත්වේ.\n\nකරුණාකර ජාතික හැඳුනුම්පත සහ සහතිකවල මුල් පිටපත් රැගෙන එන්න.\n\nස්තූතියි,\nමානව සම්පත් අංශය",
        s,
        None,
    )
    s = when(2026, 12, 9, "Wed", 10, 0, ADDIS)
    yield ctl(
        f,
        "qale_metyik_tirri",
        "am",
        ("የሰው ኃብት - ሸገር ቴክ", "hr@sheger-tech.example"),
        "የቃለ መጠይቅ ጥሪ - Software Developer",
        sent_on(12, 3, 10, ADDIS),
        "Control: an Addis Ababa employer fixes the interview, ረቡዕ ዲሴምበር 9 ቀን 2026 ከጠዋቱ 4:00 ሰዓት (10:00 AM), both clocks written.",
        "ውድ ሰላም ተስፋዬ፣\n\nለSoftware Developer የሥራ መደብ ላቀረቡት ማመልከቻ እናመሰግናለን። ለቃለ መጠይቅ ተመርጠዋል።\n\nቀን፦ ረቡዕ ዲሴምበር 9 ቀን 2026\nሰዓት፦ ከጠዋቱ 4:00 ሰዓት (10:00 AM)\nቦታ፦ ቦሌ፣ ሸገር ቴክ ሕንፃ 3ኛ ፎቅ፣ አዲስ አበባ\n\nእባክዎ መታወቂያዎን እና የትምህርት ማስረጃዎን ይዘው ይምጡ።\n\nከሰላምታ ጋር፣\nየሰው ኃብት ክፍል",
        s,
        None,
    )
    s = when(2026, 12, 9, "Wed", 11, 0, ALMATY)
    yield ctl(
        f,
        "suhbatqa_shaqyru",
        "kk",
        ("HR - Алтын Логистика", "hr@altyn-logistics.example"),
        "Сұхбатқа шақыру - Логист",
        sent_on(12, 3, 15, ALMATY),
        "Control: an Almaty employer fixes the interview, 2026 жылғы 9 желтоқсан, сәрсенбі, сағат 11:00-де, 40 минут.",
        "Құрметті Айгерім!\n\nСізді «Логист» лауазымына сұхбатқа шақырамыз.\n\nКүні: 2026 жылғы 9 желтоқсан, сәрсенбі\nУақыты: сағат 11:00-де\nҰзақтығы: 40 минут\nМекенжайы: Алматы қ., Әл-Фараби даңғылы 77/8, 12-қабат\n\nЖеке куәлігіңізді ала келіңіз.\n\nҚұрметпен,\nHR бөлімі",
        s,
        40,
    )
    s = when(2026, 12, 10, "Thu", 10, 0, MALTA)
    yield ctl(
        f,
        "stedina_ghal_intervista",
        "mt",
        ("HR - Valletta Insurance Agency", "hr@valletta-insurance.example"),
        "Stedina għal intervista - Claims Assistant",
        sent_on(12, 3, 11, MALTA),
        "Control: a Maltese employer fixes the interview, il-Ħamis 10 ta' Diċembru 2026 fl-10:00 ta' filgħodu.",
        "Għażiża Daniela,\n\nNixtiequ nistednuk għal intervista għall-pożizzjoni ta' Claims Assistant nhar il-Ħamis 10 ta' Diċembru 2026 fl-10:00 ta' filgħodu, fl-uffiċċju tagħna fi Triq it-Torri, Tas-Sliema.\n\nJekk jogħġbok ikkonferma l-attendenza tiegħek.\n\nSaħħa,\nDipartiment tar-Riżorsi Umani",
        s,
        None,
    )


BUILDERS = [
    nbreceipt30,
    nbregret30,
    nboffer30,
    nbdeadline30,
    nbdrive30,
    nbslot30,
    nbafter30,
    nbctrl30,
    nbnewsho30,
    nbmixho30,
    nbctrlho30,
]

MEASURED: list[str] = [
    "First sight (parser at main efd1beb9 with this batch, before any change; labels as "
    "first written): dev: 9 of 10 controls with the right start and end, 7 sure (nbctrl30 ka "
    "read as no invitation, mk unsure at 0.45, ta without the end of 'கால அளவு: 45 "
    "நிமிடங்கள்'); 5 of 47 look-alikes claimed with confidence >= 0.5: nbafter30 4 of 7 (az "
    "out-of-office return hour, lv committee timetable sent by mistake, sk and ta thank-yous "
    "after the interview), nbslot30 1 of 7 (si 'can you come at 3?'); nbreceipt30, "
    "nbregret30, nboffer30, nbdeadline30 and nbdrive30 0 claimed. Held out: nbctrlho30 5 of 5 "
    "right (5 sure); nbmixho30 3 of 8 and nbnewsho30 1 of 6 claimed.",
    "",
    "After the batch's rules: dev 9 of 10 right, 9 sure, 1 of 47 claimed (the si availability "
    "question, left alone: see below); held out unchanged (5 of 5 right, 5 sure, 4 of 14 "
    "claimed; not tuned). Whole corpus (quick.py, batch included): dev false claims 36 -> 32 "
    "of 2591, sure 2658 -> 2664, text 2966/2987 and calendars 481/481 unchanged; held out "
    "false 133 of 1132 and text 1230/1302 unchanged, sure 1057 -> 1064, calendars 158/159; "
    "shared and fixtures unchanged; cmp.py --heldout: better 29, worse 0.",
    "",
    "Left alone: the si, mr, sq and cy 'are you available on X at Y?' mails are labelled "
    "not_invitation as naukri25 and stepstone25 are (one slot asked about, with 'or suggest "
    "another time' / 'I'll confirm after your reply'), but the ask1*24 families label a bare "
    "one-slot question an invitation (PROVENANCE-propose24.md); a rule reading such questions "
    "as unbooked fixed 3 dev mails and broke 14, so it was dropped.",
]

RULES: list[str] = [
    "- `AUTO_REPLY_SUBJECT` (lexicon.py) gains Outlook's localized 'Avtomatik cavab:' (az),",
    "  'ავტომატური პასუხი:' (ka) and the lv, lt, et, sl, hr/sr/bs, mk, bg and uk forms:",
    "  nbafter30 az and ka.",
    "- Georgian 'გასაუბრება/გიწვევთ/მოწვევა' and Macedonian 'интервју' join the interview",
    "  and invitation words (`_INVITATION_WORDS`, `MEETING_CUES`): nbctrl30 ka and mk; it also",
    "  reads caucasus ka and balkan/fwdrcbalkan mk invitations sure.",
    "- `_THANK_YOU_WORDS` (classify.py) gains Slovak/Czech 'ďakujeme/děkujeme za (dnešný)",
    "  pohovor' and Tamil 'கலந்துகொண்டதற்கு நன்றி' (thanks for having taken part): nbafter30",
    "  sk and ta.",
    "- A greeting to colleagues ('Sveiki, kolēģi!', 'Հարգելի գործընկերներ', 'Dear",
    "  colleagues', 'Liebe Kolleginnen und Kollegen') is read as a greeting to staff",
    "  (`_STAFF`, with 'sveiki', 'labdien', 'laba diena', 'հարգելի' among greeting words):",
    "  nbafter30 lv and hy.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs30b batch (`build_negs30b.py`)",
        "",
        "Recruiting-adjacent look-alikes from recruiters, HR teams and job platforms in "
        "languages the corpus holds few files of, written as recruiting mail is written "
        "there (English recruiting words inside the local sentence, local clock styles such "
        "as 'সকাল ১১টায়', 'ප.ව. 3.00ට', 'saa nne asubuhi', Ethiopian hours, '14.30 val.', "
        "'plkst. 14.00', 'fl-10:00'), with fixed interview slots in the same voices as "
        "controls. No public template of the job platforms imitated could be found in the "
        "search stores, so all text is ours; people, companies, addresses and links are made "
        "up. Every label was written from the datetimes the text is rendered from, before the "
        "parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs30b.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs30b.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
