"""Times as people write them by hand: in words ("half past two", "halb drei", "las dos y
media"), with a one-digit hour ("say 3:30"), and a weekday with only its day of the month
("martes día 15", "mardi 15 à 16h", "tisdag den 15:e")."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Mon, 30 Nov 2026 09:12:00 +0100"
BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str, sender: str = "anna@kessler.example.de") -> bytes:
    return (
        f"From: Anna Kessler <{sender}>\r\nTo: sam@mailbox.example\r\nSubject: Interview\r\n"
        f"Date: {SENT}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def _start(body: str) -> datetime | None:
    result = parse_message(_mail(body))
    return result.start if isinstance(result.start, datetime) else None


# the hour as each language spells it, 1 to 12
NUMBERS = {
    "en": "one two three four five six seven eight nine ten eleven twelve",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "nl": "een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "sv": "ett två tre fyra fem sex sju åtta nio tio elva tolv",
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "it": "una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "uma duas três quatro cinco seis sete oito nove dez onze doze",
}
# (language, sentence with {n} for the hour word, minutes past the named hour or before it)
PHRASES = [
    ("en", "Could we do the interview on Thursday 10 December at half past {n}?", 30, 0),
    ("en", "Could we do the interview on Thursday 10 December at quarter past {n}?", 15, 0),
    ("en", "Could we do the interview on Thursday 10 December at quarter to {n}?", 45, -1),
    ("de", "Wir laden Sie am Donnerstag, 10. Dezember um halb {n} zum Gespräch ein.", 30, -1),
    ("de", "Wir laden Sie am 10. Dezember um Viertel nach {n} zum Gespräch ein.", 15, 0),
    ("de", "Wir laden Sie am 10. Dezember um Viertel vor {n} zum Gespräch ein.", 45, -1),
    ("nl", "We nodigen je uit voor een gesprek op donderdag 10 december om half {n}.", 30, -1),
    ("nl", "We nodigen je uit voor een gesprek op 10 december om kwart over {n}.", 15, 0),
    ("nl", "We nodigen je uit voor een gesprek op 10 december om kwart voor {n}.", 45, -1),
    ("sv", "Vi bjuder in dig till en intervju torsdag den 10 december klockan halv {n}.", 30, -1),
    ("sv", "Vi bjuder in dig till en intervju den 10 december kvart över {n}.", 15, 0),
    ("es", "Te esperamos para la entrevista el jueves 10 de diciembre a las {n} y media.", 30, 0),
    ("es", "Te esperamos para la entrevista el 10 de diciembre a las {n} y cuarto.", 15, 0),
    ("it", "La invitiamo a un colloquio giovedì 10 dicembre alle {n} e mezza.", 30, 0),
    ("pt", "Convidamos você para uma entrevista na quinta, 10 de dezembro, às {n} e meia.", 30, 0),
]


def _expected(hour: int, minute: int, shift: int) -> time:
    """The reader's answer: the named hour (or the one before it), moved to the afternoon
    when it is too early in the day for an interview."""
    hour = (hour + shift - 1) % 12 + 1
    if hour <= 6:
        hour += 12
    return time(hour % 24, minute)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PHRASES), st.integers(1, 12))
def test_a_time_written_in_words_is_read_as_the_clock_it_names(
    phrase: tuple[str, str, int, int], hour: int
) -> None:
    language, sentence, minute, shift = phrase
    word = NUMBERS[language].split()[hour - 1]
    start = _start(sentence.format(n=word))
    assert start is not None, sentence.format(n=word)
    assert start.date() == datetime(2026, 12, 10).date()
    assert start.astimezone(BERLIN).time() == _expected(hour, minute, shift)


@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        ("Wir freuen uns, Sie am 10. Dezember um drei Uhr zu begrüßen.", 15, 0),
        ("Nous vous attendons le jeudi 10 décembre à quinze heures trente.", 15, 30),
        ("Nous vous attendons le jeudi 10 décembre vers deux heures et demie.", 14, 30),
        ("Ti aspettiamo giovedì 10 dicembre alle 14 e 30 per il colloquio.", 14, 30),
        ("Te esperamos el jueves 10 de diciembre a las dos y media de la tarde.", 14, 30),
        ("Interview on Thursday 10 December, say 3:30? I'll send a link.", 15, 30),
        ("Your interview is on Thursday 10 December at ten.", 10, 0),
        ("Your interview is on Thursday 10 December, eleven am, in our office.", 11, 0),
        ("Your interview is on Thursday 10 December at 9 30 am.", 9, 30),
        ("We will see you at twelve on Thursday 10 December for the interview.", 12, 0),
        # the afternoon on the 24-hour dial, spelled as formal letters do
        ("Le esperamos el jueves 10 de diciembre a las quince horas.", 15, 0),
        ("Le esperamos el jueves 10 de diciembre a las dieciséis treinta.", 16, 30),
        ("Wir erwarten Sie am Donnerstag, 10. Dezember um fünfzehn Uhr.", 15, 0),
        ("La aspettiamo giovedì 10 dicembre alle ore quindici per il colloquio.", 15, 0),
        ("Aguardamos você na quinta-feira, 10 de dezembro, às quinze horas.", 15, 0),
        ("We verwachten je donderdag 10 december om vijftien uur.", 15, 0),
        ("Välkommen på intervju torsdag 10 december klockan femton.", 15, 0),
        ("Zapraszamy na rozmowę w czwartek 10 grudnia o godzinie piętnastej.", 15, 0),
        ("Zveme Vás na pohovor ve čtvrtek 10. prosince v patnáct hodin.", 15, 0),
        ("Приглашаем Вас на собеседование в четверг, 10 декабря, в пятнадцать часов.", 15, 0),
    ],
)
def test_spelled_and_one_digit_times(body: str, hour: int, minute: int) -> None:
    start = _start(body)
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 10, hour, minute)


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is on Thursday 10 December from ten to eleven.",
        "Your interview is on Thursday 10 December between ten and eleven am.",
    ],
)
def test_a_range_of_spelled_hours_has_its_end(body: str) -> None:
    result = parse_message(_mail(body))
    assert isinstance(result.start, datetime)
    assert isinstance(result.end, datetime)
    assert (result.start.hour, result.end.hour) == (10, 11), body


@pytest.mark.parametrize(
    "body",
    [
        "We are at one with the panel: your interview is on 10 December at 9:00.",
        "Interviews run from one to another all day; yours is on 10 December at 9:00.",
        "We narrowed the list to ten; your interview is on 10 December at 9:00.",
    ],
)
def test_a_spelled_number_that_is_no_hour_stays_out(body: str) -> None:
    start = _start(body)
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 10, 9, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Das Gespräch dauert etwa eine halbe Stunde, am 10. Dezember um 09:00.",
        "L'entretien durera une heure et demie, le 10 décembre à 9h00.",
        "La entrevista dura una hora y media; será el 10 de diciembre a las 9:00.",
    ],
)
def test_a_length_in_words_is_not_a_clock(body: str) -> None:
    start = _start(body)
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 10, 9, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Te confirmo la entrevista para el próximo martes día 15 a las 16:00 h.",
        "Ich lade Sie am Dienstag, den 15. um 16 Uhr zum Gespräch ein.",
        "Je vous propose un entretien mardi 15 à 16h00.",
        "Ti propongo un colloquio martedì 15 alle 16:00.",
        "Kunnen we dinsdag de 15e om 16.00 uur het gesprek doen?",
        "Passar det med en intervju tisdag den 15:e kl. 16?",
        "Could you do an interview next Tuesday the 15th at 4pm?",
    ],
)
def test_a_weekday_with_its_day_of_the_month_names_that_day(body: str) -> None:
    # 30 November 2026 is a Monday: "Tuesday" alone is 1 December, "Tuesday 15" is 15 December
    start = _start(body)
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 15, 16, 0)


def test_a_weekday_then_a_range_keeps_the_range() -> None:
    start = _start("Could we talk on Tuesday 3 to 4pm about the role?")
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 1, 15, 0)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        # a British sender writes day first, but 12 October is a Monday and long past
        ("Could we do the interview Thursday 12/10 at 2pm?", "emily@brightpath.example.co.uk"),
        ("Could we do the interview Thurs 10/12 at 2pm?", "emily@brightpath.example.com"),
        ("Could we do the interview on Thu 10th @ 2pm?", "emily@brightpath.example.co.uk"),
        ("Could we do the interview on the 10th at 2pm?", "emily@brightpath.example.co.uk"),
    ],
)
def test_a_written_weekday_or_ordinal_settles_a_short_date(body: str, sender: str) -> None:
    result = parse_message(_mail(body, sender))
    assert isinstance(result.start, datetime)
    assert result.start.date() == datetime(2026, 12, 10).date()
    assert (result.start.hour, result.start.minute) == (14, 0)  # in the zone it was read in
    assert not any("day-first or month-first" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("sender", "body", "zone"),
    [
        # a Date header in UTC is often the server's stamp: the country or language says more
        (
            "mikko@ohjelmisto.example.fi",
            "Haluaisimme kutsua sinut haastatteluun torstaina 10.12. klo 13.00.",
            "Europe/Helsinki",
        ),
        (
            "ole@bedrift.example.com",
            "Hei Sam, vi vil gjerne invitere deg til intervju torsdag 10. desember klokken 13.",
            "Europe/Oslo",
        ),
        (
            "jiri@strojirny.example.cz",
            "Zveme Vás na pohovor 10. prosince v 13 hodin.",
            "Europe/Prague",
        ),
    ],
)
def test_a_utc_date_header_yields_to_the_senders_country_or_language(
    sender: str, body: str, zone: str
) -> None:
    raw = _mail(body, sender).replace(SENT.encode(), b"Mon, 30 Nov 2026 08:12:00 +0000")
    result = parse_message(raw)
    assert result.start == datetime(2026, 12, 10, 13, 0, tzinfo=ZoneInfo(zone))
    assert result.timezone == zone
    assert any("assumed the sender's" in warning for warning in result.warnings)


def test_an_english_mail_stamped_utc_stays_in_utc() -> None:
    raw = _mail("Interview on 10 December at 1pm?", "jobs@acme.example.com")
    result = parse_message(raw.replace(SENT.encode(), b"Mon, 30 Nov 2026 08:12:00 +0000"))
    assert isinstance(result.start, datetime)
    assert result.start.utcoffset() == timedelta(0)


def test_nine_hours_is_not_nine_oclock() -> None:
    start = _start("Pohovor bude 10. prosince v 10:00 a zabere asi 2 hodin s přestávkou.")
    assert start is not None
    assert (start.hour, start.minute) == (10, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Sam, vielen Dank für das angenehme Gespräch am Donnerstag um 14 Uhr.",
        "Hi Sam, thanks for the great chat on Thursday at 2pm. We will be in touch.",
        "Hola Sam, gracias por la agradable entrevista del jueves a las 14:00.",
    ],
)
def test_thanks_for_a_talk_on_a_weekday_looks_back(body: str) -> None:
    # sent on Friday 4 December: "Thursday" is the day before, not the 10th
    raw = _mail(body).replace(SENT.encode(), b"Fri, 04 Dec 2026 18:00:00 +0100")
    result = parse_message(raw)
    assert result.kind == "not_invitation" or result.confidence < 0.5
    assert result.start is None or result.start.date() == datetime(2026, 12, 3).date()


@pytest.mark.parametrize(
    ("body", "zone"),
    [
        (
            "Hi Sam, here's your onsite agenda for Thursday, December 10:\n\n"
            "2:00 - 2:45 PM  Hiring manager\n2:45 - 3:30 PM  Technical\n"
            "3:30 - 4:00 PM  Culture\n\nAll times Eastern. See you then!",
            "America/New_York",
        ),
        (
            "Hallo Sam, hier der Ablauf Ihres Besuchs am Donnerstag, 10. Dezember:\n\n"
            "14:00 - 14:45 Fachbereich\n14:45 - 15:30 Team\n15:30 - 16:00 Personal\n\n"
            "Alle Zeiten in MEZ.",
            "Europe/Berlin",
        ),
    ],
)
def test_the_programme_of_your_visit_is_one_invitation(body: str, zone: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo(zone))
    assert result.end == datetime(2026, 12, 10, 16, 0, tzinfo=ZoneInfo(zone))
    assert result.timezone == zone


@pytest.mark.parametrize(
    ("body", "hour", "end"),
    [
        (
            "Please confirm your interview on 10 December at 14:00; arrive 10 minutes early.",
            14,
            None,
        ),
        (
            "We need to push our chat by an hour, so 3pm instead of 2pm on Thursday 10 December.",
            15,
            None,
        ),
        ("Können wir am 10. Dezember um 15 Uhr statt um 14 Uhr sprechen?", 15, None),
        (
            "Interview on 10 December at 14:00 for 45 minutes; please log in 5 minutes before.",
            14,
            45,
        ),
    ],
)
def test_shifts_and_arrival_margins_are_not_lengths(body: str, hour: int, end: int | None) -> None:
    result = parse_message(_mail(body))
    assert isinstance(result.start, datetime)
    assert (result.start.day, result.start.hour) == (10, hour)
    if end is None:
        assert result.end is None
    else:
        assert result.end == result.start + timedelta(minutes=end)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 30 November 2026 is a Monday: Thursday is 3 December, Friday 4 December
        ("Loved your portfolio. Free for a zoom Thu at 11 PST? 30 min max.", (3, 11, "PST")),
        ("Does Fri at 3 ET work for a phone interview?", (4, 15, "ET")),
        ("Could we do the interview Thu at 10?", (3, 10, None)),
    ],
)
def test_a_short_weekday_with_a_bare_hour_names_that_hour(
    body: str, expected: tuple[int, int, str | None]
) -> None:
    day, hour, zone = expected
    result = parse_message(_mail(body, sender="tom@studio-example.com"))
    assert isinstance(result.start, datetime)
    tz = {"PST": ZoneInfo("America/Los_Angeles"), "ET": ZoneInfo("America/New_York")}
    assert result.start == datetime(2026, 12, day, hour, 0, tzinfo=tz.get(zone or "", BERLIN))


def test_a_short_weekday_before_a_count_is_not_a_time() -> None:
    assert _start("Our team grew on Mon at 5 people per squad, see the attached chart.") is None


@pytest.mark.parametrize(
    "block",
    ["Date: 10.12.2026\nTime: 10", "Datum: 10.12.2026\nUhrzeit: 10", "Fecha: 10/12/2026\nHora: 10"],
)
def test_a_bare_number_as_the_value_of_a_time_label_is_the_hour(block: str) -> None:
    start = _start(f"Interview\n{block}\n")
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 10, 10, 0)


def test_a_bare_number_after_a_date_label_is_not_an_hour() -> None:
    assert _start("Interview\nDate: 10\nRoom: 4\n") is None


@pytest.mark.parametrize(
    "body",
    [
        "Could we do the interview Thursday next week at 14:00?",
        "How about next week, on Thursday at 14:00?",
        "Passt Ihnen nächste Woche Donnerstag um 14 Uhr?",
        "Wir sehen uns am Donnerstag nächster Woche um 14 Uhr.",
        "Entretien la semaine prochaine, jeudi à 14h.",
        "Entrevista el jueves de la semana que viene a las 14:00.",
        "Interview Thursday after next at 14:00.",
    ],
)
def test_a_weekday_of_next_week_is_in_the_coming_calendar_week(body: str) -> None:
    # sent on Monday 30 November 2026: next week's Thursday is 10 December, not 3 December
    start = _start(body)
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 12, 10, 14, 0)


def test_this_weeks_weekday_stays_in_this_week() -> None:
    start = _start("Interview this Thursday at 14:00.")
    assert start is not None
    assert start.astimezone(BERLIN).date() == datetime(2026, 12, 3).date()
