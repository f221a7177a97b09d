"""Shapes first met in the ats12 batch (HR, CRM and booking-tool notices): a CRM's "Start Date &
Time :" row, "kindly confirm your availability" under a fixed slot, a booking tool's "Previous
time" row, the end of a slot carried only by the add-to-calendar links, and look-alikes in
further languages (Polish booking pages, Russian and Ukrainian pending bookings, Romanian and
Vietnamese task notices). Each case is the smallest mail of that shape; the mails are ours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from service.parsing import parse_message


def _mail(date: str, subject: str, body: str, html: str | None = None) -> bytes:
    head = (
        f"From: Sender <people@firm.example>\r\nTo: alex@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
    )
    if html is None:
        return f"{head}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n".encode()
    return (
        f'{head}Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def _sure(raw: bytes) -> bool:
    return parse_message(raw).confidence >= 0.5


def test_start_date_and_time_row_is_the_meetings_start_not_a_first_day() -> None:
    body = (
        "Alex Morgan,\n\nYou have been invited for an activity that has been created.\n"
        "The details are:\n\n      Subject: : Interview - Payroll Clerk\n"
        "      Start Date & Time : 2026-07-14 19:00:00 UTC\n"
        "      End Date & Time : 2026-07-14 19:30:00 UTC\n      Location : Office 3B\n\n"
        "Thanks & Regards ,\nGreg"
    )
    result = parse_message(_mail("Thu, 09 Jul 2026 10:05:00 -0400", "Invitation", body))
    assert result.start == datetime(2026, 7, 14, 19, 0, tzinfo=UTC)
    assert result.confidence >= 0.5


def test_confirm_your_availability_under_a_fixed_slot_is_an_rsvp() -> None:
    body = (
        "Dear Alex,\n\nYour interview with Nimbus Fintech has been scheduled.\n\n"
        "Date: 18-06-2026\nTime: 15:30 IST\nMode: Google Meet\n\n"
        "Kindly confirm your availability by replying to this mail.\n\nRegards,\nRohit"
    )
    raw = _mail("Mon, 15 Jun 2026 11:08:00 +0530", "Interview scheduled", body)
    result = parse_message(raw)
    assert result.start == datetime(2026, 6, 18, 15, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert result.confidence >= 0.5


def test_previous_row_of_a_booking_change_is_the_old_slot() -> None:
    body = (
        "Вітаємо!\n\nЧас вашого бронювання змінено.\n\nПослуга: Співбесіда\n"
        "Нова дата: 25.06.2026, 13:00\nПопередня дата: 24.06.2026, 10:00\n"
    )
    result = parse_message(_mail("Mon, 22 Jun 2026 17:45:00 +0300", "Бронювання змінено", body))
    assert result.start is not None
    assert (result.start.day, result.start.hour) == (25, 13)
    assert result.confidence >= 0.5


def test_end_comes_from_the_calendar_link_that_holds_the_same_start() -> None:
    html = (
        "<p>Your appointment with Renee Cho is confirmed.</p><p>Add to calendar: "
        "<a href='https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=x"
        "&amp;dates=20260708T150000Z/20260708T153000Z'>Google</a></p>"
    )
    subject = "Appointment confirmed: Interview on Jul 08, 2026 at 11:00 AM EDT"
    result = parse_message(_mail("Thu, 02 Jul 2026 12:15:00 -0400", subject, "", html))
    assert result.start == datetime(2026, 7, 8, 15, 0, tzinfo=UTC)
    assert result.end == datetime(2026, 7, 8, 15, 30, tzinfo=UTC)


def test_link_for_another_instant_gives_no_end() -> None:
    html = (
        "<p>Your interview is on Jul 08, 2026 at 11:00 AM EDT.</p><p><a href='https://calendar"
        ".google.com/calendar/render?action=TEMPLATE&amp;dates=20260709T150000Z/20260709T153000Z'"
        ">Google</a></p>"
    )
    result = parse_message(_mail("Thu, 02 Jul 2026 12:15:00 -0400", "Interview", "", html))
    assert result.end is None


def test_polish_booking_page_with_the_next_free_slot_is_not_sure() -> None:
    body = (
        "Dzień dobry,\n\nzapraszamy do wyboru terminu rozmowy kwalifikacyjnej.\n\n"
        "Najbliższy wolny termin: środa, 01.07.2026, 10:00\n"
        "Wszystkie wolne terminy: https://book.example/v2\n"
    )
    assert not _sure(_mail("Fri, 26 Jun 2026 08:00:00 +0200", "Zarezerwuj termin", body))


def test_russian_booking_awaiting_confirmation_is_not_sure() -> None:
    body = (
        "Здравствуйте!\n\nМы получили вашу заявку.\n\nУслуга: Повторное собеседование\n"
        "Дата: 29.06.2026\nВремя: 11:00\nСтатус: ожидает подтверждения\n"
    )
    assert not _sure(_mail("Wed, 24 Jun 2026 20:10:00 +0300", "Ваша заявка", body))


def test_romanian_crm_task_with_a_due_date_is_not_sure() -> None:
    html = (
        "Alex Morgan,<br><br>Va aducem la cunostinta ca o activitate asignata dvs. a fost nou "
        "creata.<br> Detaliile sunt:<br><br>Subiect: : Trimite copie diploma"
        "<br>Data & ora inceput : 2026-06-08 14:00:00 UTC"
        "<br>Data scadenta : 2026-06-12 14:00:00 UTC<br>Stare: Neinceput"
        "<br>Locatie : <br>Descriere: Trimiteti copia scanata inainte de interviu."
        "<br><br>Multumesc ,<br>Ioana Pop."
    )
    raw = _mail("Mon, 08 Jun 2026 12:00:00 +0300", "Notificare activitate", "", html)
    assert not _sure(raw)


def test_vietnamese_crm_task_with_a_due_date_is_not_sure() -> None:
    html = (
        "<p>Alex Morgan,<br/><br/>Đây là thông báo cho biết một hoạt động được giao cho bạn đã "
        "được thực hiện<br/><br/>&nbsp; Chủ thể : Phỏng vấn kỹ thuật<br/>"
        "&nbsp; Ngày đáo hạn : 03-08-2026 17:00<br/></p>"
    )
    raw = _mail("Mon, 27 Jul 2026 10:00:00 +0700", "Notification", "", html)
    assert not _sure(raw)


def test_minutes_of_a_cjk_clock_are_not_a_half_hour() -> None:
    body = "面接日時：2026年6月24日（水）14時30分\n場所：本社3階\n"
    result = parse_message(_mail("Tue, 16 Jun 2026 11:00:00 +0900", "面接のご案内", body))
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (14, 30)
    assert result.end is None


def test_a_cjk_duration_still_counts() -> None:
    body = "面接日時：2026年6月24日（水）14時30分から（所要時間 45分）\n"
    result = parse_message(_mail("Tue, 16 Jun 2026 11:00:00 +0900", "面接のご案内", body))
    assert result.start is not None
    assert result.end is not None
    assert result.end - result.start == timedelta(minutes=45)


def test_cjk_end_rows_close_the_slot() -> None:
    rows = {
        "ja": ("面接日：2026年6月24日（水）\n開始時刻：14時30分\n終了時刻：15時30分\n", "+0900"),
        "zh": ("面试日期：2026年6月24日\n开始时间：下午2点30分\n结束时间：下午3点30分\n", "+0800"),
        "ko": (
            "면접 날짜: 2026년 6월 24일 (수)\n시작 시간: 오후 2시 30분\n종료 시간: 오후 3시 30분\n",
            "+0900",
        ),
    }
    for body, offset in rows.values():
        result = parse_message(_mail(f"Tue, 16 Jun 2026 11:00:00 {offset}", "Interview", body))
        assert result.start is not None
        assert result.end is not None
        assert (result.start.hour, result.start.minute) == (14, 30)
        assert (result.end.hour, result.end.minute) == (15, 30)


def test_unzoned_subject_time_takes_the_zone_the_body_names_for_the_same_wall_time() -> None:
    cases = [
        (
            "New Event: Alex Morgan - 02:00pm Wed, Jun 17, 2026 - Interview",
            "Event Date/Time:\n02:00pm - Wednesday, June 17, 2026 (Central European Summer Time)",
        ),
        (
            "Nuevo evento: Alex Morgan - 14:00 mié., 17 jun. 2026 - Entrevista",
            "Fecha/Hora del evento:\n14:00 - miércoles, 17 de junio de 2026 (hora de verano de "
            "Europa central)",
        ),
    ]
    for subject, body in cases:
        # sent from London (+01:00): the body's zone, not the Date header's, holds
        result = parse_message(_mail("Mon, 15 Jun 2026 09:00:00 +0100", subject, body))
        assert result.start == datetime(2026, 6, 17, 12, 0, tzinfo=UTC)
