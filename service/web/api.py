"""JSON API under /api/v1: a thin edge over the interview domain, per-user bearer tokens."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from flask import Blueprint, Response, current_app, g, jsonify, request, url_for
from werkzeug.exceptions import BadRequest, Unauthorized

from service import accounts, interviews
from service.accounts import idempotency, lock_own_account
from service.accounts.models import User
from service.interviews.models import InterviewStatus, Source, StepStatus
from service.interviews.records import interview_json, step_json
from service.parsing.model import Person
from service.parsing.timezones import check_zone
from service.platform.db import committed, db, utcnow
from service.platform.errors import Invalid, Problems, not_one_of
from service.steps.context import draft_templates, template_for
from service.steps.settings import save_draft_templates, save_preferences
from service.steps.templates import PLACEHOLDERS, DraftText
from service.steps.wording import DRAFT_KINDS
from service.web.errors import BadQuery, problem
from service.web.input_guard import JSONInputError, RepeatedKey
from service.web.openapi import (
    openapi_document,
    operation_at,
    query_parameters,
    request_fields,
    takes_body,
)

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.before_request
def _authenticate() -> Response | None:
    if request.endpoint == "api.openapi":
        return None
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _unauthorized("send `Authorization: Bearer <token>` (afterview api-token create)")
    user = accounts.find_user_by_api_token(db.session(), token.strip(), utcnow())
    if user is None:
        return _unauthorized(
            "the API token is unknown or revoked (a password change or reset revokes every"
            " token; make a new one on the Account page), or its account is disabled"
        )
    if db.session.dirty:
        db.session.commit()  # keeps last_used_at even when the request then fails validation
    g.api_user = user
    return None


def _unauthorized(detail: str) -> Response:
    response = problem(401, "Unauthorized", detail)
    response.headers["WWW-Authenticate"] = 'Bearer realm="afterview"'
    return response


@bp.errorhandler(Unauthorized)
def _on_unauthorized(exc: Unauthorized) -> Response:
    return _unauthorized(exc.description or "")


def current_api_user() -> User:
    """The account whose token authenticated this request."""
    user: User = g.api_user
    return user


_user = current_api_user


def _body() -> dict[str, Any]:
    if not request.data:
        raise Invalid("body", "a JSON object is required")
    if not request.is_json:
        raise BadRequest("Content-Type must be application/json")
    try:
        data = current_app.json.loads(request.get_data())
    except RepeatedKey as error:  # which of the two values was meant cannot be known
        raise Invalid(error.field, "is given twice; send each key once") from None
    except JSONInputError as error:  # too deep, or a NUL character: say which
        raise BadRequest(str(error)) from None
    except ValueError:
        raise BadRequest("the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise Invalid("body", "must be a JSON object")
    return data


def _check_keys(
    body: dict[str, Any],
    operation: str,
    problems: Problems,
    *,
    echoed: dict[str, Any] | None = None,
    hints: dict[str, str] | None = None,
) -> None:
    """Name every key the request cannot use, as PATCH /me always did.

    A misspelt optional key ("notse") used to be dropped and answered 2xx, so the client
    believed it was saved. Keys of the resource as GET shows it (`echoed`) may come back
    unchanged, so a read-modify-write of the whole record passes; a changed one is
    named, with the `hints` saying where that change is made.
    """
    fields = request_fields(operation)
    unknown = f"is not a field this request takes ({', '.join(sorted(fields))})"
    for key in body:
        if key in fields:
            continue
        if echoed is not None and key in echoed:
            if body[key] != echoed[key]:
                problems.add(key, (hints or {}).get(key, "cannot be changed"))
        else:
            problems.add(key, unknown)


def _only_keys(body: dict[str, Any], operation: str) -> None:
    """Raise naming every key `operation` does not take (see `_check_keys`)."""
    problems = Problems()
    _check_keys(body, operation, problems)
    problems.raise_any()


def _get(body: dict[str, Any], key: str, kind: type, *, required: bool = False) -> Any:
    value = body.get(key)
    if value is None:
        if required:
            raise Invalid(key, "is required")
        return None
    if kind is int and isinstance(value, bool):
        raise Invalid(key, "must be an integer")
    if not isinstance(value, kind):
        raise Invalid(key, f"must be {_type_name(kind)}")
    return value


def _type_name(kind: type) -> str:
    names = {str: "a string", int: "an integer", list: "a list", bool: "true or false"}
    return names.get(kind, f"a {kind.__name__}")


def _people(body: dict[str, Any]) -> tuple[Person, ...] | None:
    raw = _get(body, "interviewers", list)
    if raw is None:
        return None
    people = []
    for item in raw:
        if not isinstance(item, dict):
            raise Invalid("interviewers", "each interviewer is an object with name and email")
        name, email = item.get("name", ""), item.get("email", "")
        if not isinstance(name, str) or not isinstance(email, str):
            raise Invalid("interviewers", "name and email must be strings")
        people.append(Person(name=name, email=email))
    return tuple(people)


def _times(body: dict[str, Any], default_zone: str) -> tuple[datetime, datetime, str]:
    """Read start and end; times without an offset are wall time in `timezone`, or else
    in `default_zone` (the user's for a new interview, the interview's for a move)."""
    tz_name = _get(body, "timezone", str) or default_zone
    tz = check_zone(tz_name)
    start = interviews.read_instant(_get(body, "start", str, required=True), tz, "start")
    end = interviews.read_instant(_get(body, "end", str, required=True), tz, "end")
    return start, end, tz.key


E = TypeVar("E", bound=StrEnum)
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]{1,30}")
_RULE_PARAMETER = re.compile(r"<(?:[^<>:]*:)?[^<>]*>")


class QueryArgs:
    """A request's query parameters checked against its operation in the OpenAPI document.

    A parameter the operation does not take, one given twice, or a value outside its
    schema (an enum's choices, an integer's range) used to be dropped, or the first of two
    used, and answered 200: a client asking for `status=bogus` (or a misspelt `stauts`,
    or `GET /me?fields=email`) believed it had what it asked for. Every API request is
    checked here before its view runs (`_check_query`), every bad parameter named at once.
    """

    def __init__(self, operation: str | None) -> None:
        self.problems = Problems()
        schemas = query_parameters(operation) if operation is not None else {}
        takes = (
            f"is not a query parameter this request takes ({', '.join(schemas)})"
            if schemas
            else "is not a query parameter: this request takes none"
        )
        for name in dict.fromkeys(request.args):
            values = request.args.getlist(name)
            if name not in schemas:
                self.problems.add(name, takes)
            elif len(values) > 1:
                self.problems.add(name, f"is given {len(values)} times; give it once")
            else:
                self._check(name, values[0], schemas[name])

    def _check(self, name: str, value: str, schema: dict[str, Any]) -> None:
        if "enum" in schema:
            if value not in schema["enum"]:
                self.problems.add(name, not_one_of(value, schema["enum"]))
        elif schema.get("type") == "integer":
            if not _WHOLE_NUMBER.fullmatch(value):
                self.problems.add(name, f"{value[:40]!r} is not a whole number")
            elif not schema["minimum"] <= int(value) <= schema["maximum"]:
                self.problems.add(
                    name, f"must be between {schema['minimum']} and {schema['maximum']}"
                )

    def raise_any(self) -> None:
        """Refuse the request when anything was wrong with its query."""
        if self.problems.found:
            (field, message), *rest = self.problems.found
            raise BadQuery(field, message, also=rest)


@bp.before_request
def _check_query() -> None:
    """Refuse, before any view runs: an id that is not this account's (404), a query its
    operation cannot use (400, see `QueryArgs`), a body sent to one that takes none (422)."""
    if request.url_rule is None or request.method == "OPTIONS":
        return  # no such route or method: the 404 or 405 says so
    # Someone else's id (or none) is a 404 first, whatever the query or the body says.
    found = request.view_args or {}
    if "interview_id" in found:
        interviews.get_interview(db.session(), _user(), found["interview_id"])
    if "step_id" in found:
        interviews.get_step(db.session(), _user(), found["step_id"])
    path = _RULE_PARAMETER.sub("{id}", request.url_rule.rule)
    method = "get" if request.method == "HEAD" else request.method.lower()
    operation = operation_at(path, method)
    QueryArgs(operation).raise_any()
    if operation is None or not takes_body(operation):
        _refuse_body(f"{request.method} {request.path}")


def _refuse_body(where: str) -> None:
    """Refuse a body sent to an operation that takes none, naming what it held.

    `POST /interviews/{id}/cancel` with `{"reason": ...}` used to answer 200, so the
    client believed the reason was kept. An empty body, `{}` or `null` (what some
    clients send with every POST) pass.
    """
    raw = request.get_data(cache=True)
    if not raw.strip():
        return
    takes_none = f"is not a field: {where} takes no body"
    try:
        data = current_app.json.loads(raw) if request.is_json else raw
    except (ValueError, UnicodeDecodeError):
        data = raw
    if data is None or data == {}:
        return
    if isinstance(data, dict):
        (first, *rest) = [(str(key), takes_none) for key in data]
        raise Invalid(first[0], first[1], also=rest)
    raise Invalid("body", f"must be empty: {where} takes no body")


def _choice(name: str, allowed: type[E]) -> E | None:
    """The query's `name` as one of `allowed` (checked by `_check_query`), or None."""
    value = request.args.get(name)
    return None if value is None else allowed(value)


def _page() -> tuple[int, int]:
    """The page's size and start from the query (checked by `_check_query`)."""
    return interviews.page_bounds(request.args.get("limit"), request.args.get("offset"))


def _next_page(limit: int, offset: int, rows: int) -> str | None:
    """Link the next page while this one came back full (one more page may be empty)."""
    if rows < limit:
        return None
    args: dict[str, Any] = {k: v for k, v in request.args.items() if k not in ("limit", "offset")}
    return url_for(request.endpoint or "", **{**args, "limit": limit, "offset": offset + limit})


@bp.get("/interviews")
def list_interviews() -> Response:
    status = _choice("status", InterviewStatus)
    limit, offset = _page()
    rows = interviews.list_interviews(
        db.session(), _user(), status=status, limit=limit, offset=offset
    )
    return jsonify(
        interviews=[interview_json(i) for i in rows], next=_next_page(limit, offset, len(rows))
    )


class _KeyTaken(Exception):
    """Another request with the same Idempotency-Key stored its answer first."""


@bp.post("/interviews")
def create_interview() -> Response:
    """Log an interview; a body with several mistakes gets all of them named in one answer.

    With an `Idempotency-Key` header, the same key and body within a day get the first
    answer again (see `service.accounts.idempotency`). Without one, an interview logged
    already (the same company, role, start and end, not cancelled) is a 409 naming it,
    as the web form leads to the first.
    """
    body = _body()
    user = _user()
    raw_key = request.headers.get(idempotency.HEADER)
    key = None if raw_key is None else idempotency.check_key(raw_key)
    fingerprint = idempotency.request_hash(body)
    if key is not None:
        answer = idempotency.stored_answer(db.session(), user, key, fingerprint, utcnow())
        if answer is not None:
            return _replayed(answer)
    problems = Problems()
    _check_keys(body, "createInterview", problems)

    def text(key: str, *, required: bool = False) -> str:
        value: str | None = problems.value(lambda: _get(body, key, str, required=required), "")
        return value or ""

    tz_name = text("timezone") or user.timezone
    start_text, end_text = text("start", required=True), text("end", required=True)
    start, end = interviews.read_times(problems, start_text, end_text, tz_name)
    data = interviews.InterviewInput(
        company=text("company", required=True),
        role=text("role", required=True),
        start=start,
        end=end,
        timezone=tz_name,
        location=text("location"),
        meeting_url=text("meeting_url"),
        notes=text("notes"),
        interviewers=problems.value(lambda: _people(body) or (), ()),
        source=Source.API,
    )
    interviews.validate(data, problems)

    def create() -> idempotency.Answer:
        now = utcnow()
        lock_own_account(db.session(), user.id)
        if key is not None and idempotency.stored_answer(db.session(), user, key, fingerprint, now):
            raise _KeyTaken  # a request with this key finished while this one waited
        interview = interviews.log_once_locked(db.session(), user, data, now)
        answer = idempotency.Answer(
            status=201,
            body=current_app.json.dumps(interview_json(interview)),
            location=f"/api/v1/interviews/{interview.id}",
        )
        if key is not None and not idempotency.store_answer(
            db.session(), user, key, fingerprint, answer, now
        ):
            raise _KeyTaken  # rolls the interview back: the other request logged it
        return answer

    try:
        answer = committed(create)
    except interviews.LoggedAlready as exc:
        return _logged_already(exc.interview_id)
    except _KeyTaken:
        assert key is not None
        first = idempotency.stored_answer(db.session(), user, key, fingerprint, utcnow())
        if first is None:  # stored and already out of date: cannot happen within a day
            raise
        return _replayed(first)
    return _answer(answer)


def _answer(answer: idempotency.Answer) -> Response:
    response = Response(answer.body + "\n", status=answer.status, mimetype="application/json")
    if answer.location:
        response.headers["Location"] = answer.location
    return response


def _replayed(answer: idempotency.Answer) -> Response:
    """The stored first answer, marked as such (`Idempotent-Replayed: true`)."""
    response = _answer(answer)
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _logged_already(interview_id: int) -> Response:
    url = f"/api/v1/interviews/{interview_id}"
    return problem(
        409,
        "Conflict",
        f"this interview is logged already as {interview_id} ({url}): the same company,"
        " role, start and end, not cancelled. Nothing new was added; send an"
        " Idempotency-Key header to retry a request safely.",
        interview_id=interview_id,
        interview_url=url,
    )


@bp.get("/interviews/<int:interview_id>")
def read_interview(interview_id: int) -> Response:
    return jsonify(interview_json(interviews.get_interview(db.session(), _user(), interview_id)))


@bp.patch("/interviews/<int:interview_id>")
def update_interview(interview_id: int) -> Response:
    body = _body()
    interview = interviews.get_interview(db.session(), _user(), interview_id)
    problems = Problems()
    # PATCH changes details only. A new start, end or zone here used to be answered 200
    # and dropped, so a client believed the interview had moved.
    here = f"/api/v1/interviews/{interview.id}"
    move = f"to move the interview, POST start, end and timezone to {here}/reschedule"
    _check_keys(
        body,
        "updateInterview",
        problems,
        echoed=interview_json(interview),
        hints={
            "start": f"{move} (its steps move with it)",
            "end": f"{move} (its steps move with it)",
            "timezone": f"{move} (its steps move with it)",
            "status": f"POST to {here}/cancel or {here}/restore to change it",
            "timeline": f"PUT what the employer said to {here}/timeline",
            "steps": "change a step at /api/v1/steps/{id}",
        },
    )

    def text(key: str) -> str | None:
        value: str | None = problems.value(lambda: _get(body, key, str), None)
        return value

    changes = interviews.DetailsUpdate(
        company=text("company"),
        role=text("role"),
        location=text("location"),
        meeting_url=text("meeting_url"),
        notes=text("notes"),
        interviewers=problems.value(lambda: _people(body), None),
    )
    outcome = text("outcome")

    def apply() -> None:
        # The outcome is tried first so a wrong one is named with the other fields.
        if outcome is not None:
            with problems.check():
                interviews.record_outcome(db.session(), interview, outcome, utcnow())
        interviews.update_details(db.session(), interview, changes, utcnow(), problems)

    committed(apply)
    return jsonify(interview_json(interview))


@bp.post("/interviews/<int:interview_id>/reschedule")
def reschedule_interview(interview_id: int) -> Response:
    body = _body()
    _only_keys(body, "rescheduleInterview")
    interview = interviews.get_interview(db.session(), _user(), interview_id)
    start, end, tz_name = _times(body, interview.timezone)
    committed(
        lambda: interviews.reschedule(
            db.session(), interview, start=start, end=end, timezone=tz_name, now=utcnow()
        )
    )
    return jsonify(interview_json(interview))


@bp.post("/interviews/<int:interview_id>/cancel")
def cancel_interview(interview_id: int) -> Response:
    interview = interviews.get_interview(db.session(), _user(), interview_id)
    committed(lambda: interviews.cancel(db.session(), interview, utcnow()))
    return jsonify(interview_json(interview))


@bp.post("/interviews/<int:interview_id>/restore")
def restore_interview(interview_id: int) -> Response:
    interview = interviews.get_interview(db.session(), _user(), interview_id)
    committed(lambda: interviews.restore(db.session(), interview, utcnow()))
    return jsonify(interview_json(interview))


@bp.put("/interviews/<int:interview_id>/timeline")
def record_timeline(interview_id: int) -> Response:
    body = _body()
    _only_keys(body, "recordTimeline")
    interview = interviews.get_interview(db.session(), _user(), interview_id)
    text = _get(body, "text", str) or ""
    raw_date = _get(body, "date", str)
    on: date | None = None
    if raw_date is not None:
        try:
            on = date.fromisoformat(raw_date)
        except ValueError:
            raise Invalid("date", f"{raw_date[:40]!r} is not a YYYY-MM-DD date") from None
    try:
        committed(
            lambda: interviews.record_timeline(db.session(), interview, text, utcnow(), on=on)
        )
    except Invalid as exc:
        # The domain names the form's fields; this body calls them `text` and `date`.
        raise _renamed(exc, {"timeline": "text", "timeline_date": "date"}) from None
    return jsonify(interview_json(interview))


def _renamed(exc: Invalid, names: dict[str, str]) -> Invalid:
    """The same problems, each field under the name this request gave it."""
    (field, message), *rest = [(names.get(f, f), m) for f, m in exc.problems]
    return Invalid(field, message, also=rest)


@bp.get("/steps")
def list_steps() -> Response:
    status = _choice("status", StepStatus)
    limit, offset = _page()
    rows = interviews.list_steps(db.session(), _user(), status=status, limit=limit, offset=offset)
    return jsonify(steps=[step_json(s) for s in rows], next=_next_page(limit, offset, len(rows)))


@bp.patch("/steps/<int:step_id>")
def update_step(step_id: int) -> Response:
    body = _body()
    _only_keys(body, "updateStep")
    step = interviews.get_step(db.session(), _user(), step_id)
    status = _get(body, "status", str, required=True)
    committed(lambda: interviews.set_step_status(step, status, utcnow()))
    return jsonify(step_json(step))


@bp.post("/steps/<int:step_id>/snooze")
def snooze_step(step_id: int) -> Response:
    """Put a step off by a day, or `until` a date or time as the web page and CLI can."""
    raw = request.get_data(cache=True)
    body = _body() if raw.strip() and raw.strip() != b"null" else {}
    _only_keys(body, "snoozeStep")
    until = _get(body, "until", str)
    step = interviews.get_step(db.session(), _user(), step_id)
    if until is None:
        committed(lambda: interviews.snooze_step(step, utcnow()))
    else:
        committed(lambda: interviews.snooze_step_to(step, utcnow(), until))
    return jsonify(step_json(step))


_PREFERENCE_TYPES: dict[str, type] = {
    "display_name": str,
    "timezone": str,
    "working_hours": str,
    "follow_up_days": int,
    "feed_interviews": str,
    "feed_alarms": bool,
    "reminder_emails": bool,
    "daily_digest": bool,
}


def me_json(user: User) -> dict[str, Any]:
    prefs = accounts.current_preferences(user)
    return {"email": user.email, **{name: getattr(prefs, name) for name in _PREFERENCE_TYPES}}


@bp.get("/me")
def read_me() -> Response:
    return jsonify(me_json(_user()))


@bp.patch("/me")
def update_me() -> Response:
    """Change some preferences; a new zone, working hours or delay re-plans pending steps."""
    body = _body()
    user = _user()
    problems = Problems()
    _check_keys(body, "updateMe", problems, echoed={"email": user.email})
    changes: dict[str, Any] = {}
    for key, kind in _PREFERENCE_TYPES.items():
        if key in body:
            with problems.check():
                changes[key] = _get(body, key, kind, required=True)
    prefs = replace(accounts.current_preferences(user), **changes)
    # The settings' own checks join these, and every problem is named in one answer.
    committed(lambda: save_preferences(db.session(), user, prefs, utcnow(), problems))
    return jsonify(me_json(user))


def drafts_json(user: User) -> dict[str, Any]:
    """Each draft template the user's notes are written from, and the placeholders it may use."""
    mine = draft_templates(user)
    found: dict[str, Any] = {
        kind.value: {
            "subject": template_for(user, kind.value).subject,
            "body": template_for(user, kind.value).body,
            "yours": kind.value in mine,
        }
        for kind in DRAFT_KINDS
    }
    return {**found, "placeholders": PLACEHOLDERS}


@bp.get("/me/drafts")
def read_drafts() -> Response:
    return jsonify(drafts_json(_user()))


@bp.patch("/me/drafts")
def update_drafts() -> Response:
    """Word some drafts your way (null puts back Afterview's); all are checked, or none saved."""
    body = _body()
    user = _user()
    problems = Problems()
    changes: dict[str, DraftText | None] = {}
    for kind, value in body.items():
        if value is None:
            changes[kind] = None
        elif not isinstance(value, dict):
            problems.add(kind, "must be an object with `subject` and `body`, or null")
        else:
            for name in sorted(set(value) - {"subject", "body"}):
                problems.add(f"{kind}.{name}", "is not part of a draft template")
            subject, text = value.get("subject"), value.get("body")
            for name, given in (("subject", subject), ("body", text)):
                if not isinstance(given, str):
                    problems.add(
                        f"{kind}.{name}", "is required" if given is None else "must be text"
                    )
            if isinstance(subject, str) and isinstance(text, str):
                changes[kind] = DraftText(subject=subject, body=text)
    problems.raise_any()
    committed(lambda: save_draft_templates(user, changes))
    return jsonify(drafts_json(user))


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document())
