# ruff: noqa: E501, E741, N806
"""Write the "zones35" batch: time-zone words people write in invitations that carry no
calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_zones35.py

Zone pairs ("9am PT / 12pm ET", "14:00 CET (08:00 EST)", "10:00 London / 11:00 Paris"), a
city's or country's clock ("heure de Paris", "hora de Madrid", "ora italiana", "Berliner
Zeit"), the same in other scripts ("به وقت برلین", "بتوقيت مكة", "по московскому времени",
"東京時間", "北京时间", "לפי שעון ישראל"; city names as CLDR's exemplar cities spell them),
numeric offsets ("GMT+5:30", "UTC−3", "UTC+01:00"), abbreviations written in the other
season ("10am PST" in July), half-hour zones and the weeks after a southern-hemisphere
clock change.

Labels: the instant the text states, computed here from the zone the text names (a pair's
second half is checked to be the same instant as its first when the batch is built); a
mail with one zone is labelled with that IANA zone; a pair's label has no zone (either half
is the reader's, depending on whom the mail addresses). Labels were written before the
parser was run on the batch; the held-out families were drawn by
`random.Random("zones35 coin").sample(sorted(families), 2)` before then. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only
its own families' files.
"""

from __future__ import annotations

import importlib.util
import random
import sys
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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
CLDR = "CLDR 49 as shipped in Babel 2.19.0 (`Locale(code).time_zones[zone]['city']`, `Locale(code).meta_zones`)"
HAND = (
    "hand-written; interview invitations that state their zone in words, by a pair of zones, "
    "by a numeric offset or by an abbreviation of the other season (wording ours; city names "
    "in non-Latin scripts as " + CLDR + "); " + OWN
)

FAMILIES = ("zpair35", "zpairintl35", "zplace35", "zscript35", "zoffset35", "zseason35")
HELD = frozenset(random.Random("zones35 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

SOURCES = {
    "zpair35": "English zone pairs, the same instant twice: '9am PT / 12pm ET', '14:00 CET "
    "(08:00 EST)', '10:00 London / 11:00 Paris', '16:00 IST (11:30 CET)', '3pm AEDT / 4am "
    "GMT', '1:30pm BST / 8:30am EDT' (en-US, en-GB, en-IN, en-AU).",
    "zpairintl35": "Zone pairs in other languages: '15:00 Uhr MEZ / 9:00 Uhr EST', 'à 17h, "
    "heure de Paris (11h à Montréal)', 'a las 10:00, hora de Madrid (18:00 en Tokio)', 'às "
    "14h, horário de Brasília (17h em Lisboa)', 'om 9:00 uur Nederlandse tijd (16:00 in "
    "Singapore)' (de, fr, es, pt-BR, nl).",
    "zplace35": "One city's or country's clock, written by someone in another zone: 'heure de "
    "Paris', 'hora de Madrid', 'ora italiana', 'Berliner Zeit', 'Lisbon time', 'horário de "
    "Brasília' (fr, es, it, de, en-GB, pt-BR).",
    "zscript35": "The same in other scripts, city names as CLDR's exemplar cities: 'به وقت "
    "تهران', 'به وقت برلین', 'بتوقيت مكة المكرمة', 'بتوقيت القاهرة', 'بتوقيت دبي', 'по "
    "московскому времени', '東京時間', '北京时间', 'לפי שעון ישראל', 'за київським часом' "
    "(fa, ar, ru, ja, zh, he, uk). " + CLDR + ".",
    "zoffset35": "Numeric offsets: 'GMT+5:30', 'UTC−3' (a minus sign, U+2212), 'UTC+01:00', "
    "'GMT-05:00', '(UTC+2)', 'GMT+5:45' (en-GB, es-AR, de, en-US, fr, en).",
    "zseason35": "Abbreviations of the other season ('10am PST' in July, '2pm EST' in August, "
    "'11:00 CET' in July: the region's clock, summer time applying), half-hour zones "
    "(Newfoundland, Adelaide's ACDT) and the weeks after a southern-hemisphere change "
    "(Sydney, Auckland, Santiago) (en-US, en-CA, en-AU, de, en-NZ, es-CL).",
}

LA, NY, BER, LON, PAR = (
    "America/Los_Angeles", "America/New_York", "Europe/Berlin", "Europe/London", "Europe/Paris",
)  # fmt: skip
KOL, SYD, MAD, TYO, SAO, LIS = (
    "Asia/Kolkata", "Australia/Sydney", "Europe/Madrid", "Asia/Tokyo", "America/Sao_Paulo",
    "Europe/Lisbon",
)  # fmt: skip
AMS, SIN, MTL, ROM, THR, RUH, CAI, DXB = (
    "Europe/Amsterdam", "Asia/Singapore", "America/Toronto", "Europe/Rome", "Asia/Tehran",
    "Asia/Riyadh", "Africa/Cairo", "Asia/Dubai",
)  # fmt: skip
MOW, SHA, JRS, KYV, WAW, NSK, MEX, SFO = (
    "Europe/Moscow", "Asia/Shanghai", "Asia/Jerusalem", "Europe/Kyiv", "Europe/Warsaw",
    "Asia/Novosibirsk", "America/Mexico_City", "America/Los_Angeles",
)  # fmt: skip
BUE, KTM, ADL, AKL, SCL, STJ, DKR, CHI = (
    "America/Argentina/Buenos_Aires", "Asia/Kathmandu", "Australia/Adelaide",
    "Pacific/Auckland", "America/Santiago", "America/St_Johns", "Africa/Dakar",
    "America/Chicago",
)  # fmt: skip


def same(first: datetime, second: datetime) -> datetime:
    """A pair's two halves must be one instant; the label takes the first."""
    if first != second:
        raise ValueError(f"pair halves differ: {first.isoformat()} vs {second.isoformat()}")
    return first


# (family, name, lang, sender, sender zone, subject, note, start, minutes or 0, label zone,
#  text)
Row = tuple[str, str, str, tuple[str, str], str, str, str, datetime, int, str | None, str]


def rows() -> list[Row]:
    P, I, C, S, O, W = FAMILIES
    return [
        # ---- zpair35 ------------------------------------------------------------------
        (P, "pt_et_pair", "en-US", ("Jordan Ellis", "jordan.ellis@cobaltpeak-labs.example.com"), LA,
         "Interview with Cobalt Peak Labs",
         "'Tuesday, January 19, 2027, 9am PT / 12pm ET': 17:00 UTC either way.",
         same(at(2027, 1, 19, 9, 0, LA, "Tue"), at(2027, 1, 19, 12, 0, NY)), 45, None,
         "Hi Alex,\n\nThanks for your time last week. We'd like to invite you to a 45-minute "
         "video interview with our platform team on Tuesday, January 19, 2027, 9am PT / 12pm "
         "ET. The Zoom link will follow in a separate invite.\n\nBest,\nJordan Ellis\n"
         "Recruiting, Cobalt Peak Labs"),
        (P, "cet_paren_est", "en-GB", ("Fiona Marsh", "fiona.marsh@ridgeway-systems.example.co.uk"), BER,
         "Technical interview – Ridgeway Systems",
         "'Wednesday 10 February 2027 at 14:00 CET (08:00 EST)': 13:00 UTC.",
         same(at(2027, 2, 10, 14, 0, BER, "Wed"), at(2027, 2, 10, 8, 0, NY)), 60, None,
         "Dear Alex,\n\nI am pleased to confirm your technical interview on Wednesday 10 "
         "February 2027 at 14:00 CET (08:00 EST), by Teams. It will last about an hour.\n\n"
         "Kind regards,\nFiona Marsh\nRidgeway Systems GmbH"),
        (P, "london_slash_paris", "en-GB", ("Oliver Grant", "oliver.grant@seine-thames.example.eu"), LON,
         "Second-round interview",
         "'Thursday 18 March 2027, 10:00 London / 11:00 Paris': before either clock changes; 10:00 UTC.",
         same(at(2027, 3, 18, 10, 0, LON, "Thu"), at(2027, 3, 18, 11, 0, PAR)), 0, None,
         "Hello Alex,\n\nYour second-round interview is booked for Thursday 18 March 2027, "
         "10:00 London / 11:00 Paris, with Claire and Tom from the Paris office on video.\n\n"
         "Regards,\nOliver Grant\nSeine-Thames Partners"),
        (P, "ist_paren_cet", "en-IN", ("Priya Raman", "priya.raman@kaveri-analytics.example.in"), KOL,
         "Interview schedule – Data Engineer",
         "'Monday, 8 February 2027 at 16:00 IST (11:30 CET)': India Standard Time; 10:30 UTC.",
         same(at(2027, 2, 8, 16, 0, KOL, "Mon"), at(2027, 2, 8, 11, 30, BER)), 0, None,
         "Dear Alex,\n\nYour interview for the Data Engineer role is scheduled on Monday, 8 "
         "February 2027 at 16:00 IST (11:30 CET). The panel will join from Bengaluru; the "
         "Google Meet link is below.\n\nmeet.example/kvr-dnbx-pqa\n\nThanks & regards,\nPriya "
         "Raman\nKaveri Analytics"),
        (P, "aedt_slash_gmt", "en-AU", ("Mia Thornton", "mia.thornton@harbourline.example.com.au"), SYD,
         "Interview – Harbourline",
         "'Wednesday 3 February 2027, 3pm AEDT / 4am GMT': 04:00 UTC.",
         same(at(2027, 2, 3, 15, 0, SYD, "Wed"), at(2027, 2, 3, 4, 0, LON)), 30, None,
         "Hi Alex,\n\nGreat chatting earlier. I've locked in a 30-minute call with our CTO "
         "for Wednesday 3 February 2027, 3pm AEDT / 4am GMT. I know that's early for you, so "
         "let me know if it doesn't work.\n\nCheers,\nMia Thornton\nHarbourline"),
        (P, "bst_slash_edt", "en-US", ("Marcus Webb", "marcus.webb@tidewater-health.example.com"), NY,
         "Panel interview confirmed",
         "'Tuesday, June 15, 2027 at 1:30pm BST / 8:30am EDT': 12:30 UTC.",
         same(at(2027, 6, 15, 13, 30, LON, "Tue"), at(2027, 6, 15, 8, 30, NY)), 0, None,
         "Hi Alex,\n\nYour panel interview is confirmed for Tuesday, June 15, 2027 at 1:30pm "
         "BST / 8:30am EDT. You'll meet three people from our London team.\n\nThanks,\nMarcus "
         "Webb\nTalent Acquisition, Tidewater Health"),
        # ---- zpairintl35 --------------------------------------------------------------
        (I, "mez_slash_est", "de", ("Katrin Vogel", "katrin.vogel@elbtal-software.example.de"), BER,
         "Einladung zum Vorstellungsgespräch",
         "'Donnerstag, 14. Januar 2027, um 15:00 Uhr MEZ / 9:00 Uhr EST': 14:00 UTC.",
         same(at(2027, 1, 14, 15, 0, BER, "Thu"), at(2027, 1, 14, 9, 0, NY)), 0, None,
         "Hallo Alex,\n\nwir laden Sie herzlich zu einem Videogespräch am Donnerstag, 14. "
         "Januar 2027, um 15:00 Uhr MEZ / 9:00 Uhr EST ein. Unser Team in Boston ist ebenfalls "
         "dabei.\n\nViele Grüße\nKatrin Vogel\nElbtal Software GmbH"),
        (I, "heure_paris_montreal", "fr", ("Camille Roux", "camille.roux@lumiere-conseil.example.fr"), PAR,
         "Entretien – Lumière Conseil",
         "'mardi 9 février 2027 à 17h, heure de Paris (11h à Montréal)': 16:00 UTC.",
         same(at(2027, 2, 9, 17, 0, PAR, "Tue"), at(2027, 2, 9, 11, 0, MTL)), 60, None,
         "Bonjour Alex,\n\nNous vous proposons un entretien en visioconférence le mardi 9 "
         "février 2027 à 17h, heure de Paris (11h à Montréal). Il durera environ une heure.\n\n"
         "Bien cordialement,\nCamille Roux\nLumière Conseil"),
        (I, "hora_madrid_tokio", "es", ("Lucía Herrera", "lucia.herrera@meseta-digital.example.es"), MAD,
         "Entrevista con Meseta Digital",
         "'miércoles 17 de febrero de 2027 a las 10:00, hora de Madrid (18:00 en Tokio)': 09:00 UTC.",
         same(at(2027, 2, 17, 10, 0, MAD, "Wed"), at(2027, 2, 17, 18, 0, TYO)), 45, None,
         "Hola Alex:\n\nTe confirmamos la entrevista por videollamada el miércoles 17 de "
         "febrero de 2027 a las 10:00, hora de Madrid (18:00 en Tokio). Durará unos 45 "
         "minutos.\n\nUn saludo,\nLucía Herrera\nMeseta Digital"),
        (I, "horario_brasilia_lisboa", "pt-BR", ("Rafael Souza", "rafael.souza@cerrado-tech.example.com.br"), SAO,
         "Convite para entrevista",
         "'quinta-feira, 11 de março de 2027, às 14h, horário de Brasília (17h em Lisboa)': 17:00 UTC.",
         same(at(2027, 3, 11, 14, 0, SAO, "Thu"), at(2027, 3, 11, 17, 0, LIS)), 0, None,
         "Olá, Alex!\n\nGostaríamos de convidá-lo para uma entrevista online na quinta-feira, "
         "11 de março de 2027, às 14h, horário de Brasília (17h em Lisboa).\n\nAbraços,\n"
         "Rafael Souza\nCerrado Tech"),
        (I, "nederlandse_tijd_singapore", "nl", ("Sanne de Vries", "sanne.devries@polderdata.example.nl"), AMS,
         "Uitnodiging sollicitatiegesprek",
         "'maandag 1 maart 2027 om 9:00 uur Nederlandse tijd (16:00 in Singapore)': 08:00 UTC.",
         same(at(2027, 3, 1, 9, 0, AMS, "Mon"), at(2027, 3, 1, 16, 0, SIN)), 0, None,
         "Beste Alex,\n\nGraag nodigen we je uit voor een online gesprek op maandag 1 maart "
         "2027 om 9:00 uur Nederlandse tijd (16:00 in Singapore), met onze collega's in "
         "Azië.\n\nMet vriendelijke groet,\nSanne de Vries\nPolderData"),
        # ---- zplace35 -----------------------------------------------------------------
        (C, "heure_de_paris_from_montreal", "fr", ("Émilie Tremblay", "emilie.tremblay@saint-laurent-rh.example.ca"), MTL,
         "Entretien avec notre bureau de Paris",
         "Sent from Montréal: 'mardi 12 janvier 2027 à 10h30, heure de Paris': 09:30 UTC.",
         at(2027, 1, 12, 10, 30, PAR, "Tue"), 0, PAR,
         "Bonjour Alex,\n\nVotre entretien avec l'équipe de Paris aura lieu le mardi 12 "
         "janvier 2027 à 10h30, heure de Paris, par Teams.\n\nCordialement,\nÉmilie Tremblay"
         "\nSaint-Laurent RH"),
        (C, "hora_de_madrid_from_mexico", "es", ("Diego Ramírez", "diego.ramirez@azteca-talento.example.mx"), MEX,
         "Entrevista con el equipo de Madrid",
         "Sent from Mexico City: 'jueves 14 de enero de 2027 a las 16:00, hora de Madrid': 15:00 UTC.",
         at(2027, 1, 14, 16, 0, MAD, "Thu"), 0, MAD,
         "Hola Alex:\n\nTu entrevista con el equipo de Madrid será el jueves 14 de enero de "
         "2027 a las 16:00, hora de Madrid, por Google Meet.\n\nSaludos,\nDiego Ramírez\nAzteca "
         "Talento"),
        (C, "ora_italiana_from_london", "it", ("Giulia Conti", "giulia.conti@tevere-recruiting.example.co.uk"), LON,
         "Colloquio conoscitivo",
         "Sent from London: 'lunedì 18 gennaio 2027 alle 11:00 ora italiana': 10:00 UTC.",
         at(2027, 1, 18, 11, 0, ROM, "Mon"), 0, ROM,
         "Gentile Alex,\n\nle confermo il colloquio conoscitivo di lunedì 18 gennaio 2027 "
         "alle 11:00 ora italiana, in videochiamata.\n\nCordiali saluti,\nGiulia Conti\nTevere "
         "Recruiting"),
        (C, "berliner_zeit_from_new_york", "de", ("Jonas Keller", "jonas.keller@hudson-spree.example.com"), NY,
         "Ihr Gespräch mit dem Berliner Team",
         "Sent from New York: 'Mittwoch, 20. Januar 2027, um 14 Uhr Berliner Zeit': 13:00 UTC.",
         at(2027, 1, 20, 14, 0, BER, "Wed"), 0, BER,
         "Hallo Alex,\n\nIhr Gespräch mit unserem Berliner Team findet am Mittwoch, 20. "
         "Januar 2027, um 14 Uhr Berliner Zeit statt.\n\nBeste Grüße\nJonas Keller\nHudson & "
         "Spree"),
        (C, "lisbon_time_from_berlin", "en-GB", ("Hannah Scott", "hannah.scott@atlantic-bridge.example.de"), BER,
         "Interview with our Lisbon hub",
         "Sent from Berlin: 'Thursday 21 January 2027 at 9:00 Lisbon time': 09:00 UTC.",
         at(2027, 1, 21, 9, 0, LIS, "Thu"), 0, LIS,
         "Hi Alex,\n\nYour interview with the Lisbon hub is on Thursday 21 January 2027 at "
         "9:00 Lisbon time, on Zoom.\n\nBest wishes,\nHannah Scott\nAtlantic Bridge"),
        (C, "horario_de_brasilia_from_lisbon", "pt-BR", ("Beatriz Lima", "beatriz.lima@ponte-atlantica.example.pt"), LIS,
         "Entrevista com a equipe de São Paulo",
         "Sent from Lisbon: 'segunda-feira, 25 de janeiro de 2027, às 15h, horário de Brasília': 18:00 UTC.",
         at(2027, 1, 25, 15, 0, SAO, "Mon"), 0, SAO,
         "Olá, Alex,\n\nSua entrevista com a equipe de São Paulo será na segunda-feira, 25 de "
         "janeiro de 2027, às 15h, horário de Brasília.\n\nAtenciosamente,\nBeatriz Lima\n"
         "Ponte Atlântica"),
        # ---- zscript35 ----------------------------------------------------------------
        (S, "fa_vaght_tehran", "fa", ("Maryam Karimi", "maryam.karimi@alborz-soft.example.de"), BER,
         "دعوت به مصاحبه",
         "From Berlin: 'پنجشنبه ۲۱ ژانویه ۲۰۲۷ ساعت ۱۰:۳۰ به وقت تهران': Tehran, 07:00 UTC.",
         at(2027, 1, 21, 10, 30, THR, "Thu"), 0, THR,
         "سلام الکس عزیز،\n\nمصاحبهٔ شما با تیم تهران روز پنجشنبه ۲۱ ژانویه ۲۰۲۷ ساعت ۱۰:۳۰ به "
         "وقت تهران به صورت آنلاین برگزار می‌شود.\n\nبا احترام،\nمریم کریمی"),
        (S, "fa_vaght_berlin_latin_digits", "fa", ("Reza Ahmadi", "reza.ahmadi@kavir-tech.example.ir"), THR,
         "زمان مصاحبه",
         "From Tehran: 'سه‌شنبه 9 فوریه 2027 ساعت 15:00 به وقت برلین': Berlin, 14:00 UTC.",
         at(2027, 2, 9, 15, 0, BER, "Tue"), 0, BER,
         "سلام الکس،\n\nمصاحبهٔ شما با همکاران ما در برلین روز سه‌شنبه 9 فوریه 2027 ساعت 15:00 "
         "به وقت برلین برگزار خواهد شد.\n\nموفق باشید،\nرضا احمدی"),
        (S, "ar_tawqit_makkah", "ar", ("سارة المصري", "sara.elmasry@nile-careers.example.eg"), CAI,
         "دعوة لمقابلة عمل",
         "From Cairo: 'يوم الأحد 17 يناير 2027 الساعة 11:00 صباحًا بتوقيت مكة المكرمة': Riyadh, 08:00 UTC.",
         at(2027, 1, 17, 11, 0, RUH, "Sun"), 0, RUH,
         "عزيزي أليكس،\n\nيسعدنا دعوتك لمقابلة عمل عبر الإنترنت يوم الأحد 17 يناير 2027 "
         "الساعة 11:00 صباحًا بتوقيت مكة المكرمة.\n\nمع أطيب التحيات،\nسارة المصري"),
        (S, "ar_tawqit_alqahira", "ar", ("خالد الحربي", "khaled.alharbi@khaleej-hr.example.ae"), DXB,
         "موعد المقابلة",
         "From Dubai: 'يوم الثلاثاء 26 يناير 2027 الساعة 13:00 بتوقيت القاهرة': Cairo, 11:00 UTC.",
         at(2027, 1, 26, 13, 0, CAI, "Tue"), 0, CAI,
         "مرحبًا أليكس،\n\nنؤكد موعد مقابلتك مع فريقنا في مصر يوم الثلاثاء 26 يناير 2027 "
         "الساعة 13:00 بتوقيت القاهرة.\n\nتحياتي،\nخالد الحربي"),
        (S, "ar_tawqit_dubai", "ar", ("ليلى حداد", "layla.haddad@cedar-talent.example.co.uk"), LON,
         "مقابلة مع فريق دبي",
         "From London: 'يوم الأربعاء 3 فبراير 2027 الساعة 10:00 بتوقيت دبي': Dubai, 06:00 UTC.",
         at(2027, 2, 3, 10, 0, DXB, "Wed"), 0, DXB,
         "عزيزي أليكس،\n\nتم تحديد موعد مقابلتك مع فريق دبي يوم الأربعاء 3 فبراير 2027 الساعة "
         "10:00 بتوقيت دبي.\n\nمع التحية،\nليلى حداد"),
        (S, "ru_po_moskovskomu", "ru", ("Анна Смирнова", "anna.smirnova@sibir-it.example.ru"), NSK,
         "Приглашение на собеседование",
         "From Novosibirsk: 'в четверг, 28 января 2027 года, в 11:00 по московскому времени': 08:00 UTC.",
         at(2027, 1, 28, 11, 0, MOW, "Thu"), 0, MOW,
         "Здравствуйте, Алекс!\n\nПриглашаем вас на онлайн-собеседование в четверг, 28 января "
         "2027 года, в 11:00 по московскому времени.\n\nС уважением,\nАнна Смирнова"),
        (S, "ja_tokyo_jikan", "ja", ("佐藤 美咲", "misaki.sato@sakura-works.example.co.uk"), LON,
         "面接のご案内",
         "From London: '2027年2月4日（木）10:00（東京時間）': 01:00 UTC.",
         at(2027, 2, 4, 10, 0, TYO, "Thu"), 0, TYO,
         "Alex様\n\n面接の日程が決まりましたのでご連絡いたします。\n\n日時：2027年2月4日（木）"
         "10:00（東京時間）\n形式：オンライン\n\nよろしくお願いいたします。\n佐藤 美咲"),
        (S, "zh_beijing_shijian", "zh", ("李娜", "na.li@pacific-bridge.example.com"), SFO,
         "面试邀请",
         "From San Francisco: '2027年1月27日（周三）下午3点（北京时间）': 07:00 UTC.",
         at(2027, 1, 27, 15, 0, SHA, "Wed"), 60, SHA,
         "Alex 您好：\n\n诚邀您参加视频面试，时间为2027年1月27日（周三）下午3点（北京时间），"
         "时长约一小时。\n\n祝好，\n李娜"),
        (S, "he_shaon_israel", "he", ("נועה לוי", "noa.levi@carmel-talent.example.co.uk"), LON,
         "הזמנה לראיון",
         "From London: 'ביום שני, 8 בפברואר 2027, בשעה 10:00 לפי שעון ישראל': 08:00 UTC.",
         at(2027, 2, 8, 10, 0, JRS, "Mon"), 0, JRS,
         "שלום אלכס,\n\nנשמח להזמין אותך לראיון בווידאו ביום שני, 8 בפברואר 2027, בשעה 10:00 "
         "לפי שעון ישראל.\n\nבברכה,\nנועה לוי"),
        (S, "uk_za_kyivskym_chasom", "uk", ("Олена Бондар", "olena.bondar@vistula-dev.example.pl"), WAW,
         "Запрошення на співбесіду",
         "From Warsaw: 'у середу, 20 січня 2027 року, о 12:00 за київським часом': 10:00 UTC.",
         at(2027, 1, 20, 12, 0, KYV, "Wed"), 0, KYV,
         "Добрий день, Алексе!\n\nЗапрошуємо вас на онлайн-співбесіду у середу, 20 січня 2027 "
         "року, о 12:00 за київським часом.\n\nЗ повагою,\nОлена Бондар"),
        # ---- zoffset35 ----------------------------------------------------------------
        (O, "gmt_plus_530", "en-GB", ("Rohan Mehta", "rohan.mehta@indus-bridge.example.co.uk"), LON,
         "Interview with our Pune team",
         "'Thursday 28 January 2027 at 10:00 GMT+5:30': 04:30 UTC.",
         at(2027, 1, 28, 10, 0, KOL, "Thu"), 0, None,
         "Hi Alex,\n\nYour interview with the Pune team is on Thursday 28 January 2027 at "
         "10:00 GMT+5:30, on Teams.\n\nBest regards,\nRohan Mehta\nIndus Bridge"),
        (O, "utc_minus_sign_3", "es-AR", ("Martina Gómez", "martina.gomez@pampa-labs.example.es"), MAD,
         "Entrevista técnica",
         "'martes 2 de febrero de 2027 a las 15:00 (UTC−3)', a minus sign U+2212: 18:00 UTC.",
         at(2027, 2, 2, 15, 0, BUE, "Tue"), 0, None,
         "Hola Alex:\n\nTe esperamos para la entrevista técnica el martes 2 de febrero de 2027 "
         "a las 15:00 (UTC\u22123), hora de nuestro equipo.\n\nSaludos,\nMartina Gómez\nPampa "
         "Labs"),
        (O, "utc_plus_0100", "de", ("Felix Braun", "felix.braun@rhein-cloud.example.com"), NY,
         "Einladung: Kennenlerngespräch",
         "'Freitag, 5. Februar 2027, 09:00 UTC+01:00': 08:00 UTC.",
         at(2027, 2, 5, 9, 0, BER, "Fri"), 30, None,
         "Hallo Alex,\n\nwie besprochen lade ich Sie zu einem Kennenlerngespräch ein:\n\n"
         "Termin: Freitag, 5. Februar 2027, 09:00 UTC+01:00\nDauer: 30 Minuten\n\nViele Grüße"
         "\nFelix Braun\nRhein Cloud"),
        (O, "gmt_minus_0500", "en-US", ("Tanya Brooks", "tanya.brooks@lakeshore-fin.example.com"), CHI,
         "Interview invitation – Lakeshore Financial",
         "'Tuesday, February 2, 2027 at 4:00 PM GMT-05:00': 21:00 UTC.",
         at(2027, 2, 2, 16, 0, NY, "Tue"), 0, None,
         "Hi Alex,\n\nWe'd like to invite you to interview on Tuesday, February 2, 2027 at "
         "4:00 PM GMT-05:00 with our New York team.\n\nThank you,\nTanya Brooks\nLakeshore "
         "Financial"),
        (O, "paren_utc_plus_2", "fr", ("Aminata Diallo", "aminata.diallo@teranga-rh.example.sn"), DKR,
         "Entretien – équipe de Paris",
         "Sent from Dakar: 'jeudi 10 juin 2027 à 14h (UTC+2)': 12:00 UTC.",
         at(2027, 6, 10, 14, 0, PAR, "Thu"), 0, None,
         "Bonjour Alex,\n\nVotre entretien avec l'équipe de Paris aura lieu le jeudi 10 juin "
         "2027 à 14h (UTC+2).\n\nBien à vous,\nAminata Diallo\nTeranga RH"),
        (O, "gmt_plus_545", "en", ("Sujan Shrestha", "sujan.shrestha@himal-soft.example.com"), LON,
         "Interview with Himal Soft",
         "'Monday, 15 February 2027, 11:45 GMT+5:45': 06:00 UTC.",
         at(2027, 2, 15, 11, 45, KTM, "Mon"), 0, None,
         "Dear Alex,\n\nThank you for applying. Your interview is set for Monday, 15 "
         "February 2027, 11:45 GMT+5:45, by Google Meet.\n\nRegards,\nSujan Shrestha\nHimal "
         "Soft"),
        # ---- zseason35 ----------------------------------------------------------------
        (W, "pst_in_july", "en-US", ("Kelsey Park", "kelsey.park@redwood-ai.example.com"), NY,
         "Onsite interview (virtual)",
         "'Wednesday, July 14, 2027 at 10am PST': Pacific time in July, 17:00 UTC.",
         at(2027, 7, 14, 10, 0, LA, "Wed"), 0, LA,
         "Hi Alex,\n\nYou're confirmed for a virtual onsite on Wednesday, July 14, 2027 at "
         "10am PST with our Seattle team.\n\nThanks,\nKelsey Park\nRedwood AI"),
        (W, "est_in_august", "en-US", ("Brian Cole", "brian.cole@harborview-tech.example.com"), LA,
         "Interview with Harborview",
         "'Thursday, August 12, 2027 at 2pm EST': Eastern time in August, 18:00 UTC.",
         at(2027, 8, 12, 14, 0, NY, "Thu"), 0, NY,
         "Hi Alex,\n\nLet's lock in Thursday, August 12, 2027 at 2pm EST for your interview "
         "with the Boston office.\n\nBest,\nBrian Cole\nHarborview Tech"),
        (W, "cet_in_july", "de", ("Laura Fischer", "laura.fischer@isar-mobility.example.co.uk"), LON,
         "Ihr Interview bei Isar Mobility",
         "From London: 'Dienstag, 6. Juli 2027, 11:00 Uhr CET': Central European time in July, 09:00 UTC.",
         at(2027, 7, 6, 11, 0, BER, "Tue"), 0, BER,
         "Hallo Alex,\n\nIhr Interview findet am Dienstag, 6. Juli 2027, 11:00 Uhr CET per "
         "Video statt.\n\nViele Grüße\nLaura Fischer"),
        (W, "acdt_after_change", "en-AU", ("Ella Nguyen", "ella.nguyen@southgate-energy.example.com.au"), SYD,
         "Interview – Southgate Energy",
         "'Thursday 7 October 2027 at 3:30pm ACDT': Adelaide, the week after its clocks went forward; 05:00 UTC.",
         at(2027, 10, 7, 15, 30, ADL, "Thu"), 0, ADL,
         "Hi Alex,\n\nThanks for your application. We'd like to interview you on Thursday 7 "
         "October 2027 at 3:30pm ACDT with our Adelaide team.\n\nKind regards,\nElla Nguyen\n"
         "Southgate Energy"),
        (W, "sydney_time_from_london", "en-GB", ("Tom Barker", "tom.barker@meridian-search.example.co.uk"), LON,
         "Call with the Sydney office",
         "From London: 'Tuesday 5 October 2027 at 9:30am Sydney time': two days after Sydney's clocks went forward (+11); 22:30 UTC the day before.",
         at(2027, 10, 5, 9, 30, SYD, "Tue"), 0, SYD,
         "Hi Alex,\n\nThe hiring manager in Sydney can speak on Tuesday 5 October 2027 at "
         "9:30am Sydney time, which is the evening before for you.\n\nBest,\nTom Barker\n"
         "Meridian Search"),
        (W, "auckland_time_from_singapore", "en-NZ", ("Aroha Wilson", "aroha.wilson@kauri-systems.example.sg"), SIN,
         "Interview with Kauri Systems",
         "From Singapore: 'Wednesday 29 September 2027 at 10:30 Auckland time': three days after Auckland's change (+13); 21:30 UTC the day before.",
         at(2027, 9, 29, 10, 30, AKL, "Wed"), 0, AKL,
         "Kia ora Alex,\n\nYour interview with Kauri Systems is on Wednesday 29 September 2027 "
         "at 10:30 Auckland time.\n\nNgā mihi,\nAroha Wilson"),
        (W, "hora_de_santiago_after_change", "es-CL", ("Valentina Rojas", "valentina.rojas@andes-talento.example.es"), MAD,
         "Entrevista con el equipo de Santiago",
         "From Madrid: 'martes 6 de abril de 2027 a las 14:00, hora de Santiago': two days after Chile left summer time (−04); 18:00 UTC.",
         at(2027, 4, 6, 14, 0, SCL, "Tue"), 0, SCL,
         "Hola Alex:\n\nTu entrevista con el equipo de Santiago será el martes 6 de abril de "
         "2027 a las 14:00, hora de Santiago.\n\nSaludos,\nValentina Rojas"),
        (W, "newfoundland_time", "en-CA", ("Sarah Doyle", "sarah.doyle@narrows-marine.example.ca"), MTL,
         "Interview – Narrows Marine",
         "'Thursday, January 21, 2027 at 9:00 a.m. Newfoundland time': UTC−3:30, 12:30 UTC.",
         at(2027, 1, 21, 9, 0, STJ, "Thu"), 0, STJ,
         "Hi Alex,\n\nWe'd like to meet you on Thursday, January 21, 2027 at 9:00 a.m. "
         "Newfoundland time, by video.\n\nRegards,\nSarah Doyle\nNarrows Marine"),
    ]  # fmt: skip


def build() -> list[Case]:
    cases = []
    for family, name, lang, sender, zone, subject, note, start, minutes, label_zone, text in rows():
        sent = at(2026, 12, 14, 9, 5, zone)
        raw = mail(
            f"zones35/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
        )
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {**p8.slot(start, end, zone=label_zone), "organizer_email": sender[1]}
        cases.append(
            Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)
        )
    return cases


POLICY = (
    "## Label policy\n\n- Every mail is an `invitation` at the instant the text states, "
    "computed from the zone it names. A zone pair's two halves are one instant (checked when "
    "the batch is built); its label names no zone, since which half is the reader's depends "
    "on whom the mail addresses.\n- A mail naming one zone (a city's or country's clock, an "
    "abbreviation) is labelled with that IANA zone; an abbreviation written in the other "
    "season ('PST' in July, 'EST' in August, 'CET' in July) means the region's clock, summer "
    "time applying, as the writer's readers take it.\n- A numeric offset is a fixed instant; "
    "its label names no zone.\n- An end is labelled only where the mail states a length "
    "('45-minute', 'about an hour', 'Dauer: 30 Minuten', '时长约一小时'); the others have none."
    "\n- `organizer_email` is the sender."
)

FIGURES = (
    "First sight (start and stated end right; measured once the files existed and the end "
    "labels were corrected, before any rule): dev 25 of 26, held out 12 of 15. After the "
    "rules of the same branch: dev 26 of 26, held out 14 of 15."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the zones35 batch (`build_zones35.py`)",
        "",
        "Invitations without a calendar part that state their zone in words, by a pair of "
        "zones, by a numeric offset, or by an abbreviation of the other season. People, "
        "companies and addresses are made up; the wording is ours. City names and zone names "
        "in non-Latin scripts are CLDR's, read from " + CLDR + ". Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on the "
        "message.",
        "",
        POLICY,
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('zones35 coin').sample(sorted(families), 2)` before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_zones35.py` "
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
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = build()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-zones35.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
