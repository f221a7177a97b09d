"""A link to a deleted row never opens a newer one: row ids are never handed out twice.

Found by an attack pass on a running server (SQLite): SQLite gives a new row the id of
the highest deleted one unless the table says AUTOINCREMENT. After "Not an interview",
the feed's short step link (`/s/<id>`), the confirmation mail's "Fix it" and an API
client's stored `/api/v1/interviews/<id>` opened the next interview logged instead.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user
from tests.inbound import kit
from tests.web.forms import sign_in, text

BODY = {"company": "Fernwood", "role": "Data Engineer"}


def test_links_to_a_deleted_interview_do_not_reach_the_next_one(
    app: Flask, client: FlaskClient
) -> None:
    ana = make_user(app)
    token = make_token(app, ana)
    raw = kit.fixture("invite.eml").replace(b"20260414T", b"20270414T")
    to = kit.inbound_address(app, ana)
    posted = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert posted.status_code == 200
    kit.read_all(app)
    [mailed] = client.get("/api/v1/interviews", headers=auth(token)).json["interviews"]
    old_links = [
        f"/interviews/{mailed['id']}",
        f"/interviews/{mailed['id']}/edit",
        *(f"/s/{step['id']}" for step in mailed["steps"]),
    ]
    kit.not_an_interview(app, client, posted.json["id"])

    times = {"start": "2027-05-03T10:00", "end": "2027-05-03T11:00"}
    mine = client.post("/api/v1/interviews", json={**BODY, **times}, headers=auth(token))
    bo = make_token(app, make_user(app, email="bo@example.com"))
    theirs = client.post("/api/v1/interviews", json={**BODY, **times}, headers=auth(bo))
    assert mine.status_code == theirs.status_code == 201
    old = client.get(f"/api/v1/interviews/{mailed['id']}", headers=auth(token))
    assert old.status_code == 404
    assert old.json["detail"] == f"no interview {mailed['id']}"
    browser = app.test_client()
    sign_in(browser)
    for link in old_links:
        page = browser.get(link)
        assert page.status_code == 404, link
        assert "may have been deleted" in text(page), link
    # Neither account's new rows took the deleted ones' numbers.
    new_ids = {mine.json["id"], theirs.json["id"]}
    new_steps = {s["id"] for s in mine.json["steps"] + theirs.json["steps"]}
    assert mailed["id"] not in new_ids
    assert not {s["id"] for s in mailed["steps"]} & new_steps
