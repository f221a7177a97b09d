"""A one-slot question in Spanish, Italian or Portuguese typed without its mark (looks68).

Why: these languages keep the statement's word order in a question, so asks67 read their
questions by the mark only; but the conditional of "can" and of "suit" ("Podrías venir …",
"¿Le vendría bien …" without its marks, "Potrebbe venire …", "Você poderia participar …",
"Seria possível …") opens a polite request, never a statement of a booking. looks68's es and
pt-BR recruiters asking without a mark were read as sure bookings. A matrix of opener x
language x time, hand-written here; the indicative statements ("Podemos ver a Sam …", "Te
esperamos …", "La aspettiamo …", "Sua entrevista está agendada …") stay bookings.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.asked import asked_mood
from tests.parsing.mailkit import plain_mail

ASK = "a question's opening words"
TIMES = {
    "es": "el jueves 8 de octubre a las 11:00",
    "it": "giovedì 8 ottobre alle 11:00",
    "pt": "na quinta-feira, 8 de outubro, às 11h",
}
ASKED = {
    "es": [
        "Podrías venir a una entrevista {t}",
        "Podría usted pasar por la oficina {t}",
        "Le vendría bien una llamada {t}",
        "Te iría bien hacer la entrevista {t}",
        "Tendrías disponibilidad {t}",
        "Entonces, podrías {t}",
    ],
    "it": [
        "Potrebbe venire per un colloquio {t}",
        "Potresti fare una call {t}",
        "Le andrebbe bene un colloquio {t}",
        "Sarebbe disponibile {t}",
    ],
    "pt": [
        "Você poderia participar de uma entrevista {t}",
        "Poderia vir ao escritório {t}",
        "Seria possível conversarmos {t}",
        "Teria disponibilidade {t}",
        "O senhor poderia comparecer {t}",
    ],
}
STATED = {
    "es": ["Podemos ver a Sam {t}", "Te esperamos para la entrevista {t}"],
    "it": ["La aspettiamo per il colloquio {t}", "Possiamo vederci {t}"],
    "pt": ["Sua entrevista está agendada {t}", "Podemos conversar {t}"],
}

CASES = [(lang, frame, ASK) for lang, frames in ASKED.items() for frame in frames] + [
    (lang, frame, None) for lang, frames in STATED.items() for frame in frames
]


@pytest.mark.parametrize(("lang", "frame", "sign"), CASES)
def test_conditional_openers_ask_and_statements_book(
    lang: str, frame: str, sign: str | None
) -> None:
    line = frame.format(t=TIMES[lang])
    at = next(i for i, ch in enumerate(line) if ch.isdigit())
    assert asked_mood(line, at) == sign, line


@pytest.mark.parametrize("lang", sorted(TIMES))
def test_an_unmarked_ask_is_held_for_review(lang: str) -> None:
    body = ASKED[lang][0].format(t=TIMES[lang])
    raw = plain_mail(
        "Entrevista / Colloquio",
        f"Alex,\n\n{body}\n\nRRHH",
        sender="HR <hr@office.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 05 Oct 2026 09:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", parsed
    assert parsed.confidence < 0.5, parsed
