"""Interview scheduling mail typed in many languages (prose16): a Spanish move that names the
old slot after "en vez del" / "en lugar del" (the "de" + "el" contraction) keeps the new slot;
relative days with a part of the day in Japanese and Korean and the Indonesian zone word
"WIB" give the right instant."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.lexicon import OLD_TIME_CUES
from tests.parsing.mailkit import plain_mail, read_json

SENDER = "Lucía Ferrer <lucia@olivo.example.es>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str, subject: str = "Entrevista") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


def _start(got: dict[str, object]) -> datetime:
    value = got.get("start")
    assert isinstance(value, str), got
    return datetime.fromisoformat(value)


MADRID = "Thu, 11 Feb 2027 12:00:00 +0100"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["vez", "lugar"]),
    st.sampled_from(["lunes", "viernes"]),
    st.sampled_from([("martes 16", 16), ("miércoles 17", 17), ("jueves 18", 18)]),
)
def test_new_slot_first_then_en_vez_del_old(word: str, old_day: str, new: tuple[str, int]) -> None:
    text, day = new
    got = _parse(
        f"Hola,\n\nlo pasamos al {text} a las 12 en {word} del {old_day} a las 10, ya lo he "
        "cambiado en el calendario.\n\nSaludos,\nJorge",
        MADRID,
    )
    start = _start(got)
    assert (start.month, start.day, start.hour) == (2, day, 12)


def test_old_time_cue_reads_the_contraction_but_not_other_words() -> None:
    assert OLD_TIME_CUES.search("en vez del lunes")
    assert OLD_TIME_CUES.search("en lugar del martes")
    assert not OLD_TIME_CUES.search("en vez delante")  # a whole word only


def test_control_plain_confirmation_unchanged() -> None:
    got = _parse("Hola,\n\nte confirmo la entrevista el martes 16 a las 12.\n\nJorge", MADRID)
    start = _start(got)
    assert (start.day, start.hour) == (16, 12)
    assert got.get("kind") == "invitation"


def test_japanese_next_week_weekday_and_hour() -> None:
    got = _parse(
        "Alex様\n\n二次面接は来週火曜の15時からで確定いたしました。\n\n佐藤",
        "Wed, 13 Jan 2027 14:20:00 +0900",
        "面接日程確定のご連絡",
    )
    assert _start(got).isoformat() == "2027-01-19T15:00:00+09:00"


def test_korean_tomorrow_afternoon() -> None:
    got = _parse(
        "Alex님 안녕하세요,\n\n내일 오후 3시에 강남 사무실에서 뵙겠습니다.\n\n김지은 드림",
        "Tue, 12 Jan 2027 16:00:00 +0900",
        "내일 면접 안내",
    )
    assert _start(got).isoformat() == "2027-01-13T15:00:00+09:00"


def test_indonesian_wib_zone() -> None:
    got = _parse(
        "Halo Alex,\n\nmau konfirmasi ya, interview-nya besok jam 10.00 WIB di kantor kami.\n\n"
        "Salam,\nDewi",
        "Wed, 13 Jan 2027 15:00:00 +0700",
        "Konfirmasi interview besok",
    )
    assert _start(got).isoformat() == "2027-01-14T10:00:00+07:00"


def test_dutch_ipv_old_slot_first_then_wordt_het_new() -> None:
    got = _parse(
        "Hoi Alex,\n\nipv vrijdag 19/2 om 10:00 wordt het maandag 22/2 om 13:30, Sanne is "
        "vrijdag ziek.\n\nGroet,\nBram",
        "Mon, 15 Feb 2027 08:50:00 +0100",
        "verzetten gesprek",
    )
    assert _start(got).isoformat() == "2027-02-22T13:30:00+01:00"


def test_control_dutch_plain_slot() -> None:
    got = _parse(
        "Hoi Alex,\n\nhet gesprek is maandag 22/2 om 13:30.\n\nGroet,\nBram",
        "Mon, 15 Feb 2027 08:50:00 +0100",
        "gesprek",
    )
    assert _start(got).isoformat() == "2027-02-22T13:30:00+01:00"


TOKYO = "Mon, 01 Feb 2027 10:00:00 +0900"


def _claimed(got: dict[str, object]) -> bool:
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["①", "②", "③", "⑴", "⒈"]), st.integers(3, 9), st.integers(1, 28))
def test_circled_list_number_does_not_glue_onto_the_date(mark: str, month: int, day: int) -> None:
    got = _parse(f"Alex様\n\n面接日時：\n{mark}{month}/{day} 10:00～11:00\n\n中村", TOKYO, "面接")
    start = _start(got)
    assert (start.month, start.day, start.hour) == (month, day, 10)


def test_japanese_pick_from_candidates_is_not_sure() -> None:
    got = _parse(
        "Alex様\n\n二次面接の日程につきまして、以下の候補からご都合の良い日時をお選びください。\n\n"
        "①2/8（月）10:00～11:00\n②2/9（火）14:00～15:00\n\n中村",
        TOKYO,
        "二次面接の候補日",
    )
    assert not _claimed(got)


def test_japanese_ask_for_candidate_times_is_not_sure() -> None:
    got = _parse(
        "Alex様\n\n来週のご都合の良い日時を2〜3候補いただけますでしょうか。弊社は火曜・木曜の午後"
        "でしたら調整可能です。\n\n佐藤",
        TOKYO,
        "最終面接の日程調整",
    )
    assert not _claimed(got)


def test_control_japanese_fixed_slot_is_sure() -> None:
    got = _parse(
        "Alex様\n\n下記の通り面接を実施いたします。\n\n日時：2月8日（月）10:00～11:00\n"
        "場所：本社5F\n\n中村",
        TOKYO,
        "面接のご案内",
    )
    assert _start(got).isoformat() == "2027-02-08T10:00:00+09:00"
    assert _claimed(got)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([("drei", 14), ("elf", 10), ("zehn", 9), ("vier", 15)]))
def test_austrian_viertel_counts_toward_the_coming_hour(pair: tuple[str, int]) -> None:
    word, hour = pair
    got = _parse(
        f"Servus Alex,\n\nwie besprochen passt uns Mittwoch, 16.12., um viertel {word} bei uns "
        "im Büro.\n\nLG Lukas",
        "Thu, 10 Dec 2026 11:02:00 +0100",
        "Termin Mittwoch",
    )
    start = _start(got)
    assert (start.day, start.hour, start.minute) == (16, hour, 15)


def test_control_viertel_nach_is_past_the_hour() -> None:
    got = _parse(
        "Servus Alex,\n\npasst uns Mittwoch, 16.12., um viertel nach drei im Büro.\n\nLG Lukas",
        "Thu, 10 Dec 2026 11:02:00 +0100",
        "Termin Mittwoch",
    )
    start = _start(got)
    assert (start.hour, start.minute) == (15, 15)


def test_arabic_tomorrow_with_tanween_on_the_dal() -> None:
    got = _parse(
        "الأستاذ أليكس،\n\nالسلام عليكم،\n\nنؤكد لكم موعد المقابلة غدًا الساعة 3 عصرًا بتوقيت "
        "الرياض عبر Microsoft Teams.\n\nمع التحية،\nنورة",
        "Sun, 10 Jan 2027 13:00:00 +0300",
        "تأكيد موعد المقابلة",
    )
    assert _start(got).isoformat() == "2027-01-11T15:00:00+03:00"


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["tenemos que anular", "hay que anular", "debemos anular"]))
def test_spanish_anular_is_a_cancellation(verb: str) -> None:
    got = _parse(
        f"Hola Alex,\n\nsiento avisarte tarde pero {verb} la entrevista del jueves 21 a las "
        "12:00, se ha congelado la vacante.\n\nLucía",
        "Tue, 19 Jan 2027 10:20:00 +0100",
        "Entrevista del jueves",
    )
    assert got.get("kind") == "cancellation"
    assert _start(got).isoformat() == "2027-01-21T12:00:00+01:00"


def test_control_spanish_confirmation_is_an_invitation() -> None:
    got = _parse(
        "Hola Alex,\n\nte confirmo la entrevista del jueves 21 a las 12:00 en la oficina.\n\nLucía",
        "Tue, 19 Jan 2027 10:20:00 +0100",
        "Entrevista del jueves",
    )
    assert got.get("kind") == "invitation"
