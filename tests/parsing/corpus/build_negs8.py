"""Write the "negs8" batch: mail with a future date and time that sets no interview for the reader.

Run: .venv/bin/python tests/parsing/corpus/build_negs8.py

On mail it had never seen, the parser claimed about one non-invitation in seven as an
invitation with confidence >= 0.5, while it claimed none of the dev look-alikes: its look-alike
rules had learnt the dev wording, not the reasons. This batch is fresh material for the reasons,
in shapes the corpus lacked: attendance notices about other people ("X will attend", "X
accepted", "tentative"), debrief and feedback summaries that mention the interview that was and
an internal decision meeting, invoices and receipts with a due date and hour, assessment
platforms whose test link expires at a time, community-platform reminders, group announcements
(open days, information sessions for all applicants), scheduling-link mail ("pick a time"),
recruiters' outreach sequences ("sometime next week"), talent scouts' first contacts, replies
that quote an old invitation, out-of-office replies with return dates and calendar
notifications about someone else's meeting. Each family also carries genuine invitations in the
same senders' voices as controls, so that a rule which blocks the negatives by their sender's
style shows up as lost positives.

Decision for group announcements: an open day, a briefing or an information session for all
applicants is `not_invitation`, even when it names a time and the reader is welcome; it becomes
an `invitation` only when the mail gives the reader a slot of their own ("your individual
interview is at 15:40").

Every label was written from the same datetimes the text is rendered from (zoneinfo, weekday
names checked) before the parser was run on any message; the split was fixed before then too.
Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is deterministic; the
script deletes or writes only files of its own families.
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
    "hand-written; shapes of notification, reminder, receipt, outreach and reply mail written "
    "from memory of such mail, no product's template copied; " + OWN
)
NEG = "not_invitation"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "attendnote": "dev",
    "debriefsum": "dev",
    "billdue": "dev",
    "testportal": "dev",
    "pickslot": "dev",
    "scoutfirst": "dev",
    "awayreply": "dev",
    "groupevent": "dev",
    "othercal": "dev",
    "meetupremind": "heldout",
    "openday": "heldout",
    "seqoutreach": "heldout",
    "quotedinvite": "heldout",
    "delegatecal": "heldout",
}

SOURCES = {
    "attendnote": "Attendance notices about other people: 'X will attend', 'X hat zugesagt', "
    "'a répondu peut-être', 'potwierdziła udział', tentative answers, sent to the reader as the "
    "organiser of a study group or mock-interview session; controls: the same notifier inviting "
    "the reader to an interview (en, de, fr, es, pl, nl).",
    "debriefsum": "Debriefs and feedback summaries after an interview that name the past "
    "interview and a future internal decision meeting or answer date; controls: feedback that "
    "books the next round (en, de, sv, it, pt-BR, cs).",
    "billdue": "Invoices and receipts with a due date and hour (coworking, CV service, course, "
    "translation, visa fee); controls: employer mail that books an interview and mentions "
    "travel receipts (en, de, fr, es, fi, nl).",
    "testportal": "Assessment platforms: test links that expire at a time, test windows, "
    "reminders; controls: live interviews booked on the same platforms (en, de, es, pt-BR, pl, "
    "tr).",
    "pickslot": "Scheduling-link mail: 'pick a time', 'slots open from', 'book via the link'; "
    "controls: the confirmation after the reader picked (en, de, fr, es, nl, it).",
    "scoutfirst": "Talent scouts' first contacts floating a coffee or call at a time; controls: "
    "the same scouts confirming a meeting the reader agreed to (en, de, sv, es, pt-BR, da).",
    "awayreply": "Out-of-office replies with return dates and hours, some without auto-reply "
    "headers or subject prefixes; controls: recruiters back from leave who book a slot (en, de, "
    "fr, es, it, nl, fi, pt).",
    "groupevent": "Dev companion to openday, added after the first measure (languages not "
    "in openday): Q&A sessions, open houses and information sessions for all candidates; "
    "controls: the reader's own interview from the same teams (en-US, pt-BR, sv, cs, ro, hu).",
    "othercal": "Dev companion to delegatecal, added after the first measure (languages not "
    "in delegatecal): delegate copies and shared-calendar reminders of other people's "
    "meetings; controls: the reader's own invitations (en-US, it, pt-BR, sv, pl).",
    "meetupremind": "Community and event-platform reminders and registrations; controls: a "
    "career-fair platform giving the reader an interview slot of their own.",
    "openday": "Group announcements: open days, information sessions and briefings for all "
    "applicants; controls: the reader's own interview slot after a group session.",
    "seqoutreach": "Recruiters' outreach sequences and bumps proposing a talk 'sometime next "
    "week'; controls: the same recruiters booking the call after the reader agreed.",
    "quotedinvite": "Replies whose new text sets nothing (thanks, documents, parking) above a "
    "quoted invitation; controls: replies whose new text confirms the slot.",
    "delegatecal": "Calendar notifications about someone else's meeting or calendar "
    "(shared calendars, delegates, another candidate's slot sent by mistake); controls: the "
    "reader's own interview notified by the same tools.",
}


def filename(lang: str, name: str) -> str:
    return f"{lang}_{name}"


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str | None = None,
    html: str | None = None,
    label: dict[str, object] | None = None,
    reply: bool = False,
    auto: bool = False,
) -> Case:
    """One direct mail; without a label it is a non-invitation."""
    raw = mail(
        f"negs8/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=f"negs8/{family}/{name}/parent" if reply else "",
    )
    if auto:
        raw = raw.replace(
            b"MIME-Version: 1.0", b"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0", 1
        )
    return Case(
        family,
        SPLITS[family],
        filename(lang, name),
        raw,
        label or {"kind": NEG},
        lang,
        note,
        HAND,
        OWN,
    )


def slot(
    start: datetime,
    end: datetime | None = None,
    *,
    kind: str = "invitation",
    zone: str | None = None,
    sent: datetime | None = None,
    org: str | None = None,
    url: str | None = None,
    fwd: str | None = None,
) -> dict[str, object]:
    """A label for a slot. `sent` given: no zone in the text (wall time, Date offset);
    `zone`: the IANA name the text pins down; neither: an instant from an offset or an
    abbreviation that is not one zone."""
    label: dict[str, object] = {"kind": kind, **timed(start, end, zone=zone, sent=sent)}
    if url:
        label["meeting_url"] = url
    if org:
        label["organizer_email"] = org
    if fwd:
        label["original_sender"] = fwd
    return label


def forwarded(
    family: str,
    name: str,
    lang: str,
    *,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    user_note: str,
    label: dict[str, object] | None,
    note: str,
) -> Case:
    """The reader forwards a mail with Gmail (English layout), a note on top."""
    when = f"{orig_sent:%a, %b} {orig_sent.day}, {orig_sent.year} at {pp.hm12(orig_sent)}"
    head = (
        f"---------- Forwarded message ---------\nFrom: {org[0]} <{org[1]}>\nDate: {when}\n"
        f"Subject: {subject}\nTo: {ME[0]} <{ME[1]}>\n"
    )
    raw = mail(
        f"negs8/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"Fwd: {subject}",
        sent=orig_sent + timedelta(hours=2, minutes=11),
        text=f"{user_note}\n\n{head}\n{body.strip()}\n",
    )
    label = dict(label or {"kind": NEG})
    label["original_sender"] = org[1]
    return Case(family, SPLITS[family], filename(lang, name), raw, label, lang, note, HAND, OWN)


# --------------------------------------------------------------------------------------
def attendnote() -> Iterator[Case]:
    f = "attendnote"
    yield case(
        f,
        "will_attend_study_group",
        "en",
        ("Groupwise", "notifications@groupwise.example.com"),
        "Priya Nair will attend System Design Study Group",
        at(2026, 11, 9, 8, 2, "Europe/London"),
        "Event-platform notice to the reader as organiser: another member will attend on "
        "Thursday 12 November at 6:30pm GMT.",
        text=(
            "Hi Alex,\n\nPriya Nair will attend your event.\n\nSystem Design Study Group\n"
            "Thursday, 12 November 2026, 6:30 PM GMT\nThe Hive, 3 Tanner Street, London\n\n"
            "7 people are going. Manage attendees: https://groupwise.example.com/e/88412\n\n"
            "You are receiving this because you organise this event."
        ),
    )
    yield case(
        f,
        "hat_zugesagt_uebung",
        "de",
        ("Jonas Weber", "jonas.weber@posteo.example.de"),
        "Zugesagt: Probeinterview üben (Do 12.11., 19:00)",
        at(2026, 11, 8, 21, 40, "Europe/Berlin"),
        "Plain-text acceptance by a friend of a practice session the reader set up: 'hat "
        "zugesagt'; no calendar part.",
        text=(
            "Jonas Weber hat die Einladung angenommen.\n\nProbeinterview üben\nDonnerstag, 12. "
            "November 2026, 19:00–20:00 (MEZ)\nOrt: Café Lotte, Kastanienallee 4, Berlin\n\n"
            "Nachricht von Jonas: Bin dabei, bringe die Fragenliste mit."
        ),
    )
    yield case(
        f,
        "peut_etre_atelier_cv",
        "fr",
        ("Claire Fontaine", "claire.fontaine@laposte.example.fr"),
        "Réponse provisoire : Atelier CV entre candidats – mar. 17 nov. 18:00",
        at(2026, 11, 10, 12, 15, "Europe/Paris"),
        "Tentative answer ('a répondu peut-être') to a CV workshop the reader organises.",
        text=(
            "Claire Fontaine a répondu « peut-être » à votre invitation.\n\nAtelier CV entre "
            "candidats\nmardi 17 novembre 2026, 18:00 – 19:30 (heure de Paris)\nMédiathèque "
            "Saint-Michel, salle 2\n\n« Je confirme dès que je connais mon planning. »"
        ),
    )
    yield case(
        f,
        "asistira_mentoria",
        "es",
        ("Comunidad DevMentor", "avisos@devmentor.example.es"),
        "Lucía Gómez asistirá a tu sesión de mentoría",
        at(2026, 11, 11, 9, 30, "Europe/Madrid"),
        "Platform notice that a mentee will attend the reader's mentoring session on 19 "
        "November at 17:00.",
        text=(
            "¡Hola, Alex!\n\nLucía Gómez asistirá a tu sesión de mentoría «Preparar entrevistas "
            "técnicas».\n\nFecha: jueves, 19 de noviembre de 2026\nHora: 17:00 (hora de Madrid)"
            "\nEnlace: https://devmentor.example.es/s/5521\n\nYa son 4 asistentes confirmados."
            "\n\nEl equipo de DevMentor"
        ),
    )
    yield case(
        f,
        "potwierdzila_udzial",
        "pl",
        ("Anna Nowak", "anna.nowak@onet.example.pl"),
        "Anna Nowak potwierdziła udział: Spotkanie grupy Java, 18.11 o 18:00",
        at(2026, 11, 12, 16, 5, "Europe/Warsaw"),
        "Polish: a member confirmed attendance ('potwierdziła udział') of a meetup the reader "
        "hosts.",
        text=(
            "Cześć Alex,\n\nAnna Nowak potwierdziła udział w wydarzeniu, które organizujesz:\n\n"
            "Spotkanie grupy Java – przygotowanie do rozmów kwalifikacyjnych\nśroda, 18 listopada"
            " 2026, 18:00\nCoworking Hala, ul. Długa 12, Kraków\n\nLiczba uczestników: 9"
        ),
    )
    yield case(
        f,
        "voorlopig_geaccepteerd",
        "nl",
        ("Sanne de Vries", "sanne.devries@ziggo.example.nl"),
        "Voorlopig geaccepteerd: Oefengesprek sollicitatie",
        at(2026, 11, 13, 10, 20, "Europe/Amsterdam"),
        "Dutch tentative acceptance of a practice interview the reader set up with a friend.",
        text=(
            "Sanne de Vries heeft uw uitnodiging voorlopig geaccepteerd.\n\nOefengesprek "
            "sollicitatie\nwoensdag 25 november 2026 20:00-21:00 (Amsterdam)\nLocatie: online, "
            "https://meet.example.nl/oefen-42\n\nIk weet het nog niet helemaal zeker, laat het "
            "maandag weten."
        ),
    )
    st = at(2026, 11, 17, 14, 0, "Europe/London", "Tue")
    url = "https://meet.groupwise.example.com/r/k2f9"
    yield case(
        f,
        "control_invited_interview",
        "en",
        ("Groupwise Hiring", "hiring@groupwise.example.com"),
        "You're invited: Technical interview with Priya Nair",
        at(2026, 11, 9, 15, 30, "Europe/London"),
        "Control in the notifier's voice: the reader is invited to their own interview on 17 "
        "November at 2:00 PM GMT (an abbreviation, so no zone label); 45 minutes.",
        text=(
            "Hi Alex,\n\nPriya Nair has invited you to a technical interview for the Backend "
            "Engineer role.\n\nTuesday, 17 November 2026, 2:00 PM – 2:45 PM GMT\nJoin: "
            + url
            + "\n\nPlease accept or decline so Priya knows whether you can make it."
        ),
        label=slot(st, st + timedelta(minutes=45), url=url),
    )
    st = at(2026, 11, 24, 10, 0, "Europe/Berlin", "Tue")
    yield case(
        f,
        "control_einladung_gespraech",
        "de",
        ("Jonas Weber", "jonas.weber@kranich-software.example.de"),
        "Einladung: Vorstellungsgespräch Kranich Software, Di 24.11., 10:00",
        at(2026, 11, 13, 11, 5, "Europe/Berlin"),
        "Control: the same person, now as hiring lead, invites the reader; no zone stated.",
        text=(
            "Hallo Alex,\n\nwie besprochen lade ich Sie zum Vorstellungsgespräch ein:\n\n"
            "Dienstag, 24. November 2026, 10:00–11:00 Uhr\nKranich Software GmbH, Torstraße 140,"
            " Berlin\n\nBitte bestätigen Sie kurz den Termin.\n\nViele Grüße\nJonas Weber"
        ),
        label=slot(st, st + timedelta(hours=1), sent=at(2026, 11, 13, 11, 5, "Europe/Berlin")),
    )


def debriefsum() -> Iterator[Case]:
    f = "debriefsum"
    yield case(
        f,
        "feedback_panel_meets",
        "en",
        ("Rachel Dunn", "rachel.dunn@northgate-analytics.example.com"),
        "Feedback from Tuesday's interview",
        at(2026, 11, 5, 16, 20, "America/New_York"),
        "Debrief: the interview was on Tuesday; the panel meets internally on Thursday 12 "
        "November at 3pm ET to decide.",
        text=(
            "Hi Alex,\n\nThanks again for Tuesday. I collected the panel's notes: they liked "
            "your walkthrough of the pipeline design and would have wanted more detail on "
            "testing.\n\nThe hiring panel meets on Thursday, November 12 at 3:00 PM ET to make a"
            " decision, and I will let you know the outcome by the end of that week.\n\nBest,\n"
            "Rachel Dunn\nTalent Partner, Northgate Analytics"
        ),
    )
    yield case(
        f,
        "rueckmeldung_entscheidung",
        "de",
        ("Katrin Hoffmann", "k.hoffmann@elbwerk-gmbh.example.de"),
        "Rückmeldung zu Ihrem Gespräch am 4. November",
        at(2026, 11, 6, 9, 45, "Europe/Berlin"),
        "German summary of the past interview; the decision falls in a meeting on 16.11. at "
        "14:00 without the reader.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für das Gespräch am Mittwoch, 4. November."
            " Das Team hat Ihre Fallstudie sehr positiv bewertet; Rückfragen gab es zur "
            "Teamgröße.\n\nDie Entscheidung fällt in unserer Auswahlrunde am Montag, 16.11.2026"
            " um 14:00 Uhr. Wir melden uns danach bei Ihnen.\n\nMit freundlichen Grüßen\nKatrin "
            "Hoffmann\nPersonalabteilung"
        ),
    )
    yield case(
        f,
        "sammanfattning_beslut",
        "sv",
        ("Erik Lindqvist", "erik.lindqvist@norrsken-it.example.se"),
        "Sammanfattning efter intervjun",
        at(2026, 11, 6, 14, 10, "Europe/Stockholm"),
        "Swedish debrief: 'intervjun i tisdags', answer promised by Friday 13 November at 12:00.",
        text=(
            "Hej Alex,\n\nTack för intervjun i tisdags. Här är en kort sammanfattning av "
            "feedbacken: starkt tekniskt case, lite kort på frågorna om ledarskap.\n\nVi har "
            "ytterligare en kandidat kvar och ger dig besked senast fredag 13 november kl. 12.00."
            "\n\nVänliga hälsningar\nErik Lindqvist\nRekryterare, Norrsken IT"
        ),
    )
    yield case(
        f,
        "riepilogo_comitato",
        "it",
        ("Giulia Ferri", "giulia.ferri@adriatica-servizi.example.it"),
        "Riepilogo del colloquio e prossimi passi",
        at(2026, 11, 9, 11, 0, "Europe/Rome"),
        "Italian summary of the interview held; the committee meets on 18 November at 10:30.",
        text=(
            "Gentile Alex,\n\nLe invio un breve riepilogo del colloquio che si è svolto "
            "giovedì scorso con l'ing. Rossi: ottima preparazione tecnica, da approfondire "
            "l'esperienza con i clienti.\n\nIl comitato di selezione si riunirà mercoledì 18 "
            "novembre alle 10:30 e Le comunicheremo l'esito entro la settimana.\n\nCordiali "
            "saluti\nGiulia Ferri\nUfficio Risorse Umane"
        ),
    )
    yield case(
        f,
        "resumo_feedback",
        "pt-BR",
        ("Mariana Costa", "mariana.costa@vale-digital.example.com.br"),
        "Resumo do feedback da entrevista",
        at(2026, 11, 10, 17, 30, "America/Sao_Paulo"),
        "Brazilian feedback note; the managers' alignment is on 19/11 at 9:00, the answer by "
        "the 20th.",
        text=(
            "Oi Alex, tudo bem?\n\nSegue o resumo do feedback da sua entrevista de segunda: a "
            "banca gostou muito da parte de arquitetura e sugeriu aprofundar métricas.\n\nOs "
            "gestores têm uma reunião de alinhamento na quinta, 19/11, às 9h (horário de "
            "Brasília), e te damos um retorno até sexta, dia 20.\n\nAbraço,\nMariana Costa\n"
            "Recrutamento, Vale Digital"
        ),
    )
    yield case(
        f,
        "shrnuti_pohovoru",
        "cs",
        ("Petra Svobodová", "petra.svobodova@vltava-tech.example.cz"),
        "Shrnutí pohovoru",
        at(2026, 11, 11, 10, 25, "Europe/Prague"),
        "Czech debrief: the interview took place ('proběhl'); the team decides on Tuesday "
        "17. 11. at 13:00.",
        text=(
            "Dobrý den, pane Morgane,\n\nděkujeme za pohovor, který proběhl v pondělí. Tým "
            "ocenil Vaše zkušenosti s Kubernetes, doplnit bychom potřebovali reference.\n\n"
            "O dalším postupu rozhodneme na poradě v úterý 17. 11. 2026 ve 13:00 a ozveme se "
            "Vám do konce týdne.\n\nS pozdravem\nPetra Svobodová\nHR, Vltava Tech"
        ),
    )
    st = at(2026, 11, 19, 15, 0, "America/New_York", "Thu")
    url = "https://zoom.example/j/92011873340"
    yield case(
        f,
        "control_feedback_final_round",
        "en",
        ("Rachel Dunn", "rachel.dunn@northgate-analytics.example.com"),
        "Feedback + final round",
        at(2026, 11, 12, 17, 40, "America/New_York"),
        "Control in the debrief writer's voice: feedback, then the final interview is "
        "scheduled for Thursday, November 19 at 3:00 PM ET, an hour.",
        text=(
            "Hi Alex,\n\nGood news: the panel's feedback was very positive, and we'd like you to"
            " meet our VP of Engineering for the final round.\n\nYour final interview is "
            "scheduled for Thursday, November 19 at 3:00 PM ET (one hour) on Zoom: "
            + url
            + "\n\nBest,\nRachel"
        ),
        label=slot(
            st, st + timedelta(hours=1), url=url, org="rachel.dunn@northgate-analytics.example.com"
        ),
    )
    sent = at(2026, 11, 13, 10, 0, "Europe/Rome")
    st = at(2026, 11, 23, 9, 30, "Europe/Rome", "Mon")
    yield case(
        f,
        "control_secondo_colloquio",
        "it",
        ("Giulia Ferri", "giulia.ferri@adriatica-servizi.example.it"),
        "Esito positivo – secondo colloquio",
        sent,
        "Control: the same HR writer, after the committee, sets a second interview on Monday "
        "23 November at 9:30; no zone.",
        text=(
            "Gentile Alex,\n\nil comitato ha dato esito positivo. La invitiamo quindi a un "
            "secondo colloquio con la direttrice tecnica lunedì 23 novembre alle 9:30, presso "
            "la nostra sede di Via Roma 18, Pescara.\n\nCordiali saluti\nGiulia Ferri"
        ),
        label=slot(st, sent=sent, org="giulia.ferri@adriatica-servizi.example.it"),
    )


def billdue() -> Iterator[Case]:
    f = "billdue"
    yield case(
        f,
        "coworking_invoice",
        "en",
        ("DeskHub Billing", "billing@deskhub.example.co.uk"),
        "Invoice INV-20931 - due Monday 16 November",
        at(2026, 11, 2, 7, 0, "Europe/London"),
        "Coworking invoice: payment due 16 November 2026 at 23:59 GMT; a meeting-room booking "
        "line mentions an interview the reader holds there.",
        text=(
            "Hello Alex,\n\nYour invoice INV-20931 for November is ready.\n\nHot desk (monthly)"
            "   £180.00\nMeeting room B, 3 hours (client interview prep)   £45.00\nTotal due: "
            "£225.00\n\nPayment is due by Monday, 16 November 2026 at 23:59 GMT. Pay online: "
            "https://deskhub.example.co.uk/pay/INV-20931\n\nThanks,\nDeskHub"
        ),
    )
    yield case(
        f,
        "cv_service_receipt",
        "de",
        ("Karrierewerk", "rechnung@karrierewerk.example.de"),
        "Ihre Rechnung Nr. 2026-1187 (fällig am 20.11.2026)",
        at(2026, 11, 6, 10, 12, "Europe/Berlin"),
        "German invoice for a CV and interview-coaching package; 'zahlbar bis 20.11.2026, "
        "18:00 Uhr'.",
        text=(
            "Guten Tag Herr Morgan,\n\nvielen Dank für Ihre Bestellung. Anbei Ihre Rechnung:\n\n"
            "Paket „Bewerbung kompakt“ (Lebenslauf-Check + Interviewtraining)   149,00 €\n"
            "MwSt. 19 %   28,31 €\nGesamt   177,31 €\n\nBitte überweisen Sie den Betrag bis "
            "Freitag, 20.11.2026, 18:00 Uhr auf das unten genannte Konto.\n\nKarrierewerk GbR"
        ),
    )
    yield case(
        f,
        "facture_formation",
        "fr",
        ("Académie Numérique", "factures@academie-numerique.example.fr"),
        "Facture F-4471 – échéance le 25 novembre à 12h00",
        at(2026, 11, 9, 8, 30, "Europe/Paris"),
        "French training invoice with 'date d'échéance : 25/11/2026 à 12h00'.",
        text=(
            "Bonjour Alex,\n\nVeuillez trouver ci-dessous votre facture pour la formation « "
            "Réussir ses entretiens d'embauche ».\n\nMontant TTC : 390,00 €\nDate d'échéance : "
            "mercredi 25/11/2026 à 12h00\n\nRèglement par virement ou en ligne sur votre espace."
            "\n\nCordialement,\nService comptabilité"
        ),
    )
    yield case(
        f,
        "recibo_traduccion",
        "es",
        ("Traducciones Jurado Vega", "pagos@traduccionesvega.example.es"),
        "Recibo de pago y recogida de documentos",
        at(2026, 11, 10, 13, 45, "Europe/Madrid"),
        "Spanish receipt for a sworn translation of diplomas; pick-up from Thursday 19 November "
        "at 10:00.",
        text=(
            "Estimado Alex:\n\nHemos recibido su pago de 96,80 € por la traducción jurada de su "
            "título universitario.\n\nLos documentos estarán listos para recoger a partir del "
            "jueves 19 de noviembre a las 10:00 en nuestra oficina (C/ Alcalá 55, 2.º).\n\n"
            "Atentamente,\nTraducciones Jurado Vega"
        ),
    )
    yield case(
        f,
        "lasku_erapaiva",
        "fi",
        ("Kuntosali Voima", "laskutus@voima.example.fi"),
        "Lasku 55120 – eräpäivä 18.11.2026",
        at(2026, 11, 4, 6, 0, "Europe/Helsinki"),
        "Finnish invoice: 'eräpäivä ke 18.11.2026 klo 16.00'.",
        text=(
            "Hei Alex,\n\nohessa marraskuun lasku.\n\nJäsenmaksu 39,90 €\nViitenumero 551 204\n"
            "Eräpäivä: keskiviikko 18.11.2026 klo 16.00\n\nMaksathan laskun ajallaan.\n\n"
            "Ystävällisin terveisin\nKuntosali Voima"
        ),
    )
    yield case(
        f,
        "visa_fee_receipt",
        "en-IN",
        ("VisaPoint Services", "noreply@visapoint.example.in"),
        "Payment received - biometrics booking reference VP-88231",
        at(2026, 11, 11, 12, 0, "Asia/Kolkata"),
        "Visa-centre receipt; the biometrics appointment is a service appointment, not an "
        "interview (Tue 24 Nov 11:15 IST).",
        text=(
            "Dear Alex Morgan,\n\nWe have received your payment of INR 2,450.00 (service fee)."
            "\n\nBiometrics appointment: Tuesday, 24 November 2026 at 11:15 AM IST\nCentre: "
            "VisaPoint, Bandra Kurla Complex, Mumbai\n\nPlease bring this receipt and your "
            "passport.\n\nVisaPoint Services"
        ),
    )
    st = at(2026, 11, 26, 10, 0, "Europe/Amsterdam", "Thu")
    yield case(
        f,
        "control_interview_travel_receipt",
        "nl",
        ("Femke Janssen", "femke.janssen@deltaport.example.nl"),
        "Uitnodiging gesprek + reiskosten",
        at(2026, 11, 12, 14, 0, "Europe/Amsterdam"),
        "Control: an invitation for Thursday 26 November at 10:00 (Nederlandse tijd names one "
        "zone) that also explains how to send travel receipts.",
        text=(
            "Beste Alex,\n\nGraag nodigen wij je uit voor een gesprek op donderdag 26 november "
            "2026 om 10:00 uur (Nederlandse tijd) op ons kantoor in Rotterdam, Wilhelminakade "
            "9.\n\nJe reiskosten vergoeden we: stuur de bonnetjes vóór 10 december naar "
            "declaraties@deltaport.example.nl.\n\nMet vriendelijke groet,\nFemke Janssen"
        ),
        label=slot(st, zone="Europe/Amsterdam", org="femke.janssen@deltaport.example.nl"),
    )
    sent = at(2026, 11, 9, 9, 10, "Europe/Paris")
    st = at(2026, 11, 20, 14, 30, "Europe/Paris", "Fri")
    yield case(
        f,
        "control_entretien_note_frais",
        "fr",
        ("Julien Marchal", "julien.marchal@rhone-energie.example.fr"),
        "Convocation à un entretien – vendredi 20 novembre",
        sent,
        "Control: French invitation on Friday 20 November at 14h30; the expense claim is due "
        "later; no zone.",
        text=(
            "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le vendredi 20"
            " novembre à 14h30 dans nos locaux de Lyon (12 quai Perrache).\n\nVos frais de "
            "transport seront remboursés sur présentation des justificatifs.\n\nBien "
            "cordialement,\nJulien Marchal\nChargé de recrutement"
        ),
        label=slot(st, sent=sent, org="julien.marchal@rhone-energie.example.fr"),
    )


def testportal() -> Iterator[Case]:
    f = "testportal"
    yield case(
        f,
        "link_expires_en",
        "en",
        ("SkillCheck", "no-reply@skillcheck.example.io"),
        "Your assessment link for Fenwick Labs",
        at(2026, 11, 3, 9, 0, "Europe/London"),
        "Assessment platform: 'your test link expires on Tuesday 10 November at 5:00 PM GMT'.",
        text=(
            "Hi Alex,\n\nFenwick Labs has invited you to take an online assessment for the Data "
            "Analyst role.\n\nStart your test: https://skillcheck.example.io/t/9f2kq\n\nThe test "
            "takes about 60 minutes. Your test link expires on Tuesday, 10 November 2026 at 5:00"
            " PM GMT.\n\nGood luck!\nThe SkillCheck team"
        ),
    )
    yield case(
        f,
        "link_gueltig_bis",
        "de",
        ("SkillCheck", "no-reply@skillcheck.example.io"),
        "Ihr Online-Test für die Stadtwerke Lindau",
        at(2026, 11, 4, 8, 30, "Europe/Berlin"),
        "German: 'Ihr Testlink ist gültig bis 11.11.2026, 23:59 Uhr'.",
        text=(
            "Hallo Alex Morgan,\n\ndie Stadtwerke Lindau laden Sie zu einem Online-Test ein.\n\n"
            "Test starten: https://skillcheck.example.io/t/77aa1\nDauer: ca. 45 Minuten\n\nIhr "
            "Testlink ist gültig bis Mittwoch, 11.11.2026, 23:59 Uhr. Danach verfällt er.\n\n"
            "Ihr SkillCheck-Team"
        ),
    )
    yield case(
        f,
        "ventana_prueba",
        "es",
        ("EvalPro", "soporte@evalpro.example.com"),
        "Recordatorio: tu prueba técnica vence mañana",
        at(2026, 11, 11, 10, 0, "America/Mexico_City"),
        "Mexican Spanish reminder: the test window closes 'jueves 12 de noviembre a las 18:00'.",
        text=(
            "Hola Alex:\n\nTe recordamos que aún no has completado la prueba técnica de Grupo "
            "Altiplano.\n\nLa ventana para realizarla se cierra el jueves 12 de noviembre a las "
            "18:00 (hora del centro de México). Accede aquí: https://evalpro.example.com/p/"
            "qq31\n\nSaludos,\nEquipo EvalPro"
        ),
    )
    yield case(
        f,
        "prazo_teste_ptbr",
        "pt-BR",
        ("TestaJá", "nao-responda@testaja.example.com.br"),
        "Seu teste on-line está disponível",
        at(2026, 11, 12, 11, 0, "America/Sao_Paulo"),
        "Brazilian: the test is available until 'segunda-feira, 16/11, às 23h59'.",
        text=(
            "Olá, Alex!\n\nA Nuvem Azul Tecnologia convidou você para um teste on-line de "
            "lógica.\n\nO link fica disponível até segunda-feira, 16/11/2026, às 23h59 (horário "
            "de Brasília): https://testaja.example.com.br/t/ab12\n\nBoa sorte!\nEquipe TestaJá"
        ),
    )
    yield case(
        f,
        "okno_testu_pl",
        "pl",
        ("TalentTest", "powiadomienia@talenttest.example.pl"),
        "Test kompetencji – okno otwarte od 17.11",
        at(2026, 11, 13, 9, 15, "Europe/Warsaw"),
        "Polish test window that opens on 17.11 at 9:00 and closes on 19.11 at 21:00.",
        text=(
            "Dzień dobry,\n\nfirma Baltic Soft zaprasza Pana do testu kompetencji.\n\nTest "
            "można rozpocząć od wtorku 17.11.2026, godz. 9:00, do czwartku 19.11.2026, godz. "
            "21:00. Link: https://talenttest.example.pl/t/xy7\n\nPozdrawiamy\nZespół TalentTest"
        ),
    )
    yield case(
        f,
        "son_gun_tr",
        "tr",
        ("Değerlendir", "bildirim@degerlendir.example.com.tr"),
        "Hatırlatma: değerlendirme bağlantınızın süresi doluyor",
        at(2026, 11, 16, 10, 0, "Europe/Istanbul"),
        "Turkish reminder: the link expires '18 Kasım 2026 Çarşamba saat 17:00'.",
        text=(
            "Merhaba Alex,\n\nAnadolu Yazılım için çevrim içi değerlendirmeniz henüz "
            "tamamlanmadı.\n\nBağlantınızın süresi 18 Kasım 2026 Çarşamba saat 17:00'de doluyor:"
            " https://degerlendir.example.com.tr/d/551\n\nBaşarılar,\nDeğerlendir Ekibi"
        ),
    )
    st = at(2026, 11, 18, 15, 0, "Europe/London", "Wed")
    url = "https://skillcheck.example.io/live/r8k2"
    yield case(
        f,
        "control_live_interview_en",
        "en",
        ("SkillCheck", "no-reply@skillcheck.example.io"),
        "Live coding interview scheduled with Fenwick Labs",
        at(2026, 11, 11, 16, 0, "Europe/London"),
        "Control: the same platform books a live coding interview with an engineer, "
        "Wednesday 18 November 3:00-4:00 PM GMT.",
        text=(
            "Hi Alex,\n\nYour live coding interview with Fenwick Labs has been scheduled.\n\n"
            "Interviewer: Tom Hardy, Senior Engineer\nWhen: Wednesday, 18 November 2026, 3:00 PM"
            " - 4:00 PM GMT\nJoin: " + url + "\n\nSee you there!\nThe SkillCheck team"
        ),
        label=slot(st, st + timedelta(hours=1), url=url),
    )
    st = at(2026, 11, 24, 11, 0, "Europe/Warsaw", "Tue")
    sent = at(2026, 11, 18, 9, 0, "Europe/Warsaw")
    yield case(
        f,
        "control_rozmowa_pl",
        "pl",
        ("TalentTest", "powiadomienia@talenttest.example.pl"),
        "Zaproszenie na rozmowę – Baltic Soft",
        sent,
        "Control: the same Polish platform sets an interview after the test, 24.11 at 11:00, "
        "no zone.",
        text=(
            "Dzień dobry,\n\ngratulujemy wyniku testu. Firma Baltic Soft zaprasza Pana na rozmowę"
            " kwalifikacyjną we wtorek 24.11.2026 o godz. 11:00 w biurze przy ul. Grunwaldzkiej"
            " 8, Gdańsk.\n\nPozdrawiamy\nZespół TalentTest"
        ),
        label=slot(st, sent=sent),
    )


def pickslot() -> Iterator[Case]:
    f = "pickslot"
    yield case(
        f,
        "pick_a_time_en",
        "en",
        ("Olivia Grant", "olivia.grant@brightpath-health.example.com"),
        "Next step: pick a time for your interview",
        at(2026, 11, 3, 10, 0, "America/Chicago"),
        "Scheduling link; 'slots open from Monday November 9 at 9:00 AM CT'.",
        text=(
            "Hi Alex,\n\nThe team would love to talk with you. Please pick a time that works for"
            " you using my scheduling link: https://cal.example.com/olivia-grant/30min\n\nSlots"
            " open from Monday, November 9 at 9:00 AM CT through the end of that week.\n\n"
            "Thanks,\nOlivia Grant\nRecruiter, BrightPath Health"
        ),
    )
    yield case(
        f,
        "termin_waehlen_de",
        "de",
        ("Lena Krüger", "lena.krueger@nordlicht-versicherung.example.de"),
        "Bitte wählen Sie einen Termin",
        at(2026, 11, 4, 9, 20, "Europe/Berlin"),
        "German: 'wählen Sie über den Link einen passenden Termin'; the earliest slot Mon "
        "9.11. at 8:30.",
        text=(
            "Hallo Herr Morgan,\n\nwir möchten Sie gern kennenlernen. Bitte wählen Sie über "
            "folgenden Link einen passenden Termin für ein 30-minütiges Telefonat aus: "
            "https://termine.example.de/nordlicht/kennenlernen\n\nDer früheste freie Termin ist "
            "Montag, 9.11., um 8:30 Uhr.\n\nBeste Grüße\nLena Krüger"
        ),
    )
    yield case(
        f,
        "choisissez_creneau_fr",
        "fr",
        ("Inès Benali", "ines.benali@atlantique-conseil.example.fr"),
        "Choisissez votre créneau d'entretien",
        at(2026, 11, 5, 11, 0, "Europe/Paris"),
        "French: 'choisissez le créneau qui vous convient'; slots between 16 and 18 November, "
        "from 9h00.",
        text=(
            "Bonjour Alex,\n\nSuite à votre candidature, je vous propose d'échanger. Choisissez "
            "le créneau qui vous convient via ce lien : https://rdv.example.fr/atlantique/"
            "entretien\n\nDes créneaux sont ouverts du lundi 16 novembre à 9h00 au mercredi 18 "
            "novembre.\n\nBien à vous,\nInès Benali"
        ),
    )
    yield case(
        f,
        "elige_horario_es",
        "es",
        ("Tomás Herrera", "tomas.herrera@andes-logistica.example.cl"),
        "Agenda tu entrevista",
        at(2026, 11, 6, 12, 0, "America/Santiago"),
        "Chilean Spanish: 'agenda tu entrevista en el horario que prefieras'; first slot Tuesday"
        " 10 November at 10:00.",
        text=(
            "Hola Alex:\n\nQueremos avanzar con tu postulación. Agenda tu entrevista en el "
            "horario que prefieras aquí: https://agenda.example.cl/andes/entrevista\n\nHay "
            "horarios disponibles desde el martes 10 de noviembre a las 10:00.\n\nSaludos,\n"
            "Tomás Herrera"
        ),
    )
    yield case(
        f,
        "plan_zelf_nl",
        "nl",
        ("Wouter Bakker", "wouter.bakker@polderdata.example.nl"),
        "Plan zelf je kennismakingsgesprek in",
        at(2026, 11, 9, 8, 45, "Europe/Amsterdam"),
        "Dutch: 'plan zelf een moment in'; reminder that slots go quickly, e.g. Thursday 12 "
        "November 14:00 is still free.",
        text=(
            "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd! Plan zelf een moment in voor een "
            "kennismakingsgesprek via https://plan.example.nl/polderdata/intro\n\nDonderdag 12 "
            "november om 14:00 is nog vrij, maar de plekken gaan snel.\n\nGroet,\nWouter Bakker"
        ),
    )
    yield case(
        f,
        "scegli_orario_it",
        "it",
        ("Chiara Esposito", "chiara.esposito@lagunare.example.it"),
        "Prenota il tuo colloquio conoscitivo",
        at(2026, 11, 10, 9, 0, "Europe/Rome"),
        "Italian: 'scegli l'orario che preferisci'; the calendar opens on 16 November at 9:00.",
        text=(
            "Ciao Alex,\n\nper fissare il colloquio conoscitivo scegli l'orario che preferisci "
            "dal calendario: https://prenota.example.it/lagunare/colloquio\n\nIl calendario si "
            "apre lunedì 16 novembre alle 9:00.\n\nA presto,\nChiara Esposito"
        ),
    )
    st = at(2026, 11, 12, 10, 30, "America/Chicago", "Thu")
    yield case(
        f,
        "control_booked_en",
        "en",
        ("Olivia Grant", "olivia.grant@brightpath-health.example.com"),
        "Confirmed: Intro call with Olivia Grant - Thu Nov 12, 10:30am CT",
        at(2026, 11, 4, 15, 2, "America/Chicago"),
        "Control: the confirmation after the reader picked a slot, Thursday November 12 "
        "10:30-11:00 AM Central Time (America/Chicago named).",
        text=(
            "Hi Alex,\n\nYou're booked! Your intro call with Olivia Grant is confirmed.\n\n"
            "Thursday, November 12, 2026\n10:30am - 11:00am (America/Chicago)\nPhone: Olivia "
            "will call you on the number you provided.\n\nNeed to change it? Reschedule or "
            "cancel from the link in this email."
        ),
        label=slot(st, st + timedelta(minutes=30), zone="America/Chicago"),
    )
    st = at(2026, 11, 17, 11, 0, "Europe/Paris", "Tue")
    yield case(
        f,
        "control_confirme_fr",
        "fr",
        ("Inès Benali", "ines.benali@atlantique-conseil.example.fr"),
        "Entretien confirmé – mardi 17 novembre à 11h00",
        at(2026, 11, 6, 17, 30, "Europe/Paris"),
        "Control: the French recruiter confirms the slot the reader chose, 11h00-11h45, heure "
        "de Paris.",
        text=(
            "Bonjour Alex,\n\nMerci d'avoir choisi votre créneau. Votre entretien est confirmé "
            "le mardi 17 novembre de 11h00 à 11h45 (heure de Paris), en visioconférence : "
            "https://visio.example.fr/atl-8812\n\nBien à vous,\nInès Benali"
        ),
        label=slot(
            st,
            st + timedelta(minutes=45),
            zone="Europe/Paris",
            url="https://visio.example.fr/atl-8812",
            org="ines.benali@atlantique-conseil.example.fr",
        ),
    )


def scoutfirst() -> Iterator[Case]:
    f = "scoutfirst"
    yield case(
        f,
        "coffee_when_in_town",
        "en",
        ("Marcus Hale", "marcus@halesearch.example.com"),
        "Quick hello - platform engineering search",
        at(2026, 11, 2, 13, 0, "Europe/London"),
        "Headhunter's first message: in London on Wednesday 18 November, 'could meet for a "
        "coffee at 10am if that's of interest'.",
        text=(
            "Hi Alex,\n\nI run a small search firm focused on platform engineering. A client of "
            "mine, a Series C fintech, is building out its infrastructure team and your work on "
            "observability stood out.\n\nI'll be in London on Wednesday 18 November and could "
            "meet for a coffee at 10am near Old Street if that's of interest. No pressure at all."
            "\n\nBest,\nMarcus Hale\nHale Search"
        ),
    )
    yield case(
        f,
        "kaffee_angebot_de",
        "de",
        ("Sabine Ritter", "s.ritter@ritter-executive.example.de"),
        "Vertrauliche Anfrage",
        at(2026, 11, 3, 11, 30, "Europe/Berlin"),
        "German executive search first contact; 'falls Sie Interesse haben, ... Donnerstag, "
        "19.11., 17:00 Uhr'.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nich betreue für einen Mittelständler im Raum München "
            "die Besetzung der Leitung IT-Infrastruktur und wurde auf Sie aufmerksam.\n\nFalls "
            "Sie Interesse an einem unverbindlichen Austausch haben, könnte ich Donnerstag, "
            "19.11., um 17:00 Uhr anbieten.\n\nMit besten Grüßen\nSabine Ritter"
        ),
    )
    yield case(
        f,
        "fika_sv",
        "sv",
        ("Johan Berg", "johan.berg@bergtalent.example.se"),
        "Hej från Berg Talent",
        at(2026, 11, 4, 9, 0, "Europe/Stockholm"),
        "Swedish scout: 'om du är nyfiken kan vi ta en fika på tisdag 17/11 kl. 15'.",
        text=(
            "Hej Alex!\n\nJag rekryterar åt ett spelbolag i Stockholm som söker en erfaren "
            "backendutvecklare. Din profil verkar passa bra.\n\nOm du är nyfiken kan vi ta en "
            "fika på tisdag 17/11 kl. 15.00 på Södermalm – säg bara till.\n\nHälsningar\nJohan "
            "Berg"
        ),
    )
    yield case(
        f,
        "cafe_propuesta_es",
        "es",
        ("Paula Ibáñez", "paula.ibanez@ibanezhunting.example.es"),
        "Una oportunidad que quizá te interese",
        at(2026, 11, 5, 10, 0, "Europe/Madrid"),
        "Spanish first contact: 'si te apetece, el viernes 13 a las 9:30 podríamos tomar un café'.",
        text=(
            "Hola Alex:\n\nSoy headhunter y trabajo con una empresa de energía renovable que "
            "busca responsable de datos. Creo que tu perfil encaja.\n\nSi te apetece, el viernes"
            " 13 de noviembre a las 9:30 podríamos tomar un café cerca de Atocha y te cuento "
            "más.\n\nUn saludo,\nPaula Ibáñez"
        ),
    )
    yield case(
        f,
        "conversa_ptbr",
        "pt-BR",
        ("Rafael Mendes", "rafael@mendeshunter.example.com.br"),
        "Oportunidade confidencial",
        at(2026, 11, 6, 14, 0, "America/Sao_Paulo"),
        "Brazilian scout: 'se fizer sentido pra você, consigo quarta, 18/11, às 19h'.",
        text=(
            "Olá Alex,\n\nsou headhunter e estou conduzindo um processo confidencial para uma "
            "fintech em São Paulo (head de engenharia).\n\nSe fizer sentido pra você, consigo "
            "uma conversa rápida na quarta, 18/11, às 19h.\n\nAbraços,\nRafael Mendes"
        ),
    )
    yield case(
        f,
        "kaffe_da",
        "da",
        ("Mette Holm", "mette.holm@holmrekruttering.example.dk"),
        "Uforpligtende snak?",
        at(2026, 11, 9, 10, 0, "Europe/Copenhagen"),
        "Danish scout: 'hvis du har lyst, kan vi mødes til en kop kaffe fredag den 20. "
        "november kl. 8.30'.",
        text=(
            "Hej Alex,\n\nJeg arbejder med rekruttering til en medicovirksomhed i Lyngby, der "
            "søger en DevOps-lead.\n\nHvis du har lyst, kan vi mødes til en kop kaffe fredag den "
            "20. november kl. 8.30 i Lyngby.\n\nVenlig hilsen\nMette Holm"
        ),
    )
    st = at(2026, 11, 18, 10, 0, "Europe/London", "Wed")
    sent = at(2026, 11, 4, 9, 40, "Europe/London")
    yield case(
        f,
        "control_coffee_confirmed",
        "en",
        ("Marcus Hale", "marcus@halesearch.example.com"),
        "Re: Quick hello - platform engineering search",
        sent,
        "Control: after the reader said yes, the scout confirms Wednesday 18 November at 10am "
        "with the client's CTO; no zone.",
        text=(
            "Hi Alex,\n\nGreat to hear back. That's confirmed then: Wednesday 18 November at "
            "10am, Ozone Coffee, 11 Leonard Street. I'll bring the CTO of my client along so you"
            " can ask her directly about the role.\n\nBest,\nMarcus"
        ),
        reply=True,
        label=slot(st, sent=sent, org="marcus@halesearch.example.com"),
    )
    st = at(2026, 11, 19, 17, 0, "Europe/Berlin", "Thu")
    yield case(
        f,
        "control_termin_bestaetigt_de",
        "de",
        ("Sabine Ritter", "s.ritter@ritter-executive.example.de"),
        "Terminbestätigung: Gespräch am 19.11. um 17:00 Uhr",
        at(2026, 11, 5, 8, 50, "Europe/Berlin"),
        "Control: the German headhunter confirms the meeting with the client for 19.11. 17:00"
        "-18:00 (MEZ: an abbreviation, no zone label).",
        text=(
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Zusage. Hiermit bestätige ich "
            "unser Gespräch mit dem Geschäftsführer meines Mandanten am Donnerstag, 19.11.2026, "
            "von 17:00 bis 18:00 Uhr (MEZ) in unserem Büro, Maximilianstraße 30, München.\n\n"
            "Mit besten Grüßen\nSabine Ritter"
        ),
        label=slot(st, st + timedelta(hours=1), org="s.ritter@ritter-executive.example.de"),
    )


def awayreply() -> Iterator[Case]:
    f = "awayreply"
    yield case(
        f,
        "back_monday_en",
        "en",
        ("Hannah Price", "hannah.price@cobaltworks.example.com"),
        "Re: Application - Product Designer",
        at(2026, 11, 10, 9, 2, "Europe/London"),
        "Out-of-office without subject prefix or headers: 'I'm out of the office until Monday"
        " 16 November and will be back at 9am'.",
        text=(
            "Thank you for your email. I'm out of the office until Monday 16 November and will be"
            " back at 9am. For urgent recruitment queries please contact talent@cobaltworks."
            "example.com.\n\nHannah"
        ),
        reply=True,
    )
    yield case(
        f,
        "abwesend_de",
        "de",
        ("Michael Braun", "michael.braun@auenland-bau.example.de"),
        "Automatische Antwort: Ihre Bewerbung",
        at(2026, 11, 11, 14, 30, "Europe/Berlin"),
        "German Outlook auto-reply: 'ab Montag, 23.11., 8:00 Uhr wieder erreichbar'.",
        text=(
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20.11.2026, "
            "nicht im Büro und ab Montag, 23.11., 8:00 Uhr wieder erreichbar. In dringenden "
            "Fällen wenden Sie sich bitte an personal@auenland-bau.example.de."
        ),
        auto=True,
    )
    yield case(
        f,
        "absent_fr",
        "fr",
        ("Sophie Girard", "sophie.girard@azur-medical.example.fr"),
        "Absence du bureau",
        at(2026, 11, 12, 10, 0, "Europe/Paris"),
        "French absence note: 'de retour le lundi 23 novembre à 9h'.",
        text=(
            "Bonjour,\n\nJe suis absente jusqu'au vendredi 20 novembre inclus, de retour le "
            "lundi 23 novembre à 9h. Votre message sera traité à mon retour.\n\nSophie Girard"
        ),
        auto=True,
    )
    yield case(
        f,
        "fuera_oficina_es",
        "es",
        ("Diego Navarro", "diego.navarro@mesetaenergia.example.es"),
        "Respuesta automática: Entrevista",
        at(2026, 11, 13, 8, 0, "Europe/Madrid"),
        "Spanish auto-reply whose subject says 'Entrevista': 'estaré fuera de la oficina hasta "
        "el martes 17 de noviembre a las 10:00'.",
        text=(
            "Hola,\n\nEstaré fuera de la oficina hasta el martes 17 de noviembre a las 10:00, "
            "con acceso limitado al correo. Para temas de selección, escribe a rrhh@mesetaenergia"
            ".example.es.\n\nGracias,\nDiego"
        ),
    )
    yield case(
        f,
        "fuori_ufficio_it",
        "it",
        ("Marco Bianchi", "marco.bianchi@dolomiti-tech.example.it"),
        "Re: Colloquio tecnico",
        at(2026, 11, 16, 7, 30, "Europe/Rome"),
        "Italian out-of-office as a plain reply: 'rientrerò in ufficio giovedì 19 novembre "
        "alle 9:00'.",
        text=(
            "Grazie per il messaggio. Sono fuori ufficio per ferie e rientrerò giovedì 19 "
            "novembre alle 9:00. Per urgenze potete contattare selezione@dolomiti-tech."
            "example.it.\n\nMarco Bianchi"
        ),
        reply=True,
    )
    yield case(
        f,
        "afwezig_nl",
        "nl",
        ("Eva Visser", "eva.visser@kustlijn.example.nl"),
        "Afwezig: Re: Sollicitatiegesprek",
        at(2026, 11, 17, 9, 0, "Europe/Amsterdam"),
        "Dutch 'Afwezig:' prefix; 'vanaf maandag 30 november om 8:30 weer bereikbaar'.",
        text=(
            "Beste afzender,\n\nIk ben met verlof en vanaf maandag 30 november om 8:30 weer "
            "bereikbaar. Voor vragen over sollicitaties kun je mailen naar werken@kustlijn."
            "example.nl.\n\nMet vriendelijke groet,\nEva Visser"
        ),
        auto=True,
    )
    yield case(
        f,
        "poissa_fi",
        "fi",
        ("Laura Virtanen", "laura.virtanen@saimaa-soft.example.fi"),
        "Re: Haastattelu",
        at(2026, 11, 18, 8, 15, "Europe/Helsinki"),
        "Finnish out-of-office as a reply: 'olen lomalla ja palaan töihin maanantaina 23.11. "
        "klo 9'.",
        text=(
            "Hei,\n\nolen lomalla ja palaan töihin maanantaina 23.11. klo 9. Kiireellisissä "
            "rekrytointiasioissa ota yhteyttä rekry@saimaa-soft.example.fi.\n\nLaura Virtanen"
        ),
        reply=True,
    )
    yield case(
        f,
        "ausente_pt",
        "pt",
        ("Rui Almeida", "rui.almeida@tejo-digital.example.pt"),
        "Resposta automática: Entrevista técnica",
        at(2026, 11, 19, 11, 0, "Europe/Lisbon"),
        "European Portuguese auto-reply: 'estarei ausente até dia 27 de novembro, regressando "
        "a 30 de novembro às 9h00'.",
        text=(
            "Obrigado pela sua mensagem. Estarei ausente até dia 27 de novembro, regressando a "
            "segunda-feira, 30 de novembro, às 9h00. Para assuntos urgentes contacte "
            "recrutamento@tejo-digital.example.pt."
        ),
    )
    st = at(2026, 11, 19, 14, 0, "Europe/London", "Thu")
    sent = at(2026, 11, 16, 9, 40, "Europe/London")
    yield case(
        f,
        "control_back_booked_en",
        "en",
        ("Hannah Price", "hannah.price@cobaltworks.example.com"),
        "Re: Application - Product Designer",
        sent,
        "Control: the same recruiter, back from leave, books an interview for Thursday 19 "
        "November at 2pm; no zone.",
        text=(
            "Hi Alex,\n\nI'm back in the office and caught up on your application - sorry for "
            "the wait. I've booked you in with our Head of Design on Thursday 19 November at 2pm"
            " at our studio, 40 Clerkenwell Road. It will last about an hour.\n\nBest,\nHannah"
        ),
        reply=True,
        label=slot(st, sent=sent, org="hannah.price@cobaltworks.example.com"),
    )
    st = at(2026, 11, 25, 10, 30, "Europe/Berlin", "Wed")
    sent = at(2026, 11, 23, 8, 20, "Europe/Berlin")
    yield case(
        f,
        "control_zurueck_einladung_de",
        "de",
        ("Michael Braun", "michael.braun@auenland-bau.example.de"),
        "Einladung zum Vorstellungsgespräch am 25.11.",
        sent,
        "Control: the German HR contact, back in the office, invites for Wednesday 25.11. at "
        "10:30; no zone.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nnach meiner Rückkehr möchte ich Sie gern zu einem "
            "Vorstellungsgespräch am Mittwoch, 25.11.2026, um 10:30 Uhr in unsere Zentrale, "
            "Hafenweg 3, Hamburg, einladen.\n\nMit freundlichen Grüßen\nMichael Braun"
        ),
        label=slot(st, sent=sent, org="michael.braun@auenland-bau.example.de"),
    )


def meetupremind() -> Iterator[Case]:
    f = "meetupremind"
    yield case(
        f,
        "tomorrow_en",
        "en",
        ("Gatherly", "reminders@gatherly.example.com"),
        "Reminder: Women in Data London is tomorrow",
        at(2026, 11, 11, 9, 0, "Europe/London"),
        "Community reminder: 'Thursday 12 November, 6:30 PM GMT', RSVP'd as attendee.",
        text=(
            "Hi Alex,\n\nJust a reminder that you're going to Careers in Data: Panel & "
            "Networking tomorrow.\n\nThursday, 12 November 2026, 6:30 PM - 9:00 PM GMT\nLevel39,"
            " One Canada Square, London\n\nCan't make it anymore? Update your RSVP so someone "
            "on the waitlist can take your spot."
        ),
    )
    yield case(
        f,
        "anmeldung_de",
        "de",
        ("Treffpunkt.io", "no-reply@treffpunkt.example.io"),
        "Du bist dabei: Karriereabend Embedded Systems",
        at(2026, 11, 5, 18, 0, "Europe/Berlin"),
        "German registration confirmation for a community careers evening on 19.11. at 18:30.",
        text=(
            "Hallo Alex,\n\ndeine Anmeldung ist bestätigt. Du bist dabei beim Karriereabend "
            "Embedded Systems der Usergroup Stuttgart.\n\nWann: Donnerstag, 19. November 2026, "
            "18:30 Uhr\nWo: Hospitalhof, Büchsenstraße 33\n\nWir freuen uns auf dich!"
        ),
    )
    yield case(
        f,
        "rappel_fr",
        "fr",
        ("Rencontres Tech Nantes", "contact@rencontres-tech.example.fr"),
        "Rappel : Apéro emploi tech – mardi 24 novembre",
        at(2026, 11, 20, 10, 0, "Europe/Paris"),
        "French community reminder: 'mardi 24 novembre à 19h'.",
        text=(
            "Bonjour Alex,\n\nPetit rappel : l'apéro emploi tech a lieu mardi 24 novembre à 19h "
            "à La Cantine, 11 rue La Noue Bras de Fer. Une dizaine d'entreprises qui recrutent "
            "seront présentes.\n\nÀ mardi !\nL'équipe Rencontres Tech"
        ),
    )
    yield case(
        f,
        "herinnering_nl",
        "nl",
        ("Meetkring", "noreply@meetkring.example.nl"),
        "Herinnering: Frontend Utrecht #42 begint over 2 uur",
        at(2026, 11, 18, 16, 0, "Europe/Amsterdam"),
        "Dutch meetup reminder: 'vandaag om 18:00'.",
        text=(
            "Hoi Alex,\n\nFrontend Utrecht #42 begint vandaag, woensdag 18 november, om 18:00. "
            "Pizza vanaf 17:30; na de talks is er een vacaturemarkt.\n\nLocatie: Het Huis, "
            "Vredenburg 19\n\nKun je niet? Meld je af via de app."
        ),
    )
    yield case(
        f,
        "promemoria_it",
        "it",
        ("Eventi Tech Torino", "eventi@techtorino.example.it"),
        "Promemoria: Job Night Torino, giovedì alle 18:00",
        at(2026, 11, 23, 9, 0, "Europe/Rome"),
        "Italian reminder for a job night on Thursday 26 November at 18:00.",
        text=(
            "Ciao Alex,\n\nti ricordiamo che giovedì 26 novembre alle 18:00 ti aspettiamo alla "
            "Job Night Torino presso le OGR, Corso Castelfidardo 22. Porta qualche copia del CV!"
            "\n\nLo staff di Eventi Tech Torino"
        ),
    )
    yield case(
        f,
        "paminnelse_sv",
        "sv",
        ("Träffas", "info@traffas.example.se"),
        "Påminnelse: Rekryteringsmingel i morgon kl. 17",
        at(2026, 11, 24, 12, 0, "Europe/Stockholm"),
        "Swedish reminder: 'onsdag 25 november kl. 17.00'.",
        text=(
            "Hej Alex!\n\nVälkommen på rekryteringsminglet för utvecklare onsdag 25 november kl."
            " 17.00 på Epicenter, Mäster Samuelsgatan 36. Tio bolag som anställer är på plats."
            "\n\nVi ses!\nTräffas"
        ),
    )
    st = at(2026, 11, 12, 19, 20, "Europe/London", "Thu")
    yield case(
        f,
        "control_fair_slot_en",
        "en",
        ("Gatherly", "reminders@gatherly.example.com"),
        "Your 1:1 interview slot at Careers in Data",
        at(2026, 11, 10, 15, 0, "Europe/London"),
        "Control: the platform gives the reader their own interview slot with an employer "
        "at the event, 7:20-7:40 PM GMT.",
        text=(
            "Hi Alex,\n\nGood news: Quantia has booked a 1:1 interview with you at Careers in "
            "Data.\n\nYour interview: Thursday, 12 November 2026, 7:20 PM - 7:40 PM GMT, table "
            "14, with Sam Okafor (Head of Analytics).\n\nPlease arrive at the table a few minutes"
            " early."
        ),
        label=slot(st, st + timedelta(minutes=20)),
    )
    st = at(2026, 11, 19, 17, 15, "Europe/Berlin", "Thu")
    sent = at(2026, 11, 16, 12, 0, "Europe/Berlin")
    yield case(
        f,
        "control_gespraechsslot_de",
        "de",
        ("Treffpunkt.io", "no-reply@treffpunkt.example.io"),
        "Dein Gesprächstermin mit Bosch Sensortec",
        sent,
        "Control: before the evening, an employer booked the reader for a talk at 17:15 on "
        "19.11.; no zone.",
        text=(
            "Hallo Alex,\n\nBosch Sensortec möchte dich vor dem Karriereabend kennenlernen. "
            "Dein persönlicher Gesprächstermin: Donnerstag, 19.11.2026, 17:15 Uhr, Raum 2 im "
            "Hospitalhof, mit Frau Lange aus dem Recruiting.\n\nBis dann!"
        ),
        label=slot(st, sent=sent),
    )


def openday() -> Iterator[Case]:
    f = "openday"
    yield case(
        f,
        "info_session_all_applicants_en",
        "en",
        ("Graduate Recruitment", "graduates@harwell-engineering.example.co.uk"),
        "Information session for all applicants - 17 November",
        at(2026, 11, 6, 11, 0, "Europe/London"),
        "Group information session for all applicants, Tuesday 17 November 5pm GMT, online.",
        text=(
            "Dear applicant,\n\nThank you for applying to our 2027 graduate scheme. We are "
            "holding an online information session for all applicants on Tuesday 17 November at"
            " 5pm GMT, where you can hear from current graduates and ask questions.\n\nJoin here"
            ": https://teams.example.com/l/harwell-grad-info\n\nAttendance is optional and "
            "does not affect your application.\n\nGraduate Recruitment Team"
        ),
    )
    yield case(
        f,
        "tag_offene_tuer_de",
        "de",
        ("Ausbildung Rheinmetallbau", "ausbildung@rheinmetallbau.example.de"),
        "Tag der offenen Tür am Samstag, 21.11.",
        at(2026, 11, 9, 9, 0, "Europe/Berlin"),
        "German open day for everyone interested, Saturday 21.11. 10:00-15:00.",
        text=(
            "Liebe Bewerberinnen und Bewerber,\n\nam Samstag, 21.11.2026, öffnen wir von 10:00 "
            "bis 15:00 Uhr unsere Werkstätten. Alle Interessierten sind herzlich eingeladen, "
            "eine Anmeldung ist nicht nötig.\n\nIhr Ausbildungsteam"
        ),
    )
    yield case(
        f,
        "jornada_puertas_abiertas_es",
        "es",
        ("Selección Grupo Levante", "seleccion@grupolevante.example.es"),
        "Jornada de puertas abiertas para candidatos",
        at(2026, 11, 10, 12, 0, "Europe/Madrid"),
        "Spanish open day for candidates, Friday 20 November at 16:00.",
        text=(
            "Hola:\n\nTe invitamos a nuestra jornada de puertas abiertas para candidatos el "
            "viernes 20 de noviembre a las 16:00 en nuestras oficinas de Valencia (Av. de "
            "Aragón 30). Conocerás a los equipos y resolveremos dudas sobre el proceso.\n\n"
            "Equipo de Selección"
        ),
    )
    yield case(
        f,
        "reunion_information_fr",
        "fr",
        ("Recrutement Ville de Rennes", "recrutement@ville-rennes.example.fr"),
        "Réunion d'information collective – concours d'agent technique",
        at(2026, 11, 12, 14, 0, "Europe/Paris"),
        "French collective information meeting for all candidates, 'lundi 23 novembre à 18h'.",
        text=(
            "Madame, Monsieur,\n\nUne réunion d'information collective destinée à l'ensemble "
            "des candidats se tiendra le lundi 23 novembre à 18h à l'Hôtel de Ville, salle "
            "Nominoë. Elle présentera les épreuves du concours.\n\nLe service recrutement"
        ),
    )
    yield case(
        f,
        "webinar_candidati_it",
        "it",
        ("Talent Acquisition Banca Lariana", "talent@bancalariana.example.it"),
        "Webinar di presentazione per i candidati",
        at(2026, 11, 13, 10, 0, "Europe/Rome"),
        "Italian presentation webinar for all candidates, 'martedì 24 novembre alle 17:30'.",
        text=(
            "Gentile candidata, gentile candidato,\n\nLa invitiamo al webinar di presentazione "
            "del nostro programma per neolaureati, martedì 24 novembre alle 17:30. Il link "
            "sarà lo stesso per tutti i partecipanti: https://webinar.example.it/lariana\n\n"
            "Talent Acquisition"
        ),
    )
    yield case(
        f,
        "dzien_otwarty_pl",
        "pl",
        ("Rekrutacja Wisła Logistics", "rekrutacja@wislalog.example.pl"),
        "Dzień otwarty dla kandydatów – 26.11",
        at(2026, 11, 16, 9, 0, "Europe/Warsaw"),
        "Polish open day for candidates, Thursday 26.11 from 15:00.",
        text=(
            "Dzień dobry,\n\nzapraszamy wszystkich kandydatów na dzień otwarty w naszym centrum "
            "dystrybucyjnym w czwartek 26.11.2026 od godz. 15:00. Pokażemy magazyn i opowiemy o"
            " pracy.\n\nZespół Rekrutacji"
        ),
    )
    yield case(
        f,
        "aabent_hus_da",
        "da",
        ("Rekruttering Fynbo", "job@fynbo.example.dk"),
        "Åbent hus for ansøgere",
        at(2026, 11, 17, 10, 0, "Europe/Copenhagen"),
        "Danish open house for applicants, 'onsdag den 2. december kl. 16'.",
        text=(
            "Kære ansøger\n\nVi holder åbent hus for alle ansøgere onsdag den 2. december kl. "
            "16.00 på vores kontor i Odense. Kom og mød teamet.\n\nMed venlig hilsen\n"
            "Rekruttering, Fynbo"
        ),
    )
    st = at(2026, 11, 17, 18, 10, "Europe/London", "Tue")
    yield case(
        f,
        "control_own_slot_after_session_en",
        "en",
        ("Graduate Recruitment", "graduates@harwell-engineering.example.co.uk"),
        "Your interview after the information session",
        at(2026, 11, 10, 11, 0, "Europe/London"),
        "Control: after the group session the reader gets their own interview at 6:10pm GMT.",
        text=(
            "Dear Alex,\n\nFollowing the information session on 17 November, you have been "
            "shortlisted for a first interview. Your individual interview is at 6:10pm GMT on "
            "Tuesday 17 November with Dr Imogen Shaw, in the same Teams meeting room: "
            "https://teams.example.com/l/harwell-int-0614\n\nGraduate Recruitment Team"
        ),
        label=slot(st, url="https://teams.example.com/l/harwell-int-0614"),
    )
    st = at(2026, 11, 20, 17, 30, "Europe/Madrid", "Fri")
    sent = at(2026, 11, 16, 9, 30, "Europe/Madrid")
    yield case(
        f,
        "control_entrevista_individual_es",
        "es",
        ("Selección Grupo Levante", "seleccion@grupolevante.example.es"),
        "Tu entrevista individual el 20 de noviembre",
        sent,
        "Control: after the open day the reader has their own interview at 17:30; no zone.",
        text=(
            "Hola Alex:\n\nTras la jornada de puertas abiertas, te hemos reservado una "
            "entrevista individual con la responsable del área el viernes 20 de noviembre a las"
            " 17:30, en la sala 3.\n\nUn saludo,\nEquipo de Selección"
        ),
        label=slot(st, sent=sent),
    )


def seqoutreach() -> Iterator[Case]:
    f = "seqoutreach"
    yield case(
        f,
        "bump_next_week_en",
        "en",
        ("Kayla Brooks", "kayla.brooks@talentforge.example.com"),
        "Re: Senior SRE role at a climate startup",
        at(2026, 11, 5, 14, 0, "America/Denver"),
        "Outreach bump: '20 minutes sometime next week? I'm free Tuesday at 3pm MT or "
        "Wednesday morning'.",
        text=(
            "Hi Alex,\n\nJust bumping this to the top of your inbox. Would you have 20 minutes "
            "sometime next week to hear about the role? I'm free Tuesday at 3pm MT or Wednesday "
            "morning - whatever suits you.\n\nKayla"
        ),
        reply=True,
    )
    yield case(
        f,
        "letzter_versuch_de",
        "de",
        ("Tobias Lenz", "tobias.lenz@lenz-personal.example.de"),
        "Kurze Nachfrage",
        at(2026, 11, 9, 10, 0, "Europe/Berlin"),
        "German third follow-up: 'passt Ihnen vielleicht nächste Woche Dienstag um 16 Uhr?'.",
        text=(
            "Hallo Herr Morgan,\n\nich wollte noch einmal nachhaken, ob die Position als "
            "Teamlead Data für Sie interessant ist. Passt Ihnen vielleicht nächste Woche "
            "Dienstag um 16 Uhr für ein kurzes Telefonat? Sonst gerne einen anderen Termin "
            "vorschlagen.\n\nViele Grüße\nTobias Lenz"
        ),
    )
    yield case(
        f,
        "relance_fr",
        "fr",
        ("Camille Roux", "camille.roux@roux-talents.example.fr"),
        "Relance – poste de lead développeur",
        at(2026, 11, 10, 9, 30, "Europe/Paris"),
        "French follow-up: 'un échange la semaine prochaine, par exemple jeudi à 11h ?'.",
        text=(
            "Bonjour Alex,\n\nJe me permets de vous relancer au sujet du poste de lead "
            "développeur. Seriez-vous disponible pour un échange la semaine prochaine, jeudi à "
            "11h ou à un autre moment qui vous arrange ?\n\nBelle journée,\nCamille Roux"
        ),
    )
    yield case(
        f,
        "seguimiento_es",
        "es",
        ("Andrés Molina", "andres.molina@molina-reclutamiento.example.mx"),
        "Seguimiento: vacante de arquitecto de software",
        at(2026, 11, 11, 11, 0, "America/Mexico_City"),
        "Mexican follow-up: '¿tendrías unos minutos la próxima semana? Yo podría el lunes a "
        "las 12:00'.",
        text=(
            "Hola Alex:\n\nTe escribo de nuevo por la vacante de arquitecto de software. "
            "¿Tendrías unos minutos la próxima semana para platicar? Yo podría el lunes 16 a "
            "las 12:00 o cuando mejor te acomode.\n\nSaludos,\nAndrés Molina"
        ),
    )
    yield case(
        f,
        "sollecito_it",
        "it",
        ("Federica Conti", "federica.conti@contipeople.example.it"),
        "Ti scrivo di nuovo",
        at(2026, 11, 12, 15, 0, "Europe/Rome"),
        "Italian bump: 'ti andrebbe una chiamata la settimana prossima, magari martedì alle 15?'.",
        text=(
            "Ciao Alex,\n\nriprendo il mio messaggio della settimana scorsa. Ti andrebbe una "
            "chiamata di un quarto d'ora la settimana prossima, magari martedì 17 alle 15? "
            "Fammi sapere quando ti è più comodo.\n\nFederica"
        ),
    )
    yield case(
        f,
        "przypomnienie_pl",
        "pl",
        ("Karolina Wójcik", "karolina.wojcik@wojcik-hr.example.pl"),
        "Odświeżam temat",
        at(2026, 11, 13, 10, 0, "Europe/Warsaw"),
        "Polish follow-up: 'czy znalazłby Pan chwilę w przyszłym tygodniu, np. w środę o 10?'.",
        text=(
            "Dzień dobry,\n\nodświeżam temat oferty na stanowisko kierownika projektu. Czy "
            "znalazłby Pan chwilę na rozmowę w przyszłym tygodniu, np. w środę 18.11 o 10:00? "
            "Proszę dać znać, jaki termin pasuje.\n\nPozdrawiam\nKarolina Wójcik"
        ),
    )
    st = at(2026, 11, 17, 15, 0, "America/Denver", "Tue")
    yield case(
        f,
        "control_booked_call_en",
        "en",
        ("Kayla Brooks", "kayla.brooks@talentforge.example.com"),
        "Re: Senior SRE role at a climate startup",
        at(2026, 11, 6, 9, 0, "America/Denver"),
        "Control: after the reader agreed, the recruiter books Tuesday November 17 at 3:00pm "
        "MT, 20 minutes.",
        text=(
            "Hi Alex,\n\nPerfect - I've booked us for Tuesday, November 17 at 3:00pm MT for 20 "
            "minutes. I'll call you on +1 303 555 0147; a calendar invite is on its way.\n\n"
            "Kayla"
        ),
        reply=True,
        label=slot(st, st + timedelta(minutes=20), org="kayla.brooks@talentforge.example.com"),
    )
    st = at(2026, 11, 19, 11, 0, "Europe/Paris", "Thu")
    sent = at(2026, 11, 11, 8, 0, "Europe/Paris")
    yield case(
        f,
        "control_echange_confirme_fr",
        "fr",
        ("Camille Roux", "camille.roux@roux-talents.example.fr"),
        "Échange confirmé jeudi 19 novembre à 11h",
        sent,
        "Control: the French recruiter confirms the call the reader accepted; no zone.",
        text=(
            "Bonjour Alex,\n\nParfait, je vous confirme notre échange téléphonique le jeudi 19 "
            "novembre à 11h. Je vous appellerai au numéro indiqué sur votre CV.\n\nBelle "
            "journée,\nCamille Roux"
        ),
        label=slot(st, sent=sent, org="camille.roux@roux-talents.example.fr"),
    )


def quotedinvite() -> Iterator[Case]:
    f = "quotedinvite"
    s = ("Nadia Farouk", "nadia.farouk@meridian-labs.example.com")
    at(2026, 11, 3, 10, 0, "Europe/London", "Tue")  # the quoted attribution's weekday
    invitation = (
        "Hi Alex,\n\nWe'd like to invite you to an interview on Thursday 19 November at 2pm "
        "(UK time) at our office, 22 Bankside, London.\n\nBest,\nNadia"
    )
    yield case(
        f,
        "thanks_parking_en",
        "en",
        s,
        "Re: Interview invitation - Meridian Labs",
        at(2026, 11, 5, 12, 0, "Europe/London"),
        "Reply about parking above a Gmail-quoted invitation; the new text sets nothing.",
        text=(
            "Hi Alex,\n\nNo problem - there is no visitor parking at the office, but the Q-Park "
            "on Southwark Street is two minutes away.\n\nBest,\nNadia\n\nOn Tue, 3 Nov 2026 at "
            "10:00, Nadia Farouk <nadia.farouk@meridian-labs.example.com> wrote:\n"
            + pp.quote(invitation)
        ),
        reply=True,
    )
    yield case(
        f,
        "documents_outlook_en",
        "en",
        s,
        "RE: Interview invitation - Meridian Labs",
        at(2026, 11, 6, 9, 0, "Europe/London"),
        "Reply asking for documents above an Outlook header block (no '>' quoting).",
        text=(
            "Hi Alex,\n\nCould you bring your passport and a printed copy of your degree "
            "certificate for our right-to-work check?\n\nThanks,\nNadia\n\n"
            "________________________________\nFrom: Nadia Farouk <nadia.farouk@meridian-labs."
            "example.com>\nSent: Tuesday, November 3, 2026 10:00 AM\nTo: Alex Morgan <alex."
            "morgan@mailbox.example>\nSubject: Interview invitation - Meridian Labs\n\n"
            + invitation
        ),
        reply=True,
    )
    de_inv = (
        "Hallo Alex,\n\nwir laden Sie zum Vorstellungsgespräch am Dienstag, 24.11.2026, um "
        "9:30 Uhr ein.\n\nViele Grüße\nAnja Keller"
    )
    yield case(
        f,
        "danke_unterlagen_de",
        "de",
        ("Anja Keller", "anja.keller@saale-solar.example.de"),
        "AW: Einladung zum Vorstellungsgespräch",
        at(2026, 11, 12, 15, 0, "Europe/Berlin"),
        "German reply 'Danke für die Unterlagen' over an Outlook 'Von:/Gesendet:' block.",
        text=(
            "Hallo Alex,\n\ndanke für die Zeugnisse, ich leite sie an die Fachabteilung weiter."
            "\n\nViele Grüße\nAnja Keller\n\nVon: Anja Keller <anja.keller@saale-solar.example."
            "de>\nGesendet: Montag, 9. November 2026 10:12\nAn: Alex Morgan <alex.morgan@mailbox"
            ".example>\nBetreff: Einladung zum Vorstellungsgespräch\n\n" + de_inv
        ),
        reply=True,
    )
    fr_inv = (
        "Bonjour Alex,\n\nNous vous proposons un entretien le mercredi 25 novembre à 10h00 "
        "dans nos locaux de Bordeaux.\n\nCordialement,\nLucie Martin"
    )
    yield case(
        f,
        "bien_recu_fr",
        "fr",
        ("Lucie Martin", "lucie.martin@garonne-vins.example.fr"),
        "RE: Proposition d'entretien",
        at(2026, 11, 13, 16, 0, "Europe/Paris"),
        "French 'bien reçu, à bientôt' above a quoted proposal ('Le ... a écrit :').",
        text=(
            "Bonjour Alex,\n\nBien reçu, merci. Le code d'accès du portail vous sera donné à "
            "l'accueil.\n\nCordialement,\nLucie Martin\n\nLe lun. 9 nov. 2026 à 11:20, Lucie "
            "Martin <lucie.martin@garonne-vins.example.fr> a écrit :\n" + pp.quote(fr_inv)
        ),
        reply=True,
    )
    es_inv = (
        "Hola Alex:\n\nTe citamos para una entrevista el jueves 26 de noviembre a las 12:00 en "
        "nuestra sede de Bilbao.\n\nSaludos,\nAinhoa Etxeberria"
    )
    yield case(
        f,
        "gracias_formulario_es",
        "es",
        ("Ainhoa Etxeberria", "ainhoa.etxeberria@bizkaia-ingenieria.example.es"),
        "RE: Citación a entrevista",
        at(2026, 11, 16, 10, 0, "Europe/Madrid"),
        "Spanish reply asking to fill a form, over a quoted 'El ... escribió:' citation.",
        text=(
            "Hola Alex:\n\nGracias por confirmar. ¿Podrías rellenar antes el formulario de datos "
            "personales que te adjunto?\n\nSaludos,\nAinhoa\n\nEl vie, 13 nov 2026 a las 9:05, "
            "Ainhoa Etxeberria (<ainhoa.etxeberria@bizkaia-ingenieria.example.es>) escribió:\n"
            + pp.quote(es_inv)
        ),
        reply=True,
    )
    nl_inv = (
        "Hoi Alex,\n\nWe nodigen je uit voor een gesprek op vrijdag 27 november om 13:00 uur "
        "bij ons kantoor in Eindhoven.\n\nGroet,\nBram Peeters"
    )
    yield case(
        f,
        "parkeren_nl",
        "nl",
        ("Bram Peeters", "bram.peeters@kempen-robotics.example.nl"),
        "RE: Uitnodiging gesprek",
        at(2026, 11, 20, 11, 0, "Europe/Amsterdam"),
        "Dutch route/parking reply over a quoted invitation ('Op ... schreef ...:').",
        text=(
            "Hoi Alex,\n\nJe kunt gratis parkeren op P2 achter het gebouw; meld je bij de "
            "receptie.\n\nGroet,\nBram\n\nOp wo 18 nov 2026 om 14:02 schreef Bram Peeters "
            "<bram.peeters@kempen-robotics.example.nl>:\n" + pp.quote(nl_inv)
        ),
        reply=True,
    )
    st = at(2026, 11, 20, 11, 0, "Europe/London", "Fri")
    yield case(
        f,
        "control_new_time_above_quote_en",
        "en",
        s,
        "Re: Interview invitation - Meridian Labs",
        at(2026, 11, 9, 13, 0, "Europe/London"),
        "Control: the new text sets the slot (Friday 20 November at 11am UK time) above the "
        "quoted earlier invitation; a move.",
        text=(
            "Hi Alex,\n\nSorry for the change: our CTO is travelling on Thursday, so we have "
            "moved your interview to Friday 20 November at 11am (UK time), same place.\n\nBest,"
            "\nNadia\n\nOn Tue, 3 Nov 2026 at 10:00, Nadia Farouk <nadia.farouk@meridian-labs."
            "example.com> wrote:\n" + pp.quote(invitation)
        ),
        reply=True,
        label=slot(st, kind="reschedule", zone="Europe/London", org=s[1]),
    )
    st = at(2026, 11, 24, 9, 30, "Europe/Berlin", "Tue")
    sent = at(2026, 11, 10, 8, 0, "Europe/Berlin")
    yield case(
        f,
        "control_bestaetigt_above_quote_de",
        "de",
        ("Anja Keller", "anja.keller@saale-solar.example.de"),
        "AW: Einladung zum Vorstellungsgespräch",
        sent,
        "Control: 'hiermit bestätigt' repeats the slot in the new text above the quote; no zone.",
        text=(
            "Hallo Alex,\n\nprima, dann ist Ihr Vorstellungsgespräch am Dienstag, 24.11.2026, um"
            " 9:30 Uhr hiermit bestätigt. Bitte melden Sie sich am Empfang in Halle.\n\nViele "
            "Grüße\nAnja Keller\n\nVon: Anja Keller <anja.keller@saale-solar.example.de>\n"
            "Gesendet: Montag, 9. November 2026 10:12\nAn: Alex Morgan <alex.morgan@mailbox."
            "example>\nBetreff: Einladung zum Vorstellungsgespräch\n\n" + de_inv
        ),
        reply=True,
        label=slot(st, sent=sent, org="anja.keller@saale-solar.example.de"),
    )


def delegatecal() -> Iterator[Case]:
    f = "delegatecal"
    yield case(
        f,
        "wrong_candidate_en",
        "en",
        ("Recruiting Scheduler", "scheduling@orbitpay.example.com"),
        "Interview scheduled: Samuel Ortiz - Backend Engineer",
        at(2026, 11, 9, 10, 0, "America/New_York"),
        "Notice of another candidate's interview sent to the reader by mistake (addressed to "
        "the interviewer).",
        text=(
            "Hi Dana,\n\nAn interview has been added to your calendar.\n\nCandidate: Samuel "
            "Ortiz\nPosition: Backend Engineer\nWhen: Thursday, November 12, 2026, 1:00 PM - "
            "2:00 PM ET\nWhere: Zoom (link in your calendar)\n\nPlease submit your scorecard "
            "within 24 hours of the interview."
        ),
    )
    yield case(
        f,
        "shared_calendar_en",
        "en-GB",
        ("Calendar", "calendar-notification@calmail.example.com"),
        "Event reminder: Chris's dentist appointment @ Mon 16 Nov 2026 08:30 - 09:00 (GMT)",
        at(2026, 11, 15, 20, 30, "Europe/London"),
        "Reminder from a partner's shared calendar: someone else's appointment.",
        text=(
            "This is a reminder for the following event on a calendar shared with you.\n\n"
            "Chris's dentist appointment\nMonday 16 Nov 2026 08:30 – 09:00 (Greenwich Mean Time"
            " - London)\nCalendar: Chris Morgan\n\nYou are receiving this because you subscribed"
            " to reminders for the calendar Chris Morgan."
        ),
    )
    yield case(
        f,
        "termin_kollegin_de",
        "de",
        ("Kalender", "kalender@mail.example.de"),
        "Neuer Termin im Kalender von Eva Schulz: Interview Kandidatin Meier",
        at(2026, 11, 10, 9, 0, "Europe/Berlin"),
        "German delegate notification: a meeting in a colleague's calendar, 'Do 19.11. 14:00'.",
        text=(
            "Im Kalender von Eva Schulz, für den Sie Stellvertreterrechte haben, wurde ein "
            "Termin angelegt:\n\nInterview Kandidatin Meier\nDonnerstag, 19.11.2026, 14:00–15:00"
            "\nOrt: Besprechungsraum Elbe\n\nSie erhalten diese Nachricht als Stellvertreter."
        ),
    )
    yield case(
        f,
        "agenda_partagee_fr",
        "fr",
        ("Agenda", "agenda@messagerie.example.fr"),
        "Nouvel événement dans l'agenda « Famille »",
        at(2026, 11, 11, 19, 0, "Europe/Paris"),
        "French shared family calendar: a parents' meeting added by someone else.",
        text=(
            "Camille Morgan a ajouté un événement à l'agenda partagé « Famille » :\n\nRéunion "
            "parents-professeurs\nlundi 23 novembre 2026, 17:30 – 18:30\nÉcole Jules Ferry\n\n"
            "Vous recevez ce message car vous êtes abonné à cet agenda."
        ),
    )
    yield case(
        f,
        "reunion_ajena_es",
        "es",
        ("Calendario", "calendario@correo.example.es"),
        "Invitación reenviada: Comité de selección (María Ruiz)",
        at(2026, 11, 12, 10, 0, "Europe/Madrid"),
        "Spanish notice that an organiser forwarded their meeting to someone else; the reader "
        "is only told.",
        text=(
            "Pablo Serrano ha reenviado la invitación de la reunión «Comité de selección» a "
            "María Ruiz.\n\nFecha: miércoles, 25 de noviembre de 2026, 9:00 – 10:00 (hora de "
            "Madrid)\n\nEste mensaje es solo informativo; no es necesario que respondas."
        ),
    )
    yield case(
        f,
        "vergadering_collega_nl",
        "nl",
        ("Agenda", "agenda@mail.example.nl"),
        "Gewijzigde vergadering in de agenda van Tim Jansen",
        at(2026, 11, 13, 8, 0, "Europe/Amsterdam"),
        "Dutch delegate notice: a colleague's meeting moved, the reader manages his calendar.",
        text=(
            "U beheert de agenda van Tim Jansen. De volgende vergadering is gewijzigd:\n\n"
            "Sollicitatiegesprek kandidaat 3\nNieuwe tijd: dinsdag 24 november 2026, 15:30-16:30"
            "\nLocatie: kamer 4.12\n\nDit bericht is alleen ter informatie."
        ),
    )
    st = at(2026, 11, 18, 13, 0, "America/New_York", "Wed")
    yield case(
        f,
        "control_own_interview_en",
        "en",
        ("Recruiting Scheduler", "scheduling@orbitpay.example.com"),
        "Your interview with OrbitPay is scheduled",
        at(2026, 11, 10, 11, 0, "America/New_York"),
        "Control: the same scheduler, now to the reader: their own interview on Wednesday, "
        "November 18, 1:00-1:45 PM ET.",
        text=(
            "Hi Alex,\n\nYour interview for the Backend Engineer position has been scheduled."
            "\n\nWhen: Wednesday, November 18, 2026, 1:00 PM - 1:45 PM ET\nWith: Dana Whitfield,"
            " Engineering Manager\nJoin: https://zoom.example/j/81220553118\n\nGood luck!\n"
            "OrbitPay Recruiting"
        ),
        label=slot(st, st + timedelta(minutes=45), url="https://zoom.example/j/81220553118"),
    )
    st = at(2026, 11, 26, 10, 0, "Europe/Berlin", "Thu")
    yield case(
        f,
        "control_eigener_termin_de",
        "de",
        ("Eva Schulz", "eva.schulz@hansewerft.example.de"),
        "Ihr Vorstellungsgespräch am 26.11.",
        at(2026, 11, 16, 9, 0, "Europe/Berlin"),
        "Control: the colleague from the delegate notice invites the reader directly, 10:00-"
        "11:00; no zone.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nhiermit lade ich Sie zu Ihrem Vorstellungsgespräch am"
            " Donnerstag, 26.11.2026, von 10:00 bis 11:00 Uhr ein. Ort: Hansewerft, "
            "Besprechungsraum Elbe, Am Kai 5, Hamburg.\n\nMit freundlichen Grüßen\nEva Schulz"
        ),
        label=slot(
            st,
            st + timedelta(hours=1),
            sent=at(2026, 11, 16, 9, 0, "Europe/Berlin"),
            org="eva.schulz@hansewerft.example.de",
        ),
    )


def groupevent() -> Iterator[Case]:
    f = "groupevent"
    yield case(
        f,
        "townhall_all_candidates_en",
        "en-US",
        ("Campus Recruiting", "campus@lakeshore-bank.example.com"),
        "Virtual Q&A for all candidates - Wednesday, November 18",
        at(2026, 11, 9, 10, 0, "America/Chicago"),
        "Q&A webcast for every candidate in the process, 'Wednesday, November 18 at 5:00 PM "
        "CT'; optional.",
        text=(
            "Hello,\n\nAll candidates in our 2027 analyst program process are welcome to join a "
            "virtual Q&A with current analysts on Wednesday, November 18 at 5:00 PM CT. Bring "
            "your questions about the program and life at Lakeshore.\n\nJoin: https://"
            "webcast.example.com/lakeshore-qa\n\nCampus Recruiting"
        ),
    )
    yield case(
        f,
        "encontro_candidatos_ptbr",
        "pt-BR",
        ("Talentos Serra Verde", "talentos@serraverde.example.com.br"),
        "Encontro com todos os candidatos do programa de trainee",
        at(2026, 11, 10, 9, 0, "America/Sao_Paulo"),
        "Brazilian trainee programme meeting open to all candidates, 'terça-feira, 17/11, às 18h'.",
        text=(
            "Olá!\n\nConvidamos todos os candidatos do Programa Trainee 2027 para um bate-papo "
            "aberto com a liderança na terça-feira, 17/11, às 18h, no auditório da sede "
            "(Av. Paulista, 900). Não é preciso se inscrever.\n\nEquipe Talentos"
        ),
    )
    yield case(
        f,
        "oppet_hus_sv",
        "sv",
        ("Rekrytering Kustbanken", "jobb@kustbanken.example.se"),
        "Öppet hus för alla sökande",
        at(2026, 11, 11, 11, 0, "Europe/Stockholm"),
        "Swedish open house for all applicants, 'torsdag 26 november kl. 16.00'.",
        text=(
            "Hej!\n\nVi bjuder in alla sökande till öppet hus på vårt kontor i Göteborg torsdag "
            "26 november kl. 16.00. Ingen anmälan behövs – kom när det passar.\n\nRekrytering,"
            " Kustbanken"
        ),
    )
    yield case(
        f,
        "den_otevrenych_dveri_cs",
        "cs",
        ("Nábor Moravia Steel", "nabor@moraviasteel.example.cz"),
        "Den otevřených dveří pro uchazeče",
        at(2026, 11, 12, 9, 0, "Europe/Prague"),
        "Czech open day for all applicants, 'v sobotu 21. 11. od 9:00'.",
        text=(
            "Dobrý den,\n\nzveme všechny uchazeče na den otevřených dveří v našem závodě v sobotu"
            " 21. 11. 2026 od 9:00. Registrace není nutná.\n\nNáborový tým Moravia Steel"
        ),
    )
    yield case(
        f,
        "sesiune_informare_ro",
        "ro",
        ("Recrutare Carpatica", "recrutare@carpatica.example.ro"),
        "Sesiune de informare pentru toți candidații",
        at(2026, 11, 13, 10, 0, "Europe/Bucharest"),
        "Romanian information session for all candidates, 'marți, 24 noiembrie, ora 17:00'.",
        text=(
            "Bună ziua,\n\nîi invităm pe toți candidații la o sesiune de informare online marți, "
            "24 noiembrie, ora 17:00, despre etapele procesului de selecție. Linkul este același"
            " pentru toți participanții: https://webinar.example.ro/carpatica\n\nEchipa de "
            "recrutare"
        ),
    )
    yield case(
        f,
        "nyilt_nap_hu",
        "hu",
        ("Toborzás Duna Logisztika", "karrier@dunalog.example.hu"),
        "Nyílt nap minden jelentkezőnek",
        at(2026, 11, 16, 9, 0, "Europe/Budapest"),
        "Hungarian open day for every applicant, 'november 27-én, pénteken 14:00-kor'.",
        text=(
            "Kedves Jelentkezők!\n\nMinden jelentkezőt szeretettel várunk nyílt napunkra 2026. "
            "november 27-én, pénteken 14:00-kor a budaörsi raktárunkban. Előzetes regisztráció "
            "nem szükséges.\n\nDuna Logisztika Toborzás"
        ),
    )
    st = at(2026, 11, 19, 11, 0, "America/Chicago", "Thu")
    yield case(
        f,
        "control_own_interview_after_qa_en",
        "en-US",
        ("Campus Recruiting", "campus@lakeshore-bank.example.com"),
        "Your first-round interview - Thursday, November 19",
        at(2026, 11, 12, 10, 0, "America/Chicago"),
        "Control: the same campus team gives the reader a slot of their own, 11:00-11:30 AM CT.",
        text=(
            "Hi Alex,\n\nThank you for joining our Q&A. We'd like to invite you to a first-round"
            " interview on Thursday, November 19 from 11:00 to 11:30 AM CT with Priya Raman, "
            "Analyst Program Lead: https://zoom.example/j/77120448391\n\nCampus Recruiting"
        ),
        label=slot(st, st + timedelta(minutes=30), url="https://zoom.example/j/77120448391"),
    )
    st = at(2026, 11, 27, 10, 30, "Europe/Prague", "Fri")
    sent = at(2026, 11, 23, 9, 0, "Europe/Prague")
    yield case(
        f,
        "control_pohovor_cs",
        "cs",
        ("Nábor Moravia Steel", "nabor@moraviasteel.example.cz"),
        "Pozvánka na pohovor",
        sent,
        "Control: after the open day the Czech team invites the reader to an interview of "
        "their own, 'v pátek 27. 11. v 10:30'; no zone.",
        text=(
            "Dobrý den, pane Morgane,\n\nděkujeme za návštěvu dne otevřených dveří. Rádi "
            "bychom Vás pozvali na pohovor v pátek 27. 11. 2026 v 10:30 do naší kanceláře v "
            "Ostravě.\n\nNáborový tým Moravia Steel"
        ),
        label=slot(st, sent=sent),
    )


def othercal() -> Iterator[Case]:
    f = "othercal"
    yield case(
        f,
        "delegate_invite_en",
        "en-US",
        ("Calendar", "calendar-noreply@workmail.example.com"),
        "Invitation received on behalf of Jordan Lee: Quarterly planning",
        at(2026, 11, 9, 8, 0, "America/Los_Angeles"),
        "Delegate copy: the reader manages a former manager's calendar; the meeting is his.",
        text=(
            "You are receiving this because you are a delegate for Jordan Lee.\n\nJordan Lee "
            "has been invited to: Quarterly planning\nTuesday, November 17, 2026, 10:00 AM - "
            "11:00 AM PT\nOrganizer: Maya Chen\n\nRespond on behalf of Jordan Lee in your "
            "calendar."
        ),
    )
    yield case(
        f,
        "calendario_condiviso_it",
        "it",
        ("Calendario", "calendario@posta.example.it"),
        "Nuovo evento nel calendario condiviso di Sara",
        at(2026, 11, 10, 20, 0, "Europe/Rome"),
        "Italian shared calendar: an event added by someone else in her own calendar.",
        text=(
            "Sara Morgan ha aggiunto un evento al calendario condiviso con te:\n\nVisita dal "
            "commercialista\ngiovedì 19 novembre 2026, 16:00 – 17:00\n\nRicevi questa email "
            "perché sei iscritto al calendario di Sara Morgan."
        ),
    )
    yield case(
        f,
        "agenda_compartilhada_ptbr",
        "pt-BR",
        ("Agenda", "agenda@correio.example.com.br"),
        "Lembrete: Reunião do Pedro – sex 20/11 15:00",
        at(2026, 11, 19, 15, 0, "America/Sao_Paulo"),
        "Brazilian reminder from a colleague's shared calendar ('agenda compartilhada').",
        text=(
            "Este é um lembrete de um evento da agenda compartilhada com você.\n\nReunião com "
            "fornecedor\nsexta-feira, 20 de novembro de 2026, 15:00 – 16:00\nAgenda: Pedro "
            "Souza\n\nVocê recebe estes lembretes porque assinou a agenda de Pedro Souza."
        ),
    )
    yield case(
        f,
        "delad_kalender_sv",
        "sv",
        ("Kalender", "kalender@epost.example.se"),
        "Ny händelse i kalendern för Anna Berg",
        at(2026, 11, 11, 7, 30, "Europe/Stockholm"),
        "Swedish delegate notice: a meeting booked in Anna Berg's calendar, which the reader "
        "manages.",
        text=(
            "En händelse har lagts till i kalendern för Anna Berg, som du är ombud för:\n\n"
            "Intervju – kandidat 2 (ekonomiassistent)\nonsdag 18 november 2026 09:00–10:00\n"
            "Plats: Rum Vänern\n\nDu får detta meddelande som ombud."
        ),
    )
    yield case(
        f,
        "kalendarz_wspoldzielony_pl",
        "pl",
        ("Kalendarz", "kalendarz@poczta.example.pl"),
        "Przypomnienie z kalendarza udostępnionego: Spotkanie zarządu",
        at(2026, 11, 12, 8, 0, "Europe/Warsaw"),
        "Polish reminder from a calendar shared with the reader: somebody else's board meeting.",
        text=(
            "Przypomnienie o wydarzeniu z kalendarza udostępnionego Ci przez Tomasz Zieliński:"
            "\n\nSpotkanie zarządu\npiątek, 13 listopada 2026, 10:00–12:00\n\nOtrzymujesz tę "
            "wiadomość, ponieważ subskrybujesz kalendarz Tomasza Zielińskiego."
        ),
    )
    st = at(2026, 11, 24, 10, 0, "America/Los_Angeles", "Tue")
    yield case(
        f,
        "control_own_invite_en",
        "en-US",
        ("Maya Chen", "maya.chen@redwoodlabs.example.com"),
        "Invitation: Interview with Maya Chen - Tue Nov 24, 10am PT",
        at(2026, 11, 16, 9, 0, "America/Los_Angeles"),
        "Control: an invitation to the reader's own interview from the organiser named in the "
        "delegate notice, 10:00-10:45 AM PT.",
        text=(
            "Hi Alex,\n\nYou have been invited to: Interview with Maya Chen (Product Manager)\n"
            "Tuesday, November 24, 2026, 10:00 AM - 10:45 AM PT\nJoin: https://meet.example.com"
            "/rdw-pm-int\n\nPlease let me know if the time does not work."
        ),
        label=slot(
            st,
            st + timedelta(minutes=45),
            url="https://meet.example.com/rdw-pm-int",
            org="maya.chen@redwoodlabs.example.com",
        ),
    )
    st = at(2026, 11, 25, 14, 0, "Europe/Stockholm", "Wed")
    sent = at(2026, 11, 18, 13, 0, "Europe/Stockholm")
    yield case(
        f,
        "control_egen_intervju_sv",
        "sv",
        ("Anna Berg", "anna.berg@vanerkraft.example.se"),
        "Inbjudan till intervju 25 november",
        sent,
        "Control: the manager from the delegate notice invites the reader directly, 'onsdag "
        "25 november kl. 14.00'; no zone.",
        text=(
            "Hej Alex,\n\nvi vill gärna träffa dig på en intervju för tjänsten som "
            "controller onsdag 25 november kl. 14.00 på vårt kontor i Karlstad.\n\nVänliga "
            "hälsningar\nAnna Berg"
        ),
        label=slot(st, sent=sent, org="anna.berg@vanerkraft.example.se"),
    )


def forwards() -> Iterator[Case]:
    """Dev forwards with the reader's note on top; each belongs to a dev family above."""
    yield forwarded(
        "testportal",
        "fwd_link_expires_fi_note",
        "en",
        org=("SkillCheck", "no-reply@skillcheck.example.io"),
        orig_sent=at(2026, 11, 12, 9, 0, "Europe/Helsinki"),
        subject="Your assessment link for Saimaa Soft",
        body=(
            "Hi Alex,\n\nSaimaa Soft has invited you to an online assessment.\n\nStart your "
            "test: https://skillcheck.example.io/t/k1m3\n\nYour test link expires on Monday, 16 "
            "November 2026 at 4:00 PM EET."
        ),
        user_note="Tämä pitää tehdä ennen maanantaita.",
        label=None,
        note="The reader forwards an assessment link with a Finnish note; the time is the "
        "link's expiry.",
    )
    yield forwarded(
        "pickslot",
        "fwd_pick_a_time_en",
        "en",
        org=("Olivia Grant", "olivia.grant@brightpath-health.example.com"),
        orig_sent=at(2026, 11, 3, 10, 0, "America/Chicago"),
        subject="Next step: pick a time for your interview",
        body=(
            "Hi Alex,\n\nPlease choose a time that works for you with my booking page: "
            "https://cal.example.com/olivia-grant/45min. The first openings are on Tuesday, "
            "November 10 at 8:00 AM CT.\n\nThanks,\nOlivia"
        ),
        user_note="Need to book this one.",
        label=None,
        note="Forwarded scheduling-link mail; the earliest opening is not a booked slot.",
    )


# --------------------------------------------------------------------------------------

BUILDERS = (
    attendnote,
    debriefsum,
    billdue,
    testportal,
    pickslot,
    scoutfirst,
    awayreply,
    groupevent,
    othercal,
    forwards,
    meetupremind,
    openday,
    seqoutreach,
    quotedinvite,
    delegatecal,
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the negs8 batch (`build_negs8.py`)",
        "",
        "Mail a job seeker plausibly forwards that carries a future date and time but sets no "
        "new interview for the reader, in shapes the corpus lacked, with genuine invitations "
        "in the same senders' voices as controls. All text is ours (no third-party text "
        "copied; notification layouts written from memory of such mail, no product's template"
        " reproduced); people, companies, addresses and links are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message.",
        "",
        "Group announcements (open days, information sessions for all applicants) are "
        "`not_invitation`; a mail that gives the reader an interview slot of their own after "
        "such a session is an `invitation`. Attendance notices about other people are "
        "`not_invitation`, as in the `rsvpnotice` family.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs8.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += [
        "",
        "## Files (dev only)",
        "",
    ]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs8.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
