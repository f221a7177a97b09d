"""The end of an interview as senders state it (ends26): Slovenian ordinal ranges ("od 9. do
10. ure"), Amharic day-clock ranges that name the part of the day once ("ከጠዋቱ 3:00 ሰዓት እስከ
4:00 ሰዓት"), Khmer ranges joined by "ដល់", the sentence after the slot's line or paragraph
that says when the meeting ends ("Rozmowa potrwa do 16:30."), and programmes of several
sessions, back to back or with short breaks, whose end is the last session's end. Every
sentence is ours; the sender writes on Monday 2 November 2026 from Berlin."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.wall_times import wall_times


def _on(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


@settings(max_examples=15, deadline=None)
@given(hour=st.integers(8, 16), hours=st.integers(1, 2))
def test_slovenian_ordinal_hour_range(hour: int, hours: int) -> None:
    body = (
        f"Pozdravljeni,\n\nvabimo vas na razgovor v četrtek, 12. novembra 2026, od {hour}. do "
        f"{hour + hours}. ure v naši pisarni.\n\nLep pozdrav,\nMaja"
    )
    assert wall_times(body) == (_on(12, hour), _on(12, hour + hours))


@settings(max_examples=12, deadline=None)
@given(hour=st.integers(7, 16), minute=st.sampled_from([0, 30]))
def test_amharic_day_clock_range_names_the_part_once(hour: int, minute: int) -> None:
    part = "ጠዋቱ" if hour < 12 else "ቀኑ"
    count = (hour - 6) % 12 or 12
    end_count = count + 1
    body = (
        f"ውድ አሌክስ፣\n\nቃለ መጠይቁ ሐሙስ ኅዳር 3 ቀን 2019 ዓ.ም. ከ{part} {count}:{minute:02d} ሰዓት "
        f"እስከ {end_count}:{minute:02d} ሰዓት በቢሯችን ይካሄዳል።\n\nሄኖክ"
    )
    assert wall_times(body) == (_on(12, hour, minute), _on(12, hour + 1, minute))


def test_amharic_morning_range_ending_after_noon() -> None:
    body = "ቃለ መጠይቁ ሐሙስ ኅዳር 3 ቀን 2019 ዓ.ም. ከጠዋቱ 5:00 ሰዓት እስከ 7:00 ሰዓት ይካሄዳል።"
    assert wall_times(body) == (_on(12, 11), _on(12, 13))


_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


@settings(max_examples=10, deadline=None)
@given(hour=st.integers(8, 10), khmer=st.booleans())
def test_khmer_range_joined_by_until(hour: int, khmer: bool) -> None:
    clock = f"{hour}:00 ព្រឹក ដល់ {hour + 1}:00 ព្រឹក"
    body = (
        "ជម្រាបសួរ Alex,\n\nកាលបរិច្ឆេទ៖ ថ្ងៃព្រហស្បតិ៍ ទី១២ ខែវិច្ឆិកា ឆ្នាំ២០២៦\n"
        f"ម៉ោង៖ {clock.translate(_KHMER_DIGITS) if khmer else clock}\n\nអរគុណ"
    )
    assert wall_times(body) == (_on(12, hour), _on(12, hour + 1))


def test_end_sentence_after_the_address_on_the_next_line() -> None:
    body = (
        "Cześć Alex,\n\npotwierdzam spotkanie w czwartek, 12 listopada o godz. 15:30,\n"
        "ul. Prosta 20, Warszawa. Rozmowa potrwa do 16:30.\n\nKasia"
    )
    assert wall_times(body) == (_on(12, 15, 30), _on(12, 16, 30))


def test_end_sentence_in_the_next_paragraph() -> None:
    body = (
        "Добрий день!\n\nЗапрошуємо вас на співбесіду у четвер, 12 листопада, о 10:00.\n\n"
        "Зустріч триватиме до 11:00 і пройде у Google Meet.\n\nВідділ кадрів"
    )
    assert wall_times(body) == (_on(12, 10), _on(12, 11))


def test_a_later_paragraph_about_something_else_is_no_end() -> None:
    body = (
        "Hi Sam,\n\nYour interview is on Thursday, November 12 at 10:00.\n\n"
        "Our reception is open until 17:00 if you need to drop off documents.\n\nMira"
    )
    assert wall_times(body) == (_on(12, 10), None)


@settings(max_examples=25, deadline=None)
@given(
    first=st.sampled_from([9, 10, 13]),
    lengths=st.lists(st.sampled_from([30, 45, 60]), min_size=2, max_size=4),
    breaks=st.lists(st.sampled_from([0, 10, 15, 30]), min_size=3, max_size=3),
)
def test_programme_ends_with_its_last_session(
    first: int, lengths: list[int], breaks: list[int]
) -> None:
    start = _on(12, first)
    rows, at = [], start
    for index, length in enumerate(lengths):
        if index:
            at += timedelta(minutes=breaks[index - 1])
        rows.append(f"{at:%H:%M} - {at + timedelta(minutes=length):%H:%M}   Session {index + 1}")
        at += timedelta(minutes=length)
    body = (
        "Hi Sam,\n\nHere is your interview timetable for Thursday 12 November:\n\n"
        + "\n".join(rows)
        + "\n\nAsk for me at reception.\n\nMira"
    )
    assert wall_times(body) == (start, at)


def test_a_long_break_does_not_end_the_readers_own_programme() -> None:
    # the candidate-day policy (rows48, a team decision) replaced "a long break ends the
    # programme" for the reader's own timetable set out as rows: it runs from the first row
    # to the last row's stated end, whatever the breaks between them
    body = (
        "Hi Sam,\n\nHere is your timetable for Thursday 12 November:\n\n"
        "10:00 - 10:45   Technical interview\n14:00 - 14:30   Office tour\n\nMira"
    )
    assert wall_times(body) == (_on(12, 10), _on(12, 14, 30))


def test_rows_offered_as_choices_are_no_programme() -> None:
    body = (
        "Hi Sam,\n\nYour interview on Thursday 12 November:\n\n"
        "10:00 - 10:45   with Grace\n11:00 - 11:45   or with Ben, alternatively\n\nMira"
    )
    assert wall_times(body)[1] == _on(12, 10, 45)
