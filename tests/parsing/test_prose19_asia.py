"""Interview mail typed in Asian languages (prose19): a bare South Asian "o'clock" hour ("3
baje", "3 बजे", "3 بجے") is in the afternoon, as English "at 3" is, unless a part of the day
says otherwise; "X baje wala slot ab Y baje hoga" moves the meeting to Y; a Chinese range
written in Chinese numerals keeps its end ("上午十点至十一点"); and a Hinglish "aap kab free
ho?" asks for the reader's times, so it books nothing."""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import plain_mail, read_json, sure_json

KOLKATA = "Thu, 15 Apr 2027 19:10:00 +0530"
SHANGHAI = "Mon, 19 Apr 2027 10:00:00 +0800"
SENDER = "Sunita Rao <sunita.rao@deccan-works.example>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str, subject: str = "Interview") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Namaste Sam,\n\nAapka HR round Tuesday, 20 April ko 3 baje office mein hai. Resume "
            "ki ek copy le aana.\n\nSunita",
            "2027-04-20T15:00:00+05:30",
        ),
        (
            "प्रिय सैम,\n\nआपका साक्षात्कार मंगलवार, 20 अप्रैल 2027 को 4 बजे हमारे कार्यालय में होगा।\n\nसुनीता",
            "2027-04-20T16:00:00+05:30",
        ),
        (
            "प्रिय सैम,\n\nआपका साक्षात्कार मंगलवार, 20 अप्रैल 2027 को सुबह 6 बजे ऑनलाइन होगा।\n\nसुनीता",
            "2027-04-20T06:00:00+05:30",
        ),
        (
            "Namaste Sam,\n\nAapka interview Tuesday, 20 April ko 11 baje hai.\n\nSunita",
            "2027-04-20T11:00:00+05:30",
        ),
    ],
)
def test_bare_south_asian_hour_is_in_the_afternoon(body: str, start: str) -> None:
    got = _parse(body, KOLKATA)
    assert got["start"] == start


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThoda change hai - Tuesday (20 April) ka 4 baje wala slot ab 12 baje "
        "(IST) hoga. Link wahi rahega.\n\nSunita",
        "प्रिय सैम,\n\nमंगलवार (20 अप्रैल) का 4 बजे वाला इंटरव्यू अब 12 बजे होगा। बाकी सब वही रहेगा।\n\nसुनीता",
    ],
)
def test_wala_slot_now_moves_to_the_later_hour(body: str) -> None:
    got = _parse(body, KOLKATA, subject="Interview time change")
    assert got["start"] == "2027-04-20T12:00:00+05:30"


def test_chinese_numeral_range_keeps_its_end() -> None:
    body = (
        "Sam 你好，\n\n面试安排在4月23日（周五）下午三点至四点，地点：公司总部5楼。\n\n"
        "请准时参加。\n\n人事部"
    )
    got = _parse(body, SHANGHAI, subject="面试通知")
    assert got["start"] == "2027-04-23T15:00:00+08:00"
    assert got["end"] == "2027-04-23T16:00:00+08:00"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nClient ne profile shortlist kiya hai. Friday (23 April) ko dopahar 2 se 5 "
        "ke beech aap kab free ho? Uske hisaab se main call fix kar dungi.\n\nSunita",
        "Hi Sam,\n\nPanel Friday, 23 April ko 11 se 1 ke beech available hai - apni "
        "availability share karo, phir invite bhejti hoon.\n\nSunita",
    ],
)
def test_hinglish_availability_ask_is_not_sure(body: str) -> None:
    assert not sure_json(_parse(body, KOLKATA, subject="Client interview"))


def test_hinglish_slot_with_a_later_question_stays_sure() -> None:
    body = (
        "Hi Sam,\n\nAapka technical round Friday, 23 April ko 11:00 AM (IST) fix hai. Google "
        "Meet link: https://meet.example/abc-defg-hij\n\nKoi doubt ho to call kar lena.\n\n"
        "Sunita"
    )
    got = _parse(body, KOLKATA)
    assert got["start"] == "2027-04-23T11:00:00+05:30"
    assert sure_json(got)
