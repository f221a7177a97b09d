# ruff: noqa: E501 (each language's sentences read best whole)
"""A forwarded thread whose one slot stands only in a quoted question ("Would Tuesday 23 June
at 15:00 work?", "Hätten Sie am Dienstag ... Zeit?", "いかがでしょうか。") is not set by being
forwarded: the newest layer has to take it (fwdconfirm49). A newest layer that holds off
("Before I say yes, ...?") leaves it proposed; one that takes it ("that's booked - see you
then", "Toppen, då är det bokat. Vi ses då!", "承知しました") sets it; and a forwarded
thread whose quoted mail set the slot is still read for it, whatever was said under it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

# (the employer's one-slot question, the same slot set, the Date offset)
ASKS = {
    "en": ("Would Tuesday 23 June at 15:00 work for a first interview?", "Your first interview is booked for Tuesday 23 June at 15:00.", "+0100"),
    "de": ("Hätten Sie am Dienstag, 23. Juni, um 15 Uhr Zeit für ein Vorstellungsgespräch?", "Ihr Vorstellungsgespräch findet am Dienstag, 23. Juni, um 15 Uhr statt.", "+0200"),
    "fr": ("Seriez-vous disponible mardi 23 juin à 15 h pour un entretien ?", "Votre entretien est fixé au mardi 23 juin à 15 h.", "+0200"),
    "es": ("¿Estarías disponible el martes 23 de junio a las 15:00 para una entrevista?", "Tu entrevista queda fijada para el martes 23 de junio a las 15:00.", "+0200"),
    "it": ("Saresti libero martedì 23 giugno alle 15:00 per un colloquio?", "Il colloquio è fissato per martedì 23 giugno alle 15:00.", "+0200"),
    "sv": ("Passar tisdag 23 juni kl. 15.00 för en intervju?", "Din intervju är bokad till tisdag 23 juni kl. 15.00.", "+0200"),
    "ja": ("6月23日（火）15時からの面接はいかがでしょうか。", "面接は6月23日（火）15時からに決定しました。", "+0900"),
}  # fmt: skip

# the candidate's newest layer: holds off, asks something first
HOLDS = [
    "Thanks! Before I say yes, could you tell me how long it will take?",
    "Vielen Dank! Ehe ich zusage: Wer nimmt an dem Gespräch teil?",
    "Merci ! Avant de valider, l'entretien se fait-il en anglais ?",
    "¡Gracias! Antes de confirmar, ¿es presencial u online?",
    "Grazie! Prima di confermare, il colloquio è in sede o su Teams?",
]
# the employer's newest layer over the candidate's yes: takes the slot
TAKES = [
    "Perfect, that's booked - see you then!",
    "Toppen, då är det bokat. Vi ses då!",
    "Perfekt, dann bis Dienstag!",
    "承知しました。当日よろしくお願いいたします。",
]


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _forward(layers: list[tuple[str, str]], offset: str, note: str = "FYI") -> bytes:
    """`layers` newest first as (author, text), nested in Gmail's quoting, forwarded by the
    user with `note`."""
    (author, text), older = layers[0], layers[1:]
    body = text
    if older:
        inner = older[-1][1]
        for who, words in reversed(older[:-1]):
            inner = f"{words}\n\nOn Mon, 8 Jun 2026 at 10:00, {who} wrote:\n{_quoted(inner)}"
        body = f"{text}\n\nOn Mon, 8 Jun 2026 at 09:00, {older[0][0]} wrote:\n{_quoted(inner)}"
    forwarded = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {author}\n"
        f"Date: Mon, Jun 8, 2026 at 5:00 PM\nSubject: Re: Interview\n"
        f"To: Alex Morgan <alex@mailbox.example>\n\n{body}\n"
    )
    return plain_mail(
        "Fwd: Re: Interview",
        forwarded,
        sender="Alex Morgan <alex@mailbox.example>",
        to="in+inbox@afterview.example",
        date=f"Mon, 08 Jun 2026 17:30:00 {offset}",
    )


EMPLOYER = "Harriet Cole <harriet@firm.example>"
ME = "Alex Morgan <alex@mailbox.example>"


def _claimed(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in ("invitation", "reschedule") and parsed.confidence >= 0.5


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(ASKS)), st.sampled_from(HOLDS))
def test_a_quoted_question_held_off_is_not_set(lang: str, hold: str) -> None:
    ask, _, offset = ASKS[lang]
    raw = _forward([(ME, hold), (EMPLOYER, f"Hi Alex,\n\n{ask}\n\nHarriet")], offset)
    assert not _claimed(raw)


@settings(max_examples=16, deadline=None)
@given(st.sampled_from(sorted(ASKS)), st.sampled_from(TAKES))
def test_a_quoted_question_the_newest_layer_takes_is_set(lang: str, takes: str) -> None:
    ask, _, offset = ASKS[lang]
    raw = _forward(
        [(EMPLOYER, takes), (ME, "Yes, that works for me."), (EMPLOYER, f"Hi Alex,\n\n{ask}")],
        offset,
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (23, 15)
    assert parsed.kind == "invitation"


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(sorted(ASKS)))
def test_a_forwarded_thread_over_a_set_slot_is_still_read_for_it(lang: str) -> None:
    _, booked, offset = ASKS[lang]
    raw = _forward([(EMPLOYER, "You're welcome!"), (ME, "Thank you!"), (EMPLOYER, booked)], offset)
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (23, 15)
