# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the prose33 batch: recruiters' and headhunters' own mail in less-read languages.

Run: .venv/bin/python tests/parsing/corpus/build_prose33.py

Hand-written interview mail from headhunters, agency consultants, small-firm HR and hiring
managers in he, el, ro, ar, fa, ur, sr (Latin and Cyrillic), hr, bs, sl, mk, bg, sq, hu, et,
lv, lt, ka, hy, az, kk, uz, sw, am, ms, tl, it, pt-PT and ca: formal letters, chat-style
notes, agency mail naming the client, phone screens ("I will call you on ..."), second
rounds, moves and cancellations; look-alikes in the same languages (two options not yet
chosen, a request for availability, a document deadline, an offer with a start date, a
rejection that mentions the past interview). Frappe HRMS's interview reschedule mail and
reminder with the project's real Persian strings (hrms/locale/fa.po) are the software
source.

Every label comes from the datetimes the text is rendered from and was written before the
parser was run on the message. Held out (drawn with random.Random('prose33').sample over the
sorted family names, k=2, before anything was measured): moves33, southlang33. Helpers come
from build_parse-pos.py (loaded, not copied). Deterministic; touches only its own families.
"""

from __future__ import annotations

import importlib.util
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

SPLITS = {
    "hhmed33": "dev",
    "balkan33": "dev",
    "eastlang33": "dev",
    "southlang33": "heldout",
    "romance33": "dev",
    "looka33": "dev",
    "moves33": "heldout",
    "frappefa33": "dev",
}
SOURCES = {
    "hhmed33": "headhunters and in-house recruiters writing in he, el, ro, ar, fa and ur: "
    "formal invitations, phone screens, a client named by an agency",
    "balkan33": "recruiters in sr (Latin and Cyrillic), hr, bs, sl, mk, bg and sq: letters, "
    "chat-style notes, second rounds, clock words ('u 10 sati', 'во 10 часот', 'në orën')",
    "eastlang33": "recruiters in hu, et, lv, lt, ka, hy, az, kk and uz, inflected dates and "
    "suffixed clock times ('15-én', 'kell 10.00', 'plkst.', 'val.', '-da')",
    "southlang33": "recruiters in sw, am, ms and tl, with day-part words and 'next week'",
    "romance33": "Italian, European Portuguese and Catalan recruiters and agencies: letters, "
    "second rounds, phone screens",
    "looka33": "look-alikes in the same languages: two options not chosen, availability "
    "requests, document deadlines, offers with a start date, rejections naming the past "
    "interview",
    "moves33": "moves and cancellations by recruiters in the languages above",
    "frappefa33": "Frappe HRMS interview reschedule mail and reminder, Persian site",
}
HAND = (
    "hand-written; recruiters', headhunters' and HR staff's interview mail typed for this "
    "corpus from memory of such mail, no template copied; " + OWN
)
HRMS = "80f17c99aee38116c0bd4b794845ebe5290d083c"
FRAPPE_T = (
    f"frappe/hrms:hrms/hr/doctype/interview/interview.py (reschedule sendmail) + "
    f"hrms/hr/doctype/interview/interview_reminder_notification_template.html + "
    f"hrms/setup.py (Email Template 'Interview Reminder') + hrms/locale/fa.po@{HRMS}"
)
FRAPPE_L = "GPL-3.0 (frappe/hrms); names, numbers and addresses ours"


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
        f"prose33/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, license)


def inv(
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
    kind: str = "invitation",
) -> dict[str, object]:
    return {"kind": kind, **timed(start, end, zone=zone, sent=sent)}


# ---------------------------------------------------------------------------------------


def hhmed33() -> Iterator[Case]:
    f = "hhmed33"
    z = "Asia/Jerusalem"
    sent = at(2026, 12, 3, 10, 12, z)
    st = at(2026, 12, 15, 10, 0, z, "Tue")
    yield case(
        f,
        "headhunter_client",
        "he",
        ("נועה ברק", "noa.barak@talentbridge.example"),
        "ראיון עבודה - מפתח Backend בכיר",
        sent,
        "Headhunter for a client: 'ביום שלישי, 15 בדצמבר, בשעה 10:00' at the client's office, an hour.",
        inv(st, at(2026, 12, 15, 11, 0, z), sent=sent),
        "היי אלכס,\n\nשמחה לעדכן שהלקוח שלנו, חברת אורנים מערכות, מעוניין להיפגש איתך.\n"
        "קבענו לך ראיון ביום שלישי, 15 בדצמבר, בשעה 10:00 במשרדי החברה ברחוב הברזל 12, "
        "תל אביב. הפגישה צפויה להימשך כשעה.\n\nבהצלחה!\nנועה ברק\nTalentBridge - גיוס והשמה\n",
    )
    z = "Europe/Athens"
    sent = at(2026, 12, 2, 16, 40, z)
    st = at(2026, 12, 10, 12, 30, z, "Thu")
    yield case(
        f,
        "epistoli",
        "el",
        ("Ελένη Παπαδοπούλου", "e.papadopoulou@aigaio-logistics.example"),
        "Πρόσκληση σε συνέντευξη",
        sent,
        "Formal Greek letter: 'την Πέμπτη 10 Δεκεμβρίου 2026 και ώρα 12:30 μ.μ.', 45 minutes.",
        inv(st, at(2026, 12, 10, 13, 15, z), sent=sent),
        "Αγαπητέ κύριε Morgan,\n\nΣας ευχαριστούμε για το ενδιαφέρον σας για τη θέση Υπεύθυνου "
        "Αποθήκης. Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Πέμπτη 10 Δεκεμβρίου 2026 "
        "και ώρα 12:30 μ.μ. στα γραφεία μας (Λεωφόρος Κηφισίας 88, Μαρούσι). Η συνέντευξη θα "
        "διαρκέσει περίπου 45 λεπτά.\n\nΠαρακαλούμε επιβεβαιώστε την παρουσία σας.\n\n"
        "Με εκτίμηση,\nΕλένη Παπαδοπούλου\nΤμήμα Ανθρώπινου Δυναμικού\n",
    )
    z = "Europe/Bucharest"
    sent = at(2026, 12, 3, 9, 5, z)
    st = at(2026, 12, 9, 11, 0, z, "Wed")
    yield case(
        f,
        "apel_telefonic",
        "ro",
        ("Ioana Munteanu", "ioana.munteanu@carpathire.example"),
        "Discuție telefonică - Analist financiar",
        sent,
        "Phone screen: 'vă voi suna miercuri, 9 decembrie, la ora 11'.",
        inv(st, sent=sent),
        "Bună ziua, Alex,\n\nVă mulțumesc pentru CV. Așa cum am stabilit, vă voi suna "
        "miercuri, 9 decembrie, la ora 11, pentru o primă discuție de aproximativ 20 de "
        "minute despre postul de Analist financiar la clientul nostru din Cluj.\n\n"
        "O zi bună,\nIoana Munteanu\nCarpatHire Recrutare\n",
    )
    z = "Asia/Riyadh"
    sent = at(2026, 12, 1, 13, 20, z)
    st = at(2026, 12, 13, 11, 0, z, "Sun")
    yield case(
        f,
        "mukabala_arabic_digits",
        "ar",
        ("سارة العتيبي", "sara.otaibi@najd-talent.example"),
        "دعوة لمقابلة شخصية",
        sent,
        "Arabic-Indic digits: 'يوم الأحد ١٣ ديسمبر ٢٠٢٦ الساعة ١١:٠٠ صباحاً'.",
        inv(st, sent=sent),
        "الأستاذ أليكس المحترم،\n\nتحية طيبة وبعد،\n\nيسعدنا دعوتكم لإجراء مقابلة شخصية لوظيفة "
        "مهندس شبكات لدى عميلنا، وذلك يوم الأحد ١٣ ديسمبر ٢٠٢٦ الساعة ١١:٠٠ صباحاً في مقر "
        "الشركة بحي العليا، الرياض.\n\nيرجى إحضار نسخة من الهوية والشهادات.\n\nمع خالص "
        "التحية،\nسارة العتيبي\nنجد للتوظيف\n",
    )
    z = "Asia/Dubai"
    sent = at(2026, 12, 2, 18, 0, z)
    st = at(2026, 12, 8, 16, 30, z, "Tue")
    yield case(
        f,
        "whatsapp_style",
        "ar",
        ("Omar Haddad", "omar.haddad@gulfroles.example"),
        "مقابلة الثلاثاء",
        sent,
        "Short note: 'الثلاثاء 8/12 الساعة 4:30 العصر' on Teams.",
        inv(st, sent=sent),
        "مرحبا أليكس 👋\nتم تأكيد المقابلة مع مدير التوظيف: الثلاثاء 8/12 الساعة 4:30 العصر "
        "عبر Teams. سأرسل لك الرابط قبلها بساعة.\nبالتوفيق\nعمر\n",
    )
    z = "Asia/Tehran"
    sent = at(2026, 12, 6, 10, 0, z)
    st = at(2026, 12, 16, 10, 30, z, "Wed")
    yield case(
        f,
        "jalali_persian_digits",
        "fa",
        ("مریم احمدی", "m.ahmadi@parsian-talent.example"),
        "دعوت به مصاحبه",
        sent,
        "Solar Hijri date in Persian digits: 'چهارشنبه ۲۵ آذر ۱۴۰۵ ساعت ۱۰:۳۰' (16 December 2026).",
        inv(st, sent=sent),
        "جناب آقای مورگان،\n\nبا سلام و احترام\nبدین‌وسیله از شما دعوت می‌شود برای مصاحبه "
        "شغلی موقعیت کارشناس داده در روز چهارشنبه ۲۵ آذر ۱۴۰۵ ساعت ۱۰:۳۰ در دفتر مرکزی "
        "شرکت (تهران، خیابان ولیعصر، پلاک ۱۲۰) حضور یابید.\n\nبا احترام\nمریم احمدی\n"
        "واحد منابع انسانی\n",
    )
    z = "Asia/Karachi"
    sent = at(2026, 12, 3, 12, 0, z)
    st = at(2026, 12, 11, 15, 0, z, "Fri")
    yield case(
        f,
        "call_dopahar",
        "ur",
        ("عائشہ خان", "ayesha.khan@indus-recruit.example"),
        "انٹرویو کال",
        sent,
        "Urdu: 'جمعہ 11 دسمبر کو سہ پہر 3 بجے' phone interview.",
        inv(st, sent=sent),
        "محترم ایلکس،\n\nآپ کی درخواست کا شکریہ۔ ہمارے کلائنٹ کے ساتھ آپ کا ٹیلیفونک انٹرویو "
        "جمعہ 11 دسمبر کو سہ پہر 3 بجے طے ہوا ہے۔ میں آپ کو اسی وقت کال کروں گی۔\n\n"
        "شکریہ،\nعائشہ خان\nانڈس ریکروٹمنٹ\n",
    )


def balkan33() -> Iterator[Case]:
    f = "balkan33"
    z = "Europe/Belgrade"
    sent = at(2026, 12, 2, 14, 10, z)
    st = at(2026, 12, 8, 10, 0, z, "Tue")
    yield case(
        f,
        "latinica_poziv",
        "sr-Latn",
        ("Milica Jovanović", "milica.jovanovic@dunavsoft.example"),
        "Poziv na razgovor za posao",
        sent,
        "Serbian Latin letter: 'u utorak, 8. decembra, u 10 časova'.",
        inv(st, sent=sent),
        "Poštovani Alekse,\n\nHvala Vam na prijavi za poziciju Java programera. Pozivamo Vas "
        "na razgovor u utorak, 8. decembra, u 10 časova u našim prostorijama u Bulevaru "
        "Mihajla Pupina 10, Novi Beograd.\n\nSrdačan pozdrav,\nMilica Jovanović\nHR, DunavSoft\n",
    )
    sent = at(2026, 12, 3, 11, 0, z)
    st = at(2026, 12, 14, 13, 0, z, "Mon")
    yield case(
        f,
        "cirilica_drugi_krug",
        "sr-Cyrl",
        ("Ненад Петровић", "nenad.petrovic@savaenergija.example"),
        "Други круг разговора",
        sent,
        "Serbian Cyrillic second round: 'у понедељак, 14. децембра, у 13 часова', until 14:30.",
        inv(st, at(2026, 12, 14, 14, 30, z), sent=sent),
        "Поштовани,\n\nДраго нам је да Вас позовемо у други круг разговора за позицију "
        "инжењера одржавања. Разговор ће се одржати у понедељак, 14. децембра, у 13 часова, "
        "и трајаће до 14.30, са директором производње.\n\nСрдачно,\nНенад Петровић\n"
        "Сава енергија д.о.о.\n",
    )
    z = "Europe/Zagreb"
    sent = at(2026, 12, 1, 9, 30, z)
    st = at(2026, 12, 10, 9, 30, z, "Thu")
    yield case(
        f,
        "prosinca_sati",
        "hr",
        ("Ana Horvat", "ana.horvat@jadran-it.example"),
        "Poziv na intervju",
        sent,
        "Croatian: 'u četvrtak, 10. prosinca 2026. u 9:30 sati', online.",
        inv(st, sent=sent),
        "Poštovani gospodine Morgan,\n\nželimo Vas pozvati na intervju za radno mjesto "
        "voditelja projekta, u četvrtak, 10. prosinca 2026. u 9:30 sati putem Google Meeta "
        "(poveznicu šaljemo dan ranije).\n\nLijep pozdrav,\nAna Horvat\nJadran IT\n",
    )
    z = "Europe/Sarajevo"
    sent = at(2026, 12, 3, 15, 0, z)
    st = at(2026, 12, 9, 12, 0, z, "Wed")
    yield case(
        f,
        "poruka_srijeda",
        "bs",
        ("Amra Hodžić", "amra.hodzic@bosnapromet.example"),
        "Razgovor u srijedu",
        sent,
        "Bosnian chat-style note: 'ove srijede, 9.12. u podne'.",
        inv(st, sent=sent),
        "Zdravo Alex,\n\nDogovoreno je - razgovor s direktorom je ove srijede, 9.12. u podne, "
        "kod nas u firmi (Zmaja od Bosne 7). Javi se na recepciji.\n\nPozdrav,\nAmra\n",
    )
    z = "Europe/Ljubljana"
    sent = at(2026, 12, 2, 10, 0, z)
    st = at(2026, 12, 16, 9, 30, z, "Wed")
    yield case(
        f,
        "vabilo_ob",
        "sl",
        ("Maja Novak", "maja.novak@alpinatech.example"),
        "Vabilo na razgovor",
        sent,
        "Slovenian: 'v sredo, 16. decembra 2026, ob 9.30', 60 minutes.",
        inv(st, at(2026, 12, 16, 10, 30, z), sent=sent),
        "Spoštovani,\n\nvabimo vas na zaposlitveni razgovor za delovno mesto razvijalca, ki "
        "bo v sredo, 16. decembra 2026, ob 9.30 v naših prostorih na Dunajski cesti 5 v "
        "Ljubljani. Razgovor bo trajal približno 60 minut.\n\nLep pozdrav,\nMaja Novak\n"
        "Kadrovska služba\n",
    )
    z = "Europe/Skopje"
    sent = at(2026, 12, 3, 13, 0, z)
    st = at(2026, 12, 11, 10, 0, z, "Fri")
    yield case(
        f,
        "casot",
        "mk",
        ("Елена Стојановска", "elena.stojanovska@vardar-hr.example"),
        "Покана за интервју",
        sent,
        "Macedonian: 'во петок, 11 декември, во 10 часот'.",
        inv(st, sent=sent),
        "Почитуван Алекс,\n\nВе покануваме на интервју за работното место сметководител, "
        "во петок, 11 декември, во 10 часот, во нашата канцеларија на бул. Партизански "
        "одреди 15, Скопје.\n\nСо почит,\nЕлена Стојановска\n",
    )
    z = "Europe/Sofia"
    sent = at(2026, 12, 2, 17, 0, z)
    st = at(2026, 12, 15, 14, 0, z, "Tue")
    yield case(
        f,
        "ot_ch",
        "bg",
        ("Десислава Иванова", "d.ivanova@balkan-staffing.example"),
        "Интервю с нашия клиент",
        sent,
        "Bulgarian agency: 'на 15 декември (вторник) от 14:00 ч.' with the client.",
        inv(st, sent=sent),
        "Здравейте, Алекс,\n\nРадвам се да Ви съобщя, че нашият клиент – софтуерна компания "
        "в София – иска да се срещне с Вас. Интервюто е насрочено за 15 декември (вторник) "
        "от 14:00 ч. в офиса им на бул. Витоша 100.\n\nПоздрави,\nДесислава Иванова\n"
        "Balkan Staffing\n",
    )
    z = "Europe/Tirane"
    sent = at(2026, 12, 3, 9, 45, z)
    st = at(2026, 12, 10, 10, 0, z, "Thu")
    yield case(
        f,
        "ne_oren",
        "sq",
        ("Erion Hoxha", "erion.hoxha@shqiponja-bank.example"),
        "Ftesë për intervistë",
        sent,
        "Albanian: 'të enjten, më 10 dhjetor, në orën 10:00'.",
        inv(st, sent=sent),
        "I nderuar z. Morgan,\n\nJu ftojmë në një intervistë për pozicionin Analist Kredie, "
        "të enjten, më 10 dhjetor, në orën 10:00, në zyrat tona në Rrugën e Durrësit, Tiranë.\n\n"
        "Me respekt,\nErion Hoxha\nBurimet Njerëzore\n",
    )


def eastlang33() -> Iterator[Case]:
    f = "eastlang33"
    z = "Europe/Budapest"
    sent = at(2026, 12, 2, 11, 0, z)
    st = at(2026, 12, 15, 10, 0, z, "Tue")
    yield case(
        f,
        "oraikor",
        "hu",
        ("Kovács Eszter", "kovacs.eszter@dunamenti.example"),
        "Meghívó állásinterjúra",
        sent,
        "Hungarian: 'december 15-én, kedden 10 órakor'.",
        inv(st, sent=sent),
        "Kedves Alex!\n\nKöszönjük jelentkezését a logisztikai koordinátor pozícióra. "
        "Szeretnénk meghívni egy személyes beszélgetésre december 15-én, kedden 10 órakor "
        "a budapesti irodánkba (Váci út 30.).\n\nÜdvözlettel:\nKovács Eszter\nHR\n",
    )
    z = "Europe/Tallinn"
    sent = at(2026, 12, 3, 10, 0, z)
    st = at(2026, 12, 9, 14, 0, z, "Wed")
    yield case(
        f,
        "kell",
        "et",
        ("Kadri Tamm", "kadri.tamm@laanesoft.example"),
        "Töövestlus",
        sent,
        "Estonian: 'kolmapäeval, 9. detsembril kell 14.00–15.00'.",
        inv(st, at(2026, 12, 9, 15, 0, z), sent=sent),
        "Tere, Alex!\n\nTäname kandideerimast. Kutsume Teid töövestlusele kolmapäeval, "
        "9. detsembril kell 14.00–15.00 meie kontorisse Tartu mnt 25, Tallinn.\n\n"
        "Parimate soovidega\nKadri Tamm\n",
    )
    z = "Europe/Riga"
    sent = at(2026, 12, 1, 15, 0, z)
    st = at(2026, 12, 8, 11, 0, z, "Tue")
    yield case(
        f,
        "plkst",
        "lv",
        ("Līga Ozola", "liga.ozola@baltic-recruit.example"),
        "Uzaicinājums uz darba interviju",
        sent,
        "Latvian agency: 'otrdien, 8. decembrī, plkst. 11.00' at the client's office.",
        inv(st, sent=sent),
        "Labdien, Alex!\n\nMūsu klients vēlas ar Jums tikties. Darba intervija notiks "
        "otrdien, 8. decembrī, plkst. 11.00 klienta birojā Brīvības ielā 40, Rīgā.\n\n"
        "Ar cieņu,\nLīga Ozola\nBaltic Recruit\n",
    )
    z = "Europe/Vilnius"
    sent = at(2026, 12, 2, 9, 0, z)
    st = at(2026, 12, 17, 13, 30, z, "Thu")
    yield case(
        f,
        "val",
        "lt",
        ("Rūta Kazlauskienė", "ruta.k@nemunas-it.example"),
        "Kvietimas į pokalbį",
        sent,
        "Lithuanian: 'gruodžio 17 d. (ketvirtadienį) 13.30 val.'",
        inv(st, sent=sent),
        "Sveiki, Alex,\n\nkviečiame Jus į darbo pokalbį dėl programuotojo pozicijos "
        "gruodžio 17 d. (ketvirtadienį) 13.30 val. mūsų biure Gedimino pr. 9, Vilniuje.\n\n"
        "Pagarbiai\nRūta Kazlauskienė\n",
    )
    z = "Asia/Tbilisi"
    sent = at(2026, 12, 3, 12, 0, z)
    st = at(2026, 12, 10, 11, 0, z, "Thu")
    yield case(
        f,
        "saatze",
        "ka",
        ("ნინო ბერიძე", "nino.beridze@kartli-group.example"),
        "მოწვევა გასაუბრებაზე",
        sent,
        "Georgian: '10 დეკემბერს, ხუთშაბათს, 11:00 საათზე'.",
        inv(st, sent=sent),
        "გამარჯობა ალექს,\n\nგიწვევთ გასაუბრებაზე ფინანსური ანალიტიკოსის პოზიციაზე 10 "
        "დეკემბერს, ხუთშაბათს, 11:00 საათზე ჩვენს ოფისში (რუსთაველის გამზ. 20, თბილისი).\n\n"
        "პატივისცემით,\nნინო ბერიძე\n",
    )
    z = "Asia/Yerevan"
    sent = at(2026, 12, 2, 16, 0, z)
    st = at(2026, 12, 14, 15, 0, z, "Mon")
    yield case(
        f,
        "zhamy",
        "hy",
        ("Անի Պետրոսյան", "ani.petrosyan@ararat-tech.example"),
        "Հրավեր հարցազրույցի",
        sent,
        "Armenian: 'դեկտեմբերի 14-ին, երկուշաբթի, ժամը 15:00-ին'.",
        inv(st, sent=sent),
        "Հարգելի Ալեքս,\n\nՀրավիրում ենք Ձեզ հարցազրույցի ծրագրավորողի պաշտոնի համար "
        "դեկտեմբերի 14-ին, երկուշաբթի, ժամը 15:00-ին մեր գրասենյակում (Աբովյան 12, "
        "Երևան)։\n\nՀարգանքով՝\nԱնի Պետրոսյան\n",
    )
    z = "Asia/Baku"
    sent = at(2026, 12, 3, 10, 30, z)
    st = at(2026, 12, 9, 10, 0, z, "Wed")
    yield case(
        f,
        "saat_da",
        "az",
        ("Leyla Məmmədova", "leyla.m@xazar-hr.example"),
        "Müsahibəyə dəvət",
        sent,
        "Azerbaijani: '9 dekabr, çərşənbə günü saat 10:00-da'.",
        inv(st, sent=sent),
        "Hörmətli Alex,\n\nSizi mühasib vəzifəsi üzrə müsahibəyə dəvət edirik. Müsahibə "
        "9 dekabr, çərşənbə günü saat 10:00-da ofisimizdə (Nizami küç. 45, Bakı) keçiriləcək.\n\n"
        "Hörmətlə,\nLeyla Məmmədova\n",
    )
    z = "Asia/Almaty"
    sent = at(2026, 12, 2, 12, 0, z)
    st = at(2026, 12, 11, 15, 0, z, "Fri")
    yield case(
        f,
        "sagat",
        "kk",
        ("Айгерім Серікқызы", "aigerim.s@dala-consulting.example"),
        "Сұхбатқа шақыру",
        sent,
        "Kazakh: '11 желтоқсан, жұма күні сағат 15:00-де'.",
        inv(st, sent=sent),
        "Құрметті Алекс,\n\nСізді бағдарламашы лауазымына сұхбатқа шақырамыз. Сұхбат "
        "11 желтоқсан, жұма күні сағат 15:00-де біздің кеңседе (Абай даңғылы 50, Алматы) "
        "өтеді.\n\nҚұрметпен,\nАйгерім Серікқызы\n",
    )
    z = "Asia/Tashkent"
    sent = at(2026, 12, 3, 9, 0, z)
    st = at(2026, 12, 8, 10, 30, z, "Tue")
    yield case(
        f,
        "soat",
        "uz",
        ("Dilnoza Karimova", "dilnoza.k@samarqand-group.example"),
        "Suhbatga taklif",
        sent,
        "Uzbek Latin: '8-dekabr, seshanba kuni soat 10:30 da'.",
        inv(st, sent=sent),
        "Hurmatli Alex,\n\nSizni menejer lavozimi bo'yicha suhbatga taklif qilamiz. Suhbat "
        "8-dekabr, seshanba kuni soat 10:30 da ofisimizda (Amir Temur ko'chasi 15, Toshkent) "
        "bo'lib o'tadi.\n\nHurmat bilan,\nDilnoza Karimova\n",
    )


def southlang33() -> Iterator[Case]:
    f = "southlang33"
    z = "Africa/Nairobi"
    sent = at(2026, 12, 2, 9, 0, z)
    st = at(2026, 12, 8, 10, 0, z, "Tue")
    yield case(
        f,
        "saa_asubuhi",
        "sw",
        ("Amina Mwangi", "amina.mwangi@pwani-hr.example"),
        "Mwaliko wa usaili",
        sent,
        "Swahili time: 'Jumanne tarehe 8 Desemba, saa nne asubuhi (10:00)'.",
        inv(st, sent=sent),
        "Habari Alex,\n\nTunafurahi kukualika kwenye usaili wa nafasi ya Mhasibu. Usaili "
        "utafanyika Jumanne tarehe 8 Desemba 2026, saa nne asubuhi (10:00), katika ofisi "
        "zetu Westlands, Nairobi.\n\nWako,\nAmina Mwangi\n",
    )
    z = "Africa/Addis_Ababa"
    sent = at(2026, 12, 3, 10, 0, z)
    st = at(2026, 12, 10, 14, 0, z, "Thu")
    yield case(
        f,
        "ketesat",
        "am",
        ("ሰላም ተስፋዬ", "selam.t@abay-recruit.example"),
        "የቃለ መጠይቅ ግብዣ",
        sent,
        "Amharic with the Gregorian date: 'ሐሙስ ዲሴምበር 10 ቀን 2026 ከሰዓት 14:00'.",
        inv(st, sent=sent),
        "ውድ አሌክስ፣\n\nለሂሳብ ባለሙያ የሥራ መደብ ለቃለ መጠይቅ ጋብዘንዎታል። ቃለ መጠይቁ ሐሙስ "
        "ዲሴምበር 10 ቀን 2026 ከሰዓት 14:00 በቢሯችን (ቦሌ፣ አዲስ አበባ) ይካሄዳል።\n\nከሰላምታ ጋር\n"
        "ሰላም ተስፋዬ\n",
    )
    z = "Asia/Kuala_Lumpur"
    sent = at(2026, 12, 3, 11, 0, z)
    st = at(2026, 12, 9, 14, 30, z, "Wed")
    yield case(
        f,
        "petang",
        "ms",
        ("Nurul Aisyah", "nurul.aisyah@selat-talent.example"),
        "Temu duga - Eksekutif Pemasaran",
        sent,
        "Malay: 'pada hari Rabu minggu depan, 9 Disember, jam 2.30 petang'.",
        inv(st, sent=sent),
        "Salam Alex,\n\nKlien kami ingin menjemput anda ke sesi temu duga untuk jawatan "
        "Eksekutif Pemasaran pada hari Rabu minggu depan, 9 Disember, jam 2.30 petang di "
        "pejabat mereka di Bangsar South.\n\nTerima kasih,\nNurul Aisyah\n",
    )
    z = "Asia/Manila"
    sent = at(2026, 12, 3, 15, 0, z)
    st = at(2026, 12, 7, 9, 0, z, "Mon")
    yield case(
        f,
        "alas_umaga",
        "tl",
        ("Maria Santos", "maria.santos@bayanihan-hr.example"),
        "Interview sa Lunes",
        sent,
        "Tagalog: 'sa Lunes sa susunod na linggo, alas-9 ng umaga' (7 December).",
        inv(st, sent=sent),
        "Hi Alex,\n\nMagandang araw! Nais ka naming imbitahan sa isang interview sa Lunes "
        "sa susunod na linggo, alas-9 ng umaga, sa aming opisina sa Ortigas. Pakidala ang "
        "iyong resume at valid ID.\n\nSalamat,\nMaria Santos\n",
    )


def romance33() -> Iterator[Case]:
    f = "romance33"
    z = "Europe/Rome"
    sent = at(2026, 12, 2, 12, 0, z)
    st = at(2026, 12, 10, 15, 30, z, "Thu")
    yield case(
        f,
        "agenzia_cliente",
        "it",
        ("Giulia Bianchi", "giulia.bianchi@tirreno-selezione.example"),
        "Colloquio presso il nostro cliente",
        sent,
        "Italian agency: 'giovedì 10 dicembre alle ore 15:30' at the client's.",
        inv(st, sent=sent),
        "Gentile Alex,\n\ncome anticipato al telefono, il nostro cliente (azienda del settore "
        "alimentare) desidera incontrarla per la posizione di Controller. Il colloquio è "
        "fissato per giovedì 10 dicembre alle ore 15:30 presso la loro sede di Parma, via "
        "Emilia 12.\n\nCordiali saluti,\nGiulia Bianchi\nTirreno Selezione\n",
    )
    sent = at(2026, 12, 3, 17, 30, z)
    st = at(2026, 12, 9, 9, 0, z, "Wed")
    yield case(
        f,
        "ti_chiamo",
        "it",
        ("Luca Ferri", "luca.ferri@bergamo-talent.example"),
        "Telefonata",
        sent,
        "Italian phone screen: 'ti chiamo mercoledì 9 alle 9' (December).",
        inv(st, sent=sent),
        "Ciao Alex,\n\nperfetto, allora ti chiamo mercoledì 9 alle 9 per una prima "
        "chiacchierata di un quarto d'ora.\n\nA presto,\nLuca\n",
    )
    sent = at(2026, 12, 1, 10, 0, z)
    st = at(2026, 12, 15, 11, 0, z, "Tue")
    yield case(
        f,
        "secondo_colloquio",
        "it",
        ("Francesca Conti", "f.conti@lagunadesign.example"),
        "Secondo colloquio",
        sent,
        "Second round 'martedì 15 dicembre dalle 11 alle 12'.",
        inv(st, at(2026, 12, 15, 12, 0, z), sent=sent),
        "Buongiorno Alex,\n\nla ringraziamo per il primo colloquio. Siamo lieti di invitarla "
        "al secondo colloquio con il direttore creativo martedì 15 dicembre dalle 11 alle 12, "
        "nella nostra sede di Venezia Mestre.\n\nUn cordiale saluto,\nFrancesca Conti\n",
    )
    z = "Europe/Lisbon"
    sent = at(2026, 12, 2, 15, 0, z)
    st = at(2026, 12, 11, 10, 0, z, "Fri")
    yield case(
        f,
        "entrevista_pt",
        "pt-PT",
        ("Inês Carvalho", "ines.carvalho@tejo-rh.example"),
        "Convite para entrevista",
        sent,
        "European Portuguese: 'sexta-feira, dia 11 de dezembro, às 10h00'.",
        inv(st, sent=sent),
        "Caro Alex,\n\nAgradecemos a sua candidatura. Gostaríamos de o convidar para uma "
        "entrevista na sexta-feira, dia 11 de dezembro, às 10h00, nas nossas instalações "
        "na Avenida da Liberdade 110, em Lisboa.\n\nCom os melhores cumprimentos,\n"
        "Inês Carvalho\nRecursos Humanos\n",
    )
    z = "Europe/Madrid"
    sent = at(2026, 12, 3, 13, 0, z)
    st = at(2026, 12, 14, 16, 0, z, "Mon")
    yield case(
        f,
        "entrevista_ca",
        "ca",
        ("Marta Puig", "marta.puig@mediterrania-talent.example"),
        "Entrevista de feina",
        sent,
        "Catalan: 'dilluns 14 de desembre a les 16 h', 45 minutes.",
        inv(st, at(2026, 12, 14, 16, 45, z), sent=sent),
        "Hola Alex,\n\nEt convidem a una entrevista per a la posició de dissenyador el "
        "dilluns 14 de desembre a les 16 h a la nostra oficina del carrer Aragó 200, "
        "Barcelona. Durarà uns 45 minuts.\n\nSalutacions,\nMarta Puig\n",
    )


def looka33() -> Iterator[Case]:
    f = "looka33"
    sent = at(2026, 12, 2, 10, 0, "Europe/Rome")
    yield case(
        f,
        "due_opzioni",
        "it",
        ("Giulia Bianchi", "giulia.bianchi@tirreno-selezione.example"),
        "Disponibilità per il colloquio",
        sent,
        "Two options offered, none chosen: 'martedì 15 alle 10 oppure mercoledì 16 alle 14'.",
        NEG,
        "Gentile Alex,\n\nil cliente propone due possibilità per il colloquio: martedì 15 "
        "dicembre alle 10 oppure mercoledì 16 dicembre alle 14. Mi fa sapere quale preferisce?\n\n"
        "Grazie,\nGiulia Bianchi\n",
    )
    sent = at(2026, 12, 2, 12, 0, "Europe/Bucharest")
    yield case(
        f,
        "disponibilitate",
        "ro",
        ("Ioana Munteanu", "ioana.munteanu@carpathire.example"),
        "Disponibilitate interviu",
        sent,
        "Asks for availability next week; 'între 10 și 16' is a window, not a slot.",
        NEG,
        "Bună ziua,\n\nVă rog să-mi spuneți când sunteți disponibil săptămâna viitoare "
        "pentru un interviu cu clientul nostru. Ei pot de luni până joi, între orele 10 și 16.\n\n"
        "Mulțumesc,\nIoana\n",
    )
    sent = at(2026, 12, 3, 9, 0, "Europe/Zagreb")
    yield case(
        f,
        "dokumenti_rok",
        "hr",
        ("Ana Horvat", "ana.horvat@jadran-it.example"),
        "Dokumentacija",
        sent,
        "Document deadline: 'do petka, 11. prosinca, do 12 sati'.",
        NEG,
        "Poštovani,\n\nmolimo Vas da nam dokumente (preslik diplome i potvrdu o radnom "
        "stažu) pošaljete najkasnije do petka, 11. prosinca, do 12 sati.\n\nLijep pozdrav,\n"
        "Ana Horvat\n",
    )
    sent = at(2026, 12, 3, 14, 0, "Europe/Budapest")
    yield case(
        f,
        "ajanlat",
        "hu",
        ("Kovács Eszter", "kovacs.eszter@dunamenti.example"),
        "Állásajánlat",
        sent,
        "Offer letter with a start date: 'január 11-én, hétfőn 8 órakor'.",
        NEG,
        "Kedves Alex!\n\nÖrömmel értesítjük, hogy Önt választottuk a logisztikai koordinátor "
        "pozícióra. Az első munkanapja 2027. január 11-én, hétfőn lenne, 8 órakor kezdünk. "
        "Csatoltan küldjük a szerződéstervezetet.\n\nÜdvözlettel:\nKovács Eszter\n",
    )
    sent = at(2026, 12, 3, 16, 0, "Europe/Athens")
    yield case(
        f,
        "aporripsi",
        "el",
        ("Ελένη Παπαδοπούλου", "e.papadopoulou@aigaio-logistics.example"),
        "Αποτέλεσμα συνέντευξης",
        sent,
        "Rejection naming the past interview 'της Τρίτης 1 Δεκεμβρίου στις 11:00'.",
        NEG,
        "Αγαπητέ κύριε Morgan,\n\nσας ευχαριστούμε για τη συνέντευξη της Τρίτης 1 Δεκεμβρίου "
        "στις 11:00. Δυστυχώς αποφασίσαμε να προχωρήσουμε με άλλον υποψήφιο.\n\nΣας ευχόμαστε "
        "καλή επιτυχία,\nΕλένη Παπαδοπούλου\n",
    )
    sent = at(2026, 12, 2, 11, 0, "Europe/Sofia")
    yield case(
        f,
        "dva_varianta",
        "bg",
        ("Десислава Иванова", "d.ivanova@balkan-staffing.example"),
        "Час за интервю",
        sent,
        "Two options: 'вторник, 15 декември, от 10:00 ч. или сряда, 16 декември, от 14:00 ч.'",
        NEG,
        "Здравейте, Алекс,\n\nКлиентът ни предлага два варианта за интервю: вторник, 15 "
        "декември, от 10:00 ч. или сряда, 16 декември, от 14:00 ч. Кой Ви е по-удобен?\n\n"
        "Поздрави,\nДесислава\n",
    )
    sent = at(2026, 12, 3, 10, 0, "Asia/Jerusalem")
    yield case(
        f,
        "zminut",
        "he",
        ("נועה ברק", "noa.barak@talentbridge.example"),
        "זמינות לראיון",
        sent,
        "Availability request: which of Sunday-Tuesday next week, mornings.",
        NEG,
        "היי אלכס,\n\nהלקוח רוצה לקבוע ראיון בשבוע הבא. מתי נוח לך - ראשון, שני או שלישי "
        "בבוקר, בין 9:00 ל-12:00? תעדכן אותי ואתאם.\n\nנועה\n",
    )
    sent = at(2026, 12, 3, 11, 0, "Europe/Ljubljana")
    yield case(
        f,
        "ponudba_zacetek",
        "sl",
        ("Maja Novak", "maja.novak@alpinatech.example"),
        "Ponudba za zaposlitev",
        sent,
        "Offer with start 'v ponedeljek, 4. januarja 2027, ob 8. uri'.",
        NEG,
        "Spoštovani,\n\nz veseljem vam sporočamo, da smo se odločili za vas. Predlagamo, da "
        "začnete v ponedeljek, 4. januarja 2027, ob 8. uri. Pogodbo vam pošljemo v "
        "podpis.\n\nLep pozdrav,\nMaja Novak\n",
    )
    sent = at(2026, 12, 2, 13, 0, "Europe/Lisbon")
    yield case(
        f,
        "rejeicao_pt",
        "pt-PT",
        ("Inês Carvalho", "ines.carvalho@tejo-rh.example"),
        "Processo de recrutamento",
        sent,
        "Rejection mentioning 'a entrevista de segunda-feira, dia 30 de novembro, às 15h00'.",
        NEG,
        "Caro Alex,\n\nObrigado pela disponibilidade na entrevista de segunda-feira, dia 30 "
        "de novembro, às 15h00. Após análise, decidimos não avançar com a sua candidatura.\n\n"
        "Com os melhores cumprimentos,\nInês Carvalho\n",
    )
    sent = at(2026, 12, 3, 9, 30, "Europe/Istanbul")
    yield case(
        f,
        "belge_son_tarih_az",
        "az",
        ("Leyla Məmmədova", "leyla.m@xazar-hr.example"),
        "Sənədlər",
        sent,
        "Document deadline: '10 dekabr saat 18:00-a qədər'.",
        NEG,
        "Hörmətli Alex,\n\nZəhmət olmasa diplom və CV-nin surətini 10 dekabr saat 18:00-a "
        "qədər göndərin.\n\nHörmətlə,\nLeyla Məmmədova\n",
    )
    sent = at(2026, 12, 3, 12, 0, "Europe/Belgrade")
    yield case(
        f,
        "dva_termina_sr",
        "sr-Latn",
        ("Milica Jovanović", "milica.jovanovic@dunavsoft.example"),
        "Termin za razgovor",
        sent,
        "Two options: 'u ponedeljak u 10 ili u utorak u 14 časova' next week; none chosen.",
        NEG,
        "Zdravo Alekse,\n\nmožemo da organizujemo razgovor sledeće nedelje - da li Vam više "
        "odgovara ponedeljak u 10 ili utorak u 14 časova? Javite mi pa potvrđujem.\n\n"
        "Pozdrav,\nMilica\n",
    )


def moves33() -> Iterator[Case]:
    f = "moves33"
    z = "Europe/Bucharest"
    sent = at(2026, 12, 4, 10, 0, z)
    st = at(2026, 12, 10, 14, 0, z, "Thu")
    yield case(
        f,
        "mutare_ro",
        "ro",
        ("Ioana Munteanu", "ioana.munteanu@carpathire.example"),
        "Interviul se mută",
        sent,
        "Move from Wednesday 9 December 11:00 to 'joi, 10 decembrie, la ora 14:00'.",
        inv(st, sent=sent, kind="reschedule"),
        "Bună ziua, Alex,\n\nClientul nostru m-a rugat să mutăm interviul de miercuri, 9 "
        "decembrie, ora 11:00. Noua dată este joi, 10 decembrie, la ora 14:00, în același "
        "loc.\n\nMulțumesc pentru înțelegere,\nIoana\n",
    )
    z = "Europe/Zagreb"
    sent = at(2026, 12, 4, 9, 0, z)
    st = at(2026, 12, 10, 9, 30, z, "Thu")
    yield case(
        f,
        "otkazano_hr",
        "hr",
        ("Ana Horvat", "ana.horvat@jadran-it.example"),
        "Otkazan intervju",
        sent,
        "Cancels 'četvrtak, 10. prosinca u 9:30'.",
        inv(st, sent=sent, kind="cancellation"),
        "Poštovani,\n\nnažalost moramo otkazati intervju zakazan za četvrtak, 10. prosinca u "
        "9:30 sati, jer je pozicija privremeno zamrznuta. Javit ćemo se ako se situacija "
        "promijeni.\n\nIspričavamo se,\nAna Horvat\n",
    )
    z = "Europe/Rome"
    sent = at(2026, 12, 4, 11, 0, z)
    st = at(2026, 12, 17, 10, 0, z, "Thu")
    yield case(
        f,
        "spostamento_it",
        "it",
        ("Francesca Conti", "f.conti@lagunadesign.example"),
        "Spostamento colloquio",
        sent,
        "Move from Tuesday 15 to 'giovedì 17 dicembre alle 10', still an hour.",
        inv(st, at(2026, 12, 17, 11, 0, z), sent=sent, kind="reschedule"),
        "Buongiorno Alex,\n\npurtroppo il direttore creativo non sarà disponibile martedì 15, "
        "quindi abbiamo spostato il secondo colloquio a giovedì 17 dicembre, dalle 10 alle 11, "
        "sempre nella sede di Mestre.\n\nGrazie per la comprensione,\nFrancesca\n",
    )
    z = "Europe/Sofia"
    sent = at(2026, 12, 4, 12, 0, z)
    st = at(2026, 12, 16, 11, 0, z, "Wed")
    yield case(
        f,
        "premestvane_bg",
        "bg",
        ("Десислава Иванова", "d.ivanova@balkan-staffing.example"),
        "Ново време за интервюто",
        sent,
        "Move to 'сряда, 16 декември, в 11 ч.' from Tuesday 15 at 14:00.",
        inv(st, sent=sent, kind="reschedule"),
        "Здравейте, Алекс,\n\nКлиентът помоли да преместим интервюто от вторник, 15 декември, "
        "14:00 ч. Новото време е сряда, 16 декември, в 11 ч., на същото място.\n\nПоздрави,\n"
        "Десислава\n",
    )
    z = "Europe/Vilnius"
    sent = at(2026, 12, 4, 9, 0, z)
    st = at(2026, 12, 17, 13, 30, z, "Thu")
    yield case(
        f,
        "atsaukta_lt",
        "lt",
        ("Rūta Kazlauskienė", "ruta.k@nemunas-it.example"),
        "Pokalbis atšaukiamas",
        sent,
        "Cancels 'gruodžio 17 d. 13.30 val.' pokalbis.",
        inv(st, sent=sent, kind="cancellation"),
        "Sveiki, Alex,\n\ndeja, turime atšaukti gruodžio 17 d. 13.30 val. numatytą pokalbį - "
        "pozicija jau užimta. Atsiprašome už nepatogumus.\n\nPagarbiai\nRūta\n",
    )
    z = "Asia/Tehran"
    sent = at(2026, 12, 7, 9, 0, z)
    st = at(2026, 12, 17, 11, 0, z, "Thu")
    yield case(
        f,
        "taghir_fa",
        "fa",
        ("مریم احمدی", "m.ahmadi@parsian-talent.example"),
        "تغییر زمان مصاحبه",
        sent,
        "Move to 'پنجشنبه ۱۷ دسامبر ساعت ۱۱' (Gregorian month in Persian, Persian digits).",
        inv(st, sent=sent, kind="reschedule"),
        "جناب آقای مورگان،\n\nبا سلام\nبه اطلاع می‌رساند زمان مصاحبه شما به پنجشنبه ۱۷ دسامبر "
        "ساعت ۱۱ صبح تغییر کرد. محل مصاحبه تغییری نکرده است.\n\nبا احترام\nمریم احمدی\n",
    )


def frappefa33() -> Iterator[Case]:
    f = "frappefa33"
    z = "Asia/Tehran"
    hr = ("منابع انسانی", "hr@sepid-erp.example")
    sent = at(2026, 12, 6, 11, 2, z)
    st = at(2026, 12, 17, 14, 0, z, "Thu")
    yield case(
        f,
        "reschedule",
        "fa",
        hr,
        "مصاحبه: HR-INT-2026-00042 زمان‌بندی مجدد شد",
        sent,
        "Frappe HRMS reschedule (fa.po): from 2026-12-15 10:00:00 - 11:00:00 to 2026-12-17 14:00:00 - 15:00:00.",
        inv(st, at(2026, 12, 17, 15, 0, z), sent=sent, kind="reschedule"),
        "جلسه مصاحبه شما از 2026-12-15 10:00:00 - 11:00:00 به 2026-12-17 14:00:00 - "
        "15:00:00 تغییر مکان داد.\n",
        template=FRAPPE_T,
        license=FRAPPE_L,
    )
    sent = at(2026, 12, 7, 8, 0, z)
    st = at(2026, 12, 9, 9, 30, z, "Wed")
    yield case(
        f,
        "reschedule_short_slot",
        "fa",
        hr,
        "مصاحبه: HR-INT-2026-00057 زمان‌بندی مجدد شد",
        sent,
        "Frappe HRMS reschedule (fa.po) to 2026-12-09 09:30:00 - 10:00:00.",
        inv(st, at(2026, 12, 9, 10, 0, z), sent=sent, kind="reschedule"),
        "جلسه مصاحبه شما از 2026-12-08 16:00:00 - 16:30:00 به 2026-12-09 09:30:00 - "
        "10:00:00 تغییر مکان داد.\n",
        template=FRAPPE_T,
        license=FRAPPE_L,
    )
    sent = at(2026, 12, 17, 13, 45, z)
    st = at(2026, 12, 17, 14, 0, z, "Thu")
    yield case(
        f,
        "reminder",
        "fa",
        hr,
        "یادآوری مصاحبه",
        sent,
        "Frappe HRMS reminder: translated subject, the English template body with '2026-12-17 from 14:00:00 to 15:00:00'.",
        inv(st, at(2026, 12, 17, 15, 0, z), sent=sent),
        "Interview Reminder\n\nInterview: HR-INT-2026-00042 is scheduled on 2026-12-17 from "
        "14:00:00 to 15:00:00\n",
        template=FRAPPE_T,
        license=FRAPPE_L,
    )


BUILDERS = [hhmed33, balkan33, eastlang33, southlang33, romance33, looka33, moves33, frappefa33]

FIGURES = "Measured figures: see the branch's commit messages and the helper's report."


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    lines = [
        "# Provenance of the prose33 batch (`build_prose33.py`)",
        "",
        "Recruiters', headhunters' and HR staff's interview mail in languages the parser reads "
        "less well, and look-alikes in the same languages. The hand-written text is ours; "
        "people, companies and addresses are made up. `frappefa33` renders Frappe HRMS's "
        f"interview reschedule mail (hrms/hr/doctype/interview/interview.py) and its reminder "
        f"(interview_reminder_notification_template.html, Email Template from hrms/setup.py) "
        f"with the Persian strings of hrms/locale/fa.po, frappe/hrms@{HRMS} (GPL-3.0); the "
        "reminder's body is English because the template file is not translated. Labels were "
        "written from the datetimes the text is rendered from, before the parser was run.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families (random.Random('prose33').sample of the sorted names, k=2, "
        f"before anything was measured): {', '.join(held)}; their files are not listed here.",
        "",
        FIGURES,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose33.py`.",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {SPLITS[name]}): {SOURCES[name]}")
    lines += ["", "## Dev files", ""]
    for item in cases:
        if item.split == "dev":
            lines.append(f"- `dev/{item.filename}` ({item.label.get('kind')}): {item.note}")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose33.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
