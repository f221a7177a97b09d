# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "thirdparty35" batch: interviews that are not the reader's own, in new shapes.

Run: .venv/bin/python tests/parsing/corpus/build_thirdparty35.py

Three kinds of look-alike and two kinds of control. (1) A relative writes to the reader in
their own words about a sibling's, child's, partner's or cousin's interview ("mój brat ma
rozmowę", "kardeşim Emre'nin görüşmesi var", "我妹妹有个面试", "제 남동생이 면접을 봐요",
"أخي لديه مقابلة", "मेरी बहन नेहा का इंटरव्यू", "a minha irmã tem entrevista"), or forwards the
relative's interview with a note whose kin word stands in the nominative, after a name or in
a word the older lists lack ("pro mou ségru", "fratele meu", "我表弟", "minha cunhada", "मेरे
भाई राहुल के"). (2) The reader sits on the employer's side: a hiring manager or coordinator
says that candidate X will come in on a day and hour ("przyjdzie do nas pani ...", "vine la
interviu domnul ...", "к нам придёт на собеседование ...", "vem cá a candidata ..."), and
interviewer notices of recruiting systems (Odoo's "You have been assigned as an interviewer
for the Applicant %s", and notices in the same shape in pl, tr, ru, ko, zh, ro). Controls:
the reader's own interview forwarded to the reader by a relative whose mailbox it reached,
and recruiting systems' invitations to the candidate that name the interviewers.
Languages: pl, tr, cs, ro, ru, pt-PT, zh, ko, ar, hi, en.

Every label was written from the datetimes the text is rendered from (weekday names checked)
before the parser was run on any message; the held-out families were drawn by a seeded coin
(random.Random("thirdparty35 coin").sample of 2 of the 7 sorted families) before then too.
Forward blocks are build_negs17.py's recalled client layouts; all prose is ours; people,
companies and addresses are made up. Output is deterministic; the script rewrites only its
own families.
"""

from __future__ import annotations

import importlib.util
import random
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


kin = _load("build_kin33", "build_kin33.py")
pp, n17, p8 = kin.pp, kin.n17, _load("build_prose8", "build_prose8.py")
Case, mail, at = pp.Case, pp.mail, pp.at
OWN, HOOK = pp.OWN, pp.HOOK
NEG = "not_invitation"
BATCH = "thirdparty35"
Person = tuple[str, str]
ME: Person = n17.ME  # Alex Morgan, the reader

FAMILIES = [
    "kinnote35",
    "kinnoteasia35",
    "kinfwd35",
    "hmcome35",
    "atsivw35",
    "ownkin35",
    "ownats35",
]
# two of seven families held out, drawn by a seeded coin before anything was measured
_HELD = set(random.Random("thirdparty35 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

ODOO = "odoo/odoo@4a93d89a3b0a3912bb480ac3cf5a6a959a1f2624 addons/hr_recruitment/models/hr_applicant.py (message_notify subject 'You have been assigned as an interviewer for %s', body 'You have been assigned as an interviewer for the Applicant %s'); "
SOURCES = {
    "kinnote35": "hand-written; a relative writes to the reader in their own words about a brother's, sister's, son's or daughter's interview, the kin word in the nominative (pl, tr, cs, ro, ru); "
    + OWN,
    "kinnoteasia35": "hand-written; the same kind of note in zh, ko, ar, hi and pt-PT (a sister's, younger brother's interview); "
    + OWN,
    "kinfwd35": "hand-written; a relative forwards a cousin's, sister-in-law's, brother's or sister's interview with a note whose kin word the older lists lack or that stands after a name (pt-PT, ro, cs, hi, zh); forward blocks recalled from build_negs17.py; "
    + OWN,
    "hmcome35": "hand-written; a hiring manager or coordinator tells a colleague that candidate X will come in on a day and hour and asks them to sit in (pl, tr, cs, ro, ru, pt-PT); "
    + OWN,
    "atsivw35": ODOO
    + "the other notices hand-written in the same shape (a recruiting system tells the reader they were assigned as interviewer for an applicant, with the slot) in pl, tr, ru, ko, zh, ro; "
    + OWN,
    "ownkin35": "hand-written controls; the reader's own interview reached a relative's mailbox (given in the application) and the relative forwards it to the reader (pl, tr, ru, pt-PT, zh, ro); forward blocks recalled from build_negs17.py; "
    + OWN,
    "ownats35": "hand-written controls; a recruiting system's invitation to the candidate naming the interviewers (pl, tr, cs, ko, ar); "
    + OWN,
}

WAW, IST, PRG, BUH, MOW, LIS = (
    "Europe/Warsaw",
    "Europe/Istanbul",
    "Europe/Prague",
    "Europe/Bucharest",
    "Europe/Moscow",
    "Europe/Lisbon",
)
SHA, SEL, RUH, KOL, NYC = (
    "Asia/Shanghai",
    "Asia/Seoul",
    "Asia/Riyadh",
    "Asia/Kolkata",
    "America/New_York",
)
MIN = timedelta(minutes=1)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 17, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    at(2027, mo, d, 12, 0, "UTC", weekday)


def person(name: str, domain: str = "mailbox.example") -> Person:
    ascii_name = name.encode("ascii", "ignore").decode().strip() or "someone"
    return (name, ascii_name.lower().replace(" ", ".") + "@" + domain)


def _label(
    org: Person, start: datetime | None, end: datetime | None, sent: datetime, *, fwd: bool
) -> dict[str, object]:
    if start is None:
        return {"kind": NEG, "original_sender": org[1]} if fwd else {"kind": NEG}
    label = {**p8.slot(start, end, sent=sent), "organizer_email": org[1]}
    if fwd:
        label["original_sender"] = org[1]
    return label


def direct(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    to: Person,
    subject: str,
    sent: datetime,
    text: str,
    note: str,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    days: tuple[tuple[int, int, str], ...] = (),
    source: str = "",
) -> Case:
    """A mail written straight to `to`; `start` given makes it the reader's invitation."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    raw = mail(
        f"{BATCH}/{family}/{name}", sender=sender, to=to, subject=subject, sent=sent, text=text
    )
    label = _label(sender, start, end, sent, fwd=False)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label,
        lang,
        note,
        source or SOURCES[family],
        OWN,
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    forwarder: Person,
    addressee: Person,
    org: Person,
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    to: Person = ME,
    start: datetime | None = None,
    end: datetime | None = None,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """`forwarder` passes on `org`'s mail written to `addressee` through `client` in `ui`."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    head = kin._block(client, ui, org, sent, subject, addressee)
    top = note_text.strip()
    text = f"{top}\n\n{head}\n{body.strip()}\n" if top else f"{head}\n{body.strip()}\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=to,
        subject=f"{n17.prefix(client, ui)}: {subject}",
        sent=sent + timedelta(hours=2, minutes=41),
        text=text,
    )
    template = n17.RECALLED.format(client=n17.CLIENT_NAME[client], ui=ui)
    label = _label(org, start, end, sent, fwd=True)
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, OWN)


# --- (1) a relative's interview, in the relative's own words or forwarded ----------------------


def kinnote35() -> Iterator[Case]:
    f = "kinnote35"
    yield direct(
        f,
        "moj_brat_rozmowa",
        "pl",
        person("Magda Kowalczyk"),
        ME,
        "Kuba w czwartek",
        sent_on(5, 7, 19, WAW),
        "Cześć Alex,\n\nmój brat Kuba ma w czwartek 13 maja o 10:00 rozmowę kwalifikacyjną w firmie Wistel na Woli (ul. Prosta 51). Mógłbyś go podrzucić? Ja będę wtedy w pracy.\n\nDzięki!\nMagda",
        "Polish: a sister asks the reader to drive her brother to his interview (Thursday 13 May 10:00); 'mój brat' in the nominative.",
        days=((5, 13, "Thu"),),
    )
    yield direct(
        f,
        "kardesim_gorusme",
        "tr",
        person("Zeynep Aksoy"),
        ME,
        "Emre'nin görüşmesi",
        sent_on(5, 6, 20, IST),
        "Selam Alex,\n\nkardeşim Emre'nin 12 Mayıs Çarşamba saat 14:00'te Levent'teki Marmara Lojistik ofisinde iş görüşmesi var. Onu arabayla bırakabilir misin? Ben o saatte toplantıdayım.\n\nSevgiler,\nZeynep",
        "Turkish: a sister asks the reader to drop her brother at his interview (Wednesday 12 May 14:00); 'kardeşim Emre'nin' puts a name between the kin word and the genitive.",
        days=((5, 12, "Wed"),),
    )
    yield direct(
        f,
        "sestra_pohovor",
        "cs",
        person("Petra Novotná"),
        ME,
        "Tereza v úterý",
        sent_on(5, 5, 18, PRG),
        "Ahoj Alexi,\n\nmoje sestra Tereza má v úterý 11. května v 9:30 pohovor v pojišťovně na Pankráci. Je z toho nervózní, můžeš jí večer předtím zavolat a trochu ji uklidnit?\n\nDíky,\nPetra",
        "Czech: a sister's interview (Tuesday 11 May 9:30) told to the reader; 'moje sestra' in the nominative.",
        days=((5, 11, "Tue"),),
    )
    yield direct(
        f,
        "fiica_mea_interviu",
        "ro",
        person("Elena Dumitrescu"),
        ME,
        "Ioana are interviu joi",
        sent_on(5, 14, 17, BUH),
        "Salut Alex,\n\nfiica mea, Ioana, are interviu joi, 20 mai, la ora 11:00, la sediul băncii din Piața Victoriei. Poți să o iei tu de acolo după aceea, pe la 12:30?\n\nMulțumesc,\nElena",
        "Romanian: a mother asks the reader to collect her daughter after her interview (Thursday 20 May 11:00); 'fiica mea' in the nominative.",
        days=((5, 20, "Thu"),),
    )
    yield direct(
        f,
        "moy_brat_sobesedovanie",
        "ru",
        person("Ирина Волкова", "mailbox.example"),
        ME,
        "Дима в понедельник",
        sent_on(5, 12, 21, MOW),
        "Привет, Алекс!\n\nМой младший брат Дима идёт на собеседование в понедельник, 17 мая, в 11:00 — в офис на Кутузовском проспекте. Ты сможешь его подвезти? Я в это время на работе.\n\nСпасибо!\nИра",
        "Russian: a sister asks the reader to drive her brother to his interview (Monday 17 May 11:00); 'мой младший брат' in the nominative.",
        days=((5, 17, "Mon"),),
    )


def kinnoteasia35() -> Iterator[Case]:
    f = "kinnoteasia35"
    yield direct(
        f,
        "meimei_mianshi",
        "zh",
        ("李娜", "li.na@mailbox.example"),
        ME,
        "周三的事",
        sent_on(5, 13, 20, SHA),
        "Alex，你好：\n\n我妹妹5月19日（星期三）上午10点在浦东的一家公司有个面试，她有点紧张。你那天上午能陪她过去吗？地址是世纪大道100号。\n\n谢谢！\n李娜",
        "Chinese: a sister asks the reader to go with her younger sister to an interview (Wednesday 19 May 10:00); no 的 between the kin word and the interview.",
        days=((5, 19, "Wed"),),
    )
    yield direct(
        f,
        "namdongsaeng_myeonjeop",
        "ko",
        ("박서연", "seoyeon.park@mailbox.example"),
        ME,
        "화요일 부탁",
        sent_on(5, 12, 21, SEL),
        "Alex 씨, 안녕하세요.\n\n제 남동생이 5월 18일(화) 오후 2시에 판교에 있는 회사에서 면접을 봐요. 혹시 그날 차로 데려다 줄 수 있을까요? 저는 출장 중이라서요.\n\n고마워요.\n서연",
        "Korean: a sister asks the reader to drive her younger brother to his interview (Tuesday 18 May 14:00); the subject particle, not 의, follows the kin word.",
        days=((5, 18, "Tue"),),
    )
    yield direct(
        f,
        "akhi_muqabala",
        "ar",
        ("سارة القحطاني", "sara.q@mailbox.example"),
        ME,
        "موعد أخي يوم الأحد",
        sent_on(5, 11, 19, RUH),
        "مرحبا أليكس،\n\nأخي فيصل لديه مقابلة عمل يوم الأحد 16 مايو 2027 الساعة 10:00 صباحًا في مقر الشركة بحي العليا. هل يمكنك أن توصله؟ سيارته في الصيانة.\n\nشكرًا لك،\nسارة",
        "Arabic: a sister asks the reader to drive her brother to his interview (Sunday 16 May 10:00); 'أخي فيصل لديه مقابلة' (the kin word before a name, no genitive).",
        days=((5, 16, "Sun"),),
    )
    yield direct(
        f,
        "behan_interview",
        "hi",
        ("अनीता शर्मा", "anita.sharma@mailbox.example"),
        ME,
        "गुरुवार को नेहा का इंटरव्यू",
        sent_on(5, 15, 18, KOL),
        "नमस्ते Alex,\n\nमेरी बहन नेहा का गुरुवार, 20 मई को सुबह 11 बजे गुरुग्राम के साइबर सिटी वाले ऑफिस में इंटरव्यू है। क्या तुम उसे अपनी गाड़ी से छोड़ दोगे?\n\nधन्यवाद,\nअनीता",
        "Hindi: a sister's younger sister's interview (Thursday 20 May 11:00); 'मेरी बहन नेहा का' puts a name between the kin word and the postposition.",
        days=((5, 20, "Thu"),),
    )
    yield direct(
        f,
        "irma_entrevista",
        "pt-PT",
        person("Sofia Antunes"),
        ME,
        "Entrevista da Inês",
        sent_on(5, 20, 19, LIS),
        "Olá Alex,\n\na minha irmã Inês tem uma entrevista na quarta-feira, 26 de maio, às 15h00, num escritório na Avenida da Liberdade. Consegues ir buscá-la ao fim da tarde? Eu estou no Porto.\n\nObrigada!\nSofia",
        "European Portuguese: a sister asks the reader to collect her sister after an interview (Wednesday 26 May 15:00); 'a minha irmã Inês tem'.",
        days=((5, 26, "Wed"),),
    )


def kinfwd35() -> Iterator[Case]:
    f = "kinfwd35"
    yield fwd(
        f,
        "cunhada_entrevista",
        "pt-PT",
        "gmail",
        "pt",
        person("Rui Carvalho"),
        person("Beatriz Lopes"),
        ("Tejo Seguros – Recrutamento", "recrutamento@tejo-seguros.example"),
        "Convite para entrevista – Assistente Administrativa",
        sent_on(5, 17, 11, LIS),
        "Reencaminho a entrevista da minha cunhada, para não nos esquecermos de a levar na terça.",
        "Cara Beatriz Lopes,\n\nAgradecemos a sua candidatura. Temos o prazer de a convidar para uma entrevista na terça-feira, 25 de maio de 2027, às 10h30, nas nossas instalações da Avenida da República 50, Lisboa.\n\nCom os melhores cumprimentos,\nTejo Seguros – Recrutamento",
        "European Portuguese: a brother-in-law forwards his sister-in-law's interview (Tuesday 25 May 10:30); 'a minha cunhada'.",
        days=((5, 25, "Tue"),),
    )
    yield fwd(
        f,
        "fratele_meu_interviu",
        "ro",
        "outlook",
        "en",
        person("Cristina Marin"),
        person("Andrei Marin"),
        ("Carpatica Soft – Resurse Umane", "hr@carpatica-soft.example"),
        "Invitație la interviu – Programator Java",
        sent_on(5, 18, 10, BUH),
        "Ăsta e interviul lui Andrei (fratele meu mai mic). Îl duci tu joi dimineață?",
        "Bună ziua, Andrei,\n\nVă mulțumim pentru interesul acordat. Vă invităm la un interviu joi, 27 mai 2027, la ora 9:30, la sediul nostru din Cluj-Napoca, str. Memorandumului 28.\n\nCu stimă,\nCarpatica Soft – Resurse Umane",
        "Romanian: a sister forwards her younger brother's interview (Thursday 27 May 9:30); 'fratele meu' after a name, in the nominative.",
        days=((5, 27, "Thu"),),
    )
    yield fwd(
        f,
        "segra_pohovor",
        "cs",
        "gmail",
        "en",
        person("Jakub Horák"),
        person("Klára Horáková"),
        ("Vltava Energie – nábor", "nabor@vltava-energie.example"),
        "Pozvánka na pohovor – asistentka obchodu",
        sent_on(5, 19, 9, PRG),
        "Přeposílám pozvánku na pohovor pro mou ségru, ať na to nezapomeneme. Vezmeš ji tam autem?",
        "Dobrý den, paní Horáková,\n\nděkujeme za Váš zájem o pozici asistentky obchodu. Zveme Vás na osobní pohovor v pondělí 31. května 2027 v 10:00 v naší kanceláři v Praze 4, Na Pankráci 30.\n\nS pozdravem\nVltava Energie – nábor",
        "Czech: a brother forwards his sister's interview (Monday 31 May 10:00); 'pro mou ségru' (colloquial, accusative).",
        days=((5, 31, "Mon"),),
    )
    yield fwd(
        f,
        "bhai_interview",
        "hi",
        "gmail",
        "en",
        ("सुनीता वर्मा", "sunita.verma@mailbox.example"),
        ("Rahul Verma", "rahul.verma@mailbox.example"),
        ("Indus Tech Careers", "careers@industech.example"),
        "Interview invitation – Graduate Engineer Trainee",
        sent_on(5, 18, 12, KOL),
        "यह मेरे भाई राहुल के इंटरव्यू की मेल है। शुक्रवार को उसे याद दिला देना।",
        "Dear Rahul,\n\nThank you for applying. We are pleased to invite you for an interview on Friday, 28 May 2027 at 11:30 AM IST at our Pune office (Hinjewadi Phase 2).\n\nRegards,\nIndus Tech Careers",
        "Hindi note over an English invitation: a sister forwards her brother Rahul's interview (Friday 28 May 11:30); 'मेरे भाई राहुल के' puts a name between the kin word and the postposition.",
        days=((5, 28, "Fri"),),
    )
    yield fwd(
        f,
        "biaodi_mianshi",
        "zh",
        "outlook",
        "en",
        ("陈伟", "chen.wei@mailbox.example"),
        ("刘洋", "liu.yang@mailbox.example"),
        ("云帆科技 招聘组", "hr@yunfan.example"),
        "面试通知 - 测试工程师",
        sent_on(5, 20, 10, SHA),
        "转发我表弟的面试通知，周四你开车送他一下。",
        "刘洋同学，您好：\n\n感谢您投递我司测试工程师岗位。现邀请您参加面试：\n时间：2027年5月27日（星期四）下午2:00\n地点：杭州市西湖区文三路90号5楼\n\n云帆科技 招聘组",
        "Chinese: a cousin's interview forwarded (Thursday 27 May 14:00); '我表弟的面试' (a cousin, a kin word the list lacked).",
        days=((5, 27, "Thu"),),
    )


# --- (2) the reader on the employer's side -----------------------------------------------------


def hmcome35() -> Iterator[Case]:
    f = "hmcome35"
    yield direct(
        f,
        "przyjdzie_kandydatka",
        "pl",
        person("Katarzyna Lewandowska", "wistel.example"),
        person("Alex Morgan", "wistel.example"),
        "Środa 11:00 – rozmowa na stanowisko księgowej",
        sent_on(5, 7, 14, WAW),
        "Cześć Alex,\n\nw środę 12 maja o 11:00 przyjdzie do nas pani Joanna Wiśniewska na rozmowę na stanowisko starszej księgowej. Usiądziesz ze mną? Sala Wisła, 3. piętro. Jej CV wrzuciłam na dysk.\n\nPozdrawiam,\nKasia",
        "Polish: a hiring manager tells a colleague that Joanna Wiśniewska comes for an interview on Wednesday 12 May 11:00 and asks them to sit in.",
        days=((5, 12, "Wed"),),
    )
    yield direct(
        f,
        "aday_gelecek",
        "tr",
        person("Selin Koç", "marmaralojistik.example"),
        person("Alex Morgan", "marmaralojistik.example"),
        "Perşembe 10:30 – Burak Yıldız",
        sent_on(5, 10, 15, IST),
        "Merhaba Alex,\n\nBurak Yıldız 13 Mayıs Perşembe saat 10:30'da görüşmeye gelecek (Depo Sorumlusu pozisyonu). Teknik soruları sen sorar mısın? Toplantı odası: Boğaziçi.\n\nTeşekkürler,\nSelin",
        "Turkish: a hiring manager says Burak Yıldız will come for an interview on Thursday 13 May 10:30 and asks the reader to ask the technical questions.",
        days=((5, 13, "Thu"),),
    )
    yield direct(
        f,
        "prijde_na_pohovor",
        "cs",
        person("Martin Král", "vltava-energie.example"),
        person("Alex Morgan", "vltava-energie.example"),
        "Čtvrtek – pohovor mzdová účetní",
        sent_on(5, 14, 13, PRG),
        "Ahoj Alexi,\n\nve čtvrtek 20. května v 10:00 k nám přijde na pohovor paní Lucie Dvořáková na pozici mzdové účetní. Můžeš být u toho? Zasedačka B, 2. patro.\n\nDík,\nMartin",
        "Czech: a hiring manager tells a colleague that Lucie Dvořáková comes for an interview on Thursday 20 May 10:00.",
        days=((5, 20, "Thu"),),
    )
    yield direct(
        f,
        "vine_la_interviu",
        "ro",
        person("Adrian Stan", "carpatica-soft.example"),
        person("Alex Morgan", "carpatica-soft.example"),
        "Marți 14:00 – interviu analist",
        sent_on(5, 13, 16, BUH),
        "Bună Alex,\n\nmarți, 18 mai, la ora 14:00, vine la interviu domnul Mihai Popescu pentru postul de analist de date. Te rog să participi și tu, în sala Dunărea. Îți trimit CV-ul lui separat.\n\nMersi,\nAdrian",
        "Romanian: a hiring manager asks a colleague to sit in when Mihai Popescu comes for an interview on Tuesday 18 May 14:00.",
        days=((5, 18, "Tue"),),
    )
    yield direct(
        f,
        "pridyot_na_sobesedovanie",
        "ru",
        ("Наталья Орлова", "n.orlova@nevaprom.example"),
        ("Alex Morgan", "alex.morgan@nevaprom.example"),
        "Среда 12:00 — собеседование аналитика",
        sent_on(5, 14, 12, MOW),
        "Алекс, привет!\n\nВ среду, 19 мая, в 12:00 к нам придёт на собеседование Ольга Смирнова на позицию аналитика. Посидишь со мной? Переговорная «Нева», 4 этаж.\n\nСпасибо,\nНаталья",
        "Russian: a hiring manager asks a colleague to sit in on Olga Smirnova's interview on Wednesday 19 May 12:00.",
        days=((5, 19, "Wed"),),
    )
    yield direct(
        f,
        "vem_ca_candidata",
        "pt-PT",
        person("Joana Pires", "tejo-seguros.example"),
        person("Alex Morgan", "tejo-seguros.example"),
        "Quinta 9h30 – entrevista técnica de contabilidade",
        sent_on(5, 21, 11, LIS),
        "Olá Alex,\n\nna quinta-feira, 27 de maio, às 9h30, vem cá a Marta Ribeiro para a entrevista de técnica de contabilidade. Podes estar presente? Sala Tejo, 2.º piso.\n\nObrigada,\nJoana",
        "European Portuguese: a hiring manager tells a colleague that Marta Ribeiro comes for an interview on Thursday 27 May 9:30.",
        days=((5, 27, "Thu"),),
    )


def atsivw35() -> Iterator[Case]:
    f = "atsivw35"
    yield direct(
        f,
        "odoo_assigned_interviewer",
        "en",
        ("Northwind HR (Odoo)", "notifications@northwind.example"),
        ("Alex Morgan", "alex.morgan@northwind.example"),
        "You have been assigned as an interviewer for Senior Accountant - Priya Nair",
        sent_on(5, 10, 9, NYC),
        "You have been assigned as an interviewer for the Applicant Priya Nair\n\nInterview: Tuesday, May 18, 2027, 2:00 PM - 3:00 PM (America/New_York)\nLocation: Hudson room, 12th floor\n\nView Applicant\n\nPowered by Odoo",
        "Odoo's notice to a newly assigned interviewer (its English subject and body) with the meeting line a coordinator adds: Priya Nair's interview on Tuesday 18 May 14:00.",
        days=((5, 18, "Tue"),),
        source=ODOO + OWN,
    )
    yield direct(
        f,
        "przypisany_rekruter",
        "pl",
        ("Rekrutacja Wistel", "rekrutacja@wistel.example"),
        ("Alex Morgan", "alex.morgan@wistel.example"),
        "Przypisano Cię jako osobę przeprowadzającą rozmowę – Anna Zając",
        sent_on(5, 11, 9, WAW),
        "Przypisano Cię jako osobę przeprowadzającą rozmowę z kandydatką Anną Zając (Specjalistka ds. kadr).\n\nTermin: piątek, 21 maja 2027, 13:00–14:00\nMiejsce: sala Odra\n\nZobacz profil kandydata",
        "Polish interviewer notice: the reader assigned to interview Anna Zając (Friday 21 May 13:00).",
        days=((5, 21, "Fri"),),
    )
    yield direct(
        f,
        "mulakatci_atandiniz",
        "tr",
        ("İK Portalı", "ik@marmaralojistik.example"),
        ("Alex Morgan", "alex.morgan@marmaralojistik.example"),
        "Mülakatçı olarak atandınız: Deniz Kaya",
        sent_on(5, 14, 10, IST),
        "Deniz Kaya adlı başvuru sahibi için mülakatçı olarak atandınız.\n\nTarih: 20 Mayıs 2027 Perşembe, 15:00–16:00\nYer: Levent ofisi, 6. kat\n\nBaşvuruyu görüntüle",
        "Turkish interviewer notice: the reader assigned to interview the applicant Deniz Kaya (Thursday 20 May 15:00).",
        days=((5, 20, "Thu"),),
    )
    yield direct(
        f,
        "naznacheny_intervyuerom",
        "ru",
        ("HR-портал НеваПром", "hr@nevaprom.example"),
        ("Alex Morgan", "alex.morgan@nevaprom.example"),
        "Вы назначены интервьюером: Павел Соколов",
        sent_on(5, 17, 9, MOW),
        "Вы назначены интервьюером для соискателя Павел Соколов (вакансия «Инженер-технолог»).\n\nДата: вторник, 25 мая 2027 г., 10:00–11:00\nМесто: переговорная «Ладога»\n\nОткрыть карточку соискателя",
        "Russian interviewer notice: the reader assigned to interview the applicant Pavel Sokolov (Tuesday 25 May 10:00).",
        days=((5, 25, "Tue"),),
    )
    yield direct(
        f,
        "myeonjeopgwan_baejeong",
        "ko",
        ("채용 시스템", "recruit@hanbit.example"),
        ("Alex Morgan", "alex.morgan@hanbit.example"),
        "[면접관 배정] 지원자 이지은",
        sent_on(5, 17, 10, SEL),
        "지원자 이지은 님의 면접에 면접관으로 배정되었습니다.\n\n일시: 2027년 5월 24일(월) 오후 3시 ~ 4시\n장소: 본사 7층 회의실 A\n\n지원서 보기",
        "Korean interviewer notice: the reader assigned as interviewer for the applicant Lee Ji-eun (Monday 24 May 15:00).",
        days=((5, 24, "Mon"),),
    )
    yield direct(
        f,
        "mianshiguan_zhipai",
        "zh",
        ("招聘系统", "hr@yunfan.example"),
        ("Alex Morgan", "alex.morgan@yunfan.example"),
        "您已被指派为面试官：应聘者 赵敏",
        sent_on(5, 18, 9, SHA),
        "您已被指派为应聘者 赵敏 的面试官。\n\n时间：2027年5月26日（星期三）上午10:00-11:00\n地点：5楼 第二会议室\n\n查看应聘者",
        "Chinese interviewer notice: the reader assigned as interviewer for the applicant Zhao Min (Wednesday 26 May 10:00).",
        days=((5, 26, "Wed"),),
    )
    yield direct(
        f,
        "intervievator_desemnat",
        "ro",
        ("Portal HR Carpatica", "hr@carpatica-soft.example"),
        ("Alex Morgan", "alex.morgan@carpatica-soft.example"),
        "Ați fost desemnat intervievator pentru candidatul Vlad Georgescu",
        sent_on(5, 21, 9, BUH),
        "Ați fost desemnat intervievator pentru candidatul Vlad Georgescu (Tester QA).\n\nData: luni, 31 mai 2027, ora 11:00\nLocație: sala Someș\n\nVezi candidatul",
        "Romanian interviewer notice: the reader appointed interviewer for the candidate Vlad Georgescu (Monday 31 May 11:00).",
        days=((5, 31, "Mon"),),
    )


# --- controls: the reader's own interview in the same shapes -----------------------------------


def ownkin35() -> Iterator[Case]:
    f = "ownkin35"
    sent = sent_on(5, 10, 9, WAW)
    st = when(5, 14, "Fri", 10, 0, WAW)
    org = ("Rekrutacja Wistel", "rekrutacja@wistel.example")
    yield fwd(
        f,
        "mama_twoja_rozmowa",
        "pl",
        "gmail",
        "pl",
        person("Ewa Morgan"),
        person("Ewa Morgan"),
        org,
        "Zaproszenie na rozmowę kwalifikacyjną",
        sent,
        "Synku, to przyszło na mój adres, bo podałeś go w formularzu. To Twoja rozmowa – w piątek o 10:00. Powodzenia!",
        "Szanowny Panie Alexie Morgan,\n\ndziękujemy za przesłanie aplikacji. Zapraszamy na rozmowę kwalifikacyjną w piątek 14 maja 2027 r. o godz. 10:00 (ok. 45 minut) w naszym biurze przy ul. Prostej 51 w Warszawie.\n\nZ poważaniem\nRekrutacja Wistel",
        "Control, Polish: the reader's interview reached his mother's mailbox and she forwards it to him (Friday 14 May 10:00-10:45).",
        start=st,
        end=st + 45 * MIN,
    )
    sent = sent_on(5, 11, 11, IST)
    st = when(5, 17, "Mon", 14, 0, IST)
    org = ("Marmara Lojistik İK", "ik@marmaralojistik.example")
    yield fwd(
        f,
        "abla_senin_mulakatin",
        "tr",
        "gmail",
        "en",
        person("Elif Morgan"),
        person("Elif Morgan"),
        org,
        "Mülakat Daveti – Satın Alma Uzmanı",
        sent,
        "Alex, bu senin mülakatın, benim adresime gelmiş. Pazartesi 14:00, unutma!",
        "Sayın Alex Morgan,\n\nbaşvurunuz için teşekkür ederiz. Sizi 17 Mayıs 2027 Pazartesi günü saat 14:00'te Levent ofisimizde yapılacak mülakata davet ediyoruz.\n\nSaygılarımızla,\nMarmara Lojistik İK",
        "Control, Turkish: an elder sister forwards the reader's own interview that reached her address (Monday 17 May 14:00).",
        start=st,
    )
    sent = sent_on(5, 12, 10, MOW)
    st = when(5, 20, "Thu", 15, 0, MOW)
    org = ("НеваПром — подбор персонала", "hr@nevaprom.example")
    yield fwd(
        f,
        "mama_tvoyo_sobesedovanie",
        "ru",
        "outlook",
        "en",
        ("Ольга Морган", "olga.morgan@mailbox.example"),
        ("Семья Морган", "morgan.family@mailbox.example"),
        org,
        "Приглашение на собеседование",
        sent,
        "Алекс, это пришло на наш семейный ящик — твоё собеседование в четверг в 15:00.",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование на позицию инженера-технолога в четверг, 20 мая 2027 г., в 15:00 по адресу: Санкт-Петербург, Московский проспект, 120, офис 5.\n\nС уважением,\nНеваПром — подбор персонала",
        "Control, Russian: the reader's mother forwards his own interview from the family mailbox (Thursday 20 May 15:00).",
        start=st,
    )
    sent = sent_on(5, 13, 10, LIS)
    st = when(5, 21, "Fri", 11, 0, LIS)
    org = ("Tejo Seguros – Recrutamento", "recrutamento@tejo-seguros.example")
    yield fwd(
        f,
        "pai_a_tua_entrevista",
        "pt-PT",
        "gmail",
        "pt",
        person("António Morgan"),
        person("António Morgan"),
        org,
        "Convite para entrevista",
        sent,
        "Alex, chegou ao meu email – é a tua entrevista, sexta às 11h. Beijinhos, pai",
        "Caro Alex Morgan,\n\nAgradecemos a sua candidatura. Convidamo-lo para uma entrevista na sexta-feira, 21 de maio de 2027, às 11h00, na Avenida da República 50, Lisboa.\n\nCom os melhores cumprimentos,\nTejo Seguros – Recrutamento",
        "Control, European Portuguese: the reader's father forwards the reader's own interview that reached his mailbox (Friday 21 May 11:00).",
        start=st,
    )
    sent = sent_on(5, 14, 9, SHA)
    st = when(5, 24, "Mon", 14, 30, SHA)
    org = ("云帆科技 招聘组", "hr@yunfan.example")
    yield fwd(
        f,
        "mama_nide_mianshi",
        "zh",
        "outlook",
        "en",
        ("王芳", "wang.fang@mailbox.example"),
        ("王芳", "wang.fang@mailbox.example"),
        org,
        "面试通知 - 产品经理",
        sent,
        "儿子，这是你的面试通知，发到我邮箱了。下周一下午两点半，别迟到。",
        "Alex Morgan 您好：\n\n感谢您应聘我司产品经理岗位。现邀请您参加面试：\n时间：2027年5月24日（星期一）下午2:30-3:30\n地点：杭州市西湖区文三路90号5楼\n\n云帆科技 招聘组",
        "Control, Chinese: the reader's mother forwards his own interview that reached her mailbox (Monday 24 May 14:30-15:30); the note says 'your interview' to her son.",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(5, 17, 10, BUH)
    st = when(5, 25, "Tue", 9, 0, BUH)
    org = ("Carpatica Soft – Resurse Umane", "hr@carpatica-soft.example")
    yield fwd(
        f,
        "sora_interviul_tau",
        "ro",
        "gmail",
        "en",
        person("Maria Morgan"),
        person("Familia Morgan"),
        org,
        "Invitație la interviu – Analist de date",
        sent,
        "Alex, a venit pe adresa familiei – e interviul tău de marți. Te duc eu cu mașina.",
        "Bună ziua, domnule Alex Morgan,\n\nVă invităm la un interviu marți, 25 mai 2027, la ora 9:00, la sediul nostru din Cluj-Napoca, str. Memorandumului 28.\n\nCu stimă,\nCarpatica Soft – Resurse Umane",
        "Control, Romanian: the reader's sister forwards his own interview from the family mailbox and offers to drive him (Tuesday 25 May 9:00).",
        start=st,
    )


def ownats35() -> Iterator[Case]:
    f = "ownats35"
    sent = sent_on(5, 10, 10, WAW)
    st = when(5, 18, "Tue", 11, 0, WAW)
    org = ("Rekrutacja Wistel", "rekrutacja@wistel.example")
    yield direct(
        f,
        "zaproszenie_kandydat",
        "pl",
        org,
        ME,
        "Zaproszenie na rozmowę – Specjalista ds. kadr",
        sent,
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę kwalifikacyjną we wtorek 18 maja 2027 r., 11:00–12:00, sala Odra.\n\nRozmowę przeprowadzą: Katarzyna Lewandowska (kierownik działu) i Anna Zając (HR).\n\nPotwierdź termin w portalu kandydata.",
        "Control, Polish: a recruiting system invites the reader, naming the two interviewers (Tuesday 18 May 11:00-12:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(5, 12, 11, IST)
    st = when(5, 19, "Wed", 10, 0, IST)
    org = ("İK Portalı", "ik@marmaralojistik.example")
    yield direct(
        f,
        "mulakat_davet_aday",
        "tr",
        org,
        ME,
        "Mülakat Daveti – 19 Mayıs",
        sent,
        "Sayın Alex Morgan,\n\nSatın Alma Uzmanı pozisyonu için mülakatınız 19 Mayıs 2027 Çarşamba günü 10:00–11:00 saatleri arasında Levent ofisimizde yapılacaktır.\n\nMülakatçılar: Selin Koç (Satın Alma Müdürü), Deniz Kaya (İK)\n\nBaşvurunuzu görüntüleyin",
        "Control, Turkish: a recruiting system's invitation to the candidate naming the interviewers (Wednesday 19 May 10:00-11:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(5, 13, 9, PRG)
    st = when(5, 21, "Fri", 13, 30, PRG)
    org = ("Vltava Energie – nábor", "nabor@vltava-energie.example")
    yield direct(
        f,
        "pozvanka_uchazec",
        "cs",
        org,
        ME,
        "Pozvánka na pohovor – mzdový účetní",
        sent,
        "Dobrý den, pane Morgane,\n\nzveme Vás na pohovor v pátek 21. května 2027 od 13:30 do 14:30 v naší kanceláři Na Pankráci 30, Praha 4.\n\nPohovor povedou Martin Král (vedoucí účtárny) a Lucie Dvořáková (HR).\n\nS pozdravem\nVltava Energie – nábor",
        "Control, Czech: the candidate's own invitation naming the two interviewers (Friday 21 May 13:30-14:30).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(5, 14, 10, SEL)
    st = when(5, 25, "Tue", 10, 0, SEL)
    org = ("채용 시스템", "recruit@hanbit.example")
    yield direct(
        f,
        "myeonjeop_annae_jiwonja",
        "ko",
        org,
        ("알렉스 모건", ME[1]),
        "[한빛물산] 면접 일정 안내",
        sent,
        "알렉스 모건 님, 안녕하세요.\n\n지원해 주셔서 감사합니다. 면접 일정을 안내드립니다.\n\n일시: 2027년 5월 25일(화) 오전 10시 ~ 11시\n장소: 본사 7층 회의실 A\n면접관: 김도윤 팀장, 이수진 과장\n\n감사합니다.",
        "Control, Korean: the candidate's own invitation naming the interviewers (Tuesday 25 May 10:00-11:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(5, 16, 10, RUH)
    st = when(5, 23, "Sun", 11, 0, RUH)
    org = ("بوابة التوظيف", "careers@najd-trading.example")
    yield direct(
        f,
        "daawa_muqabala",
        "ar",
        org,
        ME,
        "دعوة لحضور مقابلة شخصية",
        sent,
        "عزيزي أليكس مورغان،\n\nيسعدنا دعوتك لحضور مقابلة شخصية يوم الأحد 23 مايو 2027 من الساعة 11:00 صباحًا حتى 12:00 ظهرًا في مقر الشركة بالرياض.\n\nستجري المقابلة: نورة العتيبي (مديرة الموارد البشرية) وخالد الدوسري (مدير المشتريات).\n\nمع التحية،\nبوابة التوظيف",
        "Control, Arabic: the candidate's own invitation naming the interviewers (Sunday 23 May 11:00-12:00).",
        start=st,
        end=st + 60 * MIN,
    )


BUILDERS = [kinnote35, kinnoteasia35, kinfwd35, hmcome35, atsivw35, ownkin35, ownats35]

FIGURES = """## Figures

- First sight (parser at main bc5a211f with this batch, before any change; quick.py): dev
  look-alikes claimed with confidence >= 0.5: atsivw35 4 of 7 (ko, ru, tr, zh; Odoo's
  English sentence, pl and ro already read), hmcome35 5 of 6 (all but pl, whose CV line was
  read), kinfwd35 2 of 5 (cs 'pro mou ségru', zh '我表弟的'), kinnoteasia35 5 of 5; controls
  ownkin35 6 of 6 right and sure. Held out (counts only): kinnote35 5 of 5 claimed, ownats35
  5 of 5 right and sure. Split totals: dev false 31/3171, held-out false 109/1366.
- After the rules below: atsivw35, hmcome35, kinfwd35, kinnoteasia35 0 claimed; ownkin35 6
  of 6 right and sure; held out kinnote35 1 of 5 claimed, ownats35 5 of 5. Split totals: dev
  false 15/3171 (text 3536/3549, sure 3062, unchanged), held-out false 103/1366 (text
  1429/1507, unchanged); cmp.py: 22 better, 0 worse; held out 6 better, 0 worse.

## Rules and their sources

- `KIN_INTERVIEW_CUES`: the kin word with "my" as the subject of "has / is going to" an
  interview (pt-PT kinnoteasia35, ro, ru, cs, pl, es, en); a name between the kin word and
  the possessive (hi kinnoteasia35 and kinfwd35, tr genitive on the name, ar 'لديه مقابلة');
  zh and ko kin subjects with no first person before the interview noun (kinnoteasia35 zh,
  ko); cousins and in-laws (zh '表弟' kinfwd35, pt-PT 'cunhada' kinfwd35, es 'cuñada'); cs
  'pro mou ségru' (kinfwd35) beside the older 'for my', 'für meinen', 'pour mon'.
- `OTHERS_INTERVIEW_CUES`: a third person comes in for the interview, in the third person
  the candidate is never addressed in (hmcome35 cs, ro, ru, pt-PT, tr; en 'is coming in
  for an interview').
- `READER_ON_PANEL_CUES`: a recruiting system assigns the reader as interviewer (atsivw35
  ru, tr, ko, zh, ro, pl), the shape of Odoo's 'You have been assigned as an interviewer
  for the Applicant %s'.
- Tried and dropped: reading a forward whose own To is the very person the passed-on mail
  greets as that person's own (a parent passing the candidate's invitation on to them) made
  one held-out look-alike claimed: a forward to the person greeted may reach a delegate or
  assistant, and the parser does not know whose mailbox it is.
"""


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = [name for name, split in SPLITS.items() if split == "heldout"]
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    lines = [
        "# Provenance of the thirdparty35 batch",
        "",
        "Interviews that are not the reader's own as the candidate, in shapes and languages "
        "the older batches lacked: a relative's interview told in the relative's own words or "
        "forwarded with a note whose kin word stands in the nominative, after a name or is new "
        "(a cousin, a sister-in-law); a hiring manager telling a colleague that a candidate "
        "will come in; recruiting systems' interviewer notices (Odoo's English sentence, the "
        "same shape in other languages, hand-written). Controls: the reader's own interview "
        "forwarded to the reader by a relative whose mailbox it reached, and recruiting "
        "systems' invitations to the candidate naming the interviewers. People, companies, "
        "addresses and wording are ours except Odoo's sentence; dates May 2027.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, drawn by a seeded coin before "
        "anything was measured): " + ", ".join(sorted(held)) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_thirdparty35.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        FIGURES,
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
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-thirdparty35.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
