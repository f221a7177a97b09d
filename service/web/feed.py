"""The subscription feed over HTTP: cheap, cacheable, and silent about who exists."""

from __future__ import annotations

import logging
from datetime import timedelta
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


def _options() -> FeedOptions:
    settings = settings_of(current_app)
    return FeedOptions(
        base_url=settings.base_url,
        history_days=settings.feed_history_days,
        refresh=timedelta(minutes=settings.feed_refresh_minutes),
    )


def _owner(secret: str) -> FeedOwner:
    """Find the feed's owner or answer 404, the same way for every kind of miss."""
    if not tokens.looks_like_secret(secret, tokens.FEED_SECRET_BYTES):
        abort(404)
    wanted = tokens.hash_secret(secret)
    owner = find_owner(db.session(), wanted)
    if owner is None or not owner.is_active:
        abort(404)
    return owner


def _note_fetch(owner: FeedOwner) -> None:
    client = classify_client(request.headers.get("User-Agent")).value
    now = utcnow()
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


def _respond(rendered: RenderedFeed, filename: str) -> Response:
    """Answer 200 or 304: If-None-Match first, then If-Modified-Since."""
    response = FeedResponse(status=200)
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.headers["ETag"] = rendered.etag
    response.last_modified = rendered.last_modified
    if request.if_none_match:
        fresh = request.if_none_match.contains(rendered.etag.strip('"'))
    elif request.if_modified_since is not None:
        fresh = rendered.last_modified <= request.if_modified_since
    else:
        fresh = False
    if fresh:
        response.status_code = 304
        return response
    response.set_data(rendered.body)
    return response


@bp.route("/feeds/<string:secret>.ics", methods=["GET", "HEAD"])
def subscription(secret: str) -> Response:
    owner = _owner(secret)
    _note_fetch(owner)
    return _respond(user_feed(db.session(), owner, utcnow(), _options()), "interviews.ics")


@bp.route("/feeds/<string:secret>/interviews/<int:interview_id>.ics", methods=["GET", "HEAD"])
def single_interview(secret: str, interview_id: int) -> Response:
    owner = _owner(secret)
    rendered = interview_feed(db.session(), owner, interview_id, _options())
    if rendered is None:
        abort(404)
    return _respond(rendered, f"interview-{interview_id}.ics")
