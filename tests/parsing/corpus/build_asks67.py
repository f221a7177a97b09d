# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "asks67" batch: times only asked about beside times the employer has booked.

Employers' questions proposing one time ("Could you do a call at 2:30 on the 14th?", "Hätten
Sie am … Zeit?", "Seriez-vous disponible …?", "¿Le vendría bien …?", "Czy pasowałby …?",
"…いただけますでしょうか。"), two alternatives in one question, "instead of" counter-proposals
asked, "does X still work?", "can we move to …?" (asked, not done), against the frames that
book: polite imperatives ("Please join us on …", "Bitte kommen Sie am …", "Merci de vous
présenter …", "Le rogamos que acuda …"), "I've put us down for … — let me know if that doesn't
work", "we have booked you for …" with a separate question after it, "See you Thursday at 3",
and the candidate's own replies (Bcc copies) accepting the one time a quoted mail asked about.

Labels follow the corpus README ('Replies over a quoted time', 'The user's Bcc copy') and
PROVENANCE-propose24.md's label policy: one slot the employer offers as a question is an
`invitation` at that slot (the batch's point is that it must not be *sure*: confidence under
0.5, the candidate has not agreed); two or more options, and a move only asked, are
`not_invitation`; the candidate's reply taking the one slot asked is an `invitation` at it.

Held out: the names sorted by sha256(name), every third (index % 3 == 0), renamed to the
family `asks67h`, drawn before any mail was parsed.

Run: .venv/bin/python tests/parsing/corpus/build_asks67.py

All text is ours; people, companies and addresses are made up; December 2026 dates. Labels come
from the datetimes written into the text and were written before the parser was run on any
message of the batch. Deterministic; the script writes only its own families.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.charset import QP, Charset
from email.header import Header
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILY = "asks67"
HELD = "asks67h"
USER = ("Kit Marlow", "kit.marlow@mailbox.example")
AFTERVIEW = "in@afterview.example"

# the writer's offset in December (no summer time), by language tag
OFFSET = {
    "en-GB": 0,
    "en-US": -5,
    "en-IN": 5.5,
    "de": 1,
    "fr": 1,
    "es": 1,
    "it": 1,
    "nl": 1,
    "pl": 1,
    "sv": 1,
    "pt-BR": -3,
    "ja": 9,
}

WHAT = {
    "ask1": "one time the employer asks about in a question; the candidate has not agreed",
    "alt": "two alternatives in one question; nothing chosen",
    "instead": "the employer asks whether another time would do instead of the set one; only asked",
    "still": "the employer asks whether a time still works; one slot asked, not agreed",
    "moveask": "a move only asked ('can we move to ...?'); nothing moved",
    "imper": "a polite imperative that books the slot",
    "putdown": "the employer states the slot as booked ('I've put us down for', 'see you', 'we have booked you')",
    "accept": "the candidate's Bcc copy accepting the one time the quoted mail asked about",
}


@dataclass
class Case:
    lang: str
    sub: str
    slug: str
    sender: tuple[str, str]
    subject: str
    body: str
    kind: str
    start: tuple[int, int, int] | None = None  # (day of December, hour, minute)
    minutes: int | None = None  # an exact length stated
    reply: bool = False  # the user's Bcc copy of a reply
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{FAMILY}__{self.lang}_{self.sub}_{self.slug}"


def _tz(lang: str) -> timezone:
    return timezone(timedelta(hours=OFFSET[lang]))


def _iso(lang: str, day: int, hour: int, minute: int) -> str:
    return datetime(2026, 12, day, hour, minute, tzinfo=_tz(lang)).isoformat()


def _date_header(lang: str, hour: int, minute: int) -> str:
    sent = datetime(2026, 12, 1, hour, minute, tzinfo=_tz(lang))
    return sent.strftime("%a, %d %b %Y %H:%M:%S %z")


def ask(
    lang: str,
    sub: str,
    slug: str,
    who: tuple[str, str],
    subject: str,
    body: str,
    kind: str,
    start: tuple[int, int, int] | None = None,
    minutes: int | None = None,
) -> Case:
    return Case(lang, sub, slug, who, subject, body, kind, start, minutes)


NOOR = ("Noor Haddad", "noor@lanternworks.example")
JONAS = ("Jonas Weber", "j.weber@brueckstein.example.de")
CLAIRE = ("Claire Dubois", "c.dubois@atelier-nord.example.fr")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@ribera-tec.example.es")
GIULIA = ("Giulia Conti", "g.conti@oleificio-sud.example.it")
SANNE = ("Sanne de Vries", "sanne@dijkstroom.example.nl")
RAFA = ("Rafael Souza", "rafael.souza@cafezal.example.com.br")
ANNA = ("Anna Kowalska", "a.kowalska@wislatech.example.pl")
ERIK = ("Erik Lindqvist", "erik.lindqvist@fjallsoft.example.se")
SATO = ("佐藤 美咲", "m.sato@kawase-denki.example.jp")
DANA = ("Dana Brooks", "dana.brooks@harborline.example.com")
PRIYA = ("Priya Menon", "priya.menon@tealbyte.example.in")

CASES: list[Case] = [
    # --- one time asked about: invitation at the slot, must not be sure -----------------
    ask(
        "en-GB",
        "ask1",
        "call_230_on_the_14th",
        NOOR,
        "Data Analyst role - interview",
        "Hi Kit,\n\nThanks for applying to the Data Analyst role at Lanternworks. Could you do a call at 2:30 on the 14th? It would be a 30-minute video interview with our hiring manager, Omar.\n\nBest wishes,\nNoor Haddad\nTalent Partner, Lanternworks",
        "invitation",
        (14, 14, 30),
        30,
    ),
    ask(
        "en-US",
        "ask1",
        "are_you_free_wed_11am",
        DANA,
        "Interview - Operations Coordinator",
        "Hi Kit,\n\nThanks for your interest in the Operations Coordinator position at Harborline. Are you free for a video interview on Wednesday, December 9 at 11am?\n\nThanks,\nDana Brooks\nRecruiting, Harborline",
        "invitation",
        (9, 11, 0),
    ),
    ask(
        "en-IN",
        "ask1",
        "can_you_join_no_mark",
        PRIYA,
        "Technical interview - Backend Engineer",
        "Hi Kit,\n\nGreetings from Tealbyte. Your profile has been shortlisted for the Backend Engineer role.\nCan you join a technical interview on Friday, 11th December at 3:00 PM\nKindly revert at the earliest.\n\nRegards,\nPriya Menon\nTalent Acquisition, Tealbyte",
        "invitation",
        (11, 15, 0),
    ),
    ask(
        "de",
        "ask1",
        "haetten_sie_zeit",
        JONAS,
        "Ihre Bewerbung als Elektroniker (m/w/d)",
        "Guten Tag Frau Marlow,\n\nvielen Dank für Ihre Bewerbung als Elektroniker (m/w/d). Hätten Sie am Donnerstag, 10. Dezember, um 14 Uhr Zeit für ein Vorstellungsgespräch bei uns in Halle?\n\nMit freundlichen Grüßen\nJonas Weber\nPersonalabteilung, Brückstein GmbH",
        "invitation",
        (10, 14, 0),
    ),
    ask(
        "de",
        "ask1",
        "tag_doch_oder",
        JONAS,
        "Vorstellungsgespräch Elektroniker (m/w/d)",
        "Hallo Frau Marlow,\n\nwie telefonisch besprochen möchten wir Sie gern kennenlernen. Montag, 14. Dezember, um 11 Uhr passt Ihnen doch für das Vorstellungsgespräch, oder?\n\nViele Grüße\nJonas Weber\nBrückstein GmbH",
        "invitation",
        (14, 11, 0),
    ),
    ask(
        "fr",
        "ask1",
        "seriez_vous_disponible",
        CLAIRE,
        "Votre candidature - Chargée de projet",
        "Bonjour Madame Marlow,\n\nNous avons bien reçu votre candidature au poste de chargée de projet. Seriez-vous disponible pour un entretien le mardi 8 décembre à 10h30 ?\n\nBien cordialement,\nClaire Dubois\nRessources humaines, Atelier Nord",
        "invitation",
        (8, 10, 30),
    ),
    ask(
        "es",
        "ask1",
        "le_vendria_bien",
        LUCIA,
        "Entrevista - Técnica de calidad",
        "Hola Kit:\n\nGracias por tu candidatura al puesto de técnica de calidad en Ribera Tec. ¿Le vendría bien una entrevista el viernes 11 de diciembre a las 12:00?\n\nUn saludo,\nLucía Ferrer\nSelección de personal, Ribera Tec",
        "invitation",
        (11, 12, 0),
    ),
    ask(
        "it",
        "ask1",
        "potrebbe_lunedi",
        GIULIA,
        "Colloquio - Addetta alla qualità",
        "Gentile Kit,\n\nla ringraziamo per la candidatura come addetta alla qualità. Potrebbe fare un colloquio conoscitivo lunedì 14 dicembre alle 15:00?\n\nCordiali saluti,\nGiulia Conti\nUfficio del personale, Oleificio Sud",
        "invitation",
        (14, 15, 0),
    ),
    ask(
        "nl",
        "ask1",
        "zou_u_schikken",
        SANNE,
        "Sollicitatie Projectmedewerker",
        "Beste Kit,\n\nDank voor je sollicitatie als projectmedewerker bij Dijkstroom. Zou donderdag 10 december om 13.30 uur je schikken voor een sollicitatiegesprek?\n\nMet vriendelijke groet,\nSanne de Vries\nHR, Dijkstroom",
        "invitation",
        (10, 13, 30),
    ),
    ask(
        "pt-BR",
        "ask1",
        "voce_poderia",
        RAFA,
        "Entrevista - Analista de Compras",
        "Olá, Kit!\n\nObrigado pela sua candidatura à vaga de Analista de Compras na Cafezal. Você poderia participar de uma entrevista na quarta-feira, 9 de dezembro, às 16h?\n\nAbraços,\nRafael Souza\nRecrutamento, Cafezal",
        "invitation",
        (9, 16, 0),
    ),
    ask(
        "pl",
        "ask1",
        "czy_pasowalby",
        ANNA,
        "Rozmowa kwalifikacyjna - Specjalista ds. zakupów",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko specjalisty ds. zakupów. Czy pasowałby Pani termin rozmowy kwalifikacyjnej we wtorek 8 grudnia o 11:00?\n\nPozdrawiam\nAnna Kowalska\nDział HR, Wisłatech",
        "invitation",
        (8, 11, 0),
    ),
    ask(
        "sv",
        "ask1",
        "skulle_du_kunna",
        ERIK,
        "Intervju - Systemutvecklare",
        "Hej Kit,\n\ntack för din ansökan till tjänsten som systemutvecklare hos Fjällsoft. Skulle du kunna komma på intervju torsdag 10 december kl. 9.30?\n\nVänliga hälsningar\nErik Lindqvist\nRekrytering, Fjällsoft",
        "invitation",
        (10, 9, 30),
    ),
    ask(
        "ja",
        "ask1",
        "itadakemasu_deshouka",
        SATO,
        "面接日程のご相談",
        "Kit Marlow 様\n\nこの度は川瀬電機の設計職にご応募いただき、誠にありがとうございます。\n12月10日（木）14時から面接のお時間をいただけますでしょうか。\n\n川瀬電機株式会社 人事部\n佐藤 美咲",
        "invitation",
        (10, 14, 0),
    ),
    # --- two alternatives in one question: nothing chosen ---------------------------------
    ask(
        "en-GB",
        "alt",
        "tuesday_or_wednesday",
        NOOR,
        "Interview - Data Analyst",
        "Hi Kit,\n\nWe'd like to invite you to interview for the Data Analyst role. Would Tuesday 8 December at 10am or Wednesday 9 December at 2pm suit you better?\n\nBest wishes,\nNoor Haddad\nLanternworks",
        "not_invitation",
    ),
    ask(
        "de",
        "alt",
        "eher_montag_oder_mittwoch",
        JONAS,
        "Terminvorschlag Vorstellungsgespräch",
        "Guten Tag Frau Marlow,\n\ngern laden wir Sie zu einem Vorstellungsgespräch ein. Passt Ihnen eher Montag, 7. Dezember, um 10 Uhr oder Mittwoch, 9. Dezember, um 15 Uhr?\n\nMit freundlichen Grüßen\nJonas Weber\nBrückstein GmbH",
        "not_invitation",
    ),
    ask(
        "fr",
        "alt",
        "preferez_vous",
        CLAIRE,
        "Entretien - Chargée de projet",
        "Bonjour Madame Marlow,\n\nNous souhaitons vous rencontrer pour un entretien. Préférez-vous le jeudi 10 décembre à 9h ou le vendredi 11 décembre à 14h ?\n\nBien cordialement,\nClaire Dubois\nAtelier Nord",
        "not_invitation",
    ),
    ask(
        "es",
        "alt",
        "le_iria_mejor",
        LUCIA,
        "Entrevista - Técnica de calidad",
        "Hola Kit:\n\nNos gustaría conocerte en una entrevista. ¿Te iría mejor el lunes 14 de diciembre a las 10:00 o el martes 15 a las 17:00?\n\nUn saludo,\nLucía Ferrer\nRibera Tec",
        "not_invitation",
    ),
    ask(
        "it",
        "alt",
        "preferisce",
        GIULIA,
        "Colloquio - Addetta alla qualità",
        "Gentile Kit,\n\nvorremmo invitarla a un colloquio. Preferisce martedì 15 dicembre alle 10:00 o mercoledì 16 dicembre alle 14:30?\n\nCordiali saluti,\nGiulia Conti\nOleificio Sud",
        "not_invitation",
    ),
    ask(
        "pl",
        "alt",
        "czy_woli_pani",
        ANNA,
        "Rozmowa kwalifikacyjna - termin",
        "Dzień dobry,\n\nchcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną. Czy woli Pani czwartek 10 grudnia o 10:00, czy piątek 11 grudnia o 13:00?\n\nPozdrawiam\nAnna Kowalska\nWisłatech",
        "not_invitation",
    ),
    # --- "instead of" counter-proposals, only asked ---------------------------------------
    ask(
        "en-GB",
        "instead",
        "thursday_3_instead_of_wednesday_10",
        NOOR,
        "Re: Interview - Data Analyst",
        "Hi Kit,\n\nAbout your interview with Lanternworks for the Data Analyst role: would Thursday 10 December at 3pm work instead of Wednesday at 10? Our hiring manager is travelling on Wednesday.\n\nBest wishes,\nNoor Haddad\nLanternworks",
        "not_invitation",
    ),
    ask(
        "de",
        "instead",
        "ginge_statt_mittwoch",
        JONAS,
        "Ihr Vorstellungsgespräch am Mittwoch",
        "Guten Tag Frau Marlow,\n\nbei uns hat sich leider etwas verschoben. Ginge statt Mittwoch, 9. Dezember, um 10 Uhr auch Donnerstag, 10. Dezember, um 15 Uhr für Ihr Vorstellungsgespräch?\n\nMit freundlichen Grüßen\nJonas Weber\nBrückstein GmbH",
        "not_invitation",
    ),
    ask(
        "fr",
        "instead",
        "au_lieu_du_mercredi",
        CLAIRE,
        "Votre entretien de mercredi",
        "Bonjour Madame Marlow,\n\nSerait-il possible de faire votre entretien le jeudi 10 décembre à 15h au lieu du mercredi 9 décembre à 10h ? Notre directrice est en déplacement mercredi.\n\nBien cordialement,\nClaire Dubois\nAtelier Nord",
        "not_invitation",
    ),
    ask(
        "es",
        "instead",
        "en_lugar_del_miercoles",
        LUCIA,
        "Tu entrevista del miércoles",
        "Hola Kit:\n\n¿Podríamos pasar tu entrevista al jueves 10 de diciembre a las 15:00 en lugar del miércoles 9 a las 10:00? A nuestro jefe de equipo le ha surgido un viaje.\n\nUn saludo,\nLucía Ferrer\nRibera Tec",
        "not_invitation",
    ),
    ask(
        "nl",
        "instead",
        "in_plaats_van_woensdag",
        SANNE,
        "Je gesprek op woensdag",
        "Beste Kit,\n\nZou donderdag 10 december om 15.00 uur ook kunnen voor je sollicitatiegesprek, in plaats van woensdag 9 december om 10.00 uur? Onze teamleider is woensdag op reis.\n\nGroet,\nSanne de Vries\nDijkstroom",
        "not_invitation",
    ),
    ask(
        "sv",
        "instead",
        "i_stallet_for_onsdag",
        ERIK,
        "Din intervju på onsdag",
        "Hej Kit,\n\nskulle torsdag 10 december kl. 15.00 fungera för intervjun i stället för onsdag 9 december kl. 10.00? Vår teamchef är bortrest på onsdag.\n\nHälsningar\nErik Lindqvist\nFjällsoft",
        "not_invitation",
    ),
    # --- "does X still work?": one slot asked --------------------------------------------
    ask(
        "en-US",
        "still",
        "does_thursday_still_work",
        DANA,
        "Your interview with Harborline",
        "Hi Kit,\n\nJust checking in before next week: does Thursday, December 10 at 2pm still work for your interview with our operations lead?\n\nThanks,\nDana Brooks\nHarborline",
        "invitation",
        (10, 14, 0),
    ),
    ask(
        "de",
        "still",
        "passt_weiterhin",
        JONAS,
        "Ihr Vorstellungsgespräch",
        "Guten Tag Frau Marlow,\n\nkurze Rückfrage zu Ihrem Vorstellungsgespräch: Passt Ihnen Freitag, 11. Dezember, um 10 Uhr weiterhin?\n\nMit freundlichen Grüßen\nJonas Weber\nBrückstein GmbH",
        "invitation",
        (11, 10, 0),
    ),
    ask(
        "fr",
        "still",
        "convient_toujours",
        CLAIRE,
        "Votre entretien",
        "Bonjour Madame Marlow,\n\nPetite vérification avant votre entretien : le mardi 8 décembre à 16h vous convient-il toujours ?\n\nBien cordialement,\nClaire Dubois\nAtelier Nord",
        "invitation",
        (8, 16, 0),
    ),
    ask(
        "it",
        "still",
        "le_va_ancora_bene",
        GIULIA,
        "Il suo colloquio",
        "Gentile Kit,\n\nle scrivo per una conferma: le va ancora bene il colloquio di giovedì 10 dicembre alle 11:30?\n\nCordiali saluti,\nGiulia Conti\nOleificio Sud",
        "invitation",
        (10, 11, 30),
    ),
    ask(
        "pt-BR",
        "still",
        "ainda_esta_boa",
        RAFA,
        "Sua entrevista na Cafezal",
        "Olá, Kit!\n\nSó para conferir: a entrevista de segunda-feira, 14/12, às 10h ainda está boa para você?\n\nAbraços,\nRafael Souza\nCafezal",
        "invitation",
        (14, 10, 0),
    ),
    # --- a move only asked -----------------------------------------------------------------
    ask(
        "en-GB",
        "moveask",
        "can_we_move_to_friday",
        NOOR,
        "Re: Your interview on Thursday",
        "Hi Kit,\n\nSomething has come up on our side on Thursday. Can we move your interview to Friday 11 December at 11am?\n\nBest wishes,\nNoor Haddad\nLanternworks",
        "not_invitation",
    ),
    ask(
        "de",
        "moveask",
        "koennten_wir_verschieben",
        JONAS,
        "Ihr Vorstellungsgespräch am Donnerstag",
        "Guten Tag Frau Marlow,\n\nkönnten wir Ihr Vorstellungsgespräch auf Montag, 14. Dezember, 13 Uhr verschieben? Am Donnerstag ist unser Werkleiter leider verhindert.\n\nMit freundlichen Grüßen\nJonas Weber\nBrückstein GmbH",
        "not_invitation",
    ),
    ask(
        "es",
        "moveask",
        "podemos_mover",
        LUCIA,
        "Tu entrevista del jueves",
        "Hola Kit:\n\n¿Podemos mover tu entrevista al martes 15 de diciembre a las 9:30? El jueves no estará nuestro jefe de equipo.\n\nUn saludo,\nLucía Ferrer\nRibera Tec",
        "not_invitation",
    ),
    ask(
        "it",
        "moveask",
        "possiamo_spostare",
        GIULIA,
        "Il suo colloquio di giovedì",
        "Gentile Kit,\n\npossiamo spostare il suo colloquio a venerdì 11 dicembre alle 16:00? Giovedì il nostro responsabile è in trasferta.\n\nCordiali saluti,\nGiulia Conti\nOleificio Sud",
        "not_invitation",
    ),
    ask(
        "pl",
        "moveask",
        "czy_mozemy_przelozyc",
        ANNA,
        "Rozmowa kwalifikacyjna w czwartek",
        "Dzień dobry,\n\nczy możemy przełożyć Pani rozmowę kwalifikacyjną na środę 16 grudnia na godzinę 12:00? W czwartek nasz kierownik jest w delegacji.\n\nPozdrawiam\nAnna Kowalska\nWisłatech",
        "not_invitation",
    ),
    ask(
        "ja",
        "moveask",
        "henkou_kanou_deshouka",
        SATO,
        "面接日程変更のお願い",
        "Kit Marlow 様\n\n川瀬電機の佐藤です。\n大変恐縮ですが、面接を12月11日（金）15時に変更させていただくことは可能でしょうか。\n\n川瀬電機株式会社 人事部\n佐藤 美咲",
        "not_invitation",
    ),
    # --- polite imperatives that book ----------------------------------------------------
    ask(
        "en-GB",
        "imper",
        "please_join_us_bring_id",
        NOOR,
        "Interview confirmation - Data Analyst",
        "Hi Kit,\n\nPlease join us for your interview on Tuesday 8 December at 10:00 at our office, 12 Mill Lane, Leeds. You will meet Omar and Ruth from the analytics team. Could you bring a photo ID for reception?\n\nBest wishes,\nNoor Haddad\nLanternworks",
        "invitation",
        (8, 10, 0),
    ),
    ask(
        "en-US",
        "imper",
        "please_plan_to_join",
        DANA,
        "Onsite interview - Operations Coordinator",
        "Hi Kit,\n\nPlease plan to join us on Thursday, December 10 at 1:30pm for your onsite interview at 400 Harbor Street, Suite 12. Ask for me at the front desk.\n\nThanks,\nDana Brooks\nHarborline",
        "invitation",
        (10, 13, 30),
    ),
    ask(
        "de",
        "imper",
        "bitte_kommen_sie",
        JONAS,
        "Einladung zum Vorstellungsgespräch",
        "Guten Tag Frau Marlow,\n\nbitte kommen Sie am Mittwoch, 9. Dezember, um 11 Uhr zu Ihrem Vorstellungsgespräch in unser Büro in der Hafenstraße 4, Halle. Haben Sie vorab noch Fragen?\n\nMit freundlichen Grüßen\nJonas Weber\nBrückstein GmbH",
        "invitation",
        (9, 11, 0),
    ),
    ask(
        "fr",
        "imper",
        "merci_de_vous_presenter",
        CLAIRE,
        "Convocation à un entretien",
        "Bonjour Madame Marlow,\n\nMerci de vous présenter à votre entretien le jeudi 10 décembre à 14h à l'accueil de nos locaux, 8 rue des Tanneurs, Lille.\n\nBien cordialement,\nClaire Dubois\nAtelier Nord",
        "invitation",
        (10, 14, 0),
    ),
    ask(
        "es",
        "imper",
        "le_rogamos_que_acuda",
        LUCIA,
        "Convocatoria a entrevista",
        "Estimada Kit:\n\nLe rogamos que acuda a la entrevista el lunes 14 de diciembre a las 10:30 en nuestras oficinas de la calle Mayor 21, Valencia.\n\nAtentamente,\nLucía Ferrer\nRibera Tec",
        "invitation",
        (14, 10, 30),
    ),
    ask(
        "it",
        "imper",
        "la_preghiamo_di_presentarsi",
        GIULIA,
        "Convocazione a colloquio",
        "Gentile Kit,\n\nla preghiamo di presentarsi al colloquio martedì 15 dicembre alle 9:30 presso la nostra sede di via Roma 10, Bari.\n\nCordiali saluti,\nGiulia Conti\nOleificio Sud",
        "invitation",
        (15, 9, 30),
    ),
    # --- stated as booked -------------------------------------------------------------------
    ask(
        "en-GB",
        "putdown",
        "put_us_down_let_me_know",
        NOOR,
        "Your interview - Data Analyst",
        "Hi Kit,\n\nI've put us down for Thursday 10 December at 3pm for your interview with Omar - let me know if that doesn't work.\n\nBest wishes,\nNoor Haddad\nLanternworks",
        "invitation",
        (10, 15, 0),
    ),
    ask(
        "en-GB",
        "putdown",
        "booked_you_then_question",
        NOOR,
        "Interview booked - Data Analyst",
        "Hi Kit,\n\nWe have booked you for Friday 11 December at 9:30 with our hiring panel for your second interview. Does that work for you?\n\nBest wishes,\nNoor Haddad\nLanternworks",
        "invitation",
        (11, 9, 30),
    ),
    ask(
        "en-US",
        "putdown",
        "see_you_thursday_at_3",
        DANA,
        "Re: Interview - Operations Coordinator",
        "Hi Kit,\n\nGreat talking to you earlier. See you Thursday at 3 for your interview with our operations lead! The address is 400 Harbor Street, Suite 12.\n\nThanks,\nDana Brooks\nHarborline",
        "invitation",
        (3, 15, 0),
    ),
    ask(
        "de",
        "putdown",
        "eingetragen_falls_nicht",
        JONAS,
        "Ihr Vorstellungsgespräch",
        "Guten Tag Frau Marlow,\n\nich habe Sie für Dienstag, 8. Dezember, um 14 Uhr zum Vorstellungsgespräch eingetragen - sagen Sie Bescheid, falls das nicht passt.\n\nMit freundlichen Grüßen\nJonas Weber\nBrückstein GmbH",
        "invitation",
        (8, 14, 0),
    ),
    ask(
        "fr",
        "putdown",
        "je_vous_ai_reserve",
        CLAIRE,
        "Votre entretien",
        "Bonjour Madame Marlow,\n\nJe vous ai réservé le créneau du mercredi 9 décembre à 11h pour votre entretien ; dites-moi si cela ne vous convient pas.\n\nBien cordialement,\nClaire Dubois\nAtelier Nord",
        "invitation",
        (9, 11, 0),
    ),
    ask(
        "es",
        "putdown",
        "te_he_apuntado",
        LUCIA,
        "Tu entrevista en Ribera Tec",
        "Hola Kit:\n\nTe he apuntado para la entrevista el jueves 10 de diciembre a las 16:00; avísame si no te viene bien.\n\nUn saludo,\nLucía Ferrer\nRibera Tec",
        "invitation",
        (10, 16, 0),
    ),
    ask(
        "nl",
        "putdown",
        "ingepland_laat_weten",
        SANNE,
        "Je sollicitatiegesprek",
        "Beste Kit,\n\nIk heb je ingepland op vrijdag 11 december om 10.00 uur voor het sollicitatiegesprek. Laat het me weten als dat niet uitkomt.\n\nGroet,\nSanne de Vries\nDijkstroom",
        "invitation",
        (11, 10, 0),
    ),
    ask(
        "sv",
        "putdown",
        "bokat_in_dig",
        ERIK,
        "Din intervju hos Fjällsoft",
        "Hej Kit,\n\njag har bokat in dig på måndag 14 december kl. 13.00 för intervjun - hör av dig om det inte passar.\n\nHälsningar\nErik Lindqvist\nFjällsoft",
        "invitation",
        (14, 13, 0),
    ),
    ask(
        "pt-BR",
        "putdown",
        "reservei_consegue_confirmar",
        RAFA,
        "Sua entrevista na Cafezal",
        "Olá, Kit!\n\nReservei a sua entrevista para terça-feira, 8 de dezembro, às 15h, com a nossa gerente de compras. Consegue confirmar?\n\nAbraços,\nRafael Souza\nCafezal",
        "invitation",
        (8, 15, 0),
    ),
]

# --- the candidate's own replies (Bcc copies) taking the one time asked about -------------
ACCEPTS = [
    (
        "en-GB",
        "thursday_3_works",
        NOOR,
        "Interview - Data Analyst",
        "Thursday at 3 works well for me, see you then.\n\nBest,\nKit",
        "On Tue, 1 Dec 2026 at 09:30, Noor Haddad <noor@lanternworks.example> wrote:",
        "Hi Kit,\n\nCould you do an interview on Thursday 10 December at 3pm? It would be with Omar, our hiring manager.\n\nBest wishes,\nNoor",
        (10, 15, 0),
    ),
    (
        "de",
        "passt_mir_gut",
        JONAS,
        "Vorstellungsgespräch Elektroniker (m/w/d)",
        "Guten Tag Herr Weber,\n\ndas passt mir gut, bis Mittwoch!\n\nViele Grüße\nKit Marlow",
        "Am Di., 1. Dez. 2026 um 09:30 schrieb Jonas Weber <j.weber@brueckstein.example.de>:",
        "Guten Tag Frau Marlow,\n\nhätten Sie am Mittwoch, 9. Dezember, um 10 Uhr Zeit für ein Vorstellungsgespräch?\n\nMit freundlichen Grüßen\nJonas Weber",
        (9, 10, 0),
    ),
    (
        "fr",
        "me_convient",
        CLAIRE,
        "Entretien - Chargée de projet",
        "Bonjour Madame Dubois,\n\navec plaisir, le mardi 8 décembre à 14h me convient parfaitement.\n\nBien à vous,\nKit Marlow",
        "Le mar. 1 déc. 2026 à 09:30, Claire Dubois <c.dubois@atelier-nord.example.fr> a écrit :",
        "Bonjour Madame Marlow,\n\nSeriez-vous disponible pour un entretien le mardi 8 décembre à 14h ?\n\nBien cordialement,\nClaire Dubois",
        (8, 14, 0),
    ),
    (
        "es",
        "me_viene_bien",
        LUCIA,
        "Entrevista - Técnica de calidad",
        "Hola Lucía:\n\n¡Perfecto! El viernes a las 12:00 me viene bien. ¡Nos vemos!\n\nUn saludo,\nKit",
        "El mar, 1 dic 2026 a las 9:30, Lucía Ferrer (<lucia.ferrer@ribera-tec.example.es>) escribió:",
        "Hola Kit:\n\n¿Te vendría bien una entrevista el viernes 11 de diciembre a las 12:00?\n\nUn saludo,\nLucía",
        (11, 12, 0),
    ),
    (
        "it",
        "va_benissimo",
        GIULIA,
        "Colloquio - Addetta alla qualità",
        "Gentile Giulia,\n\nva benissimo, ci vediamo lunedì alle 10.\n\nCordiali saluti,\nKit Marlow",
        "Il giorno mar 1 dic 2026 alle ore 09:30 Giulia Conti <g.conti@oleificio-sud.example.it> ha scritto:",
        "Gentile Kit,\n\nle andrebbe bene lunedì 14 dicembre alle 10:00 per un colloquio?\n\nCordiali saluti,\nGiulia Conti",
        (14, 10, 0),
    ),
    (
        "nl",
        "komt_goed_uit",
        SANNE,
        "Sollicitatie Projectmedewerker",
        "Hoi Sanne,\n\nDat komt mij goed uit, tot donderdag!\n\nGroet,\nKit",
        "Op di 1 dec 2026 om 09:30 schreef Sanne de Vries <sanne@dijkstroom.example.nl>:",
        "Beste Kit,\n\nZou donderdag 10 december om 11.00 uur je schikken voor een sollicitatiegesprek?\n\nMet vriendelijke groet,\nSanne de Vries",
        (10, 11, 0),
    ),
]


def _reply_case(
    lang: str,
    slug: str,
    who: tuple[str, str],
    subject: str,
    reply: str,
    said: str,
    asked: str,
    start: tuple[int, int, int],
) -> Case:
    quoted = "\n".join(f"> {line}" if line else ">" for line in asked.split("\n"))
    prefix = {"de": "AW: ", "fr": "RE : ", "es": "RE: ", "it": "R: ", "nl": "Re: "}.get(
        lang, "Re: "
    )
    case = Case(
        lang,
        "accept",
        slug,
        USER,
        prefix + subject,
        f"{reply}\n\n{said}\n{quoted}\n",
        "invitation",
        start,
        reply=True,
    )
    case.extra = {"To": f"{who[0]} <{who[1]}>"}
    return case


CASES += [_reply_case(*a) for a in ACCEPTS]


def _headers(case: Case, text: str, index: int) -> bytes:
    utf8 = Charset("utf-8")
    utf8.body_encoding = QP  # readable in the file
    msg = MIMEText(text, "plain", utf8)
    sent = (10, 5) if case.reply else (9, 30)
    user = f"{USER[0]} <{USER[1]}>"
    if case.reply:
        msg["Delivered-To"] = AFTERVIEW
    msg["Date"] = _date_header(case.lang, *sent)
    msg["From"] = (
        f"{case.sender[0]} <{case.sender[1]}>"
        if case.sender[0].isascii()
        else f"{Header(case.sender[0], 'utf-8').encode()} <{case.sender[1]}>"
    )
    msg["To"] = case.extra.get("To", user)
    if case.reply:
        msg["Bcc"] = f"Afterview <{AFTERVIEW}>"
    msg["Subject"] = (
        Header(case.subject, "utf-8").encode() if not case.subject.isascii() else case.subject
    )
    domain = case.sender[1].split("@")[1]
    msg["Message-ID"] = f"<{hashlib.sha256(case.name.encode()).hexdigest()[:24]}@{domain}>"
    return msg.as_bytes()


def _label(case: Case, family: str) -> dict[str, object]:
    label: dict[str, object] = {"kind": case.kind}
    if case.start is not None:
        day, hour, minute = case.start
        label["start"] = _iso(case.lang, day, hour, minute)
        if case.minutes:
            end = datetime(2026, 12, day, hour, minute, tzinfo=_tz(case.lang)) + timedelta(
                minutes=case.minutes
            )
            label["end"] = end.isoformat()
        label["all_day"] = False
        label["tz_stated"] = False
    label["language"] = case.lang
    label["source"] = {
        "family": family,
        "template": "hand-written, no template; reply attributions recalled",
        "license": "text ours",
    }
    label["note"] = f"{case.sub}: {WHAT[case.sub]}."
    return label


def held_names() -> set[str]:
    names = sorted((c.name for c in CASES), key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    return {n for i, n in enumerate(names) if i % 3 == 0}


def main() -> int:
    held = held_names()
    for folder in ("dev", "heldout"):
        for old in (HERE / folder).glob(f"{FAMILY}*__*"):
            if old.name.split("__")[0] in (FAMILY, HELD):
                old.unlink()
    for index, case in enumerate(CASES):
        family, folder, name = FAMILY, "dev", case.name
        if case.name in held:
            family, folder, name = HELD, "heldout", case.name.replace(f"{FAMILY}__", f"{HELD}__", 1)
        (HERE / folder / f"{name}.eml").write_bytes(_headers(case, case.body, index))
        (HERE / folder / f"{name}.eml.expected.json").write_text(
            json.dumps(_label(case, family), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"{len(CASES)} mails, {len(held)} held out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
