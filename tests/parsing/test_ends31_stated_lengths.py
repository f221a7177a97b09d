"""A length or an end the writer states in words the parser did not read (issue 11, ends31).

The start of these mails was already right; the end was missing or wrong because the unit
of the length was unknown in the language (Latvian "minūtes", Hungarian "percig", Tamil
"நிமிடங்கள்", Ukrainian "год"), a Hungarian clock ("2 órakor", at 2 o'clock) was read as a
length of two hours, a count was spelled out ("two hours"), or a German day's full stop
("15. Dezember") was taken for the end of a sentence. Wording ours.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _read(body: str, *, date: str, subject: str = "Interview") -> tuple[str | None, str | None]:
    raw = plain_mail(
        subject, body, sender="HR <hr@firm.example>", to="alex@mail.example", date=date
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if parsed.start else None
    end = parsed.end.isoformat() if parsed.end else None
    return start, end


WINTER = "Mon, 07 Dec 2026 09:00:00 +0100"
WINTER_RIGA = "Mon, 07 Dec 2026 09:00:00 +0200"
WINTER_INDIA = "Mon, 07 Dec 2026 09:00:00 +0530"


@pytest.mark.parametrize(
    ("body", "date", "start", "end"),
    [
        # Hungarian: "órakor" is "at ... o'clock", "percig tart" "lasts ... minutes"
        (
            "Szeretnénk meghívni interjúra december 16-án, szerdán délután 3 órakor. "
            "Az interjú 40 percig tart.",
            WINTER,
            "2026-12-16T15:00:00+01:00",
            "2026-12-16T15:40:00+01:00",
        ),
        (
            "Interjú időpontja: 2026. december 16., 10:00 órakor. Kb. másfél órás beszélgetés.",
            WINTER,
            "2026-12-16T10:00:00+01:00",
            "2026-12-16T11:30:00+01:00",
        ),
        (
            "Várjuk interjúra december 16-án 9 órakor, fél órás beszélgetésre.",
            WINTER,
            "2026-12-16T09:00:00+01:00",
            "2026-12-16T09:30:00+01:00",
        ),
        # Latvian, Lithuanian and Estonian units
        (
            "Aicinām uz darba interviju trešdien, 16. decembrī, plkst. 10.00. "
            "Saruna ilgs apmēram 50 minūtes.",
            WINTER_RIGA,
            "2026-12-16T10:00:00+02:00",
            "2026-12-16T10:50:00+02:00",
        ),
        (
            "Aicinām uz darba interviju trešdien, 16. decembrī, plkst. 10.00. "
            "Intervija aizņems 2 stundas.",
            WINTER_RIGA,
            "2026-12-16T10:00:00+02:00",
            "2026-12-16T12:00:00+02:00",
        ),
        (
            "Kviečiame į pokalbį gruodžio 16 d. 10:00. Pokalbis truks 30 minučių.",
            WINTER_RIGA,
            "2026-12-16T10:00:00+02:00",
            "2026-12-16T10:30:00+02:00",
        ),
        (
            "Kutsume teid vestlusele 16. detsembril kell 10.00. Vestlus kestab 2 tundi.",
            WINTER_RIGA,
            "2026-12-16T10:00:00+02:00",
            "2026-12-16T12:00:00+02:00",
        ),
        # Tamil, Bengali and Telugu minutes
        (
            "உங்கள் நேர்காணல்: 16 டிசம்பர் 2026, காலை 11:00 மணிக்கு. நேர்காணல் 30 நிமிடங்கள் நடைபெறும்.",
            WINTER_INDIA,
            "2026-12-16T11:00:00+05:30",
            "2026-12-16T11:30:00+05:30",
        ),
        (
            "আপনার সাক্ষাৎকার ১৬ ডিসেম্বর ২০২৬, সকাল ১১:০০ টায়। সময়কাল ৪০ মিনিট।",
            WINTER_INDIA,
            "2026-12-16T11:00:00+05:30",
            "2026-12-16T11:40:00+05:30",
        ),
        # Ukrainian "год" (hours) and "хв" (minutes) as a booking tool abbreviates them
        (
            "Ваш запис підтверджено.\nПослуга: Співбесіда (1 год 30 хв)\nДата: 16.12.2026, 10:00",
            "Mon, 07 Dec 2026 09:00:00 +0200",
            "2026-12-16T10:00:00+02:00",
            "2026-12-16T11:30:00+02:00",
        ),
        # English counts written out
        (
            "We'd like to invite you to the onsite on Wednesday, December 16 at 10:00 AM. "
            "Plan for roughly three hours.",
            "Mon, 07 Dec 2026 09:00:00 -0500",
            "2026-12-16T10:00:00-05:00",
            "2026-12-16T13:00:00-05:00",
        ),
        (
            "Your screening call is on Wednesday, December 16 at 10:00 AM and takes "
            "forty-five minutes.",
            "Mon, 07 Dec 2026 09:00:00 -0500",
            "2026-12-16T10:00:00-05:00",
            "2026-12-16T10:45:00-05:00",
        ),
        # German day numbers with their full stop on both sides of a range
        (
            "Ihr Vorstellungsgespräch\nZeit: 16. Dezember 2026 10:00 - 16. Dezember 2026 10:30",
            WINTER,
            "2026-12-16T10:00:00+01:00",
            "2026-12-16T10:30:00+01:00",
        ),
    ],
)
def test_stated_length_or_end_is_read(body: str, date: str, start: str, end: str) -> None:
    assert _read(body, date=date) == (start, end)


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        # a clock, not a length: "1 órakor" is at one o'clock
        (
            "Interjú: december 16-án, szerdán délután 1 órakor.",
            WINTER,
            "2026-12-16T13:00:00+01:00",
        ),
        # "in two hours" is when, not how long
        (
            "Interview confirmed for Wednesday, December 16 at 10:00 AM. "
            "I'll send the link in two hours.",
            "Mon, 07 Dec 2026 09:00:00 -0500",
            "2026-12-16T10:00:00-05:00",
        ),
    ],
)
def test_clock_or_delay_gives_no_length(body: str, date: str, start: str) -> None:
    assert _read(body, date=date) == (start, None)


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # Czech "ve 3 hodiny" (the form after 2 to 4) and Slovak "o 2 hodine" are clocks,
        # their afternoon after them
        (
            "Zveme Vás na pohovor ve středu 16. prosince ve 3 hodiny odpoledne. "
            "Pohovor potrvá 2 hodiny.",
            "2026-12-16T15:00:00+01:00",
            "2026-12-16T17:00:00+01:00",
        ),
        (
            "Pozývame Vás na pohovor v stredu 16. decembra o 2 hodine popoludní.",
            "2026-12-16T14:00:00+01:00",
            None,
        ),
        # a hand-wrapped sentence: the afternoon or the range's end on the next line
        (
            "Ba mhaith linn tú a fheiceáil ag agallamh Dé Céadaoin 16 Nollaig ar a 3 a chlog\n"
            "san iarnóin, san oifig i nGaillimh.",
            "2026-12-16T15:00:00+01:00",
            None,
        ),
        (
            "Ajụjụ ọnụ gị ga-abụ na Wenezdee, 16 Disemba, site n'elekere 10 nke ụtụtụ\n"
            "ruo elekere 11, n'ọfịs anyị.",
            "2026-12-16T10:00:00+01:00",
            "2026-12-16T11:00:00+01:00",
        ),
        (
            "We would like to see you for the interview on Wednesday 16 December from 2pm\n"
            "until 3pm, at our office on the quay.",
            "2026-12-16T14:00:00+01:00",
            "2026-12-16T15:00:00+01:00",
        ),
    ],
)
def test_clock_words_and_wrapped_lines(body: str, start: str, end: str | None) -> None:
    assert _read(body, date=WINTER) == (start, end)


def test_somali_month_as_cldr_spells_it() -> None:
    body = (
        "Waxaan kuu soo jeedinaynaa wareysi shaqo Isniinta, 14 Desembar 2026, "
        "saacadda 9:30 subaxnimo, xafiiska Hargeysa."
    )
    assert _read(body, date="Mon, 07 Dec 2026 09:00:00 +0300")[0] == "2026-12-14T09:30:00+03:00"


@pytest.mark.parametrize(
    ("body", "end"),
    [
        # the end as a bare hour after "till" later in the slot's sentence
        (
            "The second interview is set for Wednesday 16 December at midday, running till 1.",
            "2026-12-16T13:00:00+01:00",
        ),
        (
            "We've got you down for Wednesday 16 December at 2.30pm, going on until 4.",
            "2026-12-16T16:00:00+01:00",
        ),
        # another sentence, or another thing's hours, is no end
        (
            "The second interview is set for Wednesday 16 December at 2pm. Reception is "
            "staffed until 6.",
            None,
        ),
        (
            "The second interview is set for Wednesday 16 December at 10am and the car park "
            "is free until 5.",
            None,
        ),
    ],
)
def test_bare_end_hour_after_till(body: str, end: str | None) -> None:
    assert _read(body, date=WINTER)[1] == end


def test_wrapping_up_by_a_bare_hour() -> None:
    body = "We can see you on Wednesday 16 December at 9am, finishing by 10 at the latest."
    assert _read(body, date=WINTER)[1] == "2026-12-16T10:00:00+01:00"


@pytest.mark.parametrize(
    ("note", "end"),
    [
        ("Petit changement : ils passent à 11h le même jour, même durée.", "11:45"),
        ("Kurze Info: jetzt um 11 Uhr am selben Tag, gleiche Dauer.", "11:45"),
        ("FYI they moved it to 11am the same day, same length.", "11:45"),
    ],
)
def test_forwarded_move_keeps_the_length_it_says_it_keeps(note: str, end: str) -> None:
    body = (
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Talent Team <talent@firm.example>\n"
        "Date: Mon, Dec 7, 2026 at 8:05 AM\nSubject: Interview\nTo: <alex@mail.example>\n\n"
        "Hello Alex,\nYour interview is confirmed for Wednesday 16 December 2026 "
        "from 9:00 to 9:45.\n"
    )
    assert _read(body, date=WINTER)[1] == f"2026-12-16T{end}:00+01:00"
