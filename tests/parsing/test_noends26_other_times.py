"""A later clock of the interview's day that belongs to something else is no end (noends26):
the reception's or the car park's hours, the building's closing, lunch, the next round. The
end is only what the mail states of the interview: a range, an "until" said of it, an End:
row. Every sentence is ours; the sender writes on Monday 2 November 2026 from Berlin."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.wall_times import wall_times


def _on(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 12, hour, minute)


# (the slot at {h}, the other thing's later clock at {o}) in several languages
_SLOT_AND_OTHER = [
    "Your interview is on Thursday, November 12 at {h}:00; reception is open until {o}:00.",
    "Your interview is on Thursday, November 12 at {h}:00 and parking is free until {o}:00.",
    "Your interview is on Thursday, November 12 at {h}:00.\nParking in the visitor bays is "
    "free until {o}:00.",
    "Your interview is on Thursday, November 12 at {h}:00.\n\nOur reception is open until "
    "{o}:00 if you need to drop off documents.",
    "Ihr Gespräch ist am Donnerstag, 12. November um {h}:00 Uhr. Falls alles passt, wäre die "
    "Zweitrunde am selben Tag um {o}:00 Uhr.",
    "Je vous confirme l'entretien du jeudi 12 novembre à {h}h. Un second entretien est prévu "
    "le même jour à {o}h si le premier se passe bien.",
    "La entrevista es el jueves 12 de noviembre a las {h}:00 y la recepción está abierta "
    "hasta las {o}:00.",
    "Il colloquio è giovedì 12 novembre alle {h}:00, la reception è aperta fino alle {o}:00.",
]


@settings(max_examples=30, deadline=None)
@given(
    shape=st.sampled_from(_SLOT_AND_OTHER),
    hour=st.integers(9, 12),
    later=st.integers(2, 5),
)
def test_another_things_later_clock_is_no_end(shape: str, hour: int, later: int) -> None:
    body = "Hi,\n\n" + shape.format(h=hour, o=hour + later) + "\n\nMira"
    assert wall_times(body) == (_on(hour), None)


# the same mails with the interview's end stated beside the other thing's clock
_SLOT_WITH_END = [
    "Your interview is on Thursday, November 12, {h}:00-{e}:00. Afterwards we'd love you to "
    "join us for lunch at {o}:00 with the team.",
    "Your interview is on Thursday, November 12 at {h}:00 until {e}:00; reception is open "
    "until {o}:00.",
    "Wir freuen uns auf das Gespräch am Donnerstag, 12. November, von {h} bis {e} Uhr. Der "
    "Empfang ist bis {o} Uhr besetzt.",
    "Votre entretien aura lieu le jeudi 12 novembre de {h}h à {e}h. Vous êtes ensuite invité "
    "à déjeuner avec l'équipe à {o}h.",
    "Date: Thursday, November 12, 2026\nStart: {h}:00\nEnd: {e}:00\n\nParking is validated "
    "until {o}:00.",
]


@settings(max_examples=25, deadline=None)
@given(shape=st.sampled_from(_SLOT_WITH_END), hour=st.integers(9, 12))
def test_the_stated_end_wins_over_the_other_clock(shape: str, hour: int) -> None:
    body = "Hi,\n\n" + shape.format(h=hour, e=hour + 1, o=hour + 4) + "\n\nMira"
    assert wall_times(body) == (_on(hour), _on(hour + 1))


def test_until_said_of_the_interview_is_its_end() -> None:
    body = (
        "Hallo Alex,\n\nIhr Gespräch ist am Donnerstag, 12. November um 10 Uhr und dauert bis "
        "11 Uhr.\n\nMira"
    )
    assert wall_times(body) == (_on(10), _on(11))
