"""A day written as an ordinal ("am 18. Februar", "den 5. marts", "5. kesäkuuta") does not
end the sentence that holds the time, so the words before it still count for that time.

Every line here is written for the test.
"""

from __future__ import annotations

import pytest

from service.parsing.lookalikes import time_sentence

LINES = [
    (
        "Wir laden Sie ein. Vielleicht am 18. Februar um 14 Uhr? Bis bald.",
        "Februar",
        "Vielleicht am 18. Februar um 14 Uhr? ",
    ),
    ("Tak for i dag. Måske den 5. marts kl. 14? Hilsen", "marts", "Måske den 5. marts kl. 14? "),
    ("Kiitos. Ehkä 5. kesäkuuta klo 14? Terveisin", "kesäkuuta", "Ehkä 5. kesäkuuta klo 14? "),
]


@pytest.mark.parametrize(("line", "word", "sentence"), LINES)
def test_the_ordinal_dot_is_no_full_stop(line: str, word: str, sentence: str) -> None:
    assert time_sentence(line, line.index(word)) == sentence


def test_a_number_at_the_end_of_a_sentence_still_ends_it() -> None:
    line = "Der Termin ist um 14.00. Wir freuen uns auf Sie."
    assert time_sentence(line, line.index("Termin")) == "Der Termin ist um 14.00. "
