# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "text71" batch: job-interview invitations and moves with no calendar part in
the shapes the held-out text families lag on, in new wording: ends told with a verb or word
('we'll wrap up by', 'runs to', 'und ist um … zu Ende'), the clock before the date, slots
pushed or pulled by an amount, same-day clauses ('this afternoon at 4'), weekday + day-month
forms without a year, spans with verbs, a slot restated over a quoted offer, a clock in two
zones ('9am PT / 12pm ET'), and moves laid out as old/new lines or a small table.

Run: .venv/bin/python tests/parsing/corpus/build_text71.py

People, companies and addresses are made up. Every date and clock in a body is rendered by
babel (CLDR) from the datetime its label comes from (zoneinfo); the words around them are ours.
Labels were written before the parser was run on any message of the batch. A seeded third is
held out: the dev-style file names sorted by sha256, every third (index 0, 3, 6, ...) goes to
the family text71h, chosen before any parse. Deterministic; the script deletes or writes only
files of its own families.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton, format_time

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
FAM = "text71"
HELD_FAM = "text71h"
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NOTE_SRC = "hand-written, no template; dates and clocks rendered by babel (CLDR) for the language"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FAMILIES = {
    FAM: "Text invitations and moves in the shapes held-out text families lag on, new wording: "
    "ends by verb or word, clock before date, pushes by an amount, same-day clauses, weekday + "
    "day-month without year, spans with verbs, restated slots over a quoted offer, clocks in "
    "two zones, moves as old/new lines or tables.",
    HELD_FAM: "The held-out third of text71, chosen by sha256 order of the file names before any parse.",
}
ZONE = {
    "en-US": "America/Chicago",
    "en-GB": "Europe/London",
    "en-AU": "Australia/Sydney",
    "en-CA": "America/Toronto",
    "de": "Europe/Berlin",
    "de-CH": "Europe/Zurich",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-BR": "America/Sao_Paulo",
    "pt": "Europe/Lisbon",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "cs": "Europe/Prague",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "tr": "Europe/Istanbul",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
    "sk": "Europe/Bratislava",
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "uk": "Europe/Kyiv",
    "et": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "ca": "Europe/Madrid",
    "el": "Europe/Athens",
    "is": "Atlantic/Reykjavik",
    "vi": "Asia/Ho_Chi_Minh",
    "id": "Asia/Jakarta",
    "he": "Asia/Jerusalem",
}
SENDER = {
    "en-US": ("Dana Whitfield", "dana.whitfield@prairie-robotics.example.com"),
    "en-GB": ("Harriet Pole", "harriet.pole@thameside-insure.example.co.uk"),
    "en-AU": ("Liam Sorensen", "liam@harbourline-freight.example.com.au"),
    "en-CA": ("Maya Okafor", "maya.okafor@northbay-health.example.ca"),
    "de": ("Jana Vogelsang", "j.vogelsang@elbtal-maschinen.example.de"),
    "de-CH": ("Reto Ammann", "reto.ammann@aarewerk.example.ch"),
    "fr": ("Camille Roussel", "camille.roussel@atelier-lumen.example.fr"),
    "es": ("Nerea Ibarra", "nerea.ibarra@cantabrica-datos.example.es"),
    "it": ("Chiara Benedetti", "c.benedetti@valsesia-tessile.example.it"),
    "nl": ("Femke de Wit", "femke.dewit@polderpunt.example.nl"),
    "pt-BR": ("Larissa Moura", "larissa.moura@serra-azul-tech.example.com.br"),
    "pt": ("Inês Carvalho", "ines.carvalho@tejo-seguros.example.pt"),
    "pl": ("Agnieszka Wróbel", "a.wrobel@wislasoft.example.pl"),
    "sv": ("Elin Bergqvist", "elin.bergqvist@norrsken-energi.example.se"),
    "da": ("Mette Lindholm", "mette@fjordlys.example.dk"),
    "nb": ("Ingrid Haugen", "ingrid.haugen@vestkyst-havbruk.example.no"),
    "fi": ("Aino Rautio", "aino.rautio@kuusamo-data.example.fi"),
    "cs": ("Petra Novotná", "petra.novotna@vltava-systems.example.cz"),
    "hu": ("Kovács Eszter", "kovacs.eszter@dunapart.example.hu"),
    "ro": ("Ioana Dumitrescu", "ioana.dumitrescu@carpat-logistic.example.ro"),
    "tr": ("Elif Aydın", "elif.aydin@bogazici-yazilim.example.com.tr"),
    "ja": ("佐藤 美咲", "misaki.sato@hoshizora-denki.example.jp"),
    "ko": ("김서연", "seoyeon.kim@hangang-bio.example.kr"),
    "zh": ("王晓婷", "xiaoting.wang@xihu-zhineng.example.cn"),
    "sk": ("Zuzana Kráľová", "zuzana.kralova@tatra-digital.example.sk"),
    "sl": ("Nina Kos", "nina.kos@soca-tech.example.si"),
    "hr": ("Ivana Perić", "ivana.peric@jadran-soft.example.hr"),
    "uk": ("Оксана Мельник", "oksana.melnyk@dnipro-it.example.ua"),
    "et": ("Kadri Tamm", "kadri.tamm@peipsi-lahendused.example.ee"),
    "lv": ("Ilze Ozola", "ilze.ozola@daugava-dati.example.lv"),
    "lt": ("Rūta Petrauskienė", "ruta.petrauskiene@nemunas-it.example.lt"),
    "ca": ("Laia Puig", "laia.puig@montseny-enginyeria.example.cat"),
    "el": ("Ελένη Παπαδάκη", "eleni.papadaki@aigaio-shipping.example.gr"),
    "is": ("Sigrún Jónsdóttir", "sigrun@hekla-hugbunadur.example.is"),
    "vi": ("Nguyễn Thu Hà", "thuha.nguyen@songhong-tech.example.vn"),
    "id": ("Putri Wulandari", "putri.wulandari@nusantara-data.example.id"),
    "he": ("נועה לוי", "noa.levi@galil-systems.example.co.il"),
}
# default Date header: Thursday 3 December 2026, 09:12 local
SENT = "2026-12-03T09:12"
# same-day mails are sent on Tuesday 12 January 2027 in the morning
MORNING = "2027-01-12T08:40"


@dataclass
class Item:
    lang: str
    name: str
    raw: bytes
    label: dict[str, object]
    note: str

    @property
    def dev_filename(self) -> str:
        return f"{FAM}__{self.lang}_{self.name}.eml"


ITEMS: list[Item] = []
CASES: list[Case] = []


def _twelve(value: datetime) -> str:
    return str(value.hour % 12 or 12)


def fields(
    lang: str, start: datetime, end: datetime | None, old: datetime | None, other: datetime | None
) -> dict[str, str]:
    """CLDR renderings of the start, end, old start and the start in a second zone."""
    loc = lang.replace("-", "_")
    out: dict[str, str] = {}

    def put(prefix: str, value: datetime) -> None:
        out[prefix + "F"] = format_date(value, "full", locale=loc)
        out[prefix + "L"] = format_date(value, "long", locale=loc)
        out[prefix + "M"] = format_date(value, "medium", locale=loc)
        out[prefix + "S"] = format_date(value, "short", locale=loc)
        out[prefix + "W"] = format_date(value, "EEEE", locale=loc)
        out[prefix + "T"] = format_time(value, "short", locale=loc)
        out[prefix + "A"] = format_time(value, "h:mm a", locale=loc)
        out[prefix + "WD"] = format_skeleton("MEd", value, locale=loc)
        out[prefix + "WM"] = format_skeleton("MMMEd", value, locale=loc)
        out[prefix + "WL"] = format_skeleton("MMMMEEEEd", value, locale=loc)
        out[prefix + "H"] = str(value.hour)
        out[prefix + "h"] = _twelve(value)

    put("", start)
    if end is not None:
        out["E"] = format_time(end, "short", locale=loc)
        out["EA"] = format_time(end, "h:mm a", locale=loc)
        out["EH"] = str(end.hour)
        out["Eh"] = _twelve(end)
    if old is not None:
        put("O", old)
    if other is not None:
        put("Z", other)
    return out


def add(
    lang: str,
    name: str,
    subject: str,
    text: str,
    note: str,
    *,
    slot: str,
    minutes: int | None = None,
    until: int | None = None,
    day: str = "",
    zone: str | None = None,
    zone2: str | None = None,
    pair: bool = False,
    old: str | None = None,
    push: int | None = None,
    sent: str = SENT,
    kind: str = "invitation",
) -> None:
    """One mail for the wall time `slot` (in `zone`, the zone the text states, else the
    language's zone with the Date offset). `minutes`: a length the text gives exactly;
    `until`: minutes to an end clock the text renders as {E}; both label an end. `old`: the
    slot a move leaves ({O…} fields); `push`: minutes the slot moved (old = slot - push).
    `zone2`: a second zone the text also gives the start in ({Z…} fields); `pair`: the label
    keeps only the instant (two zones are stated, neither is 'the' zone)."""
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=ZoneInfo(ZONE[lang]))
    start = datetime.fromisoformat(slot).replace(tzinfo=ZoneInfo(zone or ZONE[lang]))
    key = f"{FAM} {lang} {name}"
    assert start > sent_at, key
    if day and DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    span = minutes or until
    end = start + timedelta(minutes=span) if span else None
    before = None
    if old is not None:
        before = datetime.fromisoformat(old).replace(tzinfo=start.tzinfo)
    elif push is not None:
        before = start - timedelta(minutes=push)
    other = start.astimezone(ZoneInfo(zone2)) if zone2 else None
    body = text.format(**fields(lang, start, end, before, other))
    if pair:
        label = {"kind": kind, **pp.timed(start, end)}
    else:
        label = {"kind": kind, **pp.timed(start, end, zone=zone, sent=None if zone else sent_at)}
    message = l48._part(body, "plain")
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    sender = SENDER[lang]
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
    ITEMS.append(Item(lang, name, buffer.getvalue(), label, note))


def split_items() -> None:
    """Sort the dev-style file names by sha256 and hold out every third (0, 3, 6, ...)."""
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(it.dev_filename.encode()).hexdigest())
    held = {id(it) for i, it in enumerate(order) if i % 3 == 0}
    for it in ITEMS:
        split = "heldout" if id(it) in held else "dev"
        CASES.append(
            Case(
                HELD_FAM if split == "heldout" else FAM,
                split,
                f"{it.lang}_{it.name}",
                it.raw,
                it.label,
                it.lang,
                it.note,
                NOTE_SRC,
                LIC,
            )
        )


def ends() -> None:
    """Ends told with a verb or word after the start."""
    add(
        "en-US",
        "wrap_up_by",
        "Interview with Prairie Robotics",
        "Hi Alex,\n\nThanks for your patience. Your panel interview is on {F}. We'll kick things off at {A} and plan to wrap up by {EA}.\n\nBest,\nDana",
        "'kick things off at … and plan to wrap up by …'.",
        slot="2026-12-15T13:30",
        until=75,
        day="Tue",
    )
    add(
        "en-GB",
        "runs_to",
        "Interview – Thameside Insurance",
        "Dear Alex,\n\nWe'd like to see you on {F}. The interview starts at {T} and runs to {E}, at our office on Gresham Street.\n\nKind regards,\nHarriet Pole",
        "'starts at … and runs to …'.",
        slot="2026-12-16T10:00",
        until=60,
        day="Wed",
    )
    add(
        "en-AU",
        "finish_up",
        "Chat with Harbourline",
        "G'day Alex,\n\nKeen to have a chat on {F} at {A}. We should finish up by {EA} at the latest.\n\nCheers,\nLiam",
        "'should finish up by … at the latest' in the next sentence.",
        slot="2026-12-14T11:00",
        until=45,
        day="Mon",
    )
    add(
        "de",
        "zu_ende",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Alex,\n\nwir laden Sie herzlich zu einem Gespräch am {F} ein. Wir beginnen um {T} Uhr und sind spätestens um {E} Uhr fertig.\n\nViele Grüße\nJana Vogelsang",
        "'beginnen um … Uhr und sind spätestens um … Uhr fertig'.",
        slot="2026-12-17T14:00",
        until=60,
        day="Thu",
    )
    add(
        "fr",
        "s_achevera",
        "Invitation à un entretien",
        "Bonjour Alex,\n\nNous vous recevrons le {F} à {T}. L'entretien s'achèvera au plus tard à {E}.\n\nCordialement,\nCamille Roussel",
        "End in the next sentence: 's'achèvera au plus tard à …'.",
        slot="2026-12-15T09:30",
        until=60,
        day="Tue",
    )
    add(
        "es",
        "terminaremos",
        "Entrevista en Cantábrica Datos",
        "Hola Alex:\n\nTe esperamos el {F} a las {T}. Calculamos que terminaremos sobre las {E}, pero reserva hasta las {E} por si acaso.\n\nUn saludo,\nNerea",
        "'reserva hasta las …' after a rough 'terminaremos sobre las'.",
        slot="2026-12-16T16:00",
        until=60,
        day="Wed",
    )
    add(
        "it",
        "si_concludera",
        "Colloquio conoscitivo",
        "Gentile Alex,\n\nil colloquio si terrà {F} alle {T} e si concluderà entro le {E}.\n\nCordiali saluti,\nChiara Benedetti",
        "'si terrà … alle … e si concluderà entro le …'.",
        slot="2026-12-18T10:00",
        until=45,
        day="Fri",
    )
    add(
        "nl",
        "loopt_tot",
        "Uitnodiging sollicitatiegesprek",
        "Hoi Alex,\n\nJe bent van harte welkom op {F}. Het gesprek begint om {T} uur en loopt door tot {E} uur.\n\nGroet,\nFemke",
        "'begint om … uur en loopt door tot … uur'.",
        slot="2026-12-14T15:00",
        until=90,
        day="Mon",
    )
    add(
        "pt-BR",
        "vai_ate",
        "Entrevista – Serra Azul",
        "Oi Alex, tudo bem?\n\nSua entrevista ficou para {F}, às {T}. A conversa vai até umas {E}, no máximo {E}.\n\nAbraços,\nLarissa",
        "'vai até … no máximo …'.",
        slot="2026-12-15T14:00",
        until=60,
        day="Tue",
    )
    add(
        "pl",
        "potrwa_do",
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę {F} o godz. {T}. Spotkanie potrwa do {E}.\n\nPozdrawiam\nAgnieszka Wróbel",
        "'Spotkanie potrwa do …' in the next sentence.",
        slot="2026-12-16T11:00",
        until=60,
        day="Wed",
    )
    add(
        "sv",
        "haller_pa_till",
        "Intervju hos Norrsken Energi",
        "Hej Alex!\n\nVälkommen på intervju {F} kl. {T}. Vi håller på till ungefär kl. {E}, så boka gärna hela tiden fram till {E}.\n\nHälsningar\nElin",
        "'boka … fram till …' after an approximate end.",
        slot="2026-12-17T13:00",
        until=60,
        day="Thu",
    )
    add(
        "da",
        "slutter",
        "Samtale hos Fjordlys",
        "Hej Alex\n\nVi ses {F} kl. {T}. Vi regner med at slutte kl. {E}.\n\nVenlig hilsen\nMette",
        "'regner med at slutte kl. …'.",
        slot="2026-12-15T10:30",
        until=60,
        day="Tue",
    )
    add(
        "nb",
        "ferdige",
        "Intervju",
        "Hei Alex,\n\nVi møtes {F} kl. {T} og er ferdige senest kl. {E}.\n\nHilsen Ingrid",
        "'og er ferdige senest kl. …'.",
        slot="2026-12-16T09:00",
        until=60,
        day="Wed",
    )
    add(
        "fi",
        "paattyy",
        "Haastattelukutsu",
        "Hei Alex,\n\nKutsumme sinut haastatteluun {F} klo {T}. Haastattelu päättyy viimeistään klo {E}.\n\nYstävällisin terveisin\nAino Rautio",
        "'päättyy viimeistään klo …'.",
        slot="2026-12-14T13:00",
        until=60,
        day="Mon",
    )
    add(
        "cs",
        "skoncime",
        "Pozvánka na pohovor",
        "Dobrý den,\n\nzveme vás na pohovor {F} v {T}. Skončíme nejpozději v {E}.\n\nS pozdravem\nPetra Novotná",
        "'Skončíme nejpozději v …'.",
        slot="2026-12-17T10:00",
        until=60,
        day="Thu",
    )
    add(
        "hu",
        "ig_tart",
        "Meghívó állásinterjúra",
        "Kedves Alex!\n\nSzeretettel várjuk interjúra {F} {T}-kor. A beszélgetés {E}-ig tart.\n\nÜdvözlettel:\nKovács Eszter",
        "Hungarian suffixes '-kor' and '-ig tart'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "ro",
        "se_incheie",
        "Invitație la interviu",
        "Bună ziua, Alex,\n\nVă așteptăm la interviu {F}, de la ora {T}. Discuția se încheie cel târziu la ora {E}.\n\nCu stimă,\nIoana Dumitrescu",
        "'se încheie cel târziu la ora …'.",
        slot="2026-12-16T14:00",
        until=60,
        day="Wed",
    )
    add(
        "tr",
        "sona_erecek",
        "Mülakat daveti",
        "Merhaba Alex,\n\n{F} günü saat {T}'da sizi görüşmeye bekliyoruz. Görüşme en geç {E}'da sona erecek.\n\nSaygılarımla,\nElif Aydın",
        "'en geç …'da sona erecek'.",
        slot="2026-12-17T10:00",
        until=90,
        day="Thu",
    )
    add(
        "ja",
        "shuryo",
        "面接のご案内",
        "Alex様\n\n面接の日程をご案内いたします。{F}{T}開始、{E}終了予定です。\n\nよろしくお願いいたします。\n佐藤",
        "'…開始、…終了予定'.",
        slot="2026-12-15T14:00",
        until=60,
        day="Tue",
    )
    add(
        "ko",
        "kkeunnal",
        "면접 안내",
        "Alex님 안녕하세요.\n\n면접은 {F} {T}에 시작하여 {E}에 끝날 예정입니다.\n\n감사합니다.\n김서연 드림",
        "'…에 시작하여 …에 끝날 예정'.",
        slot="2026-12-16T14:00",
        until=60,
        day="Wed",
    )
    add(
        "zh",
        "jieshu",
        "面试通知",
        "Alex 你好：\n\n面试安排在{F}{T}开始，预计{E}结束。\n\n王晓婷",
        "'…开始，预计…结束'.",
        slot="2026-12-17T15:00",
        until=60,
        day="Thu",
    )


def clock_first() -> None:
    """The clock before the date."""
    add(
        "en-US",
        "clock_then_day",
        "Your interview",
        "Hi Alex,\n\nHow does {A} on {F} sound? I've gone ahead and booked the room; it'll be an hour.\n\nDana",
        "12-hour clock before 'on' the full date; 'an hour' exact.",
        slot="2026-12-16T10:30",
        minutes=60,
        day="Wed",
    )
    add(
        "en-GB",
        "at_then_date",
        "Second interview",
        "Hello Alex,\n\nAt {T} on {L} you'll meet our underwriting director for the second round.\n\nBest wishes,\nHarriet",
        "Sentence opening 'At 15:30 on 17 December 2026'.",
        slot="2026-12-17T15:30",
        day="Thu",
    )
    add(
        "de",
        "um_uhr_am",
        "Termin Vorstellungsgespräch",
        "Liebe Alex,\n\num {T} Uhr am {F} erwartet Sie Herr Brandt am Empfang.\n\nBeste Grüße\nJana",
        "'um … Uhr am …' at the head of the sentence.",
        slot="2026-12-14T09:00",
        day="Mon",
    )
    add(
        "de-CH",
        "uhr_komma_datum",
        "Vorstellungsgespräch",
        "Grüezi Alex\n\nGerne bestätigen wir Ihnen das Gespräch: {T} Uhr, {F}, bei uns in Aarau.\n\nFreundliche Grüsse\nReto Ammann",
        "Clock then comma then the full date.",
        slot="2026-12-18T08:30",
        day="Fri",
    )
    add(
        "fr",
        "a_h_le",
        "Entretien",
        "Bonjour Alex,\n\nÀ {T}, le {F}, vous rencontrerez l'équipe produit dans nos locaux de Lyon.\n\nBien à vous,\nCamille",
        "'À 14:00, le mercredi …'.",
        slot="2026-12-16T14:00",
        day="Wed",
    )
    add(
        "es",
        "a_las_del",
        "Entrevista",
        "Hola Alex:\n\nA las {T} del {F} tienes la entrevista con Marta, de Recursos Humanos.\n\nSaludos,\nNerea",
        "'A las … del <full date>'.",
        slot="2026-12-15T12:00",
        day="Tue",
    )
    add(
        "it",
        "alle_di",
        "Colloquio",
        "Ciao Alex,\n\nalle {T} di {F} ti aspettiamo in sede per il colloquio tecnico.\n\nChiara",
        "'alle … di <full date>'.",
        slot="2026-12-17T11:30",
        day="Thu",
    )
    add(
        "nl",
        "om_uur_op",
        "Gesprek",
        "Dag Alex,\n\nOm {T} uur op {F} spreek je met Joris en Sanne.\n\nGroeten,\nFemke",
        "'Om … uur op <full date>'.",
        slot="2026-12-16T13:00",
        day="Wed",
    )
    add(
        "pt",
        "as_de",
        "Entrevista",
        "Olá Alex,\n\nÀs {T} de {F} estaremos à sua espera na receção do edifício.\n\nCumprimentos,\nInês Carvalho",
        "'Às … de <full date>' (pt-PT).",
        slot="2027-01-13T10:00",
        day="Wed",
    )
    add(
        "sv",
        "kl_den",
        "Intervju",
        "Hej Alex,\n\nKl. {T} den {L} träffar du vår driftchef på kontoret i Umeå.\n\nElin",
        "'Kl. … den <long date>'.",
        slot="2027-01-14T14:30",
        day="Thu",
    )
    add(
        "fi",
        "klo_paiva",
        "Haastattelu",
        "Hei,\n\nklo {T} {F} tapaat tiimimme Oulun toimistolla.\n\nAino",
        "'klo … <full date>'.",
        slot="2027-01-12T12:00",
        day="Tue",
    )
    add(
        "cs",
        "v_hodin_dne",
        "Pohovor",
        "Dobrý den,\n\nv {T} hodin dne {L} vás přivítá vedoucí týmu Jan Dvořák.\n\nPetra",
        "'v … hodin dne <long date>'.",
        slot="2027-01-15T09:00",
        day="Fri",
    )


def pushes() -> None:
    """Slots pushed or pulled by a stated amount; the new hour unwritten."""
    add(
        "en-US",
        "pushed_30",
        "Quick change to your interview",
        "Hi Alex,\n\nOur VP got pulled into a board call, so we need to push your interview on {OF} back 30 minutes, to start at {A} instead of {OA}. Same Zoom link.\n\nSorry about that!\nDana",
        "Pushed back 30 minutes, both clocks given.",
        slot="2026-12-15T14:30",
        push=30,
        day="Tue",
        kind="reschedule",
    )
    add(
        "en-GB",
        "bring_forward",
        "Interview time",
        "Hi Alex,\n\nWould you mind if we brought Thursday's interview ({OL}, {OT}) forward by an hour? Our director has to leave early. I've already updated the booking.\n\nThanks,\nHarriet",
        "Brought forward by an hour, new clock unwritten.",
        slot="2026-12-17T13:00",
        push=-60,
        day="Thu",
        kind="reschedule",
    )
    add(
        "de",
        "verschieben_halbe",
        "Kleine Änderung",
        "Hallo Alex,\n\nunser Termin am {OF} um {OT} Uhr verschiebt sich leider um eine halbe Stunde nach hinten. Alles andere bleibt gleich.\n\nJana",
        "'verschiebt sich um eine halbe Stunde nach hinten'.",
        slot="2026-12-16T11:00",
        push=30,
        day="Wed",
        kind="reschedule",
    )
    add(
        "fr",
        "decale_45",
        "Décalage de votre entretien",
        "Bonjour Alex,\n\nVotre entretien du {OF} à {OT} est décalé de 45 minutes plus tard. Merci de votre compréhension.\n\nCamille",
        "'décalé de 45 minutes plus tard'.",
        slot="2026-12-18T10:45",
        push=45,
        day="Fri",
        kind="reschedule",
    )
    add(
        "es",
        "adelantamos_media",
        "Cambio de hora",
        "Hola Alex:\n\nAdelantamos media hora tu entrevista del {OF} (era a las {OT}). La sala y el resto siguen igual.\n\nNerea",
        "'Adelantamos media hora', old clock in brackets.",
        slot="2026-12-14T09:30",
        push=-30,
        day="Mon",
        kind="reschedule",
    )
    add(
        "it",
        "posticipato_ora",
        "Variazione orario",
        "Ciao Alex,\n\nil colloquio di {OF} alle {OT} viene posticipato di un'ora. Ci scusiamo per il disagio.\n\nChiara",
        "'posticipato di un'ora'.",
        slot="2026-12-15T16:00",
        push=60,
        day="Tue",
        kind="reschedule",
    )
    add(
        "nl",
        "half_uur_later",
        "Aangepaste tijd",
        "Hoi Alex,\n\nOns gesprek van {OF} om {OT} uur begint een half uur later, dus om {T} uur.\n\nFemke",
        "'begint een half uur later, dus om …'.",
        slot="2026-12-17T15:30",
        push=30,
        day="Thu",
        kind="reschedule",
    )
    add(
        "pl",
        "pozniej_godzine",
        "Zmiana godziny",
        "Dzień dobry,\n\nrozmowę zaplanowaną na {OF}, godz. {OT}, musimy przesunąć o godzinę później. Przepraszam za zamieszanie.\n\nAgnieszka",
        "'przesunąć o godzinę później'.",
        slot="2026-12-16T13:00",
        push=60,
        day="Wed",
        kind="reschedule",
    )
    add(
        "sv",
        "skjuter_upp",
        "Ny tid",
        "Hej Alex,\n\nVi skjuter upp intervjun {OF} kl. {OT} med 30 minuter. Välkommen!\n\nElin",
        "'skjuter upp … med 30 minuter'.",
        slot="2026-12-15T10:30",
        push=30,
        day="Tue",
        kind="reschedule",
    )
    add(
        "da",
        "rykker_time",
        "Ændret tidspunkt",
        "Hej Alex\n\nVi bliver nødt til at rykke samtalen {OF} kl. {OT} en time senere. Undskyld ulejligheden.\n\nMette",
        "'rykke … en time senere'.",
        slot="2026-12-18T14:00",
        push=60,
        day="Fri",
        kind="reschedule",
    )
    add(
        "nb",
        "utsatt_halvtime",
        "Endret tid",
        "Hei Alex,\n\nIntervjuet {OF} kl. {OT} blir utsatt en halvtime. Ellers er alt som før.\n\nIngrid",
        "'blir utsatt en halvtime'.",
        slot="2026-12-14T10:30",
        push=30,
        day="Mon",
        kind="reschedule",
    )
    add(
        "pt-BR",
        "adiar_30",
        "Mudança de horário",
        "Oi Alex,\n\nPrecisamos adiar em 30 minutos a entrevista de {OF} às {OT}. O link continua o mesmo.\n\nLarissa",
        "'adiar em 30 minutos'.",
        slot="2026-12-16T15:30",
        push=30,
        day="Wed",
        kind="reschedule",
    )
    add(
        "tr",
        "ertelendi_30",
        "Saat değişikliği",
        "Merhaba Alex,\n\n{OF} saat {OT}'daki görüşmemiz 30 dakika ertelendi. Diğer her şey aynı.\n\nElif",
        "'30 dakika ertelendi'.",
        slot="2026-12-17T10:30",
        push=30,
        day="Thu",
        kind="reschedule",
    )
    add(
        "ja",
        "30pun_okurase",
        "面接時間変更のお願い",
        "Alex様\n\n{OF}{OT}からの面接ですが、30分繰り下げて{T}開始とさせてください。\n\n佐藤",
        "'30分繰り下げて…開始'.",
        slot="2026-12-15T15:30",
        push=30,
        day="Tue",
        kind="reschedule",
    )
    add(
        "ko",
        "1sigan_dang",
        "면접 시간 변경",
        "Alex님,\n\n{OF} {OT} 면접을 1시간 앞당겨 진행하고자 합니다. 양해 부탁드립니다.\n\n김서연",
        "'1시간 앞당겨', new clock unwritten.",
        slot="2026-12-16T13:00",
        push=-60,
        day="Wed",
        kind="reschedule",
    )
    add(
        "zh",
        "tuichi_ban",
        "面试时间调整",
        "Alex 你好：\n\n原定{OF}{OT}的面试需推迟半小时，其他安排不变。\n\n王晓婷",
        "'推迟半小时', new clock unwritten.",
        slot="2026-12-17T10:30",
        push=30,
        day="Thu",
        kind="reschedule",
    )


def same_day() -> None:
    """Slots given for today by a day-part word and a bare hour."""
    add(
        "en-US",
        "this_afternoon",
        "Quick call today?",
        "Hi Alex,\n\nGreat news - the hiring manager can meet you this afternoon at {h}. I'll send the link shortly.\n\nDana",
        "'this afternoon at 4', sent in the morning.",
        slot="2027-01-12T16:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "en-GB",
        "later_today",
        "Interview later today",
        "Hi Alex,\n\nAs discussed on the phone, we'll see you later today at {h}pm at our Gresham Street office.\n\nHarriet",
        "'later today at 2pm'.",
        slot="2027-01-12T14:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "de",
        "heute_nachmittag",
        "Heute Nachmittag",
        "Hallo Alex,\n\nkönnen Sie heute Nachmittag um {h} Uhr vorbeikommen? Herr Brandt hätte spontan Zeit für das Gespräch.\n\nJana",
        "'heute Nachmittag um 3 Uhr'.",
        slot="2027-01-12T15:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "fr",
        "cet_apres_midi",
        "Entretien cet après-midi",
        "Bonjour Alex,\n\nComme convenu, on se voit cet après-midi à {H} h pour l'entretien avec Paul.\n\nCamille",
        "'cet après-midi à 16 h'.",
        slot="2027-01-12T16:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "es",
        "esta_tarde",
        "Entrevista hoy",
        "Hola Alex:\n\nTe confirmo la entrevista esta tarde a las {h}. Pregunta por Marta en recepción.\n\nNerea",
        "'esta tarde a las 5' (afternoon, 17:00).",
        slot="2027-01-12T17:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "it",
        "oggi_pomeriggio",
        "Colloquio oggi",
        "Ciao Alex,\n\nriusciamo a fare il colloquio oggi pomeriggio alle {h}? Ti chiamo io sul cellulare.\n\nChiara",
        "'oggi pomeriggio alle 3'.",
        slot="2027-01-12T15:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "nl",
        "vanmiddag",
        "Vanmiddag",
        "Hoi Alex,\n\nZoals net besproken: vanmiddag om {h} uur het gesprek met Joris, bij ons op kantoor.\n\nFemke",
        "'vanmiddag om 2 uur'.",
        slot="2027-01-12T14:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "sv",
        "i_eftermiddag",
        "Intervju i eftermiddag",
        "Hej Alex,\n\nPassar det att vi ses i eftermiddag kl. {H}? Då hinner även driftchefen vara med.\n\nElin",
        "'i eftermiddag kl. 15'.",
        slot="2027-01-12T15:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "pl",
        "dzis_po_poludniu",
        "Rozmowa dziś",
        "Dzień dobry,\n\nczy pasuje Panu dziś po południu o {H}:00? Rozmowa odbędzie się przez Teams.\n\nAgnieszka",
        "'dziś po południu o 16:00'.",
        slot="2027-01-12T16:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "ja",
        "honjitsu_gogo",
        "本日の面接について",
        "Alex様\n\n本日午後{h}時から面接をお願いできますでしょうか。場所は本社3階です。\n\n佐藤",
        "'本日午後3時から'.",
        slot="2027-01-12T15:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "ko",
        "oneul_ohu",
        "오늘 면접",
        "Alex님,\n\n오늘 오후 {h}시에 면접 가능하실까요? 본사 5층으로 오시면 됩니다.\n\n김서연",
        "'오늘 오후 4시에'.",
        slot="2027-01-12T16:00",
        day="Tue",
        sent=MORNING,
    )
    add(
        "zh",
        "jintian_xiawu",
        "今天面试",
        "Alex 你好：\n\n今天下午{h}点方便来面试吗？地址是公司总部12楼。\n\n王晓婷",
        "'今天下午2点'.",
        slot="2027-01-12T14:00",
        day="Tue",
        sent=MORNING,
    )


def week_dates() -> None:
    """Weekday + day and month, no year (CLDR skeletons MEd / MMMEd / MMMMEEEEd)."""
    add(
        "en-GB",
        "med",
        "Interview slot",
        "Hi Alex,\n\nWe've pencilled you in for {WD} at {T}. Shout if that doesn't work.\n\nHarriet",
        "'Tue 15/12 at 10:00' (MEd, no year).",
        slot="2026-12-15T10:00",
        day="Tue",
    )
    add(
        "en-US",
        "mmmed_jan",
        "Interview in January",
        "Hi Alex,\n\nAfter the holidays works best for the team. Could you do {WM} at {A} Central?\n\nDana",
        "'Wed, Jan 13 at 11:00 AM Central' sent in December: next year.",
        slot="2027-01-13T11:00",
        day="Wed",
        zone="America/Chicago",
    )
    add(
        "de",
        "med_um",
        "Gesprächstermin",
        "Hallo Alex,\n\npasst Ihnen {WD} um {T} Uhr? Dann würde ich den Raum buchen.\n\nJana",
        "'Mi., 16.12. um 10:30 Uhr'.",
        slot="2026-12-16T10:30",
        day="Wed",
    )
    add(
        "fr",
        "mmmmed",
        "Créneau d'entretien",
        "Bonjour Alex,\n\nJe vous propose de fixer l'entretien au {WL} à {T}. Merci de me confirmer.\n\nCamille",
        "'jeu. 17 décembre à 15:00'.",
        slot="2026-12-17T15:00",
        day="Thu",
    )
    add(
        "es",
        "med_enero",
        "Entrevista en enero",
        "Hola Alex:\n\nQuedamos entonces el {WD} a las {T}. ¡Felices fiestas!\n\nNerea",
        "'mar, 12/1 a las 9:30' sent in December: next year.",
        slot="2027-01-12T09:30",
        day="Tue",
    )
    add(
        "it",
        "mmmed",
        "Appuntamento",
        "Ciao Alex,\n\nti aspettiamo {WM} alle {T} in via Roma 12.\n\nChiara",
        "'ven 18 dic alle 14:00'.",
        slot="2026-12-18T14:00",
        day="Fri",
    )
    add(
        "nl",
        "med_uur",
        "Afspraak",
        "Hoi Alex,\n\nPrima, dan zie ik je {WD} om {T} uur.\n\nFemke",
        "'di 15-12 om 16:00 uur'.",
        slot="2026-12-15T16:00",
        day="Tue",
    )
    add(
        "pl",
        "med_godz",
        "Termin rozmowy",
        "Dzień dobry,\n\nproponuję {WD}, godz. {T}. Proszę o potwierdzenie.\n\nAgnieszka",
        "'pon., 14.12, godz. 12:00' (no year).",
        slot="2026-12-14T12:00",
        day="Mon",
    )
    add(
        "cs",
        "mmmmed",
        "Termín pohovoru",
        "Dobrý den,\n\npohovor proběhne {WL} v {T}.\n\nPetra",
        "'st 16. prosince v 13:00'.",
        slot="2026-12-16T13:00",
        day="Wed",
    )
    add(
        "hu",
        "mmmed",
        "Interjú időpont",
        "Kedves Alex!\n\nAz interjú időpontja: {WM} {T}.\n\nEszter",
        "Hungarian 'dec. 17., Cs 9:00' (month first, weekday letter last).",
        slot="2026-12-17T09:00",
        day="Thu",
    )
    add(
        "sv",
        "med_kl",
        "Intervjutid",
        "Hej Alex,\n\nDå säger vi {WD} kl. {T}.\n\nElin",
        "'fre 18/12 kl. 10:00'.",
        slot="2026-12-18T10:00",
        day="Fri",
    )
    add(
        "fi",
        "med_klo",
        "Haastatteluaika",
        "Hei Alex,\n\nhaastattelu on {WD} klo {T}.\n\nAino",
        "'to 14.1. klo 11.00' sent in December: next year.",
        slot="2027-01-14T11:00",
        day="Thu",
    )
    add(
        "tr",
        "mmmed",
        "Görüşme",
        "Merhaba Alex,\n\nGörüşmemizi {WM} saat {T}'a planladık.\n\nElif",
        "'15 Ara Sal saat 10:00'.",
        slot="2026-12-15T10:00",
        day="Tue",
    )
    add(
        "ja",
        "med",
        "面接日程",
        "Alex様\n\n面接は{WM} {T}からでお願いいたします。\n\n佐藤",
        "'12月16日(水) 11:00から'.",
        slot="2026-12-16T11:00",
        day="Wed",
    )
    add(
        "ko",
        "med",
        "면접 일정",
        "Alex님,\n\n면접은 {WM} {T}로 확정되었습니다.\n\n김서연",
        "'12월 17일 (목) 오후 2:00로 확정'.",
        slot="2026-12-17T14:00",
        day="Thu",
    )
    add(
        "zh",
        "med",
        "面试时间确认",
        "Alex 你好：\n\n面试时间定在{WM} {T}。\n\n王晓婷",
        "'12月18日周五 10:00'.",
        slot="2026-12-18T10:00",
        day="Fri",
    )


def spans() -> None:
    """Spans written with verbs, in languages the corpus has little of."""
    add(
        "sk",
        "zacina_konci",
        "Pozvánka na pohovor",
        "Dobrý deň,\n\npohovor sa začína {F} o {T} a končí o {E}.\n\nS pozdravom\nZuzana Kráľová",
        "'sa začína … o … a končí o …'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "sl",
        "zacne_konca",
        "Vabilo na razgovor",
        "Pozdravljeni,\n\nrazgovor se začne {F} ob {T} in se konča ob {E}.\n\nLep pozdrav,\nNina Kos",
        "'se začne … ob … in se konča ob …'.",
        slot="2026-12-16T09:00",
        until=60,
        day="Wed",
    )
    add(
        "hr",
        "pocinje_zavrsava",
        "Poziv na razgovor",
        "Poštovani,\n\nrazgovor počinje {F} u {T} sati, a završava oko {E} sati — predvidite sat vremena.\n\nLijep pozdrav,\nIvana Perić",
        "'počinje … u … sati', 'predvidite sat vremena' (exact hour).",
        slot="2026-12-17T11:00",
        until=60,
        day="Thu",
    )
    add(
        "uk",
        "pochynayetsya",
        "Запрошення на співбесіду",
        "Добрий день, Alex!\n\nСпівбесіда почнеться {F} о {T} і завершиться о {E}.\n\nЗ повагою,\nОксана Мельник",
        "'почнеться … о … і завершиться о …'.",
        slot="2026-12-15T14:00",
        until=60,
        day="Tue",
    )
    add(
        "et",
        "algab_lopeb",
        "Kutse vestlusele",
        "Tere, Alex!\n\nVestlus algab {F} kell {T} ja lõpeb kell {E}.\n\nParimate soovidega\nKadri Tamm",
        "'algab … kell … ja lõpeb kell …'.",
        slot="2026-12-16T13:00",
        until=60,
        day="Wed",
    )
    add(
        "lv",
        "sakas_beidzas",
        "Uzaicinājums uz interviju",
        "Labdien, Alex!\n\nIntervija sāksies {F} plkst. {T} un beigsies plkst. {E}.\n\nAr cieņu\nIlze Ozola",
        "'sāksies … plkst. … un beigsies plkst. …'.",
        slot="2026-12-17T10:00",
        until=60,
        day="Thu",
    )
    add(
        "lt",
        "prasides_baigsis",
        "Kvietimas į pokalbį",
        "Laba diena, Alex,\n\npokalbis prasidės {F} {T} val. ir baigsis {E} val.\n\nPagarbiai\nRūta Petrauskienė",
        "'prasidės … val. ir baigsis … val.'.",
        slot="2026-12-18T09:00",
        until=60,
        day="Fri",
    )
    add(
        "ca",
        "comencara_acabara",
        "Entrevista",
        "Hola Alex,\n\nL'entrevista començarà el {F} a les {T} i acabarà a les {E}.\n\nSalutacions,\nLaia Puig",
        "'començarà … a les … i acabarà a les …'.",
        slot="2026-12-15T16:00",
        until=60,
        day="Tue",
    )
    add(
        "el",
        "xekina_teleiwnei",
        "Πρόσκληση σε συνέντευξη",
        "Καλησπέρα Alex,\n\nΗ συνέντευξη ξεκινά {F} στις {T} και τελειώνει στις {E}.\n\nΜε εκτίμηση,\nΕλένη Παπαδάκη",
        "'ξεκινά … στις … και τελειώνει στις …' with CLDR 'π.μ.'.",
        slot="2026-12-16T10:00",
        until=60,
        day="Wed",
    )
    add(
        "is",
        "hefst_lykur",
        "Boð í viðtal",
        "Sæl Alex,\n\nViðtalið hefst {F} kl. {T} og lýkur kl. {E}.\n\nKveðja,\nSigrún",
        "'hefst … kl. … og lýkur kl. …'.",
        slot="2026-12-17T13:00",
        until=60,
        day="Thu",
    )
    add(
        "vi",
        "bat_dau_ket_thuc",
        "Thư mời phỏng vấn",
        "Chào Alex,\n\nBuổi phỏng vấn sẽ bắt đầu lúc {T} {F} và kết thúc lúc {E}.\n\nTrân trọng,\nNguyễn Thu Hà",
        "'bắt đầu lúc … và kết thúc lúc …', clock before the date.",
        slot="2026-12-15T09:00",
        until=60,
        day="Tue",
    )
    add(
        "id",
        "dimulai_selesai",
        "Undangan wawancara",
        "Halo Alex,\n\nWawancara dimulai pada {F} pukul {T} dan selesai pukul {E} WIB.\n\nSalam,\nPutri",
        "'dimulai … pukul … dan selesai pukul … WIB'.",
        slot="2026-12-16T14:00",
        until=60,
        day="Wed",
        zone="Asia/Jakarta",
    )
    add(
        "he",
        "matchil_mistayem",
        "הזמנה לראיון",
        "שלום Alex,\n\nהראיון יתחיל ב{F} בשעה {T} ויסתיים בשעה {E}.\n\nבברכה,\nנועה לוי",
        "'יתחיל … בשעה … ויסתיים בשעה …'.",
        slot="2026-12-14T11:00",
        until=60,
        day="Mon",
    )


def restated() -> None:
    """The recruiter confirms one slot over a quoted offer of several."""
    add(
        "en-US",
        "restate_weekday",
        "Re: Interview times",
        "Perfect - {WM} at {A} it is. Calendar invite to follow.\n\nDana\n\nOn Thu, Dec 3, 2026 at 9:02 AM Alex Morgan wrote:\n> The Wednesday slot works best for me.\n>\n> On Wed, Dec 2, 2026 Dana Whitfield wrote:\n>> Would any of these work?\n>> - Tue, Dec 15 at 10:00 AM\n>> - Wed, Dec 16 at 2:00 PM\n>> - Thu, Dec 17 at 9:30 AM\n",
        "Confirmation restating the weekday and hour over a quoted offer of three.",
        slot="2026-12-16T14:00",
        day="Wed",
    )
    add(
        "de",
        "bestaetigt",
        "AW: Terminvorschläge",
        "Hallo Alex,\n\ndann halten wir {WD} um {T} Uhr fest. Ich freue mich!\n\nJana\n\n-----Ursprüngliche Nachricht-----\nVon: Alex Morgan\nGesendet: Donnerstag, 3. Dezember 2026 08:40\n\nDonnerstag passt mir am besten.\n\n> Vorschläge:\n> Mo., 14.12. um 09:00 Uhr\n> Do., 17.12. um 14:00 Uhr\n",
        "'halten wir Do., 17.12. um 14:00 Uhr fest' over quoted options.",
        slot="2026-12-17T14:00",
        day="Thu",
    )
    add(
        "fr",
        "retenu",
        "RE: Créneaux",
        "Bonjour Alex,\n\nC'est noté : nous retenons le {WL} à {T}.\n\nCamille\n\nLe jeu. 3 déc. 2026 à 08:55, Alex Morgan a écrit :\n> Le vendredi me convient.\n>\n>> Créneaux possibles : mardi 15 décembre à 10:00 ou vendredi 18 décembre à 11:00.\n",
        "'nous retenons le ven. 18 décembre à 11:00' over quoted options.",
        slot="2026-12-18T11:00",
        day="Fri",
    )
    add(
        "es",
        "queda_confirmado",
        "RE: Horarios",
        "Hola Alex:\n\nQueda confirmado: el {WL} a las {T}.\n\nNerea\n\nEl jue, 3 dic 2026 a las 8:50, Alex Morgan escribió:\n> Me viene mejor el lunes.\n>> Opciones: lunes 14 de diciembre a las 12:00 o miércoles 16 de diciembre a las 9:00.\n",
        "'Queda confirmado: el lun, 14 de diciembre a las 12:00'.",
        slot="2026-12-14T12:00",
        day="Mon",
    )
    add(
        "it",
        "confermo",
        "R: Disponibilità",
        "Ciao Alex,\n\nconfermo {WL} alle {T}.\n\nChiara\n\nIl giorno gio 3 dic 2026 alle 08:30 Alex Morgan ha scritto:\n> Preferisco martedì.\n>> Ti propongo martedì 15 dicembre alle 15:00 oppure giovedì 17 dicembre alle 10:00.\n",
        "'confermo mar 15 dicembre alle 15:00' over a quoted pair.",
        slot="2026-12-15T15:00",
        day="Tue",
    )
    add(
        "nl",
        "dan_wordt_het",
        "RE: Opties",
        "Hoi Alex,\n\nDan wordt het {WL} om {T} uur. Tot dan!\n\nFemke\n\nOp do 3 dec 2026 om 08:45 schreef Alex Morgan:\n> Woensdag komt mij het beste uit.\n>> Opties: dinsdag 15 december 11:00 uur of woensdag 16 december 15:00 uur.\n",
        "'Dan wordt het wo 16 december om 15:00 uur'.",
        slot="2026-12-16T15:00",
        day="Wed",
    )
    add(
        "pt-BR",
        "fechado",
        "RES: Horários",
        "Oi Alex,\n\nFechado então: {WL}, às {T}.\n\nLarissa\n\nEm qui., 3 de dez. de 2026 às 08:20, Alex Morgan escreveu:\n> Quinta é melhor pra mim.\n>> Opções: terça, 15 de dezembro, 10h; quinta, 17 de dezembro, 16h.\n",
        "'Fechado então: qui., 17 de dezembro, às 16:00'.",
        slot="2026-12-17T16:00",
        day="Thu",
    )
    add(
        "sv",
        "da_blir_det",
        "SV: Tider",
        "Hej Alex,\n\nDå blir det {WL} kl. {T}. Välkommen!\n\nElin\n\nDen 3 dec. 2026 08:10 skrev Alex Morgan:\n> Måndag passar bäst.\n>> Förslag: måndag 14 december kl. 13:00 eller onsdag 16 december kl. 10:00.\n",
        "'Då blir det mån 14 december kl. 13:00'.",
        slot="2026-12-14T13:00",
        day="Mon",
    )


def zone_pairs() -> None:
    """A clock in two zones; the instant is the label, no single zone."""
    add(
        "en-US",
        "pt_et",
        "Interview – Prairie Robotics",
        "Hi Alex,\n\nYou're confirmed for {F}, {h}am PT / {Zh}pm ET, with our head of hardware.\n\nDana",
        "'9am PT / 12pm ET'.",
        slot="2026-12-15T09:00",
        day="Tue",
        zone="America/Los_Angeles",
        zone2="America/New_York",
        pair=True,
    )
    add(
        "en-GB",
        "uk_sgt",
        "Video interview",
        "Hello Alex,\n\nThe video interview is on {F} at {T} UK time ({ZT} in Singapore).\n\nHarriet",
        "'08:00 UK time (16:00 in Singapore)'.",
        slot="2026-12-16T08:00",
        day="Wed",
        zone="Europe/London",
        zone2="Asia/Singapore",
        pair=True,
    )
    add(
        "en-AU",
        "aest_nzdt",
        "Interview",
        "Hi Alex,\n\nLocking in {F}, {A} AEDT ({ZA} NZDT).\n\nLiam",
        "'10:00 am AEDT (12:00 pm NZDT)'.",
        slot="2026-12-17T10:00",
        day="Thu",
        zone="Australia/Sydney",
        zone2="Pacific/Auckland",
        pair=True,
    )
    add(
        "en-CA",
        "et_pt_march",
        "Interview – Northbay Health",
        "Hi Alex,\n\nYour interview is {F} at {h}:30 p.m. Eastern / {Zh}:30 a.m. Pacific.\n\nMaya",
        "'1:30 p.m. Eastern / 10:30 a.m. Pacific' after the March DST change.",
        slot="2027-03-16T13:30",
        day="Tue",
        zone="America/Toronto",
        zone2="America/Los_Angeles",
        pair=True,
    )
    add(
        "de",
        "mez_est",
        "Interview mit dem US-Team",
        "Hallo Alex,\n\ndas Gespräch mit unserem Team in Boston findet am {F} um {T} Uhr MEZ ({ZT} Uhr EST) statt.\n\nJana",
        "'16:00 Uhr MEZ (10:00 Uhr EST)'.",
        slot="2026-12-15T16:00",
        day="Tue",
        zone="Europe/Berlin",
        zone2="America/New_York",
        pair=True,
    )
    add(
        "pt-BR",
        "brasilia_lisboa",
        "Entrevista com a equipe de Lisboa",
        "Oi Alex,\n\nA entrevista será {F}, às {T} (horário de Brasília) / {ZT} (horário de Lisboa).\n\nLarissa",
        "'10:00 (horário de Brasília) / 13:00 (horário de Lisboa)'.",
        slot="2026-12-16T10:00",
        day="Wed",
        zone="America/Sao_Paulo",
        zone2="Europe/Lisbon",
        pair=True,
    )
    add(
        "ja",
        "jst_gmt",
        "オンライン面接のご案内",
        "Alex様\n\nロンドンのチームとの面接は{F} 日本時間{T}（英国時間{ZT}）からです。\n\n佐藤",
        "'日本時間17:00（英国時間8:00）'.",
        slot="2026-12-17T17:00",
        day="Thu",
        zone="Asia/Tokyo",
        zone2="Europe/London",
        pair=True,
    )
    add(
        "fr",
        "paris_montreal",
        "Entretien avec l'équipe de Montréal",
        "Bonjour Alex,\n\nL'entretien aura lieu le {F} à {T}, heure de Paris ({ZT} à Montréal).\n\nCamille",
        "'15:00, heure de Paris (09:00 à Montréal)'.",
        slot="2026-12-18T15:00",
        day="Fri",
        zone="Europe/Paris",
        zone2="America/Toronto",
        pair=True,
    )


def table_moves() -> None:
    """Moves laid out as old/new lines or a small table."""
    add(
        "en-US",
        "was_now",
        "Updated: interview time",
        "Hi Alex,\n\nSmall change to your schedule:\n\nWas: {OF}, {OA}\nNow: {F}, {A}\n\nEverything else stays the same.\n\nDana",
        "'Was: … / Now: …' lines.",
        slot="2026-12-17T11:00",
        old="2026-12-16T10:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "en-GB",
        "pipe_table",
        "Revised interview schedule",
        "Dear Alex,\n\nPlease note the revised time:\n\n| | Date | Time |\n|---|---|---|\n| Original | {OL} | {OT} |\n| Revised | {L} | {T} |\n\nKind regards,\nHarriet",
        "A pipe table with original and revised rows.",
        slot="2026-12-18T14:00",
        old="2026-12-15T14:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "de",
        "alt_neu",
        "Terminänderung",
        "Hallo Alex,\n\nbitte beachten Sie die Änderung:\n\nAlter Termin: {OF}, {OT} Uhr\nNeuer Termin: {F}, {T} Uhr\n\nJana",
        "'Alter Termin … / Neuer Termin …'.",
        slot="2026-12-16T15:00",
        old="2026-12-15T09:00",
        day="Wed",
        kind="reschedule",
    )
    add(
        "fr",
        "ancien_nouveau",
        "Modification de votre entretien",
        "Bonjour Alex,\n\nAncien créneau : {OF} à {OT}\nNouveau créneau : {F} à {T}\n\nCamille",
        "'Ancien créneau … / Nouveau créneau …'.",
        slot="2026-12-17T10:30",
        old="2026-12-14T16:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "es",
        "tabla",
        "Cambio de fecha",
        "Hola Alex:\n\nTe resumo el cambio:\n\nAntes    {OS}  {OT}\nAhora    {S}  {T}\n\nNerea",
        "Space-aligned rows 'Antes … / Ahora …' with short dates.",
        slot="2026-12-18T12:00",
        old="2026-12-16T12:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "it",
        "prima_dopo",
        "Spostamento colloquio",
        "Ciao Alex,\n\nPrima: {OF} ore {OT}\nDopo: {F} ore {T}\n\nChiara",
        "'Prima: … / Dopo: …' with 'ore'.",
        slot="2026-12-15T17:00",
        old="2026-12-15T11:00",
        day="Tue",
        kind="reschedule",
    )
    add(
        "nl",
        "oud_nieuw_tab",
        "Nieuwe tijd",
        "Hoi Alex,\n\nDatum\tOud\tNieuw\n{M}\t{OT}\t{T}\n\nFemke",
        "A tab table: one date, old and new clocks in columns.",
        slot="2026-12-16T14:30",
        old="2026-12-16T09:30",
        day="Wed",
        kind="reschedule",
    )
    add(
        "pl",
        "bylo_jest",
        "Zmiana terminu",
        "Dzień dobry,\n\nByło: {OF}, {OT}\nJest: {F}, {T}\n\nAgnieszka",
        "'Było: … / Jest: …'.",
        slot="2026-12-17T12:30",
        old="2026-12-14T10:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "ro",
        "vechi_nou",
        "Reprogramare interviu",
        "Bună ziua,\n\nData veche: {OF}, ora {OT}\nData nouă: {F}, ora {T}\n\nIoana",
        "'Data veche … / Data nouă …'.",
        slot="2026-12-18T11:00",
        old="2026-12-16T11:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "hu",
        "regi_uj",
        "Időpont módosítás",
        "Kedves Alex!\n\nRégi időpont: {OF} {OT}\nÚj időpont: {F} {T}\n\nEszter",
        "'Régi időpont … / Új időpont …'.",
        slot="2026-12-16T13:00",
        old="2026-12-15T10:00",
        day="Wed",
        kind="reschedule",
    )
    add(
        "tr",
        "eski_yeni",
        "Görüşme saati değişti",
        "Merhaba Alex,\n\nEski: {OF} {OT}\nYeni: {F} {T}\n\nElif",
        "'Eski: … / Yeni: …'.",
        slot="2026-12-17T15:00",
        old="2026-12-17T10:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "zh",
        "yuan_xin",
        "面试时间变更",
        "Alex 你好：\n\n原时间：{OF} {OT}\n新时间：{F} {T}\n\n王晓婷",
        "'原时间 … / 新时间 …'.",
        slot="2026-12-18T10:00",
        old="2026-12-16T15:00",
        day="Fri",
        kind="reschedule",
    )


def mails() -> None:
    ends()
    clock_first()
    pushes()
    same_day()
    week_dates()
    spans()
    restated()
    zone_pairs()
    table_moves()


def provenance(cases: list[Case]) -> str:
    held = sum(1 for item in cases if item.split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        f"# Provenance: {FAM}",
        "",
        f"{len(cases)} messages (invitations and reschedules, no calendar part), {held} held out "
        f"as family {HELD_FAM} (dev-style file names sorted by sha256, every third), chosen before "
        f"any was parsed; languages: {', '.join(langs)}.",
        "",
        "All text is recruiters' own mail, ours, written for this batch. Every date and clock "
        "in a body is rendered by babel (CLDR data, babel's installed version) from the "
        "datetime its label comes from: full, long, medium and short dates, the skeletons MEd, "
        "MMMEd and MMMMEEEEd (weekday with day and month, no year), the short time and the "
        "12-hour 'h:mm a' clock; bare hours ('this afternoon at 4') are the label's hour. The "
        "words around them are ours. Mails are sent on Thursday 3 December 2026, 09:12 local, "
        "except same-day mails (Tuesday 12 January 2027, 08:40). A move's old slot is rendered "
        "from its own datetime; a push gives the old slot and an amount, the label is old + "
        "amount. An end is labelled only when stated exactly (a clock after 'until', 'runs "
        "to', 'finish by', a verb of ending, or an exact length). A zone word labels the zone; "
        "a clock given in two zones labels only the instant; otherwise the wall time is read "
        "at the Date header's offset.",
        "",
        *FIGURES,
        "## Family",
        "",
        f"- **{FAM}**: {FAMILIES[FAM]}",
        "",
        "## Files (dev only)",
        "",
        *pp.file_rows(item for item in cases if item.split == "dev"),
    ]
    return "\n".join(lines) + "\n"


FIGURES: tuple[str, ...] = (
    "First sight (main 24f41fed with this batch, before any parser change; quick.py): dev text "
    "right 65/78 (sure 49); held out text71h 33/40 (sure 25), not looked at. Dev misses: ends "
    "told by a verb in ca, sl, uk, lv, lt, nb, ro (same or next sentence), cs 'Skončíme "
    "nejpozději v' (no subject), es 'Calculamos que terminaremos sobre las'; Japanese '本日' "
    "(today) unknown; Dutch 'di 15-12' (lower-case two-letter weekday) unread; a question-form "
    "push ('Would you mind if we brought … forward by an hour?') left at the old hour at 0.45; "
    "a tab table with 'Oud'/'Nieuw' columns read at the old clock at 0.45.",
    "",
    "After the parser change (tests/parsing/test_text71_ends_sameday.py): dev text right 76/78 "
    "(sure 59); held out text71h 35/40 (sure 26). Left: the question-form push and the "
    "column table (both held at 0.45); terse confirmations with no interview word ('Dan wordt "
    "het …', 'Fechado então …') and slots asked with a question mark stay below 0.5 by "
    "design. One dev typo fixed after first sight (Swedish 'Passerar' -> 'Passar'; label "
    "unchanged).",
    "",
)


def main() -> int:
    ITEMS.clear()
    CASES.clear()
    mails()
    split_items()
    pp.write_batch(CASES, FAMILIES, f"PROVENANCE-{FAM}.md", provenance(CASES))
    held = sum(1 for item in CASES if item.split == "heldout")
    print(f"{len(CASES)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
