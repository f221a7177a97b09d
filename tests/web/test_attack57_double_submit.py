"""The "Log an interview" form sent twice logs the interview once.

Found by the attack pass: posting the same form twice (a double click, or a reload after
an answer that never came) logged two identical interviews, each with its own three
steps, so every reminder came twice.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in, text


def _form(csrf: str, start: str = "2027-05-03T10:00") -> dict[str, str]:
    return {
        "csrf_token": csrf,
        "company": "Acme",
        "role": "Data Analyst",
        "start": start,
        "end": start.replace("T10:", "T11:"),
        "timezone": "Europe/Berlin",
    }


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(times=st.integers(1, 4))
def test_the_same_form_sent_again_logs_nothing_new(
    app: Flask, client: FlaskClient, times: int
) -> None:
    if not hasattr(app, "attack57_token"):
        app.attack57_token = make_token(app, make_user(app))  # type: ignore[attr-defined]
        sign_in(client)
    token: str = app.attack57_token  # type: ignore[attr-defined]
    csrf = csrf_from(client, "/interviews/new")
    answers = [client.post("/interviews/new", data=_form(csrf)) for _ in range(times)]

    listed = client.get("/api/v1/interviews", headers=auth(token)).json
    assert listed is not None
    [interview] = listed["interviews"]
    assert len(interview["steps"]) == 3
    assert {a.headers["Location"] for a in answers} == {f"/interviews/{interview['id']}"}
    if times > 1:
        page = client.get(answers[-1].headers["Location"])
        assert "logged this interview already" in text(page)


def test_another_time_or_a_cancelled_one_is_a_new_interview(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    csrf = csrf_from(client, "/interviews/new")
    first = client.post("/interviews/new", data=_form(csrf))
    second = client.post("/interviews/new", data=_form(csrf, "2027-05-04T10:00"))
    assert first.headers["Location"] != second.headers["Location"]
    cancelled = first.headers["Location"].rsplit("/", 1)[1]
    assert client.post(f"/api/v1/interviews/{cancelled}/cancel", headers=auth(token)).status_code
    again = client.post("/interviews/new", data=_form(csrf))
    assert again.headers["Location"] not in (first.headers["Location"], second.headers["Location"])
    listed = client.get("/api/v1/interviews", headers=auth(token)).json
    assert listed is not None
    assert len(listed["interviews"]) == 3
