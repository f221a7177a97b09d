"""What each step says: titles, descriptions and drafts, worded once for every channel.

Pure: standard library only, no Flask or database, so it is testable with literals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import cast
from urllib.parse import quote
from zoneinfo import ZoneInfo

from service.parsing.model import Person
from service.platform.dates import format_date, format_day, format_moment, zone_abbreviation
from service.steps.kinds import StepKind
from service.steps.schedule import THANK_YOU_DEADLINE
from service.steps.templates import DraftText, TemplateError, fill

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
    # The date the employer named, when the user gave one (with or without their words).
    stated_timeline_date: date | None = None
    follow_up_due: datetime | None = None
    admin_url: str | None = None
    # Dates in drafts leave out the year when it is this one.
    today: date | None = None
    # The user's own draft templates by step kind; missing kinds use DEFAULT_TEMPLATES.
    templates: Mapping[str, DraftText] = field(default_factory=dict)

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
        zone = zone_abbreviation(end, ctx.tz)
        return f"{format_day(start, ctx.tz)}, {start:%H:%M}–{end:%H:%M} {zone}"
    return f"{format_moment(start, ctx.tz)} – {format_moment(end, ctx.tz)}"


def _names(people: Sequence[str]) -> str:
    names = [name for name in (_one_line(person) for person in people) if name]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


_HONORIFICS = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "herr", "frau"}
)


# Quotes, brackets and separators a pasted name can carry around a word; a final "." stays
# ("Dr.", "Jr."), since it belongs to the word.
_AROUND_NAMES = "\"'()[]{}<>«»“”‘’„;:,!?*_|/\\"


def first_name(name: str | None) -> str:
    """Return the name to greet someone by: "Ana" for "Ana Ruiz", "Ruiz, Ana" or "Dr. Ana Ruiz".

    A bare address is no name, so it gives "" (the greeting then falls back to "Hello,").
    """
    text = _one_line(name)
    if "@" in text and " " not in text:
        return ""
    if text.count(",") == 1:
        family, _, given = text.partition(",")
        text = given.strip() or family.strip()
    words = [word.strip(_AROUND_NAMES) for word in text.split()]
    # A word with no letter ("-", ";", "2") is no name: "Dear ;," greets nobody.
    words = [word for word in words if any(char.isalpha() for char in word)]
    while len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
        words.pop(0)
    return words[0] if words else ""


def _signature_name(ctx: StepContext) -> str:
    return _one_line(ctx.user_name)


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


DEFAULT_TEMPLATES: dict[StepKind, DraftText] = {
    StepKind.THANK_YOU: DraftText(
        subject="Thank you — {role} interview",
        body="\n".join(
            [
                "{greeting}",
                "",
                "Thank you for taking the time to talk with me on {interview_date} about"
                " {role_at_company}. I appreciated how openly you described the team and its"
                " work, and the conversation made me even keener on the position.",
                "",
                PROMISED_PLACEHOLDER,
                "",
                "If anything else would help, I am glad to send it. I look forward to hearing"
                " from you about the next steps.",
                "",
                "Best regards,",
                "{my_name}",
            ]
        ),
    ),
    StepKind.FOLLOW_UP: DraftText(
        subject="Following up — {role} interview on {interview_date}",
        body="\n".join(
            [
                "{greeting}",
                "",
                "I hope you are well. I am following up on our interview on {interview_date}"
                " for {role_at_company}. {timeline_note}",
                "",
                "I remain very interested in the position. " + FIT_PLACEHOLDER,
                "",
                "Could you let me know where things stand, or whether there is anything"
                " more I can provide? Thank you again for your time.",
                "",
                "Best regards,",
                "{my_name}",
            ]
        ),
    ),
}
DRAFT_KINDS = tuple(DEFAULT_TEMPLATES)


@dataclass(frozen=True, slots=True)
class AddressedDraft:
    """One note for one reader (or for everyone at once), ready to open in a mail app."""

    to: tuple[Person, ...]
    draft: Draft

    @property
    def mailto(self) -> str:
        """Return the mailto: link that opens this note addressed to its readers."""
        return mailto_link(self.draft, [person.email for person in self.to if person.email])

    @property
    def label(self) -> str:
        """Say whom the note is for, for a button: "Draft to Ana Ruiz"."""
        names = _names([person.name or person.email or "" for person in self.to])
        return f"Draft to {names}" if names else "Open draft"


def draft_values(ctx: StepContext, readers: Sequence[Person]) -> dict[str, str]:
    """Return what each placeholder stands for in a note to `readers`."""
    firsts = _names([first_name(person.name) for person in readers])
    timeline = _one_line(ctx.stated_timeline)
    me = _signature_name(ctx)
    return {
        "greeting": f"Dear {firsts}," if firsts else "Hello,",
        "first_name": firsts,
        "name": _names([person.name for person in readers]),
        "company": _one_line(ctx.company),
        "role": _one_line(ctx.role) or "the role",
        "role_at_company": _role_phrase(ctx),
        "interview_date": format_day(ctx.interview_start, ctx.tz, today=ctx.today),
        "timeline_note": (
            f"You mentioned the team expected to decide within {timeline}, so I wanted to check in."
            if timeline
            else ""
        ),
        "my_name": me,
        "my_first_name": first_name(me),
    }


def compose(template: DraftText, values: Mapping[str, str]) -> Draft:
    """Fill a checked template in; raise TemplateError when it cannot be."""
    return Draft(
        subject=_one_line(fill(template.subject, values, "subject")),
        body=fill(template.body, values, "body"),
    )


def _draft(kind: StepKind, ctx: StepContext, readers: Sequence[Person]) -> Draft:
    values = draft_values(ctx, readers)
    mine = ctx.templates.get(kind.value)
    if mine is not None:
        try:
            return compose(mine, values)
        except TemplateError:
            pass  # saved before a placeholder was retired: the default still works
    return compose(DEFAULT_TEMPLATES[kind], values)


def step_drafts(kind: str, ctx: StepContext) -> tuple[AddressedDraft, ...]:
    """Return the notes a step asks for: a thank-you to each interviewer, one follow-up to all.

    Interviewers without a name or address cannot be written to apart, so they share one.
    """
    step = _kind(kind)
    if step not in DEFAULT_TEMPLATES:
        return ()
    people = ctx.interviewers
    if step == StepKind.THANK_YOU and len(people) > 1:
        return tuple(AddressedDraft((person,), _draft(step, ctx, (person,))) for person in people)
    return (AddressedDraft(people, _draft(step, ctx, people)),)


def preview_drafts(template: DraftText, kind: str, user_name: str = "Sam Lee") -> Draft:
    """Fill a template with an example interview, for Settings to show before saving."""
    example = StepContext(
        company="Northwind",
        role="Senior Product Designer",
        interview_start=datetime(2026, 12, 11, 13, 0, tzinfo=UTC),
        interview_end=datetime(2026, 12, 11, 14, 0, tzinfo=UTC),
        zone="UTC",
        interviewers=(Person("Ana Ruiz", "ana@northwind.example"),),
        user_name=user_name,
        stated_timeline="two weeks" if kind == StepKind.FOLLOW_UP else None,
        today=date(2026, 12, 1),
    )
    return compose(template, draft_values(example, example.interviewers))


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


def _interviewer_lines(ctx: StepContext) -> str:
    lines = []
    for person in ctx.interviewers:
        name, email = _one_line(person.name), _one_line(person.email)
        lines.append(f"{name} <{email}>" if name and email else name or email)
    return ", ".join(line for line in lines if line) or "not recorded"


def step_description(
    kind: str,
    ctx: StepContext,
    *,
    done: bool,
    include_draft: bool = True,
    step_url: str | None = None,
    due: datetime | None = None,
) -> str:
    """Return the plain-text event description: what to do, why, the facts and where to act.

    `due` is when the step is placed: a thank-you placed past the 24 hours (the working
    hours left no time sooner, a snooze, an interview logged late) is not told to be
    sent within them.

    The drafts themselves live on the step's page (`step_url`, else the interview's): a
    short link reads better in a calendar than a kilobyte of percent-encoded mailto:.
    """
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
        late = due is not None and due > ctx.interview_end + THANK_YOU_DEADLINE
        lines += [
            "The 24 hours after the interview are over by now, but a short thank-you note"
            " still counts: send it."
            if late
            else "Send a short thank-you note within 24 hours of the interview.",
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
        named = ctx.stated_timeline_date
        if timeline:
            lines.append(f"Timeline they gave: {timeline}")
        elif named is not None:
            lines.append(f"Timeline they gave: {format_date(named)}")
        else:
            lines.append(
                "Timeline they gave: not recorded, so the follow-up waits as long as your"
                " settings say"
            )
        if ctx.follow_up_due is not None:
            lines.append(f"Follow up from: {format_moment(ctx.follow_up_due, ctx.tz)}")
    if include_draft and not done and step == StepKind.ASK_NEXT_STEPS:
        lines += ["", "Questions you could ask:"]
        lines += [f"- {question}" for question in next_steps_questions(ctx)]
    link = _one_line(step_url or ctx.admin_url)
    if link:
        drafts = len(step_drafts(kind, ctx)) if include_draft and not done else 0
        if drafts > 1:
            lines += ["", f"Your drafts, one for each interviewer, ready to send: {link}"]
        elif drafts == 1:
            lines += ["", f"Your draft, ready to send: {link}"]
        else:
            lines += ["", f"This step in Afterview: {link}"]
    return "\n".join(lines)
