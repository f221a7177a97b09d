# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "reply53" batch: the user's own acceptances passed on, in ten languages.

The user's Bcc copy of their reply (From the user, To the recruiter, Afterview's address only
in the envelope) and their forward of their own sent reply take the one slot the quoted
recruiter offered in the words people use to say yes: "that suits me well", "that works
perfectly", "ce créneau me convient", "mi va bene", "me viene perfecto", "past mij prima",
"passt mir perfekt", "termin mi odpowiada", "passar mig bra", "fica ótimo para mim",
"その日時で大丈夫です". Beside them stand the look-alikes in the same shapes: the user's
counter-proposal or decline ("ne me convient pas", "non mi va bene", "nie pasuje mi",
"passar mig inte"), which must not be claimed at the quoted slot; and (`bccthird53`, task 2)
mail a third party wrote that reached the user by Bcc: a recruiter's reply to the hiring
manager or an agency's to its client, quoting the colleague's mail, with the user in Bcc.

Labels follow the README's conventions 'Replies over a quoted time', 'The user's own reply'
and 'The user's Bcc copy'; the third party's mail is read as any mail the user received: an
invitation when it sets the user's interview to them, otherwise (a recruiter briefing a
colleague about "Alex" in the third person, clientside45) not_invitation.

Held-out families were drawn by `random.Random("reply53 coin").sample(sorted(FAMILIES), 2)`
over the four families of task 1 before any mail was written: ['fwdno53', 'fwdyes53'].
`bccthird53` (third-party mail that Bcc'd the user) is DEV ONLY and outside the draw: the
brief asked for dev mails of both readings.

Run: .venv/bin/python tests/parsing/corpus/build_reply53.py

All text is ours; people, companies and addresses are made up; 2026 dates. Labels come from
the datetimes rendered into the text (zoneinfo) and were written before the parser was run on
any message of the batch. Deterministic; the script writes only its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import datetime
from email.utils import formataddr
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


om = _load("build_ownmail51", "build_ownmail51.py")
pp = om.pp
Layer = om.Layer
ME, HOOK = om.ME, om.HOOK
reply_thread, as_forward, write = om.reply_thread, om.as_forward, om.write

FAMILIES = {
    "bccyes53": "The user's Bcc copy of their reply taking the one slot the recruiter "
    "offered in a plain yes ('that suits me well', 'ce créneau me convient', 'passar mig "
    "bra', 'その日時で大丈夫です'): an invitation at the quoted slot.",
    "fwdyes53": "The user forwards their own sent reply taking the one slot offered in such "
    "words: an invitation at the quoted slot.",
    "bccno53": "The user's Bcc copy of their counter-proposal or decline over the one slot "
    "offered, in the same words negated or beside another time ('ne me convient pas', "
    "'nie pasuje mi'): not_invitation.",
    "fwdno53": "The user forwards their own counter-proposal or decline: not_invitation.",
}
HELD = frozenset(random.Random("reply53 coin").sample(sorted(FAMILIES), 2))
assert {"fwdno53", "fwdyes53"} == HELD
DEV_ONLY = {
    "bccthird53": "Mail a third party wrote with the user in Bcc (a recruiter's reply to the "
    "hiring manager, an agency's to its client, quoting the colleague's mail written to "
    "its From; the user's mailbox in Delivered-To): read as any mail the user received, "
    "not_invitation when it speaks of 'Alex' to a colleague, an invitation when it sets the "
    "interview to the user; controls: the user's own copy Bcc'd to their own mailbox.",
}
ALL = FAMILIES | DEV_ONLY
for _name in ALL:
    om.SPLITS[_name] = "heldout" if _name in HELD else "dev"
    om.ALL_FAMILIES[_name] = ALL[_name]
om.ZONE.update({"pl": "Europe/Warsaw", "sv": "Europe/Stockholm", "ja": "Asia/Tokyo"})

PL_D = ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia"]
PL_M += ["września", "października", "listopada", "grudnia"]
PL_S = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MS = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
SV_D = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_M = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"]
SV_M += ["september", "oktober", "november", "december"]
JA_D = "月火水木金土日"


def slot_text(lang: str, t: datetime) -> str:
    """The slot as a person writes it (ownmail51's languages, Polish, Swedish, Japanese)."""
    w, d, m = t.weekday(), t.day, t.month - 1
    if lang == "pl":
        return f"w {PL_D[w]} {d} {PL_M[m]} o godz. {t:%H:%M}"
    if lang == "sv":
        return f"{SV_D[w]} den {d} {SV_M[m]} kl. {t:%H:%M}"
    if lang == "ja":
        return f"{t.month}月{d}日（{JA_D[w]}）{t:%H:%M}"
    return str(om.slot_text(lang, t))


_attribution = om.attribution
_forward_head = om.forward_head


def attribution(
    client: str, lang: str, who: tuple[str, str], t: datetime, to: tuple[str, str]
) -> tuple[str, bool]:
    """Gmail's reply line in Polish, Swedish and Japanese; ownmail51's for the rest."""
    p = f"{who[0]} <{who[1]}>"
    if lang == "pl":
        return (
            f"{PL_S[t.weekday()]} {t.day} {PL_MS[t.month - 1]} {t.year} o {t:%H:%M} {p} napisał(a):",
            True,
        )
    if lang == "sv":
        return (
            f"Den {SV_D[t.weekday()][:3]} {t.day} {SV_M[t.month - 1][:3]}. {t.year} kl. {t:%H:%M} skrev {p}:",
            True,
        )
    if lang == "ja":
        return f"{t.year}年{t.month}月{t.day}日({JA_D[t.weekday()]}) {t:%H:%M} {p}:", True
    result: tuple[str, bool] = _attribution(client, lang, who, t, to)
    return result


def forward_head(
    client: str, lang: str, who: tuple[str, str], t: datetime, subject: str, to: tuple[str, str]
) -> str:
    """Gmail's forward block in Polish, Swedish and Japanese; ownmail51's for the rest."""
    title, frm = {
        "pl": ("Wiadomość przekazana dalej", "Od"),
        "sv": ("Vidarebefordrat meddelande", "Från"),
        "ja": ("Forwarded message", "From"),
    }.get(lang, ("", ""))
    if title:
        when = f"{t.year}-{t.month:02d}-{t.day:02d} {t:%H:%M}"
        return f"---------- {title} ---------\n{frm}: {who[0]} <{who[1]}>\nDate: {when}\nSubject: {subject}\nTo: {to[0]} <{to[1]}>"
    head: str = _forward_head(client, lang, who, t, subject, to)
    return head


om.attribution = attribution
om.forward_head = forward_head
om.RE_PREFIX.update({"pl": "Odp", "sv": "SV", "ja": "Re"})


def at(lang: str, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(2026, mo, d, h, mi, tzinfo=om.ZoneInfo(om.ZONE[lang]))


def env(header: str = "Delivered-To", kept: bool = False) -> tuple[tuple[str, str], ...]:
    """The envelope of a Bcc copy: the hook's address in `header` only."""
    out: tuple[tuple[str, str], ...] = (("Return-Path", f"<{ME[1]}>"), (header, HOOK[1]))
    if kept:
        out += (("Bcc", formataddr(HOOK)),)
    return out


# recruiters --------------------------------------------------------------------------------
REC = {
    "en-GB": ("Harriet Lowe", "harriet.lowe@marshgate-civils.example.co.uk", "Site Engineer"),
    "fr": ("Camille Berthier", "c.berthier@ateliers-sauvage.example.fr", "Technicien(ne) méthodes"),
    "it": ("Paolo Esposito", "p.esposito@vetreria-lagune.example.it", "Addetto qualità"),
    "es": ("Marta Quintana", "marta.quintana@conservas-ria.example.es", "Técnico de mantenimiento"),
    "nl": ("Sanne Koster", "s.koster@dijkstra-bouw.example.nl", "Werkvoorbereider"),
    "de": ("Miriam Engel", "m.engel@saalekraft.example.de", "Elektroniker (m/w/d)"),
    "pl": (
        "Agnieszka Wójcik",
        "a.wojcik@baltyk-logistyka.example.pl",
        "Specjalista ds. planowania",
    ),
    "sv": ("Karin Lindqvist", "karin.lindqvist@norrsken-energi.example.se", "Driftingenjör"),
    "pt-BR": ("Juliana Ramos", "juliana.ramos@serra-azul.example.com.br", "Analista de logística"),
    "ja": ("佐藤 美咲", "m.sato@hikari-kogyo.example.jp", "品質管理スタッフ"),
}
SUBJECT = {
    "en-GB": "Interview - {role}",
    "fr": "Entretien - {role}",
    "it": "Colloquio - {role}",
    "es": "Entrevista - {role}",
    "nl": "Uitnodiging gesprek - {role}",
    "de": "Vorstellungsgespräch - {role}",
    "pl": "Rozmowa kwalifikacyjna - {role}",
    "sv": "Intervju - {role}",
    "pt-BR": "Entrevista - {role}",
    "ja": "面接日程のご案内（{role}）",
}


def offer(lang: str, s: datetime) -> str:
    """The recruiter's mail offering the one slot, as a question."""
    st = slot_text(lang, s)
    name = REC[lang][0]
    return {
        "en-GB": f"Dear Alex,\n\nThank you for applying. Could you come in for an interview on {st} at our Reading office?\n\nKind regards,\n{name}",
        "fr": f"Bonjour Alex,\n\nMerci pour votre candidature. Nous vous proposons un entretien le {st} dans nos locaux de Lille. Ce créneau vous convient-il ?\n\nCordialement,\n{name}",
        "it": f"Gentile Alex,\n\ngrazie per la sua candidatura. Le proponiamo un colloquio {st} presso la nostra sede di Murano. Le va bene?\n\nCordiali saluti,\n{name}",
        "es": f"Hola Alex:\n\nGracias por tu candidatura. ¿Te vendría bien una entrevista {st} en nuestra planta de Vigo?\n\nUn saludo,\n{name}",
        "nl": f"Beste Alex,\n\nDank voor je sollicitatie. Zou je op {st} langs kunnen komen voor een gesprek op ons kantoor in Zwolle?\n\nMet vriendelijke groet,\n{name}",
        "de": f"Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Hätten Sie am {st} Zeit für ein Vorstellungsgespräch bei uns in Halle?\n\nViele Grüße\n{name}",
        "pl": f"Dzień dobry Panie Alexie,\n\ndziękujemy za przesłanie aplikacji. Czy mógłby Pan przyjść na rozmowę {st} do naszego biura w Gdyni?\n\nPozdrawiam\n{name}",
        "sv": f"Hej Alex,\n\nTack för din ansökan! Skulle du kunna komma på en intervju {st} på vårt kontor i Luleå?\n\nVänliga hälsningar\n{name}",
        "pt-BR": f"Olá, Alex!\n\nObrigada pela candidatura. Você poderia vir para uma entrevista na {st}, no nosso escritório em Curitiba?\n\nAbraços,\n{name}",
        "ja": f"Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。面接を{st}より弊社大阪オフィスにて実施したく存じます。ご都合はいかがでしょうか。\n\n{name}",
    }[lang]


def thread(lang: str, s: datetime, reply: str, client: str, sent: tuple[int, int]) -> Layer:
    who = REC[lang]
    offered = at(lang, s.month, s.day - 7 if s.day > 8 else 1, 9, 15)
    answered = at(lang, offered.month, offered.day, *sent)
    return reply_thread(
        lang,
        (who[0], who[1]),
        SUBJECT[lang].format(role=who[2]),
        offered,
        offer(lang, s),
        answered,
        reply,
        client,
    )


YES = {
    "en-GB": "Dear Harriet,\n\nThank you very much - that suits me well, and I look forward to meeting you.\n\nKind regards,\nAlex Morgan",
    "fr": "Bonjour Madame Berthier,\n\nMerci beaucoup, ce créneau me convient très bien.\n\nCordialement,\nAlex Morgan",
    "it": "Gentile Paolo,\n\ngrazie mille, mi va bene.\n\nCordiali saluti,\nAlex Morgan",
    "es": "Hola Marta:\n\n¡Gracias! Me viene perfecto.\n\nUn saludo,\nAlex Morgan",
    "nl": "Beste Sanne,\n\nDank je wel, dat past mij prima.\n\nMet vriendelijke groet,\nAlex Morgan",
    "de": "Hallo Frau Engel,\n\nvielen Dank, der Termin passt mir perfekt.\n\nViele Grüße\nAlex Morgan",
    "pl": "Dzień dobry Pani Agnieszko,\n\ndziękuję za zaproszenie, termin mi odpowiada.\n\nPozdrawiam\nAlex Morgan",
    "sv": "Hej Karin,\n\nTack så mycket, det passar mig bra.\n\nVänliga hälsningar\nAlex Morgan",
    "pt-BR": "Olá, Juliana!\n\nMuito obrigado, fica ótimo para mim.\n\nAbraços,\nAlex Morgan",
    "ja": "佐藤様\n\nご連絡ありがとうございます。その日時で大丈夫です。\nどうぞよろしくお願いいたします。\n\nAlex Morgan",
}
YES_FWD = {
    "en-GB": "Dear Harriet,\n\nThat works perfectly, thank you.\n\nBest wishes,\nAlex Morgan",
    "fr": "Bonjour Camille,\n\nMerci, cela me va très bien.\n\nBien à vous,\nAlex Morgan",
    "it": "Gentile Paolo,\n\nva benissimo, la ringrazio.\n\nCordiali saluti,\nAlex Morgan",
    "nl": "Beste Sanne,\n\nDat komt mij goed uit, bedankt!\n\nGroet,\nAlex Morgan",
    "de": "Hallo Frau Engel,\n\ndanke, das passt mir sehr gut.\n\nViele Grüße\nAlex Morgan",
    "pl": "Dzień dobry,\n\ndziękuję, pasuje mi.\n\nPozdrawiam\nAlex Morgan",
    "sv": "Hej Karin,\n\nTack, tiden passar mig utmärkt.\n\nHälsningar\nAlex Morgan",
    "ja": "佐藤様\n\nご連絡ありがとうございます。この日程で問題ありません。\nよろしくお願いいたします。\n\nAlex Morgan",
}


def counter(lang: str, alt: datetime) -> str:
    at_ = slot_text(lang, alt)
    return {
        "en-GB": f"Dear Harriet,\n\nThank you. I'm afraid that time doesn't suit me well, as I have an exam that morning. Would {at_} be possible instead?\n\nKind regards,\nAlex Morgan",
        "fr": f"Bonjour Madame Berthier,\n\nMerci beaucoup. Malheureusement ce créneau ne me convient pas ; serait-il possible de nous voir le {at_} ?\n\nCordialement,\nAlex Morgan",
        "it": f"Gentile Paolo,\n\ngrazie, ma purtroppo quel giorno non mi va bene. Sarebbe possibile {at_}?\n\nCordiali saluti,\nAlex Morgan",
        "es": f"Hola Marta:\n\nGracias, pero ese día no me viene muy bien. ¿Podríamos hacerla {at_}?\n\nUn saludo,\nAlex Morgan",
        "nl": f"Beste Sanne,\n\nDank je. Dat tijdstip past mij helaas niet; zou {at_} ook kunnen?\n\nMet vriendelijke groet,\nAlex Morgan",
        "de": f"Hallo Frau Engel,\n\nvielen Dank. Der Termin passt mir leider nicht gut. Wäre auch {at_} möglich?\n\nViele Grüße\nAlex Morgan",
        "pl": f"Dzień dobry Pani Agnieszko,\n\ndziękuję, niestety nie pasuje mi ten termin. Czy możliwe byłoby spotkanie {at_}?\n\nPozdrawiam\nAlex Morgan",
        "sv": f"Hej Karin,\n\nTack! Tyvärr passar det mig inte den dagen. Skulle {at_} fungera i stället?\n\nVänliga hälsningar\nAlex Morgan",
        "pt-BR": f"Olá, Juliana!\n\nObrigado. Infelizmente esse horário não fica bom para mim; seria possível na {at_}?\n\nAbraços,\nAlex Morgan",
        "ja": f"佐藤様\n\nご連絡ありがとうございます。あいにくその日時は都合が悪く、{at_}からではいかがでしょうか。\n\nAlex Morgan",
    }[lang]


DECLINE = {
    "en-GB": "Dear Harriet,\n\nThank you for the invitation. I have since accepted another offer, so that slot no longer suits me and I would like to withdraw my application.\n\nKind regards,\nAlex Morgan",
    "fr": "Bonjour Camille,\n\nMerci pour votre proposition. J'ai entre-temps accepté un autre poste ; je me permets donc de retirer ma candidature.\n\nBien à vous,\nAlex Morgan",
    "it": "Gentile Paolo,\n\nla ringrazio, ma non mi va bene proseguire: ho accettato un'altra proposta e ritiro la mia candidatura.\n\nCordiali saluti,\nAlex Morgan",
    "es": "Hola Marta:\n\nMuchas gracias, pero he aceptado otra oferta y retiro mi candidatura.\n\nUn saludo,\nAlex Morgan",
    "nl": "Beste Sanne,\n\nBedankt voor de uitnodiging. Ik heb inmiddels een andere baan aangenomen en trek mijn sollicitatie in.\n\nGroet,\nAlex Morgan",
    "sv": "Hej Karin,\n\nTack för inbjudan. Jag har tackat ja till en annan tjänst och drar därför tillbaka min ansökan.\n\nHälsningar\nAlex Morgan",
}

CLIENTS = {
    "en-GB": "outlook",
    "fr": "thunderbird",
    "it": "gmail",
    "es": "apple",
    "nl": "outlookweb",
    "de": "outlook",
    "pl": "gmail",
    "sv": "gmail",
    "pt-BR": "apple",
    "ja": "gmail",
}
FWD_CLIENTS = {
    "en-GB": "gmail",
    "fr": "outlook",
    "it": "thunderbird",
    "nl": "apple",
    "de": "gmail",
    "pl": "gmail",
    "sv": "gmail",
    "ja": "gmail",
    "es": "gmail",
    "pt-BR": "gmail",
}
HEADERS = ["Delivered-To", "X-Original-To", "Envelope-To"]
LANGS = ["en-GB", "fr", "it", "es", "nl", "de", "pl", "sv", "pt-BR", "ja"]


# Mondays to Wednesdays, 9-23 November and 7-16 December 2026: two days on is a working day
WORKDAYS = [
    (mo, d)
    for mo, first, last in ((11, 9, 23), (12, 7, 16))
    for d in range(first, last + 1)
    if datetime(2026, mo, d).weekday() < 3
]


def days(i: int) -> tuple[int, int, int]:
    """A working day and an hour for the i-th mail (its counter-slot a day or two on)."""
    mo, d = WORKDAYS[(i * 3) % len(WORKDAYS)]
    return (mo, d, 9 + i % 7)


def bccyes() -> None:
    f = "bccyes53"
    for i, lang in enumerate(LANGS):
        mo, d, h = days(i)
        s = at(lang, mo, d, h, 30 if i % 3 == 0 else 0)
        client = CLIENTS[lang]
        r = thread(lang, s, YES[lang], client, (14, 5 + i))
        header = HEADERS[i % 3]
        write(
            f,
            lang,
            f"{client}_yes_{header.lower().replace('-', '_')}",
            r,
            f"Bcc copy ({client}, {header}{', kept Bcc line' if i % 4 == 1 else ''}) of the user's plain yes to the one slot offered.",
            slot=s,
            envelope=env(header, kept=i % 4 == 1),
        )


def fwdyes() -> None:
    f = "fwdyes53"
    for i, lang in enumerate(YES_FWD):
        mo, d, h = days(i + 3)
        s = at(lang, mo, d, h, 15 if i % 2 else 0)
        r = thread(lang, s, YES_FWD[lang], CLIENTS[lang], (11, 20 + i))
        client = FWD_CLIENTS[lang]
        write(
            f,
            lang,
            f"{client}_fwd_yes",
            as_forward(lang, r, client, ""),
            f"The user forwards ({client}) their own sent yes to the one slot offered.",
            slot=s,
        )


def bccno() -> None:
    f = "bccno53"
    for i, lang in enumerate(LANGS):
        mo, d, h = days(i + 5)
        s = at(lang, mo, d, h)
        alt = at(lang, mo, d + 2, 15, 30)
        client = CLIENTS[lang]
        r = thread(lang, s, counter(lang, alt), client, (16, 10 + i))
        header = HEADERS[(i + 1) % 3]
        write(
            f,
            lang,
            f"{client}_counter_{header.lower().replace('-', '_')}",
            r,
            f"Bcc copy ({client}, {header}) of the user's counter-proposal, the yes words negated: nothing agreed.",
            slot=None,
            envelope=env(header),
        )
    for i, lang in enumerate(["it", "es"]):
        mo, d, h = days(i + 2)
        s = at(lang, mo, d, h)
        r = thread(lang, s, DECLINE[lang], "gmail", (18, 40))
        write(
            f,
            lang,
            "gmail_decline_delivered_to",
            r,
            "Bcc copy (Gmail, Delivered-To) of the user's withdrawal: nothing agreed.",
            slot=None,
            envelope=env(),
        )


def fwdno() -> None:
    f = "fwdno53"
    for i, lang in enumerate(["en-GB", "de", "pl", "pt-BR", "ja", "fr"]):
        mo, d, h = days(i + 1)
        s = at(lang, mo, d, h)
        alt = at(lang, mo, d + 1, 11)
        r = thread(lang, s, counter(lang, alt), CLIENTS[lang], (12, 30 + i))
        client = FWD_CLIENTS[lang]
        write(
            f,
            lang,
            f"{client}_fwd_counter",
            as_forward(lang, r, client, ""),
            f"The user forwards ({client}) their own counter-proposal: nothing agreed.",
            slot=None,
        )
    for lang in ["en-GB", "nl", "sv"]:
        s = at(lang, 12, 3, 10)
        r = thread(lang, s, DECLINE[lang], CLIENTS[lang], (19, 5))
        client = FWD_CLIENTS[lang]
        write(
            f,
            lang,
            f"{client}_fwd_decline",
            as_forward(lang, r, client, ""),
            f"The user forwards ({client}) their own withdrawal: nothing agreed.",
            slot=None,
        )


# bccthird53: a third party's mail that Bcc'd the user ----------------------------------------
PRIYA = ("Priya Shah", "priya.shah@fjordline-freight.example.co.uk")
SAM = ("Sam Lee", "sam.lee@fjordline-freight.example.co.uk")
NICO = ("Nicole Brandl", "n.brandl@personalpartner-sued.example.de")
HR_CLIENT = ("Thomas Weber", "t.weber@alpen-fahrzeugbau.example.de")
LUCIE = ("Lucie Marchand", "l.marchand@verrerie-des-vosges.example.fr")
ANTOINE = ("Antoine Giraud", "a.giraud@verrerie-des-vosges.example.fr")
ROSA = ("Rosa Delgado", "rosa.delgado@aceites-jaen.example.es")
SERGIO = ("Sergio Peña", "sergio.pena@aceites-jaen.example.es")
JESSE = ("Jesse Tran", "jesse.tran@ridgeway-analytics.example.com")
DEVON = ("Devon Park", "devon.park@ridgeway-analytics.example.com")
USER_BOX = (("Delivered-To", HOOK[1]), ("Delivered-To", ME[1]))


def bccthird() -> None:
    f = "bccthird53"

    lang = "en-GB"
    s = at(lang, 11, 24, 10)
    colleague = Layer(
        SAM,
        PRIYA,
        at(lang, 11, 13, 9, 5),
        f"Hi Priya,\n\nCould we see Alex Morgan for the planner role on {slot_text(lang, s)}? I can do the panel then.\n\nThanks,\nSam",
        "Alex Morgan - panel",
    )
    top = Layer(
        PRIYA,
        SAM,
        at(lang, 11, 13, 11, 40),
        "Hi Sam,\n\nThat works perfectly - I've put Alex in for it and booked room 2. Could you host?\n\nThanks,\nPriya",
        "Re: Alex Morgan - panel",
        below=colleague,
        client="gmail",
    )
    write(
        f,
        lang,
        "recruiter_to_manager_user_bcc",
        top,
        "A recruiter's reply to the hiring manager about 'Alex' in the third person, the user in Bcc (Delivered-To their mailbox): read as received mail, a briefing between colleagues.",
        slot=None,
        envelope=USER_BOX,
    )

    lang = "de"
    s = at(lang, 11, 26, 14)
    client_mail = Layer(
        HR_CLIENT,
        NICO,
        at(lang, 11, 16, 8, 40),
        f"Hallo Frau Brandl,\n\nwir würden Herrn Morgan gern am {slot_text(lang, s)} bei uns in Rosenheim kennenlernen. Geht das bei ihm?\n\nBeste Grüße\nThomas Weber",
        "Kandidat Morgan",
    )
    top = Layer(
        NICO,
        HR_CLIENT,
        at(lang, 11, 16, 10, 12),
        "Hallo Herr Weber,\n\ndas passt mir sehr gut, ich stimme es mit Herrn Morgan ab und melde mich.\n\nBeste Grüße\nNicole Brandl\nPersonalPartner Süd",
        "AW: Kandidat Morgan",
        below=client_mail,
        client="outlook",
    )
    write(
        f,
        lang,
        "agency_to_client_candidate_bcc",
        top,
        "Die Antwort der Personalberaterin an den Kunden (Outlook-Zitat an sie), der Kandidat in Bcc: Absprache über 'Herrn Morgan', keine Einladung an den Leser.",
        slot=None,
        envelope=USER_BOX,
    )

    lang = "fr"
    s = at(lang, 11, 30, 9, 30)
    colleague = Layer(
        ANTOINE,
        LUCIE,
        at(lang, 11, 18, 17, 2),
        f"Bonjour Lucie,\n\nPeux-tu caler Alex Morgan le {slot_text(lang, s)} avec moi pour l'entretien technique ?\n\nMerci,\nAntoine",
        "Candidature Alex Morgan",
    )
    top = Layer(
        LUCIE,
        ANTOINE,
        at(lang, 11, 19, 8, 45),
        "Bonjour Antoine,\n\nÇa me va très bien, je préviens Alex et je réserve la salle.\n\nBonne journée,\nLucie",
        "RE: Candidature Alex Morgan",
        below=colleague,
        client="thunderbird",
    )
    write(
        f,
        lang,
        "rh_a_collegue_meme_domaine_x_original_to",
        top,
        "Réponse de la RH à un collègue du même domaine, l'utilisateur en Cci (X-Original-To vers Afterview seulement) : échange entre collègues.",
        slot=None,
        envelope=(("X-Original-To", HOOK[1]),),
    )

    lang = "es"
    s = at(lang, 12, 1, 10)
    colleague = Layer(
        SERGIO,
        ROSA,
        at(lang, 11, 20, 12, 0),
        f"Hola Rosa:\n\n¿Puedes citar a Alex Morgan {slot_text(lang, s)}? Yo le hago la entrevista.\n\nGracias,\nSergio",
        "Entrevista Alex Morgan",
    )
    top = Layer(
        ROSA,
        SERGIO,
        at(lang, 11, 20, 13, 30),
        f"Hola Sergio, hola Alex:\n\nAlex, te confirmo tu entrevista {slot_text(lang, s)} con Sergio en nuestra almazara de Jaén; pregunta por él en recepción. Sergio, te lo dejo en la agenda.\n\nUn saludo,\nRosa Delgado\nRecursos Humanos",
        "RE: Entrevista Alex Morgan",
        below=colleague,
        client="gmail",
    )
    write(
        f,
        lang,
        "rrhh_confirma_al_candidato_en_cco",
        top,
        "La responsable de RR. HH. contesta al entrevistador con el candidato en CCO y le confirma a él su entrevista: una invitación.",
        slot=s,
        envelope=USER_BOX,
    )

    lang = "en-US"
    s = at(lang, 12, 2, 13)
    candidate = Layer(
        ME,
        JESSE,
        at(lang, 11, 23, 9, 10),
        f"Hi Jesse,\n\n{slot_text(lang, s)} works for me.\n\nBest,\nAlex",
        "Re: Interview - Data Engineer",
    )
    top = Layer(
        JESSE,
        DEVON,
        at(lang, 11, 23, 10, 2),
        "Hi Devon,\n\nSee below - Alex suits me well for that slot. Could you run the technical round?\n\nThanks,\nJesse",
        "FW: Interview - Data Engineer",
        below=candidate,
        client="outlookweb",
    )
    write(
        f,
        lang,
        "recruiter_passes_candidate_reply_to_colleague",
        top,
        "A recruiter passes the candidate's reply (quoted, written to the recruiter) to a colleague, the candidate in Bcc: a briefing, not the user's mail.",
        slot=None,
        envelope=USER_BOX,
    )

    # controls: the user's own Bcc copy sent to their own mailbox (From in Delivered-To)
    lang = "en-US"
    s = at(lang, 12, 3, 11)
    r = reply_thread(
        lang,
        DEVON,
        "Interview - Analytics Engineer",
        at(lang, 11, 24, 8, 30),
        f"Hi Alex,\n\nWould {slot_text(lang, s)} work for a video interview with our team?\n\nDevon Park",
        at(lang, 11, 24, 12, 15),
        "Hi Devon,\n\nThat works perfectly, thanks!\n\nAlex Morgan",
        "gmail",
    )
    write(
        f,
        lang,
        "own_copy_bcc_to_self",
        r,
        "Control: the user's own reply Bcc'd to their own mailbox and passed on (Delivered-To the From, then Afterview): their yes, an invitation.",
        slot=s,
        envelope=(("Delivered-To", HOOK[1]), ("Delivered-To", ME[1])),
    )

    lang = "pl"
    s = at(lang, 12, 4, 12)
    alt = at(lang, 12, 7, 9)
    r = thread(lang, s, counter(lang, alt), "gmail", (20, 1))
    write(
        f,
        lang,
        "own_counter_bcc_to_self",
        r,
        "Kontrola: kopia ukryta kontrpropozycji użytkownika wysłana do własnej skrzynki: nic nie ustalono.",
        slot=None,
        envelope=(("Delivered-To", HOOK[1]), ("Delivered-To", ME[1])),
    )


BUILDERS = [bccyes, fwdyes, bccno, fwdno, bccthird]

FIRST_SIGHT = (
    "First sight (main c0b622f5 plus this batch, quick.py, before any parser change): "
    "bccyes53 right 10/10, sure 0 (the plain yes not among the words that agree, and the "
    "recruiter's quoted question read as the user's own ask); bccno53 claimed 1/12 (the "
    "Japanese counter-proposal's 'いかがでしょうか。', a question without '?'); bccthird53 "
    "not claimed 5/5, invitations right 2/2 sure 0; held out fwdyes53 right 8/8 sure 3, "
    "fwdno53 claimed 1/9."
)
AFTER = (
    "Change: lexicon.REPLY_AGREES takes the plain yes in ten languages, not negated "
    "('ne me convient', 'non mi va bene', 'nie pasuje mi', 'passar mig inte', 'no longer "
    "suits me'); parser._own_question leaves alone the recruiter's quoted question that the "
    "user's reply takes in a plain yes asking nothing back; parser._bcc_from_another tells "
    "a third party's mail that put the user in Bcc (To on the From's own domain, or "
    "delivered to a named mailbox that is not the From's) from the user's copy, and a "
    "copy delivered to its own From is the user's. With the new yes words and no such "
    "check, bccthird53 claimed 3/5; parser._own_question hears Japanese asking without a "
    "question mark ('…いかがでしょうか。'). After: bccyes53 10/10 sure 10; bccno53 claimed "
    "0/12; bccthird53 not claimed 5/5, invitations right 2/2 sure 1 "
    "(the Spanish recruiter's confirmation to the user in Bcc reads as a panel for someone "
    "else, as it does without the Bcc headers)."
)


def provenance(cases: list[pp.Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in cases})
    dev = [item for item in cases if item.split == "dev"]
    lines = [
        "# Provenance of the reply53 batch (`build_reply53.py`)",
        "",
        "The user's own acceptance of the one slot a recruiter offered, passed on to "
        "Afterview as a Bcc copy or a forward of their sent reply, in the plain words of yes "
        "in ten languages; the user's counter-proposals and declines in the same shapes; and "
        "mail a third party wrote with the user in Bcc. Client shapes are build_ownmail51.py's "
        "(recalled, no template); Gmail's Polish, Swedish and Japanese reply lines and forward "
        "blocks recalled. All text is ours; people, companies and addresses are made up. Every "
        "label was written from the datetimes the text is rendered from, before the parser was "
        "run on any message.",
        "",
        f"{len(cases)} messages ({len(dev)} dev) in {len(ALL)} families; languages: "
        f"{', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ". Held out: fwdno53, fwdyes53 (seeded coin over the four task-1 families); "
        "bccthird53 is DEV ONLY, outside the draw.",
        "",
        "Label rules used: the README's conventions 'Replies over a quoted time', 'The user's "
        "own reply' and 'The user's Bcc copy'; clientside45's for mail between people on the "
        "hiring side.",
        "",
    ]
    for text in (FIRST_SIGHT, AFTER):
        if text:
            lines += [text, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_reply53.py`.",
        "",
        "## Families",
        "",
    ]
    for name, text in ALL.items():
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        split = "held out" if name in HELD else "dev"
        lines.append(f"- **{name}** ({len(items)} messages, {split}; {ls}): {text}")
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    om.CASES.clear()
    for build in BUILDERS:
        build()
    cases = list(om.CASES)
    pp.write_batch(cases, ALL, "PROVENANCE-reply53.md", provenance(cases))
    print(f"{len(cases)} messages in {len(ALL)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
