"""Shapes first met in the parsegen9 batch (Group-Office, Krayin CRM and hand-written mail):
a 24-hour clock printed with a meridiem, a range written as two full date-times, a forwarder's
new time above the notice it relays, reply buttons that say "maybe", Icelandic dates, more
words for "before" and results dates. Each case is the smallest mail of that shape; the mail
and its expected reading are ours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from service.parsing import parse_message


def _mail(date: str, subject: str, body: str) -> bytes:
    return (
        "From: Planner <planner@firm.example>\r\nTo: alex@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_a_24_hour_clock_with_pm_after_it_keeps_its_hour() -> None:
    body = (
        "Interview with the data team\nWhen: Tue Jul 07, 2026 15:30 PM to Tue Jul 07, 2026 16:15 PM"
    )
    result = parse_message(_mail("Wed, 1 Jul 2026 10:00:00 +0100", "Interview", body))
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (15, 30)
    assert result.end is not None
    assert (result.end.hour, result.end.minute) == (16, 15)


def test_an_hour_past_twelve_with_am_is_not_read() -> None:
    body = "Interview on Tue Jul 07, 2026 at 15:30 AM."
    result = parse_message(_mail("Wed, 1 Jul 2026 10:00:00 +0100", "Interview", body))
    assert result.start is None or result.start.hour != 15


def test_two_full_date_times_joined_by_to_are_a_range() -> None:
    body = "Meeting with HR\nAgenda Mon Aug 10, 2026 08:00 AM to Mon Aug 10, 2026 08:40 AM"
    result = parse_message(_mail("Mon, 3 Aug 2026 09:00:00 +0200", "Interview", body))
    assert result.start is not None
    assert (result.start.hour, result.start.minute) == (8, 0)
    assert result.end is not None
    assert (result.end.hour, result.end.minute) == (8, 40)


def test_a_move_from_one_date_time_to_another_still_takes_the_new_one() -> None:
    body = "We have moved your interview from 10 Aug 2026 9:00 AM to 11 Aug 2026 2:00 PM."
    result = parse_message(_mail("Mon, 3 Aug 2026 09:00:00 +0200", "Interview moved", body))
    assert result.kind == "reschedule"
    assert result.start is not None
    assert (result.start.day, result.start.hour) == (11, 14)


def test_the_forwarders_new_time_beats_the_relayed_notice() -> None:
    body = (
        "Hola:\n\nOs reenvío el aviso, pero la hemos movido al viernes 18 de septiembre a las "
        "12:30.\n\nSaludos\n\n"
        "---------- Forwarded message ---------\nFrom: CRM <crm@firm.example>\n"
        "Date: Mon, Sep 7, 2026 at 9:00 AM\nSubject: Entrevista\nTo: Planner "
        "<planner@firm.example>\n\nFecha: jueves 17 de septiembre de 2026, 10:00"
    )
    result = parse_message(_mail("Tue, 8 Sep 2026 10:00:00 +0200", "Fwd: Entrevista", body))
    assert result.kind == "reschedule"
    assert result.start == datetime(2026, 9, 18, 12, 30, tzinfo=ZoneInfo("Europe/Madrid"))


def test_reply_buttons_do_not_make_the_time_a_suggestion() -> None:
    body = (
        "Einladung\nGespräch Vertrieb\nAt Montag 14 September 2026\n11:00 - 11:45 Europe/Berlin"
        "\nAkzeptieren\nVielleicht\nAblehnen"
    )
    result = parse_message(_mail("Mon, 7 Sep 2026 08:00:00 +0200", "Einladung: Gespräch", body))
    assert result.kind == "invitation"
    assert result.confidence >= 0.5


def test_a_maybe_in_the_sentence_still_floats_the_time() -> None:
    body = "Let's talk about the role, maybe on Tuesday 15 September 2026 at 11:00?"
    result = parse_message(_mail("Mon, 7 Sep 2026 08:00:00 +0200", "Chat", body))
    assert result.confidence < 0.5


def test_icelandic_date_without_a_year() -> None:
    body = "Góðan dag,\n\nvið bjóðum þér í viðtal þriðjudaginn 8. september kl. 10:00."
    result = parse_message(_mail("Tue, 1 Sep 2026 09:00:00 +0000", "Boð í viðtal", body))
    assert result.kind == "invitation"
    assert result.start is not None
    assert (result.start.month, result.start.day, result.start.hour) == (9, 8, 10)
    assert result.confidence >= 0.5


def test_before_words_in_more_languages_make_deadlines() -> None:
    cases = [
        ("Entrega os papeis antes do venres 11 de setembro ás 12:00.", "+0200"),
        ("Vui lòng gửi hồ sơ trước 12:00 ngày 11/9/2026.", "+0700"),
        ("Mohon kirim dokumen paling lambat Jumat, 11 September 2026 pukul 12.00.", "+0700"),
    ]
    for body, offset in cases:
        result = parse_message(_mail(f"Mon, 7 Sep 2026 08:00:00 {offset}", "Dokumen", body))
        assert not (result.kind == "invitation" and result.confidence >= 0.5), body


def test_a_results_date_is_not_a_meeting() -> None:
    body = (
        "Mulțumim pentru interviu. Rezultatele vor fi trimise joi, 17 septembrie 2026, la ora "
        "15:00."
    )
    result = parse_message(_mail("Mon, 7 Sep 2026 08:00:00 +0300", "Interviu", body))
    assert not (result.kind == "invitation" and result.confidence >= 0.5)


def test_an_end_label_on_its_own_line_closes_the_slot() -> None:
    cases = [
        "Interview\nDate: 19.11.2026\nStart: 09:30\nEnd: 10:15",
        "Termin\nDatum: 19.11.2026\nBeginn: 09:30 Uhr\nEnde: 10:15 Uhr",
        "Entretien\nDate : 19/11/2026\nHeure de début : 9h30\nHeure de fin : 10h15",
    ]
    for body in cases:
        result = parse_message(_mail("Mon, 9 Nov 2026 08:00:00 +0100", "Interview", body))
        assert result.start == datetime(2026, 11, 19, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
        assert result.end == datetime(2026, 11, 19, 10, 15, tzinfo=ZoneInfo("Europe/Berlin"))


def test_the_word_for_hour_before_a_bare_hour_makes_it_a_time() -> None:
    for body in (
        "Il colloquio si terrà giovedì 19 novembre 2026 alle ore 16.",
        "Interviul va avea loc joi, 19 noiembrie 2026, la ora 16.",
    ):
        result = parse_message(_mail("Mon, 9 Nov 2026 08:00:00 +0100", "Colloquio", body))
        assert result.start is not None, body
        assert (result.start.day, result.start.hour) == (19, 16)


def test_a_reply_by_date_is_not_a_second_offered_day() -> None:
    cases = [
        "Συνέντευξη\nΗμερομηνία: 19/11/2026\nΏρα: 11:00 - 11:30\nΑπαντήστε έως 12/11/2026.",
        "Haastattelu\nPäivämäärä: 19.11.2026\nAika: klo 11.00–11.30\nVastaa viimeistään 12.11.",
        "Vestlus\nKuupäev: 19.11.2026\nKellaaeg: 11.00–11.30\nPalun vasta 12.11.2026-ks.",
    ]
    for body in cases:
        result = parse_message(_mail("Mon, 9 Nov 2026 08:00:00 +0200", "Interview", body))
        assert result.start is not None, body
        assert (result.start.day, result.start.hour) == (19, 11), body
        assert result.confidence >= 0.5, body


def _html_mail(subject: str, plain: str, html: str) -> bytes:
    return (
        "From: Planner <planner@firm.example>\r\nTo: alex@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: Mon, 9 Nov 2026 08:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def test_a_view_in_browser_link_does_not_make_an_invitation_a_newsletter() -> None:
    html = (
        "<p>We would like to invite you to a second interview.</p>"
        "<p>Thursday, November 19, 2026, 10:00 AM – 10:45 AM (CET)</p>"
    )
    result = parse_message(_html_mail("Second interview", "View this email in your browser", html))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 11, 19, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_an_unsubscribe_footer_still_marks_a_newsletter() -> None:
    html = (
        "<p>Career evening: meet our engineers on Thursday, November 19, 2026, 18:00.</p>"
        "<p><a href='https://firm.example/u'>Unsubscribe</a></p>"
    )
    result = parse_message(_html_mail("Career evening", "View this email in your browser", html))
    assert not (result.kind == "invitation" and result.confidence >= 0.5)


def test_canary_islands_time_is_an_hour_behind_the_mainland() -> None:
    body = "Le confirmamos la entrevista el jueves 19 de noviembre a las 10:00 (hora canaria)."
    result = parse_message(_mail("Mon, 9 Nov 2026 08:00:00 +0100", "Entrevista", body))
    assert result.start == datetime(2026, 11, 19, 10, 0, tzinfo=ZoneInfo("Atlantic/Canary"))
    assert result.timezone == "Atlantic/Canary"


def test_a_move_the_forwarder_only_asks_for_leaves_the_forwarded_time() -> None:
    forwarded = (
        "\n\n---------- Forwarded message ---------\nFrom: Dana <dana@firm.example>\n"
        "Date: Mon, Nov 9, 2026 at 3:12 PM\nSubject: Interview\nTo: Alex <alex@mailbox.example>"
        "\n\nWe invite you to an interview on Thursday 19 November 2026 at 10:00.\n"
    )
    for note in (
        "Can we move it to Friday 20 November at 15:00?",
        "I asked them to move it to Friday 20 November at 15:00.",
    ):
        body = note + forwarded
        result = parse_message(_mail("Tue, 10 Nov 2026 09:00:00 +0100", "Fwd: Interview", body))
        assert result.start is not None, note
        assert (result.start.day, result.start.hour) == (19, 10), note
