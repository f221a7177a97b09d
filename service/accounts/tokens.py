"""Feed, inbound-address and API secrets: derived or random, stored only as hashes.

Feed and inbound secrets are HMACs of the server key over a per-user random nonce:
the database alone does not reveal a working URL or address (it holds the nonce and
the SHA-256 of the secret), yet the service can print them again. Rotating means a
new nonce, after which the old secret matches nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

FEED_SECRET_BYTES = 20  # 160 bits
INBOUND_SECRET_BYTES = 16  # 128 bits
API_TOKEN_BYTES = 32


def new_nonce() -> str:
    """Return a fresh random nonce for deriving a secret."""
    return secrets.token_hex(16)


def _b32(raw: bytes) -> str:
    # Lower-case base32 survives URL paths and case-folding mail systems alike.
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def derive_secret(server_key: str, purpose: str, nonce: str, size: int) -> str:
    """Derive a user's secret for one purpose ("feed", "inbound") from the server key."""
    mac = hmac.new(server_key.encode(), f"{purpose}:{nonce}".encode(), hashlib.sha256)
    return _b32(mac.digest()[:size])


def feed_secret(server_key: str, nonce: str) -> str:
    return derive_secret(server_key, "feed", nonce, FEED_SECRET_BYTES)


def inbound_secret(server_key: str, nonce: str) -> str:
    return derive_secret(server_key, "inbound", nonce, INBOUND_SECRET_BYTES)


def hash_secret(secret: str) -> str:
    """Return the hex SHA-256 kept in the database in place of a secret."""
    return hashlib.sha256(secret.encode("utf-8", "surrogateescape")).hexdigest()


def secret_matches(secret: str, stored_hash: str) -> bool:
    """Compare in constant time so response timing says nothing about the secret."""
    return hmac.compare_digest(hash_secret(secret), stored_hash)


_B32_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyz234567")


def looks_like_secret(text: str, size: int) -> bool:
    """Tell whether text has the exact shape of a secret, before touching the database."""
    expected = (size * 8 + 4) // 5  # base32 characters, padding stripped
    return len(text) == expected and set(text) <= _B32_ALPHABET


def new_api_token() -> str:
    """Return a new random API token; shown once, stored as a hash."""
    return "av_" + secrets.token_urlsafe(API_TOKEN_BYTES)
