# ruff: noqa: E501, N806
"""Write the "negfix35" batch: mail that names a dated interview that is not the reader's to
attend, and controls that are.

Run: .venv/bin/python tests/parsing/corpus/build_negfix35.py

Three mechanisms that should keep a time from being claimed, each from several writers and
languages: an interview confirmation written to ANOTHER candidate by name that reached the
reader (a coordinator's slip, an ATS confirmation with the wrong recipient) although its
sentence says "your interview"; a recruiter asking WHICH of two times joined by "or" suits,
with nothing set yet. Controls: one slot the employer offers as a question (an invitation by
the corpus's policy), invitations that
greet the reader by a short form, a surname or a title, and invitations that set the slot
and ask a question only in another sentence.

Labels: negatives are `not_invitation`; controls are `invitation` with their start (no zone
word: wall time at the Date offset). Labels were written before the parser was run on the
batch; the held-out families were drawn by `random.Random("negfix35 coin").sample(sorted
families, 2)` before then. Helpers come from build_parse-pos.py and build_prose8.py (loaded,
not copied). Deterministic; touches only its own families' files.
"""

from __future__ import annotations

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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; interview mail written to another candidate by name, recruiters asking "
    "which time suits, and invitations to the reader as controls (wording ours, shapes as "
    "coordinators, hiring managers and applicant-tracking confirmations write them); " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}

FAMILIES = ("misdir35", "misdirats35", "optask35", "optor35", "ctlgreet35", "ctlask35")
HELD = frozenset(random.Random("negfix35 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

SOURCES = {
    "misdir35": "Coordinators' and hiring managers' own mail confirming 'your interview' to a "
    "candidate greeted by a name that is not the reader's, sent to the reader by mistake "
    "(en-GB, de, fr, es, it, nl, pl).",
    "misdirats35": "Applicant-tracking style confirmations ('Dear <candidate>, your interview "
    "for <role> is scheduled ...') whose greeting names another candidate (en-US, de, fr, "
    "pt-PT, sv).",
    "optask35": "A recruiter offers one named time as a question ('Would Tuesday at 10:00 "
    "work for you?', 'Passt Ihnen Donnerstag um 15 Uhr?'): an invitation by the corpus's "
    "stated policy (PROVENANCE-propose24.md), kept as controls for the options rule (en, de, "
    "fr, es, it, nl, pl).",
    "optor35": "A recruiter offers two times joined by 'or' and asks which suits (en, de, fr, "
    "es, pt-BR, da).",
    "ctlgreet35": "Controls: invitations greeting the reader by a short form, a surname with "
    "a title or a full name (en, de, fr, es, nl).",
    "ctlask35": "Controls: invitations that set the slot in a statement and ask a question "
    "only in another sentence (en, de, fr, es, it).",
}

SENT = (2026, 12, 2)  # a Wednesday; every slot lies in 7-11 December


def sent_at(zone: str) -> datetime:
    return at(*SENT, 9, 12, zone, "Wed")


# (family, name, lang, sender, subject, zone, note, start or None, text)
Row = tuple[str, str, str, tuple[str, str], str, str, str, datetime | None, str]


def rows() -> list[Row]:
    dec = (2026, 12)
    lon, ber, par, mad, rom, ams, waw, nyc, lis, sto, cph, sao = (
        "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome",
        "Europe/Amsterdam", "Europe/Warsaw", "America/New_York", "Europe/Lisbon",
        "Europe/Stockholm", "Europe/Copenhagen", "America/Sao_Paulo",
    )  # fmt: skip
    M, A, Q, R, G, K = FAMILIES
    return [
        # ---- misdir35 -----------------------------------------------------------------
        (M, "dear_tom_your_interview", "en-GB", ("Fiona Reid", "fiona.reid@clydeworks.example.co.uk"),
         "Interview on Tuesday", lon,
         "Greets Tom; 'your interview on Tuesday 8 December at 11:00' is Tom's, the mail reached Alex.",
         None,
         "Dear Tom,\n\nJust confirming your interview on Tuesday 8 December at 11:00 at our "
         "Glasgow office. Ask for me at reception.\n\nBest wishes,\nFiona Reid\nClydeworks"),
        (M, "hallo_jonas_ihr_gespraech", "de", ("Katrin Vogel", "katrin.vogel@elbtal-logistik.example.de"),
         "Ihr Vorstellungsgespräch", ber,
         "Greets Jonas; 'Ihr Vorstellungsgespräch findet am Donnerstag, 10. Dezember um 14:00 Uhr statt' is his.",
         None,
         "Hallo Jonas,\n\nIhr Vorstellungsgespräch findet am Donnerstag, 10. Dezember um "
         "14:00 Uhr bei uns in Dresden statt. Bitte bringen Sie Ihre Zeugnisse mit.\n\n"
         "Viele Grüße\nKatrin Vogel\nElbtal Logistik"),
        (M, "bonjour_camille_votre_entretien", "fr", ("Hugo Lefèvre", "hugo.lefevre@rhone-conseil.example.fr"),
         "Votre entretien de mercredi", par,
         "Greets Camille; 'votre entretien est confirmé pour le mercredi 9 décembre à 15h' is hers.",
         None,
         "Bonjour Camille,\n\nVotre entretien est confirmé pour le mercredi 9 décembre à 15h "
         "dans nos locaux de Lyon.\n\nCordialement,\nHugo Lefèvre\nRhône Conseil"),
        (M, "hola_lucia_tu_entrevista", "es", ("Raúl Ortega", "raul.ortega@meseta-digital.example.es"),
         "Entrevista confirmada", mad,
         "Greets Lucía; 'tu entrevista queda fijada para el jueves 10 de diciembre a las 10:30' is hers.",
         None,
         "Hola Lucía:\n\nTe confirmo que tu entrevista queda fijada para el jueves 10 de "
         "diciembre a las 10:30 en la oficina de Castellana.\n\nUn saludo,\nRaúl Ortega\n"
         "Meseta Digital"),
        (M, "ciao_marco_il_tuo_colloquio", "it", ("Giulia Ferri", "giulia.ferri@lagunasoft.example.it"),
         "Colloquio venerdì", rom,
         "Greets Marco; 'il tuo colloquio è fissato per venerdì 11 dicembre alle 9:30' is his.",
         None,
         "Ciao Marco,\n\nti confermo che il tuo colloquio è fissato per venerdì 11 dicembre "
         "alle 9:30 nella nostra sede di Padova.\n\nA presto,\nGiulia Ferri\nLagunaSoft"),
        (M, "beste_sanne_je_gesprek", "nl", ("Pieter de Wit", "pieter.dewit@polder-data.example.nl"),
         "Je sollicitatiegesprek", ams,
         "Greets Sanne; 'je gesprek staat gepland op dinsdag 8 december om 13:00' is hers.",
         None,
         "Beste Sanne,\n\nJe gesprek staat gepland op dinsdag 8 december om 13:00 op ons "
         "kantoor in Utrecht. Meld je bij de receptie.\n\nGroet,\nPieter de Wit\nPolder Data"),
        (M, "dzien_dobry_pani_anno", "pl", ("Tomasz Wójcik", "tomasz.wojcik@wisla-it.example.pl"),
         "Rozmowa kwalifikacyjna", waw,
         "Greets Pani Anna; 'Pani rozmowa odbędzie się w środę 9 grudnia o 12:00' is hers.",
         None,
         "Dzień dobry Pani Anno,\n\npotwierdzam, że Pani rozmowa kwalifikacyjna odbędzie się "
         "w środę 9 grudnia o 12:00 w naszym biurze w Krakowie.\n\nPozdrawiam,\nTomasz Wójcik\n"
         "Wisła IT"),
        # ---- misdirats35 --------------------------------------------------------------
        (A, "dear_jordan_scheduled", "en-US", ("Harbor Health Careers", "careers@harborhealth.example.com"),
         "Interview scheduled: Billing Specialist", nyc,
         "ATS-style confirmation to Jordan for Thursday, December 10 at 2:00 PM; reached Alex.",
         None,
         "Dear Jordan,\n\nYour interview for the Billing Specialist position is scheduled for "
         "Thursday, December 10 at 2:00 PM at 40 Water Street, Boston.\n\nPlease reply to "
         "this email if you need to reschedule.\n\nHarbor Health Talent Acquisition"),
        (A, "sehr_geehrter_herr_becker", "de", ("Karriere Nordlicht", "karriere@nordlicht-energie.example.de"),
         "Einladung zum Vorstellungsgespräch – Projektassistenz", ber,
         "ATS-style mail to Herr Becker: 'Ihr Gespräch am Montag, 7. Dezember 2026, 10:00 Uhr'.",
         None,
         "Sehr geehrter Herr Becker,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch für "
         "die Stelle Projektassistenz am Montag, 7. Dezember 2026, 10:00 Uhr in Hamburg.\n\n"
         "Mit freundlichen Grüßen\nIhr Recruiting-Team Nordlicht Energie"),
        (A, "madame_martin_convocation", "fr", ("Recrutement Alpilles", "recrutement@alpilles-bio.example.fr"),
         "Confirmation de votre entretien", par,
         "ATS-style mail to Madame Martin: 'votre entretien ... le jeudi 10 décembre 2026 à 11h00'.",
         None,
         "Madame Martin,\n\nNous vous confirmons votre entretien pour le poste d'assistante "
         "commerciale le jeudi 10 décembre 2026 à 11h00 à Avignon.\n\nL'équipe recrutement\n"
         "Alpilles Bio"),
        (A, "cara_ines_entrevista", "pt-PT", ("Recrutamento Tejo", "recrutamento@tejo-servicos.example.pt"),
         "Entrevista agendada", lis,
         "ATS-style mail to Inês: 'a sua entrevista está agendada para terça-feira, 8 de dezembro, às 15h00'.",
         None,
         "Cara Inês,\n\nA sua entrevista para a função de Técnica de Apoio ao Cliente está "
         "agendada para terça-feira, 8 de dezembro, às 15h00, nas nossas instalações em "
         "Lisboa.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento Tejo"),
        (A, "hej_erik_intervju", "sv", ("Rekrytering Mälarbyggen", "rekrytering@malarbyggen.example.se"),
         "Bekräftelse på intervju", sto,
         "ATS-style mail to Erik: 'din intervju är bokad onsdag 9 december kl. 13:30'.",
         None,
         "Hej Erik,\n\nDin intervju för tjänsten som projektledare är bokad onsdag 9 december "
         "kl. 13:30 på vårt kontor i Västerås.\n\nVänliga hälsningar\nRekrytering, "
         "Mälarbyggen"),
        # ---- optask35 -----------------------------------------------------------------
        (Q, "would_tuesday_work", "en-GB", ("Nadia Khan", "nadia.khan@pennine-recruit.example.co.uk"),
         "Interview with Calder Foods", lon,
         "One slot offered as a question: 'Would Tuesday 8 December at 10:00 work for you?'.",
         at(*dec, 8, 10, 0, lon, "Tue"),
         "Hi Alex,\n\nCalder Foods would like to meet you. Would Tuesday 8 December at 10:00 "
         "work for you? Let me know and I will confirm with them.\n\nThanks,\nNadia"),
        (Q, "passt_ihnen_donnerstag", "de", ("Markus Hahn", "markus.hahn@talentbruecke.example.de"),
         "Terminvorschlag Gespräch", ber,
         "One slot offered as a question: 'Passt Ihnen Donnerstag, 10. Dezember um 15 Uhr?'.",
         at(*dec, 10, 15, 0, ber, "Thu"),
         "Hallo Alex,\n\nunser Kunde möchte Sie gern kennenlernen. Passt Ihnen Donnerstag, "
         "10. Dezember um 15 Uhr? Dann trage ich den Termin ein.\n\nBeste Grüße\nMarkus Hahn"),
        (Q, "seriez_vous_disponible", "fr", ("Léa Garnier", "lea.garnier@atlantique-rh.example.fr"),
         "Disponibilité pour un entretien", par,
         "One slot offered as a question: 'Seriez-vous disponible le vendredi 11 décembre à 10h ?'.",
         at(*dec, 11, 10, 0, par, "Fri"),
         "Bonjour Alex,\n\nLe client souhaite vous rencontrer. Seriez-vous disponible le "
         "vendredi 11 décembre à 10h ? Je confirmerai ensuite de mon côté.\n\nBien à vous,\n"
         "Léa Garnier"),
        (Q, "te_vendria_bien_el_miercoles", "es", ("Marta Gil", "marta.gil@levante-talento.example.es"),
         "¿Entrevista el miércoles?", mad,
         "One slot offered as a question: '¿Te vendría bien el miércoles 9 de diciembre a las 16:00?'.",
         at(*dec, 9, 16, 0, mad, "Wed"),
         "Hola Alex:\n\nEl cliente quiere conocerte. ¿Te vendría bien el miércoles 9 de "
         "diciembre a las 16:00? Si me dices que sí, lo cierro con ellos.\n\nSaludos,\nMarta"),
        (Q, "ti_andrebbe_bene_lunedi", "it", ("Paolo Greco", "paolo.greco@dolomiti-hr.example.it"),
         "Proposta di colloquio", rom,
         "One slot offered as a question: 'Ti andrebbe bene lunedì 7 dicembre alle 11:00?'.",
         at(*dec, 7, 11, 0, rom, "Mon"),
         "Ciao Alex,\n\nl'azienda vorrebbe conoscerti. Ti andrebbe bene lunedì 7 dicembre "
         "alle 11:00? Fammi sapere e confermo.\n\nPaolo"),
        (Q, "komt_donderdag_uit", "nl", ("Eva Jansen", "eva.jansen@dijkwerk-recruitment.example.nl"),
         "Voorstel voor een gesprek", ams,
         "One slot offered as a question: 'Komt donderdag 10 december om 11:00 jou uit?'.",
         at(*dec, 10, 11, 0, ams, "Thu"),
         "Hoi Alex,\n\nDe klant wil graag kennismaken. Komt donderdag 10 december om 11:00 "
         "jou uit? Dan plan ik het in.\n\nGroet,\nEva"),
        (Q, "czy_pasuje_piatek", "pl", ("Agnieszka Lis", "agnieszka.lis@baltyk-hr.example.pl"),
         "Propozycja terminu rozmowy", waw,
         "One slot offered as a question: 'Czy pasuje Panu piątek 11 grudnia o 10:00?'.",
         at(*dec, 11, 10, 0, waw, "Fri"),
         "Dzień dobry Panie Alexie,\n\nklient chciałby się z Panem spotkać. Czy pasuje Panu "
         "piątek 11 grudnia o 10:00? Proszę o informację.\n\nPozdrawiam,\nAgnieszka Lis"),
        # ---- optor35 ------------------------------------------------------------------
        (R, "tuesday_or_thursday", "en-US", ("Dana Price", "dana.price@lakeshore-staffing.example.com"),
         "Interview times", nyc,
         "Two options: Tuesday 10 AM or Thursday 2 PM, none chosen.",
         None,
         "Hi Alex,\n\nThe hiring manager can do Tuesday, December 8 at 10 AM or Thursday, "
         "December 10 at 2 PM. Which one works better for you?\n\nDana"),
        (R, "montag_oder_mittwoch", "de", ("Svenja Roth", "svenja.roth@rheinpersonal.example.de"),
         "Zwei Terminvorschläge", ber,
         "Two options: 'Montag, 7.12. um 9 Uhr oder Mittwoch, 9.12. um 16 Uhr', none chosen.",
         None,
         "Hallo Alex,\n\nfür das Gespräch kann ich Ihnen Montag, 7.12. um 9 Uhr oder "
         "Mittwoch, 9.12. um 16 Uhr anbieten. Was ist Ihnen lieber?\n\nGruß\nSvenja Roth"),
        (R, "mardi_ou_jeudi", "fr", ("Julien Morel", "julien.morel@seine-talents.example.fr"),
         "Créneaux pour l'entretien", par,
         "Two options: 'mardi 8 décembre à 14h ou jeudi 10 décembre à 9h30', none chosen.",
         None,
         "Bonjour Alex,\n\nje vous propose mardi 8 décembre à 14h ou jeudi 10 décembre à "
         "9h30. Lequel vous arrange ?\n\nJulien Morel"),
        (R, "lunes_o_miercoles", "es", ("Carmen Ruiz", "carmen.ruiz@guadalquivir-rrhh.example.es"),
         "Opciones para la entrevista", mad,
         "Two options: 'el lunes 7 a las 12:00 o el miércoles 9 a las 17:00', none chosen.",
         None,
         "Hola Alex:\n\nPodemos hacer la entrevista el lunes 7 de diciembre a las 12:00 o el "
         "miércoles 9 de diciembre a las 17:00. ¿Qué te viene mejor?\n\nCarmen"),
        (R, "terca_ou_quinta", "pt-BR", ("Fernanda Lima", "fernanda.lima@cerrado-rh.example.com.br"),
         "Horários para a entrevista", sao,
         "Two options: 'terça, 8/12, às 10h ou quinta, 10/12, às 15h', none chosen.",
         None,
         "Oi Alex,\n\ntenho dois horários para a entrevista: terça, 8/12, às 10h ou quinta, "
         "10/12, às 15h. Qual fica melhor para você?\n\nAbraços,\nFernanda"),
        (R, "tirsdag_eller_torsdag", "da", ("Mette Holm", "mette.holm@fyn-rekruttering.example.dk"),
         "Forslag til samtale", cph,
         "Two options: 'tirsdag den 8. december kl. 10 eller torsdag den 10. december kl. 13', none chosen.",
         None,
         "Hej Alex\n\nVi kan tilbyde tirsdag den 8. december kl. 10 eller torsdag den 10. "
         "december kl. 13. Hvad passer dig bedst?\n\nMvh\nMette Holm"),
        # ---- ctlgreet35 ---------------------------------------------------------------
        (G, "hi_alex", "en-GB", ("Owen Price", "owen.price@severn-analytics.example.co.uk"),
         "Your interview on Wednesday", lon,
         "Greets 'Alex' as written in To; interview Wednesday 9 December 14:00.",
         at(*dec, 9, 14, 0, lon, "Wed"),
         "Hi Alex,\n\nThanks for speaking with me. Your interview is booked for Wednesday "
         "9 December at 14:00 at our Bristol office.\n\nBest,\nOwen Price\nSevern Analytics"),
        (G, "herr_morgan", "de", ("Anja Krüger", "anja.krueger@spree-consult.example.de"),
         "Einladung zum Vorstellungsgespräch", ber,
         "Greets 'Herr Morgan'; interview Dienstag, 8. Dezember 2026 um 10:30 Uhr.",
         at(*dec, 8, 10, 30, ber, "Tue"),
         "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch "
         "am Dienstag, 8. Dezember 2026 um 10:30 Uhr in unser Büro in Berlin ein.\n\nMit "
         "freundlichen Grüßen\nAnja Krüger\nSpree Consult"),
        (G, "monsieur_morgan", "fr", ("Claire Dubois", "claire.dubois@loire-ingenierie.example.fr"),
         "Convocation à un entretien", par,
         "Greets 'Monsieur Morgan'; interview jeudi 10 décembre à 10h.",
         at(*dec, 10, 10, 0, par, "Thu"),
         "Monsieur Morgan,\n\nNous avons le plaisir de vous convier à un entretien le jeudi "
         "10 décembre à 10h dans nos locaux de Nantes.\n\nCordialement,\nClaire Dubois\nLoire "
         "Ingénierie"),
        (G, "hola_alex_morgan", "es", ("Sofía Navarro", "sofia.navarro@ebro-tech.example.es"),
         "Tu entrevista con Ebro Tech", mad,
         "Greets 'Alex Morgan'; entrevista el viernes 11 de diciembre a las 9:30.",
         at(*dec, 11, 9, 30, mad, "Fri"),
         "Hola Alex Morgan:\n\nTe confirmamos tu entrevista el viernes 11 de diciembre a las "
         "9:30 en nuestra oficina de Zaragoza.\n\nUn saludo,\nSofía Navarro\nEbro Tech"),
        (G, "beste_alex", "nl", ("Joris Bakker", "joris.bakker@zuiderzee-it.example.nl"),
         "Uitnodiging sollicitatiegesprek", ams,
         "Greets 'Alex'; gesprek maandag 7 december om 15:00.",
         at(*dec, 7, 15, 0, ams, "Mon"),
         "Beste Alex,\n\nGraag nodigen we je uit voor een sollicitatiegesprek op maandag "
         "7 december om 15:00 op ons kantoor in Almere.\n\nMet vriendelijke groet,\nJoris "
         "Bakker\nZuiderzee IT"),
        # ---- ctlask35 -----------------------------------------------------------------
        (K, "booked_any_questions", "en-US", ("Rachel Kim", "rachel.kim@prairie-fintech.example.com"),
         "Interview confirmed", nyc,
         "Sets Thursday, December 10 at 11:00 AM; the question is about parking.",
         at(*dec, 10, 11, 0, nyc, "Thu"),
         "Hi Alex,\n\nYour interview is confirmed for Thursday, December 10 at 11:00 AM at our "
         "Chicago office. Do you need a parking pass?\n\nRachel Kim\nPrairie Fintech"),
        (K, "termin_steht_rueckfrage", "de", ("Lena Wolf", "lena.wolf@isar-software.example.de"),
         "Ihr Vorstellungsgespräch", ber,
         "Sets Mittwoch, 9. Dezember um 13:00 Uhr; the question is about a laptop.",
         at(*dec, 9, 13, 0, ber, "Wed"),
         "Hallo Alex,\n\nIhr Vorstellungsgespräch ist am Mittwoch, 9. Dezember um 13:00 Uhr "
         "in München. Brauchen Sie für die Präsentation einen Laptop von uns?\n\nViele "
         "Grüße\nLena Wolf\nIsar Software"),
        (K, "entretien_fixe_question", "fr", ("Thomas Petit", "thomas.petit@garonne-data.example.fr"),
         "Votre entretien", par,
         "Sets mardi 8 décembre à 16h; the question is about the visitor badge.",
         at(*dec, 8, 16, 0, par, "Tue"),
         "Bonjour Alex,\n\nVotre entretien aura lieu le mardi 8 décembre à 16h à Toulouse. "
         "Pouvez-vous m'envoyer votre nom complet pour le badge visiteur ?\n\nThomas Petit\n"
         "Garonne Data"),
        (K, "entrevista_fijada_pregunta", "es", ("Elena Castro", "elena.castro@duero-logistica.example.es"),
         "Entrevista el lunes", mad,
         "Sets lunes 7 de diciembre a las 11:00; the question is whether Alex comes by car.",
         at(*dec, 7, 11, 0, mad, "Mon"),
         "Hola Alex:\n\nTu entrevista será el lunes 7 de diciembre a las 11:00 en Valladolid. "
         "¿Vienes en coche? Así te reservo plaza.\n\nElena Castro\nDuero Logística"),
        (K, "colloquio_fissato_domanda", "it", ("Sara Bianchi", "sara.bianchi@arno-digitale.example.it"),
         "Il tuo colloquio", rom,
         "Sets giovedì 10 dicembre alle 14:30; the question asks for a CV update.",
         at(*dec, 10, 14, 30, rom, "Thu"),
         "Ciao Alex,\n\nil tuo colloquio è fissato per giovedì 10 dicembre alle 14:30 a "
         "Firenze. Mi mandi il CV aggiornato?\n\nSara Bianchi\nArno Digitale"),
    ]  # fmt: skip


def build() -> list[Case]:
    cases = []
    for family, name, lang, sender, subject, zone, note, start, text in rows():
        sent = sent_at(zone)
        raw = mail(
            f"negfix35/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
        )
        if start is None:
            label: dict[str, object] = dict(NEG)
        else:
            label = {**p8.slot(start, None, sent=sent), "organizer_email": sender[1]}
        cases.append(
            Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)
        )
    return cases


POLICY = (
    "## Label policy\n\n- A confirmation greeting another person by name is that person's "
    "interview: `not_invitation` for the reader, whatever 'your interview' says.\n- One slot "
    "the employer offers as a question is an `invitation` at that slot, the corpus's stated "
    "policy (PROVENANCE-propose24.md; checked after the first labels were written, before "
    "any parser run, and those labels corrected). Two times offered with 'or' set nothing: "
    "`not_invitation`.\n- "
    "Controls greet the reader (short form, title and surname, full name) or set the slot and "
    "ask about something else: `invitation` with the start. No zone word: wall time at the "
    "Date offset (`tz_stated` false). `organizer_email` is the sender on positives."
)

FIGURES = (
    "First sight (parser at main bc5a211f, before any change; quick.py on these files "
    "only): dev: 6 of 7 misdir35 and 5 of 5 misdirats35 confirmations to another candidate "
    "claimed (the Polish 'Dzień dobry Pani Anno' is not), 0 of 6 optor35 two-option mails "
    "claimed, 5 of 5 ctlgreet35 controls right and sure; held out: 12 of 12 controls right "
    "and sure. A rule that lets a greeting to another person by name outweigh 'your "
    "interview' (with a table of short forms, e.g. Bob for Robert) fixes 11 of the 12 dev "
    "claims and 2 older misdir34 ones, but costs one held-out sure invitation, so it is not "
    "on this branch (see branch negfix35-greeting)."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the negfix35 batch (`build_negfix35.py`)",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; languages: {', '.join(langs)}.",
        f"Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('negfix35 coin').sample(sorted(families), 2)` before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed.",
        "",
        "All wording is ours (no third-party text copied); shapes as coordinators, recruiters "
        "and applicant-tracking confirmations write them.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", POLICY, "", FIGURES, "", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = build()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negfix35.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
