# ruff: noqa: E501 (one sentence a row reads best)
"""A talk about the reader's parent, a visit at the reader's home, a family court's talk with
the reader as a parent and a care-benefit assessment hire nobody.

Why: a care home's "colloquio di ingresso per la sua mamma", an exchange programme's
"colloquio ... presso la vostra abitazione", a removal firm's "bij u langs", a youth office's
"Gespräch" in a "familiengerichtlichen Verfahren" and a council's "keukentafelgesprek" were
claimed as the reader's job interviews (looks64's carehome64, hostfam64, movesurvey64,
custody64, careassess64). Instead of naming each service, the screen reads who the meeting is
about (a relative), where it is (the reader's home) and which authority orders it (a family
court, a care fund). The same sentence about a post the reader applied for stays the
reader's interview.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import assert_not_sure, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"
AT = "2027-03-12T16:15"

# language -> (greeting, the time as the language writes it, sign-off)
WHEN = {
    "en": ("Hi Alex,", "on Friday, March 12, 2027 at 4:15 PM", "Kind regards,\nThe office"),
    "de": ("Hallo Alex,", "am Freitag, 12. März 2027, um 16:15 Uhr", "Viele Grüße\nDas Büro"),
    "fr": ("Bonjour Alex,", "le vendredi 12 mars 2027 à 16h15", "Cordialement,\nLe bureau"),
    "es": ("Hola Alex:", "el viernes 12 de marzo de 2027 a las 16:15", "Un saludo,\nLa oficina"),
    "it": ("Ciao Alex,", "venerdì 12 marzo 2027 alle ore 16:15", "Cordiali saluti,\nL'ufficio"),
    "nl": (
        "Beste Alex,",
        "op vrijdag 12 maart 2027 om 16.15 uur",
        "Met vriendelijke groet,\nHet kantoor",
    ),
    "sv": ("Hej Alex,", "fredag 12 mars 2027 kl. 16.15", "Vänliga hälsningar\nKontoret"),
}

# language -> the talk's sentence with {who}: the reader's parent or another relative
ABOUT_A_RELATIVE = {
    "en": (
        "The interview about {who} care is {when}.",
        ["your mother's", "your dad's", "your grandmother's"],
    ),
    "de": ("Das Gespräch über {who} ist {when}.", ["Ihre Mutter", "Ihren Vater", "Ihre Eltern"]),
    "fr": (
        "L'entretien concernant {who} aura lieu {when}.",
        ["votre mère", "votre père", "vos parents"],
    ),
    "es": ("La entrevista sobre {who} será {when}.", ["su madre", "su padre", "sus padres"]),
    "it": ("Il colloquio per {who} è fissato {when}.", ["la sua mamma", "suo padre", "sua madre"]),
    "nl": ("Het gesprek over {who} is {when}.", ["uw moeder", "uw vader", "uw ouders"]),
    "sv": ("Samtalet om {who} är {when}.", ["din mamma", "din pappa", "din mormor"]),
}

# language -> the visit's sentence with {where}: the reader's home
AT_HOME = {
    "en": (
        "Our adviser will {where} for the interview {when}.",
        ["visit you at your home", "come to your home"],
    ),
    "de": (
        "Unsere Beraterin kommt zum Gespräch {where}, {when}.",
        ["bei Ihnen zu Hause", "zu Ihnen nach Hause"],
    ),
    "fr": (
        "L'entretien se tiendra {where} {when}.",
        ["à votre domicile", "lors d'une visite à domicile"],
    ),
    "es": ("La entrevista será {where} {when}.", ["en su domicilio", "en su casa"]),
    "it": (
        "Il colloquio si terrà {where} {when}.",
        ["presso la sua abitazione", "presso la vostra abitazione"],
    ),
    "nl": ("Het gesprek is {where} {when}.", ["bij u thuis", "tijdens een huisbezoek"]),
    "sv": ("Samtalet blir {where} {when}.", ["ett hembesök", "hem till er"]),
}

# language -> a court's family proceedings or a care-benefit assessment
AUTHORITY = {
    "en": (
        "The {what} interview is {when}.",
        ["custody evaluation", "PIP assessment", "family court proceedings"],
    ),
    "de": ("Das Gespräch zum {what} ist {when}.", ["Sorgerecht", "Pflegegrad", "Umgangsverfahren"]),
    "fr": (
        "L'entretien pour {what} est prévu {when}.",
        ["l'enquête sociale", "l'allocation personnalisée d'autonomie", "le droit de visite"],
    ),
    "es": (
        "La entrevista de {what} será {when}.",
        ["guarda y custodia", "valoración de dependencia", "régimen de visitas"],
    ),
    "it": (
        "Il colloquio per {what} è fissato {when}.",
        ["l'invalidità civile", "la tutela minori", "l'accertamento dell'invalidità"],
    ),
    "nl": (
        "Het gesprek over {what} is {when}.",
        ["de omgangsregeling", "het raadsonderzoek", "uw keukentafelgesprek"],
    ),
    "sv": ("Samtalet om {what} är {when}.", ["hemtjänst", "vårdnadstvist", "biståndsbedömning"]),
}

# language -> the same kind of sentence about a post the reader applied for
JOB = {
    "en": "Thank you for applying for the {post} position. Your job interview is {when}.",
    "de": "Vielen Dank für Ihre Bewerbung als {post}. Ihr Vorstellungsgespräch ist {when}.",
    "fr": "Merci pour votre candidature au poste de {post}. Votre entretien d'embauche aura lieu {when}.",
    "es": "Gracias por tu candidatura al puesto de {post}. Tu entrevista de trabajo será {when}.",
    "it": "Grazie per la candidatura come {post}. Il colloquio di lavoro è fissato {when}.",
    "nl": "Bedankt voor je sollicitatie als {post}. Je sollicitatiegesprek is {when}.",
    "sv": "Tack för din ansökan som {post}. Din anställningsintervju är {when}.",
}
POSTS = {
    "en": ["Care Assessor", "Family Court Adviser", "Removals Surveyor"],
    "de": ["Pflegegutachterin", "Sozialarbeiterin", "Umzugsberaterin"],
    "fr": ["aide-soignante", "évaluatrice APA", "chargée des familles d'accueil"],
    "es": ["trabajadora social", "técnico de valoración", "coordinadora de familias"],
    "it": ["assistente sociale", "infermiera", "coordinatrice"],
    "nl": ["Wmo-consulent", "zorgcoördinator", "verhuisadviseur"],
    "sv": ["biståndshandläggare", "undersköterska", "familjerättssekreterare"],
}


def _mail(lang: str, sentence: str, sender: str) -> bytes:
    greeting, _, closing = WHEN[lang]
    return plain_mail(
        "Termin / appointment",
        f"{greeting}\n\n{sentence}\n\n{closing}",
        sender=sender,
        to=TO,
        date=DATE,
    )


def _pick(table: dict[str, tuple[str, list[str]]]) -> st.SearchStrategy[tuple[str, str]]:
    """A language and one filling of its sentence."""
    return st.sampled_from([(lang, fill) for lang, (_, fills) in table.items() for fill in fills])


@settings(max_examples=21, deadline=None)
@given(pick=_pick(ABOUT_A_RELATIVE))
def test_a_talk_about_a_parent_is_never_claimed(pick: tuple[str, str]) -> None:
    lang, who = pick
    sentence = ABOUT_A_RELATIVE[lang][0].format(who=who, when=WHEN[lang][1])
    assert_not_sure(_mail(lang, sentence, "office@care.example"))


@settings(max_examples=14, deadline=None)
@given(pick=_pick(AT_HOME))
def test_a_talk_at_the_readers_home_is_never_claimed(pick: tuple[str, str]) -> None:
    lang, where = pick
    sentence = AT_HOME[lang][0].format(where=where, when=WHEN[lang][1])
    assert_not_sure(_mail(lang, sentence, "office@service.example"))


@settings(max_examples=21, deadline=None)
@given(pick=_pick(AUTHORITY))
def test_a_family_court_or_care_benefit_talk_is_never_claimed(pick: tuple[str, str]) -> None:
    lang, what = pick
    sentence = AUTHORITY[lang][0].format(what=what, when=WHEN[lang][1])
    assert_not_sure(_mail(lang, sentence, "office@authority.example"))


@settings(max_examples=21, deadline=None)
@given(pick=st.sampled_from([(lang, post) for lang, posts in POSTS.items() for post in posts]))
def test_the_same_sentence_about_a_post_stays_an_interview(pick: tuple[str, str]) -> None:
    lang, post = pick
    sentence = JOB[lang].format(post=post, when=WHEN[lang][1])
    assert_sure_at(_mail(lang, sentence, "jobs@employer.example"), AT, or_screened=True)


# The reader's own job interview that names a relative or a home in passing stays the
# reader's: the interview named as theirs outweighs the cue beside it.
@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Thank you for applying for the Care Assessor position. Your interview is {when} at "
            "our office; you will learn how we assess a client at home.",
        ),
        (
            "de",
            "Vielen Dank für Ihre Bewerbung als Pflegegutachterin. Ihr Vorstellungsgespräch ist "
            "{when}; im Job begutachten Sie Versicherte bei Ihnen zu Hause.",
        ),
    ],
)
def test_a_post_that_visits_homes_stays_an_interview(lang: str, body: str) -> None:
    sentence = body.format(when=WHEN[lang][1])
    assert_sure_at(_mail(lang, sentence, "jobs@employer.example"), AT, or_screened=True)
