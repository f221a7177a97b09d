"""Turn one user's interviews and steps into the plain values `feeds` renders.

Only this module knows both the models and the feed's shape; `feeds/` stays pure.
Rendered bodies are cached per process, keyed by everything that changes the bytes,
so a warm fetch costs one indexed query. The cache is per process and harmless:
another worker simply renders once itself.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
from flask import current_app, has_app_context
from sqlalchemy.orm import Session, selectinload
from werkzeug.http import http_date

from feeds import FeedCalendar, FeedEvent, feed_etag, render_feed
from service.accounts.models import FeedInterviews, User
from service.interviews import is_row_id
from service.interviews.models import (
    FeedFetch,
    FollowUpStep,
    Interview,
    InterviewStatus,
    Source,
    StepStatus,
)
from service.platform.config import settings_of
from service.steps import wording
from service.steps.context import interview_url, step_context, step_url
from service.steps.kinds import StepKind
from service.steps.schedule import STEP_DURATION, ask_window

if TYPE_CHECKING:
    from flask import Flask

MAX_FEED_INTERVIEWS = 120
DRAFTS_FOR = timedelta(days=14)  # steps due longer ago than this no longer offer a draft
SHOWN_STEP_STATUSES = (StepStatus.PENDING, StepStatus.DONE)
INTERVIEW_ALARM_MINUTES = 60


@dataclass(frozen=True, eq=False)
class FeedOptions:
    """Deployment-wide knobs that change what a feed contains (one object per app)."""

    base_url: str
    history_days: int
    refresh: timedelta


@dataclass(frozen=True)
class RenderedFeed:
    body: bytes
    etag: str
    last_modified: datetime
    last_modified_header: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "last_modified_header", http_date(self.last_modified))


@dataclass(frozen=True)
class FeedOwner:
    """The few user columns a feed fetch needs, read in one cheap query."""

    id: int
    feed_token_hash: str
    feed_changed_at: datetime
    timezone: str
    is_active: bool


def history_cutoff(now: datetime, history_days: int) -> datetime:
    """Return the day-aligned instant before which finished interviews leave the feed.

    Aligning to midnight UTC changes the feed's content at most once a day, so the
    body (and its ETag) stays stable between fetches.
    """
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=history_days)


def _interviews_in_feed(session: Session, user_id: int, cutoff: datetime) -> list[Interview]:
    """Return the interviews the feed shows: recent ones, at most MAX_FEED_INTERVIEWS.

    Google drops whatever lies past 1 MB; an interview costs under 4 KiB (its drafts
    wait behind a link to the step's page), so the newest 120 stay far below that.
    """
    newest = list(
        session.scalars(
            sa.select(Interview)
            .where(Interview.user_id == user_id, Interview.end_at >= cutoff)
            .order_by(Interview.start_at.desc(), Interview.id.desc())
            .limit(MAX_FEED_INTERVIEWS)
            .options(selectinload(Interview.steps), selectinload(Interview.interviewers))
        )
    )
    return newest[::-1]


def aged_out_at(
    session: Session, user_id: int, cutoff: datetime, history_days: int
) -> datetime | None:
    """Return when the newest interview that aged out left the feed, if any did."""
    newest = session.scalar(
        sa.select(sa.func.max(Interview.end_at)).where(
            Interview.user_id == user_id, Interview.end_at < cutoff
        )
    )
    if newest is None:
        return None
    if newest.tzinfo is None:  # SQLite returns aggregates without the column type
        newest = newest.replace(tzinfo=UTC)
    return history_cutoff(newest, -history_days - 1)


def last_modified(user: FeedOwner, aged_out: datetime | None) -> datetime:
    """Return a Last-Modified that moves forward on every change, removals included."""
    stamp = user.feed_changed_at if aged_out is None else max(user.feed_changed_at, aged_out)
    return stamp.replace(microsecond=0)


def _step_window(step: FollowUpStep, interview: Interview) -> tuple[datetime, datetime]:
    if step.kind == StepKind.ASK_NEXT_STEPS and not step.snoozed:
        window = ask_window(interview.start_at, interview.end_at)
        if window[0] == step.due_at:
            return window
    return step.due_at, step.due_at + STEP_DURATION[StepKind(step.kind)]


def step_event(
    step: FollowUpStep,
    interview: Interview,
    user: User,
    options: FeedOptions,
    drafts_since: datetime | None = None,
) -> FeedEvent:
    """Describe one step as an event: done steps stay, marked done, as free time.

    The description links to the step's page, where its drafts are; steps due before
    `drafts_since` only say where the step is.
    """
    done = step.status == StepStatus.DONE
    ctx = step_context(interview, user, options.base_url)
    start, end = _step_window(step, interview)
    stale = drafts_since is not None and step.due_at < drafts_since
    link = step_url(options.base_url, step.id)
    return FeedEvent(
        uid=step.uid,
        summary=wording.step_title(step.kind, interview.company, interview.role, done=done),
        description=wording.step_description(
            step.kind, ctx, done=done, include_draft=not stale, step_url=link, due=step.due_at
        ),
        start=start,
        end=end,
        sequence=step.revision,
        created=step.created_at,
        last_modified=max(step.updated_at, interview.updated_at),
        busy=not done,
        tzid=user.timezone,
        url=link,
        categories=("Afterview", "Follow-up"),
        alarm_minutes_before=0 if user.feed_alarms and not done else None,
    )


def interview_event(interview: Interview, user: User, options: FeedOptions) -> FeedEvent:
    """Describe the interview itself, for users who want it in the same calendar."""
    people = ", ".join(p.name or p.email for p in interview.interviewers)
    lines = [f"Interview for {interview.role} at {interview.company}."]
    if people:
        lines.append(f"With: {people}")
    if interview.meeting_url:
        lines.append(f"Join: {interview.meeting_url}")
    lines.append(f"In Afterview: {interview_url(options.base_url, interview)}")
    return FeedEvent(
        uid=interview.uid,
        summary=f"Interview — {interview.company}, {interview.role}",
        description="\n".join(lines),
        start=interview.start_at,
        end=interview.end_at,
        sequence=interview.revision,
        created=interview.created_at,
        last_modified=interview.updated_at,
        tzid=interview.timezone,
        location=interview.location or interview.meeting_url or None,
        url=interview.meeting_url or None,
        categories=("Afterview", "Interview"),
        alarm_minutes_before=INTERVIEW_ALARM_MINUTES if user.feed_alarms else None,
    )


def interview_events(
    interview: Interview, user: User, options: FeedOptions, drafts_since: datetime | None = None
) -> list[FeedEvent]:
    """Return every event one interview contributes: pending and done steps, and itself.

    A cancelled interview keeps only its done steps (its pending ones were cancelled).
    """
    events = [
        step_event(step, interview, user, options, drafts_since)
        for step in interview.steps
        if step.status in SHOWN_STEP_STATUSES
    ]
    shown = _feed_shows(FeedInterviews(user.feed_interviews), interview.source)
    if shown and interview.status != InterviewStatus.CANCELLED:
        events.append(interview_event(interview, user, options))
    return events


def _feed_shows(choice: FeedInterviews, source: str) -> bool:
    """A forwarded invitation is usually in the calendar already: by default only the
    interviews logged by hand are shown beside the steps."""
    if choice is FeedInterviews.HAND_LOGGED:
        return source != Source.EMAIL
    return choice is FeedInterviews.ALL


def build_calendar(
    user: User,
    interviews: list[Interview],
    stamp: datetime,
    options: FeedOptions,
    *,
    name: str,
    drafts_since: datetime | None = None,
) -> FeedCalendar:
    events: list[FeedEvent] = []
    for interview in interviews:
        events.extend(interview_events(interview, user, options, drafts_since))
    return FeedCalendar(
        name=name,
        description="Follow-up steps for your interviews: ask about next steps, "
        "thank-you notes and follow-ups, kept up to date by Afterview.",
        timezone=user.timezone,
        stamp=stamp,
        events=tuple(events),
        refresh=options.refresh,
    )


class _FeedCache:
    """A small per-process LRU of rendered feeds, keyed by what changes the bytes."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[tuple[object, ...], RenderedFeed] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> RenderedFeed | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], value: RenderedFeed) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_cache = _FeedCache()


class _OwnerCache:
    """Remember feed owners for a few seconds so a revalidation needs no query at all.

    Any commit empties it at once: in this process through the listener below, and in
    every other process on this machine (web workers, the scheduler that applies mail,
    the command line) through a stamp file in the instance folder, which a commit
    touches and a lookup compares, one `stat` per fetch. So a new interview is in the
    next fetch. Only a change made on another host shows here within `ttl`, far below
    any calendar client's poll interval.
    """

    def __init__(self, ttl: float = 5.0, size: int = 10_000) -> None:
        self._ttl = ttl
        self._size = size
        self._items: dict[str, tuple[float, int | None, FeedOwner]] = {}
        self._lock = threading.Lock()

    def get(self, key: str, stamp: int | None) -> FeedOwner | None:
        found = self._items.get(key)
        if found is None or found[1] != stamp or time.monotonic() - found[0] > self._ttl:
            return None
        return found[2]

    def put(self, key: str, owner: FeedOwner, stamp: int | None) -> None:
        """Keep `owner`, read after the stamp was `stamp` (read the stamp first)."""
        with self._lock:
            if len(self._items) >= self._size:
                self._items.clear()
            self._items[key] = (time.monotonic(), stamp, owner)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


owners = _OwnerCache()
STAMP_NAME = "feed-owners.stamp"


@functools.cache
def _stamp_file(instance_path: str) -> str:
    return os.path.join(instance_path, STAMP_NAME)


def _stamp_path() -> str | None:
    return _stamp_file(current_app.instance_path) if has_app_context() else None


def _read_stamp(path: str | None) -> int | None:
    if path is None:
        return None
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _move_stamp(path: str) -> None:
    """Give the stamp a value no lookup has seen (its modification time, set exactly)."""
    now = time.time_ns()
    try:
        os.utime(path, ns=(now, now))
    except FileNotFoundError:
        with contextlib.suppress(OSError), open(path, "ab"):
            pass
        with contextlib.suppress(OSError):
            os.utime(path, ns=(now, now))
    except OSError:
        pass  # a read-only instance folder: other processes fall back on the ttl


@sa.event.listens_for(Session, "after_commit")
def _forget_owners(_session: Session) -> None:
    owners.clear()
    path = _stamp_path()
    if path is not None:
        _move_stamp(path)


def find_owner(session: Callable[[], Session], feed_token_hash: str) -> FeedOwner | None:
    """Return the feed's owner, from the short-lived cache or one indexed query."""
    stamp = _read_stamp(_stamp_path())
    cached = owners.get(feed_token_hash, stamp)
    if cached is not None:
        return cached
    found = load_owner(session(), feed_token_hash)
    if found is not None:
        owners.put(feed_token_hash, found, stamp)
    return found


def load_owner(session: Session, feed_token_hash: str) -> FeedOwner | None:
    """Read the owner of a feed by the hash of its secret: one indexed query."""
    row = session.execute(
        sa.select(User.id, User.feed_changed_at, User.timezone, User.is_active).where(
            User.feed_token_hash == feed_token_hash
        )
    ).first()
    if row is None:
        return None
    return FeedOwner(
        id=row[0],
        feed_token_hash=feed_token_hash,
        feed_changed_at=row[1],
        timezone=row[2],
        is_active=row[3],
    )


def user_feed(
    sessions: Callable[[], Session], owner: FeedOwner, now: datetime, options: FeedOptions
) -> RenderedFeed:
    """Return the user's whole feed, rendering only when something changed.

    `sessions` is only called on a miss: a warm fetch opens no session at all.
    """
    today = history_cutoff(now, 0)
    cutoff = today - timedelta(days=options.history_days)
    # The secret's hash is unique across databases and changes on rotation; options
    # are one object per app, compared by identity.
    key = (owner.feed_token_hash, owner.feed_changed_at, today, options)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    session = sessions()
    user = session.get(User, owner.id)
    assert user is not None
    aged = aged_out_at(session, owner.id, cutoff, options.history_days)
    stamp = last_modified(owner, aged)
    calendar = build_calendar(
        user,
        _interviews_in_feed(session, owner.id, cutoff),
        stamp,
        options,
        name="Interview follow-ups",
        drafts_since=today - DRAFTS_FOR,
    )
    body = render_feed(calendar)
    rendered = RenderedFeed(body=body, etag=feed_etag(body), last_modified=stamp)
    _cache.put(key, rendered)
    return rendered


def interview_feed(
    session: Session, owner: FeedOwner, interview_id: int, options: FeedOptions
) -> RenderedFeed | None:
    """Return one interview's events with the feed's UIDs, so importing never duplicates."""
    if not is_row_id(interview_id):
        return None
    interview = session.get(Interview, interview_id)
    if interview is None or interview.user_id != owner.id:
        return None
    user = interview.user
    events = [interview]
    stamp = max(interview.updated_at, *(s.updated_at for s in interview.steps)).replace(
        microsecond=0
    )
    calendar = build_calendar(
        user, events, stamp, options, name=f"{interview.company} — {interview.role}"
    )
    body = render_feed(calendar)
    return RenderedFeed(body=body, etag=feed_etag(body), last_modified=stamp)


class FetchRecorder:
    """Note feed fetches per client family, writing at most once per interval per process.

    Calendar clients poll often; a write per poll would cost more than the fetch itself.
    The admin page needs "last fetched ~N hours ago", so minute-level staleness is fine.
    """

    def __init__(self, interval: timedelta = timedelta(minutes=5)) -> None:
        self._interval = interval
        self._last: dict[tuple[str, str], datetime] = {}
        self._lock = threading.Lock()

    def due(self, owner_key: str, client: str, now: datetime) -> bool:
        """Tell whether this fetch should be written, and remember that it will be."""
        with self._lock:
            last = self._last.get((owner_key, client))
            if last is not None and now - last < self._interval:
                return False
            if len(self._last) > 100_000:
                self._last.clear()
            self._last[(owner_key, client)] = now
            return True


recorder = FetchRecorder()


def record_fetch(session: Session, user_id: int, client: str, now: datetime) -> None:
    """Upsert the (user, client family) row; the caller commits."""
    row = session.get(FeedFetch, (user_id, client))
    if row is None:
        session.add(FeedFetch(user_id=user_id, client=client, last_fetched_at=now, fetch_count=1))
    else:
        row.last_fetched_at = max(row.last_fetched_at, now)
        row.fetch_count += 1


def feed_options(app: Flask) -> FeedOptions:
    """Return this app's feed options, built once so cached feeds can key on them."""
    options = app.extensions.get("afterview.feed_options")
    if options is None:
        settings = settings_of(app)
        options = FeedOptions(
            base_url=settings.base_url,
            history_days=settings.feed_history_days,
            refresh=timedelta(minutes=settings.feed_refresh_minutes),
        )
        app.extensions["afterview.feed_options"] = options
    assert isinstance(options, FeedOptions)
    return options
