"""The subscription feed over HTTP: cheap, cacheable, and silent about who exists."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.datastructures import Headers

from feeds import classify_client
from service import settings_of, tokens
from service.db import db, utcnow
from service.feed import (
    FeedOptions,
    FeedOwner,
    RenderedFeed,
    find_owner,
    interview_feed,
    record_fetch,
    recorder,
    user_feed,
)

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment

bp = Blueprint("feed", __name__)
log = logging.getLogger(__name__)

CACHE_CONTROL = "private, max-age=300, must-revalidate, no-transform"
FEED_TYPE = "text/calendar; charset=utf-8"


def feed_options() -> FeedOptions:
    """Return this app's feed options, built once so cached feeds can key on them."""
    options = current_app.extensions.get("afterview.feed_options")
    if options is None:
        settings = settings_of(current_app)
        options = FeedOptions(
            base_url=settings.base_url,
            history_days=settings.feed_history_days,
            refresh=timedelta(minutes=settings.feed_refresh_minutes),
        )
        current_app.extensions["afterview.feed_options"] = options
    assert isinstance(options, FeedOptions)
    return options


def _owner(secret: str) -> FeedOwner:
    """Find the feed's owner or answer 404, the same way for every kind of miss."""
    if not tokens.looks_like_secret(secret, tokens.FEED_SECRET_BYTES):
        abort(404)
    wanted = tokens.hash_secret(secret)
    owner = find_owner(db.session, wanted)
    if owner is None or not owner.is_active:
        abort(404)
    return owner


def _note_fetch(owner: FeedOwner, now: datetime) -> None:
    client = classify_client(request.headers.get("User-Agent")).value
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


def _is_fresh(rendered: RenderedFeed) -> bool:
    """Apply If-None-Match first, then If-Modified-Since (RFC 9110 13.2.2)."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        wanted = rendered.etag
        return any(
            tag.strip().removeprefix("W/") in (wanted, "*") for tag in if_none_match.split(",")
        )
    if request.headers.get("If-Modified-Since") is None:
        return False
    since = request.if_modified_since
    return since is not None and rendered.last_modified <= since


def _respond(rendered: RenderedFeed, filename: str) -> Response:
    """Answer 200 with the body, or 304 with the validators only."""
    headers = {
        "Cache-Control": CACHE_CONTROL,
        "ETag": rendered.etag,
        "Last-Modified": rendered.last_modified_header,
    }
    if _is_fresh(rendered):
        return FeedResponse(status=304, headers=headers, content_type=FEED_TYPE)
    headers["Content-Disposition"] = f'inline; filename="{filename}"'
    return FeedResponse(rendered.body, headers=headers, content_type=FEED_TYPE)


@bp.route("/feeds/<string:secret>.ics", methods=["GET", "HEAD"])
def subscription(secret: str) -> Response:
    owner = _owner(secret)
    now = utcnow()
    _note_fetch(owner, now)
    return _respond(user_feed(db.session, owner, now, feed_options()), "interviews.ics")


@bp.route("/feeds/<string:secret>/interviews/<int:interview_id>.ics", methods=["GET", "HEAD"])
def single_interview(secret: str, interview_id: int) -> Response:
    owner = _owner(secret)
    rendered = interview_feed(db.session(), owner, interview_id, feed_options())
    if rendered is None:
        abort(404)
    return _respond(rendered, f"interview-{interview_id}.ics")
