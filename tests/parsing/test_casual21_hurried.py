"""Hurried mail (casual21): three gaps the typos20 and casual21 batches share.

- An abbreviated weekday before the Romance or Dutch word for "at" ("el jue a las 4 d la
  tarde", "qua às 10h") names the day, as "thu at 4pm" already did; the dropped vowel of
  "d la tarde" still says afternoon.
- A move to another hour "same day" with no date in its line ("can we move to 4pm est same
  day?") lands on the day the mail is written, instead of giving no date at all.
- "nothing's confirmed yet" beside a floated slot keeps it from being claimed.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 09 Dec 2026 10:05:00 -0500"


def _parse(body: str) -> dict[str, object]:
    return parse_message(
        plain_mail(
            "entrevista",
            body,
            sender="Rita Lopes <rita@example-hr.example.com>",
            to="candidate@mailbox.example",
            date=SENT,
        )
    ).to_json_dict()


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Hola, quedamos el jue a las 4 d la tarde por meet.", "2026-12-10T16:00:00-05:00"),
        ("hola! te va bien el mié a las 17h con el CTO?", "2026-12-16T17:00:00-05:00"),
        ("quedamos el vie a las 11 hrs en la oficina", "2026-12-11T11:00:00-05:00"),
        ("oi, fechado então: qua às 10h pelo meet", "2026-12-16T10:00:00-05:00"),
        ("combinado, qui às 15h no escritório", "2026-12-10T15:00:00-05:00"),
    ],
)
def test_short_weekday_before_romance_at_names_the_day(body: str, start: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == start


@pytest.mark.parametrize(
    "body",
    [
        "sorry, the manager got stuck at 2 - can we move to 4pm same day? he's free, see you then",
        "perdona, ¿lo pasamos a las 16h el mismo día? ya está confirmado, nos vemos",
        "sorry, können wir auf 16 Uhr gleicher Tag schieben? passt bei ihr, also bestätigt",
    ],
)
def test_same_day_move_without_a_date_is_the_day_of_writing(body: str) -> None:
    got = _parse(body)
    assert got["kind"] in {"invitation", "reschedule"}
    assert got["start"] == "2026-12-09T16:00:00-05:00"


def test_same_day_without_a_move_names_no_day() -> None:
    got = _parse("Thanks for the chat, we'll send feedback at 4pm same day as usual.")
    assert got["start"] is None or float(str(got["confidence"])) < 0.5


def test_nothing_confirmed_yet_is_not_claimed() -> None:
    got = _parse(
        "heads up - the client floated 2pm tues for the next round but nothing's confirmed "
        "yet, dont hold it. i'll confirm once i hear back"
    )
    assert got["kind"] != "invitation" or float(str(got["confidence"])) < 0.5


@pytest.mark.parametrize(
    "body",
    [
        "hey alex! great news - mon 12/14 @ 4pm w/ the VP of ops, onsite at fulton st.",
        "alex - you're on for mon 12/14 @ 4pm w/ the GM at the plant. park in lot B",
    ],
)
def test_with_written_w_slash_names_someone_to_meet(body: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == "2026-12-14T16:00:00-05:00"
    assert float(str(got["confidence"])) >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "hi alex, dann machen wir morgen um halb 4, ich ruf dich an. dauert max ne halbe stunde",
        "hoi alex, laten we morgen om half 4 doen, ik bel je. duurt een half uurtje",
        "top, dan zien we je morgen om half 4 op de keizersgracht. vraag naar mij bij de balie",
    ],
)
def test_spoken_call_and_see_you_make_a_casual_slot_sure(body: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == "2026-12-10T15:30:00-05:00"
    assert float(str(got["confidence"])) >= 0.5


def test_call_me_is_still_no_invitation() -> None:
    got = _parse("ruf mich morgen an wenn du kannst, ab 3 bin ich frei")
    assert got["kind"] != "invitation" or float(str(got["confidence"])) < 0.5


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # sender in New York (the Date header), reader elsewhere: the writer's hour counts
        ("wed works - 9am your time = 2pm mine. see you then", "2026-12-16T14:00:00-05:00"),
        ("wed works for me. 3pm your time = 8pm mine, ill call you", "2026-12-16T20:00:00-05:00"),
    ],
)
def test_your_time_equals_mine_takes_the_writers_hour(body: str, start: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == start


def test_a_lone_your_time_is_still_read_as_written() -> None:
    got = _parse("Your interview is wed at 3pm your time, on Zoom.")
    assert got["start"] == "2026-12-16T15:00:00-05:00"


def test_same_day_move_over_a_quoted_slot_keeps_the_quoted_day() -> None:
    got = _parse(
        "sorry alex, can we move to 4pm same day? see you then\n\n"
        "On Mon, Dec 7, 2026 at 9:00 AM Rita Lopes <rita@example-hr.example.com> wrote:\n"
        "> Confirmed: your interview is Thursday 17 December at 2pm on Zoom.\n"
    )
    assert got["start"] == "2026-12-17T16:00:00-05:00"


def test_bei_uns_im_buero_is_someone_to_meet() -> None:
    got = _parse("hey alex,\n\ntermin steht: Mi, 16.12., 10-11 Uhr bei uns im Büro. kaffee gibts")
    assert got["kind"] == "invitation"
    assert got["start"] == "2026-12-16T10:00:00-05:00"
    assert got["end"] == "2026-12-16T11:00:00-05:00"
    assert float(str(got["confidence"])) >= 0.5
