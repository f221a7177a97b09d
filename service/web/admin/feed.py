"""The feed page: the secret URL, one-click subscribe buttons, a QR code and fetch health."""

from __future__ import annotations

import io

import segno
import sqlalchemy as sa
from flask import flash, redirect, render_template, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from feeds.links import subscribe_links, why_clouds_cannot_fetch
from service import accounts
from service.accounts.addresses import feed_url
from service.interviews.models import FeedFetch
from service.platform.db import db, utcnow
from service.web.admin import bp
from service.web.admin.common import committed, me, server_key, settings

CLIENTS = (
    ("google", "Google Calendar"),
    ("outlook", "Outlook"),
    ("apple", "Apple Calendar"),
    ("other", "Another calendar app"),  # "... has not fetched this feed"
)


def qr_svg(text: str) -> Markup:
    """Return an inline SVG QR code (drawn here, so no third-party service sees the URL)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(
        buffer, kind="svg", scale=5, border=2, xmldecl=False, svgns=True, dark="#111", light="#fff"
    )
    # segno writes only its own markup around a URL it has escaped itself.
    return Markup(buffer.getvalue().decode())  # noqa: S704


@bp.get("/feed")
def feed_page() -> str:
    """Show the feed URL, subscribe links, QR code and when each client last fetched it."""
    user = me()
    url = feed_url(user, settings(), server_key())
    links = subscribe_links(url, "Interview follow-ups")
    fetches = {
        row.client: row
        for row in db.session.scalars(sa.select(FeedFetch).where(FeedFetch.user_id == user.id))
    }
    return render_template(
        "feed.html",
        url=url,
        links=links,
        unreachable=why_clouds_cannot_fetch(url),
        qr=qr_svg(links.webcal),
        clients=CLIENTS,
        fetches=fetches,
        now=utcnow(),
    )


@bp.post("/feed/rotate")
def rotate_feed() -> Response:
    """Replace the feed secret; calendars subscribed to the old URL stop updating."""
    user = me()
    committed(lambda: accounts.rotate_feed_secret(user, server_key(), utcnow()))
    flash(
        "The feed has a new address. Calendars subscribed to the old one no longer update: "
        "remove that subscription and subscribe again below.",
        "success",
    )
    return redirect(url_for("admin.feed_page"))
