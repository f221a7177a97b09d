"""Interview pages: list, detail, add, edit, reschedule, cancel, timeline and outcome."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import flash, redirect, render_template, request, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from service import interviews
from service.accounts.models import User
from service.interviews.models import Interview, InterviewStatus, Outcome, Source, StepStatus
from service.parsing.model import Person
from service.parsing.timezones import check_zone, first_repeated_note, zone
from service.platform.dates import format_date
from service.platform.db import db, utcnow
from service.platform.errors import Invalid, Problems
from service.steps.kinds import StepKind
from service.steps.wording import step_title
from service.web.admin import bp
from service.web.admin.common import (
    committed,
    fingerprint,
    form,
    input_value,
    invalid_page,
    local_time,
    me,
    read_seen,
    seen_token,
)
from service.web.admin.dashboard import drafts_for
from service.web.admin.picture import Mark, timeline_svg

OUTCOME_LABELS = {
    Outcome.HEARD_BACK: "Heard back",
    Outcome.NEXT_ROUND: "Invited to another round",
    Outcome.OFFER: "Offer",
    Outcome.REJECTED: "Not selected",
    Outcome.WITHDREW: "I withdrew",
}
# How an interview came in, in words: the stored names ("cli", "api") are for programs.
SOURCE_LABELS: dict[str, str] = {
    Source.MANUAL: "By hand",
    Source.CLI: "From the command line",
    Source.API: "Through the API",
    Source.EMAIL: "From forwarded mail",
    Source.DEMO: "Demo data",
}
MAX_INTERVIEWER_LINES = 50


def parse_people(text: str) -> tuple[Person, ...]:
    """Read one interviewer a line: 'Name <email>', a bare address, or a bare name."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > MAX_INTERVIEWER_LINES:
        raise Invalid("interviewers", f"at most {interviews.MAX_INTERVIEWERS} interviewers")
    return tuple(person for line in lines for person in interviews.read_people(line))


def people_text(interview: Interview) -> str:
    """Write interviewers back in the form the textarea reads."""
    lines = []
    for person in interview.interviewers:
        if person.name and person.email:
            lines.append(f"{person.name} <{person.email}>")
        else:
            lines.append(person.name or person.email)
    return "\n".join(lines)


def _times(user: User, default_zone: str) -> tuple[Any, Any, str]:
    """Read start, end and zone from the form; times are wall-clock in that zone."""
    zone_name = form("timezone").strip() or default_zone
    tz = check_zone(zone_name, "timezone")
    start = interviews.read_instant(form("start"), tz, "start")
    end = interviews.read_instant(form("end"), tz, "end")
    return start, end, tz.key


@bp.get("/interviews")
def interview_list() -> str:
    """List one page of interviews, newest first: the upcoming ones, then the past ones."""
    user = me()
    now = utcnow()
    size = interviews.PAGE_SIZE
    page = _page_number(request.args.get("page"))
    rows = interviews.list_interviews(db.session(), user, limit=size + 1, offset=(page - 1) * size)
    more = len(rows) > size
    rows = rows[:size]
    upcoming = sorted(
        (i for i in rows if i.end_at >= now and i.status != InterviewStatus.CANCELLED),
        key=lambda i: i.start_at,
    )
    past = [i for i in rows if i not in upcoming]
    return render_template(
        "interviews.html",
        upcoming=upcoming,
        past=past,
        now=now,
        outcomes=OUTCOME_LABELS,
        page=page,
        older_page=page + 1 if more else None,
        newer_page=page - 1 if page > 1 else None,
    )


def _page_number(value: str | None) -> int:
    """Read ?page=N; anything that is not a page number shows the first page."""
    try:
        return min(max(1, int(value or 1)), 100_000)
    except ValueError:
        return 1


def _blank_form(user: User) -> dict[str, str]:
    return {
        "company": "",
        "role": "",
        "start": "",
        "end": "",
        "timezone": user.timezone,
        "location": "",
        "meeting_url": "",
        "interviewers": "",
        "notes": "",
    }


@bp.get("/interviews/new")
def new_interview() -> str:
    """Show the form to log an interview; the zone defaults to the user's own."""
    return render_template("interview_form.html", values=_blank_form(me()), errors={})


def form_values(user: User) -> dict[str, str]:
    """The interview form's fields as posted, to show again next to an error."""
    return {name: form(name) for name in _blank_form(user)}


def form_input(user: User) -> interviews.InterviewInput:
    """Read the interview form into what the domain takes; raises Invalid naming every
    wrong field at once."""
    problems = Problems()
    zone_name = form("timezone").strip() or user.timezone
    start, end = interviews.read_times(problems, form("start"), form("end"), zone_name)
    data = interviews.InterviewInput(
        company=form("company"),
        role=form("role"),
        start=start,
        end=end,
        timezone=zone_name,
        location=form("location"),
        meeting_url=form("meeting_url").strip(),
        notes=form("notes"),
        interviewers=problems.value(lambda: parse_people(form("interviewers")), ()),
        source=Source.MANUAL,
    )
    interviews.validate(data, problems)
    return data


def _say_if_repeated(zone_name: str) -> None:
    """Say which one was taken when a time sent comes twice (the clocks go back)."""
    note = first_repeated_note(form("start"), form("end"), zone_name)
    if note is not None:
        flash(note, "info")


@bp.post("/interviews/new")
def create_interview() -> Response | tuple[str, int]:
    """Log the interview and plan its steps, or show what is wrong with nothing saved."""
    user = me()
    try:
        data = form_input(user)
        interview = committed(lambda: interviews.log_once(db.session(), user, data, utcnow()))
    except interviews.LoggedAlready as exc:
        flash(
            "You had logged this interview already (the same company, role and time),"
            " so nothing new was added.",
            "info",
        )
        return redirect(url_for("admin.interview_detail", interview_id=exc.interview_id))
    except Invalid as exc:
        return invalid_page("interview_form.html", exc, values=form_values(user))
    flash("Interview logged. Its three follow-up steps are planned below.", "success")
    _say_if_repeated(interview.timezone)
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))


_SHORT_NAMES = {"ask_next_steps": "Ask", "thank_you": "Thank-you", "follow_up": "Follow-up"}


def _picture(interview: Interview, user: User, now: datetime) -> Markup:
    marks = [Mark("Interview", interview.start_at, "interview")]
    for step in interview.steps:
        overdue = step.status == StepStatus.PENDING and step.due_at < now
        marks.append(
            Mark(
                _SHORT_NAMES.get(step.kind, step.kind),
                step.due_at,
                "overdue" if overdue else step.status,
            )
        )
    return timeline_svg(marks, now, zone(user.timezone))


def _detail_context(interview: Interview, user: User) -> dict[str, Any]:
    now = utcnow()
    return {
        "interview": interview,
        "now": now,
        "picture": _picture(interview, user, now),
        "steps": [
            {
                "step": step,
                "title": step_title(step.kind, "", ""),
                "overdue": step.status == StepStatus.PENDING and step.due_at < now,
                "drafts": drafts_for(step, user, now) if step.status == StepStatus.PENDING else (),
            }
            for step in interview.steps
        ],
        "outcomes": OUTCOME_LABELS,
        "source": SOURCE_LABELS.get(str(interview.source), "By hand"),
        "user_zone": user.timezone,
        "errors": {},
        "timeline_value": interview.timeline_text,
        # Only a date given on its own is shown back: a date read from the words must
        # not come back with the form and outvote new words on the next save.
        "timeline_date": (
            interview.timeline_date.isoformat()
            if interview.timeline_date and not interview.timeline_text
            else ""
        ),
    }


@bp.get("/interviews/<int:interview_id>")
def interview_detail(interview_id: int) -> str:
    """Show one interview, its steps with drafts, and what can be done with it."""
    user = me()
    interview = interviews.get_interview(db.session(), user, interview_id)
    return render_template("interview.html", **_detail_context(interview, user))


DETAIL_FIELDS = ("company", "role", "location", "meeting_url", "interviewers", "notes")
DETAIL_LABELS = {
    "company": "Company",
    "role": "Role",
    "location": "Location",
    "meeting_url": "Meeting link",
    "interviewers": "Interviewers",
    "notes": "Notes",
}


def _details(interview: Interview) -> dict[str, str]:
    """The details as the edit form shows them."""
    return {
        "company": interview.company,
        "role": interview.role,
        "location": interview.location,
        "meeting_url": interview.meeting_url,
        "interviewers": people_text(interview),
        "notes": interview.notes,
    }


def _edit_context(interview: Interview, **overrides: Any) -> dict[str, Any]:
    details = _details(interview)
    context: dict[str, Any] = {
        "interview": interview,
        "values": details,
        "seen": seen_token(details, DETAIL_FIELDS),
        "when": {
            "start": input_value(interview.start_at, interview.timezone),
            "end": input_value(interview.end_at, interview.timezone),
            "timezone": interview.timezone,
        },
        "errors": {},
    }
    context.update(overrides)
    return context


@bp.get("/s/<int:step_id>")
def step_page(step_id: int) -> Response:
    """Open a step where it can be acted on: the short link calendar events carry."""
    step = interviews.get_step(db.session(), me(), step_id)
    target = url_for("admin.interview_detail", interview_id=step.interview_id)
    return redirect(f"{target}#step-{step.id}")


@bp.get("/interviews/<int:interview_id>/edit")
def edit_interview(interview_id: int) -> str:
    """Show the details form and the reschedule form."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    return render_template("interview_edit.html", **_edit_context(interview))


@bp.post("/interviews/<int:interview_id>/edit")
def update_interview(interview_id: int) -> Response | tuple[str, int]:
    """Change what the interview is called and who is in it."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    values = {name: form(name) for name in DETAIL_FIELDS}
    token = form("details_seen")
    seen = read_seen(token, DETAIL_FIELDS)
    # A field left as the page showed it keeps what is stored now: a note added through
    # the API or a mail while the page stood open is not overwritten by the old text.
    typed = {
        name for name in DETAIL_FIELDS if seen is None or fingerprint(values[name]) != seen[name]
    }
    current = _details(interview)
    clashes = [
        name
        for name in typed
        if seen is not None
        and fingerprint(current[name]) not in (seen[name], fingerprint(values[name]))
    ]
    if clashes:
        return _changed_elsewhere(
            interview, values, current, sorted(clashes, key=DETAIL_FIELDS.index)
        )

    def sent(name: str) -> str | None:
        return values[name] if name in typed else None

    try:
        problems = Problems()
        people = sent("interviewers")
        changes = interviews.DetailsUpdate(
            company=sent("company"),
            role=sent("role"),
            location=sent("location"),
            meeting_url=None if sent("meeting_url") is None else values["meeting_url"].strip(),
            notes=sent("notes"),
            interviewers=None
            if people is None
            else problems.value(lambda: parse_people(people), None),
        )
        committed(
            lambda: interviews.update_details(db.session(), interview, changes, utcnow(), problems)
        )
    except Invalid as exc:
        db.session.refresh(interview)
        context = _edit_context(
            interview, values=values, seen=token or seen_token(current, DETAIL_FIELDS)
        )
        return invalid_page("interview_edit.html", exc, **context)
    flash("Details saved.", "success")
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))


def _changed_elsewhere(
    interview: Interview, values: dict[str, str], current: dict[str, str], clashes: list[str]
) -> tuple[str, int]:
    """The form again, with what was typed, each clashing field's stored text beside it."""
    errors = {
        name: f"changed elsewhere while this page was open; it now reads “{current[name][:300]}”. "
        "What you typed is kept here: save again to keep it."
        for name in clashes
    }
    named = ", ".join(DETAIL_LABELS[name] for name in clashes)
    errors["changed_elsewhere"] = (
        f"While this page was open, {named} changed elsewhere (in the app, another window or "
        "a forwarded mail). Nothing was saved: check what you typed against it, then save again."
    )
    context = _edit_context(interview, values=values)  # now seen: saving again keeps yours
    return render_template("interview_edit.html", **{**context, "errors": errors}), 409


@bp.post("/interviews/<int:interview_id>/reschedule")
def reschedule_interview(interview_id: int) -> Response | tuple[str, int]:
    """Move the interview; its pending steps move with it."""
    user = me()
    interview = interviews.get_interview(db.session(), user, interview_id)
    when = {name: form(name) for name in ("start", "end", "timezone")}
    try:
        start, end, zone_name = _times(user, interview.timezone)
        committed(
            lambda: interviews.reschedule(
                db.session(), interview, start=start, end=end, timezone=zone_name, now=utcnow()
            )
        )
    except Invalid as exc:
        db.session.refresh(interview)
        return invalid_page("interview_edit.html", exc, **_edit_context(interview, when=when))
    moved = local_time(interview.start_at, interview.timezone)
    flash(f"Moved to {moved}. The pending follow-up steps moved with it.", "success")
    _say_if_repeated(interview.timezone)
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))


@bp.post("/interviews/<int:interview_id>/cancel")
def cancel_interview(interview_id: int) -> Response:
    """Cancel the interview and its pending steps."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    committed(lambda: interviews.cancel(db.session(), interview, utcnow()))
    flash("Interview cancelled; its pending steps left your calendar feed.", "success")
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))


@bp.post("/interviews/<int:interview_id>/restore")
def restore_interview(interview_id: int) -> Response:
    """Undo a cancellation; the steps come back, planned afresh."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    committed(lambda: interviews.restore(db.session(), interview, utcnow()))
    flash("Interview restored; its steps are back in your calendar feed.", "success")
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))


def _follow_up(interview: Interview) -> Any:
    return next((s for s in interview.steps if s.kind == StepKind.FOLLOW_UP), None)


@bp.post("/interviews/<int:interview_id>/timeline")
def record_timeline(interview_id: int) -> Response | tuple[str, int]:
    """Keep the employer's stated timeline and say where the follow-up moved."""
    user = me()
    interview = interviews.get_interview(db.session(), user, interview_id)
    text = form("timeline")
    raw_date = form("timeline_date").strip()
    step = _follow_up(interview)
    before = step.due_at if step is not None else None
    try:
        on = None
        if raw_date:
            try:
                on = date.fromisoformat(raw_date[:10])
            except ValueError:
                raise Invalid("timeline_date", f"{raw_date[:40]!r} is not a date") from None
        implied = committed(
            lambda: interviews.record_timeline(db.session(), interview, text, utcnow(), on=on)
        )
    except Invalid as exc:
        db.session.refresh(interview)
        context = _detail_context(interview, user)
        context.update(timeline_value=text, timeline_date=raw_date)
        return invalid_page("interview.html", exc, **context)
    flash(_timeline_message(interview, user, before, implied), "success")
    return redirect(url_for("admin.interview_detail", interview_id=interview.id) + "#steps")


def _timeline_message(interview: Interview, user: User, before: Any, implied: Any) -> str:
    step = _follow_up(interview)
    understood = (
        f"Understood: they expect to decide by {format_date(implied, short=True)}."
        if implied
        else "No date understood, so the usual delay applies."
    )
    if step is None or step.status != StepStatus.PENDING:
        return f"{understood} The follow-up is not pending, so nothing moved."
    after = step.due_at
    if before is None or before == after:
        return f"{understood} The follow-up stays on {local_time(after, user.timezone)}."
    return (
        f"{understood} Follow-up moved from {local_time(before, user.timezone)} "
        f"to {local_time(after, user.timezone)}."
    )


@bp.post("/interviews/<int:interview_id>/outcome")
def record_outcome(interview_id: int) -> Response:
    """Note what came back from the employer."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    outcome = form("outcome")
    committed(lambda: interviews.record_outcome(db.session(), interview, outcome, utcnow()))
    flash(f"Outcome recorded: {OUTCOME_LABELS[Outcome(outcome)]}.", "success")
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))
