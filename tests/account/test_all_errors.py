"""Three mistakes get three answers at once, on a form, from the API and from the CLI."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import interviews
from service.platform.errors import Invalid
from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in, submit, text

THREE_WRONG = {
    "company": "",
    "role": "Engineer",
    "start": "next tuesday-ish",
    "end": "2031-03-04T15:00",
    "meeting_url": "ftp://files.example",
}


def test_the_interview_form_names_all_three(app: Flask) -> None:
    make_user(app)
    client = app.test_client()
    sign_in(client)
    response = submit(client, "/interviews/new", "/interviews/new", THREE_WRONG)
    assert response.status_code == 422
    page = text(response)
    assert re.findall(r'<p class="error" id="([a-z_]+)-error"', page) == [
        "company",
        "start",
        "meeting_url",
    ]
    assert page.count('aria-invalid="true"') == 3
    assert "is required" in page
    assert "is not a date and time such as 2026-03-05T14:00" in page
    assert "must be an http(s) link" in page


def test_the_api_lists_every_field_with_its_own_message(app: Flask) -> None:
    token = make_token(app, make_user(app))
    body = {**THREE_WRONG, "company": None, "notes": 7}
    response = app.test_client().post("/api/v1/interviews", json=body, headers=auth(token))
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    problem = response.json
    assert problem is not None
    assert {e["field"]: e["message"] for e in problem["errors"]} == {
        "company": "is required",
        "notes": "must be a string",
        "start": "'next tuesday-ish' is not a date and time such as 2026-03-05T14:00",
        "meeting_url": "must be an http(s) link",
    }


def test_the_cli_names_all_three(app: Flask) -> None:
    make_user(app)
    result = app.test_cli_runner().invoke(
        args=[
            "interview", "add", "--user", "ana@example.com", "--company", " ",
            "--role", "Engineer", "--start", "soon", "--end", "2031-03-04T15:00",
            "--meeting-url", "ftp://files.example",
        ]
    )  # fmt: skip
    assert result.exit_code == 2
    for part in ("company: is required", "start: 'soon' is not", "meeting_url: must be"):
        assert part in result.output


def test_the_settings_form_names_all_three(app: Flask) -> None:
    make_user(app)
    client = app.test_client()
    sign_in(client)
    response = submit(
        client,
        "/settings",
        "/settings",
        {"timezone": "Mars/Olympus", "hours_start": "09:00", "hours_end": "17:00",
         "follow_up_days": "soon"},
    )  # fmt: skip
    assert response.status_code == 422
    page = text(response)
    for field in ("timezone", "working_hours", "follow_up_days"):
        assert f'id="{field}-error"' in page


def test_the_password_form_names_every_mistake(app: Flask) -> None:
    make_user(app)
    client = app.test_client()
    sign_in(client)
    response = submit(
        client,
        "/account/password",
        "/account/password",
        {"current_password": "wrong", "new_password": "short", "confirm_password": "else"},
    )
    assert response.status_code == 422
    page = text(response)
    for field in ("current_password", "new_password", "confirm_password"):
        assert f'id="{field}-error"' in page


FIELDS = ("company", "role", "meeting_url", "timezone", "end")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(broken=st.sets(st.sampled_from(FIELDS)))
def test_validate_names_exactly_the_fields_that_are_wrong(broken: set[str]) -> None:
    """Whatever mix of fields is wrong, each is named once and no right one is blamed."""
    from datetime import UTC, datetime, timedelta

    start = datetime(2031, 3, 4, 13, tzinfo=UTC)
    data = interviews.InterviewInput(
        company="" if "company" in broken else "Acme",
        role="x" * 300 if "role" in broken else "Engineer",
        start=start,
        end=start - timedelta(hours=1) if "end" in broken else start + timedelta(hours=1),
        timezone="Nowhere/Special" if "timezone" in broken else "Europe/Berlin",
        meeting_url="mailto:x@example.com" if "meeting_url" in broken else "",
    )
    if not broken:
        interviews.validate(data)
        return
    with pytest.raises(Invalid) as raised:
        interviews.validate(data)
    named = [field for field, _message in raised.value.problems]
    assert sorted(named) == sorted(broken)
    assert all(message for _field, message in raised.value.problems)


def test_changing_an_interview_names_every_wrong_field(app: Flask) -> None:
    token = make_token(app, make_user(app))
    client = app.test_client()
    created = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Eng",
            "start": "2031-03-04T14:00",
            "end": "2031-03-04T15:00",
        },
        headers=auth(token),
    )
    assert created.status_code == 201
    url = f"/api/v1/interviews/{created.json['id']}"  # type: ignore[index]
    response = client.patch(
        url,
        json={"company": " ", "role": 5, "meeting_url": "ftp://x", "outcome": "ghosted"},
        headers=auth(token),
    )
    assert response.status_code == 422
    assert response.json is not None
    fields = [e["field"] for e in response.json["errors"]]
    assert sorted(fields) == ["company", "meeting_url", "outcome", "role"]
    unchanged = client.get(url, headers=auth(token)).json
    assert unchanged is not None
    assert (unchanged["company"], unchanged["outcome"]) == ("Acme", None)

    sign_in(client)
    page = submit(
        client,
        f"/interviews/{created.json['id']}/edit",  # type: ignore[index]
        f"/interviews/{created.json['id']}/edit",  # type: ignore[index]
        {"company": "", "role": "", "meeting_url": "ftp://x"},
    )
    assert page.status_code == 422
    for field in ("company", "role", "meeting_url"):
        assert f'id="{field}-error"' in text(page)
