"""Write the "negs16" batch: look-alike mail in languages other than English, second round.

Run: .venv/bin/python tests/parsing/corpus/build_negs16.py

Mail a job seeker gets with a future date and time that sets no interview for the reader,
written in de, fr, es, it, nl, pl, pt-PT, pt-BR, cs, ro, hu, ja, zh-CN, ru, tr, ar, hi and id:
employer information evenings, application-portal deadlines, results published on a date,
assessment-centre logistics (hotels, expenses, menus) for a day fixed earlier, HR promising to
call 'next week' without a time, onboarding and induction training, pre-employment medical
checks and contract signings, other candidates' slots, auto-replies with return dates, minutes
naming the next meeting and career newsletters. About one message in four is a genuine
invitation in the same voice (a reminder of the reader's own interview or assessment day is one).

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is
deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; shapes of employer events, portal notices, HR follow-ups, onboarding, "
    "auto-replies, minutes and newsletters written from memory of such mail, no product's "
    "template copied; " + OWN
)
NEG = "not_invitation"
BULK = {"List-Unsubscribe": "<https://unsubscribe.example/u/16>", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated"}
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "infoabend16": "dev",
    "portalfrist16": "dev",
    "results16": "dev",
    "callweek16": "dev",
    "onboard16": "dev",
    "autoreply16": "dev",
    "minutes16": "dev",
    "prehire16": "dev",
    "aclogis16": "heldout",
    "otherslot16": "heldout",
    "newsletter16": "heldout",
    "remind16": "heldout",
}

SOURCES = {
    "infoabend16": "Employer information evenings and open evenings for applicants (de, nl, fr, "
    "pl, cs); controls: a personal interview set after (or beside) such an evening (de, nl).",
    "portalfrist16": "Application-portal deadlines: drafts not submitted, closing dates and "
    "times (ro, hu, it, es, pt-BR); controls: the same portals booking an interview (hu, ro).",
    "results16": "Results of a selection step published on a date and time (tr, ar, hi, id, "
    "ja, zh-CN, ru); controls: results that come with the next interview's time (id, tr).",
    "callweek16": "HR saying they will call 'next week' or within office hours, with no time "
    "set (es, it, pt-PT, pt-BR, ro); controls: a phone interview set at a time (es, pt-PT).",
    "onboard16": "Induction, safety training and first-day programmes after an offer (cs, hu, "
    "ro, tr, id, pt-PT); controls: a last interview booked by the same HR desks (ro, tr).",
    "autoreply16": "Out-of-office auto-replies naming a return date and hour (cs, hu, ro, id, "
    "zh-CN, ja, pt-PT); controls: the person back from leave setting the interview (cs, zh-CN).",
    "minutes16": "Minutes of job clubs, teams, associations and owners' meetings naming the "
    "next meeting (it, pl, pt-PT, nl, es, de); controls: a recruiter's recap that sets the next "
    "interview (nl, it).",
    "prehire16": "Pre-employment medical checks, contract signings and document hand-ins (de, "
    "fr, es, it, pl); controls: a second interview set by the same HR voices (fr, de).",
    "aclogis16": "Assessment-centre logistics for a day fixed earlier: hotel bookings, expense "
    "forms, dietary forms, an assessment day for all shortlisted with individual times to "
    "follow (de, nl, fr, it, es); controls: reminders of the reader's own assessment day at a "
    "time (de, es).",
    "otherslot16": "Interview schedules of other candidates sent to the reader by mistake or "
    "as a colleague (it, ja, zh-CN, ru, ar); controls: schedules that name the reader's own "
    "slot (pl, ru).",
    "newsletter16": "Career and job-board newsletters listing fairs, webinars and company "
    "presentations (ja, zh-CN, hi, tr, ar, ru); control: a platform's personal interview notice "
    "(tr).",
    "remind16": "Reminders: test and video deadlines, a careers event (ro, cs, hu, id); "
    "controls: reminders of the reader's own interview (pt-BR, nl, ro).",
}

LON, BER, PAR, MAD, ROM, AMS, LIS, WAW, STO = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Lisbon",
    "Europe/Warsaw",
    "Europe/Stockholm",
)
TYO, SEL, SHA, SAO, MEX, NYC, BRU, ZRH, DUB, VIE = (
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "America/New_York",
    "Europe/Brussels",
    "Europe/Zurich",
    "Europe/Dublin",
    "Europe/Vienna",
)
MSK, KYI, IST, RUH = "Europe/Moscow", "Europe/Kyiv", "Europe/Istanbul", "Asia/Riyadh"


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 7, zone)


def zoned(start: datetime, end: datetime | None, zone: str) -> dict[str, object]:
    """An invitation label whose text states the zone."""
    return {"kind": "invitation", **timed(start, end, zone=zone)}


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


def _headers(raw: bytes, headers: dict[str, str] | None) -> bytes:
    if not headers:
        return raw
    extra = "".join(f"{key}: {value}\r\n" for key, value in headers.items()).encode()
    return raw.replace(b"MIME-Version: 1.0", extra + b"MIME-Version: 1.0", 1)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    *,
    label: dict[str, object] | None = None,
    form: str = "text",
    headers: dict[str, str] | None = None,
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"negs16/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    label: dict[str, object] | None = None,
) -> Case:
    """The user forwards a message with a note of their own."""
    raw = pp.forward(
        f"negs16/{family}/{name}",
        client=client,
        lang=lang.split("-")[0],
        user=ME,
        org=org,
        orig_sent=sent,
        subject=subject,
        body=body,
        note=note_text,
    )
    if label is not None:
        label = {**label, "organizer_email": org[1]}
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, HAND, OWN)


def slot(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    """An invitation label whose text states no zone (wall time, the Date's offset)."""
    return {"kind": "invitation", **timed(start, end, sent=sent)}


PRG, BUD, BUH, JKT, DEL = (
    "Europe/Prague",
    "Europe/Budapest",
    "Europe/Bucharest",
    "Asia/Jakarta",
    "Asia/Kolkata",
)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


# FAMILIES
def infoabend16() -> Iterator[Case]:
    f = "infoabend16"
    chk(3, 11, "Thu")
    yield case(
        f,
        "karriereabend",
        "de",
        ("Brückner Logistik Karriere", "karriere@brueckner-logistik.example.de"),
        "Einladung zum Karriereabend \u2013 Donnerstag, 11. März 2027",
        sent_on(2, 24, 10, BER),
        "An employer invites its applicant pool to an information evening with a time; no "
        "interview for the reader.",
        "Sehr geehrte Bewerberinnen und Bewerber,\n\nvielen Dank für Ihr Interesse an "
        "Brückner Logistik. Wir laden Sie herzlich zu unserem Karriereabend ein:\n\n"
        "Donnerstag, 11. März 2027, 18:00 \u2013 20:30 Uhr\nZentrale Bremen, Am Speicher 7, "
        "Foyer\n\nFreuen Sie sich auf Kurzvorträge aus den Fachbereichen, eine Führung durch "
        "das Lager und Gespräche mit unseren Azubis bei einem kleinen Imbiss. Eine Anmeldung "
        "ist bis zum 8. März über unser Karriereportal erforderlich.\n\nDer Abend ist kein "
        "Bestandteil des Auswahlverfahrens.\n\nIhr Recruiting-Team\nBrückner Logistik GmbH",
        headers=BULK,
    )
    chk(3, 10, "Wed")
    yield case(
        f,
        "informatieavond_traineeship",
        "nl",
        ("Gemeente Waterland-Oost", "werken@waterland-oost.example.nl"),
        "Informatieavond traineeship \u2013 woensdag 10 maart",
        sent_on(2, 26, 14, AMS),
        "A municipality's information evening for everyone interested in its traineeship.",
        "Beste geïnteresseerde,\n\nJe hebt je aangemeld voor updates over het traineeship "
        "Publieke Dienstverlening. Op woensdag 10 maart 2027 organiseren we een "
        "informatieavond in het gemeentehuis (raadzaal).\n\nInloop 18.45 uur, start 19.00 uur, "
        "einde rond 21.00 uur.\n\nTrainees van vorig jaar vertellen over hun ervaringen en je "
        "kunt vragen stellen aan de selectiecommissie. Solliciteren kan tot en met 21 maart.\n\n"
        "Met vriendelijke groet,\nTeam Werving & Selectie",
        headers=BULK,
        form="both",
    )
    chk(3, 18, "Thu")
    yield case(
        f,
        "soiree_graduate",
        "fr",
        ("Groupe Lavandière \u2013 Recrutement", "recrutement@lavandiere.example.fr"),
        "Soirée d'information Graduate Programme \u2013 jeudi 18 mars, 18 h 30",
        sent_on(3, 1, 9, PAR),
        "An information evening about a graduate programme, sent to people who applied.",
        "Bonjour,\n\nVous avez postulé à notre Graduate Programme 2027 : merci ! Avant la "
        "clôture des candidatures, nous organisons une soirée d'information ouverte à tous "
        "les candidats.\n\n\U0001f4c5 jeudi 18 mars 2027\n\U0001f552 18 h 30 \u2013 20 h 00 "
        "(accueil dès 18 h 15)\n\U0001f4cd Siège, 40 quai de la Loire, Lyon 2e\n\nAu "
        "programme : présentation des parcours, témoignages, cocktail. La soirée n'a aucune "
        "incidence sur l'examen de votre dossier.\n\nInscription : "
        "https://carrieres.lavandiere.example.fr/soiree\n\nL'équipe Talents",
        headers=BULK,
        form="html",
    )
    chk(3, 16, "Tue")
    yield case(
        f,
        "spotkanie_informacyjne",
        "pl",
        ("Rekrutacja Wisła Energia", "rekrutacja@wisla-energia.example.pl"),
        "Spotkanie informacyjne dla kandydatów \u2013 16 marca, godz. 17:00",
        sent_on(3, 2, 11, WAW),
        "An energy company's information meeting for candidates, online, with a link.",
        "Dzień dobry,\n\ndziękujemy za aplikację w programie stażowym. Zapraszamy na "
        "spotkanie informacyjne online:\n\nwtorek, 16 marca 2027 r., godz. 17:00\u201318:00\n"
        "link: https://spotkania.wisla-energia.example.pl/info-staz\n\nOpowiemy o "
        "harmonogramie rekrutacji, zadaniach stażystów i warunkach zatrudnienia. Udział nie "
        "jest obowiązkowy. Zaproszenia na rozmowy kwalifikacyjne wyślemy osobno po 22 marca.\n\n"
        "Pozdrawiamy,\nZespół Rekrutacji",
        headers=BULK,
    )
    chk(3, 17, "Wed")
    yield case(
        f,
        "informacni_vecer",
        "cs",
        ("Nábytek Horák \u2013 personální oddělení", "kariera@nabytek-horak.example.cz"),
        "Informační večer pro uchazeče \u2013 středa 17. 3.",
        sent_on(3, 3, 15, PRG),
        "A Czech firm's information evening for applicants, with a tour.",
        "Dobrý den,\n\nděkujeme za Váš zájem o práci v naší firmě. Srdečně Vás zveme na "
        "informační večer pro uchazeče:\n\nstředa 17. 3. 2027 od 17:30 do 19:30\nzávod "
        "Jihlava, Průmyslová 12, jídelna\n\nProvedeme Vás výrobou, představíme volné pozice a "
        "odpovíme na dotazy. Účast prosíme potvrdit do pondělí 15. 3.\n\nS pozdravem\n"
        "Lenka Dvořáková\npersonální oddělení",
    )
    st = when(3, 19, "Fri", 10, 0, BER)
    sent = sent_on(3, 12, 9, BER)
    yield case(
        f,
        "nach_infoabend_gespraech",
        "de",
        ("Sabine Kettler", "sabine.kettler@brueckner-logistik.example.de"),
        "Ihr persönliches Gespräch nach dem Karriereabend",
        sent,
        "Control: after the information evening (past), the reader gets a personal interview.",
        "Sehr geehrter Herr Morgan,\n\nschön, dass Sie gestern bei unserem Karriereabend "
        "waren! Wie besprochen möchten wir Sie gern zu einem persönlichen Gespräch "
        "einladen:\n\nFreitag, 19. März 2027, 10:00 \u2013 10:45 Uhr\nbei mir im Büro, Am "
        "Speicher 7, 2. OG\n\nBitte bestätigen Sie mir den Termin kurz per Mail.\n\nViele "
        "Grüße\nSabine Kettler\nPersonalreferentin",
        label=slot(st, st + 45 * MIN, sent),
    )
    st = when(3, 11, "Thu", 14, 0, AMS)
    sent = sent_on(3, 3, 16, AMS)
    yield case(
        f,
        "avond_en_gesprek",
        "nl",
        ("Marloes de Wit", "m.dewit@waterland-oost.example.nl"),
        "Uitnodiging kennismakingsgesprek traineeship",
        sent,
        "Control: the information evening comes first, then the reader's own slot is given.",
        "Beste Alex,\n\nNa de informatieavond van dinsdag 9 maart plannen we met iedere "
        "kandidaat een kort kennismakingsgesprek. Jouw gesprek staat gepland op:\n\n"
        "donderdag 11 maart 2027 van 14.00 tot 14.30 uur\nGemeentehuis, kamer 2.14\n\n"
        "Lukt dit niet? Laat het me dan voor vrijdag weten.\n\nGroet,\nMarloes de Wit\n"
        "Werving & Selectie",
        label=slot(st, st + 30 * MIN, sent),
    )


def portalfrist16() -> Iterator[Case]:
    f = "portalfrist16"
    yield case(
        f,
        "candidatura_incompleta",
        "ro",
        ("Portal Cariere Dacia Retail", "noreply@cariere.daciaretail.example.ro"),
        "Candidatura dvs. este incompletă \u2013 termen 15 martie 2027, ora 23:59",
        sent_on(3, 8, 8, BUH),
        "A portal reminds the reader that a draft application closes at a time.",
        "Bună ziua, Alex,\n\nCandidatura dvs. pentru postul \u201eSpecialist achiziții\u201d "
        "nu a fost încă trimisă. Vă mai lipsesc: scrisoarea de intenție și adeverința de "
        "studii.\n\nTermenul de depunere a candidaturilor: 15 martie 2027, ora 23:59 (ora "
        "României).\n\nContinuați candidatura: https://cariere.daciaretail.example.ro/c/88412\n\n"
        "Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.",
        headers=AUTO,
    )
    yield case(
        f,
        "palyazat_hatarido",
        "hu",
        ("Álláspályázati rendszer", "palyazat@duna-kozmuvek.example.hu"),
        "Emlékeztető: jelentkezési határidő 2027. március 12. 23:59",
        sent_on(3, 9, 7, BUD),
        "A Hungarian utility's portal: the application is still unsent; deadline at 23:59.",
        "Kedves Alex Morgan!\n\nA(z) \u201eÜzemeltetési mérnök\u201d pályázata még nincs "
        "beküldve. A jelentkezési határidő: 2027. március 12. (péntek) 23:59.\n\nA határidő "
        "után beérkező pályázatokat nem tudjuk figyelembe venni. A kiválasztott jelöltekkel "
        "április elején vesszük fel a kapcsolatot.\n\nPályázat folytatása: "
        "https://palyazat.duna-kozmuvek.example.hu/j/3371\n\nEz egy automatikus üzenet.",
        headers=AUTO,
    )
    yield case(
        f,
        "bozza_scadenza",
        "it",
        ("Lavora con noi \u2013 Ferrovie Alpine", "noreply@careers.ferrovie-alpine.example.it"),
        "La tua candidatura è ancora in bozza",
        sent_on(3, 10, 12, ROM),
        "An Italian portal: a draft application and the closing time of the call.",
        "Ciao Alex,\n\nabbiamo notato che la tua candidatura per \u201eTecnico manutenzione "
        "rotabili\u201d è ancora in bozza.\n\nScadenza dell'avviso: venerdì 19 marzo 2027 "
        "ore 12:00\n\nCompleta ora: https://careers.ferrovie-alpine.example.it/bozze/5520\n\n"
        "Dopo la scadenza non sarà più possibile inviare la domanda. Le convocazioni per le "
        "prove di selezione saranno pubblicate sul portale.\n\nIl team Selezione",
        headers=AUTO,
        form="both",
    )
    chk(3, 12, "Fri")
    yield case(
        f,
        "plazo_inscripcion",
        "es",
        ("Portal de Empleo Aguas del Tajo", "empleo@aguasdeltajo.example.es"),
        "Recuerda: el plazo de inscripción cierra el viernes a las 14:00",
        sent_on(3, 9, 10, MAD),
        "A Spanish public employer: the sign-up window for a job pool closes on Friday.",
        "Hola, Alex:\n\nTe recordamos que el plazo de inscripción en la bolsa de empleo de "
        "Operario/a de Planta cierra el viernes 12 de marzo de 2027 a las 14:00 (hora "
        "peninsular).\n\nSi ya has adjuntado toda la documentación, no tienes que hacer nada "
        "más. La lista provisional de admitidos se publicará en la web.\n\nAccede a tu "
        "solicitud: https://empleo.aguasdeltajo.example.es/mi-solicitud\n\nUn saludo,\n"
        "Departamento de Personas",
        headers=AUTO,
    )
    yield case(
        f,
        "inscricoes_ate",
        "pt-BR",
        ("Programa de Estágio Cerrado Agro", "estagio@cerradoagro.example.com.br"),
        "Últimos dias! Inscrições até 22/03 às 18h",
        sent_on(3, 15, 9, SAO),
        "A Brazilian internship programme's last-days mail with the closing hour.",
        "Oi, Alex!\n\nAs inscrições para o Programa de Estágio 2027 vão até segunda-feira, "
        "22/03/2027, às 18h (horário de Brasília). Depois disso o formulário sai do ar.\n\n"
        "Ainda não terminou? Falta só o teste de perfil: https://estagio.cerradoagro.example."
        "com.br/inscricao\n\nAs etapas seguintes (dinâmica e entrevistas) serão comunicadas por "
        "e-mail a partir de abril.\n\nBoa sorte!\nEquipe Cerrado Agro",
        headers=BULK,
        form="html",
    )
    st = when(3, 16, "Tue", 10, 0, BUD)
    sent = sent_on(3, 10, 14, BUD)
    yield case(
        f,
        "interju_idopont",
        "hu",
        ("Álláspályázati rendszer", "palyazat@duna-kozmuvek.example.hu"),
        "Interjú időpontja \u2013 Üzemeltetési mérnök",
        sent,
        "Control: the same portal books the reader's interview at a time.",
        "Kedves Alex Morgan!\n\nÖrömmel értesítjük, hogy pályázata alapján személyes "
        "interjúra hívjuk.\n\nIdőpont: 2027. március 16. (kedd) 10:00\u201311:00\nHelyszín: "
        "Budapest, Váci út 80., B épület, 3. emelet\n\nKérjük, a portálon jelezze vissza "
        "részvételét.\n\nÜdvözlettel:\nHR csapat",
        label=slot(st, st + 60 * MIN, sent),
    )
    st = when(3, 18, "Thu", 11, 0, BUH)
    sent = sent_on(3, 11, 9, BUH)
    yield case(
        f,
        "interviu_programat",
        "ro",
        ("Portal Cariere Dacia Retail", "noreply@cariere.daciaretail.example.ro"),
        "Interviul dumneavoastră a fost programat",
        sent,
        "Control: the same portal schedules an interview for the reader.",
        "Bună ziua, Alex,\n\nVă mulțumim pentru candidatura la postul \u201eSpecialist "
        "achiziții\u201d. Interviul dumneavoastră a fost programat:\n\nData: joi, 18 martie "
        "2027\nOra: 11:00\nLocația: sediul central, Bd. Unirii 15, București\n\nDacă nu "
        "puteți participa, vă rugăm să ne anunțați din contul dvs.\n\nEchipa de Recrutare",
        label=slot(st, None, sent),
        headers=AUTO,
    )


def results16() -> Iterator[Case]:
    f = "results16"
    chk(3, 15, "Mon")
    yield case(
        f,
        "sonuc_ilan",
        "tr",
        ("Anadolu Enerji İK", "ik@anadolu-enerji.example.com.tr"),
        "Yazılı sınav sonuçları hakkında",
        sent_on(3, 5, 16, IST),
        "Written-test results will be announced on the portal at a time.",
        "Sayın Aday,\n\n6 Mart 2027 tarihinde yapılan yazılı sınava katılımınız için teşekkür "
        "ederiz. Sınav sonuçları 15 Mart 2027 Pazartesi saat 14:00'te kariyer portalında ilan "
        "edilecektir.\n\nMülakata çağrılan adaylara ayrıca e-posta ile bilgi verilecektir.\n\n"
        "Saygılarımızla,\nİnsan Kaynakları Müdürlüğü",
    )
    chk(3, 14, "Sun")
    yield case(
        f,
        "natayij_taqyim",
        "ar",
        ("الموارد البشرية - شركة الواحة", "hr@alwaha-co.example.sa"),
        "موعد إعلان نتائج التقييم",
        sent_on(3, 7, 11, RUH),
        "Arabic: assessment results published on a Sunday morning on the portal.",
        "عزيزي المتقدم،\n\nنشكرك على إكمال التقييم الإلكتروني. ستُعلن نتائج التقييم يوم الأحد "
        "14 مارس 2027 الساعة 10:00 صباحًا عبر بوابة التوظيف.\n\nسيتم التواصل مع المرشحين "
        "المؤهلين للمقابلة لاحقًا لتحديد المواعيد.\n\nمع التحية،\nإدارة الموارد البشرية",
    )
    chk(3, 17, "Wed")
    yield case(
        f,
        "parinam_ghoshna",
        "hi",
        ("भर्ती प्रकोष्ठ, सूर्या बैंक", "bharti@suryabank.example.in"),
        "लिखित परीक्षा का परिणाम",
        sent_on(3, 8, 12, DEL),
        "Hindi: a bank's written-exam results announced on the website at 3 pm.",
        "प्रिय अभ्यर्थी,\n\nलिखित परीक्षा का परिणाम 17 मार्च 2027 (बुधवार) को दोपहर 3 बजे "
        "हमारी वेबसाइट पर घोषित किया जाएगा। सफल अभ्यर्थियों को साक्षात्कार की तिथि और समय "
        "अलग से ईमेल द्वारा बताया जाएगा।\n\nधन्यवाद,\nभर्ती प्रकोष्ठ",
    )
    chk(3, 12, "Fri")
    yield case(
        f,
        "pengumuman_hasil",
        "id",
        ("Rekrutmen Nusantara Logistik", "rekrutmen@nusantara-logistik.example.co.id"),
        "Jadwal pengumuman hasil seleksi administrasi",
        sent_on(3, 4, 10, JKT),
        "Indonesian: the administrative screening result is announced at 16.00 WIB.",
        "Halo Alex,\n\nTerima kasih telah melamar di Nusantara Logistik. Pengumuman hasil "
        "seleksi administrasi akan dilakukan pada Jumat, 12 Maret 2027 pukul 16.00 WIB melalui "
        "portal karier.\n\nPeserta yang lolos akan menerima jadwal psikotes dan wawancara "
        "secara terpisah.\n\nSalam,\nTim Rekrutmen",
    )
    chk(3, 10, "Wed")
    yield case(
        f,
        "shorui_kekka",
        "ja",
        ("青葉テクノ 採用担当", "saiyo@aoba-techno.example.jp"),
        "書類選考結果のご案内について",
        sent_on(3, 3, 18, TYO),
        "Japanese: screening results are posted on My Page by 17:00 on a date.",
        "Alex Morgan 様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。\n"
        "書類選考の結果は、3月10日(水)17:00までにマイページにてお知らせいたします。\n"
        "恐れ入りますが、今しばらくお待ちください。\n\n青葉テクノ株式会社\n人事部 採用担当",
    )
    chk(3, 16, "Tue")
    yield case(
        f,
        "bishi_chengji",
        "zh-CN",
        ("星河科技招聘", "hr@xinghe-tech.example.cn"),
        "笔试成绩公布时间通知",
        sent_on(3, 9, 15, SHA),
        "Chinese: written-test scores published on the official site at 10:00.",
        "Alex 同学你好：\n\n感谢参加星河科技2027春季校园招聘笔试。笔试成绩将于2027年3月16日"
        "（周二）上午10:00在官网公布，请登录个人中心查询。\n\n进入面试环节的同学，我们将另行"
        "发送面试通知。\n\n星河科技 人力资源部",
    )
    yield case(
        f,
        "rezultaty_konkursa",
        "ru",
        ("Отдел кадров ГК «Северный порт»", "kadry@sevport.example.ru"),
        "Результаты конкурса на замещение вакансии",
        sent_on(3, 10, 17, MSK),
        "Russian: competition results published in the personal account at 12:00 Moscow time.",
        "Здравствуйте, Алекс!\n\nБлагодарим за участие в конкурсе на вакансию «Инженер по "
        "охране труда». Результаты конкурса будут опубликованы 18 марта 2027 г. в 12:00 (мск) "
        "в вашем личном кабинете.\n\nС уважением,\nОтдел кадров",
    )
    st = when(3, 16, "Tue", 9, 0, JKT)
    yield case(
        f,
        "lolos_wawancara",
        "id",
        ("Rekrutmen Nusantara Logistik", "rekrutmen@nusantara-logistik.example.co.id"),
        "Selamat! Anda lolos ke tahap wawancara",
        sent_on(3, 12, 16, JKT),
        "Control: the result mail gives the reader's interview time (WIB).",
        "Halo Alex,\n\nSelamat, Anda dinyatakan lolos seleksi administrasi. Berikut jadwal "
        "wawancara user Anda:\n\nHari/tanggal: Selasa, 16 Maret 2027\nWaktu: 09.00\u201310.00 "
        "WIB\nTempat: Kantor Pusat, Jl. Gatot Subroto Kav. 21, Jakarta\n\nMohon konfirmasi "
        "kehadiran dengan membalas email ini.\n\nSalam,\nTim Rekrutmen",
        label=zoned(st, st + 60 * MIN, JKT),
    )
    st = when(3, 17, "Wed", 11, 0, IST)
    sent = sent_on(3, 15, 15, IST)
    yield case(
        f,
        "mulakat_davet",
        "tr",
        ("Anadolu Enerji İK", "ik@anadolu-enerji.example.com.tr"),
        "Mülakat davetiniz",
        sent,
        "Control: after the results, the reader is invited to an interview at a time.",
        "Sayın Alex Morgan,\n\nYazılı sınav sonuçlarına göre sizi mülakata davet etmekten "
        "memnuniyet duyarız.\n\nTarih: 17 Mart 2027 Çarşamba\nSaat: 11:00\nYer: Genel "
        "Müdürlük, Levent / İstanbul\n\nKimlik belgenizi yanınızda getirmeyi unutmayınız.\n\n"
        "Saygılarımızla,\nİnsan Kaynakları Müdürlüğü",
        label=slot(st, None, sent),
    )


def callweek16() -> Iterator[Case]:
    f = "callweek16"
    yield case(
        f,
        "le_llamaremos",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@grupo-albero.example.es"),
        "Re: Candidatura Responsable de Almacén",
        sent_on(3, 4, 13, MAD),
        "HR will call during next week within office hours; no time set.",
        "Hola Alex:\n\nGracias por tu interés. Hemos revisado tu CV y encaja con lo que "
        "buscamos. Te llamaremos a lo largo de la semana que viene (del 8 al 12 de marzo), en "
        "horario de 9:00 a 14:00, para comentar los siguientes pasos.\n\nSi prefieres que te "
        "llamemos a otro número, dímelo.\n\nUn saludo,\nLucía Ferrer\nRR. HH. Grupo Albero",
    )
    chk(3, 12, "Fri")
    yield case(
        f,
        "ricontatteremo",
        "it",
        ("Giorgia Conti", "g.conti@officine-brenta.example.it"),
        "Aggiornamento sulla sua candidatura",
        sent_on(3, 5, 17, ROM),
        "Italian HR: a call next week; feedback by Friday 17:00 at the latest.",
        "Gentile Alex,\n\nla ringraziamo per il colloquio conoscitivo. Il responsabile di "
        "reparto sta valutando le ultime candidature: la contatteremo telefonicamente nel "
        "corso della prossima settimana e in ogni caso le daremo un riscontro entro venerdì "
        "12 marzo alle 17:00.\n\nCordiali saluti,\nGiorgia Conti\nUfficio Personale",
    )
    yield case(
        f,
        "entraremos_contacto",
        "pt-PT",
        ("Rita Magalhães", "rita.magalhaes@azulejo-digital.example.pt"),
        "Candidatura \u2013 Técnico de Suporte",
        sent_on(3, 3, 11, LIS),
        "Portuguese (PT): they will get in touch next week, probably in the morning.",
        "Olá Alex,\n\nObrigada pela sua candidatura. Vamos entrar em contacto consigo durante "
        "a próxima semana, provavelmente na terça ou na quarta de manhã (entre as 10h e as "
        "12h), para combinarmos uma conversa.\n\nSe entretanto tiver alguma questão, "
        "disponha.\n\nCumprimentos,\nRita Magalhães\nRecursos Humanos",
    )
    yield case(
        f,
        "vamos_te_ligar",
        "pt-BR",
        ("Thaís Moreira", "thais.moreira@vitoria-saude.example.com.br"),
        "Próxima etapa do processo seletivo",
        sent_on(3, 10, 15, SAO),
        "Brazilian HR: a call during the week of 15/03 between 9h and 17h; no time set.",
        "Oi Alex, tudo bem?\n\nVocê passou para a próxima etapa! Nossa equipe vai te ligar na "
        "semana do dia 15/03 para agendar a entrevista com a gestora. Fica de olho no "
        "telefone entre 9h e 17h, tá? Se não conseguir atender, a gente deixa recado no "
        "WhatsApp.\n\nAbraço,\nThaís\nGente & Gestão \u2013 Vitória Saúde",
    )
    yield case(
        f,
        "va_vom_contacta",
        "ro",
        ("Ioana Stan", "ioana.stan@carpat-soft.example.ro"),
        "Re: Aplicare Tester QA",
        sent_on(3, 4, 10, BUH),
        "Romanian HR: a call next week; office hours given; no time set.",
        "Bună ziua,\n\nVă mulțumim pentru aplicare. Colegii din echipa tehnică analizează "
        "CV-urile în această săptămână și vă vom contacta telefonic săptămâna viitoare "
        "pentru a stabili un interviu. Programul nostru este luni\u2013vineri, 09:00\u201317:00."
        "\n\nO zi bună,\nIoana Stan\nHR Carpat Soft",
    )
    st = when(3, 9, "Tue", 10, 30, MAD)
    sent = sent_on(3, 5, 12, MAD)
    yield case(
        f,
        "llamada_martes",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@grupo-albero.example.es"),
        "Entrevista telefónica \u2013 martes 9",
        sent,
        "Control: the same HR voice sets a phone interview at a time.",
        "Hola Alex:\n\nComo te comenté, te llamo el martes 9 de marzo a las 10:30 para la "
        "entrevista telefónica (unos 20 minutos). Ten a mano tu CV, por si acaso.\n\nSi te "
        "surge algo, avísame y lo movemos.\n\nUn saludo,\nLucía",
        label=slot(st, None, sent),
    )
    st = when(3, 11, "Thu", 15, 0, LIS)
    sent = sent_on(3, 9, 17, LIS)
    yield case(
        f,
        "ligo_quinta",
        "pt-PT",
        ("Rita Magalhães", "rita.magalhaes@azulejo-digital.example.pt"),
        "Entrevista telefónica",
        sent,
        "Control: the same Portuguese HR voice fixes the phone interview.",
        "Olá Alex,\n\nConforme falámos, fica combinado: ligo-lhe na quinta-feira, 11 de "
        "março, às 15h00, para a entrevista telefónica. Deve demorar cerca de meia hora.\n\n"
        "Até quinta!\nRita",
        label=slot(st, None, sent),
    )


def onboard16() -> Iterator[Case]:
    f = "onboard16"
    chk(3, 15, "Mon")
    yield case(
        f,
        "vstupni_skoleni",
        "cs",
        ("Personální oddělení Stavby Morava", "personalni@stavby-morava.example.cz"),
        "Nástup do zaměstnání a vstupní školení BOZP",
        sent_on(3, 5, 13, PRG),
        "Czech: first day and the mandatory safety induction after the contract is signed.",
        "Dobrý den, pane Morgane,\n\nděkujeme za podpis pracovní smlouvy. Váš první pracovní "
        "den je pondělí 15. 3. 2027. Program:\n\n7:30 \u2013 příchod na vrátnici, převzetí "
        "karty\n8:00 \u2013 12:00 vstupní školení BOZP a PO (zasedačka v 1. patře)\n13:00 "
        "\u2013 seznámení s týmem\n\nS sebou: občanský průkaz, číslo účtu, zápočtový list.\n\n"
        "S pozdravem\nMarkéta Šimková",
    )
    yield case(
        f,
        "elso_munkanap",
        "hu",
        ("Tóth Eszter", "toth.eszter@balaton-food.example.hu"),
        "Első munkanap \u2013 betanítási program",
        sent_on(3, 8, 10, BUD),
        "Hungarian: first-day and training schedule for a new hire.",
        "Kedves Alex!\n\nÖrömmel várunk a csapatban! Az első munkanapod: 2027. március 15., "
        "hétfő. Kérlek, 8:30-ra érkezz a recepcióra.\n\nBetanítás: 9:00\u201312:00 "
        "munkavédelmi oktatás, délután a rendszerek bemutatása. A hét további napjain a "
        "mentoroddal dolgozol.\n\nÜdv,\nEszter\nHR",
    )
    chk(3, 16, "Tue")
    yield case(
        f,
        "training_inductie",
        "ro",
        ("HR Carpat Soft", "hr@carpat-soft.example.ro"),
        "Invitație: training de inducție pentru noii angajați",
        sent_on(3, 9, 11, BUH),
        "Romanian: an induction training for all new hires of the month.",
        "Bună ziua,\n\nVă invităm la training-ul de inducție pentru noii angajați din luna "
        "martie:\n\nmarți, 16 martie 2027, 09:00\u201313:00\nsala Carpați, etaj 4\n\nVom "
        "prezenta politicile companiei, echipamentele și aplicațiile interne. Laptopul se "
        "ridică de la IT după sesiune.\n\nEchipa HR",
    )
    chk(3, 22, "Mon")
    yield case(
        f,
        "oryantasyon",
        "tr",
        ("Anadolu Enerji İK", "ik@anadolu-enerji.example.com.tr"),
        "Oryantasyon programınız",
        sent_on(3, 12, 14, IST),
        "Turkish: the orientation programme of the first day.",
        "Merhaba Alex,\n\nAramıza hoş geldin! Oryantasyon programın aşağıdaki gibidir:\n\n"
        "22 Mart 2027 Pazartesi\n09:30 \u2013 Karşılama ve kahvaltı\n10:30 \u2013 İSG eğitimi\n"
        "14:00 \u2013 Ekip tanışması\n17:00 \u2013 Kapanış\n\nGörüşmek üzere,\nİK Ekibi",
    )
    chk(3, 15, "Mon")
    yield case(
        f,
        "jadwal_onboarding",
        "id",
        ("People Team Kopi Senja", "people@kopisenja.example.co.id"),
        "Jadwal onboarding karyawan baru",
        sent_on(3, 9, 9, JKT),
        "Indonesian: a new-hire onboarding day with times in WIB.",
        "Hai Alex,\n\nSelamat bergabung di Kopi Senja! Berikut jadwal onboarding kamu:\n\n"
        "Senin, 15 Maret 2027\n08.00\u201309.00 WIB: registrasi & pengambilan ID card\n"
        "09.00\u201312.00 WIB: pengenalan perusahaan\n13.00\u201316.00 WIB: pelatihan sistem "
        "kasir\n\nDress code: kaos hitam & celana panjang.\n\nSampai jumpa!\nPeople Team",
    )
    chk(3, 17, "Wed")
    yield case(
        f,
        "formacao_acolhimento",
        "pt-PT",
        ("Recursos Humanos Atlântico Seguros", "rh@atlantico-seguros.example.pt"),
        "Formação de acolhimento \u2013 17 de março",
        sent_on(3, 8, 16, LIS),
        "Portuguese (PT): a welcome training session for new staff.",
        "Caro Alex,\n\nDamos-lhe as boas-vindas à Atlântico Seguros. A formação de "
        "acolhimento decorrerá na quarta-feira, 17 de março de 2027, das 9h30 às 12h30, na "
        "sala Tejo (piso 2).\n\nA presença é obrigatória para todos os novos colaboradores.\n\n"
        "Com os melhores cumprimentos,\nRecursos Humanos",
    )
    st = when(3, 12, "Fri", 14, 0, BUH)
    sent = sent_on(3, 8, 15, BUH)
    yield case(
        f,
        "ultim_interviu",
        "ro",
        ("HR Carpat Soft", "hr@carpat-soft.example.ro"),
        "Ultimul interviu înainte de ofertă",
        sent,
        "Control: the same HR desk books a last interview with the director.",
        "Bună ziua, Alex,\n\nÎnainte de a vă trimite oferta, directorul regional dorește să vă "
        "cunoască. V-am programat un ultim interviu vineri, 12 martie 2027, la ora 14:00, la "
        "sediul nostru (etaj 4).\n\nVă rugăm să confirmați.\n\nEchipa HR",
        label=slot(st, None, sent),
    )
    st = when(3, 10, "Wed", 15, 0, IST)
    sent = sent_on(3, 5, 10, IST)
    yield case(
        f,
        "genel_mudur_gorusme",
        "tr",
        ("Anadolu Enerji İK", "ik@anadolu-enerji.example.com.tr"),
        "Genel Müdür görüşmesi",
        sent,
        "Control: the last step of hiring, a meeting with the general manager at a time.",
        "Merhaba Alex,\n\nİşe alım sürecinin son adımı olarak Genel Müdürümüz Sn. Kaya ile "
        "görüşmeniz planlanmıştır:\n\n10 Mart 2027 Çarşamba, 15:00\u201315:30\nGenel "
        "Müdürlük, 12. kat\n\nİyi günler,\nİK Ekibi",
        label=slot(st, st + 30 * MIN, sent),
    )


def autoreply16() -> Iterator[Case]:
    f = "autoreply16"
    chk(3, 15, "Mon")
    yield case(
        f,
        "mimo_kancelar",
        "cs",
        ("Petr Novotný", "petr.novotny@stavby-morava.example.cz"),
        "Automatická odpověď: Re: Pohovor \u2013 stavbyvedoucí",
        sent_on(3, 8, 9, PRG),
        "Czech out-of-office with the return day and hour.",
        "Dobrý den,\n\njsem mimo kancelář do pátku 12. 3. 2027 bez přístupu k e-mailu. Od "
        "pondělí 15. 3. od 8:00 budu opět k dispozici. V naléhavých případech kontaktujte "
        "kolegyni Markétu Šimkovou.\n\nPetr Novotný",
        headers=AUTOREPLY,
    )
    yield case(
        f,
        "szabadsag",
        "hu",
        ("Kovács Bence", "kovacs.bence@balaton-food.example.hu"),
        "Automatikus válasz: Jelentkezés \u2013 logisztikai koordinátor",
        sent_on(3, 4, 12, BUD),
        "Hungarian out-of-office: back on a date from 9:00.",
        "Tisztelt Feladó!\n\nSzabadságon vagyok 2027. március 10-ig. Március 11-én 9:00-tól "
        "újra elérhető vagyok. Sürgős ügyben kérem, írjon a hr@balaton-food.example.hu "
        "címre.\n\nÜdvözlettel:\nKovács Bence",
        headers=AUTOREPLY,
    )
    chk(3, 10, "Wed")
    yield case(
        f,
        "raspuns_automat",
        "ro",
        ("Andrei Popescu", "andrei.popescu@carpat-soft.example.ro"),
        "Răspuns automat: Re: Interviu tehnic",
        sent_on(3, 3, 17, BUH),
        "Romanian out-of-office answering a thread about an interview; back on a date.",
        "Bună ziua,\n\nSunt în concediu până pe 9 martie 2027 inclusiv. Revin la birou "
        "miercuri, 10 martie, ora 09:00, și vă voi răspunde atunci.\n\nPentru programarea "
        "interviurilor vă rog să scrieți la hr@carpat-soft.example.ro.\n\nMulțumesc,\nAndrei",
        headers=AUTOREPLY,
    )
    chk(3, 15, "Mon")
    yield case(
        f,
        "balasan_otomatis",
        "id",
        ("Dewi Lestari", "dewi.lestari@nusantara-logistik.example.co.id"),
        "Balasan Otomatis: Konfirmasi jadwal",
        sent_on(3, 9, 8, JKT),
        "Indonesian out-of-office: on leave, back on Monday at 08.00.",
        "Terima kasih atas email Anda.\n\nSaya sedang cuti hingga 12 Maret 2027 dan akan "
        "kembali bekerja pada Senin, 15 Maret 2027 pukul 08.00. Untuk keperluan mendesak, "
        "silakan hubungi rekrutmen@nusantara-logistik.example.co.id.\n\nSalam,\nDewi Lestari",
        headers=AUTOREPLY,
    )
    chk(3, 15, "Mon")
    yield case(
        f,
        "zidong_huifu",
        "zh-CN",
        ("王丽", "wang.li@xinghe-tech.example.cn"),
        "自动回复：面试时间确认",
        sent_on(3, 8, 10, SHA),
        "Chinese out-of-office: on leave, back at work Monday 9:00.",
        "您好，\n\n我于3月8日至3月12日休假，期间无法及时查看邮件，3月15日（周一）上午9:00"
        "恢复办公。如有急事请联系招聘组 hr@xinghe-tech.example.cn。\n\n谢谢！\n王丽",
        headers=AUTOREPLY,
    )
    chk(3, 9, "Tue")
    yield case(
        f,
        "jido_henshin",
        "ja",
        ("鈴木 一郎", "suzuki.ichiro@aoba-techno.example.jp"),
        "【自動返信】Re: 面接日程のご相談",
        sent_on(3, 9, 8, TYO),
        "Japanese out-of-office on a thread about interview dates; replies after the 15th.",
        "ご連絡ありがとうございます。\n\n誠に勝手ながら、3月9日(火)～3月12日(金)は出張のため"
        "不在にしております。3月15日(月)9時以降、順次ご返信いたします。\n\n"
        "お急ぎの場合は採用担当(saiyo@aoba-techno.example.jp)までご連絡ください。\n\n"
        "青葉テクノ株式会社 鈴木",
        headers=AUTOREPLY,
    )
    chk(3, 15, "Mon")
    yield case(
        f,
        "resposta_automatica",
        "pt-PT",
        ("Rita Magalhães", "rita.magalhaes@azulejo-digital.example.pt"),
        "Resposta automática: Disponibilidade para entrevista",
        sent_on(3, 8, 9, LIS),
        "Portuguese (PT) out-of-office on a thread about interview availability.",
        "Olá,\n\nEstarei ausente até sexta-feira, 12 de março. Regresso na segunda-feira, 15 "
        "de março, às 9h00. Para assuntos urgentes de recrutamento, contacte "
        "rh@azulejo-digital.example.pt.\n\nObrigada,\nRita Magalhães",
        headers=AUTOREPLY,
    )
    st = when(3, 16, "Tue", 10, 0, PRG)
    sent = sent_on(3, 15, 9, PRG)
    yield case(
        f,
        "po_dovolene_pohovor",
        "cs",
        ("Petr Novotný", "petr.novotny@stavby-morava.example.cz"),
        "Re: Pohovor \u2013 stavbyvedoucí",
        sent,
        "Control: back from leave, the hiring manager confirms the interview at a time.",
        "Dobrý den, pane Morgane,\n\nomlouvám se za pomalejší odpověď, minulý týden jsem "
        "byl na dovolené. Pohovor tedy potvrzuji na úterý 16. 3. 2027 v 10:00 u nás v "
        "kanceláři v Brně (Vídeňská 55). Počítejte asi s hodinou.\n\nS pozdravem\nPetr Novotný",
        label=slot(st, None, sent),
    )
    st = when(3, 17, "Wed", 14, 0, SHA)
    sent = sent_on(3, 15, 11, SHA)
    yield case(
        f,
        "xiujia_huilai",
        "zh-CN",
        ("王丽", "wang.li@xinghe-tech.example.cn"),
        "Re: 面试时间确认",
        sent,
        "Control: the recruiter back from leave confirms the interview slot.",
        "Alex 你好，\n\n我刚休假回来，抱歉回复晚了。面试时间确认为3月17日（周三）下午2:00-3:00，"
        "地点在公司3楼会议室A。到前台报我的名字即可。\n\n王丽\n星河科技 人力资源部",
        label=slot(st, st + 60 * MIN, sent),
    )


def minutes16() -> Iterator[Case]:
    f = "minutes16"
    chk(3, 16, "Tue")
    yield case(
        f,
        "verbale_jobclub",
        "it",
        ("Job Club Quartiere Nord", "jobclub.nord@associazioni.example.it"),
        "Verbale incontro del 2 marzo",
        sent_on(3, 3, 19, ROM),
        "Minutes of a job-seekers' club naming the next meeting.",
        "Ciao a tutti,\n\nvi giro il verbale dell'incontro di ieri.\n\nPresenti: 11\n1. Giro "
        "di aggiornamenti: Marco ha un secondo colloquio, Sara ha firmato il contratto.\n"
        "2. Revisione CV a coppie.\n3. Varie: cerchiamo un'aula per aprile.\n\nAzioni: Alex "
        "porta la lista delle aziende del distretto.\n\nProssima riunione: martedì 16 marzo "
        "2027 ore 18:00, Biblioteca civica, sala 2.\n\nA presto,\nFederica",
    )
    chk(3, 18, "Thu")
    yield case(
        f,
        "protokol_grupa",
        "pl",
        ("Klub Pracy Mokotów", "klubpracy@mokotow-wsparcie.example.pl"),
        "Protokół ze spotkania grupy \u2013 4 marca",
        sent_on(3, 5, 10, WAW),
        "Polish minutes of a job-search support group with the next meeting.",
        "Dzień dobry,\n\nw załączeniu protokół z czwartkowego spotkania.\n\nUstalenia:\n\u2013 "
        "warsztat z rozmów kwalifikacyjnych poprowadzi p. Anna (symulacje w parach)\n\u2013 "
        "każdy przynosi jedno ogłoszenie do analizy\n\nNastępne spotkanie: czwartek 18 marca "
        "2027, godz. 17:30, sala 104.\n\nPozdrawiam,\nJoanna (sekretarz)",
    )
    yield case(
        f,
        "ata_reuniao",
        "pt-PT",
        ("Carla Nunes", "carla.nunes@tejo-design.example.pt"),
        "Ata da reunião de equipa \u2013 1 de março",
        sent_on(3, 1, 18, LIS),
        "Portuguese (PT) team minutes from the reader's current job, next meeting dated.",
        "Olá equipa,\n\nSegue a ata da reunião de hoje.\n\n\u2022 Projeto Marés: entrega "
        "adiada para dia 19.\n\u2022 Férias: enviar pedidos até dia 12.\n\u2022 Alex fica "
        "com a revisão das maquetas.\n\nPróxima reunião: 10/03/2027 às 14h30, sala grande.\n\n"
        "Bom trabalho,\nCarla",
    )
    chk(3, 9, "Tue")
    yield case(
        f,
        "notulen_overleg",
        "nl",
        ("Bram Visser", "bram.visser@polderbouw.example.nl"),
        "Notulen projectoverleg 2 maart",
        sent_on(3, 2, 16, AMS),
        "Dutch project minutes from the reader's current job with the next meeting.",
        "Hoi allen,\n\nHierbij de notulen.\n\nAanwezig: Bram, Fleur, Alex, Sem\n1. Planning "
        "fase 2 \u2013 akkoord\n2. Budget \u2013 Fleur stuurt overzicht\n3. Rondvraag \u2013 "
        "geen\n\nActiepunten:\n\u2013 Alex: tekeningen naar aannemer (vr 5/3)\n\nVolgend "
        "overleg: dinsdag 9 maart 2027, 10.00\u201311.00 uur, Teams.\n\nGroet,\nBram",
    )
    chk(3, 25, "Thu")
    yield case(
        f,
        "acta_comunidad",
        "es",
        ("Administración de Fincas Robles", "admin@fincas-robles.example.es"),
        "Acta de la junta y convocatoria de la próxima",
        sent_on(3, 4, 12, MAD),
        "Spanish owners' association minutes and the next meeting's call.",
        "Estimados propietarios:\n\nAdjuntamos el acta de la junta ordinaria del 2 de marzo. "
        "Se aprobó la reparación de la cubierta y la nueva cuota.\n\nLes convocamos a junta "
        "extraordinaria el jueves 25 de marzo de 2027 a las 19:30 en primera convocatoria y a "
        "las 20:00 en segunda, en el portal del edificio.\n\nAtentamente,\nAdministración de "
        "Fincas Robles",
        headers=BULK,
    )
    chk(3, 23, "Tue")
    yield case(
        f,
        "protokoll_alumni",
        "de",
        ("Alumniverein Wirtschaft Mainz", "vorstand@alumni-wiwi-mainz.example.de"),
        "Protokoll der Vorstandssitzung vom 3. März",
        sent_on(3, 4, 20, BER),
        "German alumni association minutes naming the next board meeting.",
        "Liebe Mitglieder,\n\nanbei das Protokoll der gestrigen Sitzung.\n\nTOP 1: "
        "Mentoring-Programm \u2013 12 Tandems gebildet\nTOP 2: Sommerfest \u2013 Termin wird "
        "per Umfrage gesucht\nTOP 3: Verschiedenes\n\nDie nächste Sitzung findet am Dienstag, "
        "23. März 2027, um 19:00 Uhr im Raum 00-312 statt. Gäste sind willkommen.\n\nFür "
        "den Vorstand\nJulia Brandt (Schriftführerin)",
        headers=BULK,
    )
    st = when(3, 11, "Thu", 13, 30, AMS)
    sent = sent_on(3, 5, 17, AMS)
    yield case(
        f,
        "verslag_vervolg",
        "nl",
        ("Sanne Bakker", "sanne.bakker@flexwerk-recruit.example.nl"),
        "Verslag van ons gesprek + vervolgafspraak",
        sent,
        "Control: a recruiter's recap in minutes style that sets the next interview.",
        "Hoi Alex,\n\nKort verslag van ons gesprek van vanmiddag:\n\u2013 gewenst salaris en "
        "startdatum besproken\n\u2013 interesse in de rol bij Polderbouw bevestigd\n\n"
        "Vervolg: tweede gesprek met de teamleider op donderdag 11 maart 2027 om 13.30 uur, "
        "op kantoor in Utrecht. Reken op een uur.\n\nGroet,\nSanne",
        label=slot(st, None, sent),
    )
    st = when(3, 12, "Fri", 11, 0, ROM)
    sent = sent_on(3, 8, 18, ROM)
    yield case(
        f,
        "riepilogo_call",
        "it",
        ("Davide Marino", "davide.marino@officine-brenta.example.it"),
        "Riepilogo della call di oggi",
        sent,
        "Control: an Italian recap of a call that fixes the technical interview.",
        "Ciao Alex,\n\nriepilogo veloce della call di oggi:\n1. ruolo e team: ok\n2. "
        "retribuzione: da definire dopo il tecnico\n3. prossimo passo: colloquio tecnico\n\n"
        "Come concordato, il colloquio tecnico è fissato per venerdì 12 marzo 2027 alle "
        "11:00, in videochiamata (link a seguire).\n\nA presto,\nDavide",
        label=slot(st, None, sent),
    )


def prehire16() -> Iterator[Case]:
    f = "prehire16"
    chk(3, 8, "Mon")
    yield case(
        f,
        "einstellungsuntersuchung",
        "de",
        ("Personalabteilung Stahlwerk Rhein", "personal@stahlwerk-rhein.example.de"),
        "Termin arbeitsmedizinische Einstellungsuntersuchung",
        sent_on(3, 1, 14, BER),
        "A pre-employment medical check booked after the offer.",
        "Sehr geehrter Herr Morgan,\n\nwie im Vertrag vorgesehen, ist vor Ihrem Eintritt eine "
        "arbeitsmedizinische Untersuchung erforderlich. Ihr Termin beim Betriebsarzt:\n\n"
        "Montag, 8. März 2027, 07:30 Uhr\nWerksärztlicher Dienst, Tor 3, Gebäude M2\n\nBitte "
        "kommen Sie nüchtern und bringen Sie Ihren Impfpass mit.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    )
    chk(3, 9, "Tue")
    yield case(
        f,
        "visite_medicale",
        "fr",
        ("Service RH \u2013 Transports Garonne", "rh@transports-garonne.example.fr"),
        "Visite médicale d'embauche",
        sent_on(3, 2, 11, PAR),
        "French: the medical visit at hire with the occupational-health service.",
        "Bonjour Monsieur Morgan,\n\nVotre visite médicale d'embauche est fixée au mardi 9 "
        "mars 2027 à 8 h 45, au centre de santé au travail (12 rue des Tanneurs, Toulouse).\n\n"
        "Merci de vous munir de votre carte Vitale. Cette visite est obligatoire avant votre "
        "prise de poste du 15 mars.\n\nCordialement,\nService RH",
    )
    chk(3, 10, "Wed")
    yield case(
        f,
        "firma_contrato",
        "es",
        ("Marta Gil", "marta.gil@hoteles-brisa.example.es"),
        "Cita para la firma del contrato",
        sent_on(3, 4, 13, MAD),
        "Spanish: an appointment to sign the contract in HR.",
        "Hola Alex:\n\n¡Enhorabuena de nuevo! Te esperamos para la firma del contrato el "
        "miércoles 10 de marzo de 2027 a las 12:00 en el departamento de RR. HH. (planta 1).\n\n"
        "Trae DNI/NIE, número de la Seguridad Social y un número de cuenta. Son 15 minutos.\n\n"
        "Un saludo,\nMarta Gil\nRecursos Humanos",
    )
    chk(3, 11, "Thu")
    yield case(
        f,
        "consegna_documenti",
        "it",
        ("Ufficio Personale Cantine Valpolli", "personale@cantine-valpolli.example.it"),
        "Appuntamento per la consegna dei documenti di assunzione",
        sent_on(3, 5, 10, ROM),
        "Italian: an appointment to hand in hiring documents.",
        "Gentile Alex,\n\nper completare la pratica di assunzione la aspettiamo giovedì 11 "
        "marzo 2027 alle 9:30 presso l'Ufficio Personale, con: documento d'identità, codice "
        "fiscale, IBAN e modulo detrazioni compilato.\n\nCordiali saluti,\nUfficio Personale",
    )
    yield case(
        f,
        "badania_wstepne",
        "pl",
        ("Dział Kadr Mleczarnia Podlasie", "kadry@mleczarnia-podlasie.example.pl"),
        "Skierowanie na badania wstępne",
        sent_on(3, 4, 9, WAW),
        "Polish: a referral to the occupational-medicine clinic with a booked time.",
        "Dzień dobry,\n\nw załączniku przesyłamy skierowanie na badania wstępne. Termin w "
        "przychodni medycyny pracy (ul. Lipowa 3) został zarezerwowany na 12 marca 2027 r., "
        "godz. 8:15.\n\nProsimy zabrać dowód osobisty i książeczkę sanepidowską.\n\n"
        "Pozdrawiamy,\nDział Kadr",
    )
    st = when(3, 8, "Mon", 16, 0, PAR)
    sent = sent_on(3, 2, 15, PAR)
    yield case(
        f,
        "second_entretien_drh",
        "fr",
        ("Service RH \u2013 Transports Garonne", "rh@transports-garonne.example.fr"),
        "Second entretien avec notre DRH",
        sent,
        "Control: a second interview; the medical visit is only mentioned as a later step.",
        "Bonjour Monsieur Morgan,\n\nSuite à votre premier entretien, nous vous proposons un "
        "second entretien avec notre DRH, Mme Caussade, le lundi 8 mars 2027 à 16 h 00, à "
        "notre siège.\n\nSi celui-ci est concluant, la visite médicale d'embauche sera "
        "planifiée ensuite.\n\nCordialement,\nService RH",
        label=slot(st, None, sent),
    )
    st = when(3, 10, "Wed", 14, 0, BER)
    sent = sent_on(3, 3, 12, BER)
    yield case(
        f,
        "zweites_gespraech_unterlagen",
        "de",
        ("Personalabteilung Stahlwerk Rhein", "personal@stahlwerk-rhein.example.de"),
        "Zweites Gespräch \u2013 bitte Unterlagen mitbringen",
        sent,
        "Control: a second interview with documents to bring (the document talk is not "
        "the appointment's purpose).",
        "Sehr geehrter Herr Morgan,\n\nwir möchten Sie zu einem zweiten Gespräch mit "
        "Werksleiter Dr. Hahn einladen: Mittwoch, 10. März 2027, 14:00 Uhr, Verwaltung, "
        "Raum 204.\n\nBitte bringen Sie zum Gespräch Ihre Zeugnisse im Original mit.\n\nMit "
        "freundlichen Grüßen\nPersonalabteilung",
        label=slot(st, None, sent),
    )


def aclogis16() -> Iterator[Case]:
    f = "aclogis16"
    chk(3, 17, "Wed")
    yield case(
        f,
        "hotel_reservierung",
        "de",
        ("Hotel Am Kurpark", "reservierung@hotel-kurpark.example.de"),
        "Reservierungsbestätigung Nr. 48817 \u2013 Anreise 17.03.2027",
        sent_on(3, 5, 15, BER),
        "A hotel confirms the night before the assessment day, booked by the employer.",
        "Sehr geehrter Herr Morgan,\n\nim Auftrag der Firma Brückner Logistik GmbH bestätigen "
        "wir Ihre Reservierung:\n\nAnreise: Mittwoch, 17.03.2027, Check-in ab 15:00 Uhr\n"
        "Abreise: Donnerstag, 18.03.2027, Check-out bis 11:00 Uhr\nZimmer: Einzelzimmer inkl. "
        "Frühstück (ab 06:30 Uhr)\nKosten: werden von der Firma übernommen\n\nWir freuen uns "
        "auf Ihren Besuch.\nHotel Am Kurpark, Rezeption",
        headers=AUTO,
    )
    chk(3, 26, "Fri")
    yield case(
        f,
        "declaratie_reiskosten",
        "nl",
        ("Assessmentbureau Koers", "administratie@koers-assessment.example.nl"),
        "Declaratie reiskosten assessment",
        sent_on(3, 19, 10, AMS),
        "Dutch: submit travel expenses of the assessment (past) before a Friday 17.00.",
        "Beste Alex,\n\nBedankt voor je deelname aan het assessment van gisteren. Je kunt je "
        "reiskosten declareren via het formulier in de bijlage. Dien het formulier met "
        "bonnetjes in vóór vrijdag 26 maart 2027, 17.00 uur.\n\nDe uitslag bespreekt de "
        "opdrachtgever met je.\n\nMet vriendelijke groet,\nAdministratie Koers",
    )
    chk(3, 12, "Fri")
    yield case(
        f,
        "regime_alimentaire",
        "fr",
        ("Équipe Graduate \u2013 Groupe Lavandière", "graduate@lavandiere.example.fr"),
        "Assessment center du 18 mars : vos restrictions alimentaires",
        sent_on(3, 8, 11, PAR),
        "French: a form about dietary needs for the assessment day fixed earlier; the only "
        "time is the form's deadline.",
        "Bonjour Alex,\n\nPour préparer le déjeuner de l'assessment center du 18 mars, merci "
        "de nous indiquer vos éventuelles restrictions alimentaires via ce formulaire avant le "
        "vendredi 12 mars à 12 h : https://forms.lavandiere.example.fr/repas\n\nLe programme "
        "détaillé de la journée vous a déjà été envoyé.\n\nBonne journée,\nL'équipe Graduate",
    )
    chk(3, 23, "Tue")
    yield case(
        f,
        "giornata_tutti",
        "it",
        ("Selezione Ferrovie Alpine", "selezione@ferrovie-alpine.example.it"),
        "Assessment center per i candidati selezionati",
        sent_on(3, 9, 14, ROM),
        "Italian: an assessment day for all shortlisted candidates; individual times follow.",
        "Gentili candidati,\n\nsiete stati selezionati per la fase successiva. L'assessment "
        "center si terrà martedì 23 marzo 2027 dalle 9:00 alle 17:00 nella sede di Trento. "
        "Riceverete a breve una mail personale con l'orario del vostro colloquio "
        "individuale.\n\nCordiali saluti,\nUfficio Selezione",
        headers=BULK,
    )
    chk(3, 22, "Mon")
    yield case(
        f,
        "reembolso_gastos",
        "es",
        ("Talento Hoteles Brisa", "talento@hoteles-brisa.example.es"),
        "Reembolso de gastos del assessment",
        sent_on(3, 16, 12, MAD),
        "Spanish: the expense form after the assessment day closes at a time.",
        "Hola Alex:\n\nGracias por venir al assessment del pasado viernes. Para el reembolso "
        "del billete de tren, rellena el formulario antes del lunes 22 de marzo de 2027 a las "
        "23:59: https://talento.hoteles-brisa.example.es/gastos\n\nUn saludo,\nEquipo de "
        "Talento",
    )
    st = when(3, 18, "Thu", 8, 30, BER)
    sent = sent_on(3, 15, 10, BER)
    yield case(
        f,
        "erinnerung_ac",
        "de",
        ("Sabine Kettler", "sabine.kettler@brueckner-logistik.example.de"),
        "Erinnerung: Ihr Assessment Center am Donnerstag",
        sent,
        "Control: a reminder of the reader's own assessment day with the start time.",
        "Sehr geehrter Herr Morgan,\n\nwir erinnern Sie an Ihr Assessment Center am "
        "Donnerstag, 18.03.2027. Beginn ist um 08:30 Uhr (bitte ab 08:15 Uhr am Empfang), "
        "Ende ca. 16:30 Uhr.\n\nDas Hotel für die Nacht davor ist gebucht; die Bestätigung "
        "haben Sie direkt vom Hotel erhalten.\n\nViele Grüße\nSabine Kettler",
        label=slot(st, None, sent),
    )
    st = when(3, 18, "Thu", 9, 0, MAD)
    sent = sent_on(3, 15, 9, MAD)
    yield case(
        f,
        "recordatorio_jornada",
        "es",
        ("Talento Hoteles Brisa", "talento@hoteles-brisa.example.es"),
        "Recordatorio: tu jornada de evaluación",
        sent,
        "Control: a Spanish reminder of the reader's own assessment day.",
        "Hola Alex:\n\nTe recordamos que tu jornada de evaluación es el jueves 18 de marzo de "
        "2027, de 9:00 a 14:00, en nuestras oficinas de la calle Alcalá 120, Madrid.\n\nTrae "
        "el DNI. Habrá una dinámica de grupo y una entrevista individual.\n\nUn saludo,\n"
        "Equipo de Talento",
        label=slot(st, st + 300 * MIN, sent),
    )


def otherslot16() -> Iterator[Case]:
    f = "otherslot16"
    yield case(
        f,
        "calendario_colloqui",
        "it",
        ("Martina Ricci", "martina.ricci@cantine-valpolli.example.it"),
        "calendario colloqui di domani",
        sent_on(3, 15, 17, ROM),
        "Italian internal schedule of other candidates, sent to the reader by mistake.",
        "Ciao Luca,\n\nti mando l'ordine dei colloqui di domani (martedì 16/3):\n\n9:30 "
        "\u2013 Rossi Elena\n10:30 \u2013 Bianchi Paolo\n11:30 \u2013 Greco Chiara\n\nSala "
        "riunioni al primo piano. Ci vediamo alle 9:15 per preparare le domande.\n\nMartina",
    )
    yield case(
        f,
        "naibu_nittei",
        "ja",
        ("山田 花子", "yamada.hanako@sakura-shoji.example.jp"),
        "【社内】3/16 面接日程一覧",
        sent_on(3, 12, 15, TYO),
        "Japanese internal list of other candidates' interviews, sent to the wrong address.",
        "面接官各位\n\nお疲れ様です。3月16日(火)の面接日程を共有いたします。\n\n"
        "10:00〜10:45 田中 様(営業職)\n11:00〜11:45 山本 様(営業職)\n13:30〜14:15 中村 様"
        "(事務職)\n\n会議室Bをご利用ください。\n\n人事部 山田",
    )
    chk(3, 17, "Wed")
    yield case(
        f,
        "wufa_anpai",
        "zh-CN",
        ("李娜", "li.na@xinghe-tech.example.cn"),
        "明日面试安排（面试官）",
        sent_on(3, 16, 18, SHA),
        "Chinese list for interviewers of other candidates' slots, sent to the reader.",
        "各位面试官好：\n\n明天（3月17日，周三）的面试安排如下：\n09:30 张伟（后端）\n"
        "10:30 刘洋（前端）\n14:00 陈静（测试）\n\n地点：5楼大会议室。请提前10分钟到场。\n\n李娜",
    )
    chk(3, 18, "Thu")
    yield case(
        f,
        "raspisanie_kolleg",
        "ru",
        ("Ольга Смирнова", "o.smirnova@sevport.example.ru"),
        "Расписание собеседований на четверг",
        sent_on(3, 16, 12, MSK),
        "Russian: the reader, now a colleague, gets the interview plan of other candidates.",
        "Коллеги, добрый день!\n\nРасписание собеседований на четверг, 18 марта:\n10:00 "
        "\u2014 Иванова А.\n11:00 \u2014 Петров С.\n12:00 \u2014 Кузнецов Д.\n\nАлекс, "
        "подключись, пожалуйста, к первым двум как технический эксперт.\n\nОльга",
    )
    chk(3, 16, "Tue")
    yield case(
        f,
        "jadwal_muqabalat",
        "ar",
        ("نورة القحطاني", "noura@alwaha-co.example.sa"),
        "جدول المقابلات ليوم الثلاثاء",
        sent_on(3, 14, 13, RUH),
        "Arabic panel schedule naming other candidates, sent to the reader by mistake.",
        "الزملاء الكرام،\n\nجدول المقابلات ليوم الثلاثاء 16 مارس 2027:\n10:00 أحمد علي\n"
        "11:00 سارة محمد\n12:30 خالد يوسف\n\nالمكان: قاعة الاجتماعات بالدور الثاني.\n\nنورة",
    )
    st = when(3, 18, "Thu", 11, 0, WAW)
    sent = sent_on(3, 15, 16, WAW)
    yield case(
        f,
        "harmonogram_pana",
        "pl",
        ("Agnieszka Zielińska", "a.zielinska@mleczarnia-podlasie.example.pl"),
        "Harmonogram rozmów \u2013 czwartek 18 marca",
        sent,
        "Control: a schedule of several candidates that names the reader's own slot.",
        "Dzień dobry Panie Alexie,\n\nprzesyłam harmonogram rozmów w czwartek 18 marca "
        "2027:\n\n10:00 \u2013 kandydat 1\n11:00\u201311:45 \u2013 Pan (Alex Morgan)\n12:00 "
        "\u2013 kandydat 3\n\nPana rozmowa zaczyna się o 11:00, prosimy być 10 minut "
        "wcześniej.\n\nPozdrawiam,\nAgnieszka Zielińska",
        label=slot(st, st + 45 * MIN, sent),
    )
    st = when(3, 16, "Tue", 15, 0, MSK)
    sent = sent_on(3, 12, 11, MSK)
    yield case(
        f,
        "vashe_sobesedovanie",
        "ru",
        ("Ольга Смирнова", "o.smirnova@sevport.example.ru"),
        "Ваше собеседование во вторник",
        sent,
        "Control: the reader's slot, with another candidate's earlier slot mentioned.",
        "Здравствуйте, Алекс!\n\nВаше собеседование: вторник, 16 марта 2027, 15:00\u201316:00. "
        "Перед вами в 14:00 идёт другой кандидат, поэтому просим не приходить раньше 14:50.\n\n"
        "Адрес: ул. Портовая, 5, офис 301.\n\nС уважением,\nОльга Смирнова",
        label=slot(st, st + 60 * MIN, sent),
    )


def newsletter16() -> Iterator[Case]:
    f = "newsletter16"
    chk(3, 13, "Sat")
    yield case(
        f,
        "shukatsu_news",
        "ja",
        ("就活ナビ通信", "news@shukatsu-navi.example.jp"),
        "【就活ナビ通信】3月の注目イベント",
        sent_on(3, 5, 12, TYO),
        "Japanese job-board newsletter listing a joint company fair.",
        "就活ナビ通信 2027年3月号\n\n■注目イベント\n3月13日(土) 13:00〜17:00\n"
        "オンライン合同企業説明会(参加企業50社)\n▶ 予約はこちら https://shukatsu-navi."
        "example.jp/ev/313\n\n■今月のコラム\n面接で聞かれる「ガクチカ」の答え方\n\n"
        "配信停止はこちら: https://shukatsu-navi.example.jp/unsub",
        headers=BULK,
        form="html",
    )
    chk(3, 20, "Sat")
    yield case(
        f,
        "zhaopin_yuebao",
        "zh-CN",
        ("职途网", "newsletter@zhitu.example.cn"),
        "【职途月报】3月空中宣讲会安排",
        sent_on(3, 10, 9, SHA),
        "Chinese job-site newsletter listing online company presentations.",
        "职途月报 · 2027年3月\n\n本月空中宣讲会：\n\u2022 3月20日（周六）14:00 星河科技\n"
        "\u2022 3月20日（周六）16:00 华庭地产\n\n面试技巧：如何回答“你的缺点是什么”\n\n"
        "退订请点击：https://zhitu.example.cn/unsub",
        headers=BULK,
    )
    chk(3, 20, "Sat")
    yield case(
        f,
        "career_newsletter",
        "hi",
        ("रोज़गार समाचार पत्र", "newsletter@naukri-sathi.example.in"),
        "करियर न्यूज़लेटर – मार्च 2027",
        sent_on(3, 8, 10, DEL),
        "Hindi career newsletter announcing an online job fair.",
        "नमस्ते,\n\nइस महीने की मुख्य बातें:\n\n• ऑनलाइन रोजगार मेला – 20 मार्च 2027, "
        "शनिवार, सुबह 11 बजे से\n• इंटरव्यू की तैयारी पर लेख\n• नई नौकरियाँ: 1,200+\n\n"
        "रजिस्टर करें: https://naukri-sathi.example.in/mela\n\nसदस्यता समाप्त करें: "
        "https://naukri-sathi.example.in/unsub",
        headers=BULK,
    )
    chk(3, 13, "Sat")
    yield case(
        f,
        "kariyer_bulteni",
        "tr",
        ("Kariyer Köprüsü", "bulten@kariyerkoprusu.example.com.tr"),
        "Kariyer Bülteni | Mart 2027",
        sent_on(3, 4, 11, IST),
        "Turkish career newsletter with a job fair's date and hours.",
        "Merhaba Alex,\n\nBu ay seni neler bekliyor?\n\n\U0001f4cc İstanbul Kariyer Fuarı\n"
        "13 Mart 2027 Cumartesi, 10:00\u201316:00, Haliç Kongre Merkezi\n\n\U0001f4cc "
        "Mülakat ipuçları: En sık sorulan 10 soru\n\nBülten aboneliğinden çıkmak için "
        "tıkla.",
        headers=BULK,
        form="html",
    )
    chk(3, 17, "Wed")
    yield case(
        f,
        "nashra_shahriya",
        "ar",
        ("نشرة وظائف الخليج", "newsletter@gulf-jobs.example.ae"),
        "النشرة الشهرية للتوظيف – مارس",
        sent_on(3, 6, 10, "Asia/Dubai"),
        "Arabic monthly job newsletter with a job fair.",
        "مرحبًا،\n\nفي نشرة هذا الشهر:\n\n• معرض الوظائف السنوي يوم الأربعاء 17 مارس 2027 "
        "من الساعة 10 صباحًا حتى 4 مساءً في مركز المعارض\n• نصائح لاجتياز المقابلة الشخصية\n\n"
        "لإلغاء الاشتراك اضغط هنا.",
        headers=BULK,
    )
    yield case(
        f,
        "daidzhest_vakansiy",
        "ru",
        ("Работа Сегодня", "digest@rabota-segodnya.example.ru"),
        "Дайджест вакансий и вебинар «Как пройти собеседование»",
        sent_on(3, 9, 18, MSK),
        "Russian job digest advertising a webinar on interviews.",
        "Здравствуйте!\n\nНовые вакансии по вашей подписке: 24\n\nВебинар «Как пройти "
        "собеседование»: 16 марта 2027 в 19:00 (мск). Регистрация: "
        "https://rabota-segodnya.example.ru/webinar\n\nОтписаться от рассылки",
        headers=BULK,
    )
    st = when(3, 11, "Thu", 14, 0, IST)
    sent = sent_on(3, 8, 12, IST)
    yield case(
        f,
        "mulakat_davetiniz",
        "tr",
        ("Kariyer Köprüsü", "bildirim@kariyerkoprusu.example.com.tr"),
        "Mülakat davetiniz var: Lojistik Uzmanı",
        sent,
        "Control: the same platform relays an employer's interview invitation to the reader.",
        "Merhaba Alex,\n\nBaşvurduğun \u201eLojistik Uzmanı\u201d ilanı için Yıldız Nakliyat "
        "seni mülakata davet etti.\n\nTarih: 11 Mart 2027 Perşembe\nSaat: 14:00\nYer: "
        "Tuzla, İstanbul\n\nDaveti kabul etmek için uygulamaya giriş yap.\n\nKariyer Köprüsü",
        label=slot(st, None, sent),
        form="html",
    )


def remind16() -> Iterator[Case]:
    f = "remind16"
    chk(3, 18, "Thu")
    yield case(
        f,
        "test_online_expira",
        "ro",
        ("Portal Cariere Dacia Retail", "noreply@cariere.daciaretail.example.ro"),
        "Reamintire: testul online expiră joi",
        sent_on(3, 16, 9, BUH),
        "Romanian reminder: an online test link expires at a time.",
        "Bună ziua, Alex,\n\nÎncă nu ați finalizat testul de aptitudini. Linkul expiră joi, "
        "18 martie 2027, ora 23:59.\n\nÎncepeți testul: https://cariere.daciaretail.example.ro/"
        "test/7731\n\nDurata estimată: 40 de minute.\n\nEchipa de Recrutare",
        headers=AUTO,
    )
    chk(3, 19, "Fri")
    yield case(
        f,
        "video_odpovedi",
        "cs",
        ("Nábytek Horák \u2013 nábor", "nabor@nabytek-horak.example.cz"),
        "Připomínka: nahrajte video odpovědi",
        sent_on(3, 16, 10, PRG),
        "Czech reminder to record one-way video answers before a deadline.",
        "Dobrý den,\n\npřipomínáme, že video odpovědi na tři otázky je potřeba nahrát do "
        "pátku 19. 3. 2027 do 12:00. Odkaz: https://video.nabytek-horak.example.cz/r/5512\n\n"
        "Po vyhodnocení Vás budeme kontaktovat.\n\nS pozdravem\nnábor",
        headers=AUTO,
    )
    yield case(
        f,
        "karrierest_emlekezteto",
        "hu",
        ("Duna Közművek Karrier", "karrier@duna-kozmuvek.example.hu"),
        "Emlékeztető: holnap 18:00 \u2013 online karrierest",
        sent_on(3, 15, 12, BUD),
        "Hungarian reminder of a careers evening the reader registered for.",
        "Kedves Alex!\n\nEmlékeztetünk, hogy regisztráltál holnapi online karrierestünkre "
        "(2027. március 16., 18:00\u201319:30). A belépési linket egy órával a kezdés előtt "
        "küldjük.\n\nA karrierest nem része a kiválasztásnak.\n\nÜdv,\nKarrier csapat",
        headers=BULK,
    )
    chk(3, 16, "Tue")
    yield case(
        f,
        "batas_unggah",
        "id",
        ("Rekrutmen Kopi Senja", "rekrutmen@kopisenja.example.co.id"),
        "Pengingat: batas unggah dokumen",
        sent_on(3, 14, 9, JKT),
        "Indonesian reminder of a document upload deadline.",
        "Halo Alex,\n\nKami mengingatkan batas unggah dokumen (KTP, ijazah, SKCK) adalah "
        "Selasa, 16 Maret 2027 pukul 23.59 WIB. Unggah di: https://karier.kopisenja.example."
        "co.id/dokumen\n\nTerima kasih,\nTim Rekrutmen",
        headers=AUTO,
    )
    st = when(3, 17, "Wed", 14, 0, SAO)
    sent = sent_on(3, 16, 10, SAO)
    yield case(
        f,
        "lembrete_entrevista",
        "pt-BR",
        ("Thaís Moreira", "thais.moreira@vitoria-saude.example.com.br"),
        "Lembrete: sua entrevista é amanhã",
        sent,
        "Control: a reminder of the reader's own interview, 'amanhã' with the date.",
        "Oi Alex!\n\nSó lembrando: sua entrevista com a gestora Paula é amanhã, quarta-feira "
        "(17/03), às 14h, pelo Google Meet: https://meet.example.com/vts-pqrs-tuv\n\nQualquer "
        "coisa, me chama.\n\nAbraço,\nThaís",
        label=slot(st, None, sent),
    )
    st = when(3, 16, "Tue", 10, 30, AMS)
    sent = sent_on(3, 15, 11, AMS)
    yield case(
        f,
        "herinnering_gesprek",
        "nl",
        ("Marloes de Wit", "m.dewit@waterland-oost.example.nl"),
        "Herinnering: sollicitatiegesprek morgen",
        sent,
        "Control: a Dutch reminder of the reader's own interview tomorrow.",
        "Beste Alex,\n\nEen herinnering aan je sollicitatiegesprek morgen, dinsdag 16 maart, "
        "om 10.30 uur in het gemeentehuis (kamer 2.14). Neem een geldig identiteitsbewijs "
        "mee.\n\nTot morgen!\nMarloes",
        label=slot(st, None, sent),
    )
    st = when(3, 19, "Fri", 10, 0, BUH)
    sent = sent_on(3, 17, 15, BUH)
    yield case(
        f,
        "reamintire_interviu",
        "ro",
        ("Ioana Stan", "ioana.stan@carpat-soft.example.ro"),
        "Reamintire: interviul de vineri",
        sent,
        "Control: a Romanian reminder of the reader's own interview.",
        "Bună ziua, Alex,\n\nVă reamintim că interviul dumneavoastră este programat vineri, 19 "
        "martie 2027, la ora 10:00, la sediul Carpat Soft (str. Fabricii 8, Cluj-Napoca).\n\n"
        "Vă așteptăm!\nIoana Stan\nHR",
        label=slot(st, None, sent),
    )


BUILDERS = [
    infoabend16,
    portalfrist16,
    results16,
    callweek16,
    onboard16,
    autoreply16,
    minutes16,
    prehire16,
    aclogis16,
    otherslot16,
    newsletter16,
    remind16,
]

MEASURED: list[str] = [
    "First sight (parser at main f76f62e9, before any change for this batch): dev: 16 of 16 "
    "invitations with the right start (15 sure), 7 of 46 negatives claimed with confidence "
    ">= 0.5; held out: 7 of 8 invitations right (6 sure), 4 of 20 negatives claimed; no "
    "calendar-bearing mail in the batch.",
    "",
    "After the batch's rules (results published on a date in tr, id, zh-CN, ar, hi; the "
    "Italian 'daremo un riscontro'; Turkish orientation for new starters): dev 16 of 16 right "
    "(15 sure), 0 of 46 claimed; held out 7 of 8 right (6 sure), 4 of 20 claimed. Whole "
    "splits: dev false claims 12 -> 5 of 1094 (the seven of this batch), no text hit or "
    "'sure' lost on any split, held out and shared unchanged. The dev control left unsure "
    "(infoabend16 de) names its slot on a line under 'zu einem persönlichen Gespräch "
    "einladen:' and the subject names the Karriereabend; read as a notice about something "
    "else. No second source for a rule, so left.",
]

RULES: list[str] = [
    "- Results published on a date (`DECISION_CUES`): Turkish 'sonuçlar...', 'ilan edil...',",
    "  'açıklanacak' (public code: 'Sınav sonuçları açıklandı', 'Sonuçlar ilan edilir' in",
    "  Turkish school and exam apps) and Indonesian 'pengumuman hasil' (public code: 'Pengumuman",
    "  Hasil Seleksi' pages of Indonesian admission and recruiting sites), Chinese 结果/成绩/名单",
    "  ... 公布/公示/发布 (public code: '成绩公布通知', '成绩公布日期'; next to the existing",
    "  结果 ... 通知), Arabic 'إعلان النتائج' / 'ستُعلن نتائج' (public code: 'تم إعلان النتائج')",
    "  and Hindi 'परिणाम ... घोषित' (public code: 'परिणाम जल्द ही घोषित किए जाएंगे'); this",
    "  batch's `results16` (tr, ar, hi, id, zh-CN). The sentence-level check yields to a",
    "  sentence that names the reader's slot (OWN_SLOT_CUES: 'mülakat', 'interview').",
    "- 'daremo/diamo un riscontro' (`DECISION_CUES`): corpus `comeet` ('ti daremo un",
    "  riscontro entro venerdì') and this batch's `callweek16` (it).",
    "- Turkish orientation for new starters (`NEW_HIRE_CUES`: 'oryantasyon', 'işe (yeni)",
    "  başlayan', 'yeni çalışanlar için'): public code ('Yeni işe başlayan personele oryantasyon",
    "  eğitimi', 'İşe yeni başlayanlar için zorunlu oryantasyon eğitimi') and this batch's",
    "  `onboard16` (tr).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs16 batch (`build_negs16.py`)",
        "",
        "Mail a job seeker receives in languages other than English that carries a future "
        "date and time but sets no interview for the reader, with genuine invitations in the "
        "same voices as controls. All text is ours (no third-party text copied; notification "
        "layouts written from memory of such mail, no product's template or translation "
        "reproduced); people, companies, addresses and links are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message.",
        "",
        "Information evenings, portal deadlines, results published on a date, calls promised "
        "without a time, onboarding and pre-employment appointments, auto-replies, minutes, "
        "newsletters, assessment-centre logistics and other candidates' schedules are "
        "`not_invitation`; a reminder of the reader's own interview or assessment day is an "
        "`invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs16.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
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
    lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs16.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
