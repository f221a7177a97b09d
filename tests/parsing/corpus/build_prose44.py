# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "prose44" batch: invitations typed by recruiters, hiring managers and founders
in the writing habits the corpus had least of, in the 12 most common languages of job mail.

Run: .venv/bin/python tests/parsing/corpus/build_prose44.py

Run-on paragraphs whose hour sits far from the word 'interview', hours written with words
('half past two', 'Viertel nach zehn', 'midi et demi', 'tři čtvrtě na jedenáct'), days
given by weekday or ordinal only ('this coming Thursday', 'next Tue the 9th', 'jeudi en
huit'), ranges with the zone at the end of the sentence ('between 2 and 2:45 CET'), the date
in the subject and the hour in the body, a P.S. that moves the hour, corrections ('sorry, I
meant 3pm, not 2pm'), a thread whose newest message picks one of several quoted options,
agencies' mass-personalised templates and machine-translated mail, phone one-liners and
signatures with office or phone-line hours; negatives from the same writers (asking for
availability, 'sometime next week', meeting someone else, CV receipts with office hours,
decision dates after the interview). en (US, UK, IN, AU), de, fr, es, it, nl, pt-BR, pl, sv,
ja, ko, zh, plus cs, da and tr. All prose ours; people and companies made up. Every label
comes from the datetimes the text is rendered from (zoneinfo) and was written before the
parser was run on any message of the batch. Held-out families drawn by
`random.Random("prose44 coin").sample(sorted(FAMILIES), 3)` before anything was written or
parsed. Helpers come from build_parse-pos.py and build_replies43.py (loaded, not copied).
Deterministic; the script deletes or writes only files of its own families.
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
r43 = _load("build_replies43", "build_replies43.py")
Case, timed, mail, quote = pp.Case, pp.timed, pp.mail, pp.quote
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus; quote attributions recalled from Gmail's output"
LIC = "text ours"

FAMILIES = {
    "runon44": "Run-on paragraphs by hiring managers and HR staff: one long sentence of "
    "context, the word for interview early, the day and hour many clauses later.",
    "wordclock44": "Hours written with words: 'half past two', 'a quarter to eleven', "
    "'Viertel nach zehn', 'dreiviertel elf', 'midi et demi', 'las doce menos cuarto', "
    "'kwart voor drie', 'halv tre', 'kwadrans po dziesiątej', '두 시 반', '三点一刻'.",
    "dayonly44": "Days given by weekday or ordinal only, counted from the Date header: "
    "'this coming Thursday', 'next Tue the 9th', 'jeudi en huit', 'el martes que viene, día "
    "9', 'na quinta que vem', 'på torsdag den 4:e', '下周二', '이번 주 목요일'.",
    "zonetail44": "A range with the zone at the end of the sentence: 'between 2 and 2:45 "
    "CET', 'de 15h à 15h45, heure de Paris', 'van 13.00 tot 13.45 uur Nederlandse tijd', "
    "'14時から14時45分まで、日本時間', 'Türkiye saatiyle'.",
    "subjdate44": "The date only in the subject and the hour only in the body; a P.S. that "
    "moves the hour ('P.D.: mejor a las 10:00').",
    "fixup44": "Corrections in the same mail ('sorry, I meant 3pm, not 2pm') or in a "
    "follow-up over the quoted first mail ('Korrektur: 15 Uhr, nicht 14 Uhr'); the slot "
    "never moved, the first hour or day was a slip.",
    "optpick44": "The newest message picks one of several quoted options ('the Wednesday "
    "one', 'Variante 2', 'le créneau du matin', '周四下午那个'); a look-alike that picks none.",
    "agencymt44": "Agency recruiters' mass-personalised templates (label lines, 'Dear "
    "Candidate', placeholders filled in capitals) and machine-translated mail with odd word "
    "order ('afternoon 3 o'clock Beijing time', 'wenn diese Zeit arbeitet für Sie').",
    "mobilesig44": "Phone one-liners over a quoted thread ('great, thurs 11 locked in', "
    "'Passt, dann Do 10:30') and invitations whose signatures carry office or phone-line "
    "hours.",
    "notyet44": "Negatives from the same writers: availability asks, 'sometime next week', "
    "meetings with someone else about the candidate, CV receipts with office hours, "
    "decision dates after the interview.",
}
HELD = frozenset(random.Random("prose44 coin").sample(sorted(FAMILIES), 3))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "en-US": "America/New_York",
    "en-GB": "Europe/London",
    "en-IN": "Asia/Kolkata",
    "en-AU": "Australia/Sydney",
    "de": "Europe/Berlin",
    "de-AT": "Europe/Vienna",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-BR": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
    "cs": "Europe/Prague",
    "da": "Europe/Copenhagen",
    "tr": "Europe/Istanbul",
}


def at(lang: str, y: int, mo: int, d: int, h: int, mi: int = 0, wd: str = "") -> datetime:
    """An aware datetime in the writer's zone; wd (Mon..Sun) guards the weekday in the text."""
    return pp.at(y, mo, d, h, mi, ZONE[lang], wd)


def wall(v: datetime, sent: datetime, end: datetime | None = None) -> dict[str, object]:
    """Label for a mail that states no zone: wall time, Date header's offset."""
    return timed(v, end, sent=sent)


def add(
    fam: str,
    name: str,
    lang: str,
    *,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str,
    label: dict[str, object],
    note: str,
    kind: str = "invitation",
    reply: bool = False,
) -> None:
    full = dict(label)
    if "kind" not in full:
        full = {"kind": kind, **full}
    raw = mail(
        f"prose44 {fam} {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        reply_to_key=f"prose44 {fam} {lang} {name} parent" if reply else "",
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, full, lang, note, OURS, LIC))


def thread(lang: str, top: str, quoted_sent: datetime, who: tuple[str, str], quoted: str) -> str:
    """A top-posted reply over one quoted message (Gmail attribution in the language)."""
    base = lang.split("-")[0]
    if base in ("ja", "ko", "zh"):
        name, addr = who
        line = {
            "ja": f"{quoted_sent:%Y年%-m月%-d日}(・) {quoted_sent:%H:%M} {name} <{addr}>:",
            "ko": f"{quoted_sent:%Y년 %-m월 %-d일} {quoted_sent:%H:%M}, {name} <{addr}>님이 작성:",
            "zh": f"{name} <{addr}> 于{quoted_sent:%Y年%-m月%-d日} {quoted_sent:%H:%M}写道：",
        }[base]
        line = line.replace("(・)", "(" + "月火水木金土日"[quoted_sent.weekday()] + ")")
    else:
        line = r43.attribution(lang, quoted_sent, who)
    return f"{top.strip()}\n\n{line}\n{quote(quoted)}\n"


# --- runon44 -------------------------------------------------------------------------------
def build_runon() -> None:
    who = ("Jordan Avery", "jordan@tidewaterlabs.example.com")
    sent = at("en-US", 2026, 5, 4, 10, 12, "Mon")
    v = at("en-US", 2026, 5, 7, 13, 30, "Thu")
    add(
        "runon44",
        "founder_thursday_7th_130_eastern",
        "en-US",
        sender=who,
        subject="Next step",
        sent=sent,
        text="Hi Alex -\n\nthanks so much for getting back to me so quickly, and congrats on wrapping up the certification, that's no small thing. I showed your portfolio to Dana (our head of product) and she had the same reaction I did, so we'd love to set up a proper interview with the two of us, probably an hour or so, mostly about the onboarding flows you redesigned and a bit about how you like to work with engineers since we're still only nine people and everyone wears a few hats, and honestly we're flexible on format but our office is tiny so we'd do it over Zoom, and Dana is only around on Thursdays this month, so let's say this Thursday the 7th, 1:30 in the afternoon Eastern, and I'll send the link the day before.\n\nJordan\nTidewater Labs",
        label=timed(v),
        note="One run-on paragraph: 'interview' near its start, 'this Thursday the 7th, 1:30 in the afternoon Eastern' ten clauses later; 'an hour or so' is no end; Eastern is not one IANA zone.",
    )
    who = ("Pooja Nair", "pooja.nair@kaverisoftech.example.in")
    sent = at("en-IN", 2026, 5, 5, 11, 4, "Tue")
    v = at("en-IN", 2026, 5, 8, 11, 30, "Fri")
    add(
        "runon44",
        "shortlisted_technical_discussion",
        "en-IN",
        sender=who,
        subject="Shortlisted - Technical Discussion - Senior QA Engineer",
        sent=sent,
        text="Dear Alex,\n\nGreetings from Kaveri Softech!!\n\nWith reference to your application for the post of Senior QA Engineer through our careers portal and subsequent telephonic discussion with our team, we are pleased to inform that you have been shortlisted for the next round which will be a technical discussion with our Delivery Head Mr. Suresh Iyer along with one panel member from the automation team and the same will be conducted through MS Teams for which the link will be shared separately by our coordinator, kindly ensure stable internet connectivity, a working webcam and your updated CV handy along with last three months payslips, and you are requested to join on Friday, 8th May 2026 at 11:30 AM sharp.\n\nKindly revert with your confirmation at the earliest.\n\nRegards,\nPooja Nair\nHR Executive | Kaveri Softech Pvt. Ltd.\n+91 80 4110 2233 | Plot 14, 2nd Phase, Peenya, Bengaluru 560058",
        label=wall(v, sent),
        note="Indian HR run-on: 'technical discussion' early, 'join on Friday, 8th May 2026 at 11:30 AM sharp' at the end of one long sentence; no zone stated; plot, phase and PIN numbers in the signature.",
    )
    who = ("Thomas Wendel", "t.wendel@nordhessen-energie.example.de")
    sent = at("de", 2026, 5, 7, 16, 48, "Thu")
    v = at("de", 2026, 5, 13, 10, 30, "Wed")
    add(
        "runon44",
        "mittwoch_13_mai_1030",
        "de",
        sender=who,
        subject="Ihre Bewerbung als Systemingenieur (m/w/d)",
        sent=sent,
        text="Hallo Herr Morgan,\n\nvielen Dank für die ausführlichen Unterlagen und auch für das nette Telefonat mit Frau Berger letzte Woche, sie hat mir schon einiges erzählt und ich fand besonders Ihr Projekt bei den Stadtwerken spannend, weil wir gerade etwas Ähnliches für die Netzleitstelle planen und dort genau diese Mischung aus Betrieb und Entwicklung brauchen, deshalb würde ich Sie gern zu einem Gespräch zu uns nach Kassel einladen, gemeinsam mit Herrn Okafor aus der IT-Sicherheit, der leider nur an wenigen Tagen im Haus ist, sodass es am besten am Mittwoch, den 13. Mai klappen würde, wir würden dann um 10:30 Uhr anfangen und Sie bekommen vorab noch eine Wegbeschreibung, Parkplätze gibt es direkt vor dem Gebäude.\n\nViele Grüße\nThomas Wendel\nLeiter Netzbetrieb",
        label=wall(v, sent),
        note="German hiring manager's one-sentence paragraph: 'zu einem Gespräch ... einladen', then 'am Mittwoch, den 13. Mai' and 'um 10:30 Uhr anfangen' two clauses apart; no zone.",
    )
    who = ("Sophie Garnier", "sophie@tarifia.example.fr")
    sent = at("fr", 2026, 5, 14, 9, 22, "Thu")
    v = at("fr", 2026, 5, 21, 9, 45, "Thu")
    add(
        "runon44",
        "jeudi_21_mai_9h45",
        "fr",
        sender=who,
        subject="Suite à notre échange",
        sent=sent,
        text="Bonjour Alex,\n\nje reviens vers vous suite à notre échange de mardi, j'ai pu en parler avec Claire qui dirige l'équipe données et elle partage mon enthousiasme, notamment sur votre expérience en tarification et sur le fait que vous ayez déjà travaillé dans une structure en forte croissance, ce qui est exactement notre cas puisque nous passons de 30 à 60 personnes cette année, donc nous aimerions vous proposer un entretien avec elle et moi dans nos locaux du 11e, la salle est réservée pour le jeudi 21 mai et nous commencerons à 9h45, prévoyez environ une heure et demie car il y aura une petite étude de cas.\n\nBelle journée,\nSophie Garnier\nCofondatrice, Tarifia",
        label=wall(v, sent),
        note="French co-founder's run-on sentence: 'un entretien' early, 'le jeudi 21 mai' and 'nous commencerons à 9h45' later; 'environ une heure et demie' is approximate (no end); no zone.",
    )
    who = ("Lucía Serrano", "lucia.serrano@logisur.example.es")
    sent = at("es", 2026, 5, 12, 13, 5, "Tue")
    v = at("es", 2026, 5, 19, 17, 15, "Tue")
    add(
        "runon44",
        "martes_19_cinco_y_cuarto",
        "es",
        sender=who,
        subject="Entrevista - Responsable de almacén",
        sent=sent,
        text="Hola Alex:\n\nte escribo después de hablar con Marta, la directora de operaciones, que ha leído tu CV con mucha atención y le ha gustado sobre todo la parte de logística inversa porque es justo lo que queremos montar en el almacén de Getafe el año que viene, así que nos gustaría conocerte en persona para una entrevista con ella y con Javier, de recursos humanos, en nuestras oficinas de la calle Alcalá, que están al lado del metro, y como Marta viaja mucho lo más fácil sería el martes 19 de mayo, empezando a las cinco y cuarto de la tarde, y la reunión dura cuarenta y cinco minutos.\n\nUn abrazo,\nLucía Serrano\nLogisur",
        label=wall(v, sent, v + timedelta(minutes=45)),
        note="Spanish run-on: 'el martes 19 de mayo, empezando a las cinco y cuarto de la tarde' (17:15 in words) and 'dura cuarenta y cinco minutos' (end 18:00); no zone.",
    )
    who = ("Chiara Locatelli", "c.locatelli@compolab.example.it")
    sent = at("it", 2026, 5, 20, 11, 40, "Wed")
    v = at("it", 2026, 5, 27, 14, 15, "Wed")
    add(
        "runon44",
        "mercoledi_27_maggio_1415",
        "it",
        sender=who,
        subject="Colloquio in laboratorio",
        sent=sent,
        text="Ciao Alex,\n\nti scrivo dopo aver sentito Paolo, il responsabile del laboratorio, che ha letto con interesse il tuo curriculum e in particolare la tesi sui materiali compositi, perché stiamo avviando proprio un progetto simile con un cliente del settore aerospaziale e ci servirebbe qualcuno che sappia muoversi tra prove e documentazione, quindi ci piacerebbe fare un colloquio con te in sede a Bergamo, magari con un giro del laboratorio alla fine, e siccome Paolo è in trasferta fino al 25 la data migliore è mercoledì 27 maggio, ti aspettiamo alle 14:15 alla reception, basta chiedere di me.\n\nA presto,\nChiara Locatelli\nHR, CompoLab S.r.l.",
        label=wall(v, sent),
        note="Italian run-on: 'un colloquio' early, a 'fino al 25' travel date, then 'mercoledì 27 maggio' and 'alle 14:15'; no zone.",
    )
    who = ("Mariana Costa", "mariana.costa@pagaja.example.com.br")
    sent = at("pt-BR", 2026, 5, 21, 15, 2, "Thu")
    v = at("pt-BR", 2026, 5, 28, 16, 30, "Thu")
    add(
        "runon44",
        "quinta_28_16h30_brasilia",
        "pt-BR",
        sender=who,
        subject="Próxima etapa - Pagajá",
        sent=sent,
        text="Oi Alex, tudo bem?\n\nConversei com o Rafael, nosso gestor de engenharia, e ele gostou bastante do seu perfil, principalmente da experiência com pagamentos e com times distribuídos, que é bem o nosso momento agora que abrimos o escritório de Recife e estamos contratando gente em três estados, então a ideia é marcar uma entrevista técnica com ele e com a Bianca, tech lead do time de checkout, por Google Meet mesmo, e pela agenda dos dois o melhor horário é quinta-feira, 28 de maio, às 16h30 (horário de Brasília), já deixei reservado.\n\nAbraços,\nMariana Costa\nTalent Acquisition | Pagajá",
        label=timed(v, zone="America/Sao_Paulo"),
        note="Brazilian recruiter's run-on: 'entrevista técnica' mid-sentence, 'quinta-feira, 28 de maio, às 16h30 (horário de Brasília)' at the end; the zone word pins America/Sao_Paulo.",
    )
    who = ("佐藤 美咲", "m.sato@kitahara-sys.example.jp")
    sent = at("ja", 2026, 5, 27, 10, 31, "Wed")
    v = at("ja", 2026, 6, 3, 15, 0, "Wed")
    add(
        "runon44",
        "6gatsu3ka_gogo3ji",
        "ja",
        sender=who,
        subject="書類選考結果のご連絡（北原システム）",
        sent=sent,
        text="アレックス・モーガン様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございます。\n書類選考の結果、ぜひ一度お話をお伺いしたく、面接の機会を設けさせていただきたいと考えておりまして、当日は開発部長の田村と人事の佐藤が同席し、これまでのご経験や今後のキャリアについてお聞きしたうえで、弊社の事業内容や配属予定のチームについてもご説明させていただく予定でございますが、日時につきましては6月3日（水）の午後3時からとさせていただきたく存じます。\nご都合が悪い場合はお知らせください。\n\n株式会社北原システム 人事部\n佐藤 美咲",
        label=wall(v, sent),
        note="Japanese HR's long sentence: 面接 near its start, '6月3日（水）の午後3時から' at its end; no zone.",
    )


# --- wordclock44 ---------------------------------------------------------------------------
def build_wordclock() -> None:
    rows = [
        (
            "en-GB",
            "half_past_two_tuesday",
            ("Fiona Marsh", "fiona.marsh@brightwell-design.example.co.uk"),
            "Interview - Tuesday",
            (2026, 5, 7, 9, 15, "Thu"),
            (2026, 5, 12, 14, 30, "Tue"),
            "Hi Alex,\n\nThanks for your application. Could you come in on Tuesday 12 May at half past two? We'll be in the meeting room on the second floor, just ask at the front desk.\n\nBest,\nFiona",
            "'on Tuesday 12 May at half past two' (14:30 for an office visit); no zone.",
        ),
        (
            "en-AU",
            "quarter_to_eleven_sydney",
            ("Liam Hartley", "liam@saltbushsoftware.example.com.au"),
            "Catch-up Thursday",
            (2026, 5, 11, 16, 2, "Mon"),
            (2026, 5, 14, 10, 45, "Thu"),
            "Hey Alex,\n\nKeen to have a proper chat about the platform role. I've pencilled in Thursday the 14th at a quarter to eleven in the morning, that's Sydney time. It'll be me and our CTO, Zoom link below.\n\nhttps://zoom.example.com/j/88120045\n\nCheers,\nLiam",
            "'Thursday the 14th at a quarter to eleven in the morning, that's Sydney time'; the city pins Australia/Sydney.",
        ),
        (
            "de",
            "viertel_nach_zehn",
            ("Katrin Vogt", "katrin.vogt@rheinpfad.example.de"),
            "Kennenlernen am Donnerstag",
            (2026, 5, 8, 14, 20, "Fri"),
            (2026, 5, 14, 10, 15, "Thu"),
            "Hallo Alex,\n\nwie besprochen laden wir Sie zum Kennenlerngespräch ein: am Donnerstag, dem 14. Mai, um Viertel nach zehn bei uns in der Rheinallee 40.\n\nBis dann!\nKatrin Vogt",
            "'um Viertel nach zehn' (10:15) after 'am Donnerstag, dem 14. Mai'; no zone.",
        ),
        (
            "de-AT",
            "dreiviertel_elf",
            ("Mag. Stefan Huber", "s.huber@alpenholz.example.at"),
            "Vorstellungsgespräch Freitag",
            (2026, 5, 11, 8, 50, "Mon"),
            (2026, 5, 15, 10, 45, "Fri"),
            "Sehr geehrter Herr Morgan,\n\ngerne laden wir Sie zu einem Vorstellungsgespräch ein, und zwar am Freitag, 15. Mai, um dreiviertel elf in unserem Büro in Salzburg.\n\nMit freundlichen Grüßen\nStefan Huber",
            "Austrian 'um dreiviertel elf' = 10:45 (three quarters of the way to eleven); no zone.",
        ),
        (
            "fr",
            "midi_et_demi",
            ("Élodie Masson", "elodie.masson@brioche-digitale.example.fr"),
            "Entretien mardi midi",
            (2026, 5, 6, 17, 40, "Wed"),
            (2026, 5, 12, 12, 30, "Tue"),
            "Bonjour Alex,\n\nJe vous propose un entretien mardi 12 mai à midi et demi dans nos bureaux de Lyon ; on pourra enchaîner sur un déjeuner avec l'équipe si vous avez le temps.\n\nÀ bientôt,\nÉlodie",
            "'mardi 12 mai à midi et demi' (12:30); no zone.",
        ),
        (
            "es",
            "doce_menos_cuarto",
            ("Pablo Ruiz", "pablo.ruiz@azahar-tech.example.es"),
            "Entrevista miércoles",
            (2026, 5, 8, 12, 10, "Fri"),
            (2026, 5, 13, 11, 45, "Wed"),
            "Hola Alex:\n\nTe confirmo la entrevista el miércoles 13 de mayo a las doce menos cuarto, en la oficina de Valencia. Pregunta por mí en recepción.\n\nSaludos,\nPablo",
            "'a las doce menos cuarto' = 11:45; no zone.",
        ),
        (
            "it",
            "tre_meno_un_quarto",
            ("Federica Gallo", "f.gallo@brezzadigitale.example.it"),
            "Colloquio giovedì",
            (2026, 5, 11, 9, 5, "Mon"),
            (2026, 5, 14, 14, 45, "Thu"),
            "Ciao Alex,\n\nti aspettiamo giovedì 14 maggio alle tre meno un quarto del pomeriggio per il colloquio con il team.\n\nA giovedì,\nFederica",
            "'alle tre meno un quarto del pomeriggio' = 14:45; no zone.",
        ),
        (
            "nl",
            "kwart_voor_drie",
            ("Sanne Bakker", "sanne@kanaalkode.example.nl"),
            "Gesprek dinsdag",
            (2026, 5, 7, 11, 33, "Thu"),
            (2026, 5, 12, 14, 45, "Tue"),
            "Hoi Alex,\n\nLeuk dat je langskomt! Dinsdag 12 mei om kwart voor drie 's middags, bij ons op kantoor aan de Kanaalweg.\n\nGroetjes,\nSanne",
            "'om kwart voor drie 's middags' = 14:45; no zone.",
        ),
        (
            "sv",
            "halv_tre",
            ("Johan Ek", "johan.ek@granskog.example.se"),
            "Intervju onsdag",
            (2026, 5, 8, 10, 0, "Fri"),
            (2026, 5, 13, 14, 30, "Wed"),
            "Hej Alex!\n\nVälkommen på intervju onsdag den 13 maj klockan halv tre på eftermiddagen, hos oss på Sveavägen.\n\nHälsningar,\nJohan",
            "Swedish 'halv tre' = 14:30 (half to three), 'på eftermiddagen'; no zone.",
        ),
        (
            "pl",
            "kwadrans_po_dziesiatej",
            ("Marta Zielińska", "m.zielinska@odrasoft.example.pl"),
            "Rozmowa w czwartek",
            (2026, 5, 8, 15, 0, "Fri"),
            (2026, 5, 14, 10, 15, "Thu"),
            "Dzień dobry,\n\nzapraszam na rozmowę w czwartek 14 maja, kwadrans po dziesiątej, w naszym biurze przy ul. Długiej 8.\n\nPozdrawiam\nMarta Zielińska",
            "'kwadrans po dziesiątej' = 10:15; no zone.",
        ),
        (
            "ko",
            "du_si_ban",
            ("김지은", "jieun.kim@hanbitsoft.example.kr"),
            "면접 일정 안내",
            (2026, 5, 8, 17, 20, "Fri"),
            (2026, 5, 14, 14, 30, "Thu"),
            "알렉스 님, 안녕하세요.\n\n면접은 5월 14일 목요일 오후 두 시 반에 본사 4층에서 진행됩니다.\n\n감사합니다.\n김지은 드림",
            "Korean native numeral words '오후 두 시 반' = 14:30; no zone.",
        ),
        (
            "zh",
            "sandian_yike",
            ("王磊", "wang.lei@yunfan-tech.example.cn"),
            "面试时间",
            (2026, 5, 8, 16, 45, "Fri"),
            (2026, 5, 14, 15, 15, "Thu"),
            "Alex 你好，\n\n面试定在5月14日（周四）下午三点一刻，地点在公司五楼会议室。\n\n王磊",
            "Chinese '下午三点一刻' = 15:15 (a quarter past three); no zone.",
        ),
        (
            "cs",
            "tri_ctvrte_na_jedenact",
            ("Petra Nováková", "petra.novakova@vltavadata.example.cz"),
            "Pohovor ve čtvrtek",
            (2026, 5, 8, 9, 30, "Fri"),
            (2026, 5, 14, 10, 45, "Thu"),
            "Dobrý den,\n\nzvu Vás na pohovor ve čtvrtek 14. května ve tři čtvrtě na jedenáct u nás v kanceláři na Smíchově.\n\nS pozdravem\nPetra Nováková",
            "Czech 've tři čtvrtě na jedenáct' = 10:45; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, text, note in rows:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        label = timed(start, zone="Australia/Sydney") if lang == "en-AU" else wall(start, sent)
        add(
            "wordclock44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=label,
            note=note,
        )


# --- dayonly44 -----------------------------------------------------------------------------
def build_dayonly() -> None:
    rows = [
        (
            "en-US",
            "this_coming_thursday_11",
            ("Tessa Lin", "tessa.lin@copperkite.example.com"),
            "You're on the calendar",
            (2026, 6, 1, 9, 40, "Mon"),
            (2026, 6, 4, 11, 0, "Thu"),
            "Hi Alex,\n\nGood news - we've got you down for this coming Thursday at 11am with Priya and Sam from the platform team. They'll call you on Google Meet.\n\nTessa",
            "'this coming Thursday at 11am' sent on Monday 1 June: 4 June; no zone.",
        ),
        (
            "en-GB",
            "next_tue_the_9th",
            ("Oliver Grant", "oliver.grant@hollybankfinance.example.co.uk"),
            "Tuesday",
            (2026, 6, 5, 15, 12, "Fri"),
            (2026, 6, 9, 15, 0, "Tue"),
            "Hi Alex,\n\nNext Tue the 9th at 3pm then - I'll meet you in reception at our Leeds office.\n\nOliver",
            "'Next Tue the 9th at 3pm' sent on Friday 5 June; no zone.",
        ),
        (
            "en-AU",
            "the_16th_the_tuesday",
            ("Grace Nguyen", "grace.nguyen@redgumhealth.example.com.au"),
            "Interview",
            (2026, 6, 3, 13, 5, "Wed"),
            (2026, 6, 16, 9, 30, "Tue"),
            "Hi Alex,\n\nWe'd like you to come in on the 16th, the Tuesday, at 9.30am. You'll meet Dr Patel and me.\n\nKind regards,\nGrace",
            "Ordinal first, weekday after: 'on the 16th, the Tuesday, at 9.30am'; no zone.",
        ),
        (
            "de",
            "kommenden_donnerstag_14",
            ("Julia Brandt", "j.brandt@elbwerk.example.de"),
            "Gespräch",
            (2026, 6, 1, 10, 5, "Mon"),
            (2026, 6, 4, 14, 0, "Thu"),
            "Hallo Alex,\n\nwir freuen uns, Sie am kommenden Donnerstag um 14 Uhr bei uns zum Gespräch zu begrüßen.\n\nViele Grüße\nJulia Brandt",
            "'am kommenden Donnerstag um 14 Uhr' sent on Monday 1 June: 4 June; no zone.",
        ),
        (
            "fr",
            "jeudi_en_huit_10h",
            ("Hugo Lefèvre", "hugo.lefevre@cartonnerie.example.fr"),
            "Entretien jeudi en huit",
            (2026, 6, 1, 11, 20, "Mon"),
            (2026, 6, 11, 10, 0, "Thu"),
            "Bonjour Alex,\n\nComme convenu au téléphone, je vous attends jeudi en huit à 10h pour l'entretien avec la directrice technique.\n\nCordialement,\nHugo Lefèvre",
            "'jeudi en huit' said on Monday 1 June = the Thursday a week after this week's (11 June); no zone.",
        ),
        (
            "es",
            "martes_que_viene_dia_9",
            ("Carmen Ortega", "carmen.ortega@brisamar.example.es"),
            "Entrevista",
            (2026, 6, 5, 12, 40, "Fri"),
            (2026, 6, 9, 10, 30, "Tue"),
            "Hola Alex,\n\nQuedamos entonces el martes que viene, día 9, a las 10:30 en la oficina.\n\nSaludos,\nCarmen",
            "'el martes que viene, día 9, a las 10:30'; no zone.",
        ),
        (
            "pt-BR",
            "quinta_que_vem_dia_4",
            ("Felipe Araújo", "felipe@cafezal.example.com.br"),
            "Entrevista",
            (2026, 6, 1, 14, 15, "Mon"),
            (2026, 6, 4, 10, 0, "Thu"),
            "Oi Alex,\n\nFechado então: na quinta que vem, dia 4, às 10h, aqui no escritório da Vila Madalena.\n\nAbs,\nFelipe",
            "'na quinta que vem, dia 4, às 10h' sent on Monday 1 June; no zone.",
        ),
        (
            "sv",
            "torsdag_den_4e",
            ("Sara Holm", "sara.holm@vindkraft-norr.example.se"),
            "Intervju på torsdag",
            (2026, 6, 1, 8, 55, "Mon"),
            (2026, 6, 4, 9, 0, "Thu"),
            "Hej Alex,\n\nVi ses på torsdag den 4:e kl 9 på kontoret i Umeå.\n\nMvh\nSara",
            "Swedish ordinal 'den 4:e' and 'kl 9'; no zone.",
        ),
        (
            "zh",
            "xiazhou_er_shangwu_shidian",
            ("陈静", "chen.jing@xinghe-data.example.cn"),
            "面试安排",
            (2026, 6, 1, 11, 0, "Mon"),
            (2026, 6, 9, 10, 0, "Tue"),
            "Alex 您好，\n\n面试安排在下周二上午十点，地点在公司三楼，请带好身份证。\n\n陈静\n星河数据 人力资源部",
            "'下周二上午十点' sent on Monday 1 June: Tuesday of next week, 9 June, 10:00; no zone.",
        ),
        (
            "ko",
            "ibeon_ju_mogyoil",
            ("박서준", "seojun.park@nuri-labs.example.kr"),
            "면접 일정",
            (2026, 6, 1, 16, 10, "Mon"),
            (2026, 6, 4, 10, 0, "Thu"),
            "알렉스 님,\n\n면접은 이번 주 목요일 오전 10시로 확정되었습니다. 역삼동 사무실로 오시면 됩니다.\n\n박서준 드림",
            "'이번 주 목요일 오전 10시' sent on Monday 1 June: 4 June; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, text, note in rows:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        add(
            "dayonly44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=wall(start, sent),
            note=note,
        )


# --- zonetail44 ----------------------------------------------------------------------------
def build_zonetail() -> None:
    # February: CET is the zone in force, so 'CET'/'MEZ' are right as written.
    rows = [
        (
            "en-GB",
            "between_2_and_245_cet",
            ("Rosie Clarke", "rosie.clarke@quayside-people.example.co.uk"),
            "Interview with Aurel GmbH",
            (2026, 2, 12, 10, 0, "Thu"),
            ("Europe/Berlin", 2026, 2, 18, 14, 0, "Wed"),
            45,
            None,
            "Hi Alex,\n\nI've booked your video interview with the Munich team for Wednesday 18 February, between 2 and 2:45 CET.\n\nRosie",
            "'between 2 and 2:45 CET' written from London: start and end in CET (13:00-13:45 UK); CET is not one IANA zone.",
        ),
        (
            "en-US",
            "11_to_1145_pacific",
            ("Derek Olsen", "derek@bluepeak.example.com"),
            "Interview 2/19",
            (2026, 2, 13, 12, 30, "Fri"),
            ("America/Los_Angeles", 2026, 2, 19, 11, 0, "Thu"),
            45,
            None,
            "Hi Alex,\n\nConfirming Thursday 2/19 from 11 to 11:45 in the morning, Pacific. I'll call your cell.\n\nDerek",
            "Written from New York: 'from 11 to 11:45 in the morning, Pacific' (PST); Pacific is not pinned.",
        ),
        (
            "en-IN",
            "4_to_445_pm_ist",
            ("Rahul Menon", "rahul.menon@indigoloop.example.in"),
            "Interview - 20th Feb",
            (2026, 2, 16, 10, 0, "Mon"),
            ("Asia/Kolkata", 2026, 2, 20, 16, 0, "Fri"),
            45,
            "Asia/Kolkata",
            "Hi Alex,\n\nYour interview is on 20th Feb, from 4 to 4.45 pm IST.\n\nRegards,\nRahul",
            "'from 4 to 4.45 pm IST' (the pm after the end); IST from an Indian sender pins Asia/Kolkata.",
        ),
        (
            "de",
            "9_bis_945_mez",
            ("Anja Roth", "anja.roth@saalekraft.example.de"),
            "Ihr Gesprächstermin",
            (2026, 2, 17, 15, 0, "Tue"),
            ("Europe/Berlin", 2026, 2, 24, 9, 0, "Tue"),
            45,
            None,
            "Hallo Herr Morgan,\n\nIhr Gespräch findet am Dienstag, 24. Februar, von 9 bis 9:45 Uhr MEZ statt.\n\nViele Grüße\nAnja Roth",
            "'von 9 bis 9:45 Uhr MEZ': MEZ is not one IANA zone; instant only.",
        ),
        (
            "fr",
            "15h_15h45_heure_de_paris",
            ("Margaux Petit", "margaux.petit@ardoise-conseil.example.fr"),
            "Entretien jeudi 26",
            (2026, 2, 19, 11, 0, "Thu"),
            ("Europe/Paris", 2026, 2, 26, 15, 0, "Thu"),
            45,
            "Europe/Paris",
            "Bonjour Alex,\n\nL'entretien aura lieu le jeudi 26 février de 15h à 15h45, heure de Paris.\n\nBien à vous,\nMargaux",
            "'de 15h à 15h45, heure de Paris' with the zone word last; pins Europe/Paris.",
        ),
        (
            "es",
            "16_1645_hora_peninsular",
            ("Diego Marín", "diego.marin@olivar-tech.example.es"),
            "Entrevista martes 17",
            (2026, 2, 11, 9, 45, "Wed"),
            ("Europe/Madrid", 2026, 2, 17, 16, 0, "Tue"),
            45,
            "Europe/Madrid",
            "Hola Alex:\n\nTe confirmo la entrevista el martes 17 de febrero, de 16:00 a 16:45 hora peninsular.\n\nUn saludo,\nDiego",
            "'de 16:00 a 16:45 hora peninsular' pins Europe/Madrid.",
        ),
        (
            "nl",
            "13_1345_nederlandse_tijd",
            ("Lotte Visser", "lotte.visser@dijkdata.example.nl"),
            "Gesprek 19 februari",
            (2026, 2, 12, 14, 20, "Thu"),
            ("Europe/Amsterdam", 2026, 2, 19, 13, 0, "Thu"),
            45,
            "Europe/Amsterdam",
            "Hoi Alex,\n\nHet gesprek staat op donderdag 19 februari van 13.00 tot 13.45 uur Nederlandse tijd.\n\nGroet,\nLotte",
            "'van 13.00 tot 13.45 uur Nederlandse tijd' pins Europe/Amsterdam.",
        ),
        (
            "ja",
            "14ji_14ji45fun_nihon_jikan",
            ("高橋 健", "k.takahashi@minato-soft.example.jp"),
            "面接日程のご案内",
            (2026, 2, 16, 17, 0, "Mon"),
            ("Asia/Tokyo", 2026, 2, 24, 14, 0, "Tue"),
            45,
            "Asia/Tokyo",
            "アレックス様\n\n面接は2月24日（火）の14時から14時45分まで、日本時間です。\n\n高橋",
            "'14時から14時45分まで、日本時間です' with the zone word after the range; pins Asia/Tokyo.",
        ),
        (
            "tr",
            "14_1445_turkiye_saatiyle",
            ("Elif Yıldız", "elif.yildiz@bogazici-yazilim.example.com.tr"),
            "Mülakat",
            (2026, 2, 12, 10, 30, "Thu"),
            ("Europe/Istanbul", 2026, 2, 18, 14, 0, "Wed"),
            45,
            "Europe/Istanbul",
            "Merhaba Alex,\n\nMülakatınız 18 Şubat Çarşamba günü 14.00 ile 14.45 arası, Türkiye saatiyle.\n\nİyi çalışmalar,\nElif",
            "'14.00 ile 14.45 arası, Türkiye saatiyle' pins Europe/Istanbul.",
        ),
    ]
    for lang, name, who, subject, s, v, mins, zone, text, note in rows:
        sent = at(lang, *s[:5], s[5])
        start = pp.at(*v[1:6], v[0], v[6])
        add(
            "zonetail44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=timed(start, start + timedelta(minutes=mins), zone=zone),
            note=note,
        )


# --- subjdate44 ----------------------------------------------------------------------------
def build_subjdate() -> None:
    rows = [
        (
            "en-US",
            "subject_thu_4_16_body_230_et",
            ("Rachel Stone", "rstone@lanternpay.example.com"),
            "Interview - Thu 4/16",
            (2026, 4, 13, 16, 5, "Mon"),
            (2026, 4, 16, 14, 30, "Thu"),
            True,
            None,
            "Hi Alex,\n\nWe're all set. Rachel from our data team will call you at 2:30 ET; it usually takes about half an hour.\n\nThanks,\nMaya",
            "The date only in the subject ('Thu 4/16'), the hour and zone only in the body ('at 2:30 ET'); ET not pinned, instant only.",
        ),
        (
            "en-GB",
            "subject_friday_17th_body_10am",
            ("Ben Walsh", "ben.walsh@millbrook-eng.example.co.uk"),
            "Friday 17th April – second interview",
            (2026, 4, 13, 9, 0, "Mon"),
            (2026, 4, 17, 10, 0, "Fri"),
            False,
            75,
            "Morning Alex,\n\nWe'll see you at 10am in reception; it runs until 11.15 and includes a short site walk.\n\nBen",
            "Date in the subject ('Friday 17th April'), 'at 10am ... until 11.15' in the body; no zone.",
        ),
        (
            "de",
            "betreff_21_04_body_1330",
            ("Nina Albrecht", "n.albrecht@hafenkontor.example.de"),
            "Vorstellungsgespräch am 21.04.",
            (2026, 4, 14, 11, 0, "Tue"),
            (2026, 4, 21, 13, 30, "Tue"),
            False,
            None,
            "Hallo Herr Morgan,\n\nwir erwarten Sie um 13:30 Uhr am Empfang in der Hafenstraße 12, 3. OG.\n\nViele Grüße\nNina Albrecht",
            "'am 21.04.' only in the subject, 'um 13:30 Uhr' in the body beside a house number and a floor; no zone.",
        ),
        (
            "fr",
            "objet_mardi_21_ps_11h30",
            ("Claire Bonnet", "claire.bonnet@linotype-studio.example.fr"),
            "Entretien mardi 21 avril",
            (2026, 4, 15, 18, 10, "Wed"),
            (2026, 4, 21, 11, 30, "Tue"),
            False,
            None,
            "Bonjour Alex,\n\nRendez-vous à 11h à l'accueil, au 4 rue des Tanneurs.\n\nClaire\n\nP.S. Petit changement : ce sera finalement 11h30, la salle n'est libre qu'à ce moment-là.",
            "Date in the subject; the body's '11h' is moved by the P.S. to '11h30'; no zone.",
        ),
        (
            "es",
            "asunto_jueves_23_pd_10",
            ("Marta Gil", "marta.gil@norteverde.example.es"),
            "Entrevista jueves 23 de abril",
            (2026, 4, 17, 13, 20, "Fri"),
            (2026, 4, 23, 10, 0, "Thu"),
            False,
            None,
            "Hola Alex:\n\nTe esperamos a las 9:30 en la oficina de Bilbao.\n\nUn saludo,\nMarta\n\nP. D.: Me dice Javier que mejor a las 10:00, que a primera hora tiene otra reunión. Te esperamos a las 10.",
            "Date in the subject; '9:30' in the body moved to '10:00' by the P.D.; no zone.",
        ),
        (
            "nl",
            "onderwerp_woensdag_22_ps_1030",
            ("Daan Smit", "daan@zeilwerk.example.nl"),
            "Gesprek woensdag 22 april",
            (2026, 4, 16, 15, 45, "Thu"),
            (2026, 4, 22, 10, 30, "Wed"),
            False,
            None,
            "Hoi Alex,\n\nWe zien je om 10.00 uur op ons kantoor in Utrecht.\n\nGroet,\nDaan\n\nPS: het wordt 10.30 uur, sorry voor het heen-en-weer.",
            "Date in the subject; '10.00 uur' moved to '10.30 uur' by the PS; no zone.",
        ),
        (
            "pl",
            "temat_24_04_body_12",
            ("Katarzyna Lis", "k.lis@bursztyn-it.example.pl"),
            "Rozmowa rekrutacyjna – 24.04 (piątek)",
            (2026, 4, 20, 10, 10, "Mon"),
            (2026, 4, 24, 12, 0, "Fri"),
            False,
            None,
            "Dzień dobry,\n\nzapraszam na godz. 12:00, biuro na 3. piętrze, wejście od ul. Szerokiej 5.\n\nPozdrawiam\nKatarzyna Lis",
            "'24.04 (piątek)' only in the subject, 'na godz. 12:00' in the body beside a floor and a house number; no zone.",
        ),
        (
            "ko",
            "jemok_4wol_28il_bonmun_ohu_2si",
            ("이수민", "sumin.lee@baram-soft.example.kr"),
            "[면접 안내] 4월 28일(화)",
            (2026, 4, 22, 14, 0, "Wed"),
            (2026, 4, 28, 14, 0, "Tue"),
            False,
            None,
            "알렉스 님, 안녕하세요.\n\n면접은 오후 2시에 본사 3층 회의실에서 진행됩니다. 신분증을 지참해 주세요.\n\n이수민 드림",
            "Date only in the subject '[면접 안내] 4월 28일(화)', '오후 2시' only in the body; no zone.",
        ),
        (
            "pt-BR",
            "assunto_29_04_ps_15h",
            ("Bianca Lopes", "bianca.lopes@trilhatech.example.com.br"),
            "Entrevista - 29/04 (quarta)",
            (2026, 4, 24, 17, 30, "Fri"),
            (2026, 4, 29, 15, 0, "Wed"),
            False,
            None,
            "Oi Alex,\n\nTe esperamos às 14h no escritório da Paulista.\n\nAbs,\nBianca\n\nPS: o Rafael pediu para passar para as 15h, já deixei marcado assim.",
            "Date in the subject '29/04 (quarta)'; '14h' moved to '15h' by the PS; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, eastern, mins, text, note in rows:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        end = start + timedelta(minutes=mins) if mins else None
        label = timed(start, end) if eastern else wall(start, sent, end)
        add(
            "subjdate44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=label,
            note=note,
        )


# --- fixup44 -------------------------------------------------------------------------------
def build_fixup() -> None:
    who = ("Nate Brooks", "nate@quillfield.example.com")
    sent = at("en-US", 2026, 5, 14, 11, 3, "Thu")
    v = at("en-US", 2026, 5, 20, 15, 0, "Wed")
    add(
        "fixup44",
        "edit_meant_3pm_not_2pm",
        "en-US",
        sender=who,
        subject="Wednesday chat",
        sent=sent,
        text="Hi Alex,\n\nSee you Wednesday 5/20 at 2pm ET for the interview with our VP Eng.\n\nEdit: sorry, I meant 3pm, not 2pm - 2pm is my other call. 3pm ET.\n\nNate",
        label=timed(v),
        note="'at 2pm ET' corrected in the same mail: 'sorry, I meant 3pm, not 2pm ... 3pm ET'; ET not pinned; the slot is 15:00.",
    )
    rows = [
        (
            "en-GB",
            "correction_1130_not_1030",
            ("Amelia Ford", "amelia.ford@kestrelmedia.example.co.uk"),
            "Re: Interview Thursday",
            (2026, 5, 18, 9, 10, "Mon"),
            (2026, 5, 21, 11, 30, "Thu"),
            "Sorry Alex, a correction to my last email - the interview is at 11:30, not 10:30 as I wrote. Still Thursday 21 May, same place.\n\nAmelia",
            (2026, 5, 18, 8, 52),
            "Hi Alex,\n\nWe'd love to see you on Thursday 21 May at 10:30 at our Clerkenwell office.\n\nBest,\nAmelia",
            "Follow-up over the quoted first mail: 'the interview is at 11:30, not 10:30 as I wrote'; the slot never moved (a slip), so invitation at 11:30; no zone.",
        ),
        (
            "de",
            "korrektur_15_nicht_14",
            ("Frank Lehmann", "f.lehmann@mainblick.example.de"),
            "AW: Gesprächstermin",
            (2026, 5, 12, 14, 2, "Tue"),
            (2026, 5, 19, 15, 0, "Tue"),
            "Hallo Herr Morgan,\n\nKorrektur: Das Gespräch ist natürlich um 15 Uhr und nicht um 14 Uhr - Entschuldigung für das Durcheinander. Das Datum bleibt Dienstag, der 19. Mai.\n\nViele Grüße\nFrank Lehmann",
            (2026, 5, 12, 13, 40),
            "Hallo Herr Morgan,\n\nwir laden Sie gern am Dienstag, den 19. Mai, um 14 Uhr zum Gespräch ein.\n\nViele Grüße\nFrank Lehmann",
            "'Korrektur: ... um 15 Uhr und nicht um 14 Uhr' over the quoted first mail; invitation at 15:00; no zone.",
        ),
        (
            "fr",
            "erreur_jeudi_21_pas_mercredi",
            ("Inès Roussel", "ines.roussel@pierre-et-bois.example.fr"),
            "RE: Entretien",
            (2026, 5, 13, 16, 25, "Wed"),
            (2026, 5, 21, 10, 0, "Thu"),
            "Bonjour Alex,\n\nPetite erreur dans mon précédent message : l'entretien est bien le jeudi 21 mai, et pas le mercredi 20 comme je l'ai écrit. L'heure ne change pas : 10h.\n\nDésolée,\nInès",
            (2026, 5, 13, 16, 1),
            "Bonjour Alex,\n\nJe vous confirme l'entretien le mercredi 20 mai à 10h.\n\nInès",
            "The day corrected over the quoted first mail ('le jeudi 21 mai, et pas le mercredi 20'), the hour kept ('L'heure ne change pas : 10h'); no zone.",
        ),
        (
            "it",
            "refuso_1630_non_16",
            ("Marco Rinaldi", "marco.rinaldi@terrafina.example.it"),
            "R: Colloquio martedì",
            (2026, 5, 20, 10, 12, "Wed"),
            (2026, 5, 26, 16, 30, "Tue"),
            "Ciao Alex,\n\nscusa, refuso nella mail di prima: il colloquio è alle 16:30, non alle 16:00.\n\nMarco",
            (2026, 5, 20, 9, 50),
            "Ciao Alex,\n\nti confermo il colloquio martedì 26 maggio alle 16:00 in via Roma 12.\n\nMarco",
            "'refuso ... alle 16:30, non alle 16:00' with the date only in the quoted first mail; no zone.",
        ),
        (
            "sv",
            "fel_dag_torsdag_28",
            ("Emma Berg", "emma.berg@lingonsoft.example.se"),
            "SV: Intervju",
            (2026, 5, 20, 13, 15, "Wed"),
            (2026, 5, 28, 13, 0, "Thu"),
            "Hej Alex,\n\nOj, fel dag i förra mejlet! Det ska vara torsdag 28 maj, inte fredag. Tiden är samma, kl. 13.00.\n\nEmma",
            (2026, 5, 20, 12, 58),
            "Hej Alex,\n\nVälkommen på intervju fredag 29 maj kl. 13.00.\n\nEmma",
            "The weekday and date corrected ('torsdag 28 maj, inte fredag'), the hour repeated; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, body, q, qbody, note in rows:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        qsent = at(lang, *q)
        add(
            "fixup44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=thread(lang, body, qsent, who, qbody),
            label=wall(start, sent),
            note=note,
            reply=True,
        )
    rows2 = [
        (
            "es",
            "perdon_1230",
            ("Sergio Campos", "sergio.campos@vientosur.example.es"),
            "Entrevista lunes",
            (2026, 5, 13, 9, 0, "Wed"),
            (2026, 5, 18, 12, 30, "Mon"),
            "Hola Alex,\n\nTe espero el lunes 18 de mayo a las 12:00, perdón, a las 12:30, que a las 12 tengo el comité. En la planta 2.\n\nSergio",
            "'a las 12:00, perdón, a las 12:30' corrected in the same sentence; no zone.",
        ),
        (
            "nl",
            "correctie_10_uur",
            ("Femke Jansen", "femke.jansen@tulpdigitaal.example.nl"),
            "Gesprek maandag 25 mei",
            (2026, 5, 19, 11, 30, "Tue"),
            (2026, 5, 25, 10, 0, "Mon"),
            "Hoi Alex,\n\nJe gesprek is maandag 25 mei om 9.30 uur. Correctie: niet om 9.30 uur maar om 10.00 uur, mijn collega schuift later aan.\n\nGroet,\nFemke",
            "'Correctie: niet om 9.30 uur maar om 10.00 uur' in the same mail; no zone.",
        ),
        (
            "ja",
            "teisei_14ji_15ji",
            ("中村 由香", "y.nakamura@sakura-net.example.jp"),
            "【訂正】面接日時について",
            (2026, 5, 21, 18, 0, "Thu"),
            (2026, 5, 27, 15, 0, "Wed"),
            "アレックス様\n\n先ほどのメールで面接の時間を「14時」とお伝えしましたが、正しくは「15時」でした。大変失礼いたしました。\n\n日時：5月27日（水）15:00〜\n\n中村",
            "Japanese correction mail: '「14時」...正しくは「15時」' and '日時：5月27日（水）15:00〜'; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, body, note in rows2:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        add(
            "fixup44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=body,
            label=wall(start, sent),
            note=note,
        )


# --- optpick44 -----------------------------------------------------------------------------
def build_optpick() -> None:
    rows = [
        (
            "en-US",
            "the_wednesday_one",
            ("Kayla Ross", "kayla.ross@northfork.example.com"),
            "Re: Interview times",
            (2026, 6, 5, 10, 5, "Fri"),
            ("America/New_York", 2026, 6, 10, 10, 0, "Wed"),
            45,
            None,
            False,
            "Perfect, let's go with the Wednesday one. Calendar invite to follow.\n\nKayla",
            (2026, 6, 5, 9, 41),
            "Wednesday works for me!\n\nAlex",
            (2026, 6, 4, 16, 2),
            "Hi Alex,\n\nHere are three options for the panel:\n- Tue 6/9, 1-1:45pm ET\n- Wed 6/10, 10-10:45am ET\n- Thu 6/11, 3-3:45pm ET\n\nKayla",
            "The newest message picks 'the Wednesday one' from the quoted list; 10:00-10:45 ET, instant only.",
        ),
        (
            "en-AU",
            "the_later_one_friday",
            ("Chloe Adams", "chloe@wattlework.example.com.au"),
            "Re: Times",
            (2026, 6, 9, 14, 0, "Tue"),
            ("Australia/Sydney", 2026, 6, 12, 14, 0, "Fri"),
            None,
            "Australia/Sydney",
            False,
            "Lovely, the later one on Friday it is. See you then!\n\nChloe",
            (2026, 6, 9, 13, 20),
            "Friday afternoon please, if that's ok.\n\nAlex",
            (2026, 6, 9, 9, 15),
            "Hi Alex,\n\nI can do Fri 12 June at 9am or 2pm, or Mon 15 June at 11am (all Sydney time).\n\nChloe",
            "'the later one on Friday' picks 2pm from 'Fri 12 June at 9am or 2pm ... (all Sydney time)'.",
        ),
        (
            "de",
            "variante_2",
            ("Lukas Meyer", "lukas.meyer@isarcode.example.de"),
            "AW: Terminvorschläge",
            (2026, 6, 3, 15, 30, "Wed"),
            ("Europe/Berlin", 2026, 6, 9, 14, 30, "Tue"),
            None,
            None,
            True,
            "Super, dann nehmen wir Variante 2. Bis Dienstag!\n\nLukas",
            (2026, 6, 3, 14, 50),
            "Variante 2 wäre ideal.\n\nAlex",
            (2026, 6, 3, 10, 0),
            "Hallo Alex,\n\nfolgende Termine könnte ich anbieten:\n1) Mo, 8.6., 10 Uhr\n2) Di, 9.6., 14:30 Uhr\n3) Do, 11.6., 9 Uhr\n\nLukas",
            "'dann nehmen wir Variante 2' picks 'Di, 9.6., 14:30 Uhr' from the quoted numbered list; no zone.",
        ),
        (
            "fr",
            "creneau_du_matin",
            ("Julie Marchand", "julie.marchand@solstice-rh.example.fr"),
            "RE: Créneaux",
            (2026, 6, 4, 11, 10, "Thu"),
            ("Europe/Paris", 2026, 6, 9, 9, 30, "Tue"),
            None,
            None,
            True,
            "Parfait, on part donc sur le créneau du matin. À mardi !\n\nJulie",
            (2026, 6, 4, 10, 40),
            "Le matin m'arrange mieux.\n\nAlex",
            (2026, 6, 4, 9, 0),
            "Bonjour Alex,\n\nJe peux vous proposer mardi 9 juin à 9h30 ou à 16h.\n\nJulie",
            "'le créneau du matin' picks 9h30 from 'mardi 9 juin à 9h30 ou à 16h'; no zone.",
        ),
        (
            "es",
            "el_jueves_entonces",
            ("Andrea Molina", "andrea.molina@puertoclaro.example.es"),
            "RE: Opciones",
            (2026, 6, 8, 12, 0, "Mon"),
            ("Europe/Madrid", 2026, 6, 11, 17, 0, "Thu"),
            None,
            None,
            True,
            "Genial, nos vemos el jueves entonces.\n\nAndrea",
            (2026, 6, 8, 11, 30),
            "El jueves me viene mejor.\n\nAlex",
            (2026, 6, 8, 9, 20),
            "Hola Alex:\n\nTe propongo miércoles 10 a las 11:00 o jueves 11 a las 17:00.\n\nAndrea",
            "'nos vemos el jueves entonces' picks 'jueves 11 a las 17:00'; no zone.",
        ),
        (
            "it",
            "confermo_la_prima",
            ("Elena Conti", "elena.conti@marmora.example.it"),
            "R: Disponibilità",
            (2026, 6, 3, 17, 0, "Wed"),
            ("Europe/Rome", 2026, 6, 8, 10, 0, "Mon"),
            None,
            None,
            True,
            "Perfetto, confermo la prima. A lunedì!\n\nElena",
            (2026, 6, 3, 16, 20),
            "Per me va bene la prima opzione.\n\nAlex",
            (2026, 6, 3, 11, 0),
            "Ciao Alex,\n\nposso proporti lunedì 8 giugno alle 10 oppure martedì 9 alle 15.\n\nElena",
            "'confermo la prima' picks 'lunedì 8 giugno alle 10'; no zone.",
        ),
        (
            "zh",
            "zhouxi_xiawu_nage",
            ("刘洋", "liu.yang@lanting-ai.example.cn"),
            "回复：面试时间",
            (2026, 6, 8, 15, 0, "Mon"),
            ("Asia/Shanghai", 2026, 6, 11, 14, 30, "Thu"),
            None,
            None,
            True,
            "好的，那就定周四下午那个时间，到时见。\n\n刘洋",
            (2026, 6, 8, 14, 20),
            "周四下午可以。\n\nAlex",
            (2026, 6, 8, 10, 0),
            "Alex 你好，\n\n可选时间：6月10日（周三）上午10点，或6月11日（周四）下午2点半。\n\n刘洋",
            "'那就定周四下午那个时间' picks '6月11日（周四）下午2点半'; no zone.",
        ),
    ]
    for (
        lang,
        name,
        who,
        subject,
        s,
        v,
        mins,
        zone,
        wallclock,
        top,
        c,
        cbody,
        q,
        qbody,
        note,
    ) in rows:
        sent = at(lang, *s[:5], s[5])
        start = pp.at(*v[1:6], v[0], v[6])
        end = start + timedelta(minutes=mins) if mins else None
        inner = thread(lang, cbody, at(lang, *q), who, qbody)
        text = thread(lang, top, at(lang, *c), ME, inner.strip())
        label = wall(start, sent, end) if wallclock else timed(start, end, zone=zone)
        add(
            "optpick44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=label,
            note=note,
            reply=True,
        )
    who = ("Tomasz Wójcik", "t.wojcik@wawelsoft.example.pl")
    sent = at("pl", 2026, 6, 2, 16, 0, "Tue")
    inner = thread(
        "pl",
        "Pasuje mi środa albo czwartek.\n\nAlex",
        at("pl", 2026, 6, 2, 15, 10),
        who,
        "Dzień dobry,\n\nmogę zaproponować: środa 10.06 o 10:00, czwartek 11.06 o 13:00 lub piątek 12.06 o 9:00.\n\nTomasz",
    )
    add(
        "optpick44",
        "sprawdze_z_zespolem",
        "pl",
        sender=who,
        subject="Odp: Terminy",
        sent=sent,
        text=thread(
            "pl",
            "Dzięki, sprawdzę z zespołem, która z tych dwóch opcji pasuje, i dam znać jutro.\n\nTomasz",
            at("pl", 2026, 6, 2, 15, 40),
            ME,
            inner.strip(),
        ),
        label=NEG,
        note="Look-alike: the candidate named two quoted options and the recruiter has not picked one yet ('dam znać jutro').",
        reply=True,
    )


# --- agencymt44 ----------------------------------------------------------------------------
AGENCY_LENGTH = {"dear_candidate_1030_to_1130": 60, "kunde_auf_anfrage_1100_1200": 60}


def build_agencymt() -> None:
    rows = [
        (
            "en-GB",
            "label_lines_tuesday_9th",
            ("Harriet Cole", "harriet.cole@brightpath-recruitment.example.co.uk"),
            "Interview Confirmation - Data Analyst - Harbourline Insurance",
            (2026, 6, 3, 10, 0, "Wed"),
            (2026, 6, 9, 10, 0, "Tue"),
            None,
            None,
            "Hi Alex,\n\nHope you're keeping well!\n\nFurther to our conversation, I'm delighted to confirm your interview details below:\n\nClient: Harbourline Insurance\nRole: Data Analyst (Contract, 6 months)\nInterview stage: 1st stage - video\nDate & time: Tuesday 9th June @ 10:00am\nInterviewer(s): Priya Shah (Head of BI)\nFormat: MS Teams (link to follow from the client)\n\nPlease do let me know once you've received this, and good luck!\n\nHarriet Cole | Senior Consultant\nBrightpath Recruitment | 0113 496 0571\nOffice hours: Mon-Fri 8:30am-5:30pm\nThis email and any attachments are confidential.",
            "Agency template with label lines ('Date & time: Tuesday 9th June @ 10:00am') and office hours in the footer; no zone.",
        ),
        (
            "en-US",
            "caps_name_central",
            ("Tyler Reed", "treed@summitstaffing.example.com"),
            "Your interview with Prairie Grid",
            (2026, 6, 4, 13, 0, "Thu"),
            (2026, 6, 10, 13, 0, "Wed"),
            "America/Chicago",
            None,
            "Hi ALEX,\n\nGreat news! Your interview with Prairie Grid for the Senior Backend Engineer role is confirmed for Wednesday, June 10th at 1:00 PM Central. You will be meeting with Marcus Bell.\n\nReply YES to confirm!\n\nTyler Reed\nSummit Staffing | Talent Partner",
            "Mass template with the name filled in capitals; '1:00 PM Central' written from New York: the instant is 13:00 CDT; Central is not pinned.",
        ),
        (
            "en-IN",
            "dear_candidate_1030_to_1130",
            ("Recruitment Team", "careers@talentbridge.example.in"),
            "Interview Schedule - Java Developer - TalentBridge",
            (2026, 6, 5, 12, 0, "Fri"),
            (2026, 6, 11, 10, 30, "Thu"),
            None,
            60,
            "Dear Candidate,\n\nGreetings from TalentBridge Consultants!!\n\nThis is with regards to your profile for Java Developer with our client. Please find the interview details below:\n\nDate: 11-Jun-2026 (Thursday)\nTime: 10:30 AM to 11:30 AM\nMode: Virtual (link will be shared 1 hour prior)\n\nKindly acknowledge this mail.\n\nThanks & Regards\nRecruitment Team\nTalentBridge Consultants | Mon-Sat 9:30 AM - 6:30 PM",
            "'Dear Candidate' template, 'Date: 11-Jun-2026 (Thursday)' and 'Time: 10:30 AM to 11:30 AM', office hours in the footer; no zone.",
        ),
        (
            "de",
            "kunde_auf_anfrage_1100_1200",
            ("Sandra Weiß", "s.weiss@talentbruecke.example.de"),
            "Terminbestätigung Vorstellungsgespräch",
            (2026, 6, 4, 9, 20, "Thu"),
            (2026, 6, 10, 11, 0, "Wed"),
            None,
            60,
            "Hallo Herr Morgan,\n\nvielen Dank für Ihr Interesse! Hiermit bestätige ich Ihr Vorstellungsgespräch bei unserem Kunden (Name auf Anfrage):\n\nPosition: Projektleiter (m/w/d)\nTermin: Mittwoch, 10.06.2026 | 11:00 - 12:00 Uhr\nOrt: Microsoft Teams\n\nViel Erfolg!\nSandra Weiß\nTalentbrücke Personalberatung | Erreichbar Mo-Fr 8-18 Uhr",
            "Agency template 'Termin: Mittwoch, 10.06.2026 | 11:00 - 12:00 Uhr' with reachable hours 'Mo-Fr 8-18 Uhr' in the signature; no zone.",
        ),
        (
            "fr",
            "mt_prendra_place_2pm",
            ("Équipe Talent", "talent@northgate-group.example.com"),
            "Invitation à une entrevue",
            (2026, 6, 5, 8, 0, "Fri"),
            (2026, 6, 11, 14, 0, "Thu"),
            "Europe/Paris",
            None,
            "Bonjour Alex,\n\nNous sommes heureux de vous inviter pour une entrevue. L'entrevue prendra place le jeudi, juin 11, 2026 à 2:00 PM heure de l'Europe centrale. S'il vous plaît confirmer votre présence en répondant ce courriel.\n\nCordialement,\nÉquipe Talent",
            "Machine-translated from English: 'le jeudi, juin 11, 2026 à 2:00 PM heure de l'Europe centrale'; Central European time is not one IANA zone; instant 14:00 CEST.",
        ),
        (
            "en",
            "mt_from_zh_afternoon_3_oclock",
            ("HR Department", "hr@jinhe-robotics.example.cn"),
            "Interview Invitation",
            (2026, 6, 5, 9, 0, "Fri"),
            (2026, 6, 12, 15, 0, "Fri"),
            "Asia/Shanghai",
            "Asia/Shanghai",
            "Dear Mr. Alex,\n\nHello! Thank you for your attention to our company. After the preliminary screening of your resume, we sincerely invite you to participate in the interview of our company.\n\nInterview time: June 12, 2026 (Friday) afternoon 3 o'clock Beijing time\nInterview method: Tencent Meeting, meeting number will be sent one day before.\n\nLooking forward to your reply!\nHR Department",
            "Machine-translated from Chinese: 'June 12, 2026 (Friday) afternoon 3 o'clock Beijing time' (15:00); Beijing time pins Asia/Shanghai.",
        ),
        (
            "de",
            "mt_wenn_diese_zeit_arbeitet",
            ("Recruiting Team", "jobs@harborlight.example.com"),
            "Einladung zum Interview",
            (2026, 6, 8, 15, 0, "Mon"),
            (2026, 6, 16, 10, 0, "Tue"),
            "Europe/Berlin",
            "Europe/Berlin",
            "Hallo Alex,\n\nWir möchten Sie einladen zu einem Interview am Dienstag, den 16. Juni 2026 um 10:00 Uhr morgens Berliner Zeit. Bitte lassen Sie uns wissen, wenn diese Zeit arbeitet für Sie.\n\nBeste Grüße,\nRecruiting Team",
            "Machine-translated from English ('wenn diese Zeit arbeitet für Sie'): 'um 10:00 Uhr morgens Berliner Zeit' pins Europe/Berlin.",
        ),
        (
            "es",
            "mt_en_330_pm_madrid",
            ("Talent Team", "talent@cobaltwave.example.com"),
            "Invitación a entrevista",
            (2026, 6, 8, 16, 0, "Mon"),
            (2026, 6, 15, 15, 30, "Mon"),
            "Europe/Madrid",
            "Europe/Madrid",
            "Hola Alex,\n\nGracias por aplicar. Nos gustaría a programar una entrevista con usted en el lunes 15 de junio en 3:30 PM (hora de Madrid). Por favor déjenos saber si este tiempo trabaja para usted.\n\nSaludos,\nTalent Team",
            "Machine-translated from English ('en el lunes ... en 3:30 PM', 'si este tiempo trabaja'): '(hora de Madrid)' pins Europe/Madrid.",
        ),
    ]
    for lang, name, who, subject, s, v, vzone, zone, text, note in rows:
        home = ZONE.get(lang, "Asia/Shanghai")  # the untagged 'en' mail comes from China
        sent = pp.at(*s[:5], home, s[5])
        start = pp.at(*v[:5], vzone or home, v[5])
        mins = AGENCY_LENGTH.get(name)
        end = start + timedelta(minutes=mins) if mins else None
        label = timed(start, end, zone=zone) if vzone else wall(start, sent, end)
        add(
            "agencymt44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=label,
            note=note,
        )
    who = ("Ryan Patel", "ryan.patel@apexsearch.example.co.uk")
    sent = at("en-GB", 2026, 6, 2, 9, 0, "Tue")
    add(
        "agencymt44",
        "open_to_quick_chat",
        "en-GB",
        sender=who,
        subject="Quick question, Alex",
        sent=sent,
        text="Hi Alex,\n\nI came across your profile and think you'd be a great fit for a Senior Analyst role I'm working on (hybrid, Manchester, up to £65k).\n\nAre you open to a quick chat this week? Let me know a good time to call - I'm around 9am-6pm most days.\n\nBest,\nRyan Patel\nApex Search | Office hours Mon-Fri 8:30-17:30",
        label=NEG,
        note="Look-alike: an agency's first contact asking when to call, with calling and office hours; nothing is set.",
    )


# --- mobilesig44 ---------------------------------------------------------------------------
def build_mobilesig() -> None:
    short = [
        (
            "en-US",
            "thurs_11_locked_in",
            ("Ethan Cole", "ethan@brightloop.example.com"),
            "Re: chat with our CTO",
            (2026, 6, 15, 12, 4, "Mon"),
            (2026, 6, 18, 11, 0, "Thu"),
            "great, thurs 11 locked in 👍\n\nSent from my iPhone",
            (2026, 6, 15, 11, 40),
            ME,
            "Thursday 11am works best for me.\n\nAlex",
            "Founder's one-liner 'thurs 11 locked in' over the candidate's 'Thursday 11am works best'; no zone.",
        ),
        (
            "de",
            "passt_do_1030",
            ("Jan Kowalski", "jan@spreewerk.example.de"),
            "Re: Kennenlernen",
            (2026, 6, 15, 18, 2, "Mon"),
            (2026, 6, 18, 10, 30, "Thu"),
            "Passt, dann Do 10:30 bei uns im Büro. LG Jan\n\nVon meinem iPhone gesendet",
            (2026, 6, 15, 17, 30),
            ME,
            "Hallo Jan, Donnerstag 10:30 würde mir gut passen.\n\nAlex",
            "German one-liner 'Passt, dann Do 10:30 bei uns im Büro' from a phone; no zone.",
        ),
        (
            "fr",
            "ok_pour_mardi_14h",
            ("Antoine Roux", "antoine@cafe-logiciel.example.fr"),
            "Re: Entretien",
            (2026, 6, 12, 19, 5, "Fri"),
            (2026, 6, 16, 14, 0, "Tue"),
            "Ok pour mardi 14h, à mardi !\n\nEnvoyé de mon iPhone",
            (2026, 6, 12, 18, 30),
            ME,
            "Bonjour Antoine, mardi à 14h me conviendrait très bien.\n\nAlex",
            "'Ok pour mardi 14h' from a phone, sent on Friday 12 June: Tuesday 16; no zone.",
        ),
        (
            "es",
            "perfecto_viernes_a_las_9",
            ("Rocío Navarro", "rocio@almendra-apps.example.es"),
            "Re: Entrevista",
            (2026, 6, 15, 21, 10, "Mon"),
            (2026, 6, 19, 9, 0, "Fri"),
            "Perfecto, el viernes a las 9 entonces.\n\nEnviado desde mi iPhone",
            (2026, 6, 15, 20, 40),
            ME,
            "Hola Rocío, el viernes a las 9 me viene genial.\n\nAlex",
            "'el viernes a las 9 entonces' from a phone; no zone.",
        ),
        (
            "ko",
            "mogyoil_ohu_3si",
            ("최민호", "minho.choi@sopoong.example.kr"),
            "Re: 면접 일정",
            (2026, 6, 15, 20, 0, "Mon"),
            (2026, 6, 18, 15, 0, "Thu"),
            "네 그럼 목요일 오후 3시에 뵙겠습니다!\n\niPhone에서 보냄",
            (2026, 6, 15, 19, 30),
            ME,
            "목요일 오후 3시 괜찮습니다.\n\nAlex",
            "Korean one-liner '목요일 오후 3시에 뵙겠습니다' from a phone; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, top, q, qwho, qbody, note in short:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        add(
            "mobilesig44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=thread(lang, top, at(lang, *q), qwho, qbody),
            label=wall(start, sent),
            note=note,
            reply=True,
        )
    sig = [
        (
            "en-GB",
            "switchboard_lines_open",
            ("Laura Bennett", "laura.bennett@pennine-housing.example.org.uk"),
            "Interview invitation - Housing Officer",
            (2026, 6, 10, 10, 0, "Wed"),
            (2026, 6, 18, 11, 0, "Thu"),
            "Dear Alex,\n\nThank you for applying for the Housing Officer post. We would like to invite you to interview on Thursday 18 June at 11:00 at our Rochdale office.\n\nKind regards,\nLaura Bennett\nHR Advisor\nOffice hours: Mon-Thu 9:00-17:30, Fri 9:00-13:00\nSwitchboard 0161 496 0123 (lines open 8am-6pm)",
            "Invitation at 11:00 above a signature with office hours and the switchboard's opening hours; no zone.",
        ),
        (
            "nl",
            "telefonisch_spreekuur",
            ("Marieke de Boer", "m.deboer@waterschap-oost.example.nl"),
            "Uitnodiging sollicitatiegesprek",
            (2026, 6, 9, 14, 0, "Tue"),
            (2026, 6, 17, 14, 0, "Wed"),
            "Beste Alex,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek op woensdag 17 juni om 14.00 uur.\n\nMet vriendelijke groet,\nMarieke de Boer\nAfdeling P&O\nBereikbaar ma t/m vr van 8.30 tot 17.00 uur, telefonisch spreekuur di en do 10.00-12.00 uur",
            "'op woensdag 17 juni om 14.00 uur' above reachable hours and a phone consultation hour in the signature; no zone.",
        ),
        (
            "pl",
            "biuro_czynne_infolinia",
            ("Anna Kaczmarek", "a.kaczmarek@wodociagi-krakow.example.pl"),
            "Zaproszenie na rozmowę",
            (2026, 6, 9, 12, 0, "Tue"),
            (2026, 6, 16, 9, 0, "Tue"),
            "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną we wtorek 16 czerwca o 9:00.\n\nZ poważaniem\nAnna Kaczmarek\nDział Kadr\nBiuro czynne: pn.-pt. 8:00-16:00; infolinia 9:00-15:00",
            "'we wtorek 16 czerwca o 9:00' above office and hotline hours; no zone.",
        ),
        (
            "da",
            "telefontid_man_tors",
            ("Mads Nielsen", "mads.nielsen@fjordfragt.example.dk"),
            "Invitation til samtale",
            (2026, 6, 11, 9, 30, "Thu"),
            (2026, 6, 18, 13, 0, "Thu"),
            "Kære Alex\n\nVi vil gerne invitere dig til samtale torsdag den 18. juni kl. 13.00 på vores kontor i Aarhus.\n\nVenlig hilsen\nMads Nielsen\nHR-partner\nTelefontid: man.-tors. kl. 9-15, fre. kl. 9-12",
            "Danish 'torsdag den 18. juni kl. 13.00' above phone hours; no zone.",
        ),
    ]
    for lang, name, who, subject, s, v, text, note in sig:
        sent = at(lang, *s[:5], s[5])
        start = at(lang, *v[:5], v[5])
        add(
            "mobilesig44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=wall(start, sent),
            note=note,
        )


# --- notyet44 ------------------------------------------------------------------------------
def build_notyet() -> None:
    rows = [
        (
            "en-US",
            "send_2_3_times",
            ("Kayla Ross", "kayla.ross@northfork.example.com"),
            "Next steps",
            (2026, 6, 1, 10, 0, "Mon"),
            "Hi Alex,\n\nThe team would love to meet you! Could you send me 2-3 times that work for you next week, between 10am and 4pm ET? Tuesday and Thursday afternoons are usually easiest for our interviewers.\n\nThanks,\nKayla",
            "Availability ask with a calling window and weekdays; nothing is set.",
        ),
        (
            "en-GB",
            "sometime_next_week",
            ("Oliver Grant", "oliver.grant@hollybankfinance.example.co.uk"),
            "Catch up",
            (2026, 6, 3, 16, 0, "Wed"),
            "Hi Alex,\n\nLet's find a time for a call sometime next week - I'm fairly free after 2pm most days, apart from Wednesday. I'll send an invite once I hear back.\n\nOliver",
            "'a call sometime next week', 'free after 2pm most days': no slot.",
        ),
        (
            "de",
            "treffe_fachabteilung",
            ("Julia Brandt", "j.brandt@elbwerk.example.de"),
            "Kurzes Update",
            (2026, 6, 2, 11, 0, "Tue"),
            "Hallo Alex,\n\nkurzes Update: Ich treffe mich am Donnerstag um 14 Uhr mit der Fachabteilung, um die Shortlist durchzugehen. Danach melde ich mich bei Ihnen mit den nächsten Schritten.\n\nViele Grüße\nJulia Brandt",
            "The recruiter's own meeting with the department about the shortlist ('am Donnerstag um 14 Uhr'); the candidate is not invited.",
        ),
        (
            "en-IN",
            "call_with_client_tomorrow",
            ("Rahul Menon", "rahul.menon@indigoloop.example.in"),
            "Update on your profile",
            (2026, 6, 2, 17, 0, "Tue"),
            "Hi Alex,\n\nI have a call with the client's hiring manager tomorrow at 11 AM IST to discuss your profile. Will update you post the call regarding the interview slots.\n\nRegards,\nRahul",
            "The recruiter's call with the client about the candidate, 'tomorrow at 11 AM IST'; not an invitation.",
        ),
        (
            "fr",
            "accuse_reception_horaires",
            ("Service Recrutement", "recrutement@ardoise-conseil.example.fr"),
            "Accusé de réception de votre candidature",
            (2026, 6, 2, 9, 0, "Tue"),
            "Bonjour,\n\nNous accusons réception de votre candidature au poste de Chargé d'études et vous en remercions. Elle sera étudiée avec attention ; vous recevrez une réponse sous quinze jours.\n\nNotre service RH est joignable du lundi au vendredi de 9h à 12h30 et de 14h à 17h30 au 04 72 00 00 00.\n\nLe service recrutement",
            "CV receipt with the HR desk's phone hours; no meeting.",
        ),
        (
            "pt-BR",
            "recebemos_curriculo",
            ("Time de Pessoas", "pessoas@trilhatech.example.com.br"),
            "Recebemos seu currículo",
            (2026, 6, 3, 10, 0, "Wed"),
            "Olá Alex,\n\nRecebemos seu currículo para a vaga de Analista de Dados. Caso seu perfil avance, entraremos em contato para agendar uma entrevista.\n\nNosso atendimento funciona de segunda a sexta, das 9h às 18h.\n\nTime de Pessoas | TrilhaTech",
            "CV receipt promising to schedule an interview later, with opening hours; nothing set.",
        ),
        (
            "es",
            "decision_viernes_19",
            ("Carmen Ortega", "carmen.ortega@brisamar.example.es"),
            "Gracias por la entrevista",
            (2026, 6, 10, 18, 0, "Wed"),
            "Hola Alex,\n\nGracias por la entrevista de ayer, nos gustó mucho hablar contigo. Tomaremos una decisión el viernes 19 de junio y te llamaré ese día antes de las 14:00.\n\nUn saludo,\nCarmen",
            "After the interview: a decision date and 'te llamaré ese día antes de las 14:00'; not an invitation.",
        ),
        (
            "it",
            "fasce_orarie",
            ("Federica Gallo", "f.gallo@brezzadigitale.example.it"),
            "Disponibilità per un colloquio",
            (2026, 6, 4, 9, 0, "Thu"),
            "Ciao Alex,\n\nmi indicheresti due o tre fasce orarie in cui sei disponibile la prossima settimana? Il responsabile preferisce il pomeriggio, dopo le 15.\n\nGrazie,\nFederica",
            "Availability ask ('dopo le 15'); nothing set.",
        ),
        (
            "nl",
            "volgende_week_bellen",
            ("Sanne Bakker", "sanne@kanaalkode.example.nl"),
            "Even bellen?",
            (2026, 6, 4, 15, 0, "Thu"),
            "Hoi Alex,\n\nZullen we volgende week even bellen over de vacature? Ik ben meestal vrij na 15.00 uur, geef maar aan wat jou uitkomt.\n\nGroetjes,\nSanne",
            "'volgende week even bellen', 'vrij na 15.00 uur': no slot.",
        ),
        (
            "ja",
            "kekka_19nichi_17ji_made",
            ("佐藤 美咲", "m.sato@kitahara-sys.example.jp"),
            "面接のお礼と今後のご連絡について",
            (2026, 6, 10, 17, 0, "Wed"),
            "アレックス・モーガン様\n\n先日は面接にお越しいただき、誠にありがとうございました。\n選考結果につきましては、6月19日（金）17時までにメールにてご連絡いたします。\n\n株式会社北原システム 人事部\n佐藤 美咲",
            "After the interview: the result by '6月19日（金）17時'; not an invitation.",
        ),
        (
            "zh",
            "xiazhou_na_jitian_fangbian",
            ("陈静", "chen.jing@xinghe-data.example.cn"),
            "面试时间确认",
            (2026, 6, 4, 10, 0, "Thu"),
            "Alex 您好，\n\n请问您下周哪几天方便？我们这边周二、周四下午两点以后都可以，您选好时间后我再发正式的面试邀请。\n\n陈静",
            "Availability ask ('周二、周四下午两点以后都可以'); the formal invitation is still to come.",
        ),
        (
            "sv",
            "besked_mandag_22",
            ("Sara Holm", "sara.holm@vindkraft-norr.example.se"),
            "Tack för intervjun",
            (2026, 6, 12, 11, 0, "Fri"),
            "Hej Alex,\n\nTack för intervjun i onsdags! Vi träffar de sista kandidaterna nästa vecka och räknar med att kunna ge besked måndag den 22 juni före kl. 12.\n\nMvh\nSara",
            "After the interview: an answer promised 'måndag den 22 juni före kl. 12'; not an invitation.",
        ),
    ]
    for lang, name, who, subject, s, text, note in rows:
        sent = at(lang, *s[:5], s[5])
        add(
            "notyet44",
            name,
            lang,
            sender=who,
            subject=subject,
            sent=sent,
            text=text,
            label=NEG,
            note=note,
        )


BUILDERS = [
    build_runon,
    build_wordclock,
    build_dayonly,
    build_zonetail,
    build_subjdate,
    build_fixup,
    build_optpick,
    build_agencymt,
    build_mobilesig,
    build_notyet,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the prose44 batch (`build_prose44.py`)",
        "",
        "Invitations typed by recruiters, hiring managers and founders in the writing habits "
        "the corpus had least of, and look-alikes from the same writers. All prose is ours; "
        "people, companies, addresses and phone numbers are made up; no product template is "
        "rendered. Gmail-style reply attributions come from build_replies43.py (recalled from "
        "the client's output); the ja/ko/zh ones are recalled likewise. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('prose44 coin').sample(sorted(FAMILIES), 3)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: a correction ('I meant 3pm, not 2pm', 'Korrektur: 15 Uhr') is an "
        "`invitation` at the corrected slot, as hmgr15's self-correction: the slot never "
        "moved, the first hour was a slip. A P.S. that changes the hour of the same mail is "
        "likewise an invitation at the P.S.'s hour. Zone words that name one zone ('heure de "
        "Paris', 'hora peninsular', 'Nederlandse tijd', '日本時間', 'Türkiye saatiyle', 'Sydney "
        "time', 'Beijing time', 'Berliner Zeit', 'hora de Madrid', 'horário de Brasília', IST "
        "from India) label `timezone`; CET, MEZ, ET, Eastern, Pacific, Central and 'heure de "
        "l'Europe centrale' give the instant only. 'about half an hour', 'an hour or so' and "
        "'environ une heure et demie' give no end.",
        "",
        "First sight (quick.py on main at f64506b1 plus this batch, before any parser change): "
        "dev text invitations 33 of 54 right (27 with confidence >= 0.5), dev look-alikes 1 "
        "of 12 claimed (the Chinese availability ask '周二、周四下午两点以后都可以', 0.54); held "
        "out 23 of 28 right (18 sure), 0 of 2 look-alikes claimed. Dev misses: 7 of 8 run-on "
        "paragraphs found no time at all (the day and hour lay past the 400 characters a line "
        "was read to), 5 corrections kept the hour given up ('I meant 3pm, not 2pm', 'um 15 Uhr "
        "und nicht um 14 Uhr', 'non alle 16:00', 'niet om 9.30 uur maar om 10.00 uur', 'a las "
        "12:00, perdón, a las 12:30'), 2 corrected days (fr 'le jeudi 21 mai, et pas le "
        "mercredi 20', sv 'torsdag 28 maj, inte fredag'), 4 P.S. lines moving the hour (fr, es, "
        "nl, pt-BR), 'on the 16th, the Tuesday' read as the coming Tuesday (en-AU), two ends "
        "missed ('until 11.15' after a subject date, tr '14.00 ile 14.45 arası').",
        "",
        "After the prose44 parser changes (long lines cut at their clauses, a run-on sentence's "
        "far clauses no longer its own, corrected hours, a postscript that changes the hour): "
        "dev 49 of 54 right (40 sure), 1 of 12 look-alikes claimed; held out unchanged, 23 of "
        "28 right (18 sure), 0 of 2 claimed. Files that existed before the batch: no change "
        "(0 WORSE, 0 CHANGED). Left: the corrected days (fr, sv), 'on the 16th, the Tuesday', "
        "the two ends, the Chinese availability ask, and the pt-BR run-on read at 0.45 as a "
        "first approach ('gostou bastante do seu perfil' matches the bare 'seu perfil' cue).",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose44.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-prose44.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
