"""Hand-typed invitations in thinly covered languages (prose39).

Own small mails, written for these tests: Indonesian and Malay "minggu" as the week rather
than Sunday ("Kamis minggu ini"), a Ukrainian or Polish date with its word for "year" before
the weekday in brackets ("10 лютого 2027 року (середа)"), a bare hour after the Nordic and
Finnish clock words before a place name ("klo 12 Oulun toimistolla"), moves written with
the old and the new slot in one Czech or Hungarian sentence, a Romanian zone named by its
city ("ora Berlinului"), and look-alikes that must stay unclaimed (a Czech written test, a
Romanian results notice, options in a Finnish subject).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _mail(body: str, subject: str, date: str) -> ParsedMessage:
    raw = (
        "From: Recruiter <hr@employer.example>\r\n"
        "To: Alex Morgan <alex@mailbox.example>\r\n"
        f"Subject: =?utf-8?b?{__import__('base64').b64encode(subject.encode()).decode()}?=\r\n"
        f"Date: {date}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()
    return parse_message(raw)


def _start(parsed: ParsedMessage) -> str | None:
    value = parsed.to_json_dict().get("start")
    return value if isinstance(value, str) else None


# --- Indonesian and Malay "minggu": Sunday, and the week ------------------------------------


@pytest.mark.parametrize(
    ("body", "date", "want"),
    [
        (
            "Wawancara dengan manajer dijadwalkan Kamis minggu ini pukul 14.00 WIB via Zoom.",
            "Mon, 01 Feb 2027 09:00:00 +0700",
            "2027-02-04T14:00:00+07:00",
        ),
        (
            "Temu duga anda pada Rabu minggu ini, jam 10.00 pagi, di pejabat kami.",
            "Mon, 01 Feb 2027 09:00:00 +0800",
            "2027-02-03T10:00:00+08:00",
        ),
    ],
)
def test_minggu_after_a_weekday_is_the_week_not_sunday(body: str, date: str, want: str) -> None:
    parsed = _mail(body, "Interview", date)
    assert parsed.kind == "invitation"
    assert _start(parsed) == want


def test_hari_minggu_is_still_sunday() -> None:
    parsed = _mail(
        "Wawancara dijadwalkan hari Minggu, 7 Februari 2027 pukul 10.00 WIB.",
        "Interview",
        "Mon, 01 Feb 2027 09:00:00 +0700",
    )
    assert _start(parsed) == "2027-02-07T10:00:00+07:00"


# --- the word for "year" between a date and its weekday -------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Співбесіда відбудеться 10 лютого 2027 року (середа) онлайн.\nПочаток о 15:00.",
            "2027-02-10T15:00:00+02:00",
        ),
        (
            "Rozmowa odbędzie się 10 lutego 2027 roku (środa) w naszym biurze.\n"
            "Początek o godz. 15:00.",
            "2027-02-10T15:00:00+02:00",
        ),
    ],
)
def test_weekday_after_the_year_word_names_the_written_date(body: str, want: str) -> None:
    parsed = _mail(body, "Interview", "Tue, 02 Feb 2027 17:40:00 +0200")
    assert _start(parsed) == want


# --- a bare hour after a clock word, before a place name ------------------------------------


@given(hour=st.integers(min_value=8, max_value=17), word=st.sampled_from(["klo", "kello"]))
@settings(max_examples=20, deadline=None)
def test_bare_hour_after_klo_before_a_place_name(hour: int, word: str) -> None:
    parsed = _mail(
        f"Moi Alex,\n\nnähdään keskiviikkona 3.2. {word} {hour} Oulun toimistolla.\n\nt. Antti",
        "Haastattelu",
        "Fri, 29 Jan 2027 11:00:00 +0200",
    )
    assert _start(parsed) == datetime(2027, 2, 3, hour).isoformat() + "+02:00"


def test_house_number_after_at_stays_an_address() -> None:
    parsed = _mail(
        "Hi Alex,\n\nplease come to the interview on Wednesday 3 February 2027 at 1 Thames Gate, "
        "second floor. We will confirm the hour tomorrow.\n\nBest,\nSam",
        "Interview",
        "Fri, 29 Jan 2027 11:00:00 +0000",
    )
    assert _start(parsed) != "2027-02-03T01:00:00+00:00"
    assert _start(parsed) != "2027-02-03T13:00:00+00:00"


# --- a move with the old and the new slot in one sentence -----------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "date", "want"),
    [
        (
            "Dobrý den,\n\nmusíme bohužel přesunout Váš pohovor z úterý 2. 3. 10:00 na středu "
            "3. 3. ve 14:30. Místo zůstává stejné.\n\nS pozdravem\nMarkéta",
            "Změna termínu pohovoru",
            "Fri, 26 Feb 2027 11:00:00 +0100",
            "2027-03-03T14:30:00+01:00",
        ),
        (
            "Kedves Alex!\n\nAz interjút március 2-áról (kedd, 10:00) március 4-re (csütörtök) "
            "15:00-ra tesszük át.\n\nÜdvözlettel:\nZoltán",
            "Interjú",
            "Thu, 25 Feb 2027 15:00:00 +0100",
            "2027-03-04T15:00:00+01:00",
        ),
    ],
)
def test_one_sentence_move_takes_the_new_slot(
    body: str, subject: str, date: str, want: str
) -> None:
    parsed = _mail(body, subject, date)
    assert parsed.kind == "reschedule"
    assert _start(parsed) == want


def test_a_question_with_a_closing_verb_moves_nothing() -> None:
    parsed = _mail(
        "Kedves Alex!\n\nAz interjút március 2-áról (kedd, 10:00) március 4-re (csütörtök) "
        "15:00-ra tehetnénk át?\n\nÜdvözlettel:\nZoltán",
        "Interjú",
        "Thu, 25 Feb 2027 15:00:00 +0100",
    )
    assert parsed.kind != "reschedule" or parsed.confidence < SURE


# --- a zone named by a city in the Romanian genitive ----------------------------------------


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("ora Berlinului", "2027-03-18T15:00:00+01:00"),
        ("ora Londrei", "2027-03-18T15:00:00+00:00"),
        ("ora României", "2027-03-18T15:00:00+02:00"),
    ],
)
def test_romanian_genitive_city_names_the_zone(words: str, want: str) -> None:
    parsed = _mail(
        f"Bună ziua, Alex,\n\nInterviul va avea loc joi, 18 martie, la ora 15:00 ({words}), pe "
        "Teams.\n\nSucces!\nSimona",
        "Interviu",
        "Tue, 09 Mar 2027 12:00:00 +0200",
    )
    assert _start(parsed) == want


# --- look-alikes in the same voices ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "date"),
    [
        (
            "Vážený pane Morgane,\n\nzveme Vás k písemné zkoušce ve výběrovém řízení, která se "
            "koná dne 1. února 2027 v 8:30 hod. v učebně č. 12. Termín pohovoru oznámíme "
            "uchazečům, kteří zkouškou projdou.\n\nOdbor personální",
            "Pozvánka k písemné zkoušce",
            "Fri, 22 Jan 2027 09:30:00 +0100",
        ),
        (
            "Stimate domnule Morgan,\n\nVă comunicăm rezultatul probei de interviu susținute în "
            "data de 03.02.2027: ADMIS. Eventualele contestații se pot depune până la ora 16:00 "
            "a zilei de 05.02.2027.\n\nCompartimentul Resurse Umane",
            "Rezultatul probei de interviu",
            "Thu, 04 Feb 2027 16:00:00 +0200",
        ),
        (
            "Hei Alex,\n\nmikä näistä sopisi sinulle? Vastaa vaikka pelkällä kellonajalla.\n\n"
            "t. Mikko",
            "Haastatteluaika: ti 9.3. klo 10, 12 vai 14?",
            "Thu, 04 Mar 2027 10:00:00 +0200",
        ),
    ],
)
def test_tests_deadlines_and_open_options_are_not_claimed(
    body: str, subject: str, date: str
) -> None:
    parsed = _mail(body, subject, date)
    assert parsed.kind not in CLAIMS or parsed.confidence < SURE


def test_an_interview_after_a_passed_written_test_is_still_read() -> None:
    parsed = _mail(
        "Stimate domnule Morgan,\n\nVă comunicăm că ați fost declarat ADMIS la proba scrisă, cu "
        "78,50 puncte.\n\nInterviul se va susține în data de 03.02.2027, ora 10:00, la sediul "
        "instituției, sala 12.\n\nCompartimentul Resurse Umane",
        "Comunicare - susținerea interviului",
        "Wed, 27 Jan 2027 15:30:00 +0200",
    )
    assert parsed.kind == "invitation"
    assert _start(parsed) == "2027-02-03T10:00:00+02:00"


# --- "11.03" before a clock word and an hour is a day and month ------------------------------


@given(
    day=st.integers(min_value=10, max_value=28),
    hour=st.integers(min_value=9, max_value=16),
    lead=st.sampled_from(["Vestlus N {d}.03 kell {h}", "Haastattelu to {d}.03 klo {h}"]),
)
@settings(max_examples=25, deadline=None)
def test_day_and_month_before_a_clock_word_is_never_a_clock(day: int, hour: int, lead: str) -> None:
    subject = lead.format(d=day, h=hour)
    parsed = _mail("Tere! Kinnitan aja (vt pealkiri).", subject, "Mon, 01 Mar 2027 16:00:00 +0200")
    start = _start(parsed)
    # the zone is assumed (none is stated): the day and the clock are what is checked, since
    # an offset taken from the Date header is a week early for summer time on 28 March
    assert start is None or start[:19] == f"2027-03-{day:02d}T{hour:02d}:00:00"
    assert start is None or not start.startswith(f"2027-03-{day:02d}T{day:02d}:03")


def test_estonian_subject_date_and_bare_hour() -> None:
    parsed = _mail(
        "Tere!\n\nKinnitan aja (vt pealkiri). Kohtume Narva kontoris.\n\nTriin",
        "Vestlus N 11.03 kell 13",
        "Fri, 05 Mar 2027 16:00:00 +0200",
    )
    assert _start(parsed) == "2027-03-11T13:00:00+02:00"
