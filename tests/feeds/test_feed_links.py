"""Subscribe links open each client's own subscribe dialog for the same feed URL."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from feeds import subscribe_links
from feeds.links import why_clouds_cannot_fetch

FEED = "https://afterview.example/feeds/Zx9-abc_DEF.ics"


def test_webcal_link_swaps_only_the_scheme() -> None:
    links = subscribe_links(FEED, "Interviews")
    assert links.https == FEED
    assert links.webcal == "webcal://afterview.example/feeds/Zx9-abc_DEF.ics"


def test_google_link_carries_the_encoded_webcal_url() -> None:
    link = subscribe_links(FEED, "Interviews").google
    assert link == (
        "https://calendar.google.com/calendar/r"
        "?cid=webcal%3A%2F%2Fafterview.example%2Ffeeds%2FZx9-abc_DEF.ics"
    )
    assert parse_qs(urlsplit(link).query) == {
        "cid": ["webcal://afterview.example/feeds/Zx9-abc_DEF.ics"]
    }


@pytest.mark.parametrize(
    ("attribute", "host"),
    [("outlook_com", "outlook.live.com"), ("microsoft_365", "outlook.office.com")],
)
def test_outlook_links_carry_https_url_and_name(attribute: str, host: str) -> None:
    link = getattr(subscribe_links(FEED, "Sam's interviews & more"), attribute)
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", host, "/calendar/0/addfromweb")
    assert parse_qs(parts.query) == {"url": [FEED], "name": ["Sam's interviews & more"]}


def test_name_with_line_breaks_stays_one_parameter() -> None:
    link = subscribe_links(FEED, "Evil\r\nname&url=https://x").outlook_com
    assert parse_qs(urlsplit(link).query)["url"] == [FEED]
    assert "\r" not in link
    assert "\n" not in link


@pytest.mark.parametrize("bad", ["webcal://x/feed.ics", "/feeds/x.ics", "javascript:alert(1)", ""])
def test_only_absolute_http_urls_are_accepted(bad: str) -> None:
    with pytest.raises(ValueError, match="absolute http"):
        subscribe_links(bad, "Interviews")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:5000/feeds/x.ics", "127.0.0.1 can only be reached"),
        ("https://localhost/feeds/x.ics", "localhost can only be reached"),
        ("http://192.168.1.20:8000/feeds/x.ics", "192.168.1.20 can only be reached"),
        ("https://[::1]/feeds/x.ics", "::1 can only be reached"),
        ("https://raspberrypi.local/feeds/x.ics", "raspberrypi.local can only be reached"),
        ("https://nas/feeds/x.ics", "nas can only be reached"),
        ("http://afterview.example.com/feeds/x.ics", "not https"),
        ("https://afterview.example.com/feeds/x.ics", None),
        ("https://203.0.113.9.nip.io/feeds/x.ics", None),
    ],
)
def test_google_and_outlook_only_fetch_public_https(url: str, reason: str | None) -> None:
    found = why_clouds_cannot_fetch(url)
    if reason is None:
        assert found is None
    else:
        assert found is not None
        assert reason in found
