"""Subscribe links open each client's own subscribe dialog for the same feed URL."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from feeds import subscribe_links

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
