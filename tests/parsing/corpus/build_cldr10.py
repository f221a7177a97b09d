"""Write the "cldr10" batch: tool mail whose dates, times and ranges are CLDR renderings.

Run: .venv/bin/python tests/parsing/corpus/build_cldr10.py

Forty messages in four families of scheduling-tool mail, each in one of forty CLDR locales
whose language the parser reads. The date, time and range strings are what Babel (CLDR 47
data) renders for the locale: full/long/medium/short dates, short times, the locale's
date-time joiner and its interval formats ('14:00–14:45 Uhr', '下午2:00至2:45', '2:00 – 2:45 PM',
'14:00 tot 14:45'). The words around them (labels, one-line invitations, thanks) are ours.
Every label comes from the datetimes the strings are rendered from, written before the parser
was run on the message. Helpers come from build_parse-pos.py and build_prose8.py (loaded, not
copied). Output is deterministic for a fixed Babel version; the script deletes or writes only
files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

from babel import Locale
from babel.dates import format_date, format_datetime, format_interval, format_time

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
slot = p8.slot
ME = p8.ME
TEMPLATE = (
    "date/time strings rendered by Babel 2.19 from CLDR 47 locale data (Unicode License v3); "
    "surrounding words written for this corpus"
)
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "cldrnotice": "dev",
    "cldrline": "dev",
    "cldrremind": "heldout",
    "cldrspan": "heldout",
}
SOURCES = {
    "cldrnotice": "ATS 'interview scheduled' notices: a label/value block with the full date "
    "(weekday) on one line and the locale's time interval and the IANA zone on the next.",
    "cldrline": "Booking confirmations in one sentence: the long date joined to the time "
    "interval by the locale's date-time pattern; no zone.",
    "cldrremind": "Reminders a day or two ahead: the medium or short date-time (short time, "
    "AM/PM markers in the locale's words); no zone.",
    "cldrspan": "Calendar-style text summaries: Babel's date-time interval (weekday, month "
    "abbreviation, both ends) and the IANA zone on its own line.",
}

# Our words per language: subject, one line that invites (with {when} for the sentence
# family), the labels of the date and time lines, a past-interview thank-you (negatives).
WORDS: dict[str, tuple[str, str, str, str]] = {
    "de": (
        "Einladung zum Vorstellungsgespräch",
        "wir laden Sie zum Vorstellungsgespräch ein",
        "Datum",
        "Uhrzeit",
    ),
    "fr": ("Invitation à un entretien", "nous vous invitons à un entretien", "Date", "Heure"),
    "ja": ("面接のご案内", "下記の日程で面接を行います", "日付", "時間"),
    "ko": ("면접 안내", "아래 일정으로 면접을 진행합니다", "날짜", "시간"),
    "ar": ("دعوة لإجراء مقابلة", "يسعدنا دعوتك لإجراء مقابلة", "التاريخ", "الوقت"),
    "fi": ("Kutsu haastatteluun", "kutsumme sinut haastatteluun", "Päivämäärä", "Aika"),
    "cs": ("Pozvánka na pohovor", "zveme Vás na pohovor", "Datum", "Čas"),
    "vi": (
        "Thư mời phỏng vấn",
        "chúng tôi trân trọng mời bạn tham gia buổi phỏng vấn",
        "Ngày",
        "Giờ",
    ),
    "he": ("הזמנה לראיון עבודה", "אנו שמחים להזמין אותך לראיון עבודה", "תאריך", "שעה"),
    "en": ("Interview invitation", "we would like to invite you to an interview", "Date", "Time"),
    "es": ("Invitación a entrevista", "te invitamos a una entrevista", "Fecha", "Hora"),
    "it": ("Invito a colloquio", "la invitiamo a un colloquio", "Data", "Ora"),
    "pl": (
        "Zaproszenie na rozmowę kwalifikacyjną",
        "zapraszamy na rozmowę kwalifikacyjną",
        "Data",
        "Godzina",
    ),
    "zh_Hant": ("面試邀請", "誠摯邀請您參加面試", "日期", "時間"),
    "tr": ("Mülakat daveti", "sizi mülakata davet ediyoruz", "Tarih", "Saat"),
    "fa": ("دعوت به مصاحبه", "شما را به مصاحبه دعوت می‌کنیم", "تاریخ", "ساعت"),
    "sv": ("Inbjudan till intervju", "vi vill bjuda in dig till en intervju", "Datum", "Tid"),
    "th": ("เชิญสัมภาษณ์งาน", "ขอเชิญคุณเข้ารับการสัมภาษณ์งาน", "วันที่", "เวลา"),
    "uk": ("Запрошення на співбесіду", "запрошуємо вас на співбесіду", "Дата", "Час"),
    "ca": ("Invitació a una entrevista", "et convidem a una entrevista", "Data", "Hora"),
    "pt": ("Convite para entrevista", "convidamos você para uma entrevista", "Data", "Horário"),
    "nl": (
        "Uitnodiging sollicitatiegesprek",
        "wij nodigen u uit voor een sollicitatiegesprek",
        "Datum",
        "Tijd",
    ),
    "da": (
        "Invitation til jobsamtale",
        "vi vil gerne invitere dig til jobsamtale",
        "Dato",
        "Tidspunkt",
    ),
    "hu": ("Meghívó állásinterjúra", "szeretettel meghívjuk állásinterjúra", "Dátum", "Időpont"),
    "ru": ("Приглашение на собеседование", "приглашаем вас на собеседование", "Дата", "Время"),
    "zh": ("面试邀请", "诚邀您参加面试", "日期", "时间"),
    "el": ("Πρόσκληση σε συνέντευξη", "σας προσκαλούμε σε συνέντευξη", "Ημερομηνία", "Ώρα"),
    "id": ("Undangan wawancara", "kami mengundang Anda untuk wawancara", "Tanggal", "Waktu"),
    "hi": ("साक्षात्कार आमंत्रण", "हम आपको साक्षात्कार के लिए आमंत्रित करते हैं", "तारीख", "समय"),
    "sq": ("Ftesë për intervistë", "ju ftojmë në një intervistë pune", "Data", "Ora"),
    "nb": ("Invitasjon til intervju", "vi vil gjerne invitere deg til intervju", "Dato", "Tid"),
    "ro": ("Invitație la interviu", "vă invităm la un interviu", "Data", "Ora"),
    "sk": ("Pozvánka na pohovor", "pozývame Vás na pracovný pohovor", "Dátum", "Čas"),
    "lt": ("Kvietimas į pokalbį", "kviečiame jus į darbo pokalbį", "Data", "Laikas"),
    "bg": ("Покана за интервю", "каним Ви на интервю за работа", "Дата", "Час"),
    "ms": ("Jemputan temu duga", "kami menjemput anda ke sesi temu duga", "Tarikh", "Masa"),
    "ta": ("நேர்காணல் அழைப்பு", "உங்களை நேர்காணலுக்கு அழைக்கிறோம்", "தேதி", "நேரம்"),
    "eu": (
        "Elkarrizketarako gonbidapena",
        "lan elkarrizketa batera gonbidatzen zaitugu",
        "Data",
        "Ordua",
    ),
}
# Thanks after an interview that has taken place: a negative in each family's voice.
THANKS = {
    "de": "vielen Dank für das Vorstellungsgespräch am {when}. Wir melden uns in Kürze.",
    "es": "gracias por la entrevista del {when}. Te escribiremos pronto.",
    "pt": "obrigado pela entrevista de {when}. Entraremos em contato em breve.",
    "en": "thank you for taking the time to interview with us on {when}. We will be in touch.",
}

# family -> (locale, IANA zone) in the order the mails are written
LOCALES: dict[str, list[tuple[str, str]]] = {
    "cldrnotice": [
        ("de_AT", "Europe/Vienna"),
        ("fr_CA", "America/Toronto"),
        ("ja", "Asia/Tokyo"),
        ("ko", "Asia/Seoul"),
        ("ar", "Asia/Riyadh"),
        ("fi", "Europe/Helsinki"),
        ("cs", "Europe/Prague"),
        ("vi", "Asia/Ho_Chi_Minh"),
        ("he", "Asia/Jerusalem"),
        ("en_IN", "Asia/Kolkata"),
    ],
    "cldrline": [
        ("es_MX", "America/Mexico_City"),
        ("it", "Europe/Rome"),
        ("pl", "Europe/Warsaw"),
        ("zh_Hant", "Asia/Taipei"),
        ("tr", "Europe/Istanbul"),
        ("fa", "Asia/Tehran"),
        ("sv_FI", "Europe/Helsinki"),
        ("th", "Asia/Bangkok"),
        ("uk", "Europe/Kyiv"),
        ("ca", "Europe/Madrid"),
    ],
    "cldrremind": [
        ("pt", "America/Sao_Paulo"),
        ("nl_BE", "Europe/Brussels"),
        ("da", "Europe/Copenhagen"),
        ("hu", "Europe/Budapest"),
        ("ru", "Europe/Moscow"),
        ("zh", "Asia/Shanghai"),
        ("el", "Europe/Athens"),
        ("id", "Asia/Jakarta"),
        ("hi", "Asia/Kolkata"),
        ("sq", "Europe/Tirane"),
    ],
    "cldrspan": [
        ("en_US", "America/Chicago"),
        ("en_GB", "Europe/London"),
        ("nb", "Europe/Oslo"),
        ("ro", "Europe/Bucharest"),
        ("sk", "Europe/Bratislava"),
        ("lt", "Europe/Vilnius"),
        ("bg", "Europe/Sofia"),
        ("ms", "Asia/Kuala_Lumpur"),
        ("ta", "Asia/Kolkata"),
        ("eu", "Europe/Madrid"),
    ],
}
# (month, day, hour, minute, minutes long): one per position in a family's locale list,
# shifted by family so the four families do not share instants
SLOTS = [
    (1, 29, 9, 30, 45),
    (2, 27, 12, 0, 30),
    (3, 9, 14, 0, 60),
    (3, 30, 8, 15, 45),
    (4, 30, 16, 30, 30),
    (6, 1, 11, 0, 45),
    (7, 31, 17, 45, 30),
    (9, 15, 13, 15, 45),
    (10, 26, 10, 0, 90),
    (12, 14, 15, 30, 30),
]


def _language(identifier: str) -> str:
    locale = Locale.parse(identifier)
    return "zh_Hant" if locale.script == "Hant" else locale.language


def _skeleton(locale: Locale) -> str:
    pattern = locale.time_formats["short"].pattern
    return "hm" if "h" in pattern else "Hm"


def _interval(start: datetime, end: datetime, skeleton: str, locale: Locale) -> str:
    """Babel's interval of two times; where the pattern has a field Babel cannot compare
    ('B', zh-Hant's day period), the locale's fallback pattern joins two short times."""
    try:
        return format_interval(start.time(), end.time(), skeleton, locale=locale)
    except NotImplementedError:
        pair = [format_time(value.time(), "short", locale=locale) for value in (start, end)]
        return str(locale.interval_formats[None]).replace("{0}", pair[0]).replace("{1}", pair[1])


def _joined(locale: Locale, width: str, day: str, clock: str) -> str:
    return str(locale.datetime_formats[width]).replace("{1}", day).replace("{0}", clock)


def _stop(identifier: str) -> str:
    """The full stop the language writes after the invitation line."""
    return "。" if identifier.startswith(("ja", "zh")) else "."


def _tag(identifier: str) -> str:
    return identifier.replace("_", "-")


def _slot(family: str, index: int, zone: str) -> tuple[datetime, datetime, datetime]:
    shift = list(SPLITS).index(family)
    month, day, hour, minute, length = SLOTS[(index + shift) % len(SLOTS)]
    start = at(2026, month, day, hour, minute, zone)
    start += timedelta(days=shift)  # a different weekday per family
    sent = (start - timedelta(days=6)).replace(hour=9, minute=12)
    return start, start + length * MIN, sent


def _sender(family: str, index: int) -> tuple[str, str]:
    return (f"Talent Team {index + 1}", f"talent{index + 1}@{family}-hiring.example")


def _case(
    family: str,
    index: int,
    identifier: str,
    sent: datetime,
    subject: str,
    text: str,
    label: dict[str, object],
    note: str,
) -> Case:
    sender = _sender(family, index)
    raw = mail(
        f"cldr10/{family}/{index}", sender=sender, to=ME, subject=subject, sent=sent, text=text
    )
    label = {**label, "organizer_email": sender[1]}
    name = f"{identifier.lower()}_{'neg' if label['kind'] == 'not_invitation' else index}"
    return Case(family, SPLITS[family], name, raw, label, _tag(identifier), note, TEMPLATE, OWN)


def _negative(family: str, index: int, identifier: str, zone: str, width: str) -> Case:
    """Thanks for an interview that took place: its date is rendered, nothing is set."""
    locale = Locale.parse(identifier)
    start, _end, _sent = _slot(family, index, zone)
    sent = start + timedelta(days=1, hours=3)
    when = _joined(
        locale,
        width,
        format_date(start, width, locale=locale),
        format_time(start, "short", tzinfo=start.tzinfo, locale=locale),
    )
    thanks = THANKS[locale.language].format(when=when)
    text = f"{thanks}\n\n{_sender(family, index)[0]}\n"
    return _case(
        family,
        index,
        identifier,
        sent,
        "Follow-up: " + WORDS[locale.language][0],
        text,
        {"kind": "not_invitation"},
        f"Thanks after a past interview, its {width} date-time rendered: {when!r}.",
    )


def cldrnotice() -> Iterator[Case]:
    family = "cldrnotice"
    for index, (identifier, zone) in enumerate(LOCALES[family]):
        locale = Locale.parse(identifier)
        subject, intro, date_label, time_label = WORDS[_language(identifier)]
        start, end, sent = _slot(family, index, zone)
        if index == 9:
            yield _negative(family, index, "en_IN", zone, "full")
            continue
        day = format_date(start, "full", locale=locale)
        span = _interval(start, end, _skeleton(locale), locale)
        text = (
            f"{intro}{_stop(identifier)}\n\n{date_label}: {day}\n{time_label}: {span} ({zone})\n"
            "Meet: https://meet.cldrnotice.example/r/"
            + f"{index:03d}\n\n{_sender(family, index)[0]}\n"
        )
        yield _case(
            family,
            index,
            identifier,
            sent,
            subject,
            text,
            slot(start, end, zone=zone),
            f"Full date {day!r} and time interval {span!r} on separate labelled lines, "
            f"IANA zone after the range.",
        )


def cldrline() -> Iterator[Case]:
    family = "cldrline"
    for index, (identifier, zone) in enumerate(LOCALES[family]):
        locale = Locale.parse(identifier)
        subject, intro, _date_label, _time_label = WORDS[_language(identifier)]
        start, end, sent = _slot(family, index, zone)
        if index == 0:
            yield _negative(family, index, identifier, zone, "long")
            continue
        span = _interval(start, end, _skeleton(locale), locale)
        when = _joined(locale, "long", format_date(start, "long", locale=locale), span)
        text = f"{intro}: {when}{_stop(identifier)}\n\n{_sender(family, index)[0]}\n"
        yield _case(
            family,
            index,
            identifier,
            sent,
            subject,
            text,
            slot(start, end, sent=sent),
            f"One sentence, long date joined to the interval: {when!r}; no zone.",
        )


def cldrremind() -> Iterator[Case]:
    family = "cldrremind"
    for index, (identifier, zone) in enumerate(LOCALES[family]):
        locale = Locale.parse(identifier)
        subject, intro, _date_label, time_label = WORDS[_language(identifier)]
        start, _end, sent = _slot(family, index, zone)
        sent = start - timedelta(days=1 + index % 2, hours=2)
        if index == 0:
            yield _negative(family, index, identifier, zone, "medium")
            continue
        width = "medium" if index % 2 else "short"
        when = format_datetime(start, width, tzinfo=start.tzinfo, locale=locale)
        signature = _sender(family, index)[0]
        text = f"⏰ {subject}\n\n{intro}{_stop(identifier)}\n{time_label}: {when}\n\n{signature}\n"
        yield _case(
            family,
            index,
            identifier,
            sent,
            f"⏰ {subject}",
            text,
            slot(start, sent=sent),
            f"Reminder with the {width} date-time {when!r}; no zone, no end.",
        )


def cldrspan() -> Iterator[Case]:
    family = "cldrspan"
    for index, (identifier, zone) in enumerate(LOCALES[family]):
        locale = Locale.parse(identifier)
        subject, intro, _date_label, _time_label = WORDS[_language(identifier)]
        start, end, sent = _slot(family, index, zone)
        if index == 0:
            yield _negative(family, index, identifier, zone, "full")
            continue
        naive_start, naive_end = start.replace(tzinfo=None), end.replace(tzinfo=None)
        span = format_interval(naive_start, naive_end, "yMMMEd" + _skeleton(locale), locale=locale)
        signature = _sender(family, index)[0]
        text = f"{subject}\n{span}\n{zone}\n\n{intro}{_stop(identifier)}\n\n{signature}\n"
        yield _case(
            family,
            index,
            identifier,
            sent,
            subject,
            text,
            slot(start, end, zone=zone),
            f"Date-time interval {span!r}, IANA zone on the next line.",
        )


BUILDERS = (cldrnotice, cldrline, cldrremind, cldrspan)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the cldr10 batch (`build_cldr10.py`)",
        "",
        "Scheduling-tool mail whose date, time and range strings are CLDR renderings: Babel "
        "2.19 (CLDR 47 data, Unicode License v3) formats each instant in the mail's locale. "
        "Labels, invitation lines and thanks are our own words; people, companies and links "
        "are made up. Every label was written from the datetimes the strings are rendered "
        "from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families. Held-out families ({len(held)} of "
        f"{len(SPLITS)}, chosen before anything was measured): "
        + ", ".join(held)
        + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_cldr10.py` "
        "(deterministic for one Babel version; rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-cldr10.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
