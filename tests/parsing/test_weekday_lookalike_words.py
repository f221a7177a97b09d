"""A word that is only some language's short weekday is no day in a mail that means the word.

Why: Irish "Déar" (Thursday) made every "Dear Sam," a Thursday, so "Dear Sam, the
interview is at 10:00" went to the calendar on the coming Thursday, and a mail with its
date further on lost its time to it; Swedish "fred" read "Fred will call you at 10:00" as
Friday. The days themselves, written in full, still count.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

LONDON = ZoneInfo("Europe/London")


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Whitfield <dana@harbourline-example.co.uk>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    message["Subject"] = "Interview"
    message.set_content(body)
    return bytes(message)


OPENINGS = ["Dear Sam,", "Dear Sam", "Dear Ms Okafor,", "Fred from our team", "Lord Street:"]


@settings(max_examples=30, deadline=None)
@given(opening=st.sampled_from(OPENINGS), hour=st.integers(min_value=8, max_value=17))
def test_a_greeting_or_a_name_is_no_weekday(opening: str, hour: int) -> None:
    body = f"{opening}\n\nthe interview is at {hour}:00, and it will be a video call."
    parsed = parse_message(_mail(body))
    assert parsed.start is None, body


@settings(max_examples=30, deadline=None)
@given(opening=st.sampled_from(OPENINGS), hour=st.integers(min_value=9, max_value=16))
def test_the_date_after_a_greeting_keeps_its_time(opening: str, hour: int) -> None:
    body = (
        f"{opening} your interview starts at {hour}:00 on Thursday 17 December; please "
        f"arrive at {hour - 1}:50 to collect your badge."
    )
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 17, hour, 0, tzinfo=LONDON), body


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Vi ses på fredag kl. 10:00 för intervjun.", 11),
        ("Agallamh Déardaoin ag 10:00.", 10),
        ("Interview on Friday at 10:00.", 11),
    ],
)
def test_weekdays_written_in_full_still_count(body: str, day: int) -> None:
    parsed = parse_message(_mail(body))
    assert isinstance(parsed.start, datetime), body
    assert parsed.start.day == day, body


ORDINALS = ["segunda", "terça", "quarta", "quinta", "sexta"]
# (language's sentence with an ordinal before a noun)
ORDINAL_SENTENCES = [
    "Olá Sam,\n\na {word} entrevista será às {hour}h, por vídeo.",
    "Olá Sam,\n\na {word} etapa do processo será às {hour}h.",
    "Hola Sam:\n\nla {word} entrevista será a las {hour}:00 por videollamada.",
    "Ciao Sam,\n\nil colloquio sarà alle {hour}:00 nella {word} sala riunioni.",
]
WEEKDAY_SENTENCES = [
    "Olá Sam,\n\nsua entrevista será na {word} às {hour}h.",
    "Olá Sam,\n\nsua entrevista será na {word}, às {hour}h.",
    "Olá Sam,\n\nsua entrevista ficou para {word}-feira às {hour}h.",
]


@settings(max_examples=40, deadline=None)
@given(
    word=st.sampled_from(ORDINALS),
    form=st.sampled_from(ORDINAL_SENTENCES),
    hour=st.integers(min_value=8, max_value=17),
)
def test_an_ordinal_is_no_portuguese_weekday(word: str, form: str, hour: int) -> None:
    """ "a segunda entrevista" is the second interview, on no Monday."""
    body = form.format(word=word, hour=hour)
    assert parse_message(_mail(body)).start is None, body


@settings(max_examples=40, deadline=None)
@given(
    day=st.integers(min_value=0, max_value=4),
    form=st.sampled_from(WEEKDAY_SENTENCES),
    hour=st.integers(min_value=8, max_value=17),
)
def test_a_portuguese_weekday_still_names_its_day(day: int, form: str, hour: int) -> None:
    body = form.format(word=ORDINALS[day], hour=hour)
    parsed = parse_message(_mail(body))
    assert isinstance(parsed.start, datetime), body
    assert (parsed.start.weekday(), parsed.start.hour) == (day, hour), body


@pytest.mark.parametrize(
    "body",
    [
        "Chào Anh,\n\nchúng ta sẽ thảo luận lúc 10:00 qua video.",
        "Labdien Anna,\n\nintervija notiks nākamajā nedēļā plkst. 10:00.",
        "مرحبا علي،\n\nالمقابلة الساعة 10:00، ومدتها أربع ساعات.",
        "Merhaba Ali,\n\nsenin mülakatın saat 10:00'da, görüntülü olacak.",
    ],
)
def test_a_word_that_folds_to_another_languages_day_is_no_day(body: str) -> None:
    """Vietnamese "luận", Latvian "nedēļā", Arabic "أربع" fold to an Irish, a Slovak and a
    Sindhi day's name but write other letters; Turkish "senin" is "your"."""
    assert parse_message(_mail(body)).start is None, body


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Dzień dobry,\n\nrozmowa odbędzie się w środę o 10:00.", 9),
        ("Dzien dobry,\n\nrozmowa odbedzie sie w srode o 10:00.", 9),
        ("Merhaba,\n\nmülakat Perşembe saat 10:00'da.", 10),
        ("Chào Anh,\n\nbuổi phỏng vấn vào thứ Năm lúc 10:00.", 10),
        ("Halo Ali,\n\nwawancara hari senin pukul 10.00 WIB.", 14),
        ("Olá Alex,\n\nmarcámos a entrevista para sexta-feira, pelas 15h00.", 11),
        ("Oi Alex,\n\nentre quarta e sexta, a sexta é melhor: às 14h.", 11),
    ],
)
def test_days_with_their_own_letters_still_count(body: str, day: int) -> None:
    parsed = parse_message(_mail(body))
    assert isinstance(parsed.start, datetime), body
    assert parsed.start.day == day, body


@pytest.mark.parametrize("body", ["راتلونکې دوشنبه 10:30", "دوشنبه ساعت 10:30"])
def test_a_day_named_like_a_city_is_no_zone(body: str) -> None:
    """Persian and Pashto "دوشنبه" is Monday; Dushanbe is named after it, and a day before a
    clock was read as the city's zone (+05:00). The clock stays in the sender's."""
    parsed = parse_message(_mail(f"Interview\n\n{body}\n\nPat"))
    assert isinstance(parsed.start, datetime), body
    assert (parsed.start.weekday(), parsed.start.utcoffset()) == (
        0,
        LONDON.utcoffset(parsed.start.replace(tzinfo=None)),
    ), body
