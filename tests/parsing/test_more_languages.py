"""Invitations as people write them in languages the first corpus lacked: each sentence here
is our own, in the shapes real recruiters use (bare hours with range words, time words before
the number, local zone phrases, day-month dates with spaces)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message


def _mail(body: str, subject: str, date: str, sender: str = "Recruiter <r@firm.example>") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "alex@mailbox.example"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


CASES = [
    # CLDR's shortened Vietnamese month ("thg 12") and time before the date, as software prints
    pytest.param(
        "Chào bạn, mời bạn tham gia buổi phỏng vấn lúc 09:00–09:45 3 thg 12, 2026.",
        "Lịch phỏng vấn",
        "Mon, 30 Nov 2026 10:00:00 +0700",
        datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        datetime(2026, 12, 3, 9, 45, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        id="vi-cldr-thg-month",
    ),
    # CLDR's Basque full date puts the case endings in brackets; the weekday agrees with it
    pytest.param(
        "Kaixo, elkarrizketarako gonbidatzen zaitugu: 2026(e)ko abenduaren 4(a), ostirala (10:00).",
        "Elkarrizketa",
        "Mon, 30 Nov 2026 10:00:00 +0100",
        datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("Europe/Madrid")),
        None,
        id="eu-cldr-bracketed-endings",
    ),
    # "傍晚" (early evening) is after noon, as "下午" is
    pytest.param(
        "您好，诚邀您参加面试，时间：2026年12月3日 傍晚6:00。",
        "面试邀请",
        "Mon, 30 Nov 2026 10:00:00 +0800",
        datetime(2026, 12, 3, 18, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
        None,
        id="zh-early-evening-is-pm",
    ),
    # "listopada" is November in Polish and October in Croatian
    pytest.param(
        "Dzień dobry, zapraszamy na rozmowę kwalifikacyjną 12 listopada 2026 o godz. 10:00.",
        "Zaproszenie na rozmowę",
        "Mon, 02 Nov 2026 10:00:00 +0100",
        datetime(2026, 11, 12, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw")),
        None,
        id="pl-listopada-is-november",
    ),
    pytest.param(
        "Poštovani, pozivamo Vas na razgovor u ponedjeljak, 12. listopada 2026. u 10:00 sati.",
        "Poziv na razgovor",
        "Mon, 05 Oct 2026 10:00:00 +0200",
        datetime(2026, 10, 12, 10, 0, tzinfo=ZoneInfo("Europe/Zagreb")),
        None,
        id="hr-listopada-is-october",
    ),
    pytest.param(
        "Добрый день! Приглашаем на собеседование в четверг, 11 июня, с 15 до 16 по Москве.",
        "Собеседование",
        "Mon, 08 Jun 2026 10:00:00 +0300",
        datetime(2026, 6, 11, 15, 0, tzinfo=ZoneInfo("Europe/Moscow")),
        datetime(2026, 6, 11, 16, 0, tzinfo=ZoneInfo("Europe/Moscow")),
        id="ru-bare-hour-range-moscow",
    ),
    pytest.param(
        "Poštovani, pozivamo Vas na razgovor u srijedu, 20. svibnja 2026. od 9 do 10 sati.",
        "Poziv na razgovor",
        "Mon, 11 May 2026 10:00:00 +0200",
        datetime(2026, 5, 20, 9, 0, tzinfo=ZoneInfo("Europe/Zagreb")),
        datetime(2026, 5, 20, 10, 0, tzinfo=ZoneInfo("Europe/Zagreb")),
        id="hr-month-genitive-sati",
    ),
    pytest.param(
        "Здравейте, каним Ви на интервю.\nДата: 15.04.2026 г.\nЧас: 11:00 – 12:00 ч.",
        "Покана за интервю",
        "Mon, 06 Apr 2026 10:00:00 +0300",
        datetime(2026, 4, 15, 11, 0, tzinfo=ZoneInfo("Europe/Sofia")),
        datetime(2026, 4, 15, 12, 0, tzinfo=ZoneInfo("Europe/Sofia")),
        id="bg-label-block",
    ),
    pytest.param(
        "आपका साक्षात्कार शुक्रवार, 10 जुलाई 2026 को दोपहर 2:30 बजे (भारतीय मानक समय) होगा।",
        "साक्षात्कार हेतु आमंत्रण",
        "Mon, 06 Jul 2026 10:00:00 +0530",
        datetime(2026, 7, 10, 14, 30, tzinfo=ZoneInfo("Asia/Kolkata")),
        None,
        id="hi-afternoon-before-the-time",
    ),
    pytest.param(
        "Tuan/Puan dijemput untuk temuduga.\nTarikh : 9 Julai 2026\nMasa : 2.30 petang",
        "Jemputan Temuduga",
        "Mon, 06 Jul 2026 10:00:00 +0800",
        datetime(2026, 7, 9, 14, 30, tzinfo=ZoneInfo("Asia/Kuala_Lumpur")),
        None,
        id="ms-petang",
    ),
    pytest.param(
        "Ang interview mo ay sa Biyernes, Hulyo 10, 2026, mula 1:00 hanggang 2:00 ng hapon (PHT).",
        "Interview schedule",
        "Mon, 06 Jul 2026 10:00:00 +0800",
        datetime(2026, 7, 10, 13, 0, tzinfo=ZoneInfo("Asia/Manila")),
        datetime(2026, 7, 10, 14, 0, tzinfo=ZoneInfo("Asia/Manila")),
        id="fil-hanggang-ng-hapon",
    ),
    pytest.param(
        "Xin đổi lịch phỏng vấn từ 10h00 thứ Ba ngày 07/07/2026 sang 15h00 thứ Năm ngày "
        "09/07/2026 (giờ Việt Nam).",
        "Đổi lịch phỏng vấn",
        "Mon, 06 Jul 2026 10:00:00 +0700",
        datetime(2026, 7, 9, 15, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        None,
        id="vi-time-before-date-moved",
    ),
    pytest.param(
        "يسرنا دعوتكم لمقابلة يوم الأربعاء 8 يوليو 2026 من الساعة 1:00 مساءً حتى الساعة 2:00 "
        "مساءً بتوقيت دبي.",
        "دعوة لمقابلة",
        "Mon, 06 Jul 2026 10:00:00 +0400",
        datetime(2026, 7, 8, 13, 0, tzinfo=ZoneInfo("Asia/Dubai")),
        datetime(2026, 7, 8, 14, 0, tzinfo=ZoneInfo("Asia/Dubai")),
        id="ar-evening-range-dubai",
    ),
    pytest.param(
        "誠摯邀請您參加面試。\n面試時間：2026年7月8日 下午2:00至3:30（台北時間）",
        "面試邀請",
        "Mon, 06 Jul 2026 10:00:00 +0800",
        datetime(2026, 7, 8, 14, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        datetime(2026, 7, 8, 15, 30, tzinfo=ZoneInfo("Asia/Taipei")),
        id="zh-tw-range-with-zhi",
    ),
    pytest.param(
        "Dobrý deň, pozývame Vás na pohovor v stredu 8. 7. 2026 o 10:00.",
        "Pozvánka na pohovor",
        "Mon, 06 Jul 2026 10:00:00 +0200",
        datetime(2026, 7, 8, 10, 0, tzinfo=ZoneInfo("Europe/Bratislava")),
        None,
        id="sk-spaced-dotted-date",
    ),
    pytest.param(
        "Zapraszam na rozmowę w środę 18 listopada o 11:00.",
        "Rozmowa rekrutacyjna",
        "Mon, 09 Nov 2026 10:00:00 +0100",
        datetime(2026, 11, 18, 11, 0, tzinfo=ZoneInfo("Europe/Warsaw")),
        None,
        id="pl-listopad-is-november",
    ),
    # Persian writes its month names with its own yeh and kaf ("ژانویه", "اکتبر")
    pytest.param(
        "سلام، از شما برای مصاحبه دعوت می‌کنیم: ۱۴ ژانویه ۲۰۲۷، ساعت ۹:۳۰",
        "دعوت به مصاحبه",
        "Mon, 04 Jan 2027 10:00:00 +0330",
        datetime(2027, 1, 14, 9, 30, tzinfo=ZoneInfo("Asia/Tehran")),
        None,
        id="fa-persian-letters-in-month-names",
    ),
]


def test_a_persian_deadline_is_no_interview() -> None:
    """'مهلت ... تا ۱۵ اکتبر ساعت ۱۷:۰۰' is when something is due, not a meeting."""
    body = (
        "سلام، مهلت ارسال مدارک برای این موقعیت تا ۱۵ اکتبر ۲۰۲۶ ساعت ۱۷:۰۰ تمدید شد."
        " پس از بررسی برای مصاحبه با شما تماس می‌گیریم."
    )
    result = parse_message(_mail(body, "تمدید مهلت", "Mon, 05 Oct 2026 10:00:00 +0330"))
    assert result.kind != "invitation" or result.confidence < 0.5


@pytest.mark.parametrize(("body", "subject", "date", "start", "end"), CASES)
def test_the_instant_is_read(
    body: str, subject: str, date: str, start: datetime, end: datetime | None
) -> None:
    result = parse_message(_mail(body, subject, date))
    assert result.kind in {"invitation", "reschedule"}
    assert result.start == start
    if end is not None:
        assert result.end == end


IST_SENTENCE = "Hi Sam, we'd like to invite you to an interview on Tuesday 14 July 2026, 10:30 IST."


@pytest.mark.parametrize(
    ("sender", "date", "zone"),
    [
        ("Talent <talent@firm.ie>", "Thu, 09 Jul 2026 10:00:00 +0100", "Europe/Dublin"),
        ("Talent <talent@firm.co.il>", "Thu, 09 Jul 2026 10:00:00 +0300", "Asia/Jerusalem"),
        ("Talent <talent@firm.co.in>", "Thu, 09 Jul 2026 10:00:00 +0530", "Asia/Kolkata"),
        # an offset like Ireland's summer clock, but no Irish sender: India, as most mail means
        ("Talent <talent@firm.example>", "Thu, 09 Jul 2026 10:00:00 +0100", "Asia/Kolkata"),
        # an Irish domain writing from India's clock
        ("Talent <talent@firm.ie>", "Thu, 09 Jul 2026 10:00:00 +0530", "Asia/Kolkata"),
    ],
)
def test_ist_is_the_clock_of_the_senders_country(sender: str, date: str, zone: str) -> None:
    """ "IST" is India's, Israel's or Ireland's (summer) time: the sender's domain and the
    Date header's offset together say which."""
    result = parse_message(_mail(IST_SENTENCE, "Interview", date, sender))
    assert result.start == datetime(2026, 7, 14, 10, 30, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("body", "sender", "date", "zone"),
    [
        # "CST" in Chinese mail is China's clock, not the US Central one
        (
            "诚邀您参加面试，时间：2026年12月3日 下午2点 (CST)。",
            "HR <hr@company.example.cn>",
            "Mon, 30 Nov 2026 10:00:00 +0800",
            "Asia/Shanghai",
        ),
        # Canadian French abbreviations, as calendars print them in fr-CA
        (
            "Nous vous invitons à une entrevue le jeudi 3 décembre 2026 à 14 h (HNE).",
            "RH <rh@entreprise.example.ca>",
            "Mon, 30 Nov 2026 10:00:00 -0500",
            "America/Toronto",
        ),
        (
            "Nous vous invitons à un entretien le jeudi 3 décembre 2026 à 14h00 (HNEC).",
            "RH <rh@entreprise.example.fr>",
            "Mon, 30 Nov 2026 10:00:00 +0100",
            "Europe/Paris",
        ),
    ],
)
def test_a_zone_abbreviation_is_read_in_the_mails_language(
    body: str, sender: str, date: str, zone: str
) -> None:
    result = parse_message(_mail(body, "Interview", date, sender))
    assert result.start == datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo(zone))
