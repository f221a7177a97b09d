"""Moving or renaming an interview onto a live copy of itself is refused, naming the copy.

Found by the attack pass: logging the same company, role and time twice is a 409, and
restoring onto a copy is refused, but rescheduling the second round onto the first one's
time (or renaming it to the first one's company) was taken, leaving two live copies, each
with its thank-you and its reminders. The domain now refuses it for every edge; a
forwarded update that would do it waits for review instead.
"""

from __future__ import annotations

from flask import Flask

from tests.helpers import api_interview, auth, make_token, make_user


def test_a_move_or_rename_onto_a_live_copy_is_refused(app: Flask) -> None:
    token = make_token(app, make_user(app, email="twin62@example.com"))
    client = app.test_client()
    first = api_interview(client, token, company="Acme", start="2027-05-03T10:00")
    second = api_interview(
        client, token, company="Acme", start="2027-05-04T10:00", end="2027-05-04T11:00"
    )
    other = api_interview(client, token, company="Globex", start="2027-05-03T10:00")

    moved = client.post(
        f"/api/v1/interviews/{second['id']}/reschedule",
        json={"start": "2027-05-03T10:00", "end": "2027-05-03T11:00"},
        headers=auth(token),
    )
    assert moved.status_code == 422, moved.get_json()
    [error] = moved.get_json()["errors"]
    assert error["field"] == "start"
    assert f"interview {first['id']} has the same company, role and time" in error["message"]

    renamed = client.patch(
        f"/api/v1/interviews/{other['id']}", json={"company": "Acme"}, headers=auth(token)
    )
    assert renamed.status_code == 422, renamed.get_json()
    assert renamed.get_json()["errors"][0]["field"] == "company"

    # Nothing changed, and once the first is cancelled the move is taken.
    again = client.get(f"/api/v1/interviews/{second['id']}", headers=auth(token)).get_json()
    assert again["start"] == second["start"]
    kept = client.get(f"/api/v1/interviews/{other['id']}", headers=auth(token)).get_json()
    assert kept["company"] == "Globex"
    client.post(f"/api/v1/interviews/{first['id']}/cancel", headers=auth(token))
    moved = client.post(
        f"/api/v1/interviews/{second['id']}/reschedule",
        json={"start": "2027-05-03T10:00", "end": "2027-05-03T11:00"},
        headers=auth(token),
    )
    assert moved.status_code == 200, moved.get_json()
