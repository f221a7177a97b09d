"""The OpenAPI 3.1 description of /api/v1, kept beside the code it describes."""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import Any

from service.accounts.data import ExportFormat
from service.interviews import MAX_OFFSET, MAX_PAGE_SIZE, PAGE_SIZE, SNOOZE_DAYS
from service.interviews.models import InterviewStatus, StepStatus

JSON = "application/json"
PROBLEM = "application/problem+json"


PAGING = [
    {
        "name": "limit",
        "in": "query",
        "required": False,
        "description": f"Page size (default {PAGE_SIZE})",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    },
    {
        "name": "offset",
        "in": "query",
        "required": False,
        "description": "How many to skip (default 0)",
        "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
    },
]


def _status_filter(statuses: type[StrEnum]) -> dict[str, Any]:
    """The optional `status` query parameter of a list, with the values the model knows."""
    return {
        "name": "status",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": [status.value for status in statuses]},
    }


def _any_case(choices: type[StrEnum]) -> str:
    """A pattern matching one of the choices in any mix of upper and lower case."""
    words = ("".join(f"[{c.lower()}{c.upper()}]" for c in str(v)) for v in choices)
    return f"^({'|'.join(words)})$"


NEXT = {
    "type": ["string", "null"],
    "description": "The next page's path, or null when this page was the last",
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": schema}}}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {PROBLEM: {"schema": _ref("Problem")}}}


BAD_QUERY = _problem(
    "A query parameter the operation does not take, one given twice, or a value it "
    "cannot use; `errors` names each (or a parameter holds a NUL character or bytes "
    "that are not UTF-8)"
)
ERRORS = {
    "400": _problem(
        "The body is not JSON (or not UTF-8) or not a JSON object, is nested more than 32 "
        "levels deep, or a text holds a NUL character; or a query parameter the operation does not "
        "take (every operation refuses those), a value it cannot use, or a NUL character "
        "in one: `errors` names each"
    ),
    "401": _problem("Missing, unknown or revoked token"),
    "404": _problem("No such resource for this account"),
    "405": _problem("Method not allowed"),
    "413": _problem("The body is too large"),
    "415": _problem("The body is not application/json"),
    "422": _problem("A field is missing or invalid; `errors` names it"),
}
READ_ERRORS = {
    "400": BAD_QUERY,
    **{k: v for k, v in ERRORS.items() if k in ("401", "404", "405")},
    "422": _problem("A body was sent, and this operation takes none; `errors` names its keys"),
}

ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
TEXT = {"type": "string"}
INSTANT = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$",
    "description": "ISO 8601; without an offset it is wall-clock time in `timezone`",
    "examples": ["2026-03-05T14:00", "2026-03-05T14:00-08:00"],
}
ZONE = {
    "type": "string",
    "minLength": 1,
    "maxLength": 100,
    "description": "A tz name (Europe/Berlin) or a place (Berlin, Pacific Time, IST, "
    "UTC+5:30); a place in several zones is answered with the ones to choose from. "
    "Defaults to the account's",
    "examples": ["America/Los_Angeles"],
}
WORKING_HOURS = {
    "type": "string",
    "maxLength": 64,
    "description": "HH:MM-HH:MM and the working days; steps are placed only inside them",
    "examples": ["09:00-17:30 mon-fri", "08:00-16:00 sun-thu"],
}
IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Any unique string (a UUID) per request, to retry it safely for 24 hours",
    "schema": {"type": "string", "pattern": r"^[!-~]{1,255}$"},
}
NAME = {
    "type": "string",
    "minLength": 1,
    "maxLength": 200,
    "pattern": r"\S",
    "description": "Must show something: a name of only invisible characters (U+202E, "
    "U+200B, ...) is refused, naming the field",
}
INTERVIEWERS = {
    "type": "array",
    "maxItems": 20,
    "items": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "email": {"type": "string"}},
    },
}

DRAFT_WRITE = {
    "type": ["object", "null"],
    "required": ["subject", "body"],
    "additionalProperties": False,
    "properties": {
        "subject": {"type": "string", "maxLength": 200, "examples": ["Thanks, {first_name}"]},
        "body": {
            "type": "string",
            "maxLength": 5000,
            "examples": ["{greeting}\n\nThank you for {interview_date}.\n\n{my_name}"],
        },
    },
}
DRAFT_READ = {
    "type": "object",
    "required": ["subject", "body", "yours"],
    "properties": {
        "subject": TEXT,
        "body": TEXT,
        "yours": {"type": "boolean", "description": "false: Afterview's own wording"},
    },
}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {JSON: {"schema": schema}}}


@functools.cache
def request_fields(operation_id: str) -> frozenset[str]:
    """The keys the operation's JSON body may carry, as its schema lists them.

    The API checks bodies against this, so the document and the check cannot drift.
    """
    for path in openapi_document()["paths"].values():
        for operation in path.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                schema = operation["requestBody"]["content"][JSON]["schema"]
                return frozenset(schema["properties"])
    raise KeyError(operation_id)


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Each operation by its id: its path, its method and the operation itself."""
    found = {}
    for path, methods in openapi_document()["paths"].items():
        for method, operation in methods.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (path, method, operation)
    return found


@functools.cache
def query_parameters(operation_id: str) -> dict[str, dict[str, Any]]:
    """The query parameters the operation takes, each with its schema, sorted by name.

    The API checks every request's query against this (`service.web.api.QueryArgs`),
    so the document and the check cannot drift.
    """
    _path, _method, operation = _operations()[operation_id]
    found = [p for p in operation.get("parameters", []) if p["in"] == "query"]
    return {p["name"]: p["schema"] for p in sorted(found, key=lambda p: p["name"])}


@functools.cache
def takes_body(operation_id: str) -> bool:
    """Whether the operation documents a request body."""
    return "requestBody" in _operations()[operation_id][2]


@functools.cache
def operation_at(path: str, method: str) -> str | None:
    """The id of the operation `method` (lower case) on `path` (as the document writes
    it, `{id}`), or None when the document has none there."""
    for operation_id, (where, how, _operation) in _operations().items():
        if (where, how) == (path, method):
            return operation_id
    return None


def openapi_document() -> dict[str, Any]:
    """Return the API description; a test drives the real API from it."""
    interview_write = {
        "type": "object",
        "required": ["company", "role", "start", "end"],
        "additionalProperties": False,
        "properties": {
            "company": NAME,
            "role": NAME,
            "start": INSTANT,
            "end": INSTANT,
            "timezone": ZONE,
            "location": TEXT,
            "meeting_url": TEXT,
            "notes": TEXT,
            "interviewers": INTERVIEWERS,
        },
    }
    me_fields: dict[str, Any] = {
        "display_name": {"type": "string", "maxLength": 200},
        "timezone": {
            **ZONE,
            "description": "Zone the steps are placed in: a tz name or a place (Berlin, IST)",
        },
        "working_hours": WORKING_HOURS,
        "follow_up_days": {"type": "integer", "minimum": 1, "maximum": 60},
        "feed_interviews": {
            "type": "string",
            "enum": ["all", "hand_logged", "none"],
            "description": "Which interviews the feed shows beside their steps",
        },
        "feed_alarms": {"type": "boolean"},
        "reminder_emails": {"type": "boolean"},
        "daily_digest": {
            "type": "boolean",
            "description": "One digest a day instead of a mail per step",
        },
    }
    me_write = {"type": "object", "additionalProperties": False, "properties": me_fields}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Afterview API",
            "version": "1",
            "description": "Interviews and the follow-up steps Afterview plans for them.",
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": {
            "/api/v1/interviews": {
                "get": {
                    "operationId": "listInterviews",
                    "parameters": [
                        _status_filter(InterviewStatus),
                        *PAGING,
                    ],
                    "responses": {
                        "200": _json(
                            {
                                "type": "object",
                                "required": ["interviews", "next"],
                                "properties": {
                                    "interviews": {"type": "array", "items": _ref("Interview")},
                                    "next": NEXT,
                                },
                            },
                            "One page of this account's interviews, newest first",
                        ),
                        **READ_ERRORS,
                    },
                },
                "post": {
                    "operationId": "createInterview",
                    "description": "Log an interview. Send an `Idempotency-Key` to retry "
                    "safely: the same key with the same body within 24 hours answers the "
                    "first answer again (with `Idempotent-Replayed: true`) and logs nothing "
                    "new; the same key with another body is a 422 naming the header. Keys "
                    "are per account. Without a key, an interview logged already (the same "
                    "company, role, start and end, not cancelled) is a 409 naming it.",
                    "parameters": [IDEMPOTENCY_KEY],
                    "requestBody": _body(interview_write),
                    "responses": {
                        "201": {
                            **_json(_ref("Interview"), "Logged, with its three steps"),
                            "headers": {
                                "Location": {"schema": TEXT},
                                "Idempotent-Replayed": {
                                    "description": "`true` when this is the stored first "
                                    "answer to the same Idempotency-Key and body",
                                    "schema": {"type": "string", "enum": ["true"]},
                                },
                            },
                        },
                        "409": {
                            "description": "Logged already: `interview_id` and "
                            "`interview_url` name the interview; nothing new was added",
                            "content": {
                                PROBLEM: {
                                    "schema": {
                                        "allOf": [
                                            _ref("Problem"),
                                            {
                                                "type": "object",
                                                "required": ["interview_id", "interview_url"],
                                                "properties": {
                                                    "interview_id": {"type": "integer"},
                                                    "interview_url": TEXT,
                                                },
                                            },
                                        ]
                                    }
                                }
                            },
                        },
                        **ERRORS,
                        "422": _problem(
                            "A field is missing or invalid, or the Idempotency-Key was used "
                            "with another body: `errors` names each"
                        ),
                    },
                },
            },
            "/api/v1/interviews/{id}": {
                "parameters": [ID],
                "get": {
                    "operationId": "readInterview",
                    "responses": {"200": _json(_ref("Interview"), "The interview"), **READ_ERRORS},
                },
                "patch": {
                    "operationId": "updateInterview",
                    "description": "Change the details below. The interview's other fields, "
                    "as GET shows them, may come along unchanged (a read-modify-write); a "
                    "changed one, or a key the interview does not have, is named in `errors`.",
                    "requestBody": _body(
                        {
                            "type": "object",
                            "properties": {
                                "company": NAME,
                                "role": NAME,
                                "location": TEXT,
                                "meeting_url": TEXT,
                                "notes": TEXT,
                                "interviewers": INTERVIEWERS,
                                "outcome": {
                                    "type": "string",
                                    "enum": [
                                        "heard_back",
                                        "next_round",
                                        "offer",
                                        "rejected",
                                        "withdrew",
                                    ],
                                },
                            },
                        }
                    ),
                    "responses": {"200": _json(_ref("Interview"), "Updated"), **ERRORS},
                },
            },
            "/api/v1/interviews/{id}/reschedule": {
                "parameters": [ID],
                "post": {
                    "operationId": "rescheduleInterview",
                    "requestBody": _body(
                        {
                            "type": "object",
                            "required": ["start", "end"],
                            "additionalProperties": False,
                            "properties": {"start": INSTANT, "end": INSTANT, "timezone": ZONE},
                        }
                    ),
                    "responses": {
                        "200": _json(_ref("Interview"), "Moved; pending steps moved too"),
                        **ERRORS,
                    },
                },
            },
            "/api/v1/interviews/{id}/cancel": {
                "parameters": [ID],
                "post": {
                    "operationId": "cancelInterview",
                    "responses": {
                        "200": _json(_ref("Interview"), "Cancelled with its pending steps"),
                        **READ_ERRORS,
                    },
                },
            },
            "/api/v1/interviews/{id}/restore": {
                "parameters": [ID],
                "post": {
                    "operationId": "restoreInterview",
                    "responses": {
                        "200": _json(
                            _ref("Interview"), "The cancellation undone, steps re-planned"
                        ),
                        **READ_ERRORS,
                        "422": _problem(
                            "The interview is not cancelled, the same interview was "
                            "logged again since (named), or a body was sent (this "
                            "operation takes none)"
                        ),
                    },
                },
            },
            "/api/v1/interviews/{id}/timeline": {
                "parameters": [ID],
                "put": {
                    "operationId": "recordTimeline",
                    "requestBody": _body(
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "properties": {
                                "text": {
                                    "type": "string",
                                    "description": "What the employer said, e.g. 'two weeks'",
                                },
                                "date": {"type": "string", "format": "date"},
                            },
                        }
                    ),
                    "responses": {
                        "200": _json(_ref("Interview"), "Follow-up moved after the timeline"),
                        **ERRORS,
                    },
                },
            },
            "/api/v1/me": {
                "get": {
                    "operationId": "readMe",
                    "responses": {"200": _json(_ref("Me"), "Your settings"), **READ_ERRORS},
                },
                "patch": {
                    "operationId": "updateMe",
                    "requestBody": _body(me_write),
                    "responses": {
                        "200": _json(
                            _ref("Me"), "Saved; a new zone, hours or delay re-planned pending steps"
                        ),
                        **ERRORS,
                    },
                },
            },
            "/api/v1/me/drafts": {
                "get": {
                    "operationId": "readDrafts",
                    "responses": {
                        "200": _json(_ref("Drafts"), "Your draft templates and the placeholders"),
                        **READ_ERRORS,
                    },
                },
                "patch": {
                    "operationId": "updateDrafts",
                    "description": "Word the thank-you or follow-up draft your way; null puts "
                    "back Afterview's wording. Every template is checked (an unknown "
                    "placeholder or a lone brace is named in `errors`) and none is saved "
                    "unless all are fine.",
                    "requestBody": _body(
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "properties": {"thank_you": DRAFT_WRITE, "follow_up": DRAFT_WRITE},
                        }
                    ),
                    "responses": {"200": _json(_ref("Drafts"), "Saved"), **ERRORS},
                },
            },
            "/api/v1/steps": {
                "get": {
                    "operationId": "listSteps",
                    "parameters": [
                        _status_filter(StepStatus),
                        *PAGING,
                    ],
                    "responses": {
                        "200": _json(
                            {
                                "type": "object",
                                "required": ["steps", "next"],
                                "properties": {
                                    "steps": {"type": "array", "items": _ref("Step")},
                                    "next": NEXT,
                                },
                            },
                            "One page of steps by due time",
                        ),
                        **READ_ERRORS,
                    },
                }
            },
            "/api/v1/steps/{id}": {
                "parameters": [ID],
                "patch": {
                    "operationId": "updateStep",
                    "requestBody": _body(
                        {
                            "type": "object",
                            "required": ["status"],
                            "additionalProperties": False,
                            "properties": {
                                "status": {"type": "string", "enum": ["pending", "done", "skipped"]}
                            },
                        }
                    ),
                    "responses": {"200": _json(_ref("Step"), "Updated"), **ERRORS},
                },
            },
            "/api/v1/steps/{id}/snooze": {
                "parameters": [ID],
                "post": {
                    "operationId": "snoozeStep",
                    "description": "Put a pending step off: a day (no body), or `until` a "
                    "date (the start of your working hours that day) or a time (wall clock in "
                    "your zone without an offset), later than the step is due (or now) and at "
                    f"most {SNOOZE_DAYS} days after that; outside working hours it moves to "
                    "their next opening.",
                    "requestBody": {
                        "required": False,
                        "content": {
                            JSON: {
                                "schema": {
                                    "type": "object",
                                    "additionalProperties": False,
                                    "properties": {
                                        "until": {
                                            "type": "string",
                                            "examples": ["2026-03-09", "2026-03-09T14:30"],
                                        }
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": _json(_ref("Step"), "Due later"),
                        **{k: v for k, v in ERRORS.items() if k != "405"},
                    },
                },
            },
            "/api/v1/export": {
                "get": {
                    "operationId": "exportAccount",
                    "description": "Everything stored for the account: JSON (all of it), "
                    "CSV (one line per step with its interview) or iCalendar.",
                    "parameters": [
                        {
                            "name": "format",
                            "in": "query",
                            "required": False,
                            "description": "json (default), csv or ics, in any case",
                            # Read by `export_format` alone, as on the Account page and
                            # in the CLI: an enum here would refuse "CSV" before it.
                            "schema": {"type": "string", "pattern": _any_case(ExportFormat)},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The download, named in Content-Disposition",
                            "content": {
                                JSON: {"schema": {"type": "object"}},
                                "text/csv": {"schema": TEXT},
                                "text/calendar": {"schema": TEXT},
                            },
                        },
                        **READ_ERRORS,
                        "429": {
                            **_problem(
                                "Five downloads in ten minutes already (the Account page's "
                                "count too); `detail` and Retry-After say when to try again"
                            ),
                            "headers": {
                                "Retry-After": {
                                    "description": "Seconds until the next download can start",
                                    "schema": {"type": "integer"},
                                }
                            },
                        },
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Problem": {
                    "type": "object",
                    "required": ["title", "status"],
                    "properties": {
                        "type": TEXT,
                        "title": TEXT,
                        "status": {"type": "integer"},
                        "detail": TEXT,
                        "errors": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["field", "message"],
                                "properties": {"field": TEXT, "message": TEXT},
                            },
                        },
                    },
                },
                "Step": {
                    "type": "object",
                    "required": ["id", "interview_id", "kind", "due", "status", "revision"],
                    "properties": {
                        "id": {"type": "integer"},
                        "interview_id": {"type": "integer"},
                        "kind": {
                            "type": "string",
                            "enum": ["ask_next_steps", "thank_you", "follow_up"],
                        },
                        "due": {"type": "string", "format": "date-time"},
                        "status": {
                            "type": "string",
                            "enum": ["pending", "done", "skipped", "cancelled"],
                        },
                        "status_reason": TEXT,
                        "status_changed_at": {"type": "string", "format": "date-time"},
                        "revision": {"type": "integer"},
                    },
                },
                "Drafts": {
                    "type": "object",
                    "required": ["thank_you", "follow_up", "placeholders"],
                    "properties": {
                        "thank_you": DRAFT_READ,
                        "follow_up": DRAFT_READ,
                        "placeholders": {
                            "type": "object",
                            "additionalProperties": TEXT,
                            "description": "Each placeholder's name and what it becomes",
                        },
                    },
                },
                "Me": {
                    "type": "object",
                    "required": ["email", "timezone", "working_hours", "follow_up_days"],
                    "properties": {"email": TEXT, **me_fields},
                },
                "Interview": {
                    "type": "object",
                    "required": [
                        "id",
                        "company",
                        "role",
                        "start",
                        "end",
                        "timezone",
                        "status",
                        "steps",
                    ],
                    "properties": {
                        "id": {"type": "integer"},
                        "company": TEXT,
                        "role": TEXT,
                        "start": {"type": "string", "format": "date-time"},
                        "end": {"type": "string", "format": "date-time"},
                        "timezone": TEXT,
                        "location": TEXT,
                        "meeting_url": TEXT,
                        "notes": TEXT,
                        "status": {
                            "type": "string",
                            "enum": ["scheduled", "cancelled", "completed"],
                        },
                        "outcome": {"type": ["string", "null"]},
                        "source": TEXT,
                        "interviewers": INTERVIEWERS,
                        "timeline": {
                            "type": "object",
                            "properties": {
                                "text": TEXT,
                                "date": {"type": ["string", "null"], "format": "date"},
                            },
                        },
                        "steps": {"type": "array", "items": _ref("Step")},
                    },
                },
            },
        },
    }
