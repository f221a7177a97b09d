"""Times told by a mail's structure rather than its prose (htmlrich12): invisible characters
inside numbers, a day-period word between a range's two times, the end carried by schema.org
markup or calendar links, and calendar data in a data: link."""

from __future__ import annotations

import json
from email.message import EmailMessage
from urllib.parse import quote

from service.parsing import parse_message


def _parse(
    body: str, *, html: bool = False, date: str = "Tue, 01 Dec 2026 10:00:00 +0100"
) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Recruiting <talent@werkhof.example>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = date
    message["Subject"] = "Interview"
    message.set_content(body, subtype="html" if html else "plain")
    return parse_message(message.as_bytes()).to_json_dict()


def _slot(body: str, **kwargs: object) -> tuple[str, str]:
    got = _parse(body, **kwargs)  # type: ignore[arg-type]
    return str(got.get("start"))[:16], str(got.get("end"))[:16]


# --- invisible characters inside dates and times --------------------------------------------


def test_soft_hyphens_inside_a_german_date_and_times() -> None:
    body = (
        "Wir laden Sie zum Vorstellungsgespräch ein.\n"
        "Termin: Donners\u00adtag, 10.\u00ad12.\u00ad2026\nUhrzeit: 15:\u00ad00 – 16:\u00ad00 Uhr"
    )
    assert _slot(body) == ("2026-12-10T15:00", "2026-12-10T16:00")


def test_zero_width_non_joiners_beside_digits() -> None:
    body = (
        "Your interview is on Wednesday 9\u200c December 2026 at 10\u200c:00 and runs until "
        "10\u200c:45."
    )
    assert _slot(body, date="Tue, 01 Dec 2026 10:00:00 +0000") == (
        "2026-12-09T10:00",
        "2026-12-09T10:45",
    )


def test_persian_joiner_between_letters_stays() -> None:
    # the joiner in "می‌شود" belongs to the word; only those beside a digit go
    body = "مصاحبه شما روز ۱۳ دسامبر ۲۰۲۶ ساعت ۱۰:۰۰ تا ۱۱:۰۰ برگزار می\u200cشود."
    assert _slot(body, date="Tue, 01 Dec 2026 10:00:00 +0330") == (
        "2026-12-13T10:00",
        "2026-12-13T11:00",
    )


# --- a day-period word after the first time of a range --------------------------------------


def test_arabic_morning_marker_between_range_times() -> None:
    body = "ندعوك لمقابلة شخصية يوم الأحد 13 ديسمبر 2026\nالوقت: 10:00 ص - 11:00 ص"
    assert _slot(body, date="Tue, 01 Dec 2026 10:00:00 +0300") == (
        "2026-12-13T10:00",
        "2026-12-13T11:00",
    )


def test_arabic_evening_marker_range_is_afternoon() -> None:
    body = "موعد المقابلة: الثلاثاء 15 ديسمبر 2026 من 3:00 م إلى 4:00 م"
    assert _slot(body, date="Tue, 01 Dec 2026 10:00:00 +0300") == (
        "2026-12-15T15:00",
        "2026-12-15T16:00",
    )


def test_afrikaans_dotted_period_between_range_times() -> None:
    body = "Ons nooi jou na 'n onderhoud op Dinsdag 15 Desember 2026 van 9:30 vm. tot 10:15 vm."
    assert _slot(body, date="Tue, 01 Dec 2026 10:00:00 +0200") == (
        "2026-12-15T09:30",
        "2026-12-15T10:15",
    )


# --- the end from schema.org markup or calendar links ---------------------------------------


def _event_html(prose: str, markup: str) -> str:
    return f"<html><head>{markup}</head><body><p>{prose}</p></body></html>"


def test_json_ld_end_completes_a_start_named_in_prose() -> None:
    markup = json.dumps(
        {
            "@context": "http://schema.org",
            "@type": "EventReservation",
            "reservationFor": {
                "@type": "Event",
                "name": "Interview",
                "startDate": "2026-12-07T13:00:00+00:00",
                "endDate": "2026-12-07T13:45:00+00:00",
            },
        }
    )
    html = _event_html(
        "Your interview is confirmed for Monday 7 December at 1pm (UK time).",
        f'<script type="application/ld+json">{markup}</script>',
    )
    assert _slot(html, html=True, date="Tue, 01 Dec 2026 10:00:00 +0000") == (
        "2026-12-07T13:00",
        "2026-12-07T13:45",
    )


def test_microdata_gives_the_slot_when_prose_names_only_the_day() -> None:
    html = _event_html(
        "We look forward to your interview on Wednesday, 16 December.",
        '<div itemscope itemtype="http://schema.org/Event">'
        '<meta itemprop="startDate" content="2026-12-16T15:00:00-05:00">'
        '<meta itemprop="endDate" content="2026-12-16T15:30:00-05:00"></div>',
    )
    assert _slot(html, html=True, date="Tue, 01 Dec 2026 10:00:00 -0500") == (
        "2026-12-16T15:00",
        "2026-12-16T15:30",
    )


def test_markup_for_another_start_gives_no_end() -> None:
    markup = json.dumps(
        {
            "@type": "Event",
            "startDate": "2026-12-07T15:00:00+00:00",
            "endDate": "2026-12-07T16:00:00+00:00",
        }
    )
    html = _event_html(
        "Your interview is confirmed for Monday 7 December at 1pm (UK time).",
        f'<script type="application/ld+json">{markup}</script>',
    )
    got = _parse(html, html=True, date="Tue, 01 Dec 2026 10:00:00 +0000")
    assert str(got.get("start"))[:16] == "2026-12-07T13:00"
    assert got.get("end") is None


def test_data_url_calendar_button() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261211T160000Z\nDTEND:20261211T165000Z\n"
        "SUMMARY:Interview\nEND:VEVENT\nEND:VCALENDAR"
    )
    html = (
        "<p>The team would like to meet you for an interview on Friday, December 11.</p>"
        f'<p><a href="data:text/calendar;charset=utf8,{quote(ics)}">Add to calendar</a></p>'
    )
    assert _slot(html, html=True, date="Tue, 01 Dec 2026 09:00:00 -0600") == (
        "2026-12-11T10:00",
        "2026-12-11T10:50",
    )


# --- a plain part that is only a web-view link --------------------------------------------


def _alternative(plain: str, html: str, date: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Selección <seleccion@mareas.example>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = date
    message["Subject"] = "Siguiente fase"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return parse_message(message.as_bytes()).to_json_dict()


def test_spanish_web_view_pointer_is_not_the_body() -> None:
    # "si no" in the pointer is no "or else": the HTML holds the mail
    got = _alternative(
        "Si no ves bien este correo, ábrelo en tu navegador:\nhttps://mareas.example/m/41c\n",
        "<p>Hola Alex, ¡has pasado a la siguiente fase! Te esperamos en la entrevista:</p>"
        "<table><tr><td>Fecha</td><td>martes 15 de diciembre</td></tr>"
        "<tr><td>Hora</td><td>12:30</td></tr></table><p>Un saludo, Selección Mareas</p>",
        "Wed, 02 Dec 2026 12:00:00 +0100",
    )
    assert str(got.get("start"))[:16] == "2026-12-15T12:30"
    assert float(got.get("confidence") or 0) >= 0.5  # type: ignore[arg-type]


def test_plain_part_with_a_number_is_read() -> None:
    # a short plain part naming a day is a real alternative, not a pointer
    got = _alternative(
        "Entrevista el martes 15 de diciembre a las 12:30: https://mareas.example/m/41c\n",
        "<p>Hola Alex, te esperamos en la entrevista el martes 15 de diciembre a las 12:30 en "
        "nuestra oficina de la calle Mayor; trae tu DNI y llega cinco minutos antes.</p>",
        "Wed, 02 Dec 2026 12:00:00 +0100",
    )
    assert str(got.get("start"))[:16] == "2026-12-15T12:30"
