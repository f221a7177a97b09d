"""Invitation and look-alike mails with ordinary text that looks like a date, time or zone.

Why: real mail carries company names with a weekday or a month in them, office hours,
phone numbers, job references, salaries, reply-by deadlines and older quoted threads next
to the interview's own slot. Each probe mail is a plain mail (a real invitation with a
known start, an invitation that names only part of its slot, or a look-alike with no
start) with one such distractor put where it would sit in real mail; a distractor that
moves the parsed start, kind or confidence is a misreading. The same builder serves a
bounded test and a larger local run.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage

from service.parsing import parse_message

DATE_HEADER = "Mon, 07 Dec 2026 09:00:00 +0000"


@dataclass(frozen=True)
class Template:
    """One mail in one language: greeting, the sentence that sets the slot, closing."""

    lang: str
    label: str  # "full": date and clock; "clock": a clock only; "none": a look-alike
    greeting: str
    sentence: str
    closing: str


TEMPLATES = [
    Template(
        "en",
        "full",
        "Hello Alex,",
        "we would like to invite you to an interview on "
        "Thursday 17 December 2026 at 14:30 at our office.",
        "Kind regards,",
    ),
    Template(
        "en",
        "clock",
        "Hello Alex,",
        "your interview is confirmed for 14:30, by video.",
        "Kind regards,",
    ),
    Template(
        "en",
        "none",
        "Hello Alex,",
        "thank you for applying; we have received your application and will be in touch.",
        "Kind regards,",
    ),
    Template(
        "de",
        "full",
        "Hallo Alex,",
        "wir laden Sie zum Vorstellungsgespräch am Donnerstag, 17. Dezember 2026 um 14:30 Uhr ein.",
        "Viele Grüße",
    ),
    Template(
        "de",
        "clock",
        "Hallo Alex,",
        "das Gespräch findet um 14:30 Uhr per Video statt.",
        "Viele Grüße",
    ),
    Template(
        "de",
        "none",
        "Hallo Alex,",
        "vielen Dank für Ihre Bewerbung, wir melden uns in Kürze bei Ihnen.",
        "Viele Grüße",
    ),
    Template(
        "fr",
        "full",
        "Bonjour Alex,",
        "nous vous invitons à un entretien le jeudi 17 décembre 2026 à 14h30 dans nos locaux.",
        "Cordialement,",
    ),
    Template(
        "fr",
        "clock",
        "Bonjour Alex,",
        "votre entretien est confirmé à 14h30, en visio.",
        "Cordialement,",
    ),
    Template(
        "fr",
        "none",
        "Bonjour Alex,",
        "merci pour votre candidature, nous reviendrons vers vous rapidement.",
        "Cordialement,",
    ),
    Template(
        "es",
        "full",
        "Hola Alex:",
        "te invitamos a una entrevista el jueves 17 de "
        "diciembre de 2026 a las 14:30 en nuestra oficina.",
        "Saludos,",
    ),
    Template(
        "es", "clock", "Hola Alex:", "la entrevista será a las 14:30 por videollamada.", "Saludos,"
    ),
    Template(
        "es",
        "none",
        "Hola Alex:",
        "gracias por tu candidatura, te contactaremos pronto.",
        "Saludos,",
    ),
    Template(
        "it",
        "full",
        "Buongiorno Alex,",
        "la invitiamo a un colloquio giovedì 17 dicembre 2026 alle 14:30 presso la nostra sede.",
        "Cordiali saluti,",
    ),
    Template(
        "it",
        "clock",
        "Buongiorno Alex,",
        "il colloquio è confermato alle 14:30 in videochiamata.",
        "Cordiali saluti,",
    ),
    Template(
        "it",
        "none",
        "Buongiorno Alex,",
        "grazie per la sua candidatura, la ricontatteremo presto.",
        "Cordiali saluti,",
    ),
    Template(
        "nl",
        "full",
        "Beste Alex,",
        "graag nodigen we je uit voor een sollicitatiegesprek "
        "op donderdag 17 december 2026 om 14:30 op ons kantoor.",
        "Met vriendelijke groet,",
    ),
    Template(
        "nl",
        "clock",
        "Beste Alex,",
        "het gesprek is bevestigd om 14:30 via video.",
        "Met vriendelijke groet,",
    ),
    Template(
        "nl",
        "none",
        "Beste Alex,",
        "bedankt voor je sollicitatie, we nemen snel contact met je op.",
        "Met vriendelijke groet,",
    ),
    Template(
        "pt",
        "full",
        "Olá Alex,",
        "convidamos você para uma entrevista na quinta-feira, "
        "17 de dezembro de 2026, às 14h30 no nosso escritório.",
        "Atenciosamente,",
    ),
    Template(
        "pt",
        "clock",
        "Olá Alex,",
        "a sua entrevista está confirmada para as 14h30, por vídeo.",
        "Atenciosamente,",
    ),
    Template(
        "pt",
        "none",
        "Olá Alex,",
        "obrigado pela sua candidatura, entraremos em contato em breve.",
        "Atenciosamente,",
    ),
    Template(
        "pl",
        "full",
        "Dzień dobry,",
        "zapraszamy na rozmowę kwalifikacyjną w czwartek 17 grudnia 2026 o 14:30 w naszym biurze.",
        "Pozdrawiam,",
    ),
    Template("pl", "clock", "Dzień dobry,", "rozmowa odbędzie się o 14:30 online.", "Pozdrawiam,"),
    Template(
        "pl",
        "none",
        "Dzień dobry,",
        "dziękujemy za przesłanie aplikacji, odezwiemy się wkrótce.",
        "Pozdrawiam,",
    ),
    Template(
        "sv",
        "full",
        "Hej Alex,",
        "vi vill bjuda in dig till en intervju torsdag 17 december 2026 kl. 14:30 på vårt kontor.",
        "Vänliga hälsningar,",
    ),
    Template(
        "sv",
        "clock",
        "Hej Alex,",
        "intervjun är bekräftad kl. 14:30 via video.",
        "Vänliga hälsningar,",
    ),
    Template(
        "sv",
        "none",
        "Hej Alex,",
        "tack för din ansökan, vi hör av oss snart.",
        "Vänliga hälsningar,",
    ),
    Template(
        "tr",
        "full",
        "Merhaba Alex,",
        "sizi 17 Aralık 2026 Perşembe günü saat 14:30'da ofisimizde mülakata davet ediyoruz.",
        "Saygılarımla,",
    ),
    Template(
        "tr",
        "clock",
        "Merhaba Alex,",
        "görüşmeniz saat 14:30'da video ile yapılacak.",
        "Saygılarımla,",
    ),
    Template(
        "tr",
        "none",
        "Merhaba Alex,",
        "başvurunuz için teşekkür ederiz, en kısa sürede dönüş yapacağız.",
        "Saygılarımla,",
    ),
]

# Where a distractor sits: in the signature under the sender's name, as a paragraph of its
# own after the slot's sentence, or in an older quoted message under the fresh one.
SIGNATURE, PARAGRAPH, QUOTED = "signature", "paragraph", "quoted"


@dataclass(frozen=True)
class Distractor:
    """Ordinary text of one kind, and where in a mail it goes."""

    family: str
    text: str
    place: str


def _many(family: str, place: str, texts: list[str]) -> list[Distractor]:
    return [Distractor(family, text, place) for text in texts]


DISTRACTORS = [
    *_many(
        "company",
        SIGNATURE,
        [
            "Sunday Foods Ltd",
            "March Networks Inc.",
            "August Home",
            "Friday Labs GmbH",
            "Monday.com",
            "Mai Tai Bar & Grill",
            "Juni Learning",
            "Marzo Studio S.r.l.",
            "Samstag GmbH",
            "Lundi Conseil SAS",
            "Mardi Gras Events",
            "Domingo Alimentos Ltda",
            "Sabato Design Srl",
            "Dinsdag Media B.V.",
            "Juli Bouw B.V.",
            "Maj Konsult AB",
            "Piątek Logistyka Sp. z o.o.",
            "Cuma Yazılım A.Ş.",
            "Ocak Mühendislik",
            "April Studio",
            "Octobre Conseil",
            "Agosto Capital",
            "Septiembre Films S.L.",
            "Noviembre Labs",
        ],
    ),
    *_many(
        "hours",
        SIGNATURE,
        [
            "Office hours: Mon–Fri 9–5",
            "Lun-Ven 9h-18h",
            "Mo–Fr 8–16 Uhr",
            "Horario: L-V 9:00-18:00",
            "Orari: Lun-Ven 9-18",
            "Openingstijden: ma-vr 9-17",
            "Hours: Mon-Fri 8:30am-5:30pm",
            "Godziny pracy: pn.-pt. 8-16",
            "Öppettider: mån–fre 8–17",
            "Çalışma saatleri: Pzt-Cuma 09:00-18:00",
            "Horário: seg. a sex., 9h às 18h",
            "Sprechzeiten: Di und Do 10-12 Uhr",
        ],
    ),
    *_many(
        "phone",
        SIGNATURE,
        [
            "Tel: +44 20 7946 0958",
            "Tél. 06.12.34.56.78",
            "Tel. +49 30 1234 5678",
            "Tel: +34 912 34 56 78",
            "Tel. +39 02 1234 5678",
            "T: +31 20 123 4567",
            "Tel: +48 12 345 67 89",
            "Tel: +90 212 345 67 89",
            "Tel: +46 8 123 456 78",
            "Tel: (555) 010-1230",
            "Tel.: 030/12 34 56-10",
            "Tel: +351 21 123 4567",
            "Mobile 07700 900 123",
            "Tel 0612345678",
        ],
    ),
    *_many(
        "postcode",
        SIGNATURE,
        [
            "75008 Paris",
            "10115 Berlin",
            "28001 Madrid",
            "20121 Milano",
            "1012 AB Amsterdam",
            "00-950 Warszawa",
            "111 22 Stockholm",
            "34330 Beşiktaş/İstanbul",
            "1000-001 Lisboa",
            "London EC1A 1BB",
            "SW1A 2AA",
            "Postfach 10 12 30, 80331 München",
        ],
    ),
    *_many(
        "mobile",
        SIGNATURE,
        [
            "Sent from my iPhone",
            "Von meinem iPhone gesendet",
            "Envoyé de mon iPhone",
            "Enviado desde mi iPhone",
            "Inviato da iPhone",
            "Verzonden vanaf mijn iPhone",
            "Wysłane z iPhone'a",
            "Skickat från min iPhone",
            "iPhone'umdan gönderildi",
            "Enviado do meu iPhone",
            "Sent from Outlook for Android",
        ],
    ),
    *_many(
        "legal",
        SIGNATURE,
        [
            "Registered in England and Wales No. 09876543. © 2026 Harbourline Ltd.",
            "Amtsgericht München HRB 123456, Geschäftsführer: A. Berg. Gegründet 1998.",
            "SAS au capital de 10 000 € – RCS Paris 812 345 678 – depuis 2005",
            "Inscrita en el Registro Mercantil de Madrid, Tomo 12.345, Folio 67, Hoja M-123456",
            "P.IVA 01234567890 – Cap. soc. € 50.000 i.v. – REA MI-1234567",
            "KvK 12345678 · BTW NL001234567B01 · Opgericht in 2012",
            "KRS 0000123456, NIP 123-456-78-90, kapitał zakładowy 50 000 zł",
            "Org.nr 556123-4567 · Styrelsens säte: Stockholm",
            "Mersis No: 0123456789012345 · Ticaret Sicil No: 123456",
            "Copyright © 2010-2026 Friday Labs. All rights reserved.",
            "© 2026 Samstag GmbH · Alle Rechte vorbehalten",
            "CNPJ 12.345.678/0001-90 · © 2026",
        ],
    ),
    *_many(
        "ids",
        PARAGRAPH,
        [
            "Job reference: REQ-2026-0312",
            "Ref: JR 10/24",
            "Ticket #2026-1130",
            "Version v2.10.30 of our app is required for the video call.",
            "Week: 2026-W11",
            "Referenz: 2026/03/12-A",
            "Réf. de l'offre : 12-03-2026/77",
            "Referencia: 03/12",
            "Rif. annuncio 10.30/2026",
            "Vacaturenummer 2026.11.30",
            "Nr ref. 12/03/2026/HR",
            "Ilan No: 2026-12-14",
            "Case 17.12",
            "Order 1430-2026",
        ],
    ),
    *_many(
        "amounts",
        PARAGRAPH,
        [
            "Salary: 45-55k",
            "Gehalt: €3.500,00 brutto",
            "Salaire : 35-40 k€",
            "Salario: 2.100,50 € brutos",
            "RAL: 30.000-35.000 €",
            "Salaris: € 3.200 - 4.100",
            "Wynagrodzenie: 8 000-10 000 zł",
            "Lön: 35 000-40 000 kr",
            "Maaş: 45.000-55.000 TL",
            "The role is 10-12 hours/week.",
            "Teilzeit 20-25 Std./Woche",
            "Taux: 80-100 %",
            "Bonus up to 12.5%",
            "Salário: R$ 5.000,00",
            "Budget 10.30 EUR per meal",
        ],
    ),
    *_many(
        "deadline",
        PARAGRAPH,
        [
            "Please reply by Friday 5pm.",
            "Bitte antworten Sie bis Freitag, 12 Uhr.",
            "Merci de répondre avant vendredi 17h.",
            "Por favor, responde antes del viernes.",
            "La preghiamo di rispondere entro venerdì.",
            "Graag reageren vóór vrijdag 17:00.",
            "Prosimy o odpowiedź do piątku.",
            "Svara gärna senast fredag kl. 12.",
            "Lütfen Cuma gününe kadar yanıt verin.",
            "Por favor, responda até sexta-feira.",
            "The application closes 31 March.",
            "Bewerbungsschluss: 31. März 2027",
            "Documents due 2 days before.",
            "Date limite de candidature : 15 janvier 2027.",
            "Plazo de inscripción: hasta el 20 de enero.",
            "Please send your documents by 10 Dec.",
        ],
    ),
]

DISTRACTORS += [
    *_many(
        "zoneish",
        SIGNATURE,
        [
            "Est. 1998",
            "EST Logistics Ltd",
            "CET Solutions GmbH",
            "PST Packaging S.A.",
            "GMT Motors",
            "IST Ingenieure GmbH",
            "Since 1987 · ISO 9001:2015",
            "BST Bau GmbH",
            "MEZ Metallbau",
            "UTC Partners LLP",
            "Gate 10:30 Studios",
        ],
    ),
    *_many(
        "otherdate",
        PARAGRAPH,
        [
            "Start date: 1 February 2027",
            "Eintrittsdatum: 01.02.2027",
            "Date de début : 1er février 2027",
            "Fecha de incorporación: 1 de febrero de 2027",
            "Data di inizio: 1 febbraio 2027",
            "Startdatum: 1 februari 2027",
            "Data de início: 1 de fevereiro de 2027",
            "Data rozpoczęcia pracy: 1 lutego 2027",
            "Tillträde: 1 februari 2027",
            "İşe başlama tarihi: 1 Şubat 2027",
            "Our office is closed 24-26 December.",
            "Das Büro ist vom 24.12. bis 1.1. geschlossen.",
            "Posted on 2 December 2026.",
            "Publiée le 2 décembre 2026.",
        ],
    ),
    *_many(
        "otherclock",
        PARAGRAPH,
        [
            "The interview takes 45-60 minutes.",
            "Dauer: ca. 1,5 Std.",
            "Durée : 1h30 environ.",
            "Reception opens at 7:30.",
            "Parking closes at 22:00.",
            "La recepción abre a las 8:00.",
            "The building is open 24/7.",
            "Shifts: 6-14, 14-22.",
            "Lunch break 12-13.",
        ],
    ),
]

QUOTE_HEADERS = [
    "On Tue, 3 Mar 2026 at 09:14, Dana Whitfield <dana@harbourline-example.co.uk> wrote:",
    "Am Di., 3. März 2026 um 09:14 Uhr schrieb Dana Whitfield <dana@example.de>:",
    "Le mar. 3 mars 2026 à 09:14, Dana Whitfield <dana@example.fr> a écrit :",
    "El mar, 3 mar 2026 a las 9:14, Dana Whitfield (<dana@example.es>) escribió:",
    "Il giorno mar 3 mar 2026 alle ore 09:14 Dana Whitfield <dana@example.it> ha scritto:",
    "Op di 3 mrt 2026 om 09:14 schreef Dana Whitfield <dana@example.nl>:",
    "Em ter., 3 de mar. de 2026 às 09:14, Dana Whitfield <dana@example.pt> escreveu:",
    "wt., 3 mar 2026 o 09:14 Dana Whitfield <dana@example.pl> napisał(a):",
    "Den tis 3 mars 2026 kl 09:14 skrev Dana Whitfield <dana@example.se>:",
    "Dana Whitfield <dana@example.com.tr>, 3 Mar 2026 Sal, 09:14 tarihinde şunu yazdı:",
]
QUOTED_LINES = [
    "> We received your application on 28 February.",
    "> Our office is open Monday to Friday, 9:00-17:00.",
    "> Could you do Wednesday 11 March at 10:00?",
]
DISTRACTORS += [
    Distractor("quoted", header + "\n" + line, QUOTED)
    for header, line in itertools.product(QUOTE_HEADERS, QUOTED_LINES)
]
# Outlook's block over older mail, with the older text below it unquoted
OUTLOOK_BLOCKS = [
    "From: Dana Whitfield\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Alex\nSubject: Application",
    "Von: Dana Whitfield\nGesendet: Dienstag, 3. März 2026 09:14\nAn: Alex\nBetreff: Bewerbung",
    "De : Dana Whitfield\nEnvoyé : mardi 3 mars 2026 09:14\nÀ : Alex\nObjet : Candidature",
    "De: Dana Whitfield\nEnviado el: martes, 3 de marzo de 2026 9:14\nPara: Alex\nAsunto: CV",
    "Da: Dana Whitfield\nInviato: martedì 3 marzo 2026 09:14\nA: Alex\nOggetto: Candidatura",
    "Van: Dana Whitfield\nVerzonden: dinsdag 3 maart 2026 09:14\nAan: Alex\nOnderwerp: CV",
    "De: Dana Whitfield\nEnviada em: terça-feira, 3 de março de 2026 09:14\nPara: Alex\n"
    "Assunto: CV",
    "Od: Dana Whitfield\nWysłano: wtorek, 3 marca 2026 09:14\nDo: Alex\nTemat: Aplikacja",
    "Från: Dana Whitfield\nSkickat: den 3 mars 2026 09:14\nTill: Alex\nÄmne: Ansökan",
    "Kimden: Dana Whitfield\nGönderildi: 3 Mart 2026 Salı 09:14\nKime: Alex\nKonu: Başvuru",
]
OUTLOOK_LINES = [
    "Thank you for your application of 28 February.",
    "Our office is open Monday to Friday, 9:00-17:00.",
]
DISTRACTORS += [
    Distractor("outlook", "_" * 32 + "\n" + block + "\n\n" + line, QUOTED)
    for block, line in itertools.product(OUTLOOK_BLOCKS, OUTLOOK_LINES)
]


def render(template: Template, distractor: Distractor | None) -> str:
    """The body of one probe mail (with no distractor: the template's own mail)."""
    signature = "Dana Whitfield\nHarbourline"
    body = f"{template.greeting}\n\n{template.sentence}\n\n"
    if distractor is not None and distractor.place == PARAGRAPH:
        body += f"{distractor.text}\n\n"
    body += f"{template.closing}\n{signature}\n"
    if distractor is not None and distractor.place == SIGNATURE:
        body += f"{distractor.text}\n"
    if distractor is not None and distractor.place == QUOTED:
        body += f"\n{distractor.text}\n"
    return body


def mail(body: str) -> bytes:
    """A plain-text mail from a recruiter with a fixed Date, so relative days are fixed."""
    message = EmailMessage()
    message["From"] = "Dana Whitfield <dana@harbourline-example.co.uk>"
    message["To"] = "alex@mailbox.example"
    message["Date"] = DATE_HEADER
    message["Subject"] = "Interview / Application"
    message.set_content(body)
    return bytes(message)


def reading(body: str) -> tuple[str, str | None, bool]:
    """What the probe compares: kind, start and whether the reading is claimed (>= 0.5)."""
    parsed = parse_message(mail(body)).to_json_dict()
    start = parsed["start"]
    confidence = parsed["confidence"]
    assert isinstance(confidence, float)
    return str(parsed["kind"]), start if isinstance(start, str) else None, confidence >= 0.5


def misreading(template: Template, distractor: Distractor) -> str | None:
    """How the distractor changed the mail's reading, or None when it did not."""
    before, after = reading(render(template, None)), reading(render(template, distractor))
    if before == after:
        return None
    return f"{before} -> {after}"


def cases() -> Iterator[tuple[Template, Distractor]]:
    """Every template with every distractor."""
    return itertools.product(TEMPLATES, DISTRACTORS)
