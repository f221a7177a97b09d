# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "employer48" batch: mail about a job interview in which the READER is the one
hiring or choosing someone in private life (a nanny, au pair, cleaner, carer, tutor, dog
walker, builder, flatmate or tenant, a club volunteer, a candidate for the reader's own small
business), and controls in which the reader is the one applying for such work and is invited.

Run: .venv/bin/python tests/parsing/corpus/build_employer48.py

Look-alikes: nanny/au-pair agencies' and care platforms' notices to the family ("Your
interview with Maria (nanny) is confirmed for ..."), candidates writing to the parent ("I can
come for the interview on Tuesday at 4"), flatmate and tenant applicants, tutors, cleaners and
dog walkers via Care.com/Helpling-like platforms, a small-business owner's candidates, with
.ics files whose summary names the hired person's role. Controls: the reader applying as a
nanny, au pair, cleaner, tutor or carer, invited by a family, an agency or a platform ("the
family would like to meet you for an interview on ..."). en-GB, en-US, de, fr, es, it, nl,
pl, sv, pt-BR. All prose ours; people, platforms and companies made up. Every label comes
from the datetimes the text is rendered from (zoneinfo) and was written before the parser
was run on any message of the batch. Held-out families drawn by
`random.Random("employer48 coin").sample(sorted(FAMILIES), 3)` before anything was written:
aupairjob48, carer48, smallbiz48. Helpers come from build_parse-pos.py, build_prose44.py and
build_calneg48.py (loaded, not copied). Deterministic; the script deletes or writes only its
own families.
"""

from __future__ import annotations

import html as htmlmod
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
p44 = _load("build_prose44", "build_prose44.py")
cn = _load("build_calneg48", "build_calneg48.py")
Case, mail = pp.Case, pp.mail
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus"
LIC = "text ours"

FAMILIES = {
    "nanny48": "Nanny, au-pair and childminder agencies' and platforms' notices to the FAMILY "
    "(the reader hiring): 'Your interview with Maria (nanny) is confirmed for ...', 'Ihr "
    "Kennenlerngespräch mit Ihrer Kandidatin', 'votre entretien avec la candidate nounou'; "
    "not the reader's job interview.",
    "carer48": "Candidates for the reader's private job (nanny, carer for a parent, cleaner, "
    "babysitter) writing to the reader: 'I can come for the interview on Tuesday at 4', "
    "'ich kann gerne zum Vorstellungsgespräch kommen'; not the reader's job interview.",
    "flatmate48": "Flatmate and tenant applicants and a room-letting platform writing to the "
    "reader who lets the room ('WG-Casting', 'entretien coloc', 'bezichtiging'); not the "
    "reader's job interview.",
    "smallbiz48": "Candidates and a job board's employer notices for the reader's own small "
    "business (café, salon, shop): 'Your interview with Tom for Barista is on ...'; not the "
    "reader's job interview.",
    "tutor48": "Tutors, dog walkers, builders, cleaners via a Helpling-like platform and club "
    "volunteers whom the reader interviews; not the reader's job interview.",
    "hireics48": "Calendar-bearing (.ics) mail of the reader's private hiring: platform and "
    "agency bookings whose title names the hired person's role ('Interview: Ana – au pair "
    "for the Morgan family'); controls: the reader's own interview as an au pair or nanny "
    "with the family's .ics.",
    "aupairjob48": "Controls: the reader applying as a nanny or au pair, invited by a family "
    "or an agency ('the family would like to meet you for an interview on ...').",
    "carejob48": "Controls: the reader applying as a cleaner, carer, tutor or dog walker, "
    "invited by a platform, an agency or a home-care company.",
}
HELD = frozenset(random.Random("employer48 coin").sample(sorted(FAMILIES), 3))
# drawn before any mail was written: aupairjob48, carer48, smallbiz48
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _at(zone: str, v: tuple[int, ...]) -> datetime:
    return pp.at(*v[:5], zone, DAYS[v[5]] if len(v) > 5 else "")


def _html(text: str) -> str:
    paras = "".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>" for p in text.split("\n\n")
    )
    return f"<html><body>{paras}</body></html>"


def rows(fam: str, items: list[tuple]) -> None:  # type: ignore[type-arg]
    """Single mails; the label is written from the tuples the text was written from."""
    for lang, name, who, subject, s, v, e, text, note, html in items:
        zone = p44.ZONE[lang]
        sent = _at(zone, s)
        if v is None:
            label: dict[str, object] = dict(NEG)
        else:
            start = _at(zone, v)
            end = _at(zone, e) if e else None
            label = {"kind": "invitation", **pp.timed(start, end, sent=sent)}
        key = f"employer48 {fam} {lang} {name}"
        raw = mail(
            key,
            sender=who,
            to=ME,
            subject=subject,
            sent=sent,
            text=None if html == "only" else text,
            html=_html(text) if html else None,
        )
        CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def ics(fam: str, lang: str, name: str, invite: bool, note: str, **kw: object) -> None:
    """A calendar-bearing mail rendered by build_calneg48's producers."""
    m = cn.M(family=fam, name=f"{lang}_{name}", lang=lang, invite=invite, note=note, **kw)
    raw = cn.render(m)
    cn.n46.check(m)
    label = cn.label(m)
    CASES.append(Case(fam, SPLITS[fam], m.name, raw, label, lang, note, OURS, LIC))


def build_nanny() -> None:
    rows(
        "nanny48",
        [
            (
                "en-GB",
                "agency_interview_confirmed",
                ("Little Acorns Nannies", "bookings@littleacorns-nannies.example.co.uk"),
                "Interview confirmed: Maria Santos (nanny) - Tuesday 13 October, 10:00",
                (2026, 10, 8, 16, 5, THU),
                None,
                None,
                "Dear Alex,\n\nThank you for registering your family with Little Acorns.\n\nYour interview with Maria Santos (nanny, 6 years' experience, Ofsted registered) is confirmed for Tuesday 13 October at 10:00 at your home in Chorlton.\n\nWe suggest about 45 minutes: introduce Maria to the children towards the end so you can see how she gets on with them. Her CV, two references and her DBS certificate are attached to your family dashboard.\n\nIf you'd like to offer Maria a trial day after the interview, just reply to this email.\n\nKind regards,\nHannah\nFamily Consultant, Little Acorns Nannies",
                "A nanny agency tells the family (the reader) that their interview with a nanny is confirmed; the reader is hiring.",
                True,
            ),
            (
                "de",
                "plattform_kennenlernen_kandidatin",
                ("KinderGlück Vermittlung", "team@kinderglueck-vermittlung.example.de"),
                "Ihr Vorstellungsgespräch mit Ihrer Kandidatin Lena K. (Kinderfrau)",
                (2026, 11, 2, 9, 40, MON),
                None,
                None,
                "Liebe Familie Morgan,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Lena K. (Kinderfrau, Erzieherin) gerne zu einem Vorstellungsgespräch zu Ihnen kommt.\n\nTermin: Donnerstag, 5. November 2026, 17:30 Uhr\nOrt: bei Ihnen zu Hause\n\nBitte planen Sie etwa eine Stunde ein, damit Lena auch Mia und Jonas kennenlernen kann. Fragen Sie ruhig nach ihren Erfahrungen mit Kleinkindern und ihrer Verfügbarkeit ab Januar.\n\nNach dem Gespräch geben Sie uns bitte im Familienbereich Bescheid, ob Sie Lena einstellen möchten.\n\nHerzliche Grüße\nIhr Team von KinderGlück",
                "A childcare platform tells the family about the interview with their candidate nanny (Kinderfrau); the reader is hiring.",
                "only",
            ),
            (
                "fr",
                "agence_entretien_nounou",
                ("Petits Lutins Garde d'enfants", "familles@petitslutins.example.fr"),
                "Votre entretien avec Sofia, candidate nounou, mercredi 18 novembre",
                (2026, 11, 12, 11, 15, THU),
                None,
                None,
                "Bonjour Madame, Monsieur Morgan,\n\nNous avons présélectionné pour vous Sofia B., nounou à domicile depuis 8 ans, qui correspond à votre annonce de garde périscolaire pour Léa et Hugo.\n\nVotre entretien avec Sofia est fixé au mercredi 18 novembre à 18h30, chez vous. Prévoyez une demi-heure à trois quarts d'heure.\n\nÀ l'issue de l'entretien, si vous souhaitez l'embaucher, nous préparerons le contrat de travail et les déclarations Pajemploi.\n\nBien cordialement,\nCamille, chargée de recrutement familles\nPetits Lutins",
                "A nanny agency sets the family's interview with a candidate nounou; the reader is the employer.",
                False,
            ),
            (
                "nl",
                "oppasbureau_kennismaking",
                ("Oppascentrale Zonnetje", "planning@oppas-zonnetje.example.nl"),
                "Sollicitatiegesprek met oppas Fleur - dinsdag 1 december",
                (2026, 11, 25, 14, 20, WED),
                None,
                None,
                "Beste Alex,\n\nFleur de Vries (21, studente pedagogiek) heeft gereageerd op jullie vacature voor een vaste oppas op maandag en dinsdag.\n\nJullie sollicitatiegesprek met Fleur staat gepland op dinsdag 1 december om 19.00 uur bij jullie thuis. Fleur neemt haar VOG en referenties mee.\n\nLaat ons na afloop weten of jullie haar aannemen; dan regelen wij de oppasovereenkomst.\n\nGroetjes,\nSanne van Oppascentrale Zonnetje",
                "A babysitting agency schedules the family's interview with a babysitter applicant; the reader is hiring.",
                True,
            ),
            (
                "es",
                "agencia_entrevista_canguro",
                ("Canguros Luna", "familias@canguros-luna.example.es"),
                "Entrevista con su candidata: Daniela, niñera interna",
                (2027, 1, 11, 10, 0, MON),
                None,
                None,
                "Estimada familia Morgan:\n\nLe confirmamos la entrevista con Daniela R., candidata al puesto de niñera interna que publicaron con nosotros, el jueves 14 de enero a las 16:00 en su domicilio.\n\nDaniela tiene experiencia con bebés y carnet de conducir. Le recomendamos preguntarle por sus referencias y comentar con ella el horario y el salario antes de decidir si la contratan.\n\nUn saludo cordial,\nMarta\nAgencia Canguros Luna",
                "A nanny agency confirms the family's interview with their candidate; the reader hires.",
                False,
            ),
            (
                "it",
                "agenzia_colloquio_tata",
                ("Tate & Co.", "famiglie@tate-e-co.example.it"),
                "Colloquio con la candidata tata Giulia - venerdì 22 gennaio",
                (2027, 1, 18, 12, 30, MON),
                None,
                None,
                "Gentile famiglia Morgan,\n\nvi confermiamo il colloquio con Giulia M., candidata tata per i vostri bambini, venerdì 22 gennaio alle 17:00 a casa vostra.\n\nGiulia ha lavorato tre anni come tata a tempo pieno e ha un attestato di primo soccorso pediatrico. Dopo il colloquio fateci sapere se desiderate assumerla o vedere altre candidate.\n\nCordiali saluti,\nElena\nTate & Co.",
                "An agency confirms the family's interview with a nanny candidate (tata); the reader is hiring.",
                "only",
            ),
            (
                "pl",
                "agencja_rozmowa_niania",
                ("Agencja Niania24", "rodziny@niania24.example.pl"),
                "Rozmowa z kandydatką na nianię - środa 10 lutego",
                (2027, 2, 4, 15, 45, THU),
                None,
                None,
                "Dzień dobry Państwu,\n\npotwierdzamy rozmowę kwalifikacyjną z Panią Agnieszką K., kandydatką na nianię dla Zosi, w środę 10 lutego o godz. 18:00 w Państwa mieszkaniu.\n\nPani Agnieszka ma 12 lat doświadczenia i aktualne referencje. Po spotkaniu prosimy o informację, czy chcą Państwo ją zatrudnić.\n\nPozdrawiamy serdecznie,\nZespół Niania24",
                "A nanny agency confirms the parents' interview with a nanny candidate; the reader hires.",
                False,
            ),
            (
                "sv",
                "barnvakt_intervju_familj",
                ("Barnvaktsbolaget", "familj@barnvaktsbolaget.example.se"),
                "Intervju med er barnvaktskandidat Elin – tisdag 9 mars",
                (2027, 3, 3, 8, 50, WED),
                None,
                None,
                "Hej Alex!\n\nVi har hittat en barnvakt som matchar er förfrågan. Elin (24, förskollärarstudent) kommer gärna på intervju hos er tisdag 9 mars kl. 17.15.\n\nTa gärna upp hämtningstider, läxhjälp och hur ni vill att hon hanterar skärmtid. Efter intervjun meddelar ni oss om ni vill anställa Elin.\n\nVänliga hälsningar\nBarnvaktsbolaget",
                "A babysitting company books the family's interview with their babysitter candidate; the reader is hiring.",
                True,
            ),
        ],
    )


def build_carer() -> None:
    rows(
        "carer48",
        [
            (
                "en-US",
                "sitter_can_come_tuesday",
                ("Jasmine Reyes", "jasmine.reyes22@mailbox.example"),
                "Re: Nanny position for your two boys",
                (2026, 10, 16, 20, 12, FRI),
                None,
                None,
                "Hi Alex,\n\nThank you so much for getting back to me about the nanny job for Ethan and Noah! I can come for the interview on Tuesday at 4 if that still works for you. I'll bring my CPR certificate and the contact details of the two families I worked for.\n\nIs street parking OK near your place?\n\nThanks again,\nJasmine\n\nOn Fri, Oct 16, 2026 at 6:02 PM Alex Morgan wrote:\n> Hi Jasmine, thanks for applying. Could you come over next week so we can meet you? Tuesday or Wednesday afternoon would be best for us.",
                "A nanny applicant answers the reader (the parent) and offers to come for the interview; the reader is hiring.",
                False,
            ),
            (
                "de",
                "pflegekraft_fuer_mutter",
                ("Marta Nowak", "marta.nowak.pflege@mailbox.example"),
                "Ihre Anzeige: Betreuungskraft für Ihre Mutter",
                (2026, 11, 9, 18, 30, MON),
                None,
                None,
                "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihren Anruf. Gerne komme ich zum Vorstellungsgespräch am Donnerstag, 12. November, um 15 Uhr zu Ihrer Mutter nach Pankow, damit sie mich auch kennenlernen kann.\n\nIch arbeite seit sieben Jahren in der häuslichen Betreuung und kann ab Dezember an drei Tagen pro Woche bei ihr sein. Meine Zeugnisse bringe ich mit.\n\nMit freundlichen Grüßen\nMarta Nowak",
                "A carer answers the reader's advert for care for the reader's mother and confirms the interview; the reader hires.",
                True,
            ),
            (
                "fr",
                "aide_menagere_entretien",
                ("Fatou Diallo", "fatou.diallo@mailbox.example"),
                "Annonce ménage et repassage – entretien",
                (2026, 12, 3, 9, 5, THU),
                None,
                None,
                "Bonjour Monsieur,\n\nSuite à votre annonce pour le ménage et le repassage deux matinées par semaine, je vous confirme que je peux venir pour l'entretien lundi 7 décembre à 10h. Je travaille déjà pour deux familles du quartier qui peuvent vous donner des références, et j'accepte le paiement en CESU.\n\nBonne journée,\nFatou Diallo\n06 12 34 56 78",
                "A cleaner answers the reader's advert and confirms the interview time; the reader employs her.",
                False,
            ),
            (
                "it",
                "badante_colloquio_nonna",
                ("Irina Popescu", "irina.popescu@mailbox.example"),
                "Lavoro come badante per la sua nonna",
                (2027, 1, 20, 13, 40, WED),
                None,
                None,
                "Buongiorno signor Morgan,\n\ngrazie per la telefonata di ieri. Vengo volentieri al colloquio sabato 23 gennaio alle 11:00, così conosco anche la signora Anna.\n\nHo esperienza di cinque anni come badante convivente e ho le referenze delle famiglie precedenti. Posso iniziare dal primo febbraio.\n\nCordiali saluti,\nIrina",
                "A live-in carer for the reader's grandmother confirms the interview; the reader hires.",
                True,
            ),
            (
                "pt-BR",
                "baba_entrevista_quinta",
                ("Juliana Costa", "juliana.costa@mailbox.example"),
                "Vaga de babá - entrevista",
                (2027, 2, 22, 19, 10, MON),
                None,
                None,
                "Oi Alex, tudo bem?\n\nVi seu anúncio da vaga de babá para o Pedro e fiquei muito interessada. Posso ir aí para a entrevista na quinta-feira, dia 25, às 14h? Tenho experiência com crianças de 2 a 5 anos e levo minhas referências.\n\nObrigada!\nJuliana",
                "A nanny applicant proposes an interview time to the reader (the parent); the reader hires.",
                False,
            ),
            (
                "nl",
                "huishoudhulp_gesprek",
                ("Ewa Kowalczyk", "ewa.kowalczyk@mailbox.example"),
                "Re: huishoudelijke hulp gezocht",
                (2027, 3, 15, 10, 25, MON),
                None,
                None,
                "Hallo Alex,\n\nBedankt voor je bericht. Donderdag 18 maart om 13.30 uur kom ik graag langs voor het sollicitatiegesprek. Ik kan elke woensdagochtend drie uur schoonmaken en neem referenties mee van mijn huidige adressen.\n\nGroetjes,\nEwa\n\n> Op 14 mrt. 2027 schreef Alex Morgan:\n> Hoi Ewa, leuk dat je reageert op onze advertentie. Wanneer kun je langskomen voor een kennismaking?",
                "A cleaner applying to the reader's household confirms the interview; the reader hires.",
                True,
            ),
            (
                "es",
                "cuidadora_padre",
                ("Rosa Martínez", "rosa.martinez.cuidados@mailbox.example"),
                "Cuidadora para su padre",
                (2027, 4, 5, 17, 0, MON),
                None,
                None,
                "Hola Alex:\n\nMuchas gracias por contestar a mi candidatura. Me viene bien la entrevista el miércoles 7 de abril a las 12:00 en casa de su padre; así le conozco y me explica qué necesita.\n\nTengo el certificado de atención sociosanitaria y experiencia con personas mayores con movilidad reducida.\n\nUn saludo,\nRosa",
                "A carer for the reader's father accepts the interview; the reader employs her.",
                False,
            ),
        ],
    )


def build_flatmate() -> None:
    rows(
        "flatmate48",
        [
            (
                "de",
                "wg_casting_bewerber",
                ("Jonas Becker via WG-Börse", "nachrichten@wg-boerse.example.de"),
                "Neue Nachricht zu Ihrem Angebot: 16 m² Zimmer in 3er-WG, Neukölln",
                (2026, 9, 28, 21, 3, MON),
                None,
                None,
                "Jonas Becker hat Ihnen eine Nachricht geschrieben:\n\n„Hi Alex, danke für die Einladung zum WG-Casting! Donnerstag, 1. Oktober um 19 Uhr passt mir super. Ich bin 27, arbeite als Tontechniker und bin eher ruhig unter der Woche. Bis Donnerstag!“\n\nAntworten Sie direkt in Ihrem Postfach auf WG-Börse.\n\nIhr Angebot: 16 m² Zimmer in 3er-WG, 520 € warm, frei ab 01.11.2026",
                "A room platform forwards an applicant's message accepting the reader's flat-share interview (WG-Casting); the reader chooses the flatmate.",
                False,
            ),
            (
                "en-GB",
                "flatmate_interview_message",
                ("RoomFinder", "messages@roomfinder.example.co.uk"),
                "Priya replied to your ad 'Double room in friendly Clapham flat'",
                (2026, 10, 19, 12, 44, MON),
                None,
                None,
                'Priya has replied to your ad\n\n"Hi Alex, thanks for shortlisting me! Wednesday 21 October at 7.30pm is perfect for the flatmate interview. I work in marketing, I\'m tidy and I cook a lot - happy to answer any questions. Shall I just ring the bell at number 14?"\n\nView conversation and reply\n\nYour ad: Double room in friendly Clapham flat, £950 pcm, available 1 November\n\nRoomFinder - you received this because you placed an ad.',
                "A flat-share site forwards an applicant's reply to the reader's room ad, agreeing to the flatmate interview; the reader chooses.",
                True,
            ),
            (
                "fr",
                "coloc_entretien_candidate",
                ("Chloé Martin", "chloe.martin@mailbox.example"),
                "Chambre en colocation – entretien samedi",
                (2026, 11, 16, 8, 30, MON),
                None,
                None,
                "Bonjour Alex,\n\nMerci pour votre réponse ! Je confirme l'entretien coloc samedi 21 novembre à 11h à l'appartement. Je suis en master à Lyon 2, non-fumeuse, et je peux fournir un garant.\n\nÀ samedi,\nChloé",
                "A flat-share applicant confirms the reader's interview for the room; the reader picks the flatmate.",
                False,
            ),
            (
                "nl",
                "hospiteeravond_uitnodiging_kandidaat",
                ("Kamernet-achtig Berichten", "berichten@kamerzoeker.example.nl"),
                "Reactie op je hospiteeravond",
                (2026, 12, 7, 17, 15, MON),
                None,
                None,
                'Hoi Alex,\n\nThomas heeft je uitnodiging voor de hospiteeravond geaccepteerd:\n\n"Hee! Leuk dat ik mag komen hospiteren. Donderdag 10 december om 20.00 uur ben ik erbij. Ik ben 23, studeer bouwkunde en speel graag spelletjes."\n\nJe kamer: 14 m² in Utrecht-Oost, € 575 all-in\nAantal uitgenodigde kandidaten: 6',
                "A room platform says an applicant accepted the reader's flat-share interview evening (hospiteeravond); the reader chooses.",
                "only",
            ),
            (
                "es",
                "companero_piso_entrevista",
                ("Pablo Ruiz", "pablo.ruiz@mailbox.example"),
                "Habitación en Lavapiés",
                (2027, 1, 25, 22, 0, MON),
                None,
                None,
                "¡Hola, Alex!\n\nGracias por contestar. Me viene genial pasar por el piso el jueves 28 de enero a las 20:30 para la entrevista y conoceros a ti y a Lucía. Trabajo de enfermero con turnos, así que suelo estar poco en casa.\n\n¡Nos vemos!\nPablo",
                "A flat-share applicant agrees to the reader's interview for the room; the reader chooses.",
                False,
            ),
            (
                "sv",
                "hyresgast_intervju",
                ("Bostadsportalen", "meddelanden@bostadsportalen.example.se"),
                "Ny intresseanmälan: andrahandsuthyrning Södermalm",
                (2027, 2, 8, 9, 20, MON),
                None,
                None,
                'Hej Alex!\n\nDu har fått ett svar från en intressent på din annons.\n\nKarin L. skriver: "Tack för inbjudan till visning och intervju! Lördag 13 februari kl. 12.00 passar mig bra. Jag har fast anställning och kan visa referens från min nuvarande hyresvärd."\n\nDin annons: 2:a i andra hand, 11 500 kr/mån, från 1 april',
                "A rental portal forwards a prospective tenant's acceptance of the reader's viewing and interview; the reader is the landlord.",
                True,
            ),
            (
                "en-GB",
                "control_reader_applies_room",
                ("Sam Whitfield", "sam.whitfield@mailbox.example"),
                "Re: Room in Hackney - come and meet us?",
                (2026, 10, 26, 18, 0, MON),
                None,
                None,
                "Hi Alex,\n\nThanks for your message about the room. Could you come round on Thursday 29 October at 7pm for a flatmate interview? You'd meet me, Kit and Dom - it's very informal, just a chat over a cup of tea.\n\nCheers,\nSam",
                "Look-alike control: the reader applies for a room and is invited to a flatmate interview - not a job interview either way.",
                False,
            ),
        ],
    )


def build_smallbiz() -> None:
    rows(
        "smallbiz48",
        [
            (
                "en-US",
                "jobboard_employer_scheduled",
                ("HireLocal for Employers", "employers@hirelocal.example"),
                "Interview scheduled: Tom Alvarez for Barista (part-time)",
                (2026, 10, 5, 11, 0, MON),
                None,
                None,
                "Hi Alex,\n\nGood news - Tom Alvarez accepted your interview request.\n\nCandidate: Tom Alvarez\nJob: Barista (part-time) - Morgan's Coffee House\nInterview: Thursday, October 8, 2026 at 3:00 PM\nType: In person at 218 Elm Street\n\nTip: have your questions ready and let the candidate know how long the interview will take. After the interview, move Tom to Hired or Not a fit in your employer dashboard.\n\nThe HireLocal Team",
                "A job board tells the reader, a café owner, that a candidate accepted the reader's interview request; the reader is the employer.",
                True,
            ),
            (
                "en-GB",
                "stylist_candidate_to_owner",
                ("Chloe Bennett", "chloe.bennett.hair@mailbox.example"),
                "Senior stylist vacancy - interview Monday",
                (2026, 11, 19, 20, 45, THU),
                None,
                None,
                "Hi Alex,\n\nThanks for getting back to me so quickly about the senior stylist role at your salon. Monday 23 November at 11am is great for the interview, and I'm happy to do a trade test on a model afterwards if you'd like.\n\nI'll bring my portfolio.\n\nBest wishes,\nChloe",
                "A candidate confirms her interview with the reader, the salon owner; the reader is hiring.",
                False,
            ),
            (
                "de",
                "baeckerei_inhaber_bewerber",
                ("JobsVorOrt Arbeitgeber", "arbeitgeber@jobsvorort.example.de"),
                "Bewerber hat Ihren Gesprächstermin bestätigt: Verkäufer/in (m/w/d)",
                (2026, 12, 1, 7, 55, TUE),
                None,
                None,
                "Hallo Alex Morgan,\n\nIhr Bewerber Kemal Yıldız hat den Termin für das Vorstellungsgespräch bestätigt.\n\nStelle: Verkäufer/in (m/w/d) in Teilzeit – Bäckerei Morgan\nTermin: Freitag, 4. Dezember 2026, 14:30 Uhr\nOrt: Filiale Hauptstraße 12\n\nSie können dem Bewerber über Ihr Arbeitgeberkonto eine Nachricht senden oder den Termin verschieben.\n\nIhr JobsVorOrt-Team",
                "A job board tells the reader, a bakery owner, that an applicant confirmed the reader's interview slot; the reader is the employer.",
                "only",
            ),
            (
                "fr",
                "boulangerie_candidat_vendeur",
                ("Lucas Petit", "lucas.petit@mailbox.example"),
                "Candidature vendeur – entretien mardi",
                (2027, 1, 8, 18, 20, FRI),
                None,
                None,
                "Bonjour Monsieur Morgan,\n\nMerci pour votre retour concernant le poste de vendeur dans votre boulangerie. Je serai présent à l'entretien mardi 12 janvier à 15h30 à la boutique.\n\nJe reste disponible si vous souhaitez avancer l'horaire.\n\nCordialement,\nLucas Petit",
                "A candidate confirms the interview the reader (shop owner) offered; the reader hires.",
                False,
            ),
            (
                "it",
                "pizzeria_candidato_cameriere",
                ("Cercolavoro Aziende", "aziende@cercolavoro.example.it"),
                "Il candidato ha accettato il colloquio – Cameriere/a",
                (2027, 2, 15, 10, 10, MON),
                None,
                None,
                "Ciao Alex,\n\nMarco Ferri ha accettato il colloquio per l'annuncio «Cameriere/a per pizzeria – weekend».\n\nData: giovedì 18 febbraio 2027\nOra: 16:00\nLuogo: Pizzeria Da Alex, via Roma 41\n\nRicordati di aggiornare lo stato della candidatura dopo il colloquio.\n\nIl team di Cercolavoro",
                "A job board tells the reader, a pizzeria owner, that a candidate accepted the interview; the reader is the employer.",
                True,
            ),
            (
                "pl",
                "sklep_kandydat_potwierdza",
                ("Michał Wójcik", "michal.wojcik@mailbox.example"),
                "Praca w sklepie – rozmowa w czwartek",
                (2027, 3, 22, 19, 0, MON),
                None,
                None,
                "Dzień dobry,\n\ndziękuję za odpowiedź na moje CV. Potwierdzam, że przyjdę na rozmowę w czwartek 25 marca o 10:00 do sklepu przy ul. Długiej. Mogę pracować w weekendy.\n\nPozdrawiam,\nMichał Wójcik",
                "A candidate for the reader's shop confirms the interview; the reader is hiring.",
                False,
            ),
            (
                "pt-BR",
                "loja_candidata_confirmada",
                ("VagasPerto Empresas", "empresas@vagasperto.example.com.br"),
                "Entrevista confirmada com sua candidata: Atendente de loja",
                (2027, 4, 12, 9, 0, MON),
                None,
                None,
                "Olá, Alex!\n\nA candidata Beatriz Souza confirmou a entrevista para a vaga Atendente de loja na sua empresa, Morgan Presentes.\n\nData: quarta-feira, 14 de abril de 2027\nHorário: 10h30\nLocal: Rua das Flores, 230\n\nDepois da entrevista, marque a candidata como contratada ou reprovada no painel da empresa.\n\nEquipe VagasPerto",
                "A job board tells the reader, a shop owner, that their candidate confirmed the interview; the reader hires.",
                False,
            ),
        ],
    )


def build_tutor() -> None:
    rows(
        "tutor48",
        [
            (
                "en-GB",
                "tutor_platform_interview",
                ("TutorMatch", "hello@tutormatch.example.co.uk"),
                "Your interview with tutor Daniel O. is booked",
                (2026, 9, 21, 13, 30, MON),
                None,
                None,
                "Hi Alex,\n\nYour free interview with Daniel O. (GCSE maths tutor, 4.9 stars from 63 reviews) is booked for Wednesday 23 September at 17:00.\n\nThe interview is a 15-minute video call in which you and Lily can ask Daniel about his approach before you book any lessons. Join from your TutorMatch account a few minutes early.\n\nNot the right fit? You can interview up to three tutors for free.\n\nThe TutorMatch team",
                "A tutoring platform books the parent's (reader's) interview with a tutor; the reader chooses the tutor.",
                True,
            ),
            (
                "de",
                "reinigungskraft_kennenlernen",
                ("Putzperle", "kundenservice@putzperle.example.de"),
                "Ihr Kennenlerntermin mit Ihrer neuen Reinigungskraft Svetlana",
                (2026, 10, 12, 8, 15, MON),
                None,
                None,
                "Hallo Alex,\n\nIhre Reinigungskraft Svetlana (4,8 ★, 212 Reinigungen) hat Ihre Buchung angenommen. Vor der ersten Reinigung kommt sie zu einem kurzen Kennenlerngespräch bei Ihnen vorbei:\n\nMittwoch, 14. Oktober 2026, 18:00 Uhr\n\nZeigen Sie ihr gern, wo Putzmittel und Staubsauger stehen, und besprechen Sie Ihre Wünsche. Danach reinigt Svetlana jeden Donnerstag von 9 bis 12 Uhr.\n\nIhr Putzperle-Team",
                "A cleaning platform tells the customer (reader) about the get-to-know talk with the cleaner they booked; the reader employs the cleaner.",
                "only",
            ),
            (
                "en-US",
                "dog_walker_interview",
                ("PawPals", "no-reply@pawpals.example"),
                "Meet & greet interview with Kayla, dog walker, Saturday 9:30 AM",
                (2026, 11, 4, 15, 5, WED),
                None,
                None,
                "Hi Alex,\n\nKayla accepted your request! Your meet & greet interview with Kayla (dog walker, 5.0 from 88 reviews) is on Saturday, November 7 at 9:30 AM at your home.\n\nUse the meet & greet to introduce Biscuit, walk through his leash and feeding routine, and ask Kayla anything before you book walks.\n\nThe PawPals team",
                "A pet-care platform confirms the reader's interview with the dog walker they might hire.",
                True,
            ),
            (
                "it",
                "insegnante_ripetizioni_colloquio",
                ("Ripetizioni Facili", "genitori@ripetizionifacili.example.it"),
                "Colloquio con l'insegnante di ripetizioni per Matteo",
                (2026, 12, 9, 16, 40, WED),
                None,
                None,
                "Gentile Alex,\n\nla docente Chiara V. (matematica e fisica, liceo scientifico) ha confermato il colloquio conoscitivo con lei e con Matteo lunedì 14 dicembre alle 18:30, online.\n\nDopo il colloquio potrà decidere se affidarle le ripetizioni settimanali.\n\nIl team di Ripetizioni Facili",
                "A tutoring service confirms the parent's interview with a tutor; the reader is choosing the tutor.",
                False,
            ),
            (
                "nl",
                "club_trainer_kandidaat",
                ("Jeroen Bakker", "jeroen.bakker@mailbox.example"),
                "Sollicitatie jeugdtrainer JO11 – gesprek",
                (2027, 1, 13, 21, 15, WED),
                None,
                None,
                "Beste Alex,\n\nBedankt voor je mail namens het bestuur van VV De Zwaluwen. Het sollicitatiegesprek voor de vrijwilligersfunctie jeugdtrainer JO11 op maandag 18 januari om 20.00 uur in de kantine komt mij goed uit.\n\nIk neem mijn trainersdiploma en de VOG-aanvraag mee.\n\nSportieve groet,\nJeroen Bakker",
                "A volunteer coach candidate confirms the interview with the reader, who sits on the club's board and chooses.",
                False,
            ),
            (
                "es",
                "reformas_albanil_entrevista",
                ("Andrés Gil", "andres.gil.reformas@mailbox.example"),
                "Presupuesto reforma baño – entrevista y visita",
                (2027, 2, 1, 9, 10, MON),
                None,
                None,
                "Buenos días, Alex:\n\nGracias por seleccionarnos entre los tres presupuestos. Como me pidió, paso el martes 2 de febrero a las 18:00 para la entrevista y para ver el baño; llevaré fotos de obras anteriores y referencias de clientes.\n\nUn saludo,\nAndrés Gil\nReformas Gil",
                "A builder bidding for the reader's bathroom job comes to be interviewed by the reader; the reader hires.",
                True,
            ),
            (
                "sv",
                "hundvakt_intervju",
                ("Emma Lind", "emma.lind@mailbox.example"),
                "Hundvakt för Sixten",
                (2027, 3, 8, 12, 0, MON),
                None,
                None,
                "Hej Alex!\n\nTack för svaret på min ansökan om att bli hundvakt för Sixten. Jag kommer gärna på intervju onsdag 10 mars kl. 16.30 så att vi kan gå en promenad tillsammans och se hur vi trivs.\n\nHälsningar\nEmma",
                "A dog-sitter applicant accepts the reader's interview; the reader is choosing.",
                False,
            ),
        ],
    )


def build_hireics() -> None:
    f = "hireics48"
    ics(
        f,
        "en-GB",
        "aupair_platform_publish",
        False,
        "An au-pair platform's booking for the host family (the reader) to interview an au-pair candidate; .ics titled with the candidate's role.",
        producer="booking",
        title="Interview: Ana Ruiz – au pair for the Morgan family",
        start=cn.at(2026, 10, 20, 19, 0, "Europe/London"),
        minutes=30,
        org=("AuPairConnect", "calendar@aupairconnect.example.co.uk"),
        subject="Your video interview with au pair Ana Ruiz",
        body="Hi Alex,\n\nYou have a video interview with Ana Ruiz (au pair, 20, from Valencia) on Tuesday 20 October at 19:00 UK time.\n\nAsk her about driving, swimming and school runs; Ana can start in January. After the interview, send Ana a match request or decline her in your host-family dashboard.\n\nThe invitation is attached.\nAuPairConnect",
        method="PUBLISH",
        prodid="-//AuPairConnect//Host Calendar 2.4//EN",
        fname="interview.ics",
        location="Video call (AuPairConnect)",
        desc="Host family interview with au-pair candidate Ana Ruiz.",
        roles=(("Ana Ruiz", "ana.ruiz@mailbox.example", "REQ-PARTICIPANT", "INDIVIDUAL"),),
    )
    ics(
        f,
        "de",
        "kinderfrau_plattform_ics",
        False,
        "A childcare platform's .ics for the family's interview with a candidate nanny (Kinderfrau); the reader is hiring.",
        producer="booking",
        title="Vorstellungsgespräch Kinderfrau – Lena K.",
        start=cn.at(2026, 11, 24, 17, 30, "Europe/Berlin"),
        minutes=60,
        org=("KinderGlück Vermittlung", "kalender@kinderglueck-vermittlung.example.de"),
        subject="Termin: Vorstellungsgespräch mit Ihrer Kandidatin Lena K.",
        body="Liebe Familie Morgan,\n\nLena K. kommt am Dienstag, 24. November 2026, um 17:30 Uhr zum Vorstellungsgespräch zu Ihnen. Den Termin finden Sie im Anhang.\n\nBitte teilen Sie uns nach dem Gespräch mit, ob Sie Lena einstellen möchten.\n\nIhr Team von KinderGlück",
        method="PUBLISH",
        prodid="-//KinderGlueck//Familienkalender//DE",
        fname="termin.ics",
        location="Bei Familie Morgan",
        roles=(("Lena K.", "lena.k@mailbox.example", "REQ-PARTICIPANT", "INDIVIDUAL"),),
    )
    ics(
        f,
        "fr",
        "aide_domicile_icloud",
        False,
        "The reader's sister invites them (iCloud) to interview a home carer for their mother; the reader is hiring.",
        producer="apple",
        title="Entretien aide à domicile pour maman – Mme Diallo",
        start=cn.at(2026, 12, 12, 10, 0, "Europe/Paris"),
        minutes=60,
        org=("Claire Morgan", "claire.morgan@icloud.example"),
        subject="Invitation : Entretien aide à domicile pour maman – Mme Diallo",
        body="Claire Morgan vous a invité(e) à l'événement suivant :\n\nEntretien aide à domicile pour maman – Mme Diallo\nsamedi 12 décembre 2026 de 10:00 à 11:00\nChez maman\n\nClaire : c'est la candidate envoyée par l'agence, on la reçoit ensemble et on décide après.\n\nAccepter · Peut-être · Refuser",
        method="REQUEST",
        prodid="-//Apple Inc.//iPhone OS 18.1//EN",
        attach=False,
        location="Chez maman",
    )
    ics(
        f,
        "it",
        "babysitter_booking_ics",
        False,
        "A babysitting service's .ics for the parent's interview with a babysitter candidate; the reader is choosing.",
        producer="booking",
        title="Colloquio baby-sitter: Giulia M.",
        start=cn.at(2027, 1, 29, 18, 0, "Europe/Rome"),
        minutes=45,
        org=("Tate & Co.", "calendario@tate-e-co.example.it"),
        subject="Colloquio con la candidata baby-sitter Giulia M. – venerdì 29 gennaio",
        body="Gentile Alex,\n\nle ricordiamo il colloquio con la candidata baby-sitter Giulia M. venerdì 29 gennaio alle 18:00 a casa sua. In allegato l'evento per il calendario.\n\nDopo il colloquio ci dica se desidera assumerla.\n\nTate & Co.",
        method="PUBLISH",
        prodid="-//Tate e Co//Agenda Famiglie//IT",
        fname="colloquio.ics",
        roles=(("Giulia M.", "giulia.m@mailbox.example", "REQ-PARTICIPANT", "INDIVIDUAL"),),
    )
    ics(
        f,
        "nl",
        "oppas_sollicitatie_ics",
        False,
        "A babysitting agency's .ics for the family's interview with a babysitter applicant; the reader hires.",
        producer="booking",
        title="Sollicitatiegesprek oppas – Fleur de Vries",
        start=cn.at(2027, 3, 23, 19, 0, "Europe/Amsterdam"),
        minutes=45,
        org=("Oppascentrale Zonnetje", "agenda@oppas-zonnetje.example.nl"),
        subject="Afspraak: sollicitatiegesprek met jullie oppaskandidaat Fleur",
        body="Beste Alex,\n\nHierbij de afspraak voor jullie sollicitatiegesprek met oppaskandidaat Fleur de Vries op dinsdag 23 maart om 19.00 uur bij jullie thuis.\n\nLaat na afloop weten of jullie haar aannemen.\n\nOppascentrale Zonnetje",
        method="PUBLISH",
        prodid="-//Oppascentrale Zonnetje//Planner//NL",
        fname="afspraak.ics",
        roles=(
            ("Fleur de Vries", "fleur.devries@mailbox.example", "REQ-PARTICIPANT", "INDIVIDUAL"),
        ),
    )
    ics(
        f,
        "en-US",
        "control_family_nanny_interview_icloud",
        True,
        "Control: a family invites the reader, a nanny applicant, to their interview from iCloud; the reader's own job interview.",
        producer="apple",
        title="Nanny interview – Alex Morgan",
        start=cn.at(2026, 10, 27, 16, 0, "America/New_York"),
        minutes=60,
        org=("Priya Patel", "priya.patel@icloud.example"),
        subject="Invitation: Nanny interview – Alex Morgan",
        body="Priya Patel has invited you to the following event:\n\nNanny interview – Alex Morgan\nTuesday, October 27, 2026, 4:00 PM – 5:00 PM\n14 Maple Ave, Montclair\n\nPriya: Hi Alex, thanks for applying for our nanny job! This is for the interview - you'll meet both kids too.\n\nAccept · Maybe · Decline",
        method="REQUEST",
        prodid="-//Apple Inc.//Mac OS X 15.1//EN",
        attach=False,
        location="14 Maple Ave, Montclair",
    )
    ics(
        f,
        "de",
        "control_aupair_agentur_interview",
        True,
        "Control: an au-pair agency books the reader, an au-pair applicant, for an interview with a host family; the reader's own job interview.",
        producer="booking",
        title="Au-pair-Interview mit Gastfamilie Weber",
        start=cn.at(2027, 2, 16, 18, 30, "Europe/Berlin"),
        minutes=45,
        org=("AuPairWelt Agentur", "termine@aupairwelt.example.de"),
        subject="Dein Interview mit Gastfamilie Weber am 16.02.2027",
        body="Hallo Alex,\n\ndie Gastfamilie Weber aus Hamburg möchte dich als Au-pair kennenlernen. Dein Videointerview ist am Dienstag, 16. Februar 2027, um 18:30 Uhr. Den Termin findest du im Anhang.\n\nViel Erfolg!\nDein AuPairWelt-Team",
        method="REQUEST",
        prodid="-//AuPairWelt//Agentur 3.0//DE",
        fname="interview.ics",
        location="Videocall",
    )


def build_aupairjob() -> None:
    rows(
        "aupairjob48",
        [
            (
                "en-GB",
                "agency_family_would_like_to_meet",
                ("Little Acorns Nannies", "candidates@littleacorns-nannies.example.co.uk"),
                "Interview with the Patel family - Wednesday 14 October",
                (2026, 10, 9, 10, 30, FRI),
                (2026, 10, 14, 11, 0, WED),
                None,
                "Dear Alex,\n\nGreat news: the Patel family in Didsbury have read your profile and would like to meet you for an interview for their full-time nanny position (two children, 2 and 5).\n\nInterview: Wednesday 14 October at 11:00\nAddress: 22 Barlow Moor Road, Didsbury\n\nPlease bring your DBS certificate, your paediatric first aid certificate and photo ID. Let me know if the time doesn't suit you.\n\nGood luck!\nHannah\nCandidate Consultant, Little Acorns Nannies",
                "Control: a nanny agency invites the reader, a nanny candidate, to an interview with a family; the reader's own job interview.",
                True,
            ),
            (
                "de",
                "gastfamilie_laedt_au_pair_ein",
                ("Familie Schneider", "schneider.familie@mailbox.example"),
                "Dein Au-pair-Profil – Videointerview mit uns?",
                (2026, 11, 6, 19, 20, FRI),
                (2026, 11, 10, 18, 0, TUE),
                (2026, 11, 10, 18, 45, TUE),
                "Liebe Alex,\n\nwir haben dein Profil bei AuPairWelt gelesen und würden dich sehr gern als Au-pair für unsere Zwillinge (4) kennenlernen.\n\nHast du Zeit für ein Videointerview am Dienstag, 10. November, von 18:00 bis 18:45 Uhr? Wir schicken dir vorher den Link.\n\nViele Grüße aus Freiburg\nKatrin und Michael Schneider",
                "Control: a host family invites the reader, an au-pair applicant, to a video interview; the reader's own job interview.",
                False,
            ),
            (
                "fr",
                "famille_entretien_nounou",
                ("Sophie Lambert", "sophie.lambert@mailbox.example"),
                "Votre candidature de nounou – entretien",
                (2026, 12, 2, 12, 15, WED),
                (2026, 12, 5, 10, 30, SAT),
                None,
                "Bonjour Alex,\n\nMerci pour votre candidature à notre annonce de garde partagée. Nous aimerions vous rencontrer pour un entretien samedi 5 décembre à 10h30 chez nous, 8 rue des Tilleuls ; vous pourrez faire la connaissance de Jules et Manon.\n\nMerci de me confirmer votre venue.\n\nBien à vous,\nSophie Lambert",
                "Control: a family invites the reader, who applied as a nanny, to an interview; the reader's own job interview.",
                True,
            ),
            (
                "es",
                "familia_entrevista_interna",
                ("Agencia Canguros Luna", "candidatas@canguros-luna.example.es"),
                "Entrevista con la familia García – puesto de niñera",
                (2027, 1, 15, 9, 45, FRI),
                (2027, 1, 19, 17, 0, TUE),
                None,
                "Hola Alex:\n\nLa familia García ha revisado tu perfil y quiere conocerte. Te hemos citado para una entrevista el martes 19 de enero a las 17:00 en su domicilio de Chamberí (calle Fuencarral 120, 3.º B).\n\nLleva tu DNI y tus cartas de referencia. Si no puedes asistir, avísanos cuanto antes.\n\nMucha suerte,\nMarta\nAgencia Canguros Luna",
                "Control: the agency invites the reader, a nanny candidate, to an interview with a family; the reader's own job interview.",
                False,
            ),
            (
                "it",
                "famiglia_colloquio_baby_sitter",
                ("Tate & Co.", "candidate@tate-e-co.example.it"),
                "Colloquio con la famiglia Bianchi per il posto di baby-sitter",
                (2027, 2, 9, 14, 0, TUE),
                (2027, 2, 12, 16, 30, FRI),
                None,
                "Ciao Alex,\n\nla famiglia Bianchi di Milano ha scelto il tuo profilo e vorrebbe conoscerti per un colloquio venerdì 12 febbraio alle 16:30, a casa loro in via Solferino 7.\n\nPorta le tue referenze e l'attestato di primo soccorso. Rispondi a questa mail per confermare.\n\nIn bocca al lupo!\nElena – Tate & Co.",
                "Control: an agency invites the reader, a babysitter candidate, to an interview with a family; the reader's own job interview.",
                "only",
            ),
            (
                "nl",
                "gastgezin_au_pair_gesprek",
                ("Gastgezin de Jong", "dejong.gezin@mailbox.example"),
                "Au pair bij ons in Haarlem? Graag een gesprek",
                (2027, 3, 1, 20, 30, MON),
                (2027, 3, 4, 19, 30, THU),
                None,
                "Hoi Alex,\n\nWat leuk dat je hebt gereageerd op onze vacature voor een au pair! We willen je graag beter leren kennen in een sollicitatiegesprek via videobellen op donderdag 4 maart om 19.30 uur.\n\nDe kinderen zijn dan ook even bij het gesprek.\n\nGroeten,\nIris en Bas de Jong",
                "Control: a host family invites the reader, an au-pair applicant, to an interview; the reader's own job interview.",
                False,
            ),
            (
                "pt-BR",
                "familia_entrevista_baba",
                ("Carolina Mendes", "carolina.mendes@mailbox.example"),
                "Vaga de babá - gostaríamos de te entrevistar",
                (2027, 4, 6, 11, 20, TUE),
                (2027, 4, 8, 15, 0, THU),
                None,
                "Oi Alex,\n\nObrigada por se candidatar para a vaga de babá da Helena. Gostaríamos de te conhecer numa entrevista na quinta-feira, 8 de abril, às 15h, aqui em casa (Rua Bela Cintra, 500, apto 82).\n\nPode confirmar?\n\nAbraço,\nCarolina",
                "Control: a family invites the reader, who applied as a nanny (babá), to an interview; the reader's own job interview.",
                False,
            ),
        ],
    )


def build_carejob() -> None:
    rows(
        "carejob48",
        [
            (
                "en-US",
                "cleaner_platform_pro_interview",
                ("SparkleHome Pros", "pros@sparklehome.example"),
                "Your SparkleHome Pro interview: Monday, October 12 at 1:00 PM",
                (2026, 10, 7, 9, 30, WED),
                (2026, 10, 12, 13, 0, MON),
                (2026, 10, 12, 13, 30, MON),
                "Hi Alex,\n\nThanks for applying to clean with SparkleHome! The next step is a short interview with our Pro team.\n\nWhen: Monday, October 12, 1:00 PM - 1:30 PM\nWhere: video call (the link is in your Pro app)\n\nWe'll talk about your cleaning experience, the areas you'd like to work in and how bookings and payments work. Have your ID ready for the background check.\n\nSee you then,\nSparkleHome Pro Recruiting",
                "Control: a cleaning platform invites the reader, who applied as a cleaner, to an interview; the reader's own job interview.",
                True,
            ),
            (
                "de",
                "pflegedienst_bewerbung_betreuung",
                ("Pflegedienst Sonnenhof", "bewerbung@pflegedienst-sonnenhof.example.de"),
                "Einladung zum Vorstellungsgespräch – Betreuungskraft (m/w/d)",
                (2026, 11, 11, 14, 0, WED),
                (2026, 11, 17, 10, 0, TUE),
                None,
                "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Betreuungskraft in der häuslichen Pflege. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nDienstag, 17. November 2026, 10:00 Uhr\nPflegedienst Sonnenhof, Gartenweg 3, 79098 Freiburg\n\nBitte bringen Sie Ihren Lebenslauf und Ihre Zeugnisse mit.\n\nMit freundlichen Grüßen\nPetra Haas, Pflegedienstleitung",
                "Control: a home-care service invites the reader, who applied as a carer, to an interview.",
                False,
            ),
            (
                "fr",
                "soutien_scolaire_entretien_prof",
                ("Cours Réussite", "recrutement@cours-reussite.example.fr"),
                "Votre candidature professeur particulier – entretien",
                (2026, 12, 10, 10, 5, THU),
                (2026, 12, 15, 14, 0, TUE),
                None,
                "Bonjour Alex,\n\nNous avons bien reçu votre candidature pour donner des cours particuliers de mathématiques. Nous vous proposons un entretien en visio le mardi 15 décembre à 14h avec notre responsable pédagogique.\n\nMerci de préparer une courte présentation de votre méthode pour un élève de troisième.\n\nL'équipe recrutement, Cours Réussite",
                "Control: a tutoring company invites the reader, a tutor applicant, to an interview.",
                True,
            ),
            (
                "it",
                "agenzia_colf_colloquio",
                ("Casa Serena Servizi", "selezione@casaserena.example.it"),
                "Convocazione colloquio – collaboratrice domestica",
                (2027, 1, 22, 11, 30, FRI),
                (2027, 1, 27, 9, 30, WED),
                None,
                "Gentile Alex Morgan,\n\nin merito alla sua candidatura come collaboratrice domestica, la invitiamo a un colloquio mercoledì 27 gennaio alle 9:30 presso la nostra sede di via Nizza 18, Torino.\n\nPorti un documento d'identità e il codice fiscale.\n\nCordiali saluti,\nUfficio Selezione – Casa Serena",
                "Control: a domestic-work agency invites the reader, a cleaner applicant, to an interview.",
                False,
            ),
            (
                "pl",
                "opiekunka_rozmowa",
                ("Opieka Domowa Plus", "rekrutacja@opiekadomowa.example.pl"),
                "Zaproszenie na rozmowę – opiekunka osób starszych",
                (2027, 2, 17, 13, 10, WED),
                (2027, 2, 23, 11, 0, TUE),
                None,
                "Dzień dobry,\n\ndziękujemy za przesłanie CV na stanowisko opiekunki osób starszych. Zapraszamy na rozmowę kwalifikacyjną we wtorek 23 lutego o godz. 11:00 w naszym biurze przy ul. Piotrkowskiej 90 w Łodzi.\n\nPozdrawiamy,\nDział rekrutacji Opieka Domowa Plus",
                "Control: a home-care agency invites the reader, who applied as a carer, to an interview.",
                "only",
            ),
            (
                "nl",
                "hondenuitlaatservice_gesprek",
                ("Blije Staart Uitlaatservice", "werken@blijestaart.example.nl"),
                "Uitnodiging sollicitatiegesprek hondenuitlater",
                (2027, 3, 10, 8, 40, WED),
                (2027, 3, 16, 16, 0, TUE),
                None,
                "Hoi Alex,\n\nLeuk dat je bij ons wilt werken als hondenuitlater! We nodigen je uit voor een sollicitatiegesprek op dinsdag 16 maart om 16.00 uur; daarna loop je een rondje mee met een van onze vaste uitlaters.\n\nAdres: Veemarkt 12, Amsterdam\n\nGroeten,\nNina, Blije Staart",
                "Control: a dog-walking company invites the reader, who applied as a dog walker, to an interview.",
                False,
            ),
            (
                "es",
                "familia_entrevista_limpieza",
                ("Lucía Navarro", "lucia.navarro@mailbox.example"),
                "Re: Anuncio empleada de hogar",
                (2027, 4, 19, 19, 0, MON),
                (2027, 4, 21, 10, 0, WED),
                None,
                "Hola Alex:\n\nGracias por responder a nuestro anuncio de empleada de hogar. Nos gustaría hacerte una entrevista el miércoles 21 de abril a las 10:00 en casa (Avenida de América 45, 2.º izquierda). Te explicaremos las tareas y el horario.\n\nUn saludo,\nLucía Navarro",
                "Control: a household invites the reader, who applied to clean for them, to an interview; the reader's own job interview.",
                True,
            ),
        ],
    )


BUILDERS = (
    build_nanny,
    build_carer,
    build_flatmate,
    build_smallbiz,
    build_tutor,
    build_hireics,
    build_aupairjob,
    build_carejob,
)

FIRST_SIGHT = (
    "First sight (main 848efe64, before any parser change): dev look-alikes claimed 18/27 "
    "(nanny48 2/8, flatmate48 5/7, tutor48 7/7, hireics48's .ics look-alikes 4/5), dev "
    "controls 9/9 right (carejob48 7/7, hireics48 2/2); held-out look-alikes claimed: "
    "carer48 6/7, smallbiz48 4/7; held-out controls: aupairjob48 text 7/7 right."
)
AFTER = (
    "After the parser change (lookalikes.reader_is_hiring: the hired person beside their "
    "role, a candidate for the role, the reader asked whether to hire them, a flat-share "
    "word; on the text and the calendar path): dev look-alikes claimed 6/27 (nanny48 0/8, "
    "flatmate48 1/7, tutor48 4/7, hireics48 1/5; left: candidates who write to the reader "
    "with no role beside their name, a builder, a Spanish room ad, an iCloud title with "
    "'pour maman' between role and name), dev controls 9/9; held out (totals only): "
    "carer48 6/7 and smallbiz48 4/7 claimed, unchanged (their cause, the writer being the "
    "candidate, is not fixed), aupairjob48 7/7. Whole corpus against a fresh main run: 0 "
    "BETTER, 0 WORSE, 0 CHANGED, 0 SURE+, 0 SURE- (the calendar look-alike "
    "hirewords48 nounou_fr_icloud is no longer claimed; quick.py scores calendar mail by "
    "its slot)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the employer48 batch (`build_employer48.py`)",
        "",
        "Hand-written mail in which the reader is the one hiring or choosing someone in "
        "private life (nanny, au pair, carer, cleaner, tutor, dog walker, builder, flatmate, "
        "tenant, club volunteer, a candidate for the reader's own small business), with "
        "controls in which the reader applies for such work and is invited. All prose is "
        "ours; people, platforms, companies and addresses are made up; no product template "
        "is rendered (the .ics mails use build_calneg48.py's producer shapes). Every label "
        "was written from the datetimes the text is rendered from, before the parser was run "
        "on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('employer48 coin').sample(sorted(FAMILIES), 3)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: the interview's own start; its end only where stated; wall time "
        "(`tz_stated: false`) for text mails, the .ics zone for calendar mails. An interview "
        "in which the reader is the one choosing (the family, the landlord, the owner, the "
        "club) is not the reader's job interview; a flatmate interview the reader attends to "
        "rent a room is not a job interview either.",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_employer48.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-employer48.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
