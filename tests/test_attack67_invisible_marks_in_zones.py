"""A zone typed or pasted with an invisible direction mark is read as the zone it names.

Found by the attack pass: "Berlin" copied from a page or a Windows date (which carry a
left-to-right mark, U+200E) was refused on the interview form as "'\\u200eBerlin' is not
a city, country or time zone we know": the user saw a Python escape and a refusal of a
city they had typed right. No-break spaces were already read as spaces; marks that show
nothing (U+200E, U+200F, U+200B, U+2060, U+FEFF) are now dropped before the zone is read.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in


@pytest.mark.parametrize(
    "typed",
    ["\u200eBerlin", "Europe/Berlin\u200f", "\ufeffBerlin", "Ber\u200blin", "\u2060Berlin\u200e"],
)
def test_invisible_marks_around_a_zone_are_not_part_of_it(
    app: Flask, client: FlaskClient, typed: str
) -> None:
    token = make_token(app, make_user(app))
    api = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Analyst",
            "start": "2027-05-03T10:00",
            "end": "2027-05-03T11:00",
            "timezone": typed,
        },
        headers=auth(token),
    )
    assert api.status_code == 201, api.get_json()
    assert api.get_json()["timezone"] == "Europe/Berlin"

    sign_in(client)
    csrf = csrf_from(client, "/interviews/new")
    page = client.post(
        "/interviews/new",
        data={
            "csrf_token": csrf,
            "company": "Acme",
            "role": "Analyst",
            "start": "2027-05-04T10:00",
            "end": "2027-05-04T11:00",
            "timezone": typed,
        },
    )
    assert page.status_code == 302, page.get_data(as_text=True)[-2000:]
