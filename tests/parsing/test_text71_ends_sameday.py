"""What the text71 batch showed the parser missing (tests/parsing/corpus/PROVENANCE-text71.md),
stated as invariants over a small exhaustive product (no random draw: the parser has
statistical screens, and CI must not pass or fail by the draw):

- a verb of finishing says where the slot ends, in any of its forms and with its language's
  preposition: the same sentence ("i acabarà a les", "in se konča ob", "і завершиться о",
  "og er ferdige senest kl.", "un beigsies plkst.", "ir baigsis … val."), or a next sentence
  whose subject is the meeting ("Discuția se încheie cel târziu la ora"), the writers with
  the verb alone ("Skončíme nejpozději v") or after a "that" clause ("Calculamos que
  terminaremos sobre las"); a bare end hour after "until about" / "bis etwa";
- today's afternoon or evening named before a bare hour is that half's hour ("this evening
  at 7" is 19:00, never 07:00, already past when the mail was sent), read as today;
- a two-letter weekday in lower case before a numeric day-month ("di 15-12", CLDR's Dutch
  MEd) dates the slot when the date fits it, and never when it does not."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from babel.dates import format_date

from tests.parsing.mailkit import read_recruiter_note, wall_minute

SENT_DAY = date(2026, 12, 3)
SENT = "Thu, 03 Dec 2026 09:12:00 +0100"

# (babel locale, the mail's text with {F} the full date, {T} the start, {E} the end)
ENDS = [
    ("ca", "L'entrevista començarà el {F} a les {T} i acabarà a les {E}."),
    ("sl", "Razgovor se začne {F} ob {T} in se konča ob {E}."),
    ("uk", "Співбесіда почнеться {F} о {T} і завершиться о {E}."),
    ("nb", "Vi møtes til intervju {F} kl. {T} og er ferdige senest kl. {E}."),
    ("da", "Vi ses til samtale {F} kl. {T} og er færdige senest kl. {E}."),
    ("lv", "Intervija sāksies {F} plkst. {T} un beigsies plkst. {E}."),
    ("lt", "Pokalbis prasidės {F} {T} val. ir baigsis {E} val."),
    ("cs", "Zveme vás na pohovor {F} v {T}. Skončíme nejpozději v {E}."),
    (
        "ro",
        "Vă așteptăm la interviu {F}, de la ora {T}. Discuția se încheie cel târziu la ora {E}.",
    ),
    (
        "es",
        "Te esperamos para la entrevista el {F} a las {T}. Calculamos que terminaremos sobre "
        "las {E}.",
    ),
]
SLOTS = [
    (date(2027, 2, 9), time(9, 0), 60),
    (date(2027, 3, 18), time(14, 30), 45),
    (date(2026, 12, 15), time(16, 0), 90),
]
# a bare end hour after a loose "until": (locale, text with {F} and the bare hours {h}, {e})
BARE_ENDS = [
    ("en", "The interview on {F} starts at {h} and runs until about {e}."),
    ("de", "Das Gespräch am {F} beginnt um {h} Uhr und geht bis etwa {e}."),
]
# today's afternoon or evening before a bare hour (text with {h}), and the hours it may hold
EVENING = (5, 6, 7, 8)
AFTERNOON = (1, 2, 3, 4, 5)
SAME_DAY = [
    ("We'd like to interview you this evening at {h} on Zoom.", EVENING),
    ("Entretien ce soir à {h} h sur Zoom.", EVENING),
    ("Te entrevistamos esta noche a las {h} por Zoom.", EVENING),
    ("Colloquio stasera alle {h} su Zoom.", EVENING),
    ("Vorstellungsgespräch heute Abend um {h} Uhr per Zoom.", EVENING),
    ("Sollicitatiegesprek vanavond om {h} uur via Zoom.", EVENING),
    ("Intervju i kväll kl. {h} via Zoom.", EVENING),
    ("Rozmowa kwalifikacyjna dziś wieczorem o {h} przez Zoom.", EVENING),
    ("Entrevista hoje à noite às {h} no Zoom.", EVENING),
    ("Colloquio oggi pomeriggio alle {h} in sede.", AFTERNOON),
    ("Entretien cet après-midi à {h} h dans nos locaux.", AFTERNOON),
    ("Vorstellungsgespräch heute Nachmittag um {h} Uhr bei uns.", AFTERNOON),
    ("Sollicitatiegesprek vanmiddag om {h} uur op kantoor.", AFTERNOON),
    ("Intervju i eftermiddag kl. {h} på kontoret.", AFTERNOON),
    ("Te esperamos para la entrevista esta tarde a las {h}.", AFTERNOON),
]
CASES = [(text, hour) for text, hours in SAME_DAY for hour in hours]


@pytest.mark.parametrize("frame", ENDS, ids=[lang for lang, _ in ENDS])
@pytest.mark.parametrize("slot", SLOTS, ids=lambda slot: f"{slot[0]}T{slot[1]}")
def test_a_verb_of_finishing_gives_the_end(
    frame: tuple[str, str], slot: tuple[date, time, int]
) -> None:
    lang, text = frame
    day, clock, length = slot
    start = datetime.combine(day, clock)
    end = start + timedelta(minutes=length)
    body = text.format(
        F=format_date(day, "full", locale=lang), T=f"{start:%H:%M}", E=f"{end:%H:%M}"
    )
    confidence, got_start, got_end = read_recruiter_note(body, SENT)
    assert wall_minute(got_start) == f"{start:%Y-%m-%d %H:%M}", body
    assert wall_minute(got_end) == f"{end:%Y-%m-%d %H:%M}", body
    assert confidence >= 0.5, body


@pytest.mark.parametrize("frame", BARE_ENDS, ids=[lang for lang, _ in BARE_ENDS])
@pytest.mark.parametrize("hour", [9, 10, 11, 13, 14])
def test_a_bare_end_hour_after_a_loose_until_gives_the_end(
    frame: tuple[str, str], hour: int
) -> None:
    lang, text = frame
    day = date(2027, 1, 20)
    body = text.format(
        F=format_date(day, "long", locale=lang),
        h=f"{hour}:00" if hour > 12 else str(hour),
        e=str((hour + 1 - 1) % 12 + 1),
    )
    _, got_start, got_end = read_recruiter_note(body, SENT)
    assert wall_minute(got_start) == f"{day} {hour:02d}:00", body
    assert wall_minute(got_end) == f"{day} {hour + 1:02d}:00", body


@pytest.mark.parametrize(("text", "hour"), CASES)
def test_todays_afternoon_or_evening_gives_the_later_half(text: str, hour: int) -> None:
    body = text.format(h=hour)
    _, got_start, _ = read_recruiter_note(body, SENT)
    assert wall_minute(got_start) == f"{SENT_DAY} {hour + 12:02d}:00", body


# (locale, the sentence with {w} CLDR's two-letter weekday in lower case, {d} the numeric
# day-month, {t} the clock)
TWO_LETTER = [
    ("nl", "Dan zie ik je voor het gesprek {w} {d} om {t} uur."),
    ("de", "Wir sehen uns zum Gespräch {w} {d} um {t} Uhr."),
]
DAYS = [date(2026, 12, 15), date(2026, 12, 17), date(2027, 1, 13), date(2027, 1, 22)]


@pytest.mark.parametrize("frame", TWO_LETTER, ids=[lang for lang, _ in TWO_LETTER])
@pytest.mark.parametrize("day", DAYS, ids=str)
def test_a_lower_case_two_letter_weekday_dates_a_fitting_numeric_day(
    frame: tuple[str, str], day: date
) -> None:
    lang, text = frame
    weekday = format_date(day, "EEEEEE", locale=lang).lower().rstrip(".")
    numeric = f"{day.day}-{day.month}" if lang == "nl" else f"{day.day}.{day.month}."
    body = text.format(w=weekday, d=numeric, t="10:30")
    _, got_start, _ = read_recruiter_note(body, SENT)
    assert wall_minute(got_start) == f"{day} 10:30", body
    # the weekday of the day before does not fit: no reading of that weekday's date
    wrong = format_date(day - timedelta(days=1), "EEEEEE", locale=lang).lower().rstrip(".")
    _, other, _ = read_recruiter_note(text.format(w=wrong, d=numeric, t="10:30"), SENT)
    assert other is None or other.date() == day, text.format(w=wrong, d=numeric, t="10:30")
