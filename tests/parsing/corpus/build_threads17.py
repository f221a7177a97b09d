# ruff: noqa: E501 (tables of localized client strings and mail text read best one row a line)
"""Write the "threads17" batch: reply threads and forwards in languages other than English.

Run: .venv/bin/python tests/parsing/corpus/build_threads17.py

Threads typed by people in de, fr, es, it, pt-BR, nl, pl, sv, ja, zh-CN, ko and tr: a recruiter
confirms one of the times the candidate proposed, an old slot quoted and a new one set, top- and
bottom-posted replies, quote headers in each client's local wording (Gmail, Outlook desktop
'Von:/Gesendet:/An:/Betreff:', Apple Mail, Thunderbird), the user forwarding a whole thread with
a note, a weekday in quoted text resolved against the quoted message's date, replies that only
thank (after the interview) or decline, a candidate's own proposal quoted under a recruiter's
'let me check' (nothing booked yet), and cancellations. About one message in three is a
look-alike. The client helpers are those of build_threads15.py (loaded, not copied); the
Korean, Turkish and Simplified Chinese Gmail attributions and Outlook blocks are recalled.
Every label comes from the datetimes the text is rendered from and was written before the
parser was run; the split was fixed before then too. Output is deterministic; the script
deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
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


t15 = _load("build_threads15", "build_threads15.py")
pp = t15.pp
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
gsaid, tbsaid, applesaid, outlook = t15.gsaid, t15.tbsaid, t15.applesaid, t15.outlook
top, bottom, otop, gfwd = t15.top, t15.bottom, t15.otop, t15.gfwd
gmail_html, outlook_html, quoted = t15.gmail_html, t15.outlook_html, t15.quoted
slot, neg = t15.slot, t15.neg
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
RECALLED = "quote attribution / header block recalled from {} output, not re-read; " + OWN
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "confirmpick19": "dev",
    "outlookmove19": "dev",
    "letmecheck19": "dev",
    "weekdayquote19": "dev",
    "thankdecline19": "dev",
    "cancelcut19": "dev",
    "fwdwhole19": "dev",
    "cjkko19": "heldout",
    "trthread19": "heldout",
    "applebottom19": "heldout",
}
SOURCES = {
    "confirmpick19": "A recruiter confirms one of the times the candidate proposed lower in the quote (Gmail de, fr, it, nl, sv, pl, es), top-posted; one look-alike where the recruiter only asks the candidate to hold both.",
    "outlookmove19": "Outlook desktop reply blocks in the local wording (de, es, it, pl, pt, nl): the old slot quoted, a new one set above it; look-alikes asking whether a move is possible.",
    "letmecheck19": "The candidate's own proposal quoted under a recruiter's 'let me check' / 'ich kläre das' (nothing booked): look-alikes in de, fr, es, it, pt-BR, sv; controls where the recruiter has checked and books it.",
    "weekdayquote19": "A weekday in the quoted message resolved against that message's Date: the newest mail is written on the day itself or forwarded later (de, fr, es, nl, it, pl).",
    "thankdecline19": "Replies that only thank after the interview, or decline the offered times or the process (look-alikes, de, fr, es, it, nl, pt-BR, pl); controls: thanks over a confirmation still ahead.",
    "cancelcut19": "Cancellations in a thread without a new time, labelled `cancellation` with the cancelled slot (de, fr, it, nl, sv, es); control: a cancellation with a new time (reschedule).",
    "fwdwhole19": "The user forwards a whole thread with a note in their language (Gmail forward of a reply chain; de, es, fr, pl, nl, it); one forward of a thread still open.",
    "cjkko19": "Japanese, Simplified Chinese and Korean threads: Gmail ja/zh-CN/ko attributions, Outlook ja/zh-CN/ko blocks; picks, a move, a cancellation, a pending reply, thanks after the fact.",
    "trthread19": "Turkish threads: Gmail tr 'tarihinde şunu yazdı:', Outlook 'Kimden/Gönderildi/Kime/Konu'; picks, a move, a cancellation, a pending reply, a forward with a note.",
    "applebottom19": "Apple Mail and Thunderbird bottom-posted replies in pt-BR, it, nl, de, fr, sv: picks below the quote, a refusal of every option, a move and a cancellation.",
}

BER, PAR, MAD, AMS, WAW, SAO, ROM, STO, ZRH, VIE, LIS, BRU = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Europe/Stockholm",
    "Europe/Zurich",
    "Europe/Vienna",
    "Europe/Lisbon",
    "Europe/Brussels",
)
TYO, SHA, SEL, IST = "Asia/Tokyo", "Asia/Shanghai", "Asia/Seoul", "Europe/Istanbul"

KO_WD = ["월", "화", "수", "목", "금", "토", "일"]
ZH_WD = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
TR_MON_AB = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
TR_WD_AB = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
TR_WD = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MON = [
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
]


def w(mo: int, d: int, h: int, mi: int, zone: str, wd: str = "") -> datetime:
    return at(2027, mo, d, h, mi, zone, wd)


def _who(p: tuple[str, str]) -> str:
    return f"{p[0]} <{p[1]}>"


def said(lang: str, who: tuple[str, str], v: datetime) -> str:
    """Gmail attribution; ko, zh-CN and tr recalled, the rest from build_threads15."""
    d = v.weekday()
    if lang == "ko":
        ap = "오전" if v.hour < 12 else "오후"
        return f"{v.year}년 {v.month}월 {v.day}일 ({KO_WD[d]}) {ap} {v.hour % 12 or 12}:{v.minute:02d}, {_who(who)}님이 작성:"
    if lang == "zh-CN":
        return f"{_who(who)} 于{v.year}年{v.month}月{v.day}日{ZH_WD[d]} {v:%H:%M}写道："
    if lang == "tr":
        return f"{_who(who)}, {v.day} {TR_MON_AB[v.month - 1]} {v.year} {TR_WD_AB[d]}, {v:%H:%M} tarihinde şunu yazdı:"
    return str(gsaid(lang, who, v))


def oblock(lang: str, who: tuple[str, str], v: datetime, subject: str, to: tuple[str, str]) -> str:
    """Outlook desktop block; ko, zh-CN and tr recalled, the rest from build_threads15."""
    rows = {
        "ko": (
            "보낸 사람",
            "보낸 날짜",
            "받는 사람",
            "제목",
            f"{v.year}년 {v.month}월 {v.day}일 {KO_WD[v.weekday()]}요일 {'오전' if v.hour < 12 else '오후'} {v.hour % 12 or 12}:{v.minute:02d}",
        ),
        "zh-CN": (
            "发件人",
            "发送时间",
            "收件人",
            "主题",
            f"{v.year}年{v.month}月{v.day}日 {v:%H:%M}",
        ),
        "tr": (
            "Kimden",
            "Gönderildi",
            "Kime",
            "Konu",
            f"{v.day} {TR_MON[v.month - 1]} {v.year} {TR_WD[v.weekday()]} {v:%H:%M}",
        ),
    }
    if lang not in rows:
        return str(outlook(lang, who, v, subject, to))
    f, s, t, subj, date = rows[lang]
    return f"________________________________\n{f}: {_who(who)}\n{s}: {date}\n{t}: {_who(to)}\n{subj}: {subject}"


BUILT: list[Case] = []


def add(
    fam: str,
    name: str,
    lang: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    label: dict[str, object],
    note: str,
    text: str | None = None,
    html: str | None = None,
    client: str = "Gmail",
) -> None:
    key = f"threads17/{fam}/{name}"
    raw = mail(
        key,
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=f"{key}/parent",
    )
    BUILT.append(
        Case(
            fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, RECALLED.format(client), OWN
        )
    )


def fwd_thread(
    fam: str,
    name: str,
    lang: str,
    *,
    ui: str,
    org: tuple[str, str],
    org_sent: datetime,
    subject: str,
    thread: str,
    note_text: str,
    label: dict[str, object],
    note: str,
    delay: timedelta = timedelta(hours=2, minutes=11),
) -> None:
    """The user forwards a whole thread (Gmail forward block) to the hook with a note."""
    block = gfwd(ui, org, org_sent, subject, ME, thread)
    add(
        fam,
        name,
        lang,
        sender=ME,
        to=HOOK,
        subject=f"Fwd: {subject}",
        sent=org_sent + delay,
        text=f"{note_text}\n\n{block}",
        label={**label, "original_sender": org[1]},
        note=note,
    )


# FAMILIES ---------------------------------------------------------------------------------
def confirmpick19() -> None:
    f = "confirmpick19"
    rec = ("Henrike Saalfeld", "h.saalfeld@weserwerft.example.de")
    ask, mine, sent = (
        w(6, 2, 10, 14, BER, "Wed"),
        w(6, 2, 17, 40, BER, "Wed"),
        w(6, 3, 9, 2, BER, "Thu"),
    )
    thread = top(
        "Hallo Frau Saalfeld,\n\nvielen Dank! Mir würde Dienstag, 8. Juni, ab 11 Uhr oder Donnerstag, 10. Juni, um 14 Uhr passen.\n\nViele Grüße\nAlex Morgan",
        said("de", rec, ask),
        "Hallo Herr Morgan,\n\ngerne würden wir Sie zu einem ersten Gespräch einladen. Welche Termine passen Ihnen nächste Woche?\n\nFreundliche Grüße\nHenrike Saalfeld",
    )
    add(
        f,
        "donnerstag_14_passt",
        "de",
        sender=rec,
        to=ME,
        subject="AW: Re: Einladung zum Gespräch",
        sent=sent,
        text=top(
            "Hallo Herr Morgan,\n\nDonnerstag um 14 Uhr passt, bis dann! Das Gespräch findet bei uns am Standort Vegesack statt (Raum 2.14).\n\nHenrike Saalfeld",
            said("de", ME, mine),
            thread,
        ),
        label=slot(w(6, 10, 14, 0, BER), sent=sent),
        note="Gmail (de): 'Donnerstag um 14 Uhr passt, bis dann' picks the second of the candidate's two proposals (Thursday 10 June).",
    )
    rec = ("Aurélie Bonnet", "aurelie.bonnet@verrerie-sud.example.fr")
    ask, mine, sent = (
        w(6, 4, 11, 0, PAR, "Fri"),
        w(6, 4, 15, 20, PAR, "Fri"),
        w(6, 7, 8, 55, PAR, "Mon"),
    )
    thread = top(
        "Bonjour Aurélie,\n\nJe suis disponible mercredi 9 juin en fin de matinée, ou vendredi 11 juin à partir de 14h.\n\nBien cordialement,\nAlex Morgan",
        said("fr", rec, ask),
        "Bonjour Alex,\n\nPourriez-vous m'indiquer vos disponibilités la semaine prochaine pour un échange de 30 minutes avec notre directrice technique ?\n\nAurélie",
    )
    add(
        f,
        "vendredi_14h30",
        "fr",
        sender=rec,
        to=ME,
        subject="RE: Échange avec notre directrice technique",
        sent=sent,
        text=top(
            "Bonjour Alex,\n\nParfait, je vous réserve vendredi 11 juin à 14h30 (30 minutes, en visio). Le lien suit.\n\nAurélie",
            said("fr", ME, mine),
            thread,
        ),
        label=slot(w(6, 11, 14, 30, PAR), w(6, 11, 15, 0, PAR), sent=sent),
        note="Gmail (fr): the recruiter books 14h30 inside the candidate's 'vendredi 11 juin à partir de 14h'; 30 minutes stated.",
    )
    rec = ("Chiara Ferrando", "chiara.ferrando@lanificio-biella.example.it")
    ask, mine, sent = (
        w(6, 7, 9, 30, ROM, "Mon"),
        w(6, 7, 12, 5, ROM, "Mon"),
        w(6, 7, 16, 48, ROM, "Mon"),
    )
    thread = top(
        "Buongiorno Chiara,\n\nposso martedì 15 giugno alle 10:00 oppure mercoledì 16 alle 17:00.\n\nCordiali saluti,\nAlex",
        said("it", rec, ask),
        "Gentile Alex,\n\nci farebbe piacere conoscerla di persona. Mi indica due o tre disponibilità per la settimana del 14 giugno?\n\nChiara Ferrando\nRisorse Umane",
    )
    add(
        f,
        "mercoledi_17",
        "it",
        sender=rec,
        to=ME,
        subject="R: Colloquio conoscitivo",
        sent=sent,
        text=top(
            "Gentile Alex,\n\nconfermo mercoledì alle 17:00 presso la nostra sede di via Italia 12, Biella. Chieda di me alla reception.\n\nA presto,\nChiara",
            said("it", ME, mine),
            thread,
        ),
        label=slot(w(6, 16, 17, 0, ROM), sent=sent),
        note="Gmail (it): 'confermo mercoledì alle 17:00' confirms the candidate's 'mercoledì 16 alle 17:00' (not the coming Wednesday 9 June).",
    )
    rec = ("Joost van Eerde", "joost.vaneerde@dijkstra-installatie.example.nl")
    ask, mine, sent = (
        w(6, 8, 10, 0, AMS, "Tue"),
        w(6, 8, 19, 12, AMS, "Tue"),
        w(6, 9, 8, 31, AMS, "Wed"),
    )
    thread = top(
        "Hoi Joost,\n\nMaandag 14 juni kan ik de hele dag, en dinsdag 15 juni tot 12.00 uur.\n\nGroet,\nAlex",
        said("nl", rec, ask),
        "Hoi Alex,\n\nLeuk dat je wilt komen praten. Wanneer kun je volgende week?\n\nJoost",
    )
    add(
        f,
        "dinsdag_930",
        "nl",
        sender=rec,
        to=ME,
        subject="Re: Kennismaking",
        sent=sent,
        text=top(
            "Hoi Alex,\n\nDan zien we je dinsdag om 9.30 uur op kantoor in Deventer. Reken op een uur.\n\nGroet,\nJoost",
            said("nl", ME, mine),
            thread,
        ),
        label=slot(w(6, 15, 9, 30, AMS), sent=sent),
        note="Gmail (nl): 'dinsdag om 9.30 uur' inside the candidate's 'dinsdag 15 juni tot 12.00 uur'; 'reken op een uur' is no exact end.",
    )
    rec = ("Maja Lindqvist", "maja.lindqvist@fjallskog.example.se")
    ask, mine, sent = (
        w(6, 9, 13, 0, STO, "Wed"),
        w(6, 9, 20, 30, STO, "Wed"),
        w(6, 10, 9, 15, STO, "Thu"),
    )
    thread = top(
        "Hej Maja,\n\nJag kan torsdag 17 juni kl. 13.00 eller fredag 18 juni kl. 9.00.\n\nVänliga hälsningar\nAlex",
        said("sv", rec, ask),
        "Hej Alex,\n\nVi vill gärna träffa dig för en intervju. Vilka tider passar dig nästa vecka?\n\nMaja",
    )
    add(
        f,
        "fredag_kl_9",
        "sv",
        sender=rec,
        to=ME,
        subject="Sv: Intervju",
        sent=sent,
        text=top(
            "Hej Alex,\n\nFredag kl. 9.00 blir bra! Vi ses på kontoret på Sveavägen 44. Intervjun tar 45 minuter.\n\nMaja",
            said("sv", ME, mine),
            thread,
        ),
        label=slot(w(6, 18, 9, 0, STO), w(6, 18, 9, 45, STO), sent=sent),
        note="Gmail (sv): 'Fredag kl. 9.00 blir bra' picks the candidate's Friday 18 June; 45 minutes stated.",
    )
    rec = ("Agnieszka Wróbel", "agnieszka.wrobel@hutaglass.example.pl")
    ask, mine, sent = (
        w(6, 10, 9, 0, WAW, "Thu"),
        w(6, 10, 14, 0, WAW, "Thu"),
        w(6, 11, 10, 20, WAW, "Fri"),
    )
    thread = top(
        "Dzień dobry,\n\nmogę w poniedziałek 14 czerwca o 12:00 albo we wtorek 15 czerwca o 16:00.\n\nPozdrawiam\nAlex Morgan",
        said("pl", rec, ask),
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę. Proszę o podanie dwóch terminów w przyszłym tygodniu.\n\nAgnieszka Wróbel",
    )
    add(
        f,
        "prosze_trzymac_oba_neg",
        "pl",
        sender=rec,
        to=ME,
        subject="Odp: Rozmowa rekrutacyjna",
        sent=sent,
        text=top(
            "Dziękuję! Proszę na razie zarezerwować sobie oba terminy \u2013 kierownik potwierdzi jeden z nich w poniedziałek rano.\n\nAgnieszka",
            said("pl", ME, mine),
            thread,
        ),
        label=neg(),
        note="Look-alike: the recruiter asks the candidate to hold both proposed slots; none is chosen yet.",
    )
    rec = ("Begoña Arrieta", "begona.arrieta@conservas-cantabrico.example.es")
    ask, mine, sent = (
        w(6, 11, 9, 0, MAD, "Fri"),
        w(6, 11, 13, 10, MAD, "Fri"),
        w(6, 14, 9, 40, MAD, "Mon"),
    )
    thread = top(
        "Hola Begoña:\n\nMe vendría bien el jueves 17 a las 10:00 o el viernes 18 a las 12:00.\n\nUn saludo,\nAlex",
        said("es", rec, ask),
        "Hola Alex:\n\nNos gustaría hacerte una entrevista por videollamada. ¿Qué disponibilidad tienes la semana que viene?\n\nBegoña",
    )
    add(
        f,
        "jueves_10_vale",
        "es",
        sender=rec,
        to=ME,
        subject="RE: Entrevista por videollamada",
        sent=sent,
        text=top(
            "¡Vale! Te mando la invitación para el jueves a las 10:00, de 10:00 a 10:45.\n\nBegoña",
            said("es", ME, mine),
            thread,
        ),
        label=slot(w(6, 17, 10, 0, MAD), w(6, 17, 10, 45, MAD), sent=sent),
        note="Gmail (es): '¡Vale! ... el jueves a las 10:00, de 10:00 a 10:45' confirms the first of the candidate's options.",
    )


def outlookmove19() -> None:
    f = "outlookmove19"
    rec = ("Tobias Kranich", "tobias.kranich@alpenstrom.example.de")
    conf, sent = w(6, 14, 15, 0, BER, "Mon"), w(6, 18, 11, 30, BER, "Fri")
    subj = "Ihr Vorstellungsgespräch bei Alpenstrom"
    add(
        f,
        "mittwoch_statt_dienstag",
        "de",
        sender=rec,
        to=ME,
        subject=f"AW: {subj}",
        sent=sent,
        client="Outlook",
        text=otop(
            "Sehr geehrter Herr Morgan,\n\nleider muss ich unseren Termin verschieben: Statt Dienstag, 22. Juni, 10:00 Uhr, können wir uns am Mittwoch, 23. Juni, um 13:30 Uhr sehen? Ich habe den Termin schon so eingetragen.\n\nMit freundlichen Grüßen\nTobias Kranich",
            oblock("de", rec, conf, subj, ME),
            "Sehr geehrter Herr Morgan,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Dienstag, 22. Juni 2027, um 10:00 Uhr in Rosenheim.\n\nMit freundlichen Grüßen\nTobias Kranich",
        ),
        label=slot(w(6, 23, 13, 30, BER), sent=sent, kind="reschedule"),
        note="Outlook (de) block: the quoted Tuesday 10:00 is moved to Wednesday 23 June 13:30 ('Statt ... können wir uns ... sehen?' already entered).",
    )
    rec = ("Rocío Beltrán", "rocio.beltran@aceites-guadalquivir.example.es")
    conf, sent = w(6, 15, 10, 0, MAD, "Tue"), w(6, 21, 9, 10, MAD, "Mon")
    subj = "Entrevista - Responsable de Calidad"
    add(
        f,
        "cambio_a_las_12",
        "es",
        sender=rec,
        to=ME,
        subject=f"RE: {subj}",
        sent=sent,
        client="Outlook",
        text=otop(
            "Hola Alex:\n\nPor un imprevisto del director, cambiamos la hora: la entrevista del jueves pasa a las 12:00 (antes a las 9:30). El lugar es el mismo.\n\nDisculpa las molestias,\nRocío",
            oblock("es", rec, conf, subj, ME),
            "Hola Alex:\n\nTe confirmo la entrevista el jueves 24 de junio a las 9:30 en nuestra planta de Andújar.\n\nUn saludo,\nRocío Beltrán",
        ),
        label=slot(w(6, 24, 12, 0, MAD), sent=sent, kind="reschedule"),
        note="Outlook (es) block: 'la entrevista del jueves pasa a las 12:00 (antes a las 9:30)' - same day from the quote, new hour.",
    )
    rec = ("Federica Gallo", "federica.gallo@cartiere-adda.example.it")
    conf, sent = w(6, 16, 14, 0, ROM, "Wed"), w(6, 22, 17, 5, ROM, "Tue")
    subj = "Colloquio tecnico"
    add(
        f,
        "spostato_venerdi",
        "it",
        sender=rec,
        to=ME,
        subject=f"R: {subj}",
        sent=sent,
        client="Outlook",
        text=otop(
            "Buonasera Alex,\n\nle scrivo per spostare il colloquio di giovedì: sarebbe possibile venerdì 2 luglio alle 11:00? Se non ho sue notizie lo considero confermato.\n\nFederica Gallo",
            oblock("it", rec, conf, subj, ME),
            "Buongiorno Alex,\n\nle confermo il colloquio tecnico giovedì 1 luglio alle 15:00 a Lecco.\n\nFederica Gallo",
        ),
        label=slot(w(7, 2, 11, 0, ROM), sent=sent, kind="reschedule"),
        note="Outlook (it) block: the quoted Thursday 1 July 15:00 moves to Friday 2 July 11:00 (confirmed unless the candidate objects).",
    )
    rec = ("Paweł Zieliński", "pawel.zielinski@baltyk-soft.example.pl")
    conf, sent = w(6, 17, 9, 0, WAW, "Thu"), w(6, 23, 8, 20, WAW, "Wed")
    subj = "Rozmowa techniczna"
    add(
        f,
        "czy_mozna_przesunac_neg",
        "pl",
        sender=rec,
        to=ME,
        subject=f"ODP: {subj}",
        sent=sent,
        client="Outlook",
        text=otop(
            "Dzień dobry,\n\nniestety w piątek nie damy rady. Czy byłaby możliwość przesunięcia naszej rozmowy na inny dzień w przyszłym tygodniu? Proszę o Pana propozycje.\n\nPaweł Zieliński",
            oblock("pl", rec, conf, subj, ME),
            "Dzień dobry,\n\npotwierdzam rozmowę techniczną w piątek 25 czerwca o 10:00 (Teams).\n\nPaweł Zieliński",
        ),
        label=neg(),
        note="Look-alike: Outlook (pl) block; the recruiter can no longer make the quoted Friday 10:00 and asks for the candidate's proposals - no new slot yet.",
    )
    rec = ("Mariana Couto", "mariana.couto@vinhos-douro.example.pt")
    conf, sent = w(6, 18, 10, 0, LIS, "Fri"), w(6, 24, 16, 0, LIS, "Thu")
    subj = "Entrevista final"
    add(
        f,
        "passa_para_terca",
        "pt",
        sender=rec,
        to=ME,
        subject=f"RE: {subj}",
        sent=sent,
        client="Outlook",
        text=otop(
            "Olá Alex,\n\nA entrevista final passa para terça-feira, 6 de julho, às 15h00 (em vez de segunda às 10h00). O administrador só regressa na terça.\n\nCumprimentos,\nMariana Couto",
            oblock("pt", rec, conf, subj, ME),
            "Olá Alex,\n\nConfirmo a entrevista final na segunda-feira, 5 de julho, às 10h00, no Porto.\n\nMariana Couto",
        ),
        label=slot(w(7, 6, 15, 0, LIS), sent=sent, kind="reschedule"),
        note="Outlook (pt) block: 'passa para terça-feira, 6 de julho, às 15h00 (em vez de segunda às 10h00)'.",
    )
    rec = ("Ilse Verhoeven", "ilse.verhoeven@kempen-logistiek.example.be")
    conf, sent = w(6, 21, 11, 0, BRU, "Mon"), w(6, 25, 14, 45, BRU, "Fri")
    subj = "Sollicitatiegesprek"
    add(
        f,
        "graag_verzetten_neg",
        "nl",
        sender=ME,
        to=rec,
        subject=f"RE: {subj}",
        sent=sent,
        client="Outlook",
        text=otop(
            "Beste Ilse,\n\nZou het mogelijk zijn om ons gesprek van woensdag te verzetten? Ik heb die ochtend onverwacht een examen. Donderdag of vrijdag kan ik de hele dag.\n\nMet vriendelijke groet,\nAlex Morgan",
            oblock("nl", rec, conf, subj, ME),
            "Beste Alex,\n\nGraag bevestig ik je gesprek op woensdag 30 juni om 9.00 uur in Geel.\n\nIlse Verhoeven",
        ),
        label=neg(),
        note="Look-alike: the candidate asks to move the quoted Wednesday 9.00 and offers whole days; no new slot is set and the old one is being given up.",
    )
    rec = ("Kerstin Ebner", "kerstin.ebner@donauglas.example.at")
    conf, sent = w(6, 22, 9, 0, VIE, "Tue"), w(6, 28, 10, 5, VIE, "Mon")
    subj = "Termin Zweitgespräch"
    add(
        f,
        "vorverlegt_html",
        "de",
        sender=rec,
        to=ME,
        subject=f"AW: {subj}",
        sent=sent,
        client="Outlook",
        html=outlook_html(
            "Guten Morgen Herr Morgan,\n\nkönnen wir das Zweitgespräch auf Donnerstag, 1. Juli, 8:30 Uhr vorverlegen? Die Geschäftsführung ist am Freitag nicht im Haus. Ich gehe davon aus, dass es passt, und schicke die neue Einladung.\n\nKerstin Ebner",
            oblock("de", rec, conf, subj, ME),
            "Guten Tag Herr Morgan,\n\nIhr Zweitgespräch findet am Freitag, 2. Juli 2027, von 10:00 bis 11:00 Uhr in Linz statt.\n\nKerstin Ebner",
        ),
        label=slot(w(7, 1, 8, 30, VIE), sent=sent, kind="reschedule"),
        note="HTML-only Outlook (de, divRplyFwdMsg): the quoted Friday 10:00-11:00 is brought forward to Thursday 1 July 8:30; the old end does not carry over.",
    )


def letmecheck19() -> None:
    f = "letmecheck19"
    rec = ("Svenja Holtkamp", "svenja.holtkamp@emsland-agrar.example.de")
    ask, mine, sent = (
        w(7, 5, 9, 0, BER, "Mon"),
        w(7, 5, 12, 30, BER, "Mon"),
        w(7, 5, 14, 2, BER, "Mon"),
    )
    add(
        f,
        "ich_klaere_das",
        "de",
        sender=rec,
        to=ME,
        subject="AW: Re: Gesprächstermin",
        sent=sent,
        text=top(
            "Hallo Herr Morgan,\n\ndanke für Ihre schnelle Antwort. Ich kläre das mit dem Abteilungsleiter und melde mich morgen.\n\nSvenja Holtkamp",
            said("de", ME, mine),
            top(
                "Hallo Frau Holtkamp,\n\nich könnte am Mittwoch, 14. Juli, um 10 Uhr.\n\nViele Grüße\nAlex Morgan",
                said("de", rec, ask),
                "Hallo Herr Morgan,\n\nwann passt es Ihnen in der Woche ab 12. Juli?\n\nSvenja Holtkamp",
            ),
        ),
        label=neg(),
        note="Look-alike: the candidate's own 'Mittwoch, 14. Juli, um 10 Uhr' quoted under 'Ich kläre das ... und melde mich morgen' - not yet booked.",
    )
    rec = ("Mathilde Garnier", "mathilde.garnier@biscuiterie-loire.example.fr")
    ask, mine, sent = (
        w(7, 6, 10, 0, PAR, "Tue"),
        w(7, 6, 16, 0, PAR, "Tue"),
        w(7, 7, 9, 12, PAR, "Wed"),
    )
    add(
        f,
        "je_reviens_vers_vous",
        "fr",
        sender=rec,
        to=ME,
        subject="RE: Entretien",
        sent=sent,
        text=top(
            "Bonjour Alex,\n\nMerci, je vérifie avec le responsable d'atelier et je reviens vers vous d'ici vendredi.\n\nMathilde",
            said("fr", ME, mine),
            top(
                "Bonjour Mathilde,\n\nJe vous propose jeudi 15 juillet à 10h ou lundi 19 juillet à 14h.\n\nCordialement,\nAlex",
                said("fr", rec, ask),
                "Bonjour Alex,\n\nAuriez-vous des disponibilités mi-juillet pour un entretien sur site ?\n\nMathilde Garnier",
            ),
        ),
        label=neg(),
        note="Look-alike: two dated proposals of the candidate quoted under 'je vérifie ... et je reviens vers vous'.",
    )
    rec = ("Nerea Goikoetxea", "nerea.goikoetxea@maquinaria-bidasoa.example.es")
    ask, mine, sent = (
        w(7, 7, 9, 30, MAD, "Wed"),
        w(7, 7, 11, 0, MAD, "Wed"),
        w(7, 7, 11, 50, MAD, "Wed"),
    )
    add(
        f,
        "lo_consulto",
        "es",
        sender=rec,
        to=ME,
        subject="RE: Entrevista con el equipo técnico",
        sent=sent,
        text=top(
            "Gracias, Alex. Lo consulto con el jefe de taller, que está de viaje, y te digo algo.\n\nNerea",
            said("es", ME, mine),
            top(
                "Hola Nerea:\n\n¿Os vendría bien el martes 13 de julio a las 16:00?\n\nSaludos,\nAlex",
                said("es", rec, ask),
                "Hola Alex:\n\n¿Cuándo podrías venir a conocer al equipo técnico?\n\nNerea",
            ),
        ),
        label=neg(),
        note="Look-alike: the candidate's question 'martes 13 de julio a las 16:00?' under 'Lo consulto ... y te digo algo'.",
    )
    rec = ("Valentina Rosso", "valentina.rosso@dolciaria-langhe.example.it")
    ask, mine, sent = (
        w(7, 8, 9, 0, ROM, "Thu"),
        w(7, 8, 10, 30, ROM, "Thu"),
        w(7, 8, 12, 0, ROM, "Thu"),
    )
    add(
        f,
        "verifico_e_ti_dico",
        "it",
        sender=rec,
        to=ME,
        subject="Re: Colloquio",
        sent=sent,
        text=top(
            "Ciao Alex, grazie! Verifico l'agenda del direttore e ti faccio sapere entro domani.\n\nValentina",
            said("it", ME, mine),
            top(
                "Ciao Valentina,\n\nper me andrebbe bene lunedì 12 luglio alle 9:30.\n\nAlex",
                said("it", rec, ask),
                "Ciao Alex,\n\nquando saresti disponibile per un colloquio la prossima settimana?\n\nValentina",
            ),
        ),
        label=neg(),
        note="Look-alike: 'Verifico l'agenda ... e ti faccio sapere' over the candidate's Monday 9:30.",
    )
    rec = ("Larissa Menezes", "larissa.menezes@cafe-serrano.example.com.br")
    ask, mine, sent = (
        w(7, 8, 10, 0, SAO, "Thu"),
        w(7, 8, 14, 0, SAO, "Thu"),
        w(7, 9, 9, 5, SAO, "Fri"),
    )
    add(
        f,
        "confirmado_apos_checar",
        "pt-BR",
        sender=rec,
        to=ME,
        subject="Re: Entrevista com a gerência",
        sent=sent,
        text=top(
            "Oi, Alex!\n\nChequei com a gerente e está confirmado: terça-feira, 13/07, às 14h, na nossa sede em Campinas. Duração de 1 hora.\n\nAbraços,\nLarissa",
            said("pt-BR", ME, mine),
            top(
                "Oi, Larissa!\n\nPosso na terça, 13/07, às 14h.\n\nAlex",
                said("pt-BR", rec, ask),
                "Oi, Alex!\n\nQue dia você pode vir para a entrevista com a gerência?\n\nLarissa",
            ),
        ),
        label=slot(w(7, 13, 14, 0, SAO), w(7, 13, 15, 0, SAO), sent=sent),
        note="Control: after checking, the recruiter confirms the candidate's proposal ('está confirmado ... Duração de 1 hora').",
    )
    rec = ("Elin Bergström", "elin.bergstrom@norrskog-energi.example.se")
    ask, mine, sent = (
        w(7, 9, 9, 0, STO, "Fri"),
        w(7, 9, 13, 0, STO, "Fri"),
        w(7, 9, 15, 30, STO, "Fri"),
    )
    add(
        f,
        "aterkommer",
        "sv",
        sender=rec,
        to=ME,
        subject="Sv: Intervju",
        sent=sent,
        text=top(
            "Tack Alex! Jag stämmer av med chefen och återkommer på måndag.\n\nElin",
            said("sv", ME, mine),
            top(
                "Hej Elin,\n\nOnsdag 14 juli kl. 10.00 skulle passa mig bra.\n\nAlex",
                said("sv", rec, ask),
                "Hej Alex,\n\nNär skulle du kunna komma på intervju veckan efter?\n\nElin",
            ),
        ),
        label=neg(),
        note="Look-alike: 'Jag stämmer av med chefen och återkommer' over the candidate's Wednesday 10.00.",
    )
    rec = ("Hannes Brügger", "hannes.bruegger@jura-feinmechanik.example.ch")
    ask, mine, sent = (
        w(7, 12, 8, 30, ZRH, "Mon"),
        w(7, 12, 11, 0, ZRH, "Mon"),
        w(7, 13, 8, 40, ZRH, "Tue"),
    )
    add(
        f,
        "geklaert_gebucht",
        "de",
        sender=rec,
        to=ME,
        subject="AW: Re: Termin",
        sent=sent,
        text=top(
            "Grüezi Herr Morgan\n\nIch habe es mit dem Teamleiter geklärt: Freitag, 16. Juli, 14:00 Uhr passt. Die Einladung folgt.\n\nFreundliche Grüsse\nHannes Brügger",
            said("de", ME, mine),
            top(
                "Grüezi Herr Brügger\n\nFreitag, 16. Juli, 14 Uhr wäre mir recht.\n\nAlex Morgan",
                said("de", rec, ask),
                "Grüezi Herr Morgan\n\nWann hätten Sie diese Woche Zeit?\n\nHannes Brügger",
            ),
        ),
        label=slot(w(7, 16, 14, 0, ZRH), sent=sent),
        note="Control: the recruiter has checked ('Ich habe es ... geklärt') and books the candidate's Friday 14:00.",
    )


def weekdayquote19() -> None:
    f = "weekdayquote19"
    rec = ("Friederike Osterloh", "f.osterloh@hansekontor.example.de")
    conf, sent = w(7, 16, 15, 0, BER, "Fri"), w(7, 19, 7, 45, BER, "Mon")
    add(
        f,
        "heute_montag",
        "de",
        sender=ME,
        to=rec,
        subject="Re: Gesprächstermin",
        sent=sent,
        text=top(
            "Guten Morgen Frau Osterloh,\n\nich bin heute pünktlich da, danke!\n\nAlex Morgan",
            said("de", rec, conf),
            "Hallo Herr Morgan,\n\nwir sehen uns dann am Montag um 10 Uhr im Hansekontor, 3. OG.\n\nFriederike Osterloh",
        ),
        label=slot(w(7, 19, 10, 0, BER), sent=sent),
        note="The quoted 'am Montag um 10 Uhr' was written on Friday 16 July, so it is Monday 19 July - the day the reply is sent, not a week later.",
    )
    rec = ("Gaëlle Morvan", "gaelle.morvan@armor-nautique.example.fr")
    conf, sent = w(7, 15, 11, 0, PAR, "Thu"), w(7, 20, 8, 5, PAR, "Tue")
    add(
        f,
        "mardi_ce_matin",
        "fr",
        sender=ME,
        to=rec,
        subject="Re: Entretien",
        sent=sent,
        text=top(
            "Bonjour Gaëlle,\n\nC'est bien noté pour tout à l'heure, à 14h.\n\nAlex",
            said("fr", rec, conf),
            "Bonjour Alex,\n\nJe vous attends mardi à 14h à l'atelier de Lorient.\n\nGaëlle Morvan",
        ),
        label=slot(w(7, 20, 14, 0, PAR), sent=sent),
        note="'mardi à 14h' written on Thursday 15 July is Tuesday 20 July, the day of the candidate's reply.",
    )
    rec = ("Iñaki Etxeberria", "inaki.etxeberria@naval-pasaia.example.es")
    conf, sent = w(7, 16, 12, 0, MAD, "Fri"), w(7, 21, 7, 30, MAD, "Wed")
    fwd_thread(
        f,
        "fwd_el_miercoles",
        "es",
        ui="es",
        org=rec,
        org_sent=conf,
        subject="Entrevista",
        thread="Hola Alex:\n\nQuedamos el miércoles a las 11:30 en el astillero. Pregunta por mí en la garita.\n\nIñaki",
        note_text="Es hoy, añádela por favor.",
        delay=sent - conf,
        label=slot(w(7, 21, 11, 30, MAD), sent=sent),
        note="Forward sent on Wednesday 21 July of a Friday mail saying 'el miércoles a las 11:30': the quoted weekday is Wednesday 21 July.",
    )
    rec = ("Wouter Brinkman", "wouter.brinkman@veluwe-bouw.example.nl")
    conf, sent = w(7, 20, 16, 0, AMS, "Tue"), w(7, 23, 9, 10, AMS, "Fri")
    fwd_thread(
        f,
        "fwd_vrijdag_vandaag",
        "nl",
        ui="nl",
        org=rec,
        org_sent=conf,
        subject="Gesprek",
        thread="Hoi Alex,\n\nPrima, dan vrijdag om 13.00 uur bij ons op de bouwplaats in Ede.\n\nWouter",
        note_text="Vanmiddag dus!",
        delay=sent - conf,
        label=slot(w(7, 23, 13, 0, AMS), sent=sent),
        note="Forward on Friday 23 July of Tuesday's 'vrijdag om 13.00 uur': the same Friday.",
    )
    rec = ("Lorenzo Bassi", "lorenzo.bassi@ottica-veneta.example.it")
    conf, sent = w(7, 22, 10, 0, ROM, "Thu"), w(7, 26, 8, 0, ROM, "Mon")
    add(
        f,
        "lunedi_oggi",
        "it",
        sender=ME,
        to=rec,
        subject="Re: Colloquio lunedì",
        sent=sent,
        text=top(
            "Buongiorno Lorenzo,\n\na dopo, grazie!\n\nAlex",
            said("it", rec, conf),
            "Ciao Alex,\n\nperfetto, allora ci vediamo lunedì alle 15:30 in sede a Belluno.\n\nLorenzo",
        ),
        label=slot(w(7, 26, 15, 30, ROM), sent=sent),
        note="'lunedì alle 15:30' quoted from Thursday 22 July is Monday 26 July, the day of the reply.",
    )
    rec = ("Zofia Kaczmarek", "zofia.kaczmarek@mazury-turystyka.example.pl")
    conf, sent = w(7, 23, 13, 0, WAW, "Fri"), w(7, 24, 10, 0, WAW, "Sat")
    add(
        f,
        "czwartek_next",
        "pl",
        sender=ME,
        to=rec,
        subject="Re: Rozmowa",
        sent=sent,
        text=top(
            "Dziękuję, do zobaczenia!\n\nAlex",
            said("pl", rec, conf),
            "Dzień dobry,\n\nzapraszam w czwartek o 11:00 do biura w Olsztynie.\n\nZofia Kaczmarek",
        ),
        label=slot(w(7, 29, 11, 0, WAW), sent=sent),
        note="'w czwartek o 11:00' from Friday 23 July: Thursday 29 July.",
    )
    rec = ("Ruth Achterberg", "ruth.achterberg@rijnmond-haven.example.nl")
    conf, sent = w(7, 26, 9, 0, AMS, "Mon"), w(7, 28, 17, 0, AMS, "Wed")
    add(
        f,
        "was_maandag_neg",
        "nl",
        sender=ME,
        to=rec,
        subject="Re: Gesprek maandag",
        sent=sent,
        text=top(
            "Hoi Ruth,\n\nBedankt voor het fijne gesprek van maandag. Ik hoor graag wat de volgende stap is.\n\nGroet,\nAlex",
            said("nl", rec, conf),
            "Hoi Alex,\n\nTot vanmiddag om 14.00 uur!\n\nRuth",
        ),
        label=neg(),
        note="Look-alike: 'vanmiddag om 14.00 uur' was Monday 26 July (the quoted mail's day); the reply two days later thanks for it.",
    )


def thankdecline19() -> None:
    f = "thankdecline19"
    rec = ("Clemens Aigner", "clemens.aigner@salzach-papier.example.at")
    conf, sent = w(8, 2, 9, 0, VIE, "Mon"), w(8, 5, 18, 0, VIE, "Thu")
    add(
        f,
        "danke_gespraech_neg",
        "de",
        sender=ME,
        to=rec,
        subject="Re: Gespräch am Donnerstag",
        sent=sent,
        text=top(
            "Sehr geehrter Herr Aigner,\n\nvielen Dank für das angenehme Gespräch heute. Ich freue mich, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nAlex Morgan",
            said("de", rec, conf),
            "Sehr geehrter Herr Morgan,\n\nwir erwarten Sie am Donnerstag, 5. August, um 10 Uhr in Hallein.\n\nClemens Aigner",
        ),
        label=neg(),
        note="Look-alike: thanks sent the evening of the interview quoted below (Thursday 5 August 10 Uhr, now past).",
    )
    rec = ("Solène Dufresne", "solene.dufresne@cidrerie-auge.example.fr")
    ask, sent = w(8, 3, 10, 0, PAR, "Tue"), w(8, 3, 19, 30, PAR, "Tue")
    add(
        f,
        "decline_creneaux_neg",
        "fr",
        sender=ME,
        to=rec,
        subject="Re: Proposition de créneaux",
        sent=sent,
        text=top(
            "Bonjour Solène,\n\nMerci beaucoup pour ces propositions. J'ai entre-temps accepté une autre offre et je préfère donc retirer ma candidature.\n\nBonne continuation,\nAlex",
            said("fr", rec, ask),
            "Bonjour Alex,\n\nVoici nos créneaux pour un entretien :\n- lundi 9 août à 10h\n- mardi 10 août à 15h\n\nDites-moi ce qui vous convient.\n\nSolène",
        ),
        label=neg(),
        note="Look-alike: the candidate declines both offered slots and withdraws.",
    )
    rec = ("Marta Sanjuán", "marta.sanjuan@textil-alcoy.example.es")
    conf, sent = w(8, 4, 12, 0, MAD, "Wed"), w(8, 6, 9, 0, MAD, "Fri")
    add(
        f,
        "gracias_nos_vemos",
        "es",
        sender=ME,
        to=rec,
        subject="RE: Confirmación de entrevista",
        sent=sent,
        text=top(
            "¡Muchas gracias, Marta! Allí estaré.\n\nAlex",
            said("es", rec, conf),
            "Hola Alex:\n\nTe confirmo la entrevista el lunes 9 de agosto de 9:00 a 10:00 en Alcoy.\n\nMarta",
        ),
        label=slot(w(8, 9, 9, 0, MAD), w(8, 9, 10, 0, MAD), sent=sent),
        note="Control: thanks only, over a confirmation still ahead (Monday 9 August 9:00-10:00).",
    )
    rec = ("Giorgia Pellegrini", "giorgia.pellegrini@nautica-adriatica.example.it")
    ask, sent = w(8, 5, 11, 0, ROM, "Thu"), w(8, 5, 15, 0, ROM, "Thu")
    add(
        f,
        "non_riesco_neg",
        "it",
        sender=ME,
        to=rec,
        subject="Re: Colloquio martedì",
        sent=sent,
        text=top(
            "Gentile Giorgia,\n\npurtroppo martedì alle 11 non riesco: sono in trasferta tutta la settimana. Possiamo risentirci dopo Ferragosto?\n\nCordiali saluti,\nAlex",
            said("it", rec, ask),
            "Gentile Alex,\n\nle andrebbe bene un colloquio martedì 10 agosto alle 11:00?\n\nGiorgia Pellegrini",
        ),
        label=neg(),
        note="Look-alike: the candidate declines the proposed Tuesday 11:00 and asks to talk after mid-August.",
    )
    rec = ("Bart Hoekstra", "bart.hoekstra@friesland-zuivel.example.nl")
    conf, sent = w(8, 6, 10, 0, AMS, "Fri"), w(8, 11, 20, 0, AMS, "Wed")
    add(
        f,
        "bedankt_na_gesprek_neg",
        "nl",
        sender=rec,
        to=ME,
        subject="Re: Gesprek woensdag",
        sent=sent,
        text=top(
            "Hoi Alex,\n\nBedankt voor je komst vandaag en je heldere verhaal. We laten je voor 20 augustus weten of je door bent naar de tweede ronde.\n\nGroet,\nBart",
            said("nl", ME, conf),
            "Hoi Bart,\n\nWoensdag 11 augustus om 13.00 uur is voor mij prima.\n\nAlex",
        ),
        label=neg(),
        note="Look-alike: the recruiter's thanks the evening after the quoted Wednesday 13.00 interview; the next date is a deadline.",
    )
    rec = ("Renata Albuquerque", "renata.albuquerque@calcados-sinos.example.com.br")
    conf, sent = w(8, 9, 11, 0, SAO, "Mon"), w(8, 10, 8, 30, SAO, "Tue")
    add(
        f,
        "obrigado_ate_quinta",
        "pt-BR",
        sender=ME,
        to=rec,
        subject="Re: Entrevista quinta-feira",
        sent=sent,
        text=top(
            "Obrigado, Renata! Até quinta.\n\nAlex",
            said("pt-BR", rec, conf),
            "Oi, Alex!\n\nSua entrevista ficou para quinta-feira, 12/08, das 10h às 11h, em Novo Hamburgo.\n\nRenata",
        ),
        label=slot(w(8, 12, 10, 0, SAO), w(8, 12, 11, 0, SAO), sent=sent),
        note="Control: 'Obrigado ... Até quinta' over the confirmed Thursday 12 August 10h-11h.",
    )
    rec = ("Katarzyna Lis", "katarzyna.lis@tatry-medical.example.pl")
    ask, sent = w(8, 10, 9, 0, WAW, "Tue"), w(8, 10, 21, 0, WAW, "Tue")
    add(
        f,
        "rezygnuje_neg",
        "pl",
        sender=ME,
        to=rec,
        subject="Re: Zaproszenie na rozmowę",
        sent=sent,
        text=top(
            "Dzień dobry,\n\ndziękuję za zaproszenie, ale po namyśle rezygnuję z udziału w rekrutacji.\n\nPozdrawiam\nAlex Morgan",
            said("pl", rec, ask),
            "Dzień dobry,\n\nzapraszamy na rozmowę w czwartek 19 sierpnia o 12:00 w naszym biurze w Krakowie. Proszę o potwierdzenie.\n\nKatarzyna Lis",
        ),
        label=neg(),
        note="Look-alike: the candidate declines the invitation quoted below ('rezygnuję z udziału').",
    )


def cancelcut19() -> None:
    f = "cancelcut19"
    rec = ("Jens Rickmers", "jens.rickmers@nordsee-kabel.example.de")
    conf, sent = w(8, 16, 10, 0, BER, "Mon"), w(8, 19, 16, 0, BER, "Thu")
    add(
        f,
        "stelle_besetzt",
        "de",
        sender=rec,
        to=ME,
        subject="AW: Gesprächstermin Dienstag",
        sent=sent,
        text=top(
            "Hallo Herr Morgan,\n\nleider muss ich Ihnen mitteilen, dass die Stelle intern besetzt wurde. Den Termin am Dienstag sage ich deshalb ab. Entschuldigen Sie die Umstände.\n\nJens Rickmers",
            said("de", rec, conf),
            "Hallo Herr Morgan,\n\nwie besprochen: Dienstag, 24. August, 11:00 Uhr in Cuxhaven.\n\nJens Rickmers",
        ),
        label=slot(w(8, 24, 11, 0, BER), sent=sent, kind="cancellation"),
        note="Gmail (de): 'Den Termin am Dienstag sage ich deshalb ab' cancels the quoted Tuesday 24 August 11:00.",
    )
    rec = ("Bérénice Lacombe", "berenice.lacombe@thermes-auvergne.example.fr")
    conf, sent = w(8, 17, 9, 0, PAR, "Tue"), w(8, 20, 11, 0, PAR, "Fri")
    add(
        f,
        "je_dois_annuler",
        "fr",
        sender=ME,
        to=rec,
        subject="Re: Confirmation de votre entretien",
        sent=sent,
        text=top(
            "Bonjour Madame Lacombe,\n\nJe suis contraint d'annuler notre entretien de mercredi : je viens d'accepter un autre poste. Merci pour votre temps.\n\nAlex Morgan",
            said("fr", rec, conf),
            "Bonjour Monsieur Morgan,\n\nVotre entretien est confirmé le mercredi 25 août à 10h30 à Vichy.\n\nBérénice Lacombe",
        ),
        label=slot(w(8, 25, 10, 30, PAR), sent=sent, kind="cancellation"),
        note="The candidate cancels the quoted Wednesday 25 August 10h30 ('Je suis contraint d'annuler').",
    )
    rec = ("Alessandro Riva", "alessandro.riva@funivie-valtellina.example.it")
    conf, sent = w(8, 18, 14, 0, ROM, "Wed"), w(8, 23, 9, 0, ROM, "Mon")
    add(
        f,
        "annullato_giovedi",
        "it",
        sender=rec,
        to=ME,
        subject="R: Colloquio giovedì",
        sent=sent,
        text=top(
            "Buongiorno Alex,\n\nmi spiace, il colloquio di giovedì è annullato: la posizione è stata sospesa. Le scriverò se riapre.\n\nAlessandro Riva",
            said("it", ME, conf),
            "Buongiorno Alessandro,\n\nconfermo giovedì 26 agosto alle 14:30, grazie.\n\nAlex",
        ),
        label=slot(w(8, 26, 14, 30, ROM), sent=sent, kind="cancellation"),
        note="The employer cancels the Thursday 26 August 14:30 the candidate confirmed lower in the quote.",
    )
    rec = ("Femke Zwart", "femke.zwart@groen-hovenier.example.nl")
    conf, sent = w(8, 19, 10, 0, AMS, "Thu"), w(8, 24, 12, 0, AMS, "Tue")
    add(
        f,
        "gaat_niet_door",
        "nl",
        sender=rec,
        to=ME,
        subject="Re: Gesprek vrijdag",
        sent=sent,
        text=top(
            "Hoi Alex,\n\nHet gesprek van vrijdag gaat helaas niet door; we hebben besloten de vacature voorlopig niet in te vullen.\n\nSorry,\nFemke",
            said("nl", rec, conf),
            "Hoi Alex,\n\nJe gesprek staat op vrijdag 27 augustus om 15.00 uur.\n\nFemke",
        ),
        label=slot(w(8, 27, 15, 0, AMS), sent=sent, kind="cancellation"),
        note="'Het gesprek van vrijdag gaat helaas niet door' cancels the quoted Friday 27 August 15.00.",
    )
    rec = ("Oskar Nyberg", "oskar.nyberg@vastkust-marin.example.se")
    conf, sent = w(8, 23, 13, 0, STO, "Mon"), w(8, 26, 8, 0, STO, "Thu")
    add(
        f,
        "installd_ny_tid",
        "sv",
        sender=rec,
        to=ME,
        subject="Sv: Intervju måndag",
        sent=sent,
        text=top(
            "Hej Alex,\n\nVi måste tyvärr ställa in intervjun på måndag. Kan vi i stället ses tisdag 31 augusti kl. 10.00? Jag har bokat rummet.\n\nOskar",
            said("sv", rec, conf),
            "Hej Alex,\n\nVälkommen på intervju måndag 30 augusti kl. 14.00 i Göteborg.\n\nOskar",
        ),
        label=slot(w(8, 31, 10, 0, STO), sent=sent, kind="reschedule"),
        note="Control: the Monday 14.00 is called off and a new time set (Tuesday 31 August 10.00) - a reschedule.",
    )
    rec = ("Ainhoa Zubiri", "ainhoa.zubiri@bodegas-rioja-alta.example.es")
    conf, sent = w(8, 24, 10, 0, MAD, "Tue"), w(8, 27, 17, 0, MAD, "Fri")
    add(
        f,
        "queda_cancelada",
        "es",
        sender=rec,
        to=ME,
        subject="RE: Entrevista lunes",
        sent=sent,
        text=top(
            "Hola Alex:\n\nTe escribo para decirte que la entrevista del lunes queda cancelada. Hemos pausado el proceso hasta octubre.\n\nUn saludo,\nAinhoa",
            said("es", rec, conf),
            "Hola Alex:\n\nTe esperamos el lunes 30 de agosto a las 12:00 en Haro.\n\nAinhoa",
        ),
        label=slot(w(8, 30, 12, 0, MAD), sent=sent, kind="cancellation"),
        note="'la entrevista del lunes queda cancelada' - the quoted Monday 30 August 12:00, no new time.",
    )


def fwdwhole19() -> None:
    f = "fwdwhole19"
    rec = ("Ulrike Frensel", "ulrike.frensel@harzer-holz.example.de")
    ask, mine, conf = (
        w(9, 1, 9, 0, BER, "Wed"),
        w(9, 1, 12, 0, BER, "Wed"),
        w(9, 2, 8, 30, BER, "Thu"),
    )
    thread = top(
        "Hallo Herr Morgan,\n\ndann am Dienstag, 7. September, um 15:30 Uhr. Bis dann!\n\nUlrike Frensel",
        said("de", ME, mine),
        top(
            "Hallo Frau Frensel,\n\nich könnte Dienstag ab 15 Uhr oder Mittwoch vormittags.\n\nAlex Morgan",
            said("de", rec, ask),
            "Hallo Herr Morgan,\n\nwann passt Ihnen ein Gespräch nächste Woche?\n\nUlrike Frensel",
        ),
    )
    fwd_thread(
        f,
        "zur_info_dienstag",
        "de",
        ui="de",
        org=rec,
        org_sent=conf,
        subject="Re: Gespräch",
        thread=thread,
        note_text="Zur Info \u2013 der Termin ist jetzt fix.",
        label=slot(w(9, 7, 15, 30, BER), sent=conf),
        note="Gmail forward (de) of a whole thread with 'Zur Info - der Termin ist jetzt fix': the newest quoted message sets Tuesday 7 September 15:30.",
    )
    rec = ("Pilar Escudero", "pilar.escudero@ceramica-manises.example.es")
    ask, mine, conf = (
        w(9, 2, 10, 0, MAD, "Thu"),
        w(9, 2, 13, 0, MAD, "Thu"),
        w(9, 3, 9, 0, MAD, "Fri"),
    )
    thread = top(
        "Perfecto, Alex. Te esperamos el miércoles 8 a las 11:00 en Manises.\n\nPilar",
        said("es", ME, mine),
        top(
            "Hola Pilar:\n\nEl miércoles 8 por la mañana me viene genial.\n\nAlex",
            said("es", rec, ask),
            "Hola Alex:\n\n¿Qué día te viene bien la semana que viene?\n\nPilar",
        ),
    )
    fwd_thread(
        f,
        "para_el_calendario",
        "es",
        ui="es",
        org=rec,
        org_sent=conf,
        subject="RE: Entrevista",
        thread=thread,
        note_text="Para el calendario, gracias.",
        label=slot(w(9, 8, 11, 0, MAD), sent=conf),
        note="Gmail forward (es) of a thread: 'el miércoles 8 a las 11:00' in the recruiter's last message.",
    )
    rec = ("Yann Le Goff", "yann.legoff@conserverie-douarnenez.example.fr")
    ask, mine, conf = (
        w(9, 3, 9, 0, PAR, "Fri"),
        w(9, 3, 11, 0, PAR, "Fri"),
        w(9, 6, 8, 45, PAR, "Mon"),
    )
    thread = top(
        "Bonjour Alex,\n\nC'est décalé : on se voit plutôt jeudi 9 septembre à 16h au lieu de mercredi. Désolé !\n\nYann",
        said("fr", ME, mine),
        top(
            "Bonjour Yann,\n\nMercredi 8 à 14h, c'est parfait pour moi.\n\nAlex",
            said("fr", rec, ask),
            "Bonjour Alex,\n\nJe vous propose mercredi 8 septembre à 14h.\n\nYann",
        ),
    )
    fwd_thread(
        f,
        "note_decale",
        "fr",
        ui="fr",
        org=rec,
        org_sent=conf,
        subject="Re: Entretien",
        thread=thread,
        note_text="Attention, ils ont changé l'heure, voir le dernier message.",
        label=slot(w(9, 9, 16, 0, PAR), sent=conf, kind="reschedule"),
        note="Forward (fr) of a thread whose newest message moves Wednesday 14h to 'jeudi 9 septembre à 16h au lieu de mercredi'.",
    )
    rec = ("Michał Dudek", "michal.dudek@odra-transport.example.pl")
    ask, mine, conf = (
        w(9, 6, 9, 0, WAW, "Mon"),
        w(9, 6, 10, 30, WAW, "Mon"),
        w(9, 6, 14, 0, WAW, "Mon"),
    )
    thread = top(
        "Dziękuję, dam znać jutro, który termin pasuje kierownikowi.\n\nMichał",
        said("pl", ME, mine),
        top(
            "Dzień dobry,\n\nmogę w środę 15 września o 10:00 lub w piątek 17 września o 13:00.\n\nAlex",
            said("pl", rec, ask),
            "Dzień dobry,\n\nproszę o propozycje terminów na rozmowę.\n\nMichał Dudek",
        ),
    )
    fwd_thread(
        f,
        "jeszcze_otwarte_neg",
        "pl",
        ui="pl",
        org=rec,
        org_sent=conf,
        subject="Re: Rozmowa",
        thread=thread,
        note_text="Jeszcze nic pewnego, ale zapisz, proszę, na wszelki wypadek.",
        label=neg(),
        note="Look-alike: the user forwards a thread still open (the recruiter will say tomorrow which of the candidate's two slots).",
    )
    rec = ("Daan Mulder", "daan.mulder@zeeland-energie.example.nl")
    ask, conf = w(9, 7, 10, 0, AMS, "Tue"), w(9, 8, 9, 0, AMS, "Wed")
    thread = top(
        "Hoi Alex,\n\nAfgesproken: maandag 13 september van 10.00 tot 11.30 uur in Vlissingen.\n\nDaan",
        said("nl", ME, ask),
        "Hoi Daan,\n\nMaandag 13 september kan ik de hele ochtend.\n\nAlex",
    )
    fwd_thread(
        f,
        "afgesproken_maandag",
        "nl",
        ui="nl",
        org=rec,
        org_sent=conf,
        subject="Re: Gesprek",
        thread=thread,
        note_text="Deze graag in mijn agenda.",
        label=slot(w(9, 13, 10, 0, AMS), w(9, 13, 11, 30, AMS), sent=conf),
        note="Forward (nl): 'Afgesproken: maandag 13 september van 10.00 tot 11.30 uur'.",
    )
    rec = ("Ilaria Conti", "ilaria.conti@seteria-como.example.it")
    ask, conf = w(9, 8, 11, 0, ROM, "Wed"), w(9, 9, 10, 0, ROM, "Thu")
    thread = top(
        "Ciao Alex,\n\npurtroppo devo annullare il colloquio di martedì 14: il responsabile è in ferie. Ti ricontatto io.\n\nIlaria",
        said("it", ME, ask),
        "Ciao Ilaria,\n\nconfermo martedì 14 settembre alle 10:00.\n\nAlex",
    )
    fwd_thread(
        f,
        "annullato_nota",
        "it",
        ui="it",
        org=rec,
        org_sent=conf,
        subject="Re: Colloquio",
        thread=thread,
        note_text="Da togliere dal calendario.",
        label=slot(w(9, 14, 10, 0, ROM), sent=conf, kind="cancellation"),
        note="Forward (it) of a thread whose newest message cancels the quoted Tuesday 14 September 10:00.",
    )


def cjkko19() -> None:
    f = "cjkko19"
    rec = ("佐藤 美咲", "misaki.sato@kitaguni-denki.example.jp")
    ask, mine, sent = (
        w(9, 6, 10, 0, TYO, "Mon"),
        w(9, 6, 18, 0, TYO, "Mon"),
        w(9, 7, 9, 30, TYO, "Tue"),
    )
    thread = top(
        "佐藤様\n\nお世話になっております。9月14日(火)14:00、または9月16日(木)10:00でしたら伺えます。\n\nアレックス・モーガン",
        said("ja", rec, ask),
        "アレックス・モーガン様\n\n一次面接の日程について、来週のご都合をお知らせください。\n\n北国電機 人事部 佐藤",
    )
    add(
        f,
        "ja_pick",
        "ja",
        sender=rec,
        to=ME,
        subject="Re: 一次面接の日程",
        sent=sent,
        text=top(
            "モーガン様\n\nご連絡ありがとうございます。それでは9月16日(木)10:00でお願いいたします。当日は本社受付にお越しください。\n\n佐藤",
            said("ja", ME, mine),
            thread,
        ),
        label=slot(w(9, 16, 10, 0, TYO), sent=sent),
        note="Gmail (ja): the recruiter picks the candidate's second option, 9月16日(木)10:00.",
    )
    rec = ("王静", "wang.jing@huaxin-tech.example.cn")
    conf, sent = w(9, 7, 10, 0, SHA, "Tue"), w(9, 9, 15, 0, SHA, "Thu")
    add(
        f,
        "zh_gaiqi",
        "zh-CN",
        sender=rec,
        to=ME,
        subject="回复：面试安排",
        sent=sent,
        client="Outlook",
        text=otop(
            "Alex 你好，\n\n抱歉，原定9月14日（周二）上午10点的面试需要改期，改到9月15日（周三）下午3点，地点不变。\n\n王静",
            oblock("zh-CN", rec, conf, "面试安排", ME),
            "Alex 你好，\n\n你的面试安排在9月14日（周二）上午10点，地点：上海市徐汇区漕溪北路88号。\n\n王静",
        ),
        label=slot(w(9, 15, 15, 0, SHA), sent=sent, kind="reschedule"),
        note="Outlook (zh-CN) block: '改期 ... 改到9月15日（周三）下午3点'.",
    )
    rec = ("김지현", "jihyun.kim@hanbit-bio.example.kr")
    ask, mine, sent = (
        w(9, 8, 9, 0, SEL, "Wed"),
        w(9, 8, 13, 0, SEL, "Wed"),
        w(9, 8, 16, 0, SEL, "Wed"),
    )
    add(
        f,
        "ko_hwagin_neg",
        "ko",
        sender=rec,
        to=ME,
        subject="RE: 면접 일정",
        sent=sent,
        text=top(
            "Alex님, 회신 감사합니다. 팀장님 일정 확인 후 내일 다시 연락드리겠습니다.\n\n김지현 드림",
            said("ko", ME, mine),
            top(
                "김지현님,\n\n9월 15일(수) 오후 2시 또는 9월 17일(금) 오전 10시에 가능합니다.\n\nAlex",
                said("ko", rec, ask),
                "Alex님,\n\n다음 주 면접 가능하신 시간을 알려주세요.\n\n김지현",
            ),
        ),
        label=neg(),
        note="Look-alike: the candidate's two proposals quoted under '팀장님 일정 확인 후 내일 다시 연락드리겠습니다' (not yet booked).",
    )
    rec = ("박성민", "sungmin.park@daehan-logis.example.kr")
    ask, mine, sent = (
        w(9, 9, 10, 0, SEL, "Thu"),
        w(9, 9, 15, 0, SEL, "Thu"),
        w(9, 10, 9, 0, SEL, "Fri"),
    )
    add(
        f,
        "ko_pick",
        "ko",
        sender=rec,
        to=ME,
        subject="RE: 2차 면접",
        sent=sent,
        text=top(
            "Alex님,\n\n9월 16일(목) 오후 3시로 확정하겠습니다. 본사 5층 회의실로 오시면 됩니다.\n\n박성민 드림",
            said("ko", ME, mine),
            top(
                "박성민님,\n\n16일(목) 오후 3시나 17일(금) 오전 11시 괜찮습니다.\n\nAlex",
                said("ko", rec, ask),
                "Alex님,\n\n2차 면접 일정을 잡고자 합니다. 다음 주 가능하신 시간 알려주세요.\n\n박성민",
            ),
        ),
        label=slot(w(9, 16, 15, 0, SEL), sent=sent),
        note="Gmail (ko): '9월 16일(목) 오후 3시로 확정하겠습니다' over the candidate's two options.",
    )
    rec = ("鈴木 健太", "kenta.suzuki@minato-shoji.example.jp")
    conf, sent = w(9, 10, 11, 0, TYO, "Fri"), w(9, 14, 17, 0, TYO, "Tue")
    add(
        f,
        "ja_cancel",
        "ja",
        sender=rec,
        to=ME,
        subject="RE: 二次面接のご案内",
        sent=sent,
        client="Outlook",
        text=otop(
            "モーガン様\n\n大変申し訳ございませんが、9月17日(金)の二次面接は募集停止のため中止とさせていただきます。\n\n鈴木",
            oblock("ja", rec, conf, "二次面接のご案内", ME),
            "モーガン様\n\n二次面接は9月17日(金)13:00〜14:00、本社にて行います。\n\n鈴木",
        ),
        label=slot(w(9, 17, 13, 0, TYO), w(9, 17, 14, 0, TYO), sent=sent, kind="cancellation"),
        note="Outlook (ja): '9月17日(金)の二次面接は...中止' cancels the quoted slot, no new time.",
    )
    rec = ("李娜", "li.na@jiangnan-food.example.cn")
    conf, sent = w(9, 13, 9, 0, SHA, "Mon"), w(9, 15, 19, 0, SHA, "Wed")
    add(
        f,
        "zh_xiexie_neg",
        "zh-CN",
        sender=ME,
        to=rec,
        subject="回复：面试确认",
        sent=sent,
        text=top(
            "李老师您好，\n\n感谢今天下午的面试机会，期待您的消息！\n\nAlex",
            said("zh-CN", rec, conf),
            "Alex 你好，\n\n面试时间确认为9月15日（周三）下午2点，请准时到达。\n\n李娜",
        ),
        label=neg(),
        note="Look-alike: thanks sent the evening after the quoted interview (Wednesday 15 September 14:00).",
    )
    rec = ("최유나", "yuna.choi@seorak-games.example.kr")
    conf, sent = w(9, 14, 10, 0, SEL, "Tue"), w(9, 16, 11, 0, SEL, "Thu")
    add(
        f,
        "ko_cancel",
        "ko",
        sender=rec,
        to=ME,
        subject="RE: 면접 안내",
        sent=sent,
        client="Outlook",
        text=otop(
            "Alex님,\n\n죄송하지만 내부 사정으로 9월 20일(월) 면접이 취소되었습니다. 추후 다시 연락드리겠습니다.\n\n최유나",
            oblock("ko", rec, conf, "면접 안내", ME),
            "Alex님,\n\n면접은 9월 20일(월) 오전 11시, 판교 사무실에서 진행됩니다.\n\n최유나",
        ),
        label=slot(w(9, 20, 11, 0, SEL), sent=sent, kind="cancellation"),
        note="Outlook (ko) block: '9월 20일(월) 면접이 취소되었습니다' cancels the quoted Monday 11:00.",
    )


def trthread19() -> None:
    f = "trthread19"
    rec = ("Elif Aydın", "elif.aydin@marmara-yazilim.example.com.tr")
    ask, mine, sent = (
        w(9, 13, 10, 0, IST, "Mon"),
        w(9, 13, 14, 0, IST, "Mon"),
        w(9, 14, 9, 0, IST, "Tue"),
    )
    add(
        f,
        "persembe_uygun",
        "tr",
        sender=rec,
        to=ME,
        subject="Ynt: Mülakat",
        sent=sent,
        text=top(
            "Merhaba Alex,\n\nPerşembe saat 14:00 uygun, görüşmek üzere! Adres: Levent, Büyükdere Cad. No: 120, kat 7.\n\nElif",
            said("tr", ME, mine),
            top(
                "Merhaba Elif Hanım,\n\n21 Eylül Salı 10:00 veya 23 Eylül Perşembe 14:00 benim için uygun.\n\nAlex",
                said("tr", rec, ask),
                "Merhaba Alex,\n\nGelecek hafta hangi gün ve saatler uygun olur?\n\nElif Aydın",
            ),
        ),
        label=slot(w(9, 23, 14, 0, IST), sent=sent),
        note="Gmail (tr) 'tarihinde şunu yazdı:': 'Perşembe saat 14:00 uygun' picks the candidate's Thursday 23 September.",
    )
    rec = ("Murat Demir", "murat.demir@ege-tekstil.example.com.tr")
    conf, sent = w(9, 14, 11, 0, IST, "Tue"), w(9, 17, 16, 0, IST, "Fri")
    add(
        f,
        "erteleme",
        "tr",
        sender=rec,
        to=ME,
        subject="YNT: Görüşme",
        sent=sent,
        client="Outlook",
        text=otop(
            "Merhaba Alex Bey,\n\nPazartesi saat 10:00'daki görüşmemizi 21 Eylül Salı saat 15:30'a ertelememiz gerekiyor. Yer değişmedi.\n\nMurat Demir",
            oblock("tr", rec, conf, "Görüşme", ME),
            "Merhaba Alex Bey,\n\nGörüşmeniz 20 Eylül Pazartesi saat 10:00'da İzmir ofisimizde.\n\nMurat Demir",
        ),
        label=slot(w(9, 21, 15, 30, IST), sent=sent, kind="reschedule"),
        note="Outlook (tr) block 'Kimden/Gönderildi/Kime/Konu': Monday 10:00 moved to Tuesday 21 September 15:30.",
    )
    rec = ("Zeynep Kaya", "zeynep.kaya@anadolu-enerji.example.com.tr")
    ask, mine, sent = (
        w(9, 15, 9, 0, IST, "Wed"),
        w(9, 15, 12, 0, IST, "Wed"),
        w(9, 15, 15, 0, IST, "Wed"),
    )
    add(
        f,
        "kontrol_edip_neg",
        "tr",
        sender=rec,
        to=ME,
        subject="Ynt: Mülakat tarihi",
        sent=sent,
        text=top(
            "Teşekkürler Alex, müdürümüzün takvimini kontrol edip size dönüş yapacağım.\n\nZeynep",
            said("tr", ME, mine),
            top(
                "Zeynep Hanım merhaba,\n\n22 Eylül Çarşamba saat 11:00 olabilir mi?\n\nAlex",
                said("tr", rec, ask),
                "Merhaba Alex,\n\nMülakat için uygun olduğunuz zamanları paylaşır mısınız?\n\nZeynep",
            ),
        ),
        label=neg(),
        note="Look-alike: 'kontrol edip size dönüş yapacağım' over the candidate's Wednesday 11:00 question.",
    )
    rec = ("Can Öztürk", "can.ozturk@bogazici-lojistik.example.com.tr")
    conf, sent = w(9, 16, 10, 0, IST, "Thu"), w(9, 20, 9, 0, IST, "Mon")
    add(
        f,
        "iptal",
        "tr",
        sender=rec,
        to=ME,
        subject="Ynt: Görüşme Çarşamba",
        sent=sent,
        text=top(
            "Merhaba Alex,\n\nMaalesef Çarşamba günkü görüşmeyi iptal etmek zorundayız; pozisyon şimdilik askıya alındı.\n\nCan",
            said("tr", rec, conf),
            "Merhaba Alex,\n\nGörüşmemiz 22 Eylül Çarşamba saat 16:00'da.\n\nCan Öztürk",
        ),
        label=slot(w(9, 22, 16, 0, IST), sent=sent, kind="cancellation"),
        note="Gmail (tr): 'Çarşamba günkü görüşmeyi iptal etmek zorundayız' cancels the quoted Wednesday 16:00.",
    )
    rec = ("Selin Arslan", "selin.arslan@karadeniz-gida.example.com.tr")
    conf = w(9, 17, 11, 0, IST, "Fri")
    thread = top(
        "Merhaba Alex,\n\nTamamdır, 24 Eylül Cuma 13:00-14:00 arası Trabzon ofisimizde görüşelim.\n\nSelin",
        said("tr", ME, w(9, 17, 9, 0, IST)),
        "Merhaba Selin Hanım,\n\nCuma öğleden sonra uygunum.\n\nAlex",
    )
    add(
        f,
        "fwd_not",
        "tr",
        sender=ME,
        to=HOOK,
        subject="Fwd: Ynt: Görüşme",
        sent=conf + timedelta(hours=3),
        text="Takvime ekler misin?\n\n---------- Forwarded message ---------\n"
        f"Kimden: {_who(rec)}\nDate: {conf.day} {TR_MON_AB[conf.month - 1]} {conf.year} {TR_WD_AB[conf.weekday()]}, {conf:%H:%M}\nSubject: Ynt: Görüşme\nTo: {_who(ME)}\n\n{thread}",
        label=slot(w(9, 24, 13, 0, IST), w(9, 24, 14, 0, IST), sent=conf, orig=rec[1]),
        note="Gmail forward (tr UI) with 'Takvime ekler misin?': 'Tamamdır, 24 Eylül Cuma 13:00-14:00'.",
    )
    rec = ("Burak Yıldız", "burak.yildiz@akdeniz-turizm.example.com.tr")
    conf, sent = w(9, 20, 10, 0, IST, "Mon"), w(9, 23, 18, 0, IST, "Thu")
    add(
        f,
        "tesekkur_neg",
        "tr",
        sender=ME,
        to=rec,
        subject="Ynt: Mülakat Perşembe",
        sent=sent,
        text=top(
            "Burak Bey merhaba,\n\nBugünkü görüşme için çok teşekkür ederim. Sonucu merakla bekliyorum.\n\nAlex",
            said("tr", rec, conf),
            "Merhaba Alex,\n\nMülakatınız 23 Eylül Perşembe saat 11:00'de Antalya ofisimizde.\n\nBurak",
        ),
        label=neg(),
        note="Look-alike: thanks sent the evening after the quoted Thursday 11:00 interview.",
    )


def applebottom19() -> None:
    f = "applebottom19"
    rec = ("Thiago Barreto", "thiago.barreto@cerrado-agro.example.com.br")
    ask, sent = w(9, 20, 10, 0, SAO, "Mon"), w(9, 20, 18, 0, SAO, "Mon")
    add(
        f,
        "quarta_10h",
        "pt-BR",
        sender=ME,
        to=rec,
        subject="Re: Entrevista",
        sent=sent,
        client="Apple Mail",
        text=bottom(
            "Oi, Alex!\n\nPodemos conversar na quarta, 29/09, às 10h, ou na quinta, 30/09, às 16h?\n\nThiago",
            applesaid("pt-BR", rec, ask),
            "Oi, Thiago!\n\nQuarta às 10h fica ótimo para mim.\n\nAlex\n\nEnviado do meu iPhone",
        ),
        label=slot(w(9, 29, 10, 0, SAO), sent=sent),
        note="Apple Mail (pt-BR) bottom-posted: 'Quarta às 10h fica ótimo' picks the first option.",
    )
    rec = ("Sara Lombardi", "sara.lombardi@vetreria-murano.example.it")
    ask, sent = w(9, 21, 9, 0, ROM, "Tue"), w(9, 21, 13, 0, ROM, "Tue")
    add(
        f,
        "nessuna_va_neg",
        "it",
        sender=ME,
        to=rec,
        subject="Re: Disponibilità colloquio",
        sent=sent,
        client="Apple Mail",
        text=bottom(
            "Ciao Alex,\n\nti propongo giovedì 30 settembre alle 11:00 oppure venerdì 1 ottobre alle 9:00.\n\nSara",
            applesaid("it", rec, ask),
            "Ciao Sara,\n\npurtroppo nessuna delle due date va bene per me, sarò all'estero fino al 3 ottobre. Possiamo fare la settimana successiva?\n\nAlex",
        ),
        label=neg(),
        note="Look-alike: bottom-posted refusal of both offered slots; a later week asked for.",
    )
    rec = ("Lotte Jansen", "lotte.jansen@utrecht-zorg.example.nl")
    ask, sent = w(9, 22, 9, 0, AMS, "Wed"), w(9, 22, 11, 0, AMS, "Wed")
    add(
        f,
        "tb_donderdag",
        "nl",
        sender=ME,
        to=rec,
        subject="Re: Uitnodiging gesprek",
        sent=sent,
        client="Thunderbird",
        text=bottom(
            "Hoi Alex,\n\nKun je donderdag 30 september om 10.00 uur of om 14.00 uur?\n\nLotte",
            tbsaid("nl", rec, ask),
            "Hoi Lotte,\n\nOm 14.00 uur lukt mij prima. Tot donderdag!\n\nAlex",
        ),
        label=slot(w(9, 30, 14, 0, AMS), sent=sent),
        note="Thunderbird (nl) bottom-posted: 'Om 14.00 uur lukt mij prima' picks the second hour of the quoted Thursday.",
    )
    rec = ("Bernd Vollmer", "bernd.vollmer@rheinchemie.example.de")
    conf, sent = w(9, 22, 14, 0, BER, "Wed"), w(9, 24, 10, 0, BER, "Fri")
    add(
        f,
        "tb_verschoben",
        "de",
        sender=rec,
        to=ME,
        subject="Re: Vorstellungsgespräch",
        sent=sent,
        client="Thunderbird",
        text=bottom(
            "Hallo Herr Vollmer,\n\ndann bis Montag, 27.09., um 9 Uhr. Vielen Dank!\n\nAlex Morgan",
            tbsaid("de", ME, conf),
            "Hallo Herr Morgan,\n\nkleine Änderung: Wir müssen den Termin am Montag auf 11:30 Uhr verschieben, der Raum ist vorher belegt.\n\nBernd Vollmer",
        ),
        label=slot(w(9, 27, 11, 30, BER), sent=sent, kind="reschedule"),
        note="Thunderbird (de) bottom-posted: the quoted Monday 27.09. 9 Uhr moves to 11:30 the same day.",
    )
    rec = ("Camille Perrot", "camille.perrot@cosmetiques-grasse.example.fr")
    conf, sent = w(9, 23, 10, 0, PAR, "Thu"), w(9, 27, 9, 0, PAR, "Mon")
    add(
        f,
        "apple_annule",
        "fr",
        sender=rec,
        to=ME,
        subject="Re: Entretien jeudi",
        sent=sent,
        client="Apple Mail",
        text=bottom(
            "Bonjour Camille,\n\nJe confirme ma présence jeudi 30 septembre à 15h.\n\nAlex",
            applesaid("fr", ME, conf),
            "Bonjour Alex,\n\nJe suis désolée, nous devons annuler l'entretien de jeudi : le poste a été pourvu en interne.\n\nCamille",
        ),
        label=slot(w(9, 30, 15, 0, PAR), sent=sent, kind="cancellation"),
        note="Apple Mail (fr) bottom-posted: the employer cancels the quoted Thursday 30 September 15h.",
    )
    rec = ("Jonas Ekberg", "jonas.ekberg@malmo-design.example.se")
    ask, sent = w(9, 24, 9, 0, STO, "Fri"), w(9, 24, 12, 0, STO, "Fri")
    add(
        f,
        "tb_tisdag",
        "sv",
        sender=ME,
        to=rec,
        subject="Sv: Intervju",
        sent=sent,
        client="Thunderbird",
        text=bottom(
            "Hej Alex,\n\nPasar tisdag 5 oktober kl. 13.00 eller onsdag 6 oktober kl. 9.00?\n\nJonas",
            tbsaid("sv", rec, ask),
            "Hej Jonas,\n\nTisdag kl. 13.00 passar utmärkt.\n\nAlex",
        ),
        label=slot(w(10, 5, 13, 0, STO), sent=sent),
        note="Thunderbird (sv) bottom-posted: 'Tisdag kl. 13.00 passar utmärkt' picks the first option.",
    )
    rec = ("Lucas Andrade", "lucas.andrade@porto-mar.example.com.br")
    conf, sent = w(9, 27, 10, 0, SAO, "Mon"), w(9, 30, 17, 0, SAO, "Thu")
    add(
        f,
        "obrigado_depois_neg",
        "pt-BR",
        sender=ME,
        to=rec,
        subject="Re: Entrevista quinta",
        sent=sent,
        client="Apple Mail",
        text=bottom(
            "Oi, Alex!\n\nConfirmado: quinta, 30/09, às 14h, no escritório de Santos.\n\nLucas",
            applesaid("pt-BR", rec, conf),
            "Oi, Lucas!\n\nObrigado pela conversa de hoje, gostei muito de conhecer a equipe.\n\nAlex",
        ),
        label=neg(),
        note="Look-alike: bottom-posted thanks the day of the interview, after it.",
    )


BUILDERS = [
    confirmpick19,
    outlookmove19,
    letmecheck19,
    weekdayquote19,
    thankdecline19,
    cancelcut19,
    fwdwhole19,
    cjkko19,
    trthread19,
    applebottom19,
]

MEASURED: list[str] = [
    "First sight (parser at main 752eb9f2, before any change for this batch): dev: 29 of 32 "
    "invitations/moves/cancellations with the right start (15 sure), 0 of 15 look-alikes "
    "claimed with confidence >= 0.5, kind right 29 of 47; held out: 13 of 14 right (5 sure), "
    "0 of 6 claimed, kind right 14 of 20; no calendar-bearing mail in the batch. Dev misses: "
    "a quoted 'am Montag um 10 Uhr' under Gmail's German attribution wrapped before the "
    "address (counted from the reply's Monday, a week late), a quoted 'w czwartek o 11:00' "
    "under Gmail's Polish 'napisał(a):' (not read as an attribution, so dated from the reply "
    "and then thought past), and the Dutch 'gaat helaas niet door' (read as a refusal, no "
    "slot). Kinds: every Outlook-block move read as a plain invitation; singular French and "
    "Italian cancellations ('je suis contraint d'annuler', 'devo annullare') not read.",
    "",
    "After the batch's rules: dev 32 of 32 right (16 sure), 0 of 15 claimed, kind right 36 "
    "of 47; held out 13 of 14 right (6 sure), 0 of 6 claimed, kind right 13 of 20 (held-out "
    "files never opened). Whole splits (quick.py, batch included): dev text 1756/1776 -> "
    "1759/1776, sure 1554 -> 1557, false claims 8/1348 unchanged; held out text 809/863 and "
    "false claims 56/613 unchanged, sure 671 -> 672; shared and fixtures unchanged; cmp.py: "
    "no BROKE line, held out worse 0. Kinds over the whole dev split: 13 more moves read as "
    "reschedules (movetop13, movetop15, htmlquote15, daysafter, outlookmove19, fwdwhole19); "
    "held-out kinds (counted, not opened): 4 better, 1 worse. Left: thanks-only replies and "
    "cancellations stay below 0.5 by design, a German booking without a meeting word "
    "('Freitag, 16. Juli, 14:00 Uhr passt. Die Einladung folgt.') is held for review, moves "
    "written as questions stay invitations.",
]
RULES: list[str] = [
    "- Singular cancelling verbs (`_CANCELLING_WORDS`: 'je dois annuler', 'contraint(e) d'",
    "  annuler', 'obligé(e) d'annuler', 'devo annullare'): the plural forms ('devons',",
    "  'contraints d'', 'dobbiamo annullare') were already read from earlier batches; this",
    "  batch's `cancelcut19` (fr) and `fwdwhole19` (it) write them as one person does.",
    "- Gmail's Polish attribution '… napisał(a):' is a reply header (`REPLY_HEADER`, as Czech",
    "  'napsal(a)'): build_threads13's and build_threads15's Polish Gmail threads and this",
    "  batch's `weekdayquote19` (pl); and a quoted attribution wrapped before the address",
    "  ('Am Fr., 16. Juli 2027 um 15:00 Uhr schrieb Name' / '<mail>:', crisp-oss/",
    "  email-reply-parser's multiline_reply_headers_de fixture shape, threads15 and this batch)",
    "  dates the quoted mail, so its weekday counts from that day (`when._read`).",
    "- A reply that books a slot in its own words answers the availability request quoted",
    "  under it: pick-a-time cues are read in the reply's own text only (`_asking_text`):",
    "  threads15 `pickopt15` fr and this batch's `confirmpick19` fr.",
    "- A reply whose own time sits in a sentence with a move verb, over a different quoted",
    "  slot and not only asking, is a reschedule (`_moves_quoted_slot`): threads13",
    "  `movetop13` (it, pl), threads15 `movetop15` (en, es, fr, pl, pt-BR, sv) and",
    "  `htmlquote15`, threads10 `daysafter` (es) and this batch's `outlookmove19`/`fwdwhole19`.",
    "- Dutch 'gaat (helaas) niet door' calls a meeting off (`_CANCELLING_WORDS`): public code",
    "  (an appointment-cancellation mail 'Het moment van … gaat helaas niet door' with the",
    "  subject 'Afspraak gaat niet door', a volunteer-shift cancellation 'Je inschrijftaak … op",
    "  {datum} van {tijd} tot {eindtijd} gaat helaas niet door', an event notice 'Dit",
    "  evenement gaat helaas niet door') and this batch's `cancelcut19` (nl).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the threads17 batch (`build_threads17.py`)",
        "",
        "Reply threads and forwards typed by people in languages other than English. Text is ours; people, companies and addresses are made up. Client helpers (Gmail attributions de/fr/es/it/nl/pl/pt-BR/sv/ja, Outlook desktop blocks de/es/it/pl/pt/nl/ja, Apple Mail and Thunderbird attributions, Gmail forward blocks) are loaded from build_threads15.py, which documents where each comes from; the Gmail ko/zh-CN/tr attributions ('...님이 작성:', '于...写道：', '... tarihinde şunu yazdı:') and the Outlook ko/zh-CN/tr blocks ('보낸 사람/보낸 날짜/받는 사람/제목', '发件人/发送时间/收件人/主题', 'Kimden/Gönderildi/Kime/Konu') are recalled, not re-read. Every label was written from the datetimes the text is rendered from, before the parser was run on any message; the split was fixed before then.",
        "",
        "A recruiter confirming one of the candidate's proposed times is an `invitation`; a quoted slot moved to a new one is a `reschedule` with the new slot; a thread that calls the quoted slot off without a new time is a `cancellation` with that slot; 'let me check' over the candidate's own proposal, requests to move without a new time, declines, withdrawals and thanks after the interview are `not_invitation`. A thanks-only reply over a confirmation still ahead keeps the quoted slot (as in threads15).",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags ({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was measured): "
        + ", ".join(held)
        + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_threads17.py` (deterministic; deletes and rewrites only the files of these families).",
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
    for build in BUILDERS:
        build()
    cases = list(BUILT)
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-threads17.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
