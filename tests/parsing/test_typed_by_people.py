"""Slots as people type them in a hurry: a day of the month after its article with no month
("am 23. um 13 Uhr", "le 21 à 14h30"), an hour moved without "from" ("push my 2pm to 4"),
office hours under a signature, and the short words that say a meeting is on ("te ligo", "at
our Leeds office", "nos vemos"). Each property renders one instant in several languages and
checks that every rendering reads as that instant."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Mon, 30 Nov 2026 09:12:00 +0100"


def _mail(body: str, subject: str = "Hello") -> bytes:
    return (
        "From: Anna Kessler <anna@kessler.example.de>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def _read(body: str, subject: str = "Hello") -> tuple[datetime | None, float]:
    result = parse_message(_mail(body, subject))
    start = result.start if isinstance(result.start, datetime) else None
    return start, result.confidence


# (sentence with {d} day of the month, {h} hour, {m} minutes); December, as the mail is sent
# on 30 November and names no month
ARTICLE_DAYS = [
    "Hallo Sam, wir sehen uns dann am {d}. um {h}:{m} Uhr bei uns im Büro.",
    "Bonjour Sam, on se voit le {d} à {h}h{m} pour l'entretien.",
    "Hola Sam, te confirmo la entrevista el {d} a las {h}:{m}.",
    "Ciao Sam, ci vediamo per il colloquio il {d} alle {h}:{m}.",
    "Hoi Sam, we zien je graag voor een gesprek op de {d}e om {h}.{m} uur.",
    "Hej Sam, välkommen på intervju den {d} kl. {h}.{m}.",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(ARTICLE_DAYS),
    st.integers(1, 28),
    st.integers(9, 17),
    st.sampled_from([0, 15, 30, 45]),
)
def test_a_day_of_the_month_after_its_article_is_the_coming_such_day(
    sentence: str, day: int, hour: int, minute: int
) -> None:
    body = sentence.format(d=day, h=hour, m=f"{minute:02d}")
    start, _ = _read(body)
    assert start is not None, body
    assert (start.month, start.day, start.time()) == (12, day, time(hour, minute)), body


# (sentence with {old} and {new} afternoon hours, on the 12- or the 24-hour dial)
PUSHES = [
    "Hi Sam, something came up - can we push your {old}pm to {new} on Thursday 3 December? "
    "The interview itself stays the same.",
    "Hi Sam, I had to move the {old}pm to {new} on Thursday 3 December, same link for the call.",
    "Ciao Sam, devo spostare le {old24} alle {new24} di giovedì 3 dicembre per il colloquio.",
    "Salut Sam, je dois décaler ton {old24}h à {new24}h jeudi 3 décembre pour l'entretien.",
    "Hej Sam, vi måste flytta din {old24}.00 till {new24}.00 torsdag 3 december (intervjun).",
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PUSHES), st.integers(1, 5), st.integers(1, 4))
def test_the_hour_a_time_is_pushed_to_is_the_start(sentence: str, old: int, later: int) -> None:
    new = old + later
    body = sentence.format(old=old, new=new, old24=old + 12, new24=new + 12)
    start, _ = _read(body, "Change of time")
    assert start is not None, body
    assert (start.month, start.day, start.time()) == (12, 3, time(new + 12)), body


@pytest.mark.parametrize(
    ("moved", "expected"),
    [("11am to 1", time(13)), ("9am to 11", time(11)), ("4pm to 2", time(14))],
)
def test_a_bare_hour_moved_to_keeps_or_crosses_noon_as_a_reader_would(
    moved: str, expected: time
) -> None:
    body = f"Hi Sam, can we push the {moved} on Thursday 3 December for the interview?"
    start, _ = _read(body, "Change of time")
    assert start is not None
    assert start.time() == expected


HOURS_LINES = [
    "Office hours: Mon-Fri 9am-5.30pm",
    "Tel. +49 30 1234 5600 (erreichbar Mo-Do 8-16 Uhr)",
    "Orari ufficio: lun-ven 9:00-18:00",
    "Horario de atención: lunes a viernes de 9:00 a 18:00",
    "Openingstijden: ma t/m vr 8.30-17.00 uur",
]


@pytest.mark.parametrize("hours", HOURS_LINES)
def test_office_hours_under_a_signature_are_not_a_second_option(hours: str) -> None:
    body = (
        "Dear Sam,\n\nThank you for confirming: we will see you for your interview on "
        f"Tuesday 8 December at 10:30 at our Leeds office.\n\nKind regards,\nAnna Kessler\n{hours}"
    )
    start, confidence = _read(body, "Your interview")
    assert start is not None
    assert (start.month, start.day, start.time()) == (12, 8, time(10, 30))
    assert confidence >= 0.5


# mails whose only sign of a meeting is a short word people type on a phone
SHORT_WORDS = [
    "fechado então: quinta 3/12 às 16h. te ligo nesse número",
    "listo, el jueves 3/12 a las 16:00 te llamo a tu celular",
    "c'est bon pour jeudi 3/12 à 16h, je vous appelle sur votre portable",
    "confirming Thurs 3/12 at 4pm at our Surry Hills office, ask for me at reception",
    "donderdag 3/12 om 16.00 uur op hun kantoor in Utrecht",
]


@pytest.mark.parametrize("body", SHORT_WORDS)
def test_a_short_confirmation_typed_on_a_phone_is_an_invitation(body: str) -> None:
    result = parse_message(_mail(body, "Re: Thursday"))
    assert result.kind == "invitation", body
    assert isinstance(result.start, datetime)
    assert (result.start.month, result.start.day, result.start.time()) == (12, 3, time(16))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 11), st.sampled_from(["{h}ish", "{h} o'clock", "{h}:30ish"]))
def test_a_loose_hour_is_read_like_a_bare_one(hour: int, written: str) -> None:
    clock = written.format(h=hour)
    body = f"Hi Sam - your interview is confirmed for {clock} on Thursday 3 December."
    start, _ = _read(body)
    expected = hour + 12 if hour <= 6 else hour
    assert start is not None, body
    assert (start.hour, start.minute) == (expected, 30 if ":30" in clock else 0), body


# (sentence, days after the mail's date); the mail is sent on Monday 30 November
RELATIVE = [
    ("A entrevista é depois de amanhã às 10h.", 2),
    ("A entrevista é amanhã às 10h.", 1),
    ("Intervjun är i övermorgon kl. 10.", 2),
    ("Haastattelu on ylihuomenna klo 10.", 2),
    ("Pohovor je pozítří v 10:00.", 2),
    ("Mülakat öbür gün saat 10:00'da.", 2),
    ("Het gesprek is morgenochtend om 10 uur.", 1),
    ("面接は明日10時からです。", 1),
    ("面接は明後日10時からです。", 2),
    ("面试是明天上午10点。", 1),
    ("面试是后天上午10点。", 2),
    ("면접은 내일 오전 10시입니다.", 1),
    ("면접은 모레 오전 10시입니다.", 2),
    # weeks counted on from a day: the day itself, then that many weeks
    ("The interview is a week from today at 10am.", 7),
    ("The interview is two weeks from tomorrow at 10am.", 15),
    ("The interview is two weeks from Wednesday at 10am.", 16),
    ("L'entretien est demain en huit à 10h.", 8),
    ("Das Gespräch ist heute in einer Woche um 10 Uhr.", 7),
    ("Het gesprek is morgen over een week om 10 uur.", 8),
    # a preposition before the word for "next": Tuesday of next week
    ("Zapraszamy na rozmowę w przyszły wtorek o 10:00.", 8),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Same time as before (10am), but we need to move the interview to Wednesday 9 December.",
        "Die Uhrzeit bleibt (10 Uhr), aber wir müssen das Gespräch auf Mittwoch, den 9. "
        "Dezember verlegen.",
        "Het tijdstip blijft hetzelfde (10:00), maar het gesprek verschuift naar woensdag 9 "
        "december.",
    ],
)
def test_a_kept_hour_goes_with_the_only_day_written(sentence: str) -> None:
    # only the new day is written; the hour is said to stay, before it
    start, _ = _read(sentence, "Interview")
    assert start is not None, sentence
    assert (start.month, start.day, start.hour) == (12, 9, 10), sentence


@pytest.mark.parametrize(("sentence", "days"), RELATIVE)
def test_tomorrow_and_the_day_after_are_counted_from_the_mail(sentence: str, days: int) -> None:
    start, _ = _read(sentence, "Interview")
    assert start is not None, sentence
    assert (start.month, start.day, start.hour) == (12, days, 10), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you do the interview next Thursday at 10am?",
        "Hätten Sie nächsten Donnerstag um 10 Uhr Zeit für das Gespräch?",
        "Pourriez-vous venir jeudi prochain à 10h pour l'entretien ?",
    ],
)
def test_next_before_a_day_later_this_week_is_asked_not_guessed(sentence: str) -> None:
    # written on a Monday, "next Thursday" is this week's to some readers and next week's to
    # others: the coming one is read, and the reader asked to check it
    result = parse_message(_mail(sentence, "Interview"))
    assert isinstance(result.start, datetime), result
    assert (result.start.month, result.start.day) == (12, 3), result
    assert result.confidence < 0.5, result
    assert any("this week's or next week's" in note for note in result.warnings), result


def test_next_before_a_day_already_past_this_week_is_sure() -> None:
    # written on a Wednesday, "next Tuesday" can only be the coming one
    # (stated, not asked: a time only asked about is never sure, asks67)
    raw = _mail("Your interview is next Tuesday at 10am CET.", "Interview")
    result = parse_message(raw.replace(b"Mon, 30 Nov 2026", b"Wed, 02 Dec 2026"))
    assert isinstance(result.start, datetime), result
    assert (result.start.month, result.start.day) == (12, 8), result
    assert result.confidence >= 0.5, result
    assert not any("next week's" in note for note in result.warnings), result


# an hour and a half as people write it; "an hour" alone used to be read out of the first ones
NINETY_MINUTES = [
    "Your interview is on Thursday 3 December at 2pm and lasts an hour and a half.",
    "Your interview is on Thursday 3 December at 2pm, it should take 1.5 hours.",
    "Ihr Gespräch ist am Donnerstag, 3. Dezember um 14 Uhr und dauert eineinhalb Stunden.",
    "Ihr Gespräch ist am Donnerstag, 3. Dezember um 14 Uhr und dauert 1,5 Stunden.",
    "Votre entretien aura lieu le jeudi 3 décembre à 14h et durera une heure et demie.",
    "Tu entrevista es el jueves 3 de diciembre a las 14:00 y dura una hora y media.",
    "Il colloquio è giovedì 3 dicembre alle 14 e durerà un'ora e mezza.",
    "Het gesprek is donderdag 3 december om 14.00 uur en duurt anderhalf uur.",
    "A entrevista é quinta, 3 de dezembro, às 14h e dura uma hora e meia.",
    # Spanish says it without the article too; English verbs of length before "1h30"
    "La entrevista será el jueves 3 de diciembre a las 14:00 y durará hora y media.",
    "Your assessment is on Thursday 3 December at 2pm CET and lasts 1h30.",
    "Your assessment is on Thursday 3 December at 2pm CET. Please allow 1h30.",
]


@pytest.mark.parametrize("sentence", NINETY_MINUTES)
def test_an_hour_and_a_half_ends_ninety_minutes_after_the_start(sentence: str) -> None:
    result = parse_message(_mail(sentence, "Interview"))
    assert isinstance(result.start, datetime)
    assert isinstance(result.end, datetime), sentence
    assert result.start.time() == time(14)
    assert (result.end - result.start).total_seconds() == 90 * 60, sentence


# hours and minutes of one length, as booking tools and people write them; the hours alone
# used to be taken ("1 hr 30 min" ended an hour after the start)
HOURS_AND_MINUTES = [
    ("Interview slot: 3 Dec 2026, 14:00 (Duration: 1 hr 30 min)", 90),
    ("Your interview on Thursday 3 December at 2pm will last 1 hour and 15 minutes.", 75),
    ("Ihr Gespräch am Donnerstag, 3. Dezember um 14 Uhr dauert 1 Stunde 30 Minuten.", 90),
    ("La entrevista del jueves 3 de diciembre a las 14:00 durará una hora y 20 minutos.", 80),
    ("L'entretien du jeudi 3 décembre à 14h durera 1 heure et 45 minutes.", 105),
    ("Your interview is on Thursday 3 December at 14:00.\nDauer: 1 Std.", 60),
    ("Your one-hour interview is on Thursday 3 December at 2pm.", 60),
    ("Your interview is on Thursday 3 December from 2pm through 3:30pm.", 90),
    ("Your interview is on Thursday 3 December at 14:00, Dauer: 1h 15m.", 75),
    ("Your interview is on Thursday 3 December at 14:00, duration 1h30min.", 90),
    # a number of rounds after the hours is not minutes
    ("Your interview on Thursday 3 December at 2pm takes 2 hours, 3 rounds in all.", 120),
    # the length as an adjective before the meeting: German, Swedish and Turkish
    ("Wir laden Sie zu einem 45-minütigen Gespräch am Donnerstag, 3. Dezember um 14 Uhr ein.", 45),
    ("Wir laden Sie zu einem einstündigen Gespräch am Donnerstag, 3. Dezember um 14 Uhr ein.", 60),
    ("Vi vill bjuda in dig till en 45 minuters intervju torsdag 3 december kl. 14.00.", 45),
    ("Sizi 3 Aralık Perşembe saat 14:00'te 45 dakikalık bir mülakata davet ediyoruz.", 45),
    # a short aside after the slot, a length printed as a clock after its label, and the
    # end after Portuguese "até às" or German "bis um"
    ("Interview: Thursday 3 December at 14:00 CET (1 h), on Zoom.", 60),
    ("Interview: Thursday 3 December at 14:00 CET\nDuration: 00:45", 45),
    ("Gespräch: Donnerstag, 3. Dezember, 14:00 Uhr\nDauer: 0:45 h", 45),
    ("A entrevista será quinta-feira, 3 de dezembro, das 14h até às 15h30.", 90),
    ("Das Gespräch ist am Donnerstag, 3. Dezember von 14 bis um 15 Uhr.", 60),
]


def test_a_recordings_length_is_not_the_meetings() -> None:
    # a voicemail's "Duration: 00:41" is minutes and seconds, and names no meeting's length
    result = parse_message(
        _mail("Voicemail\nDuration: 00:41\n\nYour interview is Thursday 3 December at 2pm.")
    )
    assert isinstance(result.start, datetime), result
    assert result.start.time() == time(14), result
    assert result.end is None, result


@pytest.mark.parametrize(("sentence", "minutes"), HOURS_AND_MINUTES)
def test_a_length_in_hours_and_minutes_counts_both(sentence: str, minutes: int) -> None:
    result = parse_message(_mail(sentence, "Interview"))
    assert isinstance(result.start, datetime), sentence
    assert result.start.time() == time(14), sentence
    assert isinstance(result.end, datetime), sentence
    assert (result.end - result.start).total_seconds() == minutes * 60, sentence


# an hour named loosely, as people type it when they propose a call: still that hour
LOOSE_HOURS = [
    "Are you free Thursday afternoon, say 2-ish, for a quick interview call?",
    "Can we do the interview call Thursday at about 2?",
    "Could we have the interview call on Thursday at around 2?",
    "Interview call on Thursday, say 2, if that suits you?",
    "Hallo Sam, passt dir Donnerstag so gegen 14 Uhr für ein kurzes Telefonat?",
    "Hallo Sam, wir könnten uns Donnerstag Nachmittag um zwei zum Gespräch treffen.",
    "Salut Sam, on peut faire l'entretien jeudi vers 14h ?",
    "Bonjour Sam, seriez-vous libre jeudi en début d'après-midi, vers 14h, pour un entretien ?",
    "Hola Sam, ¿te viene bien el jueves sobre las 2 para la entrevista?",
    "Hola Sam, ¿hacemos la entrevista el jueves a eso de las dos de la tarde?",
    "Ciao Sam, ti va bene giovedì verso le 14 per il colloquio?",
    "Hej Sam, passar det med intervju på torsdag runt 14?",
    "Hei Sam, kan vi ta intervjuet torsdag ved 14-tiden?",
]


@pytest.mark.parametrize("sentence", LOOSE_HOURS)
def test_a_loosely_named_hour_is_that_hour(sentence: str) -> None:
    start, _ = _read(sentence, "Interview")
    assert start is not None, sentence
    assert (start.month, start.day, start.hour, start.minute) == (12, 3, 14, 0), sentence


# a number after such a word that counts something is no hour; "après-midi" holds no noon
NOT_LOOSE_HOURS = [
    "Interview on Thursday 3 December at 10am, with about 3 people from the team.",
    "Am Donnerstag, 3.12., kümmern wir uns um zwei Termine, Ihrer ist um 10 Uhr.",
    "Am Donnerstag, 3.12., um 10 Uhr beginnt das Gespräch; wir haben gegen 20 Bewerber.",
    "Het gesprek is donderdag 3 december om 10.00 uur; we spreken rond 20 kandidaten.",
    "L'entretien a lieu jeudi 3 décembre, en fin de matinée, à 10h, pas l'après-midi.",
]


@pytest.mark.parametrize("sentence", NOT_LOOSE_HOURS)
def test_a_counted_number_is_no_hour(sentence: str) -> None:
    start, _ = _read(sentence, "Interview")
    assert start is not None, sentence
    assert (start.day, start.hour, start.minute) == (3, 10, 0), sentence


def test_asking_for_a_talk_names_no_hour() -> None:
    start, _ = _read("Wir bitten Sie am Donnerstag, 3.12., um ein Gespräch mit uns.", "Interview")
    assert start is None


# a weekday a week after the coming one; the mail is sent on Monday 30 November
WEEK_LATER = [
    "Your interview is Thursday week at 10am.",
    "Your interview is a week on Thursday at 10am.",
    "Votre entretien est jeudi en huit à 10h.",
    "Ihr Gespräch ist Donnerstag in acht Tagen um 10 Uhr.",
    "Ihr Gespräch ist Donnerstag in einer Woche um 10 Uhr.",
    "Het gesprek is donderdag over een week om 10 uur.",
]


@pytest.mark.parametrize("sentence", WEEK_LATER)
def test_thursday_week_is_the_thursday_after_the_coming_one(sentence: str) -> None:
    start, _ = _read(sentence, "Interview")
    assert start is not None, sentence
    assert (start.month, start.day, start.hour) == (12, 10, 10), sentence


def test_the_minutes_of_a_clock_are_no_length() -> None:
    result = parse_message(
        _mail("Your interview is on Thursday 3 December at 14h30min.", "Interview")
    )
    assert isinstance(result.start, datetime)
    assert result.start.time() == time(14, 30)
    assert result.end is None


def test_a_weekday_in_the_subject_is_the_day_of_the_hour_in_the_body() -> None:
    start, _ = _read("Hi Sam, confirming 2pm. Ask for Anna at reception.", "Interview Thursday")
    assert start is not None
    assert (start.month, start.day, start.hour) == (12, 3, 14)


# the next sentence says when the meeting ends; another subject there ("we") names no end
NEXT_SENTENCE_ENDS = [
    ("Your interview is on Thursday 3 December at 14:00. The interview will last until 15:00.", 60),
    ("L'entretien aura lieu le jeudi 3 décembre à 14h. Il se terminera vers 15h.", 60),
    (
        "La entrevista es el jueves 3 de diciembre a las 14:00."
        " La entrevista terminará a las 15:00.",
        60,
    ),
    ("Співбесіда у четвер, 3 грудня, о 14:00. Зустріч триватиме до 15:00 у Google Meet.", 60),
    ("Your interview is on Thursday 3 December at 14:00. We will let you know by 17:00.", None),
    # the end said in the present tense, in the start's sentence
    ("Votre entretien du jeudi 3 décembre commence à 14h et se termine vers 15h.", 60),
    ("Tu entrevista del jueves 3 de diciembre empieza a las 14:00 y termina a las 15:00.", 60),
    ("Il colloquio di giovedì 3 dicembre inizia alle 14:00 e finisce alle 15:00.", 60),
    ("A entrevista de quinta-feira, 3 de dezembro, começa às 14h e termina às 15h.", 60),
]


@pytest.mark.parametrize(("sentence", "minutes"), NEXT_SENTENCE_ENDS)
def test_the_next_sentence_may_say_when_the_meeting_ends(
    sentence: str, minutes: int | None
) -> None:
    result = parse_message(_mail(sentence, "Interview"))
    assert isinstance(result.start, datetime), sentence
    assert result.start.time() == time(14), sentence
    if minutes is None:
        assert result.end is None, sentence
    else:
        assert isinstance(result.end, datetime), sentence
        assert (result.end - result.start).total_seconds() == minutes * 60, sentence
