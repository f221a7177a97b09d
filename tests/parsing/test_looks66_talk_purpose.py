"""A talk's purpose decides whether it is a job interview (looks66).

Why: "interview", "rozmowa", "pohovor" name a co-op board's, a bank's, a nursery's or a
consulate's talk as readily as a job's, and "your interview" is said by all of them. Which
one it is shows in what the talk is for: a loan, a flat in a co-op, a child's place, a visa
or a date hires nobody, and a mail that names one of them and nothing of a job search beyond
the bare talk noun is no job interview. The same frame about a post stays one. Frames and
purposes hand-written here (not the corpus's sentences), in English, Polish and Czech.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import HOURS, QUARTERS, assert_claimed_at, claimed, timed_mail

# per language: a subject, a body with {p} (the purpose) and {t} (the clock), the purposes
# nobody is hired for, and the same purposes as a post
FRAMES = {
    "en": (
        "Your interview on Tuesday",
        "Dear Alex,\n\nYour interview {p} is scheduled for Tuesday, February 2, 2027 at {t} at "
        "our office, 12 Main Street.\n\nPlease bring photo ID.\n\nBest regards,\nMargaret Hollis",
        [
            "with the co-op board about your purchase application for Apt 5C",
            "about your mortgage",
            "for your visa",
            "about a kindergarten place for your son",
        ],
        [
            "for the Building Manager position at the co-op board",
            "for the Mortgage Adviser role",
            "for the Visa Officer post",
            "for the Kindergarten Teacher vacancy",
        ],
    ),
    "pl": (
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę {p} we wtorek 2 lutego 2027 o godz. {t} w naszym "
        "biurze przy ul. Lipowej 8.\n\nProszę zabrać dowód osobisty.\n\nZ poważaniem\nAnna "
        "Kowalska",
        [
            "w sprawie kredytu hipotecznego",
            "z zarządem spółdzielni mieszkaniowej w sprawie przydziału lokalu",
            "w sprawie przyjęcia dziecka do przedszkola",
            "ze swatką z naszego biura matrymonialnego",
        ],
        [
            "na stanowisko doradcy kredytowego",
            "na stanowisko administratora spółdzielni mieszkaniowej",
            "na stanowisko nauczycielki przedszkola",
            "na stanowisko konsultanta biura matrymonialnego",
        ],
    ),
    "cs": (
        "Pozvánka na pohovor",
        "Dobrý den,\n\nzveme Vás na pohovor {p} v úterý 2. února 2027 v {t} v naší kanceláři, "
        "Masarykova 22, Brno.\n\nS sebou prosím občanský průkaz.\n\nS pozdravem\nJana Horáková",
        [
            "o hypotečním úvěru",
            "s představenstvem bytového družstva",
            "k přijetí dítěte do mateřské školy",
        ],
        [
            "na pozici hypotečního specialisty",
            "na pozici správce bytového družstva",
            "na pozici učitelky mateřské školy",
        ],
    ),
}
LANGS = sorted(FRAMES)


@given(
    lang=st.sampled_from(LANGS),
    pick=st.integers(min_value=0, max_value=3),
    hour=HOURS,
    minute=QUARTERS,
)
@settings(max_examples=24, deadline=None)
def test_same_frame_claimed_for_a_post_only(lang: str, pick: int, hour: int, minute: int) -> None:
    """In one frame, a purpose nobody is hired for is not claimed; the same purpose as a
    post is claimed at its hour."""
    subject, body, others, posts = FRAMES[lang]
    index = pick % len(others)
    other = timed_mail(subject, body.replace("{p}", others[index]), hour, minute)
    post = timed_mail(subject, body.replace("{p}", posts[index]), hour, minute)
    assert not claimed(other), (lang, others[index])
    assert_claimed_at(post, hour, minute)


@given(lang=st.sampled_from(LANGS), pick=st.integers(min_value=0, max_value=3))
@settings(max_examples=30, deadline=None)
def test_a_post_named_anywhere_outweighs_the_purpose(lang: str, pick: int) -> None:
    """Whatever the purpose, naming a post beside it makes the talk a job's."""
    _, body, others, posts = FRAMES[lang]
    other = body.replace("{p}", others[pick % len(others)])
    assert lookalikes.talk_for_no_job(other)
    assert not lookalikes.talk_for_no_job(f"{other}\n{posts[pick % len(posts)]}")


@pytest.mark.parametrize(
    "text",
    [
        "Einladung zum Vorstellungsgespräch: Ihre Wohnungsgenossenschaft sucht Verstärkung",
        "Zaproszenie na rozmowę kwalifikacyjną – dział kredytów hipotecznych",
        "수습기자 채용 면접 안내",
        "Pozvánka na pohovor – nábor, hypotéky",
    ],
)
def test_job_words_beside_the_talk_noun_count(text: str) -> None:
    """A compound or a neighbour that names the job search keeps the talk a job's."""
    assert lookalikes.names_a_job_beyond_the_talk(text)


def test_purpose_list_stays_linear() -> None:
    assert_linear(
        scans(lookalikes.NON_JOB_PURPOSE_CUES),
        repeated("hypote kredyt visa spółdzielni "),
        200_000,
        label="non-job purpose",
    )
