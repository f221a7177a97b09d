# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "textneg26" batch: text-only look-alikes with a future time that is not the reader's interview.

Run: .venv/bin/python tests/parsing/corpus/build_textneg26.py

Mail without a calendar part that names a future day and clock time beside scheduling words
and sets no job interview for the reader: booking-link and "pick a slot" mails with nothing
booked, deadlines for applications, tests and documents, office closures and moves, open
evenings and information sessions, the current employer's one-to-ones and reviews, coaches'
and vendors' sales calls, the reader asking to move an interview, and (held out) opticians,
vets and car service, school events and coaching calls. Languages: en, de, fr, es, pt-BR, it,
nl, pl, sv. About one message in six is a control: a short interview invitation for the
reader in the same languages and shapes, so rules do not overreach.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed
before then too. Helpers follow build_negs24.py (mail helpers of build_parse-pos.py, loaded).
Output is deterministic; the script deletes or writes only files of its own families.
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
n17 = _load("build_negs17", "build_negs17.py")
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = n17.ME
HAND = (
    "hand-written; mail typed by recruiters, HR staff, shops, schools and the reader, written "
    "for this corpus from memory of such mail, no template or third-party text copied; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "tbook26": "dev",
    "tdue26": "dev",
    "tshut26": "dev",
    "topen26": "dev",
    "tcurjob26": "dev",
    "taskmove26": "dev",
    "tctrl26": "dev",
    "terrand26": "heldout",
    "tschool26": "heldout",
    "tcoach26": "heldout",
    "tctrlho26": "heldout",
}

SOURCES = {
    "tbook26": "Booking-link and 'pick a time' mails from recruiters' and vendors' scheduling pages with the first free slots listed and nothing booked (en, de, fr, es, pt-BR, it, nl, pl, sv).",
    "tdue26": "Deadlines: apply by, finish the online test by, upload documents by, a portal closing (en, de, fr, es, pt-BR, it, nl, pl, sv).",
    "tshut26": "Office closures, company holidays, office moves and building works with a day and time (en, de, fr, es, pt-BR, it, nl, pl).",
    "topen26": "Open evenings, information sessions and career evenings open to many, with registration (en, de, fr, es, pt-BR, it, nl, pl, sv).",
    "tcurjob26": "The reader's current employer: one-to-ones, appraisal and mid-year reviews, a probation review (en, de, fr, es, pt-BR, it, nl, pl, sv).",
    "taskmove26": "The reader asking a recruiter to move an interview, naming the old and a wished time; nothing is moved yet (en, de, fr, es, pt-BR, it, nl).",
    "tctrl26": "Controls: short interview invitations for the reader, text only, in the batch's languages.",
    "terrand26": "Opticians, vets, car service and tyre changes, hairdresser bookings (en, de, fr, es, pt-BR, it, nl, sv).",
    "tschool26": "School and nursery events: parents' evenings, school plays, open classrooms (en, de, fr, es, it, nl, pl).",
    "tcoach26": "Career coaches' and vendors' free discovery or strategy calls, sales demos (en, de, fr, es, pt-BR, it, pl).",
    "tctrlho26": "Controls: short interview invitations for the reader, text only (de, fr, es, it, pl).",
}

LON, BER, PAR, MAD, SAO, ROM, AMS, WAW, STO = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Europe/Stockholm",
)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2026 time, checked against the weekday the text names."""
    return at(2026, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2026, mo, d, 12, 0, "UTC", weekday)


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
    to: tuple[str, str] = ME,
) -> Case:
    """One direct text mail; without a label a non-invitation."""
    raw = mail(
        f"textneg26/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text,
        html=None,
        reply_to_key="",
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
    days: tuple[tuple[int, int, str], ...] = (),
    to: tuple[str, str] = ME,
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text, to=to)


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
) -> Case:
    """A control: the reader's own interview, wall time in the Date header's offset."""
    end = start + minutes * MIN if minutes else None
    label = {"kind": "invitation", **timed(start, end, sent=sent)}
    return case(family, name, lang, sender, subject, sent, note, text, label)


# FAMILIES
def tbook26() -> Iterator[Case]:
    f = "tbook26"
    yield neg(
        f,
        "pick_a_time",
        "en",
        ("Hannah Reyes", "hannah@brightpath-talent.example"),
        "Pick a time for a quick intro call",
        sent_on(11, 3, 10, LON),
        "English recruiter's booking link; the first free slots are listed (Tuesday 10 November 10:00, 14:30), nothing booked.",
        "Hi Alex,\n\nThanks for sending your CV over. The easiest way to get a first call in is to pick a time on my calendar:\n\nhttps://book.brightpath-talent.example/hannah/20min\n\nThe earliest openings right now are Tuesday 10 November at 10:00 or 14:30, but take whatever suits you. Once you have picked a slot you will get a confirmation with the details.\n\nBest,\nHannah Reyes\nBrightpath Talent",
        ((11, 10, "Tue"),),
    )
    yield neg(
        f,
        "termin_buchen",
        "de",
        ("Jana Fischer", "j.fischer@nordlicht-personal.example"),
        "Bitte buchen Sie einen Termin für ein Kennenlerngespräch",
        sent_on(11, 3, 9, BER),
        "German staffing agency: book a slot via the link; free slots from Mittwoch, 11. November, 9:00 Uhr; nothing booked.",
        "Hallo Herr Morgan,\n\nvielen Dank für Ihr Interesse. Über den folgenden Link können Sie sich selbst einen Termin für ein kurzes Kennenlerngespräch aussuchen:\n\nhttps://termine.nordlicht-personal.example/fischer\n\nFreie Zeiten gibt es ab Mittwoch, 11. November, 9:00 Uhr. Nach der Buchung erhalten Sie automatisch eine Bestätigung.\n\nViele Grüße\nJana Fischer\nNordlicht Personal GmbH",
        ((11, 11, "Wed"),),
    )
    yield neg(
        f,
        "choisir_creneau",
        "fr",
        ("Claire Dubois", "claire.dubois@horizon-rh.example"),
        "Choisissez votre créneau",
        sent_on(11, 4, 11, PAR),
        "French recruiter: choose a slot in the online agenda, slots open from jeudi 12 novembre à 10h; nothing booked.",
        "Bonjour Alex,\n\nMerci pour votre candidature. Pour faire connaissance, je vous invite à choisir vous-même un créneau dans mon agenda en ligne :\n\nhttps://agenda.horizon-rh.example/claire-dubois\n\nLes premiers créneaux disponibles commencent le jeudi 12 novembre à 10h. Vous recevrez une confirmation dès que vous aurez réservé.\n\nBien cordialement,\nClaire Dubois\nHorizon RH",
        ((11, 12, "Thu"),),
    )
    yield neg(
        f,
        "elige_horario",
        "es",
        ("Lucía Romero", "lucia.romero@talentia-sel.example"),
        "Elige un horario para tu llamada",
        sent_on(11, 4, 10, MAD),
        "Spanish booking link; earliest free time lunes 16 de noviembre a las 9:30, nothing booked.",
        "Hola Alex:\n\nGracias por tu interés en Talentia. Para la primera llamada, elige el horario que mejor te venga en este enlace:\n\nhttps://citas.talentia-sel.example/lucia\n\nEl primer hueco libre es el lunes 16 de noviembre a las 9:30. Cuando reserves, te llegará un correo de confirmación.\n\nUn saludo,\nLucía Romero\nTalentia Selección",
        ((11, 16, "Mon"),),
    )
    yield neg(
        f,
        "escolha_horario",
        "pt-BR",
        ("Renata Alves", "renata@ponte-talentos.example"),
        "Escolha o melhor horário para conversarmos",
        sent_on(11, 3, 14, SAO),
        "Brazilian recruiter's scheduling page; slots from quarta-feira, 11 de novembro, às 10h; nothing booked.",
        "Olá, Alex!\n\nObrigada pelo retorno. Para facilitar, escolha você mesmo o horário da nossa conversa neste link:\n\nhttps://agenda.ponte-talentos.example/renata\n\nOs primeiros horários livres são na quarta-feira, 11 de novembro, às 10h e às 15h. Depois de agendar, você recebe a confirmação por e-mail.\n\nAbraços,\nRenata Alves\nPonte Talentos",
        ((11, 11, "Wed"),),
    )
    yield neg(
        f,
        "prenota_slot",
        "it",
        ("Giulia Conti", "g.conti@faro-selezione.example"),
        "Prenota uno slot per il primo colloquio conoscitivo",
        sent_on(11, 5, 9, ROM),
        "Italian agency booking link, slots from martedì 17 novembre alle 11:00; nothing booked.",
        "Gentile Alex,\n\ngrazie per la candidatura. Per fissare un primo colloquio conoscitivo la invito a prenotare uno slot dal mio calendario:\n\nhttps://prenota.faro-selezione.example/giulia-conti\n\nI primi slot liberi sono martedì 17 novembre alle 11:00 e alle 16:00. Dopo la prenotazione riceverà una conferma.\n\nCordiali saluti,\nGiulia Conti\nFaro Selezione",
        ((11, 17, "Tue"),),
    )
    yield neg(
        f,
        "plan_moment",
        "nl",
        ("Sanne de Vries", "sanne@kompas-werving.example"),
        "Plan zelf een moment in",
        sent_on(11, 4, 13, AMS),
        "Dutch recruiter: plan a moment yourself via the link, first free donderdag 12 november om 13.30; nothing booked.",
        "Hoi Alex,\n\nLeuk dat je gereageerd hebt! Via onderstaande link kun je zelf een moment inplannen voor een kort telefoontje:\n\nhttps://plannen.kompas-werving.example/sanne\n\nHet eerste vrije moment is donderdag 12 november om 13.30 uur. Na het inplannen krijg je een bevestiging per mail.\n\nGroet,\nSanne de Vries\nKompas Werving",
        ((11, 12, "Thu"),),
    )
    yield neg(
        f,
        "wybierz_termin",
        "pl",
        ("Marta Kowalska", "m.kowalska@most-rekrutacje.example"),
        "Wybierz dogodny termin rozmowy",
        sent_on(11, 5, 10, WAW),
        "Polish booking link; the first free term piątek 13 listopada o 10:00; nothing booked.",
        "Dzień dobry Panie Alexie,\n\ndziękuję za przesłanie CV. Proszę wybrać dogodny termin krótkiej rozmowy w moim kalendarzu:\n\nhttps://kalendarz.most-rekrutacje.example/marta\n\nNajbliższy wolny termin to piątek 13 listopada o 10:00. Po rezerwacji otrzyma Pan potwierdzenie mailem.\n\nPozdrawiam\nMarta Kowalska\nMost Rekrutacje",
        ((11, 13, "Fri"),),
    )
    yield neg(
        f,
        "boka_tid",
        "sv",
        ("Elin Berg", "elin.berg@fyrtorn-rekrytering.example"),
        "Boka en tid som passar dig",
        sent_on(11, 6, 9, STO),
        "Swedish booking link; lediga tider från måndag 16 november kl. 9.00; nothing booked.",
        "Hej Alex!\n\nTack för din ansökan. Boka gärna själv en tid för ett första samtal via länken nedan:\n\nhttps://boka.fyrtorn-rekrytering.example/elin\n\nLediga tider finns från måndag 16 november kl. 9.00. När du har bokat får du en bekräftelse.\n\nVänliga hälsningar\nElin Berg\nFyrtorn Rekrytering",
        ((11, 16, "Mon"),),
    )


def tdue26() -> Iterator[Case]:
    f = "tdue26"
    yield neg(
        f,
        "apply_by",
        "en",
        ("Careers at Meridian Bank", "careers@meridian-bank.example"),
        "Reminder: applications close Friday 13 November at 23:59",
        sent_on(11, 6, 9, LON),
        "English application deadline reminder: apply by Friday 13 November, 23:59 GMT.",
        "Dear Alex,\n\nYou started an application for Graduate Analyst but have not submitted it yet. Applications close on Friday 13 November at 23:59 GMT.\n\nComplete your application: https://careers.meridian-bank.example/app/48213\n\nKind regards,\nMeridian Bank Early Careers",
        ((11, 13, "Fri"),),
    )
    yield neg(
        f,
        "online_test_by",
        "en",
        ("Talent Team", "talent@quarry-analytics.example"),
        "Your online assessment - please complete by Wednesday 18 November, 12:00",
        sent_on(11, 9, 10, LON),
        "English online test deadline: complete by Wednesday 18 November, 12:00 noon.",
        "Hi Alex,\n\nThanks for applying to Quarry Analytics. The next step is a 45-minute online assessment. Please complete it by Wednesday 18 November at 12:00 (UK time).\n\nStart here: https://assess.quarry-analytics.example/t/99182\n\nThe link expires after the deadline.\n\nTalent Team",
        ((11, 18, "Wed"),),
    )
    yield neg(
        f,
        "unterlagen_bis",
        "de",
        ("Personalabteilung Stadtwerke Auental", "bewerbung@stadtwerke-auental.example"),
        "Fehlende Unterlagen – bitte bis Montag, 16. November, 12 Uhr nachreichen",
        sent_on(11, 5, 11, BER),
        "German HR asks for missing documents by Montag, 16. November, 12 Uhr.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Leider fehlen uns noch Ihre Arbeitszeugnisse. Bitte laden Sie diese bis Montag, 16. November, 12:00 Uhr im Bewerberportal hoch.\n\nDanach können wir Ihre Bewerbung nicht mehr berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalabteilung Stadtwerke Auental",
        ((11, 16, "Mon"),),
    )
    yield neg(
        f,
        "date_limite",
        "fr",
        ("Recrutement Groupe Lumen", "recrutement@groupe-lumen.example"),
        "Date limite de dépôt : mardi 17 novembre à 18h",
        sent_on(11, 6, 10, PAR),
        "French deadline for a candidacy file: mardi 17 novembre à 18h.",
        "Bonjour,\n\nNous vous rappelons que la date limite de dépôt des candidatures pour le programme Jeunes Talents est fixée au mardi 17 novembre à 18h.\n\nDéposez votre dossier complet sur https://carrieres.groupe-lumen.example\n\nCordialement,\nL'équipe Recrutement",
        ((11, 17, "Tue"),),
    )
    yield neg(
        f,
        "plazo_prueba",
        "es",
        ("Selección Grupo Alba", "seleccion@grupo-alba.example"),
        "Plazo para la prueba técnica: jueves 19 de noviembre a las 14:00",
        sent_on(11, 10, 9, MAD),
        "Spanish technical test deadline: submit by jueves 19 de noviembre a las 14:00.",
        "Hola Alex:\n\nComo siguiente paso del proceso te enviamos la prueba técnica. Tienes de plazo hasta el jueves 19 de noviembre a las 14:00 para subir tu solución a la plataforma.\n\nEnlace: https://pruebas.grupo-alba.example/c/5521\n\nMucha suerte,\nEquipo de Selección",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "prazo_documentos",
        "pt-BR",
        ("RH Vale Azul", "rh@valeazul.example"),
        "Prazo para envio de documentos: sexta-feira, 20 de novembro, até 17h",
        sent_on(11, 11, 10, SAO),
        "Brazilian HR: send documents by sexta-feira, 20 de novembro, até as 17h.",
        "Olá, Alex,\n\nPara seguirmos com o processo, precisamos da cópia do seu diploma e do comprovante de residência. O prazo para envio é sexta-feira, 20 de novembro, até as 17h.\n\nEnvie pelo portal: https://vagas.valeazul.example/documentos\n\nAtenciosamente,\nRH Vale Azul",
        ((11, 20, "Fri"),),
    )
    yield neg(
        f,
        "scadenza_candidatura",
        "it",
        ("Ufficio Personale Acque Chiare", "personale@acquechiare.example"),
        "Scadenza candidature: lunedì 23 novembre ore 12:00",
        sent_on(11, 12, 9, ROM),
        "Italian public-utility selection: applications close lunedì 23 novembre ore 12:00.",
        "Gentile candidato,\n\nle ricordiamo che il termine per la presentazione delle domande di partecipazione alla selezione scade lunedì 23 novembre alle ore 12:00.\n\nLe domande pervenute oltre tale termine non saranno prese in considerazione.\n\nUfficio Personale\nAcque Chiare S.p.A.",
        ((11, 23, "Mon"),),
    )
    yield neg(
        f,
        "deadline_opdracht",
        "nl",
        ("Recruitment Polder Data", "werken@polderdata.example"),
        "Deadline thuisopdracht: woensdag 18 november 17.00 uur",
        sent_on(11, 9, 10, AMS),
        "Dutch take-home assignment due woensdag 18 november 17.00 uur.",
        "Hoi Alex,\n\nZoals besproken sturen we je de thuisopdracht. Lever je uitwerking uiterlijk woensdag 18 november om 17.00 uur in via de link hieronder.\n\nhttps://opdracht.polderdata.example/inlevering/7731\n\nSucces!\nRecruitment Polder Data",
        ((11, 18, "Wed"),),
    )
    yield neg(
        f,
        "termin_zgloszen",
        "pl",
        ("Dział HR Wisła Logistyka", "hr@wisla-logistyka.example"),
        "Termin zgłoszeń upływa w czwartek 19 listopada o 23:59",
        sent_on(11, 10, 9, WAW),
        "Polish application window closes czwartek 19 listopada o 23:59.",
        "Dzień dobry,\n\nprzypominamy, że nabór do programu stażowego kończy się w czwartek 19 listopada o godz. 23:59. Formularz zgłoszeniowy jest dostępny na stronie https://kariera.wisla-logistyka.example.\n\nZ pozdrowieniami\nDział HR",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "sista_ansokningsdag",
        "sv",
        ("Rekrytering Kustbanken", "rekrytering@kustbanken.example"),
        "Sista ansökningsdag fredag 20 november kl. 23.59",
        sent_on(11, 11, 9, STO),
        "Swedish last application day fredag 20 november kl. 23.59.",
        "Hej Alex,\n\nDu har påbörjat en ansökan till traineeprogrammet men inte skickat in den. Sista ansökningsdag är fredag 20 november kl. 23.59.\n\nSlutför ansökan: https://jobb.kustbanken.example/ansokan/3390\n\nHälsningar\nRekrytering, Kustbanken",
        ((11, 20, "Fri"),),
    )


def tshut26() -> Iterator[Case]:
    f = "tshut26"
    yield neg(
        f,
        "office_move",
        "en",
        ("Facilities", "facilities@hollins-partners.example"),
        "We're moving: new office from Monday 16 November",
        sent_on(11, 4, 15, LON),
        "English office move: the old office closes Friday 13 November at 15:00, the new one opens Monday 16 November 8:30.",
        "Hi everyone,\n\nA reminder that we move to our new office at 40 Canal Street next week. The old office closes on Friday 13 November at 15:00 so the movers can start. The new office opens on Monday 16 November at 8:30.\n\nPlease pack your desk before you leave on Friday.\n\nThanks,\nFacilities",
        ((11, 13, "Fri"), (11, 16, "Mon")),
    )
    yield neg(
        f,
        "praxis_geschlossen",
        "de",
        ("Steuerkanzlei Brandt", "info@kanzlei-brandt.example"),
        "Unsere Kanzlei bleibt am Freitag, 20. November, ab 12 Uhr geschlossen",
        sent_on(11, 10, 9, BER),
        "German tax office closed Freitag, 20. November, from 12 Uhr (works outing).",
        "Sehr geehrte Mandantinnen und Mandanten,\n\nwegen unseres Betriebsausflugs bleibt die Kanzlei am Freitag, 20. November, ab 12:00 Uhr geschlossen. Ab Montag, 23. November, sind wir wie gewohnt für Sie da.\n\nMit freundlichen Grüßen\nIhre Steuerkanzlei Brandt",
        ((11, 20, "Fri"), (11, 23, "Mon")),
    )
    yield neg(
        f,
        "fermeture_agence",
        "fr",
        ("Agence Intérim Côte Ouest", "contact@interim-coteouest.example"),
        "Fermeture exceptionnelle de l'agence le mercredi 11 novembre",
        sent_on(11, 5, 10, PAR),
        "French temp agency closed on the public holiday, reopening jeudi 12 novembre à 8h30.",
        "Bonjour,\n\nNotre agence sera fermée le mercredi 11 novembre (jour férié). Nous rouvrirons le jeudi 12 novembre à 8h30.\n\nPour toute urgence concernant vos missions, écrivez à urgences@interim-coteouest.example.\n\nL'équipe de l'agence Côte Ouest",
        ((11, 11, "Wed"), (11, 12, "Thu")),
    )
    yield neg(
        f,
        "traslado_oficina",
        "es",
        ("Administración Nexo Legal", "admin@nexolegal.example"),
        "Traslado de oficina: cerramos el viernes 20 de noviembre a las 14:00",
        sent_on(11, 12, 12, MAD),
        "Spanish law firm moves; closes viernes 20 de noviembre a las 14:00, reopens lunes 23 at the new address.",
        "Estimados clientes:\n\nOs informamos de que nos trasladamos a nuestra nueva oficina en la calle Alcalá 210. La oficina actual cerrará el viernes 20 de noviembre a las 14:00 y abriremos en la nueva dirección el lunes 23 de noviembre a las 9:00.\n\nGracias por vuestra comprensión.\nNexo Legal",
        ((11, 20, "Fri"), (11, 23, "Mon")),
    )
    yield neg(
        f,
        "recesso_fim_ano",
        "pt-BR",
        ("Comunicação Interna Solaris", "comunicacao@solaris.example"),
        "Recesso de fim de ano: escritório fechado a partir de 18 de dezembro às 18h",
        sent_on(11, 20, 11, SAO),
        "Brazilian company year-end break: office closes sexta-feira, 18 de dezembro, às 18h, back segunda-feira 4 de janeiro.",
        "Pessoal,\n\nInformamos que o escritório entrará em recesso de fim de ano a partir de sexta-feira, 18 de dezembro, às 18h. Retornamos na segunda-feira, 4 de janeiro de 2027, às 9h.\n\nBoas festas a todos!\nComunicação Interna",
        ((12, 18, "Fri"),),
    )
    yield neg(
        f,
        "chiusura_uffici",
        "it",
        ("Amministrazione Studio Ferri", "amministrazione@studioferri.example"),
        "Chiusura uffici martedì 8 dicembre",
        sent_on(11, 25, 10, ROM),
        "Italian office closed on the holiday martedì 8 dicembre; reopens mercoledì 9 dicembre alle 9:00.",
        "Gentili clienti,\n\nvi comunichiamo che gli uffici resteranno chiusi martedì 8 dicembre per la festività dell'Immacolata. Riapriremo mercoledì 9 dicembre alle ore 9:00.\n\nCordiali saluti,\nStudio Ferri",
        ((12, 8, "Tue"), (12, 9, "Wed")),
    )
    yield neg(
        f,
        "verbouwing",
        "nl",
        ("Facilitair Bureau Zuidas", "facilitair@zuidas-consult.example"),
        "Verbouwing: kantoor dicht op vrijdag 27 november vanaf 13.00 uur",
        sent_on(11, 18, 9, AMS),
        "Dutch office closed for works vrijdag 27 november vanaf 13.00 uur.",
        "Beste collega's,\n\nIn verband met de verbouwing van de begane grond is het kantoor op vrijdag 27 november vanaf 13.00 uur gesloten. Werk die middag thuis. Maandag 30 november om 8.00 uur zijn we weer open.\n\nGroet,\nFacilitair Bureau",
        ((11, 27, "Fri"), (11, 30, "Mon")),
    )
    yield neg(
        f,
        "przeprowadzka_biura",
        "pl",
        ("Administracja Orzeł Software", "administracja@orzel-soft.example"),
        "Przeprowadzka biura – poniedziałek 23 listopada od 8:00 nowa siedziba",
        sent_on(11, 13, 10, WAW),
        "Polish office move: the new seat opens poniedziałek 23 listopada od 8:00.",
        "Cześć wszystkim,\n\nprzypominamy, że od poniedziałku 23 listopada pracujemy w nowym biurze przy ul. Prostej 18. Biuro na Mokotowie zamykamy w piątek 20 listopada o 16:00.\n\nKlucze i karty dostępu do odbioru w recepcji od 8:00.\n\nAdministracja",
        ((11, 23, "Mon"), (11, 20, "Fri")),
    )


def topen26() -> Iterator[Case]:
    f = "topen26"
    yield neg(
        f,
        "open_evening",
        "en",
        ("Events at Northgate Engineering", "events@northgate-eng.example"),
        "Join our careers open evening - Thursday 19 November, 6pm",
        sent_on(11, 5, 12, LON),
        "English employer careers open evening, Thursday 19 November 6-8pm, register to attend.",
        "Hi Alex,\n\nCurious about life at Northgate? Join our careers open evening at our Leeds office on Thursday 19 November from 6pm to 8pm. Meet engineers from every team, tour the workshop and hear about our graduate scheme.\n\nPlaces are limited - register here: https://events.northgate-eng.example/open-evening\n\nSee you there,\nNorthgate Engineering",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "infoabend",
        "de",
        ("Hochschule Talbrück", "weiterbildung@hs-talbrueck.example"),
        "Einladung zum Infoabend Master Data Science am Dienstag, 17. November, 18:30 Uhr",
        sent_on(11, 6, 10, BER),
        "German university information evening Dienstag, 17. November, 18:30 Uhr, open to all prospective students.",
        "Liebe Interessierte,\n\nwir laden Sie herzlich zu unserem Infoabend zum berufsbegleitenden Master Data Science ein.\n\nWann: Dienstag, 17. November, 18:30–20:00 Uhr\nWo: Campus Nord, Hörsaal 2, und online\n\nAnmeldung unter https://hs-talbrueck.example/infoabend\n\nWir freuen uns auf Sie!\nIhr Weiterbildungsteam",
        ((11, 17, "Tue"),),
    )
    yield neg(
        f,
        "soiree_portes_ouvertes",
        "fr",
        ("École Numérique Garonne", "admissions@ecole-garonne.example"),
        "Soirée portes ouvertes le vendredi 20 novembre à 18h",
        sent_on(11, 9, 10, PAR),
        "French school open evening vendredi 20 novembre à 18h.",
        "Bonjour Alex,\n\nVenez découvrir nos formations en alternance lors de notre soirée portes ouvertes le vendredi 20 novembre de 18h à 21h, sur notre campus de Toulouse.\n\nAu programme : présentation des cursus, rencontre avec les entreprises partenaires et visite des locaux.\n\nInscription gratuite : https://ecole-garonne.example/po\n\nÀ bientôt,\nLe service admissions",
        ((11, 20, "Fri"),),
    )
    yield neg(
        f,
        "sesion_informativa",
        "es",
        ("Fundación Empleo Joven", "info@empleojoven.example"),
        "Sesión informativa online: martes 24 de noviembre a las 17:00",
        sent_on(11, 13, 10, MAD),
        "Spanish foundation's online information session martes 24 de noviembre a las 17:00, open to all applicants.",
        "Hola:\n\nTe invitamos a la sesión informativa online sobre el programa de prácticas remuneradas, que tendrá lugar el martes 24 de noviembre a las 17:00.\n\nExplicaremos los requisitos, el calendario y cómo presentar tu candidatura. Inscríbete aquí: https://empleojoven.example/sesion\n\nFundación Empleo Joven",
        ((11, 24, "Tue"),),
    )
    yield neg(
        f,
        "palestra_carreira",
        "pt-BR",
        ("Carreiras Banco Horizonte", "carreiras@bancohorizonte.example"),
        "Convite: Noite de Carreiras em 25 de novembro, às 19h",
        sent_on(11, 12, 11, SAO),
        "Brazilian bank career night quarta-feira, 25 de novembro, às 19h, open to all registered.",
        "Olá!\n\nVocê está convidado para a Noite de Carreiras do Banco Horizonte, na quarta-feira, 25 de novembro, às 19h, no nosso auditório da Av. Paulista.\n\nHaverá bate-papo com líderes, apresentação do programa de estágio e networking.\n\nGaranta sua vaga: https://carreiras.bancohorizonte.example/noite\n\nEquipe de Carreiras",
        ((11, 25, "Wed"),),
    )
    yield neg(
        f,
        "open_day",
        "it",
        ("Politecnico Valdarno", "orientamento@polivaldarno.example"),
        "Open day online giovedì 26 novembre ore 15:00",
        sent_on(11, 16, 10, ROM),
        "Italian university online open day giovedì 26 novembre ore 15:00.",
        "Cara studentessa, caro studente,\n\nti aspettiamo all'open day online dei corsi di laurea magistrale giovedì 26 novembre alle ore 15:00. Potrai fare domande ai docenti e agli studenti.\n\nIscrizione: https://polivaldarno.example/openday\n\nServizio Orientamento",
        ((11, 26, "Thu"),),
    )
    yield neg(
        f,
        "meeloopavond",
        "nl",
        ("Werken bij Gemeente Veldhoven-Oost", "werkenbij@veldhoven-oost.example"),
        "Kom naar onze informatieavond op dinsdag 24 november om 19.00 uur",
        sent_on(11, 12, 10, AMS),
        "Dutch municipality information evening dinsdag 24 november 19.00 uur for anyone interested in working there.",
        "Beste Alex,\n\nBen je benieuwd naar werken bij de gemeente? Kom dan naar onze informatieavond op dinsdag 24 november van 19.00 tot 21.00 uur in het gemeentehuis.\n\nJe maakt kennis met collega's van verschillende afdelingen en hoort alles over onze vacatures. Aanmelden kan via https://werkenbij.veldhoven-oost.example/avond\n\nTot dan!",
        ((11, 24, "Tue"),),
    )
    yield neg(
        f,
        "dzien_otwarty",
        "pl",
        ("Kariera Bałtyk Energia", "kariera@baltyk-energia.example"),
        "Dzień otwarty w naszym biurze – środa 25 listopada, 17:00",
        sent_on(11, 13, 10, WAW),
        "Polish employer's open day środa 25 listopada 17:00, for anyone who registers.",
        "Cześć!\n\nZapraszamy na dzień otwarty w biurze Bałtyk Energia w Gdańsku w środę 25 listopada o 17:00. Poznasz nasze zespoły, zobaczysz biuro i dowiesz się o programie praktyk.\n\nZapisy: https://kariera.baltyk-energia.example/dzien-otwarty\n\nDo zobaczenia!",
        ((11, 25, "Wed"),),
    )
    yield neg(
        f,
        "informationstraff",
        "sv",
        ("Yrkeshögskolan Norrsken", "info@yh-norrsken.example"),
        "Välkommen på informationsträff torsdag 19 november kl. 17.30",
        sent_on(11, 9, 10, STO),
        "Swedish vocational college information meeting torsdag 19 november kl. 17.30.",
        "Hej!\n\nVi bjuder in till informationsträff om utbildningen Mjukvaruutvecklare torsdag 19 november kl. 17.30 i våra lokaler och via länk.\n\nAnmäl dig här: https://yh-norrsken.example/infotraff\n\nVälkommen!\nYrkeshögskolan Norrsken",
        ((11, 19, "Thu"),),
    )


def tcurjob26() -> Iterator[Case]:
    f = "tcurjob26"
    yield neg(
        f,
        "one_to_one",
        "en",
        ("Priya Shah", "priya.shah@corvid-systems.example"),
        "Our 1:1 this week - Thursday 12 November, 11:00",
        sent_on(11, 9, 9, LON),
        "English manager moves the reader's regular one-to-one at the current job to Thursday 12 November 11:00.",
        "Hi Alex,\n\nI'm travelling on Tuesday, so let's do our one-to-one on Thursday 12 November at 11:00 instead. Please bring your sprint notes and your goals draft.\n\nPriya",
        ((11, 12, "Thu"),),
    )
    yield neg(
        f,
        "probation_review",
        "en",
        ("HR Team", "hr@corvid-systems.example"),
        "Your probation review - Tuesday 24 November at 14:00",
        sent_on(11, 16, 10, LON),
        "English probation review at the current job, Tuesday 24 November 14:00 with the line manager.",
        "Hi Alex,\n\nYour six-month probation period ends soon. Your probation review with Priya Shah is booked for Tuesday 24 November at 14:00 in Meeting Room 3.\n\nPlease fill in the self-assessment form beforehand.\n\nHR Team, Corvid Systems",
        ((11, 24, "Tue"),),
    )
    yield neg(
        f,
        "mitarbeitergespraech",
        "de",
        ("Thomas Weber", "t.weber@rheinwerk-it.example"),
        "Jährliches Mitarbeitergespräch am Mittwoch, 18. November, 10 Uhr",
        sent_on(11, 9, 9, BER),
        "German annual staff appraisal (Mitarbeitergespräch) at the current job, Mittwoch, 18. November, 10 Uhr.",
        "Hallo Alex,\n\nwie angekündigt möchte ich mit dir unser jährliches Mitarbeitergespräch führen. Passt dir Mittwoch, 18. November, um 10:00 Uhr in meinem Büro? Wir sprechen über das vergangene Jahr und deine Ziele für 2027.\n\nViele Grüße\nThomas",
        ((11, 18, "Wed"),),
    )
    yield neg(
        f,
        "entretien_annuel",
        "fr",
        ("Sophie Martin", "sophie.martin@atelier-numerique.example"),
        "Entretien annuel d'évaluation – lundi 23 novembre à 14h",
        sent_on(11, 10, 10, PAR),
        "French annual evaluation talk with the current manager, lundi 23 novembre à 14h.",
        "Bonjour Alex,\n\nJe te propose de faire ton entretien annuel d'évaluation le lundi 23 novembre à 14h, en salle Garonne. Pense à remplir ta grille d'auto-évaluation avant.\n\nÀ bientôt,\nSophie",
        ((11, 23, "Mon"),),
    )
    yield neg(
        f,
        "reunion_seguimiento",
        "es",
        ("Marta Gil", "marta.gil@datos-iberia.example"),
        "Reunión de seguimiento semestral - miércoles 18 de noviembre, 12:00",
        sent_on(11, 9, 9, MAD),
        "Spanish half-year follow-up talk with the current manager, miércoles 18 de noviembre, 12:00.",
        "Hola Alex:\n\nTe convoco a nuestra reunión de seguimiento semestral el miércoles 18 de noviembre a las 12:00 en la sala 2. Repasaremos tus objetivos y el plan de formación.\n\nUn abrazo,\nMarta",
        ((11, 18, "Wed"),),
    )
    yield neg(
        f,
        "feedback_gestor",
        "pt-BR",
        ("Carlos Souza", "carlos.souza@nuvem-sul.example"),
        "Nossa conversa de feedback semestral na terça, 17/11, às 15h",
        sent_on(11, 10, 9, SAO),
        "Brazilian half-year feedback talk with the current manager, terça-feira 17/11 às 15h.",
        "Oi Alex,\n\nVamos fazer nossa conversa de feedback semestral na terça-feira, 17/11, às 15h, na sala Ipê. Leve sua autoavaliação preenchida.\n\nAbs,\nCarlos",
        ((11, 17, "Tue"),),
    )
    yield neg(
        f,
        "colloquio_valutazione",
        "it",
        ("Luca Bianchi", "luca.bianchi@tessile-lario.example"),
        "Colloquio di valutazione annuale venerdì 20 novembre alle 10",
        sent_on(11, 11, 9, ROM),
        "Italian annual performance review at the current job, venerdì 20 novembre alle 10.",
        "Ciao Alex,\n\nti confermo il colloquio di valutazione annuale per venerdì 20 novembre alle 10:00 nel mio ufficio. Parleremo dei risultati dell'anno e degli obiettivi per il prossimo.\n\nLuca",
        ((11, 20, "Fri"),),
    )
    yield neg(
        f,
        "functioneringsgesprek",
        "nl",
        ("Anouk Jansen", "anouk.jansen@dijkstra-bouw.example"),
        "Functioneringsgesprek maandag 23 november 9.30 uur",
        sent_on(11, 12, 9, AMS),
        "Dutch yearly performance talk (functioneringsgesprek) at the current job, maandag 23 november 9.30.",
        "Hoi Alex,\n\nHierbij plan ik je functioneringsgesprek in op maandag 23 november om 9.30 uur in vergaderruimte De Linde. Vul vooraf het formulier in.\n\nGroet,\nAnouk",
        ((11, 23, "Mon"),),
    )
    yield neg(
        f,
        "rozmowa_oceniajaca",
        "pl",
        ("Piotr Nowak", "piotr.nowak@sokol-it.example"),
        "Rozmowa oceniająca – wtorek 24 listopada, 13:00",
        sent_on(11, 13, 9, WAW),
        "Polish appraisal talk (rozmowa oceniająca) at the current job, wtorek 24 listopada 13:00.",
        "Cześć Alex,\n\nzapraszam na roczną rozmowę oceniającą we wtorek 24 listopada o 13:00 w sali Wisła. Przygotuj proszę samoocenę.\n\nPiotr",
        ((11, 24, "Tue"),),
    )
    yield neg(
        f,
        "utvecklingssamtal",
        "sv",
        ("Karin Lind", "karin.lind@nordvik-data.example"),
        "Utvecklingssamtal onsdag 25 november kl. 10.00",
        sent_on(11, 16, 9, STO),
        "Swedish yearly development talk (utvecklingssamtal) at the current job, onsdag 25 november kl. 10.00.",
        "Hej Alex,\n\nDags för årets utvecklingssamtal. Jag har bokat onsdag 25 november kl. 10.00 i rummet Tallen. Fyll gärna i förberedelseformuläret innan.\n\nHälsningar\nKarin",
        ((11, 25, "Wed"),),
    )


def taskmove26() -> Iterator[Case]:
    f = "taskmove26"
    yield neg(
        f,
        "could_we_move",
        "en",
        ME,
        "Re: Interview on Tuesday 17 November",
        sent_on(11, 12, 18, LON),
        "English: the reader asks the recruiter to move the interview from Tuesday 17 November 10:00 to later that week; nothing moved yet.",
        "Hi Ben,\n\nThank you for the invitation. Unfortunately I have a clash on Tuesday 17 November at 10:00. Would it be possible to move the interview to Thursday 19 November, any time after 13:00?\n\nApologies for the inconvenience.\n\nBest regards,\nAlex",
        ((11, 17, "Tue"), (11, 19, "Thu")),
        to=("Ben Carter", "ben.carter@lumen-analytics.example"),
    )
    yield neg(
        f,
        "verschieben_bitte",
        "de",
        ME,
        "AW: Ihr Vorstellungsgespräch am Montag, 16. November",
        sent_on(11, 10, 19, BER),
        "German: the reader asks to postpone the interview of Montag, 16. November, 14 Uhr; nothing moved yet.",
        "Sehr geehrte Frau Schulz,\n\nvielen Dank für die Einladung. Leider bin ich am Montag, 16. November, um 14:00 Uhr verhindert. Wäre es möglich, das Gespräch auf Mittwoch, 18. November, vormittags zu verschieben?\n\nMit freundlichen Grüßen\nAlex Morgan",
        ((11, 16, "Mon"), (11, 18, "Wed")),
        to=("Katrin Schulz", "k.schulz@auental-werke.example"),
    )
    yield neg(
        f,
        "decaler_entretien",
        "fr",
        ME,
        "RE: Entretien du jeudi 19 novembre",
        sent_on(11, 13, 17, PAR),
        "French: the reader asks to shift the interview of jeudi 19 novembre à 11h; nothing moved yet.",
        "Bonjour Madame Leroy,\n\nMerci pour votre message. Je ne suis malheureusement pas disponible le jeudi 19 novembre à 11h. Serait-il possible de décaler l'entretien au vendredi 20 novembre dans l'après-midi ?\n\nBien cordialement,\nAlex Morgan",
        ((11, 19, "Thu"), (11, 20, "Fri")),
        to=("Camille Leroy", "camille.leroy@soleil-energie.example"),
    )
    yield neg(
        f,
        "cambiar_entrevista",
        "es",
        ME,
        "RE: Entrevista el lunes 23 de noviembre",
        sent_on(11, 16, 20, MAD),
        "Spanish: the reader asks to change the interview of lunes 23 de noviembre a las 9:00; nothing moved yet.",
        "Hola Pablo:\n\nMuchas gracias por la convocatoria. El lunes 23 de noviembre a las 9:00 tengo un examen y no podré conectarme. ¿Sería posible cambiar la entrevista al martes 24 o al miércoles 25 por la tarde?\n\nUn saludo,\nAlex",
        ((11, 23, "Mon"), (11, 24, "Tue"), (11, 25, "Wed")),
        to=("Pablo Ortega", "pablo.ortega@nortesoft.example"),
    )
    yield neg(
        f,
        "remarcar_entrevista",
        "pt-BR",
        ME,
        "Re: Entrevista na quarta-feira, 18/11",
        sent_on(11, 12, 19, SAO),
        "Brazilian Portuguese: the reader asks to reschedule the interview of quarta-feira 18/11 às 10h; nothing moved yet.",
        "Olá, Juliana,\n\nObrigado pelo convite! Infelizmente tenho um compromisso na quarta-feira, 18/11, às 10h. Seria possível remarcar a entrevista para quinta-feira, 19/11, no período da tarde?\n\nAtenciosamente,\nAlex",
        ((11, 18, "Wed"), (11, 19, "Thu")),
        to=("Juliana Rocha", "juliana@aurora-dados.example"),
    )
    yield neg(
        f,
        "spostare_colloquio",
        "it",
        ME,
        "R: Colloquio di martedì 24 novembre",
        sent_on(11, 18, 18, ROM),
        "Italian: the reader asks to move the interview of martedì 24 novembre alle 15:00; nothing moved yet.",
        "Gentile dott.ssa Ricci,\n\nla ringrazio per l'invito. Purtroppo martedì 24 novembre alle 15:00 ho un impegno che non posso spostare. Sarebbe possibile spostare il colloquio a mercoledì 25 novembre, in mattinata?\n\nCordiali saluti,\nAlex Morgan",
        ((11, 24, "Tue"), (11, 25, "Wed")),
        to=("Francesca Ricci", "f.ricci@lago-software.example"),
    )
    yield neg(
        f,
        "verzetten_gesprek",
        "nl",
        ME,
        "RE: Sollicitatiegesprek vrijdag 20 november",
        sent_on(11, 14, 10, AMS),
        "Dutch: the reader asks to move the job interview of vrijdag 20 november 14.00; nothing moved yet.",
        "Beste Mark,\n\nDank voor de uitnodiging. Helaas kan ik vrijdag 20 november om 14.00 uur niet. Is het mogelijk het gesprek te verzetten naar maandag 23 november, bijvoorbeeld in de ochtend?\n\nMet vriendelijke groet,\nAlex Morgan",
        ((11, 20, "Fri"), (11, 23, "Mon")),
        to=("Mark Visser", "mark.visser@grachten-it.example"),
    )


def tctrl26() -> Iterator[Case]:
    f = "tctrl26"
    sent = sent_on(11, 5, 10, LON)
    yield ctl(
        f,
        "quick_interview",
        "en",
        ("Ben Carter", "ben.carter@lumen-analytics.example"),
        "Interview - Tuesday 10 November",
        sent,
        "Control: English short interview invitation, Tuesday 10 November 10:00-10:45.",
        "Hi Alex,\n\nThanks for your application. We'd like to invite you to a first interview with me and our data lead on Tuesday 10 November at 10:00 (45 minutes) on Teams. The link follows separately.\n\nBest,\nBen Carter\nLumen Analytics",
        when(11, 10, "Tue", 10, 0, LON),
        45,
    )
    sent = sent_on(11, 4, 9, BER)
    yield ctl(
        f,
        "vorstellungsgespraech",
        "de",
        ("Katrin Schulz", "k.schulz@auental-werke.example"),
        "Einladung zum Vorstellungsgespräch",
        sent,
        "Control: German interview invitation Donnerstag, 12. November, 14:00–15:00 Uhr.",
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch am Donnerstag, 12. November, von 14:00 bis 15:00 Uhr in unsere Zentrale (Hafenstraße 4, Auental) einzuladen.\n\nMit freundlichen Grüßen\nKatrin Schulz\nPersonalabteilung",
        when(11, 12, "Thu", 14, 0, BER),
        60,
    )
    sent = sent_on(11, 6, 11, PAR)
    yield ctl(
        f,
        "entretien",
        "fr",
        ("Camille Leroy", "camille.leroy@soleil-energie.example"),
        "Convocation à un entretien",
        sent,
        "Control: French interview invitation lundi 16 novembre à 11h.",
        "Bonjour Alex,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien le lundi 16 novembre à 11h dans nos locaux, 12 rue Lafayette à Lyon.\n\nMerci de nous confirmer votre présence.\n\nCamille Leroy\nChargée de recrutement",
        when(11, 16, "Mon", 11, 0, PAR),
        None,
    )
    sent = sent_on(11, 9, 10, MAD)
    yield ctl(
        f,
        "entrevista",
        "es",
        ("Pablo Ortega", "pablo.ortega@nortesoft.example"),
        "Entrevista con Nortesoft",
        sent,
        "Control: Spanish interview invitation miércoles 18 de noviembre a las 16:00, 30 minutes.",
        "Hola Alex:\n\nNos gustaría conocerte. Te citamos para una entrevista por videollamada el miércoles 18 de noviembre a las 16:00 (30 minutos). Te enviaré el enlace de Google Meet.\n\nUn saludo,\nPablo Ortega\nNortesoft",
        when(11, 18, "Wed", 16, 0, MAD),
        30,
    )
    sent = sent_on(11, 10, 9, SAO)
    yield ctl(
        f,
        "entrevista_br",
        "pt-BR",
        ("Juliana Rocha", "juliana@aurora-dados.example"),
        "Entrevista - Aurora Dados",
        sent,
        "Control: Brazilian interview invitation quinta-feira, 19 de novembro, às 14h.",
        "Olá, Alex!\n\nGostaríamos de convidar você para uma entrevista com a nossa gestora de dados na quinta-feira, 19 de novembro, às 14h, pelo Google Meet.\n\nPode confirmar?\n\nJuliana Rocha\nAurora Dados",
        when(11, 19, "Thu", 14, 0, SAO),
        None,
    )
    sent = sent_on(11, 11, 10, ROM)
    yield ctl(
        f,
        "colloquio",
        "it",
        ("Francesca Ricci", "f.ricci@lago-software.example"),
        "Invito a colloquio",
        sent,
        "Control: Italian interview invitation venerdì 20 novembre alle 9:30.",
        "Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo venerdì 20 novembre alle 9:30 presso la nostra sede di Como, via Milano 8.\n\nCordiali saluti,\nFrancesca Ricci\nUfficio Risorse Umane",
        when(11, 20, "Fri", 9, 30, ROM),
        None,
    )
    sent = sent_on(11, 12, 10, AMS)
    yield ctl(
        f,
        "sollicitatiegesprek",
        "nl",
        ("Mark Visser", "mark.visser@grachten-it.example"),
        "Uitnodiging sollicitatiegesprek",
        sent,
        "Control: Dutch job interview invitation dinsdag 17 november 10.00-11.00.",
        "Beste Alex,\n\nGraag nodigen we je uit voor een sollicitatiegesprek op dinsdag 17 november van 10.00 tot 11.00 uur op ons kantoor aan de Keizersgracht 120.\n\nMet vriendelijke groet,\nMark Visser",
        when(11, 17, "Tue", 10, 0, AMS),
        60,
    )
    sent = sent_on(11, 12, 11, WAW)
    yield ctl(
        f,
        "rozmowa",
        "pl",
        ("Anna Wiśniewska", "anna.wisniewska@most-it.example"),
        "Zaproszenie na rozmowę rekrutacyjną",
        sent,
        "Control: Polish recruitment interview czwartek 19 listopada o 12:00.",
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę rekrutacyjną w czwartek 19 listopada o 12:00 w naszym biurze przy ul. Marszałkowskiej 10.\n\nPozdrawiam\nAnna Wiśniewska",
        when(11, 19, "Thu", 12, 0, WAW),
        None,
    )
    sent = sent_on(11, 13, 9, STO)
    yield ctl(
        f,
        "intervju",
        "sv",
        ("Sara Holm", "sara.holm@skargard-tech.example"),
        "Inbjudan till intervju",
        sent,
        "Control: Swedish interview invitation måndag 23 november kl. 13.00.",
        "Hej Alex!\n\nVi vill gärna träffa dig på en intervju måndag 23 november kl. 13.00 på vårt kontor på Götgatan 22.\n\nVälkommen!\nSara Holm",
        when(11, 23, "Mon", 13, 0, STO),
        None,
    )
    sent = sent_on(11, 16, 10, LON)
    yield ctl(
        f,
        "booked_slot",
        "en",
        ("Hannah Reyes", "hannah@brightpath-talent.example"),
        "Confirmed: your interview with Brightpath",
        sent,
        "Control: the slot the reader picked is confirmed, Wednesday 18 November 15:00-15:30.",
        "Hi Alex,\n\nThanks for booking. Your interview with our client is confirmed for Wednesday 18 November at 15:00 (30 minutes) by phone; I will call you on the number in your CV.\n\nBest,\nHannah",
        when(11, 18, "Wed", 15, 0, LON),
        30,
    )


def terrand26() -> Iterator[Case]:
    f = "terrand26"
    yield neg(
        f,
        "optician",
        "en",
        ("ClearSight Opticians", "bookings@clearsight.example"),
        "Your eye test appointment is coming up",
        sent_on(11, 10, 9, LON),
        "English optician's eye test Friday 13 November 11:20.",
        "Hello Alex,\n\nThis is a reminder of your eye test at ClearSight Opticians, High Street, on Friday 13 November at 11:20.\n\nPlease bring your current glasses. Need to change? Call 020 7946 0321.\n\nClearSight Opticians",
        ((11, 13, "Fri"),),
    )
    yield neg(
        f,
        "tierarzt",
        "de",
        ("Tierarztpraxis am Stadtpark", "praxis@tierarzt-stadtpark.example"),
        "Terminerinnerung: Impfung für Bello",
        sent_on(11, 12, 8, BER),
        "German vet appointment Dienstag, 17. November, 16:40 Uhr.",
        "Guten Tag Herr Morgan,\n\nwir erinnern Sie an den Impftermin für Bello am Dienstag, 17. November, um 16:40 Uhr.\n\nBitte bringen Sie den Impfpass mit.\n\nIhre Tierarztpraxis am Stadtpark",
        ((11, 17, "Tue"),),
    )
    yield neg(
        f,
        "revision_voiture",
        "fr",
        ("Garage du Centre", "atelier@garage-centre.example"),
        "Confirmation de votre rendez-vous atelier",
        sent_on(11, 9, 10, PAR),
        "French car service jeudi 19 novembre à 8h30.",
        "Bonjour M. Morgan,\n\nNous confirmons votre rendez-vous pour la révision de votre véhicule le jeudi 19 novembre à 8h30. Merci de déposer la voiture à l'accueil de l'atelier.\n\nGarage du Centre",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "cambio_neumaticos",
        "es",
        ("Talleres Ruiz", "citas@talleres-ruiz.example"),
        "Cita para cambio de neumáticos",
        sent_on(11, 11, 10, MAD),
        "Spanish tyre change sábado 21 de noviembre a las 10:00.",
        "Hola Alex:\n\nTu cita para el cambio de neumáticos queda reservada para el sábado 21 de noviembre a las 10:00. El servicio dura aproximadamente una hora.\n\nTalleres Ruiz",
        ((11, 21, "Sat"),),
    )
    yield neg(
        f,
        "otica",
        "pt-BR",
        ("Ótica Visão Clara", "contato@visaoclara.example"),
        "Lembrete: seu exame de vista",
        sent_on(11, 16, 9, SAO),
        "Brazilian optician eye exam segunda-feira, 23/11, às 15h30.",
        "Olá, Alex!\n\nLembramos que seu exame de vista está marcado para segunda-feira, 23/11, às 15h30, na unidade Shopping Ibirapuera.\n\nÓtica Visão Clara",
        ((11, 23, "Mon"),),
    )
    yield neg(
        f,
        "parrucchiere",
        "it",
        ("Salone Stella", "prenotazioni@salonestella.example"),
        "Conferma appuntamento",
        sent_on(11, 12, 12, ROM),
        "Italian hairdresser booking sabato 14 novembre alle 10:30.",
        "Ciao Alex,\n\nti confermiamo l'appuntamento per taglio e piega sabato 14 novembre alle 10:30.\n\nIn caso di disdetta avvisaci almeno 24 ore prima.\n\nSalone Stella",
        ((11, 14, "Sat"),),
    )
    yield neg(
        f,
        "apk_keuring",
        "nl",
        ("Autobedrijf Van Dam", "werkplaats@autovandam.example"),
        "Bevestiging APK-afspraak",
        sent_on(11, 13, 10, AMS),
        "Dutch car inspection (APK) woensdag 25 november om 8.00 uur.",
        "Beste heer Morgan,\n\nHierbij bevestigen wij uw afspraak voor de APK-keuring op woensdag 25 november om 8.00 uur. U kunt de auto de avond ervoor al brengen.\n\nAutobedrijf Van Dam",
        ((11, 25, "Wed"),),
    )
    yield neg(
        f,
        "veterinar",
        "sv",
        ("Djurkliniken Ekbacken", "bokning@ekbacken-djur.example"),
        "Bokningsbekräftelse",
        sent_on(11, 11, 9, STO),
        "Swedish vet booking fredag 20 november kl. 14.15.",
        "Hej Alex,\n\nDin tid för hälsokontroll av Sixten är bokad till fredag 20 november kl. 14.15.\n\nAvbokning senast 24 timmar innan.\n\nDjurkliniken Ekbacken",
        ((11, 20, "Fri"),),
    )


def tschool26() -> Iterator[Case]:
    f = "tschool26"
    yield neg(
        f,
        "parents_evening",
        "en",
        ("St Aidan's Primary", "office@st-aidans.example"),
        "Parents' evening - Wednesday 18 November",
        sent_on(11, 9, 15, LON),
        "English primary school parents' evening Wednesday 18 November, your slot 17:40.",
        "Dear Parent/Carer,\n\nYour parents' evening appointment with Mrs Taylor (Class 4) is on Wednesday 18 November at 17:40. Appointments last 10 minutes.\n\nSt Aidan's Primary School",
        ((11, 18, "Wed"),),
    )
    yield neg(
        f,
        "elternabend",
        "de",
        ("Grundschule am Lindenhof", "sekretariat@gs-lindenhof.example"),
        "Einladung zum Elternabend der Klasse 3b",
        sent_on(11, 10, 12, BER),
        "German parents' evening Donnerstag, 19. November, 19:30 Uhr.",
        "Liebe Eltern der Klasse 3b,\n\nhiermit laden wir Sie herzlich zum Elternabend am Donnerstag, 19. November, um 19:30 Uhr im Klassenraum ein. Themen: Klassenfahrt, Weihnachtsfeier.\n\nMit freundlichen Grüßen\nFrau Krüger, Klassenlehrerin",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "reunion_parents",
        "fr",
        ("École maternelle Les Tilleuls", "ecole.tilleuls@ac-example.example"),
        "Réunion parents-professeurs",
        sent_on(11, 12, 16, PAR),
        "French nursery school parents' meeting mardi 24 novembre à 18h.",
        "Madame, Monsieur,\n\nLa réunion parents-professeurs de la classe de moyenne section aura lieu le mardi 24 novembre à 18h dans la salle de motricité.\n\nL'équipe enseignante",
        ((11, 24, "Tue"),),
    )
    yield neg(
        f,
        "festival_escolar",
        "es",
        ("Colegio San Jorge", "secretaria@colegiosanjorge.example"),
        "Festival de Navidad: viernes 18 de diciembre a las 16:00",
        sent_on(11, 27, 12, MAD),
        "Spanish school Christmas show viernes 18 de diciembre a las 16:00.",
        "Queridas familias:\n\nOs invitamos al festival de Navidad del colegio, que se celebrará el viernes 18 de diciembre a las 16:00 en el salón de actos.\n\nOs esperamos,\nColegio San Jorge",
        ((12, 18, "Fri"),),
    )
    yield neg(
        f,
        "colloqui_genitori",
        "it",
        ("Scuola Primaria Manzoni", "segreteria@primaria-manzoni.example"),
        "Colloqui individuali con i genitori",
        sent_on(11, 13, 14, ROM),
        "Italian school parent-teacher talks, your slot lunedì 30 novembre alle 16:50.",
        "Gentili genitori,\n\nil colloquio individuale con le insegnanti della classe 2A è fissato per lunedì 30 novembre alle 16:50. Ogni colloquio dura dieci minuti.\n\nLa segreteria",
        ((11, 30, "Mon"),),
    )
    yield neg(
        f,
        "kijkochtend",
        "nl",
        ("Basisschool De Regenboog", "info@regenboog-school.example"),
        "Kijkochtend groep 5",
        sent_on(11, 16, 10, AMS),
        "Dutch school open classroom morning donderdag 26 november 8.30-10.00.",
        "Beste ouders,\n\nOp donderdag 26 november van 8.30 tot 10.00 uur is er een kijkochtend in groep 5. U bent van harte welkom om in de klas mee te kijken.\n\nTeam De Regenboog",
        ((11, 26, "Thu"),),
    )
    yield neg(
        f,
        "zebranie_rodzicow",
        "pl",
        ("Szkoła Podstawowa nr 12", "sekretariat@sp12.example"),
        "Zebranie z rodzicami klasy 2c",
        sent_on(11, 13, 13, WAW),
        "Polish parents' meeting wtorek 24 listopada o 17:30.",
        "Szanowni Państwo,\n\nzapraszam na zebranie z rodzicami klasy 2c we wtorek 24 listopada o godz. 17:30 w sali 14.\n\nWychowawczyni\nEwa Zielińska",
        ((11, 24, "Tue"),),
    )


def tcoach26() -> Iterator[Case]:
    f = "tcoach26"
    yield neg(
        f,
        "discovery_call",
        "en",
        ("Rachel from NextStep Coaching", "rachel@nextstep-coaching.example"),
        "Your free career strategy call",
        sent_on(11, 9, 11, LON),
        "English career coach's free strategy call (a sales call), Thursday 12 November 17:00.",
        "Hi Alex,\n\nGreat news - your free 30-minute Career Strategy Session is booked for Thursday 12 November at 17:00. On the call we'll look at where you are stuck and whether my 12-week programme is right for you.\n\nRachel\nNextStep Coaching",
        ((11, 12, "Thu"),),
    )
    yield neg(
        f,
        "erstgespraech",
        "de",
        ("Karriereberatung Sommer", "kontakt@karriere-sommer.example"),
        "Ihr kostenloses Erstgespräch",
        sent_on(11, 10, 10, BER),
        "German career coach's free first consultation (Erstgespräch), Montag, 16. November, 18:00 Uhr.",
        "Hallo Alex,\n\nvielen Dank für Ihre Anfrage. Ihr kostenloses Erstgespräch zum Karrierecoaching findet am Montag, 16. November, um 18:00 Uhr per Zoom statt. Wir besprechen Ihre Ziele und mein Coaching-Angebot.\n\nHerzliche Grüße\nMiriam Sommer",
        ((11, 16, "Mon"),),
    )
    yield neg(
        f,
        "demo_produit",
        "fr",
        ("Julien de Planifio", "julien@planifio.example"),
        "Démo Planifio - mardi 17 novembre 10h",
        sent_on(11, 10, 14, PAR),
        "French SaaS vendor's product demo mardi 17 novembre à 10h.",
        "Bonjour Alex,\n\nMerci pour votre intérêt pour Planifio ! Votre démonstration personnalisée est prévue le mardi 17 novembre à 10h. Je vous présenterai l'outil et nos offres tarifaires.\n\nJulien, Account Executive",
        ((11, 17, "Tue"),),
    )
    yield neg(
        f,
        "sesion_coaching",
        "es",
        ("Impulsa Coaching", "hola@impulsa-coaching.example"),
        "Tu sesión gratuita de orientación",
        sent_on(11, 12, 10, MAD),
        "Spanish coach's free orientation session (a sales call) jueves 19 de noviembre a las 19:00.",
        "Hola Alex:\n\nTu sesión gratuita de orientación profesional está reservada para el jueves 19 de noviembre a las 19:00. En ella veremos tus objetivos y te explicaré nuestro programa de acompañamiento.\n\nUn abrazo,\nLaura, Impulsa Coaching",
        ((11, 19, "Thu"),),
    )
    yield neg(
        f,
        "mentoria_gratuita",
        "pt-BR",
        ("Mentoria Decola", "contato@decola-mentoria.example"),
        "Sua sessão de diagnóstico gratuita",
        sent_on(11, 12, 15, SAO),
        "Brazilian mentoring company's free diagnostic session (a sales call) sexta-feira, 20/11, às 19h.",
        "Oi Alex!\n\nSua sessão de diagnóstico de carreira gratuita está marcada para sexta-feira, 20/11, às 19h. Vamos entender seu momento e apresentar o programa de mentoria Decola.\n\nAté lá!\nEquipe Decola",
        ((11, 20, "Fri"),),
    )
    yield neg(
        f,
        "consulenza_gratuita",
        "it",
        ("Carriera Smart", "info@carrierasmart.example"),
        "Consulenza gratuita confermata",
        sent_on(11, 13, 10, ROM),
        "Italian career consultancy's free consultation (a sales call) lunedì 23 novembre alle 18:30.",
        "Ciao Alex,\n\nla tua consulenza gratuita di 20 minuti con un nostro career coach è confermata per lunedì 23 novembre alle 18:30. Ti illustreremo i nostri percorsi di coaching.\n\nA presto,\nCarriera Smart",
        ((11, 23, "Mon"),),
    )
    yield neg(
        f,
        "prezentacja_oferty",
        "pl",
        ("Tomasz z HRly", "tomasz@hrly.example"),
        "Prezentacja HRly – środa 25 listopada, 11:00",
        sent_on(11, 16, 10, WAW),
        "Polish HR software vendor's demo środa 25 listopada 11:00.",
        "Dzień dobry,\n\ndziękuję za zainteresowanie. Prezentacja systemu HRly odbędzie się w środę 25 listopada o 11:00 na Google Meet. Pokażę moduły i cennik.\n\nTomasz, Key Account Manager",
        ((11, 25, "Wed"),),
    )


def tctrlho26() -> Iterator[Case]:
    f = "tctrlho26"
    sent = sent_on(11, 10, 10, BER)
    yield ctl(
        f,
        "kurzes_gespraech",
        "de",
        ("Lena Hoffmann", "l.hoffmann@kranich-logistik.example"),
        "Gespräch am Freitag",
        sent,
        "Control: German short interview invitation Freitag, 13. November, 11:00 Uhr, video.",
        "Hallo Herr Morgan,\n\ndanke für Ihre Bewerbung als Disponent. Wir würden Sie gern am Freitag, 13. November, um 11:00 Uhr per Teams zu einem ersten Kennenlerngespräch einladen (ca. 30 Minuten).\n\nBeste Grüße\nLena Hoffmann",
        when(11, 13, "Fri", 11, 0, BER),
        30,
    )
    sent = sent_on(11, 12, 9, PAR)
    yield ctl(
        f,
        "entretien_visio",
        "fr",
        ("Nadia Benali", "nadia.benali@mistral-conseil.example"),
        "Entretien en visio",
        sent,
        "Control: French interview by video mercredi 18 novembre à 15h.",
        "Bonjour Alex,\n\nJe vous propose un entretien en visio le mercredi 18 novembre à 15h avec notre directeur technique. Le lien Teams vous sera envoyé la veille.\n\nBien à vous,\nNadia Benali",
        when(11, 18, "Wed", 15, 0, PAR),
        None,
    )
    sent = sent_on(11, 13, 10, MAD)
    yield ctl(
        f,
        "entrevista_presencial",
        "es",
        ("Irene Castro", "irene.castro@levante-foods.example"),
        "Entrevista presencial",
        sent,
        "Control: Spanish in-person interview lunes 23 de noviembre a las 10:30.",
        "Hola Alex:\n\nTe esperamos para una entrevista presencial el lunes 23 de noviembre a las 10:30 en nuestras oficinas de Valencia (Av. del Puerto 45).\n\nSaludos,\nIrene Castro",
        when(11, 23, "Mon", 10, 30, MAD),
        None,
    )
    sent = sent_on(11, 16, 9, ROM)
    yield ctl(
        f,
        "colloquio_tecnico",
        "it",
        ("Marco Greco", "marco.greco@alpi-cloud.example"),
        "Colloquio tecnico",
        sent,
        "Control: Italian technical interview giovedì 26 novembre alle 14:00-15:00.",
        "Ciao Alex,\n\nti invitiamo al colloquio tecnico giovedì 26 novembre dalle 14:00 alle 15:00 su Google Meet con due sviluppatori del team.\n\nA presto,\nMarco Greco",
        when(11, 26, "Thu", 14, 0, ROM),
        60,
    )
    sent = sent_on(11, 17, 10, WAW)
    yield ctl(
        f,
        "rozmowa_online",
        "pl",
        ("Kasia Lewandowska", "kasia@wydma-tech.example"),
        "Rozmowa online",
        sent,
        "Control: Polish online interview piątek 27 listopada o 9:00.",
        "Cześć Alex,\n\nzapraszam na rozmowę rekrutacyjną online w piątek 27 listopada o 9:00 na Teams. Link wyślę dzień wcześniej.\n\nKasia Lewandowska",
        when(11, 27, "Fri", 9, 0, WAW),
        None,
    )


BUILDERS = [
    tbook26,
    tdue26,
    tshut26,
    topen26,
    tcurjob26,
    taskmove26,
    tctrl26,
    terrand26,
    tschool26,
    tcoach26,
    tctrlho26,
]

MEASURED: list[str] = [
    "First sight (parser at main c772444b, before any change for this batch): dev: 10 of 10 "
    "invitations with the right start and end (10 sure), 8 of 53 negatives claimed with "
    "confidence >= 0.5 (the reader's own move requests in de, nl, pt-BR; booking pages' free "
    "slots in de, it, pt-BR; a probation review (en) and a half-year review (es)); held out: "
    "5 of 5 invitations right (5 sure), 5 of 22 negatives claimed; no calendar part in the "
    "batch.",
    "",
    "After the batch's rules: dev 10 of 10 right (10 sure), 0 of 53 claimed; held out 5 of 5 "
    "right (5 sure), 3 of 22 claimed. Whole splits (quick.py, batch included): dev false "
    "claims 42 -> 28 of 2337 (6 older dev mail fixed: booklink22 pt-BR, closure22, "
    "coachsell15, esmove25, events26's optician, moveneg26's German own request), text "
    "2670/2696 and sure 2383 unchanged, calendars 407/407; held out false 110 -> 108 of 1025, "
    "text 1103/1174, sure 938, calendars 126/127 unchanged; shared and fixtures unchanged; "
    "cmp.py: no BROKE, held out better 2 worse 0.",
]

RULES: list[str] = [
    "- `NON_HIRING_OCCASION_TITLE` (the calendar-title list) is read in text-only mail too, on",
    "  the subject and the time's sentence, cleared by any hiring word there and skipped in",
    "  forwards (the reader's own pick of a community call): events26's optician ('eye",
    "  test'), coachsell15's 'free 15-minute discovery call', sales26. The list gains a",
    "  coach's or vendor's free session ('free ... call/session', 'kostenloses Erstgespräch',",
    "  'sesión gratuita', 'consulenza gratuita').",
    "- `EMPLOYEE_REVIEW_CUES` gains probation and half-year reviews ('probation review',",
    "  'Probezeitgespräch', 'seguimiento semestral', 'feedback semestral'): ACAS guidance on",
    "  probation review meetings and this batch's tcurjob26 en, es.",
    "- `MOVE_ASKED_CUES` gains 'sería posible retrasar/aplazar', 'seria possível remarcar',",
    "  'wäre es möglich … verschieben', 'is het mogelijk … verzetten' (esmove25, taskmove26).",
    "- `_DECLINE_WORDS` gains the writer's own clash: 'bin ich … verhindert', 'kan ik … niet',",
    "  'tenho um compromisso', 'I have a clash', 'tengo un examen' (taskmove26, esmove25).",
    "- `_SELF_SCHEDULE_WORDS` gains a booking page's free times ('freie Zeiten', 'slot liberi',",
    "  'horários livres', 'a agenda abre', 'escolha o melhor horário'): booklink22 pt-BR,",
    "  tbook26 de, it, pt-BR.",
    "- `OUTAGE_CUES` gains offices that 'will be closed', 'Betriebsferien', 'bleibt …",
    "  geschlossen', 'sera fermée', 'estará cerrada', 'resterà chiuso' (closure22 en,",
    "  tshut26 de, fr, it, where other cues already held them; closure25 keeps its claim: its time is when work resumes).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the textneg26 batch (`build_textneg26.py`)",
        "",
        "Text-only look-alikes that carry a future date and time next to scheduling words but "
        "set no interview for the reader, with short interview invitations in the same "
        "languages as controls. All text is ours (no third-party text copied); people, "
        "companies, addresses and links are made up. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_textneg26.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-textneg26.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
