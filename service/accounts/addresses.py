"""Where a user's things live: the secret feed URL and the secret inbound address."""

from __future__ import annotations

from service import accounts
from service.accounts.models import User
from service.platform import urls
from service.platform.config import Settings


def feed_url(user: User, settings: Settings, server_key: str) -> str:
    """Return the user's private feed URL (it carries the secret)."""
    secret = accounts.user_feed_secret(user, server_key)
    return urls.absolute(settings.base_url, f"/feeds/{secret}.ics")


def inbound_address(user: User, settings: Settings, server_key: str) -> str:
    """Return the address the user forwards invitations to."""
    secret = accounts.user_inbound_secret(user, server_key)
    return f"{settings.inbound_local_part}+{secret}@{settings.inbound_domain}"
