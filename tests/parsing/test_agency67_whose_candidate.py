# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Whose candidate: the ATS field and the interviewer's day, with a third person or the reader (agency67).

Why: the calendar invitations open-source ATS send to the interviewers print the candidate
field inside a sentence (Odoo-like descriptions: "Candidato: Luca Moretti. Valutazione da
compilare dopo il colloquio", "Candidata: Larissa Melo. Avalie a candidata"; Frappe HR's
reminder "Job Applicant: Hannah Cole (hannah.cole@...)"), and the field counted only when
the name ended its line, so an interviewer's invite was the reader's own at 0.95 (it, pt-BR).
An interviewer's schedule for the day ("Your interview schedule for Thursday: 10:30 Ivy Chen,
11:30 Leo Grant ... Please submit each scorecard", "il programma del tuo colloquio ... Compila
la scheda di valutazione") was the reader's own since it said "your interview", whatever duty
it asked for. The invariants: a candidate field naming someone else makes the mail someone
else's, the same field naming the reader keeps it the reader's; rows of people at times with
an interviewer's duty are the interviewer's day, the same rows without the duty stay the
candidate's programme.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import FIRST_NAMES, HOURS, LAST_NAMES, QUARTERS, claimed, timed_mail

READER_NAME = "Alex Morgan"  # mailkit's READER

# a candidate field followed, on its line, by more of a sentence, as a calendar description or
# a reminder prints it
FIELDS = {
    "en": (
        "Interview on Wednesday",
        "Hello,\n\nInterview on Wednesday 3 February at {t}.\nCandidate: {n}. Room 4B, second floor.\n",
    ),
    "it": (
        "Colloquio",
        "Buongiorno,\n\nColloquio mercoledì 3 febbraio alle {t}.\nCandidato: {n}. Sala Dora, secondo piano.\n",
    ),
    "pt": (
        "Entrevista",
        "Olá,\n\nEntrevista na quarta-feira, 3 de fevereiro, às {t}.\nCandidata: {n}. Sala 4, segundo andar.\n",
    ),
    "es": (
        "Entrevista",
        "Hola:\n\nEntrevista el miércoles 3 de febrero a las {t}.\nSolicitante: {n}, sala Turia.\n",
    ),
    "de": (
        "Vorstellungsgespräch",
        "Hallo,\n\nVorstellungsgespräch am Mittwoch, 3. Februar, um {t} Uhr.\nBewerberin: {n}. Raum 2.14.\n",
    ),
    "nl": (
        "Gesprek",
        "Hallo,\n\nGesprek op woensdag 3 februari om {t}.\nKandidaat: {n}. Zaal 3.\n",
    ),
    "sv": ("Intervju", "Hej,\n\nIntervju onsdag 3 februari kl. {t}.\nKandidat: {n}. Rum 4.\n"),
    "pl": ("Rozmowa", "Dzień dobry,\n\nRozmowa w środę 3 lutego o {t}.\nKandydat: {n}. Sala 4.\n"),
    "fr": (
        "Entretien",
        "Bonjour,\n\nEntretien le mercredi 3 février à {t}.\nCandidat : {n}. Salle Rhône.\n",
    ),
    "en-frappe": (
        "Interview Reminder",
        "Hello,\n\nInterview Round: Technical Round 1\nJob Applicant: {n} (applicant@post.example)\nScheduled On: Wednesday 3 February at {t}\n",
    ),
}

# rows of a day: the drawn person at the drawn hour, another at 14:00; "your interview" said
# of the day, then an interviewer's duty or a candidate's errand
DAYS = {
    "en": (
        "Your interview schedule for Wednesday",
        "Hi,\n\nHere's your interview schedule for Wednesday 3 February (Room 4B):\n\n{t}  {n} - system design\n14:00  Leo Grant - system design\n\n{ask}\n",
        (
            "Please submit each scorecard the same day.",
            "Please fill in the evaluation form after each one.",
        ),
        "Please bring photo ID.",
    ),
    "it": (
        "Il tuo colloquio di mercoledì",
        "Ciao,\n\necco il programma del tuo colloquio di mercoledì 3 febbraio:\n\n{t}  {n} - contabilità\n14:00  Paolo Greco - contabilità\n\n{ask}\n",
        (
            "Compila la scheda di valutazione dopo ogni colloquio.",
            "Usa il modulo di valutazione dopo ogni incontro.",
        ),
        "Porta un documento.",
    ),
    "es": (
        "Tu entrevista del miércoles",
        "Hola:\n\nEste es el programa de tu entrevista del miércoles 3 de febrero:\n\n{t}  {n} - almacén\n14:00  Diego Navarro - almacén\n\n{ask}\n",
        (
            "Rellena la ficha de evaluación de cada candidato.",
            "Usa el formulario de evaluación al terminar.",
        ),
        "Trae tu DNI.",
    ),
}


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(sorted(FIELDS)),
    hour=HOURS,
    minute=QUARTERS,
    first=FIRST_NAMES,
    last=LAST_NAMES,
)
def test_a_candidate_field_inside_a_sentence_names_whose_interview(
    lang: str, hour: int, minute: int, first: str, last: str
) -> None:
    """The candidate field names a third person, a sentence going on after the name: the
    interviewer's copy, not claimed. The same field naming the reader is the reader's own."""
    subject, body = FIELDS[lang]
    assert not claimed(timed_mail(subject, body, hour, minute, name=f"{first} {last}"))
    assert claimed(timed_mail(subject, body, hour, minute, name=READER_NAME))


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(sorted(DAYS)),
    duty_index=st.integers(min_value=0, max_value=1),
    hour=st.integers(min_value=9, max_value=12),
    minute=QUARTERS,
    first=FIRST_NAMES,
    last=LAST_NAMES,
)
def test_rows_of_people_with_an_interviewers_duty_are_the_interviewers_day(
    lang: str, duty_index: int, hour: int, minute: int, first: str, last: str
) -> None:
    """Two rows of a time and a third person, "your interview" said of the day, and an
    interviewer's duty asked (a scorecard, an evaluation form): the interviewer's day, not
    claimed. The same rows asking a candidate's errand stay the candidate's programme."""
    subject, body, duties, errand = DAYS[lang]
    name = f"{first} {last}"
    with_duty = body.replace("{ask}", duties[duty_index])
    assert not claimed(timed_mail(subject, with_duty, hour, minute, name=name))
    assert claimed(timed_mail(subject, body.replace("{ask}", errand), hour, minute, name=name))
