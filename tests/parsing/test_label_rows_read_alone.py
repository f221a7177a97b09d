"""Label/value rows read as the rows they are.

A recruiter's confirmation often puts each fact on its own labelled row, and the parser joins
the rows of a block into one line to read them. Two readings broke there: a US region word
ending its row ("Time: 1:00pm - 2:30pm Eastern") lost its zone when the next row's label
followed it ("Eastern Location: Zoom"), and a date row with no year ending in its day ("Date:
Thursday, March 4") over "Time: 1:00pm" read "4 Time" as four hours (Danish and Norwegian
"time" is an hour), giving a four-hour interview. A salutation with a title and a surname
("Sehr geehrte Frau Kaya") to a reader known only by a given name is no sign the mail is
someone else's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message

SENT = "Mon, 01 Mar 2027 09:00:00 +0100"


def _mail(body: str, to: str = "Deniz <deniz@example.org>", subject: str = "Interview") -> bytes:
    return (
        f"From: Jess Alvarez <jess@brightloop.example>\r\nTo: {to}\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMessage-ID: <rows79@brightloop.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("region", "offset"),
    [("Eastern", "-05:00"), ("Central", "-06:00"), ("Mountain", "-07:00"), ("Pacific", "-08:00")],
)
@pytest.mark.parametrize("next_row", ["Location: Zoom (link to follow)", "Interviewers: Ann Lee"])
def test_a_region_word_ending_its_row_keeps_the_zone(
    region: str, offset: str, next_row: str
) -> None:
    body = (
        "Hi Deniz,\n\nPosition: Senior Data Engineer\nDate: Thursday, March 4, 2027\n"
        f"Time: 1:00pm - 2:30pm {region}\n{next_row}\n\nJess"
    )
    got = parse_message(_mail(body)).to_json_dict()
    assert got["start"] == f"2027-03-04T13:00:00{offset}"
    assert got["end"] == f"2027-03-04T14:30:00{offset}"


@pytest.mark.parametrize(
    ("date_row", "time_row"),
    [
        ("Date: Thursday, March 4", "Time: 1:00pm"),
        ("Data: giovedì 4 marzo", "Ore: 13:00"),
        ("Fecha: jueves 4 de marzo", "Hora: 13:00"),
    ],
)
def test_a_day_over_a_time_label_is_no_length(date_row: str, time_row: str) -> None:
    got = parse_message(_mail(f"Hi Deniz,\n\n{date_row}\n{time_row}\n\nJess")).to_json_dict()
    assert got["start"] == "2027-03-04T13:00:00+01:00"
    assert got["end"] is None


def test_a_length_that_is_a_length_still_counts() -> None:
    body = "Hi Deniz,\n\nDate: Thursday, March 4, 2027\nTime: 1:00pm\nDuration: 1 hour\n\nJess"
    got = parse_message(_mail(body)).to_json_dict()
    assert got["end"] == "2027-03-04T14:00:00+01:00"


def test_a_titled_surname_to_a_reader_known_by_given_name_is_theirs() -> None:
    body = (
        "Sehr geehrte Frau Kaya,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem "
        "Vorstellungsgespräch am Donnerstag, den 04.03.2027, um 14:00 Uhr ein.\n\n"
        "Mit freundlichen Grüßen\nPetra Lang"
    )
    got = parse_message(_mail(body, subject="Vorstellungsgespräch")).to_json_dict()
    assert got["kind"] == "invitation"
    assert not any(note.startswith("greets someone else") for note in got["warnings"])


def test_another_full_name_still_greets_someone_else() -> None:
    body = (
        "Sehr geehrte Frau Katharina Bauer,\n\nwir laden Sie zu einem Vorstellungsgespräch am "
        "Donnerstag, den 04.03.2027, um 14:00 Uhr ein.\n\nMit freundlichen Grüßen\nPetra Lang"
    )
    got = parse_message(_mail(body, to="Deniz Kaya <deniz@example.org>")).to_json_dict()
    assert got["kind"] != "invitation" or float(got["confidence"]) < 0.5


@pytest.mark.parametrize(
    ("time_row", "offset"),
    [
        ("Time: 14:00 - 15:00 Sydney", "+11:00"),
        ("Uhrzeit: 14:00 - 15:00 MEZ", "+01:00"),
        ("Time: 2:00 PM - 3:00 PM IST", "+05:30"),
    ],
)
def test_a_zone_ending_its_row_is_read_before_the_next_label(time_row: str, offset: str) -> None:
    body = f"Hi Deniz,\n\nDate: Thursday 4 March 2027\n{time_row}\nVenue: Teams\n\nWei"
    got = parse_message(_mail(body)).to_json_dict()
    assert got["start"] == f"2027-03-04T14:00:00{offset}"


def test_a_zone_before_a_bar_that_parts_the_facts() -> None:
    body = "Hi,\n\nDate: Thursday 4 March 2027 | Time: 2:00 PM Eastern | Location: Zoom\n\nWei"
    got = parse_message(_mail(body)).to_json_dict()
    assert got["start"] == "2027-03-04T14:00:00-05:00"
