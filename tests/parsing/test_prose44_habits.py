"""Hand-typed invitations as a reader takes them (prose44): a run-on paragraph typed as one
long line whose day and hour come many clauses after the word for interview, and an hour the
writer corrects ("sorry, I meant 3pm, not 2pm", "um 15 Uhr und nicht um 14 Uhr", "niet om
9.30 uur maar om 10.00 uur", "a las 12:00, perdón, a las 12:30") in the same mail or in a
follow-up over the quoted first mail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.when_lines import normalise
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Thu, 07 May 2026 16:48:00 +0200"  # Wednesday 13 May is six days later


def _read(body: str, subject: str = "Ihre Bewerbung") -> tuple[str, str]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start


# (opening with the word for interview, one clause of context, the slot at the end)
RUN_ON = {
    "en": (
        "we'd love to set up an interview with the two of us",
        "and the team would also like to hear about the migration you led last year",
        "so let's say Wednesday 13 May at 10:30 in our office.",
    ),
    "de": (
        "deshalb würde ich Sie gern zu einem Gespräch zu uns nach Kassel einladen",
        "und Herr Okafor aus der IT-Sicherheit möchte auch gern dabei sein",
        "sodass es am Mittwoch, den 13. Mai um 10:30 Uhr klappen würde.",
    ),
    "fr": (
        "nous aimerions vous proposer un entretien avec elle et moi",
        "et l'équipe voudrait aussi entendre parler de votre dernier projet",
        "la salle est réservée pour le mercredi 13 mai à 10h30.",
    ),
    "es": (
        "nos gustaría conocerte en persona para una entrevista",
        "y el equipo también quiere saber más del proyecto que llevaste el año pasado",
        "así que te esperamos el miércoles 13 de mayo a las 10:30.",
    ),
    "it": (
        "ci piacerebbe fare un colloquio con te in sede",
        "e il team vorrebbe anche sentire del progetto che hai seguito l'anno scorso",
        "quindi ti aspettiamo mercoledì 13 maggio alle 10:30.",
    ),
}


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(RUN_ON)), clauses=st.integers(min_value=5, max_value=14))
def test_the_slot_at_the_end_of_a_run_on_paragraph_is_read(lang: str, clauses: int) -> None:
    opening, filler, slot = RUN_ON[lang]
    paragraph = ", ".join([opening] + [filler] * clauses + [slot])
    assert len(paragraph) > 400  # longer than any line is read
    assert _read(f"Hallo Alex,\n\n{paragraph}\n\nPat") == (
        "invitation",
        "2026-05-13T10:30:00+02:00",
    )


def test_a_long_quoted_line_stays_quoted_when_it_is_cut() -> None:
    opening, filler, slot = RUN_ON["en"]
    paragraph = ", ".join([opening] + [filler] * 8 + [slot])
    lines = normalise(f"Thanks!\n\n> {paragraph}").split("\n")
    assert len(lines) > 3
    assert all(line.startswith(">") for line in lines[2:])


def test_cutting_long_lines_stays_linear() -> None:
    for unit in (" ", "9", "& ", "A"):
        assert_linear(lambda filler: normalise(filler + "x"), repeated(unit), label=unit)


CORRECTED_IN_THE_MAIL = {
    "en": "See you Wednesday 13 May at 2pm for the interview.\n\nEdit: sorry, I meant 3pm, "
    "not 2pm - 2pm is my other call.",
    "de": "Ihr Gespräch ist am Mittwoch, 13. Mai um 14 Uhr.\n\nKorrektur: natürlich um 15 "
    "Uhr und nicht um 14 Uhr.",
    "nl": "Je gesprek is woensdag 13 mei om 14.00 uur. Correctie: niet om 14.00 uur maar om "
    "15.00 uur.",
    "es": "Te espero el miércoles 13 de mayo a las 14:00, perdón, a las 15:00, en la planta 2.",
    "it": "Il colloquio è mercoledì 13 maggio alle 14:00.\n\nScusa, refuso: alle 15:00, non "
    "alle 14:00.",
}


@pytest.mark.parametrize("lang", sorted(CORRECTED_IN_THE_MAIL))
def test_an_hour_corrected_in_the_same_mail_is_the_corrected_one(lang: str) -> None:
    _kind, start = _read(f"Hi Alex,\n\n{CORRECTED_IN_THE_MAIL[lang]}\n\nPat")
    assert start == "2026-05-13T15:00:00+02:00"


FOLLOW_UP = {
    "en": ("Sorry, a correction to my last email: it's at 3pm, not 2pm as I wrote.",
           "We'd love to see you on Wednesday 13 May at 2pm."),
    "de": ("Korrektur: Das Gespräch ist um 15 Uhr und nicht um 14 Uhr.",
           "wir laden Sie am Mittwoch, den 13. Mai, um 14 Uhr zum Gespräch ein."),
    "it": ("Scusa, refuso nella mail di prima: il colloquio è alle 15:00, non alle 14:00.",
           "ti confermo il colloquio mercoledì 13 maggio alle 14:00."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(FOLLOW_UP))
def test_a_follow_up_corrects_the_hour_of_the_quoted_first_mail(lang: str) -> None:
    top, first = FOLLOW_UP[lang]
    body = f"Hi Alex,\n\n{top}\n\nPat\n\nOn Thu, 7 May 2026 at 16:20, Pat Lee wrote:\n> {first}\n"
    _kind, start = _read(body, subject="Re: Interview")
    assert start == "2026-05-13T15:00:00+02:00"


def test_an_hour_given_up_elsewhere_in_a_quote_corrects_nothing() -> None:
    body = (
        "Hi Alex,\n\nSee you Wednesday 13 May at 2pm.\n\nPat\n\n"
        "On Thu, 7 May 2026 at 16:20, Sam Roe wrote:\n> Could we do 4pm, not 2pm?\n"
    )
    assert _read(body, subject="Interview")[1] == "2026-05-13T14:00:00+02:00"


# a far clause of a run-on sentence names something else the mail is about ("the onboarding
# flows you redesigned", "le parcours d'onboarding que vous avez refait"): not the time's
FAR_CLAUSE = {
    "en": (
        "we'd love to set up an interview with the two of us, mostly about the onboarding "
        "flows you redesigned",
        "and the team would also like to hear about the migration you led last year",
        "so let's say Wednesday 13 May at 10:30 over Zoom.",
    ),
    "fr": (
        "nous aimerions vous proposer un entretien, surtout sur le parcours d'onboarding "
        "que vous avez refait",
        "et l'équipe voudrait aussi entendre parler de votre dernier projet",
        "la salle est réservée pour le mercredi 13 mai à 10h30.",
    ),
}


@pytest.mark.parametrize("lang", sorted(FAR_CLAUSE))
def test_a_far_clause_of_a_run_on_sentence_does_not_say_what_the_time_is(lang: str) -> None:
    opening, filler, slot = FAR_CLAUSE[lang]
    paragraph = ", ".join([opening, filler, filler, filler, slot])
    assert _read(f"Hi Alex,\n\n{paragraph}\n\nPat") == ("invitation", "2026-05-13T10:30:00+02:00")


# a postscript that moves the hour said above it, the day staying
POSTSCRIPT_MOVE = {
    "fr": ("Rendez-vous mercredi 13 mai à 11h à l'accueil.",
           "P.S. Petit changement : ce sera finalement 11h30, la salle est prise avant."),
    "es": ("Te esperamos el miércoles 13 de mayo a las 11:00 en la oficina.",
           "P. D.: Me dice Javier que mejor a las 11:30, que a primera hora tiene otra reunión."),
    "nl": ("We zien je woensdag 13 mei om 11.00 uur op kantoor.",
           "PS: het wordt 11.30 uur, sorry voor het heen-en-weer."),
    "pt": ("Te esperamos na quarta, 13 de maio, às 11h no escritório.",
           "PS: o Rafael pediu para passar para as 11h30, já deixei marcado assim."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(POSTSCRIPT_MOVE))
def test_a_postscript_that_changes_the_hour_moves_it(lang: str) -> None:
    body, postscript = POSTSCRIPT_MOVE[lang]
    _kind, start = _read(f"Hi Alex,\n\n{body}\n\nPat\n\n{postscript}")
    assert start == "2026-05-13T11:30:00+02:00"


@pytest.mark.parametrize(
    "postscript",
    [
        "P.S. Parking is free after 6pm, and reception opens at 8:30.",
        "P.S. Could we actually make it 11:30 instead?",
        "PS: la recepción abre a las 8:30.",
    ],
)
def test_a_postscript_that_only_mentions_an_hour_moves_nothing(postscript: str) -> None:
    body = "See you Wednesday 13 May at 11:00 at our office."
    _kind, start = _read(f"Hi Alex,\n\n{body}\n\nPat\n\n{postscript}")
    assert start == "2026-05-13T11:00:00+02:00"


def test_reading_corrections_stays_linear_in_long_gaps() -> None:
    """400 lines, each two clocks around a gap of 390 characters (97 for the small run): a
    joiner that re-read the gap from each of its characters cost 0.6 s a line."""
    from service.parsing.when_clocks import corrected_hours

    for unit in (" ", ", ", "-", "& "):
        assert_linear(corrected_hours, _gapped_lines(unit), 390, label=unit)


def _gapped_lines(unit: str) -> Callable[[int], list[str]]:
    def lines(n: int) -> list[str]:
        gap = unit * (n // len(unit))
        return [f"10:00{gap}11:00\n" * 400, f"P.S. {gap}"]

    return lines
