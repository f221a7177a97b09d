"""Tables of the web feature (filled in by that feature)."""

from __future__ import annotations
