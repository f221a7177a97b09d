"""Links that open each calendar client's own "subscribe to this feed" dialog."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

_GOOGLE = "https://calendar.google.com/calendar/r"
_OUTLOOK_COM = "https://outlook.live.com/calendar/0/addfromweb"
_MICROSOFT_365 = "https://outlook.office.com/calendar/0/addfromweb"


@dataclass(frozen=True, slots=True)
class SubscribeLinks:
    """Hold one feed's subscribe links, one per client family plus the plain URL."""

    https: str
    webcal: str
    google: str
    outlook_com: str
    microsoft_365: str


def subscribe_links(feed_url: str, name: str) -> SubscribeLinks:
    """Return the subscribe links for `feed_url`, an absolute http(s) URL.

    Google needs the webcal:// form in `cid` (an https one is reported not to subscribe);
    Outlook's addfromweb wants the https URL itself plus a display name.
    """
    parts = urlsplit(feed_url.strip())
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValueError(f"feed URL must be absolute http(s), got {feed_url!r}")
    https = urlunsplit(parts)
    webcal = urlunsplit(parts._replace(scheme="webcal"))
    label = " ".join(name.split()) or "Interview follow-ups"
    outlook_query = urlencode({"url": https, "name": label}, quote_via=quote)
    return SubscribeLinks(
        https=https,
        webcal=webcal,
        google=f"{_GOOGLE}?{urlencode({'cid': webcal}, quote_via=quote)}",
        outlook_com=f"{_OUTLOOK_COM}?{outlook_query}",
        microsoft_365=f"{_MICROSOFT_365}?{outlook_query}",
    )


# Names that only resolve inside a home or office network (RFC 6762, RFC 8375, RFC 2606).
_LOCAL_SUFFIXES = (".local", ".lan", ".home", ".internal", ".home.arpa", ".test", ".localhost")


def why_clouds_cannot_fetch(feed_url: str) -> str | None:
    """Say why Google Calendar and Outlook cannot subscribe to `feed_url`, or None if they can.

    Both fetch subscribed feeds from their own servers, on the public internet, and only over
    https; Apple Calendar and desktop apps fetch from the user's own machine.
    """
    parts = urlsplit(feed_url.strip())
    host = (parts.hostname or "").lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        local = host == "localhost" or "." not in host or host.endswith(_LOCAL_SUFFIXES)
    else:
        local = not address.is_global
    if local:
        return f"{host or 'this address'} can only be reached from this computer or its network"
    if parts.scheme != "https":
        return "the address is not https"
    return None
