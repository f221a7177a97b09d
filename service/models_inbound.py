"""Tables of the inbound feature (filled in by that feature)."""

from __future__ import annotations
