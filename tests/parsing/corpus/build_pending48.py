# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "pending48" batch: a quoted slot whose newest layer defers it, or confirms it.

Run: .venv/bin/python tests/parsing/corpus/build_pending48.py

Replies and forwards over one slot asked about in a quoted layer, where the newest layer
(the employer's or the candidate's) defers ('we'll come back to you with a time', 'ich melde
mich morgen', 'ti faccio sapere', '追ってご連絡します', '稍后确认时间'), declines and asks for
other times, or says the slot is not fixed yet: nothing is agreed, so not_invitation (the
corpus's rule for a time proposed and not yet agreed, README 'Replies over a quoted time').
Controls of the same shapes whose newest layer confirms in similar words ('see you then',
'c'est noté', 'perfekt, bis Dienstag') are invitations at the quoted slot. en-GB, en-US,
de, fr, es, it, nl, pl, pt-BR, sv, tr, ja, ko, zh. All prose ours; people and companies
made up; attributions and forward blocks come from build_threads46.py (recalled Gmail,
Outlook, Apple Mail, Thunderbird). Labels come from the datetimes rendered, written before
the parser ran on any message. Held-out family drawn by
`random.Random("pending48 coin").sample(sorted(FAMILIES), 1)` before any mail was written.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
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


t46 = _load("build_threads46", "build_threads46.py")
pp = t46.pp
Case, Layer, ME = pp.Case, t46.Layer, t46.ME
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus; quote attributions and forward headers as build_threads46.py recalls Gmail, Outlook, Apple Mail and Thunderbird"
LIC = "text ours"

FAMILIES = {
    "defer48": "A reply over one quoted slot whose newest layer (employer or candidate) "
    "defers it ('I'll confirm tomorrow once I've checked with the panel', 'vi återkommer "
    "med en tid', 'ti faccio sapere', '追ってご連絡します'); controls confirming it ('see "
    "you then', 'perfekt, bis Dienstag', 'c'est noté').",
    "notyet48": "A reply over one quoted slot whose newest layer declines and asks for "
    "other times, or says the slot is not fixed yet; controls confirming it ('confermato', "
    "'queda confirmado', 'combinado, até lá').",
    "fwdefer48": "The user forwards a thread whose newest layer defers the quoted slot "
    "('wir melden uns mit einem Termin', 'on revient vers vous pour fixer un créneau', "
    "'稍后确认时间'); controls whose newest layer confirms it.",
}
HELD = frozenset(random.Random("pending48 coin").sample(sorted(FAMILIES), 1))
# Added after the draw, as dev, once the held-out family's first-sight totals showed that
# forwards of a deferring thread were all claimed while the dev families held no forward:
# the cause has to be found on dev mail. Not drawn; its words differ from fwdefer48's.
FAMILIES["fwdhold48"] = (
    "The user forwards a thread (Gmail or Outlook) whose newest layer defers the quoted "
    "slot ('ti faccio sapere', 'we laten het nog weten', 'te aviso', '다시 연락드리겠습니다', "
    "'te confirmo mañana'); controls whose newest layer confirms it ('c'est noté', "
    "'承知しました', 'vi ses då')."
)
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
MON, TUE, WED, THU, FRI = ("Mon", "Tue", "Wed", "Thu", "Fri")


def add(
    fam: str,
    lang: str,
    name: str,
    *,
    client: str,
    subject: str,
    emp: tuple[str, str],
    ask: tuple[tuple[object, ...], str],
    top: tuple[tuple[object, ...], str],
    slot: tuple[object, ...] | None,
    note: str,
    middle: tuple[tuple[object, ...], str] | None = None,
    forward: tuple[tuple[object, ...], str, str] | None = None,
) -> None:
    """One thread: the employer asks for one slot (`ask`); with `middle` the candidate says
    yes and the employer writes `top`, else the candidate writes `top`. `forward` (sent,
    note, client) passes the thread on to Afterview. `slot` None: nothing agreed."""
    if middle is not None:
        layers = [Layer(emp, ME, *top), Layer(ME, emp, *middle), Layer(emp, ME, *ask)]
    else:
        layers = [Layer(ME, emp, *top), Layer(emp, ME, *ask)]
    text = t46.chain_text(client, lang, layers, subject)
    newest = layers[0]
    sender, to, sent_t = newest.who, newest.to, newest.sent
    subj = f"Re: {subject}"
    if forward is not None:
        fsent, fnote, fclient = forward
        v = t46.at(lang, sent_t)
        older = Layer(sender, to, sent_t, "")
        if fclient == "outlook":
            block = t46.outlook_block(lang, sender, to, v, subj)
        else:
            block = t46.gmail_forward_block(lang, older, v, subj)
        text = (f"{fnote.strip()}\n\n" if fnote else "") + f"{block}\n{text.strip()}\n"
        prefix = (
            "Fwd"
            if fclient == "gmail" and t46.base(lang) in ("en", "fr", "es", "pt")
            else t46.OUTLOOK[t46.base(lang)][4]
        )
        sender, to, sent_t, subj = ME, pp.HOOK, fsent, f"{prefix}: {subj}"
    sent = t46.at(lang, sent_t)
    label = NEG if slot is None else {"kind": "invitation", **t46.slot(lang, sent_t, slot)}
    raw = pp.mail(
        f"pending48 {fam} {lang} {name}",
        sender=sender,
        to=to,
        subject=subj,
        sent=sent,
        text=text,
        reply_to_key=f"pending48 {fam} {lang} {name} parent",
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, dict(label), lang, note, OURS, LIC))


# --- defer48 -------------------------------------------------------------------------------
def build_defer() -> None:
    f = "defer48"
    e = ("Harriet Lowe", "harriet.lowe@brackenhill.example.co.uk")
    add(
        f,
        "en-GB",
        "confirm_tomorrow_after_panel",
        client="gmail",
        subject="First interview - Data Analyst",
        emp=e,
        ask=(
            (2026, 6, 10, 11, 5, WED),
            "Hi Alex,\n\nThanks for your application. Would Tuesday 16 June at 10:00 suit you for a first interview on Teams?\n\nBest wishes,\nHarriet Lowe\nTalent Team, Brackenhill",
        ),
        middle=(
            (2026, 6, 10, 13, 40, WED),
            "Hi Harriet,\n\nYes, Tuesday 16 June at 10:00 works well for me.\n\nThanks,\nAlex",
        ),
        top=(
            (2026, 6, 10, 16, 2, WED),
            "Thanks Alex - noted. I'll confirm tomorrow once I've checked with the panel, as one of them may be travelling that week.\n\nHarriet",
        ),
        slot=None,
        note="The employer defers over the candidate's yes: 'I'll confirm tomorrow once I've checked with the panel'.",
    )
    add(
        f,
        "en-GB",
        "confirmed_see_you_then",
        client="gmail",
        subject="First interview - Data Analyst",
        emp=e,
        ask=(
            (2026, 6, 10, 11, 5, WED),
            "Hi Alex,\n\nThanks for your application. Would Tuesday 16 June at 10:00 suit you for a first interview on Teams?\n\nBest wishes,\nHarriet Lowe\nTalent Team, Brackenhill",
        ),
        middle=(
            (2026, 6, 10, 13, 40, WED),
            "Hi Harriet,\n\nYes, Tuesday 16 June at 10:00 works well for me.\n\nThanks,\nAlex",
        ),
        top=(
            (2026, 6, 11, 9, 12, THU),
            "Great, that's confirmed with the panel - see you then!\n\nHarriet",
        ),
        slot=(2026, 6, 16, 10, 0, TUE),
        note="Control: the same thread, the employer confirms ('that's confirmed with the panel - see you then').",
    )
    us = ("Dana Whitfield", "dana.whitfield@copperline.example.com")
    add(
        f,
        "en-US",
        "let_me_check_and_get_back",
        client="outlook",
        subject="Phone screen",
        emp=us,
        ask=(
            (2026, 10, 5, 14, 20, MON),
            "Hi Alex,\n\nCould you do a 30-minute phone screen on Thursday, October 8 at 2:30 PM Eastern?\n\nDana Whitfield\nRecruiting, Copperline",
        ),
        top=(
            (2026, 10, 5, 18, 47, MON),
            "Hi Dana,\n\nThanks for reaching out! Let me check my availability and get back to you by tomorrow.\n\nBest,\nAlex",
        ),
        slot=None,
        note="Outlook reply: the candidate defers ('let me check my availability and get back to you').",
    )
    sv = ("Karin Lindqvist", "karin.lindqvist@granskog.example.se")
    add(
        f,
        "sv",
        "vi_aterkommer_med_en_tid",
        client="gmail",
        subject="Intervju",
        emp=sv,
        ask=(
            (2026, 10, 12, 9, 30, MON),
            "Hej Alex,\n\nPassar torsdag 15 oktober kl. 13.00 för en intervju hos oss?\n\nVänliga hälsningar\nKarin Lindqvist\nGranskog AB",
        ),
        middle=(
            (2026, 10, 12, 10, 15, MON),
            "Hej Karin,\n\nJa, det passar bra.\n\nHälsningar\nAlex",
        ),
        top=(
            (2026, 10, 12, 15, 50, MON),
            "Tack Alex! Chefen är bortrest i veckan, så vi återkommer med en tid så snart vi vet mer.\n\nKarin",
        ),
        slot=None,
        note="The employer defers over the candidate's yes: 'vi återkommer med en tid'.",
    )
    de = ("Jana Vogt", "j.vogt@rheinwerk-systeme.example.de")
    de_ask = (
        (2026, 10, 29, 10, 0, THU),
        "Hallo Herr Morgan,\n\nhätten Sie am Mittwoch, 4. November, um 9:30 Uhr Zeit für ein Gespräch bei uns?\n\nViele Grüße\nJana Vogt\nRheinwerk Systeme GmbH",
    )
    de_mid = (
        (2026, 10, 29, 12, 20, THU),
        "Hallo Frau Vogt,\n\nja, Mittwoch um 9:30 Uhr passt mir.\n\nViele Grüße\nAlex Morgan",
    )
    add(
        f,
        "de",
        "melden_uns_mit_termin",
        client="outlook",
        subject="Vorstellungsgespräch",
        emp=de,
        ask=de_ask,
        middle=de_mid,
        top=(
            (2026, 10, 29, 17, 5, THU),
            "Danke, Herr Morgan! Die Fachabteilung hat sich noch nicht festgelegt, wir melden uns mit einem Termin.\n\nViele Grüße\nJana Vogt",
        ),
        slot=None,
        note="Outlook: the employer defers over the candidate's yes ('wir melden uns mit einem Termin').",
    )
    add(
        f,
        "de",
        "perfekt_bis_mittwoch",
        client="outlook",
        subject="Vorstellungsgespräch",
        emp=de,
        ask=de_ask,
        middle=de_mid,
        top=((2026, 10, 30, 8, 45, FRI), "Perfekt, dann bis Mittwoch!\n\nViele Grüße\nJana Vogt"),
        slot=(2026, 11, 4, 9, 30, WED),
        note="Control: 'Perfekt, dann bis Mittwoch!' over the candidate's yes.",
    )
    fr = ("Claire Fontaine", "claire.fontaine@atelier-lumen.example.fr")
    fr_ask = (
        (2027, 1, 8, 14, 0, FRI),
        "Bonjour Alex,\n\nSeriez-vous disponible le jeudi 14 janvier à 11h pour un entretien dans nos locaux ?\n\nBien cordialement,\nClaire Fontaine\nAtelier Lumen",
    )
    fr_mid = (
        (2027, 1, 8, 17, 30, FRI),
        "Bonjour Claire,\n\nOui, jeudi 14 janvier à 11h me convient.\n\nCordialement,\nAlex",
    )
    add(
        f,
        "fr",
        "on_revient_vers_vous",
        client="apple",
        subject="Entretien",
        emp=fr,
        ask=fr_ask,
        middle=fr_mid,
        top=(
            (2027, 1, 11, 9, 10, MON),
            "Merci Alex ! Nous revenons vers vous pour fixer un créneau définitif avec la directrice.\n\nClaire",
        ),
        slot=None,
        note="Apple Mail: the employer defers ('nous revenons vers vous pour fixer un créneau').",
    )
    add(
        f,
        "fr",
        "c_est_note_a_jeudi",
        client="apple",
        subject="Entretien",
        emp=fr,
        ask=fr_ask,
        middle=fr_mid,
        top=((2027, 1, 11, 9, 10, MON), "C'est noté, à jeudi !\n\nClaire"),
        slot=(2027, 1, 14, 11, 0, THU),
        note="Control: 'C'est noté, à jeudi !' over the candidate's yes.",
    )
    es = ("Lucía Serrano", "lucia.serrano@altamar-digital.example.es")
    add(
        f,
        "es",
        "te_confirmo_manana",
        client="gmail",
        subject="Entrevista",
        emp=es,
        ask=(
            (2027, 1, 27, 12, 0, WED),
            "Hola Alex:\n\n¿Te vendría bien el lunes 1 de febrero a las 16:00 para la entrevista?\n\nUn saludo,\nLucía Serrano\nAltamar Digital",
        ),
        top=(
            (2027, 1, 27, 19, 15, WED),
            "Hola Lucía:\n\nGracias. Te confirmo mañana, tengo que cuadrar una cita que tengo ese día.\n\nAlex",
        ),
        slot=None,
        note="The candidate defers ('te confirmo mañana').",
    )
    it = ("Marco Bellini", "marco.bellini@vitrea.example.it")
    add(
        f,
        "it",
        "ti_faccio_sapere",
        client="gmail",
        subject="Colloquio",
        emp=it,
        ask=(
            (2027, 3, 3, 10, 20, WED),
            "Ciao Alex,\n\nti andrebbe bene martedì 9 marzo alle 10:30 per il colloquio?\n\nUn saluto,\nMarco Bellini\nVitrea Srl",
        ),
        top=(
            (2027, 3, 3, 18, 0, WED),
            "Ciao Marco,\n\ngrazie! Devo sentire il mio responsabile attuale, ti faccio sapere entro domani.\n\nAlex",
        ),
        slot=None,
        note="The candidate defers ('ti faccio sapere entro domani').",
    )
    nl = ("Sanne de Wit", "sanne.dewit@polderdata.example.nl")
    add(
        f,
        "nl",
        "we_komen_erop_terug",
        client="thunderbird",
        subject="Sollicitatiegesprek",
        emp=nl,
        ask=(
            (2027, 4, 14, 9, 0, WED),
            "Hoi Alex,\n\nZou woensdag 21 april om 14.00 uur passen voor een gesprek?\n\nGroet,\nSanne de Wit\nPolderData",
        ),
        middle=((2027, 4, 14, 11, 30, WED), "Hoi Sanne,\n\nJa, dat past prima.\n\nGroet,\nAlex"),
        top=(
            (2027, 4, 15, 16, 40, THU),
            "Dank je, Alex. De teamleider is nog niet zeker van zijn agenda, we komen erop terug.\n\nSanne",
        ),
        slot=None,
        note="Thunderbird: the employer defers ('we komen erop terug').",
    )
    pl = ("Katarzyna Nowak", "k.nowak@wislatech.example.pl")
    add(
        f,
        "pl",
        "odezwiemy_sie_z_terminem",
        client="outlook",
        subject="Rozmowa rekrutacyjna",
        emp=pl,
        ask=(
            (2027, 4, 30, 10, 0, FRI),
            "Dzień dobry,\n\nczy pasuje Panu piątek 7 maja o 12:00?\n\nPozdrawiam\nKatarzyna Nowak\nWisłaTech",
        ),
        middle=(
            (2027, 4, 30, 12, 10, FRI),
            "Dzień dobry,\n\ntak, piątek o 12:00 mi pasuje.\n\nPozdrawiam\nAlex Morgan",
        ),
        top=(
            (2027, 5, 3, 9, 25, MON),
            "Dziękuję! Odezwiemy się z terminem po rozmowie z zespołem.\n\nKatarzyna Nowak",
        ),
        slot=None,
        note="Outlook: the employer defers ('odezwiemy się z terminem').",
    )
    ja = ("佐藤 美咲", "m.sato@hikari-soft.example.jp")
    add(
        f,
        "ja",
        "otte_gorenraku",
        client="gmail",
        subject="面接日程について",
        emp=ja,
        ask=(
            (2027, 5, 27, 10, 0, THU),
            "Alex Morgan 様\n\n面接の日程ですが、6月3日（木）14時はいかがでしょうか。\n\nひかりソフト株式会社\n佐藤 美咲",
        ),
        top=(
            (2027, 5, 27, 20, 30, THU),
            "佐藤様\n\nご連絡ありがとうございます。現在ほかの予定を調整中のため、追ってご連絡します。\n\nAlex Morgan",
        ),
        slot=None,
        note="The candidate defers ('追ってご連絡します').",
    )
    add(
        f,
        "ja",
        "shouchi_toujitsu",
        client="gmail",
        subject="面接日程について",
        emp=ja,
        ask=(
            (2027, 5, 27, 10, 0, THU),
            "Alex Morgan 様\n\n面接の日程ですが、6月3日（木）14時はいかがでしょうか。\n\nひかりソフト株式会社\n佐藤 美咲",
        ),
        top=(
            (2027, 5, 27, 20, 30, THU),
            "佐藤様\n\n承知しました。6月3日はどうぞよろしくお願いいたします。\n\nAlex Morgan",
        ),
        slot=(2027, 6, 3, 14, 0, THU),
        note="Control: the candidate accepts ('承知しました').",
    )
    zh = ("王磊", "wang.lei@yunfan-tech.example.cn")
    add(
        f,
        "zh",
        "shaohou_queren_shijian",
        client="outlook",
        subject="面试安排",
        emp=zh,
        ask=(
            (2027, 6, 4, 10, 0, FRI),
            "Alex 您好：\n\n请问6月10日（周四）上午10点方便来面试吗？\n\n王磊\n云帆科技",
        ),
        middle=((2027, 6, 4, 11, 20, FRI), "王先生您好：\n\n方便的，谢谢。\n\nAlex"),
        top=(
            (2027, 6, 4, 16, 45, FRI),
            "好的。面试官那天可能出差，我们内部协调一下，稍后确认时间。\n\n王磊",
        ),
        slot=None,
        note="Outlook: the employer defers ('稍后确认时间').",
    )


# --- notyet48 ------------------------------------------------------------------------------
def build_notyet() -> None:
    f = "notyet48"
    us = ("Priya Raman", "priya.raman@bluecanyon.example.com")
    us_ask = (
        (2026, 11, 11, 15, 0, WED),
        "Hi Alex,\n\nDoes Monday, November 16 at 11:00 AM work for a video interview with our engineering lead?\n\nThanks,\nPriya Raman\nBlue Canyon Software",
    )
    add(
        f,
        "en-US",
        "monday_doesnt_work_other_times",
        client="gmail",
        subject="Interview scheduling",
        emp=us,
        ask=us_ask,
        top=(
            (2026, 11, 11, 21, 5, WED),
            "Hi Priya,\n\nThanks so much. Monday doesn't work for me, I'm afraid - could you send over a couple of other times later that week?\n\nBest,\nAlex",
        ),
        slot=None,
        note="The candidate declines the quoted slot and asks for other times.",
    )
    add(
        f,
        "en-US",
        "works_for_me_see_you_then",
        client="gmail",
        subject="Interview scheduling",
        emp=us,
        ask=us_ask,
        top=(
            (2026, 11, 11, 21, 5, WED),
            "Hi Priya,\n\nMonday at 11 works for me - see you then.\n\nBest,\nAlex",
        ),
        slot=(2026, 11, 16, 11, 0, MON),
        note="Control: the candidate accepts the one slot asked ('works for me - see you then').",
    )
    de = ("Tobias Hahn", "tobias.hahn@elbstrom.example.de")
    add(
        f,
        "de",
        "leider_nicht_andere_termine",
        client="gmail",
        subject="Gesprächstermin",
        emp=de,
        ask=(
            (2026, 11, 13, 9, 40, FRI),
            "Hallo Herr Morgan,\n\npasst Ihnen Donnerstag, 19. November, um 15 Uhr für ein Kennenlernen per Video?\n\nBeste Grüße\nTobias Hahn\nElbstrom GmbH",
        ),
        top=(
            (2026, 11, 13, 18, 10, FRI),
            "Hallo Herr Hahn,\n\nda bin ich leider auf einer Schulung. Hätten Sie noch andere Termine in der Woche danach?\n\nBeste Grüße\nAlex Morgan",
        ),
        slot=None,
        note="The candidate cannot make it and asks for other dates.",
    )
    es = ("Irene Castaño", "irene.castano@solmar-logistica.example.es")
    es_ask = (
        (2026, 12, 4, 10, 0, FRI),
        "Hola Alex:\n\n¿Te viene bien el martes 8 de diciembre a las 12:30 para la entrevista con el equipo?\n\nSaludos,\nIrene Castaño\nSolmar Logística",
    )
    es_mid = (
        (2026, 12, 4, 11, 30, FRI),
        "Hola Irene:\n\nSí, el martes a las 12:30 me viene bien.\n\nAlex",
    )
    add(
        f,
        "es",
        "todavia_no_es_definitivo",
        client="outlook",
        subject="Entrevista",
        emp=es,
        ask=es_ask,
        middle=es_mid,
        top=(
            (2026, 12, 4, 17, 20, FRI),
            "Gracias, Alex. Ojo, todavía no es definitivo: te escribo en cuanto el responsable dé el visto bueno.\n\nIrene",
        ),
        slot=None,
        note="Outlook: the employer says the slot is not final yet ('todavía no es definitivo').",
    )
    add(
        f,
        "es",
        "queda_confirmado_nos_vemos",
        client="outlook",
        subject="Entrevista",
        emp=es,
        ask=es_ask,
        middle=es_mid,
        top=(
            (2026, 12, 4, 17, 20, FRI),
            "Perfecto, queda confirmado. ¡Nos vemos el martes!\n\nIrene",
        ),
        slot=(2026, 12, 8, 12, 30, TUE),
        note="Control: 'queda confirmado. ¡Nos vemos el martes!'.",
    )
    it = ("Giulia Ferri", "giulia.ferri@borgoverde.example.it")
    it_ask = (
        (2027, 3, 19, 9, 15, FRI),
        "Buongiorno Alex,\n\ngiovedì 25 marzo alle 15:00 Le andrebbe bene per il colloquio?\n\nCordiali saluti,\nGiulia Ferri\nBorgoverde Spa",
    )
    add(
        f,
        "it",
        "giovedi_non_riesco_altre",
        client="outlook",
        subject="Colloquio",
        emp=it,
        ask=it_ask,
        top=(
            (2027, 3, 19, 13, 0, FRI),
            "Buongiorno Giulia,\n\ngiovedì pomeriggio purtroppo non riesco. Avreste altre disponibilità la settimana successiva?\n\nCordiali saluti,\nAlex Morgan",
        ),
        slot=None,
        note="Outlook: the candidate cannot come and asks for other times.",
    )
    add(
        f,
        "it",
        "perfetto_confermato",
        client="outlook",
        subject="Colloquio",
        emp=it,
        ask=it_ask,
        middle=(
            (2027, 3, 19, 13, 0, FRI),
            "Buongiorno Giulia,\n\nsì, giovedì alle 15:00 va benissimo.\n\nAlex Morgan",
        ),
        top=(
            (2027, 3, 19, 16, 30, FRI),
            "Perfetto, confermato. Ci vediamo giovedì!\n\nGiulia Ferri",
        ),
        slot=(2027, 3, 25, 15, 0, THU),
        note="Control: 'Perfetto, confermato. Ci vediamo giovedì!'.",
    )
    pt = ("Fernanda Lima", "fernanda.lima@ipe-digital.example.com.br")
    pt_ask = (
        (2026, 11, 27, 10, 0, FRI),
        "Oi Alex,\n\nQuinta-feira, 3 de dezembro, às 15h, pode ser para a entrevista?\n\nAbs,\nFernanda Lima\nIpê Digital",
    )
    pt_mid = ((2026, 11, 27, 11, 0, FRI), "Oi Fernanda,\n\nPode ser, sim!\n\nAlex")
    add(
        f,
        "pt-BR",
        "ainda_nao_esta_fechado",
        client="gmail",
        subject="Entrevista",
        emp=pt,
        ask=pt_ask,
        middle=pt_mid,
        top=(
            (2026, 11, 27, 15, 45, FRI),
            "Ótimo, Alex. Só que ainda não está fechado: falo com a gestora e te aviso.\n\nFernanda",
        ),
        slot=None,
        note="The employer says it is not fixed yet ('ainda não está fechado ... te aviso').",
    )
    add(
        f,
        "pt-BR",
        "combinado_ate_la",
        client="gmail",
        subject="Entrevista",
        emp=pt,
        ask=pt_ask,
        middle=pt_mid,
        top=((2026, 11, 27, 15, 45, FRI), "Combinado, até lá!\n\nFernanda"),
        slot=(2026, 12, 3, 15, 0, THU),
        note="Control: 'Combinado, até lá!'.",
    )
    ko = ("김서연", "seoyeon.kim@hanbit-labs.example.kr")
    ko_ask = (
        (2026, 12, 2, 10, 0, WED),
        "Alex님 안녕하세요.\n\n12월 8일(화) 오후 3시에 면접 가능하신가요?\n\n한빛랩스 김서연 드림",
    )
    ko_mid = ((2026, 12, 2, 11, 0, WED), "안녕하세요, 네 가능합니다.\n\nAlex")
    add(
        f,
        "ko",
        "ajik_hwakjeong_anim",
        client="gmail",
        subject="면접 일정",
        emp=ko,
        ask=ko_ask,
        middle=ko_mid,
        top=(
            (2026, 12, 2, 16, 0, WED),
            "감사합니다. 다만 아직 확정은 아니며, 일정이 정해지면 다시 안내드리겠습니다.\n\n김서연 드림",
        ),
        slot=None,
        note="The employer says it is not fixed yet ('아직 확정은 아니며').",
    )
    add(
        f,
        "ko",
        "geunal_boepgetseumnida",
        client="gmail",
        subject="면접 일정",
        emp=ko,
        ask=ko_ask,
        top=((2026, 12, 2, 11, 0, WED), "안녕하세요, 네 가능합니다. 그날 뵙겠습니다.\n\nAlex"),
        slot=(2026, 12, 8, 15, 0, TUE),
        note="Control: the candidate accepts ('그날 뵙겠습니다').",
    )
    tr = ("Elif Yıldız", "elif.yildiz@marmara-yazilim.example.com.tr")
    add(
        f,
        "tr",
        "musait_degilim_baska_gun",
        client="outlook",
        subject="Mülakat",
        emp=tr,
        ask=(
            (2026, 12, 7, 10, 0, MON),
            "Merhaba Alex,\n\n10 Aralık Perşembe saat 14:00 mülakat için uygun mu?\n\nSaygılarımla,\nElif Yıldız\nMarmara Yazılım",
        ),
        top=(
            (2026, 12, 7, 13, 30, MON),
            "Merhaba Elif Hanım,\n\nTeşekkürler, ancak o gün müsait değilim. Başka bir gün önerebilir misiniz?\n\nSaygılarımla,\nAlex",
        ),
        slot=None,
        note="Outlook: the candidate is not free and asks for another day.",
    )
    nl = ("Ruben Jansen", "ruben.jansen@duinwerk.example.nl")
    add(
        f,
        "nl",
        "dinsdag_niet_andere_momenten",
        client="gmail",
        subject="Gesprek",
        emp=nl,
        ask=(
            (2027, 4, 7, 9, 30, WED),
            "Hoi Alex,\n\nKun je dinsdag 13 april om 10.30 uur langskomen voor een eerste gesprek?\n\nGroet,\nRuben Jansen\nDuinwerk",
        ),
        top=(
            (2027, 4, 7, 20, 0, WED),
            "Hoi Ruben,\n\nDinsdag lukt me helaas niet. Zijn er andere momenten mogelijk?\n\nGroet,\nAlex",
        ),
        slot=None,
        note="The candidate cannot come and asks for other moments.",
    )


# --- fwdefer48 -----------------------------------------------------------------------------
def build_fwdefer() -> None:
    f = "fwdefer48"
    gb = ("Oliver Grant", "oliver.grant@thornbury.example.co.uk")
    add(
        f,
        "en-GB",
        "panel_not_confirmed_yet",
        client="gmail",
        subject="Interview - Product Designer",
        emp=gb,
        ask=(
            (2027, 10, 19, 10, 0, TUE),
            "Hi Alex,\n\nWould Tuesday 26 October at 14:00 work for an interview at our Leeds office?\n\nKind regards,\nOliver Grant\nThornbury",
        ),
        middle=(
            (2027, 10, 19, 12, 0, TUE),
            "Hi Oliver,\n\nTuesday 26 October at 14:00 is fine for me.\n\nAlex",
        ),
        top=(
            (2027, 10, 19, 17, 30, TUE),
            "Thanks Alex. The panel isn't locked in yet - we'll come back to you with a time once it is.\n\nOliver",
        ),
        forward=((2027, 10, 19, 18, 0, TUE), "fyi", "gmail"),
        slot=None,
        note="Forward: the employer's newest layer defers ('we'll come back to you with a time').",
    )
    de = ("Miriam Seidel", "m.seidel@alpenblick-it.example.de")
    add(
        f,
        "de",
        "melden_uns_sobald",
        client="outlook",
        subject="Ihr Vorstellungsgespräch",
        emp=de,
        ask=(
            (2027, 9, 3, 9, 0, FRI),
            "Hallo Herr Morgan,\n\nwäre Donnerstag, der 9. September, um 13:30 Uhr für Sie möglich?\n\nFreundliche Grüße\nMiriam Seidel\nAlpenblick IT",
        ),
        middle=(
            (2027, 9, 3, 11, 0, FRI),
            "Hallo Frau Seidel,\n\nja, das ist möglich.\n\nViele Grüße\nAlex Morgan",
        ),
        top=(
            (2027, 9, 6, 8, 30, MON),
            "Vielen Dank! Wir melden uns mit einem Termin, sobald unser Teamleiter aus dem Urlaub zurück ist.\n\nFreundliche Grüße\nMiriam Seidel",
        ),
        forward=((2027, 9, 6, 9, 0, MON), "", "outlook"),
        slot=None,
        note="Outlook WG: the employer defers ('wir melden uns mit einem Termin').",
    )
    add(
        f,
        "de",
        "passt_bis_donnerstag",
        client="outlook",
        subject="Ihr Vorstellungsgespräch",
        emp=de,
        ask=(
            (2027, 9, 3, 9, 0, FRI),
            "Hallo Herr Morgan,\n\nwäre Donnerstag, der 9. September, um 13:30 Uhr für Sie möglich?\n\nFreundliche Grüße\nMiriam Seidel\nAlpenblick IT",
        ),
        middle=(
            (2027, 9, 3, 11, 0, FRI),
            "Hallo Frau Seidel,\n\nja, das ist möglich.\n\nViele Grüße\nAlex Morgan",
        ),
        top=(
            (2027, 9, 6, 8, 30, MON),
            "Passt, dann bis Donnerstag um 13:30 Uhr!\n\nFreundliche Grüße\nMiriam Seidel",
        ),
        forward=((2027, 9, 6, 9, 0, MON), "", "outlook"),
        slot=(2027, 9, 9, 13, 30, THU),
        note="Control: forward of 'Passt, dann bis Donnerstag um 13:30 Uhr!'.",
    )
    fr = ("Julien Marchand", "julien.marchand@orme-conseil.example.fr")
    add(
        f,
        "fr",
        "revient_vers_vous_creneau",
        client="gmail",
        subject="Entretien",
        emp=fr,
        ask=(
            (2026, 9, 16, 10, 0, WED),
            "Bonjour Alex,\n\nLe mardi 22 septembre à 10h30 vous conviendrait-il pour un entretien ?\n\nCordialement,\nJulien Marchand\nOrme Conseil",
        ),
        middle=((2026, 9, 16, 14, 0, WED), "Bonjour Julien,\n\nOui, cela me convient.\n\nAlex"),
        top=(
            (2026, 9, 17, 9, 0, THU),
            "Merci Alex. On revient vers vous pour fixer un créneau avec l'associé.\n\nJulien",
        ),
        forward=((2026, 9, 17, 9, 30, THU), "Pour info", "gmail"),
        slot=None,
        note="Forward: 'on revient vers vous pour fixer un créneau'.",
    )
    ja = ("田中 健", "k.tanaka@minato-denki.example.jp")
    add(
        f,
        "ja",
        "mentei_otte_renraku",
        client="gmail",
        subject="面接のご案内",
        emp=ja,
        ask=(
            (2027, 2, 18, 10, 0, THU),
            "Alex Morgan 様\n\n2月24日（水）10時30分からの面接はいかがでしょうか。\n\nみなと電機 人事部\n田中 健",
        ),
        middle=(
            (2027, 2, 18, 12, 0, THU),
            "田中様\n\n2月24日（水）10時30分で問題ございません。\n\nAlex Morgan",
        ),
        top=(
            (2027, 2, 18, 17, 0, THU),
            "Alex Morgan 様\n\nありがとうございます。面接官の予定が未定のため、追ってご連絡します。\n\n田中 健",
        ),
        forward=((2027, 2, 18, 18, 0, THU), "", "gmail"),
        slot=None,
        note="Forward: the employer defers ('追ってご連絡します').",
    )
    zh = ("李娜", "li.na@haiyue-data.example.cn")
    add(
        f,
        "zh",
        "shaohou_queren",
        client="outlook",
        subject="面试时间",
        emp=zh,
        ask=(
            (2026, 10, 21, 9, 0, WED),
            "Alex 您好：\n\n10月27日（周二）下午2点进行面试可以吗？\n\n李娜\n海月数据",
        ),
        middle=((2026, 10, 21, 10, 0, WED), "李女士您好：\n\n可以的。\n\nAlex"),
        top=((2026, 10, 21, 15, 0, WED), "好的，谢谢。面试官行程还没定，稍后确认时间。\n\n李娜"),
        forward=((2026, 10, 21, 15, 30, WED), "", "outlook"),
        slot=None,
        note="Outlook forward: '稍后确认时间'.",
    )
    sv = ("Erik Holm", "erik.holm@fjardvik.example.se")
    add(
        f,
        "sv",
        "vi_aterkommer",
        client="outlook",
        subject="Intervju",
        emp=sv,
        ask=(
            (2027, 3, 24, 9, 0, WED),
            "Hej Alex,\n\nFungerar tisdag 30 mars kl. 9.00 för en intervju?\n\nMvh\nErik Holm\nFjärdvik",
        ),
        middle=((2027, 3, 24, 10, 0, WED), "Hej Erik,\n\nJa, det fungerar.\n\nAlex"),
        top=(
            (2027, 3, 24, 16, 0, WED),
            "Tack! Vi återkommer med en tid när rekryteringsgruppen har träffats.\n\nErik",
        ),
        forward=((2027, 3, 24, 17, 0, WED), "", "outlook"),
        slot=None,
        note="Outlook VB: 'vi återkommer med en tid'.",
    )
    pl = ("Marta Zielińska", "m.zielinska@baltic-soft.example.pl")
    add(
        f,
        "pl",
        "odezwiemy_sie",
        client="gmail",
        subject="Rozmowa",
        emp=pl,
        ask=(
            (2027, 1, 13, 9, 0, WED),
            "Dzień dobry,\n\nczy wtorek 19 stycznia o 11:00 będzie dla Pana dogodny?\n\nPozdrawiam\nMarta Zielińska\nBaltic Soft",
        ),
        middle=(
            (2027, 1, 13, 10, 30, WED),
            "Dzień dobry,\n\ntak, wtorek o 11:00 mi odpowiada.\n\nAlex Morgan",
        ),
        top=(
            (2027, 1, 13, 15, 0, WED),
            "Dziękuję. Odezwiemy się z terminem, gdy kierownik potwierdzi swój kalendarz.\n\nMarta",
        ),
        forward=((2027, 1, 13, 16, 0, WED), "", "gmail"),
        slot=None,
        note="Forward: 'odezwiemy się z terminem'.",
    )
    us = ("Kevin Ortiz", "kevin.ortiz@redmesa.example.com")
    add(
        f,
        "en-US",
        "confirmed_see_you_thursday",
        client="gmail",
        subject="Onsite interview",
        emp=us,
        ask=(
            (2027, 11, 1, 10, 0, MON),
            "Hi Alex,\n\nCould you come in on Friday, November 5 at 1:00 PM for the onsite?\n\nKevin Ortiz\nRed Mesa",
        ),
        middle=((2027, 11, 1, 12, 0, MON), "Hi Kevin,\n\nYes, Friday at 1 PM works.\n\nAlex"),
        top=((2027, 11, 1, 16, 0, MON), "Confirmed - see you Friday!\n\nKevin"),
        forward=((2027, 11, 1, 16, 30, MON), "", "gmail"),
        slot=(2027, 11, 5, 13, 0, FRI),
        note="Control: forward of 'Confirmed - see you Friday!'.",
    )
    es = ("Pablo Reyes", "pablo.reyes@cierzo.example.es")
    add(
        f,
        "es",
        "confirmado_te_esperamos",
        client="gmail",
        subject="Entrevista",
        emp=es,
        ask=(
            (2027, 7, 1, 10, 0, THU),
            "Hola Alex:\n\n¿Podrías venir el martes 6 de julio a las 9:30?\n\nPablo Reyes\nCierzo",
        ),
        middle=((2027, 7, 1, 12, 0, THU), "Hola Pablo:\n\nSí, perfecto.\n\nAlex"),
        top=((2027, 7, 1, 17, 0, THU), "Confirmado, te esperamos el martes.\n\nPablo"),
        forward=((2027, 7, 1, 18, 0, THU), "", "gmail"),
        slot=(2027, 7, 6, 9, 30, TUE),
        note="Control: forward of 'Confirmado, te esperamos el martes'.",
    )


# --- fwdhold48 (dev, added after the draw) ------------------------------------------------
def build_fwdhold() -> None:
    f = "fwdhold48"
    it = ("Paolo Greco", "paolo.greco@lagunare.example.it")
    add(
        f,
        "it",
        "ti_faccio_sapere_inoltro",
        client="outlook",
        subject="Colloquio tecnico",
        emp=it,
        ask=(
            (2027, 2, 8, 9, 0, MON),
            "Ciao Alex,\n\nmercoledì 17 febbraio alle 11:00 sarebbe possibile per il colloquio tecnico?\n\nPaolo Greco\nLagunare Srl",
        ),
        middle=((2027, 2, 8, 10, 0, MON), "Ciao Paolo,\n\nsì, per me va bene.\n\nAlex"),
        top=(
            (2027, 2, 8, 15, 0, MON),
            "Grazie Alex, devo ancora sentire il responsabile del team: ti faccio sapere appena possibile.\n\nPaolo",
        ),
        forward=((2027, 2, 8, 15, 20, MON), "", "outlook"),
        slot=None,
        note="Outlook forward (I:): the employer defers ('ti faccio sapere').",
    )
    nl = ("Femke Visser", "femke.visser@kanaalzicht.example.nl")
    add(
        f,
        "nl",
        "laten_het_nog_weten",
        client="gmail",
        subject="Kennismakingsgesprek",
        emp=nl,
        ask=(
            (2026, 8, 7, 9, 0, FRI),
            "Hoi Alex,\n\nKomt donderdag 13 augustus om 15.30 uur jou uit?\n\nGroet,\nFemke Visser\nKanaalzicht",
        ),
        middle=((2026, 8, 7, 11, 0, FRI), "Hoi Femke,\n\nJa, dat komt me goed uit.\n\nAlex"),
        top=(
            (2026, 8, 10, 9, 0, MON),
            "Dank je! We laten het nog weten zodra de manager terug is van vakantie.\n\nFemke",
        ),
        forward=((2026, 8, 10, 9, 30, MON), "ter info", "gmail"),
        slot=None,
        note="Forward: 'we laten het nog weten'.",
    )
    pt = ("Rafael Souza", "rafael.souza@cajueiro.example.com.br")
    add(
        f,
        "pt-BR",
        "te_aviso_encaminhado",
        client="gmail",
        subject="Entrevista",
        emp=pt,
        ask=(
            (2027, 4, 8, 10, 0, THU),
            "Oi Alex,\n\nTerça-feira, 13 de abril, às 10h fica bom para a entrevista?\n\nRafael Souza\nCajueiro Tech",
        ),
        middle=((2027, 4, 8, 11, 0, THU), "Oi Rafael,\n\nFica ótimo!\n\nAlex"),
        top=(
            (2027, 4, 8, 16, 0, THU),
            "Valeu, Alex. Preciso ver com a diretora se ela consegue nesse dia, te aviso amanhã.\n\nRafael",
        ),
        forward=((2027, 4, 8, 16, 30, THU), "", "gmail"),
        slot=None,
        note="Forward: 'te aviso amanhã'.",
    )
    ko = ("박지훈", "jihoon.park@saebyeol.example.kr")
    add(
        f,
        "ko",
        "dasi_yeollak_jeondal",
        client="gmail",
        subject="면접 일정 문의",
        emp=ko,
        ask=(
            (2027, 9, 1, 10, 0, WED),
            "Alex님 안녕하세요.\n\n9월 9일(목) 오전 11시에 면접 가능하실까요?\n\n새별 박지훈 드림",
        ),
        middle=((2027, 9, 1, 11, 0, WED), "네, 가능합니다.\n\nAlex"),
        top=(
            (2027, 9, 1, 17, 0, WED),
            "감사합니다. 면접관 일정이 아직 정해지지 않아 정해지는 대로 다시 연락드리겠습니다.\n\n박지훈 드림",
        ),
        forward=((2027, 9, 1, 17, 30, WED), "", "gmail"),
        slot=None,
        note="Forward: '정해지는 대로 다시 연락드리겠습니다'.",
    )
    es = ("Nuria Prieto", "nuria.prieto@ebro-analitica.example.es")
    add(
        f,
        "es",
        "te_confirmo_manana_reenvio",
        client="gmail",
        subject="Entrevista",
        emp=es,
        ask=(
            (2026, 7, 6, 9, 0, MON),
            "Hola Alex:\n\n¿Te iría bien el miércoles 15 de julio a las 11:00?\n\nNuria Prieto\nEbro Analítica",
        ),
        middle=((2026, 7, 6, 10, 0, MON), "Hola Nuria:\n\nSí, me va bien.\n\nAlex"),
        top=(
            (2026, 7, 6, 18, 0, MON),
            "Gracias, Alex. Te confirmo mañana, que antes tengo que hablarlo con la directora.\n\nNuria",
        ),
        forward=((2026, 7, 6, 18, 30, MON), "", "gmail"),
        slot=None,
        note="Forward: the employer defers ('te confirmo mañana').",
    )
    us = ("Megan Park", "megan.park@tallgrass.example.com")
    add(
        f,
        "en-US",
        "circle_back_with_time",
        client="outlook",
        subject="Interview",
        emp=us,
        ask=(
            (2027, 3, 1, 9, 0, MON),
            "Hi Alex,\n\nWould Wednesday, March 10 at 3:00 PM work for a video interview?\n\nMegan Park\nTallgrass Health",
        ),
        middle=((2027, 3, 1, 10, 0, MON), "Hi Megan,\n\nYes, that works.\n\nAlex"),
        top=(
            (2027, 3, 1, 16, 0, MON),
            "Thanks Alex! Still waiting on the hiring manager's calendar - I'll circle back with a time later this week.\n\nMegan",
        ),
        forward=((2027, 3, 1, 16, 30, MON), "FYI - not set yet", "outlook"),
        slot=None,
        note="Outlook forward: 'I'll circle back with a time'.",
    )
    fr = ("Léa Moreau", "lea.moreau@pinede.example.fr")
    add(
        f,
        "fr",
        "c_est_note_transfert",
        client="gmail",
        subject="Entretien",
        emp=fr,
        ask=(
            (2026, 9, 25, 9, 0, FRI),
            "Bonjour Alex,\n\nLe jeudi 1er octobre à 14h vous irait-il ?\n\nLéa Moreau\nPinède",
        ),
        middle=((2026, 9, 25, 11, 0, FRI), "Bonjour Léa,\n\nOui, parfait.\n\nAlex"),
        top=((2026, 9, 25, 15, 0, FRI), "C'est noté, à jeudi 14h !\n\nLéa"),
        forward=((2026, 9, 25, 15, 30, FRI), "", "gmail"),
        slot=(2026, 10, 1, 14, 0, THU),
        note="Control: forward of 'C'est noté, à jeudi 14h !'.",
    )
    ja = ("山本 彩", "aya.yamamoto@kumo-works.example.jp")
    add(
        f,
        "ja",
        "shouchi_tensou",
        client="gmail",
        subject="面接日程",
        emp=ja,
        ask=(
            (2027, 1, 22, 10, 0, FRI),
            "Alex Morgan 様\n\n1月28日（木）15時からの面接はいかがでしょうか。\n\nくもワークス\n山本 彩",
        ),
        middle=(
            (2027, 1, 22, 12, 0, FRI),
            "山本様\n\n1月28日（木）15時で問題ございません。\n\nAlex Morgan",
        ),
        top=(
            (2027, 1, 22, 16, 0, FRI),
            "Alex Morgan 様\n\n承知しました。当日よろしくお願いいたします。\n\n山本 彩",
        ),
        forward=((2027, 1, 22, 16, 30, FRI), "", "gmail"),
        slot=(2027, 1, 28, 15, 0, THU),
        note="Control: forward of '承知しました。当日よろしく'.",
    )
    sv = ("Linnea Berg", "linnea.berg@havsorn.example.se")
    add(
        f,
        "sv",
        "vi_ses_da_vidarebefordrat",
        client="outlook",
        subject="Intervju",
        emp=sv,
        ask=(
            (2027, 5, 31, 9, 0, MON),
            "Hej Alex,\n\nPassar onsdag 9 juni kl. 10.00?\n\nMvh\nLinnea Berg\nHavsörn",
        ),
        middle=((2027, 5, 31, 10, 0, MON), "Hej Linnea,\n\nJa, det passar.\n\nAlex"),
        top=((2027, 5, 31, 14, 0, MON), "Toppen, då är det bokat. Vi ses då!\n\nLinnea"),
        forward=((2027, 5, 31, 14, 30, MON), "", "outlook"),
        slot=(2027, 6, 9, 10, 0, WED),
        note="Control: forward of 'då är det bokat. Vi ses då!'.",
    )


BUILDERS = (build_defer, build_notyet, build_fwdefer, build_fwdhold)


def provenance(cases: list[Case]) -> str:
    return (
        "# Provenance of the pending48 batch (`build_pending48.py`)\n\n"
        "Replies and forwards over one quoted slot whose newest layer defers it, declines it "
        "and asks for other times, or says it is not fixed yet (not_invitation, as the "
        "README's 'time proposed, not yet agreed' rule and threads46's 'a pick the employer "
        "has not confirmed'), with controls whose newest layer confirms it in similar words "
        "(invitation at the quoted slot). All prose ours; people, companies and addresses "
        "made up; attributions and forward blocks come from build_threads46.py. Labels were "
        "written from the datetimes rendered, before the parser ran on any message. "
        f"{len(cases)} messages in {len(FAMILIES)} families. Held-out family (drawn by "
        "`random.Random('pending48 coin').sample(sorted(FAMILIES), 1)` before any mail was "
        f"written): {', '.join(sorted(HELD))}; its files are not listed here.\n\n"
        "fwdhold48 (dev) was added after the draw, once the held-out family's first-sight "
        "totals showed every forwarded deferral claimed while no dev family held a forward; "
        "its sentences differ from fwdefer48's.\n\n"
        "First sight (quick.py on main at 848efe64 plus this batch, before any parser "
        "change): dev invitations 12 of 12 right (6 sure); dev deferrals claimed at >= 0.5: "
        "defer48 1 of 11 ('te confirmo mañana' read as 'te confirmo'), notyet48 0 of 8, "
        "fwdhold48 6 of 6 (a forwarded thread's one quoted slot is taken as confirmed with "
        "no confirming words); held out fwdefer48: 3 of 3 right (3 sure), 7 of 7 claimed. "
        "Replies that defer were held only because nothing confirmed (0.35), not read as "
        "deferring.\n\n"
        "After the pending48 change (deferral cues per language in lookalikes.PENDING_CUES, "
        "read on the newest layer and the forwarder's note only): dev deferrals claimed 0 of "
        "25, invitations 12 of 12 (6 sure); held out 3 of 3 right (3 sure), 0 of 7 claimed; "
        "fwdhooknote13 no_kommer_tilbake_neg 0.46 invitation -> 0.45 not_invitation. cmp.py "
        "against a fresh quick.py run of main: 0 BETTER, 0 WORSE, 3 CHANGED (one held out), "
        "0 SURE-. Left: confirming controls in fr, ja, de, ko, pt-BR ('C'est noté, à jeudi', "
        "'承知しました', 'Perfekt, dann bis Mittwoch', '그날 뵙겠습니다', 'Combinado, até lá') are "
        "right but below 0.5.\n\n"
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_pending48.py`.\n"
    )


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-pending48.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
