# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "negs30d" batch: mail from the services around a job application, with controls.

Run: .venv/bin/python tests/parsing/corpus/build_negs30d.py

A job seeker's inbox fills with mail from services that sit around an application and that
carry a future day and hour next to hiring words, without setting an interview: background
check and drug-screen vendors ("complete your consent by", "your collection appointment"),
e-signature requests for offer letters ("please sign by Friday 5 pm"), one-way video
interview platforms ("record your answers by", "your link expires"), coding-challenge
platforms, employer-of-record and onboarding platforms ("your first day", "complete your tax
forms by"), job-board and social-network notifications ("a recruiter viewed your profile",
"Recruiter X sent you a message" quoting a proposed time), scheduling links ("pick a time"),
university career services, relocation and immigration-lawyer reminders and payroll. The
controls are real interview slots sent by the same kinds of senders (a scheduling tool's
booking confirmation, a live coding interview, a recruiter's message quoting the fixed slot).

Senders imitated: Checkr/Sterling/HireRight-style screening vendors, DocuSeal/Odoo Sign/
YouSign-style e-signature, HireVue/Willo-style one-way video, CoderPad/HackerRank-style
challenges, Deel/Remote/Personio-style onboarding, LinkedIn/XING/StepStone/Indeed/
Welcome-to-the-Jungle/Pracuj/Jobnet-style boards, Calendly/Cal.com-style booking, university
careers services, relocation firms, immigration lawyers and payroll. The search stores held
no sendable mail template of these vendors (DocuSeal's locale file holds only UI strings,
none with a date); all text is hand-written in the senders' voices. Labels were written from
the datetimes the text is rendered from (weekday names checked against the date) before the
parser was run on any message; the split was fixed before then too. Helpers follow
build_negs30b.py. Output is deterministic; the script deletes or writes only files of its
own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
HAND = (
    "hand-written; mail typed for this corpus in the voice of the kind of service named in "
    "the note (no sendable template of Checkr, Sterling, HireRight, DocuSeal, Odoo Sign, "
    "HireVue, Willo, CoderPad, Deel, Remote, Personio, LinkedIn, XING, Calendly or a careers "
    "service was found in the search stores; DocuSeal's config/locales/i18n.yml holds UI "
    "strings only), no third-party text copied; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "ndscreen30": "dev",
    "ndsign30": "dev",
    "ndvideo30": "dev",
    "ndcode30": "dev",
    "ndonboard30": "dev",
    "ndboard30": "dev",
    "ndbook30": "dev",
    "ndcareer30": "dev",
    "ndctrl30": "dev",
    "ndmoveho30": "heldout",
    "ndmixho30": "heldout",
    "ndctrlho30": "heldout",
}

SOURCES = {
    "ndscreen30": "Background-check and drug-screen vendors: consent deadlines, collection-site appointments, report-ready notices (en, de, es, pt, nl, ja).",
    "ndsign30": "E-signature requests for offer letters and contracts with a signing deadline and the first working day (en, de, fr, it, pl, sv).",
    "ndvideo30": "One-way video interview platforms: record-by deadlines, link expiry, reminders, 'your responses were submitted' (en, fr, es, nl, tr, cs).",
    "ndcode30": "Coding-challenge platforms: take-home and timed tests with a window that closes at a day and hour, results (en, de, pt, pl, ja).",
    "ndonboard30": "Employer-of-record and onboarding platforms: first day, equipment delivery, tax and bank forms due, welcome session for all starters (en, de, fr, es, it, sv).",
    "ndboard30": "Job-board and social-network notifications: profile viewed, application viewed, new jobs, a recruiter's message quoted with a proposed time, a job fair (en, de, fr, nl, pl, tr, cs).",
    "ndbook30": "Scheduling links: 'pick a time' with example slots or availability windows, unbooked-link reminders (en, de, it, sv), and a booking tool's notice that the reader cancelled her booked phone interview (es; a cancellation, relabelled after first sight).",
    "ndcareer30": "University career services: mock-interview workshops, CV clinics, career fairs, appointment booking (en, fr, nl, pt, ja).",
    "ndctrl30": "Controls: interview slots fixed for the reader by the same kinds of senders (booking confirmations, live coding interview, recruiter via a job board, onboarding-platform hiring manager call), text only (en, de, fr, es, pt, pl, ja, tr).",
    "ndmoveho30": "Relocation firms, immigration lawyers and payroll: visa appointments, apartment viewings, payslips and payroll cut-offs (en, de, nl, es, it, cs).",
    "ndmixho30": "Mixed look-alikes from all the sender kinds above (screening, e-signature, video, board, booking, career service) (fr, pt, sv, pl, tr, ja).",
    "ndctrlho30": "Controls: interview slots fixed for the reader, text only (it, nl, sv, cs).",
}

NY, CHI, LA, LONDON = "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London"
BERLIN, PARIS, MADRID, ROME = "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"
AMS, WARSAW, STOCKHOLM, PRAGUE = (
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Europe/Stockholm",
    "Europe/Prague",
)
SAO, TOKYO, ISTANBUL = "America/Sao_Paulo", "Asia/Tokyo", "Europe/Istanbul"

READER = {
    "en": ("Jordan Ellis", "jordan.ellis@mailbox.example"),
    "de": ("Lena Hoffmann", "lena.hoffmann@mailbox.example"),
    "fr": ("Camille Girard", "camille.girard@mailbox.example"),
    "es": ("Lucía Romero", "lucia.romero@mailbox.example"),
    "pt": ("Rafael Souza", "rafael.souza@mailbox.example"),
    "it": ("Giulia Conti", "giulia.conti@mailbox.example"),
    "nl": ("Sanne de Vries", "sanne.devries@mailbox.example"),
    "pl": ("Kacper Nowicki", "kacper.nowicki@mailbox.example"),
    "sv": ("Elsa Lindqvist", "elsa.lindqvist@mailbox.example"),
    "ja": ("佐藤 美咲", "misaki.sato@mailbox.example"),
    "tr": ("Elif Yıldız", "elif.yildiz@mailbox.example"),
    "cs": ("Tereza Dvořáková", "tereza.dvorakova@mailbox.example"),
}


def when(y: int, mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A time, checked against the weekday the text names."""
    return at(y, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None = None,
) -> Case:
    """One direct text mail to the reader; without a label a non-invitation."""
    raw = mail(
        f"negs30d/{family}/{name}",
        sender=sender,
        to=READER[lang],
        subject=subject,
        sent=sent,
        text=text,
        html=None,
    )
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def neg(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    days: tuple[tuple[int, int, int, str], ...] = (),
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for y, mo, d, wd in days:
        chk(y, mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text)


def ctl(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    start: datetime,
    minutes: int | None,
    zone: str | None = None,
    kind: str = "invitation",
) -> Case:
    """A control: the reader's own interview; wall time in the Date offset unless a zone is named."""
    end = start + minutes * MIN if minutes else None
    if zone:
        label = {"kind": kind, **timed(start, end, zone=zone)}
    else:
        label = {"kind": kind, **timed(start, end, sent=sent)}
    return case(family, name, lang, sender, subject, sent, note, text, label)


# --------------------------------------------------------------------------------------


def ndscreen30() -> Iterator[Case]:
    f = "ndscreen30"
    yield neg(
        f,
        "consent_by",
        "en",
        (
            "Clearpath Screening on behalf of Northwind Freight",
            "no-reply@clearpath-screening.example",
        ),
        "Action required: complete your background check consent by Dec 9",
        sent_on(12, 2, 10, NY),
        "Look-alike: a Checkr-style vendor asks for consent and SSN by Wednesday, December 9 at 11:59 PM ET; no interview.",
        "Hi Jordan,\n\nNorthwind Freight has asked Clearpath Screening to run a background check as part of your application for Dispatch Coordinator.\n\nTo get started, please review the disclosures and give your consent by Wednesday, December 9, 2026 at 11:59 PM ET. The invitation link expires after that time and Northwind Freight will be notified.\n\nStart your background check: https://candidate.clearpath-screening.example/invite/7KQ2M\n\nThe check usually takes 3-5 business days. You can follow its progress in the candidate portal at any time.\n\nThe Clearpath Screening team\nThis message was sent on behalf of Northwind Freight. Please do not reply.",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "drug_screen_appt",
        "en",
        ("Sterlingpath Drug Testing", "donor-services@sterlingpath.example"),
        "Your drug screen: collection site and deadline",
        sent_on(12, 1, 14, CHI),
        "Look-alike: a pre-employment drug screen; visit a collection site before Friday, December 4, 5:00 PM CT, walk-in hours 7:30 AM - 4:00 PM.",
        "Dear Jordan Ellis,\n\nAs part of your offer from Lakeshore Logistics, a pre-employment drug screen (10-panel urine) has been ordered for you.\n\nDonor pass ID: SP-44-918273\nCollection site: QuickLab Patient Center, 1880 N Clybourn Ave, Chicago, IL\nWalk-in hours: Monday-Friday, 7:30 AM - 4:00 PM\nComplete by: Friday, December 4, 2026, 5:00 PM CT\n\nBring a government-issued photo ID and this donor pass. No appointment is needed. If you cannot complete the collection by the deadline, contact Lakeshore Logistics HR before it passes.\n\nSterlingpath Drug Testing - Donor Services",
        ((2026, 12, 4, "Fri"),),
    )
    yield neg(
        f,
        "pruefung_einwilligung",
        "de",
        ("HireProof Screening GmbH", "kandidaten@hireproof.example"),
        "Ihre Einwilligung zur Hintergrundprüfung - bitte bis 10.12. abschließen",
        sent_on(12, 2, 9, BERLIN),
        "Look-alike: a German screening vendor asks for consent and documents by Donnerstag, 10. Dezember, 18:00 Uhr; no interview.",
        "Guten Tag Frau Hoffmann,\n\ndie Kessler Maschinenbau AG hat uns im Rahmen Ihrer Bewerbung als Projektingenieurin mit einer Hintergrundprüfung (Identität, Ausbildung, Beschäftigungsverlauf) beauftragt.\n\nBitte erteilen Sie Ihre Einwilligung und laden Sie Ihre Zeugnisse bis Donnerstag, 10. Dezember 2026, 18:00 Uhr, in unserem Portal hoch:\nhttps://portal.hireproof.example/c/8831-LH\n\nNach Ablauf der Frist wird der Link deaktiviert und Ihr Ansprechpartner bei Kessler informiert. Die Prüfung dauert in der Regel fünf Werktage.\n\nMit freundlichen Grüßen\nIhr HireProof Kandidatenservice",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "verificacion_cita",
        "es",
        ("VeriLabor Screening", "candidatos@verilabor.example"),
        "Tu cita para la toma de huellas - verificación de antecedentes",
        sent_on(12, 1, 11, MADRID),
        "Look-alike: a fingerprinting/record-check appointment at a vendor's centre on el martes 15 de diciembre a las 9:30; not an interview.",
        "Hola Lucía:\n\nDentro del proceso de verificación de antecedentes solicitado por Grupo Alcaraz Seguridad, hemos reservado tu cita para la toma de huellas y la comprobación de documentos:\n\nFecha: martes 15 de diciembre de 2026\nHora: 9:30\nLugar: Centro VeriLabor, Calle de Alcalá 214, Madrid\n\nTrae tu DNI y el código de cita VL-20931. La cita dura unos 15 minutos. Esta cita no es una entrevista: el resultado se enviará directamente a Grupo Alcaraz en un plazo de 5 días hábiles.\n\nSi necesitas cambiarla, hazlo en el portal antes del lunes 14 a las 14:00.\n\nEquipo VeriLabor",
        ((2026, 12, 15, "Tue"), (2026, 12, 14, "Mon")),
    )
    yield neg(
        f,
        "antecedentes_relatorio",
        "pt",
        ("Verifica Brasil - Triagem de Candidatos", "nao-responda@verificabr.example"),
        "Sua verificação de antecedentes foi concluída",
        sent_on(12, 2, 16, SAO),
        "Look-alike: a Brazilian vendor reports that the check is complete; the employer may contact the reader by sexta-feira, 11 de dezembro; a copy is available until 18h on 31/12.",
        "Olá, Rafael!\n\nA verificação de antecedentes solicitada pela Tropical Bebidas S.A. para a vaga de Analista de Supply Chain foi concluída e o relatório já foi enviado à empresa.\n\nA equipe de recrutamento da Tropical Bebidas deve entrar em contato até sexta-feira, 11 de dezembro, com os próximos passos. Você pode baixar uma cópia do seu relatório até 31/12/2026 às 18h no portal do candidato.\n\nDúvidas sobre o conteúdo do relatório? Responda pelo formulário de contestação.\n\nAtenciosamente,\nVerifica Brasil",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "screening_herinnering",
        "nl",
        ("Screeningsteam | VerifyNL", "noreply@verifynl.example"),
        "Herinnering: uw pre-employment screening staat nog open",
        sent_on(12, 1, 8, AMS),
        "Look-alike: a Dutch screening reminder; VOG and references due before maandag 7 december 12:00; no interview.",
        "Beste Sanne,\n\nU bent door Polderzicht Zorg uitgenodigd voor een pre-employment screening voor de functie Teamleider Thuiszorg. Wij missen nog:\n\n- uw Verklaring Omtrent het Gedrag (VOG)\n- de contactgegevens van twee referenten\n\nLever deze uiterlijk maandag 7 december 2026 om 12:00 uur aan via https://mijn.verifynl.example. Na die datum kunnen wij de screening niet op tijd afronden voor uw startdatum.\n\nMet vriendelijke groet,\nScreeningsteam VerifyNL",
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "kensa_yoyaku",
        "ja",
        ("採用前健康診断センター", "kenshin@saiyo-kenshin.example"),
        "【ご案内】入社前健康診断のご予約について",
        sent_on(12, 1, 10, TOKYO),
        "Look-alike: a pre-employment medical check booked for 12月14日（月）午前9時00分 at a clinic; not an interview.",
        "佐藤 美咲 様\n\n株式会社ミナト電機様よりご依頼いただきました入社前健康診断のご予約が確定しましたのでお知らせいたします。\n\n日時：2026年12月14日（月）午前9時00分〜\n会場：みなとクリニック 3階 健診フロア（東京都港区芝5-2-8）\n所要時間：約90分\n\n前日21時以降は絶食でお越しください。ご予約の変更は12月10日（木）17時までにお電話にてご連絡ください。\n\n※本検診は採用面接ではございません。結果は株式会社ミナト電機人事部へ直接送付されます。\n\n採用前健康診断センター",
        ((2026, 12, 14, "Mon"), (2026, 12, 10, "Thu")),
    )


def ndsign30() -> Iterator[Case]:
    f = "ndsign30"
    yield neg(
        f,
        "offer_sign_by",
        "en",
        ("Priya Nair via SignDock", "notifications@signdock.example"),
        "Priya Nair has invited you to sign: Offer Letter - Senior Data Analyst",
        sent_on(12, 2, 13, LA),
        "Look-alike: an e-signature request for an offer letter, sign by Friday, December 4 at 5:00 PM PT; start date January 11.",
        'Hi Jordan,\n\nPriya Nair (Talent Partner, Redwood Analytics) has invited you to review and sign "Offer Letter - Senior Data Analyst".\n\nMessage from Priya:\n"Congratulations again, Jordan! Please sign by Friday, December 4 at 5:00 PM PT so we can lock in your start date of Monday, January 11. Let me know if you have any questions."\n\nReview and sign: https://app.signdock.example/s/q8ZpL2\n\nThis link expires on December 4, 2026 at 5:00 PM PT.\n\nSignDock - Sign documents online\nDo not share this email; it contains a secure link.',
        ((2026, 12, 4, "Fri"), (2027, 1, 11, "Mon")),
    )
    yield neg(
        f,
        "vertrag_signieren",
        "de",
        ("Nordlicht Software GmbH über SignFlow", "no-reply@signflow.example"),
        "Bitte unterschreiben: Arbeitsvertrag Frontend-Entwicklerin",
        sent_on(12, 1, 15, BERLIN),
        "Look-alike: an e-signature request for a German contract; sign by Montag, 7. Dezember, 12:00 Uhr; first day 4. Januar 2027 um 9:00 Uhr.",
        'Hallo Lena Hoffmann,\n\nNordlicht Software GmbH hat Ihnen ein Dokument zur Unterschrift gesendet: "Arbeitsvertrag Frontend-Entwicklerin".\n\nNachricht des Absenders:\n„Liebe Lena, wie besprochen hier Ihr Vertrag. Bitte unterschreiben Sie bis Montag, 7. Dezember, 12:00 Uhr. Ihr erster Arbeitstag ist Montag, der 4. Januar 2027 – wir erwarten Sie um 9:00 Uhr am Empfang. Viele Grüße, Jana Weber (People & Culture)“\n\nDokument öffnen und unterschreiben: https://signflow.example/d/5rT9x\n\nDer Link ist bis zum 7. Dezember 2026 gültig.\n\nSignFlow – Elektronische Signaturen',
        ((2026, 12, 7, "Mon"), (2027, 1, 4, "Mon")),
    )
    yield neg(
        f,
        "promesse_embauche",
        "fr",
        ("Atelier Mercier via Signéo", "ne-pas-repondre@signeo.example"),
        "Document à signer : Promesse d'embauche - Cheffe de projet",
        sent_on(12, 2, 10, PARIS),
        "Look-alike: a French e-signature request for a job promise; sign before mercredi 9 décembre à 18h; onboarding lundi 4 janvier à 9h30.",
        "Bonjour Camille Girard,\n\nAtelier Mercier vous invite à signer le document « Promesse d'embauche - Cheffe de projet ».\n\nMessage de l'expéditeur :\n« Bonjour Camille, merci de signer avant le mercredi 9 décembre à 18h. Votre journée d'intégration aura lieu le lundi 4 janvier à 9h30 dans nos locaux. Bien à vous, Hélène Faure, RH »\n\nSigner le document : https://signeo.example/s/AM-2291\n\nCe lien expire le 9 décembre 2026 à 18:00.\n\nSignéo - la signature électronique simple",
        ((2026, 12, 9, "Wed"), (2027, 1, 4, "Mon")),
    )
    yield neg(
        f,
        "firma_contratto",
        "it",
        ("FirmaFacile", "notifiche@firmafacile.example"),
        "Promemoria: il contratto di assunzione attende la tua firma",
        sent_on(12, 3, 9, ROME),
        "Look-alike: an Italian e-signature reminder; the request expires giovedì 10 dicembre alle 23:59; no interview.",
        'Ciao Giulia,\n\nti ricordiamo che Vetreria Lombarda S.p.A. ti ha inviato il documento "Contratto di assunzione - Addetta Qualità" da firmare.\n\nLa richiesta di firma scade giovedì 10 dicembre 2026 alle 23:59. Dopo la scadenza il mittente dovrà inviarti un nuovo link.\n\nApri e firma: https://firmafacile.example/f/VL-88120\n\nSe hai domande sul contenuto, rispondi direttamente a Vetreria Lombarda: FirmaFacile non può modificare il documento.\n\nIl team FirmaFacile',
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "umowa_podpis",
        "pl",
        ("Podpisz.online", "powiadomienia@podpisz.example"),
        "Dokument do podpisu: Umowa o pracę – Specjalista ds. płac",
        sent_on(12, 1, 12, WARSAW),
        "Look-alike: a Polish e-signature request for an employment contract; sign by piątek 11 grudnia, 15:00; start 4 stycznia.",
        "Dzień dobry Panie Kacprze,\n\nfirma Wisła Finanse Sp. z o.o. prosi o podpisanie dokumentu „Umowa o pracę – Specjalista ds. płac”.\n\nTermin podpisu: piątek, 11 grudnia 2026, godz. 15:00\nData rozpoczęcia pracy: 4 stycznia 2027\n\nPodpisz dokument: https://podpisz.example/d/WF-4471\n\nPo podpisaniu otrzymasz kopię w formacie PDF. Jeśli nie spodziewałeś się tej wiadomości, zignoruj ją.\n\nZespół Podpisz.online",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "anstallningsavtal",
        "sv",
        ("Signera via Skriva", "no-reply@skriva.example"),
        "Ditt anställningsavtal väntar på signering",
        sent_on(12, 2, 14, STOCKHOLM),
        "Look-alike: a Swedish e-signature request with BankID, signing closes tisdag 8 december kl. 16.00; first day måndag 11 januari kl. 08.30.",
        'Hej Elsa!\n\nFjällgren Bygg AB har skickat "Anställningsavtal – Projektledare" till dig för signering med BankID.\n\nMeddelande från avsändaren:\n"Hej Elsa! Välkommen till oss! Signera gärna senast tisdag 8 december kl. 16.00. Din första dag blir måndag 11 januari kl. 08.30 på kontoret i Hammarby. Hälsningar, Karin Ek, HR"\n\nÖppna dokumentet: https://skriva.example/sign/FB-301\n\nMed vänlig hälsning,\nSkriva',
        ((2026, 12, 8, "Tue"), (2027, 1, 11, "Mon")),
    )


def ndvideo30() -> Iterator[Case]:
    f = "ndvideo30"
    yield neg(
        f,
        "record_by",
        "en",
        ("Harborview Health Talent Team", "invites@oneway-video.example"),
        "Your video interview for Patient Access Representative - record by Dec 8",
        sent_on(12, 1, 9, NY),
        "Look-alike: a one-way video interview invitation; record answers any time before Tuesday, December 8 at 11:59 PM EST; no live meeting.",
        "Hi Jordan,\n\nThanks for applying to Harborview Health! The next step is a short on-demand video interview. There's no one on the other end - you'll see each question on screen and record your answer when you're ready.\n\n- 5 questions, up to 2 minutes each\n- You can practice as many times as you like\n- Please complete it by Tuesday, December 8, 2026 at 11:59 PM EST\n\nStart your interview: https://oneway-video.example/i/HH-55810\n\nTip: use Chrome or Safari and find a quiet, well-lit space.\n\nGood luck!\nHarborview Health Talent Acquisition",
        ((2026, 12, 8, "Tue"),),
    )
    yield neg(
        f,
        "link_expire",
        "fr",
        ("Recrutement Groupe Ardent", "noreply@videorecrute.example"),
        "Rappel : votre entretien vidéo différé expire demain à 12h",
        sent_on(12, 3, 12, PARIS),
        "Look-alike: a French one-way video reminder; the link expires vendredi 4 décembre à 12h00; no live interview.",
        "Bonjour Camille,\n\nVous n'avez pas encore enregistré votre entretien vidéo différé pour le poste de Chargée de communication.\n\nVotre lien expire le vendredi 4 décembre 2026 à 12h00. L'entretien dure environ 15 minutes : 4 questions, 1 minute de réflexion et 3 minutes de réponse pour chacune.\n\nCommencer l'entretien : https://videorecrute.example/e/GA-7712\n\nPassé ce délai, nous ne pourrons plus prendre en compte votre candidature.\n\nL'équipe Recrutement du Groupe Ardent",
        ((2026, 12, 4, "Fri"),),
    )
    yield neg(
        f,
        "entrevista_grabada",
        "es",
        ("Talento | Hoteles Brisamar", "talento@videoentrevista.example"),
        "Hemos recibido tus respuestas en vídeo",
        sent_on(12, 2, 19, MADRID),
        "Look-alike: a confirmation that the one-way video answers were received (recorded martes 1 de diciembre a las 18:40); decisions by el viernes 18 de diciembre.",
        "Hola Lucía:\n\n¡Gracias! Hemos recibido las respuestas en vídeo que grabaste el martes 1 de diciembre a las 18:40 para el puesto de Recepcionista de Hotel (Málaga).\n\nNuestro equipo revisará todas las candidaturas y comunicará su decisión antes del viernes 18 de diciembre. Si pasas a la siguiente fase, te propondremos una entrevista con la dirección del hotel.\n\nUn saludo,\nEquipo de Talento - Hoteles Brisamar",
        ((2026, 12, 1, "Tue"), (2026, 12, 18, "Fri")),
    )
    yield neg(
        f,
        "video_sollicitatie",
        "nl",
        ("Werving Rijnland Bank", "no-reply@videosollicitatie.example"),
        "Uitnodiging: neem je video-sollicitatie op vóór 10 december",
        sent_on(12, 2, 11, AMS),
        "Look-alike: a Dutch one-way video invitation; record before donderdag 10 december 23:59, support open ma–vr 09:00–17:00.",
        "Hoi Sanne,\n\nBedankt voor je sollicitatie als Klantadviseur bij Rijnland Bank. We nodigen je uit voor een video-sollicitatie: je beantwoordt drie vragen op een moment dat jou uitkomt.\n\nNeem je antwoorden op vóór donderdag 10 december 2026, 23:59 uur.\nLink: https://videosollicitatie.example/r/RB-1029\n\nVragen of technische problemen? Onze support is bereikbaar van maandag tot vrijdag, 09:00–17:00 uur.\n\nSucces!\nTeam Werving Rijnland Bank",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "video_mulakat",
        "tr",
        ("Anadolu Gıda İnsan Kaynakları", "ik@videomulakat.example"),
        "Video mülakat davetiniz: son tarih 9 Aralık Çarşamba 23:59",
        sent_on(12, 1, 10, ISTANBUL),
        "Look-alike: a Turkish one-way video invitation, to be completed by 9 Aralık Çarşamba saat 23:59; no live interview.",
        "Merhaba Elif Hanım,\n\nAnadolu Gıda Satış Uzmanı pozisyonuna yaptığınız başvuru için teşekkür ederiz. Başvurunuzun bir sonraki adımı olarak sizi kayıtlı video mülakata davet ediyoruz.\n\nSoruları istediğiniz zaman yanıtlayabilirsiniz; lütfen mülakatı en geç 9 Aralık 2026 Çarşamba saat 23:59'a kadar tamamlayın. Her soru için 2 dakika yanıt süreniz olacak.\n\nMülakata başla: https://videomulakat.example/m/AG-3390\n\nBaşarılar dileriz,\nAnadolu Gıda İnsan Kaynakları",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "video_pohovor",
        "cs",
        ("Nábor Vltava Energie", "nabor@videopohovor.example"),
        "Připomínka: video pohovor je potřeba nahrát do pátku 11. 12. do 12:00",
        sent_on(12, 3, 9, PRAGUE),
        "Look-alike: a Czech one-way video reminder; record by pátek 11. 12. 2026 do 12:00; no live interview.",
        "Dobrý den, paní Dvořáková,\n\nrádi bychom Vám připomněli, že Váš video pohovor na pozici Specialistka zákaznické podpory ještě nebyl nahrán.\n\nOdpovědi prosím nahrajte nejpozději do pátku 11. 12. 2026 do 12:00. Nahrávání trvá přibližně 20 minut a můžete jej provést kdykoliv z počítače nebo telefonu.\n\nOdkaz: https://videopohovor.example/v/VE-5521\n\nS pozdravem\nTým náboru, Vltava Energie a.s.",
        ((2026, 12, 11, "Fri"),),
    )


def ndcode30() -> Iterator[Case]:
    f = "ndcode30"
    yield neg(
        f,
        "takehome_window",
        "en",
        ("CodeTrial for Brightline Payments", "no-reply@codetrial.example"),
        "Your coding assessment for Backend Engineer is ready",
        sent_on(12, 2, 8, NY),
        "Look-alike: a timed coding assessment with a window that closes Monday, December 7 at 9:00 AM ET; 90 minutes once started.",
        "Hi Jordan,\n\nBrightline Payments invited you to complete a coding assessment for the Backend Engineer role.\n\nDuration: 90 minutes once you start\nLanguages: Python, Go, Java\nAvailable until: Monday, December 7, 2026, 9:00 AM ET\n\nYou can start any time before the deadline. Make sure you have a stable connection; the timer can't be paused.\n\nStart assessment: https://codetrial.example/t/BP-BE-2210\n\nGood luck!\nCodeTrial on behalf of Brightline Payments",
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "programmieraufgabe",
        "de",
        ("Talent Team Falkenstein Mobility", "talent@falkenstein-mobility.example"),
        "Ihre Programmieraufgabe – Abgabe bis Freitag, 11.12., 17:00 Uhr",
        sent_on(12, 3, 11, BERLIN),
        "Look-alike: a German take-home task, submit by Freitag, 11. Dezember, 17:00 Uhr; a review call would be arranged afterwards.",
        "Hallo Lena,\n\nvielen Dank für das nette Kennenlerngespräch! Wie besprochen erhalten Sie heute unsere Programmieraufgabe (React + TypeScript, ca. 3–4 Stunden Aufwand).\n\nBitte laden Sie Ihre Lösung bis Freitag, 11. Dezember 2026, 17:00 Uhr, als Git-Repository hoch: https://code.falkenstein-mobility.example/challenge/LH-17\n\nNach der Abgabe schauen sich zwei Kolleg:innen den Code an; ein Termin für die Besprechung wird danach separat vereinbart.\n\nViele Grüße\nMarc Albers, Talent Team",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "desafio_resultado",
        "pt",
        ("DevDesafio", "resultados@devdesafio.example"),
        "Resultado do seu desafio técnico – Banco Ipê",
        sent_on(12, 2, 17, SAO),
        "Look-alike: a coding-platform score notice; the test was taken segunda, 30/11 às 20h; the bank will contact qualified candidates until 15/12.",
        "Olá, Rafael!\n\nSeu desafio técnico para a vaga de Desenvolvedor Java Pleno no Banco Ipê, realizado na segunda-feira, 30/11 às 20h, foi corrigido.\n\nPontuação: 340/400 (85%)\nPercentil: 91\n\nO Banco Ipê recebeu seu resultado e entrará em contato com os candidatos aprovados até terça-feira, 15/12/2026. Não é necessário fazer nada agora.\n\nEquipe DevDesafio",
        ((2026, 11, 30, "Mon"), (2026, 12, 15, "Tue")),
    )
    yield neg(
        f,
        "zadanie_rekrutacyjne",
        "pl",
        ("Rekrutacja Orzeł Games", "rekrutacja@testkod.example"),
        "Zaproszenie do testu programistycznego – okno 8–10 grudnia",
        sent_on(12, 2, 10, WARSAW),
        "Look-alike: a Polish online coding test open from wtorek 8 grudnia 9:00 to czwartek 10 grudnia 21:00; the reader chooses when.",
        "Cześć Kacper,\n\ndziękujemy za aplikację na stanowisko Junior C++ Developer w Orzeł Games. Zapraszamy do testu programistycznego online.\n\nTest będzie dostępny od wtorku 8 grudnia, godz. 9:00 do czwartku 10 grudnia, godz. 21:00. Rozwiązanie zajmuje 75 minut – możesz zacząć w dowolnym momencie w tym oknie.\n\nLink do testu: https://testkod.example/og/KN-552\n\nPowodzenia!\nZespół Rekrutacji Orzeł Games",
        ((2026, 12, 8, "Tue"), (2026, 12, 10, "Thu")),
    )
    yield neg(
        f,
        "coding_test_annai",
        "ja",
        ("株式会社ソラテック 採用担当", "saiyo@soratech.example"),
        "【ソラテック】オンラインコーディングテスト受験のご案内",
        sent_on(12, 1, 15, TOKYO),
        "Look-alike: a Japanese online coding test to be taken any time before 12月9日（水）23:59; results and an interview date to follow.",
        "佐藤 美咲 様\n\nこの度は株式会社ソラテックの新卒エンジニア職にご応募いただき、誠にありがとうございます。\n\n書類選考の結果、次のステップとしてオンラインコーディングテストをご受験いただきたく、ご案内いたします。\n\n受験期限：2026年12月9日（水）23:59まで\n所要時間：約60分（期限内であればいつでも受験可能です）\n受験URL：https://codetest.example/st/MS-0912\n\nテスト結果を踏まえ、面接日程については改めてご連絡いたします。\n\n株式会社ソラテック 採用担当",
        ((2026, 12, 9, "Wed"),),
    )


def ndonboard30() -> Iterator[Case]:
    f = "ndonboard30"
    yield neg(
        f,
        "eor_tax_forms",
        "en",
        ("Globehire Onboarding", "onboarding@globehire.example"),
        "Welcome to Kestrel Labs! Complete your onboarding before your first day",
        sent_on(12, 2, 12, LONDON),
        "Look-alike: an employer-of-record onboarding mail; tax and bank forms by Friday 18 December, 17:00 GMT; first day Monday 4 January.",
        "Hi Jordan,\n\nKestrel Labs has hired you through Globehire as their employer of record in the UK. Congratulations!\n\nYour first day: Monday 4 January 2027\n\nBefore then, please complete these steps in your Globehire account by Friday 18 December, 17:00 GMT:\n1. Upload your passport (right-to-work check)\n2. Fill in your P46 starter checklist and bank details\n3. Sign your employment agreement\n\nIf we don't receive them in time, your first payroll may be delayed.\n\nCheers,\nGlobehire Onboarding Team",
        ((2027, 1, 4, "Mon"), (2026, 12, 18, "Fri")),
    )
    yield neg(
        f,
        "erster_arbeitstag",
        "de",
        ("People Team Auenwald GmbH", "people@auenwald.example"),
        "Willkommen an Bord! Infos zu Ihrem ersten Arbeitstag am 4. Januar",
        sent_on(12, 3, 10, BERLIN),
        "Look-alike: a Personio-style onboarding mail; first day Montag, 4. Januar 2027, 9:00 Uhr, documents by 15.12.; no interview.",
        "Liebe Lena,\n\nwir freuen uns sehr, dass Sie ab dem neuen Jahr unser Team verstärken!\n\nIhr erster Arbeitstag: Montag, 4. Januar 2027, 9:00 Uhr\nTreffpunkt: Empfang, Auenwaldstraße 12, Leipzig\nIhre Buddy: Sophie Lang (Team Product)\n\nBitte laden Sie bis zum 15. Dezember Ihre Steuer-ID, Ihre Sozialversicherungsnummer und Ihre Bankverbindung im Mitarbeiterportal hoch. Ihr Laptop wird Ihnen am ersten Tag übergeben.\n\nBis bald!\nIhr People Team",
        ((2027, 1, 4, "Mon"),),
    )
    yield neg(
        f,
        "materiel_livraison",
        "fr",
        ("Remotly - Équipement", "equipement@remotly.example"),
        "Votre matériel sera livré le jeudi 31 décembre entre 9h et 13h",
        sent_on(12, 2, 15, PARIS),
        "Look-alike: equipment delivery for a new hire, jeudi 31 décembre entre 9h et 13h; first day lundi 4 janvier.",
        "Bonjour Camille,\n\nBienvenue chez Lumen Studio ! Votre ordinateur portable et votre écran seront livrés à l'adresse indiquée dans votre profil le jeudi 31 décembre 2026, entre 9h et 13h. Une signature sera demandée à la livraison.\n\nVotre premier jour est prévu le lundi 4 janvier 2027. Votre responsable vous enverra le programme de la semaine.\n\nL'équipe Remotly",
        ((2026, 12, 31, "Thu"), (2027, 1, 4, "Mon")),
    )
    yield neg(
        f,
        "bienvenida_incorporacion",
        "es",
        ("Personas | Grupo Olivar", "personas@grupo-olivar.example"),
        "Sesión de bienvenida para nuevas incorporaciones - 11 de enero",
        sent_on(12, 2, 9, MADRID),
        "Look-alike: a welcome session for all January starters, lunes 11 de enero de 9:30 a 12:00; not an interview.",
        "Hola Lucía:\n\n¡Bienvenida a Grupo Olivar! Te escribimos para invitarte a la sesión de bienvenida para todas las nuevas incorporaciones de enero:\n\nlunes 11 de enero de 2027, de 9:30 a 12:00\nSala Aceituna, planta 2, sede central (Sevilla)\n\nPresentaremos la empresa, las herramientas internas y el plan de formación. Antes del 22 de diciembre, completa tus datos bancarios y el modelo 145 en el portal del empleado.\n\nUn abrazo,\nEquipo de Personas",
        ((2027, 1, 11, "Mon"),),
    )
    yield neg(
        f,
        "documenti_assunzione",
        "it",
        ("HR Onboarding - Tessitura Brembo", "onboarding@tessiturabrembo.example"),
        "Completa i documenti per l'assunzione entro venerdì 11 dicembre",
        sent_on(12, 1, 14, ROME),
        "Look-alike: an Italian onboarding checklist due venerdì 11 dicembre ore 17:00; first day lunedì 4 gennaio alle 8:30.",
        "Gentile Giulia,\n\nper completare la tua assunzione abbiamo bisogno dei seguenti documenti entro venerdì 11 dicembre alle ore 17:00:\n- codice fiscale e documento d'identità\n- modulo detrazioni fiscali\n- IBAN per l'accredito dello stipendio\n\nPuoi caricarli sul portale: https://onboarding.tessiturabrembo.example\n\nTi aspettiamo lunedì 4 gennaio 2027 alle 8:30 in portineria per il tuo primo giorno.\n\nCordiali saluti,\nUfficio HR",
        ((2026, 12, 11, "Fri"), (2027, 1, 4, "Mon")),
    )
    yield neg(
        f,
        "introduktion",
        "sv",
        ("Onboarding | Norrsken Energi", "onboarding@norrsken-energi.example"),
        "Ditt introduktionsschema för vecka 2",
        sent_on(12, 3, 13, STOCKHOLM),
        "Look-alike: a Swedish onboarding schedule for a new hire, måndag 11 januari kl. 09.00 intro, IT-setup kl. 13.00; no interview.",
        "Hej Elsa,\n\nhär kommer ditt introduktionsschema för första veckan på Norrsken Energi.\n\nMåndag 11 januari\nkl. 09.00 Välkomstfrukost med teamet\nkl. 10.00 Introduktion om företaget (HR)\nkl. 13.00 IT-setup och passerkort\n\nTisdag 12 januari\nkl. 09.00 Säkerhetsutbildning\n\nFyll i skattetabell och kontonummer i Personalportalen senast 18 december.\n\nVälkommen!\nHR-teamet",
        ((2027, 1, 11, "Mon"), (2027, 1, 12, "Tue"), (2026, 12, 18, "Fri")),
    )


def ndboard30() -> Iterator[Case]:
    f = "ndboard30"
    yield neg(
        f,
        "recruiter_message",
        "en",
        ("LinkedUp", "messages-noreply@linkedup.example"),
        "Maya Chen sent you a message",
        sent_on(12, 2, 16, NY),
        "Look-alike: a social-network notification quoting a recruiter's proposed time ('would Thursday, December 10 at 2 PM ET work?'); nothing is fixed.",
        'Maya Chen\nTechnical Recruiter at Orbital Systems\n\n"Hi Jordan, I came across your profile and think you\'d be a great fit for our Site Reliability Engineer role. Would you be open to a quick intro call - would Thursday, December 10 at 2 PM ET work for you?"\n\nView message: https://www.linkedup.example/messaging/thread/2-8841\n\nYou are receiving Messages notifications. Unsubscribe | Help\nLinkedUp Corporation, 1000 Example Ave, Sunnyvale, CA',
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "profil_angesehen",
        "de",
        ("Karrierenetz", "benachrichtigung@karrierenetz.example"),
        "Ein:e Recruiter:in hat Ihr Profil besucht",
        sent_on(12, 1, 18, BERLIN),
        "Look-alike: a XING-style profile-visit notice and a reminder of an online job fair on Mittwoch, 9. Dezember, 10–16 Uhr.",
        "Hallo Lena,\n\neine Recruiterin von Hanse Medizintechnik hat gestern um 17:42 Uhr Ihr Profil besucht.\n\nJetzt Profil vervollständigen und sichtbarer werden!\n\nÜbrigens: Am Mittwoch, 9. Dezember, von 10 bis 16 Uhr findet unsere Online-Jobmesse „Tech & Health“ statt. Über 60 Arbeitgeber, kostenlose Teilnahme: https://karrierenetz.example/jobmesse\n\nIhr Karrierenetz-Team",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "candidature_consultee",
        "fr",
        ("Bienvenue dans l'Emploi", "alertes@bienvenue-emploi.example"),
        "Votre candidature a été consultée par Maison Lebrun",
        sent_on(12, 2, 11, PARIS),
        "Look-alike: a job-board 'your application was viewed' notice with the view time (mercredi 2 décembre à 10h14) and new jobs.",
        "Bonjour Camille,\n\nBonne nouvelle : Maison Lebrun a consulté votre candidature au poste de Responsable e-commerce aujourd'hui, mercredi 2 décembre à 10h14.\n\nL'entreprise vous contactera directement si votre profil est retenu pour un entretien.\n\nNouvelles offres pour vous :\n- Chef de projet digital – Lyon – CDI\n- Traffic manager – Paris 9e – CDI\n\nBonne recherche,\nL'équipe Bienvenue dans l'Emploi",
        ((2026, 12, 2, "Wed"),),
    )
    yield neg(
        f,
        "nieuwe_vacatures",
        "nl",
        ("Vacaturebank Alert", "alerts@vacaturebank.example"),
        "12 nieuwe vacatures voor 'data analist' in Utrecht",
        sent_on(12, 3, 7, AMS),
        "Look-alike: a Dutch job alert with a webinar 'Solliciteren in 2027' on dinsdag 15 december om 19:30.",
        "Hoi Sanne,\n\nEr zijn 12 nieuwe vacatures die passen bij je zoekopdracht 'data analist' in Utrecht:\n\n- Data Analist – Gemeente Utrecht – 32-36 uur\n- Junior Data Analist – Kaasboer Retail – Nieuwegein\n- BI Analist – Stichting Zorgnet – Utrecht\n\nGratis webinar: 'Solliciteren in 2027 – zo val je op bij recruiters' op dinsdag 15 december om 19:30. Meld je aan via https://vacaturebank.example/webinar\n\nSucces met zoeken!\nVacaturebank",
        ((2026, 12, 15, "Tue"),),
    )
    yield neg(
        f,
        "wiadomosc_rekrutera",
        "pl",
        ("Pracownia Ofert", "powiadomienia@pracownia-ofert.example"),
        "Rekruter przesłał Ci wiadomość w sprawie oferty",
        sent_on(12, 2, 13, WARSAW),
        "Look-alike: a Polish job-board relay of a recruiter asking for availability ('czy pasuje Panu poniedziałek 7 grudnia o 10:00 albo wtorek o 14:00?'); nothing fixed.",
        "Dzień dobry Kacper,\n\nMagdalena Zielińska (Rekruterka, Baltic Soft) przesłała Ci wiadomość dotyczącą oferty Analityk Systemowy:\n\n„Dzień dobry, dziękuję za aplikację. Chciałabym porozmawiać telefonicznie o Pana doświadczeniu – czy pasuje Panu poniedziałek 7 grudnia o 10:00 albo wtorek 8 grudnia o 14:00? Proszę o informację, który termin wybrać.”\n\nOdpowiedz na wiadomość: https://pracownia-ofert.example/wiadomosci/7781\n\nZespół Pracownia Ofert",
        ((2026, 12, 7, "Mon"), (2026, 12, 8, "Tue")),
    )
    yield neg(
        f,
        "basvuru_goruntulendi",
        "tr",
        ("İşFırsatı Bildirim", "bildirim@isfirsati.example"),
        "Başvurunuz görüntülendi: Muhasebe Uzmanı",
        sent_on(12, 3, 10, ISTANBUL),
        "Look-alike: a Turkish board notice that the employer viewed the application (3 Aralık Perşembe 09:22) and that the listing closes 14 Aralık 23:59.",
        "Merhaba Elif,\n\nEge Tekstil A.Ş. Muhasebe Uzmanı ilanına yaptığınız başvuruyu 3 Aralık 2026 Perşembe saat 09:22'de görüntüledi.\n\nİlan 14 Aralık Pazartesi saat 23:59'da yayından kalkacak. Firma uygun gördüğü adaylarla mülakat için doğrudan iletişime geçecektir.\n\nSize uygun yeni ilanlar için uygulamayı açın.\n\nİşFırsatı Ekibi",
        ((2026, 12, 3, "Thu"), (2026, 12, 14, "Mon")),
    )
    yield neg(
        f,
        "nabidky_tydne",
        "cs",
        ("Práce Dnes", "novinky@prace-dnes.example"),
        "Personalista si prohlédl váš životopis + 8 nových nabídek",
        sent_on(12, 2, 8, PRAGUE),
        "Look-alike: a Czech job-board digest; a recruiter viewed the CV; a career fair on čtvrtek 10. 12. od 10:00 do 17:00 in Brno.",
        "Dobrý den, Terezo,\n\npersonalista společnosti Morava Logistika si včera prohlédl Váš životopis.\n\nNové nabídky pro Vás:\n- Koordinátorka zákaznického servisu – Brno\n- Specialistka HR – Praha 4\n\nPozvánka: Veletrh pracovních příležitostí Brno ve čtvrtek 10. 12. 2026 od 10:00 do 17:00, pavilon G2. Vstup zdarma.\n\nTým Práce Dnes",
        ((2026, 12, 10, "Thu"),),
    )


def ndbook30() -> Iterator[Case]:
    f = "ndbook30"
    yield neg(
        f,
        "pick_a_time",
        "en",
        ("Sam Ortiz (Fernbrook Recruiting)", "sam.ortiz@fernbrook.example"),
        "Next step: pick a time for your phone screen",
        sent_on(12, 2, 11, CHI),
        "Look-alike: a recruiter sends a scheduling link with availability 'Tuesday–Thursday next week, 9 AM–4 PM CT'; nothing booked.",
        "Hi Jordan,\n\nThanks for your interest in the Operations Analyst role at Fernbrook! I'd love to set up a 30-minute phone screen.\n\nPlease pick a time that works for you here: https://booking.fernbrook.example/sam-ortiz/30min\n\nI have openings Tuesday, December 8 through Thursday, December 10, between 9 AM and 4 PM CT. If none of those work, just reply and we'll find something.\n\nBest,\nSam Ortiz\nRecruiter, Fernbrook",
        ((2026, 12, 8, "Tue"), (2026, 12, 10, "Thu")),
    )
    yield neg(
        f,
        "termin_waehlen_erinnerung",
        "de",
        ("Terminfinder für Stadtwerke Moosach", "noreply@terminfinder.example"),
        "Erinnerung: Sie haben noch keinen Termin für Ihr Bewerbungsgespräch gewählt",
        sent_on(12, 3, 9, BERLIN),
        "Look-alike: an unbooked scheduling-link reminder; slots available until Freitag, 11. Dezember, 12:00 Uhr; nothing booked.",
        "Guten Tag Frau Hoffmann,\n\nStadtwerke Moosach hat Sie eingeladen, einen Termin für ein Bewerbungsgespräch zu buchen. Sie haben noch keinen Termin ausgewählt.\n\nFreie Termine gibt es noch bis Freitag, 11. Dezember 2026, 12:00 Uhr. Danach wird der Buchungslink deaktiviert.\n\nJetzt Termin wählen: https://terminfinder.example/b/SWM-LH\n\nIhr Terminfinder-Team im Auftrag der Stadtwerke Moosach",
        ((2026, 12, 11, "Fri"),),
    )
    yield ctl(
        f,
        "cita_cancelada",
        "es",
        ("AgendaYa", "notificaciones@agendaya.example"),
        "Cancelado: Entrevista telefónica con Marta Gil - jueves 10 de diciembre 11:00",
        sent_on(12, 2, 18, MADRID),
        "Cancellation (relabelled after first sight, see Measured): the booking tool confirms that the reader cancelled her own booked phone interview of jueves 10 de diciembre 11:00–11:30 (hora de Madrid); the corpus labels a booking tool's cancellation of an interview as a cancellation (calcom, doodle, librebooking).",
        'Hola Lucía:\n\nHas cancelado la siguiente reserva:\n\nEntrevista telefónica (30 min) con Marta Gil - Cooperativa Vinícola del Sur\njueves, 10 de diciembre de 2026, 11:00 - 11:30 (hora de Madrid)\n\nMotivo indicado: "Ya he aceptado otra oferta, ¡gracias!"\n\nSi fue un error, puedes volver a reservar aquí: https://agendaya.example/martagil\n\nAgendaYa',
        when(2026, 12, 10, "Thu", 11, 0, MADRID),
        30,
        MADRID,
        kind="cancellation",
    )
    yield neg(
        f,
        "scegli_orario",
        "it",
        ("Francesca Riva - Talent Acquisition", "francesca.riva@adriatica-assicurazioni.example"),
        "Colloquio conoscitivo: scegli tu l'orario",
        sent_on(12, 1, 16, ROME),
        "Look-alike: an Italian recruiter offers example slots (martedì 8 dicembre alle 10:00, mercoledì 9 alle 15:30) through a booking link; nothing fixed.",
        "Ciao Giulia,\n\ngrazie per la candidatura come Analista Attuariale in Adriatica Assicurazioni. Mi piacerebbe fare una prima chiacchierata conoscitiva di 20 minuti.\n\nPuoi scegliere l'orario che preferisci da questo link: https://prenota.adriatica.example/friva\n\nAd esempio ho ancora posto martedì 8 dicembre alle 10:00 o mercoledì 9 alle 15:30, ma trovi tutte le disponibilità nel calendario.\n\nA presto,\nFrancesca Riva",
        ((2026, 12, 8, "Tue"), (2026, 12, 9, "Wed")),
    )
    yield neg(
        f,
        "boka_tid",
        "sv",
        ("Rekrytering Östersjö Rederi", "rekrytering@ostersjo-rederi.example"),
        "Boka en tid för telefonintervju",
        sent_on(12, 2, 10, STOCKHOLM),
        "Look-alike: a Swedish invitation to book a phone-interview slot; tider finns måndag 14 december–onsdag 16 december kl. 9–15; nothing booked.",
        "Hej Elsa!\n\nTack för din ansökan till tjänsten som Logistikkoordinator. Vi vill gärna gå vidare med en kort telefonintervju.\n\nBoka en tid som passar dig via länken nedan. Det finns lediga tider måndag 14 december till onsdag 16 december mellan kl. 9 och 15.\n\nhttps://boka.ostersjo-rederi.example/intervju\n\nBokningen stänger fredag 11 december kl. 12.00.\n\nVänliga hälsningar\nRekryteringsteamet, Östersjö Rederi",
        ((2026, 12, 14, "Mon"), (2026, 12, 16, "Wed"), (2026, 12, 11, "Fri")),
    )


def ndcareer30() -> Iterator[Case]:
    f = "ndcareer30"
    yield neg(
        f,
        "mock_interview",
        "en",
        ("University Career Center", "careers@midlands-university.example"),
        "Mock Interview Week: sign up for a practice interview",
        sent_on(12, 1, 9, CHI),
        "Look-alike: a careers centre advertises mock interviews (practice) on Tuesday, December 8, 1–5 PM, sign-ups by Friday, December 4 at noon.",
        "Hi Jordan,\n\nGetting ready for spring internship interviews? The Career Center is hosting Mock Interview Week!\n\nPractice interviews with alumni volunteers\nTuesday, December 8, 1:00–5:00 PM, Student Union Room 210\n30-minute slots, first come first served\n\nSign up on Handbook by Friday, December 4 at noon. Business casual recommended. Bring a copy of your résumé.\n\nGo Owls!\nMidlands University Career Center",
        ((2026, 12, 8, "Tue"), (2026, 12, 4, "Fri")),
    )
    yield neg(
        f,
        "atelier_cv",
        "fr",
        ("Service Carrières - Université Rhône-Alpes", "carrieres@univ-rhonealpes.example"),
        "Atelier CV et entretien d'embauche - jeudi 10 décembre",
        sent_on(12, 2, 9, PARIS),
        "Look-alike: a French university careers workshop on preparing job interviews, jeudi 10 décembre de 12h30 à 14h; for all students.",
        "Bonjour,\n\nLe Service Carrières vous propose un atelier « Réussir son entretien d'embauche » :\n\njeudi 10 décembre 2026, de 12h30 à 14h\nBâtiment B, salle 104 (et en ligne)\n\nAu programme : les questions fréquentes des recruteurs, simulations en binôme, conseils sur le pitch. Inscription obligatoire sur la plateforme Carrières avant le mardi 8 décembre.\n\nÀ bientôt,\nLe Service Carrières",
        ((2026, 12, 10, "Thu"), (2026, 12, 8, "Tue")),
    )
    yield neg(
        f,
        "loopbaanadvies_afspraak",
        "nl",
        ("Career Services | Hogeschool Zeeland", "careerservices@hzeeland.example"),
        "Bevestiging: je afspraak met een loopbaanadviseur",
        sent_on(12, 2, 14, AMS),
        "Look-alike: a booked appointment with a university careers adviser (CV check) on vrijdag 11 december 14:00–14:30; not a job interview.",
        "Beste Sanne,\n\nJe afspraak bij Career Services is bevestigd:\n\nSoort afspraak: CV-check en sollicitatietips\nMet: Ingrid Bakker, loopbaanadviseur\nWanneer: vrijdag 11 december 2026, 14:00–14:30\nWaar: Studentenbalie, gebouw C, Middelburg\n\nNeem je CV en de vacature waarop je wilt solliciteren mee. Afzeggen kan tot 24 uur van tevoren via het studentenportaal.\n\nGroet,\nCareer Services",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "feira_carreiras",
        "pt",
        ("Central de Carreiras - Universidade Federal do Litoral", "carreiras@ufl.example"),
        "Feira de Estágios e Empregos: quarta, 9/12, das 10h às 17h",
        sent_on(12, 1, 10, SAO),
        "Look-alike: a Brazilian university career fair, quarta-feira 9/12 10h–17h, with on-the-spot interviews for those who register by 7/12.",
        "Olá, estudante!\n\nA Feira de Estágios e Empregos da UFL acontece na quarta-feira, 9 de dezembro, das 10h às 17h, no Ginásio Central.\n\nMais de 40 empresas, palestras sobre processos seletivos e espaço para entrevistas rápidas com recrutadores para quem se inscrever até segunda-feira, 7/12.\n\nLeve seu currículo impresso!\n\nCentral de Carreiras UFL",
        ((2026, 12, 9, "Wed"), (2026, 12, 7, "Mon")),
    )
    yield neg(
        f,
        "shushoku_seminar",
        "ja",
        ("キャリアセンター", "career@hokuto-u.example"),
        "【キャリアセンター】面接対策講座のお知らせ（12月16日）",
        sent_on(12, 2, 12, TOKYO),
        "Look-alike: a Japanese university careers centre's interview-skills seminar on 12月16日（水）15時〜16時30分; for all students.",
        "学生の皆さん\n\nキャリアセンターより就職活動に関するお知らせです。\n\n■面接対策講座（集団面接・グループディスカッション）\n日時：2026年12月16日（水）15:00〜16:30\n場所：本館2階 大講義室\n対象：2028年3月卒業予定の学生\n\n申込締切：12月14日（月）正午\n就職支援システムからお申し込みください。\n\n北斗大学 キャリアセンター",
        ((2026, 12, 16, "Wed"), (2026, 12, 14, "Mon")),
    )


def ndctrl30() -> Iterator[Case]:
    f = "ndctrl30"
    yield ctl(
        f,
        "booking_confirmed",
        "en",
        ("Sam Ortiz (Fernbrook Recruiting)", "sam.ortiz@fernbrook.example"),
        "Confirmed: Phone screen with Sam Ortiz on Wednesday, December 9",
        sent_on(12, 3, 10, CHI),
        "Control: a scheduling tool's confirmation of the reader's booked phone screen, Wednesday, December 9, 2:00 PM - 2:30 PM (Central Time).",
        "Hi Jordan,\n\nA new event has been scheduled.\n\nEvent: Phone screen - Operations Analyst (30 min)\nWith: Sam Ortiz, Fernbrook\nDate & time: Wednesday, December 9, 2026, 2:00 PM - 2:30 PM (Central Time - US & Canada)\nLocation: Sam will call you at the number you provided.\n\nNeed to make changes? Reschedule or cancel: https://booking.fernbrook.example/r/88Q1\n\nSent by the Fernbrook booking tool",
        when(2026, 12, 9, "Wed", 14, 0, CHI),
        30,
        CHI,
    )
    yield ctl(
        f,
        "live_coding",
        "de",
        ("Talent Team Falkenstein Mobility", "talent@falkenstein-mobility.example"),
        "Einladung: Code-Review-Gespräch am Mittwoch, 16. Dezember, 14:00 Uhr",
        sent_on(12, 14, 9, BERLIN),
        "Control: after the take-home task, a fixed live code-review interview on Mittwoch, 16. Dezember, 14:00–15:00 Uhr.",
        "Hallo Lena,\n\ndanke für Ihre Lösung der Programmieraufgabe – sie hat uns gut gefallen! Wir laden Sie herzlich zum technischen Gespräch ein:\n\nTermin: Mittwoch, 16. Dezember 2026, 14:00–15:00 Uhr\nOrt: online (Videolink folgt per Kalendereinladung)\nTeilnehmende: Marc Albers und Dr. Petra Voss (Engineering)\n\nWir gehen gemeinsam durch Ihren Code und besprechen eine kleine Erweiterung live.\n\nViele Grüße\nMarc Albers, Talent Team",
        when(2026, 12, 16, "Wed", 14, 0, BERLIN),
        60,
    )
    yield ctl(
        f,
        "recrutement_entretien",
        "fr",
        ("Bienvenue dans l'Emploi", "messages@bienvenue-emploi.example"),
        "Maison Lebrun vous propose un entretien",
        sent_on(12, 4, 10, PARIS),
        "Control: a job board relays the employer's fixed interview, mardi 15 décembre à 10h30 (45 minutes), to be confirmed with one click.",
        "Bonjour Camille,\n\nMaison Lebrun vous convie à un entretien pour le poste de Responsable e-commerce :\n\nmardi 15 décembre 2026 à 10h30 (durée : 45 minutes)\n12 rue du Faubourg Saint-Denis, 75010 Paris\nAvec : Claire Lebrun, directrice générale\n\nMerci de confirmer votre présence en un clic : https://bienvenue-emploi.example/confirmer/7731\n\nBonne chance !\nL'équipe Bienvenue dans l'Emploi",
        when(2026, 12, 15, "Tue", 10, 30, PARIS),
        45,
    )
    yield ctl(
        f,
        "entrevista_hotel",
        "es",
        ("Talento | Hoteles Brisamar", "talento@brisamar.example"),
        "Entrevista con la dirección del hotel - lunes 21 de diciembre",
        sent_on(12, 14, 12, MADRID),
        "Control: after the one-way video stage, a fixed interview with hotel management, lunes 21 de diciembre a las 11:00 (hora peninsular), 40 minutos.",
        "Hola Lucía:\n\n¡Enhorabuena! Has superado la fase de vídeo. Te convocamos a una entrevista con la dirección del hotel:\n\nDía: lunes 21 de diciembre de 2026\nHora: 11:00 (hora peninsular)\nDuración aproximada: 40 minutos\nLugar: videollamada, te enviaremos el enlace el día anterior\n\nPor favor, confírmanos tu asistencia respondiendo a este correo.\n\nUn saludo,\nEquipo de Talento - Hoteles Brisamar",
        when(2026, 12, 21, "Mon", 11, 0, MADRID),
        40,
    )
    yield ctl(
        f,
        "entrevista_tecnica",
        "pt",
        ("Recrutamento Banco Ipê", "recrutamento@bancoipe.example"),
        "Entrevista técnica agendada - quinta-feira, 17/12 às 15h",
        sent_on(12, 10, 11, SAO),
        "Control: after the coding test, a fixed technical interview on quinta-feira, 17/12/2026, das 15h às 16h (horário de Brasília).",
        "Olá, Rafael!\n\nParabéns pelo resultado no desafio técnico. Sua entrevista técnica está agendada:\n\nData: quinta-feira, 17/12/2026\nHorário: das 15h às 16h (horário de Brasília)\nFormato: online, pelo link https://reuniao.bancoipe.example/dev-java\nEntrevistadores: Carla Menezes (Tech Lead) e Bruno Dias (Engenharia)\n\nQualquer imprevisto, responda este e-mail.\n\nAbraços,\nRecrutamento Banco Ipê",
        when(2026, 12, 17, "Thu", 15, 0, SAO),
        60,
    )
    yield ctl(
        f,
        "rozmowa_potwierdzona",
        "pl",
        ("Magdalena Zielińska (Baltic Soft)", "m.zielinska@balticsoft.example"),
        "Potwierdzenie rozmowy: wtorek 8 grudnia, 14:00",
        sent_on(12, 3, 9, WARSAW),
        "Control: the recruiter confirms the call the reader chose, wtorek 8 grudnia 2026 o 14:00, 30 minut.",
        "Dzień dobry Panie Kacprze,\n\ndziękuję za szybką odpowiedź. Potwierdzam naszą rozmowę telefoniczną:\n\nwtorek, 8 grudnia 2026, godz. 14:00 (ok. 30 minut)\n\nZadzwonię na numer podany w CV. Porozmawiamy o Pana doświadczeniu i o projekcie, do którego rekrutujemy.\n\nPozdrawiam serdecznie,\nMagdalena Zielińska\nRekruterka, Baltic Soft",
        when(2026, 12, 8, "Tue", 14, 0, WARSAW),
        30,
    )
    yield ctl(
        f,
        "mensetsu_kettei",
        "ja",
        ("株式会社ソラテック 採用担当", "saiyo@soratech.example"),
        "【ソラテック】一次面接日程確定のご連絡",
        sent_on(12, 11, 10, TOKYO),
        "Control: after the coding test, a fixed first interview on 12月18日（金）14:00〜15:00 (online).",
        "佐藤 美咲 様\n\nコーディングテストのご受験、ありがとうございました。\n一次面接の日程が確定しましたので、ご連絡いたします。\n\n日時：2026年12月18日（金）14:00〜15:00\n形式：オンライン（Google Meet）\nURL：https://meet.soratech.example/saiyo-ms\n面接官：開発部 部長 高橋\n\n当日は5分前までに入室をお願いいたします。\n\n株式会社ソラテック 採用担当",
        when(2026, 12, 18, "Fri", 14, 0, TOKYO),
        60,
    )
    yield ctl(
        f,
        "mulakat_daveti",
        "tr",
        ("Anadolu Gıda İnsan Kaynakları", "ik@anadolugida.example"),
        "Yüz yüze mülakat davetiniz - 17 Aralık Perşembe 10:30",
        sent_on(12, 11, 15, ISTANBUL),
        "Control: after the one-way video, an in-person interview on 17 Aralık 2026 Perşembe saat 10:30–11:30.",
        "Merhaba Elif Hanım,\n\nVideo mülakatınızı değerlendirdik ve sizi bölge müdürümüzle yüz yüze görüşmeye davet etmek istiyoruz.\n\nTarih: 17 Aralık 2026 Perşembe\nSaat: 10:30 - 11:30\nAdres: Anadolu Gıda Bölge Ofisi, Kozyatağı Mah. Değirmen Sok. No: 18, Kadıköy/İstanbul\n\nLütfen kimliğinizi yanınızda getiriniz. Katılımınızı bu e-postaya yanıt vererek teyit etmenizi rica ederiz.\n\nSaygılarımızla,\nAnadolu Gıda İnsan Kaynakları",
        when(2026, 12, 17, "Thu", 10, 30, ISTANBUL),
        60,
    )


def ndmoveho30() -> Iterator[Case]:
    f = "ndmoveho30"
    yield neg(
        f,
        "visa_biometrics",
        "en",
        ("Harlow & Finch Immigration LLP", "casework@harlowfinch.example"),
        "Your biometrics appointment for the Skilled Worker visa",
        sent_on(12, 2, 12, LONDON),
        "Look-alike: an immigration lawyer confirms a visa biometrics appointment, Thursday 10 December at 09:40; not a job interview.",
        "Dear Jordan,\n\nFurther to your offer from Tideway Robotics, we have booked your biometrics appointment for the Skilled Worker visa application:\n\nThursday 10 December 2026, 09:40\nUKVCAS Service Point, Croydon\n\nPlease bring your passport, the appointment confirmation and the documents listed in our checklist. Arrive no earlier than 15 minutes before your slot.\n\nKind regards,\nEmma Finch\nSenior Caseworker, Harlow & Finch Immigration LLP",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "wohnungsbesichtigung",
        "de",
        ("Umzugsservice Relocato", "team@relocato.example"),
        "Ihre Wohnungsbesichtigungen in München – Samstag, 12. Dezember",
        sent_on(12, 3, 16, BERLIN),
        "Look-alike: a relocation firm's flat viewings for a new hire, Samstag, 12. Dezember, 10:00 and 11:30 Uhr.",
        "Hallo Lena,\n\nim Auftrag Ihres neuen Arbeitgebers Isar Robotics haben wir für Sie zwei Wohnungsbesichtigungen organisiert:\n\nSamstag, 12. Dezember 2026\n10:00 Uhr – 2-Zimmer-Wohnung, Schwanthalerstraße 81\n11:30 Uhr – 2,5-Zimmer-Wohnung, Tulbeckstraße 14\n\nIhre Ansprechpartnerin vor Ort ist Frau Demir (0151 0000000). Bitte bringen Sie Ihren Arbeitsvertrag und Ihre Gehaltsnachweise mit.\n\nViele Grüße\nIhr Relocato-Team",
        ((2026, 12, 12, "Sat"),),
    )
    yield neg(
        f,
        "ind_afspraak",
        "nl",
        ("Expat Desk Zuidas", "expatdesk@zuidas-relocation.example"),
        "Afspraak IND-loket voor uw verblijfsvergunning (kennismigrant)",
        sent_on(12, 1, 10, AMS),
        "Look-alike: a relocation desk's IND appointment for a residence permit, woensdag 16 december om 13:20; not an interview.",
        "Beste Sanne,\n\nNamens uw werkgever Grachtdata B.V. hebben wij een afspraak gemaakt bij het IND-loket voor het ophalen van uw verblijfsdocument:\n\nwoensdag 16 december 2026 om 13:20 uur\nIND-loket Amsterdam, Stekelbaarsweg 4\n\nNeem uw paspoort en de afspraakbevestiging mee. Aansluitend kunnen wij u helpen met de inschrijving bij de gemeente.\n\nMet vriendelijke groet,\nExpat Desk Zuidas",
        ((2026, 12, 16, "Wed"),),
    )
    yield neg(
        f,
        "nomina_cierre",
        "es",
        ("Nóminas - Grupo Olivar", "nominas@grupo-olivar.example"),
        "Cierre de nómina de diciembre: envía tus datos antes del 15",
        sent_on(12, 2, 9, MADRID),
        "Look-alike: a payroll cut-off for new hires, martes 15 de diciembre a las 14:00; payslip on 30 de diciembre.",
        "Hola Lucía:\n\nPara que tu alta se incluya en la nómina de diciembre, necesitamos tu número de la Seguridad Social y tu IBAN antes del martes 15 de diciembre a las 14:00.\n\nLa nómina se abonará el miércoles 30 de diciembre y podrás descargar tu recibo en el portal del empleado.\n\nGracias,\nDepartamento de Nóminas",
        ((2026, 12, 15, "Tue"), (2026, 12, 30, "Wed")),
    )
    yield neg(
        f,
        "busta_paga",
        "it",
        ("Servizio Paghe", "paghe@tessiturabrembo.example"),
        "La tua busta paga di dicembre è disponibile",
        sent_on(12, 3, 11, ROME),
        "Look-alike: a payslip notice; the tax-deduction form must be returned by lunedì 14 dicembre ore 12:00.",
        "Gentile Giulia,\n\nla tua busta paga relativa alle prime giornate di prova è disponibile nell'area riservata del portale dipendenti.\n\nTi ricordiamo di restituire il modulo per le detrazioni d'imposta entro lunedì 14 dicembre alle ore 12:00, altrimenti non potremo applicarle nel cedolino di dicembre.\n\nCordiali saluti,\nServizio Paghe",
        ((2026, 12, 14, "Mon"),),
    )
    yield neg(
        f,
        "stehovani",
        "cs",
        ("Relokace Plus", "info@relokaceplus.example"),
        "Potvrzení stěhování: pondělí 28. 12. od 8:00",
        sent_on(12, 2, 15, PRAGUE),
        "Look-alike: a relocation firm confirms a house move paid by the new employer, pondělí 28. 12. 2026 od 8:00.",
        "Dobrý den, paní Dvořáková,\n\npotvrzujeme termín stěhování hrazeného Vaším novým zaměstnavatelem Brněnské strojírny a.s.:\n\npondělí 28. 12. 2026, příjezd posádky v 8:00\nz: Olomouc, Třída Svobody 12\ndo: Brno, Veveří 45\n\nPředpokládaná doba nakládky jsou 3 hodiny. Den předem Vám zavolá vedoucí posádky.\n\nS pozdravem\nRelokace Plus s.r.o.",
        ((2026, 12, 28, "Mon"),),
    )


def ndmixho30() -> Iterator[Case]:
    f = "ndmixho30"
    yield neg(
        f,
        "verification_casier",
        "fr",
        ("VérifPro Screening", "candidats@verifpro.example"),
        "Vérification des antécédents : merci de compléter votre dossier avant le 11 décembre",
        sent_on(12, 2, 10, PARIS),
        "Look-alike: a French background-check request, documents by vendredi 11 décembre à 17h; no interview.",
        "Bonjour Camille,\n\nDans le cadre de votre recrutement chez Banque Vauban, nous sommes chargés de vérifier vos diplômes et vos expériences professionnelles.\n\nMerci de compléter votre dossier et de donner votre consentement avant le vendredi 11 décembre 2026 à 17h : https://verifpro.example/dossier/BV-2231\n\nCette démarche ne nécessite aucun rendez-vous.\n\nCordialement,\nL'équipe VérifPro",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "assinatura_proposta",
        "pt",
        ("AssinaJá", "notificacoes@assinaja.example"),
        "Você tem um documento para assinar: Carta-proposta – Analista de Supply Chain",
        sent_on(12, 3, 10, SAO),
        "Look-alike: a Brazilian e-signature request for an offer letter, assinar até segunda-feira, 7/12 às 18h; início 4/1/2027.",
        'Olá, Rafael!\n\nTropical Bebidas S.A. enviou um documento para você assinar: "Carta-proposta – Analista de Supply Chain".\n\nMensagem: "Rafael, seja bem-vindo! Por favor, assine até segunda-feira, 7/12 às 18h. Sua data de início é 4/1/2027. Abraço, Juliana (RH)"\n\nAssinar documento: https://assinaja.example/d/TB-9981\n\nEquipe AssinaJá',
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "videointervju",
        "sv",
        ("Rekrytering Kronan Försäkring", "noreply@videointervju.example"),
        "Påminnelse: spela in din videointervju senast söndag 13 december",
        sent_on(12, 3, 9, STOCKHOLM),
        "Look-alike: a Swedish one-way video reminder, record by söndag 13 december kl. 23.59; no live interview.",
        "Hej Elsa!\n\nDu har ännu inte spelat in din videointervju för tjänsten som Kundrådgivare hos Kronan Försäkring.\n\nSpela in dina svar senast söndag 13 december kl. 23.59. Det tar cirka 15 minuter och du gör det när det passar dig.\n\nStarta här: https://videointervju.example/k/EL-204\n\nLycka till!\nKronan Försäkring",
        ((2026, 12, 13, "Sun"),),
    )
    yield neg(
        f,
        "dzien_otwarty",
        "pl",
        ("Biuro Karier Politechniki Nadwiślańskiej", "biurokarier@pn.example"),
        "Targi pracy i symulacje rozmów kwalifikacyjnych – 9 grudnia",
        sent_on(12, 1, 11, WARSAW),
        "Look-alike: a Polish university careers office's job fair and practice interviews, środa 9 grudnia, 10:00–15:00.",
        "Drodzy Studenci,\n\nzapraszamy na Targi Pracy Inżynierów w środę 9 grudnia 2026 w godz. 10:00–15:00 w holu głównym budynku A.\n\nW sali 112 odbędą się symulacje rozmów kwalifikacyjnych z doradcami kariery (zapisy do poniedziałku 7 grudnia do 12:00).\n\nDo zobaczenia!\nBiuro Karier PN",
        ((2026, 12, 9, "Wed"), (2026, 12, 7, "Mon")),
    )
    yield neg(
        f,
        "ise_alim_mesaj",
        "tr",
        ("Kariyer Ağı", "mesaj@kariyeragi.example"),
        "Bir işe alım uzmanı size mesaj gönderdi",
        sent_on(12, 2, 17, ISTANBUL),
        "Look-alike: a Turkish network relay of a recruiter asking 'Salı 8 Aralık saat 11:00 veya Çarşamba 15:00 uygun mu?'; nothing fixed.",
        'Merhaba Elif,\n\nBurak Aksoy (İşe Alım Uzmanı, Marmara Lojistik) size bir mesaj gönderdi:\n\n"Merhaba Elif Hanım, profilinizi inceledim, Finans Analisti pozisyonumuz için kısa bir telefon görüşmesi yapmak isterim. Salı 8 Aralık saat 11:00 veya Çarşamba 9 Aralık 15:00 sizin için uygun mu?"\n\nMesajı yanıtla: https://kariyeragi.example/mesajlar/5521\n\nKariyer Ağı',
        ((2026, 12, 8, "Tue"), (2026, 12, 9, "Wed")),
    )
    yield neg(
        f,
        "nittei_chousei",
        "ja",
        ("株式会社ミナト電機 人事部", "jinji@minato-denki.example"),
        "【ミナト電機】面談日程のご予約URLのご案内",
        sent_on(12, 2, 14, TOKYO),
        "Look-alike: a Japanese employer sends a booking URL; slots 12月14日（月）〜12月16日（水）10:00〜17:00; nothing booked.",
        "佐藤 美咲 様\n\nお世話になっております。株式会社ミナト電機 人事部の山田です。\n\n入社前面談の日程につきまして、下記URLよりご都合のよい時間帯をご予約ください。\n\n予約可能期間：12月14日（月）〜12月16日（水）10:00〜17:00\n予約URL：https://yoyaku.minato-denki.example/mensetsu\n\nご予約の締切は12月11日（金）正午です。\n\n株式会社ミナト電機 人事部 山田",
        ((2026, 12, 14, "Mon"), (2026, 12, 16, "Wed"), (2026, 12, 11, "Fri")),
    )


def ndctrlho30() -> Iterator[Case]:
    f = "ndctrlho30"
    yield ctl(
        f,
        "colloquio_confermato",
        "it",
        ("Francesca Riva - Talent Acquisition", "francesca.riva@adriatica-assicurazioni.example"),
        "Confermato: colloquio conoscitivo mercoledì 9 dicembre ore 15:30",
        sent_on(12, 3, 12, ROME),
        "Control: the recruiter confirms the booked call, mercoledì 9 dicembre 2026 alle 15:30 (20 minuti).",
        "Ciao Giulia,\n\nperfetto, ho ricevuto la tua prenotazione. Ci sentiamo quindi\n\nmercoledì 9 dicembre 2026 alle 15:30 (durata 20 minuti)\n\nin videochiamata: https://meet.adriatica.example/friva\n\nA presto,\nFrancesca Riva\nTalent Acquisition, Adriatica Assicurazioni",
        when(2026, 12, 9, "Wed", 15, 30, ROME),
        20,
    )
    yield ctl(
        f,
        "gesprek_bevestigd",
        "nl",
        ("Werving Rijnland Bank", "werving@rijnlandbank.example"),
        "Uitnodiging tweede gesprek - vrijdag 18 december 10:00",
        sent_on(12, 11, 14, AMS),
        "Control: after the video stage, a second interview on vrijdag 18 december 2026 van 10:00 tot 11:00.",
        "Hoi Sanne,\n\nJe video-sollicitatie heeft ons enthousiast gemaakt! We nodigen je graag uit voor een tweede gesprek:\n\nDatum: vrijdag 18 december 2026\nTijd: 10:00 - 11:00 uur\nLocatie: Rijnland Bank, Stationsplein 9, Leiden\nGesprekspartners: Ruud Jansen (teamleider) en Fatima El Amrani (HR)\n\nLaat je even weten of dit schikt?\n\nGroet,\nTeam Werving Rijnland Bank",
        when(2026, 12, 18, "Fri", 10, 0, AMS),
        60,
    )
    yield ctl(
        f,
        "intervju_bokad",
        "sv",
        ("Rekrytering Östersjö Rederi", "rekrytering@ostersjo-rederi.example"),
        "Bokningsbekräftelse: telefonintervju tisdag 15 december kl. 10.00",
        sent_on(12, 4, 9, STOCKHOLM),
        "Control: booking confirmation of the reader's phone interview, tisdag 15 december kl. 10.00–10.30.",
        "Hej Elsa!\n\nDin bokning är bekräftad.\n\nTelefonintervju – Logistikkoordinator\nTisdag 15 december 2026, kl. 10.00–10.30\nVi ringer dig på 070-000 00 00.\n\nBehöver du ändra tiden? Använd länken i bokningen senast dagen innan.\n\nVänliga hälsningar\nRekryteringsteamet, Östersjö Rederi",
        when(2026, 12, 15, "Tue", 10, 0, STOCKHOLM),
        30,
    )
    yield ctl(
        f,
        "pohovor_pozvanka",
        "cs",
        ("Nábor Vltava Energie", "nabor@vltava-energie.example"),
        "Pozvánka na osobní pohovor – středa 16. 12. v 9:30",
        sent_on(12, 8, 10, PRAGUE),
        "Control: after the video stage, an in-person interview on středa 16. 12. 2026 v 9:30, about 45 minutes.",
        "Dobrý den, paní Dvořáková,\n\nděkujeme za nahraný video pohovor. Rádi bychom Vás pozvali na osobní pohovor:\n\nstředa 16. 12. 2026 v 9:30 (cca 45 minut)\nVltava Energie a.s., Na Florenci 15, Praha 1, recepce 3. patro\n\nProsíme o potvrzení účasti odpovědí na tento e-mail.\n\nS pozdravem\nTým náboru, Vltava Energie a.s.",
        when(2026, 12, 16, "Wed", 9, 30, PRAGUE),
        45,
    )


BUILDERS = [
    ndscreen30,
    ndsign30,
    ndvideo30,
    ndcode30,
    ndonboard30,
    ndboard30,
    ndbook30,
    ndcareer30,
    ndctrl30,
    ndmoveho30,
    ndmixho30,
    ndctrlho30,
]

MEASURED: list[str] = [
    "First sight (parser at main 6fb379f8 with this batch, before any change; labels as "
    "first written): dev: 8 of 8 controls with the right start and end, all 8 sure; 6 of "
    "47 look-alikes claimed at confidence >= 0.5 (ndscreen30 es fingerprinting appointment "
    "and ja pre-employment medical check, both saying they are not an interview; ndcode30 de "
    "take-home task, '3–4 Stunden Aufwand' read as 15:00–16:00 today; ndvideo30 cs record-by "
    "deadline 'nejpozději do pátku 11. 12. 2026 do 12:00'; ndcareer30 ja interview-skills "
    "seminar for all students; ndbook30 es booking cancelled by the reader). Held out: 4 of 4 "
    "controls right and sure, 0 of 12 look-alikes claimed.",
    "",
    "The ndbook30 es mail was labelled not_invitation when first written; the parser read it "
    "as a cancellation, and the corpus labels a booking tool's cancellation of the reader's "
    "interview as a cancellation (calcom, doodle, librebooking), so its label was corrected "
    "to a cancellation with the cancelled slot (11:00–11:30 Europe/Madrid). With it the dev "
    "look-alikes are 46 and the first-sight false claims 5.",
    "",
    "After the rule below (branch negs30d): dev 9 of 9 labelled slots right and sure, 3 of "
    "46 look-alikes claimed (ndcode30 de, ndvideo30 cs, ndcareer30 ja; each a single "
    "source, left alone); held out unchanged: 4 of 4 controls, 0 of 12 claimed. Full corpus "
    "(quick.py): dev false claims 38 -> 36 of 2729, text 3113/3134 and calendars 520/520 "
    "unchanged; held out unchanged (text 1284/1352, sure 1112, false 138/1180, calendars "
    "165/166); cmp: 3 better, 0 worse.",
]

RULES: list[str] = [
    "- `SENDER_NOT_AN_INTERVIEW_CUES` (lookalikes.py): the sender's own text says the "
    "appointment it books is not an interview ('Esta cita no es una entrevista', "
    "'本検診は採用面接ではございません', 'this is not an interview', 'ist kein "
    "Vorstellungsgespräch', ...); read in the whole body (the older cue list read only the "
    "forwarder's note), not when the time's own sentence names the reader's interview. "
    "Sources: ndscreen30 es (fingerprinting) and ja (pre-employment medical check). Test: "
    "tests/parsing/test_negs30d_not_an_interview.py.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs30d batch (`build_negs30d.py`)",
        "",
        "Mail from the services around a job application that names a future day and hour "
        "next to hiring words but sets no interview: background-check and drug-screen "
        "vendors, e-signature requests for offers, one-way video interview platforms, coding "
        "challenges, employer-of-record and onboarding platforms, job-board and "
        "social-network notifications (a recruiter's proposed time quoted), scheduling links, "
        "university career services, relocation firms, immigration lawyers and payroll; real "
        "interview slots from the same kinds of senders as controls. The search stores held "
        "no sendable mail template of these vendors (DocuSeal's locale file has UI strings "
        "only), so all text is hand-written in the senders' voices; people, companies, "
        "addresses and links are made up. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs30d.py` "
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
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs30d.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
