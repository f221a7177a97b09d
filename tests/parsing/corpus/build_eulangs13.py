# ruff: noqa: E501  (mail bodies keep the line breaks their writers typed)
"""Write the "eulangs13" batch: recruiting and scheduling mail typed by people in European
languages the corpus had little of.

Run: .venv/bin/python tests/parsing/corpus/build_eulangs13.py

Recruiters, HR assistants, hiring managers and agency consultants writing in Serbian (Latin and
Cyrillic), Irish, Welsh, Maltese, Luxembourgish, Slovenian, Latvian, Bulgarian, Slovak,
Galician, Icelandic, Polish, Czech, Hungarian, Romanian, Greek, Croatian, Lithuanian, Estonian,
Catalan and Ukrainian: each with its own way of writing the hour ('u 14 časova', 'ar a 2 a
chlog', 'am 2yh', 'fl-10.30', 'um 14 Auer', 'ob 14. uri', 'plkst. 14.00', 'в 14:00 ч.',
'o 14.00 hod.', 'ás 10.30 h', 'kl. 14', '14 órakor', 'ora 14:00', 'στις 14:00', 'u 14 sati',
'14 val.', 'kell 14', 'a les 14 h', 'о 14:00'), relative days, weekday with date, ranges, moves
and cancellations and phone one-liners. About 40 % are look-alikes in the same voices:
deadlines, availability requests, notes after an interview, events open to everyone. All
sentences are ours; month and weekday names (with their genitive and other inflected forms
where CLDR has them) were rendered with Babel's CLDR data and checked against the date. People,
companies and addresses are made up. Every label comes from the datetimes the text is rendered
from (zoneinfo; weekday names guarded) and was written before the parser was run on the
message. Mail helpers are those of build_parse-pos.py, loaded, not copied; messages in legacy
charsets (ISO-8859-2, windows-1251, ISO-8859-7, windows-1257) are built here with the stdlib.
Output is deterministic; the script deletes or writes only its own families.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import io
import sys
import textwrap
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType

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
at, Case, OWN = pp.at, pp.Case, pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = None

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "srbhr": "dev",
    "celtdesk": "dev",
    "lbmalta": "dev",
    "slolat": "dev",
    "bgslovak": "dev",
    "glishr": "dev",
    "agencyline": "dev",
    "shiftnote": "dev",
    "balkanlead": "heldout",
    "isleswest": "heldout",
    "balticua": "heldout",
}
SOURCES = {
    "srbhr": "HR assistants in Serbia writing in Serbian, Latin and Cyrillic script (sr-Latn, sr-Cyrl)",
    "celtdesk": "recruiters in Ireland and Wales writing in Irish and Welsh (ga, cy)",
    "lbmalta": "HR desks in Luxembourg and Malta writing in Luxembourgish and Maltese (lb, mt)",
    "slolat": "recruiters in Slovenia and Latvia (sl, lv)",
    "bgslovak": "HR assistants in Bulgaria and Slovakia (bg, sk), some in legacy charsets",
    "glishr": "HR desks in Galicia and Iceland (gl, is)",
    "agencyline": "agency consultants' short mails and phone one-liners (pl, cs, hu, ro, el, hr)",
    "shiftnote": "moves and cancellations typed by recruiters (lt, et, ca, uk, sk, pl, lv)",
    "balkanlead": "hiring managers writing themselves (sr, hr, bg, sl)",
    "isleswest": "small-firm owners and HR in Ireland, Wales, Malta, Luxembourg, Iceland",
    "balticua": "recruiters in Lithuania, Latvia, Estonia and Ukraine (lt, lv, et, uk)",
}
HAND = "hand-written by recruiters, HR assistants, hiring managers and agency consultants; " + OWN

# slot: (kind, (month, day, hour, minute, weekday), (end hour, minute) or None, zone stated)
Slot = tuple[str, tuple[int, int, int, int, str], tuple[int, int] | None, bool] | None
MAILS: list[dict[str, object]] = []


def year(month: int) -> int:
    return 2026 if month >= 11 else 2027


def m(
    family: str,
    name: str,
    lang: str,
    zone: str,
    sender: tuple[str, str],
    subject: str,
    sent: tuple[int, int, int, int],
    body: str,
    when: Slot,
    note: str,
    *,
    charset: str = "utf-8",
    cte: str = "qp",
    html: bool = False,
) -> None:
    MAILS.append(
        {
            "family": family,
            "name": name,
            "lang": lang,
            "zone": zone,
            "sender": sender,
            "subject": subject,
            "sent": sent,
            "body": textwrap.dedent(body).strip("\n") + "\n",
            "when": when,
            "note": note,
            "charset": charset,
            "cte": cte,
            "html": html,
        }
    )


def cldr(month: int, day: int, fmt: str, locale: str) -> str:
    """A date written with Babel's CLDR patterns (skeleton or pattern given)."""
    return format_date(datetime(year(month), month, day), fmt, locale=locale)


def _part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    cs.header_encoding = QP if charset in ("utf-8", "iso-8859-2") else BASE64
    part = MIMEText(body, subtype, cs)
    return part


def _to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    inner = "\n".join(
        "<p>" + "<br>\n".join(htmllib.escape(line) for line in p.splitlines()) + "</p>"
        for p in paras
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET">'
        '</head>\n<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        + inner
        + "\n</div></body></html>\n"
    )


def mail(item: dict[str, object], sent: datetime) -> bytes:
    key = f"eulangs13/{item['family']}/{item['name']}"
    text = str(item["body"])
    charset, cte = str(item["charset"]), str(item["cte"])
    message: Message
    if item["html"]:
        message = MIMEMultipart("alternative", boundary=f"=_eul13_{pp.digest(key, 'b')[:16]}")
        message.attach(_part(text, "plain", charset, cte))
        message.attach(_part(_to_html(text).replace("CHARSET", charset), "html", charset, cte))
    else:
        message = _part(text, "plain", charset, cte)
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    sender = item["sender"]
    assert isinstance(sender, tuple)
    subject = str(item["subject"])
    message["Date"] = format_datetime(sent)
    message["From"] = pp._addr(sender)
    message["To"] = pp._addr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, charset)
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{str(sender[1]).split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            message[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    return buffer.getvalue()


BEG, DUB, LON, LUX = "Europe/Belgrade", "Europe/Dublin", "Europe/London", "Europe/Luxembourg"
MLA, LJU, RIX, SOF = "Europe/Malta", "Europe/Ljubljana", "Europe/Riga", "Europe/Sofia"
BTS, MAD, REK, WAW = "Europe/Bratislava", "Europe/Madrid", "Atlantic/Reykjavik", "Europe/Warsaw"
PRG, BUD, BUH, ATH = "Europe/Prague", "Europe/Budapest", "Europe/Bucharest", "Europe/Athens"
ZAG, VNO, TLL, KYI = "Europe/Zagreb", "Europe/Vilnius", "Europe/Tallinn", "Europe/Kyiv"
INV, MOVE, CANCEL = "invitation", "reschedule", "cancellation"

# ------------------------------------------------------------------------------------- srbhr
F = "srbhr"
s = ("Jelena Marković", "jelena.markovic@dunavsoft.example.rs")
m(
    F,
    "latn_ucasova",
    "sr-Latn",
    BEG,
    s,
    "Poziv na razgovor - Junior QA inženjer",
    (1, 5, 10, 20),
    f"""
    Poštovani Alex,

    Hvala Vam na prijavi. Pozivamo Vas na razgovor u {cldr(1, 12, "EEEE, d. MMMM y.", "sr_Latn")}
    u 11 časova, u našoj kancelariji u Bulevaru oslobođenja 12, Novi Sad (3. sprat).

    Molimo Vas da potvrdite dolazak odgovorom na ovaj mejl.

    Srdačan pozdrav,
    Jelena Marković
    HR asistent, Dunav Soft
    """,
    (INV, (1, 12, 11, 0, "Tue"), None, False),
    "CLDR sr-Latn full date 'utorak, 12. januar 2027.' and 'u 11 časova'.",
)
m(
    F,
    "cyrl_od_do",
    "sr-Cyrl",
    BEG,
    s,
    "Разговор за посао – пословни аналитичар",
    (1, 7, 14, 5),
    f"""
    Поштовани Алекс,

    Ваш онлајн разговор заказан је за {cldr(1, 14, "d. MMMM y.", "sr")} ({cldr(1, 14, "EEEE", "sr")}),
    од 10.00 до 11.00 часова по београдском времену.
    Линк за Teams стиже дан раније.

    Срдачно,
    Јелена Марковић
    """,
    (INV, (1, 14, 10, 0, "Thu"), (11, 0), True),
    "Cyrillic 'од 10.00 до 11.00 часова по београдском времену' (Belgrade time).",
)
s2 = ("Nikola Petrović", "nikola@kosavaagency.example.rs")
m(
    F,
    "latn_sutra_h",
    "sr-Latn",
    BEG,
    s2,
    "sutra",
    (1, 19, 18, 40),
    """
    Alex, samo da potvrdim: sutra u 9.30h kod klijenta, Knez Mihailova 22, drugi sprat.
    Pitaj za Milicu na recepciji. Srećno!

    Nikola
    """,
    (INV, (1, 20, 9, 30, "Wed"), None, False),
    "One-liner 'sutra u 9.30h' (tomorrow), sent Tuesday evening.",
)
m(
    F,
    "cyrl_pomeren",
    "sr-Cyrl",
    BEG,
    s,
    "Измена термина разговора",
    (1, 25, 9, 0),
    """
    Поштовани Алекс,

    Због обавеза директора морамо да померимо Ваш разговор.
    Уместо у среду 27. јануара у 13 часова, разговор ће бити одржан
    у петак 29. јануара у 12 часова, на истој адреси.

    Извињавамо се због измене.
    Јелена Марковић
    """,
    (MOVE, (1, 29, 12, 0, "Fri"), None, False),
    "Move 'уместо у среду 27. јануара у 13 часова ... у петак 29. јануара у 12 часова'.",
)
m(
    F,
    "latn_otkazan",
    "sr-Latn",
    BEG,
    s2,
    "Otkazano: razgovor u ponedeljak",
    (2, 3, 16, 15),
    """
    Zdravo Alex,

    Nažalost, klijent je zamrznuo poziciju, pa se razgovor zakazan za ponedeljak
    8. februar u 10 časova otkazuje. Javiću ti čim se otvori nešto slično.

    Pozdrav,
    Nikola
    """,
    (CANCEL, (2, 8, 10, 0, "Mon"), None, False),
    "Cancellation of 'ponedeljak 8. februar u 10 časova'.",
)
m(
    F,
    "latn_rok_neg",
    "sr-Latn",
    BEG,
    s,
    "Dokumentacija za prijavu",
    (12, 8, 11, 0),
    """
    Poštovani Alex,

    Molimo Vas da nam najkasnije do petka, 11. decembra u 15 časova, pošaljete
    diplomu i dve preporuke. Nakon toga ćemo Vas obavestiti o terminu razgovora.

    Srdačan pozdrav,
    Jelena Marković
    """,
    NEG,
    "Document deadline 'do petka, 11. decembra u 15 časova'; the interview date comes later.",
)
m(
    F,
    "cyrl_hvala_neg",
    "sr-Cyrl",
    BEG,
    s,
    "Хвала на разговору",
    (1, 12, 15, 30),
    """
    Поштовани Алекс,

    Хвала Вам што сте данас дошли на разговор. Одлуку ћемо Вам саопштити
    најкасније до петка, 22. јануара до 16 часова.

    Срдачно,
    Јелена Марковић
    """,
    NEG,
    "Thanks after today's interview; the decision by Friday 22 January, 16:00.",
)
m(
    F,
    "latn_termini_neg",
    "sr-Latn",
    BEG,
    s2,
    "Termin za razgovor?",
    (2, 10, 12, 10),
    """
    Ćao Alex,

    Klijent bi želeo da te upozna sledeće nedelje. Koji ti termin odgovara:
    utorak 16. februar između 10 i 12h ili četvrtak 18. februar posle 14h?
    Čim mi javiš, šaljem potvrdu.

    Nikola
    """,
    NEG,
    "Availability request offering two windows; nothing is set yet.",
)

# ----------------------------------------------------------------------------------- celtdesk
F = "celtdesk"
s = ("Aoife Ní Bhriain", "aoife.nibhriain@udaras-teo.example.ie")
m(
    F,
    "ga_a_chlog",
    "ga",
    DUB,
    s,
    "Cuireadh chuig agallamh",
    (1, 6, 11, 30),
    f"""
    A Alex, a chara,

    Go raibh maith agat as d'iarratas ar phost an Oifigigh Cumarsáide.
    Ba mhaith linn agallamh a chur ort {cldr(1, 13, "EEEE d MMMM", "ga")} ar a 2 a chlog
    san iarnóin, inár n-oifig sa Cheathrú Rua.

    Le meas,
    Aoife Ní Bhriain
    Acmhainní Daonna
    """,
    (INV, (1, 13, 14, 0, "Wed"), None, False),
    "Irish CLDR 'Dé Céadaoin 13 Eanáir' and 'ar a 2 a chlog san iarnóin' (2 in the afternoon).",
)
m(
    F,
    "ga_rn_range",
    "ga",
    DUB,
    s,
    "Agallamh ar líne - Dé hAoine",
    (1, 18, 9, 45),
    """
    A Alex, a chara,

    Seo sonraí an agallaimh ar líne:
    Dáta: Dé hAoine 22 Eanáir 2027
    Am: 10:30 r.n. go 11:15 r.n. (am na hÉireann)
    Nasc: https://meet.udaras-teo.example/agallamh-22

    Le meas,
    Aoife
    """,
    (INV, (1, 22, 10, 30, "Fri"), (11, 15), True),
    "'10:30 r.n. go 11:15 r.n. (am na hÉireann)': Irish a.m. abbreviation, range, Irish time.",
)
m(
    F,
    "ga_amarach",
    "ga",
    DUB,
    s,
    "Amárach",
    (2, 1, 17, 10),
    """
    A Alex,

    Díreach le deimhniú: feicfimid thú amárach ag 9:30 ag an bhfáiltiú.
    Tabhair leat do phas, le do thoil.

    Aoife
    """,
    (INV, (2, 2, 9, 30, "Tue"), None, False),
    "'amárach ag 9:30' (tomorrow), sent Monday.",
)
s2 = ("Rhys ap Dafydd", "rhys@gwaithteg.example.cymru")
m(
    F,
    "cy_yh",
    "cy",
    LON,
    s2,
    "Gwahoddiad i gyfweliad",
    (1, 4, 10, 0),
    f"""
    Annwyl Alex,

    Diolch am eich cais am swydd Swyddog Marchnata. Hoffem eich gwahodd i gyfweliad
    ar ddydd Mawrth, {cldr(1, 12, "d MMMM y", "cy")} am 2yh yn ein swyddfa yng Nghaernarfon.

    Cofion,
    Rhys ap Dafydd
    Adnoddau Dynol
    """,
    (INV, (1, 12, 14, 0, "Tue"), None, False),
    "Welsh CLDR 'Dydd Mawrth, 12 Ionawr 2027' and 'am 2yh' (p.m. 'yr hwyr').",
)
m(
    F,
    "cy_rhwng",
    "cy",
    LON,
    s2,
    "Cyfweliad dros Teams",
    (1, 20, 15, 20),
    """
    Annwyl Alex,

    Bydd y cyfweliad dros Teams ddydd Iau 28 Ionawr rhwng 10:00 a 10:45 (amser y DU).
    Bydd y ddolen yn cyrraedd y diwrnod cynt.

    Cofion cynnes,
    Rhys
    """,
    (INV, (1, 28, 10, 0, "Thu"), (10, 45), True),
    "'ddydd Iau 28 Ionawr rhwng 10:00 a 10:45 (amser y DU)': between ... and, UK time.",
)
m(
    F,
    "cy_yfory_neg",
    "cy",
    LON,
    s2,
    "Diolch am heddiw",
    (1, 28, 16, 0),
    """
    Annwyl Alex,

    Diolch am ddod i'r cyfweliad heddiw. Byddwn yn cysylltu â chi erbyn dydd Gwener
    5 Chwefror am 5yh gyda'n penderfyniad.

    Cofion,
    Rhys
    """,
    NEG,
    "Thanks after today's interview; the decision by Friday 5 February, 5 p.m.",
)
m(
    F,
    "ga_lae_oscailte_neg",
    "ga",
    DUB,
    s,
    "Lá oscailte - fáilte roimh chách",
    (2, 8, 12, 0),
    """
    A chairde,

    Beidh lá oscailte earcaíochta againn Dé Sathairn 20 Feabhra ó 10 r.n. go 2 i.n.
    Níl gá le coinne; fáilte roimh gach duine.

    Aoife Ní Bhriain
    """,
    NEG,
    "Recruitment open day for everyone, Saturday 10 a.m. to 2 p.m.; no appointment.",
)

m(
    F,
    "cy_argaeledd_neg",
    "cy",
    LON,
    s2,
    "Pryd sy'n gyfleus?",
    (2, 1, 10, 0),
    """
    Annwyl Alex,

    Hoffem drefnu ail gyfweliad. Pa amser sy'n gyfleus i chi: dydd Mawrth 9 Chwefror
    rhwng 10yb a 12yp, neu ddydd Iau 11 Chwefror ar ôl 2yh? Anfonaf wahoddiad wedyn.

    Cofion,
    Rhys
    """,
    NEG,
    "Availability request offering two windows ('rhwng 10yb a 12yp', 'ar ôl 2yh'); nothing set.",
)

# ------------------------------------------------------------------------------------ lbmalta
F = "lbmalta"
s = ("Claudine Weber", "c.weber@moselfinanz.example.lu")
m(
    F,
    "lb_auer",
    "lb",
    LUX,
    s,
    "Invitatioun fir en Entretien",
    (12, 2, 9, 15),
    f"""
    Léiwen Alex,

    Merci fir Är Kandidatur. Mir géifen Iech gär op en Entretien invitéieren,
    e {cldr(12, 9, "EEEE, 'de' d. MMMM", "lb")} um 14 Auer bei eis am Büro zu Esch-Uelzecht.

    Mat beschte Gréiss,
    Claudine Weber
    Ressources humaines
    """,
    (INV, (12, 9, 14, 0, "Wed"), None, False),
    "Luxembourgish CLDR 'Mëttwoch, de 9. Dezember' and 'um 14 Auer'.",
)
m(
    F,
    "lb_vu_bis",
    "lb",
    LUX,
    s,
    "Video-Entretien",
    (1, 8, 11, 0),
    """
    Léiwen Alex,

    Den Entretien iwwer Teams ass e Méindeg, den 18. Januar, vun 10.30 bis 11.30 Auer.
    De Link kritt Dir den Dag virdrun.

    Schéine Gruss,
    Claudine
    """,
    (INV, (1, 18, 10, 30, "Mon"), (11, 30), False),
    "'e Méindeg, den 18. Januar, vun 10.30 bis 11.30 Auer' (from/until).",
)
m(
    F,
    "lb_muer",
    "lb",
    LUX,
    s,
    "Muer",
    (1, 26, 17, 30),
    """
    Moien Alex,

    Kuerz Bestätegung: muer de Moien um 9 Auer, Réception am Rez-de-chaussée.

    Claudine
    """,
    (INV, (1, 27, 9, 0, "Wed"), None, False),
    "'muer de Moien um 9 Auer' (tomorrow morning), sent Tuesday.",
)
s2 = ("Marija Camilleri", "marija.camilleri@ghawdexlogistics.example.mt")
m(
    F,
    "mt_fl",
    "mt",
    MLA,
    s2,
    "Stedina għal intervista",
    (1, 11, 10, 0),
    f"""
    Għażiż Alex,

    Grazzi tal-applikazzjoni tiegħek. Nixtiequ nistednuk għal intervista nhar
    it-Tlieta, {cldr(1, 19, "d 'ta’' MMMM", "mt")} fl-10:30 filgħodu fl-uffiċċju tagħna f'Ħal Qormi.

    Dejjem tiegħek,
    Marija Camilleri
    Riżorsi Umani
    """,
    (INV, (1, 19, 10, 30, "Tue"), None, False),
    "Maltese CLDR 'It-Tlieta, 19 ta’ Jannar' and 'fl-10:30 filgħodu' (in the morning).",
)
m(
    F,
    "mt_pm_range",
    "mt",
    MLA,
    s2,
    "Intervista online - 3 ta' Frar",
    (1, 27, 14, 40),
    """
    Għażiż Alex,

    L-intervista online se ssir nhar l-Erbgħa 3 ta' Frar mis-2:00pm sat-3:00pm (ħin ta' Malta).
    Il-link jintbagħat ġurnata qabel.

    Grazzi,
    Marija
    """,
    (INV, (2, 3, 14, 0, "Wed"), (15, 0), True),
    "'mis-2:00pm sat-3:00pm (ħin ta' Malta)': Maltese from/until prefixes, English pm, Malta time.",
)
m(
    F,
    "mt_skadenza_neg",
    "mt",
    MLA,
    s2,
    "Dokumenti meħtieġa",
    (2, 10, 9, 30),
    """
    Għażiż Alex,

    Jekk jogħġbok ibgħatilna l-kopja taċ-ċertifikati sa nhar il-Ġimgħa 19 ta' Frar
    f'nofsinhar. Wara nikkuntattjawk biex nieħdu appuntament għall-intervista.

    Marija
    """,
    NEG,
    "Document deadline Friday 19 February at noon; the interview comes later.",
)
m(
    F,
    "lb_feedback_neg",
    "lb",
    LUX,
    s,
    "Merci fir den Entretien",
    (1, 18, 15, 0),
    """
    Léiwen Alex,

    Villmools Merci fir dat gutt Gespréich haut. Mir mellen eis bis e Freideg,
    de 29. Januar um 12 Auer, mat enger Äntwert.

    Claudine
    """,
    NEG,
    "Thanks after today's interview; an answer by Friday 29 January at 12.",
)

m(
    F,
    "mt_grazzi_neg",
    "mt",
    MLA,
    s2,
    "Grazzi tal-intervista",
    (2, 3, 16, 30),
    """
    Għażiż Alex,

    Grazzi talli attendejt l-intervista llum. Nagħtuk risposta sa nhar il-Ħamis
    11 ta' Frar fil-5:00pm.

    Marija
    """,
    NEG,
    "Thanks after today's interview; an answer by Thursday 11 February at 5:00pm.",
)

# ------------------------------------------------------------------------------------- slolat
F = "slolat"
s = ("Maja Kovač", "maja.kovac@alpdata.example.si")
m(
    F,
    "sl_ob_uri",
    "sl",
    LJU,
    s,
    "Vabilo na razgovor",
    (12, 1, 13, 0),
    f"""
    Spoštovani g. Morgan,

    Zahvaljujemo se vam za prijavo. Vabimo vas na razgovor, ki bo
    v {cldr(12, 10, "EEEE, d. MMMM y", "sl")} ob 14. uri v naših prostorih na Dunajski 101, Ljubljana.

    Lep pozdrav,
    Maja Kovač
    Kadrovska služba
    """,
    (INV, (12, 10, 14, 0, "Thu"), None, False),
    "Slovenian CLDR 'četrtek, 10. december 2026' and 'ob 14. uri' (ordinal hour).",
)
m(
    F,
    "sl_od_do_ure",
    "sl",
    LJU,
    s,
    "Spletni razgovor",
    (1, 12, 10, 30),
    """
    Pozdravljeni,

    spletni razgovor bo v torek, 19. januarja 2027, od 9. do 10. ure.
    Povezavo za Zoom pošljem dan prej.

    Maja
    """,
    (INV, (1, 19, 9, 0, "Tue"), (10, 0), False),
    "'v torek, 19. januarja 2027, od 9. do 10. ure' (genitive month, ordinal hours).",
)
m(
    F,
    "sl_jutri",
    "sl",
    LJU,
    s,
    "jutri",
    (2, 3, 16, 50),
    """
    Živjo Alex,

    le še potrditev: jutri ob 11h pri nas, vhod z dvorišča.

    Maja
    """,
    (INV, (2, 4, 11, 0, "Thu"), None, False),
    "'jutri ob 11h' (tomorrow), sent Wednesday.",
)
s2 = ("Laura Bērziņa", "laura.berzina@dzintarsit.example.lv")
m(
    F,
    "lv_plkst",
    "lv",
    RIX,
    s2,
    "Uzaicinājums uz darba interviju",
    (1, 7, 9, 20),
    f"""
    Labdien, Alex!

    Paldies par Jūsu pieteikumu. Aicinām Jūs uz darba interviju:
    Datums: {cldr(1, 14, "EEEE, y. 'gada' d. MMMM", "lv")}
    Laiks: plkst. 14.00
    Vieta: mūsu birojs Rīgā, Brīvības ielā 88

    Ar cieņu
    Laura Bērziņa
    Personāla daļa
    """,
    (INV, (1, 14, 14, 0, "Thu"), None, False),
    "Latvian CLDR 'ceturtdiena, 2027. gada 14. janvāris' and 'plkst. 14.00'.",
)
m(
    F,
    "lv_no_lidz",
    "lv",
    RIX,
    s2,
    "Tiešsaistes intervija 2. februārī",
    (1, 26, 11, 15),
    """
    Labdien, Alex!

    Tiešsaistes intervija notiks otrdien, 2. februārī, no plkst. 10.00 līdz 11.00
    (Rīgas laiks). Saiti nosūtīsim dienu iepriekš.

    Ar cieņu
    Laura
    """,
    (INV, (2, 2, 10, 0, "Tue"), (11, 0), True),
    "'otrdien, 2. februārī, no plkst. 10.00 līdz 11.00 (Rīgas laiks)': locative day and month.",
)
m(
    F,
    "lv_termins_neg",
    "lv",
    RIX,
    s2,
    "Dokumentu iesniegšana",
    (2, 9, 10, 0),
    """
    Labdien, Alex!

    Lūdzam līdz piektdienai, 19. februārim, plkst. 12.00 iesniegt diplomu kopijas.
    Pēc tam sazināsimies par intervijas laiku.

    Laura
    """,
    NEG,
    "Document deadline 'līdz piektdienai, 19. februārim, plkst. 12.00'.",
)
m(
    F,
    "sl_dan_odprtih_neg",
    "sl",
    LJU,
    s,
    "Dan odprtih vrat",
    (2, 15, 9, 0),
    """
    Pozdravljeni,

    vabimo vse kandidate na dan odprtih vrat v soboto, 27. februarja, od 10. do 13. ure.
    Prijava ni potrebna.

    Kadrovska služba, Alpdata d.o.o.
    """,
    NEG,
    "Open day for all candidates, Saturday 10 to 13; no registration.",
)

m(
    F,
    "sl_termin_neg",
    "sl",
    LJU,
    s,
    "Termin za drugi krog",
    (1, 25, 9, 0),
    """
    Pozdravljeni,

    za drugi krog bi vas radi povabili naslednji teden. Kdaj vam ustreza: v ponedeljek,
    1. februarja, dopoldne ali v torek, 2. februarja, po 13. uri? Potem pošljem vabilo.

    Maja Kovač
    """,
    NEG,
    "Availability request: Monday morning or Tuesday after 13; nothing set.",
)

# ----------------------------------------------------------------------------------- bgslovak
F = "bgslovak"
s = ("Десислава Иванова", "d.ivanova@vitoshasoft.example.bg")
m(
    F,
    "bg_ch",
    "bg",
    SOF,
    s,
    "Покана за интервю",
    (1, 5, 11, 10),
    f"""
    Здравейте, Алекс,

    Благодарим Ви за кандидатурата. Каним Ви на интервю на {cldr(1, 13, "d MMMM y 'г.'", "bg")}
    ({cldr(1, 13, "EEEE", "bg")}) в 14:00 ч. в офиса ни на бул. „Цариградско шосе“ 115, София.

    Поздрави,
    Десислава Иванова
    Човешки ресурси
    """,
    (INV, (1, 13, 14, 0, "Wed"), None, False),
    "Bulgarian CLDR '13 януари 2027 г. (сряда)' and 'в 14:00 ч.'; windows-1251, base64.",
    charset="windows-1251",
    cte="b64",
)
m(
    F,
    "bg_ot_do",
    "bg",
    SOF,
    s,
    "Онлайн интервю",
    (1, 20, 16, 0),
    """
    Здравейте, Алекс,

    Онлайн интервюто е във вторник, 26 януари, от 10:30 до 11:30 ч. българско време.
    Линк за Zoom ще получите ден по-рано.

    Поздрави,
    Десислава
    """,
    (INV, (1, 26, 10, 30, "Tue"), (11, 30), True),
    "'от 10:30 до 11:30 ч. българско време' (Bulgarian time).",
)
m(
    F,
    "bg_utre",
    "bg",
    SOF,
    s,
    "утре",
    (2, 2, 18, 0),
    """
    Алекс, потвърждавам за утре в 11 ч. в офиса, 3-ти етаж. Поздрави, Деси
    """,
    (INV, (2, 3, 11, 0, "Wed"), None, False),
    "One-liner 'утре в 11 ч.' (tomorrow), sent Tuesday.",
)
s2 = ("Zuzana Horváthová", "zuzana.horvathova@tatrasoft.example.sk")
m(
    F,
    "sk_hod",
    "sk",
    BTS,
    s2,
    "Pozvánka na pohovor",
    (12, 3, 9, 40),
    f"""
    Dobrý deň, pán Morgan,

    ďakujeme za Váš záujem o pozíciu. Pozývame Vás na osobný pohovor
    v {cldr(12, 10, "EEEE d. MMMM y", "sk")} o 10.30 hod. v našej kancelárii
    na Mlynských nivách 5 v Bratislave.

    S pozdravom
    Zuzana Horváthová
    personálne oddelenie
    """,
    (INV, (12, 10, 10, 30, "Thu"), None, False),
    "Slovak CLDR 'štvrtok 10. decembra 2026' (genitive month) and 'o 10.30 hod.'; ISO-8859-2.",
    charset="iso-8859-2",
)
m(
    F,
    "sk_zajtra_tej",
    "sk",
    BTS,
    s2,
    "Zajtra",
    (1, 13, 17, 20),
    """
    Dobrý deň,

    len potvrdzujem zajtrajší pohovor o 9-tej, recepcia na prízemí.

    Zuzana
    """,
    (INV, (1, 14, 9, 0, "Thu"), None, False),
    "'zajtrajší pohovor o 9-tej' (tomorrow's interview at nine, ordinal hour), sent Wednesday.",
)
m(
    F,
    "sk_dostupnost_neg",
    "sk",
    BTS,
    s2,
    "Termín pohovoru",
    (1, 25, 10, 0),
    """
    Dobrý deň, pán Morgan,

    radi by sme Vás pozvali na druhé kolo. Prosím, napíšte mi, ktorý termín Vám vyhovuje:
    utorok 2. februára od 9:00 do 12:00 alebo štvrtok 4. februára po 13:00.

    S pozdravom
    Zuzana Horváthová
    """,
    NEG,
    "Availability request with two windows; no time is set.",
    charset="iso-8859-2",
)
m(
    F,
    "bg_spisak_neg",
    "bg",
    SOF,
    s,
    "Благодарим за интервюто",
    (1, 26, 13, 0),
    """
    Здравейте, Алекс,

    Благодарим Ви за днешното интервю. Ще Ви отговорим до петък, 5 февруари, 17:00 ч.

    Поздрави,
    Десислава Иванова
    """,
    NEG,
    "Thanks after today's interview; an answer by Friday 5 February, 17:00.",
    charset="windows-1251",
    cte="b64",
)

m(
    F,
    "sk_zivotopis_neg",
    "sk",
    BTS,
    s2,
    "Doplnenie životopisu",
    (1, 8, 9, 0),
    """
    Dobrý deň, pán Morgan,

    prosím, pošlite nám aktualizovaný životopis najneskôr do piatku 15. januára do 12.00 hod.
    O termíne pohovoru Vás budeme informovať.

    Zuzana Horváthová
    """,
    NEG,
    "CV deadline 'do piatku 15. januára do 12.00 hod.'; the interview date comes later.",
    charset="iso-8859-2",
)

# ------------------------------------------------------------------------------------- glishr
F = "glishr"
s = ("Uxía Castro", "uxia.castro@rianxotec.example.gal")
m(
    F,
    "gl_as_h",
    "gl",
    MAD,
    s,
    "Convocatoria de entrevista",
    (1, 8, 10, 0),
    f"""
    Estimado Alex:

    Grazas pola túa candidatura. Convocámoste a unha entrevista o
    {cldr(1, 15, "EEEE, d 'de' MMMM", "gl")} ás 10.30 h nas nosas oficinas da rúa do Vilar, Santiago.

    Un saúdo,
    Uxía Castro
    Recursos Humanos
    """,
    (INV, (1, 15, 10, 30, "Fri"), None, False),
    "Galician CLDR 'venres, 15 de xaneiro' and 'ás 10.30 h'.",
)
m(
    F,
    "gl_das_as",
    "gl",
    MAD,
    s,
    "Entrevista en liña",
    (1, 21, 12, 30),
    """
    Ola Alex:

    A entrevista en liña será o martes 26 de xaneiro, das 16 ás 17 h (hora peninsular).
    Mandámosche a ligazón a véspera.

    Saúdos,
    Uxía
    """,
    (INV, (1, 26, 16, 0, "Tue"), (17, 0), True),
    "'das 16 ás 17 h (hora peninsular)': Galician from/until, peninsular Spanish time.",
)
m(
    F,
    "gl_mana",
    "gl",
    MAD,
    s,
    "mañá",
    (2, 4, 18, 15),
    """
    Alex, confírmoche mañá ás 12 na recepción. Pregunta por min. Uxía
    """,
    (INV, (2, 5, 12, 0, "Fri"), None, False),
    "One-liner 'mañá ás 12' (tomorrow), sent Thursday.",
)
s2 = ("Sigrún Jónsdóttir", "sigrun@hafgola.example.is")
m(
    F,
    "is_kl",
    "is",
    REK,
    s2,
    "Boð í atvinnuviðtal",
    (1, 4, 13, 0),
    f"""
    Sæll Alex,

    Takk fyrir umsóknina. Við viljum bjóða þér í viðtal þriðjudaginn {cldr(1, 12, "d. MMMM", "is")}
    kl. 14 á skrifstofu okkar í Borgartúni 25.

    Kveðja,
    Sigrún Jónsdóttir
    mannauðsstjóri
    """,
    (INV, (1, 12, 14, 0, "Tue"), None, False),
    "Icelandic 'þriðjudaginn 12. janúar' (accusative weekday, CLDR month) and 'kl. 14'.",
)
m(
    F,
    "is_fra_til",
    "is",
    REK,
    s2,
    "Fjarviðtal",
    (1, 19, 10, 0),
    """
    Sæll Alex,

    Fjarviðtalið verður fimmtudaginn 28. janúar frá kl. 9:30 til 10:30.
    Hlekkurinn kemur daginn áður.

    Kveðja,
    Sigrún
    """,
    (INV, (1, 28, 9, 30, "Thu"), (10, 30), False),
    "'fimmtudaginn 28. janúar frá kl. 9:30 til 10:30' (from/until).",
)
m(
    F,
    "is_starfsdagur_neg",
    "is",
    REK,
    s2,
    "Kynningarfundur fyrir alla umsækjendur",
    (2, 1, 9, 0),
    """
    Sæl öll,

    Kynningarfundur fyrir alla umsækjendur verður haldinn laugardaginn 13. febrúar
    kl. 11 í Hörpu. Ekki þarf að skrá sig.

    Sigrún Jónsdóttir
    """,
    NEG,
    "Information meeting for all applicants, Saturday at 11; no registration.",
)
m(
    F,
    "gl_prazo_neg",
    "gl",
    MAD,
    s,
    "Documentación pendente",
    (2, 8, 11, 0),
    """
    Ola Alex:

    Lémbrote que o prazo para enviar a proba técnica remata o venres 12 de febreiro
    ás 14.00 h. Despois diso contactaremos contigo.

    Uxía
    """,
    NEG,
    "Deadline for the technical test, Friday 12 February 14.00; contact comes after.",
)

m(
    F,
    "is_frestur_neg",
    "is",
    REK,
    s2,
    "Verkefni fyrir viðtal",
    (1, 13, 15, 0),
    """
    Sæll Alex,

    Takk fyrir spjallið í gær. Vinsamlegast skilaðu verkefninu fyrir kl. 12 föstudaginn
    22. janúar. Við höfum svo samband varðandi næsta viðtal.

    Sigrún
    """,
    NEG,
    "Task deadline 'fyrir kl. 12 föstudaginn 22. janúar'; the next interview comes later.",
)

# --------------------------------------------------------------------------------- agencyline
F = "agencyline"
s = ("Katarzyna Wójcik", "k.wojcik@wislatalent.example.pl")
m(
    F,
    "pl_godz",
    "pl",
    WAW,
    s,
    "Spotkanie z klientem - potwierdzenie",
    (1, 8, 12, 0),
    f"""
    Cześć Alex,

    potwierdzam spotkanie z klientem w środę, {cldr(1, 13, "d MMMM", "pl")} o godz. 15:30,
    ul. Grzybowska 62, Warszawa. Rozmowa potrwa do 16:30.

    Pozdrawiam
    Kasia Wójcik
    Wisła Talent
    """,
    (INV, (1, 13, 15, 30, "Wed"), (16, 30), False),
    "Polish 'w środę, 13 stycznia' (CLDR genitive month) 'o godz. 15:30', 'potrwa do 16:30'.",
    charset="iso-8859-2",
    html=True,
)
s2 = ("Petra Dvořáková", "petra.dvorakova@vltavapeople.example.cz")
m(
    F,
    "cs_hod",
    "cs",
    PRG,
    s2,
    "Pohovor u klienta",
    (1, 11, 9, 0),
    f"""
    Dobrý den, Alexi,

    klient Vás rád uvidí v {cldr(1, 19, "EEEE d. MMMM", "cs")} v 14.00 hod.
    v jejich kanceláři na Rohanském nábřeží 15, Praha 8.

    S pozdravem
    Petra Dvořáková
    """,
    (INV, (1, 19, 14, 0, "Tue"), None, False),
    "Czech 'v úterý 19. ledna' (CLDR genitive) 'v 14.00 hod.'; ISO-8859-2.",
    charset="iso-8859-2",
)
s3 = ("Szabó Eszter", "szabo.eszter@dunatalent.example.hu")
m(
    F,
    "hu_orakor",
    "hu",
    BUD,
    s3,
    "Interjú időpont",
    (1, 14, 10, 30),
    """
    Kedves Alex!

    Az ügyfél január 21-én (csütörtökön) 10 órakor várja Önt a Váci úti irodájában.
    Kérem, jelezze vissza, hogy megfelel-e.

    Üdvözlettel:
    Szabó Eszter
    """,
    (INV, (1, 21, 10, 0, "Thu"), None, False),
    "Hungarian 'január 21-én (csütörtökön) 10 órakor' (case suffixes on day and hour).",
)
m(
    F,
    "hu_holnap",
    "hu",
    BUD,
    s3,
    "holnap",
    (1, 25, 17, 45),
    """
    Alex, holnap fél 3-kor az ügyfélnél, recepción kérdezz rám. Eszter
    """,
    (INV, (1, 26, 14, 30, "Tue"), None, False),
    "One-liner 'holnap fél 3-kor' (tomorrow at half past two, afternoon by context).",
)
s4 = ("Andreea Popescu", "andreea.popescu@carpatirecruit.example.ro")
m(
    F,
    "ro_ora",
    "ro",
    BUH,
    s4,
    "Interviu cu clientul nostru",
    (1, 28, 11, 0),
    f"""
    Bună ziua, Alex,

    Interviul cu clientul este programat {cldr(2, 3, "EEEE, d MMMM", "ro")}, între orele 11:00 și 12:00,
    la sediul din Calea Victoriei 155, București.

    Cu stimă,
    Andreea Popescu
    """,
    (INV, (2, 3, 11, 0, "Wed"), (12, 0), False),
    "Romanian CLDR 'miercuri, 3 februarie', 'între orele 11:00 și 12:00'.",
    html=True,
)
s5 = ("Ελένη Παπαδοπούλου", "e.papadopoulou@aegeantalent.example.gr")
m(
    F,
    "el_stis",
    "el",
    ATH,
    s5,
    "Συνέντευξη με τον πελάτη",
    (2, 2, 12, 20),
    f"""
    Καλησπέρα Alex,

    Η συνέντευξη με τον πελάτη ορίστηκε για την {cldr(2, 9, "EEEE d MMMM", "el")} στις 13:00
    στα γραφεία τους στη Λεωφόρο Κηφισίας 44, Μαρούσι.

    Φιλικά,
    Ελένη Παπαδοπούλου
    """,
    (INV, (2, 9, 13, 0, "Tue"), None, False),
    "Greek CLDR 'Τρίτη 9 Φεβρουαρίου' (genitive month) and 'στις 13:00'; ISO-8859-7.",
    charset="iso-8859-7",
)
s6 = ("Ivana Horvat", "ivana.horvat@jadrantalent.example.hr")
m(
    F,
    "hr_sati",
    "hr",
    ZAG,
    s6,
    "Razgovor kod klijenta",
    (2, 8, 9, 30),
    f"""
    Bok Alex,

    klijent te zove na razgovor u {cldr(2, 11, "EEEE, d. MMMM", "hr")} u 14 sati, Radnička cesta 80.
    Javi mi samo da si vidio.

    Ivana
    """,
    (INV, (2, 11, 14, 0, "Thu"), None, False),
    "Croatian 'u četvrtak, 11. veljače' (CLDR genitive) 'u 14 sati'.",
)
m(
    F,
    "pl_dostepnosc_neg",
    "pl",
    WAW,
    s,
    "Twoja dostępność",
    (2, 1, 10, 0),
    """
    Cześć Alex,

    klient chce umówić drugi etap. Daj znać, kiedy możesz: środa 10 lutego
    między 9 a 12 albo piątek 12 lutego po 14. Potem wyślę potwierdzenie.

    Kasia
    """,
    NEG,
    "Availability request with two windows; nothing is set.",
    charset="iso-8859-2",
    html=True,
)
m(
    F,
    "cs_feedback_neg",
    "cs",
    PRG,
    s2,
    "Zpětná vazba po pohovoru",
    (1, 19, 17, 0),
    """
    Dobrý den, Alexi,

    děkuji za dnešní pohovor. Klient se ozve se zpětnou vazbou do pátku 29. ledna do 12 hod.

    Petra
    """,
    NEG,
    "Note after today's interview; feedback by Friday 29 January, 12:00.",
    charset="iso-8859-2",
)
m(
    F,
    "ro_termen_neg",
    "ro",
    BUH,
    s4,
    "Test online",
    (2, 10, 9, 0),
    """
    Bună ziua, Alex,

    Vă rog să completați testul online până joi, 18 februarie, ora 18:00.
    Linkul expiră după această dată.

    Andreea
    """,
    NEG,
    "Online test deadline 'până joi, 18 februarie, ora 18:00'.",
)
m(
    F,
    "el_ekdilosi_neg",
    "el",
    ATH,
    s5,
    "Ημέρα καριέρας",
    (2, 15, 10, 0),
    """
    Καλημέρα,

    Σας προσκαλούμε στην Ημέρα Καριέρας το Σάββατο 27 Φεβρουαρίου, 10:00-15:00,
    στο Ζάππειο. Η είσοδος είναι ελεύθερη για όλους.

    Ελένη
    """,
    NEG,
    "Career day open to everyone, Saturday 10:00-15:00.",
    charset="iso-8859-7",
)

m(
    F,
    "hu_idopont_neg",
    "hu",
    BUD,
    s3,
    "Mikor érne rá?",
    (2, 4, 11, 0),
    """
    Kedves Alex!

    Az ügyfél szeretne egy második kört. Mikor érne rá: február 9-én (kedden) 9 és 12 óra
    között, vagy február 10-én (szerdán) 14 óra után? Utána küldöm a megerősítést.

    Üdv:
    Eszter
    """,
    NEG,
    "Availability request: 'február 9-én (kedden) 9 és 12 óra között' or Wednesday after 14.",
)

# ---------------------------------------------------------------------------------- shiftnote
F = "shiftnote"
s = ("Rūta Kazlauskienė", "ruta.k@nemunotech.example.lt")
m(
    F,
    "lt_perkeliame",
    "lt",
    VNO,
    s,
    "Pokalbio laiko pakeitimas",
    (1, 11, 10, 0),
    """
    Laba diena, Alex,

    Dėl vadovo komandiruotės perkeliame Jūsų pokalbį iš sausio 13 d. 10 val.
    į sausio 15 d. (penktadienį) 13.30 val. Vieta ta pati.

    Pagarbiai
    Rūta Kazlauskienė
    """,
    (MOVE, (1, 15, 13, 30, "Fri"), None, False),
    "Lithuanian move 'iš sausio 13 d. 10 val. į sausio 15 d. (penktadienį) 13.30 val.'.",
    charset="windows-1257",
)
s2 = ("Kadri Tamm", "kadri.tamm@saarsoft.example.ee")
m(
    F,
    "et_tuhistatud",
    "et",
    TLL,
    s2,
    "Vestlus tühistatud",
    (1, 18, 14, 0),
    """
    Tere, Alex!

    Kahjuks peame neljapäevaks, 21. jaanuariks kell 11 planeeritud vestluse tühistama,
    sest ametikoht on ajutiselt külmutatud. Anname teada, kui olukord muutub.

    Parimat
    Kadri Tamm
    """,
    (CANCEL, (1, 21, 11, 0, "Thu"), None, False),
    "Estonian cancellation of 'neljapäevaks, 21. jaanuariks kell 11' (translative case).",
)
s3 = ("Montserrat Puig", "mpuig@deltatec.example.cat")
m(
    F,
    "ca_canvi",
    "ca",
    MAD,
    s3,
    "Canvi d'hora de l'entrevista",
    (1, 25, 9, 30),
    """
    Hola Alex,

    T'escric per canviar l'hora de l'entrevista de dijous: en lloc de les 10 h,
    serà a les 12.30 h, el mateix dia (28 de gener), al mateix lloc.

    Gràcies i perdona les molèsties,
    Montserrat
    """,
    (MOVE, (1, 28, 12, 30, "Thu"), None, False),
    "Catalan move of the hour on the same day: 'en lloc de les 10 h, serà a les 12.30 h'.",
)
s4 = ("Оксана Бондаренко", "o.bondarenko@dniprohire.example.ua")
m(
    F,
    "uk_perenesennia",
    "uk",
    KYI,
    s4,
    "Перенесення співбесіди",
    (2, 1, 11, 0),
    """
    Добрий день, Алексе!

    Змушені перенести співбесіду з вівторка, 2 лютого, на четвер, 4 лютого, о 15:00
    (за київським часом). Посилання залишається те саме.

    З повагою,
    Оксана Бондаренко
    """,
    (MOVE, (2, 4, 15, 0, "Thu"), None, True),
    "Ukrainian move 'з вівторка, 2 лютого, на четвер, 4 лютого, о 15:00 (за київським часом)'.",
)
s5 = ("Martin Kováč", "martin.kovac@dunajhire.example.sk")
m(
    F,
    "sk_zrusene",
    "sk",
    BTS,
    s5,
    "Zrušenie pohovoru",
    (2, 5, 8, 30),
    """
    Dobrý deň,

    ospravedlňujeme sa, ale pohovor v pondelok 8. februára o 9:00 hod. musíme zrušiť.
    Nový termín Vám navrhneme budúci týždeň.

    Martin Kováč
    """,
    (CANCEL, (2, 8, 9, 0, "Mon"), None, False),
    "Slovak cancellation of 'v pondelok 8. februára o 9:00 hod.'.",
)
s6 = ("Tomasz Nowak", "tomasz.nowak@baltykit.example.pl")
m(
    F,
    "pl_przesuniecie",
    "pl",
    WAW,
    s6,
    "Re: rozmowa jutro",
    (2, 9, 16, 30),
    """
    Cześć Alex,

    jutro jednak nie dam rady o 10, możemy przesunąć na 13:00? Ten sam link.

    Tomek
    """,
    (MOVE, (2, 10, 13, 0, "Wed"), None, False),
    "Polish move of tomorrow's 10 to 13:00, sent Tuesday.",
)
m(
    F,
    "lt_atsiliepimas_neg",
    "lt",
    VNO,
    s,
    "Ačiū už pokalbį",
    (1, 15, 15, 0),
    """
    Laba diena, Alex,

    Dėkojame už šiandienos pokalbį. Sprendimą pranešime iki sausio 22 d. 16 val.

    Pagarbiai
    Rūta
    """,
    NEG,
    "Thanks after today's interview; the decision by 22 January 16:00.",
    charset="windows-1257",
)
m(
    F,
    "et_infopaev_neg",
    "et",
    TLL,
    s2,
    "Infopäev kõigile",
    (2, 8, 10, 0),
    """
    Tere!

    Saarsoft korraldab reedel, 19. veebruaril kell 16–18 infopäeva kõigile huvilistele.
    Registreerimist pole vaja.

    Kadri Tamm
    """,
    NEG,
    "Information day for everyone, Friday 16-18.",
)

m(
    F,
    "uk_vebinar_neg",
    "uk",
    KYI,
    s4,
    "Вебінар для всіх кандидатів",
    (2, 8, 10, 0),
    """
    Доброго дня!

    Запрошуємо всіх кандидатів на відкритий вебінар про компанію в четвер, 18 лютого,
    о 18:00. Реєстрація за посиланням: https://dniprohire.example.ua/webinar

    Оксана Бондаренко
    """,
    NEG,
    "Webinar open to all candidates, Thursday 18 February 18:00.",
)

# --------------------------------------------------------------------------------- balkanlead
F = "balkanlead"
s = ("Marko Jovanović", "marko.jovanovic@savalabs.example.rs")
m(
    F,
    "sr_latn_direktno",
    "sr-Latn",
    BEG,
    s,
    "Razgovor - backend",
    (1, 13, 20, 15),
    """
    Zdravo Alex,

    ja sam tim lider za backend. Hajde da se vidimo u ponedeljak, 18. januara,
    u 13h u kancelariji (Savski nasip 7). Računaj na sat vremena, do 14h.

    Marko
    """,
    (INV, (1, 18, 13, 0, "Mon"), (14, 0), False),
    "Hiring manager: 'u ponedeljak, 18. januara, u 13h ... do 14h'.",
)
m(
    F,
    "sr_cyrl_neg",
    "sr-Cyrl",
    BEG,
    s,
    "Утисци после разговора",
    (1, 18, 16, 0),
    """
    Здраво Алекс,

    хвала на данашњем разговору. Са тимом се видим у четвртак у 10 да донесемо одлуку,
    па ћеш имати одговор до краја недеље.

    Марко
    """,
    NEG,
    "Note after the interview naming the team's own meeting on Thursday at 10.",
)
s2 = ("Tomislav Babić", "tomislav.babic@istrasoft.example.hr")
m(
    F,
    "hr_sutra",
    "hr",
    ZAG,
    s2,
    "sutra",
    (2, 1, 19, 0),
    """
    Alex, vidimo se sutra u 11 sati kod nas u Rijeci. Tomislav
    """,
    (INV, (2, 2, 11, 0, "Tue"), None, False),
    "One-liner 'sutra u 11 sati', sent Monday.",
)
s3 = ("Георги Петров", "g.petrov@rilatech.example.bg")
m(
    F,
    "bg_chasa",
    "bg",
    SOF,
    s3,
    "Техническо интервю",
    (1, 20, 12, 0),
    """
    Здравей, Алекс,

    аз съм ръководителят на екипа. Техническото интервю ще е в петък, 29 януари,
    от 15 до 16:30 часа, онлайн. Линк ще ти пратя сутринта.

    Георги
    """,
    (INV, (1, 29, 15, 0, "Fri"), (16, 30), False),
    "Bulgarian 'в петък, 29 януари, от 15 до 16:30 часа'.",
)
s4 = ("Luka Novak", "luka.novak@krasdata.example.si")
m(
    F,
    "sl_prestavitev",
    "sl",
    LJU,
    s4,
    "Prestavitev razgovora",
    (2, 12, 9, 0),
    """
    Živjo Alex,

    moram prestaviti najin razgovor s torka, 16. februarja, na sredo, 17. februarja,
    ob 10. uri. Ostalo ostane isto.

    Luka
    """,
    (MOVE, (2, 17, 10, 0, "Wed"), None, False),
    "Slovenian move 's torka, 16. februarja, na sredo, 17. februarja, ob 10. uri'.",
)
m(
    F,
    "hr_rok_neg",
    "hr",
    ZAG,
    s2,
    "Zadatak",
    (2, 2, 15, 0),
    """
    Bok Alex,

    hvala na razgovoru. Pošalji mi riješeni zadatak do srijede, 10. veljače u 9 sati,
    pa ćemo vidjeti dalje.

    Tomislav
    """,
    NEG,
    "Take-home task deadline 'do srijede, 10. veljače u 9 sati'.",
)

# ---------------------------------------------------------------------------------- isleswest
F = "isleswest"
s = ("Seán Ó Murchú", "sean@bacuil.example.ie")
m(
    F,
    "ga_in",
    "ga",
    DUB,
    s,
    "Agallamh Déardaoin",
    (1, 15, 12, 0),
    """
    A Alex,

    An bhféadfá teacht isteach Déardaoin 21 Eanáir ag 3 i.n.? Beidh mé féin agus
    Máire ann. Beidh sé thart faoi 4.

    Seán
    """,
    NEG,
    "A question: could you come on Thursday at 3 p.m.? Nothing is set until the reader agrees.",
)
m(
    F,
    "ga_deimhniu",
    "ga",
    DUB,
    s,
    "Deimhniú: Déardaoin",
    (1, 16, 9, 0),
    """
    A Alex,

    Go hiontach, tá sé socraithe mar sin: Déardaoin 21 Eanáir ar 3 i.n. san oifig
    ar Shráid na Siopaí. Go dtí sin!

    Seán
    """,
    (INV, (1, 21, 15, 0, "Thu"), None, False),
    "Irish confirmation 'Déardaoin 21 Eanáir ar 3 i.n.' (p.m. abbreviation).",
)
s2 = ("Elin Pritchard", "elin@llechi.example.cymru")
m(
    F,
    "cy_yfory",
    "cy",
    LON,
    s2,
    "Yfory",
    (2, 8, 17, 0),
    """
    Helo Alex,

    Dim ond i gadarnhau: yfory am 10 o'r gloch y bore yn y swyddfa ym Methesda.

    Elin
    """,
    (INV, (2, 9, 10, 0, "Tue"), None, False),
    "Welsh 'yfory am 10 o'r gloch y bore' (tomorrow), sent Monday.",
)
s3 = ("Joseph Borg", "joseph@vallettadesign.example.mt")
m(
    F,
    "mt_fis",
    "mt",
    MLA,
    s3,
    "Laqgħa għada",
    (2, 3, 18, 0),
    """
    Hi Alex,

    Nikkonferma għada fid-9:30 l-uffiċċju tagħna l-Belt. Ċempilli jekk ikollok problema.

    Joseph
    """,
    (INV, (2, 4, 9, 30, "Thu"), None, False),
    "Maltese 'għada fid-9:30' (tomorrow), sent Wednesday.",
)
s4 = ("Tom Schmit", "tom@schmit-bau.example.lu")
m(
    F,
    "lb_ofgesot",
    "lb",
    LUX,
    s4,
    "Entretien ofgesot",
    (2, 15, 8, 0),
    """
    Moien Alex,

    Leider musse mer den Entretien vun e Mëttwoch, de 17. Februar um 15 Auer, ofsoen.
    Ech mellen mech fir en neien Termin.

    Tom Schmit
    """,
    (CANCEL, (2, 17, 15, 0, "Wed"), None, False),
    "Luxembourgish cancellation 'e Mëttwoch, de 17. Februar um 15 Auer'.",
)
s5 = ("Gunnar Helgason", "gunnar@fjardarbraut.example.is")
m(
    F,
    "is_klukkan",
    "is",
    REK,
    s5,
    "Viðtal á föstudag",
    (2, 22, 11, 0),
    """
    Sæll Alex,

    Eins og við ræddum í síma: viðtalið verður föstudaginn 26. febrúar klukkan hálf tvö.
    Við erum á Laugavegi 40, 3. hæð.

    Gunnar
    """,
    (INV, (2, 26, 13, 30, "Fri"), None, False),
    "Icelandic 'föstudaginn 26. febrúar klukkan hálf tvö' (half two = 13:30 in office hours).",
)

# ----------------------------------------------------------------------------------- balticua
F = "balticua"
s = ("Jonas Petrauskas", "jonas.p@baltijostalentai.example.lt")
m(
    F,
    "lt_val",
    "lt",
    VNO,
    s,
    "Kvietimas į pokalbį",
    (1, 4, 10, 0),
    f"""
    Laba diena, Alex,

    Kviečiame Jus į darbo pokalbį {cldr(1, 12, "MMMM d 'd.'", "lt")} (antradienį) 14 val.
    mūsų biure Vilniuje, Konstitucijos pr. 21.

    Pagarbiai
    Jonas Petrauskas
    """,
    (INV, (1, 12, 14, 0, "Tue"), None, False),
    "Lithuanian 'sausio 12 d. (antradienį) 14 val.'.",
)
s2 = ("Anna Ozola", "anna.ozola@daugavahr.example.lv")
m(
    F,
    "lv_rit",
    "lv",
    RIX,
    s2,
    "Rīt",
    (1, 20, 17, 0),
    """
    Sveiki, Alex!

    Apstiprinu: rīt plkst. 10.30 mūsu birojā, 4. stāvā.

    Anna
    """,
    (INV, (1, 21, 10, 30, "Thu"), None, False),
    "Latvian 'rīt plkst. 10.30' (tomorrow), sent Wednesday.",
)
s3 = ("Triin Kask", "triin.kask@emajoetalent.example.ee")
m(
    F,
    "et_kell",
    "et",
    TLL,
    s3,
    "Kutse intervjuule",
    (1, 22, 9, 0),
    """
    Tere, Alex!

    Ootame Sind intervjuule teisipäeval, 2. veebruaril kell 13–14 meie Tartu kontoris.

    Parimat
    Triin Kask
    """,
    (INV, (2, 2, 13, 0, "Tue"), (14, 0), False),
    "Estonian 'teisipäeval, 2. veebruaril kell 13–14'.",
)
s4 = ("Андрій Мельник", "a.melnyk@karpatyhire.example.ua")
m(
    F,
    "uk_zavtra",
    "uk",
    KYI,
    s4,
    "Співбесіда завтра",
    (2, 9, 16, 0),
    """
    Добрий день, Алексе!

    Нагадую, що завтра о 12:00 за київським часом у Вас співбесіда з технічним директором.
    Посилання на Google Meet: https://meet.example/kph-tdy

    Андрій
    """,
    (INV, (2, 10, 12, 0, "Wed"), None, True),
    "Ukrainian 'завтра о 12:00 за київським часом' (tomorrow, Kyiv time), sent Tuesday.",
)
m(
    F,
    "uk_dedlain_neg",
    "uk",
    KYI,
    s4,
    "Тестове завдання",
    (2, 1, 10, 0),
    """
    Добрий день, Алексе!

    Будь ласка, надішліть тестове завдання до п'ятниці, 5 лютого, 18:00.
    Після перевірки домовимося про співбесіду.

    Андрій
    """,
    NEG,
    "Test-task deadline Friday 5 February 18:00; the interview is arranged later.",
)
m(
    F,
    "lv_atvertas_neg",
    "lv",
    RIX,
    s2,
    "Atvērto durvju diena",
    (2, 10, 9, 0),
    """
    Labdien!

    Aicinām visus interesentus uz atvērto durvju dienu sestdien, 20. februārī,
    no plkst. 11.00 līdz 14.00. Iepriekšēja pieteikšanās nav nepieciešama.

    Anna Ozola
    """,
    NEG,
    "Open day for everyone, Saturday 11.00-14.00.",
)


def build() -> list[Case]:
    cases: list[Case] = []
    for item in MAILS:
        zone = str(item["zone"])
        mo, d, h, mi = item["sent"]  # type: ignore[misc]
        sent = at(year(mo), mo, d, h, mi, zone)
        when = item["when"]
        if when is None:
            label: dict[str, object] = {"kind": "not_invitation"}
        else:
            kind, (wmo, wd, wh, wmi, wday), end, stated = when  # type: ignore[misc]
            start = at(year(wmo), wmo, wd, wh, wmi, zone, wday)
            if start <= sent:
                raise ValueError(f"{item['name']}: meeting before the mail")
            stop = start.replace(hour=end[0], minute=end[1]) if end else None
            label = {
                "kind": kind,
                **pp.timed(
                    start, stop, zone=zone if stated else None, sent=None if stated else sent
                ),
            }
        raw = mail(item, sent)
        family = str(item["family"])
        cases.append(
            Case(
                family,
                SPLITS[family],
                str(item["name"]),
                raw,
                label,
                str(item["lang"]),
                str(item["note"]),
                SOURCES[family] + "; " + HAND,
                OWN,
            )
        )
    return cases


MEASURED = (
    "First sight, with `/work/notes/quick.py`'s rules (text start, and end where labelled, "
    "right; a negative is claimed when the parser says invitation with confidence >= 0.5), on "
    "the 87 messages as first written, with main at e73d722 and no parser change: dev start "
    "(and end) right on 28 of 43 invitations, moves and cancellations, 5 of 26 negatives "
    "claimed; held out 11 of 13, 2 of 5 claimed (aggregate only). Whole corpus then: dev text "
    "1185/1206, false 7/818; heldout text 583/624, false 32/407; shared 44/44, 0/25; fixtures "
    "8/8, 0/4; calendars all right. After the parser changes on branch eulangs13 (made from "
    "the dev misses only, each rule shared by several languages, CLDR data or older corpus "
    "mail, with test sentences written apart from the corpus): dev 37 of 43, 1 of 26 claimed; "
    "held out 11 of 13, 2 of 5 claimed; whole corpus dev text 1194/1206, false 3/818; heldout "
    "583/624, false 32/407; no file of any split lost a right answer. After merging main at "
    "20a8846: eulangs13 dev 37 of 43, 1 of 26 claimed; held out 11 of 13, 2 of 5 claimed; "
    "whole corpus dev text 1284/1298, false 4/891; heldout 634/673, false 33/430 (main alone: "
    "dev 1247/1255, 3/865; heldout 623/660, 31/425); no file lost a right answer. Left in dev: Hungarian "
    "'holnap fél 3-kor' (half past two, no second source for a 'fél' frame), a Bulgarian date "
    "wrapped before '(сряда) в 14:00 ч.' (the weekday on the next line is read as the coming "
    "Wednesday), Irish 'ar a 2 a chlog' with 'san iarnóin' on the next line (read 02:00), the "
    "Estonian translative 'neljapäevaks, 21. jaanuariks' (also a deadline form: not added), "
    "Slovenian 'od 9. do 10. ure' (no end), Polish 'Rozmowa potrwa do 16:30' on the line after "
    "the slot (no end), and Icelandic 'fyrir kl. 12 föstudaginn' / '22. janúar' wrapped "
    "(still claimed)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the eulangs13 batch (`build_eulangs13.py`)",
        "",
        "Hand-written recruiting and scheduling mail in European languages the corpus had "
        "little of (Serbian in both scripts, Irish, Welsh, Maltese, Luxembourgish, Slovenian, "
        "Latvian, Bulgarian, Slovak, Galician, Icelandic) and short agency and move/cancel mail "
        "in Polish, Czech, Hungarian, Romanian, Greek, Croatian, Lithuanian, Estonian, Catalan "
        "and Ukrainian. Every sentence is ours; month and weekday names (genitive forms where "
        "CLDR has them) were rendered with Babel's CLDR data (babel.dates.format_date) and "
        "checked against the date; hour conventions ('u 14 časova', 'ar a 2 a chlog', 'am 2yh', "
        "'fl-10:30', 'um 14 Auer', 'ob 14. uri', 'plkst. 14.00', 'в 14:00 ч.', 'o 10.30 hod.', "
        "'ás 10.30 h', 'kl. 14', '10 órakor', 'ora 11:00', 'στις 13:00', 'u 14 sati', '14 val.', "
        "'kell 13–14', 'a les 12.30 h', 'о 15:00') are written as people in those countries "
        "write them. Some messages use the legacy charsets their mail clients still send "
        "(ISO-8859-2, windows-1251 in base64, ISO-8859-7, windows-1257). No third-party "
        "template or translation was copied. People, companies, addresses and links are made "
        "up. Every label was written from the datetimes the text is rendered from (zoneinfo; "
        "weekday names checked against the date), before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "## Measured",
        "",
        MEASURED,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_eulangs13.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
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
    cases = build()
    pp.write_batch(cases, SPLITS, "PROVENANCE-eulangs13.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
