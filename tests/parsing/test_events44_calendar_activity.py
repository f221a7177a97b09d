# ruff: noqa: E501 (mail bodies read best one line a sentence)
"""A shared calendar's activity mail ("Lucía Prieto created event Interview candidate
Backend (Tue 9/2, 10:00) in calendar Hiring") tells the reader what someone did to a
calendar: it invites nobody, even when the event's title names an interview and a time.
Nextcloud prints these lines in each language (its apps/dav translations); they are not
claimed, while an employer's own invitation that mentions a calendar still is.

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

SENT = "Wed, 03 Feb 2027 12:10:00 +0100"

ACTIVITY = [
    (
        "Activity at Harbour Cloud",
        "Hello Alex Morgan,\n\nYou are receiving this email because in the last hour the following things happened at https://cloud.example.net\n\n* Priya Shah created event Interview with Brightpath - Tue 9 Feb 10:00 in calendar Hiring Team (12:05)\n\n--\nHarbour Cloud",
    ),
    (
        "Aktivität bei Wolke Nord",
        "Hallo Alex Morgan,\n\nin der letzten Stunde ist bei https://cloud.example.net Folgendes passiert:\n\n* Miriam Vogt hat den Termin Vorstellungsgespräch Bewerberin (Di 09.02., 10:00 Uhr) im Kalender Personal erstellt (12:05)\n\n--\nWolke Nord",
    ),
    (
        "Activité sur Nuage",
        "Bonjour Alex Morgan,\n\nau cours de la dernière heure :\n\n* Hélène Marchand a créé l’évènement Entretien candidat – mardi 9 février 10h00 dans l’agenda Recrutement (12:05)\n\n--\nNuage",
    ),
    (
        "Actividad en Nube Oficina",
        "Hola Alex Morgan:\n\nEn la última hora ocurrió lo siguiente:\n\n* Lucía Prieto creó el evento Entrevista candidata Backend (martes 9/2, 10:00) en el calendario Selección (12:05)\n\n--\nNube Oficina",
    ),
    (
        "研究室クラウドのアクティビティ",
        "Alex Morgan 様\n\n過去1時間のアクティビティ:\n\n* 佐藤 由美はカレンダー 採用チーム のイベント面接（2月9日(火) 10:00～11:00）を作成しました (12:05)\n\n--\n研究室クラウド",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ACTIVITY)
def test_calendar_activity_mail_is_not_claimed(subject: str, body: str) -> None:
    raw = plain_mail(
        subject,
        body,
        sender="Cloud <noreply@cloud.example.net>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    assert not claimed(raw)


def test_invitation_that_mentions_a_calendar_is_still_claimed() -> None:
    raw = plain_mail(
        "Interview invitation - Backend Engineer at Brightpath",
        "Hi Alex,\n\nThank you for applying for the Backend Engineer role. We would like to invite you to an interview on Tuesday 9 February 2027 at 10:00 at our office, 5 Canal Wharf, Leeds. I have created the event in my calendar and will send the video link separately.\n\nBest regards,\nHannah Cole\nBrightpath",
        sender="Hannah Cole <hannah.cole@brightpath.example.co.uk>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    assert claimed(raw)
