"""Recruiting mail from regions with their own habits: Turkic month names with the locative
ending ("24 қарашада", "25-noyabrda"), Korean "까지" after a time (by then, not at then),
Indonesian and Malay "hadir" (attend), Indian "F2F round", drives open to every shortlisted
candidate, and a platform's stamp of when something happened ("viewed at 09.07") just before
the mail went out. Each case is written here in our own words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from service.parsing import parse_message

INVITATIONS = {"invitation", "reschedule", "cancellation"}


def _mail(body: str, offset: str, subject: str = "Hello", sent: str = "09:12:00") -> bytes:
    return (
        "From: Desk <desk@employer.example>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: Mon, 30 Nov 2026 {sent} {offset}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def _claims(raw: bytes) -> bool:
    result = parse_message(raw)
    return result.kind in INVITATIONS and result.confidence >= 0.5


@pytest.mark.parametrize(
    ("body", "hours", "expected"),
    [
        (
            "Сізді сұхбатқа шақырамыз: 2026 жылғы 9 желтоқсанда сағат 15:00-де (Астана уақыты).",
            5,
            datetime(2026, 12, 9, 15, 0),
        ),
        (
            "Sizni suhbatga taklif qilamiz: 10-dekabrda soat 11:30 da (Toshkent vaqti bilan).",
            5,
            datetime(2026, 12, 10, 11, 30),
        ),
        (
            "Mhn hadir di kantor kami hari Kamis 3/12 jam 10 WIB. Bawa CV.",
            7,
            datetime(2026, 12, 3, 10, 0),
        ),
        (
            "Anda dijemput untuk hadir pada 4 Disember 2026, jam 2.30 petang (waktu Malaysia).",
            8,
            datetime(2026, 12, 4, 14, 30),
        ),
        (
            "You are shortlisted for the F2F round on Saturday, 12-12-2026 at 10.30 AM at our "
            "Hyderabad campus. Kindly report by 10.15 AM.",
            5.5,
            datetime(2026, 12, 12, 10, 30),
        ),
        (
            "면접 일정: 12월 10일 (목) 오후 2시부터 3시까지, 본사 3층입니다.",
            9,
            datetime(2026, 12, 10, 14, 0),
        ),
    ],
)
def test_regional_invitations_read_their_slot(body: str, hours: float, expected: datetime) -> None:
    offset = timezone(timedelta(hours=hours))
    sign = f"+{int(hours):02d}{int(hours % 1 * 60):02d}"
    result = parse_message(_mail(body, sign))
    assert result.kind in INVITATIONS, (body, result.warnings)
    assert isinstance(result.start, datetime), body
    assert result.start == expected.replace(tzinfo=offset), body


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        # results announced by a time: "까지" after the clock, and the result words
        (
            "면접에 참석해 주셔서 감사합니다. 면접 결과는 12월 7일 (월) 오후 6시까지 "
            "안내드리겠습니다.",
            "+0900",
        ),
        (
            "選考結果は12月7日(月) 18時頃にメールでご連絡いたします。面接へのご参加"
            "ありがとうございました。",
            "+0900",
        ),
        # a drive for every shortlisted candidate, not the reader's own slot
        (
            "You are shortlisted for the interview process. A hiring drive runs on 5th Dec, "
            "10:00 AM onwards at our Pune office, open to all shortlisted candidates.",
            "+0530",
        ),
        # when the platform saw the application, minutes before it wrote
        (
            "Lamaranmu sudah dilihat pada 30 Nov 2026 pukul 09.07 WIB. Kami kabari jika ada "
            "undangan interview.",
            "+0700",
        ),
        (
            "Tu hoja de vida fue vista el 30/11 a las 9:03 a. m. Si avanzas, te invitarán a "
            "una entrevista.",
            "-0500",
        ),
    ],
)
def test_regional_lookalikes_are_not_claimed(body: str, offset: str) -> None:
    assert not _claims(_mail(body, offset)), body


def test_a_meeting_on_the_hour_just_before_the_mail_is_still_read() -> None:
    """Only stamps to the odd minute count as past at once; a notice sent a little late
    about a slot on the hour keeps its hour's grace."""
    body = "Reminder: your interview is today, 30 Nov 2026, at 09:00 WIB on Google Meet."
    result = parse_message(_mail(body, "+0700", sent="09:05:00"))
    assert isinstance(result.start, datetime)
    assert result.start.hour == 9


@pytest.mark.parametrize(
    ("body", "offset", "start", "end"),
    [
        # "half" after the hour word in Chinese, Japanese and Korean
        ("面试安排在12月10日（周四）晚上7点半，时长30分钟。", "+0800", (19, 30), None),
        ("面试时间：12月10日 下午3点半-4点半", "+0800", (15, 30), (16, 30)),
        ("面接は12月10日(木)午後2時半からです。", "+0900", (14, 30), None),
        ("면접은 12월 10일 (목) 오후 2시 반에 시작합니다.", "+0900", (14, 30), None),
        # the hour in Chinese or Japanese numerals
        ("请于2026年12月10日上午十点到公司参加面试。", "+0800", (10, 0), None),
        ("面试时间：12月10日下午两点十五分，地点：公司三楼。", "+0800", (14, 15), None),
        ("面接日時：12月10日 午後三時～午後四時", "+0900", (15, 0), (16, 0)),
        # a Thai month abbreviated with dots, and the Buddhist year
        ("ขอเชิญสัมภาษณ์งานวันที่ 10 ธ.ค. 2569 เวลา 10:00 - 11:00 น.", "+0700", (10, 0), (11, 0)),
    ],
)
def test_east_asian_and_thai_clocks(
    body: str, offset: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    result = parse_message(_mail(body, offset, subject="面试 / 面接 / 면접 / สัมภาษณ์"))
    assert isinstance(result.start, datetime), body
    assert (result.start.month, result.start.day) == (12, 10), body
    assert (result.start.hour, result.start.minute) == start, body
    if end is not None:
        assert isinstance(result.end, datetime), body
        assert (result.end.hour, result.end.minute) == end, body


def test_chinese_numerals_before_the_point_word_are_not_always_a_clock() -> None:
    """Neither "以下三点" (three points to note) nor "早一点" (a little earlier) is a clock."""
    body = "面试时间：12月10日 14:00。请注意以下三点：准时到达，携带简历，早一点出发。"
    result = parse_message(_mail(body, "+0800", subject="面试通知"))
    assert isinstance(result.start, datetime)
    assert (result.start.hour, result.start.minute) == (14, 0)


@pytest.mark.parametrize(
    ("body", "offset", "start"),
    [
        # the part of the day in words, before or after the hour
        ("Görüşmemiz 10 Aralık Perşembe öğleden sonra 2'de, ofisimizde.", "+0300", (14, 0)),
        ("Mülakat 10 Aralık akşam saat 7'de, online.", "+0300", (19, 0)),
        ("Ждём вас на собеседование в четверг в 11 утра, 10 декабря.", "+0300", (11, 0)),
        ("Співбесіда 10 грудня о 7 вечора, онлайн.", "+0200", (19, 0)),
        # Arabic hours as ordinals after "الساعة"
        ("موعد المقابلة يوم الخميس 10 ديسمبر الساعة الثالثة عصراً.", "+0400", (15, 0)),
        ("المقابلة يوم 10 ديسمبر 2026 الساعة العاشرة والنصف صباحاً.", "+0300", (10, 30)),
        # the Russian hyphen between hours and minutes
        ("Собеседование 10 декабря в 15-00, офис на Тверской.", "+0300", (15, 0)),
        ("Співбесіда 10.12.2026 о 10-30.", "+0200", (10, 30)),
        # Filipino ordinal day
        ("Panayam sa Huwebes, ika-10 ng Disyembre, 2:00 ng hapon.", "+0800", (14, 0)),
    ],
)
def test_day_parts_word_hours_and_separators(
    body: str, offset: str, start: tuple[int, int]
) -> None:
    result = parse_message(_mail(body, offset, subject="Interview"))
    assert result.kind in INVITATIONS, (body, result.warnings)
    assert isinstance(result.start, datetime), body
    assert (result.start.month, result.start.day) == (12, 10), body
    assert (result.start.hour, result.start.minute) == start, body


def test_counts_with_a_hyphen_stay_counts() -> None:
    body = "Собеседование 10 декабря в 15:00. Тест займёт 10-15 минут, в 2-3 раза быстрее."
    result = parse_message(_mail(body, "+0300", subject="Собеседование"))
    assert isinstance(result.start, datetime)
    assert (result.start.hour, result.start.minute) == (15, 0)


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Candidatura",
            "Recebemos sua candidatura. As entrevistas começam em 10/12 às 9h.",
            "-0300",
        ),
        (
            "Postulación",
            "Recibimos tu postulación. Las entrevistas serán el 10/12 a las 9:00.",
            "-0500",
        ),
        ("Отклик", "Ваш отклик отправлен. Собеседования пройдут 10 декабря с 10:00.", "+0300"),
        (
            "Aplikacja",
            "Twoja aplikacja została wysłana. Rozmowy od 10 grudnia, godz. 9:00.",
            "+0100",
        ),
        (
            "Lamaran",
            "Lamaran kamu sudah terkirim. Interview mulai 10 Desember pukul 09.00.",
            "+0700",
        ),
        ("応募", "応募を受け付けました。面接は12月10日(木) 10:00から順次行います。", "+0900"),
        ("投递", "简历投递成功！面试将于12月10日 10:00开始陆续安排。", "+0800"),
        ("지원", "입사지원이 완료되었습니다. 면접은 12월 10일 10:00부터 순차 진행됩니다.", "+0900"),
    ],
)
def test_application_receipts_are_not_claimed(subject: str, body: str, offset: str) -> None:
    assert not _claims(_mail(body, offset, subject=subject)), body


@pytest.mark.parametrize(
    ("body", "utc"),
    [
        ("Entrevista el jueves 10 de diciembre a las 10:00 hora Colombia.", (15, 0)),
        ("Entrevista el jueves 10 de diciembre a las 10:00 (hora de Bolivia).", (14, 0)),
        ("Entrevista el jueves 10 de diciembre a las 10:00 (hora de Paraguay).", (13, 0)),
        ("Interview on 10 Dec 2026 at 10:00 AM (Doha time).", (7, 0)),
        ("Interview on 10 Dec 2026 at 10:00 AM KSA time.", (7, 0)),
        ("Interview on 10 Dec 2026 at 10:00 AM (Sri Lanka time).", (4, 30)),
        ("Interview on 10 Dec 2026 at 10:00 AM Pakistan time.", (5, 0)),
        ("Собеседование 10 декабря в 10:00 по Алматы.", (5, 0)),
        ("Собеседование 10 декабря в 10:00 (время Ташкента).", (5, 0)),
        ("Собеседование 10 декабря в 10:00 по Бишкеку.", (4, 0)),
    ],
)
def test_one_zone_countries_and_cis_capitals_pin_the_instant(
    body: str, utc: tuple[int, int]
) -> None:
    result = parse_message(_mail(body, "+0000", subject="Interview"))
    assert isinstance(result.start, datetime), body
    moment = result.start.astimezone(UTC)
    assert (moment.day, moment.hour, moment.minute) == (10, *utc), body


def test_ast_is_arabia_time_from_a_gulf_sender_and_atlantic_elsewhere() -> None:
    body = "Your interview is on 10 Dec 2026 at 10:00 AM AST."

    def read(sender: str, offset: str) -> datetime:
        raw = _mail(body, offset, subject="Interview").replace(
            b"desk@employer.example", sender.encode()
        )
        start = parse_message(raw).start
        assert isinstance(start, datetime)
        return start.astimezone(UTC)

    assert read("hr@najd.example.sa", "+0300").hour == 7
    assert read("hr@harbour.example.ca", "-0400").hour == 14


def test_reporting_time_is_not_the_interview_time() -> None:
    body = (
        "You are invited for the interview.\n\nInterview Date: 10-Dec-2026\nReporting Time: "
        "9:30 AM\nInterview Time: 10:00 AM\nVenue: Plot 7, Electronic City, Bengaluru"
    )
    start = parse_message(_mail(body, "+0530", subject="Interview call letter")).start
    assert isinstance(start, datetime)
    assert (start.hour, start.minute) == (10, 0)


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        ("Сізді сұхбатқа шақырамыз.\nКүні: 10.12.2026\nУақыты: 15:00", "+0500"),
        ("Sizni suhbatga taklif qilamiz.\nSana: 10.12.2026\nVaqt: 15:00", "+0500"),
    ],
)
def test_kazakh_and_uzbek_interviews_are_meetings_with_someone(body: str, offset: str) -> None:
    result = parse_message(_mail(body, offset, subject="Suhbat / Сұхбат"))
    assert isinstance(result.start, datetime)
    assert result.confidence >= 0.5, result.warnings


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        # "até" and "前": by then, not at then
        ("Atualização", "Sua candidatura avançou. Prazo estimado: até 10/12 às 18h.", "-0300"),
        ("笔试通知", "请于12月10日18:00前完成在线笔试，通过后将安排面试。", "+0800"),
        # open days and live streams are events for everyone
        ("Dzień otwarty", "Zapraszamy na Dzień Otwarty 10 grudnia w godz. 10:00–14:00.", "+0100"),
        (
            "Live",
            "Quinta, 10/12, às 19h, faremos uma live no YouTube com dicas de entrevista.",
            "-0300",
        ),
        # a Turkish application receipt
        (
            "Başvuru",
            "Başvurunuz alındı. Mülakatlar 10 Aralık'ta saat 10:00'da başlayacak.",
            "+0300",
        ),
    ],
)
def test_deadlines_events_and_receipts_of_more_languages(
    subject: str, body: str, offset: str
) -> None:
    assert not _claims(_mail(body, offset, subject=subject)), body


def test_going_to_the_office_at_a_time_is_no_deadline() -> None:
    """ "前往" (go to) starts with the same character as "前" (before)."""
    body = "面试安排：12月10日下午2点前往公司三楼参加面试。"
    result = parse_message(_mail(body, "+0800", subject="面试通知"))
    assert _claims(_mail(body, "+0800", subject="面试通知"))
    assert isinstance(result.start, datetime)
    assert (result.start.hour, result.start.minute) == (14, 0)


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        (
            "The online assessment link is active from 10th Dec, 10:00 AM to 11th Dec, "
            "10:00 AM IST. Interviews will be scheduled after the results.",
            "+0530",
        ),
        (
            "Тестирование доступно с 10 декабря 9:00 до 11 декабря 18:00, после него "
            "пригласим на собеседование.",
            "+0300",
        ),
        (
            "La prueba en línea estará abierta del 10/12 a las 9:00 hasta el 11/12 a las 18:00; "
            "luego agendaremos la entrevista.",
            "-0500",
        ),
    ],
)
def test_a_window_a_day_wide_is_no_slot(body: str, offset: str) -> None:
    assert not _claims(_mail(body, offset, subject="Assessment / Тест / Prueba")), body


def test_a_move_from_one_day_to_the_next_is_still_a_move() -> None:
    body = "Your interview has been rescheduled from 10 Dec 2026, 10:00 AM to 11 Dec 2026, 3:00 PM."
    result = parse_message(_mail(body, "+0530", subject="Interview rescheduled"))
    assert result.kind == "reschedule"
    assert isinstance(result.start, datetime)
    assert (result.start.day, result.start.hour) == (11, 15)
