"""A form or query string whose bytes are not UTF-8 is refused in words, and nothing saved.

Found by an attack pass on a running server: "Acme%FF%FE" as a company's name (a
client that encodes forms in Latin-1, or a hostile one) was stored as the literal text
"Acme%FF%FE"; the same bytes sent unescaped emptied the whole form, which was then
refused as a forged one ("not sent from an Afterview page"); in a multipart form they
became U+FFFD. Pages now say the text was not readable, the API names the field.
"""

from __future__ import annotations

import html

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.interviews.models import Interview
from service.platform.db import db
from tests.helpers import auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in, text

URLENCODED = "application/x-www-form-urlencoded"


def _interviews(app: Flask) -> list[str]:
    with app.app_context():
        names = list(db.session.scalars(sa.select(Interview.company)))
        db.session.remove()
    return names


def _form(csrf: str, company: bytes) -> bytes:
    return (
        b"csrf_token=" + csrf.encode() + b"&company=" + company + b"&role=Analyst"
        b"&start=2027-05-03T10%3A00&end=2027-05-03T11%3A00&timezone=Europe%2FBerlin"
    )


@pytest.mark.parametrize(
    "company", [b"Acme%FF%FE", b"Acme\xff\xfe", b"Acme%E2%82", b"Acme%ED%A0%80"]
)
def test_a_page_form_that_is_not_utf8_is_refused_in_words(
    app: Flask, client: FlaskClient, company: bytes
) -> None:
    make_user(app)
    sign_in(client)
    csrf = csrf_from(client, "/interviews/new")
    answer = client.post("/interviews/new", data=_form(csrf, company), content_type=URLENCODED)
    assert answer.status_code == 400
    page = html.unescape(text(answer))
    assert "not readable text" in page
    assert "Nothing was saved" in page
    assert "UTF-8" in page  # what to do about it, not which field
    assert "company" not in page.lower().split("nothing was saved")[0]
    assert _interviews(app) == []


def test_the_same_form_in_utf8_is_saved(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    csrf = csrf_from(client, "/interviews/new")
    answer = client.post(
        "/interviews/new", data=_form(csrf, b"Caf%C3%A9+%25FF"), content_type=URLENCODED
    )
    assert answer.status_code == 302, text(answer)[:500]
    assert _interviews(app) == ["Café %FF"]


def test_a_multipart_form_that_is_not_utf8_is_refused(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    csrf = csrf_from(client, "/interviews/new")
    fields = {
        "csrf_token": csrf.encode(),
        "company": b"Acme\xff",
        "role": b"Analyst",
        "start": b"2027-05-03T10:00",
        "end": b"2027-05-03T11:00",
        "timezone": b"Europe/Berlin",
    }
    body = (
        b"".join(
            b'--XX\r\nContent-Disposition: form-data; name="'
            + name.encode()
            + b'"\r\n\r\n'
            + value
            + b"\r\n"
            for name, value in fields.items()
        )
        + b"--XX--\r\n"
    )
    answer = client.post(
        "/interviews/new", data=body, content_type="multipart/form-data; boundary=XX"
    )
    assert answer.status_code == 400
    assert "not readable text" in html.unescape(text(answer))
    assert _interviews(app) == []


def test_the_api_names_the_query_parameter_that_is_not_utf8(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    answer = client.get("/api/v1/interviews?company=Acme%FF", headers=auth(token))
    assert answer.status_code == 400
    assert answer.json is not None
    assert "'company' is not valid UTF-8" in answer.json["detail"]


def test_the_api_refuses_a_json_body_that_is_not_utf8_in_words(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    body = (
        b'{"company": "Acme\xff", "role": "Analyst", "start": "2027-05-03T10:00",'
        b' "end": "2027-05-03T11:00", "timezone": "Europe/Berlin"}'
    )
    answer = client.post(
        "/api/v1/interviews", data=body, content_type="application/json", headers=auth(token)
    )
    assert answer.status_code == 400, answer.get_data(as_text=True)
    assert answer.json is not None
    assert "UTF-8" in answer.json["detail"]
    assert _interviews(app) == []
