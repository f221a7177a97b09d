# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks68" batch: look-alike negatives of kinds and languages the corpus lacked,
beside controls in the same words.

Interviews and talks in which the reader is no candidate for a post (an exit interview before
leaving, an appraisal or a 1:1 with the current manager, a reference call about somebody else, a
parents' talk about a child at school, a visa, consulate or residence interview, a flat viewing
and a shared flat's interview, an adoption or foster assessment, a research study or user
research session, a journalist's, a radio's or a podcast's interview), job fairs and webinars,
assessment-centre and test deadlines, "please pick a slot" mails without a slot, offers and
refusals naming the past interview's date and time, the reader's own calendar notes as an
interviewer, out-of-office replies with return dates, deliveries and service appointments;
languages: ar, ca, da, de, en-GB, en-US, es, fi, he, it, nb, pt-BR, pt-PT, ru, sv, uk, vi, zh.
Controls: the reader's own job interview by video or on site, the reader's own admission
interview for a degree (the README's Study places rule), and employers' one-slot questions in
es, it and pt written without a question mark (an invitation that stays unsure, asks67) beside
the same slot stated.

Run: .venv/bin/python tests/parsing/corpus/build_looks68.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. A seeded third is held out: file names
sorted by the SHA-256 of the name, every third from the first goes to heldout/ (family
looks68h), chosen before any file was parsed. Helpers come from build_looks60.py.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
Case = pp.Case
ME = lk.ME
OURS = lk.OURS
LIC = lk.LIC
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12, S13 = lk.T9, lk.W10, lk.H11, lk.F12, lk.S13
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
html_of = lk.html_of
ZONE = {
    **lk.ZONE,
    "ca": "Europe/Madrid",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "uk": "Europe/Kyiv",
    "ru": "Europe/Moscow",
    "vi": "Asia/Ho_Chi_Minh",
    "he": "Asia/Jerusalem",
    "ar": "Africa/Cairo",
    "pt-PT": "Europe/Lisbon",
}
FAMILY = "looks68"
HELD_FAMILY = "looks68h"
FAMILIES = {
    FAMILY: "Look-alike negatives of kinds and languages the corpus lacked (exit interviews, "
    "appraisals, reference calls about others, parents' talks, visa and consulate interviews, "
    "viewings, adoption and foster talks, research sessions, press interviews, fairs and "
    "webinars, deadlines, pick-a-slot mails, offers and refusals naming the past interview, "
    "interviewers' notes, out-of-office replies, deliveries), beside the reader's own job and "
    "admission interviews in the same words.",
    HELD_FAMILY: "The held-out third of looks68, chosen by the file names' hashes before any parse.",
}
RAW: list[tuple[str, str, dict[str, object], str, str, str]] = []


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    minutes: int | None = None,
    shape: str = "text",
) -> None:
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it a look-alike, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"looks68 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- the reader's own workplace: leaving, appraisals, references --------------------------------
EXIT = "An exit interview before the reader leaves the current job: the reader already works there and is leaving, nobody hires the reader."
REVIEW = "An appraisal, a development talk or a 1:1 with the reader's current manager: the reader already holds the post, nobody hires the reader."
REF = "A recruiter asks the reader for a reference call about somebody else (a former colleague): the candidate is the other person, not the reader."


def workplace() -> None:
    add("sv", "avslutningssamtal", ("HR Nordvik Logistik", "hr@nordviklogistik.example.se"),
        "Avslutningssamtal innan din sista dag",
        "Hej Alex,\n\nEftersom din anställning hos oss avslutas den 31 mars vill vi gärna boka ett avslutningssamtal med dig. Vi går igenom hur du har trivts, vad vi kan göra bättre och det praktiska kring återlämning av dator och passerkort.\n\nTid: tisdag 9 mars kl. 14:00–14:30\nPlats: lilla mötesrummet, plan 3\n\nVänliga hälsningar\nKarin Ek, HR", EXIT)  # fmt: skip
    add("da", "fratraedelsessamtale", ("Mette Holm", "mette.holm@fynbo-el.example.dk"),
        "Fratrædelsessamtale onsdag",
        "Hej Alex\n\nTak for din opsigelse og for de gode år hos Fynbo El. Inden din sidste arbejdsdag vil jeg gerne holde en kort fratrædelsessamtale med dig, hvor vi taler om din tid her og overdragelsen af dine opgaver.\n\nHvornår: onsdag den 10. marts kl. 10.00\nHvor: mit kontor\n\nVenlig hilsen\nMette Holm\nHR-partner, Fynbo El", EXIT)  # fmt: skip
    add("en-GB", "exit_interview_teams", ("People Team, Harrow & Vale", "people@harrowvale.example.co.uk"),
        "Your exit interview - Thursday 11 March",
        "Hi Alex,\n\nAs you know, your last day with Harrow & Vale is 26 March. We invite every leaver to a short, confidential exit interview so we can learn from your time here.\n\nWhen: Thursday 11 March, 15:30-16:00\nWhere: Microsoft Teams (invite to follow)\n\nIt is entirely optional, and nothing you say will go to your line manager.\n\nBest wishes,\nPeople Team", EXIT, shape="alt")  # fmt: skip
    add("ca", "entrevista_sortida", ("Recursos Humans Cooperativa Garbí", "rrhh@garbi.example.cat"),
        "Entrevista de sortida",
        "Hola, Alex:\n\nCom que el teu contracte amb la cooperativa acaba a finals de mes, t'hem programat l'entrevista de sortida que fem amb totes les persones que marxen.\n\nDia: divendres 12 de març\nHora: 11:00\nLloc: sala de reunions de la segona planta\n\nParlarem de la teva experiència i del traspàs de feina.\n\nSalutacions,\nNúria Vidal\nRecursos Humans", EXIT)  # fmt: skip
    add("fi", "kehityskeskustelu", ("Sanna Virtanen", "sanna.virtanen@kotimaito.example.fi"),
        "Kehityskeskustelu ti 9.3.",
        "Hei Alex,\n\non taas vuotuisen kehityskeskustelun aika. Käydään läpi kulunut vuosi, tavoitteesi ja koulutustoiveesi.\n\nAika: tiistai 9.3. klo 14.00–15.00\nPaikka: neuvotteluhuone Koivu\n\nTäytäthän etukäteen itsearviointilomakkeen.\n\nTerveisin\nSanna Virtanen\nesihenkilö, Kotimaito Oy", REVIEW)  # fmt: skip
    add("nb", "medarbeidersamtale", ("Tor Haugen", "tor.haugen@fjordkraftverk.example.no"),
        "Medarbeidersamtale",
        "Hei Alex,\n\nJeg har satt opp den årlige medarbeidersamtalen vår. Vi snakker om arbeidsoppgavene dine, trivsel og planer for neste år.\n\nTid: onsdag 10. mars kl. 10.00\nSted: møterom Fjellet\n\nHilsen\nTor Haugen\navdelingsleder", REVIEW)  # fmt: skip
    add("uk", "atestatsiina_spivbesida", ("Олена Коваль", "o.koval@dniprosoft.example.ua"),
        "Щорічна атестаційна співбесіда",
        "Добрий день, Алекс!\n\nНагадую, що для всіх працівників відділу проводиться щорічна атестаційна співбесіда з керівником.\n\nВаша співбесіда: четвер, 11 березня, о 15:30, переговорна 2.\n\nПідготуйте, будь ласка, короткий звіт про виконані завдання за рік.\n\nЗ повагою,\nОлена Коваль\nвідділ персоналу ТОВ «Дніпрософт»", REVIEW)  # fmt: skip
    add("ru", "attestatsionnoe_sobesedovanie", ("Отдел персонала", "hr@volgatrans.example.ru"),
        "Аттестационное собеседование сотрудников",
        "Уважаемый Алекс,\n\nВ рамках ежегодной аттестации сотрудников с вами проведёт собеседование ваш руководитель.\n\nДата и время: пятница, 12 марта, 11:00\nМесто: кабинет 305\n\nПри себе иметь план развития на текущий год.\n\nС уважением,\nотдел персонала АО «ВолгаТранс»", REVIEW)  # fmt: skip
    add("en-US", "one_on_one_review", ("Dana Whitfield", "dana.whitfield@brightlane.example.com"),
        "Mid-year review - our 1:1 on Tuesday",
        "Hi Alex,\n\nI'd like to use our regular 1:1 next week for your mid-year performance review. We'll go over your goals, the feedback from the team and your compensation band.\n\nTuesday, March 16 at 10:30am, my office (or Zoom if you're remote that day).\n\nThanks,\nDana\nEngineering Manager, Brightlane", REVIEW)  # fmt: skip
    add("en-US", "reference_call", ("Kelsey Moore", "kelsey.moore@talentbridge.example.com"),
        "Reference call for Jordan Ellis",
        "Hi Alex,\n\nJordan Ellis has listed you as a reference for a Senior Analyst role with one of our clients. Jordan mentioned you were their manager at Corvid Insurance.\n\nI've scheduled a 15-minute reference call with you for Tuesday, March 9 at 2:00pm. I'll call you on the number Jordan gave us.\n\nThanks so much for your help,\nKelsey Moore\nTalentBridge Recruiting", REF)  # fmt: skip
    add("sv", "referenstagning", ("Johan Lind", "johan.lind@rekryteringshuset.example.se"),
        "Referenstagning – Elin Berg",
        "Hej Alex,\n\nElin Berg har sökt en tjänst som projektledare hos vår kund och har angett dig som referens från er tid på Solbacka Bygg.\n\nJag ringer dig onsdag 10 mars kl. 10:00 för en kort referenstagning, ca 20 minuter.\n\nTack på förhand!\nJohan Lind\nRekryteringshuset", REF)  # fmt: skip
    add("de", "referenzgespraech", ("Sabine Krüger", "s.krueger@personalwerk.example.de"),
        "Referenzgespräch zu Herrn Tobias Vogel",
        "Guten Tag,\n\nHerr Tobias Vogel bewirbt sich bei unserem Mandanten als Teamleiter Einkauf und hat Sie als Referenz genannt.\n\nIch rufe Sie am Donnerstag, 11. März, um 15:30 Uhr für ein kurzes Referenzgespräch an (etwa 15 Minuten).\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalwerk Beratung", REF)  # fmt: skip
    add("pt-BR", "referencia_ex_colega", ("Fernanda Lopes", "fernanda.lopes@selecta.example.com.br"),
        "Referência profissional de Mariana Costa",
        "Olá, Alex!\n\nA Mariana Costa está participando de um processo seletivo conosco e indicou você como referência profissional.\n\nAgendei uma ligação rápida com você na sexta-feira, 12 de março, às 11h, para conversarmos sobre o trabalho dela.\n\nObrigada!\nFernanda Lopes\nSelecta RH", REF)  # fmt: skip
    # controls: the reader's own job interview from a new employer, by video
    add("sv", "intervju_video", ("Rekrytering Malmö Stad", "rekrytering@malmo.example.se"),
        "Inbjudan till intervju – ekonomiassistent",
        "Hej Alex,\n\nTack för din ansökan till tjänsten som ekonomiassistent. Vi vill gärna träffa dig för en intervju via Teams.\n\nTid: tisdag 9 mars kl. 14:00–14:45\nLänk: skickas i en separat kalenderinbjudan\n\nVälkommen!\nLinnea Ström, rekryterande chef", "The reader's own job interview by video with a new employer (control).", slot=T9, minutes=45)  # fmt: skip
    add("da", "jobsamtale_video", ("Lars Bech", "lars.bech@aarhusvand.example.dk"),
        "Jobsamtale – stilling som driftstekniker",
        "Kære Alex\n\nTak for din ansøgning til stillingen som driftstekniker. Vi vil gerne invitere dig til en jobsamtale på Teams.\n\nonsdag den 10. marts kl. 10.00–10.45\n\nVenlig hilsen\nLars Bech\nAarhus Vand", "The reader's own job interview by video with a new employer (control).", slot=W10, minutes=45)  # fmt: skip
    add("fi", "tyohaastattelu", ("Rekrytointi, Lounaispuisto", "rekry@lounaispuisto.example.fi"),
        "Kutsu työhaastatteluun",
        "Hei Alex,\n\nkiitos hakemuksestasi palvelupäällikön tehtävään. Kutsumme sinut työhaastatteluun Teamsissa torstaina 11.3. klo 15.30–16.30.\n\nTervetuloa!\nPäivi Laine\nHR, Lounaispuisto Oy", "The reader's own job interview by video with a new employer (control).", slot=H11, minutes=60)  # fmt: skip


# --- family, home, state ---------------------------------------------------------------------------
SCHOOL = "A school's talk with the reader as a parent about a child (a tutor's meeting, a parents' talk): the talk is about the child's schooling, nobody hires the reader."
STATE = "A consulate's, an embassy's or a ministry's interview of the reader for a visa, residence or citizenship: a permit, nobody hires the reader."
HOME = "A flat viewing or a shared flat's interview of the reader as a tenant: a home, nobody hires the reader."
FOSTER = "An adoption or fostering service's assessment talk with the reader as a future parent: a child placed, nobody hires the reader."


def family_state() -> None:
    add("ca", "tutoria_pares", ("Escola Els Pins", "secretaria@elspins.example.cat"),
        "Entrevista amb la tutora de l'Arnau",
        "Benvolguda família,\n\nUs convoquem a l'entrevista de seguiment del segon trimestre amb la tutora de l'Arnau (3r B).\n\nDia: dimarts 9 de març\nHora: 14:00\nLloc: aula de 3r B\n\nSi no podeu venir, aviseu la secretaria.\n\nCordialment,\nEscola Els Pins", SCHOOL)  # fmt: skip
    add("it", "colloquio_genitori", ("Istituto Comprensivo Manzoni", "segreteria@icmanzoni.example.it"),
        "Colloquio con i genitori – classe 2ª C",
        "Gentile genitore,\n\nle comunichiamo che il colloquio individuale con la coordinatrice di classe di sua figlia Giulia è fissato per mercoledì 10 marzo alle 10:00, aula 14.\n\nCordiali saluti,\nla segreteria didattica", SCHOOL)  # fmt: skip
    add("vi", "hop_phu_huynh", ("Trường Tiểu học Hòa Bình", "vanphong@thhoabinh.example.vn"),
        "Thư mời họp phụ huynh",
        "Kính gửi Quý phụ huynh em Minh An (lớp 4A),\n\nNhà trường trân trọng kính mời Quý phụ huynh đến gặp giáo viên chủ nhiệm để trao đổi về kết quả học tập của con.\n\nThời gian: 15:30, thứ Năm, ngày 11/3/2027\nĐịa điểm: phòng học lớp 4A\n\nTrân trọng,\nBan Giám hiệu", SCHOOL)  # fmt: skip
    add("fi", "vanhempainvartti", ("Wilma / Kallion koulu", "wilma@kallionkoulu.example.fi"),
        "Vanhempainvartti, Eetu 5B",
        "Hyvä huoltaja,\n\nolette varanneet vanhempainvartin Eetun luokanopettajan kanssa.\n\nAika: perjantai 12.3. klo 11.00–11.15\nPaikka: luokka 5B\n\nYstävällisin terveisin\nKallion koulu", SCHOOL)  # fmt: skip
    add("vi", "phong_van_thi_thuc", ("Lãnh sự quán (hẹn lịch)", "henlich@visa-hcm.example.vn"),
        "Xác nhận lịch phỏng vấn thị thực",
        "Kính gửi ông/bà Alex Morgan,\n\nLịch phỏng vấn thị thực của ông/bà đã được xác nhận.\n\nThời gian: 9:00, thứ Hai, ngày 15/3/2027\nĐịa điểm: Tổng Lãnh sự quán, 4 Lê Duẩn, Quận 1\n\nVui lòng mang theo hộ chiếu, ảnh và giấy xác nhận này. Không mang theo điện thoại.\n\nBộ phận lịch hẹn", STATE)  # fmt: skip
    add("zh", "qianzheng_miantan", ("签证预约中心", "noreply@visa-appt.example.cn"),
        "签证面谈预约确认",
        "Alex Morgan 您好：\n\n您的签证面谈预约已确认。\n\n面谈时间：2027年3月16日（周二）10:30\n地点：总领事馆签证处（请提前30分钟到达）\n\n请携带护照、DS-160确认页及本确认函。\n\n签证预约中心", STATE)  # fmt: skip
    add("ru", "sobesedovanie_konsulstvo", ("Визовый отдел", "visa@consulate.example.ru"),
        "Собеседование в консульстве",
        "Уважаемый заявитель,\n\nВам назначено собеседование в визовом отделе консульства по вашему заявлению на долгосрочную визу.\n\nДата: среда, 17 марта 2027 г.\nВремя: 14:00\n\nПри себе иметь загранпаспорт и оригиналы документов.\n\nВизовый отдел", STATE)  # fmt: skip
    add("he", "reayon_misrad_hapnim", ("רשות האוכלוסין", "noreply@piba.example.il"),
        "זימון לראיון בלשכת רשות האוכלוסין",
        "שלום Alex Morgan,\n\nהנך מוזמן/ת לראיון בעניין בקשתך למעמד תושב.\n\nמועד: יום חמישי, 18 במרץ 2027, בשעה 15:00\nמקום: לשכת רשות האוכלוסין, רחוב הנביאים 1\n\nיש להביא דרכון ותעודות מקוריות.\n\nרשות האוכלוסין וההגירה", STATE)  # fmt: skip
    add("ar", "muqabalat_tashira", ("قسم التأشيرات", "visa@embassy.example.eg"),
        "تأكيد موعد مقابلة التأشيرة",
        "السيد/ة Alex Morgan،\n\nتم تأكيد موعد مقابلة التأشيرة الخاصة بكم.\n\nالتاريخ: الثلاثاء 9 مارس 2027\nالوقت: 14:00\nالمكان: قسم التأشيرات بالسفارة\n\nيرجى إحضار جواز السفر والمستندات الأصلية.\n\nقسم التأشيرات", STATE)  # fmt: skip
    add("da", "fremvisning_lejlighed", ("Boligselskabet Kanalen", "udlejning@kanalen.example.dk"),
        "Fremvisning af lejlighed – Kanalvej 14, 2. th.",
        "Hej Alex\n\nDu er på listen til fremvisning af lejligheden på Kanalvej 14, 2. th. (3 værelser, 78 m²).\n\nFremvisning: torsdag den 11. marts kl. 15.30\nMødested: ved opgangen\n\nHusk at medbringe lønsedler, hvis du ønsker lejligheden.\n\nVenlig hilsen\nBoligselskabet Kanalen", HOME)  # fmt: skip
    add("sv", "visning_lagenhet", ("Stina Ek", "stina.ek@hyresbostader.example.se"),
        "Visning av lägenheten på Tallvägen",
        "Hej Alex,\n\nTack för din intresseanmälan. Visning av lägenheten på Tallvägen 7 (2 rok) sker fredag 12 mars kl. 11:00. Efter visningen har vi ett kort samtal med varje sökande om hushåll och inkomst.\n\nVälkommen!\nStina Ek, uthyrning", HOME)  # fmt: skip
    add("nb", "kollektiv_intervju", ("Ingrid Dahl", "ingrid.dahl@postboks.example.no"),
        "Intervju for rommet i kollektivet",
        "Hei Alex!\n\nTakk for meldingen om rommet i kollektivet vårt på Grünerløkka. Vi vil gjerne ha deg på en liten intervju og visning, så du kan møte alle fire som bor her.\n\nonsdag 17. mars kl. 14.00, Thorvald Meyers gate 50\n\nHilsen Ingrid og resten av kollektivet", HOME)  # fmt: skip
    add("es", "visita_piso_pregunta", ("Carmen Ortiz", "carmen.ortiz@correo.example.es"),
        "Piso en alquiler de la calle Alcalá",
        "Hola, Alex:\n\nGracias por tu interés en el piso de la calle Alcalá 112.\nPodrías pasarte el martes 16 de marzo a las 10:30 para verlo, te enseño también el trastero\n\nUn saludo,\nCarmen (propietaria)", HOME)  # fmt: skip
    add("nb", "fosterhjem_samtale", ("Bufetat, fosterhjemstjenesten", "fosterhjem@bufetat.example.no"),
        "Samtale om å bli fosterhjem",
        "Hei Alex,\n\nTakk for at du har meldt interesse for å bli fosterhjem. Vi inviterer deg og partneren din til en kartleggingssamtale hjemme hos dere.\n\nTid: tirsdag 16. mars kl. 10.30\n\nSamtalen tar rundt to timer.\n\nVennlig hilsen\nKari Solberg\nfosterhjemstjenesten", FOSTER)  # fmt: skip
    add("fi", "adoptioneuvonta", ("Adoptioneuvonta, Pelastakaa Lapset", "adoptio@pela.example.fi"),
        "Adoptioneuvonnan tapaaminen",
        "Hei Alex,\n\nadoptioneuvonnan ensimmäinen tapaaminen on sovittu keskiviikolle 17.3. klo 14.00 toimistollemme (Koskikatu 3). Käymme läpi perheenne taustan ja adoptioprosessin vaiheet.\n\nYstävällisin terveisin\nHeidi Korhonen\nsosiaalityöntekijä", FOSTER)  # fmt: skip
    add("ca", "acolliment_valoracio", ("Institut Català de l'Acolliment", "acolliment@icaa.example.cat"),
        "Entrevista de valoració per a l'acolliment familiar",
        "Benvolgut Alex,\n\nUs citem a l'entrevista de valoració com a família acollidora, que farà l'equip tècnic a casa vostra.\n\nDia: dijous 18 de març\nHora: 15:00\n\nL'entrevista dura unes dues hores i hi han de ser tots els membres de la família.\n\nInstitut Català de l'Acolliment i de l'Adopció", FOSTER)  # fmt: skip


# --- research, press -------------------------------------------------------------------------------
RESEARCH = "A research study or a product team's user research session with the reader as participant (often for a voucher): what the reader gives is data or feedback, nobody hires the reader."
PRESS = "A journalist, a radio station or a podcast interviews the reader for a story or an episode: nobody hires the reader."


def research_press() -> None:
    add("sv", "anvandarintervju", ("Bokio Research", "research@bokfor.example.se"),
        "Bekräftelse: användarintervju tisdag",
        "Hej Alex,\n\nTack för att du vill vara med i en användarintervju om hur du bokför i appen! Som tack får du ett presentkort på 300 kr.\n\nTid: tisdag 9 mars kl. 14:00–14:45 (Google Meet)\n\nHälsningar\nEmma, UX-researcher", RESEARCH)  # fmt: skip
    add("uk", "interviu_doslidzhennia", ("Команда досліджень Monodesk", "research@monodesk.example.ua"),
        "Інтерв'ю для дослідження користувачів",
        "Вітаємо, Алекс!\n\nДякуємо, що погодилися взяти участь в інтерв'ю про те, як ви користуєтеся застосунком Monodesk.\n\nКоли: середа, 10 березня, 10:00–10:45 (Google Meet)\nПодяка: сертифікат на 500 грн.\n\nКоманда досліджень", RESEARCH)  # fmt: skip
    add("ca", "estudi_recerca", ("Grup de Recerca en Salut Digital", "recerca@uvic.example.cat"),
        "Entrevista per a l'estudi sobre teletreball",
        "Hola, Alex:\n\nGràcies per voler participar en el nostre estudi sobre teletreball i benestar. Et confirmem l'entrevista de recerca:\n\ndijous 11 de març a les 15:30, per videotrucada (uns 40 minuts)\n\nLes dades seran anònimes.\n\nGrup de Recerca en Salut Digital", RESEARCH)  # fmt: skip
    add("zh", "yonghu_fangtan", ("小账本用户研究", "research@xiaozhangben.example.cn"),
        "用户访谈邀请确认",
        "Alex 您好：\n\n感谢您报名参加“小账本”App 的用户访谈，我们想了解您记账的习惯。\n\n时间：3月12日（周五）11:00–12:00\n方式：腾讯会议（会议号稍后发送）\n感谢礼：100元电子礼品卡\n\n小账本用户研究团队", RESEARCH)  # fmt: skip
    add("da", "journalist_interview", ("Peter Dam", "peter.dam@fynsavis.example.dk"),
        "Interview til artikel om jeres andelshave",
        "Hej Alex\n\nTak fordi du vil stille op! Jeg vil gerne interviewe dig til en artikel om andelshaven i Bolbro.\n\nVi mødes tirsdag den 16. marts kl. 10.30 ved haven, og fotografen kommer med.\n\nMvh\nPeter Dam\njournalist, Fyns Avis", PRESS)  # fmt: skip
    add("vi", "phong_van_bao", ("Báo Tuổi Mới", "toasoan@tuoimoi.example.vn"),
        "Hẹn phỏng vấn cho bài viết về quán cà phê",
        "Chào anh Alex,\n\nCảm ơn anh đã nhận lời. Phóng viên của báo sẽ phỏng vấn anh cho bài viết về các quán cà phê sách ở Sài Gòn.\n\nThời gian: 14:00, thứ Tư, ngày 17/3/2027\nĐịa điểm: quán của anh\n\nTrân trọng,\nThu Hà\nphóng viên", PRESS)  # fmt: skip
    add("he", "reayon_podcast", ("נועה לוי", "noa@podcast-shchuna.example.il"),
        "ראיון לפודקאסט „שכונה”",
        "היי אלכס,\n\nתודה שהסכמת להתארח! נשמח לראיין אותך על הגינה הקהילתית.\n\nההקלטה: יום חמישי, 18 במרץ, בשעה 15:00, באולפן ברחוב בן יהודה 40.\n\nנועה\nעורכת, פודקאסט שכונה", PRESS)  # fmt: skip
    add("fi", "radiohaastattelu", ("Radio Pohjola", "toimitus@radiopohjola.example.fi"),
        "Radiohaastattelu maanantaina",
        "Hei Alex,\n\nkiitos, että lupauduit haastateltavaksi aamuohjelmaamme kirjastosi lukupiiristä.\n\nHaastattelu: maanantai 15.3. klo 9.00, studio 2 (Kauppakatu 9). Lähetys on suora ja kestää noin 10 minuuttia.\n\nTerveisin\nJari, toimittaja", PRESS)  # fmt: skip
    # controls: the reader's own job interview / own admission interview
    add("uk", "spivbesida_posada", ("HR Monodesk", "hr@monodesk.example.ua"),
        "Запрошення на співбесіду: посада UX-дослідника",
        "Добрий день, Алекс!\n\nДякуємо за ваше резюме на вакансію UX-дослідника. Запрошуємо вас на співбесіду з керівником відділу.\n\nКоли: вівторок, 16 березня, 10:30–11:30\nДе: Google Meet (посилання надішлемо окремо)\n\nЗ повагою,\nВікторія, рекрутер", "The reader's own job interview by video for a post (control).", slot=T16, minutes=60)  # fmt: skip
    add("ru", "sobesedovanie_vakansiya", ("ООО «Северлес»", "hr@severles.example.ru"),
        "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nБлагодарим за отклик на вакансию бухгалтера. Приглашаем вас на собеседование в среду, 17 марта, в 14:00 по видеосвязи (Яндекс Телемост).\n\nС уважением,\nотдел кадров ООО «Северлес»", "The reader's own job interview by video for a post (control).", slot=W17)  # fmt: skip
    add("vi", "phong_van_tuyen_dung", ("Phòng Nhân sự Công ty Sao Mai", "tuyendung@saomai.example.vn"),
        "Thư mời phỏng vấn vị trí Kế toán",
        "Chào anh Alex,\n\nCảm ơn anh đã ứng tuyển vị trí Kế toán tổng hợp. Công ty trân trọng mời anh tham dự buổi phỏng vấn trực tuyến.\n\nThời gian: 15:00, thứ Năm, ngày 18/3/2027\nHình thức: Google Meet\n\nTrân trọng,\nPhòng Nhân sự", "The reader's own job interview by video for a post (control).", slot=H18)  # fmt: skip
    add("zh", "shipin_mianshi", ("华信科技 招聘组", "hr@huaxin.example.cn"),
        "面试通知：数据分析师",
        "Alex 您好：\n\n感谢您应聘我司数据分析师岗位。诚邀您参加视频面试。\n\n时间：2027年3月16日（周二）10:30–11:30\n方式：腾讯会议\n\n华信科技 人力资源部", "The reader's own job interview by video for a post (control).", slot=T16, minutes=60)  # fmt: skip
    add("he", "reayon_avoda", ("משאבי אנוש, אורן מערכות", "jobs@oren.example.il"),
        "זימון לראיון עבודה",
        "שלום אלכס,\n\nתודה על פנייתך למשרת מנהל/ת חשבונות. נשמח לזמן אותך לראיון עבודה בזום.\n\nיום שלישי, 9 במרץ, בשעה 14:00\n\nבברכה,\nמשאבי אנוש, אורן מערכות", "The reader's own job interview by video for a post (control).", slot=T9)  # fmt: skip
    add("es", "admision_master", ("Admisiones Máster en Economía", "admisiones@ucm-eco.example.es"),
        "Entrevista de admisión – Máster en Economía",
        "Estimado/a Alex:\n\nTras revisar tu solicitud de admisión al Máster en Economía, te convocamos a la entrevista de admisión con la comisión académica.\n\nDía: miércoles 17 de marzo\nHora: 14:00\nModalidad: videollamada (Google Meet)\n\nUn saludo,\nOficina de Admisiones", "The reader's own admission interview for a degree course: an invitation by the README's Study places rule (control).", slot=W17)  # fmt: skip
    add("pt-PT", "admissao_mestrado", ("Serviços Académicos", "admissoes@ulx.example.pt"),
        "Entrevista de seleção – Mestrado em Gestão",
        "Caro/a Alex,\n\nNo âmbito da sua candidatura ao Mestrado em Gestão, convocamo-lo/a para a entrevista de seleção, por videochamada, na quinta-feira, 18 de março, às 15h00.\n\nCom os melhores cumprimentos,\nServiços Académicos", "The reader's own admission interview for a degree course: an invitation by the README's Study places rule (control).", slot=H18)  # fmt: skip


# --- fairs, webinars, deadlines, pick-a-slot ------------------------------------------------------
FAIR = "A job fair or a webinar the reader registered for (open to every attendee): an event, no interview set for the reader."
DEADLINE = "A deadline to book an assessment centre or finish tests: the time is a cut-off, nobody meets the reader then."
PICK = "A mail asking the reader to pick an interview slot through a link, with no slot set: nothing is booked yet."


def fairs_deadlines() -> None:
    add("zh", "zhaopinhui", ("校园招聘会组委会", "jobfair@univ.example.cn"),
        "春季校园招聘会报名成功",
        "Alex 同学您好：\n\n您已成功报名春季校园双选招聘会，届时将有120余家企业参会。\n\n时间：3月13日（周六）9:00–16:00\n地点：体育馆一楼\n\n请携带简历和学生证入场。\n\n招聘会组委会", FAIR)  # fmt: skip
    add("ru", "vebinar_sobesedovanie", ("Школа карьеры «Старт»", "webinar@start-career.example.ru"),
        "Вебинар «Как пройти собеседование» — вы зарегистрированы",
        "Здравствуйте, Алекс!\n\nВы зарегистрированы на бесплатный вебинар «Как пройти собеседование в IT».\n\nКогда: вторник, 16 марта, 10:30 (мск)\nСсылка на трансляцию придёт за час до начала.\n\nКоманда «Старт»", FAIR)  # fmt: skip
    add("uk", "yarmarok_vakansii", ("Київський центр зайнятості", "info@czk.example.ua"),
        "Ярмарок вакансій: реєстрацію підтверджено",
        "Шановний Алекс,\n\nВи зареєструвалися на ярмарок вакансій «Робота поруч». Роботодавці проводитимуть короткі співбесіди на своїх стендах.\n\nДата: субота, 13 березня\nЧас: 9:00–15:00\nМісце: Палац культури, вул. Центральна, 5\n\nКиївський центр зайнятості", FAIR)  # fmt: skip
    add("it", "webinar_candidati", ("Talent Team Vetreria Lario", "talent@vetrerialario.example.it"),
        "Webinar di presentazione per i candidati",
        "Gentile candidato,\n\ngrazie per il suo interesse per il nostro programma di tirocini. Prima dei colloqui organizziamo un webinar aperto a tutti i candidati per presentare l'azienda e rispondere alle domande.\n\nQuando: mercoledì 17 marzo alle 14:00\nDove: Microsoft Teams (link qui sotto)\n\nI colloqui individuali verranno fissati in seguito.\n\nTalent Team", FAIR)  # fmt: skip
    add("en-GB", "ac_booking_deadline", ("Graduate Recruitment, Fenwick Rail", "graduates@fenwickrail.example.co.uk"),
        "Action needed: book your assessment centre by Friday",
        "Dear Alex,\n\nCongratulations on passing the online tests for our Graduate Engineering Scheme. The next step is a virtual assessment centre.\n\nPlease log in to the candidate portal and book one of the available assessment centre dates by 17:00 on Friday 12 March. After that time any remaining places go to the reserve list.\n\nKind regards,\nGraduate Recruitment Team", DEADLINE)  # fmt: skip
    add("de", "ac_frist", ("Nachwuchsgewinnung Stadtwerke Lahn", "ausbildung@sw-lahn.example.de"),
        "Ihre Einladung zum Auswahlverfahren – bitte Termin buchen",
        "Guten Tag Alex Morgan,\n\nSie haben den Online-Test bestanden. Bitte buchen Sie im Bewerberportal bis Donnerstag, 11. März, 12:00 Uhr einen Termin für unser Assessment-Center. Danach werden freie Plätze an Nachrücker vergeben.\n\nMit freundlichen Grüßen\nIhr Team Nachwuchsgewinnung", DEADLINE)  # fmt: skip
    add("pt-PT", "prazo_testes", ("Recrutamento Atlântico Seguros", "recrutamento@atlanticoseg.example.pt"),
        "Prazo para concluir os testes de avaliação",
        "Caro/a Alex,\n\nRelembramos que os testes online do centro de avaliação devem ser concluídos até quarta-feira, 10 de março, às 23h59. Sem os testes concluídos não poderemos avançar com a sua candidatura.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento", DEADLINE)  # fmt: skip
    add("es", "elige_horario", ("Selección Grupo Marea", "seleccion@grupomarea.example.es"),
        "Elige tu hora para la entrevista",
        "Hola, Alex:\n\n¡Has pasado a la siguiente fase! Elige en este enlace el horario que mejor te venga para la entrevista con el equipo: https://citas.grupomarea.example.es/entrevista/alex\n\nEl enlace estará disponible hasta el jueves 11 de marzo a las 18:00.\n\nUn saludo,\nSelección de personal", PICK)  # fmt: skip
    add("it", "scegli_orario", ("HR Cartiere Brenta", "hr@cartierebrenta.example.it"),
        "Prenota il tuo colloquio",
        "Gentile Alex,\n\nla sua candidatura è stata selezionata. La invitiamo a scegliere uno degli slot disponibili per il colloquio tramite il link seguente entro venerdì 12 marzo alle 12:00:\nhttps://prenota.cartierebrenta.example.it/colloquio\n\nCordiali saluti,\nUfficio Risorse Umane", PICK)  # fmt: skip
    add("pt-BR", "escolha_horario", ("Recrutamento Vila Verde", "vagas@vilaverde.example.com.br"),
        "Agende sua entrevista",
        "Olá, Alex!\n\nVocê avançou para a etapa de entrevistas. Escolha o melhor horário na agenda do recrutador pelo link abaixo. O link expira na quarta-feira, 10/03, às 23h.\n\nhttps://agenda.vilaverde.example.com.br/entrevista\n\nAbraços,\nTime de Recrutamento", PICK)  # fmt: skip
    add("nb", "velg_tidspunkt", ("Rekruttering Kystbanken", "rekruttering@kystbanken.example.no"),
        "Velg tidspunkt for intervju",
        "Hei Alex,\n\nTakk for søknaden din! Vi vil gjerne møte deg til intervju. Velg et tidspunkt som passer i kalenderen vår innen onsdag 10. mars kl. 16.00:\nhttps://kystbanken.example.no/intervju/velg\n\nVennlig hilsen\nRekruttering, Kystbanken", PICK)  # fmt: skip


# --- after the interview, the interviewer's side, auto-replies, deliveries -------------------------
AFTER = "An offer or a refusal after the interview naming the past interview's date and time (and maybe a start date): the interview is over, nothing is set."
SIDE = "The reader's own calendar note or reminder as the interviewer of somebody else: the candidate is the other person."
OOO = "An out-of-office reply with the date and time the sender returns: no meeting is set."
ERRAND = (
    "A delivery window or a service appointment with a date and a time: nobody hires the reader."
)


def after_side() -> None:
    add("es", "rechazo_tras_entrevista", ("Selección Hotel Brisamar", "rrhh@brisamar.example.es"),
        "Proceso de selección – recepcionista",
        "Hola, Alex:\n\nGracias por la entrevista del jueves 4 de marzo a las 10:00 y por tu interés en el puesto de recepcionista. Tras valorar todas las candidaturas, hemos decidido continuar con otra persona.\n\nTe deseamos mucha suerte.\n\nRecursos Humanos, Hotel Brisamar", AFTER)  # fmt: skip
    add("it", "offerta_dopo_colloquio", ("Ufficio Personale Oleificio Sole", "personale@oleificiosole.example.it"),
        "Proposta di assunzione",
        "Gentile Alex,\n\na seguito del colloquio di venerdì 5 marzo alle 15:00, siamo lieti di proporle l'assunzione come addetto/a alla contabilità. La data di inizio prevista è lunedì 5 aprile alle 8:30.\n\nTrova in allegato la lettera di proposta da restituire firmata.\n\nCordiali saluti,\nUfficio Personale", AFTER)  # fmt: skip
    add("pt-BR", "proposta_pos_entrevista", ("RH Cerrado Alimentos", "rh@cerrado.example.com.br"),
        "Proposta de emprego",
        "Olá, Alex!\n\nFoi ótimo conversar com você na entrevista de quarta-feira, 3 de março, às 14h. Temos o prazer de oferecer a vaga de analista de compras. O início seria na quinta-feira, 1º de abril, às 9h.\n\nResponda até sexta-feira com o aceite.\n\nRH Cerrado Alimentos", AFTER)  # fmt: skip
    add("fi", "hylkays", ("Rekrytointi, Saimaan Tekniikka", "rekry@saimaantek.example.fi"),
        "Kiitos hakemuksestasi",
        "Hei Alex,\n\nkiitos haastattelusta torstaina 4.3. klo 13.00. Valitettavasti valitsimme tehtävään toisen hakijan.\n\nToivotamme onnea työnhakuun!\n\nSaimaan Tekniikka Oy", AFTER)  # fmt: skip
    add("ru", "otkaz_posle_sobesedovaniya", ("HR «ТехноПарк»", "hr@technopark.example.ru"),
        "Результаты собеседования",
        "Здравствуйте, Алекс!\n\nСпасибо, что пришли на собеседование 4 марта в 11:00. К сожалению, мы выбрали другого кандидата.\n\nЖелаем успехов!\nHR «ТехноПарк»", AFTER)  # fmt: skip
    add("sv", "erbjudande_efter_intervju", ("Maja Nyberg", "maja.nyberg@granbygg.example.se"),
        "Erbjudande om anställning",
        "Hej Alex,\n\nTack för intervjun fredag 5 mars kl. 10:00! Vi vill gärna erbjuda dig tjänsten som projektkoordinator. Första arbetsdagen blir måndag 3 maj kl. 08:30.\n\nAnställningsavtalet kommer med posten.\n\nVänliga hälsningar\nMaja Nyberg, Granbygg", AFTER)  # fmt: skip
    add("da", "interviewer_note", ("Rekruttering Aarhus Vand", "noreply-rekruttering@aarhusvand.example.dk"),
        "Du er interviewer: Sofie Lund, onsdag 10. marts kl. 10.00",
        "Hej Alex\n\nDu er sat på som interviewer til samtalen med kandidaten Sofie Lund (stilling: driftsassistent).\n\nonsdag den 10. marts kl. 10.00–11.00, mødelokale 2\n\nUdfyld venligst scorekortet i systemet senest dagen efter.\n\nRekrutteringssystemet", SIDE)  # fmt: skip
    add("nb", "intervjuer_paminnelse", ("Kalender", "kalender@kystbanken.example.no"),
        "Påminnelse: Intervju med kandidat Ola Nygaard",
        "Påminnelse\n\nIntervju med kandidat Ola Nygaard (stilling: kunderådgiver)\ntorsdag 11. mars kl. 15.30–16.30\nRom: Fyret\n\nDu er intervjuer. CV og intervjuguide ligger i rekrutteringsportalen.", SIDE)  # fmt: skip
    add("zh", "mianshiguan_tixing", ("招聘系统", "noreply@hr-sys.example.cn"),
        "面试官提醒：候选人王磊",
        "Alex 您好：\n\n您被安排为以下面试的面试官：\n\n候选人：王磊（应聘岗位：前端工程师）\n时间：3月9日（周二）14:00–15:00\n地点：3楼会议室\n\n面试结束后请在系统中填写评价表。\n\n招聘系统", SIDE)  # fmt: skip
    add("es", "nota_entrevistador", ("Alex Morgan", "alex.morgan@mailbox.example"),
        "Nota: entrevista a Lucía Pardo",
        "Recordatorio para mí:\n\nentrevisto a la candidata Lucía Pardo (puesto de diseñadora junior) el martes 16 de marzo a las 10:30 en la sala Atlántico. Preparar las preguntas del caso práctico y revisar su portfolio antes.", SIDE)  # fmt: skip
    add("ca", "fora_oficina", ("Jordi Puig", "jordi.puig@garbi.example.cat"),
        "Resposta automàtica: Re: Entrevista",
        "Hola,\n\nSóc fora de l'oficina fins dilluns 15 de març. Tornaré a les 9:00 i respondré el teu correu tan aviat com pugui. Per a temes urgents, escriu a rrhh@garbi.example.cat.\n\nJordi Puig", OOO)  # fmt: skip
    add("he", "maane_otomati", ("דנה כהן", "dana.cohen@oren.example.il"),
        "מענה אוטומטי: ראיון עבודה",
        "שלום,\n\nאני מחוץ למשרד ואחזור ביום שלישי, 16 במרץ, בשעה 10:30. אענה להודעתך עם שובי.\n\nדנה כהן\nמשאבי אנוש", OOO)  # fmt: skip
    add("ar", "rad_tilqai", ("منى سعيد", "mona.said@nile-tech.example.eg"),
        "رد تلقائي: بخصوص المقابلة",
        "مرحباً،\n\nأنا خارج المكتب حالياً وسأعود يوم الاثنين 15 مارس الساعة 9:00 صباحاً. سأرد على رسالتك فور عودتي.\n\nمنى سعيد\nالموارد البشرية", OOO)  # fmt: skip
    add("vi", "tra_loi_tu_dong", ("Nguyễn Thị Lan", "lan.nguyen@saomai.example.vn"),
        "Trả lời tự động: Lịch phỏng vấn",
        "Xin chào,\n\nTôi đang nghỉ phép và sẽ quay lại văn phòng lúc 9:00 thứ Hai, ngày 15/3/2027. Tôi sẽ trả lời email của bạn ngay khi trở lại.\n\nNguyễn Thị Lan\nPhòng Nhân sự", OOO)  # fmt: skip
    add("uk", "avtovidpovid", ("Ірина Бондар", "i.bondar@dniprosoft.example.ua"),
        "Автовідповідь: Re: Співбесіда",
        "Добрий день!\n\nЯ у відпустці до 12 березня. Повернуся в понеділок, 15 березня, о 9:00 і відповім на ваш лист.\n\nІрина Бондар\nрекрутер", OOO)  # fmt: skip
    add("zh", "kuaidi_paisong", ("顺达快递", "notice@shunda.example.cn"),
        "您的包裹即将派送",
        "尊敬的客户：\n\n您的包裹（运单号 SD2027030812345）预计于3月10日（周三）10:00–12:00 派送，请保持电话畅通。\n\n顺达快递", ERRAND)  # fmt: skip
    add("uk", "nova_poshta", ("Нова пошта", "info@novaposhta.example.ua"),
        "Посилка прямує до вас",
        "Шановний клієнте!\n\nВаша посилка 20450012345678 прибуде у відділення №12 у четвер, 11 березня, після 15:30. Отримати її можна з паспортом або кодом.\n\nНова пошта", ERRAND)  # fmt: skip
    add("fi", "huoltoaika", ("Autohuolto Nieminen", "ajanvaraus@autohuolto.example.fi"),
        "Huoltoaikasi on vahvistettu",
        "Hei Alex,\n\nhuoltoaikasi on vahvistettu:\n\nperjantai 12.3. klo 11.00\nAuto: ABC-123, määräaikaishuolto\n\nTervetuloa!\nAutohuolto Nieminen", ERRAND)  # fmt: skip
    add("pt-PT", "marcacao_loja", ("Loja Óptica Baixa", "marcacoes@opticabaixa.example.pt"),
        "Confirmação de marcação",
        "Olá Alex,\n\nA sua marcação para exame de visão está confirmada para terça-feira, 16 de março, às 10h30, na loja da Rua Augusta.\n\nAté breve,\nÓptica Baixa", ERRAND)  # fmt: skip
    add("ar", "mawid_iyada", ("عيادة النيل للأسنان", "booking@nile-dental.example.eg"),
        "تأكيد موعد العيادة",
        "عزيزي Alex،\n\nتم تأكيد موعدك في عيادة الأسنان يوم الأربعاء 17 مارس 2027 الساعة 14:00.\n\nيرجى الحضور قبل الموعد بعشر دقائق.\n\nعيادة النيل للأسنان", ERRAND)  # fmt: skip


# --- one-slot questions in es, it, pt without a question mark, beside the stated slot ------------
ASKED = "An employer's one-slot question written without a question mark (a conditional of asking opens the clause): an invitation at that slot that the candidate has not agreed yet, held unsure by the README's 'A time only asked about' (control)."
STATED = "The same employer stating the slot (a booking): a sure invitation (control)."


def asked() -> None:
    add("es", "pregunta_sin_signo", ("Laura Gil", "laura.gil@grupomarea.example.es"),
        "Entrevista – técnico/a de mantenimiento",
        "Hola, Alex:\n\nGracias por tu candidatura para el puesto de técnico/a de mantenimiento.\nPodrías venir a una entrevista el jueves 11 de marzo a las 15:30 en nuestra oficina de la calle Mayor 20\n\nUn saludo,\nLaura Gil\nRRHH, Grupo Marea", ASKED, slot=H11)  # fmt: skip
    add("it", "domanda_senza_punto", ("Paolo Neri", "paolo.neri@cartierebrenta.example.it"),
        "Colloquio – magazziniere",
        "Buongiorno Alex,\n\nabbiamo letto il suo curriculum per il posto di magazziniere.\nPotrebbe venire per un colloquio venerdì 12 marzo alle 11:00 nella nostra sede di via Roma 8\n\nCordiali saluti,\nPaolo Neri\nUfficio Personale", ASKED, slot=F12)  # fmt: skip
    add("pt-BR", "pergunta_sem_ponto", ("Carla Souza", "carla.souza@vilaverde.example.com.br"),
        "Entrevista – assistente administrativo",
        "Olá, Alex!\n\nRecebemos seu currículo para a vaga de assistente administrativo.\nVocê poderia participar de uma entrevista na segunda-feira, 15 de março, às 9h, pelo Google Meet\n\nAbraços,\nCarla Souza\nRH Vila Verde", ASKED, slot=M15)  # fmt: skip
    add("es", "afirmacion_reservada", ("Laura Gil", "laura.gil@grupomarea.example.es"),
        "Entrevista – auxiliar administrativo/a",
        "Hola, Alex:\n\nGracias por tu candidatura para el puesto de auxiliar administrativo/a. Te esperamos para la entrevista el jueves 11 de marzo a las 15:30 en nuestra oficina de la calle Mayor 20.\n\nUn saludo,\nLaura Gil\nRRHH, Grupo Marea", STATED, slot=H11)  # fmt: skip
    add("it", "affermazione_fissata", ("Paolo Neri", "paolo.neri@cartierebrenta.example.it"),
        "Colloquio – impiegato amministrativo",
        "Buongiorno Alex,\n\nabbiamo fissato il suo colloquio per il posto di impiegato amministrativo venerdì 12 marzo alle 11:00 nella nostra sede di via Roma 8.\n\nCordiali saluti,\nPaolo Neri\nUfficio Personale", STATED, slot=F12)  # fmt: skip
    add("pt-BR", "afirmacao_agendada", ("Carla Souza", "carla.souza@vilaverde.example.com.br"),
        "Entrevista agendada – auxiliar de logística",
        "Olá, Alex!\n\nSua entrevista para a vaga de auxiliar de logística está agendada para segunda-feira, 15 de março, às 9h, pelo Google Meet.\n\nAbraços,\nCarla Souza\nRH Vila Verde", STATED, slot=M15)  # fmt: skip
    add("it", "colloquio_insegnante", ("Istituto Comprensivo Manzoni", "segreteria@icmanzoni.example.it"),
        "Convocazione a colloquio – docente di matematica",
        "Gentile Alex,\n\nin seguito alla sua candidatura per l'incarico di docente di matematica, la convochiamo a colloquio con la dirigente scolastica mercoledì 10 marzo alle 10:00 in presidenza.\n\nCordiali saluti,\nla segreteria", "The reader's own job interview as a teacher at the same kind of school as the parents' talk (control).", slot=W10)  # fmt: skip


BUILDERS = [workplace, family_state, research_press, fairs_deadlines, after_side, asked]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 66ceb1a7 with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation) 5/45 (the sv and uk user research sessions, "
    "the ca research interview, the uk appraisal 'атестаційна співбесіда', the nb foster-home "
    "talk), dev controls right 11/11, all 11 sure (the es and pt-BR asks without a mark among "
    "them, which the README holds unsure); held out: look-alikes claimed 6/23, controls right "
    "6/6, 6 sure."
)
AFTER_FIX_FIGURES = (
    "After b34adfd3 (user research, thank-you gifts, appraisals, exit talks and foster or "
    "adoption talks named in sv, da, nb, fi, uk, ru, zh, ca; 'jobbintervju', 'jobsamtale', "
    "'työhaastattelu', 'entrevista de feina' name a job) and d5500500 (a conditional of 'can', "
    "'suit' or 'have time' opens an ask in es, it, pt without the marks): dev look-alikes "
    "claimed 0/45, controls right 11/11, 9 sure (the two unmarked asks now held for review); "
    "held out: look-alikes claimed 4/23, controls right 6/6, 5 sure. Whole corpus (quick.py, "
    "base68 vs this branch): dev, shared and fixtures 0 worse, 0 better, 0 SURE-/SURE+; held "
    "out outside this batch unchanged (95 of 2548 look-alikes claimed before and after)."
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    return pp.seeded_cases(FAMILY, HELD_FAMILY, RAW, LIC)


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the looks68 batch (`build_looks68.py`)",
        "",
        "Look-alike negatives of kinds and languages the corpus lacked: interviews and talks in "
        "which the reader is no candidate for a post (exit interviews, appraisals and 1:1s with "
        "the current manager, reference calls about somebody else, parents' talks at a child's "
        "school, visa, consulate and residence interviews, flat viewings and a shared flat's "
        "interview, adoption and foster assessments, research and user research sessions, press, "
        "radio and podcast interviews), job fairs and webinars, assessment-centre and test "
        "deadlines, pick-a-slot mails with no slot, offers and refusals naming the past "
        "interview's date and time, the reader's own notes as an interviewer, out-of-office "
        "replies with return times, deliveries and service appointments; beside controls: the "
        "reader's own job interviews by video, own admission interviews for a degree (the "
        "README's Study places rule), employers' one-slot questions in es, it and pt without a "
        "question mark and the same slots stated. All text is ours, written by hand with no "
        "template; people, companies, offices and addresses are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on any "
        "message.",
        "",
        f"{len(items)} messages; {held} held out as family looks68h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview, or own "
        "admission interview for a degree, with a fixed time is an `invitation` at its start "
        "(with its end when the text gives an end or an exact length; text mails state no zone, "
        "so the label carries the Date header's offset and `tz_stated: false`); a slot only asked "
        "about stays an `invitation` (held unsure). A talk whose purpose is leaving or keeping "
        "the reader's current post, somebody else's candidacy, a child's schooling, a permit, a "
        "home, a child placed, data for a study or a story, an event for all, a cut-off, a "
        "choice still open, an interview already over, or an errand hires nobody: "
        "`not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks68.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-looks68.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
