"""A meeting of the hiring side, or a welcome for new staff, is not the reader's interview;
a reply that books the slot is sure even under a subject that asked to pick one.

What a user notices:
- a hiring committee's or recruiter's own standing meeting ("Our weekly hiring committee
  sync is Thursday at 3:00 PM", "la riunione settimanale sulla selezione del personale",
  "cotygodniowe spotkanie rekrutacyjne", "Vi har rekryteringsmöte tisdag") does not land in
  the reader's calendar as an interview, though it names candidates and interviews;
- a team meeting whose agenda is the candidates ("Team meeting Thursday at 10:00: we'll go
  through the candidates", "Réunion d'équipe ... point sur les candidats", "Teammeeting ...
  die Bewerbungen") is the reader's workplace, not an interview; the reader's own interview
  named in it still is;
- a Brazilian employer's welcome meeting for new staff ("reunião de boas-vindas para os novos
  colaboradores") is not an interview;
- "Re: Interview - please pick a time" answered with "you're booked in for Thursday at
  11:30" is a sure invitation, while the first mail offering the times is not claimed.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail, timed_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 11 Jan 2027 09:14:00 +0100"
HR = "Lea Hart <lea.hart@corp.example>"


def _mail(subject: str, body: str, sender: str = HR, date: str = DATE) -> bytes:
    return plain_mail(subject, body, sender=sender, to=ME, date=date)


HIRING_SIDE = [
    (
        "Hiring committee weekly sync - Thursday",
        "Hi all,\n\nOur weekly hiring committee sync is Thursday, January 14 at {t} in the "
        "Birch room. We'll review the finalists for the Data Engineer role and agree who "
        "moves to onsite interviews.\n\nThanks,\nDana",
    ),
    (
        "Riunione settimanale selezione",
        "Ciao a tutti,\n\nla riunione settimanale sulla selezione del personale è giovedì 14 "
        "gennaio alle {t} in sala Adda. Rivediamo i candidati e fissiamo i colloqui.\n\nGiulia",
    ),
    (
        "Spotkanie",
        "Cześć,\n\nprzypominam o cotygodniowym spotkaniu rekrutacyjnym w czwartek 14 stycznia "
        "o {t}. Przejrzymy kandydatów i ustalimy terminy rozmów kwalifikacyjnych.\n\nKarolina",
    ),
    (
        "Möte torsdag",
        "Hej!\n\nVi har rekryteringsmöte torsdag 14 januari kl. {t} i Ljusnan och bestämmer "
        "vilka kandidater vi kallar till intervju.\n\nElin",
    ),
    (
        "Team meeting Thursday",
        "Hi team,\n\nTeam meeting on Thursday 14 January at {t}: we'll go through the "
        "candidates for the open Java role.\n\nLea",
    ),
    (
        "Réunion d'équipe",
        "Bonjour,\n\nRéunion d'équipe jeudi 14 janvier à {t} : point sur les candidats reçus "
        "en entretien.\n\nLéa",
    ),
    (
        "Teammeeting",
        "Hallo zusammen,\n\nunser Teammeeting am Donnerstag, 14. Januar um {t} Uhr: wir "
        "sprechen über die Bewerbungen für die offene Stelle.\n\nLea",
    ),
    (
        "Integração de novos colaboradores",
        "Olá, Alex!\n\nA reunião de boas-vindas para os novos colaboradores será na "
        "quinta-feira, 14 de janeiro, às {t}, no auditório.\n\nJuliana",
    ),
]


@settings(max_examples=30, deadline=None)
@given(
    case=st.sampled_from(HIRING_SIDE),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from([0, 30]),
)
def test_hiring_side_meetings_are_not_claimed(
    case: tuple[str, str], hour: int, minute: int
) -> None:
    subject, body = case
    assert not claimed(timed_mail(subject, body, hour, minute, sender=HR, to=ME, date=DATE))


@pytest.mark.parametrize(
    ("subject", "body", "hour"),
    [
        (
            "Team meeting and your interview",
            "Hi Alex,\n\nYour interview is on Thursday 14 January at 10:00; afterwards you can "
            "sit in on our team meeting, where we usually go through the candidates.\n\nLea",
            10,
        ),
        (
            "Your interview for the Senior Analyst role",
            "Hi Alex,\n\nWe'd like to invite you to interview for the Senior Analyst role on "
            "Thursday 14 January at 11:00, with two members of our hiring committee.\n\nDana",
            11,
        ),
    ],
)
def test_readers_own_interview_beside_hiring_words_is_kept(
    subject: str, body: str, hour: int
) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (14, hour)


PICK = (
    "Hi Alex,\n\nWe'd like to invite you to a first interview. Could you reply with the slot "
    "that suits you best?\n\n- Tuesday 12 January, 10:00\n- Wednesday 13 January, 14:00\n"
    "- Thursday 14 January, 11:30\n\nBest,\nHannah"
)


def test_offered_times_are_not_claimed() -> None:
    assert not claimed(_mail("Interview - please pick a time", PICK))


def test_reply_booking_the_slot_is_sure_under_a_subject_that_asked() -> None:
    quoted = "\n".join(f"> {line}".rstrip() for line in PICK.splitlines())
    body = (
        "Hi Alex,\n\nPerfect - you're booked in for Thursday 14 January at 11:30 with Mark "
        "Ellis. I've sent the invite.\n\nBest,\nHannah\n\n"
        "On Mon, 11 Jan 2027 at 09:14, Hannah Cole <hannah.cole@corp.example> wrote:\n" + quoted
    )
    parsed = parse_message(_mail("Re: Interview - please pick a time", body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour, parsed.start.minute) == (14, 11, 30)


@pytest.mark.parametrize(
    "body",
    [
        "Hi all,\n\nThanks for interviewing Jordan Ellis yesterday. Our debrief is Wednesday, "
        "March 10 at 4:00 PM in the Lakeview room - please have your scorecards in before "
        "then.\n\nMaya",
        "Hola equipo:\n\nEl debrief del panel es el jueves 11 de marzo a las 16:00; traed "
        "vuestra evaluación de la candidata.\n\nLucía",
    ],
)
def test_interviewers_debrief_is_not_claimed(body: str) -> None:
    assert not claimed(_mail("Debrief", body))


def test_candidates_own_debrief_call_is_kept() -> None:
    body = (
        "Hi Alex,\n\nThanks for completing the assessment centre. I'd like to book a debrief "
        "with you on Wednesday 13 January at 4:00 PM to go through your results.\n\nMaya"
    )
    parsed = parse_message(_mail("Assessment centre feedback", body))
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (13, 16)
