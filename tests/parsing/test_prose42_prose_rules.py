"""Hand-written invitations as a reader takes them (prose42): an hour followed by its part of
the day after a weekday ("Khamis, 10 pagi"), Indic weekdays with their case ending glued on
("बुधवारी", "বুধবারে"), Galician and Catalan hours in words, a day-month with a dash after
its weekday ("dijous 14-5 a les 16.30") and Italian morning words."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail


def _read(body: str, sent: str, subject: str = "Interview") -> tuple[str, str]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=sent)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start


# Monday 7 September 2026: Thursday is the 10th, so "Thursday, 10" agrees as a date would
SEPT_SENT = "Mon, 07 Sep 2026 09:05:00 +0200"
WEEKDAY_HOUR_PART = {
    "en": "Hi Alex,\n\nyour interview is on Thursday, 10 in the morning, at our office.\n\nPat",
    "es": "Hola Alex,\n\nla entrevista es el jueves, 10 de la mañana, en la oficina.\n\nPat",
    "id": "Halo Alex,\n\nwawancara Anda hari Kamis, 10 pagi, di kantor kami.\n\nPat",
    "ms": "Hai Alex,\n\ntemu duga ditetapkan pada Khamis, 10 pagi, di pejabat.\n\nPat",
    "fil": "Hi Alex,\n\nang panayam mo ay sa Huwebes, 10 ng umaga, sa opisina.\n\nPat",
    "it": "Ciao Alex,\n\nil colloquio è giovedì, 10 del mattino, in ufficio.\n\nPat",
}


@pytest.mark.parametrize("lang", sorted(WEEKDAY_HOUR_PART))
def test_a_part_of_the_day_after_the_number_makes_it_the_hour(lang: str) -> None:
    assert _read(WEEKDAY_HOUR_PART[lang], SEPT_SENT) == (
        "invitation",
        "2026-09-10T10:00:00+02:00",
    )


# Monday 8 June 2026: the Wednesday ahead is the 10th
JUNE_SENT = "Mon, 08 Jun 2026 09:05:00 +0200"
INDIC_ON_WEDNESDAY = {
    "mr": "नमस्कार अॅलेक्स,\n\nमुलाखत बुधवारी दुपारी 3 वाजता आमच्या कार्यालयात आहे.\n\nPat",
    "bn": "প্রিয় অ্যালেক্স,\n\nসাক্ষাৎকার বুধবারে বিকেল ৩টায় আমাদের অফিসে।\n\nPat",
    "kn": "ನಮಸ್ಕಾರ ಅಲೆಕ್ಸ್,\n\nಸಂದರ್ಶನ ಬುಧವಾರದಂದು ಮಧ್ಯಾಹ್ನ 3 ಗಂಟೆಗೆ.\n\nPat",
    "gu": "નમસ્તે એલેક્સ,\n\nઇન્ટરવ્યૂ બુધવારે બપોરે 3 વાગ્યે અમારી ઓફિસમાં છે.\n\nPat",
}


@pytest.mark.parametrize("lang", sorted(INDIC_ON_WEDNESDAY))
def test_indic_weekday_with_its_case_ending(lang: str) -> None:
    _kind, start = _read(INDIC_ON_WEDNESDAY[lang], JUNE_SENT)
    assert start == "2026-06-10T15:00:00+02:00"


WORD_HOURS = {
    "Ola Alex,\n\npodes vir á entrevista o martes ás catro da tarde?\n\nPat": "T16:00",
    "Ola Alex,\n\na entrevista é o martes ás dez e media na oficina.\n\nPat": "T10:30",
    "Hola Alex,\n\nl'entrevista és dimarts a les quatre de la tarda.\n\nPat": "T16:00",
    "Hola Alex,\n\nl'entrevista és dimarts a les deu del matí.\n\nPat": "T10:00",
    "Hola Alex,\n\nl'entrevista és dimarts a la una del migdia.\n\nPat": "T13:00",
    "Hola Alex,\n\nl'entrevista és dimarts a les cinc i mitja de la tarda.\n\nPat": "T17:30",
}


@pytest.mark.parametrize("body", sorted(WORD_HOURS))
def test_galician_and_catalan_hours_in_words(body: str) -> None:
    assert _read(body, JUNE_SENT)[1] == f"2026-06-09{WORD_HOURS[body]}:00+02:00"


# Friday 8 May 2026: Thursday 14 May ahead
MAY_SENT = "Fri, 08 May 2026 09:05:00 +0200"
DASH_DATES = {
    "ca": "Hola Alex,\n\net confirmo l'entrevista per dijous 14-5 a les 16.30.\n\nPat",
    "nl": "Hoi Alex,\n\nhet sollicitatiegesprek is op donderdag 14-5 om 16.30 uur.\n\nPat",
    "es": "Hola Alex,\n\nla entrevista es el jueves 14-5 a las 16:30.\n\nPat",
}


@pytest.mark.parametrize("lang", sorted(DASH_DATES))
def test_dash_day_month_after_its_weekday(lang: str) -> None:
    assert _read(DASH_DATES[lang], MAY_SENT) == ("invitation", "2026-05-14T16:30:00+02:00")


def test_an_hour_range_after_a_weekday_stays_a_range() -> None:
    raw = plain_mail("Interview", "Hi Alex,\n\ninterview on Thursday 3-4pm at our office.\n\nPat",
                     sender="Pat Lee <pat.lee@acme-works.example>", to="alex@mailbox.example",
                     date=MAY_SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.hour, parsed.end.hour) == (15, 16)


@pytest.mark.parametrize("phrase", ["del mattino", "di mattina"])
def test_italian_morning_is_before_noon(phrase: str) -> None:
    body = f"Ciao Alex,\n\nil colloquio è giovedì 11 giugno alle 10 {phrase}.\n\nPat"
    assert _read(body, JUNE_SENT)[1] == "2026-06-11T10:00:00+02:00"


@settings(max_examples=25, deadline=None)
@given(hour=st.integers(min_value=8, max_value=11), weekday=st.integers(min_value=0, max_value=4))
def test_weekday_hour_and_morning_word_give_that_hour(hour: int, weekday: int) -> None:
    """Whatever day of the month the weekday falls on, "<weekday>, <h> pagi" is h o'clock."""
    names = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat")
    body = f"Hai Alex,\n\ntemu duga pada {names[weekday]}, {hour} pagi di pejabat.\n\nPat"
    _kind, start = _read(body, SEPT_SENT)
    assert start.startswith("2026-09-")
    assert start[11:16] == f"{hour:02d}:00"


# Friday 17 April 2026, the day after the interview: "dijous" read ahead is next week's
APRIL_SENT = "Fri, 17 Apr 2026 09:05:00 +0200"
THANKS_AFTER = [
    "Hola Alex,\n\nmoltes gràcies per l'entrevista de dijous a les 10 h. Ens va agradar molt. "
    "Et direm alguna cosa la setmana vinent.\n\nJordi",
    "Ola Alex,\n\ngrazas pola entrevista do xoves ás 10:00. Dirémosche algo axiña.\n\nBrais",
]


@pytest.mark.parametrize("body", THANKS_AFTER)
def test_catalan_and_galician_thanks_for_the_interview_set_nothing(body: str) -> None:
    raw = plain_mail("Gràcies", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=APRIL_SENT)  # fmt: skip
    assert not claimed(raw)


# Friday 8 May 2026: Thursday 14 May ahead
MAY_DATES = {
    "vi": "Chào Alex,\n\nmời bạn phỏng vấn vào lúc 9 giờ ngày 14 tháng 5 tại văn phòng.\n\nPat",
    "vi-year": "Chào Alex,\n\nbuổi phỏng vấn vào 9 giờ ngày 14 tháng 5 năm 2026.\n\nPat",
    "bn": "প্রিয় অ্যালেক্স,\n\nসাক্ষাৎকার ১৪ মে সকাল ৯টায়।\n\nPat",
    "ta": "அன்புள்ள அலெக்ஸ்,\n\nநேர்காணல் 14 மே காலை 9 மணிக்கு.\n\nPat",
    "te": "నమస్కారం అలెక్స్,\n\nఇంటర్వ్యూ మే 14 ఉదయం 9 గంటలకు.\n\nPat",
    "gu": "નમસ્તે એલેક્સ,\n\nઇન્ટરવ્યૂ 14 મે સવારે 9 વાગ્યે.\n\nPat",
    "ms": "Salam Alex,\n\ntemu duga anda pada 14hb Mei 2026, jam 9 pagi.\n\nPat",
}


@pytest.mark.parametrize("lang", sorted(MAY_DATES))
def test_dates_written_the_local_way(lang: str) -> None:
    assert _read(MAY_DATES[lang], MAY_SENT)[1] == "2026-05-14T09:00:00+02:00"


def test_a_two_letter_may_needs_a_word_of_its_own() -> None:
    """ "মেঘনা" (a river, a building's name) starts with the letters of May: no date in it."""
    body = "প্রিয় অ্যালেক্স,\n\nসাক্ষাৎকার ১৪ মেঘনা ভবনে।\n\nPat"
    assert _read(body, MAY_SENT)[1] == ""


LATVIAN = {
    "Labdien, Alex!\n\nIntervija notiks trešdien, 13. maijā, plkst. 10.\n\nPat": "T10:00",
    "Labdien, Alex!\n\nIntervija notiks trešdien plkst. 14:30 mūsu birojā.\n\nPat": "T14:30",
    "Sveiks, Alex!\n\nTiekamies trešdien plkst. 6 vakarā kafejnīcā.\n\nPat": "T18:00",
    "Sveiks, Alex!\n\nIntervija trešdien pulksten 9 no rīta.\n\nPat": "T09:00",
}


@pytest.mark.parametrize("body", sorted(LATVIAN))
def test_latvian_on_wednesday_at_an_hour(body: str) -> None:
    assert (
        _read(body, "Mon, 11 May 2026 09:05:00 +0300")[1] == f"2026-05-13{LATVIAN[body]}:00+03:00"
    )


@pytest.mark.parametrize("year", ["", " 2026", " ۲۰۲۶"])
def test_urdu_first_of_the_month(year: str) -> None:
    body = f"محترم ایلکس،\n\nآپ کا انٹرویو یکم جون{year} کو صبح 10 بجے ہوگا۔\n\nPat"
    assert _read(body, "Mon, 25 May 2026 09:05:00 +0500")[1] == "2026-06-01T10:00:00+05:00"
