"""A company, role or interviewer named only with invisible characters is refused.

Found by the attack pass: a name made only of bidi controls or zero-width characters
(U+202E, U+200B, ...) passed as filled in, and the interview showed as a blank line in
the list, the calendar and the reminder mails. The web form, the API and the CLI now
refuse it alike, naming the field, through one check (`service.platform.text.check_name`).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in, submit, text

INVISIBLE = [
    "\u202e",  # right-to-left override
    "\u202d",
    "\u2066",  # left-to-right isolate
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u2060",  # word joiner
    "\ufeff",  # BOM
    "\u00ad",  # soft hyphen
    "\u3164",  # Hangul filler
    "\u2800",  # braille blank
    "\ufe0f",  # variation selector
    "\U000e0041",  # tag latin capital A
]
SHOWS_NOTHING = (
    st.lists(st.sampled_from([*INVISIBLE, " "]), min_size=1, max_size=6)
    .map("".join)
    .filter(lambda name: name.strip() != "")
)

GOOD = {
    "company": "Acme",
    "role": "Analyst",
    "start": "2027-05-03T10:00",
    "end": "2027-05-03T11:00",
    "timezone": "Europe/Berlin",
}


def _count(app: Flask, token: str) -> int:
    listed = app.test_client().get("/api/v1/interviews", headers=auth(token)).get_json()
    return len(listed["interviews"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(["company", "role", "interviewers"]),
    name=SHOWS_NOTHING,
)
def test_every_edge_refuses_a_name_that_shows_nothing(app: Flask, field: str, name: str) -> None:
    email = f"{uuid.uuid4().hex[:12]}@example.com"
    token = make_token(app, make_user(app, email=email))
    client = app.test_client()
    sign_in(client, email)

    # API
    body: dict[str, Any] = dict(GOOD)
    if field == "interviewers":
        body["interviewers"] = [{"name": name, "email": "dana@acme.example"}]
    else:
        body[field] = name
    api = client.post("/api/v1/interviews", json=body, headers=auth(token))
    assert api.status_code == 422, api.get_json()
    [error] = api.get_json()["errors"]
    assert error["field"] == field
    assert "shows nothing" in error["message"]
    assert "U+" in error["message"]

    # Web form
    form = dict(GOOD)
    if field == "interviewers":
        form["interviewers"] = f"{name} <dana@acme.example>"
    else:
        form[field] = name
    page = submit(client, "/interviews/new", "/interviews/new", form)
    assert page.status_code == 422
    html = text(page)
    assert "shows nothing" in html
    tag = re.search(rf'<(?:input|textarea)[^>]*name="{field}"[^>]*>', html)
    assert tag is not None
    assert 'aria-invalid="true"' in tag[0]

    # CLI
    args = ["interview", "add", "--user", email, "--start", GOOD["start"], "--end", GOOD["end"]]
    args += ["--company", form["company"] if field != "company" else name]
    args += ["--role", form["role"] if field != "role" else name]
    if field == "interviewers":
        args += ["--interviewer", f"{name} <dana@acme.example>"]
    cli = app.test_cli_runner().invoke(args=args)
    assert cli.exit_code != 0
    assert field in cli.output
    assert "shows nothing" in cli.output

    assert _count(app, token) == 0


def test_a_name_with_something_to_see_is_kept(app: Flask) -> None:
    """Invisible characters beside visible ones are not this check's business, and the
    names of scripts with combining marks are kept as typed."""
    token = make_token(app, make_user(app))
    client = app.test_client()
    for company in ("Acme\u200b", "\u202eemcA", "Café", "नमस्ते"):
        answer = client.post(
            "/api/v1/interviews", json={**GOOD, "company": company}, headers=auth(token)
        )
        assert answer.status_code == 201, (company, answer.get_json())


def test_renaming_to_a_name_that_shows_nothing_is_refused(app: Flask) -> None:
    token = make_token(app, make_user(app))
    client = app.test_client()
    created = client.post("/api/v1/interviews", json=GOOD, headers=auth(token)).get_json()
    url = f"/api/v1/interviews/{created['id']}"
    for change in (
        {"company": "\u200b\u200b"},
        {"role": "\u202e"},
        {"interviewers": [{"name": "\u2066", "email": ""}]},
    ):
        answer = client.patch(url, json=change, headers=auth(token))
        assert answer.status_code == 422, change
        assert answer.get_json()["errors"][0]["field"] == next(iter(change))
    shown = client.get(url, headers=auth(token)).get_json()
    assert (shown["company"], shown["role"]) == ("Acme", "Analyst")
