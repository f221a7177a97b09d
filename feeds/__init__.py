"""Render interview follow-ups as an iCalendar subscription feed, from plain values only."""

from feeds.clients import ClientFamily, classify_client
from feeds.links import SubscribeLinks, subscribe_links
from feeds.model import DEFAULT_PRODID, EventStatus, FeedCalendar, FeedEvent
from feeds.render import feed_etag, render_feed

__all__ = [
    "DEFAULT_PRODID",
    "ClientFamily",
    "EventStatus",
    "FeedCalendar",
    "FeedEvent",
    "SubscribeLinks",
    "classify_client",
    "feed_etag",
    "render_feed",
    "subscribe_links",
]
