# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Whose interview: the same sentence, with a third person or with the reader in it (hireside66).

Why: the hiring side's mail was told from the reader's own by fixed phrases, each in a few
languages: a third person had the interview only when the name stood right before "has an
interview" ("Tom has his interview"), so "Herr Malte Jensen kommt am Mittwoch ... zum
Zweitgespräch", "pani Magdalena Sikora przyjdzie ... na rozmowę" or "Linnea Ek, som du
rekommenderade, har fått en intervju" were claimed as the reader's; a row naming the
interviewers counted only in six languages and only when the reader came first ("Mülakatçılar:
Alex Morgan, Selin Yıldız", "Avaliadores: Alex Morgan e Juliana Costa", "Panel: Ruth Kim,
Alex Morgan" were claimed). The invariant: in one frame, the mail is the reader's own exactly
when the person in it is the reader; a drawn third person makes it someone else's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import FIRST_NAMES, HOURS, LAST_NAMES, QUARTERS, claimed, timed_mail

READER_NAME = "Alex Morgan"  # mailkit's READER

# the person {n} has or comes to the interview; with the reader there, the reader is told
# of their own ("Herr Alex Morgan kommt ... zum Zweitgespräch" to Alex Morgan)
ATTENDS = {
    "en": (
        "Update",
        "Hi,\n\n{n}, who you referred, has an interview with our team on Wednesday 3 February at {t}.\n",
    ),
    "de": (
        "Zweitgespräch",
        "Hallo,\n\nHerr {n} kommt am Mittwoch, 3. Februar, um {t} Uhr zum Zweitgespräch.\n",
    ),
    "pl": (
        "Rozmowa",
        "Dzień dobry,\n\npan {n} przyjdzie w środę 3 lutego o {t} na rozmowę kwalifikacyjną.\n",
    ),
    "sv": (
        "Intervju",
        "Hej!\n\n{n}, som vi pratade om, har fått en intervju hos oss onsdag 3 februari kl. {t}.\n",
    ),
    "nl": ("Gesprek", "Hoi,\n\n{n} heeft woensdag 3 februari om {t} een gesprek bij ons.\n"),
    "pt": (
        "Entrevista",
        "Olá,\n\n{n}, que foi indicado, tem entrevista na quarta-feira, 3/2, às {t}.\n",
    ),
}
# a row lists the interviewers or the panel, {n} among them; with the reader in it the
# reader sits on the panel, without the reader the candidate is told whom they meet
ROWS = {
    "en": (
        "Interview on Wednesday",
        "Interview on Wednesday 3 February at {t}.\nPanel: Ruth Kim, {n}\n",
    ),
    "tr": ("Mülakat", "Mülakat: 3 Şubat Çarşamba, saat {t}.\nMülakatçılar: Selin Yıldız, {n}\n"),
    "pt": (
        "Entrevista",
        "Entrevista: quarta-feira, 3/2, às {t}.\nAvaliadores: Juliana Costa e {n}\n",
    ),
    "pl": ("Rozmowa", "Rozmowa: środa, 3 lutego, godz. {t}.\nKomisja: Anna Wrona, {n}\n"),
    "id": (
        "Wawancara",
        "Wawancara: Rabu, 3 Februari, pukul {t}.\nPewawancara: Sari Putri dan {n}\n",
    ),
}


def _frame(
    shapes: dict[str, tuple[str, str]], lang: str, hour: int, minute: int, name: str
) -> bytes:
    return timed_mail(*shapes[lang], hour, minute, name=name)


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(sorted(ATTENDS)),
    hour=HOURS,
    minute=QUARTERS,
    first=FIRST_NAMES,
    last=LAST_NAMES,
)
def test_a_third_person_who_attends_makes_it_theirs(
    lang: str, hour: int, minute: int, first: str, last: str
) -> None:
    """A third person has or comes to the interview: theirs. The same sentence naming the
    reader tells the reader of their own, claimed."""
    assert not claimed(_frame(ATTENDS, lang, hour, minute, f"{first} {last}"))
    assert claimed(_frame(ATTENDS, lang, hour, minute, READER_NAME))


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(sorted(ROWS)),
    hour=HOURS,
    minute=QUARTERS,
    first=FIRST_NAMES,
    last=LAST_NAMES,
)
def test_the_reader_in_the_interviewers_row_sits_across(
    lang: str, hour: int, minute: int, first: str, last: str
) -> None:
    """The reader anywhere in the row of interviewers: the mail is the panel's. The same row
    with a third person in the reader's place is the candidate's notice, claimed."""
    assert not claimed(_frame(ROWS, lang, hour, minute, READER_NAME))
    assert claimed(_frame(ROWS, lang, hour, minute, f"{first} {last}"))
