"""A dated interview that belongs to someone else is not claimed; the reader's own stays.

What a user notices: an invitation greeting another person by full name ("Dear Ms Hannah
Whitfield", "Madame Élodie Garnier") that reached their mailbox does not land in their
calendar, whatever "invite you" says below the greeting; a friend's note that "Pablo tiene la
entrevista el lunes" or "ma sœur passe son entretien" does not either, nor a recruiter asking
them to recommend someone for a free slot. A greeting by another given name alone may be a
short form or a nickname ("Sasha" for Alexander), so that invitation is still theirs, at the
time it states; so is the reader's own slot beside "if you know anyone else, pass my details
on".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import (
    greets_another_by_full_name,
    named_person_has_interview,
    reader_tokens,
)
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 07 Dec 2026 11:17:00 +0100"
READER = reader_tokens(ME)

# (language, greeting template with {title} {given} {surname}, body: the reader's "you")
LETTERS = [
    (
        "en",
        "Dear {title} {given} {surname},",
        "Thank you for your application. We are pleased to invite you to an interview on "
        "Wednesday 16 December 2026 at 2:30pm at our Leeds office.",
        "Ms",
    ),
    (
        "de",
        "Sehr geehrte {title} {given} {surname},",
        "vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu Ihrem Vorstellungsgespräch am "
        "Mittwoch, 16. Dezember 2026, um 14:30 Uhr ein.",
        "Frau",
    ),
    (
        "fr",
        "{title} {given} {surname},",
        "Suite à votre candidature, nous avons le plaisir de vous convier à votre entretien le "
        "mercredi 16 décembre 2026 à 14h30.",
        "Madame",
    ),
    (
        "es",
        "Estimada {title} {given} {surname}:",
        "Nos complace confirmarle su entrevista el miércoles 16 de diciembre de 2026 a las "
        "14:30 en nuestra oficina.",
        "Sra.",
    ),
    (
        "it",
        "Gentile {title} {given} {surname},",
        "le confermiamo il suo colloquio mercoledì 16 dicembre 2026 alle ore 14:30 presso la "
        "nostra sede.",
        "Sig.ra",
    ),
    (
        "pl",
        "Szanowna {title} {given} {surname},",
        "zapraszamy na rozmowę kwalifikacyjną w środę 16 grudnia 2026 r. o godz. 14:30 w "
        "naszym biurze.",
        "Pani",
    ),
]
GIVEN = ["Hannah", "Katharina", "Élodie", "Lucía", "Francesca", "Karolina", "Priya", "Noor"]
SURNAMES = ["Whitfield", "Bauer", "Garnier", "Ortega", "Marino", "Nowak", "Raman", "Haddad"]
WANT = datetime.fromisoformat("2026-12-16T14:30:00+01:00")


def _letter(lang: int, greeting: str) -> bytes:
    _, _, body, _ = LETTERS[lang]
    return plain_mail(
        "Interview",
        f"{greeting}\n\n{body}\n\nKind regards,\nGemma Shaw",
        sender="Gemma Shaw <gemma.shaw@harbourline.example>",
        to=ME,
        date=DATE,
    )


@settings(max_examples=30, deadline=None)
@given(
    lang=st.integers(min_value=0, max_value=len(LETTERS) - 1),
    given_name=st.sampled_from(GIVEN),
    surname=st.sampled_from(SURNAMES),
)
def test_an_invitation_greeting_another_person_by_full_name_is_not_claimed(
    lang: int, given_name: str, surname: str
) -> None:
    _, template, _, title = LETTERS[lang]
    greeting = template.format(title=title, given=given_name, surname=surname)
    assert not claimed(_letter(lang, greeting)), greeting


@pytest.mark.parametrize("lang", range(len(LETTERS)))
@pytest.mark.parametrize(
    "who",
    [
        ("{title} Alex Morgan",),  # the reader in full
        ("Sasha Morgan",),  # a short form beside the reader's surname
    ],
)
def test_the_readers_own_letter_stays_claimed_at_its_time(lang: int, who: tuple[str]) -> None:
    _, template, _, title = LETTERS[lang]
    name = who[0].format(title=title)
    greeting = template.replace("{title} {given} {surname}", name)
    parsed = parse_message(_letter(lang, greeting))
    assert parsed.kind == "invitation", greeting
    assert parsed.confidence >= 0.5, greeting
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == WANT.replace(tzinfo=None), greeting


def test_a_given_name_alone_is_no_evidence_of_another_person() -> None:
    # "Sasha" may be what the reader is called; only a surname beside it tells
    assert greets_another_by_full_name("Hallo Sasha,\n\nIhr Gespräch ...", READER) is None
    assert greets_another_by_full_name("Dear Hannah Whitfield,\n\n...", READER) is not None
    # two people greeted one after the other are not one full name
    assert greets_another_by_full_name("Hi Jamie, Sam,\n\n...", READER) is None
    # an office greeted, and a role mailbox as the To, tell nothing
    assert greets_another_by_full_name("Dear Hiring Manager,\n\n...", READER) is None
    careers = reader_tokens("Careers Team <careers@harbourline.example>")
    assert greets_another_by_full_name("Dear Alex Morgan,\n\n...", careers) is None


NOTES = [
    ("es", "Pablo tiene la entrevista en Inditex el lunes 14 de diciembre a las 9:30."),
    ("pt-BR", "A Bia tem entrevista na quinta (17/12) às 14h lá na Natura, torce por ela!"),
    ("pl", "Ola ma w czwartek 17 grudnia o 10:00 rozmowę o pracę w banku."),
    ("de", "Lena hat am Dienstag, 15.12., um 10 Uhr ein Vorstellungsgespräch in Köln."),
    ("it", "Giulia ha il colloquio giovedì 17 dicembre alle 15."),
    ("nl", "Fleur heeft dinsdag 15 december om 13:30 haar sollicitatiegesprek."),
    ("fr", "Chloé a son entretien mercredi 16 décembre à 11h."),
    ("en", "Tom has his interview on Wednesday 16 December at 11am."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOTES)
def test_a_named_friend_having_the_interview_is_not_claimed(lang: str, sentence: str) -> None:
    assert named_person_has_interview(sentence, READER) is not None, lang
    raw = plain_mail(
        "news",
        f"Hi Alex,\n\n{sentence}\n\nSee you soon!",
        sender="Lucía Herrera <lucia.herrera@mailbox.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), lang


@pytest.mark.parametrize(
    "sentence",
    [
        "Usted tiene la entrevista el lunes 14 de diciembre a las 9:30.",
        "Lei ha il colloquio giovedì 17 dicembre alle 15.",
        "Pani ma w czwartek 17 grudnia o 10:00 rozmowę kwalifikacyjną.",
        "Você tem entrevista na quinta (17/12) às 14h.",
        "U heeft dinsdag 15 december om 13:30 een gesprek.",
        "Domani ha il colloquio alle 15 con la responsabile.",
        "Hoy tiene lugar la entrevista a las 9:30.",
        "Marta tiene una entrevista contigo el lunes a las 9:30.",
        "Alex has an interview on Wednesday at 11am.",
    ],
)
def test_polite_you_days_and_the_reader_are_no_third_person(sentence: str) -> None:
    assert named_person_has_interview(sentence, READER) is None, sentence


KIN_SUBJECTS = [
    ("fr", "ma sœur passe son entretien chez Decathlon mercredi 16 décembre à 11h."),
    ("nl", "mijn vriendin heeft dinsdag 15 december om 13:30 haar sollicitatiegesprek."),
    ("de", "meine Schwester hat am Dienstag, 15.12., um 10 Uhr ein Vorstellungsgespräch."),
    ("it", "mia sorella ha un colloquio giovedì 17 dicembre alle 15."),
    ("ja", "夫が12月15日（火）10時から面接を受けるので、子どもを見てもらえますか？"),
]


@pytest.mark.parametrize(("lang", "sentence"), KIN_SUBJECTS)
def test_a_relative_as_the_subject_of_the_interview_is_not_claimed(
    lang: str, sentence: str
) -> None:
    raw = plain_mail(
        "service",
        f"Salut Alex,\n\n{sentence}\n\nMerci",
        sender="Manon Girard <manon.girard@mailbox.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), lang


REFERRAL_ASKS = [
    (
        "en",
        "We have a free interview slot on Wednesday 16 December at 11:00 for a QA Engineer. "
        "Do you know anyone who'd be a good fit?",
    ),
    (
        "de",
        "Wir haben am Donnerstag, 17.12., um 15:00 Uhr noch einen freien Gesprächstermin. "
        "Kennst du jemanden, der passen könnte?",
    ),
    (
        "fr",
        "Un créneau d'entretien s'est libéré mardi 15 décembre à 10h. Aurais-tu quelqu'un à "
        "me recommander ?",
    ),
    (
        "es",
        "Se nos ha quedado libre un hueco para entrevista el viernes 18 de diciembre a las "
        "12:30. ¿Conoces a alguien a quien le pueda interesar?",
    ),
    (
        "it",
        "Abbiamo ancora uno slot libero per i colloqui di lunedì 14 dicembre alle 16:00. "
        "Conosci qualcuno da segnalarci?",
    ),
    (
        "nl",
        "We hebben woensdag 16 december om 14:00 nog een gespreksplek open. Ken jij iemand "
        "die we kunnen uitnodigen?",
    ),
    (
        "pt-BR",
        "Temos um horário de entrevista livre na quinta, 17/12, às 14h. Você conhece alguém "
        "que possa se interessar?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REFERRAL_ASKS)
def test_a_request_to_refer_someone_for_a_free_slot_is_not_claimed(lang: str, text: str) -> None:
    raw = plain_mail(
        "Free interview slot",
        f"Hi Alex,\n\n{text}\n\nThanks,\nChloe",
        sender="Chloe Barnes <chloe.barnes@brightwell-talent.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), lang


OWN_WITH_ASK = [
    (
        "en",
        "Brightwell would like to interview you on Wednesday 16 December at 11:00. If you know "
        "anyone else looking, feel free to pass my details on.",
        "2026-12-16T11:00",
    ),
    (
        "de",
        "dein Gesprächstermin steht: Donnerstag, 17.12., um 15:00 Uhr. Und falls du jemanden "
        "kennst, der auch Interesse hätte: Gib gern meinen Kontakt weiter.",
        "2026-12-17T15:00",
    ),
    (
        "es",
        "te he reservado el hueco del viernes 18 de diciembre a las 12:30 para la entrevista. "
        "Si conoces a alguien más a quien le pueda interesar, pásale mi correo.",
        "2026-12-18T12:30",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start"), OWN_WITH_ASK)
def test_the_readers_own_slot_beside_a_referral_request_stays_claimed(
    lang: str, text: str, start: str
) -> None:
    raw = plain_mail(
        "Interview",
        f"Hi Alex,\n\n{text}\n\nThanks,\nChloe",
        sender="Chloe Barnes <chloe.barnes@brightwell-talent.example>",
        to=ME,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", lang
    assert parsed.confidence >= 0.5, lang
    assert parsed.start is not None
    assert parsed.start.strftime("%Y-%m-%dT%H:%M") == start, lang


CANDIDATE_COMES = [
    (
        "es",
        "el candidato para el puesto de administrativo, Sergio Lara, viene a la entrevista el "
        "martes 15 de diciembre a las 11:00. ¿Te encargas de enseñarle la oficina?",
    ),
    (
        "it",
        "il candidato Paolo Rinaldi viene da noi mercoledì 16 dicembre alle 10:30 per il "
        "secondo colloquio. Riesci a fargli vedere il reparto?",
    ),
    (
        "fr",
        "la candidate pour le poste de comptable, Mme Inès Dubois, vient en entretien jeudi 17 "
        "décembre à 14h. Tu peux te joindre à nous ?",
    ),
    (
        "pl",
        "kandydat na stanowisko programisty, pan Michał Kaczmarek, przychodzi na rozmowę w "
        "piątek 18 grudnia o 11:00. Możesz przeprowadzić część techniczną?",
    ),
    (
        "ja",
        "候補者の田中 翔太さんが12月15日（火）14:00に二次面接で来社されます。技術面接の後半を"
        "お願いできますか。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CANDIDATE_COMES)
def test_a_colleague_told_the_candidate_comes_in_is_not_claimed(lang: str, text: str) -> None:
    raw = plain_mail(
        "Heads-up",
        f"Hi Alex,\n\n{text}\n\nThanks",
        sender="Ana Beltrán <ana.beltran@beltran-asesores.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), lang


def test_the_candidate_told_to_come_in_stays_claimed() -> None:
    raw = plain_mail(
        "Ihr Vorstellungstermin am Montag",
        "Hallo Herr Morgan,\n\nSie stellen sich am Montag, 14.12., um 9:00 Uhr bei uns vor. Im "
        "zweiten Teil zeigt Ihnen eine Kollegin die Abteilung.\n\nGruß\nJörg Albers",
        sender="Jörg Albers <joerg.albers@albers-bau.example>",
        to=ME,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.strftime("%Y-%m-%dT%H:%M") == "2026-12-14T09:00"
