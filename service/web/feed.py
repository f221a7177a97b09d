"""The subscription feed over HTTP: cheap, cacheable, and silent about who exists."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.datastructures import Headers
from werkzeug.http import http_date, parse_date

from feeds import classify_client
from service.accounts import tokens
from service.interviews.feed import (
    FeedOptions,
    FeedOwner,
    RenderedFeed,
    feed_options,
    find_owner,
    interview_feed,
    record_fetch,
    recorder,
    user_feed,
)
from service.platform.db import db, utcnow

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment

bp = Blueprint("feed", __name__)
log = logging.getLogger(__name__)

CACHE_CONTROL = "private, max-age=300, must-revalidate, no-transform"
FEED_TYPE = "text/calendar; charset=utf-8"
FEED_FILENAME = "interviews.ics"


def _options() -> FeedOptions:
    return feed_options(current_app)


def _owner(secret: str) -> FeedOwner:
    """Find the feed's owner or answer 404, the same way for every kind of miss."""
    owner = active_owner(secret)
    if owner is None:
        abort(404)
    return owner


def active_owner(secret: str) -> FeedOwner | None:
    """Return the active owner of a feed secret, or None for every kind of miss."""
    if not tokens.looks_like_secret(secret, tokens.FEED_SECRET_BYTES):
        return None
    owner = find_owner(db.session, tokens.hash_secret(secret))
    if owner is None or not owner.is_active:
        return None
    return owner


def note_fetch(owner: FeedOwner, now: datetime, user_agent: str | None) -> None:
    """Write down (at most every few minutes per client family) that the feed was read."""
    client = classify_client(user_agent).value
    if not recorder.due(owner.feed_token_hash, client, now):
        return
    try:
        record_fetch(db.session(), owner.id, client, now)
        db.session.commit()
    except SQLAlchemyError:
        # A missed fetch note must never cost the client its calendar.
        db.session.rollback()
        log.warning("could not record a feed fetch", exc_info=True)


class FeedResponse(Response):
    """Keep Last-Modified on a 304 so date-only revalidators see both validators again."""

    def get_wsgi_headers(self, environ: WSGIEnvironment) -> Headers:
        headers = super().get_wsgi_headers(environ)
        if self.status_code == 304 and "Last-Modified" in self.headers:
            headers["Last-Modified"] = self.headers["Last-Modified"]
        return headers


def is_fresh(
    rendered: RenderedFeed,
    if_none_match: str | None,
    if_modified_since: str | None,
    now: datetime,
) -> bool:
    """Apply If-None-Match first, then If-Modified-Since (RFC 9110 13.2.2).

    A date later than `now` is none this server gave (a client's clock set wrong), so it
    validates nothing: the full feed goes out rather than a 304 that may hide a change.
    """
    if if_none_match is not None:
        wanted = rendered.etag
        return any(
            tag.strip().removeprefix("W/") in (wanted, "*") for tag in if_none_match.split(",")
        )
    if if_modified_since is None:
        return False
    try:
        since = parse_date(if_modified_since)
    except OverflowError:
        # Werkzeug catches ValueError only; a year past what datetime holds
        # ("31 Dec 99999999999") overflows instead. Such a date validates nothing.
        return False
    return since is not None and since <= now and rendered.last_modified <= since


def feed_headers(
    rendered: RenderedFeed, filename: str, fresh: bool, now: datetime
) -> list[tuple[str, str]]:
    """Return the headers of a 304 (`fresh`) or of a 200 carrying the body."""
    headers = [
        ("Cache-Control", CACHE_CONTROL),
        ("ETag", rendered.etag),
        ("Last-Modified", last_modified_header(rendered, now)),
        ("Content-Type", FEED_TYPE),
    ]
    if not fresh:
        headers.append(("Content-Disposition", f'inline; filename="{filename}"'))
    return headers


def last_modified_header(rendered: RenderedFeed, now: datetime) -> str:
    """Last-Modified, never later than `now` (RFC 9110 8.8.2.1).

    The change time moves a whole second per change so two changes within a second
    differ (see `mark_feed_changed`); a burst of edits therefore runs it ahead of the
    clock, and a date in the future is one a client may keep and send back as
    If-Modified-Since. `is_fresh` compares the unclamped time, so the burst's last
    change is still sent.
    """
    if rendered.last_modified <= now:
        return rendered.last_modified_header
    return http_date(now.replace(microsecond=0))


def _respond(rendered: RenderedFeed, filename: str, now: datetime) -> Response:
    """Answer 200 with the body, or 304 with the validators only."""
    fresh = is_fresh(
        rendered,
        request.headers.get("If-None-Match"),
        request.headers.get("If-Modified-Since"),
        now,
    )
    headers = feed_headers(rendered, filename, fresh, now)
    if fresh:
        return FeedResponse(status=304, headers=headers)
    return FeedResponse(rendered.body, headers=headers)


@bp.route("/feeds/<string:secret>.ics", methods=["GET", "HEAD"])
def subscription(secret: str) -> Response:
    owner = _owner(secret)
    now = utcnow()
    note_fetch(owner, now, request.headers.get("User-Agent"))
    return _respond(user_feed(db.session, owner, now, _options()), FEED_FILENAME, now)


@bp.route("/feeds/<string:secret>/interviews/<int:interview_id>.ics", methods=["GET", "HEAD"])
def single_interview(secret: str, interview_id: int) -> Response:
    owner = _owner(secret)
    rendered = interview_feed(db.session(), owner, interview_id, _options())
    if rendered is None:
        abort(404)
    return _respond(rendered, f"interview-{interview_id}.ics", utcnow())
