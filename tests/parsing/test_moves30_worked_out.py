"""Moves whose new slot must be worked out (moves30 batch). Fixtures are our own short mails;
the corpus files are in tests/parsing/corpus (moves30).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import plain_mail, read_json

# Wednesday 2 December 2026
SENT = "Wed, 02 Dec 2026 09:00:00 +0000"
SENDER = "Ruth Ansell <ruth.ansell@kelpie-works.example.com>"
CANDIDATE = "candidate@mailbox.example"
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _parse(body: str, subject: str = "Your interview", sent: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=sent))


# The old slot lies one to three weeks after the mail, so the weekday counted from the mail
# (the next one after 2 December) is never the one after the old slot.
OLD_DAYS = st.integers(min_value=7, max_value=24).map(lambda n: date(2026, 12, n))


@settings(max_examples=40, deadline=None)
@given(old=OLD_DAYS, ahead=st.integers(min_value=1, max_value=6), hour=st.integers(9, 16))
def test_a_weekday_later_in_the_old_slots_week_counts_from_that_slot(
    old: date, ahead: int, hour: int
) -> None:
    """Invariant: "your interview on <old date> at H moves to <weekday>, same time", the
    weekday later in the old slot's week, is that day at H (not the weekday after the mail)."""
    new = old + timedelta(days=ahead)
    if new.isocalendar()[1] != old.isocalendar()[1]:
        return  # only weekdays later in the same week: both readings agree on them
    body = (
        f"Hello Alex,\n\nYour interview on {EN_DAYS[old.weekday()]} {old.day} December at "
        f"{hour}:00 needs to move to {EN_DAYS[new.weekday()]}, same time.\n\nRuth\n"
    )
    got = _parse(body)
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith(f"{new:%Y-%m-%d}T{hour:02d}:00")


@settings(max_examples=30, deadline=None)
@given(old=OLD_DAYS, ahead=st.integers(min_value=1, max_value=6), hour=st.integers(9, 16))
def test_a_german_weekday_with_the_verb_last_counts_from_the_old_slot(
    old: date, ahead: int, hour: int
) -> None:
    """Invariant: "Ihr Termin am <Tag>, <d>.12. um H Uhr muss auf <Wochentag> verlegt werden,
    gleiche Uhrzeit" is the weekday after the old slot at H when it is later in that week."""
    new = old + timedelta(days=ahead)
    if new.isocalendar()[1] != old.isocalendar()[1]:
        return
    body = (
        f"Hallo Alex,\n\nIhr Termin am {DE_DAYS[old.weekday()]}, {old.day}.12. um {hour} Uhr "
        f"muss auf {DE_DAYS[new.weekday()]} verlegt werden, gleiche Uhrzeit.\n\nGruß\nRuth\n"
    )
    got = _parse(body, "Ihr Vorstellungsgespräch")
    assert str(got["start"]).startswith(f"{new:%Y-%m-%d}T{hour:02d}:00")


def test_an_earlier_weekday_without_a_direction_is_flagged_below_half() -> None:
    """Thursday 17 December moved to "Tuesday": the 15th or the 22nd. Either may be meant, so
    the answer goes to review: confidence below 0.5 and a warning that names the doubt."""
    body = (
        "Hello Alex,\n\nYour interview on Thursday 17 December at 10:00 has been moved to "
        "Tuesday at 14:00.\n\nRuth\n"
    )
    got = _parse(body)
    assert float(str(got["confidence"])) < 0.5
    assert any("week" in str(note) for note in list(got["warnings"]))  # type: ignore[call-overload]


def test_an_asked_move_to_a_weekday_is_not_counted_from_the_old_slot() -> None:
    """A question moves nothing: no day is worked out from it."""
    body = (
        "Hello Alex,\n\nCould we move your interview on Thursday 10 December at 10:00 to "
        "Friday, same time?\n\nRuth\n"
    )
    got = _parse(body)
    assert not str(got.get("start") or "").startswith("2026-12-11")


KEPT = [
    "{new} instead of {old}, still starting at {hh}:30",
    "Same time, new day: {new} (was {old}, {hh}:30)",
    "Your interview is now on {new} instead of {old}; the start time of {hh}:30 stays the same",
    "Même heure, nouveau jour : le {new_fr} au lieu du {old_fr} ({hh} h 30)",
]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@settings(max_examples=40, deadline=None)
@given(
    old=OLD_DAYS,
    ahead=st.integers(min_value=1, max_value=9),
    hour=st.integers(9, 16),
    shape=st.sampled_from(KEPT),
)
def test_a_kept_hour_goes_to_the_date_not_given_up(
    old: date, ahead: int, hour: int, shape: str
) -> None:
    """Invariant: with one date marked as given up ("instead of", "was", "au lieu du") and
    words that keep the hour, the new slot is the other date at the old slot's hour."""
    new = old + timedelta(days=ahead)

    def en(day: date) -> str:
        return f"{EN_DAYS[day.weekday()]} {day.day} {day:%B}"

    def fr(day: date) -> str:
        months = {12: "décembre", 1: "janvier"}
        return f"{FR_DAYS[day.weekday()]} {day.day} {months[day.month]}"

    line = shape.format(new=en(new), old=en(old), new_fr=fr(new), old_fr=fr(old), hh=hour)
    got = _parse(f"Hello Alex,\n\nAbout your interview: {line}.\n\nRuth\n")
    assert str(got["start"]).startswith(f"{new:%Y-%m-%d}T{hour:02d}:30")


def test_a_request_in_the_next_sentence_does_not_undo_a_same_hour_move() -> None:
    """ "Pedimos desculpa" (we apologise) after the move is no request to move."""
    body = (
        "Olá Alex,\n\nA entrevista de segunda-feira, 14 de dezembro, às 10h passa para "
        "quarta-feira à mesma hora. Pedimos desculpa pelo incómodo.\n\nRuth\n"
    )
    got = _parse(body, "Alteração da entrevista")
    assert str(got["start"]).startswith("2026-12-16T10:00")


SHIFTS = [
    # (body with {d} the old day of December and {h} the old hour, days, hours)
    ("L'entretien du {wd_fr} {d} décembre à {h} h est reporté d'une semaine, même heure.", 7, 0),
    ("Rozmowa w dniu {d} grudnia o {h}:00 zostaje przesunięta o godzinę później.", 0, 1),
    ("Rozmowa w dniu {d} grudnia o {h}:00 zostaje przesunięta o dzień później.", 1, 0),
    ("Rozmowa w dniu {d} grudnia o {h}:00 odbędzie się o godzinę wcześniej.", 0, -1),
]


@settings(max_examples=40, deadline=None)
@given(
    day=st.integers(min_value=7, max_value=20),
    hour=st.integers(min_value=9, max_value=15),
    shape=st.sampled_from(SHIFTS),
)
def test_a_stated_shift_moves_the_old_slot_by_it(
    day: int, hour: int, shape: tuple[str, int, int]
) -> None:
    """Invariant: "reporté d'une semaine", "o godzinę później", "o dzień później", "o godzinę
    wcześniej" move the dated old slot by that span, in that direction."""
    text, days, hours = shape
    old = date(2026, 12, day)
    body = "Bonjour Alex,\n\n" + text.format(d=day, h=hour, wd_fr=FR_DAYS[old.weekday()])
    got = _parse(body + "\n\nRuth\n", "Entretien / rozmowa")
    new = old + timedelta(days=days)
    assert str(got["start"]).startswith(f"{new:%Y-%m-%d}T{hour + hours:02d}:00")


def test_o_before_a_word_that_is_no_polish_unit_is_no_amount() -> None:
    """Portuguese "o dia 15" (the 15th) is no shift of one day."""
    body = "Olá Alex,\n\nA entrevista foi adiada para o dia 15 de dezembro, às 14h.\n\nRuth\n"
    got = _parse(body, "Entrevista adiada")
    assert str(got["start"]).startswith("2026-12-15T14:00")


@settings(max_examples=30, deadline=None)
@given(day=st.integers(min_value=7, max_value=22), old=st.integers(8, 11), new=st.integers(13, 17))
def test_para_joins_an_old_and_a_new_hour_not_a_range(day: int, old: int, new: int) -> None:
    """Invariant: "o horário passa de Xh para Yh30" on a kept date is Y:30 that day (a
    Portuguese range is "das Xh às Yh")."""
    body = (
        f"Oi Alex,\n\nMantivemos a data ({day}/12), mas o horário passa de {old}h para "
        f"{new}h30.\n\nRuth\n"
    )
    got = _parse(body, "Novo horário da entrevista")
    assert str(got["start"]).startswith(f"2026-12-{day:02d}T{new:02d}:30")
