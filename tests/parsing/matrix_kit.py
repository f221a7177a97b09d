"""Render realistic interview invitations for the parser matrix, with the instant each one means.

Every mail is written the way a recruiter in that country writes it: the sender's domain,
the Date header's offset, the words, the date and time order and the zone as people (or
Outlook, Google Calendar, an ATS) put it. The expected instant is computed with zoneinfo,
never by the parser's rules, so the matrix is a specification the parser has to meet.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from typing import ClassVar
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

# ---------------------------------------------------------------------------------------
# Formats and zone styles
# ---------------------------------------------------------------------------------------

FORMATS: tuple[str, ...] = (
    "long_weekday",  # Wednesday, 24 June 2026 at 14:00
    "long_no_year",  # Wednesday 24 June at 14:00 (year from the Date header)
    "iso",  # 2026-06-24 14:00
    "dotted",  # 24.06.2026 (de, pl)
    "slash_dmy",  # 24/06/2026 (nl: 24-06-2026)
    "us_month_first",  # 6/24/2026 2:00 PM (en-US)
    "ymd_slash",  # 2026/06/24 (ja, zh)
    "ymd_dotted",  # 2026.06.24 (ko), 2026.06.24. (hu)
    "label_value",  # Date: … / Time: … / Time zone: …
    "start_end_lines",  # Start: … / End: … / Timezone: …
    "html_table",  # the time only in an HTML table; the plain part points to it
    "subject_only",  # the time only in the Subject
    "twelve_hour",  # 2:30 pm, 2.30pm, a las 2:30 de la tarde, 午後2時30分
    "h24_suffix",  # 14.30 Uhr, 14h30, kl. 14.30, 14時30分
    "range",  # 10am – 11am, 14:00–14:45 Uhr, de 10h à 11h
    "duration",  # … for 45 minutes / Das Gespräch dauert 45 Minuten.
    "relative_weekday",  # next Tuesday at 10
    "tomorrow_explicit",  # tomorrow (6/24 - 9 PM PST): the explicit date wins
)

ZONE_STYLES: tuple[str, ...] = (
    "iana",  # Europe/Berlin
    "abbrev",  # MESZ, CEST, EDT, PST in summer, IST, SGT, AEDT, WIB, BRT, JST
    "gmt_offset",  # GMT+2
    "utc_minus",  # UTC−3 with U+2212
    "windows",  # (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi
    "google_city",  # Pacific Time - Los Angeles
    "us_generic",  # Central Time, Eastern Time (US & Canada)
    "half_hour",  # Asia/Kolkata, Australia/Adelaide, Asia/Kathmandu
    "southern_dst",  # Australia/Sydney, America/Santiago
    "none",  # no zone: the sender's zone applies, with a warning
)

# Which languages write a format at all; every other format applies to every language.
FORMAT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "dotted": ("de", "pl", "tr", "ru", "fi", "da", "cs", "ro", "uk", "nb", "he", "sk", "hr", "bg"),
    "slash_dmy": (
        "en",
        "fr",
        "es",
        "it",
        "pt",
        "id",
        "nl",
        "el",
        "vi",
        "ar",
        "he",
        "hi",
        "th",
        "ms",
    ),
    "us_month_first": ("en", "fil"),
    "ymd_slash": ("ja", "zh"),
    "ymd_dotted": ("ko", "hu"),
    "twelve_hour": (
        *("en", "es", "pt", "id", "ja", "ko", "zh", "vi", "ar", "hi", "ms", "fil"),
        # CLDR's 12-hour clock with the locale's day period ("3:00 odp.", "du. 3:00"; spans53)
        *("cs", "ro", "hu", "el", "he", "th", "sk", "hr", "bg"),
    ),
}

# Formats in which the mail states when the interview ends.
FORMATS_WITH_END = frozenset({"label_value", "start_end_lines", "html_table", "range", "duration"})

# ---------------------------------------------------------------------------------------
# Senders
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """A company in one country: its zone gives the Date header and the no-zone meaning."""

    lang: str
    zone: str
    company: str
    domain: str
    name: str
    month_first: bool = False  # writes 6/24 and 2:00 PM (en-US)


SENDERS: dict[str, tuple[Sender, ...]] = {
    "en": (
        Sender(
            "en",
            "America/New_York",
            "Brightwater Analytics",
            "brightwateranalytics.com",
            "Megan Foster",
            month_first=True,
        ),
        Sender(
            "en",
            "America/Chicago",
            "Prairie Ledger",
            "prairieledger.com",
            "Tyler Brooks",
            month_first=True,
        ),
        Sender(
            "en",
            "America/Los_Angeles",
            "Sunmesa Labs",
            "sunmesalabs.com",
            "Rachel Kim",
            month_first=True,
        ),
        Sender("en", "Europe/London", "Halden & Rowe", "haldenrowe.co.uk", "Oliver Hughes"),
        Sender("en", "Australia/Sydney", "Coralpoint", "coralpoint.com.au", "Chloe Nguyen"),
        Sender("en", "Australia/Adelaide", "Saltbush Software", "saltbush.com.au", "Liam Carter"),
        Sender("en", "Asia/Kolkata", "Tarang Systems", "tarangsystems.in", "Priya Raman"),
        Sender("en", "Asia/Singapore", "Merlion Data", "merliondata.com.sg", "Wei Ling Tan"),
        Sender("en", "Asia/Kathmandu", "Himal Cloud", "himalcloud.com.np", "Sujan Shrestha"),
    ),
    "de": (
        Sender(
            "de",
            "Europe/Berlin",
            "Lindenhof Software GmbH",
            "lindenhof-software.de",
            "Katrin Vogel",
        ),
        Sender("de", "Europe/Vienna", "Donaupunkt IT GmbH", "donaupunkt.at", "Stefan Gruber"),
        Sender("de", "Europe/Zurich", "Seeblick Informatik AG", "seeblick.ch", "Nadine Frei"),
    ),
    "fr": (
        Sender("fr", "Europe/Paris", "Lumen Numérique", "lumen-numerique.fr", "Claire Dubois"),
        Sender("fr", "America/Toronto", "Érable Logiciel", "erablelogiciel.ca", "Julie Tremblay"),
    ),
    "es": (
        Sender("es", "Europe/Madrid", "Olivar Tecnología", "olivartec.es", "Lucía Romero"),
        Sender("es", "America/Santiago", "Cordillera Datos", "cordilleradatos.cl", "Camila Soto"),
        Sender(
            "es", "America/Mexico_City", "Nopal Software", "nopalsoftware.com.mx", "Fernanda Ruiz"
        ),
        Sender("es", "America/Bogota", "Cafetal Digital", "cafetaldigital.com.co", "Andrés Gómez"),
    ),
    "it": (
        Sender("it", "Europe/Rome", "Tramonto Digitale", "tramontodigitale.it", "Giulia Conti"),
    ),
    "nl": (Sender("nl", "Europe/Amsterdam", "Grachtwerk", "grachtwerk.nl", "Sanne de Vries"),),
    "pt": (
        Sender(
            "pt", "America/Sao_Paulo", "Ipê Tecnologia", "ipetecnologia.com.br", "Mariana Alves"
        ),
    ),
    "pl": (Sender("pl", "Europe/Warsaw", "Wisła Software", "wislasoftware.pl", "Katarzyna Nowak"),),
    "sv": (Sender("sv", "Europe/Stockholm", "Fjällsoft AB", "fjallsoft.se", "Elin Lindqvist"),),
    "id": (
        Sender("id", "Asia/Jakarta", "Nusantara Digital", "nusantaradigital.co.id", "Rina Wijaya"),
    ),
    "ja": (Sender("ja", "Asia/Tokyo", "株式会社サクラテック", "sakuratech.co.jp", "佐藤 美咲"),),
    "tr": (
        Sender(
            "tr",
            "Europe/Istanbul",
            "Boğaziçi Yazılım A.Ş.",
            "bogaziciyazilim.com.tr",
            "Zeynep Aydın",
        ),
    ),
    "ru": (
        Sender("ru", "Europe/Moscow", "ООО «Северный Код»", "severnykod.ru", "Екатерина Орлова"),
        Sender("ru", "Asia/Yekaterinburg", "Уральские Системы", "uralsys.ru", "Дмитрий Волков"),
    ),
    "ko": (Sender("ko", "Asia/Seoul", "(주)누리데이터", "nuridata.co.kr", "이서연"),),
    "zh": (
        Sender("zh", "Asia/Shanghai", "上海云帆信息技术有限公司", "yunfan-tech.com.cn", "陈静"),
    ),
    "fi": (
        Sender("fi", "Europe/Helsinki", "Revontuli Tech Oy", "revontulitech.fi", "Laura Mäkinen"),
    ),
    "da": (
        Sender("da", "Europe/Copenhagen", "Fyrtårn Data ApS", "fyrtaarndata.dk", "Mette Larsen"),
    ),
    "cs": (
        Sender("cs", "Europe/Prague", "Vltava Software s.r.o.", "vltavasoft.cz", "Lucie Dvořáková"),
    ),
    "ro": (
        Sender(
            "ro", "Europe/Bucharest", "Carpați Digital SRL", "carpatidigital.ro", "Andreea Popescu"
        ),
    ),
    "hu": (
        Sender("hu", "Europe/Budapest", "Tisza Informatika Kft.", "tiszainfo.hu", "Nagy Eszter"),
    ),
    "uk": (
        Sender("uk", "Europe/Kyiv", "ТОВ «Дніпро Софт»", "dniprosoft.com.ua", "Олена Коваленко"),
    ),
    "el": (
        Sender(
            "el", "Europe/Athens", "Αιγαίο Λογισμικό Α.Ε.", "aigaiosoft.gr", "Μαρία Παπαδοπούλου"
        ),
    ),
    "nb": (
        Sender("nb", "Europe/Oslo", "Nordlys Programvare AS", "nordlysprog.no", "Ingrid Hansen"),
    ),
    "vi": (
        Sender(
            "vi",
            "Asia/Ho_Chi_Minh",
            "Công ty TNHH Sông Hồng Tech",
            "songhongtech.com.vn",
            "Nguyễn Thu Trang",
        ),
    ),
    "ar": (
        Sender("ar", "Asia/Riyadh", "شركة نخلة للتقنية", "nakhlatech.com.sa", "سارة العتيبي"),
        Sender("ar", "Asia/Dubai", "الواحة الرقمية", "alwahadigital.ae", "أحمد الشامسي"),
        Sender("ar", "Africa/Cairo", "النيل للبرمجيات", "nilesoft.com.eg", "منى عبد الرحمن"),
        Sender("ar", "Asia/Amman", "البتراء للحلول الرقمية", "petradigital.jo", "ليلى الخطيب"),
    ),
    "he": (
        Sender("he", "Asia/Jerusalem", "גלבוע טכנולוגיות בע״מ", "gilboatech.co.il", "מיכל לוי"),
    ),
    "hi": (Sender("hi", "Asia/Kolkata", "सारंग टेक्नोलॉजीज़", "sarangtech.co.in", "नेहा वर्मा"),),
    "th": (
        Sender("th", "Asia/Bangkok", "บริษัท เจ้าพระยา ดิจิทัล จำกัด", "chaophraya.co.th", "สุภาพร ใจดี"),
    ),
    "ms": (
        Sender(
            "ms",
            "Asia/Kuala_Lumpur",
            "Kenanga Digital Sdn Bhd",
            "kenangadigital.com.my",
            "Nurul Aina",
        ),
    ),
    "fil": (
        Sender(
            "fil", "Asia/Manila", "Bagwis Solutions Inc.", "bagwis.com.ph", "Maria Santos", True
        ),
    ),
    "sk": (
        Sender(
            "sk", "Europe/Bratislava", "Tatry Software s.r.o.", "tatrysoft.sk", "Zuzana Kováčová"
        ),
    ),
    "hr": (
        Sender("hr", "Europe/Zagreb", "Jadran Informatika d.o.o.", "jadraninfo.hr", "Ivana Horvat"),
    ),
    "bg": (Sender("bg", "Europe/Sofia", "Витоша Софтуер ЕООД", "vitoshasoft.bg", "Мария Иванова"),),
}

CANDIDATES: dict[str, tuple[str, str]] = {
    "en": ("Jordan Lee", "jordan.lee@gmail.com"),
    "de": ("Jana Keller", "jana.keller@web.de"),
    "fr": ("Léa Martin", "lea.martin@orange.fr"),
    "es": ("Pablo García", "pablo.garcia@gmail.com"),
    "it": ("Marco Bianchi", "marco.bianchi@libero.it"),
    "nl": ("Daan Jansen", "daan.jansen@ziggo.nl"),
    "pt": ("Lucas Souza", "lucas.souza@gmail.com"),
    "pl": ("Piotr Kowalski", "piotr.kowalski@wp.pl"),
    "sv": ("Erik Berg", "erik.berg@telia.se"),
    "id": ("Budi Santoso", "budi.santoso@gmail.com"),
    "ja": ("田中 健", "ken.tanaka@gmail.com"),
    "tr": ("Emre Yılmaz", "emre.yilmaz@gmail.com"),
    "ru": ("Анна Смирнова", "anna.smirnova@yandex.ru"),
    "ko": ("김민준", "minjun.kim@naver.com"),
    "zh": ("王磊", "wanglei88@163.com"),
    "fi": ("Mikko Virtanen", "mikko.virtanen@gmail.com"),
    "da": ("Sofie Nielsen", "sofie.nielsen@gmail.com"),
    "cs": ("Tomáš Novák", "tomas.novak@seznam.cz"),
    "ro": ("Ioana Marin", "ioana.marin@yahoo.com"),
    "hu": ("Kovács Péter", "kovacs.peter@freemail.hu"),
    "uk": ("Андрій Шевченко", "andriy.shevchenko@ukr.net"),
    "el": ("Νίκος Γεωργίου", "nikos.georgiou@gmail.com"),
    "nb": ("Ole Johansen", "ole.johansen@online.no"),
    "vi": ("Trần Quang Minh", "minh.tranquang@gmail.com"),
    "ar": ("خالد المنصور", "khaled.almansour@gmail.com"),
    "he": ("יונתן כהן", "yonatan.cohen@gmail.com"),
    "hi": ("राहुल शर्मा", "rahul.sharma@gmail.com"),
    "th": ("ธนากร ศรีสุข", "thanakorn.s@gmail.com"),
    "ms": ("Aiman Hakimi", "aiman.hakimi@gmail.com"),
    "fil": ("Paolo Reyes", "paolo.reyes@yahoo.com"),
    "sk": ("Martin Horváth", "martin.horvath@azet.sk"),
    "hr": ("Luka Babić", "luka.babic@gmail.com"),
    "bg": ("Георги Петров", "georgi.petrov@abv.bg"),
}

ROLES: dict[str, tuple[str, ...]] = {
    "en": ("Backend Engineer", "Data Analyst", "Product Designer"),
    "de": ("Backend-Entwickler (m/w/d)", "Data Analyst (m/w/d)", "Projektleiterin IT"),
    "fr": ("Développeur back-end", "Analyste de données", "Chef de projet"),
    "es": ("Desarrollador backend", "Analista de datos", "Jefe de proyecto"),
    "it": ("Sviluppatore backend", "Analista dati", "Project manager"),
    "nl": ("Backend-ontwikkelaar", "Data-analist", "Projectleider"),
    "pt": ("Desenvolvedor Back-end", "Analista de Dados", "Gerente de Projetos"),
    "pl": ("Programista backend", "Analityk danych", "Kierownik projektu"),
    "sv": ("backendutvecklare", "dataanalytiker", "projektledare"),
    "id": ("Backend Engineer", "Data Analyst", "Project Manager"),
    "ja": ("バックエンドエンジニア", "データアナリスト", "プロジェクトマネージャー"),
    "tr": ("Backend Geliştirici", "Veri Analisti", "Proje Yöneticisi"),
    "ru": ("Backend-разработчик", "Аналитик данных", "Руководитель проектов"),
    "ko": ("백엔드 개발자", "데이터 분석가", "프로젝트 매니저"),
    "zh": ("后端开发工程师", "数据分析师", "项目经理"),
    "fi": ("ohjelmistokehittäjä", "data-analyytikko", "projektipäällikkö"),
    "da": ("backendudvikler", "dataanalytiker", "projektleder"),
    "cs": ("Backend vývojář", "Datový analytik", "Projektový manažer"),
    "ro": ("Dezvoltator backend", "Analist de date", "Manager de proiect"),
    "hu": ("Backend fejlesztő", "Adatelemző", "Projektmenedzser"),
    "uk": ("Backend-розробник", "Аналітик даних", "Менеджер проєктів"),
    "el": ("Backend Developer", "Αναλυτής Δεδομένων", "Υπεύθυνος Έργου"),
    "nb": ("backendutvikler", "dataanalytiker", "prosjektleder"),
    "vi": ("Lập trình viên Backend", "Chuyên viên Phân tích Dữ liệu", "Quản lý Dự án"),
    "ar": ("مهندس برمجيات", "محلل بيانات", "مدير مشاريع"),
    "he": ("מפתח/ת Backend", "אנליסט/ית נתונים", "מנהל/ת פרויקטים"),
    "hi": ("बैकएंड डेवलपर", "डेटा एनालिस्ट", "प्रोजेक्ट मैनेजर"),
    "th": ("นักพัฒนา Backend", "นักวิเคราะห์ข้อมูล", "ผู้จัดการโครงการ"),
    "ms": ("Pembangun Backend", "Penganalisis Data", "Pengurus Projek"),
    "fil": ("Backend Developer", "Data Analyst", "Project Manager"),
    "sk": ("Backend vývojár", "Dátový analytik", "Projektový manažér"),
    "hr": ("Backend programer", "Analitičar podataka", "Voditelj projekata"),
    "bg": ("Backend разработчик", "Анализатор на данни", "Ръководител проекти"),
}

# ---------------------------------------------------------------------------------------
# Zones as people write them
# ---------------------------------------------------------------------------------------

CENTRAL_EUROPE = frozenset(
    {
        "Europe/Berlin",
        "Europe/Vienna",
        "Europe/Zurich",
        "Europe/Paris",
        "Europe/Madrid",
        "Europe/Rome",
        "Europe/Amsterdam",
        "Europe/Warsaw",
        "Europe/Stockholm",
        "Europe/Copenhagen",
        "Europe/Prague",
        "Europe/Budapest",
        "Europe/Oslo",
        "Europe/Bratislava",
        "Europe/Zagreb",
    }
)

HOME_ZONES: dict[str, tuple[str, ...]] = {
    "en": (
        "America/New_York",
        "America/Chicago",
        "America/Los_Angeles",
        "Europe/London",
        "Australia/Sydney",
        "Asia/Singapore",
    ),
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
    "fr": ("Europe/Paris",),
    "es": ("Europe/Madrid", "America/Mexico_City", "America/Bogota"),
    "it": ("Europe/Rome",),
    "nl": ("Europe/Amsterdam",),
    "pt": ("America/Sao_Paulo",),
    "pl": ("Europe/Warsaw",),
    "sv": ("Europe/Stockholm",),
    "id": ("Asia/Jakarta",),
    "ja": ("Asia/Tokyo",),
    "tr": ("Europe/Istanbul",),
    "ru": ("Europe/Moscow", "Asia/Yekaterinburg"),
    "ko": ("Asia/Seoul",),
    "zh": ("Asia/Shanghai",),
    "fi": ("Europe/Helsinki",),
    "da": ("Europe/Copenhagen",),
    "cs": ("Europe/Prague",),
    "ro": ("Europe/Bucharest",),
    "hu": ("Europe/Budapest",),
    "uk": ("Europe/Kyiv",),
    "el": ("Europe/Athens",),
    "nb": ("Europe/Oslo",),
    "vi": ("Asia/Ho_Chi_Minh",),
    "ar": ("Asia/Riyadh", "Asia/Dubai", "Africa/Cairo", "Asia/Amman"),
    "he": ("Asia/Jerusalem",),
    "hi": ("Asia/Kolkata",),
    "th": ("Asia/Bangkok",),
    "ms": ("Asia/Kuala_Lumpur",),
    "fil": ("Asia/Manila",),
    "sk": ("Europe/Bratislava",),
    "hr": ("Europe/Zagreb",),
    "bg": ("Europe/Sofia",),
}

ABBREV_ZONES: dict[str, tuple[str, ...]] = {
    "en": (
        "America/New_York",
        "America/Chicago",
        "America/Los_Angeles",
        "Asia/Kolkata",
        "Asia/Singapore",
        "Australia/Sydney",
    ),
    "pt": ("America/Sao_Paulo",),
    "id": ("Asia/Jakarta",),
    "ja": ("Asia/Tokyo",),
    "tr": ("Europe/Istanbul",),
    "ru": ("Europe/Moscow",),
    "ko": ("Asia/Seoul",),
    "zh": ("Asia/Shanghai",),
    "fi": ("Europe/Helsinki",),
    "ro": ("Europe/Bucharest",),
    "uk": ("Europe/Kyiv",),
    "el": ("Europe/Athens",),
    "vi": ("Asia/Ho_Chi_Minh",),
    "ar": ("Asia/Dubai",),
    "he": ("Asia/Jerusalem",),
    "hi": ("Asia/Kolkata",),
    "th": ("Asia/Bangkok",),
    "ms": ("Asia/Kuala_Lumpur",),
    "fil": ("Asia/Manila",),
    "bg": ("Europe/Sofia",),
}

NEGATIVE_ZONES: dict[str, tuple[str, ...]] = {
    "en": ("America/New_York", "America/Chicago", "America/Los_Angeles"),
    "es": ("America/Santiago", "America/Bogota", "America/Mexico_City"),
    "pt": ("America/Sao_Paulo",),
    "fr": ("America/Toronto",),
}

WINDOWS_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"),
        ("(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles"),
        ("(UTC+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney"),
        ("(UTC+09:30) Adelaide", "Australia/Adelaide"),
        ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "Europe/London"),
    ),
    "de": (("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "Europe/Berlin"),),
    "fr": (("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", "Europe/Paris"),),
    "es": (("(UTC+01:00) Bruselas, Copenhague, Madrid, París", "Europe/Madrid"),),
    "it": (("(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna", "Europe/Rome"),),
    "nl": (("(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen", "Europe/Amsterdam"),),
    "pt": (("(UTC-03:00) Brasília", "America/Sao_Paulo"),),
    "pl": (("(UTC+01:00) Sarajewo, Skopie, Warszawa, Zagrzeb", "Europe/Warsaw"),),
    "sv": (("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "Europe/Stockholm"),),
    "id": (("(UTC+07:00) Bangkok, Hanoi, Jakarta", "Asia/Jakarta"),),
    "ja": (("(UTC+09:00) 大阪、札幌、東京", "Asia/Tokyo"),),
    "tr": (("(UTC+03:00) İstanbul", "Europe/Istanbul"),),
    "ru": (("(UTC+03:00) Москва, Санкт-Петербург", "Europe/Moscow"),),
    "ko": (("(UTC+09:00) 서울", "Asia/Seoul"),),
    "zh": (("(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐", "Asia/Shanghai"),),
    "fi": (("(UTC+02:00) Helsinki, Kiova, Riika, Sofia, Tallinna, Vilna", "Europe/Helsinki"),),
    "da": (("(UTC+01:00) Bruxelles, København, Madrid, Paris", "Europe/Copenhagen"),),
    "cs": (("(UTC+01:00) Bělehrad, Bratislava, Budapešť, Lublaň, Praha", "Europe/Prague"),),
    "ro": (("(UTC+02:00) Atena, București", "Europe/Bucharest"),),
    "hu": (("(UTC+01:00) Belgrád, Budapest, Ljubljana, Pozsony, Prága", "Europe/Budapest"),),
    "uk": (("(UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс", "Europe/Kyiv"),),
    "el": (("(UTC+02:00) Αθήνα, Βουκουρέστι", "Europe/Athens"),),
    "nb": (("(UTC+01:00) Amsterdam, Berlin, Bern, Roma, Stockholm, Wien", "Europe/Oslo"),),
    "vi": (("(UTC+07:00) Bangkok, Hà Nội, Jakarta", "Asia/Ho_Chi_Minh"),),
    "ar": (
        ("(UTC+03:00) الكويت، الرياض", "Asia/Riyadh"),
        ("(UTC+04:00) أبوظبي، مسقط", "Asia/Dubai"),
        ("(UTC+02:00) القاهرة", "Africa/Cairo"),
    ),
    "he": (("(UTC+02:00) ירושלים", "Asia/Jerusalem"),),
    "hi": (("(UTC+05:30) चेन्नई, कोलकाता, मुंबई, नई दिल्ली", "Asia/Kolkata"),),
    "th": (("(UTC+07:00) กรุงเทพฯ, ฮานอย, จาการ์ตา", "Asia/Bangkok"),),
    "ms": (("(UTC+08:00) Kuala Lumpur, Singapura", "Asia/Kuala_Lumpur"),),
    "fil": (("(UTC+08:00) Kuala Lumpur, Singapore", "Asia/Manila"),),
    "sk": (("(UTC+01:00) Belehrad, Bratislava, Budapešť, Ľubľana, Praha", "Europe/Bratislava"),),
    "hr": (("(UTC+01:00) Sarajevo, Skopje, Varšava, Zagreb", "Europe/Zagreb"),),
    "bg": (("(UTC+02:00) Хелзинки, Киев, Рига, София, Талин, Вилнюс", "Europe/Sofia"),),
}

GOOGLE_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Pacific Time - Los Angeles", "America/Los_Angeles"),
        ("Eastern Time - New York", "America/New_York"),
        ("India Standard Time - Kolkata", "Asia/Kolkata"),
        ("Australian Eastern Time - Sydney", "Australia/Sydney"),
        ("Central European Time - Berlin", "Europe/Berlin"),
    ),
    "de": (("Mitteleuropäische Zeit - Berlin", "Europe/Berlin"),),
    "fr": (("heure d’Europe centrale - Paris", "Europe/Paris"),),
    "es": (("hora de Europa central - Madrid", "Europe/Madrid"),),
    "it": (("Ora dell’Europa centrale - Roma", "Europe/Rome"),),
    "nl": (("Midden-Europese tijd - Amsterdam", "Europe/Amsterdam"),),
    "pt": (("Horário de Brasília - São Paulo", "America/Sao_Paulo"),),
    "pl": (("czas środkowoeuropejski - Warszawa", "Europe/Warsaw"),),
    "sv": (("centraleuropeisk tid - Stockholm", "Europe/Stockholm"),),
    "id": (("Waktu Indonesia Barat - Jakarta", "Asia/Jakarta"),),
    "ja": (("日本標準時 - 東京", "Asia/Tokyo"),),
    "tr": (("Türkiye Saati - İstanbul", "Europe/Istanbul"),),
    "ru": (("Москва, стандартное время - Москва", "Europe/Moscow"),),
    "ko": (("한국 표준시 - 서울", "Asia/Seoul"),),
    "zh": (("中国标准时间 - 上海", "Asia/Shanghai"),),
    "fi": (("Itä-Euroopan aika - Helsinki", "Europe/Helsinki"),),
    "da": (("Centraleuropæisk tid - København", "Europe/Copenhagen"),),
    "cs": (("Středoevropský čas - Praha", "Europe/Prague"),),
    "ro": (("Ora Europei de Est - București", "Europe/Bucharest"),),
    "hu": (("közép-európai idő - Budapest", "Europe/Budapest"),),
    "uk": (("Східноєвропейський час - Київ", "Europe/Kyiv"),),
    "el": (("Ώρα Ανατολικής Ευρώπης - Αθήνα", "Europe/Athens"),),
    "nb": (("Sentraleuropeisk tid - Oslo", "Europe/Oslo"),),
    "vi": (("Giờ Đông Dương - Thành phố Hồ Chí Minh", "Asia/Ho_Chi_Minh"),),
    "ar": (
        ("توقيت شبه الجزيرة العربية - الرياض", "Asia/Riyadh"),
        ("توقيت الخليج - دبي", "Asia/Dubai"),
        ("توقيت شرق أوروبا - القاهرة", "Africa/Cairo"),
    ),
    "he": (("שעון ישראל - ירושלים", "Asia/Jerusalem"),),
    "hi": (("भारतीय मानक समय - कोलकाता", "Asia/Kolkata"),),
    "th": (("เวลาอินโดจีน - กรุงเทพ", "Asia/Bangkok"),),
    "ms": (("Waktu Malaysia - Kuala Lumpur", "Asia/Kuala_Lumpur"),),
    "fil": (("Oras sa Pilipinas - Manila", "Asia/Manila"),),
    "sk": (("Stredoeurópsky čas - Bratislava", "Europe/Bratislava"),),
    "hr": (("Srednjoeuropsko vrijeme - Zagreb", "Europe/Zagreb"),),
    "bg": (("Източноевропейско време - София", "Europe/Sofia"),),
}

US_GENERIC_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Central Time", "America/Chicago"),
        ("Eastern Time (US & Canada)", "America/New_York"),
        ("Pacific Time", "America/Los_Angeles"),
    ),
    "de": (("Ostküstenzeit (USA)", "America/New_York"),),
    "fr": (("heure de l’Est (États-Unis et Canada)", "America/Toronto"),),
    "es": (
        ("hora del Este (EE. UU. y Canadá)", "America/New_York"),
        ("hora del Pacífico (EE. UU. y Canadá)", "America/Los_Angeles"),
    ),
    "it": (("ora della costa orientale degli Stati Uniti", "America/New_York"),),
    "nl": (("Eastern Time (VS en Canada)", "America/New_York"),),
    "pt": (("horário da Costa Leste dos EUA", "America/New_York"),),
    "pl": (("czas wschodni USA", "America/New_York"),),
    "sv": (("amerikansk östkusttid", "America/New_York"),),
    "id": (("waktu Pantai Timur AS", "America/New_York"),),
    "ja": (("米国東部時間", "America/New_York"),),
    "tr": (("Kuzey Amerika Doğu Saati", "America/New_York"),),
    "ru": (("по восточному времени США", "America/New_York"),),
    "ko": (("미국 동부 시간", "America/New_York"),),
    "zh": (("美国东部时间", "America/New_York"),),
    "fi": (("Pohjois-Amerikan itäinen aika", "America/New_York"),),
    "da": (("amerikansk østkysttid", "America/New_York"),),
    "cs": (("severoamerický východní čas", "America/New_York"),),
    "ro": (("ora Coastei de Est a SUA", "America/New_York"),),
    "hu": (("észak-amerikai keleti idő", "America/New_York"),),
    "uk": (("за північноамериканським східним часом", "America/New_York"),),
    "el": (("Ανατολική ώρα Βόρειας Αμερικής", "America/New_York"),),
    "nb": (("amerikansk østkysttid", "America/New_York"),),
    "vi": (("giờ miền Đông Hoa Kỳ", "America/New_York"),),
    "ar": (("التوقيت الشرقي لأمريكا الشمالية", "America/New_York"),),
    "he": (("שעון החוף המזרחי (ארה״ב)", "America/New_York"),),
    "hi": (("उत्तरी अमेरिकी पूर्वी समय", "America/New_York"),),
    "th": (("เวลาทางตะวันออกในอเมริกาเหนือ", "America/New_York"),),
    "ms": (("Waktu Timur (AS)", "America/New_York"),),
    "fil": (("Eastern Time (US & Canada)", "America/New_York"),),
    "sk": (("severoamerický východný čas", "America/New_York"),),
    "hr": (("istočno vrijeme (SAD)", "America/New_York"),),
    "bg": (("северноамериканско източно време", "America/New_York"),),
}

HALF_HOUR_ZONES = ("Asia/Kolkata", "Australia/Adelaide", "Asia/Kathmandu")
SOUTHERN_DST_ZONES = ("Australia/Sydney", "America/Santiago")

ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "America/New_York": ("EST", "EDT"),
    "America/Chicago": ("CST", "CDT"),
    "America/Los_Angeles": ("PST", "PST"),  # people write PST all summer and mean Pacific time
    "Asia/Kolkata": ("IST", "IST"),
    "Asia/Singapore": ("SGT", "SGT"),
    "Australia/Sydney": ("AEST", "AEDT"),
    "America/Sao_Paulo": ("BRT", "BRT"),
    "Asia/Jakarta": ("WIB", "WIB"),
    "Asia/Tokyo": ("JST", "JST"),
    "Europe/Istanbul": ("TSİ", "TSİ"),
    "Europe/Moscow": ("МСК", "МСК"),
    "Asia/Yekaterinburg": ("МСК+2", "МСК+2"),  # Russians count regional time from Moscow's
    "Asia/Seoul": ("KST", "KST"),
    "Asia/Shanghai": ("北京时间", "北京时间"),  # China writes the zone out, not "CST"
    "Europe/Helsinki": ("EET", "EEST"),
    "Europe/Bucharest": ("EET", "EEST"),
    "Europe/Kyiv": ("EET", "EEST"),
    "Europe/Athens": ("EET", "EEST"),
    "Asia/Ho_Chi_Minh": ("ICT", "ICT"),
    "Asia/Dubai": ("GST", "GST"),
    "Asia/Jerusalem": ("IST", "IDT"),  # Israel Standard/Daylight Time, in an Israeli mail
    "Asia/Bangkok": ("ICT", "ICT"),
    "Asia/Kuala_Lumpur": ("MYT", "MYT"),
    "Asia/Manila": ("PHT", "PHT"),
    "Europe/Sofia": ("EET", "EEST"),
}


@dataclass(frozen=True)
class ZoneChoice:
    """How one case states its zone: `text` as written (None: not at all), `iana` as meant."""

    style: str
    iana: str
    text: Callable[[datetime], str] | None  # from the aware event start


def _offset_text(prefix: str, minus: str) -> Callable[[datetime], str]:
    def render(start: datetime) -> str:
        offset = start.utcoffset()
        assert offset is not None
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else minus
        hours, rest = divmod(abs(minutes), 60)
        return f"{prefix}{sign}{hours}" + (f":{rest:02d}" if rest else "")

    return render


def _fixed(text: str) -> Callable[[datetime], str]:
    return lambda _start: text


def _abbreviation(lang: str, iana: str) -> Callable[[datetime], str]:
    def render(start: datetime) -> str:
        summer = bool(start.dst())
        if iana in CENTRAL_EUROPE:
            if lang == "de":
                return "MESZ" if summer else "MEZ"
            if lang in ("cs", "sk"):
                return "SELČ" if summer else "SEČ"
            return "CEST" if summer else "CET"
        standard, daylight = ABBREVIATIONS[iana]
        return daylight if summer else standard

    return render


def zone_choices(lang: str, style: str) -> tuple[ZoneChoice, ...]:
    """Every way a mail in `lang` states its zone in `style`."""
    if style == "iana":
        return tuple(ZoneChoice(style, z, _fixed(z)) for z in HOME_ZONES[lang])
    if style == "abbrev":
        zones = ABBREV_ZONES.get(lang) or tuple(z for z in HOME_ZONES[lang] if z in CENTRAL_EUROPE)
        return tuple(ZoneChoice(style, z, _abbreviation(lang, z)) for z in zones)
    if style == "gmt_offset":
        return tuple(ZoneChoice(style, z, _offset_text("GMT", "-")) for z in HOME_ZONES[lang])
    if style == "utc_minus":
        zones = NEGATIVE_ZONES.get(lang, ("America/New_York",))
        return tuple(ZoneChoice(style, z, _offset_text("UTC", "\u2212")) for z in zones)
    if style in ("windows", "google_city", "us_generic"):
        table = {
            "windows": WINDOWS_NAMES,
            "google_city": GOOGLE_NAMES,
            "us_generic": US_GENERIC_NAMES,
        }[style]
        return tuple(ZoneChoice(style, z, _fixed(t)) for t, z in table[lang])
    if style == "half_hour":
        return tuple(ZoneChoice(style, z, _fixed(z)) for z in HALF_HOUR_ZONES)
    if style == "southern_dst":
        return tuple(ZoneChoice(style, z, _fixed(z)) for z in SOUTHERN_DST_ZONES)
    if style == "none":
        return tuple(ZoneChoice(style, s.zone, None) for s in SENDERS[lang])
    raise ValueError(style)


# ---------------------------------------------------------------------------------------
# Dates: ordinary weeks and the weeks right after a DST change, 2026
# ---------------------------------------------------------------------------------------

ORDINARY_WEEKS = tuple(
    date.fromisoformat(d)
    for d in (
        "2026-01-05",
        "2026-02-16",
        "2026-05-18",
        "2026-06-22",
        "2026-07-13",
        "2026-08-24",
        "2026-11-23",
        "2026-12-07",
    )
)
DST_WEEKS = tuple(
    date.fromisoformat(d)
    for d in (
        "2026-03-09",  # US springs forward on 8 March
        "2026-03-30",  # Europe on 29 March
        "2026-04-06",  # Australia and Chile fall back on 5 April
        "2026-09-07",  # Chile springs forward on 6 September
        "2026-10-05",  # Australia springs forward on 4 October
        "2026-10-26",  # Europe falls back on 25 October
        "2026-11-02",
    )  # US falls back on 1 November
)
SOUTHERN_WEEKS = (date(2026, 4, 6), date(2026, 9, 7), date(2026, 10, 5))
US_SUMMER_WEEKS = (
    date(2026, 3, 30),
    date(2026, 5, 18),
    date(2026, 6, 22),
    date(2026, 7, 13),
    date(2026, 8, 24),
    date(2026, 10, 26),
)


@dataclass(frozen=True)
class Case:
    """One rendered mail and what it means."""

    lang: str
    fmt: str
    style: str
    zone: ZoneChoice
    sender: Sender
    raw: bytes
    start: datetime  # aware, in the zone meant
    end: datetime | None  # only when the mail states it
    sent: datetime  # the Date header, aware in the sender's zone
    when_text: str  # the lines that carry the time, for failure messages
    zone_text: str | None

    @property
    def stated(self) -> bool:
        return self.zone.text is not None

    def label(self) -> str:
        return f"{self.lang}×{self.fmt}×{self.style}"

    def describe(self) -> str:
        return (
            f"{self.label()} [{self.zone.iana}] from {self.sender.domain} sent "
            f"{format_datetime(self.sent)}: {self.when_text!r} → expected "
            f"{self.start.isoformat()}" + (f"–{self.end.isoformat()}" if self.end else "")
        )


def pick_sender(lang: str, fmt: str, zone: str) -> Sender:
    """The company whose home zone the mail uses, if the language has one, else its first."""
    senders = SENDERS[lang]
    if lang == "en":
        if fmt in ("us_month_first", "tomorrow_explicit"):
            senders = tuple(s for s in senders if s.month_first)
        elif fmt in ("slash_dmy", "h24_suffix"):
            senders = tuple(s for s in senders if not s.month_first)
    for sender in senders:
        if sender.zone == zone:
            return sender
    return senders[0]


def choose_slot(
    lang: str, fmt: str, style: str, zone: str, rng: random.Random
) -> tuple[date, time]:
    """A weekday and business hour, half the time in a week right after a DST change."""
    if style == "southern_dst" and rng.random() < 0.7:
        week = rng.choice(SOUTHERN_WEEKS)
    elif style == "abbrev" and zone == "America/Los_Angeles":
        week = rng.choice(US_SUMMER_WEEKS)
    else:
        week = rng.choice(DST_WEEKS if rng.random() < 0.5 else ORDINARY_WEEKS)
    day = week + timedelta(days=rng.randrange(5))
    hour = rng.randrange(8, 18)
    minute = rng.choice((0, 0, 0, 30, 30, 15, 45))
    return fit_slot(lang, fmt, day, time(hour, minute))


WEEKEND_FRIDAY = frozenset({"ar", "he"})


def fit_slot(lang: str, fmt: str, day: date, clock: time) -> tuple[date, time]:
    """Move a slot to where the format can say it naturally."""
    if day.weekday() >= 5:
        day -= timedelta(days=day.weekday() - 4)
    if lang in WEEKEND_FRIDAY and day.weekday() == 4:
        day -= timedelta(days=1)  # Friday is the weekend in Israel and the Arab world
    if fmt == "relative_weekday":
        # said on the Thursday or Friday before: "next Tuesday" then has one meaning
        if day.weekday() == 4:
            day -= timedelta(days=1)
        clock = time(min(max(clock.hour, 9), 16), 0)
    if fmt == "twelve_hour" and lang in ("es", "pt", "id") and clock.hour == 12:
        clock = time(13, clock.minute)
    clock = time(min(max(clock.hour, 8), 17), clock.minute)
    return day, clock


def sent_at(fmt: str, event_day: date, sender: Sender, rng: random.Random) -> datetime:
    """When the recruiter sent the mail: a working day 3–6 days before the interview."""
    if fmt == "relative_weekday":
        monday = event_day - timedelta(days=event_day.weekday())
        day = monday - timedelta(days=rng.choice((3, 4)))  # Thursday or Friday before
    else:
        day = event_day - timedelta(days=rng.randint(3, 6))
        if day.weekday() >= 5:
            day -= timedelta(days=day.weekday() - 4)
    if sender.lang in WEEKEND_FRIDAY and day.weekday() == 4:
        day -= timedelta(days=1)  # Israeli and Saudi offices write on Thursday, not Friday
    wall = datetime.combine(day, time(rng.randrange(8, 18), rng.randrange(60), rng.randrange(60)))
    return wall.replace(tzinfo=ZoneInfo(sender.zone))


DURATIONS = (30, 45, 45, 60, 90)


# ---------------------------------------------------------------------------------------
# Languages
# ---------------------------------------------------------------------------------------


@dataclass
class Slots:
    """The pieces of one mail before a language puts them into words."""

    start: datetime  # aware, in the zone meant
    end: datetime
    minutes: int
    zone_text: str | None
    zone_style: str
    sender: Sender
    sent: datetime
    role: str
    candidate: str
    rng: random.Random
    variant: int = field(default=0)

    @property
    def day(self) -> date:
        return self.start.date()


def hm(clock: datetime, sep: str = ":") -> str:
    return f"{clock.hour:02d}{sep}{clock.minute:02d}"


def hour_h(clock: datetime) -> str:
    """14h, 14h30: how French and Brazilian mail write times."""
    return f"{clock.hour}h" + (f"{clock.minute:02d}" if clock.minute else "")


def twelve(clock: datetime, style: int) -> str:
    """English 12-hour times the way people type them."""
    hour = clock.hour % 12 or 12
    pm = clock.hour >= 12
    if style == 0:
        return f"{hour}:{clock.minute:02d} {'PM' if pm else 'AM'}"
    if style == 1:
        return f"{hour}:{clock.minute:02d} {'pm' if pm else 'am'}"
    if style == 2:
        return f"{hour}.{clock.minute:02d}{'pm' if pm else 'am'}"
    suffix = "pm" if pm else "am"
    return f"{hour}{suffix}" if clock.minute == 0 else f"{hour}:{clock.minute:02d}{suffix}"


class Lang:
    """How one language writes an invitation; subclasses fill in the words."""

    code = ""
    weekdays: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    subject_word = ""
    zone_label = ""
    labels: tuple[str, str, str] = ("", "", "")  # date, time, zone
    start_end_labels: tuple[str, str, str] = ("", "", "")
    html_hint = ""
    subject_hint = ""

    # --- pieces -----------------------------------------------------------------------
    def long_date(self, s: Slots, year: bool) -> str:
        raise NotImplementedError

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t)

    def at(self, clock: str) -> str:
        raise NotImplementedError

    def zone(self, s: Slots) -> str:
        """The zone as it follows a time in running text."""
        if s.zone_text is None:
            return ""
        if s.zone_style in ("abbrev", "windows") or "(" in s.zone_text:
            return f" {s.zone_text}"  # Outlook's labels carry their own parentheses
        if s.zone_style in ("iana", "half_hour", "southern_dst"):
            return f" ({self.zone_label} {s.zone_text})"
        return f" ({s.zone_text})"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        """Date, time and zone joined into what follows the invitation's lead-in."""
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"{self.clock(s.start, s)}–{self.clock(s.end, s)}"

    def suffixed(self, s: Slots) -> str:
        raise NotImplementedError

    # the word for "at" before CLDR's 12-hour clock with its flexible day period
    twelve_lead = ""

    def twelve_hour(self, s: Slots) -> str:
        """CLDR's 12-hour clock with the locale's own day period ("Bhm"), after its word
        for "at": "v 3:00 odp.", "du. 3:00", "στις 5:30 απόγ.", "в 11:15 ч. на обяд"."""
        clock = format_skeleton("Bhm", s.start.time(), locale=self.code)
        return f"{self.twelve_lead} {clock}".strip()

    def duration_sentence(self, s: Slots) -> str:
        raise NotImplementedError

    def relative(self, s: Slots) -> str:
        raise NotImplementedError

    def tomorrow(self, s: Slots) -> str:
        raise NotImplementedError

    # --- whole mail -------------------------------------------------------------------
    def subject(self, s: Slots) -> str:
        return f"{self.subject_word} – {s.role}"

    def letter(self, s: Slots, core: str) -> str:
        """Greeting, the sentence(s) with the time, a closing and the signature."""
        raise NotImplementedError

    def invite(self, s: Slots, when: str) -> str:
        raise NotImplementedError

    block_lead = ""  # the sentence before a label block, with {role}

    def label_time(self, s: Slots) -> str:
        return f"{self.clock(s.start, s)} – {self.clock(s.end, s)}"

    def numeric_for(self, s: Slots) -> str:
        return self.numeric_date(s.day)

    def label_block(self, s: Slots) -> list[tuple[str, str]]:
        rows = [
            (self.labels[0], self.long_date(s, year=True)),
            (self.labels[1], self.label_time(s)),
        ]
        if s.zone_text is not None:
            rows.append((self.labels[2], s.zone_text))
        return rows

    def start_end_block(self, s: Slots) -> list[tuple[str, str]]:
        rows = [
            (self.start_end_labels[0], f"{self.numeric_for(s)} {self.clock(s.start, s)}"),
            (self.start_end_labels[1], f"{self.numeric_for(s)} {self.clock(s.end, s)}"),
        ]
        if s.zone_text is not None:
            rows.append((self.start_end_labels[2], s.zone_text))
        return rows

    def label_sep(self) -> str:
        return ": "


class English(Lang):
    code = "en"
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    months = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    subject_word = "Interview"
    zone_label = "time zone"
    labels = ("Date", "Time", "Time zone")
    start_end_labels = ("Start", "End", "Timezone")
    html_hint = "The details of your interview are below."
    subject_hint = (
        "Just confirming the interview slot in the subject line. "
        "You'll receive a video link the day before."
    )

    block_lead = (
        "Thank you for applying for the {role} position. We'd like to invite you to an interview:"
    )

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        wd, month = self.weekdays[d.weekday()], self.months[d.month - 1]
        if s.sender.month_first:
            return f"{wd}, {month} {d.day}" + (f", {d.year}" if year else "")
        return f"{wd} {d.day} {month}" + (f" {d.year}" if year else "")

    def numeric_for(self, s: Slots) -> str:
        d = s.day
        if s.sender.month_first:
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        return self.numeric_date(d)

    def clock(self, t: datetime, s: Slots) -> str:
        return twelve(t, 0) if s.sender.month_first else hm(t)

    def at(self, clock: str) -> str:
        return f"at {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"on {date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = s.start, s.end
        if not s.sender.month_first:
            return f"{hm(a)}–{hm(b)}" if s.variant % 2 else f"from {hm(a)} to {hm(b)}"
        same_half = (a.hour >= 12) == (b.hour >= 12)
        if same_half and s.variant % 2:
            suffix = "pm" if a.hour >= 12 else "am"
            first = twelve(a, 3).removesuffix(suffix)
            return f"from {first} to {twelve(b, 3)}"  # from 3 to 3:45 pm
        return f"{twelve(a, 3)} – {twelve(b, 3)}"  # 10am – 11am

    def suffixed(self, s: Slots) -> str:
        return f"at {hm(s.start, '.')} hrs" if s.variant % 2 else f"at {hm(s.start, '')} hrs"

    def twelve_hour(self, s: Slots) -> str:
        return f"at {twelve(s.start, s.variant % 4)}"

    def duration_sentence(self, s: Slots) -> str:
        length = "an hour" if s.minutes == 60 else f"{s.minutes} minutes"
        return f"It will last {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        clock = str(t.hour) if t.hour < 12 else (twelve(t, 3) if s.sender.month_first else hm(t))
        return f"next {self.weekdays[t.weekday()]} at {clock}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        d = s.day
        day = f"{d.month}/{d.day}" if s.sender.month_first else f"{d.day}/{d.month}"
        return f"tomorrow ({day} - {self.clock(s.start, s)}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Thank you for applying for the {s.role} position. "
            f"We'd like to invite you to an interview {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["en"][0].split()[0]
        return (
            f"Hi {first},\n\n{core}\n\nPlease let me know if the time doesn't work "
            f"for you.\n\nBest regards,\n{s.sender.name}\n{s.sender.company}\n"
        )


class German(Lang):
    code = "de"
    weekdays = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    months = (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    )
    subject_word = "Vorstellungsgespräch"
    zone_label = "Zeitzone"
    labels = ("Datum", "Uhrzeit", "Zeitzone")
    start_end_labels = ("Beginn", "Ende", "Zeitzone")
    html_hint = "die Einzelheiten zu Ihrem Termin finden Sie in der Übersicht unten."
    subject_hint = (
        "wie eben telefonisch besprochen bestätige ich Ihnen hiermit den Termin "
        "aus dem Betreff. Den Link zum Videocall erhalten Sie am Vortag."
    )

    block_lead = (
        "vielen Dank für Ihre Bewerbung als {role}. "
        "Gerne laden wir Sie zu einem Vorstellungsgespräch ein:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)}–{hm(s.end)} Uhr"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}, {d.day}. {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day}.{d.month}."

    def at(self, clock: str) -> str:
        return f"um {clock} Uhr"

    def zone(self, s: Slots) -> str:
        if s.zone_style == "us_generic" and s.zone_text:
            return f" {s.zone_text}"
        return super().zone(s)

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = hm(s.start), hm(s.end)
        return f"{a}–{b} Uhr" if s.variant % 2 else f"von {a} bis {b} Uhr"

    def suffixed(self, s: Slots) -> str:
        return f"um {hm(s.start, '.')} Uhr"

    def duration_sentence(self, s: Slots) -> str:
        length = "eine Stunde" if s.minutes == 60 else f"{s.minutes} Minuten"
        return f"Das Gespräch dauert {length}."

    def relative(self, s: Slots) -> str:
        return f"kommenden {self.weekdays[s.start.weekday()]} um {s.start.hour} Uhr{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"morgen ({self.short_day(s.day)}, {hm(s.start)} Uhr{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"vielen Dank für Ihre Bewerbung als {s.role}. Gerne möchten wir Sie zu einem "
            f"Vorstellungsgespräch einladen und haben dafür folgenden Termin vorgesehen: "
            f"{when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Guten Tag {CANDIDATES['de'][0]},\n\n{core}\n\nBitte geben Sie uns kurz "
            f"Bescheid, ob Ihnen der Termin passt.\n\nViele Grüße\n{s.sender.name}\n"
            f"{s.sender.company}\n"
        )


class French(Lang):
    code = "fr"
    weekdays = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    months = (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    )
    subject_word = "Entretien"
    zone_label = "fuseau horaire"
    labels = ("Date", "Heure", "Fuseau horaire")
    start_end_labels = ("Début", "Fin", "Fuseau horaire")
    html_hint = "vous trouverez ci-dessous les informations pratiques pour votre entretien."
    subject_hint = (
        "suite à notre échange téléphonique, je vous confirme le rendez-vous "
        "indiqué en objet. Le lien de la visioconférence suivra la veille."
    )

    block_lead = (
        "Suite à votre candidature au poste de {role}, "
        "nous avons le plaisir de vous convier à un entretien :"
    )

    def label_time(self, s: Slots) -> str:
        return f"{self.clock(s.start, s)} - {self.clock(s.end, s)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        day = "1er" if d.day == 1 else str(d.day)
        return f"{self.weekdays[d.weekday()]} {day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def clock(self, t: datetime, s: Slots) -> str:
        return f"{t.hour}h{t.minute:02d}"

    def at(self, clock: str) -> str:
        return f"à {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"le {date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = s.start, s.end
        if s.variant % 2:
            return f"de {hour_h(a)} à {hour_h(b)}"  # de 10h à 11h
        return f"de {self.clock(a, s)} à {self.clock(b, s)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        if s.variant % 2:
            return f"à {t.hour} h {t.minute:02d}" if t.minute else f"à {t.hour} h"
        return f"à {t.hour}h{t.minute:02d}" if t.minute else f"à {t.hour}h"

    def duration_sentence(self, s: Slots) -> str:
        length = "une heure" if s.minutes == 60 else f"{s.minutes} minutes"
        return f"L’entretien durera {length}."

    def relative(self, s: Slots) -> str:
        return f"{self.weekdays[s.start.weekday()]} prochain à {s.start.hour}h{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"demain ({self.short_day(s.day)} à {hour_h(s.start)}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Suite à votre candidature au poste de {s.role}, nous avons le plaisir de "
            f"vous convier à un entretien {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["fr"][0].split()[0]
        return (
            f"Bonjour {first},\n\n{core}\n\nMerci de me confirmer votre disponibilité.\n\n"
            f"Cordialement,\n{s.sender.name}\n{s.sender.company}\n"
        )

    def label_sep(self) -> str:
        return " : "


class Spanish(Lang):
    code = "es"
    weekdays = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    months = (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    )
    subject_word = "Entrevista"
    zone_label = "zona horaria"
    labels = ("Fecha", "Hora", "Zona horaria")
    start_end_labels = ("Inicio", "Fin", "Zona horaria")
    html_hint = "a continuación le enviamos los detalles de la entrevista."
    subject_hint = (
        "tal como hablamos por teléfono, le confirmo la cita indicada en el asunto. "
        "El enlace de la videollamada le llegará el día anterior."
    )

    block_lead = (
        "Gracias por su interés en el puesto de {role}. Nos complace invitarle a una entrevista:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]} {d.day} de {self.months[d.month - 1]}" + (
            f" de {d.year}" if year else ""
        )

    def at(self, clock: str) -> str:
        return f"a las {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"el {date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"de {hm(s.start)} a {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"a las {hm(s.start, '.' if s.variant % 2 else ':')} h"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "de la mañana" if t.hour < 12 else "de la tarde"
        hour = t.hour % 12 or 12
        article = "a la" if hour == 1 else "a las"
        return f"{article} {hour}:{t.minute:02d} {part}"

    def duration_sentence(self, s: Slots) -> str:
        length = "una hora" if s.minutes == 60 else f"{s.minutes} minutos"
        return f"La entrevista durará {length}."

    def relative(self, s: Slots) -> str:
        return (
            f"el próximo {self.weekdays[s.start.weekday()]} a las {s.start.hour}:00{self.zone(s)}"
        )

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"mañana ({self.short_day(s.day)} a las {hm(s.start)}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Gracias por su interés en el puesto de {s.role}. Nos complace invitarle "
            f"a una entrevista {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["es"][0].split()[0]
        return (
            f"Estimado {first}:\n\n{core}\n\nLe agradeceríamos que nos confirmara su "
            f"asistencia.\n\nUn cordial saludo,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Italian(Lang):
    code = "it"
    weekdays = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
    months = (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    )
    subject_word = "Colloquio"
    zone_label = "fuso orario"
    labels = ("Data", "Ora", "Fuso orario")
    start_end_labels = ("Inizio", "Fine", "Fuso orario")
    html_hint = "di seguito trova i dettagli del colloquio."
    subject_hint = (
        "come concordato al telefono, le confermo l’appuntamento indicato "
        "nell’oggetto. Il link per la videochiamata le arriverà il giorno prima."
    )

    block_lead = (
        "la ringraziamo per la sua candidatura per la posizione di {role}. "
        "Siamo lieti di invitarla a un colloquio:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]} {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def at(self, clock: str) -> str:
        return f"alle ore {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"il giorno {date_text}"
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"dalle {hm(s.start)} alle {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"alle ore {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "un’ora" if s.minutes == 60 else f"{s.minutes} minuti"
        return f"Il colloquio durerà {length}."

    def relative(self, s: Slots) -> str:
        return f"{self.weekdays[s.start.weekday()]} prossimo alle {s.start.hour}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"domani ({self.short_day(s.day)} alle {hm(s.start)}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"la ringraziamo per la sua candidatura per la posizione di {s.role}. "
            f"Siamo lieti di invitarla a un colloquio che si terrà {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["it"][0].split()[0]
        return (
            f"Gentile {first},\n\n{core}\n\nLa preghiamo di confermarci la sua "
            f"disponibilità.\n\nCordiali saluti,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Dutch(Lang):
    code = "nl"
    weekdays = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    months = (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    )
    subject_word = "Sollicitatiegesprek"
    zone_label = "tijdzone"
    labels = ("Datum", "Tijd", "Tijdzone")
    start_end_labels = ("Begin", "Einde", "Tijdzone")
    html_hint = "hieronder vind je de gegevens van het gesprek."
    subject_hint = (
        "zoals net telefonisch besproken bevestig ik hierbij de afspraak uit de "
        "onderwerpregel. De link voor het videogesprek volgt een dag van tevoren."
    )

    block_lead = (
        "Bedankt voor je sollicitatie naar de functie van {role}. "
        "Graag nodigen we je uit voor een sollicitatiegesprek:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)} uur"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]} {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    def at(self, clock: str) -> str:
        return f"om {clock} uur"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"op {date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"van {hm(s.start)} tot {hm(s.end)} uur"

    def suffixed(self, s: Slots) -> str:
        return f"om {hm(s.start, '.')} uur"

    def duration_sentence(self, s: Slots) -> str:
        length = "een uur" if s.minutes == 60 else f"{s.minutes} minuten"
        return f"Het gesprek duurt {length}."

    def relative(self, s: Slots) -> str:
        return (
            f"aanstaande {self.weekdays[s.start.weekday()]} om {s.start.hour}.00 uur{self.zone(s)}"
        )

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"morgen ({self.short_day(s.day)} om {hm(s.start)} uur{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Bedankt voor je sollicitatie naar de functie van {s.role}. Graag nodigen "
            f"we je uit voor een sollicitatiegesprek {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["nl"][0].split()[0]
        return (
            f"Beste {first},\n\n{core}\n\nWil je even laten weten of dit uitkomt?\n\n"
            f"Met vriendelijke groet,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Portuguese(Lang):
    code = "pt"
    weekdays = (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    )
    months = (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    )
    subject_word = "Entrevista"
    zone_label = "fuso horário"
    labels = ("Data", "Horário", "Fuso horário")
    start_end_labels = ("Início", "Término", "Fuso horário")
    html_hint = "seguem abaixo os detalhes da sua entrevista."
    subject_hint = (
        "conforme conversamos por telefone, confirmo a entrevista no horário "
        "indicado no assunto. O link da videochamada será enviado na véspera."
    )

    block_lead = (
        "Agradecemos seu interesse na vaga de {role}. "
        "Gostaríamos de convidá-lo para uma entrevista:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} às {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}, {d.day} de {self.months[d.month - 1]}" + (
            f" de {d.year}" if year else ""
        )

    def at(self, clock: str) -> str:
        return f"às {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        prefix = "no dia" if date_text[0].isdigit() else "na"
        return f"{prefix} {date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = s.start, s.end
        if s.variant % 2:
            return f"das {hour_h(a)} às {hour_h(b)}"  # das 10h às 11h
        return f"das {hm(a)} às {hm(b)}"

    def suffixed(self, s: Slots) -> str:
        return f"às {hour_h(s.start)}"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "da manhã" if t.hour < 12 else "da tarde"
        hour = t.hour % 12 or 12
        clock = f"{hour}h" + (f"{t.minute:02d}" if t.minute else "")
        return f"{'à' if hour == 1 else 'às'} {clock} {part}"

    def duration_sentence(self, s: Slots) -> str:
        length = "uma hora" if s.minutes == 60 else f"{s.minutes} minutos"
        return f"A entrevista terá duração de {length}."

    def relative(self, s: Slots) -> str:
        return f"na próxima {self.weekdays[s.start.weekday()]}, às {s.start.hour}h{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"amanhã ({self.short_day(s.day)}, às {hm(s.start)}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Agradecemos seu interesse na vaga de {s.role}. Gostaríamos de convidá-lo "
            f"para uma entrevista {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["pt"][0].split()[0]
        return (
            f"Olá, {first}!\n\n{core}\n\nPor favor, confirme sua presença respondendo "
            f"este e-mail.\n\nAtenciosamente,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Polish(Lang):
    code = "pl"
    weekdays = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
    weekdays_acc = (
        "w poniedziałek",
        "we wtorek",
        "w środę",
        "w czwartek",
        "w piątek",
        "w sobotę",
        "w niedzielę",
    )
    months = (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    )
    subject_word = "Rozmowa rekrutacyjna"
    zone_label = "strefa czasowa"
    labels = ("Data", "Godzina", "Strefa czasowa")
    start_end_labels = ("Początek", "Koniec", "Strefa czasowa")
    html_hint = "poniżej przesyłamy szczegóły spotkania."
    subject_hint = (
        "zgodnie z naszą rozmową telefoniczną potwierdzam termin podany w temacie "
        "wiadomości. Link do wideorozmowy prześlemy dzień wcześniej."
    )

    block_lead = (
        "dziękujemy za przesłanie aplikacji na stanowisko {role}. "
        "Serdecznie zapraszamy na rozmowę rekrutacyjną:"
    )

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays_acc[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year} r." if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"o godz. {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"dnia {date_text}" + (" r." if date_text.count(".") == 2 else "")
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"w godz. {hm(s.start)}–{hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"o godz. {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "godzinę" if s.minutes == 60 else f"{s.minutes} minut"
        return f"Rozmowa potrwa {length}."

    def relative(self, s: Slots) -> str:
        acc = self.weekdays_acc[s.start.weekday()].split()[1]
        return f"w najbliższy {acc} o godz. {s.start.hour}:00{self.zone(s)}".replace(
            "najbliższy środę", "najbliższą środę"
        )

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"jutro ({self.short_day(s.day)}, godz. {hm(s.start)}{zone})"

    def label_block(self, s: Slots) -> list[tuple[str, str]]:
        d = s.day
        rows = [
            (self.labels[0], f"{self.numeric_date(d)} ({self.weekdays[d.weekday()]})"),
            (self.labels[1], f"{hm(s.start)}–{hm(s.end)}"),
        ]
        if s.zone_text is not None:
            rows.append((self.labels[2], s.zone_text))
        return rows

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"dziękujemy za przesłanie aplikacji na stanowisko {s.role}. Serdecznie "
            f"zapraszamy na rozmowę rekrutacyjną, która odbędzie się {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Dzień dobry,\n\n{core}\n\nProsimy o potwierdzenie udziału.\n\n"
            f"Z poważaniem\n{s.sender.name}\n{s.sender.company}\n"
        )


class Swedish(Lang):
    code = "sv"
    weekdays = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
    months = (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    )
    subject_word = "Intervju"
    zone_label = "tidszon"
    labels = ("Datum", "Tid", "Tidszon")
    start_end_labels = ("Start", "Slut", "Tidszon")
    html_hint = "här nedan hittar du uppgifterna om intervjun."
    subject_hint = (
        "som vi kom överens om på telefon bekräftar jag härmed tiden i ämnesraden. "
        "Länken till videomötet skickar vi dagen innan."
    )

    block_lead = (
        "Tack för din ansökan till tjänsten som {role}. "
        "Vi vill gärna bjuda in dig till en intervju:"
    )

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}en den {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return d.isoformat()

    def at(self, clock: str) -> str:
        return f"kl. {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"den {date_text}"
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"kl. {hm(s.start, '.')}–{hm(s.end, '.')}"

    def suffixed(self, s: Slots) -> str:
        return f"kl. {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "en timme" if s.minutes == 60 else f"{s.minutes} minuter"
        return f"Intervjun tar {length}."

    def relative(self, s: Slots) -> str:
        return f"nu på {self.weekdays[s.start.weekday()]} kl. {s.start.hour}.00{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"i morgon ({self.short_day(s.day)} kl. {hm(s.start)}{zone})"

    def label_block(self, s: Slots) -> list[tuple[str, str]]:
        d = s.day
        rows = [
            (
                self.labels[0],
                f"{self.weekdays[d.weekday()]} {d.day} {self.months[d.month - 1]} {d.year}",
            ),
            (self.labels[1], f"{hm(s.start)}–{hm(s.end)}"),
        ]
        if s.zone_text is not None:
            rows.append((self.labels[2], s.zone_text))
        return rows

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Tack för din ansökan till tjänsten som {s.role}. Vi vill gärna bjuda in "
            f"dig till en intervju {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["sv"][0].split()[0]
        return (
            f"Hej {first}!\n\n{core}\n\nHör gärna av dig om tiden inte passar.\n\n"
            f"Vänliga hälsningar\n{s.sender.name}\n{s.sender.company}\n"
        )


class Indonesian(Lang):
    code = "id"
    weekdays = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    months = (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    )
    subject_word = "Undangan Wawancara"
    zone_label = "zona waktu"
    labels = ("Hari/Tanggal", "Waktu", "Zona waktu")
    start_end_labels = ("Mulai", "Selesai", "Zona waktu")
    html_hint = "berikut kami sampaikan detail jadwal wawancara Anda."
    subject_hint = (
        "menindaklanjuti pembicaraan kita di telepon, bersama ini kami konfirmasi "
        "jadwal wawancara sesuai subjek email ini. Tautan video call akan kami "
        "kirimkan sehari sebelumnya."
    )

    block_lead = (
        "Terima kasih atas lamaran Anda untuk posisi {role}. "
        "Dengan ini kami mengundang Anda untuk mengikuti wawancara dengan jadwal sebagai berikut:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start, '.')}–{hm(s.end, '.')}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t, ".")

    def at(self, clock: str) -> str:
        return f"pukul {clock}"

    def zone(self, s: Slots) -> str:
        if s.zone_style in ("abbrev",) and s.zone_text:
            return f" {s.zone_text}"
        return super().zone(s)

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        prefix = "tanggal" if date_text[0].isdigit() else "hari"
        return f"pada {prefix} {date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = hm(s.start, "."), hm(s.end, ".")
        return f"pukul {a} s.d. {b}" if s.variant % 2 else f"pukul {a}–{b}"

    def suffixed(self, s: Slots) -> str:
        return f"jam {hm(s.start, '.')}"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "pagi" if t.hour < 11 else "siang" if t.hour < 15 else "sore"
        return f"pukul {t.hour % 12 or 12}.{t.minute:02d} {part}"

    def duration_sentence(self, s: Slots) -> str:
        length = "satu jam" if s.minutes == 60 else f"{s.minutes} menit"
        return f"Wawancara akan berlangsung selama {length}."

    def relative(self, s: Slots) -> str:
        return f"hari {self.weekdays[s.start.weekday()]} depan pukul {s.start.hour:02d}.00" + (
            self.zone(s)
        )

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"besok ({self.short_day(s.day)} pukul {hm(s.start, '.')}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Terima kasih atas lamaran Anda untuk posisi {s.role}. Kami ingin mengundang "
            f"Anda untuk mengikuti wawancara {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        name = CANDIDATES["id"][0]
        return (
            f"Yth. Bapak {name},\n\n{core}\n\nMohon konfirmasi kehadiran Anda dengan "
            f"membalas email ini.\n\nSalam,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Japanese(Lang):
    code = "ja"
    weekdays = ("月", "火", "水", "木", "金", "土", "日")
    subject_word = "面接のご案内"
    zone_label = "タイムゾーン"
    labels = ("日付", "時間", "タイムゾーン")
    start_end_labels = ("開始", "終了", "タイムゾーン")
    html_hint = "面接の詳細は以下のとおりです。"
    subject_hint = (
        "先ほどお電話でお話しした件名の日時にて、面接を実施いたします。"
        "ビデオ会議のリンクは前日にお送りします。"
    )

    block_lead = (
        "この度は{role}のポジションにご応募いただき、誠にありがとうございます。\n"
        "下記の日時にて面接を実施いたします。"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)}～{hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return (
            f"{d.year}年" if year else ""
        ) + f"{d.month}月{d.day}日（{self.weekdays[d.weekday()]}）"

    def numeric_date(self, d: date) -> str:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"

    def short_day(self, d: date) -> str:
        return f"{d.month}/{d.day}"

    def at(self, clock: str) -> str:
        return f"{clock}から"

    def zone(self, s: Slots) -> str:
        if s.zone_text is None:
            return ""
        if s.zone_style == "windows":
            return f" {s.zone_text}"
        return f"（{s.zone_text}）"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"{hm(s.start)}～{hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        return f"{t.hour}時{t.minute:02d}分から" if t.minute else f"{t.hour}時から"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "午前" if t.hour < 12 else "午後"
        clock = f"{t.hour % 12}時" + (f"{t.minute}分" if t.minute else "")
        return f"{part}{clock}から"

    def duration_sentence(self, s: Slots) -> str:
        length = "1時間" if s.minutes == 60 else f"{s.minutes}分"
        return f"所要時間は{length}を予定しております。"

    def relative(self, s: Slots) -> str:
        return f"来週{self.weekdays[s.start.weekday()]}曜日の{s.start.hour}時から{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"明日（{self.short_day(s.day)} {hm(s.start)}{zone}）"

    def subject(self, s: Slots) -> str:
        return f"{self.subject_word} – {s.role}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"この度は{s.role}のポジションにご応募いただき、誠にありがとうございます。\n"
            f"下記の日時にて面接を実施したく、ご案内申し上げます。\n\n日時：{when}"
        )

    def letter(self, s: Slots, core: str) -> str:
        name = CANDIDATES["ja"][0]
        return (
            f"{name}様\n\nお世話になっております。{s.sender.company}採用担当の"
            f"{s.sender.name}です。\n{core}\n\nご都合が悪い場合はお知らせください。\n"
            f"よろしくお願いいたします。\n\n{s.sender.company}\n{s.sender.name}\n"
        )

    def label_sep(self) -> str:
        return "："


# --- languages added for the second matrix round: tr ru ko zh fi da cs ro hu -------------


def _tr_locative(clock: str) -> str:
    """Turkish writes the locative after a time as the number is read: 14:00'te, 9:30'da."""
    digits = [int(part) for part in clock.replace(".", ":").split(":")]
    last = digits[-1] if len(digits) > 1 and digits[-1] else digits[0]
    units = {0: "da", 1: "de", 2: "de", 3: "te", 4: "te", 5: "te", 6: "da", 7: "de", 8: "de"}
    units[9] = "da"
    tens = {0: "da", 1: "da", 2: "de", 3: "da", 4: "ta", 5: "de"}
    suffix = units[last % 10] if last % 10 else tens[(last // 10) % 10]
    return f"{clock}'{suffix}"


class Turkish(Lang):
    code = "tr"
    weekdays = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
    months = (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    )
    subject_word = "Mülakat Daveti"
    zone_label = "saat dilimi"
    labels = ("Tarih", "Saat", "Saat dilimi")
    start_end_labels = ("Başlangıç", "Bitiş", "Saat dilimi")
    html_hint = "Görüşmenize ait bilgileri aşağıda bulabilirsiniz."
    subject_hint = (
        "telefonda konuştuğumuz üzere, konu satırındaki tarih ve saati teyit ederim. "
        "Video görüşme bağlantısını bir gün önce ileteceğiz."
    )

    block_lead = (
        "{role} pozisyonu için yaptığınız başvuru için teşekkür ederiz. "
        "Sizi aşağıdaki tarihte mülakata davet etmek isteriz:"
    )

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return (
            f"{d.day} {self.months[d.month - 1]}"
            + (f" {d.year}" if year else "")
            + (f" {self.weekdays[d.weekday()]}")
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"saat {_tr_locative(clock)}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        tail = "tarihinde" if date_text[-1].isdigit() else "günü"
        return f"{date_text} {tail} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = hm(s.start), hm(s.end)
        if s.variant % 2:
            return f"saat {hm(s.start, '.')}-{hm(s.end, '.')} arasında"
        return f"{a}-{b} saatleri arasında"

    def suffixed(self, s: Slots) -> str:
        return f"saat {_tr_locative(hm(s.start, '.'))}"

    def duration_sentence(self, s: Slots) -> str:
        length = "1 saat" if s.minutes == 60 else f"{s.minutes} dakika"
        return f"Görüşme {length} sürecektir."

    def relative(self, s: Slots) -> str:
        t = s.start
        day = self.weekdays[t.weekday()]
        return f"önümüzdeki {day} saat {_tr_locative(hm(t))}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = (
            f" ({s.zone_text})"
            if s.zone_text and "(" not in s.zone_text
            else (f" {s.zone_text}" if s.zone_text else "")
        )
        return f"yarın ({self.short_day(s.day)}) saat {_tr_locative(hm(s.start))}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"{s.role} pozisyonu için yaptığınız başvuru için teşekkür ederiz. Sizi "
            f"{when} gerçekleştirilecek mülakata davet etmek isteriz."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Sayın {CANDIDATES['tr'][0]},\n\n{core}\n\nBu saatin size uygun olup olmadığını "
            f"bildirmenizi rica ederiz.\n\nSaygılarımızla,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Russian(Lang):
    code = "ru"
    weekdays = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
    weekdays_acc = (
        "в понедельник",
        "во вторник",
        "в среду",
        "в четверг",
        "в пятницу",
        "в субботу",
        "в воскресенье",
    )
    months = (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    )
    subject_word = "Приглашение на собеседование"
    zone_label = "часовой пояс"
    labels = ("Дата", "Время", "Часовой пояс")
    start_end_labels = ("Начало", "Окончание", "Часовой пояс")
    html_hint = "ниже все детали предстоящей встречи."
    subject_hint = (
        "как договорились по телефону, подтверждаю дату и время из темы письма. "
        "Ссылку на видеозвонок пришлём накануне."
    )

    block_lead = "благодарим вас за отклик на вакансию «{role}». Приглашаем вас на собеседование:"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays_acc[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year} г." if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"в {clock}"

    def zone(self, s: Slots) -> str:
        if s.zone_text and s.zone_style == "abbrev":
            return f" по {s.zone_text}" if s.variant % 2 else f" ({s.zone_text})"
        if s.zone_text and s.zone_style == "us_generic":
            return f" {s.zone_text}"
        return super().zone(s)

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"{hm(s.start)}–{hm(s.end)}"
        return f"с {hm(s.start)} до {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        return f"в {t.hour} ч. {t.minute:02d} мин." if s.variant % 2 else f"в {hm(t, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "1 час" if s.minutes == 60 else f"{s.minutes} минут"
        return f"Собеседование продлится {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        next_word = {2: "следующую", 4: "следующую", 5: "следующую", 6: "следующее"}.get(
            t.weekday(), "следующий"
        )
        acc = self.weekdays_acc[t.weekday()].split()[1]
        return f"в {next_word} {acc} в {hm(t)}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = self.zone(s)
        return f"завтра ({self.short_day(s.day)}) в {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"благодарим вас за отклик на вакансию «{s.role}». Приглашаем вас на "
            f"собеседование, которое состоится {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["ru"][0].split()[0]
        return (
            f"Здравствуйте, {first}!\n\nМеня зовут {s.sender.name}, я рекрутер компании "
            f"{s.sender.company}. {core[:1].upper()}{core[1:]}\n\nПожалуйста, подтвердите, "
            f"удобно ли вам это время.\n\nС уважением,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Korean(Lang):
    code = "ko"
    weekdays = ("월", "화", "수", "목", "금", "토", "일")
    subject_word = "면접 안내"
    zone_label = "시간대"
    labels = ("날짜", "시간", "시간대")
    start_end_labels = ("시작", "종료", "시간대")
    html_hint = "면접 세부 사항은 아래와 같습니다."
    subject_hint = (
        "전화로 말씀드린 대로 제목에 적힌 일시에 면접을 진행합니다. "
        "화상 면접 링크는 하루 전에 보내드리겠습니다."
    )

    block_lead = "{role} 포지션에 지원해 주셔서 감사합니다.\n아래와 같이 면접 일정을 안내드립니다."

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} ~ {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return (f"{d.year}년 " if year else "") + (
            f"{d.month}월 {d.day}일({self.weekdays[d.weekday()]})"
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.year}.{d.month:02d}.{d.day:02d}"

    def short_day(self, d: date) -> str:
        return f"{d.month}/{d.day}"

    def at(self, clock: str) -> str:
        return clock

    def zone(self, s: Slots) -> str:
        if s.zone_text is None:
            return ""
        if s.zone_style == "windows":
            return f" {s.zone_text}"
        return f" ({s.zone_text})"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"{hm(s.start)}~{hm(s.end)}"
        return f"{hm(s.start)} ~ {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        return f"{t.hour}시 {t.minute}분" if t.minute else f"{t.hour}시"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "오전" if t.hour < 12 else "오후"
        return f"{part} {t.hour % 12 or 12}시" + (f" {t.minute}분" if t.minute else "")

    def duration_sentence(self, s: Slots) -> str:
        length = "1시간" if s.minutes == 60 else f"{s.minutes}분"
        return f"면접 시간은 {length}입니다."

    def relative(self, s: Slots) -> str:
        t = s.start
        part = "오전" if t.hour < 12 else "오후"
        return (
            f"다음 주 {self.weekdays[t.weekday()]}요일 {part} {t.hour % 12 or 12}시{self.zone(s)}"
        )

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"내일({self.short_day(s.day)}) {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"{s.role} 포지션에 지원해 주셔서 감사합니다.\n"
            f"아래와 같이 면접 일정을 안내드립니다.\n\n일시: {when}"
        )

    def letter(self, s: Slots, core: str) -> str:
        name = CANDIDATES["ko"][0]
        return (
            f"{name}님, 안녕하세요.\n{s.sender.company} 인사팀 {s.sender.name}입니다.\n\n"
            f"{core}\n\n일정 변경이 필요하시면 회신 부탁드립니다.\n감사합니다.\n\n"
            f"{s.sender.name} 드림\n{s.sender.company}\n"
        )


class Chinese(Lang):
    code = "zh"
    weekdays = ("一", "二", "三", "四", "五", "六", "日")
    subject_word = "面试邀请"
    zone_label = "时区"
    labels = ("日期", "时间", "时区")
    start_end_labels = ("开始时间", "结束时间", "时区")
    html_hint = "面试详情如下："
    subject_hint = "按电话中沟通的结果，面试安排在邮件主题所示的时间。视频会议链接将于前一天发送。"

    block_lead = "感谢您投递我司{role}岗位。我们诚挚地邀请您参加面试，具体安排如下："

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)}-{hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        if year:
            return f"{d.year}年{d.month}月{d.day}日（星期{self.weekdays[d.weekday()]}）"
        return f"{d.month}月{d.day}日（周{self.weekdays[d.weekday()]}）"

    def numeric_date(self, d: date) -> str:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"

    def short_day(self, d: date) -> str:
        return f"{d.month}月{d.day}日"

    def at(self, clock: str) -> str:
        return clock

    def zone(self, s: Slots) -> str:
        if s.zone_text is None:
            return ""
        if s.zone_style == "windows":
            return f" {s.zone_text}"
        return f"（{s.zone_text}）"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"{hm(s.start)}至{hm(s.end)}"
        return f"{hm(s.start)}-{hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        return f"{t.hour}点{t.minute}分" if t.minute else f"{t.hour}点"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "上午" if t.hour < 12 else "中午" if t.hour == 12 else "下午"
        return f"{part}{t.hour % 12 or 12}点" + (f"{t.minute}分" if t.minute else "")

    def duration_sentence(self, s: Slots) -> str:
        length = "1小时" if s.minutes == 60 else f"{s.minutes}分钟"
        return f"面试时长为{length}。"

    def relative(self, s: Slots) -> str:
        t = s.start
        part = "上午" if t.hour < 12 else "中午" if t.hour == 12 else "下午"
        return f"下周{self.weekdays[t.weekday()]}{part}{t.hour % 12 or 12}点{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = self.zone(s)
        return f"明天（{self.short_day(s.day)}）{hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"感谢您投递我司{s.role}岗位。经过初步筛选，我们诚挚地邀请您参加面试，"
            f"具体安排如下：\n\n面试时间：{when}"
        )

    def letter(self, s: Slots, core: str) -> str:
        name = CANDIDATES["zh"][0]
        return (
            f"{name}，您好！\n\n{core}\n\n如时间不便，请回复本邮件告知。\n\n"
            f"祝好！\n{s.sender.name}\n{s.sender.company} 人力资源部\n"
        )

    def label_sep(self) -> str:
        return "："


class Finnish(Lang):
    code = "fi"
    weekdays = (
        "maanantai",
        "tiistai",
        "keskiviikko",
        "torstai",
        "perjantai",
        "lauantai",
        "sunnuntai",
    )
    weekdays_on = (
        "maanantaina",
        "tiistaina",
        "keskiviikkona",
        "torstaina",
        "perjantaina",
        "lauantaina",
        "sunnuntaina",
    )
    months = (
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    )
    subject_word = "Kutsu haastatteluun"
    zone_label = "aikavyöhyke"
    labels = ("Päivämäärä", "Aika", "Aikavyöhyke")
    start_end_labels = ("Alkaa", "Päättyy", "Aikavyöhyke")
    html_hint = "alla ovat haastattelusi tiedot."
    subject_hint = (
        "kuten puhelimessa sovimme, vahvistan haastattelun otsikossa mainittuun aikaan. "
        "Videopuhelun linkki tulee päivää ennen."
    )

    block_lead = "kiitos hakemuksestasi {role} -tehtävään. Haluaisimme kutsua sinut haastatteluun:"

    def label_time(self, s: Slots) -> str:
        return f"klo {hm(s.start, '.')}–{hm(s.end, '.')}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays_on[d.weekday()]} {d.day}. {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day}.{d.month}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day}.{d.month}."

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t, ".")

    def at(self, clock: str) -> str:
        return f"klo {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"klo {hm(s.start, '.')}–{hm(s.end, '.')}"

    def suffixed(self, s: Slots) -> str:
        return f"kello {hm(s.start, '.')}" if s.variant % 2 else f"klo {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        return f"Haastattelun kesto on {s.minutes} minuuttia."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"ensi {self.weekdays_on[t.weekday()]} klo {t.hour}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"huomenna ({self.short_day(s.day)}) klo {hm(s.start, '.')}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"kiitos hakemuksestasi {s.role} -tehtävään. Haluaisimme kutsua sinut "
            f"haastatteluun {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["fi"][0].split()[0]
        return (
            f"Hei {first},\n\n{core[:1].upper()}{core[1:]}\n\nKerrothan, sopiiko aika "
            f"sinulle.\n\nYstävällisin terveisin\n{s.sender.name}\n{s.sender.company}\n"
        )


class Danish(Lang):
    code = "da"
    weekdays = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
    months = (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    )
    subject_word = "Invitation til jobsamtale"
    zone_label = "tidszone"
    labels = ("Dato", "Tidspunkt", "Tidszone")
    start_end_labels = ("Start", "Slut", "Tidszone")
    html_hint = "herunder finder du oplysningerne om samtalen."
    subject_hint = (
        "som aftalt i telefonen bekræfter jeg hermed tidspunktet i emnelinjen. "
        "Linket til videomødet sender vi dagen før."
    )

    block_lead = (
        "Tak for din ansøgning til stillingen som {role}. Vi vil gerne invitere dig til en samtale:"
    )

    def label_time(self, s: Slots) -> str:
        return f"kl. {hm(s.start, '.')}-{hm(s.end, '.')}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]} den {d.day}. {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t, ".")

    def at(self, clock: str) -> str:
        return f"kl. {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"den {date_text}"
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = hm(s.start, "."), hm(s.end, ".")
        return f"fra kl. {a} til {b}" if s.variant % 2 else f"kl. {a}-{b}"

    def suffixed(self, s: Slots) -> str:
        return f"kl. {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "en time" if s.minutes == 60 else f"{s.minutes} minutter"
        return f"Samtalen varer {length}."

    def relative(self, s: Slots) -> str:
        return f"på {self.weekdays[s.start.weekday()]} kl. {s.start.hour}.00{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"i morgen ({self.short_day(s.day)}) kl. {hm(s.start, '.')}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Tak for din ansøgning til stillingen som {s.role}. Vi vil gerne invitere "
            f"dig til en samtale {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["da"][0].split()[0]
        return (
            f"Kære {first}\n\n{core}\n\nGiv mig venligst besked, hvis tidspunktet ikke "
            f"passer.\n\nMed venlig hilsen\n{s.sender.name}\n{s.sender.company}\n"
        )


class Czech(Lang):
    code = "cs"
    twelve_lead = "v"
    weekdays = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
    weekdays_acc = (
        "v pondělí",
        "v úterý",
        "ve středu",
        "ve čtvrtek",
        "v pátek",
        "v sobotu",
        "v neděli",
    )
    months = (
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    )
    subject_word = "Pozvánka na pohovor"
    zone_label = "časové pásmo"
    labels = ("Datum", "Čas", "Časové pásmo")
    start_end_labels = ("Začátek", "Konec", "Časové pásmo")
    html_hint = "níže posílám podrobnosti k pohovoru."
    subject_hint = (
        "jak jsme se domluvili po telefonu, potvrzuji termín uvedený v předmětu. "
        "Odkaz na videohovor Vám pošleme den předem."
    )

    block_lead = "děkujeme za Váš zájem o pozici {role}. Rádi bychom Vás pozvali na pohovor:"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays_acc[d.weekday()]} {d.day}. {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day}. {d.month}. {d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day}. {d.month}."

    def at(self, clock: str) -> str:
        return f"v {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"od {hm(s.start)} do {hm(s.end)}"
        return f"{hm(s.start)}–{hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"v {hm(s.start, '.')} hod."

    def duration_sentence(self, s: Slots) -> str:
        if s.variant == 1 and s.minutes in (60, 90):
            return "Pohovor potrvá hodinu." if s.minutes == 60 else "Pohovor potrvá 1,5 hodiny."
        return f"Pohovor potrvá {s.minutes} minut."

    def relative(self, s: Slots) -> str:
        t = s.start
        acc = self.weekdays_acc[t.weekday()].split()[1]
        return f"příští {acc} v {t.hour}:00{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"zítra ({self.short_day(s.day)}) v {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"děkujeme za Váš zájem o pozici {s.role}. Rádi bychom Vás pozvali na pohovor, "
            f"který se uskuteční {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Dobrý den, pane Nováku,\n\n{core[:1].upper()}{core[1:]}\n\nDejte mi prosím "
            f"vědět, zda Vám termín vyhovuje.\n\nS pozdravem\n{s.sender.name}\n"
            f"{s.sender.company}\n"
        )


class Romanian(Lang):
    code = "ro"
    twelve_lead = "la ora"
    weekdays = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
    weekdays_next = ("lunea", "marțea", "miercurea", "joia", "vinerea", "sâmbăta", "duminica")
    months = (
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    )
    subject_word = "Invitație la interviu"
    zone_label = "fus orar"
    labels = ("Data", "Ora", "Fus orar")
    start_end_labels = ("Început", "Sfârșit", "Fus orar")
    html_hint = "mai jos găsiți detaliile interviului."
    subject_hint = (
        "așa cum am stabilit la telefon, vă confirm data și ora din subiectul mesajului. "
        "Linkul pentru apelul video vi-l trimitem cu o zi înainte."
    )

    block_lead = (
        "Vă mulțumim pentru interesul arătat postului de {role}. "
        "Dorim să vă invităm la un interviu:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"la ora {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"pe {date_text}"
        return f"{date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"între orele {hm(s.start)} și {hm(s.end)}"
        return f"în intervalul {hm(s.start)}–{hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"ora {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        if s.minutes == 60:
            return "Interviul va dura o oră."
        return f"Interviul va dura {s.minutes} de minute."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"{self.weekdays_next[t.weekday()]} viitoare, la ora {t.hour}:00{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"mâine ({self.short_day(s.day)}), la ora {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Vă mulțumim pentru interesul arătat postului de {s.role}. Dorim să vă "
            f"invităm la un interviu {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["ro"][0].split()[0]
        return (
            f"Bună ziua, {first},\n\n{core}\n\nVă rog să-mi confirmați dacă ora vă "
            f"convine.\n\nCu stimă,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Hungarian(Lang):
    code = "hu"
    twelve_lead = ""
    weekdays = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
    weekdays_on = ("hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton")
    months = (
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    )
    subject_word = "Meghívó állásinterjúra"
    zone_label = "időzóna"
    labels = ("Dátum", "Időpont", "Időzóna")
    start_end_labels = ("Kezdés", "Befejezés", "Időzóna")
    html_hint = "az interjú részleteit alább találja."
    subject_hint = (
        "a telefonos egyeztetésünk alapján megerősítem a tárgyban szereplő időpontot. "
        "A videohívás linkjét az előző napon küldjük."
    )

    block_lead = (
        "köszönjük, hogy jelentkezett a(z) {role} pozícióra. Szeretnénk meghívni egy interjúra:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)}–{hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return (f"{d.year}. " if year else "") + (
            f"{self.months[d.month - 1]} {d.day}. ({self.weekdays[d.weekday()]})"
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.year}.{d.month:02d}.{d.day:02d}."

    def short_day(self, d: date) -> str:
        return f"{d.month:02d}.{d.day:02d}."

    def at(self, clock: str) -> str:
        return f"{clock}-kor"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"{hm(s.start)} és {hm(s.end)} óra között"
        return f"{hm(s.start)}–{hm(s.end)} között"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        return f"{t.hour} óra {t.minute} perckor" if t.minute else f"{t.hour} órakor"

    def duration_sentence(self, s: Slots) -> str:
        # the length with the endings writers give it: "45 perc", "45 percig tart", "45
        # perces", "másfél órás"
        if s.variant == 1:
            return f"Az interjú várhatóan {s.minutes} percig tart."
        if s.variant == 2:
            return f"Egy {s.minutes} perces beszélgetésre számítson."
        if s.variant == 3 and s.minutes in (30, 90):
            return f"{'Fél' if s.minutes == 30 else 'Másfél'} órás beszélgetés lesz."
        length = "1 óra" if s.minutes == 60 else f"{s.minutes} perc"
        return f"Az interjú időtartama {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"jövő {self.weekdays_on[t.weekday()]} {t.hour} órakor{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"holnap ({self.short_day(s.day)}) {hm(s.start)}-kor{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"köszönjük, hogy jelentkezett a(z) {s.role} pozícióra. Szeretnénk meghívni "
            f"egy interjúra, amelynek időpontja: {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["hu"][0].split()[1]
        return (
            f"Kedves {first}!\n\n{core[:1].upper()}{core[1:]}\n\nKérem, jelezze, ha az "
            f"időpont nem megfelelő.\n\nÜdvözlettel:\n{s.sender.name}\n{s.sender.company}\n"
        )


class Ukrainian(Lang):
    code = "uk"
    weekdays = ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя")
    weekdays_acc = ("понеділок", "вівторок", "середу", "четвер", "п’ятницю", "суботу", "неділю")
    months = (
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    )
    subject_word = "Запрошення на співбесіду"
    zone_label = "часовий пояс"
    labels = ("Дата", "Час", "Часовий пояс")
    start_end_labels = ("Початок", "Завершення", "Часовий пояс")
    html_hint = "нижче всі деталі зустрічі."
    subject_hint = (
        "як домовилися телефоном, підтверджую дату й час, зазначені в темі листа. "
        "Посилання на відеодзвінок надішлемо напередодні."
    )

    block_lead = "дякуємо за ваш відгук на вакансію «{role}». Запрошуємо вас на співбесіду:"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"у {self.weekdays_acc[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year} р." if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"о {clock}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"{hm(s.start)}–{hm(s.end)}"
        return f"з {hm(s.start)} до {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        return f"о {t.hour} год. {t.minute:02d} хв." if s.variant % 2 else f"о {hm(t, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        if s.variant % 2:
            # a booking tool's abbreviations: "(1 год 30 хв)", "(45 хв)"
            hours, minutes = divmod(s.minutes, 60)
            parts = [f"{hours} год"] * bool(hours) + [f"{minutes} хв"] * bool(minutes)
            return f"Тривалість: {' '.join(parts)}."
        length = "1 годину" if s.minutes == 60 else f"{s.minutes} хвилин"
        return f"Співбесіда триватиме {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        next_word = "наступну" if t.weekday() in (2, 4, 5, 6) else "наступний"
        return f"у {next_word} {self.weekdays_acc[t.weekday()]} о {hm(t)}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        return f"завтра ({self.short_day(s.day)}) о {hm(s.start)}{self.zone(s)}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"дякуємо за ваш відгук на вакансію «{s.role}». Запрошуємо вас на співбесіду, "
            f"яка відбудеться {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["uk"][0].split()[0]
        return (
            f"Доброго дня, {first}!\n\nМене звати {s.sender.name}, я рекрутерка компанії "
            f"{s.sender.company}. {core[:1].upper()}{core[1:]}\n\nБудь ласка, підтвердьте, "
            f"чи зручний вам цей час.\n\nЗ повагою,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Greek(Lang):
    code = "el"
    twelve_lead = "στις"
    weekdays = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
    months = (
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    )
    subject_word = "Πρόσκληση σε συνέντευξη"
    zone_label = "ζώνη ώρας"
    labels = ("Ημερομηνία", "Ώρα", "Ζώνη ώρας")
    start_end_labels = ("Έναρξη", "Λήξη", "Ζώνη ώρας")
    html_hint = "παρακάτω θα βρείτε τις λεπτομέρειες της συνέντευξης."
    subject_hint = (
        "όπως συμφωνήσαμε τηλεφωνικά, επιβεβαιώνω την ημερομηνία και την ώρα του θέματος. "
        "Τον σύνδεσμο της βιντεοκλήσης θα σας στείλουμε την προηγούμενη μέρα."
    )

    block_lead = (
        "Σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση {role}. "
        "Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        article = "το" if d.weekday() == 5 else "την"
        return f"{article} {self.weekdays[d.weekday()]} {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def at(self, clock: str) -> str:
        return f"στις {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            return f"{date_text}, {time_text}{self.zone(s)}"
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"{hm(s.start)} - {hm(s.end)}"
        return f"από τις {hm(s.start)} έως τις {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"στις {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "μία ώρα" if s.minutes == 60 else f"{s.minutes} λεπτά"
        return f"Η συνέντευξη θα διαρκέσει {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        article = "το επόμενο" if t.weekday() == 5 else "την επόμενη"
        return f"{article} {self.weekdays[t.weekday()]} στις {hm(t)}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"αύριο ({self.short_day(s.day)}) στις {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση {s.role}. Θα θέλαμε να "
            f"σας προσκαλέσουμε σε συνέντευξη {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Αγαπητέ κύριε Γεωργίου,\n\n{core}\n\nΠαρακαλούμε επιβεβαιώστε αν σας "
            f"εξυπηρετεί η ώρα.\n\nΜε εκτίμηση,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Norwegian(Lang):
    code = "nb"
    weekdays = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
    months = (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    )
    subject_word = "Invitasjon til intervju"
    zone_label = "tidssone"
    labels = ("Dato", "Tid", "Tidssone")
    start_end_labels = ("Start", "Slutt", "Tidssone")
    html_hint = "nedenfor finner du detaljene om intervjuet."
    subject_hint = (
        "som avtalt på telefon bekrefter jeg tidspunktet i emnefeltet. "
        "Lenken til videomøtet sender vi dagen før."
    )

    block_lead = (
        "Takk for søknaden din på stillingen som {role}. Vi vil gjerne invitere deg til intervju:"
    )

    def label_time(self, s: Slots) -> str:
        return f"kl. {hm(s.start, '.')}–{hm(s.end, '.')}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]} {d.day}. {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.day}.{d.month}."

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t, ".")

    def at(self, clock: str) -> str:
        return f"kl. {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"den {date_text}"
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = hm(s.start, "."), hm(s.end, ".")
        return f"fra kl. {a} til {b}" if s.variant % 2 else f"kl. {a}–{b}"

    def suffixed(self, s: Slots) -> str:
        return f"kl. {hm(s.start, '.')}"

    def duration_sentence(self, s: Slots) -> str:
        length = "en time" if s.minutes == 60 else f"{s.minutes} minutter"
        return f"Intervjuet varer i {length}."

    def relative(self, s: Slots) -> str:
        return f"neste {self.weekdays[s.start.weekday()]} kl. {s.start.hour}.00{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"i morgen ({self.short_day(s.day)}) kl. {hm(s.start, '.')}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Takk for søknaden din på stillingen som {s.role}. Vi vil gjerne invitere "
            f"deg til intervju {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["nb"][0].split()[0]
        return (
            f"Hei {first},\n\n{core}\n\nGi meg gjerne beskjed om tidspunktet ikke passer."
            f"\n\nVennlig hilsen\n{s.sender.name}\n{s.sender.company}\n"
        )


# --- languages added for the third matrix round: vi ar he -------------------------------


class Vietnamese(Lang):
    code = "vi"
    weekdays = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
    subject_word = "Thư mời phỏng vấn"
    zone_label = "múi giờ"
    labels = ("Ngày", "Thời gian", "Múi giờ")
    start_end_labels = ("Bắt đầu", "Kết thúc", "Múi giờ")
    html_hint = "Thông tin chi tiết về buổi phỏng vấn như sau:"
    subject_hint = (
        "như đã trao đổi qua điện thoại, em xác nhận lịch phỏng vấn theo thời gian ở tiêu đề "
        "email. Đường link họp trực tuyến sẽ được gửi trước một ngày."
    )

    block_lead = (
        "Cảm ơn anh đã quan tâm đến vị trí {role}. Chúng tôi trân trọng mời anh tham dự "
        "buổi phỏng vấn với thông tin như sau:"
    )

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t, "h") if s.variant % 2 else hm(t)  # 14h00 or 14:00

    def label_time(self, s: Slots) -> str:
        return f"{self.clock(s.start, s)} - {self.clock(s.end, s)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        weekday = self.weekdays[d.weekday()]
        if s.variant >= 2:  # Thứ Ba, ngày 25 tháng 8 năm 2026
            return f"{weekday}, ngày {d.day} tháng {d.month}" + (f" năm {d.year}" if year else "")
        return f"{weekday}, ngày {d.day:02d}/{d.month:02d}" + (f"/{d.year}" if year else "")

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}/{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"lúc {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"ngày {date_text}"
        elif s.variant % 2 == 0:
            date_text = date_text[:1].lower() + date_text[1:]  # "vào thứ Ba, ..."
        if s.variant in (0, 3):  # the time first, its zone, then the day
            return f"vào {time_text}{self.zone(s)}, {date_text}"
        return f"vào {date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = s.start, s.end
        if s.variant % 2:
            return f"từ {hm(a, 'h')} đến {hm(b, 'h')}"
        return f"từ {hm(a)} - {hm(b)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        if s.variant % 2:
            return f"lúc {t.hour} giờ {t.minute:02d} phút" if t.minute else f"lúc {t.hour} giờ"
        return f"lúc {t.hour}h{t.minute:02d}" if t.minute else f"lúc {t.hour}h"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "sáng" if t.hour < 11 else "trưa" if t.hour < 13 else "chiều"
        hour = t.hour % 12 or 12
        return f"lúc {hour} giờ" + (f" {t.minute}" if t.minute else "") + f" {part}"

    def duration_sentence(self, s: Slots) -> str:
        length = "1 tiếng" if s.minutes == 60 else f"{s.minutes} phút"
        return f"Buổi phỏng vấn kéo dài {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"vào {self.weekdays[t.weekday()].lower()} tuần sau lúc {t.hour}h{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"vào ngày mai ({self.short_day(s.day)}) lúc {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Cảm ơn anh đã quan tâm đến vị trí {s.role} tại {s.sender.company}. Chúng tôi "
            f"trân trọng mời anh tham dự buổi phỏng vấn {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["vi"][0].split()[-1]
        return (
            f"Chào anh {first},\n\n{core}\n\nAnh vui lòng phản hồi email này để xác nhận "
            f"tham gia.\n\nTrân trọng,\n{s.sender.name}\nPhòng Nhân sự - {s.sender.company}\n"
        )


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class Arabic(Lang):
    code = "ar"
    weekdays = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
    months = (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    )
    subject_word = "دعوة لإجراء مقابلة عمل"
    zone_label = "المنطقة الزمنية:"
    labels = ("التاريخ", "الوقت", "المنطقة الزمنية")
    start_end_labels = ("البداية", "النهاية", "المنطقة الزمنية")
    html_hint = "تجدون أدناه تفاصيل موعد المقابلة."
    subject_hint = (
        "كما اتفقنا هاتفيًا، نؤكد لكم موعد المقابلة المذكور في عنوان الرسالة. "
        "سنرسل لكم رابط الاجتماع المرئي قبل الموعد بيوم."
    )

    block_lead = (
        "نشكركم على اهتمامكم بوظيفة {role}، ويسعدنا دعوتكم لإجراء مقابلة وفق التفاصيل التالية:"
    )

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)}"

    # Jordan, Lebanon, Syria, Iraq and Palestine name the months in their Syriac forms,
    # often with the Gulf name beside them: "25 آب (أغسطس) 2026"
    levantine = (
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    )

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        month = self.months[d.month - 1]
        if s.sender.zone == "Asia/Amman":
            levant = self.levantine[d.month - 1]
            month = f"{levant} ({month})" if s.variant % 2 == 0 else levant
        text = f"{d.day} {month}" + (f" {d.year}" if year else "")
        if s.variant == 3 and s.sender.zone != "Asia/Dubai":  # Saudi and Egyptian letters
            text = text.translate(_ARABIC_INDIC)
        if s.variant % 2:
            return f"يوم {self.weekdays[d.weekday()]} الموافق {text}"
        return f"{self.weekdays[d.weekday()]} {text}"

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def at(self, clock: str) -> str:
        return f"الساعة {clock}"

    def zone(self, s: Slots) -> str:
        if s.zone_text is None:
            return ""
        if s.zone_style in ("abbrev", "gmt_offset", "utc_minus"):
            return f" بتوقيت {s.zone_text}"
        return super().zone(s)

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            return f"بتاريخ {date_text} {time_text}{self.zone(s)}"
        if date_text.startswith("يوم"):
            return f"{date_text}، {time_text}{self.zone(s)}"
        return f"يوم {date_text}، {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"من الساعة {hm(s.start)} إلى الساعة {hm(s.end)}"
        return f"من {hm(s.start)} حتى {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"في تمام الساعة {hm(s.start)}"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "صباحًا" if t.hour < 12 else "ظهرًا" if t.hour == 12 else "مساءً"
        return f"في تمام الساعة {t.hour % 12 or 12}:{t.minute:02d} {part}"

    def duration_sentence(self, s: Slots) -> str:
        length = "ساعة واحدة" if s.minutes == 60 else f"{s.minutes} دقيقة"
        return f"مدة المقابلة {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"يوم {self.weekdays[t.weekday()]} القادم الساعة {hm(t)}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"غدًا ({self.short_day(s.day)}) الساعة {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"نشكركم على اهتمامكم بوظيفة {s.role} لدى {s.sender.company}، ويسعدنا دعوتكم "
            f"لإجراء مقابلة {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["ar"][0].split()[0]
        return (
            f"الأستاذ {first} المحترم،\n\nتحية طيبة وبعد،\n\n{core}\n\nنرجو تأكيد حضوركم "
            f"بالرد على هذه الرسالة.\n\nمع خالص التحية،\n{s.sender.name}\n"
            f"إدارة الموارد البشرية - {s.sender.company}\n"
        )


class Hebrew(Lang):
    code = "he"
    twelve_lead = "בשעה"
    weekdays = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון")
    months = (
        "ינואר",
        "פברואר",
        "מרץ",
        "אפריל",
        "מאי",
        "יוני",
        "יולי",
        "אוגוסט",
        "ספטמבר",
        "אוקטובר",
        "נובמבר",
        "דצמבר",
    )
    subject_word = "הזמנה לראיון עבודה"
    zone_label = "אזור זמן:"
    labels = ("תאריך", "שעה", "אזור זמן")
    start_end_labels = ("התחלה", "סיום", "אזור זמן")
    html_hint = "להלן פרטי הראיון."
    subject_hint = (
        "כפי שסיכמנו בטלפון, אני מאשרת את מועד הראיון שמופיע בשורת הנושא. "
        "קישור לשיחת הווידאו יישלח יום לפני."
    )

    block_lead = "תודה על פנייתך למשרת {role}. נשמח להזמין אותך לראיון:"

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)}-{hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        month = f"ב{self.months[d.month - 1]}"  # 25 באוגוסט: "in August"
        return f"{self.weekdays[d.weekday()]}, {d.day} {month}" + (f" {d.year}" if year else "")

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def at(self, clock: str) -> str:
        return f"בשעה {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            return f"בתאריך {date_text} {time_text}{self.zone(s)}"
        return f"ב{date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"בין השעות {hm(s.start)}-{hm(s.end)}"
        return f"מ-{hm(s.start)} עד {hm(s.end)}"

    def suffixed(self, s: Slots) -> str:
        return f"ב-{hm(s.start)}"

    def duration_sentence(self, s: Slots) -> str:
        length = "שעה" if s.minutes == 60 else f"{s.minutes} דקות"
        return f"משך הראיון: {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"ב{self.weekdays[t.weekday()]} הבא בשעה {hm(t)}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"מחר ({self.short_day(s.day)}) בשעה {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return f"תודה על פנייתך למשרת {s.role} ב{s.sender.company}. נשמח להזמין אותך לראיון {when}."

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["he"][0].split()[0]
        return (
            f"שלום {first},\n\n{core}\n\nנשמח לאישורך בתשובה למייל זה.\n\n"
            f"בברכה,\n{s.sender.name}\nמשאבי אנוש, {s.sender.company}\n"
        )


# --- the fourth round: hi th ms fil sk hr bg ---------------------------------------------


HINGLISH_NAME = "Rahul"  # the candidate's name as a Hinglish mail spells it


class Hindi(Lang):
    """Hindi as Indian recruiters write it: Devanagari, or Hinglish in Latin letters."""

    code = "hi"
    weekdays = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
    months = (
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    )
    latin_weekdays = English.weekdays
    latin_months = English.months
    subject_word = "इंटरव्यू आमंत्रण"
    zone_label = "समय क्षेत्र:"
    labels = ("तारीख", "समय", "समय क्षेत्र")
    start_end_labels = ("शुरू", "समाप्त", "समय क्षेत्र")
    html_hint = "आपके इंटरव्यू का विवरण नीचे दिया गया है।"
    subject_hint = (
        "फ़ोन पर हुई बात के अनुसार, विषय पंक्ति में दिए गए समय पर आपका इंटरव्यू तय है। "
        "वीडियो कॉल का लिंक एक दिन पहले भेजा जाएगा।"
    )

    block_lead = "{role} पद के लिए आवेदन करने के लिए धन्यवाद। हम आपको इंटरव्यू के लिए आमंत्रित करते हैं:"

    # Hinglish writes the zone, the role and the labels in English
    latin_zones: ClassVar[dict[str, str]] = {
        "उत्तरी अमेरिकी पूर्वी समय": "Eastern Time (US)",
        "भारतीय मानक समय - कोलकाता": "India Standard Time - Kolkata",
        "(UTC+05:30) चेन्नई, कोलकाता, मुंबई, नई दिल्ली": (
            "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"
        ),
    }
    latin_roles: ClassVar[dict[str, str]] = {
        "बैकएंड डेवलपर": "Backend Developer",
        "डेटा एनालिस्ट": "Data Analyst",
        "प्रोजेक्ट मैनेजर": "Project Manager",
    }

    @staticmethod
    def hinglish(s: Slots) -> bool:
        return s.variant % 2 == 1

    def zone(self, s: Slots) -> str:
        if self.hinglish(s) and s.zone_text is not None:
            s = replace(s, zone_text=self.latin_zones.get(s.zone_text, s.zone_text))
            return English().zone(s).replace("time zone", "timezone")
        return super().zone(s)

    def label_block(self, s: Slots) -> list[tuple[str, str]]:
        if not self.hinglish(s):
            return super().label_block(s)
        rows = [("Date", self.long_date(s, year=True)), ("Time", self.label_time(s))]
        if s.zone_text is not None:
            rows.append(("Timezone", self.latin_zones.get(s.zone_text, s.zone_text)))
        return rows

    def start_end_block(self, s: Slots) -> list[tuple[str, str]]:
        if not self.hinglish(s):
            return super().start_end_block(s)
        rows = [
            ("Start", f"{self.numeric_for(s)} {hm(s.start)}"),
            ("End", f"{self.numeric_for(s)} {hm(s.end)}"),
        ]
        if s.zone_text is not None:
            rows.append(("Timezone", self.latin_zones.get(s.zone_text, s.zone_text)))
        return rows

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start)} - {hm(s.end)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        if self.hinglish(s):
            wd, month = self.latin_weekdays[d.weekday()], self.latin_months[d.month - 1]
        else:
            wd, month = self.weekdays[d.weekday()], self.months[d.month - 1]
        return f"{wd}, {d.day} {month}" + (f" {d.year}" if year else "")

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def at(self, clock: str) -> str:
        return f"{clock} बजे"

    def part_of_day(self, t: datetime) -> str:
        return "सुबह" if t.hour < 12 else "दोपहर" if t.hour < 16 else "शाम"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if self.hinglish(s):
            time_text = time_text.replace(" बजे", "")
            return f"{date_text} ko {time_text}{self.zone(s)} par"
        return f"{date_text} को {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if self.hinglish(s):
            return f"{hm(s.start)} se {hm(s.end)} tak"
        return f"{hm(s.start)} से {hm(s.end)} बजे तक"

    def suffixed(self, s: Slots) -> str:
        return f"{hm(s.start)} बजे"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        if self.hinglish(s):
            return twelve(t, 0)  # 2:30 PM
        return f"{self.part_of_day(t)} {t.hour % 12 or 12}:{t.minute:02d} बजे"

    def duration_sentence(self, s: Slots) -> str:
        if self.hinglish(s):
            length = "1 hour" if s.minutes == 60 else f"{s.minutes} minutes"
            return f"Interview {length} ka hoga."
        length = "एक घंटे" if s.minutes == 60 else f"{s.minutes} मिनट"
        return f"इंटरव्यू {length} का होगा।"

    def relative(self, s: Slots) -> str:
        t = s.start
        if self.hinglish(s):
            return f"next {self.latin_weekdays[t.weekday()]} ko {hm(t)}{self.zone(s)} par"
        return f"अगले {self.weekdays[t.weekday()]} को {hm(t)} बजे{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        if self.hinglish(s):
            return f"kal ({self.short_day(s.day)}) {hm(s.start)}{zone} par"
        return f"कल ({self.short_day(s.day)}) {hm(s.start)} बजे{zone}"

    def invite(self, s: Slots, when: str) -> str:
        if self.hinglish(s):
            role = self.latin_roles.get(s.role, s.role)
            return (
                f"{role} role ke liye apply karne ke liye thank you. Aapka interview "
                f"{when} schedule kiya gaya hai."
            )
        return (
            f"{s.sender.company} में {s.role} पद के लिए आवेदन करने के लिए धन्यवाद। हम आपको "
            f"{when} इंटरव्यू के लिए आमंत्रित करते हैं।"
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["hi"][0].split()[0]
        if self.hinglish(s):
            return (
                f"Hi {HINGLISH_NAME},\n\n{core}\n\nPlease reply karke confirm kar dijiye.\n\n"
                "Regards,\nNeha Verma\nHR Team, Sarang Technologies\n"
            )
        return (
            f"प्रिय {first} जी,\n\n{core}\n\nकृपया इस ईमेल का उत्तर देकर अपनी उपस्थिति की "
            f"पुष्टि करें।\n\nसधन्यवाद,\n{s.sender.name}\nएचआर टीम, {s.sender.company}\n"
        )


class Thai(Lang):
    code = "th"
    twelve_lead = "เวลา"
    weekdays = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
    months = (
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    )
    subject_word = "ขอเชิญสัมภาษณ์งาน"
    zone_label = "เขตเวลา"
    labels = ("วันที่", "เวลา", "เขตเวลา")
    start_end_labels = ("เริ่ม", "สิ้นสุด", "เขตเวลา")
    html_hint = "รายละเอียดการสัมภาษณ์มีดังนี้"
    subject_hint = (
        "ตามที่ได้คุยกันทางโทรศัพท์ ขอยืนยันวันและเวลาสัมภาษณ์ตามหัวข้ออีเมลนี้ ลิงก์วิดีโอคอลจะส่งให้ล่วงหน้าหนึ่งวัน"
    )

    block_lead = "ขอบคุณที่สนใจสมัครงานในตำแหน่ง {role} บริษัทฯ ขอเรียนเชิญท่านเข้ารับการสัมภาษณ์ ดังนี้"

    def clock(self, t: datetime, s: Slots) -> str:
        return f"{hm(t, '.')} น."

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start, '.')} - {hm(s.end, '.')} น."

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        text = f"วัน{self.weekdays[d.weekday()]}ที่ {d.day} {self.months[d.month - 1]}"
        return text + (f" {d.year + 543}" if year else "")  # Thai mail counts Buddhist years

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def at(self, clock: str) -> str:
        return f"เวลา {clock}" if clock.endswith("น.") else f"เวลา {clock} น."

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        if date_text[0].isdigit():
            date_text = f"วันที่ {date_text}"
        return f"ใน{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"เวลา {hm(s.start, '.')} - {hm(s.end, '.')} น."

    def suffixed(self, s: Slots) -> str:
        return f"เวลา {hm(s.start, '.')} น."

    def duration_sentence(self, s: Slots) -> str:
        length = "1 ชั่วโมง" if s.minutes == 60 else f"{s.minutes} นาที"
        return f"การสัมภาษณ์ใช้เวลา {length}"

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"วัน{self.weekdays[t.weekday()]}หน้า เวลา {hm(t, '.')} น.{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"พรุ่งนี้ ({self.short_day(s.day)}) เวลา {hm(s.start, '.')} น.{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"ขอบคุณที่สนใจสมัครงานในตำแหน่ง {s.role} กับ {s.sender.company} "
            f"บริษัทฯ ขอเรียนเชิญท่านเข้ารับการสัมภาษณ์{when}"
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["th"][0].split()[0]
        return (
            f"เรียน คุณ{first}\n\n{core}\n\nรบกวนตอบกลับอีเมลนี้เพื่อยืนยันการเข้าสัมภาษณ์\n\n"
            f"ขอแสดงความนับถือ\n{s.sender.name}\nฝ่ายทรัพยากรบุคคล {s.sender.company}\n"
        )


class Malay(Lang):
    code = "ms"
    weekdays = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
    months = (
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    )
    subject_word = "Jemputan Temu Duga"
    zone_label = "zon waktu"
    labels = ("Tarikh", "Masa", "Zon waktu")
    start_end_labels = ("Mula", "Tamat", "Zon waktu")
    html_hint = "butiran temu duga anda adalah seperti di bawah."
    subject_hint = (
        "seperti yang dibincangkan melalui telefon, saya mengesahkan tarikh dan masa temu duga "
        "seperti dalam tajuk e-mel ini. Pautan panggilan video akan dihantar sehari sebelum."
    )

    block_lead = (
        "Terima kasih atas permohonan anda bagi jawatan {role}. Sukacita dimaklumkan bahawa "
        "anda dijemput untuk menghadiri temu duga seperti butiran berikut:"
    )

    def clock(self, t: datetime, s: Slots) -> str:
        return hm(t, ".")

    def label_time(self, s: Slots) -> str:
        return f"{hm(s.start, '.')} - {hm(s.end, '.')}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year}" if year else ""
        )

    def short_day(self, d: date) -> str:
        return f"{d.day}/{d.month}"

    def at(self, clock: str) -> str:
        return f"pukul {clock}"

    def zone(self, s: Slots) -> str:
        if s.zone_style == "abbrev" and s.zone_text:
            return f" {s.zone_text}"
        return super().zone(s)

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"pada {date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        a, b = hm(s.start, "."), hm(s.end, ".")
        return f"dari pukul {a} hingga {b}" if s.variant % 2 else f"pukul {a} - {b}"

    def suffixed(self, s: Slots) -> str:
        return f"jam {hm(s.start, '.')}"

    def twelve_hour(self, s: Slots) -> str:
        t = s.start
        part = "pagi" if t.hour < 12 else "tengah hari" if t.hour < 14 else "petang"
        return f"pukul {t.hour % 12 or 12}.{t.minute:02d} {part}"

    def duration_sentence(self, s: Slots) -> str:
        length = "satu jam" if s.minutes == 60 else f"{s.minutes} minit"
        return f"Temu duga ini akan mengambil masa {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"pada hari {self.weekdays[t.weekday()]} minggu hadapan, pukul {hm(t, '.')}" + (
            self.zone(s)
        )

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"esok ({self.short_day(s.day)}) pukul {hm(s.start, '.')}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Terima kasih atas permohonan anda bagi jawatan {s.role} di {s.sender.company}. "
            f"Sukacita dimaklumkan bahawa anda dijemput ke sesi temu duga {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["ms"][0].split()[0]
        return (
            f"Salam sejahtera {first},\n\n{core}\n\nSila balas e-mel ini untuk mengesahkan "
            f"kehadiran anda.\n\nSekian, terima kasih.\n{s.sender.name}\n{s.sender.company}\n"
        )


class Filipino(Lang):
    """Filipino (Tagalog) mail: month first, "alas-" before the hour, English mixed in."""

    code = "fil"
    weekdays = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
    months = (
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    )
    subject_word = "Imbitasyon sa Interview"
    zone_label = "time zone"
    labels = ("Petsa", "Oras", "Time zone")
    start_end_labels = ("Simula", "Tapos", "Time zone")
    html_hint = "Narito ang mga detalye ng iyong interview."
    subject_hint = (
        "gaya ng napag-usapan natin sa telepono, kinukumpirma ko ang petsa at oras na nasa "
        "subject ng email na ito. Ipapadala namin ang video call link isang araw bago."
    )

    block_lead = (
        "Salamat sa iyong application para sa posisyong {role}. Iniimbitahan ka namin sa "
        "isang interview:"
    )

    def clock(self, t: datetime, s: Slots) -> str:
        return twelve(t, 0)

    def label_time(self, s: Slots) -> str:
        return f"{twelve(s.start, 0)} - {twelve(s.end, 0)}"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays[d.weekday()]}, {self.months[d.month - 1]} {d.day}" + (
            f", {d.year}" if year else ""
        )

    def numeric_for(self, s: Slots) -> str:
        d = s.day
        return f"{d.month:02d}/{d.day:02d}/{d.year}"

    def short_day(self, d: date) -> str:
        return f"{d.month}/{d.day}"

    def at(self, clock: str) -> str:
        return f"ng {clock}"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"sa {date_text}, {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        return f"mula {twelve(s.start, 0)} hanggang {twelve(s.end, 0)}"

    def suffixed(self, s: Slots) -> str:
        t = s.start
        part = "ng umaga" if t.hour < 12 else "ng tanghali" if t.hour == 12 else "ng hapon"
        return f"alas-{t.hour % 12 or 12}:{t.minute:02d} {part}"

    def twelve_hour(self, s: Slots) -> str:
        return f"ng {twelve(s.start, s.variant % 4)}"

    def duration_sentence(self, s: Slots) -> str:
        length = "isang oras" if s.minutes == 60 else f"{s.minutes} minuto"
        return f"Tatagal ang interview ng {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        return f"sa susunod na {self.weekdays[t.weekday()]}, {twelve(t, 0)}{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"bukas ({self.short_day(s.day)}, {twelve(s.start, 0)}{zone})"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"Salamat sa iyong application para sa posisyong {s.role} sa {s.sender.company}. "
            f"Iniimbitahan ka namin sa isang interview {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        first = CANDIDATES["fil"][0].split()[0]
        return (
            f"Hi {first},\n\n{core}\n\nPaki-reply lang po para kumpirmahin ang iyong "
            f"pagdalo.\n\nMaraming salamat,\n{s.sender.name}\n{s.sender.company}\n"
        )


class Slovak(Czech):
    code = "sk"
    twelve_lead = "o"
    weekdays = ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa")
    weekdays_acc = (
        "v pondelok",
        "v utorok",
        "v stredu",
        "vo štvrtok",
        "v piatok",
        "v sobotu",
        "v nedeľu",
    )
    months = (
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    )
    subject_word = "Pozvánka na pohovor"
    zone_label = "časové pásmo"
    labels = ("Dátum", "Čas", "Časové pásmo")
    start_end_labels = ("Začiatok", "Koniec", "Časové pásmo")
    html_hint = "nižšie posielam podrobnosti k pohovoru."
    subject_hint = (
        "ako sme sa dohodli telefonicky, potvrdzujem termín uvedený v predmete. "
        "Odkaz na videohovor Vám pošleme deň vopred."
    )

    block_lead = "ďakujeme za Váš záujem o pozíciu {role}. Radi by sme Vás pozvali na pohovor:"

    def suffixed(self, s: Slots) -> str:
        return f"o {hm(s.start, '.')} hod."

    def at(self, clock: str) -> str:
        return f"o {clock}"

    def duration_sentence(self, s: Slots) -> str:
        return f"Pohovor potrvá {s.minutes} minút."

    def relative(self, s: Slots) -> str:
        t = s.start
        acc = self.weekdays_acc[t.weekday()].split()[1]
        nxt = "budúci" if t.weekday() in (0, 1, 3, 4) else "budúcu"
        return f"{nxt} {acc} o {t.hour}:00{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"zajtra ({self.short_day(s.day)}) o {hm(s.start)}{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"ďakujeme za Váš záujem o pozíciu {s.role}. Radi by sme Vás pozvali na pohovor, "
            f"ktorý sa uskutoční {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Dobrý deň, pán Horváth,\n\n{core[:1].upper()}{core[1:]}\n\nDajte mi prosím "
            f"vedieť, či Vám termín vyhovuje.\n\nS pozdravom\n{s.sender.name}\n"
            f"{s.sender.company}\n"
        )


class Croatian(Lang):
    code = "hr"
    twelve_lead = "u"
    weekdays_acc = ("ponedjeljak", "utorak", "srijedu", "četvrtak", "petak", "subotu", "nedjelju")
    months = (
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    )
    subject_word = "Poziv na razgovor za posao"
    zone_label = "vremenska zona"
    labels = ("Datum", "Vrijeme", "Vremenska zona")
    start_end_labels = ("Početak", "Završetak", "Vremenska zona")
    html_hint = "u nastavku su detalji razgovora."
    subject_hint = (
        "kao što smo se dogovorili telefonom, potvrđujem termin iz naslova poruke. "
        "Poveznicu za videopoziv poslat ćemo dan ranije."
    )

    block_lead = "zahvaljujemo na prijavi za radno mjesto {role}. Pozivamo Vas na razgovor:"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"u {self.weekdays_acc[d.weekday()]}, {d.day}. {self.months[d.month - 1]}" + (
            f" {d.year}." if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day}. {d.month}. {d.year}."

    def short_day(self, d: date) -> str:
        return f"{d.day}. {d.month}."

    def at(self, clock: str) -> str:
        return f"u {clock} sati"

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"od {hm(s.start)} do {hm(s.end)} sati"
        return f"{hm(s.start)} – {hm(s.end)} h"

    def suffixed(self, s: Slots) -> str:
        return f"u {s.start.hour} h" if not s.start.minute else f"u {hm(s.start, '.')} h"

    def duration_sentence(self, s: Slots) -> str:
        length = "sat vremena" if s.minutes == 60 else f"{s.minutes} minuta"
        return f"Razgovor traje {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        nxt = "sljedeći" if t.weekday() in (0, 1, 3, 4) else "sljedeću"
        return f"{nxt} {self.weekdays_acc[t.weekday()]} u {hm(t)} sati{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"sutra ({self.short_day(s.day)}) u {hm(s.start)} sati{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"zahvaljujemo na prijavi za radno mjesto {s.role}. Pozivamo Vas na razgovor "
            f"za posao koji će se održati {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Poštovani gospodine Babiću,\n\n{core[:1].upper()}{core[1:]}\n\nMolimo Vas da "
            f"potvrdite odgovara li Vam termin.\n\nLijep pozdrav,\n{s.sender.name}\n"
            f"{s.sender.company}\n"
        )


class Bulgarian(Lang):
    code = "bg"
    twelve_lead = "в"
    weekdays_in = (
        "в понеделник",
        "във вторник",
        "в сряда",
        "в четвъртък",
        "в петък",
        "в събота",
        "в неделя",
    )
    months = (
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    )
    subject_word = "Покана за интервю"
    zone_label = "часова зона"
    labels = ("Дата", "Час", "Часова зона")
    start_end_labels = ("Начало", "Край", "Часова зона")
    html_hint = "по-долу са подробностите за интервюто."
    subject_hint = (
        "както се разбрахме по телефона, потвърждавам датата и часа от темата на писмото. "
        "Линк за видеоразговора ще изпратим ден по-рано."
    )

    block_lead = "благодарим Ви за кандидатурата за позицията „{role}“. Каним Ви на интервю:"

    def long_date(self, s: Slots, year: bool) -> str:
        d = s.day
        return f"{self.weekdays_in[d.weekday()]}, {d.day} {self.months[d.month - 1]}" + (
            f" {d.year} г." if year else ""
        )

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}.{d.year} г."

    def short_day(self, d: date) -> str:
        return f"{d.day:02d}.{d.month:02d}"

    def at(self, clock: str) -> str:
        return f"от {clock} ч."

    def when(self, date_text: str, time_text: str, s: Slots) -> str:
        return f"{date_text} {time_text}{self.zone(s)}"

    def range_text(self, s: Slots) -> str:
        if s.variant % 2:
            return f"от {hm(s.start)} до {hm(s.end)} ч."
        return f"{hm(s.start)}–{hm(s.end)} ч."

    def suffixed(self, s: Slots) -> str:
        return f"от {hm(s.start, '.')} ч."

    def duration_sentence(self, s: Slots) -> str:
        length = "един час" if s.minutes == 60 else f"{s.minutes} минути"
        return f"Интервюто ще продължи {length}."

    def relative(self, s: Slots) -> str:
        t = s.start
        nxt = {2: "следващата", 4: "следващия", 5: "следващата", 6: "следващата"}.get(
            t.weekday(), "следващия"
        )
        day = self.weekdays_in[t.weekday()].split()[1]
        return f"{nxt} {day} от {hm(t)} ч.{self.zone(s)}"

    def tomorrow(self, s: Slots) -> str:
        zone = f" {s.zone_text}" if s.zone_text else ""
        return f"утре ({self.short_day(s.day)}) от {hm(s.start)} ч.{zone}"

    def invite(self, s: Slots, when: str) -> str:
        return (
            f"благодарим Ви за кандидатурата за позицията „{s.role}“. Каним Ви на интервю, "
            f"което ще се проведе {when}."
        )

    def letter(self, s: Slots, core: str) -> str:
        return (
            f"Здравейте, г-н Петров,\n\n{core[:1].upper()}{core[1:]}\n\nМоля, потвърдете "
            f"дали часът Ви е удобен.\n\nПоздрави,\n{s.sender.name}\n{s.sender.company}\n"
        )


LANGS: dict[str, Lang] = {
    lang.code: lang
    for lang in (
        English(),
        German(),
        French(),
        Spanish(),
        Italian(),
        Dutch(),
        Portuguese(),
        Polish(),
        Swedish(),
        Indonesian(),
        Japanese(),
        Turkish(),
        Russian(),
        Korean(),
        Chinese(),
        Finnish(),
        Danish(),
        Czech(),
        Romanian(),
        Hungarian(),
        Ukrainian(),
        Greek(),
        Norwegian(),
        Vietnamese(),
        Arabic(),
        Hebrew(),
        Hindi(),
        Thai(),
        Malay(),
        Filipino(),
        Slovak(),
        Croatian(),
        Bulgarian(),
    )
}

# ---------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------


def cells() -> list[tuple[str, str]]:
    """Every language × format pair the matrix covers."""
    return [
        (lang, fmt)
        for lang in LANGS
        for fmt in FORMATS
        if lang in FORMAT_LANGUAGES.get(fmt, (lang,))
    ]


def body_and_when(lang: Lang, fmt: str, s: Slots) -> tuple[str, str | None, str]:
    """The plain body, an HTML body if any, and the text that carries the time."""
    start_clock = lang.clock(s.start, s)
    long_with_year = lang.long_date(s, year=True)

    def sentence(when: str) -> tuple[str, None, str]:
        return lang.letter(s, lang.invite(s, when)), None, when

    if fmt == "long_weekday":
        return sentence(lang.when(long_with_year, lang.at(start_clock), s))
    if fmt == "long_no_year":
        return sentence(lang.when(lang.long_date(s, year=False), lang.at(start_clock), s))
    if fmt == "iso":
        return sentence(lang.when(s.day.isoformat(), lang.at(hm(s.start)), s))
    if fmt == "dotted":
        return sentence(
            lang.when(f"{s.day.day:02d}.{s.day.month:02d}.{s.day.year}", lang.at(hm(s.start)), s)
        )
    if fmt == "slash_dmy":
        return sentence(lang.when(lang.numeric_date(s.day), lang.at(start_clock), s))
    if fmt == "us_month_first":
        d = s.day
        return sentence(lang.when(f"{d.month}/{d.day}/{d.year}", lang.at(twelve(s.start, 0)), s))
    if fmt in ("ymd_slash", "ymd_dotted"):
        return sentence(lang.when(lang.numeric_date(s.day), lang.at(hm(s.start)), s))
    if fmt == "twelve_hour":
        return sentence(lang.when(long_with_year, lang.twelve_hour(s), s))
    if fmt == "h24_suffix":
        return sentence(lang.when(long_with_year, lang.suffixed(s), s))
    if fmt == "range":
        return sentence(lang.when(long_with_year, lang.range_text(s), s))
    if fmt == "duration":
        when = lang.when(long_with_year, lang.at(start_clock), s)
        core = lang.invite(s, when)
        if lang.code == "en":
            # the count in digits or spelled out: "for 45 minutes", "for forty-five minutes"
            count = _EN_COUNTS.get(s.minutes, str(s.minutes)) if s.variant == 1 else s.minutes
            core = core.removesuffix(".") + f" for {count} minutes."
            return lang.letter(s, core), None, f"{when} for {count} minutes"
        duration = lang.duration_sentence(s)
        joiner = "\n" if lang.code in CJK_LANGS else " "
        return lang.letter(s, f"{core}{joiner}{duration}"), None, f"{when} / {duration}"
    if fmt == "relative_weekday":
        return sentence(lang.relative(s))
    if fmt == "tomorrow_explicit":
        return sentence(lang.tomorrow(s))
    if fmt in ("label_value", "start_end_lines"):
        rows = lang.label_block(s) if fmt == "label_value" else lang.start_end_block(s)
        block = "\n".join(f"{k}{lang.label_sep()}{v}" for k, v in rows)
        lead = lang.block_lead.format(role=s.role)
        return lang.letter(s, f"{lead}\n\n{block}"), None, block
    if fmt == "html_table":
        rows = lang.label_block(s)
        hint = lang.html_hint
        plain = lang.letter(s, hint)
        table = "".join(
            f'<tr><th align="left">{_html(k)}</th><td>{_html(v)}</td></tr>' for k, v in rows
        )
        html_letter = lang.letter(s, "\x00")
        before, after = html_letter.split("\x00")
        html = (
            "<html><body>"
            + "".join(f"<p>{_html(p)}</p>" for p in before.strip().split("\n\n"))
            + f'<p>{_html(hint)}</p><table border="1" cellpadding="4">{table}</table>'
            + "".join(
                f"<p>{_html(p).replace(chr(10), '<br>')}</p>" for p in after.strip().split("\n\n")
            )
            + "</body></html>"
        )
        return plain, html, " | ".join(f"{k}: {v}" for k, v in rows)
    if fmt == "subject_only":
        return lang.letter(s, lang.subject_hint), None, "(subject)"
    raise ValueError(fmt)


CJK_LANGS = ("ja", "ko", "zh")
_EN_COUNTS = {30: "thirty", 45: "forty-five", 60: "sixty", 90: "ninety"}


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def subject_for(lang: Lang, fmt: str, s: Slots) -> str:
    base = lang.subject(s)
    if fmt != "subject_only":
        return base
    if lang.code in CJK_LANGS:
        extra = f"{lang.long_date(s, year=True)} {hm(s.start)}{lang.zone(s)}"
    elif lang.code == "en":
        extra = f"{lang.long_date(s, year=True)}, {lang.clock(s.start, s)}{lang.zone(s)}"
    else:
        extra = lang.when(lang.long_date(s, year=True), lang.at(lang.clock(s.start, s)), s)
    return f"{base} – {extra}"


def build(
    lang_code: str,
    fmt: str,
    zone: ZoneChoice,
    day: date,
    clock: time,
    rng: random.Random,
) -> Case:
    """Render one mail for an interview at `clock` on `day`, wall time in `zone.iana`."""
    lang = LANGS[lang_code]
    day, clock = fit_slot(lang_code, fmt, day, clock)
    sender = pick_sender(lang_code, fmt, zone.iana)
    if zone.text is None:  # no zone in the mail: the sender's own zone is what it means
        zone = ZoneChoice(zone.style, sender.zone, None)
    start = datetime.combine(day, clock).replace(tzinfo=ZoneInfo(zone.iana))
    minutes = rng.choice(DURATIONS)
    end = (datetime.combine(day, clock) + timedelta(minutes=minutes)).replace(
        tzinfo=ZoneInfo(zone.iana)
    )
    sent = sent_at(fmt, day, sender, rng)
    zone_text = zone.text(start) if zone.text else None
    slots = Slots(
        start=start,
        end=end,
        minutes=minutes,
        zone_text=zone_text,
        zone_style=zone.style,
        sender=sender,
        sent=sent,
        role=rng.choice(ROLES[lang_code]),
        candidate=CANDIDATES[lang_code][0],
        rng=rng,
        variant=rng.randrange(4),
    )
    plain, html, when_text = body_and_when(lang, fmt, slots)
    if fmt == "subject_only":
        when_text = subject_for(lang, fmt, slots)
    message = EmailMessage(policy=SMTP)
    message["From"] = f"{sender.name} <{_mailbox(sender)}>"
    message["To"] = f"{CANDIDATES[lang_code][0]} <{CANDIDATES[lang_code][1]}>"
    message["Date"] = format_datetime(sent)
    subject = subject_for(lang, fmt, slots)
    message["Subject"] = subject if subject.isascii() else _SUBJECT_SLOT
    message["Message-ID"] = make_msgid(idstring=f"{rng.randrange(10**9)}", domain=sender.domain)
    message.set_content(plain)
    if html is not None:
        message.add_alternative(html, subtype="html")
    raw = message.as_bytes()
    if not subject.isascii():
        # email.policy folds long non-ASCII subjects into encoded words and drops the space
        # at a fold ("12:15(за ..."); mail clients keep it inside the encoded word
        encoded = Header(subject, "utf-8", header_name="Subject").encode(linesep="\r\n")
        raw = raw.replace(_SUBJECT_SLOT.encode(), encoded.encode(), 1)
    return Case(
        lang=lang_code,
        fmt=fmt,
        style=zone.style,
        zone=zone,
        sender=sender,
        raw=raw,
        start=start,
        end=end if fmt in FORMATS_WITH_END else None,
        sent=sent,
        when_text=when_text,
        zone_text=zone_text,
    )


_SUBJECT_SLOT = "x-matrix-subject"


def _mailbox(sender: Sender) -> str:
    local = {
        "ja": "saiyo",
        "id": "rekrutmen",
        "pt": "recrutamento",
        "es": "seleccion",
        "it": "selezione",
        "fr": "recrutement",
        "de": "karriere",
        "nl": "werkenbij",
        "pl": "rekrutacja",
        "sv": "rekrytering",
        "en": "talent",
        "tr": "ik",
        "ru": "hr",
        "ko": "recruit",
        "zh": "hr",
        "fi": "rekry",
        "da": "job",
        "cs": "kariera",
        "ro": "recrutare",
        "hu": "karrier",
        "uk": "hr",
        "el": "hr",
        "nb": "jobb",
        "vi": "tuyendung",
        "ar": "careers",
        "he": "jobs",
        "hi": "careers",
        "th": "hr",
        "ms": "kerjaya",
        "fil": "careers",
        "sk": "kariera",
        "hr": "posao",
        "bg": "karieri",
    }
    return f"{local[sender.lang]}@{sender.domain}"


@functools.cache
def case_for(lang_code: str, fmt: str, style: str) -> Case:
    """The matrix's one case for this cell and zone style, the same on every run."""
    rng = random.Random(f"afterview-matrix/{lang_code}/{fmt}/{style}")
    zone = rng.choice(zone_choices(lang_code, style))
    day, clock = choose_slot(lang_code, fmt, style, zone.iana, rng)
    return build(lang_code, fmt, zone, day, clock, rng)


def all_cases() -> list[Case]:
    return [case_for(lang, fmt, style) for lang, fmt in cells() for style in ZONE_STYLES]
