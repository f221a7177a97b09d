# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "purpose67" batch: mail that sets a time for an "interview", a "Gespräch", an
"entretien", an "entrevista", a "colloquio", a "rozmowa", a "gesprek" or a "面接" whose purpose is
no job: a journalist, a podcast or a radio station asking the reader for an interview, a user
research session or a customer interview about a product (with a voucher), academic talks (a PhD
viva or defence, an oral exam, a university's admission interview, a scholarship panel), an
immigration, visa or citizenship interview, a jobcentre or benefits appointment, a flat viewing,
an adoption or foster home study, a volunteer coordinator's chat, a witness statement, a medical
consultation and a clinical trial's screening visit. Controls in the same words whose purpose is
a post (a UX researcher's, a reporter's, a lecturer's, a work coach's, a paid coordinator's job
interview): the reader's own job interview.

Run: .venv/bin/python tests/parsing/corpus/build_purpose67.py

Text is ours; the Cal.com and Calendly booking frames follow those tools' attendee mails (Cal.com
en strings as build_parsegen8.py recalled them; Calendly's frame as build_events51.py renders
it), with our own event types and people. People, companies and addresses are made up. Labels
come from the datetimes the text is rendered from (zoneinfo) and were written before the parser
was run on any message of the batch. A seeded third is held out: file names sorted by the
SHA-256 of the name, every third from the first goes to heldout/ (family purpose67h), chosen
before any file was parsed. Helpers come from build_looks60.py. Deterministic; the script
deletes or writes only files of its own families.
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
ZONE = {**lk.ZONE}
CAL = "Cal.com attendee mail frame (en strings as build_parsegen8.py recalled them), text ours"
CALENDLY = "Calendly invitee confirmation frame (as build_events51.py renders it), text ours"
FAMILY = "purpose67"
HELD_FAMILY = "purpose67h"
FAMILIES = {
    FAMILY: "Mail that sets a time for an interview or a talk whose purpose is no job (a press or "
    "podcast interview of the reader, user research and customer interviews, a viva, an oral "
    "exam or an admission interview, a visa or citizenship interview, a jobcentre appointment, "
    "a flat viewing, an adoption home study, a volunteer chat, a witness statement, a medical "
    "consultation, a clinical trial's screening), beside controls about a post.",
    HELD_FAMILY: "The held-out third of purpose67, chosen by the file names' hashes before any parse.",
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
    source: str = OURS,
) -> None:
    """One mail: with `slot` the reader's own job interview at that wall time (no zone stated),
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
        f"purpose67 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, source))


def cal(event: str, when: str, host: tuple[str, str], where: str, uid: str) -> str:
    return (
        "Your event has been scheduled\nWe sent an email to everyone with this information.\n\n"
        f"What:\n{event}\n\nWhen:\n{when}\n\nWho:\n{host[0]} - Organizer\n{host[1]}\n{ME[0]}\n{ME[1]}\n\n"
        f"Where:\n{where}\n\nNeed to reschedule or cancel? https://cal.example/booking/{uid}?changes=true"
    )


def calendly(first: str, event: str, host: str, when: str, where: str, extra: str) -> str:
    return (
        f"Hi {first},\n\nYour event has been scheduled.\n\nEvent Type: {event}\nHost: {host}\n"
        f"Date/Time: {when}\nLocation: {where}\n\n{extra}\n\nNeed to make changes to this event? "
        "Cancel | Reschedule\n\nPowered by Calendly"
    )


# --- the press, podcasts and radio ---------------------------------------------------------------
PRESS = "A journalist, a podcast or a radio station sets a time to interview the reader for a story or an episode: what the reader gives is a quote, nobody hires the reader."
PRESS_CTL = "The reader's own job interview for a reporter's, an editor's or a producer's post at a newspaper, a podcast studio or a radio station (control)."


def press() -> None:
    add("en-GB", "podcast_guest", ("Hannah Reid", "hannah@smallbatchpodcast.example.co.uk"),
        "Small Batch podcast - recording on Wednesday",
        "Hi Alex,\n\nThanks so much for agreeing to come on Small Batch! We'd love to interview you about how you started the bakery and what the last year has been like.\n\nRecording: Wednesday 10 March, 10:00-11:00, on Riverside (link to follow). Headphones help; no need to prepare anything.\n\nThe episode should go out in early April.\n\nCheers,\nHannah\nHost, Small Batch", PRESS)  # fmt: skip
    add("de", "zeitung_interview", ("Julia Berger", "j.berger@rheinpost.example.de"),
        "Interviewtermin für unseren Artikel über das Repair-Café",
        "Hallo Frau Morgan,\n\nvielen Dank für Ihre Zusage! Wie besprochen würde ich Sie gern für unseren Bericht über das Repair-Café in Ehrenfeld interviewen.\n\nTermin: Donnerstag, 11. März, 15:30 Uhr, direkt im Café (Venloer Str. 210). Unsere Fotografin kommt für ein paar Bilder mit.\n\nDer Artikel erscheint voraussichtlich in der Samstagsausgabe.\n\nBeste Grüße\nJulia Berger\nRedaktion Köln, Rheinpost", PRESS)  # fmt: skip
    add("fr", "radio_entretien", ("Claire Dumas", "c.dumas@radio-estuaire.example.fr"),
        "Entretien pour la matinale – vendredi 12 mars",
        "Bonjour Madame Morgan,\n\nComme convenu par téléphone, nous vous recevons pour un entretien en direct dans la matinale de Radio Estuaire, au sujet de votre association de jardins partagés.\n\nRendez-vous le vendredi 12 mars à 8 h 15 au studio, 3 quai de la Fosse, Nantes ; l'entretien dure environ 10 minutes.\n\nÀ vendredi,\nClaire Dumas\nJournaliste, Radio Estuaire", PRESS)  # fmt: skip
    add("es", "periodista_entrevista", ("Marta Ruiz", "mruiz@diariodelsur.example.es"),
        "Entrevista para el reportaje sobre el mercado de Triana",
        "Hola, Alex:\n\nGracias por aceptar. Te confirmo la entrevista para el reportaje sobre los puestos del mercado de Triana: martes 16 de marzo a las 10:30, en tu puesto. Serán unos 20 minutos y haremos un par de fotos.\n\nUn saludo,\nMarta Ruiz\nRedactora, Diario del Sur", PRESS, shape="alt")  # fmt: skip
    add("it", "giornalista_intervista", ("Luca Ferri", "luca.ferri@corrierevalle.example.it"),
        "Intervista per il nostro servizio sulle botteghe storiche",
        "Gentile Alex,\n\ngrazie per la disponibilità. Le confermo l'intervista per il servizio sulle botteghe storiche del centro: mercoledì 17 marzo alle 14:00, nel suo negozio in via Garibaldi 12. Ci vorrà circa mezz'ora.\n\nCordiali saluti,\nLuca Ferri\nCorriere della Valle", PRESS)  # fmt: skip
    add("pl", "portal_wywiad", ("Anna Kowal", "a.kowal@miastoteraz.example.pl"),
        "Rozmowa do cyklu „Ludzie z osiedla”",
        "Dzień dobry,\n\ndziękuję za zgodę na rozmowę do naszego cyklu „Ludzie z osiedla” o Pani klubie szachowym dla seniorów. Proponuję czwartek 18 marca o 15:00 w kawiarni Pod Lipami. Rozmowa potrwa około 40 minut, potem zrobimy zdjęcie.\n\nPozdrawiam\nAnna Kowal\nredakcja portalu MiastoTeraz", PRESS)  # fmt: skip
    add("ja", "shuzai_interview", ("地域ウィークリー編集部", "henshu@chiiki-weekly.example.jp"),
        "【取材のお願い】インタビュー日程確定のご連絡",
        "モーガン様\n\nこのたびは取材をお引き受けいただきありがとうございます。\n「まちの小さなお店」特集のインタビューを下記の日程で行います。\n\n日時：2027年3月12日（金）11:00〜12:00\n場所：モーガン様の店舗（雑貨店）\n内容：開業のきっかけ、おすすめ商品、写真撮影\n\n記事は4月号に掲載予定です。\n\n地域ウィークリー編集部 佐藤", PRESS)  # fmt: skip
    # controls
    add("en-GB", "newspaper_reporter_job", ("Northern Echo Group HR", "recruitment@northernecho-group.example.co.uk"),
        "Interview - Trainee Reporter (ref NE-214)",
        "Dear Alex,\n\nThank you for applying for the Trainee Reporter vacancy on our news desk. We would like to invite you to an interview with the news editor and a member of HR.\n\nDate: Tuesday 16 March\nTime: 10:30 - 11:30\nPlace: 4 Priestgate, Darlington\n\nAs part of the interview you will be given a short news-writing exercise.\n\nKind regards,\nPeople Team, Northern Echo Group", PRESS_CTL, slot=T16, minutes=60)  # fmt: skip
    add("fr", "redaction_journaliste_poste", ("Service RH – Ouest Matin", "recrutement@ouestmatin.example.fr"),
        "Votre candidature – journaliste rédacteur (CDD)",
        "Madame,\n\nNous avons bien reçu votre candidature au poste de journaliste rédacteur en CDD à l'agence de Nantes et souhaitons vous rencontrer pour un entretien d'embauche le mercredi 10 mars à 10 h, au 12 rue de Strasbourg, avec le rédacteur en chef adjoint.\n\nCordialement,\nService des ressources humaines\nOuest Matin", PRESS_CTL, slot=W10)  # fmt: skip
    add("es", "periodico_puesto_redactor", ("RR. HH. Diario del Sur", "seleccion@diariodelsur.example.es"),
        "Entrevista de trabajo – Redactor/a de local",
        "Hola, Alex:\n\nGracias por tu candidatura para la plaza de redactor/a en la sección de local. Nos gustaría hacerte una entrevista de trabajo el jueves 11 de marzo a las 15:30 en la redacción (Avenida de la Palmera 4, Sevilla), con la jefa de sección.\n\nUn saludo,\nSelección de personal\nDiario del Sur", PRESS_CTL, slot=H11)  # fmt: skip


# --- user research and customer interviews -------------------------------------------------------
UX = "A product team books the reader for a user research session or a customer interview about how the reader uses a product, often for a voucher: what the reader gives is feedback, nobody hires the reader."
UX_CTL = (
    "The reader's own job interview for a UX researcher's or a product researcher's post (control)."
)


def research() -> None:
    add("en-US", "calendly_user_research", ("Calendly", "notifications@calendly.example.com"),
        "Confirmed: Budgetly user interview with Jordan Lee on Wednesday, March 10, 2027",
        calendly("Alex", "Budgetly user interview (45 min)", "Jordan Lee, Budgetly", "10:00am - 10:45am, Wednesday, March 10, 2027", "Zoom (link in the calendar invitation)",
                 "Thanks for signing up to chat with us about how you use Budgetly to plan your household spending. As a thank-you, you'll receive a $50 Amazon gift card after the session."),
        UX, source=CALENDLY)  # fmt: skip
    add("en-GB", "cal_customer_interview", ("Cal.com", "no-reply@cal.example"),
        "Confirmed: Customer interview with Priya Shah at 3:30pm - 4:00pm, Thursday, March 11, 2027",
        cal("Customer interview: Tilly invoicing app", "3:30pm - 4:00pm, Thursday, March 11, 2027 (Europe/London)", ("Priya Shah", "priya@tilly.example.co.uk"), "Google Meet",  "c5f1a2"),
        UX, source=CAL)  # fmt: skip
    add("de", "nutzerinterview_gutschein", ("Team Rechnungsfix", "research@rechnungsfix.example.de"),
        "Ihr Nutzerinterview am Dienstag, 9. März",
        "Hallo Alex,\n\nschön, dass Sie bei unserem Nutzerinterview mitmachen! Wir möchten verstehen, wie Sie Rechnungsfix im Alltag nutzen und was Sie stört.\n\nTermin: Dienstag, 9. März, 14:00–14:45 Uhr (Videocall, den Link schicken wir am Vortag)\n\nAls Dankeschön erhalten Sie einen Gutschein über 40 € nach dem Gespräch.\n\nViele Grüße\nLena, UX-Team Rechnungsfix", UX)  # fmt: skip
    add("fr", "entretien_utilisateur", ("Équipe Produit Velia", "recherche@velia.example.fr"),
        "Confirmation de votre entretien utilisateur",
        "Bonjour Alex,\n\nMerci d'avoir accepté de participer à un entretien utilisateur sur l'application Velia. Nous aimerions comprendre comment vous préparez vos trajets à vélo.\n\nQuand : vendredi 12 mars, 11 h – 11 h 45, en visio\nEn remerciement : une carte cadeau de 30 €.\n\nÀ vendredi !\nInès, chercheuse UX chez Velia", UX, shape="html")  # fmt: skip
    add("es", "entrevista_usuario", ("Equipo de Producto de Tarro", "research@tarro.example.es"),
        "Tu entrevista sobre la app Tarro – lunes 15 de marzo",
        "Hola, Alex:\n\n¡Gracias por apuntarte! Queremos entrevistarte sobre cómo usas Tarro para organizar la compra semanal.\n\nFecha: lunes 15 de marzo, de 9:00 a 9:45 (videollamada)\nRecibirás un cheque regalo de 25 € al terminar.\n\nUn saludo,\nEl equipo de investigación de usuarios de Tarro", UX)  # fmt: skip
    add("nl", "gebruikersonderzoek", ("Onderzoeksteam Fietsdeal", "onderzoek@fietsdeal.example.nl"),
        "Bevestiging: interview over de Fietsdeal-app",
        "Hoi Alex,\n\nBedankt voor je aanmelding voor ons gebruikersonderzoek! In een interview van 45 minuten vragen we je hoe je de Fietsdeal-app gebruikt bij het huren van een fiets.\n\nWanneer: woensdag 17 maart, 14:00 – 14:45\nWaar: Teams (link volgt)\nAls bedankje ontvang je een cadeaubon van € 30.\n\nGroet,\nSanne, UX-onderzoeker", UX)  # fmt: skip
    add("ja", "user_interview_sharei", ("カケイボ ユーザーリサーチ", "research@kakeibo.example.jp"),
        "【ユーザーインタビュー】日程確定のお知らせ",
        "モーガン様\n\nユーザーインタビューへのご協力ありがとうございます。アプリ「カケイボ」の使い方についてお話を伺います。\n\n日時：2027年3月18日（木）15:00〜16:00\n形式：オンライン（Zoom）\n謝礼：Amazonギフト券 5,000円分\n\nカケイボ リサーチチーム", UX)  # fmt: skip
    add("pt-BR", "entrevista_cliente", ("Time de Produto Conta Fácil", "pesquisa@contafacil.example.com.br"),
        "Entrevista com clientes – confirmação",
        "Olá, Alex!\n\nObrigado por topar conversar com a gente. Queremos entender como você usa o Conta Fácil para emitir notas fiscais.\n\nData: quinta-feira, 11 de março, das 15h30 às 16h15 (Google Meet)\nComo agradecimento, você recebe um vale-presente de R$ 100.\n\nAbraços,\nTime de Pesquisa do Conta Fácil", UX)  # fmt: skip
    # controls
    add("en-US", "calendly_ux_researcher_job", ("Calendly", "notifications@calendly.example.com"),
        "Confirmed: Senior UX Researcher - hiring manager interview with Jordan Lee on Tuesday, March 16, 2027",
        calendly("Alex", "Senior UX Researcher - hiring manager interview (45 min)", "Jordan Lee, Budgetly", "10:30am - 11:15am, Tuesday, March 16, 2027", "Zoom (link in the calendar invitation)",
                 "Jordan will talk you through the Senior UX Researcher role and the team, and ask about your research portfolio."),
        UX_CTL, slot=T16, minutes=45, source=CALENDLY)  # fmt: skip
    add("de", "ux_researcher_stelle", ("Recruiting Rechnungsfix", "jobs@rechnungsfix.example.de"),
        "Einladung zum Vorstellungsgespräch – UX Researcher (m/w/d)",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als UX Researcher (m/w/d). Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\nDonnerstag, 18. März, 15:00–16:00 Uhr, Schanzenstraße 30, Hamburg\n\nBitte bringen Sie ein Fallbeispiel aus Ihrer Forschung mit.\n\nViele Grüße\nRecruiting-Team Rechnungsfix", UX_CTL, slot=H18, minutes=60)  # fmt: skip
    add("ja", "ux_researcher_saiyo", ("カケイボ 採用担当", "recruit@kakeibo.example.jp"),
        "【採用面接のご案内】UXリサーチャー職",
        "モーガン様\n\nこの度はUXリサーチャー職にご応募いただきありがとうございます。\n一次面接を下記の通り実施いたします。\n\n日時：2027年3月10日（水）10:00〜11:00\n形式：オンライン（Zoom）\n\n株式会社カケイボ 採用担当", UX_CTL, slot=W10, minutes=60)  # fmt: skip
    add("pt-BR", "vaga_pesquisador_ux", ("Recrutamento Conta Fácil", "vagas@contafacil.example.com.br"),
        "Entrevista – vaga de Pesquisador(a) UX",
        "Olá, Alex!\n\nObrigado por se candidatar à vaga de Pesquisador(a) UX. Gostaríamos de fazer uma entrevista com você na sexta-feira, 12 de março, às 11h, por Google Meet, com a nossa líder de design.\n\nAbraços,\nTime de Recrutamento Conta Fácil", UX_CTL, slot=F12)  # fmt: skip


# --- academic: vivas, oral exams, admission interviews, scholarships -----------------------------
ACAD = "A university or a school sets an academic talk with the reader (a PhD viva or defence, an oral exam, an admission interview, a scholarship panel): what the reader gets is a grade, a degree, a study place or a scholarship, nobody hires the reader."
STUDY = "The reader's own admission interview for a degree course or a scholarship's selection interview: an `invitation` at its slot by the corpus README's Study places rule (a selection interview the reader applied for; relabelled from not_invitation after first sight, see PROVENANCE)."
ACAD_CTL = "The reader's own job interview for a lecturer's, a researcher's or a technician's post at a university (control)."


def academic() -> None:
    add("en-GB", "phd_viva", ("Doctoral College", "doctoral.college@univ-york.example.ac.uk"),
        "Arrangements for your PhD viva voce examination",
        "Dear Alex,\n\nI am pleased to confirm the arrangements for the oral examination (viva voce) of your PhD thesis 'Soil carbon under urban trees'.\n\nDate: Thursday 11 March\nTime: 15:30\nVenue: Room B/102, Biology Building\n\nYour examiners are Dr K. Hale (internal) and Prof. M. Osei (external). Please bring a copy of your thesis.\n\nBest wishes,\nDoctoral College Administrator", ACAD)  # fmt: skip
    add("de", "disputation", ("Promotionsbüro der Philosophischen Fakultät", "promotion@phil.uni-example.de"),
        "Termin Ihrer Disputation",
        "Sehr geehrte Frau Morgan,\n\nder Promotionsausschuss hat Ihre Dissertation angenommen. Die mündliche Prüfung (Disputation) findet statt am\n\nMittwoch, 17. März, 14:00 Uhr, Senatssaal, Hauptgebäude.\n\nDer Vortrag dauert 30 Minuten, anschließend folgt die Aussprache mit der Kommission.\n\nMit freundlichen Grüßen\nPromotionsbüro", ACAD)  # fmt: skip
    add("fr", "soutenance_these", ("École doctorale SPI", "ed-spi@univ-exemple.fr"),
        "Convocation – soutenance de thèse",
        "Madame,\n\nNous avons le plaisir de vous informer que votre soutenance de thèse de doctorat aura lieu le mardi 16 mars à 10 h 30, amphithéâtre Gay-Lussac, devant le jury désigné par le président de l'université.\n\nLa soutenance est publique.\n\nL'école doctorale SPI", ACAD)  # fmt: skip
    add("it", "colloquio_ammissione_master", ("Segreteria Master MIB", "master.mib@ateneo-esempio.it"),
        "Colloquio di ammissione al Master in Management",
        "Gentile candidata,\n\nla sua domanda di ammissione al Master in International Business è stata valutata positivamente. La invitiamo al colloquio motivazionale con la commissione di ammissione:\n\nvenerdì 12 marzo alle ore 11:00, aula 4, via Roma 22.\n\nL'esito sarà comunicato entro due settimane.\n\nSegreteria Master", STUDY, slot=F12)  # fmt: skip
    add("es", "entrevista_admision_grado", ("Oficina de Admisiones", "admisiones@universidad-ejemplo.es"),
        "Entrevista de admisión – Grado en Arquitectura",
        "Estimada Alex:\n\nTras revisar tu solicitud de admisión al Grado en Arquitectura, te convocamos a la entrevista personal con el comité de admisiones el lunes 15 de marzo a las 9:00 en el edificio A (sala 2). Trae tu portafolio.\n\nAtentamente,\nOficina de Admisiones", STUDY, slot=M15)  # fmt: skip
    add("en-US", "scholarship_panel", ("Harbor Foundation Scholarships", "scholarships@harborfoundation.example.org"),
        "Finalist interview - 2027 Harbor Scholars Program",
        "Dear Alex,\n\nCongratulations! You have been selected as a finalist for the 2027 Harbor Scholars award ($12,000 toward tuition). Finalists meet our selection panel for a 20-minute interview.\n\nYour interview: Wednesday, March 10, 2027 at 10:00 AM, Harbor Foundation, 55 Water Street, Suite 300.\n\nAward decisions are announced in April.\n\nScholarship Committee", STUDY, slot=W10, minutes=20)  # fmt: skip
    add("pl", "rekrutacja_studia", ("Dział Rekrutacji", "rekrutacja@uczelnia-przyklad.edu.pl"),
        "Rozmowa kwalifikacyjna – studia II stopnia, psychologia",
        "Szanowna Kandydatko,\n\nw ramach rekrutacji na studia II stopnia na kierunku psychologia zapraszamy na rozmowę kwalifikacyjną z komisją rekrutacyjną we wtorek 9 marca o godz. 14:00, sala 105, budynek C.\n\nProsimy zabrać dowód osobisty i dyplom ukończenia studiów I stopnia.\n\nUczelniana Komisja Rekrutacyjna", STUDY, slot=T9)  # fmt: skip
    add("ja", "daigakuin_mensetsu", ("○○大学大学院 入試課", "nyushi@daigaku-rei.example.ac.jp"),
        "大学院入試 面接試験のご案内",
        "モーガン様\n\n2027年度 大学院修士課程入学試験（書類選考）の結果、面接試験の対象となりましたのでお知らせします。\n\n日時：2027年3月13日（土）9:00〜\n場所：本部棟 3階 第2会議室\n持参物：受験票\n\n○○大学大学院 入試課", STUDY, slot=S13)  # fmt: skip
    add("nl", "mondeling_tentamen", ("Onderwijsbureau Rechten", "onderwijsbureau@rechten.uni-voorbeeld.nl"),
        "Uitnodiging mondeling tentamen Staatsrecht",
        "Beste Alex,\n\nJe bent ingedeeld voor het mondelinge tentamen Staatsrecht op donderdag 18 maart om 15:00 in kamer 2.14 bij dr. De Vries. Het gesprek duurt 20 minuten.\n\nNeem je collegekaart mee.\n\nOnderwijsbureau Rechten", ACAD)  # fmt: skip
    # controls
    add("en-GB", "lecturer_interview", ("University HR", "recruitment@univ-york.example.ac.uk"),
        "Interview invitation: Lecturer in Environmental Science (ref 9931)",
        "Dear Alex,\n\nFollowing shortlisting, I am pleased to invite you to interview for the post of Lecturer in Environmental Science.\n\nDate: Wednesday 17 March\nTime: 14:00\nVenue: Room B/102, Biology Building\n\nYou will give a 15-minute presentation on your teaching approach to the panel, followed by a formal interview.\n\nKind regards,\nHR Recruitment Team", ACAD_CTL, slot=W17)  # fmt: skip
    add("it", "tecnico_laboratorio", ("Ufficio Personale", "concorsi@ateneo-esempio.it"),
        "Convocazione al colloquio – tecnico di laboratorio (tempo determinato)",
        "Gentile candidata,\n\nin relazione alla selezione per un posto di tecnico di laboratorio a tempo determinato presso il Dipartimento di Chimica, la convochiamo al colloquio di lavoro giovedì 11 marzo alle ore 15:30, aula 4, via Roma 22.\n\nUfficio Personale", ACAD_CTL, slot=H11)  # fmt: skip


# --- authorities: immigration, visas, citizenship, jobcentres, police ----------------------------
GOV = "An authority sets an interview or an appointment with the reader (a visa, residence or citizenship interview, a jobcentre or benefits appointment, a witness statement): what the reader gets is a visa, a permit, citizenship or a benefit, or the reader gives evidence; nobody hires the reader."
GOV_CTL = "The reader's own job interview for a post at a jobcentre, a benefits agency or a public office (control)."


def authorities() -> None:
    add("en-US", "naturalization_interview", ("USCIS Contact Center", "no-reply@uscis-notices.example.gov"),
        "Interview Appointment Notice - Form N-400, Application for Naturalization",
        "You are hereby notified to appear for an interview on your Application for Naturalization (Form N-400) at the date, time and place shown below.\n\nDate: Thursday, March 18, 2027\nTime: 3:00 PM\nPlace: USCIS Boston Field Office, 15 New Sudbury Street, Room E-160\n\nBring this notice, your Permanent Resident Card and your passport. You will be tested on English and civics.", GOV)  # fmt: skip
    add("de", "einbuergerung_termin", ("Landeshauptstadt, Einbürgerungsbehörde", "einbuergerung@stadt-beispiel.de"),
        "Ihr Termin zur Einbürgerung – persönliche Vorsprache",
        "Sehr geehrte Frau Morgan,\n\nzu Ihrem Antrag auf Einbürgerung laden wir Sie zu einem persönlichen Gespräch ein:\n\nDienstag, 9. März, 14:00 Uhr, Zimmer 2.07, Ruppmannstraße 21.\n\nBitte bringen Sie Ihren Pass, Ihren Aufenthaltstitel und das Zertifikat des Einbürgerungstests mit.\n\nMit freundlichen Grüßen\nIhre Einbürgerungsbehörde", GOV)  # fmt: skip
    add("fr", "prefecture_naturalisation", ("Préfecture – Service naturalisation", "pref-naturalisation@interieur.example.fr"),
        "Convocation à l'entretien d'assimilation",
        "Madame,\n\nDans le cadre de l'instruction de votre demande d'acquisition de la nationalité française, vous êtes convoquée à un entretien individuel le lundi 15 mars à 9 h, guichet 4, 1 rue de la Préfecture.\n\nMerci de vous munir de cette convocation, de votre titre de séjour et de votre passeport.\n\nLe bureau de la nationalité", GOV)  # fmt: skip
    add("es", "consulado_visado", ("Consulado General - Visados", "visados@consulado-ejemplo.es"),
        "Cita para entrevista de visado",
        "Estimada solicitante:\n\nLe confirmamos la cita para la entrevista de su solicitud de visado de estudios el viernes 12 de marzo a las 11:00 en la sección consular (calle Serrano 75). Traiga el pasaporte, la carta de admisión y el justificante de pago.\n\nSección de Visados", GOV)  # fmt: skip
    add("it", "questura_permesso", ("Questura – Ufficio Immigrazione", "immigrazione@questura-esempio.it"),
        "Convocazione per il rilascio del permesso di soggiorno",
        "Gentile Sig.ra Morgan,\n\nla informiamo che è convocata presso l'Ufficio Immigrazione per il fotosegnalamento e il colloquio relativo alla sua domanda di permesso di soggiorno per motivi familiari:\n\nmercoledì 10 marzo, ore 10:00, via Genova 2, sportello 5.\n\nQuestura", GOV)  # fmt: skip
    add("en-GB", "jobcentre_work_coach", ("Jobcentre Plus", "noreply@jobcentre-notices.example.gov.uk"),
        "Your appointment with your work coach",
        "Dear Alex Morgan,\n\nYou have an appointment at Leeds Eastgate Jobcentre with your work coach on Friday 12 March at 11:00.\n\nWe will review your claimant commitment and the work search activity you have recorded in your Universal Credit journal. If you do not attend, your payments could be affected.\n\nJobcentre Plus", GOV)  # fmt: skip
    add("de", "jobcenter_einladung", ("Jobcenter Köln", "jobcenter-koeln@jobcenter-ge.example.de"),
        "Einladung zu einem Gespräch im Jobcenter",
        "Sehr geehrte Frau Morgan,\n\nbitte kommen Sie am Donnerstag, 11. März, um 15:30 Uhr in das Jobcenter Köln, Luxemburger Str. 121, Zimmer 312. Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihr Bürgergeld sprechen.\n\nDies ist eine Einladung nach § 59 SGB II in Verbindung mit § 309 SGB III.\n\nMit freundlichen Grüßen\nIhre Integrationsfachkraft", GOV)  # fmt: skip
    add("fr", "france_travail_rdv", ("France Travail", "ne-pas-repondre@francetravail.example.fr"),
        "Votre rendez-vous avec votre conseiller",
        "Madame Morgan,\n\nVous êtes convoquée à un entretien de suivi avec votre conseiller le mardi 16 mars à 10 h 30 à l'agence France Travail de Lyon Part-Dieu.\n\nMerci de vous présenter muni(e) d'une pièce d'identité. En cas d'absence non justifiée, votre allocation peut être suspendue.\n\nVotre agence France Travail", GOV)  # fmt: skip
    add("nl", "uwv_gesprek", ("UWV", "noreply@uwv-berichten.example.nl"),
        "Uitnodiging voor een gesprek over uw WW-uitkering",
        "Beste mevrouw Morgan,\n\nU bent uitgenodigd voor een gesprek over uw WW-uitkering op woensdag 17 maart om 14:00 bij UWV Utrecht, Daalseplein 1.\n\nNeem uw identiteitsbewijs mee.\n\nMet vriendelijke groet,\nUWV", GOV)  # fmt: skip
    add("en-GB", "police_witness_statement", ("Constable R. Patel", "r.patel@westyorks-police.example.uk"),
        "Witness statement - appointment",
        "Dear Ms Morgan,\n\nThank you for coming forward about the incident on Kirkgate on 2 March. I would like to take a formal witness statement from you.\n\nCould you attend Leeds Central Police Station, Elland Road, on Tuesday 9 March at 14:00? Ask for me at the front desk. It should take about an hour.\n\nPC 4471 Ravi Patel\nWest Yorkshire Police", GOV)  # fmt: skip
    add("de", "zeugenvernehmung", ("Polizeiinspektion Mitte", "pi-mitte@polizei-beispiel.de"),
        "Vorladung zur Zeugenvernehmung",
        "Sehr geehrte Frau Morgan,\n\nin dem Ermittlungsverfahren wegen Sachbeschädigung (Az. 4711/27) werden Sie als Zeugin gehört. Bitte erscheinen Sie am Mittwoch, 10. März, um 10:00 Uhr in der Polizeiinspektion Mitte, Raum 104.\n\nBringen Sie Ihren Personalausweis mit.\n\nPolizeiinspektion Mitte", GOV)  # fmt: skip
    # controls
    add("en-GB", "dwp_work_coach_job", ("DWP Resourcing", "resourcing@dwp-careers.example.gov.uk"),
        "Interview invitation - Work Coach (EO), Leeds",
        "Dear Alex Morgan,\n\nThank you for applying for the Work Coach (Executive Officer) vacancy at Leeds Eastgate Jobcentre. We are pleased to invite you to an interview.\n\nDate: Monday 15 March\nTime: 09:00\nLocation: Leeds Eastgate Jobcentre, 2nd floor\n\nThe interview will be based on Civil Service Success Profiles behaviours.\n\nDWP Resourcing", GOV_CTL, slot=M15)  # fmt: skip
    add("fr", "conseiller_recrutement", ("France Travail – Recrutement", "recrutement@francetravail.example.fr"),
        "Entretien de recrutement – Conseiller(ère) emploi (CDD 12 mois)",
        "Madame,\n\nVotre candidature au poste de conseiller(ère) emploi en CDD de 12 mois à l'agence de Lyon Part-Dieu a retenu notre attention. Nous vous proposons un entretien de recrutement le jeudi 18 mars à 15 h avec la directrice d'agence.\n\nCordialement,\nService recrutement, France Travail", GOV_CTL, slot=H18)  # fmt: skip


# --- home and family: flat viewings, adoption and fostering, volunteering -------------------------
HOME = "A letting agent's flat viewing, an adoption or fostering home study, or a volunteer coordinator's chat: what the reader gets is a flat, a child placed or an unpaid volunteer place, nobody hires the reader."
HOME_CTL = "The reader's own job interview for a paid post at the same kind of charity or agency, after volunteering or beside it (control)."


def home() -> None:
    add("en-GB", "flat_viewing", ("Harbour Lettings", "lettings@harbourlettings.example.co.uk"),
        "Viewing confirmed - 2 bed flat, 14 Mill Lane",
        "Hi Alex,\n\nYour viewing of the two-bedroom flat at 14 Mill Lane, Bristol (£1,350 pcm) is confirmed for Saturday 13 March at 09:00. Your agent will meet you outside.\n\nIf you'd like to apply after the viewing, we'll ask for references and proof of income.\n\nHarbour Lettings", HOME)  # fmt: skip
    add("de", "wohnungsbesichtigung", ("Immobilienverwaltung Kranz", "vermietung@kranz-immobilien.example.de"),
        "Besichtigungstermin 3-Zimmer-Wohnung, Gartenstraße 8",
        "Hallo Frau Morgan,\n\ngerne bestätigen wir Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in der Gartenstraße 8 (Kaltmiete 980 €) am Freitag, 12. März, um 11:00 Uhr. Bitte bringen Sie eine Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit.\n\nFreundliche Grüße\nImmobilienverwaltung Kranz", HOME)  # fmt: skip
    add("nl", "bezichtiging", ("Makelaardij Van Dam", "verhuur@vandam-makelaars.example.nl"),
        "Bezichtiging appartement Oudegracht 120",
        "Beste Alex,\n\nHierbij bevestigen wij de bezichtiging van het appartement aan de Oudegracht 120 in Utrecht (huur € 1.450 per maand) op dinsdag 16 maart om 10:30.\n\nMet vriendelijke groet,\nMakelaardij Van Dam", HOME)  # fmt: skip
    add("en-GB", "adoption_home_study", ("Adoption Counts", "assessments@adoptioncounts.example.org.uk"),
        "Stage Two assessment - first home study visit",
        "Dear Alex and Sam,\n\nYour social worker, Jenny Marsh, will carry out the first home study visit of your Stage Two adoption assessment on Monday 15 March at 09:00 at your home. She will talk with you both about your backgrounds, your support network and your hopes for a child.\n\nWarm wishes,\nAdoption Counts", HOME)  # fmt: skip
    add("es", "acogimiento_entrevista", ("Servicio de Protección de Menores", "acogimiento@servicios-sociales.example.es"),
        "Entrevista de valoración – acogimiento familiar",
        "Estimada familia:\n\nEn el marco de su solicitud de acogimiento familiar, la psicóloga del equipo de valoración realizará una entrevista en su domicilio el miércoles 17 de marzo a las 14:00.\n\nServicio de Protección de Menores", HOME)  # fmt: skip
    add("en-US", "volunteer_chat", ("Riverbend Food Bank", "volunteer@riverbendfoodbank.example.org"),
        "Your volunteer intro chat",
        "Hi Alex,\n\nThanks for signing up to volunteer with Riverbend Food Bank! Before your first shift, our volunteer coordinator Dana would love a quick 15-minute chat to hear what you're interested in and find a shift that fits.\n\nWhen: Thursday, March 11 at 3:30 PM\nWhere: Riverbend Food Bank front office, 200 Mill St\n\nThere's no commitment, and the shifts are unpaid.\n\nSee you soon,\nDana Brooks, Volunteer Coordinator", HOME)  # fmt: skip
    add("de", "ehrenamt_kennenlernen", ("Tafel Nordstadt e. V.", "ehrenamt@tafel-nordstadt.example.de"),
        "Kennenlerngespräch für Ihr Ehrenamt",
        "Liebe Frau Morgan,\n\nschön, dass Sie sich bei der Tafel Nordstadt ehrenamtlich engagieren möchten! Ich lade Sie zu einem kurzen Kennenlerngespräch ein: Dienstag, 16. März, 10:30 Uhr, in unserer Ausgabestelle, Mühlenweg 5.\n\nHerzliche Grüße\nPetra Lang, Ehrenamtskoordination", HOME)  # fmt: skip
    add("fr", "benevolat_entretien", ("Les Restos du Quartier", "benevoles@restosduquartier.example.fr"),
        "Entretien d'accueil des nouveaux bénévoles",
        "Bonjour Alex,\n\nMerci pour votre proposition d'aide ! Nous vous proposons un entretien d'accueil avec notre responsable des bénévoles le samedi 13 mars à 9 h, au local du 8 rue Paul Bert.\n\nÀ bientôt,\nL'équipe des Restos du Quartier", HOME)  # fmt: skip
    # controls
    add("en-US", "volunteer_to_paid", ("Riverbend Food Bank", "hr@riverbendfoodbank.example.org"),
        "Interview for the Volunteer Coordinator position",
        "Hi Alex,\n\nThank you for applying for our paid, full-time Volunteer Coordinator position ($48,000/year). You've been a great volunteer with us, and we'd like to invite you to a formal interview with our executive director.\n\nWhen: Wednesday, March 17 at 2:00 PM\nWhere: Riverbend Food Bank, 200 Mill St, conference room\n\nBest,\nMaria Lopez, Executive Director", HOME_CTL, slot=W17)  # fmt: skip
    add("nl", "vrijwilliger_betaalde_functie", ("Voedselbank Utrecht", "personeelszaken@voedselbank-utrecht.example.nl"),
        "Uitnodiging sollicitatiegesprek coördinator vrijwilligers",
        "Beste Alex,\n\nBedankt voor je sollicitatie op de betaalde functie van coördinator vrijwilligers (24 uur per week). Graag nodigen we je uit voor een sollicitatiegesprek op vrijdag 12 maart om 11:00 op ons kantoor, Kanaalweg 4.\n\nMet vriendelijke groet,\nPersoneelszaken Voedselbank Utrecht", HOME_CTL, slot=F12)  # fmt: skip


# --- health: consultations and clinical trial screening ------------------------------------------
HEALTH = "A clinic's consultation or a clinical trial's screening visit for the reader as a patient or a participant: what the reader gets is care or a study place, nobody hires the reader."
HEALTH_CTL = "The reader's own job interview for a clinical research coordinator's or a nurse's post (control)."


def health() -> None:
    add("fr", "consultation_medicale", ("Centre médical Saint-Roch", "rdv@cm-saintroch.example.fr"),
        "Confirmation de votre consultation",
        "Bonjour Madame Morgan,\n\nNous vous confirmons votre consultation avec le Dr Leroy (rhumatologie) le jeudi 11 mars à 15 h 30.\n\nMerci d'apporter votre carte Vitale et vos derniers examens.\n\nCentre médical Saint-Roch", HEALTH)  # fmt: skip
    add("it", "visita_specialistica", ("Poliambulatorio San Marco", "prenotazioni@poliambulatorio-sanmarco.example.it"),
        "Promemoria: colloquio e visita specialistica",
        "Gentile Sig.ra Morgan,\n\nle ricordiamo il colloquio preliminare e la visita cardiologica prenotati per lunedì 15 marzo alle ore 9:00, piano 2.\n\nPortare l'impegnativa e la tessera sanitaria.\n\nPoliambulatorio San Marco", HEALTH)  # fmt: skip
    add("en-US", "trial_screening", ("Lakeside Clinical Research", "studies@lakeside-research.example.com"),
        "Screening visit - SLEEP-24 study",
        "Hi Alex,\n\nThanks for your interest in the SLEEP-24 research study. Based on your phone pre-screen you may be eligible, so we've booked your screening visit:\n\nTuesday, March 16 at 10:30 AM (about 2 hours)\nLakeside Clinical Research, 900 Lake Ave, Suite 4\n\nThe study team will go over the consent form with you. Participants are compensated up to $600 for their time.\n\nLakeside Clinical Research", HEALTH)  # fmt: skip
    add("de", "studie_screening", ("Studienzentrum Charité-Nord", "studien@studienzentrum-nord.example.de"),
        "Ihr Screening-Termin für die Migräne-Studie",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihr Interesse an unserer klinischen Studie zu Migräne. Ihr Screening-Termin: Mittwoch, 10. März, 10:00 Uhr, Haus 3, Ebene 2. In einem Gespräch mit der Studienärztin prüfen wir, ob Sie teilnehmen können. Die Teilnahme wird mit 300 € Aufwandsentschädigung vergütet.\n\nIhr Studienteam", HEALTH)  # fmt: skip
    # control
    add("pl", "koordynator_badan_praca", ("Dział HR – Centrum Badań Klinicznych", "rekrutacja@cbk-przyklad.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną – koordynator badań klinicznych",
        "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko koordynatora badań klinicznych. Zapraszamy na rozmowę kwalifikacyjną we wtorek 9 marca o godz. 14:00 w naszej siedzibie przy ul. Szpitalnej 3 w Krakowie.\n\nPozdrawiamy\nDział HR", HEALTH_CTL, slot=T9)  # fmt: skip


BUILDERS = [press, research, academic, authorities, home, health]

FIRST_SIGHT_FIGURES = (
    "First sight (main at aea20a71 with this batch, before any parser change; labels as first "
    "written): dev look-alikes claimed (confidence >= 0.5 as an invitation) 2/27 (the en-US "
    "scholarship finalist interview and the es degree admission interview), controls right "
    "13/13, 12 sure (the Calendly UX researcher control at 0.45); held out: look-alikes "
    "claimed 1/20, controls right 1/1. The five own admission and scholarship interviews had "
    "been labelled not_invitation against the README's Study places rule (one's own admission "
    "or scholarship interview is an invitation, as admit43, campus49 and schoolplace44 label "
    "it); they were relabelled invitations, after that first parse and on the README's rule, "
    "not the parser's answer. With those labels and the parser unchanged: dev look-alikes "
    "claimed 0/24, controls right 16/16, 14 sure (the Calendly control and the ja graduate "
    "school's 面接試験). Both Calendly mails had been rendered with the host's 'New Event:' "
    "subject over the invitee's body, a rendering error (the parser read the reader as the "
    "host); their subjects were corrected to the invitee's 'Confirmed: ... with ... on ...'."
)
AFTER_FIX_FIGURES = (
    "After 4e5edd44 (the school-place cue 入学 leaves the reader's own university or graduate "
    "school entrance alone; Chinese 面试/面谈 are bare talk nouns, 幼儿园/入园 a child's place, "
    "应聘/岗位 name a post): dev look-alikes claimed 0/24, controls right 16/16, 15 sure (the "
    "ja graduate school's 面接試験 stays at 0.45: its '受験票' reads as a written test's admit "
    "card, left alone); held out: look-alikes claimed 0/18, controls right 3/3, 2 sure. Whole "
    "corpus (quick.py): dev 0 worse, 0 changed outside this batch; held out outside this batch "
    "0 better, 0 worse (104 look-alikes claimed before and after)."
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
        "# Provenance of the purpose67 batch (`build_purpose67.py`)",
        "",
        "Mail that sets a time for an interview or a talk whose purpose is no job: a journalist, "
        "a podcast or a radio station interviewing the reader, user research sessions and "
        "customer interviews about a product (with vouchers), a PhD viva or defence, an oral "
        "exam, a university's admission interview and a scholarship panel, visa, residence and "
        "citizenship interviews, jobcentre and benefits appointments, flat viewings, adoption "
        "and fostering home studies, volunteer coordinators' chats, witness statements, medical "
        "consultations and clinical trial screening, beside controls in the same words whose "
        "purpose is a post (a UX researcher's, a reporter's, a lecturer's, a work coach's, a "
        "paid coordinator's job interview). Text is ours; the Cal.com and Calendly booking "
        "frames follow those tools' attendee mails (Cal.com en strings as build_parsegen8.py "
        "recalled them, Calendly's frame as build_events51.py renders it). People, companies, "
        "offices and addresses are made up. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family purpose67h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview with a fixed "
        "time is an `invitation` at its start (with its end when the text gives an end or an "
        "exact length; text mails state no zone, so the label carries the Date header's offset "
        "and `tz_stated: false`). A talk whose purpose is a story, feedback on a product, a "
        "grade, a degree or a study place, a scholarship, a visa, a permit or citizenship, a "
        "benefit, a flat, a child placed, an unpaid volunteer place, evidence, care or a study "
        "place hires nobody: `not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_purpose67.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-purpose67.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
