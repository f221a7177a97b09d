"""A zone written after the spelled-out word for the hour belongs to the time: "at 16:30 hours
IST", "1600 hours (Central European Time) on Thursday", "a las 16:00 horas CET", "às 14 horas
(horário de Brasília) de quinta-feira", "à 14 heures heure de Paris", and "10:00 am sharp
(Eastern Standard Time) on Thursday": the zone is read, and the date after it still takes the
time (the zone's brackets and the hour word no longer count towards the distance)."""

from __future__ import annotations

import pytest

from service.parsing import parse_message


def _mail(subject: str, body: str) -> bytes:
    return (
        "From: Meera Iyer <meera.iyer@talent.example>\r\nTo: Deniz Acar <deniz@mail.example>\r\n"
        f"Subject: {subject}\r\nDate: Mon, 01 Mar 2027 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body", "start", "zone"),
    [
        (
            "Interview schedule - Backend Engineer",
            "Dear Deniz,\n\nYour interview is at 16:30 hours (India Standard Time) on Thursday, "
            "4 March.\n\nRegards,\nMeera",
            "2027-03-04T16:30:00+05:30",
            "Asia/Kolkata",
        ),
        (
            "Interview schedule - Backend Engineer",
            "Dear Deniz,\n\nYour technical round is at 16:30 hours IST on Thursday, 4 March."
            "\n\nRegards,\nMeera",
            "2027-03-04T16:30:00+05:30",
            "Asia/Kolkata",
        ),
        (
            "Interview - Site Reliability Engineer",
            "Hi Deniz,\n\nThe panel interview is at 1600 hours (Central European Time) on "
            "Thursday, 4 March.\n\nBest,\nMeera",
            "2027-03-04T16:00:00+01:00",
            "Europe/Berlin",
        ),
        (
            "Interview - Account Manager",
            "Hi Deniz,\n\nThe interview is at 10:00 am sharp (Eastern Standard Time) on "
            "Thursday, March 4.\n\nThanks,\nMeera",
            "2027-03-04T10:00:00-05:00",
            "America/New_York",
        ),
        (
            "Entrevista - Analista de datos",
            "Hola Deniz,\n\nla entrevista será a las 16:00 horas CET el jueves 4 de marzo."
            "\n\nUn saludo,\nMeera",
            "2027-03-04T16:00:00+01:00",
            "Europe/Berlin",
        ),
        (
            "Convite para entrevista",
            "Olá Deniz,\n\na entrevista será às 14 horas (horário de Brasília) de quinta-feira, "
            "4 de março.\n\nAtenciosamente,\nMeera",
            "2027-03-04T14:00:00-03:00",
            "America/Sao_Paulo",
        ),
        (
            "Entretien - Chargé de projet",
            "Bonjour Deniz,\n\nl'entretien aura lieu à 14 heures heure de Paris le jeudi 4 mars."
            "\n\nCordialement,\nMeera",
            "2027-03-04T14:00:00+01:00",
            "Europe/Paris",
        ),
    ],
)
def test_zone_after_hour_word(subject: str, body: str, start: str, zone: str) -> None:
    result = parse_message(_mail(subject, body)).to_json_dict()
    assert result["kind"] == "invitation"
    assert result["start"] == start
    assert result["timezone"] == zone


@pytest.mark.parametrize(
    ("rows", "start", "end", "zone"),
    [
        # the time's row above the day's, the zone's row below both
        (
            "Time: 2:30pm\nDate: Thursday, March 4th\nTime Zone: Mountain Time",
            "2027-03-04T14:30:00-07:00",
            None,
            "America/Denver",
        ),
        # start and end rows above the day's row
        (
            "Start time: 2:30 PM\nEnd time: 3:15 PM\nDate: 4 March\nTimezone: AEST",
            "2027-03-04T14:30:00+11:00",
            "2027-03-04T15:15:00+11:00",
            "Australia/Sydney",
        ),
        # the end's row first
        (
            "End: 10:00\nStart: 09:00\nDate: Thursday, 4 March 2027\nTime zone: CET",
            "2027-03-04T09:00:00+01:00",
            "2027-03-04T10:00:00+01:00",
            "Europe/Berlin",
        ),
    ],
)
def test_rows_above_the_day(rows: str, start: str, end: str | None, zone: str) -> None:
    body = f"Hi Deniz,\n\nThanks for applying. Your interview details:\n\n{rows}\n\nBest,\nMeera"
    result = parse_message(_mail("Interview - Product Designer", body)).to_json_dict()
    assert result["kind"] == "invitation"
    assert result["start"] == start
    assert result["end"] == end
    assert result["timezone"] == zone


@pytest.mark.parametrize(
    ("line", "start", "zone"),
    [
        # the reader's hour, then the writer's with its zone after a slash: the zone in
        # brackets at the end is the writer's hour's, not the reader's
        ("2pm your time / 3pm ours (CET)", "2027-03-04T15:00:00+01:00", "Europe/Berlin"),
        ("9am your time / 5pm Singapore time", "2027-03-04T17:00:00+08:00", "Asia/Singapore"),
        (
            "9:00 (your time) / 17:00 (Singapore time)",
            "2027-03-04T17:00:00+08:00",
            "Asia/Singapore",
        ),
        # a loose "-ish" between the time and its zone
        ("10am-ish EST", "2027-03-04T10:00:00-05:00", "America/New_York"),
        ("3pm-ish London time", "2027-03-04T15:00:00+00:00", "Europe/London"),
    ],
)
def test_reader_time_and_loose_hours(line: str, start: str, zone: str) -> None:
    body = f"Hi Deniz,\n\nGreat news: interview confirmed for Thursday 4 March, {line}.\n\nMeera"
    result = parse_message(_mail("Interview - Data Engineer", body)).to_json_dict()
    assert result["kind"] == "invitation"
    assert result["start"] == start
    assert result["timezone"] == zone


@pytest.mark.parametrize(
    ("card", "start", "end"),
    [
        # a booking card read as text: a blank line between the time's row and the zone's
        (
            "Thursday\n4 March 2027\n\n10:00 – 10:45\n\nGMT",
            "2027-03-04T10:00:00+00:00",
            "2027-03-04T10:45:00+00:00",
        ),
        (
            "Thursday, 4 March 2027\n10:00 AM – 10:45 AM\n\nEastern Time",
            "2027-03-04T10:00:00-05:00",
            "2027-03-04T10:45:00-05:00",
        ),
    ],
)
def test_zone_row_past_a_blank_line(card: str, start: str, end: str) -> None:
    body = f"Hi Deniz,\n\nYour interview is booked.\n\n{card}\n\nSee you then,\nMeera"
    result = parse_message(_mail("Interview booked - Data Engineer", body)).to_json_dict()
    assert result["kind"] == "invitation"
    assert (result["start"], result["end"]) == (start, end)
