"""One-click links in outgoing mail: stored as placeholders, signed only when the mail goes out.

A queued or sent mail sits in `outbox_messages` for days; a working one-click token
in it would let anyone who reads the database (or a backup) act for the user. So a
mail body holds `afterview-link:<purpose>:<payload>.<mac>` and the dispatcher turns
it into a signed URL at send time. The placeholder is no credential: the link
routes accept only tokens signed for them. Its MAC (a separate key derivation)
only proves that Afterview wrote it, so text that a sender controls (a company name
read from a forwarded mail) cannot smuggle in a placeholder for someone else's link.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from typing import Any

from service.outbox.oneclick import sign_link
from service.platform import urls

# The path each purpose's link routes live under.
PATHS = {
    "step-action": "/act/",
    "inbound-act": "/inbound/act/",
    "sender-confirm": "/inbound/senders/confirm/",
    "password-reset": "/password/reset/",
}
_PURPOSES = "|".join(map(re.escape, PATHS))
_PLACEHOLDER = re.compile(
    rf"afterview-link:({_PURPOSES}):([A-Za-z0-9_-]{{1,2000}})\.([0-9a-f]{{32}})"
)


def _mac(secret_key: str, purpose: str, data: str) -> str:
    key = hashlib.sha256(f"afterview.maillink|{secret_key}".encode()).digest()
    return hmac.new(key, f"{purpose}|{data}".encode(), hashlib.sha256).hexdigest()[:32]


def placeholder(secret_key: str, purpose: str, payload: dict[str, Any]) -> str:
    """Return the stand-in for a link that `expand` signs when the mail is sent."""
    if purpose not in PATHS:
        raise ValueError(f"no link route for {purpose!r}")
    text = json.dumps(payload, separators=(",", ":"), sort_keys=True)
    data = base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode("ascii")
    return f"afterview-link:{purpose}:{data}.{_mac(secret_key, purpose, data)}"


def expand(body: str, secret_key: str, base_url: str) -> str:
    """Replace every placeholder Afterview wrote with a freshly signed link."""

    def signed(match: re.Match[str]) -> str:
        purpose, data, mac = match.groups()
        if not hmac.compare_digest(mac, _mac(secret_key, purpose, data)):
            return match.group(0)
        try:
            payload = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
        except (binascii.Error, ValueError):
            return match.group(0)
        if not isinstance(payload, dict):
            return match.group(0)
        return urls.absolute(base_url, PATHS[purpose] + sign_link(secret_key, purpose, payload))

    return _PLACEHOLDER.sub(signed, body)
