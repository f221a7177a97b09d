# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "threads46" batch: which slot is THE slot when a mail carries several times.

Run: .venv/bin/python tests/parsing/corpus/build_threads46.py

Threads and forwards where the newest layer settles, restates, confirms, cancels or moves a
slot written in an older quoted layer, or adds nothing: an option picked from a list and
confirmed by the employer ('option 2 works' / 'Perfect, you're confirmed'); the employer
restating the agreed slot over older proposals; a mail forwarded twice (recruiter -> hiring
manager -> the user); 'see you then' over one quoted slot; a relative day ('tomorrow',
'Monday') in a quoted layer, read against that layer's date; office hours in a signature; a
reply that cancels or moves the quoted slot. Controls of the same shapes: nothing agreed,
the candidate's own proposals unanswered. en, de, fr, es, it, nl, pt-BR, pl, sv, ja, zh, ko,
tr. All prose ours; people and companies made up. Quote attributions and forward headers
are written from memory of Gmail, Outlook, Apple Mail and Thunderbird. Every label comes
from the datetimes the text is rendered from (zoneinfo) and was written before the parser
was run on any message of the batch. Held-out families drawn by
`random.Random("threads46 coin").sample(sorted(FAMILIES), 2)` before any mail was written.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

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
p44 = _load("build_prose44", "build_prose44.py")
r43 = sys.modules["build_replies43"]
Case, mail, quote, timed = pp.Case, pp.mail, pp.quote, pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus; quote attributions and forward headers recalled from Gmail, Outlook, Apple Mail and Thunderbird"
LIC = "text ours"

FAMILIES = {
    "pickconf46": "The employer offers a list of slots, the candidate picks one by position "
    "or weekday ('option 2 works', 'Dienstag passt', 'la segunda', '火曜日でお願いします'), and "
    "the employer's newest reply only confirms; controls where the employer has not yet "
    "confirmed or the candidate declined every option.",
    "restate46": "The employer restates the agreed slot at the top of a reply whose quoted "
    "layers hold older proposals that were turned down; controls offering a fresh list.",
    "fwdtwice46": "A mail forwarded twice (recruiter -> hiring manager -> the user, or the "
    "user forwarding a forward) whose newest layers add nothing or only 'see below'; "
    "controls where the innermost mail only asks for availability.",
    "seeyou46": "A reply whose new text only accepts ('see you then', 'Passt, bis dann', "
    "'好的，到时见') over one quoted slot asked about; controls: a thank-you after the "
    "interview, 'I'll check and come back to you'.",
    "quotedday46": "A relative day ('tomorrow', 'Monday', 'demain', 'mañana', '明日', '내일') "
    "in a quoted layer or forwarded mail, to be read against that layer's date, not the "
    "newer reply's or forward's; controls with no slot.",
    "sighours46": "Invitations whose signatures carry office or phone hours ('Mo–Fr 9:00–"
    "17:00', 'Horario de atención: L–V 9:00–14:00', '受付時間：平日 9:00〜18:00'); controls: "
    "receipts with office hours only.",
    "undo46": "A reply that cancels or moves the slot given in the quoted mail; controls: "
    "the candidate asking to move and offering times nobody has answered.",
}
HELD = frozenset(random.Random("threads46 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
MON, TUE, WED, THU, FRI, SAT, SUN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DAYN = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
}
MONN = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
# Outlook's header labels (From, Sent, To, Subject) and forward subject prefix, per language.
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "FW"),
    "de": ("Von", "Gesendet", "An", "Betreff", "WG"),
    "fr": ("De", "Envoyé", "À", "Objet", "TR"),
    "es": ("De", "Enviado el", "Para", "Asunto", "RV"),
    "it": ("Da", "Inviato", "A", "Oggetto", "I"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "FW"),
    "pt": ("De", "Enviado", "Para", "Assunto", "ENC"),
    "pl": ("Od", "Wysłane", "Do", "Temat", "PD"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "VB"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "İLT"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "転送"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "转发"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "전달"),
}


def base(lang: str) -> str:
    return lang.split("-")[0]


def at(lang: str, s: tuple[Any, ...]) -> datetime:
    """(y, mo, d, h, mi, weekday) in the writer's zone; the weekday guards the text."""
    y, mo, d, h, mi, wd = s
    return pp.at(y, mo, d, h, mi, p44.ZONE[lang], wd)


def outlook_when(lang: str, v: datetime) -> str:
    """The Sent: value Outlook writes in the language."""
    b = base(lang)
    hm = f"{v:%H:%M}"
    if b in ("ja", "zh"):
        return f"{v.year}年{v.month}月{v.day}日 {hm}"
    if b == "ko":
        half = "오전" if v.hour < 12 else "오후"
        return f"{v.year}년 {v.month}월 {v.day}일 {DAYN['ko'].split()[v.weekday()]} {half} {v.hour % 12 or 12}:{v:%M}"
    dn, mn = DAYN[b].split()[v.weekday()], MONN[b].split()[v.month - 1]
    return {
        "en": f"{dn}, {mn} {v.day}, {v.year} {v.hour % 12 or 12}:{v:%M} {'AM' if v.hour < 12 else 'PM'}",
        "de": f"{dn}, {v.day}. {mn} {v.year} {hm}",
        "fr": f"{dn} {v.day} {mn} {v.year} {hm}",
        "es": f"{dn}, {v.day} de {mn} de {v.year} {hm}",
        "it": f"{dn} {v.day} {mn} {v.year} {hm}",
        "nl": f"{dn} {v.day} {mn} {v.year} {hm}",
        "pt": f"{dn}, {v.day} de {mn} de {v.year} {hm}",
        "pl": f"{dn}, {v.day} {mn} {v.year} {hm}",
        "sv": f"den {v.day} {mn} {v.year} {hm}",
        "tr": f"{v.day} {mn} {v.year} {dn} {hm}",
    }[b]


def outlook_block(
    lang: str, who: tuple[str, str], to: tuple[str, str], v: datetime, subject: str
) -> str:
    f, s, t, j, _ = OUTLOOK[base(lang)]
    colon = " :" if base(lang) == "fr" else ":"
    return (
        "________________________________\n"
        f"{f}{colon} {who[0]} <{who[1]}>\n{s}{colon} {outlook_when(lang, v)}\n"
        f"{t}{colon} {to[0]} <{to[1]}>\n{j}{colon} {subject}\n"
    )


def gmail_attr(lang: str, v: datetime, who: tuple[str, str]) -> str:
    b = base(lang)
    if b in ("ja", "ko", "zh"):
        return p44.thread(lang, "x", v, who, "y").split("\n")[2]
    if b == "tr":
        short = ("Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz")[v.weekday()]
        return f"{v.day} {MONN['tr'].split()[v.month - 1][:3]} {v.year} {short} {v:%H:%M} tarihinde {who[0]} <{who[1]}> şunu yazdı:"
    if lang == "en-US":
        return r43.attribution("en-US", v, who)
    return r43.attribution("pt" if b == "pt" else b, v, who)


def apple_attr(lang: str, v: datetime, who: tuple[str, str]) -> str:
    b = base(lang)
    mn = MONN.get(b, MONN["en"]).split()[v.month - 1]
    if b == "de":
        return f"Am {v.day:02d}.{v.month:02d}.{v.year} um {v:%H:%M} schrieb {who[0]} <{who[1]}>:"
    if b == "fr":
        return f"Le {v.day} {mn} {v.year} à {v:%H:%M}, {who[0]} <{who[1]}> a écrit :"
    return f"On {v.day} {MONN['en'].split()[v.month - 1][:3]} {v.year}, at {v:%H:%M}, {who[0]} <{who[1]}> wrote:"


def thunderbird_attr(lang: str, v: datetime, who: tuple[str, str]) -> str:
    b = base(lang)
    if b == "de":
        return f"Am {v:%d.%m.%y} um {v:%H:%M} schrieb {who[0]}:"
    if b == "fr":
        return f"Le {v:%d/%m/%Y} à {v:%H:%M}, {who[0]} a écrit :"
    if b == "nl":
        return f"Op {v:%d-%m-%Y} om {v:%H:%M} schreef {who[0]}:"
    return f"On {v:%d/%m/%Y} {v:%H:%M}, {who[0]} wrote:"


@dataclass
class Layer:
    who: tuple[str, str]
    to: tuple[str, str]
    sent: tuple[object, ...]
    text: str


def below(client: str, lang: str, older: Layer, v: datetime, subject: str, body: str) -> str:
    """The quoted older layer as the replying client writes it under the new text."""
    if client == "outlook":
        return f"{outlook_block(lang, older.who, older.to, v, subject)}\n{body}"
    attr = {"gmail": gmail_attr, "apple": apple_attr, "thunderbird": thunderbird_attr}[client]
    return f"{attr(lang, v, older.who)}\n{quote(body)}"


def chain_text(client: str, lang: str, layers: list[Layer], subject: str) -> str:
    """Text of the newest layer with every older one quoted below it, nested."""
    acc = layers[-1].text.strip()
    for newer, older in zip(reversed(layers[:-1]), reversed(layers[1:]), strict=True):
        acc = f"{newer.text.strip()}\n\n{below(client, lang, older, at(lang, older.sent), subject, acc)}"
    return acc + "\n"


def gmail_forward_block(lang: str, older: Layer, v: datetime, subject: str) -> str:
    b = base(lang)
    if b == "en":
        attr = gmail_attr("en-US", v, older.who)
        when = attr[3 : attr.index(" " + older.who[0])]
        return (
            f"---------- Forwarded message ---------\nFrom: {older.who[0]} <{older.who[1]}>\n"
            f"Date: {when}\nSubject: {subject}\nTo: {older.to[0]} <{older.to[1]}>\n"
        )
    return outlook_block(lang, older.who, older.to, v, subject).replace(
        "________________________________", "-----Original Message-----"
    )


def add(
    fam: str,
    lang: str,
    name: str,
    *,
    subject: str,
    layers: list[Layer],
    label: dict[str, object],
    note: str,
    client: str = "gmail",
    forwards: list[tuple[tuple[str, str], tuple[str, str], tuple[object, ...], str, str]]
    | None = None,
    html: bool = False,
) -> None:
    """One mail: `layers` newest first (a reply chain); `forwards` (innermost first) wrap it
    as (sender, to, sent, note, client) forwards, the last one being the mail sent."""
    text = chain_text(client, lang, layers, subject)
    top = layers[0]
    sender, to, sent_t, subj = (
        top.who,
        top.to,
        top.sent,
        (("Re: " if len(layers) > 1 else "") + subject),
    )
    for fwho, fto, fsent, fnote, fclient in forwards or []:
        older = Layer(sender, to, sent_t, "")
        v = at(lang, sent_t)
        if fclient == "outlook":
            block = outlook_block(lang, older.who, older.to, v, subj)
        else:
            block = gmail_forward_block(lang, older, v, subj)
        text = (f"{fnote.strip()}\n\n" if fnote else "") + f"{block}\n{text.strip()}\n"
        prefix = (
            "Fwd"
            if fclient == "gmail" and base(lang) in ("en", "fr", "es", "pt")
            else OUTLOOK[base(lang)][4]
        )
        sender, to, sent_t, subj = fwho, fto, fsent, f"{prefix}: {subj}"
    sent = at(lang, sent_t)
    full = dict(label)
    if "kind" not in full:
        full = {"kind": "invitation", **full}
    markup = None
    if html:
        paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
        markup = f"<html><body>{paragraphs}</body></html>"
    raw = mail(
        f"threads46 {fam} {lang} {name}",
        sender=sender,
        to=to,
        subject=subj,
        sent=sent,
        text=text,
        html=markup,
        reply_to_key=f"threads46 {fam} {lang} {name} parent" if len(layers) > 1 else "",
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, full, lang, note, OURS, LIC))


def slot(
    lang: str, top: tuple[object, ...], v: tuple[object, ...], end: tuple[object, ...] | None = None
) -> dict[str, object]:
    """Label for a mail that states no zone: wall time of v, offset of the top Date header."""
    return timed(at(lang, v), at(lang, end) if end else None, sent=at(lang, top))


def kind(k: str, lab: dict[str, object]) -> dict[str, object]:
    return {"kind": k, **lab}


# --- pickconf46 ----------------------------------------------------------------------------
def build_pickconf() -> None:
    f = "pickconf46"
    e = ("Rachel Kim", "rachel.kim@harborline.example.com")
    add(
        f,
        "en-US",
        "option_2_works_confirmed",
        subject="Panel interview times",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 2, 13, 40, TUE),
                "Perfect, you're confirmed! I'll send the calendar invite with the Zoom link shortly.\n\nRachel",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 2, 11, 2, TUE),
                "Hi Rachel,\n\nOption 2 works best for me. Thank you!\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 9, 14, TUE),
                "Hi Alex,\n\nThe panel would love to meet you. Could you let me know which of these suits you?\n\n1) Tue, June 9, 10:00 AM\n2) Wed, June 10, 2:00 PM\n3) Thu, June 11, 11:30 AM\n\nEach slot is 60 minutes.\n\nBest,\nRachel Kim\nTalent Partner, Harborline",
            ),
        ],
        label=slot(
            "en-US", (2026, 6, 2, 13, 40, TUE), (2026, 6, 10, 14, 0, WED), (2026, 6, 10, 15, 0, WED)
        ),
        note="Employer confirms ('you're confirmed') over the candidate's 'Option 2 works' over a numbered list of three; 60 minutes each.",
    )
    e = ("Svenja Hartmann", "s.hartmann@elbwerk-maschinen.example.de")
    add(
        f,
        "de",
        "dienstag_passt_bestaetigt",
        subject="Terminvorschläge Vorstellungsgespräch",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 3, 15, 5, WED),
                "Sehr geehrter Herr Morgan,\n\nvielen Dank, dann ist der Termin fest eingeplant. Wir freuen uns auf Sie.\n\nMit freundlichen Grüßen\nSvenja Hartmann",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 12, 48, WED),
                "Sehr geehrte Frau Hartmann,\n\nDienstag passt mir sehr gut.\n\nViele Grüße\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 9, 30, WED),
                "Sehr geehrter Herr Morgan,\n\ngerne laden wir Sie zu einem Gespräch ein. Wir könnten Ihnen folgende Termine anbieten:\n\n- Dienstag, 9. Juni, 10:00 Uhr\n- Donnerstag, 11. Juni, 14:00 Uhr\n\nBitte teilen Sie uns mit, welcher Termin Ihnen lieber ist.\n\nMit freundlichen Grüßen\nSvenja Hartmann\nPersonal, Elbwerk Maschinen GmbH",
            ),
        ],
        label=slot("de", (2026, 6, 3, 15, 5, WED), (2026, 6, 9, 10, 0, TUE)),
        note="Outlook chain: 'dann ist der Termin fest eingeplant' over 'Dienstag passt mir sehr gut' over two offered dates.",
    )
    e = ("Céline Marchand", "celine.marchand@orbe-conseil.example.fr")
    add(
        f,
        "fr",
        "le_mercredi_me_convient",
        subject="Entretien - créneaux",
        client="thunderbird",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 2, 17, 20, TUE),
                "Bonjour Alex,\n\nC'est noté, je vous confirme ce créneau. À mercredi !\n\nCéline",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 2, 16, 2, TUE),
                "Bonjour Céline,\n\nLe mercredi me convient parfaitement.\n\nBien à vous,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 10, 11, TUE),
                "Bonjour Alex,\n\nPour l'entretien avec notre associé, je peux vous proposer le lundi 8 juin à 15h ou le mercredi 10 juin à 9h30. Dites-moi ce qui vous arrange.\n\nCordialement,\nCéline Marchand\nOrbe Conseil",
            ),
        ],
        label=slot("fr", (2026, 6, 2, 17, 20, TUE), (2026, 6, 10, 9, 30, WED)),
        note="Thunderbird quoting: 'je vous confirme ce créneau' over 'Le mercredi me convient' over two options.",
    )
    e = ("Marta Ibáñez", "marta.ibanez@solvera.example.es")
    add(
        f,
        "es",
        "la_segunda_confirmada",
        subject="Opciones para la entrevista",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 12, 10, THU),
                "¡Genial, Alex! Queda confirmada. Te llegará la invitación de Teams esta tarde.\n\nMarta",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 10, 45, THU),
                "Hola Marta,\n\nLa segunda me viene genial.\n\nUn saludo,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 9, 3, THU),
                "Hola Alex:\n\nTe propongo tres opciones para la entrevista técnica:\n\n- jueves 11 de junio a las 10:00\n- viernes 12 de junio a las 12:30\n- lunes 15 de junio a las 16:00\n\n¿Cuál te encaja mejor?\n\nMarta Ibáñez\nSelección, Solvera",
            ),
        ],
        label=slot("es", (2026, 6, 4, 12, 10, THU), (2026, 6, 12, 12, 30, FRI)),
        note="'Queda confirmada' over 'La segunda me viene genial' over a list of three: the second item.",
    )
    e = ("Paolo Ricci", "paolo.ricci@lagunatech.example.it")
    add(
        f,
        "it",
        "giovedi_va_benissimo",
        subject="Colloquio: disponibilità",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 3, 14, 0, WED),
                "Ciao Alex,\n\nperfetto, confermato. A presto!\n\nPaolo",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 11, 35, WED),
                "Ciao Paolo,\n\nper me va benissimo giovedì.\n\nGrazie,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 9, 50, WED),
                "Ciao Alex,\n\nper il colloquio con il responsabile tecnico ti propongo martedì 9 giugno alle 11:00 oppure giovedì 11 giugno alle 15:00.\n\nFammi sapere,\nPaolo Ricci\nLaguna Tech",
            ),
        ],
        label=slot("it", (2026, 6, 3, 14, 0, WED), (2026, 6, 11, 15, 0, THU)),
        note="'perfetto, confermato' over 'va benissimo giovedì' over martedì/giovedì options.",
    )
    e = ("Fernanda Lopes", "fernanda.lopes@ventura-dados.example.com.br")
    add(
        f,
        "pt-BR",
        "opcao_3_combinado",
        subject="Horários para entrevista",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 2, 15, 30, TUE),
                "Oi Alex,\n\nCombinado! Está confirmado, até lá.\n\nFernanda",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 2, 14, 12, TUE),
                "Oi Fernanda,\n\nA opção 3 é ótima para mim.\n\nAbraço,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 10, 0, TUE),
                "Oi Alex, tudo bem?\n\nSeguem as opções para a conversa com o time de dados:\n\n1) segunda, 8/6, às 10h\n2) terça, 9/6, às 14h\n3) quarta, 10/6, às 16h30\n\nQual fica melhor para você?\n\nFernanda Lopes\nTalent Acquisition | Ventura Dados",
            ),
        ],
        label=slot("pt-BR", (2026, 6, 2, 15, 30, TUE), (2026, 6, 10, 16, 30, WED)),
        note="'Combinado! Está confirmado' over 'A opção 3' over a numbered list with d/m dates.",
    )
    e = ("中村 由美", "y.nakamura@sakura-logi.example.jp")
    add(
        f,
        "ja",
        "kayoubi_de_onegai",
        subject="面接日程のご相談",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 3, 16, 0, WED),
                "Alex様\n\n承知いたしました。では当日お待ちしております。\n\n中村",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 13, 20, WED),
                "中村様\n\nご連絡ありがとうございます。火曜日でお願いします。\n\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 10, 5, WED),
                "Alex Morgan様\n\nさくらロジスティクスの中村です。二次面接の候補日をお送りします。\n\n① 6月9日（火）10:00〜\n② 6月10日（水）14:00〜\n③ 6月11日（木）16:00〜\n\nご都合のよい日時をお知らせください。\n\n中村 由美\n人事部",
            ),
        ],
        label=slot("ja", (2026, 6, 3, 16, 0, WED), (2026, 6, 9, 10, 0, TUE)),
        note="'承知いたしました' over '火曜日でお願いします' over three circled options.",
    )
    e = ("刘洋", "liuyang@qingyun-ai.example.cn")
    add(
        f,
        "zh",
        "zhousi_xiawu_nage",
        subject="面试时间",
        client="gmail",
        layers=[
            Layer(e, ME, (2026, 6, 4, 17, 30, THU), "好的，已为您确认，届时见。\n\n刘洋"),
            Layer(ME, e, (2026, 6, 4, 15, 2, THU), "刘老师好，\n\n周四下午那个可以。\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 4, 10, 40, THU),
                "Alex你好，\n\n以下时间请任选其一：\n6月10日（周三）上午10点\n6月11日（周四）下午3点\n\n青云智能 招聘组 刘洋",
            ),
        ],
        label=slot("zh", (2026, 6, 4, 17, 30, THU), (2026, 6, 11, 15, 0, THU)),
        note="'已为您确认' over '周四下午那个可以' over two options.",
    )
    e = ("박지훈", "jihoon.park@hangang-bio.example.kr")
    add(
        f,
        "ko",
        "suyoil_ojeon",
        subject="면접 일정 조율",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 3, 16, 40, WED),
                "Alex님,\n\n네, 확정되었습니다. 그날 뵙겠습니다.\n\n박지훈 드림",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 14, 5, WED),
                "박지훈님,\n\n수요일 오전으로 부탁드립니다.\n\nAlex 드림",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 9, 55, WED),
                "Alex님 안녕하세요,\n\n한강바이오 인사팀 박지훈입니다. 면접 가능 시간을 아래와 같이 안내드립니다.\n\n- 6월 9일(화) 오후 2시\n- 6월 10일(수) 오전 11시\n\n편하신 시간을 알려주세요.",
            ),
        ],
        label=slot("ko", (2026, 6, 3, 16, 40, WED), (2026, 6, 10, 11, 0, WED)),
        note="'확정되었습니다' over '수요일 오전으로' over two options.",
    )
    e = ("Hannah Price", "hannah.price@larchfield.example.co.uk")
    add(
        f,
        "en-GB",
        "picked_but_panel_not_checked",
        subject="Interview slots",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 2, 16, 10, TUE),
                "Thanks Alex - I'm just checking with the panel whether Tuesday still works for everyone and will come back to you tomorrow.\n\nHannah",
            ),
            Layer(ME, e, (2026, 6, 2, 14, 30, TUE), "Hi Hannah,\n\nOption 1 please.\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 2, 9, 0, TUE),
                "Hi Alex,\n\nWe have two slots for the panel:\n\nOption 1: Tuesday 9 June, 11:00\nOption 2: Thursday 11 June, 15:30\n\nLet me know your preference.\n\nHannah Price\nLarchfield",
            ),
        ],
        label=NEG,
        note="Control: the candidate picked, the employer has not confirmed ('checking with the panel ... will come back to you').",
    )
    e = ("Joris Bakker", "joris.bakker@duinsoft.example.nl")
    add(
        f,
        "nl",
        "geen_van_deze_momenten",
        subject="Gesprek plannen",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 3, 11, 0, WED),
                "Hoi Alex,\n\nGeen probleem, ik kijk naar nieuwe opties en laat het je zo snel mogelijk weten.\n\nJoris",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 10, 12, WED),
                "Hoi Joris,\n\nHelaas kan ik op geen van deze momenten. Zou volgende week ook kunnen?\n\nGroet,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 16, 45, TUE),
                "Hoi Alex,\n\nZou maandag 8 juni om 10.00 uur of dinsdag 9 juni om 14.30 uur je schikken?\n\nGroet,\nJoris Bakker\nDuinsoft",
            ),
        ],
        label=NEG,
        note="Control: every option declined, new options promised.",
    )


# --- restate46 -----------------------------------------------------------------------------
def build_restate() -> None:
    f = "restate46"
    e = ("Oliver Grant", "oliver.grant@thistlebank.example.co.uk")
    add(
        f,
        "en-GB",
        "to_confirm_thursday_1430",
        subject="Second interview",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 10, 15, THU),
                "Hi Alex,\n\nTo confirm what we agreed on the phone just now: your second interview is on Thursday 11 June at 14:30 at our Leeds office, 3 Wellington Place. Please ignore the earlier options below.\n\nKind regards,\nOliver Grant",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 18, 2, WED),
                "Hi Oliver,\n\nSadly neither works, I'm away early next week. Would Thursday afternoon be possible?\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 9, 40, WED),
                "Hi Alex,\n\nCould you do Tuesday 9 June at 10:00 or Wednesday 10 June at 16:00 for the second interview?\n\nKind regards,\nOliver Grant\nThistlebank",
            ),
        ],
        label=slot("en-GB", (2026, 6, 4, 10, 15, THU), (2026, 6, 11, 14, 30, THU)),
        note="Restated slot on top ('To confirm what we agreed'), two declined options quoted below.",
    )
    e = ("Anja Brenner", "anja.brenner@isarlicht.example.de")
    add(
        f,
        "de",
        "bleibt_beim_donnerstag",
        subject="Vorstellungsgespräch",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 11, 20, FRI),
                "Hallo Herr Morgan,\n\nwie eben telefonisch besprochen, bleibt es beim Donnerstag, 11. Juni, um 9:30 Uhr bei uns in der Lindwurmstraße.\n\nBeste Grüße\nAnja Brenner",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 19, 0, THU),
                "Hallo Frau Brenner,\n\nam Montag bin ich leider verhindert. Ginge es auch später in der Woche?\n\nViele Grüße\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 9, 10, THU),
                "Hallo Herr Morgan,\n\nwir würden Sie gern am Montag, 8. Juni, um 13 Uhr kennenlernen. Passt Ihnen das?\n\nBeste Grüße\nAnja Brenner\nIsarlicht GmbH",
            ),
        ],
        label=slot("de", (2026, 6, 5, 11, 20, FRI), (2026, 6, 11, 9, 30, THU)),
        note="'bleibt es beim Donnerstag, 11. Juni, um 9:30 Uhr' over a declined Monday proposal.",
    )
    e = ("Julien Fabre", "julien.fabre@garance-studio.example.fr")
    add(
        f,
        "fr",
        "je_vous_confirme_vendredi",
        subject="Entretien",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 9, 5, THU),
                "Bonjour Alex,\n\nJe vous confirme donc notre rendez-vous le vendredi 12 juin à 11h, dans nos locaux rue Oberkampf.\n\nBien cordialement,\nJulien Fabre",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 3, 20, 15, WED),
                "Bonjour Julien,\n\nMerci pour votre retour. Malheureusement je ne suis pas disponible mardi ni mercredi ; auriez-vous un créneau en fin de semaine ?\n\nBien à vous,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 14, 30, WED),
                "Bonjour Alex,\n\nSeriez-vous disponible le mardi 9 juin à 15h ou le mercredi 10 juin à 10h pour un entretien ?\n\nJulien Fabre\nGarance Studio",
            ),
        ],
        label=slot("fr", (2026, 6, 4, 9, 5, THU), (2026, 6, 12, 11, 0, FRI)),
        note="'Je vous confirme donc notre rendez-vous le vendredi 12 juin à 11h' over two declined options.",
    )
    e = ("Lucía Ortega", "lucia.ortega@aldaba-software.example.es")
    add(
        f,
        "es",
        "te_confirmo_martes_16",
        subject="Entrevista técnica",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 10, 0, FRI),
                "Hola Alex,\n\nTe confirmo la entrevista: martes 16 de junio, 10:30, por Teams. Te mando el enlace el lunes.\n\nLucía",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 18, 40, THU),
                "Hola Lucía,\n\nEsa semana estoy de viaje, ¿podría ser la siguiente?\n\nGracias,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 12, 0, THU),
                "Hola Alex:\n\n¿Te vendría bien el jueves 11 de junio a las 9:00 para la entrevista técnica?\n\nLucía Ortega\nAldaba Software",
            ),
        ],
        label=slot("es", (2026, 6, 5, 10, 0, FRI), (2026, 6, 16, 10, 30, TUE)),
        note="'Te confirmo la entrevista: martes 16 de junio, 10:30' over a declined Thursday.",
    )
    e = ("Katarzyna Nowak", "k.nowak@baltyk-it.example.pl")
    add(
        f,
        "pl",
        "potwierdzam_ustalony_termin",
        subject="Rozmowa rekrutacyjna",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 13, 30, FRI),
                "Dzień dobry,\n\npotwierdzam ustalony termin: środa, 17 czerwca, godz. 13:00, biuro przy ul. Długiej 12.\n\nPozdrawiam\nKatarzyna Nowak",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 5, 8, 45, FRI),
                "Dzień dobry,\n\nniestety w czwartek nie dam rady. Czy możliwy jest termin w przyszłym tygodniu?\n\nPozdrawiam\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 15, 20, THU),
                "Dzień dobry,\n\nzapraszamy na rozmowę w czwartek 11 czerwca o 10:00. Czy ten termin Panu odpowiada?\n\nKatarzyna Nowak\nBałtyk IT",
            ),
        ],
        label=slot("pl", (2026, 6, 5, 13, 30, FRI), (2026, 6, 17, 13, 0, WED)),
        note="'potwierdzam ustalony termin: środa, 17 czerwca, godz. 13:00' over a declined Thursday.",
    )
    e = ("Maja Holm", "maja.holm@skargard-data.example.se")
    add(
        f,
        "sv",
        "da_ar_det_bestamt",
        subject="Intervju",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 9, 30, FRI),
                "Hej Alex,\n\nDå är det bestämt: tisdag 16 juni kl. 15.00 hos oss på Götgatan 40.\n\nHälsningar\nMaja",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 17, 10, THU),
                "Hej Maja,\n\nTyvärr kan jag ingen av dem. Passar tisdagen veckan efter?\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 10, 0, THU),
                "Hej Alex,\n\nKan du torsdag 11 juni kl. 10.00 eller fredag 12 juni kl. 13.00?\n\nHälsningar\nMaja Holm\nSkärgård Data",
            ),
        ],
        label=slot("sv", (2026, 6, 5, 9, 30, FRI), (2026, 6, 16, 15, 0, TUE)),
        note="'Då är det bestämt: tisdag 16 juni kl. 15.00' over two declined options.",
    )
    e = ("赵敏", "zhaomin@huaxin-fin.example.cn")
    add(
        f,
        "zh",
        "yu_nin_queren_616",
        subject="面试安排",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 10, 20, FRI),
                "Alex您好，\n\n与您确认：面试时间为6月16日（周二）下午2点，地点不变。\n\n赵敏",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 21, 0, THU),
                "赵老师好，\n\n那天我在出差，能否改到下周？\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 11, 0, THU),
                "Alex您好，\n\n请问6月10日（周三）上午10点方便来公司面试吗？\n\n华信金融 人力资源部 赵敏",
            ),
        ],
        label=slot("zh", (2026, 6, 5, 10, 20, FRI), (2026, 6, 16, 14, 0, TUE)),
        note="'与您确认：面试时间为6月16日（周二）下午2点' over a declined 10 June.",
    )
    e = ("Elif Demir", "elif.demir@bosfor-yazilim.example.com.tr")
    add(
        f,
        "tr",
        "konustugumuz_gibi_carsamba",
        subject="Mülakat",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 14, 0, FRI),
                "Merhaba Alex,\n\nKonuştuğumuz gibi görüşmeniz 17 Haziran Çarşamba saat 11:00'de. Adresimiz imzada.\n\nElif Demir\nBoğaz Yazılım, Maslak",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 20, 30, THU),
                "Merhaba Elif Hanım,\n\nPazartesi başka bir görüşmem var; çarşamba olabilir mi?\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 11, 15, THU),
                "Merhaba Alex,\n\n15 Haziran Pazartesi saat 14:00 sizin için uygun mu?\n\nElif Demir",
            ),
        ],
        label=slot("tr", (2026, 6, 5, 14, 0, FRI), (2026, 6, 17, 11, 0, WED)),
        note="'Konuştuğumuz gibi görüşmeniz 17 Haziran Çarşamba saat 11:00'de' over a declined Monday.",
    )
    e = ("Megan Ross", "megan.ross@tallgrass.example.com")
    add(
        f,
        "en-US",
        "more_options_which_is_best",
        subject="Interview scheduling",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 13, 0, THU),
                "Thanks Alex. Since Thursday doesn't work, here are a few more: Mon 6/15 at 11am, Tue 6/16 at 3pm, or Wed 6/17 at 9:30am. Which is best?\n\nMegan",
            ),
            Layer(
                ME,
                e,
                (2026, 6, 4, 9, 50, THU),
                "Hi Megan, I can't do Thursday unfortunately - I'm travelling. Sorry!\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 16, 30, WED),
                "Hi Alex,\n\nWould Thursday 6/11 at 1pm work for the hiring manager interview?\n\nMegan Ross\nTallgrass",
            ),
        ],
        label=NEG,
        note="Control: the employer's newest layer offers a fresh list; the quoted single slot was declined.",
    )
    e = ("Chiara Conti", "chiara.conti@marenostro.example.it")
    add(
        f,
        "it",
        "aspetto_conferma_direttore",
        subject="Colloquio",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 15, 40, THU),
                "Grazie Alex,\n\naspetto la conferma del direttore e ti scrivo appena possibile per fissare.\n\nChiara",
            ),
            Layer(
                ME, e, (2026, 6, 4, 12, 0, THU), "Ciao Chiara,\n\nper me va bene lunedì.\n\nAlex"
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 9, 20, THU),
                "Ciao Alex,\n\nil direttore potrebbe lunedì 15 giugno alle 10:00 o martedì 16 alle 14:00. Cosa preferisci?\n\nChiara Conti\nMare Nostro",
            ),
        ],
        label=NEG,
        note="Control: a pick not yet confirmed ('aspetto la conferma del direttore ... per fissare').",
    )


# --- fwdtwice46 ----------------------------------------------------------------------------
def build_fwdtwice() -> None:
    f = "fwdtwice46"
    rec = ("Priya Shah", "priya.shah@northstar-talent.example.co.uk")
    hm = ("Tom Ellis", "tom.ellis@quaywise.example.co.uk")
    add(
        f,
        "en-GB",
        "recruiter_hm_user",
        subject="Alex Morgan - technical interview",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 3, 9, 20, WED),
                "Hi Tom,\n\nGood news: Alex Morgan is confirmed for the technical interview on Wednesday 10 June at 15:00, at your office. Alex will bring the take-home write-up.\n\nThanks,\nPriya Shah\nNorthstar Talent",
            )
        ],
        forwards=[
            (
                hm,
                ME,
                (2026, 6, 3, 11, 5, WED),
                "Alex, see below - looking forward to it.\n\nTom",
                "gmail",
            ),
            (ME, pp.HOOK, (2026, 6, 3, 11, 30, WED), "", "gmail"),
        ],
        label=slot("en-GB", (2026, 6, 3, 11, 30, WED), (2026, 6, 10, 15, 0, WED)),
        note="Forwarded twice (Gmail): recruiter -> hiring manager ('see below') -> the user (nothing added).",
    )
    rec = ("Sabine Roth", "s.roth@personalwerk.example.de")
    hm = ("Markus Lenz", "m.lenz@rheinfaser.example.de")
    add(
        f,
        "de",
        "wg_wg_termin",
        subject="Termin Vorstellungsgespräch Herr Morgan",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 2, 10, 0, TUE),
                "Hallo Herr Lenz,\n\nder Termin mit Herrn Morgan steht: Dienstag, 9. Juni 2026, 10:00–11:00 Uhr, Raum 3.12.\n\nViele Grüße\nSabine Roth\nPersonalwerk",
            )
        ],
        forwards=[
            (
                hm,
                ME,
                (2026, 6, 2, 14, 30, TUE),
                "Hallo Herr Morgan,\n\nzur Info unten der bestätigte Termin.\n\nGruß\nMarkus Lenz",
                "outlook",
            ),
            (ME, pp.HOOK, (2026, 6, 2, 15, 0, TUE), "", "outlook"),
        ],
        label=slot(
            "de", (2026, 6, 2, 15, 0, TUE), (2026, 6, 9, 10, 0, TUE), (2026, 6, 9, 11, 0, TUE)
        ),
        note="Outlook 'WG: WG:' forward of an agency note to the hiring manager, then by the user without a word; a range 10:00–11:00.",
    )
    rec = ("Nadia Benali", "nadia.benali@cap-talents.example.fr")
    hm = ("Hugo Lefèvre", "hugo.lefevre@ardoise-labs.example.fr")
    add(
        f,
        "fr",
        "pour_info_voir_ci_dessous",
        subject="Entretien M. Morgan",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 3, 9, 0, WED),
                "Bonjour Hugo,\n\nL'entretien de M. Morgan est fixé au jeudi 11 juin de 14h à 15h, dans vos locaux.\n\nBonne journée,\nNadia Benali\nCap Talents",
            )
        ],
        forwards=[
            (
                hm,
                ME,
                (2026, 6, 3, 10, 30, WED),
                "Pour info, voir ci-dessous. Bonne préparation !\n\nHugo",
                "outlook",
            ),
            (ME, pp.HOOK, (2026, 6, 3, 12, 0, WED), "", "gmail"),
        ],
        label=slot(
            "fr", (2026, 6, 3, 12, 0, WED), (2026, 6, 11, 14, 0, THU), (2026, 6, 11, 15, 0, THU)
        ),
        note="Outlook TR: by the hiring manager ('Pour info, voir ci-dessous'), then Gmail Fwd: by the user; 'de 14h à 15h'.",
    )
    rec = ("Laura Gil", "laura.gil@talentia-rrhh.example.es")
    hm = ("Jorge Peña", "jorge.pena@mirador-energia.example.es")
    add(
        f,
        "es",
        "rv_rv_lunes_15",
        subject="Entrevista Alex Morgan",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 4, 11, 0, THU),
                "Hola Jorge:\n\nLa entrevista con Alex Morgan queda el lunes 15 de junio a las 9:30 en vuestras oficinas de Zaragoza.\n\nSaludos,\nLaura Gil\nTalentia RRHH",
            )
        ],
        forwards=[
            (hm, ME, (2026, 6, 4, 16, 0, THU), "", "outlook"),
            (ME, pp.HOOK, (2026, 6, 4, 16, 20, THU), "", "outlook"),
        ],
        label=slot("es", (2026, 6, 4, 16, 20, THU), (2026, 6, 15, 9, 30, MON)),
        note="Forwarded twice with no note at either layer (Outlook RV: RV:).",
    )
    rec = ("Eva Jansen", "eva.jansen@werving-plus.example.nl")
    hm = ("Bram Visser", "bram.visser@kanaaldata.example.nl")
    add(
        f,
        "nl",
        "ter_info_woensdag_17",
        subject="Gesprek met Alex Morgan",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 5, 10, 0, FRI),
                "Hoi Bram,\n\nHet gesprek met Alex Morgan staat op woensdag 17 juni om 13.00 uur bij jullie op kantoor.\n\nGroet,\nEva Jansen\nWerving Plus",
            )
        ],
        forwards=[
            (hm, ME, (2026, 6, 5, 13, 0, FRI), "Ter info - tot dan!\n\nBram", "outlook"),
            (ME, pp.HOOK, (2026, 6, 5, 13, 45, FRI), "", "outlook"),
        ],
        label=slot("nl", (2026, 6, 5, 13, 45, FRI), (2026, 6, 17, 13, 0, WED)),
        note="Outlook forwards twice; the middle layer 'Ter info - tot dan!'.",
    )
    rec = ("高橋 健", "k.takahashi@career-bridge.example.jp")
    hm = ("山本 真理", "m.yamamoto@minato-denki.example.jp")
    add(
        f,
        "ja",
        "tensou_tensou_kinyoubi",
        subject="Alex Morgan様 面接日程",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 3, 10, 0, WED),
                "山本様\n\nお世話になっております。キャリアブリッジの高橋です。\nAlex Morgan様の面接は6月12日（金）15:00〜16:00で確定いたしました。\n\nよろしくお願いいたします。",
            )
        ],
        forwards=[
            (
                hm,
                ME,
                (2026, 6, 3, 13, 0, WED),
                "Alex様\n\n下記のとおりです。当日お待ちしております。\n\n山本",
                "outlook",
            ),
            (ME, pp.HOOK, (2026, 6, 3, 13, 30, WED), "", "outlook"),
        ],
        label=slot(
            "ja", (2026, 6, 3, 13, 30, WED), (2026, 6, 12, 15, 0, FRI), (2026, 6, 12, 16, 0, FRI)
        ),
        note="Outlook ja headers (差出人/送信日時) twice; agency to hiring manager to the user.",
    )
    rec = ("김하늘", "haneul.kim@talentlink.example.kr")
    hm = ("최민수", "minsu.choi@seoul-mobility.example.kr")
    add(
        f,
        "ko",
        "jeondal_jeondal_hwayoil",
        subject="Alex Morgan 면접 일정",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 4, 9, 30, THU),
                "최민수 팀장님,\n\nAlex Morgan 님 면접은 6월 16일(화) 오후 3시로 확정되었습니다.\n\n김하늘 드림",
            )
        ],
        forwards=[
            (hm, ME, (2026, 6, 4, 11, 0, THU), "Alex님, 아래 일정 참고 부탁드립니다.", "outlook"),
            (ME, pp.HOOK, (2026, 6, 4, 11, 40, THU), "", "outlook"),
        ],
        label=slot("ko", (2026, 6, 4, 11, 40, THU), (2026, 6, 16, 15, 0, TUE)),
        note="Outlook ko headers twice ('아래 일정 참고 부탁드립니다').",
    )
    rec = ("Dana Whitfield", "dana@brightpath-search.example.com")
    hm = ("Kevin Ochoa", "kevin.ochoa@redmesa.example.com")
    add(
        f,
        "en-US",
        "fwd_fwd_availability_only",
        subject="Alex Morgan - next round",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 2, 10, 0, TUE),
                "Hi Kevin,\n\nAlex passed the screen. Could you send me two or three times next week for the onsite? Alex is flexible Tue-Thu.\n\nDana",
            )
        ],
        forwards=[
            (
                hm,
                ME,
                (2026, 6, 2, 14, 0, TUE),
                "Alex - can you tell me directly when you're free next week? Easier than going back and forth.\n\nKevin",
                "gmail",
            ),
            (ME, pp.HOOK, (2026, 6, 2, 14, 30, TUE), "", "gmail"),
        ],
        label=NEG,
        note="Control: forwarded twice, nothing scheduled (availability asks only).",
    )
    rec = ("Bruna Araújo", "bruna.araujo@rhmais.example.com.br")
    hm = ("Ricardo Mendes", "ricardo.mendes@serra-log.example.com.br")
    add(
        f,
        "pt-BR",
        "enc_enc_aguardando_agenda",
        subject="Candidato Alex Morgan",
        layers=[
            Layer(
                rec,
                hm,
                (2026, 6, 3, 9, 0, WED),
                "Ricardo, bom dia!\n\nO Alex foi aprovado para a próxima fase. Fico no aguardo da sua agenda para marcarmos a entrevista com você, de preferência na semana do dia 15.\n\nAbs,\nBruna Araújo\nRH Mais",
            )
        ],
        forwards=[
            (
                hm,
                ME,
                (2026, 6, 3, 15, 0, WED),
                "Alex, boa notícia! Em breve marcamos.\n\nRicardo",
                "outlook",
            ),
            (ME, pp.HOOK, (2026, 6, 3, 15, 30, WED), "", "outlook"),
        ],
        label=NEG,
        note="Control: forwarded twice; the interview is still to be scheduled ('na semana do dia 15').",
    )


# --- seeyou46 ------------------------------------------------------------------------------
def build_seeyou() -> None:
    f = "seeyou46"
    e = ("Sam Whitaker", "sam.whitaker@fernhill.example.co.uk")
    add(
        f,
        "en-GB",
        "perfect_see_you_then",
        subject="Coffee and a chat?",
        client="apple",
        layers=[
            Layer(ME, e, (2026, 6, 3, 12, 30, WED), "Perfect, see you then!\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 3, 10, 0, WED),
                "Hi Alex,\n\nWould Thursday 11 June at 10:00 suit you for an informal interview with Sam and me at our Clerkenwell studio?\n\nCheers,\nSam Whitaker\nFernhill Design",
            ),
        ],
        label=slot("en-GB", (2026, 6, 3, 12, 30, WED), (2026, 6, 11, 10, 0, THU)),
        note="Apple Mail reply 'Perfect, see you then!' over one slot asked about.",
    )
    e = ("Lena Vogel", "lena.vogel@spreekontor.example.de")
    add(
        f,
        "de",
        "passt_bis_dann",
        subject="Kurzes Gespräch",
        client="thunderbird",
        layers=[
            Layer(ME, e, (2026, 6, 4, 9, 15, THU), "Passt, bis dann!\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 3, 17, 40, WED),
                "Hallo Alex,\n\nhätten Sie am Mittwoch, 10. Juni, um 15 Uhr Zeit für ein erstes Gespräch per Teams?\n\nViele Grüße\nLena Vogel\nSpreekontor",
            ),
        ],
        label=slot("de", (2026, 6, 4, 9, 15, THU), (2026, 6, 10, 15, 0, WED)),
        note="Thunderbird 'Am ... schrieb': 'Passt, bis dann!' over one slot asked about.",
    )
    e = ("Sophie Morel", "sophie.morel@atelier-nacre.example.fr")
    add(
        f,
        "fr",
        "parfait_a_jeudi",
        subject="Échange avec notre directrice",
        client="apple",
        layers=[
            Layer(ME, e, (2026, 6, 3, 19, 0, WED), "Parfait, à jeudi alors !\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 3, 15, 20, WED),
                "Bonjour Alex,\n\nSeriez-vous disponible jeudi 11 juin à 16h30 pour un entretien avec notre directrice ?\n\nSophie Morel\nAtelier Nacre",
            ),
        ],
        label=slot("fr", (2026, 6, 3, 19, 0, WED), (2026, 6, 11, 16, 30, THU)),
        note="Apple Mail 'Le ... a écrit :': 'Parfait, à jeudi alors !' over one slot.",
    )
    e = ("Giorgio Lanza", "giorgio.lanza@pietraviva.example.it")
    add(
        f,
        "it",
        "ottimo_ci_vediamo",
        subject="Colloquio",
        client="gmail",
        layers=[
            Layer(ME, e, (2026, 6, 5, 8, 40, FRI), "Ottimo, ci vediamo allora.\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 4, 18, 10, THU),
                "Ciao Alex,\n\nti andrebbe bene venerdì 12 giugno alle 10:30 per il colloquio in sede?\n\nGiorgio Lanza\nPietraviva",
            ),
        ],
        label=slot("it", (2026, 6, 5, 8, 40, FRI), (2026, 6, 12, 10, 30, FRI)),
        note="'Ottimo, ci vediamo allora' over one slot asked about.",
    )
    e = ("Tomasz Wiśniewski", "t.wisniewski@mazury-soft.example.pl")
    add(
        f,
        "pl",
        "super_do_zobaczenia",
        subject="Spotkanie",
        client="gmail",
        layers=[
            Layer(ME, e, (2026, 6, 8, 9, 0, MON), "Super, do zobaczenia!\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 5, 16, 30, FRI),
                "Dzień dobry,\n\nczy pasuje Panu wtorek 16 czerwca o 11:00 na rozmowę w naszym biurze?\n\nTomasz Wiśniewski\nMazury Soft",
            ),
        ],
        label=slot("pl", (2026, 6, 8, 9, 0, MON), (2026, 6, 16, 11, 0, TUE)),
        note="'Super, do zobaczenia!' over one slot asked about.",
    )
    e = ("陈静", "chenjing@yunfan-tech.example.cn")
    add(
        f,
        "zh",
        "haode_daoshi_jian",
        subject="面试邀约",
        client="gmail",
        layers=[
            Layer(ME, e, (2026, 6, 4, 20, 0, THU), "好的，到时见！\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 4, 15, 0, THU),
                "Alex你好，\n\n请问6月9日（周二）下午4点方便来公司面试吗？\n\n云帆科技 陈静",
            ),
        ],
        label=slot("zh", (2026, 6, 4, 20, 0, THU), (2026, 6, 9, 16, 0, TUE)),
        note="'好的，到时见！' over one slot asked about.",
    )
    e = ("鈴木 花子", "h.suzuki@aoba-soft.example.jp")
    add(
        f,
        "ja",
        "shouchi_toujitsu_yoroshiku",
        subject="面接日時のご相談",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 4, 9, 30, THU),
                "鈴木様\n\n承知しました。当日よろしくお願いいたします。\n\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 18, 0, WED),
                "Alex Morgan様\n\n青葉ソフトの鈴木です。面接ですが、6月10日（水）13時からはいかがでしょうか。\n\nよろしくお願いいたします。",
            ),
        ],
        label=slot("ja", (2026, 6, 4, 9, 30, THU), (2026, 6, 10, 13, 0, WED)),
        note="'承知しました。当日よろしく' over one slot asked about.",
    )
    e = ("Brooke Tanner", "brooke.tanner@cinderlane.example.com")
    add(
        f,
        "en-US",
        "thanks_great_meeting_you",
        subject="See you Tuesday",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 3, 9, 0, WED),
                "Hi Brooke,\n\nThanks so much - it was great meeting you all yesterday!\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 5, 29, 11, 0, FRI),
                "Hi Alex,\n\nSee you Tuesday 6/2 at 2pm at our office!\n\nBrooke",
            ),
        ],
        label=NEG,
        note="Control: a thank-you after the interview over the quoted (past) slot.",
    )
    e = ("Raúl Castro Vega", "raul.castro@nubeverde.example.es")
    add(
        f,
        "es",
        "lo_reviso_y_te_digo",
        subject="Entrevista",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 4, 19, 30, THU),
                "Gracias, Raúl. Lo reviso con mi agenda y te digo algo mañana.\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 13, 0, THU),
                "Hola Alex:\n\n¿Te vendría bien el jueves 11 de junio a las 12:00 para la entrevista?\n\nRaúl Castro\nNubeverde",
            ),
        ],
        label=NEG,
        note="Control: the reply does not accept ('lo reviso ... te digo algo mañana').",
    )


# --- quotedday46 ---------------------------------------------------------------------------
def build_quotedday() -> None:
    f = "quotedday46"
    e = ("Jenna Cole", "jenna.cole@ironbark.example.com")
    add(
        f,
        "en-US",
        "tomorrow_at_11_answered_next_morning",
        subject="Quick interview?",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 3, 7, 45, WED),
                "Hi Jenna,\n\nYes, I can make it - see you at 11.\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 17, 20, TUE),
                "Hi Alex,\n\nShort notice, I know, but could you come in tomorrow at 11am to meet our CTO? She's only in town this week.\n\nJenna Cole\nIronbark",
            ),
        ],
        label=slot("en-US", (2026, 6, 3, 7, 45, WED), (2026, 6, 3, 11, 0, WED)),
        note="'tomorrow at 11am' in the quoted mail of Tue 2 June, accepted on the morning of Wed 3 June: the 3rd, not the 4th.",
    )
    e = ("Felix Braun", "felix.braun@moselwerk.example.de")
    add(
        f,
        "de",
        "montag_10_uhr_am_montag_bestaetigt",
        subject="Gespräch am Montag",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 8, 7, 30, MON),
                "Hallo Herr Braun,\n\nja, 10 Uhr passt, bis nachher!\n\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 5, 16, 0, FRI),
                "Hallo Herr Morgan,\n\npasst Ihnen Montag um 10 Uhr für ein kurzes Gespräch bei uns im Büro?\n\nFelix Braun\nMoselwerk",
            ),
        ],
        label=slot("de", (2026, 6, 8, 7, 30, MON), (2026, 6, 8, 10, 0, MON)),
        note="'Montag um 10 Uhr' asked on Fri 5 June, accepted on Monday morning ('bis nachher'): Mon 8 June.",
    )
    e = ("Isabelle Garnier", "isabelle.garnier@voile-blanche.example.fr")
    add(
        f,
        "fr",
        "demain_14h_transfere_le_lendemain",
        subject="Entretien demain",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 3, 18, 30, WED),
                "Bonjour Alex,\n\nPouvez-vous passer demain à 14h pour rencontrer l'équipe ? Nous sommes au 5 rue des Tanneurs.\n\nIsabelle Garnier\nVoile Blanche",
            )
        ],
        forwards=[(ME, pp.HOOK, (2026, 6, 4, 8, 10, THU), "", "outlook")],
        label=slot("fr", (2026, 6, 4, 8, 10, THU), (2026, 6, 4, 14, 0, THU)),
        note="'demain à 14h' in a mail of Wed 3 June, forwarded by the user on Thu 4 June: Thursday the 4th.",
    )
    e = ("Sergio Ramos Gil", "sergio.ramos@altamar-ing.example.es")
    add(
        f,
        "es",
        "manana_930_respondido_al_dia_siguiente",
        subject="Videollamada",
        client="gmail",
        layers=[
            Layer(ME, e, (2026, 6, 11, 7, 50, THU), "Sí, perfecto, nos vemos a las 9:30.\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 10, 19, 0, WED),
                "Hola Alex,\n\n¿Puedes mañana a las 9:30 por videollamada con el director técnico?\n\nSergio\nAltamar Ingeniería",
            ),
        ],
        label=slot("es", (2026, 6, 11, 7, 50, THU), (2026, 6, 11, 9, 30, THU)),
        note="'mañana a las 9:30' in a mail of Wed 10 June, accepted on Thu 11 June: the 11th.",
    )
    e = ("Lotte Smit", "lotte.smit@grachtwerk.example.nl")
    add(
        f,
        "nl",
        "morgen_10_uur_doorgestuurd",
        subject="Kennismaking morgen",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 17, 0, THU),
                "Hoi Alex,\n\nKun je morgen om 10.00 uur langskomen voor een kennismakingsgesprek? Je bent welkom op de Keizersgracht 210.\n\nGroet,\nLotte Smit\nGrachtwerk",
            )
        ],
        forwards=[(ME, pp.HOOK, (2026, 6, 5, 7, 30, FRI), "", "outlook")],
        label=slot("nl", (2026, 6, 5, 7, 30, FRI), (2026, 6, 5, 10, 0, FRI)),
        note="'morgen om 10.00 uur' in a mail of Thu 4 June, forwarded on Fri 5 June: Friday the 5th.",
    )
    e = ("小林 誠", "m.kobayashi@hikari-net.example.jp")
    add(
        f,
        "ja",
        "ashita_15ji_yokujitsu_henshin",
        subject="面接のご相談",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 5, 8, 0, FRI),
                "小林様\n\nはい、15時に伺います。よろしくお願いいたします。\n\nAlex Morgan",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 18, 0, THU),
                "Alex Morgan様\n\nひかりネットの小林です。急で恐縮ですが、明日の15時はいかがでしょうか。\n\nよろしくお願いいたします。",
            ),
        ],
        label=slot("ja", (2026, 6, 5, 8, 0, FRI), (2026, 6, 5, 15, 0, FRI)),
        note="'明日の15時' in a mail of Thu 4 June, accepted on Fri 5 June: the 5th.",
    )
    e = ("Thiago Rocha", "thiago.rocha@litoral-tech.example.com.br")
    add(
        f,
        "pt-BR",
        "segunda_11h_confirmado_na_segunda",
        subject="Conversa",
        client="gmail",
        layers=[
            Layer(ME, e, (2026, 6, 8, 7, 40, MON), "Posso sim, até às 11h!\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 5, 17, 0, FRI),
                "Oi Alex,\n\nPode na segunda às 11h? Seria uma conversa com o gestor da área, por Meet.\n\nThiago Rocha\nLitoral Tech",
            ),
        ],
        label=slot("pt-BR", (2026, 6, 8, 7, 40, MON), (2026, 6, 8, 11, 0, MON)),
        note="'na segunda às 11h' asked on Fri 5 June, accepted on Monday morning: Mon 8 June.",
    )
    e = ("정수진", "sujin.jung@bada-games.example.kr")
    add(
        f,
        "ko",
        "naeil_ohu_2si_jeondal",
        subject="화상 면접",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 2, 16, 0, TUE),
                "Alex님 안녕하세요,\n\n바다게임즈 정수진입니다. 내일 오후 2시에 화상 면접 가능하실까요? 링크는 따로 보내드리겠습니다.",
            )
        ],
        forwards=[(ME, pp.HOOK, (2026, 6, 3, 8, 30, WED), "", "outlook")],
        label=slot("ko", (2026, 6, 3, 8, 30, WED), (2026, 6, 3, 14, 0, WED)),
        note="'내일 오후 2시' in a mail of Tue 2 June, forwarded on Wed 3 June: the 3rd.",
    )
    e = ("Amy Fletcher", "amy.fletcher@oakridge-care.example.co.uk")
    add(
        f,
        "en-GB",
        "free_tomorrow_any_time_after_2",
        subject="Quick call",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 2, 8, 0, TUE),
                "Hi Amy,\n\nYes - any time after 2 works for me.\n\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 1, 17, 0, MON),
                "Hi Alex,\n\nAre you free tomorrow for a quick call at some point? I'll ring you.\n\nAmy Fletcher\nOakridge Care",
            ),
        ],
        label=NEG,
        note="Control: 'tomorrow' in the quoted mail but no hour agreed (the candidate's open window).",
    )
    e = ("Jana Keller", "jana.keller@hafenblick.example.de")
    add(
        f,
        "de",
        "melden_uns_morgen_mit_vorschlag",
        subject="Ihre Bewerbung",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 4, 16, 0, THU),
                "Hallo Herr Morgan,\n\nvielen Dank für das nette Telefonat. Wir melden uns morgen mit einem Terminvorschlag für das Gespräch vor Ort.\n\nViele Grüße\nJana Keller\nHafenblick",
            )
        ],
        forwards=[(ME, pp.HOOK, (2026, 6, 5, 9, 0, FRI), "", "gmail")],
        label=NEG,
        note="Control: 'morgen' in a forwarded mail, but only a promise to propose a time.",
    )


# --- sighours46 ----------------------------------------------------------------------------
def build_sighours() -> None:
    f = "sighours46"

    def one(
        lang: str,
        name: str,
        who: tuple[str, str],
        subject: str,
        sent: tuple[object, ...],
        v: tuple[object, ...] | None,
        text: str,
        note: str,
    ) -> None:
        add(
            f,
            lang,
            name,
            subject=subject,
            layers=[Layer(who, ME, sent, text)],
            label=NEG if v is None else slot(lang, sent, v),
            note=note,
        )

    one(
        "en-GB",
        "thursday_2pm_office_hours_sig",
        ("Rosie Turner", "rosie.turner@kestrel-homes.example.co.uk"),
        "Interview invitation",
        (2026, 6, 3, 10, 0, WED),
        (2026, 6, 11, 14, 0, THU),
        "Dear Alex,\n\nThank you for your application for the Site Coordinator role. We'd like to invite you to an interview on Thursday 11 June at 2pm at our Bristol office.\n\nPlease bring photo ID.\n\nKind regards,\nRosie Turner\nHR Assistant, Kestrel Homes\nOffice hours: Mon–Fri 9:00–17:00\nT: 0117 496 0123",
        "Slot in the body; 'Office hours: Mon–Fri 9:00–17:00' in the signature.",
    )
    one(
        "de",
        "dienstag_1030_sprechzeiten_sig",
        ("Petra Schulz", "p.schulz@stadtwerke-lahntal.example.de"),
        "Einladung zum Vorstellungsgespräch",
        (2026, 6, 4, 11, 0, THU),
        (2026, 6, 16, 10, 30, TUE),
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 16. Juni 2026, um 10:30 Uhr in unser Verwaltungsgebäude ein.\n\nMit freundlichen Grüßen\nPetra Schulz\nPersonalabteilung\nStadtwerke Lahntal\nSprechzeiten: Mo–Fr 9:00–17:00 Uhr\nTel. 06421 555-210",
        "Slot in the body; 'Sprechzeiten: Mo–Fr 9:00–17:00 Uhr' in the signature.",
    )
    one(
        "fr",
        "mercredi_11h_horaires_sig",
        ("Agathe Roux", "agathe.roux@mairie-sainteloi.example.fr"),
        "Convocation à un entretien",
        (2026, 6, 5, 9, 0, FRI),
        (2026, 6, 17, 11, 0, WED),
        "Madame, Monsieur,\n\nNous avons le plaisir de vous convier à un entretien le mercredi 17 juin à 11h, en salle du conseil.\n\nCordialement,\nAgathe Roux\nService des ressources humaines\nHoraires d'accueil : du lundi au vendredi, 8h30–12h / 14h–18h",
        "Slot in the body; 'du lundi au vendredi, 8h30–12h / 14h–18h' in the signature.",
    )
    e = ("Nerea Solís", "nerea.solis@clinicamar.example.es")
    add(
        f,
        "es",
        "confirmado_jueves_horario_atencion",
        subject="Entrevista",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 12, 0, FRI),
                "Hola Alex,\n\nConfirmado el jueves a las 12:00. ¡Hasta entonces!\n\nNerea Solís\nRecursos Humanos · Clínica Mar\nHorario de atención: L–V 9:00–14:00",
            ),
            Layer(ME, e, (2026, 6, 5, 10, 0, FRI), "Hola Nerea,\n\nSí, me viene bien.\n\nAlex"),
            Layer(
                e,
                ME,
                (2026, 6, 4, 13, 0, THU),
                "Hola Alex,\n\n¿Podrías venir el jueves 18 de junio a las 12:00?\n\nNerea Solís\nRecursos Humanos · Clínica Mar\nHorario de atención: L–V 9:00–14:00",
            ),
        ],
        label=slot("es", (2026, 6, 5, 12, 0, FRI), (2026, 6, 18, 12, 0, THU)),
        note="'Confirmado el jueves a las 12:00' over the quoted date; 'Horario de atención: L–V 9:00–14:00' in two signatures.",
    )
    one(
        "it",
        "lunedi_930_orari_ufficio",
        ("Sara Galli", "sara.galli@cooperativa-arno.example.it"),
        "Convocazione colloquio",
        (2026, 6, 3, 15, 0, WED),
        (2026, 6, 15, 9, 30, MON),
        "Gentile Alex,\n\nla invitiamo a un colloquio lunedì 15 giugno alle 9:30 presso la nostra sede di Firenze.\n\nCordiali saluti\nSara Galli\nUfficio Personale\nOrari ufficio: lun–ven 8:30–17:30",
        "Slot in the body; 'Orari ufficio: lun–ven 8:30–17:30' in the signature.",
    )
    one(
        "pl",
        "piatek_13_godziny_pracy",
        ("Anna Kowalczyk", "a.kowalczyk@wodociagi-notec.example.pl"),
        "Zaproszenie na rozmowę",
        (2026, 6, 2, 10, 0, TUE),
        (2026, 6, 12, 13, 0, FRI),
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną w piątek 12 czerwca o 13:00 w siedzibie spółki.\n\nZ poważaniem\nAnna Kowalczyk\nDział Kadr\nGodziny pracy biura: pon.–pt. 8:00–16:00",
        "Slot in the body; 'Godziny pracy biura: pon.–pt. 8:00–16:00' in the signature.",
    )
    one(
        "tr",
        "persembe_10_calisma_saatleri",
        ("Zeynep Aksoy", "zeynep.aksoy@ege-lojistik.example.com.tr"),
        "Mülakat daveti",
        (2026, 6, 5, 11, 0, FRI),
        (2026, 6, 18, 10, 0, THU),
        "Merhaba Alex,\n\nBaşvurunuz için teşekkür ederiz. Sizi 18 Haziran Perşembe saat 10:00'da ofisimizde mülakata davet etmek isteriz.\n\nSaygılarımızla,\nZeynep Aksoy\nİnsan Kaynakları, Ege Lojistik\nÇalışma saatleri: Pzt–Cum 09:00–18:00",
        "Slot in the body; 'Çalışma saatleri: Pzt–Cum 09:00–18:00' in the signature.",
    )
    one(
        "ja",
        "6gatsu17nichi_uketsuke_jikan",
        ("森 さくら", "s.mori@kawasemi.example.jp"),
        "面接のご案内",
        (2026, 6, 4, 10, 0, THU),
        (2026, 6, 17, 11, 0, WED),
        "Alex Morgan様\n\nかわせみ株式会社 採用担当の森です。\n面接を6月17日（水）11:00より弊社本社にて行います。\n\n森 さくら\n採用担当\n受付時間：平日 9:00〜18:00",
        "Slot in the body; '受付時間：平日 9:00〜18:00' in the signature.",
    )
    one(
        "en-US",
        "receipt_call_mon_fri_9_5",
        ("Careers at Bluecedar", "careers@bluecedar.example.com"),
        "We received your application",
        (2026, 6, 2, 9, 0, TUE),
        None,
        "Hi Alex,\n\nThanks for applying to Bluecedar! We review applications within 5 business days and will reach out if there's a match.\n\nQuestions? Call our recruiting line Mon–Fri, 9am–5pm.\n\nBluecedar Talent Team",
        "Control: a receipt whose only times are phone hours.",
    )
    one(
        "de",
        "eingang_erreichbar_mo_do",
        ("Bewerbermanagement", "bewerbung@nordkap-versicherung.example.de"),
        "Eingangsbestätigung Ihrer Bewerbung",
        (2026, 6, 3, 8, 0, WED),
        None,
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen und melden uns in den nächsten zwei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Bewerbermanagement\nTelefonisch erreichbar: Mo–Do 8–16 Uhr, Fr 8–13 Uhr",
        "Control: a receipt with phone hours only.",
    )
    one(
        "zh",
        "jianli_yi_shoudao_gongzuo_shijian",
        ("招聘组", "hr@tianyuan-auto.example.cn"),
        "简历已收到",
        (2026, 6, 4, 9, 0, THU),
        None,
        "Alex您好，\n\n您的简历我们已收到，筛选结果将在一周内通知您。\n\n天元汽车 招聘组\n工作时间：周一至周五 9:00-18:00",
        "Control: a receipt with office hours only.",
    )


# --- undo46 --------------------------------------------------------------------------------
def build_undo() -> None:
    f = "undo46"
    e = ("Nina Hale", "nina.hale@copperfield.example.com")
    add(
        f,
        "en-US",
        "cancel_thursday_role_on_hold",
        subject="Interview Thursday",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 8, 9, 30, MON),
                "Hi Alex,\n\nI'm so sorry, but we have to cancel Thursday's interview - the role has just been put on hold. I'll reach out if that changes.\n\nNina",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 14, 0, TUE),
                "Hi Alex,\n\nYou're all set for Thursday, June 11 at 1:00 PM with our design lead.\n\nNina Hale\nCopperfield",
            ),
        ],
        label=kind(
            "cancellation", slot("en-US", (2026, 6, 8, 9, 30, MON), (2026, 6, 11, 13, 0, THU))
        ),
        note="The employer cancels 'Thursday's interview' in a reply over its own quoted invitation.",
    )
    e = ("Claudia Weber", "c.weber@alpenblick-reisen.example.de")
    add(
        f,
        "de",
        "termin_dienstag_absagen",
        subject="Ihr Vorstellungsgespräch",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 5, 10, 0, FRI),
                "Sehr geehrter Herr Morgan,\n\nleider müssen wir den Termin am Dienstag absagen, Herr Kaiser ist erkrankt. Wir melden uns mit einem neuen Vorschlag.\n\nMit freundlichen Grüßen\nClaudia Weber",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 1, 11, 0, MON),
                "Sehr geehrter Herr Morgan,\n\nwir bestätigen Ihr Vorstellungsgespräch am Dienstag, 9. Juni, um 14:00 Uhr.\n\nMit freundlichen Grüßen\nClaudia Weber\nAlpenblick Reisen",
            ),
        ],
        label=kind("cancellation", slot("de", (2026, 6, 5, 10, 0, FRI), (2026, 6, 9, 14, 0, TUE))),
        note="'den Termin am Dienstag absagen' over the quoted confirmation (Outlook).",
    )
    e = ("Manon Girard", "manon.girard@pixelune.example.fr")
    add(
        f,
        "fr",
        "decaler_jeudi_a_vendredi",
        subject="Entretien jeudi",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 8, 16, 0, MON),
                "Bonjour Alex,\n\nPetit changement : nous devons décaler l'entretien de jeudi au vendredi 12 juin, même heure (10h). Désolée pour le contretemps.\n\nManon",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 10, 0, WED),
                "Bonjour Alex,\n\nJe vous confirme l'entretien le jeudi 11 juin à 10h avec notre directeur technique.\n\nManon Girard\nPixelune",
            ),
        ],
        label=kind("reschedule", slot("fr", (2026, 6, 8, 16, 0, MON), (2026, 6, 12, 10, 0, FRI))),
        note="'décaler l'entretien de jeudi au vendredi 12 juin, même heure (10h)' over the quoted Thursday.",
    )
    e = ("Irene Navarro", "irene.navarro@brisa-digital.example.es")
    add(
        f,
        "es",
        "mover_del_martes_al_miercoles",
        subject="Cambio de la entrevista",
        client="outlook",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 10, 9, 0, WED),
                "Hola Alex:\n\nTenemos que mover la entrevista del martes 16 al miércoles 17 a las 12:00. Disculpa las molestias.\n\nIrene",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 12, 0, THU),
                "Hola Alex:\n\nTe esperamos el martes 16 de junio a las 10:00 en nuestra oficina.\n\nIrene Navarro\nBrisa Digital",
            ),
        ],
        label=kind("reschedule", slot("es", (2026, 6, 10, 9, 0, WED), (2026, 6, 17, 12, 0, WED))),
        note="'mover la entrevista del martes 16 al miércoles 17 a las 12:00' over the quoted first slot.",
    )
    e = ("Femke de Boer", "femke.deboer@zeeland-energie.example.nl")
    add(
        f,
        "nl",
        "gesprek_woensdag_annuleren",
        subject="Gesprek woensdag",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 8, 12, 0, MON),
                "Hoi Alex,\n\nHelaas moeten we het gesprek van woensdag annuleren; de vacature is intern ingevuld. Sorry voor het late bericht.\n\nFemke",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 2, 10, 0, TUE),
                "Hoi Alex,\n\nHierbij bevestig ik je gesprek op woensdag 10 juni om 11.00 uur.\n\nFemke de Boer\nZeeland Energie",
            ),
        ],
        label=kind("cancellation", slot("nl", (2026, 6, 8, 12, 0, MON), (2026, 6, 10, 11, 0, WED))),
        note="'het gesprek van woensdag annuleren' over the quoted confirmation.",
    )
    e = ("孙磊", "sunlei@dongfang-media.example.cn")
    add(
        f,
        "zh",
        "gaidao_612_xiawu_3dian",
        subject="面试时间调整",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 9, 10, 0, TUE),
                "Alex您好，\n\n抱歉，原定6月11日（周四）的面试需要改到6月12日（周五）下午3点，地点不变。\n\n孙磊",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 15, 0, WED),
                "Alex您好，\n\n您的面试安排在6月11日（周四）上午10点，地址：东方传媒大厦12层。\n\n孙磊",
            ),
        ],
        label=kind("reschedule", slot("zh", (2026, 6, 9, 10, 0, TUE), (2026, 6, 12, 15, 0, FRI))),
        note="'原定6月11日（周四）的面试需要改到6月12日（周五）下午3点' over the quoted first slot.",
    )
    e = ("Burak Yıldız", "burak.yildiz@anadolu-enerji.example.com.tr")
    add(
        f,
        "tr",
        "gorusmeyi_iptal",
        subject="Görüşme",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 12, 9, 0, FRI),
                "Merhaba Alex,\n\nMaalesef 17 Haziran Çarşamba günkü görüşmeyi iptal etmek zorundayız. Pozisyon şimdilik askıya alındı.\n\nBurak Yıldız",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 5, 10, 0, FRI),
                "Merhaba Alex,\n\nGörüşmeniz 17 Haziran Çarşamba saat 14:00'te genel merkezimizde yapılacaktır.\n\nBurak Yıldız\nAnadolu Enerji",
            ),
        ],
        label=kind("cancellation", slot("tr", (2026, 6, 12, 9, 0, FRI), (2026, 6, 17, 14, 0, WED))),
        note="'görüşmeyi iptal etmek zorundayız' over the quoted slot.",
    )
    e = ("윤서아", "seoa.yoon@hanul-design.example.kr")
    add(
        f,
        "ko",
        "byeongyeong_18il_ohu_2si",
        subject="면접 일정 변경",
        client="gmail",
        layers=[
            Layer(
                e,
                ME,
                (2026, 6, 10, 11, 0, WED),
                "Alex님,\n\n죄송하지만 면접 일정이 6월 16일(화) 오전 10시에서 6월 18일(목) 오후 2시로 변경되었습니다.\n\n윤서아 드림",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 4, 14, 0, THU),
                "Alex님,\n\n면접은 6월 16일(화) 오전 10시입니다. 본사 3층으로 오시면 됩니다.\n\n윤서아",
            ),
        ],
        label=kind("reschedule", slot("ko", (2026, 6, 10, 11, 0, WED), (2026, 6, 18, 14, 0, THU))),
        note="'6월 16일(화) 오전 10시에서 6월 18일(목) 오후 2시로 변경되었습니다' over the quoted first slot.",
    )
    e = ("Hannah Price", "hannah.price@larchfield.example.co.uk")
    add(
        f,
        "en-GB",
        "candidate_asks_to_move_unanswered",
        subject="Interview on Thursday",
        client="outlook",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 8, 8, 30, MON),
                "Hi Hannah,\n\nWould it be possible to move Thursday's interview? A clash has come up at work. I could do Friday 12 June at 10:00 or Monday 15 June at 14:00.\n\nSorry for the trouble,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 9, 0, WED),
                "Hi Alex,\n\nLooking forward to seeing you on Thursday 11 June at 11:00.\n\nHannah Price\nLarchfield",
            ),
        ],
        label=NEG,
        note="Control: the candidate's own request to move, with two proposals nobody has answered.",
    )
    e = ("Camila Souza", "camila.souza@horizonte-saude.example.com.br")
    add(
        f,
        "pt-BR",
        "pede_para_remarcar",
        subject="Entrevista quinta",
        client="gmail",
        layers=[
            Layer(
                ME,
                e,
                (2026, 6, 8, 9, 0, MON),
                "Oi Camila,\n\nSurgiu um imprevisto: seria possível remarcar a entrevista? Posso terça 16/6 às 10h ou quarta 17/6 às 15h.\n\nObrigado,\nAlex",
            ),
            Layer(
                e,
                ME,
                (2026, 6, 3, 11, 0, WED),
                "Oi Alex,\n\nSua entrevista está marcada para quinta, 11/6, às 14h.\n\nCamila Souza\nHorizonte Saúde",
            ),
        ],
        label=NEG,
        note="Control: the candidate asks to reschedule and proposes times; unanswered.",
    )


BUILDERS = [
    build_pickconf,
    build_restate,
    build_fwdtwice,
    build_seeyou,
    build_quotedday,
    build_sighours,
    build_undo,
]
FIRST_SIGHT = (
    "First sight (quick.py on main at c23da370 plus this batch, before any parser change): "
    "dev text invitations 36 of 39 right (21 with confidence >= 0.5), dev look-alikes 0 of "
    "11 claimed; held out 10 of 16 right (6 sure), 0 of 4 look-alikes claimed. Dev misses: "
    "two restated slots read as refusals because the candidate's quoted regret "
    "('Malheureusement je ne suis pas disponible mardi', 'niestety w czwartek nie dam rady') "
    "sat under an Outlook From/Sent/To block, which the reply's-own-words check did not "
    "treat as quoted; one Chinese 'see you then' took the clock of Gmail's zh attribution "
    "('… 于2026年6月4日 15:00写道：') as the slot. Right but unsure: accepting replies in fr, "
    "it, ja, zh, en, de ('à jeudi alors', 'ci vediamo', '承知しました', 'see you at 11', 'bis "
    "nachher') not read as taking the one quoted time; Japanese questions ending '…でしょうか。' "
    "not read as questions; Turkish 'iptal etmek zorundayız' not read as a cancellation."
)
AFTER = (
    "After the threads46 parser changes (a reply's own words stop at the first quoted "
    "From/Sent/To block; zh/ko Gmail and Apple attributions head quotes; more acceptances "
    "and farewells-until-then; Japanese polite questions; Turkish obligation to cancel; "
    "Chinese '原定…改到…' moves; office and front-desk hours in fr, pl, tr, ja, zh, ko "
    "signatures): dev 39 of 39 right (26 sure), 0 of 11 claimed; held out 10 of 16 right "
    "(6 sure), 0 of 4 claimed. Files that existed before the batch (quick.py, against the "
    "round's base): 3 BETTER, 0 WORSE, 1 CHANGED (held out). Left: a pt-BR 'Posso sim' "
    "accept is read at the right time but below 0.5 as not naming a meeting; 'Call our "
    "recruiting line Mon–Fri, 9am–5pm' is read as a slot below 0.5."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        k = str(item.label.get("kind"))
        kinds[k] = kinds.get(k, 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the threads46 batch (`build_threads46.py`)",
        "",
        "Threads and forwards carrying several times, where a careful reader takes the slot "
        "the newest layer settles, restates, confirms, cancels or moves, or the one the older "
        "layers set when the newest adds nothing. All prose is ours; people, companies and "
        "addresses are made up; no product template is rendered. Reply attributions and "
        "forward header blocks (Gmail, Outlook in each language, Apple Mail, Thunderbird) are "
        "written from memory of those clients' output (Gmail's attributions via "
        "build_replies43.py and build_prose44.py). Every label was written from the datetimes "
        "the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('threads46 coin').sample(sorted(FAMILIES), 2)` before any mail was "
        "written): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used (README 'Replies over a quoted time'): a reply that accepts the one "
        "slot asked about, or an employer's confirmation of the option the candidate picked, "
        "is an `invitation` at that slot; an employer's restated slot wins over older quoted "
        "proposals; a forward adds nothing, so a mail forwarded twice carries the innermost "
        "slot; a relative day in a quoted layer counts from that layer's date; a reply that "
        "cancels the quoted slot is a `cancellation` at it, one that moves it a `reschedule` "
        "at the new slot; the candidate's own unanswered proposals, a pick the employer has "
        "not confirmed and a thank-you after the interview are `not_invitation`. "
        "`original_sender` is not labelled on mails forwarded twice (two header blocks).",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_threads46.py`.",
        "",
        "## Families",
        "",
    ]
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-threads46.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
