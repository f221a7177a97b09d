# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "spans53b" batch: text invitations (plain and HTML) in the shapes spans53's
probes left unread: Hebrew hours in words ('בשתיים אחר הצהריים', 'בעשר בבוקר', 'בשלוש
וחצי'), Lithuanian '3 val. po pietų', Ukrainian 'о 3 дня', Slovene 'ob 3. popoldne',
Gujarati 'સવારે 10 વાગ્યે', Hungarian 'este 7 órakor'/'délután 3', Vietnamese 'ngày mốt',
Tamil relative days ('நாளை', 'நாளை மறுநாள்') and Swahili time ('saa 8 mchana', East
African hours counted from 06:00 and 18:00).

Run: .venv/bin/python tests/parsing/corpus/build_spans53b.py

All text is ours (no template copied); people and companies are made up. Labels come from
the datetimes the text is rendered from (zoneinfo) and were written before the parser was
run on any message of the batch. Held-out families drawn by
`random.Random("spans53b coin").sample(sorted(FAMILIES), 2)` before anything was written:
huperiod53b, swclock53b.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_date

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
l48 = _load("build_looks48", "build_looks48.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template; recruiters' habits recalled; dates from CLDR (babel)"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

FAMILIES = {
    "hebword53b": "Hebrew hours in words with the preposition 'ב': 'בשתיים אחר הצהריים', "
    "'בעשר בבוקר', 'בשלוש וחצי', 'באחת עשרה ורבע', after a CLDR date or 'מחר'.",
    "clockprep53b": "A bare hour led by the locale's preposition or followed by its word for "
    "the hour, with a day period: Lithuanian '3 val. po pietų', Ukrainian 'о 3 дня', Slovene "
    "'ob 3. popoldne', Gujarati 'સવારે 10 વાગ્યે'.",
    "huperiod53b": "Hungarian day periods before the hour: 'este 7 órakor', 'délután 3-kor', "
    "'este 6-kor', 'délután 2 óra'.",
    "relday53b": "Relative days with a clock: Vietnamese 'ngày mốt', 'ngày mai'; Tamil "
    "'நாளை', 'நாளை மறுநாள்' with 'மதியம் 2 மணிக்கு', 'காலை 10 மணிக்கு'.",
    "swclock53b": "Swahili time: 'saa 8 mchana' (14:00), 'saa 3 asubuhi' (09:00), 'saa 1 "
    "usiku' (19:00), with CLDR dates or 'kesho'.",
}
HELD = frozenset(random.Random("spans53b coin").sample(sorted(FAMILIES), 2))
assert {"huperiod53b", "swclock53b"} == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
ZONE = {
    "he": "Asia/Jerusalem",
    "lt": "Europe/Vilnius",
    "uk": "Europe/Kyiv",
    "sl": "Europe/Ljubljana",
    "gu": "Asia/Kolkata",
    "hu": "Europe/Budapest",
    "vi": "Asia/Ho_Chi_Minh",
    "ta": "Asia/Kolkata",
    "sw": "Africa/Nairobi",
}


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    sent: str,
    text: str,
    note: str,
    *,
    slot: str,
    day: str = "",
    minutes: int | None = None,
    html: str = "",
) -> None:
    """One invitation sent at `sent` (wall time in the language's zone) for the wall time
    `slot`; `day` the weekday the text names. `{full}`, `{long}`, `{medium}`, `{short}` in
    the text (and `html`) are the slot's date in that CLDR format for the language."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=zone)
    key = f"spans53b {fam} {lang} {name}"
    start = datetime.fromisoformat(slot).replace(tzinfo=zone)
    assert start > sent_at, key
    if day and DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    dates = {
        w: format_date(start.date(), w, locale=lang) for w in ("full", "long", "medium", "short")
    }
    text = text.format(**dates)
    end = start + timedelta(minutes=minutes) if minutes else None
    label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    message: MIMEBase
    if html and not text:
        message = l48._part(html.format(**dates), "html")
    elif html:
        message = MIMEMultipart("alternative")
        message.attach(l48._part(text, "plain"))
        message.attach(l48._part(html.format(**dates), "html"))
    else:
        message = l48._part(text, "plain")
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    CASES.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


def page(*paras: str) -> str:
    """A recruiter's HTML mail: paragraphs in a plain body."""
    body = "".join(f'<p style="margin:0 0 12px">{p}</p>' for p in paras)
    return f'<html><body style="font-family:Arial,sans-serif;font-size:14px">{body}</body></html>'


def hebword() -> None:
    f = "hebword53b"
    add(
        f,
        "he",
        "beshtayim",
        ("מיכל לוי", "michal.levi@galil-data.example.co.il"),
        "הזמנה לראיון עבודה",
        "2026-12-06T09:20",
        "שלום אלכס,\n\nתודה על פנייתך למשרת מפתח/ת Backend. נשמח לזמן אותך לראיון במשרדינו בחיפה, {full} בשתיים אחר הצהריים.\n\nהכתובת: שדרות הנשיא 120, קומה 4.\n\nנא לאשר הגעה.\n\nבברכה,\nמיכל לוי\nגיוס",
        "CLDR full date, 'בשתיים אחר הצהריים' (at two in the afternoon).",
        slot="2026-12-09T14:00",
        day="Wed",
    )
    add(
        f,
        "he",
        "beeser_baboker",
        ("יואב כהן", "yoav@negev-soft.example.co.il"),
        "ראיון – תפקיד QA",
        "2026-12-07T16:05",
        "היי אלכס,\n\nקבענו לך ראיון מקצועי מחר בעשר בבוקר, בזום. הקישור יישלח בבוקר הראיון.\n\nבהצלחה,\nיואב",
        "'מחר בעשר בבוקר' (tomorrow at ten in the morning).",
        slot="2026-12-08T10:00",
    )
    add(
        f,
        "he",
        "shalosh_vachetzi",
        ("נועה אברהם", "noa.avraham@sharon-fin.example.co.il"),
        "זימון לראיון",
        "2026-12-03T11:40",
        "",
        "HTML: CLDR long date, 'בשלוש וחצי אחר הצהריים' (half past three).",
        slot="2026-12-10T15:30",
        day="Thu",
        html=page(
            "שלום אלכס,",
            "אנו שמחים להזמין אותך לראיון עבודה לתפקיד אנליסט/ית נתונים.",
            "<b>מועד:</b> יום חמישי, {long} בשלוש וחצי אחר הצהריים",
            "<b>מקום:</b> רחוב הברזל 30, תל אביב",
            "נועה אברהם, משאבי אנוש",
        ),
    )
    add(
        f,
        "he",
        "achat_esre_varevа".replace("а", "a"),
        ("אורי שפירא", "uri@carmel-labs.example.co.il"),
        "ראיון טלפוני",
        "2026-12-04T13:00",
        "שלום אלכס,\n\nנשמח לשיחה טלפונית קצרה {full} באחת עשרה ורבע בבוקר. אם השעה לא מתאימה, אנא הצע/י מועד אחר.\n\nתודה,\nאורי שפירא",
        "'באחת עשרה ורבע בבוקר' (a quarter past eleven in the morning).",
        slot="2026-12-14T11:15",
        day="Mon",
    )


def clockprep() -> None:
    f = "clockprep53b"
    add(
        f,
        "lt",
        "val_po_pietu",
        ("Agnė Kazlauskienė", "agne.k@baltija-it.example.lt"),
        "Kvietimas į pokalbį",
        "2026-12-03T10:10",
        "Laba diena,\n\nkviečiame Jus į darbo pokalbį {full} 3 val. po pietų mūsų biure Vilniuje, Gedimino pr. 20.\n\nPrašome patvirtinti.\n\nPagarbiai\nAgnė Kazlauskienė",
        "CLDR full date, '3 val. po pietų' (three in the afternoon).",
        slot="2026-12-09T15:00",
        day="Wed",
    )
    add(
        f,
        "lt",
        "rytoj_po_pietu",
        ("Tomas Jankauskas", "tomas@kaunas-soft.example.lt"),
        "Pokalbis rytoj",
        "2026-12-07T12:30",
        "",
        "HTML: 'rytoj 2 val. po pietų' (tomorrow at two in the afternoon).",
        slot="2026-12-08T14:00",
        html=page(
            "Sveiki, Alex,",
            "Patvirtiname pokalbį <b>rytoj 2 val. po pietų</b> per Teams.",
            "Tomas Jankauskas",
        ),
    )
    add(
        f,
        "uk",
        "o_3_dnya",
        ("Ірина Шевченко", "i.shevchenko@karpaty-tech.example.ua"),
        "Запрошення на співбесіду",
        "2026-12-02T15:00",
        "Добрий день, Алексе!\n\nЗапрошуємо Вас на співбесіду {full} о 3 дня в нашому офісі у Львові, вул. Городоцька, 40.\n\nЗ повагою,\nІрина Шевченко",
        "CLDR full date, 'о 3 дня' (at three in the afternoon).",
        slot="2026-12-10T15:00",
        day="Thu",
    )
    add(
        f,
        "uk",
        "o_4_dnya_html",
        ("Максим Бондар", "m.bondar@dnipro-data.example.ua"),
        "Співбесіда",
        "2026-12-04T09:00",
        "",
        "HTML: CLDR long date, 'о 4 дня'.",
        slot="2026-12-15T16:00",
        day="Tue",
        html=page(
            "Вітаю, Алексе!",
            "Ваша технічна співбесіда: <b>{long} о 4 дня</b>, онлайн (Google Meet).",
            "Максим Бондар, HR",
        ),
    )
    add(
        f,
        "sl",
        "ob_3_popoldne",
        ("Nina Kovač", "nina.kovac@sava-it.example.si"),
        "Vabilo na razgovor",
        "2026-12-03T08:45",
        "Pozdravljeni,\n\nvabimo vas na razgovor za delovno mesto razvijalca, ki bo {full} ob 3. popoldne v naši pisarni v Ljubljani, Dunajska cesta 21.\n\nLep pozdrav,\nNina Kovač",
        "CLDR full date, 'ob 3. popoldne' (at three in the afternoon).",
        slot="2026-12-11T15:00",
        day="Fri",
    )
    add(
        f,
        "sl",
        "ob_10_dopoldne",
        ("Jure Novak", "jure.novak@triglav-soft.example.si"),
        "Razgovor",
        "2026-12-04T14:00",
        "",
        "HTML: 'ob 10. dopoldne' after a CLDR long date.",
        slot="2026-12-16T10:00",
        day="Wed",
        html=page(
            "Pozdravljeni,", "Razgovor bo <b>{long} ob 10. dopoldne</b> prek Zooma.", "Jure Novak"
        ),
    )
    add(
        f,
        "gu",
        "savare_vagye",
        ("હેતલ પટેલ", "hetal.patel@sabarmati-tech.example.in"),
        "ઇન્ટરવ્યૂ માટે આમંત્રણ",
        "2026-12-02T11:00",
        "નમસ્તે એલેક્સ,\n\nઅમે તમને {long} ના રોજ સવારે 10 વાગ્યે અમારી અમદાવાદ ઓફિસમાં ઇન્ટરવ્યૂ માટે આમંત્રિત કરીએ છીએ.\n\nઆભાર,\nહેતલ પટેલ",
        "CLDR long date with 'ના રોજ', 'સવારે 10 વાગ્યે' (at ten in the morning).",
        slot="2026-12-09T10:00",
        day="Wed",
    )


def huperiod() -> None:
    f = "huperiod53b"
    add(
        f,
        "hu",
        "este_7_orakor",
        ("Nagy Réka", "nagy.reka@duna-soft.example.hu"),
        "Meghívó interjúra",
        "2026-12-02T10:00",
        "Kedves Alex!\n\nSzeretnénk meghívni egy online interjúra {full} este 7 órakor, mivel a csapat egy része Kaliforniában dolgozik.\n\nÜdvözlettel:\nNagy Réka",
        "CLDR full date, 'este 7 órakor'.",
        slot="2026-12-10T19:00",
        day="Thu",
    )
    add(
        f,
        "hu",
        "delutan_3",
        ("Tóth Gábor", "toth.gabor@balaton-it.example.hu"),
        "Interjú időpont",
        "2026-12-03T09:30",
        "",
        "HTML: CLDR long date, 'délután 3-kor'.",
        slot="2026-12-08T15:00",
        day="Tue",
        html=page(
            "Kedves Alex!",
            "Az interjú időpontja: <b>{long} délután 3-kor</b>.",
            "Helyszín: Budapest, Váci út 45.",
            "Tóth Gábor",
        ),
    )
    add(
        f,
        "hu",
        "este_6_kor",
        ("Szabó Anna", "szabo.anna@tisza-data.example.hu"),
        "Interjú holnap",
        "2026-12-07T13:00",
        "Szia Alex!\n\nA holnapi beszélgetést este 6-kor tartjuk Teamsen.\n\nÜdv,\nSzabó Anna",
        "'holnapi ... este 6-kor' (tomorrow at six in the evening).",
        slot="2026-12-08T18:00",
    )


def relday() -> None:
    f = "relday53b"
    add(
        f,
        "vi",
        "ngay_mot",
        ("Nguyễn Thu Hà", "ha.nguyen@songhong-tech.example.vn"),
        "Thư mời phỏng vấn",
        "2026-12-07T09:00",
        "Chào anh Alex,\n\nCông ty chúng tôi trân trọng mời anh tham dự buổi phỏng vấn vào ngày mốt lúc 14 giờ tại văn phòng số 12 Lý Thường Kiệt, Hà Nội.\n\nTrân trọng,\nNguyễn Thu Hà",
        "'ngày mốt lúc 14 giờ' (the day after tomorrow at 14:00).",
        slot="2026-12-09T14:00",
    )
    add(
        f,
        "vi",
        "ngay_mot_html",
        ("Trần Minh Quân", "quan.tran@mekong-soft.example.vn"),
        "Lịch phỏng vấn",
        "2026-12-03T15:30",
        "",
        "HTML: 'ngày mốt, 9 giờ sáng'.",
        slot="2026-12-05T09:00",
        html=page(
            "Chào anh Alex,",
            "Buổi phỏng vấn online của anh được xếp vào <b>ngày mốt lúc 9 giờ sáng</b> qua Google Meet.",
            "Trần Minh Quân",
        ),
    )
    add(
        f,
        "ta",
        "nalai_mathiyam",
        ("கவிதா ராஜன்", "kavitha.rajan@kaveri-tech.example.in"),
        "நேர்காணல் அழைப்பு",
        "2026-12-07T10:00",
        "வணக்கம் அலெக்ஸ்,\n\nநாளை மதியம் 2 மணிக்கு சென்னை அலுவலகத்தில் நேர்காணலுக்கு அழைக்கிறோம்.\n\nநன்றி,\nகவிதா ராஜன்",
        "'நாளை மதியம் 2 மணிக்கு' (tomorrow at two in the afternoon).",
        slot="2026-12-08T14:00",
    )
    add(
        f,
        "ta",
        "nalai_kalai_html",
        ("சுரேஷ் குமார்", "suresh.kumar@vaigai-soft.example.in"),
        "நேர்காணல்",
        "2026-12-02T16:00",
        "",
        "HTML: 'நாளை காலை 10 மணிக்கு'.",
        slot="2026-12-03T10:00",
        html=page(
            "வணக்கம் அலெக்ஸ்,",
            "உங்கள் நேர்காணல் <b>நாளை காலை 10 மணிக்கு</b> Zoom வழியாக நடைபெறும்.",
            "சுரேஷ் குமார்",
        ),
    )


def swclock() -> None:
    f = "swclock53b"
    add(
        f,
        "sw",
        "saa_8_mchana",
        ("Amina Mwangi", "amina.mwangi@pwani-tech.example.co.ke"),
        "Mwaliko wa usaili",
        "2026-12-02T09:00",
        "Habari Alex,\n\nTunakualika kwa usaili {full} saa 8 mchana katika ofisi zetu, Barabara ya Moi, Nairobi.\n\nAsante,\nAmina Mwangi",
        "CLDR full date, 'saa 8 mchana' (14:00).",
        slot="2026-12-09T14:00",
        day="Wed",
    )
    add(
        f,
        "sw",
        "kesho_asubuhi",
        ("Juma Otieno", "juma@kilima-soft.example.co.ke"),
        "Usaili kesho",
        "2026-12-07T15:00",
        "",
        "HTML: 'kesho saa 3 asubuhi' (09:00).",
        slot="2026-12-08T09:00",
        html=page(
            "Habari Alex,",
            "Usaili wako utafanyika <b>kesho saa 3 asubuhi</b> kupitia Zoom.",
            "Juma Otieno",
        ),
    )
    add(
        f,
        "sw",
        "saa_1_usiku",
        ("Neema Said", "neema.said@zanzi-data.example.co.tz"),
        "Usaili",
        "2026-12-03T10:00",
        "Habari Alex,\n\nUsaili utakuwa {long} saa 1 usiku kwa simu.\n\nNeema Said",
        "CLDR long date, 'saa 1 usiku' (19:00).",
        slot="2026-12-10T19:00",
        day="Thu",
    )


BUILDERS = (hebword, clockprep, huperiod, relday, swclock)
FIRST_SIGHT_FIGURES = (
    "First sight (main 85102d5d with this batch, before any parser change; quick.py): dev "
    "text right 3/15 (2 sure: Hebrew hours in words, Slovene 'ob 3. popoldne', Ukrainian 'о "
    "3 дня' and Vietnamese 'ngày mốt' not read; Lithuanian 'val. po pietų' read at 02:00 and "
    "03:00; a Tamil 'நாளை' invitation at 0.46); held out right 4/6 (4 sure; not looked at)."
)
AFTER_FIGURES = (
    "After the parser change (tests/parsing/test_spans53b_word_hours.py): dev text right "
    "15/15 (15 sure); held out right 6/6 (5 sure; not looked at). Whole corpus against main's "
    "head: 0 WORSE, 1 BETTER (heldout:period53, counts only), 2 SURE+ (a Tamil dev invitation "
    "from 0.46 to 0.54; heldout:askneg35), 12 CHANGED with the same reading (Slovene 'ob 9. "
    "uri' now a full clock, a few hundredths more sure)."
)


def provenance(cases: list[Case]) -> str:
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance: spans53b",
        "",
        f"{len(cases)} invitations in {len(FAMILIES)} families; languages: {', '.join(langs)}. "
        f'Held-out families ({len(held)} of {len(FAMILIES)}, drawn by `random.Random("spans53b coin")` '
        "before any mail was written): " + ", ".join(held) + ".",
        "",
        "All text is ours (hand-written, no template copied); people and companies are made "
        "up; dates come from CLDR through babel. Labels come from the datetimes each text is "
        "rendered from.",
        "",
    ]
    for extra in (FIRST_SIGHT_FIGURES, AFTER_FIGURES):
        if extra:
            lines += [extra, ""]
    lines += ["## Families", ""]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-spans53b.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
