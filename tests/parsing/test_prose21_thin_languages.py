"""Interview mail in languages the corpus covered thinly (prose21): an Ethiopian-calendar
date ("ሚያዝያ 5 ቀን 2019 ዓ.ም.") is the Gregorian day it names; Tagalog hours in Spanish
numbers ("alas-dos ng hapon", "alas-diyes y medya") and the Bosnian/Croatian/Serbian "u pola
11" (10:30) are clock times; Zulu, Khmer and Lao words for an interview make the mail sure;
Swahili and Afrikaans moves ("umesogezwa", "geskuif", "nuwe tyd") go to the new slot; and
results to be announced then (Swahili "matokeo ... yatatangazwa", Amharic "ውጤቱ ...
ይገለጻል", Khmer "... ប្រកាស") book nothing."""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import plain_mail, read_json, sure_json

ADDIS = "Wed, 07 Apr 2027 09:15:00 +0300"
MANILA = "Mon, 19 Apr 2027 16:20:00 +0800"
SARAJEVO = "Mon, 19 Apr 2027 15:00:00 +0200"
SENDER = "Recruiter <recruiter@hiring.example>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str, subject: str = "Interview") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


@pytest.mark.parametrize(
    ("when", "start"),
    [
        # Miyazya 5, 2019 is Tuesday 13 April 2027; the eighth hour of the day is 14:00
        ("ማክሰኞ፣ ሚያዝያ 5 ቀን 2019 ዓ.ም. ከቀኑ 8:00 ሰዓት", "2027-04-13T14:00:00+03:00"),
        # another spelling of the month, no "ቀን", the third hour of the morning
        ("ሚያዚያ 11 2019 ዓ.ም ከጠዋቱ 3:00 ሰዓት", "2027-04-19T09:00:00+03:00"),
        # Ginbot 1, 2019 is 9 May 2027
        ("ግንቦት 1 ቀን 2019 ዓ.ም. ከጠዋቱ 4:00 ሰዓት", "2027-05-09T10:00:00+03:00"),
    ],
)
def test_ethiopian_calendar_date_is_its_gregorian_day(when: str, start: str) -> None:
    body = f"ውድ ሳም፣\n\nለቃለ መጠይቅ እንጋብዝዎታለን።\n\nቀን፦ {when}\nቦታ፦ ቦሌ መንገድ\n\nሰላማዊት"
    got = _parse(body, ADDIS, "የቃለ መጠይቅ ጥሪ")
    assert got["start"] == start
    assert sure_json(got)


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("sa Martes, Abril 20, alas-dos ng hapon", "2027-04-20T14:00:00+08:00"),
        ("bukas (Abril 20), alas-diyes y medya ng umaga", "2027-04-20T10:30:00+08:00"),
        ("sa Martes, Abril 20, ala-una ng hapon", "2027-04-20T13:00:00+08:00"),
    ],
)
def test_tagalog_spanish_numeral_hour(phrase: str, start: str) -> None:
    body = f"Hi Sam,\n\nNais ka naming imbitahan sa interview {phrase}.\n\nSalamat,\nMaricel"
    got = _parse(body, MANILA)
    assert got["start"] == start


def test_bosnian_half_hour_counts_toward_the_coming_hour() -> None:
    body = (
        "Pozdrav Sam,\n\nDirektor bi Vas želio upoznati na završnom razgovoru u "
        "ponedjeljak, 26. aprila, u pola 11 kod nas u uredu. Razgovor traje otprilike pola "
        "sata.\n\nEmir"
    )
    got = _parse(body, SARAJEVO, "Završni razgovor")
    assert got["start"] == "2027-04-26T10:30:00+02:00"


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        (
            "Sawubona Sam\n\nSikumema enhlolokhonweni ngoLwesibili, Ephreli 20, 2027 "
            "ngo-10:00 ekuseni, ehhovisi lethu.\n\nNomvula",
            "Tue, 13 Apr 2027 10:00:00 +0200",
            "2027-04-20T10:00:00+02:00",
        ),
        (
            "ជម្រាបសួរ Sam,\n\nយើងខ្ញុំសូមអញ្ជើញលោកមកសម្ភាសន៍ការងារ នៅថ្ងៃអង្គារ ទី20 ខែមេសា "
            "ឆ្នាំ2027 វេលាម៉ោង 2:00 រសៀល។\n\nចាន់ធី",
            "Mon, 12 Apr 2027 08:40:00 +0700",
            "2027-04-20T14:00:00+07:00",
        ),
        (
            "ຮຽນ Sam,\n\nພວກເຮົາຂໍເຊີນທ່ານມາສຳພາດ ວັນອັງຄານ, 20 ເມສາ 2027 ເວລາ ບ່າຍ 2 ໂມງ.\n\nສຸກສະຫວັນ",
            "Mon, 12 Apr 2027 10:00:00 +0700",
            "2027-04-20T14:00:00+07:00",
        ),
    ],
)
def test_interview_word_makes_the_mail_sure(body: str, date: str, start: str) -> None:
    got = _parse(body, date, "Invitation")
    assert got["start"] == start
    assert sure_json(got)


def test_swahili_move_goes_to_the_new_slot() -> None:
    body = (
        "Habari Sam,\n\nUsaili wako wa pili uliopangwa Jumatatu, 19 Aprili saa nane mchana "
        "umesogezwa kwa sababu Mkurugenzi atakuwa safarini.\n\nUsaili mpya utafanyika "
        "Jumatano, 21 Aprili 2027, saa tano asubuhi (11:00 AM), mahali pale pale.\n\nWanjiru"
    )
    got = _parse(body, "Fri, 16 Apr 2027 09:05:00 +0300", "Mabadiliko: usaili wa pili")
    assert got["kind"] == "reschedule"
    assert got["start"] == "2027-04-21T11:00:00+03:00"
    assert sure_json(got)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Habari Sam,\n\nAsante kwa kuhudhuria usaili jana.\n\nMatokeo ya usaili "
            "yatatangazwa Ijumaa, 30 Aprili 2027 kabla ya saa kumi jioni.\n\nHR",
            "Tue, 20 Apr 2027 16:00:00 +0300",
        ),
        (
            "ውድ ሳም፣\n\nበቃለ መጠይቁ ስለተሳተፉ እናመሰግናለን። የመጨረሻው ውጤት ረቡዕ ሚያዝያ 20 ቀን "
            "2019 ዓ.ም. ከቀኑ 6:00 ሰዓት በኋላ በማስታወቂያ ሰሌዳ ላይ ይለጠፋል።\n\nየሰው ሀብት",
            "Tue, 20 Apr 2027 15:00:00 +0300",
        ),
        (
            "ជូនចំពោះ Sam,\n\nបញ្ជីឈ្មោះបេក្ខជនដែលត្រូវបានជ្រើសរើសសម្រាប់សម្ភាសន៍ "
            "នឹងត្រូវប្រកាសនៅថ្ងៃទី 30 ខែមេសា ឆ្នាំ 2027 ម៉ោង 10:00។\n\nផ្នែកធនធានមនុស្ស",
            "Tue, 20 Apr 2027 09:00:00 +0700",
        ),
    ],
)
def test_results_announced_then_book_nothing(body: str, date: str) -> None:
    got = _parse(body, date, "Results")
    assert not sure_json(got)
