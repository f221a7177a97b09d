# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "clocks47" batch: text invitations with several clocks on the interview's day,
where a careful reader knows which one is the interview's start.

Run: .venv/bin/python tests/parsing/corpus/build_clocks47.py

An arrival clock before the start ('please arrive at 9:45 for a 10:00 start', 'Accueil à
8 h 45, entretien à 9 h'); a programme of the day where the interview is one row; a second
event after it ('followed by lunch at 13:00'); reception, building and phone-line hours in
the same mail; the same instant in two zones; a time in the subject and others in the body.
Controls: the later clock is the start (doors open, lunch first), and look-alikes of the
same shape (open days, webinars, receipts with hotline hours). en, de, fr, es, it, nl,
pt-BR, pl, sv, tr, ja, zh. All prose ours; people and companies made up. Every label comes
from the datetimes the text is rendered from (zoneinfo) and was written before the parser
was run on any message of the batch. Held-out families drawn by
`random.Random("clocks47 coin").sample(sorted(FAMILIES), 2)` before anything was written.
Helpers come from build_parse-pos.py and build_prose44.py (loaded, not copied).
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import html as htmlmod
import importlib.util
import random
import sys
from datetime import datetime
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
p44 = _load("build_prose44", "build_prose44.py")
Case, mail = pp.Case, pp.mail
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus"
LIC = "text ours"

FAMILIES = {
    "arrive47": "An arrival clock before the start: 'please arrive at 9:45 for a 10:00 "
    "start', 'bitte um 9:45 Uhr am Empfang, das Gespräch beginnt um 10 Uhr', 'accueil à "
    "8 h 45, entretien à 9 h'; control: doors open first; look-alike: an open evening.",
    "dayplan47": "A programme of the candidate's day where the interview is one row "
    "(tour, coffee, lunch, interview); look-alike: an open-day programme with no interview.",
    "aftermath47": "A second event after the interview ('followed by lunch at 13:00', "
    "'lunch ends at 13:00'): its clocks are not the interview's end; control: lunch first, "
    "then the interview; look-alike: a farewell lunch.",
    "desk47": "Reception, building and phone-line hours in the same paragraph or the "
    "signature; look-alikes: receipts that give only a hotline's hours.",
    "dualzone47": "The same instant in two zones ('10am ET / 4pm CEST', '15:00 Uhr MESZ "
    "(9:00 Uhr New York)'); look-alike: a webinar in two zones.",
    "subjclock47": "A clock in the subject and others in the body (arrival, a reply "
    "deadline, the writer's hours); look-alike: a subject's reply-by clock over an ask.",
}
HELD = frozenset(random.Random("clocks47 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI = range(5)

# (lang, name, sender, subject, sent (y,m,d,h,mi,wd), start (…,wd) or None, end (y,m,d,h,mi)
#  or None, zone the text states or "", text, note, html?)
Row = tuple[
    str,
    str,
    tuple[str, str],
    str,
    tuple[int, ...],
    tuple[int, ...] | None,
    tuple[int, ...] | None,
    str,
    str,
    str,
    bool,
]


def _at(zone: str, v: tuple[int, ...]) -> datetime:
    return pp.at(*v[:5], zone, DAYS[v[5]] if len(v) > 5 else "")


def _html(text: str) -> str:
    paras = "".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>" for p in text.split("\n\n")
    )
    return f"<html><body>{paras}</body></html>"


def rows(fam: str, items: list[Row]) -> None:
    """Single mails; the label is written from the tuples the text was written from."""
    for lang, name, who, subject, s, v, e, zone, text, note, html in items:
        sent = _at(p44.ZONE[lang], s)
        if v is None:
            label: dict[str, object] = dict(NEG)
        elif zone:
            label = {"kind": "invitation", **pp.timed(_at(zone, v), _at(zone, e) if e else None)}
        else:
            start = _at(p44.ZONE[lang], v)
            end = _at(p44.ZONE[lang], e) if e else None
            label = {"kind": "invitation", **pp.timed(start, end, sent=sent)}
        key = f"clocks47 {fam} {lang} {name}"
        raw = mail(
            key,
            sender=who,
            to=ME,
            subject=subject,
            sent=sent,
            text=text,
            html=_html(text) if html else None,
        )
        CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def build_arrive() -> None:
    rows(
        "arrive47",
        [
            (
                "en-GB",
                "arrive_945_for_1000_start",
                ("Fiona Marsh", "fiona.marsh@kestrelworks.example.co.uk"),
                "Interview at Kestrel Works",
                (2026, 10, 6, 10, 5, TUE),
                (2026, 10, 14, 10, 0, WED),
                None,
                "",
                "Dear Alex,\n\nThank you for your time on the phone. I'm pleased to confirm your interview on Wednesday 14 October. Please arrive at 9:45 for a 10:00 start, as you'll need a visitor badge from security.\n\nWe're at Unit 4, Millbrook Park, Reading.\n\nKind regards,\nFiona Marsh\nTalent Partner",
                "'arrive at 9:45 for a 10:00 start'; no zone.",
                False,
            ),
            (
                "de",
                "empfang_945_beginnt_10",
                ("Jana Roth", "jana.roth@talwerk-systeme.example.de"),
                "Einladung zum Vorstellungsgespräch",
                (2026, 10, 5, 14, 0, MON),
                (2026, 10, 13, 10, 0, TUE),
                None,
                "",
                "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Gern laden wir Sie am Dienstag, 13. Oktober, zu einem persönlichen Gespräch nach Stuttgart ein.\n\nBitte melden Sie sich um 9:45 Uhr am Empfang im Erdgeschoss; das Gespräch beginnt um 10 Uhr.\n\nMit freundlichen Grüßen\nJana Roth\nPersonal",
                "'um 9:45 Uhr am Empfang; das Gespräch beginnt um 10 Uhr'; no zone.",
                False,
            ),
            (
                "fr",
                "accueil_8h45_entretien_9h",
                ("Mathilde Garnier", "m.garnier@groupe-orbelle.example.fr"),
                "Convocation à un entretien",
                (2026, 10, 7, 16, 20, WED),
                (2026, 10, 15, 9, 0, THU),
                None,
                "",
                "Bonjour Alex,\n\nSuite à notre échange, je vous confirme votre entretien le jeudi 15 octobre dans nos locaux de Lyon.\n\nAccueil à 8 h 45 au rez-de-chaussée, entretien à 9 h avec Mme Lefort et moi-même.\n\nBien cordialement,\nMathilde Garnier",
                "'Accueil à 8 h 45 ..., entretien à 9 h'; no zone.",
                True,
            ),
            (
                "es",
                "llegar_1140_empieza_1200",
                ("Lucía Serrano", "lucia.serrano@naviera-sol.example.es"),
                "Entrevista presencial",
                (2026, 10, 13, 9, 30, TUE),
                (2026, 10, 21, 12, 0, WED),
                None,
                "",
                "Hola Alex:\n\nTe confirmo la entrevista presencial del miércoles 21 de octubre en nuestra sede de Bilbao. Te pedimos que llegues a las 11:40 para hacer el registro en recepción; la entrevista empieza a las 12:00.\n\nUn saludo,\nLucía Serrano",
                "'llegues a las 11:40 ...; la entrevista empieza a las 12:00'; no zone.",
                False,
            ),
            (
                "pl",
                "przybycie_1345_rozmowa_1400",
                ("Marta Wójcik", "marta.wojcik@lumena-soft.example.pl"),
                "Zaproszenie na rozmowę",
                (2026, 10, 12, 11, 0, MON),
                (2026, 10, 20, 14, 0, TUE),
                None,
                "",
                "Dzień dobry,\n\nzapraszam Pana na rozmowę kwalifikacyjną we wtorek 20 października w naszym biurze przy ul. Długiej 12 w Gdańsku. Prosimy o przybycie o 13:45, rozmowa rozpocznie się o 14:00.\n\nPozdrawiam serdecznie\nMarta Wójcik",
                "'przybycie o 13:45, rozmowa rozpocznie się o 14:00'; no zone.",
                False,
            ),
            (
                "ja",
                "start_then_reception_by",
                ("山本 由紀", "y.yamamoto@kaede-denki.example.jp"),
                "面接日時のご案内",
                (2026, 10, 7, 15, 0, WED),
                (2026, 10, 15, 14, 0, THU),
                None,
                "",
                "アレックス・モーガン様\n\nこのたびはご応募いただき誠にありがとうございます。\n面接は10月15日（木）14時00分から本社にて行います。当日は13時45分までに1階受付にお越しください。\n\nよろしくお願いいたします。\n楓電機株式会社 人事部 山本",
                "The start first, then 'reception by 13:45'; no zone.",
                False,
            ),
            (
                "tr",
                "gorusme_1100_resepsiyon_1045",
                ("Elif Aydın", "elif.aydin@korfez-yazilim.example.com.tr"),
                "Mülakat daveti",
                (2026, 10, 8, 10, 0, THU),
                (2026, 10, 16, 11, 0, FRI),
                None,
                "",
                "Merhaba Alex,\n\nGörüşmeniz 16 Ekim Cuma günü saat 11:00'de Levent ofisimizde başlayacak. Lütfen 10:45'te resepsiyonda olun, giriş kartınız hazırlanacak.\n\nSaygılarımla,\nElif Aydın",
                "The start first, then 'resepsiyonda 10:45'; no zone.",
                False,
            ),
            (
                "en-US",
                "doors_open_930_interview_1000",
                ("Ray Dominguez", "ray@pinecrest-labs.example.com"),
                "Your onsite on Thursday",
                (2026, 10, 16, 13, 0, FRI),
                (2026, 10, 22, 10, 0, THU),
                None,
                "",
                "Hi Alex,\n\nLooking forward to Thursday, October 22. The lobby doors open at 9:30; your interview with Dana starts at 10:00 on the 5th floor.\n\nThanks,\nRay",
                "Control: 'doors open at 9:30' then the start; no zone.",
                False,
            ),
            (
                "nl",
                "inloop_1830_open_avond",
                ("Sanne de Groot", "events@brugwerk.example.nl"),
                "Uitnodiging: open avond Brugwerk",
                (2026, 10, 5, 9, 0, MON),
                None,
                None,
                "",
                "Hoi Alex,\n\nOp donderdag 15 oktober houden we een open avond voor iedereen die interesse heeft in een baan bij Brugwerk. Inloop vanaf 18:30, de presentaties beginnen om 19:00 en we sluiten af met een borrel.\n\nAanmelden kan via onze website.\n\nGroeten,\nSanne",
                "Look-alike: an open evening with a walk-in clock and a start.",
                False,
            ),
        ],
    )


def build_dayplan() -> None:
    """Programmes of the reader's own day, labelled by the candidate-day policy (rows48,
    decided by the team): the event starts at the programme's FIRST timed row (when the
    candidate must be there and what their calendar should block) and ends at the last
    row's stated end ('13:00–14:00 Uhr ...', '(tot 15:15)'), else has no end. This is how
    sessions44, univ39, candday45 and daymv30 label a candidate day; the batch first
    labelled the interview row, which contradicted them (8 dev labels changed by rows48).
    An arrival clock around a single interview time is not a row (arrive47 keeps the
    interview's start)."""
    rows(
        "dayplan47",
        [
            (
                "en-US",
                "tour_lunch_interview_1400",
                ("Megan Li", "megan.li@harborline.example.com"),
                "Your visit to Harborline - agenda",
                (2026, 10, 8, 12, 0, THU),
                (2026, 10, 15, 9, 30, THU),
                None,
                "",
                "Hi Alex,\n\nHere's the plan for Thursday, October 15:\n\n9:30 AM  Welcome and building tour\n11:00 AM  Coffee with the design team\n12:30 PM  Lunch\n2:00 PM - 2:45 PM  Interview with Sam Ortiz (hiring manager)\n3:00 PM  Wrap-up with me\n\nSee you then,\nMegan",
                "An agenda; the interview is one row '2:00 PM - 2:45 PM'; start is the first row 9:30 AM, the last row has no end; no zone.",
                True,
            ),
            (
                "de",
                "ablauf_fuehrung_essen_gespraech",
                ("Thomas Berger", "t.berger@feldmann-antriebe.example.de"),
                "Ablauf Ihres Besuchs am 14.10.",
                (2026, 10, 6, 9, 15, TUE),
                (2026, 10, 14, 10, 0, WED),
                (2026, 10, 14, 14, 0),
                "",
                "Sehr geehrter Herr Morgan,\n\nfür Ihren Besuch am Mittwoch, 14. Oktober, haben wir folgenden Ablauf geplant:\n\n10:00 Uhr Begrüßung und Führung durch die Fertigung\n11:30 Uhr Mittagessen in der Kantine\n13:00–14:00 Uhr Vorstellungsgespräch mit Frau Kühn (Bereichsleitung)\n\nMit freundlichen Grüßen\nThomas Berger",
                "Ablauf; start is the first row 10:00, end the last row's '13:00–14:00 Uhr Vorstellungsgespräch'; no zone.",
                False,
            ),
            (
                "fr",
                "programme_visite_entretien_11h",
                ("Claire Dumas", "claire.dumas@verrerie-aube.example.fr"),
                "Votre journée chez nous",
                (2026, 10, 12, 17, 0, MON),
                (2026, 10, 20, 9, 30, TUE),
                None,
                "",
                "Bonjour Alex,\n\nVoici le programme du mardi 20 octobre :\n- 9 h 30 : visite du site\n- 11 h : entretien avec la DRH\n- 12 h 30 : déjeuner avec l'équipe\n\nÀ mardi,\nClaire Dumas",
                "Programme; 'entretien' is the second row; start is the first row 9 h 30; no zone.",
                False,
            ),
            (
                "it",
                "programma_colloquio_1115",
                ("Davide Marino", "d.marino@officine-brenta.example.it"),
                "Programma della giornata",
                (2026, 10, 9, 11, 0, FRI),
                (2026, 10, 16, 10, 0, FRI),
                None,
                "",
                "Gentile Alex,\n\nle invio il programma di venerdì 16 ottobre:\n\nore 10:00 visita dello stabilimento\nore 11:15 colloquio tecnico con l'ing. Ferri\nore 12:30 pranzo\n\nCordiali saluti,\nDavide Marino",
                "Programma; the colloquio row at 11:15; start is the first row 10:00; no zone.",
                False,
            ),
            (
                "nl",
                "programma_gesprek_1430_tot_1515",
                ("Koen Visser", "koen.visser@deltahaven.example.nl"),
                "Programma kennismaking",
                (2026, 10, 13, 8, 30, TUE),
                (2026, 10, 21, 13, 0, WED),
                (2026, 10, 21, 15, 15),
                "",
                "Hallo Alex,\n\nWoensdag 21 oktober ziet er zo uit:\n13:00 ontvangst bij de receptie\n13:30 rondleiding over de terminal\n14:30 gesprek met de teamleider (tot 15:15)\n\nTot dan!\nKoen",
                "Programma; start is the first row 13:00, end the last row's 'gesprek ... (tot 15:15)'; no zone.",
                False,
            ),
            (
                "pt-BR",
                "roteiro_entrevista_10h30",
                ("Beatriz Nunes", "beatriz.nunes@cafe-serrano.example.com.br"),
                "Roteiro da sua visita",
                (2026, 10, 14, 16, 0, WED),
                (2026, 10, 22, 9, 0, THU),
                None,
                "",
                "Oi, Alex!\n\nSegue o roteiro de quinta-feira, 22 de outubro:\n9h – café de boas-vindas\n10h30 – entrevista com a gestora, Paula\n12h – almoço com o time\n\nAbraço,\nBeatriz",
                "Roteiro; the entrevista row at 10h30; start is the first row 9h; no zone.",
                False,
            ),
            (
                "zh",
                "richeng_mianshi_1100",
                ("陈静", "chenjing@hangxin-tech.example.cn"),
                "面试当天日程",
                (2026, 10, 9, 10, 0, FRI),
                (2026, 10, 19, 9, 30, MON),
                None,
                "",
                "Alex 您好：\n\n10月19日（周一）的日程如下：\n9:30 前台签到\n10:00 参观公司\n11:00 面试（技术负责人）\n12:00 午餐\n\n如有问题请随时联系我。\n陈静",
                "日程; the 面试 row at 11:00; start is the first row 9:30 (签到); no zone.",
                False,
            ),
            (
                "sv",
                "program_intervju_1000",
                ("Karin Lund", "karin.lund@fjordlogik.example.se"),
                "Program för din dag hos oss",
                (2026, 10, 5, 13, 0, MON),
                (2026, 10, 13, 8, 30, TUE),
                None,
                "",
                "Hej Alex,\n\nHär är programmet för tisdag 13 oktober:\n08.30 Frukost med teamet\n09.15 Rundvisning\n10.00 Intervju med avdelningschefen\n11.30 Lunch\n\nVälkommen!\nKarin",
                "Program; the intervju row at 10.00; start is the first row 08.30; no zone.",
                False,
            ),
            (
                "en-GB",
                "open_day_programme_no_interview",
                ("Graduate Team", "graduates@northgate-eng.example.co.uk"),
                "Northgate graduate open day - programme",
                (2026, 10, 5, 10, 0, MON),
                None,
                None,
                "",
                "Hello Alex,\n\nThanks for signing up to our graduate open day on Friday 16 October. The programme:\n\n10:00 Welcome talk\n11:00 Site tour\n12:30 Lunch with current graduates\n14:00 Q&A panel\n\nApplications for the 2027 intake open next month.\n\nThe Graduate Team",
                "Look-alike: an open-day programme, no interview.",
                False,
            ),
        ],
    )


def build_aftermath() -> None:
    rows(
        "aftermath47",
        [
            (
                "en-GB",
                "interview_1130_followed_by_lunch_1300",
                ("Oliver Grant", "oliver.grant@tidewell.example.co.uk"),
                "Interview confirmation",
                (2026, 10, 7, 9, 0, WED),
                (2026, 10, 15, 11, 30, THU),
                None,
                "",
                "Hi Alex,\n\nConfirming your interview at 11:30 on Thursday 15 October, followed by lunch with the team at 13:00. We're at 8 Quay Street, Bristol.\n\nBest,\nOliver",
                "'at 11:30 ..., followed by lunch with the team at 13:00'; no zone.",
                False,
            ),
            (
                "en-US",
                "interview_range_then_lunch_ends_1300",
                ("Priya Raman", "priya@sagebrush.example.com"),
                "Panel interview details",
                (2026, 10, 6, 15, 0, TUE),
                (2026, 10, 13, 10, 0, TUE),
                (2026, 10, 13, 11, 30),
                "",
                "Hi Alex,\n\nYour panel interview is on Tuesday, October 13 from 10:00 to 11:30 AM. Afterwards we'd love to take you to lunch; lunch ends at 1:00 PM so you can catch the 1:30 train.\n\nPriya",
                "'from 10:00 to 11:30 AM', then 'lunch ends at 1:00 PM' and a 1:30 train; no zone.",
                False,
            ),
            (
                "de",
                "gespraech_1030_mittagessen_1200_bis_1300",
                ("Sabine Krause", "s.krause@elbtal-medien.example.de"),
                "Ihr Termin bei Elbtal Medien",
                (2026, 10, 6, 11, 0, TUE),
                (2026, 10, 14, 10, 30, WED),
                None,
                "",
                "Guten Tag Herr Morgan,\n\ndas Gespräch findet am Mittwoch, 14. Oktober, um 10:30 Uhr in Dresden statt. Im Anschluss laden wir Sie um 12:00 Uhr zum Mittagessen mit dem Team ein, das gegen 13:00 Uhr endet.\n\nViele Grüße\nSabine Krause",
                "'um 10:30 Uhr', then lunch 'um 12:00 Uhr ... gegen 13:00 Uhr endet'; no zone.",
                False,
            ),
            (
                "es",
                "entrevista_930_despues_comida",
                ("Pablo Ortega", "pablo.ortega@andes-energia.example.es"),
                "Entrevista el martes",
                (2026, 10, 5, 18, 0, MON),
                (2026, 10, 13, 9, 30, TUE),
                None,
                "",
                "Hola Alex:\n\nLa entrevista será el martes 13 de octubre a las 9:30. Después, a las 11:00, visitaremos la planta y terminaremos con una comida hacia las 13:00.\n\nSaludos,\nPablo Ortega",
                "'a las 9:30', then a plant visit 'a las 11:00' and lunch 'hacia las 13:00'; no zone.",
                False,
            ),
            (
                "it",
                "colloquio_1500_seguira_aperitivo",
                ("Giulia Conti", "giulia.conti@vela-design.example.it"),
                "Colloquio giovedì 22",
                (2026, 10, 14, 12, 0, WED),
                (2026, 10, 22, 15, 0, THU),
                None,
                "",
                "Ciao Alex,\n\nil colloquio è giovedì 22 ottobre alle 15:00 nel nostro studio di Torino. Seguirà alle 16:30 un aperitivo con il team, se ti va di fermarti.\n\nA presto,\nGiulia",
                "'alle 15:00', then 'Seguirà alle 16:30 un aperitivo'; no zone.",
                False,
            ),
            (
                "pl",
                "rozmowa_1000_lunch_1200_do_1300",
                ("Piotr Nowak", "piotr.nowak@wisla-data.example.pl"),
                "Rozmowa w środę",
                (2026, 10, 13, 14, 0, TUE),
                (2026, 10, 21, 10, 0, WED),
                None,
                "",
                "Cześć Alex,\n\nrozmowa w środę 21 października o 10:00 w naszym biurze w Krakowie, a po niej o 12:00 lunch z zespołem (do 13:00).\n\nPozdrawiam,\nPiotr",
                "'o 10:00', then 'o 12:00 lunch z zespołem (do 13:00)'; no zone.",
                False,
            ),
            (
                "ja",
                "mensetsu_11ji_chushoku_12_13",
                ("佐藤 健", "k.sato@aozora-soft.example.jp"),
                "面接のご案内",
                (2026, 10, 9, 17, 0, FRI),
                (2026, 10, 20, 11, 0, TUE),
                None,
                "",
                "モーガン様\n\n面接は10月20日（火）11時からです。終了後、12時から13時までチームとの昼食を予定しております。\n\n青空ソフト 佐藤",
                "The start, then lunch '12時から13時まで'; no zone.",
                False,
            ),
            (
                "tr",
                "mulakat_1400_ardindan_tur",
                ("Burak Demir", "burak.demir@anadolu-lojistik.example.com.tr"),
                "Mülakat bilgileri",
                (2026, 10, 5, 16, 0, MON),
                (2026, 10, 13, 14, 0, TUE),
                None,
                "",
                "Merhaba Alex,\n\nMülakatınız 13 Ekim Salı günü 14:00'te Ankara ofisimizde. Ardından 15:30'da depo turu yapılacak.\n\nİyi çalışmalar,\nBurak Demir",
                "'14:00'te', then 'Ardından 15:30'da depo turu'; no zone.",
                False,
            ),
            (
                "fr",
                "dejeuner_12h_puis_entretien_14h",
                ("Hugo Lemaire", "hugo.lemaire@cap-azur.example.fr"),
                "Vendredi 16 octobre",
                (2026, 10, 8, 10, 0, THU),
                (2026, 10, 16, 14, 0, FRI),
                None,
                "",
                "Bonjour Alex,\n\nNous vous proposons de déjeuner avec l'équipe à 12 h le vendredi 16 octobre, puis l'entretien aura lieu à 14 h dans mon bureau.\n\nÀ vendredi,\nHugo Lemaire",
                "Control: lunch first at 12 h, then 'l'entretien aura lieu à 14 h'; no zone.",
                False,
            ),
            (
                "nl",
                "afscheidslunch_geen_gesprek",
                ("Pieter Jansen", "pieter.jansen@mailbox-nl.example"),
                "Lunch vrijdag",
                (2026, 10, 12, 9, 0, MON),
                None,
                None,
                "",
                "Hoi Alex,\n\nVrijdag 16 oktober lunchen we om 12:30 met het oude team om het afscheid van Marloes te vieren; we sluiten af rond 13:30. Kom je ook?\n\nPieter",
                "Look-alike: a farewell lunch with a start and an end.",
                False,
            ),
        ],
    )


def build_desk() -> None:
    rows(
        "desk47",
        [
            (
                "en-GB",
                "reception_hours_then_slot",
                ("Hannah Price", "hannah.price@ridgeway-law.example.co.uk"),
                "Interview on Monday 19 October",
                (2026, 10, 12, 10, 0, MON),
                (2026, 10, 19, 14, 30, MON),
                None,
                "",
                "Dear Alex,\n\nYour interview is on Monday 19 October at 2.30pm at our Leeds office. Reception is staffed from 8am to 6pm and the building closes at 7pm, so there's no rush afterwards.\n\nKind regards,\nHannah Price",
                "Slot first, then 'Reception is staffed from 8am to 6pm ... closes at 7pm'; no zone.",
                False,
            ),
            (
                "de",
                "empfang_8_17_termin_1530",
                ("Markus Lehmann", "m.lehmann@rheinstahl-tec.example.de"),
                "Ihr Vorstellungstermin",
                (2026, 10, 12, 8, 0, MON),
                (2026, 10, 20, 15, 30, TUE),
                None,
                "",
                "Sehr geehrter Herr Morgan,\n\nunser Empfang ist von 8:00 bis 17:00 Uhr besetzt. Ihr Termin: Dienstag, 20. Oktober, 15:30 Uhr, Raum 2.14.\n\nFreundliche Grüße\nMarkus Lehmann",
                "Reception hours first, then 'Ihr Termin: ... 15:30 Uhr'; no zone.",
                False,
            ),
            (
                "fr",
                "horaires_accueil_entretien_10h30",
                ("Sophie Marchand", "s.marchand@alpes-conseil.example.fr"),
                "Entretien mercredi 14 octobre",
                (2026, 10, 6, 14, 0, TUE),
                (2026, 10, 14, 10, 30, WED),
                None,
                "",
                "Bonjour Alex,\n\nVotre entretien : mercredi 14 octobre à 10 h 30, 3e étage.\nHoraires d'ouverture de l'accueil : 8 h 30 – 12 h et 13 h 30 – 17 h 30.\n\nCordialement,\nSophie Marchand",
                "Slot, then the reception's two opening ranges; no zone.",
                False,
            ),
            (
                "es",
                "firma_horario_atencion",
                ("Carmen Vidal", "carmen.vidal@grupo-iberval.example.es"),
                "Entrevista jueves 15",
                (2026, 10, 7, 12, 0, WED),
                (2026, 10, 15, 16, 0, THU),
                None,
                "",
                "Hola Alex:\n\nTe esperamos el jueves 15 de octubre a las 16:00 para la entrevista con el director financiero.\n\nUn saludo,\n\nCarmen Vidal\nSelección de personal | Grupo Iberval\nHorario de atención: L-V 9:00-14:00\nTel. +34 900 000 000",
                "Slot, then a signature's 'Horario de atención: L-V 9:00-14:00'; no zone.",
                True,
            ),
            (
                "nl",
                "pand_open_730_1800",
                ("Lotte Bakker", "lotte.bakker@kanaalzicht.example.nl"),
                "Gesprek donderdag 22 oktober",
                (2026, 10, 14, 10, 0, WED),
                (2026, 10, 22, 9, 0, THU),
                None,
                "",
                "Hoi Alex,\n\nOns pand is open van 7:30 tot 18:00, maar je gesprek is donderdag 22 oktober om 9:00 bij de receptie op de begane grond.\n\nGroet,\nLotte",
                "Building hours first, then the slot; no zone.",
                False,
            ),
            (
                "pt-BR",
                "assinatura_central_8_18",
                ("Rafael Costa", "rafael.costa@verdemar.example.com.br"),
                "Entrevista terça-feira",
                (2026, 10, 6, 9, 0, TUE),
                (2026, 10, 13, 15, 0, TUE),
                None,
                "",
                "Olá, Alex!\n\nSua entrevista está marcada para terça-feira, 13 de outubro, às 15h, no escritório da Av. Paulista.\n\nAtenciosamente,\nRafael Costa\nRecrutamento e Seleção\nCentral de atendimento: seg. a sex., das 8h às 18h",
                "Slot, then a signature's phone line 'das 8h às 18h'; no zone.",
                False,
            ),
            (
                "sv",
                "receptionen_oppet_intervju_1300",
                ("Erik Holm", "erik.holm@nordvik-energi.example.se"),
                "Intervju onsdag 21 oktober",
                (2026, 10, 14, 8, 0, WED),
                (2026, 10, 21, 13, 0, WED),
                None,
                "",
                "Hej Alex,\n\nVälkommen på intervju onsdag 21 oktober kl. 13.00. Receptionen har öppet 08.00–16.30, anmäl dig där när du kommer.\n\nHälsningar\nErik Holm",
                "Slot, then 'Receptionen har öppet 08.00–16.30'; no zone.",
                False,
            ),
            (
                "ja",
                "uketsuke_jikan_signature",
                ("田中 真理", "m.tanaka@hoshino-kogyo.example.jp"),
                "面接日程確定のお知らせ",
                (2026, 10, 9, 14, 0, FRI),
                (2026, 10, 16, 10, 30, FRI),
                None,
                "",
                "モーガン様\n\n面接日程が10月16日（金）10時30分に確定いたしました。当日は本社3階までお越しください。\n\n星野工業株式会社 人事部\n田中 真理\nTEL 03-0000-0000（受付時間：平日9:00〜17:30）",
                "Slot, then a signature's '受付時間：平日9:00〜17:30'; no zone.",
                False,
            ),
            (
                "en-US",
                "receipt_hotline_hours",
                ("Recruiting at Copperfield", "no-reply@copperfield-health.example.com"),
                "We received your application",
                (2026, 10, 5, 11, 0, MON),
                None,
                None,
                "",
                "Hi Alex,\n\nThanks for applying for the Data Analyst role. We review every application and will be in touch by Friday, October 16.\n\nQuestions? Our recruiting hotline is open Monday-Friday, 9am-5pm ET.\n\nCopperfield Health Recruiting",
                "Look-alike: a receipt with a decision date and hotline hours.",
                False,
            ),
            (
                "de",
                "eingang_sprechzeiten",
                ("Bewerbermanagement", "bewerbung@stadtwerke-aurich.example.de"),
                "Eingangsbestätigung Ihrer Bewerbung",
                (2026, 10, 5, 9, 0, MON),
                None,
                None,
                "",
                "Sehr geehrter Herr Morgan,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Sie erhalten bis Freitag, 16. Oktober, eine Rückmeldung.\n\nTelefonische Sprechzeiten: Dienstag und Donnerstag von 9 bis 12 Uhr.\n\nIhr Bewerbermanagement",
                "Look-alike: a receipt with a reply date and office hours.",
                False,
            ),
        ],
    )


def build_dualzone() -> None:
    ny, ber, par, mex, kol, sao, tyo, sha, lon = (
        "America/New_York",
        "Europe/Berlin",
        "Europe/Paris",
        "America/Mexico_City",
        "Asia/Kolkata",
        "America/Sao_Paulo",
        "Asia/Tokyo",
        "Asia/Shanghai",
        "Europe/London",
    )
    rows(
        "dualzone47",
        [
            (
                "en-US",
                "10am_et_4pm_cest",
                ("Nina Brooks", "nina.brooks@atlas-grid.example.com"),
                "Video interview with Atlas Grid",
                (2026, 10, 7, 11, 0, WED),
                (2026, 10, 15, 10, 0, THU),
                None,
                ny,
                "Hi Alex,\n\nYou're confirmed for a video interview on Thursday, October 15 at 10am ET / 4pm CEST. The Zoom link follows in a separate invite.\n\nNina",
                "'10am ET / 4pm CEST', one instant.",
                False,
            ),
            (
                "de",
                "15_mesz_9_new_york",
                ("Lena Schubert", "lena.schubert@kranich-analytics.example.de"),
                "Videointerview am 13. Oktober",
                (2026, 10, 5, 10, 0, MON),
                (2026, 10, 13, 15, 0, TUE),
                None,
                ber,
                "Hallo Herr Morgan,\n\nwir sprechen am Dienstag, 13. Oktober, um 15:00 Uhr MESZ (9:00 Uhr New York) per Teams. Unser Kollege aus Boston ist ebenfalls dabei.\n\nBeste Grüße\nLena Schubert",
                "'15:00 Uhr MESZ (9:00 Uhr New York)'.",
                False,
            ),
            (
                "fr",
                "17h_paris_soit_11h_montreal",
                ("Julien Roy", "julien.roy@boreal-media.example.fr"),
                "Entretien visio",
                (2026, 10, 6, 15, 0, TUE),
                (2026, 10, 14, 17, 0, WED),
                None,
                par,
                "Bonjour Alex,\n\nJe vous confirme l'entretien en visio le mercredi 14 octobre à 17 h (heure de Paris), soit 11 h à Montréal.\n\nBien à vous,\nJulien Roy",
                "'17 h (heure de Paris), soit 11 h à Montréal'.",
                False,
            ),
            (
                "es",
                "10_cdmx_18_madrid",
                ("Ana Ríos", "ana.rios@cumbre-pagos.example.mx"),
                "Entrevista por videollamada",
                (2026, 10, 14, 9, 0, WED),
                (2026, 10, 22, 10, 0, THU),
                None,
                mex,
                "Hola Alex:\n\nLa entrevista será el jueves 22 de octubre a las 10:00 (hora de Ciudad de México) / 18:00 (hora de Madrid), por Google Meet.\n\nSaludos,\nAna Ríos",
                "'10:00 (hora de Ciudad de México) / 18:00 (hora de Madrid)'.",
                False,
            ),
            (
                "en-IN",
                "230pm_ist_10am_bst",
                ("Rohan Mehta", "rohan.mehta@saffron-analytics.example.in"),
                "Interview schedule",
                (2026, 10, 12, 12, 0, MON),
                (2026, 10, 19, 14, 30, MON),
                None,
                kol,
                "Dear Alex,\n\nYour technical interview is scheduled for Monday, 19 October, 2:30 PM IST (10:00 AM BST). Please join five minutes early.\n\nRegards,\nRohan Mehta",
                "'2:30 PM IST (10:00 AM BST)'.",
                False,
            ),
            (
                "pt-BR",
                "10h_brasilia_14h_lisboa",
                ("Camila Rocha", "camila.rocha@tropico-fin.example.com.br"),
                "Entrevista sexta-feira",
                (2026, 10, 8, 14, 0, THU),
                (2026, 10, 16, 10, 0, FRI),
                None,
                sao,
                "Olá, Alex!\n\nNossa entrevista fica para sexta-feira, 16 de outubro, às 10h (horário de Brasília) — 14h em Lisboa.\n\nAbraços,\nCamila",
                "'às 10h (horário de Brasília) — 14h em Lisboa'.",
                False,
            ),
            (
                "ja",
                "17ji_jst_10ji_cest",
                ("鈴木 亮", "r.suzuki@minato-games.example.jp"),
                "オンライン面接のご案内",
                (2026, 10, 13, 10, 0, TUE),
                (2026, 10, 20, 17, 0, TUE),
                None,
                tyo,
                "モーガン様\n\nオンライン面接は10月20日（火）17:00（日本時間）／10:00（CEST）に実施いたします。\n\n湊ゲームス 鈴木",
                "'17:00（日本時間）／10:00（CEST）'.",
                False,
            ),
            (
                "zh",
                "beijing_3pm_london_8am",
                ("王磊", "wanglei@yunfan-data.example.cn"),
                "视频面试通知",
                (2026, 10, 14, 9, 0, WED),
                (2026, 10, 21, 15, 0, WED),
                None,
                sha,
                "Alex 您好：\n\n视频面试定于10月21日（周三）北京时间下午3点（伦敦时间上午8点），会议链接稍后发送。\n\n王磊",
                "'北京时间下午3点（伦敦时间上午8点）'.",
                False,
            ),
            (
                "en-GB",
                "webinar_6pm_bst_1pm_edt",
                ("Careers at Lanternfield", "careers@lanternfield.example.co.uk"),
                "Join our live careers webinar",
                (2026, 10, 5, 9, 0, MON),
                None,
                None,
                lon,
                "Hi Alex,\n\nJoin our live careers webinar on Wednesday 14 October, 6pm BST / 1pm EDT, to hear how our engineering teams work. Register on our careers site.\n\nLanternfield Careers",
                "Look-alike: a webinar in two zones.",
                False,
            ),
        ],
    )


def build_subjclock() -> None:
    rows(
        "subjclock47",
        [
            (
                "en-US",
                "subject_3pm_body_early_and_ooo",
                ("Grace Kim", "grace.kim@bluefinch.example.com"),
                "Interview Tue 10/13 at 3:00 PM",
                (2026, 10, 8, 16, 0, THU),
                (2026, 10, 13, 15, 0, TUE),
                None,
                "",
                "Hi Alex,\n\nQuick note before Tuesday: please log in a few minutes early, around 2:50, so we can check audio. I'm in meetings until 1pm that day, so text me if anything comes up.\n\nGrace",
                "Slot only in the subject; body: '2:50' and 'until 1pm'; no zone.",
                False,
            ),
            (
                "de",
                "betreff_11_uhr_koerper_1050_frist_17",
                ("Anna Schmitt", "anna.schmitt@moselwerk.example.de"),
                "Vorstellungsgespräch am 14.10. um 11 Uhr",
                (2026, 10, 7, 9, 0, WED),
                (2026, 10, 14, 11, 0, WED),
                None,
                "",
                "Hallo Herr Morgan,\n\nbitte seien Sie am Mittwoch um 10:50 Uhr an der Pforte. Geben Sie mir bitte bis heute 17 Uhr kurz Bescheid, ob der Termin passt.\n\nViele Grüße\nAnna Schmitt",
                "Subject '14.10. um 11 Uhr'; body: arrival 10:50 and 'bis heute 17 Uhr'; no zone.",
                False,
            ),
            (
                "fr",
                "objet_14h30_confirmer_12h",
                ("Louis Fabre", "louis.fabre@cote-ouest.example.fr"),
                "Entretien - jeudi 15/10 - 14h30",
                (2026, 10, 8, 11, 0, THU),
                (2026, 10, 15, 14, 30, THU),
                None,
                "",
                "Bonjour Alex,\n\nJe vous attends jeudi à 14h30 à l'agence de Nantes. Merci de me confirmer votre venue avant demain 12 h.\n\nLouis Fabre",
                "Subject and body '14h30'; 'avant demain 12 h' is a deadline; no zone.",
                False,
            ),
            (
                "it",
                "oggetto_930_reception_830",
                ("Marco Galli", "marco.galli@adige-robotica.example.it"),
                "Colloquio ore 9:30",
                (2026, 10, 9, 15, 0, FRI),
                (2026, 10, 16, 9, 30, FRI),
                None,
                "",
                "Buongiorno Alex,\n\nla aspettiamo venerdì 16 ottobre presso la nostra sede di Verona. La reception apre alle 8:30; chieda di me.\n\nCordiali saluti,\nMarco Galli",
                "Clock only in the subject, date in the body, reception opens 8:30; no zone.",
                False,
            ),
            (
                "nl",
                "onderwerp_1000_welkom_945_bereikbaar",
                ("Femke Smit", "femke.smit@polderpunt.example.nl"),
                "Bevestiging gesprek 20 oktober 10:00",
                (2026, 10, 13, 12, 0, TUE),
                (2026, 10, 20, 10, 0, TUE),
                None,
                "",
                "Hoi Alex,\n\nJe bent welkom vanaf 9:45 in ons kantoor in Utrecht; Jeroen en ik zien je om 10:00.\n\nGroet,\nFemke Smit\nRecruiter | bereikbaar ma-vr 9:00-17:00",
                "Subject '20 oktober 10:00'; body 'welkom vanaf 9:45' and a signature's hours; no zone.",
                False,
            ),
            (
                "pl",
                "temat_1200_parking_do_1800",
                ("Kasia Zielińska", "k.zielinska@odra-finanse.example.pl"),
                "Rozmowa kwalifikacyjna 21.10, godz. 12:00",
                (2026, 10, 14, 10, 0, WED),
                (2026, 10, 21, 12, 0, WED),
                None,
                "",
                "Dzień dobry,\n\npotwierdzam spotkanie w środę w naszym biurze we Wrocławiu. Parking dla gości jest dostępny od 7:00 do 18:00, wjazd od ul. Krótkiej.\n\nPozdrawiam\nKasia Zielińska",
                "Subject '21.10, godz. 12:00'; body: parking hours; no zone.",
                False,
            ),
            (
                "sv",
                "amne_kl_14_pa_plats_1330",
                ("Johan Berg", "johan.berg@granskog.example.se"),
                "Intervju torsdag 22/10 kl 14",
                (2026, 10, 15, 9, 0, THU),
                (2026, 10, 22, 14, 0, THU),
                None,
                "",
                "Hej Alex,\n\nVi ses på torsdag kl. 14.00 på kontoret i Uppsala. Jag är på plats från kl. 13.30 om du vill komma lite tidigare.\n\nHälsningar\nJohan",
                "Subject 'kl 14'; body 'kl. 14.00' and 'på plats från kl. 13.30'; no zone.",
                False,
            ),
            (
                "zh",
                "biaoti_1400_qiantai_1345",
                ("刘洋", "liuyang@jinghai-auto.example.cn"),
                "面试通知：10月19日 14:00",
                (2026, 10, 12, 10, 0, MON),
                (2026, 10, 19, 14, 0, MON),
                None,
                "",
                "Alex 您好：\n\n请于当天13:45前到达一楼前台登记。公司前台工作时间为9:00-18:00。\n\n刘洋\n人力资源部",
                "Subject '10月19日 14:00'; body: arrival 13:45 and the desk's hours; no zone.",
                False,
            ),
            (
                "en-GB",
                "reply_by_5pm_ask",
                ("Tom Fletcher", "tom.fletcher@hollybrook.example.co.uk"),
                "Please reply by 5pm: interview availability",
                (2026, 10, 12, 10, 0, MON),
                None,
                None,
                "",
                "Hi Alex,\n\nCould you let me know by 5pm today whether Tuesday 20 or Wednesday 21 October suits you for a first interview? Mornings work best for the panel.\n\nThanks,\nTom",
                "Look-alike: a reply-by clock in the subject over an ask for a day.",
                False,
            ),
        ],
    )


BUILDERS = (
    build_arrive,
    build_dayplan,
    build_aftermath,
    build_desk,
    build_dualzone,
    build_subjclock,
)

FIRST_SIGHT = (
    "First sight (main ff6692ed, before any parser change): dev text 18 of 32 right (arrive47 "
    "3/8, dayplan47 0/8, desk47 8/8, subjclock47 7/8; every miss the right day with the wrong "
    "clock: the reception or arrival time, the programme's first row, the reception's "
    "opening hour, or no time at all), 0 of 5 look-alikes claimed; held out 16 of 17 right, "
    "0 of 2 claimed."
)
AFTER = (
    "After this batch's parser change (when.py: the clock whose own clause names the "
    "interview or its start outranks an earlier arrival or reception clock in the same "
    "sentence; the next sentence's named clock when nothing nearer pairs; a dated reception "
    "hour yields to the subject's hour): dev text 24 of 32 right, 0 of 5 look-alikes claimed; "
    "held out 16 of 17, 0 of 2 claimed. dayplan47 stayed 0 of 8: its labels (the interview "
    "row) contradicted the corpus's candidate-day policy (sessions44, univ39, candday45, "
    "daymv30 label a programme's first row), so programmes were left to a policy decision. "
    "Files that existed before the batch: 1 BETTER, 0 WORSE, 0 CHANGED, 1 SURE- (held out). "
    "Relabelled by rows48 (team decision): dayplan47's 8 programmes now start at the "
    "programme's first row and end at the last row's stated end (2 of 8), see build_dayplan; "
    "no held-out file of this batch is a programme of timed rows (aftermath47 writes its "
    "second event in prose), so none was relabelled."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the clocks47 batch (`build_clocks47.py`)",
        "",
        "Hand-written invitations and look-alikes with several clocks on the interview's day. "
        "All prose is ours; people, companies and addresses are made up; no product template "
        "is rendered. Every label was written from the datetimes the text is rendered from, "
        "before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('clocks47 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: the interview's own start; its end only where the interview's end "
        "is stated ('from 10:00 to 11:30'); lunch, tours, reception or phone-line hours and "
        "reply deadlines give neither. A programme of the reader's day set out as timed rows "
        "(dayplan47) starts at its first row and ends at its last row's stated end "
        "(relabelled by rows48). Mails that name a "
        "zone carry the instant in the first zone named; the rest are wall time "
        "(`tz_stated: false`).",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_clocks47.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-clocks47.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
