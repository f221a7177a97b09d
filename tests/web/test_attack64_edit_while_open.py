"""Details saved from an edit page opened before another change keep that change.

Found by an attack pass: the Edit page's details form sends every field, so a note
added through the API (or from a phone) while the page stood open in a browser was
silently overwritten by the old text when the company's name was fixed there. The form
now says what it showed; fields left as shown keep what is stored now, and a field
changed on both sides is refused with both versions named, nothing saved.
"""

from __future__ import annotations

import html
import re

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in, text

_HIDDEN = re.compile(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"')


def _open_form(client: FlaskClient, interview_id: int) -> dict[str, str]:
    """The details form as a browser holds it: what it shows and its hidden fields."""
    return _form_on(text(client.get(f"/interviews/{interview_id}/edit")))


def _form_on(page: str) -> dict[str, str]:
    details = page.split('id="details-heading"', 1)[1].split("</form>", 1)[0]
    fields = {name: html.unescape(value) for name, value in _HIDDEN.findall(details)}
    for name in ("company", "role", "location", "meeting_url"):
        found = re.search(rf'name="{name}"[^>]*value="([^"]*)"', details)
        fields[name] = html.unescape(found[1]) if found else ""
    for name in ("interviewers", "notes"):
        found = re.search(rf'<textarea[^>]*name="{name}"[^>]*>([^<]*)</textarea>', details)
        assert found, name
        # A browser sends a textarea's lines with CRLF.
        fields[name] = html.unescape(found[1]).lstrip("\n").replace("\n", "\r\n")
    return fields


def _log(client: FlaskClient, token: str) -> int:
    logged = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Analyst",
            "start": "2027-05-03T10:00",
            "end": "2027-05-03T11:00",
            "notes": "Bring the portfolio.\nAsk about the team.",
            "interviewers": [{"name": "Dana Reyes", "email": "dana@acme.example"}],
        },
        headers=auth(token),
    )
    assert logged.status_code == 201, logged.get_json()
    return int(logged.get_json()["id"])


def test_a_note_added_elsewhere_survives_a_save_from_an_older_page(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    interview_id = _log(client, token)
    form = _open_form(client, interview_id)

    changed = client.patch(
        f"/api/v1/interviews/{interview_id}",
        json={"notes": "Moved to room 4.", "location": "Main St 1"},
        headers=auth(token),
    )
    assert changed.status_code == 200, changed.get_json()
    saved = client.post(f"/interviews/{interview_id}/edit", data={**form, "company": "Acme Corp"})
    assert saved.status_code == 302, text(saved)[:800]
    got = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).get_json()
    assert got["company"] == "Acme Corp"
    assert got["notes"] == "Moved to room 4."
    assert got["location"] == "Main St 1"
    assert [p["email"] for p in got["interviewers"]] == ["dana@acme.example"]


def test_a_field_changed_on_both_sides_is_refused_naming_both(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    interview_id = _log(client, token)
    form = _open_form(client, interview_id)
    client.patch(
        f"/api/v1/interviews/{interview_id}",
        json={"notes": "Moved to room 4."},
        headers=auth(token),
    )
    answer = client.post(
        f"/interviews/{interview_id}/edit", data={**form, "notes": "Wear the blue shirt."}
    )
    assert answer.status_code == 409
    page = html.unescape(text(answer))
    assert "Notes changed elsewhere" in page
    assert "Moved to room 4." in page  # what is stored now
    assert "Wear the blue shirt." in page  # what was typed, still in the form
    got = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).get_json()
    assert got["notes"] == "Moved to room 4."
    # Sent again from that page, it is saved: the person has now seen both.
    again = _form_on(text(answer))
    assert client.post(f"/interviews/{interview_id}/edit", data=again).status_code == 302
    got = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).get_json()
    assert got["notes"] == "Wear the blue shirt."


def test_an_unchanged_form_from_a_fresh_page_saves_as_before(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    interview_id = _log(client, token)
    form = _open_form(client, interview_id)
    saved = client.post(
        f"/interviews/{interview_id}/edit", data={**form, "notes": "", "role": "Senior Analyst"}
    )
    assert saved.status_code == 302, text(saved)[:800]
    got = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).get_json()
    assert (got["role"], got["notes"]) == ("Senior Analyst", "")
