"""A title that is also an everyday word names a job search only as the post a mail is about.

"Bring the form from the registrar", "unser Techniker kommt", "Equipo Técnico Psicosocial" or
the Portuguese verb "registrar" tie no mail to a job; "as a Lab Technician", "como técnica de
laboratorio" or "Technician position" do. The invariant, in every language: the same title
word lets a mail through the gate in a post's words and never in everyday ones.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.lookalikes import names_job_search_word

# the title words of the gate that are everyday words too, as a mail uses them in passing
EVERYDAY_USES = [
    "Please bring the green form from the registrar if you have it.",  # en: a civil registry
    "The registrar's office will confirm your course choices.",  # en: a school's records
    "A technician will replace your meter; power will be off for an hour.",  # en: installer
    "Unser Techniker kommt zu Ihrem Installationstermin.",  # de
    "Der Techniker ruft eine halbe Stunde vorher an.",  # de
    "Un saludo, Equipo Técnico Psicosocial del Juzgado n.º 3",  # es: a court's team
    "El técnico pasará a revisar la caldera.",  # es
    "Não esqueça de registrar sua presença na recepção.",  # pt: the verb "to register"
    "O técnico fará a instalação da fibra.",  # pt
    "Pots registrar-te a la seva pàgina.",  # ca: the verb
    "Il tecnico passerà per la lettura del contatore.",  # it
    "Come and see the technician at the front desk.",  # en: "come" is no Italian "come"
]

# the same words as the post a mail is about
POST_USES = [
    "We would like to meet you as a Lab Technician.",  # en
    "You would join us as our new Senior Registrar.",  # en
    "Wir freuen uns, Sie als Techniker kennenzulernen.",  # de
    "Le proponemos incorporarse como técnico de mantenimiento.",  # es
    "Gostaríamos de conhecê-la como técnica de enfermagem.",  # pt
    "Vorremmo conoscerla come tecnico di laboratorio.",  # it
    "Thanks to everyone who applied for the Registrar vacancy.",  # en, with the post's word
    "Lab Technician position",  # en: the post's word beside the title
]

# the words that put the title in a post, in the languages above
POST_LEADS = ["as a", "as our new", "als", "como", "come", "applied for the"]
TITLES = ["Registrar", "Technician", "Techniker", "técnico", "técnica", "tecnico"]
EVERYDAY_LEADS = ["from the", "the", "our", "unser", "el", "o", "il", "del"]


@pytest.mark.parametrize("text", EVERYDAY_USES)
def test_a_title_said_in_passing_names_no_job_search(text: str) -> None:
    assert not names_job_search_word(text)


@pytest.mark.parametrize("text", POST_USES)
def test_the_same_title_as_the_post_names_a_job_search(text: str) -> None:
    assert names_job_search_word(text)


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(EVERYDAY_LEADS),
    title=st.sampled_from(TITLES),
    tail=st.sampled_from([" will call you.", " kommt morgen.", " pasará.", "."]),
)
def test_an_everyday_lead_never_opens_the_gate(lead: str, title: str, tail: str) -> None:
    assert not names_job_search_word(f"Hello, {lead} {title.lower()}{tail}")


@settings(max_examples=60, deadline=None)
@given(lead=st.sampled_from(POST_LEADS), title=st.sampled_from(TITLES))
def test_a_post_lead_always_opens_the_gate(lead: str, title: str) -> None:
    assert names_job_search_word(f"We would like to meet you {lead} {title}.")


# "round" said for "around" (British English), in the mails that say it: a care home's tour,
# a flat share's viewing, a pet sitter's visit, a removal survey, an office card
AROUND_USES = [
    "We'd be delighted to show you round and have a chat.",
    "Could you come round on Thursday at 7pm?",
    "I'll pop round to meet Biscuit and Pickle.",
    "Our estimator will walk round your home with you.",
    "A card is going round for Priya.",
    "The surgery is just round the corner.",
]
STAGE_USES = ["Technical round on Friday", "Your next round is booked", "HR round", "Round 2"]


@pytest.mark.parametrize("text", AROUND_USES)
def test_round_for_around_names_no_job_search(text: str) -> None:
    assert not names_job_search_word(text)


@pytest.mark.parametrize("text", STAGE_USES)
def test_round_as_a_stage_names_a_job_search(text: str) -> None:
    assert names_job_search_word(text)
