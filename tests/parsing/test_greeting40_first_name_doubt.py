"""A mail that greets one person by a given name and was sent to another ("Dear Tom, … your
interview on Tuesday" in Alex Morgan's inbox) is most likely Tom's interview, sent to the
wrong candidate. "Tom" might also be a name Alex goes by, which only Alex knows: the time is
read, but it waits in review with a warning that names the greeting instead of going to the
calendar. A greeting to the To's name, its short form, or to whoever forwarded the mail keeps
the reading sure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

ALEX = "Alexander Morgan <alexander.morgan@mailbox.example>"
DATE = "Wed, 02 Dec 2026 09:12:00 +0000"
WANT = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)

# a greeting and "your interview" in the languages whose mail the corpus holds
LETTERS = {
    "en": "{hi} {name},\n\nJust confirming your interview on Tuesday 8 December 2026 at 11:00 GMT "
    "at our Glasgow office.\n\nFiona",
    "de": "Hallo {name},\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Dienstag, "
    "8. Dezember 2026 um 11:00 Uhr GMT in unserem Büro in Glasgow.\n\nFiona",
    "es": "Hola {name}:\n\nTe confirmamos tu entrevista el martes 8 de diciembre de 2026 a las "
    "11:00 GMT en nuestra oficina de Glasgow.\n\nFiona",
    "fr": "Bonjour {name},\n\nNous vous confirmons votre entretien le mardi 8 décembre 2026 à "
    "11h00 GMT dans nos bureaux de Glasgow.\n\nFiona",
}


def _mail(language: str, name: str, *, to: str = ALEX, hi: str = "Dear") -> bytes:
    body = LETTERS[language].format(hi=hi, name=name)
    return plain_mail(
        "Interview on Tuesday", body, sender="Fiona <fiona@clyde.example>", to=to, date=DATE
    )


@given(
    language=st.sampled_from(sorted(LETTERS)),
    name=st.sampled_from(["Tom", "Jonas", "Lucía", "Camille", "Ines", "Erik", "Priya"]),
)
@settings(max_examples=30, deadline=None)
def test_another_given_name_sends_the_reading_to_review(language: str, name: str) -> None:
    parsed = parse_message(_mail(language, name))
    assert parsed.kind == "invitation"
    assert parsed.start == WANT
    assert parsed.confidence < 0.5
    assert any(name in warning and "yours" in warning for warning in parsed.warnings)


@pytest.mark.parametrize("name", ["Alexander", "Alex", "Mr Morgan", "Alexander Morgan"])
def test_the_readers_own_name_or_its_short_form_stays_sure(name: str) -> None:
    parsed = parse_message(_mail("en", name))
    assert parsed.kind == "invitation"
    assert parsed.start == WANT
    assert parsed.confidence >= 0.5


@pytest.mark.parametrize("greeting", ["Hi team", "Dear Candidate", "Hello there"])
def test_a_greeting_to_nobody_by_name_stays_sure(greeting: str) -> None:
    hi, name = greeting.split(" ", 1)
    parsed = parse_message(_mail("en", name, hi=hi))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5


def test_a_greeting_to_the_forwarder_stays_sure() -> None:
    """Sam forwards his own invitation from a mailbox whose To line names someone else (a
    shared family inbox): the greeting names the one forwarding, who is the reader."""
    inner = (
        "---------- Forwarded message ---------\n"
        "From: Fiona <fiona@clyde.example>\n"
        f"Date: {DATE}\n"
        "Subject: Interview on Tuesday\n"
        "To: Morgan family <home@morgans.example>\n\n" + LETTERS["en"].format(hi="Dear", name="Sam")
    )
    raw = plain_mail(
        "Fwd: Interview on Tuesday",
        inner,
        sender="Sam Morgan <sam.morgan@mailbox.example>",
        to="in@afterview.example",
        date=DATE,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start == WANT
    assert parsed.confidence >= 0.5
