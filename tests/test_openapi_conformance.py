"""The OpenAPI document tells the truth: generated requests get documented answers.

Schemathesis drives the real app (real database) from /api/v1/openapi.json with
random valid and invalid inputs and checks every response against the document:
no server errors, documented status codes, content types and body schemas.
"""

from __future__ import annotations

import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import auth, make_token, make_user


def test_every_operation_conforms_to_the_document(app: Flask) -> None:
    token = make_token(app, make_user(app))
    client = app.test_client()
    seeded = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Engineer",
            "start": "2026-05-01T10:00",
            "end": "2026-05-01T11:00",
        },
        headers=auth(token),
    )
    assert seeded.status_code == 201
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 16

    for operation in operations:

        @given(case=operation.as_strategy(), use_seeded=st.booleans())
        @settings(
            max_examples=20,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case: schemathesis.Case, use_seeded: bool) -> None:
            if use_seeded and case.path_parameters and "id" in case.path_parameters:
                case.path_parameters["id"] = 1  # reach real rows, not only 404s
            response = case.call(headers=auth(token))
            # Rules across fields (end after start, a real zone, a possible date) cannot
            # be said in JSON Schema, so schema-valid data may still earn a documented 422.
            case.validate_response(
                response,
                headers=auth(token),
                excluded_checks=[schemathesis.checks.positive_data_acceptance],
            )

        conforms()


def _nested(levels: int) -> object:
    value: object = []
    for _ in range(levels):
        value = [value]
    return value


def test_hostile_shapes_get_documented_client_errors(app: Flask) -> None:
    """Deep nesting, NUL characters and wrong types, sent to every operation that reads input.

    Generated data rarely reaches these shapes, so they are written out; each answer must
    be a documented 4xx (never a 500), checked against the document like any other.
    """
    token = make_token(app, make_user(app))
    client = app.test_client()
    seeded = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Eng",
            "start": "2026-05-01T10:00",
            "end": "2026-05-01T11:00",
        },
        headers=auth(token),
    )
    assert seeded.status_code == 201
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    tried: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        path = {"id": 1} if "{id}" in operation.path else None
        shapes: list[dict[str, object]] = []
        if operation.body:
            shapes += [
                {"body": _nested(200), "media_type": "application/json"},
                {
                    "body": {"company": "Acme\u0000", "role": 5, "notes\u0000": "x"},
                    "media_type": "application/json",
                },
                {
                    "body": {"interviewers": 5, "timeline": ["x"], "status": {"a": 1}},
                    "media_type": "application/json",
                },
            ]
        for parameter in operation.query:
            shapes.append({"query": {parameter.name: "pending\u0000"}})
        for shape in shapes:
            case = operation.Case(path_parameters=path, **shape)  # type: ignore[arg-type]
            response = case.call(headers=auth(token))
            assert 400 <= response.status_code < 500, (operation.label, shape, response.text)
            case.validate_response(
                response,
                headers=auth(token),
                excluded_checks=[schemathesis.checks.positive_data_acceptance],
            )
            tried.append(operation.label)
    # The eight operations with a body (PATCH /me and /me/drafts, and snoozeStep's
    # optional `until`, too) got three shapes each; each query parameter one (listSteps
    # and listInterviews: status, limit, offset; exportAccount: format).
    assert len(tried) == 3 * 8 + 3 + 3 + 1, tried
