"""The other side of the table: a future interview time that is not the reader's own.

An interviewer gets the candidate's CV ("her resume is attached", "CV del candidato",
"Candidate: Marcus Bell" beside a resume link), a recruiting system books the reader "as an
interviewer" in the reader's language, a parent forwards a son's interview written to a child
who shares the parent's surname, a coach books a call to prepare for an interview, a team
meets. Each signal is shown in two languages or more, and controls in the same voices (the
reader's own interview, naming the interviewer the reader will meet) stay sure.
"""

from __future__ import annotations

from email.header import Header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import passed_on_for_someone, someone_elses_papers
from tests.parsing.mailkit import assert_sure_at, bare_mail

SURE = 0.5
READER = frozenset({"sam", "ortiz"})


def _mail(body: str, *, subject: str, to: str = "Sam Ortiz <sam.ortiz@mailbox.example>") -> bytes:
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return bare_mail(
        subject,
        body,
        sender="Rosa Quint <rosa.quint@harrow-mills.example>",
        to=to,
        date="Tue, 03 Mar 2026 08:40:00 +0100",
    )


def _not_sure(raw: bytes) -> None:
    result = parse_message(raw)
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result


def _sure(raw: bytes, start: str) -> None:
    assert_sure_at(raw, start)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview on Thursday",
            "Hi Sam,\n\nCould you interview Nora Vance for the QA role on Thursday 12 March at "
            "3pm? Her resume is attached.\n\nRosa",
        ),
        (
            "Colloquio giovedì",
            "Ciao Sam,\n\nti giro il CV del candidato Paolo Serra: il colloquio è giovedì 12 "
            "marzo alle 11:00 in sala Giotto.\n\nRosa",
        ),
        (
            "Entrevista el jueves",
            "Hola Sam,\n\nte adjunto el CV de la candidata Irene Solís. La entrevista es el "
            "jueves 12 de marzo a las 12:00 en la sala Teide.\n\nRosa",
        ),
        (
            "Upcoming interview",
            "Candidate: Marcus Hale\nWhen: Thursday, March 12, 11:00 AM - 11:30 AM\n"
            "Resume: https://ats.example/c/1\n",
        ),
        (
            "Gesprek donderdag",
            "Hoi Sam,\n\nJe bent toegevoegd als interviewer aan het gesprek op donderdag 12 "
            "maart om 15:00.\n\nRosa",
        ),
        (
            "Neuer Interviewtermin",
            "Hallo Sam,\n\nSie wurden als Interviewer:in zu folgendem Termin hinzugefügt: "
            "Donnerstag, 12.03.2026, 10:00 Uhr.\n\nRosa",
        ),
        # the interviewers' schedule, whose feedback goes into the hiring team's system
        (
            "Interview panel",
            "Hi team,\n\nPanel for the Data Engineer candidate on Thursday 12 March:\n"
            "10:00 Tom (technical)\n11:00 Sara (culture)\n\nPlease send feedback in "
            "Greenhouse by end of day.\n\nRosa",
        ),
        (
            "Vorstellungsgespräche",
            "Hallo zusammen,\n\ndie Gespräche mit der Kandidatin sind am Donnerstag, 12. März "
            "um 10 Uhr. Eure Bewertung bitte danach in Personio eintragen.\n\nRosa",
        ),
        # the reader assesses the candidate
        (
            "Interview",
            "Hi Sam,\n\nOn Thursday 12 March at 3pm you'll be assessing Nora Vance, our "
            "candidate for the QA role, in room 2.\n\nRosa",
        ),
        (
            "Entretien",
            "Bonjour Sam,\n\nJeudi 12 mars à 15h, tu évalueras la candidate Nora Vance en "
            "salle 2.\n\nRosa",
        ),
        # the time is the journey's, booked by a travel desk for the onsite
        (
            "Interview",
            "Hi Sam,\n\nYour flight to Leeds departs on Wednesday 11 March at 18:05 from "
            "Terminal 2; the hotel is booked.\n\nRosa",
        ),
        (
            "Vorstellungsgespräch",
            "Hallo Sam,\n\nIhr Zug nach Leeds fährt am Mittwoch, 11. März um 18:05 Uhr ab "
            "Gleis 4.\n\nRosa",
        ),
        # a notice that the office is closed at the time
        (
            "Re: Interview",
            "Hi Sam,\n\nFriendly reminder: our office is closed on Thursday 12 March from 2pm "
            "for the team event; if you drop off documents, come before then.\n\nRosa",
        ),
        (
            "Re: Vorstellungsgespräch",
            "Hallo Sam,\n\nunser Büro ist am Donnerstag, 12. März ab 14 Uhr geschlossen; "
            "Unterlagen bitte vorher abgeben.\n\nRosa",
        ),
    ],
)
def test_interviewer_side_is_not_claimed(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Your interview",
            "Hi Sam,\n\nYour interview is on Thursday 12 March from 10:00 to 10:45 on Zoom. "
            "You'll meet Anna Lee, our CTO. Please bring your CV.\n\nRosa",
            "2026-03-12T10:00",
        ),
        (
            "Your interview",
            "Hi Sam,\n\nOur main office is closed for renovation, so your interview on "
            "Thursday 12 March at 2pm will be at our annex, 4 Mill Lane.\n\nRosa",
            "2026-03-12T14:00",
        ),
        (
            "Ihr Vorstellungsgespräch",
            "Hallo Herr Ortiz,\n\nwir laden Sie am Donnerstag, 12. März um 14:00 Uhr zum "
            "Vorstellungsgespräch ein. Sie treffen Frau Petra Lang. Bitte bringen Sie Ihren "
            "Lebenslauf mit.\n\nRosa Quint",
            "2026-03-12T14:00",
        ),
    ],
)
def test_own_interview_naming_the_interviewer_stays_sure(
    subject: str, body: str, start: str
) -> None:
    _sure(_mail(body, subject=subject), start)


@pytest.mark.parametrize(
    "text",
    [
        "View Hannah's resume",
        "Seine Unterlagen liegen im Ordner",
        "Consultez son CV",
        "currículo da candidata Beatriz",
        "Haar cv zit in de bijlage",
        "CV kandydata Piotra",
    ],
)
def test_a_third_persons_cv(text: str) -> None:
    assert someone_elses_papers(text, READER)


@pytest.mark.parametrize(
    "text",
    [
        "Please bring your CV",
        "Bitte bringen Sie Ihren Lebenslauf mit",
        "Candidate: Sam Ortiz\nResume attached",
        "Sam's resume",
        "each candidate should bring his or her CV",
    ],
)
def test_the_readers_own_cv(text: str) -> None:
    assert not someone_elses_papers(text, READER)


_NAME = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True).filter(
    lambda name: not name.lower().startswith(("sam", "ort"))
)


@settings(max_examples=40, deadline=None)
@given(first=_NAME, last=_NAME, label=st.sampled_from(["Candidate:", "Bewerber:", "kandidaat"]))
def test_a_candidate_named_beside_a_cv_is_someone_else(first: str, last: str, label: str) -> None:
    text = f"{label} {first} {last}\nCV: https://ats.example/c/1"
    assert someone_elses_papers(text, READER)
    assert not someone_elses_papers(f"{label} Sam Ortiz\nCV: https://ats.example/c/1", READER)


def test_a_childs_forward_with_the_parents_surname() -> None:
    parent = frozenset({"alex", "morgan"})
    child = frozenset({"leon", "morgan"})
    body = "Hallo Leon,\n\nwir laden dich zum Vorstellungsgespräch ein."
    assert passed_on_for_someone(parent, child, body) is not None
    own = "Hallo Alex,\n\nwir laden Sie zum Vorstellungsgespräch ein."
    assert passed_on_for_someone(parent, parent, own) is None
    # a forwarder with no given name of their own is not told apart
    assert passed_on_for_someone(frozenset({"morgan"}), parent, own) is None
    # nor one greeted in another script, whose address adds a word ("kenta.yamada.work")
    kenta = frozenset({"kenta", "yamada", "work"})
    written_to = frozenset({"山田", "健太", "kenta", "yamada"})
    greeted = "親愛なる山田 健太、あなたの予約は受け入れられました。"
    names = frozenset({"kenta", "yamada"})
    assert passed_on_for_someone(kenta, written_to, greeted, own_names=names) is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Sesión de preparación de entrevista",
            "Hola Sam:\n\nTe recuerdo nuestra sesión de preparación de entrevista el jueves 12 "
            "de marzo a las 19:00 por videollamada.\n\nPablo",
        ),
        (
            "Avant votre entretien",
            "Bonjour Sam,\n\nje vous propose un appel de préparation jeudi 12 mars à 18 h avant "
            "votre entretien.\n\nSophie",
        ),
        (
            "Spotkanie zespołu",
            "Cześć wszystkim,\n\nzapraszam na spotkanie zespołu w czwartek 12 marca o 11:00.\n",
        ),
        (
            "Einladung: Q1-Planung",
            "Hallo Team,\n\nich lade euch zur Q1-Planung ein: Do 12.03. 9:30-11:00 im Raum "
            "Kahlenberg.\n\nStefan",
        ),
    ],
)
def test_prep_calls_and_team_meetings_are_not_interviews(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject))
