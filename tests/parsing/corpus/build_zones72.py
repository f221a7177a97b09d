# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "zones72" batch: recruiter invitations without a calendar part whose Date header
is in another zone than the interview, stating the interview's zone as people write it.

City and country clocks in the local language ("hora de Bogotá", "horário de Brasília",
"heure de Montréal", "Lagos time", "czasu polskiego", "по московскому времени", "İstanbul
saatiyle", "waktu Jakarta", "WIB"), numeric offsets ("UTC−3" with a real minus sign,
"GMT+5:30", "UTC +02"), abbreviations of southern-hemisphere and half-hour zones (AEDT, ACST,
NZDT, NPT, IST), Windows display names ("(UTC+10:00) Canberra, Melbourne, Sydney", in
English, German, Polish, French and Spanish), two clocks ("10:00 CET / 9:00 GMT", "your time
vs ours"), the weeks between two regions' clock changes, Google's "Pacific Time - Los
Angeles", and a zone given once in a sentence before several times.

Run: .venv/bin/python tests/parsing/corpus/build_zones72.py

All text is ours, written by hand with no template; people, companies and addresses are made
up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written before
the parser was run on any message of the batch: a mail naming one zone is labelled with that
IANA zone (a Windows display name or an abbreviation means the region's clock, summer time
applying); a numeric offset or a pair of clocks is a fixed instant whose label names no zone
(a pair's halves are checked to be one instant here). The Date header is the sender's clock,
checked to differ from the interview zone's offset at the interview, so a missed zone shows.
A seeded third is held out: file names sorted by the SHA-256 of the name, every third from the
first goes to heldout/ (family zones72h), chosen before any file was parsed. Deterministic; the
script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta, timezone
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
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template; zone words as people write them"
LIC = "text ours"
FAMILY = "zones72"
HELD_FAMILY = "zones72h"
FAMILIES = {
    FAMILY: "Invitations in prose whose Date header is in another zone than the interview, "
    "stating the zone as a local-language city clock, an offset, an abbreviation, a Windows "
    "display name, two clocks or once before several times.",
    HELD_FAMILY: "The held-out third of zones72, chosen by the file names' hashes before any parse.",
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# (lang, name, sender, sender zone, subject, body, start, pair half or None, label zone,
#  minutes or 0, note)
RAW: list[tuple[str, str, tuple[str, str], str, str, str, datetime, str | None, int, str]] = []


def at(when: tuple[int, int, int, int, int], zone: str, weekday: str = "") -> datetime:
    """An aware datetime in an IANA zone or at a fixed offset written '+05:30' / '-03:00'."""
    tz: ZoneInfo | timezone
    if zone[0] in "+-":
        sign = -1 if zone[0] == "-" else 1
        hours, minutes = zone[1:].split(":")
        tz = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    else:
        tz = ZoneInfo(zone)
    value = datetime(*when, tzinfo=tz)
    if weekday and DAYS[value.weekday()] != weekday:
        raise ValueError(f"{value:%Y-%m-%d} is a {DAYS[value.weekday()]}, not {weekday}")
    return value


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    sender_zone: str,
    subject: str,
    body: str,
    when: tuple[int, int, int, int, int],
    zone: str,
    note: str,
    *,
    weekday: str = "",
    pair: tuple[tuple[int, int, int, int, int], str] | None = None,
    named: bool = True,
    minutes: int = 0,
) -> None:
    """One invitation at `when` in `zone`; `pair` is the other clock the mail gives (checked to
    be the same instant); `named` False for offsets, whose label names no zone."""
    start = at(when, zone, weekday)
    if pair is not None:
        other = at(*pair)
        if other != start:
            raise ValueError(f"{name}: pair halves differ: {start} vs {other}")
    label_zone = zone if named and pair is None else None
    sent_tz = ZoneInfo(sender_zone)
    if start.astimezone(sent_tz).utcoffset() == start.utcoffset():
        raise ValueError(f"{name}: the Date header's zone has the interview's offset")
    RAW.append((lang, name, sender, sender_zone, subject, body, start, label_zone, minutes, note))


CITY = "A city's or country's clock named in the local language after the time."
ABBR = "An abbreviation of a southern-hemisphere, half-hour or regional zone."
OFFSET = "A numeric offset after the time (fixed instant; the label names no zone)."
WINDOWS = "An Outlook/Windows display name of the zone, summer time applying as the zone's clock."
PAIR = "Two clocks for one instant (the label names no zone)."
ONCE = "The zone given once, in a sentence before several times; the first time is the interview."
DSTWEEK = "A week when one region's clock has changed and the other's has not."


def city_clocks() -> None:
    add(
        "es-CO",
        "hora_de_bogota",
        ("Valentina Rojas", "valentina.rojas@andina-datos.example.co"),
        "Europe/Madrid",
        "Entrevista – Andina Datos",
        "Hola, Alex:\n\nGracias por tu interés en la vacante de analista de datos. Queremos invitarte a una entrevista por videollamada el martes 16 de marzo de 2027 a las 9:00 a. m. (hora de Bogotá).\n\nTe enviaremos el enlace de Teams un día antes.\n\nUn saludo,\nValentina Rojas\nTalento Humano, Andina Datos",
        (2027, 3, 16, 9, 0),
        "America/Bogota",
        CITY,
        weekday="Tue",
    )
    add(
        "pt-BR",
        "horario_de_brasilia",
        ("Camila Nogueira", "camila.nogueira@ipe-logistica.example.com.br"),
        "Europe/Lisbon",
        "Convite para entrevista – Ipê Logística",
        "Olá, Alex!\n\nSeu currículo chamou nossa atenção. Gostaríamos de conversar com você na quinta-feira, 18 de março de 2027, às 14h (horário de Brasília), pelo Google Meet. A conversa deve durar cerca de 45 minutos.\n\nAbraços,\nCamila Nogueira\nRecrutamento, Ipê Logística",
        (2027, 3, 18, 14, 0),
        "America/Sao_Paulo",
        CITY,
        weekday="Thu",
        minutes=45,
    )
    add(
        "fr-CA",
        "heure_de_montreal",
        ("Émilie Gagnon", "emilie.gagnon@boreal-ti.example.ca"),
        "Europe/Paris",
        "Entrevue – Boréal TI",
        "Bonjour Alex,\n\nNous aimerions vous rencontrer en entrevue virtuelle le mercredi 17 mars 2027 à 10 h (heure de Montréal). Le lien Zoom suivra.\n\nAu plaisir,\nÉmilie Gagnon\nAcquisition de talents, Boréal TI",
        (2027, 3, 17, 10, 0),
        "America/Toronto",
        CITY + " " + DSTWEEK,
        weekday="Wed",
    )
    add(
        "en-GB",
        "lagos_time",
        ("Chidi Okafor", "chidi.okafor@harbourpay.example.ng"),
        "Europe/London",
        "Interview invitation – HarbourPay",
        "Dear Alex,\n\nThank you for applying for the Product Designer role. We would like to invite you to a video interview on Thursday 11 February 2027 at 11:00 Lagos time.\n\nKind regards,\nChidi Okafor\nPeople Team, HarbourPay",
        (2027, 2, 11, 11, 0),
        "Africa/Lagos",
        CITY,
        weekday="Thu",
    )
    add(
        "pl",
        "czasu_polskiego",
        ("Katarzyna Zielińska", "k.zielinska@wislasoft.example.pl"),
        "Europe/London",
        "Zaproszenie na rozmowę – WisłaSoft",
        "Dzień dobry,\n\nzapraszamy Pana na rozmowę kwalifikacyjną online w środę 10 lutego 2027 r. o godz. 10:00 czasu polskiego. Rozmowa potrwa około godziny.\n\nPozdrawiam serdecznie,\nKatarzyna Zielińska\nDział Rekrutacji WisłaSoft",
        (2027, 2, 10, 10, 0),
        "Europe/Warsaw",
        CITY,
        weekday="Wed",
        minutes=60,
    )
    add(
        "ru",
        "po_moskovskomu_vremeni",
        ("Ольга Смирнова", "o.smirnova@volga-it.example.ru"),
        "Asia/Novosibirsk",
        "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование на позицию бэкенд-разработчика в четверг, 25 марта 2027 года, в 11:00 по московскому времени. Встреча пройдёт в Zoom.\n\nС уважением,\nОльга Смирнова\nHR, Волга ИТ",
        (2027, 3, 25, 11, 0),
        "Europe/Moscow",
        CITY,
        weekday="Thu",
    )
    add(
        "tr",
        "istanbul_saatiyle",
        ("Zeynep Arslan", "zeynep.arslan@bogazici-yazilim.example.com.tr"),
        "Europe/Berlin",
        "Mülakat daveti – Boğaziçi Yazılım",
        "Merhaba Alex,\n\nBaşvurunuz için teşekkür ederiz. Sizi 3 Şubat 2027 Çarşamba günü İstanbul saatiyle 15:00'te online bir mülakata davet etmek istiyoruz.\n\nSaygılarımızla,\nZeynep Arslan\nİnsan Kaynakları",
        (2027, 2, 3, 15, 0),
        "Europe/Istanbul",
        CITY,
        weekday="Wed",
    )
    add(
        "id",
        "waktu_jakarta",
        ("Rina Wulandari", "rina.wulandari@nusantara-digital.example.co.id"),
        "Asia/Singapore",
        "Undangan wawancara – Nusantara Digital",
        "Halo Alex,\n\nTerima kasih atas lamaran Anda. Kami mengundang Anda untuk wawancara daring pada hari Selasa, 9 Februari 2027 pukul 10.00 waktu Jakarta.\n\nSalam,\nRina Wulandari\nTim Rekrutmen",
        (2027, 2, 9, 10, 0),
        "Asia/Jakarta",
        CITY,
        weekday="Tue",
    )
    add(
        "nl",
        "nederlandse_tijd",
        ("Sanne Bakker", "sanne.bakker@polderlogic.example.nl"),
        "Europe/London",
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nWe nodigen je graag uit voor een online sollicitatiegesprek op dinsdag 23 februari 2027 om 14.00 uur Nederlandse tijd.\n\nMet vriendelijke groet,\nSanne Bakker\nRecruitment, PolderLogic",
        (2027, 2, 23, 14, 0),
        "Europe/Amsterdam",
        CITY,
        weekday="Tue",
    )
    add(
        "sv",
        "svensk_tid",
        ("Johan Lindqvist", "johan.lindqvist@fjallnet.example.se"),
        "Europe/Helsinki",
        "Inbjudan till intervju",
        "Hej Alex,\n\nVi vill gärna träffa dig på en videointervju torsdag den 4 mars 2027 kl. 10.00 svensk tid.\n\nVänliga hälsningar\nJohan Lindqvist\nRekrytering, Fjällnet AB",
        (2027, 3, 4, 10, 0),
        "Europe/Stockholm",
        CITY,
        weekday="Thu",
    )
    add(
        "fi",
        "suomen_aikaa",
        ("Laura Virtanen", "laura.virtanen@revontuli.example.fi"),
        "Europe/Stockholm",
        "Kutsu haastatteluun",
        "Hei Alex,\n\nKiitos hakemuksestasi. Kutsumme sinut videohaastatteluun tiistaina 2.3.2027 klo 9.00 Suomen aikaa.\n\nYstävällisin terveisin\nLaura Virtanen\nRekrytointi, Revontuli Oy",
        (2027, 3, 2, 9, 0),
        "Europe/Helsinki",
        CITY,
        weekday="Tue",
    )
    add(
        "da",
        "dansk_tid",
        ("Mette Sørensen", "mette.sorensen@kystdata.example.dk"),
        "Europe/London",
        "Invitation til jobsamtale",
        "Kære Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til en jobsamtale over Teams mandag den 8. februar 2027 kl. 13.00 dansk tid.\n\nVenlig hilsen\nMette Sørensen\nHR, Kystdata A/S",
        (2027, 2, 8, 13, 0),
        "Europe/Copenhagen",
        CITY,
        weekday="Mon",
    )
    add(
        "ro",
        "ora_romaniei",
        ("Ioana Dumitrescu", "ioana.dumitrescu@danubia-soft.example.ro"),
        "Europe/Berlin",
        "Invitație la interviu",
        "Bună ziua, Alex,\n\nVă invităm la un interviu online joi, 18 februarie 2027, la ora 11:00, ora României.\n\nCu stimă,\nIoana Dumitrescu\nResurse Umane, Danubia Soft",
        (2027, 2, 18, 11, 0),
        "Europe/Bucharest",
        CITY,
        weekday="Thu",
    )
    add(
        "hu",
        "magyar_ido_szerint",
        ("Tóth Eszter", "toth.eszter@tiszasoft.example.hu"),
        "Europe/London",
        "Meghívás állásinterjúra",
        "Kedves Alex!\n\nÖrömmel meghívjuk online állásinterjúra 2027. február 17-én, szerdán 10:00 órakor (magyar idő szerint).\n\nÜdvözlettel:\nTóth Eszter\nHR, TiszaSoft Kft.",
        (2027, 2, 17, 10, 0),
        "Europe/Budapest",
        CITY,
        weekday="Wed",
    )
    add(
        "el",
        "ora_elladas",
        ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaio-tech.example.gr"),
        "Europe/Berlin",
        "Πρόσκληση σε συνέντευξη",
        "Αγαπητέ Alex,\n\nΣας προσκαλούμε σε διαδικτυακή συνέντευξη την Τρίτη 9 Φεβρουαρίου 2027 στις 12:00 ώρα Ελλάδας.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου\nΤμήμα Προσωπικού, Aigaio Tech",
        (2027, 2, 9, 12, 0),
        "Europe/Athens",
        CITY,
        weekday="Tue",
    )
    add(
        "uk",
        "za_kyivskym_chasom",
        ("Олена Коваленко", "o.kovalenko@dnipro-soft.example.ua"),
        "Europe/Warsaw",
        "Запрошення на співбесіду",
        "Добрий день, Алекс!\n\nЗапрошуємо вас на співбесіду у середу, 24 лютого 2027 року, о 14:00 за київським часом. Посилання на Google Meet надішлемо згодом.\n\nЗ повагою,\nОлена Коваленко\nHR, Дніпро Софт",
        (2027, 2, 24, 14, 0),
        "Europe/Kyiv",
        CITY,
        weekday="Wed",
    )
    add(
        "ja",
        "nihon_jikan",
        ("佐藤 美咲", "misaki.sato@sakura-cloud.example.jp"),
        "America/Los_Angeles",
        "面接のご案内",
        "Alex様\n\nこの度はご応募いただきありがとうございます。一次面接を2027年2月16日（火）15時（日本時間）よりオンラインで実施いたします。\n\nよろしくお願いいたします。\n株式会社さくらクラウド 採用担当 佐藤",
        (2027, 2, 16, 15, 0),
        "Asia/Tokyo",
        CITY,
        weekday="Tue",
    )
    add(
        "ko",
        "hanguk_sigan",
        ("김지은", "jieun.kim@hangang-ai.example.kr"),
        "America/New_York",
        "면접 안내",
        "Alex님 안녕하세요,\n\n한강AI 채용팀입니다. 화상 면접을 2027년 2월 17일(수) 오전 10시(한국 시간)에 진행하고자 합니다.\n\n감사합니다.\n김지은 드림",
        (2027, 2, 17, 10, 0),
        "Asia/Seoul",
        CITY,
        weekday="Wed",
    )
    add(
        "zh",
        "beijing_shijian",
        ("王磊", "wanglei@changjiang-tech.example.cn"),
        "Europe/Berlin",
        "面试邀请",
        "Alex 您好：\n\n感谢您投递我司的后端工程师职位。现邀请您参加视频面试，时间为2027年3月3日（周三）上午10:00（北京时间）。\n\n祝好！\n长江科技 招聘组 王磊",
        (2027, 3, 3, 10, 0),
        "Asia/Shanghai",
        CITY,
        weekday="Wed",
    )
    add(
        "zh-TW",
        "taipei_shijian",
        ("林怡君", "yichun.lin@formosa-chip.example.tw"),
        "Asia/Tokyo",
        "面試邀請",
        "Alex 您好：\n\n誠摯邀請您參加線上面試，時間為2027年3月5日（星期五）下午2:00（台北時間）。\n\n敬祝 順利\n福爾摩沙晶片 人資部 林怡君",
        (2027, 3, 5, 14, 0),
        "Asia/Taipei",
        CITY,
        weekday="Fri",
    )
    add(
        "hi",
        "bharatiya_samay",
        ("प्रिया शर्मा", "priya.sharma@ganga-fintech.example.in"),
        "Asia/Dubai",
        "साक्षात्कार का निमंत्रण",
        "प्रिय Alex,\n\nआपके आवेदन के लिए धन्यवाद। हम आपको शुक्रवार, 19 फ़रवरी 2027 को दोपहर 3:00 बजे (भारतीय समयानुसार) ऑनलाइन साक्षात्कार के लिए आमंत्रित करते हैं।\n\nसादर,\nप्रिया शर्मा\nमानव संसाधन, गंगा फिनटेक",
        (2027, 2, 19, 15, 0),
        "Asia/Kolkata",
        CITY,
        weekday="Fri",
    )
    add(
        "ar",
        "bitawqit_alriyadh",
        ("سارة العتيبي", "sara.alotaibi@najd-tech.example.sa"),
        "Africa/Cairo",
        "دعوة لمقابلة عمل",
        "عزيزي Alex،\n\nيسعدنا دعوتك لإجراء مقابلة عمل عبر الإنترنت يوم الثلاثاء 16 فبراير 2027 الساعة 11:00 صباحًا بتوقيت الرياض.\n\nمع التحية،\nسارة العتيبي\nالموارد البشرية، نجد تك",
        (2027, 2, 16, 11, 0),
        "Asia/Riyadh",
        CITY,
        weekday="Tue",
    )
    add(
        "ar",
        "bitawqit_dubai",
        ("خالد المنصوري", "khalid.almansoori@khaleej-soft.example.ae"),
        "Asia/Riyadh",
        "مقابلة شخصية – خليج سوفت",
        "مرحبًا Alex،\n\nنود دعوتك لمقابلة شخصية يوم الأربعاء 24 فبراير 2027 في تمام الساعة 2:00 مساءً بتوقيت دبي.\n\nتحياتي،\nخالد المنصوري",
        (2027, 2, 24, 14, 0),
        "Asia/Dubai",
        CITY,
        weekday="Wed",
    )
    add(
        "he",
        "shaon_israel",
        ("נועה לוי", "noa.levi@galil-labs.example.co.il"),
        "Europe/London",
        "הזמנה לראיון עבודה",
        "שלום Alex,\n\nנשמח להזמין אותך לראיון עבודה בזום ביום רביעי, 10 בפברואר 2027, בשעה 11:00 (שעון ישראל).\n\nבברכה,\nנועה לוי\nמשאבי אנוש, גליל לאבס",
        (2027, 2, 10, 11, 0),
        "Asia/Jerusalem",
        CITY,
        weekday="Wed",
    )
    add(
        "vi",
        "gio_viet_nam",
        ("Nguyễn Thu Hà", "thuha.nguyen@songhong-tech.example.vn"),
        "Asia/Singapore",
        "Thư mời phỏng vấn",
        "Chào Alex,\n\nCông ty Sông Hồng Tech trân trọng mời bạn tham dự buổi phỏng vấn trực tuyến vào lúc 9:00 sáng thứ Năm, ngày 25/02/2027 (giờ Việt Nam).\n\nTrân trọng,\nNguyễn Thu Hà\nPhòng Nhân sự",
        (2027, 2, 25, 9, 0),
        "Asia/Ho_Chi_Minh",
        CITY,
        weekday="Thu",
    )
    add(
        "th",
        "wela_prathet_thai",
        ("สุภาพร ศรีสุข", "supaporn.s@chaophraya-digital.example.co.th"),
        "Asia/Singapore",
        "เชิญสัมภาษณ์งาน",
        "เรียน คุณ Alex\n\nบริษัทฯ ขอเรียนเชิญท่านเข้าสัมภาษณ์งานทางออนไลน์ ในวันพุธที่ 3 มีนาคม 2027 เวลา 10.00 น. (เวลาประเทศไทย)\n\nขอแสดงความนับถือ\nสุภาพร ศรีสุข\nฝ่ายบุคคล",
        (2027, 3, 3, 10, 0),
        "Asia/Bangkok",
        CITY,
        weekday="Wed",
    )
    add(
        "ms",
        "waktu_malaysia",
        ("Nurul Aisyah", "nurul.aisyah@selat-tech.example.com.my"),
        "Asia/Jakarta",
        "Jemputan temu duga",
        "Salam Alex,\n\nKami ingin menjemput anda ke sesi temu duga dalam talian pada hari Isnin, 1 Mac 2027, pukul 10.00 pagi waktu Malaysia.\n\nTerima kasih,\nNurul Aisyah\nSumber Manusia, Selat Tech",
        (2027, 3, 1, 10, 0),
        "Asia/Kuala_Lumpur",
        CITY,
        weekday="Mon",
    )
    add(
        "fil",
        "oras_sa_pilipinas",
        ("Maria Santos", "maria.santos@bayanihan-bpo.example.ph"),
        "Asia/Tokyo",
        "Imbitasyon sa interview",
        "Hi Alex,\n\nSalamat sa iyong application! Inaanyayahan ka namin sa isang online interview sa Martes, Marso 9, 2027, sa ganap na 10:00 ng umaga, oras sa Pilipinas.\n\nSalamat,\nMaria Santos\nHR, Bayanihan BPO",
        (2027, 3, 9, 10, 0),
        "Asia/Manila",
        CITY,
        weekday="Tue",
    )
    add(
        "es-MX",
        "hora_del_centro",
        ("Andrea Hernández", "andrea.hernandez@maya-soft.example.mx"),
        "America/Bogota",
        "Entrevista – Maya Soft",
        "Hola, Alex:\n\nTe invitamos a una entrevista en línea el jueves 4 de marzo de 2027 a las 11:00 h (hora del centro de México).\n\nSaludos,\nAndrea Hernández\nReclutamiento, Maya Soft",
        (2027, 3, 4, 11, 0),
        "America/Mexico_City",
        CITY,
        weekday="Thu",
    )
    add(
        "pt-PT",
        "hora_de_lisboa",
        ("Inês Carvalho", "ines.carvalho@tejo-dados.example.pt"),
        "Europe/Madrid",
        "Convite para entrevista",
        "Olá Alex,\n\nGostaríamos de o convidar para uma entrevista por videochamada na segunda-feira, 15 de fevereiro de 2027, às 10h00 (hora de Lisboa).\n\nCumprimentos,\nInês Carvalho\nRecursos Humanos, Tejo Dados",
        (2027, 2, 15, 10, 0),
        "Europe/Lisbon",
        CITY,
        weekday="Mon",
    )
    add(
        "es",
        "hora_peninsular",
        ("Javier Ortega", "javier.ortega@iberica-red.example.es"),
        "Atlantic/Canary",
        "Entrevista en Ibérica Red",
        "Hola, Alex:\n\nTe confirmamos la entrevista por Teams el miércoles 10 de febrero de 2027 a las 10:00 (hora peninsular).\n\nUn saludo,\nJavier Ortega\nSelección, Ibérica Red",
        (2027, 2, 10, 10, 0),
        "Europe/Madrid",
        CITY,
        weekday="Wed",
    )
    add(
        "pt-BR",
        "horario_de_manaus",
        ("Rafael Souza", "rafael.souza@amazonia-energia.example.com.br"),
        "America/Sao_Paulo",
        "Entrevista – Amazônia Energia",
        "Oi, Alex,\n\nConfirmamos sua entrevista para terça-feira, 23 de fevereiro de 2027, às 9h (horário de Manaus), por vídeo.\n\nAté lá,\nRafael Souza",
        (2027, 2, 23, 9, 0),
        "America/Manaus",
        CITY,
        weekday="Tue",
    )
    add(
        "es-AR",
        "hora_argentina",
        ("Lucía Fernández", "lucia.fernandez@pampa-labs.example.com.ar"),
        "Europe/Madrid",
        "Entrevista con Pampa Labs",
        "Hola Alex,\n\n¿Cómo estás? Te invitamos a una entrevista por Meet el viernes 12 de marzo de 2027 a las 15 h (hora argentina).\n\nSaludos,\nLucía Fernández\nRecursos Humanos",
        (2027, 3, 12, 15, 0),
        "America/Argentina/Buenos_Aires",
        CITY,
        weekday="Fri",
    )
    add(
        "es-PE",
        "hora_de_lima",
        ("Diego Quispe", "diego.quispe@inca-analytics.example.pe"),
        "America/Mexico_City",
        "Entrevista – Inca Analytics",
        "Estimado Alex:\n\nLo invitamos a una entrevista virtual el lunes 22 de marzo de 2027 a las 16:00, hora de Lima.\n\nAtentamente,\nDiego Quispe\nGestión del Talento",
        (2027, 3, 22, 16, 0),
        "America/Lima",
        CITY,
        weekday="Mon",
    )
    add(
        "fa",
        "be_vaght_tehran",
        ("مریم احمدی", "maryam.ahmadi@alborz-soft.example.ir"),
        "Europe/Berlin",
        "دعوت به مصاحبه",
        "سلام Alex،\n\nاز شما برای مصاحبهٔ آنلاین در روز سه‌شنبه ۲۶ ژانویه ۲۰۲۷ ساعت 10:30 به وقت تهران دعوت می‌کنیم.\n\nبا احترام،\nمریم احمدی\nمنابع انسانی، البرز سافت",
        (2027, 1, 26, 10, 30),
        "Asia/Tehran",
        CITY,
        weekday="Tue",
    )
    add(
        "sw",
        "saa_za_afrika_mashariki",
        ("Amina Mwangi", "amina.mwangi@savanna-pay.example.co.ke"),
        "Europe/London",
        "Mwaliko wa usaili",
        "Habari Alex,\n\nTunafurahi kukualika kwenye usaili wa mtandaoni siku ya Alhamisi, tarehe 11 Februari 2027, saa 10:00 (EAT, saa za Afrika Mashariki).\n\nWako,\nAmina Mwangi\nRasilimali Watu, Savanna Pay",
        (2027, 2, 11, 10, 0),
        "Africa/Nairobi",
        CITY,
        weekday="Thu",
    )
    add(
        "cs",
        "stredoevropskeho_casu",
        ("Petra Dvořáková", "petra.dvorakova@vltava-it.example.cz"),
        "Europe/London",
        "Pozvánka na pohovor",
        "Dobrý den,\n\nrádi bychom Vás pozvali na online pohovor ve čtvrtek 11. února 2027 v 10:00 středoevropského času.\n\nS pozdravem\nPetra Dvořáková\nPersonální oddělení, Vltava IT",
        (2027, 2, 11, 10, 0),
        "Europe/Prague",
        CITY,
        weekday="Thu",
    )
    add(
        "en-US",
        "mountain_time_denver",
        ("Tyler Brooks", "tyler.brooks@summitgrid.example.com"),
        "America/New_York",
        "Interview with SummitGrid",
        "Hi Alex,\n\nWe'd love to set up a video interview on Tuesday, February 9, 2027 at 1:00 PM Mountain Time (Denver).\n\nThanks,\nTyler Brooks\nTalent, SummitGrid",
        (2027, 2, 9, 13, 0),
        "America/Denver",
        CITY,
        weekday="Tue",
    )
    add(
        "en-US",
        "arizona_time",
        ("Dana Whitfield", "dana.whitfield@saguaro-health.example.com"),
        "America/New_York",
        "Phone screen – Saguaro Health",
        "Hi Alex,\n\nYour phone screen is booked for Wednesday, March 17, 2027 at 10:00 AM Arizona time. Arizona doesn't change its clocks, so please double-check your calendar.\n\nBest,\nDana Whitfield",
        (2027, 3, 17, 10, 0),
        "America/Phoenix",
        CITY + " " + DSTWEEK,
        weekday="Wed",
    )
    add(
        "en-CA",
        "newfoundland_time",
        ("Brendan Walsh", "brendan.walsh@capespear-marine.example.ca"),
        "America/Toronto",
        "Interview – Cape Spear Marine",
        "Hi Alex,\n\nThanks for applying. Could you join us for an interview on Friday, February 19, 2027 at 10:00 a.m. Newfoundland time?\n\nCheers,\nBrendan Walsh",
        (2027, 2, 19, 10, 0),
        "America/St_Johns",
        CITY,
        weekday="Fri",
    )
    add(
        "en-AU",
        "darwin_time",
        ("Kylie Nguyen", "kylie.nguyen@topend-mining.example.com.au"),
        "Australia/Sydney",
        "Interview – Top End Mining",
        "Hi Alex,\n\nGreat to chat earlier. Your interview is locked in for Monday 15 February 2027 at 9:00 am Darwin time.\n\nCheers,\nKylie Nguyen",
        (2027, 2, 15, 9, 0),
        "Australia/Darwin",
        CITY,
        weekday="Mon",
    )
    add(
        "de",
        "berliner_zeit_summer_end",
        ("Jana Krüger", "jana.krueger@spree-analytics.example.de"),
        "America/New_York",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Alex,\n\nwir laden Sie herzlich zu einem Videointerview am Mittwoch, 27. Oktober 2027, um 16:00 Uhr Berliner Zeit ein.\n\nBeste Grüße\nJana Krüger\nPeople & Culture, Spree Analytics",
        (2027, 10, 27, 16, 0),
        "Europe/Berlin",
        CITY + " " + DSTWEEK,
        weekday="Wed",
    )
    add(
        "it",
        "ora_di_milano",
        ("Chiara Colombo", "chiara.colombo@navigli-design.example.it"),
        "Europe/London",
        "Invito a colloquio",
        "Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo su Teams giovedì 4 marzo 2027 alle ore 15:00, ora di Milano.\n\nCordiali saluti,\nChiara Colombo\nRisorse Umane, Navigli Design",
        (2027, 3, 4, 15, 0),
        "Europe/Rome",
        CITY,
        weekday="Thu",
    )


def abbreviations() -> None:
    add(
        "id",
        "wib",
        ("Dewi Lestari", "dewi.lestari@garuda-logistik.example.co.id"),
        "Asia/Makassar",
        "Jadwal wawancara",
        "Selamat siang Alex,\n\nBerikut jadwal wawancara Anda: Kamis, 11 Februari 2027, pukul 13.30 WIB melalui Zoom.\n\nHormat kami,\nDewi Lestari\nHRD Garuda Logistik",
        (2027, 2, 11, 13, 30),
        "Asia/Jakarta",
        ABBR,
        weekday="Thu",
    )
    add(
        "id",
        "wita",
        ("Made Suarta", "made.suarta@bali-resort.example.co.id"),
        "Asia/Jakarta",
        "Undangan interview",
        "Halo Alex,\n\nKami mengundang Anda untuk interview pada Senin, 8 Maret 2027 pukul 09.00 WITA di kantor kami di Denpasar.\n\nSalam,\nMade Suarta\nHR Bali Resort",
        (2027, 3, 8, 9, 0),
        "Asia/Makassar",
        ABBR,
        weekday="Mon",
    )
    add(
        "en-AU",
        "aedt",
        ("Sophie Mitchell", "sophie.mitchell@harbourline.example.com.au"),
        "Asia/Singapore",
        "Interview – Harbourline",
        "Hi Alex,\n\nThanks for your application. We'd like to invite you to a video interview on Tuesday 30 March 2027 at 10:00am AEDT.\n\nKind regards,\nSophie Mitchell\nTalent Acquisition, Harbourline",
        (2027, 3, 30, 10, 0),
        "Australia/Sydney",
        ABBR,
        weekday="Tue",
    )
    add(
        "en-AU",
        "acst_after_change",
        ("Liam O'Connor", "liam.oconnor@barossa-wines.example.com.au"),
        "Australia/Sydney",
        "Interview – Barossa Estate Wines",
        "Hi Alex,\n\nJust a heads-up that clocks go back this weekend. Your interview is on Thursday 8 April 2027 at 9:30am ACST.\n\nThanks,\nLiam O'Connor",
        (2027, 4, 8, 9, 30),
        "Australia/Adelaide",
        ABBR + " " + DSTWEEK,
        weekday="Thu",
    )
    add(
        "en-NZ",
        "nzdt",
        ("Aroha Parata", "aroha.parata@kauri-cloud.example.co.nz"),
        "Australia/Sydney",
        "Interview invitation",
        "Kia ora Alex,\n\nWe'd love to meet you for a video interview on Wednesday 31 March 2027, 2pm NZDT.\n\nNgā mihi,\nAroha Parata\nPeople & Culture, Kauri Cloud",
        (2027, 3, 31, 14, 0),
        "Pacific/Auckland",
        ABBR,
        weekday="Wed",
    )
    add(
        "en-NZ",
        "nzst_after_change",
        ("Hemi Walker", "hemi.walker@tasman-freight.example.co.nz"),
        "Australia/Sydney",
        "Interview confirmed",
        "Hi Alex,\n\nConfirming your interview on Tuesday 6 April 2027, 9:00am NZST (our clocks went back on Sunday).\n\nCheers,\nHemi Walker",
        (2027, 4, 6, 9, 0),
        "Pacific/Auckland",
        ABBR + " " + DSTWEEK,
        weekday="Tue",
    )
    add(
        "en",
        "npt",
        ("Sushil Adhikari", "sushil.adhikari@himal-software.example.com.np"),
        "Asia/Kolkata",
        "Interview schedule – Himal Software",
        "Dear Alex,\n\nYour interview has been scheduled for Monday, 15 February 2027 at 11:00 AM NPT.\n\nRegards,\nSushil Adhikari\nHR, Himal Software",
        (2027, 2, 15, 11, 0),
        "Asia/Kathmandu",
        ABBR,
        weekday="Mon",
    )
    add(
        "en-IN",
        "ist_india",
        ("Ananya Iyer", "ananya.iyer@deccan-fintech.example.in"),
        "Asia/Dubai",
        "Interview invitation – Deccan Fintech",
        "Dear Alex,\n\nGreetings from Deccan Fintech, Bengaluru! We are pleased to invite you for a technical interview on Friday, 26 February 2027 at 3:00 PM IST.\n\nRegards,\nAnanya Iyer\nTalent Acquisition",
        (2027, 2, 26, 15, 0),
        "Asia/Kolkata",
        ABBR,
        weekday="Fri",
    )
    add(
        "en-AU",
        "awst_perth",
        ("Jess Taylor", "jess.taylor@swan-energy.example.com.au"),
        "Australia/Sydney",
        "Interview – Swan Energy",
        "Hi Alex,\n\nWe'd like to invite you to interview on Thursday 18 February 2027 at 2:00 PM AWST (Perth).\n\nRegards,\nJess Taylor",
        (2027, 2, 18, 14, 0),
        "Australia/Perth",
        ABBR,
        weekday="Thu",
    )
    add(
        "ru",
        "msk",
        ("Дмитрий Орлов", "d.orlov@ural-data.example.ru"),
        "Asia/Yekaterinburg",
        "Собеседование",
        "Алекс, добрый день!\n\nПодтверждаем техническое собеседование: вторник, 16 февраля 2027 г., 12:00 МСК.\n\nДмитрий Орлов\nУрал Дата",
        (2027, 2, 16, 12, 0),
        "Europe/Moscow",
        ABBR,
        weekday="Tue",
    )
    add(
        "tr",
        "tsi",
        ("Emre Yıldız", "emre.yildiz@anadolu-bulut.example.com.tr"),
        "Europe/Berlin",
        "Görüşme daveti",
        "Merhaba Alex,\n\nTeknik görüşmeniz 17 Şubat 2027 Çarşamba, saat 14:00 (TSİ) olarak planlanmıştır.\n\nİyi çalışmalar,\nEmre Yıldız",
        (2027, 2, 17, 14, 0),
        "Europe/Istanbul",
        ABBR,
        weekday="Wed",
    )
    add(
        "ko",
        "kst",
        ("박민수", "minsu.park@busan-robotics.example.kr"),
        "America/Los_Angeles",
        "면접 일정 안내",
        "Alex님,\n\n부산로보틱스 2차 면접 일정은 2027년 3월 10일(수) 오후 2시 (KST)입니다.\n\n박민수 드림",
        (2027, 3, 10, 14, 0),
        "Asia/Seoul",
        ABBR,
        weekday="Wed",
    )
    add(
        "de",
        "mesz_summer_end",
        ("Lukas Becker", "lukas.becker@isar-robotik.example.de"),
        "America/New_York",
        "Vorstellungsgespräch – Isar Robotik",
        "Hallo Alex,\n\nwir freuen uns auf das Gespräch am Donnerstag, 28. Oktober 2027, um 10:00 Uhr MESZ.\n\nViele Grüße\nLukas Becker",
        (2027, 10, 28, 10, 0),
        "Europe/Berlin",
        ABBR + " " + DSTWEEK,
        weekday="Thu",
    )
    add(
        "en-GB",
        "bst",
        ("Hannah Clarke", "hannah.clarke@thameside-bank.example.co.uk"),
        "America/New_York",
        "Interview – Thameside Bank",
        "Dear Alex,\n\nWe are pleased to invite you to interview on Friday 2 April 2027 at 11:00 BST.\n\nKind regards,\nHannah Clarke",
        (2027, 4, 2, 11, 0),
        "Europe/London",
        ABBR,
        weekday="Fri",
    )
    add(
        "en",
        "gst_dubai",
        ("Fatima Khan", "fatima.khan@palm-logistics.example.ae"),
        "Europe/London",
        "Interview – Palm Logistics",
        "Dear Alex,\n\nWe would like to invite you for an interview on Monday 1 March 2027 at 10:00 AM Gulf Standard Time (GST).\n\nBest regards,\nFatima Khan",
        (2027, 3, 1, 10, 0),
        "Asia/Dubai",
        ABBR,
        weekday="Mon",
    )
    add(
        "en",
        "hkt",
        ("Kelvin Chan", "kelvin.chan@victoria-capital.example.hk"),
        "Europe/London",
        "Interview – Victoria Capital",
        "Hi Alex,\n\nPlease join us for a video interview on Thursday, 4 March 2027 at 10:00 HKT.\n\nBest,\nKelvin Chan",
        (2027, 3, 4, 10, 0),
        "Asia/Hong_Kong",
        ABBR,
        weekday="Thu",
    )
    add(
        "en-US",
        "central_time_gap",
        ("Megan Price", "megan.price@prairie-ag.example.com"),
        "Europe/London",
        "Interview – Prairie Ag",
        "Hi Alex,\n\nYou're confirmed for Wednesday, November 3, 2027 at 10:00 AM Central Time. (Heads-up: Europe has already changed its clocks, we haven't yet.)\n\nMegan Price",
        (2027, 11, 3, 10, 0),
        "America/Chicago",
        ABBR + " " + DSTWEEK,
        weekday="Wed",
    )


def offsets() -> None:
    add(
        "es-AR",
        "utc_minus_3_real_minus",
        ("Martina Gómez", "martina.gomez@rio-plata-soft.example.com.ar"),
        "Europe/Madrid",
        "Entrevista técnica",
        "Hola Alex,\n\nTe esperamos para la entrevista técnica el lunes 22 de febrero de 2027 a las 10:00 (UTC−3).\n\nSaludos,\nMartina Gómez",
        (2027, 2, 22, 10, 0),
        "-03:00",
        OFFSET,
        weekday="Mon",
        named=False,
    )
    add(
        "en-GB",
        "gmt_plus_530",
        ("Rohan Mehta", "rohan.mehta@lotus-analytics.example.com"),
        "Europe/London",
        "Interview – Lotus Analytics",
        "Hi Alex,\n\nYour interview with our Pune team is on Wednesday 3 March 2027 at 2:30 PM GMT+5:30.\n\nBest,\nRohan Mehta",
        (2027, 3, 3, 14, 30),
        "+05:30",
        OFFSET,
        weekday="Wed",
        named=False,
    )
    add(
        "de",
        "utc_plus_02_space",
        ("Anna Schäfer", "anna.schaefer@alpen-cloud.example.de"),
        "Europe/London",
        "Einladung zum Interview",
        "Hallo Alex,\n\nwir würden Sie gern am 14. April 2027 um 09:30 Uhr (UTC +02) zu einem Videointerview sprechen.\n\nViele Grüße\nAnna Schäfer",
        (2027, 4, 14, 9, 30),
        "+02:00",
        OFFSET,
        weekday="Wed",
        named=False,
    )
    add(
        "fr",
        "utc_minus_4",
        ("Julien Moreau", "julien.moreau@laurentides-ia.example.ca"),
        "Europe/Paris",
        "Entretien – Laurentides IA",
        "Bonjour Alex,\n\nNous vous proposons un entretien le jeudi 22 avril 2027 à 9 h (UTC−4) par visioconférence.\n\nCordialement,\nJulien Moreau",
        (2027, 4, 22, 9, 0),
        "-04:00",
        OFFSET,
        weekday="Thu",
        named=False,
    )
    add(
        "pt-BR",
        "gmt_minus_3",
        ("Beatriz Lima", "beatriz.lima@cerrado-tech.example.com.br"),
        "Europe/Lisbon",
        "Entrevista – Cerrado Tech",
        "Oi Alex,\n\nSua entrevista ficou para quarta-feira, 10 de março de 2027, às 10h (GMT-3).\n\nAbraço,\nBeatriz Lima",
        (2027, 3, 10, 10, 0),
        "-03:00",
        OFFSET,
        weekday="Wed",
        named=False,
    )
    add(
        "nl",
        "utc_plus_1",
        ("Daan Visser", "daan.visser@zeeland-energie.example.nl"),
        "Europe/London",
        "Uitnodiging gesprek",
        "Beste Alex,\n\nJe gesprek staat gepland op vrijdag 5 maart 2027 om 10:00 (UTC+1).\n\nGroet,\nDaan Visser",
        (2027, 3, 5, 10, 0),
        "+01:00",
        OFFSET,
        weekday="Fri",
        named=False,
    )
    add(
        "de",
        "utc_plus_530_ist",
        ("Markus Weber", "markus.weber@neckar-software.example.de"),
        "Europe/Berlin",
        "Gespräch mit unserem Team in Bangalore",
        "Hallo Alex,\n\ndas Gespräch mit dem Team in Bangalore findet am Dienstag, 9. März 2027, um 15:30 Uhr UTC+5:30 statt.\n\nGruß\nMarkus Weber",
        (2027, 3, 9, 15, 30),
        "+05:30",
        OFFSET,
        weekday="Tue",
        named=False,
    )
    add(
        "ja",
        "utc_plus_9",
        ("高橋 健", "ken.takahashi@fuji-systems.example.jp"),
        "Europe/London",
        "面接日程のご連絡",
        "Alex様\n\n面接は2027年3月12日（金）16:00（UTC+9）に決定しました。\n\n富士システムズ 高橋",
        (2027, 3, 12, 16, 0),
        "+09:00",
        OFFSET,
        weekday="Fri",
        named=False,
    )
    add(
        "it",
        "gmt_plus_1",
        ("Marco Ricci", "marco.ricci@etna-tech.example.it"),
        "America/New_York",
        "Colloquio – Etna Tech",
        "Ciao Alex,\n\nil colloquio è fissato per martedì 2 febbraio 2027 alle 11:00 (GMT+1).\n\nA presto,\nMarco Ricci",
        (2027, 2, 2, 11, 0),
        "+01:00",
        OFFSET,
        weekday="Tue",
        named=False,
    )


def windows_names() -> None:
    add(
        "en-AU",
        "windows_canberra_sydney",
        ("Olivia Harris", "olivia.harris@coral-insure.example.com.au"),
        "Asia/Tokyo",
        "FW: Interview – Coral Insurance",
        "Hi Alex,\n\nForwarding the interview details below.\n\nWhen: Tuesday, 19 January 2027 10:00 AM-11:00 AM. (UTC+10:00) Canberra, Melbourne, Sydney\nWhere: Microsoft Teams Meeting\n\nInterview with the claims team.\n\nOlivia",
        (2027, 1, 19, 10, 0),
        "Australia/Sydney",
        WINDOWS + " In January Sydney is on AEDT (+11).",
        weekday="Tue",
        minutes=60,
    )
    add(
        "en-US",
        "windows_eastern_summer",
        ("Chris Bennett", "chris.bennett@hudson-media.example.com"),
        "America/Los_Angeles",
        "FW: Interview",
        "Alex - see below.\n\nWhen: Wednesday, July 14, 2027 2:00 PM-2:45 PM. (UTC-05:00) Eastern Time (US & Canada)\nWhere: Zoom\n\nFinal interview with Hudson Media.",
        (2027, 7, 14, 14, 0),
        "America/New_York",
        WINDOWS,
        weekday="Wed",
        minutes=45,
    )
    add(
        "es-MX",
        "windows_guadalajara_mexico",
        ("Sofía Ramírez", "sofia.ramirez@azteca-retail.example.mx"),
        "America/Bogota",
        "RV: Entrevista",
        "Alex, te reenvío la cita.\n\nCuándo: jueves, 15 de abril de 2027 10:00-11:00. (UTC-06:00) Guadalajara, Ciudad de México, Monterrey\nDónde: Reunión de Microsoft Teams\n\nEntrevista con Azteca Retail.",
        (2027, 4, 15, 10, 0),
        "America/Mexico_City",
        WINDOWS,
        weekday="Thu",
        minutes=60,
    )
    add(
        "de",
        "windows_amsterdam_berlin_summer",
        ("Sabine Wolf", "sabine.wolf@main-finanz.example.de"),
        "Europe/London",
        "WG: Vorstellungsgespräch",
        "Hallo Alex,\n\nhier die Einladung:\n\nWann: Donnerstag, 10. Juni 2027 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\nWo: Microsoft Teams-Besprechung\n\nGespräch mit der Fachabteilung.",
        (2027, 6, 10, 9, 0),
        "Europe/Berlin",
        WINDOWS,
        weekday="Thu",
        minutes=60,
    )
    add(
        "pl",
        "windows_warszawa_summer",
        ("Tomasz Nowak", "tomasz.nowak@baltyk-it.example.pl"),
        "Europe/London",
        "PD: Rozmowa rekrutacyjna",
        "Cześć Alex,\n\nprzesyłam szczegóły.\n\nKiedy: środa, 19 maja 2027 11:00-12:00. (UTC+01:00) Sarajewo, Skopie, Warszawa, Zagrzeb\nGdzie: Spotkanie w aplikacji Microsoft Teams\n\nRozmowa z zespołem.",
        (2027, 5, 19, 11, 0),
        "Europe/Warsaw",
        WINDOWS,
        weekday="Wed",
        minutes=60,
    )
    add(
        "fr",
        "windows_heure_est",
        ("Camille Roux", "camille.roux@atlantique-conseil.example.fr"),
        "Europe/Paris",
        "TR: Entretien",
        "Bonjour Alex,\n\nVoici l'invitation.\n\nQuand : mercredi 17 mars 2027 09:00-10:00. (UTC-05:00) Est (États-Unis et Canada)\nOù : Réunion Microsoft Teams\n\nEntretien avec notre bureau de New York.",
        (2027, 3, 17, 9, 0),
        "America/New_York",
        WINDOWS + " " + DSTWEEK,
        weekday="Wed",
        minutes=60,
    )
    add(
        "en-GB",
        "windows_dublin_london_bst",
        ("Niamh Byrne", "niamh.byrne@liffey-tech.example.ie"),
        "Europe/Berlin",
        "FW: Interview",
        "Hi Alex,\n\nDetails below.\n\nWhen: Tuesday, 30 March 2027 14:00-15:00. (UTC+00:00) Dublin, Edinburgh, Lisbon, London\nWhere: Teams\n\nInterview with Liffey Tech.",
        (2027, 3, 30, 14, 0),
        "Europe/London",
        WINDOWS + " " + DSTWEEK,
        weekday="Tue",
        minutes=60,
    )
    add(
        "en-US",
        "google_pacific_los_angeles",
        ("Ryan Cooper", "ryan.cooper@redwood-ai.example.com"),
        "America/New_York",
        "Invitation: Interview with Redwood AI",
        "Interview with Redwood AI\nWednesday, March 17, 2027 · 9:00 – 9:45am\nTime zone: Pacific Time - Los Angeles\nGoogle Meet joining info: meet.google.com/abc-defg-hij\n\nHi Alex, looking forward to it! - Ryan",
        (2027, 3, 17, 9, 0),
        "America/Los_Angeles",
        "Google's zone line 'Pacific Time - Los Angeles' under a text-only invitation. " + DSTWEEK,
        weekday="Wed",
        minutes=45,
    )
    add(
        "en-US",
        "google_central_chicago",
        ("Brooke Adams", "brooke.adams@lakeshore-health.example.com"),
        "America/Los_Angeles",
        "Interview with Lakeshore Health",
        "Interview with Lakeshore Health\nThursday, February 11, 2027 · 1:00 – 1:30pm\nTime zone: Central Time - Chicago\n\nAlex, this is your first-round interview with me. - Brooke",
        (2027, 2, 11, 13, 0),
        "America/Chicago",
        "Google's zone line 'Central Time - Chicago'.",
        weekday="Thu",
        minutes=30,
    )


def pairs() -> None:
    add(
        "en-GB",
        "cet_slash_gmt",
        ("George Wright", "george.wright@northsea-energy.example.co.uk"),
        "America/New_York",
        "Interview – North Sea Energy",
        "Hi Alex,\n\nYour interview is on Tuesday 16 February 2027 at 10:00 CET / 9:00 GMT with our Hamburg and Aberdeen teams.\n\nBest,\nGeorge Wright",
        (2027, 2, 16, 10, 0),
        "Europe/Berlin",
        PAIR,
        weekday="Tue",
        pair=((2027, 2, 16, 9, 0), "Europe/London"),
    )
    add(
        "en-US",
        "your_time_vs_ours",
        ("Kevin Morales", "kevin.morales@empire-fintech.example.com"),
        "America/Chicago",
        "Interview – Empire Fintech",
        "Hi Alex,\n\nWe've booked your interview for Wednesday, March 17, 2027 at 11:00 AM our time in New York, which is 3:00 PM your time in London (our clocks have already moved forward).\n\nBest,\nKevin",
        (2027, 3, 17, 11, 0),
        "America/New_York",
        PAIR + " " + DSTWEEK,
        weekday="Wed",
        pair=((2027, 3, 17, 15, 0), "Europe/London"),
    )
    add(
        "it",
        "ora_di_dubai_italia",
        ("Federica Greco", "federica.greco@desert-build.example.it"),
        "Europe/Rome",
        "Colloquio per la sede di Dubai",
        "Gentile Alex,\n\nil colloquio con il responsabile di Dubai è fissato per lunedì 8 febbraio 2027 alle 10:00 ora di Dubai (le 7:00 in Italia).\n\nCordiali saluti,\nFederica Greco",
        (2027, 2, 8, 10, 0),
        "Asia/Dubai",
        PAIR,
        weekday="Mon",
        pair=((2027, 2, 8, 7, 0), "Europe/Rome"),
    )
    add(
        "ja",
        "jst_pdt_pair",
        ("山本 彩", "aya.yamamoto@kansai-games.example.jp"),
        "America/Los_Angeles",
        "最終面接の日程",
        "Alex様\n\n最終面接は日本時間3月17日（水）午前9時（米国太平洋時間 3月16日（火）午後5時）に決定しました。\n\n関西ゲームス 山本",
        (2027, 3, 17, 9, 0),
        "Asia/Tokyo",
        PAIR + " " + DSTWEEK,
        weekday="Wed",
        pair=((2027, 3, 16, 17, 0), "America/Los_Angeles"),
    )
    add(
        "en-US",
        "et_gmt_dst_gap",
        ("Lauren Hayes", "lauren.hayes@beacon-legal.example.com"),
        "America/Los_Angeles",
        "Interview – Beacon Legal",
        "Hi Alex,\n\nConfirming Thursday, March 18, 2027: 9:00 AM ET / 1:00 PM GMT (the UK changes its clocks on March 28).\n\nLauren",
        (2027, 3, 18, 9, 0),
        "America/New_York",
        PAIR + " " + DSTWEEK,
        weekday="Thu",
        pair=((2027, 3, 18, 13, 0), "Europe/London"),
    )
    add(
        "it",
        "ora_di_new_york_italia",
        ("Paolo Conti", "paolo.conti@brooklyn-italia.example.it"),
        "Europe/Rome",
        "Colloquio con New York",
        "Ciao Alex,\n\nil colloquio con la sede di New York sarà mercoledì 17 marzo 2027 alle 9:00 ora di New York (le 14:00 in Italia, dato che da loro è già scattata l'ora legale).\n\nPaolo",
        (2027, 3, 17, 9, 0),
        "America/New_York",
        PAIR + " " + DSTWEEK,
        weekday="Wed",
        pair=((2027, 3, 17, 14, 0), "Europe/Rome"),
    )
    add(
        "pl",
        "czasu_polskiego_londyn",
        ("Magdalena Wójcik", "m.wojcik@mazury-tech.example.pl"),
        "Europe/London",
        "Rozmowa – Mazury Tech",
        "Dzień dobry,\n\nrozmowa odbędzie się w czwartek 25 lutego 2027 r. o 10:00 czasu polskiego (9:00 w Londynie).\n\nPozdrawiam,\nMagdalena Wójcik",
        (2027, 2, 25, 10, 0),
        "Europe/Warsaw",
        PAIR,
        weekday="Thu",
        pair=((2027, 2, 25, 9, 0), "Europe/London"),
    )
    add(
        "es",
        "hora_espanola_y_mexico",
        ("Elena Navarro", "elena.navarro@puente-atlantico.example.es"),
        "America/Bogota",
        "Entrevista – Puente Atlántico",
        "Hola Alex:\n\nLa entrevista será el martes 9 de marzo de 2027 a las 17:00, hora española (10:00 en Ciudad de México).\n\nUn saludo,\nElena Navarro",
        (2027, 3, 9, 17, 0),
        "Europe/Madrid",
        PAIR,
        weekday="Tue",
        pair=((2027, 3, 9, 10, 0), "America/Mexico_City"),
    )
    add(
        "de",
        "mez_und_ist",
        ("Stefan Richter", "stefan.richter@elbe-consult.example.de"),
        "America/New_York",
        "Interview mit dem Team in Pune",
        "Hallo Alex,\n\nwir haben das Interview auf Montag, 1. März 2027, 10:30 Uhr MEZ (15:00 Uhr IST) gelegt.\n\nGruß\nStefan Richter",
        (2027, 3, 1, 10, 30),
        "Europe/Berlin",
        PAIR,
        weekday="Mon",
        pair=((2027, 3, 1, 15, 0), "Asia/Kolkata"),
    )
    add(
        "pt-BR",
        "brasilia_lisboa",
        ("Gustavo Pereira", "gustavo.pereira@atlantico-pay.example.com.br"),
        "Europe/Madrid",
        "Entrevista – Atlântico Pay",
        "Olá Alex,\n\nMarcamos sua entrevista para segunda-feira, 8 de março de 2027, às 11h no horário de Brasília (14h em Lisboa).\n\nAbraços,\nGustavo",
        (2027, 3, 8, 11, 0),
        "America/Sao_Paulo",
        PAIR,
        weekday="Mon",
        pair=((2027, 3, 8, 14, 0), "Europe/Lisbon"),
    )


def zone_once() -> None:
    add(
        "en-GB",
        "all_times_sgt",
        ("Priya Nair", "priya.nair@lion-city-labs.example.sg"),
        "Europe/London",
        "Interview day – Lion City Labs",
        "Hi Alex,\n\nAll times below are Singapore time (SGT).\n\nTuesday 9 March 2027\n10:00 technical interview\n11:30 coffee with the team\n14:00 chat with the CTO\n\nSee you then,\nPriya",
        (2027, 3, 9, 10, 0),
        "Asia/Singapore",
        ONCE,
        weekday="Tue",
    )
    add(
        "es-MX",
        "todas_las_horas_cdmx",
        ("Fernanda Castillo", "fernanda.castillo@sierra-madre.example.mx"),
        "Europe/Madrid",
        "Agenda de entrevistas",
        "Hola Alex:\n\nTodas las horas son de Ciudad de México.\n\nJueves 11 de marzo de 2027\n10:00 entrevista con Recursos Humanos\n11:30 entrevista con el gerente de área\n\nSaludos,\nFernanda Castillo",
        (2027, 3, 11, 10, 0),
        "America/Mexico_City",
        ONCE,
        weekday="Thu",
    )
    add(
        "fr",
        "horaires_heure_de_paris",
        ("Nathalie Lefèvre", "nathalie.lefevre@seine-energie.example.fr"),
        "America/Toronto",
        "Programme de vos entretiens",
        "Bonjour Alex,\n\nLes horaires ci-dessous sont indiqués en heure de Paris.\n\nMardi 23 février 2027\n9 h 30 : entretien RH\n11 h : entretien technique\n\nBien cordialement,\nNathalie Lefèvre",
        (2027, 2, 23, 9, 30),
        "Europe/Paris",
        ONCE,
        weekday="Tue",
    )
    add(
        "de",
        "alle_zeiten_mez",
        ("Thomas Braun", "thomas.braun@rhein-energie.example.de"),
        "Europe/London",
        "Ablauf Ihres Interviewtages",
        "Hallo Alex,\n\nalle Zeitangaben in MEZ.\n\nFreitag, 19. Februar 2027\n9:30 Uhr Gespräch mit HR\n10:30 Uhr Fachgespräch\n12:00 Uhr Mittagessen mit dem Team\n\nBis bald\nThomas Braun",
        (2027, 2, 19, 9, 30),
        "Europe/Berlin",
        ONCE,
        weekday="Fri",
    )
    add(
        "en-US",
        "times_pacific_below",
        ("Nicole Foster", "nicole.foster@cascade-robotics.example.com"),
        "America/New_York",
        "Your onsite interview schedule",
        "Hi Alex,\n\nHere's your virtual onsite. Times are Pacific.\n\nThursday, March 18, 2027\n9:00 AM - Hiring manager\n10:00 AM - System design\n11:00 AM - Coding\n\nThanks,\nNicole",
        (2027, 3, 18, 9, 0),
        "America/Los_Angeles",
        ONCE + " " + DSTWEEK,
        weekday="Thu",
    )
    add(
        "pt-BR",
        "horarios_de_brasilia",
        ("Juliana Alves", "juliana.alves@paulista-bank.example.com.br"),
        "Europe/Lisbon",
        "Agenda do seu processo",
        "Oi Alex,\n\nOs horários abaixo estão no horário de Brasília:\n\nQuarta-feira, 24 de fevereiro de 2027\n10h — entrevista com RH\n11h — entrevista técnica\n\nAbraços,\nJuliana",
        (2027, 2, 24, 10, 0),
        "America/Sao_Paulo",
        ONCE,
        weekday="Wed",
    )
    add(
        "ja",
        "jikan_wa_nihon_jikan",
        ("中村 翔", "sho.nakamura@hokkaido-data.example.jp"),
        "Europe/London",
        "面接当日のスケジュール",
        "Alex様\n\n以下の時刻はすべて日本時間です。\n\n2027年3月11日（木）\n10:00　一次面接\n11:00　技術面接\n\n北海道データ 中村",
        (2027, 3, 11, 10, 0),
        "Asia/Tokyo",
        ONCE,
        weekday="Thu",
    )
    add(
        "en-AU",
        "times_aest_below",
        ("Matt Kelly", "matt.kelly@brisbane-bio.example.com.au"),
        "Asia/Singapore",
        "Your interview schedule",
        "Hi Alex,\n\nAll times are Brisbane time (AEST).\n\nMonday 22 February 2027\n9:30am – panel interview\n11:00am – site tour\n\nCheers,\nMatt",
        (2027, 2, 22, 9, 30),
        "Australia/Brisbane",
        ONCE,
        weekday="Mon",
    )
    add(
        "ru",
        "vse_vremya_moskovskoe",
        ("Ирина Козлова", "i.kozlova@neva-tech.example.ru"),
        "Europe/Berlin",
        "Расписание собеседований",
        "Алекс, здравствуйте!\n\nВсё время указано московское.\n\nСреда, 3 марта 2027 г.\n11:00 — встреча с HR\n12:00 — техническое интервью\n\nИрина Козлова",
        (2027, 3, 3, 11, 0),
        "Europe/Moscow",
        ONCE,
        weekday="Wed",
    )
    add(
        "ko",
        "hanguk_sigan_gijun",
        ("이수진", "sujin.lee@incheon-bio.example.kr"),
        "Europe/London",
        "면접 일정",
        "Alex님,\n\n아래 시간은 모두 한국 시간 기준입니다.\n\n2027년 3월 4일(목)\n오전 10:00 실무 면접\n오전 11:00 임원 면접\n\n이수진 드림",
        (2027, 3, 4, 10, 0),
        "Asia/Seoul",
        ONCE,
        weekday="Thu",
    )


BUILDERS = [city_clocks, abbreviations, offsets, windows_names, pairs, zone_once]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 372caefb with this batch, before any parser change; quick.py, start "
    "and stated end): dev 61/65 right, 61 sure (missed: a zone given once in an 'all times' "
    "sentence in es, pt-BR and ru, read at the Date header's offset, 2 of them at 0.66; the ja "
    "pair '日本時間3月17日（水）午前9時（米国太平洋時間 3月16日（火）午後5時）' read at the Pacific "
    "offset, at 0.45); held out 33/33 right, 32 sure."
)
AFTER_FIX_FIGURES = (
    "After the zones72 rules (a zone given once in an 'all times' sentence in many languages; "
    "Russian and Ukrainian city adjectives and genitives looked up among CLDR's city names; a "
    "CJK date and meridiem between a bracketed zone and the clock it leads; two stated zones "
    "that disagree, by a slash pair, a bracket, a bare city or a city pair no day has, leave "
    "the time under 0.5): dev 65/65 right, 64 sure (the pt-BR '10h — entrevista com RH' row "
    "is right at 0.45: no interview word is seen near the time, no zone matter); held out "
    "33/33 right, 32 sure. Whole corpus (quick.py, base vs this branch): dev, shared and "
    "fixtures 0 worse, 0 better outside this batch; held out outside this batch unchanged."
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    names = [f"{FAMILY}__{lang}_{name}.eml" for lang, name, *_ in RAW]
    assert len(set(names)) == len(names)
    held = pp.held_names(names)
    out = []
    for row, filename in zip(RAW, names, strict=True):
        lang, name, sender, sender_zone, subject, body, start, label_zone, minutes, note = row
        sent_tz = ZoneInfo(sender_zone)
        sent = (start.astimezone(sent_tz) - timedelta(days=6)).replace(hour=9, minute=17)
        end = start + timedelta(minutes=minutes) if minutes else None
        label: dict[str, object] = {
            "kind": "invitation",
            **pp.timed(start, end, zone=label_zone),
            "organizer_email": sender[1],
        }
        raw = pp.mail(
            f"zones72 {lang} {name}", sender=sender, to=ME, subject=subject, sent=sent, text=body
        )
        heldout = filename in held
        out.append(
            Case(
                HELD_FAMILY if heldout else FAMILY,
                "heldout" if heldout else "dev",
                f"{lang}_{name}",
                raw,
                label,
                lang,
                note,
                OURS,
                LIC,
            )
        )
    return out


def provenance(items: list[Case]) -> str:
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the zones72 batch (`build_zones72.py`)",
        "",
        "Recruiter invitations without a calendar part whose Date header is in another zone than "
        "the interview (so a missed zone shows), stating the zone as people write it: a city's or "
        "country's clock in the local language, numeric offsets (a real minus sign, 'UTC +02', "
        "'GMT+5:30'), abbreviations of southern-hemisphere, half-hour and regional zones, Outlook "
        "display names in five languages, Google's 'Time zone: Pacific Time - Los Angeles', two "
        "clocks for one instant, weeks between two regions' clock changes, and a zone given once "
        "before several times. All text is ours, written by hand with no template; people, "
        "companies and addresses are made up. Every label was written from the datetimes the "
        "text is rendered from (zoneinfo), before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family zones72h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + ".",
        "",
        "Label rule: every mail is an `invitation` at the instant the text states. A mail naming "
        "one zone (a city's or country's clock, an abbreviation, a display name) is labelled with "
        "that IANA zone, summer time applying as the zone's own clock does; a numeric offset or a "
        "pair of clocks is a fixed instant whose label names no zone (a pair's halves are "
        "checked to be one instant when the batch is built). An end is labelled only where the "
        "mail gives one or a length. `organizer_email` is the sender.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_zones72.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-zones72.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
