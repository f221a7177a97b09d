"""Mail that sets a time for someone else's job interview, which the reader only hears about
(about49). The reader is the one who hires (an agency tells its client the candidate's notice
period), hosts (a visitor system writes to the host), supports (a job coach's participant, a
tutor's student), interprets or drives a named third person there; or a notice's candidate
field names someone else in Chinese or Japanese. Whatever the hour and the third person's
name, none is claimed; the same words that speak to the reader as the candidate stay claimed.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from service.parsing.lookalikes import (
    hears_of_anothers_interview,
    names_another_candidate,
)
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import (
    FIRST_NAMES,
    LAST_NAMES,
    claimed,
    each_shape,
    never_claimed,
    timed_mail,
)

READER = frozenset({"alex", "morgan"})

# third persons, none of them the reader

# (subject, body with {t} for the clock and {n} for the third person's full name)
OTHERS = {
    # an agency tells its client the candidate's terms, in the third person
    "terms en": (
        "Confirmed for Wednesday",
        "Hi Alex,\n\n{n} is confirmed for Wednesday 3 February at {t} with you and Dana. Her "
        "notice period is one month and she's expecting around 48k.\n\nSimon",
    ),
    "terms de": (
        "Termin Mittwoch",
        "Hallo Herr Morgan,\n\n{n} ist am Mittwoch, 3. Februar 2027 um {t} Uhr bei Ihnen. "
        "Seine Kündigungsfrist beträgt drei Monate.\n\nGrüße\nPia",
    ),
    "terms fr": (
        "Rendez-vous de mercredi",
        "Bonjour,\n\n{n} viendra vous voir le mercredi 3 février à {t}. Ses prétentions sont "
        "de 45 k€ et son préavis d'un mois.\n\nLuc",
    ),
    "terms nl": (
        "Woensdag",
        "Hoi Alex,\n\n{n} komt woensdag 3 februari om {t} bij je langs voor het gesprek. Hij "
        "heeft een opzegtermijn van twee maanden.\n\nEva",
    ),
    # a visitor system or car park writes to the host
    "visitor en": (
        "Visitor pre-registered",
        "Hi Alex,\n\nYour visitor {n} is registered for Wednesday 3 February 2027 at {t}.\n"
        "Purpose: Interview\n\nWe'll let you know when your visitor arrives.",
    ),
    "visitor de": (
        "Besucheranmeldung",
        "Guten Tag,\n\nIhr Besucher ist angemeldet.\nName: {n}\nDatum: Mittwoch, 03.02.2027\n"
        "Uhrzeit: {t} Uhr\nZweck: Vorstellungsgespräch\n\nEmpfang",
    ),
    "visitor nl": (
        "Parkeren",
        "Beste Alex,\n\nVoor uw bezoeker ({n}, sollicitatiegesprek) is op woensdag 3 februari "
        "2027 om {t} een parkeerplaats gereserveerd.\n\nFacilitair",
    ),
    # the reader supports or teaches the one interviewed
    "supported en": (
        "Interview news",
        "Hi Alex,\n\nYour trainee {n} has an interview at a supermarket on Wednesday 3 February "
        "at {t}. Please help with the preparation.\n\nAdmin team",
    ),
    "supported fr": (
        "Entretien",
        "Bonjour,\n\nVotre bénéficiaire {n} a un entretien d'embauche le mercredi 3 février à "
        "{t}. Merci de le préparer.\n\nLe secrétariat",
    ),
    "supported it": (
        "Colloquio",
        "Ciao Alex,\n\nla tua tirocinante {n} ha un colloquio mercoledì 3 febbraio alle {t}. "
        "Puoi aggiornare il suo progetto?\n\nCoordinamento",
    ),
    "supported pl": (
        "Rozmowa",
        "Dzień dobry,\n\nPani podopieczna, pani {n}, ma rozmowę kwalifikacyjną w środę 3 lutego "
        "o {t}.\n\nBiuro",
    ),
    # the reader interprets the interview
    "interpreting en": (
        "Booking confirmed",
        "Dear Alex,\n\nBooking: BSL interpreting - job interview\nClient: {n}\n"
        "Wednesday 3 February 2027, {t}\nVenue: 2 High Street\n\nBookings",
    ),
    "interpreting es": (
        "Servicio asignado",
        "Hola:\n\nServicio: interpretación en entrevista de trabajo ({n})\nFecha: miércoles 3 "
        "de febrero de 2027, {t}\n\nCoordinación",
    ),
    "interpreting pt": (
        "Agendamento",
        "Olá!\n\nServiço: interpretação em entrevista de emprego de {n}\nData: quarta-feira, 3 de "
        "fevereiro de 2027, às {t}\n\nCentral",
    ),
    # the reader is asked to take a third person there
    "take en": (
        "Wednesday",
        "Hi,\n\n{n} has the interview on Wednesday 3 February at {t}. Could you drive him? "
        "I'm at work.\n\nS",
    ),
    "take de": (
        "Mittwoch",
        "Hallo,\n\n{n} hat am Mittwoch, 3. Februar um {t} Uhr das Vorstellungsgespräch. Kannst "
        "du sie hinfahren?\n\nB.",
    ),
    "take es": (
        "El miércoles",
        "Hola:\n\nLa entrevista de {n} es el miércoles 3 de febrero a las {t}. ¿Le puedes "
        "llevar?\n\nM.",
    ),
    "take pl": (
        "Środa",
        "Cześć,\n\n{n} ma rozmowę w środę 3 lutego o {t}. Zawieziesz ją?\n\nE.",
    ),
}

# the same shapes in Chinese and Japanese, where the third person's name is fixed
CJK_OTHERS = {
    "field zh": (
        "面试通知",
        "Alex 您好：\n\n候选人：刘洋\n时间：2027年2月3日（周三）{t}\n地点：5楼会议室\n",
    ),
    "field ja": (
        "【予約完了】会議室",
        "Alex Morgan 様\n\n用途：一次面接（候補者：山田 太郎 様）\n日時：2027年2月3日(水) {t}\n",
    ),
    "introduced ja": (
        "日程確定",
        "Alex Morgan様\n\nご紹介しております中村様の面接が2月3日（水）{t}に決まりました。\n",
    ),
    "take ja": (
        "面接の日",
        "お疲れさま。\n\n美咲の面接は2月3日（水）{t}から。駅まで送ってあげてくれる？\n",
    ),
}

# the reader's own interview, in the same words
OWN = {
    "terms en": (
        "Confirmed for Wednesday",
        "Hi Alex,\n\nYou're confirmed for your interview with {n}, our head of data, on "
        "Wednesday 3 February at {t}. Please tell me your notice period before then.\n\nSimon",
    ),
    "visitor en": (
        "You're registered as a visitor",
        "Hi Alex,\n\nYou are registered as a visitor for your interview with {n} on Wednesday "
        "3 February 2027 at {t}.\nYour visitor badge will be at reception.",
    ),
    "interpreting en": (
        "Your interpreter",
        "Dear Alex,\n\nWe have booked BSL interpreting for your interview on Wednesday 3 February "
        "2027 at {t}. The interpreter, {n}, will meet you at reception.\n\nBookings",
    ),
    "take en": (
        "Your interview",
        "Hi Alex,\n\nYour interview is on Wednesday 3 February at {t}. {n} can drive you, or "
        "take the bus.\n\nMum",
    ),
    "take es": (
        "Tu entrevista",
        "Hola, Alex:\n\nTu entrevista es el miércoles 3 de febrero a las {t}. Si quieres, te "
        "llevo yo.\n\nMamá",
    ),
}
# "your Client Interview" is a kind of interview, not a person in the reader's care (phrec27)
OWN["client interview en"] = (
    "Schedule of your Client Interview",
    "Hi Alex,\n\nKindly be advised of your schedule for the client interview:\nDate: "
    "Wednesday 3 February 2027\nTime: {t}\nPlatform: Microsoft Teams\n\n{n}\nTalent "
    "Acquisition Specialist",
)
CJK_OWN = {
    "field zh": (
        "面试安排",
        "Alex，您好：\n\n您的面试安排在2027年2月3日（周三）{t}，面试官：刘洋。\n\n期待与您见面！",
    ),
}


test_someone_elses_interview_is_not_claimed = never_claimed(OTHERS, names=True)


test_someone_elses_interview_in_chinese_and_japanese_is_not_claimed = never_claimed(CJK_OTHERS)


@each_shape(OWN, names=True)
def test_the_readers_own_interview_in_the_same_words_stays_claimed(
    shape: str, hour: int, minute: int, first: str, last: str
) -> None:
    assert claimed(timed_mail(*OWN[shape], hour, minute, name=f"{first} {last}"))


@each_shape(CJK_OWN)
def test_the_readers_own_interview_in_chinese_stays_claimed(
    shape: str, hour: int, minute: int
) -> None:
    assert claimed(timed_mail(*CJK_OWN[shape], hour, minute))


@given(first=FIRST_NAMES, last=LAST_NAMES)
@settings(max_examples=10, deadline=None)
def test_a_named_person_in_the_readers_care_is_not_the_reader(first: str, last: str) -> None:
    """The rule reads the name after the possessive: the reader's own name there is theirs."""
    assert hears_of_anothers_interview("x", f"Your participant {first} {last} has", READER)
    assert hears_of_anothers_interview("x", "Your participant Alex Morgan has", READER) is None


def test_the_readers_name_in_a_field_is_the_readers_own() -> None:
    """A candidate or visitor field, in any script, that names the reader tells nothing."""
    assert names_another_candidate("Visitor: Omar Haddad\n", READER)
    assert not names_another_candidate("Visitor: Alex Morgan\n", READER)
    assert names_another_candidate("候选人：刘洋\n", READER)
    assert not names_another_candidate("候选人：Alex Morgan\n", READER)


def _scan(text: str) -> None:
    hears_of_anothers_interview(text, text, READER)
    names_another_candidate(text, READER)


@pytest.mark.parametrize(
    "words",
    [
        "your participant ",
        "Your visitor ",
        "interpreting interpreting ",
        "can you take ",
        "ご紹介した",
        "候选人：刘",
        "his notice ",
        "Ospite: Marco Ferri (",
        "kannst du sie ",
    ],
)
def test_new_cues_grow_linearly(words: str) -> None:
    """Near-misses of the new cues cost work in proportion to their length."""
    assert_linear(_scan, repeated(words), label=words)
