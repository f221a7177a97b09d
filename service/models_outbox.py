"""Tables of the outbox feature (filled in by that feature)."""

from __future__ import annotations
