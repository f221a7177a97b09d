"""What each step says: titles, descriptions and drafts, worded once for every channel.

Pure: standard library only, no Flask or database, so it is testable with literals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast
from urllib.parse import quote
from zoneinfo import ZoneInfo

from service.parsing.model import Person
from service.platform.dates import format_day, format_moment
from service.steps.kinds import StepKind

_TITLES: dict[StepKind, str] = {
    StepKind.ASK_NEXT_STEPS: "Ask about next steps",
    StepKind.THANK_YOU: "Thank-you note",
    StepKind.FOLLOW_UP: "Follow up",
}
PROMISED_PLACEHOLDER = (
    "[Anything you promised during the interview — a link, a write-up, an answer"
    " you owed them — goes here. Delete this line if there is nothing.]"
)
FIT_PLACEHOLDER = "[One sentence on why your experience fits what they need.]"


@dataclass(frozen=True, slots=True)
class Draft:
    """Hold a ready-to-send note; the body uses LF line ends."""

    subject: str
    body: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StepContext:
    """Carry what the wording of a step needs to know about one interview."""

    company: str
    role: str
    interview_start: datetime
    interview_end: datetime
    zone: ZoneInfo | str
    interviewers: tuple[Person, ...] = ()
    user_name: str = ""
    stated_timeline: str | None = None
    follow_up_due: datetime | None = None
    admin_url: str | None = None

    def __post_init__(self) -> None:
        for name in ("interview_start", "interview_end", "follow_up_due"):
            value = getattr(self, name)
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise ValueError(f"{name} must be timezone-aware, got naive {value}")
        if isinstance(self.zone, str):
            object.__setattr__(self, "zone", ZoneInfo(self.zone))
        people = tuple(
            person if isinstance(person, Person) else Person(*person)
            for person in self.interviewers
        )
        object.__setattr__(self, "interviewers", people)

    @property
    def tz(self) -> ZoneInfo:
        """Return the user's zone, the one every date is shown in."""
        return cast(ZoneInfo, self.zone)


def _one_line(value: str | None) -> str:
    """Return text collapsed to one line, so names cannot add lines or mail headers."""
    return " ".join((value or "").split())


def _kind(kind: str) -> StepKind:
    try:
        return StepKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in StepKind)
        raise ValueError(f"unknown step kind {kind!r}; expected one of {known}") from None


def _at(company: str, role: str) -> str:
    company, role = _one_line(company), _one_line(role)
    return ", ".join(part for part in (company, role) if part)


def _span(ctx: StepContext) -> str:
    start = ctx.interview_start.astimezone(ctx.tz)
    end = ctx.interview_end.astimezone(ctx.tz)
    if start.date() == end.date():
        return f"{format_day(start, ctx.tz)}, {start:%H:%M}–{end:%H:%M} {end.tzname() or ''}"
    return f"{format_moment(start, ctx.tz)} – {format_moment(end, ctx.tz)}"


def _names(people: Sequence[Person]) -> str:
    names = [name for name in (_one_line(person.name) for person in people) if name]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _greeting(ctx: StepContext) -> str:
    names = _names(ctx.interviewers)
    return f"Dear {names}," if names else "Hello,"


def _signature(ctx: StepContext) -> str:
    name = _one_line(ctx.user_name)
    return f"Best regards,\n{name}" if name else "Best regards,"


def _role_phrase(ctx: StepContext) -> str:
    role, company = _one_line(ctx.role), _one_line(ctx.company)
    if role and company:
        return f"the {role} role at {company}"
    if role:
        return f"the {role} role"
    return f"the role at {company}" if company else "the role"


def step_title(kind: str, company: str, role: str, *, done: bool = False) -> str:
    """Return the calendar title of a step, e.g. "Thank-you note — Acme, Senior Engineer"."""
    title = _TITLES[_kind(kind)]
    where = _at(company, role)
    text = f"{title} — {where}" if where else title
    return f"Done: {text}" if done else text


def thank_you_draft(ctx: StepContext) -> Draft:
    """Return a short thank-you note naming the interviewers and the role."""
    day = format_day(ctx.interview_start, ctx.tz)
    role = _one_line(ctx.role) or "the role"
    body = "\n".join(
        [
            _greeting(ctx),
            "",
            f"Thank you for taking the time to talk with me on {day} about"
            f" {_role_phrase(ctx)}. I appreciated how openly you described the team"
            " and its work, and the conversation made me even keener on the position.",
            "",
            PROMISED_PLACEHOLDER,
            "",
            "If anything else would help, I am glad to send it. I look forward to hearing"
            " from you about the next steps.",
            "",
            _signature(ctx),
        ]
    )
    return Draft(subject=f"Thank you — {role} interview", body=body)


def follow_up_draft(ctx: StepContext) -> Draft:
    """Return a calm follow-up naming the interview date and role, restating interest."""
    day = format_day(ctx.interview_start, ctx.tz)
    role = _one_line(ctx.role) or "the role"
    timeline = _one_line(ctx.stated_timeline)
    opening = f"I am following up on our interview on {day} for {_role_phrase(ctx)}." + (
        f" You mentioned the team expected to decide within {timeline}, so I wanted to check in."
        if timeline
        else ""
    )
    body = "\n".join(
        [
            _greeting(ctx),
            "",
            "I hope you are well. " + opening,
            "",
            "I remain very interested in the position. " + FIT_PLACEHOLDER,
            "",
            "Could you let me know where things stand, or whether there is anything"
            " more I can provide? Thank you again for your time.",
            "",
            _signature(ctx),
        ]
    )
    return Draft(subject=f"Following up — {role} interview on {day}", body=body)


def next_steps_questions(ctx: StepContext) -> tuple[str, ...]:
    """Return polite questions about the process and its timeline, to ask at the end."""
    role = _one_line(ctx.role) or "this role"
    return (
        "What are the next steps in the process from here?",
        f"How long does the decision usually take for a role like {role},"
        " and when would it be reasonable for me to hear back?",
        "Who should I get in touch with if I have questions in the meantime?",
        "Is there anything else I could share that would help your evaluation?",
    )


def mailto_link(draft: Draft, to: Sequence[str]) -> str:
    """Return an RFC 6068 mailto: URL that opens `draft` addressed to `to`.

    Every reserved character is percent-encoded, so an address or subject cannot add
    header fields; line ends in the body become %0D%0A as the RFC requires.
    """
    addresses = [_one_line(address) for address in to]
    recipients = ",".join(quote(address, safe="@") for address in addresses if address)
    body = "\r\n".join(draft.body.splitlines())
    query = f"subject={quote(_one_line(draft.subject), safe='')}&body={quote(body, safe='')}"
    return f"mailto:{recipients}?{query}"


def _recipients(ctx: StepContext) -> list[str]:
    return [person.email for person in ctx.interviewers if person.email]


def _interviewer_lines(ctx: StepContext) -> str:
    lines = []
    for person in ctx.interviewers:
        name, email = _one_line(person.name), _one_line(person.email)
        lines.append(f"{name} <{email}>" if name and email else name or email)
    return ", ".join(line for line in lines if line) or "not recorded"


def _draft_section(draft: Draft, ctx: StepContext) -> list[str]:
    return [
        "Ready draft:",
        f"Subject: {draft.subject}",
        "",
        draft.body,
        "",
        "Open it in your mail app:",
        mailto_link(draft, _recipients(ctx)),
    ]


def step_description(kind: str, ctx: StepContext, *, done: bool, include_draft: bool = True) -> str:
    """Return the plain-text event description: what to do, why, the facts and the draft."""
    step = _kind(kind)
    lines: list[str] = []
    if done:
        lines += ["Done — marked as finished in Afterview. Nothing left to do here.", ""]
    if step == StepKind.ASK_NEXT_STEPS:
        lines += [
            "Before the interview ends, ask how the evaluation works and how long it"
            " usually takes.",
            "Why: the answer tells you when a follow-up is welcome rather than early.",
        ]
    elif step == StepKind.THANK_YOU:
        lines += [
            "Send a short thank-you note within 24 hours of the interview.",
            "Why: it is courteous, keeps you in mind, and is the natural place to send"
            " anything you promised.",
        ]
    else:
        lines += [
            "If you have not heard back, send a brief, friendly follow-up.",
            "Why: a calm check-in shows continued interest without pressing.",
        ]
    lines += [
        "",
        f"Interview: {_span(ctx)}",
        f"Role: {_one_line(ctx.role) or 'not recorded'}",
        f"Company: {_one_line(ctx.company) or 'not recorded'}",
        f"Interviewers: {_interviewer_lines(ctx)}",
    ]
    timeline = _one_line(ctx.stated_timeline)
    if step == StepKind.FOLLOW_UP:
        lines.append(
            f"Timeline they gave: {timeline}"
            if timeline
            else "Timeline they gave: not recorded (a week is a sensible default)"
        )
        if ctx.follow_up_due is not None:
            lines.append(f"Follow up from: {format_moment(ctx.follow_up_due, ctx.tz)}")
    # A done or long-past step needs no draft; leaving it out keeps long-lived feeds small.
    if include_draft and not done:
        lines.append("")
        if step == StepKind.ASK_NEXT_STEPS:
            lines.append("Questions you could ask:")
            lines += [f"- {question}" for question in next_steps_questions(ctx)]
        elif step == StepKind.THANK_YOU:
            lines += _draft_section(thank_you_draft(ctx), ctx)
        else:
            lines += _draft_section(follow_up_draft(ctx), ctx)
    if ctx.admin_url:
        lines += ["", f"This step in Afterview: {_one_line(ctx.admin_url)}"]
    return "\n".join(lines)
