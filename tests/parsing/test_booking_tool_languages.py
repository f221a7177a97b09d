"""Shapes first met in Cal.com, EGroupware and hand-written mail of the parsegen8 batch: Basque
and Azerbaijani dates, a plain part with no date beside an HTML part with one, words that say a
booking moved, was cancelled or is still pending, deadlines written after the date. Each case
is the smallest mail of that shape; the mail and its expected reading are ours."""

from __future__ import annotations

from datetime import datetime
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


def test_basque_long_date_in_the_html_when_the_plain_part_has_none() -> None:
    plain = (
        "Zure gertaera programatu da\n\nZer:\nLehen elkarrizketa\n\n"
        "Gonbidatuaren ordu-eremua:\nEurope/Madrid"
    )
    html = (
        "<p>Zure gertaera programatu da</p><p><b>Zer</b></p><p>Lehen elkarrizketa</p>"
        "<p><b>Noiz</b></p><p>asteartea, 2026ko ekainaren 23a | 10:00 - 10:45 "
        "<span>(Europe/Madrid)</span></p>"
    )
    result = parse_message(
        _mail("Fri, 12 Jun 2026 13:40:00 +0200", "Lehen elkarrizketa", plain, html)
    )
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 6, 23, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert result.end == datetime(2026, 6, 23, 10, 45, tzinfo=ZoneInfo("Europe/Madrid"))
    assert result.timezone == "Europe/Madrid"


def test_azerbaijani_date_with_dayjs_year_suffix() -> None:
    body = (
        "Tədbiriniz planlaşdırılıb\n\nNə\nMüsahibə – Xəzər Logistika\n\nNə vaxt\n"
        "Cümə axşamı, 16 iyul 2026 г. | 15:00 - 15:40 (Asia/Baku)"
    )
    result = parse_message(_mail("Fri, 10 Jul 2026 11:20:00 +0400", "Müsahibə", body))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 7, 16, 15, 0, tzinfo=ZoneInfo("Asia/Baku"))
    assert result.timezone == "Asia/Baku"


def test_basque_inessive_date_without_year() -> None:
    body = "Elkarrizketa: ostegunean, ekainaren 25ean, 11:00etan (45 minutu), Bilboko bulegoan."
    result = parse_message(_mail("Thu, 18 Jun 2026 09:40:00 +0200", "Elkarrizketa", body))
    assert result.kind == "invitation"
    assert result.start is not None
    assert (result.start.month, result.start.day, result.start.hour) == (6, 25, 11)


def test_subject_time_takes_the_zone_the_body_names_for_the_same_instant() -> None:
    plain = "Zure programatutako gertaera bertan behera utzi da\n\nZer:\nBigarren elkarrizketa"
    html = (
        "<p>Zure programatutako gertaera bertan behera utzi da</p><p><b>Noiz</b></p>"
        "<p>asteazkena, 2026ko urriaren 14a | 11:00 - 12:00 (Europe/Madrid)</p>"
    )
    subject = "Bertan behera: Bigarren elkarrizketa 11:00 - 12:00, asteazkena, urria 14, 2026(e)an"
    result = parse_message(_mail("Fri, 09 Oct 2026 17:02:00 +0200", subject, plain, html))
    assert result.kind == "cancellation"
    assert result.start == datetime(2026, 10, 14, 11, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert result.timezone == "Europe/Madrid"


def test_estonian_adessive_weekday_in_a_reply() -> None:
    body = "Tere Alex,\n\nkinnitan: näeme teisipäeval kell 9.00 meie Tartu kontoris.\n\nMart"
    result = parse_message(_mail("Wed, 18 Nov 2026 09:30:00 +0200", "Teine vestlus", body))
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Europe/Tallinn"))


def test_request_without_sequence_whose_words_say_it_moved() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:moved-1\r\nDTSTAMP:20260512T073000Z\r\n"
        "DTSTART:20260519T101500Z\r\nDURATION:PT45M\r\nSUMMARY:Tööintervjuu\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    def mail(subject: str, text: str) -> bytes:
        return (
            "From: Sender <people@firm.example>\r\nTo: alex@mailbox.example\r\n"
            f"Subject: {subject}\r\nDate: Tue, 12 May 2026 10:30:00 +0300\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
            f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
            "--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
            f"{ics}--b--\r\n"
        ).encode()

    moved = parse_message(
        mail(
            "Teie Tööintervjuu on ümber ajastatud", "Värskendatud – teie üritus on ümber ajastatud"
        )
    )
    assert moved.kind == "reschedule"
    plain = parse_message(mail("Tööintervjuu", "Teie üritus on ajastatud"))
    assert plain.kind == "invitation"


def test_cancellation_words_in_estonian_and_basque() -> None:
    estonian = parse_message(
        _mail(
            "Mon, 01 Jun 2026 08:40:00 +0300",
            "Vestlus",
            "Liis Saar tühistas broneeringu ja palus teil valida teise aja.\n\n"
            "Millal: neljapäev, 4. juuni 2026 kell 10:00 - 10:30",
        )
    )
    assert estonian.kind == "cancellation"
    # the Basque "need to reschedule or cancel?" link line is no cancellation
    basque = parse_message(
        _mail(
            "Mon, 31 Aug 2026 09:15:00 +0200",
            "Elkarrizketa",
            "Zure gertaera programatu da: asteartea, 2026ko irailaren 8a | 16:30 - 17:00\n\n"
            "Programazioa aldatu edo bertan behera utzi behar duzu? https://cal.example/b/1",
        )
    )
    assert basque.kind == "invitation"


def test_slovak_and_czech_moves() -> None:
    slovak = parse_message(
        _mail(
            "Thu, 10 Sep 2026 08:21:00 +0200",
            "Pohovor",
            "Stretnutie, ktoré bolo pôvodne plánované na 14.09.2026, 09:30, sa preložilo na "
            "16.09.2026, 14:00.",
        )
    )
    assert slovak.kind == "reschedule"
    assert slovak.start == datetime(2026, 9, 16, 14, 0, tzinfo=ZoneInfo("Europe/Bratislava"))
    czech = parse_message(
        _mail(
            "Thu, 10 Sep 2026 08:21:00 +0200",
            "Pohovor",
            "Dobrý den, pohovor přesouváme na středu 16. 9. 2026 v 14:00.",
        )
    )
    assert czech.kind == "reschedule"


def test_accepted_your_meeting_request_is_a_reply() -> None:
    result = parse_message(
        _mail(
            "Tue, 03 Nov 2026 08:14:00 -0600",
            "Calendar event - Accepted: 11/10/2026, 02:30 pm Interview",
            "On 11/03/2026, 08:14 am Alex Morgan Accepted your meeting request for "
            "11/10/2026, 02:30 pm",
        )
    )
    assert result.kind == "reply"


def test_deadlines_written_after_the_date_or_before_it_in_catalan() -> None:
    for date, body in (
        (
            "Tue, 23 Jun 2026 15:10:00 +0200",
            "Eskerrik asko gaurko elkarrizketagatik (10:00-10:45). Ekainaren 30a baino lehen "
            "jakinaraziko dizugu erabakia.",
        ),
        (
            "Tue, 16 Jun 2026 12:00:00 +0200",
            "Per poder mantenir l'entrevista, envieu-nos el certificat abans del divendres 19 de "
            "juny a les 14:00.",
        ),
    ):
        result = parse_message(_mail(date, "Elkarrizketa / entrevista", body))
        assert result.kind != "invitation" or result.confidence < 0.5, body
    azerbaijani = parse_message(
        _mail(
            "Mon, 06 Jul 2026 09:30:00 +0400",
            "Müsahibə üçün vaxt seçin",
            "Zəhmət olmasa, 10 iyul 2026 saat 18:00-dək müsahibə vaxtını seçin.",
        )
    )
    assert azerbaijani.kind != "invitation" or azerbaijani.confidence < 0.5


def test_pending_booking_and_example_slot_are_not_sure() -> None:
    pending = parse_message(
        _mail(
            "Thu, 02 Jul 2026 16:55:00 +0300",
            "Broneering esitatud: Intervjuu kell 14:30 - 15:15, neljapäev, juuli 9, 2026",
            "Teie broneering on esitatud\nPriit Lepp peab endiselt broneeringu kinnitama või "
            "tagasi lükkama.\n\nMida:\nIntervjuu – Viru Ehitus",
        )
    )
    assert pending.confidence < 0.5
    example = parse_message(
        _mail(
            "Mon, 29 Jun 2026 14:10:00 +0300",
            "Vestluse aja broneerimine",
            "Palun broneeri endale sobiv vestlusaeg siit: https://cal.example/v\n\nNäiteks "
            "neljapäeval, 9. juulil kell 14.30 on veel vaba.",
        )
    )
    assert example.confidence < 0.5
