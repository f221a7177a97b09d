"""Verify a message's DKIM signatures ourselves, for providers whose verdict names no domain.

Mailgun reports one word for the whole message (`X-Mailgun-Dkim-Check-Result: Pass`):
it says that *some* signature verified, not whose. A sender can add a bogus
`DKIM-Signature: d=victim.example` next to a valid one for their own domain and the
word is still "Pass". So the domains we trust are the ones whose signature dkimpy
verified against the raw message and the signer's published key.

Only signatures that could matter are checked: those whose `d=` aligns with the From
domain (nothing else can vouch for the author), at most a few, each with a short DNS
timeout, so a message stuffed with signatures cannot keep a hook busy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import dkim

from service.inbound.arrival import aligned

log = logging.getLogger(__name__)

MAX_SIGNATURES = 3
DNS_TIMEOUT_SECONDS = 3

DnsLookup = Callable[..., bytes | None]
"""dkimpy's `dnsfunc`: (name, timeout=…) -> the TXT record's bytes, or None."""


def verified_domains(
    raw: bytes, author_domain: str, dnsfunc: DnsLookup | None = None
) -> tuple[str, ...]:
    """Return the signing domains, aligned with `author_domain`, whose signature verifies."""
    if not author_domain:
        return ()
    try:
        checker = dkim.DKIM(raw, timeout=DNS_TIMEOUT_SECONDS, logger=log)
    except Exception:  # a header dkimpy cannot split: nothing is verified
        return ()
    signatures = [v for k, v in checker.headers if k.lower() == b"dkim-signature"]
    found: list[str] = []
    tried = 0
    for index, value in enumerate(signatures):
        domain = _signing_domain(value)
        if not domain or not aligned(domain, author_domain) or domain in found:
            continue
        if tried >= MAX_SIGNATURES:
            break
        tried += 1
        try:
            if dnsfunc is None:
                ok = checker.verify(idx=index)
            else:
                ok = checker.verify(idx=index, dnsfunc=dnsfunc)
        except Exception as error:  # malformed signature, bad key, DNS failure
            reason = type(error).__name__
            log.info("DKIM signature %s (d=%s) not verified: %s", index, domain, reason)
            continue
        if ok:
            found.append(domain)
    return tuple(found)


def _signing_domain(value: bytes) -> str:
    """Return the `d=` tag of a DKIM-Signature value, lower-cased ("" when absent)."""
    text = b" ".join(value.split()).decode("ascii", "replace")
    for tag in text.split(";"):
        name, _, content = tag.partition("=")
        if name.strip().lower() == "d":
            return content.strip().lower().rstrip(".")
    return ""
