"""Write the "parse-neg" batch: mail that looks like an invitation but is not, and the people
fields of forwarded invitations.

Run: .venv/bin/python tests/parsing/corpus/build_parse-neg.py

Replies and threads that only mention a meeting, thank-you notes, refusals and offers with
dates, newsletters, job alerts, webinars, fairs and assessments with deadlines, out-of-office
replies, agendas and minutes, self-scheduling links and recruiters proposing "a call next
week"; employers cancelling or moving an interview; invitations forwarded from Gmail, Outlook
and Apple Mail in several languages with the header artefacts those clients leave. Every
person, company, address and link is made up; where a template's wording is used, the label's
source names it (PROVENANCE-parse-neg.md). Labels were written from the text as a reader
understands it, before the parser was run on it; instants come from zoneinfo. The script only
deletes or writes files of its own families (FAMILIES below), in dev/ or heldout/.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_mail import MONTHS, MONTHS_SHORT, WEEKDAYS, WEEKDAYS_SHORT  # noqa: E402
from build_people import (  # noqa: E402
    BER,
    EN_DAYS,
    EN_MON,
    EN_MONTHS,
    KEY_ORDER,
    LA,
    LON,
    MAD,
    NY,
    PAR,
    POLICY,
    addr,
    at,
    digest,
    hm12,
    quote,
    textpart,
    timed,
)

LICENSE = "written for this corpus (shapes only; no third-party text copied unless named)"
AMS, ROM, STO, SAO = "Europe/Amsterdam", "Europe/Rome", "Europe/Stockholm", "America/Sao_Paulo"
HOOK = ("Afterview", "in+inbox@afterview.example")

# family -> (split, the public shapes it follows)
FAMILIES: dict[str, tuple[str, str]] = {
    "replythread": (
        "dev",
        "Reply threads as mail clients quote them (Gmail 'On ... wrote:' in en/es, Outlook "
        "'From/Sent' and 'Von/Gesendet' blocks, Outlook on the web HTML blockquotes in nl), "
        "as seen in public mailing-list archives; wording ours.",
    ),
    "aftermath": (
        "dev",
        "Mail after an interview: refusals, thank-you notes and offers. Odoo hr_recruitment "
        "'Applicant: Interest' strings from odoo/odoo:addons/hr_recruitment/data/"
        "mail_template_data.xml (LGPL-3.0); the rest in our words after public HR template "
        "collections.",
    ),
    "careernews": (
        "dev",
        "Career newsletters, job alerts, webinar and job-fair announcements and online "
        "assessments with deadlines, in the shapes of job boards' and university career "
        "services' bulk mail (List-Unsubscribe, footers); wording ours.",
    ),
    "autoreply": (
        "dev",
        "Out-of-office replies (RFC 3834 Auto-Submitted: auto-replied) as Exchange, Sieve "
        "vacation and webmail responders send them; wording ours.",
    ),
    "agendas": (
        "dev",
        "Daily agenda digests of calendar tools and meeting minutes circulated by mail; "
        "layout after Google Calendar's and Outlook's agenda mails, wording ours.",
    ),
    "selfbook": (
        "dev",
        "Self-scheduling links (Calendly-style booking pages) and recruiters proposing a "
        "call without a fixed slot; wording ours.",
    ),
    "fwdcheck": (
        "dev",
        "Invitations forwarded by the job seeker from Outlook (en/de/es, including the "
        "'<mailto:...>' and 'Last, First' artefacts of Outlook's plain-text conversion), Gmail "
        "(fr) and Apple Mail (forward as attachment of an ATS mail sent through a bulk-mail "
        "host); wording ours.",
    ),
    "heardback": (
        "dev",
        "Employers cancelling or moving an existing interview, written by hand in en/de/fr/"
        "es/pt-BR; wording ours.",
    ),
    "postinterview": (
        "heldout",
        "Refusals, offers and thank-you notes after an interview in en/de/es/nl; wording ours.",
    ),
    "outreach": (
        "heldout",
        "Recruiter outreach and availability requests with no fixed slot in en/fr/de; "
        "wording ours.",
    ),
    "threadfwd": (
        "heldout",
        "Forwarded threads, auto-replies and employer updates in en/de/fr/it; wording ours.",
    ),
}


# --------------------------------------------------------------------------------------
# MIME


def message(
    key: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    plain: str | None = None,
    html: str | None = None,
    headers: dict[str, str] | None = None,
    in_reply_to: str = "",
    attached: bytes | None = None,
) -> bytes:
    """Serialise one message; plain and/or html body, or a text note with an attached mail."""
    domain = sender[1].split("@", 1)[1]
    body: Message
    if attached is not None:
        body = MIMEMultipart("mixed", boundary=f"=_pn_{digest(key, 'm')[:16]}")
        body.attach(textpart(plain or ""))
        body.attach(MIMEMessage(_parse_bytes(attached)))
    elif plain is not None and html is not None:
        body = MIMEMultipart("alternative", boundary=f"=_pn_{digest(key, 'b')[:16]}")
        body.attach(textpart(plain))
        body.attach(textpart(html, "html"))
    elif html is not None:
        body = textpart(html, "html")
    else:
        body = textpart(plain or "")
    existing = list(body.items())
    for name in list(body.keys()):
        del body[name]
    body["Date"] = format_datetime(sent)
    body["From"] = addr(sender)
    body["To"] = addr(to)
    body["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    body["Message-ID"] = f"<{digest(key, 'mid')}@{domain}>"
    if in_reply_to:
        parent = f"<{digest(in_reply_to, 'mid')}@{domain}>"
        body["In-Reply-To"] = parent
        body["References"] = parent
    for name, value in (headers or {}).items():
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            body[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(body)
    return buffer.getvalue()


def _parse_bytes(raw: bytes) -> Message:
    from email import message_from_bytes
    from email.policy import compat32

    return message_from_bytes(raw, policy=compat32)


def person(name: str, email: str) -> tuple[str, str]:
    return (name, email)


FR_DAYS, FR_MON = WEEKDAYS_SHORT["fr"], MONTHS_SHORT["fr"]
DE_DAYS, DE_MONTHS = WEEKDAYS["de"], MONTHS["de"]
ES_DAYS, ES_MONTHS, ES_SHORT = WEEKDAYS["es"], MONTHS["es"], WEEKDAYS_SHORT["es"]
NL_DAYS, NL_MONTHS = WEEKDAYS["nl"], MONTHS["nl"]
IT_DAYS, IT_MONTHS = WEEKDAYS["it"], MONTHS["it"]


def outlook_block(lang: str, sender: str, sent: datetime, to: str, subject: str) -> str:
    """The header block Outlook puts above a forwarded or replied-to message."""
    if lang == "en":
        when = (
            f"{EN_DAYS[sent.weekday()]}, {EN_MONTHS.split()[sent.month - 1]} {sent.day}, "
            f"{sent.year} {hm12(sent)}"
        )
        return f"From: {sender}\nSent: {when}\nTo: {to}\nSubject: {subject}\n"
    if lang == "de":
        when = (
            f"{DE_DAYS[sent.weekday()]}, {sent.day}. {DE_MONTHS[sent.month - 1]} "
            f"{sent.year} {sent:%H:%M}"
        )
        return f"Von: {sender}\nGesendet: {when}\nAn: {to}\nBetreff: {subject}\n"
    if lang == "es":
        when = (
            f"{ES_DAYS[sent.weekday()]}, {sent.day} de {ES_MONTHS[sent.month - 1]} "
            f"de {sent.year} {sent:%H:%M}"
        )
        return f"De: {sender}\nEnviado el: {when}\nPara: {to}\nAsunto: {subject}\n"
    if lang == "nl":
        when = (
            f"{NL_DAYS[sent.weekday()]} {sent.day} {NL_MONTHS[sent.month - 1]} "
            f"{sent.year} {sent:%H:%M}"
        )
        return f"Van: {sender}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subject}\n"
    if lang == "it":
        when = (
            f"{IT_DAYS[sent.weekday()]} {sent.day} {IT_MONTHS[sent.month - 1]} "
            f"{sent.year} {sent:%H:%M}"
        )
        return f"Da: {sender}\nInviato: {when}\nA: {to}\nOggetto: {subject}\n"
    raise ValueError(lang)


def gmail_wrote(lang: str, name: str, email: str, sent: datetime) -> str:
    """The attribution line Gmail writes above quoted text."""
    if lang == "en":
        return (
            f"On {EN_DAYS[sent.weekday()][:3]}, {EN_MON[sent.month - 1]} {sent.day}, {sent.year} "
            f"at {hm12(sent)} {name} <{email}> wrote:"
        )
    if lang == "es":
        month = ES_MONTHS[sent.month - 1][:3]
        return (
            f"El {ES_SHORT[sent.weekday()]}, {sent.day} {month} {sent.year} a las "
            f"{sent:%H:%M}, {name} (<{email}>) escribió:"
        )
    if lang == "fr":
        return (
            f"Le {FR_DAYS[sent.weekday()]} {sent.day} {FR_MON[sent.month - 1]} {sent.year} à "
            f"{sent:%H:%M}, {name} <{email}> a écrit :"
        )
    raise ValueError(lang)


@dataclass
class Case:
    family: str
    name: str
    raw: bytes
    label: dict[str, object]
    language: str
    note: str
    template: str = ""

    @property
    def filename(self) -> str:
        return f"{self.family}__{self.name}.eml"

    @property
    def split(self) -> str:
        return FAMILIES[self.family][0]


def case(
    fam: str,
    name: str,
    raw: bytes,
    lang: str,
    note: str,
    kind: str | None,
    template: str = "",
    **keys: object,
) -> Case:
    label: dict[str, object] = {}
    if kind:
        label["kind"] = kind
    times = keys.pop("times", None)
    if isinstance(times, dict):
        label.update(times)
    label.update(keys)
    return Case(fam, name, raw, label, lang, note, template)


BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://lists.example/unsub>"}
AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


# --------------------------------------------------------------------------------------
# dev: replies and threads that mention a meeting


def replythread() -> Iterator[Case]:
    fam = "replythread"
    cand = person("Tom Reyes", "tom.reyes@fastpost.example")
    rec = person("Priya Natarajan", "priya.natarajan@harrowgate-bio.example")
    invite_sent = at(2026, 3, 4, 11, 15, NY)
    accept_sent = at(2026, 3, 4, 18, 2, NY)
    sent = at(2026, 3, 5, 17, 20, NY)
    at(2026, 3, 10, 10, 0, NY, "Tue")
    invite = (
        "Hi Tom,\n\nThank you for your time on the phone screen. We'd like to invite you on "
        "site for the Senior Lab Automation Engineer role on Tuesday, March 10 at 10:00 AM ET "
        "(about three hours, lunch included) at 400 Fenwick Street, Cambridge.\n\nPlease reply "
        "to confirm.\n\nBest,\nPriya"
    )
    accept = "Hi Priya,\n\nTuesday at 10 works perfectly. See you then.\n\nTom"
    body = (
        "Hi Tom,\n\nThanks for confirming, and glad the directions helped. Nothing else is "
        "needed from you before then - just bring a photo ID for the front desk.\n\nPriya\n\n"
        f"{gmail_wrote('en', cand[0], cand[1], accept_sent)}\n"
        + quote(f"{accept}\n\n{gmail_wrote('en', rec[0], rec[1], invite_sent)}\n" + quote(invite))
        + "\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Re: On-site interview - Senior Lab Automation Engineer",
        sent=sent,
        plain=body,
        in_reply_to=f"{fam}/1p",
    )
    yield case(
        fam,
        "en_thanks_for_confirming_quoted_slot",
        raw,
        "en",
        "Recruiter acknowledges the candidate's confirmation; the slot appears only two "
        "quote levels down. Nothing new is scheduled by this mail.",
        "not_invitation",
    )

    cand = person("Hannah Ogle", "hannah.ogle@letterbox.example")
    rec = person("James Whitcombe", "james.whitcombe@larkfield-insurance.example")
    invite_sent = at(2026, 3, 9, 9, 2, LON)
    sent = at(2026, 3, 13, 9, 40, LON)
    at(2026, 3, 12, 14, 0, LON, "Thu")
    quoted = outlook_block(
        "en",
        f"{rec[0]} <{rec[1]}>",
        invite_sent,
        f"{cand[0]} <{cand[1]}>",
        "Interview invitation - Claims Analyst",
    )
    body = (
        "Dear Hannah,\n\nThank you for taking the time to speak with Ruth and me yesterday. "
        "We enjoyed hearing about your work on the subrogation backlog.\n\nWe are meeting the "
        "last candidates next week and will be in touch by the end of the month.\n\nKind "
        "regards,\nJames Whitcombe\nTalent Acquisition Partner | Larkfield Insurance\n\n"
        "________________________________\n"
        f"{quoted}\nDear Hannah,\n\nWe would like to invite you to an interview for the Claims "
        "Analyst position on Thursday 12 March at 14:00 GMT at our Leeds office (45 minutes).\n"
        "\nKind regards,\nJames\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="RE: Interview invitation - Claims Analyst",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "en_thanks_for_yesterday_outlook_quote",
        raw,
        "en",
        "Thank-you the day after the interview; the invitation (Thursday 12 March 14:00 GMT) "
        "is quoted below an Outlook header block and lies before the Date header.",
        "not_invitation",
    )

    cand = person("Felix Baumann", "felix.baumann@webmail.example")
    rec = person("Sabine Krüger", "s.krueger@rheinstahl-werkzeuge.example")
    invite_sent = at(2026, 3, 2, 9, 12, BER)
    sent = at(2026, 3, 9, 15, 31, BER)
    at(2026, 3, 11, 14, 0, BER, "Wed")
    quoted = outlook_block(
        "de",
        f"Krüger, Sabine <{rec[1]}>",
        invite_sent,
        f"Felix Baumann <{cand[1]}>",
        "Einladung zum Vorstellungsgespräch",
    )
    body = (
        "Hallo Herr Baumann,\n\nja, Sie können gerne auf dem Besucherparkplatz P2 direkt vor "
        "Tor 3 parken. Melden Sie sich bitte am Empfang, ich hole Sie dort ab.\n\nBis "
        "Mittwoch!\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalreferentin\n\n"
        "Rheinstahl Werkzeuge GmbH | Industriestraße 12 | 42699 Solingen\nGeschäftsführer: "
        "Dr. Uwe Hollmann | Amtsgericht Wuppertal HRB 12345\n\nDiese E-Mail enthält "
        "vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
        "Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n"
        f"-----Ursprüngliche Nachricht-----\n{quoted}\nSehr geehrter Herr Baumann,\n\nwir "
        "laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, den 11. März 2026 um "
        "14:00 Uhr in unser Werk in Solingen ein.\n\nMit freundlichen Grüßen\nSabine Krüger\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="AW: Einladung zum Vorstellungsgespräch",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "de_aw_parkplatz_quoted_invite",
        raw,
        "de",
        "HR answers a parking question ('Bis Mittwoch!'); the interview time is only in the "
        "quoted original under '-----Ursprüngliche Nachricht-----'. No new slot.",
        "not_invitation",
    )

    cand = person("Diego Salas", "diego.salas@correo.example")
    rec = person("Lucía Ferrer", "lucia.ferrer@grupo-aurea.example")
    quoted_sent = at(2026, 4, 13, 10, 3, MAD)
    sent = at(2026, 4, 20, 12, 48, MAD)
    at(2026, 4, 16, 10, 0, MAD, "Thu")
    body = (
        "Hola Diego:\n\nGracias de nuevo por venir el jueves. El equipo está valorando las "
        "candidaturas y le escribiremos antes del viernes 24 con una respuesta.\n\nUn saludo,"
        "\nLucía Ferrer\nSelección de Personal · Grupo Áurea\n\n"
        f"{gmail_wrote('es', rec[0], rec[1], quoted_sent)}\n"
        + quote(
            "Hola Diego:\n\nTal como hablamos, le proponemos el jueves a las 10:00 en nuestras "
            "oficinas de la calle Alcalá 212, 3.ª planta. Pregunte por mí en recepción.\n\n"
            "Un saludo,\nLucía"
        )
        + "\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Re: Entrevista - Técnico de Compras",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "es_gracias_jueves_quoted_weekday",
        raw,
        "es",
        "Reply a week after the interview. The quoted mail (13 April) says 'el jueves a las "
        "10:00', which is 16 April against the quoted date; read against the reply's date it "
        "would wrongly become 23 April.",
        "not_invitation",
    )

    cand = person("Noor Haddad", "noor.haddad@mailbox.example")
    rec = person("Ellen Verbeek", "ellen.verbeek@kanaalzicht-zorg.example")
    invite_sent = at(2026, 3, 10, 16, 4, AMS)
    sent = at(2026, 3, 18, 10, 12, AMS)
    at(2026, 3, 17, 15, 30, AMS, "Tue")
    block = outlook_block(
        "nl",
        f"Ellen Verbeek &lt;{rec[1]}&gt;",
        invite_sent,
        f"Noor Haddad &lt;{cand[1]}&gt;",
        "Uitnodiging sollicitatiegesprek",
    ).replace("\n", "<br>\n")
    html = (
        '<html><body><div style="font-family:Calibri,sans-serif">Beste Noor,<br><br>Bedankt '
        "voor het fijne gesprek van gisteren. We hebben deze week nog twee gesprekken; uiterlijk "
        "27 maart laten we je weten hoe het verder gaat.<br><br>Met vriendelijke groet,<br>Ellen "
        'Verbeek<br>Recruiter | Kanaalzicht Zorg</div>\n<hr>\n<div id="divRplyFwdMsg">'
        f'{block}</div>\n<blockquote style="margin-left:8px">Beste Noor,<br><br>Graag '
        "nodigen we je uit voor een sollicitatiegesprek op dinsdag 17 maart om 15:30 uur op "
        "onze locatie in Zwolle.<br><br>Groet,<br>Ellen</blockquote></body></html>"
    )
    raw = message(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="RE: Uitnodiging sollicitatiegesprek",
        sent=sent,
        html=html,
    )
    yield case(
        fam,
        "nl_bedankt_gisteren_html_only",
        raw,
        "nl",
        "HTML-only Outlook on the web reply: thanks for yesterday's talk; the invitation for "
        "dinsdag 17 maart 15:30 (the day before the Date header) is in a blockquote.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# dev: after the interview


ODOO_TEMPLATE = (
    "odoo/odoo:addons/hr_recruitment/data/mail_template_data.xml "
    "(email_template_data_applicant_interest)@01978895eddb45978a48f8740a3f9a75d016f342"
)


def aftermath() -> Iterator[Case]:
    fam = "aftermath"
    cand = person("Grace Ansah", "grace.ansah@inbox.example")
    rec = person("Laura Kim", "laura.kim@meridian-analytics.example")
    sent = at(2026, 3, 19, 16, 5, NY)
    at(2026, 3, 12, 14, 0, NY, "Thu")
    body = (
        "Hi Grace,\n\nThank you for meeting with our panel on Thursday, March 12 at 2:00 PM ET "
        "and for the thoughtful case presentation.\n\nAfter a lot of discussion we have decided "
        "to move forward with another candidate whose experience is closer to our current "
        "needs. This was a difficult decision.\n\nIf you'd find it useful, I'm happy to share "
        "some feedback on a short call - just reply and let me know.\n\nAll the best,\nLaura Kim"
        "\nRecruiting Lead, Meridian Analytics\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Your application - Senior Data Analyst",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "en_rejection_names_past_panel",
        raw,
        "en",
        "Refusal that names the past panel (Thursday, March 12 at 2:00 PM ET) and offers an "
        "unscheduled feedback call.",
        "not_invitation",
    )

    cand = person("Jana Wolf", "jana.wolf@mailer.example")
    rec = person("Markus Heller", "bewerbung@heller-logistik.example")
    sent = at(2026, 3, 3, 10, 44, BER)
    body = (
        "Sehr geehrte Frau Wolf,\n\nvielen Dank für das angenehme Gespräch am 24.02.2026 um "
        "10:00 Uhr und das Interesse an unserem Unternehmen.\n\nNach sorgfältiger Abwägung "
        "müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden "
        "haben. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.\n\nWir wünschen "
        "Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\n"
        "Markus Heller\nHeller Logistik GmbH & Co. KG\n\nSitz der Gesellschaft: Bremen, "
        "Registergericht: Amtsgericht Bremen HRA 9876\nDatenschutzhinweise: "
        "https://heller-logistik.example/datenschutz\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Ihre Bewerbung als Disponentin",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "de_absage_nach_gespraech",
        raw,
        "de",
        "Refusal after an interview on 24.02.2026 at 10:00 (before the Date header), with a "
        "register/privacy footer.",
        "not_invitation",
    )

    cand = person("Mina Park", "mina.park@pmail.example")
    rec = person("Oscar Lindgren", "oscar@fernbrook.example")
    sent = at(2026, 3, 13, 11, 30, LA)
    at(2026, 4, 6, 9, 0, LA, "Mon")
    at(2026, 3, 20, 17, 0, LA, "Fri")
    plain = (
        "Hi Mina,\n\nOn behalf of everyone at Fernbrook, I'm delighted to offer you the position "
        "of Product Designer!\n\nYour offer letter is attached. The highlights:\n- Start date: "
        "Monday, April 6, 2026 - please come to reception at 9:00 AM\n- Base salary: $128,000\n"
        "- Manager: Ana Duarte\n\nPlease sign through DocuSign by Friday, March 20 at 5:00 PM PT."
        " If you have any questions, grab 15 minutes on my calendar any time.\n\nWelcome "
        "aboard (we hope)!\nOscar Lindgren\nHead of People, Fernbrook\n"
    )
    html = (
        "<html><body><p>Hi Mina,</p><p>On behalf of everyone at Fernbrook, I'm delighted to "
        "offer you the position of <b>Product Designer</b>!</p><p>Your offer letter is "
        "attached. The highlights:</p><ul><li>Start date: Monday, April 6, 2026 - please come "
        "to reception at 9:00 AM</li><li>Base salary: $128,000</li><li>Manager: Ana Duarte</li>"
        "</ul><p>Please sign through DocuSign by <b>Friday, March 20 at 5:00 PM PT</b>. If you "
        "have any questions, grab 15 minutes on my calendar any time.</p><p>Welcome aboard (we "
        "hope)!<br>Oscar Lindgren<br>Head of People, Fernbrook</p></body></html>"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Your offer from Fernbrook",
        sent=sent,
        plain=plain,
        html=html,
    )
    yield case(
        fam,
        "en_offer_start_date_sign_by",
        raw,
        "en",
        "Offer with a first day (Monday, April 6, 9:00 AM) and a signing deadline; no interview.",
        "not_invitation",
    )

    cand = person("Camille Roux", "camille.roux@courriel.example")
    rec = person("Julien Marchand", "j.marchand@voltaire-conseil.example")
    sent = at(2026, 3, 11, 9, 15, PAR)
    at(2026, 3, 10, 14, 0, PAR, "Tue")
    body = (
        "Bonjour Camille,\n\nMerci pour votre temps lors de notre entretien du mardi 10 mars à "
        "14h. Nous avons apprécié votre présentation du projet de refonte.\n\nNous finalisons "
        "les échanges avec les autres candidats et reviendrons vers vous d'ici le 20 mars.\n\n"
        "Bien cordialement,\nJulien Marchand\nResponsable recrutement\nVoltaire Conseil\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Suite à notre entretien",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "fr_merci_entretien_veille",
        raw,
        "fr",
        "Thank-you the day after 'notre entretien du mardi 10 mars à 14h'; promises news by "
        "20 March.",
        "not_invitation",
    )

    cand = person("Rafael Souza", "rafael.souza@caixa.example")
    rec = person("Beatriz Lima", "beatriz.lima@verdemar-tech.example")
    sent = at(2026, 3, 16, 14, 20, SAO)
    body = (
        "Olá Rafael,\n\nTemos o prazer de lhe oferecer a vaga de Analista de Dados Sênior na "
        "Verdemar Tech!\n\nResumo da proposta:\n- Início: 01/04/2026, às 9h, na recepção do "
        "escritório da Av. Paulista\n- Regime: CLT, híbrido\n\nPor favor, responda até "
        "25/03/2026 confirmando o aceite.\n\nAbraços,\nBeatriz Lima\nPeople & Culture\n"
    )
    raw = message(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Proposta de trabalho - Verdemar Tech",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "ptbr_proposta_inicio",
        raw,
        "pt-BR",
        "Offer with a start day and hour (01/04/2026, às 9h) and a reply-by date.",
        "not_invitation",
    )

    cand = person("Ivan Petrov", "ivan.petrov@post.example")
    rec = person("Talent Team", "jobs@corvane-systems.example")
    sent = at(2026, 2, 24, 8, 5, LON)
    html = (
        '<table border="0" cellpadding="0" cellspacing="0" width="590"><tr><td>'
        '<div style="text-align: center"><h2>Congratulations!</h2><div style="color:grey;">'
        'Your resume has been positively reviewed.</div></div><div style="font-size: 13px;">'
        "We just reviewed your resume, and it caught our attention. As we think you might be "
        "great for the position, your application has been short listed for a call or an "
        "interview.<br/><br/>You will soon be contacted by:<br/><strong>Aisha Morgan</strong>"
        "<br/><span>Email: aisha.morgan@corvane-systems.example</span><br/><span>Phone: +44 "
        '20 7946 0321</span><br/><br/>See you soon,<div style="font-size: 11px; color: grey;">'
        "-- <br/>The HR Team</div><hr/><h3><strong>What is the next step?</strong></h3>We "
        "usually <strong>answer applications within a few days</strong>.<br/><br/>The next "
        "step is either a call or a meeting in our offices.<br/>Feel free to <strong>contact "
        "us if you want a faster feedback</strong> or if you don't get news from us quickly "
        "enough (just reply to this email).<br/><hr/><strong>Corvane Systems Ltd</strong><br/>"
        "12 Tabernacle Street<br/>London, EC2A 4LU<br/>United Kingdom</div></td></tr></table>"
    )
    raw = message(
        f"{fam}/6",
        sender=rec,
        to=cand,
        subject="Your Job Application: Site Reliability Engineer",
        sent=sent,
        html=html,
    )
    yield case(
        fam,
        "odoo_interest_en_html",
        raw,
        "en",
        "Odoo 'Applicant: Interest' (HTML only): shortlisted 'for a call or an interview', no "
        "date or time.",
        "not_invitation",
        template=ODOO_TEMPLATE,
    )


# --------------------------------------------------------------------------------------
# dev: newsletters, alerts, webinars, fairs, assessments


def careernews() -> Iterator[Case]:
    fam = "careernews"
    cand = person("Leo Hart", "leo.hart@inbox.example")
    sender = person("CareerLadder Weekly", "newsletter@careerladder.example")
    sent = at(2026, 3, 6, 7, 0, NY)
    at(2026, 3, 12, 18, 0, NY, "Thu")
    plain = (
        "CareerLadder Weekly - Issue #142\n\n5 interview questions you should be ready for\n"
        "1. Tell me about a time you disagreed with your manager.\n2. What would you do in "
        "your first 90 days?\n...\n\nLIVE Q&A: Ace your next interview\nJoin our recruiters live "
        "on Thursday, March 12 at 6:00 PM ET. Bring your questions!\nSave your seat: "
        "https://careerladder.example/live/142\n\nYou're receiving this because you subscribed "
        "at careerladder.example. Unsubscribe: https://careerladder.example/u/8f2c\n"
    )
    raw = message(
        f"{fam}/1",
        sender=sender,
        to=cand,
        subject="Ace your next interview + live Q&A this Thursday",
        sent=sent,
        plain=plain,
        headers=BULK,
    )
    yield case(
        fam,
        "en_tips_newsletter_live_qa",
        raw,
        "en",
        "Interview-tips newsletter announcing a live Q&A (Thursday, March 12, 6:00 PM ET) "
        "with a sign-up link.",
        "not_invitation",
    )

    cand = person("Sophie Lang", "sophie.lang@mailbox.example")
    sender = person("Jobfinder Suchagent", "suchagent@jobfinder-karriere.example")
    sent = at(2026, 3, 30, 6, 30, BER)
    html = (
        "<html><body><h1>3 neue Jobs für Ihren Suchauftrag „Projektmanagerin Köln“</h1>"
        "<table><tr><td><b>Projektmanagerin Digitalisierung (m/w/d)</b><br>Stadtwerke Köln-Süd"
        "<br>Bewerbungsfrist: 15.04.2026<br>Vorstellungsgespräche voraussichtlich ab KW 17</td>"
        "</tr><tr><td><b>Junior Projektmanagerin Events</b><br>Messe Rheinland GmbH<br>Eintritt "
        "zum 01.06.2026</td></tr><tr><td><b>Projektleitung Bau (m/w/d)</b><br>Kranz Bau AG<br>"
        "Bewerben bis 30.04.2026, 23:59 Uhr</td></tr></table><p>Jetzt bewerben und "
        "Einladung zum Vorstellungsgespräch sichern!</p><p><small>Sie erhalten diese E-Mail, "
        'weil Sie einen Suchauftrag angelegt haben. <a href="https://jobfinder-karriere.'
        'example/abmelden">Abmelden</a></small></p></body></html>'
    )
    raw = message(
        f"{fam}/2",
        sender=sender,
        to=cand,
        subject="3 neue Jobs: Projektmanagerin Köln",
        sent=sent,
        html=html,
        headers=BULK,
    )
    yield case(
        fam,
        "de_jobalert_html_fristen",
        raw,
        "de",
        "HTML-only job alert with application deadlines (one with 23:59 Uhr) and 'Einladung "
        "zum Vorstellungsgespräch' as a marketing phrase.",
        "not_invitation",
    )

    cand = person("Inès Garnier", "ines.garnier@courriel.example")
    sender = person("Service Carrières - Université de Lyonnais", "carrieres@univ-lyonnais.example")
    sent = at(2026, 3, 9, 9, 0, PAR)
    at(2026, 3, 17, 12, 30, PAR, "Tue")
    plain = (
        "Bonjour,\n\nLe Service Carrières vous invite à son prochain webinaire :\n\n"
        "« Réussir son entretien d'embauche »\nMardi 17 mars 2026, de 12h30 à 13h30 (heure de "
        "Paris), en ligne\n\nAu programme : préparer ses exemples, répondre aux questions "
        "difficiles, négocier son salaire.\n\nInscription obligatoire avant le 16 mars : "
        "https://univ-lyonnais.example/webinaires/entretien\n\nÀ bientôt,\nL'équipe du Service "
        "Carrières\n\nPour ne plus recevoir nos informations, cliquez ici.\n"
    )
    raw = message(
        f"{fam}/3",
        sender=sender,
        to=cand,
        subject="Webinaire : réussir son entretien d'embauche - mardi 17 mars",
        sent=sent,
        plain=plain,
        headers=BULK,
    )
    yield case(
        fam,
        "fr_webinaire_entretien",
        raw,
        "fr",
        "University careers-service webinar 'Réussir son entretien d'embauche', mardi 17 mars "
        "12h30-13h30 (heure de Paris), registration required.",
        "not_invitation",
    )

    cand = person("Pablo Ortega", "pablo.ortega@correo.example")
    sender = person("Empleo Joven Valencia", "info@empleojoven-valencia.example")
    sent = at(2026, 3, 24, 10, 0, MAD)
    at(2026, 4, 9, 10, 0, MAD, "Thu")
    plain = (
        "¡Hola Pablo!\n\nTe invitamos a la Feria de Empleo Joven 2026:\n\nJueves 9 de abril de "
        "2026, de 10:00 a 16:00 h\nPalacio de Congresos de Valencia\n\nMás de 40 empresas "
        "harán entrevistas in situ. Trae varias copias de tu CV.\n\nRegístrate gratis: "
        "https://empleojoven-valencia.example/feria\n\nSi no quieres recibir más correos, "
        "date de baja aquí.\n"
    )
    raw = message(
        f"{fam}/4",
        sender=sender,
        to=cand,
        subject="Te invitamos a la Feria de Empleo Joven - 9 de abril",
        sent=sent,
        plain=plain,
        headers=BULK,
    )
    yield case(
        fam,
        "es_feria_empleo_entrevistas",
        raw,
        "es",
        "Job fair announcement (jueves 9 de abril, 10:00-16:00) promising on-site interviews; "
        "'Te invitamos' in the subject.",
        "not_invitation",
    )

    cand = person("Arjun Mehta", "arjun.mehta@devmail.example")
    sender = person("Quantive Hiring via CodeAssess", "no-reply@codeassess.example")
    sent = at(2026, 3, 5, 13, 0, LA)
    plain = (
        "Hi Arjun,\n\nQuantive has invited you to complete an online coding assessment for "
        "the Software Engineer II position.\n\nTest: Backend Fundamentals (3 questions)\n"
        "Duration: 90 minutes once started\nDeadline: March 12, 2026, 11:59 PM PST\n\nStart "
        "your test: https://codeassess.example/t/q7x2k\n\nYou can take the test at any time "
        "before the deadline. Good luck!\n\nThe CodeAssess team on behalf of Quantive\n"
    )
    raw = message(
        f"{fam}/5",
        sender=sender,
        to=cand,
        subject="Quantive invites you to a coding assessment",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_assessment_deadline_90_minutes",
        raw,
        "en",
        "Online assessment 'invited ... to complete' with a deadline (March 12, 11:59 PM PST) "
        "and a duration; take it any time.",
        "not_invitation",
    )

    cand = person("Elin Berg", "elin.berg@post.example")
    sender = person("Karriärcenter Norrsund", "karriar@norrsund-hogskola.example")
    sent = at(2026, 3, 10, 8, 0, STO)
    at(2026, 3, 18, 12, 0, STO, "Wed")
    plain = (
        "Hej Elin!\n\nVälkommen till vårt webbinarium:\n\nSå lyckas du på "
        "anställningsintervjun\nOnsdag 18 mars kl. 12.00-12.45, via Zoom\n\nVi går igenom "
        "vanliga intervjufrågor och hur du förbereder dig. Anmäl dig senast 17 mars: "
        "https://norrsund-hogskola.example/karriar/webbinarier\n\nVänliga hälsningar\n"
        "Karriärcenter, Norrsunds högskola\n\nAvregistrera dig från nyhetsbrevet här.\n"
    )
    raw = message(
        f"{fam}/6",
        sender=sender,
        to=cand,
        subject="Webbinarium: Så lyckas du på anställningsintervjun",
        sent=sent,
        plain=plain,
        headers=BULK,
    )
    yield case(
        fam,
        "sv_webbinarium_intervju",
        raw,
        "sv",
        "Swedish careers-centre webinar about interviews, onsdag 18 mars kl. 12.00-12.45, "
        "registration by 17 March.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# dev: out-of-office replies


def autoreply() -> Iterator[Case]:
    fam = "autoreply"
    cand = person("Zoe Mills", "zoe.mills@inbox.example")
    rec = person("Daniel Osei", "daniel.osei@brightwell-partners.example")
    sent = at(2026, 3, 4, 14, 2, NY)
    at(2026, 3, 9, 9, 0, NY, "Mon")
    plain = (
        "Thank you for your email. I'm out of the office until Monday, March 9, with limited "
        "access to email. I'll reply after 9:00 AM on Monday.\n\nFor interview scheduling, "
        "please contact recruiting@brightwell-partners.example.\n\nDaniel Osei\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Automatic reply: Interview availability",
        sent=sent,
        plain=plain,
        headers=AUTO,
    )
    yield case(
        fam,
        "en_automatic_reply_back_monday",
        raw,
        "en",
        "Exchange out-of-office reply: back Monday, March 9, will reply after 9:00 AM; "
        "mentions interview scheduling.",
        "not_invitation",
    )

    cand = person("Lukas Brenner", "lukas.brenner@webmail.example")
    rec = person("Petra Vogel", "petra.vogel@sonnenfeld-kliniken.example")
    sent = at(2026, 3, 16, 11, 20, BER)
    plain = (
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 20.03.2026 nicht im "
        "Büro. Ab Montag, 23.03.2026, 08:00 Uhr bin ich wieder für Sie erreichbar.\n\nIn "
        "dringenden Fällen zu Vorstellungsgesprächen wenden Sie sich bitte an Frau Albers "
        "(karriere@sonnenfeld-kliniken.example).\n\nMit freundlichen Grüßen\nPetra Vogel\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Abwesenheitsnotiz: Rückfrage zum Vorstellungsgespräch",
        sent=sent,
        plain=plain,
        headers=AUTO,
    )
    yield case(
        fam,
        "de_abwesenheitsnotiz",
        raw,
        "de",
        "German out-of-office note: away until 20.03, reachable again 'Montag, 23.03.2026, "
        "08:00 Uhr'.",
        "not_invitation",
    )

    cand = person("Giulia Conti", "giulia.conti@posta.example")
    rec = person("Marco Rinaldi", "m.rinaldi@lagunatech.example")
    sent = at(2026, 4, 2, 17, 45, ROM)
    plain = (
        "Gentile mittente,\n\nsono fuori ufficio fino a venerdì 10 aprile compreso, con accesso "
        "limitato alla posta. Risponderò al mio rientro, lunedì 13 aprile dalle 9:00.\n\nPer "
        "i colloqui già fissati scrivere a selezione@lagunatech.example.\n\nCordiali saluti\n"
        "Marco Rinaldi\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Risposta automatica: colloquio",
        sent=sent,
        plain=plain,
        headers=AUTO,
    )
    yield case(
        fam,
        "it_risposta_automatica",
        raw,
        "it",
        "Italian auto-reply: out until venerdì 10 aprile, back lunedì 13 aprile dalle 9:00.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# dev: agendas and minutes


def agendas() -> Iterator[Case]:
    fam = "agendas"
    cand = person("Maya Chen", "maya.chen@gmail.example")
    sender = person("Google Calendar", "calendar-notification@google.example")
    sent = at(2026, 3, 10, 5, 0, NY)
    plain = (
        "Daily agenda for maya.chen@gmail.example\nTuesday March 10, 2026\n\n"
        "10am - 10:45am  Phone screen: Brightline (Maya / Jordan Lee)\n"
        "12pm - 1pm  Lunch with Sam\n3pm - 4pm  Dentist\n\n"
        "View your calendar at https://calendar.google.example/calendar/\n\nInvitation from "
        "Google Calendar. You are receiving this email because you enabled daily agendas.\n"
    )
    raw = message(
        f"{fam}/1",
        sender=sender,
        to=cand,
        subject="Daily agenda for Tuesday, March 10, 2026",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_daily_agenda_digest",
        raw,
        "en",
        "Calendar daily agenda listing a phone screen among other events: a digest of things "
        "already in the calendar.",
        "not_invitation",
    )

    cand = person("Tariq Aziz", "tariq.aziz@mailbox.example")
    sender = person("Ruth Allen", "ruth.allen@openmeadow.example")
    sent = at(2026, 3, 9, 17, 10, LON)
    plain = (
        "Hi all,\n\nMinutes of the volunteer hiring panel, Monday 9 March 2026, 14:00-15:00\n"
        "Present: Ruth, Tariq, Ewa, Malik\n\n1. Shortlist for the Community Coordinator role "
        "agreed (4 candidates).\n2. Interviews to be held the week of 23 March; Ewa to send "
        "invitations.\n3. AOB: none.\n\nNext meeting: Monday 16 March 2026, 14:00, Room 2 / "
        "Jitsi.\n\nRuth\n"
    )
    raw = message(
        f"{fam}/2",
        sender=sender,
        to=cand,
        subject="Minutes: hiring panel 9 March",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_minutes_hiring_panel",
        raw,
        "en",
        "Minutes of a hiring panel with the next meeting's date and time; the reader is a "
        "panel member, not being invited to an interview.",
        "not_invitation",
    )

    cand = person("Anna Schmitt", "anna.schmitt@posteo.example")
    sender = person("Kalender", "kalender-noreply@mailhaus.example")
    sent = at(2026, 3, 18, 6, 0, BER)
    html = (
        "<html><body><h2>Ihre Termine heute, Mittwoch, 18. März 2026</h2><table>"
        "<tr><td>09:00–09:15</td><td>Daily Stand-up</td></tr>"
        "<tr><td>14:00–15:00</td><td>Vorstellungsgespräch Nordlicht Software (Teams)</td></tr>"
        "<tr><td>18:30–19:30</td><td>Yoga</td></tr></table><p>Diese Übersicht wird täglich "
        'um 6 Uhr versendet. <a href="https://mailhaus.example/kalender/einstellungen">'
        "Einstellungen</a></p></body></html>"
    )
    raw = message(
        f"{fam}/3",
        sender=sender,
        to=cand,
        subject="Ihre Termine heute",
        sent=sent,
        html=html,
    )
    yield case(
        fam,
        "de_termine_heute_html",
        raw,
        "de",
        "HTML daily overview 'Ihre Termine heute' from a webmail calendar; one row is an "
        "interview already in the calendar.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# dev: self-scheduling and outreach without a slot


def selfbook() -> Iterator[Case]:
    fam = "selfbook"
    cand = person("Ben Carter", "ben.carter@inbox.example")
    rec = person("Nadia Rahman", "nadia.rahman@stackhollow.example")
    sent = at(2026, 3, 3, 10, 20, NY)
    plain = (
        "Hi Ben,\n\nThanks for applying to the Solutions Engineer role at Stackhollow! We'd "
        "love to set up a 30-minute intro interview.\n\nPlease pick a time that suits you this "
        "week or next using my booking page:\nhttps://calendly.example/nadia-rahman/30min\n\n"
        "Once you've booked, you'll get a calendar invite with the Zoom link.\n\nBest,\nNadia\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Next step: schedule your interview with Stackhollow",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_booking_page_pick_a_time",
        raw,
        "en",
        "Invitation to book a 30-minute interview through a booking page; no slot yet.",
        "not_invitation",
    )

    cand = person("Moritz Keller", "moritz.keller@mailer.example")
    rec = person("Julia Hartmann", "julia.hartmann@alpenblick-versicherung.example")
    sent = at(2026, 3, 11, 13, 5, BER)
    plain = (
        "Guten Tag Herr Keller,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie in "
        "einem ersten Telefoninterview (ca. 30 Minuten) kennenlernen.\n\nBitte buchen Sie über "
        "folgenden Link einen Termin im Zeitraum vom 16. bis 20. März zwischen 9:00 und 17:00 "
        "Uhr: https://termine.alpenblick-versicherung.example/buchen/hr-12\n\nMit "
        "freundlichen Grüßen\nJulia Hartmann\nRecruiting\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Terminvereinbarung Telefoninterview",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "de_termin_buchen_zeitraum",
        raw,
        "de",
        "Asks the candidate to book a phone interview via a link within a window (16-20 March, "
        "9:00-17:00 Uhr).",
        "not_invitation",
    )

    cand = person("Chloe Nguyen", "chloe.nguyen@pmail.example")
    rec = person("Ryan Doyle", "ryan@northstar-search.example")
    sent = at(2026, 3, 5, 15, 40, NY)
    plain = (
        "Hi Chloe,\n\nI came across your profile and think you'd be a strong fit for a Staff "
        "Frontend Engineer opening with one of my clients, a Series C fintech in NYC (hybrid, "
        "$210-240k base).\n\nWould you be open to a quick 20-minute call next week? I'm free "
        "Tuesday or Wednesday afternoon, or send me a couple of times that work for you.\n\n"
        "Cheers,\nRyan Doyle\nPrincipal Recruiter | Northstar Search\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Staff Frontend role - quick chat?",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_recruiter_call_next_week",
        raw,
        "en",
        "Cold outreach proposing 'a quick 20-minute call next week', Tuesday or Wednesday "
        "afternoon; nothing fixed.",
        "not_invitation",
    )

    cand = person("Sara Greco", "sara.greco@posta.example")
    rec = person("Luca Ferri", "luca.ferri@talentbridge.example")
    sent = at(2026, 4, 1, 10, 10, ROM)
    plain = (
        "Ciao Sara,\n\nti scrivo per una posizione di Product Owner presso un nostro cliente a "
        "Milano. Saresti disponibile per una breve call conoscitiva la prossima settimana?\n\n"
        "Io avrei martedì alle 11:00 oppure giovedì alle 15:00; fammi sapere cosa preferisci.\n"
        "\nUn saluto,\nLuca Ferri\nTalentBridge Italia\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Posizione Product Owner - call conoscitiva?",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "it_call_due_opzioni",
        raw,
        "it",
        "Recruiter offers two possible times (martedì 11:00 or giovedì 15:00) and asks which "
        "the candidate prefers; no slot fixed.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# dev: forwarded invitations (people fields)


def fwdcheck() -> Iterator[Case]:
    fam = "fwdcheck"
    user = person("Olivia Grant", "olivia.grant@homemail.example")
    org = person("Karen Liu", "karen.liu@northwind-robotics.example")
    orig_sent = at(2026, 3, 3, 16, 12, LA)
    start = at(2026, 3, 9, 13, 0, LA, "Mon")
    block = f"From: Karen Liu <{org[1]}<mailto:{org[1]}>>\n" + outlook_block(
        "en", "", orig_sent, "", ""
    ).split("\n", 1)[1].replace(
        "To: \n", f"To: Olivia Grant <{user[1]}<mailto:{user[1]}>>\n"
    ).replace("Subject: \n", "Subject: Interview Invitation - Backend Engineer\n")
    body = (
        "fyi - adding this one\n\nOlivia\n\n________________________________\n"
        f"{block}\nHi Olivia,\n\nThank you for your interest in Northwind Robotics! We'd like "
        "to invite you to a technical interview for the Backend Engineer position on Monday, "
        "March 9, 2026 at 1:00 PM Pacific Time (45 minutes) with Dev Patel and me.\n\nJoin "
        "Microsoft Teams meeting: https://teams.microsoft.example/l/meetup-join/19%3ameeting_"
        "NWR42\n\nBest regards,\nKaren Liu\nTechnical Recruiter\nNorthwind Robotics\n"
    )
    raw = message(
        f"{fam}/1",
        sender=user,
        to=HOOK,
        subject="FW: Interview Invitation - Backend Engineer",
        sent=orig_sent + timedelta(hours=1, minutes=3),
        plain=body,
    )
    yield case(
        fam,
        "en_outlook_mailto_artefact",
        raw,
        "en",
        "Outlook plain-text forward whose From line reads 'Name <a@b<mailto:a@b>>'; the "
        "forwarder is not the organizer.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45), zone=LA),
        company="Northwind Robotics",
        role="Backend Engineer",
        original_sender=org[1],
        organizer_email=org[1],
    )

    user = person("Jonas Richter", "jonas.richter@freenet.example")
    org = person("Katrin Brandt", "k.brandt@elbwerk-energie.example")
    orig_sent = at(2026, 3, 5, 9, 41, BER)
    start = at(2026, 3, 19, 10, 30, BER, "Thu")
    block = outlook_block(
        "de",
        f"Brandt, Katrin <{org[1]}>",
        orig_sent,
        f"Richter, Jonas <{user[1]}>",
        "Einladung zum Vorstellungsgespräch - Projektingenieur Netzplanung",
    )
    body = (
        "\n\nVon meinem iPhone gesendet\n\n"
        f"{block}\nSehr geehrter Herr Richter,\n\nvielen Dank für Ihre Bewerbung als "
        "Projektingenieur Netzplanung. Wir möchten Sie gerne kennenlernen und laden Sie zu "
        "einem Vorstellungsgespräch am Donnerstag, 19. März 2026, um 10:30 Uhr in unsere "
        "Zentrale am Sandtorkai 5 in Hamburg ein. Das Gespräch dauert etwa 90 Minuten.\n\n"
        "Ihre Gesprächspartner sind Herr Dr. Olsen (Leiter Netzplanung) und ich.\n\nBitte "
        "bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nKatrin Brandt\n"
        "Personalreferentin\nElbwerk Energie GmbH\n"
    )
    raw = message(
        f"{fam}/2",
        sender=user,
        to=HOOK,
        subject="WG: Einladung zum Vorstellungsgespräch - Projektingenieur Netzplanung",
        sent=orig_sent + timedelta(hours=3, minutes=15),
        plain=body,
    )
    yield case(
        fam,
        "de_outlook_last_first_comma",
        raw,
        "de",
        "Outlook (de) forward where the From line is 'Brandt, Katrin <...>'; 'etwa 90 "
        "Minuten' is approximate (no end); no zone stated.",
        "invitation",
        times=timed(start, sent=orig_sent),
        company="Elbwerk Energie GmbH",
        role="Projektingenieur Netzplanung",
        original_sender=org[1],
        organizer_email=org[1],
    )

    user = person("Léa Martin", "lea.martin@orange-mail.example")
    org = person("Claire Dubois", "claire.dubois@atelier-lumen.example")
    orig_sent = at(2026, 3, 5, 11, 2, PAR)
    start = at(2026, 3, 16, 10, 30, PAR, "Mon")
    when = (
        f"{FR_DAYS[orig_sent.weekday()]} {orig_sent.day} {FR_MON[orig_sent.month - 1]} "
        f"{orig_sent.year} à {orig_sent:%H:%M}"
    )
    block = (
        "---------- Forwarded message ---------\n"
        f"De : Claire Dubois <{org[1]}>\nDate: {when}\n"
        "Subject: Entretien - Chargée de communication\n"
        f"To: Léa Martin <{user[1]}>\n"
    )
    body = (
        f"Pour Afterview :)\n\n{block}\nBonjour Léa,\n\nSuite à votre candidature au poste de "
        "Chargée de communication, nous serions ravis de vous rencontrer le lundi 16 mars à "
        "10h30 (heure de Paris) dans nos locaux, 18 rue des Tanneurs, Lyon.\n\nL'entretien "
        "durera une heure environ, avec Marc Lefèvre, directeur de l'agence.\n\nBien à vous,\n"
        "Claire Dubois\nAtelier Lumen\n"
    )
    raw = message(
        f"{fam}/3",
        sender=user,
        to=HOOK,
        subject="Fwd: Entretien - Chargée de communication",
        sent=orig_sent + timedelta(minutes=47),
        plain=body,
    )
    yield case(
        fam,
        "fr_gmail_fwd_heure_de_paris",
        raw,
        "fr",
        "Gmail (fr) forward: 'lundi 16 mars à 10h30 (heure de Paris)', 'une heure environ' "
        "(approximate, no end).",
        "invitation",
        times=timed(start, zone=PAR),
        company="Atelier Lumen",
        role="Chargée de communication",
        original_sender=org[1],
        organizer_email=org[1],
    )

    user = person("Sam Whitaker", "sam.whitaker@icloud.example")
    org = person("Quillstone Talent", "talent@quillstone.example")
    orig_sent = at(2026, 3, 12, 9, 30, NY)
    start = at(2026, 3, 18, 11, 0, NY, "Wed")
    original = message(
        f"{fam}/4o",
        sender=org,
        to=user,
        subject="Interview scheduled: Account Manager at Quillstone",
        sent=orig_sent,
        plain=(
            "Hi Sam,\n\nYour interview for the Account Manager role at Quillstone is "
            "scheduled.\n\nWhen: Wednesday, March 18, 2026, 11:00 AM - 11:30 AM (Eastern "
            "Time)\nWhere: Google Meet - https://meet.google.example/qst-acmg-xyz\nWith: "
            "Hollis Grant, Sales Director\n\nNeed to change it? Reply to this email.\n\n"
            "Quillstone Talent Team\n"
        ),
        headers={
            "Sender": "bounces+2837461@em4821.quillstone.example",
            "Return-Path": "<bounces+2837461@em4821.quillstone.example>",
            "Reply-To": "Quillstone Talent <talent@quillstone.example>",
        },
    )
    raw = message(
        f"{fam}/4",
        sender=user,
        to=HOOK,
        subject="Fwd: Interview scheduled: Account Manager at Quillstone",
        sent=orig_sent + timedelta(hours=2),
        plain="Forwarded as attachment.\n",
        attached=original,
    )
    yield case(
        fam,
        "en_apple_attached_bulk_sender",
        raw,
        "en",
        "Forward as attachment of an ATS mail sent through a bulk-mail host (Sender: "
        "bounces+...@em4821...); the original sender is the From address.",
        "invitation",
        times=timed(start, start + timedelta(minutes=30), zone=NY),
        company="Quillstone",
        role="Account Manager",
        original_sender=org[1],
    )

    user = person("Marta Gil", "marta.gil@correo.example")
    org = person("Andrés Molina", "andres.molina@solaris-energia.example")
    orig_sent = at(2026, 3, 3, 12, 40, MAD)
    start = at(2026, 3, 10, 16, 0, MAD, "Tue")
    block = outlook_block(
        "es",
        f"Andrés Molina <{org[1]}>",
        orig_sent,
        f"Marta Gil <{user[1]}>",
        "Entrevista - Ingeniera de Proyectos",
    )
    body = (
        f"\n\n________________________________\n{block}\nHola Marta:\n\nNos gustaría "
        "conocerte en una entrevista para el puesto de Ingeniera de Proyectos el martes 10 de "
        "marzo a las 16:00 (hora peninsular) por Teams. Durará 45 minutos y estará también "
        "Carmen Vidal, jefa del área.\n\nEnlace: https://teams.microsoft.example/l/meetup-join/"
        "solaris-ip\n\nSaludos,\nAndrés Molina\nTalento · Solaris Energía\n"
    )
    raw = message(
        f"{fam}/5",
        sender=user,
        to=HOOK,
        subject="RV: Entrevista - Ingeniera de Proyectos",
        sent=orig_sent + timedelta(hours=5),
        plain=body,
    )
    yield case(
        fam,
        "es_outlook_enviado_el",
        raw,
        "es",
        "Outlook (es) forward ('Enviado el:') with no note; 'martes 10 de marzo a las 16:00 "
        "(hora peninsular)', 45 minutes.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45), zone=MAD),
        company="Solaris Energía",
        role="Ingeniera de Proyectos",
        original_sender=org[1],
        organizer_email=org[1],
    )


# --------------------------------------------------------------------------------------
# dev: employers cancelling or moving an interview


def heardback() -> Iterator[Case]:
    fam = "heardback"
    cand = person("Aaron Fields", "aaron.fields@inbox.example")
    rec = person("Monica Reyes", "monica.reyes@lumenfold.example")
    sent = at(2026, 3, 10, 15, 0, NY)
    start = at(2026, 3, 12, 14, 0, NY, "Thu")
    plain = (
        "Hi Aaron,\n\nI'm sorry to let you know that we need to cancel your interview "
        "scheduled for Thursday, March 12 at 2:00 PM ET. The Operations Manager position has "
        "been filled internally.\n\nThank you for your time and interest in Lumenfold. We'll "
        "keep your details on file.\n\nRegards,\nMonica Reyes\nHR Coordinator\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Interview cancelled - Operations Manager",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_cancel_position_filled",
        raw,
        "en",
        "Employer cancels the interview of Thursday, March 12, 2:00 PM ET (position filled).",
        "cancellation",
        times=timed(start),
        organizer_email=rec[1],
    )

    cand = person("Clara Neumann", "clara.neumann@mailer.example")
    rec = person("Thomas Brück", "t.brueck@havelland-bau.example")
    sent = at(2026, 3, 16, 8, 50, BER)
    start = at(2026, 3, 18, 10, 0, BER, "Wed")
    plain = (
        "Sehr geehrte Frau Neumann,\n\nleider müssen wir den Termin für Ihr "
        "Vorstellungsgespräch am 18.03.2026 um 10:00 Uhr kurzfristig absagen, da unser "
        "Bauleiter erkrankt ist.\n\nWir melden uns in den nächsten Tagen mit einem neuen "
        "Terminvorschlag. Bitte entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen "
        "Grüßen\nThomas Brück\nHavelland Bau GmbH\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Absage Ihres Termins am 18.03.",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "de_termin_abgesagt",
        raw,
        "de",
        "Employer calls off the interview of 18.03.2026 10:00 Uhr (illness); a new date will "
        "follow. No zone stated.",
        "cancellation",
        times=timed(start, sent=sent),
    )

    cand = person("Hugo Lambert", "hugo.lambert@courriel.example")
    rec = person("Sandrine Petit", "sandrine.petit@brasserie-desmoulins.example")
    sent = at(2026, 3, 6, 17, 30, PAR)
    at(2026, 3, 10, 14, 0, PAR, "Tue")
    start = at(2026, 3, 12, 11, 0, PAR, "Thu")
    plain = (
        "Bonjour Hugo,\n\nEn raison d'un imprévu, votre entretien initialement prévu le mardi "
        "10 mars à 14h00 est déplacé au jeudi 12 mars à 11h00, même adresse.\n\nMerci de me "
        "confirmer que ce nouveau créneau vous convient.\n\nCordialement,\nSandrine Petit\n"
        "Ressources humaines, Brasserie Desmoulins\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Votre entretien est déplacé",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "fr_entretien_deplace",
        raw,
        "fr",
        "Interview moved from mardi 10 mars 14h00 to jeudi 12 mars 11h00; no zone stated.",
        "reschedule",
        times=timed(start, sent=sent),
    )

    cand = person("Irene Navarro", "irene.navarro@correo.example")
    rec = person("Jorge Blanco", "jorge.blanco@mediterranea-seguros.example")
    sent = at(2026, 3, 12, 9, 20, MAD)
    at(2026, 3, 16, 9, 30, MAD, "Mon")
    start = at(2026, 3, 18, 12, 0, MAD, "Wed")
    plain = (
        "Estimada Irene:\n\nPor un cambio de agenda de la directora, hemos reprogramado su "
        "entrevista del lunes 16 de marzo a las 9:30 al miércoles 18 de marzo a las 12:00 "
        "(hora peninsular). El enlace de Teams sigue siendo el mismo.\n\nDisculpe las "
        "molestias.\n\nAtentamente,\nJorge Blanco\nRecursos Humanos · Mediterránea Seguros\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Cambio de fecha de su entrevista",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "es_entrevista_reprogramada",
        raw,
        "es",
        "Interview moved from lunes 16 de marzo 9:30 to miércoles 18 de marzo 12:00 (hora "
        "peninsular).",
        "reschedule",
        times=timed(start, zone=MAD),
    )

    cand = person("Thiago Alves", "thiago.alves@caixa.example")
    rec = person("Fernanda Costa", "fernanda.costa@ipe-logistica.example")
    sent = at(2026, 3, 24, 11, 5, SAO)
    start = at(2026, 3, 26, 15, 0, SAO, "Thu")
    plain = (
        "Olá Thiago,\n\nInfelizmente precisamos cancelar a entrevista marcada para "
        "quinta-feira, 26/03, às 15h (horário de Brasília). O processo seletivo para a vaga de "
        "Coordenador de Transportes foi suspenso.\n\nAgradecemos muito sua disponibilidade.\n"
        "\nAtenciosamente,\nFernanda Costa\nRH - Ipê Logística\n"
    )
    raw = message(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Cancelamento da entrevista",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "ptbr_entrevista_cancelada",
        raw,
        "pt-BR",
        "Cancellation of the interview 'quinta-feira, 26/03, às 15h (horário de Brasília)'.",
        "cancellation",
        times=timed(start, zone=SAO),
    )


# --------------------------------------------------------------------------------------
# heldout: after the interview


def postinterview() -> Iterator[Case]:
    fam = "postinterview"
    cand = person("Nina Frost", "nina.frost@inbox.example")
    rec = person("Harper Quinn", "harper.quinn@tidewater-labs.example")
    sent = at(2026, 4, 8, 10, 15, LA)
    at(2026, 4, 6, 13, 0, LA, "Mon")
    plain = (
        "Hi Nina,\n\nThanks so much for coming in on Monday - the team really enjoyed meeting "
        "you. For reference, here's the schedule you had:\n\n1:00 PM - 1:45 PM  Hiring manager "
        "(Ezra Stone)\n2:00 PM - 2:45 PM  Technical deep dive (Lina Ortiz)\n3:00 PM - 3:30 PM  "
        "Team lunch debrief\n\nWe're collecting feedback and I expect to have an update for you "
        "by early next week.\n\nBest,\nHarper\nTidewater Labs Recruiting\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Thanks for visiting Tidewater Labs",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_thanks_repeats_itinerary",
        raw,
        "en",
        "Thank-you two days after an on-site day that repeats Monday's itinerary times.",
        "not_invitation",
    )

    cand = person("Erik Lorenz", "erik.lorenz@webmail.example")
    rec = person("Claudia Weber", "claudia.weber@isarwerk-medizintechnik.example")
    sent = at(2026, 3, 27, 14, 0, BER)
    plain = (
        "Lieber Herr Lorenz,\n\nwir freuen uns sehr, Ihnen die Stelle als Qualitätsingenieur "
        "anbieten zu können!\n\nIhr Arbeitsbeginn wäre der 01.05.2026; bitte melden Sie sich "
        "an Ihrem ersten Tag um 8:30 Uhr am Empfang in Gebäude A. Den Arbeitsvertrag senden wir "
        "Ihnen per Post zu; bitte schicken Sie ihn bis zum 10.04.2026 unterschrieben zurück.\n\n"
        "Herzliche Grüße\nClaudia Weber\nPersonalabteilung, Isarwerk Medizintechnik GmbH\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Zusage: Qualitätsingenieur",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "de_zusage_arbeitsbeginn",
        raw,
        "de",
        "Offer: first day 01.05.2026 at 8:30 Uhr, contract back by 10.04.",
        "not_invitation",
    )

    cand = person("Alba Serrano", "alba.serrano@correo.example")
    rec = person("Equipo de Talento", "talento@horizonte-digital.example")
    sent = at(2026, 3, 13, 12, 0, MAD)
    plain = (
        "Hola Alba:\n\nGracias por participar en la entrevista del martes 3 de marzo a las "
        "11:00 para el puesto de Diseñadora UX.\n\nLamentamos comunicarte que en esta ocasión "
        "hemos decidido continuar con otras candidaturas. Guardaremos tu CV para futuros "
        "procesos.\n\nTe deseamos mucha suerte.\n\nEquipo de Talento\nHorizonte Digital\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Tu candidatura - Diseñadora UX",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "es_rechazo_tras_entrevista",
        raw,
        "es",
        "Refusal naming the past interview (martes 3 de marzo a las 11:00).",
        "not_invitation",
    )

    cand = person("Daan Mulder", "daan.mulder@mailbox.example")
    rec = person("Fleur Jansen", "fleur.jansen@dijkstra-advies.example")
    sent = at(2026, 3, 13, 16, 40, AMS)
    plain = (
        "Beste Daan,\n\nNogmaals dank voor ons gesprek van dinsdag 10 maart om 14.00 uur. Na "
        "zorgvuldige afweging hebben we besloten om niet met je verder te gaan in de procedure."
        "\n\nMocht je feedback willen, dan kun je me volgende week bellen op 020 555 0199.\n\n"
        "Met vriendelijke groet,\nFleur Jansen\nDijkstra Advies\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Terugkoppeling sollicitatie",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "nl_afwijzing_na_gesprek",
        raw,
        "nl",
        "Dutch refusal naming the past interview (dinsdag 10 maart om 14.00 uur) and offering "
        "a phone call next week.",
        "not_invitation",
    )

    cand = person("Kofi Mensah", "kofi.mensah@inbox.example")
    rec = person("Rachel Dunn", "rachel.dunn@ashgrove-health.example")
    sent = at(2026, 3, 20, 9, 0, LON)
    at(2026, 3, 27, 23, 59, LON, "Fri")
    plain = (
        "Dear Kofi,\n\nThank you for interviewing with us on 17 March. We were impressed and "
        "would like to invite you to the final stage: a written exercise.\n\nYou'll receive "
        "the brief by email; please return your answers by 23:59 on Friday 27 March. There is "
        "no set time - work on it whenever suits you.\n\nKind regards,\nRachel Dunn\nAshgrove "
        "Health Recruitment\n"
    )
    raw = message(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Next stage - written exercise",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_written_exercise_deadline",
        raw,
        "en",
        "'Invite you to the final stage: a written exercise' with a deadline (23:59 Friday 27 "
        "March) and no meeting time.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# heldout: outreach without a slot


def outreach() -> Iterator[Case]:
    fam = "outreach"
    cand = person("Ethan Brooks", "ethan.brooks@pmail.example")
    rec = person("Alicia Moreno", "alicia@cobaltpeak-talent.example")
    sent = at(2026, 3, 16, 11, 0, "America/Chicago")
    plain = (
        "Hey Ethan,\n\nHope your week's off to a good start! I'm hiring for a Senior DevOps "
        "Engineer at a healthcare SaaS company here in Austin.\n\nAre you free for a chat "
        "sometime next week? Thursday after 2pm CT is pretty open for me - just let me know "
        "what time works and I'll send an invite.\n\nThanks,\nAlicia Moreno\nCobaltPeak Talent\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Senior DevOps opportunity",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "en_free_for_a_chat_thursday_after",
        raw,
        "en",
        "Recruiter outreach: 'Thursday after 2pm CT is pretty open', asks the candidate to "
        "choose; no fixed slot.",
        "not_invitation",
    )

    cand = person("Manon Girard", "manon.girard@courriel.example")
    rec = person("Thibault Renaud", "thibault.renaud@cabinet-alto.example")
    sent = at(2026, 3, 9, 10, 30, PAR)
    plain = (
        "Bonjour Manon,\n\nJe me permets de vous contacter au sujet d'un poste de Responsable "
        "Achats pour l'un de nos clients, un industriel lyonnais.\n\nSeriez-vous disponible "
        "pour un échange téléphonique de 20 minutes la semaine prochaine ? Je suis joignable "
        "mardi ou mercredi entre 9h et 12h.\n\nBien cordialement,\nThibault Renaud\nCabinet "
        "Alto Recrutement\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Opportunité - Responsable Achats",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "fr_echange_semaine_prochaine",
        raw,
        "fr",
        "Headhunter asks whether a 20-minute phone call next week is possible, mardi or "
        "mercredi entre 9h et 12h.",
        "not_invitation",
    )

    cand = person("Stefan Huber", "stefan.huber@mailer.example")
    rec = person("Lisa Brandl", "lisa.brandl@alpina-personal.example")
    sent = at(2026, 4, 14, 15, 20, "Europe/Vienna")
    plain = (
        "Hallo Herr Huber,\n\nich bin auf Ihr Profil aufmerksam geworden und hätte eine "
        "spannende Position als Teamleiter IT-Support in Linz für Sie.\n\nHätten Sie nächste "
        "Woche Zeit für ein kurzes Telefonat? Am besten schlagen Sie mir zwei, drei Termine "
        "vor, z. B. Dienstag ab 16 Uhr.\n\nBeste Grüße\nLisa Brandl\nAlpina Personalberatung\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Position Teamleiter IT-Support",
        sent=sent,
        plain=plain,
    )
    yield case(
        fam,
        "de_telefonat_naechste_woche",
        raw,
        "de",
        "Outreach asking the candidate to propose times for a call next week ('z. B. Dienstag "
        "ab 16 Uhr').",
        "not_invitation",
    )

    cand = person("Priya Shah", "priya.shah@inbox.example")
    rec = person("Vantage Coordinator", "scheduling@vantage-ai.example")
    sent = at(2026, 3, 11, 12, 0, NY)
    html = (
        "<html><body><p>Hi Priya,</p><p>Congratulations on moving forward in the interview "
        "process for <b>Machine Learning Engineer</b> at Vantage!</p><p>Please share your "
        "availability for a 4-hour virtual onsite in the next two weeks by <b>Friday, March 13 "
        'at 5:00 PM ET</b>.</p><p><a href="https://schedule.vantage-ai.example/avail/pq81">'
        "Share availability</a></p><p>Once we receive it, we'll confirm the times with you."
        "</p><p>Thanks,<br>Vantage Recruiting Coordination</p></body></html>"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Action required: share your availability",
        sent=sent,
        html=html,
    )
    yield case(
        fam,
        "en_share_availability_by_friday",
        raw,
        "en",
        "HTML-only availability request with a deadline (Friday, March 13 at 5:00 PM ET); "
        "nothing is booked.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# heldout: forwarded threads, auto-replies and updates


def threadfwd() -> Iterator[Case]:
    fam = "threadfwd"
    user = person("Ava Lindqvist", "ava.lindqvist@homemail.example")
    org = person("Connor Walsh", "connor.walsh@brightmoor-games.example")
    orig_sent = at(2026, 3, 9, 10, 5, NY)
    start = at(2026, 3, 11, 15, 30, NY, "Wed")
    gm_when = (
        f"{EN_DAYS[orig_sent.weekday()][:3]}, {EN_MON[orig_sent.month - 1]} {orig_sent.day}, "
        f"{orig_sent.year} at {hm12(orig_sent)}"
    )
    body = (
        "Cancelled :(\n\n---------- Forwarded message ---------\n"
        f"From: Connor Walsh <{org[1]}>\nDate: {gm_when}\n"
        "Subject: Update on your interview\n"
        f"To: Ava Lindqvist <{user[1]}>\n\nHi Ava,\n\nUnfortunately we have to cancel your "
        "interview for the Gameplay Programmer position on Wednesday, March 11 at 3:30 PM "
        "ET. The team's hiring plans changed this week and the role is on hold.\n\nI'm really "
        "sorry for the short notice.\n\nConnor Walsh\nRecruiter, Brightmoor Games\n"
    )
    raw = message(
        f"{fam}/1",
        sender=user,
        to=HOOK,
        subject="Fwd: Update on your interview",
        sent=orig_sent + timedelta(minutes=30),
        plain=body,
    )
    yield case(
        fam,
        "en_gmail_fwd_cancellation",
        raw,
        "en",
        "Gmail forward of an employer cancelling Wednesday, March 11 at 3:30 PM ET.",
        "cancellation",
        times=timed(start),
        original_sender=org[1],
        company="Brightmoor Games",
    )

    cand = person("Miriam Koch", "miriam.koch@posteo.example")
    rec = person("Jan Seidel", "jan.seidel@weserland-bank.example")
    sent = at(2026, 3, 5, 18, 5, BER)
    plain = (
        "Danke für Ihre E-Mail. Ich bin bis Montag, 9. März, im Urlaub und lese meine E-Mails "
        "in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.\n\nBei Fragen zu "
        "bereits vereinbarten Gesprächsterminen erreichen Sie unser Recruiting-Team unter "
        "040 555 0110 (Mo-Fr 9-16 Uhr).\n\nJan Seidel\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Automatische Antwort: Bestätigung Gesprächstermin",
        sent=sent,
        plain=plain,
        headers=AUTO,
    )
    yield case(
        fam,
        "de_automatische_antwort_urlaub",
        raw,
        "de",
        "German auto-reply: on leave until Montag, 9. März; office hours 'Mo-Fr 9-16 Uhr'.",
        "not_invitation",
    )

    cand = person("Bastien Morel", "bastien.morel@courriel.example")
    rec = person("Aurélie Faure", "aurelie.faure@mistral-assurances.example")
    quoted_sent = at(2026, 3, 2, 9, 30, PAR)
    sent = at(2026, 3, 6, 16, 10, PAR)
    at(2026, 3, 5, 10, 0, PAR, "Thu")
    body = (
        "Bonjour Bastien,\n\nMerci encore pour l'échange d'hier. Comme convenu, vous trouverez "
        "ci-joint la fiche de poste détaillée. Nous revenons vers vous la semaine prochaine.\n"
        "\nBelle fin de semaine,\nAurélie\n\n"
        f"{gmail_wrote('fr', rec[0], rec[1], quoted_sent)}\n"
        + quote(
            "Bonjour Bastien,\n\nJe vous propose un entretien jeudi à 10h en visio. Le lien "
            "suivra.\n\nAurélie Faure\nMistral Assurances"
        )
        + "\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Re: Entretien - Analyste actuariel",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "fr_re_echange_hier_quoted_jeudi",
        raw,
        "fr",
        "Reply after the interview; the quoted mail of Monday 2 March proposes 'jeudi à 10h' "
        "(5 March, yesterday); read against the reply's date it would become 12 March.",
        "not_invitation",
    )

    user = person("Chiara Moretti", "chiara.moretti@posta.example")
    org = person("Paolo Bianchi", "paolo.bianchi@fiordaliso-software.example")
    orig_sent = at(2026, 4, 7, 12, 15, ROM)
    start = at(2026, 4, 16, 15, 0, ROM, "Thu")
    block = outlook_block(
        "it",
        f"Paolo Bianchi <{org[1]}>",
        orig_sent,
        f"Chiara Moretti <{user[1]}>",
        "Colloquio spostato - Sviluppatrice Frontend",
    )
    body = (
        f"Nuovo orario\n\n-----Messaggio originale-----\n{block}\nGentile Chiara,\n\na causa "
        "di un impegno imprevisto del responsabile tecnico, il colloquio di mercoledì 15 aprile "
        "alle 10:00 è spostato a giovedì 16 aprile alle 15:00 (ora italiana), sempre su Google "
        "Meet.\n\nCi scusiamo per il cambio.\n\nCordiali saluti,\nPaolo Bianchi\nFiordaliso "
        "Software\n"
    )
    raw = message(
        f"{fam}/4",
        sender=user,
        to=HOOK,
        subject="I: Colloquio spostato - Sviluppatrice Frontend",
        sent=orig_sent + timedelta(hours=1),
        plain=body,
    )
    yield case(
        fam,
        "it_outlook_fwd_spostato",
        raw,
        "it",
        "Outlook (it) forward of a move from mercoledì 15 aprile 10:00 to giovedì 16 aprile "
        "15:00 (ora italiana).",
        "reschedule",
        times=timed(start, zone=ROM),
        original_sender=org[1],
        company="Fiordaliso Software",
        role="Sviluppatrice Frontend",
    )

    cand = person("Owen Price", "owen.price@inbox.example")
    sender = person("Interview Prep Club", "hello@interviewprep-club.example")
    sent = at(2026, 3, 2, 8, 0, LON)
    at(2026, 3, 5, 19, 0, LON, "Thu")
    html = (
        "<html><body><h2>Your mock interview night is this Thursday</h2><p>Hi Owen,</p><p>"
        "You're registered for <b>Mock Interview Night</b> on Thursday 5 March, 19:00-21:00 "
        "GMT.</p><p>Each attendee gets two 20-minute practice interviews with volunteer "
        "hiring managers. Dial-in details arrive an hour before.</p><p>Can't make it? <a "
        'href="https://interviewprep-club.example/cancel">Release your seat</a>.</p><p '
        'style="font-size:11px">Interview Prep Club CIC · You receive this because you '
        "registered for an event. Unsubscribe.</p></body></html>"
    )
    raw = message(
        f"{fam}/5",
        sender=sender,
        to=cand,
        subject="Reminder: Mock Interview Night, Thursday",
        sent=sent,
        html=html,
        headers=BULK,
    )
    yield case(
        fam,
        "en_mock_interview_event_reminder",
        raw,
        "en",
        "Event reminder for a community 'Mock Interview Night' (practice, not a job "
        "interview), Thursday 5 March 19:00-21:00 GMT.",
        "not_invitation",
    )


BUILDERS = (
    replythread,
    aftermath,
    careernews,
    autoreply,
    agendas,
    selfbook,
    fwdcheck,
    heardback,
    postinterview,
    outreach,
    threadfwd,
)


def label_json(item: Case) -> str:
    unknown = set(item.label) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"{item.filename}: unknown label keys {sorted(unknown)}")
    label = {key: item.label[key] for key in KEY_ORDER if key in item.label}
    label["language"] = item.language
    label["source"] = {
        "family": item.family,
        "template": item.template
        or f"hand-written; shapes from {FAMILIES[item.family][1].split(';')[0]} "
        "(see PROVENANCE-parse-neg.md)",
        "license": "LGPL-3.0 (Odoo strings); our text: " + LICENSE if item.template else LICENSE,
    }
    label["note"] = item.note
    return json.dumps(label, ensure_ascii=False, indent=2) + "\n"


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the parse-neg batch (`build_parse-neg.py`)",
        "",
        "Mail that mentions interviews without inviting to one, employer cancellations and "
        "moves, and forwarded invitations whose people fields are easy to get wrong. Every "
        "message, person, company, address and link is made up; only the shape of each kind "
        "of mail follows the material named per family. Labels were written before the parser "
        "was run on the messages.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_parse-neg.py` "
        "(deterministic; it deletes and rewrites only the files of the families listed here).",
        "",
        "Forward and quote header blocks (Outlook en/de/es/nl/it, Gmail fr/es/en attribution "
        "lines) are written from memory of those clients' layouts and may differ in detail.",
        "",
        "## Families",
        "",
    ]
    for name, (split, source) in FAMILIES.items():
        count = sum(item.family == name for item in cases)
        lines.append(f"- **{name}** ({split}, {count} messages): {source}")
    lines += [
        "",
        "## Files",
        "",
        "| file | kind | language | what it exercises |",
        "|---|---|---|---|",
    ]
    for item in cases:
        if item.split == "heldout":
            continue
        row = [
            f"`{item.split}/{item.filename}`",
            str(item.label.get("kind", "(not labelled)")),
            item.language,
            item.note,
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    held = sum(item.split == "heldout" for item in cases)
    lines += ["", f"The {held} held-out files are not listed here, so nobody reads them by habit."]
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    names = [item.filename for item in cases]
    if len(set(names)) != len(names):
        raise ValueError("duplicate file names")
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*__*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    for item in cases:
        folder = HERE / item.split
        folder.mkdir(exist_ok=True)
        (folder / item.filename).write_bytes(item.raw)
        (folder / f"{item.filename}.expected.json").write_text(label_json(item), "utf-8")
    (HERE / "PROVENANCE-parse-neg.md").write_text(provenance(cases), "utf-8")
    print(f"{len(cases)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
