"""Invitations and moves in Turkish, the Balkan languages, Tamil, Bengali, Hindi, Vietnamese
and Lithuanian as a user reads them: "the next day, at the same time" after a dated slot,
"next week's <weekday>" (counted from the old slot in a move, from the sending week in an
invitation), noon written as a word, Tamil's "-கிழமை" weekdays and "-ம் தேதி" dates, and
Tamil regret for a move's trouble that refuses nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 02 Dec 2026 09:05:00 +0100"  # next week runs from Monday 7 December


def _read(body: str, subject: str = "Interview") -> tuple[str, float, str]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, parsed.confidence, start


# the old slot is Tuesday 12 January 2027 at 10:00; the next day is Wednesday the 13th
NEXT_DAY = {
    "lt": "Laba diena,\n\npokalbis, numatytas 2027 m. sausio 12 d. 10:00, vyks kitą dieną "
    "tuo pačiu laiku.\n\nPat",
    "sl": "Pozdravljeni,\n\nrazgovor v torek, 12. januarja 2027, ob 10.00 bo naslednji dan ob "
    "isti uri.\n\nPat",
    "sr": "Поштовани,\n\nразговор у уторак, 12. јануара 2027. у 10:00 помера се за следећи "
    "дан, у исто време.\n\nPat",
    "hr": "Poštovani,\n\nrazgovor u utorak, 12. siječnja 2027. u 10:00 održat će se "
    "sljedeći dan u isto vrijeme.\n\nPat",
}


@pytest.mark.parametrize("lang", sorted(NEXT_DAY))
def test_the_next_day_at_the_same_time_is_the_day_after_the_old_slot(lang: str) -> None:
    kind, confidence, start = _read(NEXT_DAY[lang])
    assert (kind, start) == ("reschedule", "2027-01-13T10:00:00+01:00")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "প্রিয় অ্যালেক্স,\n\nআগামী সপ্তাহের শুক্রবার সকাল 11টায় আমাদের অফিসে সাক্ষাৎকারের "
            "জন্য আমন্ত্রণ জানাচ্ছি।\n\nPat",
            "2026-12-11T11:00:00+01:00",
        ),
        (
            "அன்புள்ள அலெக்ஸ்,\n\nஅடுத்த வாரம் வியாழக்கிழமை காலை 11 மணிக்கு எங்கள் அலுவலகத்தில் "
            "நேர்காணல் நடைபெறும்.\n\nPat",
            "2026-12-10T11:00:00+01:00",
        ),
        (
            "Merhaba Alex,\n\nsizi önümüzdeki hafta perşembe günü saat 15:00'te ofisimizde "
            "görüşmeye davet ediyoruz.\n\nPat",
            "2026-12-10T15:00:00+01:00",
        ),
        (
            "Chào Alex,\n\nmời bạn phỏng vấn vào lúc 9h thứ Năm tuần sau tại văn phòng công "
            "ty.\n\nPat",
            "2026-12-10T09:00:00+01:00",
        ),
    ],
)
def test_next_weeks_weekday_is_in_the_coming_week(body: str, start: str) -> None:
    kind, _, got = _read(body)
    assert (kind, got) == ("invitation", start)


@pytest.mark.parametrize(
    "body",
    [
        "Laba diena,\n\npokalbis, numatytas 2027 m. sausio 12 d. 10:00, perkeliamas į kitos "
        "savaitės ketvirtadienį tuo pačiu laiku.\n\nPat",
        "Poštovani,\n\nrazgovor zakazan za utorak, 12. siječnja 2027. u 10:00 premješten je na "
        "četvrtak sljedećeg tjedna u isto vrijeme.\n\nPat",
    ],
)
def test_a_move_to_next_weeks_weekday_counts_from_the_old_slot(body: str) -> None:
    kind, confidence, start = _read(body)
    assert (kind, start) == ("reschedule", "2027-01-21T10:00:00+01:00")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Zdravo,\n\nrazgovor je u petak, 11.12. u podne, kod nas u firmi.\n\nPat",
        "Здраво,\n\nразговор је у петак, 11. 12. у подне, у нашој канцеларији.\n\nPat",
        "Živjo,\n\nrazgovor bo v petek, 11. 12., opoldne v naši pisarni.\n\nPat",
    ],
)
def test_noon_written_as_a_word_is_twelve(body: str) -> None:
    kind, _, start = _read(body)
    assert (kind, start) == ("invitation", "2026-12-11T12:00:00+01:00")


def test_a_tamil_date_with_its_weekday_in_brackets_keeps_the_date() -> None:
    kind, _, start = _read(
        "அன்புள்ள அலெக்ஸ்,\n\nஜனவரி 12-ம் தேதி (செவ்வாய்க்கிழமை) மாலை 4 மணிக்கு எங்கள் "
        "அலுவலகத்தில் நேர்காணல் நடைபெறும்.\n\nPat"
    )
    assert (kind, start) == ("invitation", "2027-01-12T16:00:00+01:00")


def test_tamil_regret_for_the_trouble_of_a_move_is_no_refusal() -> None:
    kind, confidence, start = _read(
        "அன்புள்ள அலெக்ஸ்,\n\nசெவ்வாய், 12 ஜனவரி 2027 மாலை 4:00 மணிக்கு இருந்த உங்கள் "
        "நேர்காணல் மறுநாள் அதே நேரத்தில் நடைபெறும். சிரமத்திற்கு வருந்துகிறோம்.\n\nPat"
    )
    assert (kind, start) == ("reschedule", "2027-01-13T16:00:00+01:00")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "early",
    [
        "Molimo dođite 10 minuta ranije.",
        "Lütfen 10 dakika erken gelin.",
        "कृपया 10 मिनट पहले पहुँचें।",
        "অনুগ্রহ করে 10 মিনিট আগে আসুন।",
        "தயவுசெய்து 10 நிமிடங்கள் முன்னதாக வரவும்.",
    ],
)
def test_minutes_to_come_early_are_not_the_interviews_length(early: str) -> None:
    raw = plain_mail("Interview", f"Hello,\n\nInterview: 15.12.2026, 10:00.\n{early}\n\nPat",
                     sender="Pat Lee <pat.lee@acme-works.example>", to="alex@mailbox.example",
                     date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == "2026-12-15T10:00:00+01:00"
    assert parsed.end is None
