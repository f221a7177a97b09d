# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks69" batch: look-alike negatives of kinds the corpus held few of, beside
controls in the same senders' words.

Mail a job seeker gets after an offer (first-day, onboarding and orientation schedules,
pre-employment medical and drug-test appointments, background-check and fingerprinting
appointments, contract signing, payroll and IT set-up sessions), events for many (agency
newsletters with open-house hours, careers-service workshops, company save-the-dates), coding
challenges with a clock deadline, interviews that hire nobody (a flat share, a podcast, a
newspaper), interview coaching the reader booked, "interview confirmed" notices and panel
schedules sent to the reader as interviewer about somebody else, and mail about an interview
already held; languages: cs, da, de, en-GB, en-US, es, fi, fr, hu, it, ja, ko, nl, pl, pt-BR,
ro, ru, sv, tr, zh. Controls: the reader's own job interview in prose with onboarding-like
words around it ("after the interview we'll show you the office"), and one own scholarship
interview (the README's Study places rule labels it an invitation).

Run: .venv/bin/python tests/parsing/corpus/build_looks69.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up (tool names in senders are only display names). Labels come from the datetimes the
text is rendered from (zoneinfo) and were written before the parser was run on any message of
the batch. A seeded third is held out: file names sorted by the SHA-256 of the name, every third
from the first goes to heldout/ (family looks69h), chosen before any file was parsed. Helpers
come from build_looks60.py. Deterministic; the script deletes or writes only files of its own
families.
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
    "cs": "Europe/Prague",
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
}
FAMILY = "looks69"
HELD_FAMILY = "looks69h"
FAMILIES = {
    FAMILY: "Look-alike negatives after an offer (first days, onboarding, medicals, drug tests, "
    "background checks, contract signing, IT and payroll set-up), open houses, workshops, "
    "save-the-dates, coding-challenge deadlines, interviews that hire nobody, coaching the "
    "reader booked, panel schedules about other candidates and mail about past interviews, "
    "beside the reader's own job interviews with onboarding-like words.",
    HELD_FAMILY: "The held-out third of looks69, chosen by the file names' hashes before any parse.",
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
        f"looks69 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- after an offer: first day, onboarding, orientation --------------------------------------
FIRSTDAY = "A first-day, onboarding or orientation schedule after an accepted offer: the reader is already hired, the slot starts the job, no interview is set."
MEDICAL = "A pre-employment medical, occupational-health or drug-test appointment after the offer: a check-up, nobody interviews the reader."
CHECK = "A background-check or fingerprinting appointment after the offer: a formality at a service desk, no interview is set."
SIGN = "An appointment to sign the employment contract after the offer: the reader is already hired, no interview is set."
SETUP = "A payroll, IT or account set-up session for a new hire: the reader is already hired, no interview is set."


def after_offer() -> None:
    add("en-US", "first_day_schedule", ("Brightleaf People Ops", "onboarding@brightleaf.example.com"),
        "Welcome aboard! Your first-day schedule",
        "Hi Alex,\n\nWe're thrilled you accepted our offer and can't wait to have you on the team. Here is what your first day looks like:\n\nMonday, March 15, 2027\n9:00 AM - Arrive at reception, pick up your badge\n9:30 AM - Welcome breakfast with the Customer Success team\n11:00 AM - Laptop hand-over with IT\n1:00 PM - Lunch with your onboarding buddy, Priya\n\nPlease bring a photo ID and your signed I-9 documents.\n\nSee you soon!\nDana Price\nPeople Operations, Brightleaf", FIRSTDAY, shape="alt")  # fmt: skip
    add("de", "erster_arbeitstag", ("Personalabteilung Kessler Maschinenbau", "personal@kessler-mb.example.de"),
        "Ihr erster Arbeitstag bei Kessler",
        "Sehr geehrte Frau Morgan,\n\nwir freuen uns, dass Sie ab dem 15. März unser Team in der Konstruktion verstärken. Damit Ihr Start reibungslos gelingt, hier der Ablauf Ihres ersten Arbeitstages:\n\nMontag, 15. März 2027, 8:30 Uhr: Empfang am Werkstor, Ausgabe von Werksausweis und Arbeitskleidung\n9:00 Uhr: Sicherheitsunterweisung\n10:30 Uhr: Rundgang mit Ihrem Paten, Herrn Vogt\n\nBitte bringen Sie Ihre Lohnsteuer-ID und Ihre Sozialversicherungsnummer mit.\n\nMit freundlichen Grüßen\nSabine Hartl\nPersonalabteilung", FIRSTDAY)  # fmt: skip
    add("fr", "accueil_premier_jour", ("Service RH Maison Delorme", "rh@maisondelorme.example.fr"),
        "Votre journée d'intégration le lundi 15 mars",
        "Bonjour Alex,\n\nBienvenue chez Maison Delorme ! Suite à la signature de votre contrat, nous avons le plaisir de vous convier à votre journée d'intégration.\n\nRendez-vous le lundi 15 mars 2027 à 9h00 à l'accueil du siège, 12 rue des Tanneurs, Lyon.\nAu programme : présentation de l'entreprise, remise de votre badge et de votre ordinateur, déjeuner avec l'équipe.\n\nÀ très bientôt,\nClaire Fontaine\nChargée RH", FIRSTDAY)  # fmt: skip
    add("nl", "introductiedag", ("HR Van Dam Logistiek", "hr@vandamlogistiek.example.nl"),
        "Introductieprogramma nieuwe medewerkers",
        "Beste Alex,\n\nGefeliciteerd nogmaals met je nieuwe baan! Op maandag 15 maart om 9.00 uur begint je introductiedag. We verwachten je bij de receptie van ons kantoor in Tilburg.\n\nProgramma:\n9.00 uur ontvangst en koffie\n10.00 uur rondleiding door het magazijn\n13.00 uur uitleg over het rooster en je contract\n\nTot maandag!\nGroet,\nFemke de Wit\nHR", FIRSTDAY)  # fmt: skip
    add("ja", "nyusha_orientation", ("株式会社みなと技研 人事部", "jinji@minato-giken.example.jp"),
        "【入社のご案内】入社日当日のスケジュールについて",
        "アレックス・モーガン様\n\nこの度は内定をご承諾いただき、誠にありがとうございます。\n入社日当日のスケジュールをご案内いたします。\n\n日時：2027年3月15日（月）9時30分\n場所：本社7階 大会議室\n内容：入社手続き、オリエンテーション、社内システムの説明\n\n当日は印鑑と年金手帳をご持参ください。\n\n人事部 佐々木", FIRSTDAY)  # fmt: skip
    add("pl", "pierwszy_dzien_pracy", ("Dział Kadr Stalmet", "kadry@stalmet.example.pl"),
        "Pierwszy dzień pracy – plan",
        "Dzień dobry Pani Alex,\n\ncieszymy się, że dołącza Pani do zespołu Stalmet. Pierwszy dzień pracy zaczynamy w poniedziałek 15 marca o godz. 8:00 w biurze przy ul. Fabrycznej 4 we Wrocławiu.\n\nW planie: szkolenie BHP, odbiór laptopa i karty wejściowej, spotkanie z przełożonym.\n\nProsimy zabrać dowód osobisty i numer konta do wypłaty wynagrodzenia.\n\nPozdrawiam\nAgnieszka Wrona\nDział Kadr", FIRSTDAY)  # fmt: skip
    add("es", "jornada_acogida", ("Equipo de Personas, Grupo Alcázar", "personas@grupoalcazar.example.es"),
        "Jornada de acogida para nuevas incorporaciones",
        "Hola Alex:\n\n¡Bienvenida a Grupo Alcázar! Te esperamos en la jornada de acogida para nuevas incorporaciones el martes 16 de marzo a las 10:30 en la sala Goya (planta 2).\n\nDurante la mañana conocerás nuestra cultura, te daremos tu portátil y resolveremos dudas sobre nóminas y vacaciones.\n\nUn saludo,\nLucía Serrano\nEquipo de Personas", FIRSTDAY, shape="html")  # fmt: skip
    add("sv", "introduktion_nyanstallda", ("Malin Berg", "malin.berg@solvikbygg.example.se"),
        "Välkommen – introduktion för nyanställda",
        "Hej Alex!\n\nVad roligt att du tackat ja till tjänsten. Introduktionen för nyanställda hålls onsdag 17 mars kl. 14:00 i konferensrummet Ekan. Där får du träffa de andra som börjar i mars, gå igenom rutiner och få din dator.\n\nVälkommen!\nMalin Berg\nHR, Solvik Bygg", FIRSTDAY)  # fmt: skip
    add("de", "einstellungsuntersuchung", ("Betriebsärztlicher Dienst Rheinwerk", "arbeitsmedizin@rheinwerk.example.de"),
        "Termin Einstellungsuntersuchung",
        "Guten Tag Frau Morgan,\n\nvor Ihrem Arbeitsbeginn ist eine arbeitsmedizinische Einstellungsuntersuchung vorgesehen. Wir haben für Sie folgenden Termin reserviert:\n\nDonnerstag, 11. März 2027 um 15:30 Uhr\nBetriebsarzt Dr. Lenz, Gebäude C, Raum 014\n\nBitte kommen Sie nüchtern und bringen Sie Ihren Impfpass mit.\n\nFreundliche Grüße\nPraxisteam Arbeitsmedizin", MEDICAL)  # fmt: skip
    add("fr", "visite_medicale_embauche", ("Santé au travail Ouest", "rdv@sante-travail-ouest.example.fr"),
        "Convocation à la visite d'information et de prévention",
        "Madame, Monsieur,\n\nDans le cadre de votre embauche chez Transports Le Gall, vous êtes convoqué(e) à une visite d'information et de prévention :\n\nle mercredi 10 mars 2027 à 10h00\nCentre médical, 3 allée des Mouettes, Brest\n\nMerci de vous munir de votre carte Vitale et de vos lunettes le cas échéant.\n\nLe service de santé au travail", MEDICAL)  # fmt: skip
    add("ja", "yatoiire_kenshin", ("ひまわり商事 総務課", "soumu@himawari-shoji.example.jp"),
        "雇入れ時健康診断のご予約について",
        "モーガン様\n\n入社前の雇入れ時健康診断の予約が取れましたのでお知らせします。\n\n日時：3月12日（金）11:00\n場所：さくらクリニック（駅前ビル3階）\n\n前日21時以降は絶食でお願いします。受診票は当日受付でお渡しします。\n\n総務課 山本", MEDICAL)  # fmt: skip
    add("pl", "badanie_medycyny_pracy", ("Rekrutacja Polmarket", "rekrutacja@polmarket.example.pl"),
        "Skierowanie na badania wstępne",
        "Dzień dobry,\n\nw załączeniu przesyłamy skierowanie na wstępne badanie lekarskie medycyny pracy. Umówiliśmy wizytę na wtorek 9 marca o godz. 14:00 w przychodni MedPraca, ul. Długa 12, Poznań.\n\nOrzeczenie lekarskie prosimy dostarczyć przed pierwszym dniem pracy.\n\nPozdrawiamy\nZespół Rekrutacji", MEDICAL)  # fmt: skip
    add("pt-BR", "exame_admissional", ("RH Construtora Ipê", "rh@construtoraipe.example.com.br"),
        "Agendamento do exame admissional",
        "Olá Alex,\n\nParabéns pela aprovação! Agendamos o seu exame admissional para quinta-feira, 11 de março, às 15h30, na clínica Vida Ocupacional (Av. Paulista, 900, 5º andar).\n\nLeve documento com foto e a guia de encaminhamento em anexo. Após o exame, envie o ASO para este e-mail.\n\nAbraços,\nFernanda Lima\nRecursos Humanos", MEDICAL)  # fmt: skip
    add("it", "visita_preassuntiva", ("Ufficio Personale Ferri Alimentari", "personale@ferrialimentari.example.it"),
        "Visita medica preassuntiva",
        "Gentile Alex,\n\ncome previsto dalla normativa, prima dell'assunzione dovrà sottoporsi alla visita medica preassuntiva presso il nostro medico competente.\n\nLa visita è fissata per venerdì 12 marzo alle ore 11:00 presso il Poliambulatorio San Luca, via Roma 15, Parma.\n\nCordiali saluti\nUfficio Personale", MEDICAL)  # fmt: skip
    add("en-US", "drug_screen", ("Clearpath Screening", "no-reply@clearpath-screening.example.com"),
        "Action required: your pre-employment drug screen is scheduled",
        "Hello Alex Morgan,\n\nAs part of your conditional offer from Northway Freight, a pre-employment drug screen has been scheduled for you.\n\nAppointment: Wednesday, March 10, 2027 at 10:00 AM\nCollection site: Quest Diagnostics, 410 Elm St, Suite 2, Columbus, OH\n\nBring a government-issued photo ID. Do not reply to this automated message.\n\nClearpath Screening on behalf of Northway Freight", MEDICAL, shape="alt")  # fmt: skip
    add("en-US", "fingerprinting", ("Verity Background Services", "appointments@verity-bg.example.com"),
        "Your fingerprinting appointment is confirmed",
        "Hi Alex,\n\nYour fingerprinting appointment for your background check with Lakeside School District has been confirmed.\n\nDate: Thursday, March 11, 2027\nTime: 3:30 PM\nLocation: IdentoGO, 2200 Market St, Philadelphia, PA\nService code: 1KG6XN\n\nPlease arrive 10 minutes early with two forms of ID.\n\nVerity Background Services", CHECK)  # fmt: skip
    add("es", "antecedentes_cita", ("Selección Hotel Mirador", "seleccion@hotelmirador.example.es"),
        "Cita para el certificado de antecedentes",
        "Hola Alex:\n\nPara formalizar tu contratación como monitor infantil necesitamos el certificado de delitos de naturaleza sexual. Te hemos reservado cita en la Gerencia Territorial de Justicia el viernes 12 de marzo a las 11:00.\n\nLleva tu DNI o NIE. Cuando lo tengas, envíanoslo escaneado.\n\nSaludos,\nMarta Gil\nSelección", CHECK)  # fmt: skip
    add("de", "vertragsunterzeichnung", ("Jana Roth", "jana.roth@nordlicht-software.example.de"),
        "Unterzeichnung Ihres Arbeitsvertrags",
        "Hallo Alex,\n\nschön, dass du unser Angebot angenommen hast! Zur Unterzeichnung des Arbeitsvertrags würde ich dich gern am Mittwoch, 10. März um 10 Uhr bei uns im Büro sehen. Das dauert nur eine Viertelstunde; bring bitte deinen Ausweis mit.\n\nViele Grüße\nJana Roth\nHR, Nordlicht Software", SIGN)  # fmt: skip
    add("it", "firma_contratto", ("Ufficio HR Studio Berti", "hr@studioberti.example.it"),
        "Appuntamento per la firma del contratto",
        "Gentile Alex,\n\nsiamo lieti di confermarti l'assunzione. Ti aspettiamo martedì 16 marzo alle 10:30 nei nostri uffici di Bologna per la firma del contratto di lavoro e la consegna della documentazione.\n\nA presto,\nGiulia Berti", SIGN)  # fmt: skip
    add("pt-BR", "assinatura_contrato", ("Departamento Pessoal Aurora", "dp@aurora-tech.example.com.br"),
        "Assinatura do contrato de trabalho",
        "Oi Alex, tudo bem?\n\nSua admissão foi aprovada. Marcamos a assinatura do contrato de trabalho para terça-feira, 9 de março, às 14h, aqui no escritório. Traga a carteira de trabalho digital e comprovante de residência.\n\nAté lá!\nRenata Souza\nDepartamento Pessoal", SIGN)  # fmt: skip
    add("ro", "semnare_contract", ("Resurse Umane Carpatica", "hr@carpatica.example.ro"),
        "Programare pentru semnarea contractului de muncă",
        "Bună ziua, Alex,\n\nVă felicităm pentru acceptarea ofertei! Vă așteptăm joi, 11 martie 2027, la ora 15:30, la sediul nostru din Cluj-Napoca pentru semnarea contractului individual de muncă.\n\nVă rugăm să aduceți cartea de identitate și diploma în original.\n\nCu stimă,\nIoana Popescu\nResurse Umane", SIGN)  # fmt: skip
    add("tr", "sozlesme_imza", ("İnsan Kaynakları Doğan Tekstil", "ik@dogantekstil.example.com.tr"),
        "İş sözleşmesi imza randevusu",
        "Merhaba Alex Hanım,\n\nTeklifimizi kabul ettiğiniz için teşekkür ederiz. İş sözleşmenizin imzası için 12 Mart Cuma günü saat 11:00'de Bursa'daki ofisimize bekliyoruz. Nüfus cüzdanınızı ve diplomanızı yanınızda getirmeyi unutmayın.\n\nSaygılarımızla,\nElif Kaya\nİnsan Kaynakları", SIGN)  # fmt: skip
    add("en-GB", "it_setup_session", ("IT Service Desk, Harland Insurance", "servicedesk@harland.example.co.uk"),
        "New starter IT set-up session booked",
        "Hi Alex,\n\nAs a new starter you've been booked onto an IT set-up session:\n\nTuesday 16 March, 10:30-11:30\nRoom 2.14, Leeds office\n\nWe'll set up your laptop, multi-factor authentication and payroll self-service account. Please bring your phone.\n\nThanks,\nHarland IT Service Desk\nTicket INC0048213", SETUP)  # fmt: skip
    add("nl", "salarisadministratie_uitleg", ("Salarisadministratie Brouwer & Co", "salaris@brouwerco.example.nl"),
        "Uitleg salarisportaal nieuwe medewerkers",
        "Beste Alex,\n\nWelkom bij Brouwer & Co. Op woensdag 17 maart om 14.00 uur geven we een korte uitleg over het salarisportaal en je loonstrook, via Teams. Je ontvangt de link een dag van tevoren.\n\nMet vriendelijke groet,\nSalarisadministratie", SETUP)  # fmt: skip
    add("ko", "it_gyejeong_seoljeong", ("한빛소프트 인사팀", "hr@hanbitsoft.example.kr"),
        "[입사 안내] 사내 계정 및 장비 세팅 일정",
        "알렉스 님, 안녕하세요.\n\n입사를 진심으로 환영합니다. 사내 계정 발급과 노트북 세팅을 위해 아래 일정으로 IT팀 방문 부탁드립니다.\n\n일시: 3월 15일(월) 오전 9시\n장소: 본사 4층 IT지원실\n\n급여 계좌 등록도 함께 진행하니 통장 사본을 지참해 주세요.\n\n인사팀 드림", SETUP)  # fmt: skip


# --- events for many: open houses, workshops, save-the-dates; deadlines ----------------------
OPENHOUSE = "A recruiter's or agency's newsletter listing open-house hours for everyone: an event open to all, no interview is set for the reader."
WORKSHOP = "A careers service's or job centre's workshop (CV, LinkedIn, interview skills) for a group: a class, nobody interviews the reader."
SAVEDATE = "A company save-the-date for an event (summer party, kick-off, anniversary) with no calendar: an event for all staff or guests, no interview is set."
CODING = "A coding challenge or take-home test with a deadline at a clock time: a cut-off, no interview is set."


def events() -> None:
    add("en-GB", "agency_newsletter_open_house", ("Kite Recruitment", "news@kiterecruitment.example.co.uk"),
        "March newsletter: open house, new roles and salary guide",
        "Hello Alex,\n\nHere's what's happening at Kite this month.\n\nOPEN HOUSE\nPop into our Manchester office on Thursday 11 March between 3:30pm and 7pm. Meet our consultants, get your CV reviewed and hear about roles before they're advertised. No appointment needed.\n\nNEW ROLES\n- Payroll Administrator, Salford\n- Warehouse Team Leader, Trafford\n\nSALARY GUIDE 2027\nDownload it from our website.\n\nYou're receiving this because you registered with Kite. Unsubscribe", OPENHOUSE, shape="html")  # fmt: skip
    add("de", "tag_der_offenen_tuer", ("Zeitwerk Personal GmbH", "newsletter@zeitwerk-personal.example.de"),
        "Einladung: Tag der offenen Tür am 13. März",
        "Liebe Bewerberinnen und Bewerber,\n\nam Samstag, 13. März, öffnen wir von 9:00 bis 14:00 Uhr die Türen unserer Niederlassung in Hannover. Lernen Sie unsere Kundenunternehmen kennen, sprechen Sie direkt mit Personaldisponenten und lassen Sie Ihre Unterlagen checken.\n\nEine Anmeldung ist nicht erforderlich.\n\nIhr Team von Zeitwerk Personal\n\nSie erhalten diesen Newsletter, weil Sie in unserem Bewerberpool registriert sind. Abmelden", OPENHOUSE)  # fmt: skip
    add("fr", "atelier_cv_apec", ("Service Carrière, Université de Rennes", "carrieres@univ-rennes.example.fr"),
        "Atelier « Réussir son entretien d'embauche » – inscription confirmée",
        "Bonjour,\n\nVotre inscription à l'atelier collectif « Réussir son entretien d'embauche » est confirmée.\n\nQuand : jeudi 11 mars 2027, de 15h30 à 17h30\nOù : Maison de l'étudiant, salle 3\n\nL'atelier réunit 12 participants. Pensez à apporter votre CV imprimé.\n\nLe Service Carrière", WORKSHOP)  # fmt: skip
    add("cs", "workshop_kariernicentrum", ("Kariérní centrum VŠE", "kariera@vse-kariera.example.cz"),
        "Workshop: Jak napsat životopis – potvrzení registrace",
        "Dobrý den,\n\nděkujeme za registraci na workshop Jak napsat životopis a motivační dopis. Workshop proběhne ve středu 17. března 2027 od 14:00 v učebně RB 212.\n\nKapacita je 20 míst; pokud nemůžete přijít, registraci prosím zrušte.\n\nKariérní centrum", WORKSHOP)  # fmt: skip
    add("en-US", "save_the_date_summit", ("Cobalt Labs Events", "events@cobaltlabs.example.com"),
        "Save the date: Cobalt Labs Spring Kickoff",
        "Save the date!\n\nCobalt Labs Spring Kickoff\nThursday, March 18, 2027 · 3:00 PM\nThe Foundry, 55 Water St, Brooklyn\n\nJoin the whole Cobalt family for talks, demos and dinner. Formal invitations with RSVP details will follow in a few weeks.\n\nCobalt Labs Events Team", SAVEDATE, shape="html")  # fmt: skip
    add("es", "reserva_la_fecha", ("Comunicación Interna Soluna", "comunicacion@soluna.example.es"),
        "Reserva la fecha: 25 aniversario de Soluna",
        "Hola a todos:\n\nEste año cumplimos 25 años y queremos celebrarlo con vosotros. Reservad la fecha: viernes 12 de marzo a las 11:00 en el auditorio de la sede, seguido de un vino de honor.\n\nPróximamente enviaremos la invitación con todos los detalles.\n\nComunicación Interna", SAVEDATE)  # fmt: skip
    add("fi", "merkitse_kalenteriin", ("Henkilöstöpalvelut, Pohjola Energia", "henkilosto@pohjolaenergia.example.fi"),
        "Merkitse kalenteriin: kevätjuhla",
        "Hei kaikki,\n\nmerkitse kalenteriin: Pohjola Energian kevätjuhla pidetään torstaina 18.3. klo 15.00 alkaen pääkonttorin ravintolassa. Tarkempi ohjelma ja ilmoittautumislinkki tulevat myöhemmin.\n\nTerveisin\nHenkilöstöpalvelut", SAVEDATE)  # fmt: skip
    add("da", "save_the_date_sommerfest", ("Kommunikation, Vestkyst Bank", "kommunikation@vestkystbank.example.dk"),
        "Save the date – kickoff for alle medarbejdere",
        "Kære alle\n\nSæt kryds i kalenderen: vores årlige kickoff finder sted tirsdag den 16. marts kl. 10.30 i Musikhuset. Der kommer en officiel invitation med program senere.\n\nMange hilsner\nKommunikation", SAVEDATE)  # fmt: skip
    add("en-US", "coding_challenge_deadline", ("CodeArena for Helix Robotics", "noreply@codearena.example.io"),
        "Your Helix Robotics coding challenge is ready",
        "Hi Alex,\n\nHelix Robotics has invited you to complete a coding challenge for the Backend Engineer role.\n\nYou can start any time; once started you have 90 minutes.\nThe link expires on Wednesday, March 10, 2027 at 10:00 AM EST.\n\nStart challenge: https://codearena.example.io/c/8HX2Q\n\nGood luck!\nThe CodeArena team", CODING, shape="alt")  # fmt: skip
    add("zh", "biancheng_ceshi_jiezhi", ("星河科技招聘组", "hr@xinghe-tech.example.cn"),
        "【星河科技】在线编程测试邀请",
        "莫根同学，您好：\n\n感谢您投递后端开发工程师岗位。请在3月12日（周五）11:00前完成在线编程测试，测试时长90分钟，开始后不可暂停。\n\n测试链接：https://exam.xinghe-tech.example.cn/t/58213\n\n逾期未完成视为放弃。\n\n星河科技招聘组", CODING)  # fmt: skip
    add("ru", "testovoe_zadanie_srok", ("Анна Воронова", "a.voronova@sever-it.example.ru"),
        "Тестовое задание — Python-разработчик",
        "Здравствуйте, Алекс!\n\nСпасибо за отклик на вакансию. Высылаю тестовое задание во вложении. Пожалуйста, пришлите решение до 15:30 четверга, 11 марта, ссылкой на репозиторий.\n\nПо итогам проверки свяжемся с вами.\n\nС уважением,\nАнна Воронова\nрекрутер «Север IT»", CODING)  # fmt: skip


# --- interviews that hire nobody; prep the reader booked; others' interviews; past ones ------
NOJOB = "An interview that is not for a job (a flat share, a podcast, a newspaper): the reader is a tenant, a guest or a source, nobody hires the reader."
COACH = "An interview-preparation or coaching session the reader booked as a customer: a practice session, no employer interviews the reader."
PANEL = "An 'interview confirmed' notice or panel schedule sent to the reader as hiring manager or interviewer about another person's interview: the candidate is someone else."
PAST = "A reminder, note or survey about an interview that already took place (past date), with only a later cut-off or event time: no interview is set."
SCHOLAR = "The reader's own selection interview for a scholarship the reader applied for: the README's Study places rule labels it an invitation (control)."


def not_hired() -> None:
    add("nl", "hospiteeravond", ("Huize Kanaal", "huizekanaal@mailbox.example.nl"),
        "Uitnodiging hospiteeravond kamer Kanaalstraat",
        "Hoi Alex,\n\nLeuk dat je gereageerd hebt op onze kamer! We willen je graag uitnodigen voor onze hospiteeravond op dinsdag 9 maart om 20.00 uur. Neem gerust iets te drinken mee, dan leren we elkaar kennen.\n\nGroetjes,\nde bewoners van Kanaalstraat 12", NOJOB)  # fmt: skip
    add("fr", "interview_podcast", ("Léa Martin – podcast Parcours", "lea@podcast-parcours.example.fr"),
        "Enregistrement de l'épisode : interview le 16 mars",
        "Bonjour Alex,\n\nMerci d'avoir accepté de participer au podcast Parcours ! Je te confirme l'enregistrement de ton interview le mardi 16 mars à 10h30, au studio de la rue Oberkampf. Nous parlerons de ta reconversion dans la data.\n\nL'épisode sera diffusé en avril.\n\nÀ bientôt,\nLéa", NOJOB)  # fmt: skip
    add("pl", "wywiad_gazeta", ("Redakcja Gazety Lokalnej", "redakcja@gazeta-lokalna.example.pl"),
        "Wywiad do artykułu o rynku pracy",
        "Dzień dobry,\n\npiszę artykuł o osobach, które zmieniły zawód po trzydziestce, i chętnie porozmawiałabym z Panią. Czy moglibyśmy umówić wywiad na środę 10 marca o 10:00 w kawiarni przy Rynku? Rozmowa potrwa około godziny, artykuł ukaże się w sobotnim wydaniu.\n\nPozdrawiam\nKatarzyna Mazur, dziennikarka", NOJOB)  # fmt: skip
    add("de", "wg_casting", ("Lena aus der WG", "lena.wg@mailbox.example.de"),
        "WG-Casting Donnerstag",
        "Hey Alex,\n\ndanke für deine Nachricht zum Zimmer in der Körnerstraße! Wir machen am Donnerstag, 11. März um 15:30 ein WG-Casting mit ein paar Leuten. Komm einfach vorbei, 3. Stock bei Schneider/Yilmaz klingeln.\n\nLG Lena", NOJOB)  # fmt: skip
    add("en-US", "interview_coaching_booked", ("Ascend Career Coaching", "bookings@ascendcoaching.example.com"),
        "Booking confirmed: Mock Interview Session (60 min)",
        "Hi Alex,\n\nThanks for booking with Ascend Career Coaching. Your session details:\n\nService: Mock Interview Session (60 min)\nCoach: Rachel Kim\nWhen: Tuesday, March 9, 2027, 2:00 PM - 3:00 PM\nWhere: Zoom (link in your client portal)\nPaid: $120.00\n\nTo prepare, send Rachel the job description you're targeting.\n\nNeed to reschedule? Use the link in your portal at least 24 hours ahead.", COACH, shape="alt")  # fmt: skip
    add("de", "bewerbungscoaching", ("Karriereberatung Schubert", "termine@karriere-schubert.example.de"),
        "Terminbestätigung: Bewerbungscoaching",
        "Hallo Alex,\n\nvielen Dank für Ihre Buchung. Hiermit bestätige ich Ihren Termin zum Bewerbungscoaching mit Vorstellungsgesprächs-Training:\n\nFreitag, 12. März 2027, 11:00–12:30 Uhr\nPraxis Schubert, Lindenstraße 8, Köln\n\nBitte bringen Sie die Stellenanzeige mit, auf die Sie sich vorbereiten möchten. Das Honorar von 150 € ist vor Ort zu zahlen.\n\nHerzliche Grüße\nMarkus Schubert", COACH)  # fmt: skip
    add("es", "preparacion_entrevista", ("Orienta Empleo", "citas@orientaempleo.example.es"),
        "Tu sesión de preparación de entrevistas",
        "Hola Alex:\n\nHas reservado una sesión individual de preparación de entrevistas con nuestra orientadora Carmen.\n\nFecha: miércoles 17 de marzo de 2027\nHora: 14:00\nModalidad: videollamada\n\nHaremos una simulación de entrevista y trabajaremos tus respuestas. Si necesitas cambiar la cita, responde a este correo.\n\nOrienta Empleo", COACH)  # fmt: skip
    add("ja", "mensetsu_taisaku_yoyaku", ("キャリアコーチング・ミライ", "yoyaku@career-mirai.example.jp"),
        "【予約完了】面接対策セッションのご案内",
        "モーガン様\n\nこの度は面接対策セッションをご予約いただき、ありがとうございます。\n\nご予約日時：2027年3月18日（木）15:00〜16:00\n担当コーチ：高橋\n形式：オンライン（Zoom）\n\n模擬面接を行いますので、応募予定企業の求人票をご用意ください。\n\nキャリアコーチング・ミライ", COACH)  # fmt: skip
    add("en-US", "panel_schedule_interviewers", ("Greenhouse for Tidewater Analytics", "no-reply@greenhouse.example.io"),
        "Interview confirmed: Jordan Lee for Senior Data Analyst",
        "Hi Alex,\n\nJordan Lee's onsite interview for Senior Data Analyst is confirmed. You are on the interview panel.\n\nThursday, March 11, 2027\n3:30 PM - 4:15 PM  Alex Morgan (you) - SQL & analytics deep dive\n4:15 PM - 5:00 PM  Sam Ortiz - Stakeholder management\n\nCandidate: Jordan Lee\nResume and scorecard: https://app.greenhouse.example.io/people/77120\n\nPlease submit your scorecard within 24 hours of the interview.", PANEL, shape="alt")  # fmt: skip
    add("fr", "planning_jury_entretiens", ("Recrutement Groupe Vauban", "recrutement@groupevauban.example.fr"),
        "Planning des entretiens – poste de contrôleur de gestion",
        "Bonjour Alex,\n\nEn tant que manager recruteur, voici le planning des entretiens pour le poste de contrôleur de gestion. Vous recevrez les candidats avec Paul Girard.\n\nLundi 15 mars 2027\n9h00 : Mme Sophie Renaud\n10h00 : M. Karim Benali\n11h00 : Mme Inès Caron\n\nLes CV sont joints. Merci de remplir la grille d'évaluation après chaque entretien.\n\nCordialement,\nÉquipe Recrutement", PANEL)  # fmt: skip
    add("de", "interviewplan_hiring_manager", ("Personio für Weber Logistik", "noreply@personio.example.de"),
        "Interview bestätigt: Kandidat Tobias Brandt",
        "Hallo Alex,\n\nder Kandidat Tobias Brandt hat den Termin für das Vorstellungsgespräch bestätigt.\n\nStelle: Teamleitung Lager\nTermin: Dienstag, 16. März 2027, 10:30–11:30 Uhr\nOrt: Besprechungsraum Elbe\nInterviewer: Alex Morgan, Petra Lorenz\n\nDen Lebenslauf finden Sie im Bewerberprofil. Bitte geben Sie nach dem Gespräch Ihr Feedback ab.\n\nIhr Personio-Team", PANEL)  # fmt: skip
    add("sv", "intervjuschema_panel", ("Rekrytering Nordea Fastigheter", "rekrytering@nfast.example.se"),
        "Intervjuschema för dig som intervjuar",
        "Hej Alex,\n\nTack för att du ställer upp i intervjupanelen för tjänsten som ekonomiassistent. Här är schemat:\n\nOnsdag 17 mars\nkl. 14:00 Sara Lund (kandidat)\nkl. 15:00 Omar Haddad (kandidat)\n\nCV och intervjuguide finns i Teamtailor. Fyll i bedömningen direkt efter varje intervju.\n\nHälsningar\nRekrytering", PANEL)  # fmt: skip
    add("pt-BR", "agenda_entrevistadores", ("Gupy para Banco Horizonte", "no-reply@gupy.example.com.br"),
        "Entrevista confirmada com candidata Juliana Alves",
        "Olá Alex,\n\nA candidata Juliana Alves confirmou a entrevista para a vaga de Analista de Crédito.\n\nData: sexta-feira, 12 de março de 2027\nHorário: 11h00 às 12h00\nEntrevistadores: Alex Morgan (gestor), Carla Dias (RH)\n\nAcesse o perfil da candidata para ver o currículo e registrar sua avaliação após a entrevista.\n\nEquipe Gupy", PANEL)  # fmt: skip
    add("zh", "mianshiguan_anpai", ("远景集团招聘系统", "noreply@yuanjing-hr.example.cn"),
        "【面试官通知】候选人李娜面试安排",
        "莫根经理，您好：\n\n您作为面试官，已被安排参加以下面试：\n\n候选人：李娜\n应聘岗位：财务主管\n面试时间：2027年3月10日（周三）10:00-11:00\n面试地点：总部3楼会议室B\n\n请提前查阅候选人简历，并在面试结束后24小时内提交面试评价。\n\n远景集团人力资源部", PANEL)  # fmt: skip
    add("en-GB", "post_interview_survey", ("Candidate Experience, Mercer & Hale", "candidate.experience@mercerhale.example.co.uk"),
        "How was your interview on Friday 5 March?",
        "Hi Alex,\n\nThank you for interviewing with us on Friday 5 March at 2pm. We'd love to hear how it went for you.\n\nOur two-minute survey is open until Monday 15 March at 9am: https://survey.example.co.uk/mh/5521\n\nThe hiring team will be in touch about next steps separately.\n\nCandidate Experience Team", PAST)  # fmt: skip
    add("it", "promemoria_colloquio_passato", ("Selezione Gruppo Moretti", "selezione@gruppomoretti.example.it"),
        "Riepilogo del colloquio di lunedì 1 marzo",
        "Gentile Alex,\n\nla ringraziamo per il colloquio sostenuto lunedì 1 marzo alle ore 10:00 con la dott.ssa Ferri. Come anticipato, le comunicheremo l'esito entro giovedì 18 marzo alle 15:00.\n\nNel frattempo, se lo desidera, può inviarci le referenze richieste.\n\nCordiali saluti\nUfficio Selezione", PAST)  # fmt: skip
    add("tr", "gecmis_mulakat_hatirlatma", ("Kariyer Portalı", "bildirim@kariyerportali.example.com.tr"),
        "Mülakatınız nasıl geçti?",
        "Merhaba Alex,\n\n5 Mart Cuma saat 14:00'te Atlas Lojistik ile yaptığınız mülakat tamamlandı. Deneyiminizi değerlendirmek ister misiniz? Anket 15 Mart Pazartesi saat 09:00'a kadar açık.\n\nKariyer Portalı ekibi", PAST)  # fmt: skip
    add("nl", "herinnering_gesprek_geweest", ("Werving Gemeente Zeewolde", "werving@zeewolde-gemeente.example.nl"),
        "Terugkoppeling na uw gesprek van 4 maart",
        "Beste Alex,\n\nNogmaals dank voor het prettige gesprek van donderdag 4 maart om 14.00 uur. De commissie neemt uiterlijk woensdag 10 maart om 10.00 uur een besluit; u hoort daarna telefonisch van ons.\n\nMet vriendelijke groet,\nTeam Werving", PAST)  # fmt: skip


# --- controls: the reader's own job interview, with onboarding-like words -----------------------
OWN = "The reader's own job interview, written in prose, with onboarding-like words (office tour, meeting the team, lunch, contract talk) around it (control)."


def controls() -> None:
    add("en-US", "own_interview_office_tour", ("Megan Walsh", "megan.walsh@brightleaf.example.com"),
        "Interview at Brightleaf - Thursday",
        "Hi Alex,\n\nThanks for your application for the Customer Success Manager role. We'd like to invite you to an interview with me and our VP on Thursday, March 11 at 3:30 PM at our office, 200 Summer St, Boston. After the interview we'll show you the office and you can grab a coffee with the team.\n\nLooking forward to meeting you,\nMegan Walsh\nTalent Acquisition", OWN, slot=H11)  # fmt: skip
    add("de", "eigenes_gespraech_rundgang", ("Sabine Hartl", "sabine.hartl@kessler-mb.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Konstrukteurin. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 10. März 2027 um 10:00 Uhr in unser Werk in Augsburg ein. Im Anschluss an das Gespräch zeigen wir Ihnen gern die Fertigung und Ihren möglichen Arbeitsplatz.\n\nMit freundlichen Grüßen\nSabine Hartl\nPersonalabteilung", OWN, slot=W10)  # fmt: skip
    add("fr", "entretien_visite_locaux", ("Claire Fontaine", "claire.fontaine@maisondelorme.example.fr"),
        "Entretien pour le poste d'assistante commerciale",
        "Bonjour Alex,\n\nVotre candidature a retenu notre attention. Je vous propose un entretien le vendredi 12 mars à 11h00 dans nos locaux de Lyon, avec la responsable commerciale. Nous terminerons par une visite des locaux et un café avec l'équipe.\n\nBien cordialement,\nClaire Fontaine\nChargée RH", OWN, slot=F12)  # fmt: skip
    add("es", "entrevista_con_comida", ("Lucía Serrano", "lucia.serrano@grupoalcazar.example.es"),
        "Entrevista para el puesto de analista",
        "Hola Alex:\n\nGracias por tu interés en Grupo Alcázar. Queremos conocerte en una entrevista el martes 16 de marzo a las 10:30 en nuestra sede de Madrid. Después de la entrevista te presentaremos al equipo y, si te apetece, comemos juntos.\n\nUn saludo,\nLucía Serrano\nEquipo de Personas", OWN, slot=T16)  # fmt: skip
    add("it", "colloquio_conoscere_team", ("Giulia Berti", "giulia.berti@studioberti.example.it"),
        "Colloquio presso Studio Berti",
        "Gentile Alex,\n\nabbiamo letto con interesse il suo curriculum. La invitiamo a un colloquio conoscitivo mercoledì 17 marzo alle ore 14:00 presso il nostro studio di Bologna. Al termine del colloquio le faremo conoscere il team e le mostreremo gli uffici.\n\nCordiali saluti\nGiulia Berti", OWN, slot=W17)  # fmt: skip
    add("nl", "sollicitatiegesprek_rondleiding", ("Femke de Wit", "femke.dewit@vandamlogistiek.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nBedankt voor je sollicitatie als planner. We nodigen je graag uit voor een sollicitatiegesprek op donderdag 18 maart om 15.00 uur op ons kantoor in Tilburg. Na het gesprek krijg je een rondleiding door het magazijn.\n\nGroet,\nFemke de Wit\nHR", OWN, slot=H18)  # fmt: skip
    add("pl", "rozmowa_kwalifikacyjna_zespol", ("Agnieszka Wrona", "agnieszka.wrona@stalmet.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko technologa. Zapraszamy na rozmowę kwalifikacyjną we wtorek 9 marca o godz. 14:00 w naszym biurze we Wrocławiu. Po rozmowie przedstawimy Panią zespołowi i pokażemy halę produkcyjną.\n\nPozdrawiam\nAgnieszka Wrona\nDział Kadr", OWN, slot=T9)  # fmt: skip
    add("pt-BR", "entrevista_conhecer_escritorio", ("Fernanda Lima", "fernanda.lima@construtoraipe.example.com.br"),
        "Entrevista - Analista de Planejamento",
        "Olá Alex,\n\nGostamos muito do seu perfil! Queremos convidar você para uma entrevista na segunda-feira, 15 de março, às 9h, no nosso escritório da Av. Paulista. Depois da entrevista vamos te mostrar o escritório e apresentar a equipe de obras.\n\nAbraços,\nFernanda Lima\nRecursos Humanos", OWN, slot=M15)  # fmt: skip
    add("ja", "mensetsu_shanai_annai", ("株式会社みなと技研 採用担当", "saiyo@minato-giken.example.jp"),
        "一次面接のご案内",
        "アレックス・モーガン様\n\nこの度は弊社にご応募いただき、誠にありがとうございます。\n書類選考の結果、一次面接にお越しいただきたく、ご案内いたします。\n\n日時：2027年3月11日（木）15時30分〜16時30分\n場所：本社7階 応接室\n\n面接後、社内をご案内いたします。\n\n採用担当 佐々木", OWN, slot=H11, minutes=60)  # fmt: skip
    add("zh", "mianshi_canguan", ("星河科技 HR 王敏", "wangmin@xinghe-tech.example.cn"),
        "面试邀请：后端开发工程师",
        "莫根您好：\n\n感谢您应聘星河科技后端开发工程师岗位。诚邀您于3月16日（周二）上午10:30来公司参加面试，地址：上海市徐汇区漕溪北路88号12楼。面试结束后，我们会带您参观办公区并和团队一起午餐。\n\n星河科技 HR 王敏", OWN, slot=T16)  # fmt: skip
    add("sv", "anstallningsintervju_fika", ("Malin Berg", "malin.berg@solvikbygg.example.se"),
        "Intervju för tjänsten som projektledare",
        "Hej Alex!\n\nTack för din ansökan. Vi vill gärna träffa dig på en anställningsintervju fredag 12 mars kl. 11:00 på vårt kontor i Uppsala. Efter intervjun bjuder vi på fika och visar dig runt på kontoret.\n\nVänliga hälsningar\nMalin Berg\nHR, Solvik Bygg", OWN, slot=F12)  # fmt: skip
    add("tr", "is_gorusmesi_ofis_turu", ("Elif Kaya", "elif.kaya@dogantekstil.example.com.tr"),
        "İş görüşmesi daveti",
        "Merhaba Alex Hanım,\n\nBaşvurunuz için teşekkür ederiz. Sizi 17 Mart Çarşamba günü saat 14:00'te Bursa'daki ofisimizde iş görüşmesine davet ediyoruz. Görüşmeden sonra size fabrikayı gezdireceğiz.\n\nSaygılarımızla,\nElif Kaya\nİnsan Kaynakları", OWN, slot=W17)  # fmt: skip
    add("ru", "sobesedovanie_znakomstvo_komanda", ("Анна Воронова", "a.voronova@sever-it.example.ru"),
        "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nСпасибо за решённое тестовое задание. Приглашаем вас на собеседование в четверг, 18 марта, в 15:00 в наш офис на Невском проспекте, 28. После собеседования познакомим вас с командой и покажем офис.\n\nС уважением,\nАнна Воронова\nрекрутер «Север IT»", OWN, slot=H18)  # fmt: skip
    add("ko", "myeonjeop_annae", ("한빛소프트 채용담당", "recruit@hanbitsoft.example.kr"),
        "[한빛소프트] 1차 면접 안내",
        "알렉스 님, 안녕하세요.\n\n한빛소프트 백엔드 개발자 포지션에 지원해 주셔서 감사합니다. 1차 면접을 아래와 같이 안내드립니다.\n\n일시: 3월 10일(수) 오전 10시\n장소: 본사 5층 회의실\n\n면접 후 사무실 투어가 예정되어 있습니다.\n\n채용담당 드림", OWN, slot=W10)  # fmt: skip
    add("cs", "pohovor_prohlidka", ("Petra Novotná", "petra.novotna@techbrno.example.cz"),
        "Pozvánka na pohovor",
        "Dobrý den,\n\nděkujeme za Váš zájem o pozici účetní. Rádi bychom Vás pozvali na osobní pohovor v úterý 16. března v 10:30 v naší kanceláři v Brně. Po pohovoru Vám ukážeme pracoviště a představíme tým.\n\nS pozdravem\nPetra Novotná\nHR", OWN, slot=T16)  # fmt: skip
    add("da", "jobsamtale_rundvisning", ("Mette Holm", "mette.holm@vestkystbank.example.dk"),
        "Invitation til jobsamtale",
        "Kære Alex\n\nTak for din ansøgning som kunderådgiver. Vi vil gerne invitere dig til jobsamtale mandag den 15. marts kl. 9.00 i vores afdeling i Esbjerg. Efter samtalen viser vi dig rundt og præsenterer dig for teamet.\n\nVenlig hilsen\nMette Holm\nHR", OWN, slot=M15)  # fmt: skip
    add("ro", "interviu_vizita_birou", ("Ioana Popescu", "ioana.popescu@carpatica.example.ro"),
        "Invitație la interviu",
        "Bună ziua, Alex,\n\nVă mulțumim pentru aplicația la postul de analist financiar. Vă invităm la un interviu vineri, 12 martie 2027, la ora 11:00, la sediul nostru din Cluj-Napoca. După interviu vă vom prezenta echipa și biroul.\n\nCu stimă,\nIoana Popescu\nResurse Umane", OWN, slot=F12)  # fmt: skip
    add("hu", "osztondij_felveteli_interju", ("Ösztöndíjiroda, Kovács Alapítvány", "osztondij@kovacsalapitvany.example.hu"),
        "Meghívó ösztöndíj-interjúra",
        "Kedves Alex!\n\nÖrömmel értesítjük, hogy pályázata továbbjutott a Kovács Alapítvány ösztöndíjprogramjának második fordulójába. Személyes interjúra várjuk 2027. március 9-én, kedden 14:00 órakor az alapítvány budapesti irodájában (Andrássy út 12.).\n\nÜdvözlettel:\nÖsztöndíjiroda", SCHOLAR, slot=T9)  # fmt: skip


BUILDERS = [after_offer, events, not_hired, controls]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 4ac6a93a with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation) 0/36, dev controls right 11/12, 10 sure (the "
    "nl control's label carried an end the text never gives, see below; the pt-BR control "
    "'Gostamos muito do seu perfil! Queremos convidar você para uma entrevista' was held under "
    "0.5 as a recruiter's first approach); held out: look-alikes claimed 0/18, controls right "
    "6/6, 6 sure."
)
LABEL_FIXES = (
    "Label fixed after first sight: `dev/looks69__nl_sollicitatiegesprek_rondleiding.eml` was "
    "labelled with an end (16:00) that its text does not state ('om 15.00 uur', no length); "
    "the builder passed a length by mistake. The label now carries the start only, as the "
    "README's end rule asks."
)
AFTER_FIX_FIGURES = (
    "After 34c1669e (a modal invitation after praise of the profile books the slot in pt, es, "
    "it, nl, de, pl, fr; coaching booked to prepare 'your interview' and CJK interview-coaching "
    "words read as a coach's session; CJK interviewer notices asking to submit an evaluation or "
    "read the CV beforehand read as somebody else's interview): dev look-alikes claimed 0/36, "
    "controls right 12/12, 12 sure; held out: look-alikes claimed 0/18, controls right 6/6, 6 "
    "sure. Whole corpus (quick.py, base69 vs this branch): dev, shared and fixtures 0 worse, 0 "
    "better, 0 SURE-/SURE+ outside this batch; held out outside this batch unchanged (111 of 2600 "
    "look-alikes claimed before and after)."
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
        "# Provenance of the looks69 batch (`build_looks69.py`)",
        "",
        "Look-alike negatives of kinds the corpus held few of: mail after an offer (first-day, "
        "onboarding and orientation schedules, pre-employment medical and drug-test "
        "appointments, background-check and fingerprinting appointments, contract signing, "
        "payroll and IT set-up), agency newsletters with open-house hours, careers-service "
        "workshops, company save-the-dates, coding challenges with a clock deadline, interviews "
        "that hire nobody (flat share, podcast, newspaper), interview coaching the reader booked, "
        "'interview confirmed' notices and panel schedules sent to the reader as interviewer "
        "about somebody else, and mail about an interview already held; beside controls: the "
        "reader's own job interviews in prose with onboarding-like words around them and one own "
        "scholarship interview (the README's Study places rule). All text is ours, written by "
        "hand with no template; people, companies, offices and addresses are made up; tool names "
        "in senders are display names only. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family looks69h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview, or own "
        "selection interview for a scholarship, with a fixed time is an `invitation` at its start "
        "(with its end when the text gives an end or an exact length; text mails state no zone, "
        "so the label carries the Date header's offset and `tz_stated: false`). A slot that "
        "starts a job already accepted, a check-up, a formality, a class or event for many, a "
        "cut-off, a talk that hires nobody, practice the reader paid for, somebody else's "
        "interview or an interview already over: `not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    lines += [LABEL_FIXES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks69.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-looks69.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
